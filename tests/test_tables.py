"""Claims and articles as pandas DataFrames and Arrow tables, and the Series accessor."""

from __future__ import annotations

import math

import pytest

import newsclaims as nc
from newsclaims import _tables
from tests.conftest import EXAMPLES, example_text

pd = pytest.importorskip("pandas")

ARTICLES = [example_text(p.name) for p in sorted(EXAMPLES.glob("*.txt"))]
CLAIM_FIELDS = [
    "kind", "content", "start", "end", "speaker", "speaker_start", "speaker_end", "cue", "hedged", "stance",
    "implicit", "paragraph", "sentence",
]


@pytest.fixture(scope="module")
def series() -> "pd.Series":
    texts = ARTICLES + [None, "Mario Rossi ha detto: «La riforma è pronta».", math.nan]
    return pd.Series(texts, index=[f"art{i}" for i in range(len(texts))])


def test_claims_table_holds_every_claim_with_its_source_label(series: "pd.Series") -> None:
    frame = nc.claims_table(series)
    assert list(frame.columns) == ["row"] + CLAIM_FIELDS
    expected = [
        (label, claim.to_dict())
        for label, text in series.items()
        if isinstance(text, str)
        for claim in nc.extract_claims(text)
    ]
    assert len(frame) == len(expected)
    for (_, row), (label, claim) in zip(frame.iterrows(), expected):
        assert row["row"] == label
        for field in CLAIM_FIELDS:
            value = row[field]
            assert (None if value is pd.NA else value) == claim[field], field


def test_claims_table_dtypes(series: "pd.Series") -> None:
    dtypes = nc.claims_table(series).dtypes
    for name in ["content", "speaker", "cue", "sentence"]:
        assert isinstance(dtypes[name], pd.StringDtype), name
    for name in ["start", "end", "speaker_start", "speaker_end", "paragraph"]:
        assert dtypes[name] == pd.Int64Dtype(), name
    assert dtypes["hedged"] == bool and dtypes["implicit"] == bool
    assert list(dtypes["kind"].categories) == ["direct", "mixed", "indirect"]
    assert list(dtypes["stance"].categories) == ["assert", "deny"]


def test_articles_table_has_a_row_per_text(series: "pd.Series") -> None:
    frame = nc.articles_table(series, claims=True)
    assert list(frame["row"]) == list(series.index)
    for (_, row), text in zip(frame.iterrows(), series):
        if not isinstance(text, str):
            assert row["title"] is pd.NA and row["authors"] == [] and row["n_claims"] is pd.NA
            continue
        art = nc.parse_article(text)
        assert (None if row["title"] is pd.NA else row["title"]) == art.title
        assert row["authors"] == art.authors and row["headings"] == art.headings
        assert row["body"] == art.body and row["language"] == art.language
        assert row["n_removed"] == len(art.removed)
        assert row["n_claims"] == len(nc.extract_claims(text))
    assert "n_claims" not in nc.articles_table(series).columns


def test_numpy_path_gives_the_same_frames_as_the_arrow_path(series: "pd.Series") -> None:
    pytest.importorskip("pyarrow")
    for claims, articles in [(True, False), (False, True), (True, True)]:
        specs = _tables.run_tables(series, claims=claims, articles=articles, lang=None, n_jobs=None, progress=False)
        for spec in specs:
            if spec is None:
                continue
            via_arrow = _tables.arrow_to_pandas(_tables.columns_to_arrow(spec))
            via_numpy = _tables.columns_to_pandas(spec)
            pd.testing.assert_frame_equal(via_arrow, via_numpy, check_dtype=False)
            assert [type(t) for t in via_arrow.dtypes] == [type(t) for t in via_numpy.dtypes]


def test_empty_input_gives_empty_tables_with_the_same_columns(series: "pd.Series") -> None:
    full, empty = nc.claims_table(series), nc.claims_table(pd.Series([], dtype=object))
    assert len(empty) == 0 and list(empty.columns) == list(full.columns)
    assert [str(t) for t in empty.dtypes[1:]] == [str(t) for t in full.dtypes[1:]]
    full, empty = nc.articles_table(series), nc.articles_table(pd.Series([], dtype=object))
    assert len(empty) == 0 and list(empty.columns) == list(full.columns)
    assert [str(t) for t in empty.dtypes[1:]] == [str(t) for t in full.dtypes[1:]]


def test_arrow_tables() -> None:
    pa = pytest.importorskip("pyarrow")
    texts = ["Mario Rossi ha detto: «Sì, è pronta».", None, "Anna Bianchi ha detto: «No»."]
    table = nc.claims_table(texts, format="arrow")
    assert isinstance(table, pa.Table)
    assert table.column("content").to_pylist() == ["Sì, è pronta", "No"]
    assert table.column("row").to_pylist() == [0, 2]
    assert table.schema.field("kind").type == pa.dictionary(pa.int8(), pa.string())
    articles = nc.articles_table(texts, format="arrow")
    assert articles.column("authors").to_pylist() == [[], [], []]
    assert articles.num_rows == 3
    with pytest.raises(ValueError, match="format"):
        nc.claims_table(texts, format="excel")  # type: ignore[arg-type]


def test_series_accessor(series: "pd.Series") -> None:
    import newsclaims.pandas  # noqa: F401  (registers the accessor if pandas came second)

    pd.testing.assert_frame_equal(series.newsclaims.claims(), nc.claims_table(series))
    pd.testing.assert_frame_equal(series.newsclaims.articles(), nc.articles_table(series))
    frame = pd.DataFrame({"text": series})
    assert list(frame["text"].newsclaims.claims(n_jobs=1)["row"].unique()) == [
        label for label, text in series.items() if isinstance(text, str) and nc.extract_claims(text)
    ]


def test_accessor_works_whichever_is_imported_first() -> None:
    import subprocess
    import sys

    script = (
        "import sys, newsclaims\n"
        "assert 'pandas' not in sys.modules, 'newsclaims imported pandas'\n"
        "import pandas as pd\n"
        "print(pd.Series(['Mario Rossi ha detto: «Sì».']).newsclaims.claims()['speaker'].tolist())\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['Mario Rossi']"


def test_row_has_one_dtype_for_a_list_and_a_default_index() -> None:
    texts = ["Mario Rossi ha detto: «Sì».", "Anna Bianchi ha detto: «No»."]
    from_list, from_series = nc.claims_table(texts), nc.claims_table(pd.Series(texts))
    pd.testing.assert_frame_equal(from_list, from_series)


def test_arrow_with_a_multiindex_says_what_to_do() -> None:
    pytest.importorskip("pyarrow")
    s = pd.Series(["Mario Rossi ha detto: «Sì»."], index=pd.MultiIndex.from_tuples([("a", 1)]))
    with pytest.raises(ValueError, match="MultiIndex"):
        nc.claims_table(s, format="arrow")
    assert list(nc.claims_table(s)["row"]) == [("a", 1)]


@pytest.mark.parametrize(
    "script",
    [
        # pandas blocked (as tests do to simulate its absence): newsclaims still imports.
        "import sys; sys.modules['pandas'] = None\nimport newsclaims\nprint('ok')",
        # Probing for pandas before importing it keeps the hook.
        "import importlib.util, newsclaims\nimportlib.util.find_spec('pandas')\nimport pandas as pd\n"
        "print('ok' if hasattr(pd.Series([], dtype=object), 'newsclaims') else 'missing')",
    ],
)
def test_the_import_hook_is_harmless(script: str) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"
