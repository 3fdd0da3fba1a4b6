"""Time against input size on adversarial text: cost must grow linearly.

Each family repeats one unit until the text reaches the size asked for; a family whose
throughput (MB/s) falls as the input grows has a loop that re-scans. Run with the
package installed:

    python benchmarks/scaling.py                 # 0.25 to 4 MB
    python benchmarks/scaling.py --sizes 1 2 4 8 16

The last column is the throughput at the largest size over that at the smallest:
about 1.0 for linear cost, about 1/16 for quadratic cost over a 16x range.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import newsclaims

# Units that, repeated, make one pathological paragraph (no blank line inside unless
# the family is about paragraphs).
FAMILIES: dict[str, str] = {
    "paragraphs": (
        "Il ministro Mario Rossi ha detto che la riforma è pronta. «Andremo avanti», "
        "ha aggiunto. Secondo fonti del governo, il voto arriverà presto.\n\n"
    ),
    "one_line": (
        "Il ministro Mario Rossi ha detto che la riforma è pronta. «Andremo avanti», "
        "ha aggiunto. Secondo fonti del governo, il voto arriverà presto. "
    ),
    "quote_marks": '« » " “ ” „ ‘ ’ ',
    "open_quotes": "«parola ",
    "no_sentence_end": "il ministro ha detto che la riforma e ",
    "cues_one_sentence": "ha detto, ",
    "asides": "«parola», ha detto Rossi, ",
    "colons": "Rossi: «sì» ",
    "conjunctions": "Rossi e Bianchi e ",
    "according_to": "secondo Rossi, ",
    "capitals": "Mario Rossi Bianchi ",
    "quoted_names": "L'associazione “Altra Sutri” chiede che il comune riapra la scuola. ",
    "one_long_quote": "",  # built below: one quotation spanning the text
    "long_quote_then_claims": "",  # built below: half one quotation, half short claims
}


def build(family: str, size: int) -> str:
    """A text of about `size` bytes from `family`."""
    if family == "one_long_quote":
        filler = "parole dentro una citazione lunga "
        n = max(1, size // len(filler.encode()))
        return "Rossi ha detto: «" + filler * n + "». Poi ha aggiunto altro."
    if family == "long_quote_then_claims":
        filler = "parole dentro una citazione lunga "
        claim = "Rossi ha detto: «sì». "
        half = size // 2
        return ("«" + filler * max(1, half // len(filler.encode())) + "» ha detto Rossi. "
                + claim * max(1, half // len(claim.encode())))
    unit = FAMILIES[family]
    n = max(1, size // len(unit.encode()))
    return unit * n


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Best of `repeat` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.25, 0.5, 1, 2, 4],
                        help="input sizes in MB")
    parser.add_argument("--repeat", type=int, default=2, help="runs per point (best kept)")
    parser.add_argument("--families", nargs="+", default=list(FAMILIES), choices=list(FAMILIES))
    args = parser.parse_args()

    sizes = [int(mb * 1_000_000) for mb in args.sizes]
    header = "".join(f"{mb:>9g}MB" for mb in args.sizes)
    print(f"{'family':<18}{header}   last/first (MB/s ratio; 1.0 = linear)")
    for family in args.families:
        rates = []
        cells = ""
        for size in sizes:
            text = build(family, size)
            mb = len(text.encode()) / 1e6
            seconds = timed(lambda: newsclaims.extract_claims(text, lang="it"), args.repeat)
            rates.append(mb / seconds)
            cells += f"{seconds:>10.3f}s"
        print(f"{family:<18}{cells}   {rates[-1] / rates[0]:.2f}", flush=True)


if __name__ == "__main__":
    main()
