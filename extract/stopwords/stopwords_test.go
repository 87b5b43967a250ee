package stopwords

import "testing"

func TestIs(t *testing.T) {
	for w, want := range map[string]bool{"the": true, "this": true, "between": true, "share": false, "article": false, "The": false, "": false} {
		if got := Is(w); got != want {
			t.Errorf("Is(%q) = %v, want %v", w, got, want)
		}
	}
	n := 0
	Each(func(string) { n++ })
	if n < 100 {
		t.Errorf("Each gave %d words", n)
	}
}
