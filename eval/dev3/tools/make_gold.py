#!/usr/bin/env python3
"""Writes eval/dev3/gold/*.json from the compact specs below (python3 eval/dev3/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied),
as ../shared/eval/gold/README.md requires.  Standard library only.
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


MAY = "mayadin-boats-2017-06-13"
DEZ = "deir-ez-zor-trucks-2021-04-20"
SAM = "samarra-depot-2019-09-25"
HIT = "hit-house-2015-11-26"
HAD = "haditha-truck-2017-04-18"
KIR = "kirkuk-hideouts-2020-03-08"
TAL = "tal-afar-car-2016-05-10"
RAQ = "raqqa-building-2017-08-09"
MAN = "manbij-pickup-2021-08-27"
TIK = "tikrit-market-2014-07-23"
MOS = "mosul-warehouse-2016-09-21"
RQS = "raqqa-strike-2016-09-21"
QAY = "qayyarah-strike-2016-09-21"

DOCS = [
    # --- Mayadin boats, night of 13-14 June 2017 -------------------------------------------
    dict(id="e01_mayadin_boats_sohr", url="https://sohr-monitor.example/en/2017/06/14/mahkan-boats/",
         publisher="Syrian Observatory for Human Rights", published="2017-06-14", kind="ngo",
         events=[ev(MAY, "2017-06-13/2017-06-14", "Mayadin", "15 km southeast of",
                    civilians_killed=(21, 21), injured=(16, N))],
         statements=[st("ngo", "asserts", "russia", MAY)],
         contradictions=[]),
    dict(id="e02_mayadin_boats_russia_mod", url="https://mil-ru.example/en/briefings/2017-06-15",
         publisher="Ministry of Defence of the Russian Federation", published="2017-06-15", kind="official",
         events=[ev(MAY, "2017-06-13/2017-06-14", "Mayadin", "south-east of", killed=(N, 80))],
         statements=[st("russia-mod", "asserts", "russia", MAY),
                     st("russia-mod", "asserts", "syria", MAY),
                     st("ngo", "asserts", "russia", MAY)],
         contradictions=[cx(MAY, "target", "russia-mod", "ngo",
                            "The ministry says the boats carried fighters and weapons and that no civilians were at "
                            "the crossing; the Observatory, as the ministry retells it, says Russian aircraft killed civilians.")]),
    dict(id="e03_mayadin_boats_wire", url="https://levantwire.example/2017/06/14/syria-mayadin-boats",
         publisher="Levant Wire Agency", published="2017-06-14", kind="news",
         events=[ev(MAY, "2017-06-13/2017-06-14", "Mayadin", "southeast of",
                    civilians_killed=(21, N), injured=(16, N))],
         statements=[st("ngo", "asserts", "russia", MAY),
                     st("syria-gov", "asserts", "coalition", MAY),
                     st("cjtf-oir", "denies", "coalition", MAY),
                     st("local-sources", "asserts", "occurrence", MAY)],
         contradictions=[cx(MAY, "attribution", "ngo", "syria-gov",
                            "The monitor blames warplanes it believes were Russian; SANA's military source blames the coalition."),
                         cx(MAY, "attribution", "syria-gov", "cjtf-oir",
                            "SANA accuses the coalition; the coalition says it conducted no strikes near Mayadin on June 13 or 14.")]),
    # --- Deir ez-Zor (Ayyash) trucks, night of 20 April 2021 -------------------------------
    dict(id="e04_deir_trucks_thread", url="https://x.example/EuphratesWatch/status/1384712093318045697",
         publisher="Euphrates Watch (@EuphratesWatch on X)", published="2021-04-21", kind="social",
         events=[ev(DEZ, "2021-04-20", "Deir ez-Zor", "12 km west of", killed=(14, 14),
                    vehicles_destroyed=(8, 10), strikes=(3, N))],
         statements=[st("journalist", "asserts", "occurrence", DEZ),
                     st("local-sources", "asserts", "unknown", DEZ),
                     st("syria-gov", "asserts", "us", DEZ),
                     st("ngo", "asserts", "israel", DEZ)],
         contradictions=[cx(DEZ, "attribution", "syria-gov", "ngo",
                            "Regime TV blames American aggression; SOHR says Israeli warplanes carried out the raid.")]),
    dict(id="e05_deir_trucks_state_agency", url="https://sapa-sy.example/en/?p=240421",
         publisher="Syrian Arab Press Agency", published="2021-04-21", kind="news",
         events=[ev(DEZ, "2021-04-20", "Deir Ezzor", "western countryside of", civilians_killed=(2, 2),
                    injured=(4, 4), vehicles_destroyed=(7, 7))],
         statements=[st("syria-gov", "asserts", "us", DEZ),
                     st("local-sources", "asserts", "occurrence", DEZ)],
         contradictions=[]),
    dict(id="e06_deir_trucks_pentagon_briefing",
         url="https://defense.example/News/Transcripts/Transcript/2021-04-22-press-briefing/",
         publisher="U.S. Department of Defense", published="2021-04-22", kind="official",
         events=[ev(DEZ, "2021-04-20", "Deir ez-Zor", "near", civilians_killed=(2, 2))],
         statements=[st("syria-gov", "asserts", "us", DEZ),
                     st("us-dod", "denies", "us", DEZ),
                     st("us-dod", "denies", "coalition", DEZ),
                     st("journalist", "asserts", "israel", DEZ)],
         contradictions=[cx(DEZ, "attribution", "syria-gov", "us-dod",
                            "Syrian state media says U.S. aircraft struck the trucks; the Pentagon says U.S. forces "
                            "conducted no strikes in the area and no coalition aircraft were involved.")]),
    # --- Samarra (al-Jallam) PMF position, night of 25 September 2019 ----------------------
    dict(id="e07_samarra_pmf_statement", url="https://t.example/pmf_media_directorate/18842",
         publisher="Popular Mobilisation Authority - Media Directorate (Telegram)", published="2019-09-26",
         kind="official",
         events=[ev(SAM, "2019-09-25", "Samarra", "east of", killed=(3, 3), injured=(7, 7),
                    vehicles_destroyed=(2, 2))],
         statements=[st("pmf", "asserts", "us", SAM)],
         contradictions=[]),
    dict(id="e08_samarra_security_source", url="https://baghdadnow.example/en/news/2019/09/26/jallam-explosion",
         publisher="Baghdad Now", published="2019-09-26", kind="news",
         events=[ev(SAM, "2019-09-25", "Samarra", "east of", killed=(2, 2), injured=(5, 5))],
         statements=[st("iraqi-sources", "denies", "occurrence", SAM),
                     st("iraq-joc", "denies", "occurrence", SAM),
                     st("pmf", "asserts", "us", SAM)],
         contradictions=[cx(SAM, "occurrence", "iraqi-sources", "pmf",
                            "The security source says stored ammunition exploded and no aircraft was over the area; "
                            "the PMF had said a U.S. drone hit the position."),
                         cx(SAM, "occurrence", "iraq-joc", "pmf",
                            "The Security Media Cell says no drone or aircraft flew over Samarra; the PMF blames a U.S. drone."),
                         cx(SAM, "count", "iraqi-sources", "pmf",
                            "The security source says two Hashd members were killed; the PMF said three.")]),
    dict(id="e09_samarra_pmf_walks_back",
         url="https://mesopotamiawire.example/2019/10/01/iraq-hashd-samarra-retraction",
         publisher="Mesopotamia Wire", published="2019-10-01", kind="news",
         events=[ev(SAM, "2019-09-25", "Samarra", "east of", killed=(3, 3), injured=(7, 7))],
         statements=[st("pmf", "asserts", "us", SAM),
                     st("pmf", "retracts", "us", SAM),
                     st("pmf", "denies", "occurrence", SAM),
                     st("cjtf-oir", "denies", "coalition", SAM)],
         contradictions=[cx(SAM, "retraction", "pmf", "pmf",
                            "The PMF withdraws its claim that a U.S. drone hit the position and blames a technical fault."),
                         cx(SAM, "attribution", "pmf", "cjtf-oir",
                            "The PMF had blamed a U.S. drone; the coalition says it conducted no strikes in Salahuddin that day.")]),
    # --- Hit house, 26 November 2015 / Haditha truck, 18 April 2017 ------------------------
    dict(id="e10_hit_anbar_source", url="https://sumernews.example/en/security/2015/11/27/hit-wali-killed",
         publisher="Sumer News", published="2015-11-27", kind="news",
         events=[ev(HIT, "2015-11-26", "Hit", "in", killed=(7, 7), civilians_killed=(7, 7),
                    vehicles_destroyed=(2, 2))],
         statements=[st("iraqi-sources", "asserts", "iraq-air-force", HIT),
                     st("local-sources", "asserts", "occurrence", HIT)],
         contradictions=[cx(HIT, "target", "iraqi-sources", "local-sources",
                            "The Anbar Operations Command source says the wali of Hit and six aides were killed; "
                            "the council member says a civilian family of seven died.")]),
    dict(id="e11_cjtf_civcas_report_2017-08",
         url="https://inherentresolve.example/releases/2017-08-03-monthly-civilian-casualty-report",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2017-08-03", kind="official",
         events=[ev(HIT, "2015-11-26", "Hit", "near", civilians_killed=(3, 3)),
                 ev(HAD, "2017-04-18", "Haditha", "west of", civilians_killed=(11, 11))],
         statements=[st("cjtf-oir", "confirms", "coalition", HIT),
                     st("isis-amaq", "asserts", "coalition", HAD),
                     st("cjtf-oir", "denies", "coalition", HAD)],
         contradictions=[cx(HAD, "attribution", "isis-amaq", "cjtf-oir",
                            "Amaq alleged a coalition strike killed 11 civilians in a truck; the coalition found no "
                            "coalition strikes in the vicinity and calls the allegation non-credible.")]),
    dict(id="e12_hit_airwars_assessment", url="https://airwars.example/civilian-casualties/ci-hit-2015-11-26",
         publisher="Airwars", published="2017-08-21", kind="ngo",
         events=[ev(HIT, "2015-11-26", "Hit", "in", killed=(7, 7), civilians_killed=(7, 7))],
         statements=[st("local-sources", "asserts", "occurrence", HIT),
                     st("iraqi-sources", "asserts", "iraq-air-force", HIT),
                     st("cjtf-oir", "confirms", "coalition", HIT),
                     st("airwars", "asserts", "coalition", HIT)],
         contradictions=[cx(HIT, "attribution", "iraqi-sources", "cjtf-oir",
                            "An Iraqi source credited Iraqi Air Force jets; CJTF-OIR later conceded a coalition strike killed civilians."),
                         cx(HIT, "attribution", "iraqi-sources", "airwars",
                            "An Iraqi source credited Iraqi Air Force jets; Airwars attributes the strike to the coalition."),
                         cx(HIT, "target", "iraqi-sources", "local-sources",
                            "The Iraqi source says the wali of Hit and six aides were killed; locals say seven members of one family."),
                         cx(HIT, "count", "cjtf-oir", "local-sources",
                            "The coalition assesses three civilians killed; seven were reported locally.")]),
    dict(id="e13_haditha_security_media_cell", url="https://smc-iraq.example/statements/2017-04-18-haditha",
         publisher="Security Media Cell, Joint Operations Command", published="2017-04-18", kind="official",
         events=[ev(HAD, "2017-04-18", "Haditha", "30 km north-west of", killed=(4, 4), vehicles_destroyed=(1, 1))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", HAD),
                     st("iraq-joc", "asserts", "coalition", HAD),
                     st("isis-amaq", "asserts", "occurrence", HAD)],
         contradictions=[cx(HAD, "target", "iraq-joc", "isis-amaq",
                            "The Security Media Cell says a booby-trapped truck with four terrorists was destroyed; "
                            "the militants' media say it carried displaced families.")]),
    # --- Kirkuk (Wadi al-Shay), 8 March 2020 ------------------------------------------------
    dict(id="e14_kirkuk_truffle_hunters_kurdish",
         url="https://kurdistanhorizon.example/en/story/2020/03/09/kirkuk-wadi-al-shay-strikes",
         publisher="Kurdistan Horizon", published="2020-03-09", kind="news",
         events=[ev(KIR, "2020-03-08", "Kirkuk", "30 km southwest of", killed=(17, 17), civilians_killed=(3, 3),
                    strikes=(11, 11))],
         statements=[st("local-sources", "asserts", "iraq-air-force", KIR),
                     st("local-sources", "asserts", "coalition", KIR),
                     st("iraq-joc", "asserts", "iraq-air-force", KIR),
                     st("iraq-joc", "asserts", "coalition", KIR),
                     st("iraqi-sources", "asserts", "occurrence", KIR),
                     st("cjtf-oir", "asserts", "coalition", KIR)],
         contradictions=[cx(KIR, "target", "iraq-joc", "local-sources",
                            "The Security Media Cell says 17 terrorists were killed; villagers say three of the dead "
                            "were truffle hunters.")]),
    dict(id="e15_kirkuk_cjtf_release", url="https://inherentresolve.example/releases/2020-03-09-wadi-al-shay",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2020-03-09", kind="official",
         events=[ev(KIR, "2020-03-08", "Kirkuk", "southwest of", killed=(15, 15))],
         statements=[st("cjtf-oir", "asserts", "iraq-air-force", KIR),
                     st("cjtf-oir", "asserts", "coalition", KIR)],
         contradictions=[]),
    # --- Tal Afar car, 10 May 2016 -----------------------------------------------------------
    dict(id="e16_talafar_oir_briefing",
         url="https://defense.example/News/Transcripts/Transcript/2016-05-12-reiner-baghdad/",
         publisher="U.S. Department of Defense", published="2016-05-12", kind="official",
         events=[ev(TAL, "2016-05-10", "Tal Afar", "20 kilometers east of", killed=(3, 3))],
         statements=[st("cjtf-oir", "asserts", "coalition", TAL),
                     st("iraq-state-tv", "asserts", "iraq-air-force", TAL),
                     st("cjtf-oir", "denies", "iraq-air-force", TAL),
                     st("isis-amaq", "asserts", "occurrence", TAL)],
         contradictions=[cx(TAL, "attribution", "iraq-state-tv", "cjtf-oir",
                            "Iraqi state TV credits the Iraqi air force; the OIR spokesman says it was a coalition "
                            "aircraft and the Iraqi air force did not conduct the strike."),
                         cx(TAL, "target", "cjtf-oir", "isis-amaq",
                            "ISIS media say a family was killed in the car; the coalition has no indication of civilian casualties.")]),
    dict(id="e17_talafar_analyst_blog",
         url="https://frontlineledger.example/2016/05/was-the-tal-afar-financial-emir-really-killed/",
         publisher="The Frontline Ledger", published="2016-05-14", kind="blog",
         events=[ev(TAL, "2016-05-10", "Tal Afar", "east of", killed=(3, 3))],
         statements=[st("journalist", "asserts", "coalition", TAL),
                     st("journalist", "asserts", "us", TAL),
                     st("cjtf-oir", "asserts", "coalition", TAL),
                     st("iraq-state-tv", "asserts", "iraq-air-force", TAL),
                     st("cjtf-oir", "denies", "iraq-air-force", TAL),
                     st("journalist", "disputes", "coalition", TAL)],
         contradictions=[cx(TAL, "attribution", "iraq-state-tv", "cjtf-oir",
                            "Iraqi state TV said Iraqi F-16s carried out the strike; the coalition says the Iraqi air force did not."),
                         cx(TAL, "target", "cjtf-oir", "journalist",
                            "The coalition says it killed the finance emir and two associates; the blogger's sources say "
                            "he was not in the car and the dead were his driver and bodyguards.")]),
    # --- Raqqa building, 9 August 2017 -------------------------------------------------------
    dict(id="e18_raqqa_building_wire", url="https://northernstarwire.example/2017/08/10/syria-raqqa-building-strike",
         publisher="Northern Star Wire", published="2017-08-10", kind="news",
         events=[ev(RAQ, "2017-08-09", "Raqqa", "in", civilians_killed=(27, 27))],
         statements=[st("local-sources", "asserts", "coalition", RAQ),
                     st("ngo", "asserts", "occurrence", RAQ),
                     st("cjtf-oir", "asserts", "coalition", RAQ)],
         contradictions=[cx(RAQ, "count", "local-sources", "ngo",
                            "The activist network says 27 civilians were killed; SOHR says 19.")]),
    dict(id="e19_raqqa_building_ngo_report", url="https://globalrightsmonitor.example/report/2018/02/15/raqqa-civilian-deaths",
         publisher="Global Rights Monitor", published="2018-02-15", kind="ngo",
         events=[ev(RAQ, "2017-08-09", "Raqqa", "in", civilians_killed=(24, N))],
         statements=[st("local-sources", "asserts", "occurrence", RAQ),
                     st("cjtf-oir", "confirms", "coalition", RAQ),
                     st("ngo", "asserts", "coalition", RAQ)],
         contradictions=[cx(RAQ, "count", "cjtf-oir", "ngo",
                            "The coalition assesses ten civilians killed; the report lists 24 names."),
                         cx(RAQ, "target", "cjtf-oir", "ngo",
                            "The coalition says it struck an ISIS sniper position; the report found no ISIS fighters in or near the building.")]),
    # --- Manbij (Arima) pickup, 27 August 2021 -----------------------------------------------
    dict(id="e20_manbij_drone_kurdish", url="https://rojavatoday.example/en/2021/08/27/manbij-drone-shepherd",
         publisher="Rojava Today", published="2021-08-27", kind="news",
         events=[ev(MAN, "2021-08-27", "Manbij", "20 km west of", civilians_killed=(2, 2), injured=(1, 1))],
         statements=[st("local-sources", "asserts", "turkey", MAN)],
         contradictions=[]),
    dict(id="e21_manbij_drone_sohr", url="https://sohr-monitor.example/en/2021/08/28/arima-drone/",
         publisher="Syrian Observatory for Human Rights", published="2021-08-28", kind="ngo",
         events=[ev(MAN, "2021-08-27", "Manbij", "western countryside of", killed=(2, 2), injured=(1, 1))],
         statements=[st("ngo", "asserts", "turkey", MAN),
                     st("journalist", "asserts", "occurrence", MAN)],
         contradictions=[cx(MAN, "target", "ngo", "journalist",
                            "SOHR says the two dead were Manbij Military Council members; Autonomous Administration "
                            "media say they were a shepherd and his son.")]),
    # --- Tikrit market, 23 July 2014 ---------------------------------------------------------
    dict(id="e22_tikrit_market_wire", url="https://meridianpress.example/2014/07/24/iraq-tikrit-market-strike",
         publisher="Meridian Press", published="2014-07-24", kind="news",
         events=[ev(TIK, "2014-07-23", "Tikrit", "in", killed=(40, 40), civilians_killed=(15, N), injured=(24, N))],
         statements=[st("local-sources", "asserts", "occurrence", TIK),
                     st("iraq-mod", "asserts", "iraq-air-force", TIK),
                     st("us-official", "asserts", "iran", TIK),
                     st("iraq-mod", "denies", "iran", TIK)],
         contradictions=[cx(TIK, "attribution", "us-official", "iraq-mod",
                            "A U.S. official says an Iranian-flown Su-25 hit the market; the ministry dismisses the "
                            "reports and says only Iraqi pilots fly Iraqi aircraft."),
                         cx(TIK, "target", "iraq-mod", "local-sources",
                            "The ministry says its jets killed 40 terrorists; a doctor says the dead were shoppers and vendors.")]),
    dict(id="e23_tikrit_market_noheader", url="", publisher="Northern Gazette", published="2014-07-25", kind="news",
         events=[ev(TIK, "2014-07-23", "Tikrit", "in", civilians_killed=(22, 22))],
         statements=[st("local-sources", "asserts", "occurrence", TIK),
                     st("iraqi-sources", "denies", "iraq-air-force", TIK),
                     st("iraqi-sources", "asserts", "occurrence", TIK),
                     st("iraq-mod", "asserts", "iraq-air-force", TIK),
                     st("isis-amaq", "asserts", "iran", TIK),
                     st("un", "asserts", "occurrence", TIK)],
         contradictions=[cx(TIK, "attribution", "iraq-mod", "iraqi-sources",
                            "The ministry said its jets struck Tikrit; two air force officers say no Iraqi aircraft flew over the city."),
                         cx(TIK, "attribution", "iraq-mod", "isis-amaq",
                            "The ministry credits its own jets; the Islamic State blames Iranian warplanes.")]),
    # --- Mosul (Wadi Hajar) warehouse, 21 September 2016, and the release's other lines ------
    dict(id="e24_cjtf_strike_release_2016-09-22", url="https://inherentresolve.example/releases/2016-09-22-strikes",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2016-09-22", kind="official",
         events=[ev(RQS, "2016-09-21", "Raqqa", "near", vehicles_destroyed=(1, 1), strikes=(2, 2)),
                 ev(MOS, "2016-09-21", "Mosul", "near", vehicles_destroyed=(2, 2), strikes=(4, 4)),
                 ev(QAY, "2016-09-21", "Qayyarah", "near", strikes=(1, 1))],
         statements=[st("cjtf-oir", "asserts", "coalition", RQS),
                     st("cjtf-oir", "asserts", "coalition", MOS),
                     st("cjtf-oir", "asserts", "coalition", QAY)],
         contradictions=[]),
    dict(id="e25_mosul_warehouse_noheader", url="", publisher="Nineveh Wire", published="2016-09-22", kind="news",
         events=[ev(MOS, "2016-09-21", "Mosul", "in", civilians_killed=(13, 13), vehicles_destroyed=(2, 2),
                    strikes=(4, 4))],
         statements=[st("cjtf-oir", "asserts", "france", MOS),
                     st("isis-amaq", "asserts", "coalition", MOS),
                     st("local-sources", "asserts", "occurrence", MOS),
                     st("cjtf-oir", "asserts", "coalition", MOS)],
         contradictions=[cx(MOS, "target", "cjtf-oir", "isis-amaq",
                            "The coalition official says French jets destroyed a car-bomb workshop with no sign of "
                            "civilians; Amaq says a flour store was hit and 13 civilians killed.")]),
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
