"""Whether the modeler field leaves the model to a product or a setting that "will take care of this part",
without saying what is predicted. Pure: no Django, no torch.

A plan may hand the whole modelling step to a tool it will buy or switch on ("the platform's smart planning
setting will take care of this", "the new booking system handles all that", "our AI engine does the heavy
lifting"). That names who will do it, not what it does: no outcome predicted, no input read, nothing a lever
could change. Read from the structure (a verb of looking after something, with "this", "that", "it" or
"everything" as its object, or the work named only by its weight) and only when the field names nothing a
model predicts, so that "it predicts bookings from price; the app handles the rest" is a model.
"""

from __future__ import annotations

import re

from .declined import declined_as_unneeded
from .lexicon import MODEL_PREDICTIVE
from .text import has_any

_LOOKS_AFTER = re.compile(
    r"\b(?:will|shall|'ll|can|does|do|is going to|are going to|should|would)\s+(?:\w+\s+)?"
    r"(?:take care of|handle|sort out|look after|deal with|cover|manage|do)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:this|that|it|these|those|everything|the lot|the whole thing|the rest"
    r"|everything else)\b"
    r"(?:\s+(?:part|bit|side|step|stage))?"
    # the particle after its object: "it'll sort that out", "the app will work it all out" ("all that")
    r"|\b(?:will|shall|'ll|can|does|do|is going to|are going to|should|would)\s+(?:\w+\s+)?"
    r"(?:sort|work|figure)\s+(?:all\s+(?:of\s+)?)?(?:this|that|it|these|those|everything|the lot"
    r"|the whole thing)\s+"
    r"(?:all\s+)?out\b"
    # said of the tool as done already: "we will buy the app with AI inside; it handles all of that"
    r"|\b(?:it|they|which|that)\s+(?:handles|takes care of|sorts out|looks after|deals with|covers|does)\s+"
    r"(?:all\s+(?:of\s+)?)?(?:this|that|it|these|those|everything|the lot|the whole thing)\b"
    # the work named only as work: "our AI engine does the heavy lifting", "it works its magic", "powered
    # by the vendor's platform", "it will do the maths". Who does it, again, not what is predicted.
    r"|\b(?:does|do|did|doing|'ll do|will do|handles?|takes? on|takes? care of)\s+"
    r"(?:all\s+)?(?:of\s+)?(?:the\s+)?"
    r"(?:heavy lifting|hard (?:work|part|bit)|clever (?:bit|part|stuff)|magic|thinking|maths?"
    r"|number[- ]crunching|grunt work|legwork)\b"
    r"|\b(?:works?|working) (?:its|their) magic\b|\bcrunch(?:es)? the numbers\b"
    r"|\bpowered by\b"
    # the answer said to come out of a tool that will show it: "we put the data in and it shows us", "the
    # prices will come out of the spreadsheet", "the app just tells you". Still who does it, not what.
    r"|\b(?:shows?|tells?|gives?|spits? out)\s+(?:us|you|me|them)"
    r"(?:\s+(?:the\s+)?(?:answers?|results?|prices?|numbers|figures|what to do|everything|it all))?"
    r"\s*(?:[.!]|$)"
    r"|\bcomes? out of (?:the|our|a|an) (?:[\w-]+ ){0,2}"
    r"(?:spreadsheet|app|system|tool|software|program|platform|dashboard)\b",
    re.IGNORECASE,
)


# The choice of a model put off to a time to come: "we'll pick one in spring", "the consultant will choose a
# package next term". "one" or a product is chosen, once, later: a choice made each morning is an answer.
_CHOSEN_LATER = re.compile(
    r"\b(?:will|shall|'ll|is going to|are going to|to)\s+(?:\w+\s+)?"
    r"(?:pick|choose|select|buy|decide on|settle on)\s+"
    r"(?:one|it|which|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:package|tool|product|vendor|supplier|model|system|app"
    r"|software|program|platform))\b"
    r"(?:\s+\w+){0,3}?\s+(?:later|soon|in (?:the )?(?:spring|summer|autumn|fall|winter|new year)|next \w+"
    r"|after the \w+|once\b|when\b)",
    re.IGNORECASE,
)


