"""One reading of "this field says nothing", used wherever the coach asks whether a field is filled. A field
can hold words and still answer nothing: only marks ("-", "..."); a placeholder ("TBD", "None yet"); a
deferral ("Tavita will fill this one in when he is back", "We will see what we need once the model is
running", "To be agreed with the singers"); a cross-reference to a field that does not hold what this one
asks for ("Same as the modeler" for the what-if questions, "as in the data section" for a list of levers); a
dismissal ("None that we can think of; the mill has worked for years", "Not needed: once we have the numbers
the settings are obvious"). ``read_unanswered_as_blank`` empties such fields (and drops such rows from the
lists), so each case gets the note an empty field gets. Read from the structure of the text, not the plan's
subject. Short real answers stay answers: "No." or "yes" in a choice field (never read here), "None: the
plant runs on mains water" in the constraints (a dismissal is read only in fields whose element every plan
needs), "Daily." as monitoring, a one-word lever. Pure: no Django, no torch.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .admissions import STILL_MODELLED, admits_no_answer
from .answer_lead_ins import after_leading_question, without_number_or_hedge
from .lexicon import HANDS_OVER, NUMBER_WORDS, RANKS_BY_PREDICTION, WHAT_IF
from .non_answers import is_blank, is_non_answer
from .placeholders import deferred, filler_typed, note_to_self, points_elsewhere
from .plan import LIST_KEYS, SOURCES, Plan, answers_only
from .template_slots import own_label, template_slot
from .text import has_any, sentences
from .unanswered_forms import says_nothing_more
from .unsure_answers import learning_left_to_the_model, unsure_of_the_question

_DIGIT = re.compile(r"\d")

# --- deferrals: the answer put off to someone or something later ----------------------------------------
_DEFERRAL_MAX_WORDS = 20  # "We will see what we need once the model is running"; a longer text says more
_COURTESY_MAX_WORDS = 2  # "Olsem wanem?", "Thank you.": a greeting or thanks beside the deferral
_DEFERRALS = re.compile(
    # a promise that someone will fill the field in: "Tavita will fill this one in when he is back"
    r"\b(?:will|'ll|shall|to|going to) (?:fill|write|type|put)\w* (?:this|that|it)"
    r"(?: one| bit| part| field| section| box| question)? (?:in|out|up|down)\b"
    # the choice left to what will be seen later: "we will see what we need", "we'll decide which later"
    r"|^(?:we|i)(?:'ll| will| shall| are going to| am going to) (?:see|decide|work out|figure out|find out)"
    r" (?:what|which|how|when|whether|if|later|then)\b"
    # left to an agreement still to come: "To be agreed with the singers", "to be decided by the board"
    r"|^to be (?:agreed|decided|settled|arranged|discussed|worked out|sorted(?: out)?|confirmed|defined"
    # the box itself to be written later: "To be written up after I meet the warden on Friday"
    r"|written(?: up| in)?|filled (?:in|out)|completed|finished|added|drafted|done(?! with))\b"
    # "Will fill in once we've tried it": the promise with no object, ending there or waiting on something
    r"|\b(?:will|'ll|shall|going to) (?:fill (?:in|out)|write (?:this |it )?up)"
    r"(?=\s*(?:$|[.,;!?]|-|once|when|after|later|until|till|soon|next|tomorrow))"
    # a note to self to do the box at a time to come: "-- fill in monday --", "write up later"
    r"|^(?:to )?(?:fill|write|finish|complete|do)(?: (?:this|it))?(?: (?:in|out|up))?"
    r" (?:on |by |after )?(?:later|tomorrow|tonight|soon|asap|next \w+"
    r"|this (?:week|weekend|afternoon|evening)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$"
    # the element itself promised for later, named by a pronoun: "We'll set one once the first quarter's
    # results are in", "will add it after our review"; an object with a noun ("set one price") is an answer
    r"|\b(?:will|'ll|shall|going to) (?:add|set|pick|choose|agree|define|decide on|sort|write|put|get|find"
    r"|work out|figure out)(?: up| out| in)? (?:it|one|this|that|them|these)(?: in| up| out| on)?"
    r"(?=\s*(?:$|[.,;!?]|-|once|when|after|later|until|till|soon|next|tomorrow))"
    # the choice handed on for later: "Left for the analyst to pick once the checks are running"
    r"|^left (?:for|to) (?:the |our |a |my )?[\w'-]+(?: [\w'-]+)? to (?:pick|choose|decide|set|work out"
    r"|sort out|agree)\b"
    # the box promised thought or a return later: "-> will think about this part later", "come back to it"
    r"|\b(?:will|'ll|shall|going to|to) (?:think (?:about|through|over)|come back to|get back to|return to"
    r"|get (?:round )?to)(?: (?:this|that|it))(?: one| bit| part| field| section| box| question)?"
    r"(?=\s*(?:$|[.,;!?]|-|once|when|after|later|until|till|soon|next|tomorrow|another))"
    # the box being written elsewhere for now: "typing it up after placement", "writing this up at home"
    r"|\b(?:typing|writing|filling) (?:this|it)(?: one| bit| part| section| box)? (?:up|in|out)\b"
    # the box left empty on purpose, or the answer still being argued over: "leave blank for now",
    # "still going back + forth w/ the boss on this one"
    r"|\bleav(?:e|ing) (?:this |it |that )?(?:one |bit |part |box |section )?blank\b"
    r"|\bstill (?:deciding|discussing|debating|arguing|going back (?:and|\+|&) forth|thinking (?:about|it))\b"
    # the choice left to what the model shows first: "maybe later, let's see what the model says first"
    r"|\blet'?s (?:wait and )?see (?:what|how|if|whether)\b"
    # the answer handed to someone else: "Not my department - allocations are a management matter"
    r"|^not (?:my|our) (?:department|job|call|area|decision|remit|problem)\b"
    r"|\b(?:is|are|that'?s|it'?s) (?:a |an )?(?:management|board|committee|council|head office|partners'?"
    r"|senior leadership) (?:matter|decision|call|issue|question)\b"
    # ... or to a meeting still to come: "The partners will decide at the away day in March how we judge this"
    r"|\b(?:will|'ll|are going to|is going to) (?:decide|agree|settle|work out|sort out|discuss)\b[^.;]{0,40}"
    r"\b(?:at|in|after) (?:the|our|a) (?:away ?day|next meeting|meeting|review|agm|board meeting"
    r"|planning day)\b"
    # ... or to someone else's advice on the box's own question: "I'll ask my accountant what we should
    # track", "need to ask the vet what to measure" ("we ask members how they travel" gathers data)
    r"|^(?:(?:we|i)(?:'ll| will| shall| need to| must| have to| are going to| am going to)\s+"
    r"|(?:will|to|need to|must|have to)\s+)?ask (?:[\w'-]+ ){1,4}?(?:what|which|how) "
    r"(?:(?:we|i) (?:should |ought to |need to |could |might |must )?|to )"
    # (the errand is the whole sentence: "..., and meanwhile we weigh every calf" answers after all)
    r"(?:track|measure|count|monitor|record|use|aim for|compare|watch|look at|check|put)(?: [\w'-]+){0,4}$"
)
# A lever row that disowns every setting: "as secretary I don't set any of this - the committee votes it".
_DISOWNED = re.compile(
    r"\b(?:i|we) (?:don'?t|do not|can'?t|cannot|never) (?:really )?(?:set|decide|choose|control|change|pick"
    r"|get to (?:set|decide|choose|change))(?: on)?"
    r" (?:any of (?:this|it|that|these|them)|anything|any of the \w+)\b"
)
# A date names when, not how many: "after our review on the 14th", "by 3/10". Only a figure outside a date
# makes a deferral say something.
_DATE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b"
    r"|\b\d{1,2} (?=(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
)
_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\n+")


def _normal(text: str) -> str:
    return " ".join((text or "").lower().replace("’", "'").split())


def put_off(text: str) -> bool:
    """Whether the field only puts its answer off (see ``_DEFERRALS``): short, no figure, and every sentence
    either defers or is a greeting or thanks of a word or two."""
    t = _normal(text)
    if not t or len(t.split()) > _DEFERRAL_MAX_WORDS or _DIGIT.search(_DATE.sub("", t)):
        return False
    parts = [p.strip(" .!?;,-–—*•") for p in _SENTENCE.split(t) if p.strip(" .!?;,-–—*•")]
    deferring = [p for p in parts if _DEFERRALS.search(p)]
    return bool(deferring) and all(p in deferring or len(p.split()) <= _COURTESY_MAX_WORDS for p in parts)


# --- dismissals: the element denied, with a reason that names none of it --------------------------------
# Read only in fields whose element every plan has: a plan with no model, no risk, no input it cannot change,
# no search over settings or no what-if question is missing it, whatever reason is given. Constraints, horizon
# and the optional fields may truly be "none".
DISMISSABLE = frozenset(
    {"risks", "uncontrollables", "optimizer", "simulator", "levers", "rollout", "modeler"}
)
_DISMISSAL = re.compile(
    r"^(?:none|nothing|nil|n/a|no need|not (?:really |actually |strictly )?(?:needed|necessary|required"
    r"|applicable|planned)"
    # the element said not to be had or used: "Not using one.", "Haven't got one", "We don't need one"
    r"|(?:we |i )?(?:(?:are|am|is)(?: not|n't) |not )using (?:one|any|a model)"
    r"|(?:we |i )?(?:have ?n[o']t|do ?n[o']t) (?:got |built |made |have |use |need )(?:one|any|a model)"
    # ... or not to be written down: "We haven't listed any", "I have not named one"
    r"|(?:we |i )?(?:have ?n[o']t|did ?n[o']t) (?:listed|named|written down|put down|included|identified)"
    r" (?:one|any)"
    r"|(?:no|not a) model"
    # the element declined as a preference: "I'd rather not guess at hypotheticals", "we'd rather not"
    r"|(?:i|we)(?:'d| would) rather not (?:guess|speculate|predict|model|bother|go into|get into)\w*"
    r"(?: (?:at|about|with|on|into) (?:the )?[\w-]+)?"
    # ... or a model kept away from the choice: "I'd rather not let a model anywhere near prices"
    r"|(?:i|we)(?:'d| would) rather not (?:let|have|leave) (?:a|the|any) (?:model|computer|machine|algorithm"
    r"|program)(?: [\w'-]+){0,4}?"
    # nothing done by the tool: "Nothing automatic: ..."
    r"|nothing (?:automatic|automated)"
    # nothing said to be there to try: "Nothing to run.", "nothing to try out here"
    r"|nothing (?:to|we can|i can) (?:run|try|test|simulate|compare|model|change|vary|play with)(?: out)?"
    r"(?: here)?"
    # "skip - the results speak for themselves": the box passed over, with a reason
    r"|(?:none|nothing) planned|no plans?|skip(?:ped|ping)?(?: (?:this|it|that)(?: one| bit| part| box)?)?"
    # "leaving it - we're poets not programmers": the box left, with a reason
    r"|leav(?:e|ing) (?:this|it|that)(?: one| bit| part| box)?(?: out| blank)?"
    # a one-off given as the reason there is nothing to plan: "It's one afternoon a year - ... that's that"
    r"|(?:it'?s|this is|it is) (?:only |just )?(?:one|a single|a one-?off) (?:afternoon|morning|evening|day"
    r"|night|weekend|event|show|match|race|fair|festival|do)(?: a year| each year| every year)?)"
    # "Nothing major", "none to speak of": the denial said mildly is still a denial
    r"(?: (?:major|much|significant|serious|big|special|obvious|in particular|to speak of|worth mentioning"
    r"|worth (?:writing|noting|listing)(?: down)?|of note"
    # said where or for when: "Nothing here - ...", "none for now", "nothing worth the name"
    r"|here|for now|at the moment|at present|right now|worth the name|to report|to add"
    # ... or as what the writer does not fear: "nothing that keeps me up at night", "none that worry us"
    r"|(?:that|which) (?:keeps?|would keep) (?:me|us) (?:up|awake)(?: at night)?"
    r"|(?:that|which) (?:worr(?:y|ies)|bothers?|concerns?|scares?) (?:me|us)))?"
    r"(?: (?:yet|really|at all|as such|so far|needed|required|necessary|known|foreseen"
    r"|(?:that )?(?:we|i) (?:can|could) (?:think of|see|foresee|imagine)))?"
    # a word of address before the reason: "Not needed, Aum: ..." (not an exception: "None, only ...")
    r"(?:, (?!only\b|except\b|but\b|maybe\b|perhaps\b|possibly\b|apart\b|unless\b|if\b)[\w'-]+)?"
    r"\s*(?:[,;:.!—–]|\s-\s|$)"
)
# What turns a denial into an answer: an exception or a doubt ("none, except a new supplier"; "none really,
# maybe the oil ageing"), a condition, or a setting someone makes.
_YET_SOMETHING = re.compile(
    r"\b(?:except|but|apart|other than|besides|unless|though|although|maybe|perhaps|possibly)\b"
    # "only" as an exception ("none, only the oil ageing"), not as a shrug ("it's only prices on a website")
    r"|(?<!it's )(?<!it is )(?<!its )(?<!that's )(?<!they're )(?<!just )\bonly\b"
    # a condition opens its clause ("none, if the supply holds"; not "they'd tell us if it was off"), and a
    # setting is someone's choice unless said of a state ("the date is set nationally")
    r"|(?:^|[,;:.!?]\s*|\s-\s*)if\b"
)
_RULE_CONDITION = re.compile(r"\b(?:unless|if)\b")
_SOMEONE_SETS = re.compile(r"(?<!is )(?<!are )(?<!was )(?<!were )(?<!been )\bsets?\b")


# A reason said to hold for every setting ("customers are protected whatever terms we set", "no matter which
# day we pick") makes no setting: it is the denial's ground, not a choice or an exception.
_WHATEVER_WE_CHOOSE = re.compile(
    r"\b(?:whatever|whichever|however|no matter (?:what|which|how))\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:we|i|you|they)\s+(?:set|choose|pick|decide)\b"
)
_SETTLED_EITHER_WAY_KEYS = frozenset({"risks", "uncontrollables"})


# ... and, for a search, a what-if or the levers, someone who still chooses ("none, the foreman picks"). Of
# risks or inputs nobody controls, a choice said is only the reason ("nothing, it's our farm, we decide").
_STILL_CHOSEN = re.compile(
    r"\b(?:pick|picks|choose|chooses|chosen|select|selects|decide|decides|rank|ranks|compare|compares)\b"
)
_CHOOSING_KEYS = frozenset({"optimizer", "simulator", "levers", "rollout"})
_STILL_STAGED = re.compile(
    r"\b(?:first|then|check\w*|approv\w*|trial\w*|pilot\w*|by hand|stages?|steps?|test\w*|phases?"
    r"|review\w*|watch\w*|stop\w*|pause\w*|sign\w* off|alongside|if|once|when)\b"
)


# The reason first and the denial after it, in one sentence: "Beamtime is given by the facility, so there is
# nothing to try out here", "Prices are set by the council, so no need".
_DISMISSED_AFTER_REASON = re.compile(
    r"^[^.;!?\n]{3,140}?,?\s(?:so|therefore|hence|which means|meaning)\s+(?:there(?:'s| is| are)\s+)?"
    r"(?:nothing|no need|none|no point)\b[^.;!?\n]*[.!]?$"
)


# Risks denied by the writer's confidence: "I can't see this going wrong", "nothing will go wrong" (not "much
# else", which says something was named before it).
_NOTHING_GOES_WRONG = re.compile(
    r"\b(?:(?:can'?t|cannot|don'?t|do not) (?:see|imagine|think of|foresee) (?:this|it|that|anything|much)"
    r"|nothing (?:will|can|could|should|would)) (?!else\b)(?:\w+ )?(?:go|going|goes) wrong\b"
)


def _confident_only(text: str) -> bool:
    """A short risks box (a reason and the denial, two sentences at most) that denies anything going wrong."""
    return _NOTHING_GOES_WRONG.search(text) is not None and len(sentences(text)) <= 2


# The label of a minuted item before its answer: "Item 8. Agreed: no model.", "Decision: none needed".
_MINUTES_LABEL = re.compile(
    r"^(?:(?:item|point|section|para(?:graph)?|minute)\s*\d+[a-z]?\s*[.:)-]\s*|\d{1,2}(?:\.\d{1,2})?[.)]\s+)?"
    r"(?:(?:agreed|decided|decision|resolved|action|outcome|answer)\s*[:—–-]\s*)?"
)


def dismissed(text: str, key: str = "") -> bool:
    """Whether the field denies its element ("none", "not needed") and what follows gives only a reason, with
    no exception, doubt, figure or (where ``key`` asks for one) choice in it."""
    t = _normal(text).lstrip("-–—*•> ")  # a bullet's mark: "- Nothing major."
    t = _MINUTES_LABEL.sub("", t, count=1)  # "Item 8. Agreed: no model."
    found = _DISMISSAL.match(t)
    if found is not None:
        rest = t[found.end() :]
    elif _DISMISSED_AFTER_REASON.match(t) or (key == "risks" and _confident_only(t)):
        rest = t  # the reason is all there is besides the denial: read it whole
    else:
        return False
    if key in _SETTLED_EITHER_WAY_KEYS:
        rest = _WHATEVER_WE_CHOOSE.sub(" ", rest)
    if key == "modeler" and STILL_MODELLED.search(rest):
        return False
    # "none; the score goes up on the screen in the hut": of the optimizer, the reason says the prediction is
    # only shown, which is the plan's own word that it predicts and decides nothing; that is kept to be read.
    if key == "optimizer" and (has_any(rest, HANDS_OVER) or has_any(rest, RANKS_BY_PREDICTION)):
        return False
    chosen = (key in _CHOOSING_KEYS or not key) and _STILL_CHOSEN.search(rest)
    # a rollout whose reason still plans a step or a check ("it's one weekend, so Jo checks the first") plans
    staged = key == "rollout" and _STILL_STAGED.search(rest)
    # Of the model, someone setting the values by hand ("none - I'll set the places myself") is the denial's
    # ground: no model, the judgement it would stand in for.
    # ... and so is a rule of thumb with its conditions ("no model - it's the card: take the big ones unless
    # it rains"): of the model, a condition is the hand rule's, not an exception to the denial.
    yet = _YET_SOMETHING.search(_RULE_CONDITION.sub(" ", rest) if key == "modeler" else rest) or (
        key != "modeler" and _SOMEONE_SETS.search(rest)
    )
    return not _DIGIT.search(rest) and not yet and not chosen and not staged


# --- records denied: "the recipes are all in mum's head, no numbers anywhere" ------------------------------
_NO_RECORDS = re.compile(
    # what is known lives in someone's memory only
    r"\b(?:all|only|just|everything'?s?|it'?s|it is) (?:\w+ )?in (?:my|his|her|their|our|[\w-]+'s) heads?\b"
    # ... or what someone remembers: "what Pat remembers people asking for", "from memory"
    r"|\b(?:what|whatever)\s+(?:[\w-]+\s+){1,2}(?:remembers?|recalls?)\b|\bfrom (?:memory|our memories)\b"
    r"|\bno (?:numbers|records?|data|figures|notes|paperwork|logs?|history)\b"
    r"|\bnothing (?:is |gets |was )?(?:written|noted|recorded|logged|kept)\b"
    r"|\bnever (?:counted|recorded|logged|kept|written down|measured)\b"
    # nothing to gather, said as no need: "Don't need to. When they're gone they're gone."
    r"|^(?:we )?(?:don'?t|do not) need (?:to|it|any)\b"
    # nothing seen worth gathering: "can't see what we'd need to write down"
    r"|\bcan'?t see what (?:we|i)(?:'d| would)? need\b"
    # denied outright at the start: "Honestly, none. Everyone just checks the forecast", "Not needed"
    r"|^(?:(?:honestly|to be honest|well|sadly|um+|er+)\W+)?(?:none|nothing|zero|nope|not really|not needed"
    r"|no need|no point|n/?a|(?:there'?s|there is) nothing|we (?:don'?t|do not) (?:have|keep|record))\b"
    # gathering turned down: "Can't see why we'd record anything", "we won't bother"
    r"|^(?:(?:i|we) )?(?:can'?t|cannot) see (?:why|the point)\b"
    r"|^(?:i|we) (?:won'?t|will not) (?:need|bother)\b"
    # ... or counting itself: "I won't be counting or writing things down", "we're not going to log it"
    r"|^(?:i|we)(?: won'?t| will not|(?: am| are|'m|'re) not going to) (?:be )?"
    r"(?:count|record|log|track|writ|not)"
    # what is written down thrown away: "Jobs go up on the whiteboard and get wiped every Monday"
    r"|\b(?:get|gets|got|are|is|were|was)\s+(?:\w+\s+)?(?:wiped|deleted|thrown away|binned|shredded"
    r"|rubbed (?:off|out))\b"
    # ... or said where it goes: "the book goes in the confidential bin each year", "into the shredder"
    r"|\b(?:go|goes|went|gone|put|thrown|chucked|tossed)\s+in(?:to)?\s+the\s+(?:[\w-]+\s+)?"
    r"(?:bin|skip|shredder|recycling)\b"
    # ... or deleting itself: "the messages disappear after 7 days", "chats are set to auto-delete"
    r"|\b(?:messages?|chats?|texts?|posts?|emails?|entries|history)\s+(?:\w+\s+){0,3}?"
    r"(?:disappear|vanish|self-destruct|auto-delete|expire)\w*"
    # keeping a record turned down: "I don't want to add forms", "we won't start a log"
    r"|\b(?:don'?t|do not|won'?t|will not|can'?t|cannot) (?:want to |have time to |afford to )?"
    r"(?:add|keep|start|introduce|set up|fill in)\s+(?:\w+\s+){0,2}?"
    r"(?:forms?|logs?|records?|sheets?|paperwork|spreadsheets?|notes)\b"
    # a record denied with its noun first: "Tidy system it isn't", "a proper database it is not"
    r"|^(?:an? |any )?(?:[\w-]+ ){1,3}(?:it|they|that) (?:isn'?t|aren'?t|is not|are not|ain'?t)\W*$"
)
# A record named after all ("nothing written down until now; from March we log each batch").
_RECORD_NAMED = re.compile(
    # ("fry till we're out" is "until": the till is one with an article or a record after it)
    r"\b(?:(?:the|our|a|my) till|till (?:rolls?|records?|receipts?|data|system|reports?)"
    r"|logs?|logged|sheets?|books?|spreadsheets?|system|app|records|database|diary|notebook|receipts"
    r"|invoices|tally|counts?|weigh\w*|surveys?|forms?|sensors?|cameras?|cctv|notes?)\b"
)
# A year says when, not how much is held: "the laptop with the job list died in 2023".
_YEAR_SAID = re.compile(
    r"\b(?:in|since|from|until|till|before|after|by|during|of|mid|early|late)[ -](?:19|20)\d\d\b"
)
# ... and so does a day of the month: "nothing yet - we only open on the 14th".
_DAY_SAID = re.compile(r"\b(?:on|from|until|till|before|after|by) (?:the )?\d{1,2}(?:st|nd|rd|th)\b")
_RECORD_CLAUSE = re.compile(r"[,;.]\s+|\s[-–—]\s|\n")


# How long a record lasts before it is deleted is no figure of what is held: "disappear after 7 days".
_LIFETIME = re.compile(
    r"\b((?:disappear|vanish|delet|wip|expir|clear|purg|eras)\w{0,4}) (?:after|within|every) \d{1,3}"
    r" (?:hours?|days?|weeks?|months?)\b"
)


def _holds_no_records(text: str) -> bool:
    """Whether a line of the data fields denies any records and names none in its other clauses: "the
    recipes are all in mum's head, no numbers anywhere", "can't see what we'd need to write down"."""
    t = _DAY_SAID.sub(" ", _YEAR_SAID.sub(" ", _LIFETIME.sub(r"\1", _normal(text))))
    if not _NO_RECORDS.search(t) or _DIGIT.search(t):
        return False
    clauses = [c for c in _RECORD_CLAUSE.split(t) if c.strip()]
    return all(_NO_RECORDS.search(c) or not _RECORD_NAMED.search(c) for c in clauses)


