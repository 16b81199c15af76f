"""The words the lever reader (``levers.py``) classifies a phrase's parts with: our staff, equipment and
actions; the people we serve; other parties; states of the world and outcomes; and the verbs that tell who
acts. Plain word sets, lower case. Pure: no Django, no torch."""

from __future__ import annotations


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


DETERMINERS = _set("the a an our my your their his her its this that these those each every any some all no")
QUANTIFIERS = _set("more fewer less extra two three four five six ten half some all up down off out back one")
PREPOSITIONS = _set("of on in at for to from with by after before during under over between about into onto")
FIRST_PERSON = _set("we i we'll we'd we've we're i'll i'd i've i'm ourselves")
OURS = _set("our my")
FILLERS = _set(
    "also then still always usually often sometimes actually only first really can could will would should "
    "might may must do does don't to just never rarely already again"
)
OTHER = _set("other others other's another")

# The planner's automation named as a thing that acts ("the model picks", "the app checks"): one list for
# every rule that tells the system's acts from a person's.
SYSTEM_NOUNS = _set(
    "machine system model app algorithm computer software tool optimiser optimizer website program"
)
# The same, as a regex alternation (singular or plural) for the pattern-based rules.
SYSTEM_NOUN_PATTERN = "(?:" + "|".join(sorted(SYSTEM_NOUNS)) + ")s?"

