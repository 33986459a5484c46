"""A whole GUI session (open, draft, edit, export, save) with sockets forbidden."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import docx

from tests.hardening.nonet import MARK, environ

HERE = Path(__file__).resolve().parent


def it_runs_a_whole_session_offline(tmp_path, sample_article):
    env = environ()
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "c"),
        XDG_DATA_HOME=str(tmp_path / "d"),
        XDG_STATE_HOME=str(tmp_path / "s"),
    )
    result = subprocess.run(
        [sys.executable, str(HERE / "offline_session.py"), str(sample_article), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
    )
    assert MARK not in result.stderr, result.stderr
    assert result.returncode == 0, result.stderr
    assert "offline session ok" in result.stdout
    document = docx.Document(str(tmp_path / "note.docx"))
    assert any(shape for shape in document.inline_shapes)  # the pictures were drawn offline
    assert "Jugement clé" in "\n".join(p.text for p in document.paragraphs)


def it_proves_the_guard_is_active(tmp_path):
    code = "import socket; socket.socket()"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=environ(), timeout=60
    )
    assert result.returncode != 0 and MARK in result.stderr
