//! One paragraph as the claim rules see it: tokens with their folded forms, which
//! quotation each token sits in, and sentence boundaries.

use std::borrow::Cow;
use std::sync::LazyLock;

use rustc_hash::FxHashMap;

use super::quotes::{find_quotes, Quote};
use crate::lexicon::claims::{starts_with, ClaimLexicon, GRAMMAR_CLASSES};
use crate::text::fold::fold_cow;
use crate::text::sentences::sentences;
use crate::text::tokens::{tokenize, Token, TokenKind};

/// `grammar.txt` classes of prepositions with their articulated forms.
const PREPOSITION_FAMILIES: [&str; 3] = ["agent", "genitive", "dative"];

/// The class bits of [`PREPOSITION_FAMILIES`], computed once.
fn family_mask() -> u32 {
    static MASK: LazyLock<u32> = LazyLock::new(|| {
        PREPOSITION_FAMILIES.iter().fold(0, |mask, class| {
            mask | class_bit(class).map_or(0, |b| 1 << b)
        })
    });
    *MASK
}

/// Position of `class` in [`GRAMMAR_CLASSES`], its bit in a token's class mask. The
/// rules ask by name many times per token: one hash lookup, not a walk over the names.
fn class_bit(class: &str) -> Option<usize> {
    static BITS: LazyLock<FxHashMap<&'static str, usize>> = LazyLock::new(|| {
        GRAMMAR_CLASSES
            .iter()
            .enumerate()
            .map(|(bit, c)| (*c, bit))
            .collect()
    });
    BITS.get(class).copied()
}

/// A paragraph prepared for the rules.
pub struct Para<'t> {
    /// The whole input text (offsets are into it).
    pub text: &'t str,
    /// Tokens of the paragraph.
    pub tokens: Vec<Token>,
    /// Folded text of each token.
    pub folded: Vec<Cow<'t, str>>,
    /// Top-level quotations.
    pub quotes: Vec<Quote>,
    /// For each token, the index of the quotation whose marks enclose it.
    pub in_quote: Vec<Option<usize>>,
    /// Sentence byte ranges.
    pub sentences: Vec<(usize, usize)>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    /// For each token, a bit per `GRAMMAR_CLASSES` entry it belongs to: the rules ask
    /// these questions many times per token, the lexicon is asked once.
    classes: Vec<u32>,
    /// Token range of each sentence.
    sentence_ranges: Vec<(usize, usize)>,
    /// For each token, the quotation it opens (`true`) or closes (`false`).
    marks: Vec<Option<(usize, bool)>>,
    /// Opening and closing mark tokens of each quotation.
    quote_tokens: Vec<(Option<usize>, Option<usize>)>,
    pub lex: &'t ClaimLexicon,
}

impl<'t> Para<'t> {
    /// Prepares `text[start..end]`.
    pub fn new(text: &'t str, start: usize, end: usize, lex: &'t ClaimLexicon) -> Self {
        let tokens = tokenize(text, start, end);
        let folded: Vec<Cow<'t, str>> = tokens.iter().map(|t| fold_cow(t.text(text))).collect();
        let quotes = find_quotes(text, start, end);
        let protected: Vec<(usize, usize)> = quotes.iter().map(|q| (q.open, q.inner_end)).collect();
        let sents = sentences(text, start, end, &protected, &lex.abbreviations);
        // Tokens, quotes and sentences are all in text order: one merge walk each.
        let mut in_quote = vec![None; tokens.len()];
        let mut sentence_of = vec![0; tokens.len()];
        let (mut q, mut sn) = (0, 0);
        for (i, t) in tokens.iter().enumerate() {
            while q < quotes.len() && quotes[q].inner_end < t.end {
                q += 1;
            }
            if q < quotes.len() && quotes[q].inner_start <= t.start && t.end <= quotes[q].inner_end
            {
                in_quote[i] = Some(q);
            }
            while sn + 1 < sents.len() && sents[sn].1 <= t.start {
                sn += 1;
            }
            sentence_of[i] = sn;
        }
        let classes = folded.iter().map(|w| lex.class_mask(w)).collect();
        let mut marks = vec![None; tokens.len()];
        let mut quote_tokens = vec![(None, None); quotes.len()];
        let mut q = 0;
        for (i, t) in tokens.iter().enumerate() {
            while q < quotes.len() && quotes[q].close <= t.start {
                q += 1;
            }
            if let Some(quote) = quotes.get(q) {
                if t.start == quote.open {
                    marks[i] = Some((q, true));
                    quote_tokens[q].0 = Some(i);
                } else if t.end == quote.close {
                    marks[i] = Some((q, false));
                    quote_tokens[q].1 = Some(i);
                }
            }
        }
        let mut sentence_ranges = vec![(tokens.len(), tokens.len()); sents.len()];
        for (i, &s) in sentence_of.iter().enumerate().rev() {
            sentence_ranges[s].0 = i;
        }
        for (i, &s) in sentence_of.iter().enumerate() {
            sentence_ranges[s].1 = i + 1;
        }
        Para {
            text,
            tokens,
            folded,
            quotes,
            in_quote,
            sentences: sents,
            sentence_of,
            sentence_ranges,
            classes,
            marks,
            quote_tokens,
            lex,
        }
    }

