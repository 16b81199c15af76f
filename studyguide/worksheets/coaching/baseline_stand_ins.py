"""A baseline field that names a yardstick other than something the model must beat: the model's own
forecast ("we judge the prices against the income the model forecast for them") or a level said to be due
("85 % full, which is what a studio our size should reach"). Neither is how it is done today or a simple
rule: the first checks the model against itself, the second is a target. What settles it is the structure
(a forecast made by the new system, a modal verb of reaching) and the absence of any present way. Pure: no
Django, no torch."""

from __future__ import annotations

import re

# The new system's own forecast as the thing compared with: "the income the model forecast for them", "the
# app's predicted bookings", "what the tool estimates", "the forecast from the model".
_OWN_FORECAST = re.compile(
    r"\b(?:the|its|our (?:new )?)\s*(?:model|system|tool|algorithm|optimi[sz]er|simulator|app|software|ai)"
    r"(?:'s)?\s+(?:\w+\s+){0,2}(?:forecasts?|predict\w*|estimat\w*|expect\w*|projects?|projected|said)\b"
    r"|\b(?:forecasts?|predictions?|estimates?|projections?|predicted|forecast|estimated|projected)\s+"
    r"(?:\w+\s+){0,2}by (?:the|its|our) (?:model|system|tool|algorithm|optimi[sz]er|simulator|app|software)\b"
    r"|\bwhat (?:the (?:model|system|tool|algorithm|simulator|app)|it) (?:forecasts?|predict\w*|estimat\w*"
    r"|expects?|says?|said)\b"
)
# A level someone ought to reach: "what a studio of our size should reach", "ought to hit", "must achieve",
# "we aim to get to".
_DUE_LEVEL = re.compile(
    r"\b(?:should|ought to|must|needs? to|aims? to|hopes? to|want to|expected to)\s+(?:\w+\s+)?"
    r"(?:reach|hit|achieve|attain|get to|manage|make|be at|fill|sell|see)\b"
    # the level named as the aim itself: "Top half of the league by August - that's what we're aiming at"
    r"|\b(?:aiming|aimed|shooting|going) (?:at|for)\b"
    r"|\b(?:our|my|the) (?:aim|target|goal|ambition) (?:is|was)\b"
)
# A figure expected in the future: "by next season we expect 45 %", "we forecast 300 covers next year". An
# expectation is a guess at what will happen, not a way of working the model must beat.
_EXPECTED = re.compile(
    r"\b(?:we|i|they|it is|is)\s+(?:\w+\s+)?(?:expect\w*|anticipat\w*|forecast\w*|predict\w*|project\w*)\b"
    r"|\b(?:forecast|projection|prediction|expectation)s?\b"
)
_LATER = re.compile(
    r"\b(?:by|in|for|over) (?:the )?(?:next|coming|end of)\b|\bnext (?:season|year|month|week|term|quarter)\b"
    r"|\bwill\b|'ll\b"
)
# Words naming a way that exists now (figures alone do not: a target carries figures too).
_PRESENT_WAY = re.compile(
    r"\b(?:today|now|nowadays|current\w*|at present|these days|so far|usual\w*|always|existing|previous\w*"
    r"|last (?:year|month|season|week|term|quarter|summer|winter|spring|autumn)|as (?:is|before|now)"
    r"|by hand|by eye|manual\w*|rule of thumb|habit|same as|fixed|flat|(?:'s|our|his|her|their) (?:own )?"
    r"(?:way|method|system|choice|judg(?:e)?ment|guess)|keeps?|kept|stays?|unchanged|did|had|was|were)\b"
)


