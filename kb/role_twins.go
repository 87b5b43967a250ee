package kb

import (
	"strings"

	"newsbot/extract/identity"
)

// dropFormerTwins drops an office the profile made former (leftOffices,
// succeeded) when the articles also give it as former in their own words:
// "Transport Minister" made former beside "Former transport minister" is
// one role, shown once, in the words that say it is former and cited by
// them. The role kept counts the outlets of both.
func dropFormerTwins(ranked []rankedRole) []rankedRole {
	drop := make([]bool, len(ranked))
	for i, r := range ranked {
		if t := formerTwin(ranked, i); t >= 0 {
			ranked[t].Outlets = max(ranked[t].Outlets, r.Outlets)
			ranked[t].support = max(ranked[t].support, r.support)
			drop[i] = true
		}
	}
	out := make([]rankedRole, 0, len(ranked))
	for i, r := range ranked {
		if !drop[i] {
			out = append(out, r)
		}
	}
	return out
}

// formerTwin returns the index of the role of ranked that gives in its
// own words as former the office ranked[i] was made former from, or -1:
// "former transport minister" for a "transport minister" made former.
func formerTwin(ranked []rankedRole, i int) int {
	r := ranked[i]
	if !r.former || r.clause || strings.HasPrefix(r.norm, "former ") {
		return -1
	}
	want := "former " + identity.OfficeForm(r.norm)
	for k, f := range ranked {
		if k != i && !f.clause && identity.OfficeForm(f.norm) == want {
			return k
		}
	}
	return -1
}

// dropSameWording drops a role worded as one listed before it, in any
// case ("Dalmont Rovers forward" twice, normalised two ways): a profile
// shows each wording once, at its best rank.
func dropSameWording(roles []RoleHit) []RoleHit {
	seen := map[string]bool{}
	out := make([]RoleHit, 0, len(roles))
	for _, r := range roles {
		k := strings.ToLower(strings.Join(strings.Fields(r.Text), " "))
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, r)
	}
	return out
}
