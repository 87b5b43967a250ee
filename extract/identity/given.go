package identity

// givenForm maps a common English diminutive or variant given name to one
// form, so that "Steve Witkoff" and "Steven Witkoff", or "Bill Clinton" and
// "William Clinton", share a key. Names that are diminutives of several
// different names (Chris, Alex, Sandy, Pat) are left alone: folding them
// would merge different people.
func givenForm(t string) string {
	if f, ok := givenForms[t]; ok {
		return f
	}
	return t
}

var givenForms = map[string]string{
	"steve": "stephen", "steven": "stephen", "stevie": "stephen",
	"bill": "william", "billy": "william", "will": "william", "willy": "william", "willie": "william",
	"bob": "robert", "bobby": "robert", "rob": "robert", "robbie": "robert",
	"mike": "michael", "mick": "michael", "mickey": "michael", "mikey": "michael",
	"jim": "james", "jimmy": "james",
	"tom": "thomas", "tommy": "thomas",
	"dick": "richard", "rick": "richard", "ricky": "richard", "rich": "richard", "richie": "richard",
	"dave": "david", "davey": "david",
	"dan": "daniel", "danny": "daniel",
	"joe": "joseph", "joey": "joseph",
	"tony": "anthony", "antony": "anthony",
	"andy": "andrew",
	"ben":  "benjamin", "benji": "benjamin",
	"sam": "samuel", "sammy": "samuel",
	"nick": "nicholas", "nicky": "nicholas", "nicolas": "nicholas",
	"matt": "matthew", "mat": "matthew",
	"greg": "gregory",
	"jeff": "jeffrey", "geoff": "geoffrey",
	"ken": "kenneth", "kenny": "kenneth",
	"larry": "lawrence", "laurence": "lawrence",
	"ron": "ronald", "ronnie": "ronald",
	"don": "donald", "donny": "donald",
	"johnny": "john",
	"fred":   "frederick", "freddie": "frederick", "freddy": "frederick",
	"charlie": "charles", "chuck": "charles",
	"tim": "timothy", "timmy": "timothy",
	"pete": "peter",
	"phil": "philip", "phillip": "philip",
	"ray":   "raymond",
	"jerry": "gerald", "gerry": "gerald",
	"nate": "nathan", "nathaniel": "nathan",
	"zach": "zachary", "zack": "zachary",
	"abe": "abraham",
	"ed":  "edward", "eddie": "edward",
	"walt":  "walter",
	"vince": "vincent",
	"doug":  "douglas",
	"stan":  "stanley",
	"ernie": "ernest", "bernie": "bernard",
	"kate": "katherine", "katie": "katherine", "kathy": "katherine", "catherine": "katherine", "kathryn": "katherine", "cathy": "katherine",
	"liz": "elizabeth", "beth": "elizabeth", "betty": "elizabeth", "lizzie": "elizabeth", "eliza": "elizabeth",
	"sue": "susan", "susie": "susan",
	"jenny": "jennifer", "jen": "jennifer",
	"meg": "margaret", "maggie": "margaret", "peggy": "margaret",
	"becky":  "rebecca",
	"debbie": "deborah", "debra": "deborah",
	"vicky": "victoria", "vicki": "victoria",
	"jackie": "jacqueline",
	"mandy":  "amanda",
	"patty":  "patricia", "tricia": "patricia", "trish": "patricia",
	"barb":  "barbara",
	"annie": "ann", "anne": "ann",
	"sara":   "sarah",
	"graeme": "graham", "grahame": "graham",
	"col":  "colin",
	"vlad": "vladimir",
	// Central European given names, their short forms and their English
	// twins: "Tom Reilly" is "Tomasz Reilly", "Kasia Nowak" is "Katarzyna
	// Nowak".
	"tomasz": "thomas", "tomek": "thomas", "tomas": "thomas",
	"katarzyna": "katherine", "kasia": "katherine",
	"aleksander": "alexander", "alek": "alexander", "olek": "alexander",
	"wojtek": "wojciech", "krzysiek": "krzysztof", "gosia": "malgorzata", "magda": "magdalena",
	"basia": "barbara", "jarek": "jaroslaw", "zbyszek": "zbigniew", "kuba": "jakub", "jirka": "jiri",
	// Greek given names and their everyday short forms: "Nikos Andreou"
	// is "Nikolaos Andreou", "Kostas" is "Konstantinos".
	"nikos": "nikolaos", "kostas": "konstantinos", "giorgos": "georgios", "yiorgos": "georgios",
	"dimitris": "dimitrios", "giannis": "ioannis", "yannis": "ioannis", "panos": "panagiotis",
	"thanasis": "athanasios", "vangelis": "evangelos",
	// Transliterations of Arabic given names.
	"mohammed": "muhammad", "mohamed": "muhammad", "mohammad": "muhammad", "muhammed": "muhammad",
	"mohamad": "muhammad", "mohammd": "muhammad", "muhamad": "muhammad",
	"ahmad": "ahmed", "ahmet": "ahmed",
	"yusuf": "youssef", "yousef": "youssef", "yousif": "youssef", "yussef": "youssef", "youssof": "youssef",
	"mostafa": "mustafa", "moustafa": "mustafa",
	"abdallah": "abdullah", "abdulla": "abdullah",
	"hussain": "hussein", "husain": "hussein", "husein": "hussein",
	"omar": "umar",
}