# People the plan serves or faces: "our customers" do not act for us.
CLIENTS = _set(
    "customer customers client clients member members patient patients user users visitor visitors guest "
    "guests student students pupil pupils reader readers listener listeners subscriber subscribers passenger "
    "passengers shopper shoppers buyer buyers tenant tenants resident residents people public audience "
    "viewer viewers fan fans caller callers family families parent parents child children tourist tourists "
    "donor donors applicant applicants borrower borrowers traveller travellers travelers claimant claimants "
    "owner owners finder finders hikers commuters drivers riders person toddler toddlers baby babies kid kids"
    # who enters or takes part: a league's teams, a club's players, a race's runners
    " teams players entrants runners swimmers golfers climbers hirers bidders renters"
)
# Others who decide what matters to us.
WORLD_AGENTS = _set(
    "competitor competitors rival rivals market markets government council regulator regulators bookmaker "
    "bookmakers bookie bookies team teams opponent opponents referee referees coach coaches supplier "
    "suppliers wholesaler wholesalers landlord economy weather league scammers criminals fraudsters "
    "publishers orchestras players player poachers"
)
# Staff, equipment and products of ours: when they act, we act.
OUR_AGENTS = _set(
    "staff crew crews nurse nurses tutor tutors trainer trainers therapist therapists inspector inspectors "
    "ranger rangers dispatcher dispatchers volunteer volunteers helper helpers steward stewards van vans "
    "truck trucks lorry lorries drone drones robot "
    "robots machine machines pump pumps fan fans heater heaters heating lights screens oven ovens app "
    "website site system algorithm shop shops store stores kiosk bulletin report episode episodes "
    "newsletter playlist programme show page homepage banner sign signs label labels shelf shelves gritters "
    "ploughs bus buses train trains tram trams ferry ferries boat boats"
)
# Job titles of the people who run a workplace ("the duty technician", "the transport coordinator"): a
# setting one of them makes is the planner's own, unless the plan names that person as another party's. A
# title a body outside may as well hold ("officer", "operator") is left out.
STAFF_ROLES = _set(
    "technician technicians engineer engineers supervisor supervisors coordinator coordinators co-ordinator "
    "foreman forewoman manager managers clerk clerks attendant attendants porter porters warden wardens "
    "caretaker caretakers keeper keepers fitter fitters mechanic mechanics chef chefs cook cooks "
    "apprentice apprentices trainee trainees"
)
OUR_AGENTS = OUR_AGENTS | STAFF_ROLES
# Inputs bought on a market: their price is not ours to set.
COMMODITIES = _set(
    "fuel gas electricity energy oil petrol diesel flight flights commodity wholesale import imports "
    "interest exchange beans wheat grain supplier suppliers market"
)
# States of the world and of people, and outcomes: what happens rather than what we do.
WORLD_NOUNS = _set(
    "weather rain rainfall snow snowfall frost wind winds temperature temperatures sunshine heat humidity "
    "drought climate season seasons holiday holidays traffic economy inflation recession mood moods "
    "motivation morale feelings feeling happiness satisfaction loyalty trust health illness sickness "
    "injuries injury fitness demand footfall popularity trends trend fashion taste tastes preferences "
    "preference habits behaviour behavior income incomes age ages wealth luck fate form talent roster "
    "management players lineup line-up tactics outcome outcomes result results winner wins competition "
    "competitors rivals tourism crowds attendance turnout sales revenue profit profits churn cancellations "
    "no-shows reputation reviews ratings opinion sentiment interest enthusiasm mindset personality elections "
    "strikes strike pandemic news availability arrivals admissions disease diseases pests peaks peak volume "
    "volumes bookings visits footfall engagement donations yield harvest conversions sign-ups waste odds "
    "outages roadworks events event"
)
# World nouns that settle a phrase on their own ("the weather", "members' mood"); others ("events", "sales",
# "temperature", "roster") only lean, since "event nights", "the sales team", a heating temperature or the
# pilots' roster may well be ours.
WORLD_FIRM = _set(
    "weather rain rainfall snow snowfall frost wind winds sunshine heat humidity "
    "drought climate season seasons economy inflation recession mood moods motivation morale feelings "
    "feeling happiness satisfaction loyalty trust health illness sickness injuries injury demand footfall "
    "luck fate talent management players lineup line-up tactics competition competitors rivals "
    "tourism pandemic pests disease diseases traffic odds"
)
# Outcomes a goal names ("increase bookings").
OUTCOME_NOUNS = WORLD_NOUNS | _set(
    "customers visitors members patients listeners readers subscribers clicks views downloads retention "
    "spend margin income"
)
# Our own actions, their settings and what we produce.
ACTION_NOUNS = _set(
    "price prices pricing fare fares fee fees discount discounts markdown markdowns offer offers voucher "
    "vouchers coupon coupons code codes credit credits reminder reminders message messages text texts email "
    "emails call calls alert alerts notification notifications warning warnings banner banners threshold "
    "thresholds cut-off cutoff setpoint setpoints dose doses dosage stake stakes bet bets wager wagers order "
    "ordering ranking rankings layout menu menus schedule schedules timetable timetables rota rotas staffing "
    "shift shifts route routes routing invitation invitations session sessions class classes slot slots "
    "assignment assignments allocation allocations recommendation recommendations selection display "
    "displays placement wording design frequency timing length duration limit limits cap caps rule rules "
    "policy policies campaign campaigns ad ads advert adverts poster posters newsletter newsletters hours "
    "stock stocking inventory delivery deliveries batch batches bake bakes portion portions quantity "
    "quantities upgrade upgrades training intervention interventions follow-up inspection inspections "
    "patrol patrols hold holds spraying irrigation watering fertiliser fertilizer setting settings mentor "
    "mentors subsidy subsidies bonus bonuses incentive incentives bulletin report episode episodes playlist "
    "programme exhibition shelf shelves page assortment range rate rates tariff tariffs commission deposit "
    "deposits rent charge charges toll tolls fine fines collection collections pickup pick-up"
)
# "the maximum stay", "the minimum order": a setting.
SETTING_WORDS = _set("maximum minimum max min target targets")
# What we give someone: "each customer's discount" is ours.
GIVEN_NOUNS = _set(
    "offer offers discount discounts voucher vouchers coupon coupons code codes credit credits reminder "
    "reminders message messages text texts email emails call calls alert alerts invitation invitations "
    "session sessions upgrade upgrades bonus bonuses incentive incentives subsidy subsidies price prices "
    "recommendation recommendations mentor plan plans visit"
)
ACTION_VERBS = _set(
    "offer send show display recommend suggest propose rank order sort list feature price charge set choose "
    "pick select "
    "decide schedule roster staff hire assign allocate route dispatch place position stock bake cook prep "
    "prepare plant sow water irrigate fertilise fertilize spray apply open close call phone ring text email "
    "remind notify alert flag hold block approve reject refer admit discharge bet stake wager back lay buy "
    "invest discount mark bundle advertise promote target launch run move rebalance deploy install train "
    "give grant waive limit cap restrict require ask invite book double-book overbook reserve release "
    "publish post write design change adjust vary tune switch turn start stop delay skip drop add remove "
    "include exclude time batch pack deliver ship visit inspect check review audit patrol investigate plough "
    "grit salt heat cool light ventilate reroute reorder restock serve play air broadcast cover programme "
    "print word spend pay fund subsidise subsidize build use keep let make put take cut raise lower increase "
    "reduce extend shorten split merge replace upgrade contact double triple halve pair"
)
# Verbs that read as instructions even before a bare noun ("bake baguettes"; "heat waves" is a noun).
VERB_ONLY = _set(
    "bake send show choose pick select decide hire assign allocate dispatch prepare sow irrigate fertilise "
    "fertilize spray apply remind notify approve reject refer admit discharge invest advertise promote "
    "rebalance deploy install give grant waive restrict require ask invite double-book overbook reserve "
    "release publish write adjust vary tune skip add remove include exclude deliver inspect investigate "
    "reroute reorder restock serve broadcast subsidise subsidize build keep let make put take lower reduce "
    "extend shorten split merge replace contact cook recommend charge open close halve double triple raise"
)
# "we get", "we receive": first person, but nothing is decided. With "how many" even "we sell" counts.
RECEIVING_VERBS = _set(
    "get gets got receive receives received have has had face faces faced see sees saw experience "
    "experiences hear hears suffer suffers lose loses lost win wins won attract attracts need needs"
)
OUTCOME_VERBS = RECEIVING_VERBS | _set(
    "sell sells sold earn earns earned make makes made gain gains gained collect collects collected save "
    "saves saved reach reaches reached retain retains retained generate generates achieve achieves bring "
    "brings"
)
# Verbs that both produce and earn: "how many loaves we make" is a decision, "how much money we make" is not.
PRODUCING_VERBS = _set("make makes made")
# What is earned, when counted: "how much profit we make".
MONEY = _set(
    "money profit profits cash revenue income margin euro euros pound pounds dollar dollars sales turnover"
)
# With people counted, these count an outcome too: "how many customers we keep".
PEOPLE_OUTCOME_VERBS = _set("keep keeps kept serve serves served convert converts converted")
# Our own things can fail: "how often buses break down" is not a decision.
FAILURE_VERBS = _set("break breaks broke fail fails failed crash crashes crashed die dies")
GOAL_VERBS = _set(
    "increase raise reduce lower cut improve boost grow maximise maximize minimise minimize decrease gain "
    "attract win keep retain lift get achieve"
)
RECEIVE_FORMS = _set("get gets getting receive receives is are be being see sees hear hears")
# Verbs another party does: after another party's subject they mark its act ("which team wins").
WORLD_VERBS = _set(
    "come comes came arrive arrives arrived walk walks leave leaves left cancel cancels quit quits win wins "
    "won lose loses lost rain rains snow snows happen happens change changes grow grows rise rises fall "
    "falls spread spreads break breaks fail fails like likes want wants prefer prefers feel feels need "
    "needs buy buys bought live lives travel travels return returns respond responds react reacts behave "
    "behaves turn turns miss misses default defaults churn churns die dies become becomes go goes move moves "
    "stay stays decide decides think thinks click clicks watch watches read reads listen listens search "
    "searches complain complains perform performs wander wanders visit visits plan planned meant upload "
    "uploads"
)
PLACED = _set("go goes appear appears sit sits stand stands feature features hang hangs")
PLACES = _set("window windows front top entrance counter display homepage menu shelf shelves page")
WEATHER_VERBS = _set(
    "rain rains rained snow snows snowed freeze freezes froze storm storms flood floods hail hails"
)
# "how full the car park is": a state, not a setting.
STATE_ADJECTIVES = _set(
    "full busy crowded empty happy unhappy sick ill wet dry hot cold popular loyal motivated healthy likely "
    "angry satisfied tired stressed good bad strong weak fit fast slow"
)
MEASURES = _set("number amount level quality condition share count volume rate size")
COMPARATIVES = _set("more fewer less higher lower better bigger")
WH = ("which", "what", "who", "whom", "whose", "when", "where", "whether", "how")
# "how calm the horses are": with these, "how" asks for an amount or a time we may set ("how long we keep").
HOW_SETTINGS = _set("much many long often far early late soon")
BE_FORMS = _set("is are was were be get gets feel feels seem seems look looks")
# Units of measure and time: "per litre" or "per hour" is no segment of ours.
UNITS = _set(
    "litre liter kg kilo kilogram tonne ton kwh mwh unit hour day night week month year mile km barrel "
    "gallon gram minute second pound dollar euro head"
)
# A time owns nothing: "yesterday's bunches", "each day's plan".
TIMES = _set(
    "yesterday today tomorrow tonight day week month year morning evening night season term weekend "
    "monday tuesday wednesday thursday friday saturday sunday"
)
# What a person has or feels: "the bride's budget" is hers, whoever she is.
PERSONAL = _set(
    "budget budgets wishes wish needs nerves confidence skill skills experience taste tastes mood moods age "
    "income health fitness motivation feelings preferences preference habits family weight height"
)

