package reply

import (
	"encoding/binary"
	"errors"
	"flag"
	"hash/crc32"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/datapack"
	"github.com/replylint/replylint/internal/golit"
)

var updateCompiled = flag.Bool("update-compiled", false, "write compiled_triage.go from templates/triage.*.yaml (go generate ./reply)")

// TestCompiledTriageIsFresh holds compiled_triage.go to
// templates/triage.*.yaml; with -update-compiled (go generate ./reply) it
// writes it.
func TestCompiledTriageIsFresh(t *testing.T) {
	w := &golit.Writer{Pkg: "reply"}
	w.WriteString(golit.Header("reply", "go test ./reply -run TestCompiled"))
	w.WriteString("func init() { compiledTriage = triageTable }\n\n")
	w.WriteString("// triageTable returns a language's triage data as its YAML reads, and the\n// YAML's CRC-32.\n")
	w.WriteString("func triageTable(lang string) (*triageData, uint32) {\n\tswitch lang {\n")
	want := map[string]*triageData{}
	for _, lang := range []string{"en", "nl"} {
		name := triageSource(lang)
		data, err := templateFS.ReadFile(name)
		require.NoError(t, err)
		td, err := parseTriageYAML(name, data)
		require.NoError(t, err)
		want[lang] = td
		w.Printf("\tcase %q:\n\t\treturn &", lang)
		w.Value(reflect.ValueOf(*td), true)
		w.Printf(", %#x\n", crc32.ChecksumIEEE(data))
	}
	w.WriteString("\t}\n\treturn nil, 0\n}\n")
	err := w.Check("compiled_triage.go", *updateCompiled)
	if errors.Is(err, golit.ErrStale) {
		t.Fatal("reply/compiled_triage.go is not what templates/triage.*.yaml read as now: run go generate ./reply")
	}
	require.NoError(t, err)
	if *updateCompiled {
		return
	}
	require.NotNil(t, compiledTriage, "the Go form is used")
	for lang, td := range want {
		got, _ := compiledTriage(lang)
		require.Equal(t, td, got, lang)
		require.Equal(t, td, triageFor(lang), lang)
	}
}

// TestCompiledTemplatesAreFresh holds compiled/draft.*.pack to
// templates/draft.*.yaml; with -update-compiled (go generate ./reply) it
// writes them.
func TestCompiledTemplatesAreFresh(t *testing.T) {
	for _, lang := range []string{"en", "nl"} {
		name := draftSource(lang)
		data, err := templateFS.ReadFile(name)
		require.NoError(t, err)
		want, err := parseDraftYAML(name, lang, data)
		require.NoError(t, err)
		packed, err := datapack.Pack(*want)
		require.NoError(t, err)
		out := append(binary.LittleEndian.AppendUint32(nil, crc32.ChecksumIEEE(data)), packed...)
		file := filepath.Join("compiled", "draft."+lang+".pack")
		if *updateCompiled {
			require.NoError(t, os.WriteFile(file, out, 0o644))
			continue
		}
		if string(out) != packedDrafts[lang] {
			t.Fatalf("reply/%s is not what %s reads as now: run go generate ./reply", file, name)
		}
		got := packedTemplates(lang, data)
		require.NotNil(t, got, "%s: the pack is used", lang)
		require.True(t, reflect.DeepEqual(want, got), "%s: the pack reads as the YAML does", lang)
		require.True(t, reflect.DeepEqual(want, DefaultTemplates().lang(lang)), lang)
	}
}
