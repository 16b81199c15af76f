"""A rollout box that plans no rollout, however it is filled: a bare start ("just switch it on when it's
ready"), a wave of the hand ("It's only badminton - if people don't like it they'll tell us at the AGM"), or
only the work of getting the model ready ("type up the diaries, then fit the model and check it against last
season"; "2 sprints for the changes + 1 sprint QA"). Each says nothing of scope, stages, or who checks the
model's choices once they reach the work.
Read by ``substance.check_rollout``. Pure: no Django, no torch.
"""

from __future__ import annotations

import re

from .lexicon import ALL_AT_ONCE, GRADUAL_WORDS, HUMAN_WORDS, NO_HUMAN, STAGE_MARKERS
from .non_answers import is_non_answer
from .partial_start_declined import without_declined_starts
from .text import content_stems, has_any, sentences

# A sentence that only says the plan is not made yet: "Not worked out yet.", "Not planned yet."
_NOT_YET = re.compile(
    r"\W*not (?:yet |really )?(?:worked (?:it |that )?out|figured (?:it |that )?out|thought through|planned"
    r"|sorted|decided)(?: yet)?\W*",
    re.IGNORECASE,
)
# A closing shrug that adds nothing: "That's about it.", "Simple as that.", "Nothing more to it."
_SHRUG = re.compile(
    r"\W*(?:that'?s (?:about |pretty much |basically )?(?:it|all)|simple as that|nothing more to it"
    r"|that'?s the plan)\W*",
    re.IGNORECASE,
)
_BARE_MAX_STEMS = 6  # "just switch it on when it's ready"; a longer rollout says something more
# A start once the build is done, and nothing else: "Once the website's permit page is finished we'll start
# selling them", "When the app is ready we just switch it on". However many words name what is built, it says
# when, not how.
# The condition of a start once the build is done: "once the app is ready", "when the model's finished".
_ONCE = r"(?:once|when|as soon as|after)\b[^.;]{0,80}?\b"
_BUILT = (
    "ready|finished|done|built|live|set up|sorted|complete|completed|up and running|tested|signed off"
    "|installed"
    # or agreed by whoever must approve it: "once the committee agrees it"
    "|agrees?(?: it| them| to it)?|agreed|approves?(?: it| them)?|approved|signs? (?:it |them )?off"
    "|votes? (?:it )?through"
)
# The opening condition itself: "once the app is ready", "once the committee agrees it".
_READY_START = rf"^\W*{_ONCE}(?:{_BUILT})\b"
_START_WHEN_READY = re.compile(
    rf"{_READY_START}[^.;]{{0,20}}?[,\s]\s*"
    r"(?:we|i|it|they|the (?:[\w'-]+ ){0,2}?[\w'-]+)(?:'ll| will| can| shall)?\s+(?:just\s+)?"
    r"(?:start|begin|switch|go|launch"
    # or the settings simply changed: "Once the model's finished we'll change the sand plant settings"
    r"|turn|open|put|use|roll|change|set|move|apply)\w*\b[^.;]{0,60}$",
    re.IGNORECASE,
)


# The same with the start first: "The welfare officer service will begin once the model is built". What starts
# is named, so only the condition is read for a stage, a person or a scope.
_READY_AFTER = re.compile(
    r"^\W*(?:(?:the|our|my) [\w' -]{1,40}?|we|i|it|they)(?:'ll| will| can| shall| is going to| are going to)?"
    r"\s+(?:just\s+)?(?:start|begin|go live|launch|open|run|(?:switch|turn)(?: it| them)? on|kick off"
    r"|be offered|be available"
    r"|be introduced|be rolled out|go ahead)\w*\s+"
    rf"(?P<when>{_ONCE}(?:{_BUILT}|trained))"
    # a second thing settled first: "once the model has been built and the prices agreed by the committee"
    r"(?: and (?:the |our )?[\w' -]{1,30}? (?:agreed|set|signed off|approved|fixed|sorted)"
    r"(?: (?:by )?[\w' -]{1,30})?)?"
    r"\W*$",
    re.IGNORECASE,
)


_ITEM = re.compile(r"^\W*(?:item |point |no\.? )?\d{1,3}[.):]?\W*$", re.IGNORECASE)  # "Item 12." on its own

