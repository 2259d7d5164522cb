"""Coordinated subjects: one sentence that says the same of two or more methods.

"Both magnitude pruning and Wanda retain accuracy at 50% sparsity", "Neither RTN nor GPTQ preserves
accuracy at 2 bits", "GPTQ and AWQ outperform RTN at 3 bits" each make one claim per method. Read as
one, the plan tests whichever method its rules look for first and the verdict would say the whole
sentence holds when only one of its subjects was tested. :func:`subject_claims` splits such a
sentence into one claim per subject, each read as the extractor reads a sentence that names that
method alone ("Neither RTN preserves accuracy at 2 bits", "AWQ outperform RTN at 3 bits"); the
matcher plans the first that a bundle tests and names the others untested, as it does for the
clauses of a compound sentence (:mod:`verifier.clauses`).

A group of method mentions is a coordinated subject when it is joined by "and", "nor", "as well as"
or commas, and it is the sentence's subject: at its start (after a leading condition such as "At 2
bits," or "we find that") and marked by "both", "neither ... nor", a following "both" / "all" /
"alike", or followed by a verb. A relation between the members ("RTN and GPTQ perform similarly",
"... within 0.1 points of each other", "the gap between RTN and GPTQ") is one comparison, not a
claim about each.
"""

from __future__ import annotations

import re

from verifier.claim_fields import find_methods, is_compared_method, method_label
from verifier.claims import Claim, Method

# what joins two members: "A and B", "A, B and C", "A nor B", "A as well as B", with an optional
# setting before the next member ("4-bit GPTQ and 4-bit AWQ")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|nor\s+)?|\s+(?:and|nor|as well as)\s+)"
                   r"(?:\d+(?:\.\d+)?[- ]?bits?\s+|W\d+A\d+\s+|\d+(?:\.\d+)?\s*%\s+)?$", re.IGNORECASE)
_BEFORE_BOTH = re.compile(r"\b(both|neither)\s+(?:(?:\d+(?:\.\d+)?[- ]?bits?|W\d+A\d+)\s+)?$", re.IGNORECASE)
# what may precede the subject: nothing, a leading condition ending in a comma, or "we find that"
_SUBJECT_START = re.compile(r"(?:^|,|\bthat|:)\s*(?:the\s+)?$", re.IGNORECASE)
_AFTER_MARK = re.compile(r"\s+(?:(?:methods?|pruning|quantization|quantisation)\s+)?(?:both|all|alike|each)\b",
                         re.IGNORECASE)
# a verb right after the group: the members are its subject ("RTN and GPTQ collapse at 2 bits")
_VERB_AFTER = re.compile(r"\s+(?:(?:methods?|pruning|quantization|quantisation)\s+)?(?:\w+ly\s+)?"
                         r"(?:keep|retain|preserve|maintain|collapse|fail|degrade|lose|suffer|incur|achieve|reach|"
                         r"remain|stay|match|outperform|beat|surpass|show|exhibit|cause|break|drop|lag|trail|"
                         r"underperform|improve|recover|yield|give|are|have|cannot|can't|do|don't|can|still)\b",
                         re.IGNORECASE)
# a relation between the members: one comparison, not a claim about each
_BETWEEN = re.compile(r"\b(?:similar\w*|comparabl\w*|equally|the same|each other|one another|differ\w*|alike in|"
                      r"on par|between|versus|vs\.?|than each|match each|gap|trade[- ]?off)\b", re.IGNORECASE)


def coordinated_subjects(text: str) -> tuple[int, int, list[tuple[int, int, Method]]] | None:
    """The span of the sentence's coordinated subject (its marker words included) and its members,
    or None when it has none."""
    mentions = [t for t in find_methods(text) if is_compared_method(t[2])]
    i = 0
    while i < len(mentions):
        group = [mentions[i]]
        while (i + len(group) < len(mentions)
               and _JOIN.match(text[group[-1][1]:mentions[i + len(group)][0]])):
            group.append(mentions[i + len(group)])
        i += len(group)
        if len(group) < 2 or len({method_label(m) for _, _, m in group}) < len(group):
            continue
        start, end = group[0][0], group[-1][1]
        joins = [text[a[1]:b[0]] for a, b in zip(group, group[1:], strict=False)]
        both = _BEFORE_BOTH.search(text, 0, start)
        if both:
            word = both.group(1).lower()
            if (word == "neither") != any(re.search(r"\bnor\b", j, re.IGNORECASE) for j in joins):
                continue
            start = both.start()
        elif any(re.search(r"\bnor\b", j, re.IGNORECASE) for j in joins):
            continue  # "nor" without "neither"
        if not _SUBJECT_START.search(text, 0, start):
            continue  # "... outperforms RTN and GPTQ", "the gap between RTN and GPTQ"
        after = _AFTER_MARK.match(text, end)
        if not (both or after or _VERB_AFTER.match(text, end)):
            continue
        if _BETWEEN.search(text):
            return None
        return start, (after.end() if after else end), group
    return None


def subject_claims(claim: Claim) -> list[Claim]:
    """One claim per coordinated subject of ``claim``'s sentence (in the order it names them), else ``[]``."""
    from verifier.extract import _leading_condition, read_fields
    from verifier.quantities import parse_quantities

    if claim.origin != "text":
        return []
    text = claim.statement
    found = coordinated_subjects(text)
    if found is None:
        return []
    start, end, group = found
    negated = re.match(r"neither\b", text[start:], re.IGNORECASE)
    out: list[Claim] = []
    for a, b, method in group:
        # the member with the setting written before it ("4-bit GPTQ")
        lead = re.search(r"(?:\d+(?:\.\d+)?[- ]?bits?|W\d+A\d+|\d+(?:\.\d+)?\s*%)\s+$", text[:a], re.IGNORECASE)
        own = text[lead.start() if lead and lead.start() >= start else a:b]
        subject = f"{'Neither ' if negated else ''}{own}"
        if start == 0 or text[start - 1] in ".":
            subject = subject[0].upper() + subject[1:]
        elif negated:
            subject = subject[0].lower() + subject[1:]
        statement = f"{text[:start]}{subject}{text[end:]}"
        quantities = parse_quantities(statement)
        fields = read_fields(statement, quantities, claim.kind, condition_until=_leading_condition(statement))
        fields["method"] = method
        out.append(claim.model_copy(update={"statement": statement, **fields}))
    return out


def members_text(claims: list[Claim]) -> str:
    """'RTN and GPTQ', 'GPTQ, AWQ and SmoothQuant': the subjects as the sentence lists them."""
    labels = [method_label(c.method) for c in claims if c.method is not None]
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} and {labels[-1]}"
