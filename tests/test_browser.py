"""A real browser on a built site: the graph parses, the box shows, a click lands."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading

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


@pytest.fixture
def served(site):
    site.fixture("seed-story.md")
    site.post(
        "follow.md",
        "Title: Cruise and Khayrova dine out\nDate: 2024-03-01\nSlug: follow\n\n"
        "Cruise and Khayrova enjoyed a romantic dinner at the Savoy on Saturday.\n",
    )
    site.build(SITEURL="", RELATIVE_URLS=True)
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
            page.goto(f"{served}/seed-story.html")
            graphs = page.evaluate(
                "() => [...document.querySelectorAll('script[type=\"application/ld+json\"]')]"
                ".map(s => JSON.parse(s.textContent))"
            )
            assert len(graphs) == 1
            people = sorted(n["name"] for n in graphs[0]["@graph"] if n["@type"] == "Person")
            assert people == ["Dmitry Tsetkov", "Elsina Khayrova", "Prince William", "Tom Cruise"]
            box = page.locator("aside.celebmeta-people")
            assert box.is_visible()
            page.screenshot(path=str(tmp_path / "article.png"), full_page=True)
            box.get_by_role("link", name="Elsina Khayrova").click()
            page.wait_for_load_state()
            assert page.url.endswith("/people/elsina-khayrova/")
            assert page.locator("h1", has_text="Elsina Khayrova").count() == 1
            posts = page.locator("ul.celebmeta-posts a").all_inner_texts()
            assert posts == [
                "Cruise and Khayrova dine out",
                "Tom Cruise and Elsina Khayrova are now an item",
            ]
        finally:
            browser.close()
