"""Issue 11: coaching a teacher would sign. Levers read by who decides, a metric that fits the objective,
substance rather than wording, domain-aware advice, prediction vs decision, notes a teacher would write, and
bounded work. Pure (the rules); the real model only where marked."""

import numpy as np
import pytest

from studyguide.worksheets import spec
from studyguide.worksheets.coaching import JSON_KEYS, MAX_COACHED, Plan, check_plan, coach, plan_from_mapping
from studyguide.worksheets.coaching.levers import CONTROL, WORLD, read_lever
from studyguide.worksheets.coaching.notes import CODES, SHOWN_FIRST
from studyguide.worksheets.coaching.substance import is_non_answer

# A complete plan every test below starts from; it deserves no note at all.
STRONG = dict(
    objective="Sell more books online that customers would not have found alone.",
    metric="Extra sales per visitor against a holdout group that sees the best sellers.",
    levers=["which 5 books we show on the home page for each customer", "the order of those books"],
    uncontrollables=["what customers already meant to buy", "prizes in the press"],
    data="Orders for three years. A random 5% of visitors see other books, so we learn what showing does.",
    modeler="The chance a customer buys a book if we show it, and if we do not; the difference is the gain.",
    simulator="For each candidate set of books, how many extra sales?",
    optimizer="Pick the 5 books with the largest predicted gain, at most two by one author.",
    baseline="Everyone sees this week's best sellers.",
    rollout="Staff look through sample pages for a week; then 10% of visitors, then everyone. The manager "
    "can "
    "switch back at once.",
    monitoring="Extra sales per visitor against the holdout group, every week.",
    risks="Books we show look more popular and get shown more: a feedback loop. A literary prize changes "
    "demand unlike anything in our history.",
)


def notes_of(**changes):
    return check_plan(Plan(**{**STRONG, **changes}))


def codes_of(**changes):
    return {n.code for n in notes_of(**changes)}


def test_the_strong_plan_gets_no_note_and_its_strengths_named():
    feedback = coach(Plan(**STRONG))
    assert feedback.notes == []
    assert feedback.strengths.startswith("What the plan does well: ")
    assert "levers you really decide" in feedback.strengths


# --- levers by who decides ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "phrase",
    [
        "which 5 books we show on the home page for each customer",
        "which customers get a retention offer",
        "the price we charge for delivery on weekends",
        "whether to give first-time buyers free shipping",
        "bake fewer baguettes on Mondays",
        "which patients are called first",
        "when the reminder text goes out",
        "where the drones fly each night",
        "how many people are on our support team each shift",
        "the order in which radiologists see the scans",
        "each customer's discount code",
        "which market (win, draw, handicap) we use",
    ],
)
def test_decisions_read_as_levers(phrase):
    reading = read_lever(phrase)
    assert reading.verdict == CONTROL and reading.firm, reading


@pytest.mark.parametrize(
    "phrase",
    [
        "the member's mood and motivation",
        "competitors' prices",
        "which team wins the match",
        "how many tourists come to the city",
        "how full the city centre is",
        "how many visitors we get",
        "increase weekday bookings",
        "whether it snows on the weekend",
        "prices at other shops",
    ],
)
def test_states_and_other_parties_read_as_not_ours(phrase):
    reading = read_lever(phrase)
    assert reading.verdict == WORLD and reading.firm, reading


def test_for_each_customer_never_makes_a_lever_uncontrollable():
    assert read_lever("which books we show for each customer").core == "which books we show"
    assert "lever_not_controllable" not in codes_of()


def test_a_flagged_lever_is_never_suggested_elsewhere():
    """Never call X a non-lever and then suggest varying or modelling X."""
    plan = Plan(
        objective="Fewer gym members cancel.",
        levers=["the member's mood and motivation", "which members get a free class"],
        data="Membership records for three years.",
        modeler="Predicts who cancels from check-ins.",
    )
    notes = check_plan(plan)
    flagged = [n for n in notes if n.code == "lever_not_controllable"]
    assert len(flagged) == 1 and "“the member's mood and motivation”" in flagged[0].message
    assert "as you already do with “which members get a free class”" in flagged[0].message
    for note in notes:
        if note.code != "lever_not_controllable":
            assert "mood" not in note.message, note


