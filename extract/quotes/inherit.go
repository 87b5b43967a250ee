package quotes

import "sort"

// inherit gives a quote with no attribution of its own the speaker of the
// quote it continues: another paragraph of the same quote, the quote just
// before it in the paragraph ("...,” Rau said. “The odds ...”), or the
// previous paragraph's last quote when this paragraph opens with a quote.
func (a *analysis) inherit() {
	chainEv := map[int]*event{}
	for i := range a.segs {
		s := &a.segs[i]
		if s.boiler {
			continue
		}
		if !s.decided {
			a.inheritOne(i, chainEv)
		}
		if _, ok := chainEv[s.chain]; !ok && s.decided {
			chainEv[s.chain] = s.ev
		}
	}
}

func (a *analysis) inheritOne(i int, chainEv map[int]*event) {
	s := &a.segs[i]
	if e, ok := chainEv[s.chain]; ok {
		s.ev, s.decided = e, true
		return
	}
	if !a.opensWindow(s) {
		return // a fragment belongs to its own sentence's speaker, if any
	}
	p := a.speechBefore(i)
	// A quote sentence right after a sentence reporting speech continues
	// it: ‘Lyng said the deficit hurt. "A failure ..."’.
	if s.win > 0 && a.wins[s.win-1].para == s.para {
		e := a.wins[s.win-1].lastEv
		if e != nil && (p == nil || p.para != s.para || p.win < s.win-1) {
			if e.resolved && a.soleSpeaker(s.win-1, e) {
				s.ev = e
			}
			s.decided = true
			return
		}
	}
	if p != nil && p.ev != nil && p.ev.resolved {
		switch {
		case p.para == s.para && a.onlyAttribution(p, s):
			s.ev, s.decided = p.ev, true
			return
		case p.para == s.para-1 && a.opensPara(s) && a.onlyAttribution(p, s):
			s.ev, s.decided = p.ev, true
			return
		}
	}
	// A quote paragraph after a paragraph that reports one person's
	// words without quoting them goes on with that person: ‘Lyng said he
	// did not know. / "Last year it was well into the year ..."’.
	if e := a.paraSpeaker(s.para - 1); e != nil && a.opensPara(s) {
		s.ev, s.decided = e, true
		return
	}
	// A quote paragraph after a sentence describing its subject speaking
	// ("Reyes, speaking after the vote, looked relaxed.") is theirs.
	if e := a.speakingTopic(s.para - 1); e != nil && a.opensPara(s) {
		s.ev, s.decided = e, true
	}
}

// paraSpeaker returns the one speaker a paragraph reports, when every act
// of saying in it is theirs and no quote in it ends otherwise; else nil.
func (a *analysis) paraSpeaker(pi int) *event {
	if pi < 0 {
		return nil
	}
	var last *event
	for wi := range a.wins {
		if a.wins[wi].para == pi && a.wins[wi].lastEv != nil {
			last = a.wins[wi].lastEv
		}
	}
	if last == nil || !last.resolved {
		return nil
	}
	p := a.paras[pi]
	for _, e := range a.eventsIn(p.Start, p.End) {
		if e.kind != evNone && !sameSpeaker(e, last) {
			return nil
		}
	}
	for k := range a.segs {
		q := &a.segs[k]
		if q.para == pi && q.open > last.pos && (q.ev == nil || !sameSpeaker(q.ev, last)) {
			return nil
		}
	}
	return last
}

// soleSpeaker reports whether every act of saying in window wi is by the
// speaker of e.
func (a *analysis) soleSpeaker(wi int, e *event) bool {
	w := &a.wins[wi]
	for _, x := range a.eventsIn(w.start, w.end) {
		if x.kind != evNone && !sameSpeaker(x, e) && !(x.topic && x.pos < e.pos && a.trailsReport(w, e)) {
			return false
		}
	}
	return true
}

// trailsReport reports whether e's subject and verb close their sentence
// after a comma ("..., Ms Linford said." or "..., said Ms Linford."): all
// before them is what e reports, so the subject of that clause ("Mrs
// Tolley ... signed off the payments") is talked about, not speaking.
func (a *analysis) trailsReport(w *window, e *event) bool {
	toks := w.toks
	i := 0
	for i < len(toks) && toks[i].start < e.span.Start {
		i++
	}
	l := i
	for l < len(toks) && toks[l].start < e.span.End {
		l++
	}
	if i == len(toks) || toks[i].start != e.span.Start || l == i {
		return false
	}
	k := titlesBefore(toks, i)
	ends := func(j int) bool { return j == len(toks) || j+1 == len(toks) && toks[j].low == "." }
	switch {
	case k >= 2 && toks[k-1].low == "," && l < len(toks) && toks[l].lemma() != "" && !toks[l].upper:
		return ends(l + 1)
	case k >= 3 && toks[k-2].low == "," && toks[k-1].lemma() != "" && !toks[k-1].upper:
		return ends(l)
	}
	return false
}

// eventsIn returns the events whose subject lies in [lo, hi).
func (a *analysis) eventsIn(lo, hi int) []*event {
	i := sort.Search(len(a.events), func(i int) bool { return a.events[i].pos >= lo })
	j := sort.Search(len(a.events), func(j int) bool { return a.events[j].pos >= hi })
	if j < i {
		j = i
	}
	return a.events[i:j]
}

// opensWindow reports whether a segment starts its sentence.
func (a *analysis) opensWindow(s *quoteSeg) bool {
	return a.wins[s.win].firstWord >= s.tok
}

// opensPara reports whether a segment starts its paragraph.
func (a *analysis) opensPara(s *quoteSeg) bool {
	return skipSpace(a.text, a.paras[s.para].Start, s.open) == s.open
}

// onlyAttribution reports whether nothing between two quotes points to
// another speaker: no act of saying by anyone else (those told are no
// speakers), and no sentence led by another person.
func (a *analysis) onlyAttribution(p, s *quoteSeg) bool {
	lo, hi := p.closeEnd, s.open
	if hi-lo > 400 {
		return false
	}
	for _, e := range a.eventsIn(lo, hi) {
		if !sameSpeaker(a.apposed(e), p.ev) && !a.hearer(e) {
			return false
		}
	}
	return true
}
