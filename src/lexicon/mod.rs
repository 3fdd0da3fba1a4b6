//! The per-language data files (`lexicons/<lang>/*.txt`), embedded at build time and
//! parsed once.
//!
//! Article parsing reads the entries of every language together (scraped pages mix
//! languages in their boilerplate and datelines); claim extraction reads one language.

pub mod claims;
mod file;

use std::collections::HashMap;

use rustc_hash::FxHashSet;

use std::sync::LazyLock;

pub use file::{entries, sections};

use crate::Lang;

/// The raw text of one language's files.
struct Sources {
    boilerplate: &'static str,
    months: &'static str,
    weekdays: &'static str,
    sections: &'static str,
    byline: &'static str,
    stopwords: &'static str,
}

const ITALIAN: Sources = Sources {
    boilerplate: include_str!("../../lexicons/it/boilerplate.txt"),
    months: include_str!("../../lexicons/it/months.txt"),
    weekdays: include_str!("../../lexicons/it/weekdays.txt"),
    sections: include_str!("../../lexicons/it/sections.txt"),
    byline: include_str!("../../lexicons/it/byline.txt"),
    stopwords: include_str!("../../lexicons/it/stopwords.txt"),
};

const ENGLISH: Sources = Sources {
    boilerplate: include_str!("../../lexicons/en/boilerplate.txt"),
    months: include_str!("../../lexicons/en/months.txt"),
    weekdays: include_str!("../../lexicons/en/weekdays.txt"),
    sections: include_str!("../../lexicons/en/sections.txt"),
    byline: include_str!("../../lexicons/en/byline.txt"),
    stopwords: include_str!("../../lexicons/en/stopwords.txt"),
};

fn sources(lang: Lang) -> &'static Sources {
    match lang {
        Lang::It => &ITALIAN,
        Lang::En => &ENGLISH,
    }
}

/// How a boilerplate phrase must sit in a block to count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhraseMatch {
    /// The whole block is the phrase.
    Whole,
    /// The block starts with the phrase.
    Prefix,
    /// The block contains the phrase anywhere.
    Contains,
}

/// One boilerplate phrase (folded) with its family.
#[derive(Debug, Clone)]
pub struct BoilerplatePhrase {
    /// Folded phrase (see [`crate::text::fold::fold`]).
    pub phrase: String,
    /// The family reported as the removal reason (`paywall`, `related`, ...).
    pub reason: String,
    /// Where the phrase must sit.
    pub how: PhraseMatch,
}

/// What the article parser needs from the lexicons, all languages merged.
#[derive(Debug)]
pub struct ArticleLexicon {
    /// Boilerplate phrases.
    pub boilerplate: Vec<BoilerplatePhrase>,
    /// Folded month name or abbreviation → month number.
    pub months: HashMap<String, u8>,
    /// Folded weekday names and abbreviations.
    pub weekdays: Vec<String>,
    /// Folded section labels.
    pub sections: Vec<String>,
    /// Folded words that introduce an author (`di`, `by`), longest first.
    pub author_prefixes: Vec<String>,
    /// Folded words that introduce a date (`pubblicato il`), longest first.
    pub date_prefixes: Vec<String>,
    /// Lower-case words allowed inside names (`de`, `van`).
    pub name_particles: Vec<String>,
    /// Words that mark an author bio.
    pub bio_words: Vec<String>,
    /// Words joining names in a byline (`Mario Rossi e Luca Bianchi`).
    pub name_conjunctions: Vec<String>,
    /// Words that open an author bio after the name (`Daniele Bianchi è …`).
    pub bio_verbs: Vec<String>,
}

/// The merged article lexicon, parsed on first use.
pub fn article_lexicon() -> &'static ArticleLexicon {
    static LEXICON: LazyLock<ArticleLexicon> = LazyLock::new(|| build_article_lexicon(Lang::ALL));
    &LEXICON
}

