package identity

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestSplitPersonOf(t *testing.T) {
	tests := []struct {
		name, text, mention string
		want                []string // "TYPE:text" of the mentions out
	}{
		{"a person of an organisation after a role noun", "According to economist Li Wei of Meridian Capital, markets fell.",
			"ORG:Li Wei of Meridian Capital", []string{"PERSON:Li Wei", "ORG:Meridian Capital"}},
		{"a role noun after a possessive", "The bank's chief analyst Maria Costa of Norland Securities said so.",
			"PERSON:Maria Costa of Norland Securities", []string{"PERSON:Maria Costa", "ORG:Norland Securities"}},
		{"no role noun before the name", "Shares of Meridian Capital rose after Li Wei of Meridian Capital spoke.",
			"ORG:Li Wei of Meridian Capital", []string{"ORG:Li Wei of Meridian Capital"}},
		{"an institution's name of its own", "said economist Bank of England staff.",
			"ORG:Bank of England", []string{"ORG:Bank of England"}},
		{"a title's office", "said adviser Minister of Finance Ruth Okoro.",
			"ORG:Minister of Finance", []string{"ORG:Minister of Finance"}},
		{"a person read over of and a country", "President Oskar Lind of Harwen will speak on Monday.",
			"PERSON:Oskar Lind of Harwen", []string{"PERSON:Oskar Lind", "ORG:Harwen"}},
		{"a peer's title stays whole", "The Duke of Harwen opened the bridge.",
			"PERSON:Duke of Harwen", []string{"PERSON:Duke of Harwen"}},
		{"one given name of a place stays whole", "A statue of Joan of Arc stood there.",
			"PERSON:Joan of Arc", []string{"PERSON:Joan of Arc"}},
		{"a person of a lower-case phrase stays whole", "Oskar Lind of the council spoke.",
			"PERSON:Oskar Lind of the council", []string{"PERSON:Oskar Lind of the council"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			typ, surface, _ := strings.Cut(tc.mention, ":")
			i := strings.LastIndex(tc.text, surface)
			in := []doc.Mention{{Span: doc.Span{Start: i, End: i + len(surface)}, Text: surface, Type: doc.EntityType(typ)}}
			var got []string
			for _, m := range splitPersonOf(tc.text, in) {
				if tc.text[m.Start:m.End] != m.Text {
					t.Errorf("span [%d,%d) is %q, Text is %q", m.Start, m.End, tc.text[m.Start:m.End], m.Text)
				}
				got = append(got, fmt.Sprintf("%s:%s", m.Type, m.Text))
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

func TestWithTypeElsewhere(t *testing.T) {
	tests := []struct {
		name   string
		others []doc.Mention
		want   doc.EntityType
	}{
		{"a place named elsewhere stays a place", []doc.Mention{{Span: doc.Span{Start: 40, End: 46}, Text: "Harwen", Type: doc.Place}}, doc.Place},
		{"a person's mention of the same text gives no type", []doc.Mention{{Span: doc.Span{Start: 40, End: 46}, Text: "Harwen", Type: doc.Person}}, doc.Org},
		{"no other mention keeps its own type", nil, doc.Org},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			org := doc.Mention{Span: doc.Span{Start: 10, End: 16}, Text: "Harwen", Type: doc.Org}
			if got := withTypeElsewhere(append(tc.others, org), org); got.Type != tc.want {
				t.Errorf("type %s, want %s", got.Type, tc.want)
			}
		})
	}
}
