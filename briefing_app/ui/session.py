"""What the editor remembers between sessions (QSettings): recent files and window layout."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

RECENT_KEY = "recent/files"
MAX_RECENT = 10
GEOMETRY_KEY = "window/geometry"
STATE_KEY = "window/state"
SPLITTER_KEY = "window/splitter"
NOTE_SPLITTER_KEY = "window/note_splitter"


translate = QCoreApplication.translate  # lupdate reads translate("session", "...")


# ---------------------------------------------------------------- recent files
def recent_files(settings: QSettings | None = None) -> list[Path]:
    """The remembered files, most recent first (at most 10)."""
    value = (settings or QSettings()).value(RECENT_KEY, [])
    if isinstance(value, str):  # QSettings returns a lone string for a one-item list
        value = [value]
    return [Path(v) for v in (value or []) if isinstance(v, str) and v][:MAX_RECENT]


def remember_recent(path: Path, settings: QSettings | None = None) -> None:
    """Put ``path`` first in the recent files list."""
    settings = settings or QSettings()
    key = _key(path)
    paths = [p for p in recent_files(settings) if _key(p) != key]
    _store([Path(key), *paths][:MAX_RECENT], settings)


def forget_recent(path: Path, settings: QSettings | None = None) -> None:
    """Remove ``path`` from the recent files list."""
    settings = settings or QSettings()
    _store([p for p in recent_files(settings) if _key(p) != _key(path)], settings)


def clear_recent(settings: QSettings | None = None) -> None:
    """Forget every recent file."""
    (settings or QSettings()).remove(RECENT_KEY)


def _store(paths: list[Path], settings: QSettings) -> None:
    settings.setValue(RECENT_KEY, [str(p) for p in paths])


def _key(path: Path) -> str:
    return os.path.abspath(os.fspath(path))


def install_recent_menu(window, menu: QMenu, before=None) -> QMenu:
    """Add "Open Recent" to ``menu`` (before Save) and keep it filled from the window's files."""
    recent = QMenu(translate("session", "Open &Recent"), menu)
    recent.setObjectName("recentMenu")
    anchor = before if before is not None else getattr(window, "save_action", None)
    if anchor is not None and anchor in menu.actions():
        menu.insertMenu(anchor, recent)
    else:
        menu.addMenu(recent)
    recent.aboutToShow.connect(lambda: fill_recent_menu(window, recent))

    def remember_current(*_args) -> None:
        doc = getattr(window, "doc", None)
        if doc is not None and doc.path is not None:
            remember_recent(doc.path)

    window.documentChanged.connect(remember_current)
    window.documentSaved.connect(lambda path: remember_recent(Path(path)))
    fill_recent_menu(window, recent)
    return recent


def fill_recent_menu(window, recent: QMenu) -> None:
    """Rebuild the menu from the stored list (numbered, with the folder as a tip)."""
    recent.clear()
    paths = recent_files()
    for n, path in enumerate(paths, start=1):
        action = recent.addAction(f"&{n % 10}  {path.name.replace('&', '&&')}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_recent(window, p))
    if paths:
        recent.addSeparator()
        recent.addAction(
            translate("session", "&Clear the list"), lambda: (clear_recent(), recent.clear())
        )
    recent.setEnabled(bool(paths))
    recent.menuAction().setEnabled(bool(paths))


def open_recent(window, path: Path) -> bool:
    """Open a recent file; a file that has gone is dropped from the list."""
    if not path.exists():
        forget_recent(path)
        window.show_error(
            translate("session", "Cannot open %1").replace("%1", path.name),
            translate(
                "session", "%1 no longer exists; it was removed from the recent files."
            ).replace("%1", str(path)),
        )
        return False
    return window.open_path(path)


# ---------------------------------------------------------------------- layout
def _note_panel(window):
    return getattr(window, "panel", None)


def save_layout(window, settings: QSettings | None = None) -> None:
    """Remember the window's size, position, toolbars/docks and splitter positions."""
    settings = settings or QSettings()
    settings.setValue(GEOMETRY_KEY, window.saveGeometry())
    settings.setValue(STATE_KEY, window.saveState())
    if getattr(window, "splitter", None) is not None:
        settings.setValue(SPLITTER_KEY, window.splitter.saveState())
    panel = _note_panel(window)
    state = panel.split_state() if panel is not None else None
    if state is not None:
        settings.setValue(NOTE_SPLITTER_KEY, state)
    settings.sync()


def restore_layout(window, settings: QSettings | None = None) -> bool:
    """Put the window back as it was last closed; False when nothing was remembered."""
    settings = settings or QSettings()
    geometry = settings.value(GEOMETRY_KEY)
    if geometry is None:
        return False
    window.restoreGeometry(geometry)
    state = settings.value(STATE_KEY)
    if state is not None:
        window.restoreState(state)
    splitter = settings.value(SPLITTER_KEY)
    if splitter is not None and getattr(window, "splitter", None) is not None:
        window.splitter.restoreState(splitter)
    _restore_note_splitter(window, settings)
    return True


def _restore_note_splitter(window, settings: QSettings | None = None) -> None:
    state = (settings or QSettings()).value(NOTE_SPLITTER_KEY)
    panel = _note_panel(window)
    if state is not None and panel is not None:
        panel.set_split_state(state)  # the item pages take it when they are built


def _carry_note_splitter(window) -> None:
    """Each new note panel opens with the split the user last set."""
    last = {"state": QSettings().value(NOTE_SPLITTER_KEY)}

    def follow(panel) -> None:
        if panel is None:
            return
        if last["state"] is not None:
            panel.set_split_state(last["state"])
        panel.splitMoved.connect(lambda p=panel: last.update(state=p.split_state()))

    window.documentChanged.connect(lambda: follow(_note_panel(window)))
    follow(_note_panel(window))


def install_session(window, menu: QMenu | None = None) -> None:
    """Recent files menu, remembered layout restored now and saved when the window closes."""
    if menu is None:
        menu = window.menuBar().actions()[0].menu()  # the File menu
    install_recent_menu(window, menu)
    restore_layout(window)
    _carry_note_splitter(window)
    window.documentClosed.connect(lambda: save_layout(window))
