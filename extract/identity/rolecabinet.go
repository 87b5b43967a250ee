package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// portfolioMinisters are the portfolios a cabinet list gives before a
// minister's name, and the office each makes: "Foreign affairs: Zbigniew
// Ostrowski (PLU)" makes Ostrowski foreign minister.
var portfolioMinisters = map[string]string{
	"finance": "finance minister", "foreign affairs": "foreign minister", "interior": "interior minister",
	"home affairs": "home affairs minister", "defence": "defence minister", "defense": "defense minister",
	"justice": "justice minister", "health": "health minister", "education": "education minister",
	"economy": "economy minister", "agriculture": "agriculture minister", "labour": "labour minister",
	"environment": "environment minister", "climate": "climate minister", "transport": "transport minister",
	"culture": "culture minister", "energy": "energy minister", "trade": "trade minister",
}

// cabinetLine reads a line of a cabinet list, a portfolio, a colon and the
// name at tokens [first, after) with at most a party in brackets or an
// apposition after it, in an article that speaks of ministers or a
// cabinet: "Interior: Renata Kaczmarek (SDP)" makes Kaczmarek interior
// minister.
func (h harvester) cabinetLine(first, after int, nameSpan doc.Span) (Role, bool) {
	toks := h.toks
	if first < 2 || toks[first-1].text != ":" {
		return Role{}, false
	}
	colon := toks[first-1].start
	lineStart := strings.LastIndexByte(h.text[:colon], '\n') + 1
	label := squash(h.text[lineStart:colon])
	office, ok := portfolioMinisters[strings.ToLower(label)]
	if !ok || !isCapitalised(label) || label != h.text[toks[h.tokenAt(lineStart)].start:colon] {
		return Role{}, false
	}
	if after < len(toks) && toks[after].text != "(" && toks[after].text != "," && !strings.Contains(h.text[nameSpan.End:toks[after].start], "\n") {
		return Role{}, false
	}
	lower := strings.ToLower(h.text)
	if !strings.Contains(lower, "minister") && !strings.Contains(lower, "cabinet") {
		return Role{}, false
	}
	return Role{Text: office, Norm: office, Head: "minister", Evidence: doc.Span{Start: lineStart, End: nameSpan.End}}, true
}

// tokenAt returns the first token starting at or after the text offset
// at, or the last token.
func (h harvester) tokenAt(at int) int {
	for k, t := range h.toks {
		if t.start >= at {
			return k
		}
	}
	return len(h.toks) - 1
}
