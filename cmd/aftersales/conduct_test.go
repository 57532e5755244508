package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aftersales/aftersales/conduct"
	"github.com/aftersales/aftersales/explain"
	"github.com/aftersales/aftersales/policy"
	"github.com/aftersales/aftersales/policy/preset"
	"github.com/google/go-cmp/cmp"
)

// runStdin runs the command in-process with stdin as its standard input.
func runStdin(t *testing.T, stdin io.Reader, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, stdin, &out, &errb)
	return code, out.String(), errb.String()
}

// screenJSON is the JSON output of screen.
type screenJSON struct {
	Policy        string `json:"policy"`
	PolicyVersion string `json:"policy_version"`
	Lang          string `json:"lang"`
	Bytes         int    `json:"bytes"`
	Empty         bool   `json:"empty"`
	Clean         bool   `json:"clean"`
	Findings      []struct {
		Kind  string   `json:"kind"`
		Start int      `json:"start"`
		End   int      `json:"end"`
		Text  string   `json:"text"`
		Rule  string   `json:"rule"`
		Basis srcBasis `json:"basis"`
	} `json:"findings"`
	Masked  string        `json:"masked"`
	Explain []string      `json:"explain"`
	Basis   explain.Basis `json:"basis"`
}

// srcBasis decodes a basis object as the clauses it cites, joined by "; ".
type srcBasis string

func (s *srcBasis) UnmarshalJSON(b []byte) error {
	var x explain.Basis
	if err := json.Unmarshal(b, &x); err != nil {
		return err
	}
	*s = srcBasis(strings.Join(x.Sources(), "; "))
	return nil
}

// screen runs screen --json on msg and decodes the one JSON object.
func screen(t *testing.T, msg string, args ...string) screenJSON {
	t.Helper()
	args = append([]string{"screen", "--json"}, args...)
	code, out, errs := runStdin(t, strings.NewReader(msg), args...)
	if code != 0 {
		t.Fatalf("%v: exit %d, stderr %q", args, code, errs)
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	var got screenJSON
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("%v: output is not the expected JSON object: %v\n%s", args, err, out)
	}
	if dec.More() {
		t.Fatalf("%v: more than one JSON value:\n%s", args, out)
	}
	return got
}

