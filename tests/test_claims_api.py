"""The Python contract of extract_claims: input types, offsets, plain-data objects."""

from __future__ import annotations

import copy
import pickle
import random

import pytest

import newsclaims as nc
from conftest import EXAMPLES, example_text

EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.txt"))

TEXT = (
    "Vertice sul bilancio\n\n"
    "«Il bilancio è in ordine», ha detto la sindaca di Borgo Alto, Anna Ferri. "
    "La giunta ha annunciato che i lavori partiranno a maggio.\n\n"
    "«Non è vero», ha replicato l’opposizione."
)


def test_fields_and_to_dict() -> None:
    claims = nc.extract_claims(TEXT)
    assert [c.kind for c in claims] == ["direct", "indirect", "direct"]
    first = claims[0]
    assert first.content == "Il bilancio è in ordine"
    assert first.speaker == "Anna Ferri"
    assert TEXT[first.speaker_start:first.speaker_end] == "Anna Ferri"
    assert first.cue == "ha detto"
    assert (first.hedged, first.stance, first.implicit, first.paragraph) == (False, "assert", False, 0)
    assert first.sentence.startswith("«Il bilancio")
    d = first.to_dict()
    assert set(d) == {
        "kind", "content", "start", "end", "speaker", "speaker_start", "speaker_end",
        "cue", "hedged", "stance", "implicit", "paragraph", "sentence",
    }
    assert claims[2].stance == "deny" and claims[2].paragraph == 1


def test_article_input_gives_the_same_claims() -> None:
    assert nc.extract_claims(nc.parse_article(TEXT)) == nc.extract_claims(TEXT)


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_offsets_round_trip_on_examples(name: str) -> None:
    text = example_text(name)
    claims = nc.extract_claims(text)
    assert claims
    for c in claims:
        assert text[c.start:c.end] == c.content
        if c.speaker_start is not None:
            assert text[c.speaker_start:c.speaker_end] == c.speaker
        else:
            assert c.implicit


def test_offsets_round_trip_on_random_news_like_text() -> None:
    """Fragments of quotes, cues and multi-byte characters in random order: offsets
    always index the text, whatever the rules make of it."""
    pieces = [
        "«", "»", "“", "”", '"', "‘", "’", "'", " – ", ", ", ". ", ": ", "\n\n", "\n", " ",
        "ha detto", "secondo", "Secondo il Comune", "che", "di", "Lo riferisce", "ha aggiunto",
        "Mario Rossi", "il ministro", "avrebbe", "potrebbe", "non è vero", "😀", "città", "è",
        "e\u0301", "\u00a0", "\r\n", "\x00",
    ]
    rng = random.Random(20261124)
    for _ in range(400):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 60)))
        for c in nc.extract_claims(text, lang="it"):
            assert text[c.start:c.end] == c.content
            if c.speaker_start is not None:
                assert text[c.speaker_start:c.speaker_end] == c.speaker


def test_empty_and_boilerplate_only_text_gives_no_claims() -> None:
    assert nc.extract_claims("") == []
    assert nc.extract_claims("  \n\n ") == []
    assert nc.extract_claims("Lascia un commento\n\nTorna in alto", lang="it") == []


@pytest.mark.parametrize(("bad", "type_name"), [(None, "NoneType"), (3.5, "float"), (b"x", "bytes")])
def test_wrong_types(bad: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=f"got {type_name}"):
        nc.extract_claims(bad)  # type: ignore[arg-type]


def test_languages_without_claim_rules_raise() -> None:
    with pytest.raises(nc.LanguageError, match="not available"):
        nc.extract_claims("The minister said that the vote would come soon.", lang="en")
    with pytest.raises(nc.LanguageError):
        nc.extract_claims(TEXT, lang="xx")


def test_claims_are_plain_data() -> None:
    claims = nc.extract_claims(TEXT)
    assert pickle.loads(pickle.dumps(claims)) == claims
    assert copy.deepcopy(claims) == claims
    assert repr(claims[0]).startswith('Claim(kind="direct", speaker="Anna Ferri", cue="ha detto"')