# A casual start for everyone, in one breath: "after the 10 wks, charge just goes on for everyone", "We'll
# just start in September and run them every month". "Just" says nothing more is planned: no scope, no stage,
# nobody checking. (Where someone checks or a stage is named, it is a plan, read by the other rollout notes.)
_JUST_STARTED = re.compile(
    r"\b(?:just|simply)\s+(?:(?:start|begin|switch|turn|go|goes|put|use|run|roll|move|change|replace|apply"
    r"|open|launch)\w*)\b",
    re.IGNORECASE,
)
# The trial's end is when it starts, not a stage of the rollout: "after the 10 wks", "once the trial's done".
_TRIAL_END = re.compile(
    r"\b(?:after|once|when)\s+(?:the\s+)?(?:\d+|few|six|eight|ten|twelve)?\s*(?:wks?|weeks?|months?|trial\w*"
    r"|test\w*|pilot)\b(?:'s|\s+(?:is|are)\s+)?(?:\s*(?:done|over|up|finished))?",
    re.IGNORECASE,
)


def just_started(rollout: str) -> bool:
    """A one-sentence rollout that just starts the change ("just goes on for everyone") with nobody named and
    no stage but the trial's end: no rollout planned."""
    said = [s for s in sentences(rollout, limit=10_000) if not _ITEM.match(s)]
    if len(said) != 1 or len(said[0].split()) > 20 or not _JUST_STARTED.search(said[0]):
        return False
    rest = _TRIAL_END.sub(" ", said[0])
    return not has_any(rest, (*STAGE_MARKERS, *GRADUAL_WORDS, *HUMAN_WORDS, *NO_HUMAN))


def bare_start(rollout: str) -> bool:
    """A short rollout that names no scope, no stage, nobody and no extent ("just switch it on when it's
    ready") is no plan yet; one that says "everywhere" or "all at once" is a plan, told so by its own note.
    The embedding model is not asked: such a sentence comes near "someone can switch it off" by its words
    alone, and on the 273 labelled worksheets no other rollout lacks all four. A start for everyone said in
    one casual breath (``just_started``) is no plan either."""
    if just_started(rollout):  # "after the 10 wks, charge just goes on for everyone"
        return True
    markers = (*STAGE_MARKERS, *GRADUAL_WORDS, *HUMAN_WORDS, *ALL_AT_ONCE, *NO_HUMAN)
    # "Not worked out yet. Slots go live when the website is ready": the placeholder first says nothing more
    said = [
        s
        for s in sentences(rollout, limit=10_000)
        if not (
            is_non_answer(s)
            or _NOT_YET.fullmatch(s)
            or _SHRUG.fullmatch(s.replace("’", "'"))
            or _ITEM.match(s)
        )
    ]
    rollout = "\n".join(said) if said else rollout
    started_when_ready = len(said) == 1 and _START_WHEN_READY.match(said[0].replace("’", "'").rstrip(" .!"))
    if len(said) == 1 and (ready_after := _READY_AFTER.match(said[0].replace("’", "'"))):
        # (who agrees what comes first is no one checking the outputs)
        return not has_any(ready_after.group("when"), (*STAGE_MARKERS, *GRADUAL_WORDS, *ALL_AT_ONCE))
    short = len(content_stems(rollout)) <= _BARE_MAX_STEMS
    if started_when_ready:
        # (who agrees it first, "once the committee agrees it", is no one checking the outputs)
        # and "next year's market" says when it starts, not a next stage
        rollout = _WHEN_NEXT.sub(" ", _READY_CONDITION.sub(" ", said[0].replace("’", "'")))
    return not has_any(rollout, markers) and (short or bool(started_when_ready))


_WHEN_NEXT = re.compile(
    r"\bnext (?:year|month|week|season|term|spring|summer|autumn|winter|christmas)(?:'s)?", re.IGNORECASE
)
_READY_CONDITION = re.compile(rf"{_READY_START}[^.;,]*", re.IGNORECASE)


