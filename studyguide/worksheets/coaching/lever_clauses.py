"""Whose act a wh-clause names ("which customers get an offer", "which team wins", "when the reminder goes
out"): read by its subject, split from ``levers`` where the rest of a lever phrase is read. Pure: no Django,
no torch.
"""

from __future__ import annotations

import re

from .lever_words import (
    BE_FORMS,
    DETERMINERS,
    FAILURE_VERBS,
    FIRST_PERSON,
    GIVEN_NOUNS,
    HOW_SETTINGS,
    OURS,
    PLACED,
    PLACES,
    PREPOSITIONS,
    QUANTIFIERS,
    RECEIVE_FORMS,
    STATE_ADJECTIVES,
    WEATHER_VERBS,
    WH,
    WORLD_FIRM,
    WORLD_VERBS,
)
from .levers import (
    CONTROL,
    PRONOUNS,
    WORLD,
    _head,
    _is_verb,
    _modifies_noun,
    _plain,
    _singular_person,
    is_action_verb,
    side_of,
)
from .time_clauses import TAKES, TIME_CLAUSE_OPENERS

_ATTENDING = frozenset(("come", "comes", "arrive", "arrives", "attend", "attends", "cancel", "cancels"))
_SHOWING = frozenset(("turn", "turns", "show", "shows"))


def _comes(verb: list[str]) -> bool:
    """Whether the clause's verb is a coming or not coming: "turn up", "show up", "come", "attend"."""
    if not verb:
        return False
    return verb[0] in _ATTENDING or (verb[0] in _SHOWING and verb[1:2] == ["up"])


_OFFERS = re.compile(
    r"\b(?:sign(?:s|ed)? up|put(?:s)? (?:their|his|her|a) names? down|volunteers? (?:for|to)|offers? to"
    r"|come forward|step forward|opt(?:s)? in|enrol(?:s|l|ls)?|register(?:s)?|agree(?:s)? to)\b"
)
# Saying yes or no to what we offer: "how many of the invited traders accept". Only when no pronoun stands as
# another subject: in "how many spots he accepts" our own agent takes the bookings, and that is our choice.
_SAYS_YES = re.compile(
    r"\b(?:accept(?:s)?|take(?:s)? (?:it |them )?up|say(?:s)? yes|decline(?:s)?"
    r"|turn(?:s)? (?:it |us |them )?down)\b"
)
# A pronoun contracted with its verb is still the subject: "how many days ahead we'll accept a booking".
_SUBJECT_PRONOUNS = frozenset(
    f"{pronoun}{verb}"
    for pronoun in ("he", "she", "they", "we", "i", "you")
    for verb in ("", "'ll", "'d", "'ve", "'re", "'m")
)


def _offers_themselves(rest: list[str]) -> bool:
    """Whether the clause says that people offer themselves or say yes to us, with no other subject."""
    joined = " ".join(rest)
    return bool(_OFFERS.search(joined)) or (
        bool(_SAYS_YES.search(joined)) and not _SUBJECT_PRONOUNS & set(rest)
    )


_LEAVE = frozenset(("can", "may", "allowed", "permitted"))
_COUNT_NOUNS = frozenset(("number", "count", "share", "proportion", "percentage", "fraction", "numbers"))
_OTHER_PEOPLE = frozenset(("them", "him", "her"))


