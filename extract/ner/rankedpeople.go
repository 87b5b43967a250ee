package ner

import (
	"strings"

	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// rankWords are police and military ranks abbreviated before a name, as
// British and American news write them, with or without a full stop: "Det
// Insp Pryce", "Det. Sgt. Hughes", "Lt Col Grant", "Maj. Gen. Hayes".
var rankWords = wordSet(`Det Insp Supt Sgt Cmdr Cdr Lt Col Maj Gen Capt Cpl Brig Adm Pte Sqn Ldr Flt Wg
	DET INSP SUPT SGT`)

// rankJoiners are rank words only before another rank: "Ch" in "Ch Supt",
// "Vice" in "Vice Adm".
var rankJoiners = wordSet(`Ch Vice Rear`)

// rankFollowers are ranks only after another rank: "Con" in "Det Con" (a
// detective constable).
var rankFollowers = wordSet(`Con`)

// rankInitials are police ranks written as initials: "DCI Benson" is a
// detective chief inspector, "PC Jones" a police constable. The same
// letters name firms and places ("DC Comics", "PC World", "Washington
// DC"), so an initialled rank needs a sign that a person follows (see
// personAfterInitials).
var rankInitials = wordSet(`DCI DI DS DC PC PCSO DSU DCS DSI`)

// rankGate holds every word a ranked name may open with, for the
// document's word gate.
var rankGate = wordSet(`Det Insp Supt Sgt Cmdr Cdr Lt Col Maj Gen Capt Cpl Brig Adm Pte Sqn Ldr Flt Wg
	Ch Con Vice Rear DCI DI DS DC PC PCSO DSU DCS DSI`)

// nameSpeechVerbs follow a person who speaks: "DI Benson said".
var nameSpeechVerbs = wordSet(`said says told added stated explained warned confirmed urged appealed`)

// maxRankedNameWords bounds the words of the name after a rank.
const maxRankedNameWords = 3

// rankedPeople tags the name after an abbreviated rank as a person and
// leaves the rank out of it, as the annotation convention leaves out
// "Detective Inspector": the tagger reads "Det Insp Pryce" or "Lt Col
// Grant" as an organisation, or tags the rank on its own ("Det" in "Det.
// Sgt. Alan Hughes"). A name that runs on into a mention past it ("Sgt
// Pepper's Lonely Hearts Club Band" as one work) or one that opens a
// firm's or body's name ("Gen Motors Corp") is left alone, and so is a
// one-word name the news writes in lower case ("Gen Term", a firm) unless
// a sign says it is a person's (see personAfterInitials).
func rankedPeople(text string, toks []tok.Token, dt *docTags, common func(string) bool) {
	tags := dt.tags
	for i := 0; i < len(toks); i++ {
		if !rankStart(text, toks, i) {
			continue
		}
		first, initials := rankChainEnd(text, toks, i)
		if first == i || first >= len(toks) {
			continue
		}
		end := first
		for end < len(toks) && end-first < maxRankedNameWords && rankedNameWord(tokText(text, toks, end)) {
			end++
		}
		if end == first || !rankedNameFits(text, toks, tags, i, first, end) {
			i = first - 1
			continue
		}
		if (initials || end-first == 1 && common(strings.ToLower(tokText(text, toks, first)))) && !personAfterInitials(text, toks, dt, first, end) {
			i = end - 1
			continue
		}
		for k := i; k < first; k++ {
			setTag(tags, k, 0)
		}
		retype(tags, span{first, end, model.TypePER}, model.TypePER)
		i = end - 1
	}
}

// rankStart reports whether token i may open a rank: a rank, a joiner or
// initials, not inside a longer mention that began before it ("Washington
// DC").
func rankStart(text string, toks []tok.Token, i int) bool {
	w := strings.TrimSuffix(tokText(text, toks, i), ".")
	if !rankGateFirstBytes.mayHold(w) || !inSet(rankGate, w) {
		return false
	}
	if i > 0 && opensUpper(tokText(text, toks, i-1)) && !sentenceBreak(text, toks, i-1) {
		// "Washington DC Jones": part of a longer name.
		return !inSet(rankInitials, w)
	}
	return true
}

// rankGateFirstBytes rejects most words before rankGate is consulted.
var rankGateFirstBytes = firstBytesOf(rankGate)

// sentenceBreak reports a token that closes what comes before it.
func sentenceBreak(text string, toks []tok.Token, i int) bool {
	w := tokText(text, toks, i)
	return w == "." || w == ":" || w == ";"
}

// rankChainEnd returns the token after the ranks that open at token i,
// each with its full stop if it has one ("Det. Ch. Insp."), and whether
// the ranks are initials alone. It returns i when there is no rank: a
// joiner must come before a rank ("Ch Supt"), never last, and "Con" is a
// constable only after another rank ("Det Con"). Initials take no full
// stop: in "moved to DC. Jones said" the stop ends the sentence.
func rankChainEnd(text string, toks []tok.Token, i int) (int, bool) {
	k, last, initials := i, i, true
	for k < len(toks) {
		w := tokText(text, toks, k)
		bw := strings.TrimSuffix(w, ".")
		switch {
		case inSet(rankWords, bw) || k > i && inSet(rankFollowers, bw):
			initials = false
			if bw == w && k+1 < len(toks) && tokText(text, toks, k+1) == "." {
				k++ // "Det ." as the tokens split "Det."
			}
		case inSet(rankInitials, bw) && bw == w:
		case inSet(rankJoiners, bw):
			if bw == w && k+1 < len(toks) && tokText(text, toks, k+1) == "." {
				k++
			}
			k++
			continue
		default:
			return last, initials && last > i
		}
		k++
		last = k
	}
	return last, initials && last > i
}

// rankedNameWord reports a word that may be part of a person's name after a
// rank: capitalised, not a rank itself.
func rankedNameWord(w string) bool {
	return opensUpper(w) && !inSet(rankWords, w) && !inSet(rankInitials, w) && w != "." && !lowerIn(titles, w)
}

// rankedNameFits reports whether the name on tokens [first, end) after the
// ranks from token i may be retagged: no mention runs into the ranks from
// before them or on from the name past its end, and the name does not end
// in the head of an organisation's name ("Gen Motors Corp", "DI
// Industries").
func rankedNameFits(text string, toks []tok.Token, tags []int, i, first, end int) bool {
	if model.IsInside(tags[i]) {
		return false
	}
	if end < len(tags) && model.IsInside(tags[end]) {
		return false
	}
	last := tokText(text, toks, end-1)
	return !lowerIn(orgHeads, last) && !lowerIn(legalSuffixes, last) && !lowerIn(companyHeads, last)
}

// personAfterInitials reports a sign that the name on [first, end) after
// initials is a person's: a speech verb after it ("DI Benson said"), or
// the tagger read a person there ("DCI Mark Benson"), or its last word
// ends a person's name of two words or more elsewhere in the document
// ("DCI Mark Benson … DI Benson").
func personAfterInitials(text string, toks []tok.Token, dt *docTags, first, end int) bool {
	if end < len(toks) && inSet(nameSpeechVerbs, tokText(text, toks, end)) {
		return true
	}
	if model.TagType(dt.tags[first]) == model.TypePER {
		return true
	}
	return endsPersonName(text, toks, dt.spans(), span{end - 1, end, model.TypePER})
}
