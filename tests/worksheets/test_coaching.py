"""The coaching rules (pure) and their measured catch rate on the labelled example worksheets."""

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from studyguide.worksheets import spec
from studyguide.worksheets.coaching import (
    ALIASES,
    CODES,
    JSON_KEYS,
    Plan,
    PlanError,
    check_plan,
    plan_from_mapping,
    plan_from_values,
)
from studyguide.worksheets.evaluation import evaluate, load_cases

CASES = Path(__file__).parent / "cases"
HOLDOUT = Path(__file__).parent / "holdout"  # written after the first rules; used while revising them
FINAL = HOLDOUT / "final"  # written before issue 11's rules, measured once at the end
FOURTH = HOLDOUT / "fourth"  # committed before the coach was run on it; studied after its first look
FIFTH = HOLDOUT / "fifth"  # written blind by an author who never saw the coach; studied after its first look
SIXTH = HOLDOUT / "sixth"  # written blind, as twelve imagined students; studied after its first look
SEVENTH = HOLDOUT / "seventh"  # written blind, in twelve other voices; studied after its first look
EIGHTH = HOLDOUT / "eighth"  # written blind, in eleven other voices; studied after its first look
NINTH = HOLDOUT / "ninth"  # written blind, in twelve other voices; studied (two rounds) after its first look
TENTH = HOLDOUT / "tenth"  # written blind, in sixteen other voices; studied (one round) after its first look
ELEVENTH = HOLDOUT / "eleventh"  # written blind, in thirteen other voices; studied once after its first look
TWELFTH = HOLDOUT / "twelfth"  # written blind, in sixteen other voices; studied once after its first look
THIRTEENTH = HOLDOUT / "thirteenth"  # written blind, in other voices again; studied once after its first look
FOURTEENTH = HOLDOUT / "fourteenth"  # written blind, flaws shown only in substance; studied once
FIFTEENTH = HOLDOUT / "fifteenth"  # written blind; studied twice (a short round, then studies 43 and 44)
SIXTEENTH = HOLDOUT / "sixteenth"  # written blind; studied once (studies 43 and 44 side by side)
SEVENTEENTH = HOLDOUT / "seventeenth"  # written blind; studied once (studies 45 and 46 side by side)
EIGHTEENTH = HOLDOUT / "eighteenth"  # written blind; studied once (studies 47 and 48 side by side)
NINETEENTH = HOLDOUT / "nineteenth"  # written blind; studied once (studies 49 and 50 side by side)
TWENTIETH = HOLDOUT / "twentieth"  # written blind; studied once (studies 51 and 52 side by side)
TWENTY_FIRST = HOLDOUT / "twentyfirst"  # written blind; studied once (studies 53 and 54 side by side)
TWENTY_SECOND = HOLDOUT / "twentysecond"  # written blind; studied once (study 55)
TWENTY_THIRD = HOLDOUT / "twentythird"  # written blind; studied once (studies 57 and 58 side by side)
TWENTY_FOURTH = HOLDOUT / "twentyfourth"  # written blind; studied once (study 59)
TWENTY_FIFTH = HOLDOUT / "twentyfifth"  # written blind; studied once (studies 61 and 62 side by side)
TWENTY_SIXTH = HOLDOUT / "twentysixth"  # written blind; studied once (64, 65, 66 side by side)
TWENTY_SEVENTH = HOLDOUT / "twentyseventh"  # written blind; not studied yet
TWENTY_EIGHTH = HOLDOUT / "twentyeighth"  # written blind in ordinary students' writing; studied
TWENTY_NINTH = HOLDOUT / "twentyninth"  # written blind in ordinary writing; its blank-box plants read once
THIRTIETH = HOLDOUT / "thirtieth"  # written blind in ordinary writing; its blank-box plants read once
THIRTY_FIRST = HOLDOUT / "thirtyfirst"  # written blind as terse notes; studied once (boxes that say nothing)
THIRTY_SECOND = HOLDOUT / "thirtysecond"  # written blind as long prose; studied once (boxes that say nothing)
THIRTY_THIRD = HOLDOUT / "thirtythird"  # written blind as a mixed class at work; studied once
THIRTY_FOURTH = HOLDOUT / "thirtyfourth"  # written blind by apprentices and returners; studied once
THIRTY_FIFTH = HOLDOUT / "thirtyfifth"  # written blind by volunteers, clubs and community groups; studied
THIRTY_SIXTH = HOLDOUT / "thirtysixth"  # written blind by sole traders and public-service staff; studied
THIRTY_SEVENTH = HOLDOUT / "thirtyseventh"  # written blind by hobbyists and science students; studied
THIRTY_EIGHTH = HOLDOUT / "thirtyeighth"  # written blind by farms, utilities, charities and trades; studied
THIRTY_NINTH = HOLDOUT / "thirtyninth"  # written blind by care, school, transport and arts staff; studied
FORTIETH = HOLDOUT / "fortieth"  # written blind by hospitality, property, finance, IT and council staff
FORTY_FIRST = HOLDOUT / "fortyfirst"  # written blind by factory, shop, media, sport and university staff
FORTY_SECOND = HOLDOUT / "fortysecond"  # written blind by charity, utility, museum, building and trade staff
FORTY_THIRD = HOLDOUT / "fortythird"  # written blind by farm, logistics, health, school and tourism staff
FORTY_FOURTH = HOLDOUT / "fortyfourth"  # written blind by office, sport, workshop, media and council staff
FORTY_FIFTH = HOLDOUT / "fortyfifth"  # written blind by transport, retail, nature, clinic and software staff
FORTY_SIXTH = HOLDOUT / "fortysixth"  # written blind by utility, finance, arts, care and ground-ops staff
FORTY_SEVENTH = HOLDOUT / "fortyseventh"  # written blind by telecom, housing, rescue, leisure and exam staff
FORTY_EIGHTH = HOLDOUT / "fortyeighth"  # written blind by industry, marine, lab, media and club staff
FORTY_NINTH = HOLDOUT / "fortyninth"  # written blind by justice, aviation, insurance, art and motoring staff
FIFTIETH = HOLDOUT / "fiftieth"  # written blind by council, software, catering, animal-care and fashion staff
FIFTY_FIRST = HOLDOUT / "fiftyfirst"  # written blind by trades, university, maker, venue and life-event staff
FIFTY_SECOND = HOLDOUT / "fiftysecond"  # written blind by transport, care, energy, arts and farming staff
FIFTY_THIRD = HOLDOUT / "fiftythird"  # written blind by food, shop, tutoring, personal care and money staff
FIFTY_FOURTH = HOLDOUT / "fiftyfourth"  # written blind by animal, creator, repair, faith-group and lab staff
FIFTY_FIFTH = HOLDOUT / "fiftyfifth"  # written blind by tourism, food-maker, marine, therapy and local staff
FIFTY_SIXTH = HOLDOUT / "fiftysixth"  # written blind by arts, cleaning, print, recycling and tutor staff
FIFTY_SEVENTH = HOLDOUT / "fiftyseventh"  # written blind: personal care, motor trade, family, faith groups
FIFTY_EIGHTH = HOLDOUT / "fiftyeighth"  # written blind: makers, second-hand trade, lessons, printing, markets
FIFTY_NINTH = HOLDOUT / "fiftyninth"  # written blind: trades, offices, waterways, evenings out, community
SIXTIETH = HOLDOUT / "sixtieth"  # written blind: health practices, moving things, farms, digital, sport
SIXTY_FIRST = HOLDOUT / "sixtyfirst"  # written blind: schools, places to stay, works, charities, media
SIXTY_SECOND = HOLDOUT / "sixtysecond"  # written blind: money firms, building, heritage, utilities, security
SIXTY_THIRD = HOLDOUT / "sixtythird"  # written blind: wholesale, catering, transport, labs, end of life
SIXTY_FOURTH = HOLDOUT / "sixtyfourth"  # written blind: leisure, social housing, factories, care, books
SIXTY_FIFTH = HOLDOUT / "sixtyfifth"  # written blind: animals, night-time, rural and island, repair, clubs
SIXTY_SIXTH = HOLDOUT / "sixtysixth"  # written blind: heritage, home trades, learning, events, the coast
SIXTY_SEVENTH = HOLDOUT / "sixtyseventh"  # written blind: public health, media, security, retail, farms
SIXTY_EIGHTH = HOLDOUT / "sixtyeighth"  # written blind: hospitality, personal care, reuse, sport, offices
SIXTY_NINTH = HOLDOUT / "sixtyninth"  # written blind: faith halls, vehicles, plants, older people, money
SEVENTIETH = HOLDOUT / "seventieth"  # written blind: energy, travel, music, disputes, online services
SEVENTY_FIRST = HOLDOUT / "seventyfirst"  # written blind: labs, small-batch making, parks, post, families
SEVENTY_SECOND = HOLDOUT / "seventysecond"  # written blind: insurance, libraries, building, jobs, broadband
SEVENTY_THIRD = HOLDOUT / "seventythird"  # written blind: charities, permits, forestry, outdoor, printing
SEVENTY_FOURTH = HOLDOUT / "seventyfourth"  # written blind: dental, letting, theatres, removals, fish
SEVENTY_FIFTH = HOLDOUT / "seventyfifth"  # written blind: laundries, translation, photos, driving, markets
SEVENTY_SIXTH = HOLDOUT / "seventysixth"  # written blind: accounts, cycles, florists, cleaning, car parks
SEVENTY_SEVENTH = HOLDOUT / "seventyseventh"  # written blind: locksmiths, bowling, hire, venues, pharmacy
SEVENTY_EIGHTH = HOLDOUT / "seventyeighth"  # written blind: tattoo, upholstery, pottery, skips, riding
SEVENTY_NINTH = HOLDOUT / "seventyninth"  # written blind: marinas, kennels, electricians, caravans, butchers
EIGHTIETH = HOLDOUT / "eightieth"  # written blind: records, watches, sewing, water sports, sweets
EIGHTY_FIRST = HOLDOUT / "eightyfirst"  # written blind: mobility, dojos, car washes, B&Bs, growers
REWORDED = HOLDOUT / "reworded"  # eighty plans of the ten newest sets told again in other words and styles


