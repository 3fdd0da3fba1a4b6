"""Command line: articles and their claims from files, folders, stdin or tables.

    newsclaims ARTICLE.txt FOLDER/ 'news/**/*.txt' [--claims | --articles] [-j N]
    newsclaims dump.jsonl --text-column body --id-column url --format csv -o claims.csv
    cat article.txt | newsclaims -
    newsclaims render ARTICLE.txt -o page.html     # the highlighted view

Inputs: a text file is one article; a folder is walked recursively for ``--glob``
files (default ``*.txt``); a quoted glob pattern is expanded; ``-`` reads one article
from stdin; a ``.jsonl``/``.ndjson`` or ``.csv`` file holds one article per record,
its text in ``--text-column`` (``--input-format`` overrides the guess by extension).

Output (stdout, or ``-o FILE``): JSON lines, one per article, ``{"file", "record",
"id", "article", "claims"}`` (``record`` and ``id`` for table inputs: the JSONL line or
the CSV row after the header, from 1; ``--articles``
or ``--claims`` leaves the other part out; ``claims`` is ``null`` where the language
has no claim rules); or ``--format csv``, one row per claim (or per article with
``--articles``). Output is written as it is produced: an interruption loses nothing
already written. A file that cannot be read or a bad record gets a message on stderr,
the rest goes on, and the exit status is 1 at the end.
"""

from __future__ import annotations

import argparse
import csv
import glob
import io
import itertools
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, Optional, TextIO

import newsclaims
from newsclaims._native import run_batch

TABLE_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".csv": "csv"}
CLAIM_FIELDS = [
    "kind", "content", "start", "end", "speaker", "speaker_start", "speaker_end", "cue", "hedged", "stance",
    "implicit", "paragraph", "sentence",
]
ARTICLE_FIELDS = ["title", "authors", "published", "section", "lead", "headings", "body", "language"]
# Articles processed together on the worker threads; results are written per chunk.
CHUNK = 256


@dataclass
class Record:
    """One article to read, where it came from, or why it cannot be read."""

    file: str
    text: Optional[str]
    record: Optional[int] = None
    id: Any = None
    error: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)


class Reporter:
    """Messages on stderr, remembering that something went wrong."""

    def __init__(self, err: TextIO) -> None:
        self.err = err
        self.failed = False

    def error(self, message: str) -> None:
        self.failed = True
        print(f"newsclaims: {message}", file=self.err, flush=True)

    def note(self, message: str) -> None:
        print(f"newsclaims: {message}", file=self.err, flush=True)


def expand(inputs: Sequence[str], pattern: str, report: Reporter) -> Iterator[str]:
    """Files named by the inputs: folders walked for `pattern`, globs expanded."""
    for item in inputs:
        if item == "-":
            yield item
        elif os.path.isdir(item):
            found = sorted(str(p) for p in Path(item).rglob(pattern) if p.is_file())
            if not found:
                report.error(f"no {pattern} files in folder {item}")
            yield from found
        elif not os.path.exists(item) and glob.has_magic(item):
            found = sorted(p for p in glob.glob(item, recursive=True) if os.path.isfile(p))
            if not found:
                report.error(f"no files match {item}")
            yield from found
        else:
            yield item


