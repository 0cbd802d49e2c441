"""Hostile and broken input: nothing crashes, nothing escapes, nothing is lost."""

from __future__ import annotations

import json
import logging
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from pelican_celebmeta.core import extract
from pelican_celebmeta.core.pipeline import extract_text
from pelican_celebmeta.site.jsonld import dumps_for_script

NASTY = [
    "</script>",
    "<!--",
    "-->",
    "&amp;",
    "&",
    '"',
    "'",
    "\u202e",
    "\u2028",
    "💍",
    "Zoë",
    "</SCRIPT >",
]
words = st.sampled_from(
    ["Tom", "Cruise", "Zoë", "de", "la", "Fuente", "met", "at", "a", "party", "in", "2022",
     "last", "December", "Hyde", "Park", "she", "said", ",", ".", "’s", "O'Brien", *NASTY]
)  # fmt: skip
tags = st.sampled_from(["p", "b", "i", "div", "blockquote", "li", "h2", "script", "code", "span"])


@st.composite
def html_fragments(draw, depth: int = 0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(tags)
            parts.append(f"<{tag}>{draw(html_fragments(depth + 1))}</{tag}>")
        else:
            parts.append(" ".join(draw(st.lists(words, max_size=12))))
    if draw(st.booleans()):
        parts.append(draw(st.sampled_from(["<p>", "</div>", "<b><i>", "<", "&#0;", "<!-- x"])))
    return "".join(parts)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments(), st.text(max_size=60))
def test_extract_never_fails_and_offsets_point_into_the_text(html, title):
    facts = extract(html, "2024-02-14", title=title)
    for person in facts.people:
        for m in person.mentions:
            assert facts.text[m.start : m.end] == m.text
    for event in facts.events:
        assert event.sentence in facts.text


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_any_unicode_text_is_read(text):
    extract_text(text, "2024-02-14")


def test_a_list_of_winners_whose_last_parts_are_blank_is_read():
    # (a line's last part of no-break spaces once left nothing to look up a first name in)
    text = "Best Album – Nia Holt – \u00a0\n\nBest Song – Tom Reed – \u00a0"
    assert [p.name for p in extract_text(text, "2024-02-14").people] == ["Nia Holt", "Tom Reed"]


@settings(max_examples=300, deadline=None)
@given(
    st.recursive(
        st.text() | st.integers() | st.none(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)
    )
)
def test_json_for_a_script_never_closes_it_and_reads_back(data):
    text = dumps_for_script({"x": data})
    lowered = text.lower()
    assert "</script" not in lowered and "<!--" not in text and "-->" not in text
    assert json.loads(text) == {"x": data}


def test_deeply_nested_and_huge_posts_are_read():
    nested = "<div>" * 5000 + "Singer Noor Haldane smiled." + "</div>" * 5000
    extract(nested, "2024-01-01")
    huge = "<p>" + "Singer Noor Haldane met actor Idris Kowalczyk at a party. " * 18000 + "</p>"
    assert len(huge) > 1_000_000
    facts = extract(huge, "2024-01-01")
    assert {p.name for p in facts.people} == {"Noor Haldane", "Idris Kowalczyk"}


HOSTILE_POSTS = {
    "script.md": "Title: </script><script>alert(1)</script>\nDate: 2024-01-01\n\n"
    "Singer Noor </script> Haldane met actor Idris Kowalczyk at a party.\n",
    "comment.md": "Title: <!-- Zoë’s 💍 -->\nDate: 2024-01-02\n\nModel Zoë de la Fuente wore a ring 💍.\n",
    "rtl.md": 'Title: \u202eevil\u202c & "quotes"\nDate: 2024-01-03\n\nمرحبا Singer Noor Haldane waved. שלום\n',
    "empty.md": "Title: Empty\nDate: 2024-01-04\n\n",
    "control.md": "Title: Bell\x07 and \x01 tab\x0b\nDate: 2024-01-07\n\n"
    "Singer Noor Haldane\x0c sang\x1f at a party with actor Idris Kowalczyk.\n",
    "nested.md": "Title: Nested\nDate: 2024-01-05\n\n"
    + "<div>" * 300
    + "Actor Idris Kowalczyk."
    + "</div>" * 300
    + "\n",
    "big.md": "Title: Big\nDate: 2024-01-06\n\n"
    + "Singer Noor Haldane sang at a gala. " * 30000
    + "\n",
}


def _script_bodies(raw: str) -> list[str]:
    out, start = [], 0
    marker = '<script type="application/ld+json">'
    while (i := raw.find(marker, start)) >= 0:
        j = raw.find("</script>", i)
        out.append(raw[i + len(marker) : j])
        start = j
    return out


