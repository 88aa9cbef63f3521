"""Tense of a German clause and the relation a preposition sets.

Tense decides the direction of underspecified dates: Perfekt, Plusquamperfekt and
Präteritum ("war ... getötet worden", "hat ... geliefert", "sagte") point back from the
dateline, Futur and modal future ("wird ... beginnen", "soll", "will", "plant") point
ahead, and the plain present stays undecided ("present").
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline.temporal.first_char import with_first_char_check

# Future: Futur I ("wird ... beginnen"), modal and planning verbs, future adverbs.
_FUTURE = re.compile(
    # ("dürfte" is no future: a guess about a fact, "der Jänner dürfte ähnlich ausfallen")
    r"\b(?:soll|sollen|sollst|solle|will|wollen|wolle|könne|plant|planen|planten|"
    # a forecast in reported speech: "Am Donnerstag seien sogar 40 Grad möglich"
    r"seien?\s+(?:[\w,-]+\s+){0,8}?möglich(?!\s+gewesen)|"
    r"beabsichtigt|beabsichtigen|"
    r"geplant|vorgesehen|voraussichtlich|künftig|demnächst|bevorstehend\w*|angekündigt|"
    r"erwartet|erwarten|wird|werden|werde|wirst|kommende[nms]?|"
    r"nächste[nms]?|anstehende[nms]?|stattfinden|steht\s+\w+\s+bevor|"
    # "ist mit Staus zu rechnen": to be expected; "rechnen wir mit einer Erholung"
    r"zu\s+rechnen|zu\s+erwarten|zu\s+befürchten|rechne[nt]?\s+(?:[\w-]+\s+){0,3}?(?:da)?mit)\b"
)  # searched in the lower-cased clause (faster than IGNORECASE)
# "wird/werden" followed (somewhere) by a participle is the present passive, not Futur:
# "wird ... eröffnet". Futur ends its clause with an infinitive instead.
PASSIVE_PRESENT = re.compile(
    r"\b(?:wird|werden)\b(?:(?!\b(?:sein|haben|werden)\b)[^,;:])*?"
    # (adverbs shaped like participles are none: "erst", "vorerst", "überhaupt")
    r"\b(?!(?:erst|vorerst|zuerst|ernst|einst|überhaupt|ausgerechnet|anfangs)\b)(?:ge\w+(?:t|en)|"
    r"(?:be|ver|er|ent|zer|emp|miss|über|unter|vor|an|auf|aus|ein|ab)\w*(?:t|iert))\b"
    r"(?!\s+(?:werden|sein|haben)\b)",
    re.IGNORECASE,
)
# "soll ... getötet haben", "soll ... gewesen sein": a reported past.
# (not a deadline: "soll bis Ende November abgeschlossen sein" is a state to come)
_REPORTED_PAST = re.compile(
    r"\b(?:soll|sollen|solle|will|wollen|wolle)\b(?:(?!\bbis\b|\bspätestens\b)[^,;:])*?"
    r"\b(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|"
    r"[a-zäöüß]+iert|(?:be|ver|er|ent|zer|über|unter|miss)[a-zäöüß]{3,}(?:t|en)|worden|gewesen)"
    r"\s+(?:haben|sein)\b")

# the same, verb last in a subordinate clause: "der in der Nacht zum 3. März seinen Partner
# erschlagen haben soll", "die am 4. Mai geflohen sein sollen"
_REPORTED_PAST_LAST = re.compile(
    r"\b(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|[a-zäöüß]+iert|"
    r"(?:be|ver|er|ent|zer|über|unter|miss)[a-zäöüß]{3,}(?:t|en))\s+haben\s+(?:soll|sollen|solle|will|wollen)\b")
_REPORTED_PAST_LAST_SEIN = re.compile(r"\s+sein\s+(?:soll|sollen|solle|will|wollen)\b")

# what should have been and was not: "hätte im Sommer fertig sein sollen"
_COUNTERFACTUAL = re.compile(r"\bhätten?\b[^,;:]*?\b(?:sollen|müssen|können|dürfen)\b")
# Konjunktiv forms ("sei", "wäre", "hätte") are not here: reported speech and conditionals
# are mostly present ("der Termin sei geplant"); with a participle they are the perfect.
_PAST_AUX = (
    r"war|waren|warst|wart|wurde|wurden|wurdest|hatte|hatten|hattest|gewesen|worden"
)
_STRONG_PAST = (
    r"lieh|liehen|gab|gaben|kam|kamen|ging|gingen|fand|fanden|stand|standen|sah|sahen|lag|lagen|blieb|"
    r"blieben|fiel|fielen|traf|trafen|zog|zogen|hielt|hielten|rief|riefen|sprach|sprachen|"
    r"nahm|nahmen|begann|begannen|gewann|gewannen|verlor|verloren|trat|traten|schlug|"
    r"schlugen|starb|starben|lief|liefen|fuhr|fuhren|flog|flogen|wies|hieß|ließ|ließen|"
    r"brachte|brachten|dachte|kannte|nannte|wusste|konnte|konnten|musste|mussten|wollte|"
    r"wollten|durfte|durften|mochte|bot|boten|lud|luden|schrieb|schrieben|stieg|stiegen|"
    r"sank|sanken|wuchs|erhielt|erhielten|entschied|entschieden|betrug|zeigte|zeigten|"
    r"sagte|sagten|meinte|meinten|erklärte|erklärten|teilte|teilten|berichtete|"
    r"berichteten|stellte|stellten|legte|legten|machte|machten|führte|führten|spielte|"
    r"spielten|setzte|setzten|folgte|folgten|forderte|forderten|erreichte|erreichten|"
    r"feierte|feierten|kehrte|kehrten|gehörte|gehörten|brauchte|glaubte|fehlte|kostete|"
    r"betonte|betonten|startete|starteten|eröffnete|eröffneten|lebte|lebten|besuchte|"
    r"besuchten|suchte|suchten|holte|holten|landete|landeten|siegte|siegten|endete|endeten|"
    # separable verbs of reporting, in a subordinate clause: "wie die Polizei mitteilte"
    r"mitteilte|mitteilten|ankündigte|ankündigten|kündigte|kündigten|bekanntgab|bekanntgaben|"
    r"angab|angaben|"
    r"bestätigte|bestätigten|mitgeteilt|"
    # rarer strong verbs: "bargen sie die Toten", "brachen die Dämme"
    r"barg|bargen|brach|brachen|sprang|sprangen|trug|trugen|schlief|schliefen|schoss|schossen|"
    r"warf|warfen|half|halfen|bat|baten|saß|saßen|floh|flohen|griff|griffen|litt|litten|"
    r"riss|rissen|schwieg|schwiegen|stieß|stießen|rannte|rannten|brannte|brannten|sang|"
    r"sangen|zwang|zwangen|gelang|gelangen|schwamm|schwammen|hob|hoben|schob|schoben|fing|"
    r"fingen|hing|hingen|empfing|empfingen|schien|schienen|wich|wichen|schuf|schufen|galt|"
    r"galten|trank|tranken|empfahl|empfahlen|befahl|befahlen|stahl|stahlen|vergaß|"
    r"vergaßen|las|lasen|aß|aßen|fror|froren|wandte|wandten|sandte|sandten|"
    r"warb|warben|stritt|stritten|schrie|schrien|verschwand|verschwanden|verließ|verließen|"
    r"schnitt|schnitten|ritt|ritten|biss|bissen|wusch|wuschen|grub|gruben|schwor|schworen|"
    r"mied|mieden|glich|glichen|pfiff|pfiffen|stach|stachen"
)
_MORE_PAST = (
    # a strong Präteritum with its separable prefix, at the end of a subordinate clause
    # ("eine Befragung, die zwischen März und Juni stattfand")
    r"stattfand|stattfanden|teilnahm|teilnahmen|zurücktrat|zurücktraten|ausbrach|ausbrachen|"
    r"anfing|anfingen|ankam|ankamen|zunahm|zunahmen|abnahm|abnahmen|vorlag|vorlagen|"
    r"ausfiel|ausfielen|einging|eingingen|aufstieg|abstieg|festnahm|festnahmen|"
    r"geschah|geschahen|verließ|verließen|erlitt|erlitten|fing|fingen|bat|baten|griff|"
    r"griffen|schoss|schossen|floh|flohen|befahl|befahlen|unterzeichnete|besetzte|"
    r"besetzten|eroberte|eroberten|rückte|rückten|zerstörte|marschierte|gelang|misslang|"
    # weak Präteritum forms the ending rule cannot tell from adjectives, and strong forms
    # frequent in reports of accidents, crimes, business and sport
    r"brannte|brannten|stürzte|stürzten|prallte|prallten|krachte|krachten|raste|rasten|"
    r"erfasste|erfassten|rutschte|rutschten|verletzte|verletzten|verunglückte|kippte|"
    r"entdeckte|entdeckten|bemerkte|bemerkten|löschte|löschten|schickte|schickten|"
    r"wählte|wählten|stimmte|stimmten|einigte|einigten|kaufte|kauften|verkaufte|"
    r"verkauften|zahlte|zahlten|senkte|senkten|erhöhte|erhöhten|steigerte|steigerten|"
    r"kletterte|kletterten|verdoppelte|schrumpfte|klagte|klagten|fragte|fragten|hörte|"
    r"hörten|lernte|lernten|kämpfte|kämpften|wechselte|wechselten|heiratete|zählte|"
    r"zählten|baute|bauten|wohnte|wohnten|reiste|reisten|fasste|fassten|musste|passte|"
    r"schloss|schlossen|stieß|stießen|warf|warfen|brach|brachen|riss|rissen|half|halfen|"
    r"trug|trugen|las|sang|sangen|sprang|sprangen|erschien|beschloss|"
    r"verschwand|entstand|bestand|hing|saß|saßen|tat|taten|geriet|gerieten|schien|"
    r"schwieg|hob|erwies|bewies|verwies|überwies|rettete|retteten|flüchtete|flüchteten|"
    r"tötete|töteten|sorgte|sorgten|drohte|drohten|lockte|lockten|jubelte|jubelten|"
    r"verlor|überraschte|überraschten|traf|erzielte|erzielten|stoppte|stoppten|"
    r"kassierte|kassierten|wehrte|wehrten|scheiterte|scheiterten|erlebte|erlebten|"
    # mixed verbs: a strong stem with a weak ending
    r"wusste|wussten|dachte|dachten|kannte|kannten|nannte|nannten|rannte|rannten|"
    r"sandte|sandten|wandte|wandten|brachten"
)
# Präteritum and Konjunktiv of the auxiliaries and common verbs; weak Präteritum endings;
# a participle before its auxiliary (subordinate clause: "das ... stattgefunden hat").
# Listed forms are looked up word by word (a set beats a regex of 150 alternatives); the
# regex finds the forms no list can hold.
_PAST_WORDS = frozenset(f"{_PAST_AUX}|{_STRONG_PAST}|{_MORE_PAST}".split("|"))
# a strong Präteritum in the singular behind an inseparable prefix ("überfiel", "verbot",
# "erlag", "unterschrieb"); the plural is left out, as it is often also the participle
# ("verschoben", "erhoben"), and so is "-te" (weak forms and adjectives: "bekannte")
_PREFIXED_STRONG = re.compile(
    r"\b(?:be|emp|ent|er|miss|ver|zer|über|unter|hinter|wider)(?:"
    + "|".join(w for w in _STRONG_PAST.split("|") if not w.endswith(("en", "te")))
    + r")\b")
_WORD = re.compile(r"[^\W\d_]+")
_PAST_FORMS = re.compile(
    # a weak Präteritum, unless an adjective: "konkrete Zahlen", "die bewaffneten Kräfte"
    r"\b(?=[a-zäöüß]{3,}(?:ete|eten|ierte|ierten)\b)"
    # (the article a word of its own: "Mietervereine reagierten" is a verb)
    r"(?<!\bder\s)(?<!\bdie\s)(?<!\bdas\s)(?<!\bden\s)(?<!\bdem\s)(?<!\bdes\s)"
    r"(?<!\beine\s)(?<!\beinen\s)(?<!\beiner\s)(?<!\beinem\s)"
    r"(?![a-zäöüß]*(?:treten|bieten|beten)\b|(?:konkret|diskret|komplett)e)"
    r"[a-zäöüß]{3,}(?:ete|eten|ierte|ierten)\b"
    r"|\b[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)\s+(?:hat|haben|hatte|hatten|ist|sind|war|waren|"
    r"wurde|wurden|worden|habe|hätte|hätten|sei|seien|wäre|wären)\b"
)
# An article, then a year or lower-case words, before an "-ete" form and a noun: a
# participle used as an adjective ("Der 1998 gegründete Verein", "die neu eröffnete
# Halle"), not a verb ("Der Mann gründete die Firma").
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?)\s+"
                             r"(?:(?:[a-zäöüß]+|\d{4})\s+){1,2}$"
                             # right after a lowercase article: "die erhöhte Rente" (a
                             # capital "Das teilte er mit" fronts an object)
                             r"|(?<![\w-])(?:d(?:er|ie|as|en|em|es)|eine?[mnrs]?)\s+$")
_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ]")


def _attributive(sentence: str, m: re.Match) -> bool:
    return bool(_NOUN_AFTER.match(sentence, m.end()) and
                _ARTICLE_BEFORE.search(sentence, max(0, m.start() - 40), m.start()))


# Perfekt: an auxiliary, then a participle later in the same clause.
_PERFECT_AUX = re.compile(r"\b(?:hat|haben|habe|hast|hätte|hätten|hättest|ist|sind|bin|bist|"
                          r"sei|seien|wäre|wären)\b")
_SEIN_AUX = frozenset(("ist", "sind", "bin", "bist", "sei", "seien", "wäre", "wären"))
# A comma or colon between digits ("3:1", "3,2 Prozent") ends no clause.
# the period of an abbreviation before a name ends no sentence: "der Pfarrkirche St.
# Laurentius abgerissen", "Dr. Weber"
NO_ABBREVIATION = r"(?<!\bSt)(?<!\bDr)(?<!\bNr)(?<!\bHl)"
_CLAUSE_END = re.compile(rf"[,:](?!(?<=\d.)\d)|[;!?]|(?<!\d){NO_ABBREVIATION}\.")
_PARTICIPLE = re.compile(
    r"\b(?:[a-zäöüß]*ge[a-zäöüß]{2,}(?:t|en)|(?:be|ver|er|ent|zer|emp|miss)[a-zäöüß]+t|"
    r"[a-zäöüß]+iert)\b"
    # strong verbs with an inseparable prefix: "bezogen", "verloren", "erhalten"
    r"|\b(?=be|ver|er|ent|zer|emp)(?<!\bzu\s)(?:be|ver|er|ent|zer|emp)[a-zäöüß]{3,}en\b")


_PARTICIPLE_THEN_HABEN = re.compile(
    r"\b(?:[a-zäöüß]*ge[a-zäöüß]{2,}t|(?:be|ver|er|ent|zer|emp)[a-zäöüß]+t|[a-zäöüß]+iert)"
    r"\s+(?:hat|haben|habe)\b(?!\s+(?:soll|sollen|muss|müssen|kann|können|dürfte|dürften)\b)")
# A weak Präteritum in the singular before its pronoun subject: "machte er", "besiegte
# sie" (a present never ends so; "-ten sie" may be either: "starten sie"; modals in the
# Konjunktiv speak of now)
_PRETERITE_BEFORE_PRONOUN = re.compile(
    r"\b(?!(?:könnte|sollte|müsste|dürfte|möchte|hätte|wollte|bitte)\b)[a-zäöüß]{3,}te"
    r"\s+(?:sie|er|es|man)\b")
# A weak Präteritum plural after a fronted "Das", "Darauf" and before its subject: "Das
# vereinbarten die Vorsitzenden", "Darauf verständigten sich Bund und Länder" (the
# present would be "vereinbaren"; verbs whose stem ends in -t are present: "Das gelten die")
_PLURAL_PRETERITE_FRONTED = re.compile(
    r"(?:^|[.!?]\s+)\s*(?:Das|Dies|Darauf|Dazu|Damit|Daran|Dabei|Darüber|Dafür|Hierauf|Hierzu|"
    r"Deshalb|Deswegen|Daher|Danach|Zuvor|Anschließend)\s+"
    r"([a-zäöüß]{2,}[bcfghklmnprsßvwxz]ten)\s+(?:sich|die|der|das|den|beide|alle|sie|wir)\b")
# A day opening a clause, with its part ("am frühen Mittwochmorgen") and a clock time set
# off by commas ("am Mittwoch, um 5.15 Uhr, rollte der Verkehr wieder")
_DAY_AND_PART = (r"(?:(?:frühen|späten)\s+)?(?:(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|"
                 r"Samstag|Sonntag)(?:morgen|vormittag|mittag|nachmittag|abend|nacht)?|"
                 r"Wochenende|Vortag)")
_CLOCK_ASIDE = r"(?:,\s+(?:um|gegen)\s+\d{1,2}(?:[.:]\d{2})?\s+Uhr,)?"
# ... and after a fronted day: "Bei der Kommunalwahl am Sonntag verfehlten alle sieben
# Bewerber die Mehrheit" (verb second, its subject after it)
_PLURAL_PRETERITE_AFTER_DAY = re.compile(
    rf"\b[Aa]m\s+(?:{_DAY_AND_PART}|\d{{1,2}}\.\s*[A-ZÄ][a-zä]+){_CLOCK_ASIDE}\s+"
    r"([a-zäöüß]{2,}[bcfghklmnprsßvwxz]ten)\s+"
    r"(?:sich|die|der|das|den|beide|alle|sie|wir|mehrere|viele|zahlreiche|rund|mehr|etwa|"
    # ("am Sonntag verfehlten sowohl die SPD-Kandidatin als auch ...")
    r"insgesamt|sowohl|weder|\d)")
# ... and its singular: "Schon am Donnerstag staute sich der Verkehr" (a present never ends
# in "-te"; the Konjunktiv of a modal speaks of now)
_SINGULAR_PRETERITE_AFTER_DAY = re.compile(
    rf"\b[Aa]m\s+{_DAY_AND_PART}{_CLOCK_ASIDE}\s+"
    r"(?!(?:könnte|sollte|müsste|dürfte|möchte|hätte|wollte|bitte)\b)"
    r"([a-zäöüß]{3,}te)\s+(?:sich|die|der|das|den|dem|ein|eine|einen|er|sie|es|man)\b")
# ... and after any time that opens the sentence: "Im Frühjahr bewilligte das Land",
# "1990 zählten die Stadtwerke", "Anfang Mai staute sich der Verkehr"
_PRETERITE_AFTER_TIME = re.compile(
    r"(?:^|[.!?:]\s+)\s*(?:(?:Im|Am|Anfang|Mitte|Ende|Seit|Nach|Vor|Zum|Gegen)\s+"
    r"(?:[\w.]+\s+){0,2}?|(?:1[0-9]{3}|20[0-9]{2})\s+)"
    r"(?!(?:könnte|sollte|müsste|dürfte|möchte|hätte|wollte|würde|bitte)n?\b)"
    r"([a-zäöüß]{3,}te|[a-zäöüß]{2,}[bcfghklmnprsßvwxz]ten)\s+"
    r"(?:sich|die|der|das|den|dem|ein|eine|einen|er|sie|es|man|wir)\b")
# ... and a weak Präteritum singular right after a short subject opening the sentence: "Die
# Kammer lehnte das am Freitag ab" (a Konjunktiv of a modal speaks of now)
_PRETERITE_AFTER_SUBJECT = re.compile(
    r"(?:^|[.!?]\s+)\s*(?:Der|Die|Das)\s+(?:[A-ZÄÖÜ][\w-]+\s+){1,2}"
    r"(?!(?:könnte|sollte|müsste|dürfte|möchte|hätte|wollte|bitte)\b)([a-zäöüß]{3,}te)\s+"
    r"(?=[a-zäöüß])")
_PRESENT_IN_TEN = frozenset(
    "halten gelten schalten walten spalten falten achten fürchten richten berichten "
    "verrichten leisten kosten testen rasten fasten warten starten erwarten verachten "
    "beachten betrachten beobachten gestalten verwalten enthalten erhalten behalten "
    "unterhalten veranstalten trachten dichten verzichten errichten vernichten flüchten "
    "lasten belasten entlasten tasten posten husten rüsten listen fristen beraten "
    "erarbeiten arbeiten".split())
# After "ist/sind" a weak participle is mostly a state ("ist geöffnet", "ist geplant"); the
# Perfekt with "sein" takes verbs of motion and change, mostly strong ("ist gekommen").
_SEIN_PARTICIPLE = re.compile(
    r"\b[a-zäöüß]*(?:gekommen|gegangen|gefahren|geflogen|gelaufen|gestorben|geworden|gewesen|"
    r"geblieben|gefallen|gestiegen|gesunken|gewachsen|geschehen|gelungen|misslungen|entstanden|"
    r"erschienen|verschwunden|getreten|gesprungen|geflohen|gezogen|gereist|passiert|gestartet|"
    r"gelandet|gescheitert|geraten|gerückt|gewandert|gestürzt|geflüchtet|zurückgekehrt|"
    r"verstorben|eingeschlafen|aufgewacht|ausgebrochen|explodiert|verunglückt|abgestürzt|"
    r"geschwommen|geritten|gerannt|gesegelt|gereist|umgezogen|ertrunken|erkrankt|"
    r"gebrochen|geprallt|gekracht|gerast|gedrungen|gestoßen|gelangt|geglückt|gekentert|"
    r"geklettert|geschleudert|gerutscht|gestolpert|geeilt|geschlichen|gefolgt|begegnet|"
    r"ausgeschieden|aufgestiegen|abgestiegen|zurückgetreten|ausgetreten|eingetreten|"
    r"eingetroffen|angekommen|abgereist|abgeflogen|eingezogen|ausgezogen|umgekommen|"
    r"aufgebrochen|zusammengebrochen|zusammengestoßen|vorgedrungen|eingebrochen|"
    # ("Der Probebetrieb im Sommer sei ohne Pannen verlaufen")
    r"verlaufen|abgelaufen|ausgelaufen|angelaufen|entkommen|entgangen|zerbrochen)\b")


def _reported_past_last(sentence: str) -> bool:
    """A reported past with the verb last: "erschlagen haben soll", "geflohen sein soll"
    (not the state to come of "das bis 2025 abgeschlossen sein soll")."""
    if _REPORTED_PAST_LAST.search(sentence):
        return True
    found = _REPORTED_PAST_LAST_SEIN.search(sentence)
    return found is not None and _SEIN_PARTICIPLE.search(
        sentence, max(0, found.start() - 30), found.start()) is not None


# a will or a Futur before a perfect infinitive looks ahead: "Bis Weihnachten wollen wir den
# Überbau abgebrochen haben", "wird bis dahin alles erledigt haben"
_WILL_BEFORE = re.compile(r"\b(?:will|willst|wollen|wollt|wird|wirst|werden|möchte|möchten)\b")
_UNTIL = re.compile(r"\b[Bb]is\b")


def _done_by(sentence: str, pos: int) -> bool:
    """Whether a perfect infinitive at `pos` tells what is to be done by a limit, with a
    will or a Futur before it: "Bis Weihnachten wollen wir ... abgebrochen haben"."""
    return bool(_WILL_BEFORE.search(sentence, 0, pos)) and \
        _UNTIL.search(sentence, 0, pos) is not None


def _perfect(sentence: str) -> bool:
    last = _PARTICIPLE_THEN_HABEN.search(sentence)
    if last is not None and not _WILL_BEFORE.search(sentence, 0, last.start()):
        return True  # verb last in a subordinate clause: "die Forscher veröffentlicht haben"
    for aux in _PERFECT_AUX.finditer(sentence):
        # (a long middle field: "hat Oberbürgermeister Martin Ansbacher am Donnerstagabend
        # rund 1200 Gäste beim Neujahrsempfang der Stadt im Congress Centrum begrüßt")
        rest = sentence[aux.end():aux.end() + 160]
        stop = _CLAUSE_END.search(rest)
        end = stop.start() if stop else len(rest)
        participle = _SEIN_PARTICIPLE if aux.group(0) in _SEIN_AUX else _PARTICIPLE
        found = participle.search(rest, 0, end)
        if found is not None and not _OPENING_HOURS.search(rest, 0, found.end()):
            return True
    return False


# hours kept, no Perfekt: "haben am Samstag ausnahmsweise bis 16 Uhr geöffnet" (but
# "haben wieder geöffnet" tells a reopening)
_OPENING_HOURS = re.compile(r"\b(?:bis|länger|durchgehend|eingeschränkt)\s+(?:[^\s,;.]+\s+)"
                            r"{0,3}?(?:geöffnet|geschlossen)$")


# Plusquamperfekt: "hatte ... gekündigt", "war ... ausgezogen", "war ... geschlossen worden";
# a look back from the time the text tells of.
_PLUPERFECT_AUX = re.compile(r"\b(?:hatte|hatten|hattest|hattet|war|waren|warst|wart)\b")
_LOOK_BACK = re.compile(r"\b(?:zuvor|vorher|davor)\b")


def looks_back(sentence: str) -> bool:
    """Whether a sentence tells of something before the time the text stands at: the
    Plusquamperfekt ("Schon am 31. Januar hatte der Vater gekündigt") or "zuvor"."""
    return bool(_LOOK_BACK.search(sentence)) or pluperfect(sentence)


def pluperfect(clause: str) -> bool:
    """Whether a clause speaks in the Plusquamperfekt ("hatte ... gekündigt", "war ...
    angereist", "war ... geschlossen worden")."""
    for aux in _PLUPERFECT_AUX.finditer(clause):
        rest = clause[aux.end():aux.end() + 120]
        stop = _CLAUSE_END.search(rest)
        end = stop.start() if stop else len(rest)
        if aux.group(0).startswith("hat"):
            if _PARTICIPLE.search(rest, 0, end):
                return True
        elif _SEIN_PARTICIPLE.search(rest, 0, end) or "worden" in rest[:end]:
            return True
    return False


# Strong participles that are also the Präteritum plural ("beschlossen", "entschieden"):
# past, unless a future or passive auxiliary in the sentence makes them a plan.
_PAST_PARTICIPLE_ALONE = re.compile(
    r"\b(?:beschlossen|begonnen|entschieden|verschoben|verboten|erschienen|entstanden|"
    r"bestanden|unterschrieben|beschrieben|verliehen|verwiesen|erhoben|entzogen|vollzogen|"
    r"ergriffen|unterlagen|verloren|gewonnen)\b")
# Verbs of saying: their past tense frames a report and says nothing of its content's time.
_REPORTING = re.compile(
    r"^(?:sagte|sagten|erklärte|erklärten|teilte|teilten|berichtete|berichteten|meinte|"
    r"meinten|betonte|betonten|hieß|kündigte|kündigten|mitteilte|mitteilten|ankündigte|"
    r"ankündigten|bekanntgab|bekanntgaben|angab|angaben|bestätigte|bestätigten)$",
    re.IGNORECASE)
# Verbs of saying, telling and remembering in the Präteritum or Präsens, third person
# ("erzählte", "berichtet", "erinnerte", "schildert", "schrieb", "ruft"): the stem of a
# weak verb with its ending, or a strong form.
_SAYING_STEMS = (
    r"sag|erzähl|bericht|erklär|beton|erinner|schilder|mein|äußer|ergänz|bestätig|bekräftig|"
    r"versicher|erläuter|präzisier|kommentier|resümier|bilanzier|zitier|antwort|frag|klag|"
    r"beklag|warn|mahn|schwärm|seufz|lach|bemerk|behaupt|beteuer|bedauer|mitteil|teil|"
    r"ankündig|kündig|erwähn|gesteh")
_SAYING = re.compile(
    rf"^(?:(?:{_SAYING_STEMS})(?:e?te|e?ten|e?t)"
    r"|schrieb|schrieben|schreibt|rief|riefen|ruft|sprach|sprachen|spricht|unterstrich|"
    r"unterstreicht|gestand|gesteht|verriet|verrät|beschrieb|beschreibt|hieß|heißt)$",
    re.IGNORECASE)
# Their weak Präteritum in a sentence ("erzählte", "erinnerte", "schilderte"), which the
# ending rule misses: a report told in the past.
_SAYING_PAST = re.compile(rf"\b(?:{_SAYING_STEMS})e?ten?\b")
# An article right before a word and a noun after it: "die erwähnte Studie" is an
# adjective, no verb ("Das erzählte er" is one).
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?<![\w-])(?:[Dd](?:er|ie|as|en|em|es)|[Ee]ine?[mnrs]?|"
                                   r"[Ss]eine?[mnrs]?|[Ii]hre?[mnrs]?)\s+$")
