"""Render a report and take a PNG of it with headless Chromium (for README).

    .venv/bin/python -m tests.support.screenshot REPORT.json OUT.png [--synthesis] [--size 1200x2000]
    .venv/bin/python -m tests.support.screenshot REPORT.html OUT.png
    .venv/bin/python -m tests.support.screenshot --fixture OUT.png      # the test fixture, for layout work

A ``.json`` input is a report context as ``verifier report`` writes it (``REPORT.json``): it is
validated into its model and rendered again through ``templates/``, so the picture shows the
templates as they are now. A ``.html`` input is shot as it is.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from tests.support.chromium import ChromiumError, screenshot


def _html_for(source: Path | None, synthesis: bool, fixture: bool, workdir: Path) -> Path:
    from verifier.render import render_paper, render_synthesis
    from verifier.report_context import PaperReportContext, SynthesisReportContext

    if fixture:
        from tests.support.report_fixtures import paper_context, synthesis_context

        html = render_synthesis(synthesis_context())["html"] if synthesis else render_paper(paper_context())["html"]
    elif source is not None and source.suffix == ".html":
        return source
    elif source is not None:
        text = source.read_text(encoding="utf-8")
        if synthesis:
            html = render_synthesis(SynthesisReportContext.model_validate_json(text))["html"]
        else:
            html = render_paper(PaperReportContext.model_validate_json(text))["html"]
    else:
        raise SystemExit("give a report (.json or .html) or --fixture")
    out = workdir / "report.html"
    out.write_text(html, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, help="report context .json or rendered .html")
    parser.add_argument("png", type=Path, help="where to write the PNG")
    parser.add_argument("--synthesis", action="store_true", help="the .json is a synthesis report context")
    parser.add_argument("--fixture", action="store_true", help="shoot the test fixture instead of a report")
    parser.add_argument("--size", default="1200x2000", help="window size WIDTHxHEIGHT (default 1200x2000)")
    args = parser.parse_args(argv)
    width, _, height = args.size.partition("x")
    with tempfile.TemporaryDirectory() as tmp:
        html = _html_for(args.source, args.synthesis, args.fixture, Path(tmp))
        try:
            png = screenshot(html, args.png, width=int(width), height=int(height))
        except ChromiumError as exc:
            print(f"screenshot: {exc}", file=sys.stderr)
            return 1
    print(png)
    return 0


if __name__ == "__main__":
    sys.exit(main())
