"""Answer extraction and normalisation for GSM8K and MATH, on real rows and on hand-made outputs."""

from pathlib import Path

import pytest

from repro.lib import answers as ans
from repro.lib import datasets as ds

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.fixture
def shared():
    if not (SHARED / "math500_test.jsonl").is_file():
        pytest.skip(f"the benchmark copies are not at {SHARED} (see shared/data/README.md)")
    return SHARED


def test_gsm8k_references_of_real_rows(shared):
    rows, _ = ds.load_gsm8k("test", shared, limit=50)
    refs = [ans.gsm8k_reference(r["answer"]) for r in rows]
    assert refs[:3] == ["18", "3", "70000"]  # "#### 70000" in the third reference
    assert all(ans.gsm8k_match(r["answer"], r["answer"], mode) for r in rows for mode in ans.MODES)


def test_gsm8k_strict_needs_the_taught_format_flexible_takes_the_last_number(shared):
    rows, _ = ds.load_gsm8k("test", shared, limit=1)
    body = rows[0]["answer"].split("####")[0]  # the worked solution without its final line
    assert ans.extract_gsm8k(body, "strict") is None
    assert ans.extract_gsm8k(body, "flexible") == "18"
    assert ans.gsm8k_match(body + "The answer is $18.", rows[0]["answer"], "strict")
    assert not ans.gsm8k_match(body + "The answer is 19.", rows[0]["answer"], "flexible")


@pytest.mark.parametrize("text, strict, flexible", [
    ("so 3 + 4 = 7.\n#### 7", "7", "7"),
    ("The answer is 1,234.", "1234", "1234"),
    ("The answer is $5.00", "5", "5"),
    ("#### 3\nThe answer is 4", "4", "4"),  # the last statement wins
    ("He has -12 apples, then 40 more.", None, "40"),
    ("no numbers here", None, None),
    ("costs 2.50 dollars", None, "2.5"),
])
def test_gsm8k_modes(text, strict, flexible):
    assert ans.extract_gsm8k(text, "strict") == strict
    assert ans.extract_gsm8k(text, "flexible") == flexible


def test_every_math500_solution_boxes_its_answer(shared):
    rows, _ = ds.load_math500(shared)
    mismatched = [r["unique_id"] for r in rows if not ans.math_match(r["solution"], r["answer"], "strict")]
    assert mismatched == []
    nested = next(r for r in rows if r["answer"].startswith("\\left( 3"))
    assert ans.last_boxed(nested["solution"]) == "\\left( 3, \\frac{\\pi}{2} \\right)"


def test_hendrycks_math_references(shared):
    rows, _ = ds.load_hendrycks_math("test", shared, limit=2)
    assert [ans.math_reference(r["solution"]) for r in rows] == ["2", "10"]


@pytest.mark.parametrize("text, expected", [
    ("so $\\boxed{\\frac{1}{2}}$.", "\\frac{1}{2}"),
    ("first \\boxed{3}, finally \\boxed{\\frac{a}{b^{2}}}", "\\frac{a}{b^{2}}"),
    ("\\boxed 5", "5"),
    ("\\fbox{7}", "7"),
    ("cut off \\boxed{\\frac{1}{", None),
    ("no box", None),
])
def test_last_boxed(text, expected):
    assert ans.last_boxed(text) == expected


@pytest.mark.parametrize("a, b", [
    ("\\dfrac{1}{2}", "\\frac12"),
    ("\\left( 3, \\frac{\\pi}{2} \\right)", "(3,\\frac{\\pi}{2})"),
    ("0.5", "\\frac{1}{2}"),
    ("3/4", "\\frac{3}{4}"),
    ("5.0", "5"),
    ("10\\%", "10"),
    ("x = 7", "7"),
    ("90^\\circ", "90"),
    ("1,000", "1000"),
    ("12\\text{ cm}", "12"),
    ("\\sqrt2", "\\sqrt{2}"),
    ("\\$4.50", "4.5"),
])
def test_normalize_math_equates_notations(a, b):
    assert ans.normalize_math(a) == ans.normalize_math(b)


@pytest.mark.parametrize("a, b", [("x+1", "1+x"), ("\\frac{1}{3}", "0.33"), ("2", "-2"), ("\\text{(A)}", "\\text{(B)}")])
def test_normalize_math_keeps_real_differences(a, b):
    assert ans.normalize_math(a) != ans.normalize_math(b)


def test_math_strict_needs_a_box_flexible_falls_back():
    text = "Adding them gives $\\frac{3}{4}$. The final answer is $\\frac{3}{4}$."
    assert ans.extract_math(text, "strict") is None
    assert ans.extract_math(text, "flexible") == "\\frac{3}{4}"
    assert ans.math_match("the result is $x = 12$", "12", "flexible")
    assert ans.extract_math("it must be 41 or 42", "flexible") == "42"
    assert ans.math_match("\\boxed{0.5}", "\\dfrac{1}{2}", "strict")


def test_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="strict, flexible"):
        ans.extract_gsm8k("1", "loose")
    with pytest.raises(ValueError, match="####"):
        ans.gsm8k_reference("no marker")
