package scoring

// Settings the rubric file may leave out: their defaults.

func getF(p *float64, def float64) float64 {
	if p == nil {
		return def
	}
	return *p
}

func getI(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}
