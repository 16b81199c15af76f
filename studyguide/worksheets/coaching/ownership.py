"""Whose act a lever names, where the lever reader's word lists cannot settle it alone. Pure: no Django.

Three structures, each read from the phrase (and, for the third, the plan's own uncontrollable inputs):

- a person who may be on either side ("the coach", "each player", "the admissions team"): our own coach,
  squad or office acts for us as often as a rival's does, so the noun alone settles nothing; only a
  contest's verb ("which team wins") does, and otherwise the embedding model decides;
- someone else acting on us ("the parties the operators send us", "the orders the chains place with us"):
  when a noun phrase other than ours does something to "us", the act is theirs however it is counted;
- what the people we serve do in their own lives ("whether the patient wears the insoles", "how often
  members bring a friend"): wearing, bringing, eating, taking or using is their conduct, ours only when we
  give or set it. Who the people we serve are comes from the word lists or from the plan itself: someone
  the author names as acting in an uncontrollable input ("footwear the pt buys") is not us. The same
  conduct, or a pick of theirs, may follow the lever's noun as a clause ("the dessert each diner orders").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lever_words import (
    CLIENTS,
    DETERMINERS,
    FIRST_PERSON,
    OUR_AGENTS,
    OURS,
    PREPOSITIONS,
    RECEIVE_FORMS,
    STAFF_ROLES,
    WH,
    WORLD_VERBS,
)

# Persons who are ours in one plan and another party's in the next: a club's own coach, squad and office.
EITHER_SIDE = frozenset(("team", "teams", "coach", "coaches", "player", "players"))
# What a person does with something in their own life: their conduct, not a setting of ours.
CONDUCT_VERBS = frozenset(
    "wear wears wore bring brings brought eat eats ate drink drinks drank take takes took use uses used "
    "smoke smokes skip skips forget forgets "
    # when they come and how they rest: "the time customers turn up", "how long the toddlers nap"
    "arrive arrives arrived turn turns nap naps napped sleep sleeps slept queue queues".split()
)
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:'s|s'|')?")
_NOT_A_VERB = PREPOSITIONS | frozenset(("and", "or", "but"))
_CLAUSE_WORDS = frozenset(("whether", "if", "how", "often", "when", "much", "many", "long"))


def tokens_of(phrase: str) -> list[str]:
    return _TOKEN.findall(phrase.lower().replace("’", "'"))


def side_unsettled(tokens: Sequence[str]) -> bool:
    """Whether the phrase is a clause in which a person who may well be ours (a coach, a team, a player)
    does something ("whether a coach reviews", "how many drills each player runs") and no contest's verb
    says it is a rival's: the structure should then leave it to the model. A bare "teams" or "the players"
    names no act of ours and keeps its reading."""
    if not any(t in WH for t in tokens) or any(t in WORLD_VERBS for t in tokens):
        return False
    return any(
        t in EITHER_SIDE and k + 1 < len(tokens) and tokens[k + 1] not in _NOT_A_VERB
        for k, t in enumerate(tokens)
    )


_CONDITION_OPENERS = frozenset(("when", "whenever", "if", "once", "provided", "unless"))


def acts_on_us(tokens: Sequence[str]) -> bool:
    """Whether a noun phrase that is not ours does something to "us" ("the coach parties the tour operators
    choose to send us"): another party's act. The phrase has no first person of its own ("the samples we
    ask suppliers to send us" is our request) and the acting phrase is a second one, opened by a
    determiner, so an instruction to people ("reminders asking patients to call us") is not read as theirs."""
    if (
        "us" not in tokens
        or any(t in FIRST_PERSON for t in tokens)
        or any(t in RECEIVE_FORMS for t in tokens)
    ):
        return False
    u = tokens.index("us")
    if "or" in tokens[:u]:  # "delivery to the school or collection from us": options we offer, not an act
        return False
    if tokens[u - 1] == "by":  # "a £15 tow-out to the gate by us": we are who does it
        return False
    # "texts to patients who had their jab with us last year": a relative clause telling whom we reach by what
    # they did with us
    if tokens[u - 1] == "with" and any(t in ("who", "that") for t in tokens[:u]):
        return False
    # "free upgrade to upstands when they buy the worktop with us": the act is the condition of our offer
    if any(t in _CONDITION_OPENERS for t in tokens[1:u]):
        return False
    for k in range(1, u - 1):
        if tokens[k] in DETERMINERS and tokens[k] not in OURS:
            actor = tokens[k + 1 : u]
            return not any(t in OUR_AGENTS for t in actor)
    return False


def _served(word: str, uncontrollables: Sequence[str]) -> bool:
    """Whether the plan treats the word as the people it serves, or as someone acting on their own."""
    plain = word.rstrip("'s")
    if plain in CLIENTS or plain + "s" in CLIENTS or plain.rstrip("s") in CLIENTS:
        return True
    return any(plain in tokens_of(u) for u in uncontrollables)


def their_conduct(phrase: str, uncontrollables: Sequence[str] = ()) -> bool:
    """Whether the lever asks what the people we serve do in their own lives: a clause ("whether", "how
    often", "when") whose subject is such a person and whose verb is their own conduct ("whether the pt
    wears the insoles every day"). Giving it to them is ours ("whether we give patients insoles" has a
    first person and is not read here)."""
    tokens = tokens_of(phrase)
    if not tokens or tokens[0] not in ("whether", "if", "how", "when"):
        return False
    if any(t in FIRST_PERSON or t in OURS for t in tokens):
        return False
    k = 1
    while k < len(tokens) and tokens[k] in _CLAUSE_WORDS:
        k += 1
    if k < len(tokens) and tokens[k] in DETERMINERS:
        k += 1
    # The subject is one or two words ("the pt", "each new member"), then the verb.
    for j in (k, k + 1):
        if j + 1 < len(tokens) and tokens[j + 1] in CONDUCT_VERBS:
            subject = tokens[j]
            return subject not in OUR_AGENTS and _served(subject, uncontrollables)
    return False


# What a person picks for themselves: a choice among what we offer is theirs, the offer is ours.
CHOICE_VERBS = frozenset(
    "pick picks picked choose chooses chose select selects selected order orders ordered buy buys bought "
    "prefer prefers preferred".split()
)
# Before the person in a clause that follows the lever's noun: "the cone size | each customer | picks".
_PERSON_OPENERS = frozenset(("each", "every", "a", "an", "the", "their", "any"))


# The same choice said with the people first and the verb in -ing: "customers choosing mid-range or premium
# rather than budget", "more diners ordering a starter". Only a quantity word may come before them.
_PICKING = frozenset("choosing picking selecting ordering buying preferring opting".split())
_HEAD_OPENERS = frozenset("the more fewer most some".split())


def _picking_at_head(tokens: Sequence[str]) -> bool:
    """Whether the row opens with the people served in the plural, then a verb of picking in -ing that has
    an object of its own: "the flavours customers are choosing from" or "customers choosing from our three
    boxes" pick from a range that is ours."""
    k = 1 if tokens[0] in _HEAD_OPENERS else 0
    if len(tokens) < k + 3:
        return False
    person, verb, after = tokens[k], tokens[k + 1], tokens[k + 2]
    plural = person.endswith("s") and not person.endswith(("ss", "'s", "s'"))
    if not plural or verb not in _PICKING or after in ("from", "between", "among", "part", "up", "out"):
        return False
    single = person[:-1]  # (our own people were ruled out by the caller)
    either = person in EITHER_SIDE or single in EITHER_SIDE
    return not either and (person in CLIENTS or single in CLIENTS)


def their_pick(phrase: str, uncontrollables: Sequence[str] = ()) -> bool:
    """Whether the lever is a thing the people we serve pick or use themselves, named by the clause that
    follows its noun ("the dessert each diner orders", "the painkillers patients take at home"): like "the
    price we charge", the clause's subject decides whose it is, and here it is the people served. What we
    give them is ours ("the discount each customer gets", "the size each customer is served"), and so is
    the range they pick from ("the flavours customers choose from"): the verb then has a preposition after
    it."""
    tokens = tokens_of(re.sub(r"\([^)]*\)", " ", phrase))
    if len(tokens) < 3 or any(t in WH for t in tokens) or tokens[0] in _CLAUSE_WORDS:
        return False  # a wh-clause has a reader of its own
    if any(t in FIRST_PERSON or t in OURS or t in OUR_AGENTS for t in tokens):
        return False  # we, or one of our people, act in it ("the setting the operator sets as liners wear")
    if _picking_at_head(tokens):
        return True
    for k in range(1, len(tokens) - 1):
        # the word before the person ends the lever's noun phrase: no preposition, article or "and"
        if tokens[k - 1] in _NOT_A_VERB or tokens[k - 1] in DETERMINERS or tokens[k - 1] in WH:
            continue
        subject = k + 1 if tokens[k] in _PERSON_OPENERS else k
        verb = subject + 1
        if verb >= len(tokens) or tokens[verb] not in CONDUCT_VERBS | CHOICE_VERBS:
            continue
        after = tokens[verb + 1] if verb + 1 < len(tokens) else ""
        person = tokens[subject]
        if after in ("from", "between", "among", "part"):
            return False  # "the flavours customers choose from": the range is ours
        if person in OUR_AGENTS or person in EITHER_SIDE or person.rstrip("s") in EITHER_SIDE:
            return False
        # A word the lists know as the people we serve; "hot dogs and drinks" or "hours of smoke" only have
        # a noun or "of" before a verb-like word. After "each" or "the", someone the plan's uncontrollable
        # inputs name as owning something of their own ("the runners' pace") will do.
        owners = {t.rstrip("'s") for u in uncontrollables for t in tokens_of(u) if t.endswith("'")}
        return _served(person, ()) or (subject > k and person.rstrip("s") in owners)
    return False


def named_as_us(phrase: str, objective: str, uncontrollables: Sequence[str] = ()) -> bool:
    """Whether the party acting in the lever is the organisation the plan is written for, named in the third
    person as formal plans do ("the interest rate the Society pays" when the objective is about "the
    Society's accounts"). The objective is the planner's own, so a party it names as owner ("X's") is us;
    the people served and anyone the plan lists among its uncontrollable inputs are not."""
    tokens = tokens_of(phrase)
    owners = {t[:-2] for t in tokens_of(objective) if t.endswith("'s")}
    for k in range(1, len(tokens) - 1):
        actor, verb = tokens[k], tokens[k + 1]
        if tokens[k - 1] != "the" or actor not in owners or verb in _NOT_A_VERB or not verb.endswith("s"):
            continue
        named_elsewhere = any(actor in {t.split("'")[0] for t in tokens_of(u)} for u in uncontrollables)
        if not _served(actor, uncontrollables) and not named_elsewhere:
            return True
    return False


def planner_in_third_person(
    lever: str, elsewhere: Sequence[str], uncontrollables: Sequence[str] = ()
) -> bool:
    """Whether the party acting in the lever ("which routes the Council organises", "the Council's
    lengthsman") is the planner's own body named in the third person, as formal plans do: the same "the X"
    acts or owns again elsewhere in the plan (another lever, the simulator, the rollout), and the plan never
    lists it among what it cannot control nor treats it as the people it serves. Another party is named
    once, as the world; one's own body is named throughout."""
    tokens = tokens_of(lever)
    opener = _gerund_subject(tokens)
    for k in range(1, len(tokens) - 1):
        if opener is not None and k != opener:
            continue  # "the festival moving the headliner's finish": the festival acts, not the headliner
        token, verb = tokens[k], tokens[k + 1]
        actor = token[:-2] if token.endswith("'s") else token
        acting = k == opener or token.endswith("'s") or (verb not in _NOT_A_VERB and verb.endswith("s"))
        # the party may be named in two words ("the kiln man sets", "the head gardener's rota")
        compound = k >= 2 and tokens[k - 2] == "the" and tokens[k - 1] not in _NOT_A_VERB
        if (tokens[k - 1] != "the" and not compound) or not acting or len(actor) < 3 or actor in OUR_AGENTS:
            continue
        # "the tower giving us the circuit", "the Swan holding a table for our boats": who acts on us or ours
        # is not us
        if {"us", "our"} & set(tokens[k + 1 :]):
            continue
        if _served(actor, uncontrollables) or any(
            actor in {t.split("'")[0] for t in tokens_of(u)} for u in uncontrollables
        ):
            continue
        if tokens[k - 1] != "the":
            actor = f"{tokens[k - 1]} {actor}"
        named = re.compile(rf"\bthe {re.escape(actor)}\b")
        if any(named.search(text.lower().replace("’", "'")) for text in elsewhere):
            return True
    return False


def _gerund_subject(tokens: Sequence[str]) -> int | None:
    """Where the subject of a lever that opens as a clause with an "-ing" verb stands ("the festival moving
    the headliner's finish to 22:30", "3. the landlord fixing the heating"): that party is the one acting,
    and whoever is named in what it acts on ("the headliner's") only owns the object."""
    start = next((i for i, t in enumerate(tokens) if not t.isdigit()), len(tokens))
    if len(tokens) < start + 4 or tokens[start] != "the":
        return None
    verb = tokens[start + 2]
    gerund = verb.endswith("ing") and len(verb) > 5 and verb not in _NOT_A_VERB
    return start + 1 if gerund and tokens[start + 1] not in DETERMINERS else None


_RELATIVE = re.compile(r"\b(?:who|that)\s+[a-z]+s\b")


def without_relative_clause(core: str) -> str:
    """The lever without a relative clause that only says which people it is for ("which offer you show
    each person who opens the cancel page"): what that person does is not the lever's act. Only when a
    clause opens the phrase first, so that "the donors who turn up" (the relative clause is the lever) keeps
    its subject."""
    tokens = tokens_of(core)
    if not tokens or tokens[0] not in ("which", "what", "whether", "when", "where", "how"):
        return core
    match = _RELATIVE.search(core)
    # the main clause's verb comes before the relative one ("which patients who miss get a call" is cut
    # nowhere: its verb is "get")
    if (
        match
        and len(tokens_of(core[: match.start()])) >= 4
        and not set(tokens_of(core[match.end() :])) & (RECEIVE_FORMS)
    ):
        return core[: match.start()].rstrip(" ,")
    return core


def _setter(lever: str, names_aside: bool = False) -> tuple[list[str], str] | None:
    """The subject and verb of a clause that follows a noun phrase and acts on it ("the speed limit | the
    county highways authority | sets"), or None when the lever has no such shape or a first person."""
    # "the supervisor (Dawn) sets": the name aside, when asked
    tokens = tokens_of(re.sub(r"\([^)]*\)", " ", lever) if names_aside else lever)
    if len(tokens) < 5 or tokens[0] not in DETERMINERS or any(t in FIRST_PERSON or t in OURS for t in tokens):
        return None
    for k in range(2, len(tokens) - 2):
        if tokens[k] != "the" or tokens[k - 1] in _NOT_A_VERB or tokens[k - 1] in WH:
            continue
        # The clause's object is the noun before it, so its verb ends it: a preposition or nothing follows
        # ("... sets on the B-road"); in "the hour the reduced stickers go on" no word does. The subject may
        # carry a place ("the flying club across the airfield charges"); a word after an article is a noun.
        for j in range(k + 2, min(k + 8, len(tokens))):
            word, after = tokens[j], (tokens[j + 1] if j + 1 < len(tokens) else "")
            if tokens[j - 1] in DETERMINERS:
                continue
            if word.endswith("s") and "'" not in word and (not after or after in PREPOSITIONS):
                return tokens[k + 1 : j], word
        return None
    return None


def set_by_another(lever: str) -> bool:
    """Whether a noun phrase is followed by a clause in which another party acts on it ("the speed limit
    the county highways authority sets"): like "the price we charge", the clause's subject decides, and
    here it is not us (the caller asks whether the plan names that party as itself elsewhere). A receiving
    verb ("the discount the customer gets") names what we give, not their act."""
    found = _setter(lever)
    if found is None:
        return False
    subject, verb = found
    return verb not in RECEIVE_FORMS and not any(t in OUR_AGENTS or t in CLIENTS for t in subject)


# Verbs by which a party fixes a figure or a date for others ("the fare the operator charges", "the date the
# tribunal lists"): a clause with one of these says who decides in so many words.
_FIXING_VERBS = frozenset("sets charges lists decides chooses picks fixes publishes awards allocates".split())


def fixed_by_another(lever: str) -> bool:
    """Whether the clause after the lever's noun names another party fixing it with a verb of deciding or
    pricing ("the rent the centre's landlord charges", "the speed limit the county highways authority
    sets"), not just any clause ("a key drop the night before for early birds" has none)."""
    found = _setter(lever)
    if found is None or not set_by_another(lever):
        return False
    subject, verb = found
    # ("the loop route the events team sets": a team is as often ours as theirs, and left to the question)
    return verb in _FIXING_VERBS and "team" not in subject


def set_by_own_staff(lever: str, others: Sequence[str] = ()) -> bool:
    """Whether the clause acting on the lever's noun has one of the planner's own people as its subject,
    named by a job ("the chiller set point the engineer chooses", "the route the duty supervisor sets") or
    by a trade's man ("the pouring temperature the furnace man sets"). Nobody's possession ("the council's
    officer") and nobody the plan lists among what it cannot control or names in its constraints."""
    found = _setter(lever, names_aside=True)
    if found is None:
        return False
    subject, verb = found
    if verb in RECEIVE_FORMS or any(t.endswith("'s") or t.endswith("'") for t in subject):
        return False
    last = subject[-1]
    trade_man = len(subject) >= 2 and last in ("man", "men", "woman", "women") and subject[-2] not in CLIENTS
    if last not in STAFF_ROLES and not trade_man:
        return False
    named = re.compile(rf"\b{re.escape(' '.join(subject[-2:] if trade_man else subject[-1:]))}\b")
    return not any(named.search(text.lower()) for text in others)


def owned_in_complement(tokens: Sequence[str], k: int) -> bool:
    """Whether the possessive at k sits in what a passive clause of ours is done with ("whether a novice
    session is paired with an experienced user's slot"): the clause's subject is the session, and whose slot
    it is does not say who pairs them."""
    if not tokens or tokens[0] not in ("whether", "which", "when", "where"):
        return False
    for j in range(2, k - 1):
        if tokens[j] in ("is", "are") and tokens[j + 1].endswith("ed") and tokens[j + 2] in PREPOSITIONS:
            return j + 2 < k
    return False


# A verb that otherwise receives ("the demand we face", "the calls we get") joined to a particle is another
# verb, an act: "which titles we face out", "which offers we have up", "what stock we get out" show or put
# out something of ours; so does "bring out" ("how many kilos I bring out"), while "bring in" counts takings.
_SHOWING_VERBS = frozenset("face faces faced have has had get gets got bring brings brought".split())
_SHOWING_PARTICLES = frozenset("out up forward".split())


def verb_at(tokens: list[str], j: int) -> str:
    """The verb at ``tokens[j]`` ("" past the end), with its particle when together they show or put out
    something ("face out"), so that it is not read as a verb of receiving."""
    if j >= len(tokens):
        return ""
    after = tokens[j + 1] if j + 1 < len(tokens) else ""
    if tokens[j] in _SHOWING_VERBS and after in _SHOWING_PARTICLES:
        return f"{tokens[j]} {after}"
    return tokens[j]


# A body whose choices the plan calls its own data's making: "the diary reflects the Museum's own choices".
_OWN_CHOICES = re.compile(
    r"\bthe ([a-z]+(?: [a-z]+)?)'s own (?:choices|decisions|picks|offers|doing|allocation)\b"
)


def named_own_choices(text: str) -> list[str]:
    """The bodies ("the museum") whose choices the text calls their own: the planner, named in the third
    person, saying what its own decisions do to its records."""
    return [f"the {m.group(1)}" for m in _OWN_CHOICES.finditer(text.lower().replace("’", "'"))]
