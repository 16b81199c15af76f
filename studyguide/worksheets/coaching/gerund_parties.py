"""Whether a lever row is another party doing something, said as a clause with an "-ing" verb: "the
festival moving the headliner's finish to 22:30", "the timber merchant keeping a stock on hold for us", "the
tip taking our loads as inert". A student lists his own settings without a subject ("departures per hour") or
with "we"; a row that names someone else as the subject of an act on an object names that party's decision,
which the plan can only ask for. Read only when the row opens with that clause ("the X <verb>ing <object>"):
"the thermostat setting our hand chooses" or "the price of upgrading" name a thing, not an act, and a subject
the plan knows as its own (staff, its vans and shops, its own body named in the third person, which the
caller asks) is ours. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .counted_outcome import counts_the_outcome
from .lever_words import (
    CLIENTS,
    DETERMINERS,
    FIRST_PERSON,
    OTHER,
    OUR_AGENTS,
    OURS,
    PREPOSITIONS,
    STAFF_ROLES,
    WORLD_AGENTS,
)
from .others_counted import counts_others_doing
from .ownership import tokens_of
from .world_outright import names_world_outright

# "-ing" words that are names of things or settings, not acts ("the heating setting", "the opening hours").
_EVENTS = frozenset(
    "evening evenings session sessions day days night nights morning mornings event events class classes "
    "course courses meeting meetings pack packs sheet sheets".split()
)
_THINGS_IN_ING = frozenset(
    "setting settings heating lighting opening booking washing planning marketing firing training parking "
    "housing cooling seating timing pricing staffing spending funding building meeting cleaning filling "
    "loading landing closing starting finishing ending warning wording ranking rating matching charging "
    "grading feeding watering spacing shaking sending upgrading confirming joining morning evening "
    # nouns that only end like a verb
    "spring springs string strings ceiling during thing things nothing something anything everything "
    "ring king wing pudding icing clothing bedding fencing flooring roofing paving wiring railing lining "
    "coating dressing topping seasoning".split()
)
# What opens the object of the act: "moving the ...", "keeping a ...", "taking our ...", "taking more of";
# not "every" or "each", which open a time ("the shuttle running every 10 minutes").
_OBJECT_OPENS = frozenset("the a an its their his her this these those our my more fewer less".split())
_MORE = frozenset(("more", "fewer", "less"))
_PARTICLES = frozenset("off on up down out back in over".split())
_OWN_PEOPLE = STAFF_ROLES | frozenset("staff crew crews team volunteers volunteer".split())
_TIME_UNITS = frozenset("minute hour day night week fortnight month term season year".split())


def _called_ours(subject: list[str], plan_texts: Sequence[str]) -> bool:
    """Whether the plan calls the subject its own somewhere ("our drivers", "our shuttle")."""
    head = subject[-1].rstrip("s")
    return any(
        f"{mine} {head}" in text.lower() or f"{mine} {head}s" in text.lower()
        for text in plan_texts
        for mine in ("our", "my")
    )


# Consent is the party's own act whatever follows it: "the county's highways team agreeing, on the day, to
# shut Mill Road".
_CONSENTING = frozenset(
    "agreeing allowing letting accepting choosing deciding opting approving granting".split()
)
# Words after the verb that open no object: a time, a manner or a place ("the shuttle running every 10
# minutes", "buses running late").
_NO_OBJECT = frozenset(
    "every each late early later earlier again once twice daily weekly monthly yearly out up down off on in "
    "at to from with by for as than".split()
)


_PEOPLES_ACTS = frozenset(
    "arriving coming turning leaving queuing queueing choosing paying buying booking eating drinking "
    "walking driving staying returning signing joining".split()
)
# Who a bare subject must be to act: a party the word lists know, or a trade or body by its noun.
_PARTY_WORDS = CLIENTS | WORLD_AGENTS | OTHER
_TRADE = re.compile(
    r"(?:merchant|supplier|retailer|wholesaler|stockist|boutique|dealer|vendor|contractor|landlord|tenant"
    r"|agent|broker|distributor|importer|exporter|haulier|carrier|builder|developer|insurer|lender|bank"
    r"|council|authority|agency|regulator|inspector|promoter|organiser|sponsor|funder|buyer|seller)s?"
)
_TIME_OPENERS = frozenset(("when", "whenever", "if", "once", "before", "after", "as", "while"))
_GROUP_SIZES = frozenset("two three four five six seven eight nine ten twelve pairs pair couples".split())
# A row that opens with these asks which, whether or when, or gives an order: no party is its subject.
_OPENERS = frozenset("which what whether when where who how set choose pick decide max min".split())


# Terms we give for the act, said in the row: "the farm digging its own trench in kind, for a lower fee". The
# row is an offer of ours (its price or discount is what we set), whoever then does the act.
_OUR_TERMS = re.compile(
    r"\b(?:for|at|with) (?:a |an )?(?:lower|reduced|cheaper|smaller|discounted)"
    r" (?:fee|price|charge|rate|cost)s?\b|\bin (?:return|exchange) for\b|\bfor (?:a |some )?discount\b",
    re.IGNORECASE,
)


# An alternative of our own beside the party's act: the row chooses between them, which is ours to do.
_OURS_AS_ALTERNATIVE = re.compile(
    r"\b(?:or|vs\.?|versus|instead of|rather than)\s+(?:our|my|we|us|me|i)\b", re.IGNORECASE
)


def offers_terms(lever: str) -> bool:
    """Whether the row states what we give for the act ("for a lower fee", "in return for"): our offer."""
    return _OUR_TERMS.search(lever) is not None


def names_another_acting(lever: str, plan_texts: Sequence[str] = ()) -> bool:
    """Whether the row opens as a clause in which a party the plan does not call its own acts on an object;
    ``plan_texts`` are the plan's boxes, where "our X" makes X ours. The party may come with "the" ("the
    festival moving the headliner's finish"), bare ("boutiques placing autumn orders by end of Feb",
    "timber merchant holding kiln-dried boards for us") or with its owner ("the county's highways team
    agreeing ...")."""
    if _OURS_AS_ALTERNATIVE.search(lever):  # "parent leading or our groom leading": who does it is our choice
        return False
    tokens = tokens_of(lever)
    start = next((i for i, t in enumerate(tokens) if not t.isdigit()), len(tokens))
    # we may be who the act is for ("the tower giving us the circuit") or when it is wanted ("when we want
    # it"); anywhere else a first person makes the row ours
    clause = tokens[: next((i for i, t in enumerate(tokens) if t in _TIME_OPENERS), len(tokens))]
    if len(tokens) < start + 3 or any(t in FIRST_PERSON and t != "us" for t in clause):
        return False
    named = tokens[start] == "the"
    first = start + 1 if named else start
    if tokens[first] in _GROUP_SIZES:  # "two pupils sharing (one drives)": a group size we set, not their act
        return False
    if not named and (tokens[first] in DETERMINERS or tokens[first] in PREPOSITIONS or tokens[first] in OURS):
        return False
    for verb_at in (first + 1, first + 2, first + 3):  # "the festival moving", "the timber merchant keeping"
        if verb_at + 1 >= len(tokens):
            return False
        verb, after = tokens[verb_at], tokens[verb_at + 1]
        subject = tokens[first:verb_at]
        # "the county's highways team", "the paint brand's rep": the owner may take two words
        owned = next((k for k, w in enumerate(subject[:2]) if w.endswith("'s")), None)
        owner = owned is not None
        if owner and len(subject) == owned + 1:
            continue
        rest = subject[owned + 1 :] if owner else subject
        if any(w in PREPOSITIONS or w in DETERMINERS or w.endswith("'s") or w.endswith("'") for w in rest):
            return False
        # ("parent briefing evening": a gerund before an event's noun names the event, no one acting)
        # a noun in -ing is a verb when a party named with "the" acts on an object: "the council opening its
        # overflow car park" (a bare "patients sending a photo" may be a step we ask for, read as before)
        # ("the service opening an hour later": a time, no object)
        then = tokens[verb_at + 2] if verb_at + 2 < len(tokens) else ""  # the word after the verb's next
        timed = then.rstrip("s") in _TIME_UNITS
        acted = after in _OBJECT_OPENS - OURS - _MORE and not timed
        acting = verb not in _THINGS_IN_ING or (named or owner) and acted
        if verb.endswith("ing") and len(verb) > 5 and acting and after not in _EVENTS:
            if any(w.endswith("ing") for w in subject):  # "pricing and timing" or "opening hours": no party
                return False
            # a word that names both our kit and people we serve ("fans") is people when it does what only
            # people do ("fans arriving early")
            ours = any(
                (w in OUR_AGENTS or w in STAFF_ROLES) and not (w in CLIENTS and verb in _PEOPLES_ACTS)
                for w in subject
            )
            # our own kit or place named with another's name ("the farm shop") is that party's when it acts on
            # what is ours: "the farm shop putting our bunches by the till"
            ours = ours and not (
                len(subject) > 1 and not any(w in STAFF_ROLES for w in subject) and after in OURS
            )
            # consent given to us is another's, whoever we might call ours: "the rangers letting us park by
            # the lake" (not "staff letting us know", which tells, nor our own staff's)
            told = then in ("know", "see", "hear")
            if verb in _CONSENTING and after == "us" and not told and not _OWN_PEOPLE & set(subject):
                return True
            if ours or _called_ours(subject, plan_texts):
                return False
            if verb in _CONSENTING:
                return True
            head = subject[-1]
            single = head[:-1] if head.endswith("s") and not head.endswith("ss") else head
            party = any(w in _PARTY_WORDS for w in (head, single)) or bool(_TRADE.fullmatch(head))
            party = party and not any(w in ("or", "and", "vs", "plus", "nor") for w in subject)
            if named or owner:
                # a party's act needs no object: "the haulier turning up before noon", "the buyer paying
                # within 30 days", nor does that of someone another party owns ("the paint brand's rep
                # coming in"); anyone else's does ("the festival moving the headliner's finish")
                # ("the agents switching to chat": a call centre's agents may be our own, so not read)
                # (a verb with its particle first: "the farmer next door switching off his floodlights")
                particle = after in _PARTICLES and then in _OBJECT_OPENS
                acted_on = after in _OBJECT_OPENS or after == "us" or after.endswith("'s") or particle
                return acted_on or owner or (party and single != "agent")
            # A bare subject must name a party, one the word lists know or a trade ("boutiques placing autumn
            # orders", "timber merchant holding boards"), not a thing ("seed roasting minutes"), and a plain
            # object follows the verb; but the people we serve or face act with no object too ("fans
            # arriving early enough to eat"), while a trade's name may be our own staff's ("email agents
            # switching to chat") and needs its object.
            plain_object = after in _OBJECT_OPENS or (after[:1].isalpha() and after not in _NO_OBJECT)
            served = any(w in CLIENTS | WORLD_AGENTS for w in (head, single))
            acts = plain_object or (served and after in _NO_OBJECT)
            return party and acts and not any(w in _OPENERS for w in subject)
    return False


def said_by_a_surer_reading(lever: str, plan) -> bool:
    """Whether a surer reading names whose act the row is (a count of the metric's own people or of others'
    choices, the world outright): said there as a note, where this reading could only ask."""
    counted = counts_the_outcome(lever, plan.metric) or counts_others_doing(lever, plan)
    return bool(counted or names_world_outright(lever))


__all__ = ["names_another_acting", "said_by_a_surer_reading"]
