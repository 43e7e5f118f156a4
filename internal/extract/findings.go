package extract

// findingNouns name what a finding is, not who found it: "according to
// initial determinations", "according to preliminary data".
var findingNouns = words("information", "determinations", "determination", "findings", "data",
	"assessment", "assessments", "estimates", "estimate", "indications", "results")

// findingModifiers may stand before a finding noun without naming anyone.
var findingModifiers = words("the", "initial", "preliminary", "first", "early", "available", "latest")

// findingSourceWords bring the source of a finding ("information received
// from the Syrian side", "data provided by the ministry", "the information
// of our forces"): with them the object is no bare finding.
var findingSourceWords = words("from", "by", "of", "received", "provided", "gathered", "obtained",
	"collected", "available", "to", "we", "our", "he", "she", "they", "its", "their", "his", "her")

// findingsObject reports "according to initial determinations, ...": the
// object of "according to" at v is a finding that names no source, so it
// hands the sentence to no one (the speaker in force keeps it). The phrase
// runs to the comma before hi.
func findingsObject(toks []token, v, hi int) bool {
	t := v
	for t < hi && findingModifiers.has(toks[t].Norm) {
		t++
	}
	if t >= hi || !findingNouns.has(toks[t].Norm) {
		return false
	}
	for t++; t < hi && toks[t].Norm != ","; t++ {
		if findingSourceWords.has(toks[t].Norm) {
			return false
		}
	}
	return t < hi // the phrase ends at a comma: "According to initial determinations, ..."
}
