//! Languages the lexicons cover, and detecting which one a text is in.

use std::str::FromStr;

use crate::lexicon::stopwords;
use crate::text::fold::fold_cow;
use crate::Error;

/// A language with its own lexicon files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Italian (`lexicons/it`).
    It,
    /// English (`lexicons/en`).
    En,
}

impl Lang {
    /// Every supported language; the first is the default when detection has no evidence.
    pub const ALL: &'static [Lang] = &[Lang::It, Lang::En];

    /// ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::It => "it",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = Error;

    fn from_str(code: &str) -> Result<Self, Error> {
        let folded = code.trim().to_ascii_lowercase();
        Lang::ALL
            .iter()
            .copied()
            .find(|l| l.code() == folded)
            .ok_or_else(|| Error::UnknownLanguage(code.to_owned()))
    }
}

/// Words read to detect the language; the opening of an article is enough.
const DETECTION_WORDS: usize = 600;

/// The language of `text` by counting each language's stopwords in its opening words.
pub fn detect_language(text: &str) -> Lang {
    // Stopwords are short: a longer ASCII word (folding keeps ASCII lengths) is none of
    // them, and is neither folded nor looked up.
    let longest = Lang::ALL
        .iter()
        .flat_map(|&l| stopwords(l))
        .map(String::len)
        .max()
        .unwrap_or(0);
    let mut hits = [0usize; Lang::ALL.len()];
    for word in text.split_whitespace().take(DETECTION_WORDS) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() || (word.len() > longest && word.is_ascii()) {
            continue;
        }
        let folded = fold_cow(word);
        for (n, &lang) in Lang::ALL.iter().enumerate() {
            hits[n] += usize::from(stopwords(lang).contains(folded.as_ref()));
        }
    }
    let mut best = (0usize, Lang::ALL[0]);
    for (n, &lang) in Lang::ALL.iter().enumerate() {
        if hits[n] > best.0 {
            best = (hits[n], lang);
        }
    }
    best.1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(
            detect_language("Il governo ha detto che la riforma è pronta."),
            Lang::It
        );
        assert_eq!(
            detect_language("The minister said that the bill was ready."),
            Lang::En
        );
        assert_eq!(detect_language(""), Lang::It);
    }

    #[test]
    fn parses_codes() {
        assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
        assert!(matches!(
            "fr".parse::<Lang>(),
            Err(Error::UnknownLanguage(_))
        ));
    }
}
