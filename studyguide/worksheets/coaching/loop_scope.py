"""Whether a decision can feed back into what the model later learns, read from what the model learns
about. Pure: no Django, no torch.

A loop needs the system's decision to change what it will later observe. Three plans where it does not,
whatever the levers' words:

- a model that judges things from their pictures or readings (a crab's size from a photo, a leaf's disease
  from a phone picture) learns what a thing is, and sorting, binning or spraying that thing does not change
  what the next photo shows; only what people are shown can change how they behave in front of it;
- a model of things rather than people (head loss on a screen, a fleece's condition, a boiler's
  temperature): a person named there only as the owner of the place we work on ("which member's farm the
  gang goes to") is not reached by the decision, though one we advise or call is; a word for looking ("the
  screen", "an inspection") that names a thing, after an article, is not a choice of where we look;
- an aside in brackets says how the system works ("the camera suggests, the crew acts"), not whom the
  lever reaches.

And two ways a plan states a loop without the usual words: people of our own making ("the beginners we
attract become members who book differently") and people taught by our own choices ("cheap weeks fill with
people who then expect cheap weeks").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .lever_words import CLIENTS, DETERMINERS, RECEIVE_FORMS, SHOWN_TO_PEOPLE, STAFF_ROLES, WHERE_WE_LOOK
from .lexicon import POPULATION, _p, mentions_lever_words
from .text import content_stems, has_any

_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_ASIDE = re.compile(r"\([^)]*\)")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(_ASIDE.sub(" ", text.lower().replace("’", "'")))


def without_aside(lever: str) -> str:
    """The lever without what it says in brackets."""
    return " ".join(_ASIDE.sub(" ", lever).split())


def models_people(modeler: str) -> bool:
    """Whether the model's description names people (customers, members, visitors, buyers ...)."""
    words = set(_tokens(modeler))
    return bool(words & CLIENTS) or bool(content_stems(modeler) & POPULATION)


def shows_people(lever: str) -> bool:
    """Whether the lever is something people are shown or sent (an offer, a reminder, a ranking)."""
    return bool(set(_tokens(lever)) & SHOWN_TO_PEOPLE)


def chooses_where_we_look(lever: str) -> bool:
    """Whether the lever uses a word for looking as an act ("which parks we patrol", "whom we approve"),
    not as a thing named after an article ("clean the screen", "a second inspection")."""
    tokens = _tokens(lever)
    for k, token in enumerate(tokens):
        if token in WHERE_WE_LOOK:
            before = tokens[max(0, k - 2) : k]
            if not any(t in DETERMINERS for t in before):
                return True
    return False


def picks_people_by_role(lever: str) -> bool:
    """ "which apprentices get an extra visit", "which trainees receive a mentor": people a workplace names by
    their role (so read as its staff elsewhere), picked to receive something of ours. Whoever they are, those
    picked are the ones whose outcomes the records then show with it."""
    tokens = _tokens(lever)
    by_role = any(
        t in ("which", "whichever")
        and tokens[k + 1] in STAFF_ROLES
        and tokens[k + 1].endswith("s")
        and tokens[k + 2] in RECEIVE_FORMS
        for k, t in enumerate(tokens[:-2])
    )
    return by_role or bool(_CANDIDATES_PICKED.search(" ".join(tokens)))


# Candidates picked from a pool, whoever they are: "which eligible cadets are nominated", "which applicants
# are shortlisted". Only the picked go on to an outcome the records can show.
_CANDIDATES_PICKED = re.compile(
    r"\bwhich (?:[\w-]+ ){0,2}[\w-]+s (?:are|get|will be) (?:nominated|chosen|picked|selected|invited"
    r"|shortlisted|referred|accepted|admitted|put forward|offered a place|given a place|assigned|allocated"
    r"|matched)\b"
)


# Choosing some from many, whose outcomes alone are then seen: "which fencers we nominate", "who gets a
# 5-day lesson place". Only those picked compete or learn, so the records hold the picks' results only.
_PICKING_VERBS = frozenset(
    "nominate nominates select selects pick picks choose chooses enter enters shortlist shortlists accept "
    "accepts admit admits approve approves".split()
)
_GETTING = frozenset(("get", "gets", "receive", "receives", "is", "are"))


