"""Property tests on Python strings: whatever the text, every offset is a code-point
index into it, `text[start:end]` gives back each block and claim, and the output is
the same however (and however often) it is asked for.

The Rust side has the same properties on arbitrary Unicode (`tests/properties.rs`);
here the point is the boundary: astral-plane characters (two UTF-16 units, four UTF-8
bytes), combining marks, `\\r\\n` and lone `\\r`, NUL and other controls, as Python
hands them over.
"""

from __future__ import annotations

import pickle

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsclaims as nc

# Characters where byte, UTF-16 and code-point offsets part ways, and the controls
# that scrapers leave in text.
AWKWARD = [
    "😀", "👩\u200d👩\u200d👧", "🇮🇹", "𝔘", "\U0010fffd", "e\u0301", "\u0301", "\u200b", "\ufeff",
    "\r\n", "\r", "\n", "\n\n", "\x00", "\x07", "\x1b", "\x85", "\u2028", "\u2029", "\t", "\xa0",
]

# What the rules react to: quote marks of every style, cue verbs, names, datelines.
PIECES = AWKWARD + [
    "«", "»", '"', "“", "”", "‘", "’", "'", "„", ":", ",", ".", ";", "?", "—", "–", "(", ")",
    "ha detto", "ha dichiarato", "ha spiegato", "dice", "ha smentito", "avrebbe detto",
    "secondo", "secondo cui", "ha aggiunto", "che", "non è vero", "sarebbe", "lo riferisce",
    "Mario Rossi", "il ministro", "la premier Giorgia Meloni", "il portavoce", "Rossi",
    "di Anna Bianchi", "ROMA", "Roma, 12 marzo 2024", "Politica", "Leggi anche",
    "Riproduzione riservata", "(ANSA) -", "la riforma", "il governo", "è pronta", "Il",
]

SPEAKERS = ["Mario Rossi", "il ministro", "la premier Giorgia Meloni", "il portavoce", "Rossi"]
CUES = ["ha detto", "ha dichiarato", "ha spiegato", "dice", "ha smentito", "avrebbe detto"]

# Attributed sentences with pieces of junk spliced in, so that the rules fire on text
# that is otherwise hostile.
attributed = st.builds(
    "{} {}: «{}{}». {}".format,
    st.sampled_from(SPEAKERS),
    st.sampled_from(CUES),
    st.sampled_from(["La riforma è pronta", "Non è vero", "Andremo avanti"]),
    st.sampled_from(PIECES),
    st.sampled_from(PIECES),
)

news_like = st.lists(
    st.tuples(st.one_of(attributed, st.sampled_from(PIECES)), st.sampled_from(["", " ", " ", "\n\n"])),
    min_size=1,
    max_size=60,
).map(lambda parts: "".join(piece + sep for piece, sep in parts))

# Any code point but lone surrogates (which Python strings can hold but UTF-8 cannot:
# those raise ParseError, tested in test_api.py), mixed with the awkward ones.
any_text = st.lists(
    st.one_of(st.text(st.characters(exclude_categories=["Cs"]), max_size=20), st.sampled_from(AWKWARD)),
    max_size=40,
).map("".join)

texts = st.one_of(news_like, any_text)

PROPERTY_SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_article(text: str, art: nc.Article) -> None:
    previous_end = 0
    for block in art.blocks:
        assert 0 <= previous_end <= block.start < block.end <= len(text)
        assert text[block.start : block.end] == block.text
        assert text[previous_end : block.start].strip() == "", "text between blocks was lost"
        previous_end = block.end
    assert text[previous_end:].strip() == "", "text after the last block was lost"
    for removed in art.removed:
        assert removed.kind == "boilerplate" and removed.reason


def check_claims(text: str, claims: list[nc.Claim]) -> None:
    for claim in claims:
        assert 0 <= claim.start < claim.end <= len(text)
        assert text[claim.start : claim.end] == claim.content
        assert claim.sentence and claim.sentence in text
        assert len(claim.sentence.encode("utf-8")) <= 2048
        if claim.speaker_start is not None:
            assert claim.speaker_end is not None
            assert text[claim.speaker_start : claim.speaker_end] == claim.speaker
        else:
            assert claim.speaker_end is None
    for a, b in zip(claims, claims[1:]):
        assert (a.start, a.end) <= (b.start, b.end), "claims out of text order"
    for i, a in enumerate(claims):
        for b in claims[i + 1 :]:
            if b.start >= a.end:
                break
            assert not (a.start <= b.start and b.end <= a.end), "a claim nests in another"


@PROPERTY_SETTINGS
@given(texts)
def test_every_block_offset_indexes_the_python_string(text: str) -> None:
    check_article(text, nc.parse_article(text))
    check_article(text, nc.parse_article(text, lang="en"))


@PROPERTY_SETTINGS
@given(texts)
def test_every_claim_offset_indexes_the_python_string(text: str) -> None:
    claims = nc.extract_claims(text, lang="it")
    check_claims(text, claims)


@PROPERTY_SETTINGS
@given(texts)
def test_output_is_deterministic_and_the_same_from_text_or_article(text: str) -> None:
    art = nc.parse_article(text, lang="it")
    assert art == nc.parse_article(text, lang="it")
    claims = nc.extract_claims(text, lang="it")
    assert claims == nc.extract_claims(art)
    assert claims == nc.extract_claims(text, lang="it")


@PROPERTY_SETTINGS
@given(texts)
def test_results_survive_pickling(text: str) -> None:
    art = nc.parse_article(text, lang="it")
    assert pickle.loads(pickle.dumps(art)) == art
    claims = nc.extract_claims(art)
    assert pickle.loads(pickle.dumps(claims)) == claims


def test_news_like_strategy_reaches_the_claim_rules() -> None:
    """The claim properties above would hold vacuously if no generated text had claims."""
    found: list[int] = []

    @settings(max_examples=100, deadline=None, database=None)
    @given(news_like)
    def count(text: str) -> None:
        found.append(len(nc.extract_claims(text, lang="it")))

    count()
    assert sum(1 for n in found if n) >= len(found) // 5


def test_offsets_count_code_points_not_bytes_or_utf16_units() -> None:
    text = "👩\u200d👩\u200d👧 🇮🇹 e\u0301\r\nMario Rossi ha detto: «Sì, è 𝔘 vero»."
    claims = nc.extract_claims(text, lang="it")
    assert [c.content for c in claims] == ["Sì, è 𝔘 vero"]
    (claim,) = claims
    assert claim.start == text.index("Sì")
    assert text[claim.speaker_start : claim.speaker_end] == "Mario Rossi"
