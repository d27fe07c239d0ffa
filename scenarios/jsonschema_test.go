package scenarios

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math"
	"os"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// The JSON Schema in scenario.schema.json gives scenario authors completion
// and checking in their editor (Taplo, Even Better TOML). These tests keep
// it equal to the Go types: every toml key of every struct is in the schema
// with a compatible type, nothing else is, and the enums are the
// validator's.

func jsLoadSchema(t *testing.T) map[string]any {
	t.Helper()
	data, err := os.ReadFile("scenario.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	var s map[string]any
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatalf("scenario.schema.json is not JSON: %v", err)
	}
	return s
}

// jsResolve follows a local "$ref": "#/definitions/Name".
func jsResolve(root, s map[string]any) map[string]any {
	for {
		ref, ok := s["$ref"].(string)
		if !ok {
			return s
		}
		name, ok := strings.CutPrefix(ref, "#/definitions/")
		if !ok {
			panic("unsupported $ref " + ref)
		}
		def, _ := root["definitions"].(map[string]any)[name].(map[string]any)
		if def == nil {
			panic("no definition " + name)
		}
		s = def
	}
}

var jsDurationType = reflect.TypeFor[Duration]()

// errorfer is where jsCheckType reports: a *testing.T, or a collector.
type errorfer interface {
	Errorf(format string, args ...any)
}

type collected []string

func (c *collected) Errorf(format string, args ...any) { *c = append(*c, fmt.Sprintf(format, args...)) }

// jsCheckType reports where the schema s does not describe Go type typ.
func jsCheckType(t errorfer, root, s map[string]any, typ reflect.Type, path string) {
	s = jsResolve(root, s)
	if typ == jsDurationType {
		var kinds []string
		for _, alt := range s["anyOf"].([]any) {
			kinds = append(kinds, alt.(map[string]any)["type"].(string))
		}
		sort.Strings(kinds)
		if !slices.Equal(kinds, []string{"number", "string"}) {
			t.Errorf("%s: a Duration must be a string or a number, schema has %v", path, kinds)
		}
		return
	}
	if typ.Kind() == reflect.Pointer {
		typ = typ.Elem()
	}
	want := map[reflect.Kind]string{reflect.String: "string", reflect.Int: "integer", reflect.Float64: "number",
		reflect.Bool: "boolean", reflect.Slice: "array", reflect.Array: "array", reflect.Struct: "object"}[typ.Kind()]
	if want == "" {
		t.Errorf("%s: Go type %s has no JSON Schema mapping in this test", path, typ)
		return
	}
	if got := s["type"]; got != want {
		t.Errorf("%s: Go type %s wants schema type %q, schema has %v", path, typ, want, got)
		return
	}
	switch typ.Kind() {
	case reflect.Slice:
		items, ok := s["items"].(map[string]any)
		if !ok {
			t.Errorf("%s: array without items", path)
			return
		}
		jsCheckType(t, root, items, typ.Elem(), path+"[]")
	case reflect.Array:
		if s["minItems"] != float64(typ.Len()) || s["maxItems"] != float64(typ.Len()) {
			t.Errorf("%s: Go array of %d wants minItems and maxItems %d", path, typ.Len(), typ.Len())
		}
		jsCheckType(t, root, s["items"].(map[string]any), typ.Elem(), path+"[]")
	case reflect.Struct:
		if s["additionalProperties"] != false {
			t.Errorf("%s: additionalProperties must be false, so an editor flags unknown keys as the loader does", path)
		}
		props, _ := s["properties"].(map[string]any)
		seen := map[string]bool{}
		for i := range typ.NumField() {
			f := typ.Field(i)
			key, _, _ := strings.Cut(f.Tag.Get("toml"), ",")
			if key == "-" || !f.IsExported() {
				continue
			}
			if key == "" {
				t.Errorf("%s: field %s has no toml tag", path, f.Name)
				continue
			}
			seen[key] = true
			p, ok := props[key].(map[string]any)
			if !ok {
				t.Errorf("%s.%s (%s.%s) is missing from the schema", path, key, typ.Name(), f.Name)
				continue
			}
			jsCheckType(t, root, p, f.Type, path+"."+key)
		}
		for key := range props {
			if !seen[key] {
				t.Errorf("%s.%s is in the schema but not in Go type %s", path, key, typ.Name())
			}
		}
		req, _ := s["required"].([]any)
		for _, r := range req {
			if !seen[r.(string)] {
				t.Errorf("%s: required key %q is not a field", path, r)
			}
		}
	}
}

func TestSchemaMatchesGoTypes(t *testing.T) {
	root := jsLoadSchema(t)
	if root["$schema"] != "http://json-schema.org/draft-07/schema#" {
		t.Errorf("$schema is %v; Taplo and Even Better TOML read draft-07", root["$schema"])
	}
	jsCheckType(t, root, root, reflect.TypeFor[Scenario](), "scenario")
}

