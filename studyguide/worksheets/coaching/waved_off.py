"""Risk questions answered in a way that looks like an answer but sets the question aside. Read by
``risk_checks``; pure: no Django, no torch.

1. Risks rated, nothing named: "risk level: low", "2 out of 10 for risk", "negligible, in our view". A score
   or a comfort word says how worried the writer is, not what could go wrong, so the field is as empty as a
   blank one.
2. A feedback loop raised and then waved off: "the deposits we set could change who books, but we refit
   every week, so that evens itself out". Retraining on the data our own choices shaped keeps the
   same blind spot (those we never chose are never seen), so the loop is still unanswered.
3. "What if it went really well" answered only with wider use: "we'd open a second studio and sell the tool
   to other studios". Growth is where the loop bites hardest, but saying where the tool spreads names no way
   the decisions could shape the data the model later learns from. The same holds for an answer that only
   lists the gains ("a full roster all year, agency spend cut"), whether or not it closes like a letter
   ("Let me know your thoughts! Jo").
"""

from __future__ import annotations

import re

from .text import content_stems, sentences, with_continuations_joined, words

# --- 1. a rating of the risk, and nothing named -------------------------------------------------------------
# How big the risk is said to be: a comfort word or a score.
_RATING = re.compile(
    r"\b(?:low|lowish|small|minor|minimal|negligible|tiny|slight|limited|acceptable|manageable|modest"
    r"|little|unlikely|remote)\b"
    r"|\b\d+(?:\.\d+)?\s*(?:/|out of|of)\s*\d+\b|\b\d+\s*%|\b(?:score[ds]?|rated|rating|marks?|grade[ds]?)\b",
    re.IGNORECASE,
)
# Words that only carry a rating: the scale, hedges, "which is", "in our view", the word risk itself.
_RATING_WORDS = content_stems(
    """risk risks risky rating rated rate score scored scores scale mark marks grade level levels overall
    total collective low lowish small minor minimal negligible tiny slight limited acceptable manageable
    modest little unlikely remote very quite fairly pretty rather really think judge judged assess assessed
    assessment estimate estimated put reckon feel view opinion worry worries worried concern concerns major
    much nothing anything serious real big high medium out point points percent general whole plan project"""
)
_CONTRACTION = re.compile(r"^(?:we|i|it|that|there|you|they|he|she)'")
# A label before a colon at the start of a line ("Collective marks:", "Risk score:") is a heading.
_LABEL = re.compile(r"^\s*[\w' -]{1,30}:\s*", re.MULTILINE)


def risks_only_rated(risks: str) -> bool:
    """Whether the risks field gives the risk a size (a score, "low", "negligible") and names nothing that
    could go wrong: every word left is the rating's own."""
    text = (risks or "").replace("’", "'")
    if _RATING.search(text) is None:
        return False
    left = content_stems(_LABEL.sub(" ", text)) - _RATING_WORDS
    # numbers are the score itself; "we'd", "it's" are the writer's voice
    return not {w for w in left if not w.isdigit() and not _CONTRACTION.match(w)}


# Every risk said to be one the team copes with: "Nothing the stalkers can't sort out on the hill on the day",
# "Nothing we haven't handled before". Whatever comes is handled, so nothing that could go wrong is named.
_COPED_WITH = re.compile(
    r"^\W*(?:honestly|really|frankly|to be honest)?[,\s]*(?:nothing|none|no risks?|no problems?)\b"
    r"(?:[\w' -]{0,40}?)\b(?:can'?t|cannot|couldn'?t|won'?t|wouldn'?t|haven'?t|hasn'?t|have not|has not)"
    r" (?:\w+ )?(?:sort|sorted|handle|handled|deal|dealt|fix|fixed|manage|managed|cope|coped|solve|solved"
    r"|cover|covered|absorb|absorbed|work around|put right|sort out)\b",
    re.IGNORECASE,
)


def risks_waved_through(risks: str) -> bool:
    """Whether every sentence of the risks says that whatever comes will be handled, and names nothing."""
    parts = sentences((risks or "").replace("’", "'"))
    return bool(parts) and all(_COPED_WITH.match(p) for p in parts)


