// Package preset holds the built-in policies, one file per platform: each
// file states all of its platform's sections and the charter clauses it
// cites, once. Every preset starts from the French statute (package law/fr)
// and adds the platform's clauses; every section is spelled out, because a
// zero section in a policy means "no rule", never an implicit statute.
//
// Get returns a fresh value each call: changing it never changes a later
// call. Load reads a preset name or a policy JSON file.
package preset

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/aftersales/aftersales/law"
	"github.com/aftersales/aftersales/policy"
)

// ErrUnknown is returned (wrapped) by Get and Load for a name that is no
// preset.
var ErrUnknown = errors.New("unknown policy preset")

// MaxFileSize is the largest policy file Load reads, in bytes (1 MiB; the
// largest preset encodes to about 12 KiB). A larger file is an error.
const MaxFileSize = 1 << 20

// Names returns the names of the built-in policies, sorted.
func Names() []string { return []string{"agafort", "french-law", "opisto", "swapiphone"} }

// Get returns a fresh copy of the built-in policy called name (one of
// Names, or "law:CC" for the statute of market CC, see Law), or an error
// wrapping ErrUnknown that lists the known names.
func Get(name string) (policy.Policy, error) {
	switch name {
	case "agafort":
		return Agafort(), nil
	case "french-law":
		return FrenchLaw(), nil
	case "opisto":
		return Opisto(), nil
	case "swapiphone":
		return Swapiphone(), nil
	}
	if cc, ok := strings.CutPrefix(name, "law:"); ok {
		if p, err := Law(cc); err == nil {
			return p, nil
		}
	}
	return policy.Policy{}, fmt.Errorf("%w %q (known: %s, and law:CC for a market's statute, CC one of %s)", ErrUnknown, name, strings.Join(Names(), ", "), strings.Join(law.Markets(), " "))
}

// LawNames returns the names of the statutory presets, "law:AT" to
// "law:SK", sorted: one per market law.For knows.
func LawNames() []string {
	ms := law.Markets()
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = "law:" + m
	}
	return out
}

// Law returns the statutory preset of market cc ("ES"), named "law:ES":
// that market's statute and nothing more, serving that market only. An
// unknown market is an error wrapping ErrUnknown.
func Law(cc string) (policy.Policy, error) {
	st, err := law.For(cc)
	if err != nil {
		return policy.Policy{}, fmt.Errorf("%w %q: %v", ErrUnknown, "law:"+cc, err)
	}
	return policy.Policy{
		Schema:   policy.SchemaVersion,
		Name:     "law:" + cc,
		Platform: "Consumer law of " + st.Name,
		Sources:  st.Sources,
		Calendar: st.Calendar,
		Markets:  []policy.Market{{Code: cc}},
		SLA:      st.SLA,
		Refund:   st.Refund,
		Warranty: st.Warranty,
		Dispute:  st.Dispute,
		Conduct:  st.Conduct,
	}, nil
}

// Is reports whether name is a preset.
func Is(name string) bool {
	_, err := Get(name)
	return err == nil
}

// Load returns the preset called nameOrFile or, when no preset has that
// name, the policy decoded strictly (policy.Decode, schema 1 or 2) from the
// file at that path. A file larger than MaxFileSize is refused. A name that
// is neither a preset nor an existing file, and looks like no path (no
// '.', '/' or '\'), is an error wrapping ErrUnknown; decoding errors are
// *field.Error values prefixed with the file name.
func Load(nameOrFile string) (policy.Policy, error) {
	if Is(nameOrFile) {
		return Get(nameOrFile)
	}
	f, err := os.Open(nameOrFile)
	if err != nil {
		if errors.Is(err, os.ErrNotExist) && !strings.ContainsAny(nameOrFile, "./\\") {
			return policy.Policy{}, fmt.Errorf("%w %q (known: %s; or a policy file path)", ErrUnknown, nameOrFile, strings.Join(Names(), ", "))
		}
		return policy.Policy{}, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return policy.Policy{}, err
	}
	if len(data) > MaxFileSize {
		return policy.Policy{}, fmt.Errorf("%s: larger than %d bytes", nameOrFile, MaxFileSize)
	}
	p, err := policy.Decode(data)
	if err != nil {
		return policy.Policy{}, fmt.Errorf("%s: %w", nameOrFile, err)
	}
	return p, nil
}

// ClauseReferenceFormat is cited by presets whose platform text sets no
// dispute reference format: the reference is this library's (a prefix,
// digits and an ISO 7064 MOD 97-10 check).
const ClauseReferenceFormat = "aftersales reference format (ISO 7064 MOD 97-10)"

// markets lists markets by code, each with its statute's defaults (region,
// language and currency left empty).
func markets(codes ...string) []policy.Market {
	out := make([]policy.Market, len(codes))
	for i, c := range codes {
		out[i] = policy.Market{Code: c}
	}
	return out
}