// TestSchemaCatchesDrift proves the type walk fails on a type the schema
// does not describe.
func TestSchemaCatchesDrift(t *testing.T) {
	type drifted struct {
		ID    string  `toml:"id"`
		Title int     `toml:"title"`
		Extra float64 `toml:"extra"`
	}
	var got collected
	root := jsLoadSchema(t)
	jsCheckType(&got, root, root, reflect.TypeFor[drifted](), "scenario")
	text := strings.Join(got, "\n")
	for _, want := range []string{"scenario.title: Go type int wants schema type \"integer\"",
		"scenario.extra (drifted.Extra) is missing", "scenario.language is in the schema but not in Go type drifted"} {
		if !strings.Contains(text, want) {
			t.Errorf("drift not caught: want %q in\n%s", want, text)
		}
	}
}

func jsEnumOf(t *testing.T, root map[string]any, path ...string) []string {
	t.Helper()
	s := root
	for _, p := range path {
		s = jsResolve(root, s)
		if p == "[]" {
			s = s["items"].(map[string]any)
			continue
		}
		s = s["properties"].(map[string]any)[p].(map[string]any)
	}
	var out []string
	for _, v := range jsResolve(root, s)["enum"].([]any) {
		out = append(out, v.(string))
	}
	sort.Strings(out)
	return out
}