# --- metric fits objective ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "metric, code",
    [
        ("AUC of the churn model.", "metric_is_model_quality"),
        ("RMSE of the daily covers forecast", "metric_is_model_quality"),
        ("Accuracy of the predictions", "metric_is_model_quality"),
        ("Visits to the ticketing page per week.", "metric_proxy"),
        ("Number of reminder texts sent per month", "metric_proxy"),
        ("Listeners are happier.", "metric_no_number"),
        ("Customers like it more", "metric_no_number"),
    ],
)
def test_metric_that_does_not_measure_the_objective(metric, code):
    assert code in codes_of(metric=metric)


@pytest.mark.parametrize(
    "metric",
    [
        "Share of customers who renew; the churn model's AUC is checked monthly as well.",
        "Tickets sold per week, and visits to the ticketing page as an early signal.",
        "Satisfaction score from a two-question survey each month.",
        "Loaves binned each evening",
    ],
)
def test_metric_that_does_measure_it_passes(metric):
    assert not {"metric_is_model_quality", "metric_proxy", "metric_no_number"} & codes_of(metric=metric)


def test_a_metric_about_attention_may_count_visits():
    assert "metric_proxy" not in codes_of(
        objective="More people read our local news site each week.", metric="Visits per reader per week."
    )


# --- substance: baseline, rollout, risks --------------------------------------------------------------------
@pytest.mark.parametrize(
    "baseline",
    [
        "N/A, we haven't compared with anything yet.",
        "None yet.",
        "TBD",
        "-",
        "not sure",
        "We have not decided.",
    ],
)
def test_a_non_answer_is_no_baseline(baseline):
    notes = [n for n in notes_of(baseline=baseline) if n.code == "no_baseline"]
    assert notes and baseline.rstrip(".") in notes[0].message


@pytest.mark.parametrize(
    "baseline",
    ["No offers.", "None: the manager decides by feel today.", "Same as last week.", "30-day terms"],
)
def test_a_short_real_baseline_is_a_baseline(baseline):
    assert not is_non_answer(baseline)
    assert "no_baseline" not in codes_of(baseline=baseline)


@pytest.mark.parametrize(
    "rollout",
    [
        "Two blocks first, then three at a time once the traffic engineer signs off the previous ones.",
        "Our quietest branch tries it in January, with the owner approving each change; the busier branches "
        "get it in spring.",
        "It starts with the Tuesday deliveries, the dispatcher checking every route, and grows from there.",
    ],
)
def test_gradual_rollout_recognised_however_phrased(rollout):
    assert not {"rollout_not_gradual", "rollout_no_human_oversight"} & codes_of(rollout=rollout)


def test_everywhere_at_once_and_nobody_in_charge():
    got = codes_of(rollout="On 1 March the new prices go live automatically on every product.")
    assert {"rollout_not_gradual", "rollout_no_human_oversight"} <= got


def test_monitoring_recognised_in_the_rollout():
    rollout = (
        "Two blocks first, then three at a time. Monthly review of occupancy and complaints by the parking "
        "office, which can put any block back to the flat price."
    )
    assert "no_monitoring" not in codes_of(rollout=rollout, monitoring="")
    assert "no_monitoring" in codes_of(
        rollout="Two blocks first, then the rest; the office decides.", monitoring=""
    )


def test_feedback_loop_credited_wherever_stated():
    betting = dict(
        objective="Make money betting on football.",
        metric="Profit per 100 units staked per month.",
        levers=["which matches we bet on", "how much we stake on each bet"],
        uncontrollables=["who wins each match", "the odds"],
        data="Results and closing odds for 8 seasons; we backtest the policy on two seasons kept aside.",
        modeler="Probability of each result; against the odds, the expected value of each bet.",
        simulator="How would last season have gone staking 1% on bets with value above 3%?",
        optimizer="Choose matches and stakes to maximise bank growth, at most 2% per bet.",
        baseline="Flat bets on every home favourite.",
        rollout="A month of paper bets I check; then small stakes, doubling monthly while profit holds. I "
        "stop "
        "after a 15% drawdown.",
        monitoring="Weekly: profit, odds moving and accounts being limited.",
        risks="A new league format would take the model out of its domain.",
    )
    assert check_plan(Plan(**betting)) == []
    assert "no_feedback_loop" in codes_of(
        risks="A new league format is out of domain.", monitoring="Weekly profit."
    )