# Weak hints of the past: adverbs (lowercase only: "beim Letzten" is a noun).
_PAST_HINT = re.compile(
    r"\b(?:gestern|vorgestern|kürzlich|damals|vergangene[nms]?|vorige[nms]?|zuvor|vorher|"
    r"jüngst|unlängst)\b")
_FUTURE_CASED = re.compile(r"\bmorgen\b|\bübermorgen\b|\bMorgen\s+(?:und|wird|soll)\b")


@lru_cache(maxsize=4096)
def tense(sentence: str) -> str:
    """Coarse tense of a German clause or sentence: "future" (Futur, modal future),
    "past" (Perfekt, Präteritum, Plusquamperfekt, reported past) or "present"."""
    reported = _REPORTED_PAST.search(sentence)
    if reported is not None and _done_by(sentence, reported.end()):
        reported = None  # "Bis Weihnachten wollen wir den Überbau abgebrochen haben"
    if reported is not None and (reported.group(0).endswith("haben")
                                 or _SEIN_PARTICIPLE.search(reported.group(0))
                                 or "worden" in reported.group(0)):
        return "past"  # "soll ... getötet haben", "soll geflohen sein"; not the state to
        # come of "soll im Herbst abgeschlossen sein"
    if _COUNTERFACTUAL.search(sentence):
        return "past"
    if (" haben " in sentence or " sein " in sentence) and _reported_past_last(sentence):
        return "past"
    past = [w for w in _WORD.findall(sentence) if w in _PAST_WORDS]
    past += _PREFIXED_STRONG.findall(sentence)
    if any(w.endswith("te") for w in past):  # "Die neu eröffnete Halle ist voll": no verb
        past = [w.group(0) for w in _WORD.finditer(sentence) if w.group(0) in _PAST_WORDS and
                not (w.group(0).endswith("te") and _attributive(sentence, w))]
    past += [m.group(0) for m in _PAST_FORMS.finditer(sentence) if not _attributive(sentence, m)
             and not _done_by(sentence, m.start())]
    past += [m.group(1) for m in _PLURAL_PRETERITE_FRONTED.finditer(sentence)
             if m.group(1).lower() not in _PRESENT_IN_TEN]
    past += [m.group(0) for m in _PRETERITE_BEFORE_PRONOUN.finditer(sentence)]
    if not past and "te " in sentence:
        past += [m.group(1) for m in _PRETERITE_AFTER_SUBJECT.finditer(sentence)]
    if "ten " in sentence and "m " in sentence:
        past += [m.group(1) for m in _PLURAL_PRETERITE_AFTER_DAY.finditer(sentence)
                 if m.group(1).lower() not in _PRESENT_IN_TEN]
    if not past and "te " in sentence and "m " in sentence:
        past += [m.group(1) for m in _SINGULAR_PRETERITE_AFTER_DAY.finditer(sentence)]
    if not past and "te" in sentence:
        past += [m.group(1) for m in _PRETERITE_AFTER_TIME.finditer(sentence)
                 if m.group(1).lower() not in _PRESENT_IN_TEN]
    if past and _MODAL_INFINITIVE.search(sentence):
        # "soll bis Ostern entschieden sein/werden": the participle belongs to an infinitive
        # after a modal, not to a past tense ("entschieden worden sein" stays past)
        infinitives = {m.group(1) for m in _PARTICIPLE_INFINITIVE.finditer(sentence)}
        past = [w for w in past if w not in infinitives]
    strong_past = any(not _REPORTING.match(w) for w in past)
    reported = bool(past) and not strong_past
    if not past and "te" in sentence:
        reported = any(w.group(0) not in _PAST_WORDS and not _attributive(sentence, w)
                       and not (_ARTICLE_RIGHT_BEFORE.search(sentence, max(0, w.start() - 8),
                                                             w.start())
                                and _NOUN_AFTER.match(sentence, w.end()))
                       for w in _SAYING_PAST.finditer(sentence))
    if not strong_past and ("ha" in sentence or "is" in sentence or "sind" in sentence
                            or "bin" in sentence or "sei" in sentence or "wär" in sentence
                            or "hätt" in sentence):
        strong_past = _perfect(sentence)
    fut = _FUTURE.search(sentence.lower()) or _FUTURE_CASED.search(sentence)
    if fut is not None:
        word = fut.group(0).lower()
        if word in ("wird", "werden", "werde", "wirst") and PASSIVE_PRESENT.search(sentence):
            fut = _FUTURE_CASED.search(sentence)
        elif word in ("erwartet", "erwarten", "werden") and strong_past:
            fut = None
    if strong_past:
        return "past"
    if fut is not None:
        return "future"
    if _PAST_PARTICIPLE_ALONE.search(sentence):  # "Das beschlossen die Minister am Montag."
        return "past"
    if "dürft" in sentence and _GUESS.search(sentence):
        if "gewesen sein" in sentence or any(
                _SEIN_PARTICIPLE.fullmatch(p.group(1))
                for p in _PARTICIPLE_INFINITIVE.finditer(sentence)):
            return "past"  # "dürfte zum Jahresende leicht gewachsen sein": a guess of what
            # is done, with the Perfekt infinitive of a verb of being
        return "present"  # "der Jänner dürfte ähnlich ausfallen, sagte er": a guess of now
    if reported or any(not _COMPARED_WITH.search(sentence, max(0, h.start() - 16), h.start())
                       for h in _PAST_HINT.finditer(sentence)):
        return "past"
    return "present"


