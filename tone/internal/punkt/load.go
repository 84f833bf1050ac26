package punkt

import (
	"errors"
	"fmt"
	"strconv"
	"unsafe"

	"gopkg.in/neurosnap/sentences.v1"
)

// Load returns the Dutch training as punkt storage.
//
// sentences.LoadTraining decodes the JSON with encoding/json, which takes
// about 13 ms for the 32,000 orthographic-context entries: most of a
// one-reply CLI run. The file is four flat objects of string → integer, so
// a scanner for exactly that shape reads it in a fraction of the time.
// TestLoadMatchesLoadTraining holds it to the same result.
func Load() (*sentences.Storage, error) {
	return parse(Dutch)
}

// parse reads training data; keys share memory with data, which must not
// change afterwards.

func parse(data []byte) (*sentences.Storage, error) {
	st := &sentences.Storage{
		AbbrevTypes:  sentences.SetString{},
		Collocations: sentences.SetString{},
		SentStarters: sentences.SetString{},
		OrthoContext: make(sentences.SetString, 33000),
	}
	p := scanner{data: data}
	p.skip()
	if !p.eat('{') {
		return nil, p.err("want {")
	}
	for {
		p.skip()
		if p.eat('}') {
			return st, nil
		}
		key, err := p.str()
		if err != nil {
			return nil, err
		}
		p.skip()
		if !p.eat(':') {
			return nil, p.err("want :")
		}
		var set sentences.SetString
		switch key {
		case "AbbrevTypes":
			set = st.AbbrevTypes
		case "Collocations":
			set = st.Collocations
		case "SentStarters":
			set = st.SentStarters
		case "OrthoContext":
			set = st.OrthoContext
		default:
			return nil, p.err("unknown section " + key)
		}
		if err := p.object(set); err != nil {
			return nil, err
		}
		p.skip()
		p.eat(',')
	}
}

type scanner struct {
	data []byte
	i    int
}

func (p *scanner) err(m string) error { return fmt.Errorf("punkt training at byte %d: %s", p.i, m) }

func (p *scanner) skip() {
	for p.i < len(p.data) && (p.data[p.i] == ' ' || p.data[p.i] == '\n' || p.data[p.i] == '\t' || p.data[p.i] == '\r') {
		p.i++
	}
}

func (p *scanner) eat(c byte) bool {
	if p.i < len(p.data) && p.data[p.i] == c {
		p.i++
		return true
	}
	return false
}

// str reads a JSON string; escapes go through strconv.Unquote.
func (p *scanner) str() (string, error) {
	if !p.eat('"') {
		return "", p.err("want string")
	}
	start, escaped := p.i, false
	for p.i < len(p.data) {
		switch p.data[p.i] {
		case '\\':
			escaped = true
			p.i += 2
			continue
		case '"':
			// Keys point into the embedded training, which lives as long
			// as the process and is never written: no copy of 32,000
			// strings at start-up.
			s := unsafe.String(unsafe.SliceData(p.data[start:p.i]), p.i-start)
			p.i++
			if escaped {
				u, err := strconv.Unquote(`"` + s + `"`)
				if err != nil {
					return "", p.err(err.Error())
				}
				s = u
			}
			return s, nil
		}
		p.i++
	}
	return "", errors.New("punkt training: unterminated string")
}

// object reads {"word": 12, ...} into set.
func (p *scanner) object(set sentences.SetString) error {
	p.skip()
	if !p.eat('{') {
		return p.err("want {")
	}
	for {
		p.skip()
		if p.eat('}') {
			return nil
		}
		k, err := p.str()
		if err != nil {
			return err
		}
		p.skip()
		if !p.eat(':') {
			return p.err("want :")
		}
		p.skip()
		n, neg := 0, false
		if p.eat('-') {
			neg = true
		}
		start := p.i
		for p.i < len(p.data) && p.data[p.i] >= '0' && p.data[p.i] <= '9' {
			n = n*10 + int(p.data[p.i]-'0')
			p.i++
		}
		if p.i == start {
			return p.err("want a number")
		}
		if neg {
			n = -n
		}
		set[k] = n
		p.skip()
		p.eat(',')
	}
}
