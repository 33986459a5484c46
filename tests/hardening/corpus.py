"""The hostile note corpus: committed files plus the ones tests must make themselves."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
BAD = ROOT / "tests" / "data" / "bad"
TEN_MB = 10 * 2**20


@dataclass(frozen=True)
class Case:
    name: str
    expect: str  # "refused", "invalid" or "valid"
    says: str = ""

    def path(self, folder: Path) -> Path:
        """Where the case's file is (committed cases live in tests/data/bad)."""
        return (
            BAD / f"{self.name}.briefing.yaml"
            if self.name in _COMMITTED
            else folder / (f"{self.name}.briefing.yaml")
        )


def committed_cases() -> list[Case]:
    """The cases of tests/data/bad/manifest.yaml."""
    entries = yaml.safe_load((BAD / "manifest.yaml").read_text(encoding="utf-8"))
    return [Case(e["file"], e["expect"], e.get("says", "")) for e in entries]


_COMMITTED = {c.name for c in committed_cases()}

GENERATED = [
    Case("field-of-10-mb", "valid"),
    Case("field-of-10-mb-of-escapes", "valid"),
    Case("file-of-65-mb", "refused", "notes over 64 MB are refused"),
    Case("folder-named-like-a-note", "refused", "is a folder"),
    Case("folder-named-dot-briefing-yaml", "refused", "is a folder"),
    *([Case("named-pipe", "refused", "not a regular file")] if hasattr(os, "mkfifo") else []),
]

HEAD = "schema: briefing-note/1\ntitle: Big\nsources:\n- id: s1\n  text: "


def make(case: Case, folder: Path) -> Path:
    """Create the file of a generated case in ``folder``; return its path."""
    path = case.path(folder)
    if case.name == "field-of-10-mb":
        line = "Le 21 août, « no » 🚀 שלום and plain English text, again and again.\n"
        body = "|\n" + "".join("    " + line for _ in range(TEN_MB // len(line.encode())))
        path.write_text(HEAD + body + "bluf: " + "x" * TEN_MB + "\n", encoding="utf-8")
    elif case.name == "field-of-10-mb-of-escapes":
        chunk = '\\0\\a\\e\\x85\\u2028\\t\\"é🚀 '
        path.write_text(HEAD + '"' + chunk * (TEN_MB // 40) + '"\n', encoding="utf-8")
    elif case.name == "file-of-65-mb":
        with open(path, "wb") as fh:  # sparse: costs no disk
            fh.write(HEAD.encode())
            fh.truncate(65 * 2**20)
    elif case.name.startswith("folder-named-"):
        path.mkdir()
    elif case.name == "named-pipe":
        os.mkfifo(path)
    else:
        raise KeyError(case.name)
    return path


def fingerprint(path: Path) -> tuple:
    """What must not change: content (for files), type and mode."""
    info = path.lstat()
    if path.is_file() and not path.is_symlink():
        return (info.st_mode, path.read_bytes())
    return (info.st_mode, None)


def cli(*args: str) -> list[str]:
    """The command that runs Briefing's CLI from this checkout."""
    return [sys.executable, "-m", "briefing_app", *args]
