package bot

import (
	"slices"
	"testing"
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
