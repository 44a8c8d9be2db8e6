#!/usr/bin/env python3
"""Builds template-pairs.yaml, a second labelled set of HARD story pairs: items written from the
same template or stock sentences. Deterministic: re-running it gives the same file. Needs PyYAML.
Run from this folder: python3 make_template_pairs.py

Same format as pairs.yaml (articles[].id/title/text/edits, pairs[].a/b/same/kind), so
LabelledPairs.load("/story/template-pairs.yaml") reads it.

What the set contains and how it was made:
- Every template below (TEMPLATES) was written by hand for this set: wire copy, alert feeds,
  teasers and generic-titled alerts in English, French, German, Spanish, Russian, Ukrainian,
  Arabic and Turkish. The events are fictional. Place, group and weapon names are real; the people
  the events are about, the ships and the companies are invented (a real official or two appears
  in stock sentences).
- A template has slots (place, actor, weapon, number; a date or time counts as a number). Its
  events are a base filling, fillings that change one slot, and a few that change two slots.
- Negatives (same: false) are two events of one template. Wire items are labelled by what
  differs: template-place/-actor/-weapon/-number, or template-mixed for two or more; the other
  shapes by shape: alert-feed (title only or title + one sentence), teaser (title + 1-3
  sentences), generic-title (fixed title, the slot only in the text). Number-only pairs change
  the figure by a lot, usually with the day or time, so they are not mistaken for an updated copy.
- Positives (same: true) keep every name and number: template-copy (outlet suffix, dateline,
  byline, boilerplate, quote or dash style, reworded headline, time written differently, a stock
  sentence added or dropped), teaser-full (title + lede against the full item) and alert-copy
  (another outlet's copy of a short alert, "BREAKING:"-style prefix, suffix, time format).
- The ids carry the language: tpl-<lang>-<template>-<nn>, copies ~c1, ~c2, teasers ~teaser,
  full texts ~full. The script prints, per kind, how many negatives reach the production
  threshold (overlap coefficient of word 3-shingles >= 0.55), i.e. would be merged by shared text
  alone, and how many items have fewer than 10 shingles."""
import itertools, random, re, unicodedata, yaml
from collections import Counter, defaultdict

THRESHOLD, MIN_SHINGLES, K = 0.55, 10, 3
CAP = {"wire": 12, "teaser": 12, "alert": 9, "generic": 8}          # negatives per template
CAP_WEAPON = 17                                                     # templates that vary a weapon
SHAPE_KIND = {"alert": "alert-feed", "teaser": "teaser", "generic": "generic-title"}


def tr_time(t):
    """A Turkish clock time with its locative suffix, which follows the last number spoken."""
    h, m = t.split(".")
    word = {"1": "de", "2": "de", "3": "te", "4": "te", "5": "te", "6": "da", "7": "de", "8": "de", "9": "da"}
    tens = {"1": "da", "2": "de", "3": "da", "4": "ta", "5": "de"}
    if m[1] != "0": suf = word[m[1]]
    elif m[0] != "0": suf = tens[m[0]]
    else: raise ValueError(t)
    return f"{t}'{suf}"


def T(id, lang, shape, title, slots, paras=(), alt=None, lede=(), more=(), vary=None, mixed=None,
      datelines=None, outlets=None, extra=None, copies=None):
    return dict(id=id, lang=lang, shape=shape, title=title, slots=slots, paras=list(paras), alt=alt,
                lede=list(lede), more=list(more), vary=vary, mixed=mixed, datelines=datelines,
                outlets=outlets, extra=extra, copies=copies)


UA_OBL = ["Kharkiv", "Odesa", "Dnipropetrovsk", "Zaporizhzhia", "Sumy", "Chernihiv", "Mykolaiv", "Poltava"]
UA_OBL_UK = ["Харківській області", "Одеській області", "Дніпропетровській області", "Запорізькій області",
             "Сумській області", "Чернігівській області", "Миколаївській області", "Полтавській області"]
KYIV_OUTLETS = [" | Kyiv Post", " | The Kyiv Independent", " - Ukrinform", " - Reuters"]

