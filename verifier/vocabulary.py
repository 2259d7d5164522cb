"""The words Gate 1's rules read: antonym pairs (with verb inflections), negations, condition
markers and the phrases that only look like conditions, universal and partial quantifiers.

Inert data and two small builders; the rules that use them are in ``verifier.grounding``.
"""

from __future__ import annotations

import re

_PAIRS = (
    "shorter/longer larger/smaller bigger/smaller higher/lower faster/slower more/less more/fewer better/worse "
    "easier/harder above/below over/under positive/negative highest/lowest best/worst maximum/minimum most/least "
    "speedup/slowdown wider/narrower stronger/weaker cheaper/costlier many/few same/different consistent/inconsistent "
    "stable/unstable efficient/inefficient effective/ineffective possible/impossible sufficient/insufficient "
    "accurate/inaccurate significantly/barely significantly/slightly greatly/slightly substantially/slightly "
    "sparse/dense with/without success/failure larger/fewer increasingly/decreasingly high/low large/small long/short "
    "fast/slow good/bad good/poor excellent/poor strong/weak easy/hard easy/difficult minor/major "
    "negligible/significant cheap/expensive robust/fragile inside/outside within/outside included/outside "
    "ahead/behind better/behind dependent/independent depends/independent depend/independent "
    "largest/smallest biggest/smallest greatest/smallest superior/inferior fastest/slowest longest/shortest "
    "strongest/weakest easiest/hardest widest/narrowest cheapest/costliest cheaper/expensive easier/difficult "
    "easier/challenging easy/challenging common/rare frequent/rare frequent/infrequent necessary/unnecessary "
    "feasible/infeasible practical/impractical symmetric/asymmetric lossless/lossy upper/lower heavier/lighter "
    "heavy/light deeper/shallower deep/shallow beneficial/harmful helpful/harmful advantage/disadvantage "
    "advantages/disadvantages simpler/complex simple/complex static/dynamic rare/ubiquitous "
    "straightforward/hard straightforward/difficult before/after earlier/later prior/after "
    "coarse/fine coarse-grained/fine-grained often/rarely frequently/rarely usually/rarely sudden/gradual "
    "suddenly/gradually abrupt/gradual abruptly/gradually significant/little substantial/little "
    "substantial/negligible much/little"
)
_VERB_PAIRS = (
    "increase/decrease increase/reduce raise/lower raise/reduce improve/degrade improve/worsen improve/hurt "
    "gain/lose save/lose save/cost outperform/underperform maintain/lose retain/lose preserve/destroy "
    "accelerate/slow rise/fall grow/shrink help/hurt succeed/fail enable/prevent expand/shrink include/exclude "
    "remain/disappear persist/disappear appear/disappear emerge/disappear lengthen/shorten widen/narrow "
    "strengthen/weaken amplify/dampen amplify/attenuate tighten/loosen simplify/complicate stabilize/destabilize "
    "minimize/maximize overestimate/underestimate accelerate/decelerate enlarge/shrink grow/fade"
)


# verbs that state a change of a quantity ("doubles the memory footprint", "reduces perplexity"): a
# claim that says one is not supported by evidence that states none (rule 4 of verifier.grounding)
_CHANGE_VERBS = ("double halve triple quadruple increase decrease reduce improve degrade raise lower cut boost "
                 "shrink grow rise fall drop save accelerate slow worsen hurt gain lose speed")


def _inflect(verb: str) -> set[str]:
    base = verb.removesuffix("e")
    forms = {verb, verb + "s", base + "ed", base + "ing"}
    if verb.endswith("y"):
        forms |= {verb[:-1] + "ies", verb[:-1] + "ied"}
    forms |= _IRREGULAR.get(verb, set())
    return forms


_IRREGULAR = {"lose": {"lost", "losing"}, "rise": {"rose", "risen"}, "fall": {"fell", "fallen"},
              "grow": {"grew", "grown"}, "shrink": {"shrank", "shrunk"}}  # fmt: skip


