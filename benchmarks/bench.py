"""Throughput of newsclaims against the tools a user would otherwise reach for.

    python benchmarks/bench.py            # 50 MB corpus, a few minutes on 2 cores
    python benchmarks/bench.py --mb 10    # a quicker look

Builds a corpus of at least ``--mb`` MB from the bundled articles (their paragraphs
reshuffled across articles, names, numbers and sentence order lightly varied, so that
no cache sees the same text twice), then times, on the same texts in one run:
newsclaims parse, claims and both, on one thread and on all cores; the DataFrame path;
the streaming path; spaCy ``blank("it")`` with its sentencizer (tokenising and
sentence splitting only: the floor of any spaCy pipeline), when spaCy is installed;
and a plain Python ``re`` pass for quotations and cue verbs. Peak memory is the
resident set's growth above its level before each step. Then time against input size
on realistic and adversarial text. Not a test: figures vary with the machine.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import newsclaims as nc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
import scaling  # noqa: E402  (the adversarial families)

NAMES = ["Mario Rossi", "Anna Bianchi", "Luca Verdi", "Giulia Neri", "Paolo Conti", "Sara Greco", "Marco Gallo"]


def build_corpus(megabytes: float, seed: int = 1) -> list[str]:
    """Articles of 4 to 14 paragraphs drawn from the bundled articles' bodies."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    titles: list[str] = []
    for path in sorted((ROOT / "examples").glob("*.txt")):
        art = nc.parse_article(path.read_text(encoding="utf-8"))
        paragraphs += [b.text for b in art.blocks if b.kind in ("paragraph", "lead")]
        titles.append(art.title or "Titolo")
    target = int(megabytes * 1_000_000)
    corpus, size = [], 0
    while size < target:
        body = [vary(rng.choice(paragraphs), rng) for _ in range(rng.randint(4, 14))]
        text = "\n\n".join([vary(rng.choice(titles), rng), f"di {rng.choice(NAMES)}", *body])
        corpus.append(text)
        size += len(text.encode("utf-8"))
    return corpus


def vary(paragraph: str, rng: random.Random) -> str:
    """A light variation: another number here and there, a name swapped, sentences shuffled."""
    text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group()))), paragraph)
    if rng.random() < 0.5:
        text = text.replace(rng.choice(NAMES), rng.choice(NAMES))
    sentences = re.split(r"(?<=[.!?])\s+(?=[A-Z«“])", text)
    if len(sentences) > 2 and rng.random() < 0.3:
        rng.shuffle(sentences)
    return " ".join(sentences)


def rss() -> int:
    """Resident set size in bytes (Linux)."""
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


class PeakMemory:
    """Samples the resident set while a step runs; `growth` is its peak above the start."""

    def __enter__(self) -> "PeakMemory":
        self.start = self.peak = rss()
        self.running = True
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()
        return self

    def sample(self) -> None:
        while self.running:
            self.peak = max(self.peak, rss())
            time.sleep(0.005)

    def __exit__(self, *exc: object) -> None:
        self.running = False
        self.thread.join()
        self.peak = max(self.peak, rss())

    @property
    def growth(self) -> int:
        return self.peak - self.start


class Results:
    def __init__(self, corpus: list[str]) -> None:
        self.mb = sum(len(t.encode("utf-8")) for t in corpus) / 1e6
        self.n = len(corpus)
        self.rates: dict[str, float] = {}
        print(f"corpus: {self.n} articles, {self.mb:.1f} MB, {os.cpu_count()} cores\n")
        print(f"{'step':<44}{'seconds':>9}{'MB/s':>9}{'art/s':>10}{'peak MB':>9}")

    def time(self, name: str, step: Callable[[], Any]) -> Any:
        with PeakMemory() as mem:
            t0 = time.perf_counter()
            out = step()
            seconds = time.perf_counter() - t0
        self.rates[name] = self.mb / seconds
        print(f"{name:<44}{seconds:>9.2f}{self.mb / seconds:>9.1f}{self.n / seconds:>10.0f}{mem.growth / 1e6:>9.0f}",
              flush=True)
        return out

    def ratio(self, label: str, a: str, b: str, target: float | None = None) -> None:
        if a in self.rates and b in self.rates:
            r = self.rates[a] / self.rates[b]
            goal = "" if target is None else f"   (target {target:g}x: {'met' if r >= target else 'NOT met'})"
            print(f"  {label:<60}{r:>7.2f}x{goal}")


def regex_peer() -> Callable[[str], int]:
    cues = [line.strip() for line in (Path(__file__).parent / "peer_cues_it.txt").read_text(encoding="utf-8")
            .splitlines() if line.strip() and not line.startswith("#")]
    quotes = re.compile(r"«[^»]{1,2000}»|“[^”]{1,2000}”|\"[^\"]{1,2000}\"")
    cue = re.compile(r"\b(?:" + "|".join(map(re.escape, cues)) + r")\b", re.IGNORECASE)

    def run(text: str) -> int:
        return sum(1 for _ in quotes.finditer(text)) + sum(1 for _ in cue.finditer(text))

    return run


