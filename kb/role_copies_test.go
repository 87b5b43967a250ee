package kb

import (
	"context"
	"path/filepath"
	"testing"
)

func TestARoleOfARepublishedStoryCitesTheOriginal(t *testing.T) {
	dir := t.TempDir()
	data, db := filepath.Join(dir, "data"), filepath.Join(dir, "kb.sqlite")
	body := "The harbour board fined the ferry operator on Monday.\n\n" +
		"Its chairman, Tobias Wendel, said the fine was fair.\n"
	writeFile(t, filepath.Join(data, "original.txt"), "Ferry operator fined over late sailings\n\n"+body)
	writeFile(t, filepath.Join(data, "copy.txt"), "Ferry operator fined over late sailings\n\n"+
		"This article first appeared in the Coast Courier.\n\n"+body)
	writeFile(t, filepath.Join(data, "manifest.json"), `[
		{"file": "original.txt", "title": "Ferry operator fined over late sailings", "source": "Coast Courier", "published": "2026-05-04"},
		{"file": "copy.txt", "title": "Ferry operator fined over late sailings", "source": "Valley Daily", "published": "2026-05-05"}]`)
	mustBuild(t, data, db)
	s := mustOpen(t, db)
	l, err := s.Find(context.Background(), "Tobias Wendel")
	if err != nil || len(l.Matches) != 1 {
		t.Fatalf("Find = %+v, %v", l, err)
	}
	p, err := s.Profile(context.Background(), l.Matches[0].ID)
	if err != nil || len(p.Roles) == 0 {
		t.Fatalf("profile: roles %+v, %v", p.Roles, err)
	}
	if got := p.Roles[0].Evidence.Article.ID; got != "original.txt" {
		t.Errorf("role %q cites %s, want original.txt", p.Roles[0].Text, got)
	}
}
