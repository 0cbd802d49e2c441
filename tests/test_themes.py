"""Works with any theme, unedited: Pelican's default, simple, and a third-party theme."""

from __future__ import annotations

import json
from pathlib import Path

import pelican
import pytest
from schema_check import problems

PELICAN_THEMES = Path(pelican.__file__).parent / "themes"


def reflex_theme() -> str:
    reflex = pytest.importorskip(
        "pelican.themes.reflex", reason="pelican-theme-reflex not installed"
    )
    return str(Path(reflex.__file__).parent)


THEMES = {
    "notmyidea": lambda: {"THEME": str(PELICAN_THEMES / "notmyidea")},
    "simple": lambda: {"THEME": str(PELICAN_THEMES / "simple")},
    # Reflex's footer reads CC_LICENSE unconditionally; its README says to set it.
    "reflex": lambda: {
        "THEME": reflex_theme(),
        "CC_LICENSE": {"name": "Creative Commons Attribution", "version": "4.0", "slug": "by"},
    },
}

POST = (
    "Title: Zoë de la Fuente and Łukasz Kowalczyk are engaged\nDate: 2024-05-02 09:00\nSlug: engaged\n\n"
    "Singer Zoë de la Fuente and footballer Łukasz Kowalczyk got engaged on Lake Como last month. "
    "De la Fuente, 29, wore a custom Tom Ford gown.\n"
)


@pytest.mark.parametrize("theme", sorted(THEMES))
def test_every_page_kind_carries_the_graph_and_the_article_its_people_box(site, theme):
    site.post("engaged.md", POST)
    site.build(**THEMES[theme]())
    for rel in ("engaged.html", "people/zoe-de-la-fuente/index.html", "people/index.html"):
        tree = site.page(rel)
        [script] = tree.xpath('//head/script[@type="application/ld+json"]')
        assert problems(json.loads(script.text)) == [], rel
    box = site.page("engaged.html").xpath('//div[@class="celebmeta-people"]//a')
    assert [a.text for a in box] == ["Zoë de la Fuente", "Łukasz Kowalczyk"]
    person = site.page("people/zoe-de-la-fuente/index.html")
    assert "Zoë de la Fuente" in person.xpath("string(//title)")


def test_a_theme_can_place_the_box_itself_and_override_templates(site, tmp_path):
    theme = tmp_path / "mytheme"
    (theme / "templates" / "celebmeta").mkdir(parents=True)
    simple = PELICAN_THEMES / "simple" / "templates"
    for name in ("base.html", "index.html", "archives.html", "period_archives.html",
                 "category.html", "categories.html", "tag.html", "tags.html", "author.html",
                 "authors.html", "page.html", "translations.html", "pagination.html"):  # fmt: skip
        if (simple / name).exists():
            (theme / "templates" / name).write_text((simple / name).read_text())
    (theme / "templates" / "article.html").write_text(
        '{% extends "base.html" %}{% block head %}{{ super() }}'
        '{% include "celebmeta/jsonld.html" %}{% endblock %}'
        "{% block content %}<main>{{ article.content }}</main>"
        '<div id="mine">{% include "celebmeta/people_sidebar.html" %}</div>{% endblock %}'
    )
    (theme / "templates" / "person.html").write_text(
        '{% extends "base.html" %}{% block content %}<p id="who">{{ person.name|e }}</p>{% endblock %}'
    )
    site.post("engaged.md", POST)
    site.build(THEME=str(theme), CELEBMETA_AUTO_INJECT=False, CELEBMETA_SIDEBAR_INJECT=False)
    tree = site.page("engaged.html")
    assert len(tree.xpath('//head/script[@type="application/ld+json"]')) == 1
    assert len(tree.xpath('//div[@id="mine"]/div[@class="celebmeta-people"]')) == 1
    assert len(tree.xpath('//div[@class="celebmeta-people"]')) == 1  # not injected twice
    person = site.page("people/zoe-de-la-fuente/index.html")
    assert person.xpath('string(//p[@id="who"])') == "Zoë de la Fuente"
