//! The attribution rules: from a prepared paragraph and its cues to claims.
//!
//! The passes, in the order they run:
//! 1. cue verbs with their clause, infinitive, object or quotation (`ha detto che`,
//!    `ha annunciato di`, `conferma il possibile incontro`, `Putin ha detto: “…”`),
//!    passives (`sono state negate dalla Corea del Nord`), cues set between commas or
//!    dashes inside the sentence they attribute (`– ricorda il quotidiano –`) and cues
//!    that point back (`… Lo riferiscono diverse agenzie`);
//! 2. quotations attributed around them (`“…”, ha detto X`, `«… – aggiunge X – …»`,
//!    `X: «…»`), or continuing the last source's words;
//! 3. according-to phrases (`secondo X`, `per X,`, `X, secondo cui`);
//! 4. the reportive conditional: a sentence in the conditional that goes on, in the
//!    same paragraph, with a report just attributed.
//!
//! Where two claims cover much the same words, or one holds the other, the stronger
//! stays ([`Rank`]): an attributed quotation, then cue and according-to claims, then a
//! quotation only continuing the last source, then a reportive conditional.

use std::collections::BTreeMap;

use super::cues::Cue;
use super::para::Para;
use super::ClaimKind;
use crate::lexicon::claims::FormKind;

/// How sure a rule is of its claim, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Rank {
    /// A quotation with its attribution next to it.
    AttributedQuote,
    /// A cue verb or an according-to phrase with what it governs.
    Cue,
    /// A quotation with nothing but the last source to go on.
    ContinuedQuote,
    /// A conditional sentence after a report in its paragraph.
    Continuation,
}

/// Where a claim's source is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A noun phrase of the paragraph (token range).
    Np(usize, usize),
    /// The source of the report this one continues.
    Context,
}

/// Who a claim is attributed to, and by which words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Attribution {
    pub source: Source,
    /// Byte span of the cue (verb, phrase or noun).
    pub cue: Option<(usize, usize)>,
    /// The cue denies (`negare`, `smentita`).
    pub deny: bool,
    /// The cue is in the conditional, or the claim continues a report in it.
    pub hedged: bool,
    /// The source comes from context (subjectless cue, continuation, cataphora).
    pub implicit: bool,
    /// The cue is in a past tense: a conditional in its clause is the future in the past
    /// (`ha detto che sarebbe stato riaperto`), not a hedge.
    pub past: bool,
}

impl Attribution {
    /// No cue, the source of the report being continued.
    fn context() -> Self {
        Attribution {
            source: Source::Context,
            cue: None,
            deny: false,
            hedged: false,
            implicit: true,
            past: false,
        }
    }
}

/// A claim found in a paragraph, in byte offsets.
#[derive(Debug, Clone)]
pub struct Found {
    pub kind: ClaimKind,
    pub start: usize,
    pub end: usize,
    pub attribution: Attribution,
    /// How sure the rule that found it is; the stronger wins overlaps.
    rank: Rank,
}

/// How far after a cue its clause may start (past an indirect object), in tokens.
const MAX_DATIVE_TOKENS: usize = 8;
/// Longest source after an according-to phrase, in tokens.
const MAX_NP_WORDS: usize = 12;
/// Longest source after a sentence-opening phrase (`Per la Casa Bianca, …`), in tokens.
const MAX_OPENING_SOURCE_WORDS: usize = 6;
/// Fewest words of a bare object for it to be reported (`risponde no` reports nothing).
const MIN_OBJECT_WORDS: usize = 2;
/// Fewest words a quotation needs to stand as an utterance without a cue next to it.
const MIN_UTTERANCE_WORDS: usize = 4;

/// What follows a cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Complement {
    /// `che …` (token after `che`).
    Clause(usize),
    /// `di …` (token after `di`).
    Infinitive(usize),
    /// `: …` (token after the colon).
    Colon(usize),
    /// A quotation opens right after the cue (its index).
    Quote(usize),
    /// A word that is either an object or an inverted subject.
    Word(usize),
    /// Nothing: the sentence or clause ends.
    Nothing,
}

/// All claims of a paragraph.
pub fn claims_in(p: &Para, cues: &[Cue]) -> Vec<Found> {
    let mut found = Vec::new();
    let mut quote_sources: Vec<Option<Attribution>> = vec![None; p.quotes.len()];
    for cue in cues.iter().filter(|c| p.in_quote[c.start].is_none()) {
        cue_claims(p, cue, &mut found, &mut quote_sources);
    }
    quote_claims(p, cues, &quote_sources, &mut found);
    according_claims(p, &mut found);
    continuation_claims(p, &mut found);
    resolve_overlaps(found)
}

