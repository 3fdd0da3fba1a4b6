//! Batch results as columns, in the Arrow memory layout: one buffer of values per
//! column (strings as one byte buffer plus offsets, validity as a bitmap), so that a
//! table of a million claims is a few dozen buffers rather than millions of objects.
//! The Python layer copies each buffer once into `bytes` and hands it to pyarrow
//! (which wraps it as it is) or to numpy and pandas.

use crate::batch::Output;
use crate::{ClaimKind, Lang, Stance};

/// An offset or count as Arrow stores it. Lengths of Rust buffers never exceed
/// `isize::MAX`, so the conversion is exact.
fn as_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Bits, least significant first in each byte (Arrow's validity and boolean layout).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Bitmap {
    /// The packed bits.
    pub bytes: Vec<u8>,
    /// Number of bits.
    pub len: usize,
    /// Number of zero bits (nulls, for a validity bitmap).
    pub zeros: usize,
}

impl Bitmap {
    /// Appends one bit.
    pub fn push(&mut self, bit: bool) {
        if self.len % 8 == 0 {
            self.bytes.push(0);
        }
        if bit {
            self.bytes[self.len / 8] |= 1 << (self.len % 8);
        } else {
            self.zeros += 1;
        }
        self.len += 1;
    }
}

/// Nullable strings (Arrow `large_utf8`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utf8Column {
    /// `offsets[i]..offsets[i + 1]` is value `i` in `data`; one more offset than values.
    pub offsets: Vec<i64>,
    /// The UTF-8 bytes of every value, back to back.
    pub data: Vec<u8>,
    /// Which values are present.
    pub validity: Bitmap,
}

impl Default for Utf8Column {
    fn default() -> Self {
        Utf8Column {
            offsets: vec![0],
            data: Vec::new(),
            validity: Bitmap::default(),
        }
    }
}

impl Utf8Column {
    /// Appends a value (`None` for a null).
    pub fn push(&mut self, value: Option<&str>) {
        self.data.extend_from_slice(value.unwrap_or("").as_bytes());
        self.offsets.push(as_i64(self.data.len()));
        self.validity.push(value.is_some());
    }
}

/// Nullable 64-bit integers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Int64Column {
    /// The values (0 where null).
    pub values: Vec<i64>,
    /// Which values are present.
    pub validity: Bitmap,
}

impl Int64Column {
    /// Appends a value (`None` for a null).
    pub fn push(&mut self, value: Option<usize>) {
        self.values.push(value.map_or(0, as_i64));
        self.validity.push(value.is_some());
    }
}

/// Lists of strings (Arrow `large_list<large_utf8>`), never null: an absent list is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListColumn {
    /// `offsets[i]..offsets[i + 1]` are the items of row `i`.
    pub offsets: Vec<i64>,
    /// Every item, back to back.
    pub items: Utf8Column,
}

impl Default for ListColumn {
    fn default() -> Self {
        ListColumn {
            offsets: vec![0],
            items: Utf8Column::default(),
        }
    }
}

impl ListColumn {
    /// Appends a row.
    pub fn push<S: AsRef<str>>(&mut self, items: &[S]) {
        for item in items {
            self.items.push(Some(item.as_ref()));
        }
        self.offsets.push(as_i64(self.items.offsets.len() - 1));
    }
}

/// A nullable value out of a fixed set of names (an Arrow dictionary, a pandas category).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodeColumn {
    /// Index into `categories` (0 where null).
    pub codes: Vec<i8>,
    /// Which values are present.
    pub validity: Bitmap,
    /// The names the codes stand for.
    pub categories: Vec<&'static str>,
}

impl CodeColumn {
    /// An empty column over `categories`.
    pub fn new(categories: Vec<&'static str>) -> Self {
        CodeColumn {
            codes: Vec::new(),
            validity: Bitmap::default(),
            categories,
        }
    }

    /// Appends a value, which must be one of the categories (`None` for a null).
    pub fn push(&mut self, value: Option<&str>) {
        let code = value.and_then(|v| self.categories.iter().position(|c| *c == v));
        self.codes.push(code.map_or(0, |c| c as i8));
        self.validity.push(code.is_some());
    }
}

/// One column of a [`Table`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Column {
    /// Strings.
    Utf8(Utf8Column),
    /// Integers.
    Int64(Int64Column),
    /// Booleans, never null.
    Bool(Bitmap),
    /// Lists of strings.
    List(ListColumn),
    /// Names out of a fixed set.
    Codes(CodeColumn),
}

/// Named columns of equal length.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// Number of rows.
    pub rows: usize,
    /// The columns, in display order.
    pub columns: Vec<(&'static str, Column)>,
}

