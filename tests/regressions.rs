//! Inputs that once broke an invariant, kept so that they never break it again: the
//! files of `tests/fuzz_regressions/` (crashes found by fuzzing or property tests) go
//! through every check, and the named cases below pin the behaviour that was wrong.

mod common;

use newsclaims::{extract_claims, Lang};

#[test]
fn saved_inputs_keep_every_invariant() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz_regressions");
    let mut count = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fuzz_regressions") {
        let path = entry.expect("entry").path();
        if path.extension().is_some_and(|e| e == "md") {
            continue;
        }
        let bytes = std::fs::read(&path).expect("readable");
        common::check_pipeline(&String::from_utf8_lossy(&bytes));
        count += 1;
    }
    assert!(count > 0, "no saved inputs in {dir}");
}

/// Found by the property tests: a role shared by two mentions of one name (`il
/// presidente` of two phrases naming Mario Rossi) resolved to whichever mention a
/// `HashMap` walked first, so the speaker offsets changed from run to run. The first
/// mention is the one to give, every time.
#[test]
fn role_prefix_resolves_to_the_first_mention_every_time() {
    let text = "Il presidente della cooperativa Mario Rossi era in aula. Poi il presidente del \
                circolo Mario Rossi ha parlato.\n\nIl presidente ha detto che la riforma è pronta.";
    let first = text.find("Mario Rossi").expect("name");
    for _ in 0..20 {
        let claims = extract_claims(text, Some(Lang::It)).expect("Italian");
        assert_eq!(claims.len(), 1);
        assert_eq!(claims[0].speaker.as_deref(), Some("Mario Rossi"));
        assert_eq!(claims[0].speaker_start, Some(first));
    }
}
