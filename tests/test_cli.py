"""The command line: JSON lines out, bad files reported without stopping the others."""

from __future__ import annotations

import json
import subprocess
import sys

import csv
import io
from pathlib import Path

from conftest import EXAMPLES

EXAMPLE_FILES = sorted(str(p) for p in EXAMPLES.glob("*.txt"))
QUOTE = "Mario Rossi ha detto: «La riforma è pronta»."


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
    assert "without claim rules" in english.stderr


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


def test_folders_are_walked_and_globs_expanded(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "one.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "a" / "b" / "two.txt").write_text(QUOTE, encoding="utf-8")
    (tmp_path / "a" / "b" / "skip.md").write_text(QUOTE, encoding="utf-8")
    folder = run(str(tmp_path / "a"))
    # In path order: a/b/two.txt sorts before a/one.txt.
    assert [Path(json.loads(x)["file"]).name for x in folder.stdout.splitlines()] == ["two.txt", "one.txt"]
    pattern = run(str(tmp_path / "**" / "*.md"))
    assert [Path(json.loads(x)["file"]).name for x in pattern.stdout.splitlines()] == ["skip.md"]
    empty = run(str(tmp_path / "a"), "--glob", "*.html")
    assert empty.returncode == 1 and "no *.html files" in empty.stderr


def test_jsonl_rows_with_bad_ones_reported_and_the_rest_written(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    lines = [
        json.dumps({"url": "u1", "body": QUOTE}),
        "{not json",
        json.dumps({"url": "u3", "other": "no body"}),
        json.dumps({"url": "u4", "body": 12}),
        json.dumps({"url": "u5", "body": None}),
        "",
        json.dumps({"url": "u7", "body": "Anna Bianchi ha detto: «No»."}),
    ]
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(str(dump), "--text-column", "body", "--id-column", "url", "--claims", "-j", "2")
    assert result.returncode == 1
    assert f"{dump}:2: not valid JSON" in result.stderr
    assert f"{dump}:3: no 'body' field" in result.stderr
    assert f"{dump}:4: 'body' is int" in result.stderr
    out = [json.loads(x) for x in result.stdout.splitlines()]
    assert [(r["record"], r["id"]) for r in out] == [(1, "u1"), (5, "u5"), (7, "u7")]
    assert "article" not in out[0]
    assert [c["speaker"] for r in out for c in r["claims"]] == ["Mario Rossi", "Anna Bianchi"]


def test_csv_in_and_csv_out(tmp_path: Path) -> None:
    table = tmp_path / "articles.csv"
    with table.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "text"])
        w.writerow(["x", QUOTE])
        w.writerow(["y", "Titolo\n\ndi Anna Bianchi\n\nUn testo, con una virgola."])
    out = tmp_path / "claims.csv"
    result = run(str(table), "--id-column", "id", "--format", "csv", "-o", str(out))
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [(r["id"], r["speaker"], r["content"]) for r in rows] == [("x", "Mario Rossi", "La riforma è pronta")]
    articles = run(str(table), "--id-column", "id", "--format", "csv", "--articles")
    rows = list(csv.DictReader(io.StringIO(articles.stdout)))
    assert [(r["id"], r["authors"]) for r in rows] == [("x", ""), ("y", "Anna Bianchi")]
    missing = run(str(table), "--text-column", "body")
    assert missing.returncode == 1 and "no column 'body'" in missing.stderr


def test_output_is_written_as_it_goes_and_errors_do_not_lose_it(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    result = run(*EXAMPLE_FILES, str(tmp_path / "missing.txt"), "-o", str(out), "--no-progress")
    assert result.returncode == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == len(EXAMPLE_FILES)


def test_console_script_and_options(tmp_path: Path) -> None:
    import shutil

    script = shutil.which("newsclaims")
    assert script is not None, "the newsclaims console script is installed with the package"
    result = subprocess.run([script, "-"], input=QUOTE, capture_output=True, text=True, encoding="utf-8", check=False)
    assert json.loads(result.stdout)["claims"][0]["speaker"] == "Mario Rossi"
    assert run("-j", "0", "-").returncode == 2
    assert run("--claims", "--articles", "-").returncode == 2


def test_progress_goes_to_stderr_only() -> None:
    result = run(*EXAMPLE_FILES, "--progress")
    assert result.returncode == 0
    assert len(result.stdout.splitlines()) == len(EXAMPLE_FILES)
    if "needs tqdm" not in result.stderr:
        assert "art" in result.stderr


def test_a_forced_language_without_claim_rules_gives_null_claims() -> None:
    result = run("-", "--lang", "en", stdin="The minister said the bill was ready.\n")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["claims"] is None
    assert "claims null" in result.stderr


def test_bad_records_cost_only_themselves(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    good = json.dumps({"text": QUOTE}).encode()
    dump.write_bytes(b"\n".join([good, b'{"text": "rotto \xff"}', b'{"text": "x \\ud800"}', good]) + b"\n")
    result = run(str(dump))
    assert result.returncode == 1
    assert f"{dump}:2: not UTF-8" in result.stderr and f"{dump}:3:" in result.stderr
    assert [json.loads(x)["record"] for x in result.stdout.splitlines()] == [1, 4]


def test_csv_fields_of_any_size(tmp_path: Path) -> None:
    table = tmp_path / "big.csv"
    long_text = QUOTE + " Il testo continua." * 20_000  # far over csv's default 128 KB field limit
    with table.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([["text"], [long_text], [QUOTE]])
    result = run(str(table), "--claims")
    assert result.returncode == 0, result.stderr
    assert [json.loads(x)["record"] for x in result.stdout.splitlines()] == [1, 2]