    /// Folded word at `i` (empty past the end).
    pub fn w(&self, i: usize) -> &str {
        self.folded.get(i).map_or("", AsRef::as_ref)
    }

    /// Raw text of token `i`.
    pub fn raw(&self, i: usize) -> &'t str {
        self.tokens[i].text(self.text)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    /// Whether token `i` is a word in the `grammar.txt` class `class`.
    pub fn is(&self, class: &str, i: usize) -> bool {
        match class_bit(class) {
            Some(bit) => self
                .classes
                .get(i)
                .is_some_and(|mask| mask & (1 << bit) != 0),
            None => i < self.len() && self.lex.is(class, self.w(i)),
        }
    }

    pub fn is_word(&self, i: usize) -> bool {
        i < self.len() && self.tokens[i].kind != TokenKind::Punct
    }

    pub fn is_punct(&self, i: usize, marks: &[&str]) -> bool {
        i < self.len() && self.tokens[i].kind == TokenKind::Punct && marks.contains(&self.raw(i))
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        i < self.len() && self.tokens[i].is_capitalised(self.text)
    }

    /// Whether token `i` is an opening or closing quotation mark of a top-level quote.
    pub fn quote_mark(&self, i: usize) -> Option<(usize, bool)> {
        self.marks.get(i).copied().flatten()
    }

    /// Token of the opening mark of quotation `q`.
    pub fn quote_open_token(&self, q: usize) -> Option<usize> {
        self.quote_tokens.get(q).and_then(|&(open, _)| open)
    }

    /// Token of the closing mark of quotation `q`.
    pub fn quote_close_token(&self, q: usize) -> Option<usize> {
        self.quote_tokens.get(q).and_then(|&(_, close)| close)
    }

    /// Whether token `i` ends a clause for noun-phrase scanning.
    pub fn is_clause_boundary(&self, i: usize) -> bool {
        self.is_punct(
            i,
            &[",", ".", ";", ":", "!", "?", "(", ")", "–", "—", "-", "…"],
        ) || self.quote_mark(i).is_some()
    }

