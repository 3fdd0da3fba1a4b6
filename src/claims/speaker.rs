//! Sources: the noun phrase of a cue's subject, the most specific name inside it, and
//! the article's alias table (a role or a surname resolving to the full name the
//! article introduced).

use std::collections::HashMap;

use super::para::Para;
use crate::text::fold::fold;

/// Longest source noun phrase, in tokens.
const MAX_NP_TOKENS: usize = 14;
/// Longest adjunct between a cue and the name after it, in tokens.
const MAX_ADJUNCT_TOKENS: usize = 6;
/// Longest name in quotation marks inside a source phrase (`“Un’altra Sutri”`), in words.
const MAX_QUOTED_NAME_WORDS: usize = 4;

/// A resolved source: its text and where that text stands in the input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Speaker {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

impl Para<'_> {
    /// The subject noun phrase ending right before token `i` (a cue), as a token range.
    pub fn np_before(&self, i: usize) -> Option<(usize, usize)> {
        let j = self.skip_adverbs_back(i.checked_sub(1)?)?;
        if self.is("subject_relative", j) {
            // `Kim che ha affermato`: the source is what `che` stands for.
            let mut k = j.checked_sub(1)?;
            if self.is_punct(k, &[","]) {
                k = k.checked_sub(1)?;
            }
            return self.np_ending_at(k);
        }
        if let Some((q, false)) = self.quote_mark(j) {
            // `l’associazione “Un’altra Sutri” chiede`: a name in quotes ends the phrase.
            let quote = self.quotes[q];
            // Counting stops past the limit: a long quotation is not walked to its end.
            let long = self.text[quote.inner_start..quote.inner_end]
                .split_whitespace()
                .nth(MAX_QUOTED_NAME_WORDS)
                .is_some();
            let open = self.quote_open_token(q)?;
            let inner = self.text[quote.inner_start..quote.inner_end].trim_end();
            let utterance = inner.ends_with([',', '.', '!', '?', ';', ':']);
            if long || utterance || open == 0 || !self.is_word(open - 1) {
                return None;
            }
            let a = open
                .checked_sub(1)
                .and_then(|k| self.np_ending_at(k))
                .map_or(open, |(a, _)| a);
            return Some((a, j + 1));
        }
        if self.is_punct(j, &[","]) {
            // `Adrienne Watson, portavoce del Consiglio, ha riconosciuto`: the phrase
            // before the apposition between commas, unless the apposition is the name
            // (`Il portavoce di Trump, Sean Spicer, smentisce`).
            let (first, _) = self.sentence_tokens(self.sentence_of[j]);
            let k = (first..j)
                .rev()
                .take(MAX_NP_TOKENS)
                .find(|&k| self.is_clause_boundary(k))?;
            if !self.is_punct(k, &[","]) || k == first {
                return None;
            }
            if j - k > 2 && (k + 1..j).all(|x| self.is_capitalised(x)) {
                return Some((k + 1, j));
            }
            return self.np_ending_at(k - 1);
        }
        if self.is("conjunction", j) {
            // `il leader che ha sostenuto … e ha augurato`: the subject of the verb the
            // conjunction joins this one to.
            let (first, _) = self.sentence_tokens(self.sentence_of[j]);
            let k = (first..j)
                .rev()
                .find(|&k| self.is("subject_relative", k) && self.in_quote[k].is_none())?;
            return self.np_ending_at(k.checked_sub(1)?);
        }
        let (a, b) = self.np_ending_at(j)?;
        // `Sean Spicer, prossimo portavoce di Trump, ha affermato`: a name before the
        // comma that opens this phrase is the source it describes.
        if a >= 3 && self.is_punct(a - 1, &[","]) {
            let mut r = a - 1;
            while r > 0
                && self.is_capitalised(r - 1)
                && self.sentence_of[r - 1] == self.sentence_of[a]
            {
                r -= 1;
            }
            if a - 1 - r >= 2 && (r == 0 || !self.is_capitalised(r - 1)) {
                return Some((r, a - 1));
            }
        }
        Some((a, b))
    }

    /// The noun phrase whose last token is `b`.
    pub fn np_ending_at(&self, b: usize) -> Option<(usize, usize)> {
        let sentence = self.sentence_of[b];
        let mut a = b;
        if !self.is_word(b) || self.is("conjunction", b) || self.is("complementizer", b) {
            return None;
        }
        while a > 0 && b - a + 1 < MAX_NP_TOKENS {
            let k = a - 1;
            if self.sentence_of[k] != sentence
                || !self.is_word(k)
                || self.is("conjunction", k)
                || self.is("complementizer", k)
                || self.lex.forms.contains_key(self.w(k))
            {
                break;
            }
            a = k;
        }
        // The phrase starts at the last place where a new noun phrase can open: an
        // article or a capital not governed by a preposition or an article.
        let opens = |q: usize| {
            let starter = self.is("article", q) || self.is_capitalised(q);
            let governed = q > a
                && (self.is("preposition", q - 1)
                    || self.is("article", q - 1)
                    || (self.is_capitalised(q - 1) && self.is_capitalised(q)));
            starter && !governed
        };
        // A capital after a prepositional phrase names that phrase's noun
        // (`I medici dell'ospedale San Carlo`), not a new subject; an article does open one.
        let mut start = a;
        for q in a..=b {
            let in_phrase = (start..q).any(|k| self.is("preposition", k) && !self.is("article", k));
            if opens(q) && (self.is("article", q) || !in_phrase) {
                start = q;
            }
        }
        let start = self.skip_adverbs(start).min(b);
        Some((start, b + 1))
    }

    /// The subject noun phrase starting at token `i` (after an inverted cue), with an
    /// apposition name after a comma (`la portavoce del Consiglio, Adrienne Watson`).
    pub fn np_after(&self, i: usize) -> Option<(usize, usize)> {
        let mut a = self.skip_adverbs(i);
        if a < self.len() && self.is("preposition", a) && !self.is("article", a) {
            // `scrive senza giri di parole Spicer in un tweet`: an adjunct before the name.
            a = (a + 1..self.len().min(a + MAX_ADJUNCT_TOKENS))
                .take_while(|&k| self.is_word(k))
                .find(|&k| self.is_capitalised(k))?;
        }
        if a >= self.len() || !self.is_word(a) || self.starts_non_subject(a) {
            return None;
        }
        let sentence = self.sentence_of[a];
        let mut b = a;
        while b < self.len() && b - a < MAX_NP_TOKENS && self.sentence_of[b] == sentence {
            let w = self.w(b);
            // A preposition ends the phrase, unless a name follows soon
            // (`il ministro per il Sud Beppe Provenzano`).
            let name_follows = (b + 1..self.len().min(b + 5))
                .any(|k| self.is_capitalised(k) && self.is_capitalised(k + 1));
            // A capitalised preposition is part of a name (`Al Bano`, `La Morgia`).
            let in_name = self.is_capitalised(b) && b > a;
            let stops = !self.is_word(b)
                || (b > a
                    && self.starts_non_subject(b)
                    && !self.is("genitive", b)
                    && !name_follows
                    && !in_name)
                || self.lex.forms.contains_key(w)
                || (b > a && self.is("conjunction", b));
            if stops {
                break;
            }
            b += 1;
        }
        if b == a {
            return None;
        }
        // `, Adrienne Watson` right after the phrase names the person.
        if self.is_punct(b, &[","]) {
            let mut e = b + 1;
            while e < self.len() && self.is_capitalised(e) && self.sentence_of[e] == sentence {
                e += 1;
            }
            if e - (b + 1) >= 2 && (e >= self.len() || self.is_clause_boundary(e)) {
                b = e;
            }
        }
        Some((a, b))
    }

    /// A word that cannot open a subject after a cue: a preposition (not an article),
    /// `che`, `di`, a gerund of the cue's kind.
    fn starts_non_subject(&self, i: usize) -> bool {
        (self.is("preposition", i) && !self.is("article", i))
            || self.is("complementizer", i)
            || self.is("subject_stop", i)
            || self.lex.forms.contains_key(self.w(i))
            || self.starts_relay(i)
    }

    /// Whether a relay phrase (`citato dall'agenzia`) starts at token `i`: the outlet
    /// relaying a source's words is kept apart from the source.
    fn starts_relay(&self, i: usize) -> bool {
        self.may_start_attribution_phrase(i)
            && self
                .lex
                .relay
                .iter()
                .any(|phrase| self.matches_phrase(i, phrase))
    }

    /// The most specific source inside the noun phrase `[a, b)`: the agent of a
    /// participle (`indiscrezioni ricevute dal New York Times`), else a name in
    /// apposition at its end (`il leader nordcoreano Kim Jong Un`), else the phrase
    /// without its leading article.
    pub fn specific(&self, a: usize, b: usize) -> (usize, usize) {
        let mut a = a;
        while a + 1 < b
            && (self.is("article", a)
                || self.is("conjunction", a)
                || self.is("adverb", a)
                || self.is_punct(a, &[","]))
        {
            a += 1;
        }
        if let Some((q, false)) = self.quote_mark(b - 1) {
            // A name in quotation marks closing the phrase is the name.
            if let Some(o) = self
                .quote_open_token(q)
                .filter(|&o| o >= a && o + 1 < b - 1)
            {
                return (o + 1, b - 1);
            }
        }
        let mut b = b;
        while b > a + 1
            && (!self.is_word(b - 1) || self.is("preposition", b - 1) || self.is("article", b - 1))
        {
            b -= 1;
        }
        if let Some(k) = (a + 1..b).find(|&k| self.is("agent", k) && !self.is("article", k)) {
            if k + 1 < b {
                return self.specific(k + 1, b);
            }
        }
        let mut r = b;
        while r > a && self.is_capitalised(r - 1) {
            r -= 1;
        }
        if r > a && b - r >= 2 {
            let before = r - 1;
            // Inside a prepositional phrase a run of capitals names that phrase's noun
            // (`I medici dell'ospedale San Carlo`) unless it opens with a first name
            // (`il ministro della Difesa russo Sergej Shoigu`).
            let in_phrase = (a..r).any(|k| self.is("preposition", k) && !self.is("article", k));
            let person = self.lex.first_names.contains(self.raw(r));
            let apposition = self.is_punct(before, &[","])
                || (self.is_word(before)
                    && !self.is_capitalised(before)
                    && !self.is("preposition", before)
                    && !self.is("article", before)
                    && (!in_phrase || person));
            if apposition {
                return (r, b);
            }
        }
        (a, b)
    }
}

