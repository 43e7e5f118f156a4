#!/usr/bin/env python3
"""The gold of eval/dev27, written from the compact specs below (usage: run() in
../../goldspec.py). Every place here is a real town (GeoNames) or a site given by the nearest
town the text names; see ../README.md for places given by a nearby town, for approximate
coordinates and for spellings."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldspec import S, cx, doc, ev, run  # noqa: E402

# gold place -> (lat, lon), town centres to a few km (Masnaa, Kisik, Mar'a, Rmeilan:
# approximate, see README)
COORDS = {
    "Afrin": (36.512, 36.869), "Taji": (33.520, 44.260), "Chamchamal": (35.533, 44.829),
    "Idlib": (35.930, 36.633), "Binnish": (35.957, 36.714), "Samarra": (34.198, 43.874),
    "Khanaqin": (34.348, 45.391), "Kirkuk": (35.468, 44.392), "Baiji": (34.929, 43.493),
    "Mar'a": (36.607, 37.189), "Kisik": (36.430, 42.610), "Tal Afar": (36.377, 42.449),
    "Masnaa": (33.700, 35.960), "Beirut": (33.889, 35.495), "Deir ez-Zor": (35.336, 40.141),
    "Tehran": (35.694, 51.422), "Abu Kamal": (34.452, 40.918), "Rmeilan": (36.990, 41.930),
    "Rumeylan": (36.990, 41.930), "Tell Rifaat": (36.470, 37.097), "Tel Rifat": (36.470, 37.097),
    "Ankara": (39.920, 32.854),
}

AFR = "afrin-market-bomb-2020-04-28"
TJ1 = "taji-rockets-2020-03-11"
TJ2 = "taji-rockets-2020-03-14"
KHM = "khor-mor-drone-2024-04-26"
IDL = "idlib-city-strikes-2020-01-15"
BIN = "binnish-shelling-2020-01-15"
SMR = "samarra-isis-attack-2020-05-02"
SMA = "samarra-army-aviation-2020-05-04"
KHN = "khanaqin-isis-attack-2020-04-30"
RSH = "kirkuk-rashad-isis-attack-2021-09-04"
KRF = "kirkuk-iraqi-air-strike-2021-09-06"
BJI = "baiji-coalition-strikes-2015-10-22"
BIS = "baiji-isis-bombing-2015-10-21"
MAR = "marea-coalition-strike-2015-10-22"
KSK = "kisik-coalition-strikes-2015-10-22"
TAF = "tal-afar-strikes-2017-08-20"
MSN = "masnaa-crossing-strike-2024-10-04"
BEI = "beirut-dahiyeh-strikes-2024-10-04"
DZI = "deir-ez-zor-iranian-missiles-2017-06-18"
TEH = "tehran-isis-attacks-2017-06-07"
DZU = "deir-ez-zor-us-strike-2023-11-08"
AKU = "abu-kamal-us-strikes-2023-10-27"
RML = "rmeilan-turkish-strikes-2023-10-05"
TRF = "tell-rifaat-turkish-shelling-2023-10-05"
ANK = "ankara-bombing-2023-10-01"

N = None
DOCS = [
    # ---------------- Syria: the fuel-tanker bomb in Afrin's market that no group claimed, 28 April 2020
    doc("01_turkish_mod_statement_afrin", "Republic of Turkey Ministry of National Defence (translated from Turkish)", "2020-04-28", "official",
        "https://msb-aciklama.example/en/2020/04/28/afrin-heinous-attack-statement",
        [ev(AFR, "2020-04-28", "Afrin", "fuel tanker loaded with explosives in the crowded market area in the centre of", killed=(40, 40),
            civilians_killed=(40, 40), injured=(47, 47))],
        [S(AFR, "turkey asserts sdf")]),
    doc("02_afrin_local_outlet_correction", "Olive Valley News (translated from Arabic)", "2020-04-29", "news",
        "https://olivevalleynews.example/en/news/2020/04/29/afrin-tanker-bomb-market",
        [ev(AFR, "2020-04-28", "Afrin", "crowded market on Raju Street in the centre of", killed=(46, 46), civilians_killed=(11, N),
            injured=(51, N))],
        [S(AFR, "local-sources asserts occurrence", "journalist asserts unknown", "turkey asserts sdf", "sdf denies sdf",
           "ngo asserts occurrence")],
        [cx(AFR, "attribution", "turkey", "sdf",
            "Turkey's defence ministry says the PKK/YPG detonated the tanker; the SDF says it has no connection whatsoever with the bombing"),
         cx(AFR, "count", "local-sources", "ngo",
            "The local council and civil defence count 46 dead; a war monitor based in Britain says 42"),
         cx(AFR, "retraction", "journalist", "journalist",
            "The correction: the earlier version said 53 were killed, a figure that included people still missing; the confirmed dead number 46")]),
    doc("03_un_rights_note_afrin", "United Nations Human Rights Office, Syria Briefing Notes", "2020-04-30", "ngo",
        "https://ohchr-syria-notes.example/briefings/2020/04/30/afrin-market-bombing",
        [ev(AFR, "2020-04-28", "Afrin", "improvised explosive device in a fuel truck in the market area near the city centre of", killed=(42, N),
            civilians_killed=(42, N), injured=(47, N))],
        [S(AFR, "un asserts unknown", "turkey asserts sdf", "local-sources asserts occurrence")]),
    # ---------------- Iraq: rockets on Camp Taji, 11 and 14 March 2020
    doc("04_cjtf_oir_statement_taji", "Combined Joint Task Force - Operation Inherent Resolve, Public Affairs Office", "2020-03-11", "official",
        "https://cjtf-oir-pao.example/releases/2020/03/11/statement-rocket-attack-camp-taji",
        [ev(TJ1, "2020-03-11", "Taji", "Camp ..., a base that hosts Coalition troops, some 27 kilometres north of Baghdad", killed=(3, 3),
            injured=(12, 12))],
        [S(TJ1, "cjtf-oir asserts occurrence")]),
    doc("05_taji_wire_baghdad", "Tigris Wire Service", "2020-03-12", "news",
        "https://tigriswire.example/iraq/2020/03/12/taji-rocket-attack-coalition-deaths",
        [ev(TJ1, "2020-03-11", "Taji", "Camp ..., north of the Iraqi capital; launcher in an orchard near Rashidiya, east of the base",
            killed=(3, 3), injured=(12, 12))],
        [S(TJ1, "cjtf-oir asserts occurrence", "iraq-military asserts occurrence", "journalist asserts unknown", "us-official asserts iran",
           "pmf denies pmf", "iran denies iran", "uk asserts occurrence")],
        [cx(TJ1, "attribution", "us-official", "iran",
            "A U.S. official says Iran planned and directed the attack; Iran's foreign ministry calls the accusation baseless and says Iran had no role")]),
    doc("06_taji_radio_transcript", "Capital FM Baghdad (\"Morning Line\" transcript)", "2020-03-15", "news",
        "https://capitalfmbaghdad.example/morning-line/2020/03/15/taji-second-rocket-attack",
        [ev(TJ2, "2020-03-14", "Taji", "Camp ..., north of Baghdad; rockets fired from the Abu Izam area, north of Taji", injured=(5, 5)),
         ev(TJ1, "2020-03-11", "Taji", "Camp ..., north of Baghdad", killed=(3, 3), injured=(12, 12))],
        [S(TJ2, "iraq-joc asserts occurrence", "cjtf-oir asserts occurrence", "iraqi-sources asserts occurrence", "journalist asserts unknown"),
         S(TJ1, "journalist asserts unknown", "us-dod asserts iran", "us-official asserts iran")],
        [cx(TJ2, "count", "iraqi-sources", "cjtf-oir",
            "The coalition says three of its service members were wounded; an Iraqi security officer at the base says four coalition personnel were hurt")]),
    # ---------------- Iraq (Kurdistan Region): the drone attack on the Khor Mor gas field, 26 April 2024
    doc("07_krg_statement_khor_mor", "Kurdistan Regional Government, Department of Media and Information", "2024-04-27", "official",
        "https://krg-dmi.example/en/statements/2024/04/27/khor-mor-attack",
        [ev(KHM, "2024-04-26", "Chamchamal", "storage and processing area of the Khor Mor gas field in ... district", killed=(4, 4),
            civilians_killed=(4, 4), injured=(3, 3))],
        [S(KHM, "local-sources asserts unknown")]),
    doc("08_khor_mor_wire_sulaimani", "Zagros Press Agency", "2024-04-27", "news",
        "https://zagrospress.example/iraq/2024/04/27/khor-mor-drone-workers-killed",
        [ev(KHM, "2024-04-26", "Chamchamal", "Khor Mor gas field in ... district, on the road between Kirkuk and Sulaimani", killed=(4, 4),
            civilians_killed=(4, 4), injured=(3, 3))],
        [S(KHM, "local-sources asserts pmf", "iraqi-sources asserts occurrence", "journalist asserts unknown", "pmf denies pmf",
           "iraq-joc asserts occurrence", "us-embassy asserts occurrence")],
        [cx(KHM, "count", "local-sources", "iraqi-sources",
            "The Kurdistan Regional Government says four Yemeni workers were killed; an Iraqi security official in Kirkuk says five, including an Iraqi technician"),
         cx(KHM, "attribution", "local-sources", "pmf",
            "A senior official of the Region's interior ministry blames outlaw factions within the Popular Mobilisation; a PMF spokesman denies any link")]),
    # ---------------- Syria: air strikes on Idlib city's industrial zone and market, and shelling of Binnish, 15 January 2020
    doc("09_idlib_city_local_outlet", "Green Mountain Post (translated from Arabic)", "2020-01-16", "news",
        "https://greenmountainpost.example/en/news/2020/01/16/idlib-city-industrial-zone-market-raids",
        [ev(IDL, "2020-01-15", "Idlib", "industrial zone and the nearby vegetable market in the city of", killed=(19, 19),
            civilians_killed=(19, 19), injured=(41, N)),
         ev(BIN, "2020-01-15", "Binnish", "town of ..., north-east of Idlib", injured=(3, 3))],
        [S(IDL, "local-sources asserts russia", "local-sources asserts syria", "russia-mod denies russia"),
         S(BIN, "local-sources asserts syria")],
        [cx(IDL, "attribution", "local-sources", "russia-mod",
            "Flight observers say two Russian Su-24s carried out the first raid; Russia's Reconciliation Centre says its aircraft flew no missions in the Idlib area that day")]),
    doc("10_russian_reconciliation_centre_idlib", "Ministry of Defence of the Russian Federation (translated from Russian)", "2020-01-16", "official",
        "https://mil-ru-briefings.example/en/2020/01/16/reconciliation-centre-briefing",
        [ev(IDL, "2020-01-15", "Idlib", "industrial area and a market in the city of", killed=(19, 19), civilians_killed=(19, 19))],
        [S(IDL, "local-sources asserts russia", "russia-mod denies russia", "russia-mod denies occurrence")],
        [cx(IDL, "attribution", "local-sources", "russia-mod",
            "The White Helmets and flight observers say Russian aircraft struck the industrial area and market; Russia says its aircraft carried out no combat missions near Idlib that day"),
         cx(IDL, "occurrence", "local-sources", "russia-mod",
            "Russia says no air strikes at all hit the city and the explosions were an HTS ammunition depot detonating")]),
    doc("11_idlib_medical_network_note", "Northwest Syria Health Response Network", "2020-01-17", "ngo",
        "https://nwshealthnetwork.example/flash-notes/2020/01/17/idlib-city-industrial-zone",
        [ev(IDL, "2020-01-15", "Idlib", "industrial zone and the adjacent vegetable market in the city of", killed=(21, 21),
            civilians_killed=(6, N), injured=(68, 68)),
         ev(BIN, "2020-01-15", "Binnish", "town of ..., north-east of Idlib", injured=(2, 2))],
        [S(IDL, "ngo asserts occurrence", "local-sources asserts russia", "local-sources asserts syria", "russia-mod denies russia"),
         S(BIN, "ngo asserts syria")],
        [cx(IDL, "attribution", "local-sources", "russia-mod",
            "Flight monitoring networks attribute the first strike to Russian aircraft; Russia's defence ministry denies its aircraft flew over the city that day")]),
    # ---------------- Iraq: Islamic State's attack on the PMF south of Samarra (2 May 2020), the army aviation strikes east of it, Khanaqin
    doc("12_pmf_statement_samarra", "Popular Mobilisation Commission, Media Directorate (translated from Arabic)", "2020-05-02", "official",
        "https://pmc-media.example/en/statements/2020/05/02/samarra-daesh-attack",
        [ev(SMR, "2020-05-02", "Samarra", "positions of the 35th Brigade in the Mukayshifa area, south of", killed=(10, 10), injured=(4, 4))],
        [S(SMR, "pmf asserts isis")]),
    doc("13_samarra_wire_baghdad", "Euphrates News Agency", "2020-05-03", "news",
        "https://euphratesnews.example/en/iraq/2020/05/03/samarra-attack-pmf-fighters-killed",
        [ev(SMR, "2020-05-02", "Samarra", "PMF positions near Mukayshifa, on the eastern bank of the Tigris, south of", killed=(10, 10),
            injured=(4, 4)),
         ev(KHN, "2020-04-30", "Khanaqin", "checkpoint near", killed=(2, 2))],
        [S(SMR, "pmf asserts isis", "iraqi-sources asserts isis", "isis-amaq asserts isis"),
         S(KHN, "iraqi-sources asserts isis")],
        [cx(SMR, "count", "isis-amaq", "pmf",
            "Amaq claims more than 20 PMF members killed or wounded; the PMF and security officials say ten were killed and four wounded")]),
    doc("14_iraq_weekly_roundup_samarra", "Iraq Security Week (newsletter)", "2020-05-08", "news",
        "https://iraqsecurityweek.example/issues/2020-19",
        [ev(SMR, "2020-05-02", "Samarra", "Popular Mobilisation brigade near Mukayshifa, south of", killed=(10, 10), injured=(4, 4)),
         ev(SMA, "2020-05-04", "Samarra", "Daesh hideouts in the Jallam desert, east of", killed=(5, 5), vehicles_destroyed=(3, 3))],
        [S(SMR, "journalist asserts isis", "pmf asserts isis", "isis-amaq asserts isis"),
         S(SMA, "iraq-joc asserts iraq-army-aviation", "iraq-joc asserts coalition", "cjtf-oir confirms coalition",
           "local-sources asserts occurrence")],
        [cx(SMR, "count", "isis-amaq", "pmf",
            "Amaq claims more than 20 killed or wounded; the PMF counts ten dead and four wounded"),
         cx(SMA, "target", "local-sources", "iraq-joc",
            "The Cell says army aviation killed five militants in Daesh hideouts; a tribal leader says two of the five were shepherds from his tribe")]),
    # ---------------- Iraq: Islamic State's attack on federal police near al-Rashad, Kirkuk (4 September 2021), and the F-16 strike after it
    doc("15_security_media_cell_rashad", "Security Media Cell, Joint Operations Command of Iraq (translated from Arabic)", "2021-09-05", "official",
        "https://smc-iraq-statements.example/en/2021/09/05/statement-212-rashad-federal-police",
        [ev(RSH, "2021-09-04", "Kirkuk", "Federal Police checkpoint in the al-Rashad area, south-west of", killed=(12, 12), injured=(5, 5))],
        [S(RSH, "iraq-joc asserts isis")]),
    doc("16_rashad_wire_kirkuk", "North Iraq Dispatch", "2021-09-05", "news",
        "https://northiraqdispatch.example/security/2021/09/05/rashad-federal-police-attack-13-killed",
        [ev(RSH, "2021-09-04", "Kirkuk", "checkpoint near the village of al-Rashad, south-west of", killed=(13, 13), injured=(3, 3),
            vehicles_destroyed=(2, 2))],
        [S(RSH, "iraqi-sources asserts isis", "local-sources asserts occurrence", "iraq-joc asserts occurrence", "isis-amaq asserts isis")],
        [cx(RSH, "count", "iraqi-sources", "iraq-joc",
            "Police and medical sources say 13 federal police were killed; the Security Media Cell says 12"),
         cx(RSH, "count", "isis-amaq", "iraq-joc",
            "Amaq claims 15 police killed; the Cell says 12")]),
    doc("17_kirkuk_f16_brief_nodate", "Mesopotamia Briefs", "", "news",
        "https://mesopotamiabriefs.example/briefs/kirkuk-f16-wadi-zghaytun-hideout",
        [ev(KRF, "", "Kirkuk", "Islamic State hideout in the Wadi Zghaytun valley, south-west of", killed=(4, 4)),
         ev(RSH, "", "Kirkuk", "federal police checkpoint in al-Rashad, south-west of", killed=(13, 13))],
        [S(KRF, "iraq-mod asserts iraq-air-force", "local-sources asserts occurrence"),
         S(RSH, "iraqi-sources asserts occurrence", "iraq-mod asserts isis", "isis-amaq asserts isis")],
        [cx(RSH, "count", "isis-amaq", "iraqi-sources",
            "Islamic State says its fighters killed 15 policemen; police sources say 13")]),
    # ---------------- Iraq and Syria: coalition, RAF and Iraqi strikes around Baiji (22 October 2015), the bombing the day before, Mar'a, Kisik
    doc("18_cjtf_oir_release_baiji", "Combined Joint Task Force - Operation Inherent Resolve, Public Affairs Office", "2015-10-23", "official",
        "https://cjtf-oir-pao.example/releases/2015/10/23/strikes-continue-syria-iraq",
        [ev(MAR, "2015-10-22", "Mar'a", "ISIL tactical unit near", strikes=(1, 1)),
         ev(BJI, "2015-10-22", "Baiji", "three ISIL tactical units and an ISIL sniper position near", vehicles_destroyed=(2, 2), strikes=(6, 6)),
         ev(KSK, "2015-10-22", "Kisik", "ISIL tactical unit near", strikes=(2, 2))],
        [S(MAR, "cjtf-oir asserts coalition"),
         S(BJI, "cjtf-oir asserts coalition"),
         S(KSK, "cjtf-oir asserts coalition")]),
    doc("19_uk_mod_update_baiji", "UK Ministry of Defence, Operations News", "2015-10-26", "official",
        "https://uk-mod-opsnews.example/news/2015/10/26/update-air-strikes-iraq",
        [ev(BJI, "2015-10-22", "Baiji", "sniper team in a building on the northern edge of the town and a strongpoint nearby, close to",
            vehicles_destroyed=(1, 1))],
        [S(BJI, "uk asserts uk", "uk asserts coalition")]),
    doc("20_iraqiya_tv_transcript_baiji", "Iraqi State Television (\"Evening News\" transcript, translated from Arabic)", "2015-10-22", "news",
        "https://iraqstatetv.example/en/bulletins/2015/10/22/evening-news-baiji-refinery",
        [ev(BJI, "2015-10-22", "Baiji", "Daesh positions around the refinery, north of", killed=(25, 25)),
         ev(BIS, "2015-10-21", "Baiji", "gathering of the army at the northern entrance of", killed=(4, 4), injured=(7, 7))],
        [S(BJI, "iraq-state-tv asserts iraq-air-force", "iraq-state-tv asserts iraq-army-aviation", "iraq-state-tv asserts coalition",
           "iraq-military asserts occurrence", "iraq-joc asserts iraq-air-force", "iraq-joc asserts coalition", "pmf denies coalition"),
         S(BIS, "iraq-state-tv asserts isis", "isis-amaq asserts isis")],
        [cx(BJI, "attribution", "iraq-joc", "pmf",
            "The Joint Operations Command says coalition aircraft struck Daesh positions at the request of Iraqi forces; a PMF faction commander says coalition aircraft played no part in the battle for the refinery"),
         cx(BIS, "count", "isis-amaq", "iraq-state-tv",
            "The gangs' media outlets claim 30 soldiers killed; state television says four were killed and seven wounded")]),
    # ---------------- Iraq: strikes on Tal Afar on the first day of the offensive, 20 August 2017
    doc("21_tal_afar_monitor_assessment", "Civilian Harm Register Iraq (incident assessment)", "2017-09-20", "ngo",
        "https://civharmregister.example/incidents/iraq/taf-0820-3",
        [ev(TAF, "2017-08-20", "Tal Afar", "two-storey house in the al-Qadisiya neighbourhood, in the east of", killed=(5, 7),
            civilians_killed=(5, 7), injured=(4, N))],
        [S(TAF, "local-sources asserts us", "ngo asserts coalition", "cjtf-oir asserts coalition", "cjtf-oir denies coalition",
           "iraq-joc asserts iraq-air-force")],
        [cx(TAF, "attribution", "ngo", "cjtf-oir",
            "The Register considers the coalition the likely party; the coalition calls the allegation non-credible, with no record of a strike at the location at that time"),
         cx(TAF, "attribution", "local-sources", "cjtf-oir",
            "A relative says American planes bombed the house; the coalition says it has no record of a coalition strike there")]),
    doc("22_french_chammal_update_tal_afar", "French Ministry of the Armed Forces, General Staff (translated from French)", "2017-08-24", "official",
        "https://defense-chammal.example/en/operations/2017/08/24/chammal-weekly-update",
        [ev(TAF, "2017-08-20", "Tal Afar", "Daesh command post and fighting position on the eastern edge of the city; Iraqi forces advancing on",
            vehicles_destroyed=(1, N), strikes=(3, N))],
        [S(TAF, "france asserts france", "france asserts coalition")]),
    # ---------------- Lebanon: the Israeli strike at the Masnaa crossing and strikes on Beirut's southern suburbs, 4 October 2024
    doc("23_masnaa_live_blog", "Mediterranean Live Desk", "2024-10-04", "news",
        "https://medlivedesk.example/live/2024/10/04/masnaa-crossing-strike-lebanon-syria",
        [ev(MSN, "2024-10-04", "Masnaa", "area of the ... crossing, on Lebanon's main road to Damascus, about 50 km east of Beirut",
            killed=(0, 0), injured=(0, 0)),
         ev(BEI, "2024-10-04", "Beirut", "southern suburbs of ..., in the area of the airport road")],
        [S(MSN, "local-sources asserts israel", "israel asserts israel", "syria-gov asserts israel", "un asserts occurrence"),
         S(BEI, "local-sources asserts israel")],
        [cx(MSN, "target", "local-sources", "israel",
            "Israel says it struck a Hezbollah weapons tunnel under the border; Lebanon's public works minister rejects the tunnel claim: a road used by fleeing families, not a weapons route")]),
    doc("24_idf_statement_masnaa", "Israel Defense Forces, Spokesperson's Unit", "2024-10-04", "official",
        "https://idf-spokesperson-statements.example/en/2024/10/04/masnaa-smuggling-route",
        [ev(MSN, "2024-10-04", "Masnaa", "underground tunnel crossing the border between Syria and Lebanon in the area of the ... crossing"),
         ev(BEI, "2024-10-04", "Beirut", "Hezbollah intelligence headquarters and infrastructure sites in Dahiyeh, in")],
        [S(MSN, "israel asserts israel"),
         S(BEI, "israel asserts israel")]),
    # ---------------- Syria: Iran's missiles on Deir ez-Zor (18 June 2017) after the Tehran attacks (7 June 2017)
    doc("25_iran_missiles_analyst_blog", "Ballistic Notes (blog)", "2017-06-22", "blog",
        "https://ballisticnotes.example/posts/2017/06/22/iran-deir-ez-zor-missile-strike",
        [ev(DZI, "2017-06-18", "Deir ez-Zor", "near the al-Mayadin road on the eastern outskirts of", killed=(2, 2), civilians_killed=(2, 2)),
         ev(TEH, "2017-06-07", "Tehran", "parliament and the mausoleum of Ayatollah Khomeini in", killed=(18, 18))],
        [S(DZI, "iran asserts iran", "journalist asserts iran", "local-sources asserts occurrence", "isis-amaq asserts occurrence",
           "syria-gov asserts syria"),
         S(TEH, "isis-amaq asserts isis")],
        [cx(DZI, "target", "isis-amaq", "iran",
            "The Guard says it hit headquarters and gathering places of Takfiri terrorists; Amaq says the missiles struck Muslim homes and killed only civilians")]),
    doc("26_iran_missiles_wire_tehran_beirut", "Gulf & Levant Press", "2017-06-19", "news",
        "https://gulflevantpress.example/middle-east/2017/06/19/iran-missiles-deir-ez-zor-islamic-state",
        [ev(DZI, "2017-06-18", "Deir ez-Zor", "positions on the outskirts of ... city and in the desert south of it", killed=(6, N)),
         ev(TEH, "2017-06-07", "Tehran", "Iran's parliament and the tomb of Ayatollah Ruhollah Khomeini, in", killed=(18, 18),
            injured=(41, N))],
        [S(DZI, "iran asserts iran", "ngo asserts occurrence"),
         S(TEH, "isis-amaq asserts isis", "iran asserts isis")]),
    # ---------------- Syria: the US strike near Maysalun, Deir ez-Zor (8 November 2023), and the strikes near Abu Kamal (27 October 2023)
    doc("27_pentagon_statement_deir_ez_zor", "U.S. Department of Defense, Press Operations", "2023-11-08", "official",
        "https://defense-press-ops.example/releases/2023/11/08/self-defense-strike-eastern-syria",
        [ev(DZU, "2023-11-08", "Deir ez-Zor", "weapons storage facility near Maysalun, in ... province"),
         ev(AKU, "2023-10-27", "Abu Kamal", "two facilities near")],
        [S(DZU, "us-dod asserts us"),
         S(AKU, "us-dod asserts us")]),
    doc("28_deir_ez_zor_strike_qa", "Levant Brief", "2023-11-10", "news",
        "https://levantbrief.example/explainers/2023/11/10/us-strike-deir-ez-zor-questions",
        [ev(DZU, "2023-11-08", "Deir ez-Zor", "site near Maysalun, on the edge of ... city", killed=(9, 9)),
         ev(AKU, "2023-10-27", "Abu Kamal", "two sites near ..., on the Iraqi border", killed=(7, 7))],
        [S(DZU, "journalist asserts us", "us-dod asserts us", "ngo asserts occurrence", "local-sources asserts occurrence",
           "syria-gov asserts us", "iran asserts us"),
         S(AKU, "journalist asserts us", "us-dod asserts us", "ngo asserts occurrence")],
        [cx(DZU, "target", "syria-gov", "us-dod",
            "The Pentagon says it struck a weapons storage facility of the Revolutionary Guard and its affiliates; Syria's foreign ministry says the strike hit civilian buildings in a residential neighbourhood"),
         cx(DZU, "target", "iran", "us-dod",
            "Iran says it has no weapons depots and no bases in Syria; the Pentagon says the facility was used by the Revolutionary Guard"),
         cx(DZU, "target", "ngo", "syria-gov",
            "The monitor says all nine dead were members of Iran-aligned armed groups; Syria says the strike killed civilians")]),
    # ---------------- Syria and Turkey: Turkish strikes around Rmeilan and shelling near Tell Rifaat (5 October 2023), the Ankara bombing (1 October 2023)
    doc("29_rmeilan_kurdish_outlet", "Jazira Voice News (translated from Kurmanji)", "2023-10-06", "news",
        "https://jaziravoice.example/en/news/2023/10/06/rmeilan-gas-station-strikes-shehba-shelling",
        [ev(RML, "2023-10-05", "Rmeilan", "Suwaydiyah gas station and an electricity transformer station near", killed=(2, 2),
            injured=(3, 3)),
         ev(TRF, "2023-10-05", "Tell Rifaat", "villages around ..., in the Shehba region north of Aleppo", injured=(3, 3)),
         ev(ANK, "2023-10-01", "Ankara", "outside the interior ministry in", injured=(2, 2))],
        [S(RML, "journalist asserts turkey", "local-sources asserts occurrence", "turkey asserts turkey", "sdf asserts turkey"),
         S(TRF, "journalist asserts turkey", "local-sources asserts occurrence"),
         S(ANK, "turkey asserts sdf", "sdf denies sdf")],
        [cx(RML, "target", "sdf", "turkey",
            "Turkey says it destroyed terrorist targets and oil facilities the PKK/YPG uses for income; the SDF says the strikes deliberately hit civilian infrastructure and no military positions"),
         cx(RML, "target", "local-sources", "turkey",
            "The energy office's co-chair says there is no military target at Suwaydiyah, only engineers and guards; Turkey calls the oil facilities the terrorists' source of income"),
         cx(ANK, "attribution", "turkey", "sdf",
            "Ankara says the two attackers came from Rojava and were trained there by the YPG; the SDF says they did not pass through its areas")]),
    doc("30_turkish_mod_statement_rumeylan", "Republic of Turkey Ministry of National Defence (translated from Turkish)", "2023-10-05", "official",
        "https://msb-aciklama.example/en/2023/10/05/northern-syria-air-operation",
        [ev(RML, "2023-10-05", "Rumeylan", "so-called oil facilities in the ... region"),
         ev(TRF, "2023-10-05", "Tel Rifat", "terrorist targets in the ... region, hit with fire support vehicles"),
         ev(ANK, "2023-10-01", "Ankara", "General Directorate of Security of the Ministry of Interior in", injured=(2, 2))],
        [S(RML, "turkey asserts turkey"),
         S(TRF, "turkey asserts turkey"),
         S(ANK, "turkey asserts sdf")]),
]

DOCS.sort(key=lambda d: d["id"])

if __name__ == "__main__":
    run(__file__, DOCS, COORDS)