def _antonyms() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for pair in _PAIRS.split():
        a, b = pair.split("/")
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    for pair in _VERB_PAIRS.split():
        a, b = pair.split("/")
        for fa in _inflect(a):
            for fb in _inflect(b):
                if fa[-1:] == fb[-1:] or fa.endswith("s") == fb.endswith("s"):
                    out.setdefault(fa, set()).add(fb)
                    out.setdefault(fb, set()).add(fa)
    return out


ANTONYMS = _antonyms()

# words that say the same thing in a paraphrase ("retains" for "preserves", "lowers" for "reduces"):
# coverage counts one for the other (verifier.grounding). Verbs, inflected; kept narrow, since a word
# counted as found raises a claim toward "supported" ("use" and "show" are stopwords: no group)
_SYNONYM_GROUPS = (
    "enable/allow/permit maintain/preserve/retain/keep reduce/decrease/lower/cut/shrink increase/raise/rise "
    "outperform/surpass/beat require/need achieve/attain/obtain employ/utilize "
    "degrade/hurt/harm represent/reflect combine/pair provide/give extend/augment indicate/suggest/imply "
    "demonstrate/establish/prove determine/govern/dictate choose/select/pick propose/introduce "
    "examine/study/investigate/analyze/analyse improve/enhance affect/impact/influence vanish/disappear "
    "contain/include/comprise seem/appear rely/depend measure/gauge/quantify check/verify/validate "
    "inspire/encourage/motivate develop/build/construct execute/run calculate/compute"
)
# adjectives, adverbs and nouns that say the same in a restatement ("huge" for "enormous", "technique" for
# "method"): no verb inflections, a plural at most. Kept to words academic prose puts for each other; an
# antonym pair is never in one group (the substitution rule of verifier.grounding reads these as the same)
_EQUIVALENT_GROUPS = (
    "large/big/huge/massive/enormous/gigantic/vast/immense small/tiny/little "
    "outstanding/exceptional/excellent/remarkable crucial/critical/paramount/essential/vital/important "
    "significant/considerable/substantial/notable fairly/quite/rather/relatively simple/easy/straightforward "
    "hard/difficult/challenging fast/quick/rapid mainly/mostly/largely/primarily/predominantly "
    "approach/method/technique design/architecture benefit/advantage/gain drawback/disadvantage/downside "
    "issue/problem visual/vision entire/whole/full accurate/precise common/widespread/prevalent "
    "rare/uncommon/scarce typical/usual/standard several/multiple/various numerous/many goal/aim/objective "
    "result/outcome/finding novel/new prior/previous/earlier/existing recent/latest evaluation/assessment "
    "significantly/considerably/substantially/notably/markedly/greatly due/owing often/frequently rarely/seldom "
    "additional/extra optimal/best roughly/about/approximately/around"
)
_IRREGULAR_FORMS = {"keep": {"kept"}, "cut": {"cutting"}, "beat": {"beaten"}, "permit": {"permitted", "permitting"},
                    "run": {"ran", "running"}}


def _synonyms() -> dict[str, str]:
    out: dict[str, str] = {}
    for group in _SYNONYM_GROUPS.split():
        head = group.split("/")[0]
        for verb in group.split("/"):
            for form in _inflect(verb) | _IRREGULAR_FORMS.get(verb, set()):
                out[form] = head
    for group in _EQUIVALENT_GROUPS.split():
        head = group.split("/")[0]
        for word in group.split("/"):
            out.setdefault(word, head)
            out.setdefault(word + "s", head)
    return out


