"""French interface: a complete translation, in step with the source, shown in the window."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from briefing_app.paths import resource
from briefing_app.ui import language
from briefing_app.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS = resource("i18n", "briefing_fr.ts")
QM = resource("i18n", "briefing_fr.qm")


def _tools():
    spec = importlib.util.spec_from_file_location(
        "update_translations", resource("i18n", "update_translations.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def french(qapp):
    """The French translators installed for one test, English and the locale restored after."""
    locale = QLocale()
    assert language.install_translation(qapp, "fr") == "fr"
    yield qapp
    language.install_translation(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def clean_language_setting():
    QSettings().remove(language.SETTING)
    yield
    QSettings().remove(language.SETTING)


@pytest.fixture
def window(qtbot):
    w = MainWindow()
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.doc.undo_stack.setClean()


def it_has_a_translation_for_every_message():
    found = _tools().messages(TS)
    assert len(found) > 300
    untranslated = [key for key, text in found.items() if text is None]
    assert untranslated == []


def it_has_every_translatable_string_of_the_source():
    """lupdate run afresh over ui/ and app/ finds nothing the committed .ts lacks."""
    assert _tools().problems(TS, "fr") == []


def it_ships_a_qm_built_from_the_ts():
    translator = QTranslator()
    assert translator.load(str(QM))
    stale = []
    for (context, source, comment), text in _tools().messages(TS).items():
        if "%n" in source:
            continue  # plural forms: below
        # lrelease -removeidentical leaves out translations equal to their source
        if (translator.translate(context, source, comment or None) or source) != text:
            stale.append((context, source))
    assert stale == [], "run resources/i18n/update_translations.py"
    move = "Move %n actor(s)"
    assert translator.translate("LinkChartView", move, None, 1) == "Déplacer %n acteur"
    assert translator.translate("LinkChartView", move, None, 3) == "Déplacer %n acteurs"


def it_uses_contexts_that_exist_in_the_code():
    """self.tr() looks up the class name: every class context must name a class in ui/ or app/."""
    code = "\n".join(p.read_text(encoding="utf-8") for p in _tools().sources())
    contexts = {key[0] for key in _tools().messages(TS)}
    modules = {"columns", "commands", "language", "launch", "recovery", "session"}
    for context in contexts - modules:
        assert f"class {context}(" in code, context
    for context in modules & contexts:
        assert f'translate("{context}", ' in code, context


def _menu_texts(menu) -> list[str]:
    out = []
    for action in menu.actions():
        if action.menu() is not None:
            out.append(action.text())
            out += _menu_texts(action.menu())
        elif not action.isSeparator():
            out.append(action.text())
    return out


def it_shows_menus_tabs_and_buttons_in_french(french, window, qtbot):
    bar = [a.text() for a in window.menuBar().actions()]
    assert bar == ["&Fichier", "É&dition", "&Affichage", "Éléments &probants", "Ai&de"]
    language.install_language_menu(window, window.view_menu)
    english = {"&Undo", "&Redo", "&New", "&Open…", "&Save", "&Quit", "Zoom &in"}
    texts = [t for m in window.menuBar().actions() for t in _menu_texts(m.menu())]
    assert "&Enregistrer" in texts and "&Rechercher dans l’article…" in texts
    assert "&Langue" in texts and "Langue du &système" in texts
    assert not english & set(texts)
    tabs = window.panel.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles[0] == "Synthèse" and titles[1].startswith("Acteurs")
    assert titles[2].startswith("Affirmations") and titles[3].startswith("Risques")
    assert titles[4].startswith("Relations") and titles[-1].startswith("Vérifications")
    page = window.panel.pages["actors"]
    buttons = (page.add_button, page.delete_button, page.up_button, page.down_button)
    assert [b.text() for b in buttons] == ["Ajouter", "Supprimer", "Monter", "Descendre"]
    model = page.table.model()
    heads = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert heads == ["Nom", "Type", "Rôle", "Pays", "Alias", "Éléments probants"]
    for i in range(len(heads)):  # French headers are longer: the columns widen to fit
        assert page.table.columnWidth(i) >= page.table.horizontalHeader().sectionSizeHint(i)
    page.add_empty()
    assert window.doc.note.actors[-1].name == "Nouvel acteur"
    assert window.undo_action.text().replace("&", "") == "Annuler Ajouter un acteur"


def it_translates_qt_standard_buttons(french):
    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if not (folder / "qtbase_fr.qm").exists():
        pytest.skip("this PySide6 ships no qtbase_fr.qm")
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
        | QDialogButtonBox.StandardButton.Cancel
    )
    texts = [b.text().replace("&", "") for b in box.buttons()]
    assert "Enregistrer" in texts and "Annuler" in texts


def it_offers_the_language_in_the_view_menu(window, dialogs, clean_language_setting):
    submenu = language.install_language_menu(window, window.view_menu)
    actions = {a.data(): a for a in submenu.actions()}
    assert list(actions) == ["system", "en", "fr"]
    assert actions["system"].isChecked()
    assert actions["fr"].text() == "Français" and actions["en"].text() == "English"
    actions["fr"].trigger()
    assert QSettings().value(language.SETTING) == "fr"
    assert language.resolve(None) == "fr"
    assert language.resolve("en") == "en"  # --lang wins over the menu
    assert any("next time you start" in text for _kind, text in dialogs)
    actions["system"].trigger()
    assert language.resolve(None) == language.system_language()


def it_starts_in_the_saved_language(qapp, clean_language_setting):
    locale = QLocale()
    language.store_choice("fr")
    try:
        assert language.install_translation(qapp, None) == "fr"
        assert QCoreApplication.translate("MainWindow", "&File") == "&Fichier"
        assert QLocale().language() == QLocale.Language.French  # dates follow the choice
    finally:
        language.install_translation(qapp, "en")
        QLocale.setDefault(locale)
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def it_renders_a_french_screenshot(tmp_path):
    shot = tmp_path / "fr.png"
    run = subprocess.run(
        [sys.executable, "-m", "briefing_app", "--demo", "--lang", "fr", "--screenshot", str(shot)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert run.returncode == 0, run.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def it_words_checks_and_grades_in_french(french, window):
    from briefing_app.domain.model import Claim

    claim = Claim(id="c1", statement="Le groupe investit.", reliability="B", credibility=2)
    window.doc.add_item("claims", claim)
    window.panel.checks.refresh()
    texts = [
        window.panel.checks.list.item(i).text() for i in range(window.panel.checks.list.count())
    ]
    assert any(
        "Affirmation c1 «Le groupe investit.»\u00a0: aucun élément probant" in t for t in texts
    )
    assert any("\u00a0: l’auteur n’est pas indiqué." in t for t in texts)
    page = window.panel.pages["claims"]
    page.select_row(0)
    assert page.editor.grade.text() == "B2 — habituellement fiable — probablement vraie"