# a guess about a fact ("dürfte"): no future, unlike "wird" or "soll"
_GUESS = re.compile(r"\b(?:dürfte|dürften)\b")


# a time a comparison looks back to tells no past of the clause ("Im Sommer rechnet der
# Verband mit so vielen Gästen wie im vergangenen Jahr")
_COMPARED_WITH = re.compile(r"\b(?:wie|als)\s+(?:im|in\s+de[rmn]|am|an\s+de[rmn])\s+$")


# A modal or Futur auxiliary, and a participle followed by the infinitive of "sein" or
# "werden" (the passive or state infinitive that such a verb governs).
_MODAL_INFINITIVE = re.compile(
    r"\b(?:soll|sollen|solle|muss|müssen|kann|können|will|wollen|dürfte|dürften|wird|werden|"
    r"könnte|könnten|müsste|müssten|sollte|sollten)\b")
_PARTICIPLE_INFINITIVE = re.compile(r"\b((?!worden\b|gewesen\b)[a-zäöüß]{4,})\s+(?:sein|werden)\b")


# Auxiliaries of the Perfekt that the past-word list holds too ("ist gewesen", "ist
# gewählt worden").
_PERFECT_PARTS = frozenset(("gewesen", "worden"))


def told_in_perfekt(sentence: str) -> bool:
    """Whether a sentence speaks in the Perfekt and in no Präteritum ("Am Dienstag hat sie
    ihr Buch vorgestellt"): a report of the last days rather than a story told."""
    if not _PERFECT_AUX.search(sentence):
        return False
    if any(w in _PAST_WORDS and w not in _PERFECT_PARTS for w in _WORD.findall(sentence)):
        return False
    if any(m.group(0).endswith("e") for m in _PAST_FORMS.finditer(sentence)):
        return False  # a weak Präteritum ("arbeitete", "regierte")
    return _perfect(sentence)


