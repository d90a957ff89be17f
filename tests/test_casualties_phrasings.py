"""The phrasing table: one sentence (or two), the killed and injured headline the finder must give.

All sentences are written for this project. None = the text says nothing; 0 = the text says none.
"""

import pytest

from casualty_helpers import headline


KILLED = [
    # active verbs
    ("The blast killed 12 people in the market.", 12),
    ("Gunmen stormed the village, killing 12.", 12),
    ("The explosion killed at least seven passengers.", 7),
    ("Rebels executed five prisoners on Sunday.", 5),
    ("The militia massacred 40 villagers overnight.", 40),
    ("The airstrike claimed 14 lives.", 14),
    ("The fire claimed the lives of nine workers.", 9),
    ("Attackers shot dead two policemen at a checkpoint.", 2),
    ("Troops shot three protesters dead outside the ministry.", 3),
    ("The mob beat a shopkeeper to death.", 1),
    ("The crash left 11 people dead.", 11),
    ("Gunmen killed a judge and his driver.", 2),
    ("The bomb killed a soldier and two civilians.", 3),
    ("A sniper killed one man near the bridge.", 1),
    ("The attack killed twenty-three pilgrims.", 23),
    ("The shelling killed one hundred and five residents.", 105),
    ("The storm of rockets killed a dozen farmers.", 12),
    ("The raid killed between 10 and 15 fighters.", 10),
    ("The bombing killed 10-15 people.", 10),
    ("The attack killed more than 100 people.", 100),
    ("The strike killed nearly 50 soldiers.", 50),
    ("Shelling killed dozens of civilians.", 12),
    ("Clashes killed hundreds of people.", 100),
    ("Clashes killed tens of people.", 10),
    ("The attack killed 1,200 people.", 1200),
    ("A car bomb kills 9 in the capital.", 9),
    ("Gunmen murdered the mayor on Tuesday.", 1),
    ("Gunmen killed opposition leader Ana Ruiz outside her home.", 1),
    # passive verbs
    ("12 people were killed in the attack.", 12),
    ("Twelve soldiers were killed when their convoy was ambushed.", 12),
    ("A soldier was killed in the exchange of fire.", 1),
    ("A man was found dead near the border post.", 1),
    ("Three soldiers and two attackers were killed.", 5),
    ("A soldier and two civilians were killed.", 3),
    ("An army officer and two militants were killed.", 3),
    ("At least eight people, including three children, were killed.", 8),
    ("Five people were reportedly killed in the raid.", 5),
    ("Four guards were shot dead during the escape.", 4),
    ("Seven miners were later found dead.", 7),
    ("Two journalists were beheaded by the group.", 2),
    ("Six people are believed to have been killed.", 6),
    ("Nine pilgrims travelling to the shrine were killed in the crash.", 9),
    ("The two were killed instantly.", 2),
    ("All 189 passengers were killed.", 189),
    ("The mayor was assassinated at a rally.", 1),
    ("Jon Barlow was murdered in his office.", 1),
    # intransitive and adjectival
    ("12 people died in the fire.", 12),
    ("He died of his wounds in hospital.", 1),
    ("She died on the way to hospital.", 1),
    ("Three civilians died when the shell hit their house.", 3),
    ("Two children perished in the blaze.", 2),
    ("Four people lost their lives in the stampede.", 4),
    ("Two killed, three wounded in market attack.", 2),
    ("12 dead after bus bombing.", 12),
    ("A total of 37 people die in the fire.", 37),
    ("One of the injured later died.", 1),
    # nominal
    ("The attack caused 30 deaths.", 30),
    ("Officials reported 15 fatalities.", 15),
    ("The death toll rose to 12.", 12),
    ("The death toll stood at 40 on Monday.", 40),
    ("The toll has risen to 19, officials said.", 19),
    ("The number of dead reached 25.", 25),
    ("Rescuers pulled 8 bodies from the rubble.", 8),
    ("The bodies of three men were found in a ditch.", 3),
    ("The deaths of two nurses shocked the town.", 2),
    ("The bombing resulted in two deaths.", 2),
    # updates, sub-groups, additions
    ("A bomb killed 12 people. The death toll later rose to 15.", 15),
    ("A bomb killed 12 people. The toll climbed to 14 on Friday.", 14),
    ("The blast killed 12 people, including 3 children.", 12),
    ("Twenty people died, among them four police officers.", 20),
    ("Ten people were killed, six of them women.", 10),
    ("A bomb killed five soldiers. Two more died in hospital.", 7),
    ("Three soldiers were killed. Four attackers were also killed.", 7),
    ("Three soldiers were killed and two attackers died.", 5),
    ("Police killed two gunmen after the gunmen killed four guests.", 6),
    ("A suicide bomber blew himself up at the gate, killing six guards.", 7),
    ("Two suicide bombers struck the market, killing 20 people.", 22),
    # a toll told as earlier than the news belongs to that earlier incident
    ("Gunmen killed 5 people on Monday, two weeks after a bombing killed 20.", 5),
    ("Two days after the bombing, the death toll rose to 40.", 40),
    ("Three days after being kidnapped, two aid workers were found dead.", 2),
    # headlines drop the article and the auxiliary
    ("Soldier killed in roadside blast near border", 1),
    ("Teen shot dead outside supermarket; two arrested", 1),
    ("Woman found dead in burning flat", 1),
    ("Boy, 9, killed by stray bullet", 1),
    ("Policeman killed, two wounded in checkpoint attack", 1),
    ("FARMER KILLED IN RAID ON VILLAGE", 1),
    ("Delivery driver fatally shot outside store", 1),
    ("Off-duty constable stabbed to death near station", 1),
    ("The soldier killed in the blast was 22.", 1),
    ("Father and son shot dead in village raid", 2),
    ("Policeman, teacher, driver killed in checkpoint attack", 3),
    ("Brother and sister killed, mother hurt in fire", 2),
    ("Gunman killed three people at a bar, police said.", 3),
    # zero and unknown
    ("No one was hurt in the blast.", 0),
    ("There were no casualties.", 0),
    ("No deaths were reported.", 0),
    ("The bomb exploded without causing casualties.", 0),
    ("Nobody was killed, police said.", 0),
    ("The gunman shot two guards dead. No one else was hurt.", 2),
    ("There was no information on casualties.", None),
    ("A bomb exploded near the police station.", None),
    ("It was not known how many people were killed.", None),
    # never a casualty
    ("A 23-year-old man was arrested.", None),
    ("The attack happened in 1999 and shocked the country.", None),
    ("Troops fired 82mm mortars at the hills.", None),
    ("The attack took place at 10:30 on 12 March.", None),
    ("Damage was estimated at $5 million.", None),
    ("The convoy stopped 20 km from the border.", None),
    ("Five gunmen stormed the hotel.", None),
    ("The militants burned three vehicles and two houses.", None),
    ("Soldiers fired 200 rounds into the air.", None),
    ("The two sides agreed to a ceasefire.", None),
    ("Talks between two ex-Soviet republics resumed.", None),
    ("It was the third attack this month.", None),
    ("Ten gunmen killed a policeman.", 1),
    ("Two men on a motorbike shot dead a teacher.", 1),
    ("The 12 militants who attacked the base fled.", None),
    ("The group threatened to kill 100 hostages.", None),
    ("Assailants hacked two farmers to death.", 2),
    ("Attackers stabbed a guard to death.", 1),
    ("An officer was fatally shot.", 1),
    ("Two people succumbed to their injuries.", 2),
    ("Another soldier died later.", 1),
    ("Security forces gunned down four militants.", 4),
    ("Troops killed scores of rebels.", 20),
    ("Several people were killed in the blast.", 3),
    ("The bombing killed a few shoppers.", 3),
    ("Many people were killed.", None),
    ("Up to 30 people may have died.", None),
    ("Up to 30 people died.", 30),
    ("Four people, two of them children, died.", 4),
    ("Gunmen killed a woman and her two sons.", 3),
    ("The raid left a soldier and three insurgents dead.", 4),
    ("The war has killed more than 6,500 people since 2020.", 6500),
    # all caps news wire
    ("THREE SUBVERSIVES WERE KILLED AND SEVEN OTHERS WERE WOUNDED DURING CLASHES YESTERDAY.", 3),
    ("THE BOMB KILLED FOUR PEOPLE AND INJURED 20 OTHERS.", 4),
    ("A POLICEMAN WAS KILLED IN THE ATTACK, POLICE SAID.", 1),
    ("THE ATTACK LEFT 6 DEAD AND 14 WOUNDED.", 6),
    ("NO ONE WAS HURT IN THE EXPLOSION.", 0),
]