TEMPLATES = [
    # ---------------------------------------------------------------- English: alert feeds
    T("en-airraid", "en", "alert",
      "Air raid alert in {p} oblast",
      {"p": ("place", UA_OBL), "time": ("number", ["14:05", "02:41", "23:18", "06:52"])},
      paras=["An air raid alert was declared in {p} oblast at {time}. Residents are urged to proceed to the nearest shelter."],
      outlets=KYIV_OUTLETS),
    T("en-airraid-feed", "en", "alert",
      "Air raid alert in {p} oblast",
      {"p": ("place", UA_OBL + ["Kherson", "Kyiv"])},
      vary={"p": 7}, outlets=KYIV_OUTLETS),
    T("en-quake-usgs", "en", "alert",
      "M {q[mag]} - {q[dist]} km {q[dir]} of {p[town]}, {p[country]}",
      {"p": ("place", [{"town": "Tobelo", "country": "Indonesia"}, {"town": "Sarangani", "country": "Philippines"},
                       {"town": "Kokopo", "country": "Papua New Guinea"}, {"town": "Port-Vila", "country": "Vanuatu"},
                       {"town": "Coquimbo", "country": "Chile"}]),
       "q": ("number", [{"mag": "4.6", "dist": "35", "dir": "NW"}, {"mag": "5.9", "dist": "35", "dir": "NW"},
                        {"mag": "4.6", "dist": "112", "dir": "SSE"}, {"mag": "6.2", "dist": "18", "dir": "E"}])},
      outlets=[" | USGS", " - EMSC", " | VolcanoDiscovery"]),
    T("en-fire", "en", "alert",
      "Crews tackling house fire on {s} in {p}",
      {"p": ("place", ["Swindon", "Barnsley", "Wrexham", "Crawley", "Luton"]),
       "s": ("place", ["Church Street", "Station Road", "Maple Avenue", "Victoria Road"])},
      paras=["Firefighters are at the scene of a house fire on {s} in {p}. Residents nearby are asked to keep windows and doors closed and to avoid the area."],
      mixed=[("p", "s")], outlets=[" | BBC News", " - ITV News", " | Fire and Rescue Service"]),
    # ---------------------------------------------------------------- English: generic titles
    T("en-generic-airraid", "en", "generic",
      "Air raid alert",
      {"p": ("place", UA_OBL), "time": ("number", ["14:05", "02:41", "23:18", "06:52"])},
      paras=["An air raid alert was declared in {p} oblast at {time}. Take shelter."],
      outlets=KYIV_OUTLETS),
    T("en-generic-quake", "en", "generic",
      "Earthquake",
      {"p": ("place", [{"town": "Tobelo", "country": "Indonesia"}, {"town": "Miyako", "country": "Japan"},
                       {"town": "Hualien", "country": "Taiwan"}, {"town": "Esmeraldas", "country": "Ecuador"}]),
       "q": ("number", [{"mag": "5.1", "dist": "42", "dir": "north-west", "time": "03:17"},
                        {"mag": "6.4", "dist": "42", "dir": "north-west", "time": "21:48"},
                        {"mag": "4.8", "dist": "15", "dir": "south", "time": "11:02"}])},
      paras=["A magnitude {q[mag]} earthquake was recorded {q[dist]} km {q[dir]} of {p[town]}, {p[country]}, at {q[time]} UTC. There is no tsunami threat."]),
    T("en-generic-police", "en", "generic",
      "Police incident",
      {"p": ("place", [{"street": "Park Lane", "town": "Leicester"}, {"street": "High Street", "town": "Dudley"},
                       {"street": "Mill Road", "town": "Cambridge"}, {"street": "Queen Street", "town": "Cardiff"}]),
       "time": ("number", ["9.40pm", "6.15am", "2.30pm", "11.55pm"])},
      paras=["Officers were called at {time} to reports of a stabbing on {p[street]} in {p[town]}. A cordon is in place and people are asked to avoid the area. Updates to follow."],
      outlets=[" | Police news", " - Leicestershire Live", " | BBC News"]),
    # ---------------------------------------------------------------- English: teasers
    T("en-police-shooting", "en", "teaser",
      "Police: {n[dead]} dead, {n[hurt]} hurt in shooting in {p[city]}",
      {"p": ("place", [{"city": "Memphis", "state": "Tennessee"}, {"city": "Jackson", "state": "Mississippi"},
                       {"city": "Milwaukee", "state": "Wisconsin"}, {"city": "Tulsa", "state": "Oklahoma"},
                       {"city": "Dayton", "state": "Ohio"}]),
       "n": ("number", [{"dead": "2", "dw": "Two", "hurt": "5", "hw": "five", "day": "Saturday"},
                        {"dead": "4", "dw": "Four", "hurt": "9", "hw": "nine", "day": "Sunday"},
                        {"dead": "6", "dw": "Six", "hurt": "3", "hw": "three", "day": "Friday"},
                        {"dead": "3", "dw": "Three", "hurt": "12", "hw": "12", "day": "Saturday"}])},
      alt="{n[dead]} killed, {n[hurt]} wounded in {p[city]} shooting, police say",
      lede=["{n[dw]} people were killed and {n[hw]} others wounded in a shooting in {p[city]}, {p[state]}, late on {n[day]}, police said.",
            "A suspect has been taken into custody, and police said there was no ongoing threat to the public."],
      more=["Officers were called to the scene shortly before 11 p.m. and found several people with gunshot wounds, a police spokesperson told reporters.",
            "The wounded were taken to local hospitals. Their conditions were not immediately known.",
            "Police did not release the names of the victims or a possible motive, and asked anyone with information to call the department's tip line."]),
    T("en-weapon-spotted", "en", "teaser",
      "{w[name]} {w[unit]} spotted near {p}",
      {"p": ("place", ["Tokmak", "Horlivka", "Melitopol", "Svatove", "Bakhmut"]),
       "w": ("weapon", [{"a": "a", "name": "Pantsir-S1", "unit": "air-defence system"}, {"a": "an", "name": "S-400", "unit": "battery"},
                        {"a": "a", "name": "Buk-M2", "unit": "launcher"}, {"a": "an", "name": "Iskander-M", "unit": "launcher"},
                        {"a": "a", "name": "TOS-1A", "unit": "launcher"}]),
       "km": ("number", ["25", "40", "12"])},
      alt="Satellite images show {w[name]} {w[unit]} near {p}",
      lede=["Satellite images published on Monday appear to show {w[a]} {w[name]} {w[unit]} deployed near {p}, about {km} km from the front line.",
            "The images could not be independently verified."],
      more=["Open-source analysts said the position had been prepared within the past two weeks, with fresh earthworks visible around it.",
            "Both sides routinely move air-defence and artillery systems closer to the front ahead of offensives and to protect supply routes.",
            "Ukraine's General Staff declined to comment on the report."],
      vary={"p": 3, "w": 4, "km": 2}, mixed=[("p", "w"), ("w", "km")]),
    # ---------------------------------------------------------------- English: wire
    T("en-quake-wire", "en", "wire",
      "Magnitude {q[mag]} earthquake strikes near {p[town]}, {p[country]}",
      {"p": ("place", [{"town": "Tobelo", "country": "Indonesia"}, {"town": "Sarangani", "country": "the Philippines"},
                       {"town": "Kokopo", "country": "Papua New Guinea"}, {"town": "Coquimbo", "country": "Chile"},
                       {"town": "Acapulco", "country": "Mexico"}]),
       "q": ("number", [{"mag": "5.1", "depth": "35", "day": "Tuesday"}, {"mag": "6.3", "depth": "10", "day": "Friday"},
                        {"mag": "5.8", "depth": "62", "day": "Sunday"}, {"mag": "4.9", "depth": "35", "day": "Tuesday"}])},
      alt="Quake of magnitude {q[mag]} hits near {p[town]}, {p[country]} - USGS",
      paras=["A magnitude {q[mag]} earthquake struck near {p[town]}, {p[country]}, on {q[day]}, the U.S. Geological Survey said. The quake hit at a depth of {q[depth]} km.",
             "There were no immediate reports of damage or casualties, and no tsunami warning was issued.",
             "The region lies on the Pacific \"Ring of Fire\", an arc of intense seismic activity where tectonic plates collide, and earthquakes of this size are common.",
             "Further details were not immediately available."],
      extra=["Residents in several towns reported feeling the shaking, according to local media."]),
    T("en-gaza-strikes", "en", "wire",
      "Gaza health ministry: {n[n]} killed in Israeli strikes on {p} overnight",
      {"p": ("place", ["Khan Younis", "Rafah", "Jabalia", "Deir al-Balah", "Nuseirat"]),
       "n": ("number", [{"n": "14", "nw": "14", "k": "five", "day": "Thursday"}, {"n": "31", "nw": "31", "k": "12", "day": "Monday"},
                        {"n": "9", "nw": "nine", "k": "three", "day": "Saturday"}, {"n": "22", "nw": "22", "k": "nine", "day": "Thursday"}])},
      alt="Israeli strikes on {p} kill {n[n]} overnight, Gaza health ministry says",
      paras=["Israeli air strikes on {p} overnight killed at least {n[nw]} people, including {n[k]} children, the health ministry in Gaza said on {n[day]}.",
             "The ministry, part of the Hamas-run administration, does not distinguish between civilians and combatants in its figures. The ministry did not say how the figures were verified.",
             "The Israeli military did not immediately comment on the report. It says it targets militants and takes steps to avoid harm to civilians.",
             "Further details were not immediately available."],
      datelines=["CAIRO (Reuters) - ", "GAZA (AP) — "]),
    T("en-claims-attack", "en", "wire",
      "{a[name]} claims attack on army convoy outside {p[town]}",
      {"a": ("actor", [{"name": "JNIM", "desc": "the Sahel branch of al-Qaeda"},
                       {"name": "Islamic State Sahel Province", "desc": "the regional affiliate of Islamic State"},
                       {"name": "Ansarul Islam", "desc": "a Burkinabe jihadist group allied to al-Qaeda"},
                       {"name": "Katiba Macina", "desc": "a JNIM faction active in central Mali"}]),
       "p": ("place", [{"town": "Gao", "country": "Mali"}, {"town": "Djibo", "country": "Burkina Faso"},
                       {"town": "Tillaberi", "country": "Niger"}, {"town": "Menaka", "country": "Mali"}]),
       "n": ("number", ["12", "35", "seven"])},
      alt="{a[name]} says it attacked military convoy near {p[town]}, {p[country]}",
      paras=["{a[name]}, {a[desc]}, said on Sunday it was behind an attack on an army convoy outside {p[town]} in {p[country]}, claiming to have killed {n} soldiers.",
             "The claim, carried on the group's propaganda channels, could not be independently verified. The army did not immediately respond to a request for comment.",
             "Armed groups linked to al-Qaeda and Islamic State have killed thousands of people across the central Sahel over the past decade and forced millions from their homes.",
             "Military governments in Mali, Burkina Faso and Niger, which seized power in a series of coups, have vowed to restore security, but attacks have continued."],
      vary={"a": 3, "p": 3, "n": 2}, datelines=["DAKAR (Reuters) - ", "BAMAKO (AFP) - "]),
    T("en-strike-weapon", "en", "wire",
      "Russia strikes {p} with {w[name]} {w[kind]}, {n[n]} injured, governor says",
      {"p": ("place", ["Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Sumy", "Kryvyi Rih"]),
       "w": ("weapon", [{"name": "Iskander-M", "kind": "ballistic missiles"}, {"name": "Kalibr", "kind": "cruise missiles"},
                        {"name": "Kh-101", "kind": "cruise missiles"}, {"name": "Shahed-136", "kind": "drones"},
                        {"name": "Kinzhal", "kind": "hypersonic missiles"}]),
       "n": ("number", [{"n": "7", "w": "seven"}, {"n": "19", "w": "19"}, {"n": "3", "w": "three"}, {"n": "26", "w": "26"}])},
      alt="Governor: {n[n]} injured as Russian {w[name]} {w[kind]} hit {p}",
      paras=["Russian forces struck {p} with {w[name]} {w[kind]} early on Friday, injuring {n[w]} people and damaging residential buildings, the regional governor said.",
             "Emergency crews were working at the scene, and the full extent of the damage was still being assessed, he wrote on Telegram.",
             "Russia denies targeting civilians, though thousands have been killed since its full-scale invasion of Ukraine in February 2022.",
             "Reuters could not independently verify the report. Moscow did not immediately comment."],
      datelines=["KYIV (Reuters) - "], outlets=KYIV_OUTLETS),
    T("en-ua-airforce", "en", "wire",
      "Ukraine says it shot down {c[down]} of {c[total]} {w} drones overnight",
      {"w": ("weapon", ["Shahed-136", "Shahed-131", "Geran-2", "Garpiya-A1"]),
       "c": ("number", [{"down": "28", "total": "36", "day": "Wednesday"}, {"down": "61", "total": "74", "day": "Sunday"},
                        {"down": "17", "total": "23", "day": "Tuesday"}, {"down": "45", "total": "52", "day": "Wednesday"}])},
      alt="Ukraine downs {c[down]} of {c[total]} {w} drones launched by Russia, air force says",
      paras=["Ukraine's air defences shot down {c[down]} of {c[total]} {w} drones launched by Russia overnight, the air force said on {c[day]}.",
             "The drones were launched from the Kursk and Bryansk regions of Russia and from occupied Crimea, it said on the Telegram messaging app.",
             "The remaining drones were lost from radar, likely because of electronic warfare, and no significant damage had been reported, the air force said.",
             "Russia has launched attack drones at Ukrainian cities almost every night since the autumn of 2022. Moscow did not immediately comment."],
      mixed=[("w", "c"), ("w", "c")], datelines=["KYIV (Reuters) - "], outlets=KYIV_OUTLETS),
    T("en-ru-mod", "en", "wire",
      "Russia says it destroyed {n[n]} Ukrainian drones over {p} region overnight",
      {"p": ("place", ["Belgorod", "Bryansk", "Kursk", "Voronezh", "Rostov", "Tula"]),
       "n": ("number", [{"n": "17", "w": "17", "day": "Saturday"}, {"n": "44", "w": "44", "day": "Monday"},
                        {"n": "9", "w": "nine", "day": "Thursday"}, {"n": "25", "w": "25", "day": "Saturday"}])},
      alt="Russian air defences down {n[n]} Ukrainian drones over {p} region, ministry says",
      paras=["Russian air defence units intercepted and destroyed {n[w]} Ukrainian drones over the {p} region overnight, the Defence Ministry said on {n[day]}.",
             "The ministry did not say whether there were any casualties or damage, and did not say how many drones Ukraine had launched in total.",
             "Ukraine does not usually comment on such reports, but says its strikes on Russian territory target military, energy and transport infrastructure that supports Moscow's war effort.",
             "Reuters could not independently verify the claims."],
      datelines=["MOSCOW (Reuters) - "]),
    T("en-recall", "en", "wire",
      "{a[name]} recalls {n[n]} pressure cookers over burn hazard",
      {"a": ("actor", [{"name": "Vesta Kitchen", "models": "Vesta PC-600 and PC-800"},
                       {"name": "Brightline Appliances", "models": "Brightline QuickPot 6 and QuickPot 8"},
                       {"name": "Culina Home", "models": "Culina Pro 60 and Pro 80"},
                       {"name": "HearthMate", "models": "HearthMate HM-6 and HM-8"},
                       {"name": "Orla Housewares", "models": "Orla Everyday 6-quart and 8-quart"}]),
       "n": ("number", [{"n": "212,000", "k": "31"}, {"n": "46,300", "k": "7"}, {"n": "1.1 million", "k": "118"}])},
      alt="{n[n]} {a[name]} pressure cookers recalled as lids can open under pressure",
      paras=["{a[name]} is recalling about {n[n]} electric pressure cookers sold in the United States and Canada because the lid can open while the contents are under pressure, posing a burn hazard, the U.S. Consumer Product Safety Commission said on Thursday.",
             "The recall covers {a[models]} models sold at major retailers and online from January 2022 through March 2024.",
             "The company has received {n[k]} reports of lids opening under pressure, including some burn injuries, according to the commission.",
             "Consumers should immediately stop using the recalled cookers and contact the company for a free replacement lid."],
      vary={"a": 4, "n": 2}, mixed=[("a", "n")], datelines=["WASHINGTON (Reuters) - "]),
    T("en-court", "en", "wire",
      "Former {p} mayor {a} jailed for {n} years for bribery",
      {"a": ("actor", ["Ion Popescu", "Mihai Dumitrescu", "Vasile Ionescu", "Florin Stanciu", "Gheorghe Marin"]),
       "p": ("place", ["Constanta", "Brasov", "Craiova", "Oradea"]),
       "n": ("number", ["six", "eight", "four", "11"])},
      alt="Romanian court sentences ex-{p} mayor {a} to {n} years over bribes",
      paras=["A court in Romania on Monday sentenced {a}, a former mayor of {p}, to {n} years in prison after finding him guilty of taking bribes in exchange for municipal construction contracts.",
             "Prosecutors said he accepted more than 400,000 euros in cash and gifts over four years. The court also barred him from holding public office for five years after his release.",
             "His lawyer said he would appeal the verdict, which he called politically motivated.",
             "The case is one of dozens of corruption prosecutions of local officials brought by the National Anticorruption Directorate (DNA) in recent years."],
      vary={"a": 4, "n": 3}, mixed=[("a", "p"), ("a", "p"), ("a", "n")], datelines=["BUCHAREST (Reuters) - "]),
    T("en-arms", "en", "wire",
      "{a[name]} to send {n} more {w[name]} {w[kind]} to Ukraine",
      {"a": ("actor", [{"name": "Germany", "lede": "Germany", "adj": "German"}, {"name": "Netherlands", "lede": "The Netherlands", "adj": "Dutch"},
                       {"name": "Norway", "lede": "Norway", "adj": "Norwegian"}, {"name": "Spain", "lede": "Spain", "adj": "Spanish"},
                       {"name": "Sweden", "lede": "Sweden", "adj": "Swedish"}]),
       "w": ("weapon", [{"name": "IRIS-T", "kind": "air defence systems"}, {"name": "Patriot", "kind": "air defence systems"},
                        {"name": "NASAMS", "kind": "air defence systems"}, {"name": "HAWK", "kind": "missile systems"},
                        {"name": "Gepard", "kind": "anti-aircraft guns"}]),
       "n": ("number", ["three", "two", "six"])},
      alt="{a[name]} pledges {n} more {w[name]} {w[kind]} for Ukraine",
      paras=["{a[lede]} will deliver {n} more {w[name]} {w[kind]} to Ukraine in the coming months, the {a[adj]} defence ministry said on Tuesday, as Kyiv struggles to fend off intensifying Russian air attacks.",
             "The package will be funded from the country's existing military aid budget for Ukraine, the ministry said in a statement, without giving a value.",
             "Ukrainian President Volodymyr Zelenskiy has repeatedly said air defence is his country's top priority and has urged allies to send more systems to protect cities and energy infrastructure.",
             "Russia says Western arms deliveries only prolong the war and will not change its outcome."],
      vary={"a": 3, "w": 4, "n": 2}, mixed=[("a", "w"), ("a", "n")]),
    T("en-ransomware", "en", "wire",
      "{a[name]} hit by ransomware attack, some systems taken offline",
      {"a": ("actor", [{"name": "Nordvik Logistics", "desc": "a Norwegian freight and warehousing group"},
                       {"name": "Halden Foods", "desc": "one of Denmark's largest frozen-food makers"},
                       {"name": "Castellan Retail", "desc": "a British home-improvement chain"},
                       {"name": "Brenner Stahl", "desc": "a German steel processor"},
                       {"name": "Aurelia Salute", "desc": "an Italian private hospital operator"},
                       {"name": "Meridian Water", "desc": "a regional water utility in England"}])},
      alt="Cyberattack forces {a[name]} to take IT systems offline",
      paras=["{a[name]}, {a[desc]}, said on Monday it had been hit by a ransomware attack that forced it to take some of its IT systems offline.",
             "The company said it had notified the authorities and hired external cybersecurity experts to investigate. It was too early to say whether customer or employee data had been accessed, it added.",
             "Operations were continuing with some disruption, and the company apologised for any delays.",
             "Ransomware attacks, in which hackers encrypt a victim's data and demand payment to unlock it, have hit manufacturers, hospitals and public bodies around the world."],
      vary={"a": 5}),
    # ---------------------------------------------------------------- French
    T("fr-mali-attaque", "fr", "wire",
      "Mali : au moins {n[n]} morts dans une attaque contre un convoi près de {p[town]}",
      {"p": ("place", [{"town": "Gao", "reg": "nord"}, {"town": "Mopti", "reg": "centre"}, {"town": "Tombouctou", "reg": "nord"},
                       {"town": "Ségou", "reg": "centre"}, {"town": "Ménaka", "reg": "nord-est"}]),
       "n": ("number", [{"n": "12", "day": "dimanche"}, {"n": "31", "day": "mardi"}, {"n": "20", "day": "jeudi"}, {"n": "15", "day": "dimanche"}])},
      alt="Au moins {n[n]} morts dans l'attaque d'un convoi près de {p[town]}, dans le {p[reg]} du Mali",
      paras=["Au moins {n[n]} personnes ont été tuées {n[day]} dans une attaque contre un convoi de camions escorté par l'armée près de {p[town]}, dans le {p[reg]} du Mali, ont indiqué à l'AFP des sources locales et sécuritaires.",
             "L'attaque n'a pas été revendiquée dans l'immédiat.",
             "Le Mali est confronté depuis 2012 aux agissements de groupes jihadistes affiliés à Al-Qaïda et à l'organisation État islamique, ainsi qu'à des violences de groupes d'autodéfense prétendument communautaires et de bandits.",
             "La crise sécuritaire s'est propagée au Burkina Faso et au Niger voisins, et les violences ont fait des milliers de morts civils et militaires ainsi que des centaines de milliers de déplacés."],
      datelines=["BAMAKO (AFP) - "]),
    T("fr-seisme", "fr", "alert",
      "Séisme de magnitude {q[mag]} au large de {p}",
      {"p": ("place", ["la Guadeloupe", "la Martinique", "Mayotte", "la Nouvelle-Calédonie", "Tahiti"]),
       "q": ("number", [{"mag": "4,6", "time": "14h05"}, {"mag": "5,8", "time": "03h27"}, {"mag": "4,1", "time": "22h40"}])},
      paras=["Un séisme de magnitude {q[mag]} a été enregistré à {q[time]} (heure locale) au large de {p}, selon l'Institut de physique du globe de Paris. Aucun dégât n'a été signalé dans l'immédiat."],
      mixed=[("p", "q")]),
    # ---------------------------------------------------------------- German
    T("de-unwetter", "de", "alert",
      "Amtliche Unwetterwarnung vor Orkanböen für {p}",
      {"p": ("place", ["Landkreis Goslar", "Landkreis Harz", "Kreis Nordfriesland", "Stadt Hamburg", "Landkreis Cuxhaven", "Landkreis Aurich"]),
       "q": ("number", [{"v": "120", "t1": "14:00", "t2": "22:00"}, {"v": "140", "t1": "06:00", "t2": "15:00"},
                        {"v": "130", "t1": "18:00", "t2": "03:00"}])},
      paras=["Es treten Orkanböen mit Geschwindigkeiten um {q[v]} km/h aus westlicher Richtung auf. Gültig von {q[t1]} bis {q[t2]} Uhr. Verbreitet schwere Schäden an Gebäuden möglich."],
      vary={"p": 5, "q": 2}, outlets=[" | Deutscher Wetterdienst", " - NDR", " | WarnWetter"]),
    T("de-unfall", "de", "teaser",
      "{n[n]} Verletzte bei Unfall auf der {p[road]} bei {p[town]}",
      {"p": ("place", [{"road": "A7", "town": "Hannover", "dir": "Hamburg"}, {"road": "A2", "town": "Bielefeld", "dir": "Dortmund"},
                       {"road": "A3", "town": "Würzburg", "dir": "Frankfurt"}, {"road": "A9", "town": "Ingolstadt", "dir": "München"},
                       {"road": "A1", "town": "Bremen", "dir": "Osnabrück"}]),
       "n": ("number", [{"n": "5", "w": "fünf", "k": "zwei", "day": "Freitagabend"}, {"n": "9", "w": "neun", "k": "vier", "day": "Sonntagmorgen"},
                        {"n": "3", "w": "drei", "k": "einer", "day": "Dienstagnachmittag"}, {"n": "7", "w": "sieben", "k": "drei", "day": "Freitagabend"}])},
      alt="Unfall auf der {p[road]} bei {p[town]}: {n[n]} Menschen verletzt",
      lede=["Bei einem Unfall auf der {p[road]} bei {p[town]} sind am {n[day]} {n[w]} Menschen verletzt worden, {n[k]} davon schwer.",
            "Die Autobahn war in Fahrtrichtung {p[dir]} stundenlang gesperrt."],
      more=["Nach Angaben der Polizei war ein Lastwagen auf das Ende eines Staus aufgefahren und hatte mehrere Autos ineinandergeschoben.",
            "Rettungshubschrauber brachten die Schwerverletzten in umliegende Kliniken.",
            "Die Polizei sucht Zeugen und ermittelt zur Unfallursache."]),
    # ---------------------------------------------------------------- Spanish
    T("es-sismo", "es", "alert",
      "Sismo de magnitud {q[mag]} a {q[dist]} km al {q[dir]} de {p[town]}, {p[state]}",
      {"p": ("place", [{"town": "Pinotepa Nacional", "state": "Oaxaca"}, {"town": "Acapulco", "state": "Guerrero"},
                       {"town": "Tecomán", "state": "Colima"}, {"town": "Ciudad Hidalgo", "state": "Chiapas"},
                       {"town": "Coalcomán", "state": "Michoacán"}]),
       "q": ("number", [{"mag": "4.5", "dist": "35", "dir": "suroeste", "time": "14:05"},
                        {"mag": "5.7", "dist": "35", "dir": "suroeste", "time": "02:48"},
                        {"mag": "4.2", "dist": "18", "dir": "sur", "time": "19:31"}])},
      paras=["El Servicio Sismológico Nacional reportó un sismo de magnitud {q[mag]} a las {q[time]} horas, con epicentro a {q[dist]} km al {q[dir]} de {p[town]}, {p[state]}. Hasta el momento no se reportan daños."],
      mixed=[("p", "q")], outlets=[" | El Universal", " - Milenio", " | SSN"]),
    T("es-colombia-ataque", "es", "wire",
      "Ataque {a[del]} deja {n[n]} soldados muertos en {p[dep]}",
      {"a": ("actor", [{"del": "del ELN", "al": "al ELN"}, {"del": "de disidencias de las FARC", "al": "a disidencias de las FARC"},
                       {"del": "del Clan del Golfo", "al": "al Clan del Golfo"}, {"del": "de la Segunda Marquetalia", "al": "a la Segunda Marquetalia"}]),
       "p": ("place", [{"town": "El Tarra", "dep": "Norte de Santander"}, {"town": "Tame", "dep": "Arauca"},
                       {"town": "Suárez", "dep": "Cauca"}, {"town": "Tumaco", "dep": "Nariño"}]),
       "n": ("number", [{"n": "4", "w": "cuatro", "k": "tres"}, {"n": "7", "w": "siete", "k": "dos"}, {"n": "3", "w": "tres", "k": "seis"}])},
      alt="{p[dep]}: {n[n]} soldados muertos en ataque atribuido {a[al]}",
      paras=["Al menos {n[w]} soldados murieron y otros {n[k]} resultaron heridos en un ataque atribuido {a[al]} contra una patrulla del Ejército en zona rural de {p[town]}, en el departamento de {p[dep]}, informaron este domingo las autoridades.",
             "El Ministerio de Defensa condenó el ataque y anunció el envío de tropas de refuerzo a la zona.",
             "Colombia vive un recrudecimiento de la violencia en varias regiones donde grupos armados se disputan las rentas del narcotráfico y la minería ilegal, pese a los esfuerzos del Gobierno por avanzar en negociaciones de paz.",
             "Las autoridades no precisaron cuántos atacantes participaron en la acción."],
      vary={"a": 3, "p": 3, "n": 2}, datelines=["BOGOTÁ (EFE) - "]),
    # ---------------------------------------------------------------- Russian
    T("ru-mod-drones", "ru", "wire",
      "Минобороны: над {p[ins]} уничтожены {n[n]} украинских беспилотников",
      {"p": ("place", [{"gen": "Белгородской области", "ins": "Белгородской областью"}, {"gen": "Брянской области", "ins": "Брянской областью"},
                       {"gen": "Курской области", "ins": "Курской областью"}, {"gen": "Воронежской области", "ins": "Воронежской областью"},
                       {"gen": "Ростовской области", "ins": "Ростовской областью"}, {"gen": "Калужской области", "ins": "Калужской областью"}]),
       "n": ("number", [{"n": "25", "day": "в субботу"}, {"n": "9", "day": "в понедельник"}, {"n": "38", "day": "в четверг"},
                        {"n": "12", "day": "в субботу"}])},
      alt="Над {p[ins]} за ночь сбиты {n[n]} украинских беспилотников, сообщили в Минобороны",
      paras=["Дежурными средствами противовоздушной обороны за ночь перехвачены и уничтожены {n[n]} украинских беспилотных летательных аппаратов над территорией {p[gen]}, сообщили {n[day]} в Министерстве обороны России.",
             "В ведомстве не уточнили, были ли пострадавшие или разрушения.",
             "Ранее губернатор региона сообщил в своем Telegram-канале, что обломки одного из беспилотников упали на территории частного домовладения. По его словам, никто не пострадал.",
             "Киев, как правило, не комментирует подобные сообщения."],
      datelines=["МОСКВА, 14 апр - РИА Новости. "]),
    T("ru-strike", "ru", "wire",
      "Минобороны России сообщило об ударе {w} по складу ВСУ под {p}",
      {"w": ("weapon", ["ракетами «Искандер-М»", "крылатыми ракетами «Калибр»", "гиперзвуковыми ракетами «Кинжал»",
                        "ударными беспилотниками «Герань-2»", "авиабомбами ФАБ-500 с УМПК"]),
       "p": ("place", ["Краматорском", "Славянском", "Покровском", "Харьковом", "Одессой"])},
      alt="ВС России нанесли удар {w} по складу боеприпасов под {p}",
      paras=["Вооруженные силы России нанесли удар {w} по складу боеприпасов украинских войск под {p}, сообщило в воскресенье Министерство обороны России.",
             "По данным ведомства, все назначенные цели поражены. Объективный контроль подтвердил уничтожение склада, добавили в министерстве.",
             "Украинская сторона эти сведения не комментировала. Независимо проверить информацию не удалось.",
             "В Минобороны неоднократно заявляли, что удары наносятся только по военной инфраструктуре, а не по жилым кварталам."],
      vary={"w": 4, "p": 4}, mixed=[("w", "p"), ("w", "p"), ("w", "p")], datelines=["МОСКВА, 14 апр - РИА Новости. "]),
    T("ru-court", "ru", "wire",
      "Суд в Москве заочно арестовал {a[acc]}",
      {"a": ("actor", [{"acc": "журналиста Андрея Соколова"}, {"acc": "политолога Дмитрия Волкова"},
                       {"acc": "блогера Сергея Лебедева"}, {"acc": "музыканта Игоря Морозова"},
                       {"acc": "писателя Павла Орлова"}, {"acc": "бывшего депутата Олега Кузнецова"}])},
      alt="Басманный суд заочно арестовал {a[acc]} по делу о «фейках» об армии",
      paras=["Басманный суд Москвы заочно арестовал {a[acc]} на два месяца по делу о распространении заведомо ложной информации о Вооруженных силах России, сообщили в пресс-службе суда.",
             "Срок ареста будет исчисляться с момента его экстрадиции в Россию или задержания на территории страны.",
             "Ранее МВД объявило его в розыск. По данным СМИ, он с 2022 года живет за границей и обвинения не признает.",
             "Статья предусматривает наказание в виде лишения свободы на срок до 15 лет."],
      vary={"a": 5}, datelines=["МОСКВА, 14 апр - РИА Новости. "]),
    T("ru-quake", "ru", "alert",
      "Землетрясение магнитудой {q[mag]} произошло {p}",
      {"p": ("place", ["у восточного побережья Камчатки", "у Курильских островов", "в Иркутской области", "на юге Сахалина", "в Республике Алтай"]),
       "q": ("number", [{"mag": "5,2", "time": "14:05"}, {"mag": "6,1", "time": "03:47"}, {"mag": "4,7", "time": "21:12"}])},
      paras=["Землетрясение магнитудой {q[mag]} произошло {p} в {q[time]} по местному времени, сообщили в Единой геофизической службе РАН. Информации о пострадавших и разрушениях не поступало."],
      mixed=[("p", "q")], outlets=[" | ТАСС", " — РИА Новости", " | Интерфакс"]),
    T("ru-generic-raketa", "ru", "generic",
      "Ракетная опасность",
      {"p": ("place", ["Белгородской области", "Курской области", "Брянской области", "Липецкой области", "Воронежской области"]),
       "time": ("number", ["14:05", "02:41", "23:18", "06:52"])},
      paras=["В {p} в {time} объявлена ракетная опасность. Жителям рекомендуется укрыться в помещениях без окон или спуститься в подвал."],
      outlets=[" | ТАСС", " — РИА Новости", " | МЧС России"]),
    # ---------------------------------------------------------------- Ukrainian
    T("uk-trivoga", "uk", "alert",
      "🔴 {time} Повітряна тривога в {p}",
      {"p": ("place", UA_OBL_UK), "time": ("number", ["14:05", "02:41", "23:18", "06:52"])},
      outlets=[" | Повітряна тривога", " — Суспільне", " | Укрінформ"]),
    T("uk-ppo", "uk", "wire",
      "Сили ППО знешкодили {c[down]} із {c[total]} ударних БпЛА типу {w}",
      {"w": ("weapon", ["Shahed-136", "Shahed-131", "«Герань-2»", "«Гарпія-А1»"]),
       "c": ("number", [{"down": "28", "total": "36", "date": "20 березня"}, {"down": "57", "total": "69", "date": "23 березня"},
                        {"down": "17", "total": "23", "date": "26 березня"}, {"down": "45", "total": "52", "date": "20 березня"}])},
      alt="У ніч на {c[date]} збито {c[down]} із {c[total]} ворожих БпЛА типу {w}, — Повітряні сили",
      paras=["У ніч на {c[date]} противник атакував Україну {c[total]} ударними БпЛА типу {w}, повідомили в Повітряних силах ЗСУ. Станом на 09:00 збито або подавлено засобами РЕБ {c[down]} ворожих БпЛА.",
             "Атаку відбивали авіація, зенітні ракетні війська, підрозділи радіоелектронної боротьби та мобільні вогневі групи Сил оборони України.",
             "Зафіксовано влучання ударних БпЛА на кількох локаціях. Інформація про наслідки уточнюється.",
             "Просимо дотримуватися правил безпеки та не ігнорувати сигнали повітряної тривоги!"],
      mixed=[("w", "c"), ("w", "c")]),
    T("uk-generic-trivoga", "uk", "generic",
      "Повітряна тривога",
      {"p": ("place", UA_OBL_UK), "time": ("number", ["14:05", "02:41", "23:18", "06:52"])},
      paras=["О {time} у {p} оголошено повітряну тривогу. Прямуйте до найближчого укриття!"],
      outlets=[" | Повітряна тривога", " — Суспільне", " | Укрінформ"]),
    # ---------------------------------------------------------------- Arabic
    T("ar-gaza", "ar", "wire",
      "مقتل {n[n]} فلسطينيين في غارة إسرائيلية على {p}",
      {"p": ("place", ["خان يونس", "رفح", "جباليا", "دير البلح", "مخيم النصيرات", "بيت لاهيا"]),
       "n": ("number", [{"n": "5", "day": "الخميس"}, {"n": "9", "day": "الاثنين"}, {"n": "4", "day": "السبت"}, {"n": "7", "day": "الخميس"}])},
      alt="{p}: مقتل {n[n]} فلسطينيين في غارة إسرائيلية استهدفت منزلا",
      paras=["قالت وزارة الصحة في قطاع غزة إن {n[n]} فلسطينيين على الأقل قتلوا، بينهم أطفال، في غارة جوية إسرائيلية استهدفت منزلا في {p} فجر اليوم {n[day]}.",
             "ولم يصدر تعليق فوري من الجيش الإسرائيلي على الغارة، لكنه يقول إنه يستهدف المسلحين ويتخذ إجراءات لتجنب إيذاء المدنيين.",
             "ولا تميز الوزارة في إحصاءاتها بين المدنيين والمقاتلين، ولم توضح كيف تم التحقق من الأرقام.",
             "ولم يتسن التحقق بشكل مستقل من هذه المعلومات."],
      datelines=["غزة (رويترز) - ", "القاهرة (رويترز) - "]),
    T("ar-quake", "ar", "alert",
      "زلزال بقوة {q[mag]} درجة يضرب {p}",
      {"p": ("place", ["جنوب إيران", "شرق تركيا", "شمال المغرب", "شمال الجزائر", "جزيرة كريت اليونانية"]),
       "q": ("number", [{"mag": "5.1", "time": "14:05"}, {"mag": "6.0", "time": "03:47"}, {"mag": "4.6", "time": "21:12"}])},
      paras=["ضرب زلزال بقوة {q[mag]} درجة على مقياس ريختر {p} في الساعة {q[time]} بالتوقيت المحلي، بحسب المركز الأوروبي المتوسطي لرصد الزلازل. ولم ترد أنباء فورية عن وقوع أضرار أو إصابات."],
      mixed=[("p", "q")]),
    T("ar-houthi", "ar", "teaser",
      "الحوثيون يعلنون استهداف السفينة {a} في {p}",
      {"a": ("actor", ["ستار نيسوس", "أوشن غلوري", "كابتن نيكولاس", "سي ليجند", "ماركو بولو"]),
       "p": ("place", ["البحر الأحمر", "خليج عدن", "البحر العربي", "المحيط الهندي"]),
       "w": ("weapon", ["بعدد من الصواريخ البحرية", "بطائرات مسيرة", "بصاروخ باليستي", "بزورق مسير"])},
      alt="سريع: استهداف السفينة {a} في {p} {w}",
      lede=["أعلن المتحدث العسكري باسم جماعة الحوثي يحيى سريع، مساء الثلاثاء، أن قوات الجماعة استهدفت السفينة {a} في {p} {w}.",
            "وقال سريع في بيان متلفز إن الإصابة كانت دقيقة ومباشرة."],
      more=["ولم يصدر تعليق فوري من الشركة المشغلة للسفينة.",
            "وأفادت هيئة عمليات التجارة البحرية البريطانية بتلقيها بلاغا عن حادث في المنطقة، دون أن تذكر مزيدا من التفاصيل.",
            "وتشن الجماعة منذ أشهر هجمات على سفن تقول إنها مرتبطة بإسرائيل أو متجهة إلى موانئها."],
      vary={"a": 3, "p": 3, "w": 3}, mixed=[("a", "w"), ("p", "w")]),
    T("ar-generic-ajel", "ar", "generic",
      "عاجل",
      {"p": ("place", ["عيتا الشعب", "بنت جبيل", "الخيام", "كفركلا", "الناقورة", "ميس الجبل"]),
       "w": ("weapon", ["غارة جوية إسرائيلية تستهدف", "قصف مدفعي إسرائيلي يستهدف", "غارة بطائرة مسيرة إسرائيلية تستهدف"])},
      paras=["مراسل الجزيرة: {w} بلدة {p} في جنوب لبنان قبل قليل."],
      vary={"p": 5, "w": 2}, outlets=[" | الجزيرة", " - الميادين", " | المنار"]),
    # ---------------------------------------------------------------- Turkish
    T("tr-deprem", "tr", "alert",
      "{p[loc]} {q[mag]} büyüklüğünde deprem",
      {"p": ("place", [{"loc": "Malatya'da", "gen": "Malatya'nın", "ilce": "Pütürge"},
                       {"loc": "Kahramanmaraş'ta", "gen": "Kahramanmaraş'ın", "ilce": "Göksun"},
                       {"loc": "Elazığ'da", "gen": "Elazığ'ın", "ilce": "Sivrice"},
                       {"loc": "Van'da", "gen": "Van'ın", "ilce": "Erciş"},
                       {"loc": "Düzce'de", "gen": "Düzce'nin", "ilce": "Gölyaka"},
                       {"loc": "Balıkesir'de", "gen": "Balıkesir'in", "ilce": "Sındırgı"}]),
       "q": ("number", [{"mag": "4,1", "time": tr_time("14.52")}, {"mag": "5,3", "time": tr_time("03.17")},
                        {"mag": "3,9", "time": tr_time("21.40")}])},
      paras=["AFAD'ın açıklamasına göre, {p[gen]} {p[ilce]} ilçesinde saat {q[time]} {q[mag]} büyüklüğünde deprem meydana geldi. Depremin yerin 7,02 kilometre derinliğinde gerçekleştiği bildirildi."],
      mixed=[("p", "q")]),
    T("tr-kaza", "tr", "teaser",
      "{p[loc]} otobüs ile tır çarpıştı: {n[d]} ölü, {n[y]} yaralı",
      {"p": ("place", [{"loc": "Afyonkarahisar'da", "yol": "Afyonkarahisar-Antalya"}, {"loc": "Aksaray'da", "yol": "Aksaray-Ankara"},
                       {"loc": "Konya'da", "yol": "Konya-Karaman"}, {"loc": "Sivas'ta", "yol": "Sivas-Kayseri"},
                       {"loc": "Erzurum'da", "yol": "Erzurum-Erzincan"}]),
       "n": ("number", [{"d": "3", "y": "21"}, {"d": "5", "y": "14"}, {"d": "2", "y": "30"}, {"d": "7", "y": "18"}])},
      alt="{p[yol]} kara yolunda feci kaza: {n[d]} ölü, {n[y]} yaralı",
      lede=["{p[loc]} yolcu otobüsü ile tırın çarpıştığı kazada {n[d]} kişi hayatını kaybetti, {n[y]} kişi yaralandı.",
            "Kaza, sabah saatlerinde {p[yol]} kara yolunda meydana geldi."],
      more=["İhbar üzerine olay yerine çok sayıda sağlık, jandarma ve itfaiye ekibi sevk edildi.",
            "Yaralılar ambulanslarla çevredeki hastanelere kaldırıldı. Bazılarının durumunun ağır olduğu öğrenildi.",
            "Kazayla ilgili soruşturma başlatıldı."]),
]

