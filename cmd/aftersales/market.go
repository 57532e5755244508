package main

import (
	"errors"

	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
)

// buyerMarketFlags are --market and --region of the consumer decisions.
type buyerMarketFlags struct {
	market, region *string
}

// addBuyerMarketFlags declares --market and --region on c.
func (c *cmd) addBuyerMarketFlags() buyerMarketFlags {
	return buyerMarketFlags{
		market: c.fs.String("market", "", "buyer's market, ISO 3166-1 alpha-2 (default: the policy's first market); its statute applies beside the policy"),
		region: c.fs.String("region", "", "region of the buyer's market whose holidays count, ISO 3166-2 (default: the policy's for that market)"),
	}
}

// startBuyerMarket parses args, compiles --policy, picks the buyer's market and
// fixes the language from it: the opening of withdrawal, quote and
// warranty.
func (c *cmd) startBuyerMarket(args []string, mf buyerMarketFlags) (policy.MarketEngine, int, bool) {
	if st, ok := c.parse(args); !ok {
		return policy.MarketEngine{}, st, false
	}
	if err := c.usePolicy("policy", *c.pol); err != nil {
		return policy.MarketEngine{}, c.fail(err), false
	}
	me, err := c.eng.Market(*mf.market)
	if err != nil {
		return policy.MarketEngine{}, c.fail(badf("--market: %v", fieldMsg(err))), false
	}
	if *mf.region != "" {
		p, _ := preset.Load(*c.pol)
		if me, err = me.InRegion(p, *mf.region); err != nil {
			return policy.MarketEngine{}, c.fail(badf("--region: %v", fieldMsg(err))), false
		}
	}
	if err := c.setMarketLang(me.Market().Code, me.Language()); err != nil {
		return policy.MarketEngine{}, c.fail(err), false
	}
	return me, 0, true
}

// fieldMsg is a field error's message without its path.
func fieldMsg(err error) string {
	var fe *field.Error
	if errors.As(err, &fe) && fe.Err != nil {
		return fe.Err.Error()
	}
	return err.Error()
}

// addSellerFlags declares --seller-market and --seller-region: the
// seller's calendar, for policies that count reply deadlines on it.
func (c *cmd) addSellerFlags() buyerMarketFlags {
	return buyerMarketFlags{
		market: c.fs.String("seller-market", "", "seller's market, ISO 3166-1 alpha-2: its holidays count when the policy's reply_calendar is seller"),
		region: c.fs.String("seller-region", "", "region of the seller's market, ISO 3166-2"),
	}
}
