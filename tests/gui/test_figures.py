"""The risk matrix and the link chart: placed right, clickable, draggable with undo, printable."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import docx
import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QImage, QMouseEvent
from PySide6.QtWidgets import QApplication

from briefing_app.app.document import Document
from briefing_app.domain.model import Actor, Note, Relationship, Risk
from briefing_app.formats.export import export_note
from briefing_app.formats.note_yaml import load_note
from briefing_app.paths import resource
from briefing_app.ui.figures import render_figures, render_svg
from briefing_app.ui.link_chart import LinkChartView
from briefing_app.ui.risk_matrix import RiskMatrixView, cell_rect


def risk_note() -> Note:
    note = Note(language="en")
    note.risks = [
        Risk(id="r1", title="Investor takes control", likelihood=3, impact=4),
        Risk(id="r2", title="Cloud under foreign law", likelihood=3, impact=4),
        Risk(id="r3", title="Key staff leave", likelihood=5, impact=1),
        Risk(id="r4", title="Not yet graded", likelihood=2),
    ]
    return note


def chart_note() -> Note:
    note = Note(language="fr")
    note.actors = [
        Actor(id="acme", name="Acme Industries", kind="company"),
        Actor(id="lab", name="Lab IA", kind="company"),
        Actor(id="jane", name="Jane Roe", kind="person"),
        Actor(id="state", name="Ministère de l'Industrie", kind="government"),
        Actor(id="fund", name="Fonds Alpha", kind="investor"),
        Actor(id="alone", name="Sans lien", kind="organisation"),
    ]
    note.relationships = [
        Relationship(id="rel1", source="acme", target="lab", kind="partnership"),
        Relationship(id="rel2", source="jane", target="acme", kind="leadership"),
        Relationship(id="rel3", source="fund", target="lab", kind="investment"),
        Relationship(id="rel4", source="lab", target="acme", kind="supplier"),
        Relationship(id="rel5", source="state", target="acme", kind="regulator"),
    ]
    return note


@pytest.fixture
def matrix(qtbot):
    doc = Document(risk_note())
    view = RiskMatrixView(doc)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def chart(qtbot):
    doc = Document(chart_note())
    view = LinkChartView(doc)
    qtbot.addWidget(view)
    view.resize(900, 650)
    view.show()
    qtbot.waitExposed(view)
    return view


def inside(marker, likelihood: int, impact: int) -> bool:
    return cell_rect(likelihood, impact).contains(marker.sceneBoundingRect())


def it_places_each_risk_in_its_cell_and_lists_the_others(matrix):
    assert inside(matrix.markers["r1"], 3, 4)
    assert inside(matrix.markers["r2"], 3, 4)
    assert inside(matrix.markers["r3"], 5, 1)
    assert (
        not matrix.markers["r1"]
        .sceneBoundingRect()
        .intersects(matrix.markers["r2"].sceneBoundingRect().adjusted(2, 2, -2, -2))
    )
    assert "r4" not in matrix.markers
    assert [matrix.unplaced.item(i).text() for i in range(matrix.unplaced.count())] == [
        "r4  Not yet graded"
    ]
    assert "Investor takes control" in matrix.markers["r1"].toolTip()


def it_emits_the_id_of_a_clicked_risk(matrix, qtbot):
    canvas = matrix.canvas
    centre = canvas.mapFromScene(matrix.markers["r3"].sceneBoundingRect().center())
    with qtbot.waitSignal(matrix.riskClicked) as blocker:
        qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["r3"]
    assert matrix.markers["r3"].highlighted


def it_follows_the_document_live(matrix):
    doc = matrix.doc
    doc.set_item_attr("risks", 3, "impact", 5)
    assert inside(matrix.markers["r4"], 2, 5)
    assert matrix.unplaced.count() == 0
    doc.add_item("risks", Risk(id="r5", likelihood=1, impact=1))
    assert inside(matrix.markers["r5"], 1, 1)
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert set(matrix.markers) == {"r1", "r2", "r3"}


def it_keeps_a_crowded_cell_inside_its_borders(qtbot):
    note = Note(risks=[Risk(id=f"r{i}", likelihood=4, impact=4) for i in range(1, 31)])
    view = RiskMatrixView(Document(note))
    qtbot.addWidget(view)
    markers = {m for m in view.markers.values()}
    assert all(inside(m, 4, 4) for m in markers)
    assert any(m.text.startswith("+") for m in markers)  # the rest are counted, not dropped


def it_draws_one_node_per_actor_and_one_arrow_per_relationship(chart):
    assert set(chart.nodes) == {a.id for a in chart.doc.note.actors}
    assert sorted(e.rel_id for e in chart.edges) == ["rel1", "rel2", "rel3", "rel4", "rel5"]
    assert {e.label.text for e in chart.edges} >= {"partenariat", "investissement"}
    for edge in chart.edges:
        assert not edge.path.isEmpty() and not edge.head.isEmpty()
    # two relationships between acme and lab are bent apart
    rel1, rel4 = (next(e for e in chart.edges if e.rel_id == r) for r in ("rel1", "rel4"))
    assert rel1.point_at(0.5) != rel4.point_at(0.5)


def it_follows_the_actors_and_relationships_live(chart):
    doc = chart.doc
    doc.add_item("actors", Actor(id="new", name="Nouvel acteur"))
    doc.add_item("relationships", Relationship(id="rel6", source="new", target="acme"))
    assert "new" in chart.nodes and len(chart.edges) == 6
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert "new" not in chart.nodes and len(chart.edges) == 5


def send_mouse(widget, kind, pos: QPointF, button, buttons) -> None:
    event = QMouseEvent(
        kind, pos, widget.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(widget, event)


def drag(view, start: QPointF, end: QPointF) -> None:
    vp, left = view.viewport(), Qt.MouseButton.LeftButton
    send_mouse(vp, QEvent.Type.MouseButtonPress, start, left, left)
    for k in range(1, 6):
        step = start + (end - start) * (k / 5)
        send_mouse(vp, QEvent.Type.MouseMove, step, Qt.MouseButton.NoButton, left)
    send_mouse(vp, QEvent.Type.MouseButtonRelease, end, left, Qt.MouseButton.NoButton)


def it_stores_a_dragged_position_as_one_undoable_step(chart, qtbot):
    doc = chart.doc
    node = chart.nodes["fund"]
    before = node.pos()
    start = QPointF(chart.mapFromScene(before))
    with qtbot.waitSignal(chart.actorClicked) as clicked:
        drag(chart, start, start + QPointF(60, 40))
    assert clicked.args == ["fund"]
    moved = node.pos()
    assert moved != before
    assert doc.note.layout["fund"] == [round(moved.x(), 1), round(moved.y(), 1)]
    assert set(doc.note.layout) == set(chart.nodes)  # the picture is kept as seen
    assert doc.undo_stack.count() == 1 and doc.modified
    assert "Fonds Alpha" in doc.undo_stack.undoText()
    doc.undo_stack.undo()
    assert doc.note.layout == {}
    assert chart.nodes["fund"].pos() == before
    doc.undo_stack.redo()
    assert chart.nodes["fund"].pos() == moved


def it_uses_positions_stored_in_the_note(qtbot):
    note = chart_note()
    note.layout = {"acme": [0, 0], "lab": [400, 0], "jane": ["bad"], "ghost": [5, 5]}
    view = LinkChartView(Document(note))
    qtbot.addWidget(view)
    assert view.nodes["acme"].pos() == QPointF(0, 0)
    assert view.nodes["lab"].pos() == QPointF(400, 0)
    boxes = [n.sceneBoundingRect() for n in view.nodes.values()]
    assert not any(a.intersects(b) for i, a in enumerate(boxes) for b in boxes[i + 1 :])
    view.doc.clear_layout()
    assert view.doc.note.layout == {}
    view.doc.undo_stack.undo()
    assert view.nodes["lab"].pos() == QPointF(400, 0)


def it_clicks_a_node_to_name_its_actor(chart, qtbot):
    centre = chart.mapFromScene(chart.nodes["jane"].pos())
    with qtbot.waitSignal(chart.actorClicked) as blocker:
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["jane"]
    assert chart.doc.undo_stack.count() == 0  # a click is not a move


def it_renders_print_pictures_as_png_and_svg(qapp):
    note = load_note(resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml"))
    figures = render_figures(note, "fr")
    assert set(figures) == {"risk_matrix", "link_chart"}
    for data in figures.values():
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        image = QImage.fromData(data)
        assert image.width() == 1600 and 600 < image.height() < 1600
        assert abs(image.dotsPerMeterX() - 10000) < 5
    svgs = render_svg(note, "en")
    for data in svgs.values():
        root = ET.fromstring(data)
        assert root.tag.endswith("svg") and root.get("viewBox")
    assert "Likelihood" in svgs["risk_matrix"].decode()


def it_renders_only_the_figures_a_note_has(qapp):
    assert render_figures(Note()) == {}
    note = risk_note()
    assert set(render_figures(note)) == {"risk_matrix"}


def it_puts_the_pictures_in_the_word_export(qapp, tmp_path):
    note = load_note(resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml"))
    out = tmp_path / "note.docx"
    warnings = export_note(note, out, figures=render_figures(note, "fr"))
    assert warnings == []
    shapes = docx.Document(str(out)).inline_shapes
    assert len(shapes) == 2
    assert all(abs(s.width.cm - 16) < 1.5 for s in shapes)


def it_renders_from_a_headless_command_line_without_a_display(tmp_path):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    env.pop("WAYLAND_DISPLAY", None)
    code = (
        "from briefing_app.formats.note_yaml import load_note\n"
        "from briefing_app.paths import resource\n"
        "from briefing_app.ui.figures import render_figures\n"
        "note = load_note(resource('samples', 'totalenergies-mistral-ai.fr.briefing.yaml'))\n"
        "print(sorted(render_figures(note)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['link_chart', 'risk_matrix']"


def it_redraws_a_hidden_view_when_it_is_shown_and_skips_invisible_changes(chart, qtbot):
    doc = chart.doc
    nodes_before = dict(chart.nodes)
    doc.set_item_attr("actors", 0, "notes", "not drawn")
    assert chart.nodes == nodes_before  # same node objects: no rebuild
    chart.hide()
    doc.set_item_attr("actors", 0, "name", "Acme Renamed")
    assert chart.nodes["acme"].name == "Acme Industries"  # not drawn while hidden
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.nodes["acme"].name == "Acme Renamed"
