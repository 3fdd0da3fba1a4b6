//! What the claim rules read from a language's lexicons: cue verbs and their forms,
//! according-to phrases, function words, role nouns, hedges and denials.

// The lexicon's tables are built from our own files and only looked up with words of
// the input, never filled from it: a fast non-keyed hash is safe here (no input can
// make its lookups degrade), and word lookups are a hot spot of the claim rules.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::file::{entries, sections};
use crate::text::fold::fold;

/// Every `grammar.txt` class the claim rules read. A language's file must define them
/// all (a test checks it): a class missing would silently switch a rule off.
pub const GRAMMAR_CLASSES: &[&str] = &[
    "adverb",
    "agent",
    "anaphor",
    "article",
    "attribution_filler",
    "aux",
    "causative",
    "clitic",
    "clitic_suffix",
    "complementizer",
    "conditional_aux",
    "conditional_ending",
    "conjunction",
    "dative",
    "genitive",
    "impersonal",
    "infinitive_ending",
    "infinitive_marker",
    "passive_aux",
    "preposition",
    "relative",
    "reportive_conditional_exclude",
    "subject_relative",
    "subject_stop",
    "subordinator",
];

/// A verb of saying, reporting, confirming, denying, promising or asking.
#[derive(Debug, Clone)]
pub struct CueVerb {
    /// The infinitive.
    pub lemma: String,
    /// The verb denies (`negare`, `smentire`).
    pub deny: bool,
    /// Counts only with a `che` clause (`sostenere che`).
    pub needs_che: bool,
    /// Never takes a bare object as its claim.
    pub no_object: bool,
    /// Attributes only from an aside or next to a quotation (`, continua X,`).
    pub aside: bool,
    /// Only after a form of `fare` (`ha fatto sapere`, `fa presente`), and only as written.
    pub causative: bool,
    /// Counts only with a denial word as its predicate (`ha definito falsa la notizia`).
    pub predicative: bool,
}

/// The grammatical shape of a cue form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormKind {
    /// Indicative present, imperfect, past or future (`dice`, `disse`).
    Finite,
    /// Conditional (`direbbe`): a hedged report.
    Conditional,
    /// Gerund (`dicendo`).
    Gerund,
    /// Past participle (`detto`), used after an auxiliary or as an adjective.
    Participle,
}

/// A cue form: which verb, in which shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CueForm {
    /// Index into [`ClaimLexicon::verbs`].
    pub verb: usize,
    /// The form's shape.
    pub kind: FormKind,
}

/// Everything the claim rules of one language read.
#[derive(Debug, Default)]
pub struct ClaimLexicon {
    /// Cue verbs.
    pub verbs: Vec<CueVerb>,
    /// Folded word form → cue form.
    pub forms: HashMap<String, CueForm>,
    /// Folded noun → whether it denies (`smentita`).
    pub noun_cues: HashMap<String, bool>,
    /// Function-word classes from `grammar.txt`, by section name.
    grammar: HashMap<String, HashSet<String>>,
    /// Multi-word entries of `grammar.txt` (`in seguito`), folded, by section.
    grammar_phrases: HashMap<String, Vec<Vec<String>>>,
    /// According-to phrases with the source after them, as folded word sequences, longest first.
    pub according_after: Vec<Vec<String>>,
    /// According-to phrases that count only opening a sentence (`Per X, …`).
    pub according_opening: Vec<Vec<String>>,
    /// According-to phrases with the source before them (`secondo cui`).
    pub according_before: Vec<Vec<String>>,
    /// Relay phrases (`citato da`).
    pub relay: Vec<Vec<String>>,
    /// Hedge words and phrases.
    pub hedges: Vec<Vec<String>>,
    /// Denial words and phrases.
    pub denials: Vec<Vec<String>>,
    /// Role nouns, folded, as word sequences.
    pub roles: Vec<Vec<String>>,
    /// Folded abbreviations (no sentence ends after them).
    pub abbreviations: Vec<String>,
    /// Common first names, as written.
    pub first_names: HashSet<String>,
    /// Folded word → bits of the [`GRAMMAR_CLASSES`] it belongs to.
    class_masks: HashMap<String, u32>,
    /// First words of the according-to and relay phrases: a token that is none of
    /// these (nor of [`ClaimLexicon::single_phrase_classes`]) starts none of them, which
    /// spares trying each phrase at every token.
    pub phrase_heads: HashSet<String>,
    /// First words of the hedge and denial phrases, to try those lists only where one
    /// may start.
    pub flag_heads: HashSet<String>,
    /// Class bits of the one-word according-to and relay phrases (a final preposition
    /// matches its articulated forms, which share its class).
    pub single_phrase_classes: u32,
}

