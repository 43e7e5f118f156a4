package extract

// Rules as data. Every table below is matched over lower-cased word tokens
// (see tokens.go): "U.S." and "US" both read "u.s.", "’" reads "'", dashes
// and slashes are tokens of their own ("CJTF-OIR" is "cjtf - oir").
// Each row names what it matches; the comment gives an example from a report.

// mention is an actor or speaker alias. Speaker is the canonical speaker id
// when the words say something ("the Pentagon said"); Actor the canonical
// actor id when they carry out a strike ("coalition aircraft struck").
// Relative rows have no fixed country: "state TV", "the defence ministry"
// take the document's main country (see countrySpeakers).
type mention struct {
	Phrase   string
	Speaker  string
	Actor    string
	Relative string // "state-tv", "mod", "sources", "military": resolved by country
	RelActor string // "army-aviation", "air-force", "army": an actor resolved by country (see countryActors)
	Generic  bool   // "a spokesman", "the source": resolved from context
	Person   bool   // a known named spokesperson
	Owned    bool   // a Relative row that speaks only with its country named ("the Malian authorities", not "the authorities")
	// LocalBare: an Owned row that, with no country named, is a local voice
	// where the report's state has no voice of its own ("the authorities
	// said" in a report about Yemen)
	LocalBare bool
	// Subject: a bare name that speaks only as the subject of a speech verb
	// ("the YPG rejected the accusation", "the Kurdish YPG militia said"),
	// never as a modifier or an object ("YPG-controlled media claimed",
	// "media close to the YPG"): see voiceAsSubject
	Subject bool
	// NamedOnly: a bare noun ("militants") that is Actor only in a report
	// that names that actor outright ("Islamic State", "Daesh"); elsewhere
	// the attackers are unknown (see bareGroupActor)
	NamedOnly bool
}

