"""Table-driven tests for ``newsclaims.extract_claims`` on small invented Italian texts.

Every sentence below was written for this file (people, places, outlets and
organisations are invented or generic). Each row gives a text and the claims a
careful fact-checker expects from it under ``corpus/GUIDE.md``:

* the exact number of claims;
* for each claim, in text order: its kind; a key phrase (or several) that the
  content must contain, and for direct quotes the exact content; phrases the
  content must NOT contain (so that it does not run past the reported clause);
  a name that must appear in the speaker (case- and article-insensitive, as the
  scorer accepts it); and hedged, stance and implicit exactly.

``ANY`` marks the (rare) field that the guide leaves genuinely open for a case;
it is then not checked. Separate tests check the offset round trip of every
claim and speaker, that an ``Article`` gives the same claims as its text, and
that non-string input raises ``TypeError``.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import pytest

import newsclaims as nc


class _Any:
    def __repr__(self) -> str:
        return "ANY"


ANY: Any = _Any()


def paras(*parts: str) -> str:
    """Paragraphs separated by blank lines."""
    return "\n\n".join(parts)


class ClaimSpec(NamedTuple):
    kind: str
    key: str | tuple[str, ...]  # phrase(s) the content must contain
    speaker: Any  # a name that must appear in the found speaker; None = no speaker; ANY = unchecked
    hedged: bool = False
    stance: str = "assert"
    implicit: Any = False
    exact: str | None = None  # exact content (direct quotes)
    excludes: tuple[str, ...] = ()  # phrases the content must not contain


class Case(NamedTuple):
    name: str
    text: str
    expected: list[ClaimSpec]


def D(content: str, speaker: Any, **kw: Any) -> ClaimSpec:
    """A direct quote: its exact content is also its key."""
    return ClaimSpec("direct", content, speaker, exact=content, **kw)


def I(key: str | tuple[str, ...], speaker: Any, **kw: Any) -> ClaimSpec:
    return ClaimSpec("indirect", key, speaker, **kw)


def M(key: str | tuple[str, ...], speaker: Any, **kw: Any) -> ClaimSpec:
    return ClaimSpec("mixed", key, speaker, **kw)


_ARTICLE = re.compile(r"^(?:il|lo|la|i|gli|le|l'|un|uno|una|un')\s*", re.IGNORECASE)


def _norm(s: str) -> str:
    s = s.replace("\u2019", "'").replace("\u00a0", " ").lower()
    s = re.sub(r"\s+", " ", s).strip()
    return s


def speaker_matches(expected: str, found: str | None) -> bool:
    """The scorer's rule: the expected name appears inside the found speaker."""
    if found is None:
        return False
    exp = _ARTICLE.sub("", _norm(expected))
    return exp in _norm(found)


