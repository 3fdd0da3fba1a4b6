//! Reading an article's structure from its segments.
//!
//! Three zones, read in order:
//! - the header: lines before the first body paragraph: the title (possibly with a
//!   section glued on), bylines and datelines, a repeated title, and short fragments
//!   (kickers, tags, photo credits) that are not the article's text;
//! - the tail: an author bio and trailing fragments (share labels, outlet names) after
//!   the last paragraph;
//! - the body between them: a lead, headings and paragraphs.
//!
//! Boilerplate recognised by its phrases ([`super::boilerplate`]) can sit anywhere.

use regex::Regex;
use std::sync::LazyLock;

use super::boilerplate;
use super::byline::{is_name, names_in, parse_dateline};
use super::date::refines;
use super::BlockKind;
use crate::lexicon::article_lexicon;
use crate::text::fold::{ends_with_sentence_punct, fold, fold_eq, word_count};
use crate::text::segments;

/// A run of the input being classified (byte offsets).
#[derive(Debug, Clone)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub kind: BlockKind,
    pub reason: Option<&'static str>,
    /// Whether this piece followed a metadata prefix on the same line.
    after_metadata: bool,
}

/// The structure found, with the header fields.
#[derive(Debug, Default)]
pub struct Layout {
    pub pieces: Vec<Piece>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub published: Option<String>,
    pub section: Option<String>,
}

/// Header lines read before giving up on finding the body.
const MAX_HEADER_PIECES: usize = 8;
/// Longest headline, in words.
const MAX_TITLE_WORDS: usize = 30;
/// Longest subheading, in words and in chars.
const MAX_HEADING_WORDS: usize = 15;
const MAX_HEADING_CHARS: usize = 150;
/// Longest navigation crumb or kicker above a headline, in words.
const MAX_CRUMB_WORDS: usize = 3;
/// Shortest standfirst, in words.
const MIN_LEAD_WORDS: usize = 12;
/// Longest header fragment (kicker, tag line, caption, credit), in words.
const MAX_HEADER_FRAGMENT_WORDS: usize = 8;
/// Longest footer fragment (outlet name, share label), in words: shorter than a header
/// fragment, because a short closing sentence without its full stop is common.
const MAX_FOOTER_FRAGMENT_WORDS: usize = 3;

/// A scraper's metadata field at the start of the text: ` date 2023-09 `.
static METADATA: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:date|data|datetime|published|updated|pubblicato)\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?(?:T\d{2}:\d{2}(?::\d{2})?)?)\b",
    )
    .expect("metadata pattern compiles")
});

/// A dateline opening the first paragraph: a place (capitalised, up to three words),
/// optionally a date and an agency in brackets, then a dash; or a place in capitals and
/// a full stop. The body text that follows starts with a capital or a quote mark.
static INLINE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r#"^(?:\p{Lu}[\p{L}'’.]*(?:[ -]\p{Lu}[\p{L}'’.]*){0,2}(?:,\s*(?P<date>[^()—–\n]{4,40}?))?\s*(?:\([^)\n]{1,40}\))?\s*[—–-]|\p{Lu}{2,}(?:[ '’-]\p{Lu}{2,}){0,2}\.)\s+(?P<next>[\p{Lu}"“«‘])"#,
    )
    .expect("inline dateline pattern compiles")
});

/// A section label glued to the end of a headline by a dash, bar or slash.
static SECTION_SUFFIX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s+[-–—|/·•]\s*([^-–—|/·•]{2,40})$").expect("section pattern compiles")
});

impl Layout {
    /// Reads the structure of `text`.
    pub fn read(text: &str) -> Layout {
        let mut layout = Layout::default();
        layout.split_pieces(text);
        let body_start = layout.read_header(text);
        layout.split_inline_dateline(text, body_start);
        let body_end = layout.read_tail(text, body_start);
        layout.read_body(text, body_start, body_end);
        layout
    }

