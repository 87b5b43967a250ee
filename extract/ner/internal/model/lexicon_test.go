package model

import (
	"strings"
	"testing"
)

func TestPlaceListIgnoresAccents(t *testing.T) {
	tests := []struct {
		name, words string
		want        bool
	}{
		{"a listed name in plain letters", "Sao Paulo", true},
		{"a listed name with its accents", "São Paulo", true},
		{"a listed name in capitals with accents", "SÃO PAULO", true},
		{"half a listed name", "São", false},
		{"an unlisted name with accents", "Ana Lúcia", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := places[placeKey(strings.Fields(tt.words))]&1 != 0; got != tt.want {
				t.Errorf("listed(%q) = %v, want %v", tt.words, got, tt.want)
			}
		})
	}
}

// foldAll is the place key of words with every word's accents dropped
// through appendFolded, plain or not.
func foldAll(words []string) uint64 {
	var k uint64
	for _, w := range words {
		l := appendLower(nil, AppendNorm(nil, w))
		k = gazKey(k, hashBytes(appendFolded(nil, l)))
	}
	return k
}

func TestPlaceKeyFoldsEveryWord(t *testing.T) {
	tests := []struct{ name, words string }{
		{"plain letters", "Sao Paulo"},
		{"accents", "São Paulo"},
		{"capitals with accents", "SÃO PAULO"},
		{"curly apostrophe", "Côte d’Ivoire"},
		{"a word longer than the buffers", strings.Repeat("Llanfair", 8) + " " + strings.Repeat("é", 30)},
		{"an invalid byte", "Sa\xffo"},
		{"digits and marks", "A-1 St."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			words := strings.Fields(tt.words)
			if got, want := placeKey(words), foldAll(words); got != want {
				t.Errorf("placeKey(%q) = %x, want %x", tt.words, got, want)
			}
		})
	}
}

func TestMarkPlacesFindsAccentedNames(t *testing.T) {
	m := New(10)
	var s Scratch
	info := make([]tokInfo, 2)
	for i, w := range []string{"São", "Paulo"} {
		m.analyseWord(&s, &info[i], w)
	}
	markPlaces(info)
	if info[0].place != 1 || info[1].place != 2 {
		t.Errorf("place bits = %d %d, want 1 2", info[0].place, info[1].place)
	}
}

func TestDemonym(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"Qatari", true},
		{"Egyptian", true},
		{"Kenyan", true},
		{"Japanese", true},
		{"Italian", true},
		{"Chinese", true},
		{"Qatar", false},
		{"Northgate", false},
		{"Indian", true},
		{"Ian", false},
	}
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := Demonym(tt.word); got != tt.want {
				t.Errorf("Demonym(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestListedPlace(t *testing.T) {
	tests := []struct {
		name  string
		words []string
		want  bool
	}{
		{"a capital", []string{"London"}, true},
		{"a country in capitals", []string{"HUNGARY"}, true},
		{"a place of two words", []string{"Saudi", "Arabia"}, true},
		{"the first word of a place of two", []string{"Saudi"}, false},
		{"a company", []string{"Rolls-Royce"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ListedPlace(tt.words); got != tt.want {
				t.Errorf("ListedPlace(%q) = %v, want %v", tt.words, got, tt.want)
			}
		})
	}
}
