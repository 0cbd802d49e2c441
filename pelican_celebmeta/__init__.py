"""pelican-celebmeta: people, events, JSON-LD and story threads for gossip sites.

``PLUGINS = ["pelican_celebmeta"]`` in ``pelicanconf.py`` loads it; an
installed copy is also found as the namespace plugin ``pelican.plugins.celebmeta``.
"""

__version__ = "0.1.0"


def register() -> None:
    from .plugin import register as _register

    _register()
