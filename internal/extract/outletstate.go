package extract

import "strings"

// languageStates: the state an outlet translated from this language
// belongs to, where the language is one state's alone ("translated from
// Persian"). Arabic and Kurdish are spoken on every side and give none.
var languageStates = map[string]string{"persian": "IR", "farsi": "IR", "turkish": "TR", "hebrew": "IL"}

// outletState returns the state the outlet reports from: the language a
// translated outlet wrote in ("Mehregan News (translated from Persian)"),
// else the capital of its dateline ("ANKARA" on a line of its own,
// "MOSCOW (Tass) -"). "" when neither says.
func outletState(publisher, text string) string {
	const cue = "translated from "
	if i := strings.Index(strings.ToLower(publisher), cue); i >= 0 {
		lang := strings.ToLower(publisher[i+len(cue):])
		if j := strings.IndexAny(lang, " ),;"); j >= 0 {
			lang = lang[:j]
		}
		return languageStates[lang]
	}
	return datelineCapital(text)
}

// datelineCapital returns the state whose capital, in capitals, opens the
// report's first line or the one after it (the title may come first), as a
// wire's dateline does: "ANKARA" on a line of its own, "MOSCOW (Tass) -".
func datelineCapital(text string) string {
	start := 0
	for line := 0; line < 2 && start < len(text); line++ {
		for start < len(text) && (text[start] == '\n' || text[start] == ' ' || text[start] == '\r') {
			start++
		}
		if iso := capitalOpening(text[start:]); iso != "" {
			return iso
		}
		nl := strings.IndexByte(text[start:], '\n')
		if nl < 0 {
			break
		}
		start += nl
	}
	return ""
}

// capitalOpening returns the state of the capital s opens with when it is
// written in capitals and closed by the line's end or a dateline's mark.
func capitalOpening(s string) string {
	end := 0
	for end < len(s) && s[end] >= 'A' && s[end] <= 'Z' {
		end++
	}
	if end < 4 {
		return ""
	}
	rest := s[end:]
	if rest != "" && !strings.ContainsAny(rest[:1], "\n\r (,-") && !strings.HasPrefix(rest, "—") && !strings.HasPrefix(rest, "–") {
		return ""
	}
	return capitalStates[strings.ToLower(s[:end])]
}

// outletRelatives are the unqualified state voices a report means as its
// outlet's own state's: the wire's "security sources", its "state
// television". A ministry or a governor named bare is the strike country's.
var outletRelatives = words("sources", "state-tv")

// outletVoice is the speaker of an unqualified state voice of kind relative
// in a report from an outlet of a state other than the report's country,
// or "" where the outlet's state has no such voice.
func (st *docState) outletVoice(relative string) string {
	if st.outletState == "" || st.outletState == st.country || !outletRelatives.has(relative) {
		return ""
	}
	sp, _ := stateSpeaker(st.outletState, relative)
	return sp
}
