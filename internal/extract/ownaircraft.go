package extract

import (
	"slices"
	"strings"
)

// aircraftOperators names, for aircraft models a report may name without
// saying whose they are, the sides of the registry that fly them. A state's
// own statement that "two Rafales struck a cave entrance" tells of its own
// aircraft when it flies that model; a model it does not fly is another
// side's ("Syria's ministry said two F-16s struck").
var aircraftOperators = map[string][]string{
	"rafale": {"france"}, "mirage": {"france"},
	"typhoon": {"uk"}, "tornado": {"uk"},
	"sukhoi": {"russia", "syria"}, "su-22": {"syria"}, "su-24": {"russia", "syria"}, "su-25": {"russia"}, "su-34": {"russia"}, "su-35": {"russia"},
	"mig": {"syria"}, "mig-21": {"syria"}, "mig-23": {"syria"}, "l-39": {"syria"},
	"f-16": {"us", "iraq", "turkey", "israel"}, "f-15": {"us", "israel"}, "f-35": {"us", "israel", "uk"},
	"f-18": {"us"}, "a-10": {"us"}, "b-52": {"us"}, "b-1": {"us"}, "ac-130": {"us"},
	"reaper": {"us", "uk", "france"}, "mq-9": {"us", "uk", "france"}, "predator": {"us"},
}

// modelOperators returns the sides that fly the model named at toks[t],
// and the index after its name: "Rafales", "Tornadoes", "F-16s", "Su-24".
func modelOperators(toks []token, t, to int) (ops []string, end int) {
	if t+2 < to && toks[t+1].Norm == "-" && hasDigit(toks[t+2].Norm) {
		key := toks[t].Norm + "-" + strings.TrimSuffix(toks[t+2].Norm, "s") // (rare: only a model name allocates)
		return aircraftOperators[key], t + 3
	}
	n := toks[t].Norm
	for _, k := range [...]string{n, strings.TrimSuffix(n, "s"), strings.TrimSuffix(n, "es")} {
		if ops, ok := aircraftOperators[k]; ok {
			return ops, t + 1
		}
	}
	return nil, t + 1
}

// ownerlessBefore: what may stand before a model named without its owner
// ("two Rafales", "the F-16s", "a Typhoon").
var ownerlessBefore = words("a", "an", "the", "two", "three", "four", "five", "six", "several", "that", "both")

// ownModelSubject reports whether clause cl makes aircraft of a model that
// side flies, named without an owner, the subject of a strike: "two
// Rafales struck a cave entrance", "the F-16s had not hit the village".
func ownModelSubject(toks []token, ms []match, cl clause, side string) (found, neg bool) {
	for t := cl.from + 1; t < cl.to; t++ {
		if !toks[t].Upper || !ownerlessBefore.has(toks[t-1].Norm) {
			continue
		}
		ops, end := modelOperators(toks, t, cl.to)
		if !slices.Contains(ops, side) {
			continue
		}
		for end < cl.to && aircraftWord(toks[end].Norm) {
			end++ // "two Rafale fighter jets"
		}
		if found, neg := subjectOf(toks, ms, end, cl.to); found {
			return true, neg
		}
	}
	return false, false
}

// aircraftWord: a word that may follow a model's name ("Rafale jets",
// "F-16 fighter aircraft").
func aircraftWord(n string) bool {
	k, isArm := armWordKinds[n]
	return isArm && k == armAircraft || n == "fighter" || n == "fighters"
}
