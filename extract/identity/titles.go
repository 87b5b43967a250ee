package identity

import (
	"bytes"
	"strings"
	"unicode"
)

// Titles, honorifics and office words that precede a personal name but are
// not part of it ("Russian President Vladimir Putin", "Mr Putin",
// "Taoiseach Micheál Martin"). pureTitles are words that are never used on
// their own as a surname in English-language news; surnameTitles double as
// surnames (John Major, Stephen King, Julie Bishop) and are only dropped in
// front of another name token.
var pureTitles = wordSet(`
president vice prime minister premier chancellor taoiseach tanaiste
secretary undersecretary under-secretary senator sen rep representative
congressman congresswoman congressmember governor gov mayor ambassador
envoy spokesman spokeswoman spokesperson deputy ceo cfo coo cto chairman chairwoman
chairperson emir pope ayatollah mp mep mla msp aide adviser
advisor negotiator commissioner vp lieutenant lt col gen maj capt adm sgt
cmdr brig president-elect chief-of-staff secretary-general attorney-general
first foreign defence defense interior finance acting former then late
presidential parliamentary opposition leader co-founder founder
superintendent inspector detective constable sultan tsar czar crown
det insp supt dci dsi
archbishop ayatollah grand supreme tánaiste
challenger incumbent candidate nominee striker winger midfielder defender goalkeeper
cllr councillor councilor councilman councilwoman alderman assemblyman assemblywoman
`)

var surnameTitles = wordSet(`
king queen prince princess duke duchess earl baron baroness lord lady
countess viscount viscountess marquess marchioness
emperor empress sultan tsar czar
general colonel major captain admiral sergeant commander marshal brigadier
commodore corporal ensign
judge justice speaker chief director bishop cardinal rabbi imam father
sister brother reverend coach officer chair head dean provost saint pastor
professor doctor
`)

// honorifics always precede a name: after one, the next token is a name
// even when it is also a title word ("Mr King"). They are courtesy, not a
// role: "Sheikh Tamim bin Hamad Al Thani" is the emir.
var honorifics = wordSet(`
mr mrs ms miss mx messrs mmes dr cr prof sir dame mme mlle herr frau rev fr hon sheikh sheik
madame monsieur señor señora signor signora
`)

// officeWords continue a title after "of" or "for": "Secretary of State",
// "Minister for Foreign Affairs", "Director of National Intelligence".
var officeWords = wordSet(`
of for the and state states defence defense foreign affairs health treasury
interior justice commerce energy education transport transportation
agriculture labor labour homeland security finance war home trade economy
economic communications staff culture environment housing veterans public
international development national intelligence information european union
united nations armed forces navy army police joint chiefs general assembly
council commission ministry office house senate parliament representatives
exchequer duchy lancaster northern ireland scotland wales affairs relations
`)

// nameSuffixes follow a surname and belong to the name.
var nameSuffixes = wordSet(`jr sr jnr snr ii iii iv`)

// postNominals are the letters written after a name for an honour, a
// degree or a seat (KC, MP, OBE, PhD), in the case they are written in.
var postNominals = map[string]bool{
	"KC": true, "QC": true, "MP": true, "MSP": true, "MEP": true, "OBE": true,
	"MBE": true, "CBE": true, "KBE": true, "DBE": true, "FRS": true, "PhD": true,
}

// seatRole reports whether post-nominal letters name a seat the person
// holds ("Jane Hollis MP"), which is a role. An honour ("OBE") or a
// degree ("PhD") describes no office and is none; a rank at the bar
// ("KC", "QC") is a role of its own (counselRole).
func seatRole(letters string) bool {
	switch letters {
	case "MP", "MSP", "MEP":
		return true
	}
	return false
}

// isPostNominal reports whether a token, trailing punctuation aside, is
// post-nominal letters.
func isPostNominal(tok string) bool {
	return postNominals[strings.TrimRightFunc(tok, func(r rune) bool { return !unicode.IsLetter(r) })]
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// isTitle reports whether tok (as written) is a title or honorific word.
// Hyphenated titles count when any part is a pure title ("ex-President",
// "Secretary-General").
//
// bare(tok) is looked up from a buffer on the stack: only a hyphenated
// word, rare, takes a string of its own.
func isTitle(tok string) bool {
	var buf [32]byte
	bb := bareBytes(buf[:0], tok)
	if titleWords[string(bb)] || capitalRank(tok) {
		return true
	}
	if bytes.IndexByte(bb, '-') >= 0 {
		b := string(bb)
		for _, p := range strings.Split(b, "-") {
			if pureTitles[p] || p == "ex" && len(b) > 3 {
				return true
			}
		}
	}
	return false
}

// titleWords are pureTitles, surnameTitles and honorifics in one set, for
// isTitle's one look-up of a word that is none of them, the common case.
var titleWords = unionSet(pureTitles, surnameTitles, honorifics)

// unionSet returns a set of the words of every set given.
func unionSet(sets ...map[string]bool) map[string]bool {
	out := map[string]bool{}
	for _, set := range sets {
		for w, in := range set {
			if in {
				out[w] = true
			}
		}
	}
	return out
}

// isPureTitle is isTitle for words that are never a surname on their own.
// Its look-ups are isTitle's, from a buffer on the stack.
func isPureTitle(tok string) bool {
	var buf [32]byte
	bb := bareBytes(buf[:0], tok)
	if pureTitles[string(bb)] || honorifics[string(bb)] || capitalRank(tok) {
		return true
	}
	if bytes.IndexByte(bb, '-') >= 0 {
		for _, p := range strings.Split(string(bb), "-") {
			if pureTitles[p] {
				return true
			}
		}
	}
	return false
}
