package ner

import "newsbot/extract/ner/internal/tok"

// dropOffsetZones removes a one-word mention that is a time zone a clock
// is said to run behind or ahead of: "ten hours behind UTC", "an hour
// ahead of GMT" name no organisation.
func dropOffsetZones(text string, toks []tok.Token, tags []int) {
	for _, s := range spans(tags) {
		if s.end-s.start != 1 || s.start == 0 || !clockZone(tokText(text, toks, s.start)) {
			continue
		}
		prev := tokText(text, toks, s.start-1)
		if prev == "behind" || prev == "of" && s.start >= 2 && tokText(text, toks, s.start-2) == "ahead" {
			tags[s.start] = 0
		}
	}
}
