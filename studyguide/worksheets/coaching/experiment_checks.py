"""The data check: whether the plan names records at all, and whether its records or a planned experiment can
show what a lever does (a lever never varied in the records needs one). Split from ``rules``. Pure: no
Django, no torch."""

from __future__ import annotations

import re

from .context import Context
from .experiment_words import (
    CHANGE_VERBS,
    EXPERIMENT_WORDS,
    PARTIAL_WORDS,
    PAST_CHOICES,
    POLICY_TEST_WORDS,
)
from .lexicon import DECISION_WORDS, FORWARD, OPTIMISING, WHAT_IF, mentions_lever_words
from .non_answers import is_blank
from .records_claimed import lever_taught_unvaried, new_lever_unrecorded, records_said_enough
from .records_none import no_records_kept
from .substance import is_non_answer
from .text import has_any, quote, sentences
from .variation import REFUSED, experiment_in_words, lever_never_varied, varied_in_records

EXPERIMENT_IN_ROLLOUT = (
    r"(?<!not )randomi[sz]",
    r"(?<!not )random(ly)?\b",
    r"a/b",
    r"control group",
    r"split[- ]test",
    r"by lot",
)


def check_data(ctx: Context) -> None:
    plan = ctx.plan
    records = plan.data if plan.records is None else plan.records  # an experiment to run is no data yet
    # a box that only says nothing was kept ("nothing yet, I didn't keep anything last year") is none either
    if is_blank(records) or all(
        is_non_answer(part) or no_records_kept(part) for part in records.split("\n") if part.strip()
    ):
        ctx.add(
            "data_have", "no_data", "Say what data you have, what you must collect, and how it was produced."
        )
    # A lever the plan itself says never moved, with the experiment turned down: no other trial or record
    # of other levers tells what moving this one would do.
    unvaried = _never_varied_lever(ctx) if plan.experiment.lower() == "no" else None
    if unvaried:
        lever = quote(unvaried)
        ctx.add(
            "experiment_notes",
            "lever_no_data_experiment",
            f"Your plan says {lever} has never been varied, and no experiment is planned: no record can "
            "show what another setting would do. For a small random share of cases, try another setting and "
            "compare.",
        )
        return
    # A lever the records are said to teach, while the data names only other levers as having moved.
    declined = plan.experiment.lower() == "no"
    taught = lever_taught_unvaried(plan.data, ctx.levers) if declined else None
    # ... or a new setting the model reads ("welded instead of sewn") that no data box names
    new = new_lever_unrecorded(plan.data, ctx.levers, plan.modeler) if declined else None
    if new and not taught:
        ctx.add(
            "experiment_notes",
            "lever_no_data_experiment",
            f"Your model reads {quote(new)}, a setting you have not used, and no data box names it: no "
            "record can show what it does. Plan an experiment: for a small random share of cases, try it "
            "and compare.",
        )
        return
    if taught:
        ctx.add(
            "experiment_notes",
            "lever_no_data_experiment",
            f"Your records are to teach the model {quote(taught)}, but the data names only other levers as "
            "having varied: records show what a lever does only where it moved. Plan an experiment: for a "
            "small random share of cases, try another setting and compare.",
        )
        return
    if not plan.levers or plan.experiment.lower() == "yes":
        if plan.levers:
            ctx.strength("experiment", "an experiment to learn what the levers do")
        return
    words = (*EXPERIMENT_WORDS, *POLICY_TEST_WORDS) if ctx.betting else EXPERIMENT_WORDS
    stated = (
        # ("changed at the same half-full mark since ..." names a part of a setting kept, not a part varied)
        any(
            has_any(s, CHANGE_VERBS) and has_any(s, PARTIAL_WORDS) and not lever_never_varied(s)
            for s in sentences(plan.data)
        )
        or experiment_in_words(plan.data, words)
        or varied_in_records(plan.data)  # "some years in July, other years in October"
        or has_any("\n".join((plan.rollout, plan.baseline)), EXPERIMENT_IN_ROLLOUT)
    )
    # Records of our own past choices ("all what I chose before") with no experiment in words settle it: the
    # model's resemblance cannot outweigh them. Otherwise a plan to act on a lever, or the model coming near
    # an experiment, holds the note back.
    # A lever's own row may say it too: "Price per cow (has been £8 since my uncle started)".
    # So do records said to be enough by their size ("5,000 tenancies, enough to see what helps").
    past_only = not stated and (
        has_any(plan.data, PAST_CHOICES)
        or lever_never_varied(plan.data)
        or records_said_enough(plan.data)
        or any(lever_never_varied(lever) for lever in ctx.levers)
    )
    # A trial turned down ("We won't trial drone prices") is no sign of one. With the experiment answered
    # "no" as well, only an experiment stated in words outweighs it: neither the model's likeness nor a plan
    # to act (which may be an experiment in words the rules lack) does. ("Needs no trial" beside a possible
    # price change, with the experiment left unsure, is a judgement, not a refusal.)
    said = sentences(plan.data)
    kept = [
        s
        for s in said
        if not (has_any(s, words) and has_any(s.lower(), REFUSED)) and not _TRIAL_UNNEEDED.search(s.lower())
    ]
    refused = plan.experiment.lower() == "no" and len(kept) != len(said)
    offered = "\n".join(kept)
    if stated or not past_only and not refused and ctx.mentions(offered, words, "experiment"):
        ctx.strength("experiment", "an experiment to learn what the levers do")
        return
    if (
        not past_only
        and not refused
        and (_plans_to_act(ctx, plan.data) or not ctx.absent(offered, words, "experiment"))
    ):
        return
    if _sets_no_lever(ctx):
        return
    _no_experiment_note(ctx)


