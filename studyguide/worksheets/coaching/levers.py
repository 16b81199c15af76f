"""Who decides a lever: reading a lever phrase's structure. Pure: no Django, no torch.

A lever is an action the planner takes; an uncontrollable is a state of the world, another party's act or
mood, or the outcome itself. Trigger words do not tell them apart ("which customers get an offer" is a
decision, "which team wins" is not; "for each customer" says for whom, not who decides), so the phrase is read
by its structure:

- a first-person actor ("the price *we charge*", "which books *we show*") decides, unless the verb receives
  or counts an outcome ("how many visitors *we get*");
- an infinitive choice ("whether *to open*", "how much *to stake*") or a verb-led instruction ("*bake* fewer
  baguettes") is a decision, unless it only names the goal ("increase bookings");
- a wh-clause is read by its subject: our staff, equipment or messages ("when *the reminder* goes out",
  "where *the drones* fly") decide; another party decides ("which *team* wins", "how *full* the centre is")
  unless it only receives our action ("which customers *get an offer*", "which patients *are called*");
- someone else's possession ("the member's mood", "competitors' prices") is theirs, unless it is what we
  give them ("each customer's discount");
- a noun phrase leans on its head noun: our action's nouns (price, discount, reminder) against the world's
  (weather, demand, mood), and a price of what we buy (fuel, flights) is the market's.

``read_lever`` returns a ``LeverReading``: ``firm`` when the structure settles it, otherwise a lean (or none)
that the embedding model may overrule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .lever_consent import own_choice
from .lever_passives import done_to_us, set_on_a_device, set_passively
from .lever_words import (
    ACTION_NOUNS,
    ACTION_VERBS,
    CLIENTS,
    COMMODITIES,
    COMPARATIVES,
    DETERMINERS,
    FILLERS,
    FIRST_PERSON,
    GIVEN_NOUNS,
    GOAL_VERBS,
    MEASURES,
    MONEY,
    OTHER,
    OUR_AGENTS,
    OURS,
    OUTCOME_NOUNS,
    OUTCOME_VERBS,
    PEOPLE_OUTCOME_VERBS,
    PERSONAL,
    PREPOSITIONS,
    PRODUCING_VERBS,
    QUANTIFIERS,
    RECEIVE_FORMS,
    RECEIVING_VERBS,
    SETTING_WORDS,
    SHOWN_TO_PEOPLE,
    STAFF_ROLES,
    SYSTEM_NOUNS,
    TIMES,
    UNITS,
    VERB_ONLY,
    WH,
    WHERE_WE_LOOK,
    WORLD_AGENTS,
    WORLD_FIRM,
    WORLD_NOUNS,
    WORLD_VERBS,
)
from .loop_scope import picks_people_by_role, picks_some
from .ownership import acts_on_us, owned_in_complement, side_unsettled, verb_at, without_relative_clause
from .time_clauses import in_time_clause

CONTROL = "control"
WORLD = "world"


# Scope modifiers say for whom, where or given what a decision is taken; they never change who takes it.
_SCOPE = re.compile(
    r"\s*(?:,|;|\bfor (?:each|every|all|any|a given)\b|\bper\b|\b(?:in|on|at) (?:each|every)\b|\bgiven\b"
    r"|\bdepending on\b|\bbased on\b|\baccording to\b|\bin response to\b|\bas a function of\b|\bunless\b"
    r"|\bso that\b|\bsuch that\b"
    # what a decision is made from, said of someone: "which size the tool recommends from the customer's
    # measurements" is our tool's choice; the customer's measurements are only what it reads
    r"|\bfrom (?:the |each |a |an |their )?[a-z-]+(?:'s|s') )"
)
PRONOUNS = frozenset(("he", "she", "they"))
_PARENS = re.compile(r"\([^)]*\)")
# A row's number in a numbered list ("4.4 which adjustments", "10. get", "7/ whether", "(ii) the price")
_ENUMERATION = re.compile(r"^\s*(?:\(?(?:\d+(?:\.\d+)*|[ivx]+|[a-h])[.)/:]|\d+(?:\.\d+)+)\s+")
# A pronoun keeps its contracted verb ("we'll", "they're"): split, "we'" is no first person. A negation still
# splits ("don'", "t"), as the consent reader expects.
_TOKEN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*(?:'s|s'|'(?:ll|d|ve|re|m)\b|')?")
# "the humidity set point" is one noun, a setting we choose, however it is spelt: read as two words its head
# would be the weather-like noun before it ("humidity") or a bare "point".
_SET_POINT = re.compile(r"\bset[ -]points?\b")


@dataclass(frozen=True)
class LeverReading:
    verdict: str | None  # CONTROL, WORLD or None (the structure cannot tell)
    firm: bool  # the structure settles it; otherwise a lean the embedding model may overrule
    # decision | allocation | instruction | nouns (ours); outcome | goal | other_party | their_act | state
    reason: str
    core: str  # the phrase without its scope modifiers ("for each customer"): what the model compares


def core_phrase(phrase: str) -> str:
    """The phrase without parentheses and up to its first scope modifier, if something is left before it."""
    text = " ".join(_PARENS.sub(" ", _ENUMERATION.sub("", phrase.lower().replace("’", "'"))).split())
    text = _SET_POINT.sub(lambda m: m.group(0).replace(" ", "").replace("-", ""), text)
    match = _SCOPE.search(text)
    if match and _TOKEN.findall(text[: match.start()]):
        text = text[: match.start()]
    return without_relative_clause(text.strip(" .;:-"))


def _base(word: str) -> str:
    """A verb's base form, roughly ("sends" -> "send", "called" -> "call", "priced" -> "price")."""
    for suffix, repl in (
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("ed", ""),
        ("ing", ""),
        ("s", ""),
        ("d", ""),
    ):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            for candidate in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem):
                if candidate in ACTION_VERBS:
                    return candidate
    return word


