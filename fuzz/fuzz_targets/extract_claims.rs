//! extract_claims (Italian rules) on any bytes (read as UTF-8, invalid sequences
//! replaced): no panic, every claim and speaker offset indexes the input exactly, and a
//! second run gives the same claims.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use newsclaims::{extract_claims_from, parse_article, Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let article = parse_article(&text, Some(Lang::It));
    let claims = extract_claims_from(&text, &article).expect("Italian has claim rules");
    common::check_claims(&text, &article, &claims);
    assert_eq!(
        claims,
        extract_claims_from(&text, &article).expect("second run"),
        "not deterministic"
    );
});
