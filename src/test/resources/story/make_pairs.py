#!/usr/bin/env python3
"""Builds pairs.yaml, the labelled story pairs, from bases.yaml. Deterministic: re-running it
gives the same file. Needs PyYAML. Run from this folder: python3 make_pairs.py

Positives ("same") are syndicated copies: a base text with the small edits outlets make
(headline, dateline, byline, boilerplate, spelling, copy-editing, a paragraph dropped or added,
truncation). A copy whose figures were updated is labelled a different story ("updated-figures"):
it reports another figure, which must alert again. Negatives ("different") are other stories of the same cluster
(topic), the hard ones, and a few of other clusters, the easy ones."""
import itertools, random, re, yaml
import difflib

US_UK = [("defense", "defence"), ("center", "centre"), ("labor", "labour"), ("neighboring", "neighbouring"),
         ("organized", "organised"), ("program", "programme"), ("favor", "favour"), ("honor", "honour"),
         ("analyze", "analyse"), ("criticized", "criticised"), ("recognized", "recognised"),
         ("color", "colour"), ("toward", "towards"), ("apologize", "apologise"), ("nationalize", "nationalise"),
         ("percent", "per cent"), ("humor", "humour"), ("traveling", "travelling")]
SYNONYMS = [("said", "told reporters"), ("about", "around"), ("more than", "over"), ("people", "residents"),
            ("on Wednesday", "on Wednesday local time"), ("began", "started"), ("also", "additionally"),
            ("would", "will"), ("killed", "left dead"), ("officials", "authorities")]
BOILERPLATE = ["Read more: Full coverage and analysis on our website.",
               "Sign up for our morning newsletter to get the day's top stories in your inbox.",
               "© 2024 The Daily Courier. All rights reserved.",
               "This story has been updated with additional details.",
               "Read full article >>",
               "Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed."]
ADDED = ["It was not immediately possible to independently verify the information. A spokesperson declined to comment when contacted on Wednesday evening.",
         "The news was first reported by local media, and several outlets carried live updates throughout the day as more details emerged.",
         "Readers in the region can follow our live coverage for the latest developments, maps and reaction from local officials.",
         "Further details were not immediately available. This is a developing story and will be updated as more information comes in."]
DATELINES = ["(Reuters) - ", "LONDON (AP) — ", "WASHINGTON, Nov 8 (Reuters) - ", "PARIS (AFP) - ", "NEW YORK — "]
BYLINES = ["By Jane Okafor, Staff Reporter", "By Tom Brennan and Maria Lopez", "From our correspondent"]
OUTLETS = [" | The Daily Courier", " - World News", " – Latest", " (UPDATED)"]
DATELINE_RE = re.compile(r"^[A-Z][A-Z .,]+(?:\([A-Z]+\))? [—-] ")

def sub_some(text, pairs, rng, limit):
    done = 0
    for a, b in rng.sample(pairs, len(pairs)):
        if done >= limit: break
        if re.search(r"\b%s\b" % re.escape(a), text):
            text = re.sub(r"\b%s\b" % re.escape(a), b, text, count=2); done += 1
    return text

def figures(paras, rng):
    text = "\n\n".join(paras)
    nums = [m for m in re.finditer(r"\b\d{1,3}(?:,\d{3})?\b", text) if not re.match(r"(19|20)\d\d$", m.group())]
    for m in sorted(rng.sample(nums, min(2, len(nums))), key=lambda m: -m.start()):
        n = int(m.group().replace(",", "")); n2 = n + max(1, round(n * 0.2))
        text = text[:m.start()] + (f"{n2:,}" if "," in m.group() else str(n2)) + text[m.end():]
    return text.split("\n\n")

