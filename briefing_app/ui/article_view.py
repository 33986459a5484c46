"""The article pane: read-only text, ¶ numbers in the margin, evidence highlights.

Highlights are extra selections, which leave the document (and its undo stack)
untouched. Offsets are converted between code points and Qt's UTF-16 units by
app.textmap.TextMap.
"""

from __future__ import annotations

from contextlib import contextmanager

import shiboken6
from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextEdit, QToolTip, QWidget

from briefing_app.app.textmap import TextMap
from briefing_app.domain.article import split_paragraphs

KIND_COLOURS = {
    "actors": QColor("#cfe3ff"),
    "claims": QColor("#fff0b3"),
    "risks": QColor("#ffd6d1"),
    "relationships": QColor("#d9f2d9"),
}
SELECTED_COLOUR = QColor("#ffb347")
FIND_COLOUR = QColor("#e0e0e0")
FIND_CURRENT_COLOUR = QColor("#7fd1ff")
BASE_POINT_SIZE = 12.0
OTHER_COLOUR = QColor("#eeeeee")
GUTTER_COLOUR = QColor("#f4f4f2")
VISIBLE_ONLY_ABOVE = 300  # more highlights than this: Qt is given the visible ones only


def _colour(kind: str) -> QColor:
    """Highlight colour of a section name; "*" is the selected item's."""
    return SELECTED_COLOUR if kind == "*" else KIND_COLOURS.get(kind, OTHER_COLOUR)


class _Gutter(QWidget):
    """Paints ¶ numbers beside each paragraph."""

    def __init__(self, view: ArticleView):
        super().__init__(view)
        self.view = view
        # Qt fills the background itself (QPainter.fillRect from Python makes PySide build
        # QGradient's enums, ~2 ms at the first paint)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, GUTTER_COLOUR)
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def sizeHint(self) -> QSize:
        return QSize(self.view.gutter_width(), 0)

    def paintEvent(self, event) -> None:
        self.view.paint_gutter(self, event)


