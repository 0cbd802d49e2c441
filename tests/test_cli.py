"""The command line: JSON Lines in the order given; bad files reported, not fatal."""

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pelican_celebmeta", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_extract_prints_one_json_object_per_post_in_order(tmp_path):
    first = write(
        tmp_path,
        "b.md",
        "Title: Tom Cruise steps out\nDate: 2024-02-14 10:00\nSlug: tom\n\n"
        "Actor Tom Cruise met model Elsina Khayrova at a party last December.\n",
    )
    second = write(
        tmp_path,
        "a.md",
        "Title: Khayrova's week\nDate: 2024-03-01\n\nKhayrova was seen in Hyde Park with Cruise.\n",
    )
    result = run("extract", first, second)
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["slug"] for d in lines] == ["tom", "khayrova-s-week"]
    assert [p["name"] for p in lines[0]["people"]] == ["Tom Cruise", "Elsina Khayrova"]
    assert lines[0]["events"][0] | {"sentence": None, "name": None, "date_phrase": None} == {
        "type": "party",
        "name": None,
        "date": "2023-12",
        "precision": "month",
        "date_phrase": None,
        "location": None,
        "attendees": ["Tom Cruise", "Elsina Khayrova"],
        "about": None,
        "sentence": None,
        "scheduled": False,
    }
    # Site-wide resolution: the second post only says "Khayrova".
    assert [p["name"] for p in lines[1]["people"]] == ["Elsina Khayrova", "Tom Cruise"]


def test_html_posts_and_date_option(tmp_path):
    post = write(
        tmp_path,
        "p.html",
        "<html><head><title>Gala night</title></head><body>"
        "<p>Singer Noor Haldane attended a gala two weeks ago.</p></body></html>",
    )
    result = run("extract", "--date", "2024-02-14", post)
    [data] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (data["date"], data["events"][0]["date"]) == ("2024-02-14", "2024-01-31")


def test_unreadable_file_is_one_error_line_and_a_non_zero_exit(tmp_path):
    good = write(tmp_path, "good.md", "Title: X\nDate: 2024-01-01\n\nSinger Noor Haldane sang.\n")
    missing = str(tmp_path / "missing.md")
    result = run("extract", missing, good)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [f"error: {missing}: No such file or directory"]
    assert [json.loads(line)["slug"] for line in result.stdout.splitlines()] == ["x"]


def test_post_without_a_date_is_an_error_naming_it(tmp_path):
    post = write(tmp_path, "nodate.md", "Title: X\n\nBody.\n")
    result = run("extract", post)
    assert result.returncode == 1
    assert "nodate.md: no Date: metadata" in result.stderr


def test_bad_registry_is_reported_with_its_line(tmp_path):
    post = write(tmp_path, "p.md", "Title: X\nDate: 2024-01-01\n\nBody.\n")
    registry = write(tmp_path, "people.yml", "- name: A\n  colour: red\n")
    result = run("extract", "--registry", registry, post)
    assert result.returncode == 2
    assert f"{registry}:1: unknown field 'colour'" in result.stderr


def test_ner_writes_spans_for_the_scorer(tmp_path):
    text = "Actor Tom Cruise smiled .\nCruise 's film opened ."
    src = write(tmp_path, "in.jsonl", json.dumps({"id": "d1", "text": text}) + "\n")
    result = run("ner", src)
    [data] = [json.loads(line) for line in result.stdout.splitlines()]
    assert data["id"] == "d1"
    assert [text[a:b] for a, b in data["people"]] == ["Tom Cruise", "Cruise"]