_FRAME_EDGE = with_first_char_check(re.compile(r"[,;:\"„“”»«]|(?<!\d)[.!?]\s|\n"))


def reporting_frame(text: str, pos: int) -> bool:
    """Whether `pos` stands in the frame of reported speech (", sagte der Bürgermeister am
    Freitag", "wie die Polizei am Freitag mitteilte"): the time of the report, not of
    what it reports."""
    lo, hi = _frame_bounds(text, pos)
    words = _WORD.findall(text, lo, hi)
    if not words:
        return False
    if _REPORTING.match(words[0]) or _SAYING.match(words[0]):
        return True
    if len(words) > 1 and words[0].lower() in _FRAME_OPENERS and _SAYING.match(words[1]):
        return True  # "Das erzählte er am Sonntag", "Daran erinnerte sie am Freitag"
    if words[0] in ("Am", "An") and _WORD.findall(text, lo, pos) == words[:1]:
        told = _WORD.findall(text, pos, hi)
        # "Am Sonntag erzählte er vor 300 Besuchern": the time opens the frame
        return len(told) > 1 and bool(_SAYING.match(told[1]))
    return words[0].lower() == "wie" and any(_REPORTING.match(w) or _SAYING.match(w)
                                             for w in words[1:])


def reported_in_clause(text: str, pos: int) -> bool:
    """Whether the clause around `pos` has a verb of reporting in the past ("bestätigte
    den Termin am Mittwoch gegenüber der APA"): its time is the report's."""
    return any(_REPORTING.match(w) for w in _WORD.findall(text, *_frame_bounds(text, pos)))


