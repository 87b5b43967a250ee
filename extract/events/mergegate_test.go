package events

import (
	"slices"
	"testing"
)

// gatePair prepares two reports' features and gates with one interner,
// both articles sharing the cast given.
func gatePair(a, b Event, cast ...string) (fa, fb features, ga, gb gate) {
	in, sets := interner{}, newFeatureSets()
	fa, fb = featuresOf(a, in, sets), featuresOf(b, in, sets)
	fa.cast, fb.cast = storyOf(cast, in), storyOf(cast, in)
	return fa, fb, gateOf(&fa), gateOf(&fb)
}

func TestMaySame(t *testing.T) {
	ev := func(precision string, planned bool, summary string, names ...string) Event {
		return Event{Precision: precision, Planned: planned, Entities: names, Words: contentWords(summary, -1, -1)}
	}
	tests := []struct {
		name string
		a, b Event
		want bool
	}{
		{"reports of a month naming different people are apart",
			ev("month", false, "Smith resigned as chairman", "Smith"), ev("month", false, "Jones resigned as chairman", "Jones"), false},
		{"reports of a month naming one person may be one",
			ev("month", false, "Smith resigned as chairman", "Smith"), ev("month", false, "Smith quit the board", "Smith"), true},
		{"a name and its initials may be one",
			ev("month", false, "The Competition and Markets Authority opened an inquiry", "Competition and Markets Authority"),
			ev("month", false, "The CMA opened an inquiry", "CMA"), true},
		{"copies of a month naming no one may be one",
			ev("month", false, "The company cut its dividend sharply"), ev("month", false, "The company cut its dividend sharply"), true},
		{"plans of a month naming no one sharing a deed may be one",
			ev("month", true, "The court is expected to rule"), ev("month", true, "A ruling is expected from the court"), true},
		{"plans of a year naming different people sharing words may be one",
			ev("year", true, "Dravex loses patent protection next year"), ev("year", true, "Its best-selling brand loses patent protection", "Dravex"), true},
		{"reports of a day sharing no word nor name are apart",
			ev("day", false, "The bridge reopened", "Kelby Bridge"), ev("day", false, "Storm flooded homes", "Harlow"), false},
		{"reports of a day sharing a word may be one",
			ev("day", false, "The blast destroyed a tank"), ev("day", false, "A blast shook the plant"), true},
	}
	for _, tt := range tests {
		fa, fb, ga, gb := gatePair(tt.a, tt.b)
		if got := maySame(&ga, &gb); got != tt.want {
			t.Errorf("%s: maySame = %v, want %v", tt.name, got, tt.want)
		}
		if !tt.want && sameEvent(&fa, &fb) {
			t.Errorf("%s: sameEvent holds for a pair the gate rules out", tt.name)
		}
	}
}

func TestMayFiner(t *testing.T) {
	ev := func(precision string, planned bool, summary string, names ...string) Event {
		return Event{Precision: precision, Planned: planned, Entities: names, Words: contentWords(summary, -1, -1)}
	}
	tests := []struct {
		name         string
		coarse, fine Event
		month, week  bool
		want         bool
	}{
		{"a report naming someone and a finer one naming others are apart",
			ev("month", false, "Smith resigned as chairman", "Smith"), ev("day", false, "Jones resigned as chairman", "Jones"), true, false, false},
		{"a report naming someone and a finer one naming them may be one",
			ev("month", false, "Smith resigned as chairman", "Smith"), ev("day", false, "Smith resigned on Monday", "Smith"), true, false, true},
		{"reports sharing no word are apart",
			ev("month", false, "Smith resigned", "Smith"), ev("day", false, "Smith was hired", "Smith"), true, false, false},
		{"reports of different incidents are apart",
			ev("month", false, "Smith announced an investigation into the breach", "Smith"), ev("day", false, "Smith confirmed the breach of the system", "Smith"), true, false, false},
		{"a report of a month naming no one may tell a finer one in its words",
			ev("month", false, "Prosecutors opened a preliminary inquiry"), ev("day", false, "The prosecutor opened a preliminary inquiry", "Paris"), true, false, true},
		{"a week's report naming no one and a day's plan naming no one may be one",
			ev("month", false, "The vote took place"), ev("day", true, "The vote will take place"), true, true, true},
	}
	for _, tt := range tests {
		fc, ff, gc, gf := gatePair(tt.coarse, tt.fine)
		if got := mayFiner(&gc, &gf, tt.month, tt.week); got != tt.want {
			t.Errorf("%s: mayFiner = %v, want %v", tt.name, got, tt.want)
		}
		if !tt.want && finerMatch(&fc, &ff, tt.month, tt.week) > 0 {
			t.Errorf("%s: finerMatch holds for a pair the gate rules out", tt.name)
		}
	}
}

func TestGatesKeepWhatMatches(t *testing.T) {
	// Every pair of the seed articles' reports, as they are and dated
	// and planned otherwise, in articles sharing their cast: no pair
	// sameEvent or finerMatch accepts may be ruled out by the gates.
	var evs []Event
	var cast []string
	for _, r := range seedRefs(t) {
		for _, prec := range []string{"day", "month", "year"} {
			for _, planned := range []bool{false, true} {
				e := r.Event
				e.Precision, e.Planned = prec, planned
				evs = append(evs, e)
			}
		}
		e := r.Event
		e.Precision, e.Week = "month", "2026-W10"
		evs = append(evs, e)
		cast = append(cast, r.Event.Entities...)
	}
	in, sets := interner{}, newFeatureSets()
	feats, gates := make([]features, len(evs)), make([]gate, len(evs))
	story := storyOf(cast[:min(2, len(cast))], in)
	castIDs := storyOf(cast, in)
	for i, e := range evs {
		feats[i] = featuresOf(e, in, sets)
		feats[i].story, feats[i].cast = story, castIDs
		gates[i] = gateOf(&feats[i])
	}
	same, finer := 0, 0
	for i := range feats {
		for j := range feats {
			if i == j {
				continue
			}
			if sameEvent(&feats[i], &feats[j]) {
				same++
				if !maySame(&gates[i], &gates[j]) {
					t.Errorf("maySame rules out %+v and %+v", evs[i], evs[j])
				}
			}
			for _, mw := range [][2]bool{{true, false}, {false, false}, {true, true}} {
				if finerMatch(&feats[i], &feats[j], mw[0], mw[1]) > 0 {
					finer++
					if !mayFiner(&gates[i], &gates[j], mw[0], mw[1]) {
						t.Errorf("mayFiner rules out %+v and %+v", evs[i], evs[j])
					}
				}
			}
		}
	}
	t.Logf("%d reports, %d pairs matched by sameEvent, %d by finerMatch", len(evs), same, finer)
	if same == 0 || finer == 0 {
		t.Fatalf("%d pairs matched by sameEvent, %d by finerMatch: the seeds test nothing", same, finer)
	}
}

func TestPostings(t *testing.T) {
	// Keys are 2*name and 2*word+1.
	feats := make([]features, 10)
	feats[3] = features{names: []int32{0}, words: []int32{2}}
	feats[4] = features{words: []int32{2}}
	feats[7] = features{names: []int32{0}, words: []int32{0}}
	p := newPostings(4)
	for round := range 2 {
		p.fill([]int{3, 4, 7, 9}, feats)
		for k, want := range map[int32][]int32{0: {3, 7}, 5: {3, 4}, 1: {7}, 2: nil} {
			if got := p.of(k); !slices.Equal(got, want) {
				t.Errorf("round %d: key %d: got %v, want %v", round, k, got, want)
			}
		}
		p.clear()
	}
}
