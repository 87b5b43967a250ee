package quotes

// describesAddressedMessage reports whether the verb at v says how a
// message or a document addressed to someone was put out, as
// describesMedium does for one named just before the verb: "in a farewell
// message to supporters posted on the club's website", "an open letter to
// the shareholders sent late on Monday". The readers it is addressed to
// are no speaker.
func describesAddressedMessage(toks []token, v int) bool {
	if v < 4 || v+1 >= len(toks) || isParticiple(toks[v].low) ||
		!toks[v+1].is("on", "in", "to", "by", "at", "from", "online") && !issueTime(toks[v+1]) {
		return false
	}
	j := v - 1 // the readers: a plain noun, perhaps after "the" or a possessive
	if toks[j].kind != tkWord || toks[j].ment >= 0 || toks[j].upper {
		return false
	}
	if toks[j-1].is("the", "his", "her", "its", "their", "our", "my", "your") {
		j--
	}
	if !toks[j-1].is("to", "for") {
		return false
	}
	k := j - 2 // the message
	if !docNouns[toks[k].low] && !mediumNouns[toks[k].low] {
		return false
	}
	return k >= 1 && indefinites[toks[k-1].low] || k >= 2 && toks[k-1].kind == tkWord && indefinites[toks[k-2].low]
}
