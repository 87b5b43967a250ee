package extract

import (
	"regexp"

	"newsbot/extract/doc"
)

// titledBracketLabel matches a line of a parliamentary record opened by a
// title, a surname in capitals, the member's office in brackets and a
// colon ("Ms KARR (Leader of the Opposition):", "Dr BRANE (Chair, Trade
// Committee):"). The first group is the surname.
var titledBracketLabel = regexp.MustCompile(`(?m)^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.? (\p{Lu}{2,}(?:[-'’]\p{Lu}{2,})*) \([^()\n]{2,60}\)[ \t]*:[ \t]+\S`)

// minBracketLabels is how many such labels make a text a transcript.
const minBracketLabels = 2

// withBracketLabelPeople reads as people the surnames of a transcript's
// titled speaker labels with an office in brackets, which the tagger,
// seeing capitals, sometimes misses.
func withBracketLabelPeople(text string, ms []doc.Mention) []doc.Mention {
	locs := titledBracketLabels(text)
	if len(locs) < minBracketLabels {
		return ms
	}
	for _, loc := range locs {
		ms = withPersonAt(ms, doc.Span{Start: loc[2], End: loc[3]}, text[loc[2]:loc[3]])
	}
	return ms
}