# Someone else's figure: "the industry average for attractions like ours", "the national benchmark". It says
# where others stand, not how this plan's own work goes today. (Not "the industry standard", nor a bare
# "benchmark": either may name a practice, which is a simple rule to beat.)
_OTHERS_FIGURE = re.compile(
    r"\b(?:industry|sector|trade|market|national|regional|county|state|country|global|world)(?:'s)?\s+"
    r"(?:wide\s+)?(?:average|median|mean|benchmark)s?\b"
    r"|\b(?:average|typical|usual|norm)\s+(?:figure\s+|score\s+|rating\s+)?(?:for|among|across|of)\s+(?:\w+\s+){0,3}"
    r"(?:like ours|like us|(?:of )?our size|similar to ours)\b"
)
# ...unless the plan follows it as its rule: "we charge the regional average", "match the market rate".
_FOLLOWED_AS_RULE = re.compile(r"\b(?:charg|pric|set|use|follow|match|copy|pay|apply)\w*\b")
# Another party named as the one whose figure it is: "the co-op in the next bay tells us they get 7%",
# "our neighbours lose 5%", "competitors report 2,000 a month". Where they are says whose it is.
_OTHER_PARTY = re.compile(
    r"\b(?:neighbou?r(?:s|ing)?|competitors?|rivals?|next[- ]door)\b"
    r"|\b(?:in|from|at|of) the next (?:bay|village|valley|town|street|farm|door|county|island|market)\b"
    r"|\b(?:down|up|across) the (?:road|street|lane|valley|coast|bay|river|square|hill)\b"
    r"|\bother (?:[a-z-]+ )?(?:farms|shops|bars|co-?ops|growers|producers|breweries|bakeries|businesses|firms"
    r"|companies|studios|venues|clinics|schools|hotels|restaurants|cafes|mills|workshops|distilleries"
    r"|vineyards|wineries|suppliers|makers)\b"
)
# A limit someone asks for, or a bar set to be held to: "the distributor asks suppliers for no more than
# 2%", "the bar we hold ourselves to". Like a level that is due, it is a target, not how it goes today.
_ASKED_LIMIT = re.compile(
    r"\b(?:asks?|asked|requires?|required|demands?|insists? on|wants?)\b(?:\s+[\w'-]+){0,4}?\s+(?:for\s+)?"
    r"(?:no more than|not more than|at most|at least|no less than|not less than|a maximum of|a minimum of"
    r"|under|below|over|above)\s+\d"
    r"|\b(?:bar|target|goal|standard|mark)s? (?:that )?(?:we|i) (?:hold|set|aim|strive|work)\w*"
    # a level someone set for us: "what the funder has set us this year", "the figure set for us by the board"
    r"|\b(?:has|have|had) set (?:us|for us)\b|\bset (?:for|to) us by\b"
)
# A figure of our own in a clause of its own: "we lose 4% now; our neighbours get 5%".
_LOST_TO = re.compile(
    r"\b(?:lost|went|gone|moved|switched|left)\s+(?:\w+\s+)?(?:to|for)\s+(?:a\s+|the\s+)?(?:competitors?|rivals?)"
)
_OUR_FIGURE = re.compile(r"\b(?:we|our|my)\b[^.;,]*\d|\d[^.;,]*\b(?:we|our|my)\b")


# A figure the planner guesses at rather than took from anywhere: "somewhere between 5 and 15%, we would
# guess", "at a guess about a third", "we'd say roughly 20". A guess at today's level is no measured baseline:
# the model could not be shown to beat it. (Not someone's guess as the way it is done today: "Gwen's own guess
# each morning" is a method to beat, and "guess" there is a noun, not the planner hedging.)
_HEDGED_FIGURE = re.compile(
    r"\b(?:we|i)(?:'d| would| might| could)? (?:guess|reckon|suppose|imagine)\b"
    r"|\b(?:we|i)(?:'d| would) say\b|\bat a (?:rough |wild )?guess\b|\b(?:rough|wild|best) guess\b"
    r"|\b(?:nobody|no one|no-one) (?:knows|has (?:counted|measured|checked))\b"
)
# Where a figure came from: a record, a count, a measurement. A guess that names its source is a figure.
_SOURCE = re.compile(
    r"\b(?:logs?|logged|records?|recorded|data|counted|counts?|measured|books?|till|rota|survey\w*|register"
    r"|sheets?|spreadsheet|system|database|audit|invoices?|receipts?|accounts?|figures? from)\b|\("
)
# The new system measured only against itself: "the model will be compared against itself month on month",
# "judged with its own earlier months". Its results then have nothing from outside it to beat.
_AGAINST_ITSELF = re.compile(
    r"\b(?:compar|judg|measur|benchmark|check|track|assess|evaluat|test)\w*\s+(?:\w+\s+){0,2}"
    r"(?:against|with|to|versus|vs\.?)\s+(?:itself|themselves|its own|their own)\b"
)


