#!/usr/bin/env python3
"""Labelled pairs of feed items for Vigil's story grouping.

Writes feed-pairs.yaml beside this script.  Every article is written from a
hand-made template (alert feeds, wire copy, ministry reports, court items and
results, generic headlines, nine languages).  Different-story pairs change one
or two slots of a template (place, actor, weapon, number, date/time) and keep
every stock sentence; same-story pairs are syndicated copies of one rendering
(outlet headline, dateline/byline, teaser, typography, alert repost,
non-English copies) that keep every name and number.

Deterministic: one seeded random.Random.  Needs Python 3 and PyYAML.
"""
import datetime
import math
import os
import random
import re
import statistics
import unicodedata
from collections import defaultdict

import yaml

SEED = 7122026
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "feed-pairs.yaml")

# ---------------------------------------------------------------- calendars
EN_DAY = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
EN_DY = "Mon Tue Wed Thu Fri Sat Sun".split()
EN_MON = "Jan Feb March April May June July Aug Sept Oct Nov Dec".split()
EN_MONTH = ("January February March April May June July August September "
            "October November December").split()
EN_MO3 = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
RU_MON = ("января февраля марта апреля мая июня июля августа сентября "
          "октября ноября декабря").split()
RU_DAY = ["в понедельник", "во вторник", "в среду", "в четверг",
          "в пятницу", "в субботу", "в воскресенье"]
UK_MON = ("січня лютого березня квітня травня червня липня серпня вересня "
          "жовтня листопада грудня").split()
UK_DAY = ["у понеділок", "у вівторок", "у середу", "у четвер",
          "у п'ятницю", "у суботу", "у неділю"]
FR_MON = ("janvier février mars avril mai juin juillet août septembre "
          "octobre novembre décembre").split()
FR_DAY = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()
ES_MON = ("enero febrero marzo abril mayo junio julio agosto septiembre "
          "octubre noviembre diciembre").split()
ES_DAY = "lunes martes miércoles jueves viernes sábado domingo".split()
DE_MON = ("Januar Februar März April Mai Juni Juli August September Oktober "
          "November Dezember").split()
DE_DAY = "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split()
TR_MON = ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim "
          "Kasım Aralık").split()
TR_DAY = "Pazartesi Salı Çarşamba Perşembe Cuma Cumartesi Pazar".split()
PT_MON = ("janeiro fevereiro março abril maio junho julho agosto setembro "
          "outubro novembro dezembro").split()
PT_DAY = ["nesta segunda-feira", "nesta terça-feira", "nesta quarta-feira",
          "nesta quinta-feira", "nesta sexta-feira", "neste sábado",
          "neste domingo"]
AR_DAY = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت",
          "الأحد"]
FA_DAY = ["دوشنبه", "سه‌شنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه",
          "یکشنبه"]
FA_DIGITS = str.maketrans("0123456789.", "۰۱۲۳۴۵۶۷۸۹٫")


def fa(s):
    return str(s).translate(FA_DIGITS)


def dfields(d):
    wd, mi = d.weekday(), d.month - 1
    return dict(
        day=EN_DAY[wd], dy=EN_DY[wd], mon=EN_MON[mi], mo3=EN_MO3[mi],
        month=EN_MONTH[mi], d=d.day, y=d.year, iso=d.isoformat(),
        dmy=f"{d.day:02d}/{d.month:02d}/{d.year}",
        mdy=f"{d.month}/{d.day}/{d.year}",
        prev_month=EN_MONTH[(mi - 2) % 12],
        ru_date=f"{d.day} {RU_MON[mi]}", ru_day=RU_DAY[wd],
        uk_date=f"{d.day} {UK_MON[mi]}", uk_day=UK_DAY[wd],
        fr_date=f"{d.day} {FR_MON[mi]}", fr_day=FR_DAY[wd],
        es_date=f"{d.day} de {ES_MON[mi]}", es_day=ES_DAY[wd],
        de_date=f"{d.day}. {DE_MON[mi]}", de_day=DE_DAY[wd],
        tr_date=f"{d.day} {TR_MON[mi]}", tr_day=TR_DAY[wd],
        pt_date=f"{d.day} de {PT_MON[mi]}", pt_day=PT_DAY[wd],
        ar_day=AR_DAY[wd], fa_day=FA_DAY[wd],
        ar_dmy=f"{d.day}-{d.month}-{d.year}",
    )


def gdate(r):
    return dfields(datetime.date(2026, 1, 5)
                   + datetime.timedelta(days=r.randrange(330)))


def tfields(h, m, s=0, p=""):
    h12 = h % 12 or 12
    ap = "am" if h < 12 else "pm"
    return {
        p + "t24": f"{h:02d}:{m:02d}",
        p + "tsec": f"{h:02d}:{m:02d}:{s:02d}",
        p + "t12": f"{h12}:{m:02d} {ap}",
        p + "t12u": f"{h12}:{m:02d} {ap.upper()}",
        p + "t12n": f"{h12}:{m:02d} {ap.upper()}".replace(" ", ""),
        p + "t12d": f"{h12}:{m:02d} {'a.m.' if h < 12 else 'p.m.'}",
        p + "t12s": f"{h12}:{m:02d}:{s:02d} {ap.upper()}",
        p + "hh": h, p + "mi": m,
    }


def gdate_wd(r):
    """A working day (markets, courts, central banks, companies)."""
    while True:
        f = gdate(r)
        if f["day"] not in ("Saturday", "Sunday"):
            return f


def gtime(r):
    return tfields(r.randrange(24), r.randrange(60), r.randrange(60))


def gwhen(r):
    f = gdate(r)
    f.update(gtime(r))
    return f


def num(key, lo, hi, fmt=None):
    def g(r):
        v = r.randint(lo, hi)
        return {key: fmt(v) if fmt else v}
    return g


def comma(n):
    return f"{n:,}"


DIRS = "N NNE NE ENE E ESE SE SSE S SSW SW WSW W WNW NW NNW".split()

# ---------------------------------------------------------------- engine
ARTS, PAIRS = [], []
BASES = defaultdict(list)      # template name -> [(assignment, article id)]
TEMPLATES = {}


def T(**t):
    TEMPLATES[t["name"]] = t
    return t


def pick(spec, r):
    return spec(r) if callable(spec) else r.choice(spec)


def fmt(s, f):
    for _ in range(3):
        if "{" not in s:
            break
        s = s.format(**f)
    return s


def flat(t, asg):
    f = {}
    for g in t["slots"]:
        v = asg[g]
        if isinstance(v, dict):
            f.update(v)
        else:
            f[g] = v
    if "derive" in t:
        f.update(t["derive"](f))
    return f


def render(t, asg, ti=0):
    f = flat(t, asg)
    return fmt(t["titles"][ti], f), [fmt(p, f) for p in t["paras"]], f


def add_article(tag, title, paras):
    aid = f"ho-{tag}-{len(ARTS) + 1:04d}"
    ARTS.append({"id": aid, "title": title,
                 "text": "\n\n".join(p.strip() for p in paras) + "\n"})
    return aid


def add_pair(a, b, same, kind, r=None):
    if r is not None and r.random() < 0.5:
        a, b = b, a
    PAIRS.append({"a": a, "b": b, "same": same, "kind": kind})


def sample(t, r):
    return {g: pick(spec, r) for g, spec in t["slots"].items()}


def variant(t, asg, groups, r):
    t0, p0, _ = render(t, asg)
    for _ in range(500):
        v = dict(asg)
        for g in groups:
            v[g] = pick(t["slots"][g], r)
        if any(v[g] == asg[g] for g in groups):
            continue
        t1, p1, _ = render(t, v)
        if (t1, p1) != (t0, p0):
            return v
    raise RuntimeError(f"no variant for {t['name']} {groups}")


def negatives(t, nbases, r):
    """nbases base articles, each paired with two variants."""
    k = r.randrange(len(t["vary"]))
    for _ in range(nbases):
        base = sample(t, r)
        ti, ps, _ = render(t, base)
        a = add_article(t["name"], ti, ps)
        BASES[t["name"]].append((base, a))
        for _ in range(2):
            groups = t["vary"][k % len(t["vary"])]
            k += 1
            v = variant(t, base, groups, r)
            tb, pb, _ = render(t, v)
            b = add_article(t["name"], tb, pb)
            add_pair(a, b, False, t["neg"])

# ---------------------------------------------------------------- copies
READMORE = {
    "en": ["Read more", "Read more »", "Continue reading...",
           "Read the full story on our website."],
    "ru": ["Подробнее", "Читать далее"], "uk": ["Читати далі", "Детальніше"],
    "ar": ["اقرأ المزيد", "التفاصيل"], "fr": ["Lire la suite", "En savoir plus"],
    "es": ["Leer más", "Seguir leyendo"], "de": ["Weiterlesen", "Mehr lesen"],
    "tr": ["Devamını oku", "Haberin devamı için tıklayın"],
    "pt": ["Leia mais", "Continue lendo"], "fa": ["ادامه مطلب", "بیشتر بخوانید"],
}
URGENT = {
    "en": ["BREAKING: ", "ALERT: ", "JUST IN: "],
    "ru": ["СРОЧНО: ", "⚡️ "], "uk": ["ТЕРМІНОВО: ", "⚡️ "],
    "ar": ["عاجل | ", "عاجل: "], "fr": ["URGENT - ", "ALERTE - "],
    "es": ["ÚLTIMA HORA: ", "URGENTE: "], "de": ["EILMELDUNG: ", "+++ "],
    "tr": ["SON DAKİKA: ", "SON DAKİKA | "], "pt": ["URGENTE: ", "PLANTÃO: "],
    "fa": ["فوری: ", "خبر فوری | "],
}
UPDATED = {
    "en": ["This story has been updated.", "This story has been updated with "
           "additional details.", "(Updated at the top of the hour.)"],
    "ru": ["Новость дополнена."], "uk": ["Новина оновлюється."],
    "ar": ["تم تحديث الخبر."], "fr": ["Article mis à jour."],
    "es": ["Noticia en desarrollo."], "de": ["Die Meldung wurde aktualisiert."],
    "tr": ["Haber güncellendi."], "pt": ["Matéria atualizada."],
    "fa": ["این خبر تکمیل می‌شود."],
}
TITLE_SUFFIX = [" | Reuters", " - Reuters", " (Reuters)", " - sources",
                " - officials", " | World News"]
BYLINES = ["By Olena Marchuk", "By Tom Ashby and Dina Karimova",
           "By Pedro Almeida", "By Aisha Rahman", "By Jakob Lindqvist",
           "By Hannah Okafor, Staff Writer", "By Reuters Staff",
           "By Marta Kowal | Associated Press"]
CREDITS = ["(Reporting by Olena Marchuk; Editing by Martin Hale)",
           "(Reporting by Aisha Rahman; Writing by Tom Ashby; Editing by "
           "Clare Fenwick)",
           "(Reporting by Reuters reporters; Editing by Diane Croft)",
           "(Additional reporting by Jakob Lindqvist; Editing by Sam Ridley)",
           "Reporting by Pedro Almeida; Editing by Martin Hale"]


def typo_en(s, r, pct_style):
    s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    s = s.replace("'", "\u2019")
    s = s.replace(" - ", " \u2014 ")
    s = s.replace("per cent", "percent")
    if pct_style:
        s = re.sub(r"(\d)%", "\\1 " + pct_style, s)
    s = s.replace("U.S.", "US").replace("U.N.", "UN")
    s = s.replace("a.m.", "am").replace("p.m.", "pm")
    return s


def typo_intl(s, lang):
    if lang in ("ru", "uk", "fr"):
        s = re.sub(r"«\s?([^»]*?)\s?»", "\u201c\\1\u201d", s)
        s = re.sub(r'"([^"]*)"', "«\\1»", s)
    else:
        s = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)
    s = s.replace(" - ", " \u2013 ").replace("'", "\u2019")
    return s


def copy_outlet(t, asg, r):
    ti = r.randrange(1, len(t["titles"]))
    title, paras, f = render(t, asg, ti)
    c = r.random()
    if c < 0.35 and len(paras) >= 3:
        paras = paras[:-1]
    elif c < 0.7 and t.get("extras"):
        paras = paras[:-1] + [fmt(r.choice(t["extras"]), f)] + paras[-1:]
    elif t["lang"] == "en":
        paras = paras + [r.choice(CREDITS)]
    return title, paras


def copy_dateline(t, asg, r):
    title, paras, f = render(t, asg)
    if t.get("dateline"):
        paras[0] = fmt(t["dateline"], f) + paras[0]
    if not t.get("dateline") or r.random() < 0.45:
        paras = [r.choice(BYLINES)] + paras
    c = r.random()
    if c < 0.4:
        title += r.choice(TITLE_SUFFIX[:3] + t.get("suffixes", []))
    elif c < 0.6:
        title = "UPDATE 1-" + title
    if r.random() < 0.4:
        paras.append(r.choice(CREDITS))
    return title, paras


def copy_teaser(t, asg, r):
    title, paras, f = render(t, asg)
    rm = r.choice(READMORE[t["lang"]])
    if r.random() < 0.3:
        title = title + r.choice(TITLE_SUFFIX[:3]) if t["lang"] == "en" \
            else title
    lead = paras[0]
    if len(lead.split()) < 25 and len(paras) > 1:
        first2 = re.split(r"(?<=[.!?])\s+", paras[1])[0]
        lead = lead + " " + first2
    return title, [lead, rm]


def copy_typo(t, asg, r):
    title, paras, f = render(t, asg)
    pct = r.choice(["per cent", "percent", None])
    title = typo_en(title, r, pct)
    paras = [typo_en(p, r, pct) for p in paras]
    c = r.random()
    if c < 0.4:
        paras.append(r.choice(UPDATED["en"]))
    elif c < 0.6:
        title = "(UPDATE 1) " + title
    elif c < 0.8:
        title = " ".join(w[:1].upper() + w[1:] for w in title.split(" "))
    return title, paras


def copy_intl(t, asg, r):
    """A second outlet's copy in the same language: 1-3 edits."""
    lang = t["lang"]
    ops = ["urgent", "title", "dateline", "drop", "teaser", "typo", "updated"]
    r.shuffle(ops)
    ops = ops[:r.randint(1, 3)]
    ti = r.randrange(1, len(t["titles"])) if "title" in ops else 0
    title, paras, f = render(t, asg, ti)
    if "dateline" in ops and t.get("dateline"):
        paras[0] = fmt(t["dateline"], f) + paras[0]
    if "teaser" in ops:
        paras = [paras[0], r.choice(READMORE[lang])]
    elif "drop" in ops and len(paras) >= 3:
        paras = paras[:-1]
    if "typo" in ops:
        title = typo_intl(title, lang)
        paras = [typo_intl(p, lang) for p in paras]
    if "urgent" in ops:
        u = r.choice(URGENT[lang])
        title = u + title + (" +++" if u == "+++ " else "")
    if "updated" in ops:
        paras.append(r.choice(UPDATED[lang]))
    return title, paras


def copy_alert(t, asg, r):
    f = flat(t, asg)
    if t.get("alts") and r.random() < 0.65:
        alt = r.choice(t["alts"])
        return fmt(alt["title"], f), [fmt(p, f) for p in alt["paras"]]
    title, paras, _ = render(t, asg)
    title = r.choice(URGENT[t["lang"]]) + title
    if t.get("tags"):
        paras = paras + [fmt(t["tags"], f)]
    elif r.random() < 0.5:
        paras = paras[:-1]
    return title, paras


COPY = {"outlet-rewrite": copy_outlet, "dateline-byline": copy_dateline,
        "teaser-full": copy_teaser, "typography": copy_typo,
        "alert-repost": copy_alert, "non-english-copy": copy_intl}


def positives(t, kinds, n, r):
    bases = BASES[t["name"]]
    for i in range(n):
        asg, a = bases[i % len(bases)]
        kind = kinds[i % len(kinds)]
        t0, p0, _ = render(t, asg)
        for _ in range(20):
            title, paras = COPY[kind](t, asg, r)
            if (title, paras) != (t0, p0):
                break
        b = add_article(t["name"] + "-c", title, paras)
        add_pair(a, b, True, kind, r)

