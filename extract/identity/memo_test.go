package identity

import (
	"slices"
	"testing"
)

func TestMemoAgreesWithItsFunctionAndStaysBounded(t *testing.T) {
	calls := 0
	c := newMemo(2, func(s string) string { calls++; return "k:" + s })
	tests := []struct {
		in, want string
		calls    int
	}{
		{"a", "k:a", 1},
		{"a", "k:a", 1}, // remembered
		{"b", "k:b", 2},
		{"c", "k:c", 3}, // past the bound: computed, not kept
		{"c", "k:c", 4},
		{"b", "k:b", 4},
	}
	for _, tt := range tests {
		if got := c.get(tt.in); got != tt.want || calls != tt.calls {
			t.Errorf("get(%q) = %q after %d calls, want %q after %d", tt.in, got, calls, tt.want, tt.calls)
		}
	}
}

func TestRememberedKeysAreTheKeys(t *testing.T) {
	for _, name := range []string{"Volodymyr Zelenskiy", "Zelensky", "O'Brien's", "al-Assad", "The Hague", "Micheál Martin",
		"Robert Keane Jr.", "Daniel Whitcombe jnr"} {
		first, again := Key(name), Key(name)
		if first != key(name) || again != first {
			t.Errorf("Key(%q) = %q then %q, want %q", name, first, again, key(name))
		}
		if got, want := lastTokenKey(name), lastKey(name); got != want {
			t.Errorf("lastTokenKey(%q) = %q, want %q", name, got, want)
		}
		if got, want := tokenKey(name), foldedToken(name); got != want {
			t.Errorf("tokenKey(%q) = %q, want %q", name, got, want)
		}
		for range 2 {
			got, want := formKeys.get(name), (nameKeys{key(name), lastKey(name), nameSuffix(name), nameTokens(name)})
			if got.key != want.key || got.last != want.last || got.suffix != want.suffix || !slices.Equal(got.toks, want.toks) {
				t.Errorf("formKeys.get(%q) = %+v, want %+v", name, got, want)
			}
		}
	}
}

func TestForget(t *testing.T) {
	calls := 0
	m := newMemo(4, func(s string) int { calls++; return len(s) })
	for _, s := range []string{"Ana", "Ana", "Bo"} {
		m.get(s)
	}
	if calls != 2 {
		t.Fatalf("before Forget: %d calls, want 2 (one per name)", calls)
	}
	Forget()
	if n := len(m.m); n != 0 {
		t.Fatalf("after Forget: %d names remembered, want 0", n)
	}
	if got := m.get("Ana"); got != 3 || calls != 3 {
		t.Fatalf("after Forget: get = %d with %d calls, want 3 with 3", got, calls)
	}
	// A full table stops learning.
	for _, s := range []string{"a", "bb", "ccc", "dddd", "eeeee"} {
		m.get(s)
	}
	if n := len(m.m); n != 4 {
		t.Fatalf("full table holds %d names, want 4", n)
	}
}
