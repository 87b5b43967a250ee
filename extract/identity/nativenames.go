package identity

import (
	"regexp"
	"strings"

	"newsbot/extract/doc"
)

// nativeNameCue ends the words that give an organisation's name in its
// own language: "The PLU, whose native name is Unia Ludowo-Liberalna",
// "known in Valdonia by its native name Stronnictwo Demokratyczno-Społeczne".
var nativeNameCue = regexp.MustCompile(`(?i)(?:whose (?:native|local|own|official) name is|by its (?:native|local|own|official) name|(?:native|local)-language name(?: is)?),? (?:the )?$`)

// maxNativeReach bounds how far before a native name its organisation may
// be named.
const maxNativeReach = 120

// nativeNames finds the names an article gives an organisation in another
// language or form: in brackets right after its name ("the People's
// Liberal Union (Unia Ludowo-Liberalna)", "the Greens (Zieloni)") or after
// a cue ("whose native name is"). Each is made a mention of an
// organisation, and the map returned gives its key the key of the name it
// stands for, so that it joins that organisation. A name that takes "the"
// and is followed by an acronym in brackets ("The Stronnictwo
// Demokratyczno-Społeczne (SDP)") is an organisation's too, whatever the
// tagger took it for. mentions are copied when changed.
func nativeNames(text string, mentions []doc.Mention) ([]doc.Mention, map[string]string) {
	var defined map[string]string
	out := mentions
	retype := func(i int) {
		if &out[0] == &mentions[0] {
			out = append([]doc.Mention(nil), mentions...)
		}
		out[i].Type = doc.Org
	}
	for i, m := range mentions {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End || m.Type == doc.Place {
			continue
		}
		if m.Type == doc.Person && bodyBeforeAcronym(text, m) {
			retype(i)
			continue
		}
		j := nativeOwner(text, mentions, i)
		if j < 0 {
			continue
		}
		if defined == nil {
			defined = map[string]string{}
		}
		if k := Key(m.Text); k != "" {
			defined[k] = Key(mentions[j].Text)
			retype(i)
		}
	}
	return out, defined
}

// nativeOwner returns the index of the organisation mention whose other
// name mention i gives, or -1.
func nativeOwner(text string, mentions []doc.Mention, i int) int {
	m := mentions[i]
	if isAcronym(m.Text) || i == 0 {
		return -1
	}
	if prev := mentions[i-1]; prev.Type == doc.Org && prev.End <= m.Start && text[prev.End:m.Start] == " (" &&
		strings.HasPrefix(text[m.End:], ")") && !strings.HasPrefix(strings.TrimLeft(text[m.End+1:], " "), "-") &&
		bracketedOtherName(mentions, prev, m) && !workByMaker(text, mentions, prev, m) {
		// "the Greens (Zieloni)"; not a dateline's agency.
		return i - 1
	}
	if w := text[max(0, m.Start-80):m.Start]; !hasNameWord(w[max(0, len(w)-nameCueTail):]) || !nativeNameCue.MatchString(w) {
		return -1
	}
	for j := i - 1; j >= 0 && m.Start-mentions[j].End <= maxNativeReach; j-- {
		if mentions[j].Type == doc.Org {
			return j
		}
	}
	return -1
}

// bodyBeforeAcronym reports whether mention m takes the article "the" and
// is followed by an acronym in brackets that the tagger took for an
// organisation: "The Stronnictwo Demokratyczno-Społeczne (SDP)".
func bodyBeforeAcronym(text string, m doc.Mention) bool {
	lead := strings.ToLower(text[max(0, m.Start-4):m.Start])
	if lead != "the " || !strings.HasPrefix(text[m.End:], " (") || len(strings.Fields(m.Text)) < 2 {
		return false
	}
	rest := text[m.End+2:]
	n := strings.IndexByte(rest[:min(len(rest), maxAcronymBytes)], ')')
	return n > 0 && isAcronym(rest[:n])
}

// withDefined adds the entries of more to defined, keeping defined's own.
func withDefined(defined, more map[string]string) map[string]string {
	if defined == nil {
		return more
	}
	for k, v := range more {
		if _, ok := defined[k]; !ok {
			defined[k] = v
		}
	}
	return defined
}

// partWords end the names of an organisation's parts, which a bracket
// after its name may hold: "Banca Nazionale del Lavoro (London Branch)",
// "Temasek Holdings (Pte)", and a subsidiary's region: "BHP Petroleum
// (Americas)", "Long Term Credit Bank of Japan (Schweiz)".
var partWords = wordSet(`branch branches division unit subsidiary holdings ventures pte bhd sdn
	americas europe asia pacific international overseas schweiz deutschland`)

// bracketedOtherName reports whether the name m in brackets right after
// the organisation owner is another name of it: not after an acronym
// ("EC (European Commission)" spells the acronym out), no legal form or
// part of the organisation ("Man Pacific (Holdings)", "Bond Corp
// Holdings (Holdings)"), no party
// tag ("(D-RI)"), and no name the article uses on its own as a place's or
// a person's ("National Security Council (Iran)").
func bracketedOtherName(mentions []doc.Mention, owner, m doc.Mention) bool {
	words := strings.Fields(m.Text)
	if isAcronym(owner.Text) || strings.Contains(m.Text, "-") && isAcronym(strings.ReplaceAll(m.Text, "-", "")) ||
		bareIn(partWords, words[len(words)-1]) || len(words) == 1 && (IsLegalForm(words[0]) || m.Type == doc.Person) {
		return false
	}
	for _, w := range words {
		if strings.Contains(" "+strings.ToLower(owner.Text)+" ", " "+strings.ToLower(w)+" ") {
			return false
		}
	}
	k := Key(m.Text)
	for _, o := range mentions {
		if o.Start != m.Start && (o.Type == doc.Place || o.Type == doc.Person && len(words) == 1) && Key(o.Text) == k {
			return false
		}
	}
	return true
}

// nameCueTail bounds how far from the end of the text before a mention
// the "name" of nativeNameCue ends it: at most " is", a comma, a space
// and "the " follow it, one letter perhaps of two bytes in a case-folded
// match, so "name" lies within the last 4+10 bytes.
const nameCueTail = 16

// hasNameWord reports whether s holds "name" in any case: a cheap test
// before nativeNameCue, which every mention after another would otherwise
// run.
// It scans for the "m" (then the "M") of the word, far rarer than text's
// bytes in general, and checks the letters around each.
func hasNameWord(s string) bool {
	return hasNameWordAt(s, 'm') || hasNameWordAt(s, 'M')
}

// hasNameWordAt reports whether s holds "name" in any case with m, 'm' or
// 'M', for its third letter.
func hasNameWordAt(s string, m byte) bool {
	if len(s) < 4 {
		return false
	}
	for i := 2; i < len(s)-1; i++ {
		j := strings.IndexByte(s[i:len(s)-1], m)
		if j < 0 {
			return false
		}
		i += j
		if (s[i-2]|0x20) == 'n' && (s[i-1]|0x20) == 'a' && (s[i+1]|0x20) == 'e' {
			return true
		}
	}
	return false
}
