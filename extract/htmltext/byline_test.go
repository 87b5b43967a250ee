package htmltext

import "testing"

func TestExtractReadsDateAndOutletFromAByline(t *testing.T) {
	tests := []struct {
		name, page, title, site, date string
	}{
		{"a byline of fields gives date and outlet",
			`<html><head><title>Al-Harbi completes record move | Pitchside Daily</title></head><body><article>
<h1>Al-Harbi completes record move</h1><p class="byline">By Tom Reddy | Pitchside Daily | 14 April 2026</p>
<p>Northbridge City have signed striker Youssef al-Harbi for a club record fee, the club announced on Tuesday.</p></article></body></html>`,
			"Al-Harbi completes record move", "Pitchside Daily", "2026-04-14"},
		{"a section field is no outlet",
			`<html><head><title>Rates held</title></head><body><article><p>By Ann Lee | Markets | March 3, 2026</p>
<p>The central bank held its main rate on Tuesday, saying inflation was easing slowly.</p></article></body></html>`,
			"Rates held", "", "2026-03-03"},
		{"metadata wins over the byline",
			`<html><head><title>Rates held</title><meta property="article:published_time" content="2026-03-04T08:00:00Z"></head><body><article><p>By Ann Lee | Markets | March 3, 2026</p>
<p>The central bank held its main rate on Tuesday, saying inflation was easing slowly.</p></article></body></html>`,
			"Rates held", "", "2026-03-04T08:00:00Z"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Extract([]byte(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if p.Title != tt.title || p.Site != tt.site || p.Published != tt.date {
				t.Errorf("title %q site %q published %q, want %q %q %q", p.Title, p.Site, p.Published, tt.title, tt.site, tt.date)
			}
		})
	}
}
