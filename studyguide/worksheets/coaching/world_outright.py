"""Levers that name the world outright: the weather on some days ("dry, warm evenings in July", "sunny
weekends", "how deep the snow lies"), how many outsiders happen to be about ("the number of tourists staying
in town overnight") or how a contest ends ("the home team winning"). Nobody in the plan decides any of them,
and the lever says nothing anyone does: no actor of ours, no verb of choosing, no "which" or "whether" of
ours. Read from the whole phrase, whose words must all fit that reading; "the heating on cold evenings" or
"which dry days we book" name a setting or a choice and are left to the lever reader. Pure: no Django, no
torch."""

from __future__ import annotations

import re

from .lever_words import ACTION_NOUNS, DETERMINERS, GIVEN_NOUNS, OUR_AGENTS, PREPOSITIONS

_WEATHER = frozenset(
    "weather rain rainy rainfall dry wet warm cold hot mild sunny sunshine frost frosty snow snowy windy "
    "wind calm foggy fog misty cloudy overcast stormy storms humid freezing".split()
)
_TIMES = frozenset(
    "day days evening evenings night nights morning mornings afternoon afternoons weekend weekends week "
    "weeks spell spells season seasons summer summers winter winters spring autumn month months weather "
    "january february march april may june july august september october november december".split()
)
_JOINERS = frozenset(("and", "or", "more", "fewer", "enough"))
# A list label before the lever: "SQ7:", "3.", "L2)".
_LABEL = re.compile(r"^\W*(?:[a-z]{0,4}\d+[a-z]?\s*[:.)-]\s*)?")
_WORD = re.compile(r"[a-z]+")

# A count of outsiders about at the time: "the number of tourists staying in town", "how many day-trippers
# are on the front".
_OUTSIDERS_PRESENT = re.compile(
    r"^(?:the )?(?:number|count|amount) of (?:[a-z-]+ )?"
    r"(?:tourists|visitors|holidaymakers|day-trippers|trippers|passers-by|commuters|residents|shoppers|"
    r"passengers|crowds|people) "
    r"(?:staying|visiting|holidaying|arriving|passing|living|around|about|in town"
    r"|in the (?:town|city|area))\b"
)
_OUR_SIDE = re.compile(r"\b(?:we|our|us|i|my|you|your|which|whether|who|what|how|when|where)\b")


def _words(lever: str) -> list[str]:
    return _WORD.findall(_LABEL.sub("", lever.lower().replace("’", "'")))


# How the weather is judged, and the times of the work it falls on: "good weather in harvest week",
# "frost-free nights in April", "settled spells over the festival".
_WEATHER_QUALITIES = frozenset(
    "good bad fine nice poor decent settled kind free clear light heavy strong high low".split()
)
_WORK_TIMES = frozenset("harvest picking planting haymaking lambing festival term holidays".split())


def names_weather_only(lever: str) -> bool:
    """Whether the lever is made only of weather, times and small words, with a weather word in it."""
    words = _words(lever)
    # what the weather is for: "a dry, settled summer for flying", "calm days for sailing"
    found = [w for k, w in enumerate(words) if not (k and w.endswith("ing") and words[k - 1] == "for")]
    allowed = _WEATHER | _TIMES | _JOINERS | PREPOSITIONS | DETERMINERS | _WEATHER_QUALITIES | _WORK_TIMES
    return bool(found) and all(w in allowed for w in found) and any(w in _WEATHER for w in found)


def names_outsiders_present(lever: str) -> bool:
    """Whether the lever counts outsiders who happen to be about, with no act of ours in it."""
    raw = _LABEL.sub("", lever.lower().replace("’", "'")).strip()
    return bool(_OUTSIDERS_PRESENT.match(raw)) and not _OUR_SIDE.search(raw)


