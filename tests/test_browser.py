"""A real browser on a built site: the graph parses, the box shows, a click lands."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium on this machine (make test installs Debian's package)"
)
# Flags for a sandboxed, offline machine: no background network, no GPU.
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


DEMO = Path(__file__).resolve().parent.parent / "demo-site"


@pytest.fixture
def served(site):
    """The demo site, built in a temporary folder and served on localhost."""
    shutil.copytree(DEMO / "content", site.content, dirs_exist_ok=True)
    shutil.copy(DEMO / "people.yml", site.root / "people.yml")
    site.build(SITEURL="", RELATIVE_URLS=True, STATIC_PATHS=["images"])
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site.output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


def test_article_graph_parses_box_shows_and_a_person_link_lands(served, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            page = browser.new_page()
            page.goto(f"{served}/tom-cruise-elsina-khayrova-romance.html")
            graphs = page.evaluate(
                "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
                ".map(s => JSON.parse(s.textContent))"
            )
            assert len(graphs) == 1
            people = sorted(n["name"] for n in graphs[0]["@graph"] if n["@type"] == "Person")
            assert people == ["Dmitry Tsetkov", "Elsina Khayrova", "Prince William", "Tom Cruise"]
            first_title = page.locator("h1.entry-title").inner_text().strip()
            box = page.locator("div.celebmeta-people")
            assert box.is_visible()
            page.set_viewport_size({"width": 1100, "height": 1400})
            page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
            box.get_by_role("link", name="Elsina Khayrova").click()
            page.wait_for_load_state()
            assert page.url.endswith("/people/elsina-khayrova/")
            assert page.locator("h1", has_text="Elsina Khayrova").count() == 1
            posts = page.locator(".celebmeta-posts > .celebmeta-item > a").all_inner_texts()
            assert len(posts) == 3 and posts[-1] == first_title  # newest first
        finally:
            browser.close()
