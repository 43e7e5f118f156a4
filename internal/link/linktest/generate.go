// Package linktest generates synthetic claims for tests and benchmarks of
// linking and assessment.
package linktest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/crosscheck/crosscheck/internal/model"
)

func isoDay(d int) string { return time.Unix(int64(d)*86400, 0).UTC().Format("2006-01-02") }

// Generate makes n claims about n/5 synthetic strikes spread over a period
// of 3650*n/1e6 days and a 10x10 degree region (northern Iraq and eastern Syria): each strike
// is told by about five claims from different reports, with jittered places
// and dates, some undated, some unplaced, some province-wide.
func Generate(n int, seed uint64) []model.Claim {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	types := []string{model.EventAirstrike, model.EventAirstrike, model.EventDroneStrike, model.EventArtillery, model.EventGroundAttack}
	targets := []string{"convoy", "headquarters", "", "", "vehicles", "bridge"}
	speakers := []string{"journalist", "cjtf-oir", "iraq-mod", "iraqi-sources", "local-sources", "us-official", "pmf"}
	stances := []string{model.StanceAsserts, model.StanceAsserts, model.StanceAsserts, model.StanceDenies, model.StanceConfirms}
	base := int(time.Date(2014, 8, 8, 0, 0, 0, 0, time.UTC).Unix() / 86400)
	// Density is held constant: the reporting period grows with n (ten years
	// at a million claims, one at a hundred thousand), as a conflict's record
	// grows over time, so the work per claim measures the algorithm.
	span := max(30, 3650*n/1_000_000)
	out := make([]model.Claim, 0, n)
	strike := 0
	for len(out) < n {
		strike++
		lat := 31 + r.Float64()*10
		lon := 38 + r.Float64()*10
		day := base + r.IntN(span)
		typ := types[r.IntN(len(types))]
		tgt := targets[r.IntN(len(targets))]
		k := 1 + r.IntN(9)
		killed := r.IntN(40) // sources agree within a few
		for j := 0; j < k && len(out) < n; j++ {
			doc := fmt.Sprintf("doc-%d-%d", strike, j)
			pub := isoDay(day + r.IntN(5))
			c := model.Claim{
				ID:       fmt.Sprintf("%016x", r.Uint64()),
				Document: doc, Published: pub,
				Speaker: speakers[r.IntN(len(speakers))], Stance: stances[r.IntN(len(stances))],
				Event: model.Event{Type: typ, Target: tgt, TargetGroup: model.GroupMilitants},
				Span:  [2]int{j * 10, j*10 + 9},
				Counts: []model.Count{{Kind: model.CountKilled, Group: model.GroupMilitants,
					Min: model.IntPtr(max(0, killed+r.IntN(3)-1)), Max: nil}},
			}
			c.Counts[0].Max = model.IntPtr(*c.Counts[0].Min + r.IntN(3))
			if c.Stance == model.StanceDenies {
				c.PerpetratorsDenied = []string{"coalition"}
			} else {
				c.PerpetratorsAsserted = []string{"coalition"}
			}
			switch x := r.IntN(20); {
			case x < 16: // placed and dated
				la, lo := lat+r.NormFloat64()*0.05, lon+r.NormFloat64()*0.05
				c.Where = model.Where{Name: fmt.Sprintf("town-%d", strike), Lat: &la, Lon: &lo, Country: "IQ", Precision: model.PlaceTown}
				d := day + r.IntN(2) - r.IntN(2)
				c.When = model.When{From: isoDay(d), To: isoDay(d), Precision: model.PrecisionDay}
			case x < 18: // placed, undated
				la, lo := lat, lon
				c.Where = model.Where{Name: fmt.Sprintf("town-%d", strike), Lat: &la, Lon: &lo, Country: "IQ", Precision: model.PlaceTown}
			case x < 19: // province-wide, dated
				la, lo := lat+0.5, lon-0.5
				c.Where = model.Where{Name: "province", Lat: &la, Lon: &lo, Country: "IQ", Precision: model.PlaceProvince}
				c.When = model.When{From: isoDay(day), To: isoDay(day), Precision: model.PrecisionDay}
			default: // unplaced, in the same report as a placed claim
				c.Document = fmt.Sprintf("doc-%d-0", strike)
				c.Span = [2]int{j*10 + 100, j*10 + 109}
			}
			out = append(out, c)
		}
	}
	return out
}
