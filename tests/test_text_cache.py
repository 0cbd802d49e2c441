"""JSON-LD, people boxes and story links kept between builds: used only for the very
same inputs, never stale."""

from __future__ import annotations

import functools
import json
import logging
import re
import shutil

from conftest import Site
from jinja2 import pass_context

WARM = {"LOAD_CONTENT_CACHE": True, "CELEBMETA_PERSON_MIN_POSTS": 2}

POST_A = "Title: A night out\nSlug: a\nDate: 2024-01-01\n\nSinger Noor Haldane sang at the Savoy.\n"
POST_B = "Title: Another night\nSlug: b\nDate: 2024-02-01\n\nSinger Noor Haldane sang in Paris.\n"
POST_C = "Title: Quiet week\nSlug: c\nDate: 2024-03-01\n\nActor Bram Okafor stayed home.\n"


def from_cache(site: Site) -> tuple[int, int]:
    """How many graphs and boxes the last build took from the cache."""
    (summary,) = [m for m in site.messages() if m.startswith("celebmeta: ")]
    found = re.search(r"(\d+) graphs and (\d+) renders from the cache", summary)
    return int(found.group(1)), int(found.group(2))


def graphs_from_cache(site: Site) -> int:
    return from_cache(site)[0]


def renders_from_cache(site: Site) -> int:
    return from_cache(site)[1]


def cold(site: Site, **settings: object) -> dict[str, bytes]:
    """The site built afresh, cache unread: what every warm build must write."""
    out, cache = site.root / "cold-output", site.root / "cold-cache"
    for folder in (out, cache):
        shutil.rmtree(folder, ignore_errors=True)
    site.build(
        **{**settings, "LOAD_CONTENT_CACHE": False},
        OUTPUT_PATH=str(out),
        CACHE_PATH=str(cache),
    )
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def graph(site: Site, rel: str) -> dict:
    text = site.page(rel).xpath('//script[@type="application/ld+json"]/text()')[0]
    return json.loads(text)


