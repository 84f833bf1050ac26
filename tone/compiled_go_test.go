package tone

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/datapack"
	"github.com/replylint/replylint/internal/golit"
)

// newGoFile starts a Go file that go generate ./tone writes.
func newGoFile() *golit.Writer {
	w := &golit.Writer{Pkg: "tone"}
	w.WriteString(golit.Header("tone", "go test ./tone -run TestCompiled"))
	return w
}

// checkGoFile compares a Go file go generate writes with what it would
// write now, or writes it with -update-compiled.
func checkGoFile(t *testing.T, w *golit.Writer, name string, sources string) {
	t.Helper()
	err := w.Check(name, *updateCompiled)
	if errors.Is(err, golit.ErrStale) {
		t.Fatalf("tone/%s is not what %s read as now: run go generate ./tone", name, sources)
	}
	require.NoError(t, err)
}

// TestCompiledFactsAreFresh holds compiled/facts.*.pack to the fact words
// of the YAML files; with -update-compiled (go generate ./tone) it writes
// them.
func TestCompiledFactsAreFresh(t *testing.T) {
	for _, lang := range slices.Sorted(maps.Keys(factLists)) {
		want, err := parseFactWordsYAML(lang)
		require.NoError(t, err)
		sum, err := sourceSum([]string{factsSource(lang)})
		require.NoError(t, err)
		packed, err := datapack.Pack(*want)
		require.NoError(t, err)
		data := append(binary.LittleEndian.AppendUint32(nil, sum), packed...)
		name := filepath.Join("compiled", "facts."+lang+".pack")
		if *updateCompiled {
			require.NoError(t, os.WriteFile(name, data, 0o644))
			continue
		}
		if string(data) != packedFacts[lang] {
			t.Fatalf("tone/%s is not what %s reads as now: run go generate ./tone", name, factsSource(lang))
		}
		got, err := packedFactWords(lang)
		require.NoError(t, err)
		require.NotNil(t, got, "%s: the pack is used", lang)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%s: the packed fact words read other than the YAML at %s", lang,
				firstDiff(reflect.ValueOf(got), reflect.ValueOf(want), "facts", map[[2]uintptr]bool{}))
		}
	}
}

// TestCompiledSentimentIsFresh holds compiled_sentiment.go to the
// sentiment files; with -update-compiled (go generate ./tone) it writes it.
func TestCompiledSentimentIsFresh(t *testing.T) {
	files := map[string]struct {
		name  string
		scale float64
	}{"en": {"sentiment/vader.en.tsv", 4}, "nl": {"sentiment/pattern.nl.tsv", 1}}
	w := newGoFile()
	w.WriteString("func init() { compiledSentiment = sentimentTable }\n\n")
	w.WriteString("// sentimentTable returns the sentiment lexicon of a language as its file\n// reads, and the file's checksum.\n")
	w.WriteString("func sentimentTable(lang string) (*sentiment, uint32) {\n\tswitch lang {\n")
	var data strings.Builder
	for _, lang := range slices.Sorted(maps.Keys(files)) {
		f := files[lang]
		s, err := loadSentiment(lang, f.name, f.scale)
		require.NoError(t, err)
		sum, err := fileSum(sentimentFS, f.name)
		require.NoError(t, err)
		name := "sentiment" + strings.ToUpper(lang)
		w.Printf("\tcase %q:\n\t\treturn &sentiment{lang: %q, scores: newValueTable(%sWords, %sValues)}, %#x\n", lang, lang, name, name, sum)
		writeValueTable(&data, name, "the words of "+f.name, "float64", s.scores, w.Float)
	}
	w.WriteString("\t}\n\treturn nil, 0\n}\n")
	w.WriteString(data.String())
	checkGoFile(t, w, "compiled_sentiment.go", "sentiment/*.tsv")
	if *updateCompiled {
		return
	}
	for lang, f := range files {
		want, err := loadSentiment(lang, f.name, f.scale)
		require.NoError(t, err)
		got, err := sentimentOf(lang, f.name, f.scale)
		require.NoError(t, err)
		require.Equal(t, want, got, lang)
		gs, _ := compiledSentiment(lang)
		require.NotNil(t, gs, "%s: the Go form is used", lang)
	}
}

// writeValueTable writes the words and values of t as package data, not
// made on the heap: a constant nameWords, each word followed by a
// newline, and a []typ nameValues, which newValueTable takes.
func writeValueTable[V any](data *strings.Builder, name, what, typ string, t *valueTable[V], value func(V) string) {
	fmt.Fprintf(data, "\n// %sWords are %s, each followed by a newline; %sValues their values.\n", name, what, name)
	fmt.Fprintf(data, "const %sWords = \"\"", name)
	for k := 0; k < t.len(); k += 40 {
		var chunk strings.Builder
		for j := k; j < min(k+40, t.len()); j++ {
			chunk.WriteString(t.word(j) + "\n")
		}
		fmt.Fprintf(data, " +\n\t%s", strconv.Quote(chunk.String()))
	}
	fmt.Fprintf(data, "\n\nvar %sValues = []%s{", name, typ)
	for k, v := range t.values {
		if k%8 == 0 {
			data.WriteString("\n\t")
		} else {
			data.WriteString(" ")
		}
		data.WriteString(value(v) + ",")
	}
	data.WriteString("\n}\n")
}