LANG = {
    "en": dict(outlets=[" - Reuters", " | AP News", " | The Guardian", " - France 24", " | Al Jazeera"],
               datelines=["(Reuters) - ", "(AP) — ", "(AFP) - "],
               boilerplate=["Read more on our website.", "This story has been updated with additional details.",
                            "Sign up for our daily briefing to get the top stories in your inbox.",
                            "Follow our live coverage for the latest updates."],
               extra=["Further details were not immediately available.", "It was not immediately possible to independently verify the report.",
                      "This is a developing story."],
               bylines=["By Daniel Moreau", "Reporting by Anna Koval; Editing by Mark Doyle", "From our correspondent"],
               breaking=["BREAKING: ", "JUST IN: "], readmore="Read more >>"),
    "fr": dict(outlets=[" | Le Monde avec AFP", " - France 24", " | RFI", " – Le Figaro"], datelines=["(AFP) - "],
               boilerplate=["Lire aussi : toute l'actualité en continu.", "Cet article a été mis à jour.", "Retrouvez toute l'actualité sur notre site."],
               extra=["Aucun autre détail n'était disponible dans l'immédiat."], bylines=["Le Monde avec AFP", "Par la rédaction avec AFP"],
               breaking=["ALERTE - ", "URGENT - "], readmore="Lire la suite"),
    "de": dict(outlets=[" | tagesschau.de", " - Spiegel", " | NDR", " – Zeit Online"], datelines=["(dpa) - "],
               boilerplate=["Mehr Nachrichten aus der Region lesen Sie auf unserer Website.", "Dieser Artikel wurde aktualisiert."],
               extra=["Weitere Einzelheiten waren zunächst nicht bekannt."], bylines=["Von unserer Redaktion", "dpa/lni"],
               breaking=["EILMELDUNG: ", "+++ "], readmore="Mehr lesen"),
    "es": dict(outlets=[" | El Tiempo", " - EFE", " | Infobae", " – El Universal"], datelines=["(EFE) - "],
               boilerplate=["Lea también: las noticias más importantes del día.", "Esta nota se actualizará con más información."],
               extra=["Hasta el momento no se conocen más detalles."], bylines=["Redacción", "Con información de EFE"],
               breaking=["ÚLTIMA HORA: ", "URGENTE | "], readmore="Leer más"),
    "ru": dict(outlets=[" | ТАСС", " — РИА Новости", " | Интерфакс", " — РБК"], datelines=[],
               boilerplate=["Подписывайтесь на наш Telegram-канал.", "Читайте также: главные новости дня."],
               extra=["Подробности уточняются."], bylines=["Автор: Иван Смирнов", "Редакция"],
               breaking=["СРОЧНО: ", "⚡️ "], readmore="Читать далее"),
    "uk": dict(outlets=[" | Українська правда", " — Укрінформ", " | Суспільне", " — РБК-Україна"], datelines=[],
               boilerplate=["Підписуйтеся на наш Telegram-канал.", "Читайте також: головні новини дня."],
               extra=["Подробиці з'ясовуються."], bylines=["Автор: Олена Коваль", "Редакція"],
               breaking=["ТЕРМІНОВО: ", "⚡️ "], readmore="Читати далі"),
    "ar": dict(outlets=[" | الجزيرة نت", " - سكاي نيوز عربية", " | العربية", " - رويترز"], datelines=["(رويترز) - "],
               boilerplate=["تابعونا على تلغرام لمزيد من الأخبار.", "اقرأ أيضا: آخر التطورات."],
               extra=["ولم ترد تفاصيل أخرى على الفور."], bylines=["الجزيرة + وكالات", "المصدر: وكالات"],
               breaking=["عاجل | ", "خبر عاجل: "], readmore="اقرأ المزيد"),
    "tr": dict(outlets=[" | Anadolu Ajansı", " - NTV", " | Hürriyet", " - Sözcü"], datelines=["ANKARA (AA) - "],
               boilerplate=["Haberin devamı için tıklayınız.", "Son dakika gelişmeleri için bizi takip edin."],
               extra=["Konuya ilişkin inceleme sürüyor."], bylines=["AA", "DHA"],
               breaking=["SON DAKİKA: ", "FLAŞ: "], readmore="Devamını oku"),
}