def codes(plan, semantics=None):
    return {n.code for n in check_plan(plan, semantics)}


def test_coaching_is_pure():
    """Importing the coaching (rules, lexicon, plan and the embedding half) loads neither Django nor torch."""
    code = (
        "import sys; import studyguide.worksheets.coaching.semantic, studyguide.worksheets.evaluation; "
        "assert 'torch' not in sys.modules and 'django' not in sys.modules, sorted(sys.modules)"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=str(Path(__file__).parents[2]))


def test_cases_are_many_and_valid():
    cases = load_cases(CASES)
    assert len(cases) >= 20
    everything = cases + load_cases(HOLDOUT) + load_cases(FINAL)
    assert len(everything) >= 40
    assert len({c["name"] for c in everything}) == len(everything)
    for case in everything:
        plan_from_mapping(case["worksheet"])
        assert set(case["expected"]) <= set(CODES), case["name"]
        assert set(case.get("allowed", [])) <= set(CODES), case["name"]
    strong = [c for c in everything if not c["expected"]]
    assert len(strong) >= 0.4 * len(everything)  # about half strong plans that deserve no note
    final = load_cases(FINAL)
    assert len(final) >= 12 and sum(1 for c in final if not c["expected"]) >= 12
    assert len({c["domain"] for c in everything if c.get("domain")}) >= 15
    assert {"terse", "bullets", "prose"} <= {c.get("style") for c in everything}


def test_seed_like_betting_plan_gets_the_teacher_notes():
    plan = Plan(
        objective="Predict which NBA team wins each game.",
        levers=["teams", "management", "roster"],
        data="Results of past seasons.",
        modeler="Binary classification win/loss",
    )
    notes = check_plan(plan)
    got = {n.code for n in notes}
    assert {
        "lever_not_controllable",
        "model_no_lever",
        "prediction_not_decision",
        "objective_is_prediction",
    } <= got
    # One note names all three (issue 11: a teacher groups them rather than spending three of five slots).
    flagged = [n.message for n in notes if n.code == "lever_not_controllable"]
    assert len(flagged) == 1 and all(f"“{w}”" in flagged[0] for w in ("teams", "management", "roster"))
    assert "which matches to bet on" not in flagged[0]  # no betting in this plan, so no betting advice
    # Every note points to a field and a study note.
    assert all(n.field and n.note_slug for n in notes)


def test_empty_plan_gives_one_note():
    assert [n.code for n in check_plan(Plan())] == ["empty_plan"]


def test_lever_listed_as_uncontrollable_is_flagged():
    plan = Plan(objective="x", levers=["Spring rainfall"], uncontrollables=["spring rainfall"])
    assert "lever_not_controllable" in codes(plan)


def test_controllable_team_lever_is_not_flagged():
    plan = Plan(objective="x", levers=["how many people are on our support team each shift"])
    assert "lever_not_controllable" not in codes(plan)


def test_sensor_product_needs_ood_risk():
    base = dict(objective="Warn rangers", levers=["alert threshold"], data="camera photos", risks="costs")
    assert "no_ood_risk" in codes(Plan(**base))
    assert "no_ood_risk" not in codes(Plan(**{**base, "risks": "Night-time photos unlike the training set"}))


def test_rollout_rules():
    assert {"rollout_no_human_oversight", "rollout_not_gradual"} <= codes(
        Plan(objective="x", rollout="Switch it on for everyone on Monday.")
    )
    ok = codes(Plan(objective="x", rollout="Staff check every output; a pilot in one shop, then expand."))
    assert not {"rollout_no_human_oversight", "rollout_not_gradual"} & ok


