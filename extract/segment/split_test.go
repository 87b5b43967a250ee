package segment

import (
	"reflect"
	"strings"
	"testing"
)

// sentences returns the text of each sentence Split finds.
func sentences(text string) []string {
	var out []string
	for _, s := range Split(text) {
		out = append(out, text[s.Start:s.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a question before a bar does not split a layout line",
			"See also: Where did the herring go? | Ten facts about tides",
			[]string{"See also: Where did the herring go? | Ten facts about tides"}},
		{"an initial after an outlet's slash in a photo credit does not split",
			"Divers at the pier on Monday. (Bay Courier/R. Almeda)",
			[]string{"Divers at the pier on Monday.", "(Bay Courier/R. Almeda)"}},
		{"a capital after the slash of an abbreviation ends a sentence",
			"It was rated A by S/P. Dealers said demand was firm.",
			[]string{"It was rated A by S/P.", "Dealers said demand was firm."}},
		{"plain sentences split at full stops",
			"Talks resumed on Monday. Both sides agreed to meet again.",
			[]string{"Talks resumed on Monday.", "Both sides agreed to meet again."}},
		{"U.S. inside a sentence does not split",
			"Russia says U.S.-brokered talks are serious. The U.S. proposal was revised.",
			[]string{"Russia says U.S.-brokered talks are serious.", "The U.S. proposal was revised."}},
		{"U.S. before a name-like word does not split",
			"He met U.S. President Donald Trump on Friday.",
			[]string{"He met U.S. President Donald Trump on Friday."}},
		{"U.S. at the end of a sentence splits before a sentence starter",
			"The envoy flew back to the U.S. He will report on Monday.",
			[]string{"The envoy flew back to the U.S.", "He will report on Monday."}},
		{"a quotation of two sentences with its attribution is one sentence",
			`"This was not a paperwork error. It was a business model," said Assistant District Attorney Samuel Reyes. "Mr. Okafor sold the harbour."`,
			[]string{`"This was not a paperwork error. It was a business model," said Assistant District Attorney Samuel Reyes.`, `"Mr. Okafor sold the harbour."`}},
		{"a quotation in single curly marks a colon brings in and that ends the paragraph is one sentence",
			"Asked about the delay, the mayor shrugged: ‘Two weeks. Maybe three.’\n\nThe works resume today.",
			[]string{"Asked about the delay, the mayor shrugged: ‘Two weeks. Maybe three.’", "The works resume today."}},
		{"a quotation in single curly marks a speech verb brings in is one sentence",
			"He said: ‘We don’t know. Nobody does.’ Then he left.",
			[]string{"He said: ‘We don’t know. Nobody does.’", "Then he left."}},
		{"an apostrophe inside a quotation in single curly marks does not close it",
			"The coach smiled: ‘We’re not done. Not yet.’",
			[]string{"The coach smiled: ‘We’re not done. Not yet.’"}},
		{"a typographic quotation attributed after a name is one sentence",
			"“The jury heard a story. Not evidence,” Tran told reporters. “We will appeal.”",
			[]string{"“The jury heard a story. Not evidence,” Tran told reporters.", "“We will appeal.”"}},
		{"a quotation attributed after a name and its role is one sentence",
			`"The landslides hit at night. Families were asleep," Nguyen Thi Lan, the provincial vice chair, said at a briefing. "We moved them."`,
			[]string{`"The landslides hit at night. Families were asleep," Nguyen Thi Lan, the provincial vice chair, said at a briefing.`, `"We moved them."`}},
		{"a quotation its attribution introduces with a colon is one sentence",
			"Ola Lind, 24, said: “We were told to wait. We waited for years.” The court agreed.",
			[]string{"Ola Lind, 24, said: “We were told to wait. We waited for years.”", "The court agreed."}},
		{"a quotation after a speaker's label opening its line is one sentence",
			"09:12:40 PILOT (Ruiz): \"Gear down. Flaps full.\"\n09:12:51 TOWER: \"Cleared to land. Wind calm.\"",
			[]string{"09:12:40 PILOT (Ruiz): \"Gear down. Flaps full.\"", "09:12:51 TOWER: \"Cleared to land. Wind calm.\""}},
		{"a quotation a colon brings in right after a noun for a speech is one sentence",
			`She gave a two-line farewell speech: "Thanks, all. See you soon." Then she left.`,
			[]string{`She gave a two-line farewell speech: "Thanks, all. See you soon."`, "Then she left."}},
		{"a short quotation after a noun for a speech that is not right before the colon is one sentence",
			`Her speech ended with a line: "Thanks, all. See you soon." Then she left.`,
			[]string{`Her speech ended with a line: "Thanks, all. See you soon."`, "Then she left."}},
		{"a short quotation after a long label in lower case is one sentence",
			`The notice on the gate: "Keep out. Danger." Smith left.`,
			[]string{`The notice on the gate: "Keep out. Danger."`, "Smith left."}},
		{"a short quotation after a colon with no speech verb is one sentence",
			`The sign was plain: "Keep out. Danger." Smith left.`,
			[]string{`The sign was plain: "Keep out. Danger."`, "Smith left."}},
		{"a short quotation a colon brings in after a verb of posting is one sentence",
			`Union leader Mara Voss, who meets the minister on Friday, wrote on X late on Sunday night: "Talks go on. No deal without a pay rise. Full stop." Both sides met.`,
			[]string{`Union leader Mara Voss, who meets the minister on Friday, wrote on X late on Sunday night: "Talks go on. No deal without a pay rise. Full stop."`, "Both sides met."}},
		{"a long quotation after a colon with no speech verb splits as prose",
			`The sign was long: "` + strings.Repeat("Keep out of the works yard. ", 12) + `Danger." Smith left.`,
			append(append([]string{`The sign was long: "Keep out of the works yard.`},
				strings.Split(strings.Repeat("Keep out of the works yard.|", 11), "|")[:11]...), `Danger."`, "Smith left.")},
		{"a colon before a quotation that never closes splits as prose",
			`The sign was plain: "Keep out. Danger. Smith left.`,
			[]string{`The sign was plain: "Keep out.`, `Danger.`, "Smith left."}},
		{"an unattributed quotation splits as prose",
			`"We are done. We go home now." Smith left the room.`,
			[]string{`"We are done.`, `We go home now."`, "Smith left the room."}},
		{"a quotation that never closes splits as prose",
			`"We are done. We go home now, said nobody`,
			[]string{`"We are done.`, "We go home now, said nobody"}},
		{"U.K. before a quote splits",
			"She returned to the U.K. “It was hard,” she said.",
			[]string{"She returned to the U.K.", "“It was hard,” she said."}},
		{"a sentence longer than the bound is cut after a comma",
			"Talks went on. " + strings.Repeat("They met on Tuesday, ", 100) + "and left.",
			[]string{"Talks went on.", strings.Repeat("They met on Tuesday, ", 95)[:95*21-1], strings.Repeat("They met on Tuesday, ", 5) + "and left."}},
		{"titles do not split",
			"Mr. Putin met Dr. Smith and Gen. Jones in St. Petersburg.",
			[]string{"Mr. Putin met Dr. Smith and Gen. Jones in St. Petersburg."}},
		{"abbreviated months before numbers do not split",
			"The vote is on Dec. 3 and the count ends in Jan. 2025 at the latest.",
			[]string{"The vote is on Dec. 3 and the count ends in Jan. 2025 at the latest."}},
		{"initials do not split",
			"J. K. Rowling and George W. Bush were there.",
			[]string{"J. K. Rowling and George W. Bush were there."}},
		{"a final initial before a starter splits",
			"It ended with World War I. It had lasted four years.",
			[]string{"It ended with World War I.", "It had lasted four years."}},
		{"decimals and money do not split",
			"Growth was 3.5 percent, worth $1.2 billion. Prices rose.",
			[]string{"Growth was 3.5 percent, worth $1.2 billion.", "Prices rose."}},
		{"a closing quote stays with its sentence",
			"He said the process is “serious.” Talks go on.",
			[]string{"He said the process is “serious.”", "Talks go on."}},
		{"a straight closing quote stays with its sentence",
			`She said they are "ready." The talks begin today.`,
			[]string{`She said they are "ready."`, "The talks begin today."}},
		{"a question inside a quote does not split before the speech tag",
			`"Why now?" he asked. "Because it is time!" she said.`,
			[]string{`"Why now?" he asked.`, `"Because it is time!" she said.`}},
		{"a question inside a quote does not split before a named speaker and the verb",
			`"You read the file, didn't you?" Mr Lind asked. "No," she replied.`,
			[]string{`"You read the file, didn't you?" Mr Lind asked.`, `"No," she replied.`}},
		{"a quoted question splits before a sentence whose verb goes on",
			`"Is the plan fair?" Critics say it is not.`,
			[]string{`"Is the plan fair?"`, `Critics say it is not.`}},
		{"a quote that spans sentences stays with its attribution",
			"“This could be a mess. The Russians feel no pressure,” Townsend said.",
			[]string{"“This could be a mess. The Russians feel no pressure,” Townsend said."}},
		{"initials inside a quote stay together",
			"“A. B. C,” he said.",
			[]string{"“A. B. C,” he said."}},
		{"an ellipsis before lower case does not split",
			"“I am ready… to meet with President Trump.”",
			[]string{"“I am ready… to meet with President Trump.”"}},
		{"an ellipsis before a sentence starter splits",
			"It has a hasty character … It will be necessary to work. So... We wait.",
			[]string{"It has a hasty character …", "It will be necessary to work.", "So...", "We wait."}},
		{"an ellipsis before a name does not split",
			"Talks stalled ... Russia said nothing.",
			[]string{"Talks stalled ... Russia said nothing."}},
		{"a headline without a stop is a sentence of its own",
			"Drone attacks continue\nMeanwhile, the city was hit overnight.",
			[]string{"Drone attacks continue", "Meanwhile, the city was hit overnight."}},
		{"a newline always ends a sentence",
			"He said Mr.\nSmith left",
			[]string{"He said Mr.", "Smith left"}},
		{"abbreviations that may end a sentence go on before lower case",
			"Apple Inc. said profits rose, e.g. in Europe, vs. last year.",
			[]string{"Apple Inc. said profits rose, e.g. in Europe, vs. last year."}},
		{"a company abbreviation ends a sentence before a starter",
			"Shares rose at Acme Corp. The rally lasted.",
			[]string{"Shares rose at Acme Corp.", "The rally lasted."}},
		{"a time abbreviation goes on before a zone",
			"It starts at 4 a.m. EST on Friday. Then it stops.",
			[]string{"It starts at 4 a.m. EST on Friday.", "Then it stops."}},
		{"a dateline state abbreviation does not split from the date",
			"IRVINE , Calif. 1996-08-29",
			[]string{"IRVINE , Calif. 1996-08-29"}},
		{"tokenised text keeps a final quote with its sentence",
			`" We are ready . "` + "\n" + `He said so .`,
			[]string{`" We are ready . "`, "He said so ."}},
		{"a list number does not split from its item",
			"10. Netherlands 8.30",
			[]string{"10. Netherlands 8.30"}},
		{"a number ends a sentence before a capital",
			"The war began in 2022. Talks followed.",
			[]string{"The war began in 2022.", "Talks followed."}},
		{"No. before a number does not split",
			"He was ranked No. 3 in the world.",
			[]string{"He was ranked No. 3 in the world."}},
		{"exclamations split",
			"Stop! Go back. Now?",
			[]string{"Stop!", "Go back.", "Now?"}},
		{"blank lines, carriage returns and edge space are skipped",
			"\r\n  First line.  \r\n\r\n\tSecond line.\t\r\n",
			[]string{"First line.", "Second line."}},
		{"empty text has no sentences", "", nil},
		{"white space alone has no sentences", " \n\t\n\u00a0", nil},
		{"invisible characters at line edges are trimmed",
			"\ufeffHello there.\u200b",
			[]string{"Hello there."}},
		{"a live blog's time and zone at the head of an entry are a sentence of their own",
			"16:40 BST Health Minister Ana Silva has just spoken. \"We are ready,\" she said.",
			[]string{"16:40 BST", "Health Minister Ana Silva has just spoken.", `"We are ready," she said.`}},
		{"a bare time of day heads an entry",
			"09:14 Staff first noticed problems at 6am.",
			[]string{"09:14", "Staff first noticed problems at 6am."}},
		{"a time with am/pm, zone and a dash heads an entry",
			"4.30pm EDT – Crews reached the site.",
			[]string{"4.30pm EDT", "Crews reached the site."}},
		{"a time with PM in capitals keeps its PM",
			"4:30 PM Crews reached the site.",
			[]string{"4:30 PM", "Crews reached the site."}},
		{"a time and zone alone on a line stay one sentence",
			"14:05 GMT\nThe leader spoke.",
			[]string{"14:05 GMT", "The leader spoke."}},
		{"a zone outside the common ones heads an entry with its time",
			"18:20 SGT The port authority closed two berths.",
			[]string{"18:20 SGT", "The port authority closed two berths."}},
		{"a time with am/pm and a four-letter zone heads an entry",
			"10:05 a.m. AEDT – Fire crews held the line overnight.",
			[]string{"10:05 a.m. AEDT", "Fire crews held the line overnight."}},
		{"any zone alone on its line stays one sentence",
			"07:10 WIB\nDivers resumed the search.",
			[]string{"07:10 WIB", "Divers resumed the search."}},
		{"capitals that are no zone open the entry",
			"11:20 UN monitors reached the border.",
			[]string{"11:20", "UN monitors reached the border."}},
		{"a number with a point is no time without its zone",
			"1.25 Million people voted.",
			[]string{"1.25 Million people voted."}},
		{"a time before a lower-case word is prose",
			"10:30 was the hour of the vote.",
			[]string{"10:30 was the hour of the vote."}},
		{"a time inside a sentence stays in it",
			"At 16:40 BST Health Minister Ana Silva spoke.",
			[]string{"At 16:40 BST Health Minister Ana Silva spoke."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := sentences(tt.text)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got %q\nwant %q", tt.text, got, tt.want)
			}
			checkSpans(t, tt.text)
		})
	}
}

