#!/usr/bin/env python3
"""Writes eval/dev15/gold/*.json from the compact specs below (see ../../goldspec.py).

goldspec.write() gives each event the coordinates of its gold place (lat, lon), which
the scorer reads for its 60 km rule; every place here is a real town (or, for Tishreen
Dam, a real landmark on the Euphrates).

  python3 eval/dev15/tools/make_gold.py             write the gold
  python3 eval/dev15/tools/make_gold.py --selftest  check the specs against the texts and the
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
    "al-Kisweh": (33.363, 36.236), "Aleppo": (36.202, 37.161), "Masyaf": (35.065, 36.342),
    "Zakho": (37.144, 42.687), "al-Sukhnah": (34.886, 38.868), "Sulaymaniyah": (35.561, 45.437),
    "Khan Arnabah": (33.186, 35.886), "Albu Kamal": (34.453, 40.918), "Tarmiyah": (33.673, 44.398),
    "Jurf al-Nasr": (32.858, 44.140), "al-Qaim": (34.369, 41.093), "al-Mayadin": (35.020, 40.452),
    "Erbil": (36.191, 44.009), "Idlib": (35.931, 36.633), "Binnish": (35.957, 36.713),
    "Kobani": (36.891, 38.354), "Tishreen Dam": (36.383, 38.183), "Sarmada": (36.179, 36.724),
}

KIS = "kisweh-strike-2021-08-19"
ALE = "aleppo-airport-strike-2023-03-22"
MAS = "masyaf-strike-2024-09-08"
ZAK = "zakho-drone-2024-09-11"
SUK = "sukhnah-attack-2024-09-12"
SUL = "sulaymaniyah-airport-drone-2023-04-07"
QUN = "quneitra-strike-2023-04-09"
ABK = "abu-kamal-strike-2018-06-17"
TAR = "tarmiyah-attack-2016-05-17"
JRF = "jurf-al-nasr-strike-2024-01-24"
QAI = "al-qaim-strike-2024-02-02"
MAY = "mayadin-strike-2024-02-02"
ERA = "erbil-missile-2022-03-13"
ERB = "erbil-missile-2024-01-15"
IDL = "idlib-missile-2024-01-15"
KOB = "kobani-drone-2022-11-20"
TSH = "tishreen-dam-drone-2025-01-15"
SAR = "sarmada-drone-2023-10-24"

N = None
DOCS = [
    # ---------------- Syria: Israeli strikes near al-Kisweh, 19 August 2021 (SANA, Russian MoD, monitor)
    doc("01_kisweh_wire", "Eastmed Press Service", "2021-08-20", "news",
        "https://eastmedpress.example/news/syria/2021/08/20/kisweh-strikes-monitor-six-dead",
        [ev(KIS, "2021-08-19", "al-Kisweh", "hills around", killed=(6, 6), injured=(4, 4))],
        [S(KIS, "ngo asserts israel", "syria-gov asserts israel", "russia-mod asserts israel")],
        [cx(KIS, "count", "syria-gov", "ngo",
            "A Syrian military source says there were no deaths; the war monitor says six fighters of Iran-backed groups were killed"),
         cx(KIS, "count", "syria-gov", "russia-mod",
            "The Syrian military source says four soldiers were wounded; the Russian reconciliation centre says two servicemen")]),
    doc("02_russia_reconciliation_bulletin", "Ministry of Defence of the Russian Federation (translated from Russian)",
        "2021-08-20", "official",
        "https://mil-ru-bulletins.example/en/syria/reconciliation/2021-08-20",
        [ev(KIS, "2021-08-19", "al-Kisweh", "area of the settlement of", injured=(2, 2))],
        [S(KIS, "russia-mod asserts israel")]),
    # ---------------- Syria: Aleppo International Airport, 22 March 2023 (Israel; airport closed)
    doc("03_aleppo_daily_translated", "Al-Shahba Daily (translated from Arabic)", "2023-03-23", "news",
        "https://alshahbadaily.example/en/local/2023/03/23/aleppo-airport-aggression",
        [ev(ALE, "2023-03-22", "Aleppo", "International Airport on the eastern edge of", killed=(1, 1), injured=(2, 2))],
        [S(ALE, "journalist asserts israel", "syria-gov asserts israel", "ngo asserts occurrence")],
        [cx(ALE, "count", "syria-gov", "ngo",
            "The military source says one soldier was killed; the London-based observatory says three militia members"),
         cx(ALE, "target", "journalist", "ngo",
            "The daily says the target was a civilian airport receiving aid; the observatory says an arms depot of Iranian militias was hit")]),
    doc("04_aleppo_wire", "Continental News Agency", "2023-03-22", "news",
        "https://continentalnews.example/world/mideast/2023/03/22/syria-aleppo-airport-israel",
        [ev(ALE, "2023-03-22", "Aleppo", "international airport, eastern perimeter", killed=(1, 1), injured=(2, 2))],
        [S(ALE, "journalist asserts israel", "syria-gov asserts israel", "ngo asserts occurrence")],
        [cx(ALE, "count", "syria-gov", "ngo",
            "Damascus says the attack killed one soldier; the war monitor says three fighters of Iran-backed groups were killed")]),
    # ---------------- Syria: Masyaf, 8 September 2024 (Israel blamed; health directorate lowers toll 18 -> 14)
    doc("05_masyaf_liveblog", "The Morning Courier - Live", "2024-09-09", "news",
        "https://morningcourier.example/world/live/2024/sep/09/syria-masyaf-strikes-live",
        [ev(MAS, "2024-09-08", "Masyaf", "area around the town of", killed=(18, 18), civilians_killed=(5, 5),
            injured=(37, 37))],
        [S(MAS, "journalist asserts israel", "syria-gov asserts israel", "local-sources asserts israel",
           "ngo asserts occurrence", "iran asserts israel")],
        [cx(MAS, "count", "local-sources", "ngo",
            "The Hama health directorate says 18 were killed; the war observatory says 25")]),
    doc("06_masyaf_followup_wire", "Harbour Wire", "2024-09-10", "news",
        "https://harbourwire.example/syria/2024/09/10/masyaf-toll-revised-down",
        [ev(MAS, "2024-09-08", "Masyaf", "near", killed=(14, 14), civilians_killed=(5, 5), injured=(43, 43))],
        [S(MAS, "local-sources asserts occurrence", "ngo asserts occurrence", "syria-gov asserts israel")],
        [cx(MAS, "retraction", "local-sources", "local-sources",
            "The Hama health directorate first announced 18 dead, then revised it down to 14, saying four victims had been counted twice"),
         cx(MAS, "count", "local-sources", "ngo",
            "The health directorate now says 14 were killed; the war observatory stands by 25")]),
    doc("07_weekly_roundup", "Levant & Iraq Security Weekly", "2024-09-14", "news",
        "https://levantiraqweekly.example/issues/2024-09-14",
        [ev(MAS, "2024-09-08", "Masyaf", "hills outside", killed=(14, 14)),
         ev(ZAK, "2024-09-11", "Zakho", "about 30 km east of", killed=(2, 2)),
         ev(SUK, "2024-09-12", "al-Sukhnah", "desert road east of", killed=(17, 17))],
        [S(MAS, "syria-gov asserts israel", "iran asserts israel", "local-sources asserts occurrence", "ngo asserts occurrence"),
         S(ZAK, "local-sources asserts turkey", "turkey asserts turkey", "ngo asserts occurrence"),
         S(SUK, "isis-amaq asserts isis", "syria-gov denies occurrence", "ngo asserts occurrence")],
        [cx(MAS, "retraction", "local-sources", "local-sources",
            "The health directorate took four names off its list of 18 dead, saying they had been registered twice, and settled on 14"),
         cx(MAS, "count", "local-sources", "ngo",
            "The health directorate settled on 14 dead; the war observatory says 25"),
         cx(ZAK, "target", "ngo", "local-sources",
            "Peace Witness Teams say the two dead were an unarmed shopkeeper and his nephew; the counter-terrorism directorate says they were PKK members"),
         cx(SUK, "occurrence", "isis-amaq", "syria-gov",
            "Amaq says its fighters ambushed a bus and killed seventeen soldiers; a Syrian military source says no attack took place"),
         cx(SUK, "occurrence", "ngo", "syria-gov",
            "The war observatory says an attack happened and nine soldiers died; Damascus says there was no attack"),
         cx(SUK, "count", "isis-amaq", "ngo",
            "Amaq claims seventeen soldiers killed; the observatory puts the dead at nine")]),
    # ---------------- Kurdistan Region: Sulaymaniyah airport, 7 April 2023 (SDF blames Turkey; Turkey denies)
    doc("08_sulaymaniyah_kurdish_outlet", "Slemani Post (English edition)", "2023-04-08", "news",
        "https://slemanipost.example/en/security/2023/04/08/airport-drone-sdf-convoy",
        [ev(SUL, "2023-04-07", "Sulaymaniyah", "outer security fence of the airport, west of", killed=(0, 0), injured=(0, 0))],
        [S(SUL, "local-sources asserts occurrence", "sdf asserts turkey", "us-official asserts occurrence", "turkey denies turkey")],
        [cx(SUL, "attribution", "sdf", "turkey",
            "The SDF says the Turkish state targeted its commander and coalition personnel; Turkish security sources say Turkey carried out no operation in Sulaymaniyah")]),
    # ---------------- Syria: bus east of al-Sukhnah, 12 September 2024 (Amaq claim; Damascus denies)
    doc("09_sukhnah_wire", "Eastmed Press Service", "2024-09-13", "news",
        "https://eastmedpress.example/news/syria/2024/09/13/sukhnah-bus-ambush-claim",
        [ev(SUK, "2024-09-12", "al-Sukhnah", "some 40 km east of", killed=(9, 9), injured=(6, 6))],
        [S(SUK, "ngo asserts isis", "isis-amaq asserts isis", "syria-gov denies occurrence")],
        [cx(SUK, "occurrence", "isis-amaq", "syria-gov",
            "Amaq says its fighters ambushed the bus; the army says no attack took place"),
         cx(SUK, "occurrence", "ngo", "syria-gov",
            "The monitor says nine soldiers were killed on the bus; the army says the report is completely false"),
         cx(SUK, "count", "isis-amaq", "ngo",
            "Amaq says seventeen soldiers were killed; the monitor says nine")]),
    # ---------------- Syria: Khan Arnabah (Quneitra), 9 April 2023 (IDF declares; SANA says a shepherd was killed)
    doc("10_idf_statement", "Israel Defense Forces Spokesperson's Unit", "2023-04-09", "official",
        "https://idf-spokesperson.example/en/press-releases/2023/04/09/strike-southern-syria",
        [ev(QUN, "2023-04-09", "Khan Arnabah", "near the village of")],
        [S(QUN, "israel asserts israel")]),
    doc("11_quneitra_radio_interview", "Crossroads Radio (transcript of \"Frontline Conversations\")", "2023-04-10", "news",
        "https://crossroadsradio.example/programmes/frontline-conversations/2023-04-10-quneitra",
        [ev(QUN, "2023-04-09", "Khan Arnabah", "near", killed=(1, 1), civilians_killed=(1, 1), injured=(1, 1))],
        [S(QUN, "israel asserts israel", "syria-gov asserts israel")],
        [cx(QUN, "target", "syria-gov", "israel",
            "SANA says the missiles killed a shepherd and wounded a farmer; the IDF spokesperson says only military targets were struck")]),
    # ---------------- Syria: al-Hari near Albu Kamal, 17 June 2018 (PMF blames US; coalition denies; US official: Israel)
    doc("12_albukamal_wire", "Harbour Wire", "2018-06-18", "news",
        "https://harbourwire.example/mideast/2018/06/18/albukamal-strike-pmf-coalition-denies",
        [ev(ABK, "2018-06-17", "Albu Kamal", "al-Hari, about 5 km east of", killed=(38, N), injured=(12, 12))],
        [S(ABK, "ngo asserts unknown", "pmf asserts us", "syria-gov asserts coalition", "cjtf-oir denies coalition",
           "cjtf-oir denies us")],
        [cx(ABK, "attribution", "pmf", "cjtf-oir",
            "The PMF calls it an American strike; the coalition says there were no US or coalition strikes near Albu Kamal"),
         cx(ABK, "attribution", "syria-gov", "cjtf-oir",
            "Syrian state TV says coalition aircraft hit the position; the coalition denies any involvement")]),
    doc("13_albukamal_tv_transcript", "Al-Rafidain Satellite Channel (transcript, translated from Arabic)", "2018-06-19", "news",
        "https://alrafidaintv.example/en/transcripts/2018/06/19/evening-bulletin",
        [ev(ABK, "2018-06-17", "Albu Kamal", "near", killed=(22, 22), injured=(12, 12))],
        [S(ABK, "journalist asserts occurrence", "pmf asserts us", "cjtf-oir denies coalition", "us-official asserts israel",
           "us-official denies us")],
        [cx(ABK, "attribution", "pmf", "cjtf-oir",
            "The PMF holds the American forces responsible; the coalition says it conducted no strikes near Albu Kamal"),
         cx(ABK, "attribution", "pmf", "us-official",
            "The PMF blames the Americans; a US official says Israel, not the United States, carried out the strike")]),
    # ---------------- Iraq: Tarmiyah army post (Amaq claim; Security Media Cell denies; an officer: a roadside bomb)
    doc("14_tarmiyah_brief_nodate", "Salahuddin Now (brief)", "", "news",
        "https://salahuddinnow.example/en/briefs/tarmiyah-army-post-claim",
        [ev(TAR, "", "Tarmiyah", "orchards north of", killed=(11, 11), injured=(2, 2))],
        [S(TAR, "isis-amaq asserts isis", "iraq-joc denies occurrence", "iraqi-sources asserts occurrence")],
        [cx(TAR, "occurrence", "isis-amaq", "iraq-joc",
            "Amaq says its fighters stormed an army post and killed eleven soldiers; the Security Media Cell says there was no attack on any position"),
         cx(TAR, "count", "isis-amaq", "iraqi-sources",
            "Amaq claims eleven soldiers killed; an army officer says a roadside bomb wounded two and nobody was killed")]),
    # ---------------- Iraq: US strikes at Jurf al-Nasr, 24 January 2024 (faction deletes "family killed" post)
    doc("15_centcom_jurf_release", "U.S. Central Command Public Affairs", "2024-01-24", "official",
        "https://centcom-news.example/releases/2024/01/24/us-forces-strike-kh-facilities-iraq",
        [ev(JRF, "2024-01-24", "Jurf al-Nasr", "in the area of", civilians_killed=(0, 0))],
        [S(JRF, "us-dod asserts us")]),
    doc("16_jurf_local_translated", "Babil al-Hadath (translated from Arabic)", "2024-01-25", "news",
        "https://babilalhadath.example/en/security/2024/01/25/jurf-al-nasr-bombardment",
        [ev(JRF, "2024-01-24", "Jurf al-Nasr", "in", killed=(2, 2), civilians_killed=(0, 0), injured=(4, 4))],
        [S(JRF, "journalist asserts us", "pmf asserts us", "iraq-military asserts coalition", "us-dod asserts us")],
        [cx(JRF, "retraction", "pmf", "pmf",
            "A faction channel posted that a missile killed a mother and her two children in a farmhouse, deleted the post before dawn, and the faction then said the information was not accurate and no civilian house was hit")]),
    # ---------------- US strikes of 2 February 2024: al-Qaim (Iraq) and al-Mayadin (Syria)
    doc("17_centcom_feb2_release", "U.S. Central Command Public Affairs", "2024-02-03", "official",
        "https://centcom-news.example/releases/2024/02/03/statement-strikes-iraq-syria",
        [ev(QAI, "2024-02-02", "al-Qaim", "near"),
         ev(MAY, "2024-02-02", "al-Mayadin", "in and around")],
        [S(QAI, "us-dod asserts us"),
         S(MAY, "us-dod asserts us")]),
    doc("18_alqaim_wire", "Tigris Wire", "2024-02-03", "news",
        "https://tigriswire.example/iraq/2024/02/03/alqaim-us-strikes-sixteen-dead",
        [ev(QAI, "2024-02-02", "al-Qaim", "in and around", killed=(16, 16), injured=(25, 25))],
        [S(QAI, "iraq-military asserts us", "pmf asserts occurrence", "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(QAI, "target", "iraq-military", "us-dod",
            "The commander-in-chief's spokesman says civilians were among the 16 dead and homes were hit; the Pentagon says only IRGC and militia facilities were struck")]),
    doc("19_mayadin_network_translated", "Furat Pulse Network (translated from Arabic)", "2024-02-04", "news",
        "https://furatpulse.example/en/deir-ez-zor/2024/02/04/mayadin-american-raids",
        [ev(MAY, "2024-02-02/2024-02-03", "al-Mayadin", "in the city of", killed=(23, 23), civilians_killed=(0, 0))],
        [S(MAY, "journalist asserts coalition", "journalist asserts us", "ngo asserts occurrence", "syria-gov asserts us",
           "us-dod asserts us")],
        [cx(MAY, "target", "syria-gov", "ngo",
            "SANA says civilians and soldiers were killed; the war observatory says the 23 dead were militia members and none were civilians"),
         cx(MAY, "target", "syria-gov", "us-dod",
            "SANA says the aggression killed civilians; CENTCOM says it struck IRGC and militia facilities chosen to avoid civilian casualties")]),
    # ---------------- Kurdistan Region: Erbil, 13 March 2022 (IRGC missiles)
    doc("20_irgc_statement_2022", "IRGC Public Relations, via state news agency (translated from Persian)", "2022-03-13", "official",
        "https://irgc-statements.example/en/2022/03/13/statement-erbil",
        [ev(ERA, "2022-03-13", "Erbil", "in the city of")],
        [S(ERA, "iran asserts iran")]),
    doc("21_erbil_wire_2022", "Northbridge Press", "2022-03-13", "news",
        "https://northbridgepress.example/news/iraq/2022/03/13/erbil-missiles-consulate",
        [ev(ERA, "2022-03-13", "Erbil", "residential areas in the north of", killed=(0, 0), injured=(2, 2))],
        [S(ERA, "local-sources asserts occurrence", "iraq-joc asserts occurrence", "us-official asserts iran", "iran asserts iran")],
        [cx(ERA, "target", "local-sources", "iran",
            "Kurdish officials say the missiles hit civilian homes and a TV station and there are no Israeli sites in Erbil; the Guards say they struck a strategic centre of Israel"),
         cx(ERA, "count", "local-sources", "iraq-joc",
            "The deputy governor says two civilians were lightly injured; the Joint Operations Command says there were no casualties")]),
    # ---------------- Erbil and Idlib, 15 January 2024 (IRGC missiles)
    doc("22_irgc_statement_2024", "IRGC Public Relations, via state news agency (translated from Persian)", "2024-01-16", "official",
        "https://irgc-statements.example/en/2024/01/16/statement-erbil-idlib",
        [ev(ERB, "2024-01-15", "Erbil", "northern outskirts of the city of"),
         ev(IDL, "2024-01-15", "Idlib", "area of")],
        [S(ERB, "iran asserts iran"),
         S(IDL, "iran asserts iran")]),
    doc("23_erbil_daily_correction", "The Erbil Chronicle (English edition)", "2024-01-17", "news",
        "https://erbilchronicle.example/en/kurdistan/2024/01/17/erbil-missiles-businessman-family",
        [ev(ERB, "2024-01-15", "Erbil", "about 12 km north of the city centre of", killed=(4, 4), civilians_killed=(4, 4),
            injured=(6, 6))],
        [S(ERB, "journalist asserts iran", "local-sources asserts iran", "iran asserts iran", "iraq-military asserts iran")],
        [cx(ERB, "target", "local-sources", "iran",
            "The KRG says the missiles killed innocent civilians in a family home; the Guards say they destroyed an Israeli espionage headquarters"),
         cx(ERB, "target", "iraq-military", "iran",
            "The commander-in-chief's spokesman says the target was a civilian house with no Israeli presence; Iran says an espionage headquarters")]),
    doc("24_idlib_local_translated", "Idlib Today (translated from Arabic)", "2024-01-16", "news",
        "https://idlibtoday.example/en/news/2024/01/16/iranian-missiles-binnish",
        [ev(IDL, "2024-01-15", "Binnish", "outskirts of the town of", killed=(0, 0), injured=(1, 1))],
        [S(IDL, "journalist asserts iran", "local-sources asserts iran", "iran asserts iran")],
        [cx(IDL, "count", "iran", "local-sources",
            "Iranian state television says dozens of Daesh terrorists were killed; the Civil Defence found no dead"),
         cx(IDL, "target", "iran", "local-sources",
            "The Guards say they hit gathering places of Daesh commanders; the Civil Defence says the missiles fell on farmland and a disused medical point, with no military headquarters in the area")]),
    # ---------------- Syria: Turkish strikes around Kobani, 20 November 2022
    doc("25_turkey_mod_statement", "Republic of Turkiye Ministry of National Defence (translated from Turkish)", "2022-11-20", "official",
        "https://msb-statements.example/en/2022/11/20/claw-sword-kobani",
        [ev(KOB, "2022-11-20", "Kobani", "Ayn al-Arab region", killed=(31, 31))],
        [S(KOB, "turkey asserts turkey")]),
    doc("26_kobani_ne_syria_service", "Jazira Herald (English service)", "2022-11-21", "news",
        "https://jaziraherald.example/en/news/2022/11/21/kobani-turkish-raids-eleven",
        [ev(KOB, "2022-11-20", "Kobani", "south and east of", killed=(11, 11), civilians_killed=(8, 8), injured=(5, N))],
        [S(KOB, "sdf asserts turkey", "turkey asserts turkey", "syria-gov asserts turkey")],
        [cx(KOB, "count", "sdf", "turkey",
            "The SDF says eleven were killed, eight civilians and three fighters; Turkey says 31 terrorists were neutralised in the Kobani region"),
         cx(KOB, "target", "sdf", "turkey",
            "The SDF says a silo, a power station and homes were hit and civilians killed; Turkey says only shelters, tunnels and depots of the PKK/YPG were struck")]),
    # ---------------- Blog: Sulaymaniyah airport 2023, Zakho road 2024, Tishreen Dam 2025
    doc("27_osint_blog_turkey_drones", "Contour Lines (blog)", "2025-01-20", "blog",
        "https://contourlines.example/2025/01/20/three-drone-cases",
        [ev(SUL, "2023-04-07", "Sulaymaniyah", "perimeter wall of the airport, west of", killed=(0, 0), injured=(0, 0)),
         ev(ZAK, "2024-09-11", "Zakho", "about 30 km east of", killed=(2, 2), civilians_killed=(2, 2)),
         ev(TSH, "2025-01-15", "Tishreen Dam", "dam road, south-east of Manbij", killed=(4, 4), injured=(15, 15))],
        [S(SUL, "journalist asserts turkey", "sdf asserts turkey", "turkey denies turkey"),
         S(ZAK, "journalist asserts turkey", "local-sources asserts occurrence", "turkey asserts turkey", "ngo asserts occurrence"),
         S(TSH, "journalist asserts turkey", "local-sources asserts occurrence", "sdf asserts turkey", "turkey asserts turkey")],
        [cx(SUL, "attribution", "sdf", "turkey",
            "The SDF blamed Turkey; Ankara said it carried out no operation in Sulaymaniyah"),
         cx(SUL, "attribution", "journalist", "turkey",
            "The analyst reads the imagery and fragments as a Turkish drone strike; Ankara flatly denies any operation"),
         cx(ZAK, "target", "ngo", "turkey",
            "Peace Witness Teams say both dead were civilians; the Turkish defence ministry lists two terrorists neutralised"),
         cx(ZAK, "target", "ngo", "local-sources",
            "Peace Witness Teams say both dead were civilians; the counter-terrorism service called them PKK members"),
         cx(TSH, "target", "journalist", "turkey",
            "Video shows a strike on a line of civilian cars and buses; the Turkish defence ministry says only terrorist positions around the dam were struck")]),
    doc("28_tishreen_un_note", "UN Office for the Coordination of Humanitarian Affairs (Syria)", "2025-01-16", "official",
        "https://ocha-syria-updates.example/reports/2025-01-16-flash-update-4-tishreen-dam",
        [ev(TSH, "2025-01-15", "Tishreen Dam", "road approaching the", killed=(4, N), civilians_killed=(4, N), injured=(15, N))],
        [S(TSH, "un asserts occurrence", "local-sources asserts turkey")]),
    # ---------------- Syria: US drone strike near Sarmada, 24 October 2023 (family: a fuel seller)
    doc("29_sarmada_monitor_assessment", "Conflict Casualty Ledger", "2023-12-04", "ngo",
        "https://casualtyledger.example/incidents/sy-2310-24",
        [ev(SAR, "2023-10-24", "Sarmada", "about 3 km south of", killed=(1, 2), civilians_killed=(0, 2), injured=(1, 1))],
        [S(SAR, "ngo asserts us", "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(SAR, "target", "local-sources", "us-dod",
            "Relatives say the dead man was a fuel seller who never carried a weapon; CENTCOM says it killed a senior Hurras al-Din planner and no civilians were harmed")]),
    doc("30_sarmada_local_translated", "Sham Horizon (translated from Arabic)", "2023-10-25", "news",
        "https://shamhorizon.example/en/north/2023/10/25/sarmada-drone-fuel-seller",
        [ev(SAR, "2023-10-24", "Sarmada", "road linking the towns of Sarmada and al-Dana", killed=(1, 1), civilians_killed=(1, 1),
            injured=(1, 1))],
        [S(SAR, "journalist asserts us", "local-sources asserts us", "us-dod asserts us")],
        [cx(SAR, "target", "local-sources", "us-dod",
            "The family says Hamid al-Sayyed sold fuel and never carried a weapon; CENTCOM says it killed a senior Hurras al-Din leader")]),
]


if __name__ == "__main__":
    main(DOCS, OUT, TEXTS, COORDS)
