"""Loops stated by what our own omissions or choices leave in the record, in words the loop lists lack. Pure:
no Django, no torch.

Four shapes, each a consequence of our own doing on what we later observe, whatever the trade's nouns:

- an omission that starves the record: the things we stop serving (or never offer) then show nothing more
  ("the rounds I stop driving never show takings again", "dishes never offered stop being ordered");
- what we observe mirroring our own past acts ("slow days reflect our past stock-outs", "footfall patterns
  follow our own timetable");
- people our refusal reaches changing what they do ("people we refuse tend to stop asking");
- a decision that makes itself look right ("those held back do worse because of it, which looks as if the
  forecast was right"), or losing sight of what we no longer reach ("members leaving mean we lose sight of
  what they would pay").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import _p, mentions_lever_words
from .text import find_any, has_any

# "<things> (we|I) stop/never <act> ... never/stop <show, sell, come>": the thing we leave alone goes silent.
# A plural without an -s ("children we never choose never show ...") is as plural as "jobs".
_IRREGULAR_PLURAL = r"(children|people|folk|men|women|staff|sheep|fish|cattle|deer|geese|mice|teeth|feet)"
_LEFT_ALONE = _p(
    r"(\w+s|"
    + _IRREGULAR_PLURAL
    + r") (that |which |whom |who )?((we|i) )?(never|stop|no longer|don'?t|do not) "
    r"(being )?\w+( [\w']+){0,4} "
    r"(never|stop|stops|no longer|won'?t|will not|don'?t|do not)\b",
)
# "<people> we refuse ... stop asking": those our own refusal reaches change what they do, so the requests we
# later see are fewer than the need.
_TURNED_AWAY = _p(
    r"\w+s? (that |who |whom )?(we|i) (\w+ )?(refuse|reject|turn (away|down)|decline|say no to|disappoint|"
    r"exclude|pass over|put off)\w*( [\w']+){0,4} "
    r"(stop|stops|stopped|give up|gives up|no longer|never|don'?t come back|do not come back|go elsewhere|"
    r"ask less|apply less|book less)\b",
)
# What we observe mirroring our own past acts.
_MIRRORS_US = _p(
    r"(reflect|mirror|echo)\w* (our|my) (own |past |earlier |previous |old )",
    r"(patterns?|figures|numbers|counts?|data|records|totals) (\w+ ){0,3}(follow|track|trace)s? "
    r"(our|my|what we|when we|where we|how we)\b",
)
# A decision said to make itself look right, and what we stop seeing once people leave us.
_SELF_CONFIRMING = _p(
    r"(look|looks|seem|seems|appear|appears) (like|as if|as though) (the |our )?(model|system|algorithm|"
    r"forecast|prediction|score)s? (was|were|is|are|had been) (right|correct|accurate)",
    r"(lose|loses|lost|losing) sight of",
)

# A decision that changes who turns up in the record: "our quotes shape which clients stay", "the offers
# change who books early". The subject must be ours (a lever's words, we, our): "a new gym opening changes
# who comes" is the world.
_SELECTS_WHO = _p(
    r"(affect|shape|change|decide|determine|steer|sway|skew|tilt|alter|influence)[sd]? "
    r"(which|who|whom|the mix of|what kind of|what sort of)\b",
)


def selects_who(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence says a decision of ours changes which people (or things) show up later."""
    found = find_any(sentence, _SELECTS_WHO)
    if found is None:
        return False
    subject = sentence.lower()[: found.start()]
    if has_any(subject, _p(r"new\b | opening | clos(es|ing)\b | heatwave | weather")):  # the world's event
        return False
    return has_any(subject, _p(r"(we|our|my|i)\b")) or mentions_lever_words(subject, levers)


# Success pushing other people away, said with its premise: "If more entrants stay on, the classes will fill
# with graduates, and our amateur boxers may feel crowded out, so the gym's own fighters could drift away".
# Who comes later is then our success's doing, not the world's.
_DISPLACED = _p(
    r"(crowded|squeezed|pushed|priced|edged|frozen|forced) out | drift(s|ed|ing)? (away|off)",
    r"(stop|stops|stopped) (coming|booking|joining|turning up) | (go|goes|going|went) elsewhere",
)
_SUCCESS_PREMISE = _p(r"^\W*(if|once|as|when)\b")


def _success_displaces(sentence: str) -> bool:
    return has_any(sentence, _DISPLACED) and has_any(sentence.strip(), _SUCCESS_PREMISE)


def loop_in_other_words(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence states a loop by one of the shapes above. An omission counts only when it is
    ours: said with "we"/"I" or with a lever's own words."""
    if has_any(sentence, (*_MIRRORS_US, *_SELF_CONFIRMING, *_TURNED_AWAY)) or selects_who(sentence, levers):
        return True
    if _success_displaces(sentence):
        return True
    if not has_any(sentence, _LEFT_ALONE):
        return False
    return has_any(sentence, _p(r"(we|i) (never|stop|no longer|don'?t|do not)")) or mentions_lever_words(
        sentence, levers
    )


# "Feedback" in a monitoring box is nearly always what people tell us ("parent feedback", "feedback cards",
# "uptake by funding status, income, feedback"): comments watched, not a loop named. Only "feedback loop"
# (or effect, cycle, spiral) there is the loop's name.
_COMMENTS_CALLED_FEEDBACK = re.compile(
    r"\bfeedback\b(?!\s*(?:loops?|effects?|cycles?|spirals?)\b)", re.IGNORECASE
)


def comments_not_loops(monitoring: str) -> str:
    """The monitoring box with "feedback" meaning comments said as comments (see above)."""
    return _COMMENTS_CALLED_FEEDBACK.sub("comments", monitoring or "")
