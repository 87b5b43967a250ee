package events

import "newsbot/extract/identity"

// appositiveTitle reports whether the word at i of a report's words
// belongs to the title an apposition gives the name right before it: the
// body's head noun between the name and a role noun ("authority" of
// "Mira Holt, the authority's chief executive, told …") or the word
// completing that role noun ("executive"). They say whose officer the
// participant is, not what a plan does.
func appositiveTitle(words []string, i int, nameWords map[string]bool, sets *featureSets) bool {
	ownerAt := func(k int) bool {
		return k >= 1 && k+1 < len(words) && nameWords[words[k-1]] && identity.IsGenericHead(words[k]) && !memberBodies[words[k]] && sets.hasRoleHead(words[k+1])
	}
	if ownerAt(i) {
		return true
	}
	return i >= 2 && sets.hasRoleHead(words[i-1]) && (nameWords[words[i-2]] || ownerAt(i-2))
}

// memberBodies are the bodies named by their members' role ("the board
// of directors", "the council of ministers"): "Halden Corp's board of
// directors will meet" is the board acting, not a title.
var memberBodies = map[string]bool{"board": true, "council": true, "committe": true, "committee": true}
