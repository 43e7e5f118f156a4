#!/usr/bin/env python3
"""Writes eval/dev8/gold/*.json from the compact specs below (python3 eval/dev8/tools/make_gold.py).

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


ABK = "abu-kamal-warehouses-2021-10-14"
TIK = "tikrit-depot-2022-07-11"
QAIM = "al-qaim-outpost-2022-06-26"
HAS = "hasakah-van-2022-08-18"
ARI = "ariha-quarry-2022-08-24"
MOS = "mosul-bakery-2017-03-09"
RAM = "ramadi-house-2014-11-23"
KIR = "kirkuk-shepherds-2020-11-02"
SIN = "sinjar-car-2022-07-06"
RAQ = "raqqa-market-2015-10-16"
HIT = "hit-checkpoint-2016-04-03"
# a background strike mentioned by two texts (the editorial d08 and the factbox d09)
ABK21 = "abu-kamal-depot-2021-05-04"
# single-report strike lines (a factbox, a monthly toll, a UN report, a daily summary, a monthly CIVCAS report)
JUR = "jurf-al-sakhar-pickup-2020-09-14"
KAN = "kansafra-shelling-2022-08-09"
MAN = "manbij-shelling-2022-08-30"
MOSD = "mosul-distribution-2017-03-02"
BAI = "baiji-gathering-2014-11-23"
BAG = "baghuz-trucks-2019-03-11"
HAJ19 = "hajin-car-2019-01-02"

DOCS = [
    # --- Abu Kamal: strikes on militia warehouses, Israel (SANA) or the US (Kataib Hezbollah), 14 October 2021
    dict(id="d01_abukamal_sana_aggression", url="https://sana-en.example/?p=241877",
         publisher="SANA - Syrian Arab News Agency (English)", published="2021-10-15", kind="news",
         events=[ev(ABK, "2021-10-14", "al-Bukamal", "in the vicinity of", killed=(1, 1), injured=(3, 3))],
         statements=[st("syria-gov", "asserts", "israel", ABK)],
         contradictions=[]),
    dict(id="d02_abukamal_monitor_thread",
         url="https://syriadesknotes.example/2021/10/15/euphrates-eye-thread-albukamal/",
         publisher="Syria Desk Notes", published="2021-10-15", kind="blog",
         events=[ev(ABK, "2021-10-14", "al-Bukamal", "east of", killed=(16, 16), injured=(7, 7))],
         statements=[st("local-sources", "asserts", "unknown", ABK),
                     st("syria-gov", "asserts", "israel", ABK),
                     st("pmf", "asserts", "us", ABK)],
         contradictions=[cx(ABK, "attribution", "syria-gov", "pmf",
                            "SANA blames Israeli aggression; the Kataib Hezbollah channel says American drones from "
                            "al-Tanf."),
                         cx(ABK, "target", "local-sources", "syria-gov",
                            "Euphrates Eye says militia warehouses storing rockets and 16 militia members; SANA speaks "
                            "of army losses and a cereal warehouse.")]),
    dict(id="d03_abukamal_karbala_funeral",
         url="https://karbalapost.example/en/2021/10/17/karbala-funeral-four-fighters-abu-kamal/",
         publisher="Karbala Post (English edition)", published="2021-10-17", kind="news",
         events=[ev(ABK, "2021-10-14", "Abu Kamal", "east of", killed=(16, N))],
         statements=[st("ngo", "asserts", "occurrence", ABK),
                     st("local-sources", "asserts", "israel", ABK),
                     st("pmf", "asserts", "us", ABK),
                     st("pmf", "asserts", "israel", ABK),
                     st("syria-gov", "asserts", "israel", ABK),
                     st("us-official", "denies", "us", ABK)],
         contradictions=[cx(ABK, "attribution", "pmf", "us-official",
                            "The Kataib Hezbollah commander blames the 'American-Zionist aggression'; a US defense "
                            "official says no US aircraft struck in the Abu Kamal area."),
                         cx(ABK, "target", "pmf", "ngo",
                            "The commander says the warehouses held only food and fuel; the monitor says they stored "
                            "rockets and drones.")]),
    # --- Tikrit (Camp Speicher): a PMF depot blast blamed on an Israeli drone, 11 July 2022 --------------
    dict(id="d04_tikrit_pmf_channel_thread",
         url="https://iraqwirewatch.example/2022/07/11/speicher-blast-channel-posts/",
         publisher="Iraq Wire Watch", published="2022-07-11", kind="blog",
         events=[ev(TIK, "2022-07-11", "Tikrit", "north of", killed=(2, 2), injured=(5, 5))],
         statements=[st("pmf", "asserts", "israel", TIK),
                     st("pmf", "asserts", "us", TIK),
                     st("us-official", "denies", "us", TIK),
                     st("pmf", "retracts", "israel", TIK),
                     st("pmf", "retracts", "us", TIK),
                     st("pmf", "denies", "occurrence", TIK)],
         contradictions=[cx(TIK, "retraction", "pmf", "pmf",
                            "The channel deletes its post on a Zionist drone with American cover and says, citing the "
                            "PMF security directorate, that no aircraft or drone was detected over the base."),
                         cx(TIK, "attribution", "pmf", "us-official",
                            "The channel says the Americans opened the sky for the drone; a US official says "
                            "Washington had nothing to do with the explosion.")]),
    dict(id="d05_tikrit_wire_correction", url="", publisher="Levant Press Service", published="2022-07-11",
         kind="news",
         events=[ev(TIK, "2022-07-11", "Tikrit", "north of", killed=(2, 2), injured=(5, 5))],
         statements=[st("pmf", "asserts", "israel", TIK),
                     st("iraq-joc", "denies", "occurrence", TIK),
                     st("us-official", "denies", "us", TIK),
                     st("cjtf-oir", "denies", "coalition", TIK),
                     st("local-sources", "asserts", "occurrence", TIK),
                     st("journalist", "retracts", "occurrence", TIK)],
         contradictions=[cx(TIK, "occurrence", "pmf", "iraq-joc",
                            "A PMF official blames an Israeli drone; the Joint Operations Command says no aircraft, "
                            "manned or unmanned, targeted the base."),
                         cx(TIK, "occurrence", "local-sources", "iraq-joc",
                            "A farmer is sure it was a drone strike; the JOC says nothing targeted the base."),
                         cx(TIK, "retraction", "journalist", "journalist",
                            "The correction removes the story's earlier description of the blast as an air strike.")]),
    dict(id="d06_parliament_security_committee",
         url="https://majliswatch.example/en/committees/security-defence/2022-07-20-minutes-excerpt",
         publisher="Majlis Watch - Iraqi parliamentary monitor (unofficial translation)", published="2022-07-20",
         kind="official",
         events=[ev(TIK, "2022-07-11", "Tikrit", "north of", killed=(2, 2), injured=(5, 5)),
                 ev(SIN, "2022-07-06", "Sinjar", "north of", civilians_killed=(3, 3))],
         statements=[st("pmf", "asserts", "occurrence", TIK),
                     st("iraq-mod", "denies", "occurrence", TIK),
                     st("us-embassy", "denies", "us", TIK),
                     st("local-sources", "asserts", "turkey", SIN),
                     st("iraq-joc", "asserts", "turkey", SIN)],
         contradictions=[cx(TIK, "occurrence", "pmf", "iraq-mod",
                            "The brigade's commanders told MPs the depot was hit from the air; the minister says radars "
                            "recorded no aircraft or drone and there was no air strike.")]),
    # --- al-Qaim: US strikes on PMF border positions (Kataib Hezbollah facilities per the Pentagon), 26 June 2022
    dict(id="d07_alqaim_anbar_tv_script",
         url="https://mesopotamiamediamonitor.example/transcripts/2022/06/27/furat-gharbi-2000-bulletin/",
         publisher="Mesopotamia Media Monitor (translation of Al-Furat al-Gharbi TV)", published="2022-06-27",
         kind="news",
         events=[ev(QAIM, "2022-06-26", "al-Qaim", "west of", killed=(4, 4), injured=(6, 6))],
         statements=[st("journalist", "asserts", "us", QAIM),
                     st("local-sources", "asserts", "occurrence", QAIM),
                     st("pmf", "asserts", "us", QAIM),
                     st("us-dod", "asserts", "us", QAIM),
                     st("iraq-military", "asserts", "us", QAIM)],
         contradictions=[cx(QAIM, "count", "pmf", "local-sources",
                            "The PMF says four members were killed and six wounded; al-Qaim hospital received five "
                            "bodies and eight wounded."),
                         cx(QAIM, "target", "pmf", "us-dod",
                            "The regiment commander says a state border force with no link to any attack; the Pentagon "
                            "says facilities Kataib Hezbollah used to launch drone attacks."),
                         cx(QAIM, "target", "iraq-military", "us-dod",
                            "The Commander-in-Chief's spokesman condemns strikes on forces of the Iraqi state; the "
                            "Pentagon says Kataib Hezbollah facilities.")]),
    dict(id="d08_alqaim_editorial",
         url="https://tigrisreview.example/opinion/editorials/2022/06/29/bombs-on-the-border/",
         publisher="The Tigris Review", published="2022-06-29", kind="news",
         events=[ev(QAIM, "2022-06-26", "al-Qaim", "near", killed=(4, 4)),
                 ev(ABK21, "2021-05-04", "Abu Kamal", "near")],
         statements=[st("journalist", "asserts", "us", QAIM),
                     st("us-dod", "asserts", "us", QAIM),
                     st("pmf", "asserts", "us", QAIM),
                     st("local-sources", "asserts", "occurrence", QAIM),
                     st("iraq-military", "asserts", "us", QAIM),
                     st("journalist", "asserts", "us", ABK21),
                     st("us-dod", "asserts", "us", ABK21)],
         contradictions=[cx(QAIM, "target", "pmf", "us-dod",
                            "The PMF says the dead belonged to a state border regiment with no part in any attack; the "
                            "Pentagon says Kataib Hezbollah used the sites to launch drones."),
                         cx(QAIM, "count", "pmf", "local-sources",
                            "Four dead by the PMF's count, five according to al-Qaim hospital."),
                         cx(QAIM, "target", "iraq-military", "us-dod",
                            "The Commander-in-Chief's office condemns strikes on forces of the Iraqi state; the "
                            "Pentagon says Kataib Hezbollah sites.")]),
    dict(id="d09_factbox_us_strikes_iraq_syria",
         url="https://gulfwire.example/world/middle-east/factbox-us-strikes-iran-aligned-groups-iraq-syria-2022-06-27/",
         publisher="Gulf Wire Service", published="2022-06-27", kind="news",
         events=[ev(JUR, "2020-09-14", "Jurf al-Sakhar", "near", killed=(2, 2)),
                 ev(ABK21, "2021-05-04", "Abu Kamal", "near", killed=(5, 5)),
                 ev(QAIM, "2022-06-26", "al-Qaim", "near", killed=(4, 4))],
         statements=[st("pmf", "asserts", "us", JUR),
                     st("cjtf-oir", "denies", "coalition", JUR),
                     st("journalist", "asserts", "us", ABK21),
                     st("us-dod", "asserts", "us", ABK21),
                     st("ngo", "asserts", "occurrence", ABK21),
                     st("journalist", "asserts", "us", QAIM),
                     st("us-dod", "asserts", "us", QAIM),
                     st("pmf", "asserts", "us", QAIM),
                     st("iraq-military", "asserts", "us", QAIM)],
         contradictions=[cx(JUR, "attribution", "pmf", "cjtf-oir",
                            "The PMF blames the United States; the coalition says it carried out no strikes in Iraq "
                            "that week."),
                         cx(QAIM, "target", "pmf", "us-dod",
                            "The Pentagon says Kataib Hezbollah drone-launch positions; the PMF says members of a "
                            "border-protection regiment.")]),
    # --- Hasakah: Turkish drone strike on a minivan on the Tal Tamr road, 18 August 2022 ---------------
    dict(id="d10_hasakah_ngo_release",
         url="https://jazirahealthrelief.example/en/press/2022-08-19-drone-strike-minivan-tal-tamr-road",
         publisher="Jazira Health Relief (JHR) - Press release", published="2022-08-19", kind="ngo",
         events=[ev(HAS, "2022-08-18", "Hasakah", "northwest of", civilians_killed=(3, 3), injured=(1, 1))],
         statements=[st("ngo", "asserts", "turkey", HAS),
                     st("local-sources", "asserts", "turkey", HAS)],
         contradictions=[]),
    dict(id="d11_srdn_monthly_toll_august_2022",
         url="https://srdn-syria.example/en/reports/monthly-death-toll-august-2022/",
         publisher="Syrian Rights Documentation Network (SRDN) - Monthly death toll report", published="2022-09-01",
         kind="ngo",
         events=[ev(KAN, "2022-08-09", "Kansafra", "in", civilians_killed=(3, 3)),
                 ev(HAS, "2022-08-18", "Hasakah", "northwest of", civilians_killed=(3, 3), injured=(1, 1)),
                 ev(ARI, "2022-08-24", "Ariha", "on the southern outskirts of", civilians_killed=(5, 5),
                    injured=(4, 4))],
         statements=[st("ngo", "asserts", "syria", KAN),
                     st("ngo", "asserts", "turkey", HAS),
                     st("ngo", "asserts", "russia", ARI),
                     st("local-sources", "asserts", "russia", ARI),
                     st("russia-mod", "denies", "russia", ARI)],
         contradictions=[cx(ARI, "attribution", "ngo", "russia-mod",
                            "SRDN believes the warplanes were Russian; Russia's reconciliation centre says Russian "
                            "aircraft flew no missions over Idlib that day."),
                         cx(ARI, "attribution", "local-sources", "russia-mod",
                            "The quarry owner says Russian planes hit them; Moscow says it flew no missions.")]),
    dict(id="d12_hasakah_council_interview",
         url="https://khaburdispatch.example/en/interviews/2022/08/21/tal-tamr-drone-strike-council-co-chair/",
         publisher="Khabur Dispatch (English)", published="2022-08-21", kind="news",
         events=[ev(HAS, "2022-08-18", "Hasakah", "northwest of", killed=(3, 3), injured=(1, 1))],
         statements=[st("ngo", "asserts", "turkey", HAS),
                     st("local-sources", "asserts", "turkey", HAS)],
         contradictions=[cx(HAS, "target", "local-sources", "ngo",
                            "The council co-chair says the dead were a farmer and two women with no weapons; the "
                            "monitor says two of them were Asayish members.")]),
    # --- Ariha: air strike on a stone quarry, Russia (SRDN, UN) or the Syrian army (state TV), 24 August 2022
    dict(id="d13_coi_syria_report_excerpt",
         url="https://un-coi-syria.example/documents/2023-02-advance-unedited-excerpt-paras-41-47",
         publisher="United Nations Human Rights Council - Independent International Commission of Inquiry on the "
                   "Syrian Arab Republic", published="2023-02-07", kind="official",
         events=[ev(ARI, "2022-08-24", "Ariha", "on the southern outskirts of", civilians_killed=(5, 5),
                    injured=(4, 4)),
                 ev(MAN, "2022-08-30", "Manbij", "in", civilians_killed=(2, 2), injured=(7, 7))],
         statements=[st("local-sources", "asserts", "occurrence", ARI),
                     st("syria-gov", "asserts", "syria", ARI),
                     st("russia-mod", "denies", "russia", ARI),
                     st("un", "asserts", "russia", ARI),
                     st("un", "asserts", "turkey", MAN)],
         contradictions=[cx(ARI, "attribution", "un", "russia-mod",
                            "The Commission finds Russian aircraft responsible; Russia's defence ministry says it flew "
                            "no missions over Idlib that day."),
                         cx(ARI, "attribution", "un", "syria-gov",
                            "The Commission attributes the attack to Russian aircraft; the Syrian government says its "
                            "own forces struck near Ariha."),
                         cx(ARI, "target", "un", "syria-gov",
                            "The Commission finds no military objective at the quarry; the government says it hit a "
                            "Jabhat al-Nusra training camp.")]),
    dict(id="d14_ariha_factcheck",
         url="https://levantverify.example/en/fact-checks/2022/08/26/ariha-quarry-not-training-camp/",
         publisher="Levant Verify", published="2022-08-26", kind="news",
         events=[ev(ARI, "2022-08-24", "Ariha", "south of", killed=(24, N), civilians_killed=(5, 5),
                    injured=(4, 4))],
         statements=[st("syria-gov", "asserts", "syria", ARI),
                     st("ngo", "asserts", "occurrence", ARI),
                     st("local-sources", "asserts", "russia", ARI),
                     st("russia-mod", "denies", "russia", ARI),
                     st("journalist", "asserts", "unknown", ARI)],
         contradictions=[cx(ARI, "target", "syria-gov", "ngo",
                            "State TV says the army destroyed a Nusra training camp, killing dozens of terrorists; the "
                            "rescuers recovered five civilian workers, three of them boys."),
                         cx(ARI, "target", "syria-gov", "journalist",
                            "State TV says a terrorist training camp; the fact-checkers find a working stone quarry."),
                         cx(ARI, "attribution", "local-sources", "russia-mod",
                            "The plane spotters say Russian jets carried out the strike; Russia's defence ministry says "
                            "it flew no missions over Idlib."),
                         cx(ARI, "attribution", "syria-gov", "local-sources",
                            "State TV credits the Syrian armed forces; the spotters say Russian jets.")]),
    # --- Mosul (al-Mansour): coalition strike on a building with a bakery, 9 March 2017 -----------------
    dict(id="d15_mosul_15_6_execsum",
         url="https://inherentresolve.example/releases/2017/08/10/execsum-15-6-west-mosul-march-9-2017/",
         publisher="Combined Joint Task Force - Operation Inherent Resolve, Public Affairs", published="2017-08-10",
         kind="official",
         events=[ev(MOS, "2017-03-09", "Mosul", "in west", civilians_killed=(11, 11), injured=(6, 6))],
         statements=[st("cjtf-oir", "confirms", "coalition", MOS),
                     st("cjtf-oir", "asserts", "coalition", MOS),
                     st("local-sources", "asserts", "coalition", MOS),
                     st("airwars", "asserts", "coalition", MOS)],
         contradictions=[cx(MOS, "count", "cjtf-oir", "local-sources",
                            "The investigation finds 11 civilians killed; the civil society group reported more than "
                            "25."),
                         cx(MOS, "count", "cjtf-oir", "airwars",
                            "The investigation finds 11; Airwars reported 23 to 30 civilian deaths."),
                         cx(MOS, "target", "cjtf-oir", "local-sources",
                            "The coalition says it engaged two ISIS snipers on the roof; the allegation says it destroyed "
                            "a bakery with civilians queuing for bread.")]),
    dict(id="d16_unami_report_excerpt",
         url="https://uniraq.example/human-rights/reports/2017/11/western-mosul-civilian-harm-excerpt",
         publisher="United Nations Assistance Mission for Iraq (UNAMI) / Office of the United Nations High "
                   "Commissioner for Human Rights (OHCHR)", published="2017-11-02", kind="official",
         events=[ev(MOSD, "2017-03-02", "Mosul", "in eastern", civilians_killed=(2, 2), injured=(11, 11)),
                 ev(MOS, "2017-03-09", "Mosul", "in western", civilians_killed=(23, N), injured=(14, N))],
         statements=[st("un", "asserts", "isis", MOSD),
                     st("un", "asserts", "occurrence", MOS),
                     st("local-sources", "asserts", "occurrence", MOS),
                     st("cjtf-oir", "asserts", "coalition", MOS)],
         contradictions=[cx(MOS, "count", "un", "cjtf-oir",
                            "UNAMI/OHCHR verified at least 23 civilians killed; the coalition assessed 11."),
                         cx(MOS, "target", "local-sources", "cjtf-oir",
                            "Witnesses saw no ISIL fighters on the roof or in the building; the coalition says it struck "
                            "two ISIL snipers firing from the roof.")]),
    dict(id="d17_mosul_obituary_noheader", url="", publisher="Nineveh Voices", published="2017-03-16",
         kind="news",
         events=[ev(MOS, "2017-03-09", "Mosul", "in west", civilians_killed=(27, N))],
         statements=[st("local-sources", "asserts", "us", MOS),
                     st("iraqi-sources", "asserts", "isis", MOS),
                     st("iraqi-sources", "denies", "occurrence", MOS)],
         contradictions=[cx(MOS, "attribution", "local-sources", "iraqi-sources",
                            "The nephew says an American plane bombed the bakery; a Federal Police officer says IS "
                            "fighters blew up the building."),
                         cx(MOS, "occurrence", "local-sources", "iraqi-sources",
                            "The nephew saw the plane come twice; the officer says there was no air strike on that "
                            "street that morning.")]),
    # --- Ramadi (al-Hoz): Iraqi Air Force (MoD, state TV) or coalition (family; credible in 2019), 23 November 2014
    dict(id="d18_ramadi_iraqi_mod_daily_summary",
         url="https://mod-iraq.example/en/news/2014/11/24/daily-operations-summary",
         publisher="Iraqi Ministry of Defence - Media Directorate (English translation)", published="2014-11-24",
         kind="official",
         events=[ev(RAM, "2014-11-23", "Ramadi", "in central", killed=(18, 18), vehicles_destroyed=(2, 2)),
                 ev(BAI, "2014-11-23", "Baiji", "near", killed=(7, 7))],
         statements=[st("iraq-mod", "asserts", "iraq-air-force", RAM),
                     st("iraq-mod", "denies", "iraq-air-force", RAM),
                     st("local-sources", "asserts", "iraq-air-force", RAM),
                     st("iraq-mod", "asserts", "iraq-army-aviation", BAI)],
         contradictions=[cx(RAM, "target", "iraq-mod", "local-sources",
                            "The ministry says its air force destroyed a Daesh headquarters and killed 18 terrorists; "
                            "social media pages say it bombed a residential house.")]),
    dict(id="d19_cjtf_monthly_civcas_report_june_2019",
         url="https://inherentresolve.example/releases/2019/06/27/cjtf-oir-monthly-civilian-casualty-report/",
         publisher="Combined Joint Task Force - Operation Inherent Resolve", published="2019-06-27",
         kind="official",
         events=[ev(RAM, "2014-11-23", "Ramadi", "near", civilians_killed=(4, 4)),
                 ev(BAG, "2019-03-11", "Baghuz", "near", civilians_killed=(2, 2)),
                 ev(HAJ19, "2019-01-02", "Hajin", "near", civilians_killed=(6, 6))],
         statements=[st("cjtf-oir", "confirms", "coalition", RAM),
                     st("cjtf-oir", "asserts", "coalition", RAM),
                     st("local-sources", "asserts", "coalition", RAM),
                     st("cjtf-oir", "confirms", "coalition", BAG),
                     st("cjtf-oir", "asserts", "coalition", BAG),
                     st("local-sources", "asserts", "coalition", BAG),
                     st("syria-gov", "asserts", "coalition", HAJ19),
                     st("cjtf-oir", "denies", "coalition", HAJ19)],
         contradictions=[cx(RAM, "count", "cjtf-oir", "local-sources",
                            "The coalition finds four civilians killed; the relative reported seven family members."),
                         cx(BAG, "count", "cjtf-oir", "local-sources",
                            "The coalition finds two civilians killed; the social media report said nine."),
                         cx(HAJ19, "attribution", "syria-gov", "cjtf-oir",
                            "Syrian state media blamed a coalition strike; the coalition says none of its strikes were "
                            "in the vicinity.")]),
    # --- Sinjar: Turkish drone strike on a car, civilians or YBS members, 6 July 2022 -------------------
    dict(id="d20_sinjar_wire_corrects",
         url="https://gulfwire.example/world/middle-east/iraq-sinjar-drone-strike-2022-07-07/",
         publisher="Gulf Wire Service", published="2022-07-07", kind="news",
         events=[ev(SIN, "2022-07-06", "Sinjar", "north of", killed=(3, 3))],
         statements=[st("local-sources", "asserts", "turkey", SIN),
                     st("iraqi-sources", "asserts", "turkey", SIN),
                     st("iraq-joc", "asserts", "turkey", SIN)],
         contradictions=[cx(SIN, "target", "local-sources", "iraqi-sources",
                            "The mayor says the men were civilians coming back from the market; a Nineveh security "
                            "official says the drone targeted YBS members."),
                         cx(SIN, "target", "iraq-joc", "iraqi-sources",
                            "The JOC condemns an attack on a civilian vehicle; the security official says YBS members "
                            "were targeted.")]),
    dict(id="d21_sinjar_explainer",
         url="https://ninevehnow.example/en/explainers/2022/07/08/sinjar-drone-strike-what-we-know/",
         publisher="Nineveh Now (English)", published="2022-07-08", kind="news",
         events=[ev(SIN, "2022-07-06", "Sinjar", "north of", killed=(3, 3), injured=(1, 1))],
         statements=[st("local-sources", "asserts", "turkey", SIN),
                     st("iraqi-sources", "asserts", "turkey", SIN),
                     st("iraq-joc", "asserts", "turkey", SIN),
                     st("journalist", "asserts", "unknown", SIN)],
         contradictions=[cx(SIN, "target", "local-sources", "iraqi-sources",
                            "Relatives say the three were civilians back from the market; a Kurdish security official "
                            "says two had joined the YBS and were targeted for it."),
                         cx(SIN, "target", "iraq-joc", "iraqi-sources",
                            "The JOC calls it an attack on a civilian vehicle; the security official says YBS "
                            "members.")]),
    # --- Kirkuk (Wadi al-Shay): Iraqi F-16 strike, a Daesh hideout or four shepherds, 2 November 2020 ---
    dict(id="d22_kirkuk_air_force_post",
         url="https://kirkukmediawatch.example/translations/2020/11/03/iraqi-air-force-wadi-al-shay-post/",
         publisher="Kirkuk Media Watch (translation of the Iraqi Air Force Command's official page)",
         published="2020-11-03", kind="official",
         events=[ev(KIR, "2020-11-02", "Kirkuk", "south of", killed=(6, 6), strikes=(2, 2))],
         statements=[st("iraq-military", "asserts", "iraq-air-force", KIR)],
         contradictions=[]),
    dict(id="d23_kirkuk_radio_script",
         url="https://kirkukmediawatch.example/translations/2020/11/04/radio-kirkuk-alyawm-0800-bulletin/",
         publisher="Kirkuk Media Watch (translation of Radio Kirkuk al-Yawm)", published="2020-11-04",
         kind="news",
         events=[ev(KIR, "2020-11-02", "Kirkuk", "southwest of", killed=(6, 6), civilians_killed=(4, 4))],
         statements=[st("local-sources", "asserts", "iraq-air-force", KIR),
                     st("iraq-military", "asserts", "iraq-air-force", KIR),
                     st("pmf", "asserts", "iraq-air-force", KIR),
                     st("iraqi-sources", "asserts", "occurrence", KIR)],
         contradictions=[cx(KIR, "target", "local-sources", "iraq-military",
                            "The sheikh says the F-16s killed shepherds sleeping by their flock; the Air Force Command "
                            "says six Daesh terrorists in a hideout."),
                         cx(KIR, "count", "local-sources", "iraq-military",
                            "Families mourn four shepherds; the Air Force Command says six terrorists were killed."),
                         cx(KIR, "target", "pmf", "iraq-military",
                            "The PMF brigade commander says the four were shepherds it knew and the air force acted on "
                            "wrong information."),
                         cx(KIR, "target", "iraqi-sources", "local-sources",
                            "An operations command officer says the strike hit a Daesh supply cell using shepherds as "
                            "cover; the clan says they were shepherds.")]),
    dict(id="d24_kirkuk_written_answer", url="https://parliament-iq.example/en/questions/2020/58",
         publisher="Council of Representatives of Iraq - Parliamentary questions (unofficial English translation)",
         published="2020-12-08", kind="official",
         events=[ev(KIR, "2020-11-02", "Kirkuk", "south of", killed=(6, 6), civilians_killed=(4, 4))],
         statements=[st("local-sources", "asserts", "occurrence", KIR),
                     st("iraq-mod", "asserts", "iraq-air-force", KIR)],
         contradictions=[cx(KIR, "target", "local-sources", "iraq-mod",
                            "The families say the strike killed four shepherds; the ministry says a Daesh support "
                            "network using herding as cover."),
                         cx(KIR, "count", "local-sources", "iraq-mod",
                            "Four shepherds according to the families; six terrorists according to the ministry.")]),
    # --- Raqqa (Sabahiya market): Russian strike, a market or an IS command post, 16 October 2015 -------
    dict(id="d25_raqqa_newsletter_digest", url="https://euphratespolicy.example/levant-brief/112",
         publisher="Euphrates Policy Forum - The Levant Brief (weekly newsletter)", published="2015-10-19",
         kind="blog",
         events=[ev(RAQ, "2015-10-16", "Raqqa", "in", killed=(21, N), civilians_killed=(14, 14),
                    injured=(30, 30))],
         statements=[st("local-sources", "asserts", "russia", RAQ),
                     st("russia-mod", "asserts", "russia", RAQ),
                     st("isis-amaq", "asserts", "russia", RAQ),
                     st("cjtf-oir", "denies", "coalition", RAQ)],
         contradictions=[cx(RAQ, "target", "local-sources", "russia-mod",
                            "Raqqa Under Fire says Russian jets struck a vegetable market, killing 14 civilians; Moscow "
                            "says a command post and ammunition depot, no civilian infrastructure."),
                         cx(RAQ, "target", "isis-amaq", "russia-mod",
                            "Amaq says a market full of Muslims; Moscow says an ISIS command post."),
                         cx(RAQ, "count", "local-sources", "isis-amaq",
                            "The activists count 14 civilians; Amaq says more than 20 people.")]),
    dict(id="d26_raqqa_photo_captions",
         url="https://pictures.gulfwire.example/packages/2015/10/17/syria-crisis-raqqa/",
         publisher="Gulf Wire Service Pictures", published="2015-10-17", kind="news",
         events=[ev(RAQ, "2015-10-16", "Raqqa", "in", killed=(14, N))],
         statements=[st("local-sources", "asserts", "russia", RAQ),
                     st("russia-mod", "asserts", "russia", RAQ),
                     st("syria-gov", "asserts", "syria", RAQ),
                     st("syria-gov", "asserts", "russia", RAQ),
                     st("cjtf-oir", "denies", "coalition", RAQ)],
         contradictions=[cx(RAQ, "target", "local-sources", "russia-mod",
                            "Activists say a Russian strike on the Sabahiya market; Moscow says Islamic State targets."),
                         cx(RAQ, "target", "local-sources", "syria-gov",
                            "Activists say a market; Syrian state TV says gatherings of Daesh terrorists.")]),
    # --- Hit: six tribal fighters killed at a checkpoint, coalition jet, IS car bomb or Iraqi helicopter, 3 April 2016
    dict(id="d27_hit_podcast_transcript",
         url="https://frontlinedispatch.example/episodes/47-three-stories-one-checkpoint/transcript",
         publisher="The Frontline Dispatch (podcast)", published="2016-04-08", kind="news",
         events=[ev(HIT, "2016-04-03", "Hit", "east of", killed=(6, 6), injured=(9, 9), vehicles_destroyed=(1, 1))],
         statements=[st("pmf", "asserts", "coalition", HIT),
                     st("cjtf-oir", "asserts", "coalition", HIT),
                     st("cjtf-oir", "denies", "coalition", HIT),
                     st("iraq-joc", "asserts", "isis", HIT),
                     st("iraqi-sources", "asserts", "iraq-army-aviation", HIT)],
         contradictions=[cx(HIT, "attribution", "pmf", "cjtf-oir",
                            "The tribal commander says a coalition jet hit the checkpoint; the coalition has no "
                            "indication its munitions did."),
                         cx(HIT, "attribution", "pmf", "iraq-joc",
                            "The tribal commander blames a coalition jet; the JOC spokesman says an ISIS car bomb."),
                         cx(HIT, "attribution", "pmf", "iraqi-sources",
                            "The tribal commander blames a coalition jet; an Anbar officer says an Iraqi army "
                            "helicopter fired by mistake."),
                         cx(HIT, "attribution", "iraq-joc", "iraqi-sources",
                            "The JOC says an ISIS car bomb exploded at the checkpoint; the officer says an army Mi-35."),
                         cx(HIT, "target", "pmf", "cjtf-oir",
                            "The commander says the jet hit the checkpoint; the coalition says its strike destroyed a "
                            "car bomb approaching Iraqi positions.")]),
    dict(id="d28_hit_cjtf_response_to_query",
         url="https://inherentresolve.example/media/responses-to-query/2016/04/05/hit-checkpoint-april-3/",
         publisher="Combined Joint Task Force - Operation Inherent Resolve, Public Affairs", published="2016-04-05",
         kind="official",
         events=[ev(HIT, "2016-04-03", "Hit", "east of", killed=(6, 6), injured=(9, 9), vehicles_destroyed=(1, 1),
                    strikes=(1, 1))],
         statements=[st("pmf", "asserts", "coalition", HIT),
                     st("cjtf-oir", "asserts", "coalition", HIT),
                     st("cjtf-oir", "denies", "coalition", HIT)],
         contradictions=[cx(HIT, "attribution", "pmf", "cjtf-oir",
                            "Tribal leaders say a coalition aircraft struck their checkpoint; the coalition has no "
                            "indication its munitions struck it."),
                         cx(HIT, "target", "pmf", "cjtf-oir",
                            "The tribal leaders say the checkpoint was hit; the coalition says it struck a VBIED 300 "
                            "meters away.")]),
    dict(id="d29_ramadi_wire_2014_noheader", url="", publisher="Gulf Wire Service", published="2014-11-24",
         kind="news",
         events=[ev(RAM, "2014-11-23", "Ramadi", "in central", killed=(18, 18), civilians_killed=(7, 7))],
         statements=[st("local-sources", "asserts", "coalition", RAM),
                     st("iraq-mod", "asserts", "iraq-air-force", RAM),
                     st("iraq-state-tv", "asserts", "iraq-air-force", RAM),
                     st("us-dod", "denies", "coalition", RAM)],
         contradictions=[cx(RAM, "attribution", "local-sources", "iraq-mod",
                            "The cousin says coalition planes; the defence ministry says its own jets."),
                         cx(RAM, "attribution", "local-sources", "iraq-state-tv",
                            "The cousin says coalition planes; state television shows Iraqi Air Force jets."),
                         cx(RAM, "attribution", "local-sources", "us-dod",
                            "The cousin blames coalition planes; Central Command says the coalition conducted no strike "
                            "in Ramadi city that day."),
                         cx(RAM, "target", "local-sources", "iraq-mod",
                            "Relatives say a family house, seven dead; the ministry says an Islamic State headquarters, "
                            "18 militants.")]),
    dict(id="d30_hit_congress_qfr",
         url="https://armedservices-house.example/hearings/2016/06/counter-isil-operations/qfr-excerpt",
         publisher="U.S. House of Representatives, Committee on Armed Services - hearing record",
         published="2016-09-14", kind="official",
         events=[ev(HIT, "2016-04-03", "Hit", "east of", killed=(6, 6), strikes=(1, 1))],
         statements=[st("pmf", "asserts", "us", HIT),
                     st("us-dod", "asserts", "us", HIT),
                     st("us-dod", "denies", "us", HIT),
                     st("us-dod", "asserts", "iraq-army-aviation", HIT)],
         contradictions=[cx(HIT, "attribution", "pmf", "us-dod",
                            "Tribal leaders say a US aircraft struck the checkpoint; the Department does not assess that "
                            "the US strike caused the casualties and points to an Iraqi Army Aviation helicopter."),
                         cx(HIT, "target", "pmf", "us-dod",
                            "The tribal leaders say the checkpoint was struck; the Department says a VBIED 300 meters "
                            "away.")]),
]


if __name__ == "__main__":
    write(DOCS, OUT)