INJURED = [
    ("The bomb killed 12 people and injured 30.", 30),
    ("Gunmen opened fire, killing two and wounding five.", 5),
    ("Forty people were injured in the stampede.", 40),
    ("At least 70 were wounded, some seriously.", 70),
    ("Twenty-three were hurt when the roof collapsed.", 23),
    ("Seven people were hospitalised after the attack.", 7),
    ("A policeman was wounded in the shootout.", 1),
    ("Three soldiers and a civilian were injured.", 4),
    ("Two killed, three wounded in market attack.", 3),
    ("The crash left 11 people dead and 20 injured.", 20),
    ("One person was killed and 14 others injured.", 14),
    ("The attack caused 45 injuries.", 45),
    ("The blast wounded dozens of shoppers.", 12),
    ("Suspect killed, officer wounded in shootout", 1),
    ("Policeman killed, two wounded in checkpoint attack", 2),
    # "other" sets the injured apart from the dead; a later "the four injured" restates them
    ("Two men were killed and four other people were injured. The four injured were taken to hospital.", 4),
    ("A blast killed three guards and wounded five others. Two more were hurt in a second blast.", 7),
    ("No one was injured.", 0),
    ("The blast killed a driver. No one else was hurt.", 0),
    ("Two people were shot dead. Nobody else was injured, police said.", 0),
    ("There were no injuries.", 0),
    ("The passengers escaped unhurt.", 0),
    ("The blast killed six people.", None),
    ("A minister was not injured in the attack.", 0),
    ("THE BOMB KILLED FOUR PEOPLE AND INJURED 20 OTHERS.", 20),
    ("Gunmen shot and wounded two guards.", 2),
]

