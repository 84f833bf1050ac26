package tone

import (
	_ "embed"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"io/fs"
	"sync"

	"github.com/replylint/replylint/internal/packread"
)

// The built-in lexicons are also shipped compiled: tone/compiled/*.lex
// hold each lexicon as ParseLexicon leaves it (entries, compiled
// patterns, indexes), written by `go generate ./tone` from the YAML
// files, which stay the source people edit. Reading the compiled form
// is a fraction of parsing and compiling the YAML (decoding YAML was most
// of a one-message CLI run). Each compiled file carries a checksum of its
// YAML sources: where they differ (a YAML file edited without `go
// generate`), the YAML is parsed instead, so the lexicon in use is always
// the YAML's, only slower; TestCompiledLexiconsAreFresh fails in CI until
// the compiled files are written again. A change to how patterns compile
// or to the compiled types needs `go generate ./tone` too (the same test
// fails until then). Team lexicons in .replylint.yaml are parsed as YAML.
//
// Reading a compiled lexicon makes only what a first reading needs of all
// of it; the rest stays in the embedded bytes until asked. The word and
// pair indexes are read in place (refIndex); each entry's pattern
// elements (lazyElems) and except patterns (exceptions) are read when the
// entry is first tried or first has a hit. So a first Lint with a
// customer's message allocates 2.3 MB, not 4.6, and runs no GC.

//go:generate go test -run TestCompiled -update-compiled

var (
	//go:embed compiled/nl.lex
	compiledNL string
	//go:embed compiled/en.lex
	compiledEN string
	//go:embed compiled/customer.nl.lex
	compiledCustomerNL string
	//go:embed compiled/customer.en.lex
	compiledCustomerEN string
	//go:embed compiled/topics.nl.lex
	compiledTopicsNL string
	//go:embed compiled/topics.en.lex
	compiledTopicsEN string
)

// compiledSource is a compiled lexicon and the YAML files it was made from.
type compiledSource struct {
	data    string
	sources []string // under tone/
}

// compiledLexicons are the compiled forms by name: LANG (the reply
// lexicon), customer.LANG (with the topics added, as parseCustomer makes
// it) and topics.LANG.
var compiledLexicons = map[string]compiledSource{
	"nl":          {compiledNL, []string{"lexicon/nl.yaml"}},
	"en":          {compiledEN, []string{"lexicon/en.yaml"}},
	"customer.nl": {compiledCustomerNL, []string{"lexicon/customer.nl.yaml", "lexicon/topics.nl.yaml"}},
	"customer.en": {compiledCustomerEN, []string{"lexicon/customer.en.yaml", "lexicon/topics.en.yaml"}},
	"topics.nl":   {compiledTopicsNL, []string{"lexicon/topics.nl.yaml"}},
	"topics.en":   {compiledTopicsEN, []string{"lexicon/topics.en.yaml"}},
}

// lexMagic starts a compiled lexicon; lexFormat is the version of its
// layout, part of the checksum, so a file of another layout is not read.
const (
	lexMagic  = "replylint lexicon\n"
	lexFormat = 5
)

// sourceSum is the checksum a compiled lexicon carries of its sources:
// CRC-32 over the layout version and each file's length and bytes. (IEEE:
// the Castagnoli table takes longer to set up than the files to sum.)
func sourceSum(sources []string) (uint32, error) { return fileSum(lexiconFS, sources...) }

// sumBuffers hold fileSum's buffers.
var sumBuffers = sync.Pool{New: func() any { return new([4 << 10]byte) }}

// fileSum is sourceSum of files in fsys.
func fileSum(fsys fs.FS, sources ...string) (uint32, error) {
	tab := crc32.IEEETable
	sum := crc32.Update(0, tab, []byte{lexFormat})
	// Read in parts (ReadFile would copy each file whole), into a buffer
	// the loaders share: each of a first reading's eight checksums made
	// its own, 128 kB of its heap.
	bp := sumBuffers.Get().(*[4 << 10]byte)
	defer sumBuffers.Put(bp)
	buf := bp[:]
	for _, name := range sources {
		f, err := fsys.Open(name)
		if err != nil {
			return 0, err
		}
		st, err := f.Stat()
		if err != nil {
			return 0, err
		}
		n := st.Size()
		sum = crc32.Update(sum, tab, []byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)})
		for {
			k, err := f.Read(buf)
			sum = crc32.Update(sum, tab, buf[:k])
			if err == io.EOF {
				break
			}
			if err != nil {
				return 0, err
			}
		}
		f.Close()
	}
	return sum, nil
}

