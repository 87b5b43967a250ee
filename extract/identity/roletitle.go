package identity

import (
	"strings"

	"newsbot/extract/doc"
)

// titleRoles are abbreviated titles written before a name that say what
// the person is: "Cllr Tom Price" is a councillor, "Det Insp Ann Lee" a
// detective inspector.
var titleRoles = map[string]string{
	"cllr": "councillor", "sen": "senator", "rep": "representative", "gov": "governor",
	"det": "detective", "insp": "inspector", "supt": "superintendent", "sgt": "sergeant",
	"lt": "lieutenant", "col": "colonel", "gen": "general", "capt": "captain",
	"adm": "admiral", "cmdr": "commander", "brig": "brigadier", "atty": "attorney",
	"maj": "major", "cdr": "commander", "cpl": "corporal", "pte": "private",
}

// rankInitialRoles are police ranks written as capitals before a name
// ("DCI Ann Lee", "PC Hart"), as written: "di" in lower case is a name's
// particle.
var rankInitialRoles = map[string]string{
	"DCI": "detective chief inspector", "DI": "detective inspector", "DS": "detective sergeant",
	"DC": "detective constable", "PC": "police constable", "WPC": "police constable",
	"PCSO": "police community support officer", "DCS": "detective chief superintendent",
	"DSU": "detective superintendent", "DSI": "detective superintendent",
}

// rankLinks are abbreviated rank words that make a title only next to
// another: "Ch" before one ("Ch Supt" is a chief superintendent), "Con"
// after "Det" (a detective constable). Alone they are names ("Con
// Coughlin").
var rankLinks = map[string]string{"ch": "chief", "con": "constable"}

// rankLink returns the word the rank link at token k spells out, or "".
func (h harvester) rankLink(k int) string {
	b := h.toks[k].bare()
	w := rankLinks[b]
	switch {
	case w == "" || !isCapitalised(h.toks[k].text):
		return ""
	case b == "ch":
		n := k + 1
		if n < len(h.toks) && h.toks[n].text == "." {
			n++
		}
		if n < len(h.toks) && titleRoles[h.toks[n].bare()] != "" {
			return w
		}
	case b == "con":
		p := k - 1
		if p >= 0 && h.toks[p].text == "." {
			p--
		}
		if p >= 0 && h.toks[p].bare() == "det" {
			return w
		}
	}
	return ""
}

// benchTitles follow an honorific to make a judge's title: "Mrs Justice
// Harriet Okafor" is a judge, "Justice" alone may be a surname.
var benchTitles = map[string]string{"justice": "judge"}

// courtesyBeforeBench may stand before a bench title. "Lord Justice" and
// "Lady Justice" are left as they are: an appeal judge's rank, more than
// "judge".
var courtesyBeforeBench = wordSet(`mr mrs ms miss dame sir`)

// titleWord returns the role an abbreviated title or a bench title at
// token k spells out, or "".
func (h harvester) titleWord(k int) string {
	b := h.toks[k].bare()
	if w := titleRoles[b]; w != "" {
		return w
	}
	if w := rankInitialRoles[strings.TrimSuffix(h.toks[k].text, ".")]; w != "" {
		return w
	}
	if w := h.rankLink(k); w != "" {
		return w
	}
	if w := benchTitles[b]; w != "" && isCapitalised(h.toks[k].text) && k > 0 && courtesyBeforeBench[h.toks[k-1].bare()] {
		return w
	}
	return ""
}

// rankPrefixes may open a title an abbreviation ends: "Vice Adm.",
// "Attorney Gen.".
var rankPrefixes = wordSet(`vice rear deputy assistant attorney chief staff master first lieutenant major brigadier`)

// skipTitles returns the first token of the honorifics and abbreviated
// titles right before the name starting at token first ("Cllr", "Mrs",
// "Dr.", "Vice Adm."), or first itself when there are none.
func (h harvester) skipTitles(first int) int {
	toks := h.toks
	pre, abbr := first, false
	for pre > 0 {
		k := pre - 1
		if toks[k].text == "." && k > 0 {
			k--
		}
		t := toks[k]
		if t.kind != tWord || t.mention >= 0 || !honorifics[bare(t.text)] && h.titleWord(k) == "" {
			break
		}
		abbr = abbr || titleRoles[bare(t.text)] != "" || rankLinks[bare(t.text)] != ""
		pre = k
	}
	if p := pre - 1; abbr && p >= 0 && toks[p].kind == tWord && toks[p].mention < 0 && isCapitalised(toks[p].text) && rankPrefixes[toks[p].bare()] {
		pre = p
	}
	return pre
}

