"""Figure speed: automatic layout of the link chart and offscreen rendering of both pictures.

Run from the repository root: ``python bench/bench_figures.py [--runs 5] [--out DIR]``.
Prints the median time of ``layout_graph`` for 10, 25 and 50 actors, and of
``render_figures`` (PNG, 1600 px) and ``render_svg`` for the sample note and for a
synthetic 50-actor note; with ``--out`` the pictures are written there to look at.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing_app.domain.graph_layout import layout_graph  # noqa: E402
from briefing_app.domain.model import Actor, Note, Relationship, Risk  # noqa: E402
from briefing_app.domain.vocab import ACTOR_KINDS, RELATIONSHIP_KINDS  # noqa: E402
from briefing_app.formats.note_yaml import load_note  # noqa: E402
from briefing_app.paths import resource  # noqa: E402

NAMES = "Alpha Beta Gamma Delta Epsilon Zeta Theta Kappa Lambda Sigma Omega".split()
TAILS = "Capital Systems Holdings Ventures Cloud Énergie Ministère Fondation Groupe".split()


def synthetic_note(n: int = 50, seed: int = 7) -> Note:
    """A busy note: n actors of every kind, hubs and cross links, loners, 30 risks."""
    rng = random.Random(seed)
    note = Note(language="fr", title="Synthetic")
    for i in range(n):
        kind = ACTOR_KINDS[i % len(ACTOR_KINDS)]
        name = f"{rng.choice(NAMES)} {rng.choice(TAILS)}"
        if rng.random() < 0.1:
            name += " Internationale et Associés"
        note.actors.append(Actor(id=f"a{i}", name=name, kind=kind))
    pairs = [(i, rng.randrange(0, min(i, 7))) for i in range(1, n - 4)]
    pairs += [tuple(rng.sample(range(n - 4), 2)) for _ in range(n // 4)]
    for k, (a, b) in enumerate(pairs, 1):
        rel = Relationship(f"rel{k}", f"a{a}", f"a{b}", kind=rng.choice(RELATIONSHIP_KINDS))
        note.relationships.append(rel)
    for k in range(1, 31):
        lik = rng.choice([None, 1, 2, 3, 4, 5, 4])
        note.risks.append(Risk(f"r{k}", likelihood=lik, impact=rng.randint(1, 5) if lik else None))
    return note


def median_time(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    from briefing_app.ui.chart_scene import LAYOUT_GAP, STRETCH, node_size
    from briefing_app.ui.figures import ensure_app, render_figures, render_svg

    ensure_app()
    for n in (10, 25, 50):
        note = synthetic_note(n)
        sizes = {a.id: node_size(a.name, a.kind) for a in note.actors}
        edges = [(r.source, r.target) for r in note.relationships]
        t = median_time(
            lambda s=sizes, e=edges: layout_graph(list(s), e, s, gap=LAYOUT_GAP, stretch=STRETCH),
            args.runs,
        )
        print(f"layout_graph, {n:2d} actors: {t * 1000:7.1f} ms")
    sample = load_note(resource("samples", "totalenergies-mistral-ai.fr.briefing.yaml"))
    for name, note in (("sample note", sample), ("50 actors", synthetic_note(50))):
        t_png = median_time(lambda n=note: render_figures(n, "fr"), args.runs)
        t_svg = median_time(lambda n=note: render_svg(n, "fr"), args.runs)
        print(f"render_figures PNG, {name}: {t_png * 1000:7.1f} ms; SVG: {t_svg * 1000:7.1f} ms")
        if args.out:
            args.out.mkdir(parents=True, exist_ok=True)
            tag = name.replace(" ", "-")
            for key, data in render_figures(note, "fr").items():
                (args.out / f"{tag}-{key}.png").write_bytes(data)
            for key, data in render_svg(note, "fr").items():
                (args.out / f"{tag}-{key}.svg").write_bytes(data)


if __name__ == "__main__":
    main()
