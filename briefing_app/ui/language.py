"""Interface language: system locale by default, a View ▸ Language override kept in QSettings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from briefing_app.paths import resource

SETTING = "ui/language"
SYSTEM = "system"
# Languages offered in the menu, each named in its own language (never translated).
LANGUAGES = {"en": "English", "fr": "Français"}

translate = QCoreApplication.translate  # lupdate reads translate("language", "...")


def stored_choice() -> str:
    """The saved menu choice: "system", "en" or "fr"."""
    value = QSettings().value(SETTING, SYSTEM)
    return value if value in LANGUAGES else SYSTEM


def store_choice(choice: str) -> None:
    """Remember the menu choice for the next start."""
    QSettings().setValue(SETTING, choice if choice in LANGUAGES else SYSTEM)


def system_language() -> str:
    """The system locale's language code, such as "fr"."""
    return QLocale.system().name().split("_")[0]


def resolve(language: str | None) -> str:
    """The language to show: ``language`` when given, else the saved choice, else the system's."""
    if language:
        return language
    choice = stored_choice()
    return system_language() if choice == SYSTEM else choice


def install_translation(app: QCoreApplication, language: str | None) -> str:
    """Install Briefing's and Qt's own translations for ``language``; return the language used."""
    lang = resolve(language)
    chosen = bool(language) or stored_choice() != SYSTEM
    if chosen:
        QLocale.setDefault(QLocale(lang))  # dates and numbers follow the chosen language
    for old in getattr(app, "_briefing_translators", []):
        app.removeTranslator(old)
    app._briefing_translators = []  # kept on the app so they stay alive
    if lang == "en":
        return lang
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in ((str(resource("i18n")), "briefing"), (qt_folder, "qtbase")):
        translator = QTranslator(app)
        if translator.load(f"{name}_{lang}", folder):
            app.installTranslator(translator)
            app._briefing_translators.append(translator)
    return lang


def install_language_menu(window: QWidget, menu: QMenu) -> QMenu:
    """Add View ▸ Language (System / English / Français) to ``menu``; applied at the next start."""
    submenu = menu.addMenu(translate("language", "&Language"))
    group = QActionGroup(submenu)
    group.setExclusive(True)
    current = stored_choice()
    entries = [(SYSTEM, translate("language", "&System language"))]
    entries += [(code, name) for code, name in LANGUAGES.items()]
    for code, text in entries:
        action = QAction(text, submenu)
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setData(code)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: _chosen(window, action.data()))
    window._language_menu = submenu
    return submenu


def _chosen(window: QWidget, choice: str) -> None:
    if choice == stored_choice():
        return
    store_choice(choice)
    QMessageBox.information(
        window,
        translate("language", "Language"),
        translate(
            "language",
            "The new interface language will be used the next time you start Briefing.",
        ),
    )
