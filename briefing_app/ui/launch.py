"""Start the GUI: application object, translations, main window, screenshot mode."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from briefing_app import __version__
from briefing_app.errors import BriefingError
from briefing_app.paths import resource
from briefing_app.ui.language import install_translation

DEMO_NOTE = ("samples", "totalenergies-mistral-ai.fr.briefing.yaml")


_QUIET = ("propagateSizeHints",)
translate = QCoreApplication.translate  # lupdate reads translate("launch", "...")


def _qt_messages(mode, context, message: str) -> None:
    """Drop the offscreen plugin's harmless chatter; pass everything else to stderr."""
    if not any(q in message for q in _QUIET):
        print(message, file=sys.stderr)


def make_app(language: str | None = None) -> QApplication:
    """The QApplication, named for QSettings, with the interface language installed.

    ``language`` (from --lang) wins; otherwise View ▸ Language's saved choice, else the system's.
    """
    qInstallMessageHandler(_qt_messages)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("Briefing")
    app.setApplicationName("Briefing")
    app.setApplicationVersion(__version__)
    install_translation(app, language)
    return app


def _log_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(folder or Path.home()) / "briefing-errors.log"


def _excepthook(exc_type, exc, tb) -> None:
    """Unexpected errors: log the details, show one sentence, keep the session."""
    import traceback  # here, not at start-up

    from PySide6.QtWidgets import QMessageBox

    try:
        log = _log_path()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write("".join(traceback.format_exception(exc_type, exc, tb)) + "\n")
        where = str(log)
    except OSError:
        where = translate("launch", "(log not writable)")
    app = QApplication.instance()
    if app is not None and app.activeWindow() is not None:
        QMessageBox.critical(
            app.activeWindow(),
            "Briefing",
            translate(
                "launch",
                "Something went wrong: %1.\nYour note is still open; save it under a new "
                "name to be safe. Details were written to %2.",
            )
            .replace("%1", str(exc))
            .replace("%2", where),
        )
    else:
        print(f"briefing-app: error: {exc} (details in {where})", file=sys.stderr)


def build_window(file: str | None = None, demo: bool = False):
    """The main window with ``file`` (or the bundled demo) loaded."""
    from briefing_app.ui.main_window import MainWindow

    doc = None  # loaded before the window is built, so no empty note is built first
    if demo:
        doc = MainWindow.load_document(resource(*DEMO_NOTE))
        doc.path = None  # saving the demo asks where, never writes the bundled file
    elif file:
        path = Path(file)
        if not path.exists():
            raise BriefingError(f"{file} does not exist.")
        doc = MainWindow.load_document(path)  # raises BriefingError, no dialog
    window = MainWindow(doc)
    if demo:
        claims = window.panel.pages["claims"]
        window.panel.tabs.setCurrentWidget(claims)
        claims.select_row(1)
    return window


def _started() -> None:
    """Start-up is over: set its long-lived objects aside, then collect garbage again.

    Every later full collection (and the one at exit) skips them instead of walking
    tens of thousands of objects that can never be freed; garbage made after this point
    is collected as usual.
    """
    gc.freeze()
    gc.enable()


def run_gui(
    file: str | None = None,
    demo: bool = False,
    screenshot: str | None = None,
    language: str | None = None,
) -> int:
    """Open the editor; with ``screenshot``, render the window to PNG and exit."""
    app = make_app(language)
    if screenshot:
        window = build_window(file, demo)
        window.show()
        _started()
        for _ in range(3):
            app.processEvents()
        if not window.grab().save(screenshot):
            raise BriefingError(f"Cannot write the screenshot {screenshot}.")
        window.doc.undo_stack.setClean()
        window.close()
        return 0
    sys.excepthook = _excepthook
    from briefing_app.ui.recovery_dialog import start_recovery
    from briefing_app.ui.session import install_session

    window = build_window(file, demo)
    install_session(window)  # Open Recent; layout restored now and saved on close
    window.recovery = start_recovery(window)  # snapshots; offers old ones once the loop runs
    window.recovery.failed.connect(lambda m: window.statusBar().showMessage(m, 10000))
    window.show()
    _started()
    QTimer.singleShot(0, window.raise_)
    return app.exec()