impl Para<'_> {
    /// End token (exclusive) of the clause that starts at `i`: the end of its sentence,
    /// or a colon that introduces a quotation.
    fn clause_end(&self, i: usize) -> usize {
        let s = self.sentence_of[i.min(self.len().saturating_sub(1))];
        let (_, end) = self.sentence_tokens(s);
        (i..end)
            .find(|&k| {
                let quote_follows = self.quote_mark(k + 1).is_some_and(|(_, open)| open);
                let gerund_follows = self
                    .lex
                    .forms
                    .get(self.w(k + 1))
                    .is_some_and(|f| f.kind == FormKind::Gerund);
                self.in_quote[k].is_none()
                    && ((self.is_punct(k, &[":"]) && quote_follows)
                        || (self.is_punct(k, &[","]) && gerund_follows))
            })
            .unwrap_or(end)
    }

    /// Token range of the part of token `k`'s sentence between colons (outside
    /// quotations): `L'obiettivo, scrive X, è … gelo: Trump …` has two.
    fn colon_part(&self, k: usize) -> (usize, usize) {
        let (first, last) = self.sentence_tokens(self.sentence_of[k]);
        let colon = |j: &usize| self.in_quote[*j].is_none() && self.is_punct(*j, &[":"]);
        let start = (first..k).rev().find(colon).map_or(first, |j| j + 1);
        let end = (k..last).find(colon).unwrap_or(last);
        (start, end)
    }

    /// Byte span of tokens `[a, b)` without punctuation at either end (quotation marks kept).
    fn content(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let (mut a, mut b) = (a, b);
        let trim = |k: usize| self.is_punct(k, &[".", ",", ";", ":", "–", "—", "-", "…"]);
        while a < b && trim(a) {
            a += 1;
        }
        while b > a && trim(b - 1) {
            b -= 1;
        }
        (a < b).then(|| self.span(a, b))
    }

    fn cue_span(&self, c: &Cue) -> (usize, usize) {
        self.span(c.start, c.end)
    }

    /// The quotation whose marks enclose exactly the byte span, if any.
    fn quote_spanning(&self, start: usize, end: usize) -> Option<usize> {
        let q = self.quotes.partition_point(|q| q.open < start);
        self.quotes
            .get(q)
            .filter(|q| q.open == start && q.close == end)
            .map(|_| q)
    }

    /// Whether a whole quotation lies inside the byte span (quotations are sorted and
    /// do not overlap, so the first one opening inside it decides).
    fn has_quote_in(&self, start: usize, end: usize) -> bool {
        let q = self.quotes.partition_point(|q| q.open < start);
        self.quotes.get(q).is_some_and(|q| q.close <= end)
    }

    fn complement(&self, c: &Cue) -> Complement {
        let mut i = self.skip_adverbs(c.end);
        // `ha chiesto al governo di …`, `ha scritto su Facebook che …`: a prepositional
        // phrase between the cue and its clause.
        if self.is("preposition", i) && !self.is("infinitive_marker", i) && !self.is("agent", i) {
            let s = self.sentence_of[i.min(self.len().saturating_sub(1))];
            if let Some(k) = (i + 1..self.len().min(i + MAX_DATIVE_TOKENS))
                .take_while(|&k| self.sentence_of[k] == s && !self.is_clause_boundary(k))
                .find(|&k| self.is("complementizer", k) || self.is("infinitive_marker", k))
            {
                i = k;
            }
        }
        if i >= self.len() || self.sentence_of[i] != self.sentence_of[c.start] {
            return Complement::Nothing;
        }
        if self.is("complementizer", i) {
            Complement::Clause(i + 1)
        } else if self.is("infinitive_marker", i) && self.opens_infinitive(i + 1) {
            Complement::Infinitive(i + 1)
        } else if self.is_punct(i, &[":"]) {
            Complement::Colon(i + 1)
        } else if let Some((q, true)) = self.quote_mark(i) {
            Complement::Quote(q)
        } else if self.is_word(i) {
            Complement::Word(i)
        } else {
            Complement::Nothing
        }
    }

    /// Whether the tokens between the end of quotation `q` and token `i` are only
    /// attribution punctuation and fillers (`”, ha detto`, `»: così … commenta`).
    /// Whether token `i` opens an infinitive clause (`non inviare`, `aiutarlo`, `aver
    /// distrutto`), as opposed to a genitive (`giri di parole`).
    fn opens_infinitive(&self, i: usize) -> bool {
        let i = if self.is("adverb", i) { i + 1 } else { i };
        if !self.is_word(i) {
            return false;
        }
        let word = self.w(i);
        let endings = |w: &str| self.lex.has_ending("infinitive_ending", w);
        endings(word)
            || self.lex.suffixes("clitic_suffix").any(|c| {
                word.len() > c.len() + 2
                    && word.ends_with(c)
                    && endings(&word[..word.len() - c.len()])
            })
    }

    /// A subject phrase at `i` closed by a colon that opens a quotation.
    fn subject_then_quote(&self, i: usize) -> Option<((usize, usize), usize)> {
        let (a, b) = self.np_after(i)?;
        if !self.is_punct(b, &[":"]) {
            return None;
        }
        match self.quote_mark(b + 1) {
            Some((q, true)) => Some(((a, b), q)),
            _ => None,
        }
    }

    /// Like [`Para::follows_quote`] for a phrase starting at `a`, looking past the
    /// words before it (`»: così il tecnico Davide Bruno commenta`).
    fn phrase_follows_quote(&self, a: usize) -> Option<usize> {
        let (first, _) = self.sentence_around(a);
        let mut k = a;
        while k > first && self.is_word(k - 1) && !self.is("attribution_filler", k - 1) {
            k -= 1;
        }
        self.follows_quote(k)
    }

    /// The quotation whose closing mark comes right before token `i`, past punctuation
    /// and filler words, in the same sentence or closing the one before.
    pub(super) fn follows_quote(&self, i: usize) -> Option<usize> {
        // The closing mark may end the sentence before (`«…». Così ha detto`), so the
        // walk may cover that sentence too, and no more: two capped sentences at most.
        let s = self
            .sentence_of
            .get(i.min(self.len()).saturating_sub(1))
            .copied()
            .unwrap_or(0);
        let (lowest, _) = self.sentence_tokens(s.saturating_sub(1));
        let mut k = i;
        while k > lowest {
            k -= 1;
            if let Some((q, false)) = self.quote_mark(k) {
                return Some(q);
            }
            if !(self.is_punct(k, &[",", ";", ":", ".", "–", "—", "-"])
                || self.is("attribution_filler", k)
                || self.is("impersonal", k))
            {
                return None;
            }
        }
        None
    }
}

