package model

import (
	_ "embed"
	"strings"
)

// The place list is general world knowledge that the 1990s training text
// lacks in current spellings (Kyiv, Chisinau); the model learns from the
// training data how far to trust it.
//
//go:embed lexicon/places.txt
var placeList string

// places maps the gazetteer key of each listed name (and of each prefix
// of a multi-word name, with bit 2) to bit 1 when it is a full name.
var places = func() map[uint64]uint8 {
	m := map[uint64]uint8{}
	for _, ws := range listEntries(placeList) {
		for i := 1; i < len(ws); i++ {
			m[placeKey(ws[:i])] |= 2
		}
		m[placeKey(ws)] |= 1
	}
	return m
}()

// listEntries returns the words of each line of an embedded list, blank
// lines and "#" comments left out.
func listEntries(list string) [][]string {
	var out [][]string
	for line := range strings.Lines(list) {
		if ws := strings.Fields(line); len(ws) > 0 && !strings.HasPrefix(ws[0], "#") {
			out = append(out, ws)
		}
	}
	return out
}

// demonymEndings end the adjectives of the people of a listed place, each
// with the endings of the place's name they replace: "Qatari", "Kenyan",
// "Japanese", "Italian" (Italy), "Ukrainian" (Ukraine), "Chinese" (China).
var demonymEndings = []struct {
	suffix string
	ends   []string
}{
	{"ian", []string{"", "y", "e", "a"}}, {"ese", []string{"", "a"}}, {"an", []string{"", "a"}},
	{"i", []string{""}}, {"n", []string{""}},
}

// Demonym reports whether w is the adjective of the people of a listed
// country or city: "Qatari", "Egyptian".
func Demonym(w string) bool {
	for _, d := range demonymEndings {
		stem, ok := strings.CutSuffix(w, d.suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range d.ends {
			if places[placeKey([]string{stem + end})]&1 != 0 {
				return true
			}
		}
	}
	return false
}

// ListedPlace reports whether words are the full name of a place of the
// place list: "London", "Hungary".
func ListedPlace(words []string) bool {
	return places[placeKey(words)]&1 != 0
}

// placeFilter sends most token sequences that start no listed name past
// the map.
var placeFilter = newKeyFilter(places)

// markPlaces sets the place bits of the tokens of one sentence:
// bit 1 begins a listed place name, bit 2 continues one.
func markPlaces(info []tokInfo) {
	for i := range info {
		var key uint64
		for L := 1; L <= MaxGazLen && i+L <= len(info); L++ {
			key = gazKey(key, info[i+L-1].folded)
			if !placeFilter.mayHave(key) {
				break
			}
			v := places[key]
			if v == 0 {
				break
			}
			if v&1 != 0 && info[i].flags&flagInitCap != 0 {
				info[i].place |= 1
				for j := i + 1; j < i+L; j++ {
					info[j].place |= 2
				}
			}
		}
	}
}
