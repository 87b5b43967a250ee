package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// orgShaped reports whether a mention a tagger left unclassed names an
// organisation by its last word, a generic head ("Brightwater Children's
// Trust", "the Harbour Foundation"), which "its" may stand for.
func orgShaped(m doc.Mention) bool {
	if m.Type != doc.Other {
		return false
	}
	f := strings.Fields(m.Text)
	return len(f) > 1 && isCapitalised(f[len(f)-1]) && shortOrgHeads[bare(f[len(f)-1])]
}

// skipAge returns the token after an age set off by commas from token i
// (", 47," read from the age: "47 ,"), or i itself: in "Marianne Tolley,
// 47, its former finance director" the apposition follows the age.
func (h harvester) skipAge(i int) int {
	if i+1 < len(h.toks) && h.toks[i].kind == tWord && h.toks[i].mention < 0 && isNumber(h.toks[i].text) && h.toks[i+1].text == "," {
		return i + 2
	}
	return i
}

// skipAgeBack returns the comma before an age set off by commas that
// ends at the comma k ("Ashdown, 52," read back from the last comma), or
// k itself.
func (h harvester) skipAgeBack(k int) int {
	if k >= 2 && h.toks[k].text == "," && h.toks[k-1].kind == tWord && h.toks[k-1].mention < 0 && isNumber(h.toks[k-1].text) && h.toks[k-2].text == "," {
		return k - 2
	}
	return k
}

// KinRole reports whether a role (normalised) says only whose relative
// the person is: "mother of two children", "widow of hoffmann", "son".
// A profile shows it after any other role the person holds.
func KinRole(norm string) bool {
	office, _, _ := strings.Cut(norm, " of ")
	f := strings.Fields(office)
	return len(f) > 0 && kinNouns[f[len(f)-1]]
}

// skipCommonOwner returns the token after a common noun's possessive
// and a count at token j ("report's two" in "one of the report's two
// co-chairs"), which the group's role leaves out, or j itself.
func (h harvester) skipCommonOwner(j int) int {
	toks := h.toks
	if j+2 >= len(toks) || toks[j].kind != tWord || toks[j].mention >= 0 || isCapitalised(toks[j].text) || toks[j+1].kind != tPoss {
		return j
	}
	k := j + 2
	if toks[k].kind == tWord && toks[k].mention < 0 && (isNumber(toks[k].text) || numberWords[toks[k].bare()]) {
		k++
	}
	return k
}