def is_action_verb(word: str) -> bool:
    return word in ACTION_VERBS or _base(word) in ACTION_VERBS or word in ("sent", "shown", "given", "chosen")


def _owner(token: str) -> str | None:
    if token.endswith("'s"):
        return token[:-2]
    if token.endswith("'"):
        return token.rstrip("'")
    return None


def _plain(token: str) -> str:
    return _owner(token) or token


def side_of(token: str) -> str | None:
    """Which side a noun is on: ours (our staff, equipment, actions), theirs (people, other parties), or the
    world's (states, outcomes)."""
    t = _plain(token)
    if t in OUR_AGENTS or t in ACTION_NOUNS or t in SETTING_WORDS:
        return "ours"
    if t in WORLD_AGENTS or t in OTHER:
        return "theirs"
    if t in CLIENTS:
        return "clients"
    if t in WORLD_NOUNS:
        return "world"
    # Someone who acts, singular or plural: "a volunteer" acts for us as "volunteers" do. (Only for agents:
    # "new" is no singular of "news".)
    other = t[:-1] if len(t) > 3 and t.endswith("s") and not t.endswith("ss") else t + "s"
    if other in OUR_AGENTS:
        return "ours"
    if other in WORLD_AGENTS:
        return "theirs"
    if other in CLIENTS:
        return "clients"
    return None


def _head(tokens: list[str]) -> str | None:
    """The head of the leading noun phrase: its last classified noun before a preposition or a wh-word."""
    head = None
    for t in tokens:
        if t in PREPOSITIONS or t in WH:
            break
        # a job title after the head starts the clause of who sets it ("smoke hours the foreman sets")
        if side_of(t) and not (head and t in STAFF_ROLES):
            head = t
    return head


