"""Story threads in a real build: navigation, story pages, feeds, export, translations."""

from __future__ import annotations

import json

import pytest
from lxml import etree
from schema_check import problems

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def graphs(tree) -> list[dict]:
    return [json.loads(s.text) for s in tree.xpath('//script[@type="application/ld+json"]')]


@pytest.fixture
def story_site(site):
    site.fixture("seed-story.md")
    site.post(
        "dinner.md",
        "Title: Cruise and Khayrova dine out\nDate: 2024-03-01\nSlug: dinner\n\n"
        "Cruise and Khayrova enjoyed a romantic dinner at the Savoy on Saturday. "
        "Cruise ordered for both of them.\n",
    )
    site.post(
        "dinner-fr.md",
        "Title: Cruise et Khayrova au restaurant\nDate: 2024-03-01\nSlug: dinner\nLang: fr\n\n"
        "Cruise et Khayrova ont dîné au Savoy samedi. Cruise a commandé pour eux deux.\n",
    )
    site.post(
        "other.md",
        "Title: Noor Haldane's new album\nDate: 2024-03-05\nSlug: album\n\n"
        "Singer Noor Haldane released an album. Haldane thanked Tom Cruise, a fan.\n",
    )
    return site.build(CELEBMETA_STORY_FEED_ATOM="stories/{slug}/feed.atom.xml")


def test_article_shows_its_place_in_the_story(story_site):
    [nav] = story_site.page("dinner.html").xpath('//div[@class="celebmeta-story"]')
    assert "part 2 of 2" in nav.text_content()
    assert [a.get("rel") for a in nav.xpath(".//a")] == [None, "prev"]
    assert nav.xpath('.//a[@rel="prev"]/@href') == ["https://velvet.example/seed-story.html"]
    assert (
        nav.xpath(".//a/@href")[0] == "https://velvet.example/stories/tom-cruise-elsina-khayrova/"
    )


def test_story_page_lists_posts_oldest_first_with_a_valid_series_graph(story_site):
    tree = story_site.page("stories/tom-cruise-elsina-khayrova/index.html")
    assert [a.text for a in tree.xpath('//div[contains(@class,"celebmeta-tl-post")]/a')] == [
        "Tom Cruise and Elsina Khayrova are now an item",
        "Cruise and Khayrova dine out",
    ]
    [graph] = graphs(tree)
    assert problems(graph) == []
    [series] = [n for n in graph["@graph"] if n["@type"] == "CreativeWorkSeries"]
    assert [ref["@id"] for ref in series["hasPart"]] == [
        "https://velvet.example/seed-story.html#article",
        "https://velvet.example/dinner.html#article",
    ]


def test_article_graph_points_to_its_story(story_site):
    [graph] = graphs(story_site.page("dinner.html"))
    assert problems(graph) == []
    [article] = [n for n in graph["@graph"] if n["@type"] == "NewsArticle"]
    assert article["isPartOf"] == {
        "@id": "https://velvet.example/stories/tom-cruise-elsina-khayrova/#story"
    }


def test_translation_sits_with_its_original_and_does_not_count_twice(story_site):
    nav = story_site.page("dinner-fr.html").xpath('//div[@class="celebmeta-story"]')[0]
    assert "part 2 of 2" in nav.text_content()
    data = json.loads(story_site.read("celebmeta.json"))
    assert data["stories"] == [
        {
            "slug": "tom-cruise-elsina-khayrova",
            "title": "Tom Cruise and Elsina Khayrova",
            "url": "stories/tom-cruise-elsina-khayrova/",
            "posts": ["seed-story", "dinner"],
        }
    ]


def test_story_feed_and_index(story_site):
    feed = etree.fromstring(
        story_site.read("stories/tom-cruise-elsina-khayrova/feed.atom.xml").encode()
    )
    assert feed.xpath("//a:entry/a:title/text()", namespaces=ATOM) == [
        "Cruise and Khayrova dine out",
        "Tom Cruise and Elsina Khayrova are now an item",
    ]
    index = story_site.page("stories/index.html")
    assert [
        a.text for a in index.xpath('//div[contains(@class,"celebmeta-stories-index")]/div/div/a')
    ] == ["Tom Cruise and Elsina Khayrova"]
    [graph] = graphs(index)
    assert problems(graph) == []


def test_a_post_outside_any_story_has_no_navigation(story_site):
    assert story_site.page("album.html").xpath('//div[@class="celebmeta-story"]') == []


def _simple_theme_with_article(tmp_path, article_html: str):
    """Pelican's simple theme with ``article_html`` as its article template."""
    import pelican

    simple = __import__("pathlib").Path(pelican.__file__).parent / "themes" / "simple" / "templates"
    theme = tmp_path / "t" / "templates"
    theme.mkdir(parents=True)
    for f in simple.iterdir():
        (theme / f.name).write_text(f.read_text())
    (theme / "article.html").write_text(article_html)
    return theme


