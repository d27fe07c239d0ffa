package session

import (
	"sort"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A reply carries of itself as far as the account that posts it: Liberty's
// COO answered from his private account, so his reply is shown under that
// account and its own chain of shares (those who saw it where it was
// posted, and their followers) is shorter than the same reply's from the
// company's 20,000 followers. The claim is about the reply's organic
// reach: a news site that writes up the story shows the reply to its own
// readers whatever account posted it (crowd's carryReply), and those
// shares, a cascade the write-up starts, are not counted here.
func TestAReplyCarriesAsFarAsItsAccount(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "liberty-bottleworks", lang)
		if sc.Brand.Account == nil || sc.Brand.Account.Followers >= sc.Brand.Followers {
			t.Fatalf("%s: the case does not post from the COO's private account: %+v", lang, sc.Brand.Account)
		}
		fromBrand := *sc
		fromBrand.Brand.Account = nil
		private, company := brandShares(t, sc), brandShares(t, &fromBrand)
		t.Logf("%s: median shares of the replies' own chains %d from the COO's account, %d from the company's", lang, private, company)
		if private >= company {
			t.Errorf("%s: the COO's replies' own chains were shared %d times (median), as often or more than the company's %d: the reach does not follow the account", lang, private, company)
		}
		s, err := Run(sc, Options{Seed: 1, Mode: Practice}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range s.Feed() {
			if f.By == "brand" && f.Reply > 0 && (f.Name != sc.Brand.Account.Name || f.Handle != sc.Brand.Account.Handle) {
				t.Errorf("%s: the reply is shown under %q (@%s), want the COO's account %q", lang, f.Name, f.Handle, sc.Brand.Account.Name)
			}
		}
	}
}

// brandShares is the median over 20 worlds of the plain shares of the
// brand's public replies on the historical path in their own chains
// (crowd.Model.OwnSharesOf): not those that came through a news site's
// write-up.
func brandShares(t *testing.T, sc *scenarios.Scenario) int {
	t.Helper()
	var shares []int
	for seed := uint64(1); seed <= 20; seed++ {
		s, err := Run(sc, Options{Seed: seed, Mode: Practice}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, root := range s.replyRoot {
			n += s.crowd.OwnSharesOf(root)
		}
		shares = append(shares, n)
	}
	sort.Ints(shares)
	return shares[len(shares)/2]
}