// TestCompiledWordModelIsFresh holds compiled_words.go to
// model/words.en.json; with -update-compiled (go generate ./tone) it
// writes it.
func TestCompiledWordModelIsFresh(t *testing.T) {
	m, err := ParseWordModel(wordModelEN)
	require.NoError(t, err)
	w := newGoFile()
	w.WriteString("func init() { compiledWordModel = wordModelOf }\n\n")
	w.WriteString("// wordModelOf returns the shipped word model of a language as its JSON\n// reads, and the JSON's CRC-32.\n")
	w.WriteString("func wordModelOf(lang string) (*WordModel, uint32) {\n\tswitch lang {\n\tcase \"en\":\n\t\tm := wordModelTableEN\n\t\tm.Weights = ")
	golit.Map(w, "map[string]float64", m.Weights, w.Float)
	w.Printf("\n\t\treturn &m, %#x\n\t}\n\treturn nil, 0\n}\n\n", crc32.ChecksumIEEE(wordModelEN))
	cp := *m
	cp.Weights = nil
	w.WriteString("var wordModelTableEN = ")
	w.Value(reflect.ValueOf(cp), true)
	w.WriteString("\n")
	checkGoFile(t, w, "compiled_words.go", "model/words.en.json")
	if *updateCompiled {
		return
	}
	require.Equal(t, m, DefaultWordModel("en"))
	gm, _ := compiledWordModel("en")
	require.NotNil(t, gm, "the Go form is used")
}

// TestCompiledTopicIndexIsFresh holds compiled_topics.go to the topic
// index buildTopicIndex makes from the topic lexicons; with
// -update-compiled (go generate ./tone) it writes it.
func TestCompiledTopicIndexIsFresh(t *testing.T) {
	w := newGoFile()
	w.WriteString("func init() {\n\tcompiledTopicIndex = topicIndexTable\n\tcompiledTopicNames = topicNamesTable\n}\n\n")
	w.WriteString("// topicIndexTable returns the topic index of a language as buildTopicIndex\n// makes it, and its YAML's checksum.\n")
	w.WriteString("func topicIndexTable(lang string) (*topicIndex, uint32) {\n\tswitch lang {\n")
	langs := []string{"en", "nl"}
	var data strings.Builder
	for _, lang := range langs {
		idx := buildTopicIndex(lang)
		sum, err := sourceSum([]string{topicsSource(lang)})
		require.NoError(t, err)
		w.Printf("\tcase %q:\n\t\treturn &topicIndex{\n\t\t\tmaxHead: %d,\n", lang, idx.maxHead)
		for _, f := range []struct {
			name string
			t    *valueTable[string]
		}{{"byStem", idx.byStem}, {"heads", idx.heads}, {"words", idx.words}} {
			name := "topics" + strings.ToUpper(lang) + strings.ToUpper(f.name[:1]) + f.name[1:]
			w.Printf("\t\t\t%s: newValueTable(%sWords, %sValues),\n", f.name, name, name)
			writeValueTable(&data, name, "the words of "+f.name+" of the "+lang+" topics", "string", f.t, strconv.Quote)
		}
		w.Printf("\t\t}, %#x\n", sum)
	}
	w.WriteString("\t}\n\treturn nil, 0\n}\n\n")
	generated := compiledTopicNames
	compiledTopicNames = nil // TopicNames from the YAML
	names := TopicNames()
	compiledTopicNames = generated
	sum, err := sourceSum([]string{topicsSource("en"), topicsSource("nl")})
	require.NoError(t, err)
	w.WriteString("// topicNamesTable returns TopicNames as the YAML gives them, and the YAML's\n// checksum.\n")
	w.WriteString("func topicNamesTable() ([]string, uint32) { return topicNames, ")
	w.Printf("%#x }\n\nvar topicNames = ", sum)
	w.Value(reflect.ValueOf(names), true)
	w.WriteString("\n")
	w.WriteString(data.String())
	checkGoFile(t, w, "compiled_topics.go", "lexicon/topics.*.yaml")
	if *updateCompiled {
		return
	}
	for _, lang := range langs {
		got, _ := compiledTopicIndex(lang)
		require.NotNil(t, got, "%s: the Go form is used", lang)
		require.Equal(t, buildTopicIndex(lang), topicIndexOf(lang), lang)
	}
	require.NotNil(t, compiledTopicNames, "the Go form of the names is used")
	require.Equal(t, names, TopicNames())
}
