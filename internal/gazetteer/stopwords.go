package gazetteer

// stopWords are capitalised words common in strike reports that GeoNames
// also lists as places somewhere ("Mercy", "Victory", "Mission", the months, "Of" in
// Turkey, "Man" in Côte d'Ivoire). They are never matched alone in Latin
// script; multi-word names containing them still match ("Camp Victory"
// would, were it indexed). Arabic words are not listed: the population and
// context rules of Locate keep rare collisions out.
var stopWords = []string{
	// Calendar.
	"January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Monday", "Tuesday",
	"Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Today", "Tonight",
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	// Function words and pronouns capitalised at a sentence start.
	"Of", "Man", "The", "And", "But", "Or", "In", "On", "At", "By", "For", "To",
	"As", "If", "It", "Its", "We", "Us", "He", "She", "They", "Them", "His",
	"Her", "Our", "This", "That", "These", "Those", "There", "Here", "Then",
	"When", "Where", "Who", "Why", "How", "What", "Which", "While", "After",
	"Before", "Since", "Still", "Also", "Even", "Only", "Some", "Many", "Most",
	"All", "Both", "Each", "Other", "Others", "Another", "Such", "No", "Not",
	"Yes", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight",
	"Nine", "Ten", "Hundred", "Thousand", "Million", "First", "Second",
	"Third", "Last", "Next", "Later", "Earlier", "Meanwhile", "However",
	// Ordinals, as in a unit's name: "the Fourth Brigade" is no Fürth.
	"Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth", "Eleventh", "Twelfth",
	"Over", "Under", "Between", "Among", "Near", "Outside", "Inside", "Around",
	"Across", "Against", "During", "Until", "Despite", "Without", "Within",
	"According", "Following", "Although", "Because", "Once", "Again", "Just",
	"More", "Much", "Very", "Well", "New", "Old", "Good", "Great", "Little",
	"Big", "Long", "High", "Low", "Early", "Late", "Far", "Close",
	// Words of conflict reporting.
	"Islamic", "State", "States", "Strike", "Strikes", "Airstrike", "Air",
	"Force", "Forces", "Army", "Navy", "Police", "Militia", "Militias",
	"Coalition", "Operation", "Operations", "Command", "Joint", "Task",
	"Ministry", "Defense", "Defence", "Security", "Military", "Mercy", "Victory", "Mission",
	"Liberation", "Freedom", "Liberty", "Peace", "Hope", "Unity", "Union",
	"Independence", "Revolution", "Resolve", "Inherent", "Popular",
	"Mobilization", "Mobilisation", "Units", "Unit", "Brigade", "Division",
	"Battalion", "Regiment", "Corps", "Guard", "Guards", "Fighters", "Rebels",
	"Convoy", "Base", "Camp", "Lake", "River", "Valley", "Mountain", "Desert",
	"Bridge", "Road", "Highway", "Street", "Square", "Market", "Hospital",
	"School", "Mosque", "Church", "Airport", "Border", "City", "Town",
	"Village", "Province", "Governorate", "District", "Region", "Capital",
	"Center", "Centre", "Central", "North", "South", "East", "West",
	"Northern", "Southern", "Eastern", "Western", "Middle", "Gulf", "Sea",
	"Civilians", "Children", "Women", "Medics", "Media", "News", "Press",
	"Report", "Reports", "Statement", "Spokesman", "Spokesperson", "Official",
	"Officials", "Sources", "Source", "Government", "President", "Minister",
	"Prime", "General", "Colonel", "Captain", "Major", "Sergeant", "Commander",
	"Chief", "Council", "Parliament", "Congress", "Senate", "Court", "Party",
	"Front", "Movement", "Group", "Network", "Agency", "Service", "Services",
	"Department", "Office", "Committee", "Commission", "Organization",
	"Organisation", "Association", "Institute", "University", "Republic",
	"Kingdom", "Democratic", "National", "International", "Federal", "Royal",
	"Special", "Secret", "Red", "Green", "Black", "White", "Blue", "Golden",
	"Silver", "Star", "Sun", "Moon", "Post", "Times", "Daily", "Mail",
	"Express", "Independent", "Guardian", "Telegraph", "Herald", "Tribune",
	"Standard", "Observer", "Mirror", "Globe", "Journal", "Reuters",
	"Associated", "Agence", "Twitter", "Facebook", "Telegram", "YouTube",
	"Video", "Photo", "Footage", "Advertisement", "Share", "Comment",
	"Comments", "Read", "More", "Subscribe", "Home", "World", "Nation",
	"Opinion", "Sport", "Sports", "Business", "Health", "Science",
	"Culture", "Life", "Style", "Travel", "Education",
	"Human", "Rights", "Watch", "Cell", "God", "Date", "English", "None",
	// Continents and oceans, alternate names of towns somewhere ("Africa"
	// for Mahdia, Tunisia) and words of commands ("U.S. Africa Command").
	"Africa", "Europe", "Asia", "America", "Americas", "Oceania", "Antarctica",
	"Atlantic", "Pacific", "Arctic",
	// Generic words of Arabic place names, alone: "Wadi" (valley), "Jabal"
	// (mountain), "Jazira" (the Upper Mesopotamian plain, and Al Jazeera).
	"Wadi", "Jabal", "Jebel", "Jazira", "Jazeera",
	// Short words, abbreviations and acronyms ("So" would fold to Soo, JP).
	"So", "Do", "Go", "Be", "Me", "My", "Up", "Oh", "Ok", "Yet", "Now", "Any",
	"Few", "Can", "Did", "Has", "Had", "Was", "Are", "Is", "Get", "Got", "Let",
	"Put", "See", "Say", "Set", "Try", "Use", "Via", "Per", "Off", "Out", "Own",
	"Day", "Way", "War", "Men", "Run", "Top", "From", "Into", "Onto", "Upon",
	"Col", "Gen", "Lt", "Mr", "Mrs", "Ms", "Dr", "St", "Mt", "Ft", "Sgt",
	"Maj", "Capt", "Brig", "Adm", "Rep", "Sen", "Gov", "Ops", "AP", "AFP",
	"ISIS", "ISIL", "Daesh", "PMF", "PMU", "SDF", "YPG", "CJTF", "OIR", "UN",
	"EU", "NATO", "Quds", "Levant", "Boring", "Bell", "Deny", "Denies",
	"Said", "Says", "Told", "Killed", "Hits", "Attack", "Attacks",
	// Ordinary English words that open a commentator's summary lines
	// ("Bottom line:", "Key point:", "Plus, ...") and name a town
	// somewhere (The Bottom, Saba; Key and Plus, US).
	"Bottom", "Key", "Plus",
	// Names of people in the news that are also towns somewhere.
	"Obama", "Trump", "Biden", "Bush", "Clinton", "Kerry", "Putin", "Assad",
	"Maliki", "Abadi", "Sadr", "Hariri", "Chris", "Allen", "Matthew",
	"Donald", "John", "James", "Michael", "Robert", "David", "Mark", "Paul",
	"Peter", "George", "Thomas", "Charles", "William", "Richard", "Joseph",
	"Daniel", "Sofge", "Garver", "Dillon", "Ryan", "Warren", "Scott",
	"Jackson",
	// Aircraft, drone and munition names that are also villages somewhere
	// ("the Bayraktar TB2", "a Rafale patrol", "Sukhois overhead").
	"Bayraktar", "Akinci", "Roketsan", "Rafale", "Mirage", "Sukhoi", "Sukhois",
	"Tornado", "Tornados", "Typhoon", "Reaper", "Predator", "Hellfire", "Shahed",
	// Given names that are also villages in releases ("Near Bashir"): Lookup
	// still finds them; Locate, reading prose, does not ("Bashir said").
	"Bashir",
}

