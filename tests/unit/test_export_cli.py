"""The export command end to end: warnings on stderr, one-line errors, exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx
from test_export_fixtures import real_note

from briefing_app.formats.note_yaml import save_note

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


def it_exports_with_a_template_lacking_styles_and_prints_warnings(tmp_path):
    note = tmp_path / "n.briefing.yaml"
    save_note(real_note(), note)
    template = docx.Document()
    template.styles.element.remove(template.styles["Heading 1"].element)
    template.save(str(tmp_path / "bare.docx"))
    out = tmp_path / "out.docx"
    result = _run(str(note), "-o", str(out), "--template", str(tmp_path / "bare.docx"))
    assert result.returncode == 0, result.stderr
    assert "warning: The template bare.docx has no style 'Heading 1'" in result.stderr
    assert "Acteurs" in [p.text for p in docx.Document(str(out)).paragraphs]


def it_refuses_a_macro_template_in_one_line(tmp_path):
    note = tmp_path / "n.briefing.yaml"
    save_note(real_note(), note)
    (tmp_path / "t.docm").write_bytes(b"PK")
    result = _run(
        str(note), "-o", str(tmp_path / "out.docx"), "--template", str(tmp_path / "t.docm")
    )
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0 and "macro-enabled" in result.stderr
    assert "Traceback" not in result.stderr