    /// Cuts segments into pieces, splitting a leading metadata field off its line, and
    /// marks the pieces the phrase families call boilerplate.
    fn split_pieces(&mut self, text: &str) {
        for (i, seg) in segments(text).into_iter().enumerate() {
            let mut start = seg.start;
            let mut after_metadata = false;
            if i == 0 {
                if let Some(caps) = METADATA.captures(seg.text(text)) {
                    let whole = caps.get(0).expect("group 0 exists");
                    self.published = Some(caps[1].to_owned());
                    self.pieces.push(Piece {
                        start,
                        end: start + whole.end(),
                        kind: BlockKind::Boilerplate,
                        reason: Some("metadata"),
                        after_metadata: false,
                    });
                    start += whole.end();
                    start += text[start..seg.end].len() - text[start..seg.end].trim_start().len();
                    after_metadata = true;
                    if start >= seg.end {
                        continue;
                    }
                }
            }
            let reason = boilerplate::classify(&text[start..seg.end]);
            self.pieces.push(Piece {
                start,
                end: seg.end,
                kind: if reason.is_some() {
                    BlockKind::Boilerplate
                } else {
                    BlockKind::Paragraph
                },
                reason,
                after_metadata,
            });
        }
    }

    /// Classifies the header; returns the index of the first body piece.
    ///
    /// The headline is the first headline-shaped line of the header, except that a
    /// line of a few words followed by another headline-shaped line is taken for a
    /// navigation crumb or kicker (`Watch CBS News`, `Home`) and the later line wins.
    fn read_header(&mut self, text: &str) -> usize {
        let mut candidates = Vec::new();
        let mut end = 0;
        while end < self.pieces.len().min(MAX_HEADER_PIECES) {
            let piece = &self.pieces[end];
            let line = &text[piece.start..piece.end];
            let has_more = end + 1 < self.pieces.len();
            // Boilerplate (a metadata field, a share label) may sit among header lines.
            if piece.kind == BlockKind::Boilerplate {
                end += 1;
                continue;
            }
            if let Some(dateline) = parse_dateline(line) {
                self.set(end, BlockKind::Byline, None);
                self.add_date(dateline.published);
                self.add_authors(dateline.authors);
            } else if is_section_label(line) {
                self.set(end, BlockKind::Section, None);
                self.section.get_or_insert_with(|| line.to_owned());
            } else if let Some(names) = names_in(line).filter(|_| end > 0) {
                // A name alone under anything is a byline; on the first line it may be a
                // headline or a crumb.
                self.set(end, BlockKind::Byline, None);
                self.add_authors(names);
            } else if !piece.after_metadata && has_more && is_headline(line) {
                let firm = candidates.iter().find(|&&c: &&usize| {
                    word_count(&text[self.pieces[c].start..self.pieces[c].end]) > MAX_CRUMB_WORDS
                });
                if firm.is_some_and(|&c| {
                    !fold_eq(&text[self.pieces[c].start..self.pieces[c].end], line)
                }) {
                    // A second headline-shaped line under the headline opens the body.
                    break;
                }
                candidates.push(end);
            } else if is_fragment(line, MAX_HEADER_FRAGMENT_WORDS) && has_more {
                self.set(end, BlockKind::Boilerplate, Some("header"));
            } else {
                break;
            }
            end += 1;
        }
        let title = candidates
            .iter()
            .zip(candidates.iter().skip(1).map(Some).chain([None]))
            .find(|(&i, later)| {
                later.is_none()
                    || word_count(&text[self.pieces[i].start..self.pieces[i].end]) > MAX_CRUMB_WORDS
            })
            .map(|(&i, _)| i);
        let mut inserted = 0;
        for &i in &candidates {
            let i = i + inserted;
            let line = &text[self.pieces[i].start..self.pieces[i].end];
            if Some(i - inserted) == title {
                inserted += self.read_title(text, i);
            } else if self.title.as_deref().is_some_and(|t| fold_eq(t, line)) {
                self.set(i, BlockKind::Boilerplate, Some("duplicate_title"));
            } else {
                self.set(i, BlockKind::Boilerplate, Some("header"));
            }
        }
        end + inserted
    }

