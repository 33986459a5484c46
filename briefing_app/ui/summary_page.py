"""The Summary tab: the note's own fields (title, analyst, date, purpose, BLUF, ...)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from briefing_app.app.document import Document
from briefing_app.domain import vocab
from briefing_app.ui.lazy_page import LazyPage

TEXT_FIELDS = ("purpose", "bluf", "recommendations")
LINE_FIELDS = ("title", "analyst")
NO_DATE = QDate(1900, 1, 1)


class SummaryPage(LazyPage):
    """A form of the note's fields, kept in step with the Document both ways."""

    def __init__(self, doc: Document, parent=None):
        super().__init__(parent)
        self.doc = doc
        self._updating = False
        self._fields: dict[str, QWidget] = {}
        doc.fieldChanged.connect(self._field_changed)

    @property
    def fields(self) -> dict[str, QWidget]:
        """The field editors by name (builds the page)."""
        self.ensure_built()
        return self._fields

    def build(self) -> None:
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        labels = {
            "title": self.tr("Title"),
            "analyst": self.tr("Analyst"),
            "classification": self.tr("Classification"),
            "created": self.tr("Date"),
            "purpose": self.tr("Purpose"),
            "bluf": self.tr("Bottom line up front"),
            "recommendations": self.tr("Recommendations"),
        }
        for name in ("title", "analyst", "classification", "created", *TEXT_FIELDS):
            widget = self._make_field(name)
            widget.setAccessibleName(labels[name])
            self._fields[name] = widget
            form.addRow(labels[name], widget)
        self._fields["purpose"].setPlaceholderText(self.tr("The question this note answers"))
        self._fields["bluf"].setPlaceholderText(self.tr("Key judgements, most important first"))
        self.load_fields()

    def _make_field(self, name: str) -> QWidget:
        if name == "classification":
            combo = QComboBox(self)
            combo.setEditable(True)
            combo.addItems(list(vocab.CLASSIFICATIONS))
            combo.currentTextChanged.connect(lambda text: self._edited(name, text))
            return combo
        if name == "created":
            return self._make_date()
        if name in TEXT_FIELDS:
            edit = QPlainTextEdit(self)
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight({"purpose": 70, "bluf": 150, "recommendations": 120}[name])
            edit.textChanged.connect(lambda: self._edited(name, edit.toPlainText()))
            return edit
        line = QLineEdit(self)
        line.textEdited.connect(lambda text: self._edited(name, text))
        return line

    def _make_date(self) -> QDateEdit:
        """The note's date, shown in the locale's format, stored as YYYY-MM-DD."""
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        if "yyyy" not in fmt:
            fmt = fmt.replace("yy", "yyyy")
        edit.setDisplayFormat(fmt)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText("—")  # shown at the minimum date: no date set
        edit.dateChanged.connect(
            lambda d: self._edited(
                "created", "" if d == NO_DATE else d.toString(Qt.DateFormat.ISODate)
            )
        )
        return edit

    def _edited(self, name: str, value: str) -> None:
        if not self._updating:
            self.doc.set_field(name, value)

    def load_fields(self) -> None:
        """Show the note's current field values."""
        for name in self._fields:
            self._field_changed(name)

    def _field_changed(self, name: str) -> None:
        widget = self._fields.get(name)  # none before the page is built
        if widget is None:
            return
        value = getattr(self.doc.note, name)
        self._updating = True
        try:
            if isinstance(widget, QDateEdit):
                date = QDate.fromString(value, Qt.DateFormat.ISODate)
                widget.setDate(date if date.isValid() else NO_DATE)
            elif isinstance(widget, QComboBox):
                if widget.currentText() != value:
                    widget.setEditText(value)
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(value)
            elif widget.text() != value:
                widget.setText(value)
        finally:
            self._updating = False
