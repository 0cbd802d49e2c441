"""The plugin's pages: framed by the theme, avatars for everyone, readable dates and events,
the people index by surname, "often seen with", pagination where PAGINATED_TEMPLATES asks for it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pelican
import pytest

from pelican_celebmeta.core.facts import Event, PartialDate
from pelican_celebmeta.site import display

NOTMYIDEA = str(Path(pelican.__file__).parent / "themes" / "notmyidea")


def _event(name: str, location: str | None, date: str | None = None) -> Event:
    when = PartialDate(date, "day", date) if date else None
    return Event("dinner", name, when, location, (), "", 0)


def test_names_collate_by_surname_without_a_locale():
    names = ["Piotr Mazur", "Anna Łapińska", "Zoë Adams", "Jan Kowal", "Ørjan Berg", "Ann Zed"]
    assert sorted(names, key=display.sort_key) == [
        "Zoë Adams",
        "Ørjan Berg",
        "Jan Kowal",
        "Anna Łapińska",  # Ł sorts with L, not after Z
        "Piotr Mazur",
        "Ann Zed",
    ]
    assert display.fold("Łódź Straße Øre") == "lodz strasse ore"
    assert display.initial("Anna Łapińska") == "L"
    assert display.initial("Zoë de la Fuente") == "F"
    assert display.surname("Barnaby Quill KC") == "Quill"


def test_people_are_grouped_under_their_surnames_initial():
    class P:
        def __init__(self, name: str) -> None:
            self.name, self.slug = name, display.fold(name).replace(" ", "-")

    groups = display.people_by_initial([P("Łukasz Lis"), P("Zoë Adams"), P("Anna Łapińska")])
    assert [(letter, [p.name for p in ps]) for letter, ps in groups] == [
        ("A", ["Zoë Adams"]),
        ("L", ["Anna Łapińska", "Łukasz Lis"]),
    ]


def test_initials_and_colours_are_deterministic():
    assert display.initials("Zoë de la Fuente") == "ZF"
    assert display.initials("Zendaya") == "Z"
    assert display.initials("Barnaby Quill KC") == "BQ"
    assert display.colour("Zendaya") == display.colour("Zendaya")
    assert display.colour("Zendaya") != display.colour("Zoë de la Fuente")
    assert display.colour("Zendaya").startswith("hsl(")


def test_dates_and_events_read_as_a_person_writes_them():
    assert display.date_label("2022") == "2022"
    assert display.date_label("2023-12") == "December 2023"
    assert display.date_label("2024-05-02") == "2 May 2024"
    assert display.event_label(_event("Dinner at Savoy", "the Savoy")) == "Dinner at Savoy"
    assert display.event_label(_event("Party", "Hyde Park")) == "Party, Hyde Park"
    assert display.event_label(_event("Gala", None)) == "Gala"


def _person_post(site, slug: str, date: str, people: str, title: str | None = None) -> None:
    site.post(
        f"{slug}.md",
        f"Title: {title or slug}\nDate: {date}\nSlug: {slug}\nPeople: {people}\n\n"
        "A quiet week, by all accounts.\n",
    )


def test_person_page_in_the_themes_frame_with_often_seen_with_and_pages(site):
    _person_post(site, "a", "2024-01-01", "Noor Haldane, Idris Kowalczyk, Ottilie Marchetti")
    _person_post(site, "b", "2024-01-02", "Noor Haldane, Idris Kowalczyk")
    _person_post(site, "c", "2024-01-03", "Noor Haldane, Piers Umber")
    _person_post(site, "d", "2024-01-04", "Piers Umber")
    _person_post(site, "e", "2024-01-05", "Piers Umber")
    site.build(
        THEME=NOTMYIDEA,
        DEFAULT_PAGINATION=1,
        PAGINATED_TEMPLATES={
            "index": None,
            "tag": None,
            "category": None,
            "author": None,
            "person": None,
        },
        CELEBMETA_PERSON_FEED_ATOM="people/{slug}/feed.atom.xml",
    )
    tree = site.page("people/noor-haldane/index.html")
    # In notmyidea's content column, under its own page heading.
    [heading] = tree.xpath('//section[@id="content" and @class="body"]/h1[@class="entry-title"]')
    assert heading.text == "Noor Haldane"
    assert tree.xpath("string(//title)").startswith("Noor Haldane")
    # Most shared posts first; of two who share one, the rarer first.
    seen = tree.xpath('//div[contains(@class,"celebmeta-seen-with")]//a/text()')
    assert seen == ["Idris Kowalczyk", "Ottilie Marchetti", "Piers Umber"]
    # An avatar for everyone: initials on a colour when the registry has no photo.
    assert tree.xpath('//span[contains(@class,"celebmeta-initials")]/text()')[0] == "NH"
    # Paginated as PAGINATED_TEMPLATES asks: DEFAULT_PAGINATION, one post a page, newest first.
    assert tree.xpath('//div[contains(@class,"celebmeta-posts")]/div/a/text()') == ["c"]
    assert tree.xpath('//a[@rel="next"]/@href') == [
        "https://velvet.example/people/noor-haldane/index2.html"
    ]
    last = site.page("people/noor-haldane/index3.html")
    assert last.xpath('//div[contains(@class,"celebmeta-posts")]/div/a/text()') == ["a"]
    assert not last.xpath('//div[contains(@class,"celebmeta-seen-with")]')  # first page only
    # The page's own feed is announced in <head>.
    assert tree.xpath('//head/link[@type="application/atom+xml"]/@href')[-1].endswith(
        "people/noor-haldane/feed.atom.xml"
    )


def test_a_person_page_lists_every_post_unless_paginated_templates_names_it(site):
    for slug, day in (("a", "01"), ("b", "02"), ("c", "03")):
        _person_post(site, slug, f"2024-01-{day}", "Noor Haldane, Piers Umber")
    site.build(THEME=NOTMYIDEA, DEFAULT_PAGINATION=1)
    tree = site.page("people/noor-haldane/index.html")
    assert tree.xpath('//div[contains(@class,"celebmeta-posts")]/div/a/text()') == ["c", "b", "a"]
    assert not tree.xpath('//a[@rel="next"]')
    assert not (site.output / "people/noor-haldane/index2.html").exists()
    assert (site.output / "index2.html").exists()  # Pelican's own pages still paginate


def test_the_people_index_sorts_by_surname(site):
    _person_post(site, "a", "2024-01-01", "Piotr Mazur, Anna Łapińska, Zoë Adams, Jan Kowal")
    site.build()
    tree = site.page("people/index.html")
    rows = tree.xpath('//div[contains(@class,"celebmeta-rows")]/div//a/text()')
    assert rows == ["Zoë Adams", "Jan Kowal", "Anna Łapińska", "Piotr Mazur"]
    assert tree.xpath('//div[contains(@class,"celebmeta-people-index")]/h2/text()') == [
        "A",
        "K",
        "L",
        "M",
    ]


def test_titles_and_names_are_escaped_on_person_pages(site):
    _person_post(
        site, "x", "2024-01-01", "Noor Haldane", title="Noor <script>alert(1)</script> & co"
    )
    site.build()
    raw = site.read("people/noor-haldane/index.html")
    # A title is HTML to Pelican: its tags go, its text is escaped.
    assert "<script>alert" not in raw and ">Noor alert(1) &amp; co</a>" in raw


def test_story_page_puts_posts_and_events_on_one_dated_line(site):
    site.fixture("seed-story.md")
    site.post(
        "dinner.md",
        "Title: Cruise and Khayrova dine out\nDate: 2024-03-09\nSlug: dinner\n\n"
        "Tom Cruise and Elsina Khayrova had dinner at the Savoy on Thursday.\n",
    )
    site.build()
    tree = site.page("stories/tom-cruise-elsina-khayrova/index.html")
    items = tree.xpath('//div[@class="celebmeta-timeline"]/div')
    kinds = [i.get("class").split()[-1] for i in items]
    assert "celebmeta-tl-post" in kinds and "celebmeta-tl-event" in kinds
    text = [" ".join(i.text_content().split()) for i in items]
    # Events at their own dates, before the posts that told them.
    assert text[0].startswith("2022") and "Divorce" in text[0]
    assert any("14 February 2024" in t and "Tom Cruise and Elsina" in t for t in text)
    assert not any(t.lower().startswith("undated") for t in text)
    people = tree.xpath('//div[contains(@class,"celebmeta-story-people")]//a/text()')
    assert people[:2] == ["Tom Cruise", "Elsina Khayrova"]


@pytest.mark.parametrize("element", ["aside", "nav", "section", "header"])
def test_box_and_story_navigation_use_no_element_a_theme_styles_globally(site, element):
    site.fixture("seed-story.md")
    site.post(
        "dinner.md",
        "Title: Cruise and Khayrova dine out\nDate: 2024-03-09\nSlug: dinner\n\n"
        "Tom Cruise and Elsina Khayrova had dinner at the Savoy on Thursday.\n",
    )
    site.build()
    tree = site.page("dinner.html")
    for box in ("celebmeta-people", "celebmeta-story"):
        [el] = tree.xpath(f'//*[@class="{box}"]')
        assert el.tag == "div"
        assert not el.xpath(f".//{element}")


def test_a_page_html_that_needs_a_real_page_falls_back_to_the_plugins_template(site, tmp_path):
    theme = tmp_path / "datedtheme"
    shutil.copytree(Path(pelican.__file__).parent / "themes" / "simple", theme)
    (theme / "templates" / "page.html").write_text(
        '{% extends "base.html" %}{% block content %}<h1>{{ page.title }}</h1>'
        "<p>{{ page.date.strftime('%Y') }}</p>{{ page.content }}{% endblock %}"
    )
    _person_post(site, "a", "2024-01-01", "Noor Haldane")
    site.build(THEME=str(theme))
    assert any("cannot frame person pages" in w for w in site.warnings())
    tree = site.page("people/noor-haldane/index.html")
    assert tree.xpath('//section[@id="content"]/h1/text()') == ["Noor Haldane"]
    assert tree.xpath('//div[contains(@class,"celebmeta-posts")]/div/a/text()') == ["a"]


def test_person_page_lists_each_posts_summary_as_text(site):
    for slug, day in (("first", "01"), ("second", "02")):
        site.post(
            f"{slug}.md",
            f"Title: {slug}\nDate: 2024-01-{day}\nSlug: {slug}\nPeople: Noor Haldane\n"
            f"Summary: Noor *Haldane* said <b>{slug}</b> things.\n\nBody.\n",
        )
    site.build(THEME=NOTMYIDEA)
    tree = site.page("people/noor-haldane/index.html")
    texts = tree.xpath('//div[contains(@class,"celebmeta-posts")]/div/p[not(@class)]')
    assert [p.text for p in texts] == [
        "Noor Haldane said second things.",
        "Noor Haldane said first things.",
    ]
    assert not tree.xpath('//div[contains(@class,"celebmeta-posts")]//b')