// compiledLexicon returns the compiled lexicon of a name, or nil when its
// YAML sources changed since it was written (or it cannot be read, which
// a test rules out): the caller parses the YAML then.
func compiledLexicon(name string) *Lexicon {
	c, ok := compiledLexicons[name]
	if !ok {
		return nil
	}
	sum, err := sourceSum(c.sources)
	if err != nil {
		return nil
	}
	lx, err := decodeLexicon(c.data, sum)
	if err != nil {
		return nil
	}
	return lx
}

// errStale is a compiled lexicon whose sources have changed.
var errStale = errors.New("compiled lexicon: sources changed since it was written (go generate ./tone)")

// decodeLexicon reads a compiled lexicon made from sources whose checksum
// is sum. Its strings share memory with data.
func decodeLexicon(data string, sum uint32) (lx *Lexicon, err error) {
	r, ok := packread.Open(data, lexMagic)
	if !ok {
		return nil, errors.New("compiled lexicon: not one")
	}
	d := &lexDecoder{Reader: r}
	// The data is embedded and tested; a defect reads as stale.
	defer d.Catch("compiled lexicon", &err)
	if uint32(d.Uint()) != sum {
		return nil, errStale
	}
	return d.lexicon()
}

// lexDecoder reads a compiled lexicon: unsigned varints, and strings as a
// length and bytes. The counts at its start size one slab per type, which
// the lists are cut from.
type lexDecoder struct {
	packread.Reader

	entries []Entry
	pats    []pattern
	elems   []elem
	strs    []string
	strSlab []string // all of strs, which a shared list is cut from again
	ints    []int32
	bools   []bool
	refs    []*patRef
	refTab  []patRef
	alts    [][]elem
	masks   []wordMask
	// maskSlab is all of masks, which a shared list of needs is cut from
	// again.
	maskSlab []wordMask
	res      map[string]*lazyRegexp
}

// uint reads a count, an index or a number.
func (d *lexDecoder) uint() int { return int(d.Uint()) }

// size reads a list's length: 0 for a nil list, n+1 for n elements.
func (d *lexDecoder) size() (int, bool) {
	n := d.uint()
	return n - 1, n > 0
}

// strList reads a list of strings: its size, 0 for nil, 2n+1 for n
// strings that follow, or 2n+2 for the n strings that start at the place
// in the slab that follows, a list read before (one list of words serves
// many patterns: "jullie|je|u").
func (d *lexDecoder) strList() []string {
	return sharedList(d, d.strSlab, &d.strs, "strings", (*lexDecoder).Str)
}

// needsList reads a pattern's needs (setNeeds, which compile calls): 0
// for nil, 2n+1 for n masks that follow (32 bytes each, four
// little-endian uint64s), or 2n+2 for the n masks that start at the place
// in the slab that follows, a list read before (the patterns one group
// expands to share most of theirs).
func (d *lexDecoder) needsList() []wordMask {
	return sharedList(d, d.maskSlab, &d.masks, "needs", func(d *lexDecoder) (m wordMask) {
		b := d.Next(32)
		for k := range m {
			var x uint64
			for j := 7; j >= 0; j-- {
				x = x<<8 | uint64(b[8*k+j])
			}
			m[k] = x
		}
		return m
	})
}

// sharedList reads a list that may be one read before (strList,
// needsList): 0 for nil, 2n+1 for n elements that follow, each read by
// read into the room left of slab (*rest), or 2n+2 for the n elements at
// the place in slab that follows.
func sharedList[T any](d *lexDecoder, slab []T, rest *[]T, what string, read func(*lexDecoder) T) []T {
	n := d.uint()
	switch {
	case n == 0:
		return nil
	case n%2 == 0:
		n = n/2 - 1
		at := d.uint()
		if at+n > len(slab)-len(*rest) {
			panic("a shared list of " + what + " is not one read before")
		}
		return slab[at : at+n : at+n]
	}
	n /= 2
	out := (*rest)[:n:n]
	*rest = (*rest)[n:]
	for i := range out {
		out[i] = read(d)
	}
	return out
}