/// Roles and surnames the article itself ties to full names.
#[derive(Debug, Default)]
pub struct Aliases {
    /// Folded role phrase (`presidente russo`) → the name's byte span.
    roles: HashMap<String, (usize, usize)>,
    /// Last word of a full name (two or more capitalised words) → the first such
    /// name's byte span.
    surnames: HashMap<String, (usize, usize)>,
    /// Each proper word prefix of a role phrase (`presidente` of `presidente della
    /// cooperativa`) → the name it stands for, or `None` when roles sharing that prefix
    /// belong to different names. Built while learning, so that resolving a prefix is
    /// one lookup rather than a walk over every role.
    role_prefixes: HashMap<String, Option<(usize, usize)>>,
}

impl Aliases {
    /// Reads names and `role Name` / `Name, role,` pairs from a paragraph.
    pub fn learn(&mut self, p: &Para) {
        let mut i = 0;
        while i < p.len() {
            if !p.is_capitalised(i) || p.in_quote[i].is_some() {
                i += 1;
                continue;
            }
            let mut e = i;
            while e < p.len() && p.is_capitalised(e) {
                e += 1;
            }
            if e - i >= 2 {
                let (s, t) = p.span(i, e);
                self.surnames
                    .entry(p.raw(e - 1).to_owned())
                    .or_insert((s, t));
                for role in [role_before(p, i), role_after(p, e)].into_iter().flatten() {
                    self.add_role(p, role, (s, t));
                }
            }
            i = e.max(i + 1);
        }
    }

