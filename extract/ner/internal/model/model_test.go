package model

import (
	"bytes"
	"reflect"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

func TestSaveLoadRoundTrip(t *testing.T) {
	m := New(10)
	m.W[5*NumTags+1] = 2.5
	m.W[700*NumTags+3] = -1.25
	m.Trans[NumTags][1] = 0.5
	m.Clusters = map[string]uint32{"Paris": 1, "London": 0}
	m.Parent1, m.Parent2 = []uint16{0, 0}, []uint16{0}
	m.Gaz = Gazetteer{GazKey([]string{"New", "York"}): 1 << TypeLOC}
	var buf bytes.Buffer
	if err := m.Save(&buf, 0); err != nil {
		t.Fatal(err)
	}
	got, err := Load(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if got.weight(5, 1) < 2.49 || got.weight(700, 3) > -1.24 || got.weight(6, 1) != 0 || got.Trans != m.Trans {
		t.Errorf("weights not restored")
	}
	if !reflect.DeepEqual(got.Clusters, m.Clusters) || !reflect.DeepEqual(got.Gaz, m.Gaz) {
		t.Errorf("clusters or gazetteer not restored")
	}
}

func TestLoadRejectsGarbage(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00"} {
		if _, err := Load(bytes.NewReader([]byte(in))); err == nil {
			t.Errorf("Load(%q) succeeded", in)
		}
	}
}

func TestDecodeFollowsBIO(t *testing.T) {
	// A model that only likes I-PER must still open every entity with B.
	m := New(8)
	for r := 0; r < 1<<8; r++ {
		m.W[r*NumTags+InsideTag(TypePER)] = 1
	}
	text := "Anna Maria Smith"
	toks := tok.Split(nil, text, 0, len(text))
	var s Scratch
	m.Prepare(&s, text, toks, []int{0}, nil)
	tags := m.Decode(&s, 0, nil)
	prev := NumTags
	for i, g := range tags {
		if !allowed(prev, g) {
			t.Fatalf("tag %d at %d follows %d: %v", g, i, prev, tags)
		}
		prev = g
	}
}

func TestDecoderPredecessorsAreTheAllowedOnes(t *testing.T) {
	for g := 0; g < NumTags; g++ {
		for p := 0; p < NumTags; p++ {
			// decode tries g-1 and g before an I tag, every tag otherwise.
			tried := !IsInside(g) || p == g-1 || p == g
			if tried != allowed(p, g) {
				t.Errorf("tag %d after %d: decode tries it %v, allowed %v", g, p, tried, allowed(p, g))
			}
		}
	}
}
