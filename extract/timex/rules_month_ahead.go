package timex

// goalNouns name what someone works towards: "the team's goal is now
// the title in May".
var goalNouns = map[string]bool{
	"goal": true, "goals": true, "target": true, "targets": true, "aim": true, "focus": true,
	"priority": true, "objective": true, "ambition": true,
}

// maxAheadWords bounds how many words before a month's "in" are read
// for "ahead of" or a goal that is "now" set.
const maxAheadWords = 10

// monthAwaited reports whether a bare month after "in" closes what is
// awaited: "ahead of the world championships in September", "the
// team's goal was now the title in October". In a report the verb may
// be in the past while the thing awaited is still to come. Only a month
// later in the year than the publication's is read so: an earlier one
// may be this year's, already gone.
func monthAwaited(f *finder, m *match, mon int) bool {
	if mon <= int(f.ref.Month()) || m.prevWord() != "in" {
		return false
	}
	ws := leadWords(m)
	for k := len(ws) - 2; k >= 1 && len(ws)-k <= maxAheadWords; k-- {
		switch w := ws[k].text; {
		case w == "ahead" && ws[k+1].text == "of":
			return true
		case w == "now" && beForms[ws[k-1].text] && goalBefore(ws[:k-1]):
			return true
		}
	}
	return false
}

// goalBefore reports whether one of the last three words of ws is a
// goal noun: the subject of "was now".
func goalBefore(ws []word) bool {
	for k := len(ws) - 1; k >= 0 && len(ws)-k <= 3; k-- {
		if goalNouns[ws[k].text] {
			return true
		}
	}
	return false
}