# Risk dismissed at the outset: "Honestly there isn't much that can go wrong with this one", "Not a lot could
# go wrong", "I can't see anything going wrong". What follows is the writer's comfort ("It's nail polish.
# Worst case a client picks her second favourite colour"), unless it names something new (the caller reads).
_DISMISSED = re.compile(
    r"\b(?:(?:is ?n'?t|is not|'s not|are ?n'?t|are not|not) (?:really |very )?"
    r"(?:much|anything|a lot|many things)"
    r"|nothing(?: much| really| at all)?|very little|hardly anything|little|can'?t see (?:much|anything)"
    r"|cannot see (?:much|anything)|don'?t see (?:much|anything))"
    r" (?:that |which )?"
    r"(?:(?:can|could|will|would|might|is likely to|is going to)(?: really| possibly)? go wrong"
    r"|(?:going|to go) wrong)\b",
    re.IGNORECASE,
)
# "Not much can go wrong, but a new intake ...": a second thought in the same breath is a risk named.
EXCEPT = re.compile(r"\b(?:but|except|apart from|other than|besides|beyond|unless|though|although)\b", re.I)


# The same said as a bare answer to the box's question ("What could go wrong? Not much to be honest."): the
# first sentence is the amount alone.
_BARE_AMOUNT = re.compile(
    r"^\W*(?:not (?:much|a lot|a great deal|really)|very little|hardly anything|nothing much|little)"
    r"(?:,? (?:to be honest|honestly|really|tbh|i think|i'd say))?\W*$",
    re.IGNORECASE,
)


# No risk there at all, said before the reason: "There aren't really any; it's a minibus picking people up",
# "There are none to speak of". (An exception in the same sentence is read by the caller.)
_NONE_THERE = re.compile(
    # (said as a finding: "The committee noted there are no risks", "we think there aren't any")
    r"^\W*(?:(?:the [\w-]+|we|i|they) (?:noted|agreed|said|think|reckon|feel|found|decided|believe)"
    r"(?: that)? )?(?:there (?:are ?n'?t|are not|is ?n'?t|is not|'re not)"
    r" (?:really |honestly |actually )?(?:any|many)(?: (?:real |big |major )?risks?)?"
    r"|there are (?:really |honestly )?(?:none|no (?:real |big |major )?risks?)|none really"
    r"|(?:i )?can'?t think of any)\b(?!\s+(?:other|others|more|new|we|i)\b)",
    re.IGNORECASE,
)


_LABEL_ONLY = re.compile(r"^\W*(?:[a-z]+ )?\d{1,3}[.):]?\W*$", re.IGNORECASE)  # "15.", "Minute 14."


def risks_dismissed(risks: str) -> str | None:
    """When the risks open by saying little or nothing can go wrong, with no exception in the same sentence:
    the rest of the box (for the caller to read for anything new named); otherwise None."""
    # a list number on its own ("15.") is no sentence of the answer
    parts = [p for p in sentences((risks or "").replace("’", "'")) if not _LABEL_ONLY.match(p)]
    if not parts or EXCEPT.search(parts[0]):
        return None
    if none_there := _NONE_THERE.match(parts[0]):  # what follows in the same sentence is read as well
        return "\n".join((parts[0][none_there.end() :], *parts[1:]))
    if not (_DISMISSED.search(parts[0]) or _BARE_AMOUNT.match(parts[0])):
        return None
    return "\n".join(parts[1:])


