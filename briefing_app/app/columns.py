"""Which columns each item table shows and how a cell reads and writes its value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from briefing_app.domain import vocab

translate = QCoreApplication.translate  # lupdate reads translate("columns", "...")


@dataclass(frozen=True)
class Column:
    attr: str  # attribute of the item, or a derived key ("grade", "evidence")
    header: str
    kind: str = "text"  # text | choice | actor | actors | list | int | evidence | grade
    choices: tuple = ()
    width: int = 120


def columns(section: str) -> list[Column]:
    """Columns of the table for ``section``, in display order."""
    if section == "actors":
        return [
            Column("name", translate("columns", "Name"), width=170),
            Column("kind", translate("columns", "Kind"), "choice", vocab.ACTOR_KINDS, 110),
            Column("role", translate("columns", "Role"), width=150),
            Column("country", translate("columns", "Country"), width=70),
            Column("aliases", translate("columns", "Aliases"), "list", width=160),
            Column("evidence", translate("columns", "Evidence"), "evidence", width=72),
        ]
    if section == "claims":
        return [
            Column("statement", translate("columns", "Statement"), width=300),
            Column("speaker", translate("columns", "Speaker"), "actor", width=125),
            Column("kind", translate("columns", "Kind"), "choice", vocab.CLAIM_KINDS, 100),
            Column(
                "reliability",
                translate("columns", "Source"),
                "choice",
                ("",) + vocab.RELIABILITY,
                52,
            ),
            Column(
                "credibility", translate("columns", "Info"), "int", (None,) + vocab.CREDIBILITY, 42
            ),
            Column(
                "confidence",
                translate("columns", "Confidence"),
                "choice",
                ("",) + vocab.CONFIDENCE,
                90,
            ),
            Column("evidence", translate("columns", "Evidence"), "evidence", width=72),
        ]
    if section == "risks":
        return [
            Column("title", translate("columns", "Risk"), width=220),
            Column(
                "category", translate("columns", "Category"), "choice", vocab.RISK_CATEGORIES, 140
            ),
            Column("affects", translate("columns", "Affects"), "actors", width=130),
            Column("drivers", translate("columns", "Driven by"), "actors", width=130),
            Column(
                "likelihood", translate("columns", "Likelihood"), "int", (None, 1, 2, 3, 4, 5), 80
            ),
            Column("impact", translate("columns", "Impact"), "int", (None, 1, 2, 3, 4, 5), 70),
            Column("evidence", translate("columns", "Evidence"), "evidence", width=72),
        ]
    if section == "relationships":
        return [
            Column("source", translate("columns", "From"), "actor", width=150),
            Column(
                "kind",
                translate("columns", "Relationship"),
                "choice",
                vocab.RELATIONSHIP_KINDS,
                120,
            ),
            Column("target", translate("columns", "To"), "actor", width=150),
            Column("since", translate("columns", "Since"), width=80),
            Column("description", translate("columns", "Description"), width=220),
            Column("evidence", translate("columns", "Evidence"), "evidence", width=72),
        ]
    raise KeyError(section)


def value_label(value) -> str:
    """Human label of a vocabulary value (translated), or the value itself."""
    labels = {
        "company": translate("columns", "Company"),
        "person": translate("columns", "Person"),
        "government": translate("columns", "Government"),
        "investor": translate("columns", "Investor"),
        "organisation": translate("columns", "Organisation"),
        "other": translate("columns", "Other"),
        "statement": translate("columns", "Statement", "claim kind"),
        "announcement": translate("columns", "Announcement"),
        "figure": translate("columns", "Figure"),
        "opinion": translate("columns", "Opinion"),
        "forecast": translate("columns", "Forecast"),
        "high": translate("columns", "High"),
        "moderate": translate("columns", "Moderate"),
        "low": translate("columns", "Low"),
        "ownership": translate("columns", "Ownership / capital"),
        "technology": translate("columns", "Technology dependence"),
        "cloud-jurisdiction": translate("columns", "Cloud & jurisdiction"),
        "partnership": translate("columns", "Partnership"),
        "regulatory": translate("columns", "Regulatory"),
        "talent": translate("columns", "Talent"),
        "investment": translate("columns", "Investment"),
        "leadership": translate("columns", "Leadership"),
        "part-of": translate("columns", "Part of"),
        "supplier": translate("columns", "Supplier"),
        "customer": translate("columns", "Customer"),
        "competitor": translate("columns", "Competitor"),
        "regulator": translate("columns", "Regulator"),
        "rising": translate("columns", "Rising"),
        "stable": translate("columns", "Stable"),
        "falling": translate("columns", "Falling"),
        "unknown": translate("columns", "Unknown"),
    }
    if value is None or value == "":
        return ""
    return labels.get(value, str(value))