// operationNames are names of military operations that are also towns
// abroad: "the Euphrates Shield and Olive Branch regions" are the zones of
// Turkey's operations in Syria, not Olive Branch, Mississippi. Only a town
// outside the theatre is dropped (see namesNoPlace).
var operationNames = []string{"Olive Branch", "Peace Spring", "Euphrates Shield", "Desert Storm", "Protective Edge"}

// titles before a name with a full stop: "Gen. Soleimani", "Col. Garver".
var titles = map[string]bool{
	"gen": true, "col": true, "lt": true, "maj": true, "capt": true, "cpt": true,
	"sgt": true, "brig": true, "adm": true, "cmdr": true, "mr": true, "mrs": true,
	"ms": true, "dr": true, "prof": true, "sen": true, "rep": true, "gov": true,
	"sheikh": true, "pres": true,
}

// allowedBefore are capitalised words that may stand right before a place
// name without making it part of a person's name: relations, directions,
// and words of headlines.
var allowedBefore = map[string]bool{
	"in": true, "near": true, "at": true, "from": true, "to": true, "outside": true,
	"around": true, "across": true, "into": true, "toward": true, "towards": true,
	"north": true, "south": true, "east": true, "west": true, "northern": true,
	"southern": true, "eastern": true, "western": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"upper": true, "lower": true, "greater": true, "of": true, "and": true, "or": true,
	"the": true, "with": true, "by": true, "on": true, "for": true, "between": true,
	"via": true, "through": true, "inside": true, "over": true, "under": true,
	"beyond": true, "within": true, "rural": true, "downtown": true, "old": true,
	"camp": true, "lake": true, "province": true, "governorate": true,
}