# ------------------------------------------------------------------------ Vigil's shingles
def words(text):
    """Shingles.normalise: NFKC, lower case, every run of non-letters/digits is one space."""
    s = unicodedata.normalize("NFKC", text).lower()
    return "".join(ch if ch.isalpha() or ch.isdigit() else " " for ch in s).split()


def shingles(a):
    w = words(a["title"] + "\n" + "" + "\n" + a["text"])
    return {tuple(w[i:i + K]) for i in range(len(w) - K + 1)}


def overlap(x, y):
    return len(x & y) / min(len(x), len(y)) if x and y else 0.0


# ------------------------------------------------------------------------ events and items
def render(s, ev):
    return s.format(**ev)


def make_events(t, rng):
    slots = t["slots"]
    base = {n: vals[0] for n, (cat, vals) in slots.items()}
    events = [base]
    vary = t["vary"] or {n: min(3, len(vals) - 1) for n, (cat, vals) in slots.items()}
    for n, k in vary.items():
        for v in slots[n][1][1:1 + k]:
            events.append({**base, n: v})
    mixed = t["mixed"]
    if mixed is None:
        names = [n for n in slots]
        mixed = [(a, b) for a, b in itertools.combinations(names, 2) if slots[a][0] != slots[b][0]][:2]
    for combo in mixed:
        for _ in range(10):
            ev = dict(base)
            for n in combo: ev[n] = rng.choice(slots[n][1][1:])
            if ev not in events: events.append(ev); break
    return events


