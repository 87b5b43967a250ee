package timex

// urgeVerbs, in the present, press someone to do something still to
// come: "urges parents to use Saturday's clinic".
var urgeVerbs = map[string]bool{
	"urges": true, "urge": true, "encourages": true, "encourage": true, "invites": true,
	"reminds": true, "remind": true, "calls": true,
}

// maxUrgedWords bounds how many words may stand between a verb of urging
// or a modal and a possessive weekday it looks ahead to.
const maxUrgedWords = 8

// urgedAhead reports whether a possessive weekday follows "to" or "for"
// in a clause where a verb of urging in the present presses someone
// towards the occasion it names ("urges parents to use Saturday's
// clinic", "invites readers to Sunday's open day"): what one is urged to
// do is still to come.
func urgedAhead(m *match) bool {
	if !m.has("poss") {
		return false
	}
	ws := leadWords(m)
	for k := len(ws) - 1; k >= 0 && len(ws)-k <= maxUrgedWords; k-- {
		if urgeVerbs[ws[k].text] {
			return k+1 < len(ws) && hasTo(ws[k+1:])
		}
	}
	return false
}

// hasTo reports whether "to" is among ws.
func hasTo(ws []word) bool {
	for _, w := range ws {
		if w.text == "to" {
			return true
		}
	}
	return false
}

// goingAhead reports whether a possessive weekday follows "to" or "for"
// after a modal of the future a few words before: "will be taking her
// son to Saturday's clinic", "will stay on for Friday's final". Where one
// will go is still to come.
func goingAhead(m *match) bool {
	if !m.has("poss") || m.prevWord() != "to" && m.prevWord() != "for" {
		return false
	}
	ws := leadWords(m)
	for k := len(ws) - 2; k >= 0 && len(ws)-k <= maxUrgedWords; k-- {
		if plainModal(ws[k].text) {
			return true
		}
		if ws[k].text == "not" || ws[k].text == "never" {
			return false
		}
	}
	return false
}
