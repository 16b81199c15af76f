"""A lever row that names someone's own consent or choice: "which adjustments the employer agrees to put in
place", "how many couples choose to come", "crew volunteering for an extra duty on their day off when we
call", an outside business's own work ("skip hire firms collecting full skips within 48 hours") or any
party's act on its own things or on us ("boutiques placing their orders early", "planners recommending us").
Whoever agrees, chooses, offers themselves or does the work decides; the plan can only ask. Read from the
verb and the word before it (its subject), so the party need not be one the word lists know. Read by
``levers.read_lever``. Pure: no Django, no torch.
"""

from __future__ import annotations

from collections.abc import Callable

from .lever_words import (
    ACTION_VERBS,
    DETERMINERS,
    FILLERS,
    FIRST_PERSON,
    OURS,
    PREPOSITIONS,
    QUANTIFIERS,
    STAFF_ROLES,
    WH,
)

# A choice made by its subject, followed by what is chosen: "agrees to", "decides to", "chooses to".
_CHOOSING = frozenset(
    "agree agrees agreed agreeing decide decides decided deciding choose chooses chose choosing want wants "
    "wanting prefer prefers preferring refuse refuses refusing".split()
)
# Offering oneself: a choice of one's own even for our own people ("how many of our coaches put their names
# down" is their choice, ours or not). Only the verb's forms that no noun shares: "volunteers to" may be
# people we send ("we send volunteers to clean the screen").
_OFFERING_ONESELF = frozenset(("volunteering", "volunteered"))
# A permission granted by its subject, ending a clause about the thing permitted: "the number of sessions the
# insurer authorises per claim", "the hours the landlord approves". Only the forms that follow a subject and
# no noun shares ("grants" and "permits" are nouns too); "allows" is said of things ("the space the layout
# allows").
_GRANTING = frozenset(
    "authorises authorizes authorised authorized approves approved sanctions sanctioned".split()
)
# Words that stand where a subject would and are none: "whether to", "how many", "the", "to choose".
_NO_SUBJECT = frozenset(("to", "and", "or", "not", "who", "that", "it", "t", "let", "lets", "letting"))


def _subject_before(tokens: list[str], k: int) -> str | None:
    """The word the verb at ``k`` hangs on, past auxiliaries and adverbs ("the employer usually agrees"); a
    negation split by the tokens ("don'", "t") leaves "t", which is no subject."""
    j = k - 1
    while j >= 0 and tokens[j] in FILLERS:
        j -= 1
    return tokens[j] if j >= 0 else None


def _ends_a_clause(tokens: list[str], k: int) -> bool:
    """Whether the verb at ``k`` closes a clause about a noun before it: an article or a possessive opens
    its subject at most four words back, with the thing permitted before that, and no object follows
    (only a preposition, or nothing)."""
    after = tokens[k + 1] if k + 1 < len(tokens) else ""
    if after and after not in PREPOSITIONS:
        return False
    opener = next((j for j in range(k - 1, max(k - 5, 0), -1) if tokens[j] in DETERMINERS), None)
    # "the discount our director approves", "the requests our volunteer on the desk approves": ours grant it
    return opener is not None and opener >= 2 and not any(t in OURS for t in tokens[:k])


# The same consent said as a noun owned by its party: "the contractor's acceptance of the job", "the
# landlord's agreement to a longer lease", "each school's take-up of the offer". The possessive names who
# decides as plainly as the subject of "agrees to" does. Not "decision" nor "approval": "the board's decision"
# is often the planner's own.
_CONSENT_NOUNS = frozenset(
    "acceptance agreement consent refusal uptake take-up willingness permission".split()
)


def _owned_consent(tokens: list[str], is_ours: Callable[[str], bool]) -> bool:
    """Whether the row opens with a possessive of a party not ours and a noun of consent, and nothing in it is
    ours ("our supplier's agreement" may be one we hold). Only at the head: "moving sessions, with the
    client's agreement" is our act, the consent only its condition."""
    if any(t in FIRST_PERSON or t in OURS for t in tokens):
        return False
    k = 1 if tokens[:1] and (tokens[0] in DETERMINERS or tokens[0] in QUANTIFIERS) else 0
    if len(tokens) < k + 2 or tokens[k + 1] not in _CONSENT_NOUNS or not tokens[k].endswith(("'s", "s'")):
        return False
    party = tokens[k][:-2] if tokens[k].endswith("'s") else tokens[k][:-1]
    staff = party in STAFF_ROLES or party.rstrip("s") in STAFF_ROLES
    return bool(party) and not is_ours(party) and not staff


# Outside businesses: a row headed by one of them doing something ("skip hire firms collecting full skips
# within 48 hours", "local suppliers delivering by Friday") names their own work, which the plan can only ask
# or pay for. Only kinds of business that are never the planner's own staff or kit.
_OUTSIDE_FIRMS = frozenset(
    "firms companies businesses suppliers hauliers retailers landlords insurers lenders banks agencies "
    "merchants wholesalers contractors vendors traders employers councils developers builders growers "
    "farmers producers manufacturers galleries dealers brokers exhibitors sponsors broadcasters airlines "
    "carriers distributors".split()
)
# A public body or agency in the singular, named with what kind it is ("the Crown Prosecution Service
# reviewing files", "the highways agency resurfacing the road"): another organisation's own work. Only with a
# word naming which one before it: "the service opening later" may be the planner's own.
_OUTSIDE_BODIES = frozenset("service agency authority ministry department inspectorate commission".split())
# Words in -ing that are no verb: "firms including ...", "suppliers during the strike".
_NOT_GERUNDS = frozenset("during including according regarding concerning following pending".split())
_NO_MODIFIER = PREPOSITIONS | frozenset(WH) | frozenset(FIRST_PERSON) | frozenset(OURS) | _NO_SUBJECT


