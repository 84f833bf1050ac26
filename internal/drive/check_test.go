package drive

import (
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCheckTextRefusesWhatNoFrontEndLints(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		limit   int
		kind    error // nil is linted
		msg     string
		badUTF8 int
	}{
		{"a Dutch reply is linted", "@user Je pakket komt morgen. ^Anne", 100, nil, "", -1},
		{"an English reply is linted", "@user Your parcel arrives tomorrow. ^Anne", 100, nil, "", -1},
		{"blank", " \n\t", 100, ErrEmpty, "empty reply; nothing to lint", -1},
		{"over the limit", strings.Repeat("a ", 60), 100, ErrTooLarge, "reply of 120 bytes is larger than max_reply_bytes (100); not linted", -1},
		{"at the limit is linted", strings.Repeat("ab", 50), 100, nil, "", -1},
		{"no limit", strings.Repeat("a ", 60), 0, nil, "", -1},
		{"a NUL character", "@user Je\x00 pakket. ^Anne", 100, ErrBinary, "reply holds a NUL character; not linted", -1},
		{"only invalid bytes", "\xff\xfe\xfd", 100, ErrNotUTF8, "no valid UTF-8 text (invalid from byte 0); not linted", 0},
		{"a Dutch reply with one invalid byte is linted, with a warning", "@user Caf\xe9 open. ^Anne", 100, nil, "", 9},
		{"an English near miss: é in UTF-8 is valid", "@user Café open. ^Anne", 100, nil, "", -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			bad, err := CheckText("reply", tt.text, tt.limit)
			assert.Equal(t, tt.badUTF8, bad)
			if tt.kind == nil {
				require.NoError(t, err)
				return
			}
			require.ErrorIs(t, err, tt.kind)
			assert.EqualError(t, err, tt.msg)
		})
	}
}

func TestSafelyNamesTheInputOfAPanic(t *testing.T) {
	err := Safely("replies.jsonl:4", func() { panic("odd record") })
	var pe *PanicError
	require.True(t, errors.As(err, &pe))
	assert.EqualError(t, err, "replies.jsonl:4: internal error, please report it: odd record")
	assert.Contains(t, string(pe.Stack), "TestSafelyNamesTheInputOfAPanic")
	assert.NoError(t, Safely("reply.txt", func() {}))
}
