//! `parse_article`: from scraped text to the article's parts.
//!
//! The text is cut into segments ([`crate::text::segments`]); a metadata prefix
//! (` date 2023-09 `) is split off; each segment is scored against the boilerplate
//! phrase families; then [`layout`] reads the structure: the header (title, section,
//! bylines, datelines), the body (lead, headings, paragraphs) and the tail (author
//! bio, footer fragments).

mod boilerplate;
mod byline;
pub mod date;
mod layout;

use crate::text::CharOffsets;
use crate::Lang;

/// What a block of the input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BlockKind {
    /// The headline.
    Title,
    /// A byline or dateline (authors, date).
    Byline,
    /// A section label glued to the title or standing alone in the header.
    Section,
    /// The standfirst before the body proper.
    Lead,
    /// A subheading inside the body.
    Heading,
    /// A paragraph of the body.
    Paragraph,
    /// Text that is not the article's: prompts, injections, markers, bios.
    Boilerplate,
}

impl BlockKind {
    /// The name used in `to_dict()` and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Title => "title",
            BlockKind::Byline => "byline",
            BlockKind::Section => "section",
            BlockKind::Lead => "lead",
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Boilerplate => "boilerplate",
        }
    }

    /// The kind named `name` (the inverse of [`BlockKind::as_str`]).
    pub fn from_name(name: &str) -> Option<BlockKind> {
        [
            BlockKind::Title,
            BlockKind::Byline,
            BlockKind::Section,
            BlockKind::Lead,
            BlockKind::Heading,
            BlockKind::Paragraph,
            BlockKind::Boilerplate,
        ]
        .into_iter()
        .find(|k| k.as_str() == name)
    }

    /// Whether blocks of this kind make up the body.
    pub fn in_body(self) -> bool {
        matches!(
            self,
            BlockKind::Lead | BlockKind::Heading | BlockKind::Paragraph
        )
    }
}

/// One block of the input, with its offsets both as chars (Python's indices) and bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, exactly as in the input.
    pub text: String,
    /// Char offset of the block's start.
    pub start: usize,
    /// Char offset just past the block's end.
    pub end: usize,
    /// Byte offset of the block's start.
    pub byte_start: usize,
    /// Byte offset just past the block's end.
    pub byte_end: usize,
    /// Why a boilerplate block was set aside (`paywall`, `related`, ...).
    pub reason: Option<String>,
}

/// The parts of a news article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// The headline, without a section label.
    pub title: Option<String>,
    /// The people in the byline.
    pub authors: Vec<String>,
    /// ISO 8601 date, as precise as the source.
    pub published: Option<String>,
    /// Section label.
    pub section: Option<String>,
    /// The standfirst, when there is one.
    pub lead: Option<String>,
    /// Subheadings inside the body, in order.
    pub headings: Vec<String>,
    /// Lead, headings and paragraphs in order, separated by blank lines.
    pub body: String,
    /// The language the article was read as.
    pub language: Lang,
    /// Every block of the input, in order.
    pub blocks: Vec<Block>,
}

impl Article {
    /// The boilerplate blocks, each with its reason.
    pub fn removed(&self) -> impl Iterator<Item = &Block> {
        self.blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Boilerplate)
    }

    /// Blocks that make up the body, in order.
    pub fn body_blocks(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.kind.in_body())
    }
}

/// Parses scraped plain text into an [`Article`]. `lang` forces the language;
/// `None` detects it. Any input gives an article (empty text, an empty one).
pub fn parse_article(text: &str, lang: Option<Lang>) -> Article {
    let language = lang.unwrap_or_else(|| crate::detect_language(text));
    let layout = layout::Layout::read(text);
    let offsets = CharOffsets::new(text);
    let blocks: Vec<Block> = layout
        .pieces
        .iter()
        .map(|p| Block {
            kind: p.kind,
            text: text[p.start..p.end].to_owned(),
            start: offsets.char_at(p.start),
            end: offsets.char_at(p.end),
            byte_start: p.start,
            byte_end: p.end,
            reason: p.reason.map(str::to_owned),
        })
        .collect();
    let of_kind = |kind: BlockKind| blocks.iter().filter(move |b| b.kind == kind);
    let body = blocks
        .iter()
        .filter(|b| b.kind.in_body())
        .map(|b| b.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    Article {
        title: layout.title,
        authors: layout.authors,
        published: layout.published,
        section: layout.section,
        lead: of_kind(BlockKind::Lead).next().map(|b| b.text.clone()),
        headings: of_kind(BlockKind::Heading)
            .map(|b| b.text.clone())
            .collect(),
        body,
        language,
        blocks,
    }
}
