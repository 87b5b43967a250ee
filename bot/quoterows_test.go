package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"newsbot/kb"
)

// Words a person said that one article quotes whole and another only in
// part make one row of !quotes, citing the whole where it is quoted whole
// and the part with its own articles.
func TestFoldContained(t *testing.T) {
	type in struct {
		text  string
		cites []int
	}
	type out struct {
		text  string
		cites []int
		parts []in
	}
	tests := []struct {
		name string
		rows []in
		want []out
	}{
		{
			name: "the tail of a sentence joins the whole sentence",
			rows: []in{{"The budget was the right one for France.", []int{2}}, {"the right one for France", []int{3}}},
			want: []out{{"The budget was the right one for France.", []int{2}, []in{{"the right one for France", []int{3}}}}},
		},
		{
			name: "a part quoted first puts the whole where the part stood",
			rows: []in{{"overwhelmed with relief", []int{1}}, {"a miscarriage of justice", []int{2}}, {"We are overwhelmed with relief and gratitude", []int{3}}},
			want: []out{{"We are overwhelmed with relief and gratitude", []int{3}, []in{{"overwhelmed with relief", []int{1}}}}, {"a miscarriage of justice", []int{2}, nil}},
		},
		{
			name: "two sentences quoted apart join the passage quoting both",
			rows: []in{{"Ruth never cheated.", []int{1}}, {"We will keep fighting.", []int{2}}, {"Ruth never cheated. We will keep fighting", []int{3}}},
			want: []out{{"Ruth never cheated. We will keep fighting", []int{3}, []in{{"Ruth never cheated.", []int{1}}, {"We will keep fighting.", []int{2}}}}},
		},
		{
			name: "the same words with other punctuation are one row",
			rows: []in{{"This shows that the system works", []int{1}}, {"this shows that the system works.", []int{2}}},
			want: []out{{"This shows that the system works", []int{1, 2}, nil}},
		},
		{
			name: "the same part quoted by two articles is shown once citing both",
			rows: []in{{"He did not merely tolerate the crimes. He directed them", []int{1}}, {"He directed them", []int{2}}, {"he directed them.", []int{3}}},
			want: []out{{"He did not merely tolerate the crimes. He directed them", []int{1}, []in{{"He directed them", []int{2, 3}}}}},
		},
		{
			name: "words that only overlap stay apart",
			rows: []in{{"the right one for France", []int{1}}, {"one for France and for Europe", []int{2}}},
			want: []out{{"the right one for France", []int{1}, nil}, {"one for France and for Europe", []int{2}, nil}},
		},
		{
			name: "a quote split around its attribution and the same words whole are one row, shown whole",
			rows: []in{{"We lost a vote … not our nerve.", []int{1}}, {"We lost a vote, not our nerve.", []int{2}}},
			want: []out{{"We lost a vote, not our nerve.", []int{1, 2}, nil}},
		},
		{
			name: "words running across the gap of a split quote are no part of it",
			rows: []in{{"Any fair audit … will find the money.", []int{1}}, {"Any fair audit will find that.", []int{2}}},
			want: []out{{"Any fair audit … will find the money.", []int{1}, nil}, {"Any fair audit will find that.", []int{2}, nil}},
		},
		{
			name: "one half of a split quote is a part of it",
			rows: []in{{"We own this … and we will fix it.", []int{1}}, {"We own this", []int{2}}},
			want: []out{{"We own this … and we will fix it.", []int{1}, []in{{"We own this", []int{2}}}}},
		},
		{
			name: "another outlet's words running across the attribution of a split quote are a part of it",
			rows: []in{{"That was a fair ruling … and a brave one.", []int{1}}, {"a fair ruling and a brave one", []int{2}}},
			want: []out{{"That was a fair ruling … and a brave one.", []int{1}, []in{{"a fair ruling and a brave one", []int{2}}}}},
		},
		{
			name: "a word inside another word is no part of it",
			rows: []in{{"peace", []int{1}}, {"peaceful times ahead", []int{2}}},
			want: []out{{"peace", []int{1}, nil}, {"peaceful times ahead", []int{2}, nil}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []quoteRow
			for _, r := range tt.rows {
				q := newQuoteRow(r.text, r.cites[0])
				q.cites = r.cites
				rows = append(rows, q)
			}
			got := foldContained(rows)
			if len(got) != len(tt.want) {
				t.Fatalf("got %d rows %+v, want %d", len(got), got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].text != w.text || !slices.Equal(got[i].cites, w.cites) {
					t.Errorf("row %d is %q %v, want %q %v", i, got[i].text, got[i].cites, w.text, w.cites)
				}
				if len(got[i].parts) != len(w.parts) {
					t.Fatalf("row %d has parts %+v, want %+v", i, got[i].parts, w.parts)
				}
				for k, p := range w.parts {
					if got[i].parts[k].text != p.text || !slices.Equal(got[i].parts[k].cites, p.cites) {
						t.Errorf("row %d part %d is %q %v, want %q %v", i, k, got[i].parts[k].text, got[i].parts[k].cites, p.text, p.cites)
					}
				}
			}
		})
	}
}

// A part quoted only by articles the row already cites adds nothing: the
// line shows those words already.
func TestQuoteRowRenderSkipsPartsItsCitationsShow(t *testing.T) {
	r := newQuoteRow("We lost a vote, not our nerve.", 2)
	r.parts = []quoteRow{newQuoteRow("We lost a vote", 2), newQuoteRow("not our nerve", 3)}
	got := r.render()
	want := "> “We lost a vote, not our nerve.” [2] (in part [3]: “not our nerve”)"
	if got.Text != want {
		t.Errorf("render = %q, want %q", got.Text, want)
	}
	if !slices.Equal(got.Cites, []int{2, 3}) {
		t.Errorf("cites = %v, want [2 3]", got.Cites)
	}
}