fn names<T: Copy>(all: &[T], name: fn(T) -> &'static str) -> Vec<&'static str> {
    all.iter().map(|&v| name(v)).collect()
}

/// One row per claim: `row` (the position of its article in the batch), then every
/// field of [`crate::Claim`].
pub fn claims_table(outputs: &[Option<Output>]) -> Table {
    let mut row = Int64Column::default();
    let mut kind = CodeColumn::new(names(
        &[ClaimKind::Direct, ClaimKind::Mixed, ClaimKind::Indirect],
        ClaimKind::as_str,
    ));
    let [mut content, mut speaker, mut cue, mut sentence] =
        std::array::from_fn(|_| Utf8Column::default());
    let [mut start, mut end, mut speaker_start, mut speaker_end, mut paragraph] =
        std::array::from_fn(|_| Int64Column::default());
    let (mut hedged, mut implicit) = (Bitmap::default(), Bitmap::default());
    let mut stance = CodeColumn::new(names(&[Stance::Assert, Stance::Deny], Stance::as_str));
    let mut rows = 0;
    for (i, out) in outputs.iter().enumerate() {
        let claims = out
            .as_ref()
            .and_then(|o| o.claims.as_deref())
            .unwrap_or(&[]);
        for c in claims {
            rows += 1;
            row.push(Some(i));
            kind.push(Some(c.kind.as_str()));
            content.push(Some(&c.content));
            start.push(Some(c.start));
            end.push(Some(c.end));
            speaker.push(c.speaker.as_deref());
            speaker_start.push(c.speaker_start);
            speaker_end.push(c.speaker_end);
            cue.push(c.cue.as_deref());
            hedged.push(c.hedged);
            stance.push(Some(c.stance.as_str()));
            implicit.push(c.implicit);
            paragraph.push(Some(c.paragraph));
            sentence.push(Some(&c.sentence));
        }
    }
    Table {
        rows,
        columns: vec![
            ("row", Column::Int64(row)),
            ("kind", Column::Codes(kind)),
            ("content", Column::Utf8(content)),
            ("start", Column::Int64(start)),
            ("end", Column::Int64(end)),
            ("speaker", Column::Utf8(speaker)),
            ("speaker_start", Column::Int64(speaker_start)),
            ("speaker_end", Column::Int64(speaker_end)),
            ("cue", Column::Utf8(cue)),
            ("hedged", Column::Bool(hedged)),
            ("stance", Column::Codes(stance)),
            ("implicit", Column::Bool(implicit)),
            ("paragraph", Column::Int64(paragraph)),
            ("sentence", Column::Utf8(sentence)),
        ],
    }
}

/// One row per text of the batch: `row`, then the fields of [`crate::Article`] but its
/// blocks (`n_removed` counts the boilerplate blocks set aside), and `n_claims` when
/// claims were read (null where the language has no claim rules). A missing text
/// gives a row of nulls (and empty lists).
pub fn articles_table(outputs: &[Option<Output>], with_claims: bool) -> Table {
    let mut row = Int64Column::default();
    let [mut title, mut published, mut section, mut lead, mut body] =
        std::array::from_fn(|_| Utf8Column::default());
    let (mut authors, mut headings) = (ListColumn::default(), ListColumn::default());
    let mut language = CodeColumn::new(names(Lang::ALL, Lang::code));
    let (mut n_removed, mut n_claims) = (Int64Column::default(), Int64Column::default());
    for (i, out) in outputs.iter().enumerate() {
        row.push(Some(i));
        let article = out.as_ref().map(|o| &o.article);
        title.push(article.and_then(|a| a.title.as_deref()));
        authors.push(article.map_or(&[][..], |a| &a.authors));
        published.push(article.and_then(|a| a.published.as_deref()));
        section.push(article.and_then(|a| a.section.as_deref()));
        lead.push(article.and_then(|a| a.lead.as_deref()));
        headings.push(article.map_or(&[][..], |a| &a.headings));
        body.push(article.map(|a| a.body.as_str()));
        language.push(article.map(|a| a.language.code()));
        n_removed.push(article.map(|a| a.removed().count()));
        n_claims.push(out.as_ref().and_then(|o| o.claims.as_ref()).map(Vec::len));
    }
    let mut columns = vec![
        ("row", Column::Int64(row)),
        ("title", Column::Utf8(title)),
        ("authors", Column::List(authors)),
        ("published", Column::Utf8(published)),
        ("section", Column::Utf8(section)),
        ("lead", Column::Utf8(lead)),
        ("headings", Column::List(headings)),
        ("body", Column::Utf8(body)),
        ("language", Column::Codes(language)),
        ("n_removed", Column::Int64(n_removed)),
    ];
    if with_claims {
        columns.push(("n_claims", Column::Int64(n_claims)));
    }
    Table {
        rows: outputs.len(),
        columns,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::batch::{run_one, Job};

    #[test]
    fn bitmaps_pack_least_significant_bit_first() {
        let mut b = Bitmap::default();
        for bit in [true, false, true, true, false, false, false, false, true] {
            b.push(bit);
        }
        assert_eq!(b.bytes, [0b0000_1101, 0b1]);
        assert_eq!((b.len, b.zeros), (9, 5));
    }

    #[test]
    fn claims_table_has_a_row_per_claim_pointing_at_its_text() {
        let job = Job {
            lang: Some(Lang::It),
            claims: true,
        };
        let outputs = vec![
            run_one(
                Some("Mario Rossi ha detto: «Sì». Anna Bianchi ha detto: «No»."),
                job,
            ),
            None,
            run_one(Some("Luca Verdi ha detto: «Forse»."), job),
        ];
        let table = claims_table(&outputs);
        assert_eq!(table.rows, 3);
        let Column::Int64(row) = &table.columns[0].1 else {
            panic!("row column")
        };
        assert_eq!(row.values, [0, 0, 2]);
        let Column::Utf8(content) = &table.columns[2].1 else {
            panic!("content column")
        };
        assert_eq!(content.data, "SìNoForse".as_bytes());
        assert_eq!(content.offsets, [0, 3, 5, 10]);
    }

    #[test]
    fn articles_table_keeps_a_null_row_for_a_missing_text() {
        let job = Job {
            lang: Some(Lang::It),
            claims: false,
        };
        let outputs = vec![
            run_one(
                Some("Titolo\n\ndi Mario Rossi e Anna Bianchi\n\nTesto."),
                job,
            ),
            None,
        ];
        let table = articles_table(&outputs, false);
        assert_eq!(table.rows, 2);
        let Column::List(authors) = &table.columns[2].1 else {
            panic!("authors column")
        };
        assert_eq!(authors.offsets, [0, 2, 2]);
        let Column::Utf8(title) = &table.columns[1].1 else {
            panic!("title column")
        };
        assert_eq!((title.validity.zeros, title.validity.len), (1, 2));
    }
}
