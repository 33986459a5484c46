"""A Qt table model over one section of the note (actors, claims, ...).

Reads come straight from the note; writes go through the Document so that they
are undoable.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from briefing_app.app.columns import Column, columns, value_label
from briefing_app.app.document import Document
from briefing_app.domain.article import paragraph_index

ItemIdRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class ItemTableModel(QAbstractTableModel):
    """Rows are the items of ``section``; columns come from app.columns."""

    def __init__(self, document: Document, section: str, parent=None):
        super().__init__(parent)
        self.doc = document
        self.section = section
        self.cols: list[Column] = columns(section)
        document.aboutToInsert.connect(self._about_to_insert)
        document.inserted.connect(self._inserted)
        document.aboutToRemove.connect(self._about_to_remove)
        document.removed.connect(self._removed)
        document.itemChanged.connect(self._item_changed)
        document.sectionReset.connect(self._reset)
        document.sourcesChanged.connect(self._sources_changed)

    # ------------------------------------------------------------- reading
    def items(self) -> list:
        return self.doc.note.items(self.section)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.cols)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.cols):
            return self.cols[section].header
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items()):
            return None
        item = self.items()[index.row()]
        col = self.cols[index.column()]
        if role == ItemIdRole:
            return item.id
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, col)
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_value(item, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col.kind == "evidence":
                return self.evidence_tooltip(item)
            text = self.display(item, col)
            return text if len(text) > 30 else None
        return None

    def display(self, item, col: Column) -> str:
        value = getattr(item, col.attr, None)
        if col.kind == "choice":
            return value_label(value)
        if col.kind == "int":
            return "" if value is None else str(value)
        if col.kind == "actor":
            return self.doc.note.actor_name(value) if value else ""
        if col.kind == "actors":
            return ", ".join(self.doc.note.actor_name(a) for a in value)
        if col.kind == "list":
            return ", ".join(value)
        if col.kind == "evidence":
            return self.evidence_summary(item)
        if col.attr == "reliability" and self.section == "claims":
            return value or ""
        return "" if value is None else str(value)

    def edit_value(self, item, col: Column):
        value = getattr(item, col.attr, None)
        if col.kind in ("list", "actors"):
            names = value if col.kind == "list" else [self.doc.note.actor_name(a) for a in value]
            return ", ".join(names)
        return value

    def paragraph_number(self, source_id: str, offset: int) -> int:
        """¶ number of an offset in a source (cached per source)."""
        src = self.doc.note.source(source_id)
        return paragraph_index(src.text if src else "").number(offset)

    def evidence_summary(self, item) -> str:
        if not item.evidence:
            return ""
        numbers = sorted({self.paragraph_number(a.source, a.start) for a in item.evidence})
        text = ", ".join(f"¶{n}" for n in numbers[:4]) + ("…" if len(numbers) > 4 else "")
        if any(a.orphaned for a in item.evidence):
            text += " ⚠"
        return text

    def evidence_tooltip(self, item) -> str | None:
        if not item.evidence:
            return self.tr("No evidence yet: select a passage and use Attach evidence (Ctrl+E).")
        lines = []
        for a in item.evidence:
            quote = a.exact if len(a.exact) <= 160 else a.exact[:157] + "…"
            lines.append(f"¶{self.paragraph_number(a.source, a.start)} « {quote} »")
        return "\n".join(lines)

    # ------------------------------------------------------------- writing
    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base
        if self.cols[index.column()].kind == "evidence":
            return base
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: _Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        col = self.cols[index.column()]
        try:
            parsed = self.parse(col, value)
        except ValueError:
            return False
        self.doc.set_item_attr(self.section, index.row(), col.attr, parsed)
        return True

    def parse(self, col: Column, value):
        """Turn an editor's value into the item attribute's type."""
        if col.kind == "int":
            if value in (None, ""):
                return None
            number = int(value)
            if col.choices and number not in col.choices:
                raise ValueError(value)
            return number
        if col.kind == "list":
            return [v.strip() for v in str(value).split(",") if v.strip()]
        if col.kind == "actors":
            return [self.actor_id_for(n) for n in str(value).split(",") if n.strip()]
        if col.kind == "actor":
            return self.actor_id_for(str(value)) if value else ""
        if col.kind == "choice" and col.choices and value not in col.choices:
            raise ValueError(value)
        return "" if value is None else str(value)

    def actor_id_for(self, name_or_id: str) -> str:
        """Actor id from an id, a name or an alias (case-insensitive); else the text."""
        wanted = name_or_id.strip()
        low = wanted.casefold()
        for actor in self.doc.note.actors:
            if actor.id == wanted or actor.name.casefold() == low:
                return actor.id
        for actor in self.doc.note.actors:
            if any(a.casefold() == low for a in actor.aliases):
                return actor.id
        return wanted

    # -------------------------------------------------------- document hooks
    def _about_to_insert(self, section: str, row: int) -> None:
        if section == self.section:
            self.beginInsertRows(QModelIndex(), row, row)

    def _inserted(self, section: str, row: int) -> None:
        if section == self.section:
            self.endInsertRows()
        elif section == "actors":
            self._refresh_all()  # names shown in actor columns may change

    def _about_to_remove(self, section: str, row: int) -> None:
        if section == self.section:
            self.beginRemoveRows(QModelIndex(), row, row)

    def _removed(self, section: str, row: int) -> None:
        if section == self.section:
            self.endRemoveRows()
        elif section == "actors":
            self._refresh_all()

    def _item_changed(self, section: str, row: int) -> None:
        if section == self.section:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.cols) - 1))
        elif section == "actors":
            self._refresh_all()

    def _refresh_all(self) -> None:
        if self.items() and any(c.kind in ("actor", "actors") for c in self.cols):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.items()) - 1, len(self.cols) - 1)
            )

    def _sources_changed(self) -> None:
        self._refresh_all()

    def _reset(self, section: str) -> None:
        if section in (self.section, "*"):
            self.beginResetModel()
            self.endResetModel()