/// The raw files of one language's claim lexicon.
pub struct ClaimSources {
    pub(crate) conjugation: &'static str,
    pub(crate) cues: &'static str,
    pub(crate) noun_cues: &'static str,
    pub(crate) grammar: &'static str,
    pub(crate) according: &'static str,
    pub(crate) hedges: &'static str,
    pub(crate) denials: &'static str,
    pub(crate) roles: &'static str,
    pub(crate) abbreviations: &'static str,
    pub(crate) first_names: &'static str,
}

fn phrase(s: &str) -> Vec<String> {
    crate::text::tokens::tokenize(s, 0, s.len())
        .iter()
        .map(|t| fold(t.text(s)))
        .collect()
}

fn phrases(src: &str) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = entries(src).map(phrase).filter(|p| !p.is_empty()).collect();
    out.sort_by_key(|p| std::cmp::Reverse(p.len()));
    out
}

/// A class of regular endings (`are`: present=a,ano ...).
struct EndingClass {
    suffix: String,
    tenses: Vec<(String, Vec<String>)>,
}

fn parse_classes(src: &str) -> Vec<EndingClass> {
    entries(src)
        .map(|line| {
            let mut words = line.split_whitespace();
            let suffix = words.next().unwrap_or_default().to_owned();
            let tenses = words
                .filter_map(|w| w.split_once('='))
                .map(|(t, e)| (t.to_owned(), e.split(',').map(str::to_owned).collect()))
                .collect();
            EndingClass { suffix, tenses }
        })
        .collect()
}

fn form_kind(tense: &str) -> Option<FormKind> {
    Some(match tense {
        "present" | "imperfect" | "remote" | "future" => FormKind::Finite,
        "conditional" => FormKind::Conditional,
        "gerund" => FormKind::Gerund,
        "participle" => FormKind::Participle,
        _ => return None,
    })
}

impl ClaimLexicon {
    /// Parses one language's files.
    ///
    /// # Panics
    /// On a malformed line. The files are compiled in and every one is parsed by a
    /// test, so a release never panics here.
    pub fn parse(src: &ClaimSources) -> ClaimLexicon {
        let mut lex = ClaimLexicon::default();
        lex.parse_cues(src.cues, &parse_classes(src.conjugation));
        for line in entries(src.noun_cues) {
            let mut words = line.split_whitespace();
            let noun = fold(words.next().expect("noun cue"));
            lex.noun_cues.insert(noun, words.any(|w| w == "deny"));
        }
        for (section, line) in sections(src.grammar) {
            if line.split_whitespace().count() == 1 {
                lex.grammar
                    .entry(section.to_owned())
                    .or_default()
                    .insert(fold(line));
            } else {
                lex.grammar_phrases
                    .entry(section.to_owned())
                    .or_default()
                    .push(phrase(line));
            }
        }
        for (section, line) in sections(src.according) {
            let list = match section {
                "source_after" => &mut lex.according_after,
                "source_after_opening" => &mut lex.according_opening,
                "source_before" => &mut lex.according_before,
                "relay" => &mut lex.relay,
                other => panic!("according.txt: unknown section [{other}]"),
            };
            list.push(phrase(line));
        }
        for list in [
            &mut lex.according_opening,
            &mut lex.according_after,
            &mut lex.according_before,
            &mut lex.relay,
        ] {
            list.sort_by_key(|p| std::cmp::Reverse(p.len()));
        }
        lex.hedges = phrases(src.hedges);
        lex.denials = phrases(src.denials);
        lex.roles = phrases(src.roles);
        lex.abbreviations = entries(src.abbreviations).map(fold).collect();
        for (bit, class) in GRAMMAR_CLASSES.iter().enumerate() {
            for word in lex.grammar.get(*class).into_iter().flatten() {
                *lex.class_masks.entry(word.clone()).or_default() |= 1 << bit;
            }
        }
        lex.first_names = entries(src.first_names).map(str::to_owned).collect();
        let attribution_phrases = [
            &lex.according_opening,
            &lex.according_after,
            &lex.according_before,
            &lex.relay,
        ];
        lex.flag_heads = lex
            .hedges
            .iter()
            .chain(&lex.denials)
            .map(|p| p[0].clone())
            .collect();
        for phrase in attribution_phrases.into_iter().flatten() {
            lex.phrase_heads.insert(phrase[0].clone());
            if phrase.len() == 1 {
                lex.single_phrase_classes |= lex.class_mask(&phrase[0]);
            }
        }

        lex
    }

