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
