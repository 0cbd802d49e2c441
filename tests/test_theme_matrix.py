"""The plugin's pages and boxes in real themes, measured in a real browser.

The demo site is built once per theme and served from one local server; one
chromium serves every theme through one tab. For each theme, at 1280 and 375
pixels wide, the checks are about layout, by bounding boxes:

- the people box and the story navigation lie inside the column of the
  post's text and overlap no header, menu or sidebar of the theme;
- the main heading of a person page, a story page and the people and stories
  indexes starts within 16 px of the left edge of an article's heading in the
  same theme (in a theme whose own static pages sit elsewhere than its
  articles, Blue Penguin's, within 16 px of its pages' heading: the plugin's
  pages are the theme's pages);
- no page scrolls sideways, and every avatar stays a circle, unpadded and unframed;
- on a person page, in the light and the dark colour scheme (themes that
  follow ``prefers-color-scheme`` switch), the plugin's own text keeps a
  contrast of at least 3:1 against the background the theme paints behind it
  (links are left out: their colours are the theme's own).

Screenshots of every page checked go to ``$CELEBMETA_SCREENSHOTS`` when it is
set (``CELEBMETA_SCREENSHOTS=shots make test``), else to pytest's temporary
folder (kept for the last three runs, under ``/tmp/pytest-of-$USER/``).
"""

from __future__ import annotations

import functools
import http.server
import logging
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pelican
import pytest
from conftest import BASE_SETTINGS
from pelican import Pelican
from pelican.log import LimitFilter
from pelican.settings import read_settings
from test_browser import ARGS, CHROMIUM

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on this machine (make test installs Debian's package)"
)

HERE = Path(__file__).resolve().parent
DEMO = HERE.parent / "demo-site"
VENDORED = HERE / "themes"
PELICAN_THEMES = Path(pelican.__file__).parent / "themes"


def _reflex() -> str:
    reflex = pytest.importorskip(
        "pelican.themes.reflex", reason="pelican-theme-reflex not installed"
    )
    return str(Path(reflex.__file__).parent)


# Each theme with the settings its README asks for.
THEMES: dict[str, Any] = {
    "notmyidea": lambda: {"THEME": str(PELICAN_THEMES / "notmyidea")},
    "simple": lambda: {"THEME": str(PELICAN_THEMES / "simple")},
    "reflex": lambda: {
        "THEME": _reflex(),
        "CC_LICENSE": {"name": "Creative Commons Attribution", "version": "4.0", "slug": "by"},
    },
    "flex": lambda: {
        "THEME": str(VENDORED / "flex"),
        "THEME_COLOR_AUTO_DETECT_BROWSER_PREFERENCE": True,
    },
    "attila": lambda: {
        "THEME": str(VENDORED / "attila"),
        "TAGS_URL": "tags.html",
        "CATEGORIES_URL": "categories.html",
        "ARCHIVES_URL": "archives.html",
        "AUTHORS_URL": "authors.html",
    },
    "alchemy": lambda: {"THEME": str(VENDORED / "alchemy")},
    "elegant": lambda: {"THEME": str(VENDORED / "elegant")},
    "blue-penguin": lambda: {"THEME": str(VENDORED / "blue-penguin")},
}

ARTICLE = "cruise-khayrova-savoy-dinner.html"
ARTICLE_TITLE = "Cruise and Khayrova Share a Late Dinner at the Savoy"
FIRST_WORDS = "So much for keeping things quiet."
PERSON = ("people/elsina-khayrova/", "Elsina Khayrova")
STORY = ("stories/tom-cruise-elsina-khayrova/", "Tom Cruise and Elsina Khayrova")
PAGE = ("pages/about.html", "About the Velvet Rope")  # a static page of the theme's own
PAGE_TITLE = PAGE[1]
PAGES = (("person", PERSON), ("story", STORY), ("people", ("people/", "People")),
         ("stories", ("stories/", "Stories")))  # fmt: skip
WIDTHS = (1280, 375)

# What counts as a theme's header, menu or sidebar.
CHROME = (
    "header, nav, aside, [role=banner], [role=navigation]:not(.celebmeta-story), "
    "[id*=sidebar], [class*=sidebar], [id*=menu], [class*=menu]"
)

