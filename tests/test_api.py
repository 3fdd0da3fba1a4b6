"""The Python contract of parse_article: types, errors, offsets, plain-data objects."""

from __future__ import annotations

import copy
import pickle

import pytest

import newsclaims as nc
from conftest import EXAMPLES, example_text

EXAMPLE_NAMES = sorted(p.name for p in EXAMPLES.glob("*.txt"))

SAMPLE = "Il titolo del pezzo – Politica\n\ndi Mario Rossi\n\nIl governo ha approvato la riforma ieri sera.\n\nFine"


def test_to_dict_has_the_contract_keys() -> None:
    d = nc.parse_article(SAMPLE).to_dict()
    assert set(d) >= {"title", "authors", "published", "section", "lead", "headings", "body", "language", "blocks", "removed"}
    assert d["title"] == "Il titolo del pezzo"
    assert d["section"] == "Politica"
    assert d["authors"] == ["Mario Rossi"]
    assert d["removed"] == [{"kind": "boilerplate", "text": "Fine", "start": SAMPLE.index("Fine"), "end": len(SAMPLE), "reason": "end_marker"}]
    assert [b["kind"] for b in d["blocks"]] == ["title", "section", "byline", "paragraph", "boilerplate"]


def test_attributes_match_to_dict() -> None:
    art = nc.parse_article(SAMPLE)
    d = art.to_dict()
    for key in ("title", "authors", "published", "section", "lead", "headings", "body", "language"):
        assert getattr(art, key) == d[key]
    assert [b.to_dict() for b in art.blocks] == d["blocks"]
    assert [b.to_dict() for b in art.removed] == d["removed"]
    assert art.text == SAMPLE


@pytest.mark.parametrize("name", EXAMPLE_NAMES)
def test_block_offsets_index_the_text(name: str) -> None:
    text = example_text(name)
    art = nc.parse_article(text)
    assert art.blocks
    last_end = 0
    for b in art.blocks:
        assert text[b.start:b.end] == b.text
        assert b.start >= last_end
        last_end = b.end


def test_offsets_are_code_points_with_emoji_and_crlf() -> None:
    text = "Titolo 😀 con emoji\r\n\r\ndi Anna Neri\r\n\r\nLa città 🇮🇹 ha votato “sì” al referendum.\rSecondo paragrafo, con ẞ e combinazioni e\u0301.\r\n"
    art = nc.parse_article(text)
    assert art.title == "Titolo 😀 con emoji"
    assert art.authors == ["Anna Neri"]
    for b in art.blocks:
        assert text[b.start:b.end] == b.text
    assert art.body == "La città 🇮🇹 ha votato “sì” al referendum.\n\nSecondo paragrafo, con ẞ e combinazioni e\u0301."


@pytest.mark.parametrize("text", ["", " ", "\n\n", "\u00a0\t\r\n"])
def test_empty_text_gives_empty_article(text: str) -> None:
    art = nc.parse_article(text)
    assert (art.title, art.authors, art.published, art.section, art.lead) == (None, [], None, None, None)
    assert art.headings == [] and art.body == "" and art.blocks == [] and art.removed == []


@pytest.mark.parametrize(("bad", "type_name"), [(None, "NoneType"), (3, "int"), (["a"], "list"), (b"abc", "bytes")])
def test_non_str_raises_type_error_naming_the_type(bad: object, type_name: str) -> None:
    with pytest.raises(TypeError, match=f"got {type_name}"):
        nc.parse_article(bad)  # type: ignore[arg-type]


def test_bytes_error_says_how_to_decode() -> None:
    with pytest.raises(TypeError, match="decode"):
        nc.parse_article(b"Titolo")  # type: ignore[arg-type]


def test_lone_surrogate_raises_parse_error() -> None:
    with pytest.raises(nc.ParseError) as info:
        nc.parse_article("Titolo\ud800 rotto")
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, nc.NewsclaimsError)


def test_language_option() -> None:
    text = "The minister said the bill was ready and that the vote would come soon."
    assert nc.parse_article(text).language == "en"
    assert nc.parse_article(text, lang="it").language == "it"
    assert nc.parse_article("Il ministro ha detto che la legge è pronta.").language == "it"
    with pytest.raises(nc.LanguageError, match="unknown language .fr."):
        nc.parse_article(text, lang="fr")
    with pytest.raises(TypeError):
        nc.parse_article(text, "en")  # type: ignore[misc]


def test_objects_are_plain_data() -> None:
    art = nc.parse_article(SAMPLE)
    again = nc.parse_article(SAMPLE)
    assert art == again
    assert art != nc.parse_article(SAMPLE + "\n\nAltro paragrafo, diverso.")
    assert pickle.loads(pickle.dumps(art)) == art
    assert copy.deepcopy(art) == art
    block = art.blocks[0]
    assert pickle.loads(pickle.dumps(block)) == block
    assert nc.Block("paragraph", "x", 0, 1) == nc.Block("paragraph", "x", 0, 1)


def test_reprs_are_readable() -> None:
    art = nc.parse_article(SAMPLE)
    assert repr(art).startswith("Article(title=\"Il titolo del pezzo\", authors=[\"Mario Rossi\"], published=None")
    assert repr(art.removed[0]) == f'Block(kind="boilerplate", start={SAMPLE.index("Fine")}, end={len(SAMPLE)}, text="Fine", reason="end_marker")'


def test_package_exports() -> None:
    assert set(nc.__all__) >= {"parse_article", "Article", "Block", "ParseError", "NewsclaimsError"}
    assert nc.__version__
