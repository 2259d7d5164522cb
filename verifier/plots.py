"""Plots of reproduction runs as inline SVG: accuracy vs bits, vs sparsity, speed-up vs shape.

A report is one self-contained HTML file, so a plot is SVG markup written into the page: no
script, no external font, image or style sheet. :func:`render_svg` is a pure function of a
:class:`Plot`; the same plot always gives the same bytes (fixed size, fixed palette, numbers
written with a fixed precision), so rendered reports can be compared and kept as golden files.

Every piece of text (title, axis labels, series names) is XML-escaped: a title taken from a
paper or a run cannot inject markup. A plot is sized for a report column (640 x 360 user
units, scaled by CSS); lines and markers use the Okabe-Ito palette, which stays distinct for
colour-blind readers, and markers differ in shape as well as colour. Each marker carries a
native SVG ``<title>`` tooltip with its exact values.
"""

from __future__ import annotations

import math
from html import escape
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

WIDTH, HEIGHT = 640, 360
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 64, 16, 36, 52
LEGEND_ROW = 16
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442")
MARKERS = ("circle", "square", "triangle", "diamond")


class Series(BaseModel):
    """One named line of points; ``xs`` and ``ys`` are finite numbers of equal length."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    name: str
    xs: list[float]
    ys: list[float]

    @model_validator(mode="after")
    def _paired_and_finite(self) -> Series:
        if len(self.xs) != len(self.ys):
            raise ValueError(f"series {self.name!r} has {len(self.xs)} x values and {len(self.ys)} y values")
        bad = [v for v in self.xs + self.ys if not math.isfinite(v)]
        if bad:
            raise ValueError(f"series {self.name!r} holds non-finite values {bad[:3]}; drop those points")
        return self


class Plot(BaseModel):
    """A titled plot of one or more series on shared axes (``log_x`` for shapes and sizes)."""

    model_config = ConfigDict(frozen=True, extra="forbid")
    title: str
    x_label: str
    y_label: str
    series: list[Series] = Field(default_factory=list)
    log_x: bool = False
    kind: Literal["line", "scatter"] = "line"

    @model_validator(mode="after")
    def _positive_on_log(self) -> Plot:
        if self.log_x:
            bad = [x for s in self.series for x in s.xs if x <= 0]
            if bad:
                raise ValueError(f"plot {self.title!r} has a log x axis but x values <= 0: {bad[:3]}")
        return self


# -- axes ---------------------------------------------------------------------------------------


def nice_ticks(lo: float, hi: float, target: int = 5) -> list[float]:
    """Round tick values (1, 2, 2.5 or 5 times a power of ten) covering [lo, hi]."""
    if hi < lo:
        lo, hi = hi, lo
    if hi == lo:
        pad = abs(lo) * 0.1 or 1.0
        lo, hi = lo - pad, hi + pad
    raw = (hi - lo) / max(target, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(lo / step + 1e-9) * step
    ticks = []
    k = 0
    while True:
        t = start + k * step
        ticks.append(round(t, 12))
        if t >= hi - 1e-9 * step:
            break
        k += 1
    return ticks


def log_ticks(lo: float, hi: float) -> list[float]:
    """Ticks for a log axis: powers of ten over two decades or more, else powers of two."""
    base = 10 if hi / lo >= 100 else 2
    first = math.floor(math.log(lo, base) + 1e-9)
    last = math.ceil(math.log(hi, base) - 1e-9)
    ticks = [float(base**e) for e in range(first, last + 1)]
    while len(ticks) > 9:  # thin out a long power-of-two axis
        ticks = ticks[::2]
    return ticks


def fmt(value: float) -> str:
    """A tick or tooltip number: integers plainly, others with up to 4 significant digits."""
    if value == int(value) and abs(value) < 1e7:
        return str(int(value))
    text = f"{value:.4g}"
    return text.replace("e+0", "e").replace("e-0", "e-")


def _coord(v: float) -> str:
    return f"{v:.2f}".rstrip("0").rstrip(".")


class _Axis:
    """Maps data values to pixels along one axis."""

    def __init__(self, ticks: list[float], a: float, b: float, log: bool):
        self.ticks, self.a, self.b, self.log = ticks, a, b, log
        self.lo, self.hi = self._t(ticks[0]), self._t(ticks[-1])

    def _t(self, v: float) -> float:
        return math.log10(v) if self.log else v

    def __call__(self, v: float) -> float:
        span = self.hi - self.lo or 1.0
        return self.a + (self._t(v) - self.lo) / span * (self.b - self.a)


def _axes(plot: Plot, legend_rows: int) -> tuple[_Axis, _Axis]:
    xs = [x for s in plot.series for x in s.xs]
    ys = [y for s in plot.series for y in s.ys]
    if plot.log_x:
        xt = log_ticks(min(xs), max(xs)) if xs else [1.0, 10.0]
    else:
        xt = nice_ticks(min(xs), max(xs)) if xs else [0.0, 1.0]
    yt = nice_ticks(min(ys), max(ys)) if ys else [0.0, 1.0]
    bottom = HEIGHT - MARGIN_BOTTOM - legend_rows * LEGEND_ROW
    return _Axis(xt, MARGIN_LEFT, WIDTH - MARGIN_RIGHT, plot.log_x), _Axis(yt, bottom, MARGIN_TOP, False)


# -- drawing ------------------------------------------------------------------------------------


def _marker(shape: str, x: float, y: float, colour: str, tip: str) -> str:
    title = f"<title>{escape(tip)}</title>"
    c = escape(colour)
    if shape == "circle":
        return f'<circle cx="{_coord(x)}" cy="{_coord(y)}" r="3.5" fill="{c}">{title}</circle>'
    if shape == "square":
        return f'<rect x="{_coord(x - 3.2)}" y="{_coord(y - 3.2)}" width="6.4" height="6.4" fill="{c}">{title}</rect>'
    if shape == "triangle":
        pts = f"{_coord(x)},{_coord(y - 4.2)} {_coord(x - 4)},{_coord(y + 3)} {_coord(x + 4)},{_coord(y + 3)}"
    else:
        pts = f"{_coord(x)},{_coord(y - 4.5)} {_coord(x + 4)},{_coord(y)} {_coord(x)},{_coord(y + 4.5)} {_coord(x - 4)},{_coord(y)}"
    return f'<polygon points="{pts}" fill="{c}">{title}</polygon>'


def render_svg(plot: Plot) -> str:
    """The plot as one ``<svg>`` element (a string of markup, every text escaped)."""
    legend_cols = 2
    legend_rows = math.ceil(len(plot.series) / legend_cols)
    xa, ya = _axes(plot, legend_rows)
    out = [
        (f'<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 {WIDTH} {HEIGHT}" '
         f'role="img" aria-label="{escape(plot.title)}" font-family="sans-serif" font-size="11">'),
        f"<title>{escape(plot.title)}</title>",
        (f'<text x="{WIDTH // 2}" y="18" text-anchor="middle" font-size="13" font-weight="bold">'
         f"{escape(plot.title)}</text>"),
    ]
    left, right, top, bottom = xa.a, xa.b, ya.b, ya.a
    # grid and ticks
    for t in ya.ticks:
        y = _coord(ya(t))
        out.append(f'<line x1="{_coord(left)}" y1="{y}" x2="{_coord(right)}" y2="{y}" stroke="#e3e3e3"/>')
        out.append(f'<text x="{_coord(left - 6)}" y="{y}" text-anchor="end" dominant-baseline="middle">'
                   f"{escape(fmt(t))}</text>")
    for t in xa.ticks:
        x = _coord(xa(t))
        out.append(f'<line x1="{x}" y1="{_coord(top)}" x2="{x}" y2="{_coord(bottom)}" stroke="#f0f0f0"/>')
        out.append(f'<text x="{x}" y="{_coord(bottom + 15)}" text-anchor="middle">{escape(fmt(t))}</text>')
    out.append(f'<rect x="{_coord(left)}" y="{_coord(top)}" width="{_coord(right - left)}" '
               f'height="{_coord(bottom - top)}" fill="none" stroke="#444"/>')
    # axis labels
    out.append(f'<text x="{_coord((left + right) / 2)}" y="{_coord(bottom + 34)}" text-anchor="middle">'
               f"{escape(plot.x_label)}{' (log scale)' if plot.log_x else ''}</text>")
    out.append(f'<text transform="translate(14 {_coord((top + bottom) / 2)}) rotate(-90)" text-anchor="middle">'
               f"{escape(plot.y_label)}</text>")
    # series
    for i, s in enumerate(plot.series):
        colour, shape = PALETTE[i % len(PALETTE)], MARKERS[i % len(MARKERS)]
        points = sorted(zip(s.xs, s.ys)) if plot.kind == "line" else list(zip(s.xs, s.ys))
        label = escape(s.name)
        out.append(f'<g class="series" aria-label="{label}">')
        if plot.kind == "line" and len(points) > 1:
            path = " ".join(f"{_coord(xa(x))},{_coord(ya(y))}" for x, y in points)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="1.8"/>')
        for x, y in points:
            out.append(_marker(shape, xa(x), ya(y), colour, f"{s.name}: {plot.x_label} {fmt(x)}, {plot.y_label} {fmt(y)}"))
        out.append("</g>")
    # legend, under the x axis label
    for i, s in enumerate(plot.series):
        colour, shape = PALETTE[i % len(PALETTE)], MARKERS[i % len(MARKERS)]
        lx = left + (i % legend_cols) * (right - left) / legend_cols
        ly = HEIGHT - 8 - (legend_rows - 1 - i // legend_cols) * LEGEND_ROW
        out.append(f'<line x1="{_coord(lx)}" y1="{_coord(ly - 4)}" x2="{_coord(lx + 18)}" y2="{_coord(ly - 4)}" '
                   f'stroke="{colour}" stroke-width="1.8"/>')
        out.append(_marker(shape, lx + 9, ly - 4, colour, s.name))
        out.append(f'<text x="{_coord(lx + 24)}" y="{_coord(ly)}">{escape(s.name)}</text>')
    if not plot.series:
        out.append(f'<text x="{_coord((left + right) / 2)}" y="{_coord((top + bottom) / 2)}" '
                   'text-anchor="middle" fill="#777">no data</text>')
    out.append("</svg>")
    return "\n".join(out)
