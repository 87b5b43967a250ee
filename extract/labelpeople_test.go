package extract

import (
	"strings"
	"testing"

	"newsbot/extract/doc"
)

func TestASpeakerLabelInCapitalsIsThePersonItNames(t *testing.T) {
	tests := []struct {
		name, text, label string
		others            []string // other names, tagged as people
		want              doc.EntityType
	}{
		{"the surname of a person of the article", "Ravi Dutt spoke to Lena Okafor.\nDUTT: Is it ready?\n",
			"DUTT", []string{"Ravi Dutt", "Lena Okafor"}, doc.Person},
		{"the full name of a person of the article", "Ravi Dutt spoke.\nRAVI DUTT: It is ready.\n",
			"RAVI DUTT", []string{"Ravi Dutt"}, doc.Person},
		{"a capitalised place with no person of that name", "Ravi Dutt spoke.\nDELHI: It is ready.\n",
			"DELHI", []string{"Ravi Dutt"}, doc.Place},
		{"a name in capitals without a colon", "Ravi Dutt spoke.\nDUTT IN TALKS\n",
			"DUTT", []string{"Ravi Dutt"}, doc.Place},
		{"a name in capitals inside a line", "Ravi Dutt spoke.\nTALKS WITH DUTT: DAY TWO\n",
			"DUTT", []string{"Ravi Dutt"}, doc.Place},
		{"a surname after a title and the given name", "Cllr Ravi Dutt-Khan spoke.\nCOUNCILLOR RAVI DUTT-KHAN: It is ready.\n",
			"DUTT-KHAN", []string{"Ravi Dutt-Khan"}, doc.Person},
		{"a surname after a title", "Ravi Dutt spoke.\nDR DUTT: It is ready.\n",
			"DUTT", []string{"Ravi Dutt"}, doc.Person},
		{"a surname after another given name", "Ravi Dutt spoke.\nASHA DUTT: It is ready.\n",
			"DUTT", []string{"Ravi Dutt"}, doc.Place},
		{"a surname two people share", "Ravi Dutt met Asha Dutt.\nDUTT: It is ready.\n",
			"DUTT", []string{"Ravi Dutt", "Asha Dutt"}, doc.Place},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var ms []doc.Mention
			for _, o := range tt.others {
				i := strings.Index(tt.text, o)
				ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(o)}, Text: o, Type: doc.Person})
			}
			i := strings.LastIndex(tt.text, tt.label)
			ms = append(ms, doc.Mention{Span: doc.Span{Start: i, End: i + len(tt.label)}, Text: tt.label, Type: doc.Place})
			got := withLabelPeople(tt.text, ms)
			if typ := got[len(got)-1].Type; typ != tt.want {
				t.Errorf("%q is typed %s, want %s", tt.label, typ, tt.want)
			}
		})
	}
}
