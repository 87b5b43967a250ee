package ner

import (
	"newsbot/extract/ner/internal/model"
	"newsbot/extract/ner/internal/tok"
)

// peerTitles open a peer's name: "Lord Hartwell of Kelsby", "Baroness
// Smith of Basildon". "Earl" and "Baron" are left out: they are given
// names too ("Earl Johnson of Harris Trust").
var peerTitles = wordSet(`Lord Baroness Lady Viscount Viscountess Countess Marquess`)

// peerTitleFirstBytes rejects most words before peerTitles is consulted.
var peerTitleFirstBytes = firstBytesOf(peerTitles)

// peerOffices follow "Lord" or "Lady" as an office, not a surname: "Lord
// Mayor of London", "Lord Chancellor", "Lord Justice".
var peerOffices = wordSet(`Mayor Chancellor Justice Chief President Provost Lieutenant Advocate Speaker
	High Privy Chamberlain Bishop Protector Commissioner Warden Steward Rector`)

// seatEnders end the name of a firm or a body, which no peer is "of".
var seatEnders = wordSet(`holdings ltd limited plc inc estates trust group bank college university school
	society company partners council foundation institute`)

// maxSeatWords bounds the words of the place a peer is "of".
const maxSeatWords = 3

// titledPeers tags a peer's title, name and territorial designation, read
// as one place or organisation by the tagger, as the person and the place
// they are of: in "Lord Hartwell of Kelsby" Hartwell is the person (the
// one "Lord Hartwell" names) and Kelsby a place. A name the tagger runs on
// past the place ("Lord Hartwell of Kelsby Holdings") or in from before the
// title is left alone.
func titledPeers(text string, toks []tok.Token, tags []int) {
	for i := 0; i+3 < len(toks); i++ {
		if w := tokText(text, toks, i); !peerTitleFirstBytes.mayHold(w) || !inSet(peerTitles, w) {
			continue
		}
		name := tokText(text, toks, i+1)
		if !capitalised(name) || inSet(peerOffices, name) || tokText(text, toks, i+2) != "of" {
			continue
		}
		end := i + 3
		for end < len(toks) && end-(i+3) < maxSeatWords && capitalised(tokText(text, toks, end)) {
			if lowerIn(seatEnders, tokText(text, toks, end)) {
				end = i + 3 // an organisation's name: "Lord Hartwell of Kelsby Holdings"
				break
			}
			end++
		}
		if end == i+3 || end < len(toks) && model.IsInside(tags[end]) || model.IsInside(tags[i]) {
			continue
		}
		setTag(tags, i, 0)
		setTag(tags, i+1, model.BeginTag(model.TypePER))
		setTag(tags, i+2, 0)
		retype(tags, span{i + 3, end, model.TypeLOC}, model.TypeLOC)
		i = end - 1
	}
}
