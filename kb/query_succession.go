package kb

import (
	"cmp"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"newsbot/extract/identity"
)

// rankedRole is a role of a profile with what ranks it.
type rankedRole struct {
	RoleHit
	norm                     string
	former, clause, headline bool
	taken                    bool // an office just taken (markTaken)
	support                  int  // outlets giving the office, in these words or others (officeSupport)
}

// succeeded marks as former the offices of the entity id that another
// person holds in a later article also naming the entity ("Émilie
// Fournier was confirmed as France's prime minister … after the
// government of Jean-Luc de la Croix fell"), and lists them after the
// offices still held (after the body's roles when a headline alone gives
// them). A description of kin ("mother of two children") comes after any
// office, held or former, and so does a bare contest role ("incumbent",
// contestRole). An office the newest news says was just taken leads the
// offices held (markTaken). Of roles as widely reported, an office one person holds at a
// time ("interim chief executive", "mayor of Getafe") leads: it says
// more of the person than a post many hold ("chief financial officer").
// The order is otherwise kept.
func (s *Store) succeeded(ctx context.Context, id int64, ranked []rankedRole) ([]RoleHit, error) {
	var asked []officeHeld
	for i, r := range ranked {
		if !r.former && identity.SoleOffice(r.norm) && !ownOffice(ranked, r.norm) && r.Evidence.Article.Published != "" &&
			(strings.Contains(r.norm, " of ") || governsPlace[r.norm]) {
			asked = append(asked, officeHeld{I: i, Norm: r.norm, Since: r.Evidence.Article.Published})
		} else if office, ok := placeOfficeForNow(r); ok {
			asked = append(asked, officeHeld{I: i, Norm: office, Since: r.Evidence.Article.Published})
		}
	}
	later, err := s.succeededOffices(ctx, id, asked)
	if err != nil {
		return nil, err
	}
	for _, i := range later {
		ranked[i].former = true
		ranked[i].Text = "former " + ranked[i].Text
	}
	ranked = dropBareTwins(dropFormerTwins(bareLeft(ranked)))
	owned := ownedTwins(ranked)
	markTaken(ranked)
	slices.SortStableFunc(ranked, func(a, b rankedRole) int {
		return cmp.Or(cmp.Compare(btoi(a.clause), btoi(b.clause)), cmp.Compare(btoi(a.headline), btoi(b.headline)),
			cmp.Compare(btoi(identity.KinRole(a.norm)), btoi(identity.KinRole(b.norm))),
			cmp.Compare(btoi(contestRole(a.norm)), btoi(contestRole(b.norm))), cmp.Compare(btoi(a.former), btoi(b.former)),
			cmp.Compare(btoi(b.taken), btoi(a.taken)), cmp.Compare(b.support, a.support),
			cmp.Compare(btoi(owned[b.norm]), btoi(owned[a.norm])),
			cmp.Compare(btoi(b.headOffice()), btoi(a.headOffice())))
	})
	out := make([]RoleHit, len(ranked))
	for i, r := range ranked {
		out[i] = r.RoleHit
	}
	return dropSameWording(out), nil
}

// headOffice reports whether the role is an office one person holds at a
// time that heads what it is of, held still: "chief executive", "mayor
// of Getafe", not a rank below one ("vice president", "deputy mayor").
func (r rankedRole) headOffice() bool {
	if r.former || !identity.SoleOffice(r.norm) {
		return false
	}
	office, _, _ := strings.Cut(r.norm, " of ")
	for _, w := range strings.Fields(office) {
		if lowerRanks[w] || strings.HasPrefix(w, "vice-") {
			return false
		}
	}
	return true
}

// ownOffice reports whether one of the roles says whose office norm is,
// another role ending in it ("Ukrainian President" or "president of
// Ukraine" beside "President"): the entity's office is then no other
// place's.
func ownOffice(ranked []rankedRole, norm string) bool {
	for _, r := range ranked {
		if r.norm != norm && (strings.HasSuffix(r.norm, " "+norm) || strings.HasPrefix(r.norm, norm+" of ")) {
			return true
		}
	}
	return false
}

