package events

import (
	"slices"
	"strings"
)

// maxStepGap is the most bytes between two sentences that follow each
// other: a space, or the blank line between two paragraphs.
const maxStepGap = 3

// joinPlanSteps joins, inside one article, a plan dated by its month and
// the plan right after it that dates to a day of that month what the
// first named, by its noun and naming no one: "would appear in court next
// month for a preliminary hearing" and "The hearing is scheduled for
// April 21" are one hearing, on its day. join is called with the two
// reports' indexes; refs are in date order, arts their articles.
func joinPlanSteps(refs []Ref, arts []int32, join func(i, j int)) {
	byArt := map[int32][]int{}
	for i, r := range refs {
		if r.Event.Planned && r.Event.Precision == "month" {
			byArt[arts[i]] = append(byArt[arts[i]], i)
		}
	}
	if len(byArt) == 0 {
		return
	}
	for j, r := range refs {
		if !r.Event.Planned || r.Event.Precision != "day" || len(r.Event.Entities) > 0 {
			continue
		}
		key := markedKey(r.Event.Words)
		if key == "" {
			continue
		}
		for _, i := range byArt[arts[j]] {
			if planStep(refs[i].Event, r.Event, key) {
				join(i, j)
			}
		}
	}
}

// markedKey returns the noun a planned report dates ("hear" of "The
// hearing is scheduled for …"), unmarked, or "".
func markedKey(words []string) string {
	for _, w := range words {
		if k, ok := strings.CutPrefix(w, keyMark); ok {
			return k
		}
	}
	return ""
}

// planStep reports whether the day's plan fine, dating key, follows the
// month's plan coarse right after it and dates a day of its month, the
// month's plan naming key too.
func planStep(coarse, fine Event, key string) bool {
	gap := fine.Summary.Start - coarse.Summary.End
	return gap >= 0 && gap <= maxStepGap && strings.HasPrefix(fine.Date, coarse.Date+"-") && slices.Contains(coarse.Words, key)
}

// pronounDeed reports whether report a of a day, naming no one and not
// planned, tells in a word or two what b tells of its subject on that
// day, in an article mentioning that subject: "A week later, on 11 March,
// he resigned" in an article about the chief executive, and "The chief
// executive, who resigned on 11 March". Every word of a is b's.
func pronounDeed(a, b *features) bool {
	if !a.day || !b.day || a.planned || b.planned || len(a.names) > 0 || len(a.words) == 0 || len(a.words) > 2 || b.subject < 0 {
		return false
	}
	if _, ok := slices.BinarySearch(a.cast, b.subject); !ok {
		return false
	}
	return overlap(a.words, b.words) == len(a.words) && !contradict(a.figures, b.figures)
}
