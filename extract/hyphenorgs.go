package extract

import (
	"regexp"

	"newsbot/extract/doc"
)

// acronymCompound is an acronym joined by a hyphen to a participle that
// says what the body does to the thing named after it: "NDA-mandated",
// "UN-backed", "EU-funded".
var acronymCompound = regexp.MustCompile(`^(\p{Lu}{2,6})-(?:mandated|led|backed|funded|owned|run|sponsored|approved|appointed|brokered|imposed|ordered|requested|required|controlled|supported|commissioned)$`)

// withAcronymCompounds trims a mention such as "NDA-mandated" to its
// acronym, which names the body: it becomes a mention of the body the
// article writes with that acronym, or of an organisation by that
// acronym when the article names none.
func withAcronymCompounds(ms []doc.Mention) []doc.Mention {
	for i, m := range ms {
		sub := acronymCompound.FindStringSubmatch(m.Text)
		if sub == nil {
			continue
		}
		ac := sub[1]
		ms[i].End = m.Start + len(ac)
		ms[i].Text, ms[i].Type, ms[i].Canonical = ac, doc.Org, ""
		for _, o := range ms {
			if o.Text == ac {
				ms[i].Type, ms[i].Canonical = o.Type, o.Canonical
				break
			}
		}
	}
	return ms
}
