"""Shared parts of the evaluation sets' gold generators (eval/*/tools/make_gold.py).

Each set writes its annotations compactly with ev(), st() and cx(), then calls write(). The
perpetrator lists of an event are derived from the statements (asserts/confirms -> asserted,
denies -> denied), as ../shared/eval/gold/README.md requires. Standard library only.
"""
import json
import os
import re
import sys

COUNT_KEYS = ("killed", "civilians_killed", "injured", "vehicles_destroyed")


def ev(incident, date, place, relation, **counts):
    """An event; counts are given as kind=(min, max), None for an open end."""
    c = {k: [] for k in COUNT_KEYS}
    for k, v in counts.items():
        c[k] = list(v)
    return {"incident": incident, "date": date, "place": place, "relation": relation, "counts": c}


def st(speaker, stance, about, incident):
    return {"speaker": speaker, "stance": stance, "about": about, "incident": incident}


def S(incident, *rows):
    """Statements of one incident, each row written "speaker stance about"."""
    return [st(*r.split(), incident) for r in rows]


def doc(id_, publisher, published, kind, url, events, statements, contradictions=()):
    """One report's spec; statements is a list of S(...) lists, flattened here."""
    return dict(id=id_, url=url, publisher=publisher, published=published, kind=kind, events=events,
                statements=[s for group in statements for s in group], contradictions=list(contradictions))


def cx(incident, kind, a, b, note):
    return {"incident": incident, "kind": kind, "a": a, "b": b, "note": note}


def gold(d):
    """The gold document for one compact spec (a dict with id, url, publisher, published, kind,
    events, statements and contradictions)."""
    events = []
    for e in d["events"]:
        about = [s for s in d["statements"] if s["incident"] == e["incident"] and s["about"] != "occurrence"]
        events.append({"incident": e["incident"], "date": e["date"], "place": e["place"],
                       "relation": e["relation"],
                       "perpetrators_asserted": sorted({s["about"] for s in about if s["stance"] in ("asserts", "confirms")}),
                       "perpetrators_denied": sorted({s["about"] for s in about if s["stance"] == "denies"}),
                       "counts": e["counts"]})
    return {"id": d["id"], "url": d["url"], "publisher": d["publisher"], "published": d["published"],
            "kind": d["kind"], "incidents": sorted({e["incident"] for e in events}), "events": events,
            "statements": d["statements"], "contradictions": d["contradictions"]}


