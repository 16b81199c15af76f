"""Whether a metric scores the model's own outputs against what really happened. Pure: no Django, no torch.

A measure of how far a prediction lands from the truth ("the error between our estimate and the final price",
"the model's top guess vs the incident report") judges the model, however the measure is named: it is read
from its structure (a measure of miss or agreement, something the model puts out, and the two things set
against each other), not from a list of score names.
"""

from __future__ import annotations

import re

from .model_measures import (
    called_right_by_model,
    hit_rate_of_our_output,
    measures_a_model,
    measures_within_a_ranking,
    scores_a_forecast,
    told_versus_actual,
)
from .text import has_any, sentences

# Words of a clause that only sets the level of the measure before it ("aim under 3 days"), how often it is
# read ("checked monthly") or which statistic of it is taken ("average", "median"); "both above 0.80" sets one
# level for the measures before it.
TARGET_WORDS = (
    "target goal aim threshold below above under over least most less than checked reported reviewed "
    "measured tracked daily weekly monthly quarterly yearly every each now currently today presently "
    "mean average median both "
    # the level wished for: "we want 25", "hope for 50", "aiming at 90%"
    "want wants wanted hope hoping aiming like atm "
    # the verb that carries the level: "we aim to reach 0.7", "hoping to hit 4"
    "reach reaching hit hitting exceed exceeding beat beating achieve achieving "
    # a grading band set on the measure before it: "meets expectations at 90%"
    "meets exceeds expectations "
    # the way to the level: "my aim is to get that down to 6", "bring it up to 80"
    "down up bring"
)
# A measure of how far two things agree or differ.
_MISS = (
    r"errors?\b",
    r"hit rate",
    r"hits?\b",
    r"match(es|ed|ing)?\b",
    r"agree(s|d|ment)?\b",
    r"equals?\b",
    r"(is|are|was|were) (the )?same as\b",
    r"deviation",
    r"differen",
    r"gap\b",
    r"discrepanc",
    r"off by",
    r"(how )?(close|far)\b",
    # a quantity measured between two things: "days between the predicted date and the day it was ready"
    r"(time|days?|hours?|minutes?|weeks?|months?|years?|distance|metres?|miles?|points?) between\b",
    # a tolerance around a second thing: "the predicted end lands within one day of the real end"
    r"within (a|an|one|two|three|half an?|\d[\d.,]*) ?(%|percent|[\w°]+) of\b",
)
# Something a model (or our forecast) puts out.
_OUTPUT = (
    r"estimates?\b",
    r"estimated",
    r"predict",
    r"forecast",
    r"guess",
    r"model",
    r"classifier",
    r"most likely",
    r"top-?\d",
    # what we put forward for someone to act on: "the suggested list", "our recommended dose"
    r"suggested",
    r"recommended",
)
# The two set against each other.
_AGAINST = (
    r"vs\b",
    r"versus",
    r"against",
    r"compared (with|to)",
    r"between\b.{1,80}\band\b",
    r"(agree|match)\w* with",
    # set against a thing, or against what a person would have chosen: "matches the crew the coxswain would
    # have picked"
    r"match(es|ed)? (the|what|whom?|which|our|their|his|her)\b",
    r"would have (picked|chosen|done|made|called|sent|used|taken|given|ordered|booked)\b",
    r"(actual|real|true|final)(ly)?\b",
    # the two named first, then said to agree: "the model's salting time and the master's choice agree"
    r"\band\b[^.;:]{1,80}\b(agree|match|coincide)d?\b(?! with)",
)


def scores_predictions(sentence: str) -> bool:
    """Whether the sentence measures how well something predicted matches what happened."""
    return has_any(sentence, _MISS) and has_any(sentence, _OUTPUT) and has_any(sentence, _AGAINST)


def prediction_scoring_sentences(metric: str) -> list[str]:
    return [
        s
        for s in sentences(metric)
        if scores_predictions(s)
        or scores_against_reference(s)
        or measures_a_model(s)
        or hit_rate_of_our_output(s)
        or called_right_by_model(s)  # "% of gullies the model gets right"
        or measures_within_a_ranking(s)  # "lift in the top 10% of bays ranked by the damage score"
        or told_versus_actual(s)  # "mean absolute difference between the quoted wait and the actual wait"
        or scores_a_forecast(s)  # "the forecast of weekly orders, measured as mean absolute percentage error"
    ]


# A question the student answers in the box ("How will we know? Lift in the top 10% ..."): the box's own
# prompt said again, no part of the measure.
_ASKED_FIRST = re.compile(r"^[^.?!]*\?\s*")


