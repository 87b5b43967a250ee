package bot

import (
	"context"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"newsbot/kb"
)

// lifeRows bounds the timeline rows of a person read for a birth or a
// death.
const lifeRows = 15

// lifeVerb matches what a timeline row of a birth or a death says after
// its subject, past an apposition set off by commas: "was born", ", the
// pianist, died".
var lifeVerb = regexp.MustCompile(`^(?:,[^,]{1,160},)?\s+(was born|died)\b`)

// lifeKind returns "Born" or "Died" when a row's shown summary opens with
// the person named name (or one of aliases) as the subject of "was born"
// or "died": the name itself ("Vasquez-Moreau was born …") or a pronoun
// the chat names them by ("She (Elena Vasquez-Moreau) died …"), or
// follows an opening "Born …," as its subject; ""
// otherwise, as for "Her son was born …" or a planned row.
func lifeKind(r kb.TimelineRow, name string, aliases []string) string {
	if r.Planned {
		return ""
	}
	shown := r.Shown()
	subjects := append([]string{"She (" + name + ")", "He (" + name + ")", name}, aliases...)
	if head, rest, ok := strings.Cut(shown, ", "); ok && strings.HasPrefix(head, "Born ") && len(r.Date) >= 4 && strings.Contains(head, r.Date[:4]) {
		// "Born in Leeds on 14 May 1937, Whitcombe studied physics",
		// dated by the year of its birth.
		for _, sub := range subjects {
			if sub != "" && strings.HasPrefix(rest, sub+" ") {
				return "Born"
			}
		}
	}
	for _, sub := range subjects {
		if sub == "" || !strings.HasPrefix(shown, sub) {
			continue
		}
		switch m := lifeVerb.FindStringSubmatch(shown[len(sub):]); {
		case m == nil:
		case m[1] == "died":
			return "Died"
		default:
			return "Born"
		}
	}
	return ""
}

// lifeLine returns the "Born … · Died …" line of a person from the rows
// of their timeline, in date order, that say so of them, citing each
// row's first report, and the citation numbers; "" when none does. The
// first row of each kind counts, and a death dated before the birth
// shows neither.
func lifeLine(rows []kb.TimelineRow, name string, aliases []string, c *cites) (string, []int) {
	var found []kb.TimelineRow
	var kinds []string
	for _, r := range rows {
		if k := lifeKind(r, name, aliases); k != "" && len(r.Sources) > 0 && !slices.Contains(kinds, k) {
			found, kinds = append(found, r), append(kinds, k)
		}
	}
	if len(kinds) == 2 && kinds[0] == "Died" {
		return "", nil
	}
	var parts []string
	var ns []int
	for i, r := range found {
		n := c.add(r.Sources[0])
		parts, ns = append(parts, fmt.Sprintf("**%s** %s [%d]", kinds[i], HumanDate(r.Date), n)), append(ns, n)
	}
	return strings.Join(parts, " · "), ns
}

// personLife reads the birth and death of the person id from their
// timeline.
func personLife(ctx context.Context, s Store, id int64, name string, aliases []string, c *cites) (string, []int, error) {
	rows, err := s.Timeline(ctx, kb.TimelineQuery{Entity: id, Limit: lifeRows, Sources: 1})
	if err != nil {
		return "", nil, fmt.Errorf("timeline of %s: %w", name, err)
	}
	line, ns := lifeLine(rows, name, aliases, c)
	return line, ns, nil
}
