#!/usr/bin/env python3
"""Writes eval/dev12/gold/*.json from the compact specs below (see ../../goldspec.py).

goldspec.write() gives each event the coordinates of its gold place (lat, lon), which
the scorer reads for its 60 km rule; every place here is a real town.

  python3 eval/dev12/tools/make_gold.py             write the gold
  python3 eval/dev12/tools/make_gold.py --selftest  check the specs against the texts and the
                                                    conventions without writing anything
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", ".."))
from goldspec import S, cx, doc, ev, gold, write  # noqa: E402

OUT = os.path.join(HERE, "..", "gold")
TEXTS = os.path.join(HERE, "..", "texts")

# gold place -> (lat, lon), town centres to a few km
COORDS = {
    "Hit": (33.643, 42.827), "Tal Afar": (36.377, 42.449), "Raqqah": (35.952, 39.010),
    "Mayadin": (35.021, 40.453), "Palmyra": (34.560, 38.280), "Hajin": (34.694, 40.832),
    "al-Rastan": (34.927, 36.733), "Rastan": (34.927, 36.733), "Talbiseh": (34.842, 36.730),
    "Ariha": (35.813, 36.609), "Saraqib": (35.863, 36.806), "Masyaf": (35.065, 36.342),
    "Hermel": (34.394, 36.385), "al-Qasr": (34.460, 36.400), "Sidakan": (36.797, 44.672),
    "Sinjar": (36.322, 41.877), "Sangin": (32.073, 64.834), "Rada'a": (14.415, 44.837),
    "al-Bab": (36.370, 37.517), "Idlib": (35.931, 36.633), "Anah": (34.372, 41.987),
}

HIT = "hit-market-2015-09-14"
TAF = "tal-afar-convoy-2017-08-24"
RAQ = "raqqa-strike-2017-08-24"
MAY = "mayadin-strike-2017-05-26"
PAL = "palmyra-strike-2017-05-26"
HAJ = "hajin-strike-2018-11-17"
RAS = "rastan-strike-2015-10-06"
TLB = "talbiseh-barrel-2015-10-06"
ARI = "ariha-market-2019-11-23"
SAR = "saraqib-shelling-2019-11-24"
MAS = "masyaf-strike-2023-06-14"
HER = "hermel-strike-2024-10-22"
QAS = "al-qasr-strike-2024-10-22"
SID = "sidakan-drone-2022-07-11"
SIN = "sinjar-drone-2021-12-07"
SAN = "sangin-strike-2018-06-09"
RAD = "radaa-drone-2018-03-04"
ALB = "al-bab-strike-2016-12-20"
IDL = "idlib-strike-2016-12-18"
ANA = "anah-depot-2019-09-09"

N = None
DOCS = [
    # ---------------- Iraq: Hit market, 14 September 2015 (coalition blamed, Iraqi F-16s claimed)
    doc("01_hit_wire", "Eastbridge Press Agency", "2015-09-15", "news",
        "https://eastbridgepress.example/mideast/iraq/2015/09/15/hit-market-airstrike",
        [ev(HIT, "2015-09-14", "Hit", "main market of", killed=(17, 17), civilians_killed=(17, 17),
            injured=(31, N))],
        [S(HIT, "local-sources asserts coalition", "cjtf-oir denies coalition",
           "iraq-mod asserts iraq-air-force", "isis-amaq asserts coalition")],
        [cx(HIT, "attribution", "local-sources", "cjtf-oir",
            "An Anbar councillor blames coalition aircraft; the coalition says it conducted no strikes in or near Hit that day"),
         cx(HIT, "attribution", "isis-amaq", "cjtf-oir",
            "Amaq blames 'crusader aircraft'; the coalition denies any strike in Hit"),
         cx(HIT, "attribution", "local-sources", "iraq-mod",
            "The councillor names the coalition; the defence ministry says Iraqi F-16s carried out the strike"),
         cx(HIT, "target", "local-sources", "iraq-mod",
            "The councillor says shoppers in a market were killed; the ministry says a Daesh headquarters was destroyed and 30 terrorists killed"),
         cx(HIT, "count", "local-sources", "isis-amaq",
            "The councillor counts 17 civilian dead; Amaq says 22")]),
    doc("02_hit_local_translated", "Sawt al-Furat (translated from Arabic)", "2015-09-16", "news",
        "https://sawtalfurat.example/en/anbar/2015/09/16/hit-market-martyrs",
        [ev(HIT, "2015-09-14", "Hit", "market of", killed=(23, 23), civilians_killed=(23, 23),
            injured=(24, N))],
        [S(HIT, "local-sources asserts coalition", "local-sources retracts coalition", "local-sources asserts iraq",
           "iraq-joc asserts iraq-air-force")],
        [cx(HIT, "retraction", "local-sources", "local-sources",
            "The councillor who blamed the coalition on Monday withdrew that and said the aircraft were Iraqi"),
         cx(HIT, "target", "local-sources", "iraq-joc",
            "The hospital and residents say a market full of civilians was hit; the JOC says a car-bomb workshop with no civilians nearby")]),
    doc("03_hit_monitor_assessment", "Euphrates Civilian Casualty Observatory", "2015-10-20", "ngo",
        "https://euphrates-observatory.example/assessments/irq-0914-b",
        [ev(HIT, "2015-09-14", "Hit", "central market of", killed=(14, 23), civilians_killed=(14, 23),
            injured=(30, 45))],
        [S(HIT, "ngo asserts iraq-air-force", "local-sources asserts coalition", "local-sources retracts coalition",
           "local-sources asserts iraq", "isis-amaq asserts coalition", "cjtf-oir denies coalition",
           "iraq-mod asserts iraq-air-force")],
        [cx(HIT, "attribution", "local-sources", "cjtf-oir",
            "The councillor first named the coalition; the coalition says it carried out no strikes around Hit that day"),
         cx(HIT, "attribution", "isis-amaq", "cjtf-oir",
            "Amaq blamed the coalition; the coalition denies any strike there"),
         cx(HIT, "retraction", "local-sources", "local-sources",
            "On 15 September the councillor withdrew his claim against the coalition and named Iraqi aircraft"),
         cx(HIT, "target", "ngo", "iraq-mod",
            "The Observatory finds 14-23 civilians and no combatants among the dead; the MoD says 30 terrorists were killed")]),
    # ---------------- Iraq: column fleeing Tal Afar, 24 August 2017; Raqqah the same day
    doc("04_cjtf_strike_release", "Combined Joint Task Force - Operation Inherent Resolve", "2017-08-25", "official",
        "https://inherentresolve.example/releases/2017/08/25/strike-release-20170825",
        [ev(TAF, "2017-08-24", "Tal Afar", "near", vehicles_destroyed=(12, N), strikes=(9, 9),
            engagements=(17, 17)),
         ev(RAQ, "2017-08-24", "Raqqah", "near", vehicles_destroyed=(2, 2), strikes=(14, 14),
            engagements=(26, 26))],
        [S(TAF, "cjtf-oir asserts coalition", "cjtf-oir asserts iraq-army-aviation"),
         S(RAQ, "cjtf-oir asserts coalition")]),
    doc("05_iraq_joc_statement", "Joint Operations Command - Iraq, Media Cell (unofficial translation)", "2017-08-24", "official",
        "https://joc-iraq.example/en/statements/2017/08/24/statement-112",
        [ev(TAF, "2017-08-24", "Tal Afar", "toward al-Ayadhiya from", killed=(121, N), vehicles_destroyed=(45, 45))],
        [S(TAF, "iraq-joc asserts iraq-army-aviation")]),
    doc("06_tal_afar_wire", "Northline News Service", "2017-08-26", "news",
        "https://northline-news.example/iraq/2017/08/26/tal-afar-column-strikes-tallies",
        [ev(TAF, "2017-08-24", "Tal Afar", "northwest of", killed=(121, N), civilians_killed=(38, 38),
            vehicles_destroyed=(45, 45), strikes=(9, 9))],
        [S(TAF, "journalist asserts iraq-army-aviation", "journalist asserts coalition",
           "iraq-joc asserts iraq-army-aviation", "cjtf-oir asserts coalition", "cjtf-oir asserts iraq-army-aviation",
           "iraqi-sources asserts iraq-army-aviation", "iraqi-sources denies coalition", "isis-amaq asserts us")],
        [cx(TAF, "attribution", "cjtf-oir", "iraqi-sources",
            "The coalition says its jets struck the column nine times; an Iraqi army aviation pilot says no coalition jet fired on it"),
         cx(TAF, "target", "isis-amaq", "iraq-joc",
            "Amaq says displaced families were bombed, 38 civilians killed; the JOC says the column carried terrorists and weapons only")]),
    # ---------------- Syria: Mayadin, 26 May 2017 (coalition vs Russia); Palmyra the same day
    doc("07_russia_mod_briefing", "Ministry of Defence of the Russian Federation (translated from Russian)", "2017-05-27", "official",
        "https://mod-russia.example/en/news/briefings/2017-05-27-syria",
        [ev(MAY, "2017-05-26", "Mayadin", "southern outskirts of", killed=(N, 80), vehicles_destroyed=(6, 6)),
         ev(PAL, "2017-05-26", "Palmyra", "in the area of")],
        [S(MAY, "russia-mod asserts russia", "russia-mod disputes coalition", "cjtf-oir asserts coalition",
           "ngo asserts occurrence"),
         S(PAL, "russia-mod asserts russia")],
        [cx(MAY, "attribution", "cjtf-oir", "russia-mod",
            "The coalition announced that its aircraft struck Mayadin; Russia says the strike was its own and calls the coalition's claim an attempt to appropriate it"),
         cx(MAY, "target", "ngo", "russia-mod",
            "Monitors cited by Western media report civilian victims; Russia says all targets were terrorist objects and it does not strike residential quarters")]),
    doc("08_mayadin_agency", "Agence Levantine de Presse", "2017-05-28", "news",
        "https://agencelevantine.example/en/syria-mayadin-strike-claims-20170528",
        [ev(MAY, "2017-05-26", "Mayadin", "edge of", killed=(43, 43), civilians_killed=(35, 35))],
        [S(MAY, "ngo asserts coalition", "ngo denies russia", "cjtf-oir confirms coalition", "russia-mod asserts russia",
           "russia-mod disputes coalition", "syria-gov asserts coalition")],
        [cx(MAY, "attribution", "cjtf-oir", "russia-mod",
            "The coalition confirms striking an ISIS headquarters in Mayadin; Moscow says the raid was its own and accuses the coalition of taking credit"),
         cx(MAY, "attribution", "russia-mod", "ngo",
            "Russia claims the raid; the monitor says Russian planes were not flying over Mayadin that day"),
         cx(MAY, "target", "ngo", "russia-mod",
            "The monitor says 35 of 43 dead were civilians; Russia says up to 80 militants and no civilians"),
         cx(MAY, "target", "syria-gov", "russia-mod",
            "SANA calls the raid a massacre; Russia insists no civilians were harmed")]),
    doc("09_mayadin_blog", "Euphrates Watchtower (blog)", "2017-06-02", "blog",
        "https://euphrates-watchtower.example/2017/06/02/whose-bombs-mayadin",
        [ev(MAY, "2017-05-26", "Mayadin", "southern edge of", killed=(41, N), civilians_killed=(25, N))],
        [S(MAY, "journalist asserts coalition", "journalist asserts us", "journalist disputes russia",
           "cjtf-oir asserts coalition", "russia-mod asserts russia")],
        [cx(MAY, "attribution", "russia-mod", "journalist",
            "Moscow claims the strike; the blogger says the bomb fragments are US-made and calls the Russian claim opportunistic"),
         cx(MAY, "target", "journalist", "russia-mod",
            "The blogger's sources count at least 25 women and children among the dead; Russia says 80 terrorists were eliminated")]),
    # ---------------- Syria: Hajin, 17 November 2018 (UK and France)
    doc("10_ukmod_update", "UK Ministry of Defence", "2018-11-19", "official",
        "https://mod-uk.example/news/update-air-strikes-against-daesh-19-november-2018",
        [ev(HAJ, "2018-11-17", "Hajin", "in")],
        [S(HAJ, "uk asserts uk", "uk asserts france", "syria-gov asserts coalition")],
        [cx(HAJ, "target", "uk", "syria-gov",
            "Syrian state media say coalition aircraft hit a mosque and killed civilians; the MoD says the building was a Daesh headquarters, not a mosque, and finds no civilian casualties")]),
    doc("11_hajin_progov_translated", "Al-Sharq al-Dimashqi (translated from Arabic)", "2018-11-18", "news",
        "https://sharq-dimashqi.example/en/local/2018/11/18/hajin-mosque-massacre",
        [ev(HAJ, "2018-11-17", "Hajin", "in", killed=(19, 19), civilians_killed=(19, 19))],
        [S(HAJ, "syria-gov asserts coalition", "local-sources asserts france", "local-sources asserts us",
           "cjtf-oir asserts coalition")],
        [cx(HAJ, "target", "syria-gov", "cjtf-oir",
            "SANA says a mosque sheltering women and children was hit; the coalition says a Daesh command and control centre"),
         cx(HAJ, "target", "local-sources", "cjtf-oir",
            "Residents say there were no fighters in the mosque; the coalition says it struck a Daesh command centre")]),
    # ---------------- Syria: Rastan and Talbiseh, 6 October 2015 (Russia)
    doc("12_rastan_local_translated", "Sada Homs (translated from Arabic)", "2015-10-07", "news",
        "https://sadahoms.example/en/news/2015/10/07/rastan-bakery-russian-raid",
        [ev(RAS, "2015-10-06", "al-Rastan", "centre of", killed=(11, 11), civilians_killed=(11, 11), injured=(20, N))],
        [S(RAS, "local-sources asserts russia", "russia-mod asserts russia")],
        [cx(RAS, "target", "local-sources", "russia-mod",
            "The civil defence and rebels say a bakery queue was hit in a town with no ISIS presence; Russia says it destroyed an ISIS command post")]),
    doc("13_rastan_wire", "Eastbridge Press Agency", "2015-10-07", "news",
        "https://eastbridgepress.example/mideast/syria/2015/10/07/russia-homs-raids-rastan",
        [ev(RAS, "2015-10-06", "Rastan", "near", killed=(13, 13), civilians_killed=(9, 9)),
         ev(TLB, "2015-10-06", "Talbiseh", "in", killed=(3, 3))],
        [S(RAS, "russia-mod asserts russia", "us-official asserts russia", "syria-gov asserts syria",
           "syria-gov asserts russia", "ngo asserts russia"),
         S(TLB, "ngo asserts syria")],
        [cx(RAS, "target", "us-official", "russia-mod",
            "A US official says the raids hit a residential area and killed civilians; Russia says it hit an ISIS command post"),
         cx(RAS, "target", "ngo", "russia-mod",
            "The monitor counts nine civilians and four rebels among 13 dead; Russia says an Islamic State command post"),
         cx(RAS, "target", "ngo", "syria-gov",
            "The monitor says most of the dead were civilians; the Syrian army says it struck gatherings of terrorists")]),
    # ---------------- Syria: Ariha market 23 November 2019; Saraqib shelling 24 November 2019
    doc("14_ariha_ngo_note", "Idlib Accountability Project", "2019-12-02", "ngo",
        "https://idlib-accountability.example/notes/2019-12-ariha-market",
        [ev(ARI, "2019-11-23", "Ariha", "centre of", killed=(14, 14), civilians_killed=(14, 14), injured=(31, 31))],
        [S(ARI, "ngo asserts russia", "ngo denies syria", "russia-mod denies russia", "syria-gov asserts syria")],
        [cx(ARI, "attribution", "ngo", "russia-mod",
            "The group attributes the attack to Russian aircraft; the Russian MoD says its aircraft flew no combat missions in Idlib that day"),
         cx(ARI, "attribution", "syria-gov", "ngo",
            "Syrian state media say the army struck near Ariha; the group's logs show no Syrian sortie and it rules out Syrian aircraft"),
         cx(ARI, "target", "ngo", "syria-gov",
            "The group finds shoppers and traders killed in a market with no military objective; state media say terrorist positions and weapons depots were hit")]),
    doc("15_idlib_liveblog", "The Orient Ledger - Live", "2019-11-24", "news",
        "https://orientledger.example/live/2019/nov/24/idlib-escalation-live",
        [ev(ARI, "2019-11-23", "Ariha", "covered market in", killed=(14, 14), injured=(31, N)),
         ev(SAR, "2019-11-24", "Saraqib", "eastern side of", killed=(2, 2))],
        [S(ARI, "russia-mod denies russia", "local-sources asserts occurrence", "ngo asserts russia"),
         S(SAR, "local-sources asserts syria")],
        [cx(ARI, "attribution", "ngo", "russia-mod",
            "A monitor says Russian jets carried out the raid; Russia says its aircraft flew no combat missions in the zone"),
         cx(ARI, "retraction", "local-sources", "local-sources",
            "The civil defence first counted 16 dead, then lowered its toll to 14, saying two injured had been counted twice")]),
    # ---------------- Syria: Masyaf, 14 June 2023 (Israel)
    doc("16_masyaf_wire", "Continental Press Association", "2023-06-14", "news",
        "https://continentalpress.example/mideast/syria-israel-strike-masyaf-0614",
        [ev(MAS, "2023-06-14", "Masyaf", "in the vicinity of", killed=(1, 1), civilians_killed=(1, 1), injured=(2, 2))],
        [S(MAS, "syria-gov asserts israel", "ngo asserts occurrence")],
        [cx(MAS, "count", "syria-gov", "ngo",
            "State media report one person killed; the monitor says five"),
         cx(MAS, "target", "syria-gov", "ngo",
            "State media say a civilian was killed; the monitor says all five dead were fighters at an Iranian-backed weapons store")]),
    doc("17_masyaf_brief_nodate", "Levant Desk Briefs", "", "news",
        "https://levantdeskbriefs.example/syria/masyaf-toll-seven",
        [ev(MAS, "", "Masyaf", "about three kilometres south of", killed=(7, 7), civilians_killed=(0, 0), injured=(6, 6))],
        [S(MAS, "journalist asserts israel", "ngo asserts occurrence", "syria-gov asserts israel")],
        [cx(MAS, "count", "ngo", "syria-gov",
            "The monitor counts seven dead; state media still give one killed"),
         cx(MAS, "target", "ngo", "syria-gov",
            "The monitor says none of the dead were civilians; state media report one civilian killed")]),
    # ---------------- Lebanon: Hermel and al-Qasr, 22 October 2024 (Israel)
    doc("18_idf_hermel_statement", "Israel Defense Forces - Spokesperson's Unit", "2024-10-22", "official",
        "https://idf-spokesperson.example/en/press-releases/2024/10/22-hermel",
        [ev(HER, "2024-10-22", "Hermel", "in the area of")],
        [S(HER, "israel asserts israel", "local-sources asserts israel")],
        [cx(HER, "target", "israel", "local-sources",
            "Hezbollah-affiliated media say a medical centre was hit; the IDF says a Hezbollah weapons storage facility")]),
    doc("19_hermel_local_translated", "Al-Biqa' Today (translated from Arabic)", "2024-10-23", "news",
        "https://albiqa-today.example/en/news/2024/10/23/hermel-raid-paramedics",
        [ev(HER, "2024-10-22", "Hermel", "southern edge of", killed=(6, 6), civilians_killed=(2, N), injured=(11, 11)),
         ev(QAS, "2024-10-22", "al-Qasr", "outskirts of", killed=(0, 0))],
        [S(HER, "journalist asserts israel", "local-sources asserts israel", "israel asserts israel"),
         S(QAS, "journalist asserts israel")],
        [cx(HER, "target", "local-sources", "israel",
            "The health ministry and the Islamic Health Committee say paramedics and residents were killed at a building with no military function; Israel says it hit Hezbollah weapons storage")]),
    # ---------------- Iraqi Kurdistan: Sidakan, 11 July 2022 (Turkey blamed, then Iran)
    doc("20_sidakan_kurdish", "Zagros Daily (English edition)", "2022-07-11", "news",
        "https://zagrosdaily.example/en/kurdistan/2022/07/11/sidakan-drone-car",
        [ev(SID, "2022-07-11", "Sidakan", "near", killed=(3, 3), injured=(1, 1))],
        [S(SID, "local-sources asserts turkey", "local-sources asserts iran", "iran asserts iran")],
        [cx(SID, "attribution", "local-sources", "iran",
            "The mayor says the drone was Turkish; Iran's Revolutionary Guards say their drones struck separatist groups in northern Iraq")]),
    doc("21_sidakan_correction", "Zagros Daily (English edition)", "2022-07-13", "news",
        "https://zagrosdaily.example/en/kurdistan/2022/07/13/sidakan-drone-iranian-correction",
        [ev(SID, "2022-07-11", "Sidakan", "near", killed=(4, 4), civilians_killed=(1, N))],
        [S(SID, "local-sources asserts turkey", "local-sources retracts turkey", "local-sources asserts iran",
           "iraq-joc asserts iran", "iran asserts iran")],
        [cx(SID, "retraction", "local-sources", "local-sources",
            "The mayor withdrew his accusation against Turkey and said the drone came from Iran"),
         cx(SID, "target", "local-sources", "iran",
            "The mayor says a 16-year-old shepherd was among the dead; the IRGC says it targeted terrorist elements")]),
    # ---------------- Iraq: Sinjar, 7 December 2021 (Turkey)
    doc("22_sinjar_wire", "Meridian Wire Service", "2021-12-08", "news",
        "https://meridianwire.example/world/iraq-sinjar-turkish-drone-1208",
        [ev(SIN, "2021-12-07", "Sinjar", "between Sinuni and", killed=(3, 3), civilians_killed=(1, 1), injured=(1, 1))],
        [S(SIN, "local-sources asserts turkey", "turkey asserts turkey", "iraq-military asserts turkey")],
        [cx(SIN, "target", "local-sources", "turkey",
            "The mayor says a civilian taxi driver and two Yazidi fighters were killed, and the Sinjar Resistance Units say none were PKK; Turkey says three PKK members")]),
    doc("23_turkey_mod_statement", "Republic of Turkey Ministry of National Defence (translated from Turkish)", "2021-12-07", "official",
        "https://msb-tr.example/en/news/2021/12/07/sinjar-neutralised",
        [ev(SIN, "2021-12-07", "Sinjar", "in the region of", killed=(3, 3))],
        [S(SIN, "turkey asserts turkey", "local-sources asserts turkey")],
        [cx(SIN, "target", "turkey", "local-sources",
            "PKK outlets say the drones targeted civilians; the ministry says a senior PKK leader and two terrorists were neutralised with no civilians nearby")]),
    # ---------------- Afghanistan: Sangin, 9 June 2018 (US)
    doc("24_sangin_wire", "Northline News Service", "2018-06-10", "news",
        "https://northline-news.example/afghanistan/2018/06/10/sangin-airstrike-villagers",
        [ev(SAN, "2018-06-09", "Sangin", "a few kilometres north of", killed=(9, 9), civilians_killed=(9, 9))],
        [S(SAN, "local-sources asserts us", "us-dod confirms us")],
        [cx(SAN, "target", "local-sources", "us-dod",
            "Villagers say a farming family was killed; US forces say they struck Taliban fighters attacking Afghan troops")]),
    doc("25_unama_note", "United Nations Assistance Mission in Afghanistan (UNAMA)", "2018-06-21", "official",
        "https://unama-un.example/en/press/2018-06-21-sangin-civilian-casualties",
        [ev(SAN, "2018-06-09", "Sangin", "a village in", killed=(7, 7), civilians_killed=(7, 7), injured=(3, 3))],
        [S(SAN, "un asserts us", "us-dod asserts us", "local-sources asserts occurrence")],
        [cx(SAN, "count", "un", "local-sources",
            "UNAMA verified seven civilian deaths; initial community reports said nine"),
         cx(SAN, "target", "un", "us-dod",
            "UNAMA finds only one family was in the house; US forces say the aircraft engaged Taliban fighters")]),
    # ---------------- Yemen: near Rada'a, 4 March 2018 (US, AQAP)
    doc("26_centcom_radaa_release", "U.S. Central Command", "2018-03-05", "official",
        "https://centcom.example/media/press-releases/2018-03-05-strike-aqap-bayda",
        [ev(RAD, "2018-03-04", "Rada'a", "near", killed=(2, 2), civilians_killed=(0, 0), strikes=(1, 1))],
        [S(RAD, "us-dod asserts us")]),
    doc("27_radaa_local_translated", "Al-Bayda Post (translated from Arabic)", "2018-03-06", "news",
        "https://albayda-post.example/en/2018/03/06/radaa-drone-qat-traders",
        [ev(RAD, "2018-03-04", "Rada'a", "road between al-Hamida and", killed=(3, 3), civilians_killed=(3, 3))],
        [S(RAD, "local-sources asserts us", "us-dod asserts us")],
        [cx(RAD, "count", "local-sources", "us-dod",
            "The sheikh says three men were killed; CENTCOM says two"),
         cx(RAD, "target", "local-sources", "us-dod",
            "The sheikh says the dead were qat traders; CENTCOM says al-Qaeda operatives and no civilians")]),
    # ---------------- Syria round-up: al-Bab 20 December 2016 (Turkey), Idlib 18 December 2016
    doc("28_syria_weekly_roundup", "Aleppo Desk Weekly", "2016-12-23", "news",
        "https://aleppodesk.example/weekly/2016-12-23",
        [ev(ALB, "2016-12-20", "al-Bab", "residential neighbourhoods of", killed=(26, 26), civilians_killed=(24, 24)),
         ev(IDL, "2016-12-18", "Idlib", "Qusour district of", killed=(7, 7), civilians_killed=(7, 7))],
        [S(ALB, "journalist asserts turkey", "ngo asserts turkey", "turkey asserts turkey", "turkey asserts coalition",
           "cjtf-oir denies coalition"),
         S(IDL, "ngo asserts russia", "russia-mod denies russia")],
        [cx(ALB, "attribution", "turkey", "cjtf-oir",
            "Turkey says coalition aircraft supported the strikes; the coalition says it did not strike near al-Bab that day"),
         cx(ALB, "target", "ngo", "turkey",
            "The network counts 24 civilians among 26 dead in residential areas; Turkey says 44 Daesh terrorists"),
         cx(IDL, "attribution", "ngo", "russia-mod",
            "The network says the aircraft was Russian; Russia says it flew no missions over Idlib province")]),
    # ---------------- Iraq: PMF depot near Anah, 9 September 2019 (drone? no strike?)
    doc("29_anah_iraqi_translated", "Al-Rafidain Monitor (translated from Arabic)", "2019-09-10", "news",
        "https://alrafidain-monitor.example/en/security/2019/09/10/anah-depot-explosions",
        [ev(ANA, "2019-09-09", "Anah", "near", killed=(2, 2), injured=(3, 3))],
        [S(ANA, "pmf asserts unknown", "pmf asserts israel", "pmf asserts us", "us-embassy denies us")],
        [cx(ANA, "attribution", "pmf", "us-embassy",
            "A PMF commander says the Americans opened the airspace for Israel; the US embassy says US forces had no involvement")]),
    doc("30_anah_followup", "Al-Rafidain Monitor (translated from Arabic)", "2019-09-17", "news",
        "https://alrafidain-monitor.example/en/security/2019/09/17/anah-depot-investigation",
        [ev(ANA, "2019-09-09", "Anah", "near", killed=(2, 2))],
        [S(ANA, "pmf asserts unknown", "pmf retracts occurrence", "pmf asserts israel", "pmf asserts us",
           "iraq-joc denies occurrence", "us-official denies us")],
        [cx(ANA, "retraction", "pmf", "pmf",
            "The PMF withdrew its statement blaming a drone and now speaks of a fire at the depot"),
         cx(ANA, "occurrence", "pmf", "iraq-joc",
            "The PMF had said a drone hit the depot; the JOC says no air strike took place and poor storage caused the fire"),
         cx(ANA, "attribution", "pmf", "us-official",
            "A PMF commander stands by his accusation against Israel and the United States; a US official says Washington had nothing to do with it")]),
]


def header(text):
    """The Key: value header block of a text (up to the first blank line) and the body."""
    head, _, body = text.partition("\n\n")
    h = {}
    for line in head.splitlines():
        k, _, v = line.partition(":")
        h[k.strip().lower()] = v.strip()
    return h, body


def selftest():
    """Checks the specs against the texts and against eval/corpus/check_gold.py; writes nothing."""
    sys.path.insert(0, os.path.join(HERE, "..", "..", "corpus"))
    from check_gold import check  # noqa: E402
    bad = []
    ids = [d["id"] for d in DOCS]
    if len(set(ids)) != len(ids):
        bad.append("duplicate document ids")
    files = sorted(f[:-4] for f in os.listdir(TEXTS) if f.endswith(".txt"))
    if files != sorted(ids):
        bad.append(f"texts and specs differ: {sorted(set(files) ^ set(ids))}")
    for d in DOCS:
        path = os.path.join(TEXTS, d["id"] + ".txt")
        if not os.path.exists(path):
            continue
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        h, body = header(text)
        for key, want in (("publisher", d["publisher"]), ("url", d["url"]), ("kind", d["kind"])):
            if h.get(key) != want:
                bad.append(f"{d['id']}: header {key} {h.get(key)!r} != spec {want!r}")
        if d["published"] and h.get("published") != d["published"]:
            bad.append(f"{d['id']}: header published {h.get('published')!r} != {d['published']!r}")
        if not d["published"] and "published" in h:
            bad.append(f"{d['id']}: spec has no date but the text has a Published line")
        if "title" not in h:
            bad.append(f"{d['id']}: no Title line")
        n = len(text.split())
        if not 180 <= n <= 500:
            bad.append(f"{d['id']}: {n} words")
        g = gold(d)
        for b in check(g, None):
            bad.append(f"{d['id']}: {b}")
        for e in d["events"]:
            if e["place"] not in COORDS:
                bad.append(f"{d['id']}: no coordinates for {e['place']}")
            if e["place"].lower() not in body.lower():
                bad.append(f"{d['id']}: place {e['place']} not spelled so in the text")
            m = re.fullmatch(r"[a-z0-9-]+-(\d{4}-\d{2}-\d{2})", e["incident"])
            if not m:
                bad.append(f"{d['id']}: bad incident key {e['incident']}")
            elif e["date"] and not e["date"].startswith(m.group(1)):
                bad.append(f"{d['id']}: date {e['date']} differs from key {e['incident']}")
            if e["date"] and d["published"] and e["date"][:10] > d["published"]:
                bad.append(f"{d['id']}: event after publication")
            for k, v in e["counts"].items():
                if v and v[0] is not None and v[1] is not None and v[0] > v[1]:
                    bad.append(f"{d['id']}: {k} min > max")
        for c in d["contradictions"]:
            spk = {s["speaker"] for s in d["statements"] if s["incident"] == c["incident"]}
            if c["a"] not in spk or c["b"] not in spk:
                bad.append(f"{d['id']}: contradiction speaker without a statement: {c['a']}/{c['b']}")
        if len({(c["incident"], c["kind"], c["a"], c["b"]) for c in d["contradictions"]}) != len(d["contradictions"]):
            bad.append(f"{d['id']}: duplicate contradiction")
    for b in bad:
        print("SELFTEST:", b)
    print(f"selftest: {len(DOCS)} specs, {len(bad)} problem(s)")
    return not bad


def summary():
    ev_n = sum(len(d["events"]) for d in DOCS)
    st_n = sum(len(d["statements"]) for d in DOCS)
    cx_n = sum(len(d["contradictions"]) for d in DOCS)
    inc = {}
    for d in DOCS:
        for e in d["events"]:
            inc.setdefault(e["incident"], set()).add(d["id"][:2])
    multi = sum(1 for v in inc.values() if len(v) > 1)
    print(f"{len(DOCS)} docs, {ev_n} events, {st_n} statements, {cx_n} contradictions, {len(inc)} incidents "
          f"({multi} reported by two or more texts, {len(inc) - multi} by one)")


if __name__ == "__main__":
    if "--selftest" in sys.argv[1:]:
        ok = selftest()
        summary()
        sys.exit(0 if ok else 1)
    write(DOCS, OUT, COORDS)
    summary()
