"""Which clauses of a metric name a measure of their own, and which only annotate the measure before them.
Pure: no Django, no torch.

A metric is often one measure followed by remarks about it: where the figure comes from ("(we refill and
count)", "from the till"), in which unit or over which period or how often it is taken ("in pounds per
head", "on next season's sales", "counted every evening"), where it stands today or should reach ("now about
900", "Baseline last year: 1,100 a week", "the board has set a target of under 45"). Such a remark names no
outcome, so it cannot stand in for one: what the metric measures is read from the clauses that remain. Read
from the clause's place and its opening words, never from the things counted.
"""

from __future__ import annotations

import re

from .model_measures import outside_figures
from .text import sentences

# Any bracketed aside, with figures or without: a remark on the measure before it.
_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
# A clause that goes on from the measure before it by a preposition: its unit, period or source.
# ("counted by the trays refilled", "measured at the gate": how the figure is taken, a source too)
_QUALIFIER = re.compile(
    r"^\W*(?:in|on|over|across|from|at|via|by|using|as (?:read|recorded|logged)"
    r"|(?:counted|measured|tallied|recorded|logged|read|taken|worked out)"
    r" (?:by|from|at|on|off|in|via|with)"
    # how often it is taken: "counted every evening", "logged daily"
    r"|(?:counted|measured|tallied|recorded|logged|read|taken|checked|noted)"
    r" (?:every|each|once|twice|daily|weekly|nightly|monthly|hourly|yearly|per)"
    # who or what keeps the count: "as the door camera tallied them", "as the till records it"
    r"|as (?:the |our |a |an |its |his |her |their )?(?:[\w-]+ ){0,3}"
    r"(?:counted|counts|tallied|tallies|recorded|records|logged|logs|measured|measures)"
    r" (?:it|them|this|these))\b"
)
# A list label before the words ("KR2:", "3/", "S15.", "a)").
_LABEL = r"(?:[a-z]{0,3}\d+[a-z]?\s*[.:/)]\s*|[a-z]\)\s*)?"
# A sentence or clause giving a level of the measure: where it stands now or stood, or what it should reach.
_LEVEL = re.compile(
    r"^\W*" + _LABEL + r"(?:(?:right |just )?now|currently|today|at present|so far|to date|baseline"
    r"|targets?|aim|goal"
    r"|(?:last|this|previous) (?:year|season|month|week|quarter|term|summer|winter|spring|autumn)"
    r"|(?:up|down) from|was|were)\b"
)
# Where the measure stands, said as a short sentence of its own with the time word after the figure: "It's
# 6.2 days now.", "That's about 95 a week at the moment.", "We're on 14% this year.", "which stood at 58%
# last year". A figure, at most three
# words of unit, and the time it holds for: nothing is counted that the measure before it does not count.
_LEVEL_SAID = re.compile(
    r"^\W*(?:(?:it|that|this|which)(?:'s| is| was| sits| stands| runs| sat| stood| ran)(?: at| on)?"
    r"|we(?:'re| are) (?:at|on)"
    r"|(?:sitting|running|standing) at)?\s*(?:(?:at|about|around|roughly|approx\w*|nearly|almost|only|just"
    r"|over|under) )*[£$€]?\d[\d,.]*\s*%?(?:\s+[a-z]+){0,3}?\s+(?:(?:right )?now|at the moment|currently"
    r"|today|at present|so far|these days|(?:this|last) (?:year|season|month|week|term|winter|summer))\W*$"
)
# A figure standing alone: "roughly 60", "about 1,200".
_FIGURE_ONLY = re.compile(
    r"^\W*(?:about|roughly|around|approx\w*|nearly|almost|some|c\.)?\s*[£$€]?\d[\d,.]*\s*%?\W*$"
)
# Someone setting the level: "the board has set a target of under 45 a head".
_TARGET_SET = re.compile(
    r"^\W*(?:[\w']+ ){0,4}(?:set|sets|agreed|wants?|asked for|asks for) (?:a |the |an )?"
    r"(?:\w+ )?(?:target|goal|aim)\b"
)

