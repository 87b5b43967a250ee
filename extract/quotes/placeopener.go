package quotes

// placeOpeners open a short adverbial of place before a sentence's
// subject: "Outside court, ...", "Inside the hall, ...".
var placeOpeners = wordSet(`outside inside`)

// maxPlaceOpener bounds the words of such an adverbial before its comma.
const maxPlaceOpener = 4

// placeOpener reports whether token i opens a short adverbial of place
// that a comma closes before the subject ("Outside court, the lawyer read
// a statement"), not a subject of its own ("Outside analysts said").
func placeOpener(toks []token, i int) bool {
	if i >= len(toks) || toks[i].kind != tkWord || !placeOpeners[toks[i].low] {
		return false
	}
	for k := i + 1; k < len(toks) && k-i <= maxPlaceOpener+1; k++ {
		t := toks[k]
		switch {
		case t.low == ",":
			return k > i+1
		case t.kind != tkWord || t.lemma() != "" && !t.upper:
			return false
		}
	}
	return false
}
