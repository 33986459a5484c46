"""Hostile files through the window: a clear message, the open note untouched, no crash.

Every note of the hardening corpus (tests/data/bad) is opened as a user would with
File ▸ Open; broken articles too.
"""

from __future__ import annotations

import copy
import zipfile

import pytest

from briefing_app.app.document import Document
from briefing_app.domain.checks import check_note
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.main_window import MainWindow
from tests.hardening.corpus import GENERATED, committed_cases, fingerprint, make

DEMO = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")
CASES = committed_cases() + GENERATED


@pytest.fixture(scope="module")
def demo_note():
    return load_note(DEMO)


@pytest.fixture
def window(qtbot, demo_note):
    w = MainWindow()
    qtbot.addWidget(w)
    w.set_document(Document(copy.deepcopy(demo_note)))
    w.show()
    yield w
    w.doc.undo_stack.setClean()


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def it_opens_or_refuses_each_hostile_note(window, case, tmp_path, demo_note, dialogs):
    path = make(case, tmp_path) if case in GENERATED else case.path(tmp_path)
    before = fingerprint(path)
    opened = window.open_path(path, ask=False)
    assert fingerprint(path) == before  # the user's file is never touched
    if case.expect == "refused":
        assert not opened
        assert dialogs and path.name in dialogs[-1][1]
        assert case.says.lower() in dialogs[-1][1].lower()
        assert "Traceback" not in dialogs[-1][1]
        assert window.doc.note == demo_note  # the open note is untouched
        return
    assert opened, dialogs
    # the window shows it without crashing: every tab, the pictures, the checks
    for i in range(window.panel.tabs.count()):
        window.panel.tabs.setCurrentIndex(i)
    for section, page in window.panel.pages.items():
        if page.model.rowCount():
            window.panel.select_item(section, window.doc.note.items(section)[0].id)
    window.figures_dock.show()
    window.panel.checks.refresh()
    errors = [f for f in check_note(window.doc.note) if f.severity == "error"]
    assert bool(errors) == (case.expect == "invalid")


def broken_articles(folder):
    binary = folder / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 8)
    empty = folder / "empty.txt"
    empty.write_bytes(b"")
    docx = folder / "truncated.docx"
    with zipfile.ZipFile(docx, "w") as z:
        z.writestr("[Content_Types].xml", "<Types")
    pdf = folder / "truncated.pdf"
    pdf.write_bytes(b"%PDF-1.7\n1 0 obj << /Type /Catalog >>\n")
    unknown = folder / "article.xyz"
    unknown.write_text("text", encoding="utf-8")
    html = folder / "only-script.html"
    html.write_text(
        "<html><script>fetch('http://example.invalid')</script></html>", encoding="utf-8"
    )
    encrypted = resource("..", "tests", "data", "articles", "encrypted.pdf")
    return [binary, empty, docx, pdf, unknown, html] + ([encrypted] if encrypted.exists() else [])


def it_refuses_broken_articles_with_a_message(window, tmp_path, demo_note, dialogs):
    for path in broken_articles(tmp_path):
        before = path.read_bytes()
        dialogs.clear()
        assert not window.open_path(path, ask=False), path
        assert dialogs and path.name in dialogs[-1][1], (path, dialogs)
        assert path.read_bytes() == before
        assert window.doc.note == demo_note
        assert not window.add_article(path)
        assert len(window.doc.note.sources) == 1
