package ner

import (
	"testing"

	"newsbot/extract/doc"
)

func TestDescriptor(t *testing.T) {
	tests := []struct {
		text string
		typ  doc.EntityType
		want bool
	}{
		{"Norwegian", doc.Other, true},
		{"European", doc.Other, true},
		{"Qatari", doc.Other, true},
		{"Swedish", doc.Other, true},
		{"Hungarian-born", doc.Other, true},
		{"Chinese-made", doc.Other, true},
		{"mid-October", doc.Other, true},
		{"Champions League", doc.Other, false},
		{"Ramadan", doc.Other, false},
		{"Brexit", doc.Other, false},
		{"Norwegian", doc.Org, false},
		{"Christmas-born", doc.Other, false},
		{"Oslo-based", doc.Other, true},
		{"Tbilisi-born", doc.Other, true},
		{"mid-term", doc.Other, false},
		{"Kaltrian-held", doc.Other, true},
		{"Lisvenna-based", doc.Other, true},
		{"NVA-held", doc.Other, true},
		{"US-led", doc.Other, true},
		{"U.S.-backed", doc.Other, true},
		{"Rebel-controlled", doc.Other, true},
		{"Monday-based", doc.Other, false},
		{"Lisvenna-born", doc.Other, false},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			if got := Descriptor(doc.Mention{Text: tc.text, Type: tc.typ}); got != tc.want {
				t.Errorf("Descriptor(%q, %s) = %v, want %v", tc.text, tc.typ, got, tc.want)
			}
		})
	}
}
