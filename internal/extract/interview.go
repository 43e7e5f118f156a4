package extract

import "strings"

// An interview printed as questions and answers ("We spoke to X, a
// spokesman for Y." then "What happened on Wednesday night?" and the answer
// in the next paragraph): the answers are the interviewee's words, not the
// outlet's, though no verb says so.

// interviewVerbs follow the narrator's "we" or "I" when it introduces the
// person it interviewed: "We spoke to", "I talked with", "we interviewed".
var interviewVerbs = words("spoke", "talked", "interviewed", "sat")

// noteInterviewee remembers who the narrator says it interviewed: the first
// speaker the sentence names after "we spoke to" ("We spoke to Kadhim
// al-Rubaie, a spokesman for the PMF's media directorate").
func (st *docState) noteInterviewee(toks []token, ms []match) {
	if st.introVoice == "" && len(st.claims) == 0 {
		st.noteIntroVoice(toks, ms)
	}
	if st.interviewee != "" {
		return
	}
	v := interviewOpening(toks)
	if v < 0 {
		return
	}
	for k, m := range ms {
		if m.From <= v || !isSpeakerMention(m) {
			continue
		}
		if sp := st.mentionSpeaker(toks, ms, k); sp != "" && sp != st.narrator {
			st.interviewee = sp
		}
		return
	}
	// no body named: a local post in apposition ("We spoke to Sardar
	// Hajji, director of the sub-district") is a local voice
	if st.localVoice(toks, ms, v+1, len(toks)) {
		st.interviewee = "local-sources"
	}
}

// interviewOpening returns the token after which a sentence that opens "We
// spoke (by phone) to/with", "I interviewed" names the interviewee, or -1 ("Residents we spoke to said"
// introduces no interview).
func interviewOpening(toks []token) int {
	if len(toks) < 3 || toks[0].Norm != "we" && toks[0].Norm != "i" || !interviewVerbs.has(toks[1].Norm) {
		return -1
	}
	if toks[1].Norm == "interviewed" {
		return 1
	}
	for t := 2; t < len(toks) && t <= 6 && toks[t].Word; t++ {
		if n := toks[t].Norm; n == "to" || n == "with" {
			return t // "We spoke by video call with"
		}
	}
	return -1
}

// noteQuestion marks the paragraph of a sentence that asks a question
// ("What happened on Wednesday night?").
func (st *docState) noteQuestion(text string, para int) {
	text = strings.TrimRight(text, " \t\n\"”’'")
	if strings.HasSuffix(text, "?") {
		st.questionPara = para + 1
	}
}

// answerer is the interviewee when paragraph para answers a question: the
// paragraphs after a question paragraph alternate answer, question, ...
// (an interviewer's prompt need not end in a question mark: "Washington
// says the man was a commander."). It is "" outside an interview.
func (st *docState) answerer(para int) string {
	if st.interviewee == "" || st.questionPara == 0 {
		return ""
	}
	if d := para - (st.questionPara - 1); d > 0 && d%2 == 1 {
		return st.interviewee
	}
	return ""
}

// noteIntroVoice remembers the first body a report names before it tells
// of any strike ("Rana Haddad heads the documentation team of the Syrian
// Monitor for Human Rights."): who a labelled interview's "A:" is when the
// report does not say whom it spoke to.
func (st *docState) noteIntroVoice(toks []token, ms []match) {
	for k, m := range ms {
		if !isBody(m) {
			continue // a post or a kind of people ("the director", "residents") is no body to go by
		}
		if sp := st.mentionSpeaker(toks, ms, k); sp != "" && sp != st.narrator {
			st.introVoice = sp
			return
		}
	}
}

// answerLabelSpeaker is who speaks after an "A:" label: the interviewee, or
// the first body the report named.
func (st *docState) answerLabelSpeaker() string {
	if st.interviewee != "" {
		return st.interviewee
	}
	return st.introVoice
}
