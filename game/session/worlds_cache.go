package session

import (
	"crypto/sha256"
	"encoding/binary"
	"fmt"
	"hash"
	"math"
	"reflect"
	"slices"
	"sync"

	"github.com/webcaresim/webcaresim/game/crowd"
	"github.com/webcaresim/webcaresim/scenarios"
	"github.com/webcaresim/webcaresim/scoring"
)

// The historical path's worlds beside a debrief depend on nothing the
// trainee did: only on the case as loaded, the mode it is played in, the
// rubric that reads the real replies and the crowd's global parameters.
// They are played once per process and kept, so a debrief pays for the
// trainee's worlds only; a second debrief of the same case shows the
// real reply's worlds at once.
//
// World i is played with seed i+1 whatever the number of worlds asked
// for, so the first n worlds of a longer run are the n worlds: a request
// for fewer reuses a prefix, one for more plays only the missing ones.
//
// What invalidates an entry: any change to the scenario (its content is
// hashed, so an author's edit in the studio is another key), another
// rubric (a rubric is keyed by identity: a rubric loaded from a file is
// a new key, and rubrics are never changed once parsed), other crowd
// globals (the calibration's trial values; crowd.Fitted is read when the
// key is made), another mode. The model's code and constants change only
// with a new build, which starts with an empty cache.

// historicalKey says everything the historical worlds depend on.
type historicalKey struct {
	scenario [sha256.Size]byte // the scenario's content (contentHash)
	mode     Mode
	rubric   *scoring.Rubric
	crowd    crowd.Globals
}

// historicalCacheSize bounds the entries kept: a trainer's session plays
// a handful of cases; a long-running process that tries many rubrics or
// globals (the calibration) must not keep them all.
const historicalCacheSize = 64

var historicalCache = struct {
	sync.Mutex
	worlds map[historicalKey][]world
	order  []historicalKey // oldest first, for eviction
}{worlds: map[historicalKey][]world{}}

// historicalKeyOf is the cache key of the historical worlds played with
// opts (already historicalOptions); ok is false when the scenario cannot
// be hashed, and then nothing is cached.
func historicalKeyOf(sc *scenarios.Scenario, opts Options) (historicalKey, bool) {
	h, ok := contentHash(sc)
	if !ok {
		return historicalKey{}, false
	}
	k := historicalKey{scenario: h, mode: opts.Mode, rubric: opts.Rubric, crowd: crowd.Fitted}
	if k.mode == "" {
		k.mode = Practice // as New plays it
	}
	if k.rubric == nil {
		k.rubric = scoring.Default()
	}
	if opts.Crowd != nil {
		k.crowd = *opts.Crowd
	}
	return k, true
}

// cachedHistorical returns the first n cached worlds of key, or as many
// as are cached when fewer.
func cachedHistorical(key historicalKey, n int) []world {
	historicalCache.Lock()
	defer historicalCache.Unlock()
	w := historicalCache.worlds[key]
	return slices.Clone(w[:min(n, len(w))])
}

// storeHistorical keeps worlds (seeds 1..len) for key unless more are
// kept already.
func storeHistorical(key historicalKey, worlds []world) {
	historicalCache.Lock()
	defer historicalCache.Unlock()
	old, had := historicalCache.worlds[key]
	if len(old) >= len(worlds) {
		return
	}
	if !had {
		if len(historicalCache.order) >= historicalCacheSize {
			delete(historicalCache.worlds, historicalCache.order[0])
			historicalCache.order = historicalCache.order[1:]
		}
		historicalCache.order = append(historicalCache.order, key)
	}
	historicalCache.worlds[key] = slices.Clone(worlds)
}

// forgetHistorical empties the cache (tests).
func forgetHistorical() {
	historicalCache.Lock()
	defer historicalCache.Unlock()
	clear(historicalCache.worlds)
	historicalCache.order = nil
}

