"""The package's exceptions: one root, each also a ``ValueError`` where input is at fault."""


class NewsclaimsError(Exception):
    """Root of every error newsclaims raises on purpose."""


class ParseError(NewsclaimsError, ValueError):
    """The text cannot be handled (for instance a ``str`` holding lone surrogates)."""


class LanguageError(NewsclaimsError, ValueError):
    """``lang=`` names a language newsclaims has no lexicons for."""


for _cls in (NewsclaimsError, ParseError, LanguageError):
    _cls.__module__ = "newsclaims"