def write(docs, out, coords=None):
    """Writes one gold file per spec into out. With coords (place -> (lat, lon)),
    each event also carries its place's coordinates, for the scorer's 60 km rule."""
    os.makedirs(out, exist_ok=True)
    for d in docs:
        g = gold(d)
        if coords is not None:
            for e in g["events"]:
                e["lat"], e["lon"] = coords[e["place"]]
        with open(os.path.join(out, d["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(f"wrote {len(docs)} gold files to {os.path.normpath(out)}")


def header(text):
    """The Key: value header block of a text (up to the first blank line) and the body."""
    head, _, body = text.partition("\n\n")
    h = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        h[k.strip().lower()] = v.strip()
    return h, body


def selftest(docs, texts, coords):
    """Checks the specs against the texts and against eval/corpus/check_gold.py; writes nothing."""
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus"))
    from check_gold import check  # noqa: E402
    bad = []
    ids = [d["id"] for d in docs]
    if len(set(ids)) != len(ids):
        bad.append("duplicate document ids")
    files = sorted(f[:-4] for f in os.listdir(texts) if f.endswith(".txt"))
    if files != sorted(ids):
        bad.append(f"texts and specs differ: {sorted(set(files) ^ set(ids))}")
    for d in docs:
        path = os.path.join(texts, d["id"] + ".txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        h, body = header(text)
        for key, want in (("publisher", d["publisher"]), ("url", d["url"]), ("kind", d["kind"])):
            if h.get(key) != want:
                bad.append(f"{d['id']}: header {key} {h.get(key)!r} != spec {want!r}")
        if d["published"] and h.get("published") != d["published"]:
            bad.append(f"{d['id']}: header published {h.get('published')!r} != {d['published']!r}")
        if not d["published"] and "published" in h:
            bad.append(f"{d['id']}: spec has no date but the text has a Published line")
        if "title" not in h:
            bad.append(f"{d['id']}: no Title line")
        n = len(text.split())
        if not 180 <= n <= 500:
            bad.append(f"{d['id']}: {n} words")
        g = gold(d)
        for b in check(g, None):
            bad.append(f"{d['id']}: {b}")
        for e in d["events"]:
            if e["place"] not in coords:
                bad.append(f"{d['id']}: no coordinates for {e['place']}")
            if e["place"].lower() not in body.lower():
                bad.append(f"{d['id']}: place {e['place']} not spelled so in the text")
            m = re.fullmatch(r"[a-z0-9-]+-(\d{4}-\d{2}-\d{2})", e["incident"])
            if not m:
                bad.append(f"{d['id']}: bad incident key {e['incident']}")
            elif e["date"] and not e["date"].startswith(m.group(1)):
                bad.append(f"{d['id']}: date {e['date']} differs from key {e['incident']}")
            if e["date"] and d["published"] and e["date"][:10] > d["published"]:
                bad.append(f"{d['id']}: event after publication")
            for k, v in e["counts"].items():
                if v and v[0] is not None and v[1] is not None and v[0] > v[1]:
                    bad.append(f"{d['id']}: {k} min > max")
        for c in d["contradictions"]:
            spk = {s["speaker"] for s in d["statements"] if s["incident"] == c["incident"]}
            if c["a"] not in spk or c["b"] not in spk:
                bad.append(f"{d['id']}: contradiction speaker without a statement: {c['a']}/{c['b']}")
        if len({(c["incident"], c["kind"], c["a"], c["b"]) for c in d["contradictions"]}) != len(d["contradictions"]):
            bad.append(f"{d['id']}: duplicate contradiction")
    for b in bad:
        print("SELFTEST:", b)
    print(f"selftest: {len(docs)} specs, {len(bad)} problem(s)")
    return not bad


def summary(docs):
    ev_n = sum(len(d["events"]) for d in docs)
    st_n = sum(len(d["statements"]) for d in docs)
    cx_n = sum(len(d["contradictions"]) for d in docs)
    inc = {}
    for d in docs:
        for e in d["events"]:
            inc.setdefault(e["incident"], set()).add(d["id"][:2])
    multi = sum(1 for v in inc.values() if len(v) > 1)
    print(f"{len(docs)} docs, {ev_n} events, {st_n} statements, {cx_n} contradictions, {len(inc)} incidents "
          f"({multi} reported by two or more texts, {len(inc) - multi} by one)")


def main(docs, out, texts, coords):
    """A set's make_gold.py entry point: --selftest checks, otherwise writes the gold."""
    if "--selftest" in sys.argv[1:]:
        ok = selftest(docs, texts, coords)
        summary(docs)
        sys.exit(0 if ok else 1)
    write(docs, out, coords)
    summary(docs)


def run(script, docs, coords=None):
    """A set's make_gold.py entry point, called with the script's own __file__: the set's
    gold/ and texts/ lie beside its tools/ folder. write() gives each event the coordinates
    of its gold place (lat, lon), which the scorer reads for its 60 km rule.

      python3 eval/<set>/tools/make_gold.py             write the gold
      python3 eval/<set>/tools/make_gold.py --selftest  check the specs against the texts and
                                                        the conventions without writing anything
    """
    set_dir = os.path.dirname(os.path.dirname(os.path.abspath(script)))
    main(docs, os.path.join(set_dir, "gold"), os.path.join(set_dir, "texts"), coords)
