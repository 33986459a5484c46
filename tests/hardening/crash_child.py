"""Child process of the crash test: save two large notes over one file, forever.

``python -m tests.hardening.crash_child TARGET`` prints "ready" once, then
alternates versions A and B until it is killed; with a second argument (write,
fsync, replace) it dies at that step of its first save instead; with
"bytes-only" it dumps both once and then only replaces the file, over and over.
"""

from __future__ import annotations

import sys

from briefing_app.domain.anchors import make_anchor
from briefing_app.domain.model import Actor, Note, Source
from briefing_app.formats.atomic import atomic_write_bytes
from briefing_app.formats.note_yaml import dump_note, save_note

PARAGRAPH = "Le 21 août 2025, l'Énergéticien a annoncé « no » un partenariat. 🚀 שלום\n"


def version(name: str) -> Note:
    """A large note (about 3 MB for "A", 4 MB for "B", 1 MB for "old")."""
    size = {"old": 1, "A": 3, "B": 4}[name]
    text = f"[{name}]\n" + PARAGRAPH * (size * 2**20 // len(PARAGRAPH.encode()))
    actors = [
        Actor(
            id=f"a{i}", name=f"{name} {i}", evidence=[make_anchor("s1", text, i * 80, i * 80 + 30)]
        )
        for i in range(300)
    ]
    return Note(title=f"version {name}", sources=[Source(id="s1", text=text)], actors=actors)


def crash_at(step: str) -> None:
    """Make the process die (as if killed) at ``step`` of the next save."""
    import os

    real = getattr(os, step)

    def die(*args):
        if step == "write":  # half the bytes reach the temp file, then death
            real(args[0], bytes(args[1][: len(args[1]) // 2]))
        os._exit(9)

    setattr(os, step, die)


def main(target: str, step: str = "") -> None:
    if step in ("write", "fsync", "replace"):
        crash_at(step)
        save_note(version("A"), target)
    notes = [version("A"), version("B")]
    if step == "bytes-only":  # skip the YAML dump: nearly every kill lands in the write
        blobs = [dump_note(note).encode("utf-8") for note in notes]
        print("ready", flush=True)
        while True:
            for blob in blobs:
                atomic_write_bytes(target, blob, mode=0o644)
    print("ready", flush=True)
    while True:
        for note in notes:
            save_note(note, target)


if __name__ == "__main__":
    main(*sys.argv[1:])
