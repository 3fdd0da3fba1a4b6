"""The highlighted view of an article: its fields on top, its body with every claim
marked in place, the boilerplate greyed and folded away with its reason.

Everything taken from the article is HTML-escaped (text and attributes), and the page
carries a Content-Security-Policy that allows no script at all: a scraped
``<script>`` or ``<img onerror=…>`` shows as text and never runs. No JavaScript, no
external assets: the CSS is inline.
"""

from __future__ import annotations

from html import escape
from typing import Optional, Sequence, Union

from newsclaims._errors import LanguageError
from newsclaims._native import Article, Block, Claim, extract_claims, parse_article

STYLE = """
.nc-article { font: 16px/1.55 Georgia, serif; max-width: 46em; color: #1d1d1f; }
.nc-article header { border-bottom: 1px solid #ddd; margin-bottom: 1em; }
.nc-article h1 { font-size: 1.6em; line-height: 1.25; margin: .2em 0; }
.nc-meta { font: 13px/1.4 system-ui, sans-serif; color: #555; margin: .3em 0 .8em; }
.nc-meta > * + *::before { content: " · "; }
.nc-section { text-transform: uppercase; letter-spacing: .05em; }
.nc-lead { font-style: italic; }
.nc-article h3 { font-size: 1.15em; margin: 1.2em 0 .4em; }
.nc-claim { border-radius: 3px; padding: 0 1px; }
.nc-direct { background: #cfe8ff; }
.nc-mixed { background: #e4d7ff; }
.nc-indirect { background: #d9f2d0; }
.nc-claim .nc-claim { background: rgba(255, 200, 0, .35); }
.nc-hedged { text-decoration: underline dotted #b36b00 2px; }
.nc-deny { box-shadow: inset 0 -2px 0 #c62828; }
.nc-label { font: 11px/1 system-ui, sans-serif; color: #333; background: #f3f3f3;
            border: 1px solid #ccc; border-radius: 8px; padding: 1px 5px; margin-left: 2px;
            vertical-align: 2px; white-space: nowrap; }
.nc-label.nc-implicit { font-style: italic; color: #777; }
.nc-flag { color: #b36b00; font-weight: bold; }
.nc-flag.nc-deny-flag { color: #c62828; }
.nc-removed { color: #999; font: 13px/1.4 system-ui, sans-serif; margin: .4em 0; }
.nc-removed summary { cursor: pointer; }
.nc-legend { font: 12px/1.4 system-ui, sans-serif; color: #555; margin-top: 1.5em; }
.nc-legend span { padding: 0 4px; margin-right: .6em; border-radius: 3px; }
"""

KIND_NAMES = {"direct": "quoted", "mixed": "partly quoted", "indirect": "reported"}


class HTML(str):
    """A ``str`` of HTML that a notebook displays as HTML."""

    def _repr_html_(self) -> str:
        return str(self)


def claim_title(claim: Claim) -> str:
    """The hover text of a claim: its fields, one a line."""
    speaker = claim.speaker or "unknown"
    if claim.implicit:
        speaker += " (from context)"
    lines = [
        f"{claim.kind} ({KIND_NAMES.get(claim.kind, claim.kind)})",
        f"speaker: {speaker}",
        f"cue: {claim.cue or '-'}",
        f"hedged: {'yes' if claim.hedged else 'no'}",
        f"stance: {claim.stance}",
        f"offsets: {claim.start}-{claim.end}, paragraph {claim.paragraph}",
    ]
    return "\n".join(lines)


def claim_label(claim: Claim) -> str:
    """The badge after a claim: speaker (and cue), hedge and denial markers."""
    flags = ""
    if claim.hedged:
        flags += '<span class="nc-flag" title="hedged">?</span> '
    if claim.stance == "deny":
        flags += '<span class="nc-flag nc-deny-flag" title="denies">&#x2260;</span> '
    who = escape(claim.speaker or "unknown")
    if claim.cue:
        who += f" · {escape(claim.cue)}"
    implicit = " nc-implicit" if claim.implicit else ""
    note = " (implicit)" if claim.implicit else ""
    return f'<span class="nc-label{implicit}">{flags}{who}{note}</span>'