func (d *lexDecoder) intList() []int32 {
	n, ok := d.size()
	if !ok {
		return nil
	}
	out := d.ints[:n:n]
	d.ints = d.ints[n:]
	for i := range out {
		out[i] = int32(d.uint())
	}
	return out
}

func (d *lexDecoder) intsByWord() map[string][]int32 {
	n, ok := d.size()
	if !ok {
		return nil
	}
	m := make(map[string][]int32, n)
	for range n {
		k := d.Str()
		m[k] = d.intList()
	}
	return m
}

// lazyRegexp returns the expression to be compiled on first use, one for
// each expression of the lexicon.
func (d *lexDecoder) lazyRegexp(expr string) *lazyRegexp {
	if re, ok := d.res[expr]; ok {
		return re
	}
	if d.res == nil {
		d.res = map[string]*lazyRegexp{}
	}
	re := &lazyRegexp{expr: expr}
	d.res[expr] = re
	return re
}

// slabs reads the counts that size the slabs and makes them.
func (d *lexDecoder) slabs() {
	d.entries = make([]Entry, d.uint())
	d.pats = make([]pattern, d.uint())
	d.elems = make([]elem, d.uint())
	d.strs = make([]string, d.uint())
	d.strSlab = d.strs
	d.ints = make([]int32, d.uint())
	d.bools = make([]bool, d.uint())
	d.refs = make([]*patRef, d.uint())
	d.alts = make([][]elem, d.uint())
	d.masks = make([]wordMask, d.uint())
	d.maskSlab = d.masks
}

func (d *lexDecoder) lexicon() (*Lexicon, error) {
	lx := &Lexicon{Lang: d.Str()}
	d.slabs()
	entries := d.entries
	lx.Entries = make([]*Entry, len(entries))
	for i := range entries {
		lx.Entries[i] = &entries[i]
		if err := d.entry(&entries[i]); err != nil {
			return nil, err
		}
	}
	lx.builtFrom = lx.Entries
	// The index lists point to one patRef per pattern.
	d.refTab = make([]patRef, d.uint())
	for i := range d.refTab {
		e := lx.Entries[d.uint()]
		p := &e.pats[d.uint()]
		r := &d.refTab[i]
		r.e, r.p, r.order, r.fold = e, p, int32(d.uint()), p.fold
		if d.uint() == refNextOwn {
			r.next = d.strList()
		}
	}

	// The two large indexes are read in place (refIndex).
	lx.index = d.packedIndex(d.refTab, wordHash)
	lx.pairIndex = d.packedIndex(d.refTab, pairKeyHash)
	n := d.uint()
	lx.byPrefix = make(map[string][]*patRef, n)
	for range n {
		k := d.Str()
		lx.byPrefix[k] = d.refList()
	}
	for i := 0; i < len(lx.prefixStart); i += 8 {
		b := d.Byte()
		for k := range 8 {
			lx.prefixStart[i+k] = b&(1<<k) != 0
		}
	}
	lx.scan = d.refList()
	// findHits looks at the first element of every pattern of scan.
	for _, r := range lx.scan {
		r.e.loadElems()
	}
	n = d.uint()
	lx.words = make(map[string]map[string]bool, n)
	for range n {
		cat := d.Str()
		n := d.uint()
		words := make(map[string]bool, n)
		for range n {
			words[d.Str()] = true
		}
		lx.words[cat] = words
	}
	if d.Left() != 0 {
		return nil, fmt.Errorf("compiled lexicon: %d bytes after the end", d.Left())
	}
	return lx, nil
}

func (d *lexDecoder) refList() []*patRef {
	n, ok := d.size()
	if !ok {
		return nil
	}
	out := d.refs[:n:n]
	d.refs = d.refs[n:]
	for i := range out {
		out[i] = &d.refTab[d.uint()]
	}
	return out
}

