"""Worker processes read posts while Pelican reads; the site comes out the same."""

import logging
import os
import re
import shutil
from pathlib import Path

import pytest

import pelican_celebmeta.plugin.background as background
import pelican_celebmeta.plugin.extraction as extraction
import pelican_celebmeta.plugin.generator as generator

CORPUS = Path(__file__).parent / "annotated"


@pytest.fixture
def corpus_site(site):
    for post in sorted((CORPUS / "posts").glob("*.md")):
        shutil.copy(post, site.content / post.name)
    shutil.copy(CORPUS / "people.yml", site.root / "people.yml")
    return site


def readings(site):
    summaries = [m for m in site.messages(logging.INFO) if m.startswith("celebmeta: ")]
    assert len(summaries) == 1, summaries
    found = re.search(
        r"(\d+) readings here, (\d+) in worker processes, (\d+) from the cache", summaries[0]
    )
    assert found, summaries[0]
    return tuple(int(n) for n in found.groups())


def test_worker_processes_give_the_same_site_as_reading_in_process(corpus_site, monkeypatch):
    registry = str(corpus_site.root / "people.yml")
    serial = corpus_site.build(logging.INFO, CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry)
    serial_files = serial.files()
    here, workers, _ = readings(serial)
    assert here >= 26 and workers == 0

    monkeypatch.setattr(extraction, "POOL_START", 2)
    monkeypatch.setattr(extraction, "BATCH", 3)
    monkeypatch.setattr(extraction, "WIDEN_AT", 1)  # and one more worker once Pelican is done
    started = []  # the worker count of each pool, as the real pools start
    start = extraction.Extractor._start

    def recording_start(self, workers):
        started.append(workers)
        return start(self, workers)

    monkeypatch.setattr(extraction.Extractor, "_start", recording_start)
    shutil.rmtree(corpus_site.output)
    pooled = corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    here, workers, _ = readings(pooled)
    assert started == [2, 1]
    # With a pool, every reading is a worker's: none loads the word lists in here.
    assert here == 0 and workers >= 26
    assert pooled.files() == serial_files


def test_a_small_site_is_read_without_starting_a_pool(corpus_site):
    registry = str(corpus_site.root / "people.yml")
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    here, workers, _ = readings(corpus_site)
    assert workers == 0 and here >= 26, corpus_site.messages(logging.INFO)[-1]


def test_a_warm_build_reads_nothing_again(corpus_site):
    registry = str(corpus_site.root / "people.yml")
    corpus_site.build(CELEBMETA_REGISTRY=registry)
    corpus_site.build(logging.INFO, CELEBMETA_REGISTRY=registry, LOAD_CONTENT_CACHE=True)
    here, workers, cached = readings(corpus_site)
    assert (here, workers) == (0, 0) and cached >= 26


def test_a_failing_worker_costs_a_warning_and_the_posts_are_read_here(corpus_site, monkeypatch):
    registry = str(corpus_site.root / "people.yml")
    serial_files = corpus_site.build(CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry).files()
    shutil.rmtree(corpus_site.output)
    monkeypatch.setattr(extraction, "POOL_START", 2)
    # Whatever a worker is sent fails there (abort() takes no arguments).
    monkeypatch.setattr(extraction, "read_batch", os.abort)
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert any("worker process stopped" in w for w in corpus_site.warnings())
    here, workers, _ = readings(corpus_site)
    assert workers == 0 and here >= 26
    assert corpus_site.files() == serial_files


def pages_written_by(site):
    summary = next(m for m in site.messages(logging.INFO) if m.startswith("celebmeta: "))
    found = re.search(r"(\d+) pages written (here|by a second process)", summary)
    assert found, summary
    return int(found.group(1)), found.group(2)


def graphs_made_there(site):
    summary = next(m for m in site.messages(logging.INFO) if m.startswith("celebmeta: "))
    found = re.search(r"(\d+) of their graphs by a second process", summary)
    assert found, summary
    return int(found.group(1))


def test_a_second_process_writes_the_same_pages_as_this_one(corpus_site, monkeypatch):
    registry = str(corpus_site.root / "people.yml")
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry)
    serial_files = corpus_site.files()
    serial_count, where = pages_written_by(corpus_site)
    assert where == "here" and serial_count > 20

    shutil.rmtree(corpus_site.output)
    monkeypatch.setattr(background, "START_AT", 1)
    monkeypatch.setattr(background, "BATCH", 1)  # graphs arrive from the first page on
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert pages_written_by(corpus_site) == (serial_count, "by a second process")
    assert graphs_made_there(corpus_site) > 0
    assert corpus_site.files() == serial_files


def test_a_small_site_writes_its_pages_here(corpus_site):
    registry = str(corpus_site.root / "people.yml")
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert pages_written_by(corpus_site)[1] == "here"


def _exit(*args, **kwargs):
    os._exit(3)


def _raise(*args, **kwargs):
    raise OSError("disk full")


