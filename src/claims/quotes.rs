//! Pairing quotation marks inside one paragraph.
//!
//! Typographic pairs (“…”, «…», „…“) open and close by their shape; straight quotes
//! (`"`) toggle, opening where a word starts; single quotes (‘…’) count only when the
//! opening one starts a word after a space, so that apostrophes (`l’asse`, `d'artiglieria`)
//! are never taken for quotes. A mark left open at the end of the paragraph opens
//! nothing: an unbalanced quote never swallows the rest of the article, nor hides the
//! quotes after it. Quotes inside a quote are dropped (they are part of the outer
//! quotation).

/// A quotation: the byte offsets of its marks and of the words inside them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quote {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset just past the closing mark.
    pub close: usize,
    /// Byte offset of the first char inside the marks.
    pub inner_start: usize,
    /// Byte offset of the closing mark.
    pub inner_end: usize,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Style {
    Curly,
    Angle,
    Straight,
    Single,
    Low,
}

/// The marks still open, innermost last, with a count per style so that asking
/// whether a style is open never walks the stack: stray openers by the thousand
/// would make that walk quadratic.
#[derive(Default)]
struct OpenMarks {
    stack: Vec<(Style, usize)>,
    open: [usize; 5],
}

impl OpenMarks {
    fn push(&mut self, style: Style, at: usize) {
        self.stack.push((style, at));
        self.open[style as usize] += 1;
    }

    fn innermost(&self) -> Option<Style> {
        self.stack.last().map(|&(s, _)| s)
    }

    fn any(&self, style: Style) -> bool {
        self.open[style as usize] > 0
    }

    /// Pops down to and including the innermost open mark of one of `styles`, returning
    /// its offset. Every entry walked over is popped, so the walks cost as much as the
    /// pushes in all.
    fn close(&mut self, styles: &[Style]) -> Option<usize> {
        if !styles.iter().any(|&s| self.any(s)) {
            return None;
        }
        while let Some((style, at)) = self.stack.pop() {
            self.open[style as usize] -= 1;
            if styles.contains(&style) {
                return Some(at);
            }
        }
        None
    }
}

/// The top-level quotations of `text[start..end]`, in order.
pub fn find_quotes(text: &str, start: usize, end: usize) -> Vec<Quote> {
    let slice = &text[start..end];
    let mut stack = OpenMarks::default();
    let mut out: Vec<Quote> = Vec::new();
    let mut prev: Option<char> = None;
    let mut chars = slice.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let before = prev.replace(c);
        // Only quote marks matter; the tests on their neighbours are for them alone.
        if !matches!(c, '“' | '”' | '«' | '»' | '„' | '"' | '‘' | '’' | '\'') {
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let at = start + i;
        let word_before = before.is_some_and(char::is_alphanumeric);
        let space_before = before
            .is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '—' | '–' | '-' | ':'));
        let word_after = next.is_some_and(|n| !n.is_whitespace());
        let (style, opens) = match c {
            '“' => {
                // Some sites close with “ too: a “ right after a word and before space,
                // punctuation or the end closes an open curly quote.
                if stack
                    .innermost()
                    .is_some_and(|s| matches!(s, Style::Curly | Style::Low))
                    && !space_before
                    && !next.is_some_and(char::is_alphanumeric)
                {
                    (Style::Curly, false)
                } else {
                    (Style::Curly, true)
                }
            }
            '”' => (Style::Curly, false),
            '«' => (Style::Angle, true),
            '»' => (Style::Angle, false),
            '„' => (Style::Low, true),
            '"' => {
                let open_straight = stack.any(Style::Straight);
                (
                    Style::Straight,
                    !open_straight && (space_before || !word_before) && word_after,
                )
            }
            '‘' if space_before && next.is_some_and(char::is_alphanumeric) => {
                (Style::Single, true)
            }
            '’' | '\''
                if stack.innermost() == Some(Style::Single)
                    && !next.is_some_and(char::is_alphanumeric) =>
            {
                (Style::Single, false)
            }
            _ => continue,
        };
        if opens {
            stack.push(style, at);
            continue;
        }
        // A closing mark closes the innermost open quote of its style (a low quote `„`
        // closes with `“` or `”`).
        let closes: &[Style] = if style == Style::Curly {
            &[Style::Curly, Style::Low]
        } else {
            &[style]
        };
        let Some(open) = stack.close(closes) else {
            continue;
        };
        let quote = Quote {
            open,
            close: at + c.len_utf8(),
            inner_start: open + text[open..].chars().next().map_or(1, char::len_utf8),
            inner_end: at,
        };
        out.push(quote);
    }
    outermost(out)
}

/// The quotes not inside another one. An opener that never closed is no quote, so
/// quotes closed inside it count as top-level.
fn outermost(mut quotes: Vec<Quote>) -> Vec<Quote> {
    quotes.sort_by_key(|q| (q.open, std::cmp::Reverse(q.close)));
    let mut reach = 0;
    quotes.retain(|q| {
        let top = q.open >= reach;
        reach = reach.max(q.close);
        top
    });
    quotes
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inner(text: &str) -> Vec<&str> {
        find_quotes(text, 0, text.len())
            .iter()
            .map(|q| &text[q.inner_start..q.inner_end])
            .collect()
    }

    #[test]
    fn pairs() {
        assert_eq!(inner("Ha detto: “Sì, certo”. E «no»."), ["Sì, certo", "no"]);
        assert_eq!(
            inner("\"Perché no\", ha detto. \"Basta\""),
            ["Perché no", "Basta"]
        );
        assert_eq!(
            inner("l’asse e d'artiglieria, ‘citazione’ qui"),
            ["citazione"]
        );
        assert_eq!(inner("«Fuori “dentro” fuori»"), ["Fuori “dentro” fuori"]);
        assert_eq!(
            inner("“Aperta e mai chiusa. Poi altro."),
            Vec::<&str>::new()
        );
        assert_eq!(inner("“Chiusa al contrario“. Poi"), ["Chiusa al contrario"]);
        assert_eq!(inner("po’ di “vero”"), ["vero"]);
        assert_eq!(inner("„Basso e alto“ disse"), ["Basso e alto"]);
        assert_eq!(
            inner("Il \"caso è chiuso. Ha detto: «Basta così»."),
            ["Basta così"]
        );
    }
}
