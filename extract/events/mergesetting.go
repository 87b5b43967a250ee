package events

// gatherings are the stems of the nouns naming where leaders meet, each
// with its own bit: two deeds done at one summit on one day are two
// events.
var gatherings = map[string]uint8{stem("summit"): 1, stem("conference"): 2, stem("sidelines"): 4}

// settingWord reports whether the word of facts wf, a word of the report
// e of a day that is no plan, only says who a participant is or where the
// report happened: a role noun ("president") or a gathering (gatherings).
func settingWord(e Event, wf wordFacts) bool {
	return e.Precision == "day" && !e.Planned && (wf.gathering != 0 || wf.roleHead)
}

// settingOnly reports whether two reports of a day, both naming one
// gathering, share no word but the gathering and the roles of their
// participants (settingWord): "President Ana Voss said on Friday at the
// summit that her country would not sign the pact" and "The presidents
// of Lortia and Vessmark signed a water deal at the summit on Friday"
// share names, a role and a summit, not a deed.
func settingOnly(a, b *features, shared int) bool {
	return a.day && b.day && a.gatherings&b.gatherings != 0 && shared <= overlap(a.settings, b.words)
}