def baseline_is_a_guess(baseline: str) -> bool:
    """Whether the baseline gives only a figure the planner guesses at, with no source and no present way."""
    low = baseline.lower().replace("’", "'")
    guessed = _HEDGED_FIGURE.search(low) is not None and _SOURCE.search(low) is None
    return guessed and not _names_present_way(low)


# The model named as the baseline: "The model will be the baseline: each later version must beat the version
# we launch with". A yardstick that starts on launch day says nothing of how it is done today.
_MODEL_AS_BASELINE = re.compile(
    r"\b(?:the|our|its) (?:new |first )?(?:model|system|tool|algorithm|app)(?: itself)? "
    r"(?:will be|is|becomes|will become|serves as|acts as) (?:the|our|its own)"
    r" (?:baseline|benchmark|yardstick)\b"
    r"|\bthe version we (?:launch|start|go live) with\b"
    # the same the other way round: "baseline will be the model itself at launch", "benchmark: our new tool"
    r"|\b(?:baseline|benchmark|yardstick)\W{0,3}(?:will be|is|becomes|will become|=|:)\s{0,3}(?:the|our|its)"
    r" (?:new |first )?(?:model|system|tool|algorithm|app)\b"
    # each later release measured against the first one: "later versions have to beat it"
    r"|\b(?:later|future|each new|every new|next|new) (?:versions?|releases?)"
    r" (?:has to|have to|must|needs? to|will (?:have|need) to) beat\b"
)


def baseline_is_itself(baseline: str) -> bool:
    """Whether the baseline compares the new system only with itself, and names no present way."""
    low = baseline.lower().replace("’", "'")
    found = _AGAINST_ITSELF.search(low) or _MODEL_AS_BASELINE.search(low)
    return found is not None and not _names_present_way(low)


def _names_present_way(text: str) -> bool:
    return _PRESENT_WAY.search(text.lower().replace("’", "'")) is not None


def baseline_is_own_forecast(baseline: str) -> bool:
    """Whether the baseline compares results only with the new system's own forecast."""
    low = baseline.lower().replace("’", "'")
    return _OWN_FORECAST.search(low) is not None and not _names_present_way(low)


def baseline_is_a_due_level(baseline: str) -> bool:
    """Whether the baseline names only a level that ought to be reached, and no present way."""
    low = baseline.lower().replace("’", "'")
    return _DUE_LEVEL.search(low) is not None and not _names_present_way(low)


def baseline_is_an_expectation(baseline: str) -> bool:
    """Whether the baseline names only a figure expected later (a forecast), and no present way."""
    low = baseline.lower().replace("’", "'")
    expected = _EXPECTED.search(low) is not None and _LATER.search(low) is not None
    return expected and not _names_present_way(low)


def baseline_is_others_figure(baseline: str) -> bool:
    """Whether the baseline names only someone else's figure (an industry average, a benchmark), neither a
    present way of this plan's own nor a rule it follows."""
    low = baseline.lower().replace("’", "'")
    others = _OTHERS_FIGURE.search(low) is not None and _FOLLOWED_AS_RULE.search(low) is None
    return others and not _names_present_way(low)


