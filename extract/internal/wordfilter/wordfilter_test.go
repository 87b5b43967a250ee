package wordfilter

import (
	"fmt"
	"testing"
)

func TestFilterHoldsEveryWord(t *testing.T) {
	m := map[string]bool{"": true}
	for i := range 3000 {
		m[fmt.Sprintf("w%dx", i)] = true
	}
	f := Of(m)
	for w := range m {
		if w != "" && !f.MayHold(w) {
			t.Fatalf("MayHold(%q) = false for a word of the set", w)
		}
	}
	if f.MayHold("") {
		t.Fatal("MayHold(\"\") = true")
	}
	var g Filter
	g.Union(Of(map[string]int{"said": 1}))
	if !g.MayHold("said") {
		t.Fatal("a union lost a word")
	}
	if Of(map[string]int{}).MayHold("said") {
		t.Fatal("an empty filter holds a word")
	}
}

func TestFilterTurnsMostWordsAway(t *testing.T) {
	m := map[string]bool{}
	for i := range 100 {
		m[fmt.Sprintf("in%d", i)] = true
	}
	f, held := Of(m), 0
	for i := range 10000 {
		if f.MayHold(fmt.Sprintf("out%dword", i)) {
			held++
		}
	}
	if held > 1000 {
		t.Fatalf("%d of 10000 words outside a set of 100 pass the filter", held)
	}
}
