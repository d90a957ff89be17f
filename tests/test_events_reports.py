"""Short incident reports written for this project, through the whole pipeline: event type and actor kinds."""

import pytest


REPORTS = [
    ("On 3 March, unidentified gunmen shot dead a farmer in Kagoro village.", "Violence against civilians", {"political_militia", "civilians"}),
    ("Police fired tear gas to disperse hundreds of students protesting against fee increases in Nairobi on Monday.", "Protests", {"protesters", "state_forces"}),
    ("Residents blocked the highway and burned tyres to protest against power cuts; the demonstration ended peacefully.", "Protests", {"protesters"}),
    ("A mob attacked and looted shops in the market after a dispute, injuring four traders.", "Riots", {"rioters", "civilians"}),
    ("Rioters clashed with police in the capital, throwing stones and setting cars on fire.", "Riots", {"rioters", "state_forces"}),
    ("Al Shabaab militants attacked a military base near Baidoa, sparking a two-hour gun battle with Somali troops.", "Battles", {"rebel_group", "state_forces"}),
    ("Government warplanes bombed rebel positions near the town on Friday, killing at least 12 fighters.", "Explosions/Remote violence", {"state_forces", "rebel_group"}),
    ("A roadside bomb struck a police vehicle in the district, wounding three officers.", "Explosions/Remote violence", {"state_forces"}),
    ("Armed men abducted a priest and two nuns from a parish in the north.", "Violence against civilians", {"political_militia", "civilians"}),
    ("Security forces arrested 15 opposition activists in the capital on Tuesday.", "Strategic developments", {"state_forces", "civilians"}),
    ("The government and the rebel alliance signed a ceasefire agreement in Addis Ababa.", "Strategic developments", {"state_forces", "rebel_group"}),
    ("Artillery shelling by the army hit a residential area of the city, killing two children.", "Explosions/Remote violence", {"state_forces", "civilians"}),
    ("Fulani militiamen raided a farming community overnight, killing seven villagers.", "Violence against civilians", {"identity_militia", "civilians"}),
    ("A suicide bomber blew himself up at a mosque during Friday prayers, killing 20 worshippers.", "Explosions/Remote violence", {"civilians"}),
    ("Two soldiers were killed when rebels ambushed an army convoy on the road to Beni.", "Battles", {"rebel_group", "state_forces"}),
    ("Thousands of teachers marched through the city centre demanding unpaid salaries.", "Protests", {"protesters"}),
    ("Soldiers opened fire on protesters in the square, killing three.", "Protests", {"state_forces", "protesters"}),
    ("Unknown assailants threw a grenade into a bar, wounding nine customers.", "Explosions/Remote violence", {"political_militia", "civilians"}),
    ("A drone strike killed a senior commander of the insurgent group in the province.", "Explosions/Remote violence", {"rebel_group"}),
    ("UN peacekeepers exchanged fire with militia fighters near the camp.", "Battles", {"external_force", "political_militia"}),
]


@pytest.mark.parametrize("text, event_type, kinds", REPORTS)
def test_short_reports(incidents_of, text, event_type, kinds):
    incidents = incidents_of(text)
    assert event_type in {i.event_type.value for i in incidents if i.event_type}
    assert kinds <= {a.kind.value for i in incidents for a in i.actors if a.kind}


@pytest.mark.parametrize(
    "text",
    [
        "The central bank kept interest rates unchanged on Thursday.",
        "Analysts say the election could be close, and both parties should campaign harder.",
        "Subscribe to our newsletter for the latest headlines.",
    ],
)
def test_texts_without_an_incident(incidents_of, text):
    assert incidents_of(text) == []
