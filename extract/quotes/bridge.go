package quotes

import (
	"sort"
	"strings"
)

// playerPositions are the places in a team a player is called by ("the
// centre-back told reporters"), besides the team roles.
var playerPositions = wordSet(`centre-back center-back full-back fullback wing-back centre-half center-half
centre-forward center-forward`)

// resolveJustReported resolves "the defender" or "the centre-back", when no
// description before names anyone so, to the person the sentence right
// before, in the same paragraph, reports saying something: in "Lee Cole
// said he would stay. "I'm going nowhere," the defender said." the
// defender is Cole. Anyone else named in between, or the noun used earlier
// in the article, leaves it unresolved.
func (a *analysis) resolveJustReported(e *event, words []token) *event {
	if len(words) != 2 || words[0].low != "the" {
		return e
	}
	head := words[1].low
	if !teamRoles[head] && !playerPositions[head] || wordBefore(a.text, head, e.pos) {
		return e
	}
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= e.pos })
	var c *event
	for i--; i >= 0 && c == nil; i-- {
		if x := a.events[i]; x.kind != evNone && x.pos < e.pos {
			c = x
		}
	}
	if c == nil || !c.resolved || c.kind != evPerson || c.topic || c.owner || c.para != e.para || !a.adjacentWindows(c.pos, e.pos) {
		return e
	}
	if a.otherPersonBetween(c, e.pos) {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = c.name, c.typ, evPerson, true
	return e
}

// adjacentWindows reports whether the offsets lo and hi lie in one
// sentence or in two sentences one after the other.
func (a *analysis) adjacentWindows(lo, hi int) bool {
	i, j := a.windowsOf(lo, hi)
	return j-i <= 1
}

// wordBefore reports whether the word w, or its plural, occurs in text
// before pos, in any case.
func wordBefore(text, w string, pos int) bool {
	s := strings.ToLower(text[:min(pos, len(text))])
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return false
		}
		i += from
		j := i + len(w)
		if j < len(s) && s[j] == 's' {
			j++
		}
		if !isWordRune(prevRune(s, i, 0)) && !isWordRune(nextRune(s, j, len(s))) {
			return true
		}
		from = i + 1
	}
}
