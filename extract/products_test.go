package extract

import (
	"regexp"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

// TestWithProducts checks the product rules on hand-made mentions.
func TestWithProducts(t *testing.T) {
	known := func(w string) bool {
		return strings.Contains(" company hopes launch market later year heart pill drug sold shares rose batch save lives research ", " "+w+" ")
	}
	tests := []struct {
		name  string
		text  string
		names []string          // capitalised names tagged, with their types
		types []doc.EntityType  // in the same order
		want  map[string]string // mention text → "TYPE canonical"
	}{
		{
			name:  "a brand with its generic name in brackets is one product",
			text:  "Orvana launched Velostra (orvimastat) on Monday. Doctors welcomed orvimastat.",
			names: []string{"Orvana", "Velostra"}, types: []doc.EntityType{doc.Org, doc.Place},
			want: map[string]string{"Velostra": "OTHER ", "orvimastat": "OTHER Velostra", "Orvana": "ORG "},
		},
		{
			name:  "a generic name sold under a brand",
			text:  "The company hopes to market orvimastat under the brand name Velostra later this year.",
			names: []string{"Velostra"}, types: []doc.EntityType{doc.Org},
			want: map[string]string{"Velostra": "OTHER ", "orvimastat": "OTHER Velostra"},
		},
		{
			name:  "a brand said to be the brand name for a generic",
			text:  "Velostra is the brand name for orvimastat, a heart pill.",
			names: []string{"Velostra"}, types: []doc.EntityType{doc.Place},
			want: map[string]string{"Velostra": "OTHER ", "orvimastat": "OTHER Velostra"},
		},
		{
			name:  "a name recalled in lots is a product, and so is a word made of it",
			text:  "Orvana recalled two lots of Denoxil. It also runs DenoxilPlus for patients.",
			names: []string{"Orvana", "Denoxil", "DenoxilPlus"}, types: []doc.EntityType{doc.Org, doc.Person, doc.Place},
			want: map[string]string{"Denoxil": "OTHER ", "DenoxilPlus": "OTHER ", "Orvana": "ORG "},
		},
		{
			name:  "a maker described by its products stays a company",
			text:  "Berlaux, a vaccine and research firm, rose.",
			names: []string{"Berlaux"}, types: []doc.EntityType{doc.Org},
			want: map[string]string{"Berlaux": "ORG "},
		},
		{
			name: "a coined word after a product noun with a generic stem is a product",
			text: "Shares rose after the heart pill velantinib cut deaths.",
			want: map[string]string{"velantinib": "OTHER "},
		},
		{
			name: "a common word after a product noun is none",
			text: "The drug repository opened next to a treatment clinic.",
			want: map[string]string{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			for i, n := range tt.names {
				k := strings.Index(tt.text, n)
				for k >= 0 && k+len(n) < len(tt.text) && tt.text[k+len(n)] >= 'A' && tt.text[k+len(n)] <= 'Z' {
					k = strings.Index(tt.text[k+1:], n) + k + 1
				}
				ms = append(ms, doc.Mention{Span: doc.Span{Start: k, End: k + len(n)}, Type: tt.types[i], Text: n})
			}
			sents := []doc.Sentence{{Span: doc.Span{Start: 0, End: len(tt.text)}}}
			got := map[string]string{}
			for _, m := range withProducts(tt.text, sents, ms, known) {
				got[m.Text] = string(m.Type) + " " + m.Canonical
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s: got %q, want %q (all %v)", k, got[k], v, got)
				}
			}
		})
	}
}

// TestWithAcronymCompounds checks that an acronym joined to a participle
// names its body.
func TestWithAcronymCompounds(t *testing.T) {
	tests := []struct {
		name string
		ms   []doc.Mention
		want doc.Mention
	}{
		{"the acronym of a body named in the article", []doc.Mention{
			{Span: doc.Span{Start: 0, End: 3}, Type: doc.Org, Text: "MHA", Canonical: "Medicines Health Agency"},
			{Span: doc.Span{Start: 20, End: 33}, Type: doc.Other, Text: "MHA-mandated"}},
			doc.Mention{Span: doc.Span{Start: 20, End: 23}, Type: doc.Org, Text: "MHA", Canonical: "Medicines Health Agency"}},
		{"an acronym no other mention writes is an organisation", []doc.Mention{
			{Span: doc.Span{Start: 4, End: 13}, Type: doc.Other, Text: "UN-backed"}},
			doc.Mention{Span: doc.Span{Start: 4, End: 6}, Type: doc.Org, Text: "UN"}},
		{"a word that is no acronym stays", []doc.Mention{
			{Span: doc.Span{Start: 4, End: 14}, Type: doc.Other, Text: "Saudi-led"}},
			doc.Mention{Span: doc.Span{Start: 4, End: 14}, Type: doc.Other, Text: "Saudi-led"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := withAcronymCompounds(tt.ms)
			if last := got[len(got)-1]; last != tt.want {
				t.Errorf("got %+v, want %+v", last, tt.want)
			}
		})
	}
}

func TestPairCuesHoldForEveryMatch(t *testing.T) {
	tests := []struct {
		re   *regexp.Regexp
		cue  pairCues
		text string
	}{
		{bracketGeneric, cueParen, "Orvana launched Velostra™ (orvimastat) on Monday."},
		{brandNameFor, cueName, "Velostra, the planned trade name of orvimastat, is new."},
		{soldAs, cueSold, "orvimastat, marketed under the brand name Velostra, is new."},
		{soldAs, cueSold, "orvimastat, known as Velostra, is new."},
		{underName, cueName, "to sell orvimastat with the trade name Velostra"},
		{genericNameIs, cueGeneric, "Velostra 20mg tablets, the generic name of which is orvimastat"},
		{nounGeneric, cueNoun, "the heart medication orvimastat"},
		{nounGeneric, cueNoun, "the new therapy velantinib"},
	}
	for _, tc := range tests {
		if !tc.re.MatchString(tc.text) {
			t.Errorf("%q: no match of %s", tc.text, tc.re)
		}
		if pairCuesOf(tc.text, allPairCues)&tc.cue == 0 {
			t.Errorf("%q: cue %b missing", tc.text, tc.cue)
		}
	}
}

func TestHasBracketedWordHoldsForEveryMatch(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Orvana launched Velostra™ (orvimastat) on Monday.", true},
		{"Velostra (orvimastat)", true},
		{"Velostra (drug) and Orvana (tablets)", true},
		{"Acme Corp (ACME) rose (5 pct) (Reuters)", false},
		{"Velostra (abc) is short", false},
		{"Velostra (orvimastat", false},
		{"(((", false},
		{"", false},
		{"Velostra ( orvimastat)", false},
	}
	for _, tc := range tests {
		if got := hasBracketedWord(tc.text); got != tc.want {
			t.Errorf("hasBracketedWord(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if bracketGeneric.MatchString(tc.text) && !hasBracketedWord(tc.text) {
			t.Errorf("%q matches bracketGeneric but has no bracketed word", tc.text)
		}
	}
}

func TestMayEndProductBefore(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"recalled three lots of ", true},
		{"patients given the antibiotic\t", true},
		{"a recall of\n", true},
		{"shares of", false},
		{"said ", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := mayEndProductBefore(tc.before); got != tc.want {
			t.Errorf("mayEndProductBefore(%q) = %v, want %v", tc.before, got, tc.want)
		}
		if productBefore.MatchString(tc.before) && !mayEndProductBefore(tc.before) {
			t.Errorf("%q matches productBefore but has no cue", tc.before)
		}
	}
}