// titleRole returns the role the abbreviated titles on tokens [pre, first)
// spell out, for the name ending at byte end: "Cllr" is "Councillor", "Lt.
// Col." "Lieutenant Colonel", "Attorney Gen." "Attorney General".
// "Mrs Justice" is a "judge". Honorifics between them are courtesy. A title says less than a role
// written out, and a profile lists it after those.
func (h harvester) titleRole(pre, first, end int) (Role, bool) {
	var words []string
	head := ""
	for k := pre; k < first; k++ {
		t := h.toks[k]
		if t.kind != tWord {
			continue
		}
		w := h.titleWord(k)
		switch {
		case benchTitles[bare(t.text)] == w && w != "":
			words, head = append(words, w), w
		case w != "" && isCapitalised(t.text):
			words, head = append(words, capitaliseWords(w)), titleHead(w)
		case w != "":
			words, head = append(words, w), titleHead(w)
		case rankPrefixes[bare(t.text)]:
			words = append(words, t.text)
		}
	}
	if head == "" {
		return Role{}, false
	}
	txt := strings.Join(words, " ")
	return Role{Text: txt, Norm: normRole(txt), Head: head,
		Evidence: doc.Span{Start: h.toks[pre].start, End: end}, Clause: true}, true
}

// seatNouns name an elected seat that represents a place: "the MP for
// Leeds Central", "councillor for the Riverside ward".
var seatNouns = wordSet(`councillor councilor senator representative mp msp mep mla congressman congresswoman
	alderman assemblyman assemblywoman assemblymember councilmember`)

// seat returns the last role among roles that names an elected seat
// still held.
func seat(roles []Role) (Role, bool) {
	for i := len(roles) - 1; i >= 0; i-- {
		if r := roles[i]; seatNouns[r.Head] && !strings.HasPrefix(r.Norm, "former ") {
			return r, true
		}
	}
	return Role{}, false
}

// perfectAux may stand between "who" and the verb of a relative clause:
// "who has represented the ward since 1998".
var perfectAux = wordSet(`has had have`)

// whoVerb returns the verb of a relative clause opened by "who" right
// after the comma at token after, past "has" or "had"; -1 if there is
// none or nothing follows it.
func (h harvester) whoVerb(after int) int {
	toks := h.toks
	if after+2 >= len(toks) || toks[after].text != "," || toks[after+1].bare() != "who" {
		return -1
	}
	v := after + 2
	if perfectAux[toks[v].bare()] {
		v++
	}
	if v+1 >= len(toks) || toks[v].kind != tWord || toks[v].mention >= 0 {
		return -1
	}
	return v
}

// representVerbs give the person the place or the people after them:
// "who represents the Riverside ward".
var representVerbs = wordSet(`represents represented`)

// represents reads the role a relative clause "who represents X" gives
// the person named on span name: with an elected seat already given
// ("Cllr Tom Price, who has represented the Riverside ward since 1998")
// the seat for X, "councillor for the Riverside ward"; without one, the
// clause's own words.
func (h harvester) represents(v int, name doc.Span, roles []Role) (Role, bool) {
	toks := h.toks
	re, ok := h.object(v + 1)
	if !ok {
		re, ok = h.clientObject(v + 1)
	}
	if !ok {
		return Role{}, false
	}
	obj := squash(h.text[toks[v+1].start:toks[re].end])
	objNorm := normRole(h.withSurnames(v+1, re))
	if s, ok := seat(roles); ok {
		ev := doc.Span{Start: min(s.Evidence.Start, name.Start), End: toks[re].end}
		return Role{Text: s.Text + " for " + obj, Norm: s.Norm + " for " + objNorm, Head: s.Head, Evidence: ev}, true
	}
	r := doc.Span{Start: toks[v].start, End: toks[re].end}
	return Role{Text: squash(h.text[r.Start:r.End]), Norm: "representing " + objNorm, Head: "representative",
		Evidence: doc.Span{Start: name.Start, End: r.End}, Clause: true}, true
}

// clientObject returns the last token of a person named at token i, with
// the place after "in" where they are represented, when that ends the
// clause: in "who represents Ana Ruiz in Portugal" she is a client.
func (h harvester) clientObject(i int) (int, bool) {
	toks := h.toks
	if i >= len(toks) || toks[i].mention < 0 || h.mentions[toks[i].mention].Type != doc.Person {
		return 0, false
	}
	re := i
	for re+1 < len(toks) && toks[re+1].mention == toks[i].mention {
		re++
	}
	if k := re + 2; k < len(toks) && toks[re+1].bare() == "in" && toks[k].mention >= 0 && h.mentions[toks[k].mention].Type == doc.Place {
		for re = k; re+1 < len(toks) && toks[re+1].mention == toks[k].mention; re++ {
		}
	}
	if re+1 < len(toks) && !(toks[re+1].kind == tPunct && strings.Contains(",.;:)", toks[re+1].text)) {
		return 0, false
	}
	return re, true
}

// capitaliseWords writes each word of a spelled-out title with a capital:
// "DCI" is a "Detective Chief Inspector".
func capitaliseWords(w string) string {
	f := strings.Fields(w)
	for i, x := range f {
		f[i] = strings.ToUpper(x[:1]) + x[1:]
	}
	return strings.Join(f, " ")
}

// titleHead returns the last word of w, the head of a spelled-out title.
func titleHead(w string) string {
	return w[strings.LastIndexByte(w, ' ')+1:]
}

// rankLinkAfter reports whether w is a rank link that makes a title after
// the title word before it: "Con" after "Det" is a constable, not a given
// name in "Det Con Shore".
func rankLinkAfter(title, w string) bool {
	return bareIs(w, "con") && bareIs(title, "det")
}
