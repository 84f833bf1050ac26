package reply

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/replylint/replylint/tone"
)

func cueAt(start, end int, kind CueKind) Cue {
	return Cue{Span: tone.Span{Start: start, End: end}, Kind: kind}
}

func TestAppendFreeKeepsWordsNoOtherCueHolds(t *testing.T) {
	tests := []struct {
		name       string
		cues, more []Cue
		want       []Cue // what is appended
	}{
		{"no cues: every base cue", nil, []Cue{cueAt(0, 3, CueComplaint), cueAt(5, 9, CueComplaint)}, []Cue{cueAt(0, 3, CueComplaint), cueAt(5, 9, CueComplaint)}},
		{"a base cue inside a signal's words is left out", []Cue{cueAt(10, 30, CueChurn)}, []Cue{cueAt(0, 4, CueComplaint), cueAt(12, 15, CueComplaint), cueAt(30, 34, CueComplaint)}, []Cue{cueAt(0, 4, CueComplaint), cueAt(30, 34, CueComplaint)}},
		{"a long signal before a short one still covers", []Cue{cueAt(20, 22, CueLegal), cueAt(0, 50, CueViral)}, []Cue{cueAt(40, 45, CueComplaint)}, nil},
		{"touching is no overlap", []Cue{cueAt(5, 10, CuePress)}, []Cue{cueAt(0, 5, CueComplaint), cueAt(10, 12, CueComplaint)}, []Cue{cueAt(0, 5, CueComplaint), cueAt(10, 12, CueComplaint)}},
		{"a base cue that overlaps an earlier base cue is left out", nil, []Cue{cueAt(0, 10, CueComplaint), cueAt(4, 12, CueComplaint), cueAt(12, 14, CueComplaint)}, []Cue{cueAt(0, 10, CueComplaint), cueAt(12, 14, CueComplaint)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := appendFree(append([]Cue(nil), tt.cues...), tt.more)
			assert.ElementsMatch(t, tt.want, got[len(tt.cues):])
		})
	}
}

// A long message with thousands of complaint cues (where a scan of every
// cue per cue took seconds) lists each of them once, in Dutch and English.
func TestTriageOfALongMessageListsEachComplaintCueOnce(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"nl", "Schandalig. " + strings.Repeat("Weer te laat, al weken! ", 4000)},
		{"en", "Disgraceful. " + strings.Repeat("Late again, for weeks! ", 4000)},
	} {
		d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, nil)
		require.NotEmpty(t, d.Cues)
		for i := 1; i < len(d.Cues); i++ {
			assert.False(t, d.Cues[i].Span == d.Cues[i-1].Span && d.Cues[i].Kind == d.Cues[i-1].Kind, "cue %d repeated", i)
		}
	}
}

// A team's extra signal word that the reading already reads as the same
// signal is one cue, the reading's, not two; one the reading does not know
// is the cue.
func TestExtraSignalWordsTheReadingHasAreOneCue(t *testing.T) {
	m, err := ParseMatrix("", []byte(`
cues:
  nl:
    viral: ["# views", "ons buurtblad"]
  en:
    viral: ["# views", "our village paper"]
levels:
  - name: low
    respond_within: 4h
`))
	require.NoError(t, err)
	tests := []struct{ name, lang, text, want string }{
		{"Dutch views the reading counts", "nl", "Dit filmpje heeft al 20000 views, schandalig.", "filmpje heeft al 20000 views"},
		{"English views the reading counts", "en", "This clip has 20000 views already, shameful.", "clip has 20000 views"},
		{"Dutch millions of views the reading knows", "nl", "Dit filmpje heeft al 2 miljoen views, schandalig.", "filmpje heeft al 2 miljoen views"},
		{"English millions of views the reading knows", "en", "The video of your driver has 2 million views already, shameful.", "video of your driver has 2 million views"},
		{"Dutch team word only the matrix knows", "nl", "Het staat in ons buurtblad, schandalig.", "ons buurtblad"},
		{"English team word only the matrix knows", "en", "It is in our village paper now, shameful.", "our village paper"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := TriageMessage(Incoming{Text: tt.text, Lang: tt.lang}, m)
			var viral []string
			for _, c := range d.Cues {
				if c.Kind == CueViral {
					viral = append(viral, c.Text)
				}
			}
			assert.Equal(t, []string{tt.want}, viral)
		})
	}
}