# ================================================================ alert feeds
def _usgs_derive(f):
    a = math.radians(DIRS.index(f["dir"]) * 22.5)   # event lies DIR of town
    lat = f["lat"] + f["km"] * math.cos(a) / 111.0
    lon = f["lon"] + f["km"] * math.sin(a) / (
        111.0 * math.cos(math.radians(f["lat"])))
    mag = float(f["mag"])
    return {"lat_s": f"{abs(lat):.3f}°{'N' if lat >= 0 else 'S'}",
            "lon_s": f"{abs(lon):.3f}°{'E' if lon >= 0 else 'W'}",
            "felt": max(0, int((mag - 3.8) * 37)),
            "tagc": f["country"].replace(" ", "")}


USGS = T(
    name="usgs", lang="en", neg="alert-feed",
    titles=["M {mag} - {km} km {dir} of {town}, {country}"],
    paras=["Magnitude {mag} earthquake, {km} km {dir} of {town}, {country}.",
           "Time: {iso} {tsec} UTC\nLocation: {lat_s} {lon_s}\n"
           "Depth: {depth} km",
           "Review status: reviewed. No tsunami warning has been issued by "
           "the tsunami warning centers. Did You Feel It? responses: {felt}.",
           "Event page: https://earthquake.usgs.gov/earthquakes/eventpage/"
           "{evid}"],
    slots=dict(
        loc=[dict(town="Tobelo", country="Indonesia", lat=1.73, lon=128.01),
             dict(town="Hualien City", country="Taiwan", lat=23.98,
                  lon=121.60),
             dict(town="Ovalle", country="Chile", lat=-30.60, lon=-71.20),
             dict(town="Isangel", country="Vanuatu", lat=-19.54, lon=169.27),
             dict(town="Kirakira", country="Solomon Islands", lat=-10.45,
                  lon=161.92),
             dict(town="Namie", country="Japan", lat=37.49, lon=141.00),
             dict(town="Sarangani", country="Philippines", lat=5.40,
                  lon=125.46),
             dict(town="Adak", country="Alaska", lat=51.88, lon=-176.66),
             dict(town="Petrolia", country="CA", lat=40.33, lon=-124.29),
             dict(town="Rabaul", country="Papua New Guinea", lat=-4.20,
                  lon=152.17),
             dict(town="Hihifo", country="Tonga", lat=-15.95, lon=-173.78)],
        pos=lambda r: {"km": r.randrange(4, 190), "dir": r.choice(DIRS)},
        q=lambda r: {"mag": f"{r.uniform(4.0, 6.7):.1f}",
                     "depth": f"{r.choice([10.0, 35.0, r.uniform(4, 180)]):.1f}"},
        tm=lambda r: {**gwhen(r), "evid": "us6000" + "".join(
            r.choice("abcdefghjkmnpqrstuvwxyz0123456789") for _ in range(4))},
    ),
    derive=_usgs_derive,
    vary=[("q", "tm"), ("pos", "tm"), ("tm",), ("loc", "pos", "tm"),
          ("q", "pos", "tm")],
    alts=[dict(title="M{mag} earthquake strikes {km} km {dir} of {town}, "
                     "{country}",
               paras=["A magnitude {mag} earthquake struck {km} km {dir} of "
                      "{town}, {country} at {t12u} UTC on {month} {d}, "
                      "according to the USGS. The quake was {depth} km deep.",
                      "#earthquake #{tagc}"]),
          dict(title="Earthquake: M {mag} - {km} km {dir} of {town}, "
                     "{country} ({t12s} UTC)",
               paras=["Magnitude {mag} earthquake, {km} km {dir} of {town}, "
                      "{country}.",
                      "Time: {mdy} {t12s} UTC\nLocation: {lat_s} {lon_s}\n"
                      "Depth: {depth} km",
                      "Source: USGS"])],
    tags="#earthquake #{tagc} #sismo",
)


def _gdacs_derive(f):
    m = float(f["mag"])
    c, imp = (("Green", "low") if m < 5.6 else ("Orange", "medium")
              if m < 6.6 else ("Red", "high"))
    return {"color": c, "impact": imp}


GDACS_EQ = T(
    name="gdacs-eq", lang="en", neg="alert-feed",
    titles=["{color} earthquake alert (Magnitude {mag}M, Depth:{depth}km) "
            "in {country} {dmy} {t24} UTC"],
    paras=["On {mdy} {t12s}, an earthquake occurred in {country} potentially "
           "affecting {pop} within 100km. The earthquake had Magnitude "
           "{mag}M, Depth:{depth}km.",
           "The Global Disaster Alert and Coordination System (GDACS) "
           "estimates the humanitarian impact as {impact} based on the "
           "magnitude and the affected population and their vulnerability.",
           "Event ID: {evid}. Sources: {srcs}."],
    slots=dict(
        loc=[dict(country="Japan", srcs="JMA, USGS, EMSC"),
             dict(country="Indonesia", srcs="BMKG, USGS, GFZ"),
             dict(country="Philippines", srcs="PHIVOLCS, USGS, EMSC"),
             dict(country="Chile", srcs="CSN, USGS, GFZ"),
             dict(country="Peru", srcs="IGP, USGS, EMSC"),
             dict(country="Türkiye", srcs="AFAD, KOERI, EMSC"),
             dict(country="Iran", srcs="IRSC, GFZ, EMSC"),
             dict(country="Greece", srcs="NOA, EMSC, GFZ"),
             dict(country="Mexico", srcs="SSN, USGS, EMSC"),
             dict(country="Papua New Guinea", srcs="USGS, GFZ, GA"),
             dict(country="Vanuatu", srcs="USGS, GFZ, GA")],
        pop=lambda r: {"pop": r.choice(["No people", "{} thousand people".format(
            r.choice([8, 14, 37, 120, 260, 540, 880])), "{}.{} million people".format(
            r.randint(1, 9), r.randint(0, 9))])},
        q=lambda r: {"mag": f"{r.uniform(4.6, 7.1):.1f}",
                     "depth": r.choice([10, 10, 35, r.randint(5, 150)])},
        tm=lambda r: {**gwhen(r), "evid": str(r.randint(1400000, 1499999))},
    ),
    derive=_gdacs_derive,
    vary=[("q", "tm"), ("tm",), ("loc", "tm"), ("q", "tm", "pop")],
    alts=[dict(title="{color} earthquake alert in {country}: M{mag}, depth "
                     "{depth} km, {month} {d} {t12u} UTC",
               paras=["An earthquake of magnitude {mag} occurred in "
                      "{country} on {mdy} at {t12u} UTC at a depth of {depth} "
                      "km, potentially affecting {pop} within 100km.",
                      "GDACS humanitarian impact: {impact}. Event {evid}."])],
)

GDACS_TC = T(
    name="gdacs-tc", lang="en", neg="alert-feed",
    titles=["{color} alert for tropical cyclone {storm}-26 in {country}"],
    paras=["From {dmy} {t24} UTC, tropical cyclone {storm}-26 is expected to "
           "have a {impact} humanitarian impact based on the maximum "
           "sustained wind speed of {wind} km/h and the affected population "
           "and their vulnerability.",
           "{pop} people could be exposed to Category 1 (120 km/h) wind "
           "speeds or higher. The storm is forecast to make landfall near "
           "{landfall} within the next {hrs} hours.",
           "Source: GDACS, JRC; forecast data from {agency}."],
    slots=dict(
        storm=["HALONG", "NAKRI", "FENGSHEN", "KALMAEGI", "FUNG-WONG",
               "KOTO", "NOKAEN", "PENHA", "NONGFA", "PODUL", "LINGLING",
               "KAJIKI"],
        loc=[dict(country="Philippines", landfall="Aurora province, Luzon",
                  agency="JTWC and PAGASA"),
             dict(country="Japan", landfall="Okinawa", agency="JTWC and JMA"),
             dict(country="China", landfall="Zhanjiang, Guangdong",
                  agency="JTWC and CMA"),
             dict(country="Viet Nam", landfall="Da Nang", agency="JTWC"),
             dict(country="Bangladesh", landfall="Cox's Bazar",
                  agency="JTWC and IMD"),
             dict(country="Mozambique", landfall="Beira",
                  agency="JTWC and Meteo-France La Reunion"),
             dict(country="Madagascar", landfall="Toamasina",
                  agency="JTWC and Meteo-France La Reunion")],
        wind=lambda r: {"wind": r.choice(range(120, 260, 5)),
                        "hrs": r.choice([12, 24, 36, 48, 72])},
        pop=lambda r: {"pop": r.choice(["1.2 million", "340 thousand",
                                        "5.6 million", "87 thousand",
                                        "2.9 million", "610 thousand"])},
        tm=lambda r: {**gdate(r), **tfields(r.choice([0, 6, 12, 18]), 0)},
    ),
    derive=lambda f: {"color": "Red" if f["wind"] >= 200 else "Orange"
                      if f["wind"] >= 150 else "Green",
                      "impact": "high" if f["wind"] >= 200 else "medium"
                      if f["wind"] >= 150 else "low"},
    vary=[("storm",), ("loc", "pop", "tm"), ("wind", "tm"), ("tm",)],
    alts=[dict(title="{color} alert: tropical cyclone {storm}-26 heading for "
                     "{country}",
               paras=["Tropical cyclone {storm}-26 ({wind} km/h maximum "
                      "sustained winds) is expected to make landfall near "
                      "{landfall} within {hrs} hours. {pop} people could be "
                      "exposed to Category 1 winds or higher.",
                      "GDACS alert level: {color}. Issued {mdy} {t12u} "
                      "UTC."])],
)

OBL = [dict(obl_loc="Харківській області", obl_nom="Харківська область",
            obl_tag="Харківська_область"),
       dict(obl_loc="Сумській області", obl_nom="Сумська область",
            obl_tag="Сумська_область"),
       dict(obl_loc="Дніпропетровській області",
            obl_nom="Дніпропетровська область",
            obl_tag="Дніпропетровська_область"),
       dict(obl_loc="Запорізькій області", obl_nom="Запорізька область",
            obl_tag="Запорізька_область"),
       dict(obl_loc="Одеській області", obl_nom="Одеська область",
            obl_tag="Одеська_область"),
       dict(obl_loc="Миколаївській області", obl_nom="Миколаївська область",
            obl_tag="Миколаївська_область"),
       dict(obl_loc="Полтавській області", obl_nom="Полтавська область",
            obl_tag="Полтавська_область"),
       dict(obl_loc="Київській області", obl_nom="Київська область",
            obl_tag="Київська_область"),
       dict(obl_loc="Чернігівській області", obl_nom="Чернігівська область",
            obl_tag="Чернігівська_область"),
       dict(obl_loc="Херсонській області", obl_nom="Херсонська область",
            obl_tag="Херсонська_область"),
       dict(obl_loc="Черкаській області", obl_nom="Черкаська область",
            obl_tag="Черкаська_область"),
       dict(obl_loc="Кіровоградській області",
            obl_nom="Кіровоградська область",
            obl_tag="Кіровоградська_область")]

AIRRAID = T(
    name="airraid", lang="uk", neg="alert-feed",
    titles=["{head} в {obl_loc}"],
    paras=["{emo} {t24} {line} в {obl_loc}.",
           "{tail}",
           "Джерело: офіційний канал «Повітряна тривога». Інформація "
           "оновлюється автоматично.\n#{obl_tag}"],
    slots=dict(
        obl=OBL,
        typ=[dict(head="Повітряна тривога", line="Повітряна тривога",
                  emo="🔴", tail="Негайно прямуйте до найближчого укриття!"),
             dict(head="Відбій тривоги", line="Відбій повітряної тривоги",
                  emo="🟢", tail="Будьте обережні та слідкуйте за "
                  "подальшими повідомленнями."),
             dict(head="Загроза балістики", line="Загроза застосування "
                  "балістичного озброєння", emo="🚀",
                  tail="Негайно прямуйте до укриття! Не нехтуйте "
                  "сигналами тривоги.")],
        tm=gwhen,
    ),
    vary=[("obl",), ("tm",), ("typ", "tm"), ("obl", "tm")],
    alts=[dict(title="{obl_nom}: {head}",
               paras=["{obl_nom}, {t24}: {line}.", "{tail}"]),
          dict(title="ТЕРМІНОВО | {head} в {obl_loc}",
               paras=["{emo} {line} в {obl_loc} ({t24}, {uk_date}).",
                      "{tail}"])],
    tags="#тривога #{obl_tag}",
)

STREETS = ["Elm St", "Maple Ave", "W 35th St", "Oak Grove Rd", "N Main St",
           "Lincoln Blvd", "SE Division St", "Fulton St", "Pine St",
           "E Colfax Ave", "Cedar Ln", "Washington Ave", "S Broadway"]


def _police_addr(r):
    return {"block": r.randrange(100, 9900, 100), "street": r.choice(STREETS),
            "quad": r.choice(["Northeast", "Southeast", "Northwest",
                              "Southwest", "Downtown"])}


POLICE = T(
    name="incident", lang="en", neg="alert-feed",
    titles=["{Itype} reported at {block} block of {street}"],
    paras=["{agency} responded at {t12d} on {day} to a report of {desc} at "
           "the {block} block of {street} in the {quad} area of {city}.",
           "{outcome}",
           "Please avoid the area while crews are on scene. This is a "
           "developing incident; information will be updated as it becomes "
           "available."],
    slots=dict(
        feed=[dict(city="Portland", fd="Portland Fire & Rescue",
                   pd="Portland Police Bureau officers"),
              dict(city="Denver", fd="Denver Fire Department crews",
                   pd="Denver Police officers"),
              dict(city="Columbus", fd="Columbus Division of Fire crews",
                   pd="Columbus Police officers"),
              dict(city="Spokane", fd="Spokane Fire Department crews",
                   pd="Spokane Police officers"),
              dict(city="Tucson", fd="Tucson Fire Department crews",
                   pd="Tucson Police officers")],
        itype=[dict(Itype="Structure fire", desc="a structure fire",
                    svc="fd", outcome="Crews found heavy smoke showing from "
                    "a two-storey home and made an offensive attack. The "
                    "fire was knocked down within 30 minutes. No injuries "
                    "were reported."),
               dict(Itype="Commercial fire", desc="a fire at a commercial "
                    "building", svc="fd", outcome="Crews found fire in the "
                    "rear of a single-storey commercial building and "
                    "requested a second alarm. One firefighter was "
                    "evaluated for heat exhaustion."),
               dict(Itype="Gas leak", desc="a natural gas leak", svc="fd",
                    outcome="Crews evacuated nearby homes as a precaution "
                    "while the utility worked to cap the line. Residents "
                    "were allowed back after about two hours."),
               dict(Itype="Shooting", desc="shots fired", svc="pd",
                    outcome="Officers located an adult male with a gunshot "
                    "wound. He was taken to a hospital with life-threatening "
                    "injuries. No arrests have been made."),
               dict(Itype="Injury crash", desc="a two-vehicle crash with "
                    "injuries", svc="pd", outcome="Two people were taken to "
                    "a hospital. Expect lane closures while investigators "
                    "document the scene.")],
        addr=_police_addr,
        tm=gwhen,
    ),
    derive=lambda f: {"agency": f[f["svc"]]},
    vary=[("addr",), ("itype", "addr"), ("addr", "tm"), ("tm",)],
    alts=[dict(title="{Itype} at {block} block of {street}, {city} "
                     "({t24})",
               paras=["{agency} responded to a report of {desc} at the "
                      "{block} block of {street} in {city} at {t24} on "
                      "{day}.", "{outcome}"])],
)

HAZ = [dict(hazard="wind", impact="Some delays to road, rail, air and ferry "
            "transport are likely. Some short term loss of power and other "
            "services is possible.", expect="Gusts of 50 to 60 mph are "
            "likely inland, with 70 mph possible on exposed coasts and "
            "hills."),
       dict(hazard="rain", impact="Spray and flooding could make journey "
            "times longer. Some interruption to power supplies and other "
            "services is possible.", expect="20 to 30 mm of rain is likely "
            "quite widely, with 50 to 70 mm over higher ground."),
       dict(hazard="snow and ice", impact="Some roads and railways are "
            "likely to be affected, with longer journey times by road, bus "
            "and train.", expect="1 to 3 cm of snow is likely above 200 "
            "metres, with icy patches on untreated surfaces."),
       dict(hazard="thunderstorms", impact="Flooding of a few homes and "
            "businesses is likely, and fast flowing or deep floodwater is "
            "possible.", expect="Torrential downpours could bring 20 to 30 mm "
            "of rain in an hour, with frequent lightning and hail."),
       dict(hazard="fog", impact="Fog may lead to longer journey times, with "
            "delays to bus and train services and flights.",
            expect="Visibility is expected to fall below 100 metres in "
            "places.")]