# --- 2. a loop raised, then waved off ----------------------------------------------------------------------
# Comfort that the loop sorts itself out: "washes out", "evens out", "corrects itself", "isn't a concern".
_SORTS_ITSELF = re.compile(
    r"\b(?:wash(?:es)? out|washes itself out|evens? (?:itself )?out|averages? (?:itself )?out"
    r"|cancels? (?:itself )?out|balances? (?:itself )?out|irons? (?:itself )?out"
    r"|corrects? itself|self-correct\w*|sorts? itself out|takes care of itself|fix(?:es)? itself"
    r"|(?:won't|will not|doesn't|does not|shouldn't|should not) (?:really )?matter"
    r"|(?:is ?n[o']t|is not|not) (?:a |an )?(?:real |big |major )?(?:problem|concern|worry|issue)"
    r"|nothing to worry about|no need to worry|no cause for concern)\b",
    re.IGNORECASE,
)
# The loop raised in the same breath: our choices changing whom we learn from, or a bias in what is seen.
_LOOP_RAISED = re.compile(
    r"\b(?:bias\w*|skew\w*|feedback|loop|who we learn from|whom we learn from|what we learn from"
    r"|learn\w* only from|only (?:see|learn|hear)|never (?:see|learn|hear|follow)|blind spot"
    r"|self-fulfilling|change (?:who|whom|what) we (?:see|learn))\b",
    re.IGNORECASE,
)
# The question of the loop asked back: "Could our own offers change who we learn from?"
_LOOP_ASKED = re.compile(
    r"\b(?:our|we|us|the model'?s?) .*\b(?:change|shape|affect|skew|bias)\w*\b", re.IGNORECASE
)
# "to stop it washing out": the comfort word used about a remedy is not a dismissal.
_REMEDY = re.compile(
    r"\b(?:at random|randomly|random (?:share|sample|slice)|hold(?:ing)? back|holdout|hold-out|control group"
    r"|follow(?:ing)? up|we follow|track(?:ing)? (?:those|the ones|people)|explor\w+)\b",
    re.IGNORECASE,
)


def loop_waved_off(text: str) -> list[str]:
    """The sentences that raise a feedback loop and, in the same breath or the next, say it sorts itself
    out: the dismissal first, then the sentence that raised the loop when it came just before."""
    split = sentences(text, limit=10_000)
    waved = []
    for i, sentence in enumerate(split):
        if _SORTS_ITSELF.search(sentence) is None or _REMEDY.search(sentence) is not None:
            continue
        before = split[i - 1] if i > 0 else ""
        # raised just before: "Our picks might skew the data. It won't matter."; "Could we...? Yes, but"
        raised_before = (
            bool(before)
            and _REMEDY.search(before) is None
            and (
                _LOOP_RAISED.search(before) is not None
                or (before.rstrip().endswith("?") and _LOOP_ASKED.search(before) is not None)
            )
        )
        if _LOOP_RAISED.search(sentence) is not None or raised_before:
            waved.append(sentence)
            if raised_before and before not in waved:
                waved.append(before)
    return waved


# --- 3. only wider use -------------------------------------------------------------------------------------
# Spreading the tool: "use it across the region", "roll it out to the other branches", "sell it to others".
_WIDER_USE = re.compile(
    r"\b(?:across|nationwide|everywhere|countrywide|county-wide|region-wide"
    r"|(?:the )?other (?:\w+ )?(?:branches|sites|shops|stores|offices|services|teams|towns|regions|areas|"
    r"farms|yards|depots|schools|clubs|venues|stalls|lines|markets|councils|cities|counties|countries|pubs"
    r"|bars|cafes|cafés|restaurants|gyms|firms|practices|salons|studios|halls|libraries)"
    r"|more (?:branches|sites|shops|stores|offices|services|towns|areas|farms|venues|markets)"
    r"|roll(?:ing)? (?:it |this )?out|scale (?:it |this )?up|expand\w*|extend\w*|spread\w*|franchis\w*"
    # ("sell it on for a fair price" is the owner selling the firm: a gain, read under success)
    r"|sell (?:it|the tool|the system|the (?:set-?up|app|software|model|method|scheme))(?! on\b)"
    r"|licen[cs]e (?:it|the tool)|grow\w*"
    # others asking for it: "other growers would ask to use it", "the co-op wants to buy it from us"
    r"|(?:ask|asks|asking|want|wants|wanting) to (?:use|buy|borrow|copy|have)"
    r" (?:it|the tool|the system|ours)\b"
    r"|open(?:ing)? (?:a |another |more )"
    r"|(?:use|offer|try|run|apply|take) (?:it|this|the tool|the system)"
    r" (?:in|on|at|to|for|across|elsewhere))",
    re.IGNORECASE,
)
# Growth named as what the writer is after, not where the tool goes: "the full-shoot bookings I'm trying to
# grow", "the membership we hope to grow". Said of the aim, it tells nothing of spreading the tool.
_AIMED_GROWTH = re.compile(
    r"\b(?:trying|try|tries|want|wants|wanting|hope|hopes|hoping|aim|aims|aiming|mean|means|meant|need"
    r"|needs|plan|plans|planning|working) to grow\b",
    re.IGNORECASE,
)
_OUR_DOING_THEN_PEOPLE = re.compile(
    r"\bif (?:we|our|the model|the tool)\b[^.]*\b(?:people|customers|users|clients|members|requests|demand"
    r"|volume|they)\b[^.]*\b(?:may|might|will|would|could)\b",
    re.IGNORECASE,
)
_CONSEQUENCE = re.compile(
    r"\b(?:so|which means|meaning|and then)\b[^.;]*"
    r"\b(?:chang\w*|shift\w*|drops?|dropping|falls?|rises?|skew\w*)\b"
    r"|\b(?:of|by) our own (?:making|doing)\b",
    re.IGNORECASE,
)
_ON_THE_DATA = re.compile(
    r"\b(?:data|records?|history|learn\w*|the model (?:will |would |may |might )?\w+s?)\b", re.IGNORECASE
)
# A sentence this short is a greeting or sign-off ("Grazias.", "Thanks all"), no answer either way.
_GREETING_MAX_WORDS = 2


