"""Automatic layout of the link chart: stress layout, component packing, overlap removal.

Pure Python, deterministic (the same graph always gets the same picture, whatever
the order of its actors), and fast enough for the 50 actors of a busy note.
Nodes are boxes of a given size; positions are box centres in the chart's units.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Mapping, Sequence

Point = tuple[float, float]
Size = tuple[float, float]

MAX_SWEEPS = 400


def layout_graph(
    nodes: Sequence[str],
    edges: Iterable[tuple[str, str]],
    sizes: Mapping[str, Size],
    fixed: Mapping[str, Point] | None = None,
    gap: float = 60.0,
    aspect: float = 1.6,
    stretch: float = 1.0,
    room: Mapping[tuple[str, str], float] | None = None,
) -> dict[str, Point]:
    """Centre of every node: ``fixed`` ones stay put, the others are laid out around them.

    ``gap`` is the room wanted between linked boxes (``room`` can ask more for a
    link, e.g. to fit its label), ``aspect`` the width / height aimed at when
    packing separate groups, ``stretch`` widens groups sideways.
    """
    ids = sorted(set(nodes))
    if not ids:
        return {}
    known = set(ids)
    fixed = {k: (float(v[0]), float(v[1])) for k, v in (fixed or {}).items() if k in known}
    adjacency = _adjacency(ids, edges)
    wanted = {tuple(sorted(k)): float(v) for k, v in (room or {}).items()}

    def reach(node: str) -> float:  # about how far a box extends from its centre
        return 0.3 * sizes[node][0] + 0.2 * sizes[node][1]

    def length(a: str, b: str) -> float:
        return reach(a) + reach(b) + max(gap, wanted.get((a, b) if a < b else (b, a), 0.0))

    pos: dict[str, Point] = {}
    groups: list[dict[str, Point]] = []
    singles: list[str] = []
    for comp in _components(ids, adjacency):
        pinned = {i: fixed[i] for i in comp if i in fixed}
        if pinned:
            pos.update(_stress(comp, adjacency, length, pinned))
        elif len(comp) == 1:
            singles.append(comp[0])
        else:
            upright = _upright(_stress(comp, adjacency, length, {}))
            groups.append({k: (x * stretch, y) for k, (x, y) in upright.items()})
    block = _pack(groups, sizes, gap / 2, aspect)
    block = _below(block, _grid(singles, sizes, gap / 2, block), sizes, gap / 2)
    if pos and block:  # new actors go to the right of the ones the analyst placed
        right = max(pos[i][0] + sizes[i][0] / 2 for i in pos)
        top = min(pos[i][1] - sizes[i][1] / 2 for i in pos)
        left, btop, _, _ = _bounds(block, sizes)
        block = {i: (x - left + right + gap, y - btop + top) for i, (x, y) in block.items()}
    pos.update(block)
    movable = [i for i in ids if i not in fixed]
    links = sorted({tuple(sorted((a, b))) for a in adjacency for b in adjacency[a]})
    need = {link: max(gap, wanted.get(link, 0.0)) for link in links}
    for _ in range(6):  # room for each label; arrows should not run under other boxes
        pos = remove_overlaps(pos, sizes, movable, margin=gap / 3)
        longer = _lengthen_links(pos, sizes, need, set(movable))
        if not _clear_edges(pos, sizes, links, set(movable), gap / 6) and not longer:
            break
    return remove_overlaps(pos, sizes, movable, margin=gap / 3)


def overlapping_pairs(
    pos: Mapping[str, Point], sizes: Mapping[str, Size], margin: float = 0.0
) -> list[tuple[str, str]]:
    """Pairs of nodes whose boxes (grown by ``margin`` / 2 on every side) overlap."""
    ids = sorted(pos, key=lambda i: pos[i][0] - sizes[i][0] / 2)
    out = []
    for a_index, a in enumerate(ids):
        ax, ay = pos[a]
        aw, ah = sizes[a]
        for b in ids[a_index + 1 :]:
            bx, by = pos[b]
            bw, bh = sizes[b]
            if bx - bw / 2 >= ax + aw / 2 + margin:
                break
            if abs(ax - bx) < (aw + bw) / 2 + margin and abs(ay - by) < (ah + bh) / 2 + margin:
                out.append((a, b) if a < b else (b, a))
    return out


def remove_overlaps(
    pos: Mapping[str, Point], sizes: Mapping[str, Size], movable: Iterable[str], margin: float
) -> dict[str, Point]:
    """Push movable boxes apart along the shorter way out until none overlap."""
    out = {k: [float(v[0]), float(v[1])] for k, v in pos.items()}
    can_move = set(movable) & set(out)
    ids = sorted(out)
    for sweep in range(MAX_SWEEPS):
        pairs = overlapping_pairs({k: tuple(v) for k, v in out.items()}, sizes, margin - 1e-6)
        pairs = [(a, b) for a, b in pairs if a in can_move or b in can_move]
        if not pairs:
            break
        for a, b in pairs:
            _separate(out, sizes, a, b, can_move, margin, ids, sweep)
    return {k: (round(v[0], 2), round(v[1], 2)) for k, v in out.items()}


def _separate(out, sizes, a, b, can_move, margin, ids, sweep) -> None:
    (ax, ay), (bx, by) = out[a], out[b]
    (aw, ah), (bw, bh) = sizes[a], sizes[b]
    dx, dy = bx - ax, by - ay
    ox = (aw + bw) / 2 + margin - abs(dx)
    oy = (ah + bh) / 2 + margin - abs(dy)
    if ox <= 0 or oy <= 0:
        return
    if dx == 0 and dy == 0:  # same centre: a deterministic direction
        angle = (ids.index(a) * 2.399 + sweep) % (2 * math.pi)
        dx, dy = math.cos(angle), math.sin(angle)
    share_a = 0.5 if (a in can_move and b in can_move) else (1.0 if a in can_move else 0.0)
    share_b = 1.0 - share_a
    if ox * 0.7 < oy:  # boxes are wide: moving sideways costs less space
        step = math.copysign(ox + 0.5, dx or 1.0)
        out[a][0] -= step * share_a
        out[b][0] += step * share_b
    else:
        step = math.copysign(oy + 0.5, dy or 1.0)
        out[a][1] -= step * share_a
        out[b][1] += step * share_b


# ---------------------------------------------------------------- internals
def _extent(size: Size, ux: float, uy: float) -> float:
    """Distance from a box's centre to its border in direction (ux, uy)."""
    w, h = size
    return min(w / 2 / abs(ux) if ux else math.inf, h / 2 / abs(uy) if uy else math.inf)