func TestSplitNumbersParagraphsByNonEmptyLine(t *testing.T) {
	text := "Headline\n\nFirst para. Still first.\n\n\nSecond para.\n"
	var paras []int
	for _, s := range Split(text) {
		paras = append(paras, s.Para)
	}
	if want := []int{0, 1, 1, 2}; !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs %v, want %v", paras, want)
	}
}

func TestSplitJoinsHardWrappedLines(t *testing.T) {
	text := "Standard Oil Co and BP North America\n" +
		"Inc said they plan to form a venture to manage the money market\n" +
		"borrowing and investment activities of both companies.\n" +
		"    BP North America is a subsidiary of British Petroleum Co\n" +
		"Plc, which also owns a 55 pct interest in Standard Oil.\n" +
		"    The venture will be called BP/Standard Financial Trading\n" +
		"and will be operated by Standard Oil under the oversight of a\n" +
		"joint management committee.\n"
	ss := Split(text)
	want := []struct {
		first string
		para  int
	}{
		{"Standard Oil Co and BP North America\nInc said", 0},
		{"BP North America is a subsidiary", 1},
		{"The venture will be called", 2},
	}
	if len(ss) != len(want) {
		t.Fatalf("got %d sentences %q, want %d", len(ss), sentences(text), len(want))
	}
	for i, w := range want {
		got := text[ss[i].Start:ss[i].End]
		if !strings.HasPrefix(got, w.first) || ss[i].Para != w.para {
			t.Errorf("sentence %d = %q (para %d), want prefix %q (para %d)", i, got, ss[i].Para, w.first, w.para)
		}
	}
}