/// Adds a claim over `span` (if there is one).
fn push(
    found: &mut Vec<Found>,
    kind: ClaimKind,
    span: Option<(usize, usize)>,
    attribution: Attribution,
    rank: Rank,
) {
    // An empty span reports nothing (and would nest in everything).
    if let Some((start, end)) = span.filter(|&(start, end)| start < end) {
        found.push(Found {
            kind,
            start,
            end,
            attribution,
            rank,
        });
    }
}

impl Para<'_> {
    /// Mixed when the span holds a quotation, else indirect.
    fn reported_kind(&self, span: Option<(usize, usize)>) -> ClaimKind {
        if span.is_some_and(|(s, e)| self.has_quote_in(s, e)) {
            ClaimKind::Mixed
        } else {
            ClaimKind::Indirect
        }
    }
}

/// Claims that a cue verb governs; quotations it attributes go to `quote_sources`.
fn cue_claims(
    p: &Para,
    c: &Cue,
    found: &mut Vec<Found>,
    quote_sources: &mut [Option<Attribution>],
) {
    let verb = &p.lex.verbs[c.verb];
    let by = |source: Source| Attribution {
        source,
        cue: Some(p.cue_span(c)),
        deny: verb.deny,
        hedged: c.hedged,
        implicit: source == Source::Context,
        past: c.past,
    };
    if c.adjectival {
        adjectival_claim(p, c, by, found);
        return;
    }
    if verb.predicative {
        predicative_claim(p, c, by, found);
        return;
    }
    let complement = p.complement(c);
    // `sostenere` needs its clause, except to point back or to attribute a quotation.
    if verb.needs_che
        && !matches!(complement, Complement::Clause(_))
        && !c.anaphor
        && p.follows_quote(c.start).is_none()
    {
        return;
    }
    if c.gerund {
        // `…, spiegando che …`: the subject is the main verb's, the source just named.
        if let Complement::Clause(i) | Complement::Infinitive(i) = complement {
            let content = p.content(i, p.clause_end(i));
            push(
                found,
                p.reported_kind(content),
                content,
                by(Source::Context),
                Rank::Cue,
            );
        }
        return;
    }
    let left = p.np_before(c.start);
    let subject = left.map_or(Source::Context, |(a, b)| Source::Np(a, b));
    if c.passive {
        passive_claim(p, c, complement, left, by, found);
        return;
    }
    match complement {
        Complement::Clause(i) | Complement::Colon(i) | Complement::Infinitive(i) => {
            let Some((s, e)) = p.content(i, p.clause_end(i)) else {
                return;
            };
            match p.quote_spanning(s, e) {
                Some(q) => quote_sources[q] = Some(by(subject)),
                None => push(
                    found,
                    p.reported_kind(Some((s, e))),
                    Some((s, e)),
                    by(subject),
                    Rank::Cue,
                ),
            }
        }
        Complement::Quote(q) => {
            let quote = p.quotes[q];
            let start = p.quote_open_token(q).unwrap_or(c.end);
            match p.content(start, p.clause_end(start)) {
                // `ha sottolineato “l’importanza delle relazioni” tra i due Paesi`: the
                // quotation is part of a longer reported clause.
                Some((s, e)) if e > quote.close => {
                    push(
                        found,
                        ClaimKind::Mixed,
                        Some((s, e)),
                        by(subject),
                        Rank::Cue,
                    );
                }
                _ => quote_sources[q] = Some(by(subject)),
            }
        }
        Complement::Word(_) | Complement::Nothing
            if left.is_some_and(|(a, _)| p.phrase_follows_quote(a).is_some()) =>
        {
            // `«…»: così Sarah Fahr commenta …`: the cue attributes the quotation.
            if let Some(q) = left.and_then(|(a, _)| p.phrase_follows_quote(a)) {
                quote_sources[q].get_or_insert(by(subject));
            }
        }
        Complement::Word(i) if left.is_none() && p.subject_then_quote(i).is_some() => {
            // `Spiega la dirigente Marta Lodi: «…»`: the subject, then the quotation.
            if let Some(((a, b), q)) = p.subject_then_quote(i) {
                quote_sources[q].get_or_insert(by(Source::Np(a, b)));
            }
        }
        Complement::Word(i) if takes_object(p, c, i, left.is_some()) => {
            // `Whirlpool conferma la chiusura …`; with no subject at the start of a
            // sentence (`Confermano invece la presenza …`) the source is the last one.
            let content = p.content(i, p.clause_end(i));
            push(
                found,
                p.reported_kind(content),
                content,
                by(subject),
                Rank::Cue,
            );
        }
        Complement::Word(_) | Complement::Nothing => inverted_claim(p, c, by, found, quote_sources),
    }
}