# A trial said to be needless: "We don't need to test it first", "no point trialling it".
_TRIAL_UNNEEDED = re.compile(
    r"\b(?:(?:don't|do not|doesn't|does not|won't|will not|no) need (?:to |for )?(?:a |an |any )?"
    r"|no point (?:in )?|not worth )(?:test|trial|pilot|experiment|try)\w*"
)


def _never_varied_lever(ctx: Context) -> str | None:
    """The lever the plan says has never varied: in its own row ("price per cow, £8 since my uncle started"),
    or in a sentence of the data that names it ("Auto-release has never been turned on, but the app people
    say ..."): other levers that did vary show nothing of this one."""
    for lever in ctx.levers:
        if lever_never_varied(lever):
            return lever
    said = [s for s in sentences(ctx.plan.data) if lever_never_varied(s)]
    return next((lever for lever in ctx.levers for s in said if mentions_lever_words(s, [lever])), None)


def _no_experiment_note(ctx: Context) -> None:
    if ctx.betting:
        message = (
            "Nothing says how you will learn what your betting policy earns. Your bets do not change who "
            "wins, so no experiment on the matches is needed: test the policy (which bets, what stakes) on "
            "past seasons the model never learned from, then with small real stakes, because the odds you "
            "can really get differ from those in the records."
        )
    else:
        # the lever the plan itself says was never varied, else an example of its levers
        unvaried = next((lever for lever in ctx.levers if lever_never_varied(lever)), ctx.example_lever)
        lever = quote(unvaried) if unvaried else "one of your levers"
        message = (
            "Nothing in the data says how your levers change the outcome. Records of past choices rarely "
            f"show that; plan an experiment: for a small random share of cases, vary {lever} and compare."
        )
    ctx.add("experiment_notes", "lever_no_data_experiment", message)


def _sets_no_lever(ctx: Context) -> bool:
    """Whether the plan's written optimizer chooses, changes and optimises nothing and its simulator asks no
    what-if ("the chances go up on the yard screen for information"): then no lever is set by the plan, so
    what a lever does is not its gap yet. The missing decision is (prediction_not_decision asks for it); an
    experiment on the levers matters once something chooses their settings. A blank optimizer is no such word
    (no_optimizer). Read from the optimizer's own verbs of choosing: a word it shares with a lever ("go",
    "hire") shows no choice."""
    plan = ctx.plan
    if is_blank(plan.optimizer) or is_non_answer(plan.optimizer) or has_any(plan.simulator, WHAT_IF):
        return False
    return not any(has_any(plan.optimizer, words) for words in (DECISION_WORDS, OPTIMISING, CHANGE_VERBS))


def _plans_to_act(ctx: Context, data: str) -> bool:
    """Whether the data fields plan to do something with a lever (a sentence that looks ahead and changes or
    names a lever), as opposed to reading past records only. Such a plan may be an experiment in words the
    rules do not know, so it gets no note."""
    return any(
        has_any(s, FORWARD) and (has_any(s, CHANGE_VERBS) or mentions_lever_words(s, ctx.controllable))
        for s in sentences(data)
    )


__all__ = ["EXPERIMENT_IN_ROLLOUT", "check_data"]
