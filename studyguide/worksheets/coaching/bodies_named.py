"""List rows that only name an organisation or the holders of an office: "The Friends of the Library", "The
County Music Service (our landlord)", "the Regional Arts Trust", "member clubs' secretaries". Such a row says
who the plan deals with, not what about them matters and is out of the plan's hands (their grant decisions,
their hire charges, when they reply): no input a model can read. Read from the row's structure: a name in
capitals whose head is a word organisations are called by, or a plural office-holder, or one person with
their job ("Ravi (cutter)") or a post of the planner's own ("the Saturday assistant"), and nothing after it
but an aside in brackets ("the council's grant decisions" names a factor and is left alone). A list of the
planner's own means reads the same way: a machine of ours ("the XRF tester (one machine)"), our own rota
("the counter rota"), when one of our posts works ("our valuer's day off on Mondays"). Those are what we run,
and their breakdowns or absences would be the factor, said so. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .constraints_listed import every_row
from .text import quote
from .tool_rows import names_a_tool

_LABEL = r"^\W{0,4}(?:\d{1,2}(?:\.\d{1,2}){0,2}\W{1,3})?"
# A proper name: capitalised words (with "of", "the", "for", "and" between), its head a word bodies are called
# by ("Trust", "Service", "Friends of ..."). Case-sensitive on purpose: "the trust we build" is no name.
_BODY_HEADS = (
    r"(?:Trust|Service|Council|Society|Association|Committee|Board|Foundation|Authority|Agency|Friends"
    r"|Department|Ministry|Union|Federation|League|Network|Partnership|Commission|Institute|Fund|Office"
    r"|Group|Company|Charity|Forum|Panel|Guild|Club)s?"
)
# Each capitalised word needs its space, so a run of capitals splits one way only.
_CAPITALISED = r"[A-Z][\w'&-]{0,30}"
_NAME = (
    rf"(?:{_CAPITALISED} (?:(?:and|of|for|the|&) ){{0,2}}){{0,5}}{_BODY_HEADS}"
    rf"(?: (?:of|for)(?: the)? {_CAPITALISED}(?: {_CAPITALISED}){{0,4}})?"
)
# A name is short: a longer row says more than who.
_LONGEST_NAME = 160
_BODY_ROW = re.compile(_LABEL + r"(?:[Tt]he )?" + _NAME + r"\s{0,3}(?:\([^()]{0,80}\))?\W{0,2}$")
# Holders of an office, owned by whoever they serve: "member choirs' secretaries", "the schools' heads".
_OFFICE_ROW = re.compile(
    _LABEL + r"(?:the |our )?(?:[\w-]{1,30} ){0,2}[\w-]{1,30}(?:'s|s') ?"
    r"(?:secretar(?:y|ies)|treasurers?|chairs?|chairmen|trustees|governors|officers|clerks|wardens|councillors"
    r"|directors|heads)\s{0,3}(?:\([^()]{0,80}\))?\W{0,2}$",
    re.IGNORECASE,
)


# One person named with their job: "Ravi (cutter)", "Mrs Okafor, finisher", "Dr Hale (vet)". Case-sensitive: a
# name in capitals, a job in lower case ending as jobs do ("Easter (date varies)" names no one).
_JOB = (
    r"(?:[a-z-]{1,20} ){0,2}[a-z-]{0,20}(?:er|or|ist|ant|ent|ian|man|woman|vet|chef|chair|head|lead|owner)s?"
)
_PERSON_ROW = re.compile(
    _LABEL + r"(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?[A-Z][a-z'-]{1,20}(?: [A-Z][a-z'-]{1,20}){0,2}"
    r"(?: ?\((?:the |our )?" + _JOB + r"\)|, (?:the |our )?" + _JOB + r")\W{0,2}$"
)
# A post or a team of the planner's own, with nothing after it: "the Saturday assistant", "our two drivers".
_STAFF_ROW = re.compile(
    _LABEL + r"(?:the |our |my )(?:[\w'-]{1,20} ){0,2}(?:assistants?|apprentices?|staff|crew|team|volunteers?"
    r"|technicians?|receptionists?|cutters?|finishers?|cleaners?|drivers?|managers?|supervisors?)"
    r"\s{0,3}(?:\([^()]{0,80}\))?\W{0,2}$",
    re.IGNORECASE,
)

# A machine or a rota of ours, or when one of our posts works, and nothing after it but an aside or a day.
_EQUIPMENT = (
    r"(?:machines?|testers?|printers?|scanners?|ovens?|kilns?|press(?:es)?|lathes?|vans?|fridges?|freezers?"
    r"|tills?|equipment|kit|rotas?|rosters?|timetables?|shift patterns?"
    # a yard's or a farm's own kit and buildings: "the drill (a 6 m tine drill, bought 2019)", "our two boats"
    r"|drills?|tractors?|trailers?|mowers?|sprayers?|harvesters?|forklifts?|lorr(?:y|ies)|trucks?|minibus(?:es)?"
    r"|boats?|boilers?|generators?|compressors?|mixers?|sheds?|barns?|warehouses?|workshops?|stores?)"
)
_OWN_MEANS_ROW = re.compile(
    _LABEL + r"(?:the |our |my )(?:[\w'-]{1,20} ){0,2}" + _EQUIPMENT + r"\s{0,3}(?:\([^()]{0,80}\))?\W{0,2}$",
    re.IGNORECASE,
)
_WORKING_TIME_ROW = re.compile(
    _LABEL + r"(?:the |our |my )(?:[\w-]{1,20} ){0,2}" + _JOB + r"'s (?:days? off|hours|shifts|rota)"
    r"(?: on (?:mon|tues|wednes|thurs|fri|satur|sun)days?)?\W{0,2}$",
    re.IGNORECASE,
)


# How much one of our own things holds, and nothing after it: "the seed store's capacity", "size of our yard".
_OWN_ROOM_ROW = re.compile(
    _LABEL + r"(?:(?:the |our |my )(?:[\w-]{1,20} ){0,2}[\w-]{1,20}(?:'s|s') (?:capacity|size|space)"
    r"|(?:the )?(?:capacity|size) of (?:the |our |my )(?:[\w-]{1,20} ){0,2}[\w-]{1,20})"
    r"\s{0,3}(?:\([^()]{0,80}\))?\W{0,2}$",
    re.IGNORECASE,
)


def names_own_means(row: str) -> bool:
    """Whether the row only names a machine or a rota of ours, when one of our posts works, or how much one
    of our things holds."""
    row = row.strip()
    return len(row) <= _LONGEST_NAME and any(
        pattern.match(row) is not None for pattern in (_OWN_MEANS_ROW, _WORKING_TIME_ROW, _OWN_ROOM_ROW)
    )


def names_someone(row: str) -> bool:
    """Whether the row only names a person with their job, or a post or team of the planner's own."""
    row = row.strip()
    return len(row) <= _LONGEST_NAME and (
        _PERSON_ROW.match(row) is not None or _STAFF_ROW.match(row) is not None
    )


def names_a_body(row: str) -> bool:
    """Whether the row only names an organisation or the holders of an office."""
    row = row.strip()
    if len(row) > _LONGEST_NAME:
        return False
    return _BODY_ROW.match(row) is not None or _OFFICE_ROW.match(row) is not None


def only_bodies(rows: list[str]) -> list[str]:
    """The rows, when there are at least two and every one only names an organisation, office-holders, a
    person, a team, or a machine or rota of ours; a tool among them ("our online booking page" beside "Ravi
    (cutter)") is one more thing the plan works with, not a factor, so it does not save the list."""
    who = [row for row in rows if names_a_body(row) or names_someone(row) or names_own_means(row)]
    return every_row(rows, lambda row: row in who or names_a_tool(row)) if who else []


def bodies_note(rows: list[str]) -> str:
    return (
        f"{quote(rows[0])} and the rest of that list name who you deal with or what you run, not what about "
        "them is out of your hands. List the factors themselves (their decisions, their charges, when they "
        "reply, a machine's breakdowns, the weather, demand): those are the inputs the models read."
    )


__all__ = ["bodies_note", "names_a_body", "names_own_means", "only_bodies"]
