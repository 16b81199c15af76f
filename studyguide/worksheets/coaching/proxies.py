"""Whether a metric clause counts our own output or a shallow act of the people it reaches, read from the
clause's structure rather than from a list of activity nouns. Pure: no Django, no torch.

A metric is a proxy when what it counts is something we hand out, issue or put up ("leaflets given to
families", "machines the clinic hands out") or a light touch by the people reached ("readers who scroll to
the bottom", "the app-open ratio"), while the objective names a change in the world. It is no proxy when the
counted thing is the objective's own ("falls per 1,000 residents"), when the objective asks for that very act
("more people open our app"), or when the act is a sale ("repeat visits that book").
"""

from __future__ import annotations

import re

from .text import stem, words

# Something we give away or display, written after the things counted: "leaflets given to pts", "kits issued",
# "posters put up". The thing counted is the plural noun just before the participle.
_HANDED_OUT = re.compile(
    # ("leaflets on handling given out": what the thing is about may come between)
    r"\b([a-z]+s)\s+(?:(?:on|about) [\w'-]+\s+)?(?:\([^)]*\)\s+)?"
    r"(given(?: out| away| to)?|handed(?: out| over| to)?|issued|distributed|dispensed|mailed|leafleted|"
    # sessions we put on: "digital help sessions delivered across the six branches"
    r"delivered|held|run|provided|put on|"
    r"printed|put up|pinned up|displayed|(?:taken|picked up) (?:from|at|off)|"
    # things we lend: "activity backpacks lent out at the desk", "bikes loaned to families"
    r"lent(?: out)?|loaned(?: out)?)\b"
)
# Printed matter we put out, counted by how much of it people take: "leaflets taken per 100 visitors". Taking
# a leaflet is the lightest touch there is; whatever follows it ("taken per", "taken at the desk"), the count
# is of our handout, not of what the objective wants.
_PRINT_TAKEN = re.compile(
    r"\b(leaflets|flyers|brochures|pamphlets|booklets|catalogues|programmes)\s+(taken|picked up|grabbed"
    r"|collected)\b"
)
# ...or before a clause whose subject is us: "machines the clinic hands out", "packs we give away".
_WE_HAND_OUT = re.compile(
    r"\b([a-z]+s)\s+(?:that |which )?(?:we|i|(?:our|the)(?: \w+){1,2})\s+"
    r"(hands? (?:out|over)|gives? (?:out|away)|issues|distributes|dispenses|mails? out|prints|puts? up|"
    r"lends?|loans?)\b"
)
# Work our own people or machines do, counted: "runs the tractor makes", "visits our nurse carries out".
# The thing counted is the plural noun before the clause; it is the outcome when the objective names it.
_WE_DO = re.compile(
    r"\b([a-z]+s)\s+(?:that |which )?(?:we|i|(?:our|the)(?: [\w-]+){1,2})\s+"
    r"(makes?|does|carr(?:y|ies) out|performs?|completes?|runs?|uploads?|posts?|logs?)\b"
)
# What we make, counted as it comes off the line: "loaves baked per market", "batches brewed", "chairs built".
# Making more is effort and stock; it is the outcome only when the objective names the thing or the making,
# and what became of it ("baked and sold", "baked but left over") is counted past the making.
_PRODUCED = re.compile(
    r"\b([a-z]+s)(?: of [a-z-]+(?: [a-z-]+)?)?\s+(?:\([^)]*\)\s+)?"
    r"(baked|brewed|cooked|produced|manufactured|built|forged|knitted|sewn|poured|bottled|fired"
    r"|thrown on the wheel)\b"
)
# Our own canvassing, counted by the doors or calls it took: "doors knocked per canvassing afternoon", "cold
# calls made a week", "houses visited". Knocking is effort; who signs up is the outcome.
_CANVASSED = re.compile(
    r"\b(doors|houses|homes|streets|calls|cold calls|phone calls|visits|pitches|approaches)\s+"
    r"(?:\([^)]*\)\s+)?(knocked(?: on| at)?|canvassed|leafleted|visited|made|placed|pitched|dialled|done)\b"
)
_FATE_AFTER = re.compile(
    r"\W*(?:(?:and|but|then|yet) )?(?:not |un)?(?:sold|left|wasted|thrown|binned|eaten|used)"
)
# Our own people or kit put out, counted: "Vehicles on the road each day: 38", "crews on call per night",
# "kiosks open per match". How much we deploy is a setting, not what it achieves; it is the outcome only when
# the objective names it.
_DEPLOYED = re.compile(
    r"\b(vehicles|vans|buses|ambulances|lorries|trucks|crews|drivers|officers|nurses|carers|marshals|stewards"
    r"|kiosks|tills|counters|lanes|beds|boats|machines)\s+(?:on the road|on duty|on shift|on call|out"
    r"|deployed|running|in service|open|staffed|available)\b"
    # any people or kit, said as put on the rota: "pickers on duty each day", "gritters deployed per night"
    r"|\b([a-z]{3,}s)\s+(?:on duty|on shift|on call|on the road|deployed|rostered|in service)\b"
)
# Our own time put into the work, counted: "Hours per week I spend on one-to-one room visits". What the time
# goes on is the act; it is the outcome only when the objective names it.
_TIME_SPENT = re.compile(
    r"\b(hours|minutes|days|time)\s+(?:(?:per|a|each) \w+\s+)?(?:that |which )?"
    r"(?:we|i|(?:our|the|my)(?: [\w-]+){1,2})\s+(spends?|puts? in)\s+(?:on|in|at)\s+"
    r"((?:[\w-]+\s+){0,4}?[\w-]+)"
    r"(?=\s*(?:$|[,.;:()]|\s-\s|\b(?:from|per|a|each|every|in|at|with|for|by)\b))"
)
# Our own routine acts counted by what was done with them: "tastings poured", "temperature checks logged",
# "inspections carried out". Checking, tasting and showing are steps on the way; the thing counted is the
# act's noun, which is the outcome only when the objective names it.
_ROUTINE_DONE = re.compile(
    r"\b(checks|inspections|audits|walk-?rounds|readings|tastings|samplings|demos|demonstrations|briefings"
    r"|trainings)\s+(?:\([^)]*\)\s+)?(poured|logged|recorded|done|carried out|completed|made|performed|taken"
    r"|ticked(?: off)?|held|given|run|conducted|filled in)\b"
)
# Messages or updates sent by our own people, counted per job or per head: "status pings per job sent by
# riders", "posts published by volunteers", or sent out with no sender named: "groupage quotes sent out per
# month", "proposals posted out". The thing counted is the plural noun before the participle.
_SENT_BY = re.compile(r"\b([a-z]+s)\s+(?:per \w+\s+)?(sent|posted|published|pushed)\s+(?:by|from|out)\b")
# Any work of ours counted by the shift or the week it was done in: "bin empties completed per crew shift",
# "fittings done per week". Getting through more of it is effort; it is the outcome only when the objective
# names the thing done.
_DONE_WORDS = ("done", "completed", "carried out", "performed")
_WORK_DONE = re.compile(
    r"\b([a-z]+s)\s+(?:\([^)]*\)\s+)?(done|completed|carried out|performed"
    # any act, counted by the round or the shift we do it in: "trees weeded per round", "bins emptied a shift"
    # ("incidents logged per 100 visits" is a rate of what happened, not work done on a round)
    r"|[a-z]{3,}ed(?=\s+(?:per|a|an|each|every) (?:[a-z-]+ )?(?:round|shift|patrol)s?\b))"
    r"\s+(?:per|a|an|each|every)\b"
)
# A light touch by the people reached: "recipients who scroll to the bottom", "users that open the app",
# and the same act folded into a noun: "app-open ratio", "scroll depth", "DAU/MAU".
_SHALLOW_ACT = re.compile(
    # ("that tastes like nonna's": "like" after a verb of the senses or of being compares, it touches nothing)
    r"\b(?:who|that)\s+(?:(?!(?:tastes?|looks?|feels?|sounds?|smells?|seems?|is|are|was|were|did|does)\s)\w+\s+)?"
    r"(scroll|open|click|tap|swipe|download|install|view|like|follow|share|save|bookmark)(?:s|d|ed)?\b"
    # the same touch told of the thing we sent, on its link or button: "texts where the customer clicks the
    # 'book a check' link", "emails in which a parent taps". (A click on a search result may be the finding
    # itself: "searches where the user clicks a result near the top" is left to the rest of the metric.)
    r"|\b(?:where|in which)\s+(?:the |a |an |our |their )?(?:[\w-]+\s+)?(?:\w+\s+)?"
    r"(open|click|tap|swipe|view|like|share|save|bookmark)(?:s|ed)?\b"
    r"(?=\s*(?:$|[,.;:()]|(?:on |through )?(?:the |a |an |our |their )?(?:['‘\"“][^'’\"”]*['’\"”]\s*)?"
    r"(?:[\w-]+ ){0,5}?(?:link|button|banner|ad|advert|tile|icon)s?\b))"
    # the people named, then the touch as they do it: "people clicking 'interested'", "parents tapping"
    r"|\b(?:people|users|visitors|readers|customers|fans|followers|parents|members|viewers|subscribers)\s+"
    r"(clicking|tapping|opening|liking|viewing|sharing|following|scrolling|swiping)\b"
    r"|\b(?:app|email|e-?mail|newsletter|notification|push)[- ](open|view|click|tap)s?\b"
    r"|\b(?:[\w-]+[- ])?(scroll)(?:ed|ing)?(?: depth| rate| to the)\b"
    r"|\b(dau|mau)\b"
    # what the people reached do to our things short of buying them: "rugs shoppers unroll to look at"
    r"|\b[a-z]+s (?:that |which )?(?:customers|people|visitors|shoppers|browsers|guests|readers|users) "
    r"(?:\w+ )?(look at|browse|handle|unroll|unfold|try on|pick up|leaf through|flick through)\b"
    # a pause at what we put on show, short of coming in or buying: "passers-by who stopped at her window",
    # "people who glance at the stall"
    r"|\b(?:who|that)\s+(?:\w+\s+)?(stop|pause|linger|glance|peer|look|browse)(?:s|ped|ed|d)?\s+"
    r"(?:at|in|into|by|through|over)\s+(?:the |our |my |her |his |their )?(?:[\w-]+ )?"
    r"(?:window|windows|display|displays|stall|stand|shopfront|showcase|poster|posters|board|banner|stand)\b"
    # a count of light touches per thing shown: "saves-to-favourites per listing", "likes per post"
    r"|\b(view|click|like|save|share|favourite|bookmark)s(?:[- ]to[- ][a-z]+)? per\b"
    # ... or on what we list: "favourites on my listings per month"
    r"|\b(view|click|like|save|share|favourite|favorite|bookmark|heart)s (?:on|to|for) (?:my|our|the) "
    r"(?:[\w-]+ )?(?:listings?|posts?|pages?|items?|products?|ads?|videos?)\b"
)
# The act is a sale or a use that is the outcome itself: "recipients who open and book", "kits issued and
# returned" do not stop at the touch.
_THEN_SOLD = re.compile(
    r"\b(?:book|buy|bought|pay|paid|sign|join|renew|subscrib|return|redeem|attend|complet)"
)
# "warnings issued where no flood followed": a mistake among the things handed out is counted, not the act.
_QUALIFIED = re.compile(r"\W*(?:where|when|without|but|that (?:were|was|turned|proved))\b")
# "bottles sold per 100 samples given": what is handed out is only the denominator of a sale.
_SALE = re.compile(r"\b(?:sold|sales?|bought|booked|paid)\b|\bper (?:\d[\d,]* |a |each |every )?\w*\W*$")


