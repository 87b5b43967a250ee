package events

import "slices"

// titleSpan is how many words before a role noun still belong to the
// title it gives a participant ("harbour board chairman").
const titleSpan = 2

// titleWords returns the ids of the words of a report that call a
// participant by a role right before the participant's name:
// the role noun and up to titleSpan words before it ("harbour", "board",
// "chairman" of "harbour board chairman Ivo Rask"). words are the
// report's words in order, nameWords those of its names.
func titleWords(words []string, nameWords map[string]bool, sets *featureSets, in interner) []int32 {
	var out []int32
	for i := 1; i < len(words); i++ {
		if !nameWords[words[i]] || nameWords[words[i-1]] || !sets.hasRoleHead(words[i-1]) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-1-titleSpan && !nameWords[words[k]]; k-- {
			out = append(out, in.id(words[k]))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// titledNames returns the ids of the full names (as features.ents) of
// the participants of entities whose first word comes right after a
// title in words (see titleWords): "Ana Voss" of "Prime Minister Ana
// Voss".
func titledNames(words, entities []string, nameWords map[string]bool, sets *featureSets, in interner) []int32 {
	var out []int32
	for _, n := range entities {
		ef := sets.entityFormsOf(n)
		if len(ef.words) == 0 || ef.full == "" {
			continue
		}
		for i := 1; i < len(words); i++ {
			if words[i] == ef.words[0] && !nameWords[words[i-1]] && sets.hasRoleHead(words[i-1]) {
				out = append(out, in.id(ef.full))
				break
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// titleOnly reports whether, of a plan and a report of its day, the
// words they share are all the title both give a participant they share:
// "The minister will meet harbour board chairman Ivo Rask on Friday" and
// "Harbour board chairman Ivo Rask called for more dredging" name one man
// the same way, they do not tell one deed.
func titleOnly(a, b *features, shared int) bool {
	return a.day && b.day && a.planned != b.planned && len(a.titles) > 0 && len(b.titles) > 0 && shared <= overlap(a.titles, b.titles) ||
		roleWordsOnly(a, b, shared)
}

// roleWordsOnly reports whether two reports of one day, neither a plan,
// sharing one participant whom one of them calls by a role right
// before the name (titled), share no word but a role: its noun, and the words
// both give right before it. "He spoke by phone with Prime Minister Ana
// Voss on Monday" and "Ana Voss, who remains prime minister, met the
// president in the afternoon" tell two deeds of one woman, each calling
// her by her office; "handed his resignation to President Luc Marin"
// and "Marin accepted the resignation" share a deed.
func roleWordsOnly(a, b *features, shared int) bool {
	if !a.day || !b.day || a.planned || b.planned || shared <= 0 || len(a.titled)+len(b.titled) == 0 || overlap(a.ents, b.ents) != 1 ||
		overlap(a.titled, b.ents)+overlap(b.titled, a.ents) == 0 {
		return false
	}
	heads := overlap(a.roleHeads, b.roleHeads)
	return heads > 0 && shared <= heads+overlapOutside(a.roleMods, b.roleMods, a.roleHeads)
}

// overlapOutside counts the ids a and b share that are not in not, all
// sorted.
func overlapOutside(a, b, not []int32) int {
	n := 0
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); ok {
			if _, in := slices.BinarySearch(not, x); !in {
				n++
			}
		}
	}
	return n
}

// countWords are the stems of words that say how many or how much
// ("thousands", "a record"), not what happened.
var countWords = stemSet("thousands hundreds dozens millions record")

// oneOfCastOneWord reports whether two reports of a day, each naming
// two participants or more, share only one of them, a name of several
// words (its full form and its last word), and besides only a word of
// counting (countWords):
// "Thousands of residents of the Tane Valley were told to leave as the
// Orrin Dam filled" and "Thousands of readers from the Tane Valley have
// sent us questions" tell two things of one place.
func oneOfCastOneWord(a, b *features, shared int) bool {
	return a.day && b.day && shared == 1 && len(a.ents) >= 2 && len(b.ents) >= 2 && overlap(a.ents, b.ents) == 1 &&
		sharedNames(a, b) == 2 && overlap(a.heads, b.heads) == 1 && !slices.Contains(a.firsts, sharedEnt(a, b)) && overlap(a.counts, b.counts) >= 1
}

// countsOf returns the ids of the words of countWords among words,
// sorted.
func countsOf(words []string, in interner) []int32 {
	var out []int32
	for _, w := range words {
		if countWords[w] {
			out = append(out, in.id(w))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// sharedEnt returns the first participant a and b both name, as given,
// or -1. A participant of one word is its own first word (see
// appendFirstWord).
func sharedEnt(a, b *features) int32 {
	for _, e := range a.ents {
		if _, ok := slices.BinarySearch(b.ents, e); ok {
			return e
		}
	}
	return -1
}

// titleOfFiner reports whether the words a report of a month shares with
// a finer one are all the title the finer gives a participant, one the
// coarse gives no one: "Tomas Vale was dismissed, with his son Ari taking
// over on an interim basis" and "Interim head coach Ari Vale spoke to
// reporters on Thursday" share a man and how one of them calls him, not
// a deed, and the finer does not name the coarse one's subject (Tomas).
func titleOfFiner(coarse, fine *features, shared int) bool {
	return shared <= overlap(fine.titles, coarse.words) && overlap(coarse.titles, fine.titles) == 0 && !namesSubject(coarse, fine)
}