    /// Records that the role phrase `role` names the person at `span` (the first
    /// person given a role keeps it), and files the role under each of its prefixes.
    fn add_role(&mut self, p: &Para, role: String, span: (usize, usize)) {
        if self.roles.contains_key(&role) {
            return;
        }
        let name = |span: (usize, usize)| &p.text[span.0..span.1];
        for (cut, _) in role.match_indices(' ') {
            self.role_prefixes
                .entry(role[..cut].to_owned())
                .and_modify(|known| {
                    if known.is_some_and(|k| name(k) != name(span)) {
                        *known = None;
                    }
                })
                .or_insert(Some(span));
        }
        self.roles.insert(role, span);
    }

    /// The full name behind the phrase `[a, b)` of `p`, when the article gave one.
    pub fn resolve(&self, p: &Para, a: usize, b: usize) -> Option<(usize, usize)> {
        let words: Vec<&str> = (a..b)
            .filter(|&k| !p.is("article", k))
            .map(|k| p.w(k))
            .collect();
        if b - a == 1 && p.is_capitalised(a) {
            return self.surnames.get(p.raw(a)).copied();
        }
        let key = words.join(" ");
        if let Some(&span) = self.roles.get(&key) {
            return Some(span);
        }
        // `il presidente` for `il presidente della cooperativa Ettore Sanna`, when
        // the article gave that role to one person only.
        self.role_prefixes.get(&key).copied().flatten()
    }
}

