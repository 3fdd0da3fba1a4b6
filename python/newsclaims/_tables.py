"""Claims and articles as tables: pandas DataFrames or Arrow tables.

The Rust side lays the columns out in Arrow's memory layout (one buffer of values per
column, strings as bytes plus offsets, validity bitmaps); here they become pyarrow
arrays (pyarrow wraps the bytes as they are), or numpy and pandas arrays when pyarrow is not installed.
pandas and pyarrow are imported only when a table is asked for.
"""

from __future__ import annotations

from typing import Any, Iterable, Literal, Optional

from newsclaims._batch import Progress, as_sequence
from newsclaims._native import run_batch_columns

# pandas, numpy and pyarrow objects are typed `Any`: the packages are optional and
# imported inside the functions that need them.

# (rows, [(name, kind, buffers)]) as `run_batch_columns` returns it.
Columns = tuple[int, list[tuple[str, str, list[Any]]]]


def have_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def import_pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError("tables need pandas: pip install 'newsclaims[pandas]'") from None
    return pandas


def columns_to_arrow(spec: Columns) -> Any:
    """An Arrow table over the Rust buffers (pyarrow wraps the bytes, no copy)."""
    try:
        import pyarrow as pa
    except ImportError:
        raise ImportError("Arrow tables need pyarrow: pip install 'newsclaims[arrow]'") from None
    rows, columns = spec

    def buf(data: Optional[bytes]) -> Any:
        return None if data is None else pa.py_buffer(data)

    arrays = {}
    for name, kind, b in columns:
        if kind == "int64":
            arrays[name] = pa.Array.from_buffers(pa.int64(), rows, [buf(b[1]), buf(b[0])])
        elif kind == "utf8":
            arrays[name] = pa.Array.from_buffers(pa.large_string(), rows, [buf(b[2]), buf(b[0]), buf(b[1])])
        elif kind == "bool":
            arrays[name] = pa.Array.from_buffers(pa.bool_(), rows, [None, buf(b[0])])
        elif kind == "list":
            n_items = len(b[1]) // 8 - 1
            items = pa.Array.from_buffers(pa.large_string(), n_items, [None, buf(b[1]), buf(b[2])])
            offsets = pa.Array.from_buffers(pa.int64(), rows + 1, [None, buf(b[0])])
            arrays[name] = pa.LargeListArray.from_arrays(offsets, items)
        elif kind == "codes":
            codes = pa.Array.from_buffers(pa.int8(), rows, [buf(b[1]), buf(b[0])])
            arrays[name] = pa.DictionaryArray.from_arrays(codes, pa.array(list(b[2]), pa.string()))
        else:  # pragma: no cover - the Rust side names only the kinds above
            raise AssertionError(f"unknown column kind {kind}")
    return pa.table(arrays)


def arrow_to_pandas(table: Any) -> Any:
    """The DataFrame of an Arrow table: string, Int64, bool, category and list columns."""
    pd = import_pandas()
    import pyarrow as pa

    mapping = {pa.large_string(): pd.StringDtype(), pa.int64(): pd.Int64Dtype()}
    lists = [f.name for f in table.schema if pa.types.is_large_list(f.type)]
    frame = table.drop_columns(lists).to_pandas(types_mapper=mapping.get)
    for name in lists:
        # An object Series, so that an empty table has the same dtype as a full one.
        lists = pd.Series(table.column(name).to_pylist(), dtype=object, index=frame.index)
        frame.insert(table.schema.get_field_index(name), name, lists)
    return frame


