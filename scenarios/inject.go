package scenarios

// Inject is an event a trainer can drop into a running round: a journalist
// asking for a statement, an influencer quote-posting, a second customer
// with the same problem, a leaked internal screenshot, a competitor making
// a joke. It is written per language like the rest of the scenario; the
// same id in the Dutch and the English file is the same inject.
type Inject struct {
	ID string `toml:"id"`
	// Label is what the trainer reads on the inject's button ("Journalist
	// vraagt om een reactie").
	Label string `toml:"label"`
	// Persona is the kind of author (see InjectPersonas): it sets how the
	// post looks in the feed and how the debrief names it.
	Persona   string `toml:"persona"`
	Name      string `toml:"name"`
	Handle    string `toml:"handle"`
	Followers int    `toml:"followers"` // how far the post carries
	// OutletFollowers, for a journalist, are the followers of the outlet
	// the journalist writes for: its coverage of the story carries that
	// far (a trade title's tens of thousands, a national site's million).
	// 0: the crowd's default outlet (crowd.DefaultOutletFollowers).
	OutletFollowers int    `toml:"outlet_followers"`
	Text            string `toml:"text"`
	// AsksAnswer makes the inject open a decision that takes a typed
	// reply, scored like any other; Prompt is what the trainee is asked.
	AsksAnswer bool   `toml:"asks_answer"`
	Prompt     string `toml:"prompt"`
	// Timeout: silence takes over the inject's decision this long after it
	// opens (default: the scenario's sla_minutes).
	Timeout Duration `toml:"timeout"`
	// Crowd is the inject's effect on the bystanders beside the reach of
	// its post: where they stand from now on and how readily they pass the
	// story on (see CrowdSide).
	Crowd *CrowdSide `toml:"crowd"`
}

// Personas an inject's author can be, with how the feed shows them.
const (
	PersonaJournalist = "journalist" // press asking for a statement
	PersonaInfluencer = "influencer" // a well-known account quote-posting
	PersonaCustomer   = "customer"   // another customer with the same problem
	PersonaLeak       = "leak"       // a leaked internal screenshot or memo
	PersonaCompetitor = "competitor" // a competitor's account making a joke
	PersonaBlogger    = "blogger"    // a blog post about the case
	PersonaOther      = "other"      // anyone else the trainer names
)

// InjectPersonas are the personas in the order a trainer's form offers them.
var InjectPersonas = []string{PersonaJournalist, PersonaInfluencer, PersonaCustomer, PersonaLeak,
	PersonaCompetitor, PersonaBlogger, PersonaOther}

// Inject returns the scenario's inject with this id.
func (s *Scenario) Inject(id string) (*Inject, bool) {
	for i := range s.Injects {
		if s.Injects[i].ID == id {
			return &s.Injects[i], true
		}
	}
	return nil, false
}