# --- cross-references: "See objective.", "Same as the modeler", "as in the data section" ----------------
def _field_names() -> dict[str, str]:
    names = {}
    for key, sources in SOURCES.items():
        for name in (key.replace("_", " "), *(f.label.split(" (")[0].lower() for f in sources)):
            names[name] = key
    names.update({"model": "modeler", "models": "modeler", "data": "data", "the data": "data"})
    return names


_NAMES = _field_names()
_POINTER = re.compile(
    r"^(?:please )?(?:see|same as|as in|as for|as per|as|like|ditto|refer to|look at|copied from|from)"
    r"(?: (?:in|under|for))? (?:the |our |my )?"
    rf"(?P<name>{'|'.join(re.escape(n) for n in sorted(_NAMES, key=len, reverse=True))})"
    r"(?: (?:section|field|part|box|column|answer|above|below))*"
    r"(?:\W+(?:thank you|thanks|please|cheers))?\W*$"
)


def pointed_to(text: str) -> str | None:
    """The plan key a field only points to ("See objective." -> "objective"), or None."""
    found = _POINTER.match(_normal(text).strip(" .!,;:-"))
    return _NAMES[found.group("name")] if found else None


def _holds(key: str, target_text: str) -> bool:
    """Whether the field pointed to holds what ``key`` asks for: a metric needs a figure, a simulator a
    what-if question (the model's prediction is not one), a list its own rows; any other field an answer."""
    if key in LIST_KEYS or says_nothing(target_text):
        return False
    if key == "metric":
        return has_any(target_text, NUMBER_WORDS)
    if key == "simulator":
        return has_any(target_text, WHAT_IF)
    return True


