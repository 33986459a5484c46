"""The link chart scene: actors as nodes shaped and coloured by kind, relationships as arrows.

``build_chart_scene`` draws the chart into a QGraphicsScene, for the interactive
view (ui/link_chart.py) and for the Word export's pictures (ui/figures.py).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from briefing_app.domain.graph_layout import layout_graph
from briefing_app.domain.model import Note
from briefing_app.domain.vocab import ACTOR_KINDS
from briefing_app.formats.export_labels import Labels
from briefing_app.ui import figure_style as fs

NODE_FONT, EDGE_FONT, LEGEND_FONT = 17.0, 14.0, 15.0
TEXT_WIDTH = 145.0  # names wrap beyond this width (scene units)
PAD_X, PAD_Y = 12.0, 8.0
LAYOUT_GAP = 70.0  # room between linked boxes for the arrow and its label
STRETCH = 1.0  # > 1 spreads the chart sideways
ARROW = 12.0
_layout_cache: dict[tuple, dict] = {}


def node_size(name: str, kind: str) -> tuple[float, float]:
    """Width and height of the box for an actor (text wrapped, shape ends included)."""
    fm = QFontMetricsF(fs.font(NODE_FONT, bold=True))
    flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
    box = fm.boundingRect(QRectF(0, 0, TEXT_WIDTH, 1e5), flags, name or "?")
    h = box.height() + 2 * PAD_Y
    extra = {"person": h * 0.35, "government": h * 0.45, "investor": h * 0.25}.get(kind, 0.0)
    return round(max(box.width(), 40.0) + 2 * PAD_X + extra, 1), round(h, 1)


class NodeItem(QGraphicsItem):
    """One actor: its name inside the shape of its kind; movable and selectable."""

    def __init__(self, actor_id: str, name: str, kind: str, size: tuple[float, float]):
        super().__init__()
        self.actor_id, self.name, self.kind = actor_id, name or actor_id, kind
        w, h = size
        self.rect = QRectF(-w / 2, -h / 2, w, h)
        self.path = fs.kind_path(kind, self.rect)
        self.edges: list[EdgeItem] = []
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges)
        self.setZValue(2)
        self.setToolTip(name)

    def make_movable(self) -> None:
        """Let the analyst drag and select the node."""
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        return self.path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill, border = fs.kind_colours(self.kind)
        selected = self.isSelected()
        pen = QPen(fs.HIGHLIGHT if selected else border, 3.2 if selected else 1.8)
        if self.kind not in ACTOR_KINDS or self.kind == "other":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(self.path)
        painter.setFont(fs.font(NODE_FONT, bold=True))
        painter.setPen(fs.INK)
        flags = int(Qt.AlignmentFlag.AlignCenter) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(self.rect.adjusted(PAD_X / 2, 0, -PAD_X / 2, 0), flags, self.name)

    def itemChange(self, change, value):
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)


class EdgeLabel(QGraphicsItem):
    """The kind of a relationship on a white tab, above the lines, below the nodes."""

    def __init__(self, text: str):
        super().__init__()
        self.text = text
        self.qfont = fs.font(EDGE_FONT)
        fm = QFontMetricsF(self.qfont)
        w, h = fm.horizontalAdvance(text) + 10, fm.height() + 2
        self.rect = QRectF(-w / 2, -h / 2, w, h)
        self.setZValue(1)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(fs.PAPER))
        painter.drawRoundedRect(self.rect, 4, 4)
        painter.setFont(self.qfont)
        painter.setPen(fs.MUTED)
        painter.drawText(self.rect, Qt.AlignmentFlag.AlignCenter, self.text)


class EdgeItem(QGraphicsItem):
    """A relationship: an arrow from source to target, bent when several join one pair."""

    def __init__(self, rel_id: str, source: NodeItem, target: NodeItem, label: str, bend: float):
        super().__init__()
        self.rel_id, self.source, self.target, self.bend = rel_id, source, target, bend
        self.label = EdgeLabel(label) if label else None
        self.path = QPainterPath()
        self.head = QPolygonF()
        self.label_at = 0.5  # where the label sits along the visible part of the arrow
        self.label_shift = 0.0  # -1, 0 or 1: beside the line or on it
        self.curve = (QPointF(), QPointF(), QPointF(), 0.0, 0.0)
        self.setZValue(0)
        source.edges.append(self)
        target.edges.append(self)

    def boundingRect(self) -> QRectF:
        return self.path.boundingRect().united(self.head.boundingRect()).adjusted(-3, -3, 3, 3)

    def adjust(self) -> None:
        """Recompute the curve after a node moved."""
        self.prepareGeometryChange()
        p0, p2 = self.source.pos(), self.target.pos()
        mid = (p0 + p2) / 2
        d = p2 - p0
        length = math.hypot(d.x(), d.y()) or 1.0
        p1 = mid + QPointF(-d.y() / length, d.x() / length) * self.bend
        t0 = _exit(p0, p1, p2, self.source, 0.0, 0.5)
        t1 = _exit(p0, p1, p2, self.target, 1.0, 0.5)
        path = QPainterPath()
        self.head = QPolygonF()
        if t1 - t0 > 0.02:
            start, end = _bezier(p0, p1, p2, t0), _bezier(p0, p1, p2, t1)
            tangent = _tangent(p0, p1, p2, t1)
            norm = math.hypot(tangent.x(), tangent.y()) or 1.0
            ux, uy = tangent.x() / norm, tangent.y() / norm
            base = QPointF(end.x() - ux * ARROW, end.y() - uy * ARROW)
            side = QPointF(-uy * ARROW * 0.42, ux * ARROW * 0.42)
            self.head = QPolygonF([end, base + side, base - side])
            control = _blossom(p0, p1, p2, t0, t1)
            path.moveTo(start)
            path.quadTo(control, base)
            self.curve = (p0, p1, p2, t0, t1)
            if self.label is not None:
                self.place_label()
                self.label.setVisible(math.hypot(end.x() - start.x(), end.y() - start.y()) > 20)
        elif self.label is not None:
            self.label.setVisible(False)
        self.path = path

    def normal(self) -> QPointF:
        """Unit vector across the arrow."""
        p0, _p1, p2, _t0, _t1 = self.curve
        d = p2 - p0
        length = math.hypot(d.x(), d.y()) or 1.0
        return QPointF(-d.y() / length, d.x() / length)

    def place_label(self) -> None:
        """Put the label at its chosen spot."""
        offset = self.normal() * (self.label_shift * (self.label.rect.height() / 2 + 3))
        self.label.setPos(self.point_at(self.label_at) + offset)

    def point_at(self, fraction: float) -> QPointF:
        """A point ``fraction`` of the way along the visible part of the arrow."""
        p0, p1, p2, t0, t1 = self.curve
        return _bezier(p0, p1, p2, t0 + (t1 - t0) * fraction)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(fs.EDGE, 1.7))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self.path)
        if not self.head.isEmpty():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fs.EDGE))
            painter.drawPolygon(self.head)


LABEL_SPOTS = (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78, 0.15, 0.85)


def place_labels(nodes: dict[str, NodeItem], edges: list[EdgeItem]) -> None:
    """Move each edge label along its arrow (or just beside it) clear of nodes and labels."""
    obstacles = [n.mapRectToScene(n.rect).adjusted(-3, -3, 3, 3) for n in nodes.values()]
    taken: list[QRectF] = []
    for edge in sorted(edges, key=lambda e: e.rel_id):
        label = edge.label
        if label is None or not label.isVisible():
            continue
        best, best_cost = (0.5, 0.0), math.inf
        normal = edge.normal()
        reach = max(label.rect.width(), label.rect.height() * 2)
        zone = edge.path.boundingRect().adjusted(-reach, -reach, reach, reach)
        near = [o for o in obstacles if o.intersects(zone)]
        near_taken = [t for t in taken if t.intersects(zone)]
        for shift in (0.0, 1.0, -1.0):
            offset = normal * (shift * (label.rect.height() / 2 + 3))
            for spot in LABEL_SPOTS:
                rect = label.rect.translated(edge.point_at(spot) + offset)
                cost = sum(_area(rect, o) for o in near) * 10
                cost += sum(_area(rect, t) for t in near_taken) * 3
                cost += abs(spot - 0.5) * 20 + abs(shift) * 40  # the middle, on the line
                if cost < best_cost:
                    best, best_cost = (spot, shift), cost
        edge.label_at, edge.label_shift = best
        edge.place_label()
        placed = label.rect.translated(label.pos())
        hidden = sum(_area(placed, o) for o in near) > 0.3 * _area(placed, placed)
        label.setZValue(3 if hidden else 1)  # no clear spot: better over a box than under it
        taken.append(placed)


def _area(a: QRectF, b: QRectF) -> float:
    r = a.intersected(b)
    return r.width() * r.height() if r.isValid() else 0.0


def _bezier(p0: QPointF, p1: QPointF, p2: QPointF, t: float) -> QPointF:
    u = 1 - t
    return p0 * (u * u) + p1 * (2 * u * t) + p2 * (t * t)


def _tangent(p0: QPointF, p1: QPointF, p2: QPointF, t: float) -> QPointF:
    return (p1 - p0) * (2 * (1 - t)) + (p2 - p1) * (2 * t)


def _blossom(p0: QPointF, p1: QPointF, p2: QPointF, t0: float, t1: float) -> QPointF:
    """Control point of the part of the quadratic curve between t0 and t1."""
    return p0 * ((1 - t0) * (1 - t1)) + p1 * ((1 - t0) * t1 + t0 * (1 - t1)) + p2 * (t0 * t1)


def _exit(p0, p1, p2, node: NodeItem, inside: float, outside: float) -> float:
    """Curve parameter where the curve leaves ``node``'s shape (bisection)."""
    for _ in range(18):
        t = (inside + outside) / 2
        if node.path.contains(node.mapFromScene(_bezier(p0, p1, p2, t))):
            inside = t
        else:
            outside = t
    return outside