func TestScreenCommand(t *testing.T) {
	type finding struct{ Kind, Text, Basis string }
	const (
		swapCC = preset.ClauseSwapiphoneCommunication
		swapH  = preset.ClauseSwapiphoneHelpdesk
		opisto = preset.ClauseOpistoCustomerRelations
	)
	tests := []struct {
		name, policy, msg string
		want              []finding
		masked            string
	}{
		{"swapiphone: WhatsApp invitation and French mobile", "swapiphone",
			"Pour aller plus vite, écrivez-moi sur WhatsApp au 06.12.34.56.78",
			[]finding{{"social", "WhatsApp", swapCC}, {"phone", "06.12.34.56.78", swapH}},
			"Pour aller plus vite, écrivez-moi sur [social] au [phone]"},
		{"swapiphone: phone and e-mail", "swapiphone", "Appelez-moi au 06 12 34 56 78 ou jean.dupont@gmail.com",
			[]finding{{"phone", "06 12 34 56 78", swapH}, {"email", "jean.dupont@gmail.com", swapCC}},
			"Appelez-moi au [phone] ou [email]"},
		{"swapiphone: marketing is forbidden", "swapiphone", "Profitez du code promo ETE26 sur notre boutique",
			[]finding{{"marketing", "code promo ETE26", swapH}}, ""},
		{"opisto: wa.me link", "opisto", "Contact rapide : https://wa.me/33612345678",
			[]finding{{"social", "https://wa.me/33612345678", opisto}}, "Contact rapide : [social]"},
		{"opisto: disguised e-mail", "opisto", "écrivez à jean.dupont arobase free point fr merci",
			[]finding{{"email", "jean.dupont arobase free point fr", opisto}}, "écrivez à [email] merci"},
		{"opisto: international phone", "opisto", "Call me on +33 6 12 34 56 78 please",
			[]finding{{"phone", "+33 6 12 34 56 78", opisto}}, "Call me on [phone] please"},
		{"opisto: Polish number with 00", "opisto", "Proszę dzwonić 0048 600 700 800",
			[]finding{{"phone", "0048 600 700 800", opisto}}, "Proszę dzwonić [phone]"},
		{"opisto: marketing is not an Opisto rule", "opisto", "Profitez du code promo ETE26", nil, "Profitez du code promo ETE26"},
		{"order number, price, date and tracking are not phones", "swapiphone",
			"Votre commande n° 2026-112233 de 1 234,50 € est partie le 12/03/2026, suivi 6A12345678901.",
			nil, "Votre commande n° 2026-112233 de 1 234,50 € est partie le 12/03/2026, suivi 6A12345678901."},
		{"french-law forbids nothing", "french-law", "Appelez-moi au 06 12 34 56 78", nil, "Appelez-moi au 06 12 34 56 78"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := screen(t, tt.msg, "--policy", tt.policy)
			var fds []finding
			for _, f := range got.Findings {
				fds = append(fds, finding{f.Kind, f.Text, string(f.Basis)})
				if tt.msg[f.Start:f.End] != f.Text {
					t.Errorf("finding %s: bytes %d-%d are %q, text %q", f.Kind, f.Start, f.End, tt.msg[f.Start:f.End], f.Text)
				}
				if f.Rule != "conduct.contact."+f.Kind {
					t.Errorf("finding %s: rule %q", f.Kind, f.Rule)
				}
			}
			if diff := cmp.Diff(tt.want, fds); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if tt.masked != "" && got.Masked != tt.masked {
				t.Errorf("masked = %q, want %q", got.Masked, tt.masked)
			}
			if got.Clean != (len(tt.want) == 0) || got.Empty || got.Bytes != len(tt.msg) || got.Policy != tt.policy {
				t.Errorf("clean %v empty %v bytes %d policy %q", got.Clean, got.Empty, got.Bytes, got.Policy)
			}
			if len(got.Explain) == 0 || len(got.Basis.Steps) == 0 {
				t.Errorf("no explanation: %v %v", got.Explain, got.Basis)
			}
			if len(tt.want) > 0 && len(got.Explain) != len(tt.want) {
				t.Errorf("%d explanation lines for %d findings", len(got.Explain), len(tt.want))
			}
		})
	}
}

func TestScreenLanguages(t *testing.T) {
	msg := "Ajoutez-moi sur WhatsApp"
	tests := []struct{ lang, want string }{
		{"", "le texte renvoie vers une messagerie ou un réseau social (WhatsApp)"},
		{"fr", "le texte renvoie vers une messagerie ou un réseau social (WhatsApp)"},
		{"en", "the text points to a messaging app or social network (WhatsApp)"},
		{"pl", "tekst odsyła do komunikatora lub serwisu społecznościowego (WhatsApp)"},
	}
	for _, tt := range tests {
		t.Run("lang="+tt.lang, func(t *testing.T) {
			args := []string{"--policy", "swapiphone"}
			if tt.lang != "" {
				args = append(args, "--lang", tt.lang)
			}
			got := screen(t, msg, args...)
			if len(got.Explain) != 1 || !strings.HasPrefix(got.Explain[0], tt.want) {
				t.Errorf("explain = %q, want a line starting %q", got.Explain, tt.want)
			}
		})
	}
}

func TestScreenEmpty(t *testing.T) {
	for _, msg := range []string{"", "  \n\t "} {
		got := screen(t, msg, "--policy", "opisto")
		if !got.Empty || !got.Clean || len(got.Findings) != 0 || got.Masked != msg || len(got.Explain) == 0 {
			t.Errorf("%q: %+v", msg, got)
		}
	}
	code, out, errs := runStdin(t, strings.NewReader(""), "screen", "--policy", "opisto", "--lang", "en")
	if code != 0 || !strings.Contains(out, "empty message") || errs != "" {
		t.Errorf("text mode: exit %d, %q, %q", code, out, errs)
	}
	// A nil standard input reads as an empty message.
	code, out, _ = runStdin(t, nil, "screen", "--policy", "opisto", "--lang", "en")
	if code != 0 || !strings.Contains(out, "empty message") {
		t.Errorf("nil stdin: exit %d, %q", code, out)
	}
}

