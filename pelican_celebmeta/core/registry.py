"""The people registry: a site's own list of who is who (``people.yml``).

A registry entry names a person once, with aliases (nicknames, stage
names), links and profile facts. ``exclude: true`` marks someone who must
never be tagged (a private person, a minor). Loading validates every entry
and reports problems as ``RegistryError`` with the file and line.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

from .slugs import slugify


class RegistryError(ValueError):
    """A registry file that cannot be used; the message names file and line."""


@dataclass(frozen=True, slots=True)
class RegistryPerson:
    name: str
    slug: str
    aliases: tuple[str, ...] = ()
    same_as: tuple[str, ...] = ()
    job_title: str | None = None
    birth_date: str | None = None  # ISO date
    image: str | None = None
    description: str | None = None
    exclude: bool = False


@dataclass(frozen=True, slots=True)
class Registry:
    people: tuple[RegistryPerson, ...] = ()
    source: str = ""

    def get(self, name: str) -> RegistryPerson | None:
        return next((p for p in self.people if p.name == name), None)

    @property
    def excluded(self) -> frozenset[str]:
        return frozenset(p.name for p in self.people if p.exclude)

    def fingerprint(self) -> str:
        """A stable text that changes whenever any entry changes (for cache keys)."""
        return repr(self.people)


_FIELDS = {
    "name": str,
    "aliases": list,
    "sameAs": list,
    "jobTitle": str,
    "birthDate": (str, dt.date),
    "image": str,
    "description": str,
    "exclude": bool,
    "slug": str,
}
_URL = re.compile(r"^(https?://|/)\S+$")


def _fail(source: str, node: yaml.Node | None, message: str) -> RegistryError:
    line = f":{node.start_mark.line + 1}" if node is not None else ""
    return RegistryError(f"{source}{line}: {message}")


def parse_registry(text: str, source: str = "<registry>") -> Registry:
    """Parse registry YAML (a list of entries, or ``{people: [...]}``)."""
    import yaml  # here, not at the top: a site without a registry never loads it

    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RegistryError(f"{source}{where}: not valid YAML: {problem}") from None
    if data is None:
        return Registry((), source)
    if isinstance(data, dict) and set(data) == {"people"}:
        data = data["people"]
        root = root.value[0][1] if root is not None else None
    if not isinstance(data, list):
        raise _fail(source, root, "expected a list of people (each with at least a name)")
    nodes: list[Any] = root.value if root is not None else [None] * len(data)
    people: list[RegistryPerson] = []
    seen: dict[str, int] = {}
    for entry, node in zip(data, nodes, strict=True):
        people.append(_entry(entry, node, source))
        person = people[-1]
        for form in (person.name, *person.aliases):
            key = form.casefold()
            if key in seen and seen[key] != len(people) - 1:
                raise _fail(source, node, f"{form!r} names two different people")
            seen[key] = len(people) - 1
    slugs = [p.slug for p in people]
    dupes = sorted({s for s in slugs if slugs.count(s) > 1})
    if dupes:
        raise RegistryError(f"{source}: two people share the slug {dupes[0]!r}; give one a 'slug'")
    return Registry(tuple(people), source)


def _entry(entry: Any, node: yaml.Node | None, source: str) -> RegistryPerson:
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict):
        raise _fail(source, node, "each person must be a mapping with a 'name'")
    unknown = sorted(set(entry) - set(_FIELDS))
    if unknown:
        allowed = ", ".join(sorted(_FIELDS))
        raise _fail(source, node, f"unknown field {unknown[0]!r} (allowed: {allowed})")
    for key, kind in _FIELDS.items():
        if key in entry and entry[key] is not None and not isinstance(entry[key], kind):
            raise _fail(source, node, f"{key!r} has the wrong type ({type(entry[key]).__name__})")
    name = (entry.get("name") or "").strip()
    if not name:
        raise _fail(source, node, "an entry has no 'name'")
    aliases = tuple(str(a).strip() for a in entry.get("aliases") or () if str(a).strip())
    same_as = tuple(str(u).strip() for u in entry.get("sameAs") or ())
    for url in same_as:
        if not _URL.match(url):
            raise _fail(source, node, f"sameAs of {name!r} must be URLs, got {url!r}")
    birth = entry.get("birthDate")
    if isinstance(birth, str):
        try:
            birth = dt.date.fromisoformat(birth)
        except ValueError:
            raise _fail(source, node, f"birthDate of {name!r} must be YYYY-MM-DD") from None
    image = entry.get("image")
    if image is not None and not _URL.match(image):
        raise _fail(source, node, f"image of {name!r} must be a URL or a /path")
    return RegistryPerson(
        name=name,
        slug=entry.get("slug") or slugify(name),
        aliases=aliases,
        same_as=same_as,
        job_title=entry.get("jobTitle"),
        birth_date=birth.isoformat() if birth else None,
        image=image,
        description=entry.get("description"),
        exclude=bool(entry.get("exclude", False)),
    )


def load_registry(path: str | Path) -> Registry:
    """Read and validate a registry file; errors name the file and line."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read the people registry: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise RegistryError(f"{path}: the people registry is not UTF-8 text") from None
    return parse_registry(text, str(path))
