package quotes

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"newsbot/extract/doc"
)

// roughMentions marks every capitalised word as a person, so that fuzzed
// text exercises attribution, not only quote pairing.
func roughMentions(text string) []doc.Mention {
	var out []doc.Mention
	for i := 0; i < len(text); {
		r, w := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsUpper(r) {
			i += w
			continue
		}
		j := i + w
		for j < len(text) {
			r, w := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += w
		}
		out = append(out, doc.Mention{Span: doc.Span{Start: i, End: j}, Type: doc.Person, Text: text[i:j]})
		i = j
	}
	return out
}

// lineSentences makes every non-blank line one sentence, its own paragraph.
func lineSentences(text string) []doc.Sentence {
	var out []doc.Sentence
	start := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		if strings.TrimSpace(text[start:i]) != "" {
			out = append(out, doc.Sentence{Span: doc.Span{Start: start, End: i}, Para: len(out)})
		}
		start = i + 1
	}
	return out
}

func checkQuotes(t *testing.T, text string, qs []Quote) {
	t.Helper()
	prev := -1
	for _, q := range qs {
		if q.Start < 0 || q.End > len(text) || q.Start > q.End {
			t.Fatalf("span %+v outside text of %d bytes", q.Span, len(text))
		}
		if q.Start < prev {
			t.Fatalf("quotes out of order at %d", q.Start)
		}
		prev = q.Start
		if q.Text != Flatten(text[q.Start:q.End]) {
			t.Fatalf("Text %q is not text[%d:%d]", q.Text, q.Start, q.End)
		}
		if q.Speaker != "" && (q.SpeakerSpan.Start < 0 || q.SpeakerSpan.End > len(text) || q.SpeakerSpan.Start > q.SpeakerSpan.End) {
			t.Fatalf("speaker span %+v outside text", q.SpeakerSpan)
		}
	}
}

func FuzzFind(f *testing.F) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, file := range files {
		// Short openings keep minimisation fast; the committed corpus
		// holds the awkward cases.
		if b, err := os.ReadFile(file); err == nil {
			f.Add(string(b[:min(len(b), 600)]))
		}
	}
	f.Add("“A,” he said, “b”\n“c")
	f.Add(`"x" said "y`)
	f.Add("\xff“\x80”")
	f.Fuzz(func(t *testing.T, text string) {
		ms := roughMentions(text)
		checkQuotes(t, text, Find(text, nil, ms))
		checkQuotes(t, text, Find(text, lineSentences(text), ms))
	})
}

func TestFindSurvivesOddInput(t *testing.T) {
	huge := strings.Repeat("“Yes,” Smith said. \"No\" ‘maybe’ don’t ", 20000)
	for name, text := range map[string]string{
		"empty":            "",
		"invalid utf-8":    "\xff\xfe“\xc3”",
		"only marks":       "“”“”\"\"''‘’",
		"unclosed quote":   "Smith said: “and then",
		"huge":             huge,
		"mark at the end":  "Smith said “",
		"nested straight":  `He said "a "b" c" end`,
		"many paragraphs":  strings.Repeat("“A\n", 500),
		"bad mention span": "“Hi,” Smith said.",
	} {
		t.Run(name, func(t *testing.T) {
			ms := roughMentions(text)
			ms = append(ms, doc.Mention{Span: doc.Span{Start: -3, End: len(text) + 5}, Type: doc.Person})
			checkQuotes(t, text, Find(text, nil, ms))
			checkQuotes(t, text, Find(text, lineSentences(text), ms))
		})
	}
}
