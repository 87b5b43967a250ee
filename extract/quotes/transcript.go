package quotes

import (
	"regexp"
	"strings"
	"unicode"

	"newsbot/extract/doc"
)

// An interview printed as a transcript gives each answer a paragraph
// opened by the speaker's name and a colon, without quote marks:
//
//	Q: Was that the price of a majority?
//	Helena Brandt: It was the price of a better bill.
//	Brandt: Never show the other side your spreadsheet.
//
// The rest of such a paragraph is that person's words. The name is a
// person of the article, by full name or by surname. An "A:" answer goes
// to the interviewee only when every named answer of the transcript names
// the same person; an interview of unnamed answers goes to the one person
// its introduction presents (see answersOfIntroduced), else it is left
// alone.

// speakerLabel matches a paragraph opened by one to four capitalised
// words and a colon ("Brandt:", "Helena Brandt:", "A:", "Q:").
var speakerLabel = regexp.MustCompile(`^((?:\p{Lu}[\p{L}'’.-]*)(?: \p{Lu}[\p{L}'’.-]*){0,3})[ \t]*:[ \t]+`)

// answerLabels open an answer of a question-and-answer transcript.
var answerLabels = map[string]bool{"A": true, "Answer": true}

// questionLabels open an interviewer's question.
var questionLabels = map[string]bool{"Q": true, "Question": true}

// minTranscriptLines is how many labelled paragraphs make a transcript.
const minTranscriptLines = 2

// transcriptLabel reports whether a label opens a line of a transcript: a
// question, an answer or a person of the article.
func (a *analysis) transcriptLabel(label string) bool {
	if questionLabels[label] || answerLabels[label] {
		return true
	}
	_, ok := a.personCalled(label)
	return ok
}

// transcriptLine is one labelled paragraph of a transcript.
type transcriptLine struct {
	label   string
	labelAt doc.Span
	words   doc.Span // the rest of the paragraph
}

// transcriptQuotes returns the answers of a transcript as quotes: the
// paragraphs, with no quote mark of their own, opened by a person's name
// (or, see above, "A:") and a colon.
func (a *analysis) transcriptQuotes(sents []doc.Sentence) []Quote {
	a.declared = a.declaredRoles()
	var lines []transcriptLine
	for pi, p := range a.paras {
		if a.paraQuoted(pi) || inBoilerplate(sents, p.Start) || a.headingPara(pi) {
			continue // a heading ("Lupu: Federation will respect the ruling") gives no one's words
		}
		if l, ok := a.labelled(p.Span); ok && a.transcriptLabel(l.label) {
			lines = append(lines, l)
		}
	}
	if len(lines) < minTranscriptLines {
		return nil // a lone "Name: words" is a headline or a caption, not a transcript
	}
	a.loadMentions()
	var out []Quote
	var named []int // indexes in out of the answers given by name
	interviewee, asked := "", false
	for _, l := range lines {
		if questionLabels[l.label] {
			asked = true
			continue
		}
		if answerLabels[l.label] {
			if !courtesy(a.text, l.words) {
				out = append(out, a.transcriptQuote(l, nil))
			}
			continue
		}
		m, ok := a.personCalled(l.label)
		if !ok {
			continue
		}
		q := a.transcriptQuote(l, &m)
		switch {
		case interviewee == "":
			interviewee = q.Speaker
		case interviewee != q.Speaker:
			interviewee = "-" // more than one person answers
		}
		if courtesy(a.text, l.words) {
			continue // "Thanks, Ruth.": no statement
		}
		named = append(named, len(out))
		out = append(out, q)
	}
	a.answerAsInterviewee(out, named, interviewee, asked)
	return append(out, a.mixedLineQuotes(sents)...)
}

// answerAsInterviewee gives the "A:" answers of a transcript to the one
// person whose named answers it also prints, when it asks questions.
func (a *analysis) answerAsInterviewee(out []Quote, named []int, interviewee string, asked bool) {
	if !asked || interviewee == "" || interviewee == "-" {
		return
	}
	ref := out[named[0]]
	for i := range out {
		if out[i].Speaker == "" {
			out[i].Speaker, out[i].SpeakerType = ref.Speaker, ref.SpeakerType
			out[i].SpeakerSpan = ref.SpeakerSpan
		}
	}
}

// transcriptQuote makes the quote of a labelled paragraph, attributed to
// m when it is given.
func (a *analysis) transcriptQuote(l transcriptLine, m *doc.Mention) Quote {
	q := Quote{Span: l.words, Text: Flatten(a.text[l.words.Start:l.words.End])}
	if m != nil {
		q.Speaker, q.SpeakerType, q.SpeakerSpan = speakerName(*m), doc.Person, l.labelAt
	}
	return q
}

// labelHead returns the head of s where a match of speakerLabel must
// lie: up to its first colon and the spaces and tabs after it, since no
// label holds a colon. Without a colon nothing is left to match.
func labelHead(s string) string {
	i := strings.IndexByte(s, ':')
	if i < 0 {
		return ""
	}
	j := i + 1
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	return s[:j]
}

