package main

import (
	"github.com/replylint/replylint/internal/report"
)

// report places an item's result in its file for the formatters: a .md
// body starts after its front matter, and a .jsonl record's reply is a
// string on the record's line.
func (it *item) report() *report.File {
	switch {
	case it.err != nil:
		return report.Failure(it.path, it.rec, it.err)
	case it.rec != nil:
		return report.Record(it.path, it.rec, it.res)
	}
	return report.Document(it.path, it.doc, it.res)
}
