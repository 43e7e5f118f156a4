package extract

import (
	"testing"

	"github.com/crosscheck/crosscheck/internal/model"
)

// TestPerpetratorCondemnedAttacksAndBlameGroups: an official statement that condemns the attack
// it tells of does not tell of its own strike; a blame group that struck
// "by targeting" civilians, or trained the attackers, is asserted.
func TestPerpetratorCondemnedAttacksAndBlameGroups(t *testing.T) {
	e := gazExtractor(t)
	official := func(text string) model.Document {
		return model.Document{Publisher: "Ministry of National Defence of the Republic of Turkey", Kind: model.KindOfficial, Text: text}
	}
	tests := []docCase{
		{"a condemned attack in an official statement is not its side's own strike",
			official("A car bomb exploded at a checkpoint in Azaz on 3 May. Six of our citizens were martyred in this cowardly attack."),
			[]triple{{"turkey", "asserts", nil, nil}}},
		{"a statement's own strike on another day keeps its side",
			official("On 3 May a treacherous attack was carried out against a police station in Kilis. Today our aircraft struck terrorist shelters near Tal Tamr, destroying 12 targets."),
			[]triple{{"turkey", "asserts", nil, nil}, {"turkey", "asserts", []string{"turkey"}, nil}}},
		{"the strike it answers is no condemnation of its own",
			official("In response to the cowardly attack on our base, our aircraft struck terrorist shelters near Tal Tamr on 4 May, destroying 12 targets."),
			[]triple{{"turkey", "asserts", []string{"turkey"}, nil}}},
		{"a blame group that struck by targeting civilians",
			official("The PKK/YPG terrorist organisation, which has lost ground in the region, has once again shown its face by targeting civilians in Azaz on 3 May."),
			[]triple{{"turkey", "asserts", []string{"sdf"}, nil}}},
		{"a blame group that trained the attackers",
			official("A bomb exploded near a police station in Kilis on 3 May. The attackers who carried out the bombing had been trained by the PKK/YPG in Syria."),
			[]triple{{"turkey", "asserts", []string{"sdf"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2022-05-04"}, tests)
}

// TestPerpetratorProxiesAndOccupier: a proxy's patron named after "by";
// a capital held responsible; "the occupation army was deliberately
// targeting" is the occupier's strike.
func TestPerpetratorProxiesAndOccupier(t *testing.T) {
	e := gazExtractor(t)
	tests := []docCase{
		{"a proxy working with a patron gives the patron",
			model.Document{Text: "Rockets struck an air base north of Baghdad on Tuesday, wounding four soldiers. The Pentagon said the attack was carried out by militias working with Iran."},
			[]triple{{"journalist", "asserts", nil, nil}, {"us-dod", "asserts", []string{"iran"}, nil}}},
		{"a contractor working with a force is no proxy",
			model.Document{Text: "Rockets struck an air base north of Baghdad on Tuesday. A contractor working with the coalition was killed."},
			[]triple{{"journalist", "asserts", nil, nil}}},
		{"a capital held responsible is its state",
			model.Document{Text: "Rockets struck an air base north of Baghdad on Tuesday, wounding four soldiers. Officials in Washington hold Tehran responsible for the attack."},
			[]triple{{"journalist", "asserts", nil, nil}, {"journalist", "asserts", []string{"iran"}, nil}}},
		{"rockets found unlaunched do not deny the attack",
			model.Document{Publisher: "Combined Joint Task Force - Operation Inherent Resolve", Kind: model.KindOfficial,
				Text: "Several rockets struck a base near Erbil on 3 March. Security forces later found a launcher with four rockets that had not been fired."},
			[]triple{{"cjtf-oir", "asserts", []string{"coalition"}, nil}, {"cjtf-oir", "asserts", []string{"coalition"}, nil}}},
		{"a manner adverb keeps a progressive active",
			model.Document{Text: "Drones of the Turkish occupation army struck a power station near Qamishli on Thursday. The SDF said the occupation army was deliberately targeting civilian infrastructure."},
			[]triple{{"journalist", "asserts", []string{"turkey"}, nil}, {"sdf", "asserts", []string{"turkey"}, nil}}},
	}
	runDocCases(t, e, caseDoc{published: "2022-05-04"}, tests)
}