def only_wider_use(went_really_well: str) -> bool:
    """Whether every sentence of the answer speaks of the tool spreading to more places or uses, and no
    sentence says anything else (what changes, who is missed, what the data would then show)."""
    said = [s for s in sentences(went_really_well) if len(words(s)) > _GREETING_MAX_WORDS]
    if not said:
        return False
    for sentence in said:
        if (
            _WIDER_USE.search(_AIMED_GROWTH.sub(" ", sentence)) is None
            or _LOOP_RAISED.search(sentence) is not None
        ):
            return False
        # "If we answer fast, people may use SARs more (word spreads), so requests follow our success": what
        # our doing makes people do, not the tool spreading
        # "... and my data will be shaped by what I chose": a thought on what the records will hold
        if _OUR_DOING_THEN_PEOPLE.search(sentence) or _ON_THE_DATA.search(sentence):
            return False
        # "Word spreads ... so the enquiry mix changes": a consequence drawn, not the tool spreading
        if _CONSEQUENCE.search(sentence):
            return False
        # "...and the new towns' tenants may differ from those we know": a second thought beside the growth
        if re.search(
            r"\b(?:but|though|although|however|unless|except|while|whereas|differ\w*|unlike)\b",
            sentence,
            re.IGNORECASE,
        ):
            return False
    return True


