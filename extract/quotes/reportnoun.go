package quotes

// hearsayNouns name words that others put about: what follows "reports
// that" or "claims that" is theirs, not the words of whoever mentions them.
// A singular "report" is often the speaker's own ("warned in the annual
// report that").
var hearsayNouns = wordSet(`reports claims rumours rumors allegations suggestions`)

// hearsayPrepositions put such a noun in a phrase about it: "commenting on
// press reports that", "asked about claims that".
var hearsayPrepositions = wordSet(`on about to over`)

// maxHearsayModifiers bounds the words between the preposition and the
// noun ("on recent press reports").
const maxHearsayModifiers = 2

// hearsayClause reports whether the words between a verb of saying v and
// a quote q hold a phrase about hearsay and its "that" ("was commenting on
// press reports that banks had “parked” ..."): the quoted words are the
// reports', not the speaker's. A hearsay noun that is the subject of a
// verdict ("said some reports that ... turned out to be “bogus”") or its
// object ("called reports that ... “premature”") is no such phrase.
func hearsayClause(toks []token, v, q int) bool {
	for k := v + 1; k+1 < q; k++ {
		if !hearsayNouns[toks[k].low] || toks[k+1].low != "that" {
			continue
		}
		for j := k - 1; j > v && k-j <= maxHearsayModifiers+1; j-- {
			t := toks[j]
			if hearsayPrepositions[t.low] {
				return true
			}
			if t.kind != tkWord || t.upper {
				break
			}
		}
	}
	return false
}
