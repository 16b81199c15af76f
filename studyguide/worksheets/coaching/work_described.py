"""An objective that describes the work instead of the outcome wanted from it: "Grease extract ducts - we
clean canopies and ductwork for restaurants and hotel kitchens across Leeds, 3 crews, nights only", "It's for
my uncle's business, he cleans wheelie bins round Ashby", "Abandoned vehicles - street scene enforcement (me
+ 2 officers), Northfield district". It says who does what and where, and wants nothing: no change, no wish,
no result; or it tells how the project came about ("started by the curate in 2009, moved to the hall in
2018"). Read from the structure (a subject doing its trade, "it's for ...", a label and its gloss) and
only where no word of an outcome is there. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .text import sentences

# Any word of a result or a wish: a change ("fewer", "cut"), a level kept ("within", "on time"), a want
# ("we want", "so that"), a verdict ("happier", "safe"), a denial of harm ("nobody hurt", "don't queue").
# Not "all" or "every": they tell how the work goes now ("the drivers wash ... usually all at once at 6pm").
_OUTCOME = re.compile(
    r"\b(?:fewer|more|less|reduc\w*|increas\w*|cut\w*|improv\w*|higher|lower|without|keep\w*|kept|stop\w*"
    r"|avoid\w*|better|best|maximi\w*|minimi\w*|sooner|faster|quicker|earlier|no|not|never|nobody|none"
    r"|least|most|lowest|highest|grow\w*|rais\w*|boost\w*|sav\w*|prevent\w*|enough|full|fuller|fill\w*"
    r"|halv\w*|doubl\w*|drop\w*|lift\w*|shorter|longer|within|under|over|on time|cheap\w*|profit\w*"
    r"|want\w*|need\w*|aim\w*|goal|hope\w*|wish\w*|so that|sought|target\w*|happ(?:y|ier)|safe\w*"
    r"|clean(?:er|est)|quiet\w*|reliab\w*|success\w*|income|revenue|margin|waste\w*"
    r"|wait\w*|late\w*|lost|loss\w*|los(?:e|ing)|miss\w*|complain\w*|back|again|still"
    r"|care\w*|matter\w*|important|able|become\w*|learn\w*)\b"
    r"|n't\b|\d+\s*%",
    re.IGNORECASE,
)
# The work said as a trade: "we clean canopies", "he cleans wheelie bins", "I run the shop", "three of us run
# the packhouse".
_TRADE = re.compile(
    r"\b(?:we|he|she|they|i|[\w-]+ of (?:us|them))\s+(?:\w+ly\s+)?(?:clean|run|sell|make|do|provide|offer"
    r"|operate|deliver|repair|fix|service|hire|build|print|manage|send|work|look after|supply|install|collect"
    r"|carry|test|inspect|cover|bake|brew|grow|teach|train|cut|paint|move|store|handle)(?:s|es)?\b",
    re.IGNORECASE,
)
# What the plan is for, by name only: "It's for my uncle's business", "This is about the night shift".
# A topic in place of the aim: "Everything about how the fruit gets to the lorries", "Looking at the packhouse
# with data".
_FOR_WHOM = re.compile(
    r"^\W*(?:(?:it'?s|it is|this is|this one'?s|this one is)\s+(?:for|about)"
    r"|(?:everything|all|anything|something|stuff|notes?)\s+(?:about|on)"
    r"|(?:looking|a look|to look|having a look)\s+(?:at|into))\b",
    re.IGNORECASE,
)
# A label and its gloss: "Abandoned vehicles - street scene enforcement", "Grease extract ducts: ...".
_LABEL = re.compile(r"^[ \t]*[^\W\d][^.\n:–—-]{1,60}?[ \t]*(?:[ \t][-–—][ \t]|:[ \t])")
# What a team, a place or the project is and has, in the present tense: "The Public Rights of Way team
# comprises three officers ... It is responsible for about 1,900 km", "Our Tamil school runs on Saturdays ...
# about 140 children", "The office supports about 600 applications a year". A description at any length, when
# no word of a result or a wish is there.
_DESCRIBES = re.compile(
    r"\b(?:comprises|consists of|is made up of|(?:is|are) responsible for|runs? on (?:mondays|tuesdays"
    r"|wednesdays|thursdays|fridays|saturdays|sundays|weekdays|weekends)|we have about|there are about"
    # the scope of the work in a figure: "The Research Office supports about 600 applications a year"
    r"|(?:supports?|handles?|processes|serves?|employs?|deals with|receives?|looks after|represents?"
    r"|works? with|supplies)"
    r"\s+(?:about|around|roughly|some|over|nearly|almost|up to)?\s*\d[\d,]*"
    # the project's place and governance: "This project forms part of the store's programme. It is led by
    # the customer experience manager ... and reports to the store director"
    r"|forms? (?:a )?part of|(?:is|are) (?:a |one )?part of (?:the|our|a|an)"
    r"|(?:is|are) (?:led|chaired|sponsored|overseen|funded|staffed|coordinated|co-ordinated) by"
    r"|reports? (?:back )?to (?:the|our|a)"
    r"|(?:runs?|lasts?) from (?:[\w'-]+ ){1,2}(?:to|until|till))\b",
    re.IGNORECASE,
)
# How much work comes in, said as a sentence of its own: "About 5,000 arrive a month, half of them vehicle
# crime", "Some 40 come in each week". A sentence that opens on the volume reports the flow of the work as it
# is; a wish about it names what should change ("get the 5,000 that arrive a month answered" opens on a verb).
_VOLUME = re.compile(
    r"(?:^|[.!?]\s+)(?:about|around|roughly|some|over|nearly|almost|up to)?\s*\d[\d,]*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:arrive|come in|come|reach us|are (?:received|filed|made|logged|sent in|reported|referred))"
    r"\s+(?:a|each|every|per|in a|in an)\s+(?:day|week|month|year|quarter|season|term|shift)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 35  # a longer objective says more than what the work is
_MAX_DESCRIPTION_WORDS = 80


# A sentence stating what something is, was or has: "HackSoc's hackathon is a 24-hour event held each
# February", "It has run since 2017", "Last year it had 212 participants". Its verb comes within the first
# few words, after a subject; a wish starts with its verb ("Get every group's specimens tested").
_STATES = re.compile(
    r"^\W*(?!to\b)(?:(?:[\w'-]+[ \t]+){1,5}?(?:is|are|was|were|has|have|had)\b|(?:we|it|they)'(?:re|s|ve)\b)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


_MIN_FACT_WORDS = 8  # "The shop is ours." says too little to be read as a description


def _only_states_facts(text: str) -> bool:
    """Each sentence a statement of what is, was or has been: a description of the event or the place, with
    no wish in it (the caller has looked for any word of one). One sentence is enough when it is not a
    fragment: "The Tuesday club is an evening for about thirty retired engineers" wants nothing either."""
    parts = [part for part in _SENTENCE_END.split(text) if part.strip()]
    enough = len(parts) >= 2 or len(text.split()) >= _MIN_FACT_WORDS
    return bool(parts) and enough and all(_STATES.match(part) for part in parts)


# The method in place of the aim: "Train a model on the last three years of claims and plug it into the
# payment system so it sorts each claim", "Build an app that ranks the jobs". What is built, not what should
# change in the world; read only where no word of a result or a wish is there.
_BUILDS_A_TOOL = re.compile(
    r"^\W*(?:(?:to|we(?: will|'ll)?|i(?: will|'ll)?|i want to|we want to)\s+)?"
    r"(?:train|build|develop|create|set up|deploy|make|code|write|implement|install)\w*\s+"
    r"(?:a|an|the|our|my)\s+(?:[\w-]+\s+){0,2}?(?:model|classifier|system|app|tool|algorithm|dashboard"
    r"|neural net\w*|predictor|program|programme|bot)\b",
    re.IGNORECASE,
)


# A timetable of the work in place of the aim: "- Phase 1 (Jan-Mar): pull the extracts together / - Phase 2:
# build the model / - Phase 3: pilot with two partners". Each line (or sentence) a phase, a step or a period,
# and no wish in any of them (a phase may well "hand over", so only the words of a change or a want count).
_PHASE_LINE = re.compile(
    r"^\W*(?:(?:phase|step|stage|milestone|part|week|month|quarter|year|q)\s*\d+|q[1-4]\b|(?:jan|feb|mar|apr"
    r"|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)",
    re.IGNORECASE,
)
_WISH = re.compile(
    r"\b(?:fewer|more|less|reduc\w*|increas\w*|improv\w*|cut|raise|lower|higher|better|so that|want\w*|aim\w*"
    r"|goal|target\w*|outcome|result)\b",
    re.IGNORECASE,
)


def _lays_out_phases(objective: str) -> bool:
    # each sentence, as well as each line: the phases are the same whether listed or run on in a paragraph
    parts = sentences(objective)
    return len(parts) >= 2 and all(_PHASE_LINE.match(part) for part in parts) and not _WISH.search(objective)


# The tool itself as what is wanted: "For the objective I've put: a web page where I can pick any survey date
# and see the depths", "A dashboard showing each van's predicted load". A screen to look at, not a change in
# the world; read only where no word of a result or a wish is there.
_WANTS_A_TOOL = re.compile(
    r"(?:^|[:\n]|\bput\b|\bis\b|\bwant\b)\W*(?:a|an|one|the)\s+(?:[\w-]+\s+){0,2}?(?:web ?page|web ?site|page"
    r"|dashboard|app|tool|portal|screen|display|spreadsheet|map|report|database|system)\s+"
    r"(?:where|that|which|showing|to show|with|so (?:i|we) can|for (?:me|us) to)\b",
    re.IGNORECASE,
)


# A method tried for its own sake: "Use AI on our picking logs", "To try out the data science course on our
# own data", "Apply machine learning to the rota". What is used, not what should change; read only where no
# word of a result or a wish is there ("Use AI to cut waste" wants something).
_USES_A_METHOD = re.compile(
    r"^\W*(?:(?:to|we(?: will|'ll| want to| would like to|'d like to)?|i(?: will|'ll| want to| would like to"
    r"|'d like to)?)\s+)?(?:use|apply|try(?: out)?|test(?: out)?|explore|adopt|bring in|introduce"
    r"|experiment with|play with|put)\s+(?:[\w'-]+\s+){0,4}?(?:ai|a\.i\.?|artificial intelligence"
    r"|machine learning|ml|deep learning|data science|neural net\w*|models?|computer vision|fastai|analytics"
    r"|algorithms?)\b",
    re.IGNORECASE,
)


def wants_only_a_tool(objective: str) -> bool:
    """Whether the objective asks for a tool to look at (a web page, a dashboard) and names no result."""
    text = " ".join((objective or "").replace("’", "'").split())
    # "no-shows" on the screen is a thing shown, not a wish for none
    return bool(_WANTS_A_TOOL.search(text)) and not _OUTCOME.search(re.sub(r"\bno-(?=\w)", "", text))


def states_only_the_method(objective: str) -> bool:
    """Whether the objective only says what will be built (a model, an app) or lays out the work's phases,
    with no word of a result."""
    text = " ".join((objective or "").replace("’", "'").split())
    if _BUILDS_A_TOOL.match(text) and not _OUTCOME.search(text):
        return True
    used = _USES_A_METHOD.match(text)  # the method's own name is no wish: "machine learning"
    return (used is not None and not _OUTCOME.search(text[used.end() :])) or _lays_out_phases(objective)


# A share of what there is ("most of our fruit goes to two supermarkets") and a habit kept up ("we still pick
# the old rows by hand") describe how things are, not a wish ("make the most of", "still open" stay wishes).
_HOW_THINGS_ARE = re.compile(
    r"(?<!\bthe )\bmost of\b|\b(?:we|they|i|he|she|it|you|people|customers|most|many|some)\s+still\b",
    re.IGNORECASE,
)
# People named by what they do, whose names open with a word of change: "six growers", "the carers",
# "learners". Who is there, not a wish.
_AGENTS = re.compile(r"\b(?:grow|keep|sav|cutt|lift|rais|boost|fill|stopp|wait|car|learn|dropp)ers?\b", re.I)
_HYPHENATED = re.compile(r"\b\w+(?:-\w+)+\b")
# People named by what they lack ("for artists without a home studio"): who is meant, not a wish.
_LACKING = re.compile(r"\b(?:for |to )?(?:[\w-]+s|those|anyone|people) without (?:a |an |their |any )?[\w-]+")
# "over" as a verb's particle tells a handover in the project's story, not a bound or a wish: "after the new
# owners took over", "the team it was handed over to", "when we switched over to the new till".
_OVER_PARTICLE = re.compile(
    r"\b(?:t[ao]ok|takes?|taken|taking|hand(?:s|ed|ing)?|switch(?:es|ed|ing)?|chang(?:e|es|ed|ing)"
    r"|carr(?:y|ies|ied|ying)|mov(?:e|es|ed|ing))(?: (?:it|them|this|that))? over\b",
    re.IGNORECASE,
)

# Something kept for a span of years is the project's history, not a level held: "the paper diary Dr Lowe has
# kept since 2015", "the ledger kept for the last ten years"; "kept under 10 minutes" is still a wish.
_KEPT_SINCE = re.compile(
    r"\bkept\s+(?:since|(?:for|over)\s+(?:the\s+)?(?:last\s+|past\s+)?[\w-]{1,12}\s+years?)\b", re.IGNORECASE
)


# The box given to the worksheet's scope: "This worksheet covers the appeal cases for small shops (rateable
# value under 51,000) in England. Bigger properties are outside the scope." Which cases are in and which
# out is where the work runs, not what it should achieve.
_SCOPE = re.compile(
    r"\b(?:this|the|our|my)\s+(?:worksheet|plan|project|study|exercise|document|analysis|pilot|piece of work)"
    r"\s+(?:only\s+)?(?:covers?|is about|deals with|looks at|concerns|applies to|includes?"
    r"|is (?:limited|restricted) to)\b"
    r"|\b(?:outside|out of|beyond|within|in)\s+(?:the\s+|our\s+|its\s+|this\s+)?scope\b",
    re.IGNORECASE,
)
# What a scope says in passing that would otherwise read as a wish: a bound on the cases ("value under
# 51,000", "over 10 staff") and what is left out ("Wales is not included", "excluded", "not the motorways").
_SCOPE_ASIDES = re.compile(
    r"\b(?:under|over|below|above|up to|less than|more than|at least|at most)\s+[£$€]?\d[\d,.]*\s*(?:k|m|%)?"
    r"|\b(?:is|are)\s+(?:not\s+(?:included|covered|part of (?:it|this))|excluded|left out)\b"
    r"|\bnot\s+(?:the|any|including|counting)\b",
    re.IGNORECASE,
)


def only_sets_the_scope(objective: str) -> bool:
    """Whether the objective says only which cases the worksheet covers and leaves out, with no word of a
    result or a wish once the scope's bounds and exclusions are set aside."""
    text = " ".join((objective or "").replace("’", "'").split())
    if not _SCOPE.search(text) or len(text.split()) > _MAX_DESCRIPTION_WORDS:
        return False
    return not _OUTCOME.search(_HYPHENATED.sub(" ", _SCOPE_ASIDES.sub(" ", _SCOPE.sub(" ", text))))