CASES: list[Case] = [
    # ------------------------------------------------------------ quote marks
    Case(
        "q_curly_after_apposition",
        "“Il bilancio è in ordine”, ha detto la portavoce dell'ente, Maria Bassi.",
        [D("Il bilancio è in ordine", "Maria Bassi")],
    ),
    Case(
        "q_guillemets_colon_before",
        "Il ministro dell'Ambiente Carlo Ferri ha detto: «Le centrali a carbone chiuderanno entro il 2030».",
        [D("Le centrali a carbone chiuderanno entro il 2030", "Carlo Ferri")],
    ),
    Case(
        "q_attributed_by_the_next_sentence_with_cosi",
        "«Andremo avanti con il piano fino in fondo». Così ha detto il sindaco Paolo Neri.",
        [D("Andremo avanti con il piano fino in fondo", "Paolo Neri")],
    ),
    Case(
        "q_next_sentence_cosi_subject_before_cue",
        "«Il ponte riaprirà in primavera». Così il tecnico Davide Bruno commenta.",
        [D("Il ponte riaprirà in primavera", "Davide Bruno")],
    ),
    Case(
        "q_straight_double",
        '"I lavori finiranno a dicembre", ha dichiarato l\'ingegnere Luca Moretti.',
        [D("I lavori finiranno a dicembre", "Luca Moretti")],
    ),
    Case(
        "q_single_curly",
        "‘Ripartiremo dai giovani del vivaio’, ha detto l'allenatore Franco Sala.",
        [D("Ripartiremo dai giovani del vivaio", "Franco Sala")],
    ),
    Case(
        # English-style comma before the closing mark is not part of the content.
        "q_comma_before_closing_mark",
        "“Abbiamo vinto,” ha detto la capitana Giulia Ferrari.",
        [D("Abbiamo vinto", "Giulia Ferrari")],
    ),
    Case(
        # Inner scare quotes stay inside the one claim.
        "q_inner_marks_inside_quote",
        "«Il cosiddetto “piano casa” non funziona», ha detto la consigliera Sara Gentile.",
        [D("Il cosiddetto “piano casa” non funziona", "Sara Gentile")],
    ),
    Case(
        # Curly apostrophes inside a quote do not close it.
        "q_apostrophes_inside_quote",
        "L’assessore all’urbanistica Sergio Galli ha detto: «C’è ancora un po’ di lavoro da fare sull’accordo».",
        [D("C’è ancora un po’ di lavoro da fare sull’accordo", "Sergio Galli")],
    ),
    Case(
        "q_straight_apostrophe_inside_straight_quote",
        '"L\'obiettivo è chiaro: portare l\'acqua a tutti", ha spiegato il presidente del consorzio Mario Testa.',
        [D("L'obiettivo è chiaro: portare l'acqua a tutti", "Mario Testa")],
    ),
    Case(
        "apostrophes_curly_no_claim",
        "Dopo un po’ di attesa è arrivata la firma dell’accordo d’intesa tra le due aziende. "
        "L’assessore all’urbanistica era presente all’incontro, ma se n’è andato presto.",
        [],
    ),
    Case(
        "apostrophes_mixed_no_claim",
        "L'ente ha speso un po' di più per l’ampliamento dell'asilo nido. D'altra parte, l’anno scorso i posti erano pochi.",
        [],
    ),
    Case(
        "q_several_sentences_one_pair",
        "«Siamo soddisfatti. Il progetto è partito bene. Ora serve continuità», ha detto la presidente della Regione, Anna Conti.",
        [D("Siamo soddisfatti. Il progetto è partito bene. Ora serve continuità", "Anna Conti")],
    ),
    Case(
        # “A”, ha detto X. “B” : two claims, the second from context.
        "q_split_by_attribution",
        "“Il piano è pronto”, ha detto l'assessore Paolo Riva. “Lo presenteremo in consiglio lunedì”.",
        [
            D("Il piano è pronto", "Paolo Riva"),
            D("Lo presenteremo in consiglio lunedì", "Paolo Riva", implicit=True),
        ],
    ),
    Case(
        # «A», ha spiegato X, «B» : two pairs of marks, two claims, same speaker.
        "q_split_inside_one_sentence",
        "«Il bilancio», ha spiegato la tesoriera Ada Fumagalli, «è in attivo per il terzo anno».",
        [
            D("Il bilancio", "Ada Fumagalli"),
            D("è in attivo per il terzo anno", "Ada Fumagalli", implicit=ANY),
        ],
    ),
    Case(
        "q_subjectless_ha_aggiunto",
        "“Il ponte riaprirà a maggio”, ha detto il sindaco Piero Neri. “Poi toccherà alla scuola elementare”, ha aggiunto.",
        [
            D("Il ponte riaprirà a maggio", "Piero Neri"),
            D("Poi toccherà alla scuola elementare", "Piero Neri", implicit=True),
        ],
    ),
    Case(
        "q_continuation_next_paragraph",
        paras(
            "«Il ponte riaprirà a maggio», ha annunciato il sindaco Piero Neri.",
            "«I fondi sono già stati stanziati dalla Regione».",
        ),
        [
            D("Il ponte riaprirà a maggio", "Piero Neri"),
            D("I fondi sono già stati stanziati dalla Regione", "Piero Neri", implicit=True),
        ],
    ),
    Case(
        # One pair of marks = one claim, even with the attribution inside it.
        "q_interrupted_by_dashes_surname",
        "Il presidente del club, Marco Rossi, ha incontrato i tifosi. «Siamo pronti – ha spiegato Rossi – a ripartire dalla serie C».",
        [
            ClaimSpec(
                "direct",
                ("Siamo pronti", "a ripartire dalla serie C"),
                "Marco Rossi",
                exact="Siamo pronti – ha spiegato Rossi – a ripartire dalla serie C",
            )
        ],
    ),
    Case(
        "q_cosi_commenta",
        "«Una giornata storica per tutta la valle»: così il tecnico Davide Bruno commenta l'apertura del cantiere.",
        [D("Una giornata storica per tutta la valle", "Davide Bruno")],
    ),
    Case(
        "q_dice_with_role_after_name",
        "«Non ci fermeremo», dice Lucia Mele, portavoce del comitato Salviamo il Parco.",
        [D("Non ci fermeremo", "Lucia Mele")],
    ),
    Case(
        "q_inverted_cue_before_colon",
        "Spiega la dirigente scolastica Marta Lodi: «Le lezioni riprenderanno lunedì in tutte le classi».",
        [D("Le lezioni riprenderanno lunedì in tutte le classi", "Marta Lodi")],
    ),
    Case(
        "q_si_legge_in_una_nota",
        "«Siamo vicini alle famiglie dei lavoratori», si legge in una nota dell'azienda Tessiltex.",
        [D("Siamo vicini alle famiglie dei lavoratori", "Tessiltex")],
    ),
    Case(
        # A second quote with its own speaker is not a continuation of the first.
        "q_two_speakers_one_paragraph",
        "«Siamo pronti alla trattativa», ha detto Marco Rossi. «Noi invece non firmeremo nulla», ha replicato Luca Bianchi.",
        [
            D("Siamo pronti alla trattativa", "Marco Rossi"),
            D("Noi invece non firmeremo nulla", "Luca Bianchi"),
        ],
    ),
    Case(
        # The quote is never closed: it ends with its paragraph, and later claims are still found.
        "q_unbalanced_missing_closing_mark",
        paras(
            "Il sindaco Piero Neri ha detto: «Il ponte riaprirà a maggio.",
            "La giunta si riunirà domani per approvare il bilancio.",
            "L'assessore Laura Greco ha confermato che i fondi sono disponibili.",
        ),
        [
            ClaimSpec("direct", "Il ponte riaprirà a maggio", "Piero Neri", excludes=("giunta", "Greco", "fondi")),
            I("i fondi sono disponibili", "Laura Greco", excludes=("ha confermato",)),
        ],
    ),
    Case(
        # A quote that is the whole complement of the cue is direct.
        "q_whole_complement_of_che",
        "Il portavoce della prefettura, Andrea Fabbri, ha riferito che “la trattativa è chiusa”.",
        [D("la trattativa è chiusa", "Andrea Fabbri")],
    ),
    Case(
        "mixed_fragment_curly",
        "Il senatore Marco Valli ha detto che la riforma è “una scatola vuota” e va ritirata.",
        [M("la riforma è “una scatola vuota” e va ritirata", "Marco Valli", excludes=("ha detto",))],
    ),
    Case(
        "mixed_fragment_guillemets",
        "La Cgil ha accusato il governo di aver varato una manovra «contro i pensionati».",
        [M("aver varato una manovra «contro i pensionati»", "Cgil")],
    ),
    # ---------------------------------------------------- quotes that are not claims
    Case(
        "scare_quotes_decree",
        "Il cosiddetto “decreto sicurezza” è stato approvato ieri dal Senato con 98 voti favorevoli.",
        [],
    ),
    Case(
        "operation_name_in_quotes",
        "I carabinieri hanno concluso l'operazione “Mare Aperto” con dodici arresti tra Bari e Brindisi.",
        [],
    ),
    Case(
        "film_title_in_guillemets",
        "Il festival si aprirà con il film «La lunga estate» del regista Tommaso Ricci.",
        [],
    ),
    Case(
        # A name in quotes as the subject of a cue: indirect, the name is the speaker.
        "name_in_quotes_as_subject",
        "L'associazione «Città Viva» chiede al Comune di riaprire il parco di via Roma.",
        [I("riaprire il parco di via Roma", "Città Viva", excludes=("«", "al Comune"))],
    ),
    # ------------------------------------------------------- reported speech
    Case(
        "rs_present_afferma_che",
        "Il presidente dell'Inps, Giorgio Marchi, afferma che le pensioni saranno rivalutate a gennaio.",
        [I("le pensioni saranno rivalutate a gennaio", "Giorgio Marchi", excludes=("afferma",))],
    ),
    Case(
        "rs_passato_prossimo_ha_dichiarato",
        "La ministra della Salute Elena Russo ha dichiarato che il nuovo ospedale aprirà in autunno.",
        [I("il nuovo ospedale aprirà in autunno", "Elena Russo", excludes=("dichiarato",))],
    ),
    Case(
        "rs_ha_poi_aggiunto_subjectless",
        "L'assessore Laura Greco ha detto che i lavori sono in anticipo. Ha poi aggiunto che il cantiere chiuderà a luglio.",
        [
            I("i lavori sono in anticipo", "Laura Greco"),
            I("il cantiere chiuderà a luglio", "Laura Greco", implicit=True, excludes=("aggiunto",)),
        ],
    ),
    Case(
        "rs_trapassato_aveva_annunciato",
        "Il rettore Giovanni Pace aveva annunciato che le tasse universitarie erano state congelate.",
        [I("le tasse universitarie erano state congelate", "Giovanni Pace")],
    ),
    Case(
        "rs_conditional_cue_is_hedged",
        "Il ministro dei Trasporti Carlo Ferri avrebbe confermato che la gara sarà rinviata.",
        [I("la gara sarà rinviata", "Carlo Ferri", hedged=True)],
    ),
    Case(
        # Future-in-the-past after a past cue (consecutio temporum) is not a reportive conditional.
        "rs_future_in_past_not_hedged",
        "Il direttore Enzo Villa ha detto che il museo sarebbe stato riaperto a marzo.",
        [I("il museo sarebbe stato riaperto a marzo", "Enzo Villa", hedged=False)],
    ),
    Case(
        "rs_passive_smentita_dal_ministero",
        "La notizia delle dimissioni è stata smentita dal ministero dell'Interno.",
        [I("notizia delle dimissioni", "ministero dell'Interno", stance="deny")],
    ),
    Case(
        "rs_di_infinitive_promise",
        "Il presidente della Provincia, Franco Lodi, ha promesso di riaprire la strada entro Natale.",
        [I("riaprire la strada entro Natale", "Franco Lodi", excludes=("promesso",))],
    ),
    Case(
        "rs_object_noun_phrase",
        "Il Comune conferma la chiusura del ponte sul fiume Serio.",
        [I("la chiusura del ponte", "Comune", excludes=("conferma",))],
    ),
    Case(
        "rs_ask_government_di",
        "I sindacati dei trasporti hanno chiesto al governo di ritirare la riforma delle pensioni.",
        [I("ritirare la riforma delle pensioni", "sindacati", excludes=("al governo",))],
    ),
    Case(
        "rs_ha_sostenuto_che_is_speech",
        "L'avvocata Carla Ponti ha sostenuto che il contratto era valido.",
        [I("il contratto era valido", "Carla Ponti")],
    ),
    Case(
        "rs_written_on_social_media",
        "Il sindaco Piero Neri ha scritto su Facebook che la scuola resterà chiusa fino a lunedì.",
        [I("la scuola resterà chiusa fino a lunedì", "Piero Neri", excludes=("Facebook",))],
    ),
    Case(
        "rs_ha_fatto_sapere_in_una_nota",
        "In una nota, la Regione Liguria ha fatto sapere che i fondi arriveranno a settembre.",
        [I("i fondi arriveranno a settembre", "Regione Liguria", excludes=("nota",))],
    ),
    Case(
        "rs_ha_detto_ai_giornalisti",
        "Il commissario Renato Gallo ha detto ai giornalisti che le indagini sono a buon punto.",
        [I("le indagini sono a buon punto", "Renato Gallo", excludes=("giornalisti",))],
    ),
    Case(
        "rs_two_speakers_one_paragraph",
        "Il sindaco Piero Neri ha detto che il ponte riaprirà a maggio. "
        "L'opposizione, invece, sostiene che i lavori non sono neppure iniziati.",
        [
            I("il ponte riaprirà a maggio", "Piero Neri"),
            I("i lavori non sono neppure iniziati", "opposizione"),
        ],
    ),
    Case(
        "rs_plural_subject_announces_object",
        "I medici dell'ospedale San Carlo hanno annunciato uno sciopero di due giorni.",
        [I("uno sciopero di due giorni", "medici")],
    ),
    # ----------------------------------------------------------- according to
    Case(
        "acc_secondo_x_comma",
        "Secondo l'Istat, la disoccupazione è scesa al 7 per cento.",
        [I("la disoccupazione è scesa al 7 per cento", "Istat")],
    ),
    Case(
        "acc_secondo_inside_sentence",
        "Il deficit, secondo la Commissione europea, supererà il 4 per cento.",
        [I(("Il deficit", "supererà il 4 per cento"), "Commissione europea")],
    ),
    Case(
        "acc_secondo_cui",
        "È stato pubblicato il rapporto annuale di Legambiente, secondo cui le spiagge pulite sono in aumento.",
        [I("le spiagge pulite sono in aumento", "Legambiente")],
    ),
    Case(
        "acc_per_x_sentence_start",
        "Per il sindacato Fiom, l'accordo è un passo avanti.",
        [I("l'accordo è un passo avanti", "Fiom")],
    ),
    Case(
        "acc_per_and_secondo_not_a_source",
        "Per la prima volta il museo resterà aperto di notte. Per il momento i biglietti sono esauriti. "
        "Nel secondo tempo dello spettacolo suonerà un'orchestra.",
        [],
    ),
    Case(
        "acc_stando_a",
        "Stando ai dati della Protezione civile, gli sfollati sono oltre duemila.",
        [I("gli sfollati sono oltre duemila", "Protezione civile")],
    ),
    Case(
        "acc_a_detta_di",
        "A detta del presidente del consorzio, Mario Testa, il raccolto è salvo.",
        [I("il raccolto è salvo", "Mario Testa")],
    ),
    Case(
        "acc_come_riferito_da",
        "Come riferito dall'agenzia Ansa, il volo è atterrato senza problemi a Fiumicino.",
        [I("il volo è atterrato senza problemi", "Ansa")],
    ),
    Case(
        "acc_secondo_quanto_riportato_da",
        "Secondo quanto riportato dal Corriere del Borgo, il sindaco si è dimesso nella notte.",
        [I("il sindaco si è dimesso nella notte", "Corriere del Borgo")],
    ),
    Case(
        "acc_indiscrezioni_conditional",
        "Secondo indiscrezioni raccolte dal Giornale di Valle, il ministro sarebbe pronto a dimettersi.",
        [I("il ministro sarebbe pronto a dimettersi", "Giornale di Valle", hedged=True)],
    ),
    # ------------------------------------------------ parenthetical and cataphoric
    Case(
        "par_dash_ricorda_il_quotidiano",
        "La decisione – ricorda il quotidiano – è arrivata dopo mesi di trattative.",
        [I(("La decisione", "è arrivata dopo mesi di trattative"), "quotidiano")],
    ),
    Case(
        "par_commas_scrive_il_giornale",
        "Il piano, scrive la Gazzetta di Borgo, è pronto da settimane.",
        [I(("Il piano", "è pronto da settimane"), "Gazzetta di Borgo")],
    ),
    Case(
        "cataphoric_lo_riferisce",
        "Il vertice si terrà a Bruxelles il 12 marzo. Lo riferisce l'agenzia Ansa.",
        [I("Il vertice si terrà a Bruxelles il 12 marzo", "Ansa", implicit=True, excludes=("riferisce",))],
    ),
    Case(
        "reportive_conditional_continuation_same_paragraph",
        "Secondo la Gazzetta di Borgo, il sindaco Piero Neri avrebbe firmato l'ordinanza. "
        "Il provvedimento entrerebbe in vigore lunedì.",
        [
            I("il sindaco Piero Neri avrebbe firmato l'ordinanza", "Gazzetta di Borgo", hedged=True),
            I("Il provvedimento entrerebbe in vigore lunedì", "Gazzetta di Borgo", hedged=True, implicit=True),
        ],
    ),
    Case(
        "dovrebbe_continuation_same_paragraph",
        "Secondo l'agenzia Ansa, il governo ha approvato il decreto sulle bollette. "
        "Il testo dovrebbe arrivare in Parlamento a giugno.",
        [
            I("il governo ha approvato il decreto sulle bollette", "Ansa"),
            I("Il testo dovrebbe arrivare in Parlamento a giugno", "Ansa", hedged=True, implicit=True),
        ],
    ),
    Case(
        "reportive_conditional_not_across_paragraph",
        paras(
            "Secondo la Gazzetta di Borgo, il sindaco avrebbe firmato l'ordinanza.",
            "Il nuovo parcheggio costerebbe tre milioni di euro.",
        ),
        [I("il sindaco avrebbe firmato l'ordinanza", "Gazzetta di Borgo", hedged=True)],
    ),
    Case(
        "vorrebbe_is_a_wish_not_a_report",
        "L'allenatore Franco Sala ha detto che la squadra è pronta. Sala vorrebbe però un attaccante in più.",
        [I("la squadra è pronta", "Franco Sala")],
    ),
    # ------------------------------------------------------------------ hedges
    Case(
        "hedge_probabilmente",
        "Il direttore del museo Enzo Villa ha detto che probabilmente le sale riapriranno a marzo.",
        [I("le sale riapriranno a marzo", "Enzo Villa", hedged=True)],
    ),
    Case(
        "hedge_sembra",
        "Secondo il Corriere di Valle, sembra che l'accordo tra i due partiti sia vicino.",
        [I("l'accordo tra i due partiti sia vicino", "Corriere di Valle", hedged=True)],
    ),
    # ----------------------------------------------------------------- denials
    Case(
        "deny_ha_negato_di",
        "L'ex assessore Bruno Serra ha negato di aver ricevuto denaro dall'impresa.",
        [I("aver ricevuto denaro", "Bruno Serra", stance="deny", excludes=("negato",))],
    ),
    Case(
        "deny_ha_smentito_object",
        "La società Idrotek ha smentito le voci di una vendita dello stabilimento.",
        [I("le voci di una vendita", "Idrotek", stance="deny", excludes=("smentito",))],
    ),
    Case(
        "deny_respinge_le_accuse",
        "Il sindaco Piero Neri respinge le accuse dell'opposizione.",
        [I("le accuse", "Piero Neri", stance="deny")],
    ),
    Case(
        "deny_quote_non_e_vero",
        "“Non è vero che abbiamo chiuso il reparto”, ha detto il direttore sanitario Ugo Marini.",
        [D("Non è vero che abbiamo chiuso il reparto", "Ugo Marini", stance="deny")],
    ),
    Case(
        "deny_accuse_infondate_in_clause",
        "Il presidente della Lega calcio, Vittorio Sacchi, ha detto che le accuse sono del tutto infondate.",
        [I("le accuse sono del tutto infondate", "Vittorio Sacchi", stance="deny")],
    ),
    Case(
        "deny_definito_falsa",
        "Il ministro Carlo Ferri ha definito falsa la ricostruzione del quotidiano.",
        [I("la ricostruzione del quotidiano", "Carlo Ferri", stance="deny")],
    ),
    Case(
        "deny_hanno_respinto_ogni_addebito",
        "I vertici dell'azienda Tessiltex hanno respinto ogni addebito.",
        [I("ogni addebito", "Tessiltex", stance="deny")],
    ),
    Case(
        # A negative statement is not a denial.
        "negative_statement_is_assert",
        "Il sindaco Piero Neri ha detto che il ponte non riaprirà prima di maggio.",
        [I("il ponte non riaprirà prima di maggio", "Piero Neri", stance="assert")],
    ),
    # ------------------------------------------------------------------ aliases
    Case(
        "alias_role_to_name_across_paragraphs",
        paras(
            "Il sindaco di Borgo Alto Piero Neri ha inaugurato la nuova biblioteca.",
            "Il sindaco ha detto che l'edificio sarà aperto anche la domenica.",
        ),
        [I("l'edificio sarà aperto anche la domenica", "Piero Neri")],
    ),
    Case(
        "alias_surname_to_full_name",
        "Il questore Antonio Fabbri ha presentato il piano per l'estate. Fabbri ha spiegato che le pattuglie saranno raddoppiate.",
        [I("le pattuglie saranno raddoppiate", "Antonio Fabbri")],
    ),
    Case(
        "alias_apposition_indirect",
        "La portavoce dell'ente, Maria Bassi, ha spiegato che i bandi saranno pubblicati a marzo.",
        [I("i bandi saranno pubblicati a marzo", "Maria Bassi")],
    ),
    Case(
        "alias_role_after_quote",
        paras(
            "Il presidente della cooperativa Ettore Sanna ha presentato i conti ai soci.",
            "«Il bilancio è sano e i soci avranno un dividendo», ha detto il presidente.",
        ),
        [D("Il bilancio è sano e i soci avranno un dividendo", "Ettore Sanna")],
    ),
    Case(
        # The byline author is not a speaker.
        "headline_byline_then_claim",
        paras(
            "Ponte chiuso, proteste in città",
            "di Sara Costa",
            "Il sindaco Piero Neri ha detto che il ponte riaprirà a maggio.",
        ),
        [I("il ponte riaprirà a maggio", "Piero Neri")],
    ),
    # --------------------------------------------------------------- negatives
    Case(
        "narration_without_cue",
        "Il ponte è stato chiuso ieri mattina. I lavori dureranno tre mesi e costeranno due milioni di euro.",
        [],
    ),
    Case(
        # A report inside a quote is part of the quote, not a claim of its own.
        "no_claim_nested_in_quote",
        "«Il ministro mi ha detto che i fondi arriveranno a gennaio», ha raccontato il sindaco Piero Neri.",
        [D("Il ministro mi ha detto che i fondi arriveranno a gennaio", "Piero Neri")],
    ),
    Case(
        # Decision: an impersonal rumour with no source is not a claim.
        "impersonal_si_dice_che",
        "Si dice che il sindaco voglia candidarsi alle elezioni regionali.",
        [],
    ),
    Case(
        "sostenere_la_squadra_is_not_speech",
        "Il presidente Luca Moretti ha sostenuto la squadra anche nei momenti più difficili.",
        [],
    ),
    Case("empty_text", "", []),
    Case("whitespace_only", "\n\n  \n\u00a0\n", []),
    Case(
        "boilerplate_only",
        paras(
            "Leggi anche: Il sindaco ha detto che il ponte riaprirà a maggio",
            "Iscriviti alla newsletter",
            "Torna in alto",
        ),
        [],
    ),
    Case(
        "boilerplate_between_paragraphs",
        paras(
            "La giunta comunale ha approvato il bilancio nella seduta di ieri.",
            "Leggi anche: «Pronti a ripartire», dice il ministro Carlo Ferri",
            "L'assessore Laura Greco ha detto che i conti sono in ordine.",
        ),
        [I("i conti sono in ordine", "Laura Greco")],
    ),
]


