//! Bylines and datelines: `5 Set 2023 10:01 - di Sara De Vico`, `By Jane Doe`,
//! `Pubblicato il 12 marzo 2024`, or a name alone on a line.

use crate::lexicon::article_lexicon;
use crate::text::fold::{fold, word_spans};

use super::date::find_date;

/// What a header line says about the article.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Dateline {
    /// People named in the line.
    pub authors: Vec<String>,
    /// The date in the line, ISO 8601.
    pub published: Option<String>,
}

/// Longest dateline, in words; longer lines are prose that happens to hold a date.
const MAX_DATELINE_WORDS: usize = 16;
/// Most words a leftover may keep after a date for the line to stay a dateline
/// (`30 marzo 2021 a` is a dateline cut short by the scraper).
const MAX_DATELINE_LEFTOVER_WORDS: usize = 1;

/// Reads `line` as a byline or dateline; `None` when it is something else.
pub fn parse_dateline(line: &str) -> Option<Dateline> {
    if crate::text::fold::word_count(line) > MAX_DATELINE_WORDS {
        return None;
    }
    let date = find_date(line);
    let rest = match &date {
        Some(d) => {
            let before = strip_date_words(&line[..d.start]);
            if !before.is_empty() {
                return None;
            }
            &line[d.end..]
        }
        None => line,
    };
    let rest = trim_separators(rest);
    let mut out = Dateline {
        published: date.map(|d| d.iso),
        authors: Vec::new(),
    };
    if rest.is_empty() {
        return out.published.is_some().then_some(out);
    }
    if let Some(names) = strip_author_prefix(rest).and_then(names_in) {
        out.authors = names;
        return Some(out);
    }
    if out.published.is_some() && crate::text::fold::word_count(rest) <= MAX_DATELINE_LEFTOVER_WORDS
    {
        return Some(out);
    }
    None
}

/// `rest` without a leading author word (`di`, `By`), or `None` when it has none.
fn strip_author_prefix(rest: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = word_spans(rest).collect();
    for prefix in &article_lexicon().author_prefixes {
        let wanted: Vec<&str> = prefix.split(' ').collect();
        let matches = words.len() > wanted.len()
            && words
                .iter()
                .zip(&wanted)
                .all(|((_, w), p)| fold(w.trim_end_matches(':')) == *p);
        if matches {
            return Some(&rest[words[wanted.len()].0..]);
        }
    }
    None
}

/// Drops weekday names, date prefixes (`Pubblicato il`) and separators from the text
/// before a date; what is left is not part of a dateline.
fn strip_date_words(before: &str) -> String {
    let lex = article_lexicon();
    let mut folded = fold(before);
    loop {
        let trimmed = folded
            .trim_matches(|c: char| c.is_whitespace() || is_separator(c))
            .to_owned();
        let mut next = trimmed.clone();
        for word in lex.date_prefixes.iter().chain(&lex.weekdays) {
            if let Some(after) = trimmed.strip_prefix(word.as_str()) {
                if after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric()) {
                    after.clone_into(&mut next);
                    break;
                }
            }
        }
        if next == folded {
            return next;
        }
        folded = next;
    }
}

fn is_separator(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '|' | '·' | '•' | ',' | ':' | '/' | '.')
}

fn trim_separators(s: &str) -> &str {
    s.trim_matches(|c: char| c.is_whitespace() || is_separator(c))
}

/// Most words in one person's name.
const MAX_NAME_WORDS: usize = 5;

