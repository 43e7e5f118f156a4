#!/usr/bin/env python3
"""Writes eval/dev7/gold/*.json from the compact specs below (python3 eval/dev7/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied),
as ../shared/eval/gold/README.md requires.  Standard library only.
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "gold")
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import cx, ev, st, write  # noqa: E402
N = None


QAY = "qayyarah-ferry-2016-08-25"
HAJ = "hajin-school-2018-11-26"
QAIM = "al-qaim-pickup-2022-10-03"
MOS = "mosul-ambulance-2017-05-14"
MAY = "mayadin-compound-2023-08-17"
SAM = "samarra-orchard-2023-08-15"
RAQ = "raqqa-apartments-2017-08-20"
TAF = "tal-afar-market-2017-08-21"
RAM = "ramadi-outpost-2015-12-08"
HIT = "hit-convoy-2014-10-12"
HAD = "haditha-meeting-2016-03-24"
DEZ = "deir-ez-zor-crossing-2017-09-29"
# single-report strike lines (a briefing, a release, a roundup, background paragraphs, a monitor's aside)
TAF16 = "tal-afar-factory-2016-08-27"
ABK18 = "abu-kamal-houses-2018-11-19"
KIR23 = "kirkuk-caves-2023-08-14"
RAQB = "raqqa-boats-2017-06-19"
RAQG = "raqqa-garage-2017-07-18"
MOS14 = "mosul-unit-2014-10-12"
DEZ14 = "deir-ez-zor-refinery-2014-10-12"
HAJ17 = "hajin-positions-2017-09-29"

DOCS = [
    # --- Qayyarah: coalition strike on a Tigris ferry, 25 August 2016 --------------------------------
    dict(id="n01_qayyarah_dod_transcript",
         url="https://defense.example/News/Transcripts/Transcript/2016/08/31/press-briefing-by-col-whitfield-via-teleconference/",
         publisher="U.S. Department of Defense - Transcripts", published="2016-08-31", kind="official",
         events=[ev(TAF16, "2016-08-27", "Tal Afar", "near", vehicles_destroyed=(2, 2), strikes=(1, 1)),
                 ev(QAY, "2016-08-25", "Qayyarah", "near", civilians_killed=(N, 15))],
         statements=[st("cjtf-oir", "asserts", "coalition", TAF16),
                     st("local-sources", "asserts", "coalition", QAY),
                     st("cjtf-oir", "asserts", "coalition", QAY)],
         contradictions=[cx(QAY, "target", "local-sources", "cjtf-oir",
                            "Local officials say up to 15 civilians crossing the river were killed; the coalition "
                            "spokesman says the people on the ferry were ISIL fighters.")]),
    dict(id="n02_qayyarah_airwars_assessment",
         url="https://airwars.example/civilian-casualties/ci0411-august-25-2016/",
         publisher="Airwars", published="2016-09-12", kind="ngo",
         events=[ev(QAY, "2016-08-25", "al-Qayyarah", "near", civilians_killed=(9, 14), injured=(6, 6))],
         statements=[st("airwars", "asserts", "coalition", QAY),
                     st("local-sources", "asserts", "coalition", QAY),
                     st("cjtf-oir", "confirms", "coalition", QAY)],
         contradictions=[cx(QAY, "target", "local-sources", "cjtf-oir",
                            "A relative says there were no fighters on the boat; CJTF-OIR says the people on the ferry "
                            "appeared to be ISIL fighters moving weapons.")]),
    dict(id="n03_qayyarah_followup_credible",
         url="https://ninevehobserver.example/en/2017/01/06/coalition-admits-ferry-strike-civilians-qayyarah/",
         publisher="Nineveh Observer (English edition)", published="2017-01-06", kind="news",
         events=[ev(QAY, "2016-08-25", "Qayyarah", "near", civilians_killed=(4, 4))],
         statements=[st("cjtf-oir", "confirms", "coalition", QAY),
                     st("cjtf-oir", "asserts", "coalition", QAY),
                     st("local-sources", "asserts", "occurrence", QAY),
                     st("airwars", "asserts", "occurrence", QAY)],
         contradictions=[cx(QAY, "count", "cjtf-oir", "local-sources",
                            "The coalition's assessment counts four civilians killed; the families say 11."),
                         cx(QAY, "count", "cjtf-oir", "airwars",
                            "The coalition says four civilians; Airwars recorded nine to 14."),
                         cx(QAY, "target", "local-sources", "cjtf-oir",
                            "A father says there was not one fighter on the boat; the coalition says it struck ISIS "
                            "fighters observed using the ferry.")]),
    # --- Hajin: coalition strike on a school sheltering displaced families, 26 November 2018 -------
    dict(id="n04_hajin_sana_massacre", url="https://sana-en.example/?p=158203",
         publisher="SANA - Syrian Arab News Agency (English)", published="2018-11-27", kind="news",
         events=[ev(HAJ, "2018-11-26", "Hajin", "in", civilians_killed=(17, 17)),
                 ev(ABK18, "2018-11-19", "al-Bukamal", "near", civilians_killed=(6, 6))],
         statements=[st("syria-gov", "asserts", "coalition", HAJ),
                     st("local-sources", "asserts", "coalition", HAJ),
                     st("cjtf-oir", "asserts", "coalition", HAJ),
                     st("syria-gov", "asserts", "coalition", ABK18)],
         contradictions=[cx(HAJ, "target", "syria-gov", "cjtf-oir",
                            "SANA says the coalition destroyed a school sheltering displaced families; the coalition "
                            "says it struck an ISIS command and control center."),
                         cx(HAJ, "target", "local-sources", "cjtf-oir",
                            "Townspeople say the school housed only women, children and the elderly; the coalition "
                            "calls it an ISIS command center.")]),
    dict(id="n05_hajin_russia_mod_statement", url="https://eng.mod-russia.example/news/more.htm?id=12204471",
         publisher="Ministry of Defence of the Russian Federation - English-language news service",
         published="2018-11-28", kind="official",
         events=[ev(HAJ, "2018-11-26", "Hajin", "in the settlement of", civilians_killed=(20, N))],
         statements=[st("russia-mod", "asserts", "coalition", HAJ),
                     st("cjtf-oir", "asserts", "coalition", HAJ),
                     st("russia-mod", "denies", "russia", HAJ)],
         contradictions=[cx(HAJ, "target", "russia-mod", "cjtf-oir",
                            "Moscow says the school held refugee families and no terrorists; the coalition command says "
                            "it struck a terrorist command centre.")]),
    dict(id="n06_hajin_afp_noheader", url="", publisher="Agence France-Presse", published="2018-11-27",
         kind="news",
         events=[ev(HAJ, "2018-11-26", "Hajin", "in", killed=(14, 14), civilians_killed=(9, 9))],
         statements=[st("ngo", "asserts", "coalition", HAJ),
                     st("syria-gov", "asserts", "coalition", HAJ),
                     st("cjtf-oir", "confirms", "coalition", HAJ),
                     st("isis-amaq", "asserts", "coalition", HAJ)],
         contradictions=[cx(HAJ, "target", "ngo", "cjtf-oir",
                            "The monitor says the strikes hit a school sheltering displaced families; the coalition says "
                            "an ISIS command-and-control node."),
                         cx(HAJ, "target", "syria-gov", "cjtf-oir",
                            "SANA calls it a massacre of civilians; the coalition says it targeted an ISIS node."),
                         cx(HAJ, "count", "ngo", "syria-gov",
                            "The monitor counts nine civilians among 14 dead; SANA says 17 civilians."),
                         cx(HAJ, "count", "ngo", "isis-amaq",
                            "The monitor counts nine civilians; Amaq says dozens.")]),
    # --- al-Qaim: PMF pick-up destroyed; drone strike or rockets exploding, 3 October 2022 ----------
    dict(id="n07_qaim_baghdadtoday_drone",
         url="https://baghdadtoday.example/en/news/204518/security-source-reveals-details-drone-strike-hashd-al-qaim",
         publisher="Baghdad Today (English translation)", published="2022-10-03", kind="news",
         events=[ev(QAIM, "2022-10-03", "al-Qaim", "near", killed=(2, 2), injured=(1, 1), vehicles_destroyed=(1, 1))],
         statements=[st("iraqi-sources", "asserts", "unknown", QAIM),
                     st("pmf", "asserts", "occurrence", QAIM)],
         contradictions=[]),
    dict(id="n08_qaim_brigade_blames_us",
         url="https://mesopotamiapost.example/security/2022/10/04/hashd-brigade-blames-us-drone-strike-qaim",
         publisher="The Mesopotamia Post", published="2022-10-04", kind="news",
         events=[ev(QAIM, "2022-10-03", "al-Qaim", "near", killed=(2, 2), injured=(1, 1))],
         statements=[st("pmf", "asserts", "us", QAIM),
                     st("iraqi-sources", "asserts", "unknown", QAIM),
                     st("us-official", "denies", "us", QAIM),
                     st("us-embassy", "denies", "us", QAIM),
                     st("cjtf-oir", "denies", "coalition", QAIM)],
         contradictions=[cx(QAIM, "attribution", "pmf", "us-official",
                            "The 13th Brigade says an American drone fired the missile; a US official says the US "
                            "conducted no strike in Iraq that day."),
                         cx(QAIM, "attribution", "pmf", "us-embassy",
                            "The brigade blames an American drone; the embassy says US forces had no involvement "
                            "whatsoever."),
                         cx(QAIM, "attribution", "pmf", "cjtf-oir",
                            "The brigade blames the United States; the coalition says it had no aircraft in the area.")]),
    dict(id="n09_qaim_pmf_withdraws",
         url="https://mesopotamiapost.example/security/2022/10/07/pmf-withdraws-statement-qaim-blast",
         publisher="The Mesopotamia Post", published="2022-10-07", kind="news",
         events=[ev(QAIM, "2022-10-03", "al-Qaim", "near", killed=(2, 2))],
         statements=[st("pmf", "asserts", "us", QAIM),
                     st("pmf", "retracts", "us", QAIM),
                     st("pmf", "denies", "occurrence", QAIM),
                     st("iraq-joc", "denies", "occurrence", QAIM),
                     st("us-official", "denies", "us", QAIM),
                     st("us-embassy", "denies", "us", QAIM),
                     st("local-sources", "asserts", "occurrence", QAIM),
                     st("iraqi-sources", "asserts", "unknown", QAIM)],
         contradictions=[cx(QAIM, "retraction", "pmf", "pmf",
                            "The Popular Mobilization Authority withdraws the 13th Brigade's statement blaming an "
                            "American drone."),
                         cx(QAIM, "occurrence", "local-sources", "iraq-joc",
                            "Relatives say villagers heard a drone before the blast; the JOC says no air strike took "
                            "place and the explosion was an accident."),
                         cx(QAIM, "occurrence", "iraqi-sources", "iraq-joc",
                            "An Anbar security source said an unidentified drone hit the vehicle; the JOC says no air "
                            "strike took place."),
                         cx(QAIM, "attribution", "pmf", "us-official",
                            "The brigade had blamed an American drone; US officials denied any involvement."),
                         cx(QAIM, "attribution", "pmf", "us-embassy",
                            "The brigade had blamed an American drone; the embassy said US forces had no involvement.")]),
    # --- Mosul (al-Zanjili): ambulance hit; air strike or IS drone, 14 May 2017 ---------------------
    dict(id="n10_mosul_ocha_flash_update",
         url="https://reliefhub.example/report/iraq/iraq-mosul-humanitarian-response-flash-update-no-37-15-may-2017",
         publisher="United Nations Office for the Coordination of Humanitarian Affairs (OCHA) Iraq",
         published="2017-05-15", kind="official",
         events=[ev(MOS, "2017-05-14", "Mosul", "in west", killed=(3, 3), injured=(2, 2))],
         statements=[st("un", "asserts", "occurrence", MOS),
                     st("ngo", "asserts", "occurrence", MOS)],
         contradictions=[]),
    dict(id="n11_mosul_ema_statement",
         url="https://emergencymedicalalliance.example/en/news/iraq-ema-ambulance-hit-air-strike-west-mosul",
         publisher="Emergency Medical Alliance (EMA) - Press release", published="2017-05-16", kind="ngo",
         events=[ev(MOS, "2017-05-14", "Mosul", "in west", killed=(3, 3), injured=(2, 2))],
         statements=[st("ngo", "asserts", "unknown", MOS),
                     st("ngo", "disputes", "isis", MOS),
                     st("iraq-joc", "asserts", "isis", MOS)],
         contradictions=[cx(MOS, "attribution", "ngo", "iraq-joc",
                            "EMA says a large aerial bomb hit its ambulance; the JOC says an explosive dropped from an "
                            "IS drone.")]),
    dict(id="n12_mosul_ap_ambulance",
         url="https://lakeshoretribune.example/news/world/2017/05/16/iraq-mosul-ambulance-drone-airstrike",
         publisher="The Associated Press (via Lakeshore Tribune)", published="2017-05-16", kind="news",
         events=[ev(MOS, "2017-05-14", "Mosul", "in western", killed=(3, 3))],
         statements=[st("iraq-joc", "asserts", "isis", MOS),
                     st("iraq-joc", "denies", "iraq", MOS),
                     st("iraq-joc", "denies", "coalition", MOS),
                     st("cjtf-oir", "denies", "coalition", MOS),
                     st("ngo", "asserts", "unknown", MOS),
                     st("iraqi-sources", "asserts", "iraq-army-aviation", MOS),
                     st("un", "asserts", "occurrence", MOS)],
         contradictions=[cx(MOS, "attribution", "ngo", "iraq-joc",
                            "The charity says an airstrike; the JOC says an IS drone and no Iraqi or coalition "
                            "airstrikes in Zanjili that morning."),
                         cx(MOS, "attribution", "iraqi-sources", "iraq-joc",
                            "An army officer says an Iraqi helicopter fired on a vehicle there; the JOC blames an IS "
                            "drone and denies any Iraqi air strike.")]),
    # --- Mayadin: US strike on an IRGC-linked compound, 17 August 2023 ----------------------------
    dict(id="n13_mayadin_live_blog", url="https://levantledger.example/live/2023/08/17/eastern-syria-strikes-live",
         publisher="The Levant Ledger (live blog)", published="2023-08-17", kind="news",
         events=[ev(MAY, "2023-08-17", "al-Mayadin", "near", killed=(4, 4), civilians_killed=(3, 3), injured=(5, 5))],
         statements=[st("pmf", "asserts", "us", MAY),
                     st("syria-gov", "asserts", "us", MAY),
                     st("syria-gov", "asserts", "unknown", MAY),
                     st("us-dod", "asserts", "us", MAY),
                     st("us-official", "confirms", "us", MAY),
                     st("journalist", "asserts", "israel", MAY),
                     st("journalist", "retracts", "israel", MAY),
                     st("ngo", "asserts", "occurrence", MAY),
                     st("local-sources", "asserts", "occurrence", MAY)],
         contradictions=[cx(MAY, "retraction", "journalist", "journalist",
                            "The blog withdraws its 23:20 post attributing the strikes to Israeli warplanes."),
                         cx(MAY, "attribution", "journalist", "us-official",
                            "The early post, citing a regional outlet, says Israeli jets; a US defense official confirms "
                            "US forces carried out the strikes."),
                         cx(MAY, "target", "syria-gov", "us-dod",
                            "SANA says three civilians were killed at a poultry farm; the Pentagon says an IRGC facility "
                            "and no civilians harmed."),
                         cx(MAY, "target", "syria-gov", "ngo",
                            "SANA reports civilians at a poultry farm; the monitor says militia fighters at a weapons "
                            "depot and training compound."),
                         cx(MAY, "count", "pmf", "ngo",
                            "Kataib Hezbollah says four of its members were killed; the monitor says at least six "
                            "fighters.")]),
    dict(id="n14_mayadin_pentagon_statement",
         url="https://defense.example/News/Releases/Release/Article/3497118/statement-on-us-strike-in-eastern-syria/",
         publisher="U.S. Department of Defense - Releases", published="2023-08-18", kind="official",
         events=[ev(MAY, "2023-08-17", "Mayadin", "near")],
         statements=[st("us-dod", "asserts", "us", MAY),
                     st("syria-gov", "asserts", "occurrence", MAY)],
         contradictions=[cx(MAY, "target", "syria-gov", "us-dod",
                            "Syrian regime media say civilians were killed at a farm; the Pentagon says the site was a "
                            "military facility and the claims are false.")]),
    # --- Weekly roundup: Mayadin, Samarra and a single Kirkuk line -------------------------------
    dict(id="n15_weekly_security_roundup", url="https://tigrisrisk.example/briefs/2023/week-33",
         publisher="Tigris Risk Analytics - Weekly Brief", published="2023-08-19", kind="news",
         events=[ev(MAY, "2023-08-17", "al-Mayadin", "on the eastern outskirts of", killed=(6, 6),
                    civilians_killed=(3, 3)),
                 ev(SAM, "2023-08-15", "Samarra", "east of", killed=(4, 4), civilians_killed=(4, 4)),
                 ev(KIR23, "2023-08-14", "Kirkuk", "southwest of", killed=(5, 5))],
         statements=[st("journalist", "asserts", "us", MAY),
                     st("us-dod", "asserts", "us", MAY),
                     st("ngo", "asserts", "occurrence", MAY),
                     st("syria-gov", "asserts", "occurrence", MAY),
                     st("pmf", "asserts", "us", MAY),
                     st("journalist", "asserts", "iraq-army-aviation", SAM),
                     st("iraq-joc", "asserts", "iraq-army-aviation", SAM),
                     st("local-sources", "asserts", "iraq-army-aviation", SAM),
                     st("iraq-joc", "asserts", "iraq-air-force", KIR23)],
         contradictions=[cx(MAY, "target", "us-dod", "syria-gov",
                            "The Pentagon says an IRGC weapons facility and no civilians harmed; Syrian state media say "
                            "three civilians killed at a poultry farm."),
                         cx(MAY, "target", "ngo", "syria-gov",
                            "The monitor counts six militia fighters; state media report civilians at a farm."),
                         cx(MAY, "count", "ngo", "pmf",
                            "The monitor counts six dead; Kataib Hezbollah acknowledges four."),
                         cx(SAM, "target", "iraq-joc", "local-sources",
                            "The Security Media Cell says four terrorists in a hideout; relatives say three farmers and "
                            "a boy irrigating their land.")]),
    # --- Samarra (al-Mutaibija): army aviation strike, militants or farmers, 15 August 2023 ---------
    dict(id="n16_samarra_smc_statement", url="https://smc-iraq.example/statements/2023/08/15/3318-en",
         publisher="Security Media Cell - Joint Operations Command, Republic of Iraq (English service)",
         published="2023-08-15", kind="official",
         events=[ev(SAM, "2023-08-15", "Samarra", "east of", killed=(4, 4), vehicles_destroyed=(1, 1))],
         statements=[st("iraq-joc", "asserts", "iraq-army-aviation", SAM)],
         contradictions=[]),
    dict(id="n17_samarra_relatives_noheader", url="", publisher="Iraq Pulse", published="2023-08-16", kind="news",
         events=[ev(SAM, "2023-08-15", "Samarra", "east of", killed=(4, 4), civilians_killed=(4, 4),
                    vehicles_destroyed=(1, 1))],
         statements=[st("local-sources", "asserts", "iraq-army-aviation", SAM),
                     st("iraq-joc", "asserts", "iraq-army-aviation", SAM),
                     st("iraq-military", "asserts", "iraq-army-aviation", SAM),
                     st("iraqi-sources", "asserts", "occurrence", SAM)],
         contradictions=[cx(SAM, "target", "local-sources", "iraq-joc",
                            "Relatives say three farmers and a boy watering their orchards; the Cell says four "
                            "terrorists in a hideout."),
                         cx(SAM, "target", "iraq-military", "local-sources",
                            "The Samarra Operations Command says the strike rested on accurate intelligence in a "
                            "terrorist corridor; the family says the men were farmers with army permits."),
                         cx(SAM, "target", "iraqi-sources", "iraq-joc",
                            "A Samarra police officer says the dead were civilians with no security records; the Cell "
                            "says terrorists.")]),
    # --- Raqqa (al-Badu): coalition strike on an apartment building, 20 August 2017 ------------------
    dict(id="n18_raqqa_feature_apartments",
         url="https://meridianreview.example/features/2017/09/14/raqqa-coalition-strike-badu-apartments",
         publisher="The Meridian Review - Features", published="2017-09-14", kind="news",
         events=[ev(RAQ, "2017-08-20", "Raqqa", "in", civilians_killed=(18, 18)),
                 ev(RAQB, "2017-06-19", "Raqqa", "south of", killed=(21, 21)),
                 ev(RAQG, "2017-07-18", "Raqqa", "in", killed=(12, N))],
         statements=[st("local-sources", "asserts", "coalition", RAQ),
                     st("ngo", "asserts", "coalition", RAQ),
                     st("cjtf-oir", "asserts", "coalition", RAQ),
                     st("airwars", "asserts", "occurrence", RAQ),
                     st("journalist", "asserts", "coalition", RAQB),
                     st("ngo", "asserts", "occurrence", RAQB),
                     st("cjtf-oir", "asserts", "coalition", RAQB),
                     st("journalist", "asserts", "occurrence", RAQG),
                     st("local-sources", "asserts", "occurrence", RAQG)],
         contradictions=[cx(RAQ, "count", "local-sources", "ngo",
                            "Raqqa Voices names 18 civilian dead; the monitor puts the toll at 27."),
                         cx(RAQ, "target", "local-sources", "cjtf-oir",
                            "The victim's brother says IS had left the street two days before; the coalition says it "
                            "engaged IS fighters firing from the building."),
                         cx(RAQB, "target", "ngo", "cjtf-oir",
                            "The monitor counts 21 dead, most of them women and children; the coalition says it "
                            "targeted boats IS used to move fighters."),
                         cx(RAQB, "target", "journalist", "cjtf-oir",
                            "The feature describes boats ferrying families on the only escape route; the coalition says "
                            "IS boats.")]),
    dict(id="n19_raqqa_airwars_assessment",
         url="https://airwars.example/civilian-casualties/cs1382-august-20-2017/",
         publisher="Airwars", published="2017-09-05", kind="ngo",
         events=[ev(RAQ, "2017-08-20", "Raqqa", "in the al-Badu district of", civilians_killed=(18, 27), injured=(9, N))],
         statements=[st("airwars", "asserts", "coalition", RAQ),
                     st("local-sources", "asserts", "coalition", RAQ),
                     st("ngo", "asserts", "coalition", RAQ),
                     st("cjtf-oir", "asserts", "coalition", RAQ),
                     st("cjtf-oir", "confirms", "coalition", RAQ)],
         contradictions=[cx(RAQ, "count", "local-sources", "ngo",
                            "Raqqa Voices names 18 victims; the monitor gives 27."),
                         cx(RAQ, "target", "local-sources", "cjtf-oir",
                            "A relative says only families remained in the building; CJTF-OIR says it engaged IS "
                            "fighters firing from it.")]),
    # --- Tal Afar: market strike; coalition (Amaq, PMF) or Iraqi air force, 21 August 2017 ----------
    dict(id="n20_talafar_wire_market",
         url="https://gulfbusinessdaily.example/world/2017/08/22/iraq-talafar-market-strike-claims",
         publisher="Reuters (via Gulf Business Daily)", published="2017-08-22", kind="news",
         events=[ev(TAF, "2017-08-21", "Tal Afar", "in", killed=(24, N), civilians_killed=(25, 25))],
         statements=[st("isis-amaq", "asserts", "coalition", TAF),
                     st("iraq-state-tv", "asserts", "iraq-air-force", TAF),
                     st("cjtf-oir", "asserts", "coalition", TAF),
                     st("local-sources", "asserts", "occurrence", TAF)],
         contradictions=[cx(TAF, "attribution", "isis-amaq", "iraq-state-tv",
                            "Amaq says coalition aircraft bombed the market; state TV says Iraqi air force jets struck."),
                         cx(TAF, "target", "isis-amaq", "iraq-state-tv",
                            "Amaq says 25 civilians at a market; state TV says a gathering of militants, dozens killed."),
                         cx(TAF, "target", "isis-amaq", "cjtf-oir",
                            "Amaq says a market; the coalition says it struck only fighting positions, caches and "
                            "vehicles and has no indication it hit a market.")]),
    dict(id="n21_talafar_turkmen_outlet",
         url="https://turkmenelivoice.example/en/2017/08/24/families-fled-talafar-strike-market",
         publisher="Turkmeneli Voice (English)", published="2017-08-24", kind="news",
         events=[ev(TAF, "2017-08-21", "Tal Afar", "in", civilians_killed=(11, 11))],
         statements=[st("local-sources", "asserts", "occurrence", TAF),
                     st("pmf", "asserts", "coalition", TAF),
                     st("iraq-mod", "asserts", "iraq", TAF),
                     st("isis-amaq", "asserts", "coalition", TAF),
                     st("iraqi-sources", "asserts", "iraq-air-force", TAF)],
         contradictions=[cx(TAF, "attribution", "pmf", "iraq-mod",
                            "A Turkmen PMF commander says coalition planes; the defence ministry says its own aircraft."),
                         cx(TAF, "attribution", "pmf", "iraqi-sources",
                            "The PMF commander says coalition planes; an army officer says the Iraqi air force."),
                         cx(TAF, "attribution", "isis-amaq", "iraq-mod",
                            "Amaq says crusader aircraft; the ministry says its aircraft struck a Daesh meeting."),
                         cx(TAF, "target", "local-sources", "iraq-mod",
                            "Families say eleven civilians died at the market; the ministry says a meeting of Daesh "
                            "leaders and no civilians harmed."),
                         cx(TAF, "count", "local-sources", "isis-amaq",
                            "Families give eleven dead; Amaq claimed 25.")]),
    # --- Ramadi (al-Tash): coalition strike on an army position, or IS mortars, 8 December 2015 ----
    dict(id="n22_ramadi_soldiers_noheader", url="", publisher="Reuters", published="2015-12-09", kind="news",
         events=[ev(RAM, "2015-12-08", "Ramadi", "south of", killed=(9, 9), injured=(14, 14))],
         statements=[st("iraq-mod", "asserts", "coalition", RAM),
                     st("iraqi-sources", "asserts", "coalition", RAM),
                     st("us-dod", "asserts", "coalition", RAM),
                     st("us-dod", "disputes", "coalition", RAM)],
         contradictions=[cx(RAM, "attribution", "iraq-mod", "us-dod",
                            "The ministry says a coalition strike killed nine soldiers; the Pentagon says it is not clear "
                            "coalition munitions caused the casualties and points to IS mortar fire."),
                         cx(RAM, "target", "iraq-mod", "us-dod",
                            "The ministry says the aircraft struck its position; the Pentagon says the strikes hit IS "
                            "fighters attacking it."),
                         cx(RAM, "attribution", "iraqi-sources", "us-dod",
                            "Anbar officers say a coalition jet bombed the berm; the Pentagon questions that coalition "
                            "munitions caused the deaths.")]),
    dict(id="n23_ramadi_mod_withdraws",
         url="https://iraqdailymonitor.example/2015/12/12/mod-withdraws-statement-coalition-soldiers-ramadi",
         publisher="Iraq Daily Monitor", published="2015-12-12", kind="news",
         events=[ev(RAM, "2015-12-08", "Ramadi", "south of", killed=(9, 9), injured=(14, 14))],
         statements=[st("iraq-mod", "asserts", "coalition", RAM),
                     st("iraq-mod", "retracts", "coalition", RAM),
                     st("iraq-mod", "asserts", "isis", RAM),
                     st("cjtf-oir", "denies", "coalition", RAM),
                     st("cjtf-oir", "asserts", "coalition", RAM),
                     st("iraqi-sources", "asserts", "coalition", RAM)],
         contradictions=[cx(RAM, "retraction", "iraq-mod", "iraq-mod",
                            "The ministry declares void its statement blaming a coalition air strike and now blames "
                            "IS mortar fire."),
                         cx(RAM, "attribution", "iraqi-sources", "cjtf-oir",
                            "Wounded soldiers say a coalition jet dropped the bomb; the coalition's review found no "
                            "evidence its munitions struck Iraqi forces."),
                         cx(RAM, "attribution", "iraqi-sources", "iraq-mod",
                            "Wounded soldiers say one bomb from a jet killed nine; the ministry now says IS mortars.")]),
    # --- Hit: air strikes on an IS column or on fleeing families, 12 October 2014 -----------------
    dict(id="n24_hit_centcom_release",
         url="https://centcom.example/media/press-releases/Article/884211/us-military-forces-continue-to-attack-isil-in-syria-and-iraq/",
         publisher="U.S. Central Command - Press Releases", published="2014-10-13", kind="official",
         events=[ev(DEZ14, "2014-10-12", "Deir ez-Zor", "near", strikes=(1, 1)),
                 ev(HIT, "2014-10-12", "Hit", "near", vehicles_destroyed=(3, 3), strikes=(2, 2)),
                 ev(MOS14, "2014-10-12", "Mosul", "near", strikes=(1, 1))],
         statements=[st("us-dod", "asserts", "us", DEZ14),
                     st("us-dod", "asserts", "us", HIT),
                     st("us-dod", "asserts", "us", MOS14)],
         contradictions=[]),
    dict(id="n25_hit_afp_convoy",
         url="https://nilevalleychronicle.example/world/2014/10/13/air-strikes-hit-is-column-near-iraqs-hit",
         publisher="Agence France-Presse (via Nile Valley Chronicle online)", published="2014-10-13", kind="news",
         events=[ev(HIT, "2014-10-12", "Hit", "near", killed=(30, 30), civilians_killed=(11, N), injured=(19, 19),
                    vehicles_destroyed=(4, 4), strikes=(2, 2))],
         statements=[st("iraq-state-tv", "asserts", "iraq-air-force", HIT),
                     st("local-sources", "asserts", "us", HIT),
                     st("us-dod", "asserts", "us", HIT)],
         contradictions=[cx(HIT, "attribution", "iraq-state-tv", "local-sources",
                            "State TV says Iraqi air force jets; the council member says American planes."),
                         cx(HIT, "attribution", "iraq-state-tv", "us-dod",
                            "State TV credits Iraqi jets; Central Command says US aircraft struck near Hit."),
                         cx(HIT, "target", "iraq-state-tv", "local-sources",
                            "State TV says 30 militants in an IS convoy; residents say cars carrying fleeing families."),
                         cx(HIT, "target", "us-dod", "local-sources",
                            "Central Command says IS vehicles in a column; the council member says women and children "
                            "burned in their cars.")]),
    # --- Haditha: IS leaders' meeting; Iraqi F-16s or the coalition, 24 March 2016 -----------------
    dict(id="n26_haditha_state_tv_f16",
         url="https://euphratesnews.example/en/security/2016/03/25/iraqi-f16s-kill-is-wali-anbar-haditha",
         publisher="Euphrates News Network (English)", published="2016-03-25", kind="news",
         events=[ev(HAD, "2016-03-24", "Haditha", "west of", killed=(14, 14), vehicles_destroyed=(3, 3))],
         statements=[st("iraq-state-tv", "asserts", "iraq-air-force", HAD),
                     st("iraq-joc", "asserts", "iraq-air-force", HAD),
                     st("pmf", "asserts", "occurrence", HAD)],
         contradictions=[]),
    dict(id="n27_haditha_cjtf_release",
         url="https://inherentresolve.example/news/releases/2016/03/26/coalition-strike-kills-senior-isil-leader-near-haditha/",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2016-03-26", kind="official",
         events=[ev(HAD, "2016-03-24", "Haditha", "near", killed=(1, N))],
         statements=[st("cjtf-oir", "asserts", "coalition", HAD),
                     st("cjtf-oir", "denies", "iraq-air-force", HAD),
                     st("iraq-state-tv", "asserts", "iraq-air-force", HAD)],
         contradictions=[cx(HAD, "attribution", "iraq-state-tv", "cjtf-oir",
                            "Iraqi state television credits Iraqi Air Force aircraft; the coalition calls that inaccurate "
                            "and says its own aircraft struck.")]),
    # --- Deir ez-Zor (al-Bulil): strikes on a Euphrates crossing, 29 September 2017 -----------------
    dict(id="n28_deirezzor_monitor_crossing",
         url="https://syrianwatchhr.example/en/2017/09/29/russian-warplanes-euphrates-crossings-deir-ezzor/",
         publisher="Syrian Watch for Human Rights", published="2017-09-29", kind="ngo",
         events=[ev(DEZ, "2017-09-29", "Deir Ezzor", "east of", civilians_killed=(31, 31), injured=(24, N),
                    strikes=(3, N)),
                 ev(HAJ17, "2017-09-29", "Hajin", "in", killed=(7, N))],
         statements=[st("ngo", "asserts", "russia", DEZ),
                     st("ngo", "asserts", "coalition", HAJ17)],
         contradictions=[]),
    dict(id="n29_deirezzor_russia_rejects",
         url="https://caspianwire.example/news/2017/09/30/russia-jets-boats-euphrates-deir-ezzor",
         publisher="Caspian Wire Service", published="2017-09-30", kind="news",
         events=[ev(DEZ, "2017-09-29", "Deir ez-Zor", "near", killed=(41, N), civilians_killed=(31, 31))],
         statements=[st("russia-mod", "asserts", "russia", DEZ),
                     st("ngo", "asserts", "russia", DEZ),
                     st("syria-gov", "asserts", "coalition", DEZ),
                     st("cjtf-oir", "denies", "coalition", DEZ)],
         contradictions=[cx(DEZ, "target", "russia-mod", "ngo",
                            "Moscow says its jets destroyed boats carrying IS fighters; the monitor says 31 civilians "
                            "fleeing were killed."),
                         cx(DEZ, "attribution", "syria-gov", "ngo",
                            "SANA blames coalition aircraft for the deaths at the crossings; the monitor says Russian "
                            "strikes."),
                         cx(DEZ, "attribution", "syria-gov", "cjtf-oir",
                            "SANA blames the coalition; the coalition says it conducted no strikes near al-Bulil.")]),
    dict(id="n30_deirezzor_ichp_statement",
         url="https://ichp.example/en/document/syria-ichp-alarmed-civilian-deaths-euphrates-river-crossings",
         publisher="International Committee for Humanitarian Protection (ICHP) - News release",
         published="2017-10-02", kind="ngo",
         events=[ev(DEZ, "2017-09-29", "Deir ez-Zor", "east of", civilians_killed=(24, N), injured=(23, 23))],
         statements=[st("ngo", "asserts", "unknown", DEZ)],
         contradictions=[]),
]


if __name__ == "__main__":
    write(DOCS, OUT)
