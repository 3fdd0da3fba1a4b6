//! What every output of the core must satisfy, whatever the input: shared by the
//! property tests (`tests/properties.rs`) and the fuzz targets (`fuzz/`), which include
//! this file by path so that a fuzzer finding is a broken invariant, not only a panic.
#![allow(dead_code)]

use newsclaims::text::sentences::MAX_SENTENCE_BYTES;
use newsclaims::{extract_claims_from, parse_article, Article, Claim, Lang};

/// Number of chars in `text[..byte]`, counted the slow, obvious way.
fn chars_before(text: &str, byte: usize) -> usize {
    text[..byte].chars().count()
}

/// Panics (with the broken invariant) unless `article` is a faithful reading of `text`.
pub fn check_article(text: &str, article: &Article) {
    let mut prev_end = 0usize;
    for (i, b) in article.blocks.iter().enumerate() {
        assert!(
            b.byte_start < b.byte_end && b.byte_end <= text.len(),
            "block {i} out of range or empty: {}..{} of {}",
            b.byte_start,
            b.byte_end,
            text.len()
        );
        assert!(
            text.is_char_boundary(b.byte_start) && text.is_char_boundary(b.byte_end),
            "block {i} splits a char"
        );
        assert!(
            b.byte_start >= prev_end,
            "block {i} overlaps the one before"
        );
        assert!(
            text[prev_end..b.byte_start].trim().is_empty(),
            "text between blocks {i} and the one before is lost: {:?}",
            &text[prev_end..b.byte_start]
        );
        assert_eq!(text[b.byte_start..b.byte_end], b.text, "block {i} text");
        assert_eq!(
            b.start,
            chars_before(text, b.byte_start),
            "block {i} char start"
        );
        assert_eq!(b.end, chars_before(text, b.byte_end), "block {i} char end");
        assert_eq!(
            b.text.trim(),
            b.text,
            "block {i} keeps surrounding whitespace"
        );
        prev_end = b.byte_end;
    }
    assert!(
        text[prev_end..].trim().is_empty(),
        "text after the last block is lost: {:?}",
        &text[prev_end..]
    );
    let fields = [
        &article.title,
        &article.section,
        &article.lead,
        &article.published,
    ];
    for value in fields.into_iter().flatten() {
        assert!(!value.is_empty(), "a present field is empty");
    }
    for heading in &article.headings {
        assert!(
            text.contains(heading.as_str()),
            "heading not in the text: {heading:?}"
        );
    }
}

/// Panics (with the broken invariant) unless `claims` all index `text` exactly.
pub fn check_claims(text: &str, article: &Article, claims: &[Claim]) {
    let body_blocks = article.body_blocks().count();
    for (i, c) in claims.iter().enumerate() {
        assert!(
            c.byte_start < c.byte_end && c.byte_end <= text.len(),
            "claim {i} out of range or empty"
        );
        assert!(
            text.is_char_boundary(c.byte_start) && text.is_char_boundary(c.byte_end),
            "claim {i} splits a char"
        );
        assert_eq!(
            text[c.byte_start..c.byte_end],
            c.content,
            "claim {i} content"
        );
        assert_eq!(
            c.start,
            chars_before(text, c.byte_start),
            "claim {i} char start"
        );
        assert_eq!(c.end, chars_before(text, c.byte_end), "claim {i} char end");
        assert!(c.paragraph < body_blocks, "claim {i} paragraph index");
        assert!(
            !c.sentence.is_empty() && c.sentence.len() <= MAX_SENTENCE_BYTES,
            "claim {i} sentence is empty or longer than the cap"
        );
        assert!(
            text.contains(c.sentence.as_str()),
            "claim {i} sentence not in the text"
        );
        match (c.speaker_start, c.speaker_end) {
            (Some(s), Some(e)) => {
                let total = text.chars().count();
                assert!(
                    s < e && e <= total,
                    "claim {i} speaker offsets out of range"
                );
                let mention: String = text.chars().skip(s).take(e - s).collect();
                assert_eq!(
                    Some(mention.as_str()),
                    c.speaker.as_deref(),
                    "claim {i} speaker span"
                );
            }
            (None, None) => {}
            _ => panic!("claim {i} has half a speaker span"),
        }
        if let Some(speaker) = &c.speaker {
            assert!(!speaker.trim().is_empty(), "claim {i} speaker is blank");
        }
        if let Some(cue) = &c.cue {
            assert!(text.contains(cue.as_str()), "claim {i} cue not in the text");
        }
    }
    for (i, a) in claims.iter().enumerate() {
        for b in claims[i + 1..]
            .iter()
            .take_while(|b| b.byte_start < a.byte_end)
        {
            let nested = (a.byte_start <= b.byte_start && b.byte_end <= a.byte_end)
                || (b.byte_start <= a.byte_start && a.byte_end <= b.byte_end);
            assert!(!nested, "claim {:?} nests in {:?}", b.content, a.content);
        }
    }
    for pair in claims.windows(2) {
        assert!(
            (pair[0].byte_start, pair[0].byte_end) <= (pair[1].byte_start, pair[1].byte_end),
            "claims out of text order"
        );
    }
}

/// Runs the whole pipeline on `text` as every language, checking every invariant and
/// that a second run gives the same output.
pub fn check_pipeline(text: &str) {
    for lang in [None, Some(Lang::It), Some(Lang::En)] {
        let article = parse_article(text, lang);
        check_article(text, &article);
        assert_eq!(
            article,
            parse_article(text, lang),
            "parse_article is not deterministic"
        );
        if let Ok(claims) = extract_claims_from(text, &article) {
            check_claims(text, &article, &claims);
            let again = extract_claims_from(text, &article).expect("second run failed");
            assert_eq!(claims, again, "extract_claims is not deterministic");
        }
    }
}
