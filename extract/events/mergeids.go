package events

import (
	"slices"
	"strings"
)

// entityIDs are the interned forms of a participant's name (see
// entityForms), kept once a report giving it has interned them all: the
// reports giving a known name read its ids without a look-up, and without
// interning anything, so that the ids stay those that interning the
// forms in each report's order would give.
type entityIDs struct {
	// names are the ids of the forms (entityForms.names), heads those of
	// the last stems of the forms of several words.
	names, heads []int32
	// full is the id of the folded name, hyphens read as spaces, and
	// first that of its first word (-1 for none).
	full, first int32
	// words are the stems the name makes name words: those of its words
	// and of its forms' words.
	words []string
}

// idOf is id of the string of b, which it copies only when it is new: a
// run of words joined in a buffer used again costs no allocation once
// interned.
func (in interner) idOf(b []byte) int32 {
	if v, ok := in[string(b)]; ok {
		return v
	}
	return in.id(string(b))
}

// appendJoined appends words to buf, a space between each two.
func appendJoined(buf []byte, words []string) []byte {
	for k, w := range words {
		if k > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w...)
	}
	return buf
}

// lookup returns the id of s if it has one.
func (in interner) lookup(s string) (int32, bool) {
	v, ok := in[s]
	return v, ok
}

// namesOf sets the name features of f (names, heads, subject, ents,
// firsts) from the report's entities, marks their words as name words
// and their initials as shorts. The forms of names whose ids are not
// known yet are interned in sorted order, then their full names and
// first words, as interning those of all the report's names in that
// order would: the others are interned already, and their ids are read
// from the names' entityIDs.
func namesOf(f *features, entities []string, in interner, sets *featureSets) {
	names, shorts, nameWords := sets.names, sets.shorts, sets.nameWords
	full := sets.full[:0]
	subject := ""
	fresh := sets.fresh[:0]
	for _, n := range entities {
		ef := sets.entityFormsOf(n)
		if ids := ef.ids; ids != nil {
			knownNames(f, ef, sets)
			if subject == "" && ef.folded != "" {
				subject = ef.folded
			}
			continue
		}
		fresh = append(fresh, ef)
		for _, w := range ef.words {
			nameWords[w] = true
		}
		if ef.folded == "" {
			continue
		}
		for k, n := range ef.names {
			names[n] = ef.stems[k]
		}
		if subject == "" {
			subject = ef.folded
		}
		full = append(full, ef.full)
		if ef.short != "" {
			shorts[ef.short] = true
		}
	}
	// Interned in sorted order: ids, and so the order in which reports
	// are compared, must not depend on map iteration.
	keys := sortedKeys(sets.keys[:0], names)
	for _, n := range keys {
		id := in.id(n)
		f.names = append(f.names, id)
		st := names[n]
		for _, w := range st {
			nameWords[w] = true
		}
		if len(st) > 1 {
			f.heads = append(f.heads, in.id(st[len(st)-1]))
		}
	}
	sets.keys = keys
	if subject != "" {
		// Interned among the names above, or before.
		f.subject = in.id(subject)
		f.subjectLast = in.id(subject[strings.LastIndexByte(subject, ' ')+1:])
	} else {
		f.subjectLast = -1
	}
	slices.Sort(full)
	for _, n := range slices.Compact(full) {
		f.ents = append(f.ents, in.id(n))
		f.firsts = appendFirstWord(f.firsts, n, in)
	}
	sets.full = full
	slices.Sort(f.names)
	f.names = slices.Compact(f.names)
	slices.Sort(f.ents)
	f.ents = slices.Compact(f.ents)
	slices.Sort(f.firsts)
	f.firsts = slices.Compact(f.firsts)
	for _, ef := range fresh {
		if ef.ids == nil {
			ef.ids = entityIDsOf(ef, in)
		}
	}
	clear(fresh)
	sets.fresh = fresh
}

// knownNames adds the ids of the forms of ef, all known, to f, its
// words to the name words and its initials to the shorts.
func knownNames(f *features, ef *entityForms, sets *featureSets) {
	ids := ef.ids
	for _, w := range ids.words {
		sets.nameWords[w] = true
	}
	if ef.folded == "" {
		return
	}
	f.names = append(f.names, ids.names...)
	f.heads = append(f.heads, ids.heads...)
	f.ents = append(f.ents, ids.full)
	if ids.first >= 0 {
		f.firsts = append(f.firsts, ids.first)
	}
	if ef.short != "" {
		sets.shorts[ef.short] = true
	}
}

// sortedKeys returns the keys of m appended to buf, sorted.
func sortedKeys[V any](buf []string, m map[string]V) []string {
	for k := range m {
		buf = append(buf, k)
	}
	slices.Sort(buf)
	return buf
}

