package ner

import (
	"slices"
	"testing"

	"newsbot/extract/ner/internal/tok"
)

// refineCase is a text, the tagger's tags of its tokens and the tags
// refine should leave.
type refineCase struct {
	name, text, tags, want string
}

// runRefineCases refines the tags of each case and compares them with
// the wanted ones.
func runRefineCases(t *testing.T, tests []refineCase) {
	t.Helper()
	tg, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := tok.Split(nil, tt.text, 0, len(tt.text))
			tags := bio(t, tt.tags)
			if len(tags) != len(toks) {
				t.Fatalf("%d tags for %d tokens", len(tags), len(toks))
			}
			refine(tt.text, toks, tags, tg.m.KnownWord)
			if want := bio(t, tt.want); !slices.Equal(tags, want) {
				t.Errorf("refine = %v, want %v", tags, want)
			}
		})
	}
}

func TestDropHeadlineEpithets(t *testing.T) {
	runRefineCases(t, []refineCase{
		{"a noun opening a headline before a surname the story gives another first name is no first name",
			"Tycoon Okafor buys club\n\nChidi Okafor said on Monday he had bought it .",
			"B-PER I-PER O O B-PER I-PER O O O O O O O O",
			"O B-PER O O B-PER I-PER O O O O O O O O"},
		{"a noun inside a title-case headline before such a surname is no first name",
			"Lenz Weighs Bid as Veteran Okafor Sets Terms\n\nChidi Okafor said on Monday he would back Lenz .",
			"B-PER O O O B-PER I-PER O O B-PER I-PER O O O O O O B-PER O",
			"B-PER O O O O B-PER O O B-PER I-PER O O O O O O B-PER O"},
		{"a noun opening a header's title is no first name",
			"Title: Tycoon Okafor buys club\nSource: Daily Ledger\n\nChidi Okafor said on Monday he had bought it .",
			"O O B-PER I-PER O O O O B-ORG I-ORG B-PER I-PER O O O O O O O O",
			"O O O B-PER O O O O B-ORG I-ORG B-PER I-PER O O O O O O O O"},
		{"a first name the story writes in its prose stays",
			"Rebel Okafor wins award\n\nThe actress Rebel Okafor and her brother Chidi Okafor were there .",
			"B-PER I-PER O O O O B-PER I-PER O O O B-PER I-PER O O O",
			"B-PER I-PER O O O O B-PER I-PER O O O B-PER I-PER O O O"},
		{"a headline's name stays when the story names no one else by the surname",
			"Tycoon Okafor buys club\n\nOkafor said on Monday he had bought it .",
			"B-PER I-PER O O B-PER O O O O O O O O",
			"B-PER I-PER O O B-PER O O O O O O O O"},
		{"a name ending a label's line stays",
			"Referee : Dorin Okafor\n\nChidi Okafor said on Monday he had bought it .",
			"O O B-PER I-PER B-PER I-PER O O O O O O O O",
			"O O B-PER I-PER B-PER I-PER O O O O O O O O"},
		{"a line of two sentences is no headline",
			"Dorin Okafor spoke . Chidi Okafor left",
			"B-PER I-PER O O B-PER I-PER O",
			"B-PER I-PER O O B-PER I-PER O"},
		{"a short first line of a wrapped paragraph is no headline",
			"Belgian Foreign Trade Minister Herman\nOkafor said if congress passed\na bill curbing world\ntextile imports the EC would react .\n    Chidi Okafor said so .",
			"B-MISC O O O B-PER I-PER O O O O O O O O O O O O O O O B-PER I-PER O O O",
			"B-MISC O O O B-PER I-PER O O O O O O O O O O O O O O O B-PER I-PER O O O"},
	})
}
