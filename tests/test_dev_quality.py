"""Quality gate: on the bundled example articles, parse_article and extract_claims may
not fall below the figures recorded when their issues were closed: every article field
exact, headings F1 >= 0.95, body bag-of-words F1 >= 0.98, no boilerplate left in a body;
claims F1 >= 0.95, attributed F1 >= 0.95, direct quotes with exact spans >= 0.95,
hedged and stance accuracy >= 0.95.

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


def dice(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    return 2 * inter / ((a[1] - a[0]) + (b[1] - b[0]))


def speaker_ok(found: str | None, gold: dict) -> bool:
    """The found speaker holds the gold name or one of its accepted forms, articles aside."""
    if not found:
        return False
    articles = {"il", "lo", "la", "i", "gli", "le", "l", "un", "uno", "una"}

    def key(s: str) -> str:
        toks = re.findall(r"\w+", norm(s).lower())
        while toks and toks[0] in articles:
            toks = toks[1:]
        return " ".join(toks)

    f = key(found)
    return any(
        k and (f == k or re.search(r"\b" + re.escape(k) + r"\b", f))
        for k in map(key, [gold["speaker"], *gold.get("speaker_aliases", [])])
    )


def test_claim_scores() -> None:
    """Greedy one-to-one matching by span overlap (Dice >= 0.5), as corpus/GUIDE.md scores."""
    tp = fp = fn = attributed = exact = directs = hedged_ok = stance_ok = 0
    for gold in GOLD:
        text = example_text(gold["file"])
        found = nc.extract_claims(text)
        golds = gold["claims"]
        pairs = sorted(
            ((dice((f.start, f.end), (g["start"], g["end"])), i, j)
             for i, f in enumerate(found) for j, g in enumerate(golds)),
            reverse=True,
        )
        used_f: set[int] = set()
        used_g: set[int] = set()
        for d, i, j in pairs:
            if d < 0.5 or i in used_f or j in used_g:
                continue
            used_f.add(i)
            used_g.add(j)
            f, g = found[i], golds[j]
            if g["optional"]:
                continue
            tp += 1
            attributed += speaker_ok(f.speaker, g)
            hedged_ok += f.hedged == g["hedged"]
            stance_ok += f.stance == g["stance"]
            if g["kind"] == "direct":
                directs += 1
                exact += (f.start, f.end) == (g["start"], g["end"])
        fp += len(found) - len(used_f)
        fn += sum(1 for j, g in enumerate(golds) if j not in used_g and not g["optional"])
    claims_f1 = 2 * tp / (2 * tp + fp + fn)
    attributed_f1 = 2 * attributed / (2 * attributed + (fp + tp - attributed) + (fn + tp - attributed))
    assert claims_f1 >= 0.95
    assert attributed_f1 >= 0.95
    assert exact / directs >= 0.95
    assert hedged_ok / tp >= 0.95
    assert stance_ok / tp >= 0.95