def edit(op, title, paras, rng):
    if op == "dateline":
        if DATELINE_RE.match(paras[0]): paras[0] = DATELINE_RE.sub("", paras[0])
        else: paras[0] = rng.choice(DATELINES) + paras[0]
    elif op == "byline": paras.insert(0, rng.choice(BYLINES)) if rng.random() < 0.5 else paras.append("Reporting by Lina Haddad; Editing by Mark Heinrich")
    elif op == "boilerplate": paras.append(rng.choice(BOILERPLATE))
    elif op == "spelling": paras = [sub_some(p, US_UK + [(b, a) for a, b in US_UK], rng, 99) for p in paras]
    elif op == "copyedit": paras = "\n\n".join(paras); paras = sub_some(paras, SYNONYMS, rng, 3).split("\n\n")
    elif op == "figures": paras = figures(paras, rng)
    elif op == "drop": paras.pop(rng.randrange(1, len(paras)))
    elif op == "add": paras.insert(rng.randrange(1, len(paras) + 1), rng.choice(ADDED))
    elif op == "truncate": paras = paras[:max(2, -(-len(paras) * 2 // 3))] + ["Continue reading on our website."]
    elif op == "lede": paras = paras[:1] + ["Read more >>"]
    return title, paras

def variant(base, name, ops, rng):
    title, paras = base["title"], base["text"].strip().split("\n\n")
    if name == "v1": title = base["alt"]
    elif name == "v2": title = base["title"] + rng.choice(OUTLETS)
    for op in ops: title, paras = edit(op, title, paras, rng)
    return {"id": f"{base['id']}~{name}", "title": title, "text": "\n\n".join(paras) + "\n", "edits": ["headline"] + ops}

def main():
    bases = yaml.safe_load(open("bases.yaml"))
    by_id = {b["id"]: b for b in bases}
    articles, pairs = [], []
    light = ["dateline", "byline", "boilerplate", "spelling", "copyedit", "figures"]
    heavy = ["drop", "add", "truncate", "figures", "copyedit", "dateline", "boilerplate"]
    for i, b in enumerate(bases):
        rng = random.Random("story:" + b["id"])
        articles.append({"id": b["id"], "title": b["title"], "text": b["text"], "edits": []})
        v1 = variant(b, "v1", rng.sample(light, 2), rng)
        v2 = variant(b, "v2", rng.sample(heavy, rng.choice([2, 3])), rng)
        articles += [v1, v2]
        pairs += [(b["id"], v1["id"], True, "copy"), (b["id"], v2["id"], True, "copy"), (v1["id"], v2["id"], True, "copy-of-copy")]
        if i % 8 == 0:  # summary-only feeds: the lede and a link; expected to be missed
            v3 = variant(b, "v3", ["lede"], rng); v3["title"] = b["title"]
            articles.append(v3); pairs.append((b["id"], v3["id"], True, "lede-only"))
    # A copy whose figures were updated reports something the other does not (a toll of 12 that
    # became 14): it is another report, which must alert again, so such pairs are different stories.
    # Only where, their bodies aligned word by word, one gives another figure in the place of one of the
    # other's: a figure updated in a paragraph that the other copy dropped is not seen, and that
    # pair stays a copy.
    words = {a["id"]: re.findall(r"\w+", a["text"].lower()) for a in articles}
    def figures_differ(a, b):
        ops = difflib.SequenceMatcher(a=words[a], b=words[b], autojunk=False).get_opcodes()
        for op, i1, i2, j1, j2 in ops:
            da = {w for w in words[a][i1:i2] if w.isdigit()}
            db = {w for w in words[b][j1:j2] if w.isdigit()}
            if op == "replace" and da and db and da != db:
                return True
        return False
    pairs = [(a, b, False, "updated-figures") if s and figures_differ(a, b) else (a, b, s, k) for a, b, s, k in pairs]
    seen = set()
    for x, y in itertools.combinations(bases, 2):
        if set(x["clusters"]) & set(y["clusters"]):
            pairs += [(x["id"], y["id"], False, "same-topic"), (x["id"] + "~v1", y["id"], False, "same-topic-copy")]
            seen.add((x["id"], y["id"]))
    rng = random.Random("easy")
    easy = [(x, y) for x, y in itertools.combinations(by_id, 2) if (x, y) not in seen]
    pairs += [(x, y, False, "other-topic") for x, y in rng.sample(easy, 24)]
    class L(str): pass
    yaml.add_representer(L, lambda d, s: d.represent_scalar("tag:yaml.org,2002:str", s, style="|"))
    for a in articles: a["text"] = L(a["text"])
    with open("pairs.yaml", "w") as f:
        f.write("# GENERATED by make_pairs.py from bases.yaml: edit those, not this.\n")
        f.write("# same: true = one story (syndicated copies), false = different stories.\n")
        yaml.dump({"articles": articles, "pairs": [{"a": a, "b": b, "same": s, "kind": k} for a, b, s, k in pairs]},
                  f, sort_keys=False, allow_unicode=True, width=10000)
    print(len(articles), "articles,", len(pairs), "pairs,", sum(p[2] for p in pairs), "same")

main()
