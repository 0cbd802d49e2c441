"""The story the project started from, retold in tests/fixtures/seed-story.md."""

from pathlib import Path

from pelican_celebmeta.cli import read_post
from pelican_celebmeta.core import extract

SEED = Path(__file__).parent / "fixtures" / "seed-story.md"


def read():
    post = read_post(SEED)
    return extract(post.html, post.date, title=post.title)


def test_exactly_the_four_people_with_their_salience_and_ages():
    facts = read()
    assert [(p.name, p.salience, p.age.years if p.age else None) for p in facts.people] == [
        ("Tom Cruise", "main", 61),
        ("Elsina Khayrova", "main", 36),
        ("Dmitry Tsetkov", "mentioned", None),
        ("Prince William", "mentioned", None),
    ]


def test_look_alikes_are_places_and_organisations():
    facts = read()
    assert {"Knightsbridge", "London", "Hyde Park"} <= {e.name for e in facts.places}
    assert {"Page Six", "Air Ambulance Charity"} <= {e.name for e in facts.organizations}


def test_the_party_the_gala_and_the_divorce():
    facts = read()
    got = {
        e.type: (
            e.date.value if e.date else None,
            e.date.precision if e.date else None,
            set(e.attendees),
        )
        for e in facts.events
    }
    assert got == {
        "party": ("2023-12", "month", {"Tom Cruise", "Elsina Khayrova"}),
        "gala": (None, None, {"Tom Cruise", "Elsina Khayrova", "Prince William"}),
        "divorce": ("2022", "year", {"Elsina Khayrova", "Dmitry Tsetkov"}),
    }
    [gala] = [e for e in facts.events if e.type == "gala"]
    assert gala.name == "Gala for London’s Air Ambulance Charity"


def test_ages_are_not_dates():
    facts = read()
    assert not any(e.date and e.date.value in ("1936", "1961") for e in facts.events)
