package kb

import (
	"slices"
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

// dropBareTwins drops a role of one bare noun when another role of the
// profile, held or left alike, says more with that noun: "leader" beside
// "leader of the Green Party", "deputy" beside "deputy leader of the
// union", a bare "brother-in-law" beside "Ann Roe's brother-in-law". The
// fuller role keeps the larger count of outlets.
func dropBareTwins(ranked []rankedRole) []rankedRole {
	out := make([]rankedRole, 0, len(ranked))
	for i, r := range ranked {
		if t := bareTwin(ranked, i); t >= 0 {
			ranked[t].Outlets = max(ranked[t].Outlets, r.Outlets)
			ranked[t].support = max(ranked[t].support, r.support)
			continue
		}
		out = append(out, ranked[i])
	}
	return out
}

// bareTwin returns the index of a role of ranked, other than i, held or
// left as ranked[i] is, whose words hold the one word of ranked[i]'s
// office; -1 when ranked[i] is no bare noun or none does.
func bareTwin(ranked []rankedRole, i int) int {
	r := ranked[i]
	w := strings.TrimPrefix(r.norm, "former ")
	if strings.Contains(w, " ") {
		return ownedTwin(ranked, i, w)
	}
	if w == "" {
		return -1
	}
	for k, o := range ranked {
		if k == i || o.former != r.former || (o.clause && !r.clause) {
			continue
		}
		words := strings.Fields(strings.TrimPrefix(o.norm, "former "))
		if len(words) > 1 && slices.Contains(words, w) {
			return k
		}
	}
	return -1
}

// bareLeft marks as former an office held when a later article calls
// the person a former holder of one bare noun among the office's words:
// "caretaker manager" on 3 May, then "replaces caretaker X" (made
// "former caretaker") on 20 May.
func bareLeft(ranked []rankedRole) []rankedRole {
	for i, r := range ranked {
		if r.former || r.clause {
			continue
		}
		words := strings.Fields(r.norm)
		for _, f := range ranked {
			w, ok := strings.CutPrefix(f.norm, "former ")
			if ok && !f.clause && !strings.Contains(w, " ") && len(words) > 1 && slices.Contains(words, w) &&
				f.Evidence.Article.Published > r.Evidence.Article.Published {
				ranked[i].former = true
				ranked[i].Text = formerText(r.Text)
				break
			}
		}
	}
	return ranked
}

// ownedTwin returns the index of a role of ranked, other than i, held or
// left as ranked[i] is, that gives the office of several words w
// (normalised, without "former") with whose it is: "chief executive"
// beside "chief executive of harbourne united". -1 when w already says
// whose or none does.
func ownedTwin(ranked []rankedRole, i int, w string) int {
	r := ranked[i]
	if strings.Contains(w, " of ") {
		return -1
	}
	for k, o := range ranked {
		if k == i || o.former != r.former || (o.clause && !r.clause) {
			continue
		}
		if strings.HasPrefix(strings.TrimPrefix(o.norm, "former "), w+" of ") {
			return k
		}
	}
	return -1
}
