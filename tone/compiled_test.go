package tone

import (
	"cmp"
	"encoding/binary"
	"errors"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

var updateCompiled = flag.Bool("update-compiled", false, "write tone/compiled/*.lex from the YAML lexicons (go generate ./tone)")

// yamlLexicon parses the built-in lexicon a compiled form is named after
// from its YAML.
func yamlLexicon(name string) (*Lexicon, error) {
	switch name {
	case "nl", "en":
		return parseBuiltinYAML(name)
	case "customer.nl", "customer.en":
		return parseCustomerYAML(name[len("customer."):])
	case "topics.nl", "topics.en":
		return parseTopicsYAML(name[len("topics."):])
	}
	return nil, fmt.Errorf("no lexicon %q", name)
}

// TestCompiledLexiconsAreFresh holds tone/compiled/*.lex to what the YAML
// lexicons compile to now, and their reading to the YAML's lexicon, field
// by field. With -update-compiled (go generate ./tone) it writes them.
func TestCompiledLexiconsAreFresh(t *testing.T) {
	for _, name := range slices.Sorted(maps.Keys(compiledLexicons)) {
		t.Run(name, func(t *testing.T) {
			c := compiledLexicons[name]
			want, err := yamlLexicon(name)
			require.NoError(t, err)
			sum, err := sourceSum(c.sources)
			require.NoError(t, err)
			data, err := encodeLexicon(want, sum)
			require.NoError(t, err)
			if *updateCompiled {
				require.NoError(t, os.WriteFile(filepath.Join("compiled", name+".lex"), data, 0o644))
			} else if string(data) != c.data {
				t.Fatalf("tone/compiled/%s.lex is not what %v compile to now: run go generate ./tone", name, c.sources)
			}
			got, err := decodeLexicon(string(data), sum)
			require.NoError(t, err)
			// Each entry's elements and except patterns as read when
			// first needed.
			for _, e := range got.Entries {
				if e.unread != nil {
					e.loadElems()
					e.unread = nil
				}
				if e.exc != nil {
					require.NotEmpty(t, e.exc.data, "%s line %d: compiled exceptions are read when needed", e.Category, e.Line)
					e.exc.once.Do(e.exc.load)
					e.exc = &exceptions{pats: e.exc.pats, ix: e.exc.ix}
				}
			}
			compileRegexps(got) // as the YAML's are
			// The indexes read in place hold the YAML's lists.
			got.index, got.pairIndex = refIndex{m: got.index.lists()}, refIndex{m: got.pairIndex.lists()}
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("the compiled lexicon reads other than the YAML's at %s", firstDiff(reflect.ValueOf(got), reflect.ValueOf(want), "lexicon", map[[2]uintptr]bool{}))
			}
			if !*updateCompiled {
				assert.NotNil(t, compiledLexicon(name), "the compiled form is used")
			}
		})
	}
}

// firstDiff returns the path to the first place where a and b differ as
// reflect.DeepEqual sees them, and how.
func firstDiff(a, b reflect.Value, path string, seen map[[2]uintptr]bool) string {
	if a.Kind() != b.Kind() || a.Type() != b.Type() {
		return path + ": types differ"
	}
	switch a.Kind() {
	case reflect.Pointer:
		if a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: nil %v, want nil %v", path, a.IsNil(), b.IsNil())
		}
		if a.IsNil() || seen[[2]uintptr{a.Pointer(), b.Pointer()}] {
			return ""
		}
		seen[[2]uintptr{a.Pointer(), b.Pointer()}] = true
		return firstDiff(a.Elem(), b.Elem(), path, seen)
	case reflect.Struct:
		for i := range a.NumField() {
			if d := firstDiff(a.Field(i), b.Field(i), path+"."+a.Type().Field(i).Name, seen); d != "" {
				return d
			}
		}
	case reflect.Slice, reflect.Array:
		if a.Kind() == reflect.Slice && a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: nil %v, want nil %v", path, a.IsNil(), b.IsNil())
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: length %d, want %d", path, a.Len(), b.Len())
		}
		for i := range a.Len() {
			if d := firstDiff(a.Index(i), b.Index(i), fmt.Sprintf("%s[%d]", path, i), seen); d != "" {
				return d
			}
		}
	case reflect.Map:
		if a.IsNil() != b.IsNil() {
			return fmt.Sprintf("%s: nil %v, want nil %v", path, a.IsNil(), b.IsNil())
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: %d keys, want %d", path, a.Len(), b.Len())
		}
		for _, k := range b.MapKeys() {
			if !a.MapIndex(k).IsValid() {
				return fmt.Sprintf("%s: no key %v", path, k)
			}
			if d := firstDiff(a.MapIndex(k), b.MapIndex(k), fmt.Sprintf("%s[%v]", path, k), seen); d != "" {
				return d
			}
		}
	default:
		if !reflect.DeepEqual(valueOf(a), valueOf(b)) {
			return fmt.Sprintf("%s: %v, want %v", path, valueOf(a), valueOf(b))
		}
	}
	return ""
}