def within_scored(clause: str, scored: list[str]) -> bool:
    """Whether the clause lies inside one of the sentences that score the model (a bullet's dash and a
    question that opens the box are no part of the sentence)."""
    text = _ASKED_FIRST.sub("", clause.strip(" -•*")).strip(" -•*")
    return any(text in s for s in scored)


# A number that says who is meant, not how much: "young people aged 11-17", "8-year-olds", "the under 5s".
_WHO_NUMBER = re.compile(
    r"\b(?:aged?|ages)\s+(?:between\s+)?\d+(?:\s*(?:-|–|to|and)\s*\d+)?"
    r"|\b\d+(?:\s*(?:-|–|to)\s*\d+)?[- ]years?[- ]olds?\b"
    r"|\bunder[- ]\d+s\b"
)


# A number joined to a unit to describe a thing, not a level to reach: "our 8-week beginners' course", "a
# 3-day festival", "the 6-court hall". A target puts the unit after its figure ("cut waits to 20 minutes").
_DESCRIBING_NUMBER = re.compile(r"\b\d+(?:\.\d+)?-[a-z]+\b(?!-olds?\b)")


def without_who_numbers(text: str) -> str:
    """The text less numbers that say who or what is meant ("aged 11-17", "an 8-week course")."""
    return _DESCRIBING_NUMBER.sub("", _WHO_NUMBER.sub("", text.lower()))


# A system's output set against a reference made by people ("BLEU of the engine output against our human
# reference translations", "the tagger's labels vs the gold set"): it scores the system, whatever the score
# is called.
_SYSTEM_OUTPUT = (
    r"outputs?\b",
    r"(?:machine|engine|system|tagger|model)'?s? (?:\w+ )?(?:labels?|answers?|text)",
)
_REFERENCE = (
    r"references?\b",
    r"gold\b",
    r"ground[- ]truth",
    r"human (?:\w+ )?(?:labels?|translations?|answers?)",
)


def scores_against_reference(sentence: str) -> bool:
    return has_any(sentence, _SYSTEM_OUTPUT) and has_any(sentence, _AGAINST) and has_any(sentence, _REFERENCE)


# A metric put as a state of affairs ("that the hall is seen to be welcoming", "the regulars don't moan"): a
# clause with its own finite verb says what should be true, not what is counted. A bare noun phrase ("falls at
# night", "colonies alive in spring") names things one can count, so it is not read as a state.
_STATE = re.compile(
    r"^\W*(?:that|whether)\b"
    r"|\b(?:is|are|seems?|looks?|isn't|aren't|don't|doesn't|do not|does not)\b"
    # success left to someone's eye: "will be plain to the Committee", "we judge success by a happier team"
    r"|\b(?:will|would|should|shall|'ll|to) be (?:plain|obvious|clear|evident|apparent|visible|noticeable"
    r"|felt)\b"
    # the same eye, said as what one will see: "you'll totally see it", "we can tell the difference"
    r"|(?:'ll|\bwill|\bwould|\bcan|\bcould)(?: \w+)? (?:see|notice|spot|tell) (?:it|that|the difference)\b"
    r"|\bjudged? (?:\w+ )?by (?:a|an|the)\b",
    re.IGNORECASE,
)


def states_a_condition(metric: str) -> bool:
    """Whether the metric says what should be true (a clause with a finite verb) rather than naming a count.
    Only meaningful when nothing in it is counted."""
    return bool(_STATE.search(metric.replace("’", "'")))


# A quality wished on a thing, as a taster or a poet says it: "a fuller body", "a cleaner close", "a fuller
# shed", "a livelier bar". A comparative adjective before its noun says how the thing should be, not how
# many or how much: read only when nothing in the metric is counted. Nouns that end like comparatives ("a
# water bill", "a customer survey") are no quality.
_QUALITY = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?([a-z]{2,}(?:ier|er))\s+(?!than\b)[a-z]{3,}")
_ER_NOUNS = frozenset(
    "other never ever over under after order number water winter summer customer member user worker partner "
    "owner manager letter paper centre center corner quarter computer printer container counter border "
    "register timer meter litter filter freezer heater boiler trailer player".split()
)


def wishes_a_quality(metric: str) -> bool:
    """Whether the metric wishes a thing a quality ("a fuller body to the afternoon") with no count in it."""
    return any(m.group(1) not in _ER_NOUNS for m in _QUALITY.finditer(metric.lower().replace("’", "'")))
