"""Word tables row by row (``add_row().cells``, never ``table.cell(r, c)`` in a loop).

Header rows repeat on every page and are shaded; severity cells are coloured;
the risk matrix is a 5x5 coloured table when no picture of it is given.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu

from briefing_app.formats.docx.styles import StyleSet
from briefing_app.formats.docx.text import add_run, add_spans, set_style
from briefing_app.formats.export_content import RiskMatrix, Table

_AFTER_KEEP = ("w:keepLines", "w:pageBreakBefore", "w:spacing", "w:ind", "w:jc", "w:rPr")
KEEP_ROW_CHARS = 1200  # rows with less text than this are never split across pages
HEADER_FILL = "1F3864"
HEADER_TEXT = "FFFFFF"
BAND_FILL = "F2F4F7"
# Severity bands: soft fills for table cells, stronger ones for the matrix.
CELL_FILL = {"low": "E2EFDA", "medium": "FFF2CC", "high": "FCE4D6", "critical": "F4CCCC"}
MATRIX_FILL = {"low": "A9D18E", "medium": "FFD966", "high": "F4B183", "critical": "E06666"}


def shade(cell, fill: str) -> None:
    """Fill a table cell with the hex colour ``fill``."""
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcpr.append(shd)


def _center(p) -> None:
    jc = OxmlElement("w:jc")
    jc.set(qn("w:val"), "center")
    p.get_or_add_pPr().append(jc)


def _repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _no_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _fixed_table(doc: Document, styles: StyleSet, widths: list[int]):
    table = doc.add_table(rows=0, cols=len(widths))
    tblpr = table._tbl.tblPr
    style = tblpr.find(qn("w:tblStyle"))
    if style is None:
        style = OxmlElement("w:tblStyle")
        tblpr.insert(0, style)
    style.set(qn("w:val"), styles["Briefing Table"])
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tblw = tblpr.find(qn("w:tblW"))
    if tblw is not None:
        tblw.set(qn("w:type"), "dxa")
        tblw.set(qn("w:w"), str(sum(widths) // 635))
    for col, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        col.w = Emu(width)
    return table


def scaled_widths(relative: list[float], total: int) -> list[int]:
    """Column widths in EMU, proportional to ``relative`` and summing to ``total``."""
    scale = total / sum(relative)
    return [int(w * scale) // 635 * 635 for w in relative]


def _fill_cell(cell, lines, style_id: str, center: bool) -> None:
    tc = cell._tc
    first = tc.find(qn("w:p"))
    for i, line in enumerate(lines or [[]]):
        if i == 0:
            p = first
            set_style(p, style_id)
        else:
            p = tc.add_p()
            set_style(p, style_id)
        if center:
            _center(p)
        add_spans(p, line)


def add_table(doc: Document, styles: StyleSet, table: Table, total_width: int):
    """Append a briefing table (header row + one row per item) to the document."""
    widths = scaled_widths(table.widths, total_width)
    out = _fixed_table(doc, styles, widths)
    text_id, head_id = styles["Table Text"], styles["Table Heading"]
    head = out.add_row()
    _repeat_header(head)
    _no_split(head)
    for cell, title in zip(head.cells, table.headers, strict=True):
        shade(cell, HEADER_FILL)
        p = cell._tc.find(qn("w:p"))
        set_style(p, head_id)
        add_run(p, title, bold=True, color=HEADER_TEXT)
    for n, row in enumerate(table.rows):
        new = out.add_row()
        if sum(len(s.text) for c in row for line in c.lines for s in line) < KEEP_ROW_CHARS:
            _no_split(new)
        cells = new.cells
        for i, (cell, content) in enumerate(zip(cells, row, strict=True)):
            _fill_cell(cell, content.lines, text_id, content.center or i in table.centered)
            if content.level:
                shade(cell, CELL_FILL[content.level])
            elif n % 2:
                shade(cell, BAND_FILL)
    return out


def add_matrix(doc: Document, styles: StyleSet, matrix: RiskMatrix, labels, total_width: int):
    """The risk matrix as a coloured 5x5 table: likelihood rows, impact columns, risk ids."""
    label_w = int(total_width * 0.26)
    cell_w = (total_width - label_w) // 5
    out = _fixed_table(doc, styles, [label_w // 635 * 635] + [cell_w // 635 * 635] * 5)
    _white_grid(out)
    text_id, head_id = styles["Table Text"], styles["Table Heading"]
    for lik_label, cells_data in zip(matrix.likelihood_labels, matrix.rows, strict=True):
        row = out.add_row()
        _no_split(row)
        _height(row, 620)
        cells = row.cells
        _middle(cells[0])
        p = cells[0]._tc.find(qn("w:p"))
        set_style(p, text_id)
        add_run(p, lik_label, bold=True)
        for cell, data in zip(cells[1:], cells_data, strict=True):
            shade(cell, MATRIX_FILL[data.level])
            _middle(cell)
            p = cell._tc.find(qn("w:p"))
            set_style(p, head_id)
            _center(p)
            if data.ids:
                add_run(p, ", ".join(data.ids), bold=True)
    for p in out._tbl.iter(qn("w:p")):  # keep the matrix on one page
        p.get_or_add_pPr().insert_element_before(OxmlElement("w:keepNext"), *_AFTER_KEEP)
    foot = out.add_row()
    cells = foot.cells
    p = cells[0]._tc.find(qn("w:p"))
    set_style(p, text_id)
    add_run(p, f"{labels['likelihood']} \u2191 / {labels['impact']} \u2192", color="595959")
    for cell, imp_label in zip(cells[1:], matrix.impact_labels, strict=True):
        p = cell._tc.find(qn("w:p"))
        set_style(p, text_id)
        _center(p)
        add_run(p, imp_label, bold=True)
    return out


def _white_grid(table) -> None:
    """White lines between the matrix cells, none around the label column."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "12")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "FFFFFF")
        borders.append(b)
    tblpr = table._tbl.tblPr
    tblpr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )


def _height(row, twips: int) -> None:
    trpr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    trpr.append(h)


def _middle(cell) -> None:
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    cell._tc.get_or_add_tcPr().append(v)