def test_experiment_rule():
    plan = Plan(objective="x", levers=["price"], data="Five years of sales records.")
    assert "lever_no_data_experiment" in codes(plan)
    assert "lever_no_data_experiment" not in codes(Plan(**{**plan.__dict__, "experiment": "yes"}))
    assert "lever_no_data_experiment" not in codes(
        Plan(**{**plan.__dict__, "data": "We randomly vary the price for 5% of visitors."})
    )


class StubSemantics:
    """Stands in for the embedding model: flags one lever, sees nothing else."""

    def lever_uncontrollable(self, lever, uncontrollables, lean=None):
        return "harbour festival" in lever

    def means_any(self, text, concept, slack=0.0):
        return False

    def mentions_lever(self, text, levers):
        return False


def test_semantics_hook_is_used():
    # The structure cannot tell who decides "the harbour festival"; the semantics hook decides.
    plan = Plan(objective="x", levers=["the harbour festival", "room price"])
    assert "lever_not_controllable" not in codes(plan)
    assert "lever_not_controllable" in codes(plan, StubSemantics())


def test_json_interface_keys_come_from_the_worksheet_fields():
    """Issue 11: the JSON interface takes every field of the web form by its own name (derived from the spec),
    so a note naming any field can be acted on in both; the older coarse keys stay accepted."""
    assert JSON_KEYS == tuple(f.name for f in spec.FIELDS)
    assert ALIASES == ("data", "experiment")
    assert "title" not in Plan.__dataclass_fields__  # accepted, and ignored by coaching
    plan = plan_from_values(
        {
            "data_have": "sales",
            "data_collect": " ",
            "experiment_notes": "vary the price",
            "experiment_needed": "no",
        }
    )
    assert (plan.data, plan.experiment) == ("sales\nvary the price", "no")
    web = plan_from_mapping(
        {
            "title": "T",
            "data_have": "sales",
            "experiment_notes": "vary the price",
            "experiment_needed": "Yes",
            "monitoring": "weekly",
            "went_really_well": "loops",
        }
    )
    assert (web.data, web.experiment, web.monitoring, web.went_really_well) == (
        "sales\nvary the price",
        "yes",
        "weekly",
        "loops",
    )
    old = plan_from_mapping({"data": "old text", "data_collect": "new", "experiment": "no"})
    assert (old.data, old.experiment) == ("old text\nnew", "no")


@pytest.mark.parametrize(
    "data, message",
    [
        ([], "JSON object"),
        ({"levers": "teams"}, "list of strings"),
        ({"objective": 3}, "must be a string"),
        ({"objectve": "typo"}, "unknown key"),
        ({"experiment_needed": "maybe"}, "choose one of the options"),
        ({"levers": ["x"] * (spec.LIST_MAX_ITEMS + 1)}, "the limit is 500"),
        ({"risks": "word " * 5000}, "the limit is 20,000"),
    ],
)
def test_plan_from_mapping_rejects_bad_input(data, message):
    with pytest.raises(PlanError, match=message):
        plan_from_mapping(data)


def test_rules_only_figures_on_labelled_set():
    report = evaluate(load_cases(CASES), lambda plan: check_plan(plan))
    print(report.summary())
    assert report.recall >= 0.9
    assert report.false_alarms <= 3


@pytest.mark.real_model
def test_real_model_figures_on_labelled_set(real_semantics):
    report = evaluate(load_cases(CASES), lambda plan: check_plan(plan, real_semantics))
    print(report.summary())
    assert report.recall >= 0.95
    assert report.false_alarms <= 1


@pytest.mark.real_model
def test_real_model_figures_on_holdout_set(real_semantics):
    report = evaluate(load_cases(HOLDOUT), lambda plan: check_plan(plan, real_semantics))
    print(report.summary())
    assert report.recall >= 0.85
    assert report.false_alarm_rate <= 0.2


@pytest.mark.real_model
def test_real_model_figures_on_final_holdout_set(real_semantics):
    """Issue 11's targets on the worksheets written before its rules. First measurement: 17/18 caught, one
    false alarm on a strong plan, one on a flawed plan, 11/12 strong plans with no note. Since the codes that
    were mostly wrong on unseen plans are asked as questions: 15 caught as notes, 3 asked as questions; since
    the rules right at most half the time on first looks are asked too (test_coaching_first_look_demotions),
    14 and 4 (a weed-spotting drone's missing risk of unlike images)."""
    from studyguide.worksheets.coaching.semantic import check

    report = evaluate(load_cases(FINAL), lambda plan: check(plan, semantics=real_semantics))
    print(report.summary())
    assert report.recall_raised >= 0.9 and report.caught >= 14
    assert report.false_alarms_strong <= 1
    assert report.strong_clean >= 11 and len(report.strong) == 12
    assert report.questions[2] == 0  # no question on a strong plan


