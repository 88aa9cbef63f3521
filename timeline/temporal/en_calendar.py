"""Calendar helpers for English rules: holidays, quarters, and values built from dates."""

from __future__ import annotations

import re
from datetime import date, timedelta

from timeline.temporal.hebrew import ENGLISH as HEBREW_FEAST_NAMES
from timeline.temporal.hebrew import feast_in_year
from timeline.temporal.hijri import in_gregorian_year
from timeline.temporal.lunar import lunar_new_year
from timeline.temporal.resolve import nth_weekday
from timeline.temporal.values import easter_sunday


def _fixed(month: int, day: int):
    return lambda y: date(y, month, day)


HOLIDAYS = {
    "new year's day": _fixed(1, 1), "new year's eve": _fixed(12, 31), "new year": _fixed(1, 1),
    "christmas": _fixed(12, 25), "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24), "boxing day": _fixed(12, 26),
    "the feast of the assumption": _fixed(8, 15), "feast of the assumption": _fixed(8, 15),
    "the feast of the ascension": lambda y: easter_sunday(y) + timedelta(days=39),
    "feast of the ascension": lambda y: easter_sunday(y) + timedelta(days=39),
    "ascension day": lambda y: easter_sunday(y) + timedelta(days=39),
    "valentine's day": _fixed(2, 14), "st. patrick's day": _fixed(3, 17),
    "independence day": _fixed(7, 4), "the fourth of july": _fixed(7, 4),
    "july fourth": _fixed(7, 4), "halloween": _fixed(10, 31),
    "veterans day": _fixed(11, 11), "veterans' day": _fixed(11, 11),
    "armistice day": _fixed(11, 11), "may day": _fixed(5, 1),
    "thanksgiving": lambda y: nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: nth_weekday(y, 11, 3, 4),
    # the shopping days after Thanksgiving
    "black friday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=1),
    "cyber monday": lambda y: nth_weekday(y, 11, 3, 4) + timedelta(days=4),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
    # a fixed day until the Uniform Monday Holiday Act took effect in 1971
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1) if y >= 1971 else date(y, 5, 30),
    "martin luther king day": lambda y: nth_weekday(y, 1, 0, 3),
    "martin luther king jr. day": lambda y: nth_weekday(y, 1, 0, 3),
    "martin luther king jr day": lambda y: nth_weekday(y, 1, 0, 3),
    "mlk day": lambda y: nth_weekday(y, 1, 0, 3),
    "juneteenth": _fixed(6, 19),
    "presidents' day": lambda y: nth_weekday(y, 2, 0, 3),
    "presidents day": lambda y: nth_weekday(y, 2, 0, 3),
    "columbus day": lambda y: nth_weekday(y, 10, 0, 2) if y >= 1971 else date(y, 10, 12),
    "mother's day": lambda y: nth_weekday(y, 5, 6, 2),
    "father's day": lambda y: nth_weekday(y, 6, 6, 3),
    "election day": lambda y: nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter": easter_sunday, "easter sunday": easter_sunday,
    "easter monday": lambda y: easter_sunday(y) + timedelta(days=1),
    "good friday": lambda y: easter_sunday(y) - timedelta(days=2),
    "ash wednesday": lambda y: easter_sunday(y) - timedelta(days=46),
    "pentecost": lambda y: easter_sunday(y) + timedelta(days=49),
    "midsummer day": _fixed(6, 24), "midsummer's day": _fixed(6, 24),
    "midsummer eve": _fixed(6, 23),
    # Britain, Ireland and the Commonwealth
    "st patrick's day": _fixed(3, 17), "hogmanay": _fixed(12, 31),
    "bonfire night": _fixed(11, 5), "remembrance day": _fixed(11, 11),
    "remembrance sunday": lambda y: nth_weekday(y, 11, 6, 2),
    "anzac day": _fixed(4, 25), "australia day": _fixed(1, 26),
    "waitangi day": _fixed(2, 6), "canada day": _fixed(7, 1),
    "shrove tuesday": lambda y: easter_sunday(y) - timedelta(days=47),
    "pancake day": lambda y: easter_sunday(y) - timedelta(days=47),
    "mothering sunday": lambda y: easter_sunday(y) - timedelta(days=21),
    "whit monday": lambda y: easter_sunday(y) + timedelta(days=50),
    "maundy thursday": lambda y: easter_sunday(y) - timedelta(days=3),
    "holy thursday": lambda y: easter_sunday(y) - timedelta(days=3),
    "holy saturday": lambda y: easter_sunday(y) - timedelta(days=1),
    "st stephen's day": _fixed(12, 26), "st. stephen's day": _fixed(12, 26),
    # the bank holidays of England and Wales named by their month or season
    "early may bank holiday": lambda y: nth_weekday(y, 5, 0, 1),
    "may bank holiday": lambda y: nth_weekday(y, 5, 0, 1),
    "spring bank holiday": lambda y: nth_weekday(y, 5, 0, -1),
    "late may bank holiday": lambda y: nth_weekday(y, 5, 0, -1),
    "august bank holiday": lambda y: nth_weekday(y, 8, 0, -1),
    "summer bank holiday": lambda y: nth_weekday(y, 8, 0, -1),
    # the first day of the Chinese calendar's year
    "lunar new year": lunar_new_year, "chinese new year": lunar_new_year,
}


