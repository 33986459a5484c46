"""SIGKILL a process at random moments while it saves a large note, many times.

Afterwards the note must always load, and be the old note or one of the two
complete versions the process was writing; never a mixture or a torn file.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from briefing_app.formats.note_yaml import load_note, save_note
from tests.hardening.corpus import ROOT
from tests.hardening.crash_child import version

BUDGET_SECONDS = 12


@pytest.mark.slow
@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def it_always_leaves_the_old_or_a_new_complete_note(tmp_path):
    seed = random.randrange(2**32)
    rnd = random.Random(seed)
    target = tmp_path / "big.briefing.yaml"
    expected = {name: version(name) for name in ("old", "A", "B")}
    save_note(expected["old"], target)
    seen: dict[str, int] = {"old": 0, "A": 0, "B": 0}
    kills = torn_temps = 0
    deadline = time.monotonic() + BUDGET_SECONDS
    while time.monotonic() < deadline or kills < 10:
        mode = ["bytes-only"] if kills % 2 else []
        child = subprocess.Popen(
            [sys.executable, "-m", "tests.hardening.crash_child", str(target), *mode],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout.readline() == "ready\n"
        time.sleep(rnd.uniform(0, 0.3))
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        child.stdout.close()
        kills += 1
        note = load_note(target)  # never torn: it must parse
        matches = [name for name, want in expected.items() if note == want]
        assert matches, f"seed {seed}, kill {kills}: the note is none of the versions"
        seen[matches[0]] += 1
        leftovers = [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        torn_temps += bool(leftovers)
        for p in leftovers:
            p.unlink()
    print(f"\n{kills} kills (seed {seed}): found {seen}; {torn_temps} killed mid-write")
    assert seen["A"] + seen["B"] > 0, "the child never finished a save before being killed"


@pytest.mark.parametrize("step", ["write", "fsync", "replace"])
def it_keeps_the_old_note_when_the_process_dies_at_each_step_of_a_save(tmp_path, step):
    target = tmp_path / "big.briefing.yaml"
    save_note(version("old"), target)
    before = target.read_bytes()
    run = subprocess.run(
        [sys.executable, "-m", "tests.hardening.crash_child", str(target), step],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
    )
    assert run.returncode == 9, run.stderr
    assert target.read_bytes() == before
    assert load_note(target) == version("old")
    save_note(version("B"), target)  # the next save works despite the leftover temp file
    assert load_note(target) == version("B")
