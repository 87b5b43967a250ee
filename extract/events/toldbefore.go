package events

// doneBeforeFiner reports whether coarse tells what was done in a month
// or a year (not by its week) and fine is dated after coarse's article
// was published: a report of what was done by the day it was told is not
// what is planned or done on a later day ("the deal gives members a rise
// this year", told on 9 November, is not the ballot result expected on
// 20 November).
func doneBeforeFiner(coarse, fine *Ref) bool {
	d := fine.Event.Date
	if coarse.Event.Planned || coarse.Event.Week != "" || len(d) < len("2006-01") || len(coarse.Published) < len(d) {
		return false
	}
	return d > coarse.Published[:len(d)]
}

// packedDate is a date of at most 10 bytes packed into integers so that
// comparing two of the same length compares their bytes in order, as
// comparing the strings does: the comparing of compareAcrossPrecision
// reads these rather than the reports, spread over the whole archive.
type packedDate struct {
	hi uint64 // bytes 0-7, the first the highest
	lo uint16 // bytes 8-9
	n  uint8  // the length; longer dates than maxPackedDate are not packed
}

// maxPackedDate is the longest date packDate packs ("2006-01-02").
const maxPackedDate = 10

// packDate packs s, whose length must be at most maxPackedDate.
func packDate(s string) packedDate {
	var b [maxPackedDate]byte
	copy(b[:], s)
	return packedDate{
		hi: uint64(b[0])<<56 | uint64(b[1])<<48 | uint64(b[2])<<40 | uint64(b[3])<<32 |
			uint64(b[4])<<24 | uint64(b[5])<<16 | uint64(b[6])<<8 | uint64(b[7]),
		lo: uint16(b[8])<<8 | uint16(b[9]),
		n:  uint8(len(s)),
	}
}

// after reports whether d is greater than the first d.n bytes of p
// (p must hold at least as many): the bytes of p past them are left out,
// those of d are zero.
func (d packedDate) after(p packedDate) bool {
	hi, lo := p.hi, p.lo
	switch n := uint(d.n); {
	case n < 8:
		hi &^= ^uint64(0) >> (8 * n)
		lo = 0
	case n == 8:
		lo = 0
	case n == 9:
		lo &^= 0xff
	}
	return d.hi > hi || d.hi == hi && d.lo > lo
}

// doneBefore answers doneBeforeFiner for one coarse report and each
// finer report in turn, from the finer report's date packed and the
// coarse report's publication date packed once (its first maxPackedDate
// bytes). A date too long to pack is asked of doneBeforeFiner.
type doneBefore struct {
	coarse *Ref
	pub    packedDate
	never  bool // coarse is planned or dated by its week
}

// newDoneBefore prepares the answers for coarse.
func newDoneBefore(coarse *Ref) doneBefore {
	p := coarse.Published
	return doneBefore{coarse: coarse, pub: packDate(p[:min(len(p), maxPackedDate)]),
		never: coarse.Event.Planned || coarse.Event.Week != ""}
}

// of reports doneBeforeFiner(coarse, fine), d being fine's date packed.
func (b *doneBefore) of(fine *Ref, d packedDate) bool {
	switch {
	case b.never || d.n < uint8(len("2006-01")):
		return false
	case d.n > maxPackedDate:
		return doneBeforeFiner(b.coarse, fine)
	}
	return len(b.coarse.Published) >= int(d.n) && d.after(b.pub)
}
