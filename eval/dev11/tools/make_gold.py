#!/usr/bin/env python3
"""Writes eval/dev11/gold/*.json from the compact specs below (see ../../goldspec.py).

After goldspec.write(), each event gets the coordinates of its gold place (lat, lon), which
the scorer reads for its 60 km rule; every place here is a real town."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import S, cx, doc, ev, write  # noqa: E402

OUT = os.path.join(HERE, "..", "gold")

# gold place -> (lat, lon), town centres to a few km
COORDS = {
    "Hodeidah": (14.798, 42.954), "Saada": (16.940, 43.764), "Bajil": (15.058, 43.285),
    "Sanaa": (15.369, 44.191), "Jilib": (0.488, 42.771), "Jowhar": (2.782, 45.500),
    "Kfar Rumman": (33.376, 35.505), "Khiam": (33.328, 35.610), "Baalbek": (34.006, 36.211),
    "Kharkiv": (49.993, 36.231), "Kharkov": (49.993, 36.231), "Odesa": (46.482, 30.723),
    "Odessa": (46.482, 30.723), "Zaporizhzhia": (47.838, 35.139), "Kherson": (46.636, 32.617),
    "Boni": (15.060, -1.970), "Amuda": (37.104, 40.930), "Tal Tamr": (36.652, 40.373),
    "Banibangou": (15.045, 2.705), "Tyre": (33.271, 35.196), "Kismayo": (-0.354, 42.545),
    "Kufra": (24.183, 23.290),
}

HOD = "hodeidah-port-2024-03-12"
SAA = "saada-strike-2025-03-28"
BAJ = "bajil-strike-2024-02-25"
SAN = "sanaa-strike-2024-02-25"
JIL = "jilib-strike-2024-08-14"
JOW = "jowhar-strike-2023-11-06"
KFR = "kfar-rumman-strike-2024-03-21"
KHI = "khiam-artillery-2024-03-21"
BAA = "baalbek-drone-2024-06-10"
KHA = "kharkiv-missile-2024-04-16"
ODE = "odesa-drone-2024-04-17"
ZAP = "zaporizhzhia-glidebomb-2024-04-18"
KHE = "kherson-shelling-2024-04-17"
BON = "boni-strike-2020-11-04"
AMU = "amuda-drone-2024-01-15"
TAL = "tal-tamr-shelling-2024-01-15"
BAN = "banibangou-attack-2024-07-08"
TYR = "tyre-harbour-2024-07-09"
KIS = "kismayo-strike-2024-07-10"
KUF = "kufra-convoy-2024-07-09"

N = None
DOCS = [
    # ---------------- Yemen: Hodeidah port, 12 March 2024 (US alone? UK?)
    doc("01_hodeidah_wire", "Meridian Wire Service", "2024-03-13", "news",
        "https://meridianwire.example/world/yemen-hodeidah-strikes-0313",
        [ev(HOD, "2024-03-12", "Hodeidah", "port area of", killed=(11, 11), civilians_killed=(4, N),
            injured=(14, 14), strikes=(4, 4))],
        [S(HOD, "local-sources asserts us", "local-sources asserts uk", "us-dod asserts us",
           "us-official asserts us", "us-official denies uk", "journalist asserts us")],
        [cx(HOD, "attribution", "local-sources", "us-official",
            "Houthi TV blames US-British aggression; a US official says US aircraft acted alone, without British forces"),
         cx(HOD, "target", "local-sources", "us-dod",
            "Houthis say fishermen's jetties and a fish warehouse were destroyed; CENTCOM says it hit a drone storage site and a command node")]),
    doc("02_centcom_release", "U.S. Central Command", "2024-03-13", "official",
        "https://centcom.example/media/press-releases/2024-03-13-self-defense-strikes-hodeidah",
        [ev(HOD, "2024-03-12", "Hodeidah", "near", strikes=(4, 4))],
        [S(HOD, "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(HOD, "target", "us-dod", "local-sources",
            "Houthi media say civilians were killed and a fish warehouse destroyed; CENTCOM says its damage assessments do not support this")]),
    doc("03_hodeidah_followup", "Al-Sahil Weekly (English edition)", "2024-03-16", "news",
        "https://alsahil-weekly.example/en/yemen/2024/03/16/hodeidah-fishermen-toll",
        [ev(HOD, "2024-03-12", "Hodeidah", "port of", killed=(16, 16), civilians_killed=(7, N),
            injured=(19, 19), strikes=(4, 4))],
        [S(HOD, "local-sources asserts us", "local-sources asserts uk", "uk denies uk", "us-dod asserts us",
           "us-official asserts us", "us-official denies uk")],
        [cx(HOD, "attribution", "local-sources", "uk",
            "Sanaa's Supreme Political Council says British aircraft took part; the UK defence ministry says no UK aircraft were involved"),
         cx(HOD, "attribution", "local-sources", "us-official",
            "Houthi authorities blame Britain too; a US official says American forces acted alone"),
         cx(HOD, "target", "local-sources", "us-dod",
            "The fishermen's union says its fish warehouse was hit; the US statement says a drone storage facility and a command node")]),
    # ---------------- Yemen: Saada house, 28 March 2025
    doc("04_saada_afp", "Agence Mondiale de Presse", "2025-03-29", "news",
        "https://agencemondiale.example/en/yemen-us-strikes-saada-20250329",
        [ev(SAA, "2025-03-28", "Saada", "western edge of", killed=(9, 9), civilians_killed=(3, N),
            injured=(14, 14))],
        [S(SAA, "local-sources asserts us", "local-sources asserts israel", "local-sources retracts israel",
           "israel denies israel", "us-official confirms us", "us-dod asserts us")],
        [cx(SAA, "retraction", "local-sources", "local-sources",
            "Al-Masirah first blamed Israel, then corrected its report to blame US aircraft"),
         cx(SAA, "attribution", "local-sources", "israel",
            "Al-Masirah's first report blamed Israel; the Israeli army says it carried out no strike in Yemen overnight"),
         cx(SAA, "target", "local-sources", "us-official",
            "The Huthis say a house was flattened, killing children; a US official says the strikes targeted missile and drone commanders")]),
    doc("05_saada_ngo_report", "Tahqiq Center for Rights and Accountability", "2025-04-10", "ngo",
        "https://tahqiq-rights.example/reports/2025/saada-28-march",
        [ev(SAA, "2025-03-28", "Saada", "western edge of", killed=(12, 12), civilians_killed=(8, 8),
            injured=(17, 17))],
        [S(SAA, "ngo asserts us", "us-dod asserts us", "local-sources asserts us")],
        [cx(SAA, "count", "ngo", "local-sources",
            "Tahqiq documents twelve deaths by name; the Huthi health ministry's initial toll was nine"),
         cx(SAA, "target", "ngo", "us-dod",
            "Tahqiq finds eight civilians killed and no military use of the house; the Pentagon says it hit command and control facilities and found no credible evidence of civilian harm")]),
    doc("06_saada_feature", "The Northern Ledger", "2025-04-03", "news",
        "https://northernledger.example/world/middle-east/saada-street-counts-its-dead",
        [ev(SAA, "2025-03-28", "Saada", "western edge of", killed=(11, 11), civilians_killed=(6, N),
            injured=(15, 15))],
        [S(SAA, "journalist asserts us", "local-sources asserts us", "us-official asserts us",
           "us-dod asserts us", "un asserts occurrence")],
        [cx(SAA, "count", "local-sources", "us-official",
            "The health ministry counts 11 dead; a US official says the strike killed five Huthi commanders"),
         cx(SAA, "target", "local-sources", "us-official",
            "The hospital and neighbours say the dead were a family and no fighters; a US official says a meeting of missile commanders was hit and no civilians were present"),
         cx(SAA, "target", "un", "us-official",
            "The UN humanitarian coordinator speaks of civilians and children killed; a US official says there were no civilians in the building")]),
    # ---------------- Yemen: Bajil and Sanaa, 25 February 2024 (UK and US)
    doc("07_ukmod_update", "UK Ministry of Defence", "2024-02-26", "official",
        "https://mod-uk.example/news/raf-further-strikes-houthi-targets-26-feb-2024",
        [ev(BAJ, "2024-02-25", "Bajil", "near", civilians_killed=(0, 0))],
        [S(BAJ, "uk asserts uk", "uk asserts us", "local-sources asserts occurrence")],
        [cx(BAJ, "target", "uk", "local-sources",
            "Houthi media say a farm and a poultry shed were hit; the MoD says all RAF targets were military and there were no civilian casualties")]),
    doc("08_yemen_brief", "Gulf Evening Post", "2024-02-26", "news",
        "https://gulfeveningpost.example/region/yemen/houthis-bajil-sanaa-strikes",
        [ev(BAJ, "2024-02-25", "Bajil", "near", killed=(1, 1), civilians_killed=(1, 1), injured=(3, 3),
            strikes=(9, 9)),
         ev(SAN, "2024-02-25", "Sanaa", "north of", strikes=(2, 2))],
        [S(BAJ, "local-sources asserts us", "local-sources asserts uk", "uk asserts uk", "uk asserts us",
           "us-official asserts us"),
         S(SAN, "local-sources asserts us", "local-sources asserts uk", "us-official asserts us")],
        [cx(BAJ, "target", "local-sources", "uk",
            "The Houthis say a farmer was killed and a farm hit; the UK MoD says it struck two military sites with no civilian casualties"),
         cx(BAJ, "target", "local-sources", "us-official",
            "The Houthis say a farm and a poultry shed were hit; a US official says all targets were military")]),
    # ---------------- Somalia: near Jilib, 14 August 2024
    doc("09_africom_release", "U.S. Africa Command Public Affairs", "2024-08-15", "official",
        "https://africom.example/pressrelease/2024/08/15/us-africa-command-conducts-strike-against-al-shabaab",
        [ev(JIL, "2024-08-14", "Jilib", "30 kilometers northeast of", killed=(3, 3), civilians_killed=(0, 0))],
        [S(JIL, "us-dod asserts us")]),
    doc("10_jilib_local", "Jubba Valley News (translated from Somali)", "2024-08-16", "news",
        "https://jubbavalleynews.example/en/2024/08/16/jilib-drone-farmers",
        [ev(JIL, "2024-08-14", "Jilib", "thirty kilometres north-east of", killed=(5, 5), civilians_killed=(2, 2))],
        [S(JIL, "local-sources asserts us", "us-dod asserts us", "us-embassy asserts us")],
        [cx(JIL, "count", "local-sources", "us-dod",
            "Elders say five were killed; AFRICOM says three militants"),
         cx(JIL, "target", "local-sources", "us-dod",
            "Elders say two of the dead were farmers; AFRICOM says no civilians were injured or killed")]),
    doc("11_jilib_monitor", "Civilian Harm Ledger", "", "ngo",
        "https://civilianharmledger.example/incidents/som-2024-031",
        [ev(JIL, "2024-08-14", "Jilib", "approximately 30 km northeast of", killed=(3, 5), civilians_killed=(1, 2))],
        [S(JIL, "ngo asserts us", "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(JIL, "count", "local-sources", "us-dod",
            "Elders say five were killed; AFRICOM says three militants"),
         cx(JIL, "target", "local-sources", "us-dod",
            "Local sources say farmers were killed; AFRICOM says no civilians were harmed"),
         cx(JIL, "target", "ngo", "us-dod",
            "The Ledger assesses one to two civilians killed; AFRICOM says its assessment of no civilian harm is unchanged")]),
    # ---------------- Somalia: near Jowhar, 6 November 2023 (US, then Turkey)
    doc("12_jowhar_brief", "Horn Daily Dispatch", "2023-11-07", "news",
        "https://horndailydispatch.example/somalia/2023/11/07/jowhar-operation",
        [ev(JOW, "2023-11-06", "Jowhar", "20 kilometres west of", killed=(41, N))],
        [S(JOW, "local-sources asserts us", "local-sources asserts turkey")]),
    doc("13_jowhar_followup", "Horn Daily Dispatch", "2023-11-10", "news",
        "https://horndailydispatch.example/somalia/2023/11/10/jowhar-correction",
        [ev(JOW, "2023-11-06", "Jowhar", "west of", killed=(27, 27))],
        [S(JOW, "local-sources asserts us", "local-sources retracts us", "local-sources asserts turkey",
           "us-dod denies us", "us-official denies us")],
        [cx(JOW, "retraction", "local-sources", "local-sources",
            "The information ministry withdrew its claim of US air support, credited Turkish forces and cut its toll from more than 40 to 27"),
         cx(JOW, "attribution", "local-sources", "us-dod",
            "The ministry first credited American air support; AFRICOM says it conducted no airstrike in Middle Shabelle that day"),
         cx(JOW, "attribution", "local-sources", "us-official",
            "The ministry first credited American air support; a US official says no American aircraft flew in support")]),
    # ---------------- Lebanon: Kfar Rumman and Khiam, 21 March 2024
    doc("14_idf_statement", "Israel Defense Forces Spokesperson's Unit", "2024-03-21", "official",
        "https://idf-spokesperson.example/en/press-releases/2024/03/21-kfar-rumman",
        [ev(KFR, "2024-03-21", "Kfar Rumman", "in the area of", killed=(1, N)),
         ev(KHI, "2024-03-21", "Khiam", "in the area of")],
        [S(KFR, "israel asserts israel", "local-sources asserts occurrence"),
         S(KHI, "israel asserts israel")],
        [cx(KFR, "target", "israel", "local-sources",
            "Hezbollah-affiliated media say a residential building housing displaced families was hit; the IDF says a weapons storage facility")]),
    doc("15_kfar_rumman_local", "Al-Janoub Today (English service)", "2024-03-22", "news",
        "https://aljanoubtoday.example/en/south/2024/03/22/kfar-rumman-raid",
        [ev(KFR, "2024-03-21", "Kfar Rumman", "in", killed=(5, 5), civilians_killed=(2, N), injured=(9, 9)),
         ev(KHI, "2024-03-21", "Khiam", "outskirts of")],
        [S(KFR, "local-sources asserts israel", "israel asserts israel"),
         S(KHI, "local-sources asserts israel", "un asserts israel")],
        [cx(KFR, "target", "local-sources", "israel",
            "The mayor says the building housed displaced families; the Israeli army says it was a Hezbollah weapons storage facility")]),
    # ---------------- Lebanon: car near Baalbek, 10 June 2024
    doc("16_baalbek_brief", "Levant Morning Brief", "", "news",
        "https://levantmorningbrief.example/lebanon/baalbek-drone-car",
        [ev(BAA, "", "Baalbek", "about 10 kilometres southwest of", killed=(3, 3))],
        [S(BAA, "local-sources asserts israel")]),
    doc("17_baalbek_followup", "Levant Morning Brief", "2024-06-16", "news",
        "https://levantmorningbrief.example/lebanon/2024-06-16-baalbek-strike-israel-confirms",
        [ev(BAA, "2024-06-10", "Baalbek", "southwest of", killed=(2, 2), civilians_killed=(1, 1), injured=(1, 1))],
        [S(BAA, "israel confirms israel", "journalist asserts israel", "local-sources asserts occurrence")],
        [cx(BAA, "target", "local-sources", "israel",
            "The family says Ezzeddine was a civilian taxi driver; Israel says both dead were Hezbollah air-defence operatives"),
         cx(BAA, "retraction", "local-sources", "local-sources",
            "The National News Agency first reported three dead, then corrected the toll to two")]),
    # ---------------- Ukraine: Kharkiv 16 April, Odesa 17 April, Zaporizhzhia 18 April, Kherson 17 April 2024
    doc("18_kharkiv_wire", "Continental Press Association", "2024-04-16", "news",
        "https://continentalpress.example/europe/ukraine-kharkiv-missile-strike-apr16",
        [ev(KHA, "2024-04-16", "Kharkiv", "center of", killed=(7, 7), injured=(21, 21))],
        [S(KHA, "local-sources asserts russia", "russia-mod asserts russia")],
        [cx(KHA, "target", "local-sources", "russia-mod",
            "The mayor says a printing house with no military target was hit; Russia says it struck a workshop assembling attack drones")]),
    doc("19_russia_mod_briefing", "Ministry of Defence of the Russian Federation (unofficial translation)", "2024-04-18", "official",
        "https://mil-ru.example/en/briefings/2024-04-18",
        [ev(ODE, "2024-04-17", "Odessa", "in", ),
         ev(KHA, "2024-04-16", "Kharkov", "centre of")],
        [S(ODE, "russia-mod asserts russia", "local-sources asserts occurrence"),
         S(KHA, "russia-mod denies russia", "local-sources asserts russia")],
        [cx(ODE, "target", "russia-mod", "local-sources",
            "Russia says it hit workshops assembling unmanned boats; Kyiv says a grain terminal and civilian warehouses were destroyed"),
         cx(KHA, "attribution", "russia-mod", "local-sources",
            "Kyiv says a Russian missile hit a residential quarter; the Russian MoD says a falling Ukrainian S-300 missile caused the damage")]),
    doc("20_ukraine_liveblog", "The Daily Sentinel - Live", "2024-04-18", "news",
        "https://dailysentinel.example/world/live/2024/apr/18/ukraine-war-live",
        [ev(KHA, "2024-04-16", "Kharkiv", "central", killed=(9, 9), injured=(28, 28)),
         ev(ZAP, "2024-04-18", "Zaporizhzhia", "industrial area of", injured=(4, 4)),
         ev(ODE, "2024-04-17", "Odesa", "port of", killed=(2, 2))],
        [S(KHA, "local-sources asserts russia", "russia-mod denies russia"),
         S(ZAP, "local-sources asserts russia", "russia-mod asserts russia"),
         S(ODE, "local-sources asserts russia", "russia-mod asserts russia", "journalist asserts russia")],
        [cx(KHA, "attribution", "local-sources", "russia-mod",
            "Ukraine says Russian S-300 fragments were found; Russia says a falling Ukrainian air-defence missile caused the damage"),
         cx(ZAP, "target", "local-sources", "russia-mod",
            "Local officials say a furniture workshop was hit; Russia says a depot of attack drones"),
         cx(ODE, "target", "local-sources", "russia-mod",
            "The regional head says a grain terminal and oil warehouses were hit; Moscow says naval drone workshops")]),
    doc("21_ocha_flash_update", "UN Office for the Coordination of Humanitarian Affairs (OCHA)", "2024-04-17", "official",
        "https://ocha-ukraine.example/flash-update-14-kharkiv-kherson",
        [ev(KHA, "2024-04-16", "Kharkiv", "centre of", killed=(8, N), civilians_killed=(8, N), injured=(25, N)),
         ev(KHE, "2024-04-17", "Kherson", "Dniprovskyi district of", injured=(3, 3))],
        [S(KHA, "un asserts russia", "local-sources asserts russia"),
         S(KHE, "un asserts occurrence", "local-sources asserts occurrence")]),
    doc("22_odesa_afp", "Agence Mondiale de Presse", "2024-04-18", "news",
        "https://agencemondiale.example/en/ukraine-odesa-drone-attack-20240418",
        [ev(ODE, "2024-04-17", "Odesa", "port of", killed=(2, 2), injured=(5, 5))],
        [S(ODE, "local-sources asserts russia", "russia-mod asserts russia")],
        [cx(ODE, "target", "local-sources", "russia-mod",
            "Odesa's governor says a grain terminal and warehouses were hit; Russia says workshops assembling unmanned boats"),
         cx(ODE, "retraction", "local-sources", "local-sources",
            "The regional administration first said three were killed, then corrected the toll to two")]),
    # ---------------- Mali: near Boni, 4 November 2020 (France)
    doc("23_barkhane_communique", "Etat-major des armees - Operation Barkhane", "2020-11-06", "official",
        "https://defense-fr.example/operations/barkhane/actualites/2020-11-06-frappe-boni",
        [ev(BON, "2020-11-04", "Boni", "some fifteen kilometres north of", killed=(20, 20),
            vehicles_destroyed=(15, 15))],
        [S(BON, "france asserts france")]),
    doc("24_boni_news", "Sahel Correspondent Network", "2020-11-10", "news",
        "https://sahelcorrespondent.example/mali/2020/11/10/boni-strike-villagers",
        [ev(BON, "2020-11-04", "Boni", "about 15 km north of", killed=(14, 14), civilians_killed=(11, N),
            vehicles_destroyed=(15, 15))],
        [S(BON, "local-sources asserts france", "france asserts france")],
        [cx(BON, "target", "local-sources", "france",
            "Villagers say most of those killed were herders and traders returning from market; France says all were terrorists"),
         cx(BON, "count", "local-sources", "france",
            "A herders' association names 14 dead; the French army says some twenty were neutralised")]),
    doc("25_un_boni_report", "United Nations Multidimensional Integrated Stabilization Mission in Mali (MINUSMA)", "2021-03-30", "official",
        "https://minusma-un.example/en/human-rights/boni-4-november-2020",
        [ev(BON, "2020-11-04", "Boni", "about fifteen kilometres north of", killed=(19, 19),
            civilians_killed=(12, N), injured=(6, 6))],
        [S(BON, "un asserts france", "france asserts france", "local-sources asserts france")],
        [cx(BON, "target", "un", "france",
            "MINUSMA finds at least 12 civilians among 19 dead; France maintains no civilians were killed"),
         cx(BON, "target", "un", "local-sources",
            "MINUSMA finds the group was overwhelmingly civilian; Mali's defence ministry says all those neutralised were terrorists")]),
    # ---------------- Syria: near Amuda and Tal Tamr, 15 January 2024 (Turkey)
    doc("26_amuda_kurdish", "Rojava Horizon News (English service)", "2024-01-15", "news",
        "https://rojavahorizon.example/en/2024/01/15/amuda-drone-attack",
        [ev(AMU, "2024-01-15", "Amuda", "west of", killed=(3, 3), civilians_killed=(1, 1)),
         ev(TAL, "2024-01-15", "Tal Tamr", "countryside of", injured=(2, 2))],
        [S(AMU, "sdf asserts turkey", "turkey asserts turkey", "local-sources asserts occurrence"),
         S(TAL, "local-sources asserts turkey")],
        [cx(AMU, "count", "sdf", "turkey",
            "The SDF says three were killed; Turkey says four PKK/YPG terrorists were neutralised"),
         cx(AMU, "target", "sdf", "turkey",
            "The SDF says the driver was a civilian and two were Asayish; Turkey calls all of them terrorists")]),
    doc("27_amuda_wire", "Meridian Wire Service", "2024-01-16", "news",
        "https://meridianwire.example/world/syria-turkey-drone-amuda-0116",
        [ev(AMU, "2024-01-15", "Amuda", "near", killed=(3, 3), civilians_killed=(1, 1))],
        [S(AMU, "ngo asserts turkey", "turkey asserts turkey", "sdf asserts turkey", "syria-gov asserts turkey",
           "cjtf-oir denies coalition")],
        [cx(AMU, "count", "ngo", "turkey",
            "The monitor says three were killed; Turkey says four militants"),
         cx(AMU, "count", "sdf", "turkey",
            "The SDF says three residents were killed and rejects the Turkish figure of four"),
         cx(AMU, "target", "sdf", "turkey",
            "The SDF says all victims were residents of the region; Turkey says PKK/YPG militants"),
         cx(AMU, "target", "syria-gov", "turkey",
            "SANA describes the victims as civilians; Turkey says militants")]),
    # ---------------- Round-up: Niger 8 July, Tyre 9 July, Kismayo 10 July 2024
    doc("28_weekly_roundup", "Conflict Desk Weekly", "2024-07-12", "news",
        "https://conflictdeskweekly.example/strike-monitor/2024-07-12",
        [ev(BAN, "2024-07-08", "Banibangou", "near", killed=(7, 7)),
         ev(TYR, "2024-07-09", "Tyre", "harbour of", killed=(1, 1), civilians_killed=(1, 1)),
         ev(KIS, "2024-07-10", "Kismayo", "about 40 kilometres northwest of", killed=(2, 2),
            civilians_killed=(0, 0))],
        [S(BAN, "local-sources asserts isis", "isis-amaq asserts isis"),
         S(TYR, "local-sources asserts israel", "israel denies israel", "un disputes occurrence"),
         S(KIS, "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(BAN, "count", "local-sources", "isis-amaq",
            "Niger's defence ministry says seven soldiers were killed; the Islamic State claims 20"),
         cx(TYR, "attribution", "local-sources", "israel",
            "Lebanese media and a local official blame an Israeli drone; Israel says it carried out no strike in the Tyre area"),
         cx(TYR, "occurrence", "local-sources", "un",
            "Locals say a drone missile hit the boat; UNIFIL detected no aircraft and questions whether an air strike took place"),
         cx(KIS, "count", "us-dod", "local-sources",
            "AFRICOM says two fighters were killed; Jubaland's security minister says six")]),
    # ---------------- Libya: convoy south of Kufra, 9 July 2024 (unknown drone)
    doc("29_kufra_libya", "Libya Desert Observer (translated from Arabic)", "2024-07-10", "news",
        "https://libyadesertobserver.example/en/south/2024/07/10/kufra-convoy-drone",
        [ev(KUF, "2024-07-09", "Kufra", "about 60 kilometres south of", killed=(8, 8), vehicles_destroyed=(3, 3))],
        [S(KUF, "local-sources asserts unknown", "un asserts occurrence", "journalist asserts unknown")],
        [cx(KUF, "count", "local-sources", "un",
            "The municipal council says eight were killed; UNSMIL's preliminary information is three")]),
    doc("30_osint_blog", "Sandline OSINT (blog)", "2024-07-14", "blog",
        "https://sandline-osint.example/2024/07/14/kufra-convoy-imagery",
        [ev(KUF, "2024-07-09", "Kufra", "about 60 km south of", killed=(8, 8), vehicles_destroyed=(5, 5))],
        [S(KUF, "journalist asserts unknown", "local-sources asserts unknown")],
        [cx(KUF, "count", "journalist", "local-sources",
            "The blog counts five burned vehicles; the council said three were destroyed"),
         cx(KUF, "target", "journalist", "local-sources",
            "The blog says the wrecks are passenger pickups, not a fuel convoy; the council first called them smugglers' fuel trucks"),
         cx(KUF, "retraction", "local-sources", "local-sources",
            "The council deleted its post calling the dead smugglers and said they were gold miners")]),
]


def add_coords(out):
    for d in DOCS:
        path = os.path.join(out, d["id"] + ".json")
        with open(path, encoding="utf-8") as fh:
            g = json.load(fh)
        for e in g["events"]:
            lat, lon = COORDS[e["place"]]
            e["lat"], e["lon"] = lat, lon
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(g, fh, indent=2, ensure_ascii=False)
            fh.write("\n")


if __name__ == "__main__":
    write(DOCS, OUT)
    add_coords(OUT)
    ev_n = sum(len(d["events"]) for d in DOCS)
    st_n = sum(len(d["statements"]) for d in DOCS)
    cx_n = sum(len(d["contradictions"]) for d in DOCS)
    inc = {e["incident"] for d in DOCS for e in d["events"]}
    print(f"{len(DOCS)} docs, {ev_n} events, {st_n} statements, {cx_n} contradictions, {len(inc)} incidents")