def highlight(text: str, start: int, end: int, claims: Sequence[tuple[int, Claim]]) -> str:
    """`text[start:end]` escaped, each claim's part of it inside a ``<mark>``.

    Claims may overlap without nesting: the span is cut at every claim boundary and
    each piece is wrapped in one mark per claim covering it (the outer one first), so
    that the marks carrying ``data-claim=N`` hold exactly claim N's text. The label
    follows the piece where a claim ends.
    """
    cuts = {start, end}
    for _, c in claims:
        cuts.update(x for x in (c.start, c.end) if start < x < end)
    points = sorted(cuts)
    out: list[str] = []
    for a, b in zip(points, points[1:]):
        covering = [(i, c) for i, c in claims if c.start <= a and b <= c.end]
        covering.sort(key=lambda ic: (ic[1].start, -ic[1].end))
        piece = escape(text[a:b])
        for i, c in reversed(covering):
            classes = f"nc-claim nc-{c.kind}"
            classes += " nc-hedged" if c.hedged else ""
            classes += " nc-deny" if c.stance == "deny" else ""
            piece = (
                f'<mark class="{classes}" data-claim="{i}" data-kind="{escape(c.kind)}"'
                f' data-speaker="{escape(c.speaker or "", quote=True)}"'
                f' title="{escape(claim_title(c), quote=True)}">{piece}</mark>'
            )
        out.append(piece)
        out.extend(claim_label(c) for _, c in covering if c.end == b)
    return "".join(out)


def header(article: Article) -> str:
    parts = []
    if article.section:
        parts.append(f'<span class="nc-section">{escape(article.section)}</span>')
    if article.authors:
        parts.append(f'<span class="nc-authors">{escape(", ".join(article.authors))}</span>')
    if article.published:
        parts.append(f'<time datetime="{escape(article.published, quote=True)}">{escape(article.published)}</time>')
    title = f"<h1>{escape(article.title)}</h1>" if article.title else ""
    meta = f'<div class="nc-meta">{"".join(parts)}</div>' if parts else ""
    return f"<header>{title}{meta}</header>"


def block_html(text: str, block: Block, claims: Sequence[tuple[int, Claim]]) -> str:
    inside = [(i, c) for i, c in claims if c.start < block.end and block.start < c.end]
    body = highlight(text, block.start, block.end, inside)
    if block.kind == "heading":
        return f"<h3>{body}</h3>"
    if block.kind == "lead":
        return f'<p class="nc-lead">{body}</p>'
    if block.kind == "paragraph":
        return f"<p>{body}</p>"
    if block.kind == "boilerplate":
        reason = escape(block.reason or "boilerplate")
        return f'<details class="nc-removed"><summary>removed: {reason}</summary>{escape(block.text)}</details>'
    return ""  # title, byline, section: shown in the header


def legend() -> str:
    kinds = "".join(f'<span class="nc-{k}">{name}</span>' for k, name in KIND_NAMES.items())
    return (
        f'<div class="nc-legend">{kinds}<b class="nc-flag">?</b> hedged · '
        '<b class="nc-flag nc-deny-flag">&#x2260;</b> denied · <i>(implicit)</i> speaker from context</div>'
    )


def as_article(text_or_article: Union[str, Article], lang: Optional[str]) -> Article:
    if isinstance(text_or_article, Article):
        return text_or_article
    if isinstance(text_or_article, str):
        return parse_article(text_or_article, lang=lang)
    raise TypeError(f"render() expects text as str or an Article, got {type(text_or_article).__name__}")


def render(text_or_article: Union[str, Article], *, claims: Optional[Sequence[Claim]] = None,
           lang: Optional[str] = None) -> HTML:
    """The article as a self-contained HTML fragment (with its own ``<style>``).

    ``claims`` default to :func:`newsclaims.extract_claims` of the article (none for a
    language without claim rules). Every claim is a ``<mark>`` coloured by kind, with
    ``data-claim``, ``data-kind`` and ``data-speaker`` attributes and a hover title
    listing its fields, followed by a label naming its speaker and cue. In a notebook
    the result displays as HTML.
    """
    article = as_article(text_or_article, lang)
    if claims is None:
        try:
            claims = extract_claims(article)
        except LanguageError:
            claims = []
    numbered = list(enumerate(claims))
    text = article.text
    for i, c in numbered:
        if not (0 <= c.start < c.end <= len(text)) or text[c.start:c.end] != c.content:
            raise ValueError(f"claim {i} does not index this article's text: {c!r}")
    body = "".join(block_html(text, b, numbered) for b in article.blocks)
    return HTML(
        f'<div class="nc-article" lang="{escape(article.language, quote=True)}"><style>{STYLE}</style>'
        f"{header(article)}<div class=\"nc-body\">{body}</div>{legend()}</div>"
    )


def render_page(text_or_article: Union[str, Article], *, claims: Optional[Sequence[Claim]] = None,
                lang: Optional[str] = None) -> HTML:
    """A whole HTML page of :func:`render`'s view: no external assets, no script, and a
    Content-Security-Policy that forbids scripts should anything slip through."""
    article = as_article(text_or_article, lang)
    fragment = render(article, claims=claims)
    title = article.title or "newsclaims"
    return HTML(
        "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title></head>"
        f'<body style="margin: 2em auto; max-width: 48em; padding: 0 1em">{fragment}</body></html>\n'
    )
