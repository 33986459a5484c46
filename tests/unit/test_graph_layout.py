"""The link chart's automatic layout: deterministic, readable, compact, respectful of pins."""

from __future__ import annotations

import math
import random

import pytest

from briefing_app.domain.graph_layout import layout_graph, overlapping_pairs, remove_overlaps


def busy_graph(n: int = 50, seed: int = 3):
    """A note-like graph: a few hubs, many spokes, some cross links, a few loners."""
    rng = random.Random(seed)
    ids = [f"actor-{i:02d}" for i in range(n)]
    edges = [(ids[i], ids[rng.randrange(0, min(i, 6))]) for i in range(1, n - 4)]
    edges += [tuple(rng.sample(ids[: n - 4], 2)) for _ in range(n // 4)]
    sizes = {i: (rng.uniform(70, 190), rng.choice([38.0, 60.0])) for i in ids}
    return ids, edges, sizes


def bounds(pos, sizes):
    return (
        min(x - sizes[k][0] / 2 for k, (x, y) in pos.items()),
        min(y - sizes[k][1] / 2 for k, (x, y) in pos.items()),
        max(x + sizes[k][0] / 2 for k, (x, y) in pos.items()),
        max(y + sizes[k][1] / 2 for k, (x, y) in pos.items()),
    )


def it_gives_the_same_picture_whatever_the_order_of_actors():
    ids, edges, sizes = busy_graph()
    first = layout_graph(ids, edges, sizes)
    again = layout_graph(list(reversed(ids)), list(reversed(edges)), dict(sizes))
    assert first == again
    assert set(first) == set(ids)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def it_leaves_no_two_boxes_overlapping_for_fifty_actors(seed):
    ids, edges, sizes = busy_graph(50, seed)
    pos = layout_graph(ids, edges, sizes, gap=90)
    assert overlapping_pairs(pos, sizes, margin=10) == []
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in pos.values())


@pytest.mark.parametrize("seed", [1, 2, 3])
def it_stays_compact_and_wider_than_tall(seed):
    ids, edges, sizes = busy_graph(50, seed)
    pos = layout_graph(ids, edges, sizes, gap=90, stretch=1.3)
    left, top, right, bottom = bounds(pos, sizes)
    width, height = right - left, bottom - top
    boxes = sum(w * h for w, h in sizes.values())
    assert width * height < 25 * boxes  # no lost islands far away
    assert 0.8 < width / height < 2.5  # fits a page


def it_keeps_linked_actors_closer_than_unrelated_ones():
    ids = ["hub"] + [f"leaf{i}" for i in range(6)] + ["far"]
    edges = [("hub", f"leaf{i}") for i in range(6)] + [("leaf0", "far")]
    sizes = {i: (100.0, 40.0) for i in ids}
    pos = layout_graph(ids, edges, sizes)

    def dist(a, b):
        return math.dist(pos[a], pos[b])

    assert max(dist("hub", f"leaf{i}") for i in range(6)) < dist("hub", "far")


def it_puts_actors_without_links_in_a_row_below_the_chart():
    ids, edges, sizes = busy_graph(20, 7)
    sizes.update({k: (90.0, 40.0) for k in ("zz-loner-a", "zz-loner-b")})
    pos = layout_graph([*ids, "zz-loner-a", "zz-loner-b"], edges, sizes)
    loners = set(pos) - {k for edge in edges for k in edge}
    assert len(loners) == 6
    linked = {k: v for k, v in pos.items() if k not in loners}
    bottom = bounds(linked, sizes)[3]
    assert all(pos[k][1] - sizes[k][1] / 2 > bottom for k in loners)
    assert len({pos[k][1] for k in loners}) == 1  # one tidy row


def it_keeps_pinned_actors_where_the_analyst_put_them():
    ids, edges, sizes = busy_graph(30, 2)
    pinned = {ids[0]: (0.0, 0.0), ids[1]: (500.0, 120.0), ids[2]: (-300.0, 400.0)}
    pos = layout_graph(ids, edges, sizes, fixed=pinned)
    for key, xy in pinned.items():
        assert pos[key] == xy
    assert overlapping_pairs(pos, sizes) == []


def it_pushes_apart_boxes_that_share_a_centre():
    sizes = {"a": (100.0, 40.0), "b": (100.0, 40.0), "c": (80.0, 40.0)}
    pos = remove_overlaps({k: (0.0, 0.0) for k in sizes}, sizes, movable=sizes, margin=8)
    assert overlapping_pairs(pos, sizes, margin=7) == []


def it_handles_empty_and_tiny_graphs():
    assert layout_graph([], [], {}) == {}
    assert list(layout_graph(["a"], [("a", "a")], {"a": (50.0, 20.0)})) == ["a"]
    pos = layout_graph(["a", "b"], [("a", "b"), ("a", "ghost")], {"a": (50, 20), "b": (50, 20)})
    assert pos["a"] != pos["b"]