def test_a_warm_build_of_the_same_site_takes_every_graph_from_the_cache(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    first = site.build(logging.INFO, **WARM).files()
    assert graphs_from_cache(site) == 0
    again = site.build(logging.INFO, **WARM).files()
    # Graphs: two articles, Noor's page, her story's, the two indexes and, the site being
    # the same, which render each people box and story links is. Renders: two people
    # boxes, two story links and the bodies of the four pages.
    assert from_cache(site) == (10, 8)
    assert again == first == cold(site, **WARM)


def test_a_new_post_changes_the_graphs_of_posts_that_did_not_change(site):
    site.post("a.md", POST_A)
    site.post("c.md", POST_C)
    site.build(logging.INFO, **WARM)
    (noor,) = [
        n
        for n in graph(site, "a.html")["@graph"]
        if n["@type"] == "Person" and n["name"] == "Noor Haldane"
    ]
    assert "url" not in noor  # in one post: no page of her own yet
    # A second post about her gives her a page, and post A's graph links it.
    site.post("b.md", POST_B)
    warm = site.build(logging.INFO, **WARM).files()
    assert graphs_from_cache(site) == 0
    (noor,) = [
        n
        for n in graph(site, "a.html")["@graph"]
        if n["@type"] == "Person" and n["name"] == "Noor Haldane"
    ]
    assert noor["url"].endswith("/people/noor-haldane/")
    # Her name in post A's people box is a link now.
    assert site.page("a.html").xpath('//div[@class="celebmeta-people"]//a/@href') == [
        "https://velvet.example/people/noor-haldane/"
    ]
    assert warm == cold(site, **WARM)


def rebuilt_with_b(site: Site, edited: str) -> dict[str, bytes]:
    """The files of a warm rebuild after post B, built once with post A, is edited."""
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    site.post("b.md", edited)
    return site.build(**WARM).files()


def test_an_edited_title_reaches_every_page_that_shows_the_post(site):
    warm = rebuilt_with_b(site, POST_B.replace("Another night", "A second night"))
    person = graph(site, "people/noor-haldane/index.html")
    assert "A second night" in [n.get("headline") for n in person["@graph"]]
    assert warm == cold(site, **WARM)


def test_boxes_of_a_changed_site_are_found_by_what_they_show(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    site.build(**WARM)  # the same site: its boxes are found through the graphs
    site.post("b.md", POST_B.replace("Another night", "A second night"))
    warm = site.build(logging.INFO, **WARM).files()
    # A new site: post A's box shows what it showed, and is the render kept by its data
    # (beside the bodies of the people and stories indexes, which did not change).
    assert graphs_from_cache(site) == 0
    assert renders_from_cache(site) == 3
    assert warm == cold(site, **WARM)


def test_a_changed_setting_is_a_new_site(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    warm = site.build(logging.INFO, SITEURL="https://elsewhere.example", **WARM).files()
    assert graphs_from_cache(site) == 0
    assert "https://elsewhere.example/a.html" in site.read("a.html")
    assert warm == cold(site, SITEURL="https://elsewhere.example", **WARM)


def test_ignore_cache_makes_every_graph_again(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    first = site.build(**WARM).files()
    assert site.build(logging.INFO, **{**WARM, "LOAD_CONTENT_CACHE": False}).files() == first
    assert graphs_from_cache(site) == 0


def test_a_cut_short_or_foreign_graph_cache_is_ignored(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    first = site.build(**WARM).files()
    path = site.root / "cache" / "celebmeta" / "graphs.txt"
    text = path.read_bytes()
    path.write_bytes(text[:-20])  # a build stopped while writing it
    assert site.build(logging.INFO, **WARM).files() == first
    assert graphs_from_cache(site) == 0
    assert any("ignoring unreadable cache" in w for w in site.warnings())
    assert path.read_bytes() == text  # written again whole
    path.write_text('{"some": "other tool"}\n', encoding="utf-8")
    assert site.build(logging.INFO, **WARM).files() == first
    assert graphs_from_cache(site) == 0


SIDEBAR = """{%- set rows = celebmeta_people(article) -%}
<div class="my-box">{% for p in rows %}{{ p.name | first }}{% endfor %}</div>"""


def test_a_theme_s_own_box_is_rendered_every_time(site):
    overrides = site.root / "overrides"
    (overrides / "celebmeta").mkdir(parents=True)
    (overrides / "celebmeta" / "people_sidebar.html").write_text(SIDEBAR, encoding="utf-8")
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    settings = {**WARM, "THEME_TEMPLATES_OVERRIDES": [str(overrides)]}
    site.build(**settings)
    warm = site.build(logging.INFO, **settings).files()
    assert renders_from_cache(site) == 6  # all but the people boxes, which are the theme's
    assert '<div class="my-box">N</div>' in site.read("a.html")
    assert warm == cold(site, **settings)


def test_an_avatar_of_the_theme_is_rendered_every_time(site):
    overrides = site.root / "overrides"
    (overrides / "celebmeta").mkdir(parents=True)
    (overrides / "celebmeta" / "avatar.html").write_text(
        "{% macro avatar(name, image=None, size=40, siteurl=None) %}[{{ name }}]{% endmacro %}",
        encoding="utf-8",
    )
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    settings = {**WARM, "THEME_TEMPLATES_OVERRIDES": [str(overrides)]}
    site.build(**settings)
    site.build(logging.INFO, **settings)
    assert renders_from_cache(site) == 2  # the story links: all else shows avatars
    assert "[Noor Haldane]" in site.read("a.html")


def test_a_filter_of_the_site_s_own_is_not_trusted(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    # The box shows a descriptor through Jinja's `first`; a site may define its own.
    settings = {**WARM, "JINJA_FILTERS": {"first": lambda items: "FIRST"}}
    site.build(**settings)
    site.build(logging.INFO, **settings)
    assert renders_from_cache(site) == 4  # the story links and pages use no `first`
    assert "FIRST" in site.read("a.html")


def test_boxes_follow_the_page_s_own_site_url(site):
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    warm = site.build(RELATIVE_URLS=True, **WARM).files()
    assert site.page("a.html").xpath('//div[@class="celebmeta-people"]//a/@href') == [
        "./people/noor-haldane/"
    ]
    assert warm == cold(site, RELATIVE_URLS=True, **WARM)


def test_a_summary_of_its_own_reaches_the_person_page(site):
    warm = rebuilt_with_b(site, POST_B.replace("Slug: b\n", "Slug: b\nSummary: Paris, again.\n"))
    assert "Paris, again." in site.read("people/noor-haldane/index.html")
    assert warm == cold(site, **WARM)


def test_a_person_page_in_several_pages_is_rendered_every_time(site):
    for day in range(1, 6):
        text = POST_A.replace("Slug: a", f"Slug: p{day}").replace("01-01", f"01-0{day}")
        site.post(f"p{day}.md", text)
    pagination = {"index": None, "tag": None, "category": None, "author": None, "person": 2}
    site.build(**WARM, PAGINATED_TEMPLATES=pagination)
    # Pelican's pagination settings are not the site model's: pages of 3 posts now.
    settings = {
        **WARM,
        "PAGINATED_TEMPLATES": {**pagination, "person": 3},
        "DELETE_OUTPUT_DIRECTORY": True,  # no page 3 left from the build before
    }
    warm = site.build(**settings).files()
    assert "people/noor-haldane/index2.html" in warm
    assert "people/noor-haldane/index3.html" not in warm
    assert warm == cold(site, **settings)


def test_a_line_read_back_without_pread_leaves_the_file_where_it_was(tmp_path):
    # Windows has no os.pread: the fallback seeks, reads and goes back, so a spool
    # still being written to keeps appending at its end.
    from pelican_celebmeta.plugin.linefile import read_at

    with open(tmp_path / "spool", "w+b") as fh:
        fh.write(b"first\nsecond\n")
        assert read_at(fh, 6, 0, pread=None) == b"first\n"
        fh.write(b"third\n")
        assert read_at(fh, 6, 13, pread=None) == b"third\n"
        assert read_at(fh, 7, 6) == b"second\n"  # os.pread, where there is one
    assert (tmp_path / "spool").read_bytes() == b"first\nsecond\nthird\n"


def test_texts_with_backslashes_and_newlines_come_back_as_they_were_made(site):
    # Kept texts are written one a line, backslashes doubled and newlines escaped: a
    # title with both, in the JSON-LD as \\ and \" escapes, must read back unchanged.
    title = 'Noor \\\\ "the voice" Haldane \\\\n back\\\\'
    site.post("a.md", POST_A.replace("A night out", title))
    site.post("b.md", POST_B)
    first = site.build(**WARM).files()
    assert "\\\\" in json.dumps(graph(site, "a.html"))
    second = site.build(logging.INFO, **WARM).files()
    assert from_cache(site) == (10, 8)  # every text read back
    assert second == first == cold(site, **WARM)


FRAME = """<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>
{{ page.content }}
<p id="seen">{{ person_often_seen_with | length if person_often_seen_with is defined else "-" }}</p>
</body></html>"""


def test_a_frame_that_reads_a_page_s_values_gets_them_on_every_build(site):
    overrides = site.root / "overrides"
    overrides.mkdir()
    (overrides / "page.html").write_text(FRAME, encoding="utf-8")
    site.post("a.md", POST_A)
    site.post("b.md", POST_B.replace("Singer Noor", "Singer Noor Haldane and Bram Okafor"))
    settings = {**WARM, "THEME_TEMPLATES_OVERRIDES": [str(overrides)]}
    site.build(**settings)
    warm = site.build(logging.INFO, **settings).files()
    assert renders_from_cache(site) == 5  # a box, Noor's page and the indexes, kept all the same
    assert site.page("people/noor-haldane/index.html").xpath('//p[@id="seen"]/text()') == ["1"]
    assert warm == cold(site, **settings)


def test_a_warm_build_makes_no_value_nothing_reads(site, monkeypatch):
    from pelican_celebmeta.site import display

    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    made = []
    for name in ("often_seen_with", "event_timeline", "story_timeline"):
        real = getattr(display, name)
        monkeypatch.setattr(
            display, name, lambda *a, real=real, name=name, **k: made.append(name) or real(*a, **k)
        )
    warm = site.build(logging.INFO, **WARM).files()
    assert renders_from_cache(site) == 8
    assert made == []
    assert warm == cold(site, **WARM)  # (which makes them all)
    assert sorted(set(made)) == ["event_timeline", "often_seen_with", "story_timeline"]


def test_a_receiver_of_content_written_is_sent_every_value(site):
    from pelican import signals

    seen: dict[str, set[str]] = {}

    def receiver(path: str, context: dict) -> None:
        seen[path] = set(context)

    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    site.build(**WARM)
    signals.content_written.connect(receiver)
    try:
        site.build(**WARM)
    finally:
        signals.content_written.disconnect(receiver)
    (person,) = [names for path, names in seen.items() if "people/noor-haldane/" in path]
    (story,) = [names for path, names in seen.items() if "stories/noor-haldane/" in path]
    assert {"person_timeline", "person_often_seen_with", "person_summaries"} <= person
    assert {"story_timeline", "celebmeta_graph"} <= story


class _Helper:
    """A site's own template global whose method Jinja hands the whole context."""

    @pass_context
    def values(self, context) -> str:
        return ",".join(sorted(k for k in context.get_all() if k.startswith("person_")))


HELPER_FRAME = """<!DOCTYPE html><html><head><title>{{ page.title }}</title></head><body>
{{ page.content }}<p id="values">{{ helper.values() }}</p></body></html>"""


def test_a_frame_reaching_the_context_through_a_global_s_method_gets_every_value(site):
    overrides = site.root / "overrides"
    overrides.mkdir()
    (overrides / "page.html").write_text(HELPER_FRAME, encoding="utf-8")
    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    settings = {
        **WARM,
        "THEME_TEMPLATES_OVERRIDES": [str(overrides)],
        "JINJA_GLOBALS": {"helper": _Helper()},
    }
    site.build(**settings)
    warm = site.build(logging.INFO, **settings).files()
    values = site.page("people/noor-haldane/index.html").xpath('//p[@id="values"]/text()')
    assert "person_timeline" in values[0]
    assert warm == cold(site, **settings)


def test_a_box_global_another_plugin_wraps_is_asked_on_every_build(site):
    from pelican import signals

    role = {"now": "Singer-X"}

    def wrap(generator) -> None:
        own = generator.env.globals["celebmeta_people"]

        @functools.wraps(own)
        def people(content=None):
            return [{**row, "job_title": role["now"]} for row in own(content)]

        generator.env.globals["celebmeta_people"] = people

    def after_plugins(pelican) -> None:
        signals.generator_init.connect(wrap)  # after the plugin's own receiver

    site.post("a.md", POST_A)
    site.post("b.md", POST_B)
    signals.initialized.connect(after_plugins)
    try:
        site.build(**WARM)
        site.build(**WARM)
        role["now"] = "Singer-Y"
        site.build(**WARM)
    finally:
        signals.initialized.disconnect(after_plugins)
        signals.generator_init.disconnect(wrap)
    assert "Singer-Y" in site.read("a.html")
    assert "Singer-X" not in site.read("a.html")