def _label_room(note: Note) -> tuple:
    """Room each link needs between its boxes: its widest label and the arrow head."""
    labels = Labels(note.language)
    fm = QFontMetricsF(fs.font(EDGE_FONT))
    room: dict[tuple[str, str], float] = {}
    for rel in note.relationships:
        key = (rel.source, rel.target) if rel.source < rel.target else (rel.target, rel.source)
        need = fm.horizontalAdvance(labels.value(rel.kind)) + 2 * ARROW + 28
        room[key] = max(room.get(key, 0.0), round(need, 1))
    return tuple(sorted(room.items()))


def chart_positions(note: Note, sizes: dict[str, tuple[float, float]]) -> dict[str, tuple]:
    """Node centres: the note's stored positions, the automatic layout for the rest."""
    fixed = {}
    for actor_id, value in (note.layout or {}).items():
        try:
            x, y = float(value[0]), float(value[1])
        except (TypeError, ValueError, IndexError, KeyError):
            continue
        if actor_id in sizes and math.isfinite(x) and math.isfinite(y):
            fixed[actor_id] = (x, y)
    if len(fixed) == len(sizes):
        return fixed
    edges = tuple((r.source, r.target) for r in note.relationships)
    room = _label_room(note)
    key = (tuple(sorted(sizes.items())), edges, tuple(sorted(fixed.items())), room)
    if key not in _layout_cache:
        if len(_layout_cache) > 32:
            _layout_cache.clear()
        _layout_cache[key] = layout_graph(
            list(sizes), edges, sizes, fixed, gap=LAYOUT_GAP, stretch=STRETCH, room=dict(room)
        )
    return dict(_layout_cache[key])