def baseline_is_another_partys(baseline: str) -> bool:
    """Whether the baseline gives only the figure of another party (a neighbour, a competitor, the co-op
    down the road), with no clause holding a figure of the plan's own and no present way or rule it
    follows."""
    low = baseline.lower().replace("’", "'")
    if _FOLLOWED_AS_RULE.search(low) is not None or _names_present_way(low):
        return False
    clauses = [c for c in re.split(r"[.;,]", low) if c.strip()]
    # ("11 lost to competitors" counts our own clients lost: a figure of ours)
    theirs = [c for c in clauses if _OTHER_PARTY.search(c) and re.search(r"\d", c) and not _LOST_TO.search(c)]
    ours = [c for c in clauses if c not in theirs and _OUR_FIGURE.search(c)]
    return bool(theirs) and not ours


# The planner's own rule in the past: "in 2025 we charged £14 a head and required at least 70 guests".
_OUR_OWN_RULE = re.compile(r"\b(?:we|i)\b(?:\s+[\w'£$€%,-]+){0,24}\s*$")


def baseline_is_an_asked_limit(baseline: str) -> bool:
    """Whether the baseline names only a limit someone asks for or a bar to hold to, and no present way. A
    limit we set ourselves ("we required at least 70 guests") is how it is done: our own rule."""
    low = baseline.lower().replace("’", "'")
    asked = _ASKED_LIMIT.search(low)
    if asked is None or _OUR_OWN_RULE.search(low[: asked.start()].split(".")[-1]):
        return False
    return not _names_present_way(low)


# The new system's own first stretch as the yardstick: "the first four weeks of the new planning will be the
# reference", "its first fortnight live", "once the model is running, its first season". Whatever it does
# then is already the change; it says nothing of how the work goes without it.
_NEW_SYSTEMS_START = re.compile(
    r"\b(?:first|opening|initial|early|starting)\s+(?:[\w-]+\s+){0,2}(?:days?|weeks?|fortnights?|months?"
    r"|seasons?|quarters?|terms?|runs?|batch\w*|cycles?|rounds?)\s+(?:of|under|with|on|after|using|from)\s+"
    r"(?:the\s+|our\s+|its\s+)?(?:new|model|system|tool|algorithm|optimi[sz]er|app|software|scheduler|planner)\b"
    r"|\b(?:its|the (?:model|system|tool|app|optimi[sz]er)'s)\s+(?:own\s+)?first\s+(?:[\w-]+\s+){0,2}"
    r"(?:days?|weeks?|fortnights?|months?|seasons?|quarters?|terms?|runs?|cycles?|rounds?)\b"
    r"|\b(?:after|from|once|when)\s+(?:the\s+)?(?:go-?live|launch|switch-?over|roll-?out|switch)\b"
    r"|\b(?:once|when|after)\s+(?:the\s+|our\s+)?(?:new\s+(?:[\w-]+\s+)?[\w-]+|model|system|tool|optimi[sz]er|app)\s+"
    r"(?:is|goes|has|starts|begins|comes)\b"
)
# A figure named as a target: "95 % on time (our target)", "the goal of a 4-minute response", "head office's
# KPI of 12 minutes". A target is where the plan wants to be, not where the work stands today.
_TARGET_NAMED = re.compile(
    r"\b(?:our|the|a|an|my|their|this|that|his|her|'s)\s+(?:[\w-]+\s+){0,2}?(?:targets?|goals?|ambitions?"
    r"|aims?|kpis?)\b|\b(?:targets?|goals?|aims?|kpis?)\s*(?:of\b|is\b|=|:)|\d\s*%?\s*(?:targets?|goals?)\b"
)


# The past said to be no fair yardstick: "There is no fair comparison", "we can't really compare".
_PAST_REFUSED = re.compile(
    r"\b(?:no|not a|isn't a|there's no|there is no) (?:fair |real |proper |true |like-for-like |meaningful )?"
    r"(?:comparison|baseline|benchmark|yardstick)\b|\bnothing (?:fair |comparable )?to compare\b"
    r"|\bcan(?:'t|not) (?:fairly |really )?compare\b"
)
_LIST_NUMBER = re.compile(r"^\W*\d{1,2}(?:\.\d{1,2})?[.):]\s")


