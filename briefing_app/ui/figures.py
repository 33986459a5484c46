"""Offscreen pictures of the risk matrix and the link chart for the Word export (PNG, SVG).

The pictures are drawn by the same scene code as the views in the window, at a size
where 1000 scene units fill the 16 cm text width of a page, so their text stays
legible in Word. Works headless (``QT_QPA_PLATFORM=offscreen`` is set when there
is no display and no Qt application yet).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from briefing_app.domain.model import Note
from briefing_app.ui import figure_style as fs
from briefing_app.ui.chart_scene import build_chart_scene
from briefing_app.ui.risk_matrix import build_matrix_scene

FIGURES = ("risk_matrix", "link_chart")
PRINT_WIDTH_PX = 1600
PRINT_WIDTH_M = 0.16  # the picture fills the text width of an A4 page
MARGIN = 12.0
_app: QApplication | None = None


def ensure_app() -> QApplication:
    """The running QApplication, or a new headless one for command-line exports."""
    global _app
    app = QApplication.instance()
    if app is not None:
        return app
    headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QApplication([sys.argv[0] if sys.argv else "briefing-app"])
    return _app


def figure_scene(name: str, note: Note, language: str = "") -> QGraphicsScene | None:
    """A scene holding figure ``name`` of ``note``, or None when there is nothing to draw."""
    ensure_app()
    scene = QGraphicsScene()
    if name == "risk_matrix":
        if not note.risks:
            return None
        build_matrix_scene(scene, note, language, legend=True)
    elif name == "link_chart":
        if not note.actors or not note.relationships:
            return None
        build_chart_scene(scene, note, language, legend=True)
    else:
        raise KeyError(name)
    return scene


def frame(scene: QGraphicsScene) -> QRectF:
    """The part of the scene to print: its items plus a margin, at least a page wide."""
    box = scene.itemsBoundingRect().adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
    if box.width() < fs.PAGE_WIDTH:
        box.adjust(-(fs.PAGE_WIDTH - box.width()) / 2, 0, (fs.PAGE_WIDTH - box.width()) / 2, 0)
    return box


def scene_png(scene: QGraphicsScene, width: int = PRINT_WIDTH_PX) -> bytes:
    """PNG bytes of a scene ``width`` pixels wide, white background, print resolution."""
    source = frame(scene)
    height = max(1, round(width * source.height() / source.width()))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    dots = round(width / PRINT_WIDTH_M)
    image.setDotsPerMeterX(dots)
    image.setDotsPerMeterY(dots)
    painter = QPainter(image)
    painter.setRenderHints(
        QPainter.RenderHint.Antialiasing
        | QPainter.RenderHint.TextAntialiasing
        | QPainter.RenderHint.SmoothPixmapTransform
    )
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def scene_svg(scene: QGraphicsScene, title: str = "") -> bytes:
    """SVG bytes of a scene, sized so that it is 16 cm wide."""
    from PySide6.QtSvg import QSvgGenerator

    source = frame(scene)
    width, height = source.width(), source.height()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setResolution(round(fs.PAGE_WIDTH / (PRINT_WIDTH_M / 0.0254)))
    generator.setSize(QSize(round(width), round(height)))
    generator.setViewBox(QRectF(0, 0, width, height))
    generator.setTitle(title)
    painter = QPainter(generator)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, width, height), source, Qt.AspectRatioMode.KeepAspectRatio)
    painter.end()
    buffer.close()
    return bytes(data.data())


def render_figures(
    note: Note, language: str = "", fmt: str = "png", width: int = PRINT_WIDTH_PX
) -> dict[str, bytes]:
    """Pictures of ``note`` keyed "risk_matrix" and "link_chart" (those with content)."""
    out: dict[str, bytes] = {}
    for name in FIGURES:
        scene = figure_scene(name, note, language)
        if scene is None:
            continue
        out[name] = (
            scene_svg(scene, name.replace("_", " ")) if fmt == "svg" else scene_png(scene, width)
        )
        scene.clear()
        scene.deleteLater()
    return out


def render_svg(note: Note, language: str = "") -> dict[str, bytes]:
    """SVG pictures of ``note`` keyed "risk_matrix" and "link_chart"."""
    return render_figures(note, language, fmt="svg")
