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
		{"a staff byline gives the date",
			`<html><head><title>Bridge collapses</title></head><body><article><h1>Bridge collapses</h1><p class="byline">By Staff Reporter | 3 November 2026</p>
<p>At least seven people were killed when a section of the bridge collapsed on Monday.</p></article></body></html>`,
			"Bridge collapses", "", "2026-11-03"},
		{"a published line names the outlet the title ends with",
			`<html><head><title>MPs name officials - Westminster Today</title></head><body><main><h1>MPs name officials</h1>
<p>Published 2026-03-12 by Westminster Today</p>
<p>A parliamentary committee on Thursday named three senior civil servants.</p></main></body></html>`,
			"MPs name officials", "Westminster Today", "2026-03-12"},
		{"an updated line with an author gives the date only",
			`<html><head><title>Rates held</title></head><body><article><p>Updated 3 March 2026 by Ann Lee</p>
<p>The central bank held its main rate on Tuesday, saying inflation was easing slowly.</p></article></body></html>`,
			"Rates held", "", "2026-03-03"},
		{"a byline date written with slashes, year first",
			`<html><head><title>LIVE: Pilots strike</title></head><body><article><h1>LIVE: Pilots strike</h1>
<p class="byline">Harbour Post live team | 2026/11/20</p>
<p>08:45 Good morning. Pilots walked out at midnight, and the airline has cancelled 460 flights today.</p></article></body></html>`,
			"LIVE: Pilots strike", "", "2026-11-20"},
		{"a date alone under the headline, with its weekday",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p class="dateline">Thursday 5 March 2026</p>
<p>Dock workers returned to work on Thursday after the union accepted a pay offer.</p></article></body></html>`,
			"Dock strike ends", "", "2026-03-05"},
		{"a date alone under the headline",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p>5 March 2026</p>
<p>Dock workers returned to work on Thursday after the union accepted a pay offer.</p></article></body></html>`,
			"Dock strike ends", "", "2026-03-05"},
		{"a weekday with a comma and a time",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p>Thursday, 5 March 2026 18:05 GMT</p>
<p>Dock workers returned to work on Thursday after the union accepted a pay offer.</p></article></body></html>`,
			"Dock strike ends", "", "2026-03-05"},
		{"a published line with a colon",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p>Published: 5 March 2026</p>
<p>Dock workers returned to work on Thursday after the union accepted a pay offer.</p></article></body></html>`,
			"Dock strike ends", "", "2026-03-05"},
		{"an updated line with a colon and a time of day",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p>Updated: Mar. 5, 2026 9:14 a.m.</p>
<p>Dock workers returned to work on Thursday after the union accepted a pay offer.</p></article></body></html>`,
			"Dock strike ends", "", "2026-03-05"},
		{"a byline between dots with a published date and a time",
			`<html><head><title>Harbour Cup final</title></head><body><article><h1>Harbour Cup final</h1>
<p class="byline">By Ann Lee &middot; Coastal Times &middot; Published 9 May 2026, 18:20</p>
<p>Mia Cole won the Harbour Cup on Sunday, beating Ivy Lund in three sets.</p></article></body></html>`,
			"Harbour Cup final", "", "2026-05-09"},
		{"a byline in a header above the story, with its weekday",
			`<html><head><title>Ferry runs aground</title></head><body><header><h1>Ferry runs aground</h1>
<p class="byline">By Ann Lee, Shipping Editor | Friday 6 March 2026</p></header><article>
<p>A ferry carrying 200 passengers ran aground off the harbour wall on Friday morning.</p></article></body></html>`,
			"Ferry runs aground", "", "2026-03-06"},
		{"a dateline in a header above the story, with a time",
			`<html><head><title>Ferry runs aground</title></head><body><header><h1>Ferry runs aground</h1>
<div class="story-dateline">6 March 2026, 09:40</div></header><article>
<p>A ferry carrying 200 passengers ran aground off the harbour wall on Friday morning.</p></article></body></html>`,
			"Ferry runs aground", "", "2026-03-06"},
		{"an unclassed header line dates nothing",
			`<html><head><title>Ferry runs aground</title></head><body><header><h1>Ferry runs aground</h1>
<p class="promo">Offer ends 6 March 2026</p></header><article>
<p>A ferry carrying 200 passengers ran aground off the harbour wall on Friday morning.</p></article></body></html>`,
			"Ferry runs aground", "", ""},
		{"a sentence holding a date dates nothing",
			`<html><head><title>Dock strike ends</title></head><body><article><h1>Dock strike ends</h1>
<p>The strike began on 5 March 2026 and lasted nine days.</p></article></body></html>`,
			"Dock strike ends", "", ""},
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

func TestExtractDropsTheBylineFromTheText(t *testing.T) {
	const story = "<p>At least seven people were killed when a section of the bridge collapsed on Monday.</p>"
	tests := []struct {
		name, body, want string
	}{
		{"a staff byline and a date", "<h1>Bridge collapses</h1><p>By Staff Reporter | 3 November 2026</p>",
			"Bridge collapses\nAt least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a byline naming the outlet", "<p>By Tom Reddy | Coastal Times | Updated 4 May 2026</p>",
			"At least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a line of fields with a long one stays",
			"<p>Polls close at 10pm | 3 November 2026 | officials will count the votes overnight in every ward</p>",
			"Polls close at 10pm | 3 November 2026 | officials will count the votes overnight in every ward\n" +
				"At least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a team byline with a slashed date", "<p>Coastal Times live team | 2026/5/4</p>",
			"At least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a date alone under the headline", "<h1>Bridge collapses</h1><p>Tuesday 3 November 2026</p>",
			"Bridge collapses\nAt least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a published line", "<p>Published 4 May 2026 by Coastal Times</p>",
			"At least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a sentence opening with published stays", "<p>Published in 2026 by the council, the report found failings.</p>",
			"Published in 2026 by the council, the report found failings.\n" +
				"At least seven people were killed when a section of the bridge collapsed on Monday."},
		{"a line of fields with no date or outlet stays", "<p>By Ann Lee | Markets</p>",
			"By Ann Lee | Markets\nAt least seven people were killed when a section of the bridge collapsed on Monday."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Bridge collapses | Coastal Times</title></head><body><article>" + tt.body + story + "</article></body></html>"
			p, err := Extract([]byte(page))
			if err != nil {
				t.Fatal(err)
			}
			if p.Text != tt.want {
				t.Errorf("text %q, want %q", p.Text, tt.want)
			}
		})
	}
}
