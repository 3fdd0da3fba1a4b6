"""The highlighted HTML view: escaping, offsets, overlapping claims, and a real browser."""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

import newsclaims as nc
from tests.conftest import EXAMPLES, example_text

ARTICLE = example_text("000_f50da71632b60aab.txt")
HOSTILE = (
    "Titolo <script>document.title='pwned'</script> con </div></body> dentro\n\n"
    "di Mario <b>Rossi</b>\n\n"
    "Mario Rossi ha detto: «<img src=x onerror=\"document.title='pwned'\"> è innocuo & \"sicuro\"».\n\n"
    "Il ministro ha spiegato che </mark></p><script>alert(1)</script> non esegue nulla.\n"
)


class Marks(HTMLParser):
    """Collects, per `data-claim`, the text inside its marks and its attributes, plus any
    element the page should never contain."""

    def __init__(self) -> None:
        super().__init__()
        self.open: list[tuple[str, dict[str, str | None]]] = []
        self.text: dict[str, str] = {}
        self.attrs: dict[str, dict[str, str | None]] = {}
        self.forbidden: list[str] = []
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "object") or any(k.startswith("on") for k in a):
            self.forbidden.append(tag)
        self.open.append((tag, a))
        if tag == "mark" and a.get("data-claim") is not None:
            self.attrs[str(a["data-claim"])] = a

    def handle_endtag(self, tag: str) -> None:
        while self.open:
            if self.open.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for tag, a in self.open:
            if tag == "mark" and a.get("data-claim") is not None:
                key = str(a["data-claim"])
                self.text[key] = self.text.get(key, "") + data
        if self.open and self.open[-1][0] == "title":
            self.title += data


def marks_of(html: str) -> Marks:
    m = Marks()
    m.feed(html)
    return m


def check_view(html: str, claims: list[nc.Claim]) -> Marks:
    m = marks_of(html)
    assert not m.forbidden, m.forbidden
    assert sorted(m.text, key=int) == [str(i) for i in range(len(claims))]
    for i, c in enumerate(claims):
        assert m.text[str(i)] == c.content, i
        assert m.attrs[str(i)]["data-speaker"] == (c.speaker or "")
        assert m.attrs[str(i)]["data-kind"] == c.kind
    return m


def test_every_claim_is_marked_with_its_exact_text_and_speaker() -> None:
    claims = nc.extract_claims(ARTICLE)
    html = nc.render(ARTICLE)
    check_view(html, claims)
    art = nc.parse_article(ARTICLE)
    assert art.title is not None and art.title.replace("’", "&#x27;") not in html  # escaped quote
    assert "Sara De Vico" in html and "2023-09-05T10:01" in html
    assert html.count('class="nc-removed"') == len(art.removed)
    assert "removed: paywall" in html


def test_hedged_denied_and_implicit_claims_are_marked() -> None:
    text = "Il governo ha smentito che la riforma sia pronta. Sarebbe pronta a maggio, avrebbe detto il ministro."
    claims = nc.extract_claims(text)
    html = nc.render(text)
    check_view(html, claims)
    assert "nc-deny" in html and "nc-hedged" in html
    implicit = nc.render("Mario Rossi ha detto: «Sì». «Poi vedremo», ha aggiunto.")
    assert "(implicit)" in implicit


def test_everything_from_the_article_is_escaped() -> None:
    html = nc.render_page(HOSTILE)
    m = check_view(html, nc.extract_claims(HOSTILE))
    assert "<script" not in html and "<img" not in html and "</div></body> dentro" not in html
    assert "&lt;script&gt;" in html and "onerror=&quot;" in html
    assert m.title == (nc.parse_article(HOSTILE).title or "newsclaims")
    assert "Content-Security-Policy" in html


def test_overlapping_and_nested_claims() -> None:
    text = "Alfa beta gamma delta epsilon zeta eta theta."
    a = nc.Claim("indirect", "beta gamma delta", 5, 21, "Anna", None, None, None, False, "assert", True, 0, text)
    b = nc.Claim("direct", "delta epsilon", 16, 29, "Bruno", None, None, None, True, "deny", True, 0, text)
    c = nc.Claim("mixed", "gamma", 10, 15, "Carla", None, None, None, False, "assert", True, 0, text)
    art = nc.parse_article(text)
    html = nc.render(art, claims=[a, b, c])
    check_view(html, [a, b, c])
    # One label per claim, after the piece where it ends.
    assert html.count('class="nc-label') == 3
    assert html.index("Carla (implicit)") < html.index("Anna (implicit)") < html.index("Bruno (implicit)")


def test_claims_must_index_the_article() -> None:
    art = nc.parse_article("Testo breve.")
    wrong = nc.Claim("direct", "altro", 0, 5, None, None, None, None, False, "assert", False, 0, "")
    with pytest.raises(ValueError, match="does not index"):
        nc.render(art, claims=[wrong])
    with pytest.raises(TypeError, match="got int"):
        nc.render(3)  # type: ignore[arg-type]


def test_notebook_views() -> None:
    art = nc.parse_article(ARTICLE)
    assert art._repr_html_() == nc.render(art)
    view = nc.render(ARTICLE)
    assert isinstance(view, str) and view._repr_html_() == view
    english = nc.render("The minister said the reform was ready.", lang="en")
    assert "<mark" not in english and "The minister said" in english


def test_render_command(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = subprocess.run(
        [sys.executable, "-m", "newsclaims", "render", str(EXAMPLES / "000_f50da71632b60aab.txt"), "-o", str(out)],
        capture_output=True, text=True, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8") == nc.render_page(ARTICLE)


def chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    pytest.skip("no Chromium on this machine (.ci/run installs Debian's chromium where apt-get can)")


def dump_dom(browser: str, page: Path) -> str:
    result = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=2000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


@pytest.mark.parametrize("text", [ARTICLE, HOSTILE], ids=["bundled", "hostile"])
def test_in_a_real_browser(tmp_path: Path, text: str) -> None:
    browser = chromium()
    page = tmp_path / "page.html"
    page.write_text(nc.render_page(text), encoding="utf-8")
    dom = dump_dom(browser, page)
    # The DOM as the browser built it: every claim a mark with its text and speaker, no
    # element the article smuggled in, and the title no injected script changed.
    m = check_view(dom, nc.extract_claims(text))
    art = nc.parse_article(text)
    assert m.title == (art.title or "newsclaims")
    assert "pwned" not in m.title
