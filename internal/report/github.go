package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/replylint/replylint/lint"
)

// githubFormat writes GitHub Actions workflow commands, which the runner
// turns into annotations on the pull request:
//
//	::warning file=reply.txt,line=1,col=8,endColumn=17,title=hedging::message
//
// error and warning keep their names and info is a notice. Columns count
// UTF-16 code units, as GitHub's pages do; endColumn is exclusive, and
// endLine is given when a finding spans lines. The message is escaped as
// GitHub documents (% as %25, CR as %0D, LF as %0A) and property values
// also escape ":" and ","; other control characters, which GitHub's log
// would pass to the terminal, are escaped as Printable does. The summary
// is an ordinary log line.
type githubFormat struct{ w io.Writer }

func (g *githubFormat) Begin() {}

func (g *githubFormat) File(f *File) {
	if f.Err != nil {
		props := "file=" + githubProperty(f.Path)
		if f.ErrLine > 0 {
			props += fmt.Sprintf(",line=%d", f.ErrLine)
		}
		fmt.Fprintf(g.w, "::error %s,title=replylint::%s\n", props, githubData(f.ErrMsg))
		return
	}
	for _, fd := range f.Findings {
		props := fmt.Sprintf("file=%s,line=%d,col=%d", githubProperty(f.Path), fd.Start.Line, fd.Start.UTF16Column)
		if fd.End.Line != fd.Start.Line {
			props += fmt.Sprintf(",endLine=%d", fd.End.Line)
		}
		props += fmt.Sprintf(",endColumn=%d,title=%s", fd.End.UTF16Column, githubProperty(fd.Rule))
		fmt.Fprintf(g.w, "::%s %s::%s\n", githubLevel(fd.Severity), props, githubData(messageWithSuggestions(fd.Finding)))
	}
}

func (g *githubFormat) End(s Summary) { fmt.Fprintln(g.w, "replylint: "+s.String()) }

func githubLevel(s lint.Severity) string {
	switch s {
	case lint.Error:
		return "error"
	case lint.Warning:
		return "warning"
	}
	return "notice"
}

var (
	githubDataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	githubPropertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// githubData escapes a workflow command's message.
func githubData(s string) string { return githubDataEscaper.Replace(printable(s, true)) }

// githubProperty escapes a workflow command's property value. Control
// characters GitHub has no escape for are shown as Printable does.
func githubProperty(s string) string {
	return githubPropertyEscaper.Replace(printable(s, true))
}
