"""File ▸ Export: where, which format, which organisation template, annex, pictures."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

FORMATS = (".docx", ".pdf", ".md")


@dataclass
class ExportChoice:
    path: Path
    template: Path | None
    annex: bool
    figures: bool


class ExportDialog(QDialog):
    """Collects an ExportChoice; remembers the template and options in QSettings."""

    def __init__(self, default_path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export the briefing"))
        settings = QSettings()
        self.path = QLineEdit(str(default_path), self)
        self.path.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)

        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Word document (.docx)"), ".docx")
        self.format.addItem(self.tr("PDF, through LibreOffice (.pdf)"), ".pdf")
        self.format.addItem(self.tr("Markdown (.md)"), ".md")
        self.format.currentIndexChanged.connect(self._format_changed)

        self.template = QComboBox(self)
        self.template.setAccessibleName(self.tr("Word template"))
        self.template.addItem(self.tr("Briefing's own template"), "")
        remembered = settings.value("export/template", "")
        if remembered and Path(remembered).is_file():
            self.template.addItem(Path(remembered).name, remembered)
            self.template.setCurrentIndex(1)
        self.template.addItem(self.tr("Choose an organisation template…"), "?")
        self.template.activated.connect(self._template_chosen)

        self.annex = QCheckBox(self.tr("Annex with the full text of the articles"), self)
        self.annex.setChecked(settings.value("export/annex", False, type=bool))
        self.figures = QCheckBox(self.tr("Risk matrix and link chart as pictures"), self)
        self.figures.setChecked(settings.value("export/figures", True, type=bool))

        note = QLabel(
            self.tr(
                "A template gives its styles, page setup, header and footer (.docx or .dotx). "
                "Styles it lacks are taken from Briefing's template."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #666;")
        form = QFormLayout()
        form.addRow(self.tr("File"), path_row)
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Template"), self.template)
        form.addRow("", note)
        form.addRow("", self.annex)
        form.addRow("", self.figures)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(620, 0)
        self.setMinimumHeight(layout.totalHeightForWidth(620))  # the wrapped hint fits in full
        suffix = default_path.suffix.lower()
        self.format.setCurrentIndex(FORMATS.index(suffix) if suffix in FORMATS else 0)

    def _browse(self) -> None:
        suffix = self.format.currentData()
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*{suffix}"
        )
        if path:
            self.path.setText(path if path.lower().endswith(suffix) else path + suffix)

    def _format_changed(self, _index: int) -> None:
        suffix = self.format.currentData()
        current = Path(self.path.text())
        if current.suffix.lower() != suffix:
            self.path.setText(str(current.with_suffix(suffix)))
        is_word = suffix != ".md"
        self.template.setEnabled(is_word)
        self.figures.setEnabled(is_word)

    def _template_chosen(self, index: int) -> None:
        if self.template.itemData(index) != "?":
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Organisation template"), "", self.tr("Word templates (*.docx *.dotx)")
        )
        if not path:
            self.template.setCurrentIndex(0)
            return
        self.set_template(Path(path))

    def set_template(self, path: Path) -> None:
        """Use an organisation template (added to the list, remembered)."""
        i = self.template.findData(str(path))
        if i < 0:
            i = self.template.count() - 1
            self.template.insertItem(i, path.name, str(path))
        self.template.setCurrentIndex(i)

    def choice(self) -> ExportChoice:
        """What the user chose; remembered for next time."""
        template = self.template.currentData() or ""
        settings = QSettings()
        settings.setValue("export/template", template)
        settings.setValue("export/annex", self.annex.isChecked())
        settings.setValue("export/figures", self.figures.isChecked())
        path = Path(self.path.text()).expanduser()
        suffix = self.format.currentData()
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        return ExportChoice(
            path=path,
            template=Path(template) if template and suffix != ".md" else None,
            annex=self.annex.isChecked(),
            figures=self.figures.isChecked() and suffix != ".md",
        )