func TestScreenText(t *testing.T) {
	code, out, errs := runStdin(t, strings.NewReader("Appelez-moi au 06 12 34 56 78"), "screen", "--policy", "swapiphone")
	if code != 0 || errs != "" {
		t.Fatalf("exit %d, %q", code, errs)
	}
	for _, want := range []string{"1 constat(s) selon swapiphone", `téléphone octets 15-29 "06 12 34 56 78"`,
		"le texte donne un numéro de téléphone", "masqué :\nAppelez-moi au [phone]\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = runStdin(t, strings.NewReader("Commande 2026-112233 expédiée."), "screen", "--policy", "swapiphone", "--lang", "en")
	if code != 0 || !strings.HasPrefix(out, "clean under swapiphone\n") || !strings.Contains(out, "masked:\nCommande 2026-112233 expédiée.\n") {
		t.Errorf("clean message: exit %d\n%s", code, out)
	}
}

// endless is an infinite stream of 'a': screen must stop reading after the
// cap.
type endless struct{ read int }

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	r.read += len(p)
	return len(p), nil
}

func TestScreenBadInput(t *testing.T) {
	tests := []struct {
		name  string
		stdin io.Reader
		args  []string
		want  string
	}{
		{"invalid UTF-8", strings.NewReader("Bonjour \xff\xfe"), []string{"screen", "--policy", "opisto"}, "stdin: the message is not valid UTF-8 (first bad byte at offset 8)"},
		{"truncated UTF-8", strings.NewReader("caf\xc3"), []string{"screen", "--policy", "opisto", "--json"}, "not valid UTF-8 (first bad byte at offset 3)"},
		{"one byte over the cap", strings.NewReader(strings.Repeat("a", conduct.MaxMessageBytes+1)), []string{"screen", "--policy", "opisto"}, "message larger than the limit of 64 KiB (65536 bytes)"},
		{"endless input", &endless{}, []string{"screen", "--policy", "opisto", "--json"}, "64 KiB (65536 bytes)"},
		{"unknown policy", strings.NewReader("hi"), []string{"screen", "--policy", "nope"}, "--policy"},
		{"missing policy", strings.NewReader("hi"), []string{"screen"}, "--policy: required"},
		{"unsupported language", strings.NewReader("hi"), []string{"screen", "--policy", "opisto", "--lang", "zh"}, `--lang: language "zh" is not supported; supported: bg, cs, da, de, el, en, es, et, fi, fr, hr, hu, is, it, lt, lv, mt, nb, nl, pl, pt, ro, sk, sl, sv`},
		{"stray argument", strings.NewReader("hi"), []string{"screen", "--policy", "opisto", "message.txt"}, `unexpected argument "message.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errs := runStdin(t, tt.stdin, tt.args...)
			if code != 2 || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q: want 2, nothing on stdout and one line with %q", code, out, errs, tt.want)
			}
		})
	}
	r := &endless{}
	runStdin(t, r, "screen", "--policy", "opisto")
	if r.read > 2*conduct.MaxMessageBytes {
		t.Errorf("read %d bytes of an endless input; the cap is %d", r.read, conduct.MaxMessageBytes)
	}
	// Exactly at the cap is accepted.
	got := screen(t, strings.Repeat("a", conduct.MaxMessageBytes), "--policy", "opisto")
	if !got.Clean || got.Bytes != conduct.MaxMessageBytes {
		t.Errorf("message at the cap: clean %v bytes %d", got.Clean, got.Bytes)
	}
}

func TestScreenPolicyFile(t *testing.T) {
	// A custom policy forbidding only phones: e-mails pass.
	p := preset.FrenchLaw()
	p.Name = "phones-only"
	p.Conduct = conduct.Rules{Contact: []conduct.ContactRule{{Kind: conduct.Phone, Clause: "house rule 1"}}}
	data, err := policy.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	got := screen(t, "jean@gmail.com ou 06 12 34 56 78", "--policy", path)
	if len(got.Findings) != 1 || got.Findings[0].Kind != "phone" || got.Findings[0].Basis != "house rule 1" || got.Policy != "phones-only" {
		t.Errorf("findings %+v", got.Findings)
	}
	// A conduct section that does not validate is refused, naming the field.
	p.Conduct.Contact = append(p.Conduct.Contact, conduct.ContactRule{Kind: "fax", Clause: "x"})
	data, err = policy.Encode(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	code, _, errs := runStdin(t, strings.NewReader("hi"), "screen", "--policy", path)
	if code != 2 || !strings.Contains(errs, "conduct.contact[1]") {
		t.Errorf("invalid conduct section: exit %d %q", code, errs)
	}
}

// writeListing writes body to a temporary listing file.
func writeListing(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "listing.json")
	if err := os.WriteFile(p, []byte(body), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestListingCommand(t *testing.T) {
	type finding struct{ Field, Clause string }
	tests := []struct {
		name, policy, body string
		ok, rules          bool
		want               []finding
	}{
		{"opisto: missing condition, warranty, damage, photos, delivery", "opisto",
			`{"title":"Alternateur Clio III","description":"Bon état","photos":0,"stock":1,"stock_held":true}`, false, true,
			[]finding{
				{"condition", preset.ClauseOpistoDescription},
				{"warranty_months", preset.ClauseOpistoDescription},
				{"damage", preset.ClauseOpistoDescription},
				{"photos", preset.ClauseOpistoPhotos},
				{"delivery_days", preset.ClauseOpistoDelivery},
			}},
		{"opisto: stock not held, slow delivery, phone in the description", "opisto",
			`{"title":"Boîte de vitesses","description":"Appelez le 06 12 34 56 78","condition":"used","warranty_months":0,
			  "damage":"none","photos":3,"stock":2,"stock_held":false,"delivery_days":{"FR":5,"DE":30}}`, false, true,
			[]finding{
				{"description", preset.ClauseOpistoCustomerRelations},
				{"stock_held", preset.ClauseOpistoAvailability},
				{"delivery_days.DE", preset.ClauseOpistoDelivery},
			}},
		{"opisto: complete listing", "opisto",
			`{"title":"Boîte de vitesses","description":"Réf. 7701700575, testée","condition":"used","warranty_text":"3 mois",
			  "damage":"none","photos":4,"stock":1,"stock_held":true,"delivery_days":{"FR":3}}`, true, true, nil},
		{"swapiphone has no listing rules", "swapiphone", `{"title":"iPhone 12"}`, true, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := runJSON(t, "listing", "--policy", tt.policy, "--listing", writeListing(t, tt.body), "--json")
			if m["ok"] != tt.ok || m["listing_rules"] != tt.rules || m["policy"] != tt.policy {
				t.Errorf("ok %v listing_rules %v policy %v", m["ok"], m["listing_rules"], m["policy"])
			}
			var got []finding
			findings, _ := m["findings"].([]any) // null when none (conduct.ListingResult)
			for _, f := range findings {
				fm := f.(map[string]any)
				var b srcBasis
				raw, _ := json.Marshal(fm["basis"])
				if err := b.UnmarshalJSON(raw); err != nil {
					t.Fatal(err)
				}
				got = append(got, finding{fm["field"].(string), string(b)})
				if fm["problem"] == "" {
					t.Errorf("finding %v has no problem", fm)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("findings (-want +got):\n%s", diff)
			}
			if len(m["explain"].([]any)) == 0 || m["basis"] == nil {
				t.Error("no explanation")
			}
		})
	}
}

func TestListingText(t *testing.T) {
	path := writeListing(t, `{"title":"Alternateur","photos":0,"stock":1,"stock_held":true,"condition":"used","warranty_months":3,"damage":"none","delivery_days":{"FR":2}}`)
	code, out, errs := runCmd(t, "listing", "--policy", "opisto", "--listing", path)
	want := "1 problème(s) selon opisto :\n  photos: 0 photo(s), au moins 1 exigée(s) (" + preset.ClauseOpistoPhotos + ")\n"
	if code != 0 || out != want {
		t.Errorf("exit %d %q\n got %q\nwant %q", code, errs, out, want)
	}
	code, out, _ = runCmd(t, "listing", "--policy", "opisto", "--listing", path, "--lang", "en")
	if code != 0 || !strings.Contains(out, "photos: 0 photo(s), at least 1 required") {
		t.Errorf("english: exit %d %q", code, out)
	}
	code, out, _ = runCmd(t, "listing", "--policy", "agafort", "--listing", path)
	if code != 0 || out != "agafort ne fixe aucune règle d'annonce : rien à vérifier\n" {
		t.Errorf("agafort: exit %d %q", code, out)
	}
}

func TestListingBadInput(t *testing.T) {
	tests := []struct {
		name, body string
		args       []string
		want       string
	}{
		{"wrong type", `{"title":"x","photos":"two"}`, nil, "--listing: photos"},
		{"unknown field", `{"title":"x","pictures":2}`, nil, "--listing: pictures"},
		{"negative stock", `{"title":"x","stock":-1}`, nil, "--listing: stock: must not be negative"},
		{"bad country", `{"title":"x","delivery_days":{"france":3}}`, nil, "--listing: delivery_days.france"},
		{"negative delivery", `{"title":"x","delivery_days":{"FR":-3}}`, nil, "--listing: delivery_days.FR: must not be negative"},
		{"not JSON", `title: x`, nil, "listing"},
		{"empty file", ``, nil, "listing"},
		{"invalid UTF-8", "{\"description\":\"caf\xc3\"}", nil, "--listing: the file is not valid UTF-8 (first bad byte at offset 19)"},
		{"missing --listing", `{}`, []string{"listing", "--policy", "opisto"}, "--listing: required"},
		{"unknown policy", `{}`, []string{"listing", "--policy", "nope"}, "--policy"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := tt.args
			if args == nil {
				args = []string{"listing", "--policy", "opisto", "--json", "--listing", writeListing(t, tt.body)}
			}
			code, out, errs := runCmd(t, args...)
			if code != 2 || !strings.Contains(errs, tt.want) || strings.Count(errs, "\n") != 1 || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q: want 2 and one line with %q", code, out, errs, tt.want)
			}
		})
	}
	code, _, errs := runCmd(t, "listing", "--policy", "opisto", "--listing", filepath.Join(t.TempDir(), "none.json"))
	if code != 2 || !strings.Contains(errs, "--listing") {
		t.Errorf("missing file: exit %d %q", code, errs)
	}
}

// TestScreenReplyLanguage: with --market, a policy that requires replies
// in the market's language checks the message's language; a policy
// without the rule and a malformed market are refused, naming the flag.
func TestScreenReplyLanguage(t *testing.T) {
	run := func(msg string, args ...string) (int, string, string) {
		t.Helper()
		return runCmdIn(t, msg, append([]string{"screen"}, args...)...)
	}
	st, out, _ := run("Thank you for your order, your phone left our warehouse this morning.", "--policy", "swapiphone", "--market", "DE", "--json")
	var m map[string]any
	if err := json.Unmarshal([]byte(out), &m); st != 0 || err != nil {
		t.Fatalf("status %d, %v:\n%s", st, err, out)
	}
	lang, _ := m["language"].(map[string]any)
	if lang["verdict"] != "wrong_language" || lang["language"] != "en" || lang["expected"] != "de" {
		t.Errorf("language = %v", lang)
	}
	if st, _, errs := run("Hallo", "--policy", "opisto", "--market", "DE"); st != 2 || !strings.Contains(errs, "--market") {
		t.Errorf("opisto: status %d, %q", st, errs)
	}
	if st, _, errs := run("Hallo", "--policy", "swapiphone", "--market", "Germany"); st != 2 || !strings.Contains(errs, "--market") {
		t.Errorf("bad market: status %d, %q", st, errs)
	}
}
