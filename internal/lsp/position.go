package lsp

import (
	"unicode/utf8"
)

// offsetAt returns the byte offset of an LSP position in text, with the
// line starts of tone.LineStarts. A character past the end of its line
// means the line's end (before "\r\n"), as the protocol says; a line past
// the end means the end of the text; a position inside a character means
// its start.
func offsetAt(text string, starts []int, p Position, encoding string) int {
	if p.Line < 0 {
		return 0
	}
	if p.Line >= len(starts) {
		return len(text)
	}
	off := starts[p.Line]
	end := len(text)
	if p.Line+1 < len(starts) {
		end = starts[p.Line+1] - 1 // the "\n"
		if end > off && text[end-1] == '\r' {
			end--
		}
	}
	for n := 0; off < end; {
		r, size := utf8.DecodeRuneInString(text[off:end])
		units := size
		if encoding != EncodingUTF8 {
			units = 1
			if r >= 0x10000 {
				units = 2
			}
		}
		if n+units > p.Character {
			break
		}
		n += units
		off += size
	}
	return off
}
