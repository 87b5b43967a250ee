package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// Role is one description an article gives a person.
type Role struct {
	Name     string   // the person's canonical name in the article
	Text     string   // the role as written (white space squashed): "Kremlin foreign policy aide"
	Norm     string   // normalised for grouping across articles
	Evidence doc.Span // verbatim span holding the role and the name
}

// Roles harvests the descriptions an article gives the people it names:
//
//	pre-modifiers      Kremlin spokesman Dmitry Peskov; Trump's special envoy Steve Witkoff
//	appositions        Yuri Ushakov, an aide to Putin, said; Ukraine's foreign minister, Andrii Sybiha, said
//	relative clauses   Witkoff, who is a real estate developer, ...
//	copulas            Witkoff is a real estate developer
//
// mentions should come from Resolve (bare spans, Canonical set); only
// PERSON mentions get roles, and sentences marked Boilerplate are skipped.
// A role must end in a role noun (envoy, aide, minister, fellow, ...), so
// names and verb phrases are never returned. Each (name, normalised role)
// pair is returned once, at its first occurrence. With no sentences the
// whole text is one sentence.
func Roles(text string, sents []doc.Sentence, mentions []doc.Mention) []Role {
	if len(sents) == 0 {
		sents = []doc.Sentence{{Span: doc.Span{Start: 0, End: len(text)}}}
	}
	var out []Role
	seen := map[[2]string]bool{}
	for _, s := range sents {
		if s.Boilerplate || s.Start < 0 || s.End > len(text) || s.Start >= s.End {
			continue
		}
		var idx []int
		hasPerson := false
		for i, m := range mentions {
			if m.Start >= s.Start && m.End <= s.End && m.Start < m.End {
				idx = append(idx, i)
				hasPerson = hasPerson || m.Type == doc.Person
			}
		}
		if !hasPerson {
			continue
		}
		toks := tokenizeSentence(text, s.Span)
		markMentions(toks, mentions, idx)
		for _, mi := range idx {
			m := mentions[mi]
			if m.Type != doc.Person {
				continue
			}
			first, last := mentionTokens(toks, mi)
			if first < 0 {
				continue
			}
			name := m.Canonical
			if name == "" {
				name = m.Text
			}
			h := harvester{text: text, toks: toks, mentions: mentions}
			for _, r := range h.around(first, last) {
				r.Name = name
				k := [2]string{name, r.Norm}
				if seen[k] || r.Norm == "" || honorificRole(r.Norm) || Key(r.Text) == Key(name) {
					continue
				}
				seen[k] = true
				out = append(out, r)
			}
		}
	}
	return out
}

// mentionTokens returns the first and last token of mention mi.
func mentionTokens(toks []rtok, mi int) (int, int) {
	first, last := -1, -1
	for k, t := range toks {
		if t.mention == mi {
			if first < 0 {
				first = k
			}
			last = k
		}
	}
	return first, last
}

// harvester finds role phrases around one mention in one sentence.
type harvester struct {
	text     string
	toks     []rtok
	mentions []doc.Mention
}

// around returns the roles found before and after the mention spanning
// tokens [first, last].
func (h harvester) around(first, last int) []Role {
	var out []Role
	toks := h.toks
	nameSpan := doc.Span{Start: toks[first].start, End: toks[last].end}
	add := func(rs, re int) {
		r := doc.Span{Start: toks[rs].start, End: toks[re].end}
		ev := doc.Span{Start: min(r.Start, nameSpan.Start), End: max(r.End, nameSpan.End)}
		txt := squash(h.text[r.Start:r.End])
		out = append(out, Role{Text: txt, Norm: normRole(txt), Evidence: ev})
	}
	after := last + 1
	endsClause := after >= len(toks) || toks[after].kind == tPunct && strings.Contains(",.;:)—–-!?", toks[after].text)
	// Pre-modifier: "Kremlin spokesman Dmitry Peskov".
	if first > 0 && toks[first-1].kind == tWord {
		if rs, ok := h.scanBack(first - 1); ok {
			add(rs, first-1)
		}
	}
	// Role before the name, set off by a comma: "Ukraine's foreign
	// minister, Andrii Sybiha, said".
	if first > 1 && toks[first-1].text == "," && toks[first-2].kind == tWord && endsClause {
		if rs, ok := h.scanBack(first - 2); ok {
			add(rs, first-2)
		}
	}
	if after >= len(toks) {
		return out
	}
	switch {
	case toks[after].text == "," && after+2 < len(toks) && bare(toks[after+1].text) == "who" && copulas[bare(toks[after+2].text)]:
		// "X, who is a former banker, ..."
		if rs, re, ok := h.forward(after+3, true, false); ok {
			add(rs, re)
		}
	case toks[after].text == ",":
		// Apposition: "Yuri Ushakov, an aide to Putin, said".
		if rs, re, ok := h.forward(after+1, false, true); ok {
			add(rs, re)
		}
	case toks[after].kind == tWord && copulas[bare(toks[after].text)]:
		// "Witkoff is a real estate developer".
		if rs, re, ok := h.forward(after+1, true, false); ok {
			add(rs, re)
		}
	}
	return out
}
