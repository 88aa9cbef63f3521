"""German vocabulary and sentence templates for the synthetic wire corpus.

Everything here is invented for the benchmark: names, companies and sentences are
combinations of word lists, not copies of real articles. Templates name their slots in
braces; a slot whose name starts with a capital letter is capitalized (sentence start).
Time slots: tp (a point before the dateline), tf (a point after it), ts ("seit ..."),
tc (clock time), td (a duration), tset (a recurrence), th (history: years, decades).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
          "September", "Oktober", "November", "Dezember")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")
NUMBER_WORDS = ("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "zehn", "zwölf")
ORDINALS = ("ersten", "zweiten", "dritten", "vierten")
SEASONS = ("Frühjahr", "Sommer", "Herbst", "Winter")

AGENCIES = ("dpa", "dpa", "dpa", "AFP", "Reuters", "KNA", "epd", "dpa-AFX")
PLACES = (
    "Berlin", "Hamburg", "München", "Köln", "Frankfurt am Main", "Stuttgart", "Düsseldorf",
    "Leipzig", "Dresden", "Hannover", "Bremen", "Nürnberg", "Mainz", "Wiesbaden", "Kiel",
    "Magdeburg", "Erfurt", "Potsdam", "Schwerin", "Saarbrücken", "Wien", "Zürich", "Bern",
    "Brüssel", "Straßburg", "Luxemburg", "Bozen", "Innsbruck", "Graz", "Freiburg",
    "Karlsruhe", "Rostock", "Kassel", "Münster", "Bonn", "Augsburg",
)
COUNTRIES = (
    "Frankreich", "Polen", "Italien", "Spanien", "Griechenland", "Tschechien", "Dänemark",
    "Schweden", "Norwegen", "Kanada", "Japan", "Brasilien", "Indien", "Ägypten", "Kenia",
    "Mexiko", "Portugal", "Ungarn", "Rumänien", "Finnland", "Irland", "Chile",
)
FIRST = (
    "Thomas", "Andrea", "Michael", "Sabine", "Stefan", "Claudia", "Markus", "Petra",
    "Jürgen", "Katrin", "Frank", "Julia", "Matthias", "Anja", "Tobias", "Birgit",
    "Christian", "Nicole", "Alexander", "Susanne", "Florian", "Heike", "Daniel", "Martina",
    "Sebastian", "Monika", "Johannes", "Ulrike", "Lukas", "Miriam", "Karl", "Elena",
)
LAST = (
    "Berger", "Hoffmann", "Krämer", "Lindner", "Vogt", "Brandt", "Seidel", "Kühn",
    "Engel", "Albrecht", "Scholl", "Pohl", "Haas", "Winkler", "Lorenz", "Graf", "Busch",
    "Ziegler", "Franke", "Beck", "Roth", "Jung", "Sauer", "Keller", "Schuster", "Arnold",
    "Otto", "Böhm", "Voigt", "Stein", "Brenner", "Marx", "Kraft", "Lange", "Frey", "Kunz",
)
ROLES = (
    "Innenminister", "Finanzministerin", "Bürgermeister", "Landrätin", "Polizeisprecher",
    "Verbandspräsidentin", "Gewerkschaftschef", "Konzernchef", "Staatssekretärin",
    "Fraktionschef", "Oppositionsführerin", "Umweltminister", "Gesundheitsministerin",
    "Bahnsprecher", "Feuerwehrsprecherin", "Oberstaatsanwalt", "Bundesrichterin",
    "Bischof", "Trainer", "Vorstandschefin", "Wirtschaftsforscher", "Klinikdirektorin",
)
PARTIES = ("CDU", "SPD", "Grüne", "FDP", "CSU", "Linke", "parteilos")
COMPANY_HEAD = ("Nord", "Rhein", "Alpen", "Elb", "Hansa", "Main", "Ost", "Süd", "Donau",
                "Weser", "Mosel", "Harz", "Spree", "Isar", "Neckar", "Havel")
COMPANY_TAIL = ("werk AG", "strom GmbH", "bau SE", "logistik AG", "chemie AG", "bank eG",
                "tech GmbH", "stahl AG", "pharma SE", "bahn GmbH", "versicherung AG")
INSTITUTIONS = (
    # (nominative, genitive)
    ("die Bundesregierung", "der Bundesregierung"), ("der Landtag", "des Landtags"),
    ("die EU-Kommission", "der EU-Kommission"),
    ("das Statistische Bundesamt", "des Statistischen Bundesamts"),
    ("die Staatsanwaltschaft", "der Staatsanwaltschaft"), ("der Stadtrat", "des Stadtrats"),
    ("das Verkehrsministerium", "des Verkehrsministeriums"), ("die Polizei", "der Polizei"),
    ("der Verband der Kommunen", "des Verbands der Kommunen"),
    ("die Gewerkschaft", "der Gewerkschaft"),
    ("das Landesamt für Umwelt", "des Landesamts für Umwelt"),
    ("die Bundesagentur für Arbeit", "der Bundesagentur für Arbeit"),
    ("der Betriebsrat", "des Betriebsrats"), ("die Stadtverwaltung", "der Stadtverwaltung"),
)
TOPICS = (  # feminine, neuter or plural: the accusative equals the nominative
    "die Reform der Pflegeversicherung",
    "das neue Klimaschutzgesetz",
    "die Sanierung der Brücken",
    "die Pläne für einen neuen Flughafen",
    "die Schließung des Werks",
    "die Erhöhung der Grundsteuer",
    "das Verfahren gegen den früheren Vorstand",
    "die Tarifverhandlungen im Nahverkehr",
    "die Ausweitung der Videoüberwachung",
    "das Förderprogramm für Schulen",
    "die Übernahme durch einen Finanzinvestor",
    "die Verlängerung der Stadtbahn",
    "die Neuordnung der Krankenhäuser",
    "das Bündnis für bezahlbares Wohnen",
    "die Kürzungen im Kulturetat",
    "die Ermittlungen wegen Untreue",
)
GOODS = ("Wohnungen", "Arbeitsplätze", "Ladestationen", "Kita-Plätze", "Windräder",
         "Fahrzeuge", "Tonnen Stahl", "Passagiere", "Besucher", "Anträge", "Beschwerden")
QUOTES = (
    "Wir haben keine Zeit mehr zu verlieren", "Das ist ein wichtiges Signal",
    "Niemand kann alles allein schaffen", "Die Lage ist ernst, aber nicht hoffnungslos",
    "Wir werden das sehr genau prüfen", "Das war so nicht abgesprochen",
    "Die Menschen erwarten zu Recht Antworten", "Ich bin zuversichtlich, dass es gelingt",
    "Wir stehen erst am Anfang", "Das Ergebnis ist enttäuschend",
    "Die Kosten dürfen nicht weiter steigen", "Es gibt keinen Grund zur Entwarnung",
)

LEADS = (
    "{Org} will {topic} deutlich schneller voranbringen als bisher geplant.",
    "Nach langem Streit haben sich Bund und Länder auf {topic} geeinigt.",
    "{Person} hat {tp} überraschend den Rücktritt von seinem Amt angekündigt.",
    "In {place} sind {tp} bei einem schweren Unfall {small} Menschen verletzt worden.",
    "{Company} streicht in den kommenden Jahren bis zu {n} Stellen.",
    "Der Streit um {topic} geht in eine neue Runde.",
    "Die Zahl der {goods} in {place} ist {tp} deutlich gestiegen.",
    "{Tp} ist in {place} ein Großbrand in einer Lagerhalle ausgebrochen.",
    "Die Verbraucherpreise in Deutschland sind {tp} um {pct} gestiegen.",
    "{Person} ({party}) hat vor den Folgen der geplanten Kürzungen gewarnt.",
)
SENTENCES = (
    "{Tp} hatte {person} in {place} erklärt, {topic} sei nicht verhandelbar.",
    "{Person} sagte {tp} in {place}, man werde die Lage genau beobachten.",
    "\"{quote}\", sagte {person} {tp}.",
    "\"{quote}\", sagte {surname} am Rande einer Sitzung in {place}.",
    "\"{quote}\", erklärte {person} ({party}).",
    "Nach Angaben {org_g} ereignete sich der Unfall {tp} {tc} auf der Autobahn bei {place}.",
    "{Ts} sind nach Angaben {org_g} mehr als {n} {goods} hinzugekommen.",
    "Die Verhandlungen über {topic} laufen {ts}.",
    "{Tf} soll {topic} im Landtag beraten werden.",
    "Eine Entscheidung wird {tf} erwartet.",
    "{Org} will {tf} einen Entwurf vorlegen.",
    "Die Bauarbeiten sollen {tf} beginnen und {td} dauern.",
    "Bereits {th} hatte es ähnliche Pläne gegeben, die dann aber scheiterten.",
    "Die Anlage war {th} in Betrieb gegangen und gilt inzwischen als veraltet.",
    "{Th} lag die Zahl noch bei rund {n}.",
    "Die Polizei wurde {tc} alarmiert und sperrte die Straße für {td}.",
    "{Tc} rückte die Feuerwehr mit {small} Fahrzeugen aus.",
    "Der Ausschuss tagt {tset} und hat {ts} mehr als {small} Gutachten eingeholt.",
    "Die Züge fahren künftig {tset}, teilte {org} mit.",
    "{surname} ist {ts} im Amt und wurde {th} erstmals gewählt.",
    "{Tp} war {person} noch von einem Kompromiss ausgegangen.",
    "Im Vergleich zum Vorjahr entspricht das einem Plus von {pct}.",
    "Insgesamt sollen {money} in das Projekt fließen, davon {pct} aus Landesmitteln.",
    "Die Kosten werden auf {money} geschätzt, {tp} waren es noch deutlich weniger.",
    "Der Prozess gegen den {age}-Jährigen beginnt {tf} vor dem Landgericht {place}.",
    "Über die Einwände soll {tf} entschieden werden.",
    "Das Urteil ist noch nicht rechtskräftig.",
    "Die Opposition kritisierte das Vorhaben als überhastet.",
    "Nach Einschätzung von Fachleuten reichen die Mittel nicht aus.",
    "{Org} wies die Vorwürfe zurück.",
    "Beobachter rechnen mit weiteren Verzögerungen.",
    "In {country} gilt eine vergleichbare Regelung {ts}.",
    "Ein Sprecher {org_g} bestätigte {tp} einen entsprechenden Bericht.",
    "{Tp} hatten rund {n} Menschen in {place} gegen {topic} demonstriert.",
    "Die Gespräche waren {tp} ohne Ergebnis abgebrochen worden.",
    "Bis {tf_bis} sollen alle {goods} geprüft sein.",
    "Der Vertrag läuft noch {td}, eine Verlängerung ist {tf} möglich.",
    "{Tp} hatte der Aufsichtsrat {topic} gebilligt.",
    "Die Delegation aus {country} war {tp} in {place} eingetroffen.",
    "Das Treffen soll {tf} stattfinden und {tc} beginnen.",
    "Einwände können noch bis {tf_bis} eingereicht werden.",
    # sentences without a temporal expression, as most news sentences are
    "Die Gewerkschaft fordert {pct} mehr Lohn für die Beschäftigten.",
    "Der Gemeinderat in {place} stimmte dem Vorhaben mit knapper Mehrheit zu.",
    "Nach Angaben {org_g} sind davon rund {n} {goods} betroffen.",
    "{Person} kündigte an, den Fall rechtlich prüfen zu lassen.",
    "Die Ursache des Feuers ist noch unklar.",
    "Verletzt wurde nach Angaben {org_g} niemand.",
    "Der Schaden wird auf {money} geschätzt.",
    "Kritiker befürchten höhere Mieten und längere Wege für die Pendler in {place}.",
    "{Company} äußerte sich zunächst nicht zu den Berichten.",
    "Auch in {country} wird über ähnliche Maßnahmen diskutiert.",
    "Die Staatsanwaltschaft ermittelt wegen des Verdachts der fahrlässigen Körperverletzung.",
    "Der Verband begrüßte die Entscheidung grundsätzlich, forderte aber Nachbesserungen.",
    "Wie viele {goods} genau betroffen sind, ist unklar.",
    "Die Landesregierung verwies auf die angespannte Haushaltslage.",
    "Umweltverbände sprachen von einem Rückschritt für {place}.",
    "{Person} sprach von einem \"schweren Fehler\".",
    "Der Antrag der Opposition fand keine Mehrheit.",
    "Die Einnahmen lagen bei {money}, die Ausgaben deutlich darüber.",
    "Mehrere Zeugen hatten die Polizei verständigt.",
    "Ob {topic} vor Gericht Bestand hat, ist offen.",
    "Die Pläne sehen vor, rund {n} {goods} zusätzlich zu schaffen.",
    "{Org} verwies auf steigende Kosten für Energie und Personal.",
    "\"{quote}\", hieß es aus Kreisen {org_g}.",
)


def _fmt_day(d: date, with_year: bool) -> str:
    s = f"{d.day}. {MONTHS[d.month - 1]}"
    return f"{s} {d.year}" if with_year else s


def past_point(rng: random.Random, ref: date) -> str:
    k = rng.randrange(16)
    if k == 0:
        return f"am {WEEKDAYS[rng.randrange(7)]}"
    if k == 1:
        return f"am vergangenen {WEEKDAYS[rng.randrange(7)]}"
    if k == 2:
        return f"am {WEEKDAYS[rng.randrange(7)]}{rng.choice(('abend', 'morgen', 'nachmittag'))}"
    if k == 3:
        return f"am {_fmt_day(ref - timedelta(days=rng.randrange(1, 60)), False)}"
    if k == 4:
        return f"am {_fmt_day(ref - timedelta(days=rng.randrange(60, 3000)), True)}"
    if k == 5:
        return rng.choice(("im vergangenen Jahr", "in der vergangenen Woche", "im Vorjahr",
                           "Anfang der Woche", "im vergangenen Monat", "gestern"))
    if k == 6:
        unit = rng.choice(("Wochen", "Monaten", "Jahren", "Tagen"))
        return f"vor {rng.choice(NUMBER_WORDS)} {unit}"
    if k == 7:
        return f"{rng.choice(('Anfang', 'Mitte', 'Ende'))} {MONTHS[rng.randrange(12)]}"
    if k == 8:
        return f"im {MONTHS[rng.randrange(12)]}"
    if k == 9:
        return f"{rng.choice(('Anfang', 'Mitte', 'Ende'))} {ref.year - rng.randrange(1, 6)}"
    if k == 10:
        return f"im {rng.choice(SEASONS)} {ref.year - rng.randrange(1, 8)}"
    if k == 11:
        d = ref - timedelta(days=rng.randrange(30, 2000))
        return f"am {d.day:02d}.{d.month:02d}.{d.year}"
    if k == 12:
        return f"in der Nacht zum {WEEKDAYS[rng.randrange(7)]}"
    if k == 13:
        return f"im {MONTHS[rng.randrange(12)]} {ref.year - rng.randrange(1, 10)}"
    if k == 14:
        d = ref - timedelta(days=rng.randrange(2, 25))
        return f"am {WEEKDAYS[d.weekday()]}, {_fmt_day(d, False)}"
    return f"im {rng.choice(ORDINALS)} Quartal"


def future_point(rng: random.Random, ref: date) -> str:
    k = rng.randrange(11)
    if k == 0:
        return f"am kommenden {WEEKDAYS[rng.randrange(7)]}"
    if k == 1:
        return f"am {WEEKDAYS[rng.randrange(7)]}"
    if k == 2:
        return rng.choice(("in den nächsten Wochen", "im nächsten Jahr", "in der kommenden Woche",
                           "bis zum Jahresende", "Anfang kommenden Jahres", "morgen",
                           "in den kommenden Monaten"))
    if k == 3:
        return f"am {_fmt_day(ref + timedelta(days=rng.randrange(3, 120)), False)}"
    if k == 4:
        return f"ab {WEEKDAYS[rng.randrange(7)]}"
    if k == 5:
        return f"im {rng.choice(SEASONS)}"
    if k == 6:
        return f"{rng.choice(('Anfang', 'Mitte', 'Ende'))} {MONTHS[rng.randrange(12)]}"
    if k == 7:
        return f"bis Ende {ref.year + rng.randrange(0, 4)}"
    if k == 8:
        return f"im {rng.choice(('ersten', 'zweiten'))} Halbjahr {ref.year + rng.randrange(0, 3)}"
    if k == 9:
        return f"am {_fmt_day(ref + timedelta(days=rng.randrange(20, 500)), True)}"
    return f"in {rng.choice(NUMBER_WORDS)} {rng.choice(('Wochen', 'Monaten', 'Jahren'))}"


def until_point(rng: random.Random, ref: date) -> str:
    """What follows "Bis": a point in the future."""
    return rng.choice((f"Ende {ref.year + rng.randrange(1, 5)}",
                       f"zum {_fmt_day(ref + timedelta(days=rng.randrange(10, 400)), False)}",
                       f"Mitte {ref.year + rng.randrange(1, 4)}", "zum Jahresende",
                       f"zum {rng.choice(SEASONS)}"))


def since(rng: random.Random, ref: date) -> str:
    k = rng.randrange(7)
    if k == 0:
        return f"seit {MONTHS[rng.randrange(12)]} {ref.year - rng.randrange(1, 9)}"
    if k == 1:
        return f"seit {rng.choice(NUMBER_WORDS)} {rng.choice(('Jahren', 'Monaten', 'Wochen'))}"
    if k == 2:
        return rng.choice(("seit Anfang des Jahres", "seit Jahren", "seit Monaten",
                           "seit dem Frühjahr", "seit Wochen"))
    if k == 3:
        return f"seit {ref.year - rng.randrange(1, 25)}"
    if k == 4:
        return f"seit dem {_fmt_day(ref - timedelta(days=rng.randrange(10, 900)), False)}"
    if k == 5:
        return f"seit {WEEKDAYS[rng.randrange(7)]}"
    return f"seit Ende {ref.year - rng.randrange(1, 6)}"


def clock(rng: random.Random, ref: date) -> str:
    h, m = rng.randrange(5, 24), rng.choice((0, 0, 0, 15, 30, 45, 10, 50))
    t = f"{h}.{m:02d} Uhr" if m else f"{h} Uhr"
    return rng.choice((f"um {t}", f"gegen {t}", f"kurz nach {t}", f"kurz vor {t}",
                       "am frühen Morgen", "am späten Abend", f"um {t}"))


def duration(rng: random.Random, ref: date) -> str:
    n = rng.choice(NUMBER_WORDS + ("rund 48", "etwa 18", "mehr als zehn"))
    return f"{n} {rng.choice(('Stunden', 'Tage', 'Wochen', 'Monate', 'Jahre'))}"


def recurrence(rng: random.Random, ref: date) -> str:
    return rng.choice((f"jeden {WEEKDAYS[rng.randrange(7)]}", "jährlich", "täglich",
                       "zweimal im Monat", "einmal pro Woche", "alle zwei Jahre",
                       "im Stundentakt", "wöchentlich"))


def history(rng: random.Random, ref: date) -> str:
    k = rng.randrange(5)
    y = ref.year - rng.randrange(2, 40)
    if k == 0:
        return f"im Jahr {y}"
    if k == 1:
        return f"in den {rng.choice(('70er', '80er', '90er'))} Jahren"
    if k == 2:
        return f"{y}"
    if k == 3:
        return f"im {rng.choice(ORDINALS)} Quartal {y}"
    return f"im {MONTHS[rng.randrange(12)]} {y}"


def number(rng: random.Random) -> str:
    n = rng.choice((rng.randrange(20, 1000), rng.randrange(1000, 90000)))
    s = f"{n:,}".replace(",", " ")
    return s


def percent(rng: random.Random) -> str:
    return f"{rng.randrange(0, 15)},{rng.randrange(10)} Prozent"


def money(rng: random.Random) -> str:
    unit = rng.choice(("Millionen", "Milliarden"))
    return f"{rng.randrange(1, 900)},{rng.randrange(10)} {unit} Euro"


def person(rng: random.Random) -> str:
    return f"{rng.choice(ROLES)} {rng.choice(FIRST)} {rng.choice(LAST)}"


def company(rng: random.Random) -> str:
    return f"die {rng.choice(COMPANY_HEAD)}{rng.choice(COMPANY_TAIL)}"