def _frame_bounds(text: str, pos: int) -> tuple[int, int]:
    """The stretch around `pos` between commas, quotes and sentence ends (at most 120
    characters either way): where a frame of reported speech would stand."""
    lo = max(0, pos - 120)
    for m in _FRAME_EDGE.finditer(text, lo, pos):
        lo = m.end()
    stop = _FRAME_EDGE.search(text, pos, pos + 120)
    return lo, stop.start() if stop else pos + 120


# Words that may open a frame before its verb: "Das erzählte er", "Daran erinnerte sie".
_FRAME_OPENERS = frozenset(("das", "dies", "daran", "davon", "darüber", "dazu", "so",
                            "damit", "hierzu", "hiervon"))


def speaks_of_future(text: str) -> bool:
    """Whether a future or planning word occurs in `text` ("wird", "soll", "morgen"), be it
    Futur or a passive: a weaker test than `tense`."""
    lowered = text.lower()
    return bool(_FUTURE.search(lowered) or _GUESS.search(lowered) or _FUTURE_CASED.search(text))


_CLAUSE_EDGE = re.compile(r"[,:](?!(?<=\d.)\d)|[;()\"„“”»«–]|\s-\s|"
                          r"\bund\b|\baber\b|\bdoch\b|\bsondern\b")


