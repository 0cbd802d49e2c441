"""Command line: ``python -m pelican_celebmeta extract|ner ...``.

Reads posts without Pelican, so scripts, tests and benchmarks can see what
the plugin would see. Output is JSON Lines on stdout, one object a post.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .core import PostFacts, Registry, RegistryError, extract, load_registry
from .core.facts import metadata_names
from .core.nameindex import NameIndex
from .core.pipeline import extract_text
from .core.slugs import slugify
from .site.resolve import resolve_site

_META = re.compile(r"^([A-Za-z][\w-]*):\s*(.*)$")


@dataclass
class Post:
    source: str
    html: str
    title: str = ""
    slug: str = ""
    date: str | None = None
    people: list[str] = field(default_factory=list)
    people_exclude: list[str] = field(default_factory=list)


def read_markdown(path: Path) -> Post:
    import markdown  # Pelican's own Markdown reader uses the same library.

    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    lines = text.splitlines()
    body_at = 0
    for i, line in enumerate(lines):
        m = _META.match(line)
        if not m:
            body_at = i
            break
        meta[m.group(1).lower()] = m.group(2).strip()
    else:
        body_at = len(lines)
    body = "\n".join(lines[body_at:])
    html = markdown.markdown(body, extensions=["extra"])
    return Post(
        source=str(path),
        html=html,
        title=meta.get("title", ""),
        slug=meta.get("slug", ""),
        date=meta.get("date"),
        people=metadata_names(meta.get("people", "")),
        people_exclude=metadata_names(meta.get("people_exclude", "")),
    )


def read_html(path: Path) -> Post:
    from lxml import html as lhtml

    text = path.read_text(encoding="utf-8")
    root = lhtml.document_fromstring(text)
    metas = {
        (m.get("name") or "").lower(): m.get("content") or ""
        for m in root.iter("meta")
        if m.get("name")
    }
    body = root.find("body")
    inner = (
        "".join(lhtml.tostring(child, encoding="unicode") for child in body)
        if body is not None
        else text
    )
    if body is not None and body.text:
        inner = body.text + inner
    title_el = root.find(".//title")
    return Post(
        source=str(path),
        html=inner,
        title=title_el.text_content().strip() if title_el is not None else "",
        slug=metas.get("slug", ""),
        date=metas.get("date"),
        people=metadata_names(metas.get("people", "")),
        people_exclude=metadata_names(metas.get("people_exclude", "")),
    )


def read_post(path: Path) -> Post:
    post = read_html(path) if path.suffix.lower() in (".html", ".htm") else read_markdown(path)
    post.slug = post.slug or slugify(post.title or path.stem)
    return post


def _post_date(post: Post, default: str | None) -> str:
    raw = post.date or default
    if not raw:
        raise ValueError("no Date: metadata; pass --date YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(raw.strip()[:10]).isoformat()
    except ValueError:
        raise ValueError(f"cannot read the date {raw!r}; use YYYY-MM-DD") from None


def _extract_post(
    post: Post, date: str, registry: Registry | None, known: NameIndex | None
) -> PostFacts:
    return extract(
        post.html,
        date,
        registry,
        title=post.title,
        people=post.people,
        people_exclude=post.people_exclude,
        known=known,
    )


def cmd_extract(args: argparse.Namespace) -> int:
    registry = None
    if args.registry:
        try:
            registry = load_registry(args.registry)
        except RegistryError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    failed = False
    posts: list[tuple[Post, str]] = []
    slots: list[tuple[Post, str] | None] = []
    for name in args.files:
        try:
            post = read_post(Path(name))
            date = _post_date(post, args.date)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            print(f"error: {name}: {reason}", file=sys.stderr)
            failed = True
            slots.append(None)
            continue
        posts.append((post, date))
        slots.append((post, date))
    facts = [_extract_post(p, d, registry, None) for p, d in posts]
    if not args.no_site:
        facts = resolve_site(facts, lambda i, idx: _extract_post(*posts[i], registry, idx))
    by_id = {id(p): f for (p, _), f in zip(posts, facts, strict=True)}
    for slot in slots:
        if slot is None:
            continue
        post, _ = slot
        record = {"slug": post.slug, "title": post.title, "source": post.source}
        record.update(by_id[id(post)].to_json())
        print(json.dumps(record, ensure_ascii=False, sort_keys=False))
    return 1 if failed else 0


def cmd_ner(args: argparse.Namespace) -> int:
    """Person spans for each ``{"id","text"}`` line, for the NER scorer."""
    docs = []
    with open(args.file, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                docs.append((rec["id"], rec["text"]))
            except (ValueError, KeyError):
                print(f"error: {args.file}:{n}: not an {{id, text}} JSON line", file=sys.stderr)
                return 2
    date = args.date or dt.date.today().isoformat()
    facts = [extract_text(text, date) for _, text in docs]
    if not args.no_site:
        facts = resolve_site(facts, lambda i, idx: extract_text(docs[i][1], date, known=idx))
    for (doc_id, _), f in zip(docs, facts, strict=True):
        spans = sorted({(m.start, m.end) for p in f.people for m in p.mentions})
        print(json.dumps({"id": doc_id, "people": [list(s) for s in spans]}))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m pelican_celebmeta", description=__doc__.split("\n")[0]
    )
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="print each post's people and events as JSON Lines")
    ex.add_argument("files", nargs="+", help="Markdown (.md) or HTML (.html) posts")
    ex.add_argument("--date", help="publication date for posts without Date: metadata (YYYY-MM-DD)")
    ex.add_argument("--registry", help="people registry (people.yml)")
    ex.add_argument(
        "--no-site", action="store_true", help="read each post alone (no site-wide resolution)"
    )
    ex.set_defaults(func=cmd_extract)
    ner = sub.add_parser("ner", help="person spans for {id, text} JSON Lines (for scoring)")
    ner.add_argument("file")
    ner.add_argument("--date", help="reference date (default: today)")
    ner.add_argument("--no-site", action="store_true", help="resolve names per document only")
    ner.set_defaults(func=cmd_ner)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.func(args)