fn build_article_lexicon(langs: &[Lang]) -> ArticleLexicon {
    let mut lex = ArticleLexicon {
        boilerplate: Vec::new(),
        months: HashMap::new(),
        weekdays: Vec::new(),
        sections: Vec::new(),
        author_prefixes: Vec::new(),
        date_prefixes: Vec::new(),
        name_particles: Vec::new(),
        bio_words: Vec::new(),
        name_conjunctions: Vec::new(),
        bio_verbs: Vec::new(),
    };
    for &lang in langs {
        let src = sources(lang);
        for (reason, line) in sections(src.boilerplate) {
            let (how, phrase) = match line.split_once(' ') {
                Some(("=", p)) => (PhraseMatch::Whole, p),
                Some(("^", p)) => (PhraseMatch::Prefix, p),
                Some(("~", p)) => (PhraseMatch::Contains, p),
                _ => panic!(
                    "lexicons/{}/boilerplate.txt: bad line {line:?}",
                    lang.code()
                ),
            };
            lex.boilerplate.push(BoilerplatePhrase {
                phrase: crate::text::fold::fold(phrase),
                reason: reason.to_owned(),
                how,
            });
        }
        for line in entries(src.months) {
            let (name, number) = line
                .rsplit_once(' ')
                .and_then(|(n, m)| Some((n, m.parse::<u8>().ok()?)))
                .unwrap_or_else(|| {
                    panic!("lexicons/{}/months.txt: bad line {line:?}", lang.code())
                });
            lex.months.insert(crate::text::fold::fold(name), number);
        }
        lex.weekdays
            .extend(entries(src.weekdays).map(crate::text::fold::fold));
        lex.sections
            .extend(entries(src.sections).map(crate::text::fold::fold));
        for (section, line) in sections(src.byline) {
            let list = match section {
                "author_prefix" => &mut lex.author_prefixes,
                "date_prefix" => &mut lex.date_prefixes,
                "name_particle" => &mut lex.name_particles,
                "bio_word" => &mut lex.bio_words,
                "name_conjunction" => &mut lex.name_conjunctions,
                "bio_verb" => &mut lex.bio_verbs,
                other => panic!(
                    "lexicons/{}/byline.txt: unknown section [{other}]",
                    lang.code()
                ),
            };
            list.push(crate::text::fold::fold(line));
        }
    }
    // Longest first, so that `a cura di` is tried before `di`.
    for list in [&mut lex.author_prefixes, &mut lex.date_prefixes] {
        list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        list.dedup();
    }
    lex
}

const ITALIAN_CLAIMS: claims::ClaimSources = claims::ClaimSources {
    conjugation: include_str!("../../lexicons/it/conjugation.txt"),
    cues: include_str!("../../lexicons/it/cues.txt"),
    noun_cues: include_str!("../../lexicons/it/noun_cues.txt"),
    grammar: include_str!("../../lexicons/it/grammar.txt"),
    according: include_str!("../../lexicons/it/according.txt"),
    hedges: include_str!("../../lexicons/it/hedges.txt"),
    denials: include_str!("../../lexicons/it/denials.txt"),
    roles: include_str!("../../lexicons/it/roles.txt"),
    abbreviations: include_str!("../../lexicons/it/abbreviations.txt"),
    first_names: include_str!("../../lexicons/it/first_names.txt"),
};

/// The claim lexicon of `lang`, parsed on first use; `None` for a language whose claim
/// files have not been written yet.
pub fn claim_lexicon(lang: Lang) -> Option<&'static claims::ClaimLexicon> {
    static IT: LazyLock<claims::ClaimLexicon> =
        LazyLock::new(|| claims::ClaimLexicon::parse(&ITALIAN_CLAIMS));
    match lang {
        Lang::It => Some(&IT),
        Lang::En => None,
    }
}

/// Folded stopwords of `lang`, for language detection.
pub fn stopwords(lang: Lang) -> &'static FxHashSet<String> {
    static IT: LazyLock<FxHashSet<String>> = LazyLock::new(|| words_of(ITALIAN.stopwords));
    static EN: LazyLock<FxHashSet<String>> = LazyLock::new(|| words_of(ENGLISH.stopwords));
    match lang {
        Lang::It => &IT,
        Lang::En => &EN,
    }
}

fn words_of(src: &str) -> FxHashSet<String> {
    entries(src).map(crate::text::fold::fold).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses() {
        for &lang in Lang::ALL {
            let lex = build_article_lexicon(&[lang]);
            assert!(lex.boilerplate.len() > 20, "{lang:?}");
            assert_eq!(
                lex.months
                    .values()
                    .copied()
                    .collect::<std::collections::BTreeSet<_>>()
                    .len(),
                12
            );
            assert!(!lex.weekdays.is_empty() && !lex.sections.is_empty());
            assert!(!lex.author_prefixes.is_empty() && !lex.date_prefixes.is_empty());
            assert!(stopwords(lang).len() > 20);
        }
    }

    #[test]
    fn merged_lexicon_knows_both_languages() {
        let lex = article_lexicon();
        assert_eq!(lex.months.get("set"), Some(&9));
        assert_eq!(lex.months.get("september"), Some(&9));
        assert!(lex.author_prefixes.iter().any(|p| p == "by"));
        let pos = |p: &str| lex.author_prefixes.iter().position(|x| x == p);
        assert!(pos("a cura di") < pos("di"));
    }
}