# a short quoted name without punctuation ('mit Lessings "Emilia Galotti" begonnen
# hatte'): a title inside the clause, whose quotes end no clause
_QUOTED_TITLE = re.compile(r"[\"„“»«][^\"„“”»«.,;:!?()\n]{1,40}[\"“”«»]")


def _clause_edges(text: str, lo: int, hi: int) -> list[re.Match]:
    """The clause edges in text[lo:hi], less the quotes around a title."""
    edges = list(_CLAUSE_EDGE.finditer(text, lo, hi))
    if not any(e.group(0) in "\"„“”»«" for e in edges):
        return edges
    quotes = set()
    for t in _QUOTED_TITLE.finditer(text, max(0, lo - 42), min(len(text), hi + 42)):
        quotes.update((t.start(), t.end() - 1))
    return [e for e in edges if e.start() not in quotes]


@lru_cache(maxsize=4096)  # the engine resolves a mention once per candidate reference day
def clause_tense(text: str, pos: int, sentence_tense: str = "present") -> str:
    """Tense of the clause around `pos`; when the clause itself shows none, the tense of
    the words nearby within the sentence (a verb far away in a long sentence belongs to
    another clause). `sentence_tense` is kept for callers that know it; it is not needed."""
    lo = max(0, pos - 160)
    hi = min(len(text), pos + 160)
    start = lo
    for m in _clause_edges(text, lo, pos):
        start = m.end()
    for m in _SENTENCE_END.finditer(text, lo, min(hi, pos + 3)):
        if m.end() <= pos:
            start = max(start, m.end())
    end = hi
    after = _clause_edges(text, pos + 1, hi)
    if after:
        end = after[0].start()
    stop = _SENTENCE_END.search(text, pos, hi)
    if stop:
        end = min(end, stop.start() + 1)
    own = tense(text[start:end])
    if own != "present" or _has_present_verb(text[start:end]):
        return own  # "Hochkofler gastiert am 9. Dezember ..., kam sie nicht": its own verb
    if _AND_AFTER_COMMA.search(text, max(0, start - 6), start) and \
            _COPULA.search(text, start, end):
        return own  # "Sie hatte am 11.11. begonnen, und schon am 6. Februar ist alles
        # vorbei": a main clause of its own, with its own copula
    lo = max(0, pos - _NEAR)
    for m in _SENTENCE_END.finditer(text, lo, min(len(text), pos + 3)):
        if m.end() <= pos:
            lo = m.end()
    # a clause with no verb continues a list: the nearest clause before it with a verb
    # decides ("gastiert am 9. Dezember in Bozen, am 19. Dezember in Bruneck")
    edges = [e.end() for e in _clause_edges(text, lo, start)]
    bounds = [lo, *edges, start]
    for i in range(len(bounds) - 1, 0, -1):
        clause = text[bounds[i - 1]:bounds[i]]
        if _SUBORDINATE_OPENING.match(clause):
            continue  # "aussagen, die am Tatort waren, am Freitag ein Arzt": the main verb
        found = tense(clause)
        if found != "present" or _has_present_verb(clause):
            return found
    # no tense in the clause itself: the verbs nearby, within the sentence, decide (not
    # those of a relative clause after it: "Bis 6. August stehen 40 Konzerte auf dem
    # Programm, das sie im Februar vorgestellt hatte")
    hi = min(len(text), pos + _NEAR)
    stop = _SENTENCE_END.search(text, pos, hi)
    if stop:
        hi = stop.start() + 1
    sub = _SUBORDINATE_AFTER.search(text, pos, hi)
    if sub:
        hi = sub.start()
    return tense(text[lo:hi])