# A clause about the weather itself ("how deep the snow lies on the hill", "how much it rains", "whether the
# frost comes early"): its subject is the weather and its verb only says the weather is there. A verb of ours
# ("how deep the snow is pushed", "whether the rain covers go on") or anyone of ours in it leaves it to the
# lever reader.
_CLAUSE_OPENERS = frozenset(("how", "whether", "when", "if"))
_WEATHER_NOUNS = frozenset("weather rain rainfall snow frost wind fog mist sun sunshine storm storms".split())
_WEATHER_VERBS = frozenset(("rains", "snows", "freezes", "thaws", "pours", "drizzles"))
_BEING_THERE = frozenset(
    "lies lie falls fall comes come settles settle stays stay lasts last blows blow drifts drift melts melt "
    "arrives arrive clears clear shines shine is are".split()
)
_OURS_NAMED = frozenset(("we", "our", "us", "i", "my", "you", "your"))


def names_weather_clause(lever: str) -> bool:
    """Whether the lever asks how, whether or when the weather does what only the weather does."""
    found = _words(lever)
    if len(found) < 3 or found[0] not in _CLAUSE_OPENERS or _OURS_NAMED & set(found):
        return False
    k = 2 if found[0] == "how" else 1  # "how deep", "how much", "how hard"
    k += 1 if k < len(found) and found[k] in DETERMINERS else 0
    if k + 1 >= len(found):
        return False
    subject, verb = found[k], found[k + 1]
    if subject == "it":
        weather = verb in _WEATHER_VERBS
    else:
        weather = subject in _WEATHER_NOUNS and verb in _BEING_THERE | _WEATHER_VERBS
    tail = found[k + 2 :]
    # "is cleared", "is ploughed": something is done to it; "on the hill that morning" only says where, when
    done_to = bool(tail) and tail[0].endswith(("ed", "en"))
    ours = any(t in OUR_AGENTS or t in ACTION_NOUNS for t in tail)
    return weather and not done_to and not ours


# A contest's result ("the home team winning its previous meeting", "the first XI losing at home"): who wins
# is settled on the field, by no one in the plan. Only with the side at the head of the phrase and its result
# right after it: "a prize for the team winning the quiz" names our prize, "which bidder wins the contract"
# our choice, "getting the side to win" our asking (read elsewhere); and never when what is won is ours.
_SIDES = frozenset(
    "team teams side sides club clubs squad xi xv player players horse horses runner runners rider riders "
    "opponent opponents rival rivals boxer boxers".split()
)
_RESULTS = frozenset("win wins winning won lose loses losing lost beat beats beating beaten".split())
_SIDE_QUALIFIERS = frozenset(("home", "away", "visiting", "first", "second", "local", "opposing", "rival"))


def names_contest_result(lever: str) -> bool:
    """Whether the lever names a side in a contest and its result, and nothing of ours."""
    found = _words(lever)
    if _OURS_NAMED & set(found) or _OUR_SIDE.search(" ".join(found)):
        return False
    k = 1 if found[:1] and found[0] in DETERMINERS else 0
    while k < len(found) and k < 3 and found[k] in _SIDE_QUALIFIERS:
        k += 1
    if not (k + 1 < len(found) and found[k] in _SIDES and found[k + 1] in _RESULTS):
        return False
    # "the team wins a bonus", "which crew wins the voucher": what they win is ours to give, and the team may
    # be our staff
    return not any(t in ACTION_NOUNS or t in GIVEN_NOUNS for t in found[k + 2 :])


# A measured quantity of the weather at a place ("the wind speed on the beach", "the tide height at the
# slipway"): the weather's noun heads it, a measure of it follows, and anything after only says where. Any
# word of ours ("we", "which", "our") or anything we do or give in the place leaves it to the lever reader.
# "Air" is left out: "the air temperature" in a building is the heating's, so ours.
_NATURAL_SOURCES = frozenset(
    "wind winds gust gusts rain rainfall sunshine frost fog storm storms sea tide".split()
)
_MEASURES = frozenset(
    "speed speeds strength force direction gusts temperature temperatures level levels height depth "
    "hours".split()
)


