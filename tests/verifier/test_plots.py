"""Inline SVG plots: well-formed, deterministic, escaped, inside their frame, validated input."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from itertools import pairwise

import pytest
from pydantic import ValidationError

from verifier.plots import (
    HEIGHT,
    WIDTH,
    Plot,
    Series,
    fmt,
    log_ticks,
    nice_ticks,
    render_svg,
)

SVG = "{http://www.w3.org/2000/svg}"


def _plot(**kw) -> Plot:
    base = {"title": "exact match vs weight bits", "x_label": "weight bits", "y_label": "exact match",
            "series": [Series(name="QAT", xs=[2, 3, 4, 8], ys=[0.31, 0.52, 0.61, 0.64]),
                       Series(name="PTQ", xs=[8, 2, 4, 3], ys=[0.63, 0.02, 0.49, 0.21])]}
    base.update(kw)
    return Plot(**base)


def test_svg_is_well_formed_with_one_polyline_and_marker_per_point():
    root = ET.fromstring(render_svg(_plot()))
    assert root.tag == f"{SVG}svg" and root.get("viewBox") == f"0 0 {WIDTH} {HEIGHT}"
    groups = root.findall(f"{SVG}g")
    assert [g.get("aria-label") for g in groups] == ["QAT", "PTQ"]
    for g in groups:
        assert len(g.findall(f"{SVG}polyline")) == 1
        assert len([e for e in g if e.tag != f"{SVG}polyline"]) == 4  # one marker per point
    # a line plot joins points in x order, whatever order they came in
    pts = [tuple(map(float, p.split(","))) for p in groups[1].find(f"{SVG}polyline").get("points").split()]
    assert [x for x, _ in pts] == sorted(x for x, _ in pts)


def test_points_lie_inside_the_frame_and_higher_values_higher():
    root = ET.fromstring(render_svg(_plot()))
    frame = next(r for r in root.iter(f"{SVG}rect") if r.get("fill") == "none")
    left, top = float(frame.get("x")), float(frame.get("y"))
    right, bottom = left + float(frame.get("width")), top + float(frame.get("height"))
    circles = root.find(f"{SVG}g").findall(f"{SVG}circle")
    ys = []
    for c in circles:
        cx, cy = float(c.get("cx")), float(c.get("cy"))
        assert left <= cx <= right and top <= cy <= bottom
        ys.append(cy)
    assert ys == sorted(ys, reverse=True)  # QAT rises with bits: screen y falls
    assert circles[0].find(f"{SVG}title").text == "QAT: weight bits 2, exact match 0.31"


def test_rendering_is_deterministic():
    assert render_svg(_plot()) == render_svg(_plot())


def test_every_text_is_escaped():
    evil = "<script>alert(1)</script>&\"'"
    svg = render_svg(_plot(title=evil, x_label=evil, y_label=evil,
                           series=[Series(name=evil, xs=[1, 2], ys=[1, 2])]))
    assert "<script" not in svg
    root = ET.fromstring(svg)  # still well-formed
    assert root.find(f"{SVG}title").text == evil
    assert root.get("aria-label") == evil
    assert not re.search(r"(?:href|src)=", svg)


def test_log_axis_for_shapes():
    p = _plot(log_x=True, x_label="n = k", series=[Series(name="m=2048", xs=[1024, 2048, 4096, 8192, 16384],
                                                        ys=[0.8, 1.0, 1.2, 1.4, 1.5])])
    svg = render_svg(p)
    assert "n = k (log scale)" in svg
    xs = [float(c.get("cx")) for c in ET.fromstring(svg).iter(f"{SVG}circle")][:5]
    gaps = [b - a for a, b in pairwise(xs)]
    assert max(gaps) - min(gaps) < 0.05  # doubling x is one equal step on a log axis


def test_ticks():
    ticks = nice_ticks(0.02, 0.64)
    assert ticks[0] <= 0.02 and ticks[-1] >= 0.64 and 3 <= len(ticks) <= 8
    steps = {round(b - a, 9) for a, b in pairwise(ticks)}
    assert len(steps) == 1
    assert nice_ticks(5, 5)[0] < 5 < nice_ticks(5, 5)[-1]  # a flat series still gets an axis
    assert log_ticks(1024, 16384) == [1024.0, 2048.0, 4096.0, 8192.0, 16384.0]
    assert log_ticks(10, 100000) == [10.0, 100.0, 1000.0, 10000.0, 100000.0]
    assert fmt(2.0) == "2" and fmt(0.31) == "0.31" and fmt(1.23456) == "1.235"


def test_empty_plot_says_no_data():
    root = ET.fromstring(render_svg(_plot(series=[])))
    assert any(t.text == "no data" for t in root.iter(f"{SVG}text"))


def test_series_validation():
    with pytest.raises(ValidationError, match="1 x values and 2 y values"):
        Series(name="s", xs=[1.0], ys=[1.0, 2.0])
    with pytest.raises(ValidationError, match="non-finite"):
        Series(name="s", xs=[1.0], ys=[float("nan")])


def test_log_axis_refuses_non_positive_x():
    with pytest.raises(ValidationError, match="log x axis"):
        _plot(log_x=True, series=[Series(name="s", xs=[0, 1], ys=[1, 2])])
