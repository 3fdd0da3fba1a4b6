"""Type stubs and docs for the Rust extension module."""

from typing import Any, Optional

__version__: str

class Block:
    """One block of the input text.

    ``kind`` is one of ``"title"``, ``"byline"``, ``"section"``, ``"lead"``,
    ``"heading"``, ``"paragraph"``, ``"boilerplate"``. ``start``/``end`` are Python
    string indices into the parsed text: ``text[start:end] == block.text``.
    ``reason`` names why a boilerplate block was set aside (``"paywall"``,
    ``"related"``, ``"comments"``, ``"navigation"``, ``"end_marker"``, ``"share"``,
    ``"newsletter"``, ``"cookie"``, ``"advertising"``, ``"metadata"``,
    ``"duplicate_title"``, ``"author_bio"``, ``"header"``, ``"footer"``); ``None`` otherwise.
    """

    @property
    def kind(self) -> str: ...
    @property
    def text(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def reason(self) -> Optional[str]: ...
    def __init__(self, kind: str, text: str, start: int, end: int, reason: Optional[str] = None) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """``{kind, text, start, end}``, plus ``reason`` for boilerplate."""

class Article:
    """The parts of a news article, as returned by :func:`parse_article`."""

    @property
    def text(self) -> str:
        """The text the article was parsed from; every offset indexes into it."""
    @property
    def title(self) -> Optional[str]: ...
    @property
    def authors(self) -> list[str]: ...
    @property
    def published(self) -> Optional[str]:
        """ISO 8601 date as precise as the source: ``"2023-09"``, ``"2023-09-05"``, ``"2023-09-05T10:01"``."""
    @property
    def section(self) -> Optional[str]: ...
    @property
    def lead(self) -> Optional[str]: ...
    @property
    def headings(self) -> list[str]: ...
    @property
    def body(self) -> str:
        """Lead, headings and paragraphs in order, separated by blank lines."""
    @property
    def language(self) -> str: ...
    @property
    def blocks(self) -> list[Block]:
        """Every block of the input, in order."""
    @property
    def removed(self) -> list[Block]:
        """The boilerplate blocks, each with its ``reason``."""
    def __init__(
        self,
        text: str,
        title: Optional[str],
        authors: list[str],
        published: Optional[str],
        section: Optional[str],
        lead: Optional[str],
        headings: list[str],
        body: str,
        language: str,
        blocks: list[Block],
    ) -> None: ...
    def to_dict(self) -> dict[str, Any]:
        """``title, authors, published, section, lead, headings, body, language, blocks, removed``."""

def parse_article(text: str, *, lang: Optional[str] = None) -> Article:
    """Parse a scraped plain-text article into its parts.

    ``lang`` forces the language (``"it"``, ``"en"``); by default it is detected.
    Raises ``TypeError`` when ``text`` is not a ``str``, :class:`newsclaims.ParseError`
    when it cannot be read as Unicode, :class:`newsclaims.LanguageError` for an
    unknown ``lang``. Empty text gives an empty article.
    """
