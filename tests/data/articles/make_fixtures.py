"""Make the Word and PDF fixtures of this folder (text written for these tests).

Run from the repository root: ``python tests/data/articles/make_fixtures.py``.
Needs python-docx, pandoc and LibreOffice (``soffice``), with French hyphenation
patterns (Debian: hyphen-fr) so that the PDF has end-of-line hyphens.
"""

from __future__ import annotations

import datetime
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = Path(__file__).parent

TITLE = "Réseaux de chaleur : les collectivités reprennent la main"
SECTIONS = [
    (None, [
        "Depuis deux ans, une vingtaine de métropoles françaises ont décidé de reprendre en régie "
        "leurs réseaux de chaleur urbains, jusque-là confiés à de grands groupes privés dans le "
        "cadre de délégations de service public. Le mouvement, discret, touche pourtant des "
        "infrastructures qui alimentent plusieurs centaines de milliers de logements.",
        "« Nous avons constaté que les contrats ne nous permettaient plus de piloter la transition "
        "énergétique au rythme voulu par les habitants », explique Sophie Marchetti, vice-"
        "présidente chargée de l'énergie d'une métropole de l'Ouest. Selon elle, la reprise en "
        "régie a permis de baisser la facture moyenne de 9 % dès la première année.",
    ]),
    ("Des contrats longs et rigides", [
        "Les délégations signées dans les années 2000 couraient souvent sur vingt-cinq ans. Elles "
        "fixaient des formules d'indexation complexes, adossées au prix du gaz, qui ont fait "
        "bondir les factures lors de la crise énergétique de 2022. Plusieurs collectivités ont "
        "alors découvert qu'elles ne disposaient d'aucune donnée fiable sur l'état des "
        "canalisations ni sur les marges réalisées par l'exploitant.",
        "Un rapport de la chambre régionale des comptes, publié au printemps, relève que « les "
        "autorités délégantes n'exercent qu'un contrôle très partiel » sur ces opérateurs. Il "
        "recommande de renforcer les clauses de transparence et de prévoir des indemnités de "
        "sortie plafonnées, afin de ne pas dissuader les élus de changer de mode de gestion.",
        "Les groupes concernés contestent cette lecture. L'un d'eux, qui exploite une soixantaine "
        "de réseaux, fait valoir que ses investissements ont permis de porter la part des "
        "énergies renouvelables et de récupération à plus de 60 % en moyenne, contre moins de "
        "30 % il y a quinze ans. Il rappelle aussi que la reprise en régie suppose des "
        "compétences techniques que peu de collectivités possèdent aujourd'hui.",
    ]),
    ("Le défi des compétences", [
        "C'est précisément sur ce point que se joue l'avenir du mouvement. Recruter des "
        "ingénieurs thermiciens, des techniciens de maintenance et des juristes spécialisés "
        "coûte cher, et les petites collectivités n'en ont pas les moyens. Certaines se "
        "regroupent au sein de sociétés publiques locales, d'autres s'appuient sur des syndicats "
        "départementaux d'énergie qui mutualisent les équipes.",
        "Le gouvernement observe ces initiatives avec intérêt mais sans enthousiasme excessif. "
        "Le fonds chaleur, géré par l'agence de la transition écologique, reste ouvert aux "
        "opérateurs publics comme privés, et aucune mesure spécifique n'est prévue pour "
        "accompagner les reprises en régie. Les associations d'élus réclament un guichet unique "
        "et un référentiel de données commun à tous les réseaux.",
        "Pour les usagers, la question est moins institutionnelle que financière. Dans les "
        "quartiers d'habitat social, le chauffage représente parfois le premier poste de "
        "dépenses des ménages après le loyer. Une baisse durable des tarifs, si elle se "
        "confirme, constituerait un argument décisif en faveur de la gestion publique.",
        "Les prochains mois diront si l'expérience fait école. Trois nouvelles métropoles doivent "
        "se prononcer avant la fin de l'année sur le renouvellement de leurs contrats, et "
        "plusieurs candidats aux élections municipales ont déjà inscrit la reprise en régie "
        "dans leur programme.",
    ]),
]  # fmt: skip


def _field(paragraph, instr: str) -> None:
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), instr)
    run = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    run.append(t)
    fld.append(run)
    paragraph._p.append(fld)


