"""English temporal expressions: the patterns and what each one means.

Spans follow TimeBank/TempEval-3: determiners and modifiers belong to the expression
("the third quarter", "the past three years", "last week", "early May", "about two
years"), prepositions do not ("since", "until", "in"). Each handler is pure: the same
match and context give the same answer, so the engine may call it once per candidate
reference day.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from timeline.temporal.en_dates import (
    century,
    decade,
    decade_half,
    full_date,
    hijri_date,
    holiday,
    holiday_weekend,
    month_alone,
    month_day,
    month_of_named_year,
    month_rel_year,
    month_year_,
    nth_of_month,
    numeric_date,
    ordinal_month_day,
    range_last_day,
    season,
    week_of,
    weekend_of_days,
    year_alone,
)
from timeline.temporal.en_durations import (
    ADVERB_SET_WORDS,
    SET_WORDS,
    a_while,
    alternate_units,
    duration,
    every,
    every_n,
    fraction_unit,
    long_unit,
    one_more_unit,
    set_word,
    stretch,
    times_per,
    vague_duration,
)
from timeline.temporal.en_flashback import note as note_episode
from timeline.temporal.en_lexicon import (
    ABBREVIATED_MONTHS,
    DAY_ORDINALS,
    NUMBER,
    ORDINALS,
    VAGUE_QUANT,
    WEEKDAYS,
    alt,
)
from timeline.temporal.en_match import (
    _ANY_MONTH_NAME,
    AM_PM,
    ANY_MONTH,
    CAL_UNIT,
    DAY,
    DAY_IN_RANGE,
    FULL_MONTHS,
    HOLIDAY_NAMES,
    MONTH,
    NARRATIVE,
    ORDINAL_Q,
    POS,
    QUANT,
    REL_YEAR,
    TIME_DAY,
    TIME_ZONE,
    UNIT,
    WEEKDAY,
    WEEKDAY_PREFIX,
    WHICH,
    YEAR,
    YEAR2,
    YEAR_OR_WORDS,
    rx,
)
from timeline.temporal.en_narrative import (
    PLUPERFECT,
    early_full_date,
    early_in_part_of_day,
    early_month_year,
    early_season,
    early_year,
    era_expression,
    part_of_named_day,
    range_first_day,
    seasons_later,
    story_century,
    story_clock,
    story_dawn,
    story_decade,
    story_duration,
    story_new_year,
    story_this_unit,
    story_vague,
    vague_later,
)
from timeline.temporal.en_periods import (
    final_quarter,
    fiscal_code,
    fiscal_year,
    half,
    league_season,
    month_period,
    months_of_year,
    period_code,
    quarter,
    this_quarter,
    year_earlier,
    year_period,
)
from timeline.temporal.en_relative import (
    ago,
    day_around,
    deictic_day,
    how_often,
    in_the_unit,
    later_earlier,
    next_part_of_day,
    next_unit,
    ordinal_day,
    overnight,
    part_of_day,
    relative_unit,
    rest_of_unit,
    same_unit_other_year,
    shared_part_of_day,
    the_unit,
    the_weekend,
    this_day_in,
    two_steps,
    weekday,
    weekday_day_number,
    weekday_set,
    weekends_set,
    year_end,
)
from timeline.temporal.en_story import StoryPoint, point_of, remember, story_at
from timeline.temporal.en_times import (
    VAGUE_REFS,
    clock_each_week,
    clock_time,
    from_today,
    hour_of_part_of_today,
    nth_day_each_month,
    race_time,
    range_start_clock,
    set_at_clock,
    ticker_clock,
    tonight_at,
    vague_ref,
    word_clock,
)
from timeline.temporal.en_triggers import TRIGGERS
from timeline.temporal.engine import Context, Handler, Rule, Timex
from timeline.temporal.gate import GatedPattern
from timeline.temporal.hijri import MONTH_NAMES as HIJRI_MONTH_NAMES

# the weather of a season or a month: "the cold winter", "a long, hot summer", "a cool,
# wet May" (one or two words)
_WEATHER_WORD = (r"(?:unusually\s+|very\s+|record\s+)?(?:cold|colder|harsh|harsher|mild|milder|"
                 r"hot|hotter|dry|drier|wet|wetter|long|snowy|rainy|warm|warmer|severe|bitter|"
                 r"brutal|stormy|cool|cooler|chilly|icy|frosty|sunny|cloudy|scorching|"
                 r"sweltering|freezing)")
_WEATHER = rf"{_WEATHER_WORD}(?:,?\s+(?:and\s+)?{_WEATHER_WORD})?"

# histories: "BC", "AD" and early years of one to four digits
_ERA = r"(?P<era>BCE\b|BC\b|B\.C\.(?:E\.)?|AD\b|A\.D\.|CE\b)"
_EARLY_YEAR = (rf"(?P<eyear>[1-9]\d{{0,3}})\b(?![,.:]\d|\s*-\s*(?:year|month|day))"
               rf"(?:\s*{_ERA})?")
_EARLY_YEAR_RANGE = (rf"(?P<eyear>[1-9]\d{{0,3}})(?:\s*[-\u2013/]\s*\d{{1,4}})?\b(?![,.:]\d)"
                     rf"(?:\s*{_ERA})?")

# the days of a month written as ordinal words, longest first ("twenty-first" before "first")
_DAY_ORDINALS = alt(DAY_ORDINALS)
_HOUR_WORDS = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
# what a number counts when it is no hour: "five to ten years", "ten to twelve people"
_COUNTED = (r"(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|percent|per\s+cent|"
            r"times|people|points|goals|runs|votes|miles|metres|meters|feet|kilometres|"
            r"kilometers|pounds|dollars|euros|million|billion|thousand|hundred|of)\b")

# how often in each period: "once", "twice", "three times" ("twice daily", "once every week")
_TIMES = rf"(?:once|twice|(?:{NUMBER})\s+times)"

RULES: list[Rule] = [
    # absolute dates
    Rule(rx(rf"\b{WEEKDAY_PREFIX}{MONTH}\s+{DAY},?\s+{YEAR_OR_WORDS}\b"), full_date, 5,
         "full_date"),
    Rule(rx(rf"\b{WEEKDAY_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}"), full_date, 5,
         "full_date_dmy"),
    Rule(rx(r"\b(?:\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})\b(?![/-]\d)"),
         numeric_date, 5, "numeric_date"),
    Rule(rx(rf"\b(?:{WHICH}\s+)?{WEEKDAY_PREFIX}{MONTH}\s+{DAY_IN_RANGE}(?!,?\s*\d{{4}})"
             rf"{REL_YEAR}"), month_day, 4,
         "month_day"),
    Rule(rx(rf"\b{WEEKDAY_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}(?!,?\s*\d{{4}})"
             rf"{REL_YEAR}"), month_day, 3, "day_month"),
    # "the second of January", "the twenty-first of June 1998": a day written as a word
    Rule(rx(rf"\bthe\s+(?P<dayw>{_DAY_ORDINALS})\s+of\s+{MONTH}(?:,?\s+{YEAR})?"),
         ordinal_month_day, 4, "ordinal_month_day"),
    # "Saturday, December fifth" (as read out on air)
    Rule(rx(rf"\b{WEEKDAY_PREFIX}{MONTH}\s+(?:the\s+)?(?P<dayw>{_DAY_ORDINALS})\b"
             rf"(?!\s+(?:of|quarter|half|time|week|day|place|round|year|month|century)\b)"
             rf"(?:,?\s+{YEAR})?"),
         ordinal_month_day, 4, "month_ordinal_day"),
    # "for the rest of the year": the end of the current one
    Rule(rx(r"\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:the|this)\s+"
            r"(?P<cunit>week|month|year)\b"),
         rest_of_unit, 5, "rest_of_unit"),
    # (also the week a date ends: "the week ending Jan. 4", "the week to 8 January")
    Rule(rx(rf"\bthe\s+week\s+(?:beginning|starting|commencing|of|ending|ended|to)\s+"
             rf"(?:{WEEKDAY},?\s+)?"
             rf"(?:the\s+)?(?:(?P<dayfirst>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?)?{MONTH}"
             rf"(?(dayfirst)|\s+{DAY})(?:,?\s+{YEAR})?"), week_of, 5, "week_of"),
    Rule(rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH},?\s+(?:of\s+)?{YEAR_OR_WORDS}"), month_year_, 4,
         "month_year"),
    Rule(rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH}\s+(?:of\s+)?(?P<yw>last|next|this)\s+year\b"),
         month_rel_year, 4, "month_rel_year"),
    # "in May of that year", "May the following year", "on Sept 25 of that year": a month
    # (or a day) of the year named before
    Rule(rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH}(?:\s+(?P<nday>[0-3]?\d)(?:st|nd|rd|th)?)?,?\s+"
            r"(?:of\s+)?(?P<ny>that|the\s+same|the\s+following|"
            r"the\s+next|the\s+previous|the\s+preceding|the\s+prior)\s+year\b"),
         month_of_named_year, 4, "month_of_named_year"),
    Rule(rx(rf"(?:\b{NARRATIVE}|\b{WHICH}\s+|\b{POS}|\b(?<![\d-])){MONTH}"), month_alone, 2,
         "month"),
    Rule(rx(rf"(?:\b{POS}|\b(?P<fiscal>fiscal(?:\s+year)?\s+|the\s+year\s+|FY\s*)|\b)"
             rf"{YEAR_OR_WORDS}(?:\s+(?:and\s+beyond|or\s+later))?"),
         year_alone, 1, "year"),
    Rule(rx(rf"\b(?:the\s+)?(?P<half>first|second|last)\s+half\s+of\s+(?:fiscal\s+)?{YEAR}"),
         year_alone, 5, "half_of_year"),
    Rule(rx(rf"(?:\bthe\s+)?(?:{POS})?(?:(?P<dec4>1[0-9]{{2}}0|20[0-9]0)'?s\b"
             rf"|'(?P<dec2>[0-9]0)s\b|(?<=the\s)(?P<dec2b>[2-9]0)s\b)"), decade, 4, "decade"),
    Rule(rx(r"\b(?:the\s+)?(?P<hd>first|second|last|latter)\s+half\s+of\s+the\s+"
            r"(?:(?P<dec4>1[0-9]{2}0|20[0-9]0)'?s\b|'(?P<dec2>[0-9]0)s\b)"), decade_half, 5,
         "decade_half"),
    Rule(rx(rf"\bthe\s+(?:{POS})?(?:nineteen[\s-])?(?P<decw>twenties|thirties|forties|fifties|"
             rf"sixties|seventies|eighties|nineties)\b"), decade, 3, "decade_words"),
    # "the weekend of 7 and 8 January", "the weekend of June 14-15": that weekend
    Rule(rx(rf"\bthe\s+weekend\s+of\s+(?:(?P<wd1>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)\s*"
            rf"[0-3]?\d(?:st|nd|rd|th)?\s+(?P<wmo>{_ANY_MONTH_NAME})"
            rf"|(?P<wmo2>{_ANY_MONTH_NAME})\.?\s+(?P<wd2>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:and|&|-|–|to)"
            rf"\s*[0-3]?\d(?:st|nd|rd|th)?)\b(?:,?\s+(?P<wy>1[89]\d\d|20\d\d)\b)?"),
         weekend_of_days, 6, "weekend_of_days"),
    # (of "the Labour Day long weekend" the holiday alone is tagged, as writers do)
    Rule(rx(rf"\b(?:(?:{WHICH}|the)\s+)?(?P<hol>{HOLIDAY_NAMES})(?:\s+(?:bank\s+)?holiday)?"
             rf"\s+weekend\b"), holiday_weekend, 5, "holiday_weekend"),
    Rule(rx(rf"\b(?:the\s+)?{POS}?(?:(?P<ordc>\d{{1,2}}(?:st|nd|rd|th)|{alt(ORDINALS)})|"
             rf"{WHICH})[\s-]+century\b(?:\s+(?P<era>BCE?\b|B\.C\.))?"), century, 4,
         "century"),
    Rule(rx(rf"\b(?:{NARRATIVE}|(?:{WHICH}|(?P<the>the))\s+)?{POS}?(?P<season>spring|summer|fall|"
             rf"autumn|winter)(?:(?:\s+of)?\s+{YEAR_OR_WORDS})?\b"), season, 3, "season"),
    # "because of the cold winter", "we had a wet spring": the season, past its weather
    Rule(rx(rf"\b(?P<the>the|a)\s+{_WEATHER}\s+(?P<t>(?P<season>spring|summer|fall|autumn|"
            r"winter))\b"
            r"(?!\s+(?:of|months|season|solstice|quarters|break|coats?|clothes|tyres|tires|"
            r"sports|games|olympics|wheat|crops?|storm)\b)"),
         season, 3, "weather_season"),
    # "because of a cool, wet May": the month, past its weather
    Rule(rx(rf"\b(?:the|a)\s+{_WEATHER}\s+(?P<t>(?P<month>{alt(FULL_MONTHS)}))\b"
            r"(?!\s+(?:\d|of\b))"), month_alone, 3, "weather_month"),
    # "earlier this fall", "late last summer": the position before the season's word
    Rule(rx(rf"\b{POS}(?:{WHICH})\s+(?P<season>spring|summer|fall|autumn|winter)\b"), season, 4,
         "placed_season"),
    Rule(rx(rf"\b(?:{WHICH}\s+|(?P<hevery>every|each)\s+|the\s+(?:(?:final|last|first)\s+)?"
            rf"(?:full\s+)?"
            rf"(?P<hnear>week|weekend|day|(?P<hwd>Monday|Tuesday|Wednesday|Thursday|Friday|"
            rf"Saturday|Sunday))\s+"
            rf"(?P<hside>after|before|of)\s+)?(?P<hol>{HOLIDAY_NAMES})"
            rf"(?:(?P<hweek>\s+week\b)|,?\s+{YEAR}|\s+(?P<hrel>last|next|this)\s+year\b(?!['’]s)"
            rf"|\s+(?P<eyear>1[01234]\d\d|[1-9]\d\d)(?![\d,.]\d|\s+(?:[a-z]+s|people|men)\b)"
            rf"|\s+(?P<hpod>morning|afternoon|evening|night)\b"
            # the day a feast named by its weekday falls on, in apposition: "Thanksgiving
            # Monday, Oct. 14" (2 of 2 in our gold; "Labor Day, Sept. 6" is two, 2 of 2)
            rf"|(?:(?<=monday)|(?<=friday)|(?<=sunday)|(?<=saturday)|(?<=thursday)),"
            rf"[^\S\n]+(?:(?P<hamo>{_ANY_MONTH_NAME})\.?[^\S\n]+(?P<hadd>[0-3]?\d)"
            rf"|(?P<hadd2>[0-3]?\d)(?:st|nd|rd|th)?[^\S\n]+(?P<hamo2>{_ANY_MONTH_NAME}))"
            rf"(?:st|nd|rd|th)?(?:,?[^\S\n]+(?P<hay>1[5-9]\d\d|20\d\d))?(?![\d:.,]\d))?(?!\w)"),
         holiday, 4,
         "holiday"),
    # a day of the Islamic calendar: "1 Shawwal 1445", "the 10th of Dhul Hijjah"
    Rule(rx(rf"\b(?:(?:the\s+)?(?P<hday>[1-9]|[12]\d|30)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<hmonth>{HIJRI_MONTH_NAMES})(?![\w'’-])"
            # ... or the month first: "from Ramadan 29 to Shawwal 3"
            rf"|(?P<hmonth2>{HIJRI_MONTH_NAMES})\s+(?P<hday2>[1-9]|[12]\d|30)(?![\d:]|[.,]\d)\b)"
            rf"(?:,?\s+(?P<hyear>1[2-5]\d\d)(?:\s*(?:AH|A\.H\.|H)\b)?)?"), hijri_date, 5,
         "hijri_date"),
    # "the first Saturday in May", "the third weekend in January", "the first week of June"
    Rule(rx(rf"\b(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last|final)\s+"
            rf"(?:(?P<nwd>(?:mon|tues|wednes|thurs|fri|satur|sun)day)|(?P<nunit>weekend|week))"
            rf"\s+(?:of|in)\s+{MONTH}(?:,?\s+{YEAR})?"), nth_of_month, 5, "nth_of_month"),
    # quarters, halves, fiscal years
    Rule(rx(rf"\b(?:(?:the|a|this\s+year's|last\s+year's)\s+)?(?:(?P<yago>"
             rf"(?:comparable\s+)?(?:year-earlier|year-ago|year\s+earlier|prior-year))\s+)?"
             rf"(?:(?P<nxt>next\s+year's)\s+)?(?:{YEAR}\s+)?(?:fiscal[\s-]+)?{ORDINAL_Q}[\s-]+"
             rf"(?:fiscal\s+)?(?P<qs>quarters?)(?:(?:\s+of\s+(?:fiscal\s+)?|\s+){YEAR2}"
             rf"|\s+of\s+(?P<ryear>next|this|last|the)\s+year)?\b"),
         quarter, 4, "quarter"),
    # "the final quarter of 2011", "the last quarter of the year": the fourth ("the last
    # quarter" alone is the one before the current, in this_quarter)
    Rule(rx(rf"\b(?:the\s+)?(?P<fin>final|last)\s+(?:fiscal\s+)?quarter\s+of\s+"
            rf"(?:(?:fiscal\s+)?{YEAR}|(?P<ryear>next|this|last|the)\s+year)\b"),
         final_quarter, 5, "final_quarter"),
    Rule(rx(r"\b(?:(?P<qwhich>the\s+(?:latest|current|last|past|previous|recent|next|coming)|"
             r"the|this|next|its\s+latest)\s+)(?:fiscal\s+)?(?P<qunit>quarter|half|period)\b"
             r"(?!-|\s+of\b|\s+(?:an?\s+)?(?:hour|minute|day|dozen|mile|point)s?\b)"),
         this_quarter, 2, "this_quarter"),
    Rule(rx(rf"\b(?:(?:the|its)\s+)?(?P<hord>first|second|last)\s+half(?:\s+of\s+"
             rf"(?:fiscal\s+)?{YEAR}|\s+of\s+(?P<ryear>next|this|last|the)\s+year)?\b(?!-)"
             # not a half of a smaller unit: "the last half hour"
             r"(?!\s+(?:an?\s+)?(?:hour|minute|day|dozen|mile|point)s?\b)"
             # not a share of something: "the second half of the army"
             r"(?!\s+of\s+(?:the|his|her|its|their)\s+(?!(?:year|season|decade|century|month|"
             r"week|day|quarter|game|match|war|session|term|[0-9]))[a-z])"),
         half, 3, "half"),
    # "the June quarter", "the April-June quarter", "the December half"; stretches of a
    # fixed length: "the past fortnight", "the half-year to June 30"
    Rule(rx(rf"\b(?:(?:(?:the|this\s+year's|last\s+year's|its|their)\s+)?(?:(?P<month1>"
             rf"{ANY_MONTH})\.?(?:\s*[-\u2013/]\s*|[\s-]to[\s-]|\s+through\s+))?"
             rf"(?P<month>{ANY_MONTH})\.?(?:\s+{YEAR})?"
             rf"[\s-]+(?P<punit>quarter|half(?:[\s-]year)?|period)\b(?:\s+of\s+{YEAR2})?"
             rf"(?!\s+(?:of|ended|ending|to)\b)"
             rf"|(?:the\s+)?(?:past|last|next|coming|previous|following)\s+(?P<fn>fortnight)\b"
             rf"|(?P<hy>the\s+(?:first\s+|second\s+)?half[\s-]year)(?=\s+(?:to|ended|ending)\b))"),
         month_period, 5, "month_period"),
    # "Q3 2021", "1H19"; "the 2016-17 winter", "the 2021/22 season" (named by the year it
    # starts in)
    Rule(rx(rf"\b(?:(?:(?P<pl>[QH])(?P<pn>[1-4])|(?P<pn2>[1-4])(?P<pl2>[QH]))"
             rf"(?:\s*{YEAR}|\s*'?(?P<yy>\d\d)|\s+FY\s?'?(?P<qfy>\d\d|(?:19|20)\d\d))?\b"
             r"|(?:(?P<the>the)\s+)?(?:(?P<fy>(?:financial|fiscal|tax|academic)\s+year\s+|"
             r"FY\s?))?(?P<sy1>(?:19|20)\d\d)[-\u2013/](?P<sy2>\d\d)\b(?![-/]\d)"
             r"(?:\s+(?P<what>season|winter|summer|spring|autumn|fall|financial\s+year|"
             r"fiscal\s+year|tax\s+year|academic\s+year|school\s+year|campaign))?)"),
         period_code, 5, "period_code"),
    Rule(rx(rf"\bthe\s+(?P<mfirst>first|final|last)\s+(?P<mn>three|six)\s+months\s+of\s+"
            rf"(?:(?:fiscal\s+)?{YEAR}|(?P<ryear>next|this|last|the)\s+year)\b"),
         months_of_year, 5, "months_of_year"),
    Rule(rx(rf"\b(?:the\s+)?(?P<hord>first|last)\s+two\s+quarters\s+of\s+(?:(?:fiscal\s+)?{YEAR}"
            rf"|(?P<ryear>next|this|last)\s+year)\b"), half, 4, "two_quarters"),
    # "the day before", "the week after": counted from the date the text gave last
    Rule(rx(r"\bthe\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after)"
            r"(?=\s*[,.;:)]|\s*$)"), next_unit, 3, "unit_before_after"),
    Rule(rx(r"\b(?:(?:the|a)\s+)?(?:comparable\s+|same\s+)?(?P<ye>year-earlier|year-ago|"
             r"year\s+earlier|prior-year|year-before|(?:prior|previous)\s+corresponding)"
             r"(?:\s+(?P<what>period|quarter|nine\s+months|six\s+months))?\b"), year_earlier, 3,
         "year_earlier"),
    Rule(rx(r"\blast\s+year's\s+(?P<what>quarter|period)\b"), year_earlier, 5, "last_years_q"),
    Rule(rx(r"\b(?:the|a)\s+(?:same|corresponding|comparable|like)\s+(?P<what>quarter|period)\s+"
            r"(?:of\s+)?(?:last\s+year|a\s+year\s+(?:ago|earlier)|the\s+(?:previous|prior)\s+year)"
            r"\b"), year_earlier, 5, "same_period_last_year"),
    Rule(rx(rf"\b(?:the|that)\s+{YEAR}\s+(?P<what>quarter|period)\b"), year_period, 4,
         "year_period"),
    Rule(rx(r"\b(?:the\s+)?(?P<what>quarter|period)\s+a\s+year\s+(?:ago|earlier)\b"),
         year_earlier, 4, "quarter_a_year_ago"),
    Rule(rx(rf"\b(?:the\s+(?P<fend>end|start|beginning)\s+of\s+)?(?:the\s+|its\s+)?"
             rf"(?:{WHICH}\s+|latest\s+)?fiscal(?:\s+year)?"
             rf"(?:\s*{YEAR})?\b"
             # "its fiscal first quarter": the quarter's, another rule
             r"(?!\s+(?:first|second|third|fourth|final|last)[\s-]+(?:quarter|half))"),
         fiscal_year, 2, "fiscal_year"),
    # "FY24", "FY 2024": a fiscal year named by the year it ends in
    Rule(rx(r"\bFY\s?'?(?P<fyy>\d\d|(?:19|20)\d\d)\b(?![-/]\d)"), fiscal_code, 4, "fiscal_code"),
    # relative to the dateline
    Rule(rx(rf"\b{POS}?(?P<deixis>today|yesterday|tomorrow|tonight)\b(?:\s+(?P<pod>morning|"
             rf"afternoon|evening|night))?"), deictic_day, 3, "deictic_day"),
    # an almanac's "on this day in 1978": the dateline's day and month in that year
    Rule(rx(rf"\bthis\s+(?:day|date)\s+in\s+{YEAR}"), this_day_in, 5, "this_day_in"),
    Rule(rx(r"\bthe\s+(?:(?P<cunit>day|week|month|year)\s+after\s+next|day\s+(?P<two>after\s+"
            r"tomorrow|before\s+yesterday))\b"), two_steps, 4, "two_steps"),
    Rule(rx(rf"\b{POS}?(?P<pod>morning|afternoon|evening|night)\s+(?P<deixis>yesterday|today|"
             rf"tomorrow)\b"), deictic_day, 3, "pod_deictic"),
    Rule(rx(rf"\b(?:{POS})?(?P<pwhich>this|last|the)\s+(?P<pday>morning|afternoon|evening|"
             rf"night)\b"), part_of_day, 2, "part_of_day"),
    # "this afternoon and evening", "Tuesday morning and afternoon": the second part of
    # the same day
    Rule(rx(r"(?<=\band\s)(?P<pday>morning|afternoon|evening|night)\b"), shared_part_of_day, 2,
         "shared_part_of_day"),
    # "grew by 4,000 acres overnight", "broken into overnight Friday": the night before
    Rule(rx(rf"\bovernight\b(?:\s+{WEEKDAY})?"), overnight, 2, "overnight"),
    Rule(rx(r"\b(?P<pos>mid)[\s-](?P<pwhich>)(?P<pday>morning|afternoon|evening)\b"),
         part_of_day, 2, "mid_part_of_day"),
    # "in afternoon trading": the session of the day reported on
    Rule(rx(r"\b(?P<pwhich>)(?P<pday>morning|afternoon|evening)(?=\s+trading\b(?!\s+(?:on\s+)?[a-z]+day\b))"),
         part_of_day, 2, "trading_part_of_day"),
    # also "the following Monday", "a week on Monday", "Tuesday week", "Monday last week",
    # "bank holiday Monday"
    Rule(rx(rf"\b(?:(?P<prev>the\s+previous)\s+|{WHICH}\s+|{POS}|(?P<pre>the\s+following\s+|"
             # (not a rate: "open seven days a week from Monday")
             rf"(?<!days\s)a\s+week\s+(?:on|from)\s+)|(?:the\s+)?bank\s+holiday\s+)?{WEEKDAY}"
             rf"(?:,?\s+(?P<pod>morning|afternoon|evening|night|noon|midnight)"
             rf"|(?P<wkafter>\s+week\b(?!\s*(?:'s|end|day|long|-)))"
             rf"|,?\s+(?:of\s+)?(?P<wk>last|next|this|previous)\s+week\b)?"
             # (a date after it is the weekday's own: "Monday, Jan. 9"; after a part of the
             # day only one with its year, "Monday night, Jan. 9, 1961", stays apart)
             rf"(?(pod)(?!\s*,?\s*(?:{_ANY_MONTH_NAME})\.?\s+\d\d?(?:st|nd|rd|th)?\b"
             rf"(?!,?\s+\d{{4}}))|(?(wkafter)|(?!\s*,?\s*{MONTH}\s+\d)))"),
         weekday, 2, "weekday"),
    Rule(rx(rf"\b(?P<pod>noon|midnight|midday|dawn|daybreak|dusk|nightfall)\s+{WEEKDAY}"),
         weekday, 3, "noon_weekday"),
    # "Saturday 9 and Sunday 10 December", "Monday 11 to Thursday 14 December"
    Rule(rx(rf"\b(?P<weekday>{alt(w for w in WEEKDAYS if len(w) > 4)}),?\s+"
             rf"(?:the\s+(?=\d\d?(?:st|nd|rd|th)))?(?P<dnum>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?\b"
             rf"(?![.:,]\d|\s*(?:[-\u2013/%]|[ap]\.?m\b|o'clock|"
             rf"(?:[a-z]+\s+)?(?:points?|goals?|runs?|votes?|percent|per\s+cent|people|"
             rf"minutes|hours|days|weeks|years)\b))"),
         weekday_day_number, 3, "weekday_day_number"),
    # a day of the month alone after a preposition: "turns 100 on the 23rd.", "must reach
    # us by the 22nd." (not "the 20th century", "the 30th anniversary": a noun follows)
    Rule(rx(r"\b(?:[Oo]n|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ss]ince)\s+"
            r"(?P<t>the\s+(?P<odn>[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b(?=\s*(?:[.,;:!?)]|$)"
            r"|\s+(?:and|or|to|when|where|at|with|but|so|if|was|were|is|are|will|would|the|a|"
            r"an|in|for|from|until|he|she|it|they|we)\b)"),
         ordinal_day, 2, "ordinal_day"),
    Rule(rx(rf"\bthe\s+day\s+(?P<dir>before|after)\s+(?:(?:{WHICH}\s+)?{WEEKDAY}"
            rf"(?!\s*,?\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d)"
            rf"|{MONTH}\s+{DAY}(?!,?\s*\d{{4}}))"), day_around, 4,
         "day_around"),
    Rule(rx(rf"\b(?P<weekday>{alt(w for w in WEEKDAYS if len(w) > 4)})(?:s\b"
             rf"(?:(?:\s+and\s+\w+)?\s+(?P<pod>mornings|afternoons|evenings|nights))?"
             rf"|\s+(?P<pods>mornings|afternoons|evenings|nights)\b)"), weekday_set, 2,
         "weekday_set"),
    # a race time: "won in 2:20:42", "the course record of 2:03:05"
    Rule(rx(r"\b(?:in|of|record|time|clocked|timed)\s+(?P<h>\d):(?P<mi>[0-5]\d):(?P<s>[0-5]\d)"
            r"(?![\d:]|\.\d)"), race_time, 3, "race_time"),
    # "matinees at 2 p.m. on Sundays", "open until 9 p.m. every Thursday": one time each week
    Rule(rx(rf"\b(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.?m\b\.?)"
             rf"\s+(?:on\s+(?P<weekday>{alt(w for w in WEEKDAYS if len(w) > 4)})s"
             rf"|every\s+(?P<weekday2>{alt(w for w in WEEKDAYS if len(w) > 4)}))\b"),
         clock_each_week, 5, "clock_each_week"),
    # "every Tuesday at 10 a.m.", "every day at 10 a.m.", "every morning at 8": one set
    Rule(rx(rf"\b(?:every|each)\s+(?:(?P<weekday3>{alt(w for w in WEEKDAYS if len(w) > 4)})"
            rf"|(?P<daily>day|weekday|morning|afternoon|evening|night))\s+at\s+"
            rf"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?"
            rf"(?:\s*(?P<ampm>[ap]\.?m\b\.?))?(?![:.]?\d)"), set_at_clock, 5, "set_at_clock"),
    # "the first Sunday of each month": a day of every month
    Rule(rx(rf"\b(?:the\s+)?(?:first|second|third|fourth|last)\s+"
            rf"(?:{alt(w for w in WEEKDAYS if len(w) > 4)}|weekend)\s+(?:of|in)\s+(?:each|every)\s+"
            rf"month\b"), nth_day_each_month, 5, "nth_day_each_month"),
    Rule(rx(rf"\b(?:{POS})?(?:{WHICH})\s+{CAL_UNIT}\b(?!-|\s+of\s+an?\s+hour\b)"), relative_unit, 3,
         "relative_unit"),
    # a stretch from now: "within the next year", "over the coming month", "the past
    # decade" (TempEval-3 keeps "over the next year", "over the past year" calendar years,
    # and "in the last decade" the decade)
    Rule(rx(r"(?:(?<=\bwithin\s)the\s+(?:next|coming|past|last)\s+(?=(?:week|month|year)\b)"
            r"|(?:(?<=\bover\s)|(?<=\bduring\s))the\s+(?:next|coming)\s+(?=(?:week|month)\b)"
            r"|(?:(?<=\bover\s)|(?<=\bduring\s)|(?<=\bwithin\s)|(?<=\b[Ff]or\s))the\s+last\s+"
            r"(?=decade\b)"
            r"|\b[Tt]he\s+(?:past|next|coming)\s+(?=decade\b(?!\s+of\b)))"
            r"(?P<sunit>week|month|year|decade)\b(?!-)"),
         stretch, 4, "stretch"),
    Rule(rx(rf"\b(?:{POS})(?P<which>this|last|next)\s+{CAL_UNIT}\b(?!-)"), relative_unit, 4,
         "pos_relative_unit"),
    Rule(rx(r"\b(?P<which>this|last|next|the\s+previous|the\s+following|the\s+coming)\s+"
            r"season\b(?!\s+of\b)"), league_season, 2, "league_season"),
    # (also "the long weekend", "the bank holiday weekend": the weekend, with its Monday; not
    # "the holiday weekend", which names the holiday's, often a week or more ahead)
    Rule(rx(r"\bthe\s+(?:(?:long|bank\s+holiday)\s+)?weekend\b"), the_weekend, 2,
         "the_weekend"),
    # "open on weekends", "worked weekends": each weekend
    Rule(rx(r"(?<!\bthe\s)(?<!\bof\s)\bweekends\b(?!\s+(?:of|ago|before|after|later)\b)"),
         weekends_set, 1, "weekends_set"),
    Rule(rx(r"\b(?:(?P<qmod>around|about)\s+)?(?:the\s+)?year(?:-|\s+|'s\s+)end\b"),
         year_end, 3, "year_end"),
    Rule(rx(rf"\b(?:{POS}(?:the\s+)?|the\s+)(?:full\s+)?(?P<cunit>week|month|year)\b(?!-)"),
         the_unit, 1, "the_unit"),
    Rule(rx(rf"\b{QUANT}?(?:(?P<num>{NUMBER})|(?P<vague>{VAGUE_QUANT}))[\s-]+(?:more\s+)?{UNIT}"
             rf"(?:\s+or\s+so)?\s+ago\b"), ago, 4, "ago"),
    Rule(rx(r"\b(?P<bare>years|months|weeks|days|decades)\s+ago\b"), ago, 3, "bare_ago"),
    Rule(rx(rf"\b{QUANT}?(?P<num>{NUMBER})[\s-]+{UNIT}\s+(?P<dir>later|earlier|after|before)"
             rf"\b(?=\s*(?:[,.;:)]|$|and\b|but\b|when\b|in\b|on\b|at\b|with\b)"
             # (not "walk out for eight days later this month")
             rf"|(?<=later|rlier)(?!\s*(?:than\b|-|on\b|this\b|next\b)))"), later_earlier, 4,
         "later_earlier"),
    # "Thirteen years on, the count is ...": so long after the date told last
    Rule(rx(rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<num>{NUMBER})[\s-]+{UNIT}\s+(?P<dir>on)(?=\s*,)"),
         later_earlier, 4, "years_on"),
    Rule(rx(rf"\b(?:the|that)\s+(?P<dir>next|following|previous|prior|preceding|same)\s+{UNIT}"
             rf"\b(?!\s+(?:of|after|before)\b)"), next_unit, 3, "next_unit"),
    Rule(rx(rf"\b(?:{POS})?(?P<dir>that)\s+{UNIT}\b(?!\s+(?:of|after|before)\b)"), next_unit,
         1, "that_unit"),
    Rule(rx(r"\b(?:the|that)\s+(?:(?P<dir>next|following|same|previous|prior|preceding)\s+)?"
            r"(?P<pday>morning|afternoon|evening|night)\b(?!\s+(?:of|before|after)\b)"
            # "the night before", "the morning after" (not "the night before the vote")
            r"|\bthe\s+(?P<pday2>morning|afternoon|evening|night)\s+(?P<dir2>before|after)\b"
            r"(?!\s+(?:the|a|an|his|her|their|its|this|that|last|next|\d)\b|\s+(?-i:[A-Z])|-)"),
         next_part_of_day, 2, "next_part_of_day"),
    Rule(rx(r"\b(?P<pos>earlier|later|early|late)\s+in\s+the\s+(?P<cunit>day|week|month|year)\b"),
         in_the_unit, 3, "in_the_unit"),
    # durations and sets
    Rule(rx(rf"\b{QUANT}?(?P<lead>(?:the|its|their)\s+(?:(?:past|last|next|first|latest|"
             rf"coming|previous|following|final|remaining|initial|prior|same)\s+)?|"
             rf"(?:the\s+)?(?:past|last|next|first|latest|coming|previous|following)\s+)?"
             rf"(?:(?P<range_>{NUMBER}\s+(?:to|or)\s+)?)(?P<num>{NUMBER})[\s-]+"
             rf"(?P<more>more\s+)?(?:full\s+|straight\s+|consecutive\s+|trading\s+|business\s+|"
             rf"working\s+|additional\s+|extra\s+)?"
             rf"{UNIT}(?!-old)\b(?:\s+(?P<period>period)\b|\s+or\s+so\b)?"),
         duration, 2, "duration"),
    # "the same day last year": that day, a year before the dateline's
    Rule(rx(r"\bthe\s+same\s+(?P<sunit>day|week|month|quarter)\s+(?:(?P<yw>last|next)\s+year|"
            r"a\s+year\s+(?:ago|earlier))\b"), same_unit_other_year, 5, "same_unit_other_year"),
    # "two summers later": that season, so many years on from the date the text gave last
    Rule(rx(rf"\b(?P<num>{NUMBER})\s+(?P<seasons>summers|winters|springs|autumns|falls)\s+"
            r"(?P<sdir>later|earlier|before|after)\b(?!\s+(?:than|that)\b)"), seasons_later, 4,
         "seasons_later"),
    # "for another fortnight", "in a single year": one unit
    Rule(rx(rf"(?:(?<=\bfor\s)|(?<=\bin\s)|(?<=\bwithin\s)|(?<=\bover\s)|(?<=\bduring\s))"
            rf"(?:another|a\s+single)\s+{UNIT}\b"), one_more_unit, 2, "one_more_unit"),
    # "half an hour", "a quarter of an hour", "the last quarter of an hour", "half a day"
    # ... and "a half hour", "the last half hour"
    Rule(rx(rf"\b{QUANT}?(?:(?P<frac>half|(?:a|one)\s+quarter|three\s+quarters|"
            rf"(?:the\s+)?(?:last|first|final)\s+quarter)\s+(?:of\s+)?an?\s+"
            rf"(?P<unit>hour|day|year|minute|century)"
            rf"|(?:a|another|the\s+(?:last|past|next|first|final|previous))\s+(?P<frac2>half)"
            rf"[\s-](?P<unit2>hour))\b"), fraction_unit, 2, "fraction_unit"),
    Rule(rx(rf"\b{QUANT}?(?P<num>{NUMBER})(?:\s+(?:(?P<half>and\s+a\s+half)\s+)?"
            rf"|-(?P<half2>and-a-half)-){UNIT}"
             rf"(?:\s+(?P<half3>and\s+a\s+half))?\b"),
         duration, 1, "duration_half"),
    Rule(rx(rf"\b(?P<vlead>(?:the\s+)?(?:past|last|next|coming|recent|few|several|many|"
             rf"some)\s+|{VAGUE_QUANT}\s+|(?:the\s+)?(?:past|last|next)\s+(?:few|several|couple\s+of)\s+|"
             rf"recent\s+|(?P<the>the)\s+)?(?:(?<=several\s)more\s+)?{UNIT}(?<=s)\b(?!\s+ago)"
             rf"(?:\s+or\s+(?:months|years|weeks|days))?(?P<ahead>\s+ahead\b)?"),
         vague_duration, 1, "vague_duration"),
    Rule(rx(r"\b(?P<unit>hour|day|night|week|month|year)[\s-]?long\b"), long_unit, 2, "unit_long"),
    Rule(rx(r"\b(?:for|(?<!once\s)in|after|within|take|took|takes)\s+"
            r"(?P<t>(?:quite\s+)?a\s+(?:long\s+|little\s+)?while)\b"), a_while, 2, "a_while"),
    Rule(rx(rf"\b(?:{_TIMES}\s+(?=(?:daily|weekly|monthly|"
             rf"yearly|annually|nightly)\b))?"
             rf"(?P<setw>{alt(list(SET_WORDS) + list(ADVERB_SET_WORDS))})\b"), set_word, 2,
         "set_word"),
    # ("once every week", "twice each month": the count belongs to the set, 13 of 15 in
    # our gold)
    Rule(rx(rf"\b(?:{_TIMES}\s+)?(?:every|each)\s+"
             rf"(?P<other>(?:other|second)\s+)?(?P<every>days?|nights?|"
             rf"mornings?|evenings?|weekdays?|weekends?|weeks?|fortnights?|months?|quarters?|"
             rf"years?|half\s+hour|"
             rf"hours?|minutes?|"
             rf"second(?!\s+[A-Za-z])|{alt(w for w in WEEKDAYS if len(w) > 4)}"
             rf"|(?:{alt(FULL_MONTHS)}|(?:{alt(ABBREVIATED_MONTHS)})\.?(?=\s+[0-3]?\d))"
             rf"(?:\s+(?P<mday>[0-3]?\d)(?:st|nd|rd|th)?(?![\d:]))?"
             rf"|spring|summer|fall|autumn|winter)\b"), every, 3, "every"),
    Rule(rx(r"(?<=\bon\s)alternate\s+(?P<alt>days|weeks|months|years|nights)\b"),
         alternate_units, 3, "alternate_units"),
    Rule(rx(rf"\b(?:{_TIMES}\s+)?(?:every|each)\s+"
            rf"(?:(?P<num>{NUMBER})|(?P<vague>few|several|"
            rf"couple\s+of))\s+{UNIT}"), every_n, 4, "every_n"),
    Rule(rx(r"\b(?:once|twice|(?:three|four|five|six|seven|eight|nine|ten|several|many|"
             r"a\s+few|a\s+couple\s+of|a\s+number\s+of|numerous|multiple|\d+)\s+times)\s+"
             r"(?:a|an|per|each)\s+(?P<unit>day|week|month|year|hour|fortnight)\b"), times_per, 3,
         "times_per"),
    # "three evenings a week", "once a fortnight", "every morning", "each Monday night"
    Rule(rx(rf"\b(?:(?:once|twice|(?:{NUMBER})\s+times|(?P<num>{NUMBER})\s+(?:mornings?|"
             rf"afternoons?|evenings?))\s+(?:a|an|per|each|every)\s+"
             rf"(?P<per>day|week|month|year|fortnight)\b"
             rf"|(?:every|each)\s+(?:{WEEKDAY}\s+)?(?P<pod>morning|afternoon|evening|night)\b)"),
         how_often, 4, "how_often"),
    # vague references and clock times
    Rule(rx(rf"\b(?P<ref>{alt(VAGUE_REFS)})\b"), vague_ref, 1, "vague_ref"),
    Rule(rx(rf"\b{QUANT}?(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*{AM_PM}{TIME_ZONE}"
             rf"{TIME_DAY}"), clock_time, 4, "clock_time"),
    # "0800 GMT", also the conversion in brackets after a local time: "10:35 a.m. (0735 GMT)"
    Rule(rx(rf"\b{QUANT}?(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)\s*(?:hours\s+)?"
             rf"(?P<ampm>)(?:GMT|UTC|Zulu|BST|CET|CEST|AEST|AEDT){TIME_DAY}"), clock_time, 4,
         "clock_24h"),
    # "3 in the morning", "at three in the morning" (a story's are its own rule's)
    Rule(rx(rf"\b{QUANT}?(?:(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?|(?P<hourw2>{_HOUR_WORDS}))"
             rf"\s+(?:o'clock\s+)?(?:in\s+the\s+)(?P<pod2>morning|afternoon|evening|night)"
             rf"(?P<ampm>){TIME_DAY}"), clock_time, 4, "clock_pod"),
    # "from 4 to 7 p.m.", "between 9 and 11 a.m.": the first hour takes the range's a.m./p.m.
    Rule(rx(r"\b(?:from|between)\s+(?P<t>(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?)\s+"
            r"(?:to|until|till|and|-|–)\s+(?P<h2>[01]?\d)(?::[0-5]\d)?\s*"
            r"(?P<ampm>a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b)"),
         range_start_clock, 4, "range_start_clock"),
    # "9 tonight", "tonight at eleven": an evening hour of the dateline's day
    Rule(rx(r"\b(?P<hour>[1-9]|1[012])(?::(?P<minute>[0-5]\d))?(?P<ampm>)\s+(?P<tday>tonight|"
            r"this\s+(?P<tpod>morning|afternoon|evening))\b"
            r"|\b(?P<tday2>tonight)\s+at\s+(?P<hourw>one|two|three|four|five|six|seven|eight|"
            r"nine|ten|eleven|twelve)\b"), tonight_at, 3, "tonight_at"),
    # "three weeks from tomorrow", "two days from now": counted ahead from the dateline
    Rule(rx(rf"\b(?P<num>{NUMBER})\s+{UNIT}\s+from\s+(?P<from>today|tomorrow|now)\b"),
         from_today, 4, "from_today"),
    # "10 o'clock this morning", "at 9:03", "It's 7:42" (as read on air: the clock's hour)
    Rule(rx(rf"\b{QUANT}?(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s+o'clock(?P<ampm>)"
             rf"{TIME_DAY}"), clock_time, 3, "oclock"),
    # a clock told in words: "two o'clock", "half past six", "at twenty to five" (not a
    # count: "from five to ten years")
    Rule(rx(rf"\b{QUANT}?(?P<wclock>(?:(?P<wmin>half(?=\s+past)|(?:a\s+)?quarter|"
             rf"twenty(?:[\s-]five)?|ten|five)\s+(?:minutes\s+)?(?P<wdir>past|after|to)\s+"
             rf"(?P<whour>{_HOUR_WORDS})\b(?!\s+o'clock)(?![\s-]+{_COUNTED})"
             rf"|(?P<whour2>{_HOUR_WORDS})\s+o'clock))(?P<ampm>){TIME_DAY}"),
         word_clock, 3, "word_clock"),
    # a 24-hour clock after a preposition: "from 09:00 on Sunday", "until 14:30 today"
    Rule(rx(r"(?:(?<=\b[Aa]t\s)|(?<=\b[Ii]t's\s)|(?<=\b[Ii]t\sis\s)|(?<=\bfrom\s)|"
            r"(?<=\buntil\s)|(?<=\btill\s)|(?<=\bby\s)|(?<=\bbefore\s)|(?<=\bafter\s)|"
            rf"(?<=\bsince\s)|(?<=\bfor\s)|(?<=\binstead\sof\s)){QUANT}?(?P<hour>[01]?\d|2[0-3]):"
            r"(?P<minute>[0-5]\d)(?P<ampm>)\b(?![\d.,:]\d|\s*(?:[ap]\.?m\b|%|hours|minutes))"
            rf"(?:\s*(?:GMT|UTC|BST|CET|CEST)\b)?(?:{TIME_DAY})"), clock_time, 3, "clock_colon"),
    # a 24-hour clock its zone tells as one: "at 4 p.m. CDT, or 21:00 UTC"
    Rule(rx(r"\b(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?P<ampm>)\s*(?:GMT|UTC)\b"),
         clock_time, 3, "clock_zone"),
    # the times of a timetable: "11:30 — final countdown begins 16:05 — fuelling starts"
    Rule(rx(r"(?<![\d:.,])(?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?P<ampm>)"
            r"(?=[ \t]+[\u2014\u2013][ \t])"), clock_time, 3, "timetable_clock"),
    # the time stamp opening an entry of a live blog: "07:02 The Met Office has issued",
    # "9:40 a.m. - Calloway birdies the second", "4:10 p.m. -- Organizers confirm", "4.05pm
    # Rescue teams have reached"
    # ... and a 24-hour stamp written with a dot, "18.20 The union says"
    Rule(rx(r"(?:^|(?<=\n))[ \t]*(?P<hour>[01]?\d|2[0-3])(?::(?P<minute>[0-5]\d)"
            r"(?:\s*(?P<ampm>[ap])\.?m\.?)?|\.(?P<minute2>[0-5]\d)\s*(?P<ampm2>[ap])\.?m\.?"
            r"|(?<=[012]\d)\.(?P<minute3>[0-5]\d))"
            r"(?=[ \t]*(?:(?:--|[:\u2013\u2014-])[ \t]*)?(?-i:[A-Z\u201c\"]))"),
         ticker_clock, 5, "ticker_clock"),
    # "moved to the 2.30 this afternoon", "at eight this morning": an hour of today's part
    # (not odds: "at 12 to 1 this afternoon")
    Rule(rx(rf"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bthe\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s))"
            rf"(?:(?P<hour>1[0-2]|[1-9])(?:[:.](?P<minute>[0-5]\d))?|(?P<hw>{_HOUR_WORDS}))\s+(?:this\s+(?P<part>morning|afternoon|evening)|"
            rf"(?P<part2>tonight))\b"), hour_of_part_of_today, 4, "hour_of_part_of_today"),
    Rule(rx(rf"\b{QUANT}?(?P<hour>)(?P<special>noon|midnight|midday)(?P<ampm>)(?P<pod2>){TIME_DAY}"
             rf"(?!\s+{WEEKDAY})"), clock_time, 2, "noon"),
    # histories: years before Christ and early years, and what a story tells from its dates
    # "480 BC", "about 466 BC", "213-212 BC", "AD 410", "the 540s BC"
    Rule(rx(rf"(?:\b{QUANT}|\b(?:the\s+)?{POS}|\bthe\s+)?(?:(?<![\d,.])\b(?P<eyear>[1-9]\d{{0,3}})"
            rf"(?:\s*[-\u2013/]\s*\d{{1,4}})?\s*{_ERA}|\b(?P<ad>AD|A\.D\.)\s*(?P<adyear>[1-9]\d{{0,3}})"
            rf"\b(?![,.]\d)|\b(?P<dec>[1-9]\d{{0,2}}0)s\s+(?:BCE?\b|B\.C\.))"), era_expression, 5,
         "era"),
    Rule(rx(rf"\b{WEEKDAY_PREFIX}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH},?\s+{_EARLY_YEAR}"),
         early_full_date, 5, "early_full_date_dmy"),
    Rule(rx(rf"\b{WEEKDAY_PREFIX}{MONTH}\s+{DAY},?\s+{_EARLY_YEAR}"), early_full_date, 5,
         "early_full_date"),
    Rule(rx(rf"(?:\b{POS}|\b(?<![\d-])){MONTH},?\s+(?:of\s+)?{_EARLY_YEAR}"), early_month_year, 3,
         "early_month_year"),
    Rule(rx(rf"\b(?:(?P<the>the)\s+)?(?:(?:whole|entire)\s+)?{POS}?(?P<season>spring|summer|fall|"
            rf"autumn|winter)\s+(?:of\s+)?{_EARLY_YEAR_RANGE}"), early_season, 3, "early_season"),
    Rule(rx(rf"(?:\b{POS})?(?<![\d,.$#-])\b(?P<eyear>[1-9]\d{{2,3}})\b(?![,.]\d|\s*-\s*\d)"
            rf"(?!\s*(?:BCE?\b|B\.C\.|AD\b|A\.D\.|CE\b))"), early_year, 0, "early_year"),
    # "at dawn (on 10 August)", "by nightfall", "by morning", "at night", "the early morning"
    Rule(rx(rf"\b(?:(?:before|at|by|until|till|after|around|towards?|about)\s+)?"
            rf"(?P<t>(?P<dawn>dawn|daybreak|sunrise|nightfall|dusk|sunset"
            rf"|(?:(?<=\bby\s)|(?<=until\s)|(?<=till\s)|(?<=toward\s)|(?<=towards\s))"
            rf"(?:morning|evening|night)\b(?!\s+of\b)|(?<=\bat\s)night\b(?!\s+of\b))"
            rf"|(?:the\s+)?(?:early|late)\s+(?P<pday>morning|afternoon|evening|night)\b(?!\s+of\b))"
            rf"\b(?:\s+(?:on|of)\s+(?:the\s+)?(?P<fday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<fmonth>{_ANY_MONTH_NAME})\b(?:,?\s+(?P<fyear>[1-9]\d{{2,3}})\b)?"
            # "at dawn on June 7(, 1944)"
            rf"|\s+(?:on|of)\s+(?P<fmonth2>{_ANY_MONTH_NAME})\.?\s+(?P<fday2>[0-3]?\d)"
            rf"(?:st|nd|rd|th)?\b(?![:.,]?\d)(?:,?\s+(?P<fyear2>[1-9]\d{{2,3}})\b(?![,.]\d))?)?"),
         story_dawn, 3, "story_part_of_day"),
    Rule(rx(rf"\b(?:the\s+)?(?:(?P<pos>early|late|small)\s+)?(?P<pday>morning|afternoon|evening|"
            rf"night|hours)\s+of\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH}"
            rf"(?:,?\s+(?P<eyear>[1-9]\d{{2,3}})\b(?![,.]\d)(?:\s*{_ERA})?)?"),
         part_of_named_day, 6, "part_of_named_day"),
    Rule(rx(r"\b(?P<pos>early|late)\s+in\s+the\s+(?P<pday>morning|afternoon|evening|night)\b"
            r"(?!\s+of\b)"), early_in_part_of_day, 4, "early_in_part_of_day"),
    # "the afternoon of June 9, 1938", "the morning of July 20", "the early hours of 20
    # December"
    Rule(rx(rf"\b(?:the\s+)?(?:(?P<pos>early|late|small)\s+)?(?P<pday>morning|afternoon|evening|"
            rf"night|hours)\s+of\s+(?:{WEEKDAY},?\s+)?(?:the\s+)?{MONTH}\s+{DAY}"
            rf"(?:,?\s+(?P<eyear>[1-9]\d{{2,3}})\b(?![,.]\d)(?:\s*{_ERA})?)?"),
         part_of_named_day, 6, "part_of_named_day_us"),
    Rule(rx(rf"\b(?P<t>(?P<day>[0-3]?\d))(?:st|nd|rd|th)?\s*(?:to|and|until|till|or|-|\u2013)\s*"
            rf"(?:the\s+)?(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}"
            rf"(?:,?\s+(?P<eyear>[1-9]\d{{2,3}})\b(?![,.]\d)(?:\s*{_ERA})?)?"),
         range_first_day, 4, "range_first_day"),
    # "June 3 to 5", "Oct. 12-14": the last day of a range written after its month
    Rule(rx(rf"\b{MONTH}\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s*(?:to|through|until|and|-|\u2013)"
            rf"\s*(?P<t>[0-3]?\d)(?:st|nd|rd|th)?\b(?![,.]?\d|\s*(?:[ap]\.?m\b|%|percent|"
            rf"{ANY_MONTH}))"), range_last_day, 3, "range_last_day"),
    Rule(rx(r"\b(?:(?:a\s+few|several|some|a\s+couple\s+of|a\s+number\s+of)\s+(?:days|weeks|months|"
            r"years)\s+(?P<vdir>later|earlier|afterwards?|before)\b(?!\s+(?:than|that)\b)"
            r"|(?:soon|shortly|not\s+long)\s+(?:afterwards?|thereafter)\b)"),
         vague_later, 5, "vague_later"),
    # "the following months", "the weeks that followed", "the following decade", "half a
    # century", "another week", "all day"
    Rule(rx(rf"\b(?:the\s+(?:following|ensuing|subsequent)\s+(?P<punit>days|weeks|months|years|"
            rf"decades)\b|the\s+(?P<punit2>days|weeks|months|years)\s+that\s+followed\b"
            rf"|(?<![Ii]n\s)[Tt]hose\s+(?P<punit3>weeks|months)\b"
            rf"|the\s+(?:following|next|ensuing)\s+(?P<decade>decade)\b|{QUANT}?(?P<halfc>half\s+a\s+"
            rf"century)\b)"), story_duration, 4, "story_duration"),
    Rule(rx(r"\b(?:another|a\s+single|all|a\s+whole|a\s+full)\s+(?P<ounit>day|night|week|month|"
            r"year|fortnight)\b(?![\s-]*(?:long|old)\b)"), story_duration, 4, "story_one_unit"),
    # "three in the afternoon", "at 06:00 (hours)": an hour of the story's day
    Rule(rx(rf"\b(?P<t>{QUANT}?(?P<hourw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            rf"twelve)(?:\s+o'clock)?\s+in\s+the\s+(?P<pod2>morning|afternoon|evening|night))\b"
            rf"(?:\s+(?:on\s+)?(?:the\s+)?(?P<fday>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
            rf"(?P<fmonth>{_ANY_MONTH_NAME})\b(?:,?\s+(?P<fyear>[1-9]\d{{2,3}})\b)?)?"),
         story_clock, 5, "story_clock"),
    Rule(rx(r"\b[Aa]t\s+(?P<t>(?P<h24>[01]\d|2[0-3])(?:[:.](?P<m24>[0-5]\d)|(?P<m24b>[0-5]\d)\s+"
            r"hours))\b(?![\d.,:]\d|\s*(?:[ap]\.?m\b|GMT|UTC|BST|Z\b|%|per|tons|feet|metres))"),
         story_clock, 4, "story_clock24"),
    # "by the end of the day", "on the third day" (of what the story just began)
    Rule(rx(rf"\b(?:{POS}the\s+(?P<cunit>day|month|year)\b(?!-)|the\s+(?P<nth>first|second|third|fourth|"
            rf"fifth|sixth|seventh|eighth|ninth|tenth)\s+day\b(?!\s+of\b))"), story_this_unit, 3,
         "story_this_unit"),
    # "at the time" (PAST_REF), "to this day" (PRESENT_REF)
    Rule(rx(r"\b(?P<t>(?:(?<=\b[Aa]t\s)|(?<=[Ss]ince\s))the\s+time\b(?!\s+(?:of|when|being)\b)"
            r"|(?:(?<=\bto\s)|(?<=until\s))this\s+day\b|(?<=\b[Aa]t\s)the\s+moment\b"
            r"(?!\s+(?:of|when|that)\b))"), story_vague, 3, "story_vague"),
    Rule(rx(rf"\b{POS}the\s+decade\b(?!\s+(?:of|before|after|that|which)\b)"), story_decade,
         2, "story_decade"),
    Rule(rx(r"\b(?:(?P<pos>[Ee]arly|[Ll]ate)\s+in\s+)?the\s+new\s+year\b"
            r"(?!['’]s\s+(?:eve|day)\b)"), story_new_year, 3, "story_new_year"),
    Rule(rx(rf"\b(?:{POS})?the\s+century\b(?!\s+(?:of|before|after|that|which)\b)"), story_century,
         2, "story_century"),
]

# Where each rule can match: trigger-word kinds, and how far before and after a trigger
# the whole expression may reach (see gate.py).
_GATES = {
    "full_date": ("month", 14, 30), "full_date_dmy": ("month", 25, 10),
    "numeric_date": ("digit", 12, 12), "month_day": ("month", 14, 8),
    "ordinal_month_day": ("month", 30, 10), "month_ordinal_day": ("month", 24, 30),
    "day_month": ("month", 25, 3), "week_of": ("week", 5, 50),
    "rest_of_unit": ("unit", 26, 3),
    "month_year": ("month", 25, 30), "month_of_named_year": ("month", 25, 40),
    "month_rel_year": ("month", 25, 22), "month": ("month", 25, 2),
    "year": ("year4 yearw", 25, 30), "half_of_year": ("year4", 35, 5),
    "decade": ("year4 decade2", 30, 5), "decade_half": ("year4 decade2", 40, 5),
    "century": ("century", 30, 3),
    "season": ("season", 30, 30), "placed_season": ("season", 24, 8),
    "weather_season": ("season", 40, 3), "weather_month": ("month", 40, 3),
    "holiday": ("holiday month", 40, 25), "hijri_date": ("digit", 40, 40),
    "quarter": ("unit", 45, 30), "final_quarter": ("unit", 15, 30), "this_quarter": ("unit", 30, 3),
    "half": ("unit", 15, 30), "month_period": ("qword fortnight", 30, 10),
    "period_code": ("qh year4", 20, 20),
    "two_quarters": ("unit", 20, 30),
    "unit_before_after": ("unit", 5, 12),
    "year_earlier": ("unit", 25, 30),
    "last_years_q": ("unit", 10, 5), "same_period_last_year": ("unit", 30, 30),
    "year_period": ("unit", 15, 3),
    "quarter_a_year_ago": ("unit", 10, 20), "fiscal_year": ("fiscal", 30, 10),
    "fiscal_code": ("fiscal", 3, 8),
    "deictic_day": ("deixis", 25, 12), "this_day_in": ("year4", 16, 3),
    "pod_deictic": ("deixis", 25, 12),
    "part_of_day": ("pod", 25, 3), "shared_part_of_day": ("pod", 6, 3),
    "mid_part_of_day": ("pod", 6, 3),
    "overnight": ("overnight", 3, 12),
    "trading_part_of_day": ("pod", 3, 12),
    "weekday": ("weekday", 25, 18), "day_around": ("weekday month", 30, 10),
    "noon_weekday": ("weekday", 12, 3),
    "holiday_weekend": ("weekend", 50, 3), "weekend_of_days": ("weekend", 4, 40),
    "weekday_set": ("weekday", 3, 30),
    "clock_each_week": ("clock", 10, 24), "race_time": ("hhmm", 12, 4),
    "set_at_clock": ("setw", 3, 40), "nth_day_each_month": ("nth", 6, 40),
    "relative_unit": ("unit century", 30, 3),
    "pos_relative_unit": ("unit", 30, 3), "stretch": ("unit", 30, 3),
    "the_weekend": ("unit", 24, 3),
    "league_season": ("sportseason", 16, 3), "weekends_set": ("weekend", 3, 3),
    "months_of_year": ("unit", 30, 12),
    "nth_of_month": ("nth", 6, 30),
    "one_more_unit": ("unit fortnight", 20, 3), "fraction_unit": ("frac", 25, 16),
    "same_unit_other_year": ("unit", 16, 24), "seasons_later": ("dir", 40, 3),
    "the_unit": ("unit", 24, 3), "year_end": ("unit", 15, 8),
    "ago": ("ago", 50, 3), "bare_ago": ("ago", 12, 3), "later_earlier": ("dir", 55, 3),
    "years_on": ("unit", 30, 6),
    "next_unit": ("unit pod century", 25, 3), "that_unit": ("unit pod century", 25, 3),
    "next_part_of_day": ("pod", 20, 3),
    "two_steps": ("unit", 5, 22),
    "in_the_unit": ("unit", 25, 3), "decade_words": ("decw", 40, 5),
    "duration": ("unit pod century", 50, 3), "duration_half": ("unit pod century", 35, 15),
    "vague_duration": ("unit century pod", 35, 25), "set_word": ("setw", 2, 2),
    "unit_long": ("unit pod longw", 3, 6), "a_while": ("while", 35, 3),
    "every": ("setw", 3, 20), "every_n": ("setw", 3, 30), "times_per": ("setw", 25, 15),
    "how_often": ("setw pod", 20, 22),
    "vague_ref": ("ref", 15, 3),
    "clock_time": ("clock", 15, 30), "clock_24h": ("digit", 15, 40),
    "clock_pod": ("pod", 25, 30),
    "tonight_at": ("deixis pod", 8, 16), "from_today": ("deixis ref", 30, 3),
    "hour_of_part_of_today": ("deixis pod", 22, 12),
    "oclock": ("digit", 12, 40), "range_start_clock": ("clock", 30, 6),
    "weekday_day_number": ("weekday", 3, 16), "ordinal_day": ("digit", 16, 14),
    "word_clock": ("clock frac yearw clockw", 30, 40),
    "clock_colon": ("hhmm", 16, 8), "clock_zone": ("hhmm", 3, 8),
    "ticker_clock": ("hhmm clock digit", 8, 16), "alternate_units": ("unit", 12, 3),
    "timetable_clock": ("hhmm", 3, 8), "noon": ("clock", 15, 30),
    "era": ("era", 35, 10),
    "early_full_date_dmy": ("early era", 30, 5), "early_full_date": ("early era", 30, 5),
    "early_month_year": ("early era", 45, 5), "early_season": ("early era season", 45, 25),
    "early_year": ("early", 12, 5), "story_part_of_day": ("dawn pod", 30, 30),
    "part_of_named_day": ("pod hours", 25, 30), "part_of_named_day_us": ("pod hours", 25, 30),
    "early_in_part_of_day": ("pod", 20, 3),
    "range_first_day": ("month", 25, 3), "range_last_day": ("month", 3, 16),
    "vague_later": ("afterw", 40, 15),
    "story_duration": ("following decadew century those", 45, 15),
    "story_one_unit": ("unit pod", 12, 3),
    "story_clock": ("pod", 40, 35),
    "story_clock24": ("digit", 12, 12),
    "story_this_unit": ("unit", 30, 3),
    "story_vague": ("then day1 ref", 10, 20),
    "story_century": ("century", 35, 3),
    "story_decade": ("decadew", 35, 3), "story_new_year": ("newyear", 16, 10),
}


_PLACEHOLDER_DAY = date(2000, 6, 15)


def _without_reference(handler: Handler) -> Handler:
    """Without a reference time the engine counts from year 1, which relative expressions
    step out of. Resolve them against a placeholder day instead, and write the digits the
    dateline would have given as X ("Friday" -> XXXX-XX-XX, "next week" -> XXXX-WXX)."""
    def resolve(m: re.Match, ctx: Context) -> Timex | None:
        if ctx.has_reference:
            return handler(m, ctx)
        tx = handler(m, replace(ctx, ref_day=_PLACEHOLDER_DAY))
        if tx is not None and tx.anchor == "dateline":
            day, sep, clock = tx.value.partition("T")
            tx.value = re.sub(r"\d", "X", day) + sep + clock
            tx.interval = None
        return tx
    resolve.__name__ = handler.__name__
    resolve.__doc__ = handler.__doc__
    return resolve


def _within_calendar(handler: Handler) -> Handler:
    """A count that steps off the calendar ("5000 centuries later", "99999999 days ago")
    names no date the calendar can hold: no mention rather than a crash."""
    def resolve(m: re.Match, ctx: Context) -> Timex | None:
        try:
            return handler(m, ctx)
        except (ValueError, OverflowError):
            return None
    resolve.__name__ = handler.__name__
    resolve.__doc__ = handler.__doc__
    return resolve


for _rule in RULES:
    _kinds, _left, _right = _GATES[_rule.name]
    _rule.pattern = GatedPattern(_rule.pattern, TRIGGERS, _kinds, _left, _right)
    _rule.handler = _within_calendar(_without_reference(_rule.handler))


# Dates that do not move a story on: counted back from now, or a whole era.
_STILL = {"ago", "bare_ago", "decade", "decade_half", "decade_words", "century", "vague_ref",
          "deictic_day"}
_YEAR_RULES = {"year", "era", "early_year", "later_earlier"}
# a year in a range or in brackets points away from the story's time: "(218-201 BC)",
# "from 1618 to 1648", "thirty years earlier"
_WEAK_BEFORE = re.compile(r"(?:[(/\u2013-]\s*|\b(?:to|until|till|and|or|between|for|since)\s+)$")
_WEAK_AFTER = re.compile(r"\s*[)/\u2013-]")
# "three days earlier", "the previous winter": a look back that leaves the story where it was
_YEARLESS = {"month_day", "day_month", "month", "season", "weekday"}
_LOOKING_BACK = {"later_earlier", "month", "season", "next_unit", "relative_unit"}
_BACK_WORD = re.compile(r"\b(?:earlier|before|previous|preceding|prior)\b", re.IGNORECASE)
_CENTURIES = re.compile(r"centur", re.IGNORECASE)
_DECADES = re.compile(r"decade", re.IGNORECASE)
_YEARS_VALUE = re.compile(r"P(\d+)Y")


def _story_duration(m: re.Match, tx: Timex) -> None:
    """A history counts in centuries and decades: "almost a century" P1CE, "more than
    half a century" P5DE, "the previous two decades" P2DE."""
    years = _YEARS_VALUE.fullmatch(tx.value)
    if years is None:
        return
    n = int(years.group(1))
    text = m.group()
    if _CENTURIES.search(text) and n % 100 == 0:
        tx.value = f"P{n // 100}CE"
    elif _DECADES.search(text) and n % 10 == 0:
        # "a century and a half" stays P150Y: no count of decades was written
        tx.value = f"P{n // 10}DE"


