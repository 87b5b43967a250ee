package quotes

import (
	"sort"
	"strings"

	"newsbot/extract/doc"
)

// gender is what a name or a pronoun says about a person's sex; most names
// say nothing.
type gender uint8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// Given names whose bearers are overwhelmingly of one sex in news copy.
// Names used for both (Dana, Jean, Andrea, Kim, Robin, Jan, Simone) are
// left out on purpose: the table may only veto a resolution when it is
// sure, so a missing name costs nothing and a wrong one costs a quote.
var maleNames = wordSet(`
aaron abdul abdullah abiy adam adrian ahmad ahmed alan albert alejandro
alexander alexei alexey alfred ali amir amit anders andre andrei andres
andrew andriy angelo anthony antoine anton antonio arjun arnold arthur
bashar benjamin bernard bill bjorn björn bob boris brandon brian bruce
bruno carl carlo carlos cesar charles christian christopher colin craig
cyril daniel david declan dennis diego dieter dmitri dmitry dmytro dominic
donald douglas duncan edward emil emmanuel enrique eric erik ernst ethan
felix fernando francis francisco frank franz fred friedrich gareth gary
george gerald gerhard giuseppe gordon graham gregory gustavo hamid hans
harold harry hassan helmut henrik henry herbert hiroshi howard hugh hugo
hussein ian ibrahim idris igor imran ivan jack jacob jacques jakob james
jason jeffrey jens jeremy jerry jim joao joe johann john jonas jonathan
jorge jose joseph joshua juan justin jürgen karl kazuo keith kenji kenneth
kevin khalid kieran klaus kofi kwame kyle larry lars lawrence leon leonid
liam lorenzo lucas luis lukas luke magnus manuel marcel marcelo marco
marcus mario mark martin mateo matt matteo matthew maximilian mehmet
michael miguel mike mikhail mohammed moritz muhammad muhammadu musa mustafa
mykola narendra nawaz neil nelson niall nicholas nick nigel niklas nikolai
nils norman olaf olav oleg oleksandr oliver olof olusegun omar oscar owen
pablo patrick paul pavel pedro peter petr philip pierre piotr rafael rahul
raj rajesh ralph ramon raymond recep rhys ricardo richard robert roberto
rodrigo roger ronald ryan salman samuel sanjay scott sean sebastian sergei
sergey sergio shinzo simon stefan stephen steve steven stuart sven takeshi
taras tariq thabo thomas tim timothy tobias tom tomasz tony uwe vijay
viktor vincent vladimir vladislav volodymyr walter william wojciech wolfgang
yevgeny yoweri yuri yusuf
`)

var femaleNames = wordSet(`
aisha alexandria alice amanda amy ana anastasia angela angelina ann anna
annalena anne annika astrid barbara beatrice benazir beth betty birgit
brigitte camilla carla carmen carol caroline catherine cecilia charlotte
chloe christina christine claire clara claudia cristina daniela diana dilma
dorothy ekaterina eleanor elena elisabeth elizabeth ellen elsa emilia emily
emma eva fatima fiona francesca gabriela galina gillian giorgia giulia
grace greta gwen hanna hannah harriet hasina heidi helen helga indira ines
ingrid irene irina iryna isabel isabella jacinda jacqueline jane janet
jennifer jenny jessica jill joan joanna joanne johanna josephine judith
julia julie kamala karen katarzyna kate katharina katherine kathleen
kathryn kathy katie kirsten kristin larisa laura leah leila lena linda lisa
liz lorraine louise lucia lucy magdalena margaret margarethe margot maria
mariam marie marina marine marta martha mary maryam maureen megan melissa
mette mia michelle monica nadia naledi nancy natalia natasha ngozi nicole
nina nora oksana olena olga olivia pamela patricia paula petra priya rachel
rebecca rita roberta rosa ruth sabine sally samantha sandra sanna sara
sarah sheila sigrid silvia sofia sonia sophie stephanie susan svetlana
sylvia tanja tatiana teresa theresa ulrike ursula valentina vanessa vera
victoria wendy winnie yasmin yelena yulia yvonne zainab zara
`)

// Honorifics and nouns that fix a person's sex when a name opens with them
// or a description ends in them.
var maleWords = wordSet(`mr mr. sir lord king prince sheikh emir chairman spokesman`)
var femaleWords = wordSet(`mrs mrs. ms ms. miss madam lady dame queen princess chairwoman spokeswoman`)

// nameGender reads a person's sex from the first word of their name.
func nameGender(name string) gender {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return genderUnknown // a surname alone says nothing
	}
	first := strings.TrimSuffix(f[0], ".")
	switch {
	case maleNames[first] || maleWords[first] || maleWords[f[0]]:
		return genderMale
	case femaleNames[first] || femaleWords[first] || femaleWords[f[0]]:
		return genderFemale
	}
	return genderUnknown
}

