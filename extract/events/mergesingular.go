package events

// solesOf returns the id of the stem of the report's first name, its
// subject, when that is a name of one word ("tava" of "Tavas"), for
// singularNamed.
func solesOf(entities []string, in interner, sets *featureSets) []int32 {
	if len(entities) == 0 {
		return nil
	}
	if ef := sets.entityFormsOf(entities[0]); len(ef.words) == 1 {
		return []int32{in.id(ef.words[0])}
	}
	return nil
}

// singularNamed reports whether two reports, neither of a day nor a
// plan, tell the same incident a story has once (singularIncidents) of
// the same participant, one naming it as its subject where the other,
// its name not recognised, writes it as a word: "the town of Tavas, which was
// devastated by a similar earthquake in 2011" and "Tavas was hit by a
// magnitude 7.1 quake in October 2011" (Merge compares a report of a
// month only with one of its year).
func singularNamed(a, b *features) bool {
	if a.day || b.day || a.planned || b.planned || !a.singular || !b.singular || a.incident != b.incident {
		return false
	}
	return overlap(a.soles, b.words)+overlap(b.soles, a.words) > 0
}