/// Whether the cue `c` reports its bare object starting at token `i`.
fn takes_object(p: &Para, c: &Cue, i: usize, has_subject: bool) -> bool {
    let verb = &p.lex.verbs[c.verb];
    let words = p
        .content(i, p.clause_end(i))
        .map_or(0, |(s, e)| p.text[s..e].split_whitespace().count());
    !verb.no_object
        && !verb.aside
        && words >= MIN_OBJECT_WORDS
        && (has_subject || (p.opens_sentence(c.start) && p.follows_quote(c.start).is_none()))
}

/// `ha definito falsa la ricostruzione` / `ha definito la notizia infondata`: a denial
/// of the object; the cue counts only with a denial word as its predicate.
fn predicative_claim(
    p: &Para,
    c: &Cue,
    by: impl Fn(Source) -> Attribution,
    found: &mut Vec<Found>,
) {
    let start = p.skip_adverbs(c.end);
    let end = p.clause_end(start.min(p.len().saturating_sub(1)));
    let Some(adjective) = (start..end).find(|&k| p.lex.is_denial_word(p.w(k))) else {
        return;
    };
    let content = if adjective == start {
        p.content(adjective + 1, end)
    } else {
        p.content(start, adjective)
    };
    let source = p
        .np_before(c.start)
        .map_or(Source::Context, |(a, b)| Source::Np(a, b));
    push(
        found,
        ClaimKind::Indirect,
        content,
        Attribution {
            deny: true,
            ..by(source)
        },
        Rank::Cue,
    );
}

/// `la notizia, riportata dal New York Times, che …`: the agent reports the `che` clause.
fn adjectival_claim(p: &Para, c: &Cue, by: impl Fn(Source) -> Attribution, found: &mut Vec<Found>) {
    let agent = p.skip_adverbs(c.end);
    let Some((a, b)) = p.np_after(agent + 1) else {
        return;
    };
    let mut k = b;
    if p.is_punct(k, &[","]) {
        k += 1;
    }
    if p.is("complementizer", k) {
        let content = p.content(k + 1, p.clause_end(k + 1));
        push(
            found,
            p.reported_kind(content),
            content,
            by(Source::Np(a, b)),
            Rank::Cue,
        );
    }
}

/// `Le accuse sono state negate dalla Corea del Nord`: the agent is the source; the
/// clause, or else the subject, is what was said or denied.
fn passive_claim(
    p: &Para,
    c: &Cue,
    complement: Complement,
    left: Option<(usize, usize)>,
    by: impl Fn(Source) -> Attribution,
    found: &mut Vec<Found>,
) {
    let agent = (c.end..p.len().min(c.end + 3)).find(|&k| p.is("agent", k));
    let source = agent
        .and_then(|k| p.np_after(k + 1))
        .map_or(Source::Context, |(a, b)| Source::Np(a, b));
    let subject = left.filter(|&(a, _)| p.is("article", a) || p.is_capitalised(a));
    let content = match complement {
        Complement::Clause(i) => p.content(i, p.clause_end(i)),
        _ => subject.and_then(|(a, b)| p.content(a, b)),
    };
    push(found, ClaimKind::Indirect, content, by(source), Rank::Cue);
}

