"""Time loading, validating and saving large notes (prints figures, asserts nothing)."""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml  # noqa: E402

from briefing_app.domain.anchors import make_anchor  # noqa: E402
from briefing_app.domain.model import Actor, Claim, Note, Source  # noqa: E402
from briefing_app.domain.validation import validate  # noqa: E402
from briefing_app.formats.note_yaml import dump_note, load_note, save_note  # noqa: E402


def big_note(text_mb: float, items: int) -> Note:
    """A note with one long article and many anchored items."""
    para = "Le 21 août 2025, l'Énergéticien a annoncé « no » un partenariat. 🚀 שלום\n"
    text = para * int(text_mb * 2**20 / len(para.encode()))
    note = Note(title="Bench", sources=[Source(id="s1", text=text)])
    for i in range(items):
        start = (i * 97) % (len(text) - 80)
        anchor = make_anchor("s1", text, start, start + 40)
        note.actors.append(Actor(id=f"a{i}", name=f"Acteur {i}", evidence=[anchor]))
        note.claims.append(Claim(id=f"c{i}", statement="yes", speaker=f"a{i}", evidence=[anchor]))
    return note


def timed(label: str, fn, *args):
    t0 = time.perf_counter()
    out = fn(*args)
    print(f"{label:<40} {time.perf_counter() - t0:8.3f} s")
    return out


FIELD = 10 * 2**20
HOSTILE_FIELDS = {
    "words": "mot " * (FIELD // 4),
    "one long word": "x" * FIELD,
    "control chars + emoji": "\x07\x1b é\x85\u2028 🚀" * (FIELD // 12),
    "short lines": "ligne « a »\n" * (FIELD // 13),
    "quotes": "'\"" * (FIELD // 2),
}


def ten_mb_fields() -> None:
    """A single 10 MB field of each awkward kind: dump, load, validate (all linear)."""
    from briefing_app.formats.note_yaml import note_from_bytes

    for label, text in HOSTILE_FIELDS.items():
        note = Note(title="Big field", bluf=text)
        data = timed(f"10 MB field ({label}): dump", dump_note, note).encode()
        back = timed(f"  load ({len(data) / 2**20:.1f} MB)", note_from_bytes, data)
        timed("  validate", validate, back)
        assert back == note


def main() -> None:
    ten_mb_fields()
    with tempfile.TemporaryDirectory() as tmp:
        for mb, items in ((1, 100), (10, 100), (2, 5000), (40, 10)):
            note = big_note(mb, items)
            path = Path(tmp) / "n.briefing.yaml"
            timed(f"save {mb} MB text, {items}x2 items", save_note, note, path)
            size = path.stat().st_size / 2**20
            back = timed(f"load ({size:.1f} MB file)", load_note, path)
            timed("  plain yaml.load CSafeLoader", yaml.load, path.read_text(), yaml.CSafeLoader)
            timed("validate", validate, back)
            timed("dump_note", dump_note, back)
            assert back == note


if __name__ == "__main__":
    main()
