#!/usr/bin/env python3
"""Writes eval/dev9/gold/*.json from the compact specs below (python3 eval/dev9/tools/make_gold.py).

Perpetrator lists are derived from the statements (asserts/confirms -> asserted, denies -> denied),
as ../shared/eval/gold/README.md requires.  Standard library only.
"""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
from goldspec import S, cx, doc, ev, run  # noqa: E402
N = None


MOS = "mosul-workshop-2017-04-22"
RAQ = "raqqa-shelter-2017-07-27"
MMF = "maarat-misrin-farm-2021-09-07"
QAM = "qamishli-car-2021-09-06"
THA = "tharthar-fishermen-2022-03-13"
TAJ = "taji-pickup-2023-12-17"
FAL = "fallujah-petrol-2015-09-26"
QAIM = "al-qaim-families-2017-10-30"
SAM = "samarra-wedding-2019-06-14"
HAW = "hawija-bus-2017-09-24"
ABK = "abu-kamal-tankers-2020-05-22"
# single-report strike lines (an Amaq relay, a CJTF-OIR strike release, SANA, a wire roundup, a feature)
MOSC = "badush-carbomb-2017-04-22"
TAB = "tabqa-tunnel-2017-04-22"
TAF = "tal-afar-mortar-2017-04-22"
KAS = "al-kasrat-waterstation-2017-07-27"
MAY = "mayadin-positions-2021-09-07"
AMI = "amiriyat-al-fallujah-checkpoint-2015-09-05"

AMP = "Agence Mediterranee Presse (AMP)"

