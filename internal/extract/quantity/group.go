package quantity

import "github.com/crosscheck/crosscheck/internal/model"

// PersonGroup is the group that a word naming people puts them in:
// "shepherds" and "civilian" say civilians, "boy" children, "fighters" and
// "militia" militants, "paramedics" medics. It reads the count parser's own
// noun and modifier tables, so a figure and a sentence that only says who
// the dead were ("the three were livestock traders") agree. It returns ""
// when the word does not say ("men", "members", "soldiers").
func PersonGroup(word string) string {
	for i := 0; i < len(word); i++ {
		if c := word[i] | 0x20; c < 'a' || c > 'z' {
			return "" // lookup indexes its filter by letters only
		}
	}
	id := lookup(word)
	if id == 0 {
		return ""
	}
	e := &entries[id]
	switch {
	case e.head != nil && e.head.cls == clsHuman && e.head.group != model.GroupUnknown:
		return e.head.group
	case e.militant:
		return model.GroupMilitants
	case e.civilian:
		return model.GroupCivilians
	}
	return ""
}