    /// Reads `cues.txt`: each verb, its regular forms from the ending classes of
    /// `conjugation.txt` and its irregular forms, which replace a tense's regular ones.
    fn parse_cues(&mut self, src: &str, classes: &[EndingClass]) {
        for line in entries(src) {
            let mut words = line.split_whitespace();
            let lemma = fold(words.next().expect("a cue line starts with its lemma"));
            let mut verb = CueVerb {
                lemma: lemma.clone(),
                deny: false,
                needs_che: false,
                no_object: false,
                aside: false,
                causative: false,
                predicative: false,
            };
            let mut isc = false;
            let mut irregular: HashMap<String, Vec<String>> = HashMap::default();
            for w in words {
                match w.split_once('=') {
                    Some((tense, forms)) => {
                        assert!(
                            form_kind(tense).is_some(),
                            "cues.txt: unknown tense {tense:?} in {line:?}"
                        );
                        irregular.insert(tense.to_owned(), forms.split(',').map(fold).collect());
                    }
                    None => match w {
                        "isc" => isc = true,
                        "deny" => verb.deny = true,
                        "che" => verb.needs_che = true,
                        "noobj" => verb.no_object = true,
                        "aside" => verb.aside = true,
                        "causative" => verb.causative = true,
                        "predicative" => verb.predicative = true,
                        other => panic!("cues.txt: unknown flag {other:?} in {line:?}"),
                    },
                }
            }
            let index = self.verbs.len();
            let causative = verb.causative;
            self.verbs.push(verb);
            if causative {
                // `far sapere`: the word stays as written; `fare` carries the tense.
                self.forms.entry(lemma).or_insert(CueForm {
                    verb: index,
                    kind: FormKind::Finite,
                });
                continue;
            }
            let class = classes
                .iter()
                .filter(|c| !c.suffix.contains('+') && lemma.ends_with(c.suffix.as_str()))
                .max_by_key(|c| c.suffix.len())
                .unwrap_or_else(|| panic!("conjugation.txt has no class for {lemma:?}"));
            let stem = &lemma[..lemma.len() - class.suffix.len()];
            let isc_class = classes
                .iter()
                .find(|c| c.suffix == format!("{}+isc", class.suffix));
            for (tense, endings) in &class.tenses {
                let kind = form_kind(tense).expect("conjugation.txt tenses are known");
                let endings = match isc_class
                    .filter(|_| isc)
                    .and_then(|c| c.tenses.iter().find(|(t, _)| t == tense))
                {
                    Some((_, e)) => e,
                    None => endings,
                };
                if irregular.contains_key(tense) {
                    continue;
                }
                for e in endings {
                    self.forms
                        .entry(format!("{stem}{e}"))
                        .or_insert(CueForm { verb: index, kind });
                }
            }
            for (tense, forms) in irregular {
                let kind = form_kind(&tense).expect("checked above");
                for f in forms {
                    self.forms.entry(f).or_insert(CueForm { verb: index, kind });
                }
            }
        }
    }

    /// Whether the folded `word` is a denial word on its own (`falso`, `infondate`).
    pub fn is_denial_word(&self, word: &str) -> bool {
        self.denials.iter().any(|d| d.len() == 1 && d[0] == word)
    }