# Rectangles of the elements a check needs, in viewport coordinates.
MEASURE = """([box, chrome, text]) => {
  const rect = el => { const r = el.getBoundingClientRect();
    return {left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height}; };
  const el = document.querySelector(box);
  if (!el) return null;
  el.scrollIntoView({block: 'center'});
  const para = [...document.querySelectorAll('p')].find(p => p.textContent.includes(text));
  const column = para ? para.parentElement : el.parentElement;
  const visible = e => { const s = getComputedStyle(e); const r = e.getBoundingClientRect();
    return s.visibility !== 'hidden' && s.display !== 'none' && r.width > 0 && r.height > 0; };
  const chromeRects = [...document.querySelectorAll(chrome)]
    .filter(c => visible(c) && !c.contains(el) && !el.contains(c))
    .map(c => ({...rect(c), what: c.tagName.toLowerCase() + (c.id ? '#' + c.id : '') +
                (c.className && typeof c.className === 'string' ? '.' + c.className.trim().split(/\\s+/).join('.') : '')}));
  return {box: rect(el), column: rect(column), chrome: chromeRects};
}"""

HEADING = """(text) => {
  const norm = s => s.replace(/\\s+/g, ' ').trim();
  const h = [...document.querySelectorAll('h1, h2, h3')]
    .filter(e => e.getBoundingClientRect().width > 0)
    .find(e => norm(e.textContent) === text);
  if (!h) return null;
  const r = h.getBoundingClientRect();
  return {left: r.left + window.scrollX, tag: h.tagName};
}"""

# The lowest contrast ratio (WCAG) of the plugin's own text on a page against the background
# painted behind it: the first ancestor with an opaque background colour.
CONTRAST = """() => {
  const rgb = c => { const n = (c.match(/[\\d.]+/g) || []).map(Number);
    return c.startsWith('color(') ? n.map((v, i) => i < 3 ? v * 255 : v) : n; };
  const lum = ([r, g, b]) => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
  const behind = el => { for (let e = el; e; e = e.parentElement) {
      const c = rgb(getComputedStyle(e).backgroundColor); if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c; }
    return [255, 255, 255]; };
  let worst = 99, what = '';
  for (const el of document.querySelectorAll('.celebmeta-page p, .celebmeta-page strong, .celebmeta-when, .celebmeta-page time')) {
    const s = getComputedStyle(el); let fg = rgb(s.color); const bg = behind(el);
    const alpha = (fg.length === 4 ? fg[3] : 1) * Number(s.opacity);
    fg = fg.slice(0, 3).map((v, i) => v * alpha + bg[i] * (1 - alpha));
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    const ratio = (a + 0.05) / (b + 0.05);
    if (ratio < worst) { worst = ratio; what = el.tagName + ' ' + el.textContent.trim().slice(0, 30); }
  }
  return {worst, what};
}"""

# Avatars out of shape (a theme's img rules): [width, height, padding, border] of each.
AVATARS = """() => [...document.querySelectorAll('.celebmeta-avatar')]
  .map(a => { const r = a.getBoundingClientRect(), s = getComputedStyle(a);
    return [Math.round(r.width), Math.round(r.height), s.paddingLeft, s.borderLeftWidth]; })
  .filter(([w, h, pad, border]) => Math.abs(w - h) > 1 || w < 20 || pad !== '0px' || border !== '0px')"""

OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


def _overlap(a: dict[str, float], b: dict[str, float]) -> bool:
    return (
        min(a["right"], b["right"]) - max(a["left"], b["left"]) > 1
        and min(a["bottom"], b["bottom"]) - max(a["top"], b["top"]) > 1
    )


