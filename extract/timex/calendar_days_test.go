package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestCivilDays checks civilDays against time.Date, out-of-range months
// and days included, across leap years, century years and years before
// the common era.
func TestCivilDays(t *testing.T) {
	epoch := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	for _, y := range []int{-401, -400, -1, 0, 1, 4, 99, 100, 1600, 1899, 1900, 1969, 1970, 1986, 1987, 1988, 1999, 2000, 2024, 2025, 2100, 2400, 9999} {
		for m := -13; m <= 26; m++ {
			for d := -1; d <= 33; d++ {
				want := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Sub(epoch).Hours() / 24)
				if y < 1700 || y > 2200 {
					// Sub saturates beyond 292 years: count by Unix seconds.
					want = int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
				}
				if got := civilDays(y, m, d); got != want {
					t.Fatalf("civilDays(%d, %d, %d) = %d, want %d", y, m, d, got, want)
				}
			}
		}
	}
}

// pickYearByTime is pickYear written with time.Date, as it was before
// its day arithmetic: the two must agree everywhere.
func pickYearByTime(ref time.Time, month, day int, t tense) int {
	slack, monthOnly := 90, day == 0
	if monthOnly {
		day, slack = 15, 60
	}
	ref = midnight(ref)
	best, bestDiff := ref.Year(), 1<<62
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		d := int(time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC).Sub(ref).Hours() / 24)
		if abs(d) < bestDiff {
			best, bestDiff = y, abs(d)
		}
	}
	diff := int(time.Date(best, time.Month(month), day, 0, 0, 0, 0, time.UTC).Sub(ref).Hours() / 24)
	switch {
	case t == past && diff > slack:
		return best - 1
	case t == future && diff < -slack,
		t == future && monthOnly && !time.Date(best, time.Month(month)+1, 1, 0, 0, 0, 0, time.UTC).After(ref):
		return best + 1
	}
	return best
}

// TestPickYearDays compares pickYear with pickYearByTime for every day
// of reference in four years, every month and day, every tense, and a
// reference in a zone east and west of UTC near midnight.
func TestPickYearDays(t *testing.T) {
	east, west := time.FixedZone("E", 11*3600), time.FixedZone("W", -10*3600)
	start := time.Date(1986, 12, 25, 0, 0, 0, 0, time.UTC)
	for k := 0; k < 4*366+14; k += 3 {
		for _, ref := range []time.Time{start.AddDate(0, 0, k), start.AddDate(0, 0, k).Add(23 * time.Hour).In(east), start.AddDate(0, 0, k).Add(time.Hour).In(west)} {
			for mon := 1; mon <= 12; mon++ {
				for day := 0; day <= 31; day++ {
					for _, tn := range []tense{unknownTense, past, future} {
						if got, want := pickYear(ref, mon, day, tn), pickYearByTime(ref, mon, day, tn); got != want {
							t.Fatalf("pickYear(%v, %d, %d, %v) = %d, want %d", ref, mon, day, tn, got, want)
						}
					}
				}
			}
		}
	}
}

// TestLookupLowering compares lookup with the map read at the key
// strings.ToLower gives, for keys its stack buffer lowers and keys it
// leaves to strings.ToLower.
func TestLookupLowering(t *testing.T) {
	for _, s := range []string{"March", "MARCH", "march", "March.", "Sept.", "SEPT", "May", "may.", "mAy..", "", ".", "Jan", " March",
		"March ", "next  week", "Next Week", "Märch", "März", "DECEMBER", "December.", "JANUARY.", "a very long key that needs more than the buffer holds",
		"A Very Long Key That Needs More Than The Buffer Holds.", "twelve-month", "Twelve-Month."} {
		want, wantOK := months[strings.TrimSuffix(strings.ToLower(joinFields(s)), ".")]
		if got, ok := lookup(months, s); got != want || ok != wantOK {
			t.Errorf("lookup(months, %q) = %v, %v; want %v, %v", s, got, ok, want, wantOK)
		}
	}
	if n := testing.AllocsPerRun(100, func() { lookup(months, "September") }); n != 0 {
		t.Errorf("lookup of a capitalised month allocates %v times", n)
	}
}

// TestYMD compares ymd with fmt.Sprintf, out-of-range values included.
func TestYMD(t *testing.T) {
	for _, y := range []int{-10000, -1, 0, 7, 99, 100, 1987, 2026, 9999, 10000, 123456} {
		for _, m := range []int{-1, 0, 1, 9, 10, 12, 13, 99, 100} {
			for _, d := range []int{-5, 0, 1, 9, 10, 31, 99, 100, 1000} {
				if got, want := ymd(y, m, d), fmt.Sprintf("%04d-%02d-%02d", y, m, d); got != want {
					t.Fatalf("ymd(%d, %d, %d) = %q, want %q", y, m, d, got, want)
				}
			}
		}
	}
}

// TestPlainDay compares startOf's day parsing with time.Parse on days
// real and impossible, leap days and malformed values.
func TestPlainDay(t *testing.T) {
	var vs []string
	for _, y := range []string{"0000", "0004", "1900", "1987", "2000", "2024", "2025", "2100", "9999"} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				vs = append(vs, fmt.Sprintf("%s-%02d-%02d", y, m, d))
			}
		}
	}
	vs = append(vs, "1987-1-123", "1987-01-1x", "+987-01-10", "1987/01/10", "198a-01-10", "1987-01-10", " 987-01-10", "-987-01-10")
	for _, v := range vs {
		want, err := time.Parse("2006-01-02", v)
		got, ok := plainDay(v)
		if ok && (err != nil || !got.Equal(want) || got.Location() != want.Location()) {
			t.Errorf("plainDay(%q) = %v, want %v, %v", v, got, want, err)
		}
		if !ok && err == nil && v[0] >= '0' && v[0] <= '9' {
			t.Errorf("plainDay(%q) left a plain day to the parser", v)
		}
	}
}

// TestDayValue compares dayValue with time.Format over days in and out
// of four-digit years, in UTC and in zones either side of it.
func TestDayValue(t *testing.T) {
	zones := []*time.Location{time.UTC, time.FixedZone("E", 13*3600), time.FixedZone("W", -11*3600)}
	for _, y := range []int{-10001, -1, 0, 1, 999, 1987, 2026, 9999, 10000} {
		for _, z := range zones {
			for k := 0; k < 400; k += 7 {
				d := time.Date(y, 1, 1, 23, 30, 0, 0, z).AddDate(0, 0, k)
				if got, want := dayValue(d), d.Format("2006-01-02"); got != want {
					t.Fatalf("dayValue(%v) = %q, want %q", d, got, want)
				}
			}
		}
	}
}
