package extract

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestTranscriptLabelsInCapitalsArePeople(t *testing.T) {
	tests := []struct {
		name, text, label string
		want              doc.EntityType
	}{
		{"an accented label answering questions twice", "Q. Ready?\nÉLODIE VARGA: Yes, ready.\nQ. Tired?\nÉLODIE VARGA: No.\n",
			"ÉLODIE VARGA", doc.Person},
		{"a label after colon-labelled questions", "Q: Ready?\nJO REED: Yes.\nQ: Tired?\nJO REED: No.\n",
			"JO REED", doc.Person},
		{"a label answering once", "Q. Ready?\nÉLODIE VARGA: Yes, ready.\n",
			"ÉLODIE VARGA", doc.Org},
		{"labels without questions", "ÉLODIE VARGA: Yes, ready.\nÉLODIE VARGA: No.\n",
			"ÉLODIE VARGA", doc.Org},
		{"a one-word label", "Q. Ready?\nUNICEF: Yes.\nQ. Tired?\nUNICEF: No.\n",
			"UNICEF", doc.Org},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			for at := 0; ; {
				i := strings.Index(tt.text[at:], tt.label)
				if i < 0 {
					break
				}
				ms = append(ms, doc.Mention{Span: doc.Span{Start: at + i, End: at + i + len(tt.label)}, Text: tt.label, Type: doc.Org})
				at += i + len(tt.label)
			}
			got := withTranscriptLabelPeople(tt.text, ms)
			if typ := got[0].Type; typ != tt.want {
				t.Errorf("%q is typed %s, want %s", tt.label, typ, tt.want)
			}
		})
	}
}

func TestQuestionLabelsNameNoOne(t *testing.T) {
	tests := []struct {
		name, text string
		at         int
		dropped    bool
	}{
		{"a Q. label opening a line", "Intro.\nQ. How was it?\n", 7, true},
		{"a Q: label opening a line", "Intro.\nQ: How was it?\n", 7, true},
		{"a Q inside a line", "Agent Q. Smith spoke.\n", 6, false},
		{"a Q without a dot or a colon", "Q Branch staff spoke.\n", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := []doc.Mention{{Span: doc.Span{Start: tt.at, End: tt.at + 1}, Text: "Q", Type: doc.Person}}
			if got := len(withoutQuestionLabels(tt.text, ms)) == 0; got != tt.dropped {
				t.Errorf("dropped = %v, want %v", got, tt.dropped)
			}
		})
	}
}
