//! Text utilities shared by every stage: offsets, folding for comparisons, segmentation.

pub mod fold;
pub mod offsets;
pub mod segment;
pub mod sentences;
pub mod tokens;

pub use offsets::{CharOffsets, CharToByte};
pub use segment::{segments, Segment};
