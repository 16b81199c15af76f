"""Whether the data say a lever never varied. Pure: no Django.

Records of a world where we only ever did one thing ("I have only ever done walk-ins, never any bookings",
"every store has always had the same price") cannot show what the other settings would do: like records
of our own past choices, they settle that an experiment is needed unless the plan states one in words.
The sentence must say so of the past as a whole ("only ever", "never any", "always the same"), not of one
case ("we never call on Sundays" may be one setting of a lever that does vary).
"""

from __future__ import annotations

from .text import has_any

NEVER_VARIED = (
    r"only ever (done|had|run|used|offered|sold|set|tried|charged|opened)",
    r"never (any|once|tried|offered|had|run|changed|varied|done|set)\b.{0,30}\b(at all|before|ever)",
    r"never (been )?(changed|varied|tried anything else)",
    r"always (been )?(the same|set the same|done the same|run the same)",
    r"(same|one) (price|setting|time|way) (for|in|at) (everyone|every|all)\b.{0,20}\b(always|since|ever)",
    # one setting held from the start ("has cost 95 from day one", "since the wheel opened"), another
    # never yet tried ("there has not been a weekday discount yet")
    r"(has|have) (cost|been|stayed|charged)\b.{0,40}\b(from|since) "
    r"(day one|the (start|beginning)|(we|i|it|they|the [\w-]+( [\w-]+)?) (first )?(opened|began|started))",
    r"there (has|have)(n't| not| never) been (a|an|any)\b.{0,40}\byet\b",
    # ...or held over the whole period of the records: "the daily rate has been GBP 95 throughout"
    # ("prices have been different in each of the shops" is varied)
    r"(has|have) (been|cost|stayed|remained|charged|held)\b(?! (different|chang|var|tried|tested))[^.;]{0,60}"
    r"\b(throughout|all along|the whole time|in (every|each) (single )?(one )?of (them|those|these|the)\b)",
    # every past case said to have been done one way: "every letter we ever sent went out on a Monday"
    r"\b(every|each|all)\b[^.;]{0,40}\b(we|i|they)('ve| have)? ever\b",
    # one setting kept by everyone from the start: "changed at the same half-full mark by every attendant
    # since the machines were installed"
    r"\b(at|to|on|with) the same\b[^.;]{0,50}\b(since|ever since|from the (start|beginning)|from day one)\b",
)


def lever_never_varied(data: str) -> bool:
    return has_any(data.lower(), NEVER_VARIED)
