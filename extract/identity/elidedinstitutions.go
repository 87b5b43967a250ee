package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// elidedHeads end the names of institutions that news shortens to the
// possessive before them: "St Aldhelm's" for "St Aldhelm's General
// Hospital", "Linley's" for "Linley's School".
var elidedHeads = wordSet(`hospital hospitals infirmary school college church cathedral academy hospice`)

// elidedInstitution returns the possessive words that open an
// institution's name of the kind elidedHeads end, and whether there are
// any: "St Aldhelm's" of "St Aldhelm's General Hospital".
func elidedInstitution(name string) (string, bool) {
	if !hasApostrophe(name) {
		return "", false
	}
	words := strings.Fields(name)
	if len(words) < 2 || !bareIn(elidedHeads, words[len(words)-1]) {
		return "", false
	}
	for i, w := range words[:len(words)-1] {
		if possessiveWord(w) {
			return strings.Join(words[:i+1], " "), true
		}
	}
	return "", false
}

// hasApostrophe is strings.ContainsAny(name, "'’"), read byte by byte: ’
// is the only rune whose UTF-8 is the bytes 0xE2 0x80 0x99.
func hasApostrophe(name string) bool {
	for i := 0; i < len(name); i++ {
		switch name[i] {
		case '\'':
			return true
		case 0xE2:
			if i+2 < len(name) && name[i+1] == 0x80 && name[i+2] == 0x99 {
				return true
			}
		}
	}
	return false
}

// possessiveWord reports a capitalised word in the possessive: "Aldhelm's",
// "Thomas'".
func possessiveWord(w string) bool {
	if !isCapitalised(w) {
		return false
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// joinElidedInstitutions joins a name that ends in a possessive, whatever
// the tagger took it for but a person, to the one institution of the
// article whose name it opens before the institution's head: "St
// Aldhelm's" after "St Aldhelm's General Hospital" is the hospital ("has
// worked at St Aldhelm's since 2009"). The institution leads the entity.
func joinElidedInstitutions(ents []*articleEntity) {
	var longer map[string][]*articleEntity
	for _, e := range ents {
		if len(e.forms) == 0 || e.forms[0].typ == doc.Person {
			continue
		}
		for _, f := range e.forms {
			if p, ok := elidedInstitution(f.display); ok {
				if longer == nil {
					longer = map[string][]*articleEntity{}
				}
				if k := WordsKey(p); !containsEntity(longer[k], e) {
					longer[k] = append(longer[k], e)
				}
			}
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, e := range ents {
		if len(e.forms) != 1 {
			continue
		}
		f := e.forms[0]
		if f.typ == doc.Person || !possessiveWord(lastWordOf(f.display)) {
			continue
		}
		cands := longer[WordsKey(f.display)]
		if len(cands) != 1 || cands[0] == e {
			continue
		}
		owner := cands[0]
		f.typ, f.votes = owner.forms[0].typ, onlyVotes(owner.forms[0].typ, f.count)
		owner.forms = append(owner.forms, f)
		f.entity = owner.idx
		e.forms = nil
	}
}