def diff_cats(t, e1, e2):
    return tuple(sorted({t["slots"][n][0] for n in e1 if e1[n] != e2[n]}))


def item(t, ev):
    """(title, paragraphs) of an event as the template's shape publishes it."""
    title = render(t["title"], ev)
    if t["shape"] == "teaser":
        return title, [" ".join(render(s, ev) for s in t["lede"])]
    return title, [render(p, ev) for p in t["paras"]]


def full(t, ev):
    return render(t["title"], ev), [" ".join(render(s, ev) for s in t["lede"])] + [render(s, ev) for s in t["more"]]


TIME_RE = re.compile(r"\b(\d{1,2})([:.h])(\d{2})\b")


def retime(s):
    def f(m):
        h, sep, mm = m.groups()
        return h + {":": ".", ".": ":", "h": " h "}[sep] + mm
    return TIME_RE.sub(f, s)


def punct(s, lang):
    s = re.sub(r'"([^"]*)"', "“\\1”", s)
    if lang in ("ru", "uk"): s = re.sub(r"«([^»]*)»", '"\\1"', s)
    s = s.replace(" - ", " — ").replace(" : ", ": ").replace("'", "’")
    return s


def has_time(t, ev):
    return any(TIME_RE.search(x) for x in [render(t["title"], ev)] + [render(p, ev) for p in t["paras"] + t["lede"]])