// A gap the article writes as an ellipsis leaves the speaker's words out:
// words running across it were not said in a row. Only the gap where a
// split quote's attribution stood may be run across.
func TestFoldContainedKeepsWrittenEllipses(t *testing.T) {
	tests := []struct {
		name, whole, source string
		fold                bool
	}{
		{"the attribution of a split quote", "We tried … and we failed.", `"We tried," Ms Hart said, "and we failed."`, true},
		{"an ellipsis in the article", "We tried … and we failed.", `Ms Hart said: "We tried … and we failed."`, false},
		{"an ellipsis elsewhere in the sentence", "We tried … and we failed.", `"We tried," Ms Hart said … "and we failed."`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows := []quoteRow{newSourcedQuoteRow(tt.whole, 1, tt.source), newQuoteRow("tried and we failed", 2)}
			got := foldContained(rows)
			if folded := len(got) == 1; folded != tt.fold {
				t.Errorf("folded = %v, want %v (rows %+v)", folded, tt.fold, got)
			}
		})
	}
}

// A part joins a fuller quote only when it was not published more than a
// day before the fuller quote first was.
func TestFoldContainedKeepsEarlierWordsApart(t *testing.T) {
	tests := []struct {
		name, whole, part string
		fold              bool
	}{
		{"the same day", "2025-03-10", "2025-03-10", true},
		{"a day before", "2025-03-10", "2025-03-09", true},
		{"days before", "2025-03-10", "2025-03-04", false},
		{"later", "2025-03-10", "2025-03-15", true},
		{"a date unknown", "2025-03-10", "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			whole := newQuoteRow("Our review of the harbour contract is still open and we will say no more.", 1)
			whole.withDate(tt.whole)
			part := newQuoteRow("the harbour contract", 2)
			part.withDate(tt.part)
			got := foldContained([]quoteRow{whole, part})
			if folded := len(got) == 1; folded != tt.fold {
				t.Errorf("folded = %v, want %v (rows %+v)", folded, tt.fold, got)
			}
		})
	}
}

// Citations are numbered in the order the rows show them, a row's own
// before its parts', so no row or source line reads [3][2].
func TestQuoteRowsNumberCitationsInRowOrder(t *testing.T) {
	hit := func(text, article string, start int) kb.QuoteHit {
		return kb.QuoteHit{Speaker: "Ana Lund", Text: text, Cite: kb.Snippet{Article: kb.ArticleMeta{ID: article}, Start: start, End: start + 10, Text: text}}
	}
	hits := []kb.QuoteHit{
		hit("We will appeal", "a", 0),
		hit("Justice was not done", "b", 0),
		hit("Justice was not done today", "a", 50),
		hit("we will appeal", "b", 50),
	}
	rows, qs, list := quoteRows(hits)
	var got []string
	for _, r := range rows {
		got = append(got, r.render().Text)
	}
	want := []string{
		"> “We will appeal” [1][2]",
		"> “Justice was not done today” [3] (in part [4]: “Justice was not done”)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("rows = %q, want %q", got, want)
	}
	for i, c := range list {
		if c.N != i+1 {
			t.Errorf("citation %d is numbered %d", i, c.N)
		}
	}
	if list[0].Article != "a" || list[1].Article != "b" || list[2].Article != "a" || list[3].Article != "b" {
		t.Errorf("citations %+v not in row order", list)
	}
	for _, q := range qs {
		if c := list[q.Citation-1]; !strings.EqualFold(strings.TrimSpace(c.Snippet), strings.TrimSpace(q.Text)) {
			t.Errorf("quote %q cites %+v", q.Text, c)
		}
	}
}

// A profile's quote line folds the quotes the profile read into
// statements, and counts the quotes alone when it read none.
func TestQuotesLine(t *testing.T) {
	hit := func(text, article string) kb.QuoteHit {
		return kb.QuoteHit{Speaker: "Ana Lund", Text: text, Cite: kb.Snippet{Article: kb.ArticleMeta{ID: article}, Text: text}}
	}
	tests := []struct {
		name string
		p    kb.Profile
		want string
	}{
		{"one statement quoted by two reports", kb.Profile{EntityRef: kb.EntityRef{Name: "Ana Lund"}, Quotes: 2,
			QuoteHits: []kb.QuoteHit{hit("We will appeal", "a"), hit("we will appeal", "b")}},
			"**Quotes:** 1 statement, quoted 2 times (`!quotes Ana Lund`)"},
		{"as many statements as quotes", kb.Profile{EntityRef: kb.EntityRef{Name: "Ana Lund"}, Quotes: 2,
			QuoteHits: []kb.QuoteHit{hit("We will appeal", "a"), hit("Justice was not done", "b")}},
			"**Quotes:** 2 (`!quotes Ana Lund`)"},
		{"too many quotes to read", kb.Profile{EntityRef: kb.EntityRef{Name: "Ana Lund"}, Quotes: kb.ProfileQuotes + 1},
			fmt.Sprintf("**Quotes:** %d (`!quotes Ana Lund`)", kb.ProfileQuotes+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := quotesLine(tt.p); got != tt.want {
				t.Errorf("quotesLine = %q, want %q", got, tt.want)
			}
		})
	}
}