# The prediction left to a person's judgement: "our fitter Stan has done this 30 yrs, he looks at the hours
# and says which ones go in the shop", "Maria decides by eye", "the manager goes on gut feel". Who judges, and
# by what knack, not what is predicted: read only where the field names no model and nothing a model predicts.
_BY_JUDGEMENT = re.compile(
    r"\b(?:by eye|by feel|gut(?: feel(?:ing)?| instinct)?|(?:from|on|by) (?:experience|instinct)"
    r"|rules? of thumb"
    r"|(?:has|have|'s|'ve) (?:done|been doing) (?:this|it|the job)(?: for)? (?:\d+|years|decades|ages))\b"
)
# A choice said of someone ("knows which", "says which ones go in the shop"): a person's only when a person
# is its subject, since "something that says how many rooms get booked" is a model in plain words.
_SAYS_WHICH = re.compile(
    r"\b(?:knows?|knew|says|said|decides|decided|picks|chooses|tells (?:us|me))"
    r" (?:which|what|when|how many|how long|how much|who)\b"
    # the choice deferred to what someone says: "I'll go with whatever weeks she says"
    r"|\b(?:go|goes|going|stick|sticks|sticking) (?:with|by) (?:whatever|what|whichever)\b[^.;]{0,40}?"
    r"\b(?:says|said|picks|picked|decides|decided|suggests|suggested|recommends|recommended|thinks)\b"
    r"|\blooks? at (?:them|it|each|the [\w-]+)\b[^.;]*\band (?:says|decides|picks|chooses)\b"
    # someone asked for their view: "we'll ask Gary, our senior rigger, what he reckons will sell", "check
    # with the head cook which dishes she thinks will go"
    r"|\b(?:ask|asks|asking|check with|checking with|run (?:it|them|this) past)\b[^.;]{0,50}?"
    r"\b(?:what|which|how many|how much|when|whether)\b[^.;]{0,30}?"
    r"\b(?:reckons?|thinks?|feels?|says|suggests?|recommends?|guesses)\b"
)
# "he", "she", "I", or a name inside the sentence ("our fitter Stan"): someone, not something.
_PERSON = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ii])\b|(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_NAMES_A_MODEL = re.compile(
    r"\b(?:models?|algorithm|classifier|regression|network|machine learning|ml|ai|system|software|tool|app)\b"
)


# A model named only to be denied ("No model - Linh looks at the queue and texts her number"): the field says
# there is none, so the name is no model of the plan's.
_MODEL_DENIED = re.compile(
    r"\b(?:no|not an?|not any|without an?|without any|never an?)\s+(?:[\w-]+\s+)?(?:models?|algorithm|ml|ai"
    r"|software|app)\b"
)


def model_left_to_a_person(modeler: str) -> bool:
    text = (modeler or "").replace("’", "'")
    low = text.lower()
    judged = _BY_JUDGEMENT.search(low) or _SAYS_WHICH.search(low) and _PERSON.search(text)
    named = _NAMES_A_MODEL.search(_MODEL_DENIED.sub(" ", low))
    return bool(judged) and not named and not has_any(low, MODEL_PREDICTIVE)


# The settings read off a fixed chart or kept by habit: "Grips and order from the laminated chart on the
# Instron, same as every year", "as we always do". A lookup that never learns predicts nothing per case.
_BY_HABIT = re.compile(
    r"\bsame as (?:every|each|last|always|usual|ever)\b|\bas (?:always|usual|ever)\b"
    r"|\bas (?:we|i|they|he|she) (?:always|usually|normally) (?:do|did|have|has)\b"
    r"|\b(?:laminated|printed|pinned|wall|old|fixed|standard) (?:chart|table|sheet|list|rota)\b"
)


def model_left_to_habit(modeler: str) -> bool:
    """Whether the modeler field only says the settings come from a fixed chart or from habit."""
    low = (modeler or "").replace("’", "'").lower()
    named = _NAMES_A_MODEL.search(_MODEL_DENIED.sub(" ", low)) or has_any(low, MODEL_PREDICTIVE)
    return bool(_BY_HABIT.search(low)) and not named


def model_left_to_a_tool(modeler: str) -> bool:
    text = (modeler or "").replace("’", "'")
    handed_over = _LOOKS_AFTER.search(text) or _CHOSEN_LATER.search(text)
    return bool(handed_over) and not has_any(text, MODEL_PREDICTIVE)


# What a modeler field would name if it described a model at all: the model itself or what one does.
_MODEL_NAMED = (r"models?\b", r"predict", r"forecast", r"estimat", r"algorithm", r"classif", r"regression")


def model_declined(modeler: str) -> bool:
    """Whether the modeler field says no model is needed ("We do not need a model for this: the old charts
    show where the beds were") and no clause names a model, or what it predicts, before a denial. What the
    field goes on to rely on (a chart, a rule, a list) is a fixed answer that predicts nothing per choice."""
    return declined_as_unneeded(modeler, _MODEL_NAMED) or model_judged_needless(modeler)


# The model itself the subject of a verdict against it ("a model would be overkill for 300 cases", "building
# a model isn't worth it here"), or the decision not to have one ("we decided against a model"). Said of a
# model, where the denials above read a need denied before the model is named.
_VERDICT_AGAINST = re.compile(
    r"\b(?:a|any|the|one)\s+(?:[\w-]+\s+){0,2}?model(?:ling)?"
    r"(?:(?:\s+(?:would|will|is|was|seems?|feels?)|'s|'d)\s+(?:be\s+)?"
    r"(?:too much|overkill|over the top|excessive|unnecessary|a waste|more than (?:we|it)\s+\w+"
    r"|not\s+(?:worth|needed|necessary|required|justified))"
    r"|\s+(?:isn't|wasn't|wouldn't be|won't be)\s+(?:worth|needed|necessary|required|justified))"
    r"|\bdecided?\s+(?:against|not to (?:build|make|use|have|bother with|fit|develop))\s+"
    r"(?:a|any|the|one)\s+(?:[\w-]+\s+){0,2}?model",
)


# The opening of a list of inputs ("from past times, distances and crews"): whatever follows reads something.
_LISTS_INPUTS = re.compile(
    r"\b(?:from|given|based on|as a function of|using)\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,"
)


def model_judged_needless(modeler: str) -> bool:
    """Whether the modeler field rules a model out ("we decided a model would be overkill; the officer ranks
    each week's list by hand") and names nothing a model would read or predict: a field that goes on to list
    inputs ("... a simple regression from the season and the price") or a prediction still has a model."""
    low = (modeler or "").replace("’", "'").lower()
    if not _VERDICT_AGAINST.search(low) or has_any(low, MODEL_PREDICTIVE):
        return False
    return not _LISTS_INPUTS.search(low)
