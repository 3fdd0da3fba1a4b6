"""Table-driven tests for ``newsclaims.parse_article`` on small invented articles.

Every article below was written for this file. Each row names an input text and the
exact article fields a careful fact-checker expects from it (title, byline, date,
section, lead, headings, body, and the boilerplate set aside with its reason).
Separate tests check the offset round-trip of every block, the empty article,
and the TypeError raised for non-string input.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import pytest

import newsclaims as nc


def paras(*lines: str) -> str:
    """Paragraphs separated by blank lines (also the shape of ``body``)."""
    return "\n\n".join(lines)


def lines(*lines: str) -> str:
    """Paragraphs separated by single newlines, as some scrapers emit them."""
    return "\n".join(lines)


def article(
    *,
    title: str | None = None,
    authors: tuple[str, ...] = (),
    published: str | None = None,
    section: str | None = None,
    lead: str | None = None,
    headings: tuple[str, ...] = (),
    body: str = "",
    removed: tuple[tuple[str, str], ...] = (),
    language: str | None = None,
) -> dict[str, Any]:
    """The full expected article: every field not given must be empty/None."""
    expected: dict[str, Any] = {
        "title": title,
        "authors": list(authors),
        "published": published,
        "section": section,
        "lead": lead,
        "headings": list(headings),
        "body": body,
        "removed": list(removed),
    }
    if language is not None:
        expected["language"] = language
    return expected


class Case(NamedTuple):
    name: str
    text: str
    expected: dict[str, Any]
    lang: str | None = None


def parse(case: Case) -> dict[str, Any]:
    if case.lang is None:
        return nc.parse_article(case.text).to_dict()
    return nc.parse_article(case.text, lang=case.lang).to_dict()


CASES = [
    # ------------------------------------------------------------------ Italian
    Case(
        "it_dateline_with_time_and_di_author",
        paras(
            "Sciopero dei treni, venerdì stop di 24 ore",
            "5 Set 2023 10:01 - di Sara De Vico",
            "I sindacati confermano la protesta contro i tagli al trasporto regionale annunciati dalla giunta nelle ultime settimane",
            "Lo sciopero inizierà alle 21 di giovedì e terminerà alla stessa ora di venerdì.",
            "Saranno garantite le fasce orarie protette per i pendolari.",
        ),
        article(
            title="Sciopero dei treni, venerdì stop di 24 ore",
            authors=("Sara De Vico",),
            published="2023-09-05T10:01",
            lead="I sindacati confermano la protesta contro i tagli al trasporto regionale annunciati dalla giunta nelle ultime settimane",
            body=paras(
                "I sindacati confermano la protesta contro i tagli al trasporto regionale annunciati dalla giunta nelle ultime settimane",
                "Lo sciopero inizierà alle 21 di giovedì e terminerà alla stessa ora di venerdì.",
                "Saranno garantite le fasce orarie protette per i pendolari.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_di_author_and_slash_date",
        paras(
            "Approvato il nuovo piano del traffico",
            "di Mario Rossi",
            "05/09/2023",
            "Il consiglio comunale ha approvato ieri sera il piano con ventidue voti favorevoli e otto contrari.",
            "Le prime modifiche alla viabilità entreranno in vigore a ottobre.",
        ),
        article(
            title="Approvato il nuovo piano del traffico",
            authors=("Mario Rossi",),
            published="2023-09-05",
            body=paras(
                "Il consiglio comunale ha approvato ieri sera il piano con ventidue voti favorevoli e otto contrari.",
                "Le prime modifiche alla viabilità entreranno in vigore a ottobre.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_question_title_two_authors_weekday_date",
        paras(
            "Chi pagherà il conto del nuovo stadio?",
            "Di Mario Rossi e Luca Bianchi",
            "martedì 5 settembre 2023",
            "Il progetto presentato dalla società prevede una spesa di 120 milioni di euro.",
            "Il Comune chiede garanzie sulle opere di urbanizzazione.",
        ),
        article(
            title="Chi pagherà il conto del nuovo stadio?",
            authors=("Mario Rossi", "Luca Bianchi"),
            published="2023-09-05",
            body=paras(
                "Il progetto presentato dalla società prevede una spesa di 120 milioni di euro.",
                "Il Comune chiede garanzie sulle opere di urbanizzazione.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_title_with_inner_period_name_alone_pubblicato_alle",
        paras(
            "Il prof. Bassi guida la nuova commissione sul clima",
            "Giulia Neri",
            "Pubblicato il 12 marzo 2024 alle 18:30",
            "La commissione, composta da nove esperti, dovrà presentare una relazione entro l'estate.",
            "Il primo incontro è fissato per lunedì prossimo a Bologna.",
        ),
        article(
            title="Il prof. Bassi guida la nuova commissione sul clima",
            authors=("Giulia Neri",),
            published="2024-03-12T18:30",
            body=paras(
                "La commissione, composta da nove esperti, dovrà presentare una relazione entro l'estate.",
                "Il primo incontro è fissato per lunedì prossimo a Bologna.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_aggiornato_abbreviated_month",
        paras(
            "Neve in Appennino, chiuse due statali",
            "Aggiornato: 3 gen 2022",
            "La neve caduta nella notte ha costretto l'Anas a chiudere due strade statali tra Toscana ed Emilia.",
            "I mezzi spazzaneve sono al lavoro dalle prime ore del mattino.",
        ),
        article(
            title="Neve in Appennino, chiuse due statali",
            published="2022-01-03",
            body=paras(
                "La neve caduta nella notte ha costretto l'Anas a chiudere due strade statali tra Toscana ed Emilia.",
                "I mezzi spazzaneve sono al lavoro dalle prime ore del mattino.",
            ),
            language="it",
        ),
    ),
    Case(
        # Both dates are dateline; `published` is the publication date, not the update.
        "it_pubblicato_and_aggiornato_keeps_publication_date",
        paras(
            "Bollette, da aprile cambia il mercato tutelato",
            "di Anna Verdi",
            "Pubblicato il 20 feb 2024",
            "Aggiornato il 21 feb 2024 alle 9:15",
            "Dal primo aprile i clienti domestici che non hanno scelto un fornitore passeranno a un servizio di tutele graduali.",
            "Le associazioni dei consumatori chiedono più informazione.",
        ),
        article(
            title="Bollette, da aprile cambia il mercato tutelato",
            authors=("Anna Verdi",),
            published="2024-02-20",
            body=paras(
                "Dal primo aprile i clienti domestici che non hanno scelto un fornitore passeranno a un servizio di tutele graduali.",
                "Le associazioni dei consumatori chiedono più informazione.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_abbreviated_month_with_dot_and_ore",
        paras(
            "Mercatini di Natale, record di presenze a Trento",
            "di Paolo Gallo",
            "12 dic. 2023 ore 10:01",
            "Oltre centomila visitatori hanno raggiunto il centro storico nel fine settimana.",
            "Gli albergatori parlano della migliore stagione dell'ultimo decennio.",
        ),
        article(
            title="Mercatini di Natale, record di presenze a Trento",
            authors=("Paolo Gallo",),
            published="2023-12-12T10:01",
            body=paras(
                "Oltre centomila visitatori hanno raggiunto il centro storico nel fine settimana.",
                "Gli albergatori parlano della migliore stagione dell'ultimo decennio.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_section_dash_dotted_date_and_time",
        paras(
            "Incendio in un capannone, evacuate tre famiglie – Cronaca",
            "05.09.2023 - ore 10.01",
            "Le fiamme sono divampate poco dopo l'alba in un deposito di materiale plastico alla periferia della città.",
            "Nessuno è rimasto ferito, ma i vigili del fuoco hanno lavorato per ore.",
        ),
        article(
            title="Incendio in un capannone, evacuate tre famiglie",
            section="Cronaca",
            published="2023-09-05T10:01",
            body=paras(
                "Le fiamme sono divampate poco dopo l'alba in un deposito di materiale plastico alla periferia della città.",
                "Nessuno è rimasto ferito, ma i vigili del fuoco hanno lavorato per ore.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_iso_date_and_uppercase_end_marker",
        paras(
            "Università, cresce il numero di iscritti",
            "di Elena Costa",
            "2023-09-05",
            "Gli atenei del Sud registrano l'aumento più forte, con un più 6 per cento sulle matricole.",
            "Crescono soprattutto i corsi di ingegneria e informatica.",
            "© RIPRODUZIONE RISERVATA",
        ),
        article(
            title="Università, cresce il numero di iscritti",
            authors=("Elena Costa",),
            published="2023-09-05",
            body=paras(
                "Gli atenei del Sud registrano l'aumento più forte, con un più 6 per cento sulle matricole.",
                "Crescono soprattutto i corsi di ingegneria e informatica.",
            ),
            removed=(("© RIPRODUZIONE RISERVATA", "end_marker"),),
            language="it",
        ),
    ),
    Case(
        "it_month_and_year_only",
        paras(
            "Il borgo che rinasce grazie ai giovani agricoltori",
            "di Paolo Gallo",
            "marzo 2024",
            "A Castelvecchio dodici aziende agricole hanno riaperto negli ultimi tre anni.",
            "Il sindaco punta ora su un piccolo ostello per i visitatori.",
        ),
        article(
            title="Il borgo che rinasce grazie ai giovani agricoltori",
            authors=("Paolo Gallo",),
            published="2024-03",
            body=paras(
                "A Castelvecchio dodici aziende agricole hanno riaperto negli ultimi tre anni.",
                "Il sindaco punta ora su un piccolo ostello per i visitatori.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_metadata_prefix_then_body_on_same_line",
        paras(
            " date 2023-09 Il consiglio regionale ha approvato il bilancio dopo una seduta durata fino a notte fonda.",
            "L'opposizione ha annunciato un ricorso al tribunale amministrativo.",
            "Il voto finale sulla manovra regionale è previsto per martedì.",
        ),
        article(
            published="2023-09",
            body=paras(
                "Il consiglio regionale ha approvato il bilancio dopo una seduta durata fino a notte fonda.",
                "L'opposizione ha annunciato un ricorso al tribunale amministrativo.",
                "Il voto finale sulla manovra regionale è previsto per martedì.",
            ),
            removed=(("date 2023-09", "metadata"),),
            language="it",
        ),
    ),
    Case(
        "it_section_after_dash_with_explicit_lang",
        paras(
            "Riforma della giustizia, primo via libera al Senato – Politica",
            "di Luca Bianchi",
            "Il testo passa ora alla Camera, dove la maggioranza punta a chiudere entro l'estate.",
            "Le opposizioni hanno presentato oltre trecento emendamenti.",
        ),
        article(
            title="Riforma della giustizia, primo via libera al Senato",
            authors=("Luca Bianchi",),
            section="Politica",
            body=paras(
                "Il testo passa ora alla Camera, dove la maggioranza punta a chiudere entro l'estate.",
                "Le opposizioni hanno presentato oltre trecento emendamenti.",
            ),
            language="it",
        ),
        lang="it",
    ),
    Case(
        "it_section_after_pipe",
        paras(
            "Elezioni a Malta, affluenza record | Esteri",
            "di Chiara Lodi",
            "Oltre l'ottanta per cento degli aventi diritto si è recato alle urne.",
            "I risultati definitivi sono attesi per domani mattina.",
        ),
        article(
            title="Elezioni a Malta, affluenza record",
            authors=("Chiara Lodi",),
            section="Esteri",
            body=paras(
                "Oltre l'ottanta per cento degli aventi diritto si è recato alle urne.",
                "I risultati definitivi sono attesi per domani mattina.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_exclamation_title_with_sport_section",
        paras(
            "La Virtus Lucca vince il campionato! – Sport",
            "di Marco Ferri",
            "Con il pareggio di ieri la squadra ha conquistato la promozione con due giornate di anticipo.",
            "In piazza sono scesi migliaia di tifosi.",
        ),
        article(
            title="La Virtus Lucca vince il campionato!",
            authors=("Marco Ferri",),
            section="Sport",
            body=paras(
                "Con il pareggio di ieri la squadra ha conquistato la promozione con due giornate di anticipo.",
                "In piazza sono scesi migliaia di tifosi.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_dash_between_cities_is_not_a_section",
        paras(
            "Treni, ritardi fino a due ore sulla Roma – Milano",
            "di Luca Bianchi",
            "Un guasto alla linea elettrica vicino a Bologna ha bloccato la circolazione per tutta la mattina.",
            "Le ferrovie hanno attivato bus sostitutivi.",
        ),
        article(
            title="Treni, ritardi fino a due ore sulla Roma – Milano",
            authors=("Luca Bianchi",),
            body=paras(
                "Un guasto alla linea elettrica vicino a Bologna ha bloccato la circolazione per tutta la mattina.",
                "Le ferrovie hanno attivato bus sostitutivi.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_title_with_colon_and_quoted_phrase",
        paras(
            "Il ministro Ferri: «Nessun aumento delle tasse nel 2024»",
            "di Chiara Lodi",
            "Il ministro ha parlato al termine del vertice di maggioranza di ieri sera.",
            "La manovra sarà presentata in Parlamento entro la fine del mese.",
        ),
        article(
            title="Il ministro Ferri: «Nessun aumento delle tasse nel 2024»",
            authors=("Chiara Lodi",),
            body=paras(
                "Il ministro ha parlato al termine del vertice di maggioranza di ieri sera.",
                "La manovra sarà presentata in Parlamento entro la fine del mese.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_no_title_first_line_is_body",
        paras(
            "Un uomo di 45 anni è stato arrestato ieri sera a Pescara dopo un inseguimento durato oltre venti minuti.",
            "Secondo la polizia, l'auto su cui viaggiava era stata rubata la settimana scorsa.",
            "L'uomo è ora in attesa della convalida.",
        ),
        article(
            body=paras(
                "Un uomo di 45 anni è stato arrestato ieri sera a Pescara dopo un inseguimento durato oltre venti minuti.",
                "Secondo la polizia, l'auto su cui viaggiava era stata rubata la settimana scorsa.",
                "L'uomo è ora in attesa della convalida.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_single_newline_paragraphs_with_lead",
        lines(
            "Piscine comunali, riapertura anticipata",
            "di Elena Costa",
            "Le tre piscine comunali riapriranno al pubblico lunedì, con due settimane di anticipo rispetto al calendario previsto",
            "I lavori di manutenzione sono terminati prima del previsto.",
            "Gli abbonamenti potranno essere rinnovati online.",
        ),
        article(
            title="Piscine comunali, riapertura anticipata",
            authors=("Elena Costa",),
            lead="Le tre piscine comunali riapriranno al pubblico lunedì, con due settimane di anticipo rispetto al calendario previsto",
            body=paras(
                "Le tre piscine comunali riapriranno al pubblico lunedì, con due settimane di anticipo rispetto al calendario previsto",
                "I lavori di manutenzione sono terminati prima del previsto.",
                "Gli abbonamenti potranno essere rinnovati online.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_heading_ending_with_question_mark",
        paras(
            "Nuova Irpef, tre aliquote dal prossimo anno",
            "di Anna Verdi",
            "Il Consiglio dei ministri ha approvato il decreto che riduce gli scaglioni da quattro a tre.",
            "Cosa cambia per i contribuenti?",
            "Chi guadagna fino a 28 mila euro pagherà un'aliquota del 23 per cento.",
            "Le detrazioni per lavoro dipendente restano invariate.",
        ),
        article(
            title="Nuova Irpef, tre aliquote dal prossimo anno",
            authors=("Anna Verdi",),
            headings=("Cosa cambia per i contribuenti?",),
            body=paras(
                "Il Consiglio dei ministri ha approvato il decreto che riduce gli scaglioni da quattro a tre.",
                "Cosa cambia per i contribuenti?",
                "Chi guadagna fino a 28 mila euro pagherà un'aliquota del 23 per cento.",
                "Le detrazioni per lavoro dipendente restano invariate.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_lead_and_two_headings",
        paras(
            "Ospedale, apre il nuovo pronto soccorso",
            "di Sara De Vico",
            "La struttura, costata 14 milioni di euro, potrà accogliere fino a duecento pazienti al giorno con tempi di attesa ridotti",
            "Il nuovo reparto è stato inaugurato questa mattina alla presenza del direttore sanitario.",
            "Più spazio e più personale",
            "Gli ambulatori passano da sei a dieci e sono stati assunti dodici infermieri.",
            "I tempi della prima visita",
            "L'obiettivo è visitare i codici minori entro un'ora dall'arrivo.",
        ),
        article(
            title="Ospedale, apre il nuovo pronto soccorso",
            authors=("Sara De Vico",),
            lead="La struttura, costata 14 milioni di euro, potrà accogliere fino a duecento pazienti al giorno con tempi di attesa ridotti",
            headings=("Più spazio e più personale", "I tempi della prima visita"),
            body=paras(
                "La struttura, costata 14 milioni di euro, potrà accogliere fino a duecento pazienti al giorno con tempi di attesa ridotti",
                "Il nuovo reparto è stato inaugurato questa mattina alla presenza del direttore sanitario.",
                "Più spazio e più personale",
                "Gli ambulatori passano da sei a dieci e sono stati assunti dodici infermieri.",
                "I tempi della prima visita",
                "L'obiettivo è visitare i codici minori entro un'ora dall'arrivo.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_short_last_line_is_not_a_heading",
        paras(
            "Frana sulla provinciale, strada chiusa",
            "Una frana ha invaso la carreggiata della strada provinciale poco dopo le sei del mattino.",
            "I tecnici della Provincia stanno valutando la stabilità del versante.",
            "Le verifiche proseguiranno domani",
        ),
        article(
            title="Frana sulla provinciale, strada chiusa",
            body=paras(
                "Una frana ha invaso la carreggiata della strada provinciale poco dopo le sei del mattino.",
                "I tecnici della Provincia stanno valutando la stabilità del versante.",
                "Le verifiche proseguiranno domani",
            ),
            language="it",
        ),
    ),
    Case(
        "it_long_unpunctuated_last_line_is_a_paragraph",
        paras(
            "Porto, via libera al dragaggio dei fondali",
            "di Luca Bianchi",
            "L'autorità portuale ha firmato il contratto per il dragaggio dei fondali del bacino commerciale.",
            "I lavori dureranno diciotto mesi e permetteranno l'attracco di navi portacontainer fino a 300 metri di lunghezza, come previsto dal piano regolatore",
        ),
        article(
            title="Porto, via libera al dragaggio dei fondali",
            authors=("Luca Bianchi",),
            body=paras(
                "L'autorità portuale ha firmato il contratto per il dragaggio dei fondali del bacino commerciale.",
                "I lavori dureranno diciotto mesi e permetteranno l'attracco di navi portacontainer fino a 300 metri di lunghezza, come previsto dal piano regolatore",
            ),
            language="it",
        ),
    ),
    Case(
        "it_nbsp_and_double_spaces",
        "Rincari, il pane costa il 12% in più\u00a0\n"
        "\u00a0\n"
        "di  Chiara Lodi\n"
        "\n"
        "7\u00a0ottobre 2023\n"
        "\n"
        "  Il prezzo medio di un chilo di pane ha superato i quattro euro in dieci capoluoghi.\u00a0\n"
        "\u00a0\n"
        "Le associazioni dei consumatori chiedono un tavolo con i panificatori.  \n",
        article(
            title="Rincari, il pane costa il 12% in più",
            authors=("Chiara Lodi",),
            published="2023-10-07",
            body=paras(
                "Il prezzo medio di un chilo di pane ha superato i quattro euro in dieci capoluoghi.",
                "Le associazioni dei consumatori chiedono un tavolo con i panificatori.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_newsletter_in_news_prose_stays_in_body",
        paras(
            "Il giornale di quartiere che vive di abbonamenti",
            "di Elena Costa",
            "Nato come foglio ciclostilato, il mensile del quartiere San Donato conta oggi tremila abbonati.",
            "I lettori possono iscriversi alla newsletter dal sito del giornale, spiega la direttrice, ma la versione cartacea resta la più letta.",
            "Il prossimo passo sarà un podcast sulle storie dei residenti.",
        ),
        article(
            title="Il giornale di quartiere che vive di abbonamenti",
            authors=("Elena Costa",),
            body=paras(
                "Nato come foglio ciclostilato, il mensile del quartiere San Donato conta oggi tremila abbonati.",
                "I lettori possono iscriversi alla newsletter dal sito del giornale, spiega la direttrice, ma la versione cartacea resta la più letta.",
                "Il prossimo passo sarà un podcast sulle storie dei residenti.",
            ),
            language="it",
        ),
    ),
    Case(
        "it_fine_as_a_word_stays_fine_as_end_marker_goes",
        paras(
            "Fine settimana di pioggia e temporali al Nord",
            "di Paolo Gallo",
            "Alla fine della settimana una perturbazione atlantica porterà piogge diffuse su Piemonte e Lombardia.",
            "Il miglioramento è atteso solo a fine mese, secondo i meteorologi.",
            "Fine",
        ),
        article(
            title="Fine settimana di pioggia e temporali al Nord",
            authors=("Paolo Gallo",),
            body=paras(
                "Alla fine della settimana una perturbazione atlantica porterà piogge diffuse su Piemonte e Lombardia.",
                "Il miglioramento è atteso solo a fine mese, secondo i meteorologi.",
            ),
            removed=(("Fine", "end_marker"),),
            language="it",
        ),
    ),
    Case(
        "it_paywall_prompt",
        paras(
            "Caro affitti, gli studenti tornano in piazza",
            "di Sara De Vico",
            "Centinaia di universitari hanno montato le tende davanti al rettorato per chiedere alloggi a prezzi calmierati.",
            "Per continuare a leggere l'articolo abbonati",
        ),
        article(
            title="Caro affitti, gli studenti tornano in piazza",
            authors=("Sara De Vico",),
            body="Centinaia di universitari hanno montato le tende davanti al rettorato per chiedere alloggi a prezzi calmierati.",
            removed=(("Per continuare a leggere l'articolo abbonati", "paywall"),),
            language="it",
        ),
    ),
    Case(
        "it_subscribers_only_and_riproduzione_riservata",
        paras(
            "Banche, utili record nel primo semestre – Economia",
            "di Anna Verdi",
            "I cinque maggiori istituti italiani hanno chiuso il semestre con utili in crescita del 60 per cento.",
            "Questo contenuto è riservato agli abbonati",
            "Riproduzione riservata ©",
        ),
        article(
            title="Banche, utili record nel primo semestre",
            authors=("Anna Verdi",),
            section="Economia",
            body="I cinque maggiori istituti italiani hanno chiuso il semestre con utili in crescita del 60 per cento.",
            removed=(
                ("Questo contenuto è riservato agli abbonati", "paywall"),
                ("Riproduzione riservata ©", "end_marker"),
            ),
            language="it",
        ),
    ),
    Case(
        "it_related_article_injections",
        paras(
            "Bonus edilizi, cosa resta nel 2024",
            "di Mario Rossi",
            "Il superbonus scende al 70 per cento per i condomini che non hanno concluso i lavori.",
            "Leggi anche: Mutui, le rate tornano a salire",
            "Resta invece al 50 per cento la detrazione per le ristrutturazioni ordinarie.",
            "LEGGI ANCHE Casa, i prezzi nelle città universitarie",
            "Per le caldaie a gas non sono più previsti incentivi.",
            "Potrebbe interessarti anche: Affitti brevi, arriva il codice identificativo",
        ),
        article(
            title="Bonus edilizi, cosa resta nel 2024",
            authors=("Mario Rossi",),
            body=paras(
                "Il superbonus scende al 70 per cento per i condomini che non hanno concluso i lavori.",
                "Resta invece al 50 per cento la detrazione per le ristrutturazioni ordinarie.",
                "Per le caldaie a gas non sono più previsti incentivi.",
            ),
            removed=(
                ("Leggi anche: Mutui, le rate tornano a salire", "related"),
                ("LEGGI ANCHE Casa, i prezzi nelle città universitarie", "related"),
                ("Potrebbe interessarti anche: Affitti brevi, arriva il codice identificativo", "related"),
            ),
            language="it",
        ),
    ),
    Case(
        "it_comment_form_and_back_to_top",
        paras(
            "Sagra del tartufo, cinquantamila presenze",
            "di Giulia Neri",
            "La manifestazione si è chiusa domenica con un aumento dei visitatori del 15 per cento rispetto all'anno scorso.",
            "Lascia un commento",
            "Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *",
            "Torna in alto",
        ),
        article(
            title="Sagra del tartufo, cinquantamila presenze",
            authors=("Giulia Neri",),
            body="La manifestazione si è chiusa domenica con un aumento dei visitatori del 15 per cento rispetto all'anno scorso.",
            removed=(
                ("Lascia un commento", "comments"),
                ("Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments"),
                ("Torna in alto", "navigation"),
            ),
            language="it",
        ),
    ),
    Case(
        "it_repeated_title_line",
        paras(
            "Scuola, mancano ancora duemila insegnanti di sostegno",
            "di Elena Costa",
            "Scuola, mancano ancora duemila insegnanti di sostegno",
            "A una settimana dal suono della prima campanella, molte cattedre restano scoperte.",
            "I sindacati chiedono un piano straordinario di assunzioni.",
        ),
        article(
            title="Scuola, mancano ancora duemila insegnanti di sostegno",
            authors=("Elena Costa",),
            body=paras(
                "A una settimana dal suono della prima campanella, molte cattedre restano scoperte.",
                "I sindacati chiedono un piano straordinario di assunzioni.",
            ),
            removed=(("Scuola, mancano ancora duemila insegnanti di sostegno", "duplicate_title"),),
            language="it",
        ),
    ),
    Case(
        "it_author_bio_at_the_end",
        paras(
            "Processo per la discarica, chiesti sei rinvii a giudizio",
            "di Sara De Vico",
            "La procura ha chiuso le indagini sulla gestione della discarica comunale.",
            "Tra gli indagati ci sono due ex dirigenti dell'azienda dei rifiuti.",
            "Sara De Vico",
            "Sara De Vico è giornalista professionista e si occupa di cronaca giudiziaria dal 2010.",
        ),
        article(
            title="Processo per la discarica, chiesti sei rinvii a giudizio",
            authors=("Sara De Vico",),
            body=paras(
                "La procura ha chiuso le indagini sulla gestione della discarica comunale.",
                "Tra gli indagati ci sono due ex dirigenti dell'azienda dei rifiuti.",
            ),
            removed=(
                ("Sara De Vico", "author_bio"),
                ("Sara De Vico è giornalista professionista e si occupa di cronaca giudiziaria dal 2010.", "author_bio"),
            ),
            language="it",
        ),
    ),
    Case(
        "it_ads_share_newsletter_cookie",
        paras(
            "Turismo, agosto da record sulle coste",
            "di Paolo Gallo",
            "Le presenze negli stabilimenti balneari sono cresciute dell'otto per cento rispetto al 2022.",
            "Pubblicità",
            "Gli operatori segnalano però un calo della spesa media per famiglia.",
            "L'ARTICOLO CONTINUA DOPO LA PUBBLICITÀ",
            "Il mese di settembre si annuncia altrettanto positivo.",
            "Condividi su Facebook",
            "Iscriviti alla newsletter",
            "Questo sito utilizza i cookie per migliorare l'esperienza di navigazione",
        ),
        article(
            title="Turismo, agosto da record sulle coste",
            authors=("Paolo Gallo",),
            body=paras(
                "Le presenze negli stabilimenti balneari sono cresciute dell'otto per cento rispetto al 2022.",
                "Gli operatori segnalano però un calo della spesa media per famiglia.",
                "Il mese di settembre si annuncia altrettanto positivo.",
            ),
            removed=(
                ("Pubblicità", "advertising"),
                ("L'ARTICOLO CONTINUA DOPO LA PUBBLICITÀ", "advertising"),
                ("Condividi su Facebook", "share"),
                ("Iscriviti alla newsletter", "newsletter"),
                ("Questo sito utilizza i cookie per migliorare l'esperienza di navigazione", "cookie"),
            ),
            language="it",
        ),
    ),
    Case(
        # A boilerplate first line is not a headline.
        "it_all_boilerplate",
        paras(
            "Questo contenuto è riservato agli abbonati",
            "Iscriviti alla newsletter",
            "Torna in alto",
        ),
        article(
            body="",
            removed=(
                ("Questo contenuto è riservato agli abbonati", "paywall"),
                ("Iscriviti alla newsletter", "newsletter"),
                ("Torna in alto", "navigation"),
            ),
        ),
    ),
    # ------------------------------------------------------------------ English
    Case(
        "en_by_author_long_date_and_lead",
        paras(
            "Council approves new cycle lanes after long debate",
            "By John Smith",
            "September 5, 2023",
            "The city council voted nine to four on Monday night to build twelve miles of protected cycle lanes across the centre",
            "Construction is expected to begin in the spring.",
            "Opponents said the plan would hurt local shops.",
        ),
        article(
            title="Council approves new cycle lanes after long debate",
            authors=("John Smith",),
            published="2023-09-05",
            lead="The city council voted nine to four on Monday night to build twelve miles of protected cycle lanes across the centre",
            body=paras(
                "The city council voted nine to four on Monday night to build twelve miles of protected cycle lanes across the centre",
                "Construction is expected to begin in the spring.",
                "Opponents said the plan would hurt local shops.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_title_with_inner_period_two_authors_abbreviated_month",
        paras(
            "Flooding closes roads in St. Louis as rain continues",
            "By Jane Doe and John Roe",
            "Sep 5, 2023",
            "More than forty roads were closed on Tuesday after a second night of heavy rain.",
            "Forecasters expect the river to crest on Thursday.",
        ),
        article(
            title="Flooding closes roads in St. Louis as rain continues",
            authors=("Jane Doe", "John Roe"),
            published="2023-09-05",
            body=paras(
                "More than forty roads were closed on Tuesday after a second night of heavy rain.",
                "Forecasters expect the river to crest on Thursday.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_section_after_pipe_weekday_date",
        paras(
            "Hospital waiting lists fall for third month | Health",
            "By Priya Shah",
            "Tuesday, September 5, 2023",
            "The number of patients waiting more than a year for treatment fell by 8 percent in August.",
            "Health officials credited extra weekend clinics.",
        ),
        article(
            title="Hospital waiting lists fall for third month",
            authors=("Priya Shah",),
            section="Health",
            published="2023-09-05",
            body=paras(
                "The number of patients waiting more than a year for treatment fell by 8 percent in August.",
                "Health officials credited extra weekend clinics.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_section_after_dash_day_month_year_time",
        paras(
            "U.S. inflation slows to 3.2% in August – Business",
            "5 September 2023 14:20",
            "Consumer prices rose more slowly than economists had expected, helped by cheaper petrol and airfares.",
            "Food prices, however, kept climbing.",
        ),
        article(
            title="U.S. inflation slows to 3.2% in August",
            section="Business",
            published="2023-09-05T14:20",
            body=paras(
                "Consumer prices rose more slowly than economists had expected, helped by cheaper petrol and airfares.",
                "Food prices, however, kept climbing.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_lead_and_question_heading",
        paras(
            "Town votes to keep its last library open",
            "By Tom Reed",
            "Residents of Millbrook backed a small property tax rise to save the library that had been due to close in the spring",
            "The referendum passed with 61 percent of the vote.",
            "What happens next?",
            "The library board will hire two new staff members and extend opening hours on Saturdays.",
        ),
        article(
            title="Town votes to keep its last library open",
            authors=("Tom Reed",),
            lead="Residents of Millbrook backed a small property tax rise to save the library that had been due to close in the spring",
            headings=("What happens next?",),
            body=paras(
                "Residents of Millbrook backed a small property tax rise to save the library that had been due to close in the spring",
                "The referendum passed with 61 percent of the vote.",
                "What happens next?",
                "The library board will hire two new staff members and extend opening hours on Saturdays.",
            ),
            language="en",
        ),
    ),
    Case(
        # Ends with a period inside the closing quote: not a standfirst.
        "en_quoted_title_and_first_paragraph_ending_in_quote_is_not_lead",
        paras(
            'Mayor on bridge plan: "We cannot wait another year"',
            "By Jane Doe",
            'The mayor ended the meeting with a promise to residents of the flooded district: "We will reopen the bridge by September."',
            "Engineers say the repairs will cost about two million dollars.",
        ),
        article(
            title='Mayor on bridge plan: "We cannot wait another year"',
            authors=("Jane Doe",),
            body=paras(
                'The mayor ended the meeting with a promise to residents of the flooded district: "We will reopen the bridge by September."',
                "Engineers say the repairs will cost about two million dollars.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_boilerplate_of_every_kind",
        paras(
            "Wildfire forces evacuation of mountain villages",
            "By John Smith",
            "About 3,000 people were ordered to leave their homes as the fire spread across dry hillsides.",
            "Advertisement",
            "Firefighters said strong winds were making the blaze hard to contain.",
            "Read more: Drought leaves reservoirs at record lows",
            "Share this article",
            "Sign up for our newsletter",
            "Leave a comment",
            "Back to top",
        ),
        article(
            title="Wildfire forces evacuation of mountain villages",
            authors=("John Smith",),
            body=paras(
                "About 3,000 people were ordered to leave their homes as the fire spread across dry hillsides.",
                "Firefighters said strong winds were making the blaze hard to contain.",
            ),
            removed=(
                ("Advertisement", "advertising"),
                ("Read more: Drought leaves reservoirs at record lows", "related"),
                ("Share this article", "share"),
                ("Sign up for our newsletter", "newsletter"),
                ("Leave a comment", "comments"),
                ("Back to top", "navigation"),
            ),
            language="en",
        ),
    ),
    Case(
        "en_read_injection_and_paywall",
        paras(
            "Rail strike called off after late-night talks",
            "By Priya Shah",
            "Union leaders accepted a revised pay offer shortly before midnight on Sunday.",
            "READ: Commuters face a week of disruption",
            "Services will run normally from Monday morning.",
            "Subscribe to continue reading",
        ),
        article(
            title="Rail strike called off after late-night talks",
            authors=("Priya Shah",),
            body=paras(
                "Union leaders accepted a revised pay offer shortly before midnight on Sunday.",
                "Services will run normally from Monday morning.",
            ),
            removed=(
                ("READ: Commuters face a week of disruption", "related"),
                ("Subscribe to continue reading", "paywall"),
            ),
            language="en",
        ),
    ),
    Case(
        "en_newsletter_in_news_prose_stays_in_body",
        paras(
            "Local paper finds new readers online",
            "By Tom Reed",
            "The Harbour Gazette says its free email newsletter now reaches 40,000 readers every morning.",
            "Readers who sign up for the newsletter also buy more print subscriptions, the editor said.",
            "The paper plans to hire two reporters next year.",
        ),
        article(
            title="Local paper finds new readers online",
            authors=("Tom Reed",),
            body=paras(
                "The Harbour Gazette says its free email newsletter now reaches 40,000 readers every morning.",
                "Readers who sign up for the newsletter also buy more print subscriptions, the editor said.",
                "The paper plans to hire two reporters next year.",
            ),
            language="en",
        ),
    ),
    Case(
        "en_no_title_with_explicit_lang",
        paras(
            "Police in Leeds have arrested two men after a jewellery shop was robbed in broad daylight on Saturday.",
            "Officers said no one was injured during the raid.",
            "Both men are due in court on Monday.",
        ),
        article(
            body=paras(
                "Police in Leeds have arrested two men after a jewellery shop was robbed in broad daylight on Saturday.",
                "Officers said no one was injured during the raid.",
                "Both men are due in court on Monday.",
            ),
            language="en",
        ),
        lang="en",
    ),
    Case(
        "en_single_newline_paragraphs_and_back_to_top",
        lines(
            "Heatwave warning extended to Friday",
            "By Jane Doe",
            "Temperatures are expected to reach 35C in parts of the south.",
            "Schools have been told to keep children indoors at lunchtime.",
            "Back to top",
        ),
        article(
            title="Heatwave warning extended to Friday",
            authors=("Jane Doe",),
            body=paras(
                "Temperatures are expected to reach 35C in parts of the south.",
                "Schools have been told to keep children indoors at lunchtime.",
            ),
            removed=(("Back to top", "navigation"),),
            language="en",
        ),
    ),
    Case(
        "en_all_boilerplate",
        paras(
            "Subscribe to continue reading",
            "Sign up for our newsletter",
            "Advertisement",
        ),
        article(
            body="",
            removed=(
                ("Subscribe to continue reading", "paywall"),
                ("Sign up for our newsletter", "newsletter"),
                ("Advertisement", "advertising"),
            ),
        ),
    ),
]

CASE_IDS = [case.name for case in CASES]


def test_case_names_are_unique() -> None:
    assert len(CASE_IDS) == len(set(CASE_IDS))


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_parse_article_fields(case: Case) -> None:
    d = parse(case)
    for field, expected in case.expected.items():
        if field == "removed":
            # Whether a block's text keeps the line's surrounding whitespace is not
            # part of the contract; its words and its reason are.
            actual = [(r["text"].strip(), r["reason"]) for r in d["removed"]]
        else:
            actual = d[field]
        assert actual == expected, f"{case.name}: field {field!r}"


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_block_offsets_round_trip(case: Case) -> None:
    d = parse(case)
    for block in [*d["blocks"], *d["removed"]]:
        start, end = block["start"], block["end"]
        assert 0 <= start <= end <= len(case.text), block
        assert case.text[start:end] == block["text"], block
    spans = [(b["start"], b["end"]) for b in d["blocks"]]
    assert spans == sorted(spans), "blocks are not in input order"
    for (_, prev_end), (next_start, _) in zip(spans, spans[1:]):
        assert prev_end <= next_start, "blocks overlap"


@pytest.mark.parametrize("case", CASES, ids=CASE_IDS)
def test_removed_blocks_are_among_blocks(case: Case) -> None:
    d = parse(case)
    spans = {(b["start"], b["end"], b["text"]) for b in d["blocks"]}
    for r in d["removed"]:
        assert (r["start"], r["end"], r["text"]) in spans, r


@pytest.mark.parametrize("text", ["", "   ", "\n\n\n", "\u00a0\n \t\n\u00a0"])
def test_empty_or_whitespace_input_gives_empty_article(text: str) -> None:
    d = nc.parse_article(text).to_dict()
    assert d["title"] is None
    assert d["authors"] == []
    assert d["published"] is None
    assert d["section"] is None
    assert d["lead"] is None
    assert d["headings"] == []
    assert d["body"] == ""
    assert d["blocks"] == []
    assert d["removed"] == []


@pytest.mark.parametrize("bad", [None, 3, b"bytes"], ids=["None", "int", "bytes"])
def test_non_str_input_raises_type_error(bad: object) -> None:
    with pytest.raises(TypeError):
        nc.parse_article(bad)  # type: ignore[arg-type]
