package scoring

import "strings"

// settings reads [settings]: the numbers, checked against their ranges,
// and the word lists (wordSettings).
func (p *parser) settings() {
	r, st := p.r, p.fr.Settings
	r.baseEmpathy = getF(st.BaselineEmpathy, 35)
	r.baseDeescalation = getF(st.BaselineDeescalation, 50)
	r.negWindow = getI(st.NegationWindow, 3)
	r.gapWords = getI(st.GapWords, 5)
	r.tooShortWords = getI(st.TooShortWords, 3)
	r.curtWords, r.curtContent = getI(st.CurtWords, 0), getI(st.CurtContentWords, 0)
	r.wallWords = getI(st.WallOfTextWords, 80)
	r.angryBelow = getF(st.AngryBelow, -0.3)
	r.delightedAbove = getF(st.DelightedAbove, 0.3)
	r.hollowFactor = getF(st.HollowFactor, 1)
	r.secondSympathy = getF(st.SecondSympathy, 1)
	r.requestFactor = getF(st.RequestFactor, 1)
	r.restateWords = getI(st.RestateWords, 0)
	r.paddingFree = getI(st.PaddingFreeWords, 40)
	r.listMinWords = getI(st.ListMinWords, 5)
	r.offTopicWords = getI(st.OffTopicWords, 0)
	r.ironicPostWords = getI(st.IronicPostWords, 0)
	r.softAbove, r.softBelow = getF(st.SoftAbove, 100), getF(st.SoftBelow, 0)
	if r.softBelow < 0 || r.softAbove > 100 || r.softBelow >= r.softAbove {
		p.add(p.pos.Exact("settings.soft_above"), "settings.soft_above", "soft_below and soft_above must lie in 0..100, soft_below below soft_above")
	}
	for name, v := range map[string]float64{"baseline_empathy": r.baseEmpathy, "baseline_deescalation": r.baseDeescalation} {
		if v < 0 || v > 100 {
			p.add(p.pos.Exact("settings."+name), "settings."+name, "must be between 0 and 100, not %v", v)
		}
	}
	if r.negWindow < 0 || r.negWindow > 10 {
		p.add(p.pos.Exact("settings.negation_window"), "settings.negation_window", "must be between 0 and 10 words")
	}
	if r.gapWords < 1 || r.gapWords > 12 {
		p.add(p.pos.Exact("settings.gap_words"), "settings.gap_words", "must be between 1 and 12 words")
	}
	for name, v := range map[string]float64{"hollow_factor": r.hollowFactor, "second_sympathy_factor": r.secondSympathy, "request_factor": r.requestFactor} {
		if v < 0 || v > 1 {
			p.add(p.pos.Exact("settings."+name), "settings."+name, "must be between 0 and 1, not %v", v)
		}
	}
	p.wordSettings()
}

// wordSettings reads the settings that are lists of words: each becomes
// the folded set a detector looks words up in.
func (p *parser) wordSettings() {
	r, st := p.r, p.fr.Settings
	for _, w := range st.ClauseWords {
		r.clauseWords[foldString(w)] = true
	}
	for _, w := range st.NotShouting {
		r.notShouting[foldString(w)] = true
	}
	r.shortContent = map[string]bool{}
	for _, w := range st.ShortContentWords {
		r.shortContent[foldString(w)] = true
	}
	r.greetNotName, r.titles, r.selfIntro = foldSet(st.GreetingNotName), foldSet(st.Titles), foldSet(st.SelfIntro)
	r.colleagueWords, r.contrastWords = foldSet(st.ColleagueWords), foldSet(st.ContrastWords)
	r.serviceNumbers = digitsOnly(st.ServiceNumbers)
	r.streets = lowerAll(st.StreetSuffixes)
	r.identifierWords, r.gradeWords, r.gradeFollowers = foldSet(st.IdentifierWords), foldSet(st.GradeWords), foldSet(st.GradeFollowers)
	r.houseRuleWords = foldSet(st.HouseRuleWords)
	r.relativeWords = foldSet(st.RelativeWords)
	r.cfCustomer, r.cfBrand, r.cfCould = foldSet(st.CfCustomer), foldSet(st.CfBrand), foldSet(st.CfCould)
	r.undergoVerbs, r.cfPassiveAux, r.cfAdverbs = foldSet(st.UndergoVerbs), foldSet(st.PassiveAuxiliaries), foldSet(st.CfAdverbs)
	r.evidentWords, r.chargedVerbs, r.cfPerfectVerbs = foldSet(st.EvidentWords), foldSet(st.ChargedVerbs), foldSet(st.CfPerfectVerbs)
	r.complaintWords = foldSet(st.ComplaintWords)
	r.abuseWords, r.abusePrefixes = foldSet(st.AbuseWords), foldList(st.AbusePrefixes)
	r.postApologyWords = foldSet(st.PostApologyWords)
	r.askWords, r.addresseeWords = foldSet(st.AskWords), foldSet(st.AddresseeWords)
	r.setParticles(st.particleSettings)
	r.contractWords, r.readerPossessives, r.possessives = foldSet(st.ContractWords), foldSet(st.ReaderPossessives), foldSet(st.Possessives)
	r.setChannels(st.channelSettings)
	r.ruleVerbs, r.restrictionWords, r.personWords = foldSet(st.RuleVerbs), foldSet(st.RestrictionWords), foldSet(st.PersonWords)
	r.ruleMarkers, r.irregularParticiples = foldSet(st.RuleMarkers), foldSet(st.IrregularParticiples)
	r.irregularBases = map[string][]byte{}
	for _, pair := range st.IrregularBases {
		if form, base, ok := strings.Cut(pair, "="); ok {
			r.irregularBases[foldString(form)] = []byte(stemString(foldString(base), "en"))
		}
	}
	r.sparedBurdens = foldSet(st.SparedBurdens)
	r.classRelatives, r.classPronouns = foldSet(st.ClassRelatives), foldSet(st.ClassPronouns)
	r.newsWords, r.durationWords, r.fromNowWords = foldSet(st.NewsWords), foldSet(st.DurationWords), foldSet(st.FromNowWords)
	r.excuseWords = foldSet(st.ExcuseWords)
	r.signatureRoles = map[string]bool{}
	for _, w := range st.SignatureRoles {
		r.signatureRoles[lettersOnly(foldString(w))] = true
	}
	for _, w := range st.NotSignature {
		r.notSignature[lettersOnly(foldString(w))] = true
	}
}