// valueOf returns a basic value, unexported or not.
func valueOf(v reflect.Value) any {
	switch v.Kind() {
	case reflect.Bool:
		return v.Bool()
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return v.Int()
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return v.Uint()
	case reflect.Float32, reflect.Float64:
		return v.Float()
	case reflect.String:
		return v.String()
	}
	return fmt.Sprintf("(%s)", v.Kind())
}

// compileRegexps compiles the regular expressions of a lexicon's entries
// and patterns, which a compiled lexicon compiles on first use.
func compileRegexps(lx *Lexicon) {
	var elems func(l []elem)
	elems = func(l []elem) {
		for i := range l {
			if l[i].elemMore == nil {
				continue
			}
			if l[i].re != nil {
				l[i].re.regexp()
			}
			for _, alt := range l[i].alts {
				elems(alt)
			}
			if l[i].merged != nil {
				elems([]elem{*l[i].merged})
			}
		}
	}
	for _, e := range lx.Entries {
		if e.re != nil {
			e.re.regexp()
		}
		var except []pattern
		if e.exc != nil {
			except = e.exc.pats
		}
		for _, l := range [][]pattern{e.pats, except} {
			for _, p := range l {
				elems(p.elems)
			}
		}
	}
}

// TestCompiledLexiconCarriesEveryField fails when a type the compiled form
// holds gains or loses a field: encodeLexicon and lexDecoder must carry it
// (then run go generate ./tone).
func TestCompiledLexiconCarriesEveryField(t *testing.T) {
	fields := func(v any) []string {
		var out []string
		t := reflect.TypeOf(v)
		for i := range t.NumField() {
			out = append(out, t.Field(i).Name)
		}
		return out
	}
	for _, c := range []struct {
		v    any
		want []string
	}{
		{Lexicon{}, []string{"Lang", "Entries", "index", "pairIndex", "byPrefix", "prefixStart", "scan", "words", "builtFrom", "scanWords", "filters"}}, // scanWords, filters: made on first use
		{Entry{}, []string{"Category", "Match", "Regex", "Except", "Note", "Suggestion", "Level", "Context", "Line", "Column", "pats", "unread", "exc", "re"}},
		{exceptions{}, []string{"pats", "ix", "data", "owner", "once"}},
		{pattern{}, []string{"elems", "maxLen", "focus", "grouped", "needs", "fold"}}, // fold: made from needs when read
		{elem{}, []string{"kind", "optional", "focusIn", "focusOut", "number", "slot", "words", "set", "elemMore"}},
		{elemMore{}, []string{"prefixes", "re", "gate", "alts", "merged", "inMerged", "byFirst", "firstOpen"}},
		{exceptIndex{}, []string{"byWord", "wordBits", "byPrefix", "open", "gapped", "maxLen"}}, // wordBits: made from byWord when read
		{patRef{}, []string{"e", "p", "order", "loaded", "fold", "next"}},                       // loaded: set when first tried; fold: the pattern's
	} {
		assert.Equal(t, c.want, fields(c.v), "%T: carry the fields in tone/compiled.go and compiled_test.go, then go generate ./tone", c.v)
	}
}

