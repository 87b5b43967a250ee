package extract

import (
	"strings"

	"newsbot/extract/doc"
)

// institutionHeads are the words, in languages other than English, that
// open the name of a school, college, university or hospital ("Ysgol
// Glan Llyn", "Colegio San José", "Lycée Henri IV"): a name they open is
// an organisation's, never a person's.
var institutionHeads = map[string]bool{
	"ysgol": true, "ysbyty": true, "prifysgol": true, "coleg": true, "canolfan": true,
	"escuela": true, "colegio": true, "liceo": true, "lycée": true, "lycee": true,
	"collège": true, "hôpital": true, "universidad": true, "università": true,
	"universität": true, "hochschule": true, "gymnasium": true, "instituto": true,
}

// withInstitutionsAsOrgs retypes as organisations the people the tagger
// found whose name opens with an institution word of another language.
func withInstitutionsAsOrgs(ms []doc.Mention) []doc.Mention {
	for i, m := range ms {
		if m.Type != doc.Person {
			continue
		}
		first, _, ok := strings.Cut(m.Text, " ")
		if ok && institutionHeads[strings.ToLower(first)] {
			ms[i].Type = doc.Org
		}
	}
	return ms
}
