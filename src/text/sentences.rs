//! Sentence boundaries inside a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or `…` (with any closing quotes after it) followed
//! by space and a capital, digit or opening quote, unless the word before the stop is
//! an abbreviation or an initial (`Sergei K. Shoigu`), or the stop lies inside a
//! quotation (a quoted speech of several sentences stays with its attribution).
//!
//! A "sentence" longer than [`MAX_SENTENCE_BYTES`] is cut at a space: no real sentence
//! is that long (the longest in our Italian dev sets is under 600 chars, quotes kept
//! whole included), while scraped junk without stops can run for megabytes. The cap
//! bounds what every claim carries in its `sentence` field and what the rules scan
//! around each cue, which keeps the cost linear on such input.

use super::fold::{fold, is_closing_mark, is_terminal_punct};

/// Longest sentence kept whole, in bytes.
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// Byte ranges of the sentences of `text[start..end]`, trimmed. `protected` are byte
/// ranges (sorted) where no boundary may fall; `abbreviations` are folded words.
pub fn sentences(
    text: &str,
    start: usize,
    end: usize,
    mut protected: &[(usize, usize)],
    abbreviations: &[String],
) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut sentence_start = start;
    let slice = &text[start..end];
    let mut iter = slice.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_terminal_punct(c) {
            continue;
        }
        let pos = start + i;
        // `protected` is sorted: skip the ranges that end before this stop.
        while protected.first().is_some_and(|&(_, b)| b <= pos) {
            protected = &protected[1..];
        }
        if protected.first().is_some_and(|&(a, b)| a < pos && pos < b) {
            continue;
        }
        // Swallow repeated marks and closing quotes (`?!`, `.”`).
        let mut stop = pos + c.len_utf8();
        while let Some(&(k, d)) = iter.peek() {
            if is_terminal_punct(d) || is_closing_mark(d) {
                stop = start + k + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        let rest = &text[stop..end];
        let after_space = rest.trim_start();
        if after_space.len() == rest.len() && !rest.is_empty() {
            continue; // no space after the stop: `1.000`, `U.S.A`
        }
        let next = after_space.chars().next();
        let opens = next.is_none_or(|n| {
            n.is_uppercase()
                || n.is_ascii_digit()
                || matches!(n, '"' | '“' | '«' | '‘' | '\'' | '(' | '–' | '-')
        });
        if !opens || (c == '.' && before_is_abbreviation(&text[sentence_start..pos], abbreviations))
        {
            continue;
        }
        push_trimmed(text, sentence_start, stop, &mut out);
        sentence_start = stop;
    }
    push_trimmed(text, sentence_start, end, &mut out);
    out
}

/// Pushes `text[start..end]` trimmed, cut into pieces of at most [`MAX_SENTENCE_BYTES`]
/// at the last whitespace of each (or at a char boundary, for a run without any).
fn push_trimmed(text: &str, mut start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    while end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = text[start..limit]
            .rfind(char::is_whitespace)
            .map_or(limit, |k| start + k)
            .max(start + 1);
        let cut = (cut..=limit)
            .find(|&k| text.is_char_boundary(k))
            .unwrap_or(limit);
        push_piece(text, start, cut, out);
        start = cut;
    }
    push_piece(text, start, end, out);
}

fn push_piece(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    if !trimmed.is_empty() {
        out.push((start + lead, start + lead + trimmed.len()));
    }
}

/// Whether the word just before a full stop is an abbreviation or a single initial.
fn before_is_abbreviation(before: &str, abbreviations: &[String]) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(' || c == '“' || c == '"')
        .next()
        .unwrap_or("");
    let mut chars = word.chars();
    if let (Some(first), None) = (chars.next(), chars.next()) {
        return first.is_uppercase();
    }
    let folded = fold(word);
    abbreviations.contains(&folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split<'t>(text: &'t str, protected: &[(usize, usize)]) -> Vec<&'t str> {
        let abbr = vec!["dott".to_owned()];
        sentences(text, 0, text.len(), protected, &abbr)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn splits_on_stops_before_capitals() {
        assert_eq!(
            split("Uno. Due! Tre? quattro. 5 cose.", &[]),
            ["Uno.", "Due!", "Tre? quattro.", "5 cose."]
        );
        assert_eq!(
            split("Il dott. Rossi e Sergei K. Shoigu. Poi.", &[]),
            ["Il dott. Rossi e Sergei K. Shoigu.", "Poi."]
        );
        assert_eq!(
            split("Costa 1.000 euro. Basta", &[]),
            ["Costa 1.000 euro.", "Basta"]
        );
    }

    #[test]
    fn cuts_endless_sentences_at_a_space() {
        let text = "parola ".repeat(1000);
        let parts = split(&text, &[]);
        assert!(parts.len() > 1);
        assert!(parts
            .iter()
            .all(|p| p.len() <= MAX_SENTENCE_BYTES && !p.ends_with(' ')));
        assert_eq!(
            parts.concat().len() + parts.len() - 1,
            text.trim_end().len()
        );
        // No whitespace at all, multi-byte chars: cut on a char boundary.
        let text = "è".repeat(3000);
        let parts = split(&text, &[]);
        assert_eq!(parts.concat(), text);
        assert!(parts.iter().all(|p| p.len() <= MAX_SENTENCE_BYTES));
    }

    proptest::proptest! {
        /// Whatever the text: pieces in order, trimmed, on char boundaries, within the
        /// cap, and together holding every non-blank char of the text.
        #[test]
        fn sentences_cover_the_text_within_the_cap(
            words in proptest::collection::vec("[a-zè«». ]{0,12}|\\PC{0,30}|x{0,3000}", 0..40)
        ) {
            let text = words.join(" ");
            let parts = sentences(&text, 0, text.len(), &[], &[]);
            let mut last = 0;
            let mut kept = String::new();
            for &(a, b) in &parts {
                proptest::prop_assert!(last <= a && a < b && b <= text.len());
                proptest::prop_assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                proptest::prop_assert!(b - a <= MAX_SENTENCE_BYTES);
                proptest::prop_assert_eq!(text[a..b].trim(), &text[a..b]);
                kept.push_str(&text[a..b]);
                last = b;
            }
            let solid = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
            proptest::prop_assert_eq!(solid(&kept), solid(&text));
        }
    }

    #[test]
    fn keeps_quotes_whole() {
        let t = "“Ci sono restrizioni. Ma parliamo”, ha detto. Poi è andato.";
        let close = t.find('”').unwrap();
        assert_eq!(
            split(t, &[(0, close)]),
            [
                "“Ci sono restrizioni. Ma parliamo”, ha detto.",
                "Poi è andato."
            ]
        );
        assert_eq!(
            split("Ha detto: “Basta.” Poi.", &[]),
            ["Ha detto: “Basta.”", "Poi."]
        );
    }
}
