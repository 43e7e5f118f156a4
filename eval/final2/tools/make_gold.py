#!/usr/bin/env python3
"""Writes eval/final2/gold/*.json from the compact specs below (python3 eval/final2/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied).
Conventions: ../shared/eval/gold/README.md.  This is the BLIND set: see ../README.md.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
N = None


def ev(incident, date, place, relation, **counts):
    c = {"killed": [], "civilians_killed": [], "injured": [], "vehicles_destroyed": []}
    for k, v in counts.items():
        c[k] = list(v)
    return {"incident": incident, "date": date, "place": place, "relation": relation, "counts": c}


def st(speaker, stance, about, incident):
    return {"speaker": speaker, "stance": stance, "about": about, "incident": incident}


def cx(incident, kind, a, b, note):
    return {"incident": incident, "kind": kind, "a": a, "b": b, "note": note}


RUT = "rutba-tankers-2015-11-19"
HAS15 = "hasakah-strike-2015-11-19"
QAY = "qayyarah-strike-2015-11-19"
FAL = "fallujah-market-2015-07-21"
MOS = "mosul-drone-2017-02-25"
ABK = "abu-kamal-camp-2017-11-12"
QAIM = "al-qaim-trucks-2020-09-27"
SHD = "shaddadi-raid-2019-07-18"
HAS21 = "hasakah-car-2021-06-12"
THR = "tharthar-hideout-2021-03-09"
REL = "2015-11-19/2015-11-20"   # "between 8 a.m. yesterday and 8 a.m. today" in a release of Nov. 20

DOCS = [
    dict(id="g01_rutba_tankers_wire", url="https://agenceorient.example/en/2015/11/20/iraq-rutba-oil-tankers",
         publisher="Agence Orient Presse", published="2015-11-20", kind="news",
         events=[ev(RUT, "2015-11-19", "Rutba", "west of", killed=(24, N), civilians_killed=(7, 7),
                    injured=(4, N), vehicles_destroyed=(22, 22))],
         statements=[st("iraq-mod", "asserts", "iraq-air-force", RUT),
                     st("local-sources", "asserts", "occurrence", RUT),
                     st("cjtf-oir", "asserts", "coalition", RUT)],
         contradictions=[cx(RUT, "target", "iraq-mod", "local-sources",
                            "The ministry says its jets killed IS escorts; the tribal leader says nobody from IS was in the convoy and the dead were hired drivers."),
                         cx(RUT, "count", "iraq-mod", "local-sources",
                            "The ministry says dozens of militants were killed; the tribal leader says seven drivers were killed.")]),
    dict(id="g02_cjtf_daily_release", url="https://inherentresolve.example/news/releases/2015-11-20-strikes",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2015-11-20", kind="official",
         events=[ev(HAS15, REL, "Hasakah", "near", strikes=(1, 1)),
                 ev(QAY, REL, "Qayyarah", "near", strikes=(2, 2), vehicles_destroyed=(1, 1)),
                 ev(RUT, REL, "Rutba", "near", strikes=(5, 5), vehicles_destroyed=(14, 14))],
         statements=[st("cjtf-oir", "asserts", "coalition", HAS15),
                     st("cjtf-oir", "asserts", "coalition", QAY),
                     st("cjtf-oir", "asserts", "coalition", RUT)],
         contradictions=[]),
    dict(id="g03_rutba_anbar_local", url="", publisher="Al-Sahraa News", published="2015-11-20", kind="news",
         events=[ev(RUT, "2015-11-19", "Rutba", "west of", civilians_killed=(7, 7), injured=(5, 5))],
         statements=[st("local-sources", "asserts", "coalition", RUT),
                     st("iraqi-sources", "asserts", "iraq-air-force", RUT),
                     st("iraqi-sources", "denies", "coalition", RUT)],
         contradictions=[cx(RUT, "attribution", "local-sources", "iraqi-sources",
                            "The local source says coalition aircraft bombed the tankers; the Anbar Operations Command source says Iraqi F-16s did and the coalition had no role."),
                         cx(RUT, "target", "local-sources", "iraqi-sources",
                            "The local source says the drivers were civilians with no link to IS; the security source says the tankers belonged to IS.")]),
    dict(id="g04_falluja_market_wire", url="https://meridiannews.example/world/2015/07/22/iraq-falluja-market-strike",
         publisher="Meridian News", published="2015-07-22", kind="news",
         events=[ev(FAL, "2015-07-21", "Falluja", "in", killed=(15, 15), civilians_killed=(11, N), injured=(31, N))],
         statements=[st("local-sources", "asserts", "iraq", FAL),
                     st("iraq-mod", "asserts", "iraq-air-force", FAL),
                     st("cjtf-oir", "denies", "coalition", FAL)],
         contradictions=[cx(FAL, "target", "local-sources", "iraq-mod",
                            "The hospital director says the bombs hit shoppers in a market; the ministry says its jets hit an IS weapons store and leadership meeting.")]),
    dict(id="g05_falluja_un_note", url="https://uniraq-mission.example/en/press/2015-08-01-casualties-july",
         publisher="United Nations Assistance Mission for Iraq", published="2015-08-01", kind="ngo",
         events=[ev(FAL, "2015-07-21", "Fallujah", "in", civilians_killed=(8, 14))],
         statements=[st("un", "asserts", "iraq", FAL),
                     st("iraq-mod", "asserts", "iraq", FAL)],
         contradictions=[cx(FAL, "target", "un", "iraq-mod",
                            "UNAMI has reports of 8-14 civilians killed in a market; the ministry says its aircraft targeted an ISIL depot and leaders' meeting.")]),
    dict(id="g06_mosul_drone_wire", url="https://atlaspress.example/2017/02/26/iraq-mosul-drone-aid-line",
         publisher="Atlas Press", published="2017-02-26", kind="news",
         events=[ev(MOS, "2017-02-25", "Mosul", "eastern", killed=(2, 2), civilians_killed=(4, 4), injured=(19, 19))],
         statements=[st("local-sources", "asserts", "isis", MOS),
                     st("iraqi-sources", "asserts", "isis", MOS),
                     st("isis-amaq", "asserts", "isis", MOS)],
         contradictions=[cx(MOS, "count", "local-sources", "iraqi-sources",
                            "The health official says four civilians were killed; the army officer puts the toll at two."),
                         cx(MOS, "target", "local-sources", "isis-amaq",
                            "The health official says families in an aid line were hit, no soldiers; Amaq says the drones struck apostate soldiers.")]),
    dict(id="g07_mosul_drone_blog", url="https://rotorandpayload.example/2017/03/02/zahraa-aid-line",
         publisher="Rotor & Payload", published="2017-03-02", kind="blog",
         events=[ev(MOS, "2017-02-25", "Mosul", "eastern", civilians_killed=(6, 6), injured=(21, N))],
         statements=[st("journalist", "asserts", "isis", MOS),
                     st("isis-amaq", "asserts", "isis", MOS)],
         contradictions=[cx(MOS, "target", "journalist", "isis-amaq",
                            "Amaq says the drone hit soldiers; the blogger's geolocated footage shows women and children queuing and no uniforms.")]),
    dict(id="g08_abukamal_monitor", url="https://euphratesmonitor.example/en/2017/11/12/albukamal-camp",
         publisher="Euphrates Monitor for Human Rights", published="2017-11-12", kind="ngo",
         events=[ev(ABK, "2017-11-12", "Albukamal", "northwest of", civilians_killed=(26, 26), injured=(24, N),
                    strikes=(4, N))],
         statements=[st("ngo", "asserts", "russia", ABK),
                     st("syria-gov", "asserts", "coalition", ABK)],
         contradictions=[cx(ABK, "attribution", "ngo", "syria-gov",
                            "The monitor says Russian jets struck the camp; regime media blame the US-led coalition.")]),
    dict(id="g09_abukamal_russia_mod", url="https://mil-rf.example/en/news/2017-11-13-briefing",
         publisher="Ministry of Defence of the Russian Federation", published="2017-11-13", kind="official",
         events=[ev(ABK, "2017-11-12", "Abu Kamal", "north-west of", civilians_killed=(26, 26))],
         statements=[st("ngo", "asserts", "russia", ABK),
                     st("russia-mod", "denies", "russia", ABK),
                     st("russia-mod", "asserts", "us", ABK)],
         contradictions=[cx(ABK, "attribution", "ngo", "russia-mod",
                            "The monitor says Russian aircraft killed 26 civilians; the ministry says Russian aircraft flew no strikes there and US F-15Es did.")]),
    dict(id="g10_abukamal_state_agency", url="", publisher="SNNA", published="2017-11-12", kind="news",
         events=[ev(ABK, "2017-11-12", "Albukamal", "west of", civilians_killed=(30, 30), injured=(24, N))],
         statements=[st("syria-gov", "asserts", "coalition", ABK),
                     st("journalist", "asserts", "russia", ABK)],
         contradictions=[cx(ABK, "attribution", "syria-gov", "journalist",
                            "The agency says coalition aircraft committed the massacre; it says some Gulf-funded media blamed Russian aircraft.")]),
    dict(id="g11_qaim_telegram", url="", publisher="Thabitoun Field News", published="2020-09-27", kind="social",
         events=[ev(QAIM, "2020-09-27", "al-Qaim", "near", killed=(2, 2), injured=(3, 3), vehicles_destroyed=(4, 4))],
         statements=[st("journalist", "asserts", "unknown", QAIM),
                     st("journalist", "asserts", "us", QAIM),
                     st("pmf", "asserts", "occurrence", QAIM)],
         contradictions=[]),
    dict(id="g12_qaim_wire", url="https://transarabianwire.example/2020/09/28/iraq-qaim-strike-pmf",
         publisher="Trans-Arabian Wire", published="2020-09-28", kind="news",
         events=[ev(QAIM, "2020-09-27", "al-Qaim", "east of", killed=(3, 3), vehicles_destroyed=(4, 4))],
         statements=[st("iraqi-sources", "asserts", "unknown", QAIM),
                     st("pmf", "asserts", "us", QAIM),
                     st("us-dod", "denies", "us", QAIM),
                     st("cjtf-oir", "denies", "coalition", QAIM)],
         contradictions=[cx(QAIM, "attribution", "pmf", "us-dod",
                            "The PMF says American aircraft struck its trucks; the Pentagon says US forces conducted no strikes near al-Qaim."),
                         cx(QAIM, "attribution", "pmf", "cjtf-oir",
                            "The PMF blames American aircraft; the coalition says none of its aircraft struck near al-Qaim.")]),
    dict(id="g13_qaim_smc_withdraws", url="https://baghdadobserver.example/en/security/2020/09/29/qaim-smc-withdraws",
         publisher="Baghdad Observer", published="2020-09-29", kind="news",
         events=[ev(QAIM, "2020-09-27", "al-Qaim", "near", killed=(3, 3), injured=(2, 2))],
         statements=[st("iraq-joc", "asserts", "unknown", QAIM),
                     st("iraq-joc", "retracts", "unknown", QAIM),
                     st("iraq-joc", "denies", "occurrence", QAIM),
                     st("pmf", "asserts", "us", QAIM),
                     st("us-dod", "denies", "us", QAIM)],
         contradictions=[cx(QAIM, "retraction", "iraq-joc", "iraq-joc",
                            "The Security Media Cell first said an unidentified drone struck the trucks, then cancelled that statement."),
                         cx(QAIM, "occurrence", "pmf", "iraq-joc",
                            "The cell now says a tanker exploded and no aircraft was involved; the PMF commander says his men saw a drone and the Americans did it."),
                         cx(QAIM, "attribution", "pmf", "us-dod",
                            "The PMF commander blames the Americans; the US military says it carried out no strikes in the area.")]),
    dict(id="g14_shaddadi_cjtf_release", url="https://inherentresolve.example/news/releases/2019-07-19-shaddadi-raid",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2019-07-19", kind="official",
         events=[ev(SHD, "2019-07-18", "Shaddadi", "near", killed=(3, 3))],
         statements=[st("cjtf-oir", "asserts", "coalition", SHD),
                     st("cjtf-oir", "asserts", "sdf", SHD)],
         contradictions=[]),
    dict(id="g15_shaddadi_relatives", url="https://jaziratoday.example/en/2019/07/19/shaddadi-raid-family",
         publisher="Jazira Today", published="2019-07-19", kind="news",
         events=[ev(SHD, "2019-07-18", "al-Shaddadi", "south of", killed=(3, 3), civilians_killed=(3, 3))],
         statements=[st("local-sources", "asserts", "us", SHD),
                     st("local-sources", "asserts", "sdf", SHD),
                     st("cjtf-oir", "asserts", "coalition", SHD)],
         contradictions=[cx(SHD, "target", "local-sources", "cjtf-oir",
                            "Relatives say the dead were a shepherd and his sons, not IS; the coalition says the raid killed a senior IS official and two members.")]),
    dict(id="g16_cjtf_civcas_report", url="https://inherentresolve.example/news/releases/2019-10-31-civcas-report",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2019-10-31", kind="official",
         events=[ev(SHD, "2019-07-18", "Shaddadi", "near", civilians_killed=(1, 1)),
                 ev(ABK, "2017-11-12", "Abu Kamal", "near")],
         statements=[st("cjtf-oir", "asserts", "coalition", SHD),
                     st("cjtf-oir", "asserts", "sdf", SHD),
                     st("journalist", "asserts", "coalition", SHD),
                     st("journalist", "asserts", "sdf", SHD),
                     st("russia-mod", "asserts", "us", ABK),
                     st("cjtf-oir", "denies", "coalition", ABK)],
         contradictions=[cx(SHD, "count", "cjtf-oir", "journalist",
                            "CJTF-OIR assesses that one civilian was killed; local media had reported three civilians from one family."),
                         cx(ABK, "attribution", "russia-mod", "cjtf-oir",
                            "Russia says US aircraft struck the camp; CJTF-OIR finds no coalition strikes near the location at that time.")]),
    dict(id="g17_hasakah_kurdish", url="https://rojavatoday.example/en/2021/06/13/hasakah-drone-asayish",
         publisher="Rojava Today", published="2021-06-13", kind="news",
         events=[ev(HAS21, "2021-06-12", "Hasakah", "northwest of", killed=(2, 2), civilians_killed=(1, 1), injured=(1, 1))],
         statements=[st("local-sources", "asserts", "turkey", HAS21),
                     st("journalist", "asserts", "occurrence", HAS21)],
         contradictions=[]),
    dict(id="g18_hasakah_turkish_wire", url="https://anatoliandaily.example/en/turkey/2021/06/12/mit-hasakah-operation",
         publisher="Anatolian Daily Wire", published="2021-06-12", kind="news",
         events=[ev(HAS21, "2021-06-12", "Hasakah", "near", killed=(2, 2))],
         statements=[st("journalist", "asserts", "turkey", HAS21)],
         contradictions=[]),
    dict(id="g19_hasakah_x_thread", url="https://x.example/NESyriaWatch/status/1403719920117221377",
         publisher="NE Syria Watch (@NESyriaWatch)", published="2021-06-12", kind="social",
         events=[ev(HAS21, "2021-06-12", "Hasakah", "northwest of", killed=(3, 3), civilians_killed=(1, 1), injured=(1, 1))],
         statements=[st("journalist", "asserts", "unknown", HAS21),
                     st("local-sources", "asserts", "turkey", HAS21)],
         contradictions=[]),
    dict(id="g20_tharthar_smc_statement", url="https://smc-iraq.example/statements/2021-03-09-tharthar",
         publisher="Security Media Cell, Republic of Iraq", published="2021-03-09", kind="official",
         events=[ev(THR, "2021-03-09", "Lake Tharthar", "north of", killed=(11, 11), vehicles_destroyed=(2, 2))],
         statements=[st("iraq-joc", "asserts", "iraq-air-force", THR),
                     st("iraq-joc", "asserts", "coalition", THR)],
         contradictions=[]),
    dict(id="g21_tharthar_families", url="https://dijlapost.example/en/security/2021/03/11/tharthar-truffle-hunters",
         publisher="Dijla Post", published="2021-03-11", kind="news",
         events=[ev(THR, "2021-03-09", "Lake Tharthar", "north of", killed=(11, 11), civilians_killed=(5, 5),
                    vehicles_destroyed=(2, 2))],
         statements=[st("local-sources", "asserts", "iraq", THR),
                     st("iraq-joc", "asserts", "iraq-air-force", THR),
                     st("iraq-joc", "asserts", "coalition", THR),
                     st("cjtf-oir", "denies", "coalition", THR),
                     st("iraqi-sources", "asserts", "occurrence", THR)],
         contradictions=[cx(THR, "target", "local-sources", "iraq-joc",
                            "Relatives say the dead were truffle hunters; the Security Media Cell says eleven Daesh militants were killed at a hideout."),
                         cx(THR, "target", "local-sources", "iraqi-sources",
                            "An army officer says the target was watched for days and the cars held weapons and explosive belts; the families say they were truffle hunters."),
                         cx(THR, "attribution", "iraq-joc", "cjtf-oir",
                            "The Security Media Cell says the coalition supported the strike; the coalition says it did not conduct or support any strike there.")]),
]


def main():
    os.makedirs(OUT, exist_ok=True)
    for d in DOCS:
        evs = d["events"]
        for e in evs:
            inc = e["incident"]
            sts = [s for s in d["statements"] if s["incident"] == inc and s["about"] != "occurrence"]
            e["perpetrators_asserted"] = sorted({s["about"] for s in sts if s["stance"] in ("asserts", "confirms")})
            e["perpetrators_denied"] = sorted({s["about"] for s in sts if s["stance"] == "denies"})
        g = {"id": d["id"], "url": d["url"], "publisher": d["publisher"], "published": d["published"],
             "kind": d["kind"], "incidents": sorted({e["incident"] for e in evs}),
             "events": [{k: e[k] for k in ("incident", "date", "place", "relation", "perpetrators_asserted",
                                           "perpetrators_denied", "counts")} for e in evs],
             "statements": d["statements"], "contradictions": d["contradictions"]}
        with open(os.path.join(OUT, d["id"] + ".json"), "w") as f:
            json.dump(g, f, indent=2)
            f.write("\n")


if __name__ == "__main__":
    main()
