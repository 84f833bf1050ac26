package main

import (
	"bufio"
	"context"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/internal/teamreport"
)

// TestReportCountsAsLint: the team report over the labelled corpus,
// rendered through the CLI, has the numbers a direct count of
// "replylint --format jsonl" over the same files gives.
func TestReportCountsAsLint(t *testing.T) {
	files, err := filepath.Glob("../../testdata/corpus/*.jsonl")
	require.NoError(t, err)
	require.NotEmpty(t, files)

	code, out, errOut := runCLI(context.Background(), t, strings.NewReader(""), append([]string{"--format", "jsonl"}, files...)...)
	require.NotEqual(t, exitError, code, errOut)
	type finding struct {
		Rule     string `json:"rule"`
		Severity string `json:"severity"`
	}
	var replies, findings, hedging, hedgingReplies, warnReplies, scoreSum int
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec struct {
			Error    string    `json:"error"`
			Findings []finding `json:"findings"`
			Score    struct {
				Total int `json:"total"`
			} `json:"score"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec))
		require.Empty(t, rec.Error)
		replies++
		scoreSum += rec.Score.Total
		findings += len(rec.Findings)
		sawHedging, sawWarning := false, false
		for _, f := range rec.Findings {
			if f.Rule == "hedging" {
				hedging++
				sawHedging = sawHedging || f.Severity != "info"
			}
			sawWarning = sawWarning || f.Severity != "info"
		}
		if sawHedging {
			hedgingReplies++
		}
		if sawWarning {
			warnReplies++
		}
	}
	require.Greater(t, replies, 250)

	code, out, errOut = runCLI(context.Background(), t, strings.NewReader(""), append([]string{"report", "--format", "json", "-j", "3"}, files...)...)
	require.Equal(t, exitOK, code, "findings do not fail a report: %s", errOut)
	var rep teamreport.Report
	require.NoError(t, json.Unmarshal([]byte(out), &rep))
	assert.Equal(t, replies, rep.Totals.Replies)
	assert.Equal(t, findings, rep.Totals.Findings)
	assert.Equal(t, warnReplies, rep.Totals.RepliesWarning)
	assert.InDelta(t, float64(scoreSum)/float64(replies), rep.Totals.MeanScore, 0.05)
	var rule *teamreport.RuleStats
	for i := range rep.Rules {
		if rep.Rules[i].Rule == "hedging" {
			rule = &rep.Rules[i]
		}
	}
	require.NotNil(t, rule)
	assert.Equal(t, hedging, rule.Findings)
	assert.Equal(t, hedgingReplies, rule.RepliesWarning)

	// The Markdown report carries the same total.
	code, out, _ = runCLI(context.Background(), t, strings.NewReader(""), append([]string{"report", "--format", "md"}, files...)...)
	require.Equal(t, exitOK, code)
	assert.Regexp(t, `\| Antwoorden \| `+itoa(replies)+` \|`, out)
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }
