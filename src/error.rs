//! The one error type of the core.

use std::fmt;

/// Something the caller asked for that the library cannot do.
///
/// Parsing itself never fails: any text gives an article. Errors come from options
/// and from languages without claim rules.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A language code with no lexicons (`lang="fr"`).
    UnknownLanguage(String),
    /// A language whose claim rules have not been written yet.
    NoClaimRules(crate::Lang),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownLanguage(code) => write!(
                f,
                "unknown language {code:?}: supported languages are {}",
                crate::Lang::ALL
                    .iter()
                    .map(|l| format!("{:?}", l.code()))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            Error::NoClaimRules(lang) => write!(
                f,
                "claim extraction for {:?} is not available yet (its lexicons/{}/ claim files are not written); parse_article works for it",
                lang.code(),
                lang.code()
            ),
        }
    }
}

impl std::error::Error for Error {}
