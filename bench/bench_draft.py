"""Time the draft assistant: the sample article, then growing texts up to ~1 MB.

Run from the project root: ``python bench/bench_draft.py``. Prints figures;
targets: sample < 100 ms in process, 1 MB < 3 s, time linear in length.
"""

from __future__ import annotations

import random
import string
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefing_app.domain.model import Note, Source  # noqa: E402
from briefing_app.draft import suggest  # noqa: E402
from briefing_app.formats.articles import read_article  # noqa: E402

SAMPLE = ROOT / "resources" / "samples" / "totalenergies-mistral-ai.fr.txt"
CORPUS = sorted((ROOT / "tests" / "data" / "draft").glob("*.txt")) + [SAMPLE]
SIZES = (32_000, 64_000, 128_000, 256_000, 512_000, 1_000_000)


def _note(text: str, language: str) -> Note:
    return Note(language=language, sources=[Source(id="s1", text=text, language=language)])


def _time(text: str, language: str, repeat: int = 1) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        note = _note(text, language)
        start = time.perf_counter()
        result = suggest(note, "s1")
        best = min(best, time.perf_counter() - start)
    return best, result


def _text_of(size: int, language: str) -> str:
    """Articles of one language, each used in turn, up to ``size`` characters."""
    parts = [read_article(p).text for p in CORPUS if f".{language}." in p.name]
    out, total, i = [], 0, 0
    while total < size:
        chunk = parts[i % len(parts)]
        out.append(chunk)
        total += len(chunk) + 2
        i += 1
    return "\n\n".join(out)[:size].rsplit("\n\n", 1)[0]


def _many_names(size: int) -> str:
    """A worst case: French news-like sentences where almost every name is new."""
    rng = random.Random(1)

    def name() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choice(string.ascii_lowercase) for _ in range(6)
        )

    parts, total = [], 0
    while total < size:
        a, b, c = name(), name(), f"{name()} {name()}"
        sentence = rng.choice(
            [
                f"{a} a signé un partenariat avec {b}, a précisé {c}, le PDG de {a}.",
                f"« Nous investirons 30 millions d’euros dans {b} », déclare {c}.",
                f"Le fonds {a} détient 40 % du capital de {b}, selon {c}.",
                f"La dépendance de {a} envers {b} inquiète les analystes de {name()} Capital.",
            ]
        )
        parts.append(sentence + ("\n\n" if rng.random() < 0.2 else " "))
        total += len(sentence) + 1
    return "".join(parts)


def main() -> int:
    sample = read_article(SAMPLE).text
    start = time.perf_counter()
    suggest(_note(sample, "fr"), "s1")
    cold = time.perf_counter() - start
    warm, result = _time(sample, "fr", repeat=20)
    counts = ", ".join(f"{len(getattr(result, s))} {s}" for s in ("actors", "claims", "risks"))
    print(f"sample article ({len(sample):,} chars, {counts})")
    print(f"  first call (lexicons loaded): {cold * 1000:7.1f} ms")
    print(f"  next calls (best of 20):      {warm * 1000:7.1f} ms   target < 100 ms")
    for language in ("fr", "en"):
        print(f"\n{language}: size -> time (ms per 100 KB shows whether growth is linear)")
        for size in SIZES:
            text = _text_of(size, language)
            seconds, _ = _time(text, language, repeat=1 if size > 300_000 else 3)
            per = seconds * 1000 / (len(text) / 100_000)
            print(f"  {len(text):>9,} chars  {seconds * 1000:8.0f} ms  {per:6.0f} ms/100KB")
    print("\nworst case, a new name in almost every clause:")
    for size in (250_000, 500_000, 1_000_000):
        text = _many_names(size)
        seconds, result = _time(text, "fr")
        print(f"  {len(text):>9,} chars  {seconds * 1000:8.0f} ms  {len(result.actors):6,} actors")
    print("\ntarget: ~1 MB < 3000 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
