"""Whether a metric is a statistic taken of a model, and which parts of a metric are only its figures. Pure:
no Django, no torch.

Any statistic of how well a model fits or ranks (a Gini, an R², a lift, a coefficient nobody on the course has
heard of) is read from the phrase's structure, not from a list of score names: a short measure whose object
is a model ("the <statistic> of my hours-per-job model", "<statistic> of the new scorecard on the hold-out
accounts"). The head is left open on purpose; only a head that plainly counts money, time or people (what the
model costs, how long it runs) is no score of the model.
"""

from __future__ import annotations

import re

# Something that fits or ranks: the model and the names its owners give it, and what it puts out (an error
# "of our hours-needed estimate" is the model's error by another name).
_MODEL = (
    r"(?:model|classifier|scorecard|score ?card|predictor|detector|algorithm|network|regressor|ranker"
    r"|estimate|forecast|prediction|score)s?"
)
# A plain summary or change of a score ("the average of the hygiene score", "a rise in the comfort score")
# says where the score stands, not how well it ranks: only a statistic of fit makes a score the model's.
_SUMMARY_HEAD = re.compile(
    r"\b(?:average|mean|median|total|sum|level|change|rise|increase|fall|drop|decrease|growth|improvement"
    r"|gain|trend|distribution|spread|range|value)s?\b"
)
_DETERMINER = r"(?:the|our|my|its|this|that|each|a|an|their|his|her)"
# "<head> of|for|on <determiner>? <up to three modifiers> <model>", at the start of the sentence, and the
# model ends the noun phrase (not "the model's picks", not "the forecast period").
_OF_A_MODEL = re.compile(
    r"^\W*(?:" + _DETERMINER + r" )?(?P<head>[^\s,;:()]+(?: [^\s,;:()]+){0,2}) (?:of|for|on) "
    r"(?:" + _DETERMINER + r" )?(?:(?!" + _DETERMINER + r" )[\w'/-]+ ){0,3}" + _MODEL + r"\b"
    r"(?!'|’|-)(?=\s*(?:$|[,;:.()]|on |in |over |across |against |at |for |to |with |vs\b|versus |from "
    # the level it should reach: "... estimate under 20 minutes"
    r"|under |below |within |above |of (?:at most |less than |under )?\d))"
)
# A head that counts money, time, people or use is the world's or the model's cost, never its fit.
_WORLDLY_HEAD = re.compile(
    r"£|\$|€|\d|%|cost|profit|revenue|income|sav|sales?\b|spend|price|time|hour|minute|day|week|month|number"
    r"|count|share|percent|people|customer|user|staff|use\b|usage|adoption|uptake|run|build|output|effect|impact"
)
# Another measure joined on after the model's ("... and bad debt written off", "..., to cut late jobs to 5 a
# week"): not the model's alone. A level to reach ("to exceed 0.6", "target above 0.8") adds no measure.
_JOINED = re.compile(
    r"\b(?:and|plus|as well as|also)\b|&|;"
    r"|\bto (?!(?:reach|exceed|hit|beat|top|be|stay|remain|rise|climb|pass|surpass|get to|at least|above)"
    r"\b)\w+ \w+"
)


def measures_a_model(sentence: str) -> bool:
    """Whether the sentence is one statistic taken of a model and nothing else."""
    text = sentence.lower().replace("’", "'")
    match = _OF_A_MODEL.search(text)
    if match is None or _WORLDLY_HEAD.search(match.group("head")):
        return False
    if re.search(r"scores?\W*$", text[: match.end()]) and _SUMMARY_HEAD.search(match.group("head")):
        return False
    return _JOINED.search(without_figures(text[match.end() :])) is None


# An aside that holds a figure ("(now 2.1, target 4+)", "(last year 310 signs, about 4,000 leaflets)"): where
# the measure stands today or should reach, not a measure of its own.
_FIGURES_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")


def without_figures(metric: str) -> str:
    return _FIGURES_ASIDE.sub(" ", metric)


