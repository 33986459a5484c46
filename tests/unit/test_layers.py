"""Domain, formats and draft run without Qt, so the CLI can draft and export on a server."""

from __future__ import annotations

import pkgutil
import subprocess
import sys
from pathlib import Path

import briefing_app

ROOT = Path(__file__).resolve().parents[2]
PURE = ("domain", "formats", "draft")


def pure_modules() -> list[str]:
    names = []
    for layer in PURE:
        package = f"briefing_app.{layer}"
        names.append(package)
        path = [str(Path(briefing_app.__file__).parent / layer)]
        names += [m.name for m in pkgutil.walk_packages(path, package + ".")]
    return names


def it_imports_every_pure_module_without_qt():
    modules = pure_modules() + ["briefing_app.cli"]
    code = (
        "import sys\n"
        f"for m in {modules!r}: __import__(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr


def it_keeps_docx_and_yaml_out_of_the_domain():
    code = (
        "import sys, importlib, pkgutil\n"
        "import briefing_app.domain as d\n"
        "for m in pkgutil.walk_packages(d.__path__, 'briefing_app.domain.'):\n"
        "    importlib.import_module(m.name)\n"
        "bad = [m for m in ('yaml', 'docx', 'PySide6') if m in sys.modules]\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT)
    assert result.returncode == 0