def columns_to_pandas(spec: Columns) -> Any:
    """The DataFrame of the Rust buffers through numpy, for when pyarrow is missing."""
    pd = import_pandas()
    import numpy as np

    rows, columns = spec

    def valid(bitmap: Optional[bytes]) -> Any:
        if bitmap is None:
            return np.ones(rows, dtype=bool)
        return np.unpackbits(np.frombuffer(bitmap, dtype=np.uint8), bitorder="little")[:rows].astype(bool)

    def strings(offsets: bytes, data: bytes, present: Any) -> list[Optional[str]]:
        o = np.frombuffer(offsets, dtype="<i8").tolist()
        return [data[o[i] : o[i + 1]].decode("utf-8") if present[i] else None for i in range(len(o) - 1)]

    data: dict[str, Any] = {}
    for name, kind, b in columns:
        if kind == "int64":
            values = np.frombuffer(b[0], dtype="<i8").astype(np.int64)
            data[name] = pd.arrays.IntegerArray(values, ~valid(b[1]))
        elif kind == "utf8":
            data[name] = pd.array(strings(b[0], b[1], valid(b[2])), dtype=pd.StringDtype())
        elif kind == "bool":
            data[name] = valid(b[0])
        elif kind == "list":
            items = strings(b[1], b[2], np.ones(len(b[1]) // 8 - 1, dtype=bool))
            o = np.frombuffer(b[0], dtype="<i8").tolist()
            data[name] = pd.Series([items[o[i] : o[i + 1]] for i in range(rows)], dtype=object)
        elif kind == "codes":
            codes = np.where(valid(b[1]), np.frombuffer(b[0], dtype=np.int8), -1)
            data[name] = pd.Categorical.from_codes(codes, categories=list(b[2]))
        else:  # pragma: no cover
            raise AssertionError(f"unknown column kind {kind}")
    return pd.DataFrame(data, index=pd.RangeIndex(rows))


def label_rows(frame: Any, index: Optional[Any]) -> Any:
    """Replaces the `row` positions by the labels of the source index."""
    if index is not None:
        positions = frame["row"].to_numpy(dtype="int64")
        frame["row"] = index.take(positions)
    return frame


def run_tables(
    texts: Iterable[Any], *, claims: bool, articles: bool, lang: Optional[str], n_jobs: Optional[int],
    progress: Optional[bool],
) -> tuple[Optional[Columns], Optional[Columns]]:
    """The columns of the claims and articles tables asked for, from one batch."""
    seq = as_sequence(texts)
    bar = Progress(len(seq), progress, "articles")
    try:
        claim_cols, article_cols = run_batch_columns(
            seq, lang=lang, claims=claims, articles=articles, n_jobs=n_jobs, progress=bar.callback
        )
    finally:
        bar.close()
    return claim_cols, article_cols


def source_index(texts: Any) -> Optional[Any]:
    """The index of a pandas Series, so that rows point back at their source labels;
    `None` where labels are positions anyway (a default RangeIndex), so that `row` keeps
    the same dtype whatever the input."""
    index = getattr(texts, "index", None)
    if index is None or not hasattr(index, "take"):
        return None
    if type(index).__name__ == "RangeIndex" and index.start == 0 and index.step == 1:
        return None
    return index


def finish(spec: Columns, index: Optional[Any], format: str) -> Any:
    if format == "arrow":
        table = columns_to_arrow(spec)
        if index is not None:
            import pyarrow as pa

            if getattr(index, "nlevels", 1) > 1:
                raise ValueError("format='arrow' needs a flat index: reset the MultiIndex first")
            rows = table.column("row").to_numpy()
            table = table.set_column(0, "row", pa.array(index.take(rows)))
        return table
    frame = arrow_to_pandas(columns_to_arrow(spec)) if have_pyarrow() else columns_to_pandas(spec)
    return label_rows(frame, index)


def check_format(format: str) -> None:
    if format not in ("pandas", "arrow"):
        raise ValueError(f"format must be 'pandas' or 'arrow', not {format!r}")


def claims_table(
    texts: Iterable[Optional[str]], *, lang: Optional[str] = None, n_jobs: Optional[int] = None,
    progress: Optional[bool] = None, format: Literal["pandas", "arrow"] = "pandas",
) -> Any:
    """One row per claim of every text: a pandas DataFrame (or a pyarrow Table).

    Columns: ``row`` (the source's index label: a Series' index, else the position),
    then every :class:`Claim` field: ``kind`` and ``stance`` as categories, ``content``,
    ``speaker``, ``cue``, ``sentence`` as strings, offsets and ``paragraph`` as
    ``Int64`` (nullable), ``hedged`` and ``implicit`` as bool. Missing texts and
    languages without claim rules give no rows.
    """
    check_format(format)
    spec, _ = run_tables(texts, claims=True, articles=False, lang=lang, n_jobs=n_jobs, progress=progress)
    assert spec is not None
    return finish(spec, source_index(texts), format)


def articles_table(
    texts: Iterable[Optional[str]], *, lang: Optional[str] = None, n_jobs: Optional[int] = None,
    progress: Optional[bool] = None, format: Literal["pandas", "arrow"] = "pandas", claims: bool = False,
) -> Any:
    """One row per text: a pandas DataFrame (or a pyarrow Table) of the article fields.

    Columns: ``row``, ``title``, ``authors`` (a list of names), ``published``,
    ``section``, ``lead``, ``headings`` (a list), ``body``, ``language`` (category),
    ``n_removed`` (boilerplate blocks set aside) and, with ``claims=True``,
    ``n_claims``. A missing text gives a row of nulls and empty lists.
    """
    check_format(format)
    _, spec = run_tables(texts, claims=claims, articles=True, lang=lang, n_jobs=n_jobs, progress=progress)
    assert spec is not None
    return finish(spec, source_index(texts), format)