def _noun_lean(tokens: list[str]) -> tuple[str | None, bool, str]:
    ours = any(t in OURS for t in tokens)
    start = 1 if tokens[0] in DETERMINERS else 0
    if len(tokens) > start + 2 and tokens[start] in MEASURES and tokens[start + 1] == "of":
        # "the number of tourists arriving": what is counted decides.
        side = next((side_of(t) for t in tokens[start + 2 :] if side_of(t)), None)
        if side in ("clients", "theirs", "world"):
            return WORLD, False, "state"
        return (CONTROL, False, "nouns") if side == "ours" else (None, False, "")
    if tokens[0] in COMPARATIVES and len(tokens) > 1:
        # "more visitors to the museum" asks for an outcome; "more staff on Saturdays" is a setting.
        side = next((side_of(t) for t in tokens[1:] if side_of(t)), None)
        if side in ("clients", "world"):
            return WORLD, True, "goal"
    if not ours and any(
        (_plain(t) in WORLD_AGENTS or t in OTHER)
        and not (k and tokens[k - 1] == "of" and _modifies_noun(tokens, k))
        for k, t in enumerate(tokens[:3])
    ):
        # "competitor prices", "prices at other shops"; after "of", a word qualifying a noun is what kind of
        # thing is priced ("the price of coach bolts"), not whose price
        return WORLD, True, "other_party"
    # Without a head of its own, the phrase leans on what it is of ("amount of rain"), never on a scope after
    # another preposition ("thermal blankets ... in cold weather", "a mock exam with another teacher").
    scope = next((k for k, t in enumerate(tokens) if t in PREPOSITIONS and t != "of"), len(tokens))
    complement = tokens[:scope]
    head = _head(tokens) or next((t for t in complement if side_of(t)), None)
    if head is None:
        return (CONTROL, False, "nouns") if ours else (None, False, "")
    k = tokens.index(head)
    bought = tokens[:k] if head != tokens[0] and tokens[k - 1] not in DETERMINERS else tokens
    if _plain(head) in ACTION_NOUNS and any(_plain(t) in COMMODITIES for t in bought) and not ours:
        return WORLD, False, "other_party"  # "fuel prices", "the price of coffee beans on the world market"
    side = side_of(head)
    if side == "ours":
        return CONTROL, False, "nouns"
    if side == "theirs":
        return WORLD, not ours, "other_party"
    if side == "world":
        return WORLD, not ours and _plain(head) in WORLD_FIRM, "state"
    return (CONTROL, False, "nouns") if ours else (None, False, "")


def _first_person(tokens: list[str]) -> tuple[int, str] | None:
    """("we", verb) as in "the price we charge" or "which books we can show"."""
    for i, t in enumerate(tokens):
        if t in FIRST_PERSON and not in_time_clause(tokens, i, side_of):
            j = i + 1
            while j < len(tokens) and tokens[j] in FILLERS:
                j += 1
            return i, verb_at(tokens, j)
    return None


def _is_verb(token: str, previous: str) -> bool:
    if previous in DETERMINERS or previous in OURS or previous in PREPOSITIONS:
        return False
    if previous in STAFF_ROLES and token not in WH and token not in ("and", "or"):
        # After one of our people comes their act, even a weather word ("the duty technician floods").
        return token not in PREPOSITIONS and token not in DETERMINERS and side_of(token) in (None, "ours")
    if previous in CLIENTS or previous in WORLD_AGENTS:
        # Right after people or another party comes their verb: "customers call", "people pass the shop".
        if token in WORLD_VERBS:
            return True
        return token not in PREPOSITIONS and token not in DETERMINERS and side_of(token) in (None, "ours")
    if token in WORLD_VERBS or token in RECEIVE_FORMS or token in ("was", "were", "has", "have", "had"):
        return True
    return is_action_verb(token) and side_of(token) is None


_NOT_NOUNS = frozenset(("first", "last", "and", "or", "more", "less", "most", "least", "too", "again"))


def _modifies_noun(tokens: list[str], k: int) -> bool:
    """Whether the word at k stands before a noun it qualifies ("heat" in "the heat lamp"): a word follows
    that no list knows, is no preposition, article or filler and does not look like an adverb."""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    return not (
        after in PREPOSITIONS
        or after in WH
        or after in DETERMINERS
        or after in FILLERS
        or after in _NOT_NOUNS
        or after.endswith("ly")
        or side_of(after)
    )


def _singular_person(token: str) -> bool:
    """A person we serve named in the singular ("family", "member"): the list holds its plural too."""
    plural = token[:-1] + "ies" if token.endswith("y") else token + "s"
    return token in CLIENTS and plural in CLIENTS


