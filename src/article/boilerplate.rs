//! Recognising boilerplate blocks from the lexicons' phrase families.
//!
//! A phrase alone does not make a block boilerplate: where it sits and how long the
//! block is decide. A prompt is short; news prose that mentions a newsletter is not a
//! newsletter prompt.

use aho_corasick::AhoCorasick;
use std::sync::LazyLock;

use crate::lexicon::{article_lexicon, PhraseMatch};
use crate::text::fold::{fold, word_count};

/// Longest block (in words) that a `^ phrase` match removes: a related-article title
/// after `Leggi anche` is a line, not a paragraph.
const MAX_PREFIX_WORDS: usize = 40;
/// Longest block (in words) that a `~ phrase` match removes.
const MAX_CONTAINS_WORDS: usize = 25;
/// Smallest share of a block's chars that a `~ phrase` must cover: a prompt is mostly
/// its phrase, a sentence that mentions it is mostly something else.
const MIN_CONTAINS_COVERAGE: f64 = 0.3;

struct Matcher {
    automaton: AhoCorasick,
    /// Length in bytes of the longest phrase: a longer block can only be a whole-block
    /// match of none.
    longest: usize,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let phrases = article_lexicon()
        .boilerplate
        .iter()
        .map(|p| p.phrase.as_str());
    let longest = article_lexicon()
        .boilerplate
        .iter()
        .map(|p| p.phrase.len())
        .max()
        .unwrap_or(0);
    Matcher {
        automaton: AhoCorasick::new(phrases).expect("boilerplate phrases build an automaton"),
        longest,
    }
});

/// The boilerplate family of a block, if it is boilerplate.
pub fn classify(block: &str) -> Option<&'static str> {
    if too_long_for_a_prompt(block) {
        return None;
    }
    let folded = fold(block);
    let bare = folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '©');
    if bare.is_empty() {
        return None;
    }
    let words = word_count(bare);
    // Past both word limits only a whole-block match counts, and no phrase is that long:
    // body paragraphs skip the automaton.
    if words > MAX_PREFIX_WORDS.max(MAX_CONTAINS_WORDS) && bare.len() > MATCHER.longest {
        return None;
    }
    let phrases = &article_lexicon().boilerplate;
    let mut best: Option<(u8, &'static str)> = None;
    for m in MATCHER.automaton.find_overlapping_iter(bare) {
        let phrase = &phrases[m.pattern().as_usize()];
        if !at_word_boundaries(bare, m.start(), m.end()) {
            continue;
        }
        let strength = match phrase.how {
            PhraseMatch::Whole if m.start() == 0 && m.end() == bare.len() => 3,
            PhraseMatch::Prefix if m.start() == 0 && words <= MAX_PREFIX_WORDS => 2,
            PhraseMatch::Contains
                if words <= MAX_CONTAINS_WORDS && covers(m.end() - m.start(), bare.len()) =>
            {
                1
            }
            _ => continue,
        };
        if best.is_none_or(|(s, _)| strength > s) {
            best = Some((strength, phrase.reason.as_str()));
        }
    }
    best.map(|(_, reason)| reason)
}

/// Whether `block` has more words than any prompt rule allows and is longer than every
/// phrase, read on the raw text so that body paragraphs are not folded first. Exact:
/// folding keeps the word count, and the trimming in [`classify`] removes only whole
/// words without a letter, digit, apostrophe or `©` at the block's ends.
fn too_long_for_a_prompt(block: &str) -> bool {
    let kept = |c: char| {
        c.is_alphanumeric() || matches!(c, '\'' | '©' | '\u{2019}' | '\u{2018}' | '`' | '\u{b4}')
    };
    let junk = |w: &&str| !w.chars().any(kept);
    let words = word_count(block);
    let lead = block.split_whitespace().take_while(junk).count();
    if lead == words {
        return false;
    }
    let tail = block.split_whitespace().rev().take_while(junk).count();
    let bare_words = words - lead - tail;
    // Words of at least one byte, one space apart.
    bare_words > MAX_PREFIX_WORDS.max(MAX_CONTAINS_WORDS) && 2 * bare_words - 1 > MATCHER.longest
}

#[allow(clippy::cast_precision_loss)] // lengths of one block, far below 2^52
fn covers(phrase_len: usize, block_len: usize) -> bool {
    phrase_len as f64 >= MIN_CONTAINS_COVERAGE * block_len as f64
}

fn at_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let is_word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let first_is_word = text[start..]
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    let last_is_word = text[..end]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    !(first_is_word && is_word(before) || last_is_word && is_word(after))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The raw-text shortcut agrees with the word count of the folded, trimmed block.
    #[test]
    fn long_block_shortcut_counts_the_words_classify_counts() {
        let words = |n: usize| vec!["parola"; n].join(" ");
        for (block, long) in [
            (format!("Leggi anche {}", words(38)), false),
            (format!("Leggi anche {}", words(39)), true),
            (format!("— — … {} — «", words(40)), false),
            (format!("— — … {} — «", words(41)), true),
            (format!("’ {}", words(40)), true),
            ("— — —".to_owned(), false),
            (String::new(), false),
        ] {
            assert_eq!(too_long_for_a_prompt(&block), long, "{block:?}");
            if long {
                let folded = fold(&block);
                let bare =
                    folded.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '©');
                assert!(word_count(bare) > MAX_PREFIX_WORDS.max(MAX_CONTAINS_WORDS));
            }
        }
        assert_eq!(
            classify(&format!("Leggi anche {}", words(38))),
            Some("related")
        );
    }

    #[test]
    fn families() {
        let cases = [
            ("Per continuare a leggere l'articolo sostienici oppure accedi", Some("paywall")),
            ("READ\u{a0} Trump ha posto il veto a un disegno di legge", Some("related")),
            ("Leggi anche: Salvini, la crisi", Some("related")),
            ("Torna in alto", Some("navigation")),
            ("Fine", Some("end_marker")),
            ("Fine.", Some("end_marker")),
            ("Lascia un commento", Some("comments")),
            ("Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", Some("comments")),
            ("Sign up for our newsletter", Some("newsletter")),
            ("L'ARTICOLO CONTINUA DOPO LA PUBBLICITÀ", Some("advertising")),
            ("Advertisement", Some("advertising")),
        ];
        for (block, want) in cases {
            assert_eq!(classify(block), want, "{block}");
        }
    }

    #[test]
    fn news_prose_is_not_boilerplate() {
        let cases = [
            "Fine settimana di sole al nord, piogge al sud secondo le previsioni.",
            "Readers wrote to the paper about the new bridge.",
            "Readers who sign up for the newsletter also buy more print subscriptions, the editor said.",
            "Il giornale ha lanciato una newsletter dedicata alla politica estera, che ogni settimana raccoglie le analisi dei suoi corrispondenti da Bruxelles, Washington e Pechino per i lettori.",
            "Finestre rotte e porte divelte.",
            "",
        ];
        for block in cases {
            assert_eq!(classify(block), None, "{block}");
        }
    }
}