def _valid(r):
    f = gdate(r)
    h = r.choice([0, 3, 6, 9, 12, 15, 18])
    e = min(23, h + r.choice([6, 9, 12, 15]))
    f["vfrom"] = f"{h:02d}:00 {f['dy']} {f['d']} {f['mo3']}"
    f["vto"] = f"{e:02d}:00 {f['dy']} {f['d']} {f['mo3']}"
    f["vfrom12"] = tfields(h, 0)["t12"].replace(":00 ", "")
    f["vto12"] = tfields(e, 0)["t12"].replace(":00 ", "")
    return f


METOFFICE = T(
    name="metoffice", lang="en", neg="alert-feed",
    titles=["{color} warning for {hazard} issued for {region}"],
    paras=["The Met Office has issued {art} {color_l} weather warning for "
           "{hazard} covering {region}, valid from {vfrom} until {vto}.",
           "{impact}",
           "What to expect: {expect}",
           "The warning may be updated as the forecast is refined. Check the "
           "latest forecast and warnings before travelling."],
    slots=dict(
        color=["Yellow", "Yellow", "Amber"],
        hz=HAZ,
        region=["Cornwall", "Devon", "South West England", "Wales",
                "North West England", "Yorkshire & Humber", "Grampian",
                "Strathclyde", "Highlands & Eilean Siar", "Northern Ireland",
                "London & South East England", "East of England"],
        valid=_valid,
    ),
    derive=lambda f: {"color_l": f["color"].lower(),
                      "art": "an" if f["color"] == "Amber" else "a",
                      "Art": "An" if f["color"] == "Amber" else "A"},
    vary=[("region",), ("hz",), ("valid",), ("region", "valid")],
    alts=[dict(title="⚠️ {color} weather warning for {hazard}: {region}",
               paras=["{Art} {color_l} warning for {hazard} has been issued by "
                      "the Met Office for {region}. It is in force from "
                      "{vfrom12} until {vto12} on {day} {d} {month}.",
                      "{expect}", "Stay weather aware: "
                      "metoffice.gov.uk/warnings"])],
)

NWS_OFF = [dict(office="Norman OK", ocity="Norman", county="Cleveland County",
                state="central Oklahoma", st="OK", town="Noble"),
           dict(office="Tulsa OK", ocity="Tulsa", county="Creek County",
                state="northeastern Oklahoma", st="OK", town="Sapulpa"),
           dict(office="Dodge City KS", ocity="Dodge City",
                county="Ford County", state="southwestern Kansas", st="KS",
                town="Spearville"),
           dict(office="Jackson MS", ocity="Jackson", county="Rankin County",
                state="central Mississippi", st="MS", town="Brandon"),
           dict(office="Birmingham AL", ocity="Birmingham",
                county="Tuscaloosa County", state="west central Alabama",
                st="AL", town="Northport"),
           dict(office="Des Moines IA", ocity="Des Moines",
                county="Polk County", state="central Iowa", st="IA",
                town="Ankeny")]
NWS_WT = [dict(wtype="Tornado Warning", what="a severe thunderstorm capable "
               "of producing a tornado", hazard="Tornado.",
               source="Radar indicated rotation.", impact="Flying debris "
               "will be dangerous to those caught without shelter. Mobile "
               "homes will be damaged or destroyed."),
          dict(wtype="Severe Thunderstorm Warning", what="a severe "
               "thunderstorm", hazard="60 mph wind gusts and quarter size "
               "hail.", source="Radar indicated.", impact="Hail damage to "
               "vehicles is expected. Expect wind damage to roofs, siding, "
               "and trees."),
          dict(wtype="Flash Flood Warning", what="a cluster of thunderstorms "
               "producing heavy rain", hazard="Life threatening flash "
               "flooding.", source="Radar and automated rain gauges.",
               impact="Flooding of small creeks and streams, urban areas, "
               "highways, streets and underpasses is expected.")]