_NEAR = 150
# a main clause joined by ", und" and a present copula in it
_AND_AFTER_COMMA = re.compile(r",\s*und$")
_COPULA = re.compile(r"\b(?:ist|sind)\b")
# the words that open a relative or subordinate clause
_SUBORDINATOR = (r"(?:die|der|das|dem|den|deren|dessen|welche[rmns]?|weil|dass|da|als|wenn|"
                 r"ob|obwohl|nachdem|bevor|wo)\s")
# (an article before a noun opens a main clause put in between: "Am Dienstag, die Uhr
# zeigte 16.20 Uhr, segelte er")
_SUBORDINATE_AFTER = re.compile(rf",\s*(?!(?:die|der|das|dem|den)\s+[A-ZÄÖÜ]\w*\s+[a-zäöüß]+te\b)"
                                rf"{_SUBORDINATOR}")
# a relative or subordinate clause: a list that leaves out its verb repeats the main one
_SUBORDINATE_OPENING = re.compile(rf"\s*{_SUBORDINATOR}")

# A finite verb in the present, third person singular ("gastiert", "entscheidet", "gilt"):
# a lower-case word ending in -t that is no adverb or particle.
_T_WORD = re.compile(r"(?<![\w-])[a-zäöüß]{2,}t(?![\w-])")
_NOT_VERBS = frozenset(
    "nicht jetzt erst bereits meist zuletzt fast selbst sonst seit mit oft statt damit somit "
    "womit weit bereit gut laut halt recht leicht direkt konkret exakt zunächst längst "
    "nächst insgesamt zumindest spät bekannt unbekannt beliebt samt nebst jeweilst einst "
    "zuerst mitunter weltweit bundesweit landesweit europaweit erneut komplett "
    "vielleicht acht echt schlecht dicht hart ernst sanft überhaupt sofort dort fort vorerst "
    "soweit wohlbekannt "
    # a copula or auxiliary alone says little: "Seit der Wahl am Sonntag ist ..."
    "ist hat".split())


# A plural present right before a time: "Die Minister entscheiden am Mittwoch".
_EN_VERB_BEFORE_TIME = re.compile(
    r"(?<![\w-])(?!(?:den|einen|seinen|ihren|diesen|jenen|neuen|ersten|letzten|nächsten|"
    r"kommenden|vergangenen|beiden|anderen|allen|vielen|wenigen|eigenen)\b)"
    r"[a-zäöüß]{3,}en\s+(?:am|im|ab|bis|vom|seit|noch|erst|schon|bereits)\s")


def has_present_verb(clause: str) -> bool:
    """Whether `clause` has a finite verb in the present ("gastiert", "entscheiden am")."""
    return _has_present_verb(clause)


# A plural present that opens its clause, its subject after it: "Wie das Amt mitteilte,
# dauern die Arbeiten bis Ende Juni"; a state that lasts until a date: "ist bis 14. Jänner
# zu sehen", "bleibt bis Ende Mai gesperrt".
_EN_VERB_OPENING = re.compile(
    r"^\s*(?:und\s+)?(?!(?:den|einen|seinen|ihren|diesen|jenen|neuen|ersten|letzten|nächsten|"
    r"kommenden|vergangenen|beiden|anderen|allen|vielen|wenigen|eigenen|wurden|waren|hatten|"
    r"mussten|konnten|sollten|wollten|durften)\b)[a-zäöüß]{2,}(?:e|er|el)n\s+(?:die|der|das|den|dem|"
    r"sie|es|wir|man|ein|eine|alle|beide)\b")
# ... or stands after a fronted phrase, its subject after it: "Für Silvester rechnen die
# Meteorologen mit Regen" (not a preterite in -ten: "lahmlegten die")
_EN_VERB_INVERTED = re.compile(
    r"(?<![\w-])(?!(?:den|einen|seinen|ihren|diesen|jenen|neuen|ersten|letzten|nächsten|"
    r"kommenden|vergangenen|beiden|anderen|allen|vielen|wenigen|eigenen|wurden|waren|"
    r"zwischen|unten|oben|hinten|vorn|morgen|gestern)\b)[a-zäöüß]{2,}(?<![tß])(?:e|er|el)n\s+"
    # (an adverb may stand between: "Zum 1. Juli steigen zudem die Renten")
    r"(?:(?:zudem|auch|außerdem|dann|erneut|wieder|zunächst|erstmals|nun|jetzt)\s+)?"
    r"(?:die|der|das|sie|es|wir|man)\b")
_LASTS_UNTIL = re.compile(r"(?<![\w-])(?:ist|sind|bleibt|bleiben|läuft|laufen|gilt|gelten|"
                          r"dauert|dauern)\s+(?:noch\s+)?bis\b"
                          # at the end of a subordinate clause: "die noch bis Oktober dauern"
                          r"|\bbis\s+[^,;]{2,30}?\s(?:dauern|andauern|laufen|gelten|bleiben|"
                          r"anhalten)\s*$")


