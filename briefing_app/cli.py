"""Command line: the GUI by default, sub-commands for headless work.

``draft``, ``export`` and ``check`` import no Qt, so they run on a server.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from briefing_app import __version__
from briefing_app.errors import BriefingError

PROG = "briefing-app"
COMMANDS = ("open", "draft", "export", "check")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Read an article and build an evidence-linked briefing note beside it.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p_open = sub.add_parser("open", help="open the editor (the default command)")
    p_open.add_argument("file", nargs="?", help="an article or a .briefing.yaml note")
    p_open.add_argument("--demo", action="store_true", help="open the bundled sample and its note")
    p_open.add_argument("--screenshot", metavar="PNG", help="render the window to PNG and exit")
    p_open.add_argument("--lang", choices=("fr", "en"), help="interface language")

    p_draft = sub.add_parser("draft", help="draft a new note from an article")
    p_draft.add_argument("article", help="the article file")
    p_draft.add_argument("-o", "--output", required=True, help="the note to write (.briefing.yaml)")
    p_draft.add_argument("--force", action="store_true", help="overwrite an existing note")

    p_export = sub.add_parser("export", help="export a note to Word (.docx), PDF or Markdown (.md)")
    p_export.add_argument("note", help="the .briefing.yaml note")
    p_export.add_argument("-o", "--output", required=True, help="the file to write (.docx)")
    p_export.add_argument(
        "--template", help="a Word file (.docx/.dotx) whose styles, header and footer to use"
    )
    p_export.add_argument(
        "--annex", action="store_true", help="append the full text of the articles"
    )
    p_export.add_argument(
        "--figures",
        action="store_true",
        help="draw the risk matrix and link chart as pictures (needs Qt; offscreen is fine)",
    )

    p_check = sub.add_parser("check", help="validate a note; exit 1 if it has problems")
    p_check.add_argument("note", help="the .briefing.yaml note")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``briefing-app`` command."""
    argv = list(sys.argv[1:] if argv is None else argv)
    for stream in (sys.stdout, sys.stderr):
        # a console that cannot show a character gets an escape, not a crash
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version")):
        argv.insert(0, "open")
    args = build_parser().parse_args(argv)
    try:
        return COMMAND_FUNCS[args.command](args)
    except BriefingError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `briefing-app check NOTE | head`
        sys.stderr.close()
        return 0
    except Exception as exc:  # noqa: BLE001 - no traceback ever reaches the user
        return _fail(f"unexpected error ({type(exc).__name__}: {exc}); please report it")


def _fail(message: str) -> int:
    print(printable(f"{PROG}: error: {message}"), file=sys.stderr)
    return 1


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """Text safe for a terminal: control characters (ESC…) shown as escapes, one line."""
    return _CONTROL.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)


def _import_before_qt() -> None:
    """Import the Qt-free modules the window needs before PySide6 is imported.

    Once imported, PySide6 reads the source of every module imported after it (to look
    for its ``__feature__`` switches): ~0.1 ms a module, ~90 modules on the way to the
    first window. The note reader (PyYAML) and the domain are imported first instead.
    """
    import briefing_app.app  # noqa: F401 (the package only: app/ modules import Qt)
    import briefing_app.domain.anchors  # noqa: F401
    import briefing_app.domain.article  # noqa: F401
    import briefing_app.domain.checks  # noqa: F401
    import briefing_app.domain.ids  # noqa: F401
    import briefing_app.domain.search  # noqa: F401
    import briefing_app.formats.note_yaml  # noqa: F401
    import briefing_app.paths  # noqa: F401


def cmd_open(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes ~35,000 objects that live as long as the app (modules, classes, Qt
    # enums, the window): collecting while they are made finds nothing to free. run_gui
    # turns collection back on (and sets them aside) once the window is up.
    gc.disable()
    try:
        _import_before_qt()
        from briefing_app.ui.launch import run_gui  # Qt only on this path

        return run_gui(
            file=args.file, demo=args.demo, screenshot=args.screenshot, language=args.lang
        )
    finally:
        gc.enable()


def cmd_draft(args: argparse.Namespace) -> int:
    from briefing_app.draft import apply_suggestions, suggest
    from briefing_app.formats.articles import note_from_article, read_article
    from briefing_app.formats.note_yaml import save_note

    out = Path(args.output)
    if out.exists() and out.resolve() == Path(args.article).resolve():
        raise BriefingError(f"{out} is the article itself; choose another file for the note.")
    if out.exists() and not args.force:
        raise BriefingError(f"{out} already exists; use --force to overwrite it.")
    doc = read_article(args.article)
    for warning in doc.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    note = note_from_article(doc)
    apply_suggestions(note, suggest(note, note.sources[0].id))
    save_note(note, out)
    counts = ", ".join(
        f"{len(note.items(s))} {s}" for s in ("actors", "claims", "risks", "relationships")
    )
    print(f"{out}: drafted from {Path(args.article).name} ({counts})")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from briefing_app.formats.export import export_note
    from briefing_app.formats.note_yaml import load_note

    note_path, out = Path(args.note), Path(args.output)
    if out.exists() and out.resolve() == note_path.resolve():
        raise BriefingError(f"{out} is the note itself; choose another output file.")
    note = load_note(note_path)
    figures = None
    if args.figures:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from briefing_app.ui.figures import render_figures

        figures = render_figures(note)
    template = Path(args.template) if args.template else None
    warnings = export_note(note, out, template=template, figures=figures, annex=args.annex)
    for warning in warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    print(f"{out}: exported")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from briefing_app.domain.checks import check_note
    from briefing_app.formats.note_yaml import load_note

    note = load_note(args.note)
    findings = check_note(note)
    for f in findings:
        text = f.detail if f.code == "invalid" else f"{f.path}: {f.message}"
        print(printable(f"{args.note}: {f.severity}: {text}"))
    errors = sum(f.severity == "error" for f in findings)
    if errors:
        print(f"{args.note}: {errors} error(s); the note is not valid", file=sys.stderr)
        return 1
    print(f"{args.note}: valid ({len(findings)} warning(s))")
    return 0


COMMAND_FUNCS = {"open": cmd_open, "draft": cmd_draft, "export": cmd_export, "check": cmd_check}

if __name__ == "__main__":
    sys.exit(main())
