"""Jinja templates of pelican-celebmeta (installed as ``pelican_celebmeta.templates``).

A theme overrides any of them by shipping a template of the same name.
"""
