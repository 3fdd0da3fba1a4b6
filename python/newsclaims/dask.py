"""Claims and articles of a Dask Series of texts, partition by partition.

The same tables as :func:`newsclaims.claims_table` and :func:`newsclaims.articles_table`,
lazily, for a ``dask.dataframe.Series`` of article texts (missing values allowed)::

    import dask.dataframe as dd
    import newsclaims.dask

    texts = dd.read_parquet("articles.parquet")["text"]
    claims = newsclaims.dask.claims(texts)          # a lazy dask DataFrame
    claims[claims.kind == "direct"].speaker.value_counts().compute()
    articles = newsclaims.dask.articles(texts, claims=True)

Each partition goes through the pandas function, so the columns and dtypes are those
of the pandas path (the frame's ``meta`` is computed by that same function, so it
follows any change of columns). On a cluster nothing changes but the client; the
workers need ``newsclaims`` installed::

    from dask.distributed import Client

    client = Client("tcp://scheduler:8786")
    claims = newsclaims.dask.claims(texts).compute()   # runs on the cluster's workers

The index: ``row`` holds the label of each text in the source Series (its index), so
claims join back to their article on it. The output's own index is the pandas one,
per partition: ``0, 1, ...`` in every partition, hence repeated across partitions,
and the divisions are unknown. Use ``row`` (``set_index("row")``) for lookups. ``row``
has the dtype of the dask Series' index (with dask's default string conversion, a
string index arrives as ``string[pyarrow]``).

``n_jobs`` is the number of Rust threads per partition (default: one per core of the
worker's machine); with several Dask threads or processes per machine, ``n_jobs=1``
avoids running more threads than cores. No progress bar is shown on the workers.

Spark has no index, so carry the article id as a column and make it the index of
each pandas batch; ``row`` then holds the id (declare its Spark type to match)::

    import newsclaims

    def batches(frames):
        for frame in frames:
            table = newsclaims.claims_table(frame.set_index("id")["text"], progress=False)
            yield table.astype({"kind": str, "stance": str})

    schema = ("row string, kind string, content string, start long, end long, "
              "speaker string, speaker_start long, speaker_end long, cue string, "
              "hedged boolean, stance string, implicit boolean, paragraph long, "
              "sentence string")
    claims = spark_df.select("id", "text").mapInPandas(batches, schema)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

from newsclaims._tables import articles_table, claims_table

__all__ = ["articles", "claims"]

# dask (and pandas, which it brings) is imported when a function is called, so that
# this module imports without it (for stubtest and documentation tools); the
# functions then say what to install. Their objects are typed `Any`.


def _import_dask() -> Any:
    """`dask.dataframe`, or an ImportError naming the extra to install."""
    try:
        import dask.dataframe
    except ImportError:  # the original error stays attached as the context
        raise ImportError('newsclaims.dask needs dask: pip install "newsclaims[dask]"')
    return dask.dataframe


def _table(table: Callable[..., Any], texts: Any, **options: Any) -> Any:
    """`table` (a pandas table function) on one partition, without a progress bar.
    An empty partition (and the empty ``meta`` Series) gives an empty frame with the
    dtypes of a full one, so ``meta`` always describes what the workers return."""
    return table(texts, progress=False, **options)


def _claims_partition(texts: Any, lang: Optional[str], n_jobs: Optional[int]) -> Any:
    """The claims of one pandas partition: :func:`newsclaims.claims_table`."""
    return _table(claims_table, texts, lang=lang, n_jobs=n_jobs)


def _articles_partition(texts: Any, lang: Optional[str], n_jobs: Optional[int], claims: bool) -> Any:
    """The articles of one pandas partition: :func:`newsclaims.articles_table`."""
    return _table(articles_table, texts, lang=lang, n_jobs=n_jobs, claims=claims)


def _check_series(series: Any) -> None:
    dd = _import_dask()
    if not isinstance(series, dd.Series):
        import pandas as pd

        hint = " (for pandas, use newsclaims.claims_table / articles_table)" if isinstance(series, pd.Series) else ""
        raise TypeError(f"expected a dask.dataframe.Series of texts, got {type(series).__name__}{hint}")


def claims(series: Any, *, lang: Optional[str] = None, n_jobs: Optional[int] = None) -> Any:
    """One row per claim of every text: a lazy ``dask.dataframe.DataFrame``.

    ``series``: a ``dask.dataframe.Series`` of article texts (``None``/``NaN`` read as
    empty text). The columns and dtypes are those of :func:`newsclaims.claims_table`;
    ``row`` holds the source Series' index label, and the index restarts at 0 in every
    partition (divisions unknown). ``lang`` forces the language (an unknown one raises
    :class:`newsclaims.LanguageError` here, not at compute time); ``n_jobs``: Rust
    threads per partition.
    """
    _check_series(series)
    meta = _claims_partition(series._meta, lang, n_jobs)
    return series.map_partitions(
        _claims_partition, lang, n_jobs, meta=meta, clear_divisions=True, enforce_metadata=True,
    )


def articles(
    series: Any, *, lang: Optional[str] = None, n_jobs: Optional[int] = None, claims: bool = False,
) -> Any:
    """One row per text: a lazy ``dask.dataframe.DataFrame`` of the article fields.

    The columns and dtypes are those of :func:`newsclaims.articles_table` (with
    ``claims=True``, the ``n_claims`` column too); ``row`` holds the source Series'
    index label, and the index restarts at 0 in every partition (divisions unknown).
    ``lang`` and ``n_jobs`` as for :func:`claims`.
    """
    _check_series(series)
    meta = _articles_partition(series._meta, lang, n_jobs, claims)
    return series.map_partitions(
        _articles_partition, lang, n_jobs, claims, meta=meta, clear_divisions=True, enforce_metadata=True,
    )