# What a link or button says is its label, not what the person did: "clicks the 'book a battery check' link",
# "taps the Buy Now button". Touching it is the act; the booking or the sale may never follow.
_LABELLED = re.compile(
    r"^\W*(?:the |a |an |our |their )?(?:['‘\"“][^'’\"”]*['’\"”]\s*|(?:[\w-]+ ){1,5}?)"
    r"(?:link|button|banner|tile|icon|call to action)s?\b"
)


def _sold_after(rest: str) -> bool:
    """Whether a sale follows the act, read up to any bracket: "(last year 310 signs)" holds figures. A link
    or button touched is named by its label, which says nothing of what followed."""
    rest = _LABELLED.sub(" ", rest.split("(", 1)[0])
    return _THEN_SOLD.search(rest) is not None


# Our own helpers counted at the work: "Number of volunteers at each planting morning". How many help is the
# effort put in; it is the outcome only when the objective asks for helpers.
_HELPERS = re.compile(
    r"\b(?:number of|no\.? of|how many|count of|headcount of)\s+(volunteers|helpers|stewards|marshals|staff)"
    r"\s+(?:at|on|who (?:come|came|turn|attend)|turning up|coming|attending|per)\b"
    # the same heading the clause, and those who play or perform for us: "Musicians turning up to each
    # session", "volunteers coming to each planting morning"
    r"|^\W*(volunteers|helpers|stewards|marshals|musicians|performers|acts|bands|singers|dancers|callers)"
    r"\s+(?:turning up|who (?:come|came|turn up|attend|play|perform)|coming|attending|playing|performing)\b"
)