/// A cue with its subject after it: attributing the quotation before it (`“…”, ha
/// detto X`), the sentence before it (`… Lo riferiscono diverse agenzie`), or the
/// sentence it is set in (`Altre volte – ricorda il quotidiano – i funzionari …`).
fn inverted_claim(
    p: &Para,
    c: &Cue,
    by: impl Fn(Source) -> Attribution,
    found: &mut Vec<Found>,
    quote_sources: &mut [Option<Attribution>],
) {
    let after = p.np_after(c.end);
    let source = after.map_or(Source::Context, |(a, b)| Source::Np(a, b));
    if let Some(q) = p.follows_quote(c.start) {
        quote_sources[q].get_or_insert(by(source));
        return;
    }
    let sentence = p.sentence_of[c.start];
    if c.anaphor {
        let Some(prev) = sentence.checked_sub(1) else {
            return;
        };
        let (a, b) = p.sentence_tokens(prev);
        let content = p.content(a, b);
        match content.and_then(|(x, y)| p.quote_spanning(x, y)) {
            Some(q) => {
                quote_sources[q].get_or_insert(by(source));
            }
            None => push(
                found,
                ClaimKind::Indirect,
                content,
                Attribution {
                    implicit: true,
                    past: false,
                    ..by(source)
                },
                Rank::Cue,
            ),
        }
        return;
    }
    let before_is_aside = c.start > 0 && p.is_punct(c.start - 1, &[",", "–", "—", "-"]);
    let after_is_aside =
        after.is_some_and(|(_, b)| b >= p.len() || p.is_punct(b, &[",", "–", "—", "-", "."]));
    if before_is_aside && after_is_aside {
        let (a, b) = p.colon_part(c.start);
        let content = p.content(a, b);
        push(
            found,
            p.reported_kind(content),
            content,
            by(source),
            Rank::Cue,
        );
    }
}

/// Direct claims: every quotation that stands as an utterance, with its source.
fn quote_claims(p: &Para, cues: &[Cue], sources: &[Option<Attribution>], found: &mut Vec<Found>) {
    for (q, quote) in p.quotes.iter().enumerate() {
        let raw = &p.text[quote.inner_start..quote.inner_end];
        let inner = raw.trim_start();
        let start = quote.inner_start + (raw.len() - inner.len());
        // English style sets a comma before the closing mark: it is not the speaker's.
        let inner = inner.trim_end().trim_end_matches(',').trim_end();
        if inner.is_empty() {
            continue;
        }
        let span = Some((start, start + inner.len()));
        let attribution = sources[q]
            .or_else(|| interrupted(p, cues, q))
            .or_else(|| noun_cue_after(p, q))
            .or_else(|| name_before_colon(p, q));
        match attribution {
            Some(attribution) => {
                // `l’allarme mette in difficoltà «tutte le colture – conclude X – …»`: the
                // quotation closes a clause of the reporter's words.
                let (kind, span) = match p.quote_open_token(q).and_then(|o| clause_lead(p, o)) {
                    Some(lead) => (ClaimKind::Mixed, Some((p.tokens[lead].start, quote.close))),
                    None => (ClaimKind::Direct, span),
                };
                push(found, kind, span, attribution, Rank::AttributedQuote);
            }
            None if is_utterance(inner) => {
                push(
                    found,
                    ClaimKind::Direct,
                    span,
                    Attribution::context(),
                    Rank::ContinuedQuote,
                );
            }
            None => {}
        }
    }
}

/// `«Sono felice – aggiunge l’azzurra – è un sogno»`: a cue between dashes inside the
/// quote; or a noun cue (`- è stata la smentita della compagna -`).
fn interrupted(p: &Para, cues: &[Cue], q: usize) -> Option<Attribution> {
    let after_dash = |c: &&Cue| {
        c.start > 0
            && p.skip_adverbs_back(c.start - 1)
                .is_some_and(|k| p.is_punct(k, &["–", "—", "-"]))
    };
    let (open, close) = (p.quote_open_token(q)?, p.quote_close_token(q)?);
    // Cues are in text order: only those between the marks.
    let inside =
        &cues[cues.partition_point(|c| c.start < open)..cues.partition_point(|c| c.start < close)];
    if let Some(c) = inside.iter().find(after_dash) {
        let source = p
            .np_after(c.end)
            .map_or(Source::Context, |(a, b)| Source::Np(a, b));
        return Some(Attribution {
            source,
            cue: Some(p.cue_span(c)),
            deny: p.lex.verbs[c.verb].deny,
            hedged: c.hedged,
            implicit: source == Source::Context,
            past: false,
        });
    }
    (open..close)
        .filter(|&k| p.is_punct(k, &["–", "—", "-"]))
        .find_map(|dash| noun_cue_from(p, dash + 1))
}

/// `“…” è la reazione del ministro X` after the quotation.
fn noun_cue_after(p: &Para, q: usize) -> Option<Attribution> {
    noun_cue_from(p, p.quote_close_token(q)? + 1)
}

/// A noun cue within a few auxiliaries and articles of token `scan_from`, with its source.
fn noun_cue_from(p: &Para, scan_from: usize) -> Option<Attribution> {
    let k =
        (scan_from..p.len().min(scan_from + 6)).find(|&k| p.lex.noun_cues.contains_key(p.w(k)))?;
    if !(scan_from..k)
        .all(|j| p.is("aux", j) || p.is("article", j) || p.is_punct(j, &[",", "–", "—", "-"]))
    {
        return None;
    }
    let deny = p.lex.noun_cues[p.w(k)];
    let g = (k + 1..p.len().min(k + 3)).find(|&j| p.is("genitive", j))?;
    let (a, b) = p.np_after(g + 1)?;
    Some(Attribution {
        source: Source::Np(a, b),
        cue: Some(p.span(k, k + 1)),
        deny,
        hedged: false,
        implicit: false,
        past: false,
    })
}

