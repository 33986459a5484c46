"""Word tables, row by row; never ``table.cell(r, c)`` in a loop (it is quadratic).

The header row and the small risk matrix use python-docx's ``add_row().cells``;
item rows, which can number thousands, are written as one XML string per row
and parsed by lxml (see ``xmlgen``). Header rows repeat on every page; rows are
banded; likelihood and impact cells are coloured by severity.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu

from briefing_app.formats.docx.styles import StyleSet
from briefing_app.formats.docx.text import add_run, set_style
from briefing_app.formats.docx.xmlgen import attr, line_xml, parse
from briefing_app.formats.export_content import Cell, RiskMatrix, Table

KEEP_ROW_CHARS = 1200  # rows with less text than this are never split across pages
HEADER_FILL = "1F3864"
HEADER_TEXT = "FFFFFF"
BAND_FILL = "F2F4F7"
# Severity bands: soft fills for table cells, stronger ones for the matrix.
CELL_FILL = {"low": "E2EFDA", "medium": "FFF2CC", "high": "FCE4D6", "critical": "F4CCCC"}
MATRIX_FILL = {"low": "A9D18E", "medium": "FFD966", "high": "F4B183", "critical": "E06666"}
_AFTER_KEEP = ("w:keepLines", "w:pageBreakBefore", "w:spacing", "w:ind", "w:jc", "w:rPr")


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


def _row_flag(row, tag: str) -> None:
    row._tr.get_or_add_trPr().append(OxmlElement(tag))


def scaled_widths(relative: list[float], total: int) -> list[int]:
    """Column widths in EMU, proportional to ``relative`` and summing to at most ``total``."""
    scale = total / sum(relative)
    return [int(w * scale) // 635 * 635 for w in relative]


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


def _row_xml(cells: list[Cell], twips: list[int], style: str, centered, band: bool) -> str:
    """One table row as WordprocessingML text."""
    size = sum(len(s.text) for c in cells for line in c.lines for s in line)
    out = ["<w:tr><w:trPr><w:cantSplit/></w:trPr>" if size < KEEP_ROW_CHARS else "<w:tr>"]
    for i, (cell, width) in enumerate(zip(cells, twips, strict=True)):
        fill = CELL_FILL[cell.level] if cell.level else (BAND_FILL if band else "")
        shd = f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>' if fill else ""
        center = cell.center or i in centered
        paras = "".join(line_xml(style, line, center) for line in cell.lines or [[]])
        out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/>{shd}</w:tcPr>')
        out.append(paras)
        out.append("</w:tc>")
    out.append("</w:tr>")
    return "".join(out)


def add_table(doc: Document, styles: StyleSet, table: Table, total_width: int):
    """Append a briefing table (header row + one row per item) to the document."""
    widths = scaled_widths(table.widths, total_width)
    out = _fixed_table(doc, styles, widths)
    head = out.add_row()
    _row_flag(head, "w:tblHeader")
    _row_flag(head, "w:cantSplit")
    for cell, title in zip(head.cells, table.headers, strict=True):
        shade(cell, HEADER_FILL)
        p = cell._tc.find(qn("w:p"))
        set_style(p, styles["Table Heading"])
        add_run(p, title, bold=True, color=HEADER_TEXT)
    twips = [w // 635 for w in widths]
    style = attr(styles["Table Text"])
    rows = [
        _row_xml(row, twips, style, table.centered, n % 2 == 1) for n, row in enumerate(table.rows)
    ]
    if rows:  # one parse for all rows: lxml does it in C
        out._tbl.extend(list(parse(f"<w:tbl>{''.join(rows)}</w:tbl>")))
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
        _row_flag(row, "w:cantSplit")
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
    cells = out.add_row().cells
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
    """White lines between the matrix cells instead of the table style's rules."""
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{edge}")
        b.set(qn("w:val"), "single")
        b.set(qn("w:sz"), "12")
        b.set(qn("w:space"), "0")
        b.set(qn("w:color"), "FFFFFF")
        borders.append(b)
    table._tbl.tblPr.insert_element_before(
        borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook", "w:tblCaption"
    )


def _height(row, twips: int) -> None:
    h = OxmlElement("w:trHeight")
    h.set(qn("w:val"), str(twips))
    row._tr.get_or_add_trPr().append(h)


def _middle(cell) -> None:
    v = OxmlElement("w:vAlign")
    v.set(qn("w:val"), "center")
    cell._tc.get_or_add_tcPr().append(v)