    /// Sets the title from piece `i`, splitting off a section label into a piece of
    /// its own; returns the number of pieces inserted.
    fn read_title(&mut self, text: &str, i: usize) -> usize {
        let piece = self.pieces[i].clone();
        let line = &text[piece.start..piece.end];
        if let Some(caps) = SECTION_SUFFIX.captures(line) {
            let label = caps.get(1).expect("group 1 exists");
            let whole = caps.get(0).expect("group 0 exists");
            if is_section_label(label.as_str()) && whole.start() > 0 {
                let split = piece.start + whole.start();
                let label_start =
                    split + (whole.as_str().len() - whole.as_str().trim_start().len());
                self.pieces[i].end = split;
                self.pieces[i].kind = BlockKind::Title;
                self.pieces.insert(
                    i + 1,
                    Piece {
                        start: label_start,
                        end: piece.end,
                        kind: BlockKind::Section,
                        reason: None,
                        after_metadata: false,
                    },
                );
                self.title = Some(line[..whole.start()].trim_end().to_owned());
                self.section = Some(label.as_str().trim().to_owned());
                return 1;
            }
        }
        self.set(i, BlockKind::Title, None);
        self.title = Some(line.to_owned());
        0
    }

    /// Splits a dateline off the start of the first body paragraph
    /// (`PITTSBURGH (KDKA) – `, `Harare, 27 August 2023 (dpa/MIA) — `, `MASSA. `).
    /// A date in it is the article's own filing date and wins over a page date.
    fn split_inline_dateline(&mut self, text: &str, from: usize) {
        let Some(i) = self.next_content(from) else {
            return;
        };
        let piece = self.pieces[i].clone();
        let line = &text[piece.start..piece.end];
        let Some(caps) = INLINE_DATELINE.captures(line) else {
            return;
        };
        let next = caps.name("next").expect("group next always takes part");
        if let Some(date) = caps
            .name("date")
            .and_then(|d| super::date::find_date(d.as_str()))
        {
            self.published = Some(date.iso);
        }
        let head_end = piece.start + line[..next.start()].trim_end().len();
        self.pieces[i].start = piece.start + next.start();
        self.pieces.insert(
            i,
            Piece {
                start: piece.start,
                end: head_end,
                kind: BlockKind::Boilerplate,
                reason: Some("dateline"),
                after_metadata: false,
            },
        );
    }

    /// Classifies the tail: author bio and trailing fragments after the last
    /// paragraph. Returns the index just past the last body piece.
    fn read_tail(&mut self, text: &str, body_start: usize) -> usize {
        let n = self.pieces.len();
        // An author bio: a name alone on a line, then a paragraph that starts with it;
        // or a paragraph that opens with an author's name and describes them.
        for i in body_start..n {
            if self.pieces[i].kind == BlockKind::Boilerplate {
                continue;
            }
            let line = &text[self.pieces[i].start..self.pieces[i].end];
            let next = self
                .next_content(i + 1)
                .map(|j| (j, &text[self.pieces[j].start..self.pieces[j].end]));
            let name_line = is_name(line)
                && (self.is_author(line) || next.is_some_and(|(_, t)| t.starts_with(line)));
            if name_line && i > body_start {
                self.set(i, BlockKind::Boilerplate, Some("author_bio"));
                if let Some((j, t)) = next {
                    if t.starts_with(line) {
                        self.set(j, BlockKind::Boilerplate, Some("author_bio"));
                    }
                }
            } else if i > body_start && self.is_bio(line) {
                self.set(i, BlockKind::Boilerplate, Some("author_bio"));
            }
        }
        // Trailing fragments: short lines without sentence punctuation after the last
        // paragraph (outlet names, share labels, credits).
        let mut end = n;
        while end > body_start {
            let piece = &self.pieces[end - 1];
            let line = &text[piece.start..piece.end];
            if piece.kind == BlockKind::Boilerplate {
                end -= 1;
            } else if is_fragment(line, MAX_FOOTER_FRAGMENT_WORDS) && end - 1 > body_start {
                self.set(end - 1, BlockKind::Boilerplate, Some("footer"));
                end -= 1;
            } else {
                break;
            }
        }
        end
    }

    /// Classifies the body pieces in `start..end`: lead, headings, paragraphs.
    fn read_body(&mut self, text: &str, start: usize, end: usize) {
        let mut seen_paragraph = false;
        for i in start..end {
            if self.pieces[i].kind == BlockKind::Boilerplate {
                continue;
            }
            let line = &text[self.pieces[i].start..self.pieces[i].end];
            let followed = self.next_content(i + 1).is_some_and(|j| j < end);
            if self.title.as_deref().is_some_and(|t| fold_eq(t, line)) {
                self.set(i, BlockKind::Boilerplate, Some("duplicate_title"));
            } else if !seen_paragraph && followed && is_lead(line) {
                self.set(i, BlockKind::Lead, None);
                seen_paragraph = true;
            } else if seen_paragraph && followed && is_heading(line) {
                self.set(i, BlockKind::Heading, None);
            } else {
                self.set(i, BlockKind::Paragraph, None);
                seen_paragraph = true;
            }
        }
    }

