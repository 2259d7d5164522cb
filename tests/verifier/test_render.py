"""Report rendering: template keys equal the documented context keys, strictness, escaping,
self-contained HTML, Markdown that cannot be hijacked, and JSON that round-trips."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import jinja2.meta
import pytest
from jinja2 import UndefinedError
from pydantic import BaseModel

from tests.support.report_fixtures import paper_claims, paper_context, synthesis_context
from verifier.render import (
    PAGES,
    environment,
    md_escape,
    render_paper,
    render_synthesis,
    render_template,
)
from verifier.report_context import (
    PaperReportContext,
    SynthesisReportContext,
    documented_keys,
)

SCRIPT = "<script>document.title='pwned'</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">"
MD_PAYLOAD = "[click](javascript:alert(1)) ![x](http://evil.example/x.png) **bold** | cut | `code` $x$ ~~s~~"


# -- a recording context: which keys do the templates read? ------------------------------------


class _Recorder:
    def __init__(self):
        self.paths: set[str] = set()


def _wrap(value, path: str, rec: _Recorder):
    rec.paths.add(path)
    if isinstance(value, BaseModel):
        return _Proxy(value, path, rec)
    if isinstance(value, list):
        return [_wrap(v, path, rec) for v in value]
    return value


class _Proxy:
    """Stands for a context model inside a template and records every field read through it."""

    __slots__ = ("_model", "_path", "_rec")

    def __init__(self, model: BaseModel, path: str, rec: _Recorder):
        object.__setattr__(self, "_model", model)
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_rec", rec)

    def __getattr__(self, name: str):
        model = object.__getattribute__(self, "_model")
        if name not in type(model).model_fields:
            raise AttributeError(name)
        return _wrap(getattr(model, name), f"{object.__getattribute__(self, '_path')}.{name}",
                     object.__getattribute__(self, "_rec"))

    __getitem__ = __getattr__


def _keys_read(kind: str, template: str, contexts: list[BaseModel]) -> set[str]:
    rec = _Recorder()
    for ctx in contexts:
        variables = {name: _wrap(getattr(ctx, name), name, rec) for name in type(ctx).model_fields}
        render_template(kind, template, variables)
    return rec.paths


def _prefixes(keys) -> set[str]:
    return {".".join(k.split(".")[:i]) for k in keys for i in range(1, k.count(".") + 1)}


def _variants(page: str) -> list[BaseModel]:
    """Fixtures that together reach every branch: full ones and ones with empty lists."""
    if page == "paper":
        full = paper_context()
        return [full, full.model_copy(update={"claims": [], "plots": [], "corrections": []})]
    full = synthesis_context()
    with_band = [full.comparison[0].model_copy(update={"repro": paper_claims()[1].repro})]
    return [full, full.model_copy(update={"synthesis": None, "comparison": with_band, "papers": []}),
            full.model_copy(update={"comparison": [], "papers": []})]


@pytest.mark.parametrize("page", sorted(PAGES))
@pytest.mark.parametrize("kind", ["html", "md"])
def test_template_reads_exactly_the_documented_keys(page, kind):
    model, html_name, md_name = PAGES[page]
    documented = documented_keys(model)
    read = _keys_read(kind, html_name if kind == "html" else md_name, _variants(page))
    unknown = read - documented - _prefixes(documented)
    unused = documented - read
    assert not unknown, f"{kind} template reads keys the context does not document: {sorted(unknown)}"
    assert not unused, f"{kind} template never shows documented keys: {sorted(unused)}"


@pytest.mark.parametrize("page", sorted(PAGES))
def test_top_level_names_are_context_fields(page):
    model, html_name, md_name = PAGES[page]
    for kind, name in (("html", html_name), ("md", md_name)):
        env = environment(kind)
        source = env.loader.get_source(env, name)[0]
        names = jinja2.meta.find_undeclared_variables(env.parse(source)) - set(env.globals)
        assert names <= set(model.model_fields), f"{name} uses undeclared names {sorted(names - set(model.model_fields))}"


def test_documented_keys_walk_nested_models():
    keys = documented_keys(PaperReportContext)
    assert {"title", "claims.text", "claims.grounding.verdict", "claims.repro.hardware_comparable",
            "claims.repro.band.low", "claims.runs.gpu", "claims.untestable.detail", "plots.series.xs",
            "quality.dimensions.reasons", "provenance"} <= keys
    assert "claims" not in keys and "claims.repro" not in keys and "claims.repro.band" not in keys
    synthesis = documented_keys(SynthesisReportContext)
    assert {"comparison.published_confidence", "papers.claims.repro.verdict", "papers.verdict.covers"} <= synthesis


# -- strictness ---------------------------------------------------------------------------------


def test_missing_nested_field_fails_loudly():
    data = paper_context().model_dump()
    del data["claims"][1]["repro"]["band"]["high"]
    with pytest.raises(UndefinedError, match="high"):
        render_template("html", "report.html.j2", data)
    with pytest.raises(UndefinedError, match="high"):
        render_template("md", "report.md.j2", data)


def test_missing_top_level_field_fails_loudly():
    data = paper_context().model_dump()
    del data["quality"]
    with pytest.raises(UndefinedError, match="quality"):
        render_template("html", "report.html.j2", data)


def test_printing_none_fails_instead_of_writing_none():
    data = paper_context().model_dump()
    data["claims"][0]["text"] = None
    with pytest.raises(UndefinedError, match="None"):
        render_template("html", "report.html.j2", data)


def test_wrong_context_type_is_refused():
    with pytest.raises(TypeError, match="PaperReportContext"):
        render_paper(synthesis_context())


# -- what the pages say ------------------------------------------------------------------------


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
        else:
            self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


@pytest.mark.parametrize("page", sorted(PAGES))
def test_html_is_self_contained(page):
    ctx = paper_context() if page == "paper" else synthesis_context()
    html = (render_paper if page == "paper" else render_synthesis)(ctx)["html"]
    parsed = _parse(html)
    names = {t for t, _ in parsed.tags}
    assert not names & {"script", "link", "iframe", "object", "embed", "img", "base", "form", "frame"}
    for tag, attrs in parsed.tags:
        for attr in ("src", "href", "xlink:href", "action", "srcset", "poster", "data"):
            assert attr not in attrs, f"<{tag} {attr}={attrs[attr]!r}> loads something"
        assert not any(k.startswith("on") for k in attrs), f"<{tag}> has an event handler"
    assert "url(" not in parsed.style and "@import" not in parsed.style
    csp = [a["content"] for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(csp) == 1 and "default-src 'none'" in csp[0] and "script-src" not in csp[0]
    # the policy comes before anything it must govern
    assert html.index("Content-Security-Policy") < html.index("<title>") < html.index("<body>")
    assert html.count("<svg") == len(ctx.plots) > 0


def test_paper_html_shows_every_claim_state():
    ctx = paper_context()
    text = " ".join(_parse(render_paper(ctx)["html"]).text)
    text = re.sub(r"\s+", " ", text)
    assert ctx.title in text
    for needle in ("reproduced at proxy scale", "95% paired bootstrap, n=3: 0.081 fraction to 0.152 fraction",
                   "not comparable", "claim: “1.81x” → 1.81x", "observed 1.42x (95% t prediction, n=3: 1.39x to 1.45x)",
                   "pass band: 95% t prediction, n=3: 1.36x to 1.48x",
                   "hardware: claim NVIDIA A100; runs NVIDIA H100 80GB HBM3 — not comparable",
                   "contradicted", "numbers differ from the quote: 12.65", "untestable (not a result)",
                   "a setup fact (hyper-parameters)", "not judged yet", "not used: status timeout", "p. 4",
                   "Needs review", "PARTIALLY VERIFIED", "reproduced at proxy scale only: claim:11",
                   "claim:14 · label", "CORRECTED · 1 correction.", "Evidence strength", "1 — Grounding"):
        assert needle in text, needle


def test_synthesis_html_compares_published_marks_with_ours():
    ctx = synthesis_context()
    html = render_synthesis(ctx)["html"]
    rows = re.findall(r'<tr class="third-party" data-row="(\d+)">(.*?)</tr>', html, re.DOTALL)
    assert [int(r) for r, _ in rows] == [c.row for c in ctx.comparison]
    first = rows[0][1]
    assert "✓ 0.28" in first and "not found" in first
    assert "disagrees: published ✓, but not found in the cited sources" in first
    assert "(cut off in the published report)" in rows[2][1]
    assert ctx.question in html
    # what the plan leaves of the claim is shown with the verdict, in both formats
    assert "not tested by this plan: sparsities above 90% (the sweep stops there)" in first
    assert "not tested by this plan: sparsities above 90%" in render_synthesis(ctx)["md"]


def test_injected_markup_in_title_and_claim_is_escaped():
    claims = [c.model_copy(update={"text": c.text + SCRIPT + IMG}) for c in paper_context().claims]
    ctx = paper_context(title="Report " + SCRIPT + IMG, claims=claims)
    html = render_paper(ctx)["html"]
    assert "<script" not in html.lower() and "<img" not in html.lower()
    assert html.count("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;") == 2 + len(claims)
    parsed = _parse(html)
    assert not [t for t, _ in parsed.tags if t in ("script", "img")]


def test_json_is_the_context():
    ctx = synthesis_context()
    out = render_synthesis(ctx)
    assert SynthesisReportContext.model_validate_json(out["json"]) == ctx
    assert json.loads(out["json"])["comparison"][0]["published_verified"] is True


def test_rendering_is_deterministic():
    assert render_paper(paper_context()) == render_paper(paper_context())


# -- Markdown ----------------------------------------------------------------------------------


def test_md_escape_neutralises_markdown():
    out = md_escape("# Title\n- item\n1. first <b>x</b> & [a](b) *e* _u_ `c` | $m$ ~s~ \\")
    assert "\n" not in out and out.startswith("\\# Title")
    assert "&lt;b&gt;" in out and "&amp;" in out
    for raw in ("[a]", "*e*", "_u_", "`c`", "$m$", "~s~"):
        assert raw not in out, raw
    assert not re.search(r"(?<!\\)\|", out)
    assert md_escape("1. x") == "1\\. x" and md_escape("-0.5") == "-0.5" and md_escape("0.28") == "0.28"


def test_markdown_escapes_untrusted_text():
    claims = [c.model_copy(update={"text": MD_PAYLOAD + IMG}) for c in paper_context().claims]
    md = render_paper(paper_context(title=MD_PAYLOAD + SCRIPT, claims=claims))["md"]
    assert "<img" not in md and "<script" not in md
    assert not re.search(r"(?<!\\)\]\(", md)  # no link or image target outside the JSON block
    assert md.count(md_escape(MD_PAYLOAD)) == 1 + len(claims)
    assert md.startswith("# " + md_escape(MD_PAYLOAD + SCRIPT) + "\n")


def test_markdown_payload_renders_as_text():
    markdown_it = pytest.importorskip("markdown_it", reason="pip install markdown-it-py to render the Markdown")
    claims = [c.model_copy(update={"text": MD_PAYLOAD + IMG}) for c in paper_context().claims]
    ctx = paper_context(title=MD_PAYLOAD + SCRIPT, claims=claims)
    md = render_paper(ctx)["md"]
    html = markdown_it.MarkdownIt("commonmark").enable("table").enable("strikethrough").render(md)
    parsed = _parse(html)
    tags = [t for t, _ in parsed.tags]
    assert not set(tags) & {"a", "img", "script", "del", "s"}, sorted(set(tags))
    assert tags.count("strong") == sum(1 for _ in re.finditer(r"\*\*", md)) // 2 > 0  # only our own bold
    text = "".join(parsed.text)
    assert text.count(MD_PAYLOAD) == 1 + len(claims)  # the title, and each claim's text in its row
    # each claim row of the claims table keeps its five cells
    table = next(tbl for tbl in re.findall(r"<table>.*?</table>", html, re.DOTALL) if "Grounding (Gate 1)" in tbl)
    for row in re.findall(r"<tr>(.*?)</tr>", table, re.DOTALL)[1:]:
        assert row.count("<td") == 5


def test_markdown_json_fence_cannot_be_closed_from_inside():
    ctx = paper_context(provenance={"note": "```\n# not a heading"})
    md = render_paper(ctx)["md"]
    fence = re.search(r"^(`{3,})json$", md, re.MULTILINE).group(1)
    assert len(fence) > 3 and md.rstrip().endswith(fence)
