package identity

import (
	"testing"

	"newsbot/extract/doc"
)

// refTransposed is transposed without its checks of the lengths in bytes.
func refTransposed(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) || len(ra) < minTransposedSurname {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if i == 0 || i+1 >= len(ra) || ra[i] != rb[i+1] || ra[i+1] != rb[i] || ra[i] == ra[i+1] {
		return false
	}
	return string(ra[i+2:]) == string(rb[i+2:])
}

// TestTransposedMatchesReference checks transposed against the rune-wise
// comparison on keys of ASCII and of several bytes a rune, of the
// shortest length and around it.
func TestTransposedMatchesReference(t *testing.T) {
	keys := []string{"okonkwo", "okonkow", "okonkwö", "okonköw", "okönkwo", "koonkwo", "okonkwoo", "stein", "stien",
		"steinn", "stienn", "müller", "mülelr", "mulelr", "müllre", "ðaaaaa", "aðaaaa", "aaaaað", "aaaaða", "", "abcdef", "abcdfe", "bacdef"}
	for _, a := range keys {
		for _, b := range keys {
			if got, want := transposed(a, b), refTransposed(a, b); got != want {
				t.Errorf("transposed(%q, %q) = %v, want %v", a, b, got, want)
			}
		}
	}
}

// refPersonSurnamesByArticle and refWritesSurname are the index that
// nameWritesSurname replaces: every article's people's surname keys.
func refPersonSurnamesByArticle(c *corpus) (map[int32]map[string]bool, map[int32][]int32) {
	written := map[int32]map[string]bool{}
	articles := map[int32][]int32{}
	for i := range c.ents {
		if !c.person(i) || c.info(i).lastKey == "" {
			continue
		}
		a := c.article[i]
		if written[a] == nil {
			written[a] = map[string]bool{}
		}
		written[a][c.info(i).lastKey] = true
		for _, sp := range c.spell[c.surfAt[i]:c.surfAt[i+1]] {
			if k := c.spellingLastKey(sp); k != "" {
				written[a][k] = true
			}
		}
		articles[c.nameOf[i]] = append(articles[c.nameOf[i]], a)
	}
	return written, articles
}

func refWritesSurname(written map[int32]map[string]bool, articles []int32, last string) bool {
	for _, a := range articles {
		if written[a][last] {
			return true
		}
	}
	return false
}

// TestNameWritesSurnameMatchesIndex checks nameWritesSurname against the
// index of every article's surnames, for every name and surname key of a
// corpus with spellings, organisations and names without a surname key.
func TestNameWritesSurnameMatchesIndex(t *testing.T) {
	ent := func(art, name string, typ doc.EntityType, surfaces ...string) DocEntity {
		return DocEntity{Article: art, Name: name, Type: typ, Surfaces: append([]string{name}, surfaces...), Mentions: 1}
	}
	ents := []DocEntity{
		ent("1", "Danny Okonkow", doc.Person), ent("1", "Okonkwo", doc.Person),
		ent("2", "Danny Okonkwo", doc.Person, "Okonkwo"), ent("2", "Okonkow Holdings", doc.Org),
		ent("3", "Danny Okonkow", doc.Person), ent("3", "Mara Jensen", doc.Person, "Jensen", "M. Jensne"),
		ent("4", "Okonkow", doc.Org), ent("4", "Danny Okonkwo", doc.Person), ent("4", ".", doc.Person),
		ent("5", "Mara Jensne", doc.Person), ent("5", "Jensen", doc.Place), ent("1", "Ann Berg", doc.Person, "Okonkwo"),
	}
	c := newCorpus(ents)
	written, articles := refPersonSurnamesByArticle(c)
	lasts := map[string]bool{"": true, "nobody": true}
	for _, n := range c.names {
		lasts[n.lastKey] = true
	}
	for _, s := range c.spellings {
		lasts[lastKey(s)] = true
	}
	for id := range c.names {
		for last := range lasts {
			want := last != "" && refWritesSurname(written, articles[int32(id)], last)
			if got := c.nameWritesSurname(int32(id), last); got != want {
				t.Errorf("nameWritesSurname(%q, %q) = %v, want %v", c.names[id].name, last, got, want)
			}
		}
	}
}