def _three_posts(site) -> None:
    """The seed story, a follow-up in its story, and a post sharing one person."""
    site.fixture("seed-story.md")
    site.post(
        "b.md",
        "Title: Cruise dines\nDate: 2024-03-01\nSlug: b\n\nCruise and Khayrova dined at the Savoy.\n",
    )
    site.post(
        "c.md",
        "Title: Haldane's album\nDate: 2024-03-05\nSlug: c\n\nSinger Noor Haldane thanked Tom Cruise.\n",
    )


def test_related_posts_global_in_a_theme(site, tmp_path):
    theme = _simple_theme_with_article(
        tmp_path,
        '{% extends "base.html" %}{% block content %}{{ article.content }}<ul id="rel">'
        "{% for a in celebmeta_related(article) %}<li>{{ a.title }}</li>{% endfor %}</ul>{% endblock %}",
    )
    _three_posts(site)
    site.build(THEME=str(theme.parent))
    assert site.page("c.html").xpath('//ul[@id="rel"]/li/text()') == [
        "Tom Cruise and Elsina Khayrova are now an item",
        "Cruise dines",
    ]
    assert site.page("b.html").xpath('//ul[@id="rel"]/li/text()') == ["Haldane's album"]


def test_article_attributes_give_facts_story_and_related(site, tmp_path):
    theme = _simple_theme_with_article(
        tmp_path,
        '{% extends "base.html" %}{% block content %}'
        '<p id="people">{{ article.celebmeta_facts.people | map(attribute="name") | join("|") }}'
        '</p><p id="said">{{ article.metadata.celebmeta }}</p>'
        '<p id="story">{% if article.celebmeta_story %}{{ article.celebmeta_story.story.slug }} '
        "{{ article.celebmeta_story.number }}{% endif %}</p>"
        '<ul id="rel">{% for a in article.celebmeta_related %}<li>{{ a.slug }}</li>{% endfor %}'
        "</ul>{% endblock %}",
    )
    _three_posts(site)
    site.post("off.md", "Title: Off\nDate: 2024-03-06\nSlug: off\nCelebmeta: off\n\nTom Cruise.\n")
    # Metadata named like the plugin's attributes shadows none of them.
    site.post(
        "on.md",
        "Title: On\nDate: 2024-03-07\nSlug: on\nCelebmeta: on\nCelebmeta_facts: x\n"
        "Celebmeta_story: y\nCelebmeta_related: z\n\nCruise and Khayrova dined again.\n",
    )
    site.build(THEME=str(theme.parent))
    b = site.page("b.html")
    assert b.xpath('//p[@id="people"]/text()') == ["Tom Cruise|Elsina Khayrova"]
    assert b.xpath('//p[@id="story"]/text()') == ["tom-cruise-elsina-khayrova 2"]
    assert b.xpath('//ul[@id="rel"]/li/text()') == ["c"]
    on = site.page("on.html")
    assert on.xpath('//p[@id="people"]/text()') == ["Tom Cruise|Elsina Khayrova"]
    assert on.xpath('//p[@id="said"]/text()') == ["on"]
    assert on.xpath('//p[@id="story"]/text()') == ["tom-cruise-elsina-khayrova 3"]
    assert on.xpath('//ul[@id="rel"]/li/text()') == ["c"]
    c = site.page("c.html")
    assert c.xpath('//p[@id="story"]/text()') == []
    assert c.xpath('//ul[@id="rel"]/li/text()') == ["seed-story", "b", "on"]
    # A post's own "Celebmeta: off" stays what the post said; it is in no story.
    off = site.page("off.html")
    assert off.xpath('//p[@id="people"]/text()') == []
    assert off.xpath('//p[@id="said"]/text()') == ["off"]
    assert off.xpath('//p[@id="story"]/text()') == []
    assert off.xpath('//ul[@id="rel"]/li/text()') == []


def test_lists_and_story_links_show_a_title_with_markup_as_its_text(site):
    site.fixture("seed-story.md")
    site.post(
        "b.md",
        "Title: Cruise &amp; Khayrova <em>dine</em>\nDate: 2024-03-01\nSlug: b\n\n"
        "Cruise and Khayrova dined at the Savoy.\n",
    )
    site.build()
    [nxt] = site.page("seed-story.html").xpath('//div[@class="celebmeta-story"]//a[@rel="next"]')
    assert nxt.text_content() == "Cruise & Khayrova dine →"
    listed = site.page("people/tom-cruise/index.html").xpath(
        '//div[contains(@class,"celebmeta-posts")]/div/a'
    )
    assert "Cruise & Khayrova dine" in [a.text_content() for a in listed]
    raw = site.read("people/tom-cruise/index.html")
    assert ">Cruise &amp; Khayrova dine</a>" in raw and "<em>dine" not in raw
