package kb

import (
	"context"
	"slices"
	"strings"
	"testing"
)

func TestOtherFormsAreInflectionsTheIndexHolds(t *testing.T) {
	vocab := []string{
		"sentence", "sentences", "sentenced", "sentencing", "sentencings", "sentient",
		"flood", "floods", "flooded", "flooding", "floodwaters",
		"talk", "talks", "talked", "talking", "talkative",
		"stop", "stops", "stopped", "stopping", "try", "tries", "tried", "trying",
		"new", "news", "rate", "rates", "rated", "rat", "rats", "nation", "national", "nations",
		"earn", "earned", "earnings", "price", "prices", "priced", "pricing",
		"evacuate", "evacuated", "evacuation", "evacuations", "resign", "resigned", "resignation",
		"declare", "declared", "declaration", "elect", "elected", "election", "elections", "station", "stations",
		"contain", "contained", "containment", "announce", "announced", "announcement", "announcements",
		"settle", "settled", "settlement", "comment", "comments", "commented", "department", "depart",
		"fall", "falls", "fell", "fallen", "falling", "rise", "rises", "rose", "risen", "rising", "left", "leave",
	}
	known := func(w string) bool { return slices.Contains(vocab, w) }
	tests := []struct {
		name, word string
		want       []string
	}{
		{"a noun finds its plural and the verb's forms", "sentence", []string{"sentences", "sentenced", "sentencing", "sentencings"}},
		{"a past tense finds the base and the other forms", "flooded", []string{"flood", "floods", "flooding"}},
		{"a plural finds its singular", "talks", []string{"talk", "talked", "talking"}},
		{"a doubled consonant is undone", "stopped", []string{"stop", "stops", "stopping"}},
		{"a y turned ie is restored", "tries", []string{"try", "tried", "trying"}},
		{"an -ing form restores its e", "pricing", []string{"price", "prices", "priced"}},
		{"an -ings noun finds its verb", "earnings", []string{"earn", "earned"}},
		{"news is not the plural of new", "news", nil},
		{"new does not find news", "new", nil},
		{"rates does not find rat", "rates", []string{"rate", "rated"}},
		{"a derived word is not an inflection", "nation", []string{"nations"}},
		{"a word no other form of which is indexed", "floodwaters", nil},
		{"a plural noun in -ation finds the verb", "evacuations", []string{"evacuate", "evacuated", "evacuation"}},
		{"a past tense finds the noun in -ation", "evacuated", []string{"evacuate", "evacuation", "evacuations"}},
		{"a noun in -ation of a verb without -ate", "resignation", []string{"resign", "resigned"}},
		{"a verb ending in e finds its noun", "declared", []string{"declare", "declaration"}},
		{"a noun in -ion finds its verb", "elections", []string{"elect", "elected", "election"}},
		{"a noun in -ion of no verb finds its plural only", "station", []string{"stations"}},
		{"a noun in -ment finds its verb", "containment", []string{"contain", "contained"}},
		{"a verb finds its noun in -ment", "announced", []string{"announce", "announcement", "announcements"}},
		{"a noun in -ment of no verb finds its own forms", "comment", []string{"comments", "commented"}},
		{"a department is no departure", "department", nil},
		{"a base finds its irregular past", "fall", []string{"falls", "fell", "fallen", "falling"}},
		{"an irregular past finds the base and the other forms", "rose", []string{"rise", "rises", "risen", "rising"}},
		{"a participle finds the irregular past", "falling", []string{"fall", "falls", "fell", "fallen"}},
		{"a past that is mostly another word is left out", "leave", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := otherForms(tt.word, inflectionCandidates(tt.word), known)
			slices.Sort(got)
			want := slices.Clone(tt.want)
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("otherForms(%q) = %q, want %q", tt.word, got, want)
			}
		})
	}
}

func TestInflectableWords(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"sentence", true}, {"us", false}, {"the", false}, {"having", false}, {"g20", false}, {"café", false}, {"oil", true},
	}
	for _, tt := range tests {
		if got := inflectable(tt.word); got != tt.want {
			t.Errorf("inflectable(%q) = %v, want %v", tt.word, got, tt.want)
		}
	}
}