    fn set(&mut self, i: usize, kind: BlockKind, reason: Option<&'static str>) {
        self.pieces[i].kind = kind;
        self.pieces[i].reason = reason;
    }

    fn next_content(&self, from: usize) -> Option<usize> {
        (from..self.pieces.len()).find(|&j| self.pieces[j].kind != BlockKind::Boilerplate)
    }

    fn add_date(&mut self, date: Option<String>) {
        let Some(date) = date else { return };
        match &self.published {
            Some(have) if !refines(&date, have) => {}
            _ => self.published = Some(date),
        }
    }

    fn add_authors(&mut self, names: Vec<String>) {
        for name in names {
            if !self.authors.contains(&name) {
                self.authors.push(name);
            }
        }
    }

    fn is_author(&self, line: &str) -> bool {
        self.authors.iter().any(|a| fold_eq(a, line))
    }

    /// A paragraph that opens with an author's name and describes the person.
    fn is_bio(&self, line: &str) -> bool {
        let opens_with_author = self.authors.iter().any(|a| {
            line.strip_prefix(a.as_str()).is_some_and(|rest| {
                let next = rest.split_whitespace().next().map(fold);
                rest.starts_with(',')
                    || next.is_some_and(|w| article_lexicon().bio_verbs.contains(&w))
            })
        });
        opens_with_author && {
            let folded = fold(line);
            article_lexicon()
                .bio_words
                .iter()
                .any(|w| contains_word(&folded, w))
        }
    }
}

fn contains_word(haystack: &str, word: &str) -> bool {
    haystack.match_indices(word).any(|(i, _)| {
        let before = haystack[..i].chars().next_back();
        let after = haystack[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Starts like a headline or heading: a capital, a digit or an opening quote.
fn starts_like_title(line: &str) -> bool {
    line.chars().next().is_some_and(|c| {
        c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“' | '«' | '‘' | '\'')
    })
}

fn ends_with_clause_punct(line: &str) -> bool {
    line.trim_end().ends_with([':', ';', ','])
}

/// A headline: short, capitalised, not closed by a full stop (`?` and `!` may close it),
/// and not a photo credit (`KEYSTONE/AP/JOHN DOE`: capitals only, or slashes).
fn is_headline(line: &str) -> bool {
    let credit = line.contains('/') || !line.chars().any(char::is_lowercase);
    let words = word_count(line);
    let closed_by_stop = ends_with_sentence_punct(line)
        && !line
            .trim_end_matches(crate::text::fold::is_closing_mark)
            .ends_with(['?', '!']);
    words <= MAX_TITLE_WORDS
        && !credit
        && starts_like_title(line)
        && !closed_by_stop
        && !ends_with_clause_punct(line)
}

/// A subheading: a short capitalised line that does not end like a sentence or clause.
fn is_heading(line: &str) -> bool {
    word_count(line) <= MAX_HEADING_WORDS
        && line.chars().count() <= MAX_HEADING_CHARS
        && starts_like_title(line)
        && (!ends_with_sentence_punct(line) || line.trim_end().ends_with('?'))
        && !ends_with_clause_punct(line)
}

/// A standfirst: a sentence or two before the body, left without a final full stop.
fn is_lead(line: &str) -> bool {
    word_count(line) >= MIN_LEAD_WORDS
        && !ends_with_sentence_punct(line)
        && !ends_with_clause_punct(line)
}

/// A short line that is not a sentence: a kicker, tag line, caption, credit or label.
fn is_fragment(line: &str, max_words: usize) -> bool {
    word_count(line) <= max_words
        && !ends_with_sentence_punct(line)
        && !ends_with_clause_punct(line)
}

/// A section label alone (`Politica`, `World news`).
fn is_section_label(line: &str) -> bool {
    // Folding keeps the word count: count first, fold only short lines.
    word_count(line) <= 3 && article_lexicon().sections.contains(&fold(line))
}
