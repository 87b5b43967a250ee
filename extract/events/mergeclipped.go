package events

import "math/bits"

// clippedForms map the stems of the clipped words news uses for a thing
// onto the stems of its full words: "the quake" of one outlet is "the
// earthquake" of another, one kind of incident, one unit of its
// magnitude ("6.8#quak", "6.8#earthquak").
var clippedForms = map[string]string{stem("quake"): stem("earthquake")}

// fullForm returns the stem of the full word for the stem w of a clipped
// one (see clippedForms), or w. Merging reads words through it; the
// words stored are those the article writes.
func fullForm(w string) string {
	if f, ok := clippedForms[w]; ok {
		return f
	}
	return w
}

// referents are the bits of the stems of the nouns a report calls a
// participant by when it does not name it ("the company said it would
// …"): they say who, never what happened.
var referents = map[string]uint8{stem("company"): 1, stem("firm"): 2}

// referentsShared counts the words of referents a and b share: a year's
// "Tom Hale said the company would cut capital spending next year" and
// a day's "He said the company would present a revised strategy at a
// capital markets day on March 3" share a man and how he calls his
// employer, and a word told of other things.
func referentsShared(a, b *features) int {
	return bits.OnesCount8(a.referents & b.referents)
}
