"""newsclaims.dask on a real local cluster of two worker processes.

Every frame computed on the cluster must equal the pandas path
(``newsclaims.claims_table`` / ``articles_table``) on the same Series, dtypes included,
and the lazy frame's ``meta`` must announce the dtypes that come back.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

distributed = pytest.importorskip("dask.distributed")

import dask  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402

import newsclaims  # noqa: E402
import newsclaims.dask  # noqa: E402

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

QUOTES = [
    "Mario Rossi ha detto: «La riforma è pronta».",
    "«Non ci sono i numeri», ha spiegato Luca Verdi.",
    "Secondo Anna Bianchi, «il governo ha sbagliato tutto».",
    "Il ministro ha negato che la legge sia in ritardo.",
]


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def texts() -> pd.Series:
    """The five example articles, two missing values and short quotes, under string labels."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(EXAMPLES.glob("*.txt"))]
    assert len(articles) == 5
    values: list[Any] = [articles[0], articles[1], None, QUOTES[0], articles[2], np.nan, QUOTES[1],
                         articles[3], QUOTES[2], articles[4], QUOTES[3]]
    # Sorted labels, so that from_pandas keeps the order (and knows its divisions).
    return pd.Series(values, index=[f"art-{i:02d}" for i in range(len(values))], name="text")


def to_dask(series: pd.Series, *, convert_string: bool = False) -> Any:
    """Three partitions; by default the dtypes stay those of the pandas Series."""
    with dask.config.set({"dataframe.convert-string": convert_string}):
        return dd.from_pandas(series, npartitions=3)


def compute_on_workers(client: Any, frame: Any) -> pd.DataFrame:
    """frame.compute(), checking that its tasks ran on the cluster's workers."""
    with distributed.get_task_stream(client) as stream:
        result = frame.compute()
    ran_on = {task["worker"] for task in stream.data}
    assert ran_on and ran_on <= set(client.scheduler_info()["workers"])
    return result


def check_partitions(result: pd.DataFrame, frame: Any) -> None:
    """The meta's dtypes are the computed ones; the index restarts in every partition."""
    pd.testing.assert_series_equal(frame.dtypes, result.dtypes)
    assert not frame.known_divisions
    sizes = frame.map_partitions(len).compute().tolist()
    expected_index = np.concatenate([np.arange(n) for n in sizes])
    np.testing.assert_array_equal(result.index.to_numpy(), expected_index)


def test_cluster_is_two_worker_processes(client: Any, texts: pd.Series) -> None:
    pids = client.run(os.getpid)
    assert len(pids) == 2 and len(set(pids.values())) == 2
    assert os.getpid() not in pids.values()
    # The partition function travels by reference (module-level) and runs on a worker.
    fn = newsclaims.dask._claims_partition
    assert pickle.loads(pickle.dumps(fn)) is fn
    part = texts.iloc[:4]
    got = client.submit(fn, part, None, 1).result()
    pd.testing.assert_frame_equal(got, newsclaims.claims_table(part))


def test_claims_match_pandas(client: Any, texts: pd.Series) -> None:
    ds = to_dask(texts)
    assert ds.npartitions == 3 and ds.known_divisions
    frame = newsclaims.dask.claims(ds)
    result = compute_on_workers(client, frame)
    expected = newsclaims.claims_table(texts)
    assert len(expected) > 0 and set(expected["row"]) >= {"art-03", "art-06"}
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)
    check_partitions(result, frame)


@pytest.mark.parametrize("with_claims", [False, True])
def test_articles_match_pandas(client: Any, texts: pd.Series, with_claims: bool) -> None:
    frame = newsclaims.dask.articles(to_dask(texts), claims=with_claims)
    result = compute_on_workers(client, frame)
    expected = newsclaims.articles_table(texts, claims=with_claims)
    assert expected["row"].tolist() == texts.index.tolist()
    assert ("n_claims" in expected.columns) == with_claims
    pd.testing.assert_frame_equal(result.reset_index(drop=True), expected)
    check_partitions(result, frame)


def test_dask_string_conversion(client: Any, texts: pd.Series) -> None:
    """With dask's default pyarrow strings the index, hence ``row``, is ``string``."""
    ds = to_dask(texts, convert_string=True)
    as_dask_holds_it = ds.compute()
    for dask_fn, pandas_fn in [(newsclaims.dask.claims, newsclaims.claims_table),
                               (newsclaims.dask.articles, newsclaims.articles_table)]:
        frame = dask_fn(ds)
        result = compute_on_workers(client, frame)
        pd.testing.assert_frame_equal(result.reset_index(drop=True), pandas_fn(as_dask_holds_it))
        pd.testing.assert_frame_equal(result.reset_index(drop=True), pandas_fn(texts), check_dtype=False)
        pd.testing.assert_series_equal(frame.dtypes, result.dtypes)


def test_empty_input_keeps_dtypes(client: Any, texts: pd.Series) -> None:
    ds = to_dask(texts.iloc[:0])
    for frame, full in [(newsclaims.dask.claims(ds), newsclaims.claims_table(texts)),
                        (newsclaims.dask.articles(ds, claims=True), newsclaims.articles_table(texts, claims=True))]:
        result = frame.compute()
        assert len(result) == 0
        pd.testing.assert_series_equal(frame.dtypes, result.dtypes)
        pd.testing.assert_series_equal(result.dtypes, full.dtypes)


def test_bad_input_fails_before_compute(texts: pd.Series) -> None:
    with pytest.raises(TypeError, match="claims_table"):
        newsclaims.dask.claims(texts)
    with pytest.raises(newsclaims.LanguageError):
        newsclaims.dask.claims(to_dask(texts), lang="xx")
    with pytest.raises(newsclaims.LanguageError):
        newsclaims.dask.articles(to_dask(texts), lang="xx")


def test_missing_dask_names_the_extra() -> None:
    code = "import sys; sys.modules['dask'] = None; import newsclaims.dask; newsclaims.dask.claims(None)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode != 0
    assert 'pip install "newsclaims[dask]"' in done.stderr