def baseline_is_the_new_systems_start(baseline: str) -> bool:
    """Whether the baseline is only the new system's own first stretch, with no present way named; or, where
    the past is refused as a yardstick and no figure is given, whatever it says of the past ("the network
    moved us to the new hub last year, and every night is different")."""
    low = baseline.lower().replace("’", "'")
    if _NEW_SYSTEMS_START.search(low) is None:
        return False
    refused = _PAST_REFUSED.search(low) is not None and not re.search(r"\d", _LIST_NUMBER.sub("", low))
    return refused or not _names_present_way(low)


def baseline_is_a_target(baseline: str) -> bool:
    """Whether the baseline gives only one figure, named as a target, and no present way. (A second figure
    may be today's level beside the target, which is a baseline.)"""
    low = baseline.lower().replace("’", "'")
    figures = set(re.findall(r"\d+(?:[.,]\d+)?", low))
    return _TARGET_NAMED.search(low) is not None and len(figures) <= 1 and not _names_present_way(low)


# A yardstick that does not exist yet: "we intend to benchmark against best practice once Seafish publishes a
# crewing figure", "we'll compare when the national data come out". Until then nothing is compared with.
_AWAITED = re.compile(
    r"\b(?:once|when|after|as soon as|until|till)\s+(?:[\w'-]+\s+){0,5}(?:publish(?:es|ed)?|releases?"
    r"|(?:puts?|brings?|sends?) out|issues"
    r"|(?:is|are|gets?|get|has been|have been) (?:published|released|issued|out|available|ready)|comes? out"
    r"|becomes? available|appears?)\b"
)


# A yardstick to be fetched only when it is wanted: "the market rate, which we'll get from the agent when we
# need it", "I can ask the council for their figure if needed". The box holds no figure and no way of working,
# only a promise to find one later; what is fetched then may not be what the work does today.
_FETCHED_WHEN_NEEDED = re.compile(
    r"\b(?:we|i)(?:'ll|'d| will| would| shall| can| could)\s+(?:\w+\s+)?(?:get|ask|obtain|fetch|look\s+up"
    r"|find\s+out|request|source|pull|dig\s+out|check|work\s+out)\b(?:\s+[\w'-]+){0,6}?\s+"
    r"(?:when|once|if|whenever|as\s+and\s+when)\s+(?:(?:we|i|you)\s+(?:\w+\s+)?(?:need|want|require)\w*"
    r"|(?:it's|it\s+is|it\s+gets)\s+(?:needed|wanted|required|asked\s+for)|needed|necessary|required)\b"
)


def baseline_is_awaited(baseline: str) -> bool:
    """Whether the baseline waits for a figure someone has still to publish, or one the planner will fetch
    only when it is needed, and names no present way."""
    low = baseline.lower().replace("’", "'")
    # a figure beside the promise ("a deposit of 50; we'll pull the hours when needed") is a rule already
    fetched = _FETCHED_WHEN_NEEDED.search(low) is not None and not re.search(r"\d", low)
    return (_AWAITED.search(low) is not None or fetched) and not _names_present_way(low)


def stands_in(baseline: str) -> bool:
    """Whether the baseline names the model's own forecast, a level that is due or asked for, a figure
    expected later, another party's figure, a guess, the new system itself or its own first stretch, a
    target, or a figure still to be published, instead of a baseline."""
    return (
        baseline_is_own_forecast(baseline)
        or baseline_is_a_due_level(baseline)
        or baseline_is_an_expectation(baseline)
        or baseline_is_others_figure(baseline)
        or baseline_is_another_partys(baseline)
        or baseline_is_an_asked_limit(baseline)
        or baseline_is_a_guess(baseline)
        or baseline_is_itself(baseline)
        or baseline_is_the_new_systems_start(baseline)
        or baseline_is_a_target(baseline)
        or baseline_is_awaited(baseline)
    )