func TestStaleCompiledLexiconIsNotRead(t *testing.T) {
	c := compiledLexicons["nl"]
	sum, err := sourceSum(c.sources)
	require.NoError(t, err)
	_, err = decodeLexicon(c.data, sum+1)
	assert.ErrorIs(t, err, errStale)
	_, err = decodeLexicon(c.data[:len(c.data)/2], sum)
	assert.Error(t, err, "cut short")
	_, err = decodeLexicon("", sum)
	assert.Error(t, err)
}

// lexEncoder writes a compiled lexicon as lexDecoder reads it, counting
// what each slab must hold.
type lexEncoder struct {
	buf                                                  []byte
	entries, pats, elems, strs, ints, bools, refs, altsN int
	entryIx                                              map[*Entry]int
	strLists                                             map[string]int // where each list of strings written starts in the slab
	masks                                                int
	needsLists                                           map[string]int // where each list of needs written starts in the slab
	refIx                                                map[*pattern]int
}

// encodeLexicon writes lx, made from sources with the checksum sum.
func encodeLexicon(lx *Lexicon, sum uint32) ([]byte, error) {
	if len(lx.builtFrom) != len(lx.Entries) || len(lx.Entries) > 0 && &lx.builtFrom[0] != &lx.Entries[0] {
		return nil, errors.New("the lexicon's index is not built from its entries")
	}
	w := &lexEncoder{entryIx: map[*Entry]int{}}
	for i, e := range lx.Entries {
		w.entryIx[e] = i
	}
	for _, e := range lx.Entries {
		if err := w.entry(e); err != nil {
			return nil, fmt.Errorf("%s line %d: %w", e.Category, e.Line, err)
		}
	}
	if err := w.refTable(lx); err != nil {
		return nil, err
	}
	place := func(r *patRef) int { return w.refIx[r.p] }
	for _, ix := range []struct {
		m    map[string][]*patRef
		keys []string
	}{{lx.index.m, slices.Sorted(maps.Keys(lx.index.m))}, {lx.pairIndex.m, sortedPairs(lx.pairIndex.m)}} {
		packed, err := packRefs(ix.m, ix.keys, place)
		if err != nil {
			return nil, err
		}
		w.buf = append(w.buf, packed...)
	}
	w.uint(len(lx.byPrefix))
	for _, k := range slices.Sorted(maps.Keys(lx.byPrefix)) {
		w.str(k)
		if err := w.refList(lx.byPrefix[k]); err != nil {
			return nil, err
		}
	}
	for i := 0; i < len(lx.prefixStart); i += 8 {
		var b byte
		for k := range 8 {
			if lx.prefixStart[i+k] {
				b |= 1 << k
			}
		}
		w.buf = append(w.buf, b)
	}
	if err := w.refList(lx.scan); err != nil {
		return nil, err
	}
	w.uint(len(lx.words))
	for _, cat := range slices.Sorted(maps.Keys(lx.words)) {
		w.str(cat)
		w.uint(len(lx.words[cat]))
		for _, word := range slices.Sorted(maps.Keys(lx.words[cat])) {
			if !lx.words[cat][word] {
				return nil, fmt.Errorf("words[%q][%q] is false", cat, word)
			}
			w.str(word)
		}
	}

	head := &lexEncoder{buf: []byte(lexMagic)}
	head.uint(int(sum))
	head.str(lx.Lang)
	head.buf = append(head.buf, w.slabCounts()...)
	return append(head.buf, w.buf...), nil
}

// slabCounts returns the sizes of the slabs as lexDecoder.slabs reads
// them.
func (w *lexEncoder) slabCounts() []byte {
	c := &lexEncoder{}
	for _, n := range []int{w.entries, w.pats, w.elems, w.strs, w.ints, w.bools, w.refs, w.altsN, w.masks} {
		c.uint(n)
	}
	return c.buf
}

