package quotes

import (
	"strings"

	"newsbot/extract/doc"
)

// desc is how the article described a person at one mention: the title
// words before the name or an appositive beside it.
type desc struct {
	pos   int
	key   string
	words []string
	heads []string // the nouns the description rests on: "coach" in "assistant coach Marco Bellini"
}

// describe records the descriptions of the people named in a window.
func (a *analysis) describe(w *window) {
	toks := w.toks
	for j := 0; j < len(toks); j++ {
		m := toks[j].ment
		if m < 0 || a.ments[m].Type != doc.Person || (j > 0 && toks[j-1].ment == m) {
			continue
		}
		e := j
		for e < len(toks) && toks[e].ment == m {
			e++
		}
		var words, heads []string
		if j > 0 && toks[j-1].kind == tkWord && toks[j-1].ment < 0 && !npStops[toks[j-1].low] {
			heads = append(heads, normWord(toks[j-1].low))
		}
		// An appositive before, closed after the name: "the youngest
		// miner, Tom Reed, was".
		if j >= 2 && toks[j-1].low == "," && e < len(toks) && toks[e].low == "," && toks[j-2].kind == tkWord &&
			toks[j-2].ment < 0 && !toks[j-2].upper && !npStops[toks[j-2].low] {
			heads = append(heads, normWord(toks[j-2].low))
		}
		// Title words before the name: "Kremlin foreign policy aide".
		for k := j - 1; k >= 0 && j-k <= 8; k-- {
			t := toks[k]
			if t.low == "of" && k > 0 && toks[k-1].upper && toks[k+1].upper {
				continue // "Secretary of State Henry Kissinger"
			}
			if t.kind != tkWord || npStops[t.low] || determiners[t.low] || indefinites[t.low] {
				break
			}
			if t.ment >= 0 && !possessive(t.low) {
				break
			}
			words = append(words, normWord(t.low))
		}
		// An appositive after: "Jim Townsend, a senior fellow at ...".
		// A relative clause is no description ("Thomas Keller, who is
		// not related to the mayor"): its nouns name someone else.
		if e+1 < len(toks) && toks[e].low == "," {
			if h := appositiveHead(toks, e+1); h != "" {
				heads = append(heads, h)
			}
			for k := e + 1; k < len(toks) && k-e <= 12 && toks[k].kind == tkWord && !relatives[toks[k].low]; k++ {
				words = append(words, normWord(toks[k].low))
			}
		}
		// An appositive before: "the Kremlin spokesperson, Dmitry Peskov,".
		if j >= 2 && toks[j-1].low == "," && roleNouns[toks[j-2].low] {
			for k := j - 2; k >= 0 && j-k <= 9 && toks[k].kind == tkWord; k-- {
				words = append(words, normWord(toks[k].low))
			}
		}
		if len(words) > 0 {
			a.descs = append(a.descs, desc{pos: toks[j].start, key: a.ments[m].Name(), words: words, heads: heads})
		}
	}
}

// appositiveHead returns the last noun of the phrase that opens an
// appositive at k ("a senior fellow at ..." gives "fellow"), or "".
func appositiveHead(toks []token, k int) string {
	head := ""
	for i := k; i < len(toks) && i-k < 6 && toks[i].kind == tkWord && toks[i].ment < 0; i++ {
		if npStops[toks[i].low] || relatives[toks[i].low] {
			break
		}
		head = toks[i].low
	}
	return normWord(head)
}

// relatives open a relative clause.
var relatives = wordSet(`who whom whose which that where when`)

// resolveTitle resolves a definite description ("the Kremlin spokesman",
// "the president") to the person the article described that way. Among
// several, the one named most recently wins; a tie stays unresolved. If
// no description has every modifier, the head alone decides, and only when
// one person fits.
func (a *analysis) resolveTitle(e *event, words []token) *event {
	head := normWord(words[len(words)-1].low)
	var mods []string
	for _, t := range words[:len(words)-1] {
		if idleModifiers[t.low] || determiners[t.low] {
			continue
		}
		mods = append(mods, normWord(t.low))
	}
	strict := map[string]bool{}
	loose := map[string]bool{}
	for _, d := range a.descs {
		if d.pos >= e.pos || !containsWord(d.words, head) {
			continue
		}
		loose[d.key] = true
		if hasAll(d.words, mods) {
			strict[d.key] = true
		}
	}
	if len(strict) == 0 {
		if len(loose) != 1 {
			return e
		}
		strict = loose
	}
	best, bestPos, tie := "", -1, false
	for key := range strict {
		p := a.lastMention(key, e.pos)
		switch {
		case p > bestPos:
			best, bestPos, tie = key, p, false
		case p == bestPos:
			tie = true
		}
	}
	if best == "" || tie {
		return e
	}
	e.name, e.typ, e.resolved = oneLine(best), doc.Person, true
	return e
}

// resolveHolder resolves a definite description whose head is not a
// common title ("the coach told the club website") to the one person the
// article described by that noun before: the word just before the name
// ("assistant coach Marco Bellini") or the noun of an appositive. Its
// modifiers must all describe that person too; two holders leave it
// unresolved.
func (a *analysis) resolveHolder(e *event, words []token) *event {
	head := normWord(words[len(words)-1].low)
	var mods []string
	for _, t := range words[1 : len(words)-1] {
		if !idleModifiers[t.low] {
			mods = append(mods, normWord(t.low))
		}
	}
	holder := ""
	for _, d := range a.descs {
		if d.pos >= e.pos || !containsWord(d.heads, head) || !hasAll(d.words, mods) {
			continue
		}
		if holder != "" && !strings.EqualFold(holder, d.key) {
			return e
		}
		holder = d.key
	}
	if holder == "" {
		return e
	}
	e.name, e.typ, e.kind, e.resolved = oneLine(holder), doc.Person, evPerson, true
	return e
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

func hasAll(words, mods []string) bool {
	for _, m := range mods {
		found := false
		for _, x := range words {
			if sameModifier(m, x) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// lastMention returns where the entity key was last named before pos.
func (a *analysis) lastMention(key string, pos int) int {
	best := -1
	for _, m := range a.ments {
		if m.Start >= pos {
			break
		}
		if m.Type == doc.Person && strings.EqualFold(m.Name(), key) {
			best = m.Start
		}
	}
	return best
}
