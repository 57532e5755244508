// Package history holds a platform's policy history: the ordered versions
// of its policy, each with the instant it was notified to the sellers and
// the instant it took effect. It checks every change's notice against the
// law (P2B art. 3(2), with the platform's own promise: package platform's
// NoticeRules), names the clauses each change alters (policy.Diff), and
// answers "which version was in force at this instant" (At) with the
// compiled engine, whose Version is a content hash, so that any decision
// can be asked as of an instant and name the version it used. Run replays
// a recorded case (package policy/replay) under the version in force at
// the case's own instant.
//
// A History is immutable once built and safe for concurrent use; the zero
// History has no version. Instants are compared as instants; day
// boundaries of notice periods are read in the calendar of the version
// that takes effect, so daylight-saving time is that calendar's.
package history

import (
	"embed"
	"io/fs"

	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/field"
	"github.com/aftersales/aftersales/platform"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/replay"
)

// Version is one version of the policy as given: its policy and its
// instants. The zero Version is invalid.
type Version struct {
	// ID names the version ("2026-03"); required, unique.
	ID string
	// Policy is the policy of this version.
	Policy policy.Policy
	// NotifiedAt is when the version was notified to the sellers;
	// required for every version but the first.
	NotifiedAt time.Time
	// EffectiveAt is when it took effect. Required, not before
	// NotifiedAt, after the previous version's.
	EffectiveAt time.Time
	// Until is when it stopped being in force, when that is not simply
	// the next version's EffectiveAt (a withdrawal); zero otherwise. It
	// must not be after the next version's EffectiveAt (versions must not
	// overlap).
	Until time.Time
	// DurableMedium, Adaptation and Exception describe the notice, as in
	// platform.Change.
	DurableMedium bool
	Adaptation    bool
	Exception     platform.ChangeException
}

// InForce is a version with its compiled engine: what At returns. The
// zero InForce is none.
type InForce struct {
	ID          string        `json:"id"`
	Name        string        `json:"name"`
	Version     string        `json:"version"`
	NotifiedAt  time.Time     `json:"notified_at,omitzero"`
	EffectiveAt time.Time     `json:"effective_at"`
	Until       time.Time     `json:"until,omitzero"`
	Engine      policy.Engine `json:"-"`
}

// History is a validated, compiled policy history.
type History struct {
	runners  []*replay.Runner
	notice   platform.NoticeRules
	versions []InForce
	given    []Version
}

// ErrNoVersion is the cause of At for an instant at which no version is
// in force (before the first, or in a gap after a withdrawal).
var ErrNoVersion = errors.New("no policy version in force")

// MaxVersions bounds a history.
const MaxVersions = 1000

