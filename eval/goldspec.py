"""Shared parts of the evaluation sets' gold generators (eval/*/tools/make_gold.py).

Each set writes its annotations compactly with ev(), st() and cx(), then calls write(). The
perpetrator lists of an event are derived from the statements (asserts/confirms -> asserted,
denies -> denied), as ../shared/eval/gold/README.md requires. Standard library only.
"""
import json
import os

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
