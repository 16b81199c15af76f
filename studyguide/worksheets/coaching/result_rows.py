"""A lever row that is a result wanted, not a setting: "fewer complaints about green water", "more money out
of each day", "fewer birds returned", "more home-checks done each month". A comparative opens it, and what it
asks more or less of is a result: a word that names one ("complaints", "money", "bookings"), or the very
thing the plan's own metric counts ("birds returned within 12 months" beside "fewer birds returned"). A
student who lists the metric's figures with "more" or "fewer" in front has listed the goal again, whatever
the trade calls its results; "cheaper tickets for students" or "more staff on Saturdays" name things we set,
which the metric does not count. The objective's own wish with its "more" dropped is the goal again too:
"families collecting within 3 months" beside "More families collecting their ashes within three months"
opens with the very people the objective asks more of and says nothing the objective does not. A row's list
number ("4.1 fewer ashes left uncollected") is read past: a numbered plan's rows are the same rows. Read by
``lever_checks``, which also asks the lever reader that the row is no setting of ours.
Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lever_words import COMPARATIVES, OUR_AGENTS
from .text import content_stems, stem, words

_MORE_OR_LESS = COMPARATIVES | frozenset(
    "smaller quicker faster shorter longer cheaper happier healthier".split()
)
# Comparatives of how a crowd or a result is ("younger audience", "wider reach", "greater footfall"): what
# they compare must still be a result to count, as with "more".
_HOW_IT_IS = frozenset(
    "younger older wider broader greater stronger newer safer warmer cleaner calmer richer larger".split()
)
# Comparatives that are a result whatever they qualify: a place "fuller" or "busier" is a crowd that came.
_CROWDED = frozenset("fuller busier emptier".split())
# The comparative (after an article: "a fuller riverside"), then the first word of what it asks more or less
# of ("fewer of the birds returned").
_OPENING = re.compile(
    r"\W{0,4}(?:(?:a|an|the)\s+)?([a-z]+)\s+(?:(?:of|the|our|a|an)\s+){0,2}([a-z][a-z'-]{0,40})"
)
_RESULTS = re.compile(
    r"\b(?:complaints?|money|profits?|takings|revenue|income|sales|waste|loss(?:es)?|lost|mistakes?|errors?"
    r"|accidents?|incidents?|customers?|visitors?|members?|bookings?|no-shows?|cancellations?|failures?"
    r"|audiences?|crowds?|attendance|turnout|footfall"
    # what it costs us and what comes back: "lower disposal bills", "fewer rejects", "shorter waits"
    r"|bills|costs|overheads|expenses|spoilage|wastage|returns|rejects|rejections|refunds|waits|waiting"
    r"|queues?|delays|reviews|ratings)\b",
    re.IGNORECASE,
)
# A result said to move, the comparative after it: "bar takings up on the free stage", "complaints down".
_RESULT_MOVES = re.compile(
    r"^\W{0,4}(?:(?:the|our)\s+)?(?:[\w'-]{1,30}\s+){0,2}?"
    + _RESULTS.pattern
    + r"\s+(?:up|down|rising|falling|higher|lower)\b",
    re.IGNORECASE,
)


# Something that happens to the things counted, right after the comparative: "fewer crates rejected", "less
# fruit going soft", "more grade one fruit reaching the buyer". What happens to them is the result; a setting
# says where we send or what we do ("fewer crates to the cold store").
_HAPPENS_TO_THEM = re.compile(
    r"^\W{0,4}(?:more|fewer|less)\s+(?:[\w'-]+\s+){0,3}?(?:rejected|returned|wasted|lost|broken|damaged"
    r"|spoil(?:ed|t)|thrown (?:away|out)|cancelled|missed|delayed|dropped|binned|complained about"
    r"|going (?:soft|off|bad|wrong|missing|unsold|to waste|mouldy)|reaching|arriving|left (?:unsold|over"
    r"|behind|uncollected))\b"
)
# Another party doing more or less of something, as the whole row: "Buyer accepting more crates", "the council
# paying sooner". Our own people doing it ("staff starting earlier") may be a rota we set, and is left alone.
_THEY_DO_MORE = re.compile(
    r"^\W{0,4}(?:the\s+|our\s+)?(?P<doer>[a-z'-]{3,})\s+[a-z]{3,}ing\s+(?:[a-z'-]+\s+)?"
    r"(?:more|fewer|less|earlier|later|sooner|faster|quicker|longer|higher|lower)\b"
)


def _one_of_ours(doer: str) -> bool:
    """Whether the doer is our own staff or kit, in the singular or the plural ("crews", "van")."""
    return doer in OUR_AGENTS or doer.removesuffix("s") in OUR_AGENTS


def _they_do_more(lever: str) -> bool:
    found = _THEY_DO_MORE.match(lever.lower())
    return found is not None and not _one_of_ours(found.group("doer"))


def _compares(word: str) -> bool:
    return word in _MORE_OR_LESS or word in _HOW_IT_IS or word in _CROWDED


# A row's number in a numbered list: "4.1 ", "3) ", "(ii) ".
_ROW_NUMBER = re.compile(r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2}){0,2}|[ivx]{1,4}|[a-h])[.):]?\s{1,3}")
# What the objective asks more or fewer of: the first word after the comparative ("More families collecting").
_WISHED = re.compile(r"\b(?:more|fewer)\s{1,3}(?:(?:of|the|our)\s{1,3}){0,2}([a-z][a-z'-]{0,40})")


def _restates_the_wish(lever: str, objective: str) -> bool:
    """Whether the row opens with what the objective asks more of and every word of it is the objective's."""
    row_words = words(lever)
    stems = content_stems(lever)
    if not row_words or len(stems) < 2:
        return False
    wished = {stem(match.group(1)) for match in _WISHED.finditer(objective.lower())}
    return stem(row_words[0]) in wished and stems <= content_stems(objective)