def _lengthen_links(pos, sizes, need: Mapping[tuple[str, str], float], movable: set[str]) -> bool:
    """Move linked boxes apart along their link until the visible line has ``need`` room."""
    moved = False
    for (a, b), room in need.items():
        (ax, ay), (bx, by) = pos[a], pos[b]
        dist = math.hypot(bx - ax, by - ay)
        if dist < 1e-6 or (a not in movable and b not in movable):
            continue
        ux, uy = (bx - ax) / dist, (by - ay) / dist
        short = room - (dist - _extent(sizes[a], ux, uy) - _extent(sizes[b], ux, uy))
        if short <= 1.0:
            continue
        share_a = 0.5 if (a in movable and b in movable) else (1.0 if a in movable else 0.0)
        pos[a] = (ax - ux * short * share_a, ay - uy * short * share_a)
        pos[b] = (bx + ux * short * (1 - share_a), by + uy * short * (1 - share_a))
        moved = True
    return moved


def _clear_edges(pos, sizes, links, movable: set[str], margin: float) -> bool:
    """Nudge boxes off the straight lines of links they do not belong to; True if any moved."""
    moved = False
    for a, b in links:
        (ax, ay), (bx, by) = pos[a], pos[b]
        dx, dy = bx - ax, by - ay
        length = math.hypot(dx, dy)
        if length < 1e-6:
            continue
        ux, uy = dx / length, dy / length
        nx, ny = -uy, ux
        for node in movable:
            if node in (a, b):
                continue
            x, y = pos[node]
            along = (x - ax) * ux + (y - ay) * uy
            if along <= 0 or along >= length:
                continue
            across = (x - ax) * nx + (y - ay) * ny
            w, h = sizes[node]
            reach = abs(nx) * w / 2 + abs(ny) * h / 2 + margin
            if abs(across) < reach:
                push = math.copysign(reach - abs(across) + 0.5, across or 1.0)
                pos[node] = (x + nx * push, y + ny * push)
                moved = True
    return moved


