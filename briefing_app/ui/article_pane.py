"""The left pane: which article, its title, a colour legend, a find bar and the text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.search import FoldedText
from briefing_app.ui.article_view import KIND_COLOURS, SELECTED_COLOUR, ArticleView


def _swatch(colour: QColor) -> QPixmap:
    """A 14 px square of ``colour`` with a 1 px grey border (the legend's sample)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(colour)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#bbbbbb"))
    painter.drawRect(0, 0, 13, 13)
    painter.end()
    return pixmap


class FindBar(QWidget):
    """Find in the article: next/previous, match count; case and accents ignored."""

    def __init__(self, view: ArticleView, parent=None):
        super().__init__(parent)
        self.view = view
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._folded: FoldedText | None = None
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in the article (accents and case ignored)"))
        self.edit.setAccessibleName(self.tr("Find in the article"))
        self.edit.setClearButtonEnabled(True)
        self.edit.textChanged.connect(self.search)
        self.edit.returnPressed.connect(self.next)
        self.count = QLabel(self)
        self.count.setMinimumWidth(70)
        prev_button = QToolButton(self)
        prev_button.setText("▲")
        prev_button.setToolTip(self.tr("Previous match (Shift+F3)"))
        prev_button.clicked.connect(self.previous)
        next_button = QToolButton(self)
        next_button.setText("▼")
        next_button.setToolTip(self.tr("Next match (F3)"))
        next_button.clicked.connect(self.next)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(self.tr("Close (Esc)"))
        close.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for w in (self.edit, self.count, prev_button, next_button, close):
            layout.addWidget(w)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with the article's selection (if any) as the query."""
        self.show()
        selected = self.view.textCursor().selectedText()
        if selected and len(selected) < 80:
            self.edit.setText(selected.replace("\u2029", " "))
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.show_matches([], -1)
        self.view.setFocus()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
            return
        super().keyPressEvent(event)

    def text_changed(self) -> None:
        """The article changed: search again."""
        self._folded = None
        if self.isVisible():
            self.search(self.edit.text())

    def search(self, query: str) -> None:
        if self._folded is None or self._folded.text != self.view.text:
            self._folded = FoldedText(self.view.text)
        self.matches = self._folded.find_all(query) if query else []
        self.current = 0 if self.matches else -1
        self._show()

    def next(self) -> None:
        if self.matches:
            self.current = (self.current + 1) % len(self.matches)
            self._show()

    def previous(self) -> None:
        if self.matches:
            self.current = (self.current - 1) % len(self.matches)
            self._show()

    def _show(self) -> None:
        if not self.edit.text():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("no match"))
        else:
            self.count.setText(f"{self.current + 1} / {len(self.matches)}")
        self.view.show_matches(self.matches, self.current)


class ArticlePane(QWidget):
    """Source chooser, title line, legend, find bar and the article view."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = ArticleView(self)
        self.source_box = QComboBox(self)
        self.source_box.setAccessibleName(self.tr("Article shown"))
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        # fonts, palettes and margins rather than style sheets: those make Qt parse CSS and
        # polish through its style-sheet style at start-up
        title_font = QFont(self.title.font())
        title_font.setWeight(QFont.Weight.DemiBold)
        title_font.setPointSizeF(13)
        self.title.setFont(title_font)
        self.title.setContentsMargins(4, 6, 4, 2)
        # the style sheet's padding gave the label a frame, hence QLabel's indent of half an x
        self.title.setIndent(QFontMetrics(title_font).horizontalAdvance("x") // 2)
        self.find = FindBar(self.view, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.source_box)
        layout.addWidget(self.title)
        layout.addWidget(self._legend())
        layout.addWidget(self.find)
        layout.addWidget(self.view)

    def _legend(self) -> QWidget:
        legend = QWidget(self)
        row = QHBoxLayout(legend)
        row.setContentsMargins(6, 0, 6, 4)
        entries = [
            (KIND_COLOURS["actors"], self.tr("Actor")),
            (KIND_COLOURS["claims"], self.tr("Claim")),
            (KIND_COLOURS["risks"], self.tr("Risk")),
            (KIND_COLOURS["relationships"], self.tr("Relationship")),
            (SELECTED_COLOUR, self.tr("Selected item")),
        ]
        small = QFont(self.font())
        small.setPointSizeF(9)
        grey = QPalette(self.palette())
        grey.setColor(QPalette.ColorRole.WindowText, QColor("#555555"))
        for colour, text in entries:
            swatch = QLabel(self)
            swatch.setFixedSize(14, 14)
            swatch.setPixmap(_swatch(colour))
            label = QLabel(text, self)
            label.setFont(small)
            label.setPalette(grey)
            row.addWidget(swatch)
            row.addWidget(label)
            row.addSpacing(8)
        row.addStretch(1)
        legend.setAccessibleName(self.tr("Highlight colours"))
        # the legend may be clipped on a narrow pane; it must not widen the window
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return legend
