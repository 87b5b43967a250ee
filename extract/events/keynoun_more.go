package events

import "newsbot/extract/doc"

// subjectPrepositions open a phrase that follows the head of a subject
// noun phrase: "A hearing in the case", "The vote on the budget". Not
// "of": "A meeting of the council" may be any meeting the council holds.
var subjectPrepositions = map[string]bool{"in": true, "on": true, "from": true, "for": true, "over": true, "into": true, "between": true, "with": true}

// dayNouns head a noun phrase named by the word before them: "an
// investor day", "an open evening". The word before is the key.
var dayNouns = map[string]bool{"day": true, "days": true, "evening": true, "night": true, "week": true}

// subjectKey returns the head of the subject noun phrase a clause opens
// with when a phrase follows it and the subject is then scheduled: "A
// hearing in the case is set for September 14" dates the hearing, not
// the case; "The vote on the budget is expected on Friday" the vote.
// ws are the clause's words before its time.
func subjectKey(ws []string) string {
	if len(ws) < 5 || !determiners[ws[0]] || !nounAfterDeterminer(ws[0], ws[1]) || !subjectPrepositions[ws[2]] {
		return ""
	}
	for i := 3; i+1 < len(ws); i++ {
		if isBeVerb(ws[i]) && (scheduling[ws[i+1]] || ws[i+1] == "set") {
			return ws[1]
		}
	}
	return ""
}

// keyNounOrModified returns the key noun of a planned report (keyNoun),
// else the noun a date follows after a modifier (modifiedKey) when the
// report names a participant, or when the noun is an occasion named by
// its modifier ("an investor day"): "its annual meeting on May 14",
// naming no one, is any company's.
func keyNounOrModified(low *lowText, sum, t doc.Span, named bool) string {
	if !sum.Contains(t) {
		return ""
	}
	ws := low.wordsOf(sum.Start, t.Start) // read by keyNounOf and below
	if k := keyNounOf(ws); k != "" {
		return k
	}
	if n := len(ws); n > 0 && timePrepositions[ws[n-1]] {
		ws = ws[:n-1]
	}
	if n := len(ws); n == 0 || !named && !dayNouns[ws[n-1]] {
		return ""
	}
	return modifiedKey(ws)
}

// modifiedKey returns the noun a date follows when one word stands
// between it and its determiner: "an initial hearing for September 14"
// dates the hearing; "our investor day the week of October 12", whose
// head is a time word, the investor day, keyed by its modifier. ws are
// the clause's words before its time, without the preposition.
func modifiedKey(ws []string) string {
	n := len(ws)
	if n < 3 || !determiners[ws[n-3]] && ws[n-3] != "s" || !letterWord(ws[n-2]) || scheduling[ws[n-2]] || isBeVerb(ws[n-2]) || stopWords[ws[n-2]] {
		return ""
	}
	if dayNouns[ws[n-1]] {
		return ws[n-2]
	}
	if nounAfterDeterminer(ws[n-3], ws[n-1]) {
		return ws[n-1]
	}
	return ""
}

// letterWord reports whether w is a word of letters only, of three or
// more.
func letterWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