// New validates the versions (in order of taking effect) and compiles
// each policy once. Errors are *field.Error values naming the field
// ("versions[2].effective_at: … is before notified_at …",
// "versions[1].effective_at: … not after versions[0]: versions overlap").
func New(notice platform.NoticeRules, versions []Version) (History, error) {
	if err := notice.Validate(); err != nil {
		return History{}, field.At("notice", err)
	}
	if len(versions) == 0 {
		return History{}, field.Errorf("versions", "none")
	}
	if len(versions) > MaxVersions {
		return History{}, field.Errorf("versions", "more than %d", MaxVersions)
	}
	h := History{notice: notice, given: make([]Version, len(versions))}
	ids := map[string]int{}
	for i, v := range versions {
		p := field.Index("versions", i)
		switch {
		case strings.TrimSpace(v.ID) == "":
			return History{}, field.Errorf(p+".id", "missing")
		case v.EffectiveAt.IsZero():
			return History{}, field.Errorf(p+".effective_at", "missing")
		case v.NotifiedAt.IsZero() && i > 0:
			return History{}, field.Errorf(p+".notified_at", "missing (every change must be notified)")
		case !v.NotifiedAt.IsZero() && v.EffectiveAt.Before(v.NotifiedAt):
			return History{}, field.Errorf(p+".effective_at", "%s is before notified_at %s: a version cannot take effect before it is notified", rfc(v.EffectiveAt), rfc(v.NotifiedAt))
		case !v.Until.IsZero() && !v.Until.After(v.EffectiveAt):
			return History{}, field.Errorf(p+".until", "%s is not after effective_at %s", rfc(v.Until), rfc(v.EffectiveAt))
		}
		if j, dup := ids[v.ID]; dup {
			return History{}, field.Errorf(p+".id", "%q repeats versions[%d]", v.ID, j)
		}
		ids[v.ID] = i
		if i > 0 {
			prev := versions[i-1]
			if !v.EffectiveAt.After(prev.EffectiveAt) {
				return History{}, field.Errorf(p+".effective_at", "%s is not after versions[%d].effective_at %s: versions overlap or are out of order", rfc(v.EffectiveAt), i-1, rfc(prev.EffectiveAt))
			}
			if !prev.Until.IsZero() && prev.Until.After(v.EffectiveAt) {
				return History{}, field.Errorf(field.Index("versions", i-1)+".until", "%s is after versions[%d].effective_at %s: versions overlap", rfc(prev.Until), i, rfc(v.EffectiveAt))
			}
		}
		eng, err := policy.Compile(v.Policy)
		if err != nil {
			return History{}, field.At(p+".policy", err)
		}
		run, err := replay.NewEngineRunner(eng, true)
		if err != nil {
			return History{}, field.At(p+".policy", err)
		}
		h.runners = append(h.runners, run)
		if i > 0 {
			c := change(v)
			if err := c.Validate(); err != nil {
				return History{}, field.At(p, err)
			}
		}
		loc := eng.Calendar().Location()
		h.versions = append(h.versions, InForce{ID: v.ID, Name: eng.Name(), Version: eng.Version(), NotifiedAt: inLoc(v.NotifiedAt, loc), EffectiveAt: v.EffectiveAt.In(loc), Until: inLoc(v.Until, loc), Engine: eng})
		h.given[i] = v
		h.given[i].Policy = eng.Policy()
	}
	return h, nil
}

func inLoc(t time.Time, loc *time.Location) time.Time {
	if t.IsZero() {
		return t
	}
	return t.In(loc)
}

func rfc(t time.Time) string { return t.Format(time.RFC3339) }

// p2bFrom is the day Regulation (EU) 2019/1150 applied (art. 19).
func p2bFrom() calendar.Date { return calendar.MustDate(2020, time.July, 12) }

func change(v Version) platform.Change {
	return platform.Change{ID: v.ID, NotifiedAt: v.NotifiedAt, EffectiveAt: v.EffectiveAt, DurableMedium: v.DurableMedium, Adaptation: v.Adaptation, Exception: v.Exception}
}

// Len returns the number of versions.
func (h History) Len() int { return len(h.versions) }

// Versions returns the versions in force one after the other (a copy).
func (h History) Versions() []InForce { return append([]InForce(nil), h.versions...) }

// Notice returns the notice rules the history is checked against.
func (h History) Notice() platform.NoticeRules { return h.notice }

// At returns the version in force at instant t: the last one whose
// EffectiveAt is not after t, unless its Until is not after t. An instant
// before the first version or in a gap is ErrNoVersion.
func (h History) At(t time.Time) (InForce, error) {
	v, _, err := h.at(t)
	return v, err
}

func (h History) at(t time.Time) (InForce, int, error) {
	if t.IsZero() {
		return InForce{}, -1, field.Errorf("at", "missing")
	}
	i := sort.Search(len(h.versions), func(i int) bool { return h.versions[i].EffectiveAt.After(t) }) - 1
	if i < 0 {
		if len(h.versions) == 0 {
			return InForce{}, -1, fmt.Errorf("%s: %w (empty history)", rfc(t), ErrNoVersion)
		}
		return InForce{}, -1, fmt.Errorf("%s: %w (the first takes effect %s)", rfc(t), ErrNoVersion, rfc(h.versions[0].EffectiveAt))
	}
	v := h.versions[i]
	if !v.Until.IsZero() && !t.Before(v.Until) {
		return InForce{}, -1, fmt.Errorf("%s: %w (version %s ended %s)", rfc(t), ErrNoVersion, v.ID, rfc(v.Until))
	}
	return v, i, nil
}