# Our own practice counted: "Test laps driven before the event", "practice sessions run", "mock exams sat".
# Preparation is effort put in; it is the outcome only when the objective asks for the practice itself.
_PRACTICE = re.compile(
    r"\b(test|practice|practise|training|trial|rehearsal|warm-?up|mock|dry)[- ](laps|runs|sessions|drives"
    r"|flights|matches|games|rounds|races|hours|miles|km|kilometres|exams|papers|jumps|dives|sails)\b"
)
# A routine act counted by its being logged: "Flushes logged as done on the CAFM system each week", "rounds
# marked complete". The log says the work was done; the objective is what the work is for.
_LOGGED_AS_DONE = re.compile(
    r"\b([a-z]+s)\s+(?:\([^)]*\)\s+)?(?:logged|recorded|marked|ticked|signed off|booked) (?:off )?as "
    r"(?:done|complete|completed|carried out|finished)\b"
)
# A place named only as where the outcome comes from: "from my plot", "in the garden", "at our allotment".
_PLACE_NAMED = re.compile(r"\b(?:from|in|at|on|around) (?:my|our|the|his|her|their) [\w-]+(?: [\w-]+)?")
# The hours our own people or hired hands put into a kind of work: "contractor hours of weeding per year",
# "volunteer hours on litter picks". The work is effort; it is the outcome only when the objective names it.
_HOURS_OF_WORK = re.compile(
    r"\b(?:staff|contractor|contractors'?|volunteer|volunteers'?|crew|crews'?|our|team|ranger|officer)"
    r" hours (?:of|on|spent on|put into) ((?:[\w-]+\s+){0,2}?[\w-]+)(?=\s*(?:$|[,.;:()]|\b(?:per|a|each|every"
    r"|in|by|this|last)\b))"
)
# An objective about time given to something: "children spend more time reading", "more hours on the ward".
_TIME_AIM = re.compile(r"\b(spend|spends|spent|spending|time|hours|minutes)\b")


