"""Rendering report contexts through the templates: HTML, Markdown and JSON.

Two Jinja2 environments share one loader on the repository's ``templates/`` folder:

* HTML (``*.html.j2``): autoescape on, so every value is HTML-escaped unless it is markup we
  built ourselves (the plot SVG, whose texts :mod:`verifier.plots` escapes).
* Markdown (``*.md.j2``): every printed value passes :func:`md_escape`, so a claim or a title
  cannot open a link, an image, raw HTML, emphasis, math or a table cell. The environment
  runs with autoescape on as well; its ``finalize`` does the Markdown escaping and marks the
  result safe, and macro output (already escaped) passes through unchanged.

Both use ``StrictUndefined``: a field a template reads that the context lacks raises instead
of printing a blank, and printing ``None`` raises too (a template must say what an absent
value means). The JSON form is the context itself (``model_dump_json``).

The report is one self-contained HTML file: inline CSS and SVG, no script, no external font,
image or style sheet, and a Content-Security-Policy that forbids scripts and every fetch, so
that text injected through a paper's title or a claim neither runs nor calls home.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, UndefinedError
from markupsafe import Markup

from verifier.plots import fmt, render_svg
from verifier.report_context import PaperReportContext, SynthesisReportContext

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"

PAGES = {
    "paper": (PaperReportContext, "report.html.j2", "report.md.j2"),
    "synthesis": (SynthesisReportContext, "synthesis.html.j2", "synthesis.md.j2"),
}

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~${}])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])(?=\s|$)")


def md_escape(text: str) -> str:
    """``text`` as literal Markdown inline text: one line, nothing a renderer would interpret.

    Backslash-escapes the ASCII punctuation that opens emphasis, code, links, images, math,
    strikethrough and table cells; writes ``<``, ``>`` and ``&`` as entities (no raw HTML, no
    autolinks); joins lines (no headings, lists or block quotes from inside a value) and
    escapes a leading list, heading or quote marker.
    """
    text = text.replace("\r\n", " ").replace("\n", " ").replace("\r", " ").replace("\u2028", " ")
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], text)


def _no_none(value: Any) -> Any:
    if value is None:
        raise UndefinedError("a template printed None: test the optional field and say what its absence means")
    return value


def _html_finalize(value: Any) -> Any:
    return _no_none(value)


def _md_finalize(value: Any) -> Markup:
    value = _no_none(value)
    if isinstance(value, Markup):  # macro output and md_json: already Markdown
        return value
    return Markup(md_escape(str(value)))


def num(value: float | None, digits: int = 2) -> str:
    """A score or a time with fixed decimals ("0.28", "412.5"); None -> "n/a"."""
    if value is None:
        return "n/a"
    return f"{value:.{digits}f}" if isinstance(value, float) else str(value)


def qty(value: float | None, unit: str | None = None) -> str:
    """A measured value with up to 4 significant digits and its unit ("1.42x", "11.8 pp"); None -> "n/a"."""
    if value is None:
        return "n/a"
    text = fmt(value)
    if not unit:
        return text
    return f"{text}{unit}" if unit in ("x", "%") else f"{text} {unit}"


def words(value: str) -> str:
    """A machine value in words: "partially_supported" -> "partially supported"."""
    return str(value).replace("_", " ")


def when(value: datetime) -> str:
    """A timestamp in UTC to the minute; a naive time is taken as UTC."""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.strftime("%Y-%m-%d %H:%M UTC")


def json_text(value: Any) -> str:
    return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False)


def md_json(value: Any) -> Markup:
    """A fenced JSON code block whose fence is longer than any backtick run inside it."""
    text = json_text(value)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return Markup(f"{fence}json\n{text}\n{fence}")


def _svg(plot: Any) -> Markup:
    return Markup(render_svg(plot))


def _base(finalize) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=True,
        undefined=StrictUndefined,
        finalize=finalize,
        trim_blocks=False,
        keep_trailing_newline=True,
    )
    env.filters.update(num=num, qty=qty, when=when, words=words)
    env.globals["zip"] = zip
    return env


@cache
def environment(kind: str) -> Environment:
    """The Jinja2 environment for ``"html"`` or ``"md"`` templates."""
    if kind == "html":
        env = _base(_html_finalize)
        env.filters.update(svg=_svg, json_text=json_text)
        return env
    if kind == "md":
        env = _base(_md_finalize)
        env.filters.update(md_json=md_json)
        return env
    raise ValueError(f"unknown template kind {kind!r} (allowed: html, md)")


def template_variables(ctx: Any) -> dict[str, Any]:
    """The names a page template sees: the context's fields, unchanged (models stay models)."""
    return {name: getattr(ctx, name) for name in type(ctx).model_fields}


def render_template(kind: str, name: str, variables: dict[str, Any]) -> str:
    return environment(kind).get_template(name).render(**variables)


def _render(page: str, ctx: Any) -> dict[str, str]:
    model, html_name, md_name = PAGES[page]
    if not isinstance(ctx, model):
        raise TypeError(f"render_{page} needs a {model.__name__}, got {type(ctx).__name__}")
    variables = template_variables(ctx)
    return {
        "html": render_template("html", html_name, variables),
        "md": render_template("md", md_name, variables),
        "json": ctx.model_dump_json(indent=2) + "\n",
    }


def render_paper(ctx: PaperReportContext) -> dict[str, str]:
    """The paper report as ``{"html": ..., "md": ..., "json": ...}``."""
    return _render("paper", ctx)


def render_synthesis(ctx: SynthesisReportContext) -> dict[str, str]:
    """The synthesis report (one research question across papers) in the same three forms."""
    return _render("synthesis", ctx)


def write_report(rendered: dict[str, str], stem: Path) -> list[Path]:
    """Write ``stem.html``, ``stem.md`` and ``stem.json``; returns the paths written."""
    paths = []
    for ext in ("html", "md", "json"):
        path = stem.with_name(f"{stem.name}.{ext}")
        path.write_text(rendered[ext], encoding="utf-8")
        paths.append(path)
    return paths
