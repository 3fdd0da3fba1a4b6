"""Quality gate: parse_article on the bundled example articles may not fall below the
figures recorded when the issue was closed (every field exact, headings F1 >= 0.95,
body bag-of-words F1 >= 0.98, no boilerplate left in a body).

The comparison follows corpus/GUIDE.md: fields are compared after folding whitespace,
non-breaking spaces and typographic apostrophes.
"""

from __future__ import annotations

import collections
import re
import unicodedata

import pytest

import newsclaims as nc
from conftest import example_text, load_gold

GOLD = load_gold()


def norm(s: str | None) -> str:
    if s is None:
        return ""
    s = unicodedata.normalize("NFC", s).replace("\u00a0", " ").replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", s).strip()


def words(s: str) -> collections.Counter[str]:
    return collections.Counter(re.findall(r"\w+", norm(s).lower()))


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_fields_exact(gold: dict) -> None:
    art = nc.parse_article(example_text(gold["file"])).to_dict()
    for field in ("title", "section", "lead"):
        assert norm(art[field]) == norm(gold[field]), field
    assert art["published"] == gold["published"]
    assert sorted(map(norm, art["authors"])) == sorted(map(norm, gold["authors"]))
    assert art["language"] == gold["language"]


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_no_boilerplate_in_body(gold: dict) -> None:
    body = norm(nc.parse_article(example_text(gold["file"])).body)
    for bp in gold["boilerplate"]:
        text = norm(bp["text"])
        if len(text) >= 8:
            assert text not in body


def test_headings_and_body_scores() -> None:
    tp = fp = fn = 0
    inter = n_pred = n_gold = 0
    for gold in GOLD:
        art = nc.parse_article(example_text(gold["file"]))
        pred_h = {norm(h) for h in art.headings}
        gold_h = {norm(h) for h in gold["headings"]}
        tp += len(pred_h & gold_h)
        fp += len(pred_h - gold_h)
        fn += len(gold_h - pred_h)
        pw = words(art.body)
        gw = words("\n\n".join(b["text"] for b in gold["body"]))
        inter += sum((pw & gw).values())
        n_pred += sum(pw.values())
        n_gold += sum(gw.values())
    headings_f1 = 2 * tp / (2 * tp + fp + fn)
    precision, recall = inter / n_pred, inter / n_gold
    body_f1 = 2 * precision * recall / (precision + recall)
    assert headings_f1 >= 0.95
    assert body_f1 >= 0.98


@pytest.mark.parametrize("gold", GOLD, ids=[g["id"] for g in GOLD])
def test_boilerplate_spans_are_removed(gold: dict) -> None:
    """Every annotated boilerplate span lies inside a block kept out of the body
    (a removed block, or a section label cut from the title)."""
    art = nc.parse_article(example_text(gold["file"]))
    removed = [(b.start, b.end) for b in art.blocks if b.kind in ("boilerplate", "section")]
    for bp in gold["boilerplate"]:
        assert any(s <= bp["start"] and bp["end"] <= e for s, e in removed), bp["text"]
