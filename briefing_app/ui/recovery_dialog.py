"""After a crash: offer to restore each recovered note, or discard it, or decide later.

The decision logic (``apply_choice``, ``offer_recovery``) takes the user's answer
as a value, so tests drive it without a modal dialog; ``ask_user`` is the one
place that shows the question box.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QTimer
from PySide6.QtWidgets import QMessageBox

from briefing_app.app.document import Document
from briefing_app.app.recovery import RecoveryManager, Snapshot, find_snapshots
from briefing_app.errors import BriefingError


class Choice(enum.Enum):
    RESTORE = "restore"
    DISCARD = "discard"
    LATER = "later"


translate = QCoreApplication.translate  # lupdate reads translate("recovery", "...")


def format_taken(taken: datetime | None, locale: QLocale | None = None) -> str:
    """When a snapshot was taken, as local date and time in the locale's format."""
    if taken is None:
        return translate("recovery", "at an unknown time")
    locale = locale or QLocale()
    moment = QDateTime.fromSecsSinceEpoch(int(taken.timestamp())).toLocalTime()
    day = locale.toString(moment.date(), QLocale.FormatType.LongFormat)
    return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


def describe(snap: Snapshot, locale: QLocale | None = None) -> tuple[str, str]:
    """The question's headline and its details (title, time, original file)."""
    title = snap.title or (
        snap.original.name if snap.original else translate("recovery", "Untitled note")
    )
    head = translate("recovery", "Briefing closed before “%1” was saved.").replace("%1", title)
    lines = [
        translate("recovery", "A recovered copy taken %1 is available.").replace(
            "%1", _on(snap, locale)
        )
    ]
    if snap.original is not None:
        lines.append(
            translate("recovery", "It was opened from %1.").replace("%1", str(snap.original))
        )
        if _changed_since(snap.original, snap.taken):
            lines.append(
                translate("recovery", "That file has been changed since the copy was taken.")
            )
    else:
        lines.append(translate("recovery", "The note had never been saved."))
    lines.append(translate("recovery", "Restore it to continue where you left off, or discard it."))
    return head, "\n".join(lines)


def _on(snap: Snapshot, locale: QLocale | None) -> str:
    text = format_taken(snap.taken, locale)
    return text if snap.taken is None else translate("recovery", "on %1").replace("%1", text)


def _changed_since(path: Path, taken: datetime | None) -> bool:
    try:
        return taken is not None and path.stat().st_mtime > taken.timestamp() + 1
    except OSError:
        return False


def build_question(parent, snap: Snapshot) -> tuple[QMessageBox, dict]:
    """The question box (not shown) and a map from its buttons to choices."""
    head, details = describe(snap)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("recovery", "Recover unsaved work"))
    box.setText(head)
    box.setInformativeText(details)
    R = QMessageBox.ButtonRole
    buttons = {
        box.addButton(translate("recovery", "&Restore"), R.AcceptRole): Choice.RESTORE,
        box.addButton(translate("recovery", "&Discard"), R.DestructiveRole): Choice.DISCARD,
        box.addButton(translate("recovery", "&Later"), R.RejectRole): Choice.LATER,
    }
    restore = next(b for b, c in buttons.items() if c is Choice.RESTORE)
    box.setDefaultButton(restore)
    box.setEscapeButton(next(b for b, c in buttons.items() if c is Choice.LATER))
    return box, buttons


def ask_user(parent, snap: Snapshot) -> Choice:
    """Show the modal question for one snapshot and return the answer."""
    box, buttons = build_question(parent, snap)
    box.exec()
    return buttons.get(box.clickedButton(), Choice.LATER)


def restore_snapshot(window, manager: RecoveryManager, snap: Snapshot) -> bool:
    """Open the snapshot in ``window`` as a modified note; False if not restored."""
    if not window.maybe_save():
        return False
    try:
        note = snap.load_note()
    except BriefingError as exc:
        window.show_error(translate("recovery", "The recovered note cannot be opened"), str(exc))
        return False
    original = snap.original
    path = original if original is not None and original.parent.is_dir() else None
    doc = Document(note, path)
    doc.undo_stack.resetClean()  # unsaved until the user saves it
    window.set_document(doc)
    manager.adopt(snap)
    window.statusBar().showMessage(
        translate("recovery", "Recovered note restored; save it to keep it."), 8000
    )
    return True


def apply_choice(window, manager: RecoveryManager, snap: Snapshot, choice: Choice) -> bool:
    """Carry out the user's choice for one snapshot; True when it was restored."""
    if choice is Choice.RESTORE:
        return restore_snapshot(window, manager, snap)
    if choice is Choice.DISCARD:
        snap.discard()
    return False


def offer_recovery(
    window,
    manager: RecoveryManager,
    ask: Callable[[object, Snapshot], Choice] = ask_user,
    snapshots: list[Snapshot] | None = None,
) -> list[tuple[Snapshot, Choice]]:
    """Ask about each snapshot left by a dead process and apply the answers."""
    found = find_snapshots(manager.folder) if snapshots is None else snapshots
    answers = []
    for snap in found:
        choice = ask(window, snap)
        apply_choice(window, manager, snap, choice)
        answers.append((snap, choice))
    return answers


def start_recovery(window, folder: Path | None = None, ask=ask_user) -> RecoveryManager:
    """Keep snapshots of ``window``'s notes and, once the event loop runs, offer old ones."""
    manager = RecoveryManager(window, folder)
    QTimer.singleShot(0, window, lambda: offer_recovery(window, manager, ask))
    return manager
