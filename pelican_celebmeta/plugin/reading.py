"""Read every published article once per build and index the site.

Drafts and hidden articles are never read: nothing of them may reach
another page. A post that cannot be analysed is logged with its file name
and published without people, never dropped. Facts come from the on-disk
cache when the post is unchanged; the rest are extracted, in a process
pool when there are enough of them to pay for one.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any

from ..core import PostFacts, Registry
from ..core.extract import Reading, assemble, read_html
from ..core.lexicon import lexicon
from ..core.people import NameIndex
from ..site.model import PostRecord, build_site
from ..site.resolve import resolve_site
from ..site.stories import build_stories, related_posts
from ..site.threads import ThreadingSettings
from .cache import post_key
from .state import BuildState

logger = logging.getLogger(__name__)

_OFF = {"off", "false", "no", "0", "none"}
# A pool pays only with spare cores and many posts to read: measured on a 2-core
# machine, 1,000 uncached posts built slower with 2 workers than with none
# (forking Pelican's process and moving each post's HTML and facts cost more
# than the 2.5 ms a post the second core saved).
POOL_THRESHOLD = 500
POOL_MIN_CORES = 4


def _names(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split(",") if v.strip()]
    return [str(v).strip() for v in value if str(v).strip()]


def enabled(content: Any) -> bool:
    return str(content.metadata.get("celebmeta", "on")).strip().lower() not in _OFF


@dataclass(frozen=True, slots=True)
class Job:
    """One post to extract: plain data, so it can cross to a worker process."""

    source: str
    html: str
    date: str
    title: str
    people: tuple[str, ...]
    people_exclude: tuple[str, ...]

    def key(self, registry: Registry | None, known: Any = None) -> str:
        fingerprint = registry.fingerprint() if registry else ""
        return post_key(
            self.html, self.date, self.title, self.people, self.people_exclude, fingerprint, known
        )


def _job(content: Any) -> Job:
    meta = content.metadata
    return Job(
        source=content.source_path,
        html=content.content,
        date=content.date.isoformat(),
        title=getattr(content, "title", ""),
        people=tuple(_names(meta.get("people"))),
        people_exclude=tuple(_names(meta.get("people_exclude"))),
    )


def _read_job(job: Job, registry: Registry | None) -> tuple[PostFacts | str, Reading | None]:
    """Read and assemble one post; a failure comes back as its message, never raised.

    The reading is kept when names are left for site-wide resolution, which
    then re-assembles it instead of reading the post again.
    """
    try:
        reading = read_html(
            job.html,
            job.date,
            registry,
            title=job.title,
            people=job.people,
            people_exclude=job.people_exclude,
        )
        facts = assemble(reading)
    except Exception as exc:  # one bad post must never stop a build
        return f"{type(exc).__name__}: {exc}", None
    return facts, (reading if facts.unresolved else None)


def run_job(job: Job, registry: Registry | None) -> PostFacts | str:
    """``_read_job`` without the reading, for worker processes."""
    return _read_job(job, registry)[0]


def _run_jobs(
    jobs: list[Job], registry: Registry | None, workers: int, readings: dict[int, Reading]
) -> list[PostFacts | str]:
    if workers == 0:
        cores = os.cpu_count() or 1
        workers = (
            min(cores - 1, 4) if cores >= POOL_MIN_CORES and len(jobs) >= POOL_THRESHOLD else 1
        )
    if workers <= 1 or len(jobs) < 2:
        out: list[PostFacts | str] = []
        for i, job in enumerate(jobs):
            facts, reading = _read_job(job, registry)
            out.append(facts)
            if reading is not None:
                readings[i] = reading
        return out
    lexicon()  # loaded once here, inherited by forked workers
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context(method)) as pool:
        chunk = max(1, len(jobs) // (workers * 8))
        return list(pool.map(run_job, jobs, [registry] * len(jobs), chunksize=chunk))


def _empty(job: Job) -> PostFacts:
    return PostFacts(published=job.date[:10], text="")


def _iso(value: Any) -> str:
    return value.isoformat() if value is not None else ""


def _image(content: Any) -> str | None:
    for key in ("image", "cover", "featured_image", "og_image"):
        value = content.metadata.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def _record(content: Any, facts: PostFacts, original: str | None) -> PostRecord:
    authors = tuple(
        (str(a), getattr(a, "url", "") or "") for a in getattr(content, "authors", ()) or ()
    )
    return PostRecord(
        key=content.relative_source_path or content.source_path,
        slug=content.slug,
        url=content.url,
        title=getattr(content, "title", ""),
        date=_iso(getattr(content, "date", None)),
        modified=_iso(getattr(content, "modified", None)),
        facts=facts,
        authors=authors,
        image=_image(content),
        summary="",
        lang=getattr(content, "lang", "") or "",
        translation_of=original,
        date_display=getattr(content, "locale_date", "") or "",
    )


def extract_all(
    state: BuildState, jobs: list[Job], readings: dict[int, Reading]
) -> list[PostFacts]:
    """Facts for each job, from the cache where possible; failures are warned about.

    ``readings`` receives, by job index, the readings of freshly read posts that
    left names for site-wide resolution (it re-assembles them instead of re-reading).
    """
    cache, registry = state.cache, state.registry
    keys = [job.key(registry) for job in jobs]
    out: list[PostFacts | None] = [cache.get(k) for k in keys]
    missing = [i for i, facts in enumerate(out) if facts is None]
    fresh: dict[int, Reading] = {}
    results = _run_jobs([jobs[i] for i in missing], registry, state.settings.workers, fresh)
    readings.update({missing[j]: reading for j, reading in fresh.items()})
    for i, result in zip(missing, results, strict=True):
        if isinstance(result, str):
            state.unreadable += 1
            logger.warning(
                "celebmeta: could not analyse %s (%s); it is published without people",
                jobs[i].source,
                result,
            )
            out[i] = _empty(jobs[i])
        else:
            out[i] = result
            cache.put(keys[i], result)
    return [f for f in out if f is not None]


def read_contents(state: BuildState, contents: Iterable[tuple[Any, str | None]]) -> None:
    """Extract facts for each (content, original key) and build the site model."""
    items = [(c, orig) for c, orig in contents if enabled(c) and getattr(c, "date", None)]
    items.sort(key=lambda item: item[0].relative_source_path or item[0].source_path)
    jobs = [_job(content) for content, _ in items]
    readings: dict[int, Reading] = {}
    facts = extract_all(state, jobs, readings)

    def reread(i: int, index: NameIndex) -> PostFacts:
        # Keyed by what the site index answers for this post's unresolved names.
        answers = tuple(
            (s.token, tuple(sorted(index.lookup(s.token)))) for s in facts[i].unresolved
        )
        key = jobs[i].key(state.registry, answers)
        cached = state.cache.get(key)
        if cached is not None:
            return cached
        reading = readings.pop(i, None)
        if reading is None:  # read in a worker process (or cached): read it again here
            _, reading = _read_job(jobs[i], state.registry)
        if reading is None:
            return facts[i]
        result = assemble(reading, index)
        state.cache.put(key, result)
        return result

    facts = resolve_site(facts, reread)
    state.cache.save()
    records = []
    for (content, original), f in zip(items, facts, strict=True):
        record = _record(content, f, original)
        records.append(record)
        state.records[record.key] = record
        state.contents[record.key] = content
        state.facts_by_id[id(content)] = f
        state.keys_by_id[id(content)] = record.key
        content.celebmeta = f
    state.model = build_site(records, state.registry, state.settings.person_url)
    options = state.settings
    overrides = {
        key: str(state.contents[key].metadata["story"]).strip()
        for key in state.records
        if state.contents[key].metadata.get("story")
    }
    state.stories, state.positions = build_stories(
        state.model,
        overrides,
        options.story_url,
        ThreadingSettings(gap_days=options.story_gap_days, min_posts=options.story_min_posts),
    )
    if options.related_posts:
        state.related = related_posts(state.model, state.positions, options.related_posts)
    for key, content in state.contents.items():
        content.celebmeta_story = state.positions.get(key)
        content.celebmeta_related = [state.contents[r.key] for r in state.related.get(key, ())]