# The rollout waved off as too small to plan: "It's only badminton - if people don't like it they'll tell us
# at the AGM", "This is just a club night, we'll see". What follows is at most a complaint to wait for.
_TOO_SMALL_TO_PLAN = re.compile(
    r"^\W*(?:it'?s|it is|this is|this'?s|that'?s)\s+(?:only|just)\s+(?:a |an |the |our )?[\w' -]{1,30}?"
    r"\s*(?:[-–—,.;:!]|$)",
    re.IGNORECASE,
)
# The rollout denied outright at the box's start: "nothing much to roll out really - we'll just start", "No
# real rollout needed, we just use it", "there's not much to roll out". A plan that goes on to name a stage or
# a limited scope after it ("nothing to roll out at first: then the two ...") is read by its later words.
_NOTHING_TO_ROLL_OUT = re.compile(
    r"^\W*(?:(?:there'?s|there is|there isn'?t|there is not)\s+)?(?:really\s+)?"
    r"(?:nothing|not (?:much|a lot|anything)|no(?:t a| real| proper)?)\s+(?:much\s+|really\s+|real\s+){0,2}"
    r"(?:to roll ?out|rolling out|roll-?out (?:needed|as such|to (?:plan|speak of|do))"
    r"|need(?:ed)? to roll ?out)",
    re.IGNORECASE,
)

# Stages turned down as needless at the box's start: "We don't see the need for a step-by-step start here",
# "Don't see the need for steps here - all eight boxes go up the same weekend", "No need for a pilot", "A
# phased start isn't needed". The student weighed a staged start and planned none: no rollout, as "nothing to
# roll out" is none. A later stage in the box's own words ("..., but the two Tuesday groups go first") is read
# by the caller as for the other waves.
_STAGED = (
    r"(?:a |an |any |the )?(?:(?:step[- ]by[- ]step|gradual|staged|phased|staggered|slow|soft|careful)"
    r"(?: [\w-]+)?|steps?|stages?|phases?|phasing|staging|pilot\w*|trial run|trials?|trialling"
    r"|roll(?:ing)?[- ]?out\w*)"
)
_NO_NEED_FOR_STAGES = re.compile(
    r"^\W*(?:(?:we|i)\s+)?(?:(?:(?:don'?t|do not|can'?t|cannot)\s+see\s+(?:the|any|a|much)\s+(?:need|point)"
    r"|(?:there'?s\s+|there is\s+)?no\s+(?:real\s+)?(?:need|point))(?:\s+(?:for|in|of|to))?\s+"
    + _STAGED
    + r"|"
    + _STAGED
    + r"\s+(?:is|are)(?:n'?t| not)\s+(?:really\s+)?(?:needed|necessary|worth it))\b",
    re.IGNORECASE,
)

# Stages turned down anywhere in the box, in words of needing, wanting or planning none: "No pilot planned:
# from the first of June every order goes through", "A staged launch seems unnecessary for a firm our size",
# "I don't think we need a trial run", "we'll switch over in one go, no point doing it bit by bit". The
# refusal sits right on the stage ("no pilot", "without a trial"), so "no more than two depots in the pilot"
# turns nothing down.
_STAGED_ANY_WAY = (
    r"(?:"
    + _STAGED
    + r"|bit by bit|little by little|one (?:[\w-]+ )?at a time|in (?:stages|steps|phases|waves)"
    r"|(?:try|trial|test|pilot) (?:it|this) (?:first|out)(?: first)?)"
)
_STAGES_REFUSED = re.compile(
    r"\b(?:(?:no|without(?: (?:any|a|an))?)(?: (?:real|formal|proper|big|separate))? "
    + _STAGED_ANY_WAY
    + r"|(?:(?:don'?t|do not|doesn'?t|does not|won'?t|will not|wouldn'?t|would not) (?:really )?"
    r"(?:think (?:we|i|it|they) (?:really )?)?"
    r"(?:need|want|plan|bother with|see the (?:need|point) (?:for|of|in))"
    r"|no (?:real )?(?:need|point|reason)(?: (?:for|in|of|to))?(?: [\w'-]+){0,3}?)"
    r"\s+(?:to\s+)?(?:do |run |have |be )?"
    + _STAGED_ANY_WAY
    + r"|"
    + _STAGED_ANY_WAY
    + r"(?: [\w'-]+){0,2}? (?:(?:seems?|looks?|feels?|is|are|would be|'d be) (?:really |a bit |"
    r"rather |quite |just )?(?:unnecessary|needless|pointless|overkill|too much)|(?:is|are)(?:n'?t| not) "
    r"(?:really )?(?:needed|necessary|worth it|worth the bother|planned))"
    r"|" + _STAGED_ANY_WAY + r" (?:not |un)planned)\b",
    re.IGNORECASE,
)


