//! Hedging and stance of a found claim.

use super::para::Para;
use super::rules::Found;
use super::speaker::Speaker;
use super::ClaimKind;
use crate::lexicon::claims::{starts_with, ClaimLexicon};
use crate::text::fold::fold;
use crate::text::tokens::tokenize;

/// `(hedged, deny)` for claim `f`.
///
/// Hedged: a conditional cue (`avrebbe affermato`), a hedge word in the cue, the source
/// (`alcune indiscrezioni`) or the reported words (`probabilmente`, `sembra`), or, for
/// reported speech, a verb in the reportive conditional (`ricorrerebbe`). A quotation's
/// own conditionals are the speaker's words, not the reporter's hedge; after a past cue
/// a conditional is the future in the past.
/// Deny: a denial cue (`negare`) or denial words in the claim (`non è vero`).
pub fn read(p: &Para, f: &Found, speaker: Option<&Speaker>) -> (bool, bool) {
    let lex = p.lex;
    // The claim and its cue lie in the paragraph: its folded tokens, not a second pass.
    let content = p.folded_between(f.start, f.end);

    let cue = f
        .attribution
        .cue
        .map_or(&[][..], |(a, b)| p.folded_between(a, b));
    // An alias may name the source in another paragraph: read those words from the text.
    let source = speaker
        .map(|s| {
            if p.covers(s.start, s.end) {
                p.folded_between(s.start, s.end)
                    .iter()
                    .map(ToString::to_string)
                    .collect()
            } else {
                words(p.text, s.start, s.end)
            }
        })
        .unwrap_or_default();
    let reported = f.kind != ClaimKind::Direct;
    let deny = f.attribution.deny || has(lex, content, &lex.denials);
    // After a past cue a conditional is the future in the past, not a hedge.
    let conditional = reported
        && !f.attribution.past
        && content
            .iter()
            .any(|w| lex.is_conditional(w) && !lex.is("reportive_conditional_exclude", w));
    // Hedge words inside what a denial denies (`ha smentito le voci`) do not hedge it.
    let hedged = f.attribution.hedged
        || conditional
        || has(lex, cue, &lex.hedges)
        || has(lex, &source, &lex.hedges)
        || (reported && !deny && has(lex, content, &lex.hedges));
    (hedged, deny)
}

/// Whether a phrase of `list` (hedges or denials) starts at one of `words`, tried only
/// at words that begin one.
fn has<S: AsRef<str>>(lex: &ClaimLexicon, words: &[S], list: &[Vec<String>]) -> bool {
    (0..words.len()).any(|i| {
        lex.flag_heads.contains(words[i].as_ref())
            && list.iter().any(|ph| starts_with(&words[i..], ph))
    })
}

fn words(text: &str, start: usize, end: usize) -> Vec<String> {
    tokenize(text, start, end)
        .iter()
        .map(|t| fold(t.text(text)))
        .collect()
}
