"""newsclaims: raw news articles into structured data.

>>> import newsclaims as nc
>>> art = nc.parse_article("Il titolo\\n\\ndi Mario Rossi\\n\\nIl governo ha approvato la riforma.")
>>> art.title, art.authors
('Il titolo', ['Mario Rossi'])
"""

from newsclaims._batch import extract_claims_many, parse_many, process_many, stream
from newsclaims._errors import LanguageError, NewsclaimsError, ParseError
from newsclaims._native import Article, Block, Claim, __version__, extract_claims, parse_article
from newsclaims._render import render, render_page
from newsclaims._tables import articles_table, claims_table

__all__ = [
    "Article",
    "Block",
    "Claim",
    "LanguageError",
    "NewsclaimsError",
    "ParseError",
    "__version__",
    "articles_table",
    "claims_table",
    "extract_claims",
    "extract_claims_many",
    "parse_article",
    "parse_many",
    "process_many",
    "render",
    "render_page",
    "stream",
]

# The `Series.newsclaims` accessor, registered as soon as pandas is imported (now, if it
# already is). pandas is never imported here on its own: the core does not need it.
from newsclaims import _pandas_hook

_pandas_hook.install()