# The held-out sets written after issue 11's rules, each committed before the coach was run on it and studied
# after its first look (their READMEs hold the first-look figures). Here: the development figures they keep.
# (folder, strong plans, least caught as notes, least raised as a note or a question, most false alarms on
# strong plans, on flawed plans, least strong plans with no note, most questions on strong plans)
STUDIED_SETS = [
    # first look 17/26 caught, 4 false alarms on strong plans, 23/26 clean
    pytest.param(FOURTH, 26, 22, 25, 0, 0, 26, 0, id="fourth"),
    # written blind; first look 21/37, 16 false alarms on strong plans (11 with the loop check), 11/24 clean
    pytest.param(FIFTH, 24, 34, 35, 0, 1, 24, 1, id="fifth"),
    # written blind as twelve students, after the fifth set's study; first look 23/37, 4 on strong, 20/24
    pytest.param(SIXTH, 24, 33, 37, 0, 0, 24, 0, id="sixth"),
    # written blind as twelve other voices, after the sixth set's study; first look 20/37, 5 on strong, 19/24
    pytest.param(SEVENTH, 24, 32, 36, 0, 0, 24, 0, id="seventh"),
    # written blind in eleven other voices, after the seventh set's study; first look 22/37, 8 on strong
    pytest.param(EIGHTH, 27, 34, 36, 0, 1, 27, 0, id="eighth"),
    # written blind in twelve other voices, after the eighth set's study; first look 21/37, 6 on strong
    pytest.param(NINTH, 24, 33, 37, 0, 0, 24, 0, id="ninth"),
    # written blind in sixteen other voices, after the ninth set's study; first look 22/37, 10 on strong
    pytest.param(TENTH, 24, 32, 35, 0, 0, 24, 0, id="tenth"),
    # written blind in thirteen other voices, after the tenth set's study; first look 27/37, 3 on strong
    pytest.param(ELEVENTH, 24, 31, 37, 0, 0, 24, 0, id="eleventh"),
    # written blind in sixteen other voices, after the eleventh set's study; first look 24/37, 1 on strong;
    # study 60: 31 -> 32 caught (a chance put in a column on the booking screen decides nothing)
    # the judge retrained on forty-three sets: the fares plan's rollout falls under its threshold (35 -> 34)
    pytest.param(TWELFTH, 24, 33, 35, 0, 0, 24, 2, id="twelfth"),
    # written blind in other voices, after the twelfth study; first look 21/37, 4 questions on strong
    pytest.param(THIRTEENTH, 24, 34, 34, 0, 0, 24, 1, id="thirteenth"),
    # written blind with no tell-tale words, after the thirteenth study; first look 16/37, 1 on strong
    pytest.param(FOURTEENTH, 24, 33, 34, 0, 0, 24, 0, id="fourteenth"),
    # written blind; first look 22/37, 0 false alarms on strong, 3 on flawed (studied: 0), 4 asked on strong
    pytest.param(FIFTEENTH, 24, 33, 36, 0, 0, 24, 1, id="fifteenth"),
    # written blind; first look 19/37, 0 false alarms on strong, 1 on flawed, 24/24 clean, 0 asked on strong
    pytest.param(SIXTEENTH, 24, 34, 36, 0, 0, 24, 0, id="sixteenth"),
    # written blind; first look 20/37, 0 false alarms on strong, 4 on flawed, 5 questions on strong plans
    pytest.param(SEVENTEENTH, 24, 32, 34, 0, 0, 24, 0, id="seventeenth"),
    # written blind; first look 23/37, 0 false alarms on strong, 2 on flawed, 5 questions on strong plans
    pytest.param(EIGHTEENTH, 24, 35, 36, 0, 0, 24, 1, id="eighteenth"),
    # written blind; first look 20/37, 0 false alarms on strong or flawed, 3 questions on strong plans
    # the judge retrained on forty-three sets: the circus model's missing lever falls under it (35 -> 34)
    pytest.param(NINETEENTH, 24, 32, 36, 0, 0, 24, 1, id="nineteenth"),
    # written blind; first look 20/37, 1 false alarm on strong, 0 on flawed, 0 questions on strong plans
    pytest.param(TWENTIETH, 24, 33, 35, 0, 0, 24, 0, id="twentieth"),
    # written blind; first look 27/37, 0 false alarms on strong, 1 on flawed, 2 questions on strong plans;
    # studied once (53, 54)
    pytest.param(TWENTY_FIRST, 24, 36, 37, 0, 0, 24, 0, id="twentyfirst"),
    # written blind; first look 25/37, 0 false alarms on strong, 2 on flawed, 1 question on strong (the same
    # on bc44f6d and after studies 53 and 54); studied once (55); study 56: 28 -> 30 caught (a measure of the
    # weather, how things others bring are), 1 -> 0 questions on strong plans; the thirty-third's study: 34
    # caught, and a camera plan's last box "Less lead stolen" read as success alone (a loop note on a plan
    # whose plant was the missing new inputs: 1 -> 2 false alarms on flawed plans)
    # the judge retrained on forty-one sets: the pooled simulator judgement of the stilt plan falls under its
    # threshold (34 -> 33 caught)
    pytest.param(TWENTY_SECOND, 24, 35, 35, 0, 2, 24, 0, id="twentysecond"),
    # written blind; first look (b5c3729) 23/37, 0 false alarms, 2 questions on strong; studied once (57 and
    # 58 side by side: 29 and 30 alone, 36 together)
    pytest.param(TWENTY_THIRD, 24, 35, 37, 0, 0, 24, 0, id="twentythird"),
    # written blind; first look (fbb388a) 29/37, 0 false alarms, 3 questions on strong (25/37 on b5c3729);
    # studied once (59): 29 -> 31 caught, 3 -> 0 questions on strong plans; study 60: 31 -> 36 caught
    # (attention counted as a figure, a model left to a tool, a forecast put only into a report, someone
    # else's figure as the baseline, a "who checks?" question)
    # study 69: 36 -> 37 caught (a first stage that already covers every unit, or a watch of the model's own
    # scores, read in general)
    pytest.param(TWENTY_FOURTH, 24, 35, 37, 0, 0, 24, 0, id="twentyfourth"),
    # written blind; first look (9becb3e) 8/37, 0 false alarms on strong, 10 on the blank form; studied once
    # (61, 62); study 62: 8 -> 12 caught (a model scored by a tolerance or by agreeing with the master, a
    # forecast wanted with its lead time put in between, watching "not needed" after the pilot), 1 -> 0
    # questions on strong plans; study 61 (a field that says nothing reads as empty): 8 -> 18 caught alone,
    # 10 -> 0 false alarms on flawed plans; both together 22 caught (24 with questions), 0 false alarms;
    # study 63: 22 -> 29 caught (another party's figure or an asked-for limit as the baseline, stages on one
    # day, a one-day launch of everything, our own tastings or checks counted, a forecast a website shows)
    pytest.param(TWENTY_FIFTH, 24, 29, 33, 0, 0, 24, 0, id="twentyfifth"),
    # written blind; first look (f0b556b) 14/37; studied once (64, 65, 66 side by side); first look: 0 false
    # alarms on strong, 11 on flawed (ten on a blank form of requests and pointers), 3 questions on strong;
    # study 66: 14 -> 22 caught (a person told afterwards is no oversight, stages that are one launch, the
    # pipes watched instead of the outcome, the model's own drift or mishaps named instead of new inputs),
    # 11 -> 10 false alarms on flawed, 3 -> 2 questions on strong plans (a veto or a signature kept); study
    # 65: 14 -> 21 caught alone (a guessed figure or the system against itself as the baseline, a ranking by
    # a predicted amount or a forecast dashboard, leaflets taken, training only on the people our choices
    # picked), 3 -> 1 questions on strong plans (humidity among a room's settings); study 64: 14 -> 21 caught
    # alone, 11 -> 1 false alarms on flawed (a blank form of requests, promises and pointers; a record kept
    # elsewhere, a meeting, "the usual"; a choice put off; out of scope; a question)
    # together (merged, with the lead's oversight wording): 36/37 caught, 0 false alarms, 0 asked on strong
    pytest.param(TWENTY_SIXTH, 24, 35, 36, 0, 0, 24, 0, id="twentysixth"),
    # written blind; first look (5f96646, the coach of 6ebc40f) 10/37, 1 false alarm on strong (an
    # out-of-domain note on a plan that names a new kind of caller), 9 on flawed (eight on a blank form of
    # template placeholders); not studied. The twenty-sixth's studies (64-66) carried over nothing (10/37);
    # the lead's fix of the strong plan's note (a new kind of input given by example): 1 -> 0 on strong
    # study 67: 10 -> 18 caught (a form left at its template, a list whose only row is its heading, doubt
    # about the question put as the answer, data left to the model to learn, a model that "does the heavy
    # lifting", the training routine named as the optimizer, a held-out test named as the simulator), 9 -> 1
    # false alarms on flawed plans
    # study 68: 10 -> 12 caught alone (the new system's own first weeks or a target given as the baseline);
    # then 12 -> 22, 9 -> 8 on flawed (another party's own price is no twin of ours; what the people served
    # pick; a ranking's score at a cut-off; a hit rate as the aim; a forecast posted to a chat; a modeler that
    # names only who does the work; settings held since the machine came, trials turned down; a quality
    # wished on a thing; a metric taken only among those who stayed)
    # study 69: 10 -> 17 caught (anyone who only receives an account of the decisions, by PDF, report,
    # dashboard or e-mail; a first stage whose scope is every unit; the model's training or validation scores
    # or only complaints watched instead of the outcome; a risk given a size with nothing named; a loop
    # raised and then waved off; "went really well" answered only with wider use), 9 false alarms on flawed
    # unchanged, 0 on strong, 0 asked on strong
    # studies 67-69 merged: 36/37 caught, 0 false alarms on strong or flawed plans, 0 asked on strong
    pytest.param(TWENTY_SEVENTH, 24, 34, 36, 0, 0, 24, 0, id="twentyseventh"),
    # written blind in ordinary students' writing (plain prose, bullets, terse notes, typos); first look
    # (67e6786, the coach of 2b9b258) 15/37, 0 false alarms on strong, 3 on flawed, 0 questions on strong
    # the lead's admissions.py (an admission, "Not sure yet", "Can't think of any", "Same as the title", then
    # only a deferral or an empty reason, reads as empty): 15 -> 19 caught, every other set identical; the
    # twenty-seventh's studies (67-69) carried over 19 -> 21 caught (a goal given as the baseline, a "went
    # really well" answered only with wider use) and one false alarm on a strong plan ("% of first-years still
    # enrolled" read as a figure taken among stayers: a percent sign was not seen as a share; fixed)
    # the lead's fixes in our own sentences (test_coaching_twentyeighth_lead.py): the model and
    # its tuning as the optimizer, a test on data held back as the simulator, a tool that "shows us" as the
    # model, a loop denied as the only risk, new things put in every unit in the first stage, a system that
    # refreshes itself as monitoring, when the people served arrive or nap as a lever; periods opening list
    # lines are stages: 21 -> 27 caught, 3 -> 2 false alarms on flawed plans, every other set identical
    # study 70 alone: 21 -> 28 caught, 3 -> 2 on flawed (plain-word model scores, uptake proxies, forecasts
    # shown);
    # merged with the lead's fixes: 34/37 caught, 0 false alarms on strong plans, 1 on flawed
    pytest.param(TWENTY_EIGHTH, 24, 34, 37, 0, 1, 24, 0, id="twentyeighth"),
    # written blind in ordinary students' writing, after the twenty-eighth's studies; first look (1b87b3d)
    # 16/37,
    # 2 false alarms on strong (model without levers), 6 on flawed, 2 questions on strong; 14/37 with the same
    # false alarms on the coach of 67e6786 (the session's studies carried over 2 catches)
    # the lead's stemmer fix ("press" kept whole, so "pressed count" reads the lever "how many tortillas we
    # press"): 2 -> 1 false alarm on strong plans, every other set identical
    # the field judge, trained without this set: 16 -> 19; trained on every set (shipped): 21
    # then the readers of boxes that say nothing and the judge's pool (trained on every set): 22
    # the judge retrained on forty-three sets: the leaf-slips model's missing lever falls under it (24 -> 23)
    pytest.param(TWENTY_NINTH, 24, 26, 27, 1, 2, 23, 2, id="twentyninth"),
    # written blind in ordinary students' writing; first look (ab8bdf5) 18/37, 1 false alarm on strong (a
    # proxy), 4 on flawed, 2 questions on strong; the field judge trained without it: 21/37, the same alarms
    # then the readers of boxes that say nothing and the judge's pool (trained on every set): 23; after the
    # thirty-third's study (a person's knack as the model, an objective that says what the work is): 25
    # the judge retrained on forty-three sets: the adaptations plan's unnamed loop falls under it (29 -> 28)
    pytest.param(THIRTIETH, 24, 30, 31, 0, 3, 24, 2, id="thirtieth"),
    # written blind as terse working notes; first look (0e65939) 17/37, 1 false alarm on strong (a model with
    # no lever), 2 on flawed, 7 questions on strong; after the readers of boxes that say nothing: 22/37, and
    # the model read as taking the levers under the name of what its optimizer chooses: 0 on strong; after
    # the thirty-third's study: 24/37
    pytest.param(THIRTY_FIRST, 24, 28, 29, 0, 1, 24, 6, id="thirtyfirst"),
    # written blind as long prose; first look (0e65939) 18/37, 0 false alarms on strong, 3 on flawed (two on a
    # blank form whose every box was "to be written up"), 5 questions on strong; after the same study: 23/37
    # "We'll run the whole 2026 programme off it" gets the allowed everywhere-at-once note, not the planted
    # no-rollout one (a whole programme is read as all at once since the forty-second's study: 28 -> 27)
    pytest.param(THIRTY_SECOND, 24, 32, 32, 0, 1, 24, 3, id="thirtysecond"),
    # written blind as a mixed class at work (questions and answers, numbered points, one-liners); first look
    # (0710388, after the study above, its field judge trained without this set) 19/37, 0 false alarms on
    # strong, 5 on flawed (three on a form of "-- fill in monday --" placeholders), 0 questions on strong;
    # studied once (test_coaching_thirtythird_study.py): 31/37, 2 false alarms on flawed, 0 on strong
    pytest.param(THIRTY_THIRD, 24, 34, 35, 0, 1, 24, 0, id="thirtythird"),
    # written blind by apprentices and returners to study; first look (223c989, after the thirty-third's
    # study, the judge trained without it) 14/37, 1 false alarm on strong (a gradual rollout), 5 on flawed;
    # studied once (test_coaching_thirtyfourth_study.py), the judge retrained with it: 35/37, no false alarm
    # the judge retrained on forty-one sets: the staircase plan's proxy falls under its threshold (35 -> 34);
    # on forty-two, the tool-hire plan's missing model too (34 -> 33)
    pytest.param(THIRTY_FOURTH, 24, 35, 35, 0, 0, 24, 0, id="thirtyfourth"),
    # written blind by volunteers, clubs and community groups, some in non-native English; first look
    # (18e659d, after the thirty-fourth's study, the judge trained without it) 15/37, 2 false alarms on strong
    # (an experiment note, an out-of-domain note), 2 on flawed, 2 questions on strong; studied once
    # (test_coaching_thirtyfifth_study.py), the judge retrained with it: 33/37, no false alarm
    pytest.param(THIRTY_FIFTH, 24, 36, 36, 0, 0, 24, 2, id="thirtyfifth"),
    # written blind by sole traders, online sellers and public-service staff; first look (4663d94, after the
    # thirty-fifth's study, the judge trained without it) 20/37, 0 false alarms on strong, 4 on flawed, 4
    # questions on strong
    # studied once (test_coaching_thirtysixth_study.py), the judge not retrained with it: 31/37, 2 on flawed
    pytest.param(THIRTY_SIXTH, 24, 31, 32, 0, 2, 24, 4, id="thirtysixth"),
    # written blind by hobbyists, sport and leisure, science and engineering students; first look (3b2cef0,
    # after the thirty-sixth's study, the judge trained without it) 17/37, 1 false alarm on strong (a model
    # score read in a tyre-pressure metric), 2 on flawed, 1 question on strong; that one false alarm read and
    # fixed (the judge's model-score note needs a metric that names something of a model): 0 on strong;
    # studied once (test_coaching_thirtyseventh_study.py), the judge not retrained with it: 35/37, none false
    pytest.param(THIRTY_SEVENTH, 24, 36, 37, 0, 0, 24, 1, id="thirtyseventh"),
    # written blind by farm, food, utility, charity and trade staff; first look (1765519, before the
    # thirty-seventh's study, the judge trained without it) 20/37, 1 false alarm on strong (a loop read as
    # growth), 2 on flawed, 4 questions on strong; the thirty-seventh's study changed none of it; studied once
    # (test_coaching_thirtyeighth_study.py), the judge not retrained with it: 28/37, 0 on strong, 2 on flawed
    pytest.param(THIRTY_EIGHTH, 24, 31, 31, 0, 1, 24, 4, id="thirtyeighth"),
    # written blind by health and care, school, transport, media and arts staff; first look (c415338, after
    # the thirty-eighth's study, the judge trained without it) 15/37, no false alarm on strong, 1 on flawed, 2
    # questions on strong; the same on 1765519, before the thirty-seventh's and thirty-eighth's studies;
    # studied briefly (test_coaching_thirtyninth_study.py), the judge not retrained with it: 19/37
    pytest.param(THIRTY_NINTH, 24, 26, 27, 0, 1, 24, 1, id="thirtyninth"),
    # written blind; first look (37747c4, never landed; the same on 9446931 as its README says) 15/37, 1 false
    # alarm on strong, 3 on flawed, 23/24 clean; in the judge's training since; its strong plan's false alarm
    # read for its cause (a rollout by quarters)
    # the judge retrained on forty-three sets: the salt barns' missing lever and the right-to-work checks'
    # unfamiliar inputs fall under their thresholds; the apartment cleans' denied model is read (21 -> 20)
    pytest.param(FORTIETH, 24, 26, 28, 0, 3, 24, 0, id="fortieth"),
    # written blind; first look (7be9919) 16/37, no false alarm on strong, 1 on flawed, 24/24 clean, 4
    # questions on strong; studied once (test_coaching_fortyfirst_study.py): 30/37 with the judge trained
    # without it, 31/37 with the judge trained on it (shipped)
    pytest.param(FORTY_FIRST, 24, 31, 31, 0, 0, 24, 3, id="fortyfirst"),
    # written blind; first look (0a6b40d) 12/37, no false alarm on strong, 1 on flawed, 24/24 clean, 7
    # questions on strong; studied once (test_coaching_fortysecond_study.py): 25/37; 29/37 with the judge
    # retrained on it
    pytest.param(FORTY_SECOND, 24, 31, 32, 0, 0, 24, 4, id="fortysecond"),
    # written blind; first look (1e32b70) 15/37, 1 false alarm on strong, 2 on flawed, 23/24 clean, 1 question
    # on strong; studied once (test_coaching_fortythird_study.py: its false alarms, then its misses), 33/37,
    # the same with the judge retrained on it
    pytest.param(FORTY_THIRD, 24, 34, 34, 0, 0, 24, 1, id="fortythird"),
    # written blind; first look (aa8e6dc, after the forty-third's study, the judge trained on the 45 sets
    # before it) 18/37, 1 false alarm on strong, 1 on flawed, 23/24 clean, 2 questions on strong; studied once
    # (test_coaching_fortyfourth_study.py), the judge not retrained with it: 28/37, none false on strong;
    # 31/37 with the judge retrained on it (with the forty-fifth)
    pytest.param(FORTY_FOURTH, 24, 29, 32, 0, 1, 24, 2, id="fortyfourth"),
    # written blind; first look (f6be471, after the forty-fourth's study) 15/37, no false alarm on strong or
    # flawed plans, 24/24 clean, 1 question on strong; studied once (test_coaching_fortyfifth_study_*.py):
    # 35/37, the same with the judge retrained on it
    pytest.param(FORTY_FIFTH, 24, 34, 36, 0, 0, 24, 1, id="fortyfifth"),
    # written blind; first look (7a02c54, after the forty-fifth's study, the judge retrained on the 47 sets
    # before it) 18/37, 1 false alarm on strong, none on flawed, 23/24 clean, 1 question on strong; studied
    # once (test_coaching_fortysixth_study_*.py), the judge not retrained with it: 36/37, none false on strong
    pytest.param(FORTY_SIXTH, 24, 36, 36, 0, 0, 24, 1, id="fortysixth"),
    # written blind; first look (b39f9b7, after the forty-sixth's study, the judge trained on the 47 sets
    # before the forty-sixth) 14/37, no false alarm on strong or flawed plans, 24/24 clean, 1 question
    # on strong; studied once (test_coaching_fortyseventh_study_*.py), the judge not retrained: 36/37
    pytest.param(FORTY_SEVENTH, 24, 37, 37, 0, 0, 24, 1, id="fortyseventh"),
    # written blind; first look (e670cf4, after the forty-seventh's study, the judge trained on the 47 sets
    # before the forty-sixth) 12/37, no false alarm on strong, 4 on flawed, 24/24 clean, 1 question on strong;
    # 13, 14 and 16/37 with the judge widened step by step, never trained on it; 21/37 with the judge
    # retrained on all 50 folders, this one included; studied once with the forty-ninth
    # (test_coaching_fortyninth_study_lead.py, test_coaching_fortyeighth_study_D.py)
    pytest.param(FORTY_EIGHTH, 24, 30, 31, 0, 4, 24, 1, id="fortyeighth"),
    # written blind; first look (0c131c3, the judge widened and trained on the 50 folders before it) 19/37, 1
    # false alarm on strong (a judged "levers are results" note, a code then withdrawn), none on flawed, 23/24
    # clean, 4 questions on strong; studied once (test_coaching_fortyninth_study_*.py), the judge not trained
    # on it
    pytest.param(FORTY_NINTH, 24, 36, 36, 0, 0, 24, 4, id="fortyninth"),
    # written blind; first look (c82b2a5, after the forty-ninth's study) 23/37, 1 false alarm on strong (a
    # figure's comma split a metric clause), 1 on flawed, 23/24 clean, 2 questions on strong; studied once
    # (test_coaching_fiftieth_study_*.py), the judge not trained on it
    pytest.param(FIFTIETH, 24, 37, 37, 0, 0, 24, 2, id="fiftieth"),
    # written blind; first look (603aa4b, after the fiftieth's study) 24/37, 3 false alarms on strong (each
    # read and fixed for its general cause, test_coaching_fiftyfirst_first_look.py), 1 on flawed, 21/24 clean,
    # 3 questions on strong; studied once (test_coaching_fiftyfirst_study_*.py), the judge not trained on it
    pytest.param(FIFTY_FIRST, 24, 35, 37, 0, 0, 24, 3, id="fiftyfirst"),
    # written blind; first look (cad9865, the code as the session found it) 22/37, no false alarm on strong, 3
    # on flawed, 24/24 clean, 6 questions on strong; studied once (test_coaching_fiftysecond_study_*.py), the
    # judge not trained on it
    pytest.param(FIFTY_SECOND, 24, 36, 37, 0, 0, 24, 5, id="fiftysecond"),
    # the ten newest sets' plans in other words and styles, all caught (or left alone) as first written;
    # first measurement (a8a1dd7) 39/64 caught, 3 false alarms on 2 of the 16 strong plans, 2 on flawed;
    # studied once (test_coaching_reworded_study.py)
    pytest.param(REWORDED, 16, 54, 59, 0, 0, 16, 2, id="reworded"),
    # written blind together; first looks (011c712, the code as the session found it) 27/37, 2 false alarms on
    # strong, 2 on flawed, 22/24 clean, 1 question on strong; and 17/37, 1 false alarm on strong, none on
    # flawed, 23/24 clean, 2 questions on strong; studied together (test_coaching_study_53_54_*.py); the judge
    # retrained on every set but the fifty-sixth since, and three readings asked since, not said
    # (test_coaching_first_look_demotions.py): 35 -> 34, 37 -> 37
    pytest.param(FIFTY_THIRD, 24, 34, 35, 0, 0, 24, 1, id="fiftythird"),
    pytest.param(FIFTY_FOURTH, 24, 37, 37, 0, 0, 24, 1, id="fiftyfourth"),
    # written blind during that study; first look (60cb144, its last commit) 22/37, 2 false alarms on strong,
    # 4 on flawed, 22/24 clean, 2 questions on strong: exactly what the code before the study scores; its
    # false alarms fixed for their general cause (test_coaching_study_53_54_lead.py), its misses not studied;
    # the judge, retrained with it, finds three of them (22 -> 25)
    pytest.param(FIFTY_FIFTH, 24, 26, 27, 0, 2, 24, 3, id="fiftyfifth"),
    # written blind; first look (37b1e9f) 23/37, 2 false alarms on strong (both an out-of-domain risk), 1 on
    # flawed, 22/24 clean, 1 question on strong; the same with the judge retrained (it never saw this set);
    # with the three readings asked since: 23/37, 1 false alarm on strong, none on flawed. Not studied; the
    # judge retrained with it since (23 -> 26); a risks box that opens "not much can go wrong", read since as
    # naming no risk (test_coaching_study_57.py): 27; stages turned down as needless, read since as no
    # rollout (test_coaching_study_57b.py): 28
    pytest.param(FIFTY_SIXTH, 24, 28, 28, 1, 0, 23, 1, id="fiftysixth"),
    # written blind; first look (a81d59b) 24/37, no false alarm on strong, 3 on flawed, 24/24 clean, 3
    # questions on strong; with the judge retrained without it and its gains reader: 25/37 (an objective the
    # judge reads as the situation). Five misses then fixed for their general cause
    # (test_coaching_study_57.py): 29/37, the same false alarms; seven more in the next session
    # (test_coaching_study_57b.py) and the judge retrained with it: 36/37; its last loop plant with the
    # fifty-ninth's study (test_coaching_study_58b.py): 37/37
    pytest.param(FIFTY_SEVENTH, 24, 37, 37, 0, 2, 24, 3, id="fiftyseventh"),
    # written blind; first look (50c6b11) 24/37, no false alarm on strong, 3 on flawed, 24/24 clean, 1
    # question on strong. Nine misses then fixed for their general cause with seven of the fifty-seventh's
    # (test_coaching_study_57b.py, test_coaching_study_58.py): 33/37 with the judge retrained on every
    # folder but this one; three more with the fifty-ninth's (test_coaching_study_58b.py): 36/37
    pytest.param(FIFTY_EIGHTH, 24, 36, 36, 0, 2, 24, 1, id="fiftyeighth"),
    # written blind; first look (3f834e1) 22/37, no false alarm on strong, 2 on flawed, 24/24 clean, 3
    # questions on strong. Thirteen misses and its two false alarms on flawed plans then fixed for their
    # general cause (test_coaching_study_59.py): 35/37 with a judge never trained on it
    pytest.param(FIFTY_NINTH, 24, 35, 36, 0, 0, 24, 2, id="fiftyninth"),
    # written blind; first look (cf33b47) 26/37, 1 false alarm on strong, 5 on flawed, 23/24 clean, 1
    # question on strong. Nine misses and all six false alarms then fixed for their general cause
    # (test_coaching_study_60.py): 35/37 with a judge never trained on it
    pytest.param(SIXTIETH, 24, 35, 35, 0, 0, 24, 1, id="sixtieth"),
    # written blind; first look (21f365d) 28/37, 1 false alarm on strong, 12 on flawed (nine of them a form of
    # placeholders read box by box), 23/24 clean, 2 questions on strong. Its misses and false alarms then read
    # for their general cause (test_coaching_study_61.py): 37/37 with a judge never trained on it
    pytest.param(SIXTY_FIRST, 24, 37, 37, 0, 1, 24, 2, id="sixtyfirst"),
    # written blind; first look (8b0c04b) 30/37, 2 false alarms on strong, 4 on flawed, 22/24 clean. Four
    # misses and five false alarms then fixed for their general cause (test_coaching_study_62.py): 34/37
    pytest.param(SIXTY_SECOND, 24, 34, 34, 0, 1, 24, 0, id="sixtysecond"),
    # written blind after a study of the objective and lever codes; first look (3e4453a) 24/37, 1 false alarm
    # on strong, 1 on flawed, 23/24 clean (the session's starting code scored the same). Its misses and false
    # alarms then read for their general cause (test_coaching_study_63.py): 37/37
    pytest.param(SIXTY_THIRD, 24, 37, 37, 0, 0, 24, 0, id="sixtythird"),
    # written blind; first look (6a06c47) 28/37, no false alarm on strong, 1 on flawed, 24/24 clean (the
    # starting code: 27/37). Its misses then read for their general cause (test_coaching_study_64.py): 33/37
    pytest.param(SIXTY_FOURTH, 24, 33, 33, 0, 0, 24, 2, id="sixtyfourth"),
    # written blind; first look (debebc1) 30/37, no false alarm on strong, 2 on flawed, 24/24 clean (the
    # starting code: 28/37). Its misses then read for their general cause (test_coaching_study_65.py): 36/37
    pytest.param(SIXTY_FIFTH, 24, 36, 36, 0, 0, 24, 1, id="sixtyfifth"),
    # written blind; first look (7ac1dbe) 28/37, 1 false alarm on strong, none on flawed, 23/24 clean (the
    # starting code scored the same). Its misses then read for their general cause (test_coaching_study_66.py)
    pytest.param(SIXTY_SIXTH, 24, 36, 36, 0, 0, 24, 3, id="sixtysixth"),
    # written blind; first look (48c31bb) 28/37, 2 false alarms on strong (one plan), 1 on flawed, 23/24 clean
    # (the starting code scored the same). Then read for their general cause (test_coaching_study_67.py)
    pytest.param(SIXTY_SEVENTH, 24, 34, 34, 0, 0, 24, 2, id="sixtyseventh"),
    # written blind; first look (87bacc4) 29/37, no false alarm on strong, 12 on flawed (11 on a blank form of
    # placeholders), 24/24 clean (the starting code: 28/37). Then read for their general cause
    # (test_coaching_study_68.py)
    pytest.param(SIXTY_EIGHTH, 24, 36, 36, 0, 0, 24, 1, id="sixtyeighth"),
    # written blind; first look (fc468d2) 28/37, 1 false alarm on strong, 10 on flawed (9 on a blank form of
    # "fill in"), 23/24 clean (the starting code: 26/37). Then read for their general cause
    # (test_coaching_study_69.py)
    pytest.param(SIXTY_NINTH, 24, 35, 35, 0, 0, 24, 0, id="sixtyninth"),
    # written blind, both measured once on 198ad56 before either was read. First looks: the seventieth 29/37,
    # 7 false alarms on 6 of its strong plans, 7 on flawed, 18/24 clean; the seventy-first 23/37, 1, 1,
    # 23/24 (the starting code: 28 and 23). Then read for their general cause (test_coaching_study_70.py,
    # test_coaching_study_71.py); the seventy-first's proxies and gains-only loops read in the next session
    # (test_coaching_still_missed.py): 33
    pytest.param(SEVENTIETH, 24, 34, 34, 0, 3, 24, 2, id="seventieth"),
    pytest.param(SEVENTY_FIRST, 24, 33, 34, 0, 0, 24, 2, id="seventyfirst"),
    # written blind, both measured once on b3379d2 before either was read. First looks: the seventy-second
    # 27/37, 4 false alarms on 4 of its strong plans, 4 on flawed, 20/24 clean; the seventy-third 25/37, 1, 3,
    # 23/24 (the starting code scored the same). Then read for their general cause (test_coaching_study_72.py)
    pytest.param(SEVENTY_SECOND, 24, 33, 34, 0, 1, 24, 0, id="seventysecond"),
    pytest.param(SEVENTY_THIRD, 24, 36, 36, 0, 0, 24, 0, id="seventythird"),
    # first looks 21 / 37 (2 false alarms on strong plans) and 26 / 37 (1 on strong, 3 on flawed), measured
    # on f3bd7b0 before either was read; after their misses and false alarms were read for their general
    # cause (5fa29f4), the judge not retrained: measured with the real model on that commit
    pytest.param(SEVENTY_FOURTH, 24, 32, 32, 0, 0, 24, 6, id="seventyfourth"),
    pytest.param(SEVENTY_FIFTH, 24, 32, 32, 0, 1, 24, 0, id="seventyfifth"),
    # first looks 27 / 37 (none on strong plans, 1 on flawed) and 23 / 37 (2 on strong, 3 on flawed), measured
    # on c7fe79e before either was read; after their misses and false alarms were read for their general
    # cause (d4b6f12), the judge not retrained: measured with the real model on that commit
    pytest.param(SEVENTY_SIXTH, 24, 28, 28, 0, 0, 24, 2, id="seventysixth"),
    pytest.param(SEVENTY_SEVENTH, 24, 25, 26, 0, 0, 24, 1, id="seventyseventh"),
    # first looks 23 / 37 (1 false alarm on strong plans, 6 on flawed) and 24 / 37 (2 on strong, 2 on flawed),
    # measured on b3fd9cb before either was read; after their misses and false alarms were read for their
    # general cause (test_coaching_study_78.py), the judge not retrained: measured with the real model on
    # 226db0d
    pytest.param(SEVENTY_EIGHTH, 24, 26, 26, 0, 5, 24, 3, id="seventyeighth"),
    pytest.param(SEVENTY_NINTH, 24, 27, 28, 0, 2, 24, 1, id="seventyninth"),
    # first looks 28 / 37 (1 on strong, 2 on flawed) and 28 / 37 (none on strong, 4 on flawed), measured on
    # 363583e after the study of the two before, before either was read; then read for their general cause
    # (the same file), measured with the real model on 226db0d
    pytest.param(EIGHTIETH, 24, 29, 29, 0, 0, 24, 1, id="eightieth"),
    pytest.param(EIGHTY_FIRST, 24, 30, 30, 0, 1, 24, 1, id="eightyfirst"),
]


