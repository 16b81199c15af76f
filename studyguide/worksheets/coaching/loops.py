"""Feedback loops: whether a plan needs one named, and whether it names one however it is worded. Pure: no
Django, no torch.

A loop is a consequence of our own decisions on what we later observe: the items we push sell and look good
to the model, people who dislike what we do leave and vanish from the records, patients we only call monthly
never show what weekly calls would do. So a sentence states a loop when it ties something we decide to the
data, the history or what the model learns. A cause that is not ours ("a wet harvest gives readings the model
never saw") is domain shift, not a loop.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .levers import loops_back, we_decide
from .lexicon import (
    CAUSES,
    CONDITIONAL,
    FEEDBACK_WORDS,
    LOOP_EFFECT,
    POPULATION,
    WEAK_CAUSES,
    _p,
    mentions_lever_words,
)
from .look_rounds import how_often_we_look
from .loop_phrases import loop_in_other_words
from .loop_scope import loop_said_plainly, models_people, priced_by_us, reaches_back
from .record_shapers import SHAPES_ITS_RECORDS, SLOT_CHOSEN, TERMS_SET
from .refits import FITTED_AGAIN, picks_what_we_observe
from .selection import limited_to_our_choices
from .sensors import reads_images
from .success_needs import only_our_needs
from .text import content_stems, find_all, find_any, has_any, sentences

# A feedback loop stated as a consequence of our own doing: "if we fix lifts before they fail, the data
# shows fewer breakdowns"; "when the model makes us pick earlier, the rooms' data change".
OUR_DOING = _p(
    r"we\b | our\b | us\b | it (works|goes|succeeds|is (good|a success)) | success",
    r"the (model|system|tool|app|algorithm|optimi[sz]er|suggestions?|picks?|plan|policy|schedule|ranking)",
    r"the new \w+",
)
# Without an "if": an improvement of ours that changes the data the model learns from ("shorter waits pull
# customers from the garage next door: our walk-in data shifts").
IMPROVEMENT = _p(
    r"(faster|quicker|shorter|cheaper|lower|higher|better|longer|earlier|later|more|fewer|less) "
    r"(\w+ )?(response|waits?|waiting|prices?|queues?|service|picks|offers?|deliver|times?|fees?|deposits?)",
)
LEARNED_DATA = _p(
    r"data | patterns? (on which|the model|we|it) | (model|it) (was )?(trained|learn) | learns? from",
    r"what (the model|it|we) (knows?|learned|learnt)",
)

if TYPE_CHECKING:
    from .context import Context

# What we observe: our data and records ...
OBSERVED = _p(
    r"data\b | dataset | records? | logs?\b | logged | figures in | numbers in | history | historic",
    r"evidence | (demand|sales|uptake|bookings|numbers|figures|what) (that )?(we|it|the model) "
    r"(see|sees|get|gets)",
)
# ... and, said more pointedly, what the model learns or never gets to see.
MODEL_VIEW = _p(
    r"what (the model|it) (sees|saw|learn)",
    # "so the model later thinks they never book": when it comes to believe it is still what it believes
    r"(model|it|algorithm|system) (later |then |soon |eventually |gradually |wrongly )?"
    r"(sees|saw|thinks|believes|counts|learns|learnt|learned|was trained|reads)",
    # the same judgement said as what the model may come to believe: "the model may read that as declining
    # interest", "which may lead the model to underrate the call", "would look to the model like low interest"
    r"(model|algorithm|system|optimi[sz]er) (may|might|will|would|could|can|then|wrongly)( then| wrongly)? "
    r"(learn|read|think|conclude|believe|assume|take|treat|count|see|under\w+|over\w+|mistake)",
    r"leads? (the |our )?(model|algorithm|system|optimi[sz]er) to | (look|looks|seem|seems|appear|appears) "
    r"(\w+ )?to (the |our )?(model|algorithm|system|optimi[sz]er)\b",
    # what we choose is all we get to see: "if it says one price and we keep it we only see that price"
    r"(we|it|the model|they) (will |would |then |can )?only (ever )?"
    r"(see|sees|learn|learns|know|knows|hear|hears|observe|get to see)\b",
    r"never (see|know|learn|find out|observe|get to see) | (can'?t|cannot|won'?t|will not) (see|know|learn)",
    # what goes untried tells us nothing: "jobs I decline never show me how long they would take", and what we
    # learn only about those we pick: "we learn about them and not the ones we skip"
    r"never (show|shows|tell|tells|teach|teaches) (us|me|the model|it)\b",
    r"(learn|learns|hear|hears|find out|know|knows) (\w+ ){0,2}about (them|those|these|the ones|\w+s)\b"
    r"( [\w']+){0,3},? (and|but) (not|never|nothing)\b",
    r"(stop|stops|stopped|cease|ceases) (learning|seeing|hearing|finding out|observing|knowing)",
    r"the (very )?(patterns?|peaks?|trends?) (it|the model|we) | look(s)? (good|better|popular) only",
    r"only because (we|they were|it was) | partly (because of|reflects?) (us|our)",
    r"(vanish|disappear|drop out|move away|moves away|drift away)s? from (the|our) (data|history|records)",
    r"(drop|drops|dropped|fall|falls|fell) out of (the|our) (data|history|records)",
    r"(the |our )?(data|figures|numbers|records|stats|statistics) (will |would |then )?(say|says|show|shows|"
    r"tell|tells|suggest|suggests|think|make it look)",
)
# A decision of ours, said with a verb: "items we push", "shown by default", "our picks".
OUR_DECISION = _p(
    r"(we|i|the model|the system|the algorithm|our (app|site|model|system)) (\w+ )?(push|pushes|pushed|"
    r"recommend|recommends|show|shows|feature|features|offer|offers|send|sends|pick|picks|choose|chooses|"
    r"select|selects|approve|approves|accept|accepts|give|gives|put|puts|promote|promotes|rank|ranks|"
    r"favour|favours|target|targets|call|calls|run out|ran out|"
    # the same decisions already taken: "the data fills up with the pets we chose"
    r"pushed|recommended|showed|shown|featured|offered|sent|picked|chose|chosen|selected|approved|accepted|"
    r"gave|promoted|ranked|favoured|targeted|called)\b",
    r"(shown|recommended|pushed|featured|promoted|picked|chosen|selected|approved|rejected|judged|flagged|"
    r"ranked|targeted|given|offered|sent|invited|called|visited|stocked|mailed|texted|opened) "
    r"(by (default|us|the model|the system|our)|first|more|less|at the top)",
    r"our (own )?(defaults?|picks|recommendations?|choices|suggestions|ranking|shortlist|echo|decisions?)",
    # things we act on, named by a relative clause: "the stories we lock", "items we push", "jars we price"
    r"the \w+s (that |which )?we (\w+ )?(lock|hide|drop|cut|block|remove|limit|restrict|stop|skip|ban)\w*",
    r"\bwhom (we|i) \w+",  # "members whom we telephone": people we act on
)
# The data or its outcomes said to be of our own making: "an echo of the model's own numbers", "the demand
# we see is partly ours", "that becomes its own evidence".
SELF_MADE = _p(
    # whoever makes them ("the Firm's own choices", "the practice's own picks") they are decisions, one
    # writer's as much as a team's ("my own offer could shrink the bookings I want")
    r"(\w+'s|our|its|their|my) own (numbers|predictions?|estimates?|forecasts?|scores?|"
    r"choices?|decisions?|past decisions|picks?|allocation|offers?|evidence|outputs?|doing)",
    r"(partly|largely|mostly|only|just|simply) (an? |the )?(echo|result|product|reflection|artefact|artifact|"
    r"consequence|mirror) of (us|our|the model|the system|its|what we|how we|which|where we|who we|whom we)",
    r"(is|are) (partly |largely |mostly )?ours\b",
)
# What we observe, said to lean one way: "the data will tilt toward our own past decisions".
# A change in who turns up ("might change what kind of couples book") leans the same way ("a new scheme
# would change what is recorded" is a change in the world, not in who comes).
LEANS = _p(
    r"tilts? | tilted | skew | bias | lean (toward|towards|to) | reflects? | mirrors? | echo",
    r"chang\w* (who|whom|what kind|what sort|what type|the mix|the kind|the sort|the type)\b",
    # the records crowded with those our setting drew in: "next year's data will be full of families who only
    # came because of the small instalments"
    r"full of | dominated by | filled with | (only|just) (came|come|joined|booked|signed up|bought) because",
)
# Something of ours named as a thing, not a verb: "the timetable", "our quotes".
OURS_NAMED = _p(
    r"(the|our) (own )?(timetable|schedule|rota|roster|allocation|quotes?|prices?|pricing|offers?|model|"
    r"system|algorithm|tool|ranking|picks|choices|decisions|past decisions|policy|rules)",
)

# People our act reaches, said in the passive: "tenants who are contacted", "those that were sent one".
ACTED_ON = _p(r"(who|that|which|whom) (are|were|get|got|have been|had been|'ve been|is|was) (\w+ )?\w+ed\b")
# An outcome of that act written into what we later learn from under a misleading name: "will appear in
# future data as lower risk", "look to the model as lost interest".
RECORDED_AS = _p(
    r"(appear|appears|show up|shows up|look|looks|count|counts|recorded|logged|go down|goes down) "
    r"(\w+ ){0,2}(in|on|to) (the |our |its )?([\w']+ ){0,2}(data|records|history|figures|logs|model) as",
)
# An outcome of our choice misread as a verdict on the world: "runs we drop get no bookings, which may appear
# as no need"; it is a loop when the sentence names what we decide.
MISREAD = _p(
    r"(appear|appears|look|looks|read|reads|seem|seems|be read|be taken|be mistaken) (\w+ )?(as|like|for) "
    r"(no|low|little|less|weak|poor|zero|a lack|lack|falling|declining)\b",
)
# A condition that makes something better or worse (ours, told by its effect): "if the wait is shorter ...".
_BETTER = _p(
    r"faster | better | more\b | fewer | less\b | shorter | longer | cheaper | quicker | easier | works?\b",
    r"succeeds? | improves? | well\b",
)

# A loop named as one, or what the model learns from: "(loop)", "the model will learn the wrong thing".
_LOOP_WORDS = _p(r"loop | feedback | reinforc | self[- ]fulfil | amplif")
_LOOP_NAMED = _LOOP_WORDS + LEARNED_DATA + MODEL_VIEW

# A model refitted on what happens after it is used learns from the outcomes of its own choices.
RETRAINED = _p(
    r"re-?train | re-?fit | re-?estimat | re-?learn",
    r"(trained|fitted) (again )?(every|each|weekly|monthly|nightly|daily|quarterly)",
    # "updated each visit" is said of data as often as of a model ("item counts updated each visit"): a
    # refit only when the model (or what it outputs) is what gets updated
    r"(model|it|forecasts?|predictor|scorer|ranker|classifier|algorithm|estimates?|scores?|weights|"
    r"predictions?)( is| are| gets?| will be| to be)? (updated|refreshed|retrained) (again )?"
    r"(every|each|weekly|monthly|nightly|daily|quarterly)",
    r"learns? (again |continuously |on )?from (the )?(latest|new|recent|each|every|fresh)",
)
# In the model's own description, a sentence that opens on its update has the model as its subject: "Chance a
# customer books a summer empty given the card. Updated each year on who booked."
_UPDATED_BARE = re.compile(
    r"(?:^|[.;!?\n]\s*)(?:it is |it's |and )?(?:updated|refreshed|retrained|refitted|refit|re-fitted) "
    r"(?:again )?(?:every|each|weekly|monthly|nightly|daily|quarterly|yearly|annually)\b",
    re.IGNORECASE,
)


# What we hold, not what we do: "if a rival gets a licence, nothing in our data covers it" names a change in
# the world; "our" before our own records says whose the records are, not that we caused anything.
_OUR_RECORDS = re.compile(
    r"\b(?:our|my) (?:own )?(?:data|dataset|records?|history|figures|numbers|logs?|books|stats|statistics)\b",
    re.IGNORECASE,
)


def _our_doing_in(condition: str) -> bool:
    """Whether a condition names something we (or our tool) do, leaving aside "our data" and the like."""
    return has_any(_OUR_RECORDS.sub(" ", condition), OUR_DOING)


def names_a_loop(text: str) -> bool:
    """Whether the text names a loop as one ("a feedback loop", "self-fulfilling"), not merely a word that
    often comes near one ("crowd", "adapt") or the data alone ("unlike the three years of data")."""
    return has_any(text, _LOOP_WORDS)


def _effect(sentence: str, start: int, connector: str) -> str:
    """What a condition ("if", "when", "because") is said to bring about. Written after its effect ("server
    costs go up if the model is slow"), the effect is the clause before it (the cost), not the model named
    inside the condition; written first, all that follows the connector (whose cause is read apart)."""
    before, rest = sentence[:start], sentence[start:]
    if before.strip():
        return before + (" " + rest.split(",", 1)[1] if "," in rest else "")
    return rest[len(connector) :]


def _refitted(ctx: Context) -> bool:
    # a refit is part of how the system runs wherever it is described ("each round the optimizer's model is
    # refit on who answered the last mailing")
    # ("retrained monthly on the takedowns" is as often put under monitoring, where the upkeep is planned)
    described = "\n".join((ctx.plan.modeler, ctx.plan.optimizer, ctx.plan.data, ctx.plan.monitoring))
    return (
        has_any(described, RETRAINED)
        or has_any(described, FITTED_AGAIN)
        or bool(_UPDATED_BARE.search(ctx.plan.modeler or ""))
    )


def _levers_reach_back(ctx: Context) -> bool:
    # what the model learns about says whether a decision can change it (``loop_scope``)
    pictures, people = reads_images(ctx.plan), models_people(ctx.plan.modeler)
    return any(
        reaches_back(lever, loops_back, judges_pictures=pictures, of_people=people)
        for lever in _set_by_the_system(ctx)
    )


def needs_loop(ctx: Context) -> bool:
    """Whether the plan's decisions can shape what it later learns from: a lever that reaches people or
    chooses where we look (``levers.loops_back``), or a model refitted on the outcomes that follow its use."""
    return _refitted(ctx) or _levers_reach_back(ctx)


def sets_what_its_records_show(ctx: Context) -> bool:
    """Whether a lever the system sets is a price or fee, what is stocked ahead of demand, where we turn up
    to trade, when we put on what people come to, something we post to people, or how often we go and look
    (``look_rounds``)."""
    levers = _set_by_the_system(ctx)
    # a price the optimizer sets, though the objective's own word for it ties no lever to the system
    priced = TERMS_SET.search(ctx.plan.optimizer) and any(map(TERMS_SET.search, ctx.controllable))
    return (
        how_often_we_look(levers)
        or any(pattern.search(lever) for lever in levers for pattern in SHAPES_ITS_RECORDS)
        or bool(priced)
        or any(_slot_set_by_the_system(ctx, lever) for lever in ctx.controllable)
    )


def _slot_set_by_the_system(ctx: Context, lever: str) -> bool:
    """A time we put on what people come to, which the model or optimizer names by its unit ("which months we
    hold the skip days" beside "picks months, sites and day"): words of time are no content words, so the
    lever is tied to the system by its unit."""
    slot = SLOT_CHOSEN.search(lever)
    system = "\n".join((ctx.plan.modeler, ctx.plan.optimizer))
    return slot is not None and re.search(rf"\b{slot.group('unit')}s?\b", system, re.IGNORECASE) is not None


def loop_certain(ctx: Context) -> bool:
    """Whether the plan builds the loop into how it runs: the model is refitted on what follows its use and
    the levers it sets choose whom (or where) we act on, so every refit learns from the outcomes of its own
    picks. Left unnamed, that is no open question but a gap."""
    if not _refitted(ctx):
        return False
    return _levers_reach_back(ctx) or any(picks_what_we_observe(lever) for lever in _set_by_the_system(ctx))


def _set_by_the_system(ctx: Context) -> list[str]:
    """The levers the model reads or the optimizer sets. Our decisions feed back into what the model learns
    only through the levers it decides; advice we give by hand beside it ("I tell the client to cut the tree
    back") changes no record it learns from. A plan whose model and optimizer name none of its levers keeps
    them all."""
    system = "\n".join((ctx.plan.modeler, ctx.plan.optimizer))
    if not system.strip():
        return ctx.controllable
    # The thing the whole plan is about ("hedges", "lawns") links every lever to the model; what ties a
    # lever to it is a word of its own.
    ignore = POPULATION | content_stems("\n".join((ctx.plan.objective, ctx.plan.metric)))
    decided = _act_roots(content_stems(system, ignore=ignore))
    linked = [
        lever
        for lever in ctx.controllable
        if _act_roots(content_stems(lever, ignore=ignore)) & decided or _phrase_in(lever, system)
    ]
    return linked or ctx.controllable  # a model tied to no lever tells us nothing about which it sets


# Words that join a phrase but name nothing of it: a pair with one of them is no phrase of the lever's own.
_JOINING = frozenset(
    "a an the of to for in on at by with from and or per each every our my we i which whether how what when "
    "who whom their its is are be get gets got first".split()
)
_WORD = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def _phrase_in(lever: str, system: str) -> bool:
    """Whether two words of the lever, side by side, come in the same order in the model or optimizer ("which
    villages get new subscribers first" beside a model of speed "from ... new subscribers added"): the model
    reads that lever, even when each word alone is the plan's own subject and so ties nothing."""
    tokens = _WORD.findall(lever.lower())
    said = " ".join(_WORD.findall(system.lower()))
    return any(
        a not in _JOINING and b not in _JOINING and f" {a} {b} " in f" {said} "
        for a, b in zip(tokens, tokens[1:], strict=False)
    )


def _act_roots(stems: set[str]) -> set[str]:
    """The stems with the verb each names as an act: an optimizer that "chooses the invitations" sets the
    lever "whom Tina invites", one that makes "the selection" sets "which ones we select". Only "-ation" and
    "-ion" nouns are read so: they name the act of their verb; a root under four letters says too little."""
    roots = set(stems)
    for stem_ in stems:
        for ending in ("ation", "ion"):
            if stem_.endswith(ending) and len(stem_) - len(ending) >= 4:
                roots.add(stem_[: -len(ending)])
                break
    return roots


def loop_stated(ctx: Context, text: str) -> bool:
    """Whether the text states a consequence of our own doing on the data or on people's behaviour: "if we fix
    lifts before they fail, we see fewer breakdowns in the data"; "items we push get the sales, so the model
    thinks they are just good". The cause must be ours (we, the model's choices, a lever): "if it rains, fewer
    come" is no feedback loop."""
    ours_said = [*ctx.controllable, ctx.plan.optimizer]  # what we decide: a lever, or what the optimizer sets
    for sentence in sentences(text):
        if has_any(sentence, IMPROVEMENT) and has_any(sentence, LEARNED_DATA):
            return True
        # A decision of ours and what we observe, in one sentence; a lever's words count as ours only beside
        # what the model itself learns ("an election brings news unlike our data" is a change in the world).
        if has_any(sentence, MODEL_VIEW) and mentions_lever_words(sentence, ctx.controllable):
            return True
        if has_any(sentence, SELF_MADE) or _own_lever(sentence, ctx.controllable):
            return True
        if loop_said_plainly(sentence, ctx.controllable) or loop_in_other_words(sentence, ctx.controllable):
            return True
        if has_any(sentence, MISREAD) and mentions_lever_words(sentence, ctx.controllable):
            return True
        if has_any(sentence, RECORDED_AS) and (
            has_any(sentence, ACTED_ON) or has_any(sentence, OUR_DECISION) or we_decide(sentence)
        ):
            return True
        if limited_to_our_choices(sentence, ctx.controllable):  # "the model only learns from those we call"
            return True
        observed = has_any(sentence, OBSERVED) or has_any(sentence, MODEL_VIEW)
        # What we observe leaning toward what we (or a lever) did: "our data is about the couples our quotes
        # attract", "the data tilt to people the timetable suits".
        if (
            observed
            and has_any(sentence, LEANS)
            and (
                has_any(sentence, OURS_NAMED)
                or we_decide(sentence)
                or mentions_lever_words(sentence, ctx.controllable)
            )
        ):
            return True
        if (observed and has_any(sentence, OUR_DECISION)) or (
            has_any(sentence, MODEL_VIEW) and we_decide(sentence)
        ):
            return True
        found = find_any(sentence, CONDITIONAL)
        if found is not None:
            rest = sentence[found.start() :]
            condition = rest.split(",", 1)[0]
            ours = (
                _our_doing_in(condition)
                or mentions_lever_words(condition, ctx.controllable)
                or priced_by_us(condition, ctx.controllable)
            )
            # "if it goes brilliantly, we'd need a bigger field": what follows names only our own needs
            before, after = sentence[: found.start()], rest.split(",", 1)[1] if "," in rest else ""
            needs_only = only_our_needs(after) and not has_any(before, LOOP_EFFECT)
            if (
                ours
                and has_any(_effect(sentence, found.start(), found.group(0)), LOOP_EFFECT)
                and not needs_only
            ):
                return True
        # The same consequence with the cause first: "short slots -> regulars go to the other rental".
        found = find_any(sentence, CAUSES)
        if found is not None:
            cause, effect = sentence[: found.start()], sentence[found.end() :]
            ours = has_any(cause, OUR_DOING) or mentions_lever_words(cause, ours_said)
            # A bare "so" or "shapes" joins many things: it states a loop only when what follows is our data.
            weak = any(m.span() == found.span() for m in find_all(sentence, WEAK_CAUSES))
            # what we observe, or what we (or the model) learn: "so we stop learning about the rest"
            learned = any(has_any(effect, said) for said in (OBSERVED, LEARNED_DATA, MODEL_VIEW))
            if ours and (learned if weak else has_any(effect, LOOP_EFFECT)):
                return True
    return False


# "its own patrols", "the model's own mailings": what something owns, named by the word for it
_OWN = re.compile(r"(?:\b(?:its|our|their)|[a-z]+'s) own ([a-z]+)")


def _own_lever(sentence: str, levers: list[str]) -> bool:
    """Whether the sentence calls one of our levers the model's (or our) own doing: "a model fed on
    complaints would chase its own patrols" when we decide where the patrols go."""
    owned = {m.group(1) for m in _OWN.finditer(sentence.lower().replace("’", "'"))}
    return bool(owned) and bool(content_stems(" ".join(owned)) & content_stems(" ".join(levers)))


def caused_by_the_world(ctx: Context, text: str) -> str:
    """The text without the sentences whose change comes on a condition of the world's ("customers may change
    if a café opens next door"): people changing because of something not ours is a shift in the world, not
    a feedback loop. A condition of ours (we, the model, a lever), one that says it works better or that
    people react, and a sentence that names a loop or what the model learns, stay."""
    kept = []
    for sentence in sentences(text):
        if _beyond_our_data(ctx, sentence):
            continue
        found = find_any(sentence, CONDITIONAL)
        if found is not None and found.group(0).strip() in ("if", "when", "once", "as soon as"):
            condition = sentence[found.start() :].split(",", 1)[0]
            ours = _our_doing_in(condition) or mentions_lever_words(condition, ctx.controllable)
            said_loop = has_any(sentence, _LOOP_NAMED) or has_any(condition, FEEDBACK_WORDS)
            if not (ours or said_loop or has_any(condition, _BETTER) or loop_stated(ctx, sentence)):
                continue
        kept.append(sentence)
    return "\n".join(kept)


# Something said to be missing from what we hold: "a different crowd we have no data on", "which our records
# don't cover", "nothing in our data covers it". Bounded: no clause of it repeats.
_NOT_IN_OUR_DATA = re.compile(
    r"\b(?:(?:we|i) (?:have|hold|keep|'ve got|have got) no (?:data|records?|history|figures)"
    r"|no (?:data|records?|history) (?:on|for|about|of)"
    r"|(?:data|records?|history) (?:do(?:es)?n'?t|do(?:es)? not|never) (?:cover|show|include|hold|have)"
    r"|nothing in (?:our|the|my) (?:data|records?|history))\b",
    re.IGNORECASE,
)

_FIRST_VERB = re.compile(
    r"\b(?:would|will|could|may|might|can|brings?|brought|means?|draws?|pulls?|attracts?|is|are)\b",
    re.IGNORECASE,
)


def _beyond_our_data(ctx: Context, sentence: str) -> bool:
    """Whether the sentence tells of something new to our data that nothing of ours brings about ("a new game
    line would bring a different crowd we have no data on"): a shift in the world, whatever its word for the
    people ("crowd") that a loop also uses. Our doing, a lever's words or a loop named keep it."""
    found = _NOT_IN_OUR_DATA.search(sentence.replace("’", "'"))
    if found is None:
        return False
    rest = _NOT_IN_OUR_DATA.sub(" ", sentence.replace("’", "'"))
    # What brings the new thing is the subject, before its verb: "cheaper tickets would bring ..." is a lever
    # of ours; "a new game line would bring ..." shares only the verb with "bring-a-friend discount".
    subject = _FIRST_VERB.split(rest, maxsplit=1)[0]
    return not (
        _our_doing_in(rest)
        or mentions_lever_words(subject, ctx.controllable)
        or names_a_loop(sentence)
        or loop_stated(ctx, sentence)
    )