func TestParseSearchKeepsQuotedPhrasesWhole(t *testing.T) {
	tests := []struct {
		in   string
		want []searchClause
	}{
		{"oil prices", []searchClause{{words: []string{"oil"}}, {words: []string{"prices"}}}},
		{`"Oil Prices" fell`, []searchClause{{words: []string{"oil", "prices"}, quoted: true}, {words: []string{"fell"}}}},
		{"“sentence”", []searchClause{{words: []string{"sentence"}, quoted: true}}},
		{`fell "oil prices`, []searchClause{{words: []string{"fell"}}, {words: []string{"oil"}}, {words: []string{"prices"}}}},
		{`"a b" "c d`, []searchClause{{words: []string{"a", "b"}, quoted: true}, {words: []string{"c"}}, {words: []string{"d"}}}},
		{`"" " " x`, []searchClause{{words: []string{"x"}}}},
		{`"defic* x" defic*`, []searchClause{{words: []string{"defic", "x"}, quoted: true}, {words: []string{"defic*"}}}},
		{`"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := parseSearch(tt.in)
			if !slices.EqualFunc(got, tt.want, func(a, b searchClause) bool { return a.quoted == b.quoted && slices.Equal(a.words, b.words) }) {
				t.Errorf("parseSearch(%q) = %+v, want %+v", tt.in, got, tt.want)
			}
		})
	}
}

// inflectionStore builds a knowledge base of short court, weather and
// politics stories.
func inflectionStore(t *testing.T) *Store {
	t.Helper()
	return storeOf(t, map[string]string{
		"court1.txt":  "Court news\nThe judge handed down the sentence in Oslo on Monday.\n",
		"court2.txt":  "Court report\nThe judge sentenced the banker in Oslo on Monday.\n",
		"court3.txt":  "Court diary\nSentencing is set for next month, a court clerk told reporters.\n",
		"rain1.txt":   "Weather\nFloods cut the coast road on Sunday.\n",
		"rain2.txt":   "River\nThe river flooded three villages overnight.\n",
		"rain3.txt":   "Farms\nFlooding ruined the harvest across the valley.\n",
		"talks1.txt":  "Diplomacy\nThe two ministers will talk again in Geneva next week.\n",
		"talks2.txt":  "Diplomacy\nTalks between the two ministers resumed in Geneva.\n",
		"bush1.txt":   "Washington\nPresident George Bush met the Canadian prime minister on Friday.\n",
		"bush2.txt":   "Gardens\nGardeners cut back the rose bushes along the river on Friday.\n",
		"bush3.txt":   "Washington\nBush told reporters the meeting had gone well.\n",
		"oil1.txt":    "Markets\nOil prices rose on Monday as traders bought crude.\n",
		"oil2.txt":    "Markets\nThe prices of oil and gas fell on Tuesday.\n",
		"filler1.txt": "Town\nThe council met on Monday to discuss the budget.\n",
		"filler2.txt": "Town\nThe mayor opened a new school on Tuesday.\n",
		"bank1.txt":   "Banks\nBank shares fell 4.5% on Friday after the rate decision.\n",
	})
}

func TestSearchFindsOtherInflections(t *testing.T) {
	s := inflectionStore(t)
	ctx := context.Background()
	tests := []struct {
		name, query string
		first       string   // a word of the first sentence, "" when any
		want, not   []string // words each sentence found must (not) hold, in any
	}{
		{"a noun finds the verb's forms, the exact form first", "sentence", "sentence", []string{"sentence", "sentenced", "Sentencing"}, nil},
		{"a past tense finds the noun and the -ing form", "flooded", "flooded", []string{"Floods", "flooded", "Flooding"}, nil},
		{"a base finds the plural and participles", "flood", "", []string{"Floods", "flooded", "Flooding"}, nil},
		{"a plural finds the singular", "talks", "Talks", []string{"Talks", "talk"}, nil},
		{"the exact form ranks first among two words", "judge sentenced", "sentenced", []string{"sentenced", "sentence"}, nil},
		{"a quoted word is searched as written", `"sentence"`, "sentence", []string{"sentence"}, []string{"sentenced", "Sentencing"}},
		{"a quoted phrase is searched as written", `"oil prices"`, "Oil", []string{"Oil prices"}, []string{"prices of oil"}},
		{"a phrase in another order finds nothing", `"prices oil"`, "", nil, []string{"Oil", "oil"}},
		{"a capitalised name is not inflected", "Bush", "Bush", []string{"Bush"}, []string{"bushes"}},
		{"a name in lower case ranks the name above other forms", "bush", "Bush", []string{"Bush", "bushes"}, nil},
		{"a base finds the irregular past", "shares fall", "fell", []string{"shares fell"}, nil},
		{"an irregular past finds the base's forms", "prices rise", "rose", []string{"prices rose"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			hits, err := s.Search(ctx, tt.query, 50)
			if err != nil {
				t.Fatal(err)
			}
			var texts []string
			for _, h := range hits {
				texts = append(texts, h.Text)
			}
			all := strings.Join(texts, "\n")
			if tt.first != "" && (len(hits) == 0 || !holdsWord(hits[0].Text, tt.first)) {
				t.Errorf("Search(%q): first sentence lacks %q:\n%s", tt.query, tt.first, all)
			}
			for _, w := range tt.want {
				if !strings.Contains(all, w) {
					t.Errorf("Search(%q) found no sentence with %q:\n%s", tt.query, w, all)
				}
			}
			for _, w := range tt.not {
				if strings.Contains(all, w) {
					t.Errorf("Search(%q) found a sentence with %q:\n%s", tt.query, w, all)
				}
			}
		})
	}
}

func TestSearchRanksTheTypedFormFirst(t *testing.T) {
	s := inflectionStore(t)
	// "sentenced" is rarer than "sentence" is in no way here: the two
	// sentences differ by the form alone, and the typed one leads.
	for _, q := range []string{"sentence judge", "sentenced judge"} {
		hits, err := s.Search(context.Background(), q, 10)
		if err != nil || len(hits) != 2 {
			t.Fatalf("Search(%q) = %d hits, %v; want 2", q, len(hits), err)
		}
		typed := strings.Fields(q)[0]
		if !holdsWord(hits[0].Text, typed) || hits[0].Score >= hits[1].Score {
			t.Errorf("Search(%q) ranks %q (%.3f) above %q (%.3f)", q, hits[0].Text, hits[0].Score, hits[1].Text, hits[1].Score)
		}
	}
}

func TestSearchAnswersHostileInput(t *testing.T) {
	s := inflectionStore(t)
	long := strings.Repeat("flood sentence NEAR talks ", 125)
	tests := []string{
		"", "   ", "!!!", `"`, `""`, `" "`, `"unclosed phrase`, "“curly”", "*", "**", "^x", "-x", "body:x", "x:", "a AND b", "NEAR(a b, 2)",
		"NOT", "OR OR", "(", ")", "{a b}", "a* b*", `"a*"`, `"flood*" sentence*`, "\x00\xff", "Zelenskyy’s", long,
		`"NEAR AND" OR "x y"`, `"flood" NOT "sentence"`, `"" AND ""`, `"^flood" "-talks"`, "„floods“ talk",
	}
	for _, q := range tests {
		name := q
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(name, func(t *testing.T) {
			ctx := context.Background()
			if _, err := s.Search(ctx, q, 10); err != nil {
				t.Errorf("Search(%q): %v", q, err)
			}
			// Whatever the postings answer, FTS5 must take every form.
			_, wide, err := s.searchGroups(ctx, parseSearch(q))
			if err != nil || len(wide) == 0 {
				return
			}
			for _, op := range []string{" AND ", " OR "} {
				if _, err := s.searchFTS(ctx, matchGroups(formTexts(wide), op), 10); err != nil {
					t.Errorf("FTS5 search for %q: %v", q, err)
				}
			}
		})
	}
	if n := len(Terms(long)); n != MaxSearchTerms {
		t.Errorf("a 500-word search kept %d words, want %d", n, MaxSearchTerms)
	}
}

// holdsWord reports whether text holds word as a whole word.
func holdsWord(text, word string) bool {
	return slices.Contains(Terms(text), word)
}

func TestSearchForSomeWordsIgnoresFunctionWords(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Rates\nThe bank cut its main rate on Wednesday.\nThis decision surprised economists.\n",
	})
	tests := []struct {
		query   string
		want    int
		partial bool
	}{
		{"Share this article", 0, false},
		{"this decision", 1, false},
		{"cut the zloty", 1, true}, // the one word of two found
		{"the bank cut the zloty", 1, true},
		{"this", 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.query, func(t *testing.T) {
			hits, err := s.Search(context.Background(), tt.query, 5)
			if err != nil {
				t.Fatal(err)
			}
			if len(hits) != tt.want {
				t.Fatalf("%d hits, want %d: %+v", len(hits), tt.want, hits)
			}
			if len(hits) > 0 && hits[0].Partial != tt.partial {
				t.Errorf("partial %v, want %v", hits[0].Partial, tt.partial)
			}
		})
	}
}

func TestSearchListsEditorsNotesLast(t *testing.T) {
	s := storeOf(t, map[string]string{
		"a.txt": "Dam\nCorrection: An earlier version of this story said 12 people were killed.\nThe flood killed nine people on Monday.\n",
	})
	hits, err := s.Search(context.Background(), "killed", 5)
	if err != nil || len(hits) != 2 || !strings.HasPrefix(hits[0].Text, "The flood") {
		t.Errorf("Search = %+v, %v; want the story's sentence first", hits, err)
	}
}