/// The people in `s` when `s` is nothing but a list of names
/// (`Mario Rossi`, `Mario Rossi e Luca Bianchi`, `Jane Doe, John Roe and Ann Poe`).
pub fn names_in(s: &str) -> Option<Vec<String>> {
    let s = trim_separators(s);
    if s.is_empty() {
        return None;
    }
    let mut parts: Vec<&str> = s.split([',', '&', ';']).collect();
    // `Luminous Jannamike, Abuja`: a byline may end with the reporter's city.
    if parts.len() > 1 && parts.last().is_some_and(|p| is_place(p.trim())) {
        parts.pop();
    }
    let mut names = Vec::new();
    for part in parts {
        let mut rest = part.trim();
        loop {
            let split = article_lexicon()
                .name_conjunctions
                .iter()
                .filter_map(|c| find_word(rest, c))
                .min();
            let (name, tail) = match split {
                Some((i, end)) => (&rest[..i], Some(&rest[end..])),
                None => (rest, None),
            };
            let name = name.trim();
            if !name.is_empty() {
                if !is_name(name) {
                    return None;
                }
                names.push(name.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            match tail {
                Some(t) => rest = t.trim(),
                None => break,
            }
        }
    }
    (!names.is_empty()).then_some(names)
}

/// Byte range of the first whitespace-separated word of `s` equal to `word`
/// (case-insensitively), not at either end.
fn find_word(s: &str, word: &str) -> Option<(usize, usize)> {
    word_spans(s)
        .find(|&(i, w)| i > 0 && i + w.len() < s.len() && w.eq_ignore_ascii_case(word))
        .map(|(i, w)| (i, i + w.len()))
}

/// Whether `s` looks like one person's name: two to five capitalised words, with
/// name particles (`De`, `van`) and initials (`K.`) allowed inside.
pub fn is_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    if !(2..=MAX_NAME_WORDS).contains(&words.len()) {
        return false;
    }
    let particles = &article_lexicon().name_particles;
    words.iter().enumerate().all(|(i, w)| {
        let inner = i > 0 && i + 1 < words.len();
        is_capitalised_word(w) || (inner && particles.iter().any(|p| p == &fold(w)))
    }) && !words.iter().all(|w| w.chars().all(|c| !c.is_lowercase()))
}

/// One capitalised word, as a city after a byline's names.
fn is_place(s: &str) -> bool {
    !s.contains(char::is_whitespace) && is_capitalised_word(s)
}

fn is_capitalised_word(w: &str) -> bool {
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_uppercase()
        && w.chars()
            .all(|c| c.is_alphabetic() || matches!(c, '\'' | '’' | '-' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dl(authors: &[&str], published: Option<&str>) -> Option<Dateline> {
        let line = Dateline {
            authors: authors.iter().map(|s| (*s).to_owned()).collect(),
            published: published.map(str::to_owned),
        };
        // Every case row holds an `Option`, so that `None` rows sit in the same table.
        (!line.authors.is_empty() || line.published.is_some()).then_some(line)
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "5 Set 2023 10:01 - di Sara De Vico",
                dl(&["Sara De Vico"], Some("2023-09-05T10:01")),
            ),
            ("di Mario Rossi", dl(&["Mario Rossi"], None)),
            (
                "Di Mario Rossi e Luca Bianchi",
                dl(&["Mario Rossi", "Luca Bianchi"], None),
            ),
            (
                "By Jane Doe and John Roe",
                dl(&["Jane Doe", "John Roe"], None),
            ),
            (
                "Pubblicato il 12 marzo 2024 alle 18:30",
                dl(&[], Some("2024-03-12T18:30")),
            ),
            ("martedì 5 settembre 2023", dl(&[], Some("2023-09-05"))),
            ("30 marzo 2021 a", dl(&[], Some("2021-03-30"))),
            (
                "Updated: Sep 5, 2023 2:30 PM",
                dl(&[], Some("2023-09-05T14:30")),
            ),
            (
                "Il 5 settembre 2023 il governo ha approvato la riforma delle pensioni",
                None,
            ),
            ("di corsa verso il traguardo", None),
            ("Gli obiettivi", None),
        ];
        for (line, want) in cases {
            assert_eq!(parse_dateline(line), want, "{line}");
        }
    }

    #[test]
    fn names() {
        assert_eq!(
            names_in("Daniele Bianchi"),
            Some(vec!["Daniele Bianchi".to_owned()])
        );
        assert_eq!(
            names_in("Sergei K. Shoigu"),
            Some(vec!["Sergei K. Shoigu".to_owned()])
        );
        assert_eq!(names_in("Gli obiettivi"), None);
        assert_eq!(names_in("Kim"), None);
        assert_eq!(
            names_in("Luminous Jannamike, Abuja"),
            Some(vec!["Luminous Jannamike".to_owned()])
        );
        assert_eq!(names_in("Abuja, Lagos"), None);
        assert_eq!(names_in("SDA ATS"), None);
        assert_eq!(names_in("Legami più profondi"), None);
    }
}
