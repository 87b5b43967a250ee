package extract

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestATitledSpeakerLabelInCapitalsIsAPerson(t *testing.T) {
	tests := []struct {
		name, text string
		tagged     []string // words the tagger took for places
		want       []string // the people afterwards
	}{
		{"a title and a full name, then the surname",
			"GOV. PIA ROSSEL: We are ready.\nQ: When?\nROSSEL: Soon.\n",
			[]string{"ROSSEL"}, []string{"PIA ROSSEL", "ROSSEL"}},
		{"a senator by title, the tagger taking the name for a place",
			"SENATOR ODA MERRIN: It passed.\nMERRIN: Yes.\n",
			[]string{"ODA MERRIN", "MERRIN"}, []string{"ODA MERRIN", "MERRIN"}},
		{"a lone titled label is no transcript",
			"GOV. PIA ROSSEL: We are ready.\nThe hall emptied.\n",
			nil, nil},
		{"words of an office after a title are no name",
			"MAYOR OF HALLTON: Welcome.\nQ: Why?\nHALLTON: Because.\n",
			[]string{"HALLTON"}, nil},
		{"words of an office after a title are no name, though in capitals",
			"LORD CHIEF JUSTICE: Sit down.\nQ: Why?\nJUSTICE: Order.\n",
			[]string{"JUSTICE"}, nil},
		{"a surname two titled labels share stays as tagged",
			"DR PIA ROSSEL: Yes.\nDR ABEL ROSSEL: No.\nROSSEL: Maybe.\n",
			[]string{"ROSSEL"}, []string{"PIA ROSSEL", "ABEL ROSSEL"}},
		{"a surname inside a line stays as tagged",
			"Q: Is ROSSEL: the name right?\nGOV. PIA ROSSEL: We are ready.\n",
			[]string{"ROSSEL"}, []string{"PIA ROSSEL"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			from := 0
			for _, w := range tt.tagged {
				i := strings.Index(tt.text[from:], w) + from
				if j := strings.Index(tt.text[from:], "\n"+w+":"); j >= 0 {
					i = j + from + 1
				}
				ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(w)}, Text: w, Type: doc.Place})
				from = i + len(w)
			}
			var got []string
			for _, m := range withTitledLabelPeople(tt.text, ms) {
				if m.Type == doc.Person {
					got = append(got, tt.text[m.Start:m.End])
				}
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("people %q, want %q", got, tt.want)
			}
		})
	}
}