// historicalWorlds plays, or takes from the cache, the historical path's
// worlds 1..n.
func historicalWorlds(sc *scenarios.Scenario, n int, opts Options) ([]world, error) {
	opts = historicalOptions(opts)
	key, ok := historicalKeyOf(sc, opts)
	var have []world
	if ok {
		have = cachedHistorical(key, n)
	}
	if len(have) == n {
		return have, nil
	}
	more, err := playWorldsFrom(sc, len(have), n, opts, func() Strategy { return Historical{} })
	if err != nil {
		return nil, err
	}
	all := append(have, more...)
	if ok {
		storeHistorical(key, all)
	}
	return all, nil
}

// contentHash is a SHA-256 of every field of the scenario, exported or
// not, following pointers, with map entries in a fixed order: two
// scenarios hash alike only when a round cannot tell them apart. ok is
// false for a value it cannot hash (a func or channel), which a scenario
// never holds today.
func contentHash(sc *scenarios.Scenario) (sum [sha256.Size]byte, ok bool) {
	h := sha256.New()
	if !hashValue(h, reflect.ValueOf(sc), 0) {
		return sum, false
	}
	copy(sum[:], h.Sum(nil))
	return sum, true
}

// maxHashDepth guards against a cycle, which a scenario does not have.
const maxHashDepth = 64

// hashValue writes v to h with its kind, length and content, so that
// different values never write the same bytes.
func hashValue(h hash.Hash, v reflect.Value, depth int) bool {
	if depth > maxHashDepth {
		return false
	}
	var buf [8]byte
	put := func(x uint64) {
		binary.LittleEndian.PutUint64(buf[:], x)
		h.Write(buf[:])
	}
	put(uint64(v.Kind()))
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			put(1)
		} else {
			put(0)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		put(uint64(v.Int()))
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		put(v.Uint())
	case reflect.Float32, reflect.Float64:
		put(math.Float64bits(v.Float()))
	case reflect.String:
		put(uint64(v.Len()))
		h.Write([]byte(v.String()))
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			put(0)
			return true
		}
		put(1)
		return hashValue(h, v.Elem(), depth+1)
	case reflect.Slice, reflect.Array:
		put(uint64(v.Len()))
		for i := range v.Len() {
			if !hashValue(h, v.Index(i), depth+1) {
				return false
			}
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if !hashValue(h, v.Field(i), depth+1) {
				return false
			}
		}
	case reflect.Map:
		return hashMap(h, v, depth, put)
	default:
		return false
	}
	return true
}

// hashMap hashes a map's entries in the order of their keys' printed
// form.
func hashMap(h hash.Hash, v reflect.Value, depth int, put func(uint64)) bool {
	keys := v.MapKeys()
	printed := make([]string, len(keys))
	for i, k := range keys {
		printed[i] = fmt.Sprintf("%#v", k)
	}
	order := make([]int, len(keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int {
		switch {
		case printed[a] < printed[b]:
			return -1
		case printed[a] > printed[b]:
			return 1
		}
		return 0
	})
	put(uint64(len(keys)))
	for _, i := range order {
		if !hashValue(h, keys[i], depth+1) || !hashValue(h, v.MapIndex(keys[i]), depth+1) {
			return false
		}
	}
	return true
}

// WarmHistorical plays the historical path's worlds 1..n of the case into
// the cache, one world after another, so that the debrief after a round
// pays only for the trainee's own worlds: a face calls it in a goroutine
// when a round starts, with the options the debrief will use. It keeps
// one core busy at most, leaves worlds already cached alone, and returns
// when the n worlds are cached, when stop is closed (the round was left)
// or when a world cannot be played. The worlds it stores are the ones the
// debrief would play itself: world i is seed i+1 whoever plays it.
func WarmHistorical(sc *scenarios.Scenario, n int, opts Options, stop <-chan struct{}) error {
	if !hasHistorical(sc) {
		return nil
	}
	opts = historicalOptions(opts)
	key, ok := historicalKeyOf(sc, opts)
	if !ok {
		return nil
	}
	for {
		have := cachedHistorical(key, n)
		if len(have) >= n {
			return nil
		}
		select {
		case <-stop:
			return nil
		default:
		}
		w, err := playWorld(sc, len(have), opts, Historical{})
		if err != nil {
			return err
		}
		storeHistorical(key, append(have, w))
	}
}
