"""The second process: graphs sent ahead, pages counted, failures reported."""

import logging
import os
import time

import pytest

from pelican_celebmeta.plugin.background import Background

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")


def wait_for(background, key, seconds=10.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        text = background.graph(key)
        if text is not None:
            return text
        time.sleep(0.01)
    raise AssertionError(f"no graph for {key}")


def batches(n, size):
    for start in range(0, n, size):
        yield {f"post-{i}": f"<graph {i}>" for i in range(start, min(n, start + size))}


def test_graphs_arrive_in_batches_and_the_pages_are_counted():
    background = Background.start(lambda: batches(10, 4), lambda: 7)
    assert wait_for(background, "post-0") == "<graph 0>"
    assert wait_for(background, "post-9") == "<graph 9>"
    assert background.graph("post-9") is None  # each graph is handed out once
    assert background.graphs_used == 2
    assert background.result() == 7


def test_the_pages_are_written_while_nobody_reads_the_graphs(tmp_path):
    # Far more than a pipe holds (2 MB): the copy must go on to the pages
    # while this process, busy writing articles, has read none of it.
    def big():
        for batch in batches(2000, 64):
            yield {key: text * 100 for key, text in batch.items()}

    marker = tmp_path / "pages-written"

    def pages():
        marker.write_text("done")
        return 3

    background = Background.start(big, pages)
    deadline = time.monotonic() + 10
    while not marker.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    assert marker.exists()
    assert background.result() == 3
    assert background.graph("post-5") is None  # what was never asked for is let go


def test_a_build_that_stops_listening_does_not_wait_on_the_copy():
    background = Background.start(lambda: batches(2000, 64), lambda: 3)
    background._receiver.close()  # as an interrupted build does
    background._process.join(10)
    assert background._process.exitcode == 0


def test_what_the_copy_logs_is_logged_here(caplog):
    def pages():
        logging.getLogger("pelican_celebmeta.site").warning("celebmeta: %s had %d", "x", 2)
        return 1

    with caplog.at_level(logging.INFO):
        assert Background.start(lambda: iter(()), pages).result() == 1
    assert [(r.name, r.levelno, r.getMessage()) for r in caplog.records] == [
        ("pelican_celebmeta.site", logging.WARNING, "celebmeta: x had 2")
    ]


def test_a_failure_after_some_graphs_keeps_them_and_says_why(caplog):
    def failing():
        logging.getLogger("pelican_celebmeta").warning("celebmeta: said once")
        yield {"post-0": "<graph 0>"}
        raise ValueError("bad post")

    with caplog.at_level(logging.WARNING):
        background = Background.start(failing, lambda: 5)
        assert wait_for(background, "post-0") == "<graph 0>"
        assert background.result() is None
    # What the copy said is said again by the build as it does the work: not twice here.
    assert [r.getMessage() for r in caplog.records] == [
        "celebmeta: the second process failed (ValueError: bad post); "
        "person and story pages are written here"
    ]


def test_a_copy_that_dies_is_reported_with_its_exit_code(caplog):
    with caplog.at_level(logging.WARNING):
        assert Background.start(lambda: iter(()), lambda: os._exit(4)).result() is None
    assert [r.getMessage() for r in caplog.records] == [
        "celebmeta: the second process stopped (exit code 4); "
        "person and story pages are written here"
    ]