// ChangeCheck is the check of one change: from one version to the next.
type ChangeCheck struct {
	// From and To are the versions' IDs; FromVersion and ToVersion their
	// content hashes.
	From        string `json:"from"`
	To          string `json:"to"`
	FromVersion string `json:"from_version"`
	ToVersion   string `json:"to_version"`
	// Clauses lists the clauses the change alters (policy.Diff).
	Clauses []policy.Change `json:"clauses"`
	// Notice is the notice check (package platform); nil for a change
	// that took effect before the P2B Regulation applied (12 July 2020).
	Notice *platform.NoticeCheck `json:"notice"`
}

// Report is the check of a whole history.
type Report struct {
	// Versions lists the versions in order.
	Versions []InForce `json:"versions"`
	// Changes has one check per change (len(Versions)-1).
	Changes []ChangeCheck `json:"changes"`
	// Lawful is true when no change is void or too early.
	Lawful bool `json:"lawful"`
	// Basis explains the report.
	Basis explain.Basis `json:"basis"`
}

// Check checks the notice of every change and names the clauses it
// alters.
func (h History) Check() (Report, error) {
	r := Report{Versions: h.Versions(), Changes: []ChangeCheck{}, Lawful: true}
	if r.Versions == nil {
		r.Versions = []InForce{}
	}
	var steps []explain.Step
	for i := 1; i < len(h.versions); i++ {
		prev, cur := h.versions[i-1], h.versions[i]
		clauses := policy.Diff(h.given[i-1].Policy, h.given[i].Policy)
		if clauses == nil {
			clauses = []policy.Change{}
		}
		cal := cur.Engine.Calendar()
		if cal.DateOf(cur.EffectiveAt).Before(p2bFrom()) {
			r.Changes = append(r.Changes, ChangeCheck{From: prev.ID, To: cur.ID, FromVersion: prev.Version, ToVersion: cur.Version, Clauses: clauses})
			steps = append(steps, explain.Step{Rule: "history.before-p2b", Basis: "P2B art. 19", Facts: []explain.Fact{explain.F("to", cur.ID)}, Text: textBeforeP2B, Args: []any{prev.ID, cur.ID, len(clauses)}})
			continue
		}
		nc, err := platform.CheckNotice(cal, h.notice, change(h.given[i]))
		if err != nil {
			return Report{}, field.At(field.Index("versions", i), err)
		}
		r.Changes = append(r.Changes, ChangeCheck{From: prev.ID, To: cur.ID, FromVersion: prev.Version, ToVersion: cur.Version, Clauses: clauses, Notice: &nc})
		if nc.TooEarly {
			r.Lawful = false
		}
		steps = append(steps, explain.Step{
			Rule:  "history.change",
			Basis: "P2B art. 3(2)",
			Facts: []explain.Fact{explain.F("from", prev.ID), explain.F("to", cur.ID), explain.F("clauses", len(clauses))},
			Text:  textChange,
			Args:  []any{prev.ID, cur.ID, len(clauses), explain.At(nc.Earliest)},
		})
		steps = append(steps, nc.Basis.Steps...)
	}
	if len(h.versions) == 1 {
		steps = append(steps, explain.Step{Rule: "history.single", Text: textSingle})
	}
	r.Basis = explain.Of(steps...)
	return r, nil
}

// Step texts.
const (
	textChange    = "Change from %s to %s alters %d clauses; it may take effect from %s."
	textSingle    = "One version only: no change to check."
	textBeforeP2B = "Change from %s to %s alters %d clauses; it took effect before the P2B Regulation applied (12 July 2020): no notice to check."
	textAsOf      = "Decided under policy version %s (%s), in force at %s."
)

// Translations returns the translations of every step text and phrase the
// package emits, in every supported language, from the catalogs kept as
// data in texts/ (one JSON object per language, keyed by the English
// text). It returns a fresh map each call.
func Translations() explain.Translations {
	return explain.MustLoadTranslations(Texts())
}

// Texts returns the catalogs of Translations as data: one file LANG.json
// per language (explain.LoadCatalog reads only the languages it is asked
// for).
func Texts() fs.FS {
	sub, _ := fs.Sub(texts, "texts")
	return sub
}

//go:embed texts/*.json
var texts embed.FS

// AsOfStep is the basis step naming the version a decision used.
func AsOfStep(v InForce, t time.Time) explain.Step {
	return explain.Step{Rule: "history.as-of", Facts: []explain.Fact{explain.F("version", v.Version), explain.F("at", rfc(t))}, Text: textAsOf, Args: []any{v.ID, v.Version, explain.At(t)}}
}