# --- risks answered by custom: "Overbooking has been standard practice in airlines for decades; it's well
# understood." A practice being old or common names nothing that could go wrong with this plan's inputs.
_VOUCHED_BY_CUSTOM = re.compile(
    r"\b(?:standard practice|common practice|well[- ]understood|well[- ]known|well[- ]established"
    r"|tried[- ]and[- ]tested|proven (?:method|approach|practice)|(?:been )?done (?:it )?for (?:years|decades"
    r"|ages))\b"
)
_A_RISK_NAMED = re.compile(
    r"\b(?:if|unless|might|may|could|risk\w*|fail\w*|break\w*|new|change\w*|differ\w*|unlike|never|drift\w*"
    r"|wrong|error\w*|miss\w*|late|shortage|sick|leav\w*|but|except|though|however)\b"
)
_CUSTOM_MAX_WORDS = 25


def only_custom_vouched(text: str) -> bool:
    """Whether the risks field only vouches for the practice (standard, well understood, done for years) and
    names nothing that could go wrong."""
    t = _normal(text)
    return (
        bool(_VOUCHED_BY_CUSTOM.search(t))
        and len(t.split()) <= _CUSTOM_MAX_WORDS
        and not _A_RISK_NAMED.search(t)
    )


# --- the one reading -------------------------------------------------------------------------------------
def says_nothing(text: str, key: str = "") -> bool:
    """Whether the field's text answers nothing of what it asks for (see the module's doc), read as written
    and without what stands before the answer (``answer_lead_ins``). ``key`` is the plan key, for the
    readings that hold only in some fields."""
    if _says_nothing(text, key):
        return True
    bare = without_number_or_hedge(text)
    if bare and bare != text.strip() and _says_nothing(bare, key):
        return True
    # After a question, only a denial: what follows a question may be its answer in the student's own words
    # ("How will we know? we'll see if the lanes feel less crowded"), or the question may be the answer (a
    # what-if).
    answer = after_leading_question(text)
    return bool(answer) and (is_non_answer(answer) or (key in DISMISSABLE and dismissed(answer, key)))