# --- 3b. only the success itself ----------------------------------------------------------------------------
# "A full roster all year, agency spend cut, and we stop losing Monday trunks": the objective met, said back.
# Each part names the outcome the plan measures or a gain, and nothing of what the decisions do next; a
# condition, a "so", a doubt, a denial or a second thought anywhere ("if express gets dearer, clients may plan
# better", "the fish don't know what we do") is the writer thinking on, so the answer is not success alone.
_GAIN = re.compile(
    r"\b(?:cut|cuts|saved?|saving|savings|freed?|fewer|less|lower|more|higher|better|full|fuller"
    r"|stop\w*|halved|doubled|reduced|increased|improved|up|down"
    # a verdict of success: "a good inspection grade", "an award", "happier staff"
    r"|good|great|excellent|outstanding|best|record|happier|prouder|award\w*|prais\w*"
    # praise passed on: "parents tell us they love it", "the wards thank us"
    r"|love|loves|loved|enjoy\w*|thank\w*|rave\w*|happy|proud"
    # the outcome moving, said with a verb: "falls drop", "client returns fall", "the list clears faster"
    r"|drops?|falls?|rises?|faster|sooner|quicker|shorter|clears?"
    # business coming to us: "two law firms move their work to us"
    r"|(?:move|moves|bring|brings|switch|switches|send|sends|give|gives) (?:their|its|us their) (?:work"
    r"|business|contracts?|custom|orders?|accounts?)(?: to us)?"
    # a prize won or money that keeps it going: "winning the wing's trophy", "the council funding a year"
    r"|win|wins|winning|won|trophy|trophies|prizes?|medals?|fund|funds|funding|funded|grants?"
    r"|calmer|safer|quieter|smoother|easier|simpler|earn\w*|qualifi\w*"
    # the writer's relief, or a fee charged for it: "we'd just be relieved", "we could charge a small fee"
    r"|reliev\w*|relief|pleased|delighted|thrilled|chuffed|charg(?:e|es|ing) (?:a |an )?(?:\w+ )?fees?"
    # growing or picked out: "a bigger trip next year", "a couple selected for the county squad"
    r"|bigger|larger|stronger|busier|cheaper|selected|promot\w*|called up|podiums?|titles?|champion\w*"
    # what the gain buys the writer: "we'd finally take a week off in october", "maybe redo the bathroom"
    r"|(?:week|day|time|night|weekend)s? off|holidays?|a break|bonus\w*|pay rises?|redo|redecorat\w*"
    # something of the writer's own won back, or money at last to pay people: "I'd get my weekends back",
    # "we'd be able to pay our two readers a small fee"
    r"|(?:get|gets|getting|have|had) (?:my|our|his|her|their|the) (?:[\w'-]+ ){0,2}?back"
    r"|able to (?:pay|afford|hire|take on)|afford\w*|refurbish\w*|celebrat\w*"
    # asked to speak or shown off: "invited onto a running podcast", "featured in the local paper"
    r"|invit(?:ed|es|ation)|featured|interviewed"
    # more people taken on, more of what we run, pride: "a second butcher recruited", "another van", "proud"
    r"|recruit\w*|employ\w*|another|extra|proud\w*|pride|no more|no longer"
    # the kit or hands success would call for: "a part-timer for October to December", "maybe a new van"
    r"|part-timers?|full-timers?|(?:a|an) (?:new|bigger|larger|proper) [\w-]+"
    # the firm grown or in profit: "we'd need a second van", "open the café in the old barn", "the plant
    # would make a profit every month"
    r"|profit\w*|(?:a|an) (?:second|third|additional)\b"
    r"|open(?:s|ed|ing)? (?:up )?(?:a|an|another|the|our|more)\b"
    # new work sought on the strength of it: "we could pitch for the pub chain's contract"
    r"|(?:pitch|pitching|bid|bidding|tender|tendering) for"
    # the owner's own finances: "out of the overdraft", "pay off the loan", "sell it on for a fair price"
    r"|overdraft|debts?|loans?|mortgage|in the black|retire\w*|(?:decent|good|fair|better) price"
    r"|sell (?:it on|up|the (?:firm|business|company|shop|farm|practice))"
    # a name made: "the go-to shop in the county", "our name on the publisher's map", "known for it"
    r"|go-to|well-known|known (?:for|as)|famous|renowned|reputation|(?:our|a) name (?:on|in|for)"
    r"|writ(?:e|es|ing|ten) (?:us|it|about us) up|writ(?:e|es|ing|ten) about us"
    r"|household name|on the map|recommend(?:s|ed|ing)? us"
    # passed on by word of mouth: "potters would tell their friends", "people recommend us"
    r"|tell (?:their|his|her|all their) (?:friends|mates|neighbours|colleagues)|word of mouth|spread the word"
    # noticed for it: "a write-up in the group newsletter", "featured in the trade press", "a case study"
    r"|write-ups?|newsletters?|articles?|featured|case stud(?:y|ies)|shout-outs?|spotlight|press|headlines?"
    r"|recogni[sz]\w*"
    # what the gain frees or pays for, put to our own use: "we'd get back two days a week of counter time,
    # which could go to other appointments", "I could afford a second van and take my nephew on", "we could
    # close the Thursday desk"
    r"|(?:get|gets|got|win|claw) back|tak(?:e|ing) (?:[\w']+ ){0,2}on\b|hir(?:e|es|ing)\b"
    r"|(?:which|that) (?:could |can |would |will )?(?:go|goes|be spent|be put|be used) (?:on|to|towards|into)"
    r"|clos(?:e|ing) (?:the |a |an |our |my |one )(?:[\w-]+ ){0,4}?(?:desk|office|branch|counter|shift|site"
    r"|depot|line|room|unit|clinic|session|service))\b",
    re.IGNORECASE,
)
# Our own option, said with "could": "we could probably close the desk", "I could afford a van", "which could
# go to ...". The gain is ours to spend; "could" here weighs no consequence, unlike "clients could plan
# better", so it is read without the word before looking for a thought on what follows.
_OUR_OPTION = re.compile(
    r"\b(we|i|which|that)(?:'d| would)? (?:probably |maybe |perhaps |even |finally |also |easily )?could\b"
    # the gain's own consequence: "profit goes up, so we can afford a full-time packer"
    r"|\bso (we|i) (?:can|could|'d|would|'ll|will) (?=afford|hire|buy|pay|take on|open|invest)",
    re.IGNORECASE,
)
# A gain hoped for with "could" or "may": "a smoother start could raise more money", "may win us live TV
# coverage", "the technicians could earn the bonus". The modal is the hope's mood, weighing no consequence,
# when the verb after it is itself the gain; "clients could plan better" keeps its "could".
_HOPED_GAIN = re.compile(
    r"\b(?:could|may|might)(?: (?:well|even|also|probably|perhaps|maybe|easily|finally))?"
    r" (?=(?:win|earn|land|secure|afford|bring in|pitch for|bid for|tender for|open|hire|take on"
    # time off won back: "Maya could take a proper holiday in August"
    r"|(?:take|have|get) (?:a |an |some )?(?:[\w-]+ )?(?:holiday|break|rest|week off|day off|time off)"
    r"|raise (?:[\w-]+ ){0,2}?(?:money|funds|funding|cash|income|revenue)"
    # more of something given to us: "the council might give us 10 skip days instead of 6", "may grant us
    # another van" ("customers might give us worse reviews" keeps its "might")
    r"|(?:give|grant|award|offer|lend|send) (?:us|me) (?:\d+|more|another|extra|an extra|a bigger|a second"
    r"|(?:[\w-]+ )?(?:money|funding|grants?|budget))"
    # praise in print: "the farming press might mention us", "the paper could feature us"
    r"|(?:mention|feature|write about|write up|shortlist|partner with|sponsor|back) (?:us|me|the (?:firm|shop"
    r"|club|business))"
    r")\b)",
    re.IGNORECASE,
)
# What the gain lets the writer buy or reach, opening a part of the answer: "buy a proper pc", "get a
# sponsor", "id hit partner", "we'd reach our target". Said by the writer of themselves, not of customers
# ("customers buy the cheap ones instead" is a thought on what our choices do).
_OWN_GAIN = re.compile(
    r"^(?:(?:i|we|id|wed)(?:'d| would| will|'ll| could)? )?(?:finally |maybe |then |also |even )?"
    r"(?:(?:buy|get|afford)(?:ing)? (?:a |an |the |our |my |some )?(?:proper|new|own|better|bigger|second"
    # whatever the writer would buy or lease with it: "Buy a minibus for trips", "we'd lease a kiln"
    r"|decent|extra|sponsors?|sponsorship)\b|(?:buy|lease|purchase)(?:ing)? (?:a|an|some|another|two)\b"
    r"|(?:hit|reach|make)(?:ing)? (?:partner|affiliate|our target"
    r"|my target|the target|our goal|my goal|\d[\d,]*)\b)"
    r"|\bsponsor(?:s|ship|ships|ed)?\b",
    re.IGNORECASE,
)
# ("would" is left out: it is the mood the question asks for, "the federation would praise the scheme", and
# says nothing more than the gain it carries.)
_THINKING_ON = re.compile(
    r"\b(?:if|may|might|could|so|then|because|means?|meaning|but|though|although|however|unless"
    r"|except|while|whereas|differ\w*|unlike|change\w*|shift\w*|learn\w*|data|records?|history|model"
    # what success hides or leaves alone: "sell-outs hide demand", "the milk is unaffected", "runs the same"
    r"|hid(?:e|es|den|ing)|mask\w*|see|seen|same|unaffected|whatever|regardless|react\w*|respond\w*|mind"
    r"|care"
    # what people come to expect of us: "clients will get used to them", "they'll expect minis instead"
    r"|expect\w*|(?:get|gets|got|getting|grow|grown) used to|habits?"
    # demand success hides or brings from elsewhere: "quotes declined by us", "turned-away enquiries are the
    # only sign of demand", "calls from further away"; and a remedy kept ("we keep the random timing")
    r"|turn(?:s|ed|ing)? (?:\w+ )?(?:away|down)|turned-away|declin\w*|refus\w*"
    r"|only (?:sign|signal|record|trace|evidence|data)|further (?:away|afield|out)|random\w*|control group"
    r"|hold(?:ing)? back)\b"
    r"|->|=>|→",  # "well-run coaches -> more people travel -> bigger counts than history shows": a chain
    re.IGNORECASE,
)
# Parts: sentences, and the items of a list within one ("less water and more grade A blocks. The fish don't
# know what we do." has a second sentence that is no gain).
_PARTS = re.compile(r"[,;]|\band\b|\n|[.!?](?:\s|$)")
_DENIAL = re.compile(r"\b(?:no|not|never|nothing|none|nobody|nor)\b|n't\b", re.IGNORECASE)
_GAIN_AFTER_GAIN = re.compile(r"\b(?:would|will|'d|'ll) then\b|\bso(?= (?:everybody|everyone) wins\b)", re.I)
_RELIEF = re.compile(
    r"\bno (?:more|longer)\b(?! (?:data|records?|feedback|loops?|history|information)\b)", re.IGNORECASE
)
# Success itself said as the premise: "if it really takes off we could run a league", "if it goes really,
# really well, ...", "if we sell out by June". What follows is read on its own; a condition of any other kind
# ("if prices rise, ...") stays a thought on what follows.
_SUCCESS_PREMISE = re.compile(
    r"\bif (?:it|this|that|they|things|all this|we|the (?:plan|scheme|model|tool|system|trial|pilot|idea"
    r"|rounds?|offer|launch|change))\b[^,.;:!?]{0,40}?\b(?:well|brilliantly|great|works?|worked|pays?|paid"
    r"|takes? off|took off|sells? out|sold out|succeeds?|succeeded|catch(?:es)? on|caught on|to plan|as hoped"
    r"|keeps? up)\b"
    r"(?: (?:by|in|this|next) \w+)?,?",
    re.IGNORECASE,
)
# Our own next step, said of ourselves: "we'd dig the second lake", "I'd buy an electric van", "we'll perform
# at the carnival". What we would go on to do with success is no thought on what our choices do to the data; a
# step that is one ("we'd only ever hear from ...", "we'd lose sight of ...") is left to the words around it.
_OUR_STEP = re.compile(
    r"^(?:(?:and|then|also|plus) )?(?:we|i|id|wed)(?:'d|'ll| would| will| could| can| might| may)?"
    r"(?: (?:\w+ly|maybe|perhaps|then|also|even|finally|need to|want to|have to|like to|love to|be able to"
    r"|get to))*"
    r" (?!(?:only|just|end|lose|miss|hear|notice|struggle|fall|drop|face|risk|worry|depend)\b)[a-z]+\b",
    re.IGNORECASE,
)
# One more thing added to what we offer, said without a verb: "maybe a music round with the band", "a winter
# league".
_ADDED_ITEM = re.compile(
    r"^(?:maybe|perhaps|possibly|probably|also|plus|even)?\s*(?:a|an|another|some)"
    r" (?:[\w'-]+ ){0,5}?[\w'-]+$",
    re.IGNORECASE,
)
_ITEM_LABEL = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?|[a-z][.)])\s+", re.IGNORECASE)
_SUCCESS_MAX_WORDS = 40  # a longer answer has room for more than the gains


