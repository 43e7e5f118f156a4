#!/usr/bin/env python3
"""Writes eval/dev10/gold/*.json from the compact specs below (python3 eval/dev10/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied),
as ../shared/eval/gold/README.md requires.  Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldspec import S, cx, doc, ev, run  # noqa: E402
N = None


MAK = "makhmour-pickup-2023-08-19"
KOY = "koya-camp-2022-10-26"
SHA = "sharanish-beekeepers-2021-07-04"
ALP = "aleppo-airport-2021-11-17"
ABK = "abu-kamal-silos-2020-09-28"
MAY = "mayadin-farm-2022-03-15"
JUR = "jurf-al-sakhar-facilities-2023-12-10"
BIN = "binnish-market-2019-12-19"
KFN = "kafr-nabl-barrels-2019-12-19"
DER = "derik-power-station-2024-06-15"
MUT = "mutaibijah-ambush-2020-09-28"
MUH = "mutaibijah-helicopters-2020-09-28"
# single-report strike lines (the Turkish MoD statement, the monitor, the CENTCOM release, the Russian MoD
# briefing, the Turkish daily, the roundup)
HAK = "hakurk-strike-2023-08-19"
QAN = "qandil-depot-2023-08-19"
HOM = "homs-radar-2021-11-17"
ASH = "al-asharah-headquarters-2022-03-15"
JIS = "jisr-al-shughur-workshop-2019-12-19"
GAR = "gara-caves-2024-06-15"
KOB = "kobani-motorcycle-2020-09-29"

TMOD = "Republic of Türkiye Ministry of National Defence - Press and Public Relations (unofficial English translation)"
LOHR = "Levant Observatory for Human Rights (LOHR)"

DOCS = [
    # --- Makhmour: Turkish drone on a pickup; four PKK terrorists vs camp farm workers, 19 August 2023 ----
    doc("d01_makhmour_turkish_mod_statement", TMOD, "2023-08-20", "official",
        "https://msb-statements.example/en/2023/08/20/counter-terrorism-operations-northern-iraq",
        [ev(MAK, "2023-08-19", "Mahmur", "in the region of", killed=(4, 4)),
         ev(HAK, "2023-08-19", "Hakurk", "in the region of", killed=(2, 2)),
         ev(QAN, "2023-08-19", "Qandil", "in the region of")],
        [S(MAK, "turkey asserts turkey"),
         S(HAK, "turkey asserts turkey"),
         S(QAN, "turkey asserts turkey")]),
    doc("d02_makhmour_zagros_post", "Zagros Post (English edition)", "2023-08-20", "news",
        "https://zagrospost.example/en/security/2023/08/20/makhmour-camp-drone-strike",
        [ev(MAK, "2023-08-19", "Makhmour", "near", killed=(4, 4), civilians_killed=(3, 3), injured=(1, 1),
            vehicles_destroyed=(1, 1))],
        [S(MAK, "local-sources asserts turkey", "turkey asserts turkey", "iraq-joc asserts turkey")],
        [cx(MAK, "target", "local-sources", "turkey",
            "The camp council says the men were going to water tomato fields, not fighters; Turkey's defence "
            "ministry says PKK terrorists preparing an attack on its bases."),
         cx(MAK, "count", "local-sources", "turkey",
            "Three dead according to the camp and the hospital; four 'neutralised' according to the Turkish ministry."),
         cx(MAK, "target", "iraq-joc", "turkey",
            "The Security Media Cell says a Turkish drone hit a civilian vehicle; Ankara says PKK terrorists.")]),
    doc("d03_makhmour_atlas_followup", "Atlas Press", "2023-08-22", "news",
        "https://atlaspress.example/2023/08/22/iraq-makhmour-drone-strike-toll",
        [ev(MAK, "2023-08-19", "Makhmour", "near", killed=(4, 4), civilians_killed=(4, 4))],
        [S(MAK, "local-sources asserts turkey", "iraq-joc asserts turkey", "iraqi-sources asserts turkey",
           "turkey asserts turkey")],
        [cx(MAK, "target", "local-sources", "iraqi-sources",
            "The camp council insists all four were civilians; a Nineveh security official says two belonged to "
            "the camp's PKK-linked armed self-defence unit."),
         cx(MAK, "target", "local-sources", "turkey",
            "The camp says farm workers, a 17-year-old among them; Turkish security sources say all four were "
            "members of the terrorist organisation preparing an attack."),
         cx(MAK, "target", "iraq-joc", "turkey",
            "The JOC called the truck a civilian vehicle; Turkish sources say the four were PKK militants.")]),
    # --- Koya: IRGC missiles and drones on an Iranian Kurdish opposition camp, 26 October 2022 -----------
    doc("d04_koya_sepehr_irgc", "Sepehr News Agency (English service)", "2022-10-26", "news",
        "https://sepehrnews.example/en/news/2022/10/26/irgc-ground-force-northern-iraq",
        [ev(KOY, "2022-10-26", "Koya", "near", killed=(21, N))],
        [S(KOY, "iran asserts iran")]),
    doc("d05_koya_krg_ctd_statement", "Kurdistan Region Counter-Terrorism Directorate (unofficial English translation)",
        "2022-10-26", "official", "https://krg-ctd.example/en/statements/2022/10/26/koya-drone-attack",
        [ev(KOY, "2022-10-26", "Koya", "east of", killed=(1, 1), injured=(2, 2), vehicles_destroyed=(1, 1))],
        [S(KOY, "local-sources asserts iran")]),
    doc("d06_koya_khaleej_standard", "Khaleej Standard", "2022-10-27", "news",
        "https://khaleejstandard.example/world/mena/2022/10/27/iran-guards-strike-koya-kurdish-camp",
        [ev(KOY, "2022-10-26", "Koya", "east of", killed=(2, 2), injured=(3, 3))],
        [S(KOY, "iran asserts iran", "local-sources asserts iran", "local-sources asserts turkey",
           "local-sources retracts turkey", "iraq-joc asserts iran", "us-embassy asserts iran")],
        [cx(KOY, "target", "local-sources", "iran",
            "The party says families, a school and a clinic, the 'command centre' being its kitchen; the "
            "Revolutionary Guards say separatist terrorist headquarters."),
         cx(KOY, "count", "local-sources", "iran",
            "Two dead according to the party; more than 20 'terrorists' according to Iranian state media."),
         cx(KOY, "retraction", "local-sources", "local-sources",
            "A Koya district official first says the drones appear to have come from the Turkish side, then "
            "withdraws the remark: they were Iranian.")]),
    # --- Sharanish (Zakho): two beekeepers killed; Turkish drone or artillery vs Turkey's denial, 4 July 2021
    doc("d07_sharanish_badinan_voice", "Badinan Voice (translated from Kurdish)", "2021-07-05", "news",
        "https://badinanvoice.example/en/news/2021/07/05/sharanish-beekeepers",
        [ev(SHA, "2021-07-04", "Sharanish", "above", civilians_killed=(2, 2), injured=(1, 1))],
        [S(SHA, "journalist asserts turkey", "local-sources asserts turkey")]),
    doc("d08_sharanish_keystone_wire", "Keystone Wire", "2021-07-05", "news",
        "https://keystonewire.example/world/middle-east/turkey-iraq-kurdistan-blast-denial-2021-07-05/",
        [ev(SHA, "2021-07-04", "Sharanish", "near", killed=(2, 2), injured=(1, 1))],
        [S(SHA, "journalist asserts occurrence", "local-sources asserts turkey", "iraqi-sources asserts turkey",
           "turkey denies turkey")],
        [cx(SHA, "attribution", "local-sources", "turkey",
            "The Duhok governor's office blames Turkish artillery; Turkey's defence ministry says its forces "
            "conducted no operation there and calls it a PKK provocation."),
         cx(SHA, "attribution", "iraqi-sources", "turkey",
            "An Iraqi border guard officer saw the flash from a Turkish base; Ankara denies any operation in the "
            "area at the time.")]),
    # --- Aleppo airport: Israeli missiles on the runway or on a militia weapons depot, 17 November 2021 ---
    doc("d09_aleppo_sana", "SANA - Syrian Arab News Agency", "2021-11-17", "news", "https://sana-en.example/?p=254187",
        [ev(ALP, "2021-11-17", "Aleppo", "airport of", injured=(2, 2))],
        [S(ALP, "syria-gov asserts israel")]),
    doc("d10_aleppo_levant_observatory", LOHR, "2021-11-17", "ngo",
        "https://levantobservatory.example/en/2021/11/17/aleppo-airport-israeli-strike",
        [ev(ALP, "2021-11-17", "Aleppo", "airport of", killed=(6, 6)),
         ev(HOM, "2021-11-17", "Homs", "in the southern countryside of")],
        [S(ALP, "ngo asserts israel", "syria-gov asserts israel"),
         S(HOM, "ngo asserts israel", "syria-gov denies occurrence")],
        [cx(ALP, "target", "ngo", "syria-gov",
            "The monitor says the missiles destroyed an Iranian-backed militias' weapons and drone depot; regime "
            "media say most were intercepted and only the runway was damaged."),
         cx(HOM, "occurrence", "ngo", "syria-gov",
            "The monitor says Israeli missiles struck an air-defence radar position near Homs; regime media deny "
            "that any missile hit the Homs area.")]),
    doc("d11_aleppo_galilee_times", "The Galilee Times", "2021-11-17", "news",
        "https://galileetimes.example/syria-says-israel-struck-aleppo-airport/",
        [ev(ALP, "2021-11-17", "Aleppo", "airport of", killed=(6, 6), injured=(2, 2))],
        [S(ALP, "syria-gov asserts israel", "ngo asserts israel")],
        [cx(ALP, "target", "syria-gov", "ngo",
            "SANA says the runway was damaged and two soldiers hurt; the monitor says a militia depot of weapons "
            "and drones was destroyed and six fighters killed.")]),
    # --- Abu Kamal silos: unidentified aircraft vs the coalition vs the Americans vs Israel, 28 September 2020
    doc("d12_abukamal_tpa_wire", "Transworld Press Agency (TPA)", "2020-09-29", "news",
        "https://tpa-news.example/en/2020/09/29/syria-strikes-militias-albukamal",
        [ev(ABK, "2020-09-28", "Albukamal", "on the southern edge of", killed=(11, 11), civilians_killed=(1, 1))],
        [S(ABK, "ngo asserts unknown", "syria-gov asserts coalition", "cjtf-oir denies coalition",
           "us-official denies us", "pmf asserts us")],
        [cx(ABK, "attribution", "syria-gov", "cjtf-oir",
            "State TV blames aircraft of the US-led coalition; the coalition says it conducted no strikes near "
            "Albukamal."),
         cx(ABK, "attribution", "pmf", "us-official",
            "A Kataib Hezbollah channel blames the American enemy; a US defence official says US forces were not "
            "involved."),
         cx(ABK, "target", "syria-gov", "ngo",
            "State TV says civilian grain silos and a civilian watchman; the monitor says a militia barracks and "
            "weapons store and 11 fighters.")]),
    doc("d13_abukamal_blog", "Euphrates Imagery Notes", "2020-10-03", "blog",
        "https://euphratesimagery.example/2020/10/03/albukamal-silos/",
        [ev(ABK, "2020-09-28", "Albukamal", "outside", killed=(11, 11), civilians_killed=(1, 1),
            vehicles_destroyed=(2, 2))],
        [S(ABK, "ngo asserts occurrence", "journalist asserts israel", "journalist disputes us",
           "syria-gov asserts coalition", "syria-gov retracts coalition", "syria-gov asserts israel",
           "cjtf-oir denies coalition", "us-official denies us", "pmf asserts us")],
        [cx(ABK, "attribution", "journalist", "pmf",
            "The blogger and his sources say an Israeli strike; Kataib Hezbollah's channel still blames the "
            "Americans."),
         cx(ABK, "attribution", "syria-gov", "cjtf-oir",
            "State TV first blamed the US-led coalition; the coalition denied any strike near Albukamal."),
         cx(ABK, "attribution", "pmf", "us-official",
            "Kataib Hezbollah blames the Americans; a US official says American forces were not involved."),
         cx(ABK, "retraction", "syria-gov", "syria-gov",
            "State TV drops its coalition attribution, calls the attack an Israeli aggression and says the earlier "
            "report was inaccurate."),
         cx(ABK, "target", "journalist", "syria-gov",
            "The imagery shows militia buildings hit and the silo towers intact, and no trace of a civilian victim; "
            "state TV says civilian grain silos were destroyed and a watchman killed.")]),
    # --- Mayadin: US strike on an IRGC-linked weapons store or a family farm, 15 March 2022 --------------
    doc("d14_mayadin_centcom_release", "U.S. Central Command Public Affairs", "2022-03-16", "official",
        "https://centcom.example/media/press-releases/2022/03/16/us-forces-conduct-precision-strikes-in-eastern-syria/",
        [ev(MAY, "2022-03-15", "Mayadin", "near"),
         ev(ASH, "2022-03-15", "al-Asharah", "near")],
        [S(MAY, "us-dod asserts us"),
         S(ASH, "us-dod asserts us")]),
    doc("d15_mayadin_east_star_noheader", "East Star", "2022-03-16", "news", "",
        [ev(MAY, "2022-03-15", "al-Mayadin", "on the outskirts of", civilians_killed=(2, 2), killed=(5, 5),
            vehicles_destroyed=(1, 1))],
        [S(MAY, "syria-gov asserts us", "us-dod asserts us", "ngo asserts us")],
        [cx(MAY, "target", "syria-gov", "us-dod",
            "SANA says a family farm and two civilians; CENTCOM says a weapons storage facility of IRGC-affiliated "
            "groups and no indications of civilian casualties."),
         cx(MAY, "target", "syria-gov", "ngo",
            "SANA says a woman and her son were killed; the monitor says five militia members.")]),
    doc("d16_mayadin_levant24", "Levant 24", "2022-03-17", "news",
        "https://levant24.example/en/deir-ezzor/2022/03/17/mayadin-strike-farm-or-arms-store",
        [ev(MAY, "2022-03-15", "al-Mayadin", "on the western edge of", civilians_killed=(2, 2), killed=(7, 7))],
        [S(MAY, "journalist asserts us", "syria-gov asserts us", "local-sources asserts us", "ngo asserts occurrence",
           "pmf asserts us", "us-dod asserts us")],
        [cx(MAY, "target", "local-sources", "ngo",
            "The owner says no weapons, only sheep and a pump, and his sister and nephew killed; the monitor says "
            "a militia ammunition store in the barn and seven fighters killed."),
         cx(MAY, "target", "syria-gov", "us-dod",
            "State media say two civilians and their house; CENTCOM says a weapons storage facility and no "
            "indications of civilian casualties.")]),
    # --- Jurf al-Sakhar: US strikes on Kataib Hezbollah drone sites or official PMF headquarters, 10 Dec 2023
    doc("d17_jurf_rafidain_post", "Rafidain Post (English)", "2023-12-10", "news",
        "https://rafidainpost.example/en/security/2023/12/10/jurf-al-sakhar-american-strikes",
        [ev(JUR, "2023-12-10", "Jurf al-Sakhar", "in", killed=(3, 3), injured=(5, 5))],
        [S(JUR, "pmf asserts us", "us-dod asserts us", "iraq-military asserts us", "local-sources asserts occurrence")],
        [cx(JUR, "target", "pmf", "us-dod",
            "The PMF says the headquarters of an official security formation; CENTCOM says Kataib Hezbollah "
            "facilities used to store and launch attack drones."),
         cx(JUR, "target", "iraq-military", "us-dod",
            "The commander-in-chief's spokesman calls it an attack on an official Iraqi security body; CENTCOM "
            "says Kataib Hezbollah drone facilities.")]),
    doc("d18_jurf_keystone_followup", "Keystone Wire", "2023-12-11", "news",
        "https://keystonewire.example/world/middle-east/iraq-jurf-al-sakhar-strikes-toll-2023-12-11/",
        [ev(JUR, "2023-12-10", "Jurf al-Sakhar", "in", killed=(4, 4), civilians_killed=(1, 1))],
        [S(JUR, "journalist asserts occurrence", "us-dod asserts us", "local-sources asserts occurrence",
           "pmf asserts us", "us-official confirms us")],
        [cx(JUR, "target", "local-sources", "us-official",
            "The hospital says a 60-year-old farmer was among the dead; a US defence official says there is no "
            "indication civilians were harmed."),
         cx(JUR, "count", "local-sources", "pmf", "Four bodies at the hospital; three dead according to the PMF."),
         cx(JUR, "target", "pmf", "us-official",
            "Kataib Hezbollah says it has no facilities there and the sites belong to PMF brigades under government "
            "command; the US official says three Kataib Hezbollah facilities.")]),
    doc("d19_jurf_brief_noheader", "", "", "news", "",
        [ev(JUR, "", "Jurf al-Sakhar", "in", killed=(5, 5), civilians_killed=(1, 1))],
        [S(JUR, "pmf asserts us", "local-sources asserts occurrence", "us-dod asserts us", "iraqi-sources asserts us")],
        [cx(JUR, "target", "pmf", "us-dod",
            "The PMF says official state positions; the US military says Kataib Hezbollah drone facilities."),
         cx(JUR, "target", "local-sources", "us-dod",
            "Hospital officials count a civilian farmer among the dead; the US military says no civilians were "
            "harmed.")]),
    # --- Binnish market: Russian jets vs a Syrian strike on an HTS depot, 19 December 2019 ---------------
    doc("d20_binnish_russian_mod_briefing", "Ministry of Defence of the Russian Federation (English summary)",
        "2019-12-20", "official", "https://mil-ru.example/en/news_page/country/more.htm?id=12278841",
        [ev(BIN, "2019-12-19", "Binnish", "in"),
         ev(JIS, "2019-12-19", "Jisr al-Shughur", "near", killed=(N, 12))],
        [S(BIN, "ngo asserts russia", "journalist asserts russia", "russia-mod denies russia", "russia-mod asserts syria"),
         S(JIS, "russia-mod asserts russia")],
        [cx(BIN, "attribution", "ngo", "russia-mod",
            "Idlib Civil Response reports a Russian strike on the market; Moscow says its aircraft flew no combat "
            "missions near Binnish that day and that Syrian army units struck."),
         cx(BIN, "target", "ngo", "russia-mod",
            "Rescuers report a strike on a market; Moscow says a Hayat Tahrir al-Sham ammunition depot whose "
            "secondary explosions destroyed nearby buildings, and staged footage.")]),
    doc("d21_idlib_live_blog", "The Continental Observer", "2019-12-19", "news",
        "https://continentalobserver.example/world/live/2019/dec/19/syria-idlib-offensive-live",
        [ev(BIN, "2019-12-19", "Binnish", "in", killed=(14, 14), injured=(31, N)),
         ev(KFN, "2019-12-19", "Kafr Nabl", "on", civilians_killed=(3, 3))],
        [S(BIN, "journalist asserts occurrence", "ngo asserts russia", "russia-mod denies russia",
           "syria-gov asserts syria", "local-sources asserts russia"),
         S(KFN, "ngo asserts syria", "syria-gov asserts syria")],
        [cx(BIN, "attribution", "ngo", "russia-mod",
            "The rescue group says Russian warplanes; a Moscow military-diplomatic source calls reports of a "
            "Russian strike fake news."),
         cx(BIN, "attribution", "local-sources", "russia-mod",
            "Plane-spotters tracked a Russian Su-24 over Binnish minutes before the strike; Moscow denies a "
            "Russian strike."),
         cx(BIN, "attribution", "local-sources", "syria-gov",
            "Plane-spotters logged a Russian jet and no Syrian jets; state TV says army units struck Binnish."),
         cx(BIN, "target", "ngo", "syria-gov",
            "Rescuers describe a strike on the covered vegetable market; state TV says terrorist headquarters and "
            "supply routes, with no mention of the market."),
         cx(KFN, "target", "ngo", "syria-gov",
            "The monitor says barrel bombs killed a woman and her two children; state TV says the army struck "
            "terrorist headquarters in Kafr Nabl.")]),
    # --- Kafr Nabl: government helicopter barrel bombs on homes vs "terrorist positions", 19 December 2019
    doc("d22_kafrnabl_rights_group", "Civilians in Conflict Watch (CCW)", "2020-01-08", "ngo",
        "https://ciconflictwatch.example/news/2020/01/08/syria-barrel-bombs-kafr-nabl",
        [ev(KFN, "2019-12-19", "Kafr Nabl", "in", civilians_killed=(5, 5), injured=(9, 9))],
        [S(KFN, "ngo asserts syria", "local-sources asserts occurrence", "syria-gov asserts syria")],
        [cx(KFN, "target", "ngo", "syria-gov",
            "CCW finds no military objective in a residential neighbourhood; state media say the army struck "
            "terrorist positions."),
         cx(KFN, "target", "local-sources", "syria-gov",
            "Witnesses say the neighbourhood held about 30 families and no fighters; state media say terrorist "
            "positions.")]),
    doc("d23_kafrnabl_marmara_agency", "Marmara Agency (English service)", "2019-12-20", "news",
        "https://marmaraagency.example/en/middle-east/assad-regime-barrel-bombs-kill-6-civilians-in-idlib/1678342",
        [ev(KFN, "2019-12-19", "Kafr Nabl", "in", civilians_killed=(6, N), injured=(12, 12))],
        [S(KFN, "ngo asserts syria", "syria-gov asserts syria")],
        [cx(KFN, "target", "ngo", "syria-gov",
            "Civil defence officials say barrel bombs on a residential area killed at least six civilians; regime "
            "media say the army targeted terrorist positions.")]),
    # --- Ain Diwar (Derik): Turkish drone on a power station; civilian electricians vs guards vs "terrorists"
    doc("d24_derik_jazira_post", "Jazira Post (English)", "2024-06-15", "news",
        "https://jazirapost.example/en/news/2024/06/15/ain-diwar-station-drone",
        [ev(DER, "2024-06-15", "Ain Diwar", "in", civilians_killed=(3, 3), injured=(2, 2))],
        [S(DER, "journalist asserts turkey", "local-sources asserts turkey")]),
    doc("d25_derik_airwars_assessment", "Airwars", "2024-07-03", "ngo",
        "https://airwars.example/civilian-casualties/ts1307-june-15-2024/",
        [ev(DER, "2024-06-15", "Ain Diwar", "in", civilians_killed=(3, 4), killed=(4, 4), injured=(2, 2))],
        [S(DER, "airwars asserts turkey", "local-sources asserts turkey", "ngo asserts turkey", "turkey asserts turkey")],
        [cx(DER, "target", "local-sources", "ngo",
            "The Asayish and the Energy Authority say all the dead were civilian employees; the monitor says two "
            "were SDF-affiliated guards."),
         cx(DER, "count", "local-sources", "ngo", "Three civilian workers killed according to Jazira Post; four "
            "dead according to the monitor."),
         cx(DER, "target", "local-sources", "turkey",
            "Local sources say civilian electricians; Turkish pro-government media say five PKK/YPG terrorists at "
            "a revenue facility."),
         cx(DER, "target", "airwars", "turkey",
            "Airwars identified three technicians and finds the claim of five terrorists unsupported by any other "
            "source.")]),
    doc("d26_derik_ankara_courier", "The Ankara Courier", "2024-06-16", "news",
        "https://ankaracourier.example/war-on-terror/turkish-drones-hit-pkk-ypg-revenue-facility-in-northern-syria",
        [ev(DER, "2024-06-15", "Ain Diwar", "in", killed=(5, 5)),
         ev(GAR, "2024-06-15", "Gara", "in the region of")],
        [S(DER, "turkey asserts turkey", "local-sources asserts turkey"),
         S(GAR, "turkey asserts turkey")],
        [cx(DER, "target", "local-sources", "turkey",
            "YPG-controlled media say the strike killed civilian workers; Turkish security sources say five "
            "terrorists guarding a PKK/YPG revenue facility, and call the claim propaganda.")]),
    # --- al-Mutaibijah: IS attack on a PMF position, then army helicopters, 28 September 2020 ------------
    doc("d27_mutaibijah_tigris_times_noheader", "Tigris Times", "2020-09-29", "news", "",
        [ev(MUT, "2020-09-28", "al-Mutaibijah", "in", killed=(2, 2), injured=(3, 3)),
         ev(MUH, "2020-09-28", "al-Mutaibijah", "near", killed=(4, 4))],
        [S(MUT, "iraq-joc asserts isis", "pmf asserts isis"),
         S(MUH, "iraq-joc asserts iraq-army-aviation")],
        [cx(MUT, "count", "iraq-joc", "pmf",
            "Two PMF fighters killed according to the Security Media Cell; three martyrs according to the PMF's "
            "media directorate.")]),
    doc("d28_mutaibijah_atlas_wire", "Atlas Press", "2020-09-29", "news",
        "https://atlaspress.example/2020/09/29/iraq-islamic-state-attack-paramilitary",
        [ev(MUT, "2020-09-28", "al-Mutaibijah", "in", killed=(3, 3), injured=(4, 4), vehicles_destroyed=(2, 2)),
         ev(MUH, "2020-09-28", "al-Mutaibijah", "near", killed=(4, 4))],
        [S(MUT, "journalist asserts occurrence", "pmf asserts isis", "iraq-joc asserts occurrence",
           "isis-amaq asserts isis"),
         S(MUH, "iraq-joc asserts iraq-army-aviation", "pmf denies occurrence")],
        [cx(MUT, "count", "pmf", "iraq-joc",
            "Three dead and four wounded according to the brigade commander; two dead and three wounded according "
            "to the Security Media Cell."),
         cx(MUT, "count", "isis-amaq", "pmf",
            "Aamaq claims two vehicles set on fire; the militia commander says no vehicles were lost."),
         cx(MUH, "occurrence", "iraq-joc", "pmf",
            "The Security Media Cell says army helicopters struck the attackers and killed four; the brigade "
            "commander says no helicopter strike took place, not one rocket was fired and no attacker was killed.")]),
    # --- Binnish: the feature three weeks later ---------------------------------------------------------
    doc("d29_binnish_feature", "The Sunday Chronicle", "2020-01-12", "news",
        "https://sundaychronicle.example/world/2020/jan/12/binnish-market-idlib-air-strike",
        [ev(BIN, "2019-12-19", "Binnish", "in", killed=(16, 16), civilians_killed=(11, N), injured=(41, N))],
        [S(BIN, "local-sources asserts russia", "ngo asserts russia", "russia-mod denies russia",
           "russia-mod asserts syria", "syria-gov asserts syria", "un confirms occurrence")],
        [cx(BIN, "attribution", "local-sources", "russia-mod",
            "The vegetable seller and the plane-spotters say a Russian Su-24; Moscow says its aircraft flew no "
            "combat missions around Binnish and Syrian forces struck."),
         cx(BIN, "attribution", "ngo", "russia-mod",
            "The rescue group and the monitor blame Russian aircraft; Moscow blames a Syrian strike."),
         cx(BIN, "target", "local-sources", "russia-mod",
            "The olive press owner says there is no depot, only his press; Moscow says an HTS ammunition depot on "
            "the outskirts."),
         cx(BIN, "target", "ngo", "syria-gov",
            "Rescuers count 16 dead at the market; state TV says terrorist headquarters and never mentions the "
            "market."),
         cx(BIN, "count", "ngo", "local-sources", "16 dead according to the rescue group; 17 on the local council's "
            "list.")]),
    # --- the roundup: Abu Kamal, al-Mutaibijah, and a drone near Kobani ----------------------------------
    doc("d30_security_roundup_levant24", "Levant 24", "2020-09-29", "news",
        "https://levant24.example/en/roundup/2020/09/29/security-round-up",
        [ev(ABK, "2020-09-28", "Abu Kamal", "on the southern edge of", killed=(11, N), civilians_killed=(1, 1)),
         ev(MUT, "2020-09-28", "al-Mutaibijah", "in", killed=(2, 2), injured=(3, 3)),
         ev(KOB, "2020-09-29", "Kobani", "on the road between", killed=(2, 2))],
        [S(ABK, "ngo asserts unknown", "syria-gov asserts coalition", "cjtf-oir denies coalition"),
         S(MUT, "journalist asserts isis", "iraq-joc asserts isis", "pmf asserts occurrence", "isis-amaq asserts isis"),
         S(KOB, "local-sources asserts turkey", "turkey asserts turkey")],
        [cx(ABK, "attribution", "syria-gov", "cjtf-oir",
            "State TV blames the US-led coalition; the coalition says it carried out no strikes in the area."),
         cx(MUT, "count", "iraq-joc", "pmf", "Two dead according to the Security Media Cell; three according to the "
            "PMF."),
         cx(MUT, "count", "isis-amaq", "iraq-joc",
            "Aamaq claims 15 'apostates' killed or wounded; the Security Media Cell gives two dead and three "
            "wounded."),
         cx(KOB, "target", "local-sources", "turkey",
            "The Asayish say two farmers returning from their fields; Turkey's ministry says two PKK/YPG "
            "terrorists 'neutralised'.")]),
]


if __name__ == "__main__":
    run(__file__, DOCS)
