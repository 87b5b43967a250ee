package events

import (
	"strings"

	"newsbot/extract/doc"
)

// A present participle after a comma often tells what the clause's move
// did to an earlier one: "The marka fell 0.6% after the announcement,
// giving back part of the gains it made after the coalition deal on
// Monday", "fell by the close on Thursday, reversing most of Monday's
// rally". A time inside such a phrase dates the earlier move, which the
// phrase only names: it dates neither the clause nor a row of its own.

// undoingParticiples undo or add to an earlier move on their own:
// "reversing Monday's rally", "paring gains made on Friday".
var undoingParticiples = toSet("reversing erasing retracing paring recouping undoing")

// undoingParticles follow a participle that undoes or adds to an earlier
// move only with them: "giving back", "wiping out", "adding to",
// "recovering from".
var undoingParticles = map[string]string{
	"giving": "back up", "handing": "back", "wiping": "out off", "adding": "to", "recovering": "from",
}

// undoesEarlier reports whether the expression at t stands inside a
// participle phrase, opened by a comma, that undoes or adds to an
// earlier move (undoingParticiples, undoingParticles), with no other
// punctuation between the participle and t. It reads at most the
// leadWindow bytes before t.
func undoesEarlier(text string, sent, t doc.Span) bool {
	lead := leadUp(text, sent, t)
	c := strings.LastIndexByte(lead, ',')
	if c < 0 {
		return false
	}
	phrase := lead[c+1:]
	if semicolonColonQuoteCurlyQuotesParensDashesMarks.in(phrase) {
		return false
	}
	var room [2]string
	ws := leadingFieldsInto(room[:0], strings.ToLower(phrase), len(room))
	if len(ws) == 0 || undoingParticiples[ws[0]] {
		return len(ws) > 0
	}
	particles, ok := undoingParticles[ws[0]]
	return ok && len(ws) > 1 && strings.Contains(" "+particles+" ", " "+ws[1]+" ")
}
