"""The plugin in real Pelican builds: JSON-LD, people box, person pages, feeds, export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import etree
from schema_check import problems

from pelican_celebmeta.core import RegistryError
from pelican_celebmeta.plugin import CelebmetaSettingsError

SEED = "seed-story.md"
SEED_PEOPLE = {"Tom Cruise", "Elsina Khayrova", "Dmitry Tsetkov", "Prince William"}


def graphs(tree) -> list[dict]:
    return [json.loads(s.text) for s in tree.xpath('//script[@type="application/ld+json"]')]


def nodes(graph: dict, kind: str) -> list[dict]:
    return [n for n in graph["@graph"] if n["@type"] == kind]


@pytest.fixture
def seed_site(site):
    site.fixture(SEED)
    return site.build(CELEBMETA_PERSON_FEED_ATOM="people/{slug}/feed.atom.xml")


def test_seed_story_page_has_one_valid_graph_with_its_people_and_events(seed_site):
    [graph] = graphs(seed_site.page("seed-story.html"))
    assert problems(graph) == []
    assert {n["name"] for n in nodes(graph, "Person")} == SEED_PEOPLE
    events = {(n["@type"], n.get("startDate")): n for n in graph["@graph"] if "Event" in n["@type"]}
    assert set(events) == {("SocialEvent", "2023-12"), ("SocialEvent", None)}
    gala = events[("SocialEvent", None)]
    assert "Air Ambulance Charity" in gala["name"]
    attendees = {ref["@id"] for ref in gala["attendee"]}
    assert attendees == {
        f"https://velvet.example/people/{slug}/#person"
        for slug in ("tom-cruise", "elsina-khayrova", "prince-william")
    }


def test_article_node_is_about_main_people_and_mentions_the_others(seed_site):
    [graph] = graphs(seed_site.page("seed-story.html"))
    [article] = nodes(graph, "NewsArticle")
    about = {ref["@id"].split("/")[-2] for ref in article["about"]}
    mentioned = {
        ref["@id"].split("/")[-2] for ref in article["mentions"] if "#person" in ref["@id"]
    }
    assert about == {"tom-cruise", "elsina-khayrova"}
    assert mentioned == {"dmitry-tsetkov", "prince-william"}
    assert article["headline"] == "Tom Cruise and Elsina Khayrova are now an item"
    assert article["datePublished"] == "2024-02-14T10:00:00+00:00"


def test_people_box_follows_the_content_main_people_first_with_links(seed_site):
    tree = seed_site.page("seed-story.html")
    [box] = tree.xpath('//div[@class="celebmeta-people"]')
    links = [(a.text, a.get("href")) for a in box.xpath(".//a")]
    assert links[:2] == [
        ("Tom Cruise", "https://velvet.example/people/tom-cruise/"),
        ("Elsina Khayrova", "https://velvet.example/people/elsina-khayrova/"),
    ]
    assert {name for name, _ in links} == SEED_PEOPLE
    content = tree.xpath('//div[@class="entry-content"]')[0]
    assert box.getparent() is content  # placed right after the post's text


def test_person_page_lists_posts_events_and_a_feed(seed_site):
    tree = seed_site.page("people/elsina-khayrova/index.html")
    assert tree.xpath("//h1")[-1].text == "Elsina Khayrova"
    assert [a.get("href") for a in tree.xpath('//div[contains(@class,"celebmeta-posts")]//a')] == [
        "https://velvet.example/seed-story.html"
    ]
    timeline = [
        " ".join(li.text_content().split())
        for li in tree.xpath('//div[@class="celebmeta-timeline"]/div')
    ]
    # Dates as a reader writes them; an undated event says so after its name, quietly.
    assert [t.split()[0] for t in timeline] == ["2022Divorce", "December", "Gala"]
    assert "Date not reported" in timeline[2] and "undated" not in " ".join(timeline)
    [graph] = graphs(tree)
    assert problems(graph) == []
    [page] = nodes(graph, "CollectionPage")
    assert page["mainEntity"] == {"@id": "https://velvet.example/people/elsina-khayrova/#person"}
    feed = etree.fromstring(seed_site.read("people/elsina-khayrova/feed.atom.xml").encode())
    titles = feed.xpath("//a:entry/a:title/text()", namespaces={"a": "http://www.w3.org/2005/Atom"})
    assert titles == ["Tom Cruise and Elsina Khayrova are now an item"]


def test_people_index_counts_posts(seed_site):
    tree = seed_site.page("people/index.html")
    rows = tree.xpath('//div[contains(@class,"celebmeta-rows")]/div')
    # By surname, grouped by its initial; everyone has an avatar, a photo or initials.
    assert [li.xpath("string(.//a)") for li in rows] == [
        "Tom Cruise",
        "Elsina Khayrova",
        "Dmitry Tsetkov",
        "Prince William",
    ]
    assert all(" ".join(li.text_content().split()).endswith("1 post") for li in rows)
    assert all(li.xpath('./*[contains(@class,"celebmeta-avatar")]') for li in rows)
    assert tree.xpath('//div[contains(@class,"celebmeta-people-index")]/h2/text()') == [
        "C",
        "K",
        "T",
        "W",
    ]
    [graph] = graphs(tree)
    assert problems(graph) == []


def test_export_lists_people_and_posts_sorted(seed_site):
    data = json.loads(seed_site.read("celebmeta.json"))
    assert [p["slug"] for p in data["people"]] == [
        "dmitry-tsetkov",
        "elsina-khayrova",
        "prince-william",
        "tom-cruise",
    ]
    [post] = data["posts"]
    assert post["slug"] == "seed-story"
    assert [(e["type"], e["date"], e["precision"]) for e in post["events"]] == [
        ("divorce", "2022", "year"),
        ("party", "2023-12", "month"),
        ("gala", None, None),
    ]


def test_script_breaking_text_cannot_escape_the_json_ld(site):
    title = 'Kairo </script><script>alert(1)</script> <!-- & "quotes"'
    site.post(
        "evil.md",
        f"Title: {title}\nDate: 2024-01-01\nSlug: evil\n\n"
        "Singer Noor Haldane met actor Idris Kowalczyk at a party last week.\n",
    )
    site.build()
    raw = site.read("evil.html")
    start = raw.index('<script type="application/ld+json">')
    body = raw[start : raw.index("</script>", start)]
    assert "<!--" not in body and "<script" not in body[8:]
    [graph] = graphs(site.page("evil.html"))
    [article] = nodes(graph, "NewsArticle")
    assert article["headline"] == title[:110]
    box = site.page("evil.html").xpath('//div[@class="celebmeta-people"]')[0]
    assert [a.text for a in box.xpath(".//a")] == ["Noor Haldane", "Idris Kowalczyk"]


def test_drafts_and_hidden_posts_reach_no_other_page(site):
    site.post("pub.md", "Title: Out\nDate: 2024-01-02\n\nSinger Noor Haldane sang.\n")
    site.post(
        "draft.md",
        "Title: Secret\nDate: 2024-01-03\nStatus: draft\n\nActor Idris Kowalczyk wept.\n",
    )
    site.post(
        "hid.md",
        "Title: Hidden\nDate: 2024-01-04\nStatus: hidden\n\nModel Ottilie Marchetti ate.\n",
    )
    site.post(
        "off.md",
        "Title: Off\nDate: 2024-01-05\nCelebmeta: off\n\nPresenter Declan Haldane spoke.\n",
    )
    site.build()
    data = json.loads(site.read("celebmeta.json"))
    assert [p["name"] for p in data["people"]] == ["Noor Haldane"]
    assert [p["slug"] for p in data["posts"]] == ["out"]
    assert sorted(p.name for p in (site.output / "people").iterdir() if p.is_dir()) == [
        "noor-haldane"
    ]
    for rel in ("drafts/secret.html", "hidden.html", "off.html"):
        assert graphs(site.page(rel)) == []


def test_two_builds_in_one_process_write_identical_files(site):
    site.fixture(SEED)
    site.post(
        "b.md", "Title: Follow-up\nDate: 2024-03-01\n\nCruise and Khayrova dined at the Savoy.\n"
    )
    first = site.build().files()
    second = site.build().files()
    assert first == second
    assert "people/tom-cruise/index.html" in first


def test_follow_up_post_links_people_named_only_in_other_posts(site):
    site.fixture(SEED)
    site.post(
        "b.md",
        "Title: Follow-up\nDate: 2024-03-01\nSlug: b\n\nCruise and Khayrova dined at the Savoy.\n",
    )
    site.build()
    [graph] = graphs(site.page("b.html"))
    assert {n["name"] for n in nodes(graph, "Person")} == {"Tom Cruise", "Elsina Khayrova"}


def test_registry_facts_appear_in_person_nodes(site):
    (site.root / "people.yml").write_text(
        "- name: Tom Cruise\n  jobTitle: Actor\n  birthDate: 1962-07-03\n"
        "  sameAs: [https://www.wikidata.org/wiki/Q37079]\n  image: /images/tom.jpg\n",
        encoding="utf-8",
    )
    site.fixture(SEED)
    site.build(CELEBMETA_REGISTRY=str(site.root / "people.yml"))
    [graph] = graphs(site.page("seed-story.html"))
    [tom] = [n for n in nodes(graph, "Person") if n["name"] == "Tom Cruise"]
    assert tom == {
        "@type": "Person",
        "@id": "https://velvet.example/people/tom-cruise/#person",
        "name": "Tom Cruise",
        "url": "https://velvet.example/people/tom-cruise/",
        "jobTitle": "Actor",
        "birthDate": "1962-07-03",
        "sameAs": ["https://www.wikidata.org/wiki/Q37079"],
        "image": "https://velvet.example/images/tom.jpg",
    }
    [elsina] = [n for n in nodes(graph, "Person") if n["name"] == "Elsina Khayrova"]
    assert "birthDate" not in elsina  # never guessed from a stated age


def test_auto_injection_off_leaves_pages_alone_and_the_template_tag_still_works(site):
    site.fixture(SEED)
    site.build(CELEBMETA_AUTO_INJECT=False, CELEBMETA_SIDEBAR_INJECT=False)
    tree = site.page("seed-story.html")
    assert graphs(tree) == [] and not tree.xpath('//div[@class="celebmeta-people"]')


def test_unknown_setting_is_a_clear_error_at_start_up(site):
    site.fixture(SEED)
    with pytest.raises(
        CelebmetaSettingsError,
        match="unknown setting CELEBMETA_AUTOINJECT; did you mean CELEBMETA_AUTO_INJECT",
    ):
        site.build(CELEBMETA_AUTOINJECT=False)


def test_bad_setting_value_is_a_clear_error(site):
    with pytest.raises(
        CelebmetaSettingsError, match="CELEBMETA_ARTICLE_TYPE = 'Gossip' is not valid"
    ):
        site.build(CELEBMETA_ARTICLE_TYPE="Gossip")


def test_malformed_registry_names_file_and_line(site):
    registry = site.root / "people.yml"
    registry.write_text("- name: Tom Cruise\n- name: Kairo\n  colour: red\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"people\.yml:2: unknown field 'colour'"):
        site.build(CELEBMETA_REGISTRY=str(registry))


def test_installed_package_ships_templates_and_namespace_plugin():
    import pelican.plugins.celebmeta as namespaced

    import pelican_celebmeta

    installed = Path(pelican_celebmeta.__file__).parent
    assert installed.parent.name == "site-packages"  # tests run against the installed copy
    for rel in (
        "templates/person.html",
        "templates/people.html",
        "templates/celebmeta/people_sidebar.html",
        "templates/celebmeta/jsonld.html",
        "core/data/gazetteer.txt",
    ):
        assert (installed / rel).is_file(), rel
    assert Path(namespaced.__file__).parent.parent == installed.parent / "pelican" / "plugins"


def test_namespace_plugin_is_found_without_naming_it(site):
    site.fixture(SEED)
    site.build(PLUGINS=None)
    assert len(graphs(site.page("seed-story.html"))) == 1


def test_person_feed_entries_match_pelicans_own_feed(site):
    site.fixture("seed-story.md")
    site.post(
        "odd.md",
        'Title: Tom & "Elsina" <3 Paris\nDate: 2024-02-20\nCategory: Love & Loss\n'
        "Tags: a<b, c&d\n\nTom Cruise and Elsina Khayrova dined in Paris.\n",
    )
    site.build(
        FEED_ALL_ATOM="feeds/all.atom.xml", CELEBMETA_PERSON_FEED_ATOM="people/{slug}/feed.atom.xml"
    )
    ns = {"a": "http://www.w3.org/2005/Atom"}
    ours = etree.fromstring(site.read("people/elsina-khayrova/feed.atom.xml").encode())
    pelican = etree.fromstring(site.read("feeds/all.atom.xml").encode())

    def entries(feed):
        return [
            (
                e.findtext("a:id", namespaces=ns),
                e.findtext("a:title", namespaces=ns),
                e.find("a:link", ns).get("href"),
                e.findtext("a:published", namespaces=ns)[:19],
                sorted(c.get("term") for c in e.findall("a:category", ns)),
            )
            for e in feed.findall("a:entry", ns)
        ]

    assert entries(ours) == entries(pelican)  # the same two posts, newest first
    assert entries(ours)[0][1] == 'Tom & "Elsina" <3 Paris'
    assert ours.findtext("a:title", namespaces=ns) == "The Velvet Rope - Elsina Khayrova"
    assert ours.findall("a:link", ns)[1].get("href") == (
        "https://velvet.example/people/elsina-khayrova/feed.atom.xml"
    )


def test_an_event_still_to_come_is_marked_scheduled_in_the_graph(site):
    site.post(
        "plans.md",
        "Title: Wedding plans\nDate: 2024-02-14 10:00\nSlug: plans\n\n"
        "Singer Noor Haldane will marry actor Idris Kowalczyk at a lavish wedding in June. "
        "Last night they threw a party at the Savoy.\n",
    )
    [graph] = graphs(site.build().page("plans.html"))
    assert problems(graph) == []
    status = {
        n.get("startDate"): n.get("eventStatus") for n in graph["@graph"] if "Event" in n["@type"]
    }
    assert status == {"2024-06": "https://schema.org/EventScheduled", "2024-02-13": None}


def test_two_posts_reporting_one_party_share_one_event_node(site):
    site.post(
        "first.md",
        "Title: The party\nDate: 2024-02-14 10:00\nSlug: first\n\n"
        "Singer Noor Haldane and actor Idris Kowalczyk threw a party in Soho last night.\n",
    )
    site.post(
        "second.md",
        "Title: More on the party\nDate: 2024-03-01 10:00\nSlug: second\n\n"
        "Singer Noor Haldane was at a party in Soho in February with her friend "
        "Priya Raman.\n",
    )
    built = site.build()

    def parties(page: str) -> list[dict]:
        [graph] = graphs(built.page(page))
        assert problems(graph) == []
        return [n for n in graph["@graph"] if n["@type"] == "SocialEvent"]

    [first] = parties("first.html")
    [second] = parties("second.html")
    assert first["@id"] == second["@id"]  # one event, told twice
    assert first["startDate"] == second["startDate"]
    assert first["startDate"] == "2024-02-13"  # the more precise report's date
    assert len(first["attendee"]) == 2  # each page names its own guests
    assert len(second["attendee"]) == 2
    timeline = built.page("people/noor-haldane/index.html").xpath(
        '//*[contains(@class, "celebmeta-tl-event")]'
    )
    assert len(timeline) == 1


def test_parties_of_other_months_stay_apart(site):
    for name, day in (("first", "2024-02-14"), ("second", "2024-05-14")):
        site.post(
            f"{name}.md",
            f"Title: {name}\nDate: {day} 10:00\nSlug: {name}\n\n"
            "Singer Noor Haldane threw a party in Soho last night.\n",
        )
    built = site.build()
    ids = {
        n["@id"]
        for page in ("first.html", "second.html")
        for graph in graphs(built.page(page))
        for n in graph["@graph"]
        if n["@type"] == "SocialEvent"
    }
    assert len(ids) == 2


def test_a_birth_is_on_the_timelines_of_the_parent_and_the_child(site):
    # (a birth is no schema.org event: it is told on the pages, not in the graph)
    site.post(
        "born.md",
        "Title: A baby boy\nDate: 2024-02-14 10:00\nSlug: born\n\n"
        "Singer Noor Haldane gave birth to her son Milo Haldane on Monday.\n",
    )
    site.post(
        "later.md",
        "Title: First photo\nDate: 2024-03-01 10:00\nSlug: later\n\n"
        "Singer Noor Haldane shared the first photo of Milo Haldane on Instagram.\n",
    )
    built = site.build()

    def timeline(slug: str) -> list[str]:
        items = built.page(f"people/{slug}/index.html").xpath(
            '//*[contains(@class, "celebmeta-tl-event")]'
        )
        return [" ".join(e.text_content().split()) for e in items]

    assert timeline("milo-haldane") == timeline("noor-haldane")
    assert len(timeline("milo-haldane")) == 1
    assert "Birth of Milo Haldane" in timeline("milo-haldane")[0]


def test_a_second_name_the_post_gives_is_the_persons_alternate_name(site):
    site.post(
        "gig.md",
        "Title: A night in Accra\nDate: 2024-02-14 10:00\nSlug: gig\n\n"
        "Rapper Kwesi Gold (real name Senam Addo) headlined the show. "
        "Kwesi Gold thanked the crowd.\n",
    )
    [graph] = graphs(site.build().page("gig.html"))
    assert problems(graph) == []
    assert [(n["name"], n.get("alternateName")) for n in nodes(graph, "Person")] == [
        ("Kwesi Gold", ["Senam Addo"])
    ]