// pronounGender is the sex a personal pronoun refers to.
func pronounGender(pron string) gender {
	switch pron {
	case "he":
		return genderMale
	case "she":
		return genderFemale
	}
	return genderUnknown
}

// Clashes reports whether a pronoun ("he", "she", "his", "her", in lower
// case) cannot stand for the named person: both sexes are known and
// differ. Other parts of an article's analysis resolve pronouns too.
func Clashes(pron, name string) bool {
	switch pron {
	case "his":
		pron = "he"
	case "her":
		pron = "she"
	}
	return clashes(pron, name)
}

// clashes reports whether a pronoun cannot stand for the named person:
// both sexes are known and differ.
func clashes(pron, name string) bool {
	p, n := pronounGender(pron), nameGender(name)
	return p != genderUnknown && n != genderUnknown && p != n
}

// afterClash resolves a pronoun whose nearest speaker is of the other sex
// ("Margaret Thatcher ... He told"). The pronoun then stands for the one
// other person named in its sentence or the sentence before, if their name
// fits it; with nobody else named there, the writer can only mean the
// speaker they just named, and slipped on the pronoun. Anything else stays
// unresolved: a guess between people is worse than no speaker. There is
// no slip to assume when the person was only the topic of a sentence, not
// reported speaking, or when their own clause has a pronoun of the other
// sex as its object ("Bielski pulled her from the car"): the person meant
// is then the last one named who fits.
func (a *analysis) afterClash(e, c *event, pron string) *event {
	named := false
	seen := map[string]bool{}
	var others []doc.Mention
	for _, m := range a.localPeople(e.pos) {
		key := oneLine(mentionKey(m))
		switch {
		case key == c.name:
			named = true
		case !seen[key]:
			seen[key] = true
			others = append(others, m)
		}
	}
	switch {
	case len(others) == 1 && nameGender(mentionKey(others[0])) == pronounGender(pron):
		return a.mentionEvent(e, others[0])
	case len(others) == 0 && named && a.spoke(c) && !a.objectOfSex(c, pron):
		e.name, e.typ, e.resolved = c.name, c.typ, true
	case (!named || !a.spoke(c) || a.objectOfSex(c, pron)) && noneFits(others, pron):
		// Nobody named nearby can be meant: the last person named
		// before, if the pronoun fits them and nobody whose sex is
		// unknown came between ("Ellison-Hart left school at 15 ...
		// Her son, Peter Hart, said ... \"I wrote ...,\" she told an
		// interviewer").
		if m, ok := a.lastFitting(e.pos, c.name, pron); ok {
			return a.mentionEvent(e, m)
		}
	}
	return e
}

// spoke reports whether the person of c is reported speaking where c
// names them, not only the topic of the sentence.
func (a *analysis) spoke(c *event) bool {
	for _, x := range a.eventsIn(c.pos, c.pos+1) {
		if !x.topic && x.name == c.name {
			return true
		}
	}
	return false
}

// noneFits reports whether every one of people is known to be of the
// other sex than the pronoun.
func noneFits(people []doc.Mention, pron string) bool {
	for _, m := range people {
		if g := nameGender(mentionKey(m)); g == genderUnknown || g == pronounGender(pron) {
			return false
		}
	}
	return true
}

// lookBack bounds how far back lastFitting looks for the person a
// pronoun stands for.
const lookBack = 1500

// lastFitting returns the last person named before pos, within lookBack
// bytes and other than the speaker skip, whose name fits the pronoun. A
// person in between whose sex the name does not tell stops the search.
func (a *analysis) lastFitting(pos int, skip, pron string) (doc.Mention, bool) {
	want := pronounGender(pron)
	if want == genderUnknown {
		return doc.Mention{}, false
	}
	i := sort.Search(len(a.ments), func(i int) bool { return a.ments[i].Start >= pos })
	for i--; i >= 0 && a.ments[i].Start >= pos-lookBack; i-- {
		m := a.ments[i]
		if m.Type != doc.Person || oneLine(mentionKey(m)) == skip {
			continue
		}
		switch nameGender(mentionKey(m)) {
		case want:
			return m, true
		case genderUnknown:
			return doc.Mention{}, false
		}
	}
	return doc.Mention{}, false
}

// localPeople returns the people named, in order, in the sentence before
// pos and in pos's own sentence up to pos.
func (a *analysis) localPeople(pos int) []doc.Mention {
	wi := sort.Search(len(a.wins), func(i int) bool { return a.wins[i].end > pos })
	if wi >= len(a.wins) {
		return nil
	}
	lo := a.wins[wi].start
	if wi > 0 && a.wins[wi-1].para >= a.wins[wi].para-1 {
		lo = a.wins[wi-1].start
	}
	var out []doc.Mention
	for _, m := range a.ments {
		if m.Start >= lo && m.Start < pos && m.Type == doc.Person {
			out = append(out, m)
		}
	}
	return out
}
