"""A small deterministic gossip site for tests of the real command line.

Couples of made-up people appear together post after post (so each has a
person page and a story); now and then a guest appears in one post only
(so has no page). ``truth`` says who is where.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from pathlib import Path

GIVEN = [
    "Noor", "Idris", "Ottilie", "Declan", "Marisol", "Tobias", "Ingrid", "Rafael",
    "Lucinda", "Matteo", "Greta", "Anselm", "Priya", "Casimir", "Delphine", "Ezra",
]  # fmt: skip
SURNAMES = [
    "Haldane", "Kowalczyk", "Marchetti", "Ashworth", "Belmonte", "Castellano", "Draycott",
    "Fairbrother", "Gallagher", "Hollingsworth", "Iverson", "Jaramillo", "Kingsley",
    "Lindqvist", "Montgomery", "Northcott",
]  # fmt: skip
GUESTS = [
    "Harriet Quenby", "Rupert Trevanion", "Imogen Ollerenshaw", "Felix Pendlebury",
    "Beatrice Wetherall", "Oliver Ravensworth", "Clementine Ashdown", "Jasper Thistlewood",
]  # fmt: skip
JOBS = ["singer", "actor", "model", "presenter"]
PLACES = ["London", "Paris", "Milan", "Madrid"]

CONF = """\
AUTHOR = "Gossip Desk"
SITENAME = "The Velvet Rope"
SITEURL = "https://velvet.example"
PATH = "content"
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
PLUGINS = ["pelican_celebmeta"]
"""


@dataclass
class Truth:
    posts: dict[str, list[str]] = field(default_factory=dict)  # slug -> people

    def people(self) -> dict[str, list[str]]:
        """Person -> slugs of their posts."""
        out: dict[str, list[str]] = {}
        for slug, names in sorted(self.posts.items()):
            for name in names:
                out.setdefault(name, []).append(slug)
        return out


def couples() -> list[tuple[str, str]]:
    names = [f"{g} {s}" for g, s in zip(GIVEN, SURNAMES, strict=True)]
    return [(names[i], names[i + 1]) for i in range(0, len(names), 2)]


def post_text(
    slug: str, day: dt.date, a: str, b: str, guest: str | None, rng: random.Random
) -> str:
    job_a, job_b = rng.sample(JOBS, 2)
    place = rng.choice(PLACES)
    body = (
        f"{job_a.capitalize()} {a} and {job_b} {b} were seen at a party in {place} last week. "
        f"{a.split()[-1]} wore a silver dress and {b.split()[-1]} laughed all night.\n"
    )
    if guest:
        body += f"\nTheir friend, chef {guest}, cooked dinner for the couple.\n"
    return (
        f"Title: {a} and {b} step out in {place}\nDate: {day.isoformat()} 10:00\n"
        f"Slug: {slug}\nCategory: Couples\n\n{body}"
    )


def make_site(root: Path, posts: int, seed: int = 1) -> Truth:
    """Write ``pelicanconf.py`` and ``content/`` with ``posts`` posts under ``root``."""
    rng = random.Random(seed)
    content = root / "content"
    content.mkdir(parents=True, exist_ok=True)
    (root / "pelicanconf.py").write_text(CONF, encoding="utf-8")
    pairs = couples()
    guests = iter(GUESTS)
    truth = Truth()
    start = dt.date(2023, 1, 1)
    for n in range(posts):
        a, b = pairs[n % len(pairs)]
        guest = next(guests, None) if n % 37 == 5 else None
        slug = f"post-{n:04d}"
        day = start + dt.timedelta(days=n // 3)
        (content / f"{slug}.md").write_text(
            post_text(slug, day, a, b, guest, rng), encoding="utf-8"
        )
        truth.posts[slug] = [a, b] + ([guest] if guest else [])
    return truth