def _median(values: list[float]) -> float:
    values = sorted(values)
    return values[len(values) // 2] if values else 0.0


def _adjacency(ids: list[str], edges: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    known = set(ids)
    adjacency: dict[str, set[str]] = {i: set() for i in ids}
    for a, b in edges:
        if a in known and b in known and a != b:
            adjacency[a].add(b)
            adjacency[b].add(a)
    return adjacency


def _components(ids: list[str], adjacency: dict[str, set[str]]) -> list[list[str]]:
    seen: set[str] = set()
    comps = []
    for start in ids:
        if start in seen:
            continue
        comp, todo = [], [start]
        seen.add(start)
        while todo:
            node = todo.pop()
            comp.append(node)
            for nxt in sorted(adjacency[node]):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        comps.append(sorted(comp))
    return comps


def _distances(comp: list[str], adjacency: dict[str, set[str]], length) -> list[list[float]]:
    """Shortest-path lengths between all nodes of a component (Dijkstra from each)."""
    index = {node: k for k, node in enumerate(comp)}
    table = []
    for start in comp:
        dist = [math.inf] * len(comp)
        dist[index[start]] = 0.0
        heap = [(0.0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist[index[node]]:
                continue
            for other in sorted(adjacency[node]):
                nd = d + length(node, other)
                if nd < dist[index[other]]:
                    dist[index[other]] = nd
                    heapq.heappush(heap, (nd, other))
        table.append(dist)
    return table


def _classical_mds(target: list[list[float]]) -> list[list[float]]:
    """Two-dimensional classical scaling by power iteration (deterministic start vectors)."""
    n = len(target)
    sq = [[d * d for d in row] for row in target]
    row_mean = [sum(r) / n for r in sq]
    total = sum(row_mean) / n
    b = [
        [-0.5 * (sq[i][j] - row_mean[i] - row_mean[j] + total) for j in range(n)] for i in range(n)
    ]
    vectors: list[list[float]] = []
    values: list[float] = []
    for k in range(2):
        v = [math.cos(1.7 * i + k) + 0.01 * i for i in range(n)]
        value = 0.0
        for _ in range(max(8, min(60, 2_000_000 // (n * n)))):
            w = [sum(bi[j] * v[j] for j in range(n)) for bi in b]
            for u, lam in zip(vectors, values, strict=True):
                dot = sum(a * c for a, c in zip(u, v, strict=True))
                w = [wi - lam * dot * ui for wi, ui in zip(w, u, strict=True)]
            norm = math.sqrt(sum(x * x for x in w)) or 1.0
            v, value = [x / norm for x in w], norm
        vectors.append(v)
        values.append(value)
    scale = [math.sqrt(max(value, 1e-9)) for value in values]
    return [[vectors[0][i] * scale[0], vectors[1][i] * scale[1]] for i in range(n)]


def _stress(
    comp: list[str], adjacency: dict[str, set[str]], length, pinned: dict[str, Point]
) -> dict[str, Point]:
    """Stress-majorisation layout of one connected component; pinned nodes do not move."""
    n = len(comp)
    if n == 1:
        return {comp[0]: pinned.get(comp[0], (0.0, 0.0))}
    target = _distances(comp, adjacency, length)
    unit = _median([length(a, b) for a in comp for b in adjacency[a]])
    if pinned:
        xy = _start_near_pins(comp, adjacency, pinned, unit)
    else:
        xy = _classical_mds(target)
    free = [k for k, node in enumerate(comp) if node not in pinned]
    weight = [[1.0 / (d * d) if d else 0.0 for d in row] for row in target]
    # each sweep costs n² steps: a huge group gets fewer sweeps (a rough picture, not a freeze)
    for _ in range(max(8, min(300, 3_000_000 // (n * n)))):
        moved = 0.0
        for i in free:
            xi, yi = xy[i]
            sx = sy = sw = 0.0
            for j in range(n):
                if j == i:
                    continue
                xj, yj = xy[j]
                dx, dy = xi - xj, yi - yj
                dist = math.hypot(dx, dy) or 1e-6
                w = weight[i][j]
                sx += w * (xj + target[i][j] * dx / dist)
                sy += w * (yj + target[i][j] * dy / dist)
                sw += w
            nx, ny = sx / sw, sy / sw
            moved = max(moved, abs(nx - xi) + abs(ny - yi))
            xy[i] = [nx, ny]
        if moved < unit * 1e-3:
            break
    return {node: (xy[k][0], xy[k][1]) for k, node in enumerate(comp)}


def _start_near_pins(comp, adjacency, pinned, unit) -> list[list[float]]:
    """Start free nodes beside their placed neighbours (breadth first from the pins)."""
    xy: dict[str, list[float]] = {k: [v[0], v[1]] for k, v in pinned.items()}
    cx = sum(v[0] for v in pinned.values()) / len(pinned)
    cy = sum(v[1] for v in pinned.values()) / len(pinned)
    todo = [node for node in comp if node not in xy]
    k = 0
    while todo:
        rest = []
        for node in todo:
            near = [xy[m] for m in sorted(adjacency[node]) if m in xy]
            if not near:
                rest.append(node)
                continue
            angle = 2.399 * k
            k += 1
            mx = sum(p[0] for p in near) / len(near)
            my = sum(p[1] for p in near) / len(near)
            ox, oy = mx - cx, my - cy
            norm = math.hypot(ox, oy)
            if norm > 1e-6:  # away from the centre of what is placed
                ox, oy = ox / norm, oy / norm
            xy[node] = [
                mx + unit * (ox + 0.5 * math.cos(angle)),
                my + unit * (oy + 0.5 * math.sin(angle)),
            ]
        if len(rest) == len(todo):  # cannot happen in a connected component
            for node in rest:
                xy[node] = [cx, cy]
            break
        todo = rest
    return [xy[node] for node in comp]


def _upright(pos: dict[str, Point]) -> dict[str, Point]:
    """Centre a component and turn its longest direction horizontal."""
    n = len(pos)
    cx = sum(p[0] for p in pos.values()) / n
    cy = sum(p[1] for p in pos.values()) / n
    sxx = sum((p[0] - cx) ** 2 for p in pos.values())
    syy = sum((p[1] - cy) ** 2 for p in pos.values())
    sxy = sum((p[0] - cx) * (p[1] - cy) for p in pos.values())
    angle = 0.5 * math.atan2(2 * sxy, sxx - syy)
    c, s = math.cos(-angle), math.sin(-angle)
    return {
        k: ((x - cx) * c - (y - cy) * s, (x - cx) * s + (y - cy) * c) for k, (x, y) in pos.items()
    }


def _bounds(pos: Mapping[str, Point], sizes: Mapping[str, Size]) -> tuple[float, ...]:
    return (
        min(pos[i][0] - sizes[i][0] / 2 for i in pos),
        min(pos[i][1] - sizes[i][1] / 2 for i in pos),
        max(pos[i][0] + sizes[i][0] / 2 for i in pos),
        max(pos[i][1] + sizes[i][1] / 2 for i in pos),
    )


def _pack(
    comps: list[dict[str, Point]], sizes: Mapping[str, Size], gap: float, aspect: float
) -> dict[str, Point]:
    """Shelf-pack laid-out components, biggest first, in rows about ``aspect`` times wider."""
    if not comps:
        return {}
    comps = [remove_overlaps(c, sizes, list(c), gap * 2 / 3) for c in comps]
    comps.sort(key=lambda c: (-len(c), min(c)))
    boxes = [_bounds(c, sizes) for c in comps]
    area = sum((b[2] - b[0] + gap) * (b[3] - b[1] + gap) for b in boxes)
    row_width = max(max(b[2] - b[0] for b in boxes), math.sqrt(area * aspect))
    rows: list[list[int]] = [[]]
    x = 0.0
    for k, b in enumerate(boxes):
        w = b[2] - b[0]
        if rows[-1] and x + w > row_width:
            rows.append([])
            x = 0.0
        rows[-1].append(k)
        x += w + gap
    out: dict[str, Point] = {}
    y = 0.0
    for row in rows:
        used = sum(boxes[k][2] - boxes[k][0] for k in row) + gap * (len(row) - 1)
        x = (row_width - used) / 2
        height = max(boxes[k][3] - boxes[k][1] for k in row)
        for k in row:
            left, top, right, bottom = boxes[k]
            dy = y + (height - (bottom - top)) / 2 - top
            for node, (px, py) in comps[k].items():
                out[node] = (px - left + x, py + dy)
            x += right - left + gap
        y += height + gap
    return out


def _grid(
    singles: list[str], sizes: Mapping[str, Size], gap: float, above: Mapping[str, Point]
) -> dict[str, Point]:
    """Actors without relationships in tidy centred rows, as wide as the chart above them."""
    if not singles:
        return {}
    if above:
        left, _, right, _ = _bounds(above, sizes)
        limit = right - left
    else:
        limit = math.sqrt(sum((sizes[i][0] + gap) * (sizes[i][1] + gap) for i in singles) * 4)
    rows: list[list[str]] = [[]]
    used = 0.0
    for node in singles:
        w = sizes[node][0] + gap
        if rows[-1] and used + w > limit + gap:
            rows.append([])
            used = 0.0
        rows[-1].append(node)
        used += w
    out = {}
    y = 0.0
    for row in rows:
        width = sum(sizes[n][0] for n in row) + gap * (len(row) - 1)
        height = max(sizes[n][1] for n in row)
        x = -width / 2
        for node in row:
            out[node] = (x + sizes[node][0] / 2, y + height / 2)
            x += sizes[node][0] + gap
        y += height + gap
    return out


def _below(
    top: dict[str, Point], bottom: dict[str, Point], sizes: Mapping[str, Size], gap: float
) -> dict[str, Point]:
    """``bottom`` centred under ``top``, ``gap`` apart."""
    if not top or not bottom:
        return {**top, **bottom}
    tl, _, tr, tb = _bounds(top, sizes)
    bl, bt, br, _ = _bounds(bottom, sizes)
    dx = (tl + tr) / 2 - (bl + br) / 2
    dy = tb + gap * 1.5 - bt
    return {**top, **{k: (x + dx, y + dy) for k, (x, y) in bottom.items()}}