def _work_teams(tokens: list[str]) -> list[str]:
    """A team named by its work ("the fitter team", "which cleaner team") may well be our own staff, unlike a
    team in a contest ("which team wins", "the rival team"): its name says nothing about who decides, so
    the structure leaves it to the embedding model."""
    out = list(tokens)
    for k, t in enumerate(tokens):
        if t in ("team", "teams") and k and (side_of(tokens[k - 1]) is None or tokens[k - 1] in STAFF_ROLES):
            before = tokens[k - 1]
            if not any(before in words for words in (DETERMINERS, WH, QUANTIFIERS, OTHER)):
                out[k] = "unit"  # a word no list knows: neither ours nor another party's
        elif t in ("team", "teams") and tokens[k + 1 : k + 2] in (["size"], ["sizes"], ["mix"], ["make-up"]):
            out[k] = "unit"  # "team size per visit": how big we make the teams, whoever they are
    return out


def read_lever(phrase: str) -> LeverReading:
    # Imported here: the wh-clause reader uses this module's token helpers, so it cannot be imported at the
    # top without a cycle.
    from .lever_clauses import wh_clause

    core = core_phrase(phrase)
    tokens = _work_teams(_TOKEN.findall(core))

    def out(verdict: str | None, firm: bool, reason: str) -> LeverReading:
        if verdict == WORLD and firm and reason == "other_party" and side_unsettled(tokens):
            verdict, firm, reason = None, False, ""  # our coach or squad as often as a rival's: no lean
        return LeverReading(verdict, firm, reason, core)

    if not tokens:
        return out(None, False, "")
    # 0. Someone's own consent or choice, even beside our act: "crew volunteering for a duty when we call".
    chosen = own_choice(tokens, lambda word: side_of(word) == "ours")
    if chosen:
        return LeverReading(WORLD, True, chosen, core)
    # 1. A first-person actor: "the price we charge", "how many visitors we get".
    found = _first_person(tokens)
    if found and done_to_us(tokens, found[0]):  # "which lane we get drawn in": another party allots it
        return LeverReading(WORLD, True, "acts_on_us", core)
    if found:
        i, verb = found
        counting = any(t in ("much", "many") for t in tokens[:i])
        outcome_head = any(t in WORLD_NOUNS and t not in ACTION_NOUNS for t in tokens[:i])
        if counting and verb in PRODUCING_VERBS and not outcome_head:
            # "how many litres of each flavour we make" counts what we produce (a decision); "how much (money)
            # we make" counts what we earn. What is counted decides, not the verb.
            counted = tokens[tokens.index(next(t for t in tokens if t in ("much", "many"))) + 1 : i]
            counting = not counted or any(t in MONEY for t in counted)
        people = any(t in CLIENTS for t in tokens[:i])
        receives = verb in RECEIVING_VERBS
        counts_outcome = (counting or outcome_head) and verb in OUTCOME_VERBS
        if receives or counts_outcome or (people and verb in PEOPLE_OUTCOME_VERBS):
            return out(WORLD, True, "outcome")
        return out(CONTROL, True, "decision")
    persuaded = _persuaded(tokens)
    if persuaded:
        return out(WORLD, True, persuaded)
    if acts_on_us(tokens):  # "the coach parties the operators send us": their act, whoever they are
        return LeverReading(WORLD, True, "acts_on_us", core)
    if set_passively(tokens) or set_on_a_device(tokens):  # "the humidity the steam spray is set to"
        return out(CONTROL, True, "nouns")
    if _one_of_us(tokens):  # "which of us does the commentary": one of our own people
        return out(CONTROL, True, "decision")
    # 2. A verb-led instruction ("bake fewer baguettes"), or only the goal ("increase weekday bookings").
    first, second = tokens[0], (tokens[1] if len(tokens) > 1 else "")
    object_like = second in DETERMINERS or second in OURS or second in QUANTIFIERS or second[:1].isdigit()
    if len(tokens) > 1 and second not in ("of", "and") and not _owner(first):
        rest = tokens[1:]
        if (
            first in GOAL_VERBS
            and any(_plain(t) in OUTCOME_NOUNS for t in rest)
            and not any(_plain(t) in ACTION_NOUNS for t in rest)
        ):
            return out(WORLD, True, "goal")
        if first in ACTION_VERBS and (object_like or first in VERB_ONLY):
            return out(CONTROL, True, "instruction")
        # the same act as a gerund: "delivering to owners who cannot leave home", "offering a later slot"; not
        # on someone else's thing ("moving the council's roadworks": theirs to move)
        gerund = first.endswith("ing") and _base(first) in ACTION_VERBS
        if gerund and (object_like or second == "to"):
            if not any(_owner(t) and _owner(t) not in OURS for t in rest[:4]):
                return out(CONTROL, True, "instruction")
    # 3. A wh-clause with a head noun before it: "the order in which radiologists see the scans".
    wh = next((k for k, t in enumerate(tokens) if t in WH), None)
    if wh is not None and wh > 0 and _head(tokens[:wh]):
        head = _head(tokens[:wh])
        side = side_of(head)
        if side == "ours":
            return out(CONTROL, True, "nouns")
        if side in ("theirs", "world"):
            return out(WORLD, False, "state")
    if any(t in ("above", "below") for t in tokens) and "which" in tokens:
        return out(CONTROL, True, "decision")  # "the score above which a bottle is rejected": a threshold
    # 4. Someone else's possession: "the member's mood", "competitors' prices".
    foreign = False  # owned by someone the lists do not know ("the bride's budget")
    for k, t in enumerate(tokens):
        owner = _owner(t)
        if owner and owner not in OURS and t not in ("it's", "its") and not owned_in_complement(tokens, k):
            foreign = foreign or owner not in TIMES
            rest = [_plain(r) for r in tokens[k + 1 :]]
            if owner in WORLD_AGENTS or owner + "s" in WORLD_AGENTS or owner in OTHER:
                return out(WORLD, True, "other_party")
            if any(r in GIVEN_NOUNS for r in rest[:3]):
                return out(CONTROL, True, "allocation")  # "each customer's discount": what we give them
            if owner in CLIENTS or owner + "s" in CLIENTS or owner.rstrip("s") in CLIENTS:
                return out(WORLD, True, "state")  # "the member's mood": a state of someone we serve
            if owner not in TIMES and any(r in PERSONAL for r in rest[:2]):
                return out(WORLD, True, "state")  # "the bride's budget": what a person has or feels
            # "yesterday's bunches", "each room's class": a time or a place owns nothing; read on.
    # 5. A wh-clause: whose act is it? ("which wholesaler (two)": a verbless pick among them is ours)
    if tokens[0] == "which" and len(tokens) == 2:
        return out(CONTROL, True, "decision")
    if wh is not None:
        verdict, firm, reason = wh_clause(tokens, wh)
        if verdict is not None:
            return out(verdict, firm, reason)
    # 6. A noun phrase: its head noun. A setting of ours laid out per segment of ours ("interest rate per loan
    # band", "the price in each street by hour") is a decision table, whatever the words suggest alone.
    verdict, firm, reason = _noun_lean(tokens)
    if verdict is None and foreign:
        return out(WORLD, False, "other_party")  # someone's own budget or taste: the model may overrule
    head = _head(tokens)
    if head and _plain(head) in ACTION_NOUNS and not (firm and verdict == WORLD) and _segmented(phrase):
        return out(CONTROL, True, "nouns")
    return out(verdict, firm, reason)