# A letter's close, the whole sentence: "Let me know your thoughts!", "Any questions, give me a shout",
# "Happy to talk it through", "Cheers, Tom". Said to the reader, not about the plan, so it answers nothing
# either way. Its words are all courtesy: "let me know if you think the data would change" is a thought on
# the loop, and stays.
_ASKED_BACK = (
    r"(?:what you think|your (?:thoughts|views|comments)|if (?:you have |there are )?(?:any )?"
    r"(?:questions|thoughts|comments|queries)|if (?:that|this|it) (?:works|is ok|makes sense)|if you need"
    r" (?:anything|more))"
)
_SIGN_OFF = re.compile(
    r"^(?:(?:many |kind |best )?(?:thanks|regards|wishes)|thank you|cheers|ta|best|all the best|speak soon"
    r"|talk soon|see you soon|hope (?:this|that|it) (?:helps|makes sense|is ok)"
    rf"|let me know(?: {_ASKED_BACK})?|(?:any|all) (?:thoughts|questions|comments|feedback)(?: welcome)?"
    r"(?:,? (?:just |give me a )?shout)?|(?:happy|glad) to (?:chat|talk|discuss)(?: (?:it )?through)?"
    r"|(?:just |give me a )?shout if (?:you have )?(?:any )?(?:questions|thoughts))"
    r"\W*(?:\w+\W*)?$",  # and the writer's name: "Cheers, Tom"
    re.IGNORECASE,
)