# --- domain-aware advice, prediction vs decision ------------------------------------------------------------
def test_betting_advice_is_about_the_policy_not_the_matches():
    plan = Plan(
        objective="Profit from betting on tennis.",
        levers=["which matches we bet on", "how much we stake"],
        uncontrollables=["who wins"],
        data="Results and rankings for 10 years.",
        modeler="Probability each player wins.",
    )
    notes = {n.code: n.message for n in check_plan(plan)}
    experiment = notes["lever_no_data_experiment"]
    assert "do not change who wins" in experiment and "vary “which matches" not in experiment
    assert "expected return" in notes["model_no_lever"]
    assert "which bets to place and how much to stake" in notes["prediction_not_decision"]


def test_a_score_that_decides_nothing_is_told_so_plainly():
    notes = {
        n.code: n.message
        for n in notes_of(
            levers=["which customers get a retention offer"],
            modeler="A model gives every customer a churn risk score for next month.",
            simulator="How many customers will leave next month?",
            optimizer="Tune the model's hyperparameters to get the best AUC.",
        )
    }
    message = notes["prediction_not_decision"]
    assert message.startswith("A prediction is not a decision.")
    assert "“which customers get a retention offer”" in message and "tunes the model" in message


# --- notes a teacher would write ----------------------------------------------------------------------------
def test_every_note_names_a_field_of_both_interfaces_and_links_a_study_note():
    weak = Plan(objective="Predict sales", levers=["the weather"], data="sales", modeler="a forecast")
    everything = check_plan(weak) + check_plan(Plan(objective="x")) + notes_of(baseline="N/A", monitoring="")
    assert {n.field for n in everything} <= set(JSON_KEYS) == set(spec.BY_NAME)
    assert all(n.note_slug for n in everything)
    assert all(CODES[n.code][0] == n.note_slug for n in everything)


def test_long_words_are_quoted_whole():
    long_lever = "the weather " + "and the way the wind turns over the hills in the late afternoon " * 6
    message = next(
        n.message for n in notes_of(levers=[long_lever, "the price we set"]) if n.field == "levers"
    )
    assert "“" + " ".join(long_lever.split()) + "”" in message
    assert "…" not in message


def test_notes_come_most_important_first_and_fold_after_five():
    feedback = coach(
        Plan(objective="Predict which team wins", metric="Accuracy", levers=["teams"], modeler="a classifier")
    )
    order = [list(CODES).index(n.code) for n in feedback.notes]
    assert order == sorted(order)
    assert len(feedback.notes) > SHOWN_FIRST
    assert feedback.first == feedback.notes[:SHOWN_FIRST] and feedback.folded == feedback.notes[SHOWN_FIRST:]
    assert feedback.first[0].code == "objective_is_prediction"


# --- bounded work -------------------------------------------------------------------------------------------
class CountingEmbedder:
    """Deterministic unit vectors from a hash of each text; records every encode call."""

    def __init__(self):
        self.calls: list[int] = []

    def encode(self, texts):
        self.calls.append(len(texts))
        rows = []
        for t in texts:
            rng = np.random.default_rng(abs(hash(t)) % (2**32))
            v = rng.standard_normal(16).astype(np.float32)
            rows.append(v / np.linalg.norm(v))
        return np.stack(rows) if rows else np.zeros((0, 16), np.float32)


def test_hundreds_of_levers_are_capped_and_encoded_in_one_batch():
    from studyguide.worksheets.coaching.semantic import EmbeddingSemantics, check

    embedder = CountingEmbedder()
    sem = EmbeddingSemantics(embedder)
    # The saved prototype vectors do not match this stub, so it checks two of them, then encodes them all; the
    # field judge checks its probe sentence (and, trained for another embedder, is not used).
    assert embedder.calls[0] == 2 and embedder.calls[2] == 1 and len(embedder.calls) == 3
    assert sem.judge == {}
    embedder.calls.clear()
    plan = plan_from_mapping(
        {
            **{k: v for k, v in STRONG.items()},
            "levers": [f"the discount on loaf number {i}" for i in range(spec.LIST_MAX_ITEMS)],
            "uncontrollables": [f"rain on day {i}" for i in range(spec.LIST_MAX_ITEMS)],
        }
    )
    feedback = check(plan, semantics=sem)
    assert len(embedder.calls) == 1  # everything the plan needs, in one call
    assert embedder.calls[0] <= 3 * MAX_COACHED + 200
    capped = [n for n in feedback.notes if n.code == "levers_capped"]
    assert (
        len(capped) == 1 and "500 levers" in capped[0].message and f"first {MAX_COACHED}" in capped[0].message
    )


