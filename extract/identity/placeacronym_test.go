package identity

import (
	"testing"

	"newsbot/extract/doc"
)

func TestPlaceAcronym(t *testing.T) {
	tests := []struct {
		name, in string
		typ      doc.EntityType
		want     bool
	}{
		{"an unlisted short word in capitals is an acronym", "IFORD", doc.Place, true},
		{"a listed town in capitals is a dateline", "PARIS", doc.Place, false},
		{"a long word in capitals is a dateline", "KELVANDRIA", doc.Place, false},
		{"a name of two words is no acronym", "NEW KELVAN", doc.Place, false},
		{"a person's name in capitals is no acronym", "OKONJO", doc.Person, false},
		{"a word in mixed case is no acronym", "Iford", doc.Place, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := placeAcronym(tc.in, tc.typ); got != tc.want {
				t.Errorf("placeAcronym(%q, %s) = %v, want %v", tc.in, tc.typ, got, tc.want)
			}
		})
	}
}