func jsKeys(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func TestSchemaEnumsMatchValidator(t *testing.T) {
	root := jsLoadSchema(t)
	var channels []string
	for c := range channelLimits {
		channels = append(channels, c)
	}
	sort.Strings(channels)
	for _, c := range []struct {
		path []string
		want []string
	}{
		{[]string{"channel"}, jsKeys(knownChannels)},
		{[]string{"channel"}, channels},
		{[]string{"language"}, []string{"en", "nl"}},
		{[]string{"actor", "[]", "kind"}, jsKeys(knownActorKinds)},
		{[]string{"decision", "[]", "action", "[]", "kind"}, jsKeys(knownActions)},
		{[]string{"inject", "[]", "persona"}, sortedCopy(InjectPersonas)},
	} {
		if got := jsEnumOf(t, root, c.path...); !slices.Equal(got, c.want) {
			t.Errorf("%v: schema enum %v, Go has %v", c.path, got, c.want)
		}
	}
}

func TestSchemaDescribesEveryKey(t *testing.T) {
	root := jsLoadSchema(t)
	var walk func(s map[string]any, path string)
	walk = func(s map[string]any, path string) {
		if props, ok := s["properties"].(map[string]any); ok {
			for k, p := range props {
				p := p.(map[string]any)
				if d, _ := p["description"].(string); strings.TrimSpace(d) == "" {
					t.Errorf("%s.%s has no description", path, k)
				}
				walk(p, path+"."+k)
			}
		}
		if items, ok := s["items"].(map[string]any); ok {
			walk(items, path+"[]")
		}
	}
	walk(root, "scenario")
	for name, d := range root["definitions"].(map[string]any) {
		if desc, _ := d.(map[string]any)["description"].(string); desc == "" {
			t.Errorf("definition %s has no description", name)
		}
		walk(d.(map[string]any), name)
	}
}

// jsValidate is a small JSON Schema validator for the keywords the scenario
// schema uses, enough to check TOML files against it in a test.
func jsValidate(root, s map[string]any, v any, path string) []string {
	s = jsResolve(root, s)
	var errs []string
	fail := func(format string, args ...any) { errs = append(errs, path+": "+fmt.Sprintf(format, args...)) }
	if alts, ok := s["anyOf"].([]any); ok {
		for _, alt := range alts {
			if len(jsValidate(root, alt.(map[string]any), v, path)) == 0 {
				return nil
			}
		}
		fail("matches none of the allowed forms")
		return errs
	}
	var num float64
	isNum := false
	switch x := v.(type) {
	case int64:
		num, isNum = float64(x), true
	case float64:
		num, isNum = x, true
	}
	switch typ, _ := s["type"].(string); typ {
	case "string":
		str, ok := v.(string)
		if !ok {
			fail("want a string, got %T", v)
			return errs
		}
		if p, ok := s["pattern"].(string); ok && !regexp.MustCompile(p).MatchString(str) {
			fail("%q does not match %s", str, p)
		}
	case "integer":
		if !isNum || num != math.Trunc(num) {
			fail("want an integer, got %v", v)
			return errs
		}
	case "number":
		if !isNum {
			fail("want a number, got %T", v)
			return errs
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			fail("want true or false, got %T", v)
		}
	case "array":
		var items []any
		switch x := v.(type) {
		case []any:
			items = x
		case []map[string]any:
			for _, m := range x {
				items = append(items, m)
			}
		default:
			fail("want an array, got %T", v)
			return errs
		}
		if m, ok := s["minItems"].(float64); ok && float64(len(items)) < m {
			fail("at least %v items", m)
		}
		if m, ok := s["maxItems"].(float64); ok && float64(len(items)) > m {
			fail("at most %v items", m)
		}
		for i, it := range items {
			errs = append(errs, jsValidate(root, s["items"].(map[string]any), it, fmt.Sprintf("%s[%d]", path, i+1))...)
		}
	case "object":
		m, ok := v.(map[string]any)
		if !ok {
			fail("want a table, got %T", v)
			return errs
		}
		props, _ := s["properties"].(map[string]any)
		req, _ := s["required"].([]any)
		for _, r := range req {
			if _, ok := m[r.(string)]; !ok {
				fail("missing key %q", r)
			}
		}
		names := make([]string, 0, len(m))
		for k := range m {
			names = append(names, k)
		}
		sort.Strings(names)
		for _, k := range names {
			p, ok := props[k].(map[string]any)
			if !ok {
				if s["additionalProperties"] == false {
					fail("unknown key %q", k)
				}
				continue
			}
			errs = append(errs, jsValidate(root, p, m[k], path+"."+k)...)
		}
	}
	if e, ok := s["enum"].([]any); ok && !slices.Contains(e, v) {
		fail("%v is not one of %v", v, e)
	}
	if isNum {
		if m, ok := s["minimum"].(float64); ok && num < m {
			fail("%v is below %v", num, m)
		}
		if m, ok := s["maximum"].(float64); ok && num > m {
			fail("%v is above %v", num, m)
		}
	}
	return errs
}

func jsDecodeTOML(t *testing.T, data []byte) map[string]any {
	t.Helper()
	var m map[string]any
	if _, err := toml.Decode(string(data), &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func TestSchemaAcceptsBuiltinScenarios(t *testing.T) {
	root := jsLoadSchema(t)
	files, _ := fs.Glob(builtinFS, "builtin/*.toml")
	if len(files) == 0 {
		t.Fatal("no built-in scenarios")
	}
	for _, f := range files {
		data, _ := builtinFS.ReadFile(f)
		for _, e := range jsValidate(root, root, jsDecodeTOML(t, data), f) {
			t.Errorf("%s", e)
		}
	}
}

func TestSchemaRejectsUnknownKeyAndBadValues(t *testing.T) {
	root := jsLoadSchema(t)
	data, err := os.ReadFile("testdata/broken/three-problems.nl.toml")
	if err != nil {
		t.Fatal(err)
	}
	errs := strings.Join(jsValidate(root, root, jsDecodeTOML(t, data), "broken"), "\n")
	if !strings.Contains(errs, "unknown key") {
		t.Errorf("the broken file's unknown key passes the schema:\n%s", errs)
	}
	builtin, _ := builtinFS.ReadFile("builtin/sanoma-juf.nl.toml")
	for _, c := range []struct{ edit, want string }{
		{`channel = "twitter"`, `channel = "myspace"`},
		{`sla_minutes = 30`, `sla_minutes = "30"`},
		{`duration = "1d2h"`, `duration = "1 dag"`},
		{`start_clock = "za 11:00"`, `start_clock = "11 uur"`},
		{"mood = -0.6", "mood = -2"},
		{`difficulty = 2`, `difficulty = 2.5`},
	} {
		if !strings.Contains(string(builtin), c.edit) {
			t.Fatalf("the Sanoma file no longer has %q; update this test", c.edit)
		}
		m := jsDecodeTOML(t, []byte(strings.Replace(string(builtin), c.edit, c.want, 1)))
		if len(jsValidate(root, root, m, "edited")) == 0 {
			t.Errorf("%s passes the schema", c.want)
		}
	}
}

func TestSchemaDuration(t *testing.T) {
	root := jsLoadSchema(t)
	dur := map[string]any{"$ref": "#/definitions/Duration"}
	for _, ok := range []any{"3m", "1h30m", "1d2h5m", "90", "1.5h", int64(90), float64(2.5), int64(0)} {
		if errs := jsValidate(root, dur, ok, "at"); len(errs) > 0 {
			t.Errorf("%v rejected: %v", ok, errs)
		} else if s, isStr := ok.(string); isStr {
			if _, err := ParseDuration(s); err != nil {
				t.Errorf("schema accepts %q but the loader does not: %v", s, err)
			}
		}
	}
	for _, bad := range []any{"3 minutes", "1x", "-5", "m", int64(-1), true} {
		if len(jsValidate(root, dur, bad, "at")) == 0 {
			t.Errorf("%v accepted", bad)
		}
	}
}

func sortedCopy(xs []string) []string {
	out := slices.Clone(xs)
	sort.Strings(out)
	return out
}