func (w *lexEncoder) uint(n int) {
	if n < 0 {
		panic(fmt.Sprintf("negative %d", n))
	}
	w.buf = binary.AppendUvarint(w.buf, uint64(n))
}

func (w *lexEncoder) str(s string) {
	w.uint(len(s))
	w.buf = append(w.buf, s...)
}

// size writes a list's length as lexDecoder.size reads it.
func (w *lexEncoder) size(isNil bool, n int) bool {
	if isNil {
		w.uint(0)
		return false
	}
	w.uint(n + 1)
	return true
}

// strList writes a list as lexDecoder.strList reads it: a list written
// before as a place in the slab.
func (w *lexEncoder) strList(l []string) {
	if l == nil {
		w.uint(0)
		return
	}
	key := strings.Join(l, "\x00")
	if at, ok := w.strLists[key]; ok && len(l) > 0 {
		w.uint(2*len(l) + 2)
		w.uint(at)
		return
	}
	if w.strLists == nil {
		w.strLists = map[string]int{}
	}
	w.strLists[key] = w.strs
	w.uint(2*len(l) + 1)
	w.strs += len(l)
	for _, s := range l {
		w.str(s)
	}
}

// needsList writes a pattern's needs as lexDecoder.needsList reads them:
// a list written before as a place in the slab.
func (w *lexEncoder) needsList(l []wordMask) {
	if l == nil {
		w.uint(0)
		return
	}
	var raw []byte
	for _, m := range l {
		for _, x := range m {
			raw = binary.LittleEndian.AppendUint64(raw, x)
		}
	}
	if at, ok := w.needsLists[string(raw)]; ok && len(l) > 0 {
		w.uint(2*len(l) + 2)
		w.uint(at)
		return
	}
	if w.needsLists == nil {
		w.needsLists = map[string]int{}
	}
	w.needsLists[string(raw)] = w.masks
	w.uint(2*len(l) + 1)
	w.masks += len(l)
	w.buf = append(w.buf, raw...)
}

func (w *lexEncoder) intList(l []int32) {
	if w.size(l == nil, len(l)) {
		w.ints += len(l)
		for _, n := range l {
			w.uint(int(n))
		}
	}
}

func (w *lexEncoder) intsByWord(m map[string][]int32) {
	if w.size(m == nil, len(m)) {
		for _, k := range slices.Sorted(maps.Keys(m)) {
			w.str(k)
			w.intList(m[k])
		}
	}
}

// refTable writes the distinct patRefs of the index lists, in the order
// first met (index, pairIndex, byPrefix by sorted key, then scan): one per
// pattern, which the index lists point to.
func (w *lexEncoder) refTable(lx *Lexicon) error {
	w.refIx = map[*pattern]int{}
	var tab []*patRef
	add := func(l []*patRef) error {
		for _, r := range l {
			k, ok := w.refIx[r.p]
			if !ok {
				w.refIx[r.p] = len(tab)
				tab = append(tab, r)
				continue
			}
			o := tab[k]
			if o.e != r.e || o.order != r.order || len(o.next) != len(r.next) || len(o.next) > 0 && &o.next[0] != &r.next[0] {
				return fmt.Errorf("%s line %d: two index entries of one pattern differ", r.e.Category, r.e.Line)
			}
		}
		return nil
	}
	for _, k := range slices.Sorted(maps.Keys(lx.index.m)) {
		if err := add(lx.index.m[k]); err != nil {
			return err
		}
	}
	for _, k := range sortedPairs(lx.pairIndex.m) {
		if err := add(lx.pairIndex.m[k]); err != nil {
			return err
		}
	}
	for _, k := range slices.Sorted(maps.Keys(lx.byPrefix)) {
		if err := add(lx.byPrefix[k]); err != nil {
			return err
		}
	}
	if err := add(lx.scan); err != nil {
		return err
	}
	w.uint(len(tab))
	for _, r := range tab {
		i, ok := w.entryIx[r.e]
		if !ok {
			return fmt.Errorf("a pattern of %s line %d refers to an entry not in the lexicon", r.e.Category, r.e.Line)
		}
		k := -1
		for j := range r.e.pats {
			if &r.e.pats[j] == r.p {
				k = j
			}
		}
		if k < 0 {
			return fmt.Errorf("%s line %d: an index entry refers to a pattern not the entry's", r.e.Category, r.e.Line)
		}
		w.uint(i)
		w.uint(k)
		w.uint(int(r.order))
		switch {
		case r.next == nil:
			w.uint(refNextNil)
		default: // its own list, not its second element's words: those would read the entry's elements with the lexicon
			w.uint(refNextOwn)
			w.strList(r.next)
		}
	}
	return nil
}

