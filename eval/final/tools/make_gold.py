#!/usr/bin/env python3
"""Writes eval/final/gold/*.json from the compact annotations below.

Perpetrator lists are derived from the statements (asserts/confirms -> asserted,
denies -> denied), as ../shared/eval/gold/README.md requires.  Run from anywhere:
  python3 eval/final/tools/make_gold.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")

T = "tikrit-compound-2015-03-27"
KB = "kobani-strike-2015-03-27"
BG = "baghuz-tents-2019-02-24"
SQ = "saraqib-market-2019-11-05"
JS = "jisr-al-shughur-depot-2019-11-05"
AT = "ataq-car-2018-05-13"
JL = "jilib-farmhouse-2020-02-10"
JM = "jamaame-strike-2020-02-12"
KR = "karbala-depot-2021-07-08"
BW = "bani-walid-warehouse-2020-01-16"


def ev(inc, date, place, rel, **counts):
    c = {"killed": [], "civilians_killed": [], "injured": [], "vehicles_destroyed": []}
    for k, v in counts.items():
        c[k] = list(v)
    return {"incident": inc, "date": date, "place": place, "relation": rel, "counts": c}


DOCS = [
    dict(id="f01_tikrit_wire", url="https://crescentpress.example/world/2015/03/28/iraq-tikrit-airstrikes",
         publisher="Crescent Press", published="2015-03-28", kind="news",
         events=[ev(T, "2015-03-27/2015-03-28", "Tikrit", "in the center of", killed=(24, None))],
         statements=[("us-official", "asserts", "coalition", T), ("iraqi-sources", "asserts", "coalition", T),
                     ("us-official", "asserts", "iraq", T), ("iraq-mod", "asserts", "iraq", T),
                     ("pmf", "asserts", "pmf", T), ("pmf", "denies", "us", T)],
         contradictions=[(T, "attribution", "us-official", "pmf",
                          "A U.S. official says coalition jets struck the compound in coordination with the JOC; a militia commander says the Americans hit nothing and militia rockets and artillery did the damage.")]),
    dict(id="f02_cjtf_daily_2015-03-28", url="https://inherentresolve.example/releases/2015/03/28/daily-strike-update",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2015-03-28", kind="official",
         events=[ev(KB, "2015-03-27", "Kobani", "near", strikes=(2, 2)),
                 ev(T, "2015-03-27", "Tikrit", "near", strikes=(17, 17), vehicles_destroyed=(3, 3))],
         statements=[("cjtf-oir", "asserts", "us", KB), ("cjtf-oir", "asserts", "coalition", KB),
                     ("cjtf-oir", "asserts", "us", T), ("cjtf-oir", "asserts", "coalition", T),
                     ("cjtf-oir", "asserts", "iraq", T)],
         contradictions=[]),
    dict(id="f03_tikrit_arabic_translated", url="", publisher="Rafidain Press", published="", kind="news",
         events=[ev(T, "", "Tikrit", "three kilometres west of", killed=(4, 4), injured=(7, 7), strikes=(17, 17))],
         statements=[("pmf", "asserts", "coalition", T), ("iraqi-sources", "denies", "coalition", T),
                     ("iraqi-sources", "asserts", "iraq", T), ("cjtf-oir", "asserts", "coalition", T)],
         contradictions=[(T, "attribution", "pmf", "iraqi-sources",
                          "A PMF leader says a coalition aircraft bombed the house; a Salahuddin Operations Command source says it was not a coalition aircraft but Iraqi aviation."),
                         (T, "target", "pmf", "iraqi-sources",
                          "The PMF says the house held its own fighters preparing to advance; the Iraqi source says it was an ISIS sniper position.")]),
    dict(id="f04_baghuz_kurdish", url="https://zagrosvoice.example/en/news/2019/02/25/baghuz-airstrikes-sdf",
         publisher="Zagros Voice", published="2019-02-25", kind="news",
         events=[ev(BG, "2019-02-24", "Baghuz", "in", killed=(31, None), civilians_killed=(40, None))],
         statements=[("local-sources", "asserts", "coalition", BG), ("local-sources", "asserts", "sdf", BG),
                     ("isis-amaq", "asserts", "coalition", BG)],
         contradictions=[(BG, "target", "local-sources", "isis-amaq",
                          "The SDF commander says the strikes hit tunnels, weapons stores and armed vehicles and killed more than 30 militants; Amaq says they hit a camp of displaced families and killed scores of women and children.")]),
    dict(id="f05_baghuz_assessment", url="https://skywatchmonitor.example/civilian-casualties/coalition-syria/2019-02-24-baghuz",
         publisher="Skywatch Monitor", published="2019-03-02", kind="ngo",
         events=[ev(BG, "2019-02-24", "al-Baghuz Fawqani", "on the northern edge of",
                    civilians_killed=(9, 16), injured=(20, None))],
         statements=[("local-sources", "asserts", "coalition", BG), ("ngo", "asserts", "coalition", BG),
                     ("isis-amaq", "asserts", "occurrence", BG), ("cjtf-oir", "disputes", "coalition", BG)],
         contradictions=[(BG, "attribution", "ngo", "cjtf-oir",
                          "Skywatch and local sources attribute the strike to the coalition; CJTF-OIR says it cannot corroborate a coalition strike at that place and date."),
                         (BG, "count", "ngo", "isis-amaq",
                          "Skywatch puts the civilian toll at 9 to 16; Amaq claims dozens killed.")]),
    dict(id="f06_baghuz_thread", url="", publisher="", published="", kind="social",
         events=[ev(BG, "", "Baghuz", "on the northern side of", civilians_killed=(12, None))],
         statements=[("local-sources", "asserts", "coalition", BG), ("isis-amaq", "asserts", "coalition", BG)],
         contradictions=[(BG, "count", "local-sources", "isis-amaq",
                          "Women who fled count at least 12 dead; Amaq claims more than 60, which the reporter flags as likely inflated.")]),
    dict(id="f07_russia_mod_briefing", url="https://mil-briefings.example/ru/en/news/2019/11/06/reconciliation-centre-briefing",
         publisher="Russian Ministry of Defence (English service)", published="2019-11-06", kind="official",
         events=[ev(SQ, "2019-11-05", "Saraqib", "on the south-eastern outskirts of"),
                 ev(JS, "2019-11-05", "Jisr al-Shughur", "8 kilometres south-west of",
                    killed=(None, 20), vehicles_destroyed=(4, 4))],
         statements=[("local-sources", "asserts", "russia", SQ), ("russia-mod", "denies", "russia", SQ),
                     ("russia-mod", "asserts", "syria", SQ), ("russia-mod", "asserts", "russia", JS)],
         contradictions=[(SQ, "attribution", "local-sources", "russia-mod",
                          "Activists quoted by Western media say Russian aircraft struck the Saraqib market; the Russian MoD says no Russian aircraft flew there and Syrian artillery fired instead."),
                         (SQ, "target", "local-sources", "russia-mod",
                          "Activists say a market and civilians were hit; the Russian MoD says the Syrian fire hit militant firing positions far from any market.")]),
    dict(id="f08_saraqib_field_report", url="https://frontlinerights.example/news/2019/12/10/syria-airstrike-saraqib-market-killed-shoppers",
         publisher="Frontline Rights Watch", published="2019-12-10", kind="ngo",
         events=[ev(SQ, "2019-11-05", "Saraqib", "in", civilians_killed=(14, None), injured=(41, None))],
         statements=[("ngo", "asserts", "russia", SQ), ("ngo", "asserts", "syria", SQ),
                     ("local-sources", "asserts", "russia", SQ), ("russia-mod", "denies", "russia", SQ),
                     ("russia-mod", "asserts", "syria", SQ), ("syria-gov", "asserts", "syria", SQ)],
         contradictions=[(SQ, "attribution", "ngo", "russia-mod",
                          "The NGO holds the Russian-Syrian alliance responsible; Russia denies any Russian flight near Saraqib that day."),
                         (SQ, "target", "ngo", "syria-gov",
                          "Witnesses and the NGO describe a crowded market with no fighters; Syrian state media says the army struck terrorist positions."),
                         (SQ, "count", "ngo", "local-sources",
                          "The Idlib health directorate first gave 11 dead; the NGO documented at least 14.")]),
    dict(id="f09_saraqib_state_agency", url="", publisher="SNNA", published="2019-11-05", kind="news",
         events=[ev(SQ, "2019-11-05", "Saraqib", "in")],
         statements=[("syria-gov", "asserts", "syria", SQ), ("local-sources", "asserts", "occurrence", SQ)],
         contradictions=[(SQ, "target", "syria-gov", "local-sources",
                          "State media says only terrorist headquarters were hit; opposition sites report a strike on a market and civilians.")]),
    dict(id="f10_centcom_release_yemen", url="https://centcom-press.example/media/press-releases/2018/05/14/aqap-strike-shabwah",
         publisher="U.S. Central Command", published="2018-05-14", kind="official",
         events=[ev(AT, "2018-05-13", "Ataq", "approximately 10 kilometers north of", killed=(2, 2))],
         statements=[("us-dod", "asserts", "us", AT)],
         contradictions=[]),
    dict(id="f11_ataq_wire", url="https://redseapress.example/en/2018/05/15/yemen-us-strike-shabwa-civilians",
         publisher="Red Sea Press Agency", published="2018-05-15", kind="news",
         events=[ev(AT, "2018-05-13", "Ataq", "roughly six miles (10 kilometres) north of", civilians_killed=(3, 3))],
         statements=[("local-sources", "asserts", "us", AT), ("us-dod", "asserts", "us", AT)],
         contradictions=[(AT, "target", "local-sources", "us-dod",
                          "Tribal leaders and relatives say the three were livestock traders; CENTCOM says it killed AQAP operatives and harmed no civilians."),
                         (AT, "count", "local-sources", "us-dod",
                          "Local sources say three were killed; CENTCOM says two.")]),
    dict(id="f12_jilib_rights_report", url="https://globalrightsalliance.example/en/latest/news/2020/04/somalia-jilib-airstrike",
         publisher="Global Rights Alliance", published="2020-04-02", kind="ngo",
         events=[ev(JL, "2020-02-10", "Jilib", "about three kilometres east of",
                    killed=(1, 1), civilians_killed=(1, 1), injured=(2, 2))],
         statements=[("ngo", "asserts", "us", JL), ("us-dod", "asserts", "us", JL), ("us-dod", "confirms", "us", JL),
                     ("local-sources", "asserts", "occurrence", JL)],
         contradictions=[(JL, "target", "ngo", "us-dod",
                          "The NGO and the family say a farmhouse was hit and a young woman killed; AFRICOM first said it killed one terrorist and harmed no civilians (it later accepted one civilian death).")]),
    dict(id="f13_somalia_blog", url="https://threatmatrixjournal.example/2020/02/africom-hits-shabaab-twice-in-juba-valley.php",
         publisher="Threat Matrix Journal", published="2020-02-20", kind="blog",
         events=[ev(JL, "2020-02-10", "Jilib", "near", killed=(1, 1), civilians_killed=(1, 1)),
                 ev(JM, "2020-02-12", "Jamaame", "roughly 15 kilometers north of", killed=(4, 4))],
         statements=[("journalist", "asserts", "us", JL), ("us-dod", "asserts", "us", JL),
                     ("local-sources", "asserts", "occurrence", JL),
                     ("journalist", "asserts", "us", JM), ("us-dod", "asserts", "us", JM),
                     ("local-sources", "asserts", "occurrence", JM)],
         contradictions=[(JL, "target", "local-sources", "us-dod",
                          "Residents say the bomb hit a farmhouse and killed a young woman; AFRICOM says it killed one terrorist and no civilians."),
                         (JM, "count", "us-dod", "local-sources",
                          "AFRICOM says four fighters were killed; village elders say nobody was killed."),
                         (JM, "target", "us-dod", "local-sources",
                          "AFRICOM says it struck fighters preparing an attack; elders say the bombs hit empty farmland.")]),
    dict(id="f14_karbala_explainer", url="https://northseabroadcast.example/news/world-middle-east-2021-07-10-karbala",
         publisher="North Sea Broadcasting", published="2021-07-10", kind="news",
         events=[ev(KR, "2021-07-08", "Karbala", "about 25km (15 miles) west of", killed=(1, 1), injured=(13, 13))],
         statements=[("pmf", "asserts", "us", KR), ("pmf", "retracts", "us", KR),
                     ("iraq-joc", "denies", "occurrence", KR), ("us-official", "denies", "us", KR)],
         contradictions=[(KR, "occurrence", "pmf", "iraq-joc",
                          "The PMF first says a drone struck its depot; the JOC says no aircraft was involved and heat caused the fire."),
                         (KR, "attribution", "pmf", "us-official",
                          "The PMF first blames an American drone; a U.S. defence official says U.S. forces carried out no strike in Iraq that week."),
                         (KR, "retraction", "pmf", "pmf",
                          "The PMF deletes its statement blaming an American drone and says a committee is investigating.")]),
    dict(id="f15_hashd_telegram", url="https://t.example/hashd_media_official/18231",
         publisher="Hashd Media (Telegram)", published="2021-07-09", kind="social",
         events=[ev(KR, "2021-07-08", "Karbala", "west of", killed=(3, 3), injured=(11, 11))],
         statements=[("pmf", "asserts", "us", KR), ("pmf", "retracts", "us", KR),
                     ("local-sources", "asserts", "occurrence", KR)],
         contradictions=[(KR, "retraction", "pmf", "pmf",
                          "The PMF media directorate withdraws its post attributing the explosion to an American drone.")]),
    dict(id="f16_karbala_wire", url="https://mesopotamiawire.example/article/iraq-security-karbala/2021-07-09",
         publisher="Mesopotamia Wire", published="2021-07-09", kind="news",
         events=[ev(KR, "2021-07-08/2021-07-09", "Karbala", "about 25 km (15 miles) west of",
                    killed=(2, 2), injured=(13, 13))],
         statements=[("iraq-joc", "denies", "occurrence", KR), ("iraqi-sources", "asserts", "occurrence", KR),
                     ("pmf", "asserts", "us", KR), ("pmf", "retracts", "us", KR),
                     ("cjtf-oir", "denies", "coalition", KR)],
         contradictions=[(KR, "occurrence", "iraqi-sources", "iraq-joc",
                          "Two security officials say a drone struck the depot; the JOC says no aircraft attacked it and the blast was an accident."),
                         (KR, "attribution", "pmf", "cjtf-oir",
                          "The PMF first blamed a U.S. drone; the coalition calls reports of a coalition strike false."),
                         (KR, "retraction", "pmf", "pmf",
                          "The PMF withdraws its statement blaming a U.S. drone.")]),
    dict(id="f17_bani_walid_guardian", url="https://thecourier-world.example/world/2020/jan/18/un-condemns-drone-strike-bani-walid-libya",
         publisher="The Courier", published="2020-01-18", kind="news",
         events=[ev(BW, "2020-01-16", "Bani Walid", "on the northern edge of", civilians_killed=(7, None))],
         statements=[("un", "asserts", "unknown", BW), ("local-sources", "asserts", "turkey", BW)],
         contradictions=[]),
]


def build(d):
    st = [{"speaker": s, "stance": k, "about": a, "incident": i} for s, k, a, i in d["statements"]]
    events = []
    for e in d["events"]:
        inc = e["incident"]
        asserted = sorted({s["about"] for s in st if s["incident"] == inc and s["about"] != "occurrence"
                           and s["stance"] in ("asserts", "confirms")})
        denied = sorted({s["about"] for s in st if s["incident"] == inc and s["about"] != "occurrence"
                         and s["stance"] == "denies"})
        events.append({"incident": inc, "date": e["date"], "place": e["place"], "relation": e["relation"],
                       "perpetrators_asserted": asserted, "perpetrators_denied": denied,
                       "counts": e["counts"]})
    incs = []
    for e in events:
        if e["incident"] not in incs:
            incs.append(e["incident"])
    return {"id": d["id"], "url": d["url"], "publisher": d["publisher"], "published": d["published"],
            "kind": d["kind"], "incidents": incs, "events": events, "statements": st,
            "contradictions": [{"incident": i, "kind": k, "a": a, "b": b, "note": n}
                               for i, k, a, b, n in d["contradictions"]]}


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        with open(os.path.join(OUT, d["id"] + ".json"), "w", encoding="utf-8") as fh:
            json.dump(build(d), fh, indent=2, ensure_ascii=False)
            fh.write("\n")
    print(f"wrote {len(DOCS)} gold files to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
