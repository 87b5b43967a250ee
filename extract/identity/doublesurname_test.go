package identity

import (
	"testing"

	"newsbot/extract/doc"
)

func TestDoubleSurnameHeads(t *testing.T) {
	tests := []struct {
		name   string
		people []string
		head   string
		want   string
	}{
		{"the first of a double surname stands for its bearer", []string{"Lucía Ibáñez-Ruiz"}, "Ibáñez", lastTokenKey("Ibáñez-Ruiz")},
		{"two bearers of one first part leave it to neither", []string{"Lucía Ibáñez-Ruiz", "Marta Ibáñez-Gil"}, "Ibáñez", ""},
		{"a Chinese given name is no double surname", []string{"Wang Chang-Ming"}, "Chang", ""},
		{"a lower-case second syllable is a given name", []string{"Lee Teng-hui"}, "Teng", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var forms []*form
			for _, p := range tt.people {
				toks := nameTokens(p)
				forms = append(forms, &form{key: Key(p), typ: doc.Person, toks: toks, ntok: len(toks), lastKey: lastTokenKey(p)})
			}
			if got := doubleSurnameHeads(forms)[tokenKey(tt.head)]; got != tt.want {
				t.Errorf("head of %q = %q, want %q", tt.head, got, tt.want)
			}
		})
	}
}
