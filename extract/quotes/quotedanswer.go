package quotes

// An interview may print its answers in quote marks after the answer
// label, its questions without:
//
//	Jo Marsh faced the media on Tuesday.
//	Q: Will you stay?
//	A: "Yes. This is my club."
//
// Such answers, like the unquoted ones (see answersOfIntroduced), are the
// words of the one person the introduction presents.

// firstQuestionPara returns the index of the first paragraph opened by a
// question label ("Q:"), or -1.
func (a *analysis) firstQuestionPara() int {
	for pi, p := range a.paras {
		if l, ok := a.labelled(p.Span); ok && questionLabels[l.label] {
			return pi
		}
	}
	return -1
}

// answerQuoteSeg reports whether segment s opens right after the answer
// label that opens its paragraph (`A: "…"`).
func (a *analysis) answerQuoteSeg(s *quoteSeg) bool {
	p := a.paras[s.para]
	head := labelHead(a.text[p.Start:p.End])
	loc := speakerLabel.FindStringSubmatchIndex(head)
	return loc != nil && answerLabels[head[loc[2]:loc[3]]] && p.Start+loc[1] == s.open
}

// quotedAnswersOfIntroduced gives the unattributed quoted answers of a
// transcript whose labels name no one to the person its introduction
// presents.
func (a *analysis) quotedAnswersOfIntroduced(spoken []Quote) {
	for _, q := range spoken {
		if q.Speaker != "" {
			return // answers by name: see answerAsInterviewee
		}
	}
	qp := a.firstQuestionPara()
	if qp < 0 {
		return
	}
	var answers []*quoteSeg
	for i := range a.segs {
		s := &a.segs[i]
		if s.boiler || s.cont || s.ev != nil && s.ev.resolved || s.para <= qp || !a.answerQuoteSeg(s) {
			continue
		}
		answers = append(answers, s)
	}
	if len(answers) == 0 {
		return
	}
	name, typ, span, ok := a.introducedSpeaker(qp)
	if !ok {
		return
	}
	for _, s := range answers {
		s.ev = &event{pos: span.Start, para: s.para, span: span, name: name, typ: typ, kind: evPerson, resolved: true}
	}
}
