//! Folding text for comparisons: the scraped text itself is never changed.

use std::borrow::Cow;

/// Lowercases, maps typographic apostrophes to `'`, turns every run of whitespace
/// (non-breaking spaces included) into one space and trims the ends.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return fold_ascii(text);
    }
    folded_chars(text).collect()
}

/// Whether `a` and `b` fold to the same text, comparing as it goes: no allocation, and
/// two different lines part at their first different word.
pub fn fold_eq(a: &str, b: &str) -> bool {
    folded_chars(a).eq(folded_chars(b))
}

/// The chars of [`fold`]`(text)`, one at a time.
fn folded_chars(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split_whitespace().enumerate().flat_map(|(i, word)| {
        let space = (i > 0).then_some(' ');
        space.into_iter().chain(word.chars().flat_map(|c| {
            let c = if matches!(c, '\u{2019}' | '\u{2018}' | '`' | '\u{b4}') {
                '\''
            } else {
                c
            };
            c.to_lowercase()
        }))
    })
}

/// [`fold`], borrowing `text` when it is already folded: a lower-case ASCII word, the
/// most common token, then costs no allocation.
pub fn fold_cow(text: &str) -> Cow<'_, str> {
    let unchanged = text.bytes().all(|b| {
        b.is_ascii()
            && !b.is_ascii_uppercase()
            && !b.is_ascii_whitespace()
            && b != 0x0b
            && b != b'`'
    });
    if unchanged {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(fold(text))
    }
}

/// [`fold`] for ASCII text, byte by byte: most words of a news text are ASCII, and
/// this path skips the Unicode case tables (the fold of every token is a hot spot).
fn fold_ascii(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for &b in text.as_bytes() {
        if b.is_ascii_whitespace() || b == 0x0b {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(if b == b'`' {
            '\''
        } else {
            char::from(b.to_ascii_lowercase())
        });
    }
    out
}

/// Whether `c` ends a sentence when it closes a line (closing quotes count when
/// what they close ended with a sentence mark; callers check that separately).
pub fn is_terminal_punct(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// Closing quote marks and brackets that may follow the final punctuation of a line
/// (`“` too: some sites close with it, `… fine“.`).
pub fn is_closing_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\u{201d}' | '\u{bb}' | '\u{2019}' | ')' | ']' | '\u{201c}'
    )
}

/// Whether a line ends like a sentence: `.`, `!`, `?`, `…`, possibly followed by
/// closing quotes or brackets (`… fine».`, `“Basta!”`).
pub fn ends_with_sentence_punct(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(is_closing_mark)
        .ends_with(is_terminal_punct)
}

/// Whitespace-separated words of `s` with their byte offsets.
pub fn word_spans(s: &str) -> impl Iterator<Item = (usize, &str)> {
    // `split_whitespace` yields subslices of `s`, so the pointer difference is the offset.
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Number of whitespace-separated words.
pub fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII path gives what the general (streaming) one gives, on every ASCII char.
    #[test]
    fn ascii_fold_agrees_with_the_general_fold() {
        let general = |text: &str| folded_chars(text).collect::<String>();
        let all: String = (0u8..128).map(char::from).collect();
        for text in [all.as_str(), "  Il  Ministro\t\n`ok`  ", "", " \x0b\x0c\r "] {
            assert_eq!(fold(text), general(text), "{text:?}");
        }
        // Comparing as it streams agrees with comparing the folds.
        let samples = [
            "  Il  Ministro\t\n`ok`  ",
            "il ministro 'ok'",
            "İstanbul ÉTÉ",
            "i̇stanbul été",
            "",
        ];
        for a in samples {
            for b in samples {
                assert_eq!(fold_eq(a, b), fold(a) == fold(b), "{a:?} {b:?}");
            }
        }
        // One char at a time, and a few words: the borrowing fold gives the same.
        let words = [
            "parola", "Parola", "l'asse", "l`asse", "città", "x\x0by", "a-b", "", "é",
        ];
        for text in (0u8..128)
            .map(|b| char::from(b).to_string())
            .chain(words.map(String::from))
        {
            assert_eq!(fold_cow(&text), fold(&text), "{text:?}");
        }
    }

    #[test]
    fn folds_spaces_case_and_apostrophes() {
        assert_eq!(
            fold("  L’Asse\u{a0}\u{a0}Mosca \n Kim "),
            "l'asse mosca kim"
        );
        assert_eq!(fold(""), "");
        assert_eq!(fold(" \u{a0} "), "");
    }

    #[test]
    fn sentence_endings() {
        assert!(ends_with_sentence_punct("Fine del discorso."));
        assert!(ends_with_sentence_punct("«Basta così!»"));
        assert!(ends_with_sentence_punct("Davvero?”"));
        assert!(!ends_with_sentence_punct("Gli obiettivi"));
        assert!(!ends_with_sentence_punct("Ha detto: “sì”"));
    }
}
