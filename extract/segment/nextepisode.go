package segment

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// nextEpisodeOpeners open a show's teaser of its next episode: "Next week
// on The Garden Hour: we visit …".
var nextEpisodeOpeners = []string{"next week on ", "next time on ", "coming up on ", "next episode of "}

// weekdayNames are the days a plan of next week may name after "on".
var weekdayNames = set(`monday tuesday wednesday thursday friday saturday sunday`)

// isNextEpisode reports whether t opens with a nextEpisodeOpeners phrase
// naming a show, a capitalised title other than a weekday, closed by a
// colon: the show speaking of itself, no event.
func isNextEpisode(t string) bool {
	for _, o := range nextEpisodeOpeners {
		if len(t) <= len(o) || !strings.EqualFold(t[:len(o)], o) {
			continue
		}
		rest := t[len(o):]
		title, _, ok := strings.Cut(rest, ":")
		r, _ := utf8.DecodeRuneInString(rest)
		first, _, _ := strings.Cut(rest, " ")
		return ok && unicode.IsUpper(r) && !weekdayNames[strings.ToLower(strings.Trim(first, ":,"))] && len(strings.Fields(title)) <= maxFurnitureWords
	}
	return false
}
