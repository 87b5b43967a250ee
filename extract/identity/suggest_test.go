package identity

import (
	"reflect"
	"testing"
)

func TestSuggest(t *testing.T) {
	names := []string{"Steve Witkoff", "Volodymyr Zelenskiy", "Vladimir Putin", "Yuri Ushakov", "Dmitry Peskov", "Marco Rubio", "Micheál Martin", "Martin Luther King", "Kremlin", "Poland", "Jean-Luc de la Croix"}
	tests := []struct {
		name  string
		query string
		n     int
		want  []string
	}{
		{"a misspelt surname finds the full name", "Witkof", 3, []string{"Steve Witkoff"}},
		{"a transliterated surname finds the full name", "Zelenskyy", 3, []string{"Volodymyr Zelenskiy"}},
		{"a surname prefix finds the full name", "Ushak", 3, []string{"Yuri Ushakov"}},
		{"a full name with one typo is found", "Vladimir Putn", 3, []string{"Vladimir Putin"}},
		{"a name without its accent is found", "Micheal", 3, []string{"Micheál Martin"}},
		{"a surname match ranks above a given-name match", "Martin", 3, []string{"Micheál Martin", "Martin Luther King"}},
		{"n limits the answer", "Martin", 1, []string{"Micheál Martin"}},
		{"an unrelated query finds nothing", "Lukashenko", 3, nil},
		{"two edits that change the first letter find nothing", "Solano", 3, nil},
		{"two edits keeping the first letter still find a name", "Witkovv", 3, []string{"Steve Witkoff"}},
		{"a surname with particles typed as one word finds the name", "delacroix", 3, []string{"Jean-Luc de la Croix"}},
		{"an empty query finds nothing", "", 3, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Suggest(tc.query, names, tc.n)
			if len(got) == 0 && len(tc.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Errorf("Suggest(%q) = %q, want %q", tc.query, got, tc.want)
			}
		})
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"abc", "", 3}, {"kitten", "sitting", 3}, {"micheál", "micheal", 1}, {"same", "same", 0},
	}
	for _, tc := range tests {
		if got := distance(tc.a, tc.b); got != tc.want {
			t.Errorf("distance(%q, %q) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestNameIndexAnswersLikeSuggest(t *testing.T) {
	names := []string{"Steve Witkoff", "Volodymyr Zelenskiy", "Vladimir Putin", "Steve Witkoff", ""}
	ix := NewNameIndex(names)
	for _, q := range []string{"Witkof", "Zelensky", "Putn", "nobody"} {
		if a, b := ix.Suggest(q, 3), Suggest(q, names, 3); !reflect.DeepEqual(a, b) {
			t.Errorf("%q: index %q, Suggest %q", q, a, b)
		}
	}
}

func TestSurnameKey(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Donald Trump Jr.", "Trump"},
		{"Ursula von der Leyen", "Leyen"},
		{"Volodymyr Zelenskyy", "Zelensky"},
	}
	for _, tc := range tests {
		if SurnameKey(tc.a) != SurnameKey(tc.b) {
			t.Errorf("SurnameKey(%q) = %q, SurnameKey(%q) = %q", tc.a, SurnameKey(tc.a), tc.b, SurnameKey(tc.b))
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	var names []string
	for _, e := range syntheticCorpus(5000, 20) {
		names = append(names, e.Name)
	}
	ix := NewNameIndex(names)
	b.ResetTimer()
	for b.Loop() {
		ix.Suggest("Surname123skiy", 5)
	}
}