@pytest.mark.real_model
@pytest.mark.parametrize(
    "folder, strong, caught, raised, alarms_strong, alarms_flawed, clean, asked_strong", STUDIED_SETS
)
def test_real_model_figures_on_studied_holdout_sets(
    real_semantics, folder, strong, caught, raised, alarms_strong, alarms_flawed, clean, asked_strong
):
    from studyguide.worksheets.coaching.semantic import check

    report = evaluate(load_cases(folder), lambda plan: check(plan, semantics=real_semantics))
    print(report.summary())
    assert report.caught >= caught
    assert report.caught + report.questions[1] >= raised
    assert report.false_alarms_strong <= alarms_strong
    assert report.false_alarms_flawed <= alarms_flawed
    assert report.strong_clean >= clean and len(report.strong) == strong
    assert report.questions[2] <= asked_strong


@pytest.mark.real_model
def test_real_model_separates_levers(real_semantics):
    assert real_semantics.lever_uncontrollable("how many tourists come to the city", [])
    assert real_semantics.lever_uncontrollable("the stock market", [])
    assert not real_semantics.lever_uncontrollable("the discount we offer on day-old bread", [])
    assert not real_semantics.lever_uncontrollable("which patrol is sent to an alert", [])
    v = real_semantics.embedder.encode(["a"])
    assert np.isclose(np.linalg.norm(v[0]), 1.0, atol=1e-3)


def test_word_diff_and_markdown_export():
    from studyguide.worksheets.diffing import diff_values, word_diff
    from studyguide.worksheets.export import to_markdown

    pieces = word_diff("sell more bread", "sell more cakes")
    assert [(p.op, p.text) for p in pieces if p.op != "same"] == [("del", "bread"), ("ins", "cakes")]
    rewritten = word_diff("one two three", "completely different words here")
    assert [p.op for p in rewritten] == ["del", "same", "ins"]
    diffs = diff_values({"levers": ["a", "b"]}, {"levers": ["a", "c"]})
    assert [(p.op, p.text) for p in diffs[0].pieces] == [("same", "a"), ("del", "b"), ("ins", "c")]
    md = to_markdown(
        {"title": "T", "levers": ["x"], "objective": ""}, comments={"objective": [("t", "Why?")]}
    )
    assert "# T" in md and "- x" in md and "> **Comment from t:** Why?" in md
