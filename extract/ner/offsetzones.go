package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// dropOffsetZones removes a one-word mention that is a time zone a clock
// is said to run behind or ahead of: "ten hours behind UTC", "an hour
// ahead of GMT" name no organisation.
func dropOffsetZones(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || s.start == 0 || !clockZone(tokText(text, toks, s.start)) {
			continue
		}
		prev := tokText(text, toks, s.start-1)
		if prev == "behind" || prev == "of" && s.start >= 2 && tokText(text, toks, s.start-2) == "ahead" {
			setTag(tags, s.start, 0)
		}
	}
}

// universalZones are the time standards whose abbreviations name no
// organisation wherever they stand: "All times are in UTC".
var universalZones = fixedSet(map[string]bool{"UTC": true, "GMT": true})

// regionalZones are the abbreviations of the common regional time zones,
// which "in" before them reads as a time zone: "times are given in CET".
var regionalZones = wordSet("CET CEST EET EEST WET WEST BST EST EDT CST CDT MST MDT PST PDT AEST AEDT JST HKT SGT")

// dropBareZones removes a one-word mention, other than a descriptor,
// that is a universal time standard ("UTC", "GMT"), or a common regional
// time zone after "in" ("times are given in CET"): neither names an
// organisation.
func dropBareZones(text string, toks []tok.Token, dt *docTags) {
	tags := dt.tags
	for _, s := range dt.spans() {
		if s.end-s.start != 1 || model.TagType(tags[s.start]) == model.TypeMISC {
			continue
		}
		w := tokText(text, toks, s.start)
		if inSet(universalZones, w) || s.start > 0 && inSet(regionalZones, w) && tokText(text, toks, s.start-1) == "in" {
			setTag(tags, s.start, 0)
		}
	}
}
