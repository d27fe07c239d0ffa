package scoring

// Mark is a stretch of a reply (in code points, End exclusive) that a
// debrief highlights: Tone +1 for points earned, -1 for points lost, with
// the label of the finding that marks it.
type Mark struct {
	Start, End int
	Tone       int
	Label      string
}

// Marks divides a reply of n code points into the stretches every face
// highlights (the window's debrief, the browser's, the trainer's
// dashboard and projector), in order and without overlap, so that they all
// show the same reply the same way. Where findings overlap, the words that
// do harm stay red: a phrase inside a longer finding that earns points is
// not shown as good (playtest 20, P20-14: the dashboard marked a privacy
// leak green because a longer finding around it started first). Each
// finding is marked by its Tone.
func Marks(n int, feats []Feature) []Mark {
	if n <= 0 || len(feats) == 0 {
		return nil
	}
	tone := make([]int8, n)
	label := make([]int16, n) // index+1 of the finding whose label a code point takes
	for i, f := range feats {
		t := Tone(feats, i)
		if t == 0 || f.Start < 0 || f.End <= f.Start || f.End > n {
			continue
		}
		for k := f.Start; k < f.End; k++ {
			if tone[k] == 0 || (t < 0 && tone[k] > 0) {
				tone[k], label[k] = int8(t), int16(i+1)
			}
		}
	}
	var out []Mark
	for k := 0; k < n; {
		if tone[k] == 0 {
			k++
			continue
		}
		j := k
		for j < n && tone[j] == tone[k] && label[j] == label[k] {
			j++
		}
		out = append(out, Mark{Start: k, End: j, Tone: int(tone[k]), Label: feats[label[k]-1].Label})
		k = j
	}
	return out
}
