"""Reading files of one revision of a fetched repository, for the corpus builders."""

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