// namePrefixes are the generic first words of Arabic place names ("Tel
// Zuwaya", "Ain Issa", "Kafr Nabl"). Alone they name some village
// somewhere; followed by another capitalised word they begin a longer name
// the gazetteer does not know, and are not matched.
var namePrefixes = []string{
	"Tel", "Tell", "Tall", "Tal", "Ain", "Ayn", "Ein", "Abu", "Umm", "Bir", "Deir", "Dayr",
	"Kafr", "Kfar", "Khirbet", "Khirbat", "Jabal", "Jebel", "Wadi", "Ras", "Qasr", "Beit",
	"Bayt", "Sheikh", "Shaykh", "Nahr", "Jisr", "Hay", "Hayy", "Bab", "Birkat", "Qaryat",
	"Mazraat", "Bani", "Beni", "Bou", "Sidi", "Hassi", "Oued", "Ouled", "Tepe", "Kani",
	"Saint", "San", "Santa", "Port", "Fort", "Mount", "Lake", "Camp",
}

// kinPrefixes are the namePrefixes that make a name a person's or a
// tribe's ("Abu Rasin", "Umm Hosh", "Bani Zaid"): the word after one is
// no place of its own, so an unknown "Abu Rasin" is not the town Rasin.
var kinPrefixes = []string{"Abu", "Umm", "Bani", "Beni", "Bou", "Sidi", "Ouled"}

// groupWords after a name make it a people's, not a place's: "the Obeid
// tribe", "the Hassan family".
var groupWords = map[string]bool{
	"tribe": true, "tribes": true, "tribesmen": true, "clan": true, "clans": true, "family": true,
}

// orgHeads end the name of an organisation or an outlet that a place name
// may begin: "Highland Water Trust", "Syrian Arab Red Crescent", "Jubba
// Valley News". A name they follow names the body, not where a strike fell.
var orgHeads = map[string]bool{
	"trust": true, "foundation": true, "society": true, "charity": true, "crescent": true,
	"cross": true, "fund": true, "news": true, "post": true, "wire": true, "press": true,
	"times": true, "radio": true, "television": true, "tv": true, "agency": true,
}
