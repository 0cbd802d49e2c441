"""Namespace-plugin entry: Pelican finds ``pelican.plugins.celebmeta`` on its own."""

from pelican_celebmeta import register

__all__ = ["register"]