// governsPlace are the offices that, given without saying whose, are
// still held only of a country or a region: a later "prime minister of
// france" succeeds a "Prime Minister", but a "chairman of Exxon" or a
// "president of the bank" succeeds no bare "chairman" or "President".
var governsPlace = map[string]bool{"prime minister": true, "premier": true, "taoiseach": true}

// placeOfficeForNow returns the office of a country a role holds for
// now or is chosen for ("caretaker prime minister", "prime
// minister-designate"; heldForNow), which another's holding it later
// ends: the caretaker hands over to the prime minister sworn in.
func placeOfficeForNow(r rankedRole) (string, bool) {
	if r.former || r.clause || r.Evidence.Article.Published == "" {
		return "", false
	}
	office, ok := heldForNow(r.norm)
	return office, ok && governsPlace[office]
}

// officeHeld is an office of a profile asked about by succeededOffices:
// the role's index, its norm and the date of the article giving it.
type officeHeld struct {
	I     int    `json:"i"`
	Norm  string `json:"n"`
	Since string `json:"d"`
}

// succeededOffices returns the indexes of the offices another person
// holds in an article later than the one giving it that also names the
// entity id: the same office of a place or body ("prime minister of
// france"), or for an office the articles give without saying whose
// (only those governsPlace lists), that office of any place. One query
// answers them all.
func (s *Store) succeededOffices(ctx context.Context, id int64, asked []officeHeld) ([]int, error) {
	if len(asked) == 0 {
		return nil, nil
	}
	list, err := json.Marshal(asked)
	if err != nil {
		return nil, fmt.Errorf("succession: %w", err)
	}
	// The office itself when it says whose it is, and that office of any
	// place or body: norms from "norm of " up to "norm of!", the next
	// character after the space, read on the index.
	rows, err := s.query(ctx, `WITH q AS (SELECT value ->> 'i' AS i, value ->> 'n' AS norm, value ->> 'd' AS since,
			CASE WHEN instr(value ->> 'n', ' of ') > 0 THEN value ->> 'n' ELSE '' END AS same FROM json_each(?2))
		SELECT DISTINCT q.i FROM q JOIN entity_roles o ON (o.norm = q.same OR o.norm >= q.norm || ' of ' AND o.norm < q.norm || ' of!')
		JOIN roles ro ON ro.rowid = o.evidence JOIN doc_entities od ON od.id = ro.doc_entity JOIN articles oa ON oa.id = od.article
		WHERE o.entity <> ?1 AND oa.published > q.since
		AND EXISTS (SELECT 1 FROM doc_entities x JOIN entity_members xm ON xm.doc_entity = x.id
			WHERE x.article = oa.id AND xm.entity = ?1)`, id, string(list))
	return collect(rows, err, func(r *sql.Rows) (int, error) {
		var i int
		err := r.Scan(&i)
		return i, err
	})
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// ownedTwins returns the norms of the roles that give another role of the
// profile with words before it saying whose it is, held or left alike:
// "Tarsland's foreign minister" beside "Foreign Minister". Given by as
// many outlets (officeSupport counts both for each), the fuller one leads.
func ownedTwins(ranked []rankedRole) map[string]bool {
	// Each role's office form is worked out once: a profile may hold
	// hundreds of roles, and the pairs are many.
	forms := make([]string, len(ranked))
	for i, r := range ranked {
		forms[i] = identity.OfficeForm(r.norm)
	}
	owned := map[string]bool{}
	for i, r := range ranked {
		for j, o := range ranked {
			if !o.clause && o.former == r.former && len(forms[i]) > len(forms[j]) && forms[i][len(forms[i])-len(forms[j])-1] == ' ' && strings.HasSuffix(forms[i], forms[j]) {
				owned[r.norm] = true
				break
			}
		}
	}
	return owned
}
