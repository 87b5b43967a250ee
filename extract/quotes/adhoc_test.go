package quotes

import (
	"fmt"
	"testing"

	seg "newsbot/extract/segment"
)

func TestAdhoc(t *testing.T) {
	text := `“We will not allow this,” Zelenskyy said in his nightly video address. “Russia must be held accountable.”
The Kremlin’s spokesman, Dmitry Peskov, told reporters on Monday that the talks were “constructive.” He added: “There are still many questions.”
Asked about the sanctions, Peskov said: “We have seen this before.”
In a statement, Ukraine’s Foreign Ministry said it “strongly condemns” the strike. “This is a war crime,” the ministry said.
“It’s a disaster,” said Olena Kovalenko, a 45-year-old resident of Kharkiv. “We have nowhere to go.”
Putin’s foreign policy adviser Yuri Ushakov said earlier that no date had been set. “We are in contact,” he told state television.
According to the Institute for the Study of War, Russian forces “are likely to continue” their offensive.
White House National Security Council spokesman John Kirby said Washington was “deeply concerned.” “We’re watching this very closely,” Kirby told reporters.
“I’m not going to comment,” the senator told CNN.
Trump wrote on Truth Social that the meeting was “very productive,” adding: “Big progress!”
“The ball is in Russia’s court,” Rubio said, while Lavrov insisted Moscow “will not back down.”`
	sents := seg.Split(text)
	ms := mentionsFor(t, text, sents)
	for _, q := range Find(text, sents, ms) {
		fmt.Printf("%-34s %-6s %q\n", q.Speaker, q.SpeakerType, q.Text)
	}
}

func TestAdhoc2(t *testing.T) {
	text := "According to the Institute for the Study of War, Russian forces “are likely to continue” their offensive.\nTrump wrote on Truth Social that the meeting was “very productive,” adding: “Big progress!”"
	sents := seg.Split(text)
	ms := mentionsFor(t, text, sents)
	for _, m := range ms {
		fmt.Printf("M %s %q\n", m.Type, m.Text)
	}
	a := newAnalysis(text, sents, ms)
	a.scanQuotes()
	a.buildWindows()
	a.attribute()
	for _, e := range a.events {
		fmt.Printf("E %q res=%v kind=%d name=%q\n", text[e.span.Start:e.span.End], e.resolved, e.kind, e.name)
	}
	for _, w := range a.wins {
		for _, tk := range w.toks {
			fmt.Printf("%s/%d ", text[tk.start:tk.end], tk.ment)
		}
		fmt.Println()
	}
}
