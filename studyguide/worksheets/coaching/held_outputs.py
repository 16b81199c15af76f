"""The system's outputs put beyond a person's reach for a stretch, however politely: kept even when they look
wrong ("to keep the test clean the model's sizes stand, even on a day when they look wrong"), or a stop that
waits days on someone else's queue ("pausing it goes through the vendor as a change request, which takes
about ten working days"), or the system left to itself until a date ("the pilot runs on its own until we
review in December"). Nobody can step in while it runs, as surely as "nobody can override it" says so;
read by ``rollout.automation_stated``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .text import sentences

# The outputs kept as they come: "the lists stand", "we follow them", "the prices are used as set".
_KEPT = re.compile(
    r"\b(?:stand|stands|stay|stays|remain|remains|kept|keep|keeps|follow|follows|followed|use|uses|used"
    r"|apply|applies|applied|run|runs|go ahead|goes ahead|stick|sticks|unchanged"
    r"|as (?:is|set|given|issued))\b"
)
# ... even when a person would see they are wrong: "even on a day when they look wrong", "even if it seems
# off", "even where they appear mistaken".
_EVEN_WHEN_WRONG = re.compile(
    r"\beven (?:if|when|where|though|on (?:a|any|the|those) (?:days?|weeks?|nights?|shifts?|occasions?)"
    r"(?: when| where| that)?) (?:[\w'-]+ ){0,4}?(?:look|looks|looked|seem|seems|seemed|appear|appears"
    r"|is|are|feel|feels) (?:to be )?(?:a bit |rather |clearly |obviously )?(?:wrong|odd|off|bad|strange"
    r"|silly|mistaken|unfair|daft|mad|crazy|unsafe)\b"
)
# A person's say that still comes first: "... unless Jo overrides them", "until the head says stop".
_PERSON_FIRST = re.compile(r"\b(?:unless|until|except|but (?:\w+ )?can)\b")

# An act of stopping the system or taking its output back.
_STOPPING = re.compile(
    r"\b(?:paus\w*|stop\w*|halt\w*|suspend\w*|overrid\w*|overrul\w*|switch\w* (?:it |them )?off"
    r"|turn\w* (?:it |them )?off|withdraw\w*|roll\w* (?:it |them )?back|revert\w*)"
)
# That act waiting days on a request: "takes about ten working days", "needs two weeks' notice", "with a
# lead time of three weeks".
_DAYS_AWAY = re.compile(
    r"\b(?:takes?|taking|took|needs?|needing|requires?|requiring|lead time of|turnaround of)"
    r" (?:about |around |roughly |some |at least |up to |over |more than |a minimum of )?"
    r"(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|a few|several)"
    r" (?:full |clear |working |business |calendar )?(?:days?|weeks?|months?)\b"
)


# The system left to itself for a stretch that ends on a date or a later review, not on a person's check of
# each output: "the pilot runs on its own until we review in December", "it is left to run unattended till
# the end of term", "the pilot is left to itself till the December review". ("No list goes out until the
# head approves it" waits for a person; it is no stretch.)
_LEFT_ALONE_UNTIL = re.compile(
    r"\b(?:runs?|running|ran|run|left|goes on|go on|carries on|carry on|continues?|operates?)"
    r"(?: (?:entirely|completely|fully|just|simply))?(?: to run)?"
    r" (?:on (?:its|their) own|by (?:itself|themselves)|(?:to )?(?:itself|themselves)|unattended|unsupervised"
    r"|unchecked|untouched|alone"
    r"|without (?:anyone|anybody|a person|staff|oversight|supervision))"
    r"(?: [\w'-]+){0,3}? (?:until|till|up to|through to) (?P<until>[^.;]{0,80})"
)
_A_TIME = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|spring|summer|autumn|winter|christmas|easter|end|next|week|weeks|month|months|term|season|year"
    r"|(?:the|our|its) (?:[\w-]+ )?(?:review|evaluation|debrief|meeting|audit))\b|\d"
)


def left_alone_until(sentence: str) -> bool:
    """Whether the sentence leaves the system to itself until a date or a later review."""
    found = _LEFT_ALONE_UNTIL.search(sentence.lower().replace("’", "'"))
    return found is not None and _A_TIME.search(found.group("until")) is not None


def kept_when_wrong(sentence: str) -> bool:
    """Whether the sentence keeps the outputs even when they look wrong, with no person's say before them."""
    low = sentence.lower().replace("’", "'")
    even = _EVEN_WHEN_WRONG.search(low)
    return (
        even is not None
        and _KEPT.search(low[: even.start()]) is not None
        and _PERSON_FIRST.search(low) is None
    )


def stop_days_away(sentence: str) -> bool:
    """Whether stopping the system, in this sentence, waits days or weeks on a request."""
    low = sentence.lower().replace("’", "'")
    stop = _STOPPING.search(low)
    return stop is not None and _DAYS_AWAY.search(low[stop.end() :]) is not None


def outputs_held(text: str) -> bool:
    """Whether the text puts the system's outputs beyond a person's reach while it runs."""
    return any(kept_when_wrong(s) or stop_days_away(s) or left_alone_until(s) for s in sentences(text))


def left_alone_for_a_while(text: str) -> bool:
    """Whether the text leaves the system to itself until a date: then a person named there (the one on
    leave, the review that ends the stretch) is in charge only if given the power to stop it meanwhile."""
    return any(left_alone_until(s) for s in sentences(text))