/// Fewest words before a quotation, in its clause, for the quotation to be part of the
/// reporter's sentence rather than the whole utterance.
const MIN_LEAD_WORDS: usize = 3;

/// Start token of the clause words before the quotation opening at `open`, when there
/// are enough of them and no colon or cue introduces the quotation.
fn clause_lead(p: &Para, open: usize) -> Option<usize> {
    let (first, _) = p.sentence_tokens(p.sentence_of[open]);
    let mut k = open;
    while k > first && !p.is_clause_boundary(k - 1) && !p.is("complementizer", k - 1) {
        k -= 1;
    }
    let words = (k..open).filter(|&j| p.is_word(j)).count();
    let introduced = k > first && (p.is_punct(k - 1, &[":"]) || p.is("complementizer", k - 1));
    (words >= MIN_LEAD_WORDS && !introduced).then_some(k)
}

/// `Soddisfatto, il presidente emerito Giorgio Napolitano: “…”`: a name before a colon.
fn name_before_colon(p: &Para, q: usize) -> Option<Attribution> {
    let open = p.quote_open_token(q)?;
    let colon = open.checked_sub(1)?;
    if !p.is_punct(colon, &[":"]) {
        return None;
    }
    let s = p.sentence_of[colon];
    let (first, _) = p.sentence_tokens(s);
    // The first name of the sentence: later ones are more often objects of the
    // source's description (`Pippo Civati, che ha lasciato il Partito Democratico:`).
    let mut r = first;
    while r < colon {
        if !p.is_capitalised(r) || p.in_quote[r].is_some() {
            r += 1;
            continue;
        }
        let mut e = r;
        while e < colon && p.is_capitalised(e) {
            e += 1;
        }
        if e - r >= 2 {
            return Some(Attribution {
                source: Source::Np(r, e),
                cue: None,
                deny: false,
                hedged: false,
                implicit: false,
                past: false,
            });
        }
        r = e;
    }
    None
}

/// A quotation that can stand as someone's words: a sentence, or at least a few words
/// not in title case (scare quotes and names in quotes are not claims).
fn is_utterance(inner: &str) -> bool {
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() < MIN_UTTERANCE_WORDS {
        return false;
    }
    let title_case = words
        .iter()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    !title_case
}

impl Para<'_> {
    /// Whether tokens `i..i + n` all stand outside quotations.
    fn outside_quotes(&self, i: usize, n: usize) -> bool {
        (i..(i + n).min(self.len())).all(|k| self.in_quote[k].is_none())
    }

    /// Whether only adverbs stand between the start of token `i`'s sentence and `i`.
    fn opens_sentence(&self, i: usize) -> bool {
        let (a, _) = self.sentence_tokens(self.sentence_of[i]);
        (a..i).all(|k| self.is("adverb", k))
    }
}

/// `Secondo X, …`, `…, secondo X.`, `Per X, …`, `X, secondo cui …`.
fn according_claims(p: &Para, found: &mut Vec<Found>) {
    let mut i = 0;
    while i < p.len() {
        if !p.may_start_attribution_phrase(i) {
            i += 1;
            continue;
        }
        if let Some(ph) = p
            .lex
            .according_before
            .iter()
            .find(|ph| p.matches_phrase(i, ph) && p.outside_quotes(i, ph.len()))
        {
            source_before(p, i, ph.len(), found);
            i += ph.len();
            continue;
        }
        let matching = |list: &[Vec<String>]| {
            list.iter()
                .find(|ph| p.matches_phrase(i, ph) && p.outside_quotes(i, ph.len()))
                .map(Vec::len)
        };
        let opening = p
            .opens_sentence(i)
            .then(|| matching(&p.lex.according_opening))
            .flatten();
        let Some((n, opening)) = opening
            .map(|n| (n, true))
            .or_else(|| matching(&p.lex.according_after).map(|n| (n, false)))
        else {
            i += 1;
            continue;
        };
        // `il secondo tempo`: an ordinal, not an according-to phrase.
        if i > 0 && p.is("article", i - 1) {
            i += 1;
            continue;
        }
        source_after(p, i, n, opening, found);
        i += n;
    }
}

