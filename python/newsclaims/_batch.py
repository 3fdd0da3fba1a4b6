"""Many articles at once: the batch functions, their progress bar and the streaming form.

The work runs in Rust on a pool of threads (``n_jobs``, default one per core) with the
GIL released; results come back in input order. Missing values (``None``, ``NaN``,
``pandas.NA``) read as empty text: an empty article and no claims.
"""

from __future__ import annotations

import itertools
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, Literal, Optional, Sequence, TypeVar, Union, overload

from newsclaims._native import Article, Claim, run_batch

# Below this many texts a progress bar is more noise than help (they take well under a
# second); `progress=True` forces one.
PROGRESS_MIN_TEXTS = 2000

T = TypeVar("T")


def as_sequence(texts: Iterable[Any]) -> Sequence[Any]:
    """A list, tuple or pandas Series as is (they have a length); anything else listed."""
    if isinstance(texts, (str, bytes)):
        raise TypeError("expected an iterable of texts, got a single " + type(texts).__name__ + " (wrap it in a list)")
    if isinstance(texts, Mapping) or hasattr(texts, "columns"):
        # Iterating a DataFrame or a dict gives its keys, not its texts.
        raise TypeError(f"expected an iterable of texts, got {type(texts).__name__} (pass one column, e.g. df['text'])")
    if isinstance(texts, (list, tuple)):
        return texts
    values = getattr(texts, "tolist", None)  # pandas Series / Index, numpy arrays
    if callable(values):
        return values()  # type: ignore[no-any-return]
    return list(texts)


class Progress:
    """A tqdm bar fed by the Rust workers' counter, when asked for and installed."""

    def __init__(self, total: int, progress: Optional[bool], desc: str) -> None:
        self.bar: Any = None
        wanted = total >= PROGRESS_MIN_TEXTS if progress is None else progress
        if not wanted:
            return
        try:
            from tqdm.auto import tqdm
        except ImportError:
            if progress:
                raise ImportError(
                    "progress=True needs tqdm: pip install 'newsclaims[progress]'"
                ) from None
            return
        self.bar = tqdm(total=total, desc=desc, unit="art")

    @property
    def callback(self) -> Optional[Callable[[int], None]]:
        return self.update if self.bar is not None else None

    def update(self, done: int) -> None:
        self.bar.update(done - self.bar.n)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def warn_without_rules(claims: Sequence[Optional[list[Claim]]]) -> None:
    missing = sum(1 for c in claims if c is None)
    if missing:
        warnings.warn(
            f"{missing} article(s) are in a language without claim rules yet; their claims are empty",
            stacklevel=3,
        )


def run(
    texts: Iterable[Any], *, lang: Optional[str], claims: bool, n_jobs: Optional[int], progress: Optional[bool],
    desc: str,
) -> list[tuple[Article, Optional[list[Claim]]]]:
    seq = as_sequence(texts)
    bar = Progress(len(seq), progress, desc)
    try:
        return run_batch(seq, lang=lang, claims=claims, n_jobs=n_jobs, progress=bar.callback)
    finally:
        bar.close()


def parse_many(
    texts: Iterable[Optional[str]], *, lang: Optional[str] = None, n_jobs: Optional[int] = None,
    progress: Optional[bool] = None,
) -> list[Article]:
    """:func:`newsclaims.parse_article` on every text, on all cores, in input order.

    ``texts``: any iterable of ``str`` (list, tuple, pandas Series, generator); a
    missing value (``None``, ``NaN``) gives an empty article. ``n_jobs``: worker
    threads (default: one per core). ``progress``: a tqdm bar (default: only for
    large batches, when tqdm is installed).
    """
    return [article for article, _ in run(texts, lang=lang, claims=False, n_jobs=n_jobs, progress=progress,
                                          desc="parsing")]


def extract_claims_many(
    texts: Iterable[Optional[str]], *, lang: Optional[str] = None, n_jobs: Optional[int] = None,
    progress: Optional[bool] = None,
) -> list[list[Claim]]:
    """:func:`newsclaims.extract_claims` on every text, on all cores, in input order.

    A missing value gives no claims. An article detected as a language without claim
    rules gives no claims and one warning for the batch (``lang=`` naming such a
    language raises :class:`newsclaims.LanguageError`, as for one text).
    """
    results = run(texts, lang=lang, claims=True, n_jobs=n_jobs, progress=progress, desc="claims")
    claims = [c for _, c in results]
    warn_without_rules(claims)
    return [c or [] for c in claims]


def process_many(
    texts: Iterable[Optional[str]], *, lang: Optional[str] = None, n_jobs: Optional[int] = None,
    progress: Optional[bool] = None,
) -> list[tuple[Article, list[Claim]]]:
    """Articles and their claims in one pass: a list of ``(Article, claims)``."""
    results = run(texts, lang=lang, claims=True, n_jobs=n_jobs, progress=progress, desc="articles")
    warn_without_rules([c for _, c in results])
    return [(article, c or []) for article, c in results]


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, size)):
        yield chunk


@overload
def stream(texts: Iterable[Optional[str]], *, what: Literal["claims"], lang: Optional[str] = ...,
           n_jobs: Optional[int] = ..., chunk_size: int = ...) -> Iterator[list[Claim]]: ...
@overload
def stream(texts: Iterable[Optional[str]], *, what: Literal["articles"], lang: Optional[str] = ...,
           n_jobs: Optional[int] = ..., chunk_size: int = ...) -> Iterator[Article]: ...
@overload
def stream(texts: Iterable[Optional[str]], *, what: Literal["both"] = ..., lang: Optional[str] = ...,
           n_jobs: Optional[int] = ..., chunk_size: int = ...) -> Iterator[tuple[Article, list[Claim]]]: ...
def stream(
    texts: Iterable[Optional[str]], *, what: str = "both", lang: Optional[str] = None,
    n_jobs: Optional[int] = None, chunk_size: int = 1000,
) -> Iterator[Union[Article, list[Claim], tuple[Article, list[Claim]]]]:
    """Results for a stream of texts, in order, holding one chunk in memory at a time.

    ``texts`` may be a generator over a corpus larger than memory: ``chunk_size``
    texts are read, processed on all cores, yielded one by one, and dropped.
    ``what``: ``"both"`` yields ``(Article, claims)``, ``"articles"`` an Article,
    ``"claims"`` a list of claims. Bad options raise here, not at the first result.
    """
    if what not in ("both", "articles", "claims"):
        raise ValueError(f"what must be 'both', 'articles' or 'claims', not {what!r}")
    if chunk_size < 1:
        raise ValueError("chunk_size must be at least 1")
    if isinstance(texts, (str, bytes, Mapping)) or hasattr(texts, "columns"):
        as_sequence(texts)  # raises the TypeError
    return stream_chunks(texts, what, lang, n_jobs, chunk_size)


def stream_chunks(
    texts: Iterable[Optional[str]], what: str, lang: Optional[str], n_jobs: Optional[int], chunk_size: int,
) -> Iterator[Union[Article, list[Claim], tuple[Article, list[Claim]]]]:
    for chunk in chunks(texts, chunk_size):
        results = run_batch(chunk, lang=lang, claims=what != "articles", n_jobs=n_jobs)
        for article, claims in results:
            if what == "articles":
                yield article
            elif what == "claims":
                yield claims or []
            else:
                yield article, claims or []
