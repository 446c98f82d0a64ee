"""Words for a session's short title made from the user's description of the technology (Dutch
and English): where the named thing starts, where its phrase ends, and the framing around it
("we willen ...", "we're piloting ...") that a title leaves out."""

from __future__ import annotations

# The named thing usually follows the first indefinite article ("we willen een chatbot ...",
# "we're piloting a matching algorithm ...").
ARTICLES = frozenset({"een", "a", "an"})
# An article before these starts no thing ("een beetje", "een paar", "a lot of", "a bit").
VAGUE_AFTER_ARTICLE = frozenset(
    {"beetje", "paar", "aantal", "keer", "iets", "soort", "bit", "few", "lot", "couple",
     "number", "while", "way", "kind", "sort", "reminder", "thread", "question", "vraag",
     "sessie", "session", "half", "casus", "case", "verhaal", "story", "mail", "mailwisseling"}
)  # fmt: skip
# Verbs of putting a technology to use, which end its phrase in Dutch word order ("een chatbot
# op de website zetten" -> "chatbot op de website") and which a title does not end on.
USE_VERBS = frozenset(
    {"zetten", "inzetten", "gebruiken", "inkopen", "invoeren", "aanschaffen", "testen",
     "uitproberen", "proberen", "ontwikkelen", "bouwen", "plaatsen", "ophangen", "hangen",
     "maken", "laten", "starten", "installeren", "koppelen", "draaien", "vervangen", "opzetten",
     "gehangen", "geplaatst", "ingezet", "ingevoerd", "gebouwd", "ontwikkeld", "gebruikt",
     "getest", "aangeschaft", "ingekocht", "geïnstalleerd", "gekoppeld", "opgezet", "gezet",
     "staan", "staat", "hangt"}
)  # fmt: skip
# Words that end the thing's phrase: a clause, a purpose, a time or a second thing begins.
PHRASE_ENDS = USE_VERBS | frozenset(
    {"die", "dat", "om", "waarmee", "waarbij", "waardoor", "waarin", "zodat", "wat", "en", "maar",
     "omdat", "wanneer", "want", "dus", "te", "is", "wordt", "zijn", "worden", "wil", "willen",
     "gaat", "gaan", "kan", "kunnen", "moet", "moeten", "zal", "zullen", "heeft", "hebben",
     "krijgt", "geeft", "maakt", "komt", "sinds", "vanaf", "'s", "’s",
     "that", "which", "who", "whom", "where", "when", "to", "so", "and", "or", "but", "because",
     "if", "are", "was", "were", "will", "would", "can", "could", "should", "has", "have",
     "since", "from"}
)  # fmt: skip
# Words a title does not end on: articles, prepositions, particles, possessives and the verbs
# of use.
TRAILING = USE_VERBS | frozenset(
    {"de", "het", "een", "the", "a", "an", "op", "in", "aan", "uit", "af", "mee", "bij", "voor",
     "van", "met", "naar", "over", "door", "tot", "onder", "om", "on", "at", "of", "for", "with",
     "by", "from", "into", "about", "our", "ons", "onze", "hun", "their", "its"}
)  # fmt: skip
# Parts of words that name a technology: anywhere in a word (``TECH_PARTS``) or at its end, or
# as the whole word (``TECH_ENDS``: "alarmeringsapp", "voicebot", "risicoscan", but not
# "apparaat" or "scanauto").
TECH_PARTS = (
    "camera", "sensor", "algoritm", "algorithm", "model", "systeem", "system", "platform",
    "dashboard", "chatbot", "robot", "drone", "software", "scanner", "tracker", "applicatie",
    "application", "plugin", "portaal", "portal", "beacon", "tweeling", "monitor",
    "herkenning", "recognition", "taalmodel", "language model", "computer", "satelliet",
    "satellite", "wearable", "polsband", "wristband", "slimme meter", "smart meter", "container",
)  # fmt: skip
TECH_ENDS = ("app", "ai", "bot", "tool", "scan", "tablet", "chip", "twin", "cam")
# After a word of technology its phrase goes on only with one of these ("een app voor cliënten",
# "a digital twin of three towns"); another word is the verb of a new clause ("an image model
# classifies ...", "de bot beantwoordt ...").
PREPOSITIONS = frozenset(
    {"op", "in", "bij", "voor", "met", "van", "langs", "aan", "for", "with", "of", "on", "at",
     "along", "inside", "near"}
)  # fmt: skip
# Capitalised, these start a new sentence that lost its full stop ("... parents They work").
OPENERS = frozenset(
    {"de", "het", "een", "dit", "dat", "we", "wij", "ze", "zij", "hij", "the", "a", "an", "this",
     "they", "it", "he", "she", "our", "onze"}
)  # fmt: skip
# A definite article a title starts without ("de kentekencamera's ..." -> "Kentekencamera's").
LEADING = frozenset({"de", "het", "the"})
# Framing before the thing when no article names it ("het gaat om de ...", "we want to ...").
LEAD_INS: tuple[str, ...] = (
    "het gaat om", "het gaat over", "het idee is om", "het idee is", "we willen graag",
    "wij willen graag", "we willen", "wij willen", "ik wil", "we gaan", "wij gaan",
    "we gebruiken", "wij gebruiken", "we hebben", "wij hebben", "we testen", "we overwegen",
    "we denken aan", "we zijn bezig met", "it is about", "it's about", "the idea is to",
    "we want to", "we would like to", "we'd like to", "we are going to", "we're going to",
    "we plan to", "we are planning to", "we're planning to", "we are using", "we're using",
    "we use", "we have", "we are piloting", "we're piloting", "we are testing",
    "we're testing", "we are considering", "we're considering", "i want to",
)  # fmt: skip
# A heading before a colon that a title skips ("Use case: ...", "Kort: ...").
HEADING_WORDS = 4
# Words of technology that name little alone ("een app", "an AI"): the title goes on with what
# it does when a clause or a preposition follows ("App that takes phone location data …"), and
# is the start of the sentence otherwise ("De gemeente analyseert met een tool …").
GENERIC = frozenset(
    {"app", "ai", "model", "algoritme", "algorithm", "systeem", "system", "tool", "camera",
     "cameras", "camera's", "sensor", "sensors", "sensoren", "platform", "software", "bot",
     "robot", "dashboard"}
)  # fmt: skip
# A description that starts with one of these is a sentence someone wrote ("we willen ...",
# "our team uses ..."), not the name of a thing ("een chatbot ...").
TOLD_STARTS = frozenset(
    {"we", "wij", "ik", "ons", "onze", "mijn", "i", "i'm", "we're", "we've", "we'd", "our", "my"}
)
# The start of a clause that says what a thing does ("een app die ...", "an AI that ...").
RELATIVES = frozenset(
    {"die", "dat", "waarmee", "waarin", "waarbij", "that", "which", "who", "where"}
)
