// Package cluster groups words by the company they keep in unlabelled
// text, as a cheap stand-in for Brown clusters: each frequent word is
// described by the distribution of its neighbours (two words either side),
// the Hellinger-transformed distributions are randomly projected to a few
// dozen dimensions and grouped with spherical k-means. Coarser levels
// cluster the centroids again, giving a three-level hierarchy.
package cluster

import (
	"math"
	"math/rand"
	"sort"
)

// Options tunes the clustering.
type Options struct {
	MinCount int    // words rarer than this are not clustered
	MaxWords int    // at most this many words, most frequent first
	Contexts int    // number of frequent words used as context features
	Dims     int    // random projection dimension
	K        [3]int // clusters at the fine, middle and coarse levels
	Iters    int    // k-means iterations
	Seed     int64
}

// Result maps words to fine clusters and clusters to coarser ones.
type Result struct {
	Words   map[string]uint32
	Parent1 []uint16 // fine -> middle
	Parent2 []uint16 // middle -> coarse
}

// Corpus is a token stream with words interned; id 0 marks a boundary.
type Corpus struct {
	ids   map[string]int32
	words []string
	count []int
	seq   []int32
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{ids: map[string]int32{"": 0}, words: []string{""}, count: []int{0}}
}

// Add appends one word; the empty word is a document boundary.
func (c *Corpus) Add(w string) {
	id, ok := c.ids[w]
	if !ok {
		id = int32(len(c.words))
		c.ids[w] = id
		c.words = append(c.words, w)
		c.count = append(c.count, 0)
	}
	c.count[id]++
	c.seq = append(c.seq, id)
}

// Build clusters the corpus words.
func (c *Corpus) Build(o Options) Result {
	byFreq := make([]int32, 0, len(c.words))
	for id := 1; id < len(c.words); id++ {
		byFreq = append(byFreq, int32(id))
	}
	sort.SliceStable(byFreq, func(i, j int) bool {
		a, b := byFreq[i], byFreq[j]
		if c.count[a] != c.count[b] {
			return c.count[a] > c.count[b]
		}
		return c.words[a] < c.words[b]
	})
	ctx := make(map[int32]int, o.Contexts)
	for i := 0; i < o.Contexts && i < len(byFreq); i++ {
		ctx[byFreq[i]] = i
	}
	vocab := map[int32]int{}
	var vwords []int32
	for _, id := range byFreq {
		if c.count[id] < o.MinCount || len(vwords) >= o.MaxWords {
			break
		}
		vocab[id] = len(vwords)
		vwords = append(vwords, id)
	}
	// Context counts: 4 positions x (Contexts + 1 for "other" + 1 for boundary).
	nc := o.Contexts + 2
	width := 4 * nc
	counts := make([]uint16, len(vwords)*width)
	for i, id := range c.seq {
		v, ok := vocab[id]
		if !ok {
			continue
		}
		for k, d := range [4]int{-2, -1, 1, 2} {
			j := i + d
			col := o.Contexts + 1 // boundary
			if j >= 0 && j < len(c.seq) && c.seq[j] != 0 {
				if x, ok := ctx[c.seq[j]]; ok {
					col = x
				} else {
					col = o.Contexts
				}
			}
			p := &counts[v*width+k*nc+col]
			if *p < math.MaxUint16 {
				*p++
			}
		}
	}
	rng := rand.New(rand.NewSource(o.Seed))
	proj := make([]float32, width*o.Dims)
	for i := range proj {
		proj[i] = float32(rng.NormFloat64())
	}
	vecs := make([]float32, len(vwords)*o.Dims)
	for v := range vwords {
		row := counts[v*width : (v+1)*width]
		out := vecs[v*o.Dims : (v+1)*o.Dims]
		for k := 0; k < 4; k++ {
			tot := 0
			for _, x := range row[k*nc : (k+1)*nc] {
				tot += int(x)
			}
			if tot == 0 {
				continue
			}
			for col, x := range row[k*nc : (k+1)*nc] {
				if x == 0 {
					continue
				}
				h := float32(math.Sqrt(float64(x) / float64(tot)))
				pr := proj[(k*nc+col)*o.Dims : (k*nc+col+1)*o.Dims]
				for d := range out {
					out[d] += h * pr[d]
				}
			}
		}
		normalise(out)
	}
	weights := make([]float64, len(vwords))
	for i := range weights {
		weights[i] = 1
	}
	fine, cent := kmeans(vecs, weights, o.Dims, o.K[0], o.Iters, rng)
	size := make([]float64, o.K[0])
	for _, a := range fine {
		size[a]++
	}
	mid, cent2 := kmeans(cent, size, o.Dims, o.K[1], o.Iters, rng)
	size2 := make([]float64, o.K[1])
	for i, a := range mid {
		size2[a] += size[i]
	}
	coarse, _ := kmeans(cent2, size2, o.Dims, o.K[2], o.Iters, rng)
	r := Result{Words: make(map[string]uint32, len(vwords))}
	for v, id := range vwords {
		r.Words[c.words[id]] = uint32(fine[v])
	}
	for _, a := range mid {
		r.Parent1 = append(r.Parent1, uint16(a))
	}
	for _, a := range coarse {
		r.Parent2 = append(r.Parent2, uint16(a))
	}
	return r
}

func normalise(v []float32) {
	var s float64
	for _, x := range v {
		s += float64(x) * float64(x)
	}
	if s == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(s))
	for i := range v {
		v[i] *= inv
	}
}

// kmeans runs weighted spherical k-means on unit vectors and returns each
// point's cluster and the unit centroids. Initial centroids are spread
// over the points in order (the most frequent words come first).
func kmeans(x []float32, w []float64, dims, k, iters int, rng *rand.Rand) ([]int, []float32) {
	n := len(x) / dims
	if k > n {
		k = n
	}
	cent := make([]float32, k*dims)
	perm := rng.Perm(n)
	for c := 0; c < k; c++ {
		copy(cent[c*dims:(c+1)*dims], x[perm[c]*dims:(perm[c]+1)*dims])
	}
	assign := make([]int, n)
	sum := make([]float64, k*dims)
	for it := 0; it < iters; it++ {
		changed := 0
		for i := 0; i < n; i++ {
			xi := x[i*dims : (i+1)*dims]
			best, arg := float32(-2), 0
			for c := 0; c < k; c++ {
				cc := cent[c*dims : (c+1)*dims]
				var dot float32
				for d, v := range xi {
					dot += v * cc[d]
				}
				if dot > best {
					best, arg = dot, c
				}
			}
			if assign[i] != arg || it == 0 {
				changed++
			}
			assign[i] = arg
		}
		for i := range sum {
			sum[i] = 0
		}
		for i := 0; i < n; i++ {
			a := assign[i]
			for d := 0; d < dims; d++ {
				sum[a*dims+d] += w[i] * float64(x[i*dims+d])
			}
		}
		for c := 0; c < k; c++ {
			empty := true
			for d := 0; d < dims; d++ {
				if sum[c*dims+d] != 0 {
					empty = false
				}
			}
			if empty {
				continue // keep the old centroid
			}
			for d := 0; d < dims; d++ {
				cent[c*dims+d] = float32(sum[c*dims+d])
			}
			normalise(cent[c*dims : (c+1)*dims])
		}
		if changed == 0 {
			break
		}
	}
	return assign, cent
}
