"""The HTML report as a reader sees it, in headless Chromium.

Chromium loads the rendered file and dumps its DOM after the load event. The tests check the
title, each claim row's verdict texts and the plots, and that markup injected through a title
or a claim shows as text and does not run: neither by escaping (the payload never becomes an
element) nor, if escaping ever failed, past the page's Content-Security-Policy. A control page
first proves that scripts do run in this harness, so the absence of their effects means
something.

Nothing is installed at test time: without Chromium the tests skip with the install command,
except under CI (``CI`` set), where they fail (``.ci/chromium.sh`` installs it).
"""

from __future__ import annotations

import os
import re
from html.parser import HTMLParser

import pytest

from tests.support.chromium import INSTALL, dump_dom, find_chromium
from tests.support.report_fixtures import paper_context, synthesis_context
from verifier.render import render_paper, render_synthesis

PAYLOAD_SCRIPT = "<script>document.title='pwned';document.documentElement.setAttribute('data-pwned','script')</script>"
PAYLOAD_IMG = "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned','img')\">"
RAW_SCRIPT = "<script>document.documentElement.setAttribute('data-pwned','raw')</script>"
RAW_HANDLER = "<svg onload=\"document.documentElement.setAttribute('data-pwned','handler')\"></svg>"


@pytest.fixture(scope="module")
def chromium():
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail(f"chromium is missing; CI must run the browser tests: {INSTALL}", pytrace=False)
        pytest.skip(f"chromium not installed: {INSTALL}")
    return binary


# -- a small DOM built from the dump ------------------------------------------------------------

_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class Node:
    def __init__(self, tag: str, attrs: dict):
        self.tag, self.attrs, self.children = tag, attrs, []

    def text(self) -> str:
        parts = [c if isinstance(c, str) else c.text() for c in self.children]
        return re.sub(r"\s+", " ", "".join(parts)).strip()

    def iter(self):
        yield self
        for c in self.children:
            if isinstance(c, Node):
                yield from c.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[Node]:
        return [n for n in self.iter() if n.tag == tag and (cls is None or cls in n.attrs.get("class", "").split())]

    def find(self, tag: str, cls: str | None = None) -> Node:
        found = self.find_all(tag, cls)
        assert found, f"no <{tag} class={cls!r}> in <{self.tag}>"
        return found[0]


class _Builder(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.root = Node("#document", {})
        self.stack = [self.root]

    def handle_starttag(self, tag, attrs):
        node = Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID:
            self.stack.append(node)

    def handle_startendtag(self, tag, attrs):
        self.stack[-1].children.append(Node(tag, {k: v or "" for k, v in attrs}))

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, 0, -1):
            if self.stack[i].tag == tag:
                del self.stack[i:]
                return

    def handle_data(self, data):
        self.stack[-1].children.append(data)


def _load(chromium: str, html: str, tmp_path, name: str = "report.html") -> Node:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    builder = _Builder()
    builder.feed(dump_dom(path, binary=chromium))
    builder.close()
    return builder.root


def _html_attrs(dom: Node) -> dict:
    return dom.find("html").attrs


# -- tests --------------------------------------------------------------------------------------


def test_control_page_scripts_do_run(chromium, tmp_path):
    dom = _load(chromium, f"<!DOCTYPE html><html><head><title>t</title></head><body>{RAW_SCRIPT}</body></html>",
                tmp_path, "control.html")
    assert _html_attrs(dom).get("data-pwned") == "raw"


def test_reader_sees_title_verdicts_and_plots_and_no_injection_runs(chromium, tmp_path):
    base = paper_context()
    claims = [c.model_copy(update={"text": c.text + " " + PAYLOAD_SCRIPT + PAYLOAD_IMG}) for c in base.claims]
    title = "LLM.int8() report " + PAYLOAD_SCRIPT + PAYLOAD_IMG
    ctx = paper_context(title=title, claims=claims)
    dom = _load(chromium, render_paper(ctx)["html"], tmp_path)

    # nothing ran, nothing became an element
    assert "data-pwned" not in _html_attrs(dom)
    assert not dom.find_all("script") and not dom.find_all("img")
    assert dom.find("title").text() == title  # document.title was not rewritten to 'pwned'
    assert dom.find("h1").text() == title

    rows = dom.find("table", "claims").find_all("tr", "claim")
    assert [r.attrs["data-claim-ref"] for r in rows] == [c.claim_ref for c in ctx.claims]
    seen = [(r.find("span", "text").text(),
             r.find("td", "grounding").find("span", "verdict").text(),
             r.find("td", "repro").find("span", "verdict").text()) for r in rows]
    assert seen == [
        (claims[0].text, "supported", "reproduced at proxy scale"),
        (claims[1].text, "supported", "not comparable"),
        (claims[2].text, "contradicted", "not judged yet"),
        (claims[3].text, "supported", "untestable"),
    ]
    assert "a setup fact" in rows[3].find("td", "repro").text()
    hardware = rows[1].find("td", "repro").find("div", "hardware").text()
    assert hardware == "hardware: claim NVIDIA A100; runs NVIDIA H100 80GB HBM3 — not comparable"
    assert "observed 1.42x" in rows[1].find("td", "repro").text()
    assert dom.find("div", "card").find("span", "verdict").text() == "PARTIALLY VERIFIED"
    assert len(dom.find_all("svg")) == len(ctx.plots) == 3
    plot_titles = [svg.find("title").text() for svg in dom.find_all("svg")]
    assert plot_titles == [p.title for p in ctx.plots]


def test_policy_stops_markup_that_escaping_missed(chromium, tmp_path):
    html = render_paper(paper_context())["html"]
    # simulate an escaping bug: raw payloads spliced into the rendered page
    broken = html.replace("</body>", RAW_SCRIPT + PAYLOAD_IMG + RAW_HANDLER + "</body>")
    assert broken != html
    dom = _load(chromium, broken, tmp_path)
    assert "data-pwned" not in _html_attrs(dom)
    assert len(dom.find_all("script")) == 1  # present in the DOM, but blocked by the policy


def test_synthesis_reader_sees_published_marks_against_ours(chromium, tmp_path):
    ctx = synthesis_context(question=synthesis_context().question + " " + PAYLOAD_SCRIPT)
    dom = _load(chromium, render_synthesis(ctx)["html"], tmp_path)
    assert "data-pwned" not in _html_attrs(dom) and not dom.find_all("script")
    question = next(n for n in dom.iter() if n.attrs.get("id") == "question")
    assert question.text() == ctx.question
    rows = dom.find("table", "comparison").find_all("tr", "third-party")
    cells = [(r.find("td", "published").text(), r.find("td", "grounding").find("span", "verdict").text(),
              r.find("td", "agreement").text()) for r in rows]
    assert cells == [
        ("✓ 0.28", "not found", "disagrees: published ✓, but not found in the cited sources"),
        ("× 0.02", "supported", "disagrees: published ×, but the cited sources support it"),
        ("× 0.04", "not found", "agrees"),
    ]
    assert len(dom.find_all("svg")) == len(ctx.plots)
