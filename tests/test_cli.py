"""The command line: JSON lines out, bad files reported without stopping the others."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import EXAMPLES


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "newsclaims", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_prints_one_json_line_per_file() -> None:
    files = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
    result = run(*files)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in records] == files
    assert records[0]["article"]["authors"] == ["Sara De Vico"]
    assert any(c["speaker"] == "Adrienne Watson" and c["kind"] == "direct" for c in records[0]["claims"])


def test_articles_only_and_languages_without_claim_rules() -> None:
    result = run("--articles", str(EXAMPLES / "000_f50da71632b60aab.txt"))
    assert "claims" not in json.loads(result.stdout)
    english = run("-", stdin="The minister said that the bill was ready and that the vote would come soon.\n")
    assert english.returncode == 0
    assert json.loads(english.stdout)["claims"] is None
    assert "not available" in english.stderr


def test_reads_stdin() -> None:
    result = run("-", stdin="Un titolo\n\nIl testo dell'articolo, con un punto finale.\n")
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["title"] == "Un titolo"


def test_missing_file_is_reported_and_others_still_run(tmp_path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Titolo\n\nCorpo dell'articolo, una frase intera.\n", encoding="utf-8")
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("perch\xe9".encode("latin-1"))
    result = run(str(tmp_path / "missing.txt"), str(bad), str(good))
    assert result.returncode == 1
    assert "missing.txt" in result.stderr and "latin1.txt" in result.stderr
    assert [json.loads(line)["file"] for line in result.stdout.splitlines()] == [str(good)]
