//! Byte offsets (what Rust slices use) to char offsets (what Python indexes by).
//!
//! Every span in the core is kept in bytes; the conversion happens once, here, when
//! results leave the core. A checkpoint every [`STRIDE`] bytes keeps the lookup O(1)
//! without a table as large as the text.

/// Bytes between two checkpoints.
const STRIDE: usize = 256;

/// Converts byte offsets of one text into char (code point) offsets.
#[derive(Debug, Clone)]
pub struct CharOffsets<'a> {
    bytes: &'a [u8],
    /// `checkpoints[i]` = number of chars in `text[..i * STRIDE]`; empty for ASCII text.
    checkpoints: Vec<usize>,
    ascii: bool,
}

impl<'a> CharOffsets<'a> {
    /// Builds the table for `text` in one pass.
    pub fn new(text: &'a str) -> Self {
        let bytes = text.as_bytes();
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            checkpoints.reserve(bytes.len() / STRIDE + 1);
            let mut count = 0usize;
            for chunk in bytes.chunks(STRIDE) {
                checkpoints.push(count);
                count += chunk.iter().filter(|&&b| is_char_start(b)).count();
            }
            checkpoints.push(count);
        }
        CharOffsets {
            bytes,
            checkpoints,
            ascii,
        }
    }

    /// Char offset of byte offset `byte` (which must lie on a char boundary or at the end).
    pub fn char_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.bytes.len());
        if self.ascii {
            return byte;
        }
        let slot = byte / STRIDE;
        let base = self.checkpoints[slot];
        base + self.bytes[slot * STRIDE..byte]
            .iter()
            .filter(|&&b| is_char_start(b))
            .count()
    }
}

/// A UTF-8 byte that starts a char (anything but a continuation byte `10xxxxxx`).
#[inline]
fn is_char_start(b: u8) -> bool {
    (b & 0xC0) != 0x80
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let map = CharOffsets::new("hello world");
        assert_eq!(map.char_at(0), 0);
        assert_eq!(map.char_at(5), 5);
        assert_eq!(map.char_at(11), 11);
    }

    #[test]
    fn matches_char_indices_on_mixed_text() {
        let text = "città “perché” 😀 e\u{a0}poi ".repeat(40);
        let map = CharOffsets::new(&text);
        for (i, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(map.char_at(b), i, "byte {b}");
        }
        assert_eq!(map.char_at(text.len()), text.chars().count());
    }
}
