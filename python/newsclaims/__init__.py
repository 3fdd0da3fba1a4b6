"""newsclaims: raw news articles into structured data.

>>> import newsclaims as nc
>>> art = nc.parse_article("Il titolo\\n\\ndi Mario Rossi\\n\\nIl governo ha approvato la riforma.")
>>> art.title, art.authors
('Il titolo', ['Mario Rossi'])
"""

import sys

from newsclaims._batch import extract_claims_many, parse_many, process_many, stream
from newsclaims._errors import LanguageError, NewsclaimsError, ParseError
from newsclaims._native import Article, Block, Claim, __version__, extract_claims, parse_article
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
    "stream",
]

# The `Series.newsclaims` accessor, when pandas is already loaded (the usual notebook
# order); otherwise `import newsclaims.pandas` registers it. pandas is never imported
# here on its own: the core package does not need it.
if "pandas" in sys.modules:
    import newsclaims.pandas  # noqa: F401
