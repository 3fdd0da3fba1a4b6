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

/// Converts char offsets back to byte offsets, walking forward: queries in increasing
/// order (the blocks of an article) cost one pass over the text in all.
#[derive(Debug, Clone)]
pub struct CharToByte<'a> {
    text: &'a str,
    char_pos: usize,
    byte_pos: usize,
}

impl<'a> CharToByte<'a> {
    /// A converter over `text`, at its start.
    pub fn new(text: &'a str) -> Self {
        CharToByte {
            text,
            char_pos: 0,
            byte_pos: 0,
        }
    }

    /// Byte offset of char offset `index`, or `None` past the end of the text.
    pub fn byte_at(&mut self, index: usize) -> Option<usize> {
        if index < self.char_pos {
            self.char_pos = 0;
            self.byte_pos = 0;
        }
        let ahead = index - self.char_pos;
        let rest = &self.text[self.byte_pos..];
        let step = if ahead == 0 {
            0
        } else {
            rest.char_indices()
                .map(|(b, _)| b)
                .chain(std::iter::once(rest.len()))
                .nth(ahead)?
        };
        self.char_pos = index;
        self.byte_pos += step;
        Some(self.byte_pos)
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
    fn converts_back_in_any_order() {
        let text = "città “perché” 😀 e";
        let mut back = CharToByte::new(text);
        for (i, (b, _)) in text.char_indices().enumerate() {
            assert_eq!(back.byte_at(i), Some(b));
        }
        assert_eq!(back.byte_at(2), Some(2));
        assert_eq!(back.byte_at(text.chars().count()), Some(text.len()));
        assert_eq!(back.byte_at(text.chars().count() + 1), None);
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
