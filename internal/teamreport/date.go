package teamreport

import (
	"fmt"
	"strings"
	"time"
)

// dateLayouts are the date forms ParseDate accepts, most precise first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	time.DateOnly,
	"02-01-2006", // Dutch day-month-year
}

// ParseDate parses the date of an exported reply for Record.Date: RFC
// 3339 ("2025-03-07T14:05:00+01:00"), a date and time without zone
// ("2025-03-07 14:05:00", read as UTC), a date ("2025-03-07") or a Dutch
// date ("07-03-2025"). An empty string gives the zero time and no error.
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("date %q: want e.g. 2025-03-07 or 2025-03-07T14:05:00+01:00", s)
}