fn source_after(p: &Para, i: usize, n: usize, opening: bool, found: &mut Vec<Found>) {
    let (first, last) = p.sentence_tokens(p.sentence_of[i]);
    let np_start = i + n;
    // `secondo quanto emerso`: an impersonal source; the sentence's own cue attributes it.
    if np_start >= last || !p.is_word(np_start) || p.is("subordinator", np_start) {
        return;
    }
    let aside = i > first && p.is_punct(i - 1, &[","]);
    let boundary = (np_start..last.min(np_start + MAX_NP_WORDS)).find(|&k| p.is_clause_boundary(k));
    let (np_end, mut rest) = match boundary {
        Some(k) if p.is_punct(k, &[","]) || aside => (k, k + 1),
        None if aside && last <= np_start + MAX_NP_WORDS => (last, last),
        _ if opening => return,
        // No comma: the source is a name (`Sempre secondo Watson il ministro …`) or an
        // article and its noun (`Secondo il giornale Trump e il suo team …`).
        _ => match name_or_noun(p, np_start, last) {
            Some(e) => (e, e),
            None => return,
        },
    };
    if opening
        && (p.is("relative", rest)
            || np_end - np_start > MAX_OPENING_SOURCE_WORDS
            || !(p.is("article", np_start) || p.is_capitalised(np_start)))
    {
        return;
    }
    // `A detta del presidente del consorzio, Mario Testa, il raccolto …`: the name.
    let (mut np_start, mut np_end) = (np_start, np_end);
    let mut e = rest;
    while e < last && p.is_capitalised(e) {
        e += 1;
    }
    if e - rest >= 2 && p.is_punct(e, &[","]) {
        (np_start, np_end, rest) = (rest, e, e + 1);
    }
    // `Secondo il quotidiano, che cita funzionari americani, Kim …`: skip the relative clause.
    if p.is("relative", rest) {
        if let Some(k) = (rest..last).find(|&k| p.is_punct(k, &[","])) {
            rest = k + 1;
        }
    }
    let content = if !aside {
        // `Secondo X, …`: the clause after the source.
        p.content(rest, last)
    } else if rest < last && !p.is_punct(rest, &["."]) {
        // `Trump, secondo le stesse fonti, inizierà …`: the sentence around the aside.
        let (a, b) = p.colon_part(i);
        p.content(a, b)
    } else {
        // `…, secondo il Dipartimento.`: the clause the phrase closes.
        let start = (first..i - 1)
            .rev()
            .find(|&k| p.is_clause_boundary(k) || p.is("subordinator", k))
            .map_or(first, |k| k + 1);
        p.content(start, i)
    };
    let attribution = Attribution {
        source: Source::Np(np_start, np_end),
        cue: Some(p.span(i, i + n)),
        deny: false,
        hedged: false,
        implicit: false,
        past: false,
    };
    push(
        found,
        p.reported_kind(content),
        content,
        attribution,
        Rank::Cue,
    );
}

/// End token of a source named without a comma after it: a run of capitalised words
/// after an optional article, or an article and one word.
fn name_or_noun(p: &Para, start: usize, last: usize) -> Option<usize> {
    let mut e = start;
    let article = p.is("article", e);
    if article {
        e += 1;
    }
    let name_start = e;
    while e < last && p.is_capitalised(e) {
        e += 1;
    }
    if e > name_start {
        Some(e)
    } else {
        (article && p.is_word(e)).then_some(e + 1)
    }
}

fn source_before(p: &Para, i: usize, n: usize, found: &mut Vec<Found>) {
    let mut k = i;
    if k > 0 && p.is_punct(k - 1, &[","]) {
        k -= 1;
    }
    let Some(np) = k.checked_sub(1).and_then(|b| p.np_ending_at(b)) else {
        return;
    };
    let (_, last) = p.sentence_tokens(p.sentence_of[i]);
    let content = p.content(i + n, last);
    let kind = if content.is_some_and(|(a, b)| p.has_quote_in(a, b)) {
        ClaimKind::Mixed
    } else {
        ClaimKind::Indirect
    };
    let attribution = Attribution {
        source: Source::Np(np.0, np.1),
        cue: Some(p.span(i, i + n)),
        deny: false,
        hedged: false,
        implicit: false,
        past: false,
    };
    push(found, kind, content, attribution, Rank::Cue);
}

/// Sentences in the reportive conditional after a claim of the same paragraph.
fn continuation_claims(p: &Para, found: &mut Vec<Found>) {
    let Some(first_claim) = found.iter().map(|f| f.start).min() else {
        return;
    };
    // Sentences some claim already covers (claims and sentences are both sorted spans).
    let mut covered = vec![false; p.sentences.len()];
    for f in found.iter() {
        let from = p.sentences.partition_point(|&(_, e)| e <= f.start);
        for (s, &(start, _)) in p.sentences.iter().enumerate().skip(from) {
            if start >= f.end {
                break;
            }
            covered[s] = true;
        }
    }
    for (s, &(start, _)) in p.sentences.iter().enumerate() {
        if start <= first_claim || covered[s] {
            continue;
        }
        let (a, b) = p.sentence_tokens(s);
        // The conditional must be the sentence's own verb, not one of a subordinate clause.
        let main = (a..b).take_while(|&k| !p.is("subordinator", k) && p.in_quote[k].is_none());
        let conditional = main
            .into_iter()
            .any(|k| p.lex.is_conditional(p.w(k)) && !p.is("reportive_conditional_exclude", k));
        if conditional {
            push(
                found,
                ClaimKind::Indirect,
                p.content(a, b),
                Attribution {
                    hedged: true,
                    ..Attribution::context()
                },
                Rank::Continuation,
            );
        }
    }
}