# Someone wishing the measure before it to a level, by a pronoun for it: "we'd want that up to 60", "I'd like
# it under 10", "we hope to see this at 40%". The pronoun stands for the measure; nothing new is counted.
_WANTED_LEVEL = re.compile(
    r"^\W*(?:we|i)(?:'d|'ll| would| will| do| really)?\s+(?:want|like|hope|aim|expect)\w{0,3}\s+"
    r"(?:to see\s+)?"
    r"(?:that|it|this|them|these|those|the (?:figure|number|count|rate|total))\s+(?:[\w-]+\s+){0,3}?"
    r"(?:about |around )?[£$€]?\d"
)


def _inside(spans: list[tuple[int, int]], start: int) -> bool:
    return any(begin < start < end for begin, end in spans)


def own_measures(metric: str, clauses: list[str]) -> list[str]:
    """The clauses that may name a measure: none that begins inside a bracketed aside, that qualifies the
    clause before it, or that only gives a level (in a sentence that opens with one, or setting a target).
    The first clause is always kept; nothing is dropped when nothing would remain."""
    low = metric.lower()
    asides = [m.span() for m in _ASIDE.finditer(low)]
    level_spans = []
    cursor = 0
    for sentence in sentences(metric):
        start = low.find(sentence.lower(), cursor)
        if start < 0:
            continue
        cursor = start + len(sentence)
        if _LEVEL.search(sentence.lower()):
            level_spans.append((start - 1, start + len(sentence)))
    kept, cursor = [], 0
    for index, clause in enumerate(outside_figures(metric, clauses)):
        text = clause.lower()
        start = low.find(text, cursor)
        if start >= 0:
            cursor = start + len(text)
        if index == 0 and start <= 0:
            kept.append(clause)
            continue
        placed = start >= 0 and (_inside(asides, start) or _inside(level_spans, start))
        if (
            placed
            or _QUALIFIER.search(text)
            or _LEVEL.search(text)
            or _TARGET_SET.search(text)
            or _WANTED_LEVEL.match(text.replace("’", "'"))
            or _FIGURE_ONLY.match(text)
            or _LEVEL_SAID.match(text.replace("’", "'"))
            or (kept and _BY_AGENTS.search(kept[-1].lower()) and _MORE_AGENTS.match(text))
        ):
            continue
        kept.append(clause)
    return kept or clauses


# Who did it, listed across an "and": "Leaflets handed out by funeral directors | and GP surgeries per
# quarter". The second part names more of the people the first says did it, not a second measure.
_BY_AGENTS = re.compile(r"\bby(?: [\w'-]+){1,3}\s*$")
_MORE_AGENTS = re.compile(
    r"^\W*(?:the |our |local |other )?(?:[\w'-]+ )?(?:surgeries|practices|directors|schools|shops|partners"
    r"|gps|agencies|staff|volunteers|churches|councils|clubs|pharmacies|hospitals|libraries|centres|centers|teams"
    r"|vets|stockists|retailers|companies|firms|charities|nurses|doctors|teachers|coaches|stewards|drivers"
    r"|officers|agents|colleges|venues|branches|stores|leaders|managers|supervisors|workers|wardens|guides"
    r"|helpers)\b"
)


# A level set off between dashes, as a bracket would set it: "enquiries through the website and phone line
# - 35 a month at the moment - and we'd want 60". The clause split off before it ("phone line - 35 a month
# ...") has its figure only from the aside, which counts what the measure before it counts.
_DASHED_FIGURE = re.compile(r"\s[-–—]\s[^-–—\n]{0,80}?\d[^-–—\n]{0,80}?(?:\s[-–—](?=\s|$)|$)")


def without_dashed_figures(clause: str) -> str:
    """The clause with any figure set off between dashes (or after a last dash) taken out."""
    return _DASHED_FIGURE.sub(" ", clause)
