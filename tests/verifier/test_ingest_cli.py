"""`verifier ingest / papers / claims` end to end: local files, a local arXiv server, bad input.

Every bad input must give one line on stderr naming the input, a non-zero exit, and leave the
database exactly as it was.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from verifier.cli import main

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
TERNARY = SHARED / "corpus" / "natural-sparsity-ternary-llms" / "paper.pdf"
INT8 = SHARED / "corpus" / "llm-int8" / "paper.pdf"
SYNTHESIS = SHARED / "examples" / "synthesis-report-essential-sparsity.txt"
BAD = ROOT / "tests" / "data" / "bad_inputs"
BAD_SYNTHESES = ROOT / "tests" / "data" / "bad_syntheses"


def need(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} not found (../shared is beside the checkout in CI)")
    return path


@pytest.fixture
def env(tmp_path, monkeypatch, db_url):
    monkeypatch.setenv("VERIFIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("VERIFIER_DATABASE_URL", db_url)
    monkeypatch.setenv("VERIFIER_ARXIV_DELAY", "0")
    monkeypatch.setenv("VERIFIER_ARXIV_BACKOFF", "0.01")
    return tmp_path


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(["-q", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def snapshot(db_url: str) -> dict[str, int]:
    """Row counts of every table: 'the database as it was' in numbers."""
    from sqlalchemy import func, select

    from claims_db.engine import make_engine, migrate
    from claims_db.models import Base

    engine = make_engine(db_url)
    migrate(engine)
    with engine.connect() as conn:
        counts = {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                  for t in Base.metadata.sorted_tables}
    engine.dispose()
    return counts


def test_ingest_local_pdf_then_list_and_show_claims(env, capsys, db_url):
    code, out, err = run(capsys, "ingest", str(need(TERNARY)))
    assert code == 0, err
    assert "paper stored: 16 pages" in out
    code, out, _ = run(capsys, "papers", "--json")
    papers = [p for p in json.loads(out) if p["type"] == "paper"]
    assert len(papers) == 1 and papers[0]["tables"] == 3 and papers[0]["claims_by_kind"]["result"] > 10
    code, out, _ = run(capsys, "claims", "paper.pdf", "--kind", "result", "--json")
    claims = json.loads(out)["claims"]
    assert claims and all(c["kind"] == "result" for c in claims)
    code, out, _ = run(capsys, "claims", "paper.pdf", "--json")
    everything = json.loads(out)["claims"]
    assert len(everything) > len(claims)
    hit = [c for c in everything if "9–14%" in c["claim"]["anchor"]["quote"]]
    assert hit and hit[0]["page"] == 1 and hit[0]["kind"] != "setup"
    assert hit[0]["claim"]["value"]["low"] == 9 and hit[0]["claim"]["value"]["high"] == 14
    code, out, _ = run(capsys, "claims", "paper.pdf", "--evidence")
    assert "quote (p. 1" in out
    # a finding the paper passes on from another work says whose it is
    code, out, _ = run(capsys, "claims", "paper.pdf")
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if "Platinum also reports" in line)
    assert "another work's finding: [24]" in lines[at + 1]
    # a hardware paper's designs, which no lexicon knows, are named as the table writes them, and said so:
    # Table 1's engines by their column headers (15 feasible cells), Table 2's one design by its caption
    assert sum("“Direct” (the column header, as written)" in line for line in lines) == 4
    assert sum(line.lstrip().startswith("“") and "(the column header, as written)" in line for line in lines) == 15
    assert sum("“stream-fed bitmap/sign design” (the caption's words, as written)" in line for line in lines) == 16
    # the hardware a figure is of: Table 1's standard-cell areas are Nangate45's
    at = [i for i, line in enumerate(lines) if "Table 1 (" in line]
    assert at and all("on Nangate45" in lines[i + 1] for i in at)
    # ... and a sentence's by its own words: "The direct engine reaches a 1.344 ns minimum period ..."
    # (and since extractor 1.32 "At clock periods below about 1.8 ns it is also smaller; at relaxed clocks the direct
    # engine is 6.3% larger", whose clock had been its value)
    assert sum("“direct engine” (the sentence's words, as written)" in line for line in lines) == 3


def test_claims_say_which_rows_are_the_uncompressed_reference(env, capsys, db_url):
    # LLM.int8(), Table 1: the "32-bit Float" row has no method by nature; the listing says so
    code, _, err = run(capsys, "ingest", str(need(INT8)))
    assert code == 0, err
    code, out, _ = run(capsys, "claims", "paper.pdf", "--kind", "result")
    lines = out.splitlines()
    at = [i for i, line in enumerate(lines) if "Table 1 (" in line]
    assert len(at) == 45  # 9 rows of 5 sizes
    reference = [lines[i + 1] for i in at if "the uncompressed reference (no method)" in lines[i + 1]]
    assert len(reference) == 5 and all("C4 · perplexity" in line for line in reference)
    assert sum(bool(re.search(r"LLM\.int8\(\) · a model of \S+ parameters \(unnamed\) · C4 · perplexity", lines[i + 1]))
               for i in at) == 10
    # a metric taken from a column header as written, and one whose variant the paper leaves unstated, say so
    assert sum("“Outliers / Count” (the column header, as written)" in line for line in lines) == 10  # Table 4
    # MRPC and QQP in Tables 9 and 10, six rows each; STS-B's two correlations
    assert sum("GLUE task score (not stated: F1 or accuracy)" in line for line in lines) == 24
    assert sum("GLUE task score (not stated: Pearson or Spearman correlation)" in line for line in lines) == 12
    # a size with no model named (Table 1's columns): the scale, said to be of an unnamed model
    assert sum("a model of 1.3B parameters (unnamed)" in lines[i + 1] for i in at) == 9
    # "75% of all sequence dimensions", three times in the text
    assert sum("“share of sequence dimensions” (the sentence's words, as written)" in line for line in lines) == 3


def _cut_by_a_page_break() -> bytes:
    """Two pages: a sentence (LLM.int8()'s, page 17) runs from the foot of the first onto the second."""
    import pymupdf

    doc = pymupdf.open()
    first = doc.new_page(width=612, height=792)
    first.insert_text((72, 600), "The speedups of 8-bit matrix multiplication are small for small models. If inputs "
                      "need to\nbe quantized and outputs dequantized, then the speedups compared to", fontsize=10)
    first.insert_text((300, 760), "1", fontsize=10)
    second = doc.new_page(width=612, height=792)
    second.insert_text((72, 72), "16-bit is reduced to 1.6x at a model size of 5140. Larger models benefit more.",
                       fontsize=10)
    second.insert_text((300, 760), "2", fontsize=10)
    data = doc.tobytes()
    doc.close()
    return data


def test_a_sentence_cut_by_a_page_break_is_stored_whole_with_both_pages(env, capsys, db_url):
    pdf = env / "cut.pdf"
    pdf.write_bytes(_cut_by_a_page_break())
    code, out, err = run(capsys, "ingest", str(pdf))
    assert code == 0, err
    code, out, _ = run(capsys, "claims", "cut.pdf", "--json")
    claims = [c["claim"] for c in json.loads(out)["claims"]]
    speed = [c for c in claims if c["kind"] == "speedup"]
    assert len(speed) == 1 and not [c for c in claims if c["anchor"]["quote"].startswith("16-bit")]
    a = speed[0]["anchor"]
    assert a["quote"] == ("If inputs need to be quantized and outputs dequantized, then the speedups compared to "
                          "16-bit is reduced to 1.6x at a model size of 5140.")
    rest = "16-bit is reduced to 1.6x at a model size of 5140."
    assert (a["page"], a["end_page"], a["end_char"]) == (1, 2, len(rest))
    assert speed[0]["baseline"] == "16-bit" and speed[0]["value"]["text"] == "1.6x"
    code, out, _ = run(capsys, "claims", "cut.pdf", "--evidence")
    assert "quote (pp. 1\u20132, passage 0 chars" in out and f"on to p. 2 passage {a['end_passage_index']}" in out


def test_reingest_same_bytes_changes_nothing(env, capsys, db_url):
    assert run(capsys, "ingest", str(need(TERNARY)))[0] == 0
    before = snapshot(db_url)
    code, out, _ = run(capsys, "ingest", str(TERNARY))
    assert code == 0 and "unchanged" in out
    assert snapshot(db_url) == before


def test_newer_extractor_adds_an_extraction_and_keeps_the_old(env, capsys, db_url, monkeypatch):
    assert run(capsys, "ingest", str(need(TERNARY)))[0] == 0
    before = snapshot(db_url)
    import verifier.extract

    monkeypatch.setattr(verifier.extract, "EXTRACTOR_VERSION", verifier.extract.EXTRACTOR_VERSION + "+next")
    assert run(capsys, "ingest", str(TERNARY))[0] == 0
    after = snapshot(db_url)
    assert after["extractions"] == before["extractions"] + 1
    assert after["claims"] == 2 * before["claims"] and after["sources"] == before["sources"]


@pytest.mark.parametrize(
    "name, words",
    [
        ("empty.pdf", "empty"),
        ("not_a_pdf.pdf", "PDF header"),
        ("truncated.pdf", "damaged"),
        ("corrupt.pdf", "damaged"),
        ("encrypted.pdf", "password"),
        ("image_only.pdf", "OCR"),
    ],
)
def test_bad_pdfs_exit_nonzero_and_leave_the_database(env, capsys, db_url, name, words, pdf_maker):
    good = env / "good.pdf"
    good.write_bytes(pdf_maker("Wanda prunes 50% of the weights of LLaMA-7B with a 0.3 perplexity increase."))
    assert run(capsys, "ingest", str(good))[0] == 0
    before = snapshot(db_url)
    code, out, err = run(capsys, "ingest", str(BAD / name))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and words.lower() in lines[0].lower(), err
    assert snapshot(db_url) == before


@pytest.mark.parametrize("name", sorted(p.name for p in BAD_SYNTHESES.glob("*.txt")))
def test_broken_syntheses_exit_nonzero_and_leave_the_database(env, capsys, db_url, name):
    before = snapshot(db_url)
    code, _, err = run(capsys, "ingest", str(BAD_SYNTHESES / name), "--kind", "synthesis")
    assert code == 2 and name in err and len(err.strip().splitlines()) == 1
    assert snapshot(db_url) == before


def test_ingest_latex_source_and_refuse_its_bibliography(env, capsys, db_url):
    tex = need(SHARED / "corpus" / "natural-sparsity-ternary-llms" / "paper.tex")
    code, out, err = run(capsys, "ingest", str(tex))
    assert code == 0, err
    code, out, _ = run(capsys, "papers", "--json")
    (paper,) = json.loads(out)
    assert paper["title"].startswith("Natural-Sparsity Acceleration for Ternary LLMs")
    code, out, _ = run(capsys, "claims", str(paper["id"]), "--kind", "result", "--json")
    claims = json.loads(out)["claims"]
    assert any(c["statement"].startswith("Table 3 (") for c in claims)
    code, out, _ = run(capsys, "claims", str(paper["id"]), "--evidence")
    assert "quote (line 17, passage 1 chars 0" in out and " p. " not in out  # a .tex file has lines, not pages
    before = snapshot(db_url)
    code, _, err = run(capsys, "ingest", str(tex.parent / "references.bib"))
    assert code == 2 and "references.bib" in err and "BibTeX" in err and len(err.strip().splitlines()) == 1
    broken = env / "broken.tex"
    broken.write_bytes("\\section{R\u00e9sultats}".encode("latin-1"))
    code, _, err = run(capsys, "ingest", str(broken))
    assert code == 2 and "broken.tex" in err and "UTF-8" in err
    assert snapshot(db_url) == before


def test_ingest_a_source_archive_or_an_unpacked_source_folder(env, capsys, db_url, pdf_maker):
    """What arXiv's "Download source" gives (a .tar.gz), unpacked or not, ingests as LaTeX."""
    import gzip
    import io
    import tarfile

    tex = need(SHARED / "corpus" / "natural-sparsity-ternary-llms" / "paper.tex").read_bytes()
    main = tex.replace(b"\\section{Introduction}", b"\\input{sections/intro}", 1)
    files = {"ms.tex": main, "sections/intro.tex": b"\\section{Introduction}\n"}
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    archive = env / "2609.01234.tar.gz"
    archive.write_bytes(gzip.compress(buf.getvalue()))
    code, out, err = run(capsys, "ingest", str(archive))
    assert code == 0 and out.startswith("2609.01234.tar.gz (LaTeX source): paper stored: LaTeX"), (out, err)
    assert ", 3 tables," in out
    folder = env / "src"
    for name, data in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    code, out, err = run(capsys, "ingest", str(folder))
    assert code == 0 and out.startswith("src/ (LaTeX source): paper ") and ", 3 tables," in out, (out, err)
    packed_pdf = env / "paper.pdf.gz"
    packed_pdf.write_bytes(gzip.compress(pdf_maker("Wanda prunes 50% of the weights of LLaMA-7B.")))
    code, out, err = run(capsys, "ingest", str(packed_pdf))
    assert code == 0 and "paper stored: 1 pages" in out, (out, err)
    before = snapshot(db_url)
    (env / "empty").mkdir()
    (env / "notes").mkdir()
    (env / "notes" / "a.tex").write_text("no document class here")
    for bad, words in (("empty", "without .tex files"), ("notes", "no LaTeX main file")):
        code, _, err = run(capsys, "ingest", str(env / bad))
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1, err
    assert snapshot(db_url) == before


def test_a_tex_file_is_read_with_the_files_it_inputs_beside_it(env, capsys):
    src = env / "paper"
    (src / "sections").mkdir(parents=True)
    (src / "main.tex").write_text("\\documentclass{article}\\begin{document}\n\\input{sections/intro}\n"
                                  "\\input{../outside}\n\\end{document}\n")
    (src / "sections" / "intro.tex").write_text("\\section{Intro}\nWanda prunes 50\\% of LLaMA-7B.\n")
    (env / "outside.tex").write_text("Outside text: GPTQ reaches 6.09 perplexity.\n")
    code, out, err = run(capsys, "ingest", str(src / "main.tex"))
    assert code == 0 and out.startswith("main.tex (with its inputs): paper stored"), (out, err)
    code, out, _ = run(capsys, "claims", "1", "--json")
    statements = [c["statement"] for c in json.loads(out)["claims"]]
    assert statements == ["Wanda prunes 50% of LLaMA-7B."]  # the file outside the folder is not read


def test_a_second_local_file_with_a_stored_title_points_at_paper_option(env, capsys):
    pdf = need(TERNARY)
    assert run(capsys, "ingest", str(pdf))[0] == 0
    code, out, _ = run(capsys, "papers", "--json")
    (paper,) = json.loads(out)
    code, out, err = run(capsys, "ingest", str(pdf.parent / "paper.tex"))
    assert code == 0 and out.strip().endswith(f"; paper {paper['ref']} has the same title (`--paper {paper['ref']}` "
                                              "keeps a paper's sources together)"), (out, err)


def test_paper_option_stores_a_file_as_another_source_of_a_stored_paper(env, capsys, db_url):
    pdf = need(TERNARY)
    tex = pdf.parent / "paper.tex"
    assert run(capsys, "ingest", str(pdf))[0] == 0
    code, out, _ = run(capsys, "papers", "--json")
    (paper,) = json.loads(out)
    code, out, err = run(capsys, "ingest", str(tex), "--paper", paper["ref"])
    assert code == 0 and "has the same title" not in out, err
    code, out, _ = run(capsys, "papers", "--json")
    (after,) = json.loads(out)  # still one paper: its claims now read from the LaTeX
    assert (after["id"], after["form"], after["sources"]) == (paper["id"], "LaTeX source", 2)
    before = snapshot(db_url)
    for argv, words in ((["ingest", str(tex), "--paper", "local:000000000000"], "no stored paper matches"),
                        (["ingest", "2306.03805", "--paper", paper["ref"]], "--paper applies to a local"),
                        (["ingest", str(need(SYNTHESIS)), "--paper", paper["ref"]], "--paper does not apply")):
        code, _, err = run(capsys, *argv)
        assert code == 2 and words in err and len(err.strip().splitlines()) == 1, err
    other = env / "other.md"
    other.write_text("# Another paper\n\nGPTQ reaches 6.09 perplexity at 4 bits.\n")
    assert run(capsys, "ingest", str(other))[0] == 0
    before = snapshot(db_url)
    code, _, err = run(capsys, "ingest", str(tex), "--paper", "2")
    assert code == 2 and "already stored as paper" in err, err
    assert snapshot(db_url) == before


def test_claims_say_where_a_hardware_no_sentence_of_theirs_names_comes_from(env, capsys):
    paper = env / "speed.md"
    paper.write_text("# A paper\n\nAll our experiments are conducted on NVIDIA A100 80GB GPU servers.\n\n"
                     "GPTQ runs 3.2x faster than FP16.\n\nOn an RTX 4090, GPTQ runs 2.7x faster than FP16.\n")
    assert run(capsys, "ingest", str(paper))[0] == 0
    code, out, _ = run(capsys, "claims", "speed.md", "--kind", "speedup")
    lines = out.splitlines()
    said = lines[next(i for i, line in enumerate(lines) if "GPTQ runs 3.2x" in line) + 1]
    named = lines[next(i for i, line in enumerate(lines) if "On an RTX 4090" in line) + 1]
    assert "on A100 (the paper's for all its experiments)" in said
    assert "on RTX 4090" in named and "the paper's for all" not in named


def test_malformed_ids_and_missing_files(env, capsys):
    for target in ("2306.0380x", "arXiv:99999", "no/such/file.pdf"):
        code, _, err = run(capsys, "ingest", target)
        assert code == 2 and target in err


def test_storage_failure_stores_nothing(env, capsys, db_url, monkeypatch):
    """A failure half-way through storing rolls the whole ingest back."""
    from claims_db import store

    real = store.store_extraction

    def broken(session, source, **kw):
        real(session, source, **kw)  # rows written ... then the database refuses
        from claims_db.errors import StoreError

        raise StoreError("disk full (simulated)")

    before = snapshot(db_url)
    monkeypatch.setattr(store, "store_extraction", broken)
    code, _, err = run(capsys, "ingest", str(need(TERNARY)))
    assert code == 4 and "nothing was stored" in err
    assert snapshot(db_url) == before


# -- through a local arXiv server -----------------------------------------------------------


@pytest.fixture
def arxiv_env(env, monkeypatch, arxiv_server, pdf_maker):
    monkeypatch.setenv("VERIFIER_ARXIV_API", arxiv_server.api_url)
    arxiv_server.add_paper(
        "2306.03805", pdfs=[pdf_maker("Essential sparsity v1: 50% of weights can be removed."),
                            pdf_maker("Essential sparsity v2: 50% of weights can be removed without loss.")],
        title="The Emergence of Essential Sparsity in Large Pre-trained Models",
    )
    arxiv_server.add_paper("2412.15846", pdfs=[pdf_maker("A second paper: 4-bit QAT reaches 71.2% accuracy.")])
    arxiv_server.add_paper("2210.06313", pdfs=[pdf_maker("A third paper v1."), pdf_maker("A third paper v2.")])
    return arxiv_server


@pytest.mark.parametrize("target", ["2306.03805", "arXiv:2306.03805v2", "https://arxiv.org/abs/2306.03805v2",
                                    "http://arxiv.org/pdf/2306.03805v2.pdf"])
def test_ingest_arxiv_id_forms(arxiv_env, capsys, target):
    code, out, err = run(capsys, "ingest", target)
    assert code == 0, err
    code, out, _ = run(capsys, "papers", "--json")
    papers = [p for p in json.loads(out) if p["type"] == "paper"]
    assert [p["ref"] for p in papers] == ["2306.03805v2"]
    assert papers[0]["title"] == "The Emergence of Essential Sparsity in Large Pre-trained Models"


def test_offline_uses_the_cache_only(arxiv_env, capsys):
    code, _, err = run(capsys, "ingest", "2306.03805v1", "--offline")
    assert code == 3 and "--offline" in err
    assert run(capsys, "ingest", "2306.03805v1")[0] == 0
    n = len(arxiv_env.requests)
    code, out, _ = run(capsys, "ingest", "2306.03805v1", "--offline")
    assert code == 0 and "unchanged" in out and len(arxiv_env.requests) == n


def test_latex_source_from_arxiv_cached_offline_and_pdf_only_fallback(arxiv_env, capsys, db_url, pdf_maker):
    """`--latex` ingests the e-print (flattened), reuses the cache offline, and takes the PDF where
    arXiv has no source."""
    import gzip

    main_tex = (b"\\documentclass{article}\\title{Sparse Fine-tuning}\\begin{document}\\section{Results}\n"
                b"Wanda keeps 95\\% of the accuracy at 50\\% sparsity on LLaMA-7B.\n"
                b"\\begin{table}\\caption{WikiText-2 perplexity.}\\begin{tabular}{lc}\\toprule Method & PPL "
                b"\\\\ \\midrule Wanda & 7.26 \\\\ \\bottomrule\\end{tabular}\\end{table}\n\\end{document}\n")
    arxiv_env.add_paper("2306.11695", pdfs=[pdf_maker("Wanda: the PDF of v1.")], title="Wanda",
                        sources=[gzip.compress(main_tex)])
    code, out, err = run(capsys, "ingest", "2306.11695", "--latex")
    assert code == 0 and out.startswith("arXiv:2306.11695v1 (LaTeX source): paper stored"), (out, err)
    assert any(r.path == "/src/2306.11695v1" for r in arxiv_env.requests)
    assert not any(r.path.startswith("/pdf/2306.11695") for r in arxiv_env.requests)
    code, out, _ = run(capsys, "claims", "2306.11695", "--json")
    claims = json.loads(out)["claims"]
    assert {c["statement"] for c in claims} >= {"Table 1 (WikiText-2 perplexity): Wanda / PPL = 7.26",
                                                "Wanda keeps 95% of the accuracy at 50% sparsity on LLaMA-7B."}
    n = len(arxiv_env.requests)
    code, out, err = run(capsys, "ingest", "2306.11695", "--latex", "--offline")
    assert code == 0 and "unchanged" in out and len(arxiv_env.requests) == n, err
    # a PDF-only submission: its e-print is the PDF, so the PDF is ingested (and nothing breaks offline)
    code, out, err = run(capsys, "ingest", "2412.15846", "--latex")
    assert code == 0 and out.startswith("arXiv:2412.15846v1: paper stored"), (out, err)
    assert [r.path for r in arxiv_env.requests if "2412.15846" in r.path] == ["/src/2412.15846v1", "/pdf/2412.15846v1"]
    assert run(capsys, "ingest", "2412.15846v1", "--latex", "--offline")[0] == 0


def test_report_names_the_source_its_claims_come_from_and_where_quotes_stand(arxiv_env, capsys, pdf_maker,
                                                                             monkeypatch, tmp_path):
    """A paper with a PDF and a LaTeX source: the report's sha256, page or line references and form
    follow the source of the latest extraction, not the last source stored."""
    import gzip
    import hashlib

    import verifier.extract

    pdf = pdf_maker("Wanda keeps 95% of the accuracy at 50% sparsity on LLaMA-7B.")
    tex = (b"\\documentclass{article}\\begin{document}\\section{Results}\n\n"
           b"Wanda keeps 95\\% of the accuracy\nat 50\\% sparsity on LLaMA-7B.\n\\end{document}\n")
    arxiv_env.add_paper("2306.11695", pdfs=[pdf], title="Wanda", sources=[gzip.compress(tex)])
    assert run(capsys, "ingest", "2306.11695")[0] == 0
    assert run(capsys, "ingest", "2306.11695", "--latex")[0] == 0
    monkeypatch.setattr(verifier.extract, "EXTRACTOR_VERSION", verifier.extract.EXTRACTOR_VERSION + "+next")
    assert run(capsys, "ingest", "2306.11695", "--offline")[0] == 0  # the PDF again: now the latest extraction

    def report_md(name: str) -> str:
        code, out, err = run(capsys, "report", "2306.11695", "--out", str(tmp_path / name))
        assert code == 0, err
        return next(Path(p) for p in out.split() if p.endswith(".md")).read_text()

    md = report_md("from-pdf")
    assert hashlib.sha256(pdf).hexdigest()[:16] in md and "(p. 1)" in md and "LaTeX source" not in md
    code, out, _ = run(capsys, "papers")
    assert "; from its PDF (of 2 sources)" in out
    assert run(capsys, "ingest", "2306.11695", "--latex", "--offline")[0] == 0  # newer extraction of the LaTeX
    md = report_md("from-tex")
    assert " · LaTeX source · sha256 " in md and "(lines 3\u20134)" in md and "(p. 1)" not in md
    code, out, _ = run(capsys, "papers", "--json")
    (paper,) = json.loads(out)
    assert (paper["form"], paper["sources"]) == ("LaTeX source", 2)


def test_unknown_and_unreachable(arxiv_env, capsys, db_url, monkeypatch):
    before = snapshot(db_url)
    code, _, err = run(capsys, "ingest", "2301.00001")
    assert code == 3 and "2301.00001" in err
    monkeypatch.setenv("VERIFIER_ARXIV_API", "http://127.0.0.1:9/api/query?{}")  # nothing listens on port 9
    code, _, err = run(capsys, "ingest", "2306.03805")
    assert code == 3 and "2306.03805" in err
    assert snapshot(db_url) == before


def test_synthesis_stores_claims_and_ingests_its_references(arxiv_env, capsys, db_url):
    code, out, err = run(capsys, "ingest", str(need(SYNTHESIS)), "--kind", "synthesis")
    assert code == 0, err
    assert "16 third-party claims, 3 references (3 ingested)" in out
    counts = snapshot(db_url)
    assert counts["synthesis_claims"] == 16 and counts["synthesis_references"] == 3 and counts["papers"] == 3
    code, out, _ = run(capsys, "claims", "s:1", "--json")
    rows = json.loads(out)["claims"]
    assert [r["published_verified"] for r in rows].count(True) == 1
    assert rows[0]["published_confidence"] == pytest.approx(0.28)
    code, out, _ = run(capsys, "papers", "--json")
    syn = [p for p in json.loads(out) if p["type"] == "synthesis"][0]
    assert syn["references"] == 3 and syn["linked_references"] == 3


def test_synthesis_references_from_their_latex_source(arxiv_env, capsys, db_url):
    """With --latex, each cited paper is read from its e-print where arXiv has one, else its PDF."""
    import gzip

    tex = (b"\\documentclass{article}\\begin{document}\\section{Results}\nEssential sparsity: 50\\% of the "
           b"weights of BERT can be removed without loss on GLUE.\n\\end{document}\n")
    arxiv_env.papers["2306.03805"].versions[-1].source = gzip.compress(tex)
    code, out, err = run(capsys, "ingest", str(need(SYNTHESIS)), "--kind", "synthesis", "--latex")
    assert code == 0, err
    refs = [ln.strip() for ln in out.splitlines() if ln.strip().startswith("reference:")]
    assert len(refs) == 3
    assert sum("(LaTeX source): paper stored" in r for r in refs) == 1 and any("2306.03805v2 (LaTeX" in r for r in refs)
    assert snapshot(db_url)["synthesis_references"] == 3


def test_synthesis_with_unreachable_references_still_stores_the_report(env, capsys, db_url, monkeypatch):
    monkeypatch.setenv("VERIFIER_ARXIV_API", "http://127.0.0.1:9/api/query?{}")
    code, out, _ = run(capsys, "ingest", str(need(SYNTHESIS)))
    assert code == 0 and "3 references (0 ingested)" in out and out.count("not ingested") == 3
    assert snapshot(db_url)["synthesis_references"] == 3