def _outside_firm_acting(tokens: list[str], is_ours: Callable[[str], bool]) -> bool:
    """Whether the row opens with a noun phrase headed by an outside business, a verb in -ing right after it,
    and nothing of ours anywhere: "asking firms to collect" (our act) opens with a verb, "the number of firms
    offering" with a count, read elsewhere; "our suppliers delivering" may be held to a contract of ours."""
    if any(t in FIRST_PERSON or t in OURS or t in WH for t in tokens):
        return False
    for k in range(min(len(tokens) - 1, 4)):
        gerund = tokens[k + 1]
        named_body = tokens[k] in _OUTSIDE_BODIES and any(t not in DETERMINERS for t in tokens[:k])
        outside = tokens[k] in _OUTSIDE_FIRMS or named_body
        if outside and gerund.endswith("ing") and gerund not in _NOT_GERUNDS:
            before = tokens[:k]
            return not is_ours(tokens[k]) and not any(t in _NO_MODIFIER or _our_verb(t) for t in before)
    return False


# Consent in -ing after a plural party: "committees approving the proof", "landlords agreeing to a break".
_CONSENTING = frozenset(
    "approving agreeing accepting allowing authorising authorizing granting permitting signing "
    "consenting".split()
)


# Acts that are the doer's own dealings with us or the world, whatever follows: "parents placing blazer orders
# before June", "members renewing online", "guests leaving reviews". Said of a party not ours, the plan can
# only prompt, price or make them easier.
_OWN_DEALINGS = frozenset(
    "placing booking ordering buying paying renewing cancelling joining subscribing donating recommending "
    "reviewing promoting sharing posting referring".split()
)


def _party_acting_on_its_own(tokens: list[str], is_ours: Callable[[str], bool]) -> bool:
    """Whether the row opens with a plural party, a verb in -ing right after it, and that verb's object is
    the party's own ("boutiques placing their autumn orders early", "parents booking their children in") or
    us ("wedding planners recommending us to couples"), or the verb is a consent ("club committees approving
    the sew-out proof"): whoever the party is, its own orders, lists or
    bookings are its to place; the plan can only ask, pay or make it easier. Not our own people ("tutors
    marking their groups") and nothing of ours in the row ("our stockists", "with our discount")."""
    if any(t in FIRST_PERSON or t in OURS or t in WH for t in tokens):
        return False
    for k in range(min(len(tokens) - 2, 4)):
        party, gerund, objects = tokens[k], tokens[k + 1], tokens[k + 2 : k + 4]
        plural = party.endswith("s") and not party.endswith(("ss", "'s", "s'")) and len(party) > 3
        # one party named with its own things: "the pub promoting the quiz on its own social media"
        single = k > 0 and tokens[k - 1] in DETERMINERS and "its" in tokens[k + 2 :] and len(party) > 2
        if not (
            (plural or single) and gerund.endswith("ing") and len(gerund) > 5 and gerund not in _NOT_GERUNDS
        ):
            continue
        # a consent is theirs whatever it is given to: "club committees approving the sew-out proof"
        own = objects[:1] == ["us"] or "their" in objects or gerund in _CONSENTING or gerund in _OWN_DEALINGS
        if not (own or single):
            return False
        staff = party in STAFF_ROLES or party[:-1] in STAFF_ROLES
        before = tokens[:k]
        return not (is_ours(party) or staff or any(t in _NO_MODIFIER or _our_verb(t) for t in before))
    return False


def _our_verb(token: str) -> bool:
    """Whether a word before the business is a verb of ours ("paying firms ...", "chosen suppliers"), not a
    trade's name ("scaffolding firms", "skip hire firms")."""
    if token.endswith("ed"):
        return True
    if not token.endswith("ing"):
        return False
    stem = token[:-3]
    return any(base in ACTION_VERBS for base in (stem, stem + "e", stem[:-1]))


def own_choice(tokens: list[str], is_ours: Callable[[str], bool]) -> str:
    """ "their_choice" when the row names another party's consent or choice, or people offering themselves
    (whoever they are), else "". ``is_ours`` tells the nouns of the planner's own side:
    their choosing is the planner's ("which shift the manager decides to open")."""
    if (
        _owned_consent(tokens, is_ours)
        or _outside_firm_acting(tokens, is_ours)
        or _party_acting_on_its_own(tokens, is_ours)
    ):
        return "their_choice"
    for k, token in enumerate(tokens):
        after = tokens[k + 1] if k + 1 < len(tokens) else ""  # a permission may end the row
        offering = token in _OFFERING_ONESELF and after in ("for", "to")
        choosing = token in _CHOOSING and after == "to" or token in _GRANTING and _ends_a_clause(tokens, k)
        if not (offering or choosing) or any(t in FIRST_PERSON for t in tokens[:k]):
            continue  # "whether we have a table for the ones who don't want to compete": our act
        subject = _subject_before(tokens, k)
        if (
            subject is None
            or subject in FIRST_PERSON
            or subject in OURS
            or subject in ("he", "she", "us", "you")
            or subject in _NO_SUBJECT
            or subject in DETERMINERS
            or subject in PREPOSITIONS
            or subject in QUANTIFIERS
            or subject in WH
            or subject[:1].isdigit()
        ):
            continue
        if offering or (not is_ours(subject) and subject not in STAFF_ROLES):
            return "their_choice"
    return ""


__all__ = ["own_choice"]
