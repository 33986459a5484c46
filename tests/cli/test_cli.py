"""The command line, run as a user runs it: a subprocess, exit codes, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from briefing_app import __version__
from briefing_app.formats.note_yaml import load_note

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "briefing_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd or ROOT,
        env=env,
        timeout=120,
    )


def assert_one_line_error(result: subprocess.CompletedProcess, *words: str) -> None:
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefing-app: error:"), result.stderr
    for word in words:
        assert word in lines[0]


def it_prints_its_version():
    result = run("--version")
    assert result.returncode == 0 and __version__ in result.stdout


def it_drafts_checks_and_round_trips_a_note(tmp_path, sample_article):
    note_path = tmp_path / "n.briefing.yaml"
    result = run("draft", str(sample_article), "-o", str(note_path), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    note = load_note(note_path)
    src = note.sources[0]
    assert src.published == "2025-08-21" and src.language == "fr"
    assert src.text.startswith("Pour profiter") and "souveraineté" in src.text
    check = run("check", str(note_path), cwd=tmp_path)
    assert check.returncode == 0 and "valid" in check.stdout

    again = run("draft", str(sample_article), "-o", str(note_path))
    assert_one_line_error(again, "already exists")


def it_reports_each_problem_of_an_invalid_note(tmp_path):
    bad = tmp_path / "bad.briefing.yaml"
    bad.write_text(
        "schema: briefing-note/1\n"
        "actors: [{id: a, name: A, kind: company}]\n"
        "claims: [{id: c1, speaker: ghost}]\n"
        "risks: [{id: r1, category: ownership, likelihood: 9}]\n",
        encoding="utf-8",
    )
    result = run("check", str(bad))
    assert result.returncode == 1
    assert "claims[0].speaker" in result.stdout and "risks[0].likelihood" in result.stdout
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (("check", "missing.briefing.yaml"), ["missing.briefing.yaml"]),
        (("draft", "missing.txt", "-o", "x.briefing.yaml"), ["missing.txt"]),
        (("export", "missing.briefing.yaml", "-o", "x.docx"), ["missing.briefing.yaml"]),
        (("open", "missing.txt", "--screenshot", "x.png"), ["missing.txt"]),
    ],
)
def it_fails_in_one_line_on_missing_files(tmp_path, args, words):
    assert_one_line_error(run(*args, cwd=tmp_path), *words)


def it_exits_2_on_usage_errors():
    result = run("check")
    assert result.returncode == 2 and "usage" in result.stderr


def it_renders_a_screenshot(tmp_path, sample_article):
    out = tmp_path / "shot.png"
    result = run(str(sample_article), "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and out.stat().st_size > 20_000


def it_renders_the_demo_screenshot(tmp_path):
    out = tmp_path / "demo.png"
    result = run("--demo", "--screenshot", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 20_000


def it_refuses_to_write_the_note_over_the_article(tmp_path, sample_article):
    article = tmp_path / "a.txt"
    article.write_bytes(sample_article.read_bytes())
    result = run("draft", str(article), "-o", str(article), "--force")
    assert_one_line_error(result, "the article itself")
    assert article.read_bytes() == sample_article.read_bytes()


def it_accepts_an_orphaned_anchor_beyond_a_shortened_text(tmp_path):
    note = tmp_path / "o.briefing.yaml"
    note.write_text(
        "schema: briefing-note/1\nsources: [{id: s1, text: court}]\n"
        "claims: [{id: c1, evidence: [{source: s1, start: 40, end: 60, exact: ancien passage,"
        " orphaned: true}]}]\n",
        encoding="utf-8",
    )
    result = run("check", str(note))
    assert result.returncode == 0, result.stdout
    assert "could not be found" in result.stdout


def it_exports_with_pictures_and_annex(tmp_path):
    import docx

    from briefing_app.paths import resource

    demo = resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml")
    out = tmp_path / "brief.docx"
    result = run("export", str(demo), "-o", str(out), "--figures", "--annex")
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(out))
    assert len(document.inline_shapes) == 2  # risk matrix and link chart
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Pour profiter des opportunités" in text  # the annex holds the article


def it_starts_the_window_without_the_heavy_modules(tmp_path):
    """Word export, readers, the draft assistant and the pictures load at first use only."""
    code = (
        "import sys\n"
        "from briefing_app.cli import main\n"
        f"assert main(['--demo', '--screenshot', {str(tmp_path / 'demo.png')!r}]) == 0\n"
        "print('\\n'.join(sorted(sys.modules)))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "briefing_app.ui.main_window" in loaded
    heavy = ("docx", "lxml", "rapidfuzz", "pdfminer", "briefing_app.draft")
    heavy += tuple(
        f"briefing_app.{m}"
        for m in (
            "formats.export",
            "formats.articles",
            "formats.readers",
            "ui.export_dialog",
            "ui.help_dialog",
            "ui.figures",
            "ui.risk_matrix",
            "ui.link_chart",
            "ui.draft_settings",
        )
    )
    assert sorted(m for m in loaded if m.startswith(heavy)) == []


def it_collects_garbage_again_once_the_window_is_up_or_start_up_failed(tmp_path):
    """No collection while start-up makes its long-lived objects; they are frozen after."""
    code = (
        "import gc\n"
        "from briefing_app.cli import main\n"
        f"rc = main(['--demo', '--screenshot', {str(tmp_path / 'demo.png')!r}])\n"
        "print(rc, gc.isenabled(), gc.get_freeze_count() > 10000)\n"
        "gc.unfreeze()\n"
        f"rc = main([{str(tmp_path / 'missing.txt')!r}, '--screenshot', 'x.png'])\n"
        "print(rc, gc.isenabled())\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert result.stdout.split("\n")[:2] == ["0 True True", "1 True"], result.stderr