// Where a patRef's next words come from: none, or its own list. (1 was
// the words of the pattern's second element, which would read the
// entry's elements with the lexicon; it is written no more.)
const (
	refNextNil = 0
	refNextOwn = 2
)

func (d *lexDecoder) entry(e *Entry) error {
	e.Category = d.Str()
	e.Match = d.strList()
	e.Regex = d.Str()
	e.Except = d.strList()
	e.Note = d.Str()
	e.Suggestion = d.Str()
	e.Level = d.Str()
	e.Context = d.Str()
	e.Line = d.uint()
	e.Column = d.uint()
	if expr := d.Str(); expr != "" {
		e.re = d.lazyRegexp(expr)
	}
	e.pats = d.patShells()
	if data := d.Str(); data != "" {
		e.unread = &lazyElems{data: data, pats: e.pats, owner: e}
	}
	if data := d.Str(); data != "" {
		e.exc = &exceptions{data: data, owner: e}
	}
	return nil
}

// patShells reads an entry's patterns without their elements, which
// lazyElems reads.
func (d *lexDecoder) patShells() []pattern {
	n, ok := d.size()
	if !ok {
		return nil
	}
	out := d.pats[:n:n]
	d.pats = d.pats[n:]
	for i := range out {
		p := &out[i]
		p.maxLen = int32(d.uint())
		flags := d.uint()
		p.focus, p.grouped = flags&1 != 0, flags&2 != 0
		p.needs = d.needsList()
		p.fold = foldNeeds(p.needs)
	}
	return out
}

// lazyElems holds the elements of an entry's patterns as a compiled
// lexicon writes them, with slabs of their own, read when the entry is
// first tried (Entry.loadElems): a reading tries the patterns of few of
// a lexicon's entries, and their elements, words and sets were most of
// the heap of a first reading.
// The elements are read into pats, the patterns the entry was read with,
// whose entry is owner: a copy of the entry shares them.
type lazyElems struct {
	data  string
	pats  []pattern
	owner *Entry
	once  sync.Once
}

// loadElems reads the elements of the entry's patterns, once; an entry
// compiled from YAML has them.
func (e *Entry) loadElems() {
	if l := e.unread; l != nil {
		l.once.Do(l.read)
	}
}

func (l *lazyElems) read() {
	d := &lexDecoder{Reader: packread.Reader{Data: l.data}}
	err := func() (err error) {
		defer d.Catch("compiled lexicon: elements", &err)
		d.slabs()
		for i := range l.pats {
			if l.pats[i].elems, err = d.elemList(l.owner); err != nil {
				return err
			}
		}
		if d.Left() != 0 {
			return fmt.Errorf("compiled lexicon: %d bytes after an entry's elements", d.Left())
		}
		return nil
	}()
	if err != nil {
		panic(err) // embedded, and read whole by TestCompiledLexiconsAreFresh: a build defect
	}
}

// load reads the except patterns and their index from data, which holds
// the counts of its own slabs (as a lexicon does), the patterns and the
// index.
func (x *exceptions) load() {
	d := &lexDecoder{Reader: packread.Reader{Data: x.data}}
	err := func() (err error) {
		defer d.Catch("compiled lexicon: except patterns", &err)
		d.slabs()
		if x.pats, err = d.patList(x.owner); err != nil {
			return err
		}
		x.ix.byWord = d.intsByWord()
		x.ix.setWordBits()
		x.ix.byPrefix = d.intsByWord()
		x.ix.open = d.intList()
		x.ix.gapped = d.intList()
		x.ix.maxLen = d.uint()
		if d.Left() != 0 {
			return fmt.Errorf("compiled lexicon: %d bytes after an entry's except patterns", d.Left())
		}
		return nil
	}()
	if err != nil {
		panic(err) // embedded, and read whole by TestCompiledLexiconsAreFresh: a build defect
	}
}