def _one_of_us(tokens: list[str]) -> bool:
    """ "which of us", "who of us": the one who acts is one of the planner's own people."""
    return any(t in WH and tokens[k + 1 : k + 3] == ["of", "us"] for k, t in enumerate(tokens[:-2]))


# A gerund that makes another party act ("getting the council to move the roadworks", "persuading the
# insurer to let its staff leave early"): the act named is theirs; ours is only the asking. ("asking" is left
# out: "asking regulars to book" names our request, an act in itself.)
CAUSATIVE_GERUNDS = frozenset(("getting", "persuading", "convincing"))


def _persuaded(tokens: list[str]) -> str:
    """ "persuaded" when the lever opens with a causative gerund whose object is another party (an outside
    body or side, not our people) and an infinitive follows; "their_act" when the object is the people we
    serve ("getting members to renew"), whom a plan may fairly mean to nudge by what it offers; else ""."""
    if not tokens or tokens[0] not in CAUSATIVE_GERUNDS or "to" not in tokens[2:]:
        return ""
    k = tokens.index("to", 2)
    who, after = tokens[1:k], (tokens[k + 1] if k + 1 < len(tokens) else "")
    if not who or not after or after in DETERMINERS or after in QUANTIFIERS or after[:1].isdigit():
        return ""  # "getting the pies to the shops by eight": a delivery of ours, no one else's act
    # the object's head is its last word before a preposition: "the bus company", "the insurer in the tower"
    named = next((who[:k] for k, t in enumerate(who) if t in PREPOSITIONS), who) or who
    side = side_of(named[-1])
    if side == "ours" or side_of(after) or any(t in OURS or t in FIRST_PERSON for t in who):
        return ""
    return "their_act" if side == "clients" else "persuaded"