    /// Token range `[a, b)` of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> (usize, usize) {
        let (a, b) = self
            .sentence_ranges
            .get(s)
            .copied()
            .unwrap_or((self.len(), self.len()));
        (a, b.max(a))
    }

    /// Token range `[a, b)` of the sentence holding token `i` (empty past the end).
    pub fn sentence_around(&self, i: usize) -> (usize, usize) {
        match self.sentence_of.get(i) {
            Some(&s) => self.sentence_tokens(s),
            None => (self.len(), self.len()),
        }
    }

    /// Number of words (whole `grammar.txt` phrase) of `class` starting at token `i`.
    pub fn phrase_len(&self, class: &str, i: usize) -> usize {
        self.lex
            .phrase_len(class, &self.folded[i.min(self.len())..])
    }

    /// Folded words of the tokens lying within the byte range `[start, end)`.
    pub fn folded_between(&self, start: usize, end: usize) -> &[Cow<'t, str>] {
        // Tokens do not overlap, so their starts and ends both rise.
        let a = self.tokens.partition_point(|t| t.start < start);
        let b = self.tokens.partition_point(|t| t.end <= end);
        &self.folded[a..b.max(a)]
    }

    /// Whether the byte range `[start, end)` lies within this paragraph.
    pub fn covers(&self, start: usize, end: usize) -> bool {
        match (self.tokens.first(), self.tokens.last()) {
            (Some(first), Some(last)) => first.start <= start && end <= last.end,
            _ => false,
        }
    }

    /// Whether an according-to or relay phrase may start at token `i`: a cheap test
    /// that [`Para::matches_phrase`] would fail for every such phrase when it is false.
    pub fn may_start_attribution_phrase(&self, i: usize) -> bool {
        i < self.len()
            && (self.lex.phrase_heads.contains(self.w(i))
                || self.classes[i] & self.lex.single_phrase_classes & family_mask() != 0)
    }

    /// Whether the lexicon phrase `phrase` stands at token `i`; a final `da`, `di` or
    /// `a` also matches its articulated forms (`dal`, `della`, `ai`).
    pub fn matches_phrase(&self, i: usize, phrase: &[String]) -> bool {
        let n = phrase.len();
        if n == 0 || i + n > self.len() {
            return false;
        }
        let (head, last) = (&phrase[..n - 1], phrase[n - 1].as_str());
        let word = i + n - 1;
        // A final preposition matches any word of its class (`da` matches `dal`, `dalla`).
        if !starts_with(&self.folded[i..], head) {
            return false;
        }
        let shared = self.classes[word] & self.lex.class_mask(last) & family_mask();
        self.w(word) == last || shared != 0
    }

    /// First token at or after `i` that is not an adverb (multi-word adverbs skipped whole).
    pub fn skip_adverbs(&self, mut i: usize) -> usize {
        while i < self.len() {
            let n = self.phrase_len("adverb", i);
            if n == 0 {
                break;
            }
            i += n;
        }
        i
    }

    /// Last token at or before `i` that is not an adverb or clitic (`None` if none).
    pub fn skip_adverbs_back(&self, i: usize) -> Option<usize> {
        self.skip_back(i, &["adverb", "clitic"])
    }

    /// Last token at or before `i` outside the `grammar.txt` classes `skipped`.
    pub fn skip_back(&self, i: usize, skipped: &[&str]) -> Option<usize> {
        (0..=i)
            .rev()
            .find(|&j| !skipped.iter().any(|class| self.is(class, j)))
    }

    /// Byte span of tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b - 1].end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::claim_lexicon;
    use crate::Lang;

    /// The cheap pre-test never rules out a token where an attribution phrase stands,
    /// over every token of the bundled articles and over every phrase itself (with its
    /// articulated forms: `secondo` in `secondo cui`, `per il`, `dal`).
    #[test]
    fn attribution_phrase_pre_test_rules_out_no_match() {
        let lex = claim_lexicon(Lang::It).expect("Italian");
        let mut texts: Vec<String> =
            std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/examples"))
                .expect("examples")
                .map(|e| std::fs::read_to_string(e.expect("entry").path()).expect("text"))
                .collect();
        let lists = [
            &lex.according_opening,
            &lex.according_after,
            &lex.according_before,
            &lex.relay,
        ];
        for phrase in lists.iter().flat_map(|l| l.iter()) {
            texts.push(format!(
                "X {} Y. Dalla Alla Della Nella {}",
                phrase.join(" "),
                phrase.join(" ")
            ));
        }
        let mut matched = 0;
        for text in &texts {
            let p = Para::new(text, 0, text.len(), lex);
            for i in 0..p.len() {
                let any = lists
                    .iter()
                    .flat_map(|l| l.iter())
                    .any(|ph| p.matches_phrase(i, ph));
                if any {
                    matched += 1;
                    assert!(p.may_start_attribution_phrase(i), "{:?} at {i}", p.raw(i));
                }
            }
        }
        assert!(
            matched > 100,
            "only {matched} matches: the test checks little"
        );
    }
}
