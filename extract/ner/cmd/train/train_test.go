package main

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"

	"newsbot/extract/ner/internal/conll"
	"newsbot/extract/ner/internal/model"
)

func sent(s string) []conll.Token {
	var out []conll.Token
	for _, f := range strings.Fields(s) {
		w, tag, _ := strings.Cut(f, "/")
		out = append(out, conll.Token{Word: w, Tag: tag})
	}
	return out
}

func TestBioTags(t *testing.T) {
	per, org := model.TypePER, model.TypeORG
	tests := []struct {
		name string
		in   string
		want []int
	}{
		{"IOB1 runs start with B", "Peter/I-PER Smith/I-PER said/O", []int{model.BeginTag(per), model.InsideTag(per), 0}},
		{"a B tag splits adjacent names", "Anna/I-PER Bob/B-PER", []int{model.BeginTag(per), model.BeginTag(per)}},
		{"a type change starts a new name", "EU/I-ORG Smith/I-PER", []int{model.BeginTag(org), model.BeginTag(per)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := bioTags(sent(tt.in)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("bioTags(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

func TestTitleCase(t *testing.T) {
	d := conll.Doc{sent("SOCCER/O - JAPAN/I-LOC GET/O LUCKY/O WIN/O"), sent("Japan/I-LOC won/O ./O")}
	got, changed := titleCase(d, rand.New(rand.NewSource(1)))
	if !reflect.DeepEqual(changed, []int{0}) {
		t.Fatalf("changed = %v, want [0]", changed)
	}
	if !reflect.DeepEqual(got[1], d[1]) {
		t.Errorf("a mixed-case sentence was changed: %v", got[1])
	}
	for i, tk := range got[0] {
		if tk.Tag != d[0][i].Tag || !strings.EqualFold(tk.Word, d[0][i].Word) {
			t.Errorf("token %d: %v from %v", i, tk, d[0][i])
		}
	}
	if w := got[0][2].Word; w != "Japan" && w != "JAPAN" {
		t.Errorf("JAPAN became %q", w)
	}
}
