"""Worker processes read posts while Pelican reads; the site comes out the same."""

import logging
import os
import re
import shutil
from pathlib import Path

import pytest
from test_text_cache import cold

import pelican_celebmeta.plugin.extraction as extraction

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


def guessed(site):
    """How many second readings the build's first readings had guessed right."""
    summaries = [m for m in site.messages(logging.INFO) if m.startswith("celebmeta: ")]
    found = re.search(r"(\d+) second readings guessed right", summaries[0])
    assert found, summaries[0]
    return int(found.group(1))


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
    packed = []  # the posts of each message made for a worker
    pack = extraction.pack

    def recording_pack(jobs):
        packed.append(len(jobs))
        return pack(jobs)

    monkeypatch.setattr(extraction, "pack", recording_pack)
    shutil.rmtree(corpus_site.output)
    pooled = corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
    here, workers, _ = readings(pooled)
    assert started == [2, 1]
    # With a pool, every reading is a worker's: none loads the word lists in here.
    assert here == 0 and workers >= 26
    # A message is made only for a worker with room for it: each reading packed once.
    assert sum(packed) == workers
    assert pooled.files() == serial_files


def test_workers_start_before_pelican_reads_a_post_and_not_for_a_warm_rebuild(
    corpus_site, monkeypatch
):
    from pelican import signals

    registry = str(corpus_site.root / "people.yml")
    serial_files = corpus_site.build(CELEBMETA_WORKERS=1, CELEBMETA_REGISTRY=registry).files()
    shutil.rmtree(corpus_site.output)
    monkeypatch.setattr(extraction, "POOL_START", 10)  # the corpus holds a few dozen posts
    made = []  # posts Pelican has made so far

    def count(content):
        made.append(content)

    signals.content_object_init.connect(count)
    try:
        made_at_start = []  # how many posts Pelican had made as each pool started
        start = extraction.Extractor._start

        def recording_start(self, workers):
            made_at_start.append(len(made))
            return start(self, workers)

        monkeypatch.setattr(extraction.Extractor, "_start", recording_start)
        corpus_site.build(logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry)
        assert made_at_start == [0]  # the folder holds enough posts: started before the first
        here, workers, _ = readings(corpus_site)
        assert here == 0 and workers >= 26
        assert corpus_site.files() == serial_files

        # A rebuild whose posts are all in the cache starts none.
        made_at_start.clear()
        corpus_site.build(
            logging.INFO, CELEBMETA_WORKERS=2, CELEBMETA_REGISTRY=registry, LOAD_CONTENT_CACHE=True
        )
        assert made_at_start == []
        assert readings(corpus_site)[:2] == (0, 0)
        assert corpus_site.files() == serial_files
    finally:
        signals.content_object_init.disconnect(count)


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


def test_an_unchanged_site_takes_its_settled_names_from_the_cache(corpus_site):
    registry = str(corpus_site.root / "people.yml")
    settings = {"CELEBMETA_REGISTRY": registry, "LOAD_CONTENT_CACHE": True}
    corpus_site.build(logging.INFO, **settings)
    first = corpus_site.files()
    assert readings(corpus_site)[2] == 0
    # Second readings are read apart, or were guessed right while the post was first
    # read (which depends on which worker read which post first).
    posts = readings(corpus_site)[0] + readings(corpus_site)[1] + guessed(corpus_site)
    corpus_site.build(logging.INFO, **settings)
    # One decoding a post: the second readings the last build settled on, and no
    # first reading that one replaced.
    assert readings(corpus_site) == (0, 0, len(list(corpus_site.content.glob("*.md"))))
    assert posts > readings(corpus_site)[2]  # the site has second readings
    assert corpus_site.files() == first
    # The first readings it did not decode are still kept: an edit reads one post.
    edited = sorted(corpus_site.content.glob("*.md"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nMore to come.\n", encoding="utf-8")
    corpus_site.build(logging.INFO, **settings)
    here, workers, _ = readings(corpus_site)
    assert here + workers <= 2  # the post, and maybe its second reading
    assert corpus_site.files() == cold(corpus_site, CELEBMETA_REGISTRY=registry)


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


def test_a_build_that_fails_leaves_nothing_for_the_next(site, monkeypatch):
    import multiprocessing

    from pelican import signals

    from pelican_celebmeta.plugin import Handover

    def handovers():
        return [
            r for r in signals.content_object_init.receivers.values() if isinstance(r, Handover)
        ]

    site.fixture("seed-story.md")
    site.post("b.md", "Title: B\nDate: 2024-03-01\n\nTom Cruise dined out.\n")
    monkeypatch.setattr(extraction, "POOL_START", 1)
    overrides = site.root / "overrides"
    overrides.mkdir()
    (overrides / "article.html").write_text("{{ no_such_function() }}", encoding="utf-8")
    with pytest.raises(Exception, match="no_such_function"):
        site.build(CELEBMETA_WORKERS=2, THEME_TEMPLATES_OVERRIDES=[str(overrides)])
    assert multiprocessing.active_children() == []  # the workers ended with the reading
    assert len(handovers()) == 1  # the failed build's receiver, until the next build
    site.build(CELEBMETA_WORKERS=2)
    assert handovers() == []
    assert multiprocessing.active_children() == []
    assert (site.output / "people" / "tom-cruise" / "index.html").exists()
