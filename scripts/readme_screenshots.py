"""Take the README's screenshots from the demo site (`make demo` first; not run by CI).

    .venv/bin/python scripts/readme_screenshots.py

Writes docs/screenshot.png (an article's people box and story navigation) and
docs/person.png (a person page), both in Pelican's default theme, with
Debian's chromium driven by Playwright, as the browser tests do.
"""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "demo-site" / "output"
ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run"]


def main() -> None:
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, args=ARGS)
            page = browser.new_page(viewport={"width": 1000, "height": 760})
            page.route(
                "**/*",
                lambda r: r.continue_() if r.request.url.startswith(base) else r.abort(),
            )
            page.goto(f"{base}/cruise-khayrova-savoy-dinner.html")
            box = page.locator(".celebmeta-people").bounding_box()
            top = max(0, box["y"] + box["height"] + 150 - 760)
            page.screenshot(
                path=str(ROOT / "docs" / "screenshot.png"),
                clip={"x": 0, "y": top, "width": 1000, "height": 760},
                full_page=True,
            )
            page.goto(f"{base}/people/elsina-khayrova/")
            page.screenshot(
                path=str(ROOT / "docs" / "person.png"),
                clip={"x": 0, "y": 0, "width": 1000, "height": 1100},
                full_page=True,
            )
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