# Edits are applied in this order, so a dropped paragraph is never the lede and a dateline goes on it.
ORDER = ["headline", "outlet", "breaking", "drop", "add", "dateline", "byline", "boilerplate", "punct", "time"]


def copy_ops(t, ev, kind, rng):
    """Which syndication edits apply to this item; a copy gets a few of them."""
    L = LANG[t["lang"]]
    title, paras = item(t, ev)
    ops = ["outlet"]
    if kind == "alert-copy":
        if t["shape"] == "alert": ops += ["breaking", "breaking"]
        if has_time(t, ev): ops += ["time", "time"]
        if paras: ops += ["punct"]
        n, chosen = rng.choice([1, 2]), []
        for o in rng.sample(ops, len(ops)):
            if o not in chosen and len(chosen) < n: chosen.append(o)
        return sorted(chosen, key=ORDER.index)
    if t["alt"]: ops += ["headline", "headline"]
    ops += ["boilerplate", "punct"]
    if (t["datelines"] or L["datelines"]) and t["shape"] == "wire": ops += ["dateline", "dateline"]
    if t["shape"] == "wire": ops += ["byline", "add", "drop"]
    if has_time(t, ev): ops += ["time"]
    n, chosen = rng.choice([2, 3]), []
    for o in rng.sample(ops, len(ops)):
        if o not in chosen and len(chosen) < n: chosen.append(o)
    return sorted(chosen, key=ORDER.index)


