//! newsclaims turns raw news articles into structured data.
//!
//! The pipeline, one module a stage:
//!
//! 1. [`text`]: the scraped text is cut into segments (one paragraph a line) and every
//!    span is kept as byte offsets; [`text::CharOffsets`] turns them into the code-point
//!    offsets Python sees, once, when results leave the core.
//! 2. [`article`]: segments become blocks (title, byline, section, lead, heading,
//!    paragraph, boilerplate) by structural cues and the phrase families of the
//!    lexicons, scored block by block rather than by one pattern per outlet.
//! 3. [`claims`]: in the body blocks of the article, quotations, cue verbs and
//!    according-to phrases become claims (who said what, quoted or reported, hedged or
//!    denied), each source resolved to the most specific name the article gives.
//! 4. [`lexicon`]: the per-language data files (`lexicons/<lang>/*.txt`) those rules
//!    read, embedded at build time and parsed once.
//!
//! [`batch`] runs the pipeline over many articles on all cores, in input order;
//! [`columns`] lays its results out as table columns (Arrow's memory layout).
//!
//! The core has no Python in it: the `python` feature adds the pyo3 layer
//! (`src/python/`), which converts, releases the GIL and maps errors, nothing else.
//!
//! ```
//! let text = "Il titolo del pezzo\n\ndi Mario Rossi\n\nIl governo ha approvato la riforma ieri sera.";
//! let article = newsclaims::parse_article(text, None);
//! assert_eq!(article.title.as_deref(), Some("Il titolo del pezzo"));
//! assert_eq!(article.authors, ["Mario Rossi"]);
//! assert_eq!(article.body, "Il governo ha approvato la riforma ieri sera.");
//! ```
#![deny(missing_docs)]

pub mod article;
pub mod batch;
pub mod claims;
pub mod columns;
mod error;
mod lang;
pub mod lexicon;
#[cfg(feature = "python")]
mod python;
pub mod text;

pub use article::{parse_article, Article, Block, BlockKind};
pub use claims::{extract_claims, extract_claims_from, Claim, ClaimKind, Stance};
pub use error::Error;
pub use lang::{detect_language, Lang};
