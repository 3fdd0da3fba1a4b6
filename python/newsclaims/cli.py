"""Command line: parse article files and their claims, one JSON line per article.

    python -m newsclaims ARTICLE.txt [MORE.txt ...] [--lang it|en] [--articles]
    cat article.txt | python -m newsclaims -

Each line is ``{"file": ..., "article": {...}, "claims": [...]}`` with the fields of
``Article.to_dict()`` and ``Claim.to_dict()``; ``--articles`` leaves the claims out.
Where the article's language has no claim rules yet, ``claims`` is ``null`` and a note
goes to stderr. A file that cannot be read is reported on stderr; the others are still
processed and the exit status is 1 at the end.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Optional, Sequence, TextIO

import newsclaims


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    with open(path, encoding="utf-8") as f:
        return f.read()


def run(paths: Sequence[str], lang: Optional[str], out: TextIO, err: TextIO, claims: bool = True) -> int:
    """Parses each file in ``paths`` and writes JSON lines to ``out``; returns the exit status."""
    status = 0
    for path in paths:
        try:
            text = _read(path)
        except (OSError, UnicodeDecodeError) as exc:
            print(f"newsclaims: cannot read {path}: {exc}", file=err)
            status = 1
            continue
        article = newsclaims.parse_article(text, lang=lang)
        record: dict = {"file": path, "article": article.to_dict()}
        if claims:
            try:
                record["claims"] = [c.to_dict() for c in newsclaims.extract_claims(article)]
            except newsclaims.LanguageError as exc:
                print(f"newsclaims: {path}: {exc}", file=err)
                record["claims"] = None
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
    return status


def main(argv: Optional[Sequence[str]] = None) -> int:
    parser = argparse.ArgumentParser(
        prog="newsclaims",
        description="Parse scraped news articles into structured JSON lines.",
    )
    parser.add_argument("files", nargs="+", help="article text files (UTF-8); '-' reads stdin")
    parser.add_argument("--lang", choices=["it", "en"], help="force the language (default: detect)")
    parser.add_argument("--articles", action="store_true", help="article fields only, no claims")
    args = parser.parse_args(argv)
    return run(args.files, args.lang, sys.stdout, sys.stderr, claims=not args.articles)


if __name__ == "__main__":
    sys.exit(main())
