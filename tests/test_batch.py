"""Batch functions: many texts on all cores, the same results as one at a time, in order."""

from __future__ import annotations

import math
import tracemalloc
import warnings
from collections.abc import Iterator

import pytest

import newsclaims as nc
from tests.conftest import EXAMPLES, example_text

ARTICLES = [example_text(p.name) for p in sorted(EXAMPLES.glob("*.txt"))]
SHORT = [
    "Mario Rossi ha detto: «La riforma è pronta».",
    "Secondo il ministro, il voto arriverà presto.",
    "Nessuna dichiarazione in questo testo.",
]
TEXTS = ARTICLES + SHORT


@pytest.mark.parametrize("n_jobs", [None, 1, 2])
def test_batches_give_what_one_at_a_time_gives_in_order(n_jobs: int | None) -> None:
    texts = TEXTS * 3
    assert nc.parse_many(texts, n_jobs=n_jobs) == [nc.parse_article(t) for t in texts]
    assert nc.extract_claims_many(texts, n_jobs=n_jobs) == [nc.extract_claims(t) for t in texts]
    both = nc.process_many(texts, n_jobs=n_jobs)
    assert both == [(nc.parse_article(t), nc.extract_claims(t)) for t in texts]


def test_any_iterable_of_texts() -> None:
    expected = [nc.extract_claims(t) for t in SHORT]
    assert nc.extract_claims_many(tuple(SHORT)) == expected
    assert nc.extract_claims_many(t for t in SHORT) == expected
    assert nc.extract_claims_many(iter(SHORT)) == expected
    assert nc.extract_claims_many([]) == []
    pd = pytest.importorskip("pandas")
    assert nc.extract_claims_many(pd.Series(SHORT, index=[10, 20, 30])) == expected


def test_missing_values_give_an_empty_article_and_no_claims() -> None:
    np = pytest.importorskip("numpy")
    missing = [None, math.nan, np.float64("nan")]
    results = nc.process_many(["Mario Rossi ha detto: «Sì»."] + missing)
    assert len(results[0][1]) == 1
    for article, claims in results[1:]:
        assert article == nc.parse_article("", lang=article.language)
        assert claims == []


def test_a_non_string_element_names_its_index_and_type() -> None:
    with pytest.raises(TypeError, match="element 2 of the batch is int"):
        nc.parse_many(["a", "b", 3, "d"])
    with pytest.raises(TypeError, match="element 0 of the batch is bytes"):
        nc.extract_claims_many([b"testo"])
    with pytest.raises(TypeError, match="single str"):
        nc.parse_many("a text, not a list of texts")


def test_a_lone_surrogate_names_its_element() -> None:
    with pytest.raises(nc.ParseError, match="element 1"):
        nc.parse_many(["ok", "rotto \ud800"])


def test_bad_options() -> None:
    with pytest.raises(ValueError, match="n_jobs"):
        nc.parse_many(SHORT, n_jobs=0)
    with pytest.raises(nc.LanguageError):
        nc.parse_many(SHORT, lang="xx")
    with pytest.raises(nc.LanguageError):
        nc.extract_claims_many(SHORT, lang="en")


def test_articles_without_claim_rules_give_no_claims_and_one_warning() -> None:
    english = "The minister said on Tuesday that the reform was ready and would pass."
    with pytest.warns(UserWarning, match="1 article"):
        claims = nc.extract_claims_many([SHORT[0], english])
    assert len(claims[0]) == 1 and claims[1] == []


def test_progress_is_reported_and_reaches_the_total() -> None:
    seen: list[int] = []
    nc._native.run_batch(TEXTS * 50, progress=seen.append)
    assert seen and seen[-1] == len(TEXTS) * 50
    assert seen == sorted(seen)


def test_progress_bar_with_tqdm() -> None:
    pytest.importorskip("tqdm")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tqdm.auto may warn about widgets outside notebooks
        assert nc.parse_many(SHORT, progress=True) == [nc.parse_article(t) for t in SHORT]


def test_an_error_in_the_progress_callback_stops_the_batch() -> None:
    def fail(done: int) -> None:
        raise RuntimeError("stop here")

    with pytest.raises(RuntimeError, match="stop here"):
        nc._native.run_batch(ARTICLES * 2000, progress=fail)


def test_stream_yields_in_order_for_each_kind() -> None:
    texts = TEXTS * 4
    assert list(nc.stream(iter(texts), what="articles", chunk_size=5)) == nc.parse_many(texts)
    assert list(nc.stream(iter(texts), what="claims", chunk_size=5)) == nc.extract_claims_many(texts)
    assert list(nc.stream(iter(texts), chunk_size=7)) == nc.process_many(texts)
    with pytest.raises(ValueError):
        list(nc.stream(texts, what="blocks"))
    with pytest.raises(ValueError):
        list(nc.stream(texts, chunk_size=0))


def test_stream_is_lazy_and_its_memory_stays_flat() -> None:
    """Memory held while streaming does not grow with the number of texts read."""
    pulled = 0

    def corpus(n: int) -> Iterator[str]:
        nonlocal pulled
        for i in range(n):
            pulled += 1
            yield ARTICLES[i % len(ARTICLES)]

    first = next(nc.stream(corpus(10_000), what="claims", chunk_size=50))
    assert first and pulled == 50

    def peak(n: int) -> int:
        tracemalloc.start()
        for _ in nc.stream(corpus(n), what="claims", chunk_size=50):
            pass
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    small, large = peak(200), peak(2000)
    assert large < small * 1.5, (small, large)


def test_dataframes_and_dicts_are_refused_not_read_as_their_keys() -> None:
    with pytest.raises(TypeError, match="dict"):
        nc.parse_many({"a": "testo"})
    pd = pytest.importorskip("pandas")
    with pytest.raises(TypeError, match=r"df\['text'\]"):
        nc.claims_table(pd.DataFrame({"text": SHORT}))


def test_stream_checks_its_options_at_once() -> None:
    with pytest.raises(ValueError):
        nc.stream(SHORT, what="blocks")
    with pytest.raises(TypeError):
        nc.stream("a text")


def test_n_jobs_minus_one_means_all_cores() -> None:
    assert nc.parse_many(SHORT, n_jobs=-1) == nc.parse_many(SHORT)
    with pytest.raises(ValueError, match="n_jobs"):
        nc.parse_many(SHORT, n_jobs=-2)


def _parse_in_child(texts: list[str]) -> int:
    return len(nc.parse_many(texts, n_jobs=2))


def test_a_process_forked_after_a_batch_can_run_batches() -> None:
    import multiprocessing

    nc.parse_many(SHORT, n_jobs=2)  # the parent's pool exists before the fork
    ctx = multiprocessing.get_context("fork")
    with warnings.catch_warnings():
        # Python 3.12+ warns about forking a process with threads: that is the point here.
        warnings.simplefilter("ignore", DeprecationWarning)
        with ctx.Pool(1) as pool:
            result = pool.apply_async(_parse_in_child, (SHORT,))
            assert result.get(timeout=60) == len(SHORT)


def test_progress_is_reported_while_the_batch_runs() -> None:
    seen: list[int] = []
    texts = ARTICLES * 600
    nc._native.run_batch(texts, n_jobs=1, claims=True, progress=seen.append)
    assert seen[-1] == len(texts)
    assert any(0 < n < len(texts) for n in seen), seen  # reports before the end
