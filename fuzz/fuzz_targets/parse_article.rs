//! parse_article on any bytes (read as UTF-8, invalid sequences replaced): no panic,
//! every block indexes the input exactly, nothing but whitespace is left out, and a
//! second run gives the same article.
#![no_main]

#[path = "../../tests/common/mod.rs"]
mod common;

use libfuzzer_sys::fuzz_target;
use newsclaims::{parse_article, Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [None, Some(Lang::It), Some(Lang::En)] {
        let article = parse_article(&text, lang);
        common::check_article(&text, &article);
        assert_eq!(article, parse_article(&text, lang), "not deterministic");
    }
});