def without_sign_off(text: str) -> str:
    """The text less the sentences that only close the letter (see ``_SIGN_OFF``)."""
    return "\n".join(s for s in sentences(text, limit=10_000) if _SIGN_OFF.match(s.strip()) is None)


_COPIED = re.compile(
    r"\b(?:copy|copies|copying|adopt|adopts|adopting|borrow|borrows|take up|takes up) (?:the|our|this)"
    r" (?:model|approach|idea|scheme|system|tool|method)\b",
    re.IGNORECASE,
)


def only_success(went_really_well: str, outcome: str) -> bool:
    """Whether every part of the answer names the outcome the plan measures (``outcome``: its objective and
    metric) or a gain, and nothing else: the question of what success does to the data passed by."""
    text = _SUCCESS_PREMISE.sub(" ", without_sign_off(went_really_well or ""))
    # "no loop", "the olives don't mind": a word on the loop, however short, is an answer to the question
    hoped = _HOPED_GAIN.sub("", _OUR_OPTION.sub(lambda m: m.group(1) or m.group(2), text))
    # "the council would then match-fund", "so everybody wins": gain on gain; "no more late books": relief
    hoped = _GAIN_AFTER_GAIN.sub(" ", hoped)
    hoped = _COPIED.sub(" ", hoped)  # "other rural teams copy the model": praise, not a thought on the model
    if _LOOP_RAISED.search(text) or _THINKING_ON.search(hoped) or _DENIAL.search(_RELIEF.sub(" ", text)):
        return False
    goal = content_stems(outcome)
    # a numbered list's labels ("16.2 Buy a minibus") are no part of what is said
    parts = with_continuations_joined(
        [_ITEM_LABEL.sub("", p.strip(" -•*.")) for p in _PARTS.split(text) if p.strip(" -•*.")]
    )
    # ("waste drops": a gain in two words is said, not a greeting)
    said = [p for p in parts if len(words(p)) > _GREETING_MAX_WORDS or _GAIN.search(p)]
    if not said or len(words(text)) > _SUCCESS_MAX_WORDS:
        return False
    # growth alone is read apart (``only_wider_use``): here it counts only beside a gain of another kind
    if all(_WIDER_USE.search(p) for p in said):
        return False
    return all(
        content_stems(p) & goal
        or _GAIN.search(p)
        or _OWN_GAIN.search(p)
        or _ADDED_ITEM.match(p)
        or _OUR_STEP.match(p)
        or _WIDER_USE.search(p)  # growing is a gain too: "we could run a league with the other pubs"
        for p in said
    )


# --- 4. a loop denied --------------------------------------------------------------------------------------
# "People buy it whatever we do, no loop to worry about": the answer says there is no loop, so it names no
# risk, whatever word it uses; the risks field is answered only by a risk.
_LOOP_DENIED = re.compile(
    r"\bno (?:real |feedback |data )?loops?\b"
    r"|\b(?:is ?n[o']t|is not|there'?s no|there is no|won'?t be|will not be|can'?t be|cannot be|not)"
    r" (?:a |any )?(?:real )?(?:feedback )?loop\b"
    r"|\bnothing (?:here )?(?:feeds|loops) back\b",
    re.IGNORECASE,
)


def without_denied_loops(text: str) -> str:
    """The text without the sentences that say there is no loop (see ``_LOOP_DENIED``)."""
    return " ".join(s for s in sentences(text, limit=10_000) if _LOOP_DENIED.search(s) is None)
