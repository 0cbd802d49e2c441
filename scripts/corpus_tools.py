"""What the corpus builders share: reading a fetched repository, checking a record."""

from __future__ import annotations

import subprocess
from pathlib import Path


class Mirror:
    """Files of one revision of a repository: a bare git directory or a work tree."""

    def __init__(self, path: Path, rev: str) -> None:
        self.path = path
        self.rev = rev
        self.worktree = (path / ".git").exists() or not (path / "HEAD").is_file()

    def read(self, name: str) -> str:
        # utf-8-sig: some corpora's files open with a byte-order mark.
        if self.worktree:
            return (self.path / name).read_text(encoding="utf-8-sig")
        out = subprocess.run(
            ["git", f"--git-dir={self.path}", "show", f"{self.rev}:{name}"],
            check=True,
            capture_output=True,
        )
        return out.stdout.decode("utf-8-sig")

    def commit(self) -> str:
        where = ["-C", str(self.path)] if self.worktree else [f"--git-dir={self.path}"]
        out = subprocess.run(["git", *where, "rev-parse", self.rev], capture_output=True, text=True)
        return out.stdout.strip() or "unknown"


def check(record: dict) -> None:
    """Every span is one of its person's forms, given once; every name is a form."""
    text = record["text"]
    seen = set()
    for person in record["people"]:
        for start, end in person["spans"]:
            surface = text[start:end]
            if surface not in person["forms"] or surface != surface.strip():
                raise AssertionError(f"{record['id']}: bad span {start}:{end} {surface!r}")
            if (start, end) in seen:
                raise AssertionError(f"{record['id']}: span {start}:{end} given twice")
            seen.add((start, end))
        if person["name"] not in person["forms"]:
            raise AssertionError(f"{record['id']}: name not among forms: {person['name']}")
