"""What is missing or wrong in a note, item by item, for the checks panel and `check`.

Validation problems (errors) come first, then gaps an editor would ask about
(warnings): claims without evidence, risks without likelihood or impact,
orphaned anchors, an empty bottom line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing_app.domain.model import SECTIONS, Note
from briefing_app.domain.validation import validate

# code -> English message template; the GUI translates by code.
MESSAGES = {
    "invalid": "{detail}",
    "no-title": "The note has no title.",
    "no-bluf": "The bottom line up front is empty.",
    "no-evidence": "{label} has no evidence in the article.",
    "no-likelihood": "{label} has no likelihood.",
    "no-impact": "{label} has no impact.",
    "no-speaker": "{label} does not say who made it.",
    "orphaned": "{label}: a passage could not be found in the article any more.",
    "no-sources": "The note has no article.",
}

_PATH = re.compile(r"^(actors|claims|risks|relationships)\[(\d+)\]")


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # "error" | "warning"
    section: str  # "" for the note itself
    item_id: str
    path: str
    label: str = ""
    detail: str = ""

    @property
    def message(self) -> str:
        """The finding in English (the command line's wording)."""
        return MESSAGES[self.code].format(label=self.label, detail=self.detail)


def item_label(section: str, item) -> str:
    """Short human name of an item, such as 'Claim c3 «Le PDG annonce…»'."""
    noun = {"actors": "Actor", "claims": "Claim", "risks": "Risk", "relationships": "Relationship"}
    text = {
        "actors": lambda i: i.name,
        "claims": lambda i: i.statement,
        "risks": lambda i: i.title or i.description,
        "relationships": lambda i: f"{i.source} → {i.target}",
    }[section](item)
    text = " ".join(text.split())
    if len(text) > 48:
        text = text[:47] + "…"
    return f"{noun[section]} {item.id}" + (f" «{text}»" if text else "")


def check_note(note: Note) -> list[Finding]:
    """Every finding, errors first, in note order."""
    out: list[Finding] = []
    for problem in validate(note):
        section, item_id, label = "", "", ""
        match = _PATH.match(problem.path)
        if match:
            section, row = match.group(1), int(match.group(2))
            items = note.items(section)
            if row < len(items):
                item_id, label = items[row].id, item_label(section, items[row])
        out.append(
            Finding(
                "invalid", problem.severity, section, item_id, problem.path, label, str(problem)
            )
        )
    if not note.sources:
        out.append(Finding("no-sources", "warning", "", "", "sources"))
    if not note.title.strip():
        out.append(Finding("no-title", "warning", "", "", "title"))
    if not note.bluf.strip():
        out.append(Finding("no-bluf", "warning", "", "", "bluf"))
    for section in SECTIONS:
        for row, item in enumerate(note.items(section)):
            path, label = f"{section}[{row}]", item_label(section, item)

            def add(code: str, where: str = path, item=item, section=section, label=label):
                out.append(Finding(code, "warning", section, item.id, where, label))

            if section in ("claims", "risks") and not item.evidence:
                add("no-evidence", f"{path}.evidence")
            if section == "claims" and not item.speaker:
                add("no-speaker", f"{path}.speaker")
            if section == "risks":
                if item.likelihood is None:
                    add("no-likelihood", f"{path}.likelihood")
                if item.impact is None:
                    add("no-impact", f"{path}.impact")
            if any(a.orphaned for a in item.evidence):
                add("orphaned", f"{path}.evidence")
    out.sort(key=lambda f: f.severity != "error")
    return out
