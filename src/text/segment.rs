//! Splitting scraped text into segments: one paragraph per line, blank lines or not.
//!
//! Scrapers either leave a blank line between paragraphs or put each paragraph on one
//! line; both give one segment per non-blank line. A hard-wrapped paragraph (a line
//! that stops mid-sentence and a next line that goes on in lower case) is joined back.

use super::fold::{ends_with_sentence_punct, word_count};

/// A trimmed, non-empty run of text, as byte offsets into the input.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segment {
    /// Byte offset of the first char.
    pub start: usize,
    /// Byte offset just past the last char.
    pub end: usize,
    /// Whether a blank line (or the start of the text) comes before it.
    pub after_blank: bool,
}

impl Segment {
    /// The segment's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }
}

/// Shortest line (in words) that a hard-wrapped paragraph leaves before its break.
const MIN_WRAPPED_WORDS: usize = 8;

/// Segments of `text`, in order.
pub fn segments(text: &str) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut blank_before = true;
    let mut last_line = (0, 0);
    for (start, end) in lines(text) {
        let line = &text[start..end];
        let trimmed_start = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            blank_before = true;
            continue;
        }
        let seg = Segment {
            start: start + trimmed_start,
            end: start + trimmed_start + trimmed.len(),
            after_blank: blank_before,
        };
        blank_before = false;
        if let Some(prev) = out.last_mut() {
            // Only the last physical line of a joined segment decides, so joining stays
            // linear however many lines a paragraph was wrapped into.
            if !seg.after_blank && continues(&text[last_line.0..last_line.1], trimmed) {
                prev.end = seg.end;
                last_line = (seg.start, seg.end);
                continue;
            }
        }
        last_line = (seg.start, seg.end);
        out.push(seg);
    }
    out
}

/// Whether `next` continues the hard-wrapped line `prev`.
fn continues(prev: &str, next: &str) -> bool {
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    starts_lower
        && !ends_with_sentence_punct(prev)
        && !prev.ends_with(':')
        && word_count(prev) >= MIN_WRAPPED_WORDS
}

/// Byte ranges of the lines of `text`, without their terminators (`\n`, `\r\n`, `\r`).
fn lines(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0usize;
    for pos in memchr::memchr2_iter(b'\n', b'\r', bytes) {
        if pos < start {
            continue; // the `\n` of a `\r\n` pair
        }
        out.push((start, pos));
        start = pos + 1;
        if bytes[pos] == b'\r' && bytes.get(pos + 1) == Some(&b'\n') {
            start += 1;
        }
    }
    out.push((start, bytes.len()));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        segments(text).iter().map(|s| s.text(text)).collect()
    }

    #[test]
    fn blank_and_single_newlines() {
        assert_eq!(
            texts("A.\n\nB.\nC.\r\nD.\rE."),
            ["A.", "B.", "C.", "D.", "E."]
        );
        assert_eq!(texts(""), Vec::<&str>::new());
        assert_eq!(texts("\n \n\u{a0}\n"), Vec::<&str>::new());
    }

    #[test]
    fn joins_hard_wrapped_lines() {
        let t = "Il governo ha deciso ieri sera di rinviare la\nriforma a dopo l'estate.\nNuovo paragrafo.";
        assert_eq!(
            texts(t),
            [
                "Il governo ha deciso ieri sera di rinviare la\nriforma a dopo l'estate.",
                "Nuovo paragrafo."
            ]
        );
    }

    #[test]
    fn marks_blank_lines() {
        let segs = segments("T\nU\n\nV");
        assert_eq!(
            segs.iter().map(|s| s.after_blank).collect::<Vec<_>>(),
            [true, false, true]
        );
    }
}