# Lending told from either side: an objective about loans or borrowing ("more books borrowed") names the act.
_LENDING_ROOTS = ("lent", "lend", "loan", "borr")


_OUR_OUTPUTS = (
    _HANDED_OUT,
    _PRINT_TAKEN,
    _WE_HAND_OUT,
    _SENT_BY,
    _WE_DO,
    _ROUTINE_DONE,
    _PRODUCED,
    _CANVASSED,
    _WORK_DONE,
)
# the outputs whose counted thing may be the objective's own ("parcels sent by courier" for more parcels)
_NAMED_OUTPUTS = (_SENT_BY, _WE_DO, _ROUTINE_DONE, _PRODUCED, _CANVASSED, _WORK_DONE)


def counted_activity(clause: str, objective: str) -> str | None:
    """The activity the clause counts, when it is our output or a shallow act the objective does not name."""
    text = clause.lower().replace("’", "'")
    objective_words = {stem(w) for w in words(objective)}
    helpers = _HELPERS.search(text)
    who = helpers and (helpers.group(1) or helpers.group(2))
    if helpers is not None and stem(who) not in objective_words:
        return helpers.group(0)
    for pattern in _OUR_OUTPUTS:
        match = pattern.search(text)
        # The objective may name the thing ("patients still using their machine") and still not the handing
        # out; an objective that asks for the handing out itself ("get the kits issued") is measured by it.
        if match is None or _SALE.search(text[: match.start()]) or _sold_after(text[match.end() :]):
            continue
        # "parcels sent by courier" when the objective is about parcels: the thing sent is the outcome.
        # ("trees weeded per round" for young trees alive: the trees are the objective's, the weeding is not;
        # the act's own word is read against the objective below)
        acted_on = pattern is _WORK_DONE and match.group(2) not in _DONE_WORDS
        if pattern in _NAMED_OUTPUTS and not acted_on and stem(match.group(1)) in objective_words:
            continue
        if _QUALIFIED.match(text[match.end() :]):
            continue
        if pattern is _PRODUCED and _FATE_AFTER.match(text[match.end() :]):
            continue
        # "given"/"give", "issued"/"issue": the verb's root against the objective's words.
        # A plural noun in -ings names money or goods, not the act ("takings", "earnings", "holdings").
        root = re.sub(r"(?:en|ed|es|s)$", "", words(match.group(2))[0])[:4]
        roots = _LENDING_ROOTS if root in _LENDING_ROOTS else (root,)
        if not any(w.startswith(roots) and not w.endswith("ings") for w in words(objective)):
            return match.group(0)
    deployed = _DEPLOYED.search(text)
    if deployed is not None and stem(deployed.group(1) or deployed.group(2)) not in objective_words:
        return deployed.group(0)
    spent = _TIME_SPENT.search(text)
    # Time spent on what the objective wants less of ("hours on repeat repairs", for fewer repeat repairs)
    # measures it; time spent at the place the objective names only as where ("hours I spend on the plot",
    # for more vegetables from my plot) is still effort, as it is for an objective about anything else.
    # An objective about the time itself makes it the outcome.
    if spent is not None and _TIME_AIM.search(objective.lower()) is None:
        thing = stem(words(spent.group(3))[-1])
        named = {stem(w) for w in words(_PLACE_NAMED.sub(" ", objective.lower()))}
        if thing not in named:
            return spent.group(0)
    hours = _HOURS_OF_WORK.search(text)
    if hours is not None and _TIME_AIM.search(objective.lower()) is None:
        if stem(words(hours.group(1))[-1]) not in objective_words:
            return hours.group(0)
    practice = _PRACTICE.search(text)
    if practice is not None and stem(practice.group(1)) not in objective_words:
        return practice.group(0)
    logged = _LOGGED_AS_DONE.search(text)
    if logged is not None and stem(logged.group(1)) not in objective_words:
        return logged.group(0)
    match = _SHALLOW_ACT.search(text)
    if match is None:
        return None
    act = next(g for g in match.groups() if g)
    # "more people open our app", "more readers scroll": an objective about the act itself.
    if stem(act) in objective_words or _sold_after(text[match.end() :]):
        return None
    return match.group(0)


def counts_what_we_make(clause: str) -> bool:
    """Whether the clause counts our own making ("loaves baked per market"), read as ``_PRODUCED``."""
    return _PRODUCED.search(clause.lower().replace("’", "'")) is not None
