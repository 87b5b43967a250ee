// Package sex reads what a given name, a title or a pronoun says about a
// person's sex, for the extractors that match pronouns to people. Most
// names say nothing, and then nothing is vetoed.
package sex

import (
	"strings"
	"unicode/utf8"

	"newsbot/extract/internal/wordfilter"
)

// Sex is what a name or a pronoun says about a person's sex.
type Sex uint8

// The values of Sex.
const (
	Unknown Sex = iota
	Male
	Female
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
łukasz lukasz krzysztof andrzej marek paweł pawel grzegorz jakub zbigniew
mateusz bartosz jarosław jaroslaw mirosław miroslaw radosław radoslaw tadeusz
witold václav vaclav jiří jiri miloš milos dragan goran zoran aleksandar
aleksander mihai bogdan florin vasile gheorghe istván istvan zoltán zoltan
ferenc gábor gabor jános janos attila ahmet emre murat kemal hakan giorgos
yannis dimitris nikos kostas jukka mikko matti pekka juha olli ville
arvind anil sunil ravi suresh ramesh mahesh
emeka chukwuemeka obinna chinedu olumide babatunde kwabena yaw femi tunde segun
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
milena agnieszka anneliese zofia małgorzata malgorzata ewa justyna dorota
beata iwona jolanta grażyna grazyna urszula krystyna halina danuta bożena
bozena elżbieta elzbieta renata aleksandra weronika karolina marzena jitka
lenka zuzana ivana jelena mirjana snežana snezana dragana milica ljiljana
marija ioana andreea mihaela simona raluca alina ileana zsuzsa katalin
erzsébet erzsebet ágnes agnes eszter ayşe ayse fatma zeynep elif emine eleni
katerina dimitra despina siobhán siobhan aoife niamh saoirse sinéad sinead
orla ciara róisín roisin gráinne grainne deirdre imelda helena henrike
kerstin annette gudrun hilde hildegard ilse liesel frauke anke silke dagmar
gertrud irmgard beate birgitta kristina karin malin linnea frida signe
solveig tove marit hege yuko keiko akiko yoko naoko mariko
adaeze chiamaka chidinma folake funmilayo yetunde adwoa abena akosua efua
`)

// MaleWords and FemaleWords are titles and nouns of one sex, which fix a
// person's sex when a name opens with them or a description ends in them.
var MaleWords = wordSet(`mr mr. sir lord king prince sheikh emir chairman spokesman`)
var FemaleWords = wordSet(`mrs mrs. ms ms. miss madam lady dame queen princess chairwoman spokeswoman`)

// Of reads a person's sex from the first word of their name.
func Of(name string) Sex {
	if s, ok := ofASCII(name); ok {
		return s
	}
	return ofFields(name)
}

// ofFields is Of for any name: its words in lower case.
func ofFields(name string) Sex {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return Unknown // a surname alone says nothing
	}
	first := strings.TrimSuffix(f[0], ".")
	switch {
	case maleNames[first] || MaleWords[first] || MaleWords[f[0]]:
		return Male
	case femaleNames[first] || FemaleWords[first] || FemaleWords[f[0]]:
		return Female
	}
	return Unknown
}

// firstWords holds every word Of looks up (of maleNames, femaleNames,
// MaleWords and FemaleWords, which must not change after), in front of
// the four maps.
var firstWords = func() *wordfilter.Filter {
	f := wordfilter.Of(maleNames)
	for _, set := range []map[string]bool{femaleNames, MaleWords, FemaleWords} {
		f.Union(wordfilter.Of(set))
	}
	return f
}()

// maxFirstWord is the length of the longest word Of looks up: a longer
// first word is none of them.
var maxFirstWord = func() int {
	n := 0
	for _, set := range []map[string]bool{maleNames, femaleNames, MaleWords, FemaleWords} {
		for w := range set {
			n = max(n, len(w))
		}
	}
	return n
}()

// ofASCII is Of for a name whose first word, the spaces around it and
// the first byte after them are ASCII, read in place: lowering such a
// word changes only its capitals, and its end and the start of a second
// word are ASCII spaces and a byte that is none, as strings.Fields finds
// them. ok is false for any other name, which Of reads in full.
func ofASCII(name string) (s Sex, ok bool) {
	i := 0
	for i < len(name) && isASCIISpace(name[i]) {
		i++
	}
	start := i
	for i < len(name) && name[i] < utf8.RuneSelf && !isASCIISpace(name[i]) {
		i++
	}
	end := i
	for i < len(name) && isASCIISpace(name[i]) {
		i++
	}
	switch {
	case i < len(name) && name[i] >= utf8.RuneSelf:
		return Unknown, false // a rune beyond ASCII where a word or a space may be
	case i == len(name):
		return Unknown, true // one word at most: a surname alone says nothing
	case end-start > maxFirstWord+1:
		return Unknown, true // longer than any word looked up, with a full stop
	case end-start > maxASCIIWord:
		return Unknown, false
	}
	var buf [maxASCIIWord]byte
	w := buf[:end-start]
	for j := range w {
		c := name[start+j]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		w[j] = c
	}
	first := w
	if n := len(w); n > 0 && w[n-1] == '.' {
		first = w[:n-1]
	}
	if !firstWords.MayHold(string(first)) && !firstWords.MayHold(string(w)) {
		return Unknown, true // most first words are no listed name or title
	}
	switch {
	case maleNames[string(first)] || MaleWords[string(first)] || MaleWords[string(w)]:
		return Male, true
	case femaleNames[string(first)] || FemaleWords[string(first)] || FemaleWords[string(w)]:
		return Female, true
	}
	return Unknown, true
}

// maxASCIIWord is the longest first word ofASCII lowers in place.
const maxASCIIWord = 64

// isASCIISpace reports whether c is one of the ASCII bytes unicode.IsSpace
// accepts.
func isASCIISpace(c byte) bool {
	return c == ' ' || '\t' <= c && c <= '\r'
}

// OfPronoun is the sex a personal pronoun refers to.
func OfPronoun(pron string) Sex {
	switch pron {
	case "he":
		return Male
	case "she":
		return Female
	}
	return Unknown
}

// maleRefs and femaleRefs are the words by which a sentence refers to a
// person of one sex: "Petrenko said she had not slept", "Keane was born in
// 1941, the son of a preacher".
var (
	maleRefs   = wordSet(`he his him himself son`)
	femaleRefs = wordSet(`she her hers herself daughter`)
)

// OfReference is the sex a lower-case pronoun or kin noun refers to.
func OfReference(w string) Sex {
	switch {
	case maleRefs[w]:
		return Male
	case femaleRefs[w]:
		return Female
	}
	return Unknown
}

// OfTitle is the sex a lower-case title fixes ("mrs", "lord").
func OfTitle(w string) Sex {
	switch {
	case MaleWords[w]:
		return Male
	case FemaleWords[w]:
		return Female
	}
	return Unknown
}

// Contradicts reports whether a known sex cannot be the named person's:
// the name's is known too, and differs.
func Contradicts(s Sex, name string) bool {
	n := Of(name)
	return s != Unknown && n != Unknown && s != n
}

// Clashes reports whether a pronoun ("he", "she", "his", "her", in lower
// case) cannot stand for the named person: both sexes are known and
// differ.
func Clashes(pron, name string) bool { return Contradicts(OfReference(pron), name) }

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}
