package report

import (
	"strconv"
	"unicode/utf8"

	"github.com/replylint/replylint/lint"
)

// The json and jsonl formats write one object per reply; for a bulk
// audit of many thousand replies, encoding/json's reflection was a tenth
// of the CLI's own work. appendFileJSON writes the same bytes by hand
// (TestAppendFileJSON and FuzzAppendFileJSON hold it to encoding/json's
// output, so a field added to a type shows up there first).

// appendFileJSON appends the compact JSON of f.JSON(), as encoding/json
// without HTML escaping writes it.
func appendFileJSON(b []byte, f *File) []byte {
	b = append(b, `{"path":`...)
	b = appendJSONString(b, f.Path)
	if len(f.ID) > 0 {
		b = append(b, `,"id":`...)
		b = append(b, f.ID...) // a JSON string or number as it stood in the file: compact
	}
	if f.Err != nil {
		if f.ErrLine != 0 {
			b = append(b, `,"line":`...)
			b = strconv.AppendInt(b, int64(f.ErrLine), 10)
		}
		b = append(b, `,"error":`...)
		b = appendJSONString(b, f.ErrMsg)
		return append(b, '}')
	}
	if f.RecordLine != 0 {
		b = append(b, `,"line":`...)
		b = strconv.AppendInt(b, int64(f.RecordLine), 10)
	}
	b = append(b, `,"lang":`...)
	b = appendJSONString(b, f.Result.Lang)
	b = append(b, `,"score":`...)
	b = appendScorecard(b, &f.Score)
	b = append(b, `,"findings":[`...)
	for i, fd := range f.Findings {
		if i > 0 {
			b = append(b, ',')
		}
		lf := fd.Finding
		if !f.IsRecord() {
			lf.Line, lf.Column, lf.Offset = fd.Start.Line, fd.Start.Column, fd.Start.Offset
			lf.EndLine, lf.EndColumn, lf.EndOffset = fd.End.Line, fd.End.Column, fd.End.Offset
		}
		b = appendFinding(b, &lf)
	}
	return append(b, "]}"...)
}

func appendScorecard(b []byte, s *lint.Scorecard) []byte {
	b = appendIntField(b, `{"total":`, s.Total)
	b = appendIntField(b, `,"empathy":`, s.Empathy)
	b = appendIntField(b, `,"personal":`, s.Personal)
	b = appendIntField(b, `,"clarity":`, s.Clarity)
	b = appendIntField(b, `,"de_escalation":`, s.DeEscalation)
	b = appendIntField(b, `,"privacy":`, s.Privacy)
	b = append(b, `,"reasons":`...)
	if s.Reasons == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, r := range s.Reasons {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"part":`...)
			b = appendJSONString(b, r.Part)
			b = append(b, `,"rule":`...)
			b = appendJSONString(b, r.Rule)
			b = appendIntField(b, `,"points":`, r.Points)
			b = appendIntField(b, `,"span":{"offset":`, r.Span.Start)
			b = appendIntField(b, `,"end_offset":`, r.Span.End)
			b = append(b, "}}"...)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendFinding(b []byte, f *lint.Finding) []byte {
	b = append(b, `{"rule":`...)
	b = appendJSONString(b, f.Rule)
	b = append(b, `,"severity":`...)
	b = appendJSONString(b, f.Severity.String())
	b = append(b, `,"message":`...)
	b = appendJSONString(b, f.Message)
	b = appendIntField(b, `,"line":`, f.Line)
	b = appendIntField(b, `,"column":`, f.Column)
	b = appendIntField(b, `,"end_line":`, f.EndLine)
	b = appendIntField(b, `,"end_column":`, f.EndColumn)
	b = appendIntField(b, `,"offset":`, f.Offset)
	b = appendIntField(b, `,"end_offset":`, f.EndOffset)
	b = append(b, `,"suggestions":`...)
	if f.Suggestions == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i, s := range f.Suggestions {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, s)
		}
		b = append(b, ']')
	}
	return append(b, '}')
}

func appendIntField(b []byte, key string, n int) []byte {
	return strconv.AppendInt(append(b, key...), int64(n), 10)
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string the way encoding/json does
// without HTML escaping: control characters, quotes and backslashes
// escaped, invalid UTF-8 as \ufffd, U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
