"""The link chart view: the actors and relationships of a Document, live and draggable.

Each drag of one or several nodes is stored in ``Note.layout`` as one undo step
(``Document.set_layout``); undo puts the nodes back. Stored positions win over the
automatic layout, which places the actors the analyst has not moved.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsScene, QGraphicsView, QMenu

from briefing_app.domain.model import Note
from briefing_app.formats.export_labels import Labels
from briefing_app.ui import figure_style as fs
from briefing_app.ui.chart_scene import (
    NodeItem,
    build_chart_scene,
    chart_positions,
    legend_width,
    paint_legend,
    place_labels,
    used_kinds,
)

MAX_FIT_SCALE = 1.3
MIN_FIT_SCALE = 0.55  # below this names get hard to read: scroll instead
LEGEND_SCALE = 0.7  # legend units -> screen pixels
LEGEND_HEIGHT = 36.0


class LinkChartView(QGraphicsView):
    """Actors as nodes, relationships as arrows; drag nodes, click one to select its actor."""

    actorClicked = Signal(str)

    def __init__(self, doc=None, parent=None):
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setAccessibleName(self.tr("Link chart"))
        self.setMinimumSize(240, 180)
        self.doc = None
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list = []
        self.zoomed = False
        self._pressed: dict[str, list[float]] | None = None
        self._drawn: tuple | None = None  # what the scene shows, None when out of date
        self.auto_action = QAction(self.tr("&Automatic layout"), self)
        self.auto_action.setStatusTip(self.tr("Forget the positions you gave the actors"))
        self.auto_action.triggered.connect(self._automatic_layout)
        self.fit_action = QAction(self.tr("&Fit to window"), self)
        self.fit_action.triggered.connect(self.fit)
        self.addAction(self.auto_action)
        self.addAction(self.fit_action)
        if doc is not None:
            self.set_document(doc)

    # ------------------------------------------------------------- document
    def set_document(self, doc) -> None:
        """Follow ``doc`` (a briefing_app.app.document.Document) from now on."""
        if self.doc is not None:
            try:  # the old document may already be gone
                for signal in self._signals(self.doc):
                    signal.disconnect(self._changed)
                self.doc.layoutChanged.disconnect(self.apply_layout)
            except (RuntimeError, TypeError):
                pass
        self.doc = doc
        for signal in self._signals(doc):
            signal.connect(self._changed)
        doc.layoutChanged.connect(self.apply_layout)
        self.zoomed = False
        self.refresh()

    @staticmethod
    def _signals(doc):
        return (doc.inserted, doc.removed, doc.itemChanged, doc.sectionReset, doc.fieldChanged)

    def _changed(self, section: str, *_args) -> None:
        if section not in ("actors", "relationships", "language"):
            return
        if self._drawn == self._signature():
            return  # e.g. evidence attached: nothing the chart shows
        if self.isVisible():
            self.refresh()
        else:
            self._drawn = None  # redraw when shown

    def _signature(self) -> tuple:
        note = self.note
        actors = tuple((a.id, a.name, a.kind) for a in note.actors)
        rels = tuple((r.id, r.source, r.target, r.kind) for r in note.relationships)
        return note.language, actors, rels

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._drawn is None:
            self.refresh()

    @property
    def note(self) -> Note:
        return self.doc.note if self.doc is not None else Note()

    def refresh(self) -> None:
        """Rebuild the chart from the note (selection kept)."""
        selected = self.selected_ids()
        self._drawn = self._signature()
        self.nodes, self.edges = build_chart_scene(self.scene(), self.note, legend=False)
        for actor_id, node in self.nodes.items():
            node.make_movable()
            node.setSelected(actor_id in selected)
        self._grow_scene()
        if not self.zoomed:
            self.fit()
        self.viewport().update()

    def apply_layout(self) -> None:
        """Move the nodes to the note's stored positions (automatic for the others)."""
        sizes = {k: (n.rect.width(), n.rect.height()) for k, n in self.nodes.items()}
        for actor_id, (x, y) in chart_positions(self.note, sizes).items():
            node = self.nodes[actor_id]
            if node.pos() != QPointF(x, y):
                node.setPos(x, y)
        place_labels(self.nodes, self.edges)
        self._grow_scene()

    def positions(self) -> dict[str, list[float]]:
        """Current centre of every node, rounded for the note file."""
        return {k: [round(n.pos().x(), 1), round(n.pos().y(), 1)] for k, n in self.nodes.items()}

    def selected_ids(self) -> list[str]:
        """Ids of the selected actors."""
        return [k for k, n in self.nodes.items() if n.isSelected()]

    def select_actor(self, actor_id: str) -> None:
        """Select the node of ``actor_id`` alone and bring it into view; "" clears."""
        for key, node in self.nodes.items():
            node.setSelected(key == actor_id)
        if actor_id in self.nodes:
            self.ensureVisible(self.nodes[actor_id])

    def _automatic_layout(self) -> None:
        if self.doc is not None:
            self.doc.clear_layout()

    # ------------------------------------------------------------- viewing
    def _grow_scene(self) -> None:
        self.scene().setSceneRect(self.scene().itemsBoundingRect().adjusted(-40, -40, 40, 40))

    def fit(self) -> None:
        """Show the whole chart above the legend, at a scale where names stay readable."""
        box = self.scene().itemsBoundingRect()
        self.resetTransform()
        self.zoomed = False
        if box.isEmpty():
            return
        legend = LEGEND_HEIGHT * LEGEND_SCALE + 16
        width = max(self.viewport().width() - 24, 10)
        height = max(self.viewport().height() - 24 - legend, 10)
        scale = min(width / box.width(), height / box.height(), MAX_FIT_SCALE)
        scale = max(scale, MIN_FIT_SCALE)
        self.scale(scale, scale)
        self.centerOn(box.center() + QPointF(0, legend / 2 / scale))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if not self.zoomed:
            self.fit()

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120
            self.scale(1.15**steps, 1.15**steps)
            self.zoomed = True
            event.accept()
            return
        super().wheelEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = QMenu(self)
        menu.addAction(self.auto_action)
        menu.addAction(self.fit_action)
        self.auto_action.setEnabled(bool(self.note.layout))
        menu.exec(event.globalPos())

    # ------------------------------------------------------------- dragging
    def node_at(self, pos) -> NodeItem | None:
        """The node under a viewport position, if any."""
        for item in self.items(pos):
            if isinstance(item, NodeItem):
                return item
        return None

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        node = self.node_at(event.position().toPoint())
        if node is not None and event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.positions()
            self.actorClicked.emit(node.actor_id)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        self.drop()

    def drop(self) -> None:
        """End a drag: store the new positions as one undo step if a node moved."""
        before, self._pressed = self._pressed, None
        if before is None or self.doc is None:
            return
        after = self.positions()
        moved = [k for k in after if before.get(k) != after[k]]
        if not moved:
            return
        if len(moved) == 1:
            text = self.tr("Move %s") % self.note.actor_name(moved[0])
        else:
            text = self.tr("Move %n actor(s)", "", len(moved))
        self.doc.set_layout(after, text)
        place_labels(self.nodes, self.edges)

    # ------------------------------------------------------------- painting
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        painter.fillRect(rect, fs.PAPER)
        if self.nodes:
            return
        painter.save()
        painter.resetTransform()
        painter.setPen(fs.MUTED)
        painter.drawText(
            QRectF(self.viewport().rect()).adjusted(20, 20, -20, -20),
            int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap),
            self.tr("Add actors and relationships to see them here."),
        )
        painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        kinds = used_kinds(self.note) if self.nodes else []
        if not kinds:
            return
        labels = Labels(self.note.language)
        width = legend_width(kinds, labels)
        painter.save()
        painter.resetTransform()
        painter.translate(8, self.viewport().height() - 8 - LEGEND_HEIGHT * LEGEND_SCALE)
        painter.scale(LEGEND_SCALE, LEGEND_SCALE)
        painter.setPen(QPen(fs.RULE, 1))
        painter.setBrush(QBrush(QColor(255, 255, 255, 225)))
        painter.drawRoundedRect(QRectF(0, 0, width + 20, LEGEND_HEIGHT), 6, 6)
        paint_legend(painter, QPointF(10, 3), kinds, labels)
        painter.restore()
