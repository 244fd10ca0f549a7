#!/usr/bin/env python3
"""Builds data/basemap.json, the base layer of rasad's map page, from the shared gazetteer.

usage: tools/build_basemap.py [SOURCE_DIR] [--out data/basemap.json] [--tolerance 0.01]

SOURCE_DIR defaults to ../shared/data/gazetteer relative to the repository root (the
wof_admin_polygons_<cc>.geojson files; see that folder's README.md). The page cannot reach
a tile server, so the country (admin0) and region (admin1) outlines are the map.

Python 3 standard library only. Reproducible: the same inputs and tolerance give a
byte-identical output (countries in a fixed order, features sorted, fixed float format).

What it does:
  * keeps the current country and region features (is_current 1 or -1; the superseded `0`
    region rows, e.g. BF's 45 former provinces, would draw over the current ones);
  * simplifies topologically: every ring is cut into arcs at its junctions (vertices where
    the set of neighbouring rings changes), each arc shared by two regions or by a region
    and its country is simplified once (Douglas-Peucker, --tolerance degrees) and used by
    both, so neighbours keep a common border without gaps or overlaps;
  * drops rings that collapse below four points or a tiny area, rounds coordinates to 3
    decimals (about 100 m, finer than the simplification);
  * writes a GeoJSON FeatureCollection whose features carry
    {"level": 0|1, "cc": "SY", "name": English, "name_ar": Arabic or "", "iso": region code}.
Data from Who's On First (whosonfirst.org), including GeoNames (CC BY 4.0, geonames.org);
see NOTICE and data/README-basemap.md.
"""
import argparse
import json
import os
import sys

COUNTRIES = "sy iq ye sd ly ps lb jo eg so ss td ml ne bf ng sa tn dz".split()
SCALE = 10000  # the sources are rounded to 4 decimals: points become exact integers


def read_features(source_dir):
    out = []
    for cc in COUNTRIES:
        with open(os.path.join(source_dir, f"wof_admin_polygons_{cc}.geojson"), encoding="utf-8") as f:
            data = json.load(f)
        for feat in data["features"]:
            p = feat["properties"]
            if p["placetype"] not in ("country", "region") or p["is_current"] == 0:
                continue
            geom = feat["geometry"]
            polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
            rings = []
            for poly in polys:
                rings.append([[(round(x * SCALE), round(y * SCALE)) for x, y in ring] for ring in poly])
            out.append({
                "level": 0 if p["placetype"] == "country" else 1,
                "cc": cc.upper(),
                "name": p.get("name_en") or p.get("name") or "",
                "name_ar": (p.get("name_ar") or "").replace("\u200e", "").replace("\u200f", ""),
                "iso": p.get("iso_code") or "",
                "wof_id": p["wof_id"],
                "polys": rings,
            })
    out.sort(key=lambda f: (COUNTRIES.index(f["cc"].lower()), f["level"], f["wof_id"]))
    return out


def open_ring(ring):
    pts = [p for i, p in enumerate(ring) if i == 0 or p != ring[i - 1]]
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts.pop()
    return pts


def find_junctions(rings):
    """Vertices where a ring meets a different set of neighbours than elsewhere."""
    neighbours = {}
    counts = {}
    junctions = set()
    for ring in rings:
        n = len(ring)
        for i, p in enumerate(ring):
            pair = frozenset((ring[i - 1], ring[(i + 1) % n]))
            counts[p] = counts.get(p, 0) + 1
            seen = neighbours.get(p)
            if seen is None:
                neighbours[p] = pair
            elif seen != pair:
                junctions.add(p)
    return junctions, counts


def perpendicular(p, a, b):
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points, tolerance):
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, 0
        for i in range(first + 1, last):
            d = perpendicular(points[i], points[first], points[last])
            if d > best:
                best, index = d, i
        if best > tolerance:
            keep[index] = True
            stack.append((first, index))
            stack.append((index, last))
    return [p for p, k in zip(points, keep) if k]


def simplify_rings(rings, tolerance):
    junctions, counts = find_junctions(rings)
    cache = {}

    def arc(points):
        key = tuple(points)
        rev = key[::-1]
        if key in cache:
            return cache[key]
        if rev in cache:
            return cache[rev][::-1]
        simple = douglas_peucker(points, tolerance)
        cache[key] = simple
        return simple

    out = []
    for ring in rings:
        cuts = [i for i, p in enumerate(ring) if p in junctions]
        if not cuts:
            # A ring that touches no other: split it at two fixed points so DP has a chord.
            start = min(range(len(ring)), key=lambda i: ring[i])
            ring = ring[start:] + ring[:start]
            half = len(ring) // 2
            pieces = [ring[: half + 1], ring[half:] + ring[:1]]
        else:
            ring = ring[cuts[0]:] + ring[: cuts[0]]
            cuts = [c - cuts[0] if c >= cuts[0] else c + len(ring) - cuts[0] for c in cuts] + [len(ring)]
            cuts = sorted(set(cuts))
            closed = ring + ring[:1]
            pieces = [closed[a:b + 1] for a, b in zip(cuts, cuts[1:])]
        simple = []
        for piece in pieces:
            s = arc(piece) if len(piece) > 2 else piece
            simple.extend(s if not simple else s[1:])
        out.append(simple)
    return out


def area(ring):
    return abs(sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:]))) / 2


def build(source_dir, tolerance_degrees):
    features = read_features(source_dir)
    tolerance = tolerance_degrees * SCALE
    min_area = (tolerance * 2) ** 2
    flat = []
    for f in features:
        for poly in f["polys"]:
            for ring in poly:
                flat.append(open_ring(ring))
    simple = iter(simplify_rings([r for r in flat if len(r) >= 3], tolerance))
    flat_iter = iter(flat)
    out = []
    for f in features:
        polys = []
        for poly in f["polys"]:
            rings = []
            for _ in poly:
                original = next(flat_iter)
                if len(original) < 3:
                    continue
                ring = next(simple)
                ring = ring + ring[:1] if ring[0] != ring[-1] else ring
                if len(ring) >= 4 and area(ring) >= min_area:
                    rings.append([[round(x / SCALE, 3), round(y / SCALE, 3)] for x, y in ring])
                elif not rings:
                    break  # the outer ring vanished: so does its polygon
            if rings:
                polys.append(rings)
        if not polys:
            continue
        out.append({"type": "Feature",
                    "properties": {"level": f["level"], "cc": f["cc"], "name": f["name"],
                                   "name_ar": f["name_ar"], "iso": f["iso"]},
                    "geometry": {"type": "MultiPolygon", "coordinates": polys}})
    return {"type": "FeatureCollection",
            "attribution": "Data from Who's On First (whosonfirst.org), including GeoNames (CC BY 4.0, geonames.org)",
            "features": out}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=os.path.join(root, "..", "shared", "data", "gazetteer"))
    ap.add_argument("--out", default=os.path.join(root, "data", "basemap.json"))
    ap.add_argument("--tolerance", type=float, default=0.01, help="Douglas-Peucker tolerance in degrees")
    args = ap.parse_args()
    data = build(args.source, args.tolerance)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(text + "\n")
    points = sum(len(r) for ft in data["features"] for p in ft["geometry"]["coordinates"] for r in p)
    print(f"{args.out}: {len(data['features'])} features, {points} points, {len(text) // 1024} KiB", file=sys.stderr)


if __name__ == "__main__":
    main()
