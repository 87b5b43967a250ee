package events

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
)

// overlapPlain is overlap as a plain merge of two sorted lists.
func overlapPlain(a, b []int32) int {
	n, i, j := 0, 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

func TestOverlapCountsShared(t *testing.T) {
	tests := []struct {
		a, b []int32
		want int
	}{
		{nil, nil, 0},
		{[]int32{1}, nil, 0},
		{[]int32{1, 2, 3}, []int32{1, 2, 3}, 3},
		{[]int32{1, 3, 5}, []int32{2, 4, 6}, 0},
		{[]int32{1, 3, 5, 7}, []int32{3, 7, 9}, 2},
		{[]int32{9}, []int32{1, 2, 9}, 1},
	}
	for _, tt := range tests {
		if got := overlap(tt.a, tt.b); got != tt.want {
			t.Errorf("overlap(%v, %v) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
	r := rand.New(rand.NewSource(1))
	list := func() []int32 {
		l := make([]int32, r.Intn(16))
		for k := range l {
			l[k] = int32(r.Intn(40))
		}
		slices.Sort(l)
		return slices.Compact(l)
	}
	for range 100000 {
		a, b := list(), list()
		if got, want := overlap(a, b), overlapPlain(a, b); got != want {
			t.Fatalf("overlap(%v, %v) = %d, want %d", a, b, got, want)
		}
	}
}

func TestTellsOfficeAsHoldsOrLeads(t *testing.T) {
	tests := []string{
		"", "say", "appoint 2020", "becam governor 2020", "becam father", "elect mayor",
		"serv foreign minist 1989", "serv as foreign minist", "led minor govern", "head cabinet", "head compani",
		"lead the coalit", "minist serv", "govern led",
	}
	// The stems as the rules spell them, whatever stem gives.
	for _, set := range []map[string]bool{officeVerbs, officeLinks, holdLinks, leadVerbs, governWords} {
		for w := range set {
			tests = append(tests, w, w+" minist", w+" foreign minist", w+" minor "+stem("government"), "x "+w+" "+stem("president"))
		}
	}
	for _, s := range tests {
		words := strings.Fields(s)
		if got, want := tellsOffice(words), holdsOffice(words) || leadsSince(words); got != want {
			t.Errorf("tellsOffice(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestTellsOfficeOnNews(t *testing.T) {
	for _, r := range reutersRefs(t, 300) {
		if got, want := tellsOffice(r.Event.Words), holdsOffice(r.Event.Words) || leadsSince(r.Event.Words); got != want {
			t.Errorf("tellsOffice(%q) = %v, want %v", r.Event.Words, got, want)
		}
	}
}

// leadJoined is the lead of a report as its words joined (see appendLead).
func leadJoined(words []string) string {
	var lead []string
	for _, w := range words {
		if len(lead) == leadLen {
			break
		}
		if !strings.Contains(w, figureSep) && !strings.HasPrefix(w, keyMark) {
			lead = append(lead, w)
		}
	}
	if len(lead) < leadLen {
		return ""
	}
	return strings.Join(lead, " ")
}

func TestAppendLeadAndJoined(t *testing.T) {
	tests := [][]string{
		nil, {"union"}, {"union", "execut"}, {"union", "execut", "vote"}, {"union", "execut", "vote", "friday"},
		{"40" + figureSep + "job", "union", "execut", "vote"}, {keyMark + "runoff", "union", "execut"},
		{"union", keyMark + "vote", "execut", "8400" + figureSep + "acr", "vote", "more"}, {"", "", ""},
	}
	for _, words := range tests {
		if got, want := string(appendLead([]byte("room"), words)[len("room"):]), leadJoined(words); got != want {
			t.Errorf("appendLead(%q) = %q, want %q", words, got, want)
		}
		if got, want := string(appendJoined(nil, words)), strings.Join(words, " "); got != want {
			t.Errorf("appendJoined(%q) = %q, want %q", words, got, want)
		}
	}
	in := interner{}
	buf := []byte("a b")
	id := in.idOf(buf)
	buf[0] = 'c' // the interned string is a copy
	if in.id("a b") != id || in.idOf([]byte("a b")) != id || len(in) != 1 {
		t.Errorf("idOf interned %v", in)
	}
}