# People doing something, as the row's whole clause: "apprentices qualifying on time", "regulars coming back".
_PEOPLE_DOING = re.compile(r"\W{0,4}(?:the\s+)?[a-z'-]{3,}s\s+[a-z]{3,}ing\b")


def _objective_as_a_clause(lever: str, objective: str) -> bool:
    """Whether the row is people doing something, said wholly in the objective's words: "apprentices
    qualifying on time" beside "apprentices get enough real cuts to qualify in time" is the goal again."""
    found = _PEOPLE_DOING.match(lever.lower())
    stems = content_stems(lever)
    return found is not None and len(stems) >= 2 and stems <= content_stems(objective)


def _crowd_doing(lever: str) -> bool:
    """Whether the row asks more or fewer of people doing something, who are not our own staff: "more people
    choosing the apprentice chair" counts a crowd's act; "more staff covering Saturdays" sets a rota."""
    found = _MORE_PEOPLE_DOING.match(lever.lower())
    if found is None:
        return False
    return not _one_of_ours(found.group("doers"))


def names_a_result(lever: str, metric: str = "", objective: str = "") -> bool:
    """Whether the row opens with a comparative and asks more or less of a result: a result word, people
    doing something, or the head of what it compares is a thing the metric counts; or it is the objective's
    wish less its "more", or the objective said again as people doing something."""
    lever = _ROW_NUMBER.sub("", lever, count=1)
    if objective and (_restates_the_wish(lever, objective) or _objective_as_a_clause(lever, objective)):
        return True
    if _crowd_doing(lever):
        return True
    if _RESULT_MOVES.match(lever) or _HAPPENS_TO_THEM.match(lever.lower()) or _they_do_more(lever):
        return True
    if _STATE_COME_TO.match(lever.lower()):
        return True
    opening = _OPENING.match(lever.lower())
    if opening is None or not _compares(opening.group(1)):
        return False
    if opening.group(1) in _CROWDED or _RESULTS.search(lever):
        return True
    head = content_stems(opening.group(2))
    if head and head <= content_stems(metric):
        return True
    # the noun the comparative moves, up to a preposition: "fewer salt-rust repairs" beside "corrosion
    # repairs per year" asks fewer of what the metric counts
    phrase = re.split(
        r"\b(?:of|on|in|at|for|from|to|with|by|per|each|every)\b", lever.lower()[opening.end(1) :]
    )[0]
    noun = content_stems(" ".join(phrase.split()[-1:]))
    return bool(noun) and noun <= content_stems(metric)


# A state a thing comes to: using less or more of something ("the wash bay using less water", "the vans
# burning less fuel"), how it should be ("the buyer happier") or what it becomes ("the yard getting tidier").
# What it comes to, not a setting.
_STATE_COME_TO = re.compile(
    r"^\W*(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?(?:using|needing|taking|costing|burning|wasting|producing"
    r"|giving off)\s+(?:less|fewer|more|lower|higher)\b"
    # a state hoped for, a thing and how it should be, no verb: "the buyer happier", "the yard tidier"
    r"|^\W*(?:the\s+|our\s+)?(?:[\w'-]+\s+){1,3}(?:happier|tidier|busier|healthier|safer|cleaner|quieter|calmer"
    r"|fitter|better|fuller|cheaper|faster|quicker)\W*$"
    # or a state it comes to: "the yard getting tidier", "the queue becoming shorter"
    r"|^\W*(?:the\s+|our\s+)?(?:[\w'-]+\s+){0,3}?(?:getting|becoming|growing|staying)\s+(?:[a-z]{3,}er|more"
    r"|less|better|worse)\b"
)


# More or fewer of people doing something: "More schools booking sessions", "fewer parents dropping out". The
# lever reader takes "sessions" for a thing we run, but the row's subject is who books: a crowd's own act,
# counted. A setting has no one acting right after its comparative ("a lower rate for members who ...").
_MORE_PEOPLE_DOING = re.compile(
    r"\W{0,4}(?:more|fewer|less)\s+(?:[a-z'-]+\s+)?(?P<doers>[a-z'-]{2,}s|people|folk)\s+[a-z]{3,}ing\b"
)


def a_result_wanted(lever: str, metric: str, objective: str, reads_as_ours: bool) -> bool:
    """Whether the row names a result wanted (``names_a_result``) and is no setting of ours: the lever reader
    does not read it as ours (``reads_as_ours``), or it counts people doing something."""
    row = _ROW_NUMBER.sub("", lever, count=1)
    doing = (
        _MORE_PEOPLE_DOING.match(row.lower()) is not None
        or _STATE_COME_TO.match(row.lower())
        is not None  # "the cold store becoming cheaper": ours, but a result
        or _objective_as_a_clause(row, objective)
        or _they_do_more(row)
    )
    return names_a_result(lever, metric, objective) and (not reads_as_ours or doing)


__all__ = ["a_result_wanted", "names_a_result"]
