"""Undo for changes that touch the whole note at once (add an article, replace its text)."""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from briefing_app.domain.model import Note

if TYPE_CHECKING:
    from briefing_app.app.document import Document


class NoteSnapshot(QUndoCommand):
    """Runs ``change(note)`` once; undo and redo swap whole copies of the note.

    The Note object itself is kept (views hold it), only its fields are swapped.
    """

    def __init__(self, doc: Document, text: str, change: Callable[[Note], object]):
        super().__init__(text)
        self.doc = doc
        self.before = copy.deepcopy(doc.note)
        after = copy.deepcopy(doc.note)
        self.result = change(after)
        self.after = after

    def redo(self) -> None:
        self._show(self.after)

    def undo(self) -> None:
        self._show(self.before)

    def _show(self, state: Note) -> None:
        for f in dataclasses.fields(Note):
            setattr(self.doc.note, f.name, copy.deepcopy(getattr(state, f.name)))
        self.doc._note_replaced()