class _Errors(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _build(theme: str, root: Path, output: Path) -> None:
    """The demo site in ``theme``; any ERROR in Pelican's log fails the build."""
    site = root / theme
    shutil.copytree(DEMO / "content", site / "content")
    (site / "content" / "pages").mkdir()
    (site / "content" / "pages" / "about.md").write_text(
        f"Title: {PAGE_TITLE}\nSlug: about\n\nGossip, checked twice.\n", encoding="utf-8"
    )
    values = {
        **BASE_SETTINGS,
        "PATH": str(site / "content"),
        "OUTPUT_PATH": str(output),
        "CACHE_PATH": str(site / "cache"),
        "SITEURL": "",
        "RELATIVE_URLS": True,
        "STATIC_PATHS": ["images"],
        "DEFAULT_PAGINATION": 10,
        "CELEBMETA_REGISTRY": str(DEMO / "people.yml"),
        "CELEBMETA_WORKERS": 1,
        **THEMES[theme](),
    }
    errors = _Errors()
    logging.getLogger().addHandler(errors)
    LimitFilter._raised_messages.clear()
    try:
        Pelican(read_settings(path=None, override=values)).run()
    finally:
        logging.getLogger().removeHandler(errors)
    assert not errors.messages, f"{theme}: Pelican logged errors: {errors.messages}"


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """One local server for every theme's site: /<theme>/..."""
    web = tmp_path_factory.mktemp("matrix-web")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(web))

    class Quiet(http.server.ThreadingHTTPServer):
        def handle_error(self, request: Any, client_address: Any) -> None:
            pass  # a browser cancelling a request is not a failure

    server = Quiet(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", web
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def tab(served: tuple[str, Path]) -> Iterator[Any]:
    """One browser and one tab for the whole matrix; nothing leaves localhost."""
    sync_api = pytest.importorskip("playwright.sync_api")
    base, _ = served
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.route(
                "**/*",
                lambda route: (
                    route.continue_() if route.request.url.startswith(base) else route.abort()
                ),
            )
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("CELEBMETA_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("theme", list(THEMES))
def test_pages_sit_in_the_theme(theme, served, tab, shots, tmp_path):
    base, web = served
    _build(theme, tmp_path, web / theme)
    failed: list[str] = []

    def check(ok: bool, what: str) -> None:
        if not ok:
            failed.append(what)

    def goto(path: str, width: int) -> None:
        tab.set_viewport_size({"width": width, "height": 900})
        tab.goto(f"{base}/{theme}/{path}", wait_until="load")

    for width in WIDTHS:
        where = f"{theme} @{width}px"
        goto(ARTICLE, width)
        article_heading = tab.evaluate(HEADING, ARTICLE_TITLE)
        check(article_heading is not None, f"{where}: no heading reads the article's title")
        for box in (".celebmeta-people", ".celebmeta-story"):
            m = tab.evaluate(MEASURE, [box, CHROME, FIRST_WORDS])
            if m is None:
                check(False, f"{where}: no {box} on the article")
                continue
            col, b = m["column"], m["box"]
            check(
                b["left"] >= col["left"] - 2 and b["right"] <= col["right"] + 2,
                f"{where}: {box} {b['left']:.0f}-{b['right']:.0f} outside the text column "
                f"{col['left']:.0f}-{col['right']:.0f}",
            )
            for c in m["chrome"]:
                check(not _overlap(b, c), f"{where}: {box} overlaps {c['what']}")
        check(tab.evaluate(OVERFLOW) <= 1, f"{where}: the article scrolls sideways")
        bad = tab.evaluate(AVATARS)
        check(not bad, f"{where}: avatars out of shape on the article: {bad}")
        tab.screenshot(path=str(shots / f"{theme}-{width}-article.png"), full_page=True)

        goto(PAGE[0], width)
        page_heading = tab.evaluate(HEADING, PAGE[1])
        for name, (path, title) in PAGES:
            goto(path, width)
            heading = tab.evaluate(HEADING, title)
            check(heading is not None, f"{where}: the {name} page has no heading {title!r}")
            if heading and article_heading:
                gap = abs(heading["left"] - article_heading["left"])
                pages_apart = page_heading and abs(page_heading["left"] - article_heading["left"])
                if gap > 16 and pages_apart and pages_apart > 16:  # the theme's own pages differ
                    gap = abs(heading["left"] - page_heading["left"])
                check(gap <= 16, f"{where}: the {name} page's heading is {gap:.0f} px off")
            check(tab.evaluate(OVERFLOW) <= 1, f"{where}: the {name} page scrolls sideways")
            bad = tab.evaluate(AVATARS)
            check(not bad, f"{where}: avatars out of shape on the {name} page: {bad}")
            tab.screenshot(path=str(shots / f"{theme}-{width}-{name}.png"), full_page=True)
        if width == WIDTHS[0]:
            for scheme in ("light", "dark"):
                tab.emulate_media(color_scheme=scheme)
                goto(PERSON[0], width)
                c = tab.evaluate(CONTRAST)
                check(
                    c["worst"] >= 3,
                    f"{where}, {scheme}: contrast {c['worst']:.1f} for {c['what']!r} on the person page",
                )
                if scheme == "dark":
                    tab.screenshot(
                        path=str(shots / f"{theme}-{width}-person-dark.png"), full_page=True
                    )
            tab.emulate_media(color_scheme="light")

    assert not failed, "\n".join(failed)
