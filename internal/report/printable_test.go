package report

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPrintable(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"a plain name is kept", "antwoorden/maart.txt", "antwoorden/maart.txt"},
		{"accents, emoji and a joiner are kept", "café/👩‍👩‍👧.md", "café/👩‍👩‍👧.md"},
		{"a newline cannot start a line", "a\n::error::x.txt", `a\n::error::x.txt`},
		{"CR and tab", "a\rb\tc.txt", `a\rb\tc.txt`},
		{"a terminal escape", "x\x1b[2J.txt", `x\x1b[2J.txt`},
		{"DEL and a C1 control", "x\x7f\u0085.txt", `x\x7f\u0085.txt`},
		{"line separator and a bidi override", "x\u2028\u202egnp.txt", `x\u2028\u202egnp.txt`},
		{"a byte that is not UTF-8", "caf\xe9.txt", `caf\xe9.txt`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, Printable(tt.in))
		})
	}
}