// labelled reads the label of a paragraph opened by a name and a colon,
// the words after it starting a sentence.
func (a *analysis) labelled(p doc.Span) (transcriptLine, bool) {
	s := a.text[p.Start:p.End]
	loc := labelMatch(labelHead(s))
	if loc == nil || loc[1] >= len(s) {
		return transcriptLine{}, false
	}
	loc[1] = afterStageDirection(s, loc[1])
	first := nextRune(s, loc[1], len(s))
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return transcriptLine{}, false
	}
	return transcriptLine{
		label:   s[loc[2]:loc[3]],
		labelAt: doc.Span{Start: p.Start + loc[2], End: p.Start + loc[3]},
		words:   doc.Span{Start: p.Start + loc[1], End: p.End},
	}, true
}

// personCalled finds the one person of the article a label names: by the
// full name, or by the surname when only one person bears it.
func (a *analysis) personCalled(label string) (doc.Mention, bool) {
	a.loadMentions()
	if hostLabels[strings.ToLower(label)] {
		return a.hostOfArticle()
	}
	if m, ok, found := a.declaredHolder(label); found {
		return m, ok
	}
	full := label
	label = withoutPostNominals(withoutTitles(label))
	var found doc.Mention
	names := map[string]bool{}
	for _, m := range a.ments {
		if m.Type != doc.Person {
			continue
		}
		if name := speakerName(m); name == label || finalWord(name) == label || capsLabelNames(label, name) {
			names[name] = true
			found = m
		}
	}
	if len(names) == 0 {
		return a.labelledPerson(label, label != full)
	}
	return found, len(names) == 1
}

// withoutTitles drops the titles and offices a label opens with ("Dr
// Lindqvist", "Mr Smith", "CHIEF ANA REED"), keeping at least one word.
func withoutTitles(label string) string {
	f := strings.Fields(label)
	for len(f) > 1 {
		w := strings.ToLower(strings.TrimSuffix(f[0], "."))
		if !nameTitles[w] && !personTitles[w] && !labelOnlyTitles[w] && !roleNouns[w] && !rankBeforeTitle(f) {
			break
		}
		f = f[1:]
	}
	return strings.Join(f, " ")
}

// rankBeforeTitle reports whether the words f of a label open with a
// lesser rank before a title and more words: the "Deputy" of "Deputy
// Governor Jo Reed".
func rankBeforeTitle(f []string) bool {
	if len(f) < 3 || !lesserRanks[strings.ToLower(f[0])] {
		return false
	}
	w := strings.ToLower(strings.TrimSuffix(f[1], "."))
	return nameTitles[w] || personTitles[w] || roleNouns[w]
}

// speakerName is the name a mention gives its speaker.
func speakerName(m doc.Mention) string {
	if m.Canonical != "" {
		return m.Canonical
	}
	return m.Text
}

// finalWord returns the last word of a name.
func finalWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// paraQuoted reports whether a quote opens in paragraph pi.
func (a *analysis) paraQuoted(pi int) bool {
	for _, s := range a.segs {
		if s.para == pi {
			return true
		}
	}
	return false
}

// inBoilerplate reports whether pos lies in a sentence flagged as site
// furniture.
func inBoilerplate(sents []doc.Sentence, pos int) bool {
	for _, s := range sents {
		if s.Boilerplate && s.Start <= pos && pos < s.End {
			return true
		}
	}
	return false
}

// introParas is how many paragraphs before its first question an
// interview's introduction is read for the person answering.
const introParas = 4

// unnamedAnswers reports whether a transcript's answers are all "A:" ones,
// given no speaker by name.
func unnamedAnswers(spoken []Quote) bool {
	for _, q := range spoken {
		if q.Speaker != "" {
			return false
		}
	}
	return len(spoken) > 0
}

// answersOfIntroduced gives the "A:" answers of a transcript that names
// no one in its labels to the person its introduction presents: in
// "Jo Marsh faced the media on Tuesday. ... Q: ... A: ..." every answer is
// hers. The paragraphs just before the first question must make one
// person, and no other, the subject of a sentence or a speaker; anything
// else leaves the answers unattributed.
func (a *analysis) answersOfIntroduced(spoken []Quote) {
	if !unnamedAnswers(spoken) {
		return
	}
	qp := a.firstQuestionPara()
	if qp < 0 || spoken[0].Start < a.paras[qp].Start {
		return
	}
	name, typ, span, ok := a.introducedSpeaker(qp)
	if !ok {
		return
	}
	for i := range spoken {
		spoken[i].Speaker, spoken[i].SpeakerType, spoken[i].SpeakerSpan = name, typ, span
	}
}

// introducedSpeaker returns the one person the introduction of an
// interview, in the paragraphs before its first question at qp, presents:
// the guest a host talks to, else the one person, and no other, made the
// subject of a sentence or a speaker there.
func (a *analysis) introducedSpeaker(qp int) (name string, typ doc.EntityType, span doc.Span, ok bool) {
	if m, ok := a.interviewGuest(qp); ok {
		// "host Jo Marsh talks to Ana Ruiz": the guest answers.
		return oneLine(m.Name()), m.Type, m.Span, true
	}
	var by *event
	for _, e := range a.eventsIn(a.paras[max(0, qp-introParas)].Start, a.paras[qp].Start) {
		if e.kind == evNone || e.owner || a.hearer(e) {
			continue
		}
		if !e.resolved || e.kind != evPerson || by != nil && by.name != e.name {
			return "", "", doc.Span{}, false
		}
		by = e
	}
	if by == nil {
		return "", "", doc.Span{}, false
	}
	return by.name, by.typ, by.span, true
}
