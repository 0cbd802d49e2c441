"""Story threads from main people, rarity and time; stable and order-free."""

import random

from bcubed import bcubed

from pelican_celebmeta.site.threads import ThreadingSettings, ThreadInput, build_threads


def post(key: str, day: str, *main: str, story: str | None = None) -> ThreadInput:
    return ThreadInput(key=key, date=f"{day}T10:00:00", main=main, story=story)


def stories(posts, **settings) -> dict[str, list[str]]:
    return {s.slug: s.keys for s in build_threads(posts, ThreadingSettings(**settings))}


COUPLE = [
    post("a1", "2024-01-05", "Tom Cruise", "Elsina Khayrova"),
    post("a2", "2024-02-14", "Elsina Khayrova", "Tom Cruise"),
    post("a3", "2024-03-01", "Tom Cruise", "Elsina Khayrova"),
]


def test_posts_about_the_same_couple_form_one_story_named_by_its_first_post():
    assert stories(COUPLE) == {"tom-cruise-elsina-khayrova": ["a1", "a2", "a3"]}


def test_one_shared_person_does_not_join_two_couples():
    posts = [
        *COUPLE,
        post("b1", "2024-01-20", "Tom Cruise", "Noor Haldane"),
        post("b2", "2024-02-20", "Noor Haldane", "Tom Cruise"),
    ]
    assert stories(posts) == {
        "tom-cruise-elsina-khayrova": ["a1", "a2", "a3"],
        "tom-cruise-noor-haldane": ["b1", "b2"],
    }


def test_a_ubiquitous_person_links_nothing():
    host = "Declan McAllister"
    posts = [post(f"h{i:02d}", f"2024-01-{i + 1:02d}", host, f"Guest {i}") for i in range(24)]
    posts += [post("x", "2024-01-25", host, "Guest 99")]
    assert stories(posts) == {}


def test_the_same_people_after_a_long_silence_start_a_new_story():
    posts = [*COUPLE, post("c1", "2025-06-01", "Tom Cruise", "Elsina Khayrova"),
             post("c2", "2025-06-09", "Tom Cruise", "Elsina Khayrova")]  # fmt: skip
    assert stories(posts, gap_days=180) == {
        "tom-cruise-elsina-khayrova": ["a1", "a2", "a3"],
        "tom-cruise-elsina-khayrova-2": ["c1", "c2"],
    }


def test_single_posts_are_in_no_story():
    assert stories([post("s", "2024-01-01", "Noor Haldane")]) == {}


def test_author_overrides_name_a_story_or_keep_a_post_out():
    posts = [
        post("a1", "2024-01-05", "Tom Cruise", "Elsina Khayrova"),
        post("a2", "2024-02-14", "Tom Cruise", "Elsina Khayrova", story="none"),
        post("a3", "2024-03-01", "Tom Cruise", "Elsina Khayrova"),
        post("r1", "2024-03-02", "Noor Haldane", story="Royal Ascot 2024"),
        post("r2", "2024-03-03", "Idris Kowalczyk", story="Royal Ascot 2024"),
    ]
    assert stories(posts) == {
        "tom-cruise-elsina-khayrova": ["a1", "a3"],
        "royal-ascot-2024": ["r1", "r2"],
    }


def _random_site(seed: int, n: int = 120) -> list[ThreadInput]:
    rng = random.Random(seed)
    cast = [f"Person {i}" for i in range(30)]
    out = []
    for i in range(n):
        day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out.append(post(f"p{i:03d}", day, *rng.sample(cast, rng.randint(1, 3))))
    return out


def test_reading_order_does_not_matter():
    posts = _random_site(1)
    expected = stories(posts)
    for seed in range(5):
        shuffled = posts[:]
        random.Random(seed).shuffle(shuffled)
        assert stories(shuffled) == expected


def test_adding_a_newer_post_never_changes_older_stories():
    posts = sorted(_random_site(2), key=lambda p: p.date)
    before = {k: slug for slug, keys in stories(posts[:-1], min_posts=1).items() for k in keys}
    after = {k: slug for slug, keys in stories(posts, min_posts=1).items() for k in keys}
    assert {k: after[k] for k in before} == before


def test_bcubed_counts_pairs_right_and_wrong():
    gold = {"a": "x", "b": "x", "c": None}
    assert bcubed(gold, {"a": "s", "b": "s"}) == (1.0, 1.0, 1.0)
    p, r, _ = bcubed(gold, {"a": "s", "b": "s", "c": "s"})
    assert (round(p, 3), r) == (0.556, 1.0)