def _hijri(month: int, day: int):
    return lambda y: in_gregorian_year(month, day, y)


# the Islamic feasts (hijri.py): by the spellings of wire copy and of Malaysia, Singapore
# and Indonesia; "Eid" and "Hari Raya" alone are told apart by the text (regional_holiday)
ISLAMIC_FEASTS = {
    "eid al-fitr": _hijri(10, 1), "eid ul-fitr": _hijri(10, 1), "eid-ul-fitr": _hijri(10, 1),
    "eid el-fitr": _hijri(10, 1), "hari raya aidilfitri": _hijri(10, 1),
    "hari raya puasa": _hijri(10, 1), "lebaran": _hijri(10, 1),
    "eid al-adha": _hijri(12, 10), "eid ul-adha": _hijri(12, 10), "eid-ul-adha": _hijri(12, 10),
    "eid el-adha": _hijri(12, 10), "hari raya haji": _hijri(12, 10),
    "hari raya aidiladha": _hijri(12, 10), "bakrid": _hijri(12, 10),
    "islamic new year": _hijri(1, 1), "hijri new year": _hijri(1, 1), "ashura": _hijri(1, 10),
    "eid": _hijri(10, 1), "hari raya": _hijri(10, 1),
}
HOLIDAYS.update(ISLAMIC_FEASTS)

# the Jewish feasts (hebrew.py) by their English spellings
JEWISH_FEASTS = {name: (lambda y, feast=feast: feast_in_year(feast, y))
                 for name, feast in HEBREW_FEAST_NAMES.items()}
HOLIDAYS.update(JEWISH_FEASTS)
_SACRIFICE = re.compile(r"\b(?:Adha|Hajj|Haji|[Ss]acrifice|pilgrim\w*|Arafat|Dhul?[ -]Hijjah|"
                        r"Dhu al-Hijjah|Bakrid|Qurban|Kurban)")

# Canada gives thanks on the second Monday of October
HOLIDAYS["whitsun"] = HOLIDAYS["whit sunday"] = HOLIDAYS["pentecost"]
HOLIDAYS["canadian thanksgiving"] = HOLIDAYS["thanksgiving monday"] = \
    lambda y: nth_weekday(y, 10, 0, 2)

# the United States' second Monday of October under its newer name
HOLIDAYS["indigenous peoples' day"] = HOLIDAYS["indigenous peoples day"] = \
    lambda y: nth_weekday(y, 10, 0, 2)
# the sovereign's official birthday, a Monday holiday: the second Monday of June in most
# of Australia, the first in New Zealand (by region, below)
HOLIDAYS["queen's birthday"] = HOLIDAYS["king's birthday"] = lambda y: nth_weekday(y, 6, 0, 2)
HOLIDAYS["new zealand sovereign's birthday"] = lambda y: nth_weekday(y, 6, 0, 1)

# national days of other English-language presses: India's Republic Day and Gandhi's
# birthday; Canada's Victoria Day (the Monday before 25 May); South Africa's days of 1994's
# calendar; Kenya's and Ghana's
HOLIDAYS["republic day"] = _fixed(1, 26)
HOLIDAYS["gandhi jayanti"] = _fixed(10, 2)
HOLIDAYS["victoria day"] = lambda y: date(y, 5, 24) - timedelta(days=date(y, 5, 24).weekday())
HOLIDAYS["freedom day"] = _fixed(4, 27)
HOLIDAYS["heritage day"] = _fixed(9, 24)
HOLIDAYS["day of reconciliation"] = _fixed(12, 16)
HOLIDAYS["south african youth day"] = HOLIDAYS["youth day"] = _fixed(6, 16)
# (other countries keep other youth days: without a South African cue, no date)
UNPLACED_WITHOUT_REGION = frozenset({"youth day"})
HOLIDAYS["madaraka day"] = _fixed(6, 1)
HOLIDAYS["mashujaa day"] = _fixed(10, 20)
HOLIDAYS["jamhuri day"] = _fixed(12, 12)
HOLIDAYS["national farmers' day"] = HOLIDAYS["farmers' day"] = \
    lambda y: nth_weekday(y, 12, 4, 1)  # Ghana's: the first Friday of December