def _describe(claims: list[Any]) -> str:
    return "\n".join(
        f"  [{c.kind}] {c.content!r} speaker={c.speaker!r} hedged={c.hedged} stance={c.stance} implicit={c.implicit}"
        for c in claims
    ) or "  (none)"


# Constructions the rules do not read yet: each case fails today and must start passing
# (strict xfail) when the rule is written, so that this list only shrinks.
KNOWN_GAPS = {
    "q_unbalanced_missing_closing_mark": "an unclosed quotation is not closed at its attribution comma",
}


def _param(case: Case) -> object:
    gap = KNOWN_GAPS.get(case.name)
    marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
    return pytest.param(case, marks=marks, id=case.name)


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_claim_case(case: Case) -> None:
    text = case.text
    claims = sorted(nc.extract_claims(text), key=lambda c: (c.start, c.end))
    found = "found:\n" + _describe(claims)
    assert len(claims) == len(case.expected), f"expected {len(case.expected)} claims, {found}"
    problems: list[str] = []
    for i, (c, spec) in enumerate(zip(claims, case.expected)):
        where = f"claim {i} ({c.content!r})"
        if text[c.start:c.end] != c.content:
            problems.append(f"{where}: offsets give {text[c.start:c.end]!r}")
        if c.kind != spec.kind:
            problems.append(f"{where}: kind {c.kind!r}, expected {spec.kind!r}")
        keys = (spec.key,) if isinstance(spec.key, str) else spec.key
        for k in keys:
            if k not in c.content:
                problems.append(f"{where}: content lacks {k!r}")
        if spec.exact is not None and c.content != spec.exact:
            problems.append(f"{where}: content should be exactly {spec.exact!r}")
        for x in spec.excludes:
            if x in c.content:
                problems.append(f"{where}: content should not contain {x!r}")
        if spec.speaker is None:
            if c.speaker is not None:
                problems.append(f"{where}: speaker {c.speaker!r}, expected none")
        elif spec.speaker is not ANY and not speaker_matches(spec.speaker, c.speaker):
            problems.append(f"{where}: speaker {c.speaker!r}, expected one containing {spec.speaker!r}")
        if c.hedged != spec.hedged:
            problems.append(f"{where}: hedged {c.hedged}, expected {spec.hedged}")
        if c.stance != spec.stance:
            problems.append(f"{where}: stance {c.stance!r}, expected {spec.stance!r}")
        if spec.implicit is not ANY and c.implicit != spec.implicit:
            problems.append(f"{where}: implicit {c.implicit}, expected {spec.implicit}")
    assert not problems, "\n".join(problems) + "\n" + found


