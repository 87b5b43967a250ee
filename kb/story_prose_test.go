package kb

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"newsbot/ingest"
)

// ferryStory is a wire story as a paper's page and an aggregator's page
// run it, each with its own furniture around it.
const ferryStory = "KESSA, Scotland (Harbour Wire) - About 300 passengers were stranded at Kessa on Friday after the island ferry broke down, the operator said.\n" +
	"The Kessa Ferry Company said a replacement vessel would not arrive before Sunday.\n" +
	"\"We are doing everything we can to get people home,\" said Maria Lund, the company's chief executive.\n" +
	"Islanders said the ferry had broken down three times this year.\n" +
	"(Reporting by Tom Reyes; Editing by Ana Petrova)"

func TestStoryProseTakesOffThePagesFurniture(t *testing.T) {
	prose := strings.TrimSuffix(ferryStory, "\n(Reporting by Tom Reyes; Editing by Ana Petrova)")
	wrapped := "Kessa Shipping Co said it\nTuesday ordered two ferries for its island routes.\n" +
		"    The company said the ships would cost 40 mln dlrs.\n    Deliveries begin in 1989, it said.\n"
	tests := []struct {
		name, text, want string
	}{
		{"a banner, navigation and byline above and a standards note and links below",
			"We use cookies to improve your experience. By continuing to browse you agree to our use of cookies. Accept all | Manage preferences\n" +
				"Skip to main content\nWorld | Business | Markets | Legal\n\nBy Tom Reyes\n\n" + ferryStory +
				"\n\nOur Standards: The Harbour Wire Trust Principles.\nSign up for our newsletter\nRelated coverage\n- Island councils call for new ferries\n- Ferry operator posts record profit",
			prose},
		{"the story with its reporting line alone", ferryStory, prose},
		{"a masthead above a navigation bar, a headline, a byline and a time stamp",
			"Kessa Sport\nHome | Football | Rugby | Subscribe\n\nFerry strands 300 at Kessa\n\nBy Tom Reyes\nFri, 6 Mar 2026 18:10 GMT\n\n" + prose +
				"\n\nAdvertisement\nGet the Kessa Sport app for live scores and breaking news.",
			prose},
		{"a wrapped paragraph keeps its first line and a sign-off goes", wrapped + " REUTER\n", wrapped},
		{"a table's rows below the last sentence are the story's", wrapped + "    Qtly div 10 cts vs 10 cts prior\n    Pay April 15\n    Record March 31\n",
			wrapped + "    Qtly div 10 cts vs 10 cts prior\n    Pay April 15\n    Record March 31\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := storyProse(tt.text)
			if !ok || storyHash(got) != storyHash(tt.want) {
				t.Errorf("storyProse = %q, %v; want %q", got, ok, tt.want)
			}
		})
	}
}

func TestStoryProseOfTooFewSentencesIsNoStory(t *testing.T) {
	for _, text := range []string{
		"Home | News\n\nHarbour Wire is the world's largest news agency.\nSign up for our newsletter",
		"Ferry strands 300\n\nThe ferry broke down.\nThe operator apologised.\n",
		"Accept all cookies\nShare this story\n",
		"",
	} {
		if got, ok := storyProse(text); ok {
			t.Errorf("storyProse(%q) = %q, want no prose", text, got)
		}
	}
}

// sharesKey reports whether two articles have a story key in common.
func sharesKey(a, b ingest.Article) bool {
	ka := storyKeys(a)
	return slices.ContainsFunc(storyKeys(b), func(k string) bool { return slices.Contains(ka, k) })
}

