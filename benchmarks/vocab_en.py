"""English vocabulary and sentence templates for the synthetic wire corpus.

Invented like vocab_de.py: word lists and templates, no real articles. Same slot names
(see vocab_de.py); a capitalized slot name capitalizes its text.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve")
ORDINALS = ("first", "second", "third", "fourth")
SEASONS = ("spring", "summer", "autumn", "winter")

AGENCIES = ("Reuters", "Reuters", "AP", "AFP", "Bloomberg", "UPI")
PLACES = (
    "Washington", "New York", "London", "Chicago", "Toronto", "Sydney", "Singapore",
    "Los Angeles", "Brussels", "Geneva", "Ottawa", "Dublin", "Houston", "Boston",
    "Atlanta", "San Francisco", "Seattle", "Denver", "Miami", "Johannesburg", "Nairobi",
    "Mumbai", "Hong Kong", "Tokyo", "Wellington", "Edinburgh", "Manchester", "Detroit",
    "Frankfurt", "Paris", "Madrid", "Lisbon", "Cape Town", "Auckland", "Melbourne",
)
COUNTRIES = (
    "France", "Poland", "Italy", "Spain", "Greece", "Canada", "Japan", "Brazil", "India",
    "Egypt", "Kenya", "Mexico", "Portugal", "Hungary", "Chile", "Norway", "Sweden",
    "Vietnam", "Nigeria", "Argentina", "Turkey", "Indonesia",
)
FIRST = (
    "James", "Mary", "Robert", "Linda", "David", "Susan", "Richard", "Karen", "Daniel",
    "Nancy", "Paul", "Lisa", "Mark", "Sarah", "Kevin", "Laura", "Brian", "Emily", "Jason",
    "Rachel", "Andrew", "Megan", "Gregory", "Hannah", "Samuel", "Olivia", "Peter", "Grace",
)
LAST = (
    "Carter", "Mitchell", "Hughes", "Foster", "Bennett", "Reynolds", "Coleman", "Sanders",
    "Porter", "Hayes", "Bryant", "Wallace", "Griffin", "Russell", "Dixon", "Warren",
    "Palmer", "Fleming", "Harper", "Barnes", "Holland", "Lambert", "Gordon", "Ellis",
    "Stone", "Walsh", "Burke", "Chambers", "Lowe", "Mendez", "Okafor", "Tanaka", "Novak",
)
ROLES = (
    "Treasury Secretary", "Governor", "Mayor", "police spokesman", "Senator",
    "chief executive", "union leader", "Health Minister", "Defense Secretary",
    "central bank Governor", "company spokeswoman", "prosecutor", "Judge", "coach",
    "fire chief", "Foreign Minister", "economist", "hospital director", "Commissioner",
)
PARTIES = ("Democrat", "Republican", "Labour", "Conservative", "independent")
COMPANY_HEAD = ("North", "Pacific", "Summit", "Harbor", "Granite", "Silver", "Eagle",
                "Prairie", "Coastal", "Redwood", "Atlas", "Keystone", "Horizon", "Liberty")
COMPANY_TAIL = (" Energy Corp", " Logistics Inc", " Holdings", " Motors", " Pharmaceuticals",
                " Steel Co", " Financial Group", " Airlines", " Semiconductor", " Foods Inc")
INSTITUTIONS = (
    "the government", "the state legislature", "the European Commission",
    "the Labor Department", "the prosecutor's office", "the city council",
    "the Transportation Department", "police", "the trade association", "the union",
    "the environmental agency", "the central bank", "the regulator", "the board",
)
TOPICS = (
    "the pension reform", "the new climate bill", "the bridge repairs",
    "plans for a new airport", "the closure of the plant", "the property tax increase",
    "the case against the former chairman", "the transit wage talks",
    "the expansion of video surveillance", "the school funding program",
    "the takeover by a private equity firm", "the light rail extension",
    "the hospital merger", "the affordable housing pact", "the arts budget cuts",
    "the fraud investigation",
)
GOODS = ("homes", "jobs", "charging stations", "daycare places", "wind turbines",
         "vehicles", "tonnes of steel", "passengers", "visitors", "applications",
         "complaints")
QUOTES = (
    "We have no time to lose", "This is an important signal", "Nobody can do this alone",
    "The situation is serious but not hopeless", "We will look at this very carefully",
    "That is not what was agreed", "People rightly expect answers",
    "I am confident we will get there", "We are only at the beginning",
    "The result is disappointing", "Costs cannot keep rising", "There is no reason to relax",
)

LEADS = (
    "{Org} wants to push ahead with {topic} much faster than planned.",
    "After a long dispute, federal and state officials have agreed on {topic}.",
    "{Person} unexpectedly announced {tp} that he would step down.",
    "{Small} people were injured in a serious accident in {place} {tp}.",
    "{Company} will cut up to {n} jobs over the coming years.",
    "The dispute over {topic} has entered a new round.",
    "The number of {goods} in {place} rose sharply {tp}.",
    "{Tp}, a large fire broke out in a warehouse in {place}.",
    "Consumer prices rose {pct} {tp}, the statistics office said.",
    "{Person} ({party}) warned of the consequences of the planned cuts.",
)
SENTENCES = (
    "{Tp}, {person} said in {place} that {topic} was not negotiable.",
    "{Person} said {tp} in {place} that officials would monitor the situation closely.",
    "\"{quote},\" {person} said {tp}.",
    "\"{quote},\" {surname} told reporters on the sidelines of a meeting in {place}.",
    "\"{quote},\" said {person} ({party}).",
    "According to {org}, the accident happened {tp} {tc} on the highway near {place}.",
    "{Ts}, more than {n} {goods} have been added, according to {org}.",
    "Negotiations on {topic} have been going on {ts}.",
    "{Tf}, lawmakers are expected to debate {topic}.",
    "A decision is expected {tf}.",
    "{Org} plans to present a draft {tf}.",
    "Construction is scheduled to begin {tf} and will last {td}.",
    "Similar plans had already been drawn up {th} but were later abandoned.",
    "The facility went into operation {th} and is now considered outdated.",
    "{Th}, the figure stood at around {n}.",
    "Police were alerted {tc} and closed the road for {td}.",
    "{Tc}, firefighters arrived with {small} trucks.",
    "The committee meets {tset} and has commissioned more than {small} reports {ts}.",
    "Trains will run {tset} from now on, {org} said.",
    "{surname} has been in office {ts} and was first elected {th}.",
    "{Tp}, {person} had still expected a compromise.",
    "That is an increase of {pct} compared with the previous year.",
    "In total, {money} is to be invested in the project.",
    "Costs are estimated at {money}, well above the figure given {tp}.",
    "The trial of the {age}-year-old is due to begin {tf} in {place}.",
    "A ruling on the objections is expected {tf}.",
    "The ruling can still be appealed.",
    "The opposition criticized the plan as rushed.",
    "Experts say the funds will not be enough.",
    "{Org} rejected the allegations.",
    "Observers expect further delays.",
    "A similar rule has applied in {country} {ts}.",
    "A spokesman for {org} confirmed a report to that effect {tp}.",
    "{Tp}, about {n} people protested in {place} against {topic}.",
    "The talks broke down {tp} without an agreement.",
    "All {goods} are to be inspected by {tf_bis}.",
    "The contract runs for another {td}, and an extension is possible {tf}.",
    "{Tp}, the board approved {topic}.",
    "The delegation from {country} arrived in {place} {tp}.",
    "The meeting is planned {tf} and is due to start {tc} in {place}.",
    "Objections can be filed until {tf_bis}.",
    # sentences without a temporal expression, as most news sentences are
    "The union is demanding a wage increase of {pct} for its members.",
    "The council in {place} approved the plan by a narrow majority.",
    "According to {org}, around {n} {goods} are affected.",
    "{Person} said the case would be reviewed by lawyers.",
    "The cause of the fire is still unclear.",
    "Nobody was injured, according to {org}.",
    "The damage is estimated at {money}.",
    "Critics fear higher rents and longer commutes for people in {place}.",
    "{Company} declined to comment on the reports.",
    "Similar measures are being discussed in {country}.",
    "Prosecutors are investigating on suspicion of negligence.",
    "The association welcomed the decision in principle but called for changes.",
    "It is unclear exactly how many {goods} are affected.",
    "The state government pointed to its tight budget.",
    "Environmental groups called the decision a setback for {place}.",
    "{Person} called it \"a serious mistake\".",
    "The opposition motion failed to win a majority.",
    "Revenue came to {money}, while spending was considerably higher.",
    "Several witnesses had called police.",
    "Whether {topic} will stand up in court remains open.",
    "The plans foresee around {n} additional {goods}.",
    "{Org} pointed to rising costs for energy and staff.",
    "\"{quote},\" a source close to {org} said.",
)


def _fmt_day(d: date, with_year: bool) -> str:
    s = f"{MONTHS[d.month - 1]} {d.day}"
    return f"{s}, {d.year}" if with_year else s


def past_point(rng: random.Random, ref: date) -> str:
    k = rng.randrange(15)
    if k == 0:
        return f"on {WEEKDAYS[rng.randrange(7)]}"
    if k == 1:
        return f"last {WEEKDAYS[rng.randrange(7)]}"
    if k == 2:
        return f"on {WEEKDAYS[rng.randrange(7)]} {rng.choice(('evening', 'morning', 'night'))}"
    if k == 3:
        return f"on {_fmt_day(ref - timedelta(days=rng.randrange(1, 60)), False)}"
    if k == 4:
        return f"on {_fmt_day(ref - timedelta(days=rng.randrange(60, 3000)), True)}"
    if k == 5:
        return rng.choice(("last year", "last week", "earlier this month", "last month",
                           "yesterday", "earlier this year", "at the start of the week"))
    if k == 6:
        return f"{rng.choice(NUMBER_WORDS)} {rng.choice(('weeks', 'months', 'years', 'days'))} ago"
    if k == 7:
        return f"in {rng.choice(('early', 'mid', 'late'))} {MONTHS[rng.randrange(12)]}"
    if k == 8:
        return f"in {MONTHS[rng.randrange(12)]}"
    if k == 9:
        return f"in {rng.choice(('early', 'mid-', 'late'))} {ref.year - rng.randrange(1, 6)}"
    if k == 10:
        return f"in the {rng.choice(SEASONS)} of {ref.year - rng.randrange(1, 8)}"
    if k == 11:
        d = ref - timedelta(days=rng.randrange(30, 2000))
        return f"on {d.day} {MONTHS[d.month - 1]} {d.year}"
    if k == 12:
        return f"in {MONTHS[rng.randrange(12)]} {ref.year - rng.randrange(1, 10)}"
    if k == 13:
        d = ref - timedelta(days=rng.randrange(2, 25))
        return f"on {WEEKDAYS[d.weekday()]}, {_fmt_day(d, False)}"
    return f"in the {rng.choice(ORDINALS)} quarter"


def future_point(rng: random.Random, ref: date) -> str:
    k = rng.randrange(11)
    if k == 0:
        return f"next {WEEKDAYS[rng.randrange(7)]}"
    if k == 1:
        return f"on {WEEKDAYS[rng.randrange(7)]}"
    if k == 2:
        return rng.choice(("in the coming weeks", "next year", "next week",
                           "by the end of the year", "early next year", "tomorrow",
                           "in the coming months"))
    if k == 3:
        return f"on {_fmt_day(ref + timedelta(days=rng.randrange(3, 120)), False)}"
    if k == 4:
        return f"from {WEEKDAYS[rng.randrange(7)]}"
    if k == 5:
        return f"in the {rng.choice(SEASONS)}"
    if k == 6:
        return f"in {rng.choice(('early', 'mid-', 'late'))} {MONTHS[rng.randrange(12)]}"
    if k == 7:
        return f"by the end of {ref.year + rng.randrange(0, 4)}"
    if k == 8:
        return f"in the {rng.choice(('first', 'second'))} half of {ref.year + rng.randrange(0, 3)}"
    if k == 9:
        return f"on {_fmt_day(ref + timedelta(days=rng.randrange(20, 500)), True)}"
    return f"within {rng.choice(NUMBER_WORDS)} {rng.choice(('weeks', 'months', 'years'))}"


def until_point(rng: random.Random, ref: date) -> str:
    """What follows "by": a point in the future."""
    return rng.choice((f"the end of {ref.year + rng.randrange(1, 5)}",
                       _fmt_day(ref + timedelta(days=rng.randrange(10, 400)), False),
                       f"mid-{ref.year + rng.randrange(1, 4)}", "the end of the year",
                       f"next {rng.choice(SEASONS)}"))


def since(rng: random.Random, ref: date) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"since {MONTHS[rng.randrange(12)]} {ref.year - rng.randrange(1, 9)}"
    if k == 1:
        return f"for {rng.choice(NUMBER_WORDS)} {rng.choice(('years', 'months', 'weeks'))}"
    if k == 2:
        return rng.choice(("since the start of the year", "for years", "for months",
                           "since the spring", "for weeks"))
    if k == 3:
        return f"since {ref.year - rng.randrange(1, 25)}"
    if k == 4:
        return f"since {_fmt_day(ref - timedelta(days=rng.randrange(10, 900)), False)}"
    if k == 5:
        return f"since {WEEKDAYS[rng.randrange(7)]}"
    return f"since late {ref.year - rng.randrange(1, 6)}"


def clock(rng: random.Random, ref: date) -> str:
    h, m = rng.randrange(1, 13), rng.choice((0, 0, 0, 15, 30, 45, 10, 50))
    ampm = rng.choice(("a.m.", "p.m."))
    t = f"{h}:{m:02d} {ampm}" if m else f"{h} {ampm}"
    return rng.choice((f"at {t}", f"around {t}", f"shortly after {t}", f"just before {t}",
                       "early in the morning", "late in the evening", f"at {t}"))


def duration(rng: random.Random, ref: date) -> str:
    n = rng.choice(NUMBER_WORDS + ("about 48", "roughly 18", "more than ten"))
    return f"{n} {rng.choice(('hours', 'days', 'weeks', 'months', 'years'))}"


def recurrence(rng: random.Random, ref: date) -> str:
    return rng.choice((f"every {WEEKDAYS[rng.randrange(7)]}", "annually", "daily",
                       "twice a month", "once a week", "every two years", "every hour",
                       "weekly"))


def history(rng: random.Random, ref: date) -> str:
    k = rng.randrange(5)
    y = ref.year - rng.randrange(2, 40)
    if k == 0:
        return f"in {y}"
    if k == 1:
        return f"in the {rng.choice(('1970s', '1980s', '1990s'))}"
    if k == 2:
        return f"back in {y}"
    if k == 3:
        return f"in the {rng.choice(ORDINALS)} quarter of {y}"
    return f"in {MONTHS[rng.randrange(12)]} {y}"


def number(rng: random.Random) -> str:
    n = rng.choice((rng.randrange(20, 1000), rng.randrange(1000, 90000)))
    return f"{n:,}"


def percent(rng: random.Random) -> str:
    return f"{rng.randrange(0, 15)}.{rng.randrange(10)} percent"


def money(rng: random.Random) -> str:
    return f"${rng.randrange(1, 900)}.{rng.randrange(10)} {rng.choice(('million', 'billion'))}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def company(rng: random.Random) -> str:
    return f"{rng.choice(COMPANY_HEAD)}{rng.choice(COMPANY_TAIL)}"