def describes_the_work(objective: str) -> bool:
    """Whether the objective only says what the work is, or only which cases it covers (see the module's
    doc)."""
    if only_sets_the_scope(objective):
        return True
    text = _LACKING.sub(" ", " ".join((objective or "").replace("’", "'").split()))
    text = _HOW_THINGS_ARE.sub(" ", _KEPT_SINCE.sub(" ", _OVER_PARTICLE.sub(" ", text)))
    text = _AGENTS.sub(" ", text)
    # a hyphenated name is no wish: "e-learning", "no-shows"
    if not text or _OUTCOME.search(_HYPHENATED.sub(" ", text)):
        return False
    described = _DESCRIBES.search(text) or _VOLUME.search(text) or _only_states_facts(text)
    if len(text.split()) <= _MAX_DESCRIPTION_WORDS and described:
        return True
    if len(text.split()) > _MAX_WORDS:
        return False
    return bool(_TRADE.search(text) or _FOR_WHOM.match(text) or _LABEL.match(text))


# The project's story in place of the aim: "Alpha at St Luke's was started by the curate in 2009 and met in
# the vicarage until numbers grew ... What follows was written over Advent", "background: the shop opened
# 2022, the old spreadsheet got lost, the owner asked me to write it up". A teacher reads such a box as
# background: it is dated (a year, "last spring", "in March") or labelled so ("background:", "history"), and
# once its past is set aside nothing in it wants anything. Words of change said in the past tense tell what
# happened ("numbers grew", "the notes got lost", "attendance doubled"), not what should; "over Advent" or
# "hand it over" is a time or a handover, not a bound.
# A dated past or a label of background: "in 2009", "last year", "in January", "background:".
_STORY_MARK = re.compile(
    r"\b(?:19|20)\d\d\b|\blast (?:year|month|spring|summer|autumn|winter|term|season)\b"
    r"|\bin (?:january|february|march|april|may|june|july|august|september|october|november|december)\b"
    r"|\b(?:background|history|context)\b"
    # an older past, or the way things were: "since the 1700s", "my father used to leave the door open",
    # "these days most come in August"
    r"|\b(?:1[5-9]|20)\d0s\b|\b(?:\w+(?:th|st|nd|rd)) century\b|\bused to\b|\bthese days\b|\bnowadays\b"
    r"|\bback (?:then|in the day)\b|\b(?:my|our) (?:father|mother|dad|mum|grandfather|grandmother|parents"
    r"|grandparents)\b",
    re.IGNORECASE,
)
# "over Advent", "over the summer": a span of time, not "over 90 %".
_OVER_A_TIME = re.compile(
    r"\bover (?:the )?(?:christmas|easter|advent|lent|summer|winter|spring|autumn|weekend|holidays?|years"
    r"|months|weeks|past|last|next|time)\b",
    re.IGNORECASE,
)
# A thing named by a word of change: "the waiting list", "the lost property box".
_NAMED_THINGS = re.compile(r"\b(?:waiting[- ](?:lists?|rooms?)|lost property)\b", re.IGNORECASE)
# The past tense of a word of change: "grew", "got lost", "reduced", "kept" tell what happened.
_PAST_FORMS = frozenset(
    "grew grown lost rose risen fell fallen kept went came got took won saved became".split()
)
_PAST_ED = re.compile(r"\w+ed", re.IGNORECASE)
# "go back to uni", "moved back": a return told, not a wish to be back.
_GONE_BACK = re.compile(
    r"\b(?:go|goes|going|went|come|comes|came|move|moves|moved)\s+back\s*$", re.IGNORECASE
)


