"""Four worked Drivetrain examples, written in our own words (read-only; "start from this example" copies one
into a new worksheet). Pure data: no Django."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Example:
    slug: str
    title: str
    summary: str
    values: dict = field(default_factory=dict)


EXAMPLES: tuple[Example, ...] = (
    Example(
        slug="search-ranking",
        title="Web search ranking (Google's early engine)",
        summary="The lever is the order of results; links between pages told the ranking what people value.",
        values={
            "title": "Web search ranking",
            "objective": "People find the page they are looking for on the first try, so they keep coming "
            "back.",
            "metric": "Share of searches where the user clicks a result near the top and does not come back "
            "to "
            "search again for the same thing.",
            "horizon": "Every query, tracked week by week.",
            "constraints": "Answer within a fraction of a second; resist people who try to game the ranking.",
            "levers": ["the order in which matching pages are listed", "which pages are shown at all"],
            "uncontrollables": [
                "what pages exist on the web and what they say",
                "the words people type",
                "who links to whom",
            ],
            "data_have": "A crawl of the web, including the links between pages. A link from one page to "
            "another "
            "works like a vote: it shows that an author found the other page worth pointing to.",
            "data_collect": "Which results people click, and whether they return to search again.",
            "experiment_needed": "yes",
            "experiment_notes": "Show a small random share of searches a different ordering and compare "
            "clicks "
            "and repeat searches: only then do we know what the ordering itself changes.",
            "modeler": "A model of how relevant and trustworthy a page is for a query, from its words and "
            "from "
            "the links pointing to it; a second model of whether the user is satisfied given the order "
            "shown.",
            "simulator": "If we moved this page from fifth place to first, would more users be satisfied?",
            "optimizer": "Order the results to maximise predicted satisfaction for each query, within the "
            "time "
            "budget.",
            "baseline": "List pages by how often they contain the query words (what search engines did "
            "before "
            "link analysis).",
            "rollout": "Compare the new ranking with the old one by hand on a set of test queries; then "
            "serve it "
            "to a small share of traffic; expand as the numbers hold up.",
            "monitoring": "Click-through and repeat-search rates per week, and reports of spam reaching the "
            "top.",
            "risks": "Pages written to exploit the ranking (link farms) are out-of-domain for a model "
            "learned "
            "from honest links.",
            "went_really_well": "Feedback loop: once everyone relies on the ranking, pages at the top get "
            "more "
            "links because they are at the top, so the ranking partly learns from itself.",
        },
    ),
    Example(
        slug="insurance-pricing",
        title="Insurance pricing (Optimal Decisions Group)",
        summary="The lever is the price quoted to each customer; price experiments teach how customers "
        "react.",
        values={
            "title": "Car insurance pricing",
            "objective": "Earn more from the car insurance business over the long run.",
            "metric": "Total profit over the expected lifetime of each customer (premiums minus claims and "
            "costs), summed over the portfolio.",
            "horizon": "Several years: a customer who renews matters more than one sale.",
            "constraints": "Pricing law and fairness rules; no prices below expected claim cost.",
            "levers": [
                "the price quoted to each applicant",
                "the renewal price offered to existing customers",
            ],
            "uncontrollables": [
                "the driver's age, car and history",
                "competitors' prices",
                "accidents and the weather",
            ],
            "data_have": "Past quotes, which ones were accepted, and claims paid.",
            "data_collect": "How customers react to different prices: past quotes were set by rules, so they "
            "rarely show what a different price would have done.",
            "experiment_needed": "yes",
            "experiment_notes": "Randomly vary quoted prices within a narrow band for a sample of "
            "applicants and "
            "record who accepts and who renews.",
            "modeler": "Two models: the chance a customer accepts (and later renews) at each price we could "
            "quote, and the expected claims of that customer. Together they give expected profit per price.",
            "simulator": "For this applicant, what is the expected lifetime profit at each candidate price? "
            "What happens to the whole portfolio if all renewals rise by 3%?",
            "optimizer": "Pick the price per customer that maximises expected lifetime profit, within the "
            "regulator's rules.",
            "baseline": "Actuarial tables: expected claims plus a fixed margin.",
            "rollout": "Underwriters check the suggested prices alongside the old ones; then one region or "
            "one "
            "product line; then wider.",
            "monitoring": "Acceptance rates, claims and profit per segment every month.",
            "risks": "A market shift (a new competitor, a change in law) makes the price-response model out "
            "of "
            "date: its data came from the old market.",
            "went_really_well": "If we win many price-sensitive customers, the portfolio changes and the "
            "model "
            "trained on the old mix of customers becomes less accurate: a feedback loop.",
        },
    ),
    Example(
        slug="recommendations",
        title="Recommendation system for a shop",
        summary="The lever is the ranking of recommendations; two purchase models, with and without the "
        "recommendation, estimate what a recommendation adds.",
        values={
            "title": "Shop recommendations",
            "objective": "Sell more in total by pointing customers to things they would not have found "
            "themselves.",
            "metric": "Extra sales per visitor compared with a control group that sees no recommendations.",
            "horizon": "Per visit, and repeat purchases over three months.",
            "constraints": "No misleading suggestions; keep the page fast.",
            "levers": ["the ranking of recommended products shown to each customer"],
            "uncontrollables": [
                "what the customer already intends to buy",
                "the customer's past purchases",
                "new products from suppliers",
            ],
            "data_have": "Purchase histories: but they mostly show what people bought anyway, not what a "
            "recommendation caused.",
            "data_collect": "Results of randomized experiments: show random recommendations (or none) to a "
            "random share of customers and record what they buy.",
            "experiment_needed": "yes",
            "experiment_notes": "A small random group sees random recommendations; another sees none.",
            "modeler": "Two purchase models, with and without the recommendation: for each customer and "
            "product, the chance of buying if we recommend it, and the chance of buying if we do not. The "
            "difference is the value of recommending it (its utility).",
            "simulator": "For each candidate product, how much does recommending it change the chance of a "
            "purchase? Recommending a book the reader already owns or will buy anyway adds nothing.",
            "optimizer": "Rank the candidates by that difference and show the top ones, with a limit per "
            "brand.",
            "baseline": "Show best sellers, or 'customers who bought this also bought'.",
            "rollout": "Staff review lists for a sample of customers first; then a small share of visitors; "
            "then gradually everyone, always keeping a holdout group.",
            "monitoring": "Extra sales against the holdout group, weekly.",
            "risks": "New products and new customers have no history (out-of-domain for the models).",
            "went_really_well": "Recommended products sell more, look more popular and get recommended even "
            "more; "
            "a feedback loop that can narrow what customers see. Keep some random exploration.",
        },
    ),
    Example(
        slug="bear-camera",
        title="Bear warning camera system",
        summary="Cameras and an image classifier warn rangers; out-of-domain photos (night, video, odd "
        "angles) "
        "are the main risk.",
        values={
            "title": "Bear warnings for a national park",
            "objective": "Keep visitors and bears safe by getting rangers to the right trail quickly when a "
            "bear "
            "is near.",
            "metric": "Close encounters per season, and minutes from a bear appearing on camera to a ranger "
            "being told.",
            "horizon": "One season, compared with the previous ones.",
            "constraints": "Rangers can handle only a few alerts an hour; no trail closed without a ranger's "
            "decision.",
            "levers": [
                "where the cameras are placed",
                "the confidence level above which an alert is sent",
                "which ranger receives the alert",
            ],
            "uncontrollables": ["where bears go", "weather and light", "how many visitors come"],
            "data_have": "A few thousand labelled photos from the park's own trail cameras.",
            "data_collect": "Photos at night, in rain and snow, and from the actual camera models; rangers "
            "label "
            "every alert as right or wrong.",
            "experiment_needed": "unsure",
            "experiment_notes": "Try two alert levels on alternate weeks to see missed bears versus false "
            "alarms.",
            "modeler": "An image classifier gives the chance a frame shows a bear; a simple model estimates "
            "how "
            "quickly each ranger can reach each trail.",
            "simulator": "With last month's frames, how many alerts would each confidence level have sent, "
            "and "
            "how many bears would it have missed?",
            "optimizer": "Choose the alert level that keeps missed bears near zero while staying within the "
            "rangers' alert budget.",
            "baseline": "Rangers look at the camera images once a day.",
            "rollout": "First every alert is checked by a ranger looking at the image, in parallel with the "
            "daily review; then a few cameras on one trail send alerts directly; then more trails.",
            "monitoring": "Rangers log every false alarm and every bear seen without an alert.",
            "risks": "Training photos were taken by people in daylight; the cameras see night-time infrared "
            "images, blurred motion, rain, and bears partly hidden: all out-of-domain. Seasons change the "
            "background (domain shift).",
            "went_really_well": "If visitors trust the system completely they may stop taking their own "
            "precautions; keep the safety advice visible.",
        },
    ),
)

BY_SLUG: dict[str, Example] = {e.slug: e for e in EXAMPLES}


def get(slug: str) -> Example | None:
    return BY_SLUG.get(slug)
