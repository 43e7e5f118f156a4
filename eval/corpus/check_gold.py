#!/usr/bin/env python3
"""Check gold files against the conventions of ../shared/eval/gold/README.md.

  python3 eval/corpus/check_gold.py [GOLD_DIR [TEXTS_DIR]]   (default: eval/corpus/gold, eval/corpus/texts)

Checks: canonical actor, speaker and stance ids; one row per (speaker, stance, about, incident);
every statement's incident has an event; perpetrators_asserted / _denied are exactly the union
of the incident's asserts+confirms / denies rows; the four count keys are present and every
count is [min, max] or []; no asserting `occurrence` row for a speaker who also names a
perpetrator of that incident (the scorer would not build that triple); contradiction kinds,
speakers and retraction sides; a text file for each gold file.  Exits 1 on any problem.
Standard library only.
"""
import json
import os
import sys

ACTORS = {"coalition", "us", "uk", "france", "iraq", "iraq-air-force", "iraq-army-aviation",
          "russia", "syria", "turkey", "iran", "israel", "isis", "pmf", "sdf", "unknown"}
SPEAKERS = {"cjtf-oir", "us-dod", "us-official", "us-embassy", "iraq-mod", "iraq-joc",
            "iraq-military", "iraqi-sources", "iraq-state-tv", "pmf", "isis-amaq", "syria-gov",
            "russia-mod", "local-sources", "airwars", "ngo", "un", "journalist",
            # belligerents with an actor id and no speaker id of their own speak under the actor id
            "turkey", "israel", "iran", "uk", "france", "sdf"}
STANCES = {"asserts", "denies", "confirms", "retracts", "disputes"}
KINDS = {"attribution", "occurrence", "count", "target", "retraction"}
COUNT_KEYS = ("killed", "civilians_killed", "injured", "vehicles_destroyed")
OPTIONAL_COUNTS = {"vehicles_struck", "strikes", "engagements"}


def check(g, texts):
    bad = []
    gid = g.get("id", "?")
    if texts and not os.path.exists(os.path.join(texts, gid + ".txt")):
        bad.append("no text file")
    st = g.get("statements", [])
    seen = set()
    for s in st:
        key = (s["speaker"], s["stance"], s["about"], s["incident"])
        if key in seen:
            bad.append(f"duplicate statement {key}")
        seen.add(key)
        if s["speaker"] not in SPEAKERS:
            bad.append(f"non-canonical speaker {s['speaker']}")
        if s["stance"] not in STANCES:
            bad.append(f"bad stance {s['stance']}")
        if s["about"] not in ACTORS and s["about"] != "occurrence":
            bad.append(f"non-canonical actor {s['about']}")
        if s["about"] == "occurrence" and s["stance"] in ("asserts", "confirms"):
            if any(x["speaker"] == s["speaker"] and x["incident"] == s["incident"]
                   and x["about"] != "occurrence" and x["stance"] in ("asserts", "confirms")
                   for x in st):
                bad.append(f"{s['speaker']} asserts occurrence and also names a perpetrator")
    incs = [e["incident"] for e in g.get("events", [])]
    if sorted(set(incs)) != sorted(set(g.get("incidents", []))):
        bad.append("incidents list differs from the events' incidents")
    for e in g.get("events", []):
        inc = e["incident"]
        want_a = {s["about"] for s in st if s["incident"] == inc and s["about"] != "occurrence"
                  and s["stance"] in ("asserts", "confirms")}
        want_d = {s["about"] for s in st if s["incident"] == inc and s["about"] != "occurrence"
                  and s["stance"] == "denies"}
        if set(e["perpetrators_asserted"]) != want_a:
            bad.append(f"{inc}: perpetrators_asserted {e['perpetrators_asserted']} != {sorted(want_a)}")
        if set(e["perpetrators_denied"]) != want_d:
            bad.append(f"{inc}: perpetrators_denied {e['perpetrators_denied']} != {sorted(want_d)}")
        c = e.get("counts", {})
        for k in COUNT_KEYS:
            if k not in c:
                bad.append(f"{inc}: count key {k} missing")
        for k, v in c.items():
            if k not in COUNT_KEYS and k not in OPTIONAL_COUNTS:
                bad.append(f"{inc}: unknown count key {k}")
            if v and (len(v) != 2 or not all(x is None or isinstance(x, int) for x in v)):
                bad.append(f"{inc}: bad count {k}={v}")
    for s in st:
        if s["incident"] not in incs:
            bad.append(f"statement about {s['incident']} with no event")
    for c in g.get("contradictions", []):
        if c["kind"] not in KINDS:
            bad.append(f"bad contradiction kind {c['kind']}")
        if c["incident"] not in incs:
            bad.append(f"contradiction about {c['incident']} with no event")
        if c["a"] not in SPEAKERS or c["b"] not in SPEAKERS:
            bad.append(f"non-canonical contradiction speaker {c['a']}/{c['b']}")
        if c["kind"] == "retraction" and c["a"] != c["b"]:
            bad.append("retraction with two different speakers")
    return bad


def main():
    gold = sys.argv[1] if len(sys.argv) > 1 else "eval/corpus/gold"
    texts = sys.argv[2] if len(sys.argv) > 2 else "eval/corpus/texts"
    if not os.path.isdir(texts):
        texts = None
    n, failed = 0, 0
    for f in sorted(os.listdir(gold)):
        if not f.endswith(".json"):
            continue
        n += 1
        with open(os.path.join(gold, f), encoding="utf-8") as fh:
            g = json.load(fh)
        g.setdefault("id", f[:-5])
        for b in check(g, texts):
            failed += 1
            print(f"{f}: {b}")
    print(f"{n} gold files, {failed} problem(s)")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
