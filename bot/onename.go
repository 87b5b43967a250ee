package bot

import "newsbot/kb"

// oneName returns, when every match bears the same name, the one named
// in the most articles (the first of them on a tie).
func oneName(matches []kb.EntityRef) (kb.EntityRef, bool) {
	if len(matches) < 2 {
		return kb.EntityRef{}, false
	}
	best := matches[0]
	for _, m := range matches[1:] {
		if m.Name != best.Name {
			return kb.EntityRef{}, false
		}
		if m.Articles > best.Articles {
			best = m
		}
	}
	return best, true
}

// otherThan returns the matches but the one with ref's id.
func otherThan(matches []kb.EntityRef, ref kb.EntityRef) []kb.EntityRef {
	var out []kb.EntityRef
	for _, m := range matches {
		if m.ID != ref.ID {
			out = append(out, m)
		}
	}
	return out
}