OTHER_TYPES = [
    ("Gunmen kidnapped 12 students from the school.", "kidnapped", 12),
    ("Three aid workers were abducted near the camp.", "kidnapped", 3),
    ("Police arrested 40 protesters.", "arrested", 40),
    ("Six suspects were detained after the raid.", "arrested", 6),
    ("Two fishermen are still missing.", "missing", 2),
    ("The floods displaced 3,000 people.", "displaced", 3000),
    ("About 500 families were displaced by the fighting.", "displaced", 500),
    ("Rebels took 20 people hostage.", "kidnapped", None),
    ("Gunmen seized a bus and abducted 15 passengers.", "kidnapped", 15),
    ("Two engineers were taken hostage.", "kidnapped", 2),
    ("Police rounded up 25 suspects.", "arrested", None),
    ("25 suspects were rounded up.", "arrested", 25),
    ("Eleven protesters were taken into custody.", "arrested", 11),
    ("Thousands of people were displaced.", "displaced", 1000),
    ("Nine crew members remain unaccounted for.", "missing", 9),
    ("Nine crew members are unaccounted for.", "missing", 9),
]


@pytest.mark.parametrize("text, killed", KILLED)
def test_killed_headline(text, killed):
    assert headline(text, "killed") == killed


@pytest.mark.parametrize("text, injured", INJURED)
def test_injured_headline(text, injured):
    assert headline(text, "injured") == injured


@pytest.mark.parametrize("text, casualty_type, count", OTHER_TYPES)
def test_other_casualty_types(text, casualty_type, count):
    assert headline(text, casualty_type) == count


def test_table_has_at_least_150_phrasings():
    assert len(KILLED) + len(INJURED) + len(OTHER_TYPES) >= 150