@pytest.mark.parametrize(
    ("failure", "warning"),
    [(_exit, "stopped (exit code 3)"), (_raise, "failed (OSError: disk full)")],
)
def test_when_the_second_process_fails_the_pages_are_written_here(
    corpus_site, monkeypatch, failure, warning
):
    registry = str(corpus_site.root / "people.yml")
    serial_files = corpus_site.build(CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry).files()
    shutil.rmtree(corpus_site.output)
    monkeypatch.setattr(background, "START_AT", 1)
    build_process = os.getpid()
    write_pages = generator.CelebmetaGenerator.write_pages

    def fails_in_the_copy(self, writer):
        if os.getpid() != build_process:
            failure()
        return write_pages(self, writer)

    monkeypatch.setattr(generator.CelebmetaGenerator, "write_pages", fails_in_the_copy)
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert [w for w in corpus_site.warnings() if "second process" in w or "stopped" in w] == [
        next(w for w in corpus_site.warnings() if warning in w)
    ]
    assert pages_written_by(corpus_site)[1] == "here"
    assert corpus_site.files() == serial_files


def test_a_page_saved_where_the_plugin_writes_keeps_all_writing_here(corpus_site, monkeypatch):
    # Pelican lets a page with its own save_as override a generated file: it must
    # win the same way, not by which process happens to write last.
    registry = str(corpus_site.root / "people.yml")
    (corpus_site.content / "pages").mkdir()
    corpus_site.post("pages/people.md", "Title: Who is who\nSave_as: people/index.html\n\nOurs.\n")
    monkeypatch.setattr(background, "START_AT", 1)
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert pages_written_by(corpus_site)[1] == "here"
    assert "Who is who" in corpus_site.read("people/index.html")


@pytest.mark.parametrize(("workers", "raised_in"), [(1, "_open_w"), (2, "_claim")])
def test_a_page_of_pelican_s_at_a_person_page_s_path_fails_the_build_either_way(
    site, monkeypatch, workers, raised_in
):
    from pelican.writers import FileOverwriteFailedError

    site.fixture("seed-story.md")
    site.post("b.md", "Title: B\nDate: 2024-03-01\nTags: Tom Cruise\n\nTom Cruise dined out.\n")
    monkeypatch.setattr(background, "START_AT", 1)
    with pytest.raises(FileOverwriteFailedError, match=r"people/tom-cruise/index\.html") as err:
        site.build(CELEBMETA_WORKERS=workers, TAG_SAVE_AS="people/{slug}/index.html")
    # Pelican's writer catches it here; with a second process, the check of what it wrote.
    assert err.traceback[-1].name == raised_in


def test_a_template_page_where_the_plugin_writes_keeps_all_writing_here(corpus_site, monkeypatch):
    registry = str(corpus_site.root / "people.yml")
    (corpus_site.root / "who.html").write_text("<p>Who is who</p>", encoding="utf-8")
    monkeypatch.setattr(background, "START_AT", 1)
    corpus_site.build(
        logging.INFO,
        CELEBMETA_WORKERS=2,
        CELEBMETA_REGISTRY=registry,
        TEMPLATE_PAGES={str(corpus_site.root / "who.html"): "people/index.html"},
    )
    assert pages_written_by(corpus_site)[1] == "here"
    assert corpus_site.read("people/index.html") == "<p>Who is who</p>"


def test_a_plugin_that_follows_written_files_keeps_all_writing_here(corpus_site, monkeypatch):
    from pelican import signals

    written = []

    def follow(path, context):
        written.append(path)

    registry = str(corpus_site.root / "people.yml")
    monkeypatch.setattr(background, "START_AT", 1)
    signals.content_written.connect(follow)
    try:
        corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    finally:
        signals.content_written.disconnect(follow)
    assert pages_written_by(corpus_site)[1] == "here"
    assert any(p.endswith("people/index.html") for p in written)


def test_what_pelican_does_after_reading_reaches_the_second_process_s_pages(
    corpus_site, monkeypatch
):
    # After every plugin has read the site, Pelican settles links in each post's
    # fields; the copy must be forked after that, or its feeds would show the old text.
    import pelican.generators

    refresh = pelican.generators.ArticlesGenerator.refresh_metadata_intersite_links

    def refresh_and_retitle(self):
        refresh(self)
        for article in self.articles:
            article.title = "Retitled: " + article.title

    monkeypatch.setattr(
        pelican.generators.ArticlesGenerator,
        "refresh_metadata_intersite_links",
        refresh_and_retitle,
    )
    registry = str(corpus_site.root / "people.yml")
    serial_files = corpus_site.build(CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry).files()
    assert b"<title>Retitled: " in serial_files["people/annette-haldane/feed.atom.xml"]
    shutil.rmtree(corpus_site.output)
    monkeypatch.setattr(background, "START_AT", 1)
    corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    assert pages_written_by(corpus_site)[1] == "by a second process"
    assert corpus_site.files() == serial_files


def test_a_build_that_fails_after_forking_leaves_nothing_running(site, monkeypatch):
    import multiprocessing
    import time

    site.fixture("seed-story.md")
    site.post("b.md", "Title: B\nDate: 2024-03-01\n\nTom Cruise dined out.\n")
    monkeypatch.setattr(background, "START_AT", 1)
    monkeypatch.setattr(
        generator.CelebmetaGenerator, "write_pages", lambda self, writer: time.sleep(60)
    )
    overrides = site.root / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text("{{ no_such_function() }}", encoding="utf-8")
    with pytest.raises(Exception, match="no_such_function"):
        site.build(CELEBMETA_WORKERS=2, THEME_TEMPLATES_OVERRIDES=[str(overrides)])
    assert [p.name for p in multiprocessing.active_children()] == ["celebmeta"]
    monkeypatch.undo()
    site.build(CELEBMETA_WORKERS=1)  # the next build ends what the failed one left
    assert multiprocessing.active_children() == []
    assert (site.output / "people" / "tom-cruise" / "index.html").exists()
