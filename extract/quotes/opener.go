package quotes

// accordingOpener returns the index of the "according" of an "According
// to X," that opens the window, is set off by a comma and frames the
// clause of token v, or -1: "According to one minister present, she
// thanked her colleagues".
func accordingOpener(w *window, v int) int {
	f := w.firstWord
	if f+2 >= v || !w.toks[f].is("according") || !w.toks[f+1].is("to") {
		return -1
	}
	for k := f + 2; k < v; k++ {
		if w.toks[k].is(",") {
			if newClause(w.toks[k+1 : v]) {
				return -1
			}
			return f
		}
		if w.toks[k].kind != tkWord {
			return -1
		}
	}
	return -1
}

// newClause reports whether tokens after an opener start a clause of
// their own, outside the opener's reach: "According to X, sales fell,
// but Smith said ..." or "..., and Smith said".
func newClause(toks []token) bool {
	for k, t := range toks {
		if t.is(";", "but", "while", "whereas", "although", "though") || k > 0 && t.is("and") && toks[k-1].is(",") {
			return true
		}
	}
	return false
}

// openerSpeaker gives the speaker of the quote at q whose nearest verb of
// saying v sits in a sentence opened by "According to X,": the sentence
// is X's account, so quoted words in it are X's ("According to one
// minister present, she thanked her colleagues and “did not cry, but came
// close”": the minister's words about her, not hers), unless they follow
// that verb at once ("According to one aide, she said: “...”"), when they
// are the subject's words at second hand and have no clear speaker. ok is
// false when no such opener frames v.
func (a *analysis) openerSpeaker(w *window, v, q int, evs []*event) (*event, bool) {
	f := accordingOpener(w, v)
	if f < 0 || evs[f] == nil {
		return nil, false
	}
	if a.afterSpeechVerb(w, q) {
		return &event{}, true
	}
	return evs[f], true
}
