"""Compound claims: one sentence, two statements, and a plan that tests one of them.

"8-bit quantization causes no accuracy loss, while 4-bit RTN degrades accuracy by 5 points" makes
two claims. Read as one, its fields mix (no loss, but at the 4 bits of the second clause), and a
plan would test something the sentence never says. :func:`clause_claims` splits such a sentence at
a contrast ("while", "whereas", "but" (not "but also", unless after "not only"), ", although", ", yet", ";"), at ", and"
followed by a clause with its own subject, or at a plain "and" before a verb of its own ("QAT matches
PTQ at 8 bits and beats it at 2 bits"), reads each clause's fields as the extractor reads a sentence's
(the first clause's method standing in for a later clause that names none: "QAT matches full
precision at 4 bits but loses 3 points at 2 bits"), and returns the clauses that make a claim. The matcher
plans the first clause a bundle tests and names the others as untested, so the verdict is at most
'partially reproduced' and says what was left.

A sentence is split only when every part is a claim and each part after the first names its own
method, bit width or sparsity (in a sentence about sparsity, a bare share: "but at 70% it
degrades"); a leading condition ("At 3 bits, ...") belongs to every clause.
"""

from __future__ import annotations

import re

from verifier.claim_fields import find_methods, names_own_method, sparsity_of
from verifier.claims import Claim, ClaimKind
from verifier.quantities import parse_quantities

_SPLIT = re.compile(r",\s+(?:while|whereas|but|although|though|yet)\s+|;\s+|,\s+and\s+(?!then\b)"
                    r"|(?<!\ball)(?<!,)\s+but\s+(?!also\b)|(?<!,)\s+(?:while|whereas)\s+"
                    # "QAT matches PTQ at 8 bits and beats it at 2 bits": a plain "and" before a verb of its
                    # own (kept only when that clause names its own setting, like every later clause)
                    r"|(?<!,)\s+and\s+(?=(?:\w+ly\s+)?(?:beats?|outperforms?|match(?:es)?|loses?|degrades?|drops?|"
                    r"falls?|collapses?|fails?|lags?|trails?|retains?|keeps?|preserves?|maintains?|underperforms?|"
                    r"improves?|costs?|remains?|stays?)\b)"
                    # "Wanda is not only faster but also outperforms ...": kept only after "not only" (_pieces)
                    r"|(?<!,)\s+but\s+also\s+", re.IGNORECASE)
# a clause of its own: it names a width, a format or a sparsity ("at 2 bits", "4-bit RTN", "FP8",
# "50% sparsity")
_OWN_SETTING = re.compile(r"\b\d+[- ]?bits?\b|\bINT\d\b|\bFP8\b|\bfloat8\b|\bW\d+A\d+\b|"
                          r"\b\d+(?:\.\d+)?\s*%\s*(?:sparsity|sparse)\b|"
                          r"\b2:4\b", re.IGNORECASE)
# a result stated by a clause of its own after a contrast
_OWN_RESULT = re.compile(r"\b(?:slower|faster|worse|better|degrad\w*|los(?:es|e)|costs?|hurts?|fails?|collaps\w*|"
                         r"drops?|lags?|underperform\w*|outperform\w*)\b", re.IGNORECASE)
# a clause that opens with its verb has the first clause's subject, whatever method it names after the verb
# ("Wanda is faster and outperforms magnitude pruning at 50% sparsity": Wanda outperforms)
_VERB_FIRST = re.compile(r"(?:\w+ly\s+)?(?:beats?|outperforms?|match(?:es)?|loses?|degrades?|drops?|falls?|"
                         r"collapses?|fails?|lags?|trails?|retains?|keeps?|preserves?|maintains?|underperforms?|"
                         r"improves?|costs?|remains?|stays?|yields?|achieves?|reaches?|surpasses?)\b", re.IGNORECASE)
# in a sentence about sparsity, a bare share is a sparsity too ("..., but at 70% it degrades")
_OWN_SHARE = re.compile(r"\b(?:to|at|of|beyond|above|past)\s+\d+(?:\.\d+)?\s*%", re.IGNORECASE)


