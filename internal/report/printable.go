package report

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Printable returns s with the characters that would change what a line
// of output says escaped as in Go: control characters (\n, \r, \t, \x1b,
// DEL and the C1 controls), the Unicode line and paragraph separators,
// the bidirectional overrides and isolates, and bytes that are not UTF-8
// (\xe9). A file name holds any byte but the slash and NUL; printed raw,
// a newline in one forges a line of its own (a GitHub "::error" command,
// a "path:line:col:" an editor jumps to) and an escape sequence drives
// the terminal. Text, line output and messages on stderr print file names
// through it; JSON, XML and GitHub's workflow commands escape them in
// their own way. A string with nothing to escape is returned as it is.
func Printable(s string) string { return printable(s, false) }

// printable is Printable; with keepBreaks it leaves CR and LF to a
// format that escapes them itself (GitHub's workflow commands).
func printable(s string, keepBreaks bool) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unprintable(r, n) && !(keepBreaks && (r == '\n' || r == '\r')) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case !unprintable(r, n), keepBreaks && (r == '\n' || r == '\r'):
			b.WriteString(s[i : i+n])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case n == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		default:
			fmt.Fprintf(&b, `\u%04x`, r)
		}
		i += n
	}
	return b.String()
}

// unprintable reports whether a decoded code point (n bytes long) is one
// Printable escapes.
func unprintable(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n == 1:
		return true // not UTF-8
	case r < 0x20, r >= 0x7F && r <= 0x9F:
		return true
	case r == 0x2028, r == 0x2029:
		return true // line and paragraph separators
	case r >= 0x202A && r <= 0x202E, r >= 0x2066 && r <= 0x2069, r == 0x200E, r == 0x200F, r == 0x061C:
		return true // bidirectional controls
	}
	return false
}