/// `il presidente russo` right before a name at `i`: the folded role phrase.
fn role_before(p: &Para, i: usize) -> Option<String> {
    let mut end = i;
    if end > 0 && p.is_punct(end - 1, &[","]) {
        end -= 1;
    }
    let mut a = end;
    // Lower-case words, and capitals inside a genitive (`del Consiglio`), back to the article.
    while a > 0 && end - a < 8 && p.is_word(a - 1) && !p.is("article", a - 1) {
        let k = a - 1;
        if p.is_capitalised(k) && !(k > 0 && p.is("genitive", k - 1)) {
            break;
        }
        a = k;
    }
    role_key(p, a, end)
}

/// `, portavoce del Consiglio,` right after a name ending at `e`.
fn role_after(p: &Para, e: usize) -> Option<String> {
    if !p.is_punct(e, &[","]) {
        return None;
    }
    let a = e + 1;
    let mut b = a;
    while b < p.len() && b - a < 10 && p.is_word(b) {
        b += 1;
    }
    if !p.is_punct(b, &[","]) {
        return None;
    }
    role_key(p, a, b)
}

/// The folded key of a role phrase `[a, b)`, if it holds a role noun.
fn role_key(p: &Para, a: usize, b: usize) -> Option<String> {
    let mut a = a;
    while a < b && (p.is("article", a) || p.is("preposition", a)) {
        a += 1;
    }
    if a >= b || p.is("preposition", a) {
        return None;
    }
    let words: Vec<&str> = (a..b).map(|k| p.w(k)).collect();
    let has_role = (0..words.len()).any(|k| {
        p.lex
            .roles
            .iter()
            .any(|r| crate::lexicon::claims::starts_with(&words[k..], r))
    });
    has_role.then(|| words.iter().map(|w| fold(w)).collect::<Vec<_>>().join(" "))
}
