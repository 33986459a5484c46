"""Open the Word template an export starts from: Briefing's own or the organisation's.

``.dotx`` templates are converted in memory (python-docx accepts only the
document content type); macro-enabled files and non-Word files are refused.
The template's body is emptied; its styles, page setup, header and footer stay.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document

from briefing_app.errors import BriefingError
from briefing_app.paths import resource

MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
_CT_DOCUMENT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CT_TEMPLATE = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_MARK = "macroEnabled"


def default_template_path() -> Path:
    """Briefing's own template (resources/templates/briefing.docx)."""
    return resource("templates", "briefing.docx")


def open_template(path: Path | None) -> Document:
    """The template as a python-docx Document with an empty body."""
    if path is None:
        default = default_template_path()
        doc = _load(default.read_bytes(), default.name) if default.is_file() else docx.Document()
    else:
        doc = _load(_read(Path(path)), Path(path).name)
    clear_body(doc)
    return doc


def _read(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix in (".docm", ".dotm"):
        raise BriefingError(
            f"{path.name} is a macro-enabled Word file; save the template as .docx or .dotx."
        )
    if suffix not in (".docx", ".dotx"):
        raise BriefingError(f"{path.name} is not a Word template: use a .docx or .dotx file.")
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise BriefingError(f"{path.name} is over 50 MB; that is too large for a template.")
        return path.read_bytes()
    except OSError as exc:
        raise BriefingError(f"Cannot read the template {path}: {exc.strerror or exc}.") from None


def _load(data: bytes, name: str) -> Document:
    """Open template bytes, converting a .dotx content type to .docx in memory."""
    not_word = f"{name} is not a Word document (it cannot be used as a template)."
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        types = archive.read("[Content_Types].xml").decode("utf-8")
    except (zipfile.BadZipFile, KeyError, UnicodeDecodeError, OSError):
        raise BriefingError(not_word) from None
    if _MACRO_MARK in types:
        raise BriefingError(f"{name} contains macros; save the template as .docx or .dotx.")
    if _CT_TEMPLATE in types:
        data = _retype(archive, types.replace(_CT_TEMPLATE, _CT_DOCUMENT))
    elif _CT_DOCUMENT not in types:
        raise BriefingError(not_word)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception:  # noqa: BLE001 - any parse failure means the file is unusable
        raise BriefingError(f"{name} is a damaged Word document; it cannot be used.") from None


def _retype(archive: zipfile.ZipFile, types: str) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in archive.infolist():
            body = types.encode("utf-8") if info.filename == "[Content_Types].xml" else None
            z.writestr(info, body if body is not None else archive.read(info))
    return out.getvalue()


def clear_body(doc: Document) -> None:
    """Remove the template's sample content, keeping the final section properties."""
    body = doc.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
