"""A whole editing session, run by test_offline.py in a process where the network is forbidden.

usage: python offline_session.py ARTICLE OUTDIR
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(article: Path, out: Path) -> int:
    from briefing_app.formats.note_yaml import load_note
    from briefing_app.ui.launch import make_app
    from briefing_app.ui.main_window import MainWindow

    app = make_app("fr")
    window = MainWindow()
    window.show()
    app.processEvents()
    assert window.open_path(article, ask=False)
    window.draft_from_article()  # offline draft assistant
    window.panel.review.accept_all()
    assert window.doc.note.actors and window.doc.note.claims
    window.doc.set_field("bluf", "Jugement clé : la dépendance au cloud américain persiste.")
    text = window.article.text
    start = text.index("Il plaide pour")
    window.article.select_offsets(start, start + 40)
    window.add_claim_action.trigger()
    window.article_pane.find.open_bar()
    window.article_pane.find.search("souverainete")
    window.figures_dock.show()
    app.processEvents()
    assert window.export_to(out / "note.docx", annex=True, figures=True)
    assert window.export_to(out / "note.md")
    assert window.save_to(out / "note.briefing.yaml")
    assert load_note(out / "note.briefing.yaml") == window.doc.note
    window.close()
    print("offline session ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