def wh_clause(tokens: list[str], wh: int) -> tuple[str | None, bool, str]:
    """Whose act a wh-clause names: its subject's side, unless the subject only receives our action."""
    rest = tokens[wh + 1 :]
    if tokens[wh] == "how" and rest and rest[0] in STATE_ADJECTIVES:
        # "how full each machine is loaded": a passive participle, something done to the thing, by us as
        # no one else is named; "how full the centre is" (or "gets") is a state.
        be = next((k for k, t in enumerate(rest) if k > 1 and t in ("is", "are")), None)
        done = (
            be is not None
            and be + 1 < len(rest)
            and rest[be + 1].endswith("ed")
            and rest[be + 1] not in STATE_ADJECTIVES
            and "to" not in rest[be + 1 :]  # "how busy the hall is expected to be" is a forecast
        )
        if done:
            return CONTROL, True, "decision"
        # "how fast the apprentice draws the yarn": no verb of being, and one of our people acts; the
        # adjective says how they do it, not a state of anything.
        if not any(t in BE_FORMS for t in rest[1:]) and any(side_of(t) == "ours" for t in rest[1:4]):
            return CONTROL, True, "decision"
        return WORLD, True, "state"
    be = next((k for k, t in enumerate(rest) if k > 1 and t in BE_FORMS), None)
    if tokens[wh] == "how" and be and rest[0] not in HOW_SETTINGS and rest[1] in DETERMINERS:
        # "how calm the horses are": a state, whatever the adjective, unless the thing is ours ("how big the
        # portions are" is a setting).
        ours = any(side_of(t) == "ours" for t in rest[1:be])
        return (CONTROL, True, "decision") if ours else (WORLD, True, "state")
    took = next((k for k, t in enumerate(rest) if t in TAKES), None)
    if tokens[wh] == "how" and rest[:1] == ["long"] and took and 1 < took:
        # "how long the merchant takes to deliver": a time something takes is measured, not set; only "we" or
        # one of ours taking it ("how long our crew takes to load") is about our own work.
        if not any(t in FIRST_PERSON or side_of(t) == "ours" for t in rest[1:took]):
            return WORLD, True, "time_taken"
    if tokens[wh] == "how" and rest and rest[0] in ("much", "many", "long", "often", "far", "early", "late"):
        if rest[0] == "many" and len(rest) > 2 and _singular_person(rest[1]) and rest[2].endswith("s"):
            # "how many family walks": what is counted follows, plural; a person in the singular before it
            # only says what kind ("family walks", "member evenings"), not who acts. No lean either way.
            return None, False, ""
        rest = rest[1:]
    # "whether owners can collect from us", "whether parents can do half a role": a modal of leave after the
    # subject makes it what we allow, not their act
    if tokens[wh] == "whether" and any(t in _LEAVE for t in rest[1:4]):
        return CONTROL, True, "decision"
    # Someone else acting on us: "how much the chains decide to order from us", "what the bank lends us". (A
    # receiving verb is ours again: "how often customers hear from us" is how often we write.)
    # ("who does it: us, or a guided self-move" names us as one of the doers we choose between: "us" after an
    # object already said is an answer, not the object of their act)
    u = rest.index("us") if "us" in rest[1:] else 0
    chosen_doer = tokens[wh] == "who" and u > 1 and rest[u - 1] in ("it", "this", "that", "them")
    if "us" in rest[1:] and not any(t in RECEIVE_FORMS for t in rest) and side_of(rest[0]) != "ours":
        return (CONTROL, True, "decision") if chosen_doer else (WORLD, True, "acts_on_us")
    # An infinitive choice: "whether to open", "which days to open", "how much water to give".
    if "to" in rest:
        k = rest.index("to")
        before = rest[:k]
        # "how long the merchant takes to deliver": the infinitive hangs on another's verb, not on the wh-word
        governed = (
            k >= 2
            and any(t in DETERMINERS for t in before[:-2])
            and _is_verb(before[-1], before[-2])
            and not any(t in FIRST_PERSON or side_of(t) == "ours" for t in before)
        )
        if (
            not governed
            and k + 1 < len(rest)
            and rest[k + 1] not in DETERMINERS
            and not any(
                t in WORLD_VERBS or t in RECEIVE_FORMS or t in ("are", "is", "was", "were") for t in before
            )
        ):
            return CONTROL, True, "decision"
    # Where we put things: "which flowers go in the window", "which logs go to which saw line". Things do not
    # choose where they go; people might ("which patients go to which ward"), so for them it is only a lean.
    for k, t in enumerate(rest[:-1]):
        if t in PLACED and rest[k + 1] in PREPOSITIONS:
            placed = {side_of(a) for a in rest[:k]} - {None}
            if any(side_of(a) == "ours" or a in PLACES for a in rest[k + 1 :]) or not placed:
                return CONTROL, True, "decision"
            if placed == {"clients"}:
                return CONTROL, False, "allocation"
    # Our action given to someone: "which patients are called", "which customers get a retention offer".
    for k, t in enumerate(rest):
        if t in RECEIVE_FORMS and k + 1 < len(rest):
            after = rest[k + 1 :]
            nxt = after[0]
            if nxt.endswith("ed") and is_action_verb(nxt) or nxt in ("sent", "shown", "given", "chosen"):
                return CONTROL, True, "allocation"
            if t not in ("is", "are", "be", "being"):
                # What they get decides: "a peak warning" is ours, "the most snow" is the world's.
                got = _head(after[:5]) or next((a for a in after[:5] if side_of(a)), None)
                if got and (side_of(got) == "ours" or _plain(got) in GIVEN_NOUNS):
                    return CONTROL, True, "allocation"
                # ... but a world word that only qualifies the head ("a health check") is not what they get
                last = next((a for a in after[:5] if a in PREPOSITIONS or a in WH), None)
                qualifier = last is not None and after.index(last) > 0 and after[after.index(last) - 1] != got
                # ... nor one that a noun follows ("the heat lamp": a lamp, which we give)
                qualifier = qualifier or bool(got and _modifies_noun(after, after.index(got)))
                if got and side_of(got) == "world" and not qualifier:
                    return WORLD, True, "other_party"
                if (
                    nxt in DETERMINERS
                    or nxt in QUANTIFIERS
                    or nxt in ("free", "extra", "priority")
                    or (nxt.endswith("s") and not side_of(nxt) and len(after) == 1)
                ):
                    return CONTROL, False, "allocation"  # "which trains get an extra carriage"
    # The subject is the noun phrase before the clause's verb; its last classified noun heads it ("the news
    # bulletin is": a bulletin, ours).
    verb = next((k for k, t in enumerate(rest) if k and _is_verb(t, rest[k - 1])), len(rest))
    if rest[:1] and rest[0] in PRONOUNS and 1 < verb < len(rest) and side_of(rest[1]) == "ours":
        # Right after "she" comes her verb, even a word that is also a noun ("whether she offers a rate for
        # owners who come midweek"): the people's verb further on is in a clause about whom it is for.
        verb = 1
    # "which families a volunteer visits": a second noun phrase after the asked-for noun is the subject, and
    # the asked-for noun its object. Only that phrase says who acts (a noun it does not know says nothing).
    second = next((k for k, t in enumerate(rest[:verb]) if k and t in DETERMINERS), None)
    if second is not None and verb == len(rest) and second + 2 < len(rest):
        verb = second + 2  # "which clients a nurse calls": after "a nurse" comes its verb, noun-like or not
    if tokens[wh] in ("which", "what") and second is not None and verb < len(rest):
        rest_heads = rest[second + 1 : verb]
    else:
        rest_heads = rest[:verb]
    heads = [side_of(t) for t in rest_heads if side_of(t)]
    # "whether the health visitor or the family collects": a choice between two named parties for one task
    # is who we assign it to, an arrangement of ours, whoever then does it. A lean only: the model decides.
    if tokens[wh] in ("whether", "who") and "or" in rest[1:] and "not" not in rest:
        split = rest.index("or", 1)
        after = rest[split + 1 : split + 4]
        parties = ("ours", "clients", "theirs")
        named = after[:1] and (after[0] in DETERMINERS or side_of(after[0]) in parties)
        if named and side_of(rest[split - 1]) in parties and any(side_of(t) in parties for t in after):
            return CONTROL, False, "allocation"
    # Without a verb the subject may be anywhere; with one it comes before it ("which frames the tablet
    # suggests to each customer": the customer is no subject).
    if heads and verb < len(rest):
        subject = heads[-1]
    elif tokens[wh] in ("who", "which") and wh and side_of(tokens[wh - 1]):
        subject = side_of(tokens[wh - 1])  # "the donors who turn up": the clause's subject comes before it
    elif verb < len(rest):
        subject = None
    else:
        # No verb found: the subject opens the clause ("whether pupils pre-order"); a noun further on is an
        # object ("which salesperson greets each visitor").
        subject = next((side_of(t) for t in rest[:3] if side_of(t)), None)
    receives = verb < len(rest) and rest[verb] in RECEIVE_FORMS
    if (
        subject in ("clients", "theirs")
        and receives
        and tokens[wh] in ("which", "what")
        and side_of(rest[0]) in (None, "ours")
    ):
        return CONTROL, False, "allocation"  # "which instructor each pupil gets": what we give them
    # "how many of our coaches put their names down": who offers themselves is their choice, ours or not
    if tokens[wh] == "how" and tokens[wh + 1 : wh + 2] == ["many"] and _offers_themselves(rest):
        if not any(t in FIRST_PERSON for t in rest):
            return WORLD, True, "turnout"
    # "the number of first-years who turn up for the slot they signed up to": a count of the people who
    # come (a "who" clause names people, whatever the noun) is their choice, as "how many ... turn up" is.
    counted = any(t in _COUNT_NOUNS and tokens[k + 1 : k + 2] == ["of"] for k, t in enumerate(tokens[:wh]))
    if counted and tokens[wh] in ("who", "that") and not any(t in FIRST_PERSON for t in rest):
        if _comes(rest[verb : verb + 2]) or _comes(rest[:2]) or _offers_themselves(rest):
            return WORLD, True, "turnout"
    if subject == "ours" and verb < len(rest) and rest[verb] in FAILURE_VERBS:
        return WORLD, False, "state"
    if subject == "ours" or any(
        t in OURS and i + 1 < len(rest) and side_of(rest[i + 1]) != "clients" for i, t in enumerate(rest)
    ):
        return CONTROL, True, "decision"
    # Only the clause's own verbs say whether its subject acts on its own: a time clause after it ("whether a
    # member rings them before their first visit") is about when, and its verb ("visit") is someone else's.
    main = rest
    if verb < len(rest):
        end = next((k for k in range(verb + 1, len(rest)) if rest[k] in TIME_CLAUSE_OPENERS), len(rest))
        main = rest[:end]
    acts = any(t in WORLD_VERBS for t in main)
    if subject in ("theirs", "clients", "world"):
        if subject == "clients" and not acts and verb + 1 < len(rest) and rest[verb + 1] in _OTHER_PEOPLE:
            # "whether a longtime member rings them": one of the people we serve acting on other people is
            # no conduct of their own life but a part they may play for us (a member welcoming newcomers):
            # no lean, the model decides.
            return None, False, ""
        if subject == "clients" and not acts:
            # "whether pupils pre-order": maybe ours or theirs; "which pharmacy the patient nominates": theirs
            return WORLD, tokens[wh] in ("which", "what") and second is not None, "their_act"
        if subject == "world" and not any(_plain(t) in WORLD_FIRM for t in rest[:verb]):
            return WORLD, False, "state"  # "when early-bird sales end": maybe our sales, maybe the market's
        return WORLD, True, "other_party"
    if any(t in WEATHER_VERBS for t in rest):
        return WORLD, True, "state"  # "whether it snows on the weekend"
    # "how many of the bridal party turn up": a head count of who comes is the count of others' choices,
    # whoever they are (a crew of ours would be named as ours above).
    if tokens[wh] == "how" and tokens[wh + 1 : wh + 2] == ["many"] and _comes(rest[verb : verb + 2]):
        return WORLD, True, "turnout"
    # A subject the word lists do not know ("which lifts the technicians visit", "whether the hall light
    # stays dimmed") may be ours or the world's: no lean, the embedding model decides on its own.
    return None, False, ""