def outside_figures(metric: str, clauses: list[str]) -> list[str]:
    """The clauses that do not begin inside an aside of figures: "about 4,000 leaflets)" split off from
    "(last year 310 signs, about 4,000 leaflets)" is a figure of the measure before it, not a second measure.
    A clause that begins before the aside keeps it (its figures may be all that is counted)."""
    asides = [m.span() for m in _FIGURES_ASIDE.finditer(metric)]
    kept, cursor = [], 0
    for clause in clauses:
        start = metric.find(clause, cursor)
        if start < 0:
            kept.append(clause)
            continue
        cursor = start + len(clause)
        if not any(begin < start < end for begin, end in asides):
            kept.append(clause)
    return kept


# How often our output turned out to be what happened: "the part fitted was in the model's top 3
# suggestions", "the dish we suggest first is the one the diner would have picked". A hit rate of the model
# (or of us acting as one) against the outcome, however it is named.
_IN_OUR_OUTPUT = re.compile(
    r"\b(?:is|was|are|were|came|appears?|appeared) (?:in|among|one of|within) (?:the |our |its )?"
    r"(?:[\w-]+'s )?(?:top[- ]?\w+ |first \w+ |\w+ )?"
    r"(?:suggestions|picks|predictions|guesses|recommendations|shortlist|choices)\b"
)
_OUR_OUTPUT_IS = re.compile(
    r"\b(?:we|i|it|the model|the system|the app|the tool|our \w+) (?:\w+ )?"
    r"(?:suggest|recommend|predict|pick|guess|rank|forecast)(?:s|ed)? (?:\w+ )?"
    r"(?:is|was|are|were|matches|match|matched) (?:the one|the ones|what|the same|the \w+ (?:that|who))\b"
)
# The suggestions checked and found right: "Of 500 suggested pairs I checked by hand, 81% really were the
# same person", "flagged invoices that turned out to be errors". The matcher's precision, however plainly put.
_CHECKED_RIGHT = re.compile(
    r"\b(?:suggested|flagged|predicted|proposed|recommended|matched|picked|spotted) (?:[\w-]+ ){0,2}[\w-]+s\b"
    r"[^.;]{0,60}\b(?:really|actually|truly|turned out|proved|confirmed|were correct|were right"
    r"|were genuine)\b"
)
_HOW_OFTEN = re.compile(r"\bhow often\b|\bshare\b|\brate\b|%|percent|proportion|\b\d+ (?:in|of|out of) \d+\b")


def hit_rate_of_our_output(sentence: str) -> bool:
    """Whether the sentence counts how often our suggestion or prediction matched what happened."""
    text = sentence.lower().replace("’", "'")
    found = _IN_OUR_OUTPUT.search(text) or _OUR_OUTPUT_IS.search(text) or _CHECKED_RIGHT.search(text)
    return found is not None and _HOW_OFTEN.search(text) is not None


# The model's hit rate in plain words: "% of gullies the model gets right", "how often the forecast was spot
# on", "days the app's guess turned out wrong". A predicting thing, then within a few words a verdict of right
# or wrong on it ("the right van" names a thing chosen, not a verdict), counted as how often.
_PREDICTING = (
    r"(?:model|forecast|prediction|predictor|classifier|algorithm|estimate|guess|ai|ml|scorer|tipster)"
    r"(?:s|'s|s')?"
)
_CALLED_RIGHT = re.compile(
    r"\b" + _PREDICTING + r"(?: [\w'-]+){0,4}? (?<!the )(?<!a )(?:right|wrong|correct|correctly|incorrect"
    r"|incorrectly|spot on|bang on|accurate|accurately|mistaken)\b"
)
_TIMES = re.compile(
    r"\bhow often\b|\btimes\b|\bshare\b|\brate\b|%|percent|proportion|\bnumber of\b|\bout of\b"
)


def called_right_by_model(sentence: str) -> bool:
    """Whether the sentence counts how often the model (its forecast, its guess) was right or wrong."""
    text = sentence.lower().replace("’", "'")
    return _CALLED_RIGHT.search(text) is not None and _TIMES.search(text) is not None


