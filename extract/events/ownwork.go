package events

import "strings"

// ownWorks are the outlet's own published pieces a note may open with
// after "Our": "Our report of 9 May stated …", "Our obituary of the
// actor (2 June) said …".
var ownWorks = []string{
	"article", "story", "report", "piece", "headline", "caption", "column", "editorial",
	"obituary", "review", "profile", "interview", "feature", "leader",
}

// ownWorkNote reports whether a sentence opens a note on what one of the
// outlet's own pieces said: "Our report of 9 May stated that the plant
// closed in 2019.", "Our obituary of the actor (2 June) also described
// his agent as …". What such a note says the piece said is withdrawn,
// and its dates are those of the paper, not of news. The piece must be
// the sentence's subject, right after "Our", and a verb of what it said
// must follow.
func ownWorkNote(sentence string) bool {
	const maxNote = 400 // a note is told by its opening
	// A quoted "Our report …" is a speaker's: the quote mark stays.
	s := strings.TrimSpace(sentence)
	if !hasFoldAt(s, 0, "our ") {
		return false
	}
	l := strings.ToLower(s[:min(len(s), maxNote)])
	f := strings.Fields(l)
	if len(f) < 3 || !isOwnWork(f[1]) {
		return false
	}
	return containsAny(l, claimVerbs)
}

// isOwnWork reports whether w, a lower-case word, is one of ownWorks or
// its plural.
func isOwnWork(w string) bool {
	w = strings.TrimRight(w, ",;:")
	for _, p := range ownWorks {
		if w == p || w == p+"s" || p == "story" && w == "stories" {
			return true
		}
	}
	return false
}