func TestSplitKeepsShortLinesOfUnwrappedText(t *testing.T) {
	text := "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n" +
		"Nadim Ladki\n" +
		"AL-AIN , United Arab Emirates 1996-12-06\n" +
		"Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria .\n"
	want := []string{
		"SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .",
		"Nadim Ladki",
		"AL-AIN , United Arab Emirates 1996-12-06",
		"Japan began the defence of their Asian Cup title with a lucky 2-1 win against Syria .",
	}
	if got := sentences(text); !reflect.DeepEqual(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// checkSpans fails the test unless the sentences of text are in bounds,
// ordered, non-overlapping, trimmed and numbered by paragraph in order.
func checkSpans(t testing.TB, text string) {
	t.Helper()
	prevEnd, prevPara := 0, -1
	for i, s := range Split(text) {
		if s.Start < prevEnd || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("sentence %d [%d,%d) out of order or bounds (previous end %d, text %d bytes)", i, s.Start, s.End, prevEnd, len(text))
		}
		if s.Para < prevPara || s.Para > prevPara+1 {
			t.Fatalf("sentence %d has paragraph %d after %d", i, s.Para, prevPara)
		}
		sent := text[s.Start:s.End]
		if strings.TrimSpace(sent) != sent && strings.ToValidUTF8(sent, "") == sent {
			t.Fatalf("sentence %d %q is not trimmed", i, sent)
		}
		prevEnd, prevPara = s.End, s.Para
	}
}

func TestSplitMarksALeadingHeaderAsBoilerplate(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // the sentences that are not boilerplate
	}{
		{"a header of metadata lines is no story",
			"Title: Flood barrier fails at Kessa\nSource: River Times\nPublished: Tue 3 Mar 2026 08:10 GMT\nURL: https://rivertimes.example/kessa-flood\n\nThe barrier gave way on Monday. Dozens of homes were flooded.\n",
			[]string{"The barrier gave way on Monday.", "Dozens of homes were flooded."}},
		{"a header may hold lines of other keys",
			"Headline: Kessa votes\nBy: Ann Lee\nSection: Politics\nDate: 2026-03-04\n\nVoters went to the polls.",
			[]string{"Voters went to the polls."}},
		{"a header with Windows line ends and a byte order mark",
			"\ufeffTitle: Port reopens\r\nOutlet: Harbour Post\r\n\r\nThe port reopened on Friday.\r\n",
			[]string{"The port reopened on Friday."}},
		{"a dateline with a colon is no header",
			"KESSA: The council met on Tuesday.\n\nIt voted to close the barrier.",
			[]string{"KESSA: The council met on Tuesday.", "It voted to close the barrier."}},
		{"one metadata line is no header",
			"Title: Only one field\n\nThe story.",
			[]string{"Title: Only one field", "The story."}},
		{"metadata lines run into the story are no header",
			"Title: Port reopens\nSource: Harbour Post\nThe port reopened on Friday.",
			[]string{"Title: Port reopens", "Source: Harbour Post", "The port reopened on Friday."}},
		{"an interview's questions are no header",
			"Q: Will you stand again?\nA: No.\n\nShe left the stage.",
			[]string{"Q: Will you stand again?", "A: No.", "She left the stage."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Split(tt.text) {
				if !s.Boilerplate {
					got = append(got, tt.text[s.Start:s.End])
				}
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("content sentences\n got %q\nwant %q", got, tt.want)
			}
			// Blanking the header keeps every offset and every byte of
			// the story, and leaves nothing of the header to read.
			blank, end := BlankHeader(tt.text), HeaderEnd(tt.text)
			if len(blank) != len(tt.text) || blank[end:] != tt.text[end:] || strings.TrimSpace(blank[:end]) != "" {
				t.Errorf("BlankHeader(%q) = %q", tt.text, blank)
			}
			if got := strings.Count(blank, "\n"); got != strings.Count(tt.text, "\n") {
				t.Errorf("BlankHeader kept %d line breaks, want %d", got, strings.Count(tt.text, "\n"))
			}
		})
	}
}
