package report

import (
	"io"

	"github.com/replylint/replylint/lint"
)

// Reviewdog Diagnostic Format (reviewdog's proto/rdf): rdjson is one
// DiagnosticResult, rdjsonl one Diagnostic per line. Lines and columns
// are 1-based and columns count UTF-8 bytes, as the format requires; a
// range's end is exclusive. Suggestions carry only literal fixes, which
// reviewdog can post as suggested changes.
type (
	rdResult struct {
		Source      rdSource       `json:"source"`
		Diagnostics []rdDiagnostic `json:"diagnostics"`
	}
	rdDiagnostic struct {
		Message     string         `json:"message"`
		Location    rdLocation     `json:"location"`
		Severity    string         `json:"severity"`
		Source      rdSource       `json:"source"`
		Code        rdCode         `json:"code"`
		Suggestions []rdSuggestion `json:"suggestions,omitempty"`
	}
	rdSource struct {
		Name string `json:"name"`
		URL  string `json:"url,omitempty"`
	}
	rdCode struct {
		Value string `json:"value"`
		URL   string `json:"url,omitempty"`
	}
	rdLocation struct {
		Path  string  `json:"path"`
		Range rdRange `json:"range"`
	}
	rdRange struct {
		Start rdPosition `json:"start"`
		End   rdPosition `json:"end"`
	}
	rdPosition struct {
		Line   int `json:"line"`
		Column int `json:"column"`
	}
	rdSuggestion struct {
		Range rdRange `json:"range"`
		Text  string  `json:"text"`
	}
)

var rdSourceReplylint = rdSource{Name: "replylint", URL: "https://github.com/replylint/replylint"}

// rdjsonFormat writes rdjson, streamed, or rdjsonl. Inputs that were not
// linted have no place in the format; the CLI reports them on stderr.
type rdjsonFormat struct {
	w     io.Writer
	lines bool
	diags jsonArray
}

func (r *rdjsonFormat) Begin() {
	if !r.lines {
		io.WriteString(r.w, "{\n  \"source\": ")
		r.w.Write(Marshal(rdSourceReplylint, "  ", "  "))
		io.WriteString(r.w, ",\n  \"diagnostics\": [")
		r.diags = jsonArray{w: r.w, indent: "    "}
	}
}

func (r *rdjsonFormat) File(f *File) {
	if f.Err != nil {
		return
	}
	for _, fd := range f.Findings {
		d := rdDiagnostic{
			Message:  messageWithSuggestions(fd.Finding),
			Location: rdLocation{Path: f.Path, Range: rdRangeOf(fd.Start, fd.End)},
			Severity: rdSeverity(fd.Severity),
			Source:   rdSourceReplylint,
			Code:     rdCode{Value: fd.Rule, URL: RuleURL(fd.Rule)},
		}
		for _, e := range fd.Fixes {
			d.Suggestions = append(d.Suggestions, rdSuggestion{Range: rdRangeOf(e.Start, e.End), Text: e.NewText})
		}
		if r.lines {
			r.w.Write(Marshal(d, "", ""))
			io.WriteString(r.w, "\n")
			continue
		}
		r.diags.add(d)
	}
}

func (r *rdjsonFormat) End(Summary) {
	if r.lines {
		return
	}
	r.diags.close()
	io.WriteString(r.w, "\n}\n")
}

func rdRangeOf(start, end Position) rdRange {
	return rdRange{Start: rdPosition{Line: start.Line, Column: start.ByteColumn},
		End: rdPosition{Line: end.Line, Column: end.ByteColumn}}
}

func rdSeverity(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "ERROR"
	case lint.Warning:
		return "WARNING"
	}
	return "INFO"
}
