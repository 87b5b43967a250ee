package ner

// Most rules change no tag of most documents, yet each rule starts from
// the mentions of the tags (see docTags.spans), which are only found again
// when the tags changed. Every rule writes tags through setTag or
// clearTags, which mark the change in the slot of the tags' array right
// after the last tag, so that telling whether the tags changed since the
// mentions were last found needs no comparison of all the tags. The slot
// is no tag: the decoder's tags of a document leave room for it (see
// refine), and every writer is handed the document's whole tags, never a
// part of them, so that the slot after its last tag is that slot.

// setTag sets tag i to v and marks the tags changed.
func setTag(tags []int, i, v int) {
	tags[i] = v
	markChanged(tags)
}

// clearTags sets tags a to b-1 to O and marks the tags changed.
func clearTags(tags []int, a, b int) {
	clear(tags[a:b])
	markChanged(tags)
}

// markChanged records in the slot after the last tag that the tags may
// have changed. Tags with no room for the slot are not marked, and are
// compared instead (see changedSinceMark).
func markChanged(tags []int) {
	if cap(tags) > len(tags) {
		tags[:len(tags)+1][len(tags)] = 1
	}
}

// mayHaveChanged reports whether the tags were marked changed since the
// last unmark, or have no room for the mark.
func mayHaveChanged(tags []int) bool {
	return cap(tags) == len(tags) || tags[:len(tags)+1][len(tags)] != 0
}

// unmark clears the mark of the tags.
func unmark(tags []int) {
	if cap(tags) > len(tags) {
		tags[:len(tags)+1][len(tags)] = 0
	}
}

// checkMarks makes spans verify that tags it found unmarked are the tags
// it last found the mentions of; the tests of the package set it.
var checkMarks = false
