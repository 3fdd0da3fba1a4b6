//! `extract_claims`: who is reported to have said what.
//!
//! Each body paragraph of the article (lead and paragraphs; not the title, headings or
//! boilerplate) is prepared once ([`para`]: tokens, quotations, sentences); cue verbs
//! are found ([`cues`]); the attribution rules ([`rules`]) turn cues, quotations and
//! according-to phrases into claims; sources are resolved to the most specific name
//! the article gives ([`speaker`]), continuing the last source where a claim has none
//! of its own; hedging and stance are read last ([`flags`]).

mod cues;
mod flags;
mod para;
mod quotes;
mod rules;
mod speaker;

use crate::article::{Article, BlockKind};
use crate::lexicon::claim_lexicon;
use crate::text::CharOffsets;
use crate::{Error, Lang};

use para::Para;
use rules::Source;
use speaker::{Aliases, Speaker};

/// What kind of report a claim is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ClaimKind {
    /// A quotation that stands as the whole utterance.
    Direct,
    /// Reported speech holding a quoted fragment.
    Mixed,
    /// Reported speech without quotation marks.
    Indirect,
}

impl ClaimKind {
    /// The name used in `to_dict()`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
        }
    }
}

/// Whether a claim asserts or denies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    /// The claim asserts something.
    Assert,
    /// The claim denies something.
    Deny,
}

impl Stance {
    /// The name used in `to_dict()`.
    pub fn as_str(self) -> &'static str {
        match self {
            Stance::Assert => "assert",
            Stance::Deny => "deny",
        }
    }
}

/// One attributed report, with char offsets (Python's) and byte offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// Direct, mixed or indirect.
    pub kind: ClaimKind,
    /// The reported words: `text[start..end]` (chars).
    pub content: String,
    /// Char offset of the content.
    pub start: usize,
    /// Char offset past the content.
    pub end: usize,
    /// Byte offsets of the content.
    pub byte_start: usize,
    /// Byte offset past the content.
    pub byte_end: usize,
    /// The source, as its most specific name in the article.
    pub speaker: Option<String>,
    /// Char offsets of the speaker's mention, when it is named (not from context).
    pub speaker_start: Option<usize>,
    /// Char offset past the speaker's mention.
    pub speaker_end: Option<usize>,
    /// The words that attribute the claim (`ha detto`, `secondo`).
    pub cue: Option<String>,
    /// Presented as unconfirmed.
    pub hedged: bool,
    /// Asserts or denies.
    pub stance: Stance,
    /// The speaker comes from context.
    pub implicit: bool,
    /// Index of the paragraph among the article's body blocks.
    pub paragraph: usize,
    /// The sentence the claim starts in.
    pub sentence: String,
}

/// Claims of `text` (parsed first with [`crate::parse_article`]).
pub fn extract_claims(text: &str, lang: Option<Lang>) -> Result<Vec<Claim>, Error> {
    let article = crate::parse_article(text, lang);
    extract_claims_from(text, &article)
}

/// Claims of an article already parsed from `text`.
pub fn extract_claims_from(text: &str, article: &Article) -> Result<Vec<Claim>, Error> {
    let lex = claim_lexicon(article.language).ok_or(Error::NoClaimRules(article.language))?;
    let paras: Vec<(usize, Para)> = article
        .body_blocks()
        .enumerate()
        .filter(|(_, b)| b.kind != BlockKind::Heading)
        .map(|(i, b)| (i, Para::new(text, b.byte_start, b.byte_end, lex)))
        .collect();
    let mut aliases = Aliases::default();
    for (_, p) in &paras {
        aliases.learn(p);
    }
    let offsets = CharOffsets::new(text);
    let mut out = Vec::new();
    let mut last: Option<(Speaker, usize)> = None;
    for (index, p) in &paras {
        let cues = cues::find_cues(p);
        for f in rules::claims_in(p, &cues) {
            let named = match f.attribution.source {
                Source::Np(a, b) => Some(resolve(p, &aliases, a, b)),
                Source::Context => None,
            };
            // Context reaches back at most two body blocks (headings count): a source
            // named further up is no longer the one being continued.
            let context = last
                .as_ref()
                .filter(|(_, at)| index - at <= 2)
                .map(|(s, _)| s.clone());
            let speaker = named.clone().or(context);
            if let Some(s) = &speaker {
                last = Some((s.clone(), *index));
            }
            let (hedged, deny) = flags::read(p, &f, named.as_ref());
            let sentence = p
                .sentences
                .get(p.sentences.partition_point(|&(_, e)| e <= f.start))
                .map_or("", |&(s, e)| &text[s..e]);
            out.push(Claim {
                kind: f.kind,
                content: text[f.start..f.end].to_owned(),
                start: offsets.char_at(f.start),
                end: offsets.char_at(f.end),
                byte_start: f.start,
                byte_end: f.end,
                speaker: speaker.as_ref().map(|s| s.text.clone()),
                speaker_start: named.as_ref().map(|s| offsets.char_at(s.start)),
                speaker_end: named.as_ref().map(|s| offsets.char_at(s.end)),
                cue: f.attribution.cue.map(|(a, b)| text[a..b].to_owned()),
                hedged,
                stance: if deny { Stance::Deny } else { Stance::Assert },
                implicit: f.attribution.implicit || named.is_none(),
                paragraph: *index,
                sentence: sentence.to_owned(),
            });
        }
    }
    Ok(out)
}

/// The speaker behind the noun phrase `[a, b)`: its most specific name, resolved
/// through the article's aliases.
fn resolve(p: &Para, aliases: &Aliases, a: usize, b: usize) -> Speaker {
    let (a, b) = p.specific(a, b);
    let (start, end) = aliases.resolve(p, a, b).unwrap_or_else(|| p.span(a, b));
    Speaker {
        text: p.text[start..end].to_owned(),
        start,
        end,
    }
}
