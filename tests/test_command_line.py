"""``pelican`` itself, run as a user runs it, on a site of a few hundred posts.

Each test starts the real command line in a subprocess and is bounded by a
timeout: a build that hangs fails its test rather than the suite.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import html as lhtml
from sitegen import make_site

POSTS = 300
# Pelican logs through a console as wide as this: no message is wrapped.
ENV = {**os.environ, "COLUMNS": "250"}


def pelican(root: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", *args],
        cwd=root,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start(root: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "pelican", "content", "-s", "pelicanconf.py", *args],
        cwd=root,
        env=ENV,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def wait_until(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def tree(output: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(output)): p.read_bytes() for p in sorted(output.rglob("*")) if p.is_file()
    }


def box_links(page: Path) -> dict[str, str | None]:
    """Names in the page's people box, each with its link (None when unlinked)."""
    tree_ = lhtml.fromstring(page.read_text(encoding="utf-8"))
    [box] = tree_.xpath('//div[@class="celebmeta-people"]')
    out = {}
    for row in box.xpath('.//div[@role="listitem"]'):
        links = row.xpath(".//a")
        name = (links[0].text if links else row.xpath("./span[last()]")[0].text).strip()
        out[name] = links[0].get("href") if links else None
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The site, built once by ``pelican --fatal warnings -v``."""
    root = tmp_path_factory.mktemp("cli") / "site"
    truth = make_site(root, POSTS)
    result = pelican(root, "-o", "output", "--fatal", "warnings", "-v", timeout=240)
    return root, truth, result


@pytest.mark.timeout(300)
def test_pelican_builds_a_few_hundred_posts_without_a_warning(built):
    root, truth, result = built
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    log = result.stdout + result.stderr
    assert "WARNING" not in log and "ERROR" not in log and "CRITICAL" not in log
    assert f"{POSTS} posts" in log  # the plugin's summary line
    output = root / "output"
    people = truth.people()
    with_page = {p.name for p in (output / "people").iterdir() if p.is_dir()}
    assert with_page == {
        name.lower().replace(" ", "-") for name, posts in people.items() if len(posts) >= 2
    }
    assert len(list((output / "stories").iterdir())) > 1
    # Feeds of people and stories only when asked for.
    assert not list((output / "people").rglob("*.xml"))
    assert not list((output / "stories").rglob("*.xml"))


@pytest.mark.timeout(300)
def test_a_one_post_person_is_shown_unlinked_with_the_same_id(built):
    root, truth, _ = built
    [(guest, [slug])] = [(n, s) for n, s in truth.people().items() if n == "Harriet Quenby"]
    links = box_links(root / "output" / f"{slug}.html")
    assert links[guest] is None
    assert links["Greta Iverson"] == "https://velvet.example/people/greta-iverson/"
    raw = (root / "output" / f"{slug}.html").read_text(encoding="utf-8")
    assert '"@id":"https://velvet.example/people/harriet-quenby/#person"' in raw.replace(" ", "")


@pytest.mark.timeout(120)
def test_a_warning_of_the_plugin_fails_a_build_under_fatal_warnings(tmp_path):
    root = tmp_path / "site"
    make_site(root, 6)
    cache = root / "cache" / "celebmeta" / "facts.jsonl"
    cache.parent.mkdir(parents=True)
    cache.write_text("not a cache\n", encoding="utf-8")
    args = ("-o", "output", "-e", "LOAD_CONTENT_CACHE=true")
    result = pelican(root, *args, "--fatal", "warnings")
    assert result.returncode != 0
    assert "celebmeta: ignoring unreadable cache" in result.stdout + result.stderr
    # Without --fatal the same warning costs nothing but the warning.
    cache.write_text("not a cache\n", encoding="utf-8")
    result = pelican(root, *args)
    assert result.returncode == 0, result.stderr
    assert "celebmeta: ignoring unreadable cache" in result.stdout + result.stderr


@pytest.mark.timeout(180)
def test_autoreload_rebuilds_an_edited_post_with_its_new_people(tmp_path):
    root = tmp_path / "site"
    make_site(root, 12)  # post-0005 has a guest, Harriet Quenby, in no other post
    output = root / "output"
    edited = root / "content" / "post-0000.md"
    process = start(root, "-o", "output", "-r")
    try:
        wait_until(lambda: (output / "people" / "index.html").exists(), 90, "the first build")
        time.sleep(1.0)  # the build's last writes, then Pelican watches
        assert "Harriet Quenby" not in box_links(output / "post-0000.html")
        assert not (output / "people" / "harriet-quenby").exists()
        edited.write_text(
            edited.read_text(encoding="utf-8") + "\nChef Harriet Quenby joined them.\n",
            encoding="utf-8",
        )
        person = output / "people" / "harriet-quenby" / "index.html"
        wait_until(person.exists, 90, "the rebuild")
        wait_until(
            lambda: "Harriet Quenby" in box_links(output / "post-0000.html"), 30, "the new box"
        )
        assert box_links(output / "post-0000.html")["Harriet Quenby"] == (
            "https://velvet.example/people/harriet-quenby/"
        )
        assert process.poll() is None  # still watching
    finally:
        process.kill()
        process.wait(10)


def descendants(pid: int) -> set[int]:
    """Every process below ``pid``, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        parent = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(parent, []).append(int(entry.name))
    found: set[int] = set()
    todo = [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")
@pytest.mark.timeout(180)
def test_sigterm_mid_build_leaves_nothing_running_and_nothing_written_after(tmp_path):
    root = tmp_path / "site"
    make_site(root, POSTS)
    process = start(root, "-o", "output", "--ignore-cache")
    try:
        # Mid-build: worker processes are reading posts beside Pelican.
        seen: set[int] = set()

        def workers_started() -> bool:
            below = descendants(process.pid)
            seen.update(below)
            return any(descendants(child) for child in below) or process.poll() is not None

        wait_until(workers_started, 90, "worker processes")
        assert process.poll() is None, "the build ended before it could be stopped"
        seen |= descendants(process.pid)
        process.send_signal(signal.SIGTERM)
        process.wait(30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
    try:
        wait_until(lambda: not any(alive(p) for p in seen), 30, "the build's processes to end")
    finally:
        for pid in seen:  # whatever a failure left behind
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
    output = root / "output"
    before = {p: p.stat().st_mtime_ns for p in output.rglob("*")} if output.exists() else {}
    time.sleep(1.5)
    after = {p: p.stat().st_mtime_ns for p in output.rglob("*")} if output.exists() else {}
    assert after == before


@pytest.mark.timeout(300)
def test_two_builds_in_one_process_give_identical_output(tmp_path):
    root = tmp_path / "site"
    make_site(root, POSTS)
    script = (
        "import sys\n"
        "from pelican import main\n"
        "for out in ('out1', 'out2'):\n"
        "    main(['content', '-s', 'pelicanconf.py', '-o', out, '--fatal', 'warnings'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    first, second = tree(root / "out1"), tree(root / "out2")
    assert len(first) > POSTS
    assert first == second


PROBE = """
import json, sys
from pathlib import Path
from pelican import signals

def done(pelican):
    from pelican_celebmeta.core import lexicon
    Path("probe.json").write_text(json.dumps({
        "word_lists": lexicon.lexicon.cache_info().currsize,
        "lxml": any(m == "lxml" or m.startswith("lxml.") for m in sys.modules),
    }))

def register():
    signals.finalized.connect(done)  # a module-level receiver: blinker holds it weakly
"""


@pytest.mark.timeout(300)
def test_the_build_process_never_loads_the_word_lists_when_workers_read(tmp_path):
    # The process that holds the whole site leaves the word lists (tens of MiB) and
    # lxml to the worker processes that read the posts.
    root = tmp_path / "site"
    make_site(root, 150)
    (root / "plugins").mkdir()
    (root / "plugins" / "probe.py").write_text(PROBE)
    result = pelican(
        root,
        "-o",
        "output",
        "-e",
        'PLUGIN_PATHS=["plugins"]',
        'PLUGINS=["pelican_celebmeta", "probe"]',
        timeout=240,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads((root / "probe.json").read_text()) == {"word_lists": 0, "lxml": False}
