package model

// Feature identities are 64-bit hashes mixed from a template number and the
// hashes of the words or classes involved, so that extracting features never
// builds strings.

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

func hashBytes(b []byte) uint64 {
	h := uint64(fnvOffset)
	for _, c := range b {
		h ^= uint64(c)
		h *= fnvPrime
	}
	return h
}

// mix is the splitmix64 finaliser: it spreads every input bit over the word.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

func f1(t, a uint64) uint64    { return mix(t*0x9e3779b97f4a7c15 ^ a) }
func f2(t, a, b uint64) uint64 { return then2(f1(t, a), b) }
func f3(t, a, b, c uint64) uint64 {
	return then3(f2(t, a, b), c)
}

// then2 and then3 extend a hash by the second and third argument of f2
// and f3, so that a feature whose leading arguments are constant can
// start from their hash, computed once: then2(f1(t, a), b) is f2(t, a, b).
func then2(h, b uint64) uint64 { return mix(h ^ b*0xc2b2ae3d27d4eb4f) }
func then3(h, c uint64) uint64 { return mix(h ^ c*0x165667b19e3779f9) }