def apply(t, ev, ops, rng, title=None, paras=None):
    L = LANG[t["lang"]]
    if title is None: title, paras = item(t, ev)
    paras = list(paras)
    for op in ops:
        if op == "outlet": title += rng.choice(t["outlets"] or L["outlets"])
        elif op == "headline": title = render(t["alt"], ev)
        elif op == "breaking": title = rng.choice(L["breaking"]) + title
        elif op == "dateline": paras[0] = rng.choice(t["datelines"] or L["datelines"]) + paras[0]
        elif op == "boilerplate": paras.append(rng.choice(L["boilerplate"]))
        elif op == "byline":
            b = rng.choice(L["bylines"])
            if b.startswith("Reporting"): paras.append(b)
            else: paras.insert(0, b)
        elif op == "punct":
            before = (title, paras)
            title, paras = punct(title, t["lang"]), [punct(p, t["lang"]) for p in paras]
            if (title, paras) == before and paras and paras[-1].endswith("."):
                paras[-1] = paras[-1][:-1]  # nothing to restyle: the feed drops the final full stop
            elif (title, paras) == before:
                title = title + "."
        elif op == "time": title, paras = retime(title), [retime(p) for p in paras]
        elif op == "add":
            cand = [s for s in (t["extra"] or []) + L["extra"] if s not in "\n".join(paras)]
            paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(cand))
        elif op == "drop": paras.pop(rng.randrange(1, len(paras)))
        else: raise ValueError(op)
    return title, paras


