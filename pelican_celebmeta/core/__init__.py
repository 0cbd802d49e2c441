"""The extraction core: one post in, plain facts out. Knows nothing of Pelican."""

from .extract import extract
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