def _pieces(body: str) -> list[tuple[str, str]]:
    """The sentence cut at its separators, each piece with the separator before it ("" for the
    first); ", and" followed by a short tail ends a list ("at 2, 3, and 4 bits", "GPTQ, AWQ, and
    OmniQuant outperform"), not a clause, and stays with what it lists."""
    cuts = list(_SPLIT.finditer(body))
    pieces: list[tuple[str, str]] = []
    start, before = 0, ""
    for i, sep in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(body)
        tail = body[sep.end():end]
        if sep.group(0).strip(" ,").lower() == "and" and len(tail.split()) <= 3:
            continue  # the list's last item: no cut here
        if re.fullmatch(r"but\s+also", sep.group(0).strip(), re.IGNORECASE) and not re.search(
                r"\bnot only\b", body[start:sep.start()], re.IGNORECASE):
            continue  # "but also" alone adds to the clause ("accurate but also fast" is one statement)
        pieces.append((body[start:sep.start()], before))
        start, before = sep.end(), sep.group(0).strip(" ,;").lower()
    pieces.append((body[start:], before))
    return [(p.strip(), b) for p, b in pieces if p.strip()]


def clause_claims(claim: Claim) -> list[Claim]:
    """The claims of ``claim``'s clauses when its sentence makes more than one, else ``[]``."""
    from verifier.extract import _from, _leading_condition, classify, read_fields

    text = claim.statement
    if claim.origin != "text" or not _SPLIT.search(text):
        return []
    lead = _leading_condition(text)
    if lead and find_methods(text[:lead]):
        lead = 0  # "At 4 bits GPTQ is lossless, but ...": a clause of its own, not a shared condition
    condition, body = text[:lead], text[lead:]
    pieces = _pieces(body)
    if len(pieces) < 2:
        return []
    first = find_methods(pieces[0][0])
    subject = pieces[0][0][first[0][0]:first[0][1]] if first else ""
    out: list[Claim] = []
    for i, (piece, sep) in enumerate(pieces):
        named = bool(find_methods(piece))
        own_share = claim.sparsity is not None and _OWN_SHARE.search(piece)
        # after a contrast, a result of its own ("... up to 1.7x for large matrices but are slower for
        # small ones", "... but costs 10x more compute")
        contrasted = sep not in ("", "and") and _OWN_RESULT.search(piece)
        if i and not (named or _OWN_SETTING.search(piece) or own_share or sparsity_of(piece)[0] is not None
                      or contrasted):
            return []  # "..., while keeping the accuracy": one statement, not two
        clause = f"{condition.rstrip()} {piece}" if condition else piece
        # "... but loses 3 points at 2 bits", "... and outperforms magnitude pruning": the first clause's
        # method is this clause's subject
        takes_subject = bool(subject) and (not named or (i and _VERB_FIRST.match(piece) is not None))
        read = f"{condition.rstrip()} {subject} {piece}".strip() if takes_subject else clause
        quantities = parse_quantities(read)
        at = _leading_condition(read)
        # a later clause with its own setting, or a first one with its own method and a setting or a
        # result, states something even where no cue says what kind ("... but loses 3 points at 2
        # bits", "RTN collapses at 3 bits, while ...", "GPTQ is slower to run but ..."): the sentence's kind
        own_words = names_own_method(piece)  # "Our approach keeps accuracy at 4 bits, while RTN ..."
        kind = classify(read, _from(quantities, at)) or (
            claim.kind if i or (named or own_words) and (_OWN_SETTING.search(piece) or _OWN_RESULT.search(piece))
            else None)
        if kind is None or kind is ClaimKind.setup:
            return []
        # a clause that names no method is about the first clause's ("... but loses 3 points at 2
        # bits"); the first clause never takes a method only a later one names
        own = out[0].method if i else None
        fields = read_fields(read, quantities, kind, own=own, condition_until=at)
        if fields.get("method") is None and own is not None:
            fields["method"] = own
        # a verb-first clause that names another method reads with its subject ("Wanda outperforms magnitude
        # pruning ...", not "outperforms magnitude pruning ..."), so that the matcher sees whose relation it is
        statement = read if takes_subject and named else clause
        out.append(claim.model_copy(update={"kind": kind, "statement": statement, **fields}))
    return out