def article(aid, title, paras, edits):
    return {"id": aid, "title": title, "text": ("\n\n".join(paras) + "\n") if paras else "", "edits": edits}


def build():
    articles, pairs, lang_of = [], [], {}
    for t in TEMPLATES:
        rng = random.Random("tpl:" + t["id"])
        events = make_events(t, rng)
        ids = [f"tpl-{t['id']}-{i:02d}" for i in range(len(events))]
        for aid, ev in zip(ids, events):
            title, paras = item(t, ev)
            articles.append(article(aid, title, paras, []))
        # negatives: pairs of events, balanced over what differs
        groups = defaultdict(list)
        for i, j in itertools.combinations(range(len(events)), 2):
            groups[diff_cats(t, events[i], events[j])].append((i, j))
        for g in groups.values(): rng.shuffle(g)
        order = sorted(groups, key=lambda g: (len(g), g))
        cap = CAP_WEAPON if t["shape"] == "wire" and ("weapon",) in groups else CAP[t["shape"]]
        chosen = []
        while len(chosen) < cap and any(groups.values()):
            for g in order:  # one slot changed: two a round; several: one
                for _ in range(2 if len(g) == 1 else 1):
                    if groups[g] and len(chosen) < cap: chosen.append((groups[g].pop(), g))
        for (i, j), cats in sorted(chosen):
            if t["shape"] == "wire":
                kind = "template-" + cats[0] if len(cats) == 1 else "template-mixed"
            else:
                kind = SHAPE_KIND[t["shape"]]
            pairs.append((ids[i], ids[j], False, kind, t["lang"]))
        # positives
        picks = rng.sample(range(len(events)), 3)
        if t["shape"] in ("alert", "generic"):
            for n, i in enumerate(picks):
                ops = copy_ops(t, events[i], "alert-copy", rng)
                title, paras = apply(t, events[i], ops, rng)
                articles.append(article(f"{ids[i]}~c{n + 1}", title, paras, ops))
                pairs.append((ids[i], f"{ids[i]}~c{n + 1}", True, "alert-copy", t["lang"]))
            i = picks[0]  # a second copy of one alert: copy-of-copy
            c1 = (articles[-3]["title"], articles[-3]["text"])
            while True:
                ops = copy_ops(t, events[i], "alert-copy", rng)
                title, paras = apply(t, events[i], ops, rng)
                if (title, article("", title, paras, [])["text"]) != c1: break
            articles.append(article(f"{ids[i]}~c9", title, paras, ops))
            pairs.append((f"{ids[i]}~c1", f"{ids[i]}~c9", True, "alert-copy", t["lang"]))
        elif t["shape"] == "teaser":
            for i in picks:  # teaser + its full text
                title, paras = full(t, events[i])
                more = paras[:1] + rng.sample(paras[1:], rng.choice([2, 3]))
                more = paras[:1] + [p for p in paras[1:] if p in more]
                articles.append(article(f"{ids[i]}~full", title, more, ["full"]))
                pairs.append((ids[i], f"{ids[i]}~full", True, "teaser-full", t["lang"]))
            for n, i in enumerate(picks[:2]):
                ops = copy_ops(t, events[i], "template-copy", rng)
                title, paras = apply(t, events[i], ops, rng)
                articles.append(article(f"{ids[i]}~c{n + 1}", title, paras, ops))
                pairs.append((ids[i], f"{ids[i]}~c{n + 1}", True, "template-copy", t["lang"]))
        else:  # wire: two copies of each pick, and a teaser of two of them
            for i in picks:
                for n in (1, 2):
                    ops = copy_ops(t, events[i], "template-copy", rng)
                    title, paras = apply(t, events[i], ops, rng)
                    articles.append(article(f"{ids[i]}~c{n}", title, paras, ops))
                    pairs.append((ids[i], f"{ids[i]}~c{n}", True, "template-copy", t["lang"]))
            for i in picks[:2]:
                title, paras = item(t, events[i])
                lede = paras[:1] + ([LANG[t["lang"]]["readmore"]] if rng.random() < 0.4 else [])
                articles.append(article(f"{ids[i]}~teaser", title, lede, ["teaser"]))
                pairs.append((f"{ids[i]}~teaser", ids[i], True, "teaser-full", t["lang"]))
    return articles, pairs


def check(articles, pairs):
    ids = [a["id"] for a in articles]
    assert len(ids) == len(set(ids)), "duplicate article ids"
    known = set(ids)
    keys = set()
    for a, b, s, k, l in pairs:
        assert a in known and b in known and a != b, (a, b)
        assert (a, b) not in keys and (b, a) not in keys, (a, b); keys.add((a, b))
    by_id = {a["id"]: a for a in articles}
    for a, b, s, k, l in pairs:
        x, y = by_id[a], by_id[b]
        assert (x["title"], x["text"]) != (y["title"], y["text"]), (a, b)
    for t in TEMPLATES:  # wire items are 60-150 words
        if t["shape"] == "wire":
            for a in articles:
                if a["id"].startswith(f"tpl-{t['id']}-") and "~" not in a["id"]:
                    n = len(a["text"].split())
                    assert 60 <= n <= 150, (a["id"], n)


def report(articles, pairs):
    by_id = {a["id"]: a for a in articles}
    sh = {a["id"]: shingles(a) for a in articles}
    neg = [p for p in pairs if not p[2]]
    pos = [p for p in pairs if p[2]]
    print(f"{len(articles)} articles, {len(pairs)} pairs: {len(pos)} same, {len(neg)} different")
    print(f"{len(TEMPLATES)} templates; per language (templates / articles / pairs):")
    arts = Counter(a["id"].split("-")[1] for a in articles)
    tpls = Counter(t["lang"] for t in TEMPLATES)
    prs = Counter(p[4] for p in pairs)
    for l in LANG: print(f"  {l}: {tpls[l]} / {arts[l]} / {prs[l]}")
    print("per kind: pairs, short (an item < 10 shingles: never merged), overlap >= 0.55 (all / among long)")
    rows = defaultdict(lambda: [0, 0, 0, 0])
    for a, b, s, k, l in pairs:
        o = overlap(sh[a], sh[b]); short = min(len(sh[a]), len(sh[b])) < MIN_SHINGLES
        r = rows[(s, k)]; r[0] += 1; r[1] += short; r[2] += o >= THRESHOLD; r[3] += (o >= THRESHOLD and not short)
    for s in (False, True):
        tot = [0, 0, 0, 0]
        for (s2, k), r in sorted(rows.items()):
            if s2 != s: continue
            print(f"  {'same' if s else 'diff'} {k:17} {r[0]:4} short {r[1]:3}  >=0.55: {r[2]:4} / {r[3]:4} of {r[0] - r[1]}")
            tot = [x + y for x, y in zip(tot, r)]
        print(f"  {'same' if s else 'diff'} {'ALL':17} {tot[0]:4} short {tot[1]:3}  >=0.55: {tot[2]:4} / {tot[3]:4} of {tot[0] - tot[1]}")
    print("negatives >= 0.55, i.e. false merges at today's threshold (long items):",
          sum(r[3] for (s, k), r in rows.items() if not s), "of", sum(r[0] - r[1] for (s, k), r in rows.items() if not s))


def main():
    articles, pairs = build()
    check(articles, pairs)

    class L(str): pass
    yaml.add_representer(L, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|"))
    out = [dict(a, text=L(a["text"]) if a["text"] else "") for a in articles]
    with open("template-pairs.yaml", "w", encoding="utf-8") as f:
        f.write("# GENERATED by make_template_pairs.py: edit that, not this.\n")
        f.write("# same: true = one story (syndicated copies), false = different stories written from one template.\n")
        yaml.dump({"articles": out, "pairs": [{"a": a, "b": b, "same": s, "kind": k} for a, b, s, k, l in pairs]},
                  f, sort_keys=False, allow_unicode=True, width=10000)
    report(articles, pairs)


main()
