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
func f2(t, a, b uint64) uint64 { return mix(f1(t, a) ^ b*0xc2b2ae3d27d4eb4f) }
func f3(t, a, b, c uint64) uint64 {
	return mix(f2(t, a, b) ^ c*0x165667b19e3779f9)
}
