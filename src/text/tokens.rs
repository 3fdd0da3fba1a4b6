//! Words and punctuation with their byte offsets.
//!
//! A word is a run of letters and digits, with inner hyphens, dots between digits
//! (`1.000`) and inner apostrophes kept; an elided article or preposition (`l’`,
//! `dell'`, `d’`) is a word of its own, apostrophe included. Every other
//! non-space char is a punctuation token.

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (and digits) forming a word.
    Word,
    /// Digits only.
    Number,
    /// Any other non-space char.
    Punct,
}

/// A token: its kind and byte range in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset past the last char.
    pub end: usize,
    /// What the token is.
    pub kind: TokenKind,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether the token is a word starting with a capital letter.
    pub fn is_capitalised(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | '`' | 'ʼ')
}

/// Tokens of `text[start..end]`, offsets relative to `text`.
pub fn tokenize(text: &str, start: usize, end: usize) -> Vec<Token> {
    let slice = &text[start..end];
    let mut out = Vec::new();
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            out.push(Token {
                start: start + i,
                end: start + i + c.len_utf8(),
                kind: TokenKind::Punct,
            });
            continue;
        }
        let mut j = i + c.len_utf8();
        let mut all_digits = c.is_ascii_digit();
        while let Some(&(k, d)) = chars.peek() {
            if d.is_alphanumeric() {
                all_digits &= d.is_ascii_digit();
                j = k + d.len_utf8();
                chars.next();
                continue;
            }
            let next = slice[k + d.len_utf8()..].chars().next();
            let joins = match d {
                '-' => next.is_some_and(char::is_alphanumeric),
                '.' | ',' => all_digits && next.is_some_and(|n| n.is_ascii_digit()),
                _ if is_apostrophe(d) => {
                    // An elision ends its word with the apostrophe (`dell’` + `Ucraina`).
                    if next.is_some_and(char::is_alphabetic) {
                        j = k + d.len_utf8();
                        chars.next();
                    }
                    false
                }
                _ => false,
            };
            if !joins {
                break;
            }
            j = k + d.len_utf8();
            chars.next();
        }
        let kind = if all_digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        out.push(Token {
            start: start + i,
            end: start + j,
            kind,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, 0, text.len())
            .iter()
            .map(|t| t.text(text))
            .collect()
    }

    #[test]
    fn splits_elisions_and_keeps_compounds() {
        assert_eq!(
            words("dell’Ucraina, l'asse Mosca-Corea"),
            ["dell’", "Ucraina", ",", "l'", "asse", "Mosca-Corea"]
        );
        assert_eq!(
            words("“Sì”, 1.000 e 2,5%"),
            ["“", "Sì", "”", ",", "1.000", "e", "2,5", "%"]
        );
        assert_eq!(words("po’ di"), ["po", "’", "di"]);
        assert_eq!(words(""), Vec::<&str>::new());
    }
}
