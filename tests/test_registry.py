"""The people registry: validated, with errors that name file and line."""

import pytest

from pelican_celebmeta.core import RegistryError, extract, load_registry, parse_registry


def test_entries_are_read_with_their_fields():
    reg = parse_registry(
        "- name: Kairo\n  aliases: [KK]\n  jobTitle: Rapper\n  birthDate: 1994-05-02\n"
        "  sameAs: [https://www.wikidata.org/wiki/Q1]\n- name: Poppy Fox\n  exclude: true\n"
    )
    kairo = reg.get("Kairo")
    assert (kairo.slug, kairo.aliases, kairo.job_title, kairo.birth_date) == (
        "kairo",
        ("KK",),
        "Rapper",
        "1994-05-02",
    )
    assert reg.excluded == {"Poppy Fox"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- name: A\n  colour: red\n", "people.yml:1: unknown field 'colour'"),
        ("- name: A\n- jobTitle: Actor\n", "people.yml:2: an entry has no 'name'"),
        (
            "- name: A\n  birthDate: last year\n",
            "people.yml:1: birthDate of 'A' must be YYYY-MM-DD",
        ),
        ("- name: A\n  sameAs: [not a url]\n", "people.yml:1: sameAs of 'A' must be URLs"),
        ("- name: A\n  aliases: [B]\n- name: B\n", "people.yml:3: 'B' names two different people"),
        ("- name: [unclosed\n", "people.yml:2: not valid YAML"),
        ("name: A\n", "people.yml:1: expected a list of people"),
    ],
)
def test_bad_registry_is_a_clear_error(text, message):
    with pytest.raises(RegistryError) as err:
        parse_registry(text, "people.yml")
    assert str(err.value).startswith(message)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(RegistryError, match="cannot read the people registry"):
        load_registry(tmp_path / "people.yml")


def test_stage_name_and_nickname_resolve_through_the_registry():
    reg = parse_registry("- name: Kairo\n- name: Imogen Blackwood\n  aliases: [Immy]\n")
    facts = extract("<p>Kairo was seen with Immy at the Savoy.</p>", "2024-01-01", reg)
    assert [p.name for p in facts.people] == ["Kairo", "Imogen Blackwood"]


def test_an_alias_with_words_in_lower_case_resolves_through_the_registry():
    reg = parse_registry("- name: Kairo\n  aliases: [Queen of Drill]\n")
    facts = extract("<p>The Queen of Drill waved at singer Tom Baxter.</p>", "2024-01-01", reg)
    assert [(p.name, [m.text for m in p.mentions]) for p in facts.people] == [
        ("Kairo", ["Queen of Drill"]),
        ("Tom Baxter", ["Tom Baxter"]),
    ]


def test_the_registry_says_whose_a_royal_style_is():
    reg = parse_registry("- name: Harry Windsor\n  aliases: [Duke of Sussex]\n")
    facts = extract("<p>The Duke of Sussex spoke.</p>", "2024-01-01", reg)
    assert [p.name for p in facts.people] == ["Harry Windsor"]


def test_excluded_person_is_never_tagged():
    reg = parse_registry("- name: Poppy Fox\n  exclude: true\n")
    html = "<p>Singer Tom Baxter took his daughter Poppy Fox to the park. Poppy loved it.</p>"
    facts = extract(html, "2024-01-01", reg)
    assert [p.name for p in facts.people] == ["Tom Baxter"]


def test_a_reader_of_many_posts_reads_each_as_extract_does_with_the_registry():
    """A reader makes the registry's names and index once for all its posts."""
    from pathlib import Path

    from pelican_celebmeta.cli import read_post
    from pelican_celebmeta.core.batch import Job, Reader
    from pelican_celebmeta.core.facts import facts_from_data

    corpus = Path(__file__).parent / "annotated"
    registry = load_registry(str(corpus / "people.yml"))
    assert registry.people
    reader = Reader(registry)
    for i, path in enumerate(sorted((corpus / "posts").glob("*.md"))):
        post = read_post(path)
        alone = extract(post.html, post.date[:10], registry, title=post.title)
        outcome = reader.read(Job(str(i), post.html, post.date, post.title))
        mine = facts_from_data(outcome.facts)
        assert [(p.name, p.salience, p.from_registry) for p in mine.people] == [
            (p.name, p.salience, p.from_registry) for p in alone.people
        ], path.name
        assert [(e.type, e.name, e.attendees) for e in mine.events] == [
            (e.type, e.name, e.attendees) for e in alone.events
        ], path.name


def test_a_royal_style_joins_the_registry_name_the_post_already_uses():
    reg = parse_registry("- name: Harry Windsor\n  aliases: [Prince Harry]\n")
    html = "<p>Prince Harry, 39, arrived first. Later the Duke of Sussex smiled.</p>"
    [harry] = extract(html, "2024-01-01", reg).people
    assert (harry.name, [m.text for m in harry.mentions], harry.age.years) == (
        "Harry Windsor",
        ["Prince Harry", "Duke of Sussex"],
        39,
    )


def test_a_registry_name_with_a_particle_is_read_as_a_name():
    reg = parse_registry("- name: Ana de Armas\n")
    [ana] = extract("<p>Actress Ana de Armas, 35, arrived.</p>", "2024-01-01", reg).people
    assert (ana.name, ana.age.years, ana.descriptors) == ("Ana de Armas", 35, ("Actress",))
