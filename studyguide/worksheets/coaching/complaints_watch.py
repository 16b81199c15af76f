"""A monitoring field that only waits to hear from the people affected: a complaints box, feedback forms,
online reviews, "if anyone is unhappy they will tell us". What people choose to say is not a count of what
the system's decisions do; most harm is never complained about, so the outcome the metric counts goes
unwatched. When the metric itself counts complaints, watching them is watching the outcome. Pure: no Django,
no torch.
"""

from __future__ import annotations

import re

from .lexicon import OUTPUT_NOUNS, RESULT_NOUNS
from .text import content_stems, has_any, sentences

# What people volunteer, as opposed to what is counted: complaints, feedback forms, comment cards, reviews.
_VOLUNTEERED = re.compile(
    r"\b(?:(?:customer |guest |parent |patient |user )?complain\w*(?: box(?:es)?| books?| forms?| cards?)?"
    r"|(?:feedback|comment|suggestion)s? (?:forms?|box(?:es)?|cards?|books?|slips?)"
    r"|(?:online|customer|google|tripadvisor|guest) reviews?"
    r"|(?:if|when|in case) (?:anyone|someone|customers|people|guests|parents|users|families|clients"
    r"|(?:a|an|any|the) [\w-]+) (?:ever )?(?:is |are )?"
    r"(?:unhappy|complains?|tells? us|lets? us know|quer(?:y|ies)|disputes?))\b",
    re.IGNORECASE,
)
# A list may be split by semicolons and give each item its period: "daily times against standard; weekly
# complaints; monthly report".
_LISTED_BESIDE = re.compile(
    r"(?:\b(?:and|or|plus)|[,;/&]) (?:any |the |our )?(?:(?:daily|weekly|monthly|quarterly|yearly|annual) )?"
    r"(?:[\w-]+ )?complain"
    r"|\bcomplain\w*(?: box(?:es)?)? (?:and|or|plus|,|/|&)",
    re.IGNORECASE,
)
# Complaints counted are a measure like any other: "complaints per 1,000 orders", "number of complaints a
# month", "the complaint rate", "counts the reviews each week".
_COUNTED = re.compile(
    r"\b(?:complaints?|reviews?|feedback) (?:per|a|an|each|every|/|rate|count|score|total)\b"
    r"|\b(?:number|count|share|rate|percentage|proportion|total|tally) of (?:\w+ )?(?:complaints?|reviews?)"
    r"|\b(?:count|counts|counted|counting|tally|tallies|tallied|log|logs|logged) (?:the |all |any |our )?"
    r"(?:\w+ )?(?:complaints?|reviews?|feedback)"
    r"|%",
    re.IGNORECASE,
)
_PERIOD_STEMS = content_stems("day days week weeks month months quarter quarters year years")


def only_complaints_watched(monitoring: str, metric: str) -> bool:
    """Whether the monitoring names only what people choose to report (complaints, feedback, reviews) and
    nowhere a result, an output or the metric's own words, while the metric counts something else."""
    if _VOLUNTEERED.search(monitoring or "") is None or _VOLUNTEERED.search(metric or "") is not None:
        return False
    if _COUNTED.search(monitoring) is not None:  # a count of complaints is watched like any other number
        return False
    # "renewals and complaints": complaints listed beside other things watched are not all that is watched
    if _LISTED_BESIDE.search(monitoring) is not None:
        return False
    heard_stems = content_stems(" ".join(m.group(0) for m in _VOLUNTEERED.finditer(monitoring)))
    measured = content_stems(metric) - heard_stems - _PERIOD_STEMS
    rest = [_VOLUNTEERED.sub(" ", part) for part in sentences(monitoring)]
    return not any(
        has_any(s, RESULT_NOUNS) or has_any(s, OUTPUT_NOUNS) or content_stems(s) & measured for s in rest
    )


# A look taken only once something has gone wrong: "We'll review it if something goes wrong", "check the
# settings when there's a problem". Trouble noticed is the end of the harm, not a watch on the outcome.
_ON_TROUBLE = re.compile(
    r"\b(?:if|when|whenever|should|in case|once)\s+(?:something|anything|things|stuff|it|the (?:system|model"
    r"|plan|tool))\s+(?:ever\s+)?(?:goes|go|went|breaks|fails|falls over|stops working)(?:\s+(?:wrong|bad"
    r"|badly|pear-shaped))?\b"
    r"|\b(?:if|when|whenever|should|in case|once)\s+(?:there'?s|there is|there are|we (?:have|hit|get))"
    r"\s+(?:a |any )?(?:problem|issue|hiccup|fault|mistake)s?\b"
    r"|\b(?:if|when|whenever|should|in case|once)\s+(?:problems?|issues?|faults?|mistakes?)\s+"
    r"(?:come up|crop up|arise|appear|happen|show up)\b",
    re.IGNORECASE,
)


def waits_for_trouble(monitoring: str, metric: str) -> bool:
    """Whether every sentence of the monitoring looks only once something has gone wrong, naming no figure,
    result or word of the metric outside that condition."""
    parts = sentences(monitoring or "")
    if not parts or not all(_ON_TROUBLE.search(part) for part in parts):
        return False
    measured = content_stems(metric) - _PERIOD_STEMS
    rest = [_ON_TROUBLE.sub(" ", part) for part in parts]
    return not any(
        re.search(r"\d", s) or has_any(s, RESULT_NOUNS) or content_stems(s) & measured for s in rest
    )


# A look promised only once people speak up: "the trustees will look at it again if parents complain",
# "reviewed when anyone raises a concern". Like a look once something breaks, it waits for harm to be felt.
_ON_WORD = re.compile(
    r"\b(?:if|when|whenever|should|in case|once)\s+(?:anyone|someone|people|[\w-]{2,30}s|(?:a|an|any|the)\s+"
    r"[\w-]{1,30})\s+(?:ever\s+)?(?:complains?|(?:is|are) unhappy"
    r"|raises? (?:a |any )?(?:concerns?|complaints?)|tells? us)\b",
    re.IGNORECASE,
)


def looks_only_on_trouble(sentence: str) -> bool:
    """Whether the sentence's look is conditioned on trouble or on someone speaking up ("if something goes
    wrong", "if parents complain"): a look that waits for harm, no watch on the outcome."""
    return bool(_ON_TROUBLE.search(sentence) or _ON_WORD.search(sentence))