def test_a_build_of_hostile_posts_finishes_and_nothing_breaks_out(site):
    for name, text in HOSTILE_POSTS.items():
        site.post(name, text)
    site.build(CELEBMETA_PERSON_FEED_ATOM="people/{slug}/feed.atom.xml")
    pages = [p for p in site.output.rglob("*.html")]
    articles = [
        p
        for p in pages
        if p.parent == site.output
        and p.stem not in ("index", "archives", "tags", "categories", "authors")
    ]
    assert len(articles) == len(HOSTILE_POSTS)
    for page in pages:
        raw = page.read_text(encoding="utf-8")
        for body in _script_bodies(raw):
            assert "<" not in body, page
            json.loads(body)
    box = site.page("people/noor-haldane/index.html")
    assert box.xpath("//h1")[-1].text == "Noor Haldane"
    feeds = list(site.output.rglob("*.xml"))
    assert feeds
    for feed in feeds:
        etree.fromstring(feed.read_bytes())  # well-formed, control characters and all


def test_a_post_that_cannot_be_analysed_is_named_in_a_warning_and_still_published(
    site, monkeypatch
):
    import pelican_celebmeta.core.pipeline as reading

    real = reading.read_html

    def fragile(html, *args, **kwargs):
        if "EXPLODE" in html:
            raise RuntimeError("boom")
        return real(html, *args, **kwargs)

    monkeypatch.setattr(reading, "read_html", fragile)
    site.post("bad.md", "Title: Bad\nDate: 2024-01-01\n\nSinger Noor Haldane EXPLODE.\n")
    site.post("good.md", "Title: Good\nDate: 2024-01-02\n\nSinger Noor Haldane sang.\n")
    site.build(CELEBMETA_CACHE=False)
    assert any("bad.md" in w and "could not analyse" in w for w in site.warnings())
    assert (site.output / "bad.html").exists()
    assert json.loads(site.read("celebmeta.json"))["people"][0]["posts"] == ["good"]


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        ("{not json", "ignoring unreadable cache"),
        ('{"some": "other tool"}', "not a pelican-celebmeta cache"),
    ],
)
def test_corrupt_or_foreign_cache_is_ignored_with_a_warning_and_replaced(site, text, warning):
    site.post("a.md", "Title: A\nDate: 2024-01-01\n\nSinger Noor Haldane sang.\n")
    cache = site.root / "cache" / "celebmeta" / "facts.jsonl"
    cache.parent.mkdir(parents=True)
    cache.write_text(text, encoding="utf-8")
    site.build(LOAD_CONTENT_CACHE=True)
    assert any(warning in w for w in site.warnings())
    header = cache.read_text(encoding="utf-8").splitlines()[0]
    assert json.loads(header)["format"] == "pelican-celebmeta facts cache"


@pytest.mark.skipif(
    os.geteuid() == 0, reason="root can write anywhere; permissions cannot be tested"
)
def test_unwritable_cache_is_a_warning_not_a_failure(site):
    site.post("a.md", "Title: A\nDate: 2024-01-01\n\nSinger Noor Haldane sang.\n")
    locked = site.root / "cache"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        site.build()
    finally:
        locked.chmod(0o700)
    assert any("cannot write the cache" in w for w in site.warnings())


def test_unwritable_cache_path_is_a_warning_even_for_root(site):
    site.post("a.md", "Title: A\nDate: 2024-01-01\n\nSinger Noor Haldane sang.\n")
    blocker = site.root / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    site.build(CACHE_PATH=str(blocker / "cache"))
    assert any("cannot write the cache" in w for w in site.warnings())
    assert (site.output / "a.html").exists()


def test_warm_build_reads_facts_from_the_cache(site, monkeypatch):
    site.fixture("seed-story.md")
    first = site.build().files()
    import pelican_celebmeta.core.pipeline as reading

    def must_not_run(*args, **kwargs):
        raise AssertionError("extract ran on a warm build")

    monkeypatch.setattr(reading, "read_html", must_not_run)
    assert site.build(LOAD_CONTENT_CACHE=True).files() == first


def test_a_rebuild_after_a_new_post_keeps_every_other_post_in_the_cache(site, monkeypatch):
    site.fixture("seed-story.md")
    site.build(LOAD_CONTENT_CACHE=True)
    site.post("new.md", "Title: New\nDate: 2024-03-01\n\nSinger Noor Haldane sang.\n")
    second = site.build(LOAD_CONTENT_CACHE=True).files()
    import pelican_celebmeta.core.pipeline as pipeline

    def must_not_run(*args, **kwargs):
        raise AssertionError("extract ran on a warm build")

    monkeypatch.setattr(pipeline, "read_html", must_not_run)
    assert site.build(LOAD_CONTENT_CACHE=True).files() == second


