"""Whether a model says outright which inputs it reads: "sand used per day from the weather forecast, the
season and the route", "footfall given the weather, school holidays and town events". A model that lists
two or more inputs, none of them a store of records (whose columns could hold anything) and none sharing a
word with a lever, has said that no lever is among them: the coach can state that, not only ask it. Pure: no
Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence, Set

from .counted_choices import without_counted_choices, without_demand_head, without_training_set
from .input_options import names_option
from .lever_units import setting_part, without_ratio_base
from .lever_words import OUTCOME_NOUNS
from .optimised import BOUND as _BOUND
from .optimised import optimiser_sets
from .others_inputs import without_others_settings as _without_others_settings
from .others_inputs import without_outcome_history
from .outcome_first import predicted_outcome
from .text import GENERIC, STOPWORDS, content_stems, sentences, stem, with_number_spelled, words

# The word that opens the list of inputs, and the list up to the end of the clause.
_INPUTS = re.compile(
    r"\b(?:from|given|using|based on|as a function of|with inputs?|inputs?)\s*:?\s+(?P<list>[^.;:()]+)"
)
_ITEM = re.compile(r",|\band\b|\bplus\b|&|/")
# A store of records names no input: its columns could include the lever. Features said as used ("features
# used", "features in use") are a product's, one input, not a model's columns.
_RECORDS = re.compile(
    r"\b(?:data|dataset|records?|history|histories|logs?|sheets?|till|database|files?|variables?"
    r"|features?(?! (?:used|in use|adopted|enabled|switched on|turned on)\b)"
    r"|factors?|everything|all)\b"
)
_MIN_ITEMS = 2
# A clause's opener names no thing: "whether it came in out of hours" is no lever "whether we approve ...".
_CLAUSE = frozenset(("whether",))
# Words that only say a thing is counted: "the number of display aircraft booked" shares nothing with "the
# number of shuttle buses" but the counting.
_COUNTING = frozenset(("number", "amount", "count"))
# Words that say when a setting applies, not what is set: "the weekend call-out fee" sets a fee; a model that
# reads "whether it is a bank holiday weekend" (or "delegates at lunch") reads the calendar, not the fee.
_WHEN = frozenset(
    "weekend weekends weekday weekdays evening evenings night nights morning mornings afternoon afternoons "
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays thursdays fridays "
    "saturdays sundays winter summer spring autumn breakfast lunch lunchtime dinner supper teatime date "
    "dates".split()
)
_WHEN_STEMS = frozenset(content_stems(" ".join(_WHEN)))


def listed_inputs(modeler: str) -> list[list[str]]:
    """For each sentence that lists inputs, its items (bracketed examples, "type (mews, flat)", end none)."""
    found = []
    for sentence in sentences(modeler):  # ("no. of storms": a number spelled out)
        low = _ASIDE.sub(" ", with_number_spelled(sentence.lower().replace("’", "'")))
        for match in _INPUTS.finditer(low):
            items = [i.strip() for i in _ITEM.split(match.group("list")) if content_stems(i)]
            if len(items) >= _MIN_ITEMS:
                found.append(items)
    return found


# A lever's bracketed aside gives examples of its settings or says whom it suits: "which prompt an account
# sees (limit banner, feature teaser, email from CSM)", "which fitter (specialists for larger cup sizes)". A
# model input that shares one word with it ("features used", "cup size") names none of them: an input names
# an aside's option only with all of that option's words ("the limit banner shown").
_ASIDE = re.compile(r"\(([^()]{0,300})\)")
_OPTION = re.compile(r"[,;/]|\bor\b")
# The same examples after a colon: "the prompt shown to an account: a limit banner, a feature teaser or an
# email". Only after a name of two words or more ("Q: ...", "A: ..." are labels), and only a list of options
# that does not open as the lever itself would ("Staffing: how many nurses on each shift" names the lever).
_COLON_OPTIONS = re.compile(
    r"^\W*[a-z]{2,}\W+[a-z]{2,}[^:]*:\s*(?!\s|(?:how|which|what|whether|who|where)\b)"
    r"(?P<options>[^():]{1,300}?(?:,|\bor\b)[^():]{1,300})$",
    re.I,
)


def _asides(lever: str) -> list[str]:
    found = _ASIDE.findall(lever)
    if listed := _COLON_OPTIONS.search(_ASIDE.sub(" ", lever).rstrip(" .")):
        found.append(listed.group("options"))
    return found


def _aside_options(levers: Sequence[str]) -> list[set[str]]:
    options = (
        content_stems(option)
        for lever in levers
        for aside in _asides(lever)
        for option in _OPTION.split(aside)
    )
    return [option for option in options if option]


def _without_asides(lever: str) -> str:
    bare = _ASIDE.sub(" ", lever)
    if listed := _COLON_OPTIONS.search(bare.rstrip(" .")):
        bare = bare[: listed.start("options")].rstrip(" :")
    return bare


def _aside_only_stems(levers: Sequence[str]) -> set[str]:
    """The words the levers hold only in their bracketed asides."""
    said = set().union(*(content_stems(_without_asides(lever)) for lever in levers)) if levers else set()
    return set().union(*_aside_options(levers)) - said if levers else set()


# A gerund before a lever's noun says what the thing is for: "a free sizing kit", "a fitting call", "the
# booking fee". An input sharing only its root, in another form ("number of sizes", "bookings last week"),
# names what the thing serves, not the thing; the gerund itself ("booking fee paid") still names it.
_PURPOSE = re.compile(
    r"\b([a-z]{2,20}ing)\s+(?!(?:the|a|an|of|to|for|and|or|in|on|at|with|by|from|our|their|its|each|every"
    r"|is|are|was|were)\b)[a-z]{3,}"
)


def _without_purpose_roots(text: str, levers: Sequence[str]) -> str:
    """The text less each word that shares with the levers only the root of a gerund naming a purpose."""
    heads = [_without_asides(lever).lower() for lever in levers]
    gerunds = {stem(g) for head in heads for g in _PURPOSE.findall(head)}
    elsewhere = {stem(w) for head in heads for w in words(head) if not w.endswith("ing")}
    roots = gerunds - elsewhere
    if not roots:
        return text
    return re.sub(
        r"[\w'’-]+",
        lambda w: (
            " "
            if not w.group(0).lower().endswith("ing") and stem(w.group(0).lower()) in roots
            else w.group(0)
        ),
        text,
    )


def inputs_exclude_levers(modeler: str, levers: Sequence[str]) -> bool:
    """Whether the model lists its inputs and every list leaves out every lever."""
    outcome = predicted_outcome(modeler)
    lists = [
        [item for item in found if without_outcome_history(item, outcome).strip()]
        for found in listed_inputs(without_training_set(without_counted_choices(modeler, levers)))
    ]
    if not lists or not levers:
        return False
    # A lever's unit is not its setting: "container sizes ordered for each stage" leaves "the demolition
    # stage" among the inputs a state of the world, not the sizes.
    heads = [_without_asides(lever) for lever in levers]
    lever_stems = (
        set().union(*((own - _WHEN_STEMS or own) for own in map(content_stems, map(setting_part, heads))))
        - _COUNTING
        - _CLAUSE
    )
    options = _aside_options(levers)
    items = [
        _without_purpose_roots(without_others_measures(_without_others_settings(item), heads), levers)
        for found in lists
        for item in found
    ]
    return all(
        not _RECORDS.search(item)
        and not content_stems(item) & lever_stems
        and not any(names_option(option, item) for option in options)
        for item in items
    )


# The same outcome said without a verb, heading the model's line: "- Attendance and food spend per screening,
# from film genre, ...". What is predicted is no input, whatever it shares with a lever ("food at seat
# service"); read only where the model's own list of inputs leaves every lever out.
_OUTCOME_HEAD = re.compile(
    r"^(?P<lead>[ \t*•–—-]*)"
    r"(?:(?!(?:per|for|at|in|on|by|from|given|using|with|each|every|when|if|under|how|we|our|predicts?"
    r"|forecasts?|estimates?)\b)[\w'’-]+[ \t]+){1,6}?"
    r"(?=(?:per|for|at|in|on|by|from|given|using|with|each|every)\b)",
    re.IGNORECASE | re.MULTILINE,
)


def without_outcome_head(modeler: str, counted: Set[str] = frozenset()) -> str:
    """The model's text less a verbless outcome that opens a line ("Attendance per screening, from ..."),
    ended by a word of outcomes ("attendance", "bookings") or, in three words at most (not a clause: "a member
    buys a beer"), of what the aim counts ("Rentals per day" for "rental-days sold"). Not "meals eaten" nor
    "chance a member buys": what ends there may be the very thing a lever supplies ("meals we prepare")."""

    def drop(match: re.Match) -> str:
        last, short = (head := words(match.group(0)) or [""])[-1], len(head) <= 3
        outcome = last and ({last, last.removesuffix("s")} & OUTCOME_NOUNS or short and stem(last) in counted)
        return match.group("lead") if outcome else match.group(0)

    return _OUTCOME_HEAD.sub(drop, modeler)


# The chance of an event, heading the model's line up to its list of inputs: "- Chance a placement lasts to
# week 8, from risk score, ...", "Probability that a member renews given ...". The event whose chance is
# predicted is the outcome, not a setting, whatever it shares with a lever ("which weekday the placement
# starts" is set for a placement, but the model reads no weekday). Read only where the model's own list of
# inputs leaves every lever out.
_CHANCE_HEAD = re.compile(
    r"^(?P<lead>[ \t*•–—-]*)(?:the[ \t]+)?(?:chance|probability|likelihood|odds|risk)s?[ \t]+"
    # the event, up to its inputs; never past a word that sets its conditions ("at each discount", "with a
    # reminder", "if we call"): a condition there may be a lever
    r"(?:(?!(?:per|at|with|without|under|if|when|after|depending|by|each|every|for|we|our)\b)"
    r"[\w'’-]+,?[ \t]+){1,10}?(?=(?:from|given|using|based on)\b)",
    re.IGNORECASE | re.MULTILINE,
)


# What a wh-lever chooses, up to the clause that says of what: "which weekday [the placement starts]", "which
# six beers [the app shows]". The clause's subject is what the choice is made for, not the choice.
_CHOSEN = re.compile(
    r"\b(?:which|what)\s+(?P<chosen>(?:[\w'’-]+\s+){1,3}?)"
    r"(?=(?:the|a|an|our|we|they|he|she|each|every|his|her|their|its)\b)",
    re.IGNORECASE,
)


# Where a lever names the event's thing without supplying it: a setting of that thing ("the album price and
# sizes offered"), a sample of it put on show ("showing a sample album"), or the event itself as the
# condition of an offer ("a 15% discount if ordered within 30 days"). The event's chance is then the outcome
# the lever moves, not a need the lever meets.
_SETTING_OF = re.compile(
    r"\b[\w'’-]+(?= (?:price|prices|pricing|size|sizes|cost|costs|fee|fees|discount|timing|deadline|length"
    r"|format|design|wording|offer|offers)\b)"
)
_SHOWN = re.compile(
    r"\b(?:show|shows|showing|shown|display|displays|displaying|displayed|demo|demonstrat\w*)"
    r" (?:a |an |the |our )?(?:sample|example|demo|display|mock-?up|trial) [\w'’-]+"
)
# (only after the lever's first word: "When the offer is sent" opens a lever that sets the time)
_CONDITION = re.compile(r"(?<=\S)\s+(?:if|when|once|after|before|provided|as long as)\b[^,;()]*")


def _supplied_stems(lever: str) -> set[str]:
    """The lever's words less those that only name what its setting, sample or condition is of."""
    low = lever.lower()
    for pattern in (_CONDITION, _SHOWN, _SETTING_OF):
        low = pattern.sub(" ", low)
    return content_stems(low)


def _chance_head_dropped(head: re.Match, levers: Sequence[str]) -> str:
    """The chance head dropped, unless a lever it shares a word with chooses that very thing: "chance a
    member renews" names the members a lever "which members we write to" picks among, so it reads as a
    targeting model; beside "which weekday the placement starts" the placement is only what the weekday is
    set for. A lever sharing a word with the head without a wh-choice keeps it (the head may name what the
    lever supplies: "chance a fault needs a control board" beside "a spare control board on every van")."""
    said = content_stems(head.group(0))
    for lever in levers:
        if not _supplied_stems(lever) & said:
            continue
        chosen = _CHOSEN.search(lever.lower())
        if chosen is None or content_stems(chosen.group("chosen")) & said:
            return head.group(0)
    return head.group("lead")


# The outcome named after "a model of", up to its unit or its inputs: "A model of [printed pizza box orders]
# per month from ...", "A second model of [the share of reports that need a post-mortem] from ...". What is
# predicted is no input, whatever it shares with a lever ("the minimum print run").
_MODEL_OF_HEAD = re.compile(
    r"(?P<lead>\b(?:a|an|one|the|our|my)\s+(?:(?:first|second|third|main|simple|separate|small|other)\s+)?"
    r"models?\s+(?:of|for)\s+)"
    r"(?:(?!(?:per|at|with|without|under|if|when|after|depending|by|each|every|for|we|our|from|given|using"
    r"|based)\b)[\w'’-]+,?\s+){1,10}?(?=(?:per|from|given|using|based on)\b)",
    re.IGNORECASE,
)


def _model_of_dropped(head: re.Match, levers: Sequence[str]) -> str:
    """The outcome after "a model of" dropped, unless a lever chooses among its very thing ("which members
    we call" beside "a model of members lapsing"): that reads as a targeting model."""
    said = content_stems(head.group(0)[len(head.group("lead")) :])
    for lever in levers:
        chosen = _CHOSEN.search(lever.lower())
        if chosen is not None and content_stems(chosen.group("chosen")) & said:
            return head.group(0)
    return head.group("lead")


def without_non_inputs(text: str, levers: Sequence[str], aim: str = "") -> str:
    """The model's text, once its own list of inputs leaves every lever out, less what is no input: its
    verbless outcome head (or one the `aim` counts, or one after "a model of"), measures of things no
    lever names, "whether", words the levers hold only in asides, and gerunds' roots naming a lever's use."""
    text = without_counted_choices(without_demand_head(text), [_without_asides(lever) for lever in levers])
    unheaded = _CHANCE_HEAD.sub(
        lambda head: _chance_head_dropped(head, levers), _without_others_settings(text)
    )
    unheaded = _MODEL_OF_HEAD.sub(lambda head: _model_of_dropped(head, levers), unheaded)
    kept = without_others_measures(
        without_outcome_head(unheaded, content_stems(aim)), [_without_asides(lever) for lever in levers]
    )
    # the words the levers hold only in their asides: no option of one is named whole (the list left them out)
    kept = _without_purpose_roots(kept, levers)
    aside_only = _aside_only_stems(levers)
    kept = re.sub(r"[\w'’-]+", lambda w: " " if content_stems(w.group(0)) & aside_only else w.group(0), kept)
    return re.sub(r"\bwhether\b", " ", kept, flags=re.IGNORECASE)


# Words that name only what is measured of a thing: "the wave height" shares nothing with a lever "the crest
# height we build to" but the measure, as "the number of" shares only the counting.
_MEASURED = re.compile(
    r"\b(?P<thing>[a-z][\w'-]*)\s+(?P<measure>height|width|length|depth|size|weight|level|speed|temperature"
    r"|volume)s?\b",
    re.IGNORECASE,
)


def without_others_measures(text: str, levers: Sequence[str]) -> str:
    """The text less each measure word said of a thing no lever names ("wave height" beside the lever "crest
    height"): the measure of another thing is no setting of ours. A bare measure ("from orientation, pitch,
    size") or one of a thing a lever names ("batch size" beside "jobs in one batch") stays."""
    named = set().union(*(content_stems(lever) for lever in levers)) if levers else set()

    def drop(match: re.Match) -> str:
        thing = match.group("thing")
        if thing.lower() in STOPWORDS or not content_stems(thing) or content_stems(thing) & named:
            return match.group(0)
        return thing

    return _MEASURED.sub(drop, text)


# Who sets a lever, said after it: "..., set by the market manager (Karen Wilde)". The actor's words are not
# the setting: a model of "footfall per market day" does not read "the rent set by the market manager".
_ACTOR = re.compile(
    r",?\s*\b(?:set|chosen|decided|agreed|fixed|picked|run|made|done|curated|dialled|given)\s+(?:in\s+)?by\b.*$"
    r"|\([^()]*\)"
)


def without_actor(lever: str) -> str:
    """The lever less who sets it; the whole lever when nothing else would be left."""
    setting = _ACTOR.sub("", lever)
    return setting if content_stems(setting) else lever


# A setting that is one measure of a thing ("lesson length", "session duration"): the model reads that setting
# only when it names the measure, not when it counts the thing ("number of lessons attended" is how often a
# child came, whatever length the lessons were). Each measure with the words that say it.
_MEASURES = {
    "length": "length lengths long longer shorter duration",
    "duration": "duration durations length long longer shorter",
}
_LAST_WORD = re.compile(r"([a-z]{3,20})\W{0,3}(?:\([^()]{0,80}\)\W{0,3})?$")


def settings_read(levers: Sequence[str]) -> list[str]:
    """Each lever's setting without its units, who sets it or a clause's opener, or, for the measure of a
    thing, the words that name that measure."""
    settings = []
    for lever in levers:
        # the opener of a clause names no thing: "whether" in "whether a coach is paired" and in "whether a
        # parent skates" links nothing
        setting = " ".join(w for w in without_actor(setting_part(lever)).split() if w.lower() not in _CLAUSE)
        last = _LAST_WORD.search(setting.lower().strip())
        settings.append(_MEASURES.get(last.group(1), setting) if last else setting)
    return settings


def without_asides(levers: Sequence[str]) -> list[str]:
    """The levers without their bracketed asides (a lever that is all aside is kept whole). An aside lists a
    lever's options or examples ("one-to-one or small group (one mentor, three students)"), often in the words
    of the people served, which a model's inputs name too: compared whole by the embedding model, the aside
    alone can make a model about the students read as one about the lever."""
    return [" ".join(_without_asides(lever).split()) or lever for lever in levers]


# How much nearer the world's prototypes than the decisions' each listed model input must be ("the season",
# "school holidays") before the list is taken as the model's word that no lever is in it. Below it ("the
# route", "temp", "price offers") the input may be a lever under another name, and the coach only asks.
WORLD_INPUT_MARGIN = 0.10


def inputs_all_world(ctx) -> bool:
    """Whether the model lists its inputs, no lever is among them, and the embedding model reads each input
    as the world's rather than ours by at least ``WORLD_INPUT_MARGIN`` (``ctx``: the coaching context)."""
    scores = getattr(ctx.sem, "lever_scores", None)
    if scores is None or not inputs_exclude_levers(ctx.plan.modeler, ctx.levers):
        return False
    items = [item for found in listed_inputs(ctx.plan.modeler) for item in found]
    return all(world - control >= WORLD_INPUT_MARGIN for world, control in map(scores, items))


def optimised_yet_unread(plan, controllable: Sequence[str]) -> bool:
    """Whether the plan says outright that the model never reads a lever its own optimiser sets: the model
    lists its inputs and every list leaves out every lever, while the optimizer names a lever it chooses
    ("Sets gate price, buses and early-bird discount" beside "visitors from the date, the weather forecast and
    the aircraft booked"). The plan's two fields contradict each other in its own words, so the gap is said,
    not asked: the optimiser cannot weigh a setting whose effect the model never learned."""
    if not inputs_exclude_levers(plan.modeler, plan.levers) or _lists_what_is_chosen(plan):
        return False
    # a lever read without its listed options ("The venue: the community centre, the school hall or ..." is
    # set by "Chooses the day, venue, ..."): the options are examples, not what the optimiser names
    return any(
        optimiser_sets(_without_asides(lever), plan.optimizer, plan.uncontrollables) for lever in controllable
    )


_UNIT_OR_BASIS = re.compile(r"\b(?:per|for|from|by|with|each|every|in|at|on|using|given|based)\b")


def _lists_what_is_chosen(plan) -> bool:
    """Whether an input the model lists names what the optimizer says it chooses, in a word of its own
    ("given recipe, lot, temp, time" beside "Recipe per batch with fewest re-dyes"): the levers may go by
    another name there ("recipe" for the dye weighed out), so the two fields do not contradict each other.
    Only what is chosen counts, before its unit or basis ("Refill list per night from the forecast" chooses
    a list, not the forecast); words the objective or metric also hold are the outcome, not a choice."""
    head = _UNIT_OR_BASIS.split(_choice_clause(plan), maxsplit=1)[0]
    return _an_input_names(plan, without_ratio_base(head), content_stems)


# The optimizer's first clause names what it chooses ("chase plan per client, <=25 calls ..."); what follows
# is its limits and aim.
_FIRST_CLAUSE = re.compile(rf"[,.;:(\n]|<|>|=|\s[-–—]\s|\b(?:to|so|{_BOUND}|within|under|subject)\b")


def _pairs(text: str) -> set[tuple[str, str]]:
    """Neighbouring content words, stemmed: the phrases a text names ("chase plan", "shelf price")."""
    kept = [stem(w) for w in words(text) if w not in STOPWORDS and w not in GENERIC and len(w) > 2]
    return set(zip(kept, kept[1:], strict=False))


def reads_what_the_optimizer_sets(plan) -> bool:
    """Whether an input the model lists is the thing its optimizer chooses: "... from past quarters, sector,
    size + chase plan" beside an optimizer "chase plan per client, at most 25 calls each": the levers are
    read together under the name of the plan they make up. A phrase the objective or metric also holds is
    the outcome, not a choice."""
    return _an_input_names(plan, _choice_clause(plan), _pairs)


def _choice_clause(plan) -> str:
    return _FIRST_CLAUSE.split(plan.optimizer.lower(), maxsplit=1)[0]


def _an_input_names(plan, chosen_text: str, named: Callable[[str], set]) -> bool:
    """Whether an input the model lists names (by ``named``: its stems or its phrases) what ``chosen_text``
    names, leaving out what the objective or metric also names: that is the outcome, not a choice."""
    chosen = named(chosen_text) - named(f"{plan.objective}\n{plan.metric}")
    return bool(chosen) and any(
        named(_without_others_settings(item)) & chosen
        for found in listed_inputs(plan.modeler)
        for item in found
    )


_WHEN_WORD = re.compile(r"\b(?:" + "|".join(sorted(_WHEN)) + r")\b", re.IGNORECASE)


def without_when(levers: Sequence[str]) -> list[str]:
    """Each lever less the words that say when it applies ("the weekend call-out fee" -> "the call-out fee"),
    unless they are all it has ("which Sundays")."""
    out = []
    for lever in levers:
        kept = _WHEN_WORD.sub(" ", lever)
        out.append(kept if content_stems(kept) - _COUNTING - _CLAUSE else lever)
    return out
