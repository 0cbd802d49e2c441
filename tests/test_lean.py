"""What a build writes by default: no page or feed the site does not need."""

from __future__ import annotations

import json

import pytest
from schema_check import problems

from pelican_celebmeta.plugin import CelebmetaSettingsError

FOLLOW_UP = "Title: Dinner\nDate: 2024-03-01\nSlug: b\n\nCruise and Khayrova dined at the Savoy.\n"


def graph_ids(page) -> dict[str, dict]:
    [script] = page.xpath('//script[@type="application/ld+json"]')
    graph = json.loads(script.text)
    assert problems(graph) == []
    return {n["@id"]: n for n in graph["@graph"] if "@id" in n}


def test_a_person_gets_a_page_from_two_posts_and_keeps_one_id(site):
    site.fixture("seed-story.md")
    site.post("b.md", FOLLOW_UP)
    site.build(CELEBMETA_PERSON_MIN_POSTS=2)  # the default, which conftest lowers
    people = sorted(p.name for p in (site.output / "people").iterdir() if p.is_dir())
    assert people == ["elsina-khayrova", "tom-cruise"]
    box = site.page("seed-story.html").xpath('//div[@class="celebmeta-people"]')[0]
    linked = {a.text: a.get("href") for a in box.xpath(".//a")}
    assert linked == {
        "Tom Cruise": "https://velvet.example/people/tom-cruise/",
        "Elsina Khayrova": "https://velvet.example/people/elsina-khayrova/",
    }
    assert "Prince William" in box.text_content()  # named, not linked
    nodes = graph_ids(site.page("seed-story.html"))
    william = nodes["https://velvet.example/people/prince-william/#person"]
    assert "url" not in william  # no page to point to; the same @id as with one
    assert nodes["https://velvet.example/people/tom-cruise/#person"]["url"] == (
        "https://velvet.example/people/tom-cruise/"
    )
    index = site.page("people/index.html")
    assert [a.text for a in index.xpath('//div[contains(@class, "celebmeta-rows")]//a')] == [
        "Tom Cruise",  # by surname
        "Elsina Khayrova",
    ]
    exported = {p["name"]: p["url"] for p in json.loads(site.read("celebmeta.json"))["people"]}
    assert exported["Prince William"] is None
    assert exported["Tom Cruise"] == "people/tom-cruise/"


def test_the_id_of_a_person_is_the_same_with_or_without_a_page(site):
    site.fixture("seed-story.md")
    ids = []
    for least in (1, 2):
        site.build(CELEBMETA_PERSON_MIN_POSTS=least)
        ids.append(sorted(graph_ids(site.page("seed-story.html"))))
    assert ids[0] == ids[1]


def test_person_and_story_feeds_only_when_asked_for(site):
    site.fixture("seed-story.md")
    site.post("b.md", FOLLOW_UP)
    site.build()
    assert not list(site.output.rglob("people/**/*.xml"))
    assert not list(site.output.rglob("stories/**/*.xml"))
    assert "feed.atom.xml" not in site.read("people/tom-cruise/index.html")
    site.build(
        CELEBMETA_PERSON_FEED_ATOM="people/{slug}/feed.atom.xml",
        CELEBMETA_STORY_FEED_ATOM="stories/{slug}/feed.atom.xml",
    )
    assert (site.output / "people" / "tom-cruise" / "feed.atom.xml").is_file()
    assert (site.output / "stories" / "tom-cruise-elsina-khayrova" / "feed.atom.xml").is_file()


def test_person_min_posts_must_be_a_whole_number_of_at_least_one(site):
    with pytest.raises(CelebmetaSettingsError, match="CELEBMETA_PERSON_MIN_POSTS = 0"):
        site.build(CELEBMETA_PERSON_MIN_POSTS=0)


def test_a_first_name_two_people_share_gets_no_page_and_no_person_node(site):
    site.post(
        "a.md",
        "Title: Album\nDate: 2024-03-01\nSlug: a\n\nSinger Jonas Achterberg released an album.\n",
    )
    site.post(
        "b.md",
        "Title: Food\nDate: 2024-03-02\nSlug: b\n\nChef Jonas Lindqvist opened a restaurant.\n",
    )
    site.post(
        "c.md",
        "Title: Paris\nDate: 2024-03-03\nSlug: c\n\nJonas was spotted in Paris on Saturday.\n",
    )
    site.post(
        "d.md", "Title: Again\nDate: 2024-03-04\nSlug: d\n\nJonas was spotted in Rome on Sunday.\n"
    )
    site.build(CELEBMETA_PERSON_MIN_POSTS=1)
    people = sorted(p.name for p in (site.output / "people").iterdir() if p.is_dir())
    assert people == ["jonas-achterberg", "jonas-lindqvist"]
    page = site.page("c.html")
    assert page.xpath('//div[@class="celebmeta-people"]//a') == []
    [script] = page.xpath('//script[@type="application/ld+json"]')
    names = [n.get("name") for n in json.loads(script.text)["@graph"] if n["@type"] == "Person"]
    assert "Jonas" not in names
    # Nor a story thread gathering the two unrelated "Jonas" posts.
    stories = site.output / "stories"
    assert not stories.exists() or not [p for p in stories.iterdir() if "jonas" in p.name]


def test_a_star_known_by_one_name_keeps_a_page_beside_namesakes(site):
    site.post("a.md", "Title: Tour\nDate: 2024-03-01\nSlug: a\n\nSinger Adele announced a tour.\n")
    site.post("b.md", "Title: Radio\nDate: 2024-03-02\nSlug: b\n\nAdele Roberts hosted the show.\n")
    site.post("c.md", "Title: Film\nDate: 2024-03-03\nSlug: c\n\nAdele Exarchopoulos starred.\n")
    site.build(CELEBMETA_PERSON_MIN_POSTS=1)
    people = sorted(p.name for p in (site.output / "people").iterdir() if p.is_dir())
    assert people == ["adele", "adele-exarchopoulos", "adele-roberts"]


def test_the_plugin_loads_no_reading_rule_until_a_post_is_read():
    # A build whose posts come from the cache or from worker processes never reads a
    # post in its own process: importing the plugin must not load the rules, and the
    # package's ``extract`` still loads them on first use.
    import subprocess
    import sys

    code = (
        "import sys, pelican_celebmeta.plugin\n"
        "rules = {'names', 'classifier', 'people', 'dates', 'events', 'pipeline', 'text'}\n"
        "loaded = sorted(m for m in sys.modules if m.rpartition('.')[2] in rules"
        " and m.startswith('pelican_celebmeta.core'))\n"
        "print(loaded)\n"
        "from pelican_celebmeta.core import extract\n"
        "print(sorted(p.name for p in extract('<p>Actor Tom Cruise smiled.</p>', '2024-01-01').people))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.splitlines() == ["[]", "['Tom Cruise']"]