// packRefs returns an index whose keys come in the order keys gives,
// each pattern written as place(ref), as lexDecoder.packedIndex reads it:
// the number of keys, of the patterns of their lists, the length of the
// records and the records.
func packRefs(m map[string][]*patRef, keys []string, place func(*patRef) int) ([]byte, error) {
	var recs []byte
	refs := 0
	for _, k := range keys {
		if len(k) > 255 || len(m[k]) > 0xffff {
			return nil, fmt.Errorf("index key %q: too long, or too many patterns", k)
		}
		recs = append(recs, byte(len(k)))
		recs = append(recs, k...)
		recs = binary.LittleEndian.AppendUint16(recs, uint16(len(m[k])))
		recs = binary.LittleEndian.AppendUint32(recs, uint32(refs))
		refs += len(m[k])
		for _, r := range m[k] {
			if place(r) > 0xffff {
				return nil, errors.New("more patterns than an index can point to")
			}
			recs = binary.LittleEndian.AppendUint16(recs, uint16(place(r)))
		}
	}
	out := binary.AppendUvarint(nil, uint64(len(keys)))
	out = binary.AppendUvarint(out, uint64(refs))
	out = binary.AppendUvarint(out, uint64(len(recs)))
	return append(out, recs...), nil
}

// sortedPairs returns the pairKeys of m by first word, then second.
func sortedPairs(m map[string][]*patRef) []string {
	return slices.SortedFunc(maps.Keys(m), func(a, b string) int {
		a0, a1 := pairWords(a)
		b0, b1 := pairWords(b)
		return cmp.Or(strings.Compare(a0, b0), strings.Compare(a1, b1))
	})
}

func (w *lexEncoder) refList(l []*patRef) error {
	if !w.size(l == nil, len(l)) {
		return nil
	}
	w.refs += len(l)
	for _, r := range l {
		w.uint(w.refIx[r.p])
	}
	return nil
}

func (w *lexEncoder) entry(e *Entry) error {
	w.entries++
	w.str(e.Category)
	w.strList(e.Match)
	w.str(e.Regex)
	w.strList(e.Except)
	w.str(e.Note)
	w.str(e.Suggestion)
	w.str(e.Level)
	w.str(e.Context)
	w.uint(e.Line)
	w.uint(e.Column)
	if e.re != nil {
		w.str(e.re.String())
	} else {
		w.str("")
	}
	// The patterns without their elements, then the elements, read when
	// first needed: with slabs of their own, as a lexicon's.
	w.patShells(e.pats)
	if e.pats == nil {
		w.str("")
	} else {
		x := &lexEncoder{}
		for _, p := range e.pats {
			if err := x.elemList(e, p.elems); err != nil {
				return err
			}
		}
		w.str(string(append(x.slabCounts(), x.buf...)))
	}
	if e.exc == nil {
		w.str("")
		return nil
	}
	// The except patterns, read when first needed: with slabs of their
	// own, as a lexicon's.
	x := &lexEncoder{}
	if err := x.patList(e, e.exc.pats); err != nil {
		return err
	}
	x.intsByWord(e.exc.ix.byWord)
	x.intsByWord(e.exc.ix.byPrefix)
	x.intList(e.exc.ix.open)
	x.intList(e.exc.ix.gapped)
	x.uint(e.exc.ix.maxLen)
	w.str(string(append(x.slabCounts(), x.buf...)))
	return nil
}

