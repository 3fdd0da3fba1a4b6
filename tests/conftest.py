"""Shared fixtures: the bundled example articles and their annotation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GOLD = Path(__file__).resolve().parent / "data" / "dev_gold.jsonl"


def load_gold() -> list[dict]:
    """The hand annotation of the five example articles (a copy of corpus/dev/gold.jsonl)."""
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def gold() -> list[dict]:
    return load_gold()


def example_text(name: str) -> str:
    return (EXAMPLES / name).read_text(encoding="utf-8")
