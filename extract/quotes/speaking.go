package quotes

import "newsbot/extract/doc"

// speakingVerbs are the participles that, set off after a sentence's
// subject, describe that person speaking: "Reyes, speaking after the
// vote, looked relaxed."
var speakingVerbs = wordSet(`speaking talking`)

// speakingTopic returns the person a paragraph of one sentence describes
// speaking without reporting their words, when nobody else is named in
// it: the quote paragraph that follows ("Reyes, speaking after the vote,
// looked relaxed. / "We have the numbers ...") is theirs. It returns nil
// otherwise.
func (a *analysis) speakingTopic(pi int) *event {
	if pi < 0 {
		return nil
	}
	var w *window
	for wi := range a.wins {
		if a.wins[wi].para != pi {
			continue
		}
		if w != nil {
			return nil // more than one sentence
		}
		w = &a.wins[wi]
	}
	if w == nil || w.lastEv != nil || len(w.segs) > 0 {
		return nil
	}
	var topic *event
	for _, e := range a.eventsIn(w.start, w.end) {
		if !e.topic || topic != nil || !e.resolved || e.kind != evPerson || e.typ != doc.Person {
			return nil
		}
		topic = e
	}
	if topic == nil || !a.speakingAfter(w, topic) || a.otherPersonIn(w, topic) {
		return nil
	}
	return topic
}

// speakingAfter reports whether the subject e is followed by a comma and
// a participle of speaking.
func (a *analysis) speakingAfter(w *window, e *event) bool {
	toks := w.toks
	for k := 0; k+2 < len(toks); k++ {
		if toks[k].start >= e.span.End {
			return toks[k].low == "," && toks[k+1].kind == tkWord && speakingVerbs[toks[k+1].low]
		}
	}
	return false
}

// otherPersonIn reports whether window w names a person other than e's.
func (a *analysis) otherPersonIn(w *window, e *event) bool {
	for _, m := range a.ments {
		if m.Start >= w.start && m.End <= w.end && m.Type == doc.Person && oneLine(m.Name()) != e.name {
			return true
		}
	}
	return false
}