DOCS = [
    # --- Mosul (al-Yarmuk): coalition strike on a car-bomb workshop or on a family's home, 22 April 2017
    doc("d01_mosul_amaq_claim_monitor", "Caliphate Media Watch", "2017-04-23", "blog",
        "https://caliphatemediawatch.example/2017/04/23/amaq-claim-yarmuk-mosul/",
        [ev(MOS, "2017-04-22", "Mosul", "on the right side of", civilians_killed=(31, 31), injured=(24, N)),
         ev(MOSC, "2017-04-22", "Badush", "near", killed=(14, 14))],
        [S(MOS, "isis-amaq asserts coalition", "iraqi-sources asserts isis"),
         S(MOSC, "isis-amaq asserts isis")],
        [cx(MOS, "attribution", "isis-amaq", "iraqi-sources",
            "Amaq says crusader coalition aircraft bombed the homes; Iraqi officers say IS fighters rigged the houses "
            "with explosives and blew them up.")]),
    doc("d02_mosul_meridian_press_wire", "Meridian Press", "2017-04-24", "news",
        "https://meridianpress.example/2017/04/24/iraq-mosul-airstrike-family-yarmuk",
        [ev(MOS, "2017-04-22", "Mosul", "in western", civilians_killed=(12, 12), injured=(3, 3))],
        [S(MOS, "local-sources asserts coalition", "iraqi-sources asserts coalition", "cjtf-oir asserts coalition",
           "isis-amaq asserts coalition")],
        [cx(MOS, "target", "local-sources", "cjtf-oir",
            "Relatives say the strike flattened a family home with no fighters in it; the coalition says it struck an "
            "ISIS VBIED workshop."),
         cx(MOS, "target", "local-sources", "iraqi-sources",
            "Relatives say there were no fighters in the house; a Federal Police officer says IS snipers were firing "
            "from its roof."),
         cx(MOS, "count", "local-sources", "isis-amaq",
            "Twelve family members according to relatives; 31 civilians according to Amaq.")]),
    doc("d03_mosul_cjtf_strike_release",
        "Combined Joint Task Force - Operation Inherent Resolve, Public Affairs Office", "2017-04-23", "official",
        "https://inherentresolve.example/releases/2017/04/23/strike-release-april-22/",
        [ev(TAB, "2017-04-22", "Tabqah", "near", strikes=(2, 2)),
         ev(MOS, "2017-04-22", "Mosul", "near", civilians_killed=(31, 31), vehicles_destroyed=(3, 3),
            strikes=(16, 16)),
         ev(TAF, "2017-04-22", "Tal Afar", "near", strikes=(1, 1))],
        [S(TAB, "cjtf-oir asserts coalition"),
         S(MOS, "cjtf-oir asserts coalition", "cjtf-oir disputes coalition", "isis-amaq asserts coalition"),
         S(TAF, "cjtf-oir asserts coalition")],
        [cx(MOS, "target", "cjtf-oir", "isis-amaq",
            "The coalition says it struck an ISIS VBIED facility and questions the figures; ISIS media say coalition "
            "aircraft killed 31 civilians.")]),
    # --- Raqqa (Nazlat Shehada): a basement full of families, coalition vs SDF artillery, 27 July 2017 ---
    doc("d04_raqqa_euphrates_voice", "Euphrates Voice (English edition)", "2017-07-28", "news",
        "https://euphratesvoice.example/en/news/2017/07/28/coalition-massacre-nazlat-shehada",
        [ev(RAQ, "2017-07-27", "Raqqa", "in the south of", civilians_killed=(19, 19), injured=(6, 6))],
        [S(RAQ, "local-sources asserts coalition", "cjtf-oir asserts coalition")],
        [cx(RAQ, "target", "local-sources", "cjtf-oir",
            "Activists say families sheltering in a basement, no Daesh positions; the coalition says it struck ISIS "
            "fighting positions in southern Raqqa.")]),
    doc("d05_raqqa_sana", "SANA - Syrian Arab News Agency", "2017-07-28", "news",
        "https://sana-en.example/?p=108214",
        [ev(RAQ, "2017-07-27", "Raqqa", "in the southern part of", civilians_killed=(27, 27), injured=(24, N)),
         ev(KAS, "2017-07-27", "al-Kasrat", "in")],
        [S(RAQ, "syria-gov asserts coalition", "local-sources asserts coalition"),
         S(KAS, "local-sources asserts coalition")]),
    doc("d06_raqqa_airwars_assessment", "Airwars", "2018-02-02", "ngo",
        "https://airwars.example/civilian-casualties/cs1187-july-27-2017/",
        [ev(RAQ, "2017-07-27", "Raqqa", "in", civilians_killed=(14, 27), injured=(6, 20))],
        [S(RAQ, "airwars asserts coalition", "local-sources asserts coalition", "syria-gov asserts coalition",
           "ngo asserts sdf", "cjtf-oir denies coalition")],
        [cx(RAQ, "attribution", "airwars", "cjtf-oir",
            "Airwars assesses the coalition as the most likely belligerent; CJTF-OIR found no coalition strike near the "
            "location and rated the allegation non-credible."),
         cx(RAQ, "attribution", "local-sources", "cjtf-oir",
            "Local sources blame coalition warplanes; the coalition says none of its strikes were in the vicinity."),
         cx(RAQ, "attribution", "local-sources", "ngo",
            "Local sources blame a coalition air strike; Syria Watch attributes the deaths to SDF artillery."),
         cx(RAQ, "count", "local-sources", "syria-gov", "19 dead according to Euphrates Voice; 27 according to SANA."),
         cx(RAQ, "count", "ngo", "local-sources", "Syria Watch counts 11 dead; Euphrates Voice 19.")]),
    # --- Maarat Misrin (Idlib): Russian strike on a poultry farm or an HTS drone workshop, 7 September 2021
    doc("d07_idlib_russian_mod_briefing", "Ministry of Defence of the Russian Federation (English summary)",
        "2021-09-08", "official", "https://mil-ru.example/en/news_page/country/more.htm?id=12385510",
        [ev(MMF, "2021-09-07", "Maarat Misreen", "on the outskirts of", killed=(N, 15), civilians_killed=(7, 7))],
        [S(MMF, "russia-mod asserts russia", "russia-mod denies russia", "ngo asserts russia")],
        [cx(MMF, "target", "russia-mod", "ngo",
            "Moscow says its aircraft destroyed an HTS drone workshop and up to 15 militants and struck no poultry "
            "farm; the rescue group says a poultry farm and seven civilians.")]),
    doc("d08_idlib_rescue_statement", "Syria Rescue Volunteers (SRV) - Statement", "2021-09-07", "ngo",
        "https://syriarescuevolunteers.example/en/statements/2021-09-07-maarat-misrin",
        [ev(MMF, "2021-09-07", "Ma'arat Misrin", "on the western outskirts of", civilians_killed=(7, 7),
            injured=(11, 11), strikes=(2, 2))],
        [S(MMF, "ngo asserts russia", "russia-mod asserts russia")],
        [cx(MMF, "target", "ngo", "russia-mod",
            "The rescuers found only chickens, feed and the families; the Russian reconciliation centre says a "
            "terrorists' drone workshop.")]),
    doc("d09_syria_wire_roundup", AMP, "2021-09-08", "news",
        "https://amp-news.example/en/2021/09/08/syria-roundup-idlib-qamishli-mayadin",
        [ev(MMF, "2021-09-07", "Maaret Misrin", "near", killed=(N, 15), civilians_killed=(7, 7), strikes=(2, 2)),
         ev(QAM, "2021-09-06", "Qamishli", "near", killed=(2, 2)),
         ev(MAY, "2021-09-07", "Mayadin", "near", killed=(4, 4))],
        [S(MMF, "ngo asserts russia", "russia-mod asserts russia"),
         S(QAM, "local-sources asserts turkey", "ngo asserts turkey"),
         S(MAY, "ngo asserts unknown")],
        [cx(MMF, "target", "ngo", "russia-mod",
            "Rescuers say seven civilians at a poultry farm; Moscow says a drone workshop and up to 15 militants."),
         cx(QAM, "target", "local-sources", "ngo",
            "The Kurdish-led administration says both dead were civilian employees; the monitor says one was a YPJ "
            "commander.")]),
    # --- Qamishli: Turkish drone strike on a car, civilians or a YPJ commander, 6 September 2021 ---------
    doc("d10_qamishli_rojava_today", "Rojava Today (English service)", "2021-09-07", "news",
        "https://rojavatoday.example/en/2021/09/07/turkish-drone-qamishlo-amuda-road",
        [ev(QAM, "2021-09-06", "Qamishlo", "west of", civilians_killed=(2, 2), injured=(1, 1))],
        [S(QAM, "journalist asserts turkey", "local-sources asserts turkey")],
        [cx(QAM, "target", "local-sources", "journalist",
            "The Asayish, the family and the committee co-chair say civilians; Turkish media say the drone neutralised "
            "two PKK/YPG terrorists, one a commander.")]),
    doc("d11_qamishli_gulf_observer", "The Gulf Observer", "2021-09-08", "news",
        "https://gulfobserver.example/world/middle-east/2021/09/08/turkish-drone-strike-qamishli",
        [ev(QAM, "2021-09-06", "Qamishli", "near", killed=(2, 2), civilians_killed=(3, 3), injured=(1, 1))],
        [S(QAM, "local-sources asserts turkey", "ngo asserts turkey", "syria-gov asserts turkey")],
        [cx(QAM, "target", "local-sources", "ngo",
            "Rojava Today says both dead were civilian employees; the Syria War Monitor says one was a YPJ commander."),
         cx(QAM, "count", "local-sources", "syria-gov", "Two killed according to Rojava Today; three according to SANA.")]),
    # --- Lake Tharthar: Iraqi F-16s on a "Daesh hideout", nine terrorists or four fishermen, 13 March 2022
    doc("d12_tharthar_security_media_cell",
        "Security Media Cell, Joint Operations Command (Iraq) - unofficial English translation", "2022-03-13",
        "official", "https://smc-iraq.example/en/statements/2022/03/13/tharthar-airstrikes",
        [ev(THA, "2022-03-13", "Tharthar Lake", "in", killed=(9, 9), strikes=(2, 2))],
        [S(THA, "iraq-joc asserts iraq-air-force")]),
    doc("d13_tharthar_anbar_now", "Anbar Now (English translation)", "2022-03-14", "news",
        "https://anbarnow.example/en/2022/03/14/karma-families-tharthar-fishermen",
        [ev(THA, "2022-03-13", "Lake Tharthar", "on the eastern shore of", killed=(4, 4), strikes=(2, 2))],
        [S(THA, "local-sources asserts occurrence", "iraq-joc asserts iraq-air-force", "iraqi-sources asserts coalition",
           "iraqi-sources retracts coalition", "iraqi-sources asserts iraq-air-force")],
        [cx(THA, "target", "local-sources", "iraq-joc",
            "The families say the four were fishermen from Karma; the Security Media Cell says a Daesh hideout."),
         cx(THA, "count", "local-sources", "iraq-joc", "Four dead according to the families; nine terrorists according "
            "to the Security Media Cell."),
         cx(THA, "count", "iraqi-sources", "iraq-joc",
            "The security source says the forensic department received four bodies, not nine."),
         cx(THA, "retraction", "iraqi-sources", "iraqi-sources",
            "The security source withdraws his statement that coalition aircraft carried out the strike; Iraqi F-16s "
            "alone.")]),
    doc("d14_tharthar_northbridge_followup", "Northbridge News", "2022-03-15", "news",
        "https://northbridgenews.example/world/middle-east/iraq-tharthar-strike-inquiry-2022-03-15/",
        [ev(THA, "2022-03-13", "Lake Tharthar", "near", killed=(4, 4), civilians_killed=(4, 4))],
        [S(THA, "iraq-joc asserts iraq-air-force", "local-sources asserts occurrence", "ngo asserts occurrence",
           "journalist asserts coalition", "cjtf-oir denies coalition")],
        [cx(THA, "target", "local-sources", "iraq-joc",
            "Relatives say the four were fishermen camped by their boat; the JOC spokesman says its information is "
            "that those killed were terrorists."),
         cx(THA, "count", "iraq-joc", "local-sources", "The JOC announced nine militants; four men were killed."),
         cx(THA, "target", "ngo", "iraq-joc",
            "The Human Rights Commission documented four civilians; the JOC says terrorists at a hideout."),
         cx(THA, "attribution", "journalist", "cjtf-oir",
            "Some local media attributed the strike to the coalition; the coalition says it did not conduct or support "
            "any strike there.")]),
    # --- Taji: US drone strike on a Kataib Hezbollah pickup, drone team or logistics duty, 17 December 2023
    doc("d15_taji_pmf_statement", "Popular Mobilization Authority - Media Directorate (unofficial English translation)",
        "2023-12-17", "official", "https://pmf-media.example/en/statements/2023/12/17/taji",
        [ev(TAJ, "2023-12-17", "Taji", "near", killed=(2, 2))],
        [S(TAJ, "pmf asserts us", "us-dod asserts us")],
        [cx(TAJ, "target", "pmf", "us-dod",
            "The PMF says the two were on an official logistical duty; CENTCOM says they were preparing to launch "
            "drones.")]),
    doc("d16_taji_amp_wire", AMP, "2023-12-17", "news", "https://amp-news.example/en/2023/12/17/iraq-us-strike-taji",
        [ev(TAJ, "2023-12-17", "Taji", "near", killed=(2, 2), vehicles_destroyed=(1, 1))],
        [S(TAJ, "iraqi-sources asserts us", "us-dod asserts us", "pmf asserts israel", "pmf retracts israel",
           "pmf asserts us", "iraq-military asserts us")],
        [cx(TAJ, "retraction", "pmf", "pmf",
            "The 47th Brigade's first statement blaming a Zionist drone is deleted and withdrawn, replaced by one "
            "blaming the American occupation."),
         cx(TAJ, "target", "pmf", "us-dod",
            "The Hashed says a logistics mission; CENTCOM says militants preparing a one-way attack drone."),
         cx(TAJ, "target", "iraq-military", "us-dod",
            "The commander-in-chief's spokesman calls it an aggression on an official Iraqi security body; CENTCOM "
            "says Kataib Hezbollah militants preparing a drone attack.")]),
    doc("d17_taji_brief", "Baghdad Herald", "2023-12-19", "news",
        "https://baghdadherald.example/briefs/2023/12/19/taji-third-fighter",
        [ev(TAJ, "2023-12-17", "Taji", "near", killed=(3, 3))],
        [S(TAJ, "pmf asserts us", "us-dod asserts us", "cjtf-oir asserts us", "cjtf-oir denies coalition")],
        [cx(TAJ, "target", "pmf", "us-dod",
            "The PMF says the men were on a logistics mission; the Pentagon says they were about to launch an attack "
            "drone.")]),
    # --- Fallujah (al-Nazzal): a petrol queue or an IS depot; Iraqi Air Force or coalition, 26 September 2015
    doc("d18_fallujah_northbridge_noheader", "Northbridge News", "2015-09-27", "news", "",
        [ev(FAL, "2015-09-26", "Fallujah", "in", killed=(35, 35), civilians_killed=(21, 21), injured=(41, N))],
        [S(FAL, "local-sources asserts coalition", "local-sources asserts us", "iraq-state-tv asserts iraq-air-force",
           "iraq-mod asserts iraq-air-force", "cjtf-oir denies coalition", "journalist asserts unknown")],
        [cx(FAL, "attribution", "local-sources", "iraq-state-tv",
            "Residents say it was the Americans; state television says Iraqi Air Force jets."),
         cx(FAL, "attribution", "local-sources", "cjtf-oir",
            "Residents saw coalition jets; the coalition says none of its aircraft struck inside Fallujah."),
         cx(FAL, "target", "local-sources", "iraq-mod",
            "The hospital says 21 civilians queuing for fuel; the ministry says a Daesh depot with no civilians."),
         cx(FAL, "target", "local-sources", "iraq-state-tv",
            "The hospital says civilians at a petrol station; state television says an IS weapons depot and 35 "
            "militants.")]),
    doc("d19_fallujah_feature", "The Northern Ledger", "2015-10-04", "news",
        "https://northernledger.example/world/2015/oct/04/fallujah-petrol-station-air-strike",
        [ev(FAL, "2015-09-26", "Fallujah", "in", killed=(18, N), civilians_killed=(21, 21), injured=(41, N)),
         ev(AMI, "2015-09-05", "Amiriyat al-Fallujah", "outside")],
        [S(FAL, "local-sources asserts iraq-air-force", "local-sources asserts us",
           "iraq-state-tv asserts iraq-air-force", "iraq-mod asserts iraq", "cjtf-oir denies coalition",
           "ngo asserts iraq", "ngo disputes coalition"),
         S(AMI, "cjtf-oir asserts coalition")],
        [cx(FAL, "attribution", "local-sources", "cjtf-oir",
            "The tea seller is certain the jet was American; the coalition says none of its aircraft struck a fuel "
            "station in Fallujah."),
         cx(FAL, "attribution", "local-sources", "ngo",
            "The tea seller says an American jet; Justice Monitor's evidence points to an Iraqi aircraft."),
         cx(FAL, "target", "local-sources", "iraq-mod",
            "Survivors describe a petrol queue; the ministry says a Daesh depot disguised as a fuel station.")]),
    # --- al-Qaim (al-Rummana): fleeing families' pickups or Daesh vehicles; army helicopter, 30 October 2017
    doc("d20_alqaim_documentation_note", "Western Anbar Documentation Group (WADG)", "", "ngo",
        "https://wadg.example/notes/2017-041",
        [ev(QAIM, "2017-10-30", "al-Qaim", "opposite", civilians_killed=(11, 11), injured=(6, 6),
            vehicles_destroyed=(2, 2), strikes=(4, 4))],
        [S(QAIM, "local-sources asserts iraq-army-aviation", "iraq-joc asserts iraq-army-aviation",
           "cjtf-oir asserts coalition", "ngo asserts unknown")],
        [cx(QAIM, "target", "ngo", "iraq-joc",
            "WADG finds all the victims were civilians fleeing; the JOC says vehicles carrying Daesh terrorists."),
         cx(QAIM, "target", "local-sources", "iraq-joc",
            "The surviving driver says a white flag on the first car; the JOC says Daesh terrorists."),
         cx(QAIM, "target", "ngo", "cjtf-oir",
            "WADG says civilian families; the coalition's summary says ISIS tactical units and ISIS vehicles."),
         cx(QAIM, "count", "ngo", "iraq-joc", "Two pickup trucks according to WADG; three vehicles according to the JOC.")]),
    doc("d21_alqaim_blog", "Desert Road Notes", "2017-11-06", "blog",
        "https://desertroadnotes.example/2017/11/06/who-hit-the-trucks-at-al-rummana/",
        [ev(QAIM, "2017-10-30", "al-Qaim", "across the Euphrates from", civilians_killed=(11, 11), injured=(6, 6),
            vehicles_destroyed=(3, 3), vehicles_struck=(2, 2))],
        [S(QAIM, "ngo asserts occurrence", "journalist asserts iraq-army-aviation", "iraq-joc asserts iraq-army-aviation",
           "local-sources asserts us", "journalist denies coalition")],
        [cx(QAIM, "attribution", "local-sources", "journalist",
            "Facebook pages blame American Apaches; the blogger's video analysis and sources point to an Iraqi Army "
            "Aviation helicopter and no coalition helicopters."),
         cx(QAIM, "target", "journalist", "iraq-joc",
            "The blogger says families under a white flag; the JOC says Daesh terrorists."),
         cx(QAIM, "count", "journalist", "iraq-joc", "Two vehicles according to the blogger; three according to the JOC.")]),
    doc("d22_alqaim_brief_noheader", "", "", "news", "",
        [ev(QAIM, "", "al-Qaim", "near", killed=(20, 20), civilians_killed=(9, 9), vehicles_destroyed=(3, 3),
            vehicles_struck=(2, 2))],
        [S(QAIM, "local-sources asserts unknown", "iraq-joc asserts iraq-army-aviation")],
        [cx(QAIM, "target", "local-sources", "iraq-joc",
            "Residents say nine civilians waving white cloths; the JOC says army helicopters killed 20 fleeing "
            "militants.")]),
    # --- Samarra (al-Jallam): a wedding; no air strike and an IS mortar vs an army helicopter, 14 June 2019
    doc("d23_samarra_dijla_post", "Dijla Post (English)", "2019-06-15", "news",
        "https://dijlapost.example/en/security/2019/06/15/samarra-wedding-strike",
        [ev(SAM, "2019-06-14", "Samarra", "east of", killed=(7, 7), injured=(15, 15))],
        [S(SAM, "local-sources asserts occurrence", "iraq-military denies occurrence", "iraq-military asserts isis",
           "pmf asserts unknown", "cjtf-oir denies coalition")],
        [cx(SAM, "occurrence", "local-sources", "iraq-military",
            "Residents and a council member say it came from the sky; the Samarra Operations Command says there was no "
            "air strike by anyone."),
         cx(SAM, "attribution", "pmf", "iraq-military",
            "Saraya al-Salam saw an unidentified drone; the operations command blames a Daesh mortar round.")]),
    doc("d24_samarra_followup", "Meridian Press", "2019-06-16", "news",
        "https://meridianpress.example/2019/06/16/iraq-samarra-wedding-helicopter-admission",
        [ev(SAM, "2019-06-14", "Samarra", "near", killed=(9, 9), injured=(15, 15))],
        [S(SAM, "iraq-joc confirms iraq-army-aviation", "iraq-military denies occurrence", "iraq-military asserts isis",
           "local-sources asserts occurrence", "pmf asserts unknown")],
        [cx(SAM, "occurrence", "iraq-joc", "iraq-military",
            "The JOC acknowledges an army aviation helicopter fired on the wedding; the Samarra Operations Command had "
            "said there was no air strike."),
         cx(SAM, "occurrence", "local-sources", "iraq-military",
            "Residents said from the start that an aircraft fired on the tent; the local command denied any air strike."),
         cx(SAM, "attribution", "iraq-joc", "iraq-military",
            "An army helicopter by mistake according to the JOC; a militants' mortar round according to the Samarra "
            "Operations Command."),
         cx(SAM, "attribution", "pmf", "iraq-joc",
            "Saraya al-Salam reported an unidentified drone; the JOC says an army aviation helicopter.")]),
    doc("d25_samarra_kurdistan_horizon", "Kurdistan Horizon (English)", "2019-06-15", "news",
        "https://kurdistanhorizon.example/en/iraq/2019/06/15/samarra-wedding-conflicting-accounts",
        [ev(SAM, "2019-06-14", "Samarra", "near", killed=(7, N), injured=(17, 17))],
        [S(SAM, "local-sources asserts occurrence", "iraq-military denies occurrence", "iraq-military asserts isis",
           "journalist asserts us", "cjtf-oir denies coalition")],
        [cx(SAM, "occurrence", "local-sources", "iraq-military",
            "Residents say an aircraft struck the wedding; the military says there was no air strike."),
         cx(SAM, "attribution", "journalist", "cjtf-oir",
            "Channels close to armed factions say American aircraft; the coalition says reports of a coalition strike "
            "are false.")]),
    # --- Hawija (al-Abbasi): a minibus of displaced families or a disguised car bomb, 24 September 2017 --
    doc("d26_hawija_erbil_tribune", "Erbil Tribune", "2017-09-25", "news",
        "https://erbiltribune.example/2017/09/25/hawija-displaced-minibus-strike",
        [ev(HAW, "2017-09-24", "Hawija", "west of", civilians_killed=(8, 8), vehicles_destroyed=(6, 6))],
        [S(HAW, "local-sources asserts iraq-army-aviation", "iraq-joc asserts coalition",
           "iraq-joc asserts iraq-army-aviation")],
        [cx(HAW, "target", "local-sources", "iraq-joc",
            "Families saw an army helicopter hit a minibus of fleeing civilians; the JOC says Daesh vehicles including "
            "car bombs.")]),
    doc("d27_hawija_amp_wire", AMP, "2017-09-26", "news",
        "https://amp-news.example/en/2017/09/26/iraq-hawija-minibus-strike",
        [ev(HAW, "2017-09-24", "Hawija", "near", civilians_killed=(11, 11), vehicles_destroyed=(1, 1))],
        [S(HAW, "local-sources asserts occurrence", "cjtf-oir denies coalition", "iraqi-sources asserts iraq-army-aviation",
           "ngo asserts occurrence", "iraq-joc asserts coalition", "iraq-joc asserts iraq")],
        [cx(HAW, "target", "local-sources", "iraqi-sources",
            "Survivors say women and children on the bus under a white flag; an army officer says a car bomb disguised "
            "as a minibus."),
         cx(HAW, "target", "ngo", "iraqi-sources",
            "The rights group says a vehicle full of civilians with no military objective; the officer says a car "
            "bomb."),
         cx(HAW, "attribution", "iraq-joc", "cjtf-oir",
            "The JOC says coalition and Iraqi aircraft destroyed the vehicles; the coalition has no record of a strike "
            "on a civilian vehicle there.")]),
    # --- Abu Kamal: unidentified aircraft on militia fuel tankers; Israel, the US or unknown, 22 May 2020 -
    doc("d28_abukamal_sharqiya_now", "Sharqiya Now (English)", "2020-05-23", "news",
        "https://sharqiyanow.example/en/2020/05/23/albukamal-tankers-strike",
        [ev(ABK, "2020-05-22", "al-Bukamal", "south of", killed=(7, 7), vehicles_destroyed=(6, 6))],
        [S(ABK, "journalist asserts unknown", "local-sources asserts israel")]),
    doc("d29_abukamal_arabian_ledger", "The Arabian Ledger", "2020-05-24", "news",
        "https://arabianledger.example/middle-east/2020/05/24/abu-kamal-convoy-strike-us-denies",
        [ev(ABK, "2020-05-22", "Abu Kamal", "near", killed=(7, 7), civilians_killed=(1, 1), strikes=(3, N))],
        [S(ABK, "local-sources asserts unknown", "ngo asserts unknown", "pmf asserts us", "us-official denies us",
           "syria-gov asserts us")],
        [cx(ABK, "attribution", "pmf", "us-official",
            "The Kataib Hezbollah channel blames American aircraft from al-Tanf; a US defense official denies any US "
            "involvement."),
         cx(ABK, "attribution", "syria-gov", "us-official",
            "Syrian state TV blames aircraft of the American occupation; the US official says no US strikes there."),
         cx(ABK, "count", "local-sources", "ngo", "Seven fighters according to Sharqiya Now; nine according to the "
            "monitor."),
         cx(ABK, "target", "syria-gov", "local-sources",
            "State TV says civilian fuel tankers and a civilian driver; Sharqiya Now says a militia fuel convoy and "
            "seven fighters.")]),
    doc("d30_abukamal_new_orient_noheader", "New Orient News", "2020-05-23", "news", "",
        [ev(ABK, "2020-05-22", "Al-Boukamal", "near", killed=(9, 9), civilians_killed=(1, 1), vehicles_destroyed=(6, 6))],
        [S(ABK, "syria-gov asserts us", "ngo asserts unknown")],
        [cx(ABK, "target", "syria-gov", "ngo",
            "State TV says tankers carrying fuel for civilian purposes and a civilian driver killed; the monitor says "
            "nine militia fighters.")]),
]


if __name__ == "__main__":
    run(__file__, DOCS)
