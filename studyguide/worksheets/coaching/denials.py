"""A field that is filled in but says the element is not there: monitoring that stops once the pilot is over
("after that we stop tracking it", "it will run itself, so we won't need to look"), a baseline declined
("we judge it on its own merits; comparing is not useful"). Such a plan states its own gap, so the note is
written even though the field is not blank. Pure: no Django, no torch."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .before_launch import only_a_target, watched_for_the_trial_only, watched_only_before_launch
from .declined import LOOKING, declines, only_denies
from .lexicon import MONITOR_WORDS, _p
from .text import find_all, has_any, sentences

# Watching that ends or is declined: a verb of stopping before a verb of looking, or a looking verb negated.
_LOOKING = (
    r"(track|monitor|look|watch|check|review|measur|count|report|follow"
    r"|keep (figures|records|track|count|an eye|tabs))"
)
STOPPED_WATCHING = _p(
    # a verb of stopping, not a word joined into a compound noun ("the late-drop count" counts late drops)
    r"(?<![-\w])(stop|stops|stopped|cease|ceases|end|ends|drop|drops|quit|quits)\w* (the |our |all |any )?"
    + _LOOKING,
    # ("we don't only look at revenue" still looks)
    r"(won'?t|will not|don'?t|do not|does not|doesn'?t|no need to|not need to|needn'?t|never|no longer|"
    r"nobody|no one|no-one)('s|'ll|'d)?"
    # ("don't think we need to keep an eye": four words between)
    r"(?! (just|only|simply|merely)\b)( \w+){0,4} " + _LOOKING,
    # the act of looking named as a noun, a few words before when it stops: "no measurement is to be made once
    # the scheme is running"
    r"no (more |further )?(monitoring|tracking|checks?|checking|reviews?|reports?|measurements?|measuring|"
    r"watching)\b( [\w']+){0,4} (after|once|when|planned|needed|made|done|taken|required)\b",
    r"(none|not|nothing) (planned |needed |foreseen )?(after|once|when|later)",
    # the same denial set off by a dash or comma: "honestly, nothing - once it is set up we let it run"
    r"(none|nothing)\s*[,;:—–-]+\s*(after|once|when|later)\b",
    # records no longer kept: "no figures will be kept", "no records are kept after that"
    r"no (more |further )?(figures|records|numbers|data|counts|logs|stats|statistics|notes) "
    r"(will |shall |are |is )?(be )?(kept|recorded|collected|logged|gathered)",
    # the time first, then the denial: "once it's live: nothing", "after the pilot, none", "After the pilot:
    # not needed." (not "after launch, nothing changes without her review", where the denial goes on)
    r"(once|after|when|from|following) [\w' -]{1,30}[:,—–-]\s*(nothing|none|no one|nobody"
    r"|(is |are )?not (needed|required|necessary))\s*([,.;!—–-]|$)",
    # the system said to need no one once it runs: "once it's running it looks after itself", "after that
    # the system is maintenance-free"
    r"(looks?|looking|takes?|taking) (care of|after) (itself|themselves)\b",
    r"(runs?|running) (itself|themselves)\b | (maintenance|care|worry)[- ]free\b",
    # nothing left to watch: "after that it's just how the shop works and there's nothing more to keep an eye
    # on", "nothing further to check once it's in" (not "nothing more to check than the waste")
    r"nothing (more |further )?(left )?(to |that needs )(keep an eye on|" + _LOOKING + r")"
    r"(?![^.;]{0,40}\b(than|beyond|but|except|apart from)\b)",
    # the box closed once the thing is put out: "The list goes laminated on the door - then it's done."
    r"(then|and|after that)[,]? (it'?s|it is|that'?s|that is|we'?re|we are) (done|finished|over|it)"
    r"\s*([.!]|$)",
)
# A comparison declined: a comparison word negated, or said to be of no use.
# Setting one thing beside another, however said ("nothing to line it up against", "nothing to beat").
# A "before and after" is a comparison told by its two sides ("there isn't a fair before-and-after").
# Set side by side as a phrase, too: "last year's figures don't line up with anything", "won't stack up".
_COMPARING = (
    r"(compar|baseline|benchmark|measur\w* (it |them )?against|against\b|beat\b|before[- ]and[- ]after\b"
    r"|(line|lines|lined|stack|stacks|stacked) up\b)"
)
REFUSED_COMPARISON = _p(
    # not knowing what to compare with declines it too ("dunno what to set it against"); "nothing" with a
    # word between declines it as well ("nothing fair to compare against", "nothing sensible to beat")
    r"(no|not|never|without|nothing|don'?t|do not|won'?t|will not|isn'?t|is not|cannot|can'?t|dunno|"
    r"unsure|idk)"
    r"( [\w'-]+){0,4} " + _COMPARING,
    _COMPARING + r"\w*( [\w'-]+){0,5} (is|are|was|would|will|seems?)( be)?( really)? (not|n'?t|hardly|never)"
    r"( be)? (useful|needed|necessary|helpful|relevant|meaningful|possible|worth)",
    r"on (its|their) own (merits|terms) | speaks? for (itself|themselves)",
    # a comparison judged harmful or empty rather than merely not needed: "a comparison would be unfair to it"
    _COMPARING + r"\w*( [\w'-]+){0,5} (is|are|was|were|would|will|seems?)( be)?( really| quite| rather)? "
    r"(unfair|pointless|meaningless|misleading|useless|irrelevant|unhelpful|impossible|tricky|difficult|hard)",
    # a comparison said not to be fair, the denial joined to its verb: "comparing to last year wouldn't be
    # fair", "a comparison isn't really valid"
    _COMPARING + r"\w*( [\w'-]+){0,5} (is|are|was|were|would|will|could)(n'?t| not)( be)?"
    r"( really| quite| very| entirely)? (fair|right|valid|meaningful|sensible|reliable|useful|helpful"
    r"|possible|worth\w*)\b",
    # the baseline put off to the new way's own first results: "we'll measure it from the first quarter the
    # new system runs and compare after that" (what the new way does first is no baseline for it)
    r"(measure|set|take|establish|get|work out|find|build)\w*( [\w'-]+){0,3} (from|after|once|in|during) "
    r"(the |its )?(first|opening|early)\b[^.;\n]{0,40}\b(new|runs?|running|go-?live|launch\w*|live)\b",
    # the approach judged by itself alone: "it stands on its own", "we'll judge the allocations on their own"
    r"(stands?|standing|judged?|judging|assessed|evaluated|reviewed|rated)( (?!by\b)[\w'-]+){0,4} "
    r"on (its|their) own\b",
    # judged only by its own results once it runs: "we will judge it by how well it does once it is running"
    r"(judge|assess|evaluate|rate|measure)\w*( \w+){0,2} (by|on|from) (how (well|good|much|it|they)|what it|"
    r"its own|their own|the results it)\b",
    # nothing like it to set beside: "there is nothing comparable", "no equivalent to hold it up to"
    r"(nothing|no|none) (\w+ )?(comparable|equivalent|similar|like it)\b",
    # the past said to teach nothing: "every carnival is different, so last year's day tells us nothing"
    r"(tells?|says?|shows?|teach(es)?) (us |you |me )?nothing (about|of|for)\b",
    # the two sides called unlike in a saying: "comparing with last year would be apples and pears", "chalk
    # and cheese", "not like for like". The idiom is the refusal, whatever words lead up to it.
    r"apples (and|with|to|v|vs|versus) (pears|oranges) | chalk and cheese | like (with|and|for) unlike\b"
    r" | (not|never|hardly|[a-z]+n't) (\w+ )?like[- ]for[- ]like\b",
)


# A determiner, alone or before one more word: "the end", "the deep end", "a stop", "each drop" name a place
# or a thing, not the act of stopping.
# The word between is no subject: in "after that we stop tracking" the pronoun stops.
_DETERMINER = re.compile(
    r"\b(?:the|a|an|this|that|each|either|its|their|our|his|her|your)"
    r"(?: (?!(?:we|i|they|you|he|she|it|everyone|staff|people)\b)[\w-]+)? $"
)
_BARE_STOP = re.compile(r"(?:stop|end|drop|quit|cease) ")
# A determiner right before the word, with nothing between: no verb can stand there, whatever its form, so
# "the stopping count" (pupils who stop, counted) and "each drop report" name a count, not its end.
_DETERMINER_JUST_BEFORE = re.compile(r"\b(?:the|a|an|this|that|each|every|its|their|our|his|her|your) $")


def _stopping_verb(sentence: str) -> bool:
    """Whether a verb of stopping (or a denial) takes the looking as its object. The bare word after a
    determiner is a noun ("if the deep end looks hazy", "the bus stop checks"): a verb after a singular
    subject would take an -s ("the team stops tracking"), so only the bare form is read as a noun, unless
    the determiner stands right before it ("the stopping count")."""
    low = sentence.lower().replace("’", "'")
    for m in find_all(sentence, STOPPED_WATCHING):
        before = low[: m.start()]
        if _DETERMINER_JUST_BEFORE.search(before):
            continue
        if not (_BARE_STOP.match(m.group(0)) and _DETERMINER.search(before)):
            return True
    return False


# The box opens by saying there is no watching ("Not planned - the rota's published quarterly and then it just
# runs"): what follows is its reason, and a period there ("quarterly") is when something else happens, not a
# look. Only an act of looking after it ("none planned, but Pat checks the waits weekly") makes it an answer.
_OPENS_DENIED = re.compile(
    r"^\W*(?:not (?:planned|needed|required|necessary)|(?:none|nothing) (?:planned|needed)|no plans?"
    r"|none|nothing|n/?a)(?: (?:yet|really|at all|as such|for now|so far))?\s*(?:[,;:.!—–]|\s-\s|$)"
)
_ACT_OF_LOOKING = _p(_LOOKING, r"keep an eye | (look|looks|looking|go|goes|going) (at|through|over)")


def _opens_with_no_watching(monitoring: str) -> bool:
    low = " ".join((monitoring or "").lower().replace("’", "'").split())
    found = _OPENS_DENIED.match(low)
    return bool(found) and not has_any(low[found.end() :], _ACT_OF_LOOKING)


def watching_ends(monitoring: str) -> bool:
    """Whether the monitoring field says the watching stops after a while or is not needed, in the words
    above or by its structure: a denial, and no clause naming a look before it ("Not required: validated")."""
    return (
        any(_stopping_verb(s) for s in sentences(monitoring))
        or declines(monitoring, (*MONITOR_WORDS, *LOOKING))
        or watched_only_before_launch(monitoring)
        or watched_for_the_trial_only(monitoring)
        or _opens_with_no_watching(monitoring)
    )


# A clause that denies something ("there is no systematic ordering at present"): a present way named there is
# said not to exist, so it is no comparison after all.
# ("no-show hours", "a no-claims discount" deny nothing: the hyphen makes "no" part of a noun)
_DENYING = re.compile(r"\b(?:no(?!-)|not|cannot|never|none|nothing|without)\b|n't\b")
# A list's own item number left as a clause ("1. A fair comparison ... 2. In year one ..."): no figure.
_ITEM_NUMBER = re.compile(r"\s*\(?\d{1,2}[.)]?\s*")
_CLAUSE = re.compile(r";|:|,|\.\s|\bbut\b|\bso\b|\n")


# A clause about what the new way will do ("its first season will establish the standard"), naming nothing
# from before it: the standard it speaks of does not exist yet.
_FUTURE = re.compile(r"\b(?:will|shall|going to)\b|'ll\b")
_BEFORE = re.compile(
    r"\b(?:last|previous|past|current|currently|now|today|usual|old|existing|before|always)\b"
)
# A clause that only says the thing is new ("Booked calls at 55 are new for us"): a reason there is nothing
# from before, whatever figure it happens to hold.
_ONLY_NEW = re.compile(
    r"\b(?:is|are|'s|'re|was|were) (?:all |brand |completely |entirely |totally |quite )?new"
    r"(?: (?:for|to) (?:us|me|the \w+|our \w+))?\W*$"
)


def affirmed(text: str) -> str:
    """The text's clauses that deny nothing ("none yet; today the manager decides" keeps "today ..."), less
    those that only say what the new way will set up or why a comparison is declined."""
    return "\n".join(
        c
        for c in _CLAUSE.split(text)
        if c.strip()
        and not _ITEM_NUMBER.fullmatch(c)
        and not _DENYING.search(c.lower())
        and not has_any(c, REFUSED_COMPARISON)  # "Comparison is tricky as the rules changed in 2024"
        and not (_FUTURE.search(c.lower()) and not _BEFORE.search(c.lower()))
        and not _ONLY_NEW.search(c.lower())
    )


def comparison_refused(baseline: str) -> bool:
    """Whether the baseline field declines to compare with anything."""
    return any(has_any(s, REFUSED_COMPARISON) for s in sentences(baseline))


# The old way named, its figures said not to exist: "No numbers from that time - the old coordinator took her
# notebook when she left", "we never counted it".
_FIGURES_MISSING = re.compile(
    r"\bno (?:numbers|figures|data|records|counts|stats|statistics|tally)\b"
    r"|\b(?:never|didn'?t|did not|don'?t|do not|nobody) (?:\w+ )?(?:count|counted|record|recorded|kept"
    r"|keep|measure|measured|logged|wrote (?:it|them|anything) down)\b"
    r"|\b(?:took|lost|threw away|binned|deleted) (?:her|his|their|the|our)"
    r" (?:notebook|records|figures|book|log|spreadsheet)s?\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"\d")


def figures_missing(baseline: str, metric: str) -> bool:
    """Whether the baseline says the old way has no figures and neither it nor the metric gives one: the
    old way is named, but there is nothing to beat."""
    return (
        bool(_FIGURES_MISSING.search(baseline or ""))
        and not _FIGURE.search(baseline or "")
        and not _FIGURE.search(metric or "")
    )


# "Nothing" said in dialect or slang ("there's nowt to compare it wi'", "zilch to compare against"): read as
# the word it stands for, so the denial is heard however it is spelled.
_NOTHING_SPELLED = re.compile(r"\b(?:nowt|naught|nothin|nuthin|nuffin|nuffink|zilch|nada)\b'?", re.IGNORECASE)


# The number a list or the minutes give the box ("Minute 11.", "Item 4:", "3)"): the document's numbering, not
# a figure of the old way, so it names no comparison.
_LIST_LABEL = re.compile(
    r"^\W{0,3}(?:(?:item|minute|point|para(?:graph)?|section|step|action|no\.?|q)\s{0,2})?"
    r"\d{1,2}(?:\.\d{1,2}){0,2}\s{0,2}[.):]\s",
    re.IGNORECASE,
)


def without_list_label(text: str) -> str:
    """The text without the list number it opens with."""
    return _LIST_LABEL.sub("", text)


def no_comparison(baseline: str, comparison_words: Sequence[str]) -> bool:
    """Whether the baseline declines to compare and names no present way in a clause that denies nothing
    ("no systematic ordering at present ... so we would not attempt a comparison" names none)."""
    baseline = _NOTHING_SPELLED.sub("nothing", without_list_label(baseline))
    refused = comparison_refused(baseline) and not has_any(affirmed(baseline), comparison_words)
    return (
        refused or only_denies(baseline) or only_a_target(baseline, comparison_words)
    )  # "— (nobody has done it, so nothing to hold it up to)"
