package input

import "github.com/replylint/replylint/internal/textpos"

// Position is a place in a file, with its column in every unit an output
// format may need (textpos.Position: positions are computed there).
type Position = textpos.Position
