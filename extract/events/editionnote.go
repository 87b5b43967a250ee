package events

import "strings"

// ownEditions name an edition or version of the outlet's own paper, the
// subject of a note on what it printed ("An article in Monday's edition
// …", "the print edition of Thursday's report …").
var ownEditions = []string{"print edition", "online version", "online edition", "print version", "'s edition", "’s edition"}

// editionFaults tell what such a note says the edition got wrong.
var editionFaults = []string{
	"contained an error", "contained errors", "contained a mistake", " in error", "incorrectly", "wrongly",
	"misidentified", "misattributed", "misspelled", "misstated",
}

// printVersions name the print or online version of the outlet's own
// paper: said of one, that it "attributed" a remark is a note on it too.
var printVersions = []string{"print edition", "online version", "online edition", "print version"}

// editionNote reports whether a sentence is a note on what an edition of
// the outlet's own paper got wrong: "The Tuesday print edition wrongly
// named the mayor." It tells of the paper, not of news. A newspaper's
// edition cited as the source of news ("the daily said in its Monday
// edition that …") names no fault.
func editionNote(sentence string) bool {
	const maxNote = 400 // a note is told by its opening
	l := sentence[:min(len(sentence), maxNote)]
	if !strings.Contains(l, "dition") && !strings.Contains(l, "ersion") {
		return false
	}
	l = strings.ToLower(l)
	return containsAny(l, ownEditions) && containsAny(l, editionFaults) ||
		containsAny(l, printVersions) && strings.Contains(l, " attributed ")
}
