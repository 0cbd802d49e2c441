"""Writes what the plugin adds to a site: person pages, the people index,
a feed per person and the ``celebmeta.json`` export."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Callable
from typing import Any

from markupsafe import Markup
from pelican.generators import Generator
from pelican.utils import get_relative_path, path_to_url

from ..site import display
from ..site.export import export_sections, write_export
from ..site.jsonld import (
    dumps_for_script,
    people_page_graph,
    person_page_graph,
    stories_page_graph,
    story_page_graph,
)
from .attributes import clear_attributes
from .feeds import AtomWriter
from .inject import with_head
from .pages import WithLater, page_template
from .renders import Later
from .state import CONTEXT_KEY, get_state
from .templating import jsonld_script_text

logger = logging.getLogger(__name__)


class CelebmetaGenerator(Generator):
    """Person, people, story and stories pages, their feeds and the export, once per build."""

    def generate_output(self, writer: Any) -> None:
        state = get_state(self.context)
        if state is None:
            return
        try:
            if state.model is not None:
                self.write_pages(writer)
                self._log_summary(state)
        finally:
            release(self.context)

    def write_pages(self, writer: Any) -> None:
        """Person, people, story and stories pages, their feeds and the export."""
        state = get_state(self.context)
        settings = state.settings
        model = state.model
        relative = self.settings.get("RELATIVE_URLS", False)
        people = _people(model)
        # An event is on the timeline of each of its people and stories, a name in the
        # "often seen with" of many: each entry is made, each name folded, once.
        made: dict[tuple[int, int], Any] = {}  # the model keeps events and posts alive

        def entry(event: Any, post: Any) -> Any:
            found = made.get((id(event), id(post)))
            if found is None:
                found = made[(id(event), id(post))] = display.event_entry(event, post)
            return found

        name_key = functools.cache(display.sort_key)
        if settings.person_save_as:
            template = page_template(self, "person", state)
            # A post is listed on the page of each of its people: its summary, as Pelican
            # made it and as text, is had once a build, not once per page that lists it.
            summaries: dict[str, str] = {}
            texts: dict[str, str] = {}

            def summary(post: Any) -> str:
                found = summaries.get(post.key)
                if found is None:
                    article = state.contents[post.key]
                    # Pelican keeps each summary by the site URL its links were made for,
                    # and a person page's differs from the article's own ("../.." against
                    # "."): ask for the article page's, which its theme has most often
                    # made already (its URL is kept as it is written: Pelican's save_as
                    # costs more than the rest of this). Links do not outlive striptags, so
                    # the text is the same.
                    siteurl = (
                        state.page_siteurls.get(post.key)
                        or path_to_url(get_relative_path(article.save_as))
                        if relative
                        else self.context.get("localsiteurl", "")
                    )
                    found = summaries[post.key] = article.get_summary(siteurl) or ""
                return found

            def summary_text(post: Any) -> str:
                text = texts.get(post.key)
                if text is None:
                    text = texts[post.key] = Markup(summary(post)).striptags()
                return text

            for person in people:
                articles = [state.contents[post.key] for post, _ in person.posts]
                # Each listed post as (record, article): the record's URL, title and
                # date are made once a build; the article gives only its summary.
                entries = [(post, state.contents[post.key]) for post, _ in person.posts]
                graph = functools.cache(functools.partial(person_page_graph, state.site, person))
                feed_url = (
                    settings.person_feed_atom.format(slug=person.slug)
                    if settings.person_feed_atom
                    else None
                )
                url = settings.person_url.format(slug=person.slug)
                later = Later(
                    {
                        "person_timeline": functools.partial(
                            display.event_timeline, person.events, entry
                        ),
                        "person_often_seen_with": functools.partial(
                            display.often_seen_with, person, model.people, name_key=name_key
                        ),
                        "person_summaries": functools.partial(_summaries, person, summary_text),
                        "celebmeta_graph": graph,
                    },
                    key=[summary(post) for post, _ in person.posts],
                )
                writer.write_file(
                    settings.person_save_as.format(slug=person.slug),
                    _with_graph(WithLater(template, later), graph, state, "person:" + person.slug),
                    self.context,
                    relative_urls=relative,
                    # One page per person unless PAGINATED_TEMPLATES names "person", as for
                    # any template Pelican does not paginate by default: a person's posts
                    # are listed in a line each, and 10 a page made four files of one.
                    paginated={"person_articles": articles, "person_entries": entries},
                    template_name="person",
                    url=url,
                    person=person,
                    person_articles=articles,
                    person_entries=entries,
                    person_events=person.events,
                    person_salience={post.url: salience for post, salience in person.posts},
                    person_feed_url=feed_url,
                    celebmeta_title=person.name,
                    celebmeta_feed_url=feed_url,
                    page_name=url.rstrip("/"),
                )
                state.pages_written += 1
        if settings.people_save_as:
            graph = people_page_graph(state.site, settings.people_url, model)
            writer.write_file(
                settings.people_save_as,
                _with_graph(page_template(self, "people", state), lambda: graph, state, "people"),
                self.context,
                relative_urls=relative,
                people=people,
                people_groups=display.people_by_initial(people),
                celebmeta_title="People",
                celebmeta_graph=graph,
                page_name=settings.people_url.rstrip("/"),
                url=settings.people_url,
            )
            state.pages_written += 1
        feeds = AtomWriter(
            self.settings,
            self.output_path,
            url_of=lambda article: state.records[state.keys_by_id[id(article)]].url,
        )
        if settings.person_feed_atom:
            for person in people:
                articles = [
                    state.contents[post.key] for post, _ in person.posts[: settings.feed_max_items]
                ]
                feeds.write(
                    articles, settings.person_feed_atom.format(slug=person.slug), person.name
                )
                state.pages_written += 1
        self._write_stories(writer, feeds, state, relative, entry)
        if settings.export:
            path = os.path.join(self.output_path, settings.export)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8") as fh:
                write_export(fh, export_sections(model, state.stories))
            state.pages_written += 1

    def _log_summary(self, state: Any) -> None:
        model = state.model
        events = len(model.events.all)
        logger.info(
            "celebmeta: %d people, %d events and %d stories in %d posts; %d pages written; "
            "%d article pages marked up; "
            "%d posts unreadable; %d readings here, %d in worker processes, %d from the cache, "
            "%d second readings guessed right; %d graphs and %d renders from the cache; in %.2f s",
            len(_people(model)),
            events,
            len(state.stories),
            len(model.posts),
            state.pages_written,
            state.injected,
            state.unreadable,
            state.extractor.read_here,
            state.extractor.read_by_workers,
            state.cache.hits,
            state.extractor.guessed,
            state.graph_cache.hits,
            state.render_cache.hits,
            time.perf_counter() - state.started,
        )

    def _write_stories(
        self,
        writer: Any,
        feeds: AtomWriter,
        state: Any,
        relative: bool,
        entry: display.EntryMaker,
    ) -> None:
        settings = state.settings
        model = state.model
        story_template = page_template(self, "story", state) if settings.story_save_as else None
        for story in state.stories:
            articles = [state.contents[p.key] for p in story.posts]
            feed_url = (
                settings.story_feed_atom.format(slug=story.slug)
                if settings.story_feed_atom
                else None
            )
            if settings.story_save_as:
                graph = functools.cache(
                    functools.partial(story_page_graph, state.site, story, model)
                )
                later = Later(
                    {
                        "story_timeline": functools.partial(
                            display.story_timeline, story.posts, story.events, entry
                        ),
                        "celebmeta_graph": graph,
                    }
                )
                writer.write_file(
                    settings.story_save_as.format(slug=story.slug),
                    _with_graph(
                        WithLater(story_template, later), graph, state, "story:" + story.slug
                    ),
                    self.context,
                    relative_urls=relative,
                    story=story,
                    story_articles=articles,
                    story_people=_story_people(story, model),
                    story_feed_url=feed_url,
                    celebmeta_title=story.title,
                    celebmeta_feed_url=feed_url,
                    page_name=story.url.rstrip("/"),
                    url=story.url,
                )
                state.pages_written += 1
            if feed_url:
                newest_first = sorted(
                    articles, key=lambda a: (a.date, a.relative_source_path), reverse=True
                )
                feeds.write(newest_first[: settings.feed_max_items], feed_url, story.title)
                state.pages_written += 1
        if settings.stories_save_as:
            graph = stories_page_graph(state.site, settings.stories_url, state.stories)
            writer.write_file(
                settings.stories_save_as,
                _with_graph(page_template(self, "stories", state), lambda: graph, state, "stories"),
                self.context,
                relative_urls=relative,
                stories=state.stories,
                stories_people={s.slug: _story_people(s, model) for s in state.stories},
                celebmeta_title="Stories",
                celebmeta_graph=graph,
                page_name=settings.stories_url.rstrip("/"),
                url=settings.stories_url,
            )
            state.pages_written += 1


def _people(model: Any) -> list[Any]:
    """Everyone with a page, in the order of the people index (by surname)."""
    return sorted(
        (p for p in model.people.values() if p.has_page),
        key=lambda p: (display.sort_key(p.name), p.slug),
    )


def _story_people(story: Any, model: Any) -> list[Any]:
    return [model.people[n] for n in story.people if n in model.people]


def release(context: dict[str, Any]) -> None:
    """Drop this build's data once every page is written.

    Pelican keeps content objects alive after a build (its memoised methods
    hold them), and they hold the build context: without this, every
    ``--autoreload`` rebuild would keep the previous build's people and
    stories in memory.
    """
    state = context.pop(CONTEXT_KEY, None)
    if state is None:
        return
    for hook in state.release_hooks:
        hook()
    state.release_hooks.clear()
    for content in state.contents.values():
        clear_attributes(content)
    state.contents.clear()
    state.records.clear()
    state.facts_by_id.clear()
    state.keys_by_id.clear()
    state.page_siteurls.clear()
    state.positions.clear()
    state.related = None
    state.stories = []
    state.model = None
    state.graphs = None
    state.parsed_templates.clear()


def _summaries(person: Any, summary_text: Callable[[Any], str]) -> dict[str, str]:
    """Each of ``person``'s posts' summary as text, by URL."""
    return {post.url: summary_text(post) for post, _ in person.posts}


def _with_graph(template: Any, graph: Callable[[], dict[str, Any]], state: Any, name: str) -> Any:
    """The page's template, with its JSON-LD put into ``<head>`` when auto-injection is on.

    ``name`` names the page in the JSON-LD cache: a site that did not change
    gets its graph's text back rather than making and encoding the graph again.
    """
    if not state.settings.auto_inject:
        return template
    text = state.graph_cache.get(name)
    if text is None:
        text = dumps_for_script(graph())
        state.graph_cache.put(name, text)
    return with_head(template, str(jsonld_script_text(text)))
