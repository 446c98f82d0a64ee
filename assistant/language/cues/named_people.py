"""Words for one person that a first name follows ("collega Henk", "mijn zus Anna", "our
colleague Ria", "mevrouw Jansen"): one person named in passing, never a party (Dutch and
English)."""

from __future__ import annotations

import re

from assistant.language.cues.scenes import PERSON_NOUN

ONE_PERSON_WORDS = frozenset((
    "collega", "colleague", "buurman", "buurvrouw", "neighbour", "neighbor", "zus", "broer",
    "sister", "brother", "moeder", "vader", "mother", "father", "mevrouw", "meneer", "mevr",
    "mr", "mrs", "ms", "oom", "tante", "uncle", "aunt", "vriend", "vriendin", "friend",
    "manager", "teamleider", "baas", "boss",
))  # fmt: skip
# One colleague of the speaker named by their field, who tells what others think ("our legal
# colleague says ...", "een juridische collega", "een collega-rechter zei: ..."): one person who
# passes on a view, never a party (colleagues in the plural are a group).
ONE_COLLEAGUE_RE = re.compile(
    r"^(?:[\w'-]+\s+)?(?:collega|colleague|co-worker|coworker)$|^(?:collega|colleague)-[\w-]+$",
    re.IGNORECASE,
)

# Words that tell one person of a group apart without making another group of them ("één
# mantelzorger", "een oudere dijkwachter", "a young farmer"): that person is one of the group.
ONE_OF_THE_GROUP_WORDS = frozenset((
    "één", "eén", "een", "one", "a", "an", "the", "de", "het", "die", "that", "this", "deze",
    "oud", "oude", "oudere", "jong", "jonge", "jongere", "nieuwe", "ervaren", "boze", "andere",
    "old", "older", "young", "younger", "new", "experienced", "angry", "other", "another",
    "senior", "junior", "oudste", "jongste", "nieuwste", "oldest", "eldest", "youngest", "newest",
))  # fmt: skip
# One person by first name, told to be one of a group ("Jan, een van onze handhavers, ...",
# "Tom, one of our wardens, ..."): the group is the actor.
ONE_OF_A_GROUP_RE = re.compile(
    r"^(?-i:[A-Z][a-z]+),\s+(?:(?:een|één)\s+van\s+(?:onze|de|hun|die|ons)|one\s+of\s+"
    r"(?:our|the|their|those))\s+(?P<group>[^,;:.]+?)\s*,",
    re.IGNORECASE,
)
# Plain words for people that name no group by what they do ("one of our older guys", "een
# van onze jongens"): the person belongs to a group named elsewhere.
PLAIN_GROUP_WORDS = frozenset((
    "guys", "men", "women", "people", "folks", "lads", "ladies", "boys", "girls", "jongens",
    "mannen", "vrouwen", "mensen", "meiden", "lui", "mensjes",
))  # fmt: skip
# One person of a story by first name and the group they belong to, anywhere in a sentence
# ("vorig jaar is Henk, een van onze oudste monteurs, gevallen", "one of the drivers, Gerrit,
# told me ..."): what the story tells of that person by name, or as he or she after it, is
# what happens to the group.
_ONE_OF = (
    r"(?:(?:een|één)\s+van\s+(?:onze|de|hun|die|ons|mijn)|one\s+of\s+(?:our|the|their|those|my))"
)
_FIRST_NAME = r"(?-i:[A-Z][a-z]+)"
NAMED_MEMBER_RE = re.compile(
    rf"\b(?P<name>{_FIRST_NAME}),\s+{_ONE_OF}\s+(?P<group>[^,;:.()]+?)\s*[,;:.]"
    rf"|\b{_ONE_OF}\s+(?P<group_first>[^,;:.()]+?),\s+(?P<name_after>{_FIRST_NAME})\s*,",
    re.IGNORECASE,
)
# One person of a story by first name and a role of one ("Kees, een oudere strandwacht, zegt
# ...", "Ilse, a young nurse, ...") or with the role before the name ("onze psycholoog Ilse",
# "our caretaker Tom"): that person belongs to the group the role names, where it is an actor.
NAMED_ROLE_RE = re.compile(
    rf"\b(?P<name>{_FIRST_NAME}),\s+(?:een|a|an)\s+(?P<role>[^,;:.()]+?)\s*,"
    rf"|\b(?:onze|ons|mijn|m'n|our|my)\s+(?P<role_first>[a-z][\w-]+)\s+(?P<name_after>{_FIRST_NAME})\b",
    re.IGNORECASE,
)
# Pronouns for one person told of before ("hij", "she", "haar", "his"): in a story after a
# person named by first name, that person ("zijn" is a verb as often as "his": left out).
ONE_PERSON_PRONOUNS = frozenset((
    "hij", "zij", "ze", "haar", "hem", "he", "she", "his", "her", "him",
))  # fmt: skip
# Possessives for people told of before ("hun", "their"): an effect that opens with one is
# about the people named before it.
PEOPLE_POSSESSIVES = frozenset(("hun", "their", "them"))
# Someone else the sentence tells of after a first name ("Kees vertelde over een oudere man
# die ...", "Nadia has a friend with a stutter"): the story is that person's, not the teller's.
ANOTHER_PERSON_RE = re.compile(
    rf"\b(?:a|an|een|zo'n)\s+(?:[\w'-]+\s+){{0,2}}?(?:{PERSON_NOUN}|\w*(?:friend|vriendin|vriend)\b)",
    re.IGNORECASE,
)
# An example person set up to tell a story ("Neem mevrouw Jansen, 82, slechtziend.", "Stel je een
# buschauffeur voor, noem hem Ahmed.", "Take Mrs Jansen, 82, partly sighted.", "Imagine a bus
# driver, call him Ahmed."): no actor and no measure; what follows of that person is the story.
_TITLE = r"(?:mevrouw|meneer|mevr\.?|dhr\.?|mr\.?|mrs\.?|ms\.?|miss)\s+(?-i:[A-Z])[\w'-]+"
PERSONA_RE = re.compile(
    r"^(?:(?:en|and|nou|well|ok[eé]?|dus|so)\s*,?\s+)?(?:"
    r"(?:neem|take)\s+(?:nou\s+|eens\s+|bijvoorbeeld\s+|for\s+example\s+|now\s+)?"
    rf"(?P<take>{_TITLE}|(?:een|a|an)\s+[^,.;:]{{2,40}}?)"
    r"|stel\s+je\s+(?:eens\s+|nou\s+|even\s+)?(?P<imagine_nl>(?:een|mevrouw|meneer)\s+[^,.;:]{2,40}?)"
    r"\s+voor|(?:imagine|picture|think\s+of)\s+(?P<imagine_en>(?:a|an|mrs\.?|mr\.?|ms\.?)\s+"
    r"[^,.;:]{2,40}?))\s*(?:[,.;:]|$)",
    re.IGNORECASE,
)
# The first name a story's person is given ("noem hem Ahmed", "call her Fatima", "genaamd Piet").
PERSONA_NAME_RE = re.compile(
    r"\b(?:noem\s+(?:hem|haar)|call\s+(?:him|her)|genaamd|called|named|heet)\s+"
    r"(?P<name>(?-i:[A-Z])[\w'-]+)",
    re.IGNORECASE,
)
