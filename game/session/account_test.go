package session

import (
	"sort"
	"testing"

	"github.com/webcaresim/webcaresim/scenarios"
)

// A reply carries as far as the account that posts it: Liberty's COO
// answered from his private account, so his reply is shown under that
// account and reaches fewer people than the same reply from the company's
// 20,000 followers would.
func TestAReplyCarriesAsFarAsItsAccount(t *testing.T) {
	for _, lang := range []string{"nl", "en"} {
		sc := builtin(t, "liberty-bottleworks", lang)
		if sc.Brand.Account == nil || sc.Brand.Account.Followers >= sc.Brand.Followers {
			t.Fatalf("%s: the case does not post from the COO's private account: %+v", lang, sc.Brand.Account)
		}
		fromBrand := *sc
		fromBrand.Brand.Account = nil
		private, company := brandShares(t, sc), brandShares(t, &fromBrand)
		t.Logf("%s: median shares of the replies %d from the COO's account, %d from the company's", lang, private, company)
		if private >= company {
			t.Errorf("%s: the COO's replies were shared %d times (median), as often or more than the company's %d: the reach does not follow the account", lang, private, company)
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

// brandShares is the median over 20 worlds of the shares of the brand's
// replies on the historical path.
func brandShares(t *testing.T, sc *scenarios.Scenario) int {
	t.Helper()
	var shares []int
	for seed := uint64(1); seed <= 20; seed++ {
		s, err := Run(sc, Options{Seed: seed, Mode: Practice}, Historical{})
		if err != nil {
			t.Fatal(err)
		}
		shares = append(shares, s.Counters().BrandShares)
	}
	sort.Ints(shares)
	return shares[len(shares)/2]
}