// entityIDsOf returns the ids of the forms of ef, nil unless all of
// them are interned.
func entityIDsOf(ef *entityForms, in interner) *entityIDs {
	ids := &entityIDs{full: -1, first: -1, words: slices.Clone(ef.words)}
	if ef.folded == "" {
		return ids
	}
	for k, n := range ef.names {
		id, ok := in.lookup(n)
		if !ok {
			return nil
		}
		ids.names = append(ids.names, id)
		st := ef.stems[k]
		ids.words = append(ids.words, st...)
		if len(st) > 1 {
			h, ok := in.lookup(st[len(st)-1])
			if !ok {
				return nil
			}
			ids.heads = append(ids.heads, h)
		}
	}
	// Forms repeat words ("vladimir putin", "putin"): each is marked once.
	slices.Sort(ids.words)
	ids.words = slices.Compact(ids.words)
	var ok bool
	if ids.full, ok = in.lookup(ef.full); !ok {
		return nil
	}
	if w, _, _ := strings.Cut(ef.full, " "); w != "" {
		if ids.first, ok = in.lookup(w); !ok {
			return nil
		}
	}
	return ids
}

// wordFacts are what featuresOf reads of a word of a report other than
// a name's, derived once for all the reports giving it.
type wordFacts struct {
	id    int32
	sides uint8 // its sides of oppositeDeeds (deedSides)
	// arrival, incident and announcing say whether it is the stem of
	// arriving, of an incident (singular: one a story has once a day)
	// and of a word presenting an event as planned.
	arrival, incident, singular, announcing bool
	// once is its bit of onceInLife, 0 for none.
	once uint8
	// roleHead is identity.HasRoleHead of the word, gathering its bit
	// of gatherings (0 for none).
	roleHead  bool
	gathering uint8
	// referent is its bit of referents, 0 for none.
	referent uint8
}

// wordFactsOf returns the facts of w, interning it the first time.
func (sets *featureSets) wordFactsOf(w string, in interner) wordFacts {
	if wf, ok := sets.words[w]; ok {
		return wf
	}
	key := w
	w = fullForm(w)
	wf := wordFacts{id: in.id(w), sides: deedSides[w], arrival: w == arrival, incident: incidents[w],
		singular: singularIncidents[w], announcing: announcing[w], once: onceInLife[w],
		roleHead: sets.hasRoleHead(w), gathering: gatherings[w], referent: referents[w]}
	sets.words[key] = wf
	return wf
}

// idLists are the lists of ids of a report's features.
type idLists struct {
	names, ents, words, heads, deeds, acts, roles, initials, shorts, tails, firsts []int32
	roleHeads, roleMods                                                            []int32
}

// start gives f's lists the room of l, emptied.
func (l *idLists) start(f *features) {
	f.names, f.ents, f.words, f.heads = l.names[:0], l.ents[:0], l.words[:0], l.heads[:0]
	f.deeds, f.acts, f.roles, f.initials = l.deeds[:0], l.acts[:0], l.roles[:0], l.initials[:0]
	f.shorts, f.tails, f.firsts = l.shorts[:0], l.tails[:0], l.firsts[:0]
	f.roleHeads, f.roleMods = l.roleHeads[:0], l.roleMods[:0]
}

// slabSize is how many ids a slab of kept lists holds.
const slabSize = 1 << 14

// keepLists keeps f's lists, built in the room sets.lists gave them
// (see idLists.start), in the slab: one allocation for the lists of many
// reports instead of one for each list. Empty lists are nil, as lists
// nothing was appended to are; the room, grown, is kept for the next
// report.
func (sets *featureSets) keepLists(f *features) {
	sets.lists = idLists{f.names, f.ents, f.words, f.heads, f.deeds, f.acts, f.roles, f.initials, f.shorts, f.tails, f.firsts, f.roleHeads, f.roleMods}
	for _, l := range []*[]int32{&f.names, &f.ents, &f.words, &f.heads, &f.deeds, &f.acts, &f.roles, &f.initials, &f.shorts, &f.tails, &f.firsts, &f.roleHeads, &f.roleMods} {
		*l = sets.keep(*l)
	}
}

// keep returns a copy of ids in the slab, capped at its length so that
// appending to it never writes over another list; nil for none.
func (sets *featureSets) keep(ids []int32) []int32 {
	if len(ids) == 0 {
		return nil
	}
	if len(sets.slab)+len(ids) > cap(sets.slab) {
		sets.slab = make([]int32, 0, max(slabSize, len(ids)))
	}
	n := len(sets.slab)
	sets.slab = append(sets.slab, ids...)
	return sets.slab[n:len(sets.slab):len(sets.slab)]
}