class ArticleView(QTextEdit):
    """Shows one source; emits ``selectionOffsetsChanged`` in code points."""

    evidenceClicked = Signal(int)  # canonical offset clicked

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAccessibleName(self.tr("Article text"))
        self.document().setDocumentMargin(24)
        font = QFont(self.font())
        font.setFamilies(["Source Serif 4", "Noto Serif", "DejaVu Serif", "Georgia", "serif"])
        font.setPointSizeF(12)
        self.document().setDefaultFont(font)
        self.text = ""
        self.headings: list[int] | None = None
        self.map = TextMap([])
        self.paragraphs = []
        self.zoom = 0  # steps of 10 %
        self._owned_doc: QTextDocument | None = None
        self.tooltip_provider = None  # callable(offset) -> str
        self._evidence: list[QTextEdit.ExtraSelection] = []
        self._found: list[QTextEdit.ExtraSelection] = []
        self._all: list[QTextEdit.ExtraSelection] = []  # what extraSelections() returns
        self._spans: list[tuple[int, int]] = []  # their view positions
        self._given: tuple[int, int] | None = (0, -1)  # range given to Qt; (0, -1): all
        self._first_seen = 0  # number of the first paragraph in sight when last painted
        self._evidence_keys: list[tuple[int, int, str]] = []  # (start, end, section) shown
        self._made: dict[tuple[int, int, str], QTextEdit.ExtraSelection] = {}
        # The first time a method hands PySide a widget it has not wrapped yet (viewport()),
        # it builds the enums of every QWidget subclass (~6 ms); findChild by type and name
        # wraps the viewport as the QWidget it is. Kept, so viewport() returns this wrapper.
        self._viewport = self.findChild(QWidget, "qt_scrollarea_viewport")
        self._gutter = _Gutter(self)
        self.setViewportMargins(self.gutter_width(), 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self._gutter.update)
        self.textChanged.connect(self._gutter.update)

    # ---------------------------------------------------------------- content
    def set_article(self, text: str, headings: list[int] | None = None) -> None:
        """Show canonical ``text``: one block per paragraph, headings styled."""
        self.text, self.headings = text, headings
        self.paragraphs = split_paragraphs(text, headings)
        self.map = TextMap(self.paragraphs)
        doc = QTextDocument(self)
        font = QFont(self.document().defaultFont())
        scale = 1.0 + 0.1 * self.zoom
        font.setPointSizeF(BASE_POINT_SIZE * scale)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(24)
        cursor = QTextCursor(doc)
        body = QTextBlockFormat()
        body.setBottomMargin(10)
        body.setLineHeight(140, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        heading = QTextBlockFormat(body)
        heading.setTopMargin(14)
        heading.setBottomMargin(6)
        head_chars = QTextCharFormat()
        head_chars.setFontWeight(QFont.Weight.Bold)
        head_chars.setFontPointSize(14 * scale)
        plain_chars = QTextCharFormat()
        for i, p in enumerate(self.paragraphs):
            if i:
                cursor.insertBlock()
            cursor.setBlockFormat(heading if p.heading else body)
            cursor.setBlockCharFormat(head_chars if p.heading else plain_chars)
            cursor.insertText(
                p.text.replace("\n", "\u2028"), head_chars if p.heading else plain_chars
            )
        doc.setModified(False)
        previous = self._owned_doc
        # highlights hold cursors into the old document: drop them before it goes
        self._evidence, self._found = [], []
        self._evidence_keys, self._made = [], {}
        self.setExtraSelections([])
        self.setDocument(doc)
        # Qt deletes only the document it made itself; ours would pile up (zoom, sources).
        if previous is not None:
            shiboken6.delete(previous)
        self._owned_doc = doc
        self._gutter.update()

    # ------------------------------------------------------------- selections
    def selected_offsets(self) -> tuple[int, int] | None:
        """The selection as canonical (start, end), or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self.offset_at(cursor.selectionStart())
        end = self.offset_at(cursor.selectionEnd())
        return (start, end) if end > start else None

    def offset_at(self, pos: int) -> int:
        block = self.document().findBlock(pos)
        return self.map.offset(block.blockNumber(), pos - block.position())

    def cursor_for(self, start: int, end: int) -> QTextCursor:
        """A text cursor selecting canonical [start, end)."""
        cursor = QTextCursor(self.document())
        last = max(self.document().characterCount() - 1, 0)
        cursor.setPosition(min(self.map.view_position(start), last))
        cursor.setPosition(min(self.map.view_position(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def select_offsets(self, start: int, end: int) -> None:
        """Select canonical [start, end) as a user would (tests, find)."""
        self.setTextCursor(self.cursor_for(start, end))

    def set_zoom(self, steps: int) -> None:
        """Zoom the text by 10 % steps (-5 … +10), keeping the reading position."""
        steps = max(-5, min(10, steps))
        if steps == self.zoom:
            return
        bar = self.verticalScrollBar()
        fraction = bar.value() / bar.maximum() if bar.maximum() else 0.0
        kept = [
            [
                (s.cursor.anchor(), s.cursor.position(), QTextCharFormat(s.format))
                for s in selections
            ]
            for selections in (self._evidence, self._found)
        ]
        self.zoom = steps
        keys = self._evidence_keys
        self.set_article(self.text, self.headings)
        self._evidence, self._found = ([self._rebased(*k) for k in group] for group in kept)
        self._evidence_keys, self._made = keys, dict(zip(keys, self._evidence, strict=True))
        self._apply()
        bar.setValue(int(fraction * bar.maximum()))

    def _rebased(self, anchor: int, position: int, fmt) -> QTextEdit.ExtraSelection:
        new = QTextEdit.ExtraSelection()
        new.cursor = QTextCursor(self.document())
        new.cursor.setPosition(anchor)
        new.cursor.setPosition(position, QTextCursor.MoveMode.KeepAnchor)
        new.format = fmt
        return new

    @contextmanager
    def _unlaid(self):
        """Cursors made inside do not lay out their paragraph (Qt does when it paints it).

        A cursor made outside an edit block lays out its paragraph at once: thousands of
        highlights spread over a long article laid out all of it before the first paint.
        """
        guard = QTextCursor(self.document())
        guard.beginEditBlock()
        try:
            yield
        finally:
            guard.endEditBlock()

    def _selection(self, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self.cursor_for(start, end)
        fmt = QTextCharFormat()
        fmt.setBackground(colour)
        sel.format = fmt
        return sel

    def _apply(self) -> None:
        self.setExtraSelections(self._evidence + self._found)

    # Qt lays out every paragraph that an extra selection touches as soon as it is set, so
    # thousands of highlights over a long article laid out all of it before the first
    # paint. The view keeps the full list and gives Qt only those in sight when it paints.
    def setExtraSelections(self, selections: list[QTextEdit.ExtraSelection]) -> None:
        """Set the highlights (all of them; Qt is given the visible ones when painting)."""
        self._all = list(selections)
        self._spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in self._all]
        self._given = None
        # Qt lays out each paragraph a selection touches when it is given one: a view not
        # shown yet (the window being built) gets them at its first paint, at its real width
        if len(self._all) <= VISIBLE_ONLY_ABOVE and self.isVisible():
            self._given = (0, -1)
            super().setExtraSelections(self._all)
        self.viewport().update()

    def extraSelections(self) -> list[QTextEdit.ExtraSelection]:
        """Every highlight, shown or scrolled out of sight."""
        return list(self._all)

    def _visible_blocks(self):
        """First and last paragraph (QTextBlock) in sight; lays out no further.

        Walks from the first paragraph seen last time: hit tests are unreliable in the
        margins, and a search over a long article would lay all of it out.
        """
        doc, layout = self.document(), self.document().documentLayout()
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        block = doc.findBlockByNumber(max(0, min(self._first_seen, doc.blockCount() - 1)))
        while block.previous().isValid() and layout.blockBoundingRect(block).top() > top:
            block = block.previous()
        while block.next().isValid() and layout.blockBoundingRect(block).bottom() < top:
            block = block.next()
        self._first_seen = block.blockNumber()
        last = block
        while last.next().isValid() and layout.blockBoundingRect(last.next()).top() < bottom:
            last = last.next()
        return block, last

    def paintEvent(self, event) -> None:
        if self._given is None and len(self._all) <= VISIBLE_ONLY_ABOVE:
            self._given = (0, -1)  # set while the view was hidden
            super().setExtraSelections(self._all)
        elif self._given != (0, -1):
            first, last = self._visible_blocks()
            seen = (first.position(), last.position() + last.length())
            if seen != self._given:
                self._given = seen
                top, bottom = seen
                super().setExtraSelections(
                    [
                        sel
                        for sel, (s, e) in zip(self._all, self._spans, strict=True)
                        if s < bottom and e >= top
                    ]
                )
        super().paintEvent(event)

    def show_matches(self, matches: list[tuple[int, int]], current: int) -> None:
        """Mark find results; the ``current`` one stands out and is scrolled to."""
        with self._unlaid():
            self._found = [
                self._selection(s, e, FIND_CURRENT_COLOUR if i == current else FIND_COLOUR)
                for i, (s, e) in enumerate(matches)
            ]
        self._apply()
        if 0 <= current < len(matches):
            self._scroll_to(*matches[current])

    def show_highlights(self, spans: list[tuple[int, int, str]], focus: list[tuple[int, int]]):
        """Colour (start, end, section) spans; ``focus`` spans stand out and are scrolled to."""
        # One selection per distinct (start, end, colour), the last one kept so the colour on
        # top is unchanged: many items quoting one sentence would repeat it (costly to paint).
        wanted: dict[tuple[int, int, str], None] = {}
        for s, e, k in spans:
            key = (s, e, k if k in KIND_COLOURS else "")
            wanted.pop(key, None)
            wanted[key] = None
        for s, e in focus:
            wanted.pop((s, e, "*"), None)
            wanted[(s, e, "*")] = None
        keys = list(wanted)
        if keys != self._evidence_keys:  # typing in an item changes no highlight: skip
            made = self._made
            with self._unlaid():
                self._evidence = [
                    made[key] if key in made else self._selection(key[0], key[1], _colour(key[2]))
                    for key in keys
                ]
            # selections are reused when the selected item changes; stale ones are dropped
            self._made = dict(zip(keys, self._evidence, strict=True))
            self._evidence_keys = keys
            self._apply()
        if focus:
            self._scroll_to(*focus[0])

    def _scroll_to(self, start: int, end: int) -> None:
        cursor = self.cursor_for(start, end)
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        view_h = self.viewport().height()
        if rect.top() < 0 or rect.bottom() > view_h:
            bar.setValue(bar.value() + rect.top() - view_h // 3)

    def viewportEvent(self, event) -> bool:
        if event.type() == event.Type.ToolTip and self.tooltip_provider is not None:
            offset = self.offset_at(self.cursorForPosition(event.pos()).position())
            text = self.tooltip_provider(offset)
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            pos = self.cursorForPosition(event.position().toPoint()).position()
            self.evidenceClicked.emit(self.offset_at(pos))

    # ----------------------------------------------------------------- gutter
    def gutter_width(self) -> int:
        return self.fontMetrics().horizontalAdvance("¶000") + 16

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        cr = self.contentsRect()
        self._gutter.setGeometry(QRect(cr.left(), cr.top(), self.gutter_width(), cr.height()))

    def paint_gutter(self, widget: QWidget, event) -> None:
        painter = QPainter(widget)  # the background is filled by Qt (autoFillBackground)
        painter.setPen(QColor("#9a9a94"))
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1, 7))
        painter.setFont(small)
        layout = self.document().documentLayout()
        offset = self.verticalScrollBar().value()
        block = self._visible_blocks()[0]  # not the top of a long article
        height = widget.height()
        while block.isValid():
            rect = layout.blockBoundingRect(block)
            top = rect.top() - offset + block.blockFormat().topMargin()
            if top > height:
                break
            if rect.bottom() - offset >= 0:
                number = block.blockNumber()
                line = block.layout().lineAt(0) if block.layout() else None
                if number < len(self.paragraphs) and line is not None and line.isValid():
                    # centred on the paragraph's first line, whatever its font (headings)
                    y = block.layout().position().y() + line.y() - offset
                    painter.drawText(
                        QRect(0, int(y), widget.width() - 8, int(line.height())),
                        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                        f"¶{number + 1}",
                    )
            block = block.next()
        painter.end()
