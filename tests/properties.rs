//! Property tests: whatever the input, the core does not panic, every offset indexes
//! the input exactly, blocks cover it in order, and the output is deterministic.
//!
//! Two generators: arbitrary Unicode (what a broken scraper produces) and news-like
//! text assembled from the pieces the rules react to (quote marks of every style, cue
//! verbs, names, colons, datelines, newlines), which reaches far deeper into the rules.
//! `PROPTEST_CASES` raises the number of cases for a longer run.

mod common;

use proptest::prelude::*;

/// Pieces of Italian and English news text that the rules look for, with the marks and
/// control characters that scrapers leave behind.
const PIECES: &[&str] = &[
    "«",
    "»",
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "„",
    "‹",
    "›",
    "「",
    "」",
    ":",
    ",",
    ".",
    ";",
    "?",
    "!",
    "—",
    "–",
    "-",
    "(",
    ")",
    "…",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    " ",
    "  ",
    "\u{0}",
    "\u{feff}",
    "\u{200b}",
    "\u{85}",
    "\u{2028}",
    "e\u{301}",
    "👩‍👩‍👧",
    "🇮🇹",
    "𝔘",
    "ha detto",
    "ha dichiarato",
    "ha spiegato",
    "dice",
    "afferma",
    "ha smentito",
    "ha negato",
    "avrebbe detto",
    "secondo",
    "secondo cui",
    "per",
    "ha aggiunto",
    "ha detto che",
    "sarebbe",
    "non",
    "ha fatto sapere",
    "riferisce",
    "è stato detto da",
    "said",
    "told",
    "according to",
    "denied",
    "says",
    "added",
    "Mario Rossi",
    "il ministro",
    "Giorgia Meloni",
    "la premier",
    "Rossi",
    "il portavoce",
    "Anna",
    "di Mario Rossi",
    "By Jane Doe",
    "ROMA",
    "Roma, 12 marzo 2024",
    "12/03/2024",
    "Politica",
    "Leggi anche",
    "Riproduzione riservata",
    "© RIPRODUZIONE RISERVATA",
    "Iscriviti alla newsletter",
    "Getty Images",
    "Foto:",
    "Ansa",
    "(ANSA) -",
    "la riforma",
    "il governo",
    "non è vero",
    "è falso",
    "ieri",
    "che",
    "lo",
    "ne",
    "aggiornato alle 12:30",
    "2024-03-12",
    "Il presidente",
    "The minister",
];

/// News-like text: a few hundred pieces joined by spaces or nothing.
fn news_like() -> impl Strategy<Value = String> {
    prop::collection::vec((prop::sample::select(PIECES), any::<bool>()), 0..300).prop_map(|parts| {
        let mut text = String::new();
        for (piece, space) in parts {
            text.push_str(piece);
            if space {
                text.push(' ');
            }
        }
        text
    })
}

proptest! {
    #[test]
    fn arbitrary_unicode_keeps_every_invariant(text in "\\PC{0,400}") {
        common::check_pipeline(&text);
    }

    #[test]
    fn arbitrary_chars_with_controls_keep_every_invariant(
        chars in prop::collection::vec(any::<char>(), 0..400)
    ) {
        let text: String = chars.into_iter().collect();
        common::check_pipeline(&text);
    }

    #[test]
    fn news_like_text_keeps_every_invariant(text in news_like()) {
        common::check_pipeline(&text);
    }

    #[test]
    fn news_like_paragraphs_keep_every_invariant(
        paras in prop::collection::vec(news_like(), 1..6)
    ) {
        common::check_pipeline(&paras.join("\n\n"));
    }
}

#[test]
fn empty_and_blank_inputs_give_empty_articles() {
    for text in ["", " ", "\n\n\n", "\t \r\n \u{2028}\u{3000}"] {
        common::check_pipeline(text);
        let article = newsclaims::parse_article(text, None);
        assert!(
            article.blocks.is_empty() && article.body.is_empty(),
            "{text:?}"
        );
        assert!(
            article.title.is_none() && article.authors.is_empty(),
            "{text:?}"
        );
        let claims = newsclaims::extract_claims(text, Some(newsclaims::Lang::It)).expect("it");
        assert!(claims.is_empty(), "{text:?}");
    }
}

/// The news-like generator must reach the claim rules, or the claim invariants above
/// would hold vacuously.
#[test]
fn news_like_text_does_produce_claims() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = news_like();
    let (mut texts, mut with_claims) = (0, 0);
    for _ in 0..200 {
        let text = strategy.new_tree(&mut runner).expect("generator").current();
        let claims = newsclaims::extract_claims(&text, Some(newsclaims::Lang::It)).expect("it");
        texts += 1;
        with_claims += usize::from(!claims.is_empty());
    }
    assert!(
        with_claims * 4 >= texts,
        "only {with_claims} of {texts} texts had claims"
    );
}
