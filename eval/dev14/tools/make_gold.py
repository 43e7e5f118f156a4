#!/usr/bin/env python3
"""Writes eval/dev14/gold/*.json from the compact specs below (see ../../goldspec.py).

goldspec.write() gives each event the coordinates of its gold place (lat, lon), which
the scorer reads for its 60 km rule; every place here is a real town.

  python3 eval/dev14/tools/make_gold.py             write the gold
  python3 eval/dev14/tools/make_gold.py --selftest  check the specs against the texts and the
                                                    conventions without writing anything
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import S, cx, doc, ev, main  # noqa: E402

OUT = os.path.join(HERE, "..", "gold")
TEXTS = os.path.join(HERE, "..", "texts")

# gold place -> (lat, lon), town centres to a few km
COORDS = {
    "al-Qaim": (34.369, 41.093), "Husaybah": (34.415, 41.005), "Jurf al-Sakhar": (32.858, 44.140),
    "Balad": (34.016, 44.146), "Akashat": (33.798, 40.595), "al-Musayyib": (32.778, 44.290),
    "Koy Sanjaq": (36.083, 44.628), "Koya": (36.083, 44.628), "Mosul": (36.345, 43.130),
    "Raqqa": (35.950, 39.010), "Hajin": (34.697, 40.834), "al-Susah": (34.520, 40.920),
    "Dashisha": (36.020, 41.250), "Rutba": (33.038, 40.285), "Baiji": (34.929, 43.493),
    "Maarat al-Numan": (35.648, 36.674), "Ariha": (35.813, 36.609), "Sinune": (36.452, 41.920),
    "Makhmour": (35.775, 43.583), "Qamishli": (37.052, 41.227),
}

HUS = "al-qaim-strike-2024-06-11"
JSK = "jurf-al-sakhar-strike-2024-06-11"
BAL = "balad-depot-2022-10-05"
AKA = "akashat-convoy-2021-03-19"
MUS = "musayyib-depot-2022-06-27"
KOY = "koya-strike-2023-04-18"
MOS = "mosul-zanjili-2017-05-27"
RAQ = "raqqa-al-badu-2017-09-03"
RQJ = "raqqa-strike-2017-06-19"
HAJ = "hajin-mosque-2018-11-23"
SUS = "al-susah-strike-2018-11-24"
DAS = "dashisha-f16-2019-07-22"
RUT = "rutba-f16-2019-07-21"
BAI = "baiji-helicopter-2015-09-14"
MAA = "maarat-al-numan-hospital-2019-12-16"
ARI = "ariha-market-2019-12-17"
SIN = "sinune-drone-2023-06-12"
MAK = "makhmour-drone-2023-06-14"
QAM = "qamishli-drone-2023-06-15"

N = None
DOCS = [
    # ---------------- Iraq: US strikes near al-Qaim (Husaybah) and Jurf al-Sakhar, 11 June 2024
    doc("01_centcom_release", "U.S. Central Command Public Affairs", "2024-06-12", "official",
        "https://centcom-news.example/releases/2024/06/12/us-forces-conduct-strikes-iraq",
        [ev(HUS, "2024-06-11", "al-Qaim", "outskirts of", killed=(5, 5), civilians_killed=(0, 0)),
         ev(JSK, "2024-06-11", "Jurf al-Sakhar", "near", civilians_killed=(0, 0))],
        [S(HUS, "us-dod asserts us"),
         S(JSK, "us-dod asserts us")]),
    doc("02_alqaim_wire", "Meridian Press Agency", "2024-06-12", "news",
        "https://meridianpress.example/world/middle-east/2024/06/12/iraq-us-strikes-qaim-jurf",
        [ev(HUS, "2024-06-11", "al-Qaim", "near", killed=(5, 5), civilians_killed=(0, 0)),
         ev(JSK, "2024-06-11", "Jurf al-Sakhar", "in", injured=(1, 1), civilians_killed=(0, 0))],
        [S(HUS, "journalist asserts us", "iraq-military asserts us", "us-dod asserts us", "pmf asserts occurrence"),
         S(JSK, "journalist asserts us", "iraq-military asserts us", "us-dod asserts us", "pmf asserts us")],
        [cx(HUS, "count", "pmf", "us-dod",
            "The PMF says the strike at its border post caused no losses in lives; CENTCOM says five militants were killed")]),
    doc("03_husaybah_local_translated", "Sawt al-Furat (translated from Arabic)", "2024-06-13", "news",
        "https://sawtalfurat.example/en/security/2024/06/13/husaybah-two-martyrs",
        [ev(HUS, "2024-06-11", "Husaybah", "outskirts of", killed=(2, 2), injured=(1, 1))],
        [S(HUS, "journalist asserts us", "pmf asserts us", "us-dod asserts us")],
        [cx(HUS, "count", "pmf", "us-dod",
            "The brigade says two of its men were killed and calls the American five a lie; CENTCOM says five militants were killed")]),
    # ---------------- Iraq: PMF depot west of Balad, 5 October 2022 (unidentified drone; Israel/US blamed, US denies)
    doc("04_balad_depot_wire", "Northbridge Press", "2022-10-06", "news",
        "https://northbridgepress.example/news/iraq/2022/10/06/balad-depot-drone",
        [ev(BAL, "2022-10-05", "Balad", "about 8 km west of", killed=(1, 1), injured=(4, 4))],
        [S(BAL, "pmf asserts unknown", "pmf asserts israel", "pmf asserts us", "us-official denies us")],
        [cx(BAL, "attribution", "pmf", "us-official",
            "A faction commander says Israel did it with the sky given by the Americans; a US official says the US carried out no strike in Iraq that day")]),
    doc("05_balad_osint_thread", "Grid Reference (blog)", "2022-10-08", "blog",
        "https://gridreference.example/2022/10/08/balad-depot-imagery",
        [ev(BAL, "2022-10-05", "Balad", "8 km west of", killed=(1, 1), injured=(4, 4))],
        [S(BAL, "journalist asserts occurrence", "pmf asserts unknown", "pmf asserts israel", "pmf asserts us",
           "us-official denies us")],
        [cx(BAL, "attribution", "pmf", "us-official",
            "A faction commander says Israel did it with American help; a US official says the US carried out no strike in Iraq that day")]),
    doc("06_balad_tv_transcript", "Dijla Satellite TV (transcript, translated from Arabic)", "2022-10-06", "news",
        "https://dijlatv.example/en/transcripts/2022/10/06/evening-news",
        [ev(BAL, "2022-10-05", "Balad", "near", killed=(1, 1))],
        [S(BAL, "journalist asserts occurrence", "local-sources asserts occurrence", "pmf asserts us",
           "iraq-joc denies iraq", "us-embassy denies us")],
        [cx(BAL, "attribution", "pmf", "us-embassy",
            "The PMF security directorate holds the American forces responsible; the US embassy says the United States had no involvement")]),
    # ---------------- Iraq: PMF convoy south-east of Akashat, 19 March 2021 (claimed air strike, withdrawn: road accident)
    doc("07_akashat_local_translated", "Al-Anbar al-Yawm (translated from Arabic)", "2021-03-20", "news",
        "https://anbaralyawm.example/en/news/2021/03/20/akashat-convoy-aircraft",
        [ev(AKA, "2021-03-19", "Akashat", "about 35 kilometres south-east of", killed=(2, 2), vehicles_destroyed=(3, 3))],
        [S(AKA, "pmf asserts unknown", "journalist asserts israel")]),
    doc("08_akashat_followup", "Gulf & Levant Newswire", "2021-03-22", "news",
        "https://glnewswire.example/iraq/2021/03/22/pmf-withdraws-akashat-claim",
        [ev(AKA, "2021-03-19", "Akashat", "about 35 km south-east of", killed=(2, 2), vehicles_destroyed=(3, 3))],
        [S(AKA, "pmf asserts unknown", "pmf retracts unknown", "journalist asserts israel", "iraq-joc denies occurrence",
           "cjtf-oir denies coalition")],
        [cx(AKA, "retraction", "pmf", "pmf",
            "The PMF had said an unidentified aircraft bombed the convoy; it now says no aircraft targeted it and a tanker overturned in a collision"),
         cx(AKA, "occurrence", "pmf", "iraq-joc",
            "The PMF had claimed an air attack; the Joint Operations Command says no hostile aircraft was in the airspace and there was no air strike in Anbar"),
         cx(AKA, "occurrence", "journalist", "iraq-joc",
            "Pro-Iran channels called it an Israeli attack; the Joint Operations Command says there was no air strike of any kind")]),
    # ---------------- Iraq: depot east of al-Musayyib, 27 June 2022 (called a drone strike; heat and poor storage)
    doc("09_musayyib_brief_nodate", "Babil 24 (brief)", "", "news",
        "https://babil24.example/en/briefs/musayyib-depot-drone",
        [ev(MUS, "", "al-Musayyib", "about 4 km east of", killed=(1, 1), injured=(8, 8))],
        [S(MUS, "pmf asserts unknown", "local-sources asserts occurrence")]),
    doc("10_iraq_mod_statement", "Republic of Iraq Ministry of Defence (translated from Arabic)", "2022-06-30", "official",
        "https://mod-iraq.example/en/statements/2022/06/30/musayyib-investigation",
        [ev(MUS, "2022-06-27", "al-Musayyib", "east of", killed=(1, 1), injured=(8, 8))],
        [S(MUS, "iraq-mod denies occurrence", "pmf asserts unknown")],
        [cx(MUS, "occurrence", "pmf", "iraq-mod",
            "A man presenting himself as a PMF security official said a drone struck the store; the ministry's committee says no aircraft or drone targeted it and the fire came from heat and poor storage")]),
    # ---------------- Kurdistan Region: camp on the edge of Koya, 18 April 2023 (Iran)
    doc("11_irgc_statement", "IRGC Ground Force Public Relations, via state news agency (translated from Persian)", "2023-04-18", "official",
        "https://irgc-gf-statements.example/en/2023/04/18/statement-no-2",
        [ev(KOY, "2023-04-18", "Koy Sanjaq", "area of")],
        [S(KOY, "iran asserts iran")]),
    doc("12_koya_kurdistan_daily", "The Erbil Chronicle (English edition)", "2023-04-19", "news",
        "https://erbilchronicle.example/en/kurdistan/2023/04/19/koya-camp-iranian-strikes",
        [ev(KOY, "2023-04-18", "Koya", "some six kilometres west of the town centre of", killed=(2, 2), civilians_killed=(2, 2),
            injured=(7, 7))],
        [S(KOY, "journalist asserts iran", "local-sources asserts iran", "iran asserts iran", "iraq-military asserts iran")],
        [cx(KOY, "target", "local-sources", "iran",
            "The party and the Kurdistan interior ministry say a camp of families was hit and a woman and her son killed; Iran says it destroyed terrorist headquarters and state TV says dozens of terrorists were killed")]),
    # ---------------- Iraq: al-Zanjili, west Mosul, 27 May 2017 (coalition; JOC blames ISIS)
    doc("13_mosul_monitor_assessment", "Iraq Civilian Harm Monitor", "2017-07-10", "ngo",
        "https://iraqcivharm.example/assessments/iq-170527-z",
        [ev(MOS, "2017-05-27", "Mosul", "al-Zanjili neighbourhood, west", killed=(12, 27), civilians_killed=(12, 27),
            injured=(9, 9))],
        [S(MOS, "ngo asserts coalition", "local-sources asserts occurrence", "iraq-joc asserts isis", "cjtf-oir asserts coalition")],
        [cx(MOS, "attribution", "ngo", "iraq-joc",
            "The Monitor considers a coalition strike the likely cause; the Joint Operations Command says ISIS booby-trapped and blew up the houses"),
         cx(MOS, "target", "ngo", "cjtf-oir",
            "The Monitor counts 12-27 civilians of three families killed; the coalition says it struck ISIS fighters in al-Zanjili that day"),
         cx(MOS, "target", "local-sources", "cjtf-oir",
            "Residents say an air strike destroyed a house sheltering three families; the coalition says it struck ISIS fighters")]),
    doc("14_cjtf_civcas_report", "Combined Joint Task Force - Operation Inherent Resolve Public Affairs", "2017-11-02", "official",
        "https://inherentresolve-news.example/releases/2017/11/02/monthly-civilian-casualty-report",
        [ev(MOS, "2017-05-27", "Mosul", "al-Zanjili neighborhood of west", killed=(4, 4), civilians_killed=(4, 4)),
         ev(RQJ, "2017-06-19", "Raqqa", "near", injured=(1, 1)),
         ev(RAQ, "2017-09-03", "Raqqa", "al-Badu neighborhood", killed=(9, 9), civilians_killed=(9, 9))],
        [S(MOS, "cjtf-oir asserts coalition"),
         S(RQJ, "cjtf-oir asserts coalition"),
         S(RAQ, "local-sources asserts coalition", "cjtf-oir denies coalition")],
        [cx(RAQ, "attribution", "local-sources", "cjtf-oir",
            "A local activist network says a coalition airstrike killed nine of one family; the coalition finds no strike of its own at that time and place and rates the report non-credible")]),
    doc("15_mosul_wire", "Orient Newswire", "2017-05-29", "news",
        "https://orientnewswire.example/iraq/2017/05/29/mosul-zanjili-families",
        [ev(MOS, "2017-05-27", "Mosul", "al-Zanjili district, west", killed=(15, N), civilians_killed=(15, N))],
        [S(MOS, "local-sources asserts occurrence", "iraq-joc asserts isis", "iraq-joc denies occurrence",
           "cjtf-oir asserts coalition")],
        [cx(MOS, "occurrence", "local-sources", "iraq-joc",
            "Residents say an air strike flattened the house; the JOC says there was no air strike on any civilian house and ISIS blew the houses up"),
         cx(MOS, "target", "local-sources", "cjtf-oir",
            "Residents say at least 15 civilians of three families were killed; the coalition says it struck Islamic State fighters in al-Zanjili")]),
    # ---------------- Syria: al-Badu, Raqqa, 3 September 2017 (coalition; later rated non-credible)
    doc("16_raqqa_local_network", "Euphrates Eye Network (translated from Arabic)", "2017-09-04", "news",
        "https://euphrateseye.example/en/raqqa/2017/09/04/al-badu-family-nine",
        [ev(RAQ, "2017-09-03", "Raqqa", "al-Badu neighbourhood, in the centre of", killed=(9, 9), civilians_killed=(9, 9))],
        [S(RAQ, "journalist asserts coalition", "local-sources asserts occurrence", "sdf asserts coalition")],
        [cx(RAQ, "target", "journalist", "sdf",
            "The network says nine members of one family were killed; the SDF says the coalition targeted Daesh sniper positions"),
         cx(RAQ, "target", "local-sources", "sdf",
            "A surviving neighbour says the strike brought the building down on a hiding family; the SDF says Daesh sniper positions were hit")]),
    doc("17_raqqa_radio_interview", "World Desk Radio (transcript of \"The Briefing Room\")", "2017-09-06", "news",
        "https://worlddeskradio.example/programmes/briefing-room/2017-09-06-raqqa",
        [ev(RAQ, "2017-09-03", "Raqqa", "al-Badu neighbourhood", killed=(9, 9), civilians_killed=(9, 9))],
        [S(RAQ, "local-sources asserts coalition", "cjtf-oir asserts coalition")],
        [cx(RAQ, "target", "local-sources", "cjtf-oir",
            "The activist network says nine of one family were killed; the coalition spokesman says it struck ISIS fighters and snipers and had no indication of civilians")]),
    # ---------------- Syria: Hajin 'mosque', 23 November 2018 (Amaq vs coalition); al-Susah, 24 November 2018
    doc("18_hajin_amaq_wire", "Northbridge Press", "2018-11-24", "news",
        "https://northbridgepress.example/news/syria/2018/11/24/hajin-mosque-amaq-coalition",
        [ev(HAJ, "2018-11-23", "Hajin", "town centre of", killed=(30, 30), civilians_killed=(30, 30))],
        [S(HAJ, "isis-amaq asserts coalition", "cjtf-oir asserts coalition", "syria-gov asserts coalition")],
        [cx(HAJ, "target", "isis-amaq", "cjtf-oir",
            "Amaq says worshippers were killed at prayers in a mosque; the coalition says it struck an ISIS command-and-control center in a former mosque with no civilians present"),
         cx(HAJ, "target", "syria-gov", "cjtf-oir",
            "Damascus says 20 civilians were killed in a coalition massacre; the coalition says it hit an ISIS command post"),
         cx(HAJ, "count", "isis-amaq", "syria-gov",
            "Amaq says 30 civilians were killed; SANA cites the foreign ministry's 20")]),
    doc("19_cjtf_strike_release", "Combined Joint Task Force - Operation Inherent Resolve Public Affairs", "2018-11-25", "official",
        "https://inherentresolve-news.example/releases/2018/11/25/strikes-syria-nov-22-24",
        [ev(HAJ, "2018-11-23", "Hajin", "near", strikes=(3, 3)),
         ev(SUS, "2018-11-24", "al-Susah", "near", vehicles_destroyed=(1, 1), strikes=(2, 2))],
        [S(HAJ, "cjtf-oir asserts coalition", "isis-amaq asserts coalition"),
         S(SUS, "cjtf-oir asserts coalition")],
        [cx(HAJ, "target", "isis-amaq", "cjtf-oir",
            "Amaq claims the strike killed worshippers at prayer; the coalition calls this propaganda and says it destroyed a command-and-control center")]),
    doc("20_susah_un_note", "UN Office for the Coordination of Humanitarian Affairs (Syria)", "2018-11-27", "official",
        "https://ocha-syria-updates.example/reports/2018-11-27-flash-update-hajin-susah",
        [ev(SUS, "2018-11-24", "al-Susah", "area of", killed=(14, N), civilians_killed=(14, N), injured=(11, N))],
        [S(SUS, "un asserts occurrence", "local-sources asserts coalition", "sdf asserts occurrence")],
        [cx(SUS, "target", "local-sources", "sdf",
            "Local sources say coalition strikes hit vehicles of displaced families; the SDF says they hit Islamic State fighters using the vehicles as cover"),
         cx(SUS, "target", "un", "sdf",
            "The UN reports at least 14 civilians killed, six of them children; the SDF says the strikes hit Islamic State fighters")]),
    # ---------------- Iraqi F-16s: Dashisha (Syria), 22 July 2019; Wadi Hauran near Rutba, 21 July 2019
    doc("21_security_media_cell", "Security Media Cell - Joint Operations Command (translated from Arabic)", "2019-07-22", "official",
        "https://smc-iraq.example/en/statements/2019/07/22/f16-dashisha-wadi-hauran",
        [ev(DAS, "2019-07-22", "Dashisha", "in the village of", killed=(13, 13)),
         ev(RUT, "2019-07-21", "Rutba", "Wadi Hauran area north-east of", killed=(6, 6), vehicles_destroyed=(1, 1))],
        [S(DAS, "iraq-joc asserts iraq-air-force"),
         S(RUT, "iraq-joc asserts iraq-air-force")]),
    doc("22_dashisha_ne_syria", "Khabur Post (English service)", "2019-07-23", "news",
        "https://khaburpost.example/en/news/2019/07/23/dashisha-iraqi-airstrike",
        [ev(DAS, "2019-07-22", "Dashisha", "in the village of", killed=(5, 5), civilians_killed=(2, 2), injured=(1, 1))],
        [S(DAS, "sdf asserts iraq-air-force", "iraq-joc asserts iraq-air-force", "syria-gov asserts coalition")],
        [cx(DAS, "count", "sdf", "iraq-joc",
            "The SDF says five were killed; the Security Media Cell says 13 Islamic State leaders"),
         cx(DAS, "target", "sdf", "iraq-joc",
            "The SDF says two women not party to any military activity were among the dead; Baghdad says it struck a meeting of Islamic State leaders"),
         cx(DAS, "attribution", "syria-gov", "sdf",
            "SANA blames the aircraft of the American coalition; the SDF says an Iraqi aircraft struck the house"),
         cx(DAS, "attribution", "syria-gov", "iraq-joc",
            "SANA blames the American coalition; the Security Media Cell says Iraqi F-16s carried out the strike")]),
    # ---------------- Iraq: army aviation west of Baiji (al-Siniya), 14 September 2015 (PMF says friendly fire)
    doc("23_army_spokesman_statement", "Republic of Iraq Ministry of Defence - Office of the Spokesman (translated from Arabic)",
        "2015-09-15", "official",
        "https://mod-iraq.example/en/statements/2015/09/15/army-aviation-baiji",
        [ev(BAI, "2015-09-14", "Baiji", "area of al-Siniya, about ten kilometres west of", killed=(11, 11),
            vehicles_destroyed=(3, 3))],
        [S(BAI, "iraq-mod asserts iraq-army-aviation", "iraq-mod asserts isis", "journalist asserts iraq-army-aviation")],
        [cx(BAI, "target", "journalist", "iraq-mod",
            "Websites say army helicopters hit Popular Mobilisation fighters by mistake; the ministry says they struck only Daesh and the PMF losses came from Daesh mortars")]),
    doc("24_baiji_wire", "Meridian Press Agency", "2015-09-15", "news",
        "https://meridianpress.example/world/middle-east/2015/09/15/iraq-baiji-helicopter-friendly-fire",
        [ev(BAI, "2015-09-14", "Baiji", "west of", killed=(3, 3), injured=(5, 5))],
        [S(BAI, "pmf asserts iraq-army-aviation", "iraq-mod asserts iraq-army-aviation", "iraq-mod asserts isis")],
        [cx(BAI, "target", "pmf", "iraq-mod",
            "A PMF commander says an army helicopter fired on his men and killed three; the ministry says its helicopters hit Islamic State and the three were killed by Islamic State mortars")]),
    # ---------------- Syria: Maarat al-Numan surgical hospital, 16 December 2019 (Russia denies); Ariha market, 17 December 2019
    doc("25_maarat_medical_ngo_note", "Syrian Medical Relief Alliance", "2019-12-18", "ngo",
        "https://smra-syria.example/field-notes/2019-12-18-maarat-al-numan-hospital",
        [ev(MAA, "2019-12-16", "Maarat al-Numan", "in", killed=(3, 3), civilians_killed=(3, 3), injured=(11, 11),
            strikes=(3, 3))],
        [S(MAA, "ngo asserts russia", "local-sources asserts russia", "russia-mod denies russia")],
        [cx(MAA, "attribution", "ngo", "russia-mod",
            "The Alliance believes the Russian air force carried out the attack; the Russian MoD denies its aircraft struck in the area"),
         cx(MAA, "attribution", "local-sources", "russia-mod",
            "Observers recorded a Russian Su-24 circling over the town before the attack; Russia denies any strike there")]),
    doc("26_idlib_wire", "Orient Newswire", "2019-12-17", "news",
        "https://orientnewswire.example/syria/2019/12/17/ariha-market-maarat-hospital",
        [ev(ARI, "2019-12-17", "Ariha", "in the town of", killed=(8, 8), civilians_killed=(1, N)),
         ev(MAA, "2019-12-16", "Maarat al-Numan", "in", killed=(3, 3), civilians_killed=(1, N), injured=(11, 11),
            strikes=(3, 3))],
        [S(ARI, "local-sources asserts syria", "syria-gov asserts syria"),
         S(MAA, "local-sources asserts russia", "ngo asserts russia", "russia-mod denies russia", "syria-gov asserts syria")],
        [cx(ARI, "target", "local-sources", "syria-gov",
            "Rescuers say a crowded vegetable market was hit and a child killed; state media say the army targeted gatherings and supply routes of terrorists"),
         cx(MAA, "attribution", "local-sources", "russia-mod",
            "The White Helmets say observers tracked a Russian Su-24 over the town; Russia says its aircraft carried out no missions there"),
         cx(MAA, "attribution", "ngo", "russia-mod",
            "Medical aid groups blame a Russian Su-24; the Russian reconciliation centre denies any combat mission there"),
         cx(MAA, "attribution", "local-sources", "syria-gov",
            "The White Helmets blame a Russian jet; SANA says the Syrian army struck the town"),
         cx(MAA, "target", "local-sources", "syria-gov",
            "Rescuers say the town's main surgical hospital was hit and a nurse killed; SANA says the army struck terrorist positions")]),
    doc("27_syria_liveblog", "The Daily Ledger - Live", "2019-12-17", "news",
        "https://dailyledger.example/world/live/2019/dec/17/syria-idlib-ariha-maarat-live",
        [ev(ARI, "2019-12-17", "Ariha", "main market in", killed=(10, 10), civilians_killed=(2, N)),
         ev(MAA, "2019-12-16", "Maarat al-Numan", "in", killed=(3, 3))],
        [S(ARI, "local-sources asserts russia", "ngo asserts syria", "russia-mod denies russia"),
         S(MAA, "journalist asserts occurrence", "ngo asserts russia", "russia-mod denies russia")],
        [cx(ARI, "attribution", "local-sources", "russia-mod",
            "The observers' network says a Russian Su-24 bombed the market; Russia says none of its aircraft flew over Ariha"),
         cx(ARI, "attribution", "local-sources", "ngo",
            "The observers' network blames a Russian Su-24; the UK-based monitor says a Syrian government warplane from Hama"),
         cx(MAA, "attribution", "ngo", "russia-mod",
            "The medical charity blames Russian jets; Russia denies its planes struck the town")]),
    # ---------------- Turkish drones: Sinune, 12 June 2023; Makhmour camp, 14 June 2023; Qamishli, 15 June 2023
    doc("28_sinune_ezidi_translated", "Shingal Voice (translated from Kurmanji)", "2023-06-13", "news",
        "https://shingalvoice.example/en/news/2023/06/13/sinune-drone-two-killed",
        [ev(SIN, "2023-06-12", "Sinune", "some three kilometres east of", killed=(2, 2), civilians_killed=(1, 1))],
        [S(SIN, "journalist asserts turkey", "local-sources asserts turkey", "turkey asserts turkey", "iraq-military asserts turkey")],
        [cx(SIN, "target", "local-sources", "turkey",
            "The family and the sub-district head say one of the dead was a municipal driver, not a fighter; Turkish security sources say two PKK terrorists were neutralised")]),
    doc("29_weekly_roundup", "Mesopotamia Security Digest", "2023-06-17", "news",
        "https://mesosecdigest.example/weekly/2023-06-17",
        [ev(SIN, "2023-06-12", "Sinune", "about 3 km east of", killed=(2, 2), civilians_killed=(1, 1)),
         ev(MAK, "2023-06-14", "Makhmour", "edge of the refugee camp at", killed=(3, 3), civilians_killed=(1, N)),
         ev(QAM, "2023-06-15", "Qamishli", "southern edge of", killed=(2, 2), injured=(1, 1))],
        [S(SIN, "turkey asserts turkey", "local-sources asserts occurrence", "iraq-military asserts turkey"),
         S(MAK, "local-sources asserts turkey", "turkey asserts turkey", "iraq-military asserts turkey"),
         S(QAM, "sdf asserts turkey", "turkey asserts turkey")],
        [cx(SIN, "target", "local-sources", "turkey",
            "Local officials say one of the two dead was a municipal driver with no links to armed groups; Ankara says two PKK terrorists"),
         cx(MAK, "target", "local-sources", "turkey",
            "The camp administration says a schoolteacher was among three killed; Turkish officials say the building was a PKK meeting place and a senior cadre was killed"),
         cx(QAM, "count", "sdf", "turkey",
            "The SDF says two Asayish members were killed; Turkey says it neutralised three PKK/YPG terrorists")]),
    doc("30_qamishli_correction", "North Press Syria (English service)", "2023-06-16", "news",
        "https://northpresssyria.example/en/news/2023/06/16/qamishli-drone-asayish",
        [ev(QAM, "2023-06-15", "Qamishli", "al-Hilaliya roundabout, southern edge of", killed=(2, 2), injured=(1, 1))],
        [S(QAM, "journalist asserts turkey", "sdf asserts turkey", "turkey asserts turkey")],
        [cx(QAM, "count", "sdf", "turkey",
            "The SDF says two were killed; Turkey says it neutralised three"),
         cx(QAM, "target", "sdf", "turkey",
            "The SDF says the dead were policemen on patrol, not fighters; Turkey says PKK/YPG terrorists"),
         cx(QAM, "retraction", "sdf", "sdf",
            "The SDF first said three were killed, then corrected it to two, saying a wounded boy had been counted among the dead")]),
]


if __name__ == "__main__":
    main(DOCS, OUT, TEXTS, COORDS)
