//! Finding cue verbs in a paragraph: simple forms (`dice`, `riferiscono`), compound
//! tenses with adverbs between (`ha poi aggiunto`, `avrebbe affermato`), passives
//! (`sono state negate`, `è stato smentito`) and participles with an agent
//! (`riportata dal New York Times`).

use super::para::Para;
use crate::lexicon::claims::FormKind;

/// A cue verb occurrence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    /// First token (the auxiliary of a compound tense).
    pub start: usize,
    /// Token past the verb.
    pub end: usize,
    /// Index of the verb in the lexicon.
    pub verb: usize,
    /// A passive: the source is the agent (`da ...`), the claim its subject.
    pub passive: bool,
    /// Conditional (`direbbe`, `avrebbe detto`): the report is hedged.
    pub hedged: bool,
    /// A participle used as an adjective, with an agent after it.
    pub adjectival: bool,
    /// Preceded by a pronoun pointing back (`Lo riferiscono`, `l'ha detto`).
    pub anaphor: bool,
    /// A gerund (`spiegando che`): its subject is the main verb's.
    pub gerund: bool,
    /// A compound past (`ha detto`, `aveva annunciato`), not conditional.
    pub past: bool,
}

/// Every cue of the paragraph, in order (cues inside quotations included; callers decide).
pub fn find_cues(p: &Para) -> Vec<Cue> {
    let mut out = Vec::new();
    for i in 0..p.len() {
        let Some(form) = p.lex.forms.get(p.w(i)) else {
            continue;
        };
        // An article or preposition before it makes it a noun (`la conferma`, `il detto`);
        // `lo`, `l'` before a verb form are pronouns (`Lo riferiscono`, `l'ha detto`).
        let noun = i > 0
            && ((p.is("article", i - 1) && !p.is("anaphor", i - 1)) || p.is("preposition", i - 1));
        if noun {
            continue;
        }
        if p.lex.verbs[form.verb].causative {
            if let Some(cue) = causative_cue(p, i, form.verb) {
                out.push(cue);
            }
            continue;
        }
        let mut cue = Cue {
            start: i,
            end: i + 1,
            verb: form.verb,
            passive: false,
            hedged: form.kind == FormKind::Conditional,
            adjectival: false,
            anaphor: false,
            gerund: form.kind == FormKind::Gerund,
            past: false,
        };
        match form.kind {
            FormKind::Participle => {
                let mut j = i;
                let mut has_aux = false;
                while let Some(k) = j.checked_sub(1).and_then(|k| p.skip_back(k, &["adverb"])) {
                    if !p.is("aux", k) {
                        break;
                    }
                    has_aux = true;
                    cue.passive |= p.is("passive_aux", k);
                    cue.hedged |= p.is("conditional_aux", k);
                    j = k;
                }
                if has_aux {
                    cue.start = j;
                    cue.past = !cue.hedged && !cue.passive;
                    // `si è detto` is reflexive, not passive.
                    if j > 0 && p.is("impersonal", j - 1) {
                        cue.passive = false;
                    }
                } else if p.is("agent", p.skip_adverbs(i + 1)) {
                    cue.adjectival = true;
                } else if p.follows_quote(i).is_none() {
                    // Only `”, firmato Danilo Toninelli` keeps a bare participle.
                    continue;
                }
            }
            FormKind::Finite | FormKind::Conditional | FormKind::Gerund => {}
        }
        cue.anaphor = cue.start > 0 && p.is("anaphor", cue.start - 1);
        // `si chiede`, `si dice`: impersonal, nobody in particular says it; but
        // `«…», si legge in una nota dell'azienda` names its source after it.
        if cue.start > 0
            && p.is("impersonal", cue.start - 1)
            && p.follows_quote(cue.start - 1).is_none()
        {
            continue;
        }
        out.push(cue);
    }
    out
}

/// `ha fatto sapere`, `fa presente`: a form of `fare` (with its auxiliary) before the
/// causative word at `i`.
fn causative_cue(p: &Para, i: usize, verb: usize) -> Option<Cue> {
    let fare = i.checked_sub(1).filter(|&k| p.is("causative", k))?;
    let mut start = fare;
    let mut past = false;
    let mut hedged = p.lex.is_conditional(p.w(fare));
    if let Some(aux) = fare
        .checked_sub(1)
        .and_then(|k| p.skip_back(k, &["adverb"]))
    {
        if p.is("aux", aux) {
            start = aux;
            hedged |= p.is("conditional_aux", aux);
            past = !hedged;
        }
    }
    Some(Cue {
        start,
        end: i + 1,
        verb,
        passive: false,
        hedged,
        adjectival: false,
        anaphor: start > 0 && p.is("anaphor", start - 1),
        gerund: false,
        past,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::claim_lexicon;
    use crate::Lang;

    fn cues(text: &str) -> Vec<(String, bool, bool, bool)> {
        let lex = claim_lexicon(Lang::It).unwrap();
        let p = Para::new(text, 0, text.len(), lex);
        find_cues(&p)
            .iter()
            .map(|c| {
                let (a, b) = p.span(c.start, c.end);
                (text[a..b].to_owned(), c.passive, c.hedged, c.adjectival)
            })
            .collect()
    }

    #[test]
    fn finds_simple_compound_passive_and_adjectival_cues() {
        assert_eq!(
            cues("Il ministro ha poi aggiunto che"),
            [("ha poi aggiunto".to_owned(), false, false, false)]
        );
        assert_eq!(
            cues("Kim avrebbe affermato di"),
            [("avrebbe affermato".to_owned(), false, true, false)]
        );
        assert_eq!(
            cues("Le accuse sono state negate da tutti"),
            [("sono state negate".to_owned(), true, false, false)]
        );
        assert_eq!(
            cues("la notizia, riportata dal giornale, che"),
            [("riportata".to_owned(), false, false, true)]
        );
        assert_eq!(
            cues("La Casa Bianca conferma"),
            [("conferma".to_owned(), false, false, false)]
        );
        assert!(cues("la conferma è arrivata, un detto antico").is_empty());
        assert_eq!(
            cues("La Regione ha fatto sapere che"),
            [("ha fatto sapere".to_owned(), false, false, false)]
        );
        assert!(cues("Vuole sapere che cosa è successo").is_empty());
        assert!(cues("il testo riportato qui").is_empty());
    }
}