func TestStoryKeysFindACopyUnderOtherFurnitureOnly(t *testing.T) {
	page := "We use cookies. Accept all | Manage preferences\nHome | World | Business\n\nBy Tom Reyes\n\n" + ferryStory +
		"\n\nSign up for our newsletter\nRelated coverage\n- Island councils call for new ferries"
	aggregator := "Ferry breakdown strands 300 at Kessa\n" + ferryStory
	paragraphs := strings.Split(ferryStory, "\n")
	tests := []struct {
		name string
		copy string
		want bool
	}{
		{"an aggregator's copy under its headline", aggregator, true},
		{"the story without its furniture", ferryStory, true},
		{"a paragraph added at the end", strings.Replace(page, "(Reporting", "The operator apologised.\n(Reporting", 1), false},
		{"a paragraph changed in the middle", strings.Replace(page, "three times this year", "twice this year", 1), false},
		{"a paragraph dropped", strings.Replace(page, paragraphs[3]+"\n", "", 1), false},
		{"a reworded copy", strings.NewReplacer("were stranded", "were left stuck", "broke down", "failed", "said a replacement", "said that a new").Replace(page), false},
		{"another story sharing the standard paragraph",
			"We use cookies. Accept all | Manage preferences\n\nBy Ana Petrova\n\nKESSA (Harbour Wire) - The Kessa council voted on Friday to buy its own ferry.\n" +
				"The vote was 12 to 3.\n" + paragraphs[3] + "\n(Reporting by Ana Petrova)", false},
	}
	a := ingest.Article{ID: "page", Title: "Ferry strands 300 at Kessa", Text: page}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := ingest.Article{ID: "copy", Title: "Ferry breakdown strands 300 at Kessa", Text: tt.copy}
			if got := sharesKey(a, b); got != tt.want {
				t.Errorf("copy shares a story key: %v, want %v\nkeys %q\nand  %q", got, tt.want, storyKeys(a), storyKeys(b))
			}
		})
	}
}

func TestACopyUnderOtherFurnitureIsStoredOnceWithItsOutletListed(t *testing.T) {
	wire := "Title: Ferry strands 300 at Kessa\nSource: Harbour Wire\nPublished: 2026-03-06\nURL: https://harbourwire.example/world/ferry-strands-300\n\n" +
		"We use cookies. Accept all | Manage preferences\nSkip to main content\nWorld | Business | Markets\n\nBy Tom Reyes\n\n" + ferryStory +
		"\n\nOur Standards: The Harbour Wire Trust Principles.\nSign up for our newsletter\nRelated coverage\n- Island councils call for new ferries\n"
	page := `<html><head><title>Ferry strands 300 at Kessa | Island Money</title><meta property="og:site_name" content="Island Money">` +
		`<meta property="article:published_time" content="2026-03-06T11:00:00Z"></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article>` +
		`<h1>Ferry strands 300 at Kessa</h1><p class="byline">Harbour Wire · 6 March 2026 · 2 min read</p><p>` +
		strings.ReplaceAll(ferryStory, "\n", "</p><p>") + `</p></article><footer><p>Sign up for the Island Money newsletter</p></footer></body></html>`
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "1_wire.txt"), wire)
	writeFile(t, filepath.Join(data, "2_page.html"), page)
	if rep := mustBuild(t, data, db); rep.Articles != 1 || rep.Duplicates != 1 {
		t.Fatalf("stored %d articles, %d duplicates; want 1 and 1", rep.Articles, rep.Duplicates)
	}
	s := mustOpen(t, db)
	defer s.Close()
	arts, err := s.Sources(context.Background(), "Island Money", 10)
	if err != nil || len(arts) != 1 || arts[0].Article.ID != "1_wire.txt" || !slices.Equal(arts[0].Article.AlsoIn, []string{"Island Money"}) {
		t.Fatalf("Sources(Island Money) = %+v, %v; want 1_wire.txt, also run by Island Money", arts, err)
	}
}

// Two versions at one link whose prose is the same, the later with an
// update stamp above it: the later replaces the earlier, as a version.
func TestAnUpdateAtTheSameLinkIsAVersionNotACopy(t *testing.T) {
	line := func(id, published, stamp string) string {
		text := strings.ReplaceAll(stamp+ferryStory, "\n", `\n`)
		text = strings.ReplaceAll(text, `"`, `\"`)
		return `{"id":"` + id + `","title":"Ferry strands 300 at Kessa","source":"Harbour Wire","url":"https://harbourwire.example/world/ferry-strands-300",` +
			`"published":"` + published + `","text":"` + text + `"}` + "\n"
	}
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	writeFile(t, filepath.Join(data, "feed.jsonl"), line("v1", "2026-03-06", "By Tom Reyes\n\n")+line("v2", "2026-03-07", "By Tom Reyes\nUpdated 7 March 2026, 09:10\n\n"))
	rep := mustBuild(t, data, db)
	if rep.Replaced != 1 || rep.Duplicates != 0 || rep.Articles != 1 {
		t.Fatalf("build: %d replaced, %d duplicates, %d articles; want 1, 0 and 1", rep.Replaced, rep.Duplicates, rep.Articles)
	}
	if got := storedArticles(t, db); got != "v2" {
		t.Fatalf("stored %q, want v2", got)
	}
}