def make_docx(path: Path) -> None:
    """A three-page French article with a running header and page numbers."""
    d = docx.Document()
    d.core_properties.title = TITLE
    d.core_properties.author = "Rédaction de La Lettre"
    d.core_properties.created = datetime.datetime(2025, 10, 7, 9, 0)
    normal = d.styles["Normal"]
    normal.font.size = Pt(12)
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), "fr-FR")
    normal.element.get_or_add_rPr().append(lang)
    d.settings.element.append(OxmlElement("w:autoHyphenation"))
    section = d.sections[0]
    section.header.paragraphs[0].text = "La Lettre de l'Énergie — Dossier collectivités"
    footer = section.footer.paragraphs[0]
    footer.text = "Page "
    _field(footer, "PAGE")
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    d.add_heading(TITLE, level=1)
    for heading, paragraphs in SECTIONS:
        if heading:
            d.add_heading(heading, level=2)
        for text in paragraphs:
            p = d.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.space_after = Pt(14)
            p.paragraph_format.first_line_indent = Pt(0)
    section.left_margin = section.right_margin = Pt(150)  # narrow column: more line ends
    d.save(path)


def to_pdf(source: Path, target: Path, options: str = "", kind: str = "pdf") -> None:
    """Convert with LibreOffice into ``target`` (a PDF, or ``kind`` such as html)."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
             "--convert-to", kind + options, "--outdir", tmp, str(source)],
            check=True, capture_output=True, timeout=180,
        )  # fmt: skip
        shutil.move(Path(tmp) / f"{source.stem}.{kind}", target)


def make_two_columns(source: Path, target: Path) -> None:
    """The same article laid out in two columns."""
    d = docx.Document(source)
    section = d.sections[0]
    section.left_margin = section.right_margin = Pt(60)
    cols = section._sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        section._sectPr.append(cols)
    cols.set(qn("w:num"), "2")
    cols.set(qn("w:space"), "720")
    d.save(target)


def make_indented(source: Path, target: Path) -> None:
    """The same article set ragged right, paragraphs marked by a first-line indent only."""
    d = docx.Document(source)
    for p in d.paragraphs:
        if not p.style.name.startswith("Heading"):
            p.paragraph_format.space_after = p.paragraph_format.space_before = Pt(0)
            p.paragraph_format.first_line_indent = Pt(18)
            p.alignment = WD_ALIGN_PARAGRAPH.LEFT
    d.save(target)


RESTRICT = (
    ':writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
    '"PermissionPassword":{"type":"string","value":"owner"},'
    '"EnableCopyingOfContent":{"type":"boolean","value":"false"}}'
)
ENCRYPT = (
    ':writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
    '"DocumentOpenPassword":{"type":"string","value":"secret"}}'
)


def main() -> int:
    # Markdown -> Word by pandoc (title, author and date paragraphs, a list, a footnote),
    # then that Word file -> PDF by LibreOffice (bullets apart from the items, a raised note call).
    md = HERE / "cloud-souverain.fr.md"
    subprocess.run(["pandoc", str(md), "-o", str(md.with_suffix(".docx"))], check=True)
    to_pdf(md.with_suffix(".docx"), md.with_suffix(".pdf"))
    make_docx(HERE / "reseaux-chaleur.fr.docx")
    to_pdf(HERE / "reseaux-chaleur.fr.docx", HERE / "reseaux-chaleur.fr.pdf")
    to_pdf(HERE / "reseaux-chaleur.fr.docx", HERE / "encrypted.pdf", ENCRYPT)
    to_pdf(HERE / "reseaux-chaleur.fr.docx", HERE / "restricted.pdf", RESTRICT)
    page = HERE / "reseaux-chaleur.libreoffice.fr.html"
    to_pdf(HERE / "reseaux-chaleur.fr.docx", page, kind="html")
    with tempfile.TemporaryDirectory() as tmp:
        two = Path(tmp) / "reseaux-chaleur.2col.fr.docx"
        make_two_columns(HERE / "reseaux-chaleur.fr.docx", two)
        to_pdf(two, HERE / "reseaux-chaleur.2col.fr.pdf")
        indented = Path(tmp) / "reseaux-chaleur.indent.fr.docx"
        make_indented(HERE / "reseaux-chaleur.fr.docx", indented)
        to_pdf(indented, HERE / "reseaux-chaleur.indent.fr.pdf")
    return 0


if __name__ == "__main__":
    sys.exit(main())
