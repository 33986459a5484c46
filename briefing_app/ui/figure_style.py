"""Colours, fonts, shapes and text helpers shared by the risk matrix and the link chart.

Figures are drawn in scene units where 1000 units make the 16 cm of a Word page's
text width, so a 17-unit font prints at about 7.7 pt whatever the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainterPath, QPolygonF, QTextOption
from PySide6.QtWidgets import QGraphicsScene, QGraphicsTextItem

PAGE_WIDTH = 1000.0  # scene units for the text width of a Word page (16 cm)
FONT_FAMILIES = ["Arial", "Liberation Sans", "Helvetica", "Arimo", "DejaVu Sans"]

INK = QColor("#1F2933")
MUTED = QColor("#5B6670")
RULE = QColor("#C9CED3")
PAPER = QColor("#FFFFFF")

# Severity bands of likelihood x impact (same bands as the Word export).
SEVERITY_FILL = {
    "low": QColor("#B7D7A8"),
    "medium": QColor("#F3DC8B"),
    "high": QColor("#EFAE7E"),
    "critical": QColor("#D9736B"),
}
SEVERITY_RANGE = {
    "low": "1\u20134",
    "medium": "5\u20139",
    "high": "10\u201314",
    "critical": "15\u201325",
}
MARKER_FILL = QColor("#1D3557")
MARKER_TEXT = QColor("#FFFFFF")
HIGHLIGHT = QColor("#0B63CE")

# Actor kinds: (fill, border). Shapes differ too, so print in grey still tells them apart.
KIND_COLOURS = {
    "company": (QColor("#DCE8F5"), QColor("#2B5C8A")),
    "person": (QColor("#DDF0E8"), QColor("#2E7A5F")),
    "government": (QColor("#F5DEDC"), QColor("#9A3B34")),
    "investor": (QColor("#FBEBCB"), QColor("#9A6A12")),
    "organisation": (QColor("#E8E2F3"), QColor("#5E4A8E")),
    "other": (QColor("#ECEEF0"), QColor("#66707A")),
}
EDGE = QColor("#56616B")


def font(pixels: float, bold: bool = False) -> QFont:
    """A sans-serif font sized in scene units, unhinted so it scales evenly."""
    f = QFont()
    f.setFamilies(FONT_FAMILIES)
    f.setPixelSize(max(1, round(pixels)))
    f.setBold(bold)
    f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return f


def kind_colours(kind: str) -> tuple[QColor, QColor]:
    """Fill and border colour of an actor kind (unknown kinds look like "other")."""
    return KIND_COLOURS.get(kind, KIND_COLOURS["other"])


def kind_path(kind: str, rect: QRectF) -> QPainterPath:
    """The outline of an actor node of ``kind`` filling ``rect``."""
    path = QPainterPath()
    h = rect.height()
    if kind == "person":
        path.addRoundedRect(rect, h / 2, h / 2)
    elif kind == "government":
        d = min(h * 0.35, rect.width() / 4)
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(rect.left() + d, rect.top()),
                    QPointF(rect.right() - d, rect.top()),
                    QPointF(rect.right(), rect.center().y()),
                    QPointF(rect.right() - d, rect.bottom()),
                    QPointF(rect.left() + d, rect.bottom()),
                    QPointF(rect.left(), rect.center().y()),
                ]
            )
        )
        path.closeSubpath()
    elif kind == "investor":
        d = min(h * 0.28, rect.width() / 4)
        r = rect
        path.addPolygon(
            QPolygonF(
                [
                    QPointF(r.left() + d, r.top()),
                    QPointF(r.right() - d, r.top()),
                    QPointF(r.right(), r.top() + d),
                    QPointF(r.right(), r.bottom() - d),
                    QPointF(r.right() - d, r.bottom()),
                    QPointF(r.left() + d, r.bottom()),
                    QPointF(r.left(), r.bottom() - d),
                    QPointF(r.left(), r.top() + d),
                ]
            )
        )
        path.closeSubpath()
    elif kind == "organisation":
        path.addRoundedRect(rect, h * 0.28, h * 0.28)
    else:  # company, other
        path.addRect(rect)
    return path


def add_text(
    scene: QGraphicsScene,
    text: str,
    qfont: QFont,
    colour: QColor,
    rect: QRectF,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    valign: str = "center",
) -> QGraphicsTextItem:
    """Wrapped text placed inside ``rect`` (horizontal ``align``; top, center or bottom)."""
    item = QGraphicsTextItem()
    item.setFont(qfont)
    item.setDefaultTextColor(colour)
    item.document().setDocumentMargin(0)
    option = QTextOption(align)
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    item.document().setDefaultTextOption(option)
    item.setPlainText(text)
    item.setTextWidth(rect.width())
    height = item.boundingRect().height()
    if valign == "top":
        y = rect.top()
    elif valign == "bottom":
        y = rect.bottom() - height
    else:
        y = rect.center().y() - height / 2
    item.setPos(rect.left(), y)
    scene.addItem(item)
    return item
