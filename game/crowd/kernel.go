package crowd

import "math"

// The memory kernel φ(s): the density of the delay s (in minutes of activity
// time) between a post and a direct reaction to it, ∫φ = 1.
//
// SEISMIC (Zhao et al. 2015, KDD) measured it on retweets: constant for about
// the first s0 ≈ 5 minutes, then a power law φ(s) ∝ (s/s0)^−(1+θ) with
// θ ≈ 0.2. Such a heavy tail means a quarter of the reactions come after a
// day, which is what keeps an outrage curve rising slowly into the next day
// (the Sanoma tweet went from about 25 retweets in the first hour to 127 by
// the next afternoon). Crane & Sornette (2008, PNAS) use the same kernel to
// tell endogenous from exogenous bursts of attention.
//
// Summing a power law over all earlier posts costs O(posts) per post. We
// approximate it by a sum of K exponentials, φ(s) ≈ Σ_k α_k β_k e^{−β_k s},
// the standard trick for long-memory Hawkes kernels (Bochud & Challet 2007;
// Hardiman, Bercot & Bouchaud 2013): from the Laplace representation
// s^−(1+θ) = Γ(1+θ)^−1 ∫ x^θ e^{−xs} dx, rates on a geometric grid get
// weights α_k ∝ β_k^θ. The fastest rate gives the plateau, the slowest one
// (ten days) cuts the tail beyond any round. The state is K numbers per
// cascade, so a post costs O(K), never O(posts).

const (
	seismicTheta = 0.2         // Zhao et al. 2015
	kernelK      = 10          // exponentials in the mixture
	fastestRate  = 1.0         // 1/min before scaling: the plateau
	slowestRate  = 1 / 14400.0 // 1/(10 days)
)

// kernel is a mixture of exponentials with weights alpha (Σ = 1) and rates
// beta (per minute of activity time).
type kernel struct {
	alpha, beta []float64
}

// newKernel returns the kernel named by kind whose median is halfLife
// minutes: half of a post's direct reactions come within halfLife.
func newKernel(kind string, halfLife float64) kernel {
	if kind == "exponential" {
		return kernel{alpha: []float64{1}, beta: []float64{math.Ln2 / halfLife}}
	}
	k := kernel{alpha: make([]float64, kernelK), beta: make([]float64, kernelK)}
	ratio := math.Pow(slowestRate/fastestRate, 1/float64(kernelK-1))
	sum := 0.0
	for i := range k.beta {
		k.beta[i] = fastestRate * math.Pow(ratio, float64(i))
		k.alpha[i] = math.Pow(k.beta[i], seismicTheta)
		sum += k.alpha[i]
	}
	for i := range k.alpha {
		k.alpha[i] /= sum
	}
	// Scaling every rate by c divides the median by c.
	c := k.median() / halfLife
	for i := range k.beta {
		k.beta[i] *= c
	}
	return k
}

// cdf is the share of reactions that come within s minutes.
func (k kernel) cdf(s float64) float64 {
	f := 0.0
	for i, a := range k.alpha {
		f += a * (1 - math.Exp(-k.beta[i]*s))
	}
	return f
}

// density is φ(s).
func (k kernel) density(s float64) float64 {
	f := 0.0
	for i, a := range k.alpha {
		f += a * k.beta[i] * math.Exp(-k.beta[i]*s)
	}
	return f
}

// median solves cdf(s) = 1/2 by bisection on a log scale.
func (k kernel) median() float64 {
	lo, hi := 1e-6, 1e9
	for range 200 {
		mid := math.Sqrt(lo * hi)
		if k.cdf(mid) < 0.5 {
			lo = mid
		} else {
			hi = mid
		}
	}
	return math.Sqrt(lo * hi)
}
