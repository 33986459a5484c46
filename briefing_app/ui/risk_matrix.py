"""The risk matrix: a 5x5 likelihood x impact heat map with every risk placed on it.

``build_matrix_scene`` draws the figure into a QGraphicsScene (used by the view and
by the Word export's pictures); ``RiskMatrixView`` follows a Document live.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing_app.domain.model import Note, Risk
from briefing_app.formats.export_content import severity_level
from briefing_app.formats.export_labels import Labels
from briefing_app.ui import figure_style as fs

GRID_LEFT, GRID_TOP = 262.0, 8.0
CELL_W, CELL_H = 146.0, 96.0
SCORE_STRIP = 16.0
GRID_RIGHT = GRID_LEFT + 5 * CELL_W
GRID_BOTTOM = GRID_TOP + 5 * CELL_H
ID_ROLE = 0  # QGraphicsItem.data key holding a risk id


def cell_rect(likelihood: int, impact: int) -> QRectF:
    """Scene rectangle of the cell for a likelihood (rows, 1 at the bottom) and an impact."""
    return QRectF(
        GRID_LEFT + (impact - 1) * CELL_W, GRID_TOP + (5 - likelihood) * CELL_H, CELL_W, CELL_H
    )


def placed(risk: Risk) -> bool:
    """True when a risk has both a likelihood and an impact in 1-5."""
    return risk.likelihood in range(1, 6) and risk.impact in range(1, 6)


class RiskMarker(QGraphicsItem):
    """A labelled pill standing for one risk (or "+n" for those that do not fit)."""

    def __init__(self, risk_id: str, text: str, height: float, tooltip: str):
        super().__init__()
        self.risk_id = risk_id
        self.text = text
        self.qfont = fs.font(height * 0.56, bold=True)
        width = QFontMetricsF(self.qfont).horizontalAdvance(text) + height * 0.7
        self.rect = QRectF(0, 0, max(width, height * 1.5), height)
        self.highlighted = False
        self.setData(ID_ROLE, risk_id)
        self.setToolTip(tooltip)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAcceptHoverEvents(True)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        radius = self.rect.height() / 2
        if self.highlighted:
            painter.setPen(QPen(fs.HIGHLIGHT, 3.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(
                self.rect.adjusted(-2.5, -2.5, 2.5, 2.5), radius + 2, radius + 2
            )
        painter.setPen(QPen(fs.PAPER, 1.5))
        painter.setBrush(QBrush(fs.MARKER_FILL))
        painter.drawRoundedRect(self.rect, radius, radius)
        painter.setFont(self.qfont)
        painter.setPen(fs.MARKER_TEXT)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


def _tooltip(risk: Risk, labels: Labels) -> str:
    lines = [f"{risk.id} \u2014 {risk.title}" if risk.title else risk.id]
    if placed(risk):
        lines.append(
            f"{labels['likelihood']}{labels['colon']}{risk.likelihood} "
            f"({labels.likelihood(risk.likelihood)}) \u00b7 {labels['impact']}{labels['colon']}"
            f"{risk.impact} ({labels.impact(risk.impact)})"
        )
    return "\n".join(lines)


def _place_markers(scene, risks: list[Risk], labels: Labels, rect: QRectF) -> list[RiskMarker]:
    """Lay the markers of one cell out in centred rows, smaller when crowded."""
    area = rect.adjusted(0, SCORE_STRIP, 0, 0)  # keep clear of the score in the corner
    for height in (30.0, 25.0, 21.0):
        gap = height * 0.2
        shown, overflow = _fit(risks, labels, area, height, gap)
        if not overflow:
            break
    markers = shown
    if overflow:  # the last slot says how many more there are
        markers = shown[:-1]
        extra = risks[len(markers) :]
        names = "\n".join(_tooltip(r, labels).split("\n")[0] for r in extra)
        markers.append(RiskMarker(extra[0].id, f"+{len(extra)}", height, names))
    rows: list[list[RiskMarker]] = [[]]
    width = 0.0
    for m in markers:
        w = m.rect.width()
        if rows[-1] and width + gap + w > rect.width() - 2 * gap:
            rows.append([])
            width = 0.0
        width += (gap if rows[-1] else 0) + w
        rows[-1].append(m)
    total_h = len(rows) * height + (len(rows) - 1) * gap
    y = rect.center().y() - total_h / 2
    if y < area.top() + gap:
        y = area.center().y() - total_h / 2
    for row in rows:
        row_w = sum(m.rect.width() for m in row) + gap * (len(row) - 1)
        x = rect.center().x() - row_w / 2
        for m in row:
            m.setPos(x, y)
            scene.addItem(m)
            x += m.rect.width() + gap
        y += height + gap
    return markers


def _fit(risks, labels, rect: QRectF, height: float, gap: float):
    """Markers that fit in ``rect`` at this size, and the risks left over."""
    markers = [RiskMarker(r.id, r.id, height, _tooltip(r, labels)) for r in risks]
    rows, width, count = 1, 0.0, 0
    max_rows = int((rect.height() - 2 * gap + gap) // (height + gap))
    for m in markers:
        w = min(m.rect.width(), rect.width() - 2 * gap)
        if width and width + gap + w > rect.width() - 2 * gap:
            rows, width = rows + 1, 0.0
        if rows > max_rows:
            break
        width += (gap if width else 0) + w
        count += 1
    return markers[:count], risks[count:]


def build_matrix_scene(
    scene: QGraphicsScene, note: Note, language: str = "", legend: bool = True
) -> dict[str, RiskMarker]:
    """Draw the matrix of ``note`` into ``scene``; return the marker of each placed risk."""
    labels = Labels(language or note.language)
    scene.clear()
    scene.setBackgroundBrush(QBrush(fs.PAPER))
    for lik in range(1, 6):
        for imp in range(1, 6):
            rect = cell_rect(lik, imp)
            fill = fs.SEVERITY_FILL[severity_level(lik, imp)]
            scene.addRect(rect, QPen(fs.PAPER, 3), QBrush(fill))
            score = rect.adjusted(0, 5, -8, 0)
            fs.add_text(
                scene,
                str(lik * imp),
                fs.font(13),
                QColor(0, 0, 0, 110),
                score,
                Qt.AlignmentFlag.AlignRight,
                "top",
            )
    label_font, number_font = fs.font(17), fs.font(20, bold=True)
    for lik in range(1, 6):
        rect = cell_rect(lik, 1)
        fs.add_text(
            scene, str(lik), number_font, fs.INK, QRectF(GRID_LEFT - 34, rect.top(), 24, CELL_H)
        )
        fs.add_text(
            scene,
            labels.likelihood(lik),
            label_font,
            fs.MUTED,
            QRectF(46, rect.top(), GRID_LEFT - 46 - 40, CELL_H),
            Qt.AlignmentFlag.AlignRight,
        )
    for imp in range(1, 6):
        rect = cell_rect(1, imp)
        fs.add_text(
            scene,
            str(imp),
            number_font,
            fs.INK,
            QRectF(rect.left(), GRID_BOTTOM + 8, CELL_W, 24),
            valign="top",
        )
        fs.add_text(
            scene,
            labels.impact(imp),
            label_font,
            fs.MUTED,
            QRectF(rect.left() + 4, GRID_BOTTOM + 34, CELL_W - 8, 24),
            valign="top",
        )
    axis_font = fs.font(17, bold=True)
    title = fs.add_text(
        scene, f"{labels['likelihood']} \u2192", axis_font, fs.INK, QRectF(0, 0, 5 * CELL_H, 24)
    )
    title.setRotation(-90)
    title.setPos(4, GRID_BOTTOM)
    fs.add_text(
        scene,
        f"{labels['impact']} \u2192",
        axis_font,
        fs.INK,
        QRectF(GRID_LEFT, GRID_BOTTOM + 62, 5 * CELL_W, 24),
    )
    if legend:
        add_severity_legend(scene, labels, QPointF(GRID_LEFT + 2.5 * CELL_W, GRID_BOTTOM + 112))
    grid: dict[tuple[int, int], list[Risk]] = {}
    for risk in note.risks:
        if placed(risk):
            grid.setdefault((risk.likelihood, risk.impact), []).append(risk)
    markers: dict[str, RiskMarker] = {}
    for (lik, imp), risks in grid.items():
        for m in _place_markers(scene, risks, labels, cell_rect(lik, imp)):
            markers.setdefault(m.risk_id, m)
    scene.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
    return markers


def add_severity_legend(scene: QGraphicsScene, labels: Labels, centre: QPointF) -> None:
    """A row "Severity: [] Low 1-4 [] Medium 5-9 ..." centred on ``centre``."""
    qfont, bold = fs.font(15), fs.font(15, bold=True)
    fm, fmb = QFontMetricsF(qfont), QFontMetricsF(bold)
    head = labels["severity"] + labels["colon"].rstrip()
    parts = [
        (level, f"{labels['legend_' + level]} ({fs.SEVERITY_RANGE[level]})")
        for level in ("low", "medium", "high", "critical")
    ]
    swatch, space = 18.0, 22.0
    width = fmb.horizontalAdvance(head) + space
    width += sum(swatch + 6 + fm.horizontalAdvance(t) + space for _, t in parts) - space
    x, y = centre.x() - width / 2, centre.y()
    fs.add_text(scene, head, bold, fs.INK, QRectF(x, y - 12, width, 24), Qt.AlignmentFlag.AlignLeft)
    x += fmb.horizontalAdvance(head) + space
    for level, text in parts:
        scene.addRect(
            QRectF(x, y - swatch / 2, swatch, swatch),
            QPen(fs.RULE, 1),
            QBrush(fs.SEVERITY_FILL[level]),
        )
        x += swatch + 6
        w = fm.horizontalAdvance(text) + 2
        fs.add_text(
            scene, text, qfont, fs.INK, QRectF(x, y - 12, w, 24), Qt.AlignmentFlag.AlignLeft
        )
        x += w + space - 2


class _MatrixCanvas(QGraphicsView):
    clicked = Signal(str)

    def __init__(self, scene: QGraphicsScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QGraphicsView.Shape.NoFrame)
        self.setMinimumSize(240, 170)

    def fit(self) -> None:
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def mousePressEvent(self, event) -> None:
        item = self.itemAt(event.position().toPoint())
        while item is not None and item.data(ID_ROLE) is None:
            item = item.parentItem()
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(str(item.data(ID_ROLE)))
            event.accept()
            return
        super().mousePressEvent(event)


class RiskMatrixView(QWidget):
    """The risk matrix of a Document, live; risks off the matrix are listed beside it."""

    riskClicked = Signal(str)

    def __init__(self, doc=None, parent=None):
        super().__init__(parent)
        self.doc = None
        self.markers: dict[str, RiskMarker] = {}
        self.selected_id = ""
        self._drawn: tuple | None = None  # what the scene shows, None when out of date
        self.scene = QGraphicsScene(self)
        self.canvas = _MatrixCanvas(self.scene, self)
        self.canvas.setAccessibleName(self.tr("Risk matrix"))
        self.canvas.clicked.connect(self._clicked)
        self.unplaced_label = QLabel(self.tr("Not on the matrix (likelihood or impact not set)"))
        self.unplaced_label.setWordWrap(True)
        self.unplaced = QListWidget(self)
        self.unplaced.setAccessibleName(self.tr("Risks not on the matrix"))
        self.unplaced.itemClicked.connect(
            lambda it: self._clicked(it.data(Qt.ItemDataRole.UserRole))
        )
        self.unplaced.itemActivated.connect(
            lambda it: self._clicked(it.data(Qt.ItemDataRole.UserRole))
        )
        side = QWidget(self)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.unplaced_label)
        side_layout.addWidget(self.unplaced)
        side.setMaximumWidth(200)
        side.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.side = side
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(side)
        if doc is not None:
            self.set_document(doc)

    def set_document(self, doc) -> None:
        """Follow ``doc`` (a briefing_app.app.document.Document) from now on."""
        if self.doc is not None:
            try:  # the old document may already be gone
                for signal in self._signals(self.doc):
                    signal.disconnect(self._changed)
            except (RuntimeError, TypeError):
                pass
        self.doc = doc
        for signal in self._signals(doc):
            signal.connect(self._changed)
        self.refresh()

    @staticmethod
    def _signals(doc):
        return (doc.inserted, doc.removed, doc.itemChanged, doc.sectionReset, doc.fieldChanged)

    def _changed(self, section: str, *_args) -> None:
        if section not in ("risks", "language") or self._drawn == self._signature():
            return  # e.g. evidence attached: nothing the matrix shows
        if self.isVisible():
            self.refresh()
        else:
            self._drawn = None  # redraw when shown

    def _signature(self) -> tuple:
        note = self.doc.note if self.doc is not None else Note()
        risks = tuple((r.id, r.title, r.likelihood, r.impact) for r in note.risks)
        return note.language, risks

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._drawn is None:
            self.refresh()

    def refresh(self) -> None:
        """Redraw from the document's note."""
        note = self.doc.note if self.doc is not None else Note()
        self._drawn = self._signature()
        self.markers = build_matrix_scene(self.scene, note, legend=True)
        self.canvas.fit()
        self.unplaced.clear()
        for risk in note.risks:
            if not placed(risk):
                item = QListWidgetItem(f"{risk.id}  {risk.title}".strip())
                item.setData(Qt.ItemDataRole.UserRole, risk.id)
                item.setToolTip(risk.title)
                self.unplaced.addItem(item)
        self.side.setVisible(self.unplaced.count() > 0)
        self.select_risk(self.selected_id)

    def select_risk(self, risk_id: str) -> None:
        """Ring the marker of ``risk_id`` (the risk selected elsewhere); "" for none."""
        self.selected_id = risk_id
        for marker in self.markers.values():
            marker.highlighted = marker.risk_id == risk_id and marker.text == risk_id
            marker.update()

    def _clicked(self, risk_id: str) -> None:
        if risk_id:
            self.select_risk(risk_id)
            self.riskClicked.emit(risk_id)
