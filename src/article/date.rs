//! Dates in datelines and metadata, normalised to ISO 8601 at the source's precision.
//!
//! Recognised: ISO (`2023-09`, `2023-09-05`, `2023-09-05T10:01`), numeric day first
//! (`05/09/2023`, `5.9.2023`, `05-09-2023`), day + month name + year (`5 Set 2023`,
//! `5 settembre 2023`), month name + day + year (`September 5, 2023`), month name + year
//! (`marzo 2024`), each optionally followed by a time (`10:01`, `ore 10.01`, `alle 18:30`,
//! `2:30 PM`). Month names come from the lexicons.

use regex::Regex;
use std::sync::LazyLock;

use crate::lexicon::article_lexicon;

/// A date found in a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte offset where the date starts in the searched string.
    pub start: usize,
    /// Byte offset where the date (and its time, if any) ends.
    pub end: usize,
    /// ISO 8601 form, as precise as the source.
    pub iso: String,
}

static DATE: LazyLock<Regex> = LazyLock::new(|| {
    let lex = article_lexicon();
    let mut names: Vec<&str> = lex.months.keys().map(String::as_str).collect();
    // Longest first so that `settembre` wins over `set`.
    names.sort_by_key(|n| (std::cmp::Reverse(n.len()), *n));
    let months = names
        .iter()
        .map(|n| regex::escape(n))
        .collect::<Vec<_>>()
        .join("|");
    let time = r"(?:\s*(?:,|-|–|\||@|\bore\b|\balle\b|\bat\b|\bh\b)?\s*(?:ore\s+)?(?P<hh>[01]?\d|2[0-3])[:.](?P<mi>[0-5]\d)(?:\s*(?P<ampm>[ap]\.?m\.?))?\b)?";
    let pattern = format!(
        r"(?ix)
        (?:
            \b(?P<iy>\d{{4}})-(?P<im>\d{{2}})(?:-(?P<id>\d{{2}}))?(?:[T\s](?P<ih>\d{{2}}):(?P<imi>\d{{2}}))?\b
          | \b(?P<nd>\d{{1,2}})[./-](?P<nm>\d{{1,2}})[./-](?P<ny>\d{{4}})\b{time}
          | \b(?P<dd>\d{{1,2}})(?:º|°|st|nd|rd|th)?\s+(?P<dm>{months})\.?,?\s+(?P<dy>\d{{4}})\b{time2}
          | \b(?P<mm>{months})\.?\s+(?P<md>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<my>\d{{4}})\b{time3}
          | \b(?P<om>{months})\.?\s+(?P<oy>\d{{4}})\b
        )",
        time = time,
        time2 = time
            .replace("hh", "hh2")
            .replace("mi>", "mi2>")
            .replace("ampm", "ampm2"),
        time3 = time
            .replace("hh", "hh3")
            .replace("mi>", "mi3>")
            .replace("ampm", "ampm3"),
        months = months,
    );
    Regex::new(&pattern).expect("date pattern compiles")
});

/// The first date in `line`, if any.
pub fn find_date(line: &str) -> Option<DateMatch> {
    let lex = article_lexicon();
    for caps in DATE.captures_iter(line) {
        let whole = caps.get(0)?;
        let num = |name: &str| caps.name(name).and_then(|m| m.as_str().parse::<u32>().ok());
        let month_of = |name: &str| {
            caps.name(name)
                .and_then(|m| lex.months.get(&crate::text::fold::fold(m.as_str())))
                .map(|&m| u32::from(m))
        };
        let (year, month, day, time) = if let Some(y) = num("iy") {
            let time = num("ih").zip(num("imi"));
            (y, num("im"), num("id"), time)
        } else if let Some(y) = num("ny") {
            (
                y,
                num("nm"),
                num("nd"),
                clock(num("hh"), num("mi"), caps.name("ampm")),
            )
        } else if let Some(y) = num("dy") {
            (
                y,
                month_of("dm"),
                num("dd"),
                clock(num("hh2"), num("mi2"), caps.name("ampm2")),
            )
        } else if let Some(y) = num("my") {
            (
                y,
                month_of("mm"),
                num("md"),
                clock(num("hh3"), num("mi3"), caps.name("ampm3")),
            )
        } else if let Some(y) = num("oy") {
            (y, month_of("om"), None, None)
        } else {
            continue;
        };
        if let Some(iso) = iso(year, month, day, time) {
            return Some(DateMatch {
                start: whole.start(),
                end: whole.end(),
                iso,
            });
        }
    }
    None
}

