package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// moveVerbs take the person after them from one office to another:
// "moving Finance Minister X to the Foreign Office", "promoted Deputy
// Minister X to finance minister".
var moveVerbs = wordSet(`move moves moved moving switch switches switched switching shift shifts shifted shifting
promote promotes promoted promoting transfer transfers transferred transferring`)

// dismissalGerunds end the office of the person after them as
// dismissals do: "sacking Transport Minister X".
var dismissalGerunds = wordSet(`sacking firing dismissing ousting axing deposing`)

// movedOut reports whether the office named before a name at token v+1
// is one the person leaves: a verb of moving stands at token v and "to"
// follows the name, at token after, after a "from" phrase or not
// ("moving Finance Minister X to the Foreign Office"); or a dismissal's
// gerund stands at token v ("sacking Transport Minister X").
func (h harvester) movedOut(v, after int) bool {
	toks := h.toks
	if v < 0 || toks[v].kind != tWord || toks[v].mention >= 0 {
		return false
	}
	b := toks[v].bare()
	if dismissalGerunds[b] {
		return true
	}
	if !moveVerbs[b] {
		return false
	}
	k := h.skipFrom(after)
	return k < len(toks) && toks[k].kind == tWord && toks[k].bare() == "to"
}

// replacedOffice reads the office a verb of replacing gives the person
// named after it, from token lead (the name or a title before it) to
// token last: "replaces Sir Roland Beckett as foreign minister", "who
// succeeds X as chairman". The office is one the person held until the
// successor came: a former office.
func (h harvester) replacedOffice(lead, last int) (Role, bool) {
	toks := h.toks
	v, as := lead-1, last+1
	if v < 0 || as+1 >= len(toks) || toks[v].kind != tWord || toks[v].mention >= 0 || !replaceVerbs[toks[v].bare()] ||
		toks[as].bare() != "as" {
		return Role{}, false
	}
	o, ok := h.office(as+1, -1)
	if !ok {
		return Role{}, false
	}
	for k := o.head + 1; k <= o.re; k++ {
		if successorWords[toks[k].bare()] {
			o.re = k - 1 // "replaced X as president with Stephen Fischer"
			break
		}
	}
	norm := normRole(h.withSurnames(o.rs, o.re))
	if strings.HasPrefix(norm, "former ") {
		return Role{}, false
	}
	txt := "former " + formerText(smallArticle(squash(h.text[toks[o.rs].start:toks[o.re].end])))
	return Role{Text: txt, Norm: "former " + norm, Head: normRole(h.text[toks[o.head].start:toks[o.head].end]),
		Evidence: doc.Span{Start: toks[v].start, End: toks[o.re].end}, left: true}, true
}

// successorWords bring in the successor after the office a verb of
// replacing names: "replaced X as president with Stephen Fischer".
var successorWords = wordSet(`with by`)

// untilPhrase reads a phrase ending an office in time (see heldUntil)
// before an apposition or a copula's complement, "until today a junior
// minister at the Treasury" or ", until Monday morning, a parliamentary
// under-secretary": it returns the token the office starts at, or i
// itself when no such phrase opens there. The office needs its article.
func (h harvester) untilPhrase(i int) (int, bool) {
	toks := h.toks
	comma := i < len(toks) && toks[i].text == ","
	k := i
	if comma {
		k++
	}
	if k >= len(toks) || !untilWords[toks[k].bare()] {
		return i, false
	}
	for j := k + 1; j < len(toks) && j-k <= maxUntil; j++ {
		t := toks[j]
		switch {
		case comma && t.text == ",":
			return j + 1, j > k+1
		case !comma && t.kind == tWord && (bare(t.text) == "a" || bare(t.text) == "an" || bare(t.text) == "the"):
			return j, j > k+1
		case t.kind != tWord || t.mention >= 0 && h.mentions[t.mention].Type == doc.Person:
			return i, false
		}
	}
	return i, false
}

// pastOpeners open a sentence naming no one with an office held no more:
// "The outgoing foreign minister leaves on his own terms."
var pastOpeners = wordSet(`former outgoing`)

// formerOpening reads a sentence naming no one that opens "The former"
// or "The outgoing" and an office before its verb ("NEUTRAL: Sir Roland
// Beckett. The outgoing foreign minister leaves on his own terms") as
// the former office of the one person the sentence before names.
func (h harvester) formerOpening(prev *doc.Mention) (Role, bool) {
	toks := h.toks
	if prev == nil || len(toks) < 4 || toks[0].bare() != "the" || !pastOpeners[toks[1].bare()] {
		return Role{}, false
	}
	rs, head, re, ok := h.forward(2, false, false)
	if !ok || rs != 2 || re+1 >= len(toks) || toks[re+1].kind != tWord || toks[re+1].mention >= 0 ||
		isCapitalised(toks[re+1].text) || toks[re+1].bare() == "of" {
		return Role{}, false
	}
	norm := normRole(h.withSurnames(rs, re))
	if kinNouns[norm] || unleavable[normRole(toks[head].text)] {
		return Role{}, false
	}
	txt := strings.ToLower(toks[1].text) + " " + squash(h.text[toks[rs].start:toks[re].end])
	return Role{Name: personName(*prev), Text: txt, Norm: "former " + norm, Head: normRole(h.text[toks[head].start:toks[head].end]),
		Evidence: doc.Span{Start: prev.Start, End: toks[re].end}}, true
}

// skipHonorifics returns the token after the honorifics from token j
// ("Sir", "Dr."), or j itself when there are none.
func (h harvester) skipHonorifics(j int) int {
	toks := h.toks
	for j < len(toks) && toks[j].kind == tWord && toks[j].mention < 0 && honorifics[toks[j].bare()] {
		j++
		if j < len(toks) && toks[j].text == "." {
			j++
		}
	}
	return j
}
