// Package punkt embeds the Dutch punkt training that ships with
// gopkg.in/neurosnap/sentences.v1 (MIT, see LICENSE.md in this folder).
package punkt

import _ "embed"

// Dutch is the punkt training for Dutch, as JSON.
//
//go:embed dutch.json
var Dutch []byte