def _wishes(text: str) -> list[str]:
    """The words of a result or a wish left once the past, spans of time and handovers are set aside."""
    for pattern in (
        _LACKING,
        _NAMED_THINGS,
        _OVER_A_TIME,
        _OVER_PARTICLE,
        _KEPT_SINCE,
        _HYPHENATED,
        _HOW_THINGS_ARE,
    ):
        text = pattern.sub(" ", text)
    found = []
    for match in _OUTCOME.finditer(text):
        word = match.group(0).lower()
        if _PAST_ED.fullmatch(word) or word in _PAST_FORMS:
            continue
        if word == "back" and _GONE_BACK.search(text[: match.start()] + "back"):
            continue
        found.append(word)
    return found


# A long story told in the present as well as the past ("there is a drawer behind the counter full of old
# aids ... people bring them in because they don't know what else to do with them"): its descriptive words
# ("full of", "long waits", "nobody had told him") read as results, so a story of several sentences is read
# instead for a wish said outright, a word of wanting or of the direction things should go.
_SAID_WISH = re.compile(
    r"\b(?:want|wants|aim|aims|aiming|(?<!in )hope|hopes|hoping|goal|objective|purpose|so that|in order to"
    r"|would like|'d like|need to|needs to|should|must|trying to|try to|increase\w*|reduc\w*"
    # a comparison told ("they know the stock better than my staff do") describes; said alone, it wants
    # ("which went better", "it was better" tell how things were)
    # ("far more pen orders than the laser could cope with" compares, with its noun between)
    r"|(?:more|fewer|less|(?<!went )(?<!was )(?<!were )(?<!did )(?<!worked )(?<!felt )better)"
    r"(?!(?: [\w'-]+){0,4} than)"
    r"|cut(?! into)|cuts|raise|grow|improv\w*|boost|lift|double|halve|keep|stop|avoid|prevent|help|make sure"
    r"|get (?:them|people|more|it)|turn (?:them|it|those) into)\b",
    re.IGNORECASE,
)
# Wondering is no wish said outright: "since then I have wondered whether a proper ticket would be better".
_WONDERING = re.compile(
    r"\b(?:wondered|wonder|wondering|asked myself|asking myself)\s+(?:whether|if)\b[^.;!?]*", re.IGNORECASE
)
_STORY_MIN_WORDS = 60
_STORY_MIN_SENTENCES = 2


def only_its_history(objective: str) -> bool:
    """Whether the objective is dated or labelled as background and wants nothing (see the note above), or is
    a dated story of several sentences with no wish said outright."""
    text = " ".join((objective or "").replace("’", "'").split())
    if not _STORY_MARK.search(text):
        return False
    told = (
        len(text.split()) >= _STORY_MIN_WORDS
        # a colon or semicolon joins two statements as a full stop would: "... come through: my father ..."
        and len(re.findall(r"[.!?:;](?:\s|$)", text)) >= _STORY_MIN_SENTENCES
        and not _SAID_WISH.search(_WONDERING.sub(" ", text))
    )
    return told or not _wishes(text)


__all__ = ["describes_the_work", "only_its_history", "states_only_the_method", "wants_only_a_tool"]
