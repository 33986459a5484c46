"""Recent files and the remembered window layout (QSettings)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from briefing_app.domain.model import Note
from briefing_app.formats.note_yaml import save_note
from briefing_app.ui import session
from briefing_app.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def clean_settings():
    """QSettings keeps its first file for the whole process: start each test empty."""
    settings = QSettings()
    for group in ("recent", "window"):
        settings.remove(group)
    yield
    for group in ("recent", "window"):
        settings.remove(group)


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()


def file_menu(window: MainWindow):
    return window.menuBar().actions()[0].menu()


def recent_entries(menu) -> list[str]:
    menu.aboutToShow.emit()
    return [a.data() for a in menu.actions() if a.data()]


def make_note(path: Path, title: str) -> Path:
    save_note(Note(title=title), path)
    return path


def it_keeps_the_ten_most_recent_files_newest_first(tmp_path):
    for n in range(12):
        session.remember_recent(tmp_path / f"n{n}.briefing.yaml")
    session.remember_recent(tmp_path / "n5.briefing.yaml")
    names = [p.name for p in session.recent_files()]
    assert len(names) == 10
    assert names[:3] == ["n5.briefing.yaml", "n11.briefing.yaml", "n10.briefing.yaml"]
    assert names.count("n5.briefing.yaml") == 1
    session.forget_recent(tmp_path / "n5.briefing.yaml")
    assert "n5.briefing.yaml" not in [p.name for p in session.recent_files()]
    session.clear_recent()
    assert session.recent_files() == []


def it_lists_opened_and_saved_notes_in_open_recent(window, tmp_path):
    recent = session.install_recent_menu(window, file_menu(window))
    actions = file_menu(window).actions()
    assert actions.index(recent.menuAction()) == actions.index(window.save_action) - 1
    assert not recent.menuAction().isEnabled()  # nothing yet

    first = make_note(tmp_path / "premier.briefing.yaml", "Premier")
    assert window.open_path(first, ask=False)
    window.doc.set_field("title", "Second")
    second = tmp_path / "second.briefing.yaml"
    assert window.save_to(second)
    assert recent_entries(recent) == [str(second), str(first)]
    assert recent.menuAction().isEnabled()
    assert recent.actions()[0].text().replace("&", "").startswith("1")

    trigger = next(a for a in recent.actions() if a.data() == str(first))
    trigger.trigger()
    assert window.doc.path == first and window.doc.note.title == "Premier"
    assert recent_entries(recent)[0] == str(first)


def it_drops_a_recent_file_that_has_gone(window, tmp_path, dialogs):
    recent = session.install_recent_menu(window, file_menu(window))
    gone = make_note(tmp_path / "parti.briefing.yaml", "Parti")
    session.remember_recent(gone)
    gone.unlink()
    assert recent_entries(recent) == [str(gone)]
    before = window.doc
    recent.actions()[0].trigger()
    assert window.doc is before  # nothing opened
    assert session.recent_files() == []
    assert dialogs and "parti.briefing.yaml" in dialogs[0][1]


def it_remembers_the_window_layout(window, qtbot):
    assert not session.restore_layout(window)  # nothing remembered yet
    window.resize(700, 600)
    window.splitter.setSizes([250, 450])
    qtbot.wait(10)
    sizes = window.splitter.sizes()
    session.save_layout(window)

    other = MainWindow()
    qtbot.addWidget(other)
    assert session.restore_layout(other)
    other.show()
    qtbot.waitExposed(other)
    assert (other.width(), other.height()) == (700, 600)
    assert other.splitter.sizes() == sizes


def it_saves_the_layout_when_the_window_closes(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    session.install_session(w)
    w.show()
    qtbot.waitExposed(w)
    w.resize(640, 580)
    assert w.close()
    assert QSettings().value(session.GEOMETRY_KEY) is not None
    other = MainWindow()
    qtbot.addWidget(other)
    session.install_session(other)
    assert (other.width(), other.height()) == (640, 580)
    assert other.findChild(type(other.menuBar().actions()[0].menu()), "recentMenu") is not None


def it_remembers_the_table_editor_split_across_tabs_and_notes(window, qtbot):
    session.install_session(window)
    window.show()
    qtbot.waitExposed(window)
    actors = window.panel.pages["actors"]
    window.panel.tabs.setCurrentWidget(actors)
    actors.split.setSizes([120, 400])
    actors.split.splitterMoved.emit(120, 1)  # what dragging the divider sends
    state = actors.split.saveState()
    claims = window.panel.pages["claims"]
    window.panel.tabs.setCurrentWidget(claims)  # built after the move: takes the split
    assert claims.split.saveState() == state

    window.new_note()  # a new note pane opens with the split the user last set
    window.panel.tabs.setCurrentWidget(window.panel.pages["risks"])
    assert window.panel.pages["risks"].split.saveState() == state
    session.save_layout(window)
    assert QSettings().value(session.NOTE_SPLITTER_KEY) == state
