"""German temporal expressions: the patterns and which handler reads each one, with the
trigger words each rule runs near (de_triggers, gate.py) and the guard that blanks relative
values when there is no reference time."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.temporal.de_dates import (
    day_month,
    full_date,
    listed_day,
    month_alone,
    month_with_year,
    numeric_date,
    numeric_day_month,
    parsed_date,
)
from timeline.temporal.de_durations import (
    clock_duration,
    compound_or_long,
    duration,
    offset_or_none,
    quarter_hour,
    two_unit_duration,
    vague_duration_any,
)
from timeline.temporal.de_lexicon import (
    ADVENT_HOLIDAYS,
    DAY_PARTS,
    EASTER_HOLIDAYS,
    FIXED_HOLIDAYS,
    MONTH,
    MONTH_NAME,
    NUMBER_WORD,
    NUMBER_WORDS,
    SEASONS,
    SUNDAY_HOLIDAYS,
    UNIT_FORMS,
    VAGUE_QUANTITIES,
    WEEKDAY_NAME,
    alternation,
    any_case_first,
)
from timeline.temporal.de_match import DET, MODS, WEEKDAY, rx, words_before
from timeline.temporal.de_periods import (
    QUARTER_RX,
    iso_week,
    prior_season,
    prior_year_period,
    quarter,
    quarter_code,
    season,
    this_decade,
    whole_year,
)
from timeline.temporal.de_relative import (
    REFS,
    apposed_day,
    closing_year,
    compound_unit,
    day_years_ago,
    deictic_day,
    morning_tomorrow,
    neighbour_day,
    next_units,
    past_units,
    this_unit,
    this_year,
    today_named,
    unit_after_day,
    vague_ref,
    week_half,
    whole_year_told,
    within_a_year,
)
from timeline.temporal.de_sets import (
    YEARLY_FEASTS,
    every_part,
    every_unit,
    rhythm,
    set_word,
    weekday_set,
    weekday_set_lower,
    yearly_day,
)
from timeline.temporal.de_times import (
    CLOCK_HOURS,
    WORD_CLOCK_BARE,
    WORD_CLOCK_RELATIVE,
    PartMatch,
    bare_clock,
    clock_uhr,
    coming_night,
    day_part,
    day_part_adverb,
    demonstrative_part,
    last_night,
    midnight,
    range_start,
    word_clock,
)
from timeline.temporal.de_triggers import TRIGGERS
from timeline.temporal.de_weekdays import (
    advent_sunday,
    election_day,
    holiday,
    nth_weekday_of_month,
    nth_weekend,
    weekday,
    weekday_by_feast,
    weekend,
)
from timeline.temporal.de_years import (
    bc_year,
    century,
    decade,
    early_year,
    relative_decade,
    short_year,
    this_century,
    year_alone,
    year_span,
)
from timeline.temporal.engine import DAY_OR_FINER, PLACING, Context, Rule, Timex
from timeline.temporal.gate import GatedPattern
from timeline.temporal.values import interval_of

# --- pattern pieces ------------------------------------------------------------------

_DAY = r"(?P<day>3[01]|[12][0-9]|0?[1-9])\."
_YEAR = r"(?P<year>1[0-9]{3}|20[0-9]{2})(?![0-9]|[.,][0-9])"
_APPROX = (r"(?:[Rr]und|[Ee]twa|ca\.|[Cc]irca|[Uu]ngefähr|[Kk]napp|[Ff]ast|[Bb]einahe|[Gg]ut|"
           r"[Mm]ehr\s+als|[Ww]eniger\s+als|[Mm]indestens|[Hh]öchstens|[Bb]is\s+zu|[Gg]enau|"
           r"[Nn]ahezu|[Aa]nnähernd|[Üü]ber|[Uu]nter|[Ll]änger\s+als|[Kk]ürzer\s+als)")
_HALF = r"(?:[Ee]ine[mr]?\s+|[Ee]in\s+)?halbe[nms]?"
_UNIT = rf"(?P<unit>{alternation(w.capitalize() for w in UNIT_FORMS)})"
# A counted compound unit: "45 Verhandlungstagen", "300 Arbeitsstunden", "zwölf Dienstjahre"
# (day compounds only with known heads: "Landtage", "Parteitage" are no days).
_COMPOUND_UNIT = (r"(?P<cword>(?!(?:Kilo|Mega|Giga|Tera)?[Ww]att)[A-ZÄÖÜ][a-zäöüß]{2,}"
                  r"(?:stunden|wochen|monaten|monate|jahren|jahre)|"
                  r"(?:Verhandlungs|Sitzungs|Prozess|Werk|Arbeits|Schul|Urlaubs|Reise|Kalender|"
                  r"Trainings|Dreh|Ferien|Streik|Regen|Sonnen|Frost|Hitze|Messe|Fest|Festival|"
                  r"Konferenz|Kongress|Kranken|Besuchs|Wander)tage?n?)")
_PART = alternation(w.capitalize() for w in DAY_PARTS)
_MONTH_PLAIN = MONTH_NAME
# ordinal stems of the centuries in words ("vierten", "zwölften", "einundzwanzigsten")
_CENTURY_ORDINALS = "|".join(
    ("einundzwanzigst", "zwanzigst", "neunzehnt", "achtzehnt", "siebzehnt", "sechzehnt",
     "fünfzehnt", "vierzehnt", "dreizehnt", "zwölft", "elft", "zehnt", "neunt", "acht",
     "siebt", "sechst", "fünft", "viert", "dritt", "zweit", "erst"))

_SEASON_WHICH = any_case_first("diesem diesen dieser dieses diese vergangenen vergangenem "
                               "letzten letztem vorigen vorigem "
                               "kommenden kommendem nächsten nächstem laufenden selben gleichen "
                               "folgenden "
                               "darauffolgenden jenem jenen jener jenes "
                               # "das kommende Frühjahr", "der vergangene Winter"
                               "kommende vergangene letzte vorige nächste laufende".split())
_PART_OF = rf"(?:(?:(?:[Ff]rühen|[Ss]päten)\s+)?(?P<part>{_PART})\s+(?:des|vom)\s+)?"
_WEEKDAY_LEAD = rf"(?:(?P<lwd>{WEEKDAY_NAME}),?\s+(?:(?:den|dem|der)\s+)?)?"
_LIST_SEP = (r"(?:\s*,?\s*(?:und|bis|sowie|oder|auf|zum)(?:\s+(?:am|zum|dem|den))?\s+|"
             r"\s*[,/–-]\s*)")
_DAYNUM = r"(?:3[01]|[12][0-9]|0?[1-9])"
_YEAR_PLAIN = r"(?:1[0-9]{3}|20[0-9]{2})(?![0-9])"
_WHICH = "(?P<which>" + any_case_first(
    "vergangenen vergangene vergangener vergangenem letzten letzte letztem vorigen vorige "
    "vorigem kommenden kommende kommendem "
    "kommender nächsten nächste nächster diesen dieses diese dieser diesem".split()) + ")"

# a weekday may also be "jener Sonntag": the one of the story told
# ("am folgenden Montag": the first one after the last day named)
_WHICH_WD = _WHICH[:-1] + "|[Jj]ene[mnrs]?|(?:darauf)?folgenden)"
# "im vergangenen Juli", "kommenden März": the month's last or next occurrence
_MONTH_WHICH = any_case_first("vergangenen letzten vorigen kommenden nächsten".split())
_REF_SINGLE = [k for k in REFS if " " not in k and k not in ("zukunft", "folgezeit", "nun")]
_NB_WORDS = (r"Tag(?:e|es)?\s+(?:zuvor|davor|darauf|danach)|Vortag(?:es|s)?|Vorabend|"
             r"[Gg]leichentags|"
             r"Folgetag(?:es|s)?|(?:folgenden|nächsten|darauffolgenden|selben|gleichen|"
             r"vorigen)\s+Tag(?:es)?|(?:diesem|jenem)\s+Tag|[Tt]ags\s+(?:darauf|zuvor)")
_NUMW = any_case_first(NUMBER_WORDS)
_VAGUEW = any_case_first(VAGUE_QUANTITIES)
_HOLIDAYS = alternation(" ".join(p.capitalize() if p not in ("der", "und") else p
                                 for p in h.split())
                        for h in [*FIXED_HOLIDAYS, *EASTER_HOLIDAYS, *ADVENT_HOLIDAYS,
                                  *SUNDAY_HOLIDAYS])

# context checks in the lambdas of some rules
# "21 oder 22 Jahre alt": the first number of an age range is no duration either
_RANGE_AGE = rx(r"\s*(?:bis|-|–|oder)\s*\S+\s+Jahre?n?\s+(?:alt|jung)\b")
# "20.000 Besucher im Jahr": a count before "im Jahr" makes it a rate
_COUNT_BEFORE = rx(r"(?<![\w.,])\d[\d.,]*\s+(?:[A-ZÄÖÜ][a-zäöüß]+|Mal|mal)\s+$")

# --- the rules -----------------------------------------------------------------------

RULES: list[Rule] = [
    Rule(rx(r"(?:[Dd](?:er|ie|en|em)\s+)?(?:Saison|Spielzeit|Amtsperiode|Legislaturperiode|"
            r"Legislatur|Amtszeit|Wintersaison|Sommersaison|Periode|Geschäftsjahr(?:es|s)?|"
            r"Wirtschaftsjahr(?:es|s)?|Haushaltsjahr(?:es|s)?|Finanzjahr(?:es|s)?|"
            r"Schuljahr(?:es|s)?|Studienjahr(?:es|s)?|Kindergartenjahr(?:es|s)?|"
            r"Spieljahr(?:es|s)?|Vereinsjahr(?:es|s)?|Wintersemester(?:s)?)\s+(?P<y1>(?:19|20)\d\d)"
            r"\s*/\s*(?P<y2>\d{4}|\d{2})(?![\d])"),
         year_span, 4, "year_span"),
    # 22. Juni 1941 / Montag, 3. März 2014 / Morgen des 22. Juni 1941 / 8. Mai, 23:01 Uhr
    Rule(rx(rf"\b{_PART_OF}{_WEEKDAY_LEAD}{_DAY}\s*{MONTH}\s*{_YEAR}"),
         full_date, 4, "full_date"),
    # 18.12.2014, 1.9.39, 2014-12-18
    Rule(rx(r"(?<![\d.,])(?:(?P<d>[0-3]?\d)\.(?P<mo>[01]?\d)\.(?P<y>\d{4}|\d{2})"
            r"|(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d|[.,]\d)"),
         numeric_date, 4, "numeric_date"),
    # 04/05/2016, 2016/05/04, 4. Mai '16: normalized by dateparser
    Rule(rx(rf"(?<![\d/.])(?:\d{{1,2}}/\d{{1,2}}/(?:\d{{4}}|\d{{2}})|\d{{4}}/\d{{1,2}}/\d{{1,2}})"
            rf"(?![\d/])|\b{_DAY}\s*{MONTH}\s*['’]\d{{2}}\b"),
         parsed_date, 4, "parsed_date"),
    # am 3.5., vom 12.6. bis 14.6.: day and month in digits, no year
    Rule(rx(r"(?:\b(?:[Aa]m|[Vv]om|[Bb]is(?:\s+zum)?|[Zz]um|[Aa]b|[Ss]eit|[Dd]en)\s+)"
            r"(?P<t>(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.)(?![\d])"),
         lambda m, ctx: numeric_day_month(m, ctx), 3, "numeric_day_month"),
    # "Samstag, 2.1.": a weekday before the digits dates them as well as a preposition
    Rule(rx(rf"\b(?P<t>(?:{WEEKDAY_NAME}),?\s+(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.)(?![\d])"),
         lambda m, ctx: numeric_day_month(m, ctx), 3, "weekday_numeric_day"),
    # am 4. Mai; Morgen des 16. Februar; Donnerstag, 18. Dezember
    Rule(rx(rf"\b{_PART_OF}{_WEEKDAY_LEAD}{_DAY}\s*{MONTH}(?![\w])"), day_month, 3, "day_month"),
    # the leading days of a list: "am [3.], 4. und 5. Oktober", "vom [26.] bis 31. August"
    Rule(rx(rf"(?<![\d.\w])(?P<t>(?:(?P<part>Nacht)\s+vom\s+)?(?P<day>{_DAYNUM})\.?)"
            rf"(?=(?:{_LIST_SEP}{_DAYNUM}\.?)*{_LIST_SEP}{_DAYNUM}\.\s*{MONTH}"
            rf"(?:\s+(?P<year>{_YEAR_PLAIN}))?)"),
         listed_day, 2, "listed_day"),
    # Mai 2014, Anfang Mai 2014, August vorigen Jahres
    Rule(rx(rf"\b(?:(?P<mod>{MODS})\s+)?{MONTH}\s+(?:(?:des\s+Jahres\s+)?{_YEAR}|"
            r"(?P<rel>(?:des\s+)?(?:vorigen|vergangenen|letzten|nächsten|kommenden|"
            r"folgenden|selben|gleichen|dieses|laufenden)\s+Jahres|(?:desselben|jenes)\s+Jahres|"
            r"des\s+Vorjahres))"),
         month_with_year, 3, "month_year"),
    # Mai, Anfang Mai; "Mai/Juni 1940" takes the year that follows
    Rule(rx(rf"(?P<t>\b(?:(?P<mod>{MODS})\s+)?(?:(?P<mwhich>{_MONTH_WHICH})\s+)?{MONTH})(?![\w-])"
            rf"(?:(?=\s*(?:/|-|–|bis|und)\s*(?:{_MONTH_PLAIN})\s+(?P<slash_year>{_YEAR_PLAIN})))?"),
         month_alone, 1, "month"),
    # 1939, Ende 1941, im Jahr 1895, das Jahr 2010, Anfang des Jahres 1941
    Rule(rx(rf"(?<![\d.,]){_YEAR}(?!\s*v\.\s*Chr)"),
         year_alone, 0, "year"),
    Rule(rx(r"(?<=(?P<first>\d{4})[/–-])(?P<yy>\d{2})(?!\d|\.\d)"), short_year, 0, "short_year"),
    # um 800, im Jahr 955: years before 1000 in a history
    Rule(rx(r"(?:(?<![\w-])(?:(?P<um>[Uu]m)\s+(?:das\s+Jahr\s+)?|"
            r"(?P<lead>(?:[Ii]m\s+|[Dd]as\s+)?Jahre?)\s+))?"
            r"(?<![\d.,])(?P<ey>[1-9]\d{2})(?![\d]|[.,]\d|\s*[-–/]?\s*\d*\s*[vn]\.\s*Chr|"
            r"\.\s*[A-ZÄÖÜ]\w*(?:tag|jubiläum)\b)"),
         early_year, 0, "early_year"),
    # 499 v. Chr., um das Jahr 500 v. Chr., Ende 31 v. Chr.
    Rule(rx(rf"(?:(?P<um>[Uu]m\s+(?:das\s+Jahr\s+)?)|(?P<mod>{MODS})\s+|Jahre?\s+)?"
            r"(?<![\d.,])(?P<bc>\d{1,4})\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.|vor\s+Christus)"),
         bc_year, 3, "bc_year"),
    # "(264–260 v. Chr.)", "478/477 v. Chr.": the first year of a range
    Rule(rx(r"(?:(?P<um>[Uu]m\s+)|(?:[Ii]m\s+)?(?P<lead>Jahre?)\s+)?(?<![\d.,])(?P<bc>\d{1,4})"
            r"(?=\s*[–/-]\s*\d{1,4}\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.))"),
         bc_year, 3, "bc_range"),
    # "bis zum Ende des Jahrzehnts", "Anfang dieses Jahrzehnts": the decade under way
    Rule(rx(rf"(?<![\w-])(?:(?P<mod>{MODS})\s+)?(?:des|dieses)\s+Jahrzehnts(?![\w-])"),
         this_decade, 2, "this_decade"),
    # das vergangene Jahrzehnt, im kommenden Jahrzehnt, in diesem Jahrzehnt
    Rule(rx(r"(?<![\w-])(?P<dw>(?:vergangene|letzte|vorige|zurückliegende|abgelaufene|kommende|"
            r"nächste|laufende)[nms]?|diesem)\s+Jahrzehnt(?:e?s)?(?![\w-])"),
         relative_decade, 2, "relative_decade"),
    # in den 90er Jahren, der 1990er-Jahre, den neunziger Jahren, Mitte der 80er
    Rule(rx(r"(?<![\w-])(?:(?P<dec>\d0|1\d\d0|20\d0)er"
            r"|(?P<decword>[Zz]wanziger|[Dd]reißiger|[Vv]ierziger|[Ff]ünfziger|[Ss]echziger|"
            r"[Ss]iebziger|[Aa]chtziger|[Nn]eunziger|[Nn]uller(?=[- ]?[Jj]ahre)))"
            r"(?:[- ]?[Jj]ahren|[- ]?[Jj]ahre|n)?"
            r"(?![\w])(?:\s+des\s+(?:(?P<dcent>1\d|2[01]|[1-9])\.\s*Jahrhunderts|"
            r"(?P<drel>vorigen|vergangenen|letzten)\s+Jahrhunderts)(?![\w-]))?"),
         decade, 2, "decade"),
    # 20. Jahrhundert, Anfang des 8. Jh. v. Chr., der ersten Hälfte des 15. Jahrhunderts
    Rule(rx(rf"(?P<mod>{MODS})\s+(?:des|dieses)\s+Jahrhunderts(?![\w-])(?!\s+\d)"),
         this_century, 2, "this_century"),
    Rule(rx(rf"(?:(?:(?P<mod>{MODS})|(?:der\s+)?(?P<half>ersten|zweiten)\s+Hälfte|"
            r"Laufe)\s+des\s+)?(?<![\d.])(?P<cent>[1-9]|1\d|2[01])\.\s*"
            r"(?:Jahrhunderts?|Jh\.|Jhd\.)(?:\s+(?P<era>v\.\s*Chr\.|n\.\s*Chr\.))?"),
         century, 3, "century"),
    # im vierten Jahrhundert, des zwölften Jahrhunderts: the ordinal in words
    Rule(rx(rf"(?<![\w-])(?:(?:(?P<mod>{MODS})|(?:der\s+)?(?P<half>ersten|zweiten)\s+Hälfte)"
            rf"\s+des\s+)?(?P<cword>{_CENTURY_ORDINALS})(?:e|en|es)\s+Jahrhunderts?(?![\w-])"),
         century, 3, "century_word"),
    # im Frühjahr 2015, diesem strengen Winter, Spätsommer, der Sommermonate
    Rule(rx(rf"(?:(?P<mod>{MODS})\s+(?:des\s+)?)?(?:(?P<this>{_SEASON_WHICH})\s+"
            r"(?:[a-zäöü]\w*en\s+)?|"
            r"(?P<det>der|den|dem)\s+(?=\w+monate))?(?<![\w-])"
            r"(?:(?P<pre>Spät|Früh|Hoch)(?P<lseason>sommer|herbst|winter)|"
            r"(?P<season>Frühling|Frühjahr|Sommer|Herbst|Winter))(?:s|es)?"
            rf"(?:monate[n]?|saison)?(?:\s+{_YEAR}(?:/\d\d(?![\d.,]))?|\s+(?P<bcy>\d{{1,4}})\s+v\.\s*Chr\.|\s+(?P<rel>(?:des\s+)?"
            r"(?:vorigen|vergangenen|letzten|nächsten|kommenden|dieses|laufenden|selben|gleichen|"
            r"folgenden|darauffolgenden)\s+Jahres|des\s+Vorjahres|(?:desselben|jenes)\s+Jahres)|"
            r"\s+(?P<after>darauf|danach))?(?![\w-])"),
         season, 2, "season"),
    # im Vorwinter, im Vorjahressommer: the season a year before
    Rule(rx(r"(?<![\w-])(?:Vor(?P<vw>winter)|Vorjahres(?P<vs>winter|sommer|frühling|frühjahr|"
            r"herbst))(?:s|es)?(?![\w-])"),
         prior_season, 2, "prior_season"),
    # in den Vorjahren: some years before
    Rule(rx(r"(?<![\w-])(?:[Dd]en\s+)?Vorjahren(?![\w-])"),
         lambda m, ctx: Timex("DATE", "PAST_REF"), 2, "prior_years"),
    # im dritten Quartal, der zweiten Jahreshälfte, ersten Halbjahr 2014, 3. Trimester
    Rule(QUARTER_RX, quarter, 2, "quarter"),
    # im Vorjahresquartal, dem gleichen Zeitraum des Vorjahres
    Rule(rx(r"(?<![\w-])(?P<vj>Vorjahres(?:quartal|zeitraum|periode|halbjahr|monat)(?:e?s)?|"
            r"(?:[Dd]e[mn]\s+)?(?:gleichen|selben)\s+(?P<vjunit>Zeitraum|Quartal|Monat)\s+"
            r"des\s+Vorjahres)(?![\w-])"),
         prior_year_period, 3, "prior_year_period"),
    # KW 12, Kalenderwoche 12
    Rule(rx(rf"\b(?:KW|Kalenderwoche)\s*(?P<week>\d{{1,2}})(?:\s*/?\s*{_YEAR})?|"
            r"\b(?P<week2>\d{1,2})\.\s+Kalenderwoche|"
            # "in der neunten Kalenderwoche"
            r"(?<![\w-])(?:(?:der|die|dem|den)\s+)?(?P<wordth>[a-zäöüß]{4,}?s?te[nr]?)\s+Kalenderwoche"
            r"(?![\w-])"),
         iso_week, 2, "iso_week"),
    # Q3 2014, Q1/2015
    Rule(rx(r"\bQ(?P<q>[1-4])(?:\s*/?\s*(?P<qy>(?:19|20)\d\d|\d\d)(?![\d.,]))?(?![\w-])"),
         lambda m, ctx: quarter_code(m, ctx), 2, "quarter_code"),
    # jeden Montag, jedem Montagabend, jeden zweiten Donnerstag
    Rule(rx(rf"(?<![\w-])(?:[Jj]ede[nm]?|[Aa]n\s+allen)\s+(?:(?P<nth>ersten|zweiten|dritten|vierten|"
            rf"letzten)\s+)?(?P<wds>{WEEKDAY_NAME})(?P<spart>abend|morgen|nachmittag|vormittag)?"
            r"e?n?(?P<inmonth>\s+im\s+Monat)?(?![\w-])"),
         weekday_set, 2, "weekday_set"),
    # am letzten Montag im Januar, den ersten Sonntag im Oktober 2015: a calendar rule
    Rule(rx(rf"(?<![\w-])(?P<nth>ersten|zweiten|dritten|vierten|fünften|letzten|[1-5]\.)\s+"
            rf"(?P<nwd>{WEEKDAY_NAME})\s+(?:im|des)\s+{MONTH}(?:\s+{_YEAR})?(?![\w-])"),
         lambda m, ctx: nth_weekday_of_month(m, ctx), 3, "nth_weekday"),
    # montags, sonntags, freitagnachmittags (not "des Freitagabends": one evening)
    Rule(rx(r"(?<![\w-])(?<!\bdes\s)(?P<wds>[Mm]ontag|[Dd]ienstag|[Mm]ittwoch|[Dd]onnerstag|"
            r"[Ff]reitag|[Ss]amstag|[Ss]onntag)(?P<spart>abend|morgen|nachmittag|vormittag|"
            r"mittag|nacht)?s(?![\w-])"),
         lambda m, ctx: weekday_set_lower(m), 1, "weekday_adverb"),
    # am Dienstag, vergangenen Samstag, Donnerstagabend, Montag Nachmittag
    # "am frühen Mittwochmorgen": the start of that part of the day
    Rule(rx(rf"(?<![\w-])(?:{_WHICH_WD}\s+)?(?:(?P<wedge>frühen|späten)\s+"
            rf"(?=(?:{WEEKDAY_NAME})(?:abend|morgen|nachmittag|vormittag|nacht)\b))?"
            rf"{WEEKDAY}(?P<wpart>abend|morgen|nachmittag|"
            r"vormittag|mittag|nacht|früh)?(?![\w-])"
            r"(?:\s+(?P<part>Abend|Nachmittag|Vormittag|Mittag|früh)(?![\w-]))?"
            r"(?:\s+(?P<wafter>darauf)(?![\w-])|\s+(?P<wbefore>davor|zuvor)(?![\w-])"
            r"|\s+(?P<ofweek>(?:der\s+)?(?:vergangenen|"
            r"letzten|vorigen|kommenden|nächsten|selben)\s+Woche|dieser\s+Woche|"
            r"der\s+(?:Vorwoche|Folgewoche)|"
            r"(?:vergangener|letzter|voriger|kommender|nächster)\s+Woche)(?![\w-]))?"),
         weekday, 1, "weekday"),
    # am Wochenende, am vergangenen Wochenende
    # "am Wochenende 28./29. August": the weekend of those days
    Rule(rx(rf"(?<![\w-])(?:{_WHICH}\s+)?Wochenende(?:s(?<=\bdes\sWochenendes))?(?![\w-])"
            r"(?:\s+(?P<wafter>darauf)(?![\w-])|\s+(?:vom\s+)?(?P<wed1>3[01]|[12][0-9]|0?[1-9])\.?"
            r"\s*(?:/|-|–|und|bis(?:\s+zum)?)\s*(?P<wed2>3[01]|[12][0-9]|0?[1-9])\.\s*"
            rf"(?P<wem>{MONTH_NAME})(?:\s+(?P<wey>{_YEAR_PLAIN}))?(?![\w-]))?"),
         weekend, 1, "weekend"),
    # "das erste Septemberwochenende", "am zweiten Adventswochenende", "der ersten Januarwoche"
    Rule(rx(rf"(?<![\w-])(?P<ord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte|"
            rf"letzten|letzte)\s+(?:(?P<month>{MONTH_NAME})|(?P<advent>Advents))"
            r"(?P<wk>wochenende|woche)(?![\w-])"),
         nth_weekend, 1, "nth_weekend"),
    # "bis zum 10. des Monats", "am 15. jedes Monats": that day of every month
    Rule(rx(r"(?<![\d.,])(?P<mday>3[01]|[12][0-9]|0?[1-9])\.\s+(?:des|jedes|eines)\s+"
            r"Monats(?![\w-])"),
         lambda m, ctx: Timex("SET", f"XXXX-XX-{int(m.group('mday')):02d}"), 3, "day_of_month"),
    # jedes Wochenende, an jedem Wochenende
    Rule(rx(r"(?<![\w-])[Jj]ede[sm]\s+Wochenende(?![\w-])"),
         lambda m, ctx: Timex("SET", "XXXX-WXX-WE"), 2, "every_weekend"),
    # an den Wochenenden, an Wochenenden
    Rule(rx(r"(?<=\b[Aa]n\s)(?:den\s+)?(?P<t>Wochenenden)(?![\w-])"),
         lambda m, ctx: Timex("SET", "XXXX-WXX-WE"), 2, "weekends"),
    # Weihnachten, Ostern 2015, Heiligen Abend
    Rule(rx(rf"(?<![\w-])(?:(?P<hord>[Ee]rsten?|[Ee]rster|[Zz]weiten?|[Zz]weiter)\s+"
            rf"(?=Weihnachts(?:feier)?tag)|(?P<hedge>frühen|späten)\s+"
            rf"(?=[A-Z]\w+(?:morgen|vormittag|nachmittag)\b))?"
            rf"(?P<hol>{_HOLIDAYS})(?![\w-])(?:\s+{_YEAR})?"),
         holiday, 1, "holiday"),
    # "am Mittwoch vor Weihnachten", "am Montag nach Ostern"
    Rule(rx(rf"(?<![\w-])(?:(?P<fwd>{WEEKDAY_NAME})|(?:[Dd]er\s+|[Dd]ie\s+)?(?P<fweek>Woche))"
            rf"\s+(?P<fside>vor|nach)\s+(?:dem\s+)?"
            rf"(?P<hol>{_HOLIDAYS})(?![\w-])(?:\s+{_YEAR})?"),
         weekday_by_feast, 2, "weekday_by_feast"),
    # "1. Advent, 17 Uhr", "am zweiten Advent", "zum dritten Adventssonntag"
    Rule(rx(r"(?<![\w-])(?:(?P<aord>ersten|erste|zweiten|zweite|dritten|dritte|vierten|vierte)|"
            r"(?<![\d.,])(?P<anum>[1-4])\.)\s+Advent(?:ssonntag|s)?(?![\w-])"),
         advent_sunday, 2, "advent_sunday"),
    # "am Wahltag von 8 bis 18 Uhr": the election's Sunday named before
    Rule(rx(r"(?<![\w-])(?:Wahltag|Wahlsonntag)(?![\w-])"), election_day, 1, "election_day"),
    # das chinesische Neujahr(sfest), des chinesischen Frühlingsfestes: the lunar new year
    Rule(rx(r"(?<![\w-])(?P<hol>[Cc]hinesische[nms]?\s+(?:Neujahrsfest|Neujahr|Frühlingsfest)"
            r"(?:e?s)?)(?![\w-])"), holiday, 2, "lunar_new_year"),
    # das Zuckerfest, des Opferfestes, das Fest des Fastenbrechens: the Islamic feasts
    Rule(rx(r"(?<![\w-])(?P<hol>(?:Zucker|Opfer|Ramadan)fest(?:e?s)?|"
            r"Fest(?:es)?\s+des\s+Fastenbrechens)(?![\w-])"), holiday, 2, "islamic_feast"),
    # Pessach, das Pessachfest, Jom Kippur, Rosch ha-Schana, Chanukka: the Jewish feasts
    Rule(rx(r"(?<![\w-])(?P<hol>(?:Pessach|Purim)(?:fest(?:e?s)?)?|Jom\s+Kippur|"
            r"Rosch\s+[Hh]a-?[Ss]chanah?|Chanukkah?|Laubhüttenfest(?:e?s)?|Schawuot)(?![\w-])"),
         holiday, 2, "jewish_feast"),
    # "Heute vor 35 Jahren": the dateline's day that many years back
    Rule(rx(rf"(?<![\w-])[Hh]eute\s+vor\s+(?P<num>\d{{1,3}}|{_NUMW})\s+Jahren(?![\w-])"),
         day_years_ago, 3, "day_years_ago"),
    # heute, gestern, Gestern Abend, heute Nachmittag, morgen früh
    Rule(rx(r"(?<![\w-])(?P<t>(?P<word>[Hh]eute|[Gg]estern|[Vv]orgestern|[Üü]bermorgen|morgen|"
            r"Morgen(?=\s+(?:früh|[Aa]bend|[Nn]achmittag|[Vv]ormittag)(?![\w-]))|"
            r"gestrigen|gestrige|morgigen|morgige)"
            r"(?:\s+(?P<dpart>[Aa]bend|[Nn]achmittag|[Vv]ormittag|[Mm]ittag|[Ff]rüh|[Nn]acht|"
            r"Morgen)(?![\w-]))?)(?![\w-])"), deictic_day, 2, "deictic_day"),
    # sentence-initial "Morgen" = tomorrow, unless "Morgen des ..." follows
    # (after a dateline's dash too, before a verb: "Berlin – Morgen beginnt die WM")
    Rule(rx(r"(?:^|(?<=[.!?:]\s)|(?<=\n)|(?<=[.!?:]\s\s)|"
            r"(?<=\s[–-]\s)(?=Morgen\s+(?:[a-zäöüß]+(?:t|en)|soll|will|kann|muss|wird)\b))"
            r"Morgen(?![\w-])"
            r"(?!\s+(?:des|dieses|desselben|früh|darauf|danach)\b)"),
         morning_tomorrow, 0, "morgen_tomorrow"),
    # an jenem Abend, in jener Nacht, an diesem grauen Novembermorgen, jenem Wahlabend
    Rule(rx(r"(?<![\w-])(?:[Jj]ene[mnrs]?|[Dd]iese[mrs])\s+(?:[a-zäöüß]+e[nmrs]?\s+)?"
            rf"(?:(?!{WEEKDAY_NAME})[A-ZÄÖÜ][a-zäöüß]+(?P<dpart>abend|nacht|morgen|nachmittag|vormittag)|"
            r"(?P<dpart2>Abend|Nacht|Morgen|Nachmittag|Vormittag))(?![\w-])"
            r"(?!\s+(?:des|vom|zum|auf|zu)\b)"),
         lambda m, ctx: demonstrative_part(PartMatch(m), ctx), 2, "demonstrative_part"),
    # in der vergangenen Nacht, letzte Nacht: the night before the dateline's day ("der
    # letzten Nacht vor der Wahl" is another)
    Rule(rx(r"(?<![\w-])(?:[Dd]er\s+(?:vergangenen|letzten|vorigen)|[Ll]etzte|[Vv]ergangene)"
            r"\s+Nacht(?![\w-])(?!\s+(?:des|der|vom|zum|zu|vor|nach|von)\b)"
            # ("die Nacht auf Sonntag" is another; "die vergangene Nacht auf Feldbetten
            # verbracht" is this one)
            r"(?!\s+auf\s+(?:den\s+)?(?:[A-Z][a-z]*tag|Mittwoch|Sonnabend|\d))"),
         last_night, 2, "last_night"),
    # "für die kommende Nacht", "in der heutigen Nacht": tonight (the article inside, as
    # the night's other words)
    Rule(rx(r"(?<![\w-])(?:[Dd]ie|[Dd]er)\s+(?:kommende|heutige)n?\s+Nacht(?![\w-])"
            r"(?!\s+(?:des|der|vom|zum|zu|von)\b)"), coming_night, 2, "coming_night"),
    # am Abend, in der Nacht, am nächsten Morgen, Morgen dieses Tages
    Rule(rx(r"(?:\b(?:[Aa]m|[Ii]n\s+der|[Ii]n\s+die|[Gg]egen|[Dd]es|[Zz]ur|[Zz]um|[Dd]en|[Üü]ber|"
            r"[Ww]ährend\s+der|[Ss]eit\s+dem|[Aa]b\s+dem|[Vv]or\s+dem|[Nn]ach\s+dem|"
            r"(?P<andthe>und\s+dem))\s+)"
            r"(?P<t>(?:(?P<rel>nächsten|folgenden|darauffolgenden|selben|gleichen|frühen|"
            r"späten)\s+)?(?P<part>Abend|Abends|Nachmittag|Vormittag|Morgen|Mittag|Nacht|Früh|"
            r"Morgenstunden|Abendstunden|Morgengrauen|Tagesanbruch|Sonnenaufgang)(?![\w-])"
            r"(?:\s+(?:dieses|desselben|jenes)\s+Tages|\s+(?P<pafter>danach|darauf)(?![\w-])"
            # "am Nachmittag des folgenden Tages": the part of the day after
            r"|\s+des\s+(?P<prel>folgenden|nächsten|darauffolgenden)\s+Tages(?![\w-])"
            r"|\s+(?P<pbefore>zuvor|davor|vorher)(?![\w-]))?)"
            # "Nacht auf Sonntag", "Morgen des 3. Mai": another rule's; "bis zum Abend
            # auf 57,50 Dollar": an amount after it
            # "Nacht von Samstag auf Sonntag": the days'
            rf"(?!\s+(?:des|zum|zu)\b|\s+vo[nm]\s+(?:{WEEKDAY_NAME}|\d)"
            r"|\s+auf\s+(?!\d[\d.,]*\d(?!\.)|\d\s+[A-Za-z]))"),
         day_part, 0, "day_part"),
    Rule(rx(r"(?<![\w-])(?<!Uhr\s)(?P<part>[Aa]bends|[Nn]achts|[Mm]orgens|[Nn]achmittags|"
            r"[Vv]ormittags)(?![\w-])"), lambda m, ctx: day_part_adverb(m, ctx), 0,
         "day_part_adverb"),
    Rule(rx(r"(?<![\w-])Mitternacht(?![\w-])"), midnight, 0, "midnight"),
    # am heutigen Schalttag, den heutigen Sonntag, am heutigen Abend: the dateline's day
    Rule(rx(rf"(?<![\w-])[Hh]eutige[nmr]?\s+(?:(?:Schalt|Feier|Gedenk|Wahl|Aktions|Sitzungs|"
            rf"Verhandlungs|Welt[a-zäöüß]*)tag|Tag|{WEEKDAY_NAME}|"
            # the day's event: "Die heutige Sitzung dauerte knapp sechs Stunden"
            r"(?:Sonder)?[Ss]itzung|Abstimmung|Debatte|Verhandlung|Partie|Treffen|"
            r"(?P<hpart>Abend|Nachmittag|Vormittag|Mittag|Morgen))(?![\w-])"),
         today_named, 2, "today_named"),
    # das zu Ende gehende Jahr, das ablaufende Jahr, das alte Jahr
    Rule(rx(r"(?<![\w-])(?:[Dd]as|[Dd]em|[Dd]es)\s+(?:zu\s+Ende\s+gehende|ablaufende|"
            r"auslaufende|scheidende|(?P<old>alte))[ns]?\s+Jahr(?:es|s)?(?![\w-])"),
         closing_year, 2, "closing_year"),
    # jetzt, derzeit, kürzlich, damals, Zukunft, bald, wenig später
    Rule(rx(rf"(?<![\w-])(?P<ref>{any_case_first(_REF_SINGLE)}|"
            r"[Vv]or\s+kurzem|[Vv]or\s+kurzer\s+Zeit|[Zz]ur\s+Zeit|[Ii]n\s+Kürze|"
            r"[Kk]urz\s+(?:zuvor|vorher|danach|darauf|später)|[Ww]enig\s+später|"
            r"[Kk]urze\s+Zeit\s+später|[Ee]inige\s+Zeit\s+später|[Bb]ald\s+darauf|"
            r"[Bb]innen\s+kurzem|(?:der\s+)?Zukunft|(?:der\s+)?Folgezeit|[Nn]un(?=\s+aber\b)|"
            r"dieser\s+[a-zäöü]+en\s+Zeit)(?![\w-])"),
         vague_ref, 0, "vague_ref"),
    # heuer, im Vorjahr, im laufenden Jahr, dieses Jahres, Ende des Jahres, Jahresende
    # ("in den ersten Wochen des neuen Jahres", "in den letzten Monaten des Jahres": its
    # start or end)
    Rule(rx(rf"(?:(?P<mod>{MODS}|Laufe|(?:den\s+)?(?:ersten|letzten)\s+(?:(?:beiden|zwei|drei|"
            r"paar)\s+)?(?:Tagen|Wochen|Monaten)(?:\s+des(?=\s+neuen\s))?)\s+)?"
            r"(?<![\w-])(?P<yr>[Hh]euer|(?:des\s+)?Vorjahr(?:es|s)?|"
            # (capitalized at a sentence's start: "Vergangenes Jahr kamen ...")
            r"Folgejahr(?:es|s)?|(?:[Dd]iese[mns]|[Ll]aufende[nm]?|[Vv]ergangene[nms]?|"
            r"[Ll]etzte[nms]?|[Vv]orige[nms]?|[Kk]ommende[nms]?|[Nn]ächste[nms]?|folgende[nms]?|"
            r"selben|gleichen|neuen?|"
            r"abgelaufene[nms]?|zurückliegende[nms]?|"
            r"vorangegangenen|desselben)\s+(?:Jahr|Geschäftsjahr|Kalenderjahr|Haushaltsjahr)"
            r"(?:es|s)?|Jahr\s+darauf|des\s+Jahres|(?<=Ende\s)Jahr|(?<=Anfang\s)Jahr|"
            r"(?<=Mitte\s)Jahr|"
            r"Jahres(?:ende|beginn|anfang|auftakt|mitte|wechsel))(?![\w-])(?!\s+(?:1\d{3}|20\d\d)\b)"),
         this_year, 1, "this_year"),
    # "im Gesamtjahr 2014": that calendar year as a whole; "für das Gesamtjahr" alone:
    # the business year under way
    Rule(rx(rf"(?<![\w-])Gesamtjahr(?:es)?(?:\s+{_YEAR}|(?P<bare>)(?![\w-]))"),
         whole_year, 2, "whole_year"),
    # "im Halbstundentakt", "im 15-Minuten-Takt": how often a bus or train runs
    Rule(rx(r"(?<![\w-])(?:(?P<tn>\d{1,3}|[Zz]ehn|[Ff]ünfzehn|[Zz]wanzig|[Dd]reißig|[Zz]wei|"
            r"[Vv]ier)-?)?(?P<tu>[Hh]albstunden|[Vv]iertelstunden|[Ss]tunden|[Mm]inuten)-?[Tt]akt"
            r"(?![\w-])"), rhythm, 0, "rhythm"),
    # diese Woche, vergangene Woche, im kommenden Monat, Ende der Woche
    # "zu Beginn der neuen Woche", "in der neuen Woche": the week about to begin
    Rule(rx(rf"(?<![\w-])(?:(?P<mod>{MODS})\s+(?P<which2>der|des|dieser|dieses|nächster|"
            rf"kommender|vergangener|nächsten|kommenden|vergangenen)\s+"
            # "Ende des vergangenen Monats"
            rf"(?:(?P<which3>vergangenen|letzten|vorigen|kommenden|nächsten)\s+)?"
            rf"(?:(?P<new>neuen)\s+)?|"
            rf"(?:{_WHICH}|(?P<same>selben|"
            r"gleichen)|(?P<two>[Üü]bernächste[nr]?|[Vv]orletzte[nr]?)|(?<=\b[Dd]er\s)"
            r"(?P<new2>neuen)|(?<=\b[Dd]ie\s)(?P<new3>neue))\s+)"
            r"(?P<u>Woche|Monat|Monats)(?![\w-])"),
         this_unit, 0, "this_unit"),
    # "in der Woche darauf", "im Monat danach", "in der Woche zuvor": the one after (or
    # before) the last day named
    Rule(rx(r"(?<=\b[Dd]er\s)(?P<u>Woche)\s+(?:darauf|danach|(?P<ub>zuvor|davor|vorher))(?![\w-])"
            r"|(?<=\b[Ii]m\s)(?P<u2>Monat|Jahr)\s+(?:darauf|danach|(?P<ub2>zuvor|davor|vorher))"
            r"(?![\w-])"),
         unit_after_day, 1, "unit_after_day"),
    # Vormonat, Vorwoche, Monatsende, Wochenbeginn
    Rule(rx(r"(?<![\w-])(?P<cu>(?:Vor|Folge)(?:monat|woche)|(?:Monats|Wochen)(?:ende|anfang|beginn|"
            r"mitte|wechsel))(?:e?s)?(?![\w-])"),
         lambda m, ctx: compound_unit(m, ctx), 1, "compound_unit"),
    # für das gesamte Jahr (this one); das ganze Jahr über (a year long)
    Rule(rx(r"(?:(?<=[Ff]ür\s)(?P<wfor>das)\s+(?:ganze|gesamte)\s+Jahr(?![\w-])(?!\s+\d)|"
            r"(?<![\w-])[Dd]as\s+(?:ganze|gesamte)\s+Jahr(?=\s+(?:über|lang)\b))"),
         whole_year_told, 2, "whole_year_told"),
    # die zweite Wochenhälfte; binnen Jahresfrist
    Rule(rx(r"(?<![\w-])(?:(?:[Dd]ie|[Dd]er)\s+)?(?:erste|zweite)n?\s+Wochenhälfte(?![\w-])"),
         week_half, 2, "week_half"),
    Rule(rx(r"(?:(?<=[Bb]innen\s)|(?<=[Ii]nnerhalb\s))Jahresfrist(?![\w-])"),
         within_a_year, 1, "within_a_year"),
    # am Tag darauf, Tag zuvor, Vortag, am selben Tag, an diesem Tag
    Rule(rx(rf"(?<![\w-])(?P<nb>{_NB_WORDS})(?![\w-])"), neighbour_day, 2, "neighbour_day"),
    # in den nächsten Wochen, innerhalb der kommenden Jahre
    Rule(rx(rf"(?<![\w-])(?:nächsten|kommenden)\s+(?:(?P<num>\d+|{NUMBER_WORD})\s+)?"
            r"(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|"
            r"Jahren|Jahre|Jahrzehnten|Jahrzehnte|Stunden)(?![\w-])"), next_units, 2, "next_units"),
    # den vergangenen Tagen, der letzten zehn Jahre, Die letzten zwölf Monate
    Rule(rx(rf"(?<![\w-])(?:(?P<det>{DET})\s+)?(?P<adj>vergangenen|letzten|zurückliegenden|"
            r"folgenden|darauffolgenden|vorangegangenen|ersten)\s+"
            rf"(?:(?P<num>\d+|{NUMBER_WORD})\s+)?(?P<unit>Tagen|Tage|Wochen|Monaten|Monate|"
            r"Jahren|Jahre|Jahrzehnten|Jahrzehnte|Stunden|Minuten|Sekunden)(?![\w-])"),
         past_units, 2, "past_units"),
    # zwei Tage später, einen Monat zuvor, nach zwei Tagen
    Rule(rx(rf"(?<![\w-])(?P<t>(?:(?P<nach>[Nn]ach)\s+)?(?:(?:[Kk]napp|[Gg]ut|[Ee]twa|[Rr]und)\s+)?"
            rf"(?P<num>\d+|{_NUMW}|{_VAGUEW}|[Ee]in\s+halbes|[Ee]inem\s+halben|"
            r"[Ee]ine\s+halbe|[Ee]iner\s+halben)?\s*"
            rf"{_UNIT}(?:\s+(?P<dir>später|danach|darauf|zuvor|vorher|früher|davor))?)(?![\w-])"),
         lambda m, ctx: offset_or_none(m, ctx), 1, "offset_date"),
    # drei Jahre, rund 200 Stunden, wenigen Tagen, ersten beiden Jahren
    Rule(rx(rf"(?<![\w-])(?P<t>(?:(?P<approx>{_APPROX})\s+)?(?:ersten\s+)?"
            rf"(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?![\d.,])|\d+(?:,\d+)?|{_HALF}|[Ee]in\s+paar|"
            rf"{_NUMW}|{_VAGUEW})\s+"
            rf"(?:(?P<mult>hundert|tausend)\s+)?"
            rf"(?:(?!über|unter|oder|aber|wieder|immer|hinter|nach|vor|eine[nmrs]?\s|jede[nmrs]?\s|"
            rf"diese[nmrs]?\s|jene[nmrs]?\s|keine[nmrs]?\s|seine[nmrs]?\s|ihre[nmrs]?\s)"
            rf"[a-zäöüß]{{3,}}e[nmrs]?\s+)?"
            rf"(?:{_UNIT}|{_COMPOUND_UNIT}))(?![\w-])"),
         duration, 0, "duration"),
    # "eine Viertelstunde", "rund eine Dreiviertelstunde"
    Rule(rx(rf"(?<![\w-])(?:(?P<approx>{_APPROX})\s+)?(?:[Ee]ine|[Ee]iner|[Dd]ie|[Dd]er)\s+"
            r"(?P<quarter>Dreiviertelstunde|Viertelstunde)(?![\w-])"),
         quarter_hour, 2, "quarter_hour"),
    # eine Stunde und zehn Minuten, zwei Jahre und drei Monate: one duration
    Rule(rx(rf"(?<![\w-])(?:(?P<approx>{_APPROX})\s+)?(?P<n1>\d+|{_NUMW})\s+"
            r"(?P<u1>Stunden?|Minuten?|Jahren?|Jahre)\s+und\s+"
            rf"(?P<n2>\d+|{_NUMW})\s+(?P<u2>Minuten?|Sekunden?|Monaten?|Monate)(?![\w-])"),
         lambda m, ctx: two_unit_duration(m), 3, "two_unit_duration"),
    # ein Vierteljahrhundert, eines Vierteljahrhunderts
    Rule(rx(r"(?<![\w-])(?:(?:[Ee]in(?:e[mns]?)?|[Dd](?:as|em|es))\s+)?Vierteljahrhunderts?(?![\w-])"),
         lambda m, ctx: Timex("DURATION", "P25Y"), 2, "quarter_century"),
    # 1:56,32 Minuten, 2:15 Stunden, 2:14:07 Stunden: a measured time
    Rule(rx(rf"(?:(?P<approx>{_APPROX})\s+)?"
            r"(?<![\d:,.])(?P<a>\d{1,2}):(?P<b>[0-5]\d)(?::(?P<c>[0-5]\d))?"
            r"(?:,(?P<frac>\d{1,3}))?\s+"
            r"(?P<cu>Minuten|Stunden)(?![\w-])"),
         lambda m, ctx: clock_duration(m), 3, "clock_duration"),
    # Monate, vielleicht Jahre dauern: a bare plural unit of a span
    Rule(rx(r"(?<![\w-])(?P<vd>Tage|Wochen|Monate|Jahre|Jahrzehnte)(?=(?:\s*,?\s*(?:oder|und|"
            r"vielleicht|wenn\s+nicht|gar|sogar)\s+(?:gar\s+)?[A-Za-zäöü]+)?\s+(?:lang\b|dauer|"
            r"hinzieh|brauch|gedauert))"),
         lambda m, ctx: None if re.search(r"[\d–-]\s*$", words_before(ctx, m.start(), 6))
         else vague_duration_any(m), 0, "bare_span"),
    # "höchstens [sechs] bis acht Monate": the first number of a range borrows the unit
    Rule(rx(rf"(?<![\w-])(?P<t>(?P<num>\d+|{_NUMW}))(?=\s*(?:bis|-|–|oder)\s*"
            rf"(?:\d+|{_NUMW})\s+{_UNIT}(?![\w-]))"),
         lambda m, ctx: None if _RANGE_AGE.match(ctx.text, m.end()) else duration(m, ctx), 0,
         "duration_range"),
    # "am 21. Juni 1788, dem Tag der Sommersonnenwende": the day just named, by a name
    Rule(rx(r"(?<=,\s)(?:dem|der)\s+(?P<t>Tag\s+(?:der|des)\s+[A-ZÄÖÜ][\w-]+)"),
         lambda m, ctx: apposed_day(m, ctx), 2, "apposed_day"),
    # lange Zeit, seit langem: an unknown stretch of years in a history ("seit Langem" in
    # news too: "eines der besten Börsenjahre seit Langem")
    Rule(rx(r"(?<![\w-])(?:[Ss]eit\s+(?P<since>[Ll]angem)|[Ll]ange\s+Zeit)(?![\w-])"
            r"(?!\s+(?:später|danach|darauf|zuvor|vorher|davor|nach|vor)\b)"),
         lambda m, ctx: Timex("DURATION", "PXY") if ctx.narrative or m.group("since")
         else None, 0, "long_time"),
    # in diesen Tagen
    Rule(rx(r"(?<![\w-])(?P<vd>(?:diesen|dieser|[Dd]iese)\s+(?:Tagen|Tage|Wochen|Monaten|Monate|Jahren|Jahre)|"
            r"(?:den\s+)?Folgejahren|Laufe\s+der\s+Jahre)(?![\w-])"),
         lambda m, ctx: vague_duration_any(m), 0, "these_days"),
    # seit Jahren, über Jahre, die Jahre (hinweg), seit langer Zeit
    Rule(rx(r"(?:(?<=[Ss]eit\s)|(?<=[Üü]ber\s))(?P<vd>Jahren|Jahre|Monaten|Monate|Wochen|Tagen|"
            r"Jahrzehnten|Jahrzehnte|langer\s+Zeit)(?![\w-])|(?<=über\s)(?P<vd2>die\s+Jahre)(?![\w-])"),
         lambda m, ctx: vague_duration_any(m), 0, "vague_duration"),
    # zweimonatige, einwöchigen, jahrelange, langjährigen
    Rule(rx(rf"(?<![\w-])(?:(?P<cnum>\d+|{NUMBER_WORD}|mehr)-?(?P<suffix>tägig|wöchig|monatig|"
            r"jährig|stündig|minütig)e[nmrs]?|(?P<lang>[Jj]ahre|[Mm]onate|[Ww]ochen|[Tt]age|"
            r"[Ss]tunden|[Jj]ahrzehnte)lange?[nmrs]?|(?P<lj>langjährige[nmrs]?))(?![\w-])"),
         lambda m, ctx: compound_or_long(m, ctx), 0, "compound_duration"),
    # täglich, jährlichen, wochentags; "zweimal täglich" (the count inside, 50 of 50 in
    # our gold)
    Rule(rx(r"(?<![\w-])(?:(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|\d{1,2})mal\s+)?"
            r"(?P<sw>[Tt]äglich|[Ww]öchentlich|[Mm]onatlich|[Jj]ährlich|[Ss]tündlich|"
            r"[Aa]lljährlich|[Aa]llabendlich|[Ww]erktags|[Ww]ochentags|[Vv]ierteljährlich|"
            r"[Hh]albjährlich|[Hh]albstündlich|[Vv]iertelstündlich)(?:e[nmrs]?)?(?![\w-])"),
         set_word, 1, "set_word"),
    # "jedes Jahr am 13. August", "jedes Jahr zu Weihnachten": that day of every year;
    # "jedes Jahr im Juli": that month of every year
    Rule(rx(rf"(?<![\w-])[Jj]ede[ns]?\s+Jahr\s+(?:(?:(?:am|zu|an)\s+(?P<yday>3[01]|[12][0-9]|"
            rf"0?[1-9])\.\s*|im\s+){MONTH}|(?:am|zu|an)\s+"
            rf"(?P<yfeast>{alternation(YEARLY_FEASTS)}))(?![\w-])"),
         yearly_day, 3, "yearly_day"),
    # "an Sonn- und Feiertagen", "an den Adventsamstagen": every such weekday
    Rule(rx(r"(?<![\w-])(?:(?P<sf>Sonn-\s+und\s+Feiertag(?:en|e))|"
            r"Advents?(?P<adv>sams|s?sonn)tagen)(?![\w-])"),
         lambda m, ctx: Timex("SET", "XXXX-WXX-6" if m.group("adv") == "sams"
                              else "XXXX-WXX-7"), 2, "sundays_and_holidays"),
    # jeden Sommer, jeden Winter: every year's season
    Rule(rx(r"(?<![\w-])[Jj]ede[nms]?\s+(?P<season>Frühling|Frühjahr|Sommer|Herbst|Winter)"
            r"(?![\w-])"),
         lambda m, ctx: Timex("SET", f"XXXX-{SEASONS[m.group('season').lower()]}"), 2,
         "season_set"),
    # jeden Tag, alle zwei Wochen, pro Tag, einmal im Monat, je zwei Wochen
    Rule(rx(rf"(?<![\w-])(?P<t>(?:(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|"
            r"[Aa]cht|[Nn]eun|[Zz]ehn|[Ee]lf|[Zz]wölf|[Mm]ehr|\d{1,2}-?)mals?\s+"
            r"(?:im|pro|in\s+der|am|die|jede[nms]?)\s+|[Jj]ede[nms]?\s+|[Pp]ro\s+|"
            rf"(?:[Aa]lle|[Jj]e)\s+(?P<every>\d+|{NUMBER_WORD})\s+)"
            r"(?P<eu>Tag|Tage|Woche|Wochen|Monat|Monate|Jahr|Jahre|Stunde|Stunden|Minute|"
            r"Minuten|Quartal)|[Pp]ro\s+(?P<eu3>Nacht)|(?P<half>[Aa]lle\s+halbe\s+Stunde))"
            r"(?![\w-])"),
         every_unit, 2, "every_unit"),
    Rule(rx(r"(?<![\w-])(?P<t>[Jj]ede[nm]\s+(?P<epart>Morgen|Vormittag|Mittag|Nachmittag|Abend|"
            r"Nacht)|(?P<epart2>[Aa]llabendlich|[Aa]llmorgendlich|[Aa]llnächtlich)|"
            r"[Jj]ede\s+(?:[a-zäöüß]+e\s+)?(?P<enight>Nacht))(?![\w-])"),
         lambda m, ctx: every_part(m, ctx), 3, "every_part"),
    # 1100 Euro im Monat, Kaltmiete im Monat, im Monat rund 20 Mark: a rate
    Rule(rx(r"(?:(?<=Euro\s)|(?<=Franken\s)|(?<=Dollar\s)|(?<=Mark\s)|(?<=miete\s)|"
            r"(?<=Miete\s)|(?<=netto\s)|(?<=brutto\s))(?P<t>im\s+(?P<eu>Monat|Jahr))(?![\w-])"
            r"|(?<![\w-])(?P<t2>im\s+(?P<eu2>Monat|Jahr))(?=\s+(?:(?:etwa|rund|knapp|fast|gut|"
            r"nur|durchschnittlich|zusätzlich|schnell|leicht|mehr\s+als|weniger\s+als|bis\s+zu|"
            r"über|unter)\s+){0,2}\d[\d.,]*\s+(?:Euro|Mark|Franken|Dollar)\b)"),
         every_unit, 2, "per_unit"),
    # "20.000 Besucher im Jahr": a count per year or month
    Rule(rx(r"(?<=\s)(?P<t>im\s+(?P<eu>Monat|Jahr))(?![\w-])(?!\s+(?:\d|(?:zuvor|davor|darauf|"
            r"danach|des|der)\b))"),
         lambda m, ctx: every_unit(m, ctx) if _COUNT_BEFORE.search(
             ctx.text, max(0, m.start() - 40), m.start()) else None, 2, "per_count"),
    # sechs Uhr, halb acht, Viertel nach neun, gegen vier Uhr morgens
    Rule(rx(rf"(?<![\w-])(?P<t>(?:(?P<halb>halb)\s+|(?P<q>[Dd]reiviertel)\s+|"
            rf"(?P<qw>[Vv]iertel)\s+(?P<rel>nach|vor)\s+)"
            rf"(?P<hw>{CLOCK_HOURS}|[01]?\d|2[0-4])(?:\s+(?P<uhr>Uhr))?|"
            rf"(?P<hw2>{CLOCK_HOURS})\s+(?P<uhr2>Uhr))(?![\w-])"
            r"(?:\s+(?P<ampm>morgens|früh|abends|nachts|nachmittags|vormittags|mittags))?"),
         lambda m, ctx: word_clock(m, ctx), 2, "word_clock"),
    Rule(WORD_CLOCK_RELATIVE, lambda m, ctx: word_clock(m, ctx), 2, "word_clock_relative"),
    Rule(WORD_CLOCK_BARE, lambda m, ctx: word_clock(m, ctx), 2, "word_clock_bare"),
    # 18 Uhr, 14.30 Uhr, 4:45 Uhr, 4 Uhr 45
    Rule(rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])(?:[.:](?P<minute>[0-5]\d))?\s*(?P<uhr>Uhr)"
            r"(?:\s+(?P<minute2>[0-5]\d)(?![\d.]))?(?![\w-])"),
         lambda m, ctx: clock_uhr(m, ctx), 2, "clock_uhr"),
    # um 12.15, 9.30/12.30 Uhr
    Rule(rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-3])[.:](?P<minute>[0-5]\d)(?!\d|[.,:]\d|\s*Uhr)"),
         bare_clock, 1, "clock_bare"),
    # von [10]-18 Uhr, von [14] bis 18 Uhr; the first of a list: um [11], 14 und 16.30 Uhr,
    # um [11] und um 14 Uhr
    Rule(rx(r"(?<![\d.,:])(?P<hour>[01]?\d|2[0-4])(?P<minute>)(?=\s*(?:-|–|bis|und)\s*"
            r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr"
            r"|(?:\s*,\s*(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?)*\s*(?:,|und|oder)\s*(?:um\s+)?"
            r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?\s*Uhr)"),
         range_start, 1, "clock_range"),
]


# --- gates and the guard for texts without a reference ---------------------------------

# Trigger kinds per rule (de_triggers): a rule runs only near words of these kinds.
_GATES = {
    "year_span": "period", "bc_range": "bc", "parsed_date": "digit", "full_date": "month",
    "numeric_date": "digit", "early_year": "digit", "long_time": "ref", "apposed_day": "unit",
    "day_month": "month", "listed_day": "month", "month_year": "month", "month": "month",
    "year": "digit", "short_year": "digit", "bc_year": "bc", "decade": "digit decword",
    "century": "century", "century_word": "century", "season": "season",
    "prior_season": "season", "prior_years": "unit",
    "quarter": "unit", "iso_week": "kw",
    "weekday_set": "weekday", "nth_weekday": "weekday", "weekday_adverb": "weekday",
    "weekday": "weekday", "weekday_by_feast": "weekday unit",
    "weekend": "unit", "every_weekend": "unit", "day_of_month": "unit", "nth_weekend": "monthweek",
    "holiday": "holiday", "advent_sunday": "holiday", "election_day": "election",
    "lunar_new_year": "holiday", "islamic_feast": "holiday",
    "jewish_feast": "holiday",
    "deictic_day": "deixis",
    "day_years_ago": "deixis", "this_decade": "decadeword", "relative_decade": "decadeword",
    "morgen_tomorrow": "daypart", "day_part": "daypart", "last_night": "daypart",
    "coming_night": "daypart",
    "day_part_adverb": "daypart",
    "midnight": "daypart", "vague_ref": "ref nun", "this_year": "unit deixis", "this_unit": "unit",
    "unit_after_day": "unit",
    "neighbour_day": "unit", "next_units": "unit", "past_units": "unit", "offset_date": "unit",
    "duration": "unit", "quarter_hour": "quarterhour", "vague_duration": "unit ref",
    "compound_duration": "unit",
    "set_word": "set", "every_unit": "unit daypart", "per_unit": "per_unit", "clock_uhr": "uhr",
    "clock_bare": "digit", "clock_range": "uhr", "duration_range": "unit",
    "these_days": "unit", "compound_unit": "unit", "quarter_code": "q", "every_part": "daypart set",
    "numeric_day_month": "digit", "weekday_numeric_day": "weekday",
    "whole_year": "whole_year", "rhythm": "takt",
    "prior_year_period": "prior_year",
    "per_count": "per_unit", "weekends": "weekends", "this_century": "century",
    "clock_duration": "span_unit", "bare_span": "bare_unit", "demonstrative_part": "dpcompound",
    "two_unit_duration": "pairunit", "quarter_century": "unit", "word_clock": "uhr clockword",
    "word_clock_relative": "clockmin", "word_clock_bare": "hourword",
    "season_set": "season", "yearly_day": "unit", "sundays_and_holidays": "unit",
    "today_named": "today_named",
    "closing_year": "closing_year", "week_half": "week_half", "within_a_year": "year_term",
    "whole_year_told": "whole_year_told",
}
# How far before its trigger a rule's expression may start (default 40 characters). Rules
# whose every match starts with the digit run that triggers them (their lookbehinds or \b
# forbid a start inside a run) need no margin before it.
_LEFT = {"word_clock": 30, "word_clock_relative": 0, "two_unit_duration": 70,
         "demonstrative_part": 60, "listed_day": 120,
         "numeric_date": 0, "parsed_date": 0, "year": 0, "short_year": 0,
         "decade": 0, "clock_bare": 0}
_PLACEHOLDER = {"DATE": "XXXX-XX-XX", "TIME": "XXXX-XX-XXTXX:XX"}


# Without a reference the handlers still run, counting from a day in the middle of the
# calendar (so no arithmetic overflows and every rule keeps its span and type); the values
# they derive from that day are then blanked.
_NO_REFERENCE_DAY = date(2000, 6, 15)
_PART_CODE = re.compile(r"T(MO|MI|AF|EV|NI|DT)$")


def _guarded(handler):
    """Without a reference time a relative expression keeps its span and type but gets
    no calendar value (the engine places no event for it)."""
    def run(m: re.Match, ctx: Context) -> Timex | None:
        if not ctx.has_reference:
            ctx = replace(ctx, ref_day=_NO_REFERENCE_DAY, ref_time=None)
        try:
            tx = handler(m, ctx)
        except (OverflowError, ValueError):
            if ctx.has_reference:
                return None
            tx = Timex("DATE", "XXXX-XX-XX", anchor="dateline")
        if tx is not None and not ctx.has_reference and tx.type in _PLACEHOLDER and (
                tx.anchor == "dateline" or (tx.anchor != "absolute" and not ctx.narrative)):
            part = _PART_CODE.search(tx.value) if tx.type == "TIME" else None
            placeholder = tx.interval or interval_of(tx.value, tx.mod)
            tx.names_day = placeholder is not None and placeholder.granularity in DAY_OR_FINER
            tx.placing = placeholder is not None and placeholder.granularity in PLACING
            tx.value = f"XXXX-XX-XXT{part.group(1)}" if part else _PLACEHOLDER[tx.type]
            tx.interval = None
        return tx
    return run


for _rule in RULES:
    _rule.handler = _guarded(_rule.handler)
    _rule.pattern = GatedPattern(_rule.pattern, TRIGGERS, _GATES[_rule.name],
                                 left=_LEFT.get(_rule.name, 40), right=40)
