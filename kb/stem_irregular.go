package kb

import (
	"slices"
	"strings"
)

// Common verbs of the news make their past without -ed ("shares fell",
// "prices rose"): a search for one form finds the others. The stemmer
// keeps "fell" from "fall", so these forms are accepted by the table
// rather than by their stem. Forms that are mostly another word are
// left out: "left" (leave) is a side, "fed" (feed) a central bank, "lay"
// (lie) a verb of its own.
var irregularVerbs = [][]string{
	{"fall", "fell", "fallen"}, {"rise", "rose", "risen"}, {"sell", "sold"}, {"buy", "bought"},
	{"win", "won"}, {"lose", "lost"}, {"pay", "paid"}, {"say", "said"}, {"tell", "told"},
	{"take", "took", "taken"}, {"give", "gave", "given"}, {"hold", "held"}, {"lead", "led"},
	{"meet", "met"}, {"seek", "sought"}, {"strike", "struck"}, {"speak", "spoke", "spoken"},
	{"steal", "stole", "stolen"}, {"grow", "grew", "grown"}, {"drive", "drove", "driven"},
	{"fly", "flew", "flown"}, {"write", "wrote", "written"}, {"choose", "chose", "chosen"},
	{"begin", "began", "begun"}, {"bring", "brought"}, {"build", "built"}, {"catch", "caught"},
	{"fight", "fought"}, {"find", "found"}, {"flee", "fled"}, {"freeze", "froze", "frozen"},
	{"keep", "kept"}, {"know", "knew", "known"}, {"run", "ran"}, {"see", "saw", "seen"},
	{"send", "sent"}, {"shake", "shook", "shaken"}, {"sink", "sank", "sunk"}, {"spend", "spent"},
	{"stand", "stood"}, {"swear", "swore", "sworn"}, {"throw", "threw", "thrown"},
	{"withdraw", "withdrew", "withdrawn"}, {"break", "broke", "broken"}, {"come", "came"},
	{"go", "went", "gone"}, {"get", "got", "gotten"}, {"make", "made"}, {"think", "thought"},
	{"feel", "felt"}, {"hear", "heard"}, {"mean", "meant"}, {"shoot", "shot"}, {"sleep", "slept"},
	{"slide", "slid"}, {"sweep", "swept"}, {"teach", "taught"}, {"beat", "beaten"},
	{"hide", "hid", "hidden"}, {"ride", "rode", "ridden"}, {"forgive", "forgave", "forgiven"},
	{"forget", "forgot", "forgotten"}, {"lend", "lent"}, {"deal", "dealt"}, {"dig", "dug"},
	{"sing", "sang", "sung"}, {"sit", "sat"}, {"spin", "spun"}, {"stick", "stuck"},
	{"swim", "swam", "swum"}, {"tear", "tore", "torn"}, {"wake", "woke", "woken"},
	{"wear", "wore", "worn"}, {"shrink", "shrank", "shrunk"}, {"arise", "arose", "arisen"},
	{"overtake", "overtook", "overtaken"}, {"undertake", "undertook", "undertaken"},
}

// irregularOf maps every form of an irregular verb, its -s and -ing
// forms too, to all of them.
var irregularOf = func() map[string][]string {
	m := map[string][]string{}
	for _, v := range irregularVerbs {
		forms := slices.Clone(v)
		for _, f := range regularForms(v[0])[1:] {
			if !strings.HasSuffix(f, "ed") && !strings.HasSuffix(f, "ings") {
				forms = append(forms, f)
			}
		}
		for _, f := range forms {
			m[f] = forms
		}
	}
	return m
}()

// irregularForms returns the other forms of the irregular verb w is a
// form of ("fell": fall, fallen, falls, falling), none for other words.
func irregularForms(w string) []string {
	return slices.DeleteFunc(slices.Clone(irregularOf[w]), func(f string) bool { return f == w })
}
