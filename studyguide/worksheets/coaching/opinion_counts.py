"""Whether a metric clause counts what people think of us ("the share of passengers rating our buses as good
value", "members who say the classes are too crowded", "% of parents satisfied with the reports") while the
objective asks for something people do or a change in the world (more regular journeys, more classes booked,
fewer children missing school) and names no opinion at all. Pure: no Django, no torch.

An opinion can be counted, and it can be the objective ("a better rating on the app store", "residents who
feel safe"), but it is no measure of what people do: fares can be rated good value by passengers who still
drive, and a survey can improve while nobody travels more. The clause is read from its structure (a verb of
judging with the quality judged after it); it is a proxy only when that quality shares no word with the
objective and the objective has no word of opinion, feeling or value of its own. A judgement no one counts
("customers feel we are better value", "the chef pleased with what comes each week") is left to the check
for a metric with no number.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .text import content_stems

# Where the quality judged ends: a place, a time or a source of the figure, or the clause's end.
_UNTIL = r"(?=\s*(?:$|[,.;:()]|\b(?:in|on|at|from|by|during|within|each|every|per|after|before|when)\b))"
_QUALITY = r"(?P<quality>(?:[\w'-]+ ){0,5}?[\w'-]+)" + _UNTIL
# A verb of judging, what is judged, then "as" and the quality: "rating our buses as good value".
_JUDGED_AS = re.compile(
    r"\b(?:rat(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|regard(?:s|ed|ing)?"
    r"|see(?:s|ing)?|view(?:s|ed|ing)?|judg(?:e|es|ed|ing)) (?:[\w'-]+ ){1,4}?as " + _QUALITY
)
# The same without "as", before a word of worth: "respondents who rate our buses good value", "score the
# visit excellent".
_JUDGED_PLAIN = re.compile(
    r"\b(?:rat(?:e|es|ed|ing)|scor(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|call(?:s|ed|ing)?) (?:[\w'-]+ ){1,4}?"
    r"(?P<quality>(?:good|poor|bad|excellent|great|fair|outstanding|very|value)\b(?: [\w'-]+){0,4}?)" + _UNTIL
)
# A person's word or view of how something is: "say the classes are too crowded", "agree that the fares
# are fair" ("say they told family" reports an act, not a view: a verb of being must follow).
_SAID_TO_BE = re.compile(
    r"\b(?:say|says|said|saying|feel|feels|felt|feeling|think|thinks|thought|thinking|agree|agrees|agreed"
    r"|agreeing|believe|believes|believed|believing) (?:that )?(?:[\w'-]+ ){1,4}?"
    r"(?:is|are|was|were|'s|'re|seems?|seemed) " + _QUALITY
)
# Content with what is had: "satisfied with the reports", "happy with the new timetable".
_CONTENT_WITH = re.compile(r"\b(?:satisfied|dissatisfied|happy|unhappy|pleased|content) with " + _QUALITY)
# A count of the people who judge: a share, a figure, a number of them ("each week" is only when it is read).
_COUNTED = re.compile(
    r"\d|%|\b(?:percent|per cent|share|proportion|fraction|number of|how many|count of|majority|average"
    r"|mean|median|out of|in every)\b",
    re.IGNORECASE,
)
# Words of opinion, feeling or value: an objective with one may well want the opinion itself.
_OPINION_GOAL = re.compile(
    r"\b(?:satisf|happ|pleas|enjoy|lik(?:e|es|ed)\b|love|feel|felt|think|view|opinion|perce"
    r"|rat(?:e|ed|es|ing)s?\b|reput|image|trust|confiden|recommend|valu|worth|fair|review|sentiment|experienc|proud|welcom"
    r"|content\b|glad|loyal|better|comfort|safe|attitud|aware|impress|stars?\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=32)
def _objective_stems(objective: str) -> frozenset[str] | None:
    """The objective's content stems, or None when it is blank or names an opinion: read once per objective,
    as a metric of many clauses asks for each of them."""
    if not objective.strip() or _OPINION_GOAL.search(objective):
        return None
    return frozenset(content_stems(objective))


def counts_opinion(clause: str, objective: str) -> str | None:
    """The quality judged, when the clause counts people's view of it and the objective names neither that
    quality nor any opinion (see the module's doc)."""
    objective_stems = _objective_stems(objective)
    if objective_stems is None or not _COUNTED.search(clause):
        return None
    text = clause.lower().replace("’", "'")
    found = (
        _JUDGED_AS.search(text)
        or _JUDGED_PLAIN.search(text)
        or _SAID_TO_BE.search(text)
        or _CONTENT_WITH.search(text)
    )
    if found is None:
        return None
    quality = found.group("quality")
    judged = content_stems(quality)
    if not judged or judged & objective_stems:
        return None
    return quality
