"""Templates: Briefing's own, an organisation's .docx or .dotx, missing styles, refusals."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Cm, Inches
from test_export_fixtures import real_note

from briefing_app.errors import BriefingError
from briefing_app.formats.docx.template import default_template_path
from briefing_app.formats.export import export_note

DOC_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOTX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
DOCM_CT = "application/vnd.ms-word.document.macroEnabled.main+xml"


def _retype(src, dst, new_type: str) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(DOC_CT.encode(), new_type.encode())
            zout.writestr(info, data)


def _corporate(tmp_path, drop_styles=()):
    """A Letter-size template with its own header, sample body text, some styles removed."""
    doc = docx.Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Inches(8.5), Inches(11)
    section.header.paragraphs[0].text = "ACME Corporation"
    doc.add_paragraph("Sample body text that must not be exported")
    styles = doc.styles.element
    for name in drop_styles:
        styles.remove(doc.styles[name].element)
    path = tmp_path / "corporate.docx"
    doc.save(str(path))
    return path


def _xml(part) -> str:
    return part._element.xml


def it_ships_a_default_template_with_the_named_styles():
    doc = docx.Document(str(default_template_path()))
    names = {s.name for s in doc.styles}
    for name in (
        "Title",
        "Subtitle",
        "Heading 1",
        "Heading 2",
        "Heading 3",
        "Normal",
        "Quote",
        "Caption",
        "Briefing Table",
        "Classification Banner",
    ):
        assert name in names
    assert abs(doc.sections[0].page_width - Cm(21)) < Cm(0.05)


def it_puts_the_banner_and_page_x_of_y_in_header_and_footer(tmp_path):
    out = tmp_path / "n.docx"
    export_note(real_note(), out)
    doc = docx.Document(str(out))
    section = doc.sections[0]
    assert "INTERNE" in section.header.paragraphs[0].text
    footer = _xml(section.footer)
    assert "PAGE" in footer and "NUMPAGES" in footer
    assert "INTERNE" in "".join(p.text for p in section.footer.paragraphs)
    assert "Page" in footer and "sur" in footer
    assert abs(section.page_width - Cm(21)) < Cm(0.05)  # A4 from the default template


def it_uses_the_organisation_template_page_and_header(tmp_path):
    out = tmp_path / "n.docx"
    warnings = export_note(real_note(), out, template=_corporate(tmp_path))
    doc = docx.Document(str(out))
    section = doc.sections[0]
    assert section.page_width == Inches(8.5)
    header = [p.text for p in section.header.paragraphs]
    assert header[0] == "INTERNE" and "ACME Corporation" in header
    body = "\n".join(p.text for p in doc.paragraphs)
    assert "Sample body text" not in body
    assert "TotalEnergies s’allie à Mistral AI" in body
    assert warnings == []


def it_falls_back_with_a_warning_when_styles_are_missing(tmp_path):
    template = _corporate(tmp_path, drop_styles=("Heading 1", "Title", "Caption", "Table Grid"))
    out = tmp_path / "n.docx"
    warnings = export_note(real_note(), out, template=template)
    assert any("'Heading 1'" in w for w in warnings)
    assert any("'Title'" in w for w in warnings)
    doc = docx.Document(str(out))
    headings = [p.text for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert "Acteurs" in headings


def it_accepts_a_dotx_template(tmp_path):
    source = _corporate(tmp_path)
    dotx = tmp_path / "corporate.dotx"
    _retype(source, dotx, DOTX_CT)
    out = tmp_path / "n.docx"
    export_note(real_note(), out, template=dotx)
    doc = docx.Document(str(out))
    assert "ACME Corporation" in [p.text for p in doc.sections[0].header.paragraphs]
    with zipfile.ZipFile(out) as z:
        assert DOTX_CT not in z.read("[Content_Types].xml").decode()


def it_refuses_a_macro_enabled_template(tmp_path):
    docm = tmp_path / "macro.docm"
    _retype(_corporate(tmp_path), docm, DOCM_CT)
    with pytest.raises(BriefingError, match="macro"):
        export_note(real_note(), tmp_path / "n.docx", template=docm)
    disguised = tmp_path / "macro.docx"
    _retype(_corporate(tmp_path), disguised, DOCM_CT)
    with pytest.raises(BriefingError, match="macros"):
        export_note(real_note(), tmp_path / "n.docx", template=disguised)


@pytest.mark.parametrize(
    "content", [b"just some text", b"", b"PK\x03\x04 truncated zip", "zip-without-word"]
)
def it_refuses_a_file_that_is_not_a_word_document(tmp_path, content):
    fake = tmp_path / "fake.docx"
    if content == "zip-without-word":
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", "hi")
        content = buf.getvalue()
    fake.write_bytes(content)
    with pytest.raises(BriefingError, match="fake.docx is not a Word document"):
        export_note(real_note(), tmp_path / "n.docx", template=fake)
    assert not (tmp_path / "n.docx").exists()


def it_refuses_a_template_of_another_type(tmp_path):
    odt = tmp_path / "t.odt"
    odt.write_bytes(b"x")
    with pytest.raises(BriefingError, match="t.odt is not a Word template"):
        export_note(real_note(), tmp_path / "n.docx", template=odt)
    with pytest.raises(BriefingError, match="Cannot read the template"):
        export_note(real_note(), tmp_path / "n.docx", template=tmp_path / "none.docx")


def it_links_copied_styles_to_the_template_normal_style_by_name(tmp_path):
    doc = docx.Document()
    normal = doc.styles["Normal"].element
    old_id = normal.get(qn("w:styleId"))
    normal.set(qn("w:styleId"), "Standard")  # as a German Word names it
    for el in doc.styles.element.style_lst:
        based = el.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) == old_id:
            based.set(qn("w:val"), "Standard")
    doc.styles.element.remove(doc.styles["Heading 1"].element)
    template = tmp_path / "german.docx"
    doc.save(str(template))
    out = tmp_path / "n.docx"
    export_note(real_note(), out, template=template)
    result = docx.Document(str(out))
    assert result.styles["Heading 1"].base_style.name == "Normal"
    assert result.styles["Table Text"].base_style.name == "Normal"
    ids = {s.style_id for s in result.styles}
    assert "Normal" not in ids  # nothing points at a style id the template lacks


def it_banners_a_different_first_page_header_too(tmp_path):
    doc = docx.Document()
    section = doc.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].text = "Cover header"
    template = tmp_path / "cover.docx"
    doc.save(str(template))
    out = tmp_path / "n.docx"
    export_note(real_note(), out, template=template)
    section = docx.Document(str(out)).sections[0]
    first = [p.text for p in section.first_page_header.paragraphs]
    assert first == ["INTERNE", "Cover header"]
    assert "NUMPAGES" in section.first_page_footer._element.xml
    assert [p.text for p in section.header.paragraphs] == ["INTERNE"]


def it_rebuilds_the_default_template_from_its_script(tmp_path):
    import importlib.util

    script = default_template_path().with_name("build_template.py")
    spec = importlib.util.spec_from_file_location("build_template", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = docx.Document(str(module.build(tmp_path / "t.docx")))
    shipped = docx.Document(str(default_template_path()))
    assert {s.name for s in rebuilt.styles} == {s.name for s in shipped.styles}
    assert rebuilt.styles["Heading 1"].font.color.rgb == shipped.styles["Heading 1"].font.color.rgb
