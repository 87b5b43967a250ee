package segment

import "strings"

// An audio show's transcript or show notes carry its advertising: a
// bracketed break ("[Ad break: This episode is brought to you by Harlow
// Coffee. Use code SHOW10 for 10% off.]") or the host's read of the
// sponsor ("This episode is brought to you by Harlow Coffee."). The whole
// paragraph belongs to the page, not to the story.

// adLabels open the words of a bracketed advertising break, before a
// colon, a dash or the closing bracket.
var adLabels = []string{"ad break", "ad", "ads", "advert", "advertisement", "advertising", "sponsor", "sponsored",
	"sponsor message", "sponsored message", "commercial break", "paid promotion", "promo", "mid-roll ad", "midroll ad"}

// sponsorReads open a host's read of the sponsor.
var sponsorReads = newFoldPrefixes([]string{"this episode is brought to you by", "this episode was brought to you by",
	"this episode is sponsored by", "this episode is supported by", "today's episode is brought to you by",
	"today’s episode is brought to you by", "this podcast is brought to you by", "this podcast is sponsored by",
	"this show is brought to you by", "this show is sponsored by", "this programme is brought to you by",
	"this program is brought to you by"})

// maxAdWords bounds an advertising paragraph.
const maxAdWords = 60

// isAdBreak reports whether a paragraph is a show's advertising break: in
// brackets and opened by an advertising label, or opened by the host's
// read of the sponsor, and short. "The sponsor pulled out" in a report
// has neither the brackets nor the read.
func isAdBreak(para string) bool {
	t := strings.TrimSpace(para)
	if len(t) < 2 {
		return false
	}
	// The form first, the length last: few paragraphs have either form.
	if t[0] == '[' && t[len(t)-1] == ']' || t[0] == '(' && t[len(t)-1] == ')' {
		inner := strings.TrimSpace(t[1 : len(t)-1])
		return !strings.ContainsAny(inner, "[]()") && hasLabelFold(inner, adLabels) && !moreWordsThan(t, maxAdWords)
	}
	return sponsorReads.match(t) && !moreWordsThan(t, maxAdWords)
}

// hasLabelFold reports whether s opens, in any case, with one of labels
// and then a colon, a dash or nothing more: "Ad break: …", "Advertisement",
// not "Advertising revenue rose".
func hasLabelFold(s string, labels []string) bool {
	for _, l := range labels {
		if len(s) < len(l) || !prefixFold(s, l) {
			continue
		}
		rest := strings.TrimLeft(s[len(l):], " ")
		if rest == "" || strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "—") {
			return true
		}
	}
	return false
}
