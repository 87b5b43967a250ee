package identity

import "strings"

// kinListWords name relatives before a list of given names: "his
// children Tomas and Anna", "her son Tom".
var kinListWords = []string{"children ", "sons ", "daughters ", "son ", "daughter ", "son, ", "daughter, "}

// maxKinListReach bounds how far after the relative's word the given name
// may stand ("his children Ana, Tom and Tomas").
const maxKinListReach = 40

// listedAsKin reports whether the text before offset end names the given
// name of the person name among someone's children ("survived by his
// children Tomas and Anna Vell"): a child is called by the given name,
// the parent the story leads with by the surname they share.
func listedAsKin(text, name string, end int) bool {
	given, _, ok := strings.Cut(name, " ")
	if !ok || end > len(text) {
		return false
	}
	before := text[:end]
	for from := 0; ; {
		i := strings.Index(before[from:], given)
		if i < 0 {
			return false
		}
		at := from + i
		window := before[max(0, at-maxKinListReach):at]
		for _, w := range kinListWords {
			if strings.Contains(window, w) && !strings.ContainsAny(window[strings.LastIndex(window, w):], ".\n") {
				return true
			}
		}
		from = at + len(given)
	}
}
