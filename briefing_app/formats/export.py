"""Export a note to Word (.docx), Markdown (.md) or PDF (.pdf through LibreOffice).

Every export is built in memory and written atomically: a failure leaves any
previous file untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from briefing_app.domain.model import Note
from briefing_app.errors import BriefingError
from briefing_app.formats.atomic import atomic_write_bytes

SUFFIXES = (".docx", ".md", ".pdf")
PDF_TIMEOUT_S = 180


def export_note(
    note: Note,
    path: Path,
    template: Path | None = None,
    figures: dict[str, bytes] | None = None,
    annex: bool = False,
) -> list[str]:
    """Write ``note`` to ``path`` in the format its suffix names; return warnings."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise BriefingError(
            f"{path.name}: cannot export to {suffix or 'a file without a suffix'}; "
            "use .docx, .md or .pdf."
        )
    if suffix == ".md":
        from briefing_app.formats.markdown_export import note_to_markdown

        atomic_write_bytes(path, note_to_markdown(note, annex=annex).encode("utf-8"), mode=0o644)
        return []
    from briefing_app.formats.docx.builder import build_docx

    data, warnings = build_docx(note, template=template, figures=figures, annex=annex)
    if suffix == ".pdf":
        data = docx_to_pdf(data, path.name)
    atomic_write_bytes(path, data, mode=0o644)
    return warnings


def find_soffice() -> str | None:
    """The LibreOffice command, or None when it is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return None


def docx_to_pdf(data: bytes, name: str = "note.pdf") -> bytes:
    """Convert .docx bytes to PDF bytes with LibreOffice in a private temp folder."""
    soffice = find_soffice()
    if soffice is None:
        raise BriefingError(
            f"Cannot write {name}: PDF export needs LibreOffice (soffice), which is not installed."
        )
    with tempfile.TemporaryDirectory(prefix="briefing-pdf-") as tmp:
        folder = Path(tmp)
        src = folder / "briefing.docx"
        src.write_bytes(data)
        profile = (folder / "profile").as_uri()
        cmd = [
            soffice,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--norestore",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(src),
        ]
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        try:
            subprocess.run(
                cmd, capture_output=True, timeout=PDF_TIMEOUT_S, env=env, check=False, cwd=tmp
            )
        except subprocess.TimeoutExpired:
            raise BriefingError(
                f"Cannot write {name}: LibreOffice did not finish within {PDF_TIMEOUT_S} s."
            ) from None
        except OSError as exc:
            raise BriefingError(
                f"Cannot write {name}: LibreOffice failed to start ({exc})."
            ) from None
        pdf = folder / "briefing.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise BriefingError(f"Cannot write {name}: LibreOffice could not convert the document.")
        return pdf.read_bytes()
