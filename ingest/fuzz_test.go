package ingest

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParseRecord checks that no line makes the JSON line parser panic, and
// that what it accepts has text.
func FuzzParseRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","title":"t","source":"s","url":"u","published":"2025-12-03","text":"x"}`,
		`{"id":1e400,"text":"x"}`, `{"text":"\ud800"}`, "\xff{}", `[]`, `{"text":"a"}{`, "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		r, err := ParseRecord(line)
		if err == nil && (r.Text == "" || !utf8.ValidString(r.Text)) {
			t.Fatalf("accepted a record with no valid text: %+v", r)
		}
	})
}

// FuzzParseManifest checks that no manifest makes the parser panic, and that
// every entry it accepts names a file.
func FuzzParseManifest(f *testing.F) {
	for _, s := range []string{
		`[{"file":"a.txt","title":"A","source":"S","url":"U","published":"2025-12-03"}]`,
		`[{"file":"../x"},{"file":"./y"}]`, `{}`, `[null]`, `[{"file":1}]`, "\xef\xbb\xbf[]", "",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := ParseManifest(data)
		if err != nil {
			return
		}
		for name := range m {
			if name == "" {
				t.Fatalf("accepted an entry without a file name")
			}
		}
	})
}

// FuzzDecodeText checks that decoding never panics and yields UTF-8.
func FuzzDecodeText(f *testing.F) {
	for _, s := range []string{"plain", "\xff\xfea\x00", "\xfe\xff\x00a", "caf\xe9", "\x00", "\xef\xbb\xbf", "a\x00b\x00c\x00d\x00"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		text, _, err := decodeText(b)
		if err == nil && !utf8.ValidString(text) {
			t.Fatalf("decoded to invalid UTF-8: %q", text)
		}
	})
}

// FuzzFrontMatter checks that no text makes the front matter or header
// reader panic, and that the body they return is the end of the text.
func FuzzFrontMatter(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\nsource: S\nurl: https://x.example\ndate: 2025-12-03\n---\n\nBody.\n",
		"---\n---\n", "---\r\ntitle: 'Q'\r\n...\r\nText", "---\nnot closed\n", "\ufeff---\ntitle: \"\"\n---\n", "---",
	} {
		f.Add(s)
	}
	f.Add("Title: A\nSource: S\nPublished: 3 Dec 2025\n\nBody.\n")
	f.Add("Title: A\nhttps://x.example\n\nBody.\n")
	f.Fuzz(func(t *testing.T, text string) {
		for _, read := range []func(string) (map[string]string, string, bool){frontMatter, headerBlock} {
			fields, body, ok := read(text)
			if !ok {
				if body != text || fields != nil {
					t.Fatalf("no header, yet the text changed or fields came back")
				}
				continue
			}
			if !strings.HasSuffix(text, body) {
				t.Fatalf("body %q is not the end of the text", body)
			}
			for k, v := range fields {
				if v == "" || len(v) > maxTitleBytes*4 {
					t.Fatalf("field %s = %q", k, v)
				}
			}
		}
	})
}