/// A 24-hour clock time from its parts; `None` when there is no time.
fn clock(hour: Option<u32>, minute: Option<u32>, ampm: Option<regex::Match>) -> Option<(u32, u32)> {
    let (mut h, m) = (hour?, minute?);
    if let Some(suffix) = ampm {
        let pm = suffix.as_str().to_ascii_lowercase().starts_with('p');
        if h > 12 || h == 0 {
            return None;
        }
        h = match (pm, h) {
            (true, 12) => 12,
            (true, h) => h + 12,
            (false, 12) => 0,
            (false, h) => h,
        };
    }
    Some((h, m))
}

/// ISO 8601 from parts, checking ranges (an impossible date is no date).
fn iso(
    year: u32,
    month: Option<u32>,
    day: Option<u32>,
    time: Option<(u32, u32)>,
) -> Option<String> {
    if !(1800..=2200).contains(&year) {
        return None;
    }
    let Some(month) = month else {
        return Some(format!("{year:04}"));
    };
    if !(1..=12).contains(&month) {
        return None;
    }
    let Some(day) = day else {
        return Some(format!("{year:04}-{month:02}"));
    };
    if day == 0 || day > days_in_month(year, month) {
        return None;
    }
    Some(match time {
        Some((h, m)) if h < 24 && m < 60 => format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}"),
        _ => format!("{year:04}-{month:02}-{day:02}"),
    })
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 31,
    }
}

/// Whether `finer` is the same date as `coarser`, given more precisely
/// (`2021-03-30` refines `2021-03`).
pub fn refines(finer: &str, coarser: &str) -> bool {
    finer.len() > coarser.len() && finer.starts_with(coarser)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn iso_of(line: &str) -> Option<String> {
        find_date(line).map(|d| d.iso)
    }

    #[test]
    fn formats() {
        let cases = [
            (
                "5 Set 2023 10:01 - di Sara De Vico",
                Some("2023-09-05T10:01"),
            ),
            ("2023-09", Some("2023-09")),
            ("date 2023-09-05T08:30", Some("2023-09-05T08:30")),
            ("martedì 5 settembre 2023", Some("2023-09-05")),
            (
                "Pubblicato il 12 marzo 2024 alle 18:30",
                Some("2024-03-12T18:30"),
            ),
            ("05/09/2023 ore 10.01", Some("2023-09-05T10:01")),
            ("5.9.2023", Some("2023-09-05")),
            ("September 5, 2023", Some("2023-09-05")),
            ("Sep 5, 2023 2:30 PM", Some("2023-09-05T14:30")),
            ("5 September 2023 14:20", Some("2023-09-05T14:20")),
            ("Aggiornato: 3 gen. 2022", Some("2022-01-03")),
            ("12 dic 2021", Some("2021-12-12")),
            ("marzo 2024", Some("2024-03")),
            ("1° maggio 2020", Some("2020-05-01")),
            ("31/02/2023", None),
            ("nel 2023 e poi", None),
            ("Mosca-Corea", None),
        ];
        for (line, want) in cases {
            assert_eq!(iso_of(line).as_deref(), want, "{line}");
        }
    }

    #[test]
    fn span_covers_date_and_time() {
        let line = "5 Set 2023 10:01 - di Sara";
        let m = find_date(line).unwrap();
        assert_eq!(&line[m.start..m.end], "5 Set 2023 10:01");
    }

    #[test]
    fn refinement() {
        assert!(refines("2021-03-30", "2021-03"));
        assert!(!refines("2021-04-30", "2021-03"));
        assert!(!refines("2021-03", "2021-03"));
    }
}