    /// Whether the folded `word` ends with an entry of the `grammar.txt` section `class`
    /// (and is longer than it).
    pub fn has_ending(&self, class: &str, word: &str) -> bool {
        self.suffixes(class)
            .any(|e| word.len() > e.len() + 1 && word.ends_with(e))
    }

    /// The entries of the `grammar.txt` section `class`, for suffix tests.
    pub fn suffixes<'a>(&'a self, class: &str) -> impl Iterator<Item = &'a str> {
        self.grammar
            .get(class)
            .into_iter()
            .flatten()
            .map(String::as_str)
    }

    /// Bits of the [`GRAMMAR_CLASSES`] the folded `word` belongs to.
    pub fn class_mask(&self, word: &str) -> u32 {
        self.class_masks.get(word).copied().unwrap_or(0)
    }

    /// Whether the folded `word` is in the `grammar.txt` section `class`.
    pub fn is(&self, class: &str, word: &str) -> bool {
        self.grammar.get(class).is_some_and(|s| s.contains(word))
    }

    /// Length in words of a multi-word `grammar.txt` entry of `class` starting at `words[0]`.
    pub fn phrase_len<S: AsRef<str>>(&self, class: &str, words: &[S]) -> usize {
        if words.first().is_some_and(|w| self.is(class, w.as_ref())) {
            return 1;
        }
        self.grammar_phrases
            .get(class)
            .and_then(|list| list.iter().find(|p| starts_with(words, p)))
            .map_or(0, Vec::len)
    }

    /// Whether the folded `word` is a conditional verb form (`dovrebbe`).
    pub fn is_conditional(&self, word: &str) -> bool {
        self.has_ending("conditional_ending", word)
    }
}

/// Whether the folded `words` start with `phrase`.
pub fn starts_with<S: AsRef<str>>(words: &[S], phrase: &[String]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(w, p)| w.as_ref() == p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_fit_a_token_mask() {
        assert!(GRAMMAR_CLASSES.len() <= 32);
    }

    #[test]
    fn grammar_defines_every_class_the_rules_read() {
        for &lang in crate::Lang::ALL {
            let Some(lex) = crate::lexicon::claim_lexicon(lang) else {
                continue;
            };
            for class in GRAMMAR_CLASSES {
                assert!(
                    lex.grammar.contains_key(*class),
                    "{lang:?}: grammar.txt has no [{class}]"
                );
            }
        }
    }

    #[test]
    fn conjugates_regular_and_irregular_verbs() {
        let lex =
            crate::lexicon::claim_lexicon(crate::Lang::It).expect("Italian has claim lexicons");
        let verb_of = |form: &str| {
            lex.forms
                .get(form)
                .map(|f| (lex.verbs[f.verb].lemma.as_str(), f.kind))
        };
        assert_eq!(verb_of("afferma"), Some(("affermare", FormKind::Finite)));
        assert_eq!(
            verb_of("affermato"),
            Some(("affermare", FormKind::Participle))
        );
        assert_eq!(verb_of("riferisce"), Some(("riferire", FormKind::Finite)));
        assert_eq!(
            verb_of("riferito"),
            Some(("riferire", FormKind::Participle))
        );
        assert_eq!(verb_of("detto"), Some(("dire", FormKind::Participle)));
        assert_eq!(verb_of("direbbe"), Some(("dire", FormKind::Conditional)));
        assert_eq!(verb_of("replicherà"), Some(("replicare", FormKind::Finite)));
        assert_eq!(verb_of("annuncerà"), Some(("annunciare", FormKind::Finite)));
        assert_eq!(verb_of("negate"), Some(("negare", FormKind::Participle)));
        assert_eq!(verb_of("smentisce"), Some(("smentire", FormKind::Finite)));
        assert_eq!(verb_of("de"), None);
        assert!(lex.verbs[lex.forms["nega"].verb].deny);
        assert!(lex.is("aux", "ha") && lex.is("article", "l'"));
        assert_eq!(lex.phrase_len("adverb", &["in", "seguito", "ha"]), 2);
        assert!(lex.is_conditional("dovrebbe") && !lex.is_conditional("rebbe"));
        assert!(!lex.according_after.is_empty() && !lex.hedges.is_empty() && !lex.roles.is_empty());
    }
}
