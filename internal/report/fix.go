package report

import (
	"strings"

	"github.com/replylint/replylint/lint"
	"github.com/replylint/replylint/tone"
)

// fix is an edit of a reply: its span replaced by new text.
type fix struct {
	Span    tone.Span
	NewText string
}

// fixes returns the edits that carry out a finding's suggestion
// literally. Most suggestions are advice ("say what you know"): an edit
// that only deletes "misschien" would leave a broken sentence, so those
// get none. Two suggestions name their replacement exactly:
//
//   - emotional, capitals: the suggestion quotes the words in lower case
//     ("Schrijf "niet" in kleine letters"), so the edit writes them so;
//   - emotional, "!!" or "?!": the suggestion is one mark, so the edit
//     keeps the first question mark, else one exclamation mark.
//
// The edit is checked against the text it replaces, so a change in the
// rule's wording yields no fix rather than a wrong one.
func fixes(f lint.Finding, text string) []fix {
	if f.Rule != "emotional" {
		return nil
	}
	words := f.Span.In(text)
	if words == "" {
		return nil
	}
	if lower := strings.ToLower(words); lower != words && strings.ToUpper(words) == words {
		for _, s := range f.Suggestions {
			if strings.Contains(s, "\""+lower+"\"") {
				return []fix{{Span: f.Span, NewText: lower}}
			}
		}
		return nil
	}
	if len(words) >= 2 && strings.Trim(words, "!?") == "" {
		mark := "!"
		if strings.Contains(words, "?") {
			mark = "?"
		}
		return []fix{{Span: f.Span, NewText: mark}}
	}
	return nil
}
