"""Which columns each item table shows and how a cell reads and writes its value."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from briefing_app.domain import vocab


def tr(text: str) -> str:
    return QCoreApplication.translate("columns", text)


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
            Column("name", tr("Name"), width=170),
            Column("kind", tr("Kind"), "choice", vocab.ACTOR_KINDS, 110),
            Column("role", tr("Role"), width=150),
            Column("country", tr("Country"), width=70),
            Column("aliases", tr("Aliases"), "list", width=160),
            Column("evidence", tr("Evidence"), "evidence", width=72),
        ]
    if section == "claims":
        return [
            Column("statement", tr("Statement"), width=300),
            Column("speaker", tr("Speaker"), "actor", width=125),
            Column("kind", tr("Kind"), "choice", vocab.CLAIM_KINDS, 100),
            Column("reliability", tr("Source"), "choice", ("",) + vocab.RELIABILITY, 52),
            Column("credibility", tr("Info"), "int", (None,) + vocab.CREDIBILITY, 42),
            Column("confidence", tr("Confidence"), "choice", ("",) + vocab.CONFIDENCE, 90),
            Column("evidence", tr("Evidence"), "evidence", width=72),
        ]
    if section == "risks":
        return [
            Column("title", tr("Risk"), width=220),
            Column("category", tr("Category"), "choice", vocab.RISK_CATEGORIES, 140),
            Column("affects", tr("Affects"), "actors", width=130),
            Column("drivers", tr("Driven by"), "actors", width=130),
            Column("likelihood", tr("Likelihood"), "int", (None, 1, 2, 3, 4, 5), 80),
            Column("impact", tr("Impact"), "int", (None, 1, 2, 3, 4, 5), 70),
            Column("evidence", tr("Evidence"), "evidence", width=72),
        ]
    if section == "relationships":
        return [
            Column("source", tr("From"), "actor", width=150),
            Column("kind", tr("Relationship"), "choice", vocab.RELATIONSHIP_KINDS, 120),
            Column("target", tr("To"), "actor", width=150),
            Column("since", tr("Since"), width=80),
            Column("description", tr("Description"), width=220),
            Column("evidence", tr("Evidence"), "evidence", width=72),
        ]
    raise KeyError(section)


def value_label(value) -> str:
    """Human label of a vocabulary value (translated), or the value itself."""
    labels = {
        "company": tr("Company"),
        "person": tr("Person"),
        "government": tr("Government"),
        "investor": tr("Investor"),
        "organisation": tr("Organisation"),
        "other": tr("Other"),
        "statement": tr("Statement"),
        "announcement": tr("Announcement"),
        "figure": tr("Figure"),
        "opinion": tr("Opinion"),
        "forecast": tr("Forecast"),
        "high": tr("High"),
        "moderate": tr("Moderate"),
        "low": tr("Low"),
        "ownership": tr("Ownership / capital"),
        "technology": tr("Technology dependence"),
        "cloud-jurisdiction": tr("Cloud & jurisdiction"),
        "partnership": tr("Partnership"),
        "regulatory": tr("Regulatory"),
        "talent": tr("Talent"),
        "investment": tr("Investment"),
        "leadership": tr("Leadership"),
        "part-of": tr("Part of"),
        "supplier": tr("Supplier"),
        "customer": tr("Customer"),
        "competitor": tr("Competitor"),
        "regulator": tr("Regulator"),
        "rising": tr("Rising"),
        "stable": tr("Stable"),
        "falling": tr("Falling"),
        "unknown": tr("Unknown"),
    }
    if value is None or value == "":
        return ""
    return labels.get(value, str(value))