# Decisions whose consequences come back as the data we later learn from (``levers.loops_back``): what people
# are shown or sent, and choices of where we look (whom we approve, inspect or patrol), since we only record
# outcomes where we looked. A price alone is not among them: what a kiosk charges for a drink changes today's
# sales, not what the model will be able to see.
SHOWN_TO_PEOPLE = _set(
    "show shows shown display displays displayed recommend recommends recommended recommendation "
    "recommendations suggest suggests suggestion suggestions feature features featured rank ranks ranked "
    "ranking rankings homepage front feed feeds newsletter newsletters playlist playlists banner banners ad "
    "ads advert adverts advertise advertising campaign campaigns poster posters notification notifications "
    "push alert alerts offer offers voucher vouchers coupon coupons reminder reminders message messages "
    "email emails invitation invitations incentive incentives "
    # what we tell people ahead ("closures announced on the app a week ahead"): they plan around it
    "announce announces announced announcement announcements"
)
WHERE_WE_LOOK = _set(
    "approve approves approved approval approvals loan loans credit admit admits admitted admission "
    "admissions accept accepts accepted reject rejects rejected patrol patrols patrolled inspect "
    "inspects inspected inspection inspections inspector inspectors auditor auditors audit audits "
    "audited screen screens screened screening flag flags flagged investigate investigates investigated "
    "investigation investigations search searches searched stop stops check checks checked test tests "
    "tested"
)