// patShells writes patterns without their elements, as
// lexDecoder.patShells reads them.
func (w *lexEncoder) patShells(l []pattern) {
	if !w.size(l == nil, len(l)) {
		return
	}
	w.pats += len(l)
	for _, p := range l {
		w.patShell(p)
	}
}

// patShell writes what a pattern holds besides its elements: its
// longest match, its flags and its needs.
func (w *lexEncoder) patShell(p pattern) {
	w.uint(int(p.maxLen))
	flags := 0
	if p.focus {
		flags |= 1
	}
	if p.grouped {
		flags |= 2
	}
	w.uint(flags)
	w.needsList(p.needs)
}

func (w *lexEncoder) patList(e *Entry, l []pattern) error {
	if !w.size(l == nil, len(l)) {
		return nil
	}
	w.pats += len(l)
	for _, p := range l {
		if err := w.elemList(e, p.elems); err != nil {
			return err
		}
		w.patShell(p)
	}
	return nil
}

func (w *lexEncoder) elemList(owner *Entry, l []elem) error {
	if !w.size(l == nil, len(l)) {
		return nil
	}
	w.elems += len(l)
	for i := range l {
		if err := w.elem(owner, &l[i]); err != nil {
			return err
		}
	}
	return nil
}

func (w *lexEncoder) elem(owner *Entry, e *elem) error {
	m := e.elemMore
	if m == nil {
		m = &elemMore{}
	}
	w.uint(int(e.kind))
	flags := 0
	for bit, on := range map[int]bool{elemOptional: e.optional, elemFocusIn: e.focusIn, elemFocusOut: e.focusOut,
		elemNumber: e.number, elemGate: !reflect.ValueOf(m.gate).IsZero()} {
		if on {
			flags |= bit
		}
	}
	if flags&elemGate != 0 && !reflect.DeepEqual(m.gate.byLast, endsByLast(m.gate.ends)) {
		return errors.New("a regex element's gate does not file its ends by their last byte")
	}
	w.uint(flags)
	w.uint(int(e.slot))
	w.strList(e.words)
	w.strList(m.prefixes)
	switch {
	case e.set == nil:
		w.uint(setNil)
	case slices.Equal(e.set.words, e.words):
		w.uint(setOfWords)
	default:
		w.uint(setOwn)
		w.uint(len(e.set.words))
		for _, k := range e.set.words {
			w.str(k)
		}
	}
	switch {
	case m.re == nil:
		w.uint(elemNoRegex)
	case m.re == owner.re:
		w.uint(elemEntryRegex)
	default:
		w.uint(elemOwnRegex)
		w.str(m.re.String())
	}
	if flags&elemGate != 0 {
		w.gate(&m.gate)
	}
	if w.size(m.alts == nil, len(m.alts)) {
		w.altsN += len(m.alts)
		for _, alt := range m.alts {
			if err := w.elemList(owner, alt); err != nil {
				return err
			}
		}
	}
	if m.merged == nil {
		w.uint(0)
	} else {
		w.uint(1)
		w.elems++
		if err := w.elem(owner, m.merged); err != nil {
			return err
		}
	}
	if w.size(m.inMerged == nil, len(m.inMerged)) {
		w.bools += len(m.inMerged)
		for _, b := range m.inMerged {
			if b {
				w.uint(1)
			} else {
				w.uint(0)
			}
		}
	}
	w.intsByWord(m.byFirst)
	w.intList(m.firstOpen)
	return nil
}

func (w *lexEncoder) gate(g *regexGate) {
	if g.first == nil {
		w.uint(0)
	} else {
		w.uint(1)
		for i := 0; i < len(g.first); i += 8 {
			var b byte
			for k := range 8 {
				if g.first[i+k] {
					b |= 1 << k
				}
			}
			w.buf = append(w.buf, b)
		}
	}
	w.uint(g.minLen)
	if w.size(g.ends == nil, len(g.ends)) {
		for _, lit := range g.ends {
			if w.size(lit == nil, len(lit)) {
				for _, r := range lit {
					w.uint(int(r))
				}
			}
		}
	}
}