def _segmented(phrase: str) -> bool:
    """Whether the phrase is scoped per a segment of ours ("per loan band", "for each car class"), not per a
    unit of measure or time ("per litre", "per hour")."""
    text = " ".join(_PARENS.sub(" ", phrase.lower()).split())
    match = re.search(r"\b(?:per|for each|for every|in each|in every|by)\s+([a-z-]+)(?:\s+([a-z-]+))?", text)
    if not match:
        return False
    nouns = [w for w in match.groups() if w and w not in DETERMINERS]
    return bool(nouns) and nouns[0].rstrip("s") not in UNITS and nouns[0] not in UNITS


def loops_back(lever: str) -> bool:
    """Whether a decision of ours can shape the data we later learn from: it reaches people (what they are
    shown or sent, or who is chosen) or it chooses where we look (whom we approve, which streets we
    patrol), so the outcomes on record depend on it. Spraying a field or starting a frost fan changes the
    crop, not what we get to observe about it, and asks for no thought about feedback loops."""
    ordered = [_plain(t) for t in _TOKEN.findall(lever.lower())]
    # "the car push rate", "screen speed": a word for what people see, naming a machine's setting
    settings = {t for t, after in zip(ordered, ordered[1:], strict=False) if after in MACHINE_MEASURES}
    tokens = set(ordered) - _unshown_feed(ordered) - settings
    # "people" and "person" alone name staff as often as customers ("how many people we call for the shift")
    people = {t for t in tokens if t in CLIENTS and t not in OUR_AGENTS and t not in ("people", "person")}
    return bool(
        people
        or tokens & SHOWN_TO_PEOPLE
        or tokens & WHERE_WE_LOOK
        or picks_people_by_role(lever)
        or picks_some(lever)
    )


MACHINE_MEASURES = frozenset(("rate", "rates", "speed", "speeds", "pressure", "temperature", "setpoint"))


def _unshown_feed(tokens: list[str]) -> set[str]:
    """A "feed" is what people see only as a page of posts ("the feed", "the home feed"); a machine's "feed
    rate" or the cows' "feed" is a setting or a material, and reaches nobody."""
    for k, token in enumerate(tokens):
        if token in ("feed", "feeds"):
            before = tokens[k - 1] if k else ""
            after = tokens[k + 1] if k + 1 < len(tokens) else ""
            if not (before in DETERMINERS or before in ("news", "home", "social", "main", "activity")) or (
                after in MEASURES
            ):
                return {"feed", "feeds"}
    return set()


def we_decide(sentence: str) -> bool:
    """Whether a sentence says we (or our model) take an action: "jars we price high", "the model picks"."""
    tokens = _TOKEN.findall(sentence.lower())
    return any(
        (t in ("we", "i") or t in SYSTEM_NOUNS) and any(is_action_verb(v) for v in tokens[k + 1 : k + 3])
        for k, t in enumerate(tokens)
    )
