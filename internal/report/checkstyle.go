package report

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

// checkstyleFormat writes Checkstyle XML, read by reviewdog
// (-f=checkstyle), Jenkins and GitLab converters: a <file> per reply with
// an <error> per finding. Columns count code points, as the text and
// line formats do. The source is "replylint.RULE"; an input that was not
// linted is an error with source "replylint".
type checkstyleFormat struct{ w io.Writer }

func (c *checkstyleFormat) Begin() {
	io.WriteString(c.w, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"4.3\">\n")
}

func (c *checkstyleFormat) File(f *File) {
	fmt.Fprintf(c.w, "  <file name=\"%s\">\n", xmlAttr(f.Path))
	if f.Err != nil {
		line := ""
		if f.ErrLine > 0 {
			line = fmt.Sprintf(" line=\"%d\"", f.ErrLine)
		}
		fmt.Fprintf(c.w, "    <error%s severity=\"error\" message=\"%s\" source=\"replylint\"/>\n", line, xmlAttr(f.ErrMsg))
	}
	for _, fd := range f.Findings {
		fmt.Fprintf(c.w, "    <error line=\"%d\" column=\"%d\" severity=\"%s\" message=\"%s\" source=\"replylint.%s\"/>\n",
			fd.Start.Line, fd.Start.Column, fd.Severity, xmlAttr(messageWithSuggestions(fd.Finding)), xmlAttr(fd.Rule))
	}
	io.WriteString(c.w, "  </file>\n")
}

func (c *checkstyleFormat) End(Summary) { io.WriteString(c.w, "</checkstyle>\n") }

// xmlAttr escapes text for an attribute value: markup characters, quotes
// and line breaks as character references; characters XML cannot hold
// become U+FFFD.
func xmlAttr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
