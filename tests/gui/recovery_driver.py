"""Run the editor in a child process for the crash test (not collected by pytest).

``edit ARTICLE``: open the article, make several edits through the Document API,
print "edited" and keep the event loop running until killed.
``restore OUT``: offer the snapshots left behind, restore them, print what was
restored as JSON, save the restored note to OUT and close.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from briefing_app.app.recovery import RecoveryManager  # noqa: E402
from briefing_app.domain.anchors import make_anchor  # noqa: E402
from briefing_app.domain.model import Actor, Claim, Risk  # noqa: E402
from briefing_app.ui.launch import build_window, make_app  # noqa: E402
from briefing_app.ui.recovery_dialog import Choice, offer_recovery  # noqa: E402

EDITS = {
    "title": "Note de crise : TotalEnergies et Mistral AI",
    "bluf": "Partenariat structurant ; dépendance technologique à surveiller.",
    "actor": "Mistral AI",
    "claim": "Un cloud européen est nécessaire.",
    "risk_likelihood": 4,
}


def edit(article: Path) -> None:
    app = make_app("en")
    window = build_window()
    manager = RecoveryManager(window)
    manager.written.connect(lambda path: print("snapshot", path, flush=True))
    window.show()
    assert window.open_path(article, ask=False)
    doc = window.doc
    src = doc.note.sources[0]
    doc.set_field("title", EDITS["title"][:10])
    doc.set_field("title", EDITS["title"])  # typing: merges into one step
    doc.set_field("bluf", EDITS["bluf"])
    start = src.text.index("Mistral AI")
    anchor = make_anchor(src.id, src.text, start, start + len("Mistral AI"))
    doc.add_item("actors", Actor(id="mistral-ai", name=EDITS["actor"], evidence=[anchor]))
    doc.add_item("claims", Claim(id="c1", statement=EDITS["claim"], speaker="mistral-ai"))
    doc.add_item("risks", Risk(id="r1", title="Dépendance", affects=["mistral-ai"]))
    doc.set_item_attr("risks", 0, "likelihood", EDITS["risk_likelihood"])
    print("edited", flush=True)
    app.exec()


def restore(out: Path) -> None:
    app = make_app("en")
    window = build_window()
    manager = RecoveryManager(window)
    window.show()
    app.processEvents()
    answers = offer_recovery(window, manager, ask=lambda _w, _s: Choice.RESTORE)
    report = {
        "offered": len(answers),
        "taken": answers[0][0].taken.isoformat() if answers and answers[0][0].taken else None,
        "title": answers[0][0].title if answers else None,
        "modified": window.doc.modified,
        "window_modified": window.isWindowModified(),
        "path": str(window.doc.path) if window.doc.path else None,
        "snapshot_kept": bool(manager.file and manager.file.exists()),
    }
    print(json.dumps(report), flush=True)
    if answers:
        window.save_to(out)
    window.close()


if __name__ == "__main__":
    mode, arg = sys.argv[1], Path(sys.argv[2])
    edit(arg) if mode == "edit" else restore(arg)