func (d *lexDecoder) patList(e *Entry) ([]pattern, error) {
	n, ok := d.size()
	if !ok {
		return nil, nil
	}
	out := d.pats[:n:n]
	d.pats = d.pats[n:]
	for i := range out {
		p := &out[i]
		var err error
		if p.elems, err = d.elemList(e); err != nil {
			return nil, err
		}
		p.maxLen = int32(d.uint())
		flags := d.uint()
		p.focus, p.grouped = flags&1 != 0, flags&2 != 0
		p.needs = d.needsList()
		p.fold = foldNeeds(p.needs)
	}
	return out, nil
}

func (d *lexDecoder) elemList(e *Entry) ([]elem, error) {
	n, ok := d.size()
	if !ok {
		return nil, nil
	}
	out := d.elems[:n:n]
	d.elems = d.elems[n:]
	for i := range out {
		if err := d.elem(e, &out[i]); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// Flags of an element.
const (
	elemOptional = 1 << iota
	elemFocusIn
	elemFocusOut
	elemNumber
	elemGate // the element has a gate
)

// gate reads a regex element's gate: its first bytes (a bit each), its
// shortest length and the literals its matches end with.
func (d *lexDecoder) gate(g *regexGate) {
	if d.uint() == 1 {
		g.first = new(byteSet)
		for i := 0; i < len(g.first); i += 8 {
			b := d.Byte()
			for k := range 8 {
				g.first[i+k] = b&(1<<k) != 0
			}
		}
	}
	g.minLen = d.uint()
	if n, ok := d.size(); ok {
		g.ends = make([][]rune, n)
		for i := range g.ends {
			if n, ok := d.size(); ok {
				g.ends[i] = make([]rune, n)
				for k := range g.ends[i] {
					g.ends[i][k] = rune(d.uint())
				}
			}
		}
	}
	g.byLast = endsByLast(g.ends)
}

// What an element's set holds.
const (
	setNil     = iota
	setOfWords // the element's words
	setOwn
)

// Where an element's regex comes from.
const (
	elemNoRegex = iota
	elemEntryRegex
	elemOwnRegex
)

func (d *lexDecoder) elem(owner *Entry, e *elem) error {
	e.kind = elemKind(d.uint())
	flags := d.uint()
	e.optional, e.focusIn, e.focusOut, e.number = flags&elemOptional != 0, flags&elemFocusIn != 0,
		flags&elemFocusOut != 0, flags&elemNumber != 0
	e.slot = uint8(d.uint())
	e.words = d.strList()
	prefixes := d.strList()
	switch d.uint() {
	case setOfWords:
		e.set = newWordTable(e.words)
	case setOwn:
		words := make([]string, d.uint())
		for i := range words {
			words[i] = d.Str()
		}
		e.set = newWordTable(words)
	}
	// The rest is elemMore's, which a regex and a group always have and
	// the other elements only when the data gives them some of it.
	m := elemMore{prefixes: prefixes}
	switch d.uint() {
	case elemEntryRegex:
		m.re = owner.re
	case elemOwnRegex:
		m.re = d.lazyRegexp(d.Str())
	}
	if flags&elemGate != 0 {
		d.gate(&m.gate)
	}
	if n, ok := d.size(); ok {
		m.alts = d.alts[:n:n]
		d.alts = d.alts[n:]
		for i := range m.alts {
			var err error
			if m.alts[i], err = d.elemList(owner); err != nil {
				return err
			}
		}
	}
	if d.uint() == 1 {
		m.merged = &d.elems[0]
		d.elems = d.elems[1:]
		if err := d.elem(owner, m.merged); err != nil {
			return err
		}
	}
	if n, ok := d.size(); ok {
		m.inMerged = d.bools[:n:n]
		d.bools = d.bools[n:]
		for i := range m.inMerged {
			m.inMerged[i] = d.uint() == 1
		}
	}
	m.byFirst = d.intsByWord()
	m.firstOpen = d.intList()
	if e.kind == elRegex || e.kind == elGroup || m.prefixes != nil || m.re != nil || m.gate.first != nil || m.gate.minLen != 0 ||
		m.gate.ends != nil || m.alts != nil || m.merged != nil || m.inMerged != nil || m.byFirst != nil || m.firstOpen != nil {
		e.elemMore = new(elemMore)
		*e.elemMore = m
	}
	return nil
}