def picks_some(lever: str) -> bool:
    """Whether the lever picks some people or things from many ("who gets ...", "which ... we select")."""
    tokens = re.findall(r"[a-z]+", lever.lower())
    if tokens[:1] in (["who"], ["whom"]) and tokens[1:2] and tokens[1] in _GETTING:
        return True  # "who gets a lesson place": a person picked for something
    return tokens[:1] == ["which"] and any(
        t in ("we", "i") and tokens[k + 1 : k + 2] and tokens[k + 1] in _PICKING_VERBS
        for k, t in enumerate(tokens)
    )


def reaches_back(
    lever: str, loops_back: Callable[[str], bool], *, judges_pictures: bool, of_people: bool
) -> bool:
    """Whether the lever's decision can shape the data the model later learns from (``loops_back`` reads
    the lever's own words), given what the model learns about."""
    core = without_aside(lever)
    if not loops_back(core):
        return False
    if judges_pictures:
        return shows_people(core)
    if not of_people:
        looks = chooses_where_we_look(core) and not _AMOUNT_OF.match(core)
        return (
            shows_people(core)
            or looks
            or reaches_a_person(core)
            or picks_people_by_role(core)
            or picks_some(core)
        )
    return True


# A lever that names an amount of some material ("the depth of brine that the salt master admits to each
# pan", "the dose of coagulant the operator lets into each tank"): the verb after it says who applies the
# amount, not where anyone looks.
_AMOUNT_OF = re.compile(
    r"^\s*(?:the |how much |what )?(?:depth|amount|quantity|volume|dose|dosage|strength|concentration"
    r"|temperature|pressure|weight|thickness)s? of\b",
    re.IGNORECASE,
)


def reaches_a_person(lever: str) -> bool:
    """Whether the lever names one of the people we serve as its own, not only as the owner of the place or
    thing we work on: "whom I advise about the sheep" reaches the owner; "which member's farm the gang goes
    to" reaches the farm."""
    named = re.findall(r"[a-z]+(?:'s|s')?", _ASIDE.sub(" ", lever.lower().replace("’", "'")))
    # "our drivers", "my buyer", "our people": our own staff carry the decision out; the model of things
    # learns nothing from how they react. "Our customers" are still the people we serve.
    own = {b for a, b in zip(named, named[1:], strict=False) if a in ("our", "my") and b not in _SERVED}
    people = [w for w in named if "'" not in w and w not in own]
    return any(word in CLIENTS for word in people) or ("whom" in named or "who" in named)


# Person words that name those we serve even after "our"; the others ("drivers", "buyer", "people") can be
# our own staff.
_STAFF_TOO = frozenset("drivers riders buyer buyers people person owner owners hikers commuters".split())
_SERVED = CLIENTS - _STAFF_TOO


# People who are what they are because of our own act: "the beginners we attract", "customers we win".
_OF_OUR_MAKING = _p(
    r"\w+s (that |who |whom )?(we|our \w+) (attract|draw|bring in|pull in|win|recruit|lure|tempt|sign up)\w*",
)
# People who learn from our choices what to expect: "people who then expect cheap weeks".
_TAUGHT = _p(
    r"(who|that|they|people|customers|guests|members|clients) (then |soon |will |would |may |might |come to "
    r"|learn to |start to |begin to |get used to )*(expect|wait for|hold out for|hold off|hold back)\w*",
)


# What people come to expect of a seller's terms: "expect cheap weeks", "wait for the discount".
_TERMS = _p(r"cheap | discount | deal | offer | sale\b | reduced | price | free\b")


def loop_said_plainly(sentence: str, levers: Sequence[str]) -> bool:
    """Whether the sentence states a loop as people of our making or people taught by our choices (the
    latter only beside a lever's own words or our terms of sale)."""
    if has_any(sentence, _OF_OUR_MAKING):
        return True
    return has_any(sentence, _TAUGHT) and (
        mentions_lever_words(sentence, levers) or has_any(sentence, _TERMS)
    )


# A price named by its level ("cheap seniors", "dearer weekends") is our price when a lever sets one.
_PRICE_LEVER = _p(r"price | pric(ed|ing)\b | fees? | fares? | charges? | tariff | discount")
_PRICE_LEVEL = _p(r"cheap | dear(er)?\b | pricier | expensive | discounted | reduced-price | half-price")


def priced_by_us(condition: str, levers: Sequence[str]) -> bool:
    """Whether the condition names a price level ("if cheap seniors go to ...") while a lever of ours sets a
    price or a fee: the price is our doing."""
    return has_any(condition, _PRICE_LEVEL) and any(has_any(lever, _PRICE_LEVER) for lever in levers)
