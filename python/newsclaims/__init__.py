"""newsclaims: raw news articles into structured data.

>>> import newsclaims as nc
>>> art = nc.parse_article("Il titolo\\n\\ndi Mario Rossi\\n\\nIl governo ha approvato la riforma.")
>>> art.title, art.authors
('Il titolo', ['Mario Rossi'])
"""

from newsclaims._errors import LanguageError, NewsclaimsError, ParseError
from newsclaims._native import Article, Block, Claim, __version__, extract_claims, parse_article

__all__ = [
    "Article",
    "Block",
    "Claim",
    "LanguageError",
    "NewsclaimsError",
    "ParseError",
    "__version__",
    "extract_claims",
    "parse_article",
]