def _says_nothing(text: str, key: str) -> bool:
    return (
        is_blank(text)
        or is_non_answer(text)
        # "(ask Dennis what goes here)"; bare, "Ask bookers how they heard of us" is how data is gathered
        or (note_to_self(text) and (key == "objective" or text.strip()[:1] in "([{<"))
        or filler_typed(text)
        or template_slot(text)  # "[insert objective here]", "[lever 1]": the template's own slot
        or (key in LIST_KEYS and own_label(text, key))  # a row "Levers": the list's heading typed back
        or deferred(text)
        or points_elsewhere(text)
        or put_off(text)
        or (key in DISMISSABLE and dismissed(text, key))
        or (key == "risks" and only_custom_vouched(text))
        # "Not sure yet - we'll work it out once it's running", "Can't think of any really, it's only a stall"
        or admits_no_answer(text, key)
        # "pls fill", "Risk log kept by the project office", "Out of scope for this term", "The usual."
        or says_nothing_more(text, key)
        # "To ask at office hours: what counts here?": doubt about the question is no answer to it
        or unsure_of_the_question(text)
        # "The model learns as it goes.": no record named, had or to be gathered
        or (key == "data" and learning_left_to_the_model(text))
        or (key == "data" and _holds_no_records(text))
    )


_TEXT_KEYS = tuple(
    key for key, sources in SOURCES.items() if key not in LIST_KEYS and sources[0].kind == "text"
)


