"""Cell editors: combo boxes for vocabularies and actor pickers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from briefing_app.app.columns import value_label
from briefing_app.app.item_model import ItemTableModel


class ItemDelegate(QStyledItemDelegate):
    """Chooses the editor from the column kind of an ItemTableModel."""

    def createEditor(self, parent, option, index):
        model = index.model()
        if not isinstance(model, ItemTableModel):
            return super().createEditor(parent, option, index)
        col = model.cols[index.column()]
        if col.kind in ("choice", "int"):
            combo = QComboBox(parent)
            for value in col.choices:
                label = "—" if value in (None, "") else value_label(value)
                if col.attr == "likelihood" and value is not None:
                    label = f"{value} – {_likelihood_label(model, value)}"
                combo.addItem(label, value)
            return combo
        if col.kind == "actor":
            combo = QComboBox(parent)
            combo.addItem("—", "")
            for actor in model.doc.note.actors:
                combo.addItem(actor.name or actor.id, actor.id)
            return combo
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            i = editor.findData(value)
            editor.setCurrentIndex(max(i, 0))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


def _likelihood_label(model: ItemTableModel, value: int) -> str:
    from briefing_app.domain.vocab import LIKELIHOOD_WORDS

    lang = model.doc.note.language if model.doc.note.language in LIKELIHOOD_WORDS else "en"
    return LIKELIHOOD_WORDS[lang].get(value, "")
