// Package punkt holds the Dutch punkt training that ships with
// gopkg.in/neurosnap/sentences.v1 (MIT, see LICENSE.md in this folder):
// dutch.json as the library wrote it, and dutch.bin, the same training in
// a form that loads in a fraction of the time (go generate writes it;
// TestCompiledTrainingIsFresh holds it to dutch.json).
package punkt

import _ "embed"

//go:generate go test -run TestCompiled -update-compiled

// dutch is the Dutch training, compiled (see Load).
//
//go:embed dutch.bin
var dutch string