def _emptied(text: str, key: str) -> bool:
    # A blank or a placeholder ("N/A", "none yet") is kept: every check already reads it as empty, and the
    # notes quote it back to the student ("N/A" is no baseline).
    return not (is_blank(text) or is_non_answer(text)) and says_nothing(text, key)


def _read_text(plan: Plan, key: str) -> str:
    text = getattr(plan, key)
    if is_blank(text) or is_non_answer(text):
        return text
    target = pointed_to(text)
    if target is not None and target != key:
        target_text = getattr(plan, target, "")
        return target_text if isinstance(target_text, str) and _holds(key, target_text) else ""
    if "\n" in text and len(SOURCES[key]) > 1:  # fields joined under one key: each read on its own
        return "\n".join(line for line in text.split("\n") if not _emptied(line, key))
    return "" if _emptied(text, key) else text


def read_unanswered_as_blank(plan: Plan) -> Plan:
    """The plan with each field that says nothing emptied and each such row of a list dropped, so the coach
    gives it the note an empty field gets."""
    # The answer is what says nothing, not the form's question before it ("Q: Model? A: None really - ...").
    plan = answers_only(plan)
    changes: dict = {}
    for key in _TEXT_KEYS:
        read = _read_text(plan, key)
        if read != getattr(plan, key):
            changes[key] = read
    for key in LIST_KEYS:
        rows = [
            row
            for row in getattr(plan, key)
            if not says_nothing(row, key)
            and pointed_to(row) is None
            and not (key == "levers" and _DISOWNED.search(_normal(row)))
        ]
        if rows != getattr(plan, key):
            changes[key] = rows
    if plan.records:
        records = "\n".join(line for line in plan.records.split("\n") if not _emptied(line, "data"))
        if records != plan.records:
            changes["records"] = records
    return replace(plan, **changes) if changes else plan


__all__ = ["DISMISSABLE", "dismissed", "pointed_to", "put_off", "read_unanswered_as_blank", "says_nothing"]