def names_weather_measure(lever: str) -> bool:
    """Whether the lever is a measure of the weather (wind speed, sea temperature), at most with a place."""
    found = _words(lever)
    if _OUR_SIDE.search(" ".join(found)):
        return False
    k = 1 if found[:1] and found[0] in DETERMINERS else 0
    if not (k + 1 < len(found) and found[k] in _NATURAL_SOURCES and found[k + 1] in _MEASURES):
        return False
    tail = found[k + 2 :]
    if not tail:
        return True
    # only a place after it: "on the beach", "at the hut"; short, and nothing of ours or any act in it
    placed = tail[0] in PREPOSITIONS and len(tail) <= 4
    return placed and not any(t in OUR_AGENTS or t in ACTION_NOUNS or t in GIVEN_NOUNS for t in tail)


# A property of things another party brings or owns ("how hard the conkers are that the players bring",
# "how clean the boats are the owners bring"): we neither make those things nor set how they are.
# Only with the property clause first and a party that is not one of ours (no staff, no "we") bringing them.
# "how many", "how often", "how soon": counts and timings, read elsewhere
_NOT_PROPERTIES = frozenset(("many", "much", "often", "soon", "long", "far", "quickly", "early", "late"))
# Only bringing along or owning: what a party makes, grows or sends may be made by a part of our own (the
# kitchen, the farm, the depot), which no word list can rule out.
_BRINGING = frozenset("bring brings own owns".split())
_BE = frozenset(("is", "are", "was", "were"))
_NOT_A_PARTY = frozenset(("we", "i", "you", "who", "which", "what"))


def names_property_of_theirs(lever: str) -> bool:
    """Whether the lever asks how some thing is, the thing being what another party brings or owns."""
    found = _words(lever)
    if len(found) < 7 or found[0] != "how" or found[1] in _NOT_PROPERTIES:
        return False
    if _OURS_NAMED & set(found) or found[2] not in DETERMINERS:
        return False
    rest = found[3:]
    be = next((i for i, w in enumerate(rest) if w in _BE), None)
    if be is None or be == 0 or be > 2:
        return False
    # the things are our own kit or something we set ("how full the vans are that the drivers bring")
    if any(t in OUR_AGENTS or t in ACTION_NOUNS for t in rest[:be]):
        return False
    after = rest[be + 1 :]
    after = after[1:] if after[:1] and after[0] in ("that", "which") else after
    k = 1 if after[:1] and after[0] in DETERMINERS else 0
    party = after[k : k + 1]
    verb = after[k + 1 : k + 2]
    if not party or not verb or verb[0] not in _BRINGING or len(after) > k + 3:
        return False
    return party[0] not in OUR_AGENTS and party[0] not in _NOT_A_PARTY


# Whether things keep to time ("inbound aircraft arriving on schedule", "the delivery vans turning up late",
# "connecting trains running on time"): a row whose only verb says something comes, goes or runs, and whose
# end says how that keeps to a timetable. Punctuality is a state of the day (the plan may hold buffers or
# start earlier, but nobody sets the lateness itself); a row with anyone of ours or a choice in it ("which
# vans we send so they arrive on time", "our own crews arriving on time") is left to the lever reader.
_KEEPING_TIME = re.compile(
    r"^(?:the |a |an |all |any )?(?:[a-z'-]+ ){0,3}?[a-z'-]+s? "
    r"(?:arriving|arrive|arrives|departing|depart|departs|leaving|landing|running|runs|coming in|getting in"
    r"|turning up|showing up|turn up|show up|turns up|shows up|being|are|is)"
    r" (?:on|to|behind|ahead of) (?:time|schedule|timetable)$"
    r"|^(?:the |a |an |all |any )?(?:[a-z'-]+ ){0,3}?[a-z'-]+s? "
    r"(?:arriving|departing|landing|running|coming in|turning up|showing up) (?:late|early)$"
)


def names_timekeeping(lever: str) -> bool:
    """Whether the lever says only that things arrive, leave or run on time (or late), nothing of ours."""
    found = _words(lever)
    match = _KEEPING_TIME.match(" ".join(found))
    if match is None or _OUR_SIDE.search(" ".join(found)) or any(t in OUR_AGENTS for t in found):
        return False
    # The subject must be the things that come: "a reminder to arrive on time" is something we send, and a
    # preposition ("the text to guests arriving late") makes the row about something else.
    subject = " ".join(found)[: match.end()].split()[:-3]
    return not any(t in PREPOSITIONS or t in ACTION_NOUNS or t == "to" for t in subject)


