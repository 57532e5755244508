package sla

import (
	"github.com/aftersales/aftersales/calendar"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/internal/strictjson"
)

// AbsenceCheck is the verdict on a seller's absence announcement.
type AbsenceCheck struct {
	// Notified is the day the absence was announced; From and To its
	// first and last days.
	Notified calendar.Date `json:"notified"`
	From     calendar.Date `json:"from"`
	To       calendar.Date `json:"to"`
	// WorkingDays is the number of working days of the policy calendar
	// from From to To, both included (public holidays and weekends do not
	// count; earlier closures do not matter).
	WorkingDays int `json:"working_days"`
	// NoticeDays is the number of calendar days from the announcement to
	// the first day of the absence (From − Notified); negative when the
	// announcement came after the absence started.
	NoticeDays int `json:"notice_days"`
	// NoticeRequired is true when the rules have an absence rule and the
	// absence is longer than it allows without notice.
	NoticeRequired bool `json:"notice_required"`
	// RequiredNoticeDays is the rule's notice (0 when none is required).
	RequiredNoticeDays int `json:"required_notice_days"`
	// Compliant is true when no notice is required or NoticeDays is at
	// least RequiredNoticeDays.
	Compliant bool `json:"compliant"`
	// Basis explains the verdict.
	Basis explain.Basis `json:"basis"`
}

// Step texts of absence checks (catalog keys).
const (
	textAbsenceNoRule   = "These rules set no notice for seller absences."
	textAbsenceRule     = "An absence of more than %d working days must be announced at least %d days before it starts."
	textAbsenceShort    = "The absence from %s to %s covers %d working days: no notice is needed."
	textAbsenceOK       = "The absence from %s to %s covers %d working days and was announced %d days ahead: compliant."
	textAbsenceTooLate  = "The absence from %s to %s covers %d working days and was announced %d days ahead, %d required: not compliant."
	textAbsenceCounting = "Working days are counted on the policy calendar: weekends and public holidays do not count."
)

// Absence checks an absence from from to to (both included) announced on
// notified against the rules' absence-notice rule. Without a rule every
// absence is compliant.
func (e Engine) Absence(notified, from, to calendar.Date) (AbsenceCheck, error) {
	if e.p == nil {
		return AbsenceCheck{}, ErrNoEngine
	}
	switch {
	case notified.IsZero():
		return AbsenceCheck{}, strictjson.Errorf("notified", "missing")
	case from.IsZero():
		return AbsenceCheck{}, strictjson.Errorf("from", "missing")
	case to.IsZero():
		return AbsenceCheck{}, strictjson.Errorf("to", "missing")
	case to.Before(from):
		return AbsenceCheck{}, strictjson.Errorf("to", "%s is before from %s", to, from)
	}
	wd, err := e.p.base.WorkingDays(from, to)
	if err != nil {
		return AbsenceCheck{}, err
	}
	a := AbsenceCheck{Notified: notified, From: from, To: to, WorkingDays: wd, NoticeDays: from.Sub(notified), Compliant: true}
	r := e.p.rules.Absence
	facts := []explain.Fact{explain.F("notified", notified), explain.F("from", from), explain.F("to", to),
		explain.F("working_days", wd), explain.F("notice_days", a.NoticeDays)}
	if r == nil {
		a.Basis = explain.Of(explain.Step{Rule: "sla.absence", Basis: e.p.rules.Source, Text: textAbsenceNoRule, Facts: facts})
		return a, nil
	}
	src := r.Basis
	if src == "" {
		src = e.p.rules.Source
	}
	steps := []explain.Step{
		{Rule: "sla.absence.rule", Basis: src, Text: textAbsenceRule, Args: []any{r.MoreThanWorkingDays, r.NoticeDays}},
		{Rule: "sla.absence.count", Basis: src, Text: textAbsenceCounting},
	}
	last := explain.Step{Rule: "sla.absence", Basis: src, Facts: facts}
	if wd > r.MoreThanWorkingDays {
		a.NoticeRequired, a.RequiredNoticeDays = true, r.NoticeDays
		a.Compliant = a.NoticeDays >= r.NoticeDays
	}
	switch {
	case !a.NoticeRequired:
		last.Text, last.Args = textAbsenceShort, []any{from, to, wd}
	case a.Compliant:
		last.Text, last.Args = textAbsenceOK, []any{from, to, wd, a.NoticeDays}
	default:
		last.Text, last.Args = textAbsenceTooLate, []any{from, to, wd, a.NoticeDays, r.NoticeDays}
	}
	a.Basis = explain.Of(append(steps, last)...)
	return a, nil
}
