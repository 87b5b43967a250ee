package identity

import (
	"unicode/utf8"

	"newsbot/extract/doc"
)

// titledPerson makes a person of a name the tagger read as an
// organisation's over a title and the personal name after it: "Federal
// Emergency Chief Olusegun Bankole-Adeyemi said". The words after the last
// role noun ("Chief", "Minister") must be two or more capitalised words of which none is a title, an
// office word or the head of an institution's name ("Chief Medical
// Officer", "Minister Resources Ltd" stay as tagged); trimMention then
// drops the title.
func titledPerson(m doc.Mention) doc.Mention {
	if m.Type != doc.Org && m.Type != doc.Other {
		return m
	}
	if !oneASCIIWord(m.Text) && mayTitlePerson(m.Text) && titledPeople.get(m.Text) {
		m.Type = doc.Person
	}
	return m
}

// oneASCIIWord reports an ASCII name without white space: a single word,
// which titledPersonName never takes (a courtesy title and a surname are
// two words, a title and a name three or more).
func oneASCIIWord(name string) bool {
	for i := 0; i < len(name); i++ {
		if c := name[i]; c >= utf8.RuneSelf || isASCIISpace(c) {
			return false
		}
	}
	return true
}

// mayTitlePerson reports whether titledPersonName may hold for name,
// without the memo's look-up for the common name of two words: such a
// name is a person's only when it opens with one of courtesyTitles (see
// courtesySurname), as a role noun must have two words after it.
func mayTitlePerson(name string) bool {
	first, _, ok := twoWords(name)
	return !ok || bareIn(courtesyTitles, first)
}

// titledPeople remembers titledPersonName of the names seen: an article
// names the same bodies many times, a corpus in article after article.
var titledPeople = newMemo(1<<17, titledPersonName)

// titledPersonName reports whether a name typed an organisation or
// something else is a person's after all (see titledPerson).
func titledPersonName(name string) bool {
	var buf [8]token
	toks := appendTokens(buf[:0], name)
	if courtesySurname(toks) {
		return true
	}
	r := -1
	for i, t := range toks {
		if isCapitalised(t.text) && isRoleHead(t.text) {
			r = i
		}
	}
	if r < 0 || len(toks)-r-1 < 2 {
		return false
	}
	for _, t := range toks[r+1:] {
		b := bare(trimPossessive(t.text)) // "the Premier Football League's test"
		if !isNameWord(t.text) || officeWords[b] || orgHeads[b] || genericHeads[b] || bodyEnds[b] {
			return false
		}
	}
	return true
}

// courtesyTitles are the honorifics and academic titles that, before one
// capitalised word, make it a person's surname ("Professor Hallgren has
// been generous"); "Doctor" is left out, as it opens works' and firms'
// names.
var courtesyTitles = wordSet(`professor prof mr mrs ms dame`)

// firmWords end firms' names and no one's: "Professor Enterprises".
var firmWords = wordSet(`enterprises associates consultants products services group`)

// courtesySurname reports a name of two words, a courtesy or academic
// title and a capitalised word that heads no body, firm or office.
func courtesySurname(toks []token) bool {
	if len(toks) != 2 || !isCapitalised(toks[0].text) || !bareIn(courtesyTitles, toks[0].text) {
		return false
	}
	t := toks[1].text
	b := bare(t)
	return isNameWord(t) && !isPossessive(t) && !officeWords[b] && !orgHeads[b] && !genericHeads[b] && !isTitle(t) && !isRoleHead(t) &&
		!companyHeads[b] && !firmOnlyHeads[b] && !firmWords[b]
}
