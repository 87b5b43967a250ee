package quotes

import "newsbot/extract/doc"

// roleOfBodyBefore returns the words of a role in a named body set before
// a person's name at token j as an appositive ("The chief executive of
// Acme Foods, Jo Reed, said"), nearest the name first as describe lists
// them, or nil when no such phrase stands there.
func (a *analysis) roleOfBodyBefore(toks []token, j int) []string {
	if j < 4 || toks[j-1].low != "," {
		return nil
	}
	k := j - 2
	m := toks[k].ment
	if m < 0 || a.ments[m].Type != doc.Org {
		return nil
	}
	for k >= 0 && toks[k].ment == m {
		k--
	}
	if k < 1 || toks[k].low != "of" || !roleNouns[toks[k-1].low] || toks[k-1].ment >= 0 {
		return nil
	}
	var words []string
	for i := j - 2; i >= 0 && j-i <= 10 && toks[i].kind == tkWord; i-- {
		words = append(words, normWord(toks[i].low))
		if determiners[toks[i].low] {
			break
		}
	}
	return words
}

// chiefRole reports whether a role phrase names the chief of its kind
// ("the chief executive"): one post, not one of many executives.
func chiefRole(words []token) bool {
	n := len(words)
	return n >= 2 && words[n-2].low == "chief"
}