def spacy_peer() -> Callable[[list[str]], int] | None:
    try:
        import spacy
    except ImportError:
        return None
    nlp = spacy.blank("it")
    nlp.add_pipe("sentencizer")
    nlp.max_length = 50_000_000

    def run(texts: list[str]) -> int:
        return sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))

    return run


def stream_peak(corpus: list[str], repeat: int) -> int:
    """Peak resident growth while streaming `repeat` passes over the corpus from a generator."""
    def texts() -> Iterator[str]:
        for _ in range(repeat):
            yield from corpus

    with PeakMemory() as mem:
        for _ in nc.stream(texts(), what="claims", chunk_size=500):
            pass
    return mem.growth


def scaling_table(sizes: list[float]) -> None:
    print("\ntime against input size (parse + claims, one text per size, one thread)")
    print(f"{'input':<26}" + "".join(f"{mb:>8g}MB" for mb in sizes) + "   MB/s at each size")
    realistic = "\n\n".join(build_corpus(max(sizes) * 1.05, seed=2))
    families: dict[str, Callable[[int], str]] = {
        "news (many paragraphs)": lambda n: realistic[:n],
        "no newlines": lambda n: realistic[:n].replace("\n", " "),
        "quote marks by thousands": lambda n: scaling.build("quote_marks", n),
        "one paragraph, no stops": lambda n: scaling.build("no_sentence_end", n),
    }
    for name, make in families.items():
        cells = []
        for mb in sizes:
            text = make(int(mb * 1e6))
            t0 = time.perf_counter()
            nc.extract_claims(text, lang="it")
            cells.append(len(text.encode()) / 1e6 / (time.perf_counter() - t0))
        print(f"{name:<26}" + "".join(f"{c:>10.1f}" for c in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50, help="corpus size in MB (default 50)")
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 16],
                        help="input sizes in MB for the scaling table")
    args = parser.parse_args()

    corpus = build_corpus(args.mb)
    # Warm up: the first table imports pandas and pyarrow, which is not the table's cost.
    nc.claims_table(corpus[:10], progress=False)
    r = Results(corpus)
    r.time("newsclaims parse, 1 thread", lambda: nc.parse_many(corpus, n_jobs=1, progress=False))
    r.time("newsclaims claims, 1 thread", lambda: nc.extract_claims_many(corpus, n_jobs=1, progress=False))
    r.time("newsclaims parse + claims, 1 thread", lambda: nc.process_many(corpus, n_jobs=1, progress=False))
    r.time("newsclaims parse + claims, all cores", lambda: nc.process_many(corpus, progress=False))
    r.time("newsclaims claims, all cores", lambda: nc.extract_claims_many(corpus, progress=False))
    r.time("newsclaims claims DataFrame, all cores", lambda: nc.claims_table(corpus, progress=False))
    r.time("newsclaims stream (chunks of 500), all cores",
           lambda: sum(1 for _ in nc.stream(iter(corpus), what="claims", chunk_size=500)))
    peer = regex_peer()
    r.time("python re: quotes + cue verbs, 1 thread", lambda: [peer(t) for t in corpus])
    spacy_run = spacy_peer()
    if spacy_run is not None:
        r.time("spaCy blank('it') + sentencizer, 1 thread", lambda: spacy_run(corpus))
    else:
        print("spaCy is not installed (pip install spacy): its row is left out")

    print("\nratios")
    r.ratio("parse + claims, 1 thread / spaCy blank + sentencizer", "newsclaims parse + claims, 1 thread",
            "spaCy blank('it') + sentencizer, 1 thread", 10)
    r.ratio("parse + claims, 1 thread / python re pass", "newsclaims parse + claims, 1 thread",
            "python re: quotes + cue verbs, 1 thread")
    r.ratio("parse + claims, all cores / 1 thread", "newsclaims parse + claims, all cores",
            "newsclaims parse + claims, 1 thread", 1.8 if (os.cpu_count() or 1) >= 2 else None)
    r.ratio("claims DataFrame / claims as objects (all cores)", "newsclaims claims DataFrame, all cores",
            "newsclaims claims, all cores", 0.7)
    r.ratio("stream / claims as objects (all cores)", "newsclaims stream (chunks of 500), all cores",
            "newsclaims claims, all cores")
    once, four = stream_peak(corpus[: len(corpus) // 4], 1), stream_peak(corpus[: len(corpus) // 4], 4)
    print(f"  streaming peak memory growth: {once / 1e6:.0f} MB for a quarter of the corpus, "
          f"{four / 1e6:.0f} MB for four times as much")
    scaling_table(args.sizes)


if __name__ == "__main__":
    main()