# A measure taken only over the top of a ranking the model makes: "lift in the top 10% of bays ranked by the
# damage score", "share of real frauds among the first 50 cases sorted by risk". Whatever it counts, it is
# counted inside the model's order, so it says how well the model orders, not what changed in the world.
_WITHIN_RANKING = re.compile(
    r"\b(?:in|among|within|across|of) (?:the |our )?(?:top|first|highest|riskiest|best)(?:[- ]ranked)?"
    r"(?: \d[\d.,]*(?: ?%| percent| per cent)?| decile| quartile| tenth| fifth| \w+)?"
    r" (?:[\w-]+ ){0,4}?(?:ranked|sorted|ordered|scored|rated)"
    r" (?:by|on|according to) (?:the |our |its |their )?(?:[\w-]+ ){0,2}"
    r"(?:score|model|ranking|risk|forecast|prediction|classifier|algorithm)s?\b"
)


def measures_within_a_ranking(sentence: str) -> bool:
    """Whether the sentence counts something only among the cases the model ranks highest."""
    return _WITHIN_RANKING.search(sentence.lower().replace("’", "'")) is not None


# The gap between what was told in advance and what happened: "mean absolute difference between the quoted
# wait and the actual wait", "the error between forecast and real covers". The told figure is the model's
# output, so the gap is its error however it is named.
_TOLD_VERSUS_ACTUAL = re.compile(
    r"\b(?:difference|gap|error|deviation|distance|mismatch)e?s?(?: [\w'-]+){0,3}? between"
    r" (?:the |our |what )?(?:[\w-]+ ){0,2}?(?:quoted|predicted|forecast|estimated|guessed|projected)"
    r"(?: [\w-]+){0,2}? and (?:the |what )?"
    r"(?:[\w-]+ )?(?:actual|real|true|observed|measured|happened)\b"
    r"|\bmean absolute (?:difference|deviation|gap)\b"
    # the told figure said with its verb, and what happened after it: "the difference between the hours I
    # estimate for a commission and the hours it actually takes"
    r"|\b(?:difference|gap|error|deviation|mismatch)e?s? between [^.;:]{0,60}?\b(?:we|i|they|the model|it)"
    r" (?:predict|forecast|estimate|guess|project)s?\b[^.;:]{0,60}? and [^.;:]{0,50}?"
    r"\b(?:actual\w*|real\w*|true|observed|measured|happen\w*|turns? out)\b"
    # or set against it: "estimated vs actual hours", "forecast covers against real covers"
    r"|\b(?:quoted|predicted|forecast|estimated|guessed|projected)(?: [\w-]+){0,2}? (?:vs\.?|versus|against"
    r"|compared (?:with|to)) (?:the )?(?:actual|real|true|observed)\b"
)


def told_versus_actual(sentence: str) -> bool:
    """Whether the sentence measures the gap between a figure told in advance and what happened."""
    return _TOLD_VERSUS_ACTUAL.search(sentence.lower().replace("’", "'")) is not None


# A forecast's error named outright, the forecast's subject beside it: "The forecast of weekly orders,
# measured as mean absolute percentage error: 31%", "The mean absolute percentage error of our forecast of
# customers per evening, 6pm to 10pm: 28%". However much the subject sounds like the outcome ("orders",
# "customers"), the sentence scores the forecast; another measure joined on ("... and waste per week") is not
# the model's.
_FORECAST_ERROR = re.compile(
    r"\b(?:(?:root )?mean (?:squared?|absolute)(?: percentage)? error|mape|rmse|mae|forecast error"
    r"|prediction error)\b",
)
_FORECAST = re.compile(r"\b(?:forecasts?|predictions?|predicted|estimates?)\b")


def scores_a_forecast(sentence: str) -> bool:
    """Whether the sentence names a forecast's error and its forecast, and no other measure joined on."""
    text = sentence.lower().replace("’", "'")
    if not (_FORECAST_ERROR.search(text) and _FORECAST.search(text)):
        return False
    return re.search(r"\b(?:and|plus|as well as|also)\b|&|;", without_figures(text)) is None
