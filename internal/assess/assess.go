// Package assess grades an incident and lays out who says what.
package assess

import (
	"github.com/crosscheck/crosscheck/internal/actors"
	"github.com/crosscheck/crosscheck/internal/model"
)

// Assess fills the derived fields of inc. PLACEHOLDER: being written.
func Assess(inc *model.Incident, docs map[string]model.Document, reg *actors.Registry) {}
