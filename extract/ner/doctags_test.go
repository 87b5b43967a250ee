package ner

import (
	"slices"
	"testing"
)

func TestDocTagsSpansFollowTheTags(t *testing.T) {
	tests := []struct {
		name, before, after string
	}{
		{"unchanged tags", "O B-PER I-PER O B-LOC", "O B-PER I-PER O B-LOC"},
		{"a mention dropped", "O B-PER I-PER O B-LOC", "O O O O B-LOC"},
		{"a mention widened", "O B-PER I-PER O B-LOC", "B-PER I-PER I-PER O B-LOC"},
		{"a mention retyped", "O B-PER I-PER O B-LOC", "O B-ORG I-ORG O B-LOC"},
		{"a mention added to none", "O O O", "O B-MISC O"},
		{"no tags", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tags := bio(t, tt.before)
			dt := newDocTags("", nil, tags)
			first := dt.spans()
			if want := spans(bio(t, tt.before)); !slices.Equal(first, want) {
				t.Fatalf("spans before = %v, want %v", first, want)
			}
			copy(tags, bio(t, tt.after))
			if got, want := dt.spans(), spans(bio(t, tt.after)); !slices.Equal(got, want) {
				t.Errorf("spans after = %v, want %v", got, want)
			}
			// A rule still ranging over the first mentions keeps them.
			if want := spans(bio(t, tt.before)); !slices.Equal(first, want) {
				t.Errorf("earlier spans became %v, want %v", first, want)
			}
		})
	}
}
