#!/usr/bin/env python3
"""Writes eval/dev13/gold/*.json from the compact specs below (see ../../goldspec.py).

goldspec.write() gives each event the coordinates of its gold place (lat, lon), which
the scorer reads for its 60 km rule; every place here is a real town.

  python3 eval/dev13/tools/make_gold.py             write the gold
  python3 eval/dev13/tools/make_gold.py --selftest  check the specs against the texts and the
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
    "Lozova": (48.889, 36.318), "Lozovaya": (48.889, 36.318), "Sinkovka": (49.756, 37.673),
    "Balakliia": (49.462, 36.860), "Jisr al-Shughur": (35.812, 36.318),
    "Deir al-Balah": (31.417, 34.350), "Khan Younis": (31.344, 34.303), "Jezzine": (33.542, 35.584),
    "al-Qusayr": (34.509, 36.578), "Amude": (37.104, 40.930), "Amuda": (37.104, 40.930),
    "Kani Masi": (37.225, 43.443), "Batifa": (37.177, 43.013), "Penjwen": (35.623, 45.945),
    "Jilib": (0.489, 42.771), "Barawe": (1.113, 44.030), "Miranshah": (33.001, 70.071),
    "Ubari": (26.586, 12.780), "Qayyarah": (35.801, 43.287), "Manbij": (36.528, 37.955),
    "Hawija": (35.327, 43.766), "Tuz Khurmatu": (34.885, 44.630),
}

LOZ = "lozova-strike-2024-02-18"
KUP = "kupiansk-strike-2024-02-18"
BAL = "balakliia-strike-2025-01-27"
JIS = "jisr-al-shughur-strike-2022-09-08"
DEI = "deir-al-balah-school-2024-08-21"
KHY = "khan-younis-tent-2024-08-21"
JEZ = "jezzine-strike-2024-11-12"
QUS = "al-qusayr-crossings-2024-11-14"
AMU = "amuda-drone-2023-03-09"
KAN = "kani-masi-strike-2023-03-09"
BAT = "batifa-drone-2023-05-23"
PEN = "penjwen-strike-2023-09-19"
JIL = "jilib-strike-2019-02-24"
BAR = "barawe-strike-2019-02-24"
MIR = "miranshah-drone-2013-03-21"
UBA = "ubari-blast-2019-07-16"
QAY = "qayyarah-strike-2016-08-14"
MAN = "manbij-strike-2016-08-15"
HAW = "hawija-strike-2021-02-17"
TUZ = "tuz-khurmatu-helicopter-2021-02-16"

N = None
DOCS = [
    # ---------------- Ukraine: Lozova grain warehouse, 18 February 2024 (Russia); Sinkovka/Kupyansk the same day
    doc("01_lozova_wire", "Eastmark Wire Service", "2024-02-18", "news",
        "https://eastmarkwire.example/world/europe/2024/02/18/ukraine-lozova-missile-warehouse",
        [ev(LOZ, "2024-02-18", "Lozova", "southern edge of", killed=(3, 3), civilians_killed=(3, 3), injured=(11, 11))],
        [S(LOZ, "local-sources asserts russia", "russia-mod asserts russia")],
        [cx(LOZ, "target", "local-sources", "russia-mod",
            "The governor says a civilian grain store with no soldiers was hit; Russia says a depot where Western weapons were being unloaded")]),
    doc("02_russia_mod_briefing", "Ministry of Defence of the Russian Federation (unofficial translation from Russian)", "2024-02-19", "official",
        "https://mil-ru-briefings.example/en/2024/02/19/svo-briefing",
        [ev(LOZ, "2024-02-18", "Lozovaya", "railway junction at", killed=(N, 40)),
         ev(KUP, "2024-02-18", "Sinkovka", "near", killed=(N, 25), vehicles_destroyed=(2, 2))],
        [S(LOZ, "russia-mod asserts russia", "local-sources asserts russia"),
         S(KUP, "russia-mod asserts russia")],
        [cx(LOZ, "target", "russia-mod", "local-sources",
            "Russia says it destroyed a weapons train and up to 40 nationalists and mercenaries; it calls the regional administration's grain warehouse and civilian dead a staged provocation")]),
    doc("03_lozova_local_translated", "Slobozhanskyi Visnyk (translated from Ukrainian)", "2024-02-20", "news",
        "https://slobvisnyk.example/en/news/2024/02/20/lozova-toll-four",
        [ev(LOZ, "2024-02-18", "Lozova", "two kilometres south of the railway station in", killed=(4, 4),
            civilians_killed=(4, 4), injured=(12, 12))],
        [S(LOZ, "journalist asserts russia", "local-sources asserts russia", "russia-mod asserts russia")],
        [cx(LOZ, "target", "local-sources", "russia-mod",
            "The mayor says there was no train and no military unit, only seed and civilian workers; Moscow claims a train of Western weapons and up to 40 mercenaries")]),
    # ---------------- Ukraine: Balakliia apartment block, 27 January 2025 (Russia denies)
    doc("04_balakliia_un_note", "United Nations Human Rights Monitoring Mission in Ukraine", "2025-02-04", "official",
        "https://ukraine-hrmm-un.example/en/press/2025-02-04-balakliia",
        [ev(BAL, "2025-01-27", "Balakliia", "centre of", killed=(5, N), civilians_killed=(5, N), injured=(19, N))],
        [S(BAL, "un asserts russia", "local-sources asserts russia", "russia-mod denies russia")],
        [cx(BAL, "attribution", "un", "russia-mod",
            "The mission attributes the attack to Russian forces; Russia says it did not strike Balakliia and blames a Ukrainian air defence missile"),
         cx(BAL, "attribution", "local-sources", "russia-mod",
            "The regional administration says two Iskander-M missiles were launched from Russia; Russia denies striking the town")]),
    doc("05_balakliia_tv_transcript", "Channel East 24 (transcript)", "2025-01-27", "news",
        "https://channeleast24.example/transcripts/2025/01/27/evening-bulletin",
        [ev(BAL, "2025-01-27", "Balakliia", "in", killed=(4, N), civilians_killed=(4, N), injured=(21, N))],
        [S(BAL, "journalist asserts russia", "local-sources asserts russia", "russia-mod denies russia")],
        [cx(BAL, "attribution", "local-sources", "russia-mod",
            "The air force command says both missiles were Iskanders from Belgorod; Moscow says its forces did not strike Balakliia"),
         cx(BAL, "attribution", "journalist", "russia-mod",
            "The correspondent describes two Russian missiles; the Russian defence ministry denies any strike and blames a Ukrainian interceptor")]),
    # ---------------- Syria: Jisr al-Shughur poultry farm, 8 September 2022 (Russia; Syria claims)
    doc("06_jisr_monitor_assessment", "Northwest Syria Casualty Register", "2022-10-03", "ngo",
        "https://nws-casualty-register.example/assessments/2022/nws-0908-c",
        [ev(JIS, "2022-09-08", "Jisr al-Shughur", "about 6 km west of", killed=(4, 7), civilians_killed=(3, 6), injured=(9, 12))],
        [S(JIS, "ngo asserts russia", "ngo disputes syria", "local-sources asserts russia", "russia-mod asserts russia",
           "syria-gov asserts syria")],
        [cx(JIS, "attribution", "syria-gov", "ngo",
            "State media attribute the raid to the Syrian air force alone; the register finds the Syrian claim doubtful and assesses Russia most likely responsible"),
         cx(JIS, "attribution", "local-sources", "syria-gov",
            "Civil defence says a Russian Su-34 tracked from Hmeimim carried out the attack; state media name only the Syrian air force"),
         cx(JIS, "target", "ngo", "russia-mod",
            "The register finds chicken sheds and a feed store, with 3-6 civilians killed; Russia says it destroyed a terrorist drone workshop")]),
    doc("07_jisr_progov_translated", "Sawt Dimashq (translated from Arabic)", "2022-09-09", "news",
        "https://sawtdimashq.example/en/homeland/2022/09/09/jisr-countryside-raids",
        [ev(JIS, "2022-09-08", "Jisr al-Shughur", "western countryside of", killed=(21, N), vehicles_destroyed=(2, 2))],
        [S(JIS, "syria-gov asserts syria", "syria-gov asserts russia", "local-sources asserts russia")],
        [cx(JIS, "target", "syria-gov", "local-sources",
            "The military source says terrorist dens, a drone workshop and more than 20 terrorists; the White Helmets say Russian aircraft hit a poultry farm and killed civilians including children")]),
    # ---------------- Gaza: Deir al-Balah school shelter and al-Mawasi tent, 21 August 2024 (Israel)
    doc("08_deir_al_balah_wire", "Harbour Press International", "2024-08-22", "news",
        "https://harbourpress.example/world/mideast/2024/08/22/gaza-deir-al-balah-school-strike",
        [ev(DEI, "2024-08-21", "Deir al-Balah", "in", killed=(11, N), civilians_killed=(4, N), injured=(24, N))],
        [S(DEI, "local-sources asserts israel", "israel asserts israel")],
        [cx(DEI, "target", "local-sources", "israel",
            "The health ministry and a survivor say only displaced families were in the school; the Israeli military says it struck Hamas militants in a command and control centre")]),
    doc("09_idf_statement", "IDF Spokesperson's Unit (English)", "2024-08-21", "official",
        "https://idf-spokesperson-unit.example/en/2024/08/21/deir-al-balah-command-centre",
        [ev(DEI, "2024-08-21", "Deir al-Balah", "in the area of")],
        [S(DEI, "israel asserts israel", "local-sources asserts occurrence")],
        [cx(DEI, "target", "israel", "local-sources",
            "The IDF says it struck Hamas terrorists in a command centre; it says the health ministry's claims that women and children were killed do not match its information")]),
    doc("10_gaza_liveblog", "The Coastline Post - Live", "2024-08-21", "news",
        "https://coastlinepost.example/live/2024/aug/21/gaza-war-live-updates",
        [ev(DEI, "2024-08-21", "Deir al-Balah", "in", killed=(14, 14), civilians_killed=(6, N), injured=(31, N)),
         ev(KHY, "2024-08-21", "Khan Younis", "al-Mawasi area west of", killed=(3, 3), civilians_killed=(1, N))],
        [S(DEI, "local-sources asserts israel", "israel asserts israel"),
         S(KHY, "local-sources asserts israel", "israel asserts israel")],
        [cx(DEI, "target", "local-sources", "israel",
            "Civil defence and the health ministry count dead children among displaced families; the military says it struck Hamas terrorists in a command centre"),
         cx(KHY, "target", "local-sources", "israel",
            "Nasser hospital says three members of a displaced family, including a small girl, were killed; the military says it struck a Hamas terrorist preparing to fire rockets")]),
    # ---------------- Lebanon: Jezzine, 12 November 2024; Syria: al-Qusayr crossings, 14 November 2024 (Israel)
    doc("11_jezzine_local_translated", "Al-Janoub Online (translated from Arabic)", "2024-11-13", "news",
        "https://aljanoub-online.example/en/south/2024/11/13/jezzine-raid-displaced",
        [ev(JEZ, "2024-11-12", "Jezzine", "some four kilometres east of", killed=(7, 7), civilians_killed=(2, N), injured=(9, 9))],
        [S(JEZ, "journalist asserts israel", "local-sources asserts israel", "israel asserts israel")],
        [cx(JEZ, "target", "local-sources", "israel",
            "The ministry and the municipality say displaced families with no military link were killed; the Israeli army spokesman says it targeted a Hezbollah rocket operative")]),
    doc("12_levant_weekly_roundup", "Levant Weekly Digest", "2024-11-16", "news",
        "https://levantweekly.example/digest/2024-11-16",
        [ev(JEZ, "2024-11-12", "Jezzine", "east of", killed=(9, 9), civilians_killed=(2, N)),
         ev(QUS, "2024-11-14", "al-Qusayr", "roughly 10 km south-west of", killed=(3, 3), civilians_killed=(3, 3))],
        [S(JEZ, "journalist asserts israel", "local-sources asserts israel", "israel asserts israel"),
         S(QUS, "journalist asserts israel", "syria-gov asserts israel", "ngo asserts israel", "israel asserts israel")],
        [cx(JEZ, "target", "local-sources", "israel",
            "The health ministry says all nine dead were members of displaced families; Israel says it targeted a Hezbollah rocket commander"),
         cx(QUS, "count", "syria-gov", "ngo",
            "State media say three were killed; the monitor says six"),
         cx(QUS, "target", "syria-gov", "ngo",
            "State media say three civilians were killed; the monitor says four of the dead were Hezbollah members"),
         cx(QUS, "target", "syria-gov", "israel",
            "State media report civilian dead; Israel says it hit Hezbollah weapons-smuggling routes")]),
    doc("13_qusayr_brief_nodate", "Frontline Syria Briefs", "", "news",
        "https://frontlinesyriabriefs.example/homs/qusayr-crossings-toll-eight",
        [ev(QUS, "", "al-Qusayr", "near", killed=(8, 8), civilians_killed=(2, 2))],
        [S(QUS, "ngo asserts israel", "syria-gov asserts israel", "russia-mod asserts israel", "israel asserts israel")],
        [cx(QUS, "count", "ngo", "syria-gov",
            "The monitor counts eight dead; state media still give three"),
         cx(QUS, "target", "ngo", "syria-gov",
            "The monitor says five Hezbollah members and a soldier were among the dead; state media say all three dead were civilians"),
         cx(QUS, "target", "israel", "syria-gov",
            "Israel says it hit smuggling routes; state media describe an attack on civilian infrastructure used by people fleeing Lebanon")]),
    # ---------------- North-east Syria: car east of Amuda, 9 March 2023 (Turkey); Kani Masi the same day
    doc("14_turkey_mod_briefing", "Republic of Türkiye Ministry of National Defence (translated from Turkish)", "2023-03-09", "official",
        "https://msb-briefings.example/en/2023/03/09/weekly-press-briefing",
        [ev(AMU, "2023-03-09", "Amude", "region of", killed=(4, 4)),
         ev(KAN, "2023-03-09", "Kani Masi", "region of", killed=(2, 2))],
        [S(AMU, "turkey asserts turkey"),
         S(KAN, "turkey asserts turkey")]),
    doc("15_amuda_kurdish", "Rojava Horizon (English service)", "2023-03-10", "news",
        "https://rojavahorizon.example/en/news/2023/03/10/amuda-drone-three-killed",
        [ev(AMU, "2023-03-09", "Amuda", "about seven kilometres east of", killed=(3, 3), civilians_killed=(1, 1), injured=(2, 2))],
        [S(AMU, "sdf asserts turkey", "local-sources asserts turkey", "turkey asserts turkey")],
        [cx(AMU, "count", "sdf", "turkey",
            "The SDF says three people were killed; Turkey says it neutralised four"),
         cx(AMU, "target", "sdf", "turkey",
            "The SDF says two traffic policemen and a civilian taxi driver were killed; Turkey says PKK/YPG terrorists preparing to attack border posts")]),
    doc("16_amuda_osint_blog", "Signal and Shadow (blog)", "2023-03-13", "blog",
        "https://signalandshadow.example/2023/03/13/amuda-car-strike-geolocation",
        [ev(AMU, "2023-03-09", "Amuda", "roughly 7 km east-south-east of", killed=(3, 3), civilians_killed=(1, 1))],
        [S(AMU, "journalist asserts turkey", "turkey asserts turkey", "sdf asserts turkey")],
        [cx(AMU, "count", "sdf", "turkey",
            "The SDF says three were killed, not four; Turkey claims four terrorists neutralised"),
         cx(AMU, "count", "journalist", "turkey",
            "The analyst finds three funerals and no fourth body; Turkey says four"),
         cx(AMU, "target", "sdf", "turkey",
            "The SDF says the dead were two traffic police and a taxi driver; Turkey says PKK/YPG terrorists")]),
    # ---------------- Iraqi Kurdistan: pickup north of Batifa, 23 May 2023 (Turkey denies; 'unknown origin')
    doc("17_batifa_kurdish", "Duhok Herald (English edition)", "2023-05-24", "news",
        "https://duhokherald.example/en/security/2023/05/24/batifa-drone-beekeepers",
        [ev(BAT, "2023-05-23", "Batifa", "about five kilometres north of", killed=(2, 2), civilians_killed=(2, 2))],
        [S(BAT, "local-sources asserts turkey", "local-sources asserts unknown", "turkey denies turkey")],
        [cx(BAT, "attribution", "local-sources", "turkey",
            "The sub-district head says it was a Turkish drone; Turkish ministry sources say Turkish forces conducted no operation near Batifa that day")]),
    doc("18_batifa_wire", "Pan-Regional News Agency", "2023-05-24", "news",
        "https://prna.example/en/iraq-turkey-batifa-drone-strike-20230524",
        [ev(BAT, "2023-05-23", "Batifa", "north of", killed=(2, 2), civilians_killed=(2, 2))],
        [S(BAT, "iraq-military asserts turkey", "local-sources asserts turkey", "local-sources asserts unknown",
           "turkey denies turkey")],
        [cx(BAT, "attribution", "iraq-military", "turkey",
            "The commander-in-chief's spokesman says the drone came from across the northern border and condemns Turkey; a Turkish ministry official says there was no activity by Turkish forces there"),
         cx(BAT, "attribution", "local-sources", "turkey",
            "The mayor blames Turkey; Ankara denies any role")]),
    # ---------------- Iraqi Kurdistan: compound near Penjwen, 19 September 2023 (Iran)
    doc("19_irgc_statement", "IRGC Ground Force Public Relations, via state news agency (translated from Persian)", "2023-09-19", "official",
        "https://irgc-gf-statements.example/en/2023/09/19/statement-northern-iraq",
        [ev(PEN, "2023-09-19", "Penjwen", "in the area of")],
        [S(PEN, "iran asserts iran")]),
    doc("20_penjwen_ngo_note", "Kurdistan Human Rights Documentation Network", "2023-09-26", "ngo",
        "https://khrdn.example/field-notes/2023-09-26-penjwen",
        [ev(PEN, "2023-09-19", "Penjwen", "some three kilometres south-east of", killed=(2, 2), civilians_killed=(2, 2), injured=(5, 5))],
        [S(PEN, "ngo asserts iran", "iran asserts iran", "local-sources asserts iran")],
        [cx(PEN, "target", "ngo", "iran",
            "The network confirms a woman and her grandson killed in a refugee compound with no military presence; the IRGC says it destroyed terrorist headquarters and state TV says six terrorists were killed"),
         cx(PEN, "target", "local-sources", "iran",
            "Komala and the governor say refugee families and civilians were bombed; Iran says terrorist headquarters")]),
    # ---------------- Somalia: near Jilib and near Barawe, 24 February 2019 (US)
    doc("21_africom_release", "U.S. Africa Command Public Affairs", "2019-02-25", "official",
        "https://africom.example/pressrelease/2019/02/25/us-forces-conduct-airstrikes-against-al-shabaab",
        [ev(JIL, "2019-02-24", "Jilib", "near", killed=(3, 3), civilians_killed=(0, 0), strikes=(1, 1)),
         ev(BAR, "2019-02-24", "Barawe", "near", killed=(1, 1), civilians_killed=(0, 0), strikes=(1, 1))],
        [S(JIL, "us-dod asserts us"),
         S(BAR, "us-dod asserts us")]),
    doc("22_jilib_local_correction", "Jubba Voice (translated from Somali)", "2019-02-27", "news",
        "https://jubbavoice.example/en/news/2019/02/27/jilib-airstrike-farmworkers",
        [ev(JIL, "2019-02-24", "Jilib", "about 10 km south of", killed=(5, 5), civilians_killed=(3, 3))],
        [S(JIL, "local-sources asserts us", "us-dod asserts us")],
        [cx(JIL, "count", "local-sources", "us-dod",
            "Elders and a district official say five died; AFRICOM says three"),
         cx(JIL, "target", "local-sources", "us-dod",
            "The elders say three of the dead were banana-plantation labourers; AFRICOM says terrorists and no civilians"),
         cx(JIL, "retraction", "local-sources", "local-sources",
            "The district official first said seven were killed, then corrected it to five, saying two wounded men had been counted twice")]),
    # ---------------- Pakistan: village east of Miranshah, 21 March 2013 (US)
    doc("23_miranshah_wire", "Transcontinental Press", "2013-03-21", "news",
        "https://transcontinentalpress.example/asia/2013/03/21/pakistan-drone-miranshah",
        [ev(MIR, "2013-03-21", "Miranshah", "about 8 km east of", killed=(4, 4), civilians_killed=(2, 2))],
        [S(MIR, "local-sources asserts us", "us-official asserts us")],
        [cx(MIR, "target", "local-sources", "us-official",
            "Residents say two of the dead were millers with no militant links; a US official says all indications are that those killed were militants")]),
    doc("24_miranshah_radio_interview", "Frontier Radio Service (transcript of \"The Interview\")", "2013-03-26", "news",
        "https://frontierradio.example/programmes/the-interview/2013-03-26-miranshah",
        [ev(MIR, "2013-03-21", "Miranshah", "a village east of", killed=(6, 6), civilians_killed=(3, 3))],
        [S(MIR, "ngo asserts us", "us-official asserts us", "local-sources asserts occurrence")],
        [cx(MIR, "count", "ngo", "local-sources",
            "The researcher's team found six graves; officials told the agencies four died"),
         cx(MIR, "target", "ngo", "us-official",
            "The researcher says two millers and a 15-year-old boy were among the dead; the Americans say all were militants")]),
    # ---------------- Libya: house in Ubari, 16 July 2019 (no strike: fuel store)
    doc("25_ubari_local_translated", "Fezzan Today (translated from Arabic)", "2019-07-17", "news",
        "https://fezzantoday.example/en/south/2019/07/17/ubari-drone-house",
        [ev(UBA, "2019-07-16", "Ubari", "western side of", killed=(3, 3), civilians_killed=(3, 3), injured=(2, 2))],
        [S(UBA, "local-sources asserts unknown", "local-sources asserts us", "us-dod denies us")],
        [cx(UBA, "attribution", "local-sources", "us-dod",
            "A local armed group's commander blames American drones; AFRICOM says it conducted no strike in Libya on 16 July")]),
    doc("26_ubari_followup", "Fezzan Today (translated from Arabic)", "2019-07-25", "news",
        "https://fezzantoday.example/en/south/2019/07/25/ubari-blast-fuel-not-drone",
        [ev(UBA, "2019-07-16", "Ubari", "western district of", killed=(3, 3), injured=(2, 2))],
        [S(UBA, "local-sources asserts unknown", "local-sources retracts unknown", "local-sources asserts us",
           "ngo denies occurrence", "us-dod denies us")],
        [cx(UBA, "retraction", "local-sources", "local-sources",
            "The municipal council withdrew its statement that an unidentified drone hit the house and now blames stored petrol"),
         cx(UBA, "occurrence", "local-sources", "ngo",
            "The council had said a drone struck the house; the Observatory found no crater or munition and says there was no air strike"),
         cx(UBA, "attribution", "local-sources", "us-dod",
            "The armed group's commander had blamed American drones; AFRICOM says it conducted no strike in Libya that day")]),
    # ---------------- Iraq: southern edge of Qayyarah, 14 August 2016 (UK); Syria: Manbij, 15 August 2016 (UK)
    doc("27_ukmod_update", "Ministry of Defence (UK) - Operation Shader updates", "2016-08-16", "official",
        "https://uk-mod-shader.example/news/update-air-strikes-in-iraq-and-syria-16-august-2016",
        [ev(QAY, "2016-08-14", "Qayyarah", "southern edge of"),
         ev(MAN, "2016-08-15", "Manbij", "western neighbourhoods of")],
        [S(QAY, "uk asserts uk"),
         S(MAN, "uk asserts uk")]),
    doc("28_airwars_assessment", "Airwars", "2016-09-20", "ngo",
        "https://airwars-archive.example/civilian-casualties/ci-q0814-august-14-2016",
        [ev(QAY, "2016-08-14", "Qayyarah", "southern edge of", killed=(3, 5), civilians_killed=(3, 5), injured=(4, 4))],
        [S(QAY, "airwars asserts coalition", "airwars asserts uk", "local-sources asserts coalition", "uk asserts uk",
           "cjtf-oir asserts coalition")],
        [cx(QAY, "target", "airwars", "uk",
            "Airwars considers it likely that three to five members of a family were killed by the RAF strike; the MoD says it struck a Daesh mortar team and has no evidence civilians were harmed"),
         cx(QAY, "target", "local-sources", "uk",
            "Local sources say a family house was bombed; the MoD says it checked that no civilians were nearby and hit a mortar team")]),
    # ---------------- Iraq: Wadi al-Shay south of Hawija, 17 February 2021 (France, Iraqi F-16s); Tuz Khurmatu, 16 February 2021
    doc("29_france_chammal_release", "Ministère des Armées - État-major des armées (translated from French)", "2021-02-19", "official",
        "https://defense-chammal.example/en/operations/chammal/2021-02-19-point-de-situation",
        [ev(HAW, "2021-02-17", "Hawija", "about twenty-five kilometres south of", killed=(10, 10))],
        [S(HAW, "france asserts france", "france asserts iraq-air-force")]),
    doc("30_kirkuk_local_translated", "Al-Tamim Post (translated from Arabic)", "2021-02-18", "news",
        "https://altamimpost.example/en/security/2021/02/18/wadi-al-shay-falcons-tuz",
        [ev(HAW, "2021-02-17", "Hawija", "south of", killed=(9, 9), civilians_killed=(3, N)),
         ev(TUZ, "2021-02-16", "Tuz Khurmatu", "about 20 km south-west of", killed=(4, 4), civilians_killed=(3, 3))],
        [S(HAW, "iraq-joc asserts iraq-air-force", "local-sources asserts occurrence"),
         S(TUZ, "iraq-joc asserts iraq-army-aviation", "local-sources asserts iraq-army-aviation")],
        [cx(HAW, "target", "local-sources", "iraq-joc",
            "A tribal sheikh says three shepherds were among the dead; the Security Media Cell says nine terrorists were killed"),
         cx(TUZ, "target", "local-sources", "iraq-joc",
            "A provincial councillor says a farmer and his two sons were killed irrigating their field; the Security Media Cell says a group of terrorists"),
         cx(TUZ, "count", "local-sources", "iraq-joc",
            "The councillor says three people were killed; the Security Media Cell says four")]),
]


if __name__ == "__main__":
    main(DOCS, OUT, TEXTS, COORDS)
