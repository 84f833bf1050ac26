package lint

import (
	"errors"
	"flag"
	"hash/crc32"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/golit"
)

var updateCompiled = flag.Bool("update-compiled", false, "write compiled_messages.go from messages/*.yaml, and the lists of the rules from their declarations (go generate ./lint)")

// TestCompiledMessagesAreFresh holds compiled_messages.go to
// messages/*.yaml; with -update-compiled (go generate ./lint) it writes it.
func TestCompiledMessagesAreFresh(t *testing.T) {
	w := &golit.Writer{Pkg: "lint"}
	w.WriteString(golit.Header("lint", "go test ./lint -run TestCompiled"))
	w.WriteString("func init() { compiledMessages = messagesTable }\n\n")
	w.WriteString("// messagesTable returns a language's messages as their YAML reads, and\n// the YAML's CRC-32.\n")
	w.WriteString("func messagesTable(lang string) (map[string]map[string]string, uint32) {\n\tswitch lang {\n")
	langs := []string{"en", "nl"}
	want := map[string]map[string]map[string]string{}
	for _, lang := range langs {
		data, err := messageFS.ReadFile(messagesSource(lang))
		require.NoError(t, err)
		m, err := parseMessages(lang, data)
		require.NoError(t, err)
		want[lang] = m
		w.Printf("\tcase %q:\n\t\treturn ", lang)
		w.Value(reflect.ValueOf(m), true)
		w.Printf(", %#x\n", crc32.ChecksumIEEE(data))
	}
	w.WriteString("\t}\n\treturn nil, 0\n}\n")
	err := w.Check("compiled_messages.go", *updateCompiled)
	if errors.Is(err, golit.ErrStale) {
		t.Fatal("lint/compiled_messages.go is not what messages/*.yaml read as now: run go generate ./lint")
	}
	require.NoError(t, err)
	if *updateCompiled {
		return
	}
	require.NotNil(t, compiledMessages, "the Go form is used")
	for _, lang := range langs {
		got, _ := compiledMessages(lang)
		require.Equal(t, want[lang], got, lang)
	}
	require.Equal(t, want, catalog())
}
