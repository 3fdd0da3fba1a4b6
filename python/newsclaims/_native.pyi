"""Type stubs and docs for the Rust extension module."""

from typing import Any, Callable, Iterable, Optional, Union, final

__version__: str
__all__ = [
    "Article",
    "Block",
    "Claim",
    "__version__",
    "extract_claims",
    "parse_article",
    "run_batch",
    "run_batch_columns",
]

@final
class Block:
    """One block of the input text.

    ``kind`` is one of ``"title"``, ``"byline"``, ``"section"``, ``"lead"``,
    ``"heading"``, ``"paragraph"``, ``"boilerplate"``. ``start``/``end`` are Python
    string indices into the parsed text: ``text[start:end] == block.text``.
    ``reason`` names why a boilerplate block was set aside (``"paywall"``,
    ``"related"``, ``"comments"``, ``"navigation"``, ``"end_marker"``, ``"share"``,
    ``"newsletter"``, ``"cookie"``, ``"advertising"``, ``"metadata"``, ``"dateline"``,
    ``"duplicate_title"``, ``"author_bio"``, ``"header"``, ``"footer"``); ``None`` otherwise.
    A ``"section"`` block holds the label as glued to the title, separator included
    (``"– Politica"``); ``Article.section`` holds the label alone.
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
    def __new__(cls, kind: str, text: str, start: int, end: int, reason: Optional[str] = None) -> Block: ...
    def to_dict(self) -> dict[str, Any]:
        """``{kind, text, start, end}``, plus ``reason`` for boilerplate."""

@final
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
    def __new__(
        cls,
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
    ) -> Article: ...
    def to_dict(self) -> dict[str, Any]:
        """``title, authors, published, section, lead, headings, body, language, blocks, removed``."""
    def _repr_html_(self) -> str:
        """The highlighted view a notebook shows (:func:`newsclaims.render`)."""

@final
class Claim:
    """One attributed report: who is reported to have said what.

    ``kind`` is ``"direct"`` (a quotation standing as the whole utterance), ``"mixed"``
    (reported speech holding a quoted fragment) or ``"indirect"`` (reported speech
    without quotation marks). ``content == text[start:end]`` for the text the claims
    were extracted from. ``speaker`` is the source as its most specific name in the
    article; ``speaker_start``/``speaker_end`` index that name in the text (for a role
    or surname resolved through the article, the mention that gave the full name), or
    are ``None`` when the speaker comes from context. ``implicit`` is ``True`` when the
    source is not named in the claim's own clause: from context, or named in the next
    sentence (``… Lo riferiscono diverse agenzie``), which keeps its offsets.
    ``cue`` is the verb or phrase that attributes the claim. ``hedged`` marks a claim
    presented as unconfirmed; ``stance`` is ``"assert"`` or ``"deny"``. ``paragraph``
    is the index of the paragraph among the article's body blocks; ``sentence`` the
    sentence the claim starts in.
    """

    @property
    def kind(self) -> str: ...
    @property
    def content(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def speaker(self) -> Optional[str]: ...
    @property
    def speaker_start(self) -> Optional[int]: ...
    @property
    def speaker_end(self) -> Optional[int]: ...
    @property
    def cue(self) -> Optional[str]: ...
    @property
    def hedged(self) -> bool: ...
    @property
    def stance(self) -> str: ...
    @property
    def implicit(self) -> bool: ...
    @property
    def paragraph(self) -> int: ...
    @property
    def sentence(self) -> str: ...
    def __new__(
        cls,
        kind: str,
        content: str,
        start: int,
        end: int,
        speaker: Optional[str],
        speaker_start: Optional[int],
        speaker_end: Optional[int],
        cue: Optional[str],
        hedged: bool,
        stance: str,
        implicit: bool,
        paragraph: int,
        sentence: str,
    ) -> Claim: ...
    def to_dict(self) -> dict[str, Any]:
        """Every field above, by name."""

def extract_claims(text_or_article: Union[str, Article], *, lang: Optional[str] = None) -> list[Claim]:
    """The claims of an article, in text order.

    Takes the text (parsed first with :func:`parse_article`) or an :class:`Article`;
    offsets index the text (for an ``Article``, ``article.text``). Claims come from
    the lead and paragraphs, never from the title, headings or boilerplate.
    Raises ``TypeError`` for other types (``bytes`` must be decoded first; ``None``
    and ``NaN`` are missing values), :class:`newsclaims.ParseError` for a ``str``
    that is not valid Unicode, :class:`newsclaims.LanguageError` for an unknown
    ``lang`` or a language without claim rules yet (English). Releases the GIL;
    safe to call from many threads at once.
    """

def parse_article(text: str, *, lang: Optional[str] = None) -> Article:
    """Parse a scraped plain-text article into its parts.

    ``lang`` forces the language (``"it"``, ``"en"``); by default it is detected.
    Raises ``TypeError`` when ``text`` is not a ``str`` (``bytes`` must be decoded
    first; ``None`` and ``NaN`` are missing values), :class:`newsclaims.ParseError`
    when it cannot be read as Unicode, :class:`newsclaims.LanguageError` for an
    unknown ``lang``. Empty text gives an empty article. Releases the GIL; safe to
    call from many threads at once.
    """

def run_batch(
    texts: Iterable[object],
    *,
    lang: Optional[str] = None,
    claims: bool = True,
    n_jobs: Optional[int] = None,
    progress: Optional[Callable[[int], object]] = None,
) -> list[tuple[Article, Optional[list[Claim]]]]:
    """Articles (and claims) of many texts on a pool of threads, in input order.

    The engine behind :func:`newsclaims.process_many` and friends. Missing values
    (``None``, ``NaN``, ``pandas.NA``) read as empty text; any other non-``str``
    element raises ``TypeError`` naming its index. Claims are ``None`` when not asked
    for or when the article's language has no claim rules. ``progress(done)`` is
    called from the waiting thread a few times a second.
    """

def run_batch_columns(
    texts: Iterable[object],
    *,
    lang: Optional[str] = None,
    claims: bool = True,
    articles: bool = True,
    n_jobs: Optional[int] = None,
    progress: Optional[Callable[[int], object]] = None,
) -> tuple[Optional[tuple[int, list[tuple[str, str, list[Any]]]]], Optional[tuple[int, list[tuple[str, str, list[Any]]]]]]:
    """The same batch as table columns in Arrow's memory layout (see ``newsclaims._tables``)."""
