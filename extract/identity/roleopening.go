package identity

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// capitalisedTitles are the first words of titles written capitalised
// before a name inside a sentence too ("President Ruiz", "Judge Ann
// Lee"), which keep their capital where a sentence opens with them.
var capitalisedTitles = wordSet(`president vice minister premier senator governor mayor judge justice general colonel
	captain major lieutenant sergeant corporal admiral commander brigadier marshal detective inspector
	superintendent constable chancellor secretary ambassador king queen prince princess emperor empress
	pope cardinal bishop archbishop rabbi imam father reverend sheikh emir sultan ayatollah chairman
	chairwoman chair chief commissioner representative congressman congresswoman councillor councilman
	councilwoman alderman speaker professor dr doctor pastor treasurer sir dame lord lady baron baroness count countess duke
	duchess attorney sheriff coach deputy acting interim former crown grand first`)

// openingRole returns a role written before a name at the opening of
// its sentence as it reads inside one: "Fellow actor Ana Lind" and
// "Actor Tom Brack" are an actor, as "fellow actor Ana Lind" is, while
// "President Ruiz" and "Foreign Minister Jan Olsen" keep the capitals of
// their titles, and a first word that is no role noun ("British
// cyclist", "Council leader") the capital it may have anywhere.
func openingRole(text string, sent doc.Span, r Role) Role {
	start := sent.Start
	for start < sent.End && !unicode.IsLetter(rune(text[start])) && text[start] < utf8.RuneSelf {
		start++
	}
	if r.Evidence.Start != start || !strings.HasPrefix(text[start:], r.Text) {
		return r
	}
	words := strings.Fields(r.Text)
	if len(words) > 1 && strings.EqualFold(words[0], "fellow") {
		// "Fellow" relates the person to another, as "his" would.
		r.Text = strings.Join(words[1:], " ")
		r.Norm = normRole(r.Text)
		return r
	}
	for _, w := range words[1:] {
		if w != strings.ToLower(w) {
			return r
		}
	}
	first, size := utf8.DecodeRuneInString(words[0])
	b := bare(words[0])
	if !unicode.IsUpper(first) || capitalisedTitles[b] || !roleHeads[b] && !descriptorNouns[b] || words[0][size:] != strings.ToLower(words[0][size:]) {
		return r
	}
	words[0] = string(unicode.ToLower(first)) + words[0][size:]
	r.Text = strings.Join(words, " ")
	r.Norm = normRole(r.Text)
	return r
}

// perlSpace is what \s matches in a regular expression.
const perlSpace = "\t\n\f\r "

// representedBy matches the end of the words before a title and a name
// that say whose the title is: "Norland was represented by" Foreign
// Minister Jan Olsen.
var representedBy = regexp.MustCompile(`\b(?:was|is|were|are|will be|had been|has been) represented by\s+$`)

// representedRole returns a title written before a name without its
// owner ("Foreign Minister") as the title of the place the sentence says
// the person represented (or the body): "Norland was represented by Foreign Minister
// Jan Olsen" gives Norland's Foreign Minister.
func representedRole(text string, sent doc.Span, mentions []doc.Mention, r Role) Role {
	if strings.Contains(r.Text, "'s ") || strings.Contains(r.Text, "’s ") || !strings.HasPrefix(text[r.Evidence.Start:], r.Text) {
		return r
	}
	for _, w := range strings.Fields(r.Text) {
		if first, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(first) {
			return r
		}
	}
	before := text[sent.Start:r.Evidence.Start]
	if !strings.HasSuffix(strings.TrimRight(before, perlSpace), "represented by") {
		// Every match of representedBy ends in these words and white
		// space (\s) alone.
		return r
	}
	loc := representedBy.FindStringIndex(before)
	if loc == nil {
		return r
	}
	subject := strings.TrimRight(before[:loc[0]], " ")
	for _, m := range mentions {
		if (m.Type == doc.Place || m.Type == doc.Org) && m.Start >= sent.Start && m.End == sent.Start+len(subject) {
			r.Text = text[m.Start:m.End] + "'s " + r.Text
			r.Norm = normRole(r.Text)
			r.Evidence.Start = m.Start
			return r
		}
	}
	return r
}