_SOUTH_AFRICA = re.compile(r"\b(?:South Africa(?:ns?)?|Johannesburg|Soweto|Cape Town|Durban|"
                           r"Pretoria|Gauteng|KwaZulu|Eastern Cape|Western Cape|Free State|SAPA)\b")

# Labour Day: Canada's is the first Monday of September (as the United States' Labor Day),
# New Zealand's the fourth Monday of October (Australia's states differ: not resolved by
# region)
HOLIDAYS["labour day"] = HOLIDAYS["labor day"]
HOLIDAYS["new zealand labour day"] = lambda y: nth_weekday(y, 10, 0, 4)
_NEW_ZEALAND = re.compile(r"\b(?:New Zealand(?:ers?)?|NZPA|Kiwis?|Wellington|Auckland|AUCKLAND|"
                          r"Christchurch|Dunedin|Hamilton|Tauranga|Napier|Nelson|All Blacks|"
                          r"Waikato|Otago|Rotorua|Taranaki|Whanganui|Invercargill|Aotearoa|"
                          r"Hawke's Bay|Bay of Plenty)\b")

# a text set in Canada (two of these, more than of the United States)
_CANADIAN = re.compile(
    r"\b(?:Canada|Canadians?|Ottawa|Ontario|Quebec|Québec|Alberta|Manitoba|"
    r"Saskatchewan|Nova Scotia|New Brunswick|British Columbia|Toronto|Montreal|"
    r"Vancouver|Calgary|Edmonton|Winnipeg|Halifax|Newfoundland|Regina|Saskatoon|Yukon|"
    r"Nunavut|Northwest Territories|Prince Edward Island)\b"
    # (abbreviations end in a full stop, after which no word boundary need follow)
    r"|\b(?:Ont|Sask|Alta|Que|B\.C|N\.S|P\.E\.I)\.")
_AMERICAN = re.compile(r"\b(?:U\.S\.|United States|Americans?|Washington)(?![\w.])")


def regional_holiday(name: str, text: str) -> str:
    """The holiday a name means where the text is set: Thanksgiving in a Canadian text
    is Canada's, in October; "Eid" in a text on the pilgrimage is Eid al-Adha."""
    if name in ("thanksgiving", "thanksgiving day"):
        canadian = len(_CANADIAN.findall(text))
        if canadian >= 2 and canadian > len(_AMERICAN.findall(text)):
            return "canadian thanksgiving"
    if name == "labour day" and len(_NEW_ZEALAND.findall(text)) >= 2:
        return "new zealand labour day"
    if name in ("queen's birthday", "king's birthday") and len(_NEW_ZEALAND.findall(text)) >= 2:
        return "new zealand sovereign's birthday"
    if name == "youth day" and len(_SOUTH_AFRICA.findall(text)) >= 1:
        return "south african youth day"  # 16 June, the day of the Soweto uprising
    if name in ("eid", "hari raya") and _SACRIFICE.search(text):
        return "eid al-adha"  # the feast of the sacrifice, at the end of the pilgrimage
    return name


NEAR_HOLIDAY_DAYS = 21  # a holiday this close to the dateline is that one, whatever the tense


def holiday_date(name: str, anchor: date, direction: str) -> date:
    """The occurrence of a holiday nearest `anchor` in `direction`."""
    rule = HOLIDAYS[name]
    this = rule(anchor.year)
    if direction == "past" and this > anchor:
        return rule(anchor.year - 1)
    if direction == "future" and this < anchor:
        return rule(anchor.year + 1)
    if direction == "present":
        if (this - anchor).days > 183:
            return rule(anchor.year - 1)
        if (anchor - this).days > 183:
            return rule(anchor.year + 1)
    return this


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def bank_holiday_monday(day: date, direction: str) -> date:
    """The bank-holiday Monday of England and Wales nearest `day` in `direction` ("past":
    on or before it, else on or after it): Easter Monday, the first and last Mondays of May
    and the last Monday of August."""
    candidates = sorted(d for y in (day.year - 1, day.year, day.year + 1) for d in (
        easter_sunday(y) + timedelta(days=1), nth_weekday(y, 5, 0, 1),
        nth_weekday(y, 5, 0, -1), nth_weekday(y, 8, 0, -1)))
    before = max(d for d in candidates if d <= day)
    after = min(d for d in candidates if d >= day)
    # (a heading or a listing written on the Saturday before names the coming one)
    if direction == "past" and (after - day).days <= 3 < (day - before).days:
        return after
    return before if direction == "past" else after

