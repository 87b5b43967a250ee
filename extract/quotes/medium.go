package quotes

// mediumNouns are recordings and messages a speaker puts out, which a
// verb of saying after them ("in a video posted on its website")
// describes rather than reports: the clip is no second speaker.
var mediumNouns = wordSet(`video clip recording message post podcast broadcast email e-mail
livestream webcast interview tweet`)

// describesMedium reports whether the verb at v says how a recording or a
// message was put out, as describesDocument does for documents: "in a
// video posted on the bank's website", "a message sent late on Monday".
func describesMedium(toks []token, v int) bool {
	return v >= 2 && v+1 < len(toks) && mediumNouns[toks[v-1].low] && indefinites[toks[v-2].low] &&
		!isParticiple(toks[v].low) && (toks[v+1].is("on", "in", "to", "by", "at", "from", "online") || issueTime(toks[v+1]))
}
