package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// workByMaker reports whether the name m in brackets after owner is the
// maker of a work owner is the title of: the article quotes the title
// elsewhere ("her film "Quiet Harbour"") and names the person m elsewhere
// as a person, as a results line does: "Golden Bear: Quiet Harbour (Lena
// Vossberg)".
func workByMaker(text string, mentions []doc.Mention, owner, m doc.Mention) bool {
	if m.Type != doc.Person || !strings.Contains(text, owner.Text+`"`) && !strings.Contains(text, owner.Text+"”") {
		return false
	}
	k := Key(m.Text)
	for _, o := range mentions {
		if o.Start != m.Start && o.Type == doc.Person && Key(o.Text) == k {
			return true
		}
	}
	return false
}
