"""Refresh the interface translations: lupdate the .ts sources, then lrelease the .qm files.

Run from anywhere:  python resources/i18n/update_translations.py [--check]

lupdate reads every tr()/translate() string in briefing_app/ui/*.py and briefing_app/app/*.py
and merges it into briefing_<lang>.ts (new strings arrive "unfinished", strings that are gone are
dropped); translate the new ones with Qt Linguist (pyside6-linguist) or a text editor, then run
this script again to rebuild briefing_<lang>.qm. With --check it only reports, without writing,
the strings that are missing from or untranslated in each .ts, and exits 1 if there are any.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
LANGUAGES = ("fr",)
SOURCE_FOLDERS = ("briefing_app/ui", "briefing_app/app")


def sources() -> list[Path]:
    """The Python modules whose strings are translated, in a stable order."""
    return sorted(p for folder in SOURCE_FOLDERS for p in (ROOT / folder).glob("*.py"))


def tool(name: str) -> str:
    """The path of a PySide6 tool (pyside6-lupdate, pyside6-lrelease)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the tool).")
    return found


def lupdate(ts: Path, language: str) -> None:
    """Merge the current source strings into ``ts`` (created when missing)."""
    args = [tool("pyside6-lupdate"), *map(str, sources())]
    args += ["-no-obsolete", "-locations", "relative", "-target-language", language]
    subprocess.run([*args, "-ts", str(ts)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into the binary ``qm`` that the app loads."""
    args = [tool("pyside6-lrelease"), "-removeidentical", str(ts), "-qm", str(qm)]
    subprocess.run(args, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)


def messages(ts: Path) -> dict[tuple[str, str, str], str | None]:
    """(context, source, disambiguation) -> translation, or None when unfinished or empty."""
    out: dict[tuple[str, str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            kind = tr.get("type") if tr is not None else "unfinished"
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = (tr.text or "") if tr is not None and not forms else "".join(forms)
            done = kind not in ("unfinished", "vanished", "obsolete") and text.strip()
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            out[key] = text if done else None
    return out


def problems(ts: Path, language: str) -> list[str]:
    """Strings of the source missing from ``ts``, and messages of ``ts`` not translated."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        lupdate(fresh, language)
        wanted = messages(fresh)
    have = messages(ts) if ts.exists() else {}
    out = [f"missing: [{k[0]}] {k[1]!r}" for k in wanted if k not in have]
    out += [f"untranslated: [{k[0]}] {k[1]!r}" for k, t in have.items() if t is None]
    out += [f"obsolete: [{k[0]}] {k[1]!r}" for k in have if k not in wanted]
    return out


def main(argv: list[str]) -> int:
    """Update (or with --check, verify) every language's .ts and .qm."""
    status = 0
    for language in LANGUAGES:
        ts, qm = HERE / f"briefing_{language}.ts", HERE / f"briefing_{language}.qm"
        if "--check" in argv:
            found = problems(ts, language)
            print("\n".join(found) or f"{ts.name}: complete")
            status |= bool(found)
            continue
        lupdate(ts, language)
        lrelease(ts, qm)
        todo = sum(t is None for t in messages(ts).values())
        print(f"{ts.name}: {len(messages(ts))} messages, {todo} to translate; wrote {qm.name}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