/// Keeps the strongest of claims covering much the same words.
fn resolve_overlaps(mut found: Vec<Found>) -> Vec<Found> {
    // The lookups below rely on every span being non-empty (`push` sees to it).
    debug_assert!(found.iter().all(|f| f.start < f.end));
    found.sort_by_key(|f| (f.rank, f.start));
    // Kept claims by start. No kept claim holds another (that is a clash), so their ends
    // rise with their starts: the kept claims reaching into `f` from before it are the
    // last few before `f.start`, and the walk back stops at the first that ends
    // earlier. Each lookup costs the claims it finds, however long the paragraph.
    let mut kept: BTreeMap<usize, Vec<Found>> = BTreeMap::new();
    for f in found {
        let before = kept
            .range(..f.start)
            .rev()
            .take_while(|(_, ks)| ks.iter().any(|k| k.end > f.start));
        let clashes: Vec<(usize, usize)> = before
            .chain(kept.range(f.start..f.end))
            .flat_map(|(&at, ks)| ks.iter().enumerate().map(move |(n, k)| (at, n, k)))
            .filter(|(_, _, k)| clash(&f, k))
            .map(|(at, n, _)| (at, n))
            .collect();
        // A quotation found on its own inside reported speech that holds it is that
        // speech's fragment: the mixed claim replaces it.
        let replaces = f.kind == ClaimKind::Mixed
            && clashes.iter().all(|&(at, n)| {
                let k = &kept[&at][n];
                k.kind == ClaimKind::Direct && f.start <= k.start && k.end <= f.end
            });
        if !clashes.is_empty() && !replaces {
            continue;
        }
        for &(at, n) in clashes.iter().rev() {
            if let Some(ks) = kept.get_mut(&at) {
                ks.remove(n);
                if ks.is_empty() {
                    // An empty entry would stop the walk back above.
                    kept.remove(&at);
                }
            }
        }
        kept.entry(f.start).or_default().push(f);
    }
    kept.into_values().flatten().collect()
}

/// Whether two claims cover much the same words (span overlap with a Dice coefficient
/// of at least one half, as claims are matched), or one holds the other: nothing nests,
/// neither a claim inside a quotation nor a quoted fragment inside its reported speech.
fn clash(f: &Found, k: &Found) -> bool {
    let inter = f.end.min(k.end).saturating_sub(f.start.max(k.start));
    let nested = (k.start <= f.start && f.end <= k.end) || (f.start <= k.start && k.end <= f.end);
    nested || 4 * inter >= (f.end - f.start) + (k.end - k.start)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The obvious version of [`resolve_overlaps`]: each claim checked against every
    /// kept one.
    fn resolve_by_brute_force(mut found: Vec<Found>) -> Vec<Found> {
        found.sort_by_key(|f| (f.rank, f.start));
        let mut kept: Vec<Found> = Vec::new();
        for f in found {
            let clashes: Vec<usize> = (0..kept.len()).filter(|&i| clash(&f, &kept[i])).collect();
            let replaces = f.kind == ClaimKind::Mixed
                && clashes.iter().all(|&i| {
                    let k = &kept[i];
                    k.kind == ClaimKind::Direct && f.start <= k.start && k.end <= f.end
                });
            if !clashes.is_empty() && !replaces {
                continue;
            }
            for &i in clashes.iter().rev() {
                kept.remove(i);
            }
            kept.push(f);
        }
        kept.sort_by_key(|k| k.start);
        kept
    }

    fn found() -> impl Strategy<Value = Found> {
        let kinds = prop::sample::select(vec![
            ClaimKind::Direct,
            ClaimKind::Mixed,
            ClaimKind::Indirect,
        ]);
        let ranks = prop::sample::select(vec![
            Rank::AttributedQuote,
            Rank::Cue,
            Rank::ContinuedQuote,
            Rank::Continuation,
        ]);
        (kinds, ranks, 0..200usize, 1..80usize).prop_map(|(kind, rank, start, len)| Found {
            kind,
            start,
            end: start + len,
            attribution: Attribution::context(),
            rank,
        })
    }

    #[test]
    fn empty_spans_report_nothing() {
        let mut found = Vec::new();
        let attribution = Attribution::context();
        push(
            &mut found,
            ClaimKind::Direct,
            Some((5, 5)),
            attribution,
            Rank::AttributedQuote,
        );
        push(
            &mut found,
            ClaimKind::Direct,
            Some((7, 3)),
            attribution,
            Rank::AttributedQuote,
        );
        assert!(found.is_empty());
        push(
            &mut found,
            ClaimKind::Direct,
            Some((3, 7)),
            attribution,
            Rank::AttributedQuote,
        );
        assert_eq!(found.len(), 1);
    }

    proptest! {
        #[test]
        fn resolve_overlaps_keeps_what_brute_force_keeps(
            found in prop::collection::vec(found(), 0..40)
        ) {
            let spans = |fs: Vec<Found>| -> Vec<(usize, usize, ClaimKind, Rank)> {
                fs.into_iter().map(|f| (f.start, f.end, f.kind, f.rank)).collect()
            };
            prop_assert_eq!(
                spans(resolve_overlaps(found.clone())),
                spans(resolve_by_brute_force(found))
            );
        }
    }
}
