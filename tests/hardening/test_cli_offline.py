"""Every command-line command runs with the network forbidden (audit hook)."""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.hardening import nonet
from tests.hardening.corpus import BAD, ROOT

HAS_EXPORT = importlib.util.find_spec("briefing_app.formats.export") is not None
PROBES = {
    "socket": "import socket; socket.socket()",
    "connection": "import socket; socket.create_connection(('127.0.0.1', 9), timeout=1)",
    "dns": "import socket; socket.getaddrinfo('example.org', 443)",
    "urllib": "import urllib.request; urllib.request.urlopen('http://127.0.0.1:9/', timeout=1)",
}


def offline(*args: str, via_site: bool = False) -> subprocess.CompletedProcess:
    """Run the CLI with the network forbidden; fail if anything tried it."""
    if via_site:
        argv, env = [sys.executable, "-m", "briefing_app", *args], nonet.environ()
    else:
        argv, env = nonet.command("briefing_app", *args), None
    run = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    assert nonet.MARK not in run.stderr, run.stderr
    assert "Traceback" not in run.stderr, run.stderr
    return run


@pytest.mark.parametrize("probe", sorted(PROBES))
@pytest.mark.parametrize("via_site", [False, True], ids=["wrapper", "sitecustomize"])
def it_really_blocks_the_network(probe, via_site):
    if via_site:
        argv, env = [sys.executable, "-c", PROBES[probe]], nonet.environ()
    else:
        argv, env = (
            [sys.executable, "-c", f"import nonet; nonet.install(); {PROBES[probe]}"],
            {"PYTHONPATH": str(nonet.HERE)},
        )
    run = subprocess.run(argv, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode != 0
    assert nonet.MARK in run.stderr and "NetworkForbidden" in run.stderr


@pytest.mark.parametrize("via_site", [False, True], ids=["wrapper", "sitecustomize"])
def it_runs_every_command_offline(tmp_path, sample_article, via_site):
    assert offline("--version", via_site=via_site).returncode == 0
    assert offline("--help", via_site=via_site).returncode == 0
    for command in ("check", "draft", "export", "open"):
        assert offline(command, "--help", via_site=via_site).returncode == 0

    valid = BAD / "rtl-and-emoji-text.briefing.yaml"
    assert offline("check", str(valid), via_site=via_site).returncode == 0
    invalid = BAD / "missing-actor-references.briefing.yaml"
    assert offline("check", str(invalid), via_site=via_site).returncode == 1
    refused = BAD / "tag-python-object-apply.briefing.yaml"
    assert offline("check", str(refused), via_site=via_site).returncode == 1

    drafted = tmp_path / "drafted.briefing.yaml"
    run = offline("draft", str(sample_article), "-o", str(drafted), via_site=via_site)
    assert run.returncode == 0, run.stderr
    assert offline("check", str(drafted), via_site=via_site).returncode == 0

    if HAS_EXPORT:
        for note in (drafted, valid):
            out = tmp_path / f"{note.name}.docx"
            run = offline("export", str(note), "-o", str(out), via_site=via_site)
            assert run.returncode == 0, run.stderr
            assert out.stat().st_size > 0
