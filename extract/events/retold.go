package events

import (
	"slices"
	"strings"
)

// incidentKinds map the stems of the nouns outlets use for one kind of
// incident onto one of them: the "attack" of one outlet is the
// "intrusion", "breach" or "hack" of another.
var incidentKinds = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("attack cyberattack intrusion breach hack") {
		m[stem(w)] = "attack"
	}
	return m
}()

// retellings are the phrases, as runs of stems, that tell one thing in
// other words, each mapped onto the first of its class: email "was
// restored", "came back" or "returned".
var retellings = func() map[string]string {
	m := map[string]string{}
	for _, class := range [][]string{
		{"restored", "came back", "returned", "resumed", "back online", "reopened"},
	} {
		for _, p := range class {
			m[stemRun(p)] = stemRun(class[0])
		}
	}
	return m
}()

// retellingStarts are the first words of the retellings.
var retellingStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range retellings {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// stemRun returns the stems of the words of p, space-separated.
func stemRun(p string) string {
	ws := strings.Fields(p)
	for i, w := range ws {
		ws[i] = stem(w)
	}
	return strings.Join(ws, " ")
}

// toldIncident returns the kind of incident a report tells of first and
// the word after it, its verb ("attack discover" for "The intrusion was
// discovered"), or "".
func toldIncident(words []string) string {
	for i, w := range words {
		if k, ok := incidentKinds[w]; ok && i+1 < len(words) {
			return k + " " + words[i+1]
		}
	}
	return ""
}

// gistOf returns a report's words with each retelling read as the first
// of its class, sorted and space-separated, when at least one is among
// them ("email restor" for "Email came back"), else "".
func gistOf(words []string) string {
	// Most reports tell nothing of the kind: they are passed over
	// without building their gist.
	if !slices.ContainsFunc(words, func(w string) bool { return retellingStarts[w] }) {
		return ""
	}
	var out []string
	retold := false
	for i := 0; i < len(words); i++ {
		if i+1 < len(words) {
			if c, ok := retellings[words[i]+" "+words[i+1]]; ok {
				out, retold = append(out, c), true
				i++
				continue
			}
		}
		if c, ok := retellings[words[i]]; ok {
			out, retold = append(out, c), true
			continue
		}
		if !strings.HasPrefix(words[i], keyMark) && !strings.Contains(words[i], figureSep) {
			out = append(out, words[i])
		}
	}
	if !retold || len(out) < 2 {
		return ""
	}
	slices.Sort(out)
	return strings.Join(out, " ")
}

// retellingOf returns the interned told incident and gist of a report
// (see toldIncident and gistOf), -1 for none. A plan's gist is that of
// its first deeds, what it announces ("email return" of "He expects email
// to return by Wednesday"); nameWords are the words of the report's
// names, which are no deeds.
func retellingOf(e Event, nameWords map[string]bool, in interner) (told, gist int32) {
	told, gist = -1, -1
	if t := toldIncident(e.Words); t != "" && !e.Planned {
		told = in.id(t)
	}
	words := e.Words
	if e.Planned {
		words = planActs(e.Words, nameWords)
	}
	if g := gistOf(words); g != "" {
		gist = in.id(g)
	}
	return told, gist
}

// planActs returns the first words of a plan other than those announcing
// it and those of names: what is to happen.
func planActs(words []string, nameWords map[string]bool) []string {
	var out []string
	for _, w := range words {
		if len(out) == maxActs {
			break
		}
		if !announcing[w] && !nameWords[w] && !strings.HasPrefix(w, keyMark) && !strings.Contains(w, figureSep) {
			out = append(out, w)
		}
	}
	return out
}

// retold reports whether two reports of one day tell one event in other
// words: the same kind of incident told with the same verb ("The attack
// was discovered early on Saturday", "The intrusion was discovered on the
// morning of Nov. 21") in articles about one story or with one side
// naming no one; or the same words but for a retelling ("Email was
// restored on Wednesday", "Email came back on Wednesday"), one side
// naming no one, a plan included ("He expects email to return by
// Wednesday").
func retold(a, b *features) bool {
	if !a.day || !b.day {
		return false
	}
	nameless := len(a.names) == 0 || len(b.names) == 0
	if a.told >= 0 && a.told == b.told && (nameless || overlap(a.story, b.story) >= 1) {
		return true
	}
	if a.gist < 0 || a.gist != b.gist || a.planned && b.planned {
		return false
	}
	if a.planned || b.planned {
		return len(doneOf(a, b).names) == 0
	}
	return nameless
}

// doneOf returns the actual report of a plan and a report.
func doneOf(a, b *features) *features {
	if a.planned {
		return b
	}
	return a
}
