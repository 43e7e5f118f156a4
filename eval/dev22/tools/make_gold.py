#!/usr/bin/env python3
"""The gold of eval/dev22, written from the compact specs below (usage: run() in
../../goldspec.py). Every place here is a real town (GeoNames); see ../README.md for the
places given by a nearby town, for approximate coordinates and for spellings."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldspec import S, cx, doc, ev, run  # noqa: E402

# gold place -> (lat, lon), town centres to a few km (Balyun, Qurqania, Saqlawiyah, al-Tanf:
# approximate, see README)
COORDS = {
    "Talbiseh": (34.842, 36.730), "Balyun": (35.690, 36.540), "Derik": (37.175, 42.139),
    "Sinjar": (36.322, 41.876), "Shengal": (36.322, 41.876), "At Tanf": (33.500, 38.650),
    "al-Tanf": (33.500, 38.650), "Hajin": (34.697, 40.833), "Tikrit": (34.607, 43.679),
    "Deir ez-Zor": (35.336, 40.141), "Fallujah": (33.350, 43.786), "Saqlawiyah": (33.395, 43.675),
    "Mosul": (36.340, 43.130), "Hit": (33.641, 42.827), "Qurqania": (36.060, 36.610),
    "Darayya": (33.459, 36.236), "Tal Tamr": (36.654, 40.373), "Tal Abyad": (36.697, 38.954),
    "Damascus": (33.513, 36.292), "Sayyida Zeinab": (33.444, 36.340),
}

TLB = "talbiseh-russian-strikes-2015-09-30"
BLY = "balyun-air-strike-2020-02-27"
KRC = "derik-karachok-strikes-2017-04-25"
SNJ = "sinjar-turkish-strikes-2017-04-25"
TNF = "al-tanf-convoy-strike-2017-05-18"
HJN = "hajin-missile-strike-2018-10-01"
SPK = "tikrit-speicher-massacre-2014-06-12"
KCH = "sinjar-kocho-massacre-2014-08-15"
FRS = "deir-ez-zor-french-strike-2015-09-27"
FHS = "fallujah-hospital-shelling-2016-02-16"
SQL = "saqlawiyah-killings-2016-06-03"
MSU = "mosul-university-strike-2016-03-19"
HIT = "hit-strikes-2016-03-19"
QRQ = "qurqania-drone-strike-2023-05-03"
DRY = "darayya-barrel-bombs-2016-08-19"
TTM = "tal-tamr-shelling-2019-11-02"
TAB = "tal-abyad-car-bomb-2019-11-02"
MZZ = "damascus-mezzeh-strike-2024-01-20"
SZB = "sayyida-zeinab-strike-2023-12-25"

N = None
DOCS = [
    # ---------------- Syria: Russia's first strikes, around Talbiseh north of Homs, 30 September 2015
    doc("01_talbiseh_wire", "Crescent Line News Agency", "2015-09-30", "news",
        "https://crescentline.example/world/2015/09/30/russia-first-air-strikes-syria-homs",
        [ev(TLB, "2015-09-30", "Talbiseh", "in and around", killed=(27, N), civilians_killed=(27, N))],
        [S(TLB, "journalist asserts russia", "russia-mod asserts russia", "local-sources asserts russia",
           "us-official asserts russia", "syria-gov asserts russia")],
        [cx(TLB, "target", "local-sources", "russia-mod",
            "The Talbiseh coordination committee says the jets hit a residential street and a bakery queue, killing at least 27 civilians; the Russian ministry says it hit Islamic State stores, vehicles and a command post and touched no civilian infrastructure"),
         cx(TLB, "target", "us-official", "russia-mod",
            "A US official says the Russian aircraft struck nowhere near an area held by ISIL; Moscow says its eleven targets belonged to Islamic State")]),
    doc("02_russia_mod_briefing_talbiseh", "Ministry of Defence of the Russian Federation (translated from Russian)", "2015-10-01", "official",
        "https://mil-briefings.example/en/news/2015/10/01/aerospace-forces-syria-briefing-1",
        [ev(TLB, "2015-09-30", "Talbiseh", "area of the settlement of")],
        [S(TLB, "russia-mod asserts russia", "local-sources asserts occurrence", "us-official asserts russia")],
        [cx(TLB, "target", "local-sources", "russia-mod",
            "Activists say women and children died in Talbiseh; the ministry says residential areas were not hit, the footage is old and the activists work for the armed groups"),
         cx(TLB, "target", "us-official", "russia-mod",
            "Officials in Washington say Russian aircraft are not striking ISIS positions; the ministry calls that unfounded and says it destroyed ISIS objects")]),
    # ---------------- Syria: the air strike on Turkish troops near Balyun, Idlib, 27 February 2020
    doc("03_turkish_mod_balyun", "Ministry of National Defence of the Republic of Turkey (translated from Turkish)", "2020-02-28", "official",
        "https://msb-statements.example/en/2020/02/28/statement-idlib-attack-on-our-units",
        [ev(BLY, "2020-02-27", "Balyun", "units stationed near", killed=(33, 33), injured=(36, 36))],
        [S(BLY, "turkey asserts syria")]),
    doc("04_balyun_wire", "Northbridge Wire", "2020-02-28", "news",
        "https://northbridgewire.example/news/2020/02/28/idlib-turkish-soldiers-killed-balyun",
        [ev(BLY, "2020-02-27", "Balyun", "positions near the village of", killed=(33, N), injured=(36, 36))],
        [S(BLY, "turkey asserts syria", "russia-mod asserts syria", "russia-mod denies russia", "ngo asserts russia",
           "ngo asserts syria")],
        [cx(BLY, "attribution", "ngo", "russia-mod",
            "The monitor says Russian and Syrian warplanes both struck the area that evening; Russia's defence ministry says Russian aviation was not used near Balyun"),
         cx(BLY, "target", "russia-mod", "turkey",
            "Russia says the Turkish servicemen were in the combat formations of terrorist groups the Syrian troops fired on; Turkey says regime forces attacked its units")]),
    doc("05_balyun_radio_transcript", "Meridian Public Radio (\"The World Tonight\" transcript)", "2020-02-29", "news",
        "https://meridianpublicradio.example/programs/world-tonight/2020/02/29/balyun-turkish-soldiers-transcript",
        [ev(BLY, "2020-02-27", "Balyun", "near the village of", killed=(34, 34))],
        [S(BLY, "turkey asserts syria", "turkey asserts russia", "russia-mod denies russia", "russia-mod asserts syria",
           "syria-gov asserts syria")],
        [cx(BLY, "attribution", "turkey", "russia-mod",
            "Two Turkish security officials say at least two bombs came from Russian Su-34s; the Kremlin says no Russian aircraft flew over Balyun"),
         cx(BLY, "target", "russia-mod", "turkey",
            "Russia says the soldiers were mixed in with terrorist fighters; Turkey says the regime struck its troops, whose position Russia knew")]),
    # ---------------- Syria and Iraq: Turkish strikes on Karachok near Derik and on Sinjar, 25 April 2017
    doc("06_turkish_general_staff_karachok_sinjar", "Turkish General Staff (translated from Turkish)", "2017-04-25", "official",
        "https://tsk-statements.example/en/2017/04/25/air-operations-karachok-sinjar",
        [ev(KRC, "2017-04-25", "Derik", "Karachok mountains near", killed=(38, 38)),
         ev(SNJ, "2017-04-25", "Sinjar", "mountain region of", killed=(23, 23))],
        [S(KRC, "turkey asserts turkey"),
         S(SNJ, "turkey asserts turkey")]),
    doc("07_karachok_kurdish_outlet_translated", "Rojava Dawn Agency (translated from Kurmanji)", "2017-04-25", "news",
        "https://rojavadawn.example/en/news/2017/04/25/qerecox-bombardment-martyrs",
        [ev(KRC, "2017-04-25", "Derik", "Qerecox (Karachok) mountain near the town of", killed=(18, 18), injured=(14, 14)),
         ev(SNJ, "2017-04-25", "Shengal", "positions of the Shengal Resistance Units on Mount")],
        [S(KRC, "journalist asserts turkey", "sdf asserts turkey", "turkey asserts turkey"),
         S(SNJ, "journalist asserts turkey")],
        [cx(KRC, "count", "sdf", "turkey",
            "The YPG general command says 18 of its fighters were killed; the Turkish army claims 38 'terrorists' were neutralised in the Qerecox area")]),
    doc("08_sinjar_wire_erbil", "Highland Press Service", "2017-04-25", "news",
        "https://highlandpress.example/mideast/2017/04/25/turkish-strikes-sinjar-peshmerga-killed",
        [ev(SNJ, "2017-04-25", "Sinjar", "Peshmerga position and media office on the mountain, north of the town of", killed=(6, 6),
            injured=(8, 8)),
         ev(KRC, "2017-04-25", "Derik", "headquarters on Karachok mountain near the town of", killed=(18, 18))],
        [S(SNJ, "journalist asserts turkey", "local-sources asserts turkey", "turkey asserts turkey", "us-official asserts turkey"),
         S(KRC, "sdf asserts turkey", "turkey asserts turkey", "us-official asserts turkey")]),
    # ---------------- Syria: coalition strike on a pro-government convoy near al-Tanf, 18 May 2017
    doc("09_cjtf_oir_release_tanf", "Combined Joint Task Force - Operation Inherent Resolve, Public Affairs Office", "2017-05-18", "official",
        "https://cjtf-oir-pao.example/news/releases/2017/05/18/coalition-strikes-pro-regime-forces-at-tanf",
        [ev(TNF, "2017-05-18", "At Tanf", "road approximately 27 kilometers northwest of the garrison at", vehicles_destroyed=(4, 4))],
        [S(TNF, "cjtf-oir asserts coalition")]),
    doc("10_tanf_wire", "Levant Continental Press", "2017-05-19", "news",
        "https://levantcontinental.example/world/2017/05/19/al-tanf-coalition-strike-convoy-syria",
        [ev(TNF, "2017-05-18", "al-Tanf", "convoy near", killed=(8, 8))],
        [S(TNF, "ngo asserts coalition", "syria-gov asserts coalition", "us-official asserts us", "us-dod asserts us",
           "russia-mod asserts coalition")],
        [cx(TNF, "count", "us-official", "ngo",
            "A US official says about six fighters were killed; the monitor says eight died")]),
    # ---------------- Syria: IRGC missiles and drones on the Hajin pocket, 1 October 2018
    doc("11_hajin_iranian_outlet_translated", "Mehregan News Agency (translated from Persian)", "2018-10-01", "news",
        "https://mehregannews.example/en/news/2018/10/01/guards-missiles-east-euphrates",
        [ev(HJN, "2018-10-01", "Hajin", "headquarters of the takfiri terrorists east of the Euphrates, in the area of", killed=(41, N))],
        [S(HJN, "iran asserts iran", "journalist asserts iran")]),
    doc("12_hajin_analyst_blog", "Ground Truth Notes (blog)", "2018-10-04", "blog",
        "https://groundtruthnotes.example/2018/10/04/irgc-missiles-hajin-what-we-know",
        [ev(HJN, "2018-10-01", "Hajin", "IS-held area around", killed=(8, 8))],
        [S(HJN, "iran asserts iran", "journalist asserts iran", "sdf asserts iran", "cjtf-oir confirms occurrence",
           "ngo asserts occurrence")],
        [cx(HJN, "count", "iran", "ngo",
            "An IRGC-linked outlet claims more than 40 militants dead; the monitor says eight IS members were killed, not forty")]),
    # ---------------- Iraq: Islamic State's killings of recruits from Camp Speicher near Tikrit, June 2014
    doc("13_speicher_ngo_note", "Justice Frontline Watch", "2014-06-27", "ngo",
        "https://justicefrontline.example/news/2014/06/27/iraq-mass-executions-tikrit-speicher",
        [ev(SPK, "2014-06-12/2014-06-14", "Tikrit", "sites between Camp Speicher and the Tigris near", killed=(240, 410))],
        [S(SPK, "ngo asserts isis", "isis-amaq asserts isis", "local-sources asserts occurrence")],
        [cx(SPK, "count", "isis-amaq", "ngo",
            "ISIS claims it executed 1,700 Shia soldiers; the group estimates 240 to 410 men were killed at the sites it located")]),
    doc("14_speicher_wire_baghdad", "Continental Dispatch", "2014-06-15", "news",
        "https://continentaldispatch.example/iraq/2014/06/15/tikrit-militants-images-soldiers-executed",
        [ev(SPK, "2014-06-12", "Tikrit", "ditches near", killed=(1700, 1700))],
        [S(SPK, "journalist asserts isis", "isis-amaq asserts isis", "iraq-military asserts isis", "local-sources asserts occurrence")],
        [cx(SPK, "count", "iraq-military", "isis-amaq",
            "The military spokesman says about 190 soldiers were killed after capture and calls the militants' 1,700 propaganda")]),
    # ---------------- Iraq: Islamic State's killings in Kocho, south of Sinjar, 15 August 2014
    doc("15_weekly_roundup_kocho", "The Mesopotamia Letter (weekly)", "2014-08-17", "news",
        "https://mesopotamialetter.example/weekly/2014-08-17",
        [ev(KCH, "2014-08-15", "Sinjar", "edge of the Yazidi village of Kocho, about 15 km south of", killed=(81, N))],
        [S(KCH, "journalist asserts isis", "local-sources asserts isis", "un asserts isis")]),
    # ---------------- Syria: France's first strike in Syria, near Deir ez-Zor, 27 September 2015
    doc("16_french_defence_communique", "Ministry of Defence of the French Republic (translated from French)", "2015-09-27", "official",
        "https://defense-communiques.example/en/2015/09/27/first-french-strikes-syria",
        [ev(FRS, "2015-09-27", "Deir ez-Zor", "training camp of Daech in the region of")],
        [S(FRS, "france asserts france")]),
    doc("17_french_strike_wire", "Atlantique Presse Internationale", "2015-09-28", "news",
        "https://atlantiquepresse.example/monde/2015/09/28/france-first-strikes-syria-deir-ez-zor-camp",
        [ev(FRS, "2015-09-27", "Deir ez-Zor", "training camp about 20 km west of", killed=(16, N))],
        [S(FRS, "ngo asserts france", "france asserts france", "syria-gov asserts france", "isis-amaq asserts france")],
        [cx(FRS, "target", "isis-amaq", "france",
            "Amaq says French aircraft bombed a residential area and killed civilians; Paris says it destroyed a camp training fighters"),
         cx(FRS, "target", "isis-amaq", "ngo",
            "Amaq says civilians were killed; the monitor counts militants, six of them boys in training, and has no reports of civilian deaths")]),
    # ---------------- Iraq: Iraqi shelling of Fallujah's hospital, 16 February 2016
    doc("18_fallujah_hospital_ngo_note", "Medical Neutrality Network (statement)", "2016-02-19", "ngo",
        "https://medicalneutrality.example/statements/2016/02/19/iraq-fallujah-hospital-shelling",
        [ev(FHS, "2016-02-16", "Fallujah", "hospital compound in", killed=(5, 5), civilians_killed=(5, 5), injured=(9, 9))],
        [S(FHS, "ngo asserts occurrence", "local-sources asserts iraq")]),
    doc("19_fallujah_local_outlet_translated", "Anbar Horizon News (translated from Arabic)", "2016-02-17", "news",
        "https://anbarhorizon.example/en/news/2016/02/17/fallujah-hospital-shelled",
        [ev(FHS, "2016-02-16", "Fallujah", "Teaching Hospital in", killed=(4, 4), civilians_killed=(4, 4), injured=(9, 9))],
        [S(FHS, "journalist asserts iraq", "journalist asserts pmf", "local-sources asserts iraq", "iraq-military denies iraq",
           "iraq-military asserts isis")],
        [cx(FHS, "attribution", "local-sources", "iraq-military",
            "The hospital director says the shells came from the army's positions at al-Muzraa; the Anbar Operations Command says the army fired on no hospital and blames Daesh mortars fired from the roof"),
         cx(FHS, "attribution", "journalist", "iraq-military",
            "The outlet reports shells fired by the army and the Hashd; the command denies the army fired on the hospital")]),
    # ---------------- Iraq: killings of men detained after fleeing Saqlawiyah, June 2016
    doc("20_saqlawiyah_wire_correction", "Tigris Valley Wire", "2016-06-08", "news",
        "https://tigrisvalleywire.example/iraq/2016/06/08/saqlawiyah-men-killed-detention-anbar",
        [ev(SQL, "2016-06-03/2016-06-05", "Saqlawiyah", "compound near the town of", killed=(52, N), civilians_killed=(52, N))],
        [S(SQL, "journalist asserts occurrence", "local-sources asserts pmf", "pmf denies pmf", "iraq-joc asserts occurrence",
           "un asserts occurrence")],
        [cx(SQL, "retraction", "journalist", "journalist",
            "The correction: an earlier version said the men were detained on June 5; they were detained on June 3"),
         cx(SQL, "attribution", "local-sources", "pmf",
            "The council head names a Popular Mobilisation unit as responsible; the PMF spokesman denies its fighters killed detainees and blames infiltrators")]),
    doc("21_saqlawiyah_qa", "Al-Rafidain Review (interview)", "2016-06-11", "news",
        "https://rafidainreview.example/interviews/2016/06/11/saqlawiyah-detentions-council-member",
        [ev(SQL, "2016-06-03", "Saqlawiyah", "checkpoint near al-Sijir, on the road out of", killed=(52, 52), civilians_killed=(52, 52))],
        [S(SQL, "local-sources asserts pmf", "pmf denies pmf", "pmf asserts isis")],
        [cx(SQL, "attribution", "local-sources", "pmf",
            "The council member says men in Hashd uniforms under Kataib Hezbollah banners took the men; the PMF blames infiltrators and a commander says Daesh executed its own prisoners")]),
    # ---------------- Iraq: coalition strikes on Mosul University (and near Hit), 19 March 2016
    doc("22_cjtf_oir_strike_report_mosul", "Combined Joint Task Force - Operation Inherent Resolve, Public Affairs Office", "2016-03-20", "official",
        "https://cjtf-oir-pao.example/news/strike-reports/2016/03/20/strikes-continue-iraq",
        [ev(HIT, "2016-03-19", "Hit", "near", vehicles_destroyed=(1, 1), strikes=(2, 2)),
         ev(MSU, "2016-03-19", "Mosul", "grounds of Mosul University near", strikes=(6, 6))],
        [S(HIT, "cjtf-oir asserts coalition"),
         S(MSU, "cjtf-oir asserts coalition")]),
    doc("23_monitor_assessment_mosul_university", "Civilian Toll Observatory", "2016-05-02", "ngo",
        "https://civiliantoll.example/incidents/iraq/iq-0316-114-mosul-university",
        [ev(MSU, "2016-03-19/2016-03-20", "Mosul", "campus of Mosul University, north-eastern", killed=(10, 29), civilians_killed=(10, 29),
            injured=(15, 40))],
        [S(MSU, "ngo asserts coalition", "local-sources asserts coalition", "isis-amaq asserts us", "cjtf-oir asserts coalition")],
        [cx(MSU, "retraction", "ngo", "ngo",
            "The Observatory first gave 5-12 civilians killed and revised the range to 10-29 after more residents and a medical source came forward"),
         cx(MSU, "target", "local-sources", "cjtf-oir",
            "Local sources say a lecturer's family died in a staff residential building; the coalition says it struck an ISIL headquarters and chemical weapons facility"),
         cx(MSU, "target", "ngo", "cjtf-oir",
            "The Observatory finds it likely that civilians were killed; the coalition reports ISIL targets and no credible reports of civilian casualties"),
         cx(MSU, "target", "isis-amaq", "cjtf-oir",
            "Amaq says dozens of students and professors were killed; the coalition says it hit an ISIL headquarters and chemical weapons facility")]),
    # ---------------- Syria: the US drone strike near Qurqania, Idlib, 3 May 2023
    doc("24_centcom_release_qurqania", "U.S. Central Command Public Affairs", "2023-05-03", "official",
        "https://centcom-pa.example/media/press-releases/2023/05/03/strike-senior-al-qaeda-leader-northwest-syria",
        [ev(QRQ, "2023-05-03", "Qurqania", "near the village of", killed=(1, N))],
        [S(QRQ, "us-dod asserts us")]),
    doc("25_qurqania_wire", "Orient Crossroads Agency", "2023-05-05", "news",
        "https://orientcrossroads.example/news/2023/05/05/idlib-us-drone-shepherd-family",
        [ev(QRQ, "2023-05-03", "Qurqania", "hillside outside the village of", killed=(1, N), civilians_killed=(1, N))],
        [S(QRQ, "journalist asserts us", "local-sources asserts occurrence", "us-dod asserts us", "us-official asserts us")],
        [cx(QRQ, "target", "local-sources", "us-dod",
            "The family, the council head and the Civil Defence say the dead man was a local shepherd; CENTCOM says it killed a senior al-Qaeda leader"),
         cx(QRQ, "target", "us-official", "us-dod",
            "Two US officials say the man killed was not the person the drone was sent to find; CENTCOM announced a senior al-Qaeda leader killed")]),
    # ---------------- Syria: helicopter barrel bombs on Darayya, 19 August 2016
    doc("26_darayya_local_outlet_translated", "Ghouta Free Press (translated from Arabic)", "2016-08-20", "news",
        "https://ghoutafreepress.example/en/news/2016/08/20/darayya-incendiary-barrels",
        [ev(DRY, "2016-08-19", "Darayya", "residential blocks in the western neighbourhoods of", killed=(3, 3), civilians_killed=(3, 3),
            injured=(11, 11))],
        [S(DRY, "journalist asserts syria", "local-sources asserts syria", "syria-gov asserts syria")],
        [cx(DRY, "target", "local-sources", "syria-gov",
            "The local council says the barrels killed a woman and two children and burned residential blocks; the regime's agency says the army struck Nusra hideouts and tunnels"),
         cx(DRY, "target", "journalist", "syria-gov",
            "The outlet reports civilians martyred by incendiary barrels; regime media speak only of terrorist hideouts")]),
    doc("27_darayya_tv_transcript", "Channel Orient 24 (\"Middle East Tonight\" transcript)", "2016-08-20", "news",
        "https://channelorient24.example/programmes/middle-east-tonight/2016/08/20/darayya-incendiary",
        [ev(DRY, "2016-08-19", "Darayya", "residential areas of the besieged town of", killed=(4, 4), civilians_killed=(4, 4))],
        [S(DRY, "local-sources asserts syria", "syria-gov asserts syria", "russia-mod denies russia", "un asserts occurrence",
           "journalist asserts occurrence")],
        [cx(DRY, "target", "local-sources", "syria-gov",
            "The council and activists say civilians, a woman and two children, then an elderly man, died; the army says it targeted Nusra Front tunnels and fortifications")]),
    # ---------------- Syria: a car bomb in Tal Abyad and Turkish shelling west of Tal Tamr, 2 November 2019
    doc("28_northeast_syria_live_blog", "The Evening Ledger - Live", "2019-11-02", "news",
        "https://eveningledger.example/world/live/2019/nov/02/northeast-syria-tal-abyad-car-bomb-live",
        [ev(TTM, "2019-11-02", "Tal Tamr", "villages of Um Shaifa and Tal Lebn, about 10 km west of", killed=(2, 2), civilians_killed=(2, 2),
            injured=(4, 4)),
         ev(TAB, "2019-11-02", "Tal Abyad", "main market of", killed=(13, 13), injured=(21, N))],
        [S(TTM, "sdf asserts turkey", "turkey asserts turkey"),
         S(TAB, "turkey asserts sdf", "sdf denies sdf", "journalist asserts unknown", "local-sources asserts occurrence")],
        [cx(TTM, "target", "sdf", "turkey",
            "The SDF says the shelling killed a farmer and his teenage son; Turkey says its fire neutralised nine PKK/YPG terrorists and hit only terrorist targets"),
         cx(TAB, "attribution", "turkey", "sdf",
            "Turkey's defence ministry blames the YPG for the car bomb; the SDF denies any role and points to infighting among Turkish-backed factions")]),
    # ---------------- Syria: the Israeli strike on a building in Mezzeh, Damascus, 20 January 2024 (and Sayyida Zeinab, 25 December 2023)
    doc("29_mezzeh_brief_nodate", "Global Brief Service", "", "news",
        "https://globalbriefservice.example/briefs/damascus-mezzeh-strike-iranian-officers",
        [ev(MZZ, "", "Damascus", "multi-storey building in the Mezzeh district of", killed=(10, N))],
        [S(MZZ, "iran asserts israel", "syria-gov asserts israel", "ngo asserts occurrence")]),
    doc("30_mezzeh_wire_damascus_tehran", "Caspian & Levant Press", "2024-01-21", "news",
        "https://caspianlevant.example/news/2024/01/21/damascus-mezzeh-strike-iran-revenge",
        [ev(MZZ, "2024-01-20", "Damascus", "building in the Mezzeh district of", killed=(13, 13)),
         ev(SZB, "2023-12-25", "Sayyida Zeinab", "house in", killed=(1, N))],
        [S(MZZ, "iran asserts israel", "syria-gov asserts israel", "ngo asserts occurrence", "israel asserts israel"),
         S(SZB, "iran asserts israel")]),
]


if __name__ == "__main__":
    run(__file__, DOCS, COORDS)