def test_enough_cases_with_unique_names() -> None:
    names = [c.name for c in CASES]
    assert len(names) >= 65
    assert len(set(names)) == len(names)


def test_every_claim_round_trips_offsets() -> None:
    bad: list[str] = []
    for case in CASES:
        text = case.text
        for c in nc.extract_claims(text):
            if text[c.start:c.end] != c.content:
                bad.append(f"{case.name}: content {c.content!r} vs {text[c.start:c.end]!r}")
            if (c.speaker_start is None) != (c.speaker_end is None):
                bad.append(f"{case.name}: only one speaker offset set for {c.speaker!r}")
            if c.speaker_start is not None:
                if c.speaker is None or text[c.speaker_start:c.speaker_end] != c.speaker:
                    bad.append(
                        f"{case.name}: speaker {c.speaker!r} vs {text[c.speaker_start:c.speaker_end]!r}"
                    )
            d = c.to_dict()
            assert (d["start"], d["end"], d["content"]) == (c.start, c.end, c.content)
    assert not bad, "\n".join(bad)


def test_article_input_gives_same_claims_as_text() -> None:
    for case in CASES:
        from_text = [c.to_dict() for c in nc.extract_claims(case.text)]
        from_article = [c.to_dict() for c in nc.extract_claims(nc.parse_article(case.text))]
        assert from_article == from_text, case.name


@pytest.mark.parametrize("bad", [None, 42, 3.5, b"Il sindaco ha detto che piove.", ["testo"]])
def test_non_str_input_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        nc.extract_claims(bad)  # type: ignore[arg-type]
