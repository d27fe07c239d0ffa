package session

import (
	"crypto/sha256"
	"reflect"
	"slices"
	"sync"

	"github.com/webcaresim/webcaresim/scoring"
)

// The worlds of one strategy publish the same replies in the same
// situations: the real reply at a decision, answering the same post after
// the same earlier replies, is read alike in every one of the 100 worlds.
// The rubric reads only the text and its context, so a quiet round (a
// world, a calibration run) takes the analysis from here once another
// world has made it, instead of reading the reply again. A round played on
// screen analyses as before: it reads each reply once anyway.

// analysisKey is what an analysis depends on: the rubric (by identity:
// rubrics are never changed once parsed, see worlds_cache.go) and a hash
// of the text and of every field of its context.
type analysisKey struct {
	rubric *scoring.Rubric
	input  [sha256.Size]byte
}

// analysisCacheSize bounds the analyses kept: a case's paths have a few
// dozen replies; typed replies and the calibration's many rounds must not
// grow the cache without end. When it is full it starts again.
const analysisCacheSize = 2048

var analysisCache = struct {
	sync.Mutex
	kept map[analysisKey]scoring.Analysis
}{kept: map[analysisKey]scoring.Analysis{}}

// analyze is the rubric's analysis of text in ctx, kept across quiet
// rounds.
func (s *Session) analyze(text string, ctx scoring.Context) scoring.Analysis {
	if !s.opts.Quiet {
		return s.rubric.Analyze(text, ctx)
	}
	key, ok := analysisKeyOf(s.rubric, text, ctx)
	if !ok {
		return s.rubric.Analyze(text, ctx)
	}
	analysisCache.Lock()
	a, had := analysisCache.kept[key]
	analysisCache.Unlock()
	if had {
		return cloneAnalysis(a)
	}
	a = s.rubric.Analyze(text, ctx)
	analysisCache.Lock()
	if len(analysisCache.kept) >= analysisCacheSize {
		clear(analysisCache.kept)
	}
	analysisCache.kept[key] = cloneAnalysis(a)
	analysisCache.Unlock()
	return a
}

// analysisKeyOf hashes the text and the whole context with hashValue, so
// a field added to scoring.Context is part of the key without anyone
// remembering to add it here.
func analysisKeyOf(r *scoring.Rubric, text string, ctx scoring.Context) (analysisKey, bool) {
	h := sha256.New()
	if !hashValue(h, reflect.ValueOf(text), 0) || !hashValue(h, reflect.ValueOf(ctx), 0) {
		return analysisKey{}, false
	}
	k := analysisKey{rubric: r}
	copy(k.input[:], h.Sum(nil))
	return k, true
}

// cloneAnalysis copies the analysis's lists, so that a round that changes
// its copy leaves the kept one and the other worlds' alone.
func cloneAnalysis(a scoring.Analysis) scoring.Analysis {
	a.Features = slices.Clone(a.Features)
	a.Missing = slices.Clone(a.Missing)
	a.Caps = slices.Clone(a.Caps)
	a.Discounts = slices.Clone(a.Discounts)
	return a
}

// forgetAnalyses empties the cache (tests).
func forgetAnalyses() {
	analysisCache.Lock()
	defer analysisCache.Unlock()
	clear(analysisCache.kept)
}