// organisations and their aliases.
var orgMentions = []mention{
	// Coalition command and its voices.
	{Phrase: "cjtf-oir", Speaker: "cjtf-oir", Actor: "coalition"},                        // "CJTF-OIR denied permission"
	{Phrase: "cjtf oir", Speaker: "cjtf-oir", Actor: "coalition"},                        // "CJTF OIR"
	{Phrase: "@cjtfoir", Speaker: "cjtf-oir", Actor: "coalition"},                        // "w/ support from @CJTFOIR"
	{Phrase: "@oirspox", Speaker: "cjtf-oir"},                                            // "@OIRSpox"
	{Phrase: "oir spokesman", Speaker: "cjtf-oir"},                                       // "OIR Spokesman Verified account"
	{Phrase: "oir spox", Speaker: "cjtf-oir"},                                            // "the OIR spox"
	{Phrase: "oir command", Speaker: "cjtf-oir", Actor: "coalition"},                     // "the OIR command issued"
	{Phrase: "operation inherent resolve", Speaker: "cjtf-oir", Actor: "coalition"},      // "Combined Joint Task Force – Operation Inherent Resolve"
	{Phrase: "combined joint task force", Speaker: "cjtf-oir", Actor: "coalition"},       // "Combined Joint Task Force-Operation ..."
	{Phrase: "u.s. operation inherent resolve", Speaker: "cjtf-oir", Actor: "coalition"}, // "the U.S. Operation Inherent Resolve tried"
	{Phrase: "oir", Speaker: "cjtf-oir", Actor: "coalition"},                             // "(OIR)"
	{Phrase: "the coalition", Speaker: "cjtf-oir", Actor: "coalition"},                   // "the coalition said" / "the coalition destroyed"
	{Phrase: "coalition", Speaker: "cjtf-oir", Actor: "coalition"},                       // "Coalition military forces conducted"
	{Phrase: "@coalition", Speaker: "cjtf-oir", Actor: "coalition"},                      // "the Global @Coalition"
	{Phrase: "coalition spokesman", Speaker: "cjtf-oir"},                                 // "coalition spokesman Col. ..."
	{Phrase: "coalition forces", Speaker: "cjtf-oir", Actor: "coalition"},                // "coalition forces had also taken part"
	{Phrase: "coalition aircraft", Actor: "coalition"},                                   // "coalition aircraft struck"
	{Phrase: "coalition warplanes", Actor: "coalition"},                                  // "coalition warplanes killed"
	{Phrase: "coalition jets", Actor: "coalition"},                                       // "coalition jets bombed"
	{Phrase: "coalition military forces", Actor: "coalition", Speaker: "cjtf-oir"},       // "Coalition military forces conducted"
	{Phrase: "u.s.-led coalition", Speaker: "cjtf-oir", Actor: "coalition"},              // "The U.S.-led coalition fighting the Islamic State said"
	{Phrase: "u.s. - led coalition", Speaker: "cjtf-oir", Actor: "coalition"},            // "US -led coalition warplanes"
	{Phrase: "u.s. - led", Actor: "coalition"},                                           // "the US-led coaltion" (head noun misspelt)
	{Phrase: "american - led coalition", Speaker: "cjtf-oir", Actor: "coalition"},        // "the American-led coalition"
	{Phrase: "american coalition", Actor: "coalition"},                                   // "the aircraft of the American coalition": the coalition, not the U.S. alone
	{Phrase: "anti - isis coalition", Speaker: "cjtf-oir", Actor: "coalition"},           // "the anti-ISIS coalition"
	{Phrase: "anti - isil coalition", Speaker: "cjtf-oir", Actor: "coalition"},           // "anti-ISIL coalition forces"
	{Phrase: "anti - is coalition", Speaker: "cjtf-oir", Actor: "coalition"},             // "the anti-IS coalition"
	{Phrase: "anti - daesh coalition", Speaker: "cjtf-oir", Actor: "coalition"},          // "the anti-Daesh coalition"
	{Phrase: "international coalition", Speaker: "cjtf-oir", Actor: "coalition"},         // "the international coalition"
	{Phrase: "coalition's", Actor: "coalition"},                                          // "the coalition’s air raids"

	// United States.
	{Phrase: "pentagon", Speaker: "us-dod", Actor: "us"},                // "the Pentagon said"
	{Phrase: "pentagon spokesman", Speaker: "us-dod"},                   // "Pentagon spokesman Matthew Allen said"
	{Phrase: "pentagon spokeswoman", Speaker: "us-dod"},                 // "Pentagon spokeswoman"
	{Phrase: "department of defense", Speaker: "us-dod", Actor: "us"},   // "the Department of Defense"
	{Phrase: "defense department", Speaker: "us-dod", Actor: "us"},      // "the Defense Department said"
	{Phrase: "u.s. defense department", Speaker: "us-dod", Actor: "us"}, // "the U.S. Defense Department"
	{Phrase: "centcom", Speaker: "us-dod", Actor: "us"},                 // "CENTCOM said"
	{Phrase: "central command", Speaker: "us-dod", Actor: "us"},         // "U.S. Central Command"
	{Phrase: "u.s. central command", Speaker: "us-dod", Actor: "us"},    // "U.S. Central Command said"
	{Phrase: "africom", Speaker: "us-dod", Actor: "us"},                 // "AFRICOM"
	{Phrase: "u.s. embassy", Speaker: "us-embassy"},                     // "the U.S. embassy in Baghdad"
	{Phrase: "american embassy", Speaker: "us-embassy"},                 // "the American embassy"
	{Phrase: "embassy of the united states", Speaker: "us-embassy"},     // "the Embassy of the United States informed the ministry"
	{Phrase: "state department", Speaker: "us-official"},                // "the State Department said"
	{Phrase: "white house", Speaker: "us-official"},                     // "the White House said"
	{Phrase: "washington", Speaker: "us-official", Actor: "us"},         // "Washington denied"
	{Phrase: "united states", Speaker: "us-official", Actor: "us"},      // "the United States was behind the strike"
	{Phrase: "the united states", Speaker: "us-official", Actor: "us"},  // idem
	{Phrase: "americans", Actor: "us"},                                  // "the Americans attacked"
	{Phrase: "american", Actor: "us"},                                   // "an American strike"
	{Phrase: "u.s.", Actor: "us", Speaker: "us-official"},               // "U.S. strikes on ISIS"
	{Phrase: "u.s. air force", Actor: "us", Speaker: "us-dod"},          // "the U.S. Air Force ordered"
	{Phrase: "usaf", Actor: "us"},                                       // "USAF"
	{Phrase: "u.s. military", Actor: "us", Speaker: "us-dod"},           // "the U.S. military said"
	{Phrase: "u.s. army", Actor: "us", Speaker: "us-dod"},               // "the U.S. Army"
	{Phrase: "u.s. forces", Actor: "us", Speaker: "us-dod"},             // "U.S. forces conducted"
	{Phrase: "u.s. troops", Actor: "us"},                                // "U.S. troops"
	{Phrase: "u.s. armed forces", Actor: "us", Speaker: "us-dod"},       // "the U.S. armed forces"
	{Phrase: "u.s. aircraft", Actor: "us"},                              // "U.S. aircraft eventually did participate"
	{Phrase: "u.s. warplanes", Actor: "us"},                             // "U.S. warplanes"
	{Phrase: "u.s. jets", Actor: "us"},                                  // "U.S. jets"
	{Phrase: "u.s. drone", Actor: "us"},                                 // "a U.S. drone"
	{Phrase: "u.s. drones", Actor: "us"},                                // "U.S. drones"
	{Phrase: "american aircraft", Actor: "us"},                          // "American aircraft"
	{Phrase: "american warplanes", Actor: "us"},                         // "American warplanes"
	{Phrase: "american forces", Actor: "us"},                            // "American forces"
	{Phrase: "american troops", Actor: "us"},                            // "American troops"
	{Phrase: "american official", Speaker: "us-official"},               // "An American official who spoke to AP"
	{Phrase: "american officials", Speaker: "us-official"},              // "American officials said"
	{Phrase: "u.s. official", Speaker: "us-official"},                   // "a U.S. official said"
	{Phrase: "u.s. officials", Speaker: "us-official"},                  // "U.S. officials said"
	{Phrase: "u.s. military official", Speaker: "us-official"},          // "A US military official said"
	{Phrase: "u.s. military officials", Speaker: "us-official"},         // "US military officials"
	{Phrase: "u.s. defense official", Speaker: "us-official"},           // "a U.S. defense official"
	{Phrase: "u.s. defense officials", Speaker: "us-official"},          // "U.S. defense officials"
	{Phrase: "u.s. sources", Speaker: "us-official"},                    // "U.S. sources, however, deny"
	{Phrase: "u.s. source", Speaker: "us-official"},                     // "a U.S. source"
	{Phrase: "american sources", Speaker: "us-official"},                // "American sources"
	{Phrase: "u.s. military spokesman", Speaker: "us-dod"},              // "a U.S. military spokesman"
	{Phrase: "british", Actor: "uk"},                                    // "British jets"
	{Phrase: "u.k. ministry of defence", Speaker: "uk", Actor: "uk"},    // "the UK Ministry of Defence": a belligerent with no speaker id of its own speaks as itself
	{Phrase: "u.k. defence ministry", Speaker: "uk", Actor: "uk"},
	{Phrase: "u.k.", Actor: "uk"},                                       // "no UK aircraft were involved" (no speaker: "a UK-based monitor said")
	{Phrase: "britain", Actor: "uk", Speaker: "uk"},                     // "Britain took part", "Britain said"
	{Phrase: "united kingdom", Actor: "uk"},                             // "in coordination with the United Kingdom"
	{Phrase: "raf", Actor: "uk"},                                        // "RAF Tornados"
	{Phrase: "royal air force", Actor: "uk"},                            // "the Royal Air Force"
	{Phrase: "british ministry of defence", Speaker: "uk", Actor: "uk"}, // "the British Ministry of Defence"
	{Phrase: "british defence ministry", Speaker: "uk", Actor: "uk"},    // "a British defence ministry spokesman"
	{Phrase: "british defense ministry", Speaker: "uk", Actor: "uk"},
	{Phrase: "british military", Speaker: "uk", Actor: "uk"}, // "the British military said"
	{Phrase: "french ministry of defence", Speaker: "france", Actor: "france"},
	{Phrase: "britain's ministry of defence", Speaker: "uk", Actor: "uk"},
	{Phrase: "french army", Speaker: "france", Actor: "france"}, // "the French army said"
	{Phrase: "french military", Speaker: "france", Actor: "france"},
	{Phrase: "french armed forces", Speaker: "france", Actor: "france"},
	{Phrase: "french defence ministry", Speaker: "france", Actor: "france"},
	{Phrase: "barkhane", Speaker: "france", Actor: "france"},                            // "the Barkhane force carried out an air strike" (France's Sahel operation)
	{Phrase: "état - major des armées", Speaker: "france", Actor: "france"},             // the French general staff, issuer of its communiqués
	{Phrase: "etat - major des armees", Speaker: "france", Actor: "france"},             // idem, unaccented
	{Phrase: "french ministry of the armed forces", Speaker: "france", Actor: "france"}, // France's defence ministry by its own name
	{Phrase: "french ministry of armed forces", Speaker: "france", Actor: "france"},
	{Phrase: "french presidency", Speaker: "france"}, // "French Rafale jets carried out France's first strike, the French presidency said"
	{Phrase: "french officials", Speaker: "france"}, {Phrase: "french official", Speaker: "france"},
	{Phrase: "french government", Speaker: "france"}, {Phrase: "elysee palace", Speaker: "france"}, {Phrase: "élysée palace", Speaker: "france"},
	{Phrase: "french", Actor: "france"},                    // "French jets"
	{Phrase: "france", Actor: "france", Speaker: "france"}, // "France conducted", "France said"

	// Iraq.
	{Phrase: "iraq", Actor: "iraq", Speaker: "iraq-mod"},                                           // "#Iraq's strike", "Iraq later announced"
	{Phrase: "baghdad", Speaker: "iraq-mod"},                                                       // "Baghdad informed the Americans"
	{Phrase: "iraqis", Actor: "iraq"},                                                              // "knocked out by Iraqis"
	{Phrase: "the iraqis", Actor: "iraq"},                                                          // "the Iraqis launched"
	{Phrase: "iraqi", Actor: "iraq"},                                                               // "an Iraqi airstrike"
	{Phrase: "iraqi forces", Actor: "iraq"},                                                        // "fired upon by Iraqi forces"
	{Phrase: "iraqi security forces", Actor: "iraq"},                                               // "the Iraqi Security Forces"
	{Phrase: "iraqi government forces", Actor: "iraq"},                                             // "Iraqi government forces"
	{Phrase: "iraqi troops", Actor: "iraq"},                                                        // "Iraqi troops"
	{Phrase: "iraqi army", Actor: "iraq", Speaker: "iraq-military"},                                // "the Iraqi army hit"
	{Phrase: "iraqi armed forces", Actor: "iraq", Speaker: "iraq-military"},                        // "the Iraqi armed forces"
	{Phrase: "iraqi military", Actor: "iraq", Speaker: "iraq-military"},                            // "the Iraqi military denies"
	{Phrase: "iraq's military", Actor: "iraq", Speaker: "iraq-military"},                           // "Iraq's military denied"
	{Phrase: "iraq's army", Actor: "iraq", Speaker: "iraq-military"},                               // "Iraq's army"
	{Phrase: "iraqi military spokesman", Speaker: "iraq-military"},                                 // "an Iraqi military spokesman"
	{Phrase: "iraqi military spokesperson", Speaker: "iraq-military"},                              // "an Iraqi military spokesperson"
	{Phrase: "iraqi command", Actor: "iraq"},                                                       // "the Iraqi command initiated"
	{Phrase: "iraqi air force", Actor: "iraq-air-force", Speaker: "iraq-military"},                 // "the Iraqi air force hit", "the Iraqi Air Force said"
	{Phrase: "iraqi air force command", Actor: "iraq-air-force", Speaker: "iraq-military"},         // its official page's statements
	{Phrase: "iraqi army aviation command", Actor: "iraq-army-aviation", Speaker: "iraq-military"}, // idem, for the helicopters
	{Phrase: "iraq air force", Actor: "iraq-air-force", Speaker: "iraq-military"},                  // "Iraq Air Force destroyed more"
	{Phrase: "iraqi aircraft", Actor: "iraq-air-force"},                                            // "Iraqi aircraft"
	{Phrase: "iraqi warplanes", Actor: "iraq-air-force"},                                           // "Iraqi warplanes"
	{Phrase: "iraqi jets", Actor: "iraq-air-force"},                                                // "Iraqi jets"
	{Phrase: "iraqi f-16s", Actor: "iraq-air-force"},                                               // "Iraqi F-16s"
	{Phrase: "iraqi f - 16s", Actor: "iraq-air-force"},                                             // idem, tokenised
	{Phrase: "army aviation", Actor: "iraq-army-aviation"},                                         // "Iraqi air force and army aviation destroyed"
	{Phrase: "the army aviation", Actor: "iraq-army-aviation"},                                     // "the army aviation helicopters hit" (not "the army")
	{Phrase: "iraqi army aviation", Actor: "iraq-army-aviation", Speaker: "iraq-military"},         // "Iraqi army aviation flew"
	{Phrase: "military aviation", Actor: "iraq-army-aviation"},                                     // "our heroes in the military aviation"
	{Phrase: "iraqi helicopters", Actor: "iraq-army-aviation"},                                     // "Iraqi helicopters destroyed"
	{Phrase: "iraqi army helicopters", Actor: "iraq-army-aviation"},                                // "Iraqi army helicopters"
	{Phrase: "iraqi helicopter gunships", Actor: "iraq-army-aviation"},                             // "Iraqi helicopter gunships"
	{Phrase: "iraqi gunships", Actor: "iraq-army-aviation"},                                        // "Iraqi gunships"
	{Phrase: "iraqi attack helicopters", Actor: "iraq-army-aviation"},                              // "Iraqi attack helicopters"
	{Phrase: "ministry of defense in baghdad", Speaker: "iraq-mod", Actor: "iraq"},
	{Phrase: "ministry of defence in baghdad", Speaker: "iraq-mod", Actor: "iraq"},
	{Phrase: "iraqi ministry of defense", Speaker: "iraq-mod", Actor: "iraq"},  // "The Iraqi Ministry of Defense distributed video"
	{Phrase: "iraqi ministry of defence", Speaker: "iraq-mod", Actor: "iraq"},  // idem, British spelling
	{Phrase: "iraqi defence ministry", Speaker: "iraq-mod", Actor: "iraq"},     // "by the Iraqi Defence Ministry"
	{Phrase: "iraqi defense ministry", Speaker: "iraq-mod", Actor: "iraq"},     // idem
	{Phrase: "iraq's defence ministry", Speaker: "iraq-mod", Actor: "iraq"},    // "Iraq's defence ministry"
	{Phrase: "iraq's defense ministry", Speaker: "iraq-mod", Actor: "iraq"},    // idem
	{Phrase: "iraq's ministry of defense", Speaker: "iraq-mod", Actor: "iraq"}, // idem
	{Phrase: "joint operations command", Speaker: "iraq-joc", Actor: "iraq"},   // "the Joint Operations Command"
	{Phrase: "iraqi joint operations command", Speaker: "iraq-joc", Actor: "iraq"},
	{Phrase: "joc", Speaker: "iraq-joc", Actor: "iraq"},               // "the JOC said"
	{Phrase: "security media cell", Speaker: "iraq-joc"},              // "Iraq's Security Media Cell"
	{Phrase: "iraqi state tv", Speaker: "iraq-state-tv"},              // "Iraqi state TV said"
	{Phrase: "iraqi state television", Speaker: "iraq-state-tv"},      // "Iraqi state television"
	{Phrase: "iraqiya", Speaker: "iraq-state-tv"},                     // "al-Iraqiya TV"
	{Phrase: "iraqi officials", Speaker: "iraqi-sources"},             // "Iraqi officials said"
	{Phrase: "iraqi official", Speaker: "iraqi-sources"},              // "an Iraqi official"
	{Phrase: "iraqi officers", Speaker: "iraqi-sources"},              // "Both Iraqi officers spoke"
	{Phrase: "iraqi officer", Speaker: "iraqi-sources"},               // "an Iraqi officer"
	{Phrase: "iraqi source", Speaker: "iraqi-sources"},                // "an Iraqi source told Reuters"
	{Phrase: "iraqi sources", Speaker: "iraqi-sources"},               // "Iraqi sources denied"
	{Phrase: "iraqis sources", Speaker: "iraqi-sources"},              // plural demonym used as adjective
	{Phrase: "iraqi army sources", Speaker: "iraqi-sources"},          // "Iraqi army sources said"
	{Phrase: "iraqi military sources", Speaker: "iraqi-sources"},      // "Iraqi military sources"
	{Phrase: "iraqi security sources", Speaker: "iraqi-sources"},      // "Iraqi security sources"
	{Phrase: "iraqi security officials", Speaker: "iraqi-sources"},    // "Iraqi security officials"
	{Phrase: "iraqi military officials", Speaker: "iraqi-sources"},    // "Iraqi military officials"
	{Phrase: "iraqi pilots", Speaker: "iraqi-sources", Actor: "iraq"}, // "Iraqi pilots took the initiative"
	{Phrase: "iraqi military pilots", Speaker: "iraqi-sources", Actor: "iraq"},
	{Phrase: "iraqi commanders", Speaker: "iraqi-sources"},                // "Iraqi commanders said"
	{Phrase: "iraqi military intelligence", Speaker: "iraqi-sources"},     // "Iraqi military intelligence detected"
	{Phrase: "popular mobilization forces", Speaker: "pmf", Actor: "pmf"}, // "the Popular Mobilization Forces said"
	{Phrase: "popular mobilisation forces", Speaker: "pmf", Actor: "pmf"}, // British spelling
	{Phrase: "popular mobilization units", Speaker: "pmf", Actor: "pmf"},  // "Popular Mobilization Units (PMU)"
	{Phrase: "popular mobilization committee", Speaker: "pmf", Actor: "pmf"},
	{Phrase: "popular mobilization authority", Speaker: "pmf", Actor: "pmf"},  // "the Popular Mobilization Authority said"
	{Phrase: "popular mobilisation authority", Speaker: "pmf", Actor: "pmf"},  // British spelling
	{Phrase: "popular mobilization commission", Speaker: "pmf", Actor: "pmf"}, // the PMF's official body
	{Phrase: "popular mobilisation commission", Speaker: "pmf", Actor: "pmf"}, // idem
	{Phrase: "popular mobilization", Speaker: "pmf", Actor: "pmf"},            // "a position of the Popular Mobilization"
	{Phrase: "popular mobilisation", Speaker: "pmf", Actor: "pmf"},            // idem
	{Phrase: "pmf", Speaker: "pmf", Actor: "pmf"},                             // "the PMF"
	{Phrase: "pmu", Speaker: "pmf", Actor: "pmf"},                             // "the PMU"
	{Phrase: "hashd al - shaabi", Speaker: "pmf", Actor: "pmf"},               // "Hashd al-Shaabi"
	{Phrase: "al - hashd al - shaabi", Speaker: "pmf", Actor: "pmf"},          // "al-Hashd al-Shaabi"
	{Phrase: "hashd", Speaker: "pmf", Actor: "pmf"},                           // "the Hashd"
	{Phrase: "hashed", Speaker: "pmf", Actor: "pmf"},                          // the French-wire spelling: "the Hashed insisted"
	{Phrase: "hashed al - shaabi", Speaker: "pmf", Actor: "pmf"},              // "the Hashed al-Shaabi"
	{Phrase: "kataib hezbollah", Speaker: "pmf", Actor: "pmf"},                // "Kataib Hezbollah said"
	{Phrase: "kata'ib hezbollah", Speaker: "pmf", Actor: "pmf"},               // the spelling with the hamza's apostrophe

	// other factions of the PMF speak for it as Kataib Hezbollah does
	{Phrase: "the mobilization", Speaker: "pmf"}, // "a commander in the Mobilization said" (the PMF's short name)
	{Phrase: "the mobilisation", Speaker: "pmf"},
	{Phrase: "kataib sayyid al - shuhada", Speaker: "pmf", Actor: "pmf"}, // "Kataib Sayyid al-Shuhada mourned two of its members"
	{Phrase: "harakat al - nujaba", Speaker: "pmf", Actor: "pmf"},        // "Harakat al-Nujaba said"
	{Phrase: "asaib ahl al - haq", Speaker: "pmf", Actor: "pmf"},         // "Asaib Ahl al-Haq said"
	{Phrase: "asa'ib ahl al - haq", Speaker: "pmf", Actor: "pmf"},        // "Asa'ib Ahl al-Haq"
	{Phrase: "kata'ib sayyid al - shuhada", Speaker: "pmf", Actor: "pmf"},
	{Phrase: "badr organization", Speaker: "pmf", Actor: "pmf"}, // "the Badr Organization said"
	{Phrase: "badr organisation", Speaker: "pmf", Actor: "pmf"},

	// Syria, Russia, Turkey, Iran, Israel.
	{Phrase: "syria", Actor: "syria", Speaker: "syria-gov"},             // "Syria said"
	{Phrase: "syrian", Actor: "syria"},                                  // "Syrian jets"
	{Phrase: "syrian army", Actor: "syria", Speaker: "syria-gov"},       // "the Syrian army"
	{Phrase: "syrian military", Actor: "syria", Speaker: "syria-gov"},   // "the Syrian military"
	{Phrase: "syrian government", Actor: "syria", Speaker: "syria-gov"}, // "the Syrian government"
	{Phrase: "syrian regime", Actor: "syria", Speaker: "syria-gov"},     // "the Syrian regime"
	{Phrase: "syrian forces", Actor: "syria"},                           // "Syrian forces"
	{Phrase: "syrian air force", Actor: "syria"},                        // "the Syrian air force"
	{Phrase: "syrian arab air force", Actor: "syria"},                   // the Syrian air force's own name
	{Phrase: "syrian arab army", Actor: "syria", Speaker: "syria-gov"},  // "the Syrian Arab Army (SAA)"
	{Phrase: "regime forces", Actor: "syria"},                           // "regime forces shelled"
	{Phrase: "assad regime", Actor: "syria"},                            // "the helicopters of the Assad regime"
	{Phrase: "assad forces", Actor: "syria"},                            // "Assad forces shelled the town"
	{Phrase: "regime aircraft", Actor: "syria"},                         // "regime aircraft"
	{Phrase: "regime helicopters", Actor: "syria"},                      // "regime helicopters dropped barrel bombs"
	{Phrase: "regime helicopter", Actor: "syria"},                       // "a regime helicopter"
	{Phrase: "regime warplanes", Actor: "syria"},                        // "regime warplanes pounded the town"
	{Phrase: "regime jets", Actor: "syria"},                             // idem
	{Phrase: "regime's helicopters", Actor: "syria"},                    // "the criminal regime's helicopters dropped"
	{Phrase: "regime's helicopter", Actor: "syria"},                     // idem
	{Phrase: "regime's warplanes", Actor: "syria"},                      // "the regime's warplanes pounded"
	{Phrase: "regime's aircraft", Actor: "syria"},                       // idem
	{Phrase: "regime's jets", Actor: "syria"},                           // idem
	{Phrase: "regime's forces", Actor: "syria"},                         // "shelled by the regime's forces"
	{Phrase: "regime's artillery", Actor: "syria"},                      // "the regime's artillery shelled the town"
	{Phrase: "regime artillery", Actor: "syria"},                        // idem
	{Phrase: "regime's guns", Actor: "syria"},                           // "the regime's guns pounded the village"
	{Phrase: "regime guns", Actor: "syria"},                             // idem
	{Phrase: "regime positions", Actor: "syria"},                        // "the shells were fired from regime positions"
	{Phrase: "regime's positions", Actor: "syria"},                      // idem
	{Phrase: "forces of the regime", Actor: "syria"},                    // "an air attack was carried out by the forces of the regime"
	{Phrase: "sana", Speaker: "syria-gov"},                              // "SANA reported"
	{Phrase: "syrian state media", Speaker: "syria-gov"},                // "Syrian state media said"
	{Phrase: "syrian state tv", Speaker: "syria-gov"},                   // "Syrian state TV"
	{Phrase: "syrian state television", Speaker: "syria-gov"},           // idem
	{Phrase: "damascus", Speaker: "syria-gov"},                          // "Damascus said"
	{Phrase: "russia", Actor: "russia", Speaker: "russia-mod"},          // "Russia denied"
	{Phrase: "russian", Actor: "russia"},                                // "Russian jets"
	{Phrase: "russians", Actor: "russia"},                               // "the Russians bombed the market"
	{Phrase: "russian defence ministry", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russian defense ministry", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russian ministry of defence", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russian ministry of defense", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russia's defence ministry", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russia's defense ministry", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russian military", Speaker: "russia-mod", Actor: "russia"}, // "the Russian military said"
	{Phrase: "moscow", Speaker: "russia-mod"},                            // "Moscow denied"
	{Phrase: "kremlin", Speaker: "russia-mod"},                           // "the Kremlin"

	// the Russian defence ministry's centre at Hmeimim speaks for it
	{Phrase: "centre for reconciliation", Speaker: "russia-mod"}, // "the Russian Centre for Reconciliation of the Opposing Parties said"
	{Phrase: "center for reconciliation", Speaker: "russia-mod"},
	{Phrase: "reconciliation centre", Speaker: "russia-mod"}, // "the Russian reconciliation centre at Hmeimim said"
	{Phrase: "reconciliation center", Speaker: "russia-mod"},
	// the Russian command in Syria speaks from its air base: "the Hmeimim base announced"
	// (not "Hmeimim air base", the name of the place drones are launched at)
	{Phrase: "hmeimim base", Speaker: "russia-mod"},
	{Phrase: "khmeimim base", Speaker: "russia-mod"},

	// A belligerent with an actor id but no speaker id speaks as itself
	// (methodology: "Sources and independence"): "Turkey said", "Israel denied".
	{Phrase: "turkey", Actor: "turkey", Speaker: "turkey"},  // "Turkey struck", "Turkey said"
	{Phrase: "turkish", Actor: "turkey"},                    // "Turkish drones"
	{Phrase: "turks", Actor: "turkey"},                      // "the Turks hit our village"
	{Phrase: "türkiye", Actor: "turkey", Speaker: "turkey"}, // "Türkiye's defence ministry"
	{Phrase: "turkiye", Actor: "turkey", Speaker: "turkey"},
	{Phrase: "ankara", Actor: "turkey", Speaker: "turkey"},                // "Ankara said"
	{Phrase: "turkish armed forces", Actor: "turkey", Speaker: "turkey"},  // "the Turkish Armed Forces (TSK)"
	{Phrase: "turkish general staff", Actor: "turkey", Speaker: "turkey"}, // "the Turkish General Staff said"
	{Phrase: "turkish officials", Speaker: "turkey"},                      // "Turkish officials said"
	{Phrase: "turkish official", Speaker: "turkey"},
	{Phrase: "iran", Actor: "iran", Speaker: "iran"},                 // "Iran denied"
	{Phrase: "tehran", Speaker: "iran"},                              // "Tehran said"
	{Phrase: "revolutionary guards", Actor: "iran", Speaker: "iran"}, // "Iran's Revolutionary Guards said"
	{Phrase: "revolutionary guard", Actor: "iran", Speaker: "iran"},  // "the Iranian Revolutionary Guard"
	{Phrase: "islamic revolutionary guard corps", Actor: "iran", Speaker: "iran"},
	{Phrase: "islamic revolution guards corps", Actor: "iran", Speaker: "iran"}, // the Guards' own English, and the translation Iranian outlets use
	{Phrase: "revolution guards corps", Actor: "iran", Speaker: "iran"},
	{Phrase: "revolution guards", Actor: "iran", Speaker: "iran"},
	{Phrase: "iranian military", Actor: "iran", Speaker: "iran"}, // "the Iranian military said"
	{Phrase: "iranian officials", Speaker: "iran"},               // "Iranian officials said"
	{Phrase: "iranian", Actor: "iran"},                           // "Iranian drones"
	{Phrase: "iranians", Actor: "iran"},                          // "the Iranians fired the missiles"
	{Phrase: "irgc", Actor: "iran", Speaker: "iran"},             // "the IRGC"
	{Phrase: "israel", Actor: "israel", Speaker: "israel"},       // "Israel struck", "Israel said"
	{Phrase: "israeli officials", Speaker: "israel"},             // "Israeli officials said"
	{Phrase: "israeli official", Speaker: "israel"},
	{Phrase: "israeli", Actor: "israel"},                // "Israeli jets"
	{Phrase: "israelis", Actor: "israel"},               // "the Israelis killed my brother"
	{Phrase: "idf", Actor: "israel", Speaker: "israel"}, // "the IDF"
	{Phrase: "israel defense forces", Actor: "israel", Speaker: "israel"},
	{Phrase: "israel defence forces", Actor: "israel", Speaker: "israel"},
	{Phrase: "israeli army", Actor: "israel", Speaker: "israel"},

	// Islamic State.
	{Phrase: "isis", Actor: "isis", Speaker: "isis-amaq"},                // "ISIS fighters", "ISIS claimed"
	{Phrase: "isil", Actor: "isis", Speaker: "isis-amaq"},                // "ISIL"
	{Phrase: "i.s.", Actor: "isis"},                                      // "IS militants" (upper case only)
	{Phrase: "daesh", Actor: "isis", Speaker: "isis-amaq"},               // "Daesh"
	{Phrase: "islamic state", Actor: "isis", Speaker: "isis-amaq"},       // "Islamic State claimed responsibility"
	{Phrase: "islamic state group", Actor: "isis", Speaker: "isis-amaq"}, // "the Islamic State group said"
	// the group's full names: the country inside them names no other side
	{Phrase: "islamic state of iraq and the levant", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state of iraq and the sham", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state of iraq and syria", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state in iraq and the levant", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state in iraq and syria", Actor: "isis", Speaker: "isis-amaq"},
	// the Afghan branch ("the ISIS-K attack at the airport", "Islamic
	// State-Khorasan claimed it") is the same side
	{Phrase: "isis-k", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "isis - k", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "iskp", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state-khorasan", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state - khorasan", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "islamic state khorasan", Actor: "isis", Speaker: "isis-amaq"},
	{Phrase: "isis militants", Actor: "isis"},                        // "ISIS militants"
	{Phrase: "isis fighters", Actor: "isis"},                         // "ISIS fighters"
	{Phrase: "islamic state militants", Actor: "isis"},               // "Islamic State militants"
	{Phrase: "islamic state fighters", Actor: "isis"},                // "Islamic State fighters"
	{Phrase: "jihadists", Actor: "isis"},                             // "the jihadists attacked"
	{Phrase: "daesh remnants", Actor: "isis"},                        // Iraqi statements: "when Daesh remnants attacked"
	{Phrase: "daesh terrorist remnants", Actor: "isis"},              // "when Daesh terrorist remnants attacked a post"
	{Phrase: "isis remnants", Actor: "isis"},                         // "ISIS remnants attacked"
	{Phrase: "militants", Actor: "isis", NamedOnly: true},            // "militants ... killing many civilians" (in a report naming the group)
	{Phrase: "terrorist gangs", Actor: "isis", Speaker: "isis-amaq"}, // Iraqi statements: "the platforms of the terrorist gangs have circulated claims"
	{Phrase: "amaq", Speaker: "isis-amaq"},                           // "Amaq news agency"
	{Phrase: "aamaq", Speaker: "isis-amaq"},                          // another transliteration
	{Phrase: "sdf", Actor: "sdf", Speaker: "sdf"},                    // "the SDF"
	// the YPG is the SDF's core: its spokesmen speak for the SDF (no actor
	// row: "YPG positions" are what Turkey says it struck, not who struck;
	// nor the bare acronym as a modifier: "YPG-controlled media" are local
	// voices)
	{Phrase: "people's protection units", Speaker: "sdf"},
	// the bare acronym only as the subject of a speech verb: "the YPG
	// rejected the accusation" (not "YPG-controlled media claimed")
	{Phrase: "ypg", Speaker: "sdf", Subject: true},
	// but the acronym before one of its own bodies or voices is the force
	// speaking: "the YPG general command said", "a YPG spokesman said"
	{Phrase: "ypg general command", Speaker: "sdf"},
	{Phrase: "ypg command", Speaker: "sdf"},
	{Phrase: "ypg spokesman", Speaker: "sdf"},
	{Phrase: "ypg spokeswoman", Speaker: "sdf"},
	{Phrase: "ypg spokesperson", Speaker: "sdf"},
	{Phrase: "ypg press office", Speaker: "sdf"},
	{Phrase: "ypg media centre", Speaker: "sdf"},
	{Phrase: "ypg media center", Speaker: "sdf"},
	{Phrase: "syrian democratic forces", Actor: "sdf", Speaker: "sdf"},

	// Monitors named by what they do: "a local monitoring network put the toll at".
	{Phrase: "monitoring network", Speaker: "ngo"},
	{Phrase: "monitoring organisation", Speaker: "ngo"},
	{Phrase: "monitoring organization", Speaker: "ngo"},

	// Monitors and others.
	{Phrase: "monitor", Speaker: "ngo"},                                          // "a war monitor said"
	{Phrase: "war monitor", Speaker: "ngo"},                                      // "a war monitor said"
	{Phrase: "rights monitor", Speaker: "ngo"},                                   // "a rights monitor"
	{Phrase: "monitoring group", Speaker: "ngo"},                                 // "the monitoring group"
	{Phrase: "rights group", Speaker: "ngo"},                                     // "the rights group said"
	{Phrase: "aid group", Speaker: "ngo"},                                        // "an aid group working in the camp said"
	{Phrase: "aid agency", Speaker: "ngo"},                                       // "a Norwegian aid agency said"
	{Phrase: "syrian arab news", Speaker: "syria-gov"},                           // "Syrian Arab News Agency"
	{Phrase: "russian aerospace forces", Actor: "russia", Speaker: "russia-mod"}, // "aircraft of the Russian Aerospace Forces"
	{Phrase: "russian air force", Actor: "russia"},                               // "the Russian air force"
	{Phrase: "russian jets", Actor: "russia"},                                    // "Russian jets"
	{Phrase: "russian warplanes", Actor: "russia"},                               // "Russian warplanes"
	{Phrase: "russian aircraft", Actor: "russia"},                                // "Russian aircraft"
	{Phrase: "russian aviation", Actor: "russia"},                                // "Russian aviation was not used in the area"
	{Phrase: "ministry of defence of the russian federation", Speaker: "russia-mod", Actor: "russia"},
	{Phrase: "russian federation", Actor: "russia", Speaker: "russia-mod"}, // "the Russian Federation"
	{Phrase: "syrian arab republic", Actor: "syria", Speaker: "syria-gov"}, // the state's formal name: "the Syrian Arab Republic is responsible"
	{Phrase: "africa command", Speaker: "us-dod", Actor: "us"},             // "U.S. Africa Command"
	{Phrase: "u.s. africa command", Speaker: "us-dod", Actor: "us"},        // idem
	{Phrase: "israeli drones", Actor: "israel"},
	{Phrase: "israeli air force", Actor: "israel"},                    // "fighters of the Israeli Air Force"
	{Phrase: "israeli jets", Actor: "israel"},                         // "Israeli jets"
	{Phrase: "israeli warplanes", Actor: "israel"},                    // "Israeli warplanes"                           // "Israeli drones"
	{Phrase: "israeli military", Actor: "israel", Speaker: "israel"},  // "Israel's military"
	{Phrase: "israel's military", Actor: "israel", Speaker: "israel"}, // idem
	{Phrase: "turkish military", Actor: "turkey", Speaker: "turkey"},  // "the Turkish military"
	{Phrase: "turkish army", Actor: "turkey", Speaker: "turkey"},      // "the Turkish army"
	{Phrase: "turkish drone", Actor: "turkey"},                        // "a Turkish drone"
	{Phrase: "turkish drones", Actor: "turkey"},                       // "Turkish drones"
	{Phrase: "turkish intelligence", Actor: "turkey"},                 // "Turkish intelligence neutralised two militants" (its drones strike too)
	{Phrase: "turkish side", Actor: "turkey"},                         // Iraqi statements: "the Turkish side carried out an air attack"
	{Phrase: "iranian side", Actor: "iran"},                           // idem
	{Phrase: "american side", Actor: "us"},                            // idem
	{Phrase: "airwars", Speaker: "airwars"},                           // "Airwars said"
	{Phrase: "commission for human rights", Speaker: "ngo"},           // "the High Commission for Human Rights said"
	{Phrase: "human rights watch", Speaker: "ngo"},                    // "Human Rights Watch said"
	{Phrase: "amnesty international", Speaker: "ngo"},                 // "Amnesty International"
	{Phrase: "amnesty", Speaker: "ngo"},                               // "Amnesty"
	{Phrase: "syrian observatory for human rights", Speaker: "ngo"},   // "the Syrian Observatory for Human Rights"
	{Phrase: "sohr", Speaker: "ngo"},                                  // "the SOHR said"
	{Phrase: "observatory", Speaker: "ngo"},                           // "the Observatory said"
	{Phrase: "msf", Speaker: "ngo"},                                   // "MSF"
	{Phrase: "doctors without borders", Speaker: "ngo"},               // "Doctors Without Borders"
	{Phrase: "red cross", Speaker: "ngo"},                             // "the Red Cross"
	{Phrase: "red crescent", Speaker: "local-sources"},                // "the Kurdish Red Crescent said": a national society's medics and rescuers
	{Phrase: "white helmets", Speaker: "ngo"},                         // "the White Helmets"
	{Phrase: "united nations", Speaker: "un"},                         // "the United Nations"
	{Phrase: "u.n.", Speaker: "un"},                                   // "the UN"
	{Phrase: "unicef", Speaker: "un"},                                 // "UNICEF"
	{Phrase: "unami", Speaker: "un"},                                  // "UNAMI"
	{Phrase: "ocha", Speaker: "un"},                                   // "OCHA"
	{Phrase: "residents", Speaker: "local-sources"},                   // "residents said"
	{Phrase: "a resident", Speaker: "local-sources"},                  // "a resident said"
	{Phrase: "activists", Speaker: "local-sources"},                   // "activists said"
	{Phrase: "activist", Speaker: "local-sources"},                    // "a local activist network said"
	{Phrase: "eyewitnesses", Speaker: "local-sources"},                // "eyewitnesses said"
	{Phrase: "witnesses", Speaker: "local-sources"},                   // "witnesses said"
	{Phrase: "observers ' network", Speaker: "local-sources"},         // volunteers who watch the sky: "the observers' network said"
	{Phrase: "observers network", Speaker: "local-sources"},           // idem
	{Phrase: "observer network", Speaker: "local-sources"},            // idem
	{Phrase: "spotters", Speaker: "local-sources"},                    // "spotters reported two jets"
	// volunteers who follow aircraft by radio and sight name their
	// network after the flights, not the observers
	{Phrase: "flight observers", Speaker: "local-sources"},           // "flight observers in the province said"
	{Phrase: "flight observer", Speaker: "local-sources"},            // "a flight observer told"
	{Phrase: "flight monitors", Speaker: "local-sources"},            // "flight monitors reported two jets"
	{Phrase: "flight monitoring network", Speaker: "local-sources"},  // "a flight monitoring network said"
	{Phrase: "flight monitoring networks", Speaker: "local-sources"}, // "flight monitoring networks attributed the raid to"
	{Phrase: "radio observers", Speaker: "local-sources"},            // "radio observers reported two jets"
	{Phrase: "aircraft observers", Speaker: "local-sources"},         // "aircraft observers had tracked a Su-24"
	{Phrase: "aircraft spotters", Speaker: "local-sources"},          // "aircraft spotters said"
	{Phrase: "plane spotters", Speaker: "local-sources"},             // idem
	{Phrase: "local sources", Speaker: "local-sources"},              // "local sources said"
	{Phrase: "local source", Speaker: "local-sources"},               // "a local source told our agency"
	{Phrase: "local official", Speaker: "local-sources"},             // "a local official said"
	{Phrase: "medical source", Speaker: "local-sources"},             // "a medical source"
	{Phrase: "medical sources", Speaker: "local-sources"},            // "medical sources at the hospital said"
	{Phrase: "hospital sources", Speaker: "local-sources"},           // "hospital sources"
	{Phrase: "hospital source", Speaker: "local-sources"},            // "a hospital source"
	{Phrase: "eyewitness", Speaker: "local-sources"},                 // "an eyewitness said"
	{Phrase: "witness", Speaker: "local-sources"},                    // "a witness said"
	{Phrase: "relatives", Speaker: "local-sources"},                  // "relatives said"
	{Phrase: "villagers", Speaker: "local-sources"},                  // "villagers said"
	{Phrase: "locals", Speaker: "local-sources"},                     // "locals say the men were civilians"
	{Phrase: "villager", Speaker: "local-sources"},                   // "one villager said"
	{Phrase: "doctor", Speaker: "local-sources"},                     // "a doctor at the town's hospital said"
	{Phrase: "doctors", Speaker: "local-sources"},                    // "doctors said"
	{Phrase: "hospital staff", Speaker: "local-sources"},             // "hospital staff said"
	{Phrase: "medical staff", Speaker: "local-sources"},              // "medical staff told us"
	{Phrase: "the staff", Speaker: "local-sources"},                  // (of the clinic just named) "the staff said the shells came from"
	{Phrase: "council member", Speaker: "local-sources"},             // "a local council member"
	{Phrase: "local council", Speaker: "local-sources"},              // "the local council said"
	{Phrase: "provincial council", Speaker: "local-sources"},         // "a member of the Anbar provincial council"
	{Phrase: "mayor", Speaker: "local-sources"},                      // "the town's mayor told"
	{Phrase: "tribal leader", Speaker: "local-sources"},              // "a tribal leader said"
	{Phrase: "tribal elder", Speaker: "local-sources"},               // "a tribal elder"
	{Phrase: "tribal source", Speaker: "local-sources"},              // "a tribal source"
	{Phrase: "tribal figure", Speaker: "local-sources"},              // "a tribal figure from the village told"
	{Phrase: "facebook page", Speaker: "local-sources"},              // "the Facebook page Qayyarah Now reported"
	{Phrase: "facebook pages", Speaker: "local-sources"},             // "local Facebook pages published the names"
	{Phrase: "local media", Speaker: "journalist"},                   // "local media reported"
	{Phrase: "local news outlets", Speaker: "journalist"},            // "local news outlets reported"
	{Phrase: "local outlets", Speaker: "journalist"},                 // "local outlets said"
	{Phrase: "media outlets", Speaker: "journalist"},                 // "a number of Western media outlets, citing ..."
	{Phrase: "press reports", Speaker: "journalist"},                 // "press reports said"
	{Phrase: "news reports", Speaker: "journalist"},                  // "news reports said"
	{Phrase: "news site", Speaker: "journalist"},                     // "a Kirkuk news site reported": the press, passed on
	{Phrase: "news sites", Speaker: "journalist"},
	{Phrase: "news website", Speaker: "journalist"}, // "a local news website reported"
	{Phrase: "news websites", Speaker: "journalist"},
	{Phrase: "newspaper", Speaker: "journalist"}, // "a Kurdish newspaper reported"
	{Phrase: "newspapers", Speaker: "journalist"},
	{Phrase: "security source", Relative: "sources"},          // "a security source said"
	{Phrase: "military source", Relative: "sources"},          // "a military source"
	{Phrase: "source", Generic: true},                         // "the same source said"
	{Phrase: "iraqi army officer", Speaker: "iraqi-sources"},  // "An Iraqi army officer in Anbar"
	{Phrase: "iraqi army officers", Speaker: "iraqi-sources"}, // "Iraqi army officers"
	{Phrase: "iraqi army source", Speaker: "iraqi-sources"},   // "an Iraqi army source"
	{Phrase: "iraqi military source", Speaker: "iraqi-sources"},
	{Phrase: "iraqi security source", Speaker: "iraqi-sources"},
	{Phrase: "state news agency", Relative: "state-tv"},    // "Syria's state news agency"
	{Phrase: "state agency", Relative: "state-tv"},         // "the state agency said at the time": its short form
	{Phrase: "official news agency", Relative: "state-tv"}, // "Syria's official news agency said"
	// the opposition press's name for Syrian state media, as its "regime
	// forces" are Syria's (see the actor rows)
	{Phrase: "regime's news agency", Speaker: "syria-gov"}, // "the regime's news agency claimed"
	{Phrase: "regime news agency", Speaker: "syria-gov"},
	{Phrase: "regime's media", Speaker: "syria-gov"},
	{Phrase: "the report", Generic: true},                // "The report also confirmed"
	{Phrase: "the agency", Generic: true},                // "The agency said"
	{Phrase: "tribal sources", Speaker: "local-sources"}, // "local tribal sources said"
	// The Kurdistan Region's government has no actor id: it speaks as a
	// local authority, as provincial and state bodies without one do; so do
	// the region's own bodies ("the Kurdistan Region's interior ministry")
	// and the Kurdish internal security forces (Asayish), in Iraq as in
	// Syria: they are not the Iraqi military.
	{Phrase: "kurdish officials", Speaker: "local-sources"}, {Phrase: "kurdish official", Speaker: "local-sources"},
	{Phrase: "kurdistan regional government", Speaker: "local-sources"}, // "the Kurdistan Regional Government said"
	{Phrase: "krg", Speaker: "local-sources"},                           // "the KRG said in a statement"
	{Phrase: "kurdistan region security council", Speaker: "local-sources"},
	{Phrase: "kurdistan region", Speaker: "local-sources"}, {Phrase: "asayish", Speaker: "local-sources"},
	{Phrase: "krsc", Speaker: "local-sources"},           // "the KRSC said"
	{Phrase: "unidentified aircraft", Actor: "unknown"},  // "an unidentified aircraft bombed"
	{Phrase: "unidentified warplanes", Actor: "unknown"}, // "unidentified warplanes"
	{Phrase: "unidentified jets", Actor: "unknown"},      // "unidentified jets"
	{Phrase: "unidentified drone", Actor: "unknown"},     // "an unidentified drone"
	{Phrase: "unidentified drones", Actor: "unknown"},    // "unidentified drones"
	{Phrase: "unknown aircraft", Actor: "unknown"},       // "unknown aircraft"
	{Phrase: "unknown drones", Actor: "unknown"},         // "unknown drones"
	{Phrase: "unidentified gunmen", Actor: "unknown"},    // "unidentified gunmen"
	{Phrase: "outlaw group", Actor: "unknown"},           // an Iraqi command's unnamed attackers: "an outlaw group fired eight rockets"
	{Phrase: "outlaw groups", Actor: "unknown"},          // idem
	{Phrase: "unidentified group", Actor: "unknown"},     // "an unidentified group launched the rockets"
	{Phrase: "unknown group", Actor: "unknown"},          // idem
	{Phrase: "of unknown origin", Actor: "unknown"},      // "a drone of unknown origin targeted"
	{Phrase: "of unidentified origin", Actor: "unknown"}, // idem
	{Phrase: "of unknown nationality", Actor: "unknown"}, // "jets of unknown nationality"
	{Phrase: "of unidentified nationality", Actor: "unknown"},
	{Phrase: "unknown drone", Actor: "unknown"},            // "an unknown drone"
	{Phrase: "unknown warplanes", Actor: "unknown"},        // "unknown warplanes"
	{Phrase: "unknown jets", Actor: "unknown"},             // "unknown jets"
	{Phrase: "unidentified warplane", Actor: "unknown"},    // "an unidentified warplane"
	{Phrase: "unidentified planes", Actor: "unknown"},      // "unidentified planes"
	{Phrase: "unidentified helicopters", Actor: "unknown"}, // "unidentified helicopters"
	{Phrase: "crusader aircraft", Actor: "coalition"},      // ISIS's name for coalition aircraft (Amaq)
	{Phrase: "crusader warplanes", Actor: "coalition"},     // idem
	{Phrase: "crusader coalition", Actor: "coalition"},     // idem
	// a nation named before ISIS's epithet is the striker, not the coalition
	{Phrase: "french crusader aircraft", Actor: "france"},    // "\"French crusader aircraft\" had bombed"
	{Phrase: "french crusader warplanes", Actor: "france"},   // idem
	{Phrase: "american crusader aircraft", Actor: "us"},      // idem
	{Phrase: "american crusader warplanes", Actor: "us"},     // idem
	{Phrase: "british crusader aircraft", Actor: "uk"},       // idem
	{Phrase: "british crusader warplanes", Actor: "uk"},      // idem
	{Phrase: "russian crusader aircraft", Actor: "russia"},   // idem
	{Phrase: "russian crusader warplanes", Actor: "russia"},  // idem
	{Phrase: "daesh terrorists", Actor: "isis"},              // "Daesh terrorists had rigged the building"
	{Phrase: "soldiers of the caliphate", Actor: "isis"},     // the group's own word for its fighters: "its \"soldiers of the caliphate\" stormed"
	{Phrase: "isis snipers", Actor: "isis"},                  // "ISIS snipers"
	{Phrase: "an earlier version of this", Generic: true},    // a correction: the outlet's own earlier words
	{Phrase: "our reporter", Generic: true},                  // the outlet's own reporter: the narrator
	{Phrase: "our correspondent", Generic: true},             // idem
	{Phrase: "the reporter", Generic: true},                  // "the news service's reporter said"
	{Phrase: "reporter", Generic: true},                      // idem
	{Phrase: "correspondent", Generic: true},                 // idem
	{Phrase: "regime's television", Speaker: "syria-gov"},    // "The regime's television had announced"
	{Phrase: "regime television", Speaker: "syria-gov"},      // idem
	{Phrase: "regime media", Speaker: "syria-gov"},           // "regime media said"
	{Phrase: "regime tv", Speaker: "syria-gov"},              // "Regime TV now blaming ..."
	{Phrase: "local officials", Speaker: "local-sources"},    // "local officials"
	{Phrase: "local authorities", Speaker: "local-sources"},  // "Local authorities attributed the strike to Turkish forces"
	{Phrase: "health authorities", Speaker: "local-sources"}, // "according to local health authorities"
	{Phrase: "health ministry", Speaker: "local-sources"},    // "the health ministry said 11 were killed": it counts the dead, it does not fight
	{Phrase: "ministry of health", Speaker: "local-sources"},
	{Phrase: "health minister", Speaker: "local-sources"},    // "the region's health minister told": the ministry's head, who counts the same dead
	{Phrase: "minister of health", Speaker: "local-sources"}, // idem
	{Phrase: "governor", Relative: "governor"},               // "The Governor of Hasaka condemned the crime": a state official in Syria, a local one in Iraq
	{Phrase: "hospital officials", Speaker: "local-sources"}, // "hospital officials"
	{Phrase: "hospital official", Speaker: "local-sources"},  // "a hospital official said"
	{Phrase: "health official", Speaker: "local-sources"},    // "a health official in the province said": health bodies count the dead
	{Phrase: "health officials", Speaker: "local-sources"},
	{Phrase: "district official", Speaker: "local-sources"}, // "a district official said"
	// a district's appointed administrator (South Asia, East Africa) is a
	// local authority: "according to the deputy commissioner of the district"
	{Phrase: "deputy commissioner", Speaker: "local-sources"}, {Phrase: "district commissioner", Speaker: "local-sources"},
	{Phrase: "local administration", Speaker: "local-sources"}, // "a local administration official said"
	{Phrase: "district officials", Speaker: "local-sources"},
	{Phrase: "municipal council", Speaker: "local-sources"},            // "the town's municipal council said"
	{Phrase: "municipality", Speaker: "local-sources"},                 // "the municipality said"
	{Phrase: "military administration", Speaker: "local-sources"},      // "the head of the regional military administration said": a local authority
	{Phrase: "kurdish - led administration", Speaker: "local-sources"}, // north-east Syria's own administration
	{Phrase: "kurdish - led forces", Actor: "sdf"},                     // "the Kurdish-led forces Ankara considers its enemy"
	{Phrase: "autonomous administration", Speaker: "local-sources"},
	{Phrase: "civil defence", Speaker: "local-sources"}, // "the Civil Defence said": rescuers who count the dead
	{Phrase: "civil defense", Speaker: "local-sources"},
	{Phrase: "tribal leaders", Speaker: "local-sources"}, // "tribal leaders"
	// Movements with no actor id and their media speak for the side that was
	// struck: local voices ("Houthi-run media reported", "al-Masirah said").
	{Phrase: "houthi", Speaker: "local-sources"}, {Phrase: "houthis", Speaker: "local-sources"},
	{Phrase: "ansar allah", Speaker: "local-sources"},
	{Phrase: "hezbollah", Speaker: "local-sources"},
	{Phrase: "al - shabaab", Speaker: "local-sources"}, {Phrase: "shabaab", Speaker: "local-sources"},
	{Phrase: "al - masirah", Speaker: "local-sources"}, {Phrase: "masirah", Speaker: "local-sources"},
	{Phrase: "saba news agency", Speaker: "local-sources"}, {Phrase: "saba", Speaker: "local-sources"},
	{Phrase: "al - manar", Speaker: "local-sources"},
	{Phrase: "radio andalus", Speaker: "local-sources"},
	// aid groups are NGOs: "the humanitarian organisation that ran the clinic said"
	{Phrase: "humanitarian organisation", Speaker: "ngo"}, {Phrase: "humanitarian organization", Speaker: "ngo"},
	// Rescue services count and name the dead as monitors do.
	{Phrase: "civil response", Speaker: "ngo"}, // "Idlib Civil Response says"
	{Phrase: "rescue group", Speaker: "ngo"}, {Phrase: "rescue service", Speaker: "ngo"},
	{Phrase: "rescue organisation", Speaker: "ngo"}, {Phrase: "rescue organization", Speaker: "ngo"},
	{Phrase: "ministry of information", Relative: "gov"}, // "the Ministry of Information said"
	{Phrase: "information ministry", Relative: "gov"},
	// A state's authorities speak as its state voice: "the Malian
	// authorities stated" (a state with no actor id: a local voice), "the
	// Syrian authorities said" (syria-gov), "French authorities" (france).
	// Bare "authorities" name no state ("according to the regional
	// authorities"): a local voice only where that state has none.
	{Phrase: "authorities", Relative: "gov", Owned: true, LocalBare: true},
	// A state's government likewise, only with the state named: "the
	// government of Syria", "Syria's government", "the Lebanese
	// government" (not "media close to the government").
	// (a relative of its own: Iraq's government speaks through the
	// commander-in-chief's office, not its ministries)
	{Phrase: "government", Relative: "government", Owned: true},
	{Phrase: "local government", Speaker: "local-sources"}, // "two local government officials, who said"
	{Phrase: "regional government", Speaker: "local-sources"}, {Phrase: "provincial government", Speaker: "local-sources"},
	{Phrase: "local government officials", Speaker: "local-sources"}, {Phrase: "local government official", Speaker: "local-sources"},
	// a state's envoy speaks for it: "the representative of the Russian
	// Federation told the Council"
	{Phrase: "the representative", Generic: true}, {Phrase: "a representative", Generic: true},
	{Phrase: "regional authorities", Speaker: "local-sources"}, {Phrase: "provincial authorities", Speaker: "local-sources"},
	{Phrase: "city authorities", Speaker: "local-sources"}, {Phrase: "municipal authorities", Speaker: "local-sources"},
	{Phrase: "my sources", Speaker: "journalist"},          // a blogger's "my sources say"
	{Phrase: "some media", Speaker: "journalist"},          // "as reported in some media"
	{Phrase: "media reports", Speaker: "journalist"},       // "media reports said"
	{Phrase: "some media reported", Speaker: "journalist"}, // "as some media reported"
	{Phrase: "channels close to", Speaker: "journalist"},   // "channels close to the factions accused": media passed on unnamed

	// Plural speakers: "the strike killed nine, monitors said".
	{Phrase: "monitors", Speaker: "ngo"}, {Phrase: "war monitors", Speaker: "ngo"},
	{Phrase: "rights groups", Speaker: "ngo"}, {Phrase: "monitoring groups", Speaker: "ngo"},
	{Phrase: "medics", Speaker: "local-sources"}, {Phrase: "paramedics", Speaker: "local-sources"},
	{Phrase: "aid workers", Speaker: "local-sources"}, {Phrase: "civil defence workers", Speaker: "local-sources"},
	{Phrase: "civil defense workers", Speaker: "local-sources"},

	// Relative to the document's main country.
	{Phrase: "state tv", Relative: "state-tv"},                // "Iraqi state TV said", "The state TV did not name"
	{Phrase: "state television", Relative: "state-tv"},        // "state television reported"
	{Phrase: "state media", Relative: "state-tv"},             // "state media said"
	{Phrase: "state broadcaster", Relative: "state-tv"},       // "according to the state broadcaster"
	{Phrase: "public broadcaster", Relative: "state-tv"},      // "the public broadcaster reported"
	{Phrase: "state - run television", Relative: "state-tv"},  // "state-run television showed"
	{Phrase: "state - run tv", Relative: "state-tv"},          // "state-run TV said"
	{Phrase: "state - run media", Relative: "state-tv"},       // "state-run media reported"
	{Phrase: "state - run news agency", Relative: "state-tv"}, // "the state-run news agency said"
	{Phrase: "official media", Relative: "state-tv"},          // "official media carried the statement"
	// (with the article: "the official" is a generic row that would take the first word)
	{Phrase: "the official news agency", Relative: "state-tv"}, // "the official news agency claimed that"
	{Phrase: "the official media", Relative: "state-tv"},

	// "Lebanon's state-run National News Agency said": a state agency by
	// name, of a state with no actor id (a local voice, as its state is),
	// whatever country the report is mostly about
	{Phrase: "state - run national news agency", Speaker: "local-sources"},

	{Phrase: "ministry of defense", Relative: "mod"},          // "the Ministry of Defense announced"
	{Phrase: "ministry of defence", Relative: "mod"},          // idem
	{Phrase: "defence ministry", Relative: "mod"},             // "the defence ministry"
	{Phrase: "defense ministry", Relative: "mod"},             // idem
	{Phrase: "ministry of national defence", Relative: "mod"}, // "the Turkish Ministry of National Defence"
	{Phrase: "ministry of national defense", Relative: "mod"},
	{Phrase: "minister of defence", Relative: "mod"}, // "THE MINISTER OF DEFENCE:": the ministry's head speaks for it
	{Phrase: "minister of defense", Relative: "mod"},
	{Phrase: "defence minister", Relative: "mod"}, // "the defence minister told parliament"
	{Phrase: "defense minister", Relative: "mod"},
	{Phrase: "army sources", Relative: "sources"},           // "army sources said"
	{Phrase: "security sources", Relative: "sources"},       // "security sources said"
	{Phrase: "military sources", Relative: "sources"},       // "military sources"
	{Phrase: "army officers", Relative: "sources"},          // "army officers"
	{Phrase: "army officer", Relative: "sources"},           // "an army officer said"
	{Phrase: "military officer", Relative: "sources"},       // "a military officer told AFP"
	{Phrase: "military officers", Relative: "sources"},      // idem
	{Phrase: "security officer", Relative: "sources"},       // "a security officer said"
	{Phrase: "security officers", Relative: "sources"},      // idem
	{Phrase: "officers", Relative: "sources"},               // "two officers told Reuters" (longer phrases win)
	{Phrase: "officer", Relative: "sources"},                // "an Iraqi border guard officer said"
	{Phrase: "military official", Relative: "sources"},      // "a military official said"
	{Phrase: "military officials", Relative: "sources"},     // idem
	{Phrase: "security official", Relative: "sources"},      // "a security official said"
	{Phrase: "security officials", Relative: "sources"},     // idem
	{Phrase: "military spokesman", Relative: "military"},    // "a military spokesman"
	{Phrase: "resistance factions", Relative: "resistance"}, // "a channel close to one of the resistance factions": in Iraq, the PMF's armed factions
	{Phrase: "resistance faction", Relative: "resistance"},
	{Phrase: "military spokesperson", Relative: "military"}, // "a military spokesperson"
	{Phrase: "an officer", Relative: "sources"},             // "an officer in the provincial police command said"
	{Phrase: "the officer", Relative: "sources"},            // "“...,” the officer, a major, told the agency"
	{Phrase: "police officer", Relative: "sources"},         // "a police officer said"
	{Phrase: "police source", Relative: "sources"},          // "a police source told us"
	{Phrase: "police sources", Relative: "sources"},         // "police sources said"
	{Phrase: "police official", Relative: "sources"},        // "a police official said"
	{Phrase: "police", Relative: "sources"},                 // "police said no air strike took place" (longer phrases win)
	{Phrase: "armed forces", Relative: "military"},          // "the spokesman for the commander-in-chief of the armed forces said"
	{Phrase: "operations command", Relative: "military"},    // "Anbar Operations Command said"
	{Phrase: "general command", Relative: "military"},       // "the General Command of the Army and Armed Forces announced"
	{Phrase: "hospital director", Speaker: "local-sources"}, // "the hospital director said four nurses died"
	{Phrase: "rescuer", Speaker: "local-sources"},           // "a rescuer told the agency by phone"
	{Phrase: "rescuers", Speaker: "local-sources"},          // "rescuers said the family was asleep"
	{Phrase: "rescue workers", Speaker: "local-sources"},    // "rescue workers pulled out six bodies, they said"
	{Phrase: "elders", Speaker: "local-sources"},            // "elders of the clan said the dead were shepherds"
	{Phrase: "tribal sheikh", Speaker: "local-sources"},     // "a tribal sheikh told our correspondent"
	{Phrase: "a doctor", Speaker: "local-sources"},          // "a doctor at the clinic told us"

	// local bodies and posts that count the dead, and state voices by post
	{Phrase: "health directorate", Speaker: "local-sources"},      // "according to the provincial health directorate"
	{Phrase: "health department", Speaker: "local-sources"},       // idem
	{Phrase: "health board", Speaker: "local-sources"},            // "the health board of the regional administration said three were wounded"
	{Phrase: "health commission", Speaker: "local-sources"},       // idem
	{Phrase: "health committee", Speaker: "local-sources"},        // idem
	{Phrase: "regional administration", Speaker: "local-sources"}, // "the regional administration said three people were killed"
	{Phrase: "regional head", Speaker: "local-sources"},           // "the regional head said a terminal was hit"
	{Phrase: "defence official", Relative: "sources"},             // "a U.S. defence official confirmed": the demonym or the report's country
	{Phrase: "defence officials", Relative: "sources"},
	{Phrase: "defense official", Speaker: "us-official"}, // the American spelling and term: "defense officials said" on a Pentagon call
	{Phrase: "defense officials", Speaker: "us-official"},
	// "the US Department of Defense said": the department, not "U.S." officials
	{Phrase: "u.s. department of defense", Speaker: "us-dod", Actor: "us"},
	{Phrase: "commander - in - chief", Relative: "military"},     // "the spokesman for the commander-in-chief of the armed forces said"
	{Phrase: "the commander - in - chief", Relative: "military"}, // (longer than "the commander")
	{Phrase: "commander in chief", Relative: "military"},         // "spokesman for the commander in chief of Iraq's armed forces"
	{Phrase: "general staff", Relative: "military"},              // "the French General Staff said"
	{Phrase: "defence staff", Relative: "military"},              // "the Chief of the Defence Staff said"
	{Phrase: "ministry of the armed forces", Relative: "mod"},    // a defence ministry by its other name: "the Ministry of the Armed Forces said"
	{Phrase: "ministry of armed forces", Relative: "mod"},
	{Phrase: "minister of the armed forces", Relative: "mod"}, // "the Minister of the Armed Forces told reporters"
	{Phrase: "armed forces minister", Relative: "mod"},
	{Phrase: "the commander in chief", Relative: "military"},

	// health offices and activists' committees count and name the dead:
	// "the health office in the governorate said", "the Local Coordination
	// Committee published the names"
	{Phrase: "health office", Speaker: "local-sources"}, {Phrase: "coordination committee", Speaker: "local-sources"},
	{Phrase: "coordination committees", Speaker: "local-sources"},

	// the victims' families, survivors and neighbours
	{Phrase: "resident", Speaker: "local-sources"}, // "another resident said"
	{Phrase: "relative", Speaker: "local-sources"}, // "a relative of the driver said"
	{Phrase: "survivor", Speaker: "local-sources"}, // "one survivor told the agency"
	{Phrase: "employee", Speaker: "local-sources"}, // "said a depot employee who saw the blast"
	// a member of parliament for the area speaks as a local voice, not for
	// the government: "a lawmaker from Mosul told the agency that"
	{Phrase: "lawmaker", Speaker: "local-sources"}, // (not "lawmakers from parties close to Iran": a bloc, not a local voice)
	{Phrase: "legislator", Speaker: "local-sources"}, {Phrase: "member of parliament", Speaker: "local-sources"},
	{Phrase: "employees", Speaker: "local-sources"}, // "employees of the mill said"
	{Phrase: "survivors", Speaker: "local-sources"}, // "survivors said the jets came twice"
	{Phrase: "neighbours", Speaker: "local-sources"}, {Phrase: "neighbors", Speaker: "local-sources"},
	{Phrase: "neighbour", Speaker: "local-sources"}, {Phrase: "neighbor", Speaker: "local-sources"},
	{Phrase: "brother", Speaker: "local-sources"}, {Phrase: "brothers", Speaker: "local-sources"}, // "two brothers of a farmer killed in the strike said"
	{Phrase: "cousin", Speaker: "local-sources"}, {Phrase: "uncle", Speaker: "local-sources"},
	{Phrase: "widow", Speaker: "local-sources"}, {Phrase: "nephew", Speaker: "local-sources"},
	{Phrase: "father", Speaker: "local-sources"}, {Phrase: "mother", Speaker: "local-sources"}, // "said the boy's father"
	{Phrase: "wife", Speaker: "local-sources"}, {Phrase: "husband", Speaker: "local-sources"},
	{Phrase: "sister", Speaker: "local-sources"}, {Phrase: "daughter", Speaker: "local-sources"},
	{Phrase: "family members", Speaker: "local-sources"}, // "family members said the dead were farmers"
	{Phrase: "families", Speaker: "local-sources"},       // "Families from the district revealed that the men were fishermen"
	{Phrase: "the family", Speaker: "local-sources"},     // "the family said he was a shepherd"
	{Phrase: "zionist entity", Actor: "israel"},          // militia statements: "a drone of the Zionist entity"
	{Phrase: "zionist enemy", Actor: "israel"},           // state-media English: "the Zionist enemy's warplanes"
	{Phrase: "zionist", Actor: "israel"},                 // militia statements: "a Zionist strike"
	{Phrase: "israeli enemy", Actor: "israel"},           // "aircraft of the Israeli enemy"
	{Phrase: "israeli occupation", Actor: "israel"},      // "the Israeli occupation bombed"
	{Phrase: "american occupation", Actor: "us"},         // "the American occupation forces struck"
	{Phrase: "u.s. occupation", Actor: "us"},             // "US occupation helicopters"
	{Phrase: "turkish occupation", Actor: "turkey"},      // "Turkish occupation drones targeted"
	{Phrase: "foreign ministry", Relative: "gov"},        // "the foreign ministry accused the coalition"
	{Phrase: "interior ministry", Relative: "gov"},       // "the interior ministry said"
	{Phrase: "ministry of interior", Relative: "gov"},
	{Phrase: "ministry of foreign affairs", Relative: "gov"}, // "the Ministry of Foreign Affairs said"
	{Phrase: "foreign affairs ministry", Relative: "gov"},    // idem
	// "the foreign office said in a statement" (Pakistan's, Britain's)
	{Phrase: "foreign office", Relative: "gov"},
	// A state with no actor id speaks as a local voice, by its name as by
	// its bodies (methodology: "Sources and independence"): "Pakistan
	// condemned the strike, saying ...", "Lebanon said".
	{Phrase: "pakistan", Speaker: "local-sources"}, {Phrase: "lebanon", Speaker: "local-sources"},
	{Phrase: "yemen", Speaker: "local-sources"}, {Phrase: "somalia", Speaker: "local-sources"},
	{Phrase: "islamabad", Speaker: "local-sources"},
	{Phrase: "the army", Relative: "military", RelActor: "army"},  // "The army, for its part, denied"
	{Phrase: "army helicopters", RelActor: "army-aviation"},       // "army helicopters fired on the orchard" (the country's own army)
	{Phrase: "army helicopter", RelActor: "army-aviation"},        // "an army helicopter strafed the road"
	{Phrase: "army gunships", RelActor: "army-aviation"},          // "army gunships hit the hideout"
	{Phrase: "military helicopters", RelActor: "army-aviation"},   // "military helicopters pounded the village"
	{Phrase: "air force jets", RelActor: "air-force"},             // "air force jets bombed the tunnels"
	{Phrase: "air force warplanes", RelActor: "air-force"},        // "air force warplanes struck"
	{Phrase: "government forces", RelActor: "army"},               // "government forces shelled the town"
	{Phrase: "government troops", RelActor: "army"},               // "government troops stormed the farm"
	{Phrase: "army artillery", RelActor: "army"},                  // "army artillery pounded the district"
	{Phrase: "government artillery", RelActor: "army"},            // "government artillery shelled the village"
	{Phrase: "government guns", RelActor: "army"},                 // idem
	{Phrase: "government positions", RelActor: "army"},            // "artillery fire from government positions hit the town" (struck positions after the verb stay targets)
	{Phrase: "army positions", RelActor: "army"},                  // "shells fired from army positions"
	{Phrase: "army units", RelActor: "army"},                      // "army units shelled the hideouts" (the country's own army)
	{Phrase: "government helicopters", RelActor: "army-aviation"}, // "government helicopters dropped barrel bombs"
	{Phrase: "government helicopter", RelActor: "army-aviation"},  // "a government helicopter fired"
	{Phrase: "government warplanes", RelActor: "air-force"},       // "government warplanes struck the market"
	{Phrase: "government aircraft", RelActor: "air-force"},        // idem
	{Phrase: "government jets", RelActor: "air-force"},            // idem

	// Elders and sheikhs speak for their village or tribe: "one elder told the radio",
	// "a sheikh of the tribe told the newspaper".
	{Phrase: "an elder", Speaker: "local-sources"}, {Phrase: "one elder", Speaker: "local-sources"},
	{Phrase: "village elder", Speaker: "local-sources"}, {Phrase: "a sheikh", Speaker: "local-sources"},
	{Phrase: "tribal sheikhs", Speaker: "local-sources"},
	// UN missions and agencies
	{Phrase: "unifil", Speaker: "un"}, {Phrase: "minusma", Speaker: "un"}, {Phrase: "unama", Speaker: "un"},
	{Phrase: "unsom", Speaker: "un"}, {Phrase: "unsmil", Speaker: "un"}, {Phrase: "ohchr", Speaker: "un"},
	{Phrase: "unhcr", Speaker: "un"}, {Phrase: "world health organization", Speaker: "un"},
	{Phrase: "un refugee agency", Speaker: "un"}, {Phrase: "u.n. refugee agency", Speaker: "un"}, // "The UN refugee agency says"
	{Phrase: "united nations refugee agency", Speaker: "un"},
	// the Human Rights Council's commissions of inquiry are UN bodies:
	// "the Independent International Commission of Inquiry on Libya said"
	{Phrase: "commission of inquiry", Speaker: "un"}, {Phrase: "human rights council", Speaker: "un"},

	// Generic: resolved from "of/for X", the last speaker, or the document.
	{Phrase: "a spokesman", Generic: true},     // "a spokesman said on Twitter"
	{Phrase: "the spokesman", Generic: true},   // "the spokesman for the coalition"
	{Phrase: "spokesman", Generic: true},       // "spokesman Col. Chris Garver"
	{Phrase: "spokeswoman", Generic: true},     // "a spokeswoman"
	{Phrase: "spokesperson", Generic: true},    // "the spokesperson for the U.S. ..."
	{Phrase: "press secretary", Generic: true}, // "Press secretary Brig. Gen. Paul Kessler says"
	{Phrase: "the source", Generic: true},      // "the source added"
	{Phrase: "a source", Generic: true},        // "a source said"
	{Phrase: "the sources", Generic: true},     // "security sources said ... the sources added": the same ones
	{Phrase: "sources", Generic: true},         // "sources said"
	{Phrase: "an official", Generic: true},     // "an official said"
	{Phrase: "officials", Generic: true},       // "officials said"
	{Phrase: "senior official", Generic: true}, // "a senior official said"
	{Phrase: "senior officials", Generic: true},
	{Phrase: "the official", Generic: true},    // "the official added"
	{Phrase: "the commander", Generic: true},   // "The commander, who asked not to be named, told": the one just heard
	{Phrase: "the statement", Generic: true},   // "the statement said"
	{Phrase: "the release", Generic: true},     // "..., the release adds," after its issuer
	{Phrase: "ministry", Generic: true},        // "..., the ministry said" after its full name (longer names win)
	{Phrase: "a statement", Generic: true},     // "a statement said"
	{Phrase: "initial sources", Generic: true}, // "Initial sources confirm"
	{Phrase: "the group", Generic: true},       // "..., the group said"
	{Phrase: "group", Generic: true},           // "the paramilitary umbrella group had said"
	{Phrase: "grouping", Generic: true},        // "..., the paramilitary grouping said"
	{Phrase: "media office", Generic: true},    // "the group's media office said"
	{Phrase: "media official", Generic: true},  // "a media official of the group said"
	{Phrase: "media officials", Generic: true}, // idem
	{Phrase: "press office", Generic: true},    // "its press office said in an emailed reply"
}

// knownPeople are spokespeople whose affiliation a report may not restate.
// Surnames are matched alone once the full name or title appears.
var knownPeople = []mention{
	{Phrase: "chris garver", Speaker: "cjtf-oir", Person: true},         // CJTF-OIR spokesman 2016
	{Phrase: "christopher garver", Speaker: "cjtf-oir", Person: true},   // idem
	{Phrase: "steve warren", Speaker: "cjtf-oir", Person: true},         // CJTF-OIR spokesman 2015-16
	{Phrase: "ryan dillon", Speaker: "cjtf-oir", Person: true},          // CJTF-OIR spokesman 2017-18
	{Phrase: "sean ryan", Speaker: "cjtf-oir", Person: true},            // CJTF-OIR spokesman 2018-19
	{Phrase: "scott rawlinson", Speaker: "cjtf-oir", Person: true},      // CJTF-OIR spokesman 2019
	{Phrase: "myles caggins", Speaker: "cjtf-oir", Person: true},        // CJTF-OIR spokesman 2019-20
	{Phrase: "wayne marotto", Speaker: "cjtf-oir", Person: true},        // CJTF-OIR spokesman 2020-21
	{Phrase: "robert b. sofge", Speaker: "cjtf-oir", Person: true},      // CJTF-OIR deputy commander 2018
	{Phrase: "robert sofge", Speaker: "cjtf-oir", Person: true},         // idem
	{Phrase: "yahya rasool", Speaker: "iraq-joc", Person: true},         // JOC spokesman
	{Phrase: "yehia rasool", Speaker: "iraq-joc", Person: true},         // idem, other spelling
	{Phrase: "tahseen al - khafaji", Speaker: "iraq-joc", Person: true}, // JOC spokesman
	{Phrase: "igor konashenkov", Speaker: "russia-mod", Person: true},   // Russian MoD spokesman
	{Phrase: "peter cook", Speaker: "us-dod", Person: true},             // Pentagon press secretary 2015-17
	{Phrase: "jeff davis", Speaker: "us-dod", Person: true},             // Pentagon spokesman 2016-18
	{Phrase: "jonathan hoffman", Speaker: "us-dod", Person: true},       // Pentagon spokesman 2019-21
	{Phrase: "john kirby", Speaker: "us-dod", Person: true},             // Pentagon press secretary 2021-
}

// countrySpeakers resolves relative speaker rows by the document's main
// country (ISO2): "state TV" in a report about Iraq is Iraqi state TV.
var countrySpeakers = map[string]map[string]string{
	"IQ": {"state-tv": "iraq-state-tv", "mod": "iraq-mod", "sources": "iraqi-sources", "military": "iraq-military", "anon": "iraqi-sources", "governor": "local-sources", "resistance": "pmf", "government": "iraq-joc"},
	"SY": {"state-tv": "syria-gov", "mod": "syria-gov", "sources": "syria-gov", "military": "syria-gov", "anon": "local-sources", "gov": "syria-gov", "governor": "syria-gov"},
	"RU": {"state-tv": "russia-mod", "mod": "russia-mod", "sources": "russia-mod", "military": "russia-mod", "gov": "russia-mod"},
	"US": {"mod": "us-dod", "sources": "us-official", "military": "us-dod", "anon": "us-official", "gov": "us-official"},
}

// stateVoice is the speaker id of relative in a country's voices: "the
// government" speaks as the country's other state bodies ("gov") unless
// the country has a row of its own for it.
func stateVoice(voices map[string]string, relative string) string {
	if sp := voices[relative]; sp != "" || relative != "government" {
		return sp
	}
	return voices["gov"]
}

// selfSpeakers are the countries of belligerents with an actor id but no
// speaker id of their own: every state body of theirs speaks as the actor
// ("Turkey's defence ministry said", "Iranian state TV").
var selfSpeakers = map[string]string{"TR": "turkey", "IL": "israel", "IR": "iran", "GB": "uk", "FR": "france"}

// countryActors resolves RelActor rows by the country where the
// document's places lie (not the actors it names):
// "army helicopters" in a report about Iraq are Iraqi army aviation.
var countryActors = map[string]map[string]string{
	"IQ": {"army-aviation": "iraq-army-aviation", "air-force": "iraq-air-force", "army": "iraq"},
	"SY": {"army-aviation": "syria", "air-force": "syria", "army": "syria"},
	"RU": {"army-aviation": "russia", "air-force": "russia", "army": "russia"},
	"TR": {"army-aviation": "turkey", "air-force": "turkey", "army": "turkey"},
	"IL": {"army-aviation": "israel", "air-force": "israel", "army": "israel"},
}

// countries: names and demonyms that give the gazetteer its country hints
// and the document its main country.
var countries = []struct{ Phrase, ISO string }{
	{"iraq", "IQ"}, {"iraqi", "IQ"}, {"iraqis", "IQ"}, {"baghdad", "IQ"},
	{"syria", "SY"}, {"syrian", "SY"}, {"syrians", "SY"}, {"damascus", "SY"}, {"syrian arab republic", "SY"},
	{"russia", "RU"}, {"russian", "RU"}, {"turkey", "TR"}, {"turkish", "TR"}, {"türkiye", "TR"}, {"turkiye", "TR"},
	{"iran", "IR"}, {"iranian", "IR"}, {"israel", "IL"}, {"israeli", "IL"},
	{"lebanon", "LB"}, {"lebanese", "LB"}, {"yemen", "YE"}, {"yemeni", "YE"},
	{"libya", "LY"}, {"libyan", "LY"}, {"afghanistan", "AF"}, {"afghan", "AF"},
	{"somalia", "SO"}, {"somali", "SO"}, {"jordan", "JO"}, {"jordanian", "JO"},
	{"saudi", "SA"}, {"gaza", "PS"}, {"palestinian", "PS"}, {"ukraine", "UA"}, {"ukrainian", "UA"},
	{"pakistan", "PK"}, {"pakistani", "PK"}, {"mali", "ML"}, {"malian", "ML"}, {"nigeria", "NG"}, {"nigerian", "NG"},
}

// namingDays and namingNouns make the speech verbs that name a strike of a
// named day as a crime, as "called the strike" does: "the command called
// yesterday's attack a hostile act", "the agency calls Friday's raid a massacre".
var (
	namingDays = []string{"yesterday's", "today's", "tonight's", "last night's", "monday's", "tuesday's",
		"wednesday's", "thursday's", "friday's", "saturday's", "sunday's"}
	namingNouns = []string{"strike", "strikes", "attack", "attacks", "raid", "bombing"}
)

// datedNamingVerbs returns the phrases "called|calls <day>'s <strike noun>".
func datedNamingVerbs() []string {
	out := make([]string, 0, 2*len(namingDays)*len(namingNouns))
	for _, verb := range []string{"called", "calls"} {
		for _, day := range namingDays {
			for _, noun := range namingNouns {
				out = append(out, verb+" "+day+" "+noun)
			}
		}
	}
	return out
}

// speech verbs: the verb that attributes words to a speaker, and the stance it
// gives the claim by itself.
var speechVerbs = []struct{ Phrase, Stance string }{
	{"said", "asserts"},                                                      // "Garver said the raids destroyed 55 trucks"
	{"says", "asserts"},                                                      // "Airwars says"
	{"say", "asserts"},                                                       // "My sources say that"
	{"told", "asserts"},                                                      // "an Iraqi source told Reuters"
	{"tells", "asserts"},                                                     // "tells AFP"
	{"tell", "asserts"},                                                      // "Local sources tell us"
	{"added", "asserts"},                                                     // "the source added"
	{"adds", "asserts"},                                                      // "the bulletin adds"
	{"announced", "asserts"},                                                 // "the Ministry of Defense in Baghdad announced"
	{"announces", "asserts"},                                                 // "announces"
	{"stated", "asserts"},                                                    // "Garver stated that"
	{"tweeted", "asserts"},                                                   // "@OIRSpox tweeted"
	{"wrote", "asserts"},                                                     // "wrote on Twitter"
	{"reported", "asserts"},                                                  // "state TV reported"
	{"informed the", "asserts"},                                              // "the embassy informed the ministry that no aircraft had flown"
	{"reports", "asserts"},                                                   // "SANA reports"
	{"claimed", "asserts"},                                                   // "Amaq claimed"
	{"blamed", "asserts"},                                                    // "The Hashd blamed Israel"
	{"pinned on", "asserts"},                                                 // "the raid, which Damascus pinned on Israel"
	{"accused", "asserts"},                                                   // "accused Turkey of"
	{"blames", "asserts"},                                                    // "blames"
	{"blaming", "asserts"},                                                   // "residents said, blaming the army's drones"
	{"accusing", "asserts"},                                                  // "..., accusing the air force of hitting the school"
	{"claimed responsibility", "asserts"},                                    // "ISIS claimed responsibility for the attack"
	{"claims", "asserts"},                                                    // "claims"
	{"claiming", "asserts"},                                                  // "by claiming that its was involved"
	{"insisted", "asserts"},                                                  // "insisted"
	{"acknowledged", "confirms"},                                             // "the coalition acknowledged"
	{"acknowledges", "confirms"},                                             // "the Pentagon acknowledges"
	{"conceded", "confirms"},                                                 // "the ministry conceded that its jets had hit"
	{"concedes", "confirms"},                                                 // idem
	{"admits", "confirms"},                                                   // "the army admits"
	{"admitted", "confirms"},                                                 // "admitted"
	{"according to", "asserts"},                                              // "According to CJTF-OIR spokesman Col. Chris Garver"
	{"per", "asserts"},                                                       // "Per the Syrian Observatory, jets carried out 20 raids"
	{"read", "asserts"},                                                      // "A statement from the command read:"
	{"sent a statement", "asserts"}, {"sent a written statement", "asserts"}, // "The coalition sent me a written statement. It says ..."
	{"sent me a statement", "asserts"}, {"sent me a written statement", "asserts"}, {"sent us a statement", "asserts"}, {"sent us a written statement", "asserts"},
	// "An officer gave a different account. “…,” he said.": names who speaks next
	{"gave a different account", "asserts"}, {"gave another account", "asserts"}, {"gave a different version", "asserts"},
	{"gave a very different account", "asserts"}, {"gave a third account", "asserts"}, {"offered a third account", "asserts"}, {"offered another account", "asserts"},
	{"told a different story", "asserts"}, {"offered a different account", "asserts"}, {"had a different account", "asserts"},
	// a claim kept up: "state media continued to claim that the Guards had hit"
	{"continued to claim", "asserts"}, {"continues to claim", "asserts"},
	{"went on to claim", "asserts"}, {"goes on to claim", "asserts"},
	{"quoted as saying", "asserts"},   // "a navy officer was quoted as saying the raid had hit"
	{"quoted", "asserts"},             // "SANA quoted a military source as saying"
	{"alleging", "asserts"},           // "a statement alleging that jets struck"
	{"confirmed", "confirms"},         // "Garver confirmed"
	{"confirms", "confirms"},          // "confirms"
	{"confirm", "confirms"},           // "Initial sources confirm that"
	{"denied", "denies"},              // "Iraqi sources denied that claim"
	{"denies", "denies"},              // "the Iraqi military denies that"
	{"deny", "denies"},                // "U.S. sources, however, deny that"
	{"rejected", "denies"},            // "rejected the report"
	{"dismissed", "denies"},           // "dismissed the claims"
	{"refuted", "denies"},             // "refuted"
	{"ruled out", "denies"},           // "the military blamed the heat and ruled out an attack"
	{"recanted", "retracts"},          // "later recanted"
	{"withdrew", "retracts"},          // "the channel withdrew its report that ..."
	{"withdraws", "retracts"},         // "State TV withdraws report of coalition strike"
	{"retracts", "retracts"},          // "retracts"
	{"retracted", "retracts"},         // "retracted its statement"
	{"questioned", "disputes"},        // "questioned the account"
	{"disputed", "disputes"},          // "disputed the figures"
	{"posted", "asserts"},             // "posted footage online"
	{"released", "asserts"},           // "released footage"
	{"distributed", "asserts"},        // "distributed video of the strike"
	{"circulated", "asserts"},         // "outlets have circulated claims that"
	{"spread", "asserts"},             // "media spread reports that"
	{"published", "asserts"},          // "published a video"
	{"showed", "asserts"},             // "Footage ... by the Iraqi Defence Ministry showed"
	{"shows", "asserts"},              // "footage shows"
	{"show", "asserts"},               // "purports to show"
	{"described", "asserts"},          // "described"
	{"noted", "asserts"},              // "noted"
	{"assesses", "asserts"},           // "Airwars assesses that"
	{"repeated", "asserts"},           // "The coalition repeated that"
	{"reiterated", "asserts"},         // "reiterated that"
	{"maintained", "asserts"},         // "maintained that"
	{"alleged", "asserts"},            // "activists alleged that"
	{"assessed", "asserts"},           // "the coalition assessed that"
	{"concluded", "asserts"},          // "the investigation concluded"
	{"documented", "asserts"},         // "Amnesty documented"
	{"counted", "asserts"},            // "the monitor counted four dead" (only so: dropNarratedCounts)
	{"logged", "asserts"},             // "Airwars, the London-based monitor, has logged the incident."
	{"revealed", "asserts"},           // "a security source revealed that"
	{"condemned", "asserts"},          // "the prime minister's spokesman condemned the American strike": condemning names who struck
	{"condemns", "asserts"},           // idem
	{"denounced", "asserts"},          // "the ministry denounced the Turkish aggression"
	{"denounces", "asserts"},          // idem
	{"clarifying", "asserts"},         // "withdrew his statement ..., clarifying that Iraqi jets carried out the strikes"
	{"clarified", "asserts"},          // "the source later clarified that"
	{"replied", "asserts"},            // "the coalition replied that it had no record of a strike"
	{"replies", "asserts"},            // idem
	{"put the death toll", "asserts"}, // "the Observatory put the death toll at 19"
	{"put the toll", "asserts"},       // idem
	{"put the number", "asserts"},     // "put the number of dead at"
	{"indicated", "asserts"},          // translated Arabic: "He indicated that"
	{"pointed out", "asserts"},        // "The source pointed out that"
	{"explained", "asserts"},          // "he explained that"
	{"stressed", "asserts"},           // "the statement stressed that"
	{"affirmed", "asserts"},           // "the ministry affirmed that"
	{"declared", "asserts"},           // "the command declared that"
	{"disclosed", "asserts"},          // "the source disclosed that"
	{"asserted", "asserts"},           // "the statement asserted that"
	{"made clear", "asserts"},         // "the Pentagon made clear that the operation had been unilateral"
	{"made it clear", "asserts"},      // idem
	{"issued", "asserts"},             // "the ministry issued a statement saying"
	{"put out", "asserts"},            // "The PMF's media office has put out a statement. It says ..."
	{"attributed", "asserts"},         // "SANA attributed the strike to the coalition"
	{"attributes", "asserts"},         // "State television attributes it to the army"
	{"attribute", "asserts"},          // "Villagers and the police attribute the shelling to the army"
	{"saying", "asserts"},             // "issued another statement, saying that"
	{"telling", "asserts"},            // "a commander went further, telling the agency the Americans were responsible" (only so: tellingVerb)

	// "the brigade mourned in a statement two of its fighters, who ..., and
	// said": a body announcing its own dead speaks of the strike
	{"mourned in a statement", "asserts"},

	// a body that gives the dead: "the health directorate gave two dead" (only so: dropNarratedCounts)
	{"gave", "asserts"}, {"gives", "asserts"},
	// the present tense of "put the toll at": "the register puts the death toll at 70"
	{"puts the death toll", "asserts"}, {"puts the toll", "asserts"}, {"puts the number", "asserts"}, // "a monitor puts the number killed at 57"
	// naming the strike as a crime tells of it: "the spokesman called the strike an assassination"
	{"called the strike", "asserts"}, {"called the strikes", "asserts"}, {"called the attack", "asserts"},
	{"called the attacks", "asserts"}, {"called the raid", "asserts"}, {"called the bombing", "asserts"},
	// the present tense of live blogs and summaries: "the state news agency calls the strike an aggression"
	{"calls the strike", "asserts"}, {"calls the strikes", "asserts"}, {"calls the attack", "asserts"},
	{"calls the attacks", "asserts"}, {"calls the raid", "asserts"}, {"calls the bombing", "asserts"},
	// (and the strike of a named day: "the command called yesterday's attack a
	// hostile act"; see datedNamingVerbs)

	// A withdrawal that names what it withdraws is one verb ("On Thursday
	// the Hashd withdrew the statement."): its speaker withdraws the claim
	// the verb names (see retractionCues).
	{"withdrew the statement", "retracts"}, {"withdrew that statement", "retracts"}, {"deleted the statement", "retracts"},
	{"deleted its statement", "retracts"}, {"pulled its statement", "retracts"}, {"retracted the claim", "retracts"},
	{"deleted the post", "retracts"}, {"deleted its post", "retracts"}, {"deleted that post", "retracts"}, {"deleted our post", "retracts"},
	{"deleted our", "retracts"}, {"deleted its", "retracts"}, // "We have deleted our 9:40 post"
	// "the councillor changed his account yesterday": a new account withdraws the old one
	{"changed his account", "retracts"}, {"changed her account", "retracts"}, {"changed its account", "retracts"}, {"changed their account", "retracts"},
	{"before correcting", "retracts"}, // "initially blamed Israel, before correcting its report to say US aircraft struck"
	// a monitor in its own voice: "We withdraw that attribution."
	{"withdraw that attribution", "retracts"}, {"withdraw this attribution", "retracts"}, {"withdraw the attribution", "retracts"},
	{"withdraw our attribution", "retracts"}, {"withdrew its attribution", "retracts"}, {"withdrew the attribution", "retracts"},

	// present tenses: "the ministry maintains that", "Ankara rejects the accusation"
	{"maintains", "asserts"}, {"alleges", "asserts"}, {"rejects", "denies"}, {"dismisses", "denies"},
	// "relatives of the dead insist the men were farmers"
	{"insists", "asserts"}, {"insist", "asserts"},

	// a body's records speak for it: "its strike log lists three strikes
	// near the town" (only after a record: see recordListing)
	{"list", "asserts"}, {"lists", "asserts"},

	// "state media describe the strikes as aggression"
	{"describes", "asserts"}, {"describe", "asserts"}, {"is describing", "asserts"}, {"are describing", "asserts"},
	// "state media are still giving a toll of three"
	{"giving a toll", "asserts"}, {"gave a toll", "asserts"}, {"give a toll", "asserts"},
	{"giving a death toll", "asserts"}, {"gave a death toll", "asserts"},
	// a body that counts the dead updating its count speaks: "the health
	// ministry has raised its toll to 14", "officials gave a lower toll"
	{"raised its toll", "asserts"}, {"raised the toll", "asserts"}, {"raised its death toll", "asserts"}, {"raised the death toll", "asserts"},
	{"lowered its toll", "asserts"}, {"lowered the toll", "asserts"}, {"updated its toll", "asserts"}, {"updated the toll", "asserts"},
	{"revised its toll", "asserts"}, {"revised the toll", "asserts"}, {"revised its death toll", "asserts"},
	{"gave a lower toll", "asserts"}, {"gave a higher toll", "asserts"}, {"gave a lower death toll", "asserts"}, {"gave a higher death toll", "asserts"},
}

// footageWords mark a speaker who released images: what the images show is
// their claim, and a strike in them is their own unless said otherwise.
var footageWords = []string{"footage", "video", "videos", "images", "photos", "pictures", "film"}

// attack verbs (finite or participle) and the event type they imply.
var attackVerbs = []struct{ Phrase, Type string }{
	{"struck", ""}, {"striking", ""}, {"hit", ""}, {"hits", ""}, {"hitting", ""},
	{"bombed", "airstrike"}, {"bombing", "airstrike"}, {"bombs", "airstrike"},
	{"attacked", ""}, {"attacking", ""}, {"attacks", ""},
	{"targeted", ""}, {"targeting", ""}, {"targetted", ""},
	{"destroyed", ""}, {"destroying", ""}, {"destroys", ""},
	{"killed", ""}, {"killing", ""}, {"kills", ""},
	{"shelled", "artillery"}, {"shelling", "artillery"},
	{"raided", "ground_attack"}, {"stormed", "ground_attack"}, {"ambushed", "ground_attack"},
	{"fired", ""}, {"firing", ""}, {"fired upon", ""}, {"fired on", ""},
	{"knocked out", ""}, {"wiped out", ""}, {"engaged", ""},
	{"conducted", ""}, {"conducts", ""}, {"conducting", ""}, {"conduct", ""},
	{"carried out", ""}, {"carry out", ""}, {"carrying out", ""}, {"carries out", ""},
	{"carried it out", ""}, {"carried them out", ""}, {"carry it out", ""}, {"carrying it out", ""}, // "said a Turkish drone carried it out"
	{"launched", ""}, {"launching", ""}, {"launch", ""},
	{"executed", ""}, {"initiated", ""},
	{"took part", ""}, {"taken part", ""}, {"take part", ""}, {"taking part", ""},
	{"participated", ""}, {"participate", ""}, {"participating", ""},
	{"was behind", ""}, {"were behind", ""}, {"is behind", ""}, {"are behind", ""},
	{"was involved", ""}, {"were involved", ""}, {"is involved", ""},
	{"was responsible", ""}, {"were responsible", ""}, {"is responsible", ""}, {"are responsible", ""},
	{"bears responsibility", ""}, {"bear responsibility", ""}, {"bore responsibility", ""}, // "the coalition forces bear responsibility for this attack"
	{"bears full responsibility", ""}, {"bear full responsibility", ""}, {"bears the responsibility", ""}, {"bear the responsibility", ""},
	{"involved", ""}, // "no American aircraft had been involved" (copular: see below)
	{"planned", ""}, {"planned / conducted", ""}, {"downed", ""}, {"burned", ""}, {"landed", ""},
	{"opened fire", ""}, {"open fire", ""}, // "two helicopters opened fire on the gathering"
	// the passive: "heavy fire was opened by regime forces on our post"
	{"fire was opened", ""},
	{"dropped bombs", "airstrike"}, {"dropped a bomb", "airstrike"}, {"dropped barrel bombs", "airstrike"}, {"dropped explosives", "airstrike"}, // "jets dropped bombs on the houses"
	{"dropped incendiary bombs", "airstrike"}, {"dropped cluster bombs", "airstrike"}, {"dropped explosive barrels", "airstrike"}, // "helicopters dropped incendiary bombs on the district"
	{"dropped", ""}, {"dropping", ""}, // only with a munition after it (fallenMunition): "a jet dropped the bombs on the market"
	{"dropped incendiary barrel bombs", "airstrike"}, {"dropped barrels", "airstrike"}, {"dropped incendiary barrels", "airstrike"},
	{"delivered a strike", ""}, {"delivered strikes", ""}, {"delivered airstrikes", ""}, {"delivered an airstrike", ""}, {"delivered a missile strike", ""}, // Russian MoD: "aircraft ... delivered a strike on"
	{"inflicted a strike", ""}, {"inflicted strikes", ""}, // idem
	{"delivered fire", "artillery"},                                                                // Russian MoD: "units of the Syrian Arab Army delivered fire on firing positions"
	{"played a part", ""}, {"played a role", ""}, {"played any part", ""}, {"played any role", ""}, // "the coalition had played no part"
	{"played no part", ""}, {"played no role", ""},
	{"did this", ""}, {"did it", ""}, // "American planes did this, everyone here saw them"
	{"no involvement", ""},                                     // "American forces had no involvement whatsoever"
	{"no part in", ""}, {"no role in", ""}, {"no hand in", ""}, // "saying Iran had no part in the attack"
	// ties denied: "the Forces have no connection whatsoever with the attack"
	{"no connection with", ""}, {"no connection whatsoever with", ""}, {"no connection to", ""}, {"no connection whatsoever to", ""},
	{"no connection whatsoever", ""}, // a quotation may end before its "with": "have no connection whatsoever" with the attack
	{"no link to", ""}, {"no links to", ""}, {"no link with", ""}, {"no relation to", ""}, {"no relationship to", ""}, {"no relationship with", ""},
	// presence denied: "the coalition said it had no aircraft in the area at the time"
	{"no aircraft in", ""}, {"no aircraft operating", ""}, {"no aircraft flying", ""}, {"no aircraft over", ""}, {"no aircraft near", ""},
	{"no drones in", ""}, {"no drones operating", ""}, {"no drones flying", ""}, {"no drones over", ""},
	{"no jets in", ""}, {"no jets operating", ""}, {"no jets flying", ""}, {"no jets over", ""},
	{"committed a crime", ""}, {"committed a new crime", ""}, {"committed a heinous crime", ""}, // militia and state-media statements: "the American occupation has committed a new crime"
	{"committed a massacre", ""}, {"committed a new massacre", ""},
	{"neutralised", ""}, {"neutralized", ""}, // Turkish and Iraqi statements: "neutralised 12 militants"
	{"martyred", ""}, {"blown up", ""}, {"blew up", ""}, {"detonated", ""}, {"rigged", ""},
	{"detonating", ""}, {"blew themselves up", ""}, {"blew himself up", ""}, // "before detonating his explosive belt"
	// planting a bomb is the attack when no other verb tells it: "the SDF said
	// Islamic State cells had planted the device" (not "planted" alone: trees, flags)
	{"planted the device", ""}, {"planted a device", ""}, {"planted the bomb", ""}, {"planted a bomb", ""},
	{"planted the explosive device", ""}, {"planted an explosive device", ""}, {"planted explosives", ""},
	{"planted the explosives", ""}, {"planted the ied", ""}, {"planted an ied", ""}, {"planted the mine", ""}, {"planted a mine", ""},
	{"booby - trapped", ""}, {"nothing to do with", ""},
	{"anything to do with", ""}, // only under a negation: "none of its brigades had anything to do with the attack"
	{"died", ""}, {"bombarded", "airstrike"}, {"pounded", ""},
	{"slammed into", ""}, {"slam into", ""}, // "two missiles slammed into the market"
	// only after a munition (fallenMunition): "rockets fell on the camp", not "the blame fell on"
	{"fell on", ""}, {"fell upon", ""}, {"rained down on", ""}, {"rained on", ""},
	{"fell in", ""}, {"fell near", ""}, {"fell inside", ""}, // "the rockets fell in open land", "two rockets fell inside the perimeter"
	// missions under a negated quantifier: "no Russian aircraft had performed any combat missions in the area"
	{"performed any combat missions", ""}, {"performed any sorties", ""}, {"performed any combat flights", ""},
	{"flown any combat missions", ""}, {"flew any combat missions", ""}, {"flown any sorties", ""}, {"flew any sorties", ""},
	{"conducted any combat missions", ""}, {"conducted any sorties", ""}, {"carried out any combat missions", ""}, {"carried out any sorties", ""},
	{"made any combat flights", ""}, {"made any sorties", ""},
	{"flown any missions", ""}, {"flew any missions", ""}, {"flown any mission", ""}, {"flew any mission", ""}, // "its aircraft had not flown any missions over the area"
	// missions denied by their object: "its jets had flown no missions over the town"
	{"flown no missions", ""}, {"flew no missions", ""}, {"flown no combat missions", ""}, {"flew no combat missions", ""},
	{"flown no sorties", ""}, {"flew no sorties", ""}, {"performed no combat missions", ""}, {"performed no sorties", ""},
}

// negatedBareVerbs are bare attack verbs that are read as verbs only
// right after a negation ("its artillery did not shell the town", "we
// did not fire on any neighbourhood"): elsewhere they are nouns ("a tank
// shell", "a car bomb") or no attack ("came under fire on Monday").
var negatedBareVerbs = []struct{ Phrase, Type string }{
	{"shell", "artillery"}, {"bomb", "airstrike"},
	{"fire on", ""}, {"fire upon", ""}, {"fire at", ""},
	// "our forces did not fire a single shell on them"
	{"fire a single shell", "artillery"}, {"fire a shell", "artillery"}, {"fire any shells", "artillery"},
	{"fire a single rocket", "artillery"}, {"fire any rockets", "artillery"},
	{"fire a single shot", ""}, {"fire a shot", ""}, {"fire any shots", ""},
}

// attack nouns: words that name a strike; with the event type they imply.
var attackNouns = []struct{ Phrase, Type string }{
	{"airstrike", "airstrike"}, {"airstrikes", "airstrike"},
	{"air strike", "airstrike"}, {"air strikes", "airstrike"},
	{"air - strike", "airstrike"}, {"air - strikes", "airstrike"},
	{"air raid", "airstrike"}, {"air raids", "airstrike"}, {"air rads", "airstrike"},
	{"air attack", "airstrike"}, {"air attacks", "airstrike"},
	{"bombardment", "airstrike"}, {"bombing raid", "airstrike"}, {"bombing raids", "airstrike"},
	{"strike", ""}, {"strikes", ""}, {"raid", ""}, {"raids", ""},
	{"attack", ""}, {"assault", "ground_attack"},
	{"aggression", ""}, {"aerial aggression", "airstrike"}, {"air aggression", "airstrike"}, // state media: "the Israeli aggression", "an aerial aggression"
	{"drone strike", "drone_strike"}, {"drone strikes", "drone_strike"},
	{"drone attack", "drone_strike"}, {"drone attacks", "drone_strike"},
	{"missile strike", "airstrike"}, {"missile strikes", "airstrike"},
	{"missile attack", "airstrike"}, {"missile attacks", "airstrike"}, // "Sunday's Russian missile attack"
	{"helicopter attack", "helicopter_attack"}, {"helicopter attacks", "helicopter_attack"},
	{"artillery fire", "artillery"}, {"shellfire", "artillery"}, {"mortar fire", "artillery"},
	{"rocket attack", "artillery"}, {"rocket attacks", "artillery"},
	{"massacre", ""}, {"ambush", "ground_attack"}, {"bombings", ""},
	{"explosive barrels", "airstrike"}, {"explosive barrel", "airstrike"}, // translated Syrian reports: "dropped eight explosive barrels on the town"
	{"engagement", ""}, {"engagements", ""},
}

// cueExceptions cancel a cue inside them: "attack orders" are no attack,
// "denied permission" is no denial.
var cueExceptions = []string{
	"attack orders", "attack order", "attack helicopter", "attack helicopters",
	"strike force", "denied permission", "denied access", "denied entry",
	"hunger strike", "general strike", "lucky strike", "hit back", "hit list",
	"to strike", "to attack", "to hit", "to target", "to bomb", "to destroy", "to kill",
	"to take part", "to participate", "to launch", "to conduct", "to carry out",
	"to fight", "to destroy daesh",
	// taking part in a ground operation is no strike: "the Iraqi forces engaged in the recapture of the town",
	// "air support to the forces engaged against Daesh"
	"engaged in", "engaged against",
	// a possibility left open denies nothing: "the military has not ruled out an attack"
	"not ruled out", "never ruled out",
	// a campaign is no strike: "the SDF, backed by the coalition, launched an offensive in September"
	"launched an offensive", "launched the offensive", "launched a new offensive", "launched its offensive", "launched their offensive",
	"launched a ground offensive", "launched an operation", "launched the operation", "launched a military operation",
	"launched a campaign", "launched the campaign", "launched its campaign", "launched its air campaign",
	// the hurt taken in admit nothing: "the driver was injured and admitted to hospital"
	"admitted to hospital", "admitted to a hospital", "admitted to the hospital", "admitted to hospitals",
	// relief is no strike: "one humanitarian action was conducted in the province" (Russian MoD briefings)
	"humanitarian action was conducted", "humanitarian actions were conducted", "conducted a humanitarian action", "conducted humanitarian actions",
	"humanitarian action was carried out", "humanitarian actions were carried out", "carried out a humanitarian action", "carried out humanitarian actions",
	"strike summary", "strike summaries", "strike release", "strike releases", "strike report", "strike reports", "strike log", "strike logs", "strike records", "strike record", // "published its weekly strike summary"
}

// typeWords set the event type wherever they occur in the clause.
var typeWords = []struct{ Phrase, Type string }{
	{"helicopter", "helicopter_attack"}, {"helicopters", "helicopter_attack"},
	{"gunship", "helicopter_attack"}, {"gunships", "helicopter_attack"},
	{"army aviation", "helicopter_attack"}, {"apache", "helicopter_attack"},
	{"drone", "drone_strike"}, {"drones", "drone_strike"}, {"uav", "drone_strike"},
	// the weapon, not vehicles hit: "ten unmanned aerial vehicles were heading toward the base"
	{"unmanned aerial vehicle", "drone_strike"}, {"unmanned aerial vehicles", "drone_strike"},
	{"warplanes", "airstrike"}, {"warplane", "airstrike"}, {"jets", "airstrike"}, {"planes", "airstrike"}, // "the planes were Israeli"
	{"jet", "airstrike"}, {"plane", "airstrike"}, // "the jet was American"
	{"aircraft", "airstrike"}, {"air force", "airstrike"}, {"from the air", "airstrike"},
	{"fighter - bombers", "airstrike"}, {"bombers", "airstrike"},
	{"artillery", "artillery"}, {"mortar", "artillery"}, {"mortars", "artillery"},
	{"rockets", "artillery"}, {"shelling", "artillery"},
	{"gunmen", "ground_attack"}, {"suicide", "ground_attack"}, {"ied", "ground_attack"},
}

// targetWords name what was hit (the longest one in the clause wins).
var targetWords = []struct{ Phrase, Target, Group string }{
	{"medical convoy", "medical convoy", "medics"},
	{"medical convoys", "medical convoy", "medics"},
	{"convoy of medics", "medical convoy", "medics"},
	{"medic convoy", "medical convoy", "medics"},
	{"medics", "", "medics"},
	{"ambulance", "ambulance", "medics"},
	{"convoy", "convoy", ""}, {"convoys", "convoy", ""}, {"column", "convoy", ""},
	{"headquarters", "headquarters", ""}, {"hq", "headquarters", ""},
	{"command and control center", "headquarters", ""}, {"command center", "headquarters", ""},
	{"villa", "building", ""}, {"house", "house", ""}, {"home", "house", ""},
	{"home - made", "", ""}, // "a swarm of home-made drones": how the weapon was made, not a house hit
	{"hospital", "hospital", "civilians"}, {"school", "school", "civilians"},
	{"market", "market", "civilians"}, {"mosque", "mosque", "civilians"},
	{"wedding", "wedding", "civilians"}, {"checkpoint", "checkpoint", ""},
	{"vehicles", "vehicles", ""}, {"trucks", "vehicles", ""}, {"vehicle", "vehicles", ""},
	{"bridge", "bridge", ""}, {"base", "base", ""}, {"camp", "base", ""},
	{"weapons depot", "weapons depot", "militants"}, {"oil", "oil infrastructure", ""},
	{"tactical unit", "tactical unit", "militants"},
	// what only fighters use: hitting it says those hit were fighters
	{"weapons store", "weapons depot", "militants"}, {"weapons storage", "weapons depot", "militants"},
	{"weapons cache", "weapons depot", "militants"}, {"arms depot", "weapons depot", "militants"},
	{"ammunition depot", "weapons depot", "militants"}, {"ammunition store", "weapons depot", "militants"},
	{"hideout", "hideout", "militants"}, {"hideouts", "hideout", "militants"},
	{"fighting position", "fighting position", "militants"}, {"fighting positions", "fighting position", "militants"},
	{"sniper position", "fighting position", "militants"}, {"mortar position", "fighting position", "militants"},
	{"command post", "headquarters", "militants"}, {"command node", "headquarters", "militants"},
	{"training camp", "training camp", "militants"}, {"launch site", "launch site", "militants"},
	{"car - bomb workshop", "workshop", "militants"}, {"bomb - making", "workshop", "militants"},
	{"gathering of terrorists", "gathering", "militants"}, {"gathering of militants", "gathering", "militants"},
	{"command and control centre", "headquarters", "militants"}, {"command centre", "headquarters", "militants"},
	{"military site", "military site", "militants"}, {"military sites", "military site", "militants"},
	{"military compound", "military site", "militants"}, {"military compounds", "military site", "militants"}, // "struck a military compound of the group"
	// an armed force's air defences: what the side that struck them says it hit
	{"air defence systems", "military site", "militants"}, {"air defense systems", "military site", "militants"},
	{"air defence system", "military site", "militants"}, {"air defense system", "military site", "militants"},
	{"air defence battery", "military site", "militants"}, {"air defense battery", "military site", "militants"},
	// a weapons programme's sites: what the side that struck says it hit
	{"chemical weapons programme", "military site", "militants"}, {"chemical weapons program", "military site", "militants"},
	{"chemical programme", "military site", "militants"}, {"chemical program", "military site", "militants"},
	{"chemical weapons facility", "military site", "militants"}, {"chemical weapons facilities", "military site", "militants"},
	{"chemical weapons site", "military site", "militants"}, {"chemical weapons sites", "military site", "militants"},
	{"chemical arsenal", "military site", "militants"},
	{"military capabilities", "military site", "militants"}, {"military capability", "military site", "militants"}, // "struck remaining military capabilities"
	{"military facility", "military site", "militants"}, {"military facilities", "military site", "militants"},
	{"military target", "military site", "militants"}, {"military targets", "military site", "militants"},
	{"terrorist positions", "fighting position", "militants"}, {"terrorist targets", "military site", "militants"},
	{"terrorist headquarters", "headquarters", "militants"}, {"weapons depots", "weapons depot", "militants"},
	{"ammunition depots", "weapons depot", "militants"}, {"arms depots", "weapons depot", "militants"},
	{"ammunition stores", "weapons depot", "militants"}, {"ammunition bunkers", "weapons depot", "militants"},
	{"aircraft shelters", "military site", "militants"}, {"hardened shelters", "military site", "militants"}, // a base's, not a shelter for people
	{"weapons warehouse", "weapons depot", "militants"}, {"weapons warehouses", "weapons depot", "militants"},
	{"launch sites", "launch site", "militants"}, {"launch pad", "launch site", "militants"},
	{"launch pads", "launch site", "militants"}, {"launch positions", "launch site", "militants"},
	{"rocket launchers", "launch site", "militants"}, {"missile launchers", "launch site", "militants"},
	{"drone workshop", "workshop", "militants"}, {"drone factory", "workshop", "militants"},
	{"army post", "military site", "militants"}, {"army posts", "military site", "militants"},
	{"military post", "military site", "militants"}, {"military posts", "military site", "militants"},
	{"military infrastructure", "military site", "militants"}, {"deployment point", "base", "militants"},
	{"observation post", "fighting position", "militants"}, {"observation position", "fighting position", "militants"},
	{"espionage headquarters", "headquarters", "militants"}, {"espionage centre", "headquarters", "militants"},
	{"espionage center", "headquarters", "militants"}, {"spy base", "headquarters", "militants"},
	{"espionage centres", "headquarters", "militants"}, {"espionage centers", "headquarters", "militants"},
	{"strategic centre", "headquarters", "militants"}, {"strategic center", "headquarters", "militants"}, // a belligerent's word for the enemy post it hit
	{"gathering places", "gathering", "militants"}, {"gathering points", "gathering", "militants"},
	{"weapons train", "weapons depot", "militants"}, {"weapons and ammunition", "weapons depot", "militants"},
	{"western weapons", "weapons depot", "militants"}, {"weapons shipment", "weapons depot", "militants"},
	{"arms shipment", "weapons depot", "militants"}, {"smuggle weapons", "route", "militants"},
	{"weapons smuggling", "route", "militants"}, {"smuggling weapons", "route", "militants"},
	// a route or passage for arms: "a tunnel that Hezbollah used to bring weapons in";
	// negated ("not a weapons route") it says no fighters were there
	{"bring weapons", "route", "militants"}, {"bring in weapons", "route", "militants"}, {"bringing weapons", "route", "militants"},
	{"transfer weapons", "route", "militants"}, {"transferring weapons", "route", "militants"}, {"transfer of weapons", "route", "militants"},
	{"weapons route", "route", "militants"}, {"weapons routes", "route", "militants"}, {"supply route", "route", "militants"},
	{"smuggling route", "route", "militants"}, {"smuggling routes", "route", "militants"}, {"smuggling tunnel", "tunnel", "militants"},
	{"tunnel", "tunnel", "militants"}, {"tunnels", "tunnel", "militants"}, {"tunnel shaft", "tunnel", "militants"},
	// what civilians use
	{"bakery", "bakery", "civilians"}, {"flour mill", "bakery", "civilians"}, {"flour store", "food store", "civilians"},
	{"food warehouse", "food store", "civilians"}, {"food warehouses", "food store", "civilians"},
	{"food company", "food store", "civilians"}, {"food factory", "food store", "civilians"}, // "the warehouse of a food company"
	{"stores food", "food store", "civilians"}, {"store food", "food store", "civilians"}, // "a firm that packs and stores food"
	{"residential building", "residential building", "civilians"}, {"displaced people", "camp", "civilians"},
	{"funeral", "funeral", "civilians"}, {"kindergarten", "school", "civilians"},
	{"classroom", "school", "civilians"}, {"classrooms", "school", "civilians"},
	{"grain warehouse", "food store", "civilians"}, {"grain store", "food store", "civilians"},
	{"grain terminal", "food store", "civilians"}, {"grain silo", "food store", "civilians"},
	{"poultry", "farm", "civilians"}, // not any farm: fighters hold farms too
	{"apartment building", "residential building", "civilians"}, {"apartment block", "residential building", "civilians"},
	{"residential area", "residential building", "civilians"}, {"residential neighbourhood", "residential building", "civilians"},
	{"tent", "camp", "civilians"}, {"tents", "camp", "civilians"}, {"refugee camp", "camp", "civilians"},
	{"clinic", "hospital", "civilians"}, {"pharmacy", "shop", "civilians"}, {"shop", "shop", "civilians"},
	{"shops", "shop", "civilians"}, {"restaurant", "shop", "civilians"}, {"printing house", "shop", "civilians"},
	{"radio station", "broadcaster", "civilians"}, {"radio stations", "broadcaster", "civilians"}, // a broadcaster's building
	{"television station", "broadcaster", "civilians"}, {"tv station", "broadcaster", "civilians"},
	{"fishing boat", "boat", "civilians"}, // "a strike hit a fishing boat on the river" (not the plural: "the raids halved the fishing boats going out")
	{"minibus", "bus", "civilians"}, {"passenger bus", "bus", "civilians"}, {"taxi", "vehicles", "civilians"},
}

// groupWords tell who the victims or targets were.
var groupWords = []struct{ Phrase, Group string }{
	{"civilians", "civilians"}, {"civilian", "civilians"}, {"children", "civilians"},
	{"women", "civilians"}, {"families", "civilians"}, {"residents", "civilians"},
	{"militants", "militants"}, {"fighters", "militants"}, {"jihadists", "militants"},
	{"terrorists", "militants"}, {"insurgents", "militants"}, {"militia", "militants"},
	{"militiamen", "militants"}, {"daesh targets", "militants"}, {"isis targets", "militants"},
	{"medics", "medics"}, {"medical", "medics"}, {"paramedics", "medics"},
	{"mercenaries", "militants"}, {"servicemen", "militants"},
	{"snipers", "militants"}, // "struck Islamic State snipers on the rooftops"
	// a movement's agents a strike is said to have killed: "an ISIS-K facilitator"
	{"facilitator", "militants"}, {"facilitators", "militants"}, {"operative", "militants"}, {"operatives", "militants"},
	// a family's account of who the dead man was
	{"unarmed", "civilians"},
	// people who fled or travel, held or sheltering where the strike fell
	{"migrants", "civilians"}, {"refugees", "civilians"},
	// the young, and people passing by, whom a report names as among those hit
	{"boy", "civilians"}, {"boys", "civilians"}, {"girl", "civilians"}, {"girls", "civilians"},
	{"schoolchildren", "civilians"}, {"passer - by", "civilians"}, {"passers - by", "civilians"},
	// people at their trade in the fields or on the water: "the strike killed shepherds, not Daesh"
	{"shepherds", "civilians"}, {"farmers", "civilians"}, {"fishermen", "civilians"}, {"herders", "civilians"},
}

// fieldKeys are the labelled fields of an incident log entry ("- Date: 3
// May 2017", "Location: market, Tabqa", "Belligerent assessed: Russia"), by
// what they give the entry. Keys are matched lower-cased, without a leading
// bullet.
var fieldKeys = map[string]string{
	"date": "date", "date and time": "date", "when": "date", "incident date": "date", // "Date: 12 June 2019, night"
	"location": "place", "place": "place", "where": "place", "site": "place", "area": "place", // "Location: near the mill, Kafr Nabl"
	"belligerent": "perp", "belligerent assessed": "perp", "belligerents": "perp", "perpetrator": "perp", // "Belligerent assessed: Turkey"
	"suspected perpetrator": "perp", "alleged perpetrator": "perp", "attributed to": "perp", "suspected belligerent": "perp", // "Attributed to: unknown aircraft"
}

// armWords name the weapons or forces of an actor named after "of"
// ("blamed aircraft of the coalition", "drones of the Turkish army").
var armWords = words("aircraft", "jets", "warplanes", "planes", "drones", "drone",
	"helicopters", "forces", "troops", "artillery", "missiles", "units", "fighters")

// hedges before an actor in narration make it a suspicion, not a claim
// ("a suspected Turkish drone strike", "an apparent Israeli raid").
var hedges = words("suspected", "alleged", "presumed", "apparent", "possible", "likely")

// negations before an attack verb deny it ("did not conduct airstrikes").
var negations = []string{
	"not", "did not", "didn't", "never", "had not", "hadn't", "has not", "hasn't",
	"have not", "haven't", "was not", "wasn't", "were not", "weren't", "no", "none",
}

// denial words deny a claim referred to ("the U.S. claim is ... false").
var denialWords = []string{"false", "untrue", "inauthentic", "not authentic", "was not authentic", "is not authentic", "were not authentic", "are not authentic", // ("was not" is a negation: the longer phrase goes first)
	"baseless", "fabricated", "lies", "fake", "incorrect", "not true",
	"unfounded", "groundless", "without foundation", "no basis", "not correspond to reality", "do not correspond",
	"does not correspond", "did not correspond", "fabrication", "fabrications", "disinformation", "a lie", "nonsense",
	"was wrong", "were wrong", "is wrong", "erroneous", "was mistaken", "were mistaken", // "we wrote that … That was wrong."
	"staged", "faked", "forged", "doctored", "a hoax"} // "the pictures are staged": invented (see discredited)

// dispute words question a claim without denying it.
var disputeWords = []string{"misleading", "questioned", "questionable", "doubtful", "disputed", "exaggerated", "cast doubt",
	"no reliable information", "no credible information", // "we have no reliable information about this operation": doubt, not denial
}

// suchDoubts doubt that a strike happened at all ("it has no information
// about any such operation"): a dispute, and an anaphor of the strike told
// before (not "no information on the strike", which is no comment).
var suchDoubts = suchDoubtPhrases()

func suchDoubtPhrases() []string {
	var out []string
	for _, prep := range []string{"about", "on"} {
		for _, n := range []string{"operation", "raid", "strike", "attack"} {
			art := "a"
			if n[0] == 'o' || n[0] == 'a' {
				art = "an"
			}
			out = append(out, "no information "+prep+" any such "+n, "no information "+prep+" such "+art+" "+n)
		}
	}
	return out
}

// retraction cues withdraw the speaker's own earlier claim.
var retractionCues = []string{
	"recanting", "recanted", "retracting", "withdrawn", "withdrawing", "before withdrawing",
	"later issued another statement", "issued another statement", "issued a correction",
	"later corrected", "walked back", "backtracked", "dropped its accusation", "dropped their accusation", "dropped the accusation",
	"dropped its claim", "dropped their claim", "dropped the claim", "pulled its statement", "withdrew that statement",
	"withdrew the statement", "deleted the statement", "deleted its statement", "retracted the claim",
	"deleted the post", "deleted its post", "deleted that post", "deleted our post", // "the channel deleted its post on a drone strike"
	"deleted our", "deleted its", // "We have deleted our 9:40 post about an American drone"
	"withdraw our statement", "withdraw our report", "withdraw our claim", "retract our statement", "retract our report", "retract our claim", // "\"We withdraw our statement that Russian aircraft carried out the raid\""
	// a body that calls its own account wrong and takes it back: "\"Our first report was not correct, and we withdraw it\""
	"we withdraw it", "we retract it", "we have withdrawn it", "withdraw our initial report", "withdraw our initial statement",
	"changed his account", "changed her account", "changed its account", "changed their account", "before correcting",
	"an earlier version of this", // a correction: "An earlier version of this story said the strike was carried out by ..."
	// a monitor taking back whom it blamed: "We withdraw that attribution."
	"withdraw that attribution", "withdraw this attribution", "withdraw the attribution", "withdraw our attribution",
	"withdrew its attribution", "withdrew the attribution",
	// a body disowning a statement issued in its name: "a statement by its deputy
	// chief ... \"does not represent the official position\" of the Forces"
	"does not represent the official position", "did not represent the official position",
	"do not represent the official position",
}

// claimWords refer to an earlier statement ("denied that claim", "the U.S. claim").
var claimWords = []string{"claim", "claims", "tweet", "statement", "story", "account", "report", "reports", "version", "denial", "denials",
	"remark", "remarks", // "He withdrew the remark later in the morning."
	"accounts", "stories", "versions", // plurals: "the ministry rejected the accounts"
	"attribution",                                            // "We withdraw that attribution."
	"accusation", "accusations", "allegation", "allegations"} // "the militia's spokesman denied the accusation"

// linkVerbs tie their subject to a strike named elsewhere in the clause
// without being a strike themselves ("Iraqi forces had requested the strike").
var linkVerbs = []string{"joined", "join", "had any role", "had a role", "played a role", "played any role", "had a hand", "requested", "approved", "authorized", "authorised", "ordered", "called in", "coordinated", "directed", "supported", "backed"}

// intelligenceLinks are link verbs too ("the SDF provided intelligence for
// the raid": a part in it), but their first words ("provided", "shared")
// are no strike cue: they are kept out of the prefilter, and a sentence
// must name the strike by another word to be read at all.
var intelligenceLinks = []string{"provided intelligence", "supplied intelligence", "shared intelligence", "gave intelligence"}

// enablingPhrases take part in a strike by letting the attacker through:
// both the subject and the actor after them are perpetrators ("the
// Americans opened the airspace for the Israeli jets"). They are link verbs
// and participation phrases at once.
var enablingPhrases = []string{
	"opened the airspace for", "opened the airspace to", "opened its airspace for", "opened its airspace to",
	"opened their airspace for", "opened their airspace to", "opened the sky for", "opened the sky to",
	"opened the skies for", "opened the skies to", "opened the airspace", "opened the sky", "opened the skies",
}

// participation phrases put the actor that follows among the perpetrators
// ("with support from @CJTFOIR", "coordinated with the Syrian army").
var participation = []string{
	"with support from", "w / support from", "with the support of", "with support of",
	"with intelligence support from", "intelligence support from", "with air support from",
	"air support from", "with the help of", "with help from", "with the backing of",
	"had help from", "received help from", "got help from", // "the commandos who killed him had help from both Turkey and the Kurds"
	"backing of", "backed by", "supported by", "support from", "in coordination with",
	"coordinated with", "in cooperation with", "jointly with", "together with",
	"alongside", "with the participation of", "assisted by", "with assistance from",
	"directed by", "orchestrated by", "masterminded by", // "a faction \"armed, trained and directed by Iran\""
	"direction from",                                     // "militias that receive funding, training and direction from Iran's Quds Force"
	"orders from",                                        // "militias that take their orders from Iran"
	"intelligence shared by", "intelligence provided by", // "the strikes drew on intelligence shared by Iraq"
}

// copular participation: the subject is the perpetrator though the verb is
// passive in form ("the United States was behind", "its was involved").
var copular = words(
	"was behind", "were behind", "is behind", "are behind",
	"was involved", "were involved", "is involved",
	"was responsible", "were responsible", "is responsible", "are responsible",
	"bears responsibility", "bear responsibility", "bore responsibility",
	"bears full responsibility", "bear full responsibility", "bears the responsibility", "bear the responsibility",
	"involved", // "had been involved"
	// complicity is a part in the strike: "the Americans, who control the airspace, were complicit"
	"was complicit", "were complicit", "is complicit", "are complicit",
)

// gap words may stand between a subject and its verb without breaking the
// link: auxiliaries, adverbs and the words of a noun phrase.
var gapWords = words(
	"had", "has", "have", "did", "also", "then",
	"later", "eventually", "reportedly", "allegedly",
	"jointly", "together", "successfully", "initially",
	"subsequently", "apparently", "first", "earlier",
	"finally", "again", "both", "and", ",", "the",
	"all", "each", // "the United States and Britain all took part"
	"'s", "aircraft", "jets", "warplanes", "planes",
	"fighter", "bombers", "-", "helicopters", "drones",
	"vehicles", "tanks", "support", // "our fire support vehicles, artillery and F-16 aircraft struck"
	"gunships", "forces", "troops", "units", "pilots",
	"guns", "batteries", // "the Turkish army's guns shelled", "Syrian batteries pounded"
	"under", "control", "command", "heroes", "in",
	"state", // "the Turkish occupation state had targeted"
	"military", "aviation", "army", "air", "force",
	"security", "elite", "special", "had been", "been",
	"would", "will", "may", "might", "could",
	"not", "never", "didn't", "hadn't", "today",
	"yesterday", "overnight", "recently", "just",
	"specifically", "repeatedly", "allegedly also", "themselves", "itself",
	"plane", "bomber",
	"brigades", "factions", // "none of its brigades had anything to do with the attack"
	"operations", "commandos", "operators", // "U.S. special operations forces conducted a raid", "U.S. commandos stormed"
	// an arm named by its service: "US Navy jets had carried out"
	"navy", "naval", "marine",
	"armed", // "units of our armed forces had destroyed"
	// official epithets: "our heroic F-16 pilots", "our valiant army aviation"
	"heroic", "valiant", "brave", "courageous",
	// aircraft named by model: "a British Typhoon jet", "French Rafale jets", "an MQ-9 Reaper"
	"typhoon", "typhoons", "tornado", "tornados", "tornadoes", "rafale", "rafales", "mirage",
	"reaper", "reapers", "predator", "apache", "apaches", "sukhoi", "mig", "cessna",
	"munitions", "mistakenly", "accidentally", "erroneously", "wrongly", "inadvertently", "deliberately", "intentionally",
	"/", "or", "of", "its", "their", "our", "continued", "continue",
	"occupation", "terrorists", "militants", "gangs", "this", "evening", "morning", "afternoon", "night",
	"early", "late", "last", "on", "monday", "tuesday", "wednesday",
	"thursday", "friday", "saturday", "sunday", "missiles", "missile",
	"rockets", "shells", "bombs", "rounds", "mortar", "tactical", "fighters", "guided",
	"ballistic", "cruise", "precision", // "Iranian ballistic missiles struck", "precision-guided bombs"
	"warplane", "drone", "jet", "helicopter", "gunship", "regime", "government",
	"was", "were", "is", "are", "being",
	"likely", "most", "probably", "almost", "certainly", // "the Coalition most likely carried out"
	"enemy", // "drones of the American enemy hit", "the Zionist enemy's jets struck"
	// an armed group named with its head noun: "cells of the ISIS terrorist organisation detonated"
	"terrorist", "organisation", "organization", "cells", "cell",
)

// pronouns that stand for the speaker's own side in its statement
// ("it had attacked the convoy", "our heroes ... destroyed").
var selfPronouns = words("it", "its", "they", "their", "we", "our")

// anaphors take the perpetrators of the speaker's previous claim
// ("the raids destroyed 55 trucks" after "the coalition had struck ...").
var anaphors = []string{"the operation", "this operation", "the raids", "the strikes", "the air strikes", "the airstrikes", "these strikes", "these air strikes", "the attacks", "the strike", "the raid", "the attack", "the bombing"}

// timeWords make a sentence worth reading for its date even without a cue.
var timeWords = []string{
	"january", "february", "march", "april", "may", "june", "july", "august",
	"september", "october", "november", "december", "jan.", "feb.", "mar.", "apr.",
	"jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.",
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"yesterday", "today", "tonight", "last night", "next day", "following day", "days",
}

// countryNames name the main country for "in the country".
var countryNames = map[string]string{
	"IQ": "Iraq", "SY": "Syria", "RU": "Russia", "TR": "Turkey", "IR": "Iran", "IL": "Israel",
	"LB": "Lebanon", "YE": "Yemen", "LY": "Libya", "AF": "Afghanistan", "SO": "Somalia",
	"JO": "Jordan", "SA": "Saudi Arabia", "PS": "Palestine", "UA": "Ukraine", "PK": "Pakistan",
	"ML": "Mali", "NG": "Nigeria",
}

// blameVerbs name the perpetrator as their object ("blamed Turkey", "held
// the United States responsible", "accused Israel of").
var blameVerbs = words("blamed", "blames", "blaming", "blame", "accused", "accuses", "accusing", "accuse", "held", "holds", "holding", "hold")

// noComment phrases make a statement about a strike no claim about it
// ("said he had no information on the strike", "declined to comment").
var noComment = []string{"no information", "declined to comment", "not aware of", "no indication", "did not comment", "no comment",
	"could not confirm", "would not comment", "did not report", "has not reported", "have not reported", "had not reported", "not immediately comment", "did not respond", "declined to say", "was being investigated", "investigating the",
	"does not comment", "do not comment", "declines to comment", "refused to comment", "not to comment", // "the army said it does not comment on foreign reports"
	// silence on a subject, not "said nothing had been hit": "state media said nothing about the raids"
	"said nothing about", "said nothing on", "says nothing about", "says nothing on", "say nothing about", "say nothing on"}

// airArms refine a side named by a pronoun or its own statement by the
// arm named next to it ("its F-16 jets had bombed" -> iraq-air-force).
var airArms = map[string]map[string]string{
	"iraq": {"jets": "iraq-air-force", "warplanes": "iraq-air-force", "aircraft": "iraq-air-force", "f": "iraq-air-force",
		"helicopters": "iraq-army-aviation", "gunships": "iraq-army-aviation", "helicopter": "iraq-army-aviation"},
}