def _nws_tm(r):
    f = gdate(r)
    h, m = r.randrange(12, 24), r.randrange(0, 60)
    f.update(tfields(h, m))
    e = h * 60 + m + r.choice([30, 45, 60])
    f.update(tfields(min(e // 60, 23), e % 60, p="e_"))
    f["mdir"] = r.choice(["east", "northeast", "east-northeast", "north"])
    f["spd"] = r.choice([20, 25, 30, 35, 40])
    return f


NWS = T(
    name="nws", lang="en", neg="alert-feed",
    titles=["{wtype} issued {month} {d} at {t12n} CDT until {month} {d} at "
            "{e_t12n} CDT by NWS {office}"],
    paras=["The National Weather Service in {ocity} has issued a {wtype} for "
           "{county} in {state} until {e_t12u} CDT.",
           "At {t12u} CDT, {what} was located near {town}, moving {mdir} at "
           "{spd} mph.",
           "HAZARD...{hazard}\nSOURCE...{source}\nIMPACT...{impact}",
           "Locations impacted include {town} and surrounding rural areas."],
    slots=dict(off=NWS_OFF, wt=NWS_WT, tm=_nws_tm),
    vary=[("off",), ("wt",), ("tm",), ("off", "tm")],
    alts=[dict(title="ALERT: {wtype} for {county}, {st} until {e_t12d}",
               paras=["The National Weather Service has issued a {wtype} "
                      "for {county} until {e_t12d} CDT. At {t12d}, {what} "
                      "was near {town}, moving {mdir} at {spd} mph.",
                      "{impact}"])],
)

ASSETS = [dict(short="Brent crude", name="Brent crude futures", unit=" a "
               "barrel", base=82.0, bg="Oil prices have been supported by "
               "supply cuts from OPEC+ and concerns about disruption to "
               "Middle East supplies."),
          dict(short="U.S. crude", name="U.S. West Texas Intermediate (WTI) "
               "crude futures", unit=" a barrel", base=78.0, bg="Oil prices "
               "have been supported by supply cuts from OPEC+ and concerns "
               "about disruption to Middle East supplies."),
          dict(short="Gold", name="Spot gold", unit=" an ounce", base=2380.0,
               bg="Gold has rallied this year on central bank buying and "
               "expectations of U.S. interest rate cuts."),
          dict(short="Copper", name="Three-month copper on the London Metal "
               "Exchange", unit=" a metric ton", base=9600.0, bg="Copper "
               "prices have been volatile on worries about demand from top "
               "consumer China."),
          dict(short="Bitcoin", name="Bitcoin", unit="", base=64000.0,
               bg="Bitcoin has swung sharply this year as investors weigh "
               "flows into U.S. spot exchange-traded funds.")]
UP = ["as a weaker dollar made it cheaper for holders of other currencies",
      "as investors bet on interest rate cuts later in the year",
      "extending gains from the previous session"]
DOWN = ["as a stronger dollar weighed on demand",
        "as investors took profits after a recent rally",
        "extending losses from the previous session"]


def _move(r):
    up = r.random() < 0.5
    return {"verb": "rises" if up else "falls", "verb_p": "rose" if up
            else "fell", "pct": f"{r.uniform(0.3, 3.9):.1f}",
            "reason": r.choice(UP if up else DOWN)}


MARKET = T(
    name="market", lang="en", neg="alert-feed",
    titles=["{short} {verb} {pct}% to ${price}"],
    paras=["{name} {verb_p} {pct}% to ${price}{unit} by {t24} GMT on {day}, "
           "{reason}.",
           "{bg}",
           "Traders said volumes were thin ahead of the release of U.S. "
           "inflation data later in the week."],
    slots=dict(asset=ASSETS, mv=_move,
               px=lambda r: {"fx": round(r.uniform(-0.08, 0.08), 4)},
               date=gdate_wd, tm=gtime),
    derive=lambda f: {"price": f"{f['base'] * (1 + f['fx']):,.2f}"},
    vary=[("px", "mv", "tm"), ("date", "px"), ("asset", "px"), ("date",)],
    alts=[dict(title="{short} {verb} {pct} percent to ${price}{unit}",
               paras=["{name} {verb_p} {pct} percent to ${price}{unit} at "
                      "{t12u} GMT on {day}, {reason}."])],
)

ALERT_TEMPLATES = [USGS, GDACS_EQ, GDACS_TC, AIRRAID, POLICE, METOFFICE, NWS,
                   MARKET]

# ================================================================ wire copy
def cas(kmin, kmax, wmult=5):
    def g(r):
        k = r.randint(kmin, kmax)
        return {"k": k, "w": r.randint(k + 2, k * wmult + 6)}
    return g


UA_STRIKE = T(
    name="ua-strike", lang="en", neg="wire-template",
    titles=["Russian {weapon} attack on {city} kills {k}, injures {w}",
            "Russia strikes Ukraine's {city} with {weapons}, {k} dead - "
            "officials",
            "{k} killed, {w} wounded in Russian {weapon} strike on {city}"],
    dateline="KYIV, {mon} {d} (Reuters) - ",
    paras=["A Russian {weapon} attack on the Ukrainian city of {city} killed "
           "{k} people and injured {w} overnight, {official} said on {day}.",
           "{wdetail} Rescue workers were still searching the rubble on "
           "{day} morning, {official} said on the Telegram messaging app.",
           "Russia has repeatedly denied targeting civilians in the war it "
           "launched against its neighbour in February 2022. Moscow's forces "
           "have stepped up long-range strikes on Ukrainian cities and energy "
           "facilities in recent months.",
           "Reuters could not independently verify the reports. There was no "
           "immediate comment from Moscow."],
    extras=["Ukraine's foreign minister renewed calls for Western partners to "
            "speed up deliveries of air defence systems after the attack.",
            "Photographs posted by the emergency service showed firefighters "
            "tackling a blaze in a badly damaged building."],
    slots=dict(
        loc=[dict(city="Kharkiv", official="the city's mayor"),
             dict(city="Zaporizhzhia", official="the regional governor"),
             dict(city="Dnipro", official="the regional governor"),
             dict(city="Odesa", official="the regional governor"),
             dict(city="Sumy", official="the regional military "
                  "administration"),
             dict(city="Kryvyi Rih", official="the head of the city's "
                  "military administration"),
             dict(city="Kherson", official="the regional governor"),
             dict(city="Mykolaiv", official="the city's mayor"),
             dict(city="Chernihiv", official="the head of the city's "
                  "military administration"),
             dict(city="Poltava", official="the regional governor")],
        wp=[dict(weapon="drone", weapons="drones", wdetail="Air defence "
                 "units shot down several drones as they approached the "
                 "city, but at least two hit {target}."),
            dict(weapon="missile", weapons="missiles", wdetail="A ballistic "
                 "missile struck {target} shortly after air raid sirens "
                 "sounded across the city."),
            dict(weapon="glide bomb", weapons="glide bombs", wdetail="Russian "
                 "aircraft dropped guided aerial bombs on the city, one of "
                 "which hit {target}."),
            dict(weapon="drone and missile", weapons="drones and missiles",
                 wdetail="Russia launched drones and missiles at the city in "
                 "several waves, hitting {target} and damaging power lines.")],
        target=["a nine-storey apartment building", "a residential "
                "building", "an industrial enterprise", "a school building",
                "a supermarket", "a railway depot"],
        cas=cas(1, 14),
        date=gdate,
    ),
    vary=[("loc",), ("wp",), ("cas", "date"), ("date",), ("target", "cas"), ("loc", "wp")],
)

GAZA = T(
    name="gaza-strike", lang="en", neg="wire-template",
    titles=["Israeli strike on {place} {target_s} kills {k}, Gaza health "
            "officials say",
            "At least {k} killed in Israeli airstrike in {place}, medics say",
            "Israeli strike kills {k} Palestinians, including {kids} "
            "children, in {place}"],
    dateline="CAIRO, {mon} {d} (Reuters) - ",
    paras=["An Israeli airstrike on a {target} in {place} killed at least {k} "
           "Palestinians, including {kids} children, on {day}, {source} "
           "said.",
           "The Israeli military said it had struck {claim} in the area and "
           "had taken steps to reduce the risk of harming civilians. It did "
           "not give details.",
           "Israel's military campaign in Gaza has killed tens of thousands "
           "of Palestinians, according to the Gaza health ministry, and "
           "displaced most of the enclave's 2.3 million people. Israel says "
           "it targets militants who operate among civilians, which Hamas "
           "denies."],
    extras=["Relatives gathered outside the hospital morgue to collect the "
            "bodies for burial, witnesses said."],
    slots=dict(
        place=["Khan Younis", "Deir al-Balah", "the Nuseirat camp",
               "Jabalia", "Gaza City's Zeitoun neighbourhood", "Beit Lahiya",
               "the Bureij camp", "Gaza City's Shejaia district"],
        tg=[dict(target="house", target_s="house"),
            dict(target="school sheltering displaced families",
                 target_s="school"),
            dict(target="tent encampment", target_s="tent camp")],
        source=["health officials", "the Palestinian civil emergency "
                "service", "medics at Al-Aqsa Martyrs Hospital",
                "medics at Nasser Hospital"],
        claim=["a Hamas militant", "an Islamic Jihad command centre",
               "militants who posed a threat to its troops"],
        cas=lambda r: (lambda k: {"k": k, "kids": r.randint(1, k // 2)})(
            r.randint(4, 28)),
        date=gdate,
    ),
    vary=[("place",), ("cas", "date"), ("date",), ("tg",), ("place", "cas")],
)

SUDAN = T(
    name="sudan", lang="en", neg="wire-template",
    titles=["{actor_s} attack kills {k} in Sudan's {place}, {source_s} say",
            "Sudan: {k} civilians killed as {actor_s} {act_s} {place}",
            "At least {k} dead in {place} after {actor_s} {act_s} the town"],
    dateline="CAIRO, {mon} {d} (Reuters) - ",
    paras=["{actor} {act} {place} in {region} on {day}, killing at least {k} "
           "civilians and wounding dozens, {source} said.",
           "{detail}",
           "The war between Sudan's army and the RSF erupted in April 2023 "
           "over plans to integrate the two forces, and has driven more than "
           "12 million people from their homes. Both sides have been accused "
           "of atrocities, which they deny."],
    extras=["The United Nations has warned that famine conditions have taken "
            "hold in several parts of the country."],
    slots=dict(
        actor=[dict(actor="The paramilitary Rapid Support Forces (RSF)",
                    actor_s="RSF", act="shelled", act_s="shells",
                    detail="Shells landed on a crowded market and a "
                    "displacement shelter, witnesses said. The RSF did not "
                    "respond to a request for comment."),
               dict(actor="Sudan's army", actor_s="Army", act="carried out "
                    "air strikes on", act_s="bombs", detail="Warplanes hit a "
                    "crowded market and a displacement shelter, witnesses "
                    "said. The army did not respond to a request for "
                    "comment."),
               dict(actor="A drone launched by the Rapid Support Forces "
                    "(RSF)", actor_s="RSF drone", act="struck",
                    act_s="strikes", detail="The drone hit a crowded market "
                    "and a displacement shelter, witnesses said. The RSF did "
                    "not respond to a request for comment.")],
        loc=[dict(place="El Fasher", region="North Darfur"),
             dict(place="Kadugli", region="South Kordofan"),
             dict(place="El Obeid", region="North Kordofan"),
             dict(place="Babanusa", region="West Kordofan"),
             dict(place="Dilling", region="South Kordofan"),
             dict(place="Omdurman", region="Khartoum state"),
             dict(place="Al-Nuhud", region="West Kordofan")],
        src=[dict(source="the local Emergency Lawyers group",
                  source_s="lawyers"),
             dict(source="a local resistance committee",
                  source_s="activists"),
             dict(source="medical sources at the town's main hospital",
                  source_s="medics")],
        k=lambda r: {"k": r.randint(5, 70)},
        date=gdate,
    ),
    vary=[("loc",), ("actor",), ("k", "date"), ("date",), ("loc", "k")],
)

SAHEL = T(
    name="sahel", lang="en", neg="wire-template",
    titles=["{k} soldiers killed in jihadist attack in {country}",
            "Jihadists kill {k} soldiers at army post near {town}, {country}",
            "{country}: attack on military post near {town} leaves {k} "
            "soldiers dead"],
    dateline="{cap} (AFP) - ",
    paras=["Suspected jihadists killed {k} soldiers in an attack on a "
           "military post near {town} in {country}'s {region} region on "
           "{day}, {src} said.",
           "{claim}",
           "The Sahel has been gripped by jihadist violence for more than a "
           "decade, with groups linked to Al-Qaeda and the Islamic State "
           "group carrying out attacks across Mali, Burkina Faso and Niger. "
           "The military juntas that seized power in the three countries "
           "have expelled French troops and turned to Russia for security "
           "support."],
    slots=dict(
        loc=[dict(town="Boulkessi", region="Mopti", country="Mali",
                  cap="Bamako"),
             dict(town="Menaka", region="Menaka", country="Mali",
                  cap="Bamako"),
             dict(town="Djibo", region="Sahel", country="Burkina Faso",
                  cap="Ouagadougou"),
             dict(town="Diapaga", region="Est", country="Burkina Faso",
                  cap="Ouagadougou"),
             dict(town="Tillaberi", region="Tillaberi", country="Niger",
                  cap="Niamey"),
             dict(town="Tahoua", region="Tahoua", country="Niger",
                  cap="Niamey")],
        claim=["The Al-Qaeda-linked Group to Support Islam and Muslims "
               "(JNIM) claimed responsibility in a statement on its "
               "propaganda channels.",
               "The Islamic State Sahel Province claimed the attack via its "
               "Amaq news agency.",
               "No group immediately claimed responsibility for the attack."],
        src=["the army", "security sources", "a local official"],
        k=lambda r: {"k": r.randint(6, 60)},
        date=gdate,
    ),
    vary=[("loc",), ("claim", "date"), ("k", "date"), ("date",)],
)

QUAKE_LOCS = [
    dict(place="the coast of Hokkaido", country="Japan", CAP="TOKYO",
         agency="the Japan Meteorological Agency", bg="Japan sits on the "
         "Pacific \"Ring of Fire\" and accounts for about a fifth of the "
         "world's earthquakes of magnitude 6 or greater."),
    dict(place="the coast of Fukushima prefecture", country="Japan",
         CAP="TOKYO", agency="the Japan Meteorological Agency", bg="Japan "
         "sits on the Pacific \"Ring of Fire\" and accounts for about a "
         "fifth of the world's earthquakes of magnitude 6 or greater."),
    dict(place="the coast of Miyazaki prefecture", country="Japan",
         CAP="TOKYO", agency="the Japan Meteorological Agency", bg="Japan "
         "sits on the Pacific \"Ring of Fire\" and accounts for about a "
         "fifth of the world's earthquakes of magnitude 6 or greater."),
    dict(place="the island of Mindanao", country="Philippines",
         CAP="MANILA", agency="the Philippine Institute of Volcanology and "
         "Seismology", bg="The Philippines lies on the Pacific \"Ring of "
         "Fire\", where earthquakes and volcanic eruptions are common."),
    dict(place="Samar island", country="Philippines", CAP="MANILA",
         agency="the Philippine Institute of Volcanology and Seismology",
         bg="The Philippines lies on the Pacific \"Ring of Fire\", where "
         "earthquakes and volcanic eruptions are common."),
    dict(place="the coast of Sulawesi", country="Indonesia", CAP="JAKARTA",
         agency="Indonesia's geophysics agency BMKG", bg="Indonesia, a vast "
         "archipelago, sits on the Pacific \"Ring of Fire\" and is "
         "frequently hit by earthquakes."),
    dict(place="the Maluku islands", country="Indonesia", CAP="JAKARTA",
         agency="Indonesia's geophysics agency BMKG", bg="Indonesia, a vast "
         "archipelago, sits on the Pacific \"Ring of Fire\" and is "
         "frequently hit by earthquakes."),
]

QUAKE = T(
    name="quake-wire", lang="en", neg="wire-template",
    titles=["Magnitude {mag} quake strikes off {place}, {tsu_s}",
            "Strong {mag} earthquake hits {country}'s {place}",
            "{country} earthquake: magnitude {mag} tremor off {place}"],
    dateline="{CAP}, {mon} {d} (Reuters) - ",
    paras=["An earthquake of magnitude {mag} struck off {place} on {day}, "
           "{agency} said, with no immediate reports of damage or "
           "casualties.",
           "The quake was at a depth of {depth} km (about {miles} miles), "
           "the agency said. {tsu}",
           "{bg}"],
    extras=["Local television showed office workers briefly sheltering "
            "under desks as buildings swayed."],
    slots=dict(
        loc=QUAKE_LOCS,
        q=lambda r: (lambda dep: {"mag": f"{r.uniform(5.0, 7.2):.1f}",
                                  "depth": dep,
                                  "miles": round(dep * 0.621)})(
            r.choice([10, 20, 30, 40, 50, 60, 80])),
        ts=[dict(tsu="No tsunami warning was issued.", tsu_s="no tsunami "
                 "warning"),
            dict(tsu="A tsunami advisory was issued for nearby coasts and "
                 "later lifted.", tsu_s="tsunami advisory lifted")],
        date=gdate,
    ),
    vary=[("loc",), ("loc", "q"), ("date",), ("q", "date"), ("ts", "q", "date")],
)

FLOOD = T(
    name="floods", lang="en", neg="wire-template",
    titles=["Floods kill {k} in {country}'s {prov}, {m} missing",
            "Heavy rains, landslides leave {k} dead in {country}",
            "{country} floods: death toll in {prov} rises to {k}"],
    dateline="{CAP}, {country} (AP) — ",
    paras=["Floods and landslides triggered by days of heavy rain have "
           "killed {k} people in {country}'s {prov} {unit}, with {m} others "
           "missing, {agency} said on {day}.",
           "More than {disp} residents have been moved to temporary "
           "shelters, and rescuers are using rubber boats to reach villages "
           "cut off by rising water, a spokesperson for the agency said.",
           "{bg} Officials warned that more rain was forecast for the coming "
           "days."],
    slots=dict(
        loc=[dict(country="Indonesia", prov="West Java", unit="province",
                  CAP="JAKARTA", agency="the National Disaster Mitigation "
                  "Agency", bg="Seasonal rains cause frequent floods and "
                  "landslides across Indonesia, where millions of people "
                  "live in mountainous areas or near fertile flood plains."),
             dict(country="Indonesia", prov="West Sumatra", unit="province",
                  CAP="JAKARTA", agency="the National Disaster Mitigation "
                  "Agency", bg="Seasonal rains cause frequent floods and "
                  "landslides across Indonesia, where millions of people "
                  "live in mountainous areas or near fertile flood plains."),
             dict(country="Indonesia", prov="Central Sulawesi",
                  unit="province", CAP="JAKARTA", agency="the National "
                  "Disaster Mitigation Agency", bg="Seasonal rains cause "
                  "frequent floods and landslides across Indonesia, where "
                  "millions of people live in mountainous areas or near "
                  "fertile flood plains."),
             dict(country="Pakistan", prov="Khyber Pakhtunkhwa",
                  unit="province", CAP="ISLAMABAD", agency="the National "
                  "Disaster Management Authority", bg="Pakistan is one of "
                  "the countries most vulnerable to climate change, and "
                  "monsoon floods in 2022 killed more than 1,700 people."),
             dict(country="Pakistan", prov="Punjab", unit="province",
                  CAP="ISLAMABAD", agency="the National Disaster Management "
                  "Authority", bg="Pakistan is one of the countries most "
                  "vulnerable to climate change, and monsoon floods in 2022 "
                  "killed more than 1,700 people."),
             dict(country="Pakistan", prov="Sindh", unit="province",
                  CAP="ISLAMABAD", agency="the National Disaster Management "
                  "Authority", bg="Pakistan is one of the countries most "
                  "vulnerable to climate change, and monsoon floods in 2022 "
                  "killed more than 1,700 people.")],
        n=lambda r: {"k": r.randint(6, 90), "m": r.randint(2, 40),
                     "disp": comma(r.choice(range(1000, 40000, 500)))},
        date=gdate,
    ),
    vary=[("loc",), ("loc", "n"), ("loc", "date")],
)

MINE = T(
    name="mine", lang="en", neg="wire-template",
    titles=["Explosion at {country} coal mine kills {k} workers",
            "{k} miners killed in methane blast in {country}'s {prov}",
            "{country} mine blast: {k} dead, {t} trapped in {prov}"],
    dateline="{CAP}, {mon} {d} (Reuters) - ",
    paras=["A methane explosion at a coal mine in {country}'s {prov} "
           "{unit} killed {k} workers on {day}, {official} said, while {t} "
           "others remained trapped underground.",
           "Rescue teams were pumping fresh air into the shaft and had "
           "reached a depth of about {depth} metres, the official said. The "
           "cause of the blast was being investigated.",
           "{bg}"],
    slots=dict(
        loc=[dict(country="Pakistan", prov="Balochistan", unit="province",
                  CAP="QUETTA", official="a provincial mines inspector",
                  bg="Accidents are common in Pakistan's coal mines, where "
                  "safety standards are often poorly enforced."),
             dict(country="Turkey", prov="Zonguldak", unit="province",
                  CAP="ANKARA", official="the provincial governor",
                  bg="Turkey's worst mining disaster killed 301 workers in "
                  "Soma in 2014, prompting calls for tighter safety rules."),
             dict(country="Colombia", prov="Cundinamarca",
                  unit="department", CAP="BOGOTA", official="the "
                  "departmental governor", bg="Colombia's small coal mines, "
                  "many of them informal, have a long record of deadly "
                  "accidents."),
             dict(country="China", prov="Shanxi", unit="province",
                  CAP="BEIJING", official="the provincial emergency "
                  "management department", bg="China has tightened mine "
                  "safety rules after a series of deadly accidents, but "
                  "enforcement remains patchy."),
             dict(country="Iran", prov="South Khorasan", unit="province",
                  CAP="DUBAI", official="the provincial governor",
                  bg="Iran's mining sector has been hit by a series of "
                  "deadly accidents blamed on poor safety standards.")],
        n=lambda r: {"k": r.randint(3, 40), "t": r.randint(2, 20),
                     "depth": r.choice(range(150, 900, 50))},
        date=gdate,
    ),
    vary=[("loc",), ("n", "date"), ("date",)],
)

RATES = T(
    name="rates", lang="en", neg="wire-template",
    titles=["{country}'s central bank {verb} key rate by {bp} bps to {rate}%",
            "{bank} {verb} rates to {rate}%, {signal_s}",
            "{country} {verb_n} rates by {bp} basis points to {rate}%"],
    dateline="{CAP}, {mon} {d} (Reuters) - ",
    paras=["{country}'s central bank {verb_p} its benchmark interest rate by "
           "{bp} basis points to {rate}% on {day}, {expect}.",
           "{bank} said inflation, which stood at {infl}% in {prev_month}, "
           "{signal}.",
           "Central banks across emerging markets have been grappling with "
           "sticky inflation and volatile currencies as the U.S. Federal "
           "Reserve keeps borrowing costs higher for longer."],
    slots=dict(
        cb=[dict(country="Brazil", bank="The Banco Central do Brasil",
                 CAP="BRASILIA"),
            dict(country="Turkey", bank="The Central Bank of the Republic "
                 "of Turkey", CAP="ANKARA"),
            dict(country="Russia", bank="The Bank of Russia", CAP="MOSCOW"),
            dict(country="Nigeria", bank="The Central Bank of Nigeria",
                 CAP="ABUJA"),
            dict(country="Hungary", bank="The National Bank of Hungary",
                 CAP="BUDAPEST"),
            dict(country="Colombia", bank="Banco de la Republica",
                 CAP="BOGOTA"),
            dict(country="Ghana", bank="The Bank of Ghana", CAP="ACCRA"),
            dict(country="Kazakhstan", bank="The National Bank of "
                 "Kazakhstan", CAP="ALMATY")],
        mv=[dict(verb="raises", verb_p="raised", verb_n="hikes",
                 signal="remained well above its target and that it stood "
                 "ready to tighten further if needed",
                 signal_s="signals more tightening"),
            dict(verb="cuts", verb_p="cut", verb_n="cuts",
                 signal="was slowing towards its target, allowing a gradual "
                 "easing of monetary policy", signal_s="signals further "
                 "easing")],
        n=lambda r: {"bp": r.choice([25, 50, 75, 100, 150, 200]),
                     "rate": f"{r.uniform(5, 30):.2f}".rstrip("0")
                     .rstrip("."),
                     "infl": f"{r.uniform(3, 40):.1f}"},
        expect=["in line with expectations in a Reuters poll",
            "surprising analysts who had expected no change",
            "a bigger move than most economists had forecast"],
        date=gdate_wd,
    ),
    vary=[("cb",), ("n", "date"), ("mv", "date"), ("date",), ("cb", "date")],
)

RED_SEA = T(
    name="red-sea", lang="en", neg="wire-template",
    titles=["Ship hit by {weapon} off Yemen's {port}, UKMTO says",
            "{vessel_s} reports {weapon} strike off {port}, crew safe",
            "UKMTO: vessel struck {nm} nautical miles {dirw} of {port}"],
    dateline="DUBAI, {mon} {d} (Reuters) - ",
    paras=["A {vessel} was struck by {weapon} {nm} nautical miles {dirw} of "
           "Yemen's {port} on {day}, the United Kingdom Maritime Trade "
           "Operations (UKMTO) agency said.",
           "{damage} The vessel is proceeding to its next port of call, "
           "UKMTO said, adding that authorities were investigating.",
           "Yemen's Iran-aligned Houthi movement has attacked shipping in "
           "the Red Sea and Gulf of Aden since November 2023 in what it says "
           "is solidarity with Palestinians in Gaza. The attacks have forced "
           "shipping firms to reroute vessels around the southern tip of "
           "Africa."],
    extras=["The Houthis did not immediately claim responsibility for the "
            "attack."],
    slots=dict(
        port=["Hodeidah", "Mokha", "Aden", "Saleef", "Nishtun"],
        weapon=["a missile", "an uncrewed surface vessel", "a drone",
                "an unknown projectile"],
        ves=[dict(vessel="Liberia-flagged bulk carrier",
                  vessel_s="Bulk carrier"),
             dict(vessel="Greek-owned oil tanker", vessel_s="Tanker"),
             dict(vessel="Marshall Islands-flagged container ship",
                  vessel_s="Container ship")],
        pos=lambda r: {"nm": r.randint(10, 120),
                       "dirw": r.choice(["west", "southwest", "northwest",
                                         "south", "east", "southeast"])},
        damage=["The crew reported minor damage to the hull and no "
                "injuries.", "A fire broke out on deck and was extinguished "
                "by the crew. No injuries were reported."],
        date=gdate,
    ),
    vary=[("port",), ("weapon", "pos"), ("pos",), ("date",), ("ves", "pos")],
)

BUS = T(
    name="bus-crash", lang="en", neg="wire-template",
    titles=["Bus plunges into gorge in {country}'s {district}, killing {k}",
            "{k} dead as bus carrying {pax} falls off mountain road in "
            "{country}",
            "{district} bus accident: {k} killed, {w} injured"],
    dateline="{CAP} (AP) — ",
    paras=["At least {k} people were killed and {w} injured when a bus "
           "carrying {pax} veered off a mountain road and plunged into a "
           "gorge in {district} district {where} on {day}, police said.",
           "The driver appeared to have lost control on a sharp bend, a "
           "local police official told reporters, adding that the death toll "
           "could rise as several of the injured were in critical "
           "condition.",
           "Road accidents are common in {country}, where many roads are "
           "poorly maintained and drivers often flout traffic rules."],
    slots=dict(
        loc=[dict(country="India", district="Kullu", where="in the northern "
                  "state of Himachal Pradesh", CAP="NEW DELHI"),
             dict(country="India", district="Doda", where="in Jammu and "
                  "Kashmir", CAP="NEW DELHI"),
             dict(country="India", district="Pithoragarh", where="in the "
                  "Himalayan state of Uttarakhand", CAP="NEW DELHI"),
             dict(country="Nepal", district="Dhading", where="west of "
                  "Kathmandu", CAP="KATHMANDU, Nepal"),
             dict(country="Nepal", district="Tanahun", where="in central "
                  "Nepal", CAP="KATHMANDU, Nepal"),
             dict(country="Pakistan", district="Kohistan", where="in the "
                  "northwestern Khyber Pakhtunkhwa province",
                  CAP="ISLAMABAD")],
        pax=["pilgrims", "wedding guests", "students on a school trip",
             "farm workers"],
        cas=cas(5, 45, 2),
        date=gdate,
    ),
    vary=[("loc",), ("pax",), ("cas", "date"), ("date",)],
)

NIGERIA = T(
    name="nigeria-abduct", lang="en", neg="wire-template",
    titles=["Gunmen abduct {k} {victims} in Nigeria's {state} state",
            "Nigeria: {k} {victims} kidnapped from {site_s} in {state}",
            "Armed gang seizes {k} {victims} in northern Nigeria"],
    dateline="ABUJA, {mon} {d} (Reuters) - ",
    paras=["Gunmen abducted {k} {victims} from {site} in {town}, in "
           "{zone} Nigeria's {state} state, on {day}, police and residents "
           "said.",
           "The attackers arrived on motorcycles and fired sporadically to "
           "scare residents before leading the victims into a nearby forest, "
           "a resident said by phone. A police spokesperson said security "
           "forces had been deployed to rescue them.",
           "Kidnapping for ransom has become rampant in Nigeria's northwest "
           "and north-central regions, where heavily armed gangs, known "
           "locally as bandits, raid villages, schools and highways. The "
           "government has vowed to tackle insecurity, but attacks have "
           "persisted."],
    slots=dict(
        loc=[dict(state="Zamfara", town="Kaura Namoda", zone="northwest"),
             dict(state="Kaduna", town="Kajuru", zone="northwest"),
             dict(state="Katsina", town="Funtua", zone="northwest"),
             dict(state="Niger", town="Rafi", zone="north-central"),
             dict(state="Sokoto", town="Isa", zone="northwest"),
             dict(state="Kebbi", town="Danko Wasagu", zone="northwest"),
             dict(state="Kwara", town="Ekiti", zone="north-central")],
        vic=[dict(victims="students", site="a boarding school",
                  site_s="school"),
             dict(victims="worshippers", site="a church during a Sunday "
                  "service", site_s="church"),
             dict(victims="villagers", site="their homes",
                  site_s="village"),
             dict(victims="travellers", site="a highway checkpoint",
                  site_s="highway")],
        k=lambda r: {"k": r.randint(8, 120)},
        date=gdate,
    ),
    vary=[("loc",), ("vic",), ("k", "date"), ("date",)],
)

MYANMAR = T(
    name="myanmar", lang="en", neg="wire-template",
    titles=["Myanmar junta air strike on {target_s} in {region} kills {k}",
            "Military jets bomb {place} in Myanmar's {region}, {k} dead",
            "Myanmar air strike kills {k}, including {kids} children, "
            "residents say"],
    dateline="BANGKOK, {mon} {d} (Reuters) - ",
    paras=["A Myanmar military air strike on a {target} in {place} in "
           "{region} killed at least {k} people, including {kids} children, "
           "{src} said on {day}.",
           "A spokesperson for the junta did not respond to calls seeking "
           "comment. The military has denied targeting civilians and says it "
           "is fighting \"terrorists\".",
           "Myanmar has been in turmoil since the military overthrew an "
           "elected civilian government in February 2021, sparking a "
           "nationwide armed rebellion. The junta has increasingly relied on "
           "air power as it loses ground to resistance forces."],
    slots=dict(
        loc=[dict(place="Let Yet Kone village", region="Sagaing region"),
             dict(place="Kyauktaw township", region="Rakhine state"),
             dict(place="Mindat township", region="Chin state"),
             dict(place="Hpakant", region="Kachin state"),
             dict(place="Pauk township", region="Magway region"),
             dict(place="Hsipaw township", region="Shan state"),
             dict(place="Depayin township", region="Sagaing region")],
        tg=[dict(target="monastery", target_s="monastery"),
            dict(target="village market", target_s="market"),
            dict(target="school", target_s="school"),
            dict(target="camp for displaced people", target_s="camp")],
        src=["residents and a local resistance group", "a spokesperson for "
             "the shadow National Unity Government", "local media and a "
             "rescue worker"],
        cas=lambda r: (lambda k: {"k": k, "kids": r.randint(1, k // 2)})(
            r.randint(5, 40)),
        date=gdate,
    ),
    vary=[("loc",), ("tg",), ("cas", "date"), ("date",)],
)

JOBS = T(
    name="job-cuts", lang="en", neg="wire-template",
    titles=["{company} to cut {n} jobs in {unit} restructuring",
            "{company} plans {n} job cuts as {why_s}",
            "{company} to shed {pct}% of workforce"],
    dateline="{hq}, {mon} {d} (Reuters) - ",
    paras=["{company} will cut about {n} jobs, or {pct}% of its workforce, "
           "as part of a restructuring of its {unit} business, the company "
           "said on {day}, {why}.",
           "The cuts will mostly affect {where} and are expected to be "
           "completed by the end of {y2}, a spokesperson said, adding that "
           "the company would consult with employee representatives.",
           "A string of European industrial companies have announced job "
           "cuts this year as high energy costs, weak demand in China and "
           "rising competition squeeze margins."],
    slots=dict(
        co=[dict(company="Norvana AG", hq="FRANKFURT"),
            dict(company="Hexler Group", hq="ZURICH"),
            dict(company="Baltica Steel", hq="STOCKHOLM"),
            dict(company="Veltro Automotive", hq="MILAN"),
            dict(company="Kessner Chemie", hq="FRANKFURT"),
            dict(company="Aurelis Industries", hq="PARIS")],
        unit=["automotive", "chemicals", "industrial automation",
              "consumer electronics", "steel"],
        why=[dict(why="citing weak demand and rising costs",
                  why_s="demand slumps"),
             dict(why="as it shifts investment towards electric vehicles",
                  why_s="it shifts to EVs"),
             dict(why="after reporting a second consecutive quarterly loss",
                  why_s="losses mount")],
        n=lambda r: {"n": comma(r.choice(range(300, 9000, 100))),
                     "pct": r.randint(2, 15)},
        where=["administrative staff in Germany", "plants in France and "
               "Italy", "its research and development centres",
               "sites in eastern Europe"],
        date=lambda r: {**gdate_wd(r), "y2": 2027},
    ),
    vary=[("co",), ("n", "unit"), ("unit", "date"), ("date", "n")],
)

PROTEST = T(
    name="protest", lang="en", neg="wire-template",
    titles=["Police detain {k} at anti-government protest in {city}",
            "{city} protests: {k} detained as police disperse crowds",
            "Dozens hurt, {k} held as {city} protesters clash with police"],
    dateline="{CITY}, {mon} {d} (Reuters) - ",
    paras=["Police in {city} detained {k} people on {day} as thousands of "
           "protesters rallied against {cause}, {src} said.",
           "Officers used {means} to disperse demonstrators who tried to "
           "march on {target}, witnesses said. Several protesters and police "
           "officers were treated for injuries.",
           "Rights groups have accused the authorities of using excessive "
           "force against peaceful demonstrators. The government says police "
           "acted lawfully to restore public order."],
    slots=dict(
        loc=[dict(city="Tbilisi", CITY="TBILISI", cause="the government's "
                  "decision to suspend talks on joining the European Union",
                  target="the parliament building"),
             dict(city="Belgrade", CITY="BELGRADE", cause="corruption after "
                  "the deadly collapse of a railway station canopy",
                  target="the presidency"),
             dict(city="Nairobi", CITY="NAIROBI", cause="proposed tax "
                  "increases", target="parliament"),
             dict(city="Istanbul", CITY="ISTANBUL", cause="the jailing of "
                  "the city's mayor", target="the city hall"),
             dict(city="Dhaka", CITY="DHAKA", cause="delays to promised "
                  "elections", target="the secretariat")],
        means=["tear gas and water cannon", "rubber bullets and stun "
               "grenades", "pepper spray and batons"],
        src=["the interior ministry", "police", "a rights group monitoring "
             "the protests"],
        k=lambda r: {"k": r.randint(12, 400)},
        date=gdate,
    ),
    vary=[("loc",), ("k", "date"), ("means", "date"), ("date",)],
)

WIRE_TEMPLATES = [UA_STRIKE, GAZA, SUDAN, SAHEL, QUAKE, FLOOD, MINE, RATES,
                  RED_SEA, BUS, NIGERIA, MYANMAR, JOBS, PROTEST]

# ================================================================ ministries
RU_REG = [dict(regions="the Belgorod region", regions_s="Belgorod"),
          dict(regions="the Bryansk and Kursk regions",
               regions_s="Bryansk, Kursk"),
          dict(regions="the Belgorod, Kursk and Voronezh regions",
               regions_s="three border regions"),
          dict(regions="the Moscow region", regions_s="Moscow region"),
          dict(regions="the Rostov region and the Sea of Azov",
               regions_s="Rostov, Sea of Azov"),
          dict(regions="the Tula and Kaluga regions",
               regions_s="Tula, Kaluga"),
          dict(regions="the Kursk region", regions_s="Kursk")]

RU_MOD = T(
    name="ru-mod", lang="en", neg="ministry-report",
    titles=["Russia says it downed {n} Ukrainian drones over {regions_s}",
            "Russian air defences destroy {n} Ukrainian drones overnight - "
            "ministry",
            "Moscow says {n} Ukrainian drones shot down over {regions}"],
    dateline="MOSCOW, {mon} {d} (Reuters) - ",
    paras=["Russian air defence systems intercepted and destroyed {n} "
           "Ukrainian drones overnight over {regions}, the Russian Defence "
           "Ministry said on {day}.",
           "The ministry did not say whether there had been any damage or "
           "casualties. {gov}",
           "Ukraine says its strikes on Russian territory target "
           "infrastructure that is key to Moscow's war effort. Neither side "
           "discloses full details of the damage caused.",
           "Reuters could not independently verify the claims."],
    slots=dict(reg=RU_REG, n=lambda r: {"n": r.randint(9, 140)},
               gov=["The regional governor said on Telegram that there were "
                    "no casualties.", "The regional governor said debris had "
                    "damaged several houses and cars.", "The regional "
                    "governor said one person had been injured by falling "
                    "debris."],
               date=gdate),
    vary=[("n", "date"), ("reg",), ("date",), ("reg", "n"), ("date", "reg")],
    suffixes=[" - RIA", " - TASS"],
)

UA_AF = T(
    name="ua-airforce", lang="en", neg="ministry-report",
    titles=["Russia launched {dr} drones, {ms} missiles at Ukraine overnight, "
            "air force says",
            "Ukraine downs {sd} of {dr} Russian drones overnight",
            "Russian overnight attack: {dr} drones, {ms} {missile} missiles - "
            "Ukraine's air force"],
    dateline="KYIV, {mon} {d} (Reuters) - ",
    paras=["Russia attacked Ukraine overnight with {dr} Shahed-type attack "
           "drones and decoy drones and {ms} {missile} missiles, Ukraine's "
           "air force said on {day}.",
           "Air defence units shot down or jammed {sd} of the drones and "
           "{sm} of the missiles, the air force said on Telegram, adding "
           "that impacts were recorded in {hits}.",
           "Russia has intensified its air campaign in recent months, "
           "launching hundreds of drones on some nights in an effort to "
           "overwhelm Ukraine's air defences. Kyiv has urged its Western "
           "partners to supply more air defence systems."],
    slots=dict(
        n=lambda r: (lambda dr, ms: {"dr": dr, "ms": ms,
                                     "sd": r.randint(dr // 2, dr - 3),
                                     "sm": r.randint(0, ms)})(
            r.randint(40, 480), r.randint(1, 30)),
        missile=["Iskander-M ballistic", "Kh-101 cruise", "Kalibr cruise",
                 "Kh-59 guided"],
        hits=["the Kharkiv, Sumy and Odesa regions", "Kyiv and the Kyiv "
              "region", "the Dnipropetrovsk and Zaporizhzhia regions",
              "the Lviv and Ivano-Frankivsk regions", "the Poltava and "
              "Kirovohrad regions"],
        date=gdate),
    vary=[("n", "date"), ("missile", "date"), ("hits", "date"), ("date",)],
)


def _genstaff(r):
    tot = r.randint(1010000, 1190000)
    return {"total": comma(tot), "dl": comma(r.randint(690, 1350)),
            "tanks": r.randint(0, 9), "apv": r.randint(2, 30),
            "art": r.randint(15, 60), "uav": r.randint(90, 410)}


GENSTAFF = T(
    name="genstaff", lang="en", neg="ministry-report",
    titles=["Russia has lost {total} troops in Ukraine since invasion, "
            "General Staff says",
            "General Staff: Russia lost {dl} soldiers over past day",
            "Ukraine says Russian losses reach {total}, including {dl} in "
            "past 24 hours"],
    dateline="KYIV, {mon} {d} (Ukrinform) - ",
    paras=["Russia has lost {total} troops in Ukraine since the start of its "
           "full-scale invasion on Feb. 24, 2022, including {dl} soldiers "
           "over the past day, the General Staff of Ukraine's Armed Forces "
           "said on {day}.",
           "According to the report, Russian forces also lost {tanks} tanks, "
           "{apv} armoured combat vehicles, {art} artillery systems and "
           "{uav} operational-tactical drones over the past 24 hours.",
           "The figures cannot be independently verified. Moscow does not "
           "disclose its own losses, and Kyiv does not publish regular "
           "figures on its military casualties."],
    slots=dict(nums=_genstaff, date=gdate),
    vary=[("nums", "date")],
)

IDF = T(
    name="idf-lebanon", lang="en", neg="ministry-report",
    titles=["Israeli military says it struck {n} Hezbollah targets in "
            "{area}",
            "Israel hits Hezbollah {targets_s} in {area}",
            "IDF: {n} Hezbollah sites struck in {area} overnight"],
    dateline="JERUSALEM, {mon} {d} (Reuters) - ",
    paras=["The Israeli military said on {day} its fighter jets had struck "
           "{n} Hezbollah targets in {area} overnight, including {targets}.",
           "Lebanon's state news agency NNA reported strikes near {town}. "
           "{cas}",
           "Israel and Hezbollah agreed a U.S.-brokered ceasefire in "
           "November 2024, but Israel has continued to carry out strikes it "
           "says are aimed at preventing the Iran-backed group from "
           "rearming. Hezbollah has accused Israel of violating the truce."],
    slots=dict(
        ar=[dict(area="southern Lebanon", town="Nabatieh"),
            dict(area="southern Lebanon", town="Bint Jbeil"),
            dict(area="southern Lebanon", town="Tyre"),
            dict(area="the Bekaa Valley", town="Baalbek"),
            dict(area="the Bekaa Valley", town="Hermel"),
            dict(area="Beirut's southern suburbs", town="Haret Hreik")],
        tg=[dict(targets="weapons depots and rocket launchers",
                 targets_s="weapons depots"),
            dict(targets="command centres and military infrastructure",
                 targets_s="command centres"),
            dict(targets="a tunnel shaft and launch sites",
                 targets_s="tunnel, launch sites")],
        cas=["There were no immediate reports of casualties.",
             "Two people were wounded, the health ministry said.",
             "One person was killed, the health ministry said."],
        n=lambda r: {"n": r.randint(4, 60)},
        date=gdate),
    vary=[("ar",), ("n", "date"), ("tg", "date"), ("date",), ("ar", "cas")],
)

TAIWAN = T(
    name="taiwan-mnd", lang="en", neg="ministry-report",
    titles=["Taiwan reports {a} Chinese military aircraft, {s} ships around "
            "island",
            "Taiwan says {x} Chinese warplanes crossed Strait median line",
            "{a} Chinese aircraft, {s} navy vessels detected near Taiwan - "
            "defence ministry"],
    dateline="TAIPEI, {mon} {d} (Reuters) - ",
    paras=["Taiwan's Defence Ministry said on {day} it had detected {a} "
           "Chinese military aircraft, {s} navy ships and {o} official ships "
           "operating around the island in the 24 hours to 6 a.m. "
           "(2200 GMT).",
           "Of those, {x} aircraft crossed the median line of the Taiwan Strait "
           "and entered Taiwan's {zone} air defence identification zone, the "
           "ministry said, adding that it had dispatched aircraft, ships and "
           "missile systems to monitor the activity.",
           "China views democratically governed Taiwan as its own territory "
           "and has stepped up military pressure on the island in recent "
           "years. Taiwan's government rejects Beijing's sovereignty "
           "claims, saying only the island's people can decide their "
           "future."],
    slots=dict(
        n=lambda r: (lambda a: {"a": a, "x": r.randint(1, a),
                                "s": r.randint(4, 14),
                                "o": r.randint(0, 4)})(r.randint(6, 45)),
        zone=["northern, central and southwestern", "southwestern",
              "northern and southwestern", "central and eastern"],
        date=gdate),
    vary=[("n", "date"), ("date",), ("zone", "date")],
)

NK = T(
    name="nk-missile", lang="en", neg="ministry-report",
    titles=["North Korea fires {what} toward {sea_s}, South Korea says",
            "N.Korea launches {what} from {place} - JCS",
            "North Korean {what_s} flew {km} km, Seoul says"],
    dateline="SEOUL, {mon} {d} (Reuters) - ",
    paras=["North Korea fired {what} from {place} toward the {sea} at around "
           "{t12d} on {day}, South Korea's Joint Chiefs of Staff said.",
           "The {what_s} flew about {km} km, the JCS said, adding that South "
           "Korean and U.S. intelligence authorities were analysing the "
           "details. Japan's coast guard said the projectile appeared to "
           "have fallen outside Japan's exclusive economic zone.",
           "North Korea has been under U.N. Security Council sanctions over "
           "its ballistic missile and nuclear weapons programmes since 2006. "
           "Pyongyang says its weapons development is needed to deter what "
           "it calls hostile policies by Washington and Seoul."],
    slots=dict(
        w=[dict(what="a short-range ballistic missile", what_s="missile"),
           dict(what="several cruise missiles", what_s="cruise missiles"),
           dict(what="an intermediate-range ballistic missile",
                what_s="missile"),
           dict(what="two short-range ballistic missiles",
                what_s="missiles")],
        loc=[dict(place="Pyongyang's Sunan area", sea="East Sea",
                  sea_s="East Sea"),
             dict(place="near the eastern port city of Wonsan",
                  sea="East Sea", sea_s="East Sea"),
             dict(place="Jangyon county in South Hwanghae province",
                  sea="Yellow Sea", sea_s="Yellow Sea"),
             dict(place="the Sinpo area", sea="East Sea", sea_s="East Sea"),
             dict(place="near Nampho", sea="Yellow Sea",
                  sea_s="Yellow Sea")],
        km=lambda r: {"km": r.choice(range(200, 1100, 10))},
        when=gwhen),
    vary=[("w", "when"), ("loc", "when"), ("km", "when"), ("when",)],
)

GAZA_MOH = T(
    name="gaza-moh", lang="en", neg="ministry-report",
    titles=["Gaza death toll rises to {total}, health ministry says",
            "Gaza health ministry says {dk} killed in past 24 hours",
            "Palestinian death toll in Gaza reaches {total}"],
    dateline="CAIRO, {mon} {d} (Reuters) - ",
    paras=["At least {total} Palestinians have been killed in Israel's "
           "military offensive in Gaza since October 2023, the enclave's "
           "health ministry said on {day}, adding that {dk} people had been "
           "killed in the past 24 hours.",
           "A total of {inj} people have been wounded, the ministry said. "
           "Many victims are still trapped under rubble or lying on roads "
           "where rescuers cannot reach them, it said.",
           "The ministry's figures do not distinguish between civilians and "
           "combatants. The war began after Hamas-led gunmen attacked Israel "
           "on Oct. 7, 2023, killing about 1,200 people and taking 251 "
           "hostages, according to Israeli tallies."],
    slots=dict(
        n=lambda r: {"total": comma(r.randint(66000, 74000)),
                     "dk": r.randint(12, 140),
                     "inj": comma(r.randint(160000, 175000))},
        date=gdate),
    vary=[("n", "date")],
)

MINISTRY_TEMPLATES = [RU_MOD, UA_AF, GENSTAFF, IDF, TAIWAN, NK, GAZA_MOH]

# ================================================================ courts, results
US_PEOPLE = [("Marcus Dale Whitfield", "Whitfield", "man", "him", "his"),
             ("Tyrell Jamal Ross", "Ross", "man", "him", "his"),
             ("Kevin Ray Baxter", "Baxter", "man", "him", "his"),
             ("Jonathan Pruitt", "Pruitt", "man", "him", "his"),
             ("Derek Solano", "Solano", "man", "him", "his"),
             ("Shanice Monroe", "Monroe", "woman", "her", "her"),
             ("Curtis Lee Vance", "Vance", "man", "him", "his"),
             ("Brandon Kowalczyk", "Kowalczyk", "man", "him", "his"),
             ("Luis Alberto Herrera", "Herrera", "man", "him", "his"),
             ("Amber Nicole Tate", "Tate", "woman", "her", "her"),
             ("Raymond Teague", "Teague", "man", "him", "his")]

US_SENT = T(
    name="us-sentence", lang="en", neg="court-or-result",
    titles=["{name} sentenced to {n} years for {short}",
            "{town} {man} gets {n} years in federal prison for {short}",
            "{n}-year sentence for {town} {man} in {short} case"],
    dateline="{TOWN} — ",
    paras=["{name}, {age}, of {town}, was sentenced on {day} to {n} years in "
           "federal prison for {crime}, the U.S. Attorney's Office for the "
           "{district} said.",
           "{surname} pleaded guilty in {prev_month}. U.S. District Judge "
           "{judge} also ordered {obj} to serve {sup} years of supervised "
           "release after {pos} prison term.",
           "The case was investigated by {agencies}. It is part of a Justice "
           "Department effort to reduce violent crime and drug trafficking "
           "by working with state and local law enforcement.",
           "There is no parole in the federal system, and defendants must "
           "serve at least 85% of their sentence."],
    slots=dict(
        person=lambda r: (lambda p: dict(name=p[0], surname=p[1], man=p[2],
                                         obj=p[3], pos=p[4],
                                         age=r.randint(21, 58)))(
            r.choice(US_PEOPLE)),
        dist=[dict(district="Eastern District of Missouri", town="St. Louis",
                   TOWN="ST. LOUIS", judge="Ellen M. Garraty"),
              dict(district="Northern District of Ohio", town="Akron",
                   TOWN="AKRON, Ohio", judge="Paul R. Denholm"),
              dict(district="Western District of Texas", town="San Antonio",
                   TOWN="SAN ANTONIO", judge="Miguel A. Saenz"),
              dict(district="Southern District of Indiana",
                   town="Indianapolis", TOWN="INDIANAPOLIS",
                   judge="Joan K. Weatherby"),
              dict(district="Middle District of Florida", town="Tampa",
                   TOWN="TAMPA, Fla.", judge="Howard L. Crain"),
              dict(district="Western District of Kentucky",
                   town="Louisville", TOWN="LOUISVILLE, Ky.",
                   judge="Dana B. Holloway")],
        crime=[dict(crime="possession with intent to distribute fentanyl",
                    short="fentanyl trafficking", agencies="the Drug "
                    "Enforcement Administration and local police"),
               dict(crime="being a felon in possession of a firearm",
                    short="illegal gun possession", agencies="the Bureau of "
                    "Alcohol, Tobacco, Firearms and Explosives (ATF)"),
               dict(crime="wire fraud in a scheme to obtain pandemic relief "
                    "loans", short="COVID-19 loan fraud", agencies="the FBI "
                    "and the Small Business Administration's Office of "
                    "Inspector General"),
               dict(crime="carjacking and brandishing a firearm during a "
                    "crime of violence", short="carjacking",
                    agencies="the FBI and city police"),
               dict(crime="conspiracy to distribute methamphetamine",
                    short="meth conspiracy", agencies="the Drug Enforcement "
                    "Administration")],
        n=lambda r: {"n": r.choice([3, 4, 5, 6, 7, 8, 10, 12, 15, 17, 20]),
                     "sup": r.choice([3, 4, 5])},
        date=gdate_wd),
    vary=[("person",), ("n", "person"), ("crime", "person"), ("dist", "person"), ("date", "person")],
)

RU_PEOPLE = [("Andrei Kovalyov", "him", "he", "He"),
             ("Dmitry Zubov", "him", "he", "He"),
             ("Yelena Sokolova", "her", "she", "She"),
             ("Pavel Lebedinsky", "him", "he", "He"),
             ("Igor Marchenko", "him", "he", "He"),
             ("Svetlana Orlik", "her", "she", "She"),
             ("Nikita Gromov", "him", "he", "He"),
             ("Roman Tikhonov", "him", "he", "He")]

RU_COURT = T(
    name="ru-court", lang="en", neg="court-or-result",
    titles=["Russian court jails {name} for {n} years on {cshort} charges",
            "{name} sentenced to {n} years in Russia for {cshort}",
            "Russia: {occupation} {name} gets {n} years for {cshort}"],
    dateline="MOSCOW, {mon} {d} (Reuters) - ",
    paras=["A court in {city} sentenced {name}, a {age}-year-old "
           "{occupation}, to {n} years in a {colony} on {day} after finding "
           "{obj} guilty of {charge}, {src} reported.",
           "Prosecutors said {pron} had {act}. {Pron} denied the charges, "
           "according to the independent outlet Mediazona.",
           "Russia has prosecuted hundreds of people on treason, sabotage "
           "and \"fake news\" charges since it sent troops into Ukraine in "
           "February 2022, according to rights groups. The Kremlin says the "
           "cases are necessary to protect national security."],
    slots=dict(
        person=lambda r: (lambda p: dict(name=p[0], obj=p[1], pron=p[2],
                                         Pron=p[3], age=r.randint(19, 67)))(
            r.choice(RU_PEOPLE)),
        occupation=["engineer", "schoolteacher", "former soldier",
                    "IT specialist", "pensioner", "university student"],
        city=["Moscow", "St Petersburg", "Yekaterinburg", "Krasnodar",
              "Novosibirsk", "Samara", "Kaliningrad", "Rostov-on-Don"],
        ch=[dict(charge="treason", cshort="treason", act="transferred money "
                 "to a Ukrainian charity that supplied the Ukrainian army",
                 colony="maximum security penal colony"),
            dict(charge="spreading \"fake news\" about the Russian army",
                 cshort="\"fake news\"", act="posted comments about the war "
                 "on social media", colony="general regime penal colony"),
            dict(charge="sabotage", cshort="sabotage", act="set fire to a "
                 "railway relay cabinet", colony="strict regime penal "
                 "colony"),
            dict(charge="espionage", cshort="espionage", act="passed "
                 "information about military facilities to Ukrainian "
                 "intelligence", colony="maximum security penal colony")],
        src=["state news agency TASS", "the court's press service",
             "state news agency RIA"],
        n=lambda r: {"n": r.randint(3, 22)},
        date=gdate_wd),
    vary=[("person",), ("n", "person"), ("ch", "person"), ("city", "person"), ("date", "person")],
)

LEAGUES = {
    "Premier League": ["Arsenal", "Brentford", "Everton", "Fulham",
                       "Brighton", "Aston Villa", "Nottingham Forest",
                       "Crystal Palace", "Newcastle United", "Wolves"],
    "La Liga": ["Real Betis", "Villarreal", "Getafe", "Osasuna", "Sevilla",
                "Real Sociedad", "Celta Vigo", "Valencia"],
    "Bundesliga": ["Freiburg", "Mainz", "Werder Bremen", "Augsburg",
                   "Wolfsburg", "Hoffenheim", "Union Berlin", "Stuttgart"],
}


def _fixture(r):
    lg = r.choice(sorted(LEAGUES))
    home, away = r.sample(LEAGUES[lg], 2)
    return {"league": lg, "home": home, "away": away}


def _score(r):
    hs, as_ = r.randint(0, 4), r.randint(0, 3)
    mins = sorted(r.sample(range(3, 90), hs + as_))
    gh = ", ".join(f"{m}'" for m in mins[:hs]) or "none"
    ga = ", ".join(f"{m}'" for m in mins[hs:]) or "none"
    return {"hs": hs, "as_": as_, "gh": gh, "ga": ga,
            "att": comma(r.randint(11000, 60000))}


FOOTBALL = T(
    name="football", lang="en", neg="court-or-result",
    titles=["{home} {hs}-{as_} {away}",
            "FT: {home} {hs} {away} {as_} ({league})",
            "{league} result: {home} {hs}-{as_} {away}"],
    dateline="",
    paras=["FULL TIME | {league}, matchweek {mw}: {home} {hs}, {away} "
           "{as_}.",
           "Goals - {home}: {gh}. {away}: {ga}.",
           "Attendance: {att}. Kick-off was at {t24} local time on {day}.",
           "Follow live scores, reaction and highlights from every game in "
           "our match centre."],
    slots=dict(fx=_fixture, sc=_score,
               rnd=lambda r: {**gdate(r), **tfields(r.choice(
                   [12, 15, 17, 20]), r.choice([0, 30])),
                   "mw": r.randint(3, 36)}),
    vary=[("sc", "rnd"), ("fx",), ("fx", "sc"), ("rnd",)],
)

PLAYERS = ["Tomas Ehrlund", "Rafael Castano", "Luca Bertolini",
           "Mikhail Orlov", "Jonas Vandersteen", "Kenji Morita",
           "Adrian Kowalik", "Felipe Arrieta", "Nathan Brody",
           "Oskar Lindahl"]
EVENTS = [dict(event="Rotterdam Open", city="Rotterdam", level="ATP 500",
               surface="indoor hard"),
          dict(event="Barcelona Open", city="Barcelona", level="ATP 500",
               surface="clay"),
          dict(event="Queen's Club Championships", city="London",
               level="ATP 500", surface="grass"),
          dict(event="Swiss Indoors", city="Basel", level="ATP 500",
               surface="indoor hard"),
          dict(event="Mexican Open", city="Acapulco", level="ATP 500",
               surface="hard")]


def _tscore(r):
    sets = []
    for _ in range(r.choice([2, 2, 3])):
        sets.append(r.choice(["6-3", "6-4", "7-5", "6-2", "7-6(4)", "7-6(5)",
                              "6-1"]))
    if len(sets) == 3:
        sets[1] = r.choice(["3-6", "4-6", "6-7(3)", "5-7"])
    return {"score": " ".join(sets), "aces": r.randint(2, 19),
            "bp": r.randint(1, 7), "dur": f"{r.randint(1, 2)} hours "
            f"{r.randint(2, 58)} minutes"}


TENNIS = T(
    name="tennis", lang="en", neg="court-or-result",
    titles=["{w} beats {l} {score} to reach {rnd} at {event}",
            "{event}: {w} into {rnd} after win over {l}",
            "Tennis: {w} d. {l} {score}"],
    dateline="{CITY}, {mon} {d} (Reuters) - ",
    paras=["{w} beat {l} {score} on {day} to reach the {rnd} of the {event} "
           "in {city}.",
           "{w} served {aces} aces and saved {bp} break points in a match "
           "that lasted {dur}.",
           "The {event} is an {level} tournament played on {surface} "
           "courts. The winner receives 500 ranking points."],
    slots=dict(pl=lambda r: dict(zip(("w", "l"), r.sample(PLAYERS, 2))),
               sc=_tscore,
               ev=lambda r: (lambda e: {**e, "CITY": e["city"].upper()})(
                   r.choice(EVENTS)),
               rnd=["quarter-finals", "semi-finals", "final",
                    "second round"],
               date=gdate),
    vary=[("pl",), ("ev", "date"), ("sc", "ev"), ("pl", "rnd")],
)

UK_LOC = [dict(town="Bootle", court="Liverpool", force="Merseyside Police",
               dc="Sarah Kehoe"),
          dict(town="Salford", court="Manchester", force="Greater Manchester "
               "Police", dc="Liam Hurst"),
          dict(town="Aston", court="Birmingham", force="West Midlands Police",
               dc="Priya Sandhu"),
          dict(town="Headingley", court="Leeds", force="West Yorkshire "
               "Police", dc="Gareth Pole"),
          dict(town="Bedminster", court="Bristol", force="Avon and Somerset "
               "Police", dc="Emma Trask"),
          dict(town="Gateshead", court="Newcastle", force="Northumbria "
               "Police", dc="Ian Robson")]
UK_NAMES = ["Jordan Whitley", "Connor Mayhew", "Ryan Doherty", "Kyle Ashworth",
            "Liam Fairbrother", "Dean Okoro", "Callum Reid", "Jake Penrose"]

UK_COURT = T(
    name="uk-court", lang="en", neg="court-or-result",
    titles=["{name}, {age}, jailed for {n} years over {short}",
            "{town} man jailed for {short} - {n} years",
            "{name} sentenced at {court} Crown Court for {short}"],
    dateline="",
    paras=["{name}, {age}, of {street}, {town}, was jailed for {n} years and "
           "{m} months at {court} Crown Court on {day} after admitting "
           "{crime}.",
           "The court heard that {fact}.",
           "Detective Constable {dc} of {force} said after the hearing: "
           "\"This sentence shows that we will not tolerate this kind of "
           "offending in our communities. I would urge anyone with "
           "information about crime in their area to contact us or "
           "Crimestoppers anonymously.\""],
    slots=dict(
        person=lambda r: {"name": r.choice(UK_NAMES),
                          "age": r.randint(19, 52),
                          "street": r.choice(["Church Road", "Victoria "
                                              "Street", "Park Avenue",
                                              "Mill Lane", "Station Road"])},
        loc=UK_LOC,
        cr=[dict(crime="possession with intent to supply class A drugs",
                 short="drug dealing", fact="officers found cocaine and "
                 "heroin hidden in the boot of his car during a routine "
                 "stop"),
            dict(crime="causing death by dangerous driving",
                 short="fatal crash", fact="he was driving at more than "
                 "twice the speed limit when his car struck a pedestrian"),
            dict(crime="wounding with intent", short="knife attack",
                 fact="he attacked a man with a knife outside a takeaway "
                 "after an argument"),
            dict(crime="a string of burglaries", short="burglaries",
                 fact="he broke into homes at night while the occupants "
                 "were asleep"),
            dict(crime="fraud by false representation", short="fraud",
                 fact="he posed as a builder to take deposits from elderly "
                 "homeowners")],
        term=lambda r: {"n": r.randint(2, 14), "m": r.choice([0, 3, 4, 6,
                                                              8, 9])},
        date=gdate_wd),
    vary=[("person",), ("term", "person"), ("cr", "person"), ("loc", "person")],
)

COURT_TEMPLATES = [US_SENT, RU_COURT, FOOTBALL, TENNIS, UK_COURT]

# ================================================================ generic headlines
G_AIRRAID = T(
    name="g-airraid", lang="en", neg="generic-headline",
    titles=["Air raid alert"],
    paras=["Air raid alert in the {oblast} region as of {t24} Kyiv time. "
           "{threat}",
           "Residents should move to the nearest shelter and remain there "
           "until the all-clear is given. Source: official air raid alert "
           "channel."],
    slots=dict(ob=[dict(oblast="Kharkiv", city="Kharkiv"),
                   dict(oblast="Odesa", city="Izmail"),
                   dict(oblast="Dnipropetrovsk", city="Pavlohrad"),
                   dict(oblast="Sumy", city="Shostka"),
                   dict(oblast="Kyiv", city="Bila Tserkva"),
                   dict(oblast="Poltava", city="Kremenchuk")],
               threat=["Russian attack drones are moving towards {city}.",
                       "A ballistic missile threat has been declared for "
                       "{city} and surrounding districts.",
                       "Guided aerial bombs may be launched towards {city}.",
                       "Cruise missiles detected heading towards {city}."],
               tm=gwhen),
    vary=[("ob",), ("threat", "tm"), ("tm",)],
)

G_QUAKE = T(
    name="g-quake", lang="en", neg="generic-headline",
    titles=["Earthquake"],
    paras=["A magnitude {mag} earthquake shook {place} at {t24} local time on "
           "{day}, {agency} said. {effect}",
           "Aftershocks are possible in the coming days. Residents are "
           "advised to check buildings for damage and follow instructions "
           "from local authorities."],
    slots=dict(loc=[dict(place="the Greek island of Crete",
                         agency="the Athens Geodynamic Institute"),
                    dict(place="western Turkey's Balikesir province",
                         agency="Turkey's disaster agency AFAD"),
                    dict(place="central Italy near Perugia",
                         agency="Italy's INGV institute"),
                    dict(place="southern Iran's Hormozgan province",
                         agency="Iran's seismological centre"),
                    dict(place="Taiwan's eastern county of Hualien",
                         agency="Taiwan's Central Weather Administration")],
               mag=lambda r: {"mag": f"{r.uniform(3.8, 6.4):.1f}"},
               effect=["There were no immediate reports of damage or "
                       "casualties.", "Residents reported shaking strong "
                       "enough to knock items off shelves.", "Some schools "
                       "were evacuated as a precaution."],
               tm=gwhen),
    vary=[("loc",), ("mag", "tm"), ("tm",)],
)

G_BREAKING = T(
    name="g-breaking", lang="en", neg="generic-headline",
    titles=["Breaking news"],
    paras=["{event} at {site} in {city}. Emergency services are at the scene "
           "and police have cordoned off the area.",
           "More details to follow. Refresh this page for the latest "
           "updates."],
    slots=dict(event=["An explosion has been reported",
                      "A large fire has broken out",
                      "A building has partially collapsed",
                      "Shots have been reported"],
               site=["a shopping centre", "a chemical plant", "the central "
                     "railway station", "a hotel", "a hospital car park"],
               city=["Lyon", "Rotterdam", "Gdansk", "Marseille", "Antwerp",
                     "Hamburg", "Porto"]),
    vary=[("city",), ("event", "site"), ("site",)],
)

G_ROAD = T(
    name="g-road", lang="en", neg="generic-headline",
    titles=["Road closure"],
    paras=["The {road} is closed {dirn} between {j} and {j2} after {reason}. "
           "Diversions are in place; expect delays of up to {delay} minutes "
           "on approach.",
           "Drivers are advised to plan ahead and allow extra time for their "
           "journey. Updates will be posted as the situation changes."],
    slots=dict(rd=lambda r: (lambda rd, j: {"road": rd, "j": f"J{j}",
                                            "j2": f"J{j + 1}"})(
        r.choice(["M6", "M25", "M62", "M4", "M1", "A1(M)"]),
        r.randint(2, 30)),
               dirn=["northbound", "southbound", "eastbound", "westbound",
                     "in both directions"],
               reason=["a collision involving a lorry and two cars",
                       "a vehicle fire", "a police incident",
                       "a fuel spillage"],
               delay=lambda r: {"delay": r.choice([20, 30, 45, 60, 90])}),
    vary=[("rd",), ("dirn",), ("reason", "rd"), ("rd", "delay")],
)

G_POWER = T(
    name="g-power", lang="en", neg="generic-headline",
    titles=["Power outage"],
    paras=["About {n} customers are without power in {area} after {cause}. "
           "{utility} estimates power will be restored by {t12d}.",
           "Crews are working to restore service as quickly and safely as "
           "possible. Never approach a downed power line; report it by "
           "calling 911."],
    slots=dict(n=lambda r: {"n": comma(r.choice(range(400, 60000, 100)))},
               ar=[dict(area="north Dallas", utility="Oncor"),
                   dict(area="east Houston", utility="CenterPoint Energy"),
                   dict(area="southwest Atlanta", utility="Georgia Power"),
                   dict(area="Fresno", utility="PG&E"),
                   dict(area="west Phoenix", utility="APS")],
               cause=["a transformer failure", "strong winds brought down "
                      "lines", "a vehicle struck a utility pole",
                      "equipment damage during a storm"],
               tm=gtime),
    vary=[("ar",), ("cause", "tm"), ("tm", "n")],
)

G_SHOOT = T(
    name="g-shooting", lang="en", neg="generic-headline",
    titles=["Shooting"],
    paras=["Police are investigating a shooting in the {block} block of "
           "{street} in {city} on {day} night. {victim}",
           "No arrests have been made. Anyone with information is asked to "
           "call the department's tip line."],
    slots=dict(addr=_police_addr,
               city=["Memphis", "Milwaukee", "Baltimore", "Kansas City",
                     "Birmingham, Alabama"],
               victim=["A man in his 20s was taken to hospital with "
                       "life-threatening injuries.", "Two people were "
                       "wounded and taken to a hospital in stable "
                       "condition.", "One person died at the scene."],
               date=gdate),
    vary=[("addr",), ("city",), ("victim", "date"), ("date",)],
)

GENERIC_TEMPLATES = [G_AIRRAID, G_QUAKE, G_BREAKING, G_ROAD, G_POWER,
                     G_SHOOT]

# ================================================================ other languages
RU_NUM = [n for n in range(9, 150) if n % 100 in range(11, 15)
          or n % 10 in (0, 5, 6, 7, 8, 9)]

RU_MOD_RU = T(
    name="ru-mod-ru", lang="ru", neg="non-english",
    titles=["ПВО за ночь уничтожили {n} украинских БПЛА над {reg_i}",
            "Минобороны: над {reg_i} сбиты {n} беспилотников ВСУ",
            "Над {reg_i} ночью перехвачены {n} украинских дронов"],
    dateline="МОСКВА, {ru_date}. /ТАСС/. ",
    paras=["Дежурными средствами противовоздушной обороны за прошедшую ночь "
           "перехвачены и уничтожены {n} украинских беспилотных летательных "
           "аппаратов самолетного типа над территорией {reg_g}, сообщили "
           "{ru_day} в Министерстве обороны России.",
           "{gov}",
           "Украина регулярно атакует беспилотниками российские регионы. "
           "Киев заявляет, что удары направлены против объектов военной и "
           "энергетической инфраструктуры."],
    slots=dict(reg=[dict(reg_g="Белгородской области",
                         reg_i="Белгородской областью"),
                    dict(reg_g="Курской и Брянской областей",
                         reg_i="Курской и Брянской областями"),
                    dict(reg_g="Ростовской области и акватории Азовского "
                         "моря", reg_i="Ростовской областью"),
                    dict(reg_g="Московского региона", reg_i="Подмосковьем"),
                    dict(reg_g="Воронежской области",
                         reg_i="Воронежской областью"),
                    dict(reg_g="Тульской и Калужской областей",
                         reg_i="Тульской и Калужской областями")],
               n=lambda r: {"n": r.choice(RU_NUM)},
               gov=["По словам губернатора, пострадавших нет, информация о "
                    "разрушениях уточняется.",
                    "Губернатор региона сообщил в своем Telegram-канале о "
                    "повреждении нескольких частных домов и автомобилей.",
                    "Губернатор сообщил, что в результате падения обломков "
                    "пострадал один человек, ему оказана медицинская "
                    "помощь."],
               date=gdate),
    vary=[("n", "date"), ("reg",), ("date",), ("reg", "n")],
)

UA_OVA = T(
    name="ua-ova", lang="uk", neg="non-english",
    titles=["Російський удар по {city_d}: кількість загиблих зросла до {k}",
            "{city_n}: кількість загиблих унаслідок {weapon} зросла до {k}",
            "Удар по {city_d} — {k} загиблих, {w} поранених"],
    dateline="{city_n}. {uk_date}. УКРІНФОРМ. ",
    paras=["Унаслідок {weapon} по {city_d} минулої ночі кількість загиблих "
           "зросла до {k}, кількість поранених становить {w}, повідомив "
           "{uk_day} начальник обласної військової адміністрації.",
           "Пошкоджено {target}. На місці працюють усі екстрені служби, "
           "триває розбір завалів.",
           "Росія регулярно завдає ударів по українських містах дронами та "
           "ракетами. Від початку повномасштабного вторгнення загинули "
           "тисячі мирних жителів."],
    slots=dict(city=[dict(city_d="Харкову", city_n="Харків"),
                     dict(city_d="Запоріжжю", city_n="Запоріжжя"),
                     dict(city_d="Дніпру", city_n="Дніпро"),
                     dict(city_d="Одесі", city_n="Одеса"),
                     dict(city_d="Сумах", city_n="Суми"),
                     dict(city_d="Херсону", city_n="Херсон"),
                     dict(city_d="Миколаєву", city_n="Миколаїв"),
                     dict(city_d="Кривому Рогу", city_n="Кривий Ріг")],
               weapon=["дронової атаки", "ракетного удару",
                       "комбінованої атаки", "удару керованими авіабомбами"],
               target=["багатоповерховий житловий будинок",
                       "приватні будинки та автомобілі",
                       "підприємство та лінії електропередачі",
                       "будівлю школи"],
               cas=cas(2, 18),
               date=gdate),
    vary=[("city",), ("weapon", "date"), ("cas", "date"), ("date",)],
)

AR_GAZA = T(
    name="ar-gaza", lang="ar", neg="non-english",
    titles=["استشهاد {k} مواطنين في قصف إسرائيلي على {place_s}",
            "{k} شهداء بغارة للاحتلال على منزل في {place_s}",
            "غارة إسرائيلية على {place_s} توقع {k} شهداء"],
    dateline="غزة {ar_dmy} (وفا) - ",
    paras=["استشهد {k} مواطنين وأصيب آخرون، يوم {ar_day}، في غارة جوية "
           "إسرائيلية استهدفت منزلا لعائلة {fam} في {place}، وفق ما أفادت به "
           "مصادر طبية.",
           "وقالت المصادر إن طواقم الدفاع المدني تواصل البحث عن مفقودين تحت "
           "الأنقاض، فيما نُقل المصابون إلى {hospital}.",
           "ويواصل الاحتلال الإسرائيلي عدوانه على قطاع غزة منذ السابع من "
           "أكتوبر 2023، ما أسفر عن استشهاد وإصابة عشرات الآلاف من "
           "المواطنين، غالبيتهم من الأطفال والنساء."],
    slots=dict(loc=[dict(place="مخيم النصيرات وسط قطاع غزة",
                         place_s="مخيم النصيرات",
                         hospital="مستشفى العودة"),
                    dict(place="مدينة خان يونس جنوب القطاع",
                         place_s="خان يونس", hospital="مجمع ناصر الطبي"),
                    dict(place="حي الزيتون شرق مدينة غزة",
                         place_s="حي الزيتون",
                         hospital="المستشفى المعمداني"),
                    dict(place="مخيم جباليا شمال القطاع",
                         place_s="مخيم جباليا",
                         hospital="مستشفى كمال عدوان"),
                    dict(place="مدينة دير البلح وسط القطاع",
                         place_s="دير البلح",
                         hospital="مستشفى شهداء الأقصى")],
               fam=["أبو شمالة", "الأسطل", "حمدان", "النجار", "أبو ريدة"],
               k=lambda r: {"k": r.randint(3, 10)},
               date=gdate),
    vary=[("loc",), ("fam",), ("k", "date"), ("date",)],
)

FR_SAHEL = T(
    name="fr-sahel", lang="fr", neg="non-english",
    titles=["{country}: {k} soldats tués dans une attaque jihadiste près de "
            "{town}",
            "{country}: un poste militaire attaqué près de {town}, {k} "
            "soldats tués",
            "Attaque jihadiste {pre} {country}: au moins {k} militaires tués"],
    dateline="{cap} (AFP) - ",
    paras=["Au moins {k} soldats ont été tués {fr_day} dans une attaque "
           "contre un poste militaire près de {town}, dans la région de "
           "{region} {pre} {country}, a annoncé l'armée dans un communiqué.",
           "{claim}",
           "Le Sahel est en proie depuis plus d'une décennie aux violences "
           "de groupes jihadistes liés à Al-Qaïda et à l'organisation État "
           "islamique. Les juntes au pouvoir au Mali, au Burkina Faso et au "
           "Niger ont rompu avec la France et se sont tournées vers la "
           "Russie."],
    slots=dict(loc=[dict(town="Boulkessi", region="Mopti", pre="au",
                         country="Mali", cap="Bamako"),
                    dict(town="Ménaka", region="Ménaka", pre="au",
                         country="Mali", cap="Bamako"),
                    dict(town="Djibo", region="Sahel", pre="au",
                         country="Burkina Faso", cap="Ouagadougou"),
                    dict(town="Diapaga", region="l'Est", pre="au",
                         country="Burkina Faso", cap="Ouagadougou"),
                    dict(town="Tillabéri", region="Tillabéri", pre="au",
                         country="Niger", cap="Niamey")],
               claim=["L'attaque a été revendiquée par le Groupe de soutien "
                      "à l'islam et aux musulmans (JNIM), lié à Al-Qaïda.",
                      "L'organisation État islamique au Sahel a revendiqué "
                      "l'attaque via son organe de propagande Amaq.",
                      "L'attaque n'a pas été revendiquée dans l'immédiat."],
               k=lambda r: {"k": r.randint(6, 60)},
               date=gdate),
    vary=[("loc",), ("claim", "date"), ("k", "date"), ("date",)],
)

ES_SISMO = T(
    name="es-sismo", lang="es", neg="non-english",
    titles=["Sismo de magnitud {mag} sacude {state}",
            "Se registra temblor de {mag} al {dir_es} de {town}, {state}",
            "Temblor hoy: sismo de {mag} en {town}"],
    dateline="{cap_es} (EFE).- ",
    paras=["Un sismo de magnitud {mag} se registró a las {t24} horas (hora "
           "local) de este {es_day} a {km} kilómetros al {dir_es} de {town}, "
           "{state}, informó el {agency}.",
           "El movimiento telúrico tuvo una profundidad de {depth} "
           "kilómetros. Hasta el momento no se reportan daños ni personas "
           "lesionadas, de acuerdo con {prot}.",
           "{bg}"],
    slots=dict(loc=[dict(town="Pinotepa Nacional", state="Oaxaca",
                         country="mx"),
                    dict(town="Crucecita", state="Oaxaca", country="mx"),
                    dict(town="Tecpan", state="Guerrero", country="mx"),
                    dict(town="Ciudad Hidalgo", state="Chiapas",
                         country="mx"),
                    dict(town="Ovalle", state="Coquimbo", country="cl"),
                    dict(town="Calama", state="Antofagasta", country="cl")],
               q=lambda r: {"mag": f"{r.uniform(3.9, 6.3):.1f}",
                            "km": r.randint(5, 120),
                            "depth": r.randint(5, 110),
                            "dir_es": r.choice(["norte", "sur", "este",
                                                "oeste", "noreste",
                                                "noroeste", "sureste",
                                                "suroeste"])},
               tm=gwhen),
    derive=lambda f: (dict(cap_es="Ciudad de México", agency="Servicio "
                           "Sismológico Nacional (SSN)", prot="Protección "
                           "Civil", bg="México se ubica en una zona de alta "
                           "sismicidad debido a la interacción de cinco "
                           "placas tectónicas: la de Norteamérica, la de "
                           "Cocos, la del Pacífico, la de Rivera y la del "
                           "Caribe.")
                      if f["country"] == "mx" else
                      dict(cap_es="Santiago de Chile", agency="Centro "
                           "Sismológico Nacional (CSN) de la Universidad de "
                           "Chile", prot="el Senapred", bg="Chile es uno de "
                           "los países más sísmicos del mundo, al estar "
                           "ubicado en el Cinturón de Fuego del Pacífico.")),
    vary=[("q", "tm"), ("loc",), ("tm",)],
)

DE_UNFALL = T(
    name="de-unfall", lang="de", neg="non-english",
    titles=["{road} bei {town}: {k} Verletzte bei Auffahrunfall",
            "Unfall auf der {road}: {k} Menschen verletzt, Vollsperrung "
            "Richtung {dirc}",
            "{k} Verletzte nach Lkw-Unfall auf der {road}"],
    dateline="{town} (dpa) - ",
    paras=["Bei einem Unfall auf der {road} bei {town} ({land}) sind am "
           "{de_day}morgen {k} Menschen verletzt worden, {sev}. Nach Angaben "
           "der Polizei fuhr ein Lastwagen aus bislang ungeklärter Ursache "
           "auf ein Stauende auf.",
           "Die {road} war in Richtung {dirc} für mehrere Stunden voll "
           "gesperrt. Es bildete sich ein kilometerlanger Stau.",
           "Die Polizei bittet Zeugen, sich zu melden. Die Ermittlungen zur "
           "Unfallursache dauern an."],
    slots=dict(loc=[dict(road="A 7", town="Göttingen", land="Niedersachsen",
                         dirc="Kassel"),
                    dict(road="A 3", town="Würzburg", land="Bayern",
                         dirc="Frankfurt"),
                    dict(road="A 8", town="Pforzheim",
                         land="Baden-Württemberg", dirc="Stuttgart"),
                    dict(road="A 1", town="Münster",
                         land="Nordrhein-Westfalen", dirc="Bremen"),
                    dict(road="A 9", town="Ingolstadt", land="Bayern",
                         dirc="Nürnberg"),
                    dict(road="A 2", town="Hamm", land="Nordrhein-Westfalen",
                         dirc="Hannover")],
               k=lambda r: {"k": r.randint(3, 14)},
               sev=["einer davon schwer", "zwei davon schwer",
                    "alle leicht"],
               date=gdate),
    vary=[("loc",), ("k", "date"), ("date",), ("sev", "k", "date")],
)

TR_DEPREM = T(
    name="tr-deprem", lang="tr", neg="non-english",
    titles=["{town} merkezli {mag} büyüklüğünde deprem",
            "AFAD duyurdu: {prov_loc} {mag} büyüklüğünde deprem",
            "{prov} {town} ilçesinde {mag} şiddetinde deprem"],
    dateline="{PROV} (AA) - ",
    paras=["Afet ve Acil Durum Yönetimi Başkanlığı (AFAD), {prov} ilinin "
           "{town} ilçesinde saat {t24} sıralarında {mag} büyüklüğünde "
           "deprem meydana geldiğini açıkladı.",
           "Yerin {depth} kilometre derinliğinde gerçekleşen depremin çevre "
           "illerden de hissedildiği bildirildi. {dmg}",
           "Türkiye, dünyanın en aktif deprem kuşaklarından biri üzerinde "
           "bulunuyor. 6 Şubat 2023'te Kahramanmaraş merkezli depremlerde 50 "
           "binden fazla kişi hayatını kaybetmişti."],
    slots=dict(loc=[dict(town="Sındırgı", prov="Balıkesir", prov_loc="Balıkesir'de",
                         PROV="BALIKESİR"),
                    dict(town="Kulu", prov="Konya", prov_loc="Konya'da", PROV="KONYA"),
                    dict(town="Ayvacık", prov="Çanakkale", prov_loc="Çanakkale'de",
                         PROV="ÇANAKKALE"),
                    dict(town="Pütürge", prov="Malatya", prov_loc="Malatya'da", PROV="MALATYA"),
                    dict(town="Göksun", prov="Kahramanmaraş", prov_loc="Kahramanmaraş'ta",
                         PROV="KAHRAMANMARAŞ"),
                    dict(town="Simav", prov="Kütahya", prov_loc="Kütahya'da", PROV="KÜTAHYA")],
               q=lambda r: {"mag": f"{r.uniform(3.8, 6.1):.1f}".replace(
                   ".", ","), "depth": f"{r.uniform(5, 25):.2f}".replace(
                   ".", ",")},
               dmg=["İlk belirlemelere göre can kaybı ya da yıkım ihbarı "
                    "bulunmuyor.", "Ekiplerin bölgede saha taraması yaptığı "
                    "bildirildi."],
               tm=gwhen),
    vary=[("q", "tm"), ("loc",), ("tm",)],
)

PT_OPER = T(
    name="pt-operacao", lang="pt", neg="non-english",
    titles=["Operação policial deixa {k} mortos no {place}, no Rio",
            "{place}: operação da PM termina com {k} mortos",
            "Rio: {k} mortos e {n_arr} presos em operação no {place}"],
    dateline="Rio de Janeiro, {pt_date} (Agência Brasil) - ",
    paras=["Uma operação da Polícia Militar no {place}, na zona {zona} do Rio "
           "de Janeiro, deixou {k} mortos {pt_day}, segundo a corporação.",
           "De acordo com a PM, os agentes foram atacados a tiros por "
           "criminosos ao entrar na comunidade. {n_arr} suspeitos foram "
           "presos e {guns} fuzis foram apreendidos.",
           "Operações policiais em favelas do Rio são frequentemente "
           "criticadas por organizações de direitos humanos pelo alto número "
           "de mortes. O governo do estado afirma que as ações têm como "
           "objetivo combater o crime organizado."],
    slots=dict(loc=[dict(place="Complexo da Maré", zona="Norte"),
                    dict(place="Complexo do Alemão", zona="Norte"),
                    dict(place="Complexo da Penha", zona="Norte"),
                    dict(place="Jacarezinho", zona="Norte"),
                    dict(place="Cidade de Deus", zona="Oeste"),
                    dict(place="Vila Kennedy", zona="Oeste")],
               n=lambda r: {"k": r.randint(2, 25), "n_arr": r.randint(3, 30),
                            "guns": r.randint(2, 15)},
               date=gdate),
    vary=[("loc",), ("n", "date"), ("date",)],
)

FA_ZELZELE = T(
    name="fa-zelzele", lang="fa", neg="non-english",
    titles=["زمین‌لرزه {fmag} ریشتری {town} را لرزاند",
            "وقوع زلزله {fmag} ریشتری در {town} استان {prov}",
            "زلزله {fmag} ریشتری {prov} را لرزاند"],
    dateline="به گزارش ایرنا، ",
    paras=["زمین‌لرزه‌ای به بزرگی {fmag} ریشتر ساعت {ft} روز {fa_day} شهر "
           "{town} در استان {prov} را لرزاند.",
           "به گفته مرکز لرزه‌نگاری کشوری مؤسسه ژئوفیزیک دانشگاه تهران، عمق "
           "این زمین‌لرزه {fdepth} کیلومتر بوده است. {dmg}",
           "ایران روی کمربند لرزه‌ای آلپ-هیمالیا قرار دارد و هر سال "
           "زمین‌لرزه‌های متعددی در این کشور رخ می‌دهد."],
    slots=dict(loc=[dict(town="سی‌سخت", prov="کهگیلویه و بویراحمد"),
                    dict(town="خوی", prov="آذربایجان غربی"),
                    dict(town="بندر خمیر", prov="هرمزگان"),
                    dict(town="کازرون", prov="فارس"),
                    dict(town="طبس", prov="خراسان جنوبی"),
                    dict(town="مسجدسلیمان", prov="خوزستان")],
               q=lambda r: {"mag": f"{r.uniform(3.5, 5.9):.1f}",
                            "depth": r.randint(6, 20)},
               dmg=["تاکنون گزارشی از خسارت جانی یا مالی منتشر نشده است.",
                    "تیم‌های ارزیاب هلال احمر به منطقه اعزام شده‌اند."],
               tm=gwhen),
    derive=lambda f: {"fmag": fa(f["mag"]), "ft": fa(f["t24"]),
                      "fdepth": fa(f["depth"])},
    vary=[("q", "tm"), ("loc",), ("tm",), ("dmg", "tm")],
)

INTL_TEMPLATES = [RU_MOD_RU, UA_OVA, AR_GAZA, FR_SAHEL, ES_SISMO, DE_UNFALL,
                  TR_DEPREM, PT_OPER, FA_ZELZELE]

# ================================================================ overlap
def shingles(title, text):
    s = unicodedata.normalize("NFKC", title + "\n" + text).lower()
    s = "".join(ch if ch.isalpha() or unicodedata.category(ch) == "Nd"
                else " " for ch in s)
    w = s.split()
    return {tuple(w[i:i + 3]) for i in range(len(w) - 2)}, len(w)


def overlap(a, b):
    sa, _ = shingles(a["title"], a["text"])
    sb, _ = shingles(b["title"], b["text"])
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / min(len(sa), len(sb))


# ================================================================ output
class LiteralDumper(yaml.SafeDumper):
    pass


def _str(dumper, s):
    if "\n" in s:
        return dumper.represent_scalar("tag:yaml.org,2002:str", s, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", s)


LiteralDumper.add_representer(str, _str)

NEG_BASES = {"usgs": 6, "gdacs-eq": 5, "gdacs-tc": 4, "airraid": 6,
             "incident": 5, "metoffice": 5, "nws": 4, "market": 5}
EN_COPY = ["outlet-rewrite", "dateline-byline", "teaser-full", "typography"]


def main():
    r = R
    for t in ALERT_TEMPLATES:
        negatives(t, NEG_BASES[t["name"]], r)
    for t in WIRE_TEMPLATES + MINISTRY_TEMPLATES + GENERIC_TEMPLATES:
        negatives(t, 3, r)
    for t in COURT_TEMPLATES:
        negatives(t, 4, r)
    for t in INTL_TEMPLATES:
        negatives(t, 3, r)

    for t in ALERT_TEMPLATES:
        positives(t, ["alert-repost"], 4, r)
    for i, t in enumerate(WIRE_TEMPLATES + MINISTRY_TEMPLATES
                          + COURT_TEMPLATES):
        kinds = EN_COPY[i % 4:] + EN_COPY[:i % 4]
        positives(t, kinds, 4, r)
    for t in INTL_TEMPLATES:
        positives(t, ["non-english-copy"], 4, r)

    # sanity: unique ids, every pair refers to articles, no identical pair
    by_id = {a["id"]: a for a in ARTS}
    assert len(by_id) == len(ARTS)
    seen = set()
    for p in PAIRS:
        a, b = by_id[p["a"]], by_id[p["b"]]
        assert (a["title"], a["text"]) != (b["title"], b["text"]), p
        key = frozenset((p["a"], p["b"]))
        assert key not in seen
        seen.add(key)
    used = {p["a"] for p in PAIRS} | {p["b"] for p in PAIRS}
    assert used == set(by_id)

    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write("# Story pairs of feed items for Vigil, written by "
                 "make_feed_pairs.py (seed %d).\n"
                 "# same: false = different events from the same stock "
                 "sentences; same: true = syndicated copies.\n" % SEED)
        yaml.dump({"articles": ARTS, "pairs": PAIRS}, fh,
                  Dumper=LiteralDumper, allow_unicode=True, sort_keys=False,
                  width=100000, default_flow_style=False)
    size = os.path.getsize(OUT)

    # round trip
    with open(OUT, encoding="utf-8") as fh:
        back = yaml.safe_load(fh)
    assert back["articles"] == ARTS and back["pairs"] == PAIRS

    stats = defaultdict(list)
    for p in PAIRS:
        a, b = by_id[p["a"]], by_id[p["b"]]
        words = min(shingles(a["title"], a["text"])[1],
                    shingles(b["title"], b["text"])[1])
        stats[(p["same"], p["kind"])].append((overlap(a, b), words))

    print(f"wrote {OUT}: {len(ARTS)} articles, {len(PAIRS)} pairs, "
          f"{size / 1024:.0f} KB")
    for same in (False, True):
        tot = sum(len(v) for (s, _), v in stats.items() if s == same)
        print(f"\n{'same' if same else 'different'}-story pairs: {tot}")
        print(f"  {'kind':18s} {'n':>4s} {'min':>5s} {'med':>5s} "
              f"{'mean':>5s} {'max':>5s} {'>=.55':>6s} "
              f"{'long':>5s} {'long>=.55':>9s}")
        allv = []
        for (s, kind), v in sorted(stats.items()):
            if s != same:
                continue
            ov = [o for o, _ in v]
            allv += v
            lng = [o for o, w in v if w >= 60]
            print(f"  {kind:18s} {len(v):4d} {min(ov):5.2f} "
                  f"{statistics.median(ov):5.2f} {statistics.mean(ov):5.2f} "
                  f"{max(ov):5.2f} {sum(o >= 0.55 for o in ov):6d} "
                  f"{len(lng):5d} {sum(o >= 0.55 for o in lng):9d}")
        ov = [o for o, _ in allv]
        lng = [o for o, w in allv if w >= 60]
        print(f"  {'ALL':18s} {len(ov):4d} {min(ov):5.2f} "
              f"{statistics.median(ov):5.2f} {statistics.mean(ov):5.2f} "
              f"{max(ov):5.2f} {sum(o >= 0.55 for o in ov):6d} "
              f"{len(lng):5d} {sum(o >= 0.55 for o in lng):9d}")
    langs = defaultdict(int)
    for t in INTL_TEMPLATES + [AIRRAID]:
        for p in PAIRS:
            if p["a"].startswith("ho-" + t["name"] + "-"):
                langs[t["lang"]] += 1
    print("\nnon-English pairs by language (both labels):",
          dict(sorted(langs.items())))
    print("'long' = both articles have >= 60 words (title + text)")


if __name__ == "__main__":
    main()
