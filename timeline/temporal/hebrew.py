"""The Jewish feasts, from the Hebrew calendar (`pyluach`, which computes it by its fixed
arithmetic rules, offline). A feast that lasts several days is dated by its first day, as
news dates Easter or Christmas; the evening before, when it begins, is not counted."""

from __future__ import annotations

from datetime import date

from pyluach.dates import HebrewDate
from pyluach.hebrewcal import Year

# pyluach numbers the months from Nisan: 7 is Tishrei, 9 Kislev, 12 Adar, 13 Adar II
_TISHREI, _ADAR, _ADAR_II = 7, 12, 13
# the first day of each feast: (month, day)
_FEAST_DAYS = {
    "rosh hashanah": (_TISHREI, 1), "yom kippur": (_TISHREI, 10), "sukkot": (_TISHREI, 15),
    "simchat torah": (_TISHREI, 23), "hanukkah": (9, 25), "purim": (_ADAR, 14),
    "passover": (1, 15), "shavuot": (3, 6), "tisha b'av": (5, 9),
}
# the spellings of English and of German news, each to its feast
ENGLISH = {
    "rosh hashanah": "rosh hashanah", "rosh hashana": "rosh hashanah",
    "yom kippur": "yom kippur", "sukkot": "sukkot", "succot": "sukkot",
    "simchat torah": "simchat torah", "hanukkah": "hanukkah", "chanukah": "hanukkah",
    "hanukah": "hanukkah", "chanukkah": "hanukkah", "purim": "purim", "passover": "passover",
    "pesach": "passover", "shavuot": "shavuot", "tisha b'av": "tisha b'av",
}
GERMAN = {
    "rosch haschana": "rosh hashanah", "rosch ha-schana": "rosh hashanah",
    "rosch haschanah": "rosh hashanah", "jom kippur": "yom kippur", "chanukka": "hanukkah",
    "chanukkah": "hanukkah", "pessach": "passover", "purim": "purim",
    "laubhüttenfest": "sukkot", "schawuot": "shavuot",
}


def feast_in_year(feast: str, year: int) -> date:
    """The first day of a Jewish feast (a key of `_FEAST_DAYS`) in the Gregorian `year`,
    in which each falls once. The Hebrew year begins in Tishrei, in the autumn: the
    feasts of Tishrei to Kislev belong to the Hebrew year that begins in `year`, the
    others to the one that began the autumn before."""
    month, day = _FEAST_DAYS[feast]
    hebrew_year = year + 3761 if _TISHREI <= month <= 9 else year + 3760
    if month == _ADAR and Year(hebrew_year).leap:
        month = _ADAR_II  # Purim falls in the second Adar of a leap year
    return HebrewDate(hebrew_year, month, day).to_pydate()