def without_refused_stages(rollout: str) -> str:
    """The rollout less the words that turn stages down ("no pilot planned", "a phased start seems
    unnecessary"): a stage named only to refuse it is no stage."""
    return _STAGES_REFUSED.sub(" ", rollout.replace("’", "'"))


def stages_offered(rollout: str) -> str:
    """The rollout less the stages it names only to turn down: "we can't pilot it on one ward" (a limited
    start refused, ``without_declined_starts``) and "no pilot planned" (stages refused)."""
    return without_refused_stages(without_declined_starts(rollout))


# A rollout box that only gets the model ready: "Get the last two years of install diaries typed up first,
# then fit the model and check it against last season." Preparing data and testing on the past say nothing
# of how the model's choices reach the work: no scope, no stage, nobody using them.
_PREPARES = re.compile(
    r"\b(?:typed? up|type it up|digiti[sz]\w*|clean(?:ed|ing)? (?:up )?the (?:data|records)"
    r"|tidy (?:up )?the data|(?:fit|train|build|tune|test)(?:s|ted|ed|ing)? (?:the|a|our) model|back-?test\w*"
    r"|check(?:ed|ing)? (?:it|the model) against (?:last|past|previous|old|historic)\w*"
    # the results shown to a meeting: "present the results to the committee's briefing, with slides"
    r"|present(?:s|ed|ing)? (?:the |our |my )?(?:results|findings|model)|slides|handouts?"
    # the build told as an effort estimate: "2 sprints for the billing changes + 1 sprint QA", "about 30
    # developer-days", "needs the webhook rework first"
    r"|sprints?|story points|(?:engineering|development|dev|developer|build) (?:estimate|effort|time|work)"
    r"|(?:person|man|developer|dev|engineer)[- ](?:days|weeks|months)|qa|rework)\b",
    re.IGNORECASE,
)
_PUT_TO_USE = re.compile(
    r"\b(?:use[ds]?|using|live|launch\w*|switch\w*|trial\w*|pilot\w*|roll\w*|stage|phase|expand\w*"
    r"|customers?|clients?|crews?|teams?|branch\w*|sites?|depots?|stores?|shops?|wards?|routes?|jobs|installs"
    r"|week \d|month \d|approv\w*|sign\w* off|stop\w*|overrid\w*|then (?:all|every|the rest))\b",
    re.IGNORECASE,
)


def only_prepares(rollout: str) -> bool:
    """Whether the rollout box only prepares data or tests the model, and never puts it to use."""
    return _PREPARES.search(rollout) is not None and _PUT_TO_USE.search(rollout) is None


# A rollout box that only says how the change is paid for: "The council's events grant (£4,000) pays for the
# new ticket system set-up and the rest comes from the festival reserve." Money is no step into use. Read from
# a verb or noun of paying for the change in every sentence ("a £7 fee", "the loan period" or "the nature
# reserve" name no payment for it).
_PAID_FOR = re.compile(
    r"\b(?:pays? for|paid for|paying for|covers? (?:the )?(?:cost|costs|set-?up|bill|outlay)"
    r"|funded (?:by|from)|(?:comes?|will come|is coming) (?:out of|from) (?:the |our )?(?:[\w'-]+ ){0,2}"
    r"(?:reserves?|budget|funds?|pot|savings|grant)"
    r"|(?:[a-z]+'s|the|our|a|an) (?:[\w£$€,.-]+ ){0,2}(?:grant|budget|funding)\b(?! [A-Z]))",
    re.IGNORECASE,
)


def only_pays(rollout: str) -> bool:
    """Whether every sentence of the rollout box says how the change is paid for, and none puts the model to
    use."""
    parts = [p for p in re.split(r"(?<=[.!?])\s+|\n+", rollout.strip()) if p.strip(" -•*")]
    return bool(parts) and all(_PAID_FOR.search(p) for p in parts) and _PUT_TO_USE.search(rollout) is None


