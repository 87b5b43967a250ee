package bot_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"newsbot/bot"
	"newsbot/kb"
)

// corpusBot builds a knowledge base from the given articles (file name to
// text) and returns a bot serving it.
func corpusBot(t *testing.T, files map[string]string) *bot.Bot {
	t.Helper()
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	for name, text := range files {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(data, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(data, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	db := filepath.Join(dir, "kb.sqlite")
	if _, err := kb.Build(context.Background(), kb.BuildOptions{DataDir: data, DBPath: db}); err != nil {
		t.Fatal(err)
	}
	s, err := kb.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(s, bot.Options{})
	t.Cleanup(func() { b.Close() })
	return b
}

func TestASharedSurnameAsksWhichPerson(t *testing.T) {
	b := corpusBot(t, map[string]string{
		"a.txt": "Budget talks\nFinance Minister John Smith said on Monday that the budget would be cut.\nSmith told reporters in London that taxes would not rise.\n",
		"b.txt": "Court ruling\nJudge Mary Smith ruled on Friday that the merger could go ahead.\nSmith said the companies had met every condition.\n",
	})
	for _, q := range []string{"!who Smith", "!quotes Smith", "!timeline Smith"} {
		a := b.Ask(context.Background(), q)
		if a.Error == "" || len(a.Candidates) != 2 {
			t.Fatalf("%s should ask which one; got error %q, candidates %v", q, a.Error, a.Candidates)
		}
		got := strings.Join(a.Candidates, ", ")
		if !strings.Contains(got, "John Smith") || !strings.Contains(got, "Mary Smith") {
			t.Errorf("%s: candidates %q", q, got)
		}
	}
	for _, q := range []string{"!who John Smith", "!who Mary Smith"} {
		if a := b.Ask(context.Background(), q); a.Error != "" || a.Entity == nil {
			t.Errorf("%s: %q", q, a.Error)
		}
	}
	if a := b.Ask(context.Background(), "!who Finance Minister John Smith"); a.Entity == nil || a.Entity.Name != "John Smith" {
		t.Errorf("a title in the query should not stop the lookup: %q %+v", a.Error, a.Entity)
	}
	if a := b.Ask(context.Background(), "!who Jon Smith"); len(a.Candidates) == 0 || a.Candidates[0] != "John Smith" {
		t.Errorf("!who Jon Smith: suggestions %v", a.Candidates)
	}
}

func TestASurnameTheArticleUsesForOnePersonAnswersAndNamesTheOthers(t *testing.T) {
	b := corpusBot(t, map[string]string{
		"obit.txt": "Pianist dies\n\nRobert Keane Jr., the pianist, died on Sunday. His daughter, Louise Keane, said he died peacefully.\n" +
			"Keane was born in 1941, the son of a preacher, Robert Keane Sr. Keane recorded his first single in 1958.\n",
	})
	a := b.Ask(context.Background(), "!who Keane")
	if a.Error != "" || a.Entity == nil || a.Entity.Name != "Robert Keane Jr." {
		t.Fatalf("!who Keane: error %q, entity %+v", a.Error, a.Entity)
	}
	text := a.Paginate(bot.TextLimits)[0].Render()
	for _, want := range []string{"Also named “Keane”", "Louise Keane", "Robert Keane Sr.", "`!who Louise Keane`"} {
		if !strings.Contains(text, want) {
			t.Errorf("!who Keane should name the others; missing %q in:\n%s", want, text)
		}
	}
}

func TestALowerCaseWordEndingANameIsATopicOfTheTimeline(t *testing.T) {
	b := corpusBot(t, map[string]string{
		"theft.jsonl": `{"id":"theft","title":"Paintings stolen","source":"Wire","published":"2026-10-07","text":"Thieves broke into the Maasoever Museum in Utrecht on Monday and took two paintings, police said.\nA smaller museum in Delft reopened on Tuesday after a month of repairs."}` + "\n",
	})
	a := b.Ask(context.Background(), "!timeline museum")
	if len(a.Events) != 2 {
		t.Errorf("!timeline museum: %d events, want both museums' rows: %+v", len(a.Events), a.Events)
	}
	a = b.Ask(context.Background(), "!timeline Museum")
	if len(a.Events) != 1 || !strings.Contains(a.Events[0].Summary, "Maasoever") {
		t.Errorf("!timeline Museum (a name typed as one): %+v", a.Events)
	}
}