def _order(point: StoryPoint) -> tuple[int, int, int]:
    return point.year, point.month or 0, point.day or 0


def _noting_story(name: str, handler: Handler) -> Handler:
    """In a narrative, note each date a rule places as the story's point in time (see
    en_story.py), so that later yearless and relative expressions count from it; in
    news, where a recalled episode stands (en_flashback.py)."""
    def resolve(m: re.Match, ctx: Context) -> Timex | None:
        tx = handler(m, ctx)
        if tx is None:
            return tx
        if not ctx.narrative:
            if ctx.has_reference:
                note_episode(ctx, m, tx)  # news may recall an episode (en_flashback.py)
            return tx
        if tx.type == "DURATION":
            _story_duration(m, tx)
            return tx
        if name in _STILL or tx.type not in ("DATE", "TIME") or tx.aside:
            return tx  # (an aside does not move the story either)
        point = point_of(tx.value)
        if point is None:
            return tx
        if name in _LOOKING_BACK and _BACK_WORD.search(m.group()):
            return tx  # a look back: the story then goes on from where it was
        if tx.anchor == "previous" and name in _YEARLESS \
                and PLUPERFECT.search(ctx.text, max(0, m.start() - 80), m.start()):
            now = story_at(ctx, m.start())
            if now is not None and _order(point) < _order(now):
                return tx  # "the fleet had sailed in May": a look back as well
        if point.month is None and name in _YEAR_RULES:
            if _WEAK_BEFORE.search(ctx.text, max(0, m.start() - 10), m.start()) \
                    or _WEAK_AFTER.match(ctx.text, m.end()):
                return tx
        remember(ctx, m.start(), point)
        return tx
    resolve.__name__ = handler.__name__
    resolve.__doc__ = handler.__doc__
    return resolve


for _rule in RULES:
    _rule.handler = _noting_story(_rule.name, _rule.handler)