# After the wave, the words that say no stage: the wave said again ("it's only inspection dates") and the day
# the whole of it starts ("we'll just start on every school next term"), or the next event it starts with
# ("when the next storm hits", "from the next intake"). "Next term" names a later stage only beside an earlier
# one, and that one has its own words ("two schools first", "the rest").
_WAVED_AGAIN = re.compile(
    r"\b(?:it'?s|it is|this is|that'?s|we'?re|we are|i'?m|i am)\s+(?:only|just"
    # "it's a small change", "we're a tiny firm": the size of the change or of the firm, no small first stage
    r"|(?:only |just )?(?:a|such a) (?:small|minor|little|tiny|simple|quick)"
    r" (?:change|thing|job|tweak|business"
    r"|firm|outfit|operation|team|club|shop|practice))\b",
    re.IGNORECASE,
)
_START_DAY = re.compile(
    r"\b(?:from |starting |as of )?next (?:term|week|month|year|season|quarter|semester|spring|summer|autumn"
    r"|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    r"|\b(?:when|once|as soon as|from|with|at|on|by) the next (?:[a-z-]+ )?[a-z-]+\b"
    # the day the whole of it starts and stays: "start in full from the first week of the spring term",
    # "from then on"
    r"|\b(?:from|in|on) the (?:very )?first (?:day|week|weekend|month|term|session|shift|monday|tuesday"
    r"|wednesday|thursday|friday|saturday|sunday)s? (?:of|in)\b"
    r"|\b(?:from )?then on\b|\bin full\b"
    # "start for all 140 berths on 1 April and run from then"
    r"|\bfrom (?:then|that (?:day|date|point))\b"
    # a date: "from the first of June", "on the 3rd of May", "starting 1st March"
    r"|\b(?:from|on|by|starting|as of) (?:the )?(?:\d{1,2}(?:st|nd|rd|th)?|first|second|third|last)"
    r" (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b",
    re.IGNORECASE,
)


# The box itself waved away as not applying: "Not really applicable, it's a small change - ...", "None
# needed: ...".
_NOT_APPLICABLE = re.compile(
    r"^\W*(?:not (?:really |very |that )?(?:applicable|relevant)|n/a|none (?:needed|required)|not needed)\b",
    re.IGNORECASE,
)
# The box's own name written before the answer: "Rollout: none needed, ..."
_BOX_LABEL = re.compile(r"^\W*(?:roll-?\s?out|go-?live)\s*[:–—-]\s*", re.IGNORECASE)


def waved_off_as_small(rollout: str) -> bool:
    """Whether the rollout is waved off as too small to plan ("it's only badminton"), as having nothing
    to roll out ("nothing much to roll out really") or its stages as needless ("no need for a pilot"), with no
    stage named after that."""
    text = _BOX_LABEL.sub("", rollout.replace("’", "'"))
    needless = _NO_NEED_FOR_STAGES.match(text) or _NOT_APPLICABLE.match(text)
    waved = _TOO_SMALL_TO_PLAN.match(text) or _NOTHING_TO_ROLL_OUT.match(text) or needless
    if waved is None:
        # stages turned down further in ("we'll switch over in one go, no point doing it bit by bit"): what
        # the box says before and after the refusal is read for a stage
        if _STAGES_REFUSED.search(text) is None:
            return False
        needless, rest = True, without_refused_stages(text)
    else:
        rest = text[waved.end() :]
    # its own "only" is no stage ("only the first two stores" would be): the markers are read after it
    after = _START_DAY.sub(" ", _WAVED_AGAIN.sub(" ", rest))
    # "No need for a pilot - Jan can stop it any time": a plan without stages, told so by its own note
    if needless and has_any(after, HUMAN_WORDS):
        return False
    return not has_any(after, (*STAGE_MARKERS, *GRADUAL_WORDS))


__all__ = [
    "bare_start",
    "only_pays",
    "only_prepares",
    "stages_offered",
    "waved_off_as_small",
    "without_refused_stages",
]
