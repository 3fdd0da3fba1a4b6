//! One paragraph as the claim rules see it: tokens with their folded forms, which
//! quotation each token sits in, and sentence boundaries.

use super::quotes::{find_quotes, Quote};
use crate::lexicon::claims::ClaimLexicon;
use crate::text::fold::fold;
use crate::text::sentences::sentences;
use crate::text::tokens::{tokenize, Token, TokenKind};

/// A paragraph prepared for the rules.
pub struct Para<'t> {
    /// The whole input text (offsets are into it).
    pub text: &'t str,
    /// Tokens of the paragraph.
    pub tokens: Vec<Token>,
    /// Folded text of each token.
    pub folded: Vec<String>,
    /// Top-level quotations.
    pub quotes: Vec<Quote>,
    /// For each token, the index of the quotation whose marks enclose it.
    pub in_quote: Vec<Option<usize>>,
    /// Sentence byte ranges.
    pub sentences: Vec<(usize, usize)>,
    /// For each token, the index of its sentence.
    pub sentence_of: Vec<usize>,
    pub lex: &'t ClaimLexicon,
}

impl<'t> Para<'t> {
    /// Prepares `text[start..end]`.
    pub fn new(text: &'t str, start: usize, end: usize, lex: &'t ClaimLexicon) -> Self {
        let tokens = tokenize(text, start, end);
        let folded = tokens.iter().map(|t| fold(t.text(text))).collect();
        let quotes = find_quotes(text, start, end);
        let protected: Vec<(usize, usize)> = quotes.iter().map(|q| (q.open, q.inner_end)).collect();
        let sents = sentences(text, start, end, &protected, &lex.abbreviations);
        let mut in_quote = vec![None; tokens.len()];
        let mut sentence_of = vec![0; tokens.len()];
        for (i, t) in tokens.iter().enumerate() {
            in_quote[i] = quotes
                .iter()
                .position(|q| q.inner_start <= t.start && t.end <= q.inner_end);
            sentence_of[i] = sents
                .iter()
                .position(|&(_, e)| t.start < e)
                .unwrap_or(sents.len().saturating_sub(1));
        }
        Para {
            text,
            tokens,
            folded,
            quotes,
            in_quote,
            sentences: sents,
            sentence_of,
            lex,
        }
    }

    /// Folded word at `i` (empty past the end).
    pub fn w(&self, i: usize) -> &str {
        self.folded.get(i).map_or("", String::as_str)
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
        i < self.len() && self.lex.is(class, self.w(i))
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
        let t = self.tokens.get(i)?;
        self.quotes.iter().enumerate().find_map(|(q, quote)| {
            if t.start == quote.open {
                Some((q, true))
            } else if t.end == quote.close {
                Some((q, false))
            } else {
                None
            }
        })
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
        let a = self
            .sentence_of
            .iter()
            .position(|&x| x == s)
            .unwrap_or(self.len());
        let b = self
            .sentence_of
            .iter()
            .rposition(|&x| x == s)
            .map_or(a, |i| i + 1);
        (a, b)
    }

    /// Number of words (whole `grammar.txt` phrase) of `class` starting at token `i`.
    pub fn phrase_len(&self, class: &str, i: usize) -> usize {
        let words: Vec<&str> = self.folded[i.min(self.len())..self.len().min(i + 4)]
            .iter()
            .map(String::as_str)
            .collect();
        self.lex.phrase_len(class, &words)
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
        let mut j = i;
        loop {
            if !(self.is("adverb", j) || self.is("clitic", j)) {
                return Some(j);
            }
            j = j.checked_sub(1)?;
        }
    }

    /// Byte span of tokens `[a, b)`.
    pub fn span(&self, a: usize, b: usize) -> (usize, usize) {
        (self.tokens[a].start, self.tokens[b - 1].end)
    }
}
