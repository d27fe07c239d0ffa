package scenarios

// deadline reports a timeout shorter than the SLA of the decision it ends:
// the two contradict each other. The trainee races the silence, so the game
// shows the timeout as the deadline (the badge never promises more time than
// the decision has), and the speed score would still count against the
// longer SLA; a badge that read "59 / 120 min" a minute before silence
// closed the decision lost a trainee the round. sla is the decision's own
// sla_minutes (0: the scenario's).
func (v *validator) deadline(path string, timeout Duration, sla int) {
	if sla <= 0 {
		sla = v.sc.SLAMinutes
	}
	if timeout <= 0 || sla <= 0 || timeout.Minutes() >= float64(sla) {
		return
	}
	v.warnf(path+".timeout", "is %s, shorter than the SLA of %d min: silence takes over before the SLA, so the game shows %s as the deadline; set sla_minutes = %d on the decision, or lengthen the timeout",
		timeout.String(), sla, timeout.String(), int(timeout.Minutes()))
}
