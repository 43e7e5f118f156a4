// Package link groups claims about the same strike into incidents.
package link

import "github.com/crosscheck/crosscheck/internal/model"

// Link groups claims into incidents. PLACEHOLDER: being written.
func Link(claims []model.Claim) []model.Incident { return nil }
