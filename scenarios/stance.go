package scenarios

// A post's Stance is its side toward the brand, where its words say it (a
// customer's "OK, thanks"): a plain share of a post repeats it, so the
// crowd's shares of it take this side. Empty: an actor's post takes the
// actor's tone, the customer's the side of the mood the decision it
// belongs to sets, else the crowd's mood when it goes out.
const (
	StanceFor     = "for"
	StanceAgainst = "against"
)