SYNONYMS = _synonyms()
# each group's verbs by its first ("enable": enable, allow, permit)
SYNONYM_VERBS = {g.split("/")[0]: tuple(g.split("/")) for g in _SYNONYM_GROUPS.split() + _EQUIVALENT_GROUPS.split()}
# a phrase that says one of those verbs: "makes it possible to serve" is "enables serving"; a Greek
# letter is its name ("α=0.5" is "alpha = 0.5")
PARAPHRASES = ((re.compile(r"\b(?:make|makes|made|making)\s+it\s+possible\b", re.IGNORECASE), "enables"),
               # a comparative in two words is the one-word comparative ("more difficult to quantize" / "harder")
               (re.compile(r"\bmore\s+difficult\b", re.IGNORECASE), "harder"),
               (re.compile(r"\bless\s+difficult\b", re.IGNORECASE), "easier"),
               (re.compile(r"\bmore\s+expensive\b", re.IGNORECASE), "costlier"),
               *((re.compile(letter), f" {name} ") for letter, name in (
                   ("α", "alpha"), ("β", "beta"), ("γ", "gamma"), ("δ", "delta"), ("λ", "lambda"),
                   ("σ", "sigma"), ("τ", "tau"), ("Δ", "delta"), ("Σ", "sigma"), ("Γ", "gamma"), ("Λ", "lambda"),
                   ("ε", "epsilon"), ("θ", "theta"), ("μ", "mu"), ("ρ", "rho"), ("φ", "phi"), ("ω", "omega"),
                   ("η", "eta"))))  # fmt: skip
NEGATIONS = frozenset(
    {
        "no", "not", "never", "cannot", "none", "neither", "nor", "n't", "fail", "fails", "failed",
        "lack", "lacks", "lacked", "lacking", "avoid", "avoids", "avoided", "avoiding", "unless"
    }
)  # fmt: skip  ("unless" is "if not")
# "with/without" and "more/less" are too common to count unless they align (rule 2)
COMMON = frozenset(
    {
        "with", "without", "more", "less", "over", "under", "many", "few", "same", "most", "least"
    }
)  # fmt: skip
CONDITION_MARKERS = frozenset(
    {
        "for", "at", "on", "when", "whenever", "if", "unless", "only", "under", "with", "without", "across", "in",
        "within", "above", "below", "beyond", "after", "before", "during", "given", "provided", "assuming", "excluding",
        "including", "except", "per", "over", "until", "once"
    }
)  # fmt: skip
NOT_CONDITION = re.compile(
    r"^(?:for (?:example|instance|the first time|this purpose|this reason)|at (?:least|most|the same time|a time)|"
    r"on (?:the other hand|the one hand|the (?:positive|negative|plus|minus|bright|flip) side|top of that|"
    r"(?:this|that|these|those) (?:observations?|findings?|insights?|basis))|"
    r"in (?:contrast|addition|this (?:paper|work|section)|our|practice|particular|"
    r"general|short|summary|fact|turn|other words|detail|table|figure|fig|section|appendix|eq)|"
    r"(?:in|on|at|with) (?:table|figure|fig|section|appendix|eq|equation|algorithm)\b|with respect to|"
    r"with (?:this|that|it|them)\b|with the (?:help|aid|use) of\b|by (?:means|way) of\b|"
    # a purpose, not a setting ("so we choose OPT-6.7B, OPT-13B, and OPT-30B for evaluation")
    r"for (?:evaluation|comparison|reference|simplicity|clarity|brevity|convenience)$|"
    # "only" before a verb is an adverb ("only degrades the accuracy by 4%", "despite only making up 0.1%")
    r"only (?:\w+ing|(?:degrade|increase|decrease|reduce|improve|require|need|take|use|consume|cost|add|make|save|"
    r"lose|drop|hurt|slow|speed|shift|change|affect)(?:s|d|ed)?)\b)",
    re.IGNORECASE,
)
CLAUSE_END = frozenset(
    {
        ",", ";", ":", "(", ")", "and", "but", "while", "whereas", "which", "so", "or", "that"
    }
)  # fmt: skip
UNIVERSAL = frozenset({"all", "every", "always", "any", "universally", "regardless", "never"})
PARTIAL_WORDS = frozenset(
    {
        "most", "some", "many", "several", "often", "usually", "typically", "mostly", "certain"
    }
)  # fmt: skip
QUAL_OPPOSITE = {
    ("at_least", "less_than"),
    ("less_than", "at_least"),
    ("at_least", "up_to"),
}


CHANGE_WORDS = frozenset(f for v in _CHANGE_VERBS.split() for f in _inflect(v)) | frozenset(
    {"reduction", "reductions", "increase", "decrease", "improvement", "improvements", "degradation", "speedup",
     "speedups", "slowdown", "savings", "gain", "gains", "loss", "drop", "half", "twice", "times"})