def test_ignore_cache_reads_every_post_again(site, monkeypatch):
    # `pelican --ignore-cache` sets LOAD_CONTENT_CACHE = False.
    site.fixture("seed-story.md")
    site.build(LOAD_CONTENT_CACHE=True)
    import pelican_celebmeta.core.pipeline as pipeline

    real, calls = pipeline.read_html, []

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "read_html", counted)
    site.build(LOAD_CONTENT_CACHE=False)
    assert calls


def test_damaged_cache_entry_is_read_again_with_a_warning(site):
    site.fixture("seed-story.md")
    first = site.build().files()
    cache = site.root / "cache" / "celebmeta" / "facts.jsonl"
    header, *lines = cache.read_text(encoding="utf-8").splitlines()
    damaged = []
    for line in lines:
        key, facts = json.loads(line)
        facts[1] = [["Tom Cruise", 7, "main", [], [], None, None, False]]  # a slug of 7
        damaged.append(json.dumps([key, facts]))
    cache.write_text("\n".join([header, *damaged]) + "\n", encoding="utf-8")
    assert site.build(LOAD_CONTENT_CACHE=True).files() == first
    assert any("damaged cache entry" in w for w in site.warnings())


def test_shuffled_reading_order_gives_identical_output(site, monkeypatch):
    import pelican.generators

    site.fixture("seed-story.md")
    for name, text in HOSTILE_POSTS.items():
        if name != "big.md":
            site.post(name, text)
    for i in range(6):
        site.post(
            f"f{i}.md",
            f"Title: F{i}\nDate: 2024-02-{i + 15}\n\nCruise and Khayrova dined. Haldane sang.\n",
        )
    outputs = []
    real = pelican.generators.Generator.get_files
    for seed in (1, 2, 3):

        def shuffled(self, *args, _seed=seed, **kwargs):
            files = real(self, *args, **kwargs)
            if not isinstance(self, pelican.generators.ArticlesGenerator):
                return files
            order = sorted(files)
            random.Random(_seed).shuffle(order)
            return order

        monkeypatch.setattr(pelican.generators.Generator, "get_files", shuffled)
        outputs.append(site.build(CELEBMETA_CACHE=False).files())
    assert outputs[0] == outputs[1] == outputs[2]


def test_ten_rebuilds_in_one_process_are_identical_and_do_not_grow(site, monkeypatch):
    import gc
    import multiprocessing
    import tracemalloc

    from pelican import signals

    import pelican_celebmeta.plugin.extraction as extraction
    from pelican_celebmeta.plugin import Handover

    monkeypatch.setattr(extraction, "POOL_START", 1)  # worker processes from the first post
    site.fixture("seed-story.md")
    site.post("b.md", "Title: B\nDate: 2024-03-01\n\nCruise and Khayrova dined at the Savoy.\n")
    first = site.build(CELEBMETA_WORKERS=2).files()
    # Allocated by the plugin's own lines (what Pelican's memoised methods keep of the
    # pages it renders is Pelican's, and grows just as much without the plugin).
    ours = [tracemalloc.Filter(True, "*pelican_celebmeta*", all_frames=False)]
    tracemalloc.start(12)
    held = []
    for _ in range(10):
        assert site.build(logging.INFO, CELEBMETA_WORKERS=2).files() == first
        assert gc.get_freeze_count() == 0  # the collector is left as it was
        assert multiprocessing.active_children() == []  # worker processes are waited for
        # The build's signal receiver went with it.
        assert not [
            r for r in signals.content_object_init.receivers.values() if isinstance(r, Handover)
        ]
        gc.collect()
        snapshot = tracemalloc.take_snapshot().filter_traces(ours)
        held.append(sum(stat.size for stat in snapshot.statistics("filename")))
    tracemalloc.stop()
    # What the plugin's code allocated and still holds does not grow build after build.
    assert held[-1] - held[2] < 32 * 1024, held


@pytest.mark.timeout(20)
def test_a_named_trigger_before_a_long_run_of_capitals_is_read_at_once():
    # Each word of a work's title is tried once, not every way of cutting the run.
    html = "<p>Singer Noor Haldane danced at the Angel Ball " + "A" * 60 + "!</p>"
    assert [p.name for p in extract(html, "2024-01-01").people] == ["Noor Haldane"]
