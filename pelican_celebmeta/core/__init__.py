"""The extraction core: one post in, plain facts out. Knows nothing of Pelican."""

from typing import TYPE_CHECKING, Any

from .facts import EVENT_TYPES, Age, Entity, Event, Mention, PartialDate, Person, PostFacts
from .registry import Registry, RegistryError, RegistryPerson, load_registry, parse_registry

__all__ = [
    "EVENT_TYPES",
    "Age",
    "Entity",
    "Event",
    "Mention",
    "PartialDate",
    "Person",
    "PostFacts",
    "Registry",
    "RegistryError",
    "RegistryPerson",
    "extract",
    "load_registry",
    "parse_registry",
]

if TYPE_CHECKING:
    from .pipeline import extract


def __getattr__(name: str) -> Any:
    # ``extract`` loads the reading rules (word lists' code, patterns, the person model's
    # reader): only on first use, so that importing the plugin into a build that reads
    # no post itself costs none of it.
    if name == "extract":
        from .pipeline import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