def build_chart_scene(
    scene: QGraphicsScene, note: Note, language: str = "", legend: bool = True
) -> tuple[dict[str, NodeItem], list[EdgeItem]]:
    """Draw the link chart of ``note`` into ``scene``; return its nodes and edges."""
    labels = Labels(language or note.language)
    scene.clear()
    scene.setBackgroundBrush(QBrush(fs.PAPER))
    nodes: dict[str, NodeItem] = {}
    for actor in note.actors:
        if actor.id and actor.id not in nodes:
            nodes[actor.id] = NodeItem(
                actor.id, actor.name, actor.kind, node_size(actor.name or actor.id, actor.kind)
            )
    positions = chart_positions(
        note, {k: (n.rect.width(), n.rect.height()) for k, n in nodes.items()}
    )
    for actor_id, node in nodes.items():
        node.setPos(*positions[actor_id])
        scene.addItem(node)
    edges = []
    pairs: dict[tuple[str, str], list] = {}
    for rel in note.relationships:
        if rel.source in nodes and rel.target in nodes and rel.source != rel.target:
            pairs.setdefault(tuple(sorted((rel.source, rel.target))), []).append(rel)
    for (a, _b), rels in pairs.items():
        for k, rel in enumerate(rels):
            bend = (k - (len(rels) - 1) / 2) * 46.0
            if rel.source != a:
                bend = -bend
            edge = EdgeItem(
                rel.id, nodes[rel.source], nodes[rel.target], labels.value(rel.kind), bend
            )
            scene.addItem(edge)
            if edge.label is not None:
                scene.addItem(edge.label)
            edge.adjust()
            edges.append(edge)
    place_labels(nodes, edges)
    if legend and nodes:
        kinds = used_kinds(note)
        box = scene.itemsBoundingRect()
        item = LegendItem(kinds, labels)
        item.setPos(box.center().x() - item.rect.width() / 2, box.bottom() + 28)
        scene.addItem(item)
    return nodes, edges


