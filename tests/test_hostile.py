"""Hostile input: what scrapers and dataframes really hand over. Each must give a
correct result or a clear exception, never a crash, a hang or a wrong offset.
"""

from __future__ import annotations

import math
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import newsclaims as nc
from tests.conftest import EXAMPLES, example_text

ARTICLES = sorted(path.name for path in EXAMPLES.glob("*.txt"))


def check_offsets(text: str, art: nc.Article, claims: list[nc.Claim]) -> None:
    end = 0
    for block in art.blocks:
        assert end <= block.start and text[block.start : block.end] == block.text
        end = block.end
    for claim in claims:
        assert text[claim.start : claim.end] == claim.content
        if claim.speaker_start is not None:
            assert text[claim.speaker_start : claim.speaker_end] == claim.speaker


def body_paragraphs() -> list[str]:
    """Every body paragraph of the bundled articles."""
    out = []
    for name in ARTICLES:
        art = nc.parse_article(example_text(name))
        out += [b.text for b in art.blocks if b.kind == "paragraph"]
    return out


def test_fifty_megabyte_article() -> None:
    paragraphs = body_paragraphs()
    rng = random.Random(5)
    parts, size = [], 0
    while size < 50_000_000:
        p = rng.choice(paragraphs)
        parts.append(p)
        size += len(p.encode()) + 2
    text = "\n\n".join(parts)
    art = nc.parse_article(text, lang="it")
    assert len(art.blocks) == len(parts)
    claims = nc.extract_claims(art)
    assert len(claims) > len(parts) // 4
    # Spot checks keep the test quick; the property tests cover offsets in full.
    for claim in claims[:50] + claims[-50:]:
        assert text[claim.start : claim.end] == claim.content
    last = art.blocks[-1]
    assert text[last.start : last.end] == parts[-1]


def test_ten_megabyte_single_line() -> None:
    sentence = "Il ministro Mario Rossi ha detto che la riforma è pronta. «Andremo avanti», ha aggiunto. "
    text = sentence * (10_000_000 // len(sentence.encode()))
    art = nc.parse_article(text, lang="it")
    claims = nc.extract_claims(art)
    assert len(claims) >= text.count("ha aggiunto")
    for claim in claims[:20] + claims[-20:]:
        assert text[claim.start : claim.end] == claim.content


def test_a_sentence_without_stops_is_cut_so_that_claims_do_not_carry_megabytes() -> None:
    text = "il ministro ha detto che la riforma e " * 50_000
    claims = nc.extract_claims(text, lang="it")
    assert claims
    longest = max(len(c.sentence.encode("utf-8")) for c in claims)
    assert 1024 < longest <= 2048


def test_hundred_thousand_quote_marks() -> None:
    rng = random.Random(7)
    marks = '«»"“”„‘’\''
    text = " ".join(rng.choice(marks) + rng.choice(["", "ha detto", "Rossi", "sì"]) for _ in range(100_000))
    art = nc.parse_article(text, lang="it")
    claims = nc.extract_claims(art)
    check_offsets(text, art, claims)


def test_a_megabyte_without_spaces_or_stops() -> None:
    for text in ["a" * 1_000_000, "«" * 300_000, "è" * 500_000, "«a»" * 300_000, ",:" * 500_000]:
        art = nc.parse_article(text, lang="it")
        check_offsets(text, art, nc.extract_claims(art))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An opener that never closes swallows nothing, and hides no later quote.
        ("Il «caso è chiuso. Mario Rossi ha detto: «Basta così».", ["Basta così"]),
        ('Il "caso è chiuso. Mario Rossi ha detto: «Basta così».', ["Basta così"]),
        # Closers without openers are punctuation.
        ("»» Mario Rossi ha detto: «Sì». Poi »»» basta ”.", ["Sì"]),
        # A quote inside a quote is part of the outer one.
        ("Mario Rossi ha detto: «Il “piano” è pronto».", ["Il “piano” è pronto"]),
        ("Mario Rossi ha detto: «Uno «due «tre» due» uno».", ["Uno «due «tre» due» uno"]),
    ],
)
def test_unbalanced_and_nested_quotes(text: str, expected: list[str]) -> None:
    claims = nc.extract_claims(text, lang="it")
    assert [c.content for c in claims] == expected
    assert all(c.speaker == "Mario Rossi" for c in claims)


@pytest.mark.parametrize("text", ["", " " * 100_000, "\n" * 100_000, "\u00a0\u2003\u3000\t\r\n\u2028\u2029\u0085"])
def test_only_whitespace_gives_nothing(text: str) -> None:
    art = nc.parse_article(text, lang="it")
    assert art.blocks == [] and art.body == "" and art.title is None
    assert nc.extract_claims(text, lang="it") == []


@pytest.mark.parametrize("data", [b"Titolo", bytearray(b"Titolo"), memoryview(b"Titolo")])
@pytest.mark.parametrize("func", [nc.parse_article, nc.extract_claims])
def test_bytes_are_refused_with_how_to_decode(data: object, func: object) -> None:
    with pytest.raises(TypeError, match=r"got (bytes|bytearray|memoryview).*decode"):
        func(data)  # type: ignore[operator]


@pytest.mark.parametrize(
    ("bad", "type_name"),
    [(3, "int"), (3.5, "float"), (["a"], "list"), ({"text": "a"}, "dict"), (object(), "object")],
)
@pytest.mark.parametrize("func", [nc.parse_article, nc.extract_claims])
def test_wrong_types_name_the_type(bad: object, type_name: str, func: object) -> None:
    with pytest.raises(TypeError, match=f"got {type_name}"):
        func(bad)  # type: ignore[operator]


@pytest.mark.parametrize(("missing", "type_name"), [(None, "NoneType"), (math.nan, "float")])
@pytest.mark.parametrize("func", [nc.parse_article, nc.extract_claims])
def test_missing_values_say_they_are_missing(missing: object, type_name: str, func: object) -> None:
    with pytest.raises(TypeError, match=f"got {type_name} .*missing value"):
        func(missing)  # type: ignore[operator]


def test_numpy_and_pandas_missing_values_say_they_are_missing() -> None:
    np = pytest.importorskip("numpy")
    pd = pytest.importorskip("pandas")
    for missing in [np.float64("nan"), np.float32("nan"), pd.NA, pd.NaT]:
        with pytest.raises(TypeError, match="missing value"):
            nc.parse_article(missing)


def test_a_number_is_not_called_a_missing_value() -> None:
    with pytest.raises(TypeError) as info:
        nc.parse_article(3.5)  # type: ignore[arg-type]
    assert "missing" not in str(info.value)


def test_wrong_lang_type() -> None:
    with pytest.raises(TypeError):
        nc.parse_article("Testo", lang=3)  # type: ignore[arg-type]


def test_many_threads_give_the_results_of_one() -> None:
    texts = [example_text(name) for name in ARTICLES] * 8
    expected = [(nc.parse_article(t), nc.extract_claims(t)) for t in texts]

    def both(text: str) -> tuple[nc.Article, list[nc.Claim]]:
        return nc.parse_article(text), nc.extract_claims(text)

    with ThreadPoolExecutor(max_workers=8) as pool:
        for _ in range(3):
            assert list(pool.map(both, texts)) == expected
        # The same Article object read from many threads at once.
        shared = nc.parse_article(texts[0])
        claims = list(pool.map(nc.extract_claims, [shared] * 32))
    assert all(c == expected[0][1] for c in claims)