# The weather held to a level as though we could set it: "keeping the swell under a metre on trip days",
# "making sure the wind stays below 20 mph". Nobody keeps the sea down; "keeping the rain off the stall" (a
# cover of ours) names no level and is left alone.
_WEATHER_HELD = re.compile(
    r"^(?:keep|keeps|keeping|make sure|making sure|ensure|ensuring|hold|holding)\s+(?:the\s+)?"
    r"(?:weather|swell|sea|seas|waves|wind|winds|rain|rainfall|frost|snow|fog|tide|tides|outside temperature"
    r"|air temperature)\s+(?:stays?\s+|is\s+)?(?:under|below|above|over|less than|more than|at most|at least"
    r"|calm|low|down|dry)\b"
)


def names_weather_held(lever: str) -> bool:
    """Whether the lever holds the weather to a level (see ``_WEATHER_HELD``)."""
    return bool(_WEATHER_HELD.match(_LABEL.sub("", lever.lower().replace("’", "'")).strip(" -•*")))


# Nature at its own work: "bulbs flowering on the festival weekends", "the early apples ripening", "ewes
# lambing in March". A living thing heads the phrase and its own growth follows; nothing of ours is in it.
_NATURES_OWN = frozenset(
    "flowering blooming blossoming ripening sprouting fruiting budding leafing hatching nesting laying "
    "spawning migrating moulting breeding calving lambing foaling shedding germinating hibernating swarming "
    "rutting".split()
)
# What a plant or beast drops of its own: "the trees dropping their leaves", "the hedges losing their berries"
_DROPPED = re.compile(
    r"\b(?:dropping|losing|shedding) (?:all )?(?:their|its|the) (?:last )?(?:leaves|fruit|needles|petals"
    r"|blossom|berries|coats?|antlers|feathers)\b"
)
# How far along nature is, said before its gerund: "the trees having finished dropping their leaves"
_ASPECT = frozenset("having finished stopped started begun done".split())


def names_nature_at_work(lever: str) -> bool:
    """Whether the lever is a living thing doing what it does by itself, with no act or word of ours."""
    # (what is dropped is read as the shedding itself, so that what follows is the time or place)
    found = _DROPPED.sub("shedding", " ".join(w for w in _words(lever) if w not in _ASPECT)).split()
    k = next((i for i, w in enumerate(found[:4]) if w in _NATURES_OWN), None)
    if k is None or k == 0 or _OURS_NAMED & set(found) or _OUR_SIDE.search(" ".join(found[:k])):
        return False
    # the gerund ends the phrase or opens a time or place ("flowering on the festival weekends"); before a
    # noun it only names a kind ("breeding pairs", "laying hens"), and after "of" it has no subject
    after = found[k + 1] if k + 1 < len(found) else ""
    # ("ripening evenly": a manner, not a kind)
    if (
        after
        and after not in PREPOSITIONS
        and after not in DETERMINERS
        and not after.endswith("ly")
        or found[k - 1] in PREPOSITIONS
    ):
        return False
    return not any(w in OUR_AGENTS or w in ACTION_NOUNS for w in found[:k])


# The weather at its own work, said with an "-ing" verb: "rain holding off during picking", "the frost staying
# away until May", "the wind dropping by the evening".
_WEATHER_DOING = frozenset(
    "holding staying keeping coming falling lasting clearing settling arriving blowing easing dropping "
    "rising lifting breaking setting".split()
)


def names_weather_doing(lever: str) -> bool:
    """Whether the lever opens with the weather as the subject of an "-ing" verb of its own, and has nothing
    of ours in it."""
    found = _words(lever)
    k = 1 if found[:1] and found[0] in DETERMINERS else 0
    if k + 1 >= len(found) or found[k] not in _WEATHER_NOUNS or found[k + 1] not in _WEATHER_DOING:
        return False
    return not (_OURS_NAMED & set(found)) and not any(w in OUR_AGENTS or w in ACTION_NOUNS for w in found)