def used_kinds(note: Note) -> list[str]:
    """Actor kinds present in the note, in vocabulary order (unknown ones as "other")."""
    present = {a.kind if a.kind in ACTOR_KINDS else "other" for a in note.actors}
    return [k for k in ACTOR_KINDS if k in present]


class LegendItem(QGraphicsItem):
    """One row: a small node shape and the name of each actor kind in use."""

    def __init__(self, kinds: list[str], labels: Labels):
        super().__init__()
        self.kinds, self.labels = kinds, labels
        self.rect = QRectF(0, 0, legend_width(kinds, labels), 30)

    def boundingRect(self) -> QRectF:
        return self.rect

    def paint(self, painter: QPainter, option, widget=None) -> None:
        paint_legend(painter, QPointF(0, 0), self.kinds, self.labels)


def legend_width(kinds: list[str], labels: Labels) -> float:
    """Width of the legend row in scene units."""
    fm = QFontMetricsF(fs.font(LEGEND_FONT))
    return sum(40 + 8 + fm.horizontalAdvance(labels.value(k)) + 24 for k in kinds) - 24


def paint_legend(painter: QPainter, origin: QPointF, kinds: list[str], labels: Labels) -> None:
    """Draw the legend row with its top-left corner at ``origin``."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    qfont = fs.font(LEGEND_FONT)
    fm = QFontMetricsF(qfont)
    x, y = origin.x(), origin.y()
    for kind in kinds:
        fill, border = fs.kind_colours(kind)
        pen = QPen(border, 1.6)
        if kind == "other":
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawPath(fs.kind_path(kind, QRectF(x, y + 5, 40, 20)))
        x += 48
        text = labels.value(kind)
        painter.setFont(qfont)
        painter.setPen(fs.INK)
        painter.drawText(
            QRectF(x, y, fm.horizontalAdvance(text) + 2, 30),
            int(Qt.AlignmentFlag.AlignVCenter),
            text,
        )
        x += fm.horizontalAdvance(text) + 24