def test_a_plan_is_encoded_in_one_batch_with_the_field_judge_too(tmp_path, monkeypatch):
    from studyguide.worksheets.coaching import judge_weights
    from studyguide.worksheets.coaching.field_judge import JUDGED
    from studyguide.worksheets.coaching.semantic import EmbeddingSemantics, check

    embedder = CountingEmbedder()
    reads = JUDGED["metric_proxy"].reads
    model = judge_weights.CodeModel(reads, np.ones(16 * len(reads), np.float32), 0.0, 1e9)  # never speaks
    path = tmp_path / "judge.npz"
    judge_weights.save_judge(path, {"metric_proxy": model}, embedder.encode([judge_weights.PROBE])[0])
    monkeypatch.setattr(judge_weights, "JUDGE_PATH", path)
    sem = EmbeddingSemantics(embedder)
    assert set(sem.judge) == {"metric_proxy"}
    embedder.calls.clear()
    plan = plan_from_mapping({**STRONG, "levers": [f"the discount on loaf number {i}" for i in range(300)]})
    check(plan, semantics=sem)
    assert len(embedder.calls) == 1  # the judged fields ride in the plan's one batch


@pytest.mark.real_model
def test_real_model_reads_levers_it_was_not_shown():
    from studyguide.worksheets.coaching.semantic import get_semantics

    sem = get_semantics()
    if sem is None:
        pytest.skip("sentence-embedding model not installed")
    assert sem.lever_uncontrollable("the river level", [], None)
    assert sem.lever_uncontrollable("the price of flour on the market", [], WORLD)
    assert not sem.lever_uncontrollable("the length of the free trial", [], None)
    assert not sem.lever_uncontrollable("the deposit we ask for group bookings", [], CONTROL)


def test_saved_prototype_vectors_belong_to_the_current_texts():
    """The committed cache must be rebuilt (manage.py worksheet_coaching_exemplars) whenever a prototype or an
    example sentence changes; a stale one would only cost start-up time, but it should never ship."""
    from studyguide.worksheets.coaching.semantic import VECTORS_PATH, prototype_groups, texts_fingerprint

    texts = [t for group in prototype_groups().values() for t in group]
    with np.load(VECTORS_PATH, allow_pickle=False) as saved:
        assert str(saved["fingerprint"]) == texts_fingerprint(texts)
        assert saved["vectors"].shape[0] == len(texts)


def test_exemplars_are_spread_out_and_labelled_by_the_rules():
    from studyguide.worksheets.coaching.semantic import load_exemplars
    from studyguide.worksheets.management.commands.worksheet_coaching_exemplars import _labelled, _spread

    examples = load_exemplars()
    assert set(examples) == {"experiment", "human_oversight", "gradual"}
    assert all(len(v["yes"]) >= 10 and len(v["no"]) >= 10 for v in examples.values())
    pools = _labelled(
        [Plan(data="We will try two prices on random days.", rollout="One shop first, then all.")]
    )
    assert pools["experiment"][0] and pools["gradual"][0]
    vectors = np.eye(4, dtype=np.float32)
    vectors[1] = vectors[0]  # a duplicate of the first: never both chosen when two are enough
    assert _spread(["a", "b", "c", "d"], vectors, 2) in (["a", "c"], ["a", "d"])


@pytest.mark.real_model
def test_cached_prototype_vectors_are_used_with_the_real_model():
    from studyguide.embeddings import get_embedder
    from studyguide.worksheets.coaching.semantic import _cached_vectors, prototype_groups

    texts = [t for group in prototype_groups().values() for t in group]
    cached = _cached_vectors(get_embedder(), texts)
    assert cached is not None and cached.shape[0] == len(texts)


# --- a field of marks only is a blank field; an empty risk list is no risk list, whatever the input --------
@pytest.mark.parametrize("marks", ["?", " - ", "...", "—", "??!"])
def test_a_field_of_marks_only_counts_as_blank(marks):
    assert "objective_missing" in codes_of(objective=marks)
    assert is_non_answer(marks)


def test_an_empty_risk_list_is_named_as_such_on_a_plan_that_reads_images():
    codes = codes_of(
        risks="",
        data="Photos of every shelf from the ceiling cameras, three years, labelled by staff.",
        modeler="Which shelf gaps a camera photo shows.",
    )
    assert "no_risks" in codes and "no_ood_risk" not in codes


def test_a_short_real_objective_is_not_blank():
    assert "objective_missing" not in codes_of(objective="Sell more.")