# A state of people or of the market at the head of the row, owned by no one of ours and acted on by nobody:
# "the member's mood and motivation", "customer demand", "demand for cider apples", "staff morale", "the
# pupil's nerves on exam day". Not a budget or a level ("the advertising budget" is set by us), and never with
# a word of choosing ("which", "whether", "how") or of ours.
_PEOPLES_STATES = frozenset(
    "mood moods motivation morale nerves feelings happiness satisfaction confidence enthusiasm stress "
    "anxiety tiredness fatigue appetite demand footfall inflation economy recession popularity".split()
)
_MAX_HEAD_WORDS = 4


def names_a_state_outright(lever: str) -> bool:
    """Whether the row's head (before any preposition) ends on a state of people or the market, in at most
    four words, with no word of choosing, of ours or of an act in the whole row."""
    found = _words(lever)
    if not found or _OUR_SIDE.search(" ".join(found)) or any(w in ACTION_NOUNS for w in found):
        return False
    cut = next((i for i, w in enumerate(found) if w in PREPOSITIONS and i > 0), len(found))
    # ("member's" reads as "member", "s"; "mood and motivation" is one head)
    head = [w for w in found[:cut] if w not in DETERMINERS and w not in ("s", "and", "or")]
    return 0 < len(head) <= _MAX_HEAD_WORDS and head[-1] in _PEOPLES_STATES


# What the market pays, said of the thing sold: "the price lambs fetch at the autumn sale", "what the fleeces
# sell for", "the auction price of store cattle". Buyers set it; the seller only chooses when and what to
# sell.
_MARKET_PRICE = re.compile(
    r"^(?:the |a |an )?(?:average |going |usual )?(?:price|prices|rate|rates|sum|amount)(?: (?:that|which))?"
    r" (?:[a-z'-]+ ){1,3}?(?:fetch|fetches|fetched|fetching|sell for|sells for|sold for|selling for|go for"
    r"|goes for|went for|going for|make at|makes at|made at)\b"
    r"|^what (?:[a-z'-]+ ){1,3}?(?:fetch|fetches|fetched|sell for|sells for|sold for|go for|goes for|went for"
    r"|make at|makes at|made at)\b"
    r"|^(?:the |a |an )?(?:market|auction|mart|spot|going|trade) (?:prices?|rates?|values?)\b"
)


# Prices to choose between, in the row itself: "Trade price per jar (for 150g: £2.40 or £2.70)" is the price
# we quote the trade, a setting of ours, not what a market pays.
_PRICES_OFFERED = re.compile(r"[£$€]\s?\d[\d.,]*\s*(?:or|/|,)\s*[£$€]\s?\d")


def names_market_price(lever: str) -> bool:
    """Whether the row names the price a market pays for what is sold, with no word of ours in it."""
    found = _words(lever)
    offered = _PRICES_OFFERED.search(lever) is not None
    return bool(_MARKET_PRICE.search(" ".join(found))) and not _OURS_NAMED & set(found) and not offered


def outright_kind(lever: str) -> str:
    """What a lever named outright by the world is, said to the student."""
    if names_contest_result(lever):
        return "how a contest ends, which nobody decides"
    if names_timekeeping(lever):
        return "whether things keep to their timetable, which no setting of yours decides"
    if names_property_of_theirs(lever):
        return "how something others bring is, which you neither make nor set"
    if names_market_price(lever):
        return "what the market pays, which buyers decide, not you"
    return "the weather, nature or who happens to be around, which nobody decides"


def names_world_outright(lever: str) -> bool:
    """Whether the lever names the weather or a measure of it, a count of outsiders about, a contest's
    result, how things others bring are or whether things keep to time, and nothing anyone in the plan
    does."""
    return (
        names_weather_only(lever)
        or names_outsiders_present(lever)
        or names_weather_clause(lever)
        or names_contest_result(lever)
        or names_weather_measure(lever)
        or names_property_of_theirs(lever)
        or names_timekeeping(lever)
        or names_weather_held(lever)
        or names_nature_at_work(lever)
        or names_weather_doing(lever)
        or names_a_state_outright(lever)
        or names_market_price(lever)
    )
