"""The pandas accessor: ``series.newsclaims.claims()`` and ``.articles()``.

Importing this module registers the accessor; ``import newsclaims`` sees to it on its
own, as soon as pandas is imported (before or after newsclaims)::

    >>> import pandas as pd
    >>> import newsclaims.pandas
    >>> s = pd.Series({"a": "Mario Rossi ha detto: «Sì, è pronta».", "b": None})
    >>> s.newsclaims.claims()[["row", "speaker", "content"]]
      row      speaker      content
    0   a  Mario Rossi  Sì, è pronta
"""

from __future__ import annotations

from typing import Any, Literal, Optional

import pandas as pd

from newsclaims._tables import articles_table, claims_table


@pd.api.extensions.register_series_accessor("newsclaims")
class NewsclaimsAccessor:
    """Tables of a Series of article texts; the ``row`` column holds the Series' labels."""

    def __init__(self, series: pd.Series) -> None:
        self._series = series

    def claims(
        self, *, lang: Optional[str] = None, n_jobs: Optional[int] = None, progress: Optional[bool] = None,
        format: Literal["pandas", "arrow"] = "pandas",
    ) -> Any:
        """One row per claim: see :func:`newsclaims.claims_table`."""
        return claims_table(self._series, lang=lang, n_jobs=n_jobs, progress=progress, format=format)

    def articles(
        self, *, lang: Optional[str] = None, n_jobs: Optional[int] = None, progress: Optional[bool] = None,
        format: Literal["pandas", "arrow"] = "pandas", claims: bool = False,
    ) -> Any:
        """One row per article: see :func:`newsclaims.articles_table`."""
        return articles_table(
            self._series, lang=lang, n_jobs=n_jobs, progress=progress, format=format, claims=claims
        )
