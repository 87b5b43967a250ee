package kb

import (
	"context"
	"database/sql"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/identity"
)

// nameIndex keeps every entity name in memory for suggestions and
// autocomplete, most-mentioned first.
type nameIndex struct {
	names []string
	keys  []string
	// fuzzy holds the names' keys and tokens computed once: suggesting
	// from the bare list recomputed them for every unknown name.
	fuzzy *identity.NameIndex
	// byWord lists, for each word of a key, the names holding it, most
	// mentioned first: names sharing a word with a query are found
	// without reading every key.
	byWord map[string][]int32
	// types and articles are each name's entity's type and article
	// count, when loaded from a knowledge base (see widerEndingIn).
	types    []string
	articles []int32
}

func loadNames(ctx context.Context, db *sql.DB) (*nameIndex, error) {
	rows, err := db.QueryContext(ctx, "SELECT name, type, articles FROM entities ORDER BY articles DESC, name")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names, types []string
	var articles []int32
	for rows.Next() {
		var name, typ string
		var n int32
		if err := rows.Scan(&name, &typ, &n); err != nil {
			return nil, err
		}
		names, types, articles = append(names, name), append(types, typ), append(articles, n)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	idx := newNameIndex(names)
	idx.types, idx.articles = types, articles
	return idx, nil
}

// newNameIndex indexes names given most mentioned first.
func newNameIndex(names []string) *nameIndex {
	idx := &nameIndex{names: names, byWord: map[string][]int32{}}
	for i, name := range names {
		k := identity.Key(name)
		idx.keys = append(idx.keys, k)
		for _, w := range strings.Fields(k) {
			if len(w) >= minSharedWord {
				if ns := idx.byWord[w]; len(ns) == 0 || ns[len(ns)-1] != int32(i) {
					idx.byWord[w] = append(ns, int32(i))
				}
			}
		}
	}
	idx.fuzzy = identity.NewNameIndex(idx.names)
	return idx
}

// Complete returns up to n entity names for a partly typed name: names
// starting with it, then names with a word starting with it, then near
// misses.
func (s *Store) Complete(ctx context.Context, prefix string, n int) []string {
	idx := s.names
	key := identity.Key(prefix)
	var out []string
	seen := map[string]bool{}
	add := func(name string) bool {
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
		return len(out) >= n
	}
	if key == "" {
		for _, name := range idx.names {
			if add(name) {
				return out
			}
		}
		return out
	}
	for i, k := range idx.keys {
		if strings.HasPrefix(k, key) && add(idx.names[i]) {
			return out
		}
	}
	for i, k := range idx.keys {
		if strings.Contains(" "+k, " "+key) && add(idx.names[i]) {
			return out
		}
	}
	if len(out) < n {
		for _, name := range idx.fuzzy.Suggest(prefix, n-len(out)) {
			if add(name) {
				break
			}
		}
	}
	return out
}

// suggest returns near misses for an unknown name.
func (s *Store) suggest(query string, n int) []string {
	return s.names.suggest(query, n)
}

// maxTypo is the most edits between a query and a name that make the
// name the one the reader meant to type.
const maxTypo = 2

// suggest returns near misses for an unknown name: a name the query
// misspells by a letter or two first ("Halvorsen Daiy": "Halvorsen
// Dairy"); then, for a query of several words, the names sharing a whole
// word with it, a shared surname before another word ("Alcaraz Garfia":
// "Carlos Alcaraz"), since a word the reader spelt right says more than a
// look-alike spelling; then the other look-alikes.
func (idx *nameIndex) suggest(query string, n int) []string {
	fuzzy := idx.fuzzy.Suggest(query, n)
	var out []string
	add := func(names []string) {
		for _, name := range names {
			if len(out) < n && !slices.Contains(out, name) {
				out = append(out, name)
			}
		}
	}
	add(slices.DeleteFunc(slices.Clone(fuzzy), func(name string) bool { return identity.KeyDistance(query, name) > maxTypo }))
	add(idx.sharingWord(query, n))
	add(fuzzy)
	return out
}

// minSharedWord is the shortest word of a query that picks out names
// sharing it: shorter ones are particles ("al", "de").
const minSharedWord = 3

// sharingWord returns up to n names, most mentioned first, whose key
// shares a whole word with a query of several words: those ending in it
// (a surname) before the others. Generic heads ("bank", "court") pick out
// no one.
func (idx *nameIndex) sharingWord(query string, n int) []string {
	words := strings.Fields(identity.Key(query))
	if len(words) < 2 {
		return nil
	}
	words = slices.DeleteFunc(words, func(w string) bool {
		return len(w) < minSharedWord || identity.IsGenericHead(w) || nameParticles[w]
	})
	var hits []int32
	for _, w := range words {
		hits = append(hits, idx.byWord[w]...)
	}
	slices.Sort(hits)
	hits = slices.Compact(hits)
	var last, other []string
	for _, i := range hits {
		k := idx.keys[i]
		switch {
		case slices.Contains(words, k[strings.LastIndexByte(k, ' ')+1:]):
			last = append(last, idx.names[i])
		case len(other) < n:
			other = append(other, idx.names[i])
		}
		if len(last) >= n {
			break
		}
	}
	out := append(last, other...)
	return out[:min(len(out), n)]
}

// hyphenedHalf reports whether key is a half of the double-barrelled
// surname that ends name.
func hyphenedHalf(name, nameKey, key string) bool {
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !strings.Contains(last, "-") || hyphenatedGiven(last) {
		return false
	}
	halves := strings.Split(last, "-")
	words := strings.Fields(nameKey)
	return len(words) >= len(halves) && slices.Contains(words[len(words)-len(halves):], key)
}

// hyphenatedGiven reports whether a hyphenated word is one name whose
// part after a hyphen opens in lower case, a given name of two syllables
// ("Min-seo" of Jang Min-seo), not a surname of two halves
// ("Okonkwo-Eze").
func hyphenatedGiven(word string) bool {
	for _, part := range strings.Split(word, "-")[1:] {
		if r, _ := utf8.DecodeRuneInString(part); unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// pairedSurname reports whether key is the first of the two surnames that
// end a name of four words or more written without particles, a hyphen or
// a generational suffix: "ramirez" of José Luis Ramírez Castillo, who goes
// by the first of them alone, Spanish style.
func pairedSurname(name, nameKey, key string) bool {
	words := strings.Fields(nameKey)
	return len(words) >= 4 && len(strings.Fields(name)) == len(words) && words[len(words)-2] == key &&
		!strings.Contains(name, "-") && identity.Suffix(name) == ""
}

// maxGivenSyllable and maxFamilySyllable are the longest words a Chinese
// given-name syllable and family name are written with ("Jie", "Keng";
// "Koh", "Zhang").
const (
	maxGivenSyllable  = 4
	maxFamilySyllable = 5
)

// familyBeforeGiven reports whether key is the family name of a name
// written with an English given name before a Chinese one in its own
// order, family name first: "koh" of Daniel Koh Wen Jie or of Jackie Koh
// Wen-jie, who goes by "Koh". The two syllables after it must be short,
// as Chinese syllables are; "Walker" of George Walker Bush is no such
// family name.
func familyBeforeGiven(nameKey, key string) bool {
	words := strings.Fields(nameKey)
	if len(words) != 4 || words[1] != key || len(key) > maxFamilySyllable || nameParticles[key] {
		return false
	}
	return len(words[2]) <= maxGivenSyllable && len(words[3]) <= maxGivenSyllable
}

// maxSurnameHalves bounds the people a half of a double-barrelled
// surname finds.
const maxSurnameHalves = 50

// surnameHalf returns up to maxSurnameHalves names, most mentioned first,
// whose surname is double-barrelled with the one-word key as one of its
// halves: "okonkvo" or "eze" (keys of "Okonkwo", "Eze") for Chidi
// Okonkwo-Eze, however the articles wrote him, or the first of two
// surnames (see pairedSurname), or the family name of a Chinese name after
// an English given name (see familyBeforeGiven).
func (idx *nameIndex) surnameHalf(key string) []string {
	var out []string
	for _, i := range idx.byWord[key] {
		name := idx.names[i]
		if !hyphenedHalf(name, idx.keys[i], key) && !pairedSurname(name, idx.keys[i], key) && !familyBeforeGiven(idx.keys[i], key) {
			continue
		}
		if out = append(out, name); len(out) >= maxSurnameHalves {
			break
		}
	}
	return out
}

// nameParticles are words of names that say nothing of whom a name
// is: "van der", "bin", "and" of "Competition and Markets Authority".
var nameParticles = map[string]bool{
	"and": true, "the": true, "for": true, "van": true, "der": true, "den": true, "von": true,
	"bin": true, "ibn": true, "del": true, "della": true, "los": true, "las": true, "new": true,
}