def readable(text: str) -> bool:
    """Whether a str can be read (lone surrogates, as JSON's "\\ud800" gives, cannot)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def jsonl_rows(path: str, stream: BinaryIO) -> Iterator[tuple[int, Any, Optional[str]]]:
    """`(line number, object, error)` for each non-blank line, decoded line by line so
    that one bad byte costs its line only."""
    for n, raw in enumerate(stream, start=1):
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            yield n, None, f"{path}:{n}: not UTF-8 ({exc.reason} at byte {exc.start})"
            continue
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            yield n, None, f"{path}:{n}: not valid JSON ({exc.msg})"
            continue
        if not isinstance(row, dict):
            yield n, None, f"{path}:{n}: a JSON object was expected"
            continue
        yield n, row, None


def csv_rows(path: str, stream: BinaryIO, text_column: str) -> Iterator[tuple[int, Any, Optional[str]]]:
    """`(row number, row, error)` for each CSV record (numbered from 1 after the header)."""
    reader = csv.DictReader(io.TextIOWrapper(stream, encoding="utf-8", newline=""))
    try:
        fields = reader.fieldnames
    except (UnicodeDecodeError, csv.Error) as exc:
        yield 0, None, f"cannot read {path}: {exc}"
        return
    if fields is not None and text_column not in fields:
        yield 0, None, f"{path}: no column {text_column!r} (columns: {', '.join(fields)})"
        return
    n = 0
    while True:
        n += 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except (UnicodeDecodeError, csv.Error) as exc:
            # The reader cannot resynchronise after a broken record: the rest of the
            # file is lost, and said so.
            yield n, None, f"{path}: row {n} and after cannot be read ({exc})"
            return
        yield n, row, None


def read_table(
    path: str, kind: str, text_column: str, id_column: Optional[str], stream: BinaryIO
) -> Iterator[Record]:
    """The records of a JSONL or CSV table, each with its text or the reason it has none."""
    rows = jsonl_rows(path, stream) if kind == "jsonl" else csv_rows(path, stream, text_column)
    for n, row, error in rows:
        if error is not None:
            yield Record(path, None, n or None, error=error)
            continue
        here = f"{path}:{n}" if kind == "jsonl" else f"{path}: row {n}"
        if text_column not in row:
            yield Record(path, None, n, error=f"{here}: no {text_column!r} field")
            continue
        text = row[text_column]
        ident = row.get(id_column) if id_column else None
        if text is not None and not isinstance(text, str):
            yield Record(path, None, n, ident, error=f"{here}: {text_column!r} is {type(text).__name__}, not text")
        elif text is not None and not readable(text):
            yield Record(path, None, n, ident, error=f"{here}: {text_column!r} is not valid Unicode")
        else:
            yield Record(path, text, n, ident)


def records(args: argparse.Namespace, report: Reporter, stdin: BinaryIO) -> Iterator[Record]:
    """Every article of the inputs, in order, with the errors where they occur."""
    for path in expand(args.inputs, args.glob, report):
        kind = args.input_format
        if kind == "auto":
            kind = "text" if path == "-" else TABLE_FORMATS.get(Path(path).suffix.lower(), "text")
        try:
            with (nullcontext(stdin) if path == "-" else open(path, "rb")) as f:
                if kind != "text":
                    yield from read_table(path, kind, args.text_column, args.id_column, f)
                    continue
                text = f.read().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            yield Record(path, None, error=f"cannot read {path}: {exc}")
            continue
        yield Record(path, text)


class Writer:
    """JSON lines or CSV rows, flushed as they are written."""

    def __init__(self, out: TextIO, args: argparse.Namespace) -> None:
        self.out = out
        self.format = args.format
        self.articles = not args.claims_only
        self.claims = not args.articles_only
        self.csv: Optional[Any] = None
        if self.format == "csv":
            columns = ["file", "record", "id"] + (ARTICLE_FIELDS if args.articles_only else CLAIM_FIELDS)
            self.csv = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore")
            self.csv.writeheader()

    def write(self, rec: Record, article: newsclaims.Article, claims: Optional[list[newsclaims.Claim]]) -> None:
        where: dict[str, Any] = {"file": rec.file}
        if rec.record is not None:
            where["record"] = rec.record
            where["id"] = rec.id
        if self.csv is not None:
            if self.articles and not self.claims:
                d = article.to_dict()
                row = {k: ("; ".join(d[k]) if isinstance(d[k], list) else d[k]) for k in ARTICLE_FIELDS}
                self.csv.writerow({**where, **row})
            for claim in claims or []:
                self.csv.writerow({**where, **claim.to_dict()})
        else:
            record = dict(where)
            if self.articles:
                record["article"] = article.to_dict()
            if self.claims:
                record["claims"] = None if claims is None else [c.to_dict() for c in claims]
            self.out.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.out.flush()


def progress_bar(enabled: Optional[bool], err: TextIO) -> Any:
    """A tqdm counter on stderr (when asked for, or when stderr is a terminal)."""
    if enabled is False or (enabled is None and not err.isatty()):
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        if enabled:
            print("newsclaims: --progress needs tqdm (pip install tqdm)", file=err)
        return None
    return tqdm(file=err, unit="art", desc="newsclaims")


def claim_rules(lang: Optional[str], report: Reporter) -> bool:
    """Whether claims can be read in a language forced by `--lang` (detected ones are
    checked per article)."""
    try:
        run_batch([], lang=lang, claims=True)
    except newsclaims.LanguageError as exc:
        report.note(f"{exc}: claims null")
        return False
    return True


def run(args: argparse.Namespace, out: TextIO, err: TextIO, stdin: BinaryIO) -> int:
    report = Reporter(err)
    writer = Writer(out, args)
    extract = writer.claims and claim_rules(args.lang, report)
    bar = progress_bar(args.progress, err)
    without_rules = 0
    try:
        stream = records(args, report, stdin)
        while chunk := list(itertools.islice(stream, CHUNK)):
            good = [r for r in chunk if r.error is None]
            results = iter(run_batch([r.text for r in good], lang=args.lang, claims=extract, n_jobs=args.jobs))
            for rec in chunk:
                if rec.error is not None:
                    report.error(rec.error)
                    continue
                article, claims = next(results)
                if extract and claims is None:
                    without_rules += 1
                writer.write(rec, article, claims)
            if bar is not None:
                bar.update(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    if without_rules:
        report.note(f"{without_rules} article(s) in a language without claim rules yet: claims null")
    return 1 if report.failed else 0


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="newsclaims",
        description="Parse scraped news articles and their claims into JSON lines or CSV.",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help="text files, folders, glob patterns, .jsonl/.csv tables; '-' reads stdin")
    what = p.add_mutually_exclusive_group()
    what.add_argument("--claims", dest="claims_only", action="store_true", help="claims only")
    what.add_argument("--articles", dest="articles_only", action="store_true", help="article fields only")
    p.add_argument("--format", choices=["jsonl", "csv"], default="jsonl", help="output format (default jsonl)")
    p.add_argument("-o", "--output", help="write here instead of stdout")
    p.add_argument("--lang", choices=["it", "en"], help="force the language (default: detect per article)")
    p.add_argument("-j", "--jobs", type=int, help="worker threads (default: one per core)")
    p.add_argument("--glob", default="*.txt", help="files to take from folders (default *.txt)")
    p.add_argument("--input-format", choices=["auto", "text", "jsonl", "csv"], default="auto",
                   help="how to read inputs (default: by extension; stdin as text)")
    p.add_argument("--text-column", default="text", help="field holding the text in JSONL/CSV (default text)")
    p.add_argument("--id-column", help="field to copy to the output as 'id' (JSONL/CSV)")
    p.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                   help="progress on stderr (default: when stderr is a terminal)")
    return p


def render_main(argv: Sequence[str]) -> int:
    """``newsclaims render ARTICLE.txt -o page.html``: the highlighted view as a page."""
    p = argparse.ArgumentParser(prog="newsclaims render", description="Write an article's highlighted view as HTML.")
    p.add_argument("article", help="article text file (UTF-8); '-' reads stdin")
    p.add_argument("-o", "--output", help="write the page here (default: stdout)")
    p.add_argument("--lang", choices=["it", "en"], help="force the language (default: detect)")
    p.add_argument("--fragment", action="store_true", help="an HTML fragment, not a whole page")
    args = p.parse_args(argv)
    try:
        if args.article == "-":
            text = sys.stdin.buffer.read().decode("utf-8")
        else:
            with open(args.article, "rb") as f:
                text = f.read().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        print(f"newsclaims: cannot read {args.article}: {exc}", file=sys.stderr)
        return 1
    view = newsclaims.render if args.fragment else newsclaims.render_page
    html = view(text, lang=args.lang)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(html)
    else:
        sys.stdout.write(html)
    return 0


def main(argv: Optional[Sequence[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["render"]:
        return render_main(argv[1:])
    args = parser().parse_args(argv)
    csv.field_size_limit(2**31 - 1)  # a long article is one field; the default is 128 KB
    if args.jobs is not None and args.jobs < 1:
        parser().error("-j must be at least 1")
    if args.format == "csv" and not (args.claims_only or args.articles_only):
        args.claims_only = True  # a CSV holds one table: claims unless --articles
    if args.output:
        with open(args.output, "w", encoding="utf-8", newline="" if args.format == "csv" else None) as out:
            return run(args, out, sys.stderr, sys.stdin.buffer)
    return run(args, sys.stdout, sys.stderr, sys.stdin.buffer)


if __name__ == "__main__":
    sys.exit(main())
