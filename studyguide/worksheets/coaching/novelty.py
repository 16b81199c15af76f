"""Whether a plan's risks name anything that could be new, unusual, shifted or unseen: the inputs the model
will meet can differ from those it learned from, whatever the product reads. A risk list whose every item is
about staff, money, wear or the law names none. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .risk_cases import describes_a_case
from .sensors import NOT_MET_YET, not_ours
from .text import content_stems, find_all, has_any, listed_parts, sentences

# Novelty said in words of its own, read by ``_NOVEL`` and, as plainly new, by ``_PLAINLY_NEW``:
# a size or an age in one word: "online shops with huge databases", "sites on ancient PHP", "a newer design"
_SIZE_IN_ONE_WORD = r"huge|enormous|massive|gigantic|ancient|obsolete|newer|newest"
# weather out of the ordinary: "a very cold January"
_EXTREME_WEATHER = (
    r"(?:a|an) (?:very|unusually|exceptionally|really|bitterly) (?:cold|hot|wet|dry|warm|mild|snowy|windy"
    r"|stormy|icy)\b"
)
# what the model has not met: "heaters the model knows nothing about"; people far away: "subscribers in far
# time zones"
_NOT_MET_OR_FAR = (
    r"(?:knows?|knew|learned|learnt) nothing (?:about|of)|far[- ](?:away|off|flung)|far time zones?"
)
# people or cases outside what we serve, said last: "child witnesses, who mostly go to the youth court we
# don't cover" ("we don't cover the costs" is no case outside)
_OUTSIDE_WHAT_WE_SERVE = (
    r"we (?:don'?t|do not|never) (?:usually |normally |often )?(?:cover|serve|handle|deal with|take(?: on)?"
    r"|work with)(?=\s*(?:[.,;:!)]|$))"
)
# cases we have met little or not at all, said of them: "members with convictions, whom we haven't had many
# of", "groups with special diets, which we've not catered for", "e-bikes, which hardly appear in our claims"
_LITTLE_MET = (
    r"(?:which|whom|who|that) (?:we|i)(?:'ve| have|'d| had)? (?:not|never|hardly|rarely|barely)"
    r" (?:yet |ever )?|(?:which|whom|who|that) (?:we|i) (?:haven'?t|hadn'?t|hardly|rarely|barely)\b"
)
_LITTLE_MET_VERB = (
    r"(?:had|seen|met|handled|served|catered|dealt|worked|done|tried|taken|insured|hosted|taught|covered"
    r"|supported|priced|quoted|sold|looked after|[a-z]+ed for)\b"
)
_HARDLY_APPEAR = (
    r"(?:barely|hardly|rarely|seldom|scarcely) (?:ever )?(?:appear|feature|figure|turn up|come up|show up)"
)
# Anything that could come unlike the past: new or unknown things, rare or extreme ones, a change of kind,
# a comparison with all that is on record. "Going up" (a cost) and "filter changes" (upkeep) are not here: a
# price that rises or a part that is changed is no input unlike the data.
_NOVEL = re.compile(
    r"\b(?:new(?:ly)?|never|unseen|unknown|unfamiliar|untested|novel|first[- ]time|rar(?:e|ely|er)"
    r"|unusual(?:ly)?|odd|strange|weird|extreme|exceptional|freak|one[- ]off|unexpected|surprise\w*|anomal\w*"
    r"|differ\w*|unlike|shift\w*|drift\w*|trend\w*|fashion\w*|outside|beyond|out of (?:range|the ordinary)"
    r"|not in (?:the|our|its) |not (?:reflected|represented|seen|covered|found) in (?:the|our|its) "
    r"|no (?:history|record|records|data)|than (?:any|ever|before|usual|normal)"
    r"|(?:ever|before) seen|like (?:nothing|no other)|record[- ](?:year|season|summer|winter|month|week|high"
    r"|low|crowd|number|demand|heat|cold|rain)|pandemic|closure|clos(?:es|ing) down|opens? (?:up )?nearby"
    r"|(?:bigger|smaller|larger|wetter|drier|hotter|colder|busier|quieter) (?:than|year|season|summer|winter)"
    r"|newcomers?|no [\w-]+ history|stale|out of date|outdated|no longer|other (?:kinds?|types?|sorts?)"
    r"|nothing like|not like|few in"
    # people from further away, or a party changing its ways: "interns from overseas firms", "international
    # groups", "a large employer moving to hybrid placements"
    r"|overseas|international|(?:from|living|based|working|moving) abroad"
    r"|(?:moving|switching|changing|going) (?:over )?(?:to|online|digital"
    r"|paperless)\b|(?:a|the) (?:move|switch) (?:over )?(?:to|towards)\b"
    # others introducing things: "hire firms bringing in wide-beam boats"
    r"|(?:bring|brings|bringing|brought) in\b"
    # a size or a jump beyond the usual: "farm tanks that are twice the size", "takes much longer", "a rise in
    # energy arrears", "our history hardly has"
    r"|(?:twice|three times|double|half) the (?:size|number|length|weight|height|amount|usual)"
    r"|(?:much|far|way) (?:longer|bigger|larger|heavier|higher|older|younger|busier|wetter|colder|hotter)"
    r"|(?:a|any|big|sudden|sharp) (?:[\w-]+ )?(?:rise|fall|drop|jump|surge|spike|slump) in"
    r"(?! (?:[\w-]+ )?(?:prices?|costs?|fees?|rents?|wages?|rates?|bills?|tax\w*|interest)\b)"
    r"|(?:barely|hardly|rarely|seldom|scarcely) (?:has|have|holds?)\b"
    r"|hardly (?:see|seen|ever)|(?:a|any|big|sudden) (?:[\w-]+ )?change|changes? (?:in|of)\b"
    r"|(?:would|could|may|might|will) change"
    # another party changing its ways: "the credit union changing its account terms", "a comparison site
    # changing how it ranks" (not "changing the filters": upkeep of ours names no input unlike the data,
    # nor "changing where we look": our own choice)
    r"|chang(?:es|ed|ing) (?:its|their|his|her|the way|(?:how|what|when|where) (?!we\b|i\b|us\b|our\b))"
    # what we have done little of: "watches we've not bought much of", "a lathe job we've only done a few
    # times"
    r"|(?:we|i)(?:'ve| have)? (?:not|never|only) (?:\w+ed|done|bought|sold|seen|had|made|run|taken)"
    r" (?:\w+ )?(?:much|many|a few times|a handful|once or twice|once|twice)\b"
    # what the record holds little of: "claims we've seen little of", "no valuations in our data"
    r"|(?:seen|had|know|handled|met) (?:very |so |too )?(?:little|few) (?:of|about)\b"
    r"|no [\w-]+ (?:in|on) (?:our|the|its) (?:data|records?|books?|history|logs?)"
    # the record said to hold little of it: "which our records show few of", "which our tickets barely
    # cover", "nothing in our data looks like", "which none of our clients do", "had no players before"
    r"|(?:records?|data|history|logs?|books?|tickets?|files?|figures) (?:shows?|has|have|holds?|covers?"
    r"|includes?) (?:very |so |too )?(?:few|little|none|no)\b"
    r"|(?:barely|hardly|rarely|seldom|scarcely) (?:any|cover\w*|show\w*|include\w*|hold\w*|see\w*|had)\b"
    r"|nothing in (?:our|the|its) (?:data|records?|history|logs?|books?)"
    r"|none of (?:our|the|my) [\w-]+(?: [\w-]+)? (?:do|does|did|have|has|had|are|were|is|was)\b"
    r"|(?:had|seen|met|served|sold to) no [\w-]+(?: [\w-]+)? (?:before|yet|so far)\b"
    # people or things unlike ours, said by comparison: "much younger than our members", "much better than
    # what's in our history"
    r"|(?:younger|older|richer|poorer|fitter|keener|newer|better|worse|stronger|weaker|heavier|lighter"
    r"|faster|slower|bigger|smaller) than (?:(?:any|all|most) of )?(?:our (?:members|customers|clients"
    r"|regulars|riders|players|patients|users|pupils|students|usual|normal|history|data|records)"
    r"|what(?:'s| is| we'?ve| we have)|anything|anyone|those we|the ones we)"
    # any comparative set against our record or our usual: "much stricter than what's in our history",
    # "fussier than our usual ones"
    r"|[a-z]{3,}(?:er|ier) than (?:(?:any|all|most) of )?(?:our (?:usual|normal|regular|typical|past|previous"
    r"|old|history|data|records?|logs?)|what(?:'s| is| we'?ve| we have) (?:in|on|seen|had|met)"
    r"|anything (?:in|on) (?:our|the))"
    # a size out of the ordinary, or a rival newly opening: "a very big donation", "a local upcycling shop
    # opening and pricing below us"
    r"|(?:a|an) (?:very|unusually|exceptionally|really|huge(?:ly)?) (?:big|large|small|heavy|busy|long)\b"
    # ... or said in one word: "online shops with huge databases", "sites on ancient PHP", "a newer design"
    rf"|{_SIZE_IN_ONE_WORD}|{_EXTREME_WEATHER}|{_NOT_MET_OR_FAR}|distant"
    rf"|(?:{_LITTLE_MET}) ?{_LITTLE_MET_VERB}|{_HARDLY_APPEAR}"
    # a change of the rules or of how another body works: "bank rule changes", "timetable changes"
    r"|(?:rule|law|policy|regulation|timetable|tax|benefit)s? changes?"
    rf"|{_OUTSIDE_WHAT_WE_SERVE}"
    r"|(?:shop|store|rival|competitor|business|cafe|café|branch|chain|gym|centre)s?"
    r" (?:open(?:s|ing)?|opened)\b(?! (?:hours|times|day|days))"
    # a comparative with its noun before "than": "bigger groups than we've had", "more walkers than ever"
    r"|(?:[a-z]{3,}(?:er|ier)|more) (?:[\w-]+ ){1,3}than (?:we(?:'ve| have| had)|ever|before|usual|normal)\b"
    # the readings themselves wrong: a counter that miscounts feeds the model inputs unlike the real ones
    r"|miscount\w*|misread\w*|wrong (?:counts?|readings?|data|records?)"
    r"|(?:sensors?|meters?|gauges?|scales?|counters?)\b[^.;\n]{0,20}\b(?:fail|break|wrong|covered))\b",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r";|\n|(?<=[.!?])\s+")


# A shift of work ("per shift", "the night shift") is a part of the day, not a change in the world ("a shift
# in demand").
_WORK_SHIFT = re.compile(
    r"\b(?:per|each|every|night|day|late|early|morning|evening|weekend|double|extra|long|split|their|his|her"
    r"|our|my|same|that|this) shifts?\b(?! (?:in|of|away|towards?)\b)"
    # the shift as a crew or its people: "the shift lead", "shift patterns", "at shift handover"
    r"|\bshifts? (?:lead|leader|manager|supervisor|pattern|team|handover|worker|rota|staff|crew)s?\b",
    re.IGNORECASE,
)


def names_novelty(text: str) -> bool:
    """Whether the text names something that could be new, unusual, shifted or unseen."""
    return bool(_NOVEL.search(_WORK_SHIFT.sub(" ", (text or "").replace("’", "'")))) or has_any(
        text, NOT_MET_YET
    )


# Novelty in words that cannot be about our staff, our money or our shifts: "unfamiliar", "overseas", "huge
# databases", "a court we don't cover", "the model knows nothing about". Looser words ("shifts they like",
# "never gets a fair test", "a change of carer") may be, so they leave the judge free to speak.
_PLAINLY_NEW = re.compile(
    r"\b(?:unseen|unknown|unfamiliar|untested|novel|first[- ]time|unusual(?:ly)?|extreme|exceptional|freak"
    rf"|overseas|abroad|international|{_SIZE_IN_ONE_WORD}|{_NOT_MET_OR_FAR}|{_OUTSIDE_WHAT_WE_SERVE}"
    r"|not (?:in|reflected in|represented in|seen in|covered in|found in) (?:the|our|its) (?:data|records?"
    r"|history)|never (?:seen|had|met|served|sold to|handled)|nothing like|like (?:nothing|no other)"
    rf"|{_EXTREME_WEATHER})",
    re.IGNORECASE,
)


def names_plainly_new(text: str) -> bool:
    """Whether the text names something new or unseen in words that cannot be about our people or money."""
    return _PLAINLY_NEW.search((text or "").replace("’", "'")) is not None


# A risk whose head is money ("the cost of the new probes", "price of a new licence", "a rise in the price of
# new cloth"): what is new is paid for, not met by the model.
_MONEY_HEAD = re.compile(
    r"^\W*(?:and |but )?(?:(?:a|any|another|a big|a sharp) (?:rise|increase|jump|hike|spike) in )?"
    r"(?:the |a |an |our )?(?:extra |higher |rising |upfront |up-front )?"
    r"(?:costs?|price|prices|expense|expenses|bill|bills|budget|outlay|spend)\s+(?:of|for|on)\b",
    re.IGNORECASE,
)
# Our own people, the one thing "new" may be said of and still be about staff: "hosts leave and new ones
# need training", "new volunteers".
_OWN_STAFF = re.compile(
    r"\b(?:staff|staffing|hosts?|volunteers?|operators?|employees?|workers?|crews?|recruits?|hires?|hiring"
    r"|trainees?|turnover|training|rota"
    # hired in to do our work: "the council could change contractor" changes who does it, not what is read
    r"|contractors?|subcontractors?"
    # one of our own posts changing hands: "a change of logistics manager", "a new yard foreman" ("lead" and
    # "chair" are left out: "lead times", "chairs in the hall")
    r"|manager|leader|supervisor|foreman|forewoman|secretary|treasurer|coordinator|boss)\b",
    re.IGNORECASE,
)
# Only "new", or a change, said: the words of novelty that may name our own people or our own costs.
_NEW_OR_CHANGE = re.compile(
    r"(?:new(?:ly)?|(?:(?:a|any|big|sudden) (?:[\w-]+ )?)?changes?(?: (?:in|of))?"
    r"|(?:would|could|may|might|will) change"
    r"|chang(?:es|ed|ing) (?:its|their|his|her|the way|(?:how|what|when|where) (?!we\b|i\b|us\b|our\b)))"
)
# What the new thing costs us, said after it: "the new courier contract costing more".
_COSTS_MORE = re.compile(
    r"\b(?:cost(?:s|ing)? (?:more|extra|us more)|dearer|more expensive|pricier"
    r"|pric(?:e|es) (?:rise|rising|going up))\b",
    re.IGNORECASE,
)


# A new kind, type or sort of something names a new kind of input ("a new kind of caller: gig workers"),
# unless the kind is of our own people ("a new kind of volunteer"): people named as examples of the kind are
# the inputs, not our staff.
_NEW_KIND_OF = re.compile(
    r"\b(?:new|other|different|unfamiliar|unusual)\s+(?:kinds?|types?|sorts?|groups?|classes?)\s+of\s+"
    r"(?:the\s+|our\s+)?([\w-]+)",
    re.IGNORECASE,
)


# "new" said of what comes in, not of our people: "workers with new problems", "volunteers meeting new
# kinds of case". Our people or our own settings within the next three words are still ours: "a new job
# centre manager", "the crew not liking the new routes" (routes being a lever).
_NEW_THING = re.compile(r"\bnew((?:\s+[\w-]+){1,3})", re.IGNORECASE)


# "new" said of more of the usual arriving, not of a new kind: "staff may not keep up with new sign-ups".
_MORE_OF_THE_USUAL = frozenset(
    "sign-ups signups joiners starters members customers clients bookings orders business work jobs "
    "enquiries intake one ones".split()
)


def _new_of_other_things(item: str, lever_stems: frozenset[str]) -> bool:
    return any(
        not any(
            _OWN_STAFF.fullmatch(w) or _more_of_the_usual(w, following) or content_stems(w) & lever_stems
            for w, following in zip(phrase, [*phrase[1:], ""], strict=True)
        )
        for phrase in (m.group(1).split() for m in _NEW_THING.finditer(item))
    )


def _more_of_the_usual(word: str, following: str) -> bool:
    # "new business" is more orders; "a new business park" is a place ("park" names what is new)
    # ("new ones need training": "one" stands for a noun said before it, whatever follows)
    pronoun = word.lower() in ("one", "ones")
    noun_follows = following.isalpha() and following.lower() not in _LINKS and not pronoun
    return word.lower() in _MORE_OF_THE_USUAL and not noun_follows


# Words that end a noun phrase: "new business next month", "new members in spring".
_LINKS = frozenset(
    "to at in from next coming each per this that and or for with on by than may might could would will is "
    "are these who which".split()
)


def _new_kind_of_input(item: str) -> bool:
    return any(not _OWN_STAFF.fullmatch(m.group(1)) for m in _NEW_KIND_OF.finditer(item))


# What people get from us said to differ ("complaints if neighbours get different offers", "riders charged
# different fares"): our own settings varying, as the plan means them to, not an input unlike the data.
_GIVEN_DIFFERENT = re.compile(
    r"\b(?:get|gets|getting|got|receive[sd]?|receiving|given|offered|sent|shown|charged|pay|pays|paying)"
    r"\s+(?:an?\s+)?(?:different|differing)\s+((?:[\w-]+\s+)?[\w-]+)",
    re.IGNORECASE,
)


def _our_settings_differ(item: str, novel: set[str], lever_stems: frozenset[str]) -> bool:
    """Whether the item's only novelty is what people get from us differing, said in a lever's own words."""
    return all(word.startswith("differ") for word in novel) and any(
        content_stems(m.group(1)) & lever_stems for m in _GIVEN_DIFFERENT.finditer(item)
    )


def _novelty_explained(item: str, lever_stems: frozenset[str] = frozenset()) -> bool:
    """Whether a risk's word of novelty is about something else than the model's inputs: what it costs ("the
    cost of the new probes", "the new contract costing more"), "new" or a change said only of our own staff
    ("new hosts need training", "a change of manager"), our own settings told apart for different people
    ("neighbours get different offers", in a lever's words), or what our own choice does to the data (a
    feedback loop, told apart by ``sensors.not_ours``)."""
    if _MONEY_HEAD.match(item) or ages_only_the_model(item):
        return True
    novel = {m.group(0).lower() for m in _NOVEL.finditer(_WORK_SHIFT.sub(" ", item.replace("’", "'")))}
    if lever_stems and _our_settings_differ(item, novel, lever_stems):
        return True
    if (
        all(_NEW_OR_CHANGE.fullmatch(word) for word in novel)
        and (
            _OWN_STAFF.search(item)
            and not _new_of_other_things(item, lever_stems)
            or _COSTS_MORE.search(item)
        )
        and not _new_kind_of_input(item)
    ):
        return True
    return not not_ours(item, caused=True).strip()


# The model said to age by itself ("models drift over time, so we'll retrain each quarter", "the model may go
# stale"): upkeep of the model, naming no input it could meet unlike its data.
_MODEL_AGES = re.compile(
    r"\b(?:models?|algorithms?|classifiers?|predictions?|forecasts?|accuracy)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:drift\w*|decay\w*|degrad\w*|(?:go|goes|get|gets|become|becomes) (?:stale|outdated|out of date))",
    re.IGNORECASE,
)


def ages_only_the_model(item: str) -> bool:
    """Whether the item's only novelty is the model said to drift or go stale by itself."""
    found = _MODEL_AGES.search(item)
    return found is not None and not names_novelty(item[: found.start()] + " " + item[found.end() :])


def familiar_item(item: str, lever_stems: frozenset[str] = frozenset()) -> bool:
    """Whether one listed risk names nothing the model could meet unlike its data: no word of novelty, or
    one explained by something else (``_novelty_explained``)."""
    return not names_novelty(item) or _novelty_explained(item, lever_stems)


def _stems_of(levers: Sequence[str]) -> frozenset[str]:
    return frozenset(content_stems("\n".join(levers)))


def without_explained(risks: str, levers: Sequence[str] = ()) -> str:
    """The risks without the items whose novelty is about money, our staff or our own choices: what is left
    is read for inputs unlike the data."""
    items = risk_items(risks)
    stems = _stems_of(levers)
    kept = [i for i in items if not (names_novelty(i) and _novelty_explained(i, stems))]
    return risks if len(kept) == len(items) else "\n".join(kept)


def risk_items(risks: str) -> list[str]:
    """The risks listed, one per item (semicolons, lines, sentences, commas in a sentence that lists)."""
    items = [p.strip(" \t-•*") for p in _LIST_SPLIT.split(risks or "")]
    items = [
        part for p in items if len(p.split()) >= 2 or _ONE_WORD_RISK.fullmatch(p) for part in listed_parts(p)
    ]
    return items or sentences(risks)


# "Cost; vandalism; power cuts": one lower-case word between semicolons is a risk of its own; a capitalised
# word alone ("Abaraka.") is a greeting or a sign-off.
_ONE_WORD_RISK = re.compile(r"[a-z][a-z-]{3,}")
MIN_ITEMS = 3  # a list of risks long enough that leaving out every new input reads as a gap, not brevity


def risks_all_familiar(risks: str, elsewhere: str, levers: Sequence[str] = ()) -> bool:
    """A list of at least three risks, none of which (nor what the plan says elsewhere about risks and checks)
    names anything new, unusual, shifted or unseen (``familiar_item``): every risk is about staff, money,
    wear, the law or our own choices."""
    items = risk_items(risks)
    stems = _stems_of(levers)
    return (
        len(items) >= MIN_ITEMS
        and all(familiar_item(i, stems) for i in items)
        and not names_novelty(elsewhere)
        and not _mostly_cases(items)
    )


# A risk told as a kind of case the plan will meet, each with what sets it apart: "A franchise wanting one
# logo for 30 outlets", "Clients arriving with AI mock-ups", "A client in Ireland paying in euros". A list
# made half or more of such cases (two at least) names unusual inputs, with or without a word of novelty; one
# customer among failures and prices ("a large customer disputing invoices") is a business risk.
_CASE_DESCRIBED = re.compile(
    r"^\W*(?:(?:a|an|the|one|two|some|any|\d+)\s+)?(?:[\w'-]+\s+){0,3}?"
    r"(?:clients?|customers?|buyers?|brands?|franchises?|companies|company|firms?|businesses|business|suppliers?"
    r"|boards?|charit(?:y|ies)|schools?|groups?|households?|families|family|patients?|pupils?|students?"
    r"|members?|tenants?|landlords?|venues?|couples?|conferences?|events?|parties|weddings?"
    r"|people|visitors?|guests?|races?|festivals?|crowds?)"
    r"\s+(?:with|wanting|needing|who|whose|that|paying|arriving|asking|from|in|using|bringing|on|at)\b",
    re.IGNORECASE,
)


NO_RISKS_MESSAGE = (
    "List the risks: inputs unlike the training data, mistakes that would be costly, and how the world could "
    "change after launch."
)


def ood_message(sensor: bool) -> str:
    if sensor:
        return (
            "This product works on images or sensor readings: do your risks cover inputs unlike the "
            "training data (night, rain, a new camera, a different place) and drift over time? If not, name "
            "them and say how you will notice."
        )
    return (
        "Every risk listed is about people, money or equipment; none is about the model meeting inputs "
        "unlike its data (a new kind of customer, product or place, an unusual season, a change of rules). "
        "Name those, and say how you will notice."
    )


# A word of the world's upheaval naming a rule or a paper the plan keeps: "flood rules", "drought permit".
_RULE_AFTER = re.compile(r"\s+(?:rules?|regulations?|laws?|permits?|consents?|licen[cs]es?|insurance)\b")


def without_measured(text: str, measured: str, words) -> str:
    """The text (lower case) with the words of ``words`` masked where the objective or metric measures them:
    in a plan for "fewer flood events", "flood days each month" is the outcome counted, not an input unlike
    the data."""
    stems = content_stems(measured)
    low = (text or "").lower().replace("’", "'")
    spans = [
        m.span()
        for m in find_all(low, words)
        if content_stems(m.group(0))
        and content_stems(m.group(0)) <= stems
        # "flood rules" in the constraints: a rule kept, not a flood met ("new kinds of procedure" is met)
        or " " not in m.group(0)
        and _RULE_AFTER.match(low, m.end())
    ]
    for start, end in reversed(spans):
        low = low[:start] + " " * (end - start) + low[end:]
    return low


def _mostly_cases(items: list[str]) -> bool:
    cases = sum(1 for item in items if _CASE_DESCRIBED.match(item) or describes_a_case(item))
    return cases >= 2 and 2 * cases >= len(items)
