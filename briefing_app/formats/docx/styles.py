"""The styles an export uses, resolved once; missing ones are copied from Briefing's template.

An organisation's template may lack "Heading 1" or "Table Grid": the export
then copies Briefing's own definition and warns, never raises KeyError.
Briefing's private styles (banner, table text) are added silently when absent,
based on the template's Normal style so they take on its fonts.
"""

from __future__ import annotations

import copy
import functools

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from briefing_app.formats.docx.template import default_template_path

# Standard Word styles: their absence is worth a warning.
STANDARD = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "Quote",
    "Caption",
    "List Bullet",
)
# Briefing's own styles, defined in resources/templates/briefing.docx.
OWN = (
    "Classification Banner",
    "Table Text",
    "Table Heading",
    "Metadata",
    "Bottom Line",
    "Annex Text",
    "Footer",
    "Briefing Table",
)
TABLE_STYLE = "Briefing Table"


class StyleSet:
    """Style ids by name for one document, resolved once (lookups by name are slow)."""

    def __init__(self, doc: Document, template_name: str = ""):
        self.doc = doc
        self.template_name = template_name
        self.warnings: list[str] = []
        self.ids: dict[str, str] = {}
        for name in STANDARD + OWN:
            self.ids[name] = self._ensure(name, warn=name in STANDARD)

    def _ensure(self, name: str, warn: bool) -> str:
        styles = self.doc.styles
        if name in styles:
            return styles[name].style_id
        source = _fallback_style(name)
        if source is not None:
            element = copy.deepcopy(source)
            taken = {s.get(qn("w:styleId")) for s in styles.element.style_lst}
            style_id = element.get(qn("w:styleId"))
            while style_id in taken:
                style_id += "X"
            element.set(qn("w:styleId"), style_id)
            self._relink(element)
            styles.element.append(element)
        else:
            style_type = WD_STYLE_TYPE.TABLE if name == TABLE_STYLE else WD_STYLE_TYPE.PARAGRAPH
            style_id = styles.add_style(name, style_type).style_id
        if warn:
            where = f"The template {self.template_name}" if self.template_name else "The template"
            self.warnings.append(
                f"{where} has no style {name!r}; Briefing's own {name!r} style is used instead."
            )
        return style_id

    def _relink(self, element) -> None:
        """Point a copied style's basedOn/next at the target's styles of the same name.

        Style ids differ between templates (a German Word calls Normal "Standard"),
        so a copied ``basedOn="Normal"`` is resolved by name, or dropped.
        """
        fallback_names = _fallback_names()
        target_ids = {s.name_val: s.get(qn("w:styleId")) for s in self.doc.styles.element.style_lst}
        for tag in ("w:basedOn", "w:next", "w:link"):
            ref = element.find(qn(tag))
            if ref is None:
                continue
            name = fallback_names.get(ref.get(qn("w:val")))
            target = target_ids.get(name) if name else None
            if target:
                ref.set(qn("w:val"), target)
            else:
                element.remove(ref)

    def __getitem__(self, name: str) -> str:
        return self.ids[name]


@functools.lru_cache(maxsize=1)
def _fallback_names() -> dict[str, str]:
    """Style id -> style name in Briefing's template."""
    return {e.get(qn("w:styleId")): e.name_val for e in _fallback_styles().values()}


@functools.lru_cache(maxsize=1)
def _fallback_styles() -> dict[str, object]:
    """Style elements by name from Briefing's template (or python-docx's default)."""
    path = default_template_path()
    doc = docx.Document(str(path)) if path.is_file() else docx.Document()
    out = {}
    for element in doc.styles.element.style_lst:
        out[element.name_val] = element
    return out


def _fallback_style(name: str):
    from docx.styles import BabelFish

    return _fallback_styles().get(BabelFish.ui2internal(name))


def set_language(doc: Document, tag: str) -> None:
    """Make ``tag`` (e.g. fr-FR) the default proofing language of the document."""
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is None:
        return
    rpr = defaults.find(qn("w:rPrDefault") + "/" + qn("w:rPr"))
    if rpr is None:
        return
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), tag)