# A verb right after a time phrase that opens a main clause: "Bis Ende Mai stehen für
# einige Vereine auch Pokalspiele an" (no participle: "Am Montag gestartet, ...").
_FRONTED_TIME_VERB = re.compile(
    r"^\s*(?:Bis|Ab|Seit|Im|Am|Zum)\s+(?:(?:Anfang|Mitte|Ende)\s+)?"
    r"[A-ZÄÖÜ][a-zäöü]+(?:\s+\d{4})?\s+"
    # (no article, pronoun or adjective: "im Herbst einen Entwurf"; no participle)
    r"(?!(?:den|einen|keinen|seinen|ihren|diesen|jenen|unseren|allen|vielen|wenigen|"
    r"beiden|anderen|neuen|ersten|letzten|eigenen|nächsten|kommenden|vergangenen)\b|"
    r"ge[a-zäöüß]+t\b)(?P<verb>[a-zäöüß]{3,}(?:en|t))\b")


def _fronted_time_verb(clause: str) -> bool:
    """Whether a present verb follows a time phrase that opens the clause (not a weak
    Präteritum in -ten: "Am Samstag stauten sich die Fahrzeuge")."""
    found = _FRONTED_TIME_VERB.match(clause)
    if found is None:
        return False
    verb = found.group("verb")
    return not verb.endswith("ten") or verb in _PRESENT_IN_TEN


# a modal in the present is a present verb of its clause: "dass sich die Mannschaften ab
# Mitte Januar in der Halle umziehen können" (not the main clause's Perfekt)
_MODAL_PRESENT = re.compile(r"\b(?:kann|können|darf|dürfen|muss|müssen|mag)\b")
# a participle closing its clause is no present verb: "haben Hohenfeld und die Partnerstadt
# am Samstag das Jubiläum gefeiert" (its auxiliary stands in the clause before "und")
_PARTICIPLE_LAST = re.compile(r"(?<![\w-])[a-zäöü]{0,5}ge[a-zäöüß]{3,}t\s*[.!?]?\s*$")


def _has_present_verb(clause: str) -> bool:
    last = _PARTICIPLE_LAST.search(clause)
    cut = last.start() if last else len(clause)
    return any(w.group(0) not in _NOT_VERBS for w in _T_WORD.finditer(clause, 0, cut)) or \
        bool(_MODAL_PRESENT.search(clause)) or \
        _fronted_time_verb(clause) or \
        bool(_EN_VERB_BEFORE_TIME.search(clause)) or bool(_EN_VERB_OPENING.match(clause)) \
        or bool(_LASTS_UNTIL.search(clause)) or bool(_EN_VERB_INVERTED.search(clause)) \
        or any(w.group(1) in _PRESENT_IN_TEN for w in _TEN_VERB_INVERTED.finditer(clause))


# a present plural in -ten before its subject: "in Bayern starten sie am Montag"
_TEN_VERB_INVERTED = re.compile(r"(?<![\w-])([a-zäöüß]{2,}ten)\s+(?:die|der|das|sie|es|wir|man)\b")


# A number ends a sentence before a word no ordinal stands before, or a quote: "Damals war
# sie 20. Am 7. Oktober ...", "im Juli 1973. „Am Morgen ..." (but "am 20. Mai", "der 2.
# Liga").
NUMBER_THEN_SENTENCE = (r"(?<=[0-9])\.(?=\s+[\"„»]|\s+(?:Am|Im|Er|Sie|Es|Wir|Ich|Man|Heute|"
                        r"Damals|Dann|Danach|Doch|Aber|Seit|Nach|Als|Auch|Jetzt|Inzwischen|Später|Zuvor|"
                        r"Der|Die|Das|Den|Dem|Ein|Eine)\s)")
# A sentence may open with a year and its verb: "Anpfiff ist um 18.30 Uhr. 2023 erzielte er
# neun Tore" (not after an abbreviation: "ca. 1500 starben").
NUMBER_THEN_SENTENCE += (r"|(?<![0-9])(?<!\b[Cc]a)(?<!\bNr)(?<!\bS)(?<!\bBd)(?<!\bJh)(?<!\bAbs)"
                         r"(?<!\bArt)[.!?](?=\s+(?:1[0-9]{3}|20[0-9]{2})\s+[a-zäöüß])")
_SENTENCE_END = re.compile(rf"(?<![0-9]){NO_ABBREVIATION}[.!?](?=\s+[A-ZÄÖÜ\"„])|"
                           rf"{NUMBER_THEN_SENTENCE}|\n")

# The patterns searched through clauses and their surroundings, each with a check of the
# characters it can begin with in front: the same matches, with fewer positions tried.
(_CLAUSE_EDGE, _SENTENCE_END, _CLAUSE_END, _PARTICIPLE, _SEIN_PARTICIPLE,
 _PAST_PARTICIPLE_ALONE, _PAST_HINT, _REPORTED_PAST, _FUTURE_CASED, _PERFECT_AUX) = map(
    with_first_char_check,
    (_CLAUSE_EDGE, _SENTENCE_END, _CLAUSE_END, _PARTICIPLE, _SEIN_PARTICIPLE,
     _PAST_PARTICIPLE_ALONE, _PAST_HINT, _REPORTED_PAST, _FUTURE_CASED, _PERFECT_AUX))


# --- prepositions ------------------------------------------------------------------

_RELATIONS = [
    (re.compile(r"\b(?:[Ss]eit|[Ss]eitdem)(?:\s+(?:dem|der|den|Anfang|Mitte|Ende|Beginn))?"
                r"\s*$"), "since"),
    (re.compile(r"\b[Bb]is(?:\s+(?:zum|zur|in\s+die|in\s+den|ins|am|an|spätestens|"
                r"Anfang|Mitte|Ende))?\s*$"), "until"),
    (re.compile(r"\b(?:[Aa]b|[Vv]om|[Bb]eginnend|[Ss]tartend)(?:\s+(?:dem|der|den))?\s*$"),
     "from"),
    (re.compile(r"\b(?:[Vv]or|[Bb]innen)\s+(?:dem|der|den|Anfang|Mitte|Ende)\s*$"), "before"),
    (re.compile(r"\b(?:[Nn]ach|[Ss]eit)\s+(?:dem|der|den|Anfang|Mitte|Ende)\s*$"), "after"),
    (re.compile(r"\b(?:[Ww]ährend|[Ii]nnerhalb|[Ii]m\s+Laufe)(?:\s+(?:des|der|dem|den))?\s*$"),
     "during"),
]


# All of them in one pattern: most mentions follow no such words, and one search says so.
_ANY_RELATION = with_first_char_check(
    re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _RELATIONS)))


def relation(before: str) -> str | None:
    """The relation the words right before a mention set: "seit" since, "bis" until,
    "ab" from, "vor dem" before, "nach dem" after."""
    if _ANY_RELATION.search(before) is None:
        return None
    for pattern, name in _RELATIONS:  # the first in this order wins
        if pattern.search(before):
            return name
    return None
