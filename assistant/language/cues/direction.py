"""Whether an effect is good or bad for someone: direction words, labels and markers, and the
words that turn a direction around (Dutch and English)."""

from __future__ import annotations

import re

# Words that say an effect is good or bad for someone. A term matches a word that starts with
# it (from four letters on: "calm" finds "calmer"); a term of several words matches in order.
POSITIVE_WORDS = (
    # a verdict on what was told ("dat is mooi", "that's the big plus")
    "mooi", "big plus", "grote plus", "huge win", "prima", "geeft rust", "meer rust",
    "peace of mind", "good thing", "goede zaak", "goed bewijs", "good evidence", "great evidence",
    "good proof", "goed nieuws", "good news",
    "voordeel", "voordelen", "positief", "beter", "betere", "sneller", "snellere", "makkelijker",
    "eenvoudiger", "efficiënt", "efficienter", "bespaar", "besparing", "inzicht", "veiliger",
    "helpt", "kans", "kansen", "verbeter", "goedkoper", "gemak", "tijdwinst", "prettig",
    "prettiger", "gezonder", "scheelt", "meer aandacht", "meer tijd", "blij", "tevreden", "veilig",
    "zicht op", "overzicht", "grip", "duidelijk", "voorspelbaar", "handig", "rustig", "rustiger",
    "ondersteun", "hulp", "geholpen", "op tijd", "eerlijker", "nauwkeurig", "betrouwbaar",
    "effectiever", "productiever", "toegankelijk", "eerder", "vroeger", "vaker horen", "serieus",
    "serieuzer", "vrij", "vrijheid", "bewegingsvrijheid", "handen vrij", "direct feedback",
    "directe feedback", "eigen niveau", "patronen", "steun", "fijn", "goed voor", "winst",
    "pluspunt", "gemakkelijk", "zelfstandig", "opgelucht", "ontlast", "lucht",
    "sneller ter plaatse", "nauwkeuriger", "preciezer", "betaalbaar", "goedkoop", "bereik",
    "benefit", "positive", "better", "faster", "easier", "save", "saves", "saving", "efficient",
    "insight", "safer", "helps", "help", "helped", "opportunit", "improve", "cheaper",
    "convenient", "gain", "healthier", "more attention", "more time", "happy", "satisf", "safe",
    "quicker", "quickly", "overview", "clear", "predictab", "handy", "calm", "support", "in time",
    "fairer", "accurate", "reliab", "effective", "productive", "accessible", "sooner", "earlier",
    "within a day", "within days", "instead of weeks", "instead of months", "breathe", "relief",
    "relieved", "spotted", "identify", "found", "serious", "free", "freedom", "pay less",
    "lower bills", "real help", "good outcomes", "good for", "great for", "trust", "affordable",
    "independen",
    "confident", "on their own level", "feedback", "more referrals", "visible", "matched",
    "spend less time", "minder tijd kwijt",
    # time freed for other work ("houden tijd over voor de lastige dossiers")
    "tijd over voor", "tijd overhouden", "time left for", "time to spare for",
    # relief from a duty ("hoeven niet meer te bellen", "no longer have to chase forms")
    "hoeven niet", "hoeft niet", "hoeven geen", "hoeft geen", "hoeven minder", "hoeft minder",
    "hoeven nooit", "hoeft nooit", "hoefden niet", "hoefde niet", "don't have to",
    "doesn't have to", "do not have to", "does not have to", "don't need to", "do not need to",
    "no longer need", "no longer have to", "need not", "gerust", "reassur", "at ease",
    "op hun gemak", "op je gemak", "comfortable", "frees", "free up", "freed up",
    "besparen", "bespaard", "verlicht", "minder betalen", "eerlijk", "terugwin", "win back",
    "wins back", "more involved", "meer betrokken",
    "feel involved", "voelen zich betrokken",
    # a say in what happens ("zonder inspraak" turns it: "without a say")
    "inspraak", "zeggenschap", "a say", "say in", "consent",
    "schoner", "schonere", "cleaner air", "cleaner water",
    "ervan leren", "ervan kunnen leren", "learn from it", "learn from their",
    # fun in doing it ("ze vinden het een spelletje", "they enjoy it")
    "leuk", "leuker", "plezier", "spelletje", "als een spel", "fun", "enjoy", "like a game",
    # room for the real work ("kan zich richten op de moeilijke vragen", "can focus on")
    "zich richten op", "zich concentreren op", "can focus on", "could focus on", "free to focus",
    # staying alive and staying at home ("de overlevingskans stijgt", "go out alone for longer")
    "overlevingskans", "overleven", "survival", "survive", "levens gered", "lives saved",
    "langer thuis", "langer zelfstandig", "for longer", "alleen op pad", "alleen naar buiten",
    "going out alone", "go out alone", "goes out alone",
    # something long wished for ("eindelijk data over ...")
    "eindelijk", "finally",
    # what people love or lives saved ("young teachers love it", "dat kan levens redden")
    "love", "loves", "grateful", "thankful", "dankbaar", "levens redden",
    # profiting from it ("de buren hebben er profijt van")
    "profijt", "profiteren", "profiteert", "leven redden",
    "redt levens", "saves lives", "save lives",
    # heard and done faster ("they finally feel heard", "in half the time", "staff are happier")
    "feel heard", "voelen zich gehoord", "voelt zich gehoord", "in half the time",
    "in de helft van de tijd", "happier", "blijer",
    # work aimed better, cases solved, cleaner vehicles, something to hold on to
    "gerichter", "more targeted", "solve", "solves", "solved", "greener", "groener", "houvast",
    # how people in a story took it ("he slept through the night", "zij slaapt weer", "bij het
    # spel lacht ze", "she smiled at the nurse")
    "slept through", "sleeps through", "sleep through", "doorslapen", "doorgeslapen",
    "slaapt weer", "slapen weer", "sleeps again", "lacht", "lachen", "lachte", "laughs",
    "laughed", "smil", "glimlach",
)  # fmt: skip
NEGATIVE_WORDS = (
    # dislike and a first step towards worse ("they hate talking to a machine", "saai werk",
    # "een hellend vlak")
    "hate", "haat", "boring", "saai", "hellend vlak", "slippery slope",
    # turned away and put out ("aanvragen worden afgewezen", "tenants are evicted")
    "afgewezen", "evicted",
    # tedium and time lost ("that dull drive", "endless password resets", "eindeloos
    # bellen", "wasting time on incomplete files", "zitten te zuchten")
    "dull", "tedious", "endless", "eindeloos", "eindeloze", "zuchten", "wasting", "verspillen",
    "verspilt", "verspild",
    # a heavier load ("de gesprekken die overblijven zijn zwaarder", "the job gets heavier")
    "zwaar", "zwaarder", "heavier",
    # a pity ("..., vind ik jammer", "..., I find that tricky", "..., not great")
    "jammer", "a pity", "a shame", "tricky", "not great", "not ideal", "niet ideaal",
    "niet best", "not good", "no good",
    # a task laid on people that is not theirs, and a price they keep paying ("which isn't
    # their role", "dat is niet hun taak", "would keep paying the top price")
    "not their role", "isn't their role", "not their job", "isn't their job", "niet hun rol",
    "niet hun taak", "keep paying", "keeps paying", "blijven betalen", "blijft betalen",
    # losing something good through it ("could cost them trust", "kost ze het vertrouwen")
    "cost them", "costs them", "cost us", "costs us", "kost ze", "kost hen", "kost hun",
    "kost ons",
    # being made to tell on others ("chauffeurs voelen zich een verklikker", "snitches")
    "verklik", "klikspaan", "snitch", "informer", "telling on",
    # disliked by the speaker ("..., which I don't love", "not a fan", "zie ik niet zitten")
    "don't love", "dont love", "do not love", "don't like", "dont like", "do not like",
    "not a fan", "niet zie zitten", "zie ik niet zitten", "zie ik echt niet zitten",
    "niet zo blij mee", "niet blij mee",
    # safety or certainty that only seems so ("een vals gevoel van veiligheid", "a false sense
    # of security", "schijnveiligheid")
    "vals gevoel", "valse zekerheid", "valse geruststelling", "schijnveiligheid",
    "schijnzekerheid", "false sense", "false comfort", "false reassurance",
    # hard for people ("a chatbot is often hard for them", "too hard to use")
    "is hard", "is often hard", "is very hard", "are hard", "are often hard", "too hard",
    "hard to use", "hard for",
    # being talked down to ("een meneer die zich betutteld voelt", "they feel patronised")
    "betutteld", "betuttelend", "betutteling", "patronised", "patronized", "patronising",
    "patronizing",
    # alarms for nothing ("groepen die hard zingen geven vals alarm", "false alarms")
    "vals alarm", "valse melding", "false positive",
    "nadeel", "nadelen", "negatief", "risico", "zorg", "zorgen", "angst", "bang", "bekeken",
    "gevolgd", "inbreuk", "schade", "discrimin", "fout", "fouten", "uitsluit", "verlies",
    "verliez", "verliest", "stigma", "wantrouw", "onzeker", "misbruik", "datalek", "ongelijk",
    "slechter", "duurder", "afhankelijk", "minder contact", "onduidelijk", "onterecht",
    "ten onrechte", "gecontroleerd", "controle", "minpunt", "profiler", "stempel", "te veel",
    "teveel", "te weinig", "te kort", "te laag", "te hoog", "verkeerd", "gaat mis", "het mis",
    "ernaast",
    # being put a step down in one's work ("voelt als degradatie", "feels like a demotion")
    "degradatie", "gedegradeerd", "degradation", "degraded", "demotion", "demoted",
    "vernederend", "geduwd", "gedwongen", "geperst", "krap", "bespied", "kwijt", "kan niet",
    "kunnen niet", "niet kunnen", "moeilijk", "eenvormig", "belanden", "lek", "omgooien",
    "ongerust", "onveilig", "vragen zich af", "achterblijv", "buitengesloten", "uitgesloten",
    # shame ("beschamend voor een gezin dat meer verbruikt", "ze schamen zich")
    "beschamend", "schaam", "schamen", "gênant", "shameful", "ashamed",
    # a prediction or a reading wide of the mark ("off by more than an hour")
    "off by",
    # being put at a disadvantage, in formal words ("een verdere achterstelling", "adverse")
    "achterstell", "achtergesteld", "benadel", "nadelig", "disadvantage", "detriment", "adverse",
    "vooroordeel", "stress", "druk", "overbodig", "ontslag", "banen", "onrecht", "boete", "beboet",
    "naheffing", "sanctie", "in de gaten", "gefilmd", "gefotografeerd", "opgenomen", "eenzaam",
    "kwetsbaar", "hack", "storing", "kapot", "falen", "faalt", "onvrij", "agressie", "boos",
    "frustr", "irritat", "overlast", "kosten", "duur", "in beeld", "in het vizier", "vrezen",
    "vreest", "vrees", "verdwijnt", "verdwijnen", "snappen niet", "snapt niet", "begrijpen niet",
    "niet begrijpen", "niet snappen", "weten niet", "weet niet", "niemand", "mensonwaardig",
    "onwaardig", "bubbel", "gevoelig", "overvallen", "vergeten", "niet aankunnen", "aankunnen",
    "werkdruk", "misselijk", "doen niet mee", "sturing", "manipul", "wachten", "rood",
    "minder leuk", "niet leuk", "verwar", "verward", "schuld", "vaker gecontroleerd", "pijn",
    "zorgelijk", "gemist", "missen", "mist", "risk", "harm", "negative", "worse", "fear", "afraid",
    # what is overlooked or kept badly ("the model might miss dikes", "the reports are messy")
    "might miss", "may miss", "could miss", "will miss", "would miss",
    "overlook", "over het hoofd", "messy", "rommelig", "slordig",
    "watched", "tracked", "intrusi", "bias", "anker-effect", "ankereffect",
    "anchoring", "tunnelvisie", "tunnel vision", "error", "mistake", "exclu", "loss", "chilling",
    "distrust", "concern", "worr", "misuse", "leak", "unfair", "dependen", "surveillance",
    "drawback", "downside", "profiling", "blind", "too much", "too many", "too little", "wrong",
    "humiliat", "pushed", "forced", "squeezed", "spying", "spied", "lose", "loses", "lost",
    "cannot", "can't", "could not", "couldn't", "difficult", "hard to", "uniform", "rearrange",
    "anxious", "unsafe", "wonder", "uncertain", "left behind", "prejudice", "pressure",
    "redundant", "job loss", "injust", "fined", "a fine", "breach", "sanction", "penalt",
    "punish", "monitored", "filmed",
    "recorded", "photographed", "lonely", "vulnerable", "outage", "breaks", "fails", "wrongly",
    "mistaken", "not free", "less free", "aggression", "angry", "nuisance", "costs", "expensive",
    "sad", "creepy", "invent", "false", "ignor", "never know", "don't know", "do not know",
    "doesn't know", "unaware", "nobody", "no one", "sink", "reject", "searched", "cold", "burden",
    "overwhelm", "swamped", "cope", "overbelast", "overloaded", "overspannen", "burn-out",
    "burnout", "nothing", "far more often", "more often", "sensitive",
    "confus", "embarrass", "intrusive", "pressured", "waiting", "delay", "undignified", "sick",
    "nause", "manipulat", "bubble", "the same kind", "feel watched", "in their living room",
    "controlled", "checked more", "can't cross", "specialised in", "bad matches", "become suspect",
    # water where it should not be ("less flooding risk", "minder kans op overstroming")
    "flooding", "floods", "flooded", "overstroming", "overstromingen", "wet feet", "natte voeten",
    # decisions taken badly ("fewer bad decisions" turns them, "slechte besluiten")
    "bad decision", "bad choice", "poor decision", "poor choice", "slechte besluit",
    "slechte beslissing", "slechte keuze", "verkeerde besluit", "verkeerde beslissing",
    "foute beslissing", "foute keuze",
    "as suspect", "als verdachte", "last van", "last hebben",
    # people labelled or scoring low on a test ("parents feel their child gets labelled",
    # "kinderen scoren laag omdat de app alleen Nederlands kent")
    "gets labelled", "get labelled", "getting labelled", "gets labeled", "get labeled",
    "getting labeled", "feel labelled", "feels labelled", "feel labeled", "feels labeled",
    "zich gelabeld", "een label opgeplakt", "bestempeld", "score low", "scoring low",
    "scoren laag", "scoort laag", "scoorde laag", "scoorden laag",
    # treated as suspects or criminals ("they feel like suspects", "als criminelen behandeld")
    "like suspects", "like a suspect", "like criminals", "like a criminal", "als crimineel",
    "als criminelen", "profiled",
    # leaning on the system's output ("the officers trust whatever ends up on top", "ze varen
    # blind op de score"): over-reliance, not trust earned
    "trust whatever", "trusts whatever", "rely on whatever", "relies on whatever",
    "do whatever", "does whatever", "varen blind", "vaart blind", "varen op", "vaart op",
    "leunen op", "leunt op",
    # taking the output as it comes ("officers might just trust the flag", "ze nemen de score
    # klakkeloos over")
    "just trust", "just trusts", "simply trust", "simply trusts", "just follow", "just follows",
    "just accept", "just accepts", "just copy", "just copies", "klakkeloos", "blind vertrouwen",
    "blindly trust", "blindly follow",
    # unknowable, undermined or late ("the price logic is a black box", "ze gaan hem
    # saboteren", "brieven komen dagen later aan", "their work becomes invisible")
    "black box", "blackbox", "sabot", "confidently wrong", "dagen later", "weken later",
    "days later", "weeks later", "invisible", "onzichtbaar", "onrust", "meegefilmd",
    "never read", "nooit gelezen",
    # pressed to go along, and work on a day off ("voelen zich verplicht om te delen", "feel
    # obliged to share", "ingeroosterd op hun vrije dag", "called in on their day off")
    "verplicht voelen", "voelen zich verplicht", "voelt zich verplicht", "feel obliged",
    "feels obliged", "feel obligated", "op hun vrije dag", "op je vrije dag", "on their day off",
    "on their days off", "on your day off",
    # walking away from it ("the kids will drop it", "ze stoppen ermee")
    "drop it", "ditch it", "stop using it", "stop using the", "stoppen ermee", "stopt ermee",
    "achter een scherm", "steeds hetzelfde", "wait longer", "waits longer",
    "moeten vaker", "moet vaker", "moeten nu zelf", "moet nu zelf", "have to", "has to",
    "had to", "extra werk", "meer werk", "extra work", "more work", "loos alarm", "false alarm",
    # work that comes on top ("de wijkagent krijgt er werk bij", "krijgen er een hoop werk bij")
    "er werk bij", "er veel werk bij", "er een hoop werk bij", "er flink wat werk bij",
    "werk erbij", "er taken bij", "taken erbij",
    "false positive", "voor niks", "for nothing", "van slag", "in de war", "overstuur", "upset",
    "raar", "weird", "strange", "feels off", "feel off", "felt off", "voelt dubbel",
    "voelt niet lekker", "again and again", "steeds weer", "telkens weer", "keer op keer",
    "haken af", "afhaken", "haakt af", "drop out", "drops out", "give up", "gives up",
    "come last", "comes last", "lose out", "loses out", "miss out", "misses out",
    "vaker aangesproken", "aangehouden", "staande gehouden", "stopped more often",
    "te laat", "too late", "lui", "lazy", "als een nummer", "like a number", "just a number",
    "midden in de nacht", "middle of the night", "wakker gebeld", "woken", "uit hun slaap",
    # a complaint told of someone ("een buurvrouw heeft geklaagd dat ...", "a resident
    # complained that ..."), not the complaints that gave rise to the case ("residents complain")
    "geklaagd", "klaagde", "klaagden", "complained",
    # danger said of what happens ("dat kan echt gevaarlijk zijn", not "practise dangerous
    # situations") and failure ("als het blurren mislukt", "if it goes wrong")
    "gevaarlijk zijn", "gevaarlijk worden", "is gevaarlijk", "levensgevaarlijk",
    "be dangerous", "is dangerous", "gets dangerous", "mislukt", "mislukken", "goes wrong",
    "uitgescholden", "gescholden", "uitscheld", "fewer breaks", "no breaks", "minder pauze",
    "geen pauze", "timed", "getimed", "struggl", "worstel", "moeite met", "miss the",
    "misses the", "missed the", "misses a", "missed a", "mist een",
    "achterop", "fall behind", "falls behind", "falling behind",
    "meer betalen", "pay more", "meer tijd kwijt", "tijd kwijt", "sidelined", "buitenspel",
    "aan de kant gezet", "overruled", "eng", "scared", "scary", "bang voor",
    "verdacht", "awkward", "alone", "checked on", "tiring", "exhaust", "vermoeiend", "uitgeput",
    "little rest", "weinig rust", "no rest", "geen rust", "boze", "te lage", "te hoge",
    "flagged",
    "aangemerkt", "geruchten", "rumour", "rumor", "roddel",
    "scoren lager", "lager scoren", "lager beoordeel", "score lower", "lower score", "rated lower",
    "vallen buiten", "vallen erbuiten", "vallen er juist buiten", "buiten de boot", "left out",
    # not managing ("dat gaat haar niet lukken", "lukt hem niet", "she won't manage that")
    "niet lukken", "lukt niet", "lukt haar niet", "lukt hem niet", "lukt ze niet", "lukt hun niet",
    "redt het niet", "redden het niet", "komt er niet uit", "komen er niet uit", "won't manage",
    "can't manage", "cannot manage", "wouldn't manage", "won't be able", "wouldn't be able",
    # not understood ("worden niet verstaan", "they don't understand it")
    "niet verstaan", "niet begrepen", "not understood", "don't understand", "do not understand",
    "doesn't understand", "does not understand",
    # doing worse than before ("kijken minder goed", "sleep less well")
    "minder goed", "niet goed", "less well", "not as well", "not well",
    # alarms or work for nothing ("terwijl er niets aan de hand was", "for no reason")
    "niets aan de hand", "niks aan de hand", "voor niets", "zonder reden", "nothing wrong",
    "for no reason", "without reason", "nothing was wrong",
    # alone among strangers ("alleen met onbekenden", "alone with strangers")
    "onbekenden", "vreemden", "strangers", "in hun eentje", "alleen met",
    # annoyance and standing still ("ergeren zich", "staan langer stil", "get annoyed")
    "ergeren", "ergert", "ergernis", "erger", "annoy", "irritated", "irritating", "langer stil",
    "stand still longer", "longer at a standstill",
    # damage done on purpose or by water ("hun land loopt onder water", "gets flooded")
    "overstroom", "flooded", "floods", "onder water", "on purpose", "expres", "met opzet",
    # a picture made to look better than it is, or taken on trust
    "rooskleurig", "rosier", "rosy", "mooier laten lijken", "mooier te laten lijken",
    "mooier voorstellen", "beter laten lijken", "beter te laten lijken", "look better",
    "looks better", "misleid", "mislead", "maar geloven", "op ons woord", "op hun woord",
    "take our word", "take their word", "blind op", "niet de mensen", "not the people",
    "scheef beeld", "scheve beeld", "vertekend", "eenzijdig beeld", "skewed", "distorted",
    "one-sided picture", "lopsided",
    "no staff to", "geen mensen om",
    "vragen geven", "vragen oproepen", "roept vragen op", "roepen vragen op", "raises questions",
    "raise questions",
    # wrong or odd outcomes and costs ("een antwoord dat niet klopt", "pay a fee")
    "klopt niet", "niet klopt", "kloppen niet", "niet kloppen", "onjuist", "incorrect", "rare",
    "probleem", "problemen", "problem", "afgeschilderd", "portrayed as", "doorzocht",
    "doorzoeken", "fee", "fees", "moeten betalen", "moet betalen", "raakt weg", "raken weg",
    "verloren", "verloor", "gaat verloren", "gaan verloren", "gescand", "scanned", "schamen",
    "schaamt",
    "schaamte", "ashamed", "shame", "afgepakt", "taken away", "without cause", "zonder aanleiding",
    "a fine", "achteruit", "natte", "wateroverlast",
    # hard to do or of little use ("vind ik lastig", "hebben er weinig aan", "of little use")
    "lastig", "lastiger", "weinig aan", "niets aan", "niks aan", "little use", "no use",
    "get little out of", "gets little out of",
    # a few voices drowning out the rest ("zouden de thema's domineren", "would dominate")
    "domineren", "domineert", "overheersen", "overheerst", "overstemd", "overstemmen",
    "dominate", "dominates", "drown out", "drowned out", "crowd out", "crowded out",
    # treated as a wrongdoer or marked for it ("alsof ze criminelen zijn", "vaker gemarkeerd")
    "criminelen", "crimineel", "fraudeur", "criminals", "like a criminal", "gemarkeerd",
    "geflagd",
    # deceit in someone's name ("oplichters sturen nepberichten", "scam texts")
    "nepbericht", "oplicht", "scam", "fake message", "fake text",
    # harm done to people or animals ("schapen worden doodgebeten", "sheep get killed")
    # asking whether something happens to them ("ouders vragen of de opnames bewaard worden")
    "vragen of", "vraagt of", "ask whether", "asks whether", "asking whether",
    "doodgebeten", "gebeten", "gedood", "aangevallen", "killed", "attacked", "bitten",
    "schrikt", "schrikken", "schrok", "frightened", "startled", "a fright", "scare ", "scares",
    "verstoort", "verstoren", "verjaagt", "verjagen", "disturbs", "disturb ", "scare away",
    # personal things seen by others ("ziet allerlei persoonlijke dingen", "personal details")
    "persoonlijke dingen", "persoonlijke gegevens", "privéleven", "personal details",
    "personal things", "private life", "private lives",
    # time off work and worse conditions ("opnieuw vrij moeten nemen", "slechte verlichting")
    "vrij moeten nemen", "vrij nemen", "vrij te nemen", "verlof opnemen", "take time off",
    "take a day off", "day off work", "slechte verlichting", "poor lighting", "badly",
    # a care home sooner than needed ("naar een verpleeghuis", "into a care home early")
    "verpleeghuis", "care home", "nursing home",
    # getting stuck or things going wrong ("lopen vast in het formulier", "gets stuck")
    "lopen vast", "loopt vast", "liep vast", "liepen vast", "vastlopen", "loopt mis",
    "lopen mis", "liep mis", "misgaan", "gaat het mis", "get stuck", "gets stuck", "got stuck",
    "goes wrong", "go wrong", "went wrong", "nergens op slaat", "slaat nergens op",
    "makes no sense", "make no sense", "vaak mis", "ging mis", "gingen mis",
    # going out on the off chance ("rijden niet meer op de gok", "no trip on the off chance")
    "op de gok", "op goed geluk", "on the off chance", "on spec",
    # a rush of work at once ("een piek aan vragen", "a spike in calls")
    "piek aan", "piek in", "pieken in", "peak in", "peak of", "spike in", "spike of",
    # done behind someone's back ("past het aan zonder te melden", "without telling us")
    "zonder te melden", "zonder te vertellen", "zonder iets te zeggen", "zonder te vragen",
    "zonder het te zeggen", "without telling", "without saying", "without informing",
    "without asking", "without notice",
    # barely able to ("kunnen het amper betalen", "can hardly afford")
    "kan amper", "kunnen amper", "kan nauwelijks", "kunnen nauwelijks", "kon nauwelijks",
    "can hardly", "could hardly", "can barely", "could barely",
    # without the device a service needs ("heeft geen smartphone", "has no computer")
    "geen smartphone", "geen computer", "geen internet", "geen e-mailadres", "geen digid",
    "no smartphone", "no computer", "no internet", "no email", "no e-mail",
    # never told or never asked ("krijgen nooit te horen", "never chose to be counted")
    "nooit te horen", "never hear", "never find out", "never told", "nooit verteld",
    "nooit voor gekozen", "nooit om gevraagd", "nooit mee ingestemd", "never chose",
    "never asked for", "never agreed", "never consented",
    # more disputes ("meer bezwaar", "contest more", "more appeals")
    "meer bezwaar", "meer bezwaren", "vaker bezwaar", "contest more", "appeal more",
    "more appeals", "more objections", "more disputes",
    # being lured into wrongdoing ("uitlokking", "entrapment")
    "uitlokking", "uitlokken", "entrapment", "tempting people",
    # being watched at work ("voelen zich gemonitord")
    "gemonitord", "gemonitored", "gemonitoord",
    # anger, complaints and haste told of people ("the fishermen are furious", "klachten van
    # wijkverpleegkundigen", "moesten ritten afzeggen", "werkt gehaast", "bellen in paniek")
    "furious", "woedend", "klachten", "complaints", "afzeggen", "cancelled", "gehaast",
    "rushed", "paniek", "panic", "in distress", "intimiderend", "intimidat", "garbled",
    # not knowing what is done with them ("hebben geen idee dat ...", "have no idea why")
    "geen idee dat", "geen idee waarom", "no idea that", "no idea why",
    # standing apart from the rest ("now they feel like the odd ones out")
    "odd ones out", "odd one out", "buitenbeentje", "vreemde eend",
    # ending up among the suspects ("innocent people end up in the suspect pile")
    "suspect pile", "suspect list", "verdachtenlijst", "verdachtenstapel",
    # sent away ("jongeren worden steeds weggestuurd", "the kids get sent away")
    "weggestuurd", "weggejaagd", "sent away", "chased away",
    # of no use ("hundreds of photos, mostly useless", "nutteloze meldingen")
    "useless", "nutteloos", "nutteloze", "waardeloos", "waardeloze", "irritant",
    # nervous, grumpy, swamped ("legal is nervous about liability", "they drown in it")
    "nervous", "zenuwachtig", "grumpy", "chagrijnig", "drown in", "liability",
    # being singled out or picked on ("a child might be teased", "reizigers voelen zich
    # geviseerd")
    "teased", "geviseerd",
    "setback", "terugslag", "break-ins", "inbraken",
    "aansprakelijk",
    # not going to like it ("employers won't love the extra admin")
    "won't love", "wont love", "will not love", "won't like", "wont like", "will not like",
    # let down, stared at, caught out ("a few will be disappointed", "get stared at")
    "disappoint", "teleurgesteld", "teleurstell", "stared at", "staring", "aangestaard",
    "nagestaard", "betrapt", "caught out",
    # strain on body and mind ("a real strain", "rugklachten van de mast")
    "is a strain", "a real strain", "strain on", "rugklacht", "back pain",
    # imposed from above, a race between colleagues ("voelt als van bovenaf opgelegd")
    "opgelegd", "imposed", "als een wedstrijd", "like a competition", "like a race",
    # how people in a story took it ("her grandson was devastated", "ze zat te huilen", "hij
    # raakt in paniek", "she was scammed once", "treated as hopeless", "voelde zich
    # bespioneerd", "alert fatigue", "a traumatic sight", "ze werken gehaast")
    "devastat", "in tears", "in tranen", "huil", "crying", "cried", "distress", "paniek",
    "panic", "pieker", "scammed", "opgelicht", "hopeless", "kansloos", "written off",
    "bespioneer", "fatigue", "traumatic", "traumatisch", "traumatis", "gehaast", "rushed",
    "intimid", "hurt", "reduced to", "gereduceerd tot", "denkt aan stoppen",
    "denken aan stoppen", "thinking of quitting", "thinks of quitting",
    # harm that "minder"/"fewer" turns into a gain ("minder smokkel", "fewer disputes")
    "smokkel", "smuggl", "dispute", "geschil", "loonsanctie",
)  # fmt: skip
# Not able to with a word in between ("kunnen er niet meer in", "kan dan niet kiezen"): bad for
# whoever it is said of ("kan niet" next to each other is a direction word of its own).
UNABLE_RE = re.compile(
    r"\b(?:kan|kunnen|kon|konden)\s+(?:er|ze|zij|hij|dan|nu|daar|ook|dus)\s+(?:niet|nergens)\b",
    re.IGNORECASE,
)
# Words that look like a direction word but only compare with before ("meer data dan
# vroeger", "than before") or tell what was ("die dit vroeger deden"): no direction.
# "Vroeger" before a past verb means "formerly" ("die dit vroeger deden", "vroeger was het").
FORMERLY_VERBS = (
    "deden", "deed", "was", "waren", "had", "hadden", "werkte", "werkten", "zat", "zaten",
    "stond", "stonden",
)  # fmt: skip
NEUTRAL_PHRASES = (
    ("dan", "vroeger"),
    ("als", "vroeger"),
    ("than", "earlier"),
    ("loved", "ones"),  # "their loved ones": family, no liking
    *(("vroeger", verb) for verb in FORMERLY_VERBS),
)
# Relief from a duty with words in between ("hoeven 's nachts niet meer alleen te gaan", "no
# longer really have to"): good for whoever it is said of.
RELIEF_RE = re.compile(
    r"\b(?:hoeven|hoeft|hoefde|hoefden)\b(?:\s+[\w']+){0,4}?\s+(?:niet|geen|nooit|minder)\b|"
    # the same in a Dutch subordinate clause ("dat ze niet meer de hele ochtend lijsten hoeven
    # af te vinken")
    r"\b(?:niet|geen|nooit|minder)\b(?:\s+[\w']+){0,6}?\s+(?:hoeven|hoeft|hoefde|hoefden)\b|"
    r"\bno longer\s+(?:\w+\s+)?(?:have|has|need|needs)\s+to\b|"
    r"\b(?:have|has|need|needs)\s+to\s+(?:\w+\s+){1,3}?(?:less|fewer)\b|"
    r"\b(?:have|has|need|needs)\s+to\s+(?:\w+\s+){0,3}?less often\b|"
    # a burden saved, however dull it is ("scheelt het saai controlewerk", "saves us tedious
    # checks"): the saving is the effect
    r"\b(?:scheelt|scheelde|bespaart|bespaarde|spaart)\s+(?!niet\b|weinig\b)(?:[\w']+\s+){0,4}?"
    r"(?:\w*werk|tijd|gedoe|moeite|kosten|geld|uren|ritten|kilometers)\b|"
    r"\b(?:saves|saved|spares|spared)\s+(?:[\w']+\s+){0,4}?(?:\w*work|time|hassle|effort|"
    r"trips|hours|money|paperwork|checks|miles)\b",
    re.IGNORECASE,
)
# Made to do or pay more ("moeten veel meer data aanleveren", "betalen 50 euro per jaar meer",
# "have to fill in more forms"): a burden.
MORE_DUTY_RE = re.compile(
    r"\b(?:moeten|moet|must|have to|has to)\s+(?:[\w']+\s+){0,2}?(?:meer|more|extra)\b|"
    r"\b(?:betalen|betaalt|pay|pays)\s+(?:[\w€.,']+\s+){0,5}?(?:meer|more|extra)\b",
    re.IGNORECASE,
)
# "zonder dat ..." / "without ..." turns a good word a few words on ("zonder dat ze nog inspraak
# hebben"), over the "dat" that else ends the reach.
WITHOUT_WORDS = (("zonder", "dat"), ("without", "that"))
WITHOUT_REACH = 6
# Falling outside a rule or a group, with words in between ("vallen er wrs altijd buiten",
# "fall outside the scheme"), and stopping what one did ("openen ze niet meer", "no longer
# read them"): bad for whoever it is said of, where no other word decides.
LEFT_OUT_RE = re.compile(
    r"\b(?:vall?en|valt|viel|vielen)\b(?:\s+[\w']+){0,3}?\s+(?:er)?buiten\b|"
    r"\bfall(?:s|ing)?\s+(?:\w+\s+){0,2}?(?:outside|through the cracks)\b",
    re.IGNORECASE,
)
STOPPED_RE = re.compile(
    r"\b(?:niet meer|no longer|not any more|not anymore)\b(?!\s+(?:nodig|needed|necessary|"
    r"hoeven|have to|need))",
    re.IGNORECASE,
)
# Fearing or complaining about something: bad for whoever fears it, whatever the feared thing
# says ("ze vrezen dat de wachtlijst minder urgent lijkt", "staff worry that they lose their
# skills"); also "I'm afraid guards ..." without "that", where the fear opens the clause.
FEAR_RE = re.compile(
    r"\b(?:vrezen|vreest|vrees|bang|bezorgd|ongerust|maken zich zorgen|maakt zich zorgen|worry|"
    r"worries|worried|afraid|fear|fears|concerned|"
    # a complaint about it ("chauffeurs klagen dat ...", "drivers complain that ...")
    r"klagen|klaagt|klaagden|klaagde|complain|complains|complained|complaining)"
    r"\s+(?:\w+\s+){0,2}?(?:dat|that|om|to|voor|for|about|of|over)\b|"
    # English leaves "that" out ("the experts worry their job disappears", "staff fear they ...")
    r"\b(?:worry|worries|worried|fear|fears|afraid)\s+(?:they|their|the|it|its|we|our|he|his|"
    r"she|her|people|someone|nobody)\b|"
    r"^\s*(?:(?:and|en|but|maar|honestly|eerlijk gezegd),?\s+)?(?:i'?m|im|i am|i|ik ben|ik)\s+"
    r"(?:\w+\s+)?(?:afraid|scared|worried|fear|vrees|bang)\b",
    re.IGNORECASE,
)
# A worry told as a question or a wondering ("wat als de data lekt?", "stel dat ...", "ik vraag
# me af of ...", "what if ...", "I wonder whether ...", "I doubt they ..."): a negative effect,
# not a question to the assistant. Not "wat als we ..."/"what if we ...", which propose a measure.
WORRY_LEAD_RE = re.compile(
    r"^\s*(?:(?:en|and|maar|but|ok[eé]?|oja|btw|echt|really)\s*,?\s+)*(?:"
    r"(?:wat|what)\s+(?:als|if|gebeurt\s+er\s+als|happens\s+(?:if|when))(?!\s+(?:we|wij)\b)|"
    r"stel\s+(?:je\s+voor\s+)?dat(?!\s+(?:we|wij)\b)|suppose(?!\s+we\b)|"
    r"(?:ik|i)\s+(?:vraag\s+me\s+(?:\w+\s+)?af|wonder)|"
    r"(?:ik|i)\s+(?:betwijfel|doubt|twijfel\s+(?:eraan\s+)?(?:of|dat))|"
    r"(?:ik\s+ben|i'?m)\s+(?:wel\s+|a\s+bit\s+|een\s+beetje\s+)?(?:benieuwd|curious)\s+(?:of|whether|if)|"
    # who answers for a harm ("wie is aansprakelijk als de drone ...?", "who pays if ...?")
    r"(?:wie|who)(?:\s+(?:is|zijn|are)|'s)\s+(?:er\s+)?(?:dan\s+|then\s+)?(?:verantwoordelijk|"
    r"aansprakelijk|responsible|liable|accountable)\s+(?:als|wanneer|indien|if|when)|"
    r"(?:wie|who)\s+(?:betaalt|draait\s+op\s+voor|pays(?:\s+for)?)\b[^?]{0,40}?\s(?:als|wanneer|if|when)"
    r")\b",
    re.IGNORECASE,
)
# Words that put a good thing in doubt in a question ("krijgen ouderen dan nog wel bezoek?",
# "can they still reach anyone?", "mss ..."): the question is a worry, its direction negative.
DOUBT_WORDS = frozenset((
    "nog", "wel", "eigenlijk", "echt", "ooit", "mss", "misschien", "still", "even", "really",
    "actually", "ever", "enough", "genoeg", "might", "maybe", "perhaps",
))  # fmt: skip
# The assistant addressed in a question ("wat vind jij?", "kun je ...", "can you give ...",
# "do u know if ...", "what's your view"): a question to it, not a worry; "je als student" and
# "can you still see a doctor" are anyone.
ADDRESSED_RE = re.compile(
    r"\b(?:jij|jou|jouw)\b|"
    r"\b(?:kun|kan|kunt|wil|wilt|zou|weet|vind|vindt|denk|denkt|heb|hebt|snap|zie)\s+(?:je|u)\b"
    r"(?!\s+als\b)|"
    r"\b(?:do|can|could|would|will|did)\s+(?:you|u)\s+(?:\w+\s+)?(?:think|know|say|suggest|"
    r"help|give|tell|recommend|advise|agree|propose|mean|want|need|see\s+(?:it|this|that))\b|"
    # whether the answer will do ("is that enough?", "is dit genoeg zo?")
    r"^\W*(?:(?:and|en|so|dus|ok[eé]?)\W+)*(?:is|was)\s+(?:that|this|it|dat|dit|het)\s+"
    r"(?:so\s+|zo\s+)?(?:enough|sufficient|ok|okay|fine|genoeg|voldoende|goed\s+zo)\b|"
    r"\b(?:do|can|could|r)\s+u\b|\byour\s+(?:view|opinion|take|advice|thoughts|idea)\b",
    re.IGNORECASE,
)
# A sentence that says of itself that it is no effect ("not an effect I guess", "dat is geen
# effect maar een afhankelijkheid") or that goes off the subject ("off topic", "los daarvan"):
# never an effect, whatever words it holds. (A correction can be one: "correction on the
# tourists: they do get it, but in Dutch only".)
NOT_AN_EFFECT_RE = re.compile(
    r"^\W*(?:(?:maar|but|ok[eé]?|en|and|oh|o|wacht|wait|hmm|trouwens|btw)\W+)*(?:"
    r"(?:(?:dat|dit|this|that|it)\s*(?:is|'s)\s+)?(?:geen|not\s+an?|no)\s+(?:echt\s+|really\s+|"
    r"real\s+)?(?:effect|gevolg)\b|"
    r"off[- ]?topic\b|(?:even\s+)?los\s+daarvan\b|ander\s+onderwerp\b"
    r")",
    re.IGNORECASE,
)
# A sentence that says the one before it is no effect ("Not an effect I guess, just a
# dependency.", "Dat is geen effect hoor, meer een randvoorwaarde."): that one is not recorded.
DISOWNS_BEFORE_RE = re.compile(
    r"^\W*(?:(?:maar|but|ok[eé]?|oh|o|hmm|well|nou)\W+)*"
    r"(?:(?P<opener>(?:dat|dit|this|that|it)\s*(?:is|'s)\s+))?"
    r"(?:geen|not\s+an?|no)\s+(?:echt\s+|really\s+|real\s+)?(?:effect|gevolg)\b"
    r"(?P<hedge>\s+(?:i\s+guess|i\s+think|denk\s+ik|hoor|eigenlijk|really|though))?\s*"
    r"(?:(?:[,;:.!-]+|\s+(?:maar|but))\s*(?:(?:just|only|more|rather|meer|eerder|gewoon|"
    r"alleen)\s+)?"
    r"(?:an?\s+|een\s+)?(?:dependency|afhankelijkheid|precondition|randvoorwaarde|voorwaarde|"
    r"fact|feit|detail|requirement|eis)\b.*|(?(opener)|(?(hedge)|(?!)))\s*[.!]?\s*$)",
    re.IGNORECASE,
)
# Verbs after a term that say it shrinks ("de overlast in het centrum daalt", "complaints go
# down"): they turn the term before them within a clause.
DECREASE_WORDS = frozenset((
    "daalt", "dalen", "daalde", "daalden", "verdwijnt", "verdwijnen", "afneemt", "afnemen",
    "decreases", "decrease", "decreased", "drops", "dropped", "disappears", "disappear",
    "declines", "declined", "shrinks", "down", "omlaag", "kwijt", "kwijtraken", "verdwenen",
    "disappeared",
    # cut by half ("inbraken zijn gehalveerd", "complaints halved")
    "gehalveerd", "halveert", "halveren", "halved", "halves",
    # fallen, as a participle ("de schadeposten zijn met een derde gedaald", "claims have fallen")
    "gedaald", "afgenomen", "gezakt", "fallen", "fell", "shrunk", "shrank",
    # dropping and gone ("our costs drop", "the queues are gone")
    "drop", "gone",
))  # fmt: skip
# Speed words that make a harm done to someone come sooner, not better ("aanvragen worden
# sneller afgewezen", "tenants get evicted sooner"): next to a bad participle after a verb of
# becoming they count against.
SPEED_WORDS = frozenset((
    "sneller", "eerder", "vaker", "faster", "sooner", "quicker", "earlier", "more often",
))  # fmt: skip
# Words after a word of decrease that make it a rise ("complaints have gone up").
NOT_DECREASE_AFTER = frozenset(("up",))
# Words of decrease that tell one only after a copula ("the queues are gone"), not in a list
# of what happens ("the owner fixes it, nest gone").
DECREASE_AFTER_COPULA = frozenset(("gone",))
COPULAS_BEFORE_DECREASE = frozenset(("is", "are", "was", "were", "been"))
# A Dutch decrease split in a main clause ("de stroomdiefstal neemt af", "de klachten nemen
# flink af"): read as the joined verb ("afneemt"), one of :data:`DECREASE_WORDS`.
SPLIT_DECREASE_RE = re.compile(
    r"\b(?:neemt|nemen|nam|namen)\b((?:\s+(?!af\b)[\w']+){0,3}?)\s+af\b", re.IGNORECASE
)
# Said to become smaller after it ("de wachttijd wordt korter", "the queue gets shorter"): a
# decrease only right after a verb of becoming ("enjoy the shorter rounds" is no decrease).
SHRINK_WORDS = frozenset(("kleiner", "korter", "shorter", "smaller"))
# Words for being turned away or put out that are a harm only when said to happen to someone
# ("aanvragen worden afgewezen", not "dat hebben wij afgewezen").
DONE_TO_WORDS = frozenset(("afgewezen", "evicted"))
BECOMING_WORDS = frozenset((
    "wordt", "worden", "werd", "werden", "gets", "get", "got", "getting", "becomes", "become",
    "became", "raakt", "is", "are",
))  # fmt: skip
# After the word for smaller, the participle of becoming ("de rij is veel korter geworden").
BECAME_AFTER = frozenset(("geworden", "become", "gotten"))
# Words of degree between the verb of becoming and the word for smaller ("wordt veel korter").
DEGREE_WORDS = frozenset((
    "veel", "flink", "stukken", "een", "stuk", "wat", "iets", "duidelijk", "much", "a", "lot",
    "far", "way", "bit", "little", "clearly", "somewhat", "even", "nog",
))  # fmt: skip
DECREASE_REACH = 6
# Nouns of decrease that turn what they govern, across the words of a count ("een vermindering
# van het aantal klachten", "a reduction in the number of errors", "verkorting van de wachttijd").
DECREASE_NOUNS = frozenset((
    "vermindering", "verkorting", "afname", "daling", "reductie", "verlaging", "halvering",
    "reduction", "decrease", "decline", "drop", "cut", "cuts", "fall", "shortening", "lowering",
))  # fmt: skip
COUNT_GLUE = frozenset((
    "van", "het", "de", "der", "in", "of", "the", "aantal", "number", "amount", "a", "an",
))  # fmt: skip
DECREASE_NOUN_REACH = 5
# Verbs that make "down" no decrease ("every word is taken down", "written down").
DOWN_NOT_DECREASE = frozenset((
    "taken", "take", "takes", "took", "written", "write", "writes", "wrote", "noted", "note",
    "notes", "jotted", "typed", "put", "puts", "set", "laid", "nailed", "pinned",
))  # fmt: skip
# A question asked with "niet"/"not" that means the thing happens ("voelen ouderen zich niet
# bekeken?", "wordt het dan niet lastiger?", "won't they feel watched?"): the "not" turns
# nothing. Not after a question word ("waarom werkt het niet?").
RHETORICAL_NOT_RE = re.compile(
    r"^\s*(?!(?:wie|wat|waarom|hoe|waar|welke|wanneer|who|what|why|how|where|which|when)\b)"
    r"(?P<lead>(?:[\w']+\s+){1,4}?)(?:niet|not)\b(?=[^?]*\?\s*$)|"
    r"^\s*(?P<aux>won't|don't|doesn't|isn't|aren't|wouldn't|didn't|haven't|hasn't|shouldn't)"
    r"\b(?=[^?]*\?\s*$)",
    re.IGNORECASE,
)
RHETORICAL_AUX = {
    "won't": "will", "don't": "do", "doesn't": "does", "isn't": "is", "aren't": "are",
    "wouldn't": "would", "didn't": "did", "haven't": "have", "hasn't": "has",
    "shouldn't": "should",
}  # fmt: skip
# A direction said for whom before the people it is about ("positief voor ondernemers die ...",
# "good for drivers who ..."): the people after it are the subject.
DIRECTION_FOR_RE = re.compile(
    r"^(?:positief|negatief|gunstig|ongunstig|voordelig|nadelig|goed|slecht|fijn|positive|"
    r"negative|good|bad|great)\s+(?:voor|for)\s+",
    re.IGNORECASE,
)
# A remark that says for whom the effect is a gain or a loss ("..., wat winst is voor
# asielzoekers die ...", "which is good for small shops"): those people are its actor.
BENEFICIARY_RE = re.compile(
    r"\b(?:wat|dat|dit|which|that|this)\s+(?:is\s+|zijn\s+|'s\s+)?(?:(?:een|a|an|echt|really|"
    r"vooral|mainly|ook|also)\s+)*(?:winst|goed|fijn|prettig|voordeel|nadeel|gunstig|ongunstig|"
    r"nadelig|verademing|uitkomst|win|gain|plus|good|great|helpful|relief|bad|blow|loss)\s+"
    r"(?:is\s+|zijn\s+)?(?:voor|for)\s+(?P<who>[\w' -]+)",
    re.IGNORECASE,
)
# The same in the Dutch order, the people before the gain or loss ("dat rondrijden is eigenlijk
# ook voor handhavers een nadeel", "dit is voor ouders juist een uitkomst").
BENEFICIARY_BEFORE_RE = re.compile(
    r"\b(?:wat|dat|dit)\b(?:\s+[\w-]+)?\s+(?:is|zijn)\s+(?:(?:eigenlijk|ook|echt|vooral|juist|"
    r"wel|dus|zeker)\s+)*voor\s+(?P<who>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+(?:(?:een|ook|echt|"
    r"vooral|juist|wel)\s+)*(?:winst|voordeel|nadeel|verademing|uitkomst|plus|probleem|last|"
    r"gedoe|verlies)\b",
    re.IGNORECASE,
)
# A remark after an effect that judges it for some people, in its own clause: the judgement
# first ("..., erg vervelend voor die verkoper", "..., a real strain for the drivers") or the
# people first ("..., and for victims that's huge", "..., en voor de buren is dat fijn").
JUDGED_FOR_RE = re.compile(
    r"^(?:(?:en|and|maar|but|wel|dus|so)\s+)?(?:(?:erg|heel|echt|best|nogal|zo|super|enorm|"
    r"behoorlijk|really|very|quite|pretty|extra|vooral|especially|mainly|een|a|an|real)\s+)*"
    r"[^\W\d_]{4,}\s+(?:voor|for)\s+(?P<who>[\w' -]+)",
    re.IGNORECASE,
)
FOR_WHOM_JUDGED_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also)\s+)?(?:voor|for)\s+(?P<who>(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"\s+(?:is\s+(?:dat|het|dit)|(?:dat|het|dit)\s+is|that's|that\s+is|it's|it\s+is|this\s+is)\b",
    re.IGNORECASE,
)
# A remark that says the effect helps or costs some people ("..., which really helps the water
# managers", "..., wat de planners veel werk scheelt"), also at the end of a chain ("..., which in
# the end hurts consumers too"): a known actor named there is its actor.
HELPS_WHOM_RE = re.compile(
    r"\b(?:which|that|wat|dat|dit|this)\s+(?:(?:really|echt|ook|also|enorm|veel|flink|greatly|"
    r"vooral|mainly|in\s+the\s+end|eventually|ultimately|indirectly|uiteindelijk|indirect|"
    r"dan|then|weer|again|op\s+den\s+duur)\s+)*(?:helps|helpt|helped|hielp|benefits|saves|scheelt|spaart|hurts|harms|"
    r"schaadt|raakt|treft|costs|kost)\s+(?P<who>[\w' -]+)",
    re.IGNORECASE,
)
HELPS_WHOM_BEFORE_RE = re.compile(
    r"\bwat\s+(?P<who>(?:de|het|onze|hun)\s+[\w'-]+)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:helpt|hielp|scheelt|spaart|schaadt|raakt|treft|kost)\b",
    re.IGNORECASE,
)
# A clause after an effect that only says some people like or dislike it ("..., and patients
# like that", "..., de buren vinden dat heel prettig"): a remark on that effect, naming its people.
NEGATION_RE = re.compile(r"\b(?:not|don't|doesn't|niet|geen)\b", re.IGNORECASE)
LIKED_BY_RE = re.compile(
    r"^(?:(?:en|and|maar|but|ook|also|dus|so)\s+)?(?P<who>(?:[\w'-]+\s+){0,3}?[\w'-]+)\s+"
    r"(?:(?:really|do|don't|doesn't|echt|heel|erg|also|ook|wel|niet|not)\s+)*"
    r"(?:(?P<liked>like|likes|love|loves|appreciate|appreciates|waarderen|waardeert)|"
    r"(?P<disliked>hate|hates|dislike|dislikes)|(?:vinden|vindt)\s+(?:dat|dit|het)\s+"
    r"(?:(?:heel|erg|echt|best|wel|niet|zo)\s+)*(?P<judge>[^\W\d_]+))"
    r"(?:\s+(?:that|this|it|dat|dit|het))?\s*[.!]*$",
    re.IGNORECASE,
)
# A sentence that only names the step ("Effecten...", "Effects as I see them:"): no effect.
STEP_NAME_ONLY_RE = re.compile(
    r"^\W*(?:de |the |mijn |my )?(?:effecten|effects|gevolgen|consequences|impact)"
    r"(?:\s+(?:zoals ik ze zie|die ik zie|as i see them|i see|i expect|so far|tot nu toe))?\W*$",
    re.IGNORECASE,
)
# A condition that opens a clause ("als het model scheef is, ...", "if more drugs are found,
# ..."): what follows the comma is the effect, and it weighs double.
CONDITION_LEAD_RE = re.compile(
    r"^\s*(?:[\w']+,\s*)?(?:als|wanneer|indien|zodra|if|when|once|as soon as)\b[^,]{3,90},\s*"
    r"(?:(?:dan|then|though|however|toch|echter)\b,?\s*)?",
    re.IGNORECASE,
)
# Words that end the clause a decrease verb belongs to ("bang dat hun baan verdwijnt": the fear
# does not shrink).
CLAUSE_BREAKS = frozenset((
    "dat", "that", "omdat", "because", "als", "if", "wanneer", "when", "die", "which", "who",
    "en", "and", "maar", "but", "terwijl", "while", "zodat", "so",
))  # fmt: skip
# Words that start like a direction term but are other words ("blij" is not in "blijft", "duur"
# not in "duurzaam"); a person noun ("hulpverleners", "zorgverzekeraars") is never one either.
NOT_DIRECTION_WORDS = frozenset((
    "blijft", "blijven", "bleef", "bleven", "blijkt", "blijken", "bleek", "blijkbaar", "duurzaam",
    "duurzame", "duurzamer", "duurzaamheid", "duurt", "duurde", "kanselarij", "luchthaven",
    "luchtkwaliteit", "vrijdag", "vrijdags", "steunpunt", "zorgvuldig", "zorgvuldige",
    "zorgvuldigheid", "zorginstelling", "zorgaanbieder", "hulpmiddel", "hulpmiddelen", "freeway",
    "clearly", "drukte", "mission", "missions", "kwijtschelding", "kwijtscheldingen",
    "slechts", "helpdesk", "helpdesks", "helpdeskmedewerkers",
))  # fmt: skip
# English negations with "not" folded into the verb ("parents don't trust the school", "it
# doesn't help"): they turn the term after them as "not" does.
CONTRACTED_NOTS = frozenset((
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "weren't", "won't", "can't",
    "cannot", "couldn't", "wouldn't", "shouldn't", "haven't", "hasn't", "hadn't", "dont",
    "doesnt", "didnt", "isnt", "arent", "wont", "cant", "couldnt",
))  # fmt: skip
# Words that turn the direction of the term after them around ("fewer pointless audits",
# "minder onrustig", "niet geholpen"), within a few words.
FLIP_WORDS = frozenset((
    "minder", "less", "fewer", "nauwelijks", "hardly", "geen", "no", "not", "niet", "never",
    "nooit", "zonder", "without", "nor", "lower", "reduce", "reduces", "reduced", "verminder",
    "vermindert", "kleiner", "anders", "otherwise", "instead", "ipv", "korter", "kortere",
    "shorter",
    "stop", "stops", "stopped", "stoppen", "stopt", "stopte", "stopten",
    *CONTRACTED_NOTS,
))  # fmt: skip
FLIP_REACH = 3
# A negation after the term in its clause turns it too: Dutch puts "niet" after the verb and
# its object ("inwoners vertrouwen de uitslag niet", "de app helpt ouders niet"), and a
# subject can be denied after it ("the risk is not big", "help never comes").
TRAILING_NOTS = frozenset(("niet", "nooit", "not", "never"))
TRAILING_NOT_REACH = 5
# Words right after such a negation that make it no denial of the term ("helpt niet alleen
# ouders", "not only", "niet te hoeven wachten", "is niet meer nodig").
TRAILING_NOT_EXCEPT = frozenset((
    "alleen", "only", "just", "zo", "so", "te", "to", "om", "nodig", "needed", "necessary",
    "eens", "even", "waar", "true", "zeker", "sure",
))  # fmt: skip
# Words that end the reach of a later negation back to a term ("misselijk of doen niet mee",
# "snappen waarom hun vader nog niet ...").
TRAILING_NOT_BREAKS = frozenset((
    "te", "to", "om", "of", "or", "waarom", "why", "hoe", "how", "wat", "what", "waar", "where",
    "want", "nog", "yet",
))  # fmt: skip
# Terms of time a later negation does not deny ("vroeger vroeg de helft het nooit aan").
TRAILING_TERMS_EXCEPT = frozenset(("eerder", "vroeger", "earlier", "sooner", "vroeg"))
# How it was turns the direction words after it in its clause: the change is the other way
# ("meldingen die vroeger gemist werden", "reports that used to be missed").
FORMERLY: tuple[tuple[str, ...], ...] = (
    ("voorheen",), ("used", "to"), ("previously",), ("formerly",),
)  # fmt: skip
# "Vroeger" is formerly only with a past verb after it in its clause ("die vroeger gemist
# werden", "vroeger kregen ze"); else earlier, a gain ("problemen worden vroeger gezien").
FORMERLY_DUTCH = "vroeger"
# A group described by its chances ("mensen met weinig kans op werk", "people with few chances"):
# who they are, no effect of their own.
CHANCE_WORDS = frozenset(("kans", "kansen", "chance", "chances"))
WITH_WORDS = frozenset(("met", "with"))
CHANCE_AMOUNTS = frozenset(
    ("weinig", "veel", "geen", "minder", "meer", "kleine", "grote", "little", "few", "no", "less",
     "more", "a", "small", "big", "good", "goede", "slechte", "poor")
)  # fmt: skip
# What was so before and goes on ("als er vroeger gediscrimineerd werd, gaat dat gewoon door",
# "if there used to be bias it just carries on"): no change the other way, the old harm stays.
CARRIED_ON_VERBS = frozenset(("gaat", "gaan", "ging", "gingen"))  # ... "door", a few words on
CARRIED_ON_PARTICLE = "door"
CARRIED_ON: tuple[tuple[str, ...], ...] = (
    ("blijft",), ("blijven",), ("herhaalt",), ("overgenomen",), ("doorgezet",),
    ("carries", "on"), ("carry", "on"), ("continues",), ("continue",), ("persists",),
    ("repeated",), ("baked", "in"), ("goes", "on"),
)  # fmt: skip
# In a relative clause, how it was reaches only to its verb ("die dit vroeger deden | voelen
# zich ...", "who used to do this | feel ...").
FORMERLY_RELATIVES = frozenset(("die", "dat", "who", "which", "that"))
FORMERLY_RELATIVE_REACH = 3
PAST_VERBS = frozenset((
    *FORMERLY_VERBS, "werden", "werd", "moesten", "moest", "kregen", "kreeg", "konden", "kon",
    "gingen", "ging", "kwamen", "kwam", "liepen", "liep", "bleven", "bleef", "zagen", "zag",
    "misten", "mistte", "lagen", "lag", "hoefden", "hoefde",
))  # fmt: skip
# "No longer" turns the first direction word of its clause however far after it ("ze zitten
# niet meer elke avond een uur te bellen", "they no longer spend whole evenings waiting").
NO_LONGER: tuple[tuple[str, ...], ...] = (
    ("niet", "meer"), ("nooit", "meer"), ("no", "longer"), ("not", "any", "longer"),
    ("never", "again"),
)  # fmt: skip
# "zonder"/"without" turns only the term it governs ("zonder wachttijd", "without a delay"), not one
# after its own object ("mensen zonder smartphone vallen erbuiten").
GOVERNING_FLIPS = frozenset(("zonder", "without"))
DETERMINERS = frozenset(("de", "het", "een", "enige", "the", "a", "an", "any"))
# "geen"/"niet"/"no" in a relative clause ("ouders die geen Nederlands spreken lopen vast",
# "die de brief niet lezen lopen vast", "parents who speak no Dutch get stuck") turns only the
# term it governs, not the main clause after it.
RELATIVE_WORDS = frozenset(("die", "who", "which"))
RELATIVE_FLIPS = frozenset(("geen", "niet", "no", "not", *CONTRACTED_NOTS))
RELATIVE_REACH = 3  # "die geen", "who speak no", "die de taal niet"
# Too much of a good thing is bad ("trust the answers too much", "te veel vertrouwen"): these
# weigh double against a good word in the same clause.
EXCESS_WORDS = frozenset(("too much", "too many", "te veel", "teveel", "blindly", "blind"))
# A direction word with a suffix that says it is absent turns it ("hulpeloos", "harmless",
# "foutloos", "zorgeloze", "stressvrij", "hassle-free").
PRIVATIVE_SUFFIXES = ("loos", "loze", "less", "vrij", "vrije", "-free")
# A word for something good turned by "on-"/"un-" in front ("onrustig", "unhelpful").
NEGATING_PREFIXES = ("on", "un")
# Burdens: a "minder X" / "fewer X" with one of these is good ("minder typwerk").
UNAWARE_RE = re.compile(
    r"\b(?:weten\s+(?:\w+\s+){0,3}niet|weet\s+(?:\w+\s+){0,3}niet|niet\s+weten|"
    r"(?:snappen|snapt|begrijpen|begrijpt)\s+(?:\w+\s+){1,3}niet|"
    r"(?:don'?t|do not|doesn'?t|does not|can'?t|cannot)\s+(?:really\s+|always\s+)?"
    r"(?:understand|get|figure out)\s+(?:the|how|what|why|it|this)|"
    r"(?:don'?t|do not|doesn'?t|does not|never)\s+(?:realise|realize|notice)|"
    r"(?:hebben|heeft)\s+(?:\w+\s+){0,3}niet\s+door|"
    r"don'?t know|do not know|doesn'?t know|unaware|not aware|zonder dat\s+\w+\s+(?:het|dat)\s+"
    r"weten|without (?:them |their )?know|"
    # never told ("ouders krijgen nooit te horen dat ...", "tenants never hear that ...")
    r"(?:krijgen|krijgt|kregen|kreeg)\s+(?:\w+\s+){0,2}(?:nooit|niet|niks|niets)\s+te\s+"
    r"(?:horen|zien|weten)|(?:horen|hoort|hoorden|hoorde)\s+(?:\w+\s+){0,2}(?:nooit|niks|niets)\s+"
    r"(?:dat|van|over|wat)|(?:worden|wordt|werden|werd)\s+(?:\w+\s+){0,2}(?:nooit|niet)\s+"
    r"(?:verteld|ingelicht|geinformeerd|geïnformeerd)|never\s+(?:get\s+to\s+)?(?:hear|learn|"
    r"find\s+out|know)|(?:are|is|were|was)\s+(?:\w+\s+)?(?:never|not)\s+(?:told|informed))",
    re.IGNORECASE,
)
# Markers after an effect: "(+)", "(-)", "(pos)", "[neg]", a lone + or - at the end.
# A marker before an effect: "(+) Fraud is expected to decrease", "[-] meer telefoontjes".
LEAD_MARKER_RE = re.compile(r"^\s*[(\[]\s*(?P<mark>[+\-−–])\s*[)\]]")
END_MARKER_RE = re.compile(
    r"\s*(?:[(\[]\s*(?P<mark>[+\-−–]|pos|neg|positief|negatief|positive|negative)\s*[)\]]|"
    r"\s(?P<bare>[+\-−–]))\s*[.!]?\s*$",
    re.IGNORECASE,
)
BURDENS = (
    "werk", "typwerk", "typing", "typen", "papier", "administrat", "rijden", "driving", "km",
    "kilometer", "file",
    "traffic", "agressie", "aggression", "vrachtwagen", "truck", "bijplaats", "afval", "waste",
    "fout", "error", "mistake", "kosten", "cost", "uitstoot", "emission", "overlast", "noise",
    "lawaai", "wacht", "waiting", "delay", "vertraging", "stress", "schade", "damage", "risico",
    "risk", "fraude", "fraud", "criminal", "incident", "ongeluk", "accident", "paperwork",
    "handwerk", "zoekwerk", "ritten", "trips", "calls", "telefoontjes", "onderhoud", "storing",
    "zoek", "lees", "co2", "stop", "audit", "controle", "complaint", "klacht", "vragen",
    "questions", "collaps", "instort", "bezoek", "visits", "wachtlijst", "wachttijd", "onrust",
    "wait", "alarm", "bellen", "belt", "telefoon", "walk", "lopen", "loopwerk", "reistijd",
    "travel", "formulier", "form", "overtime", "overuren", "nachtdienst", "night shift",
    "vergader", "meeting", "handmatig", "manual", "lawaai", "noise", "ruis", "ziekteverzuim",
    "sick leave",
    "gedrang", "drukte", "crowd", "queue", "wachtrij", "search", "gedoe", "hassle", "spend",
    "vermoeidheid", "fatigue", "tiredness",
    # time spent on something ("besteden minder tijd aan standaardteksten")
    "besteed", "besteden",
    # a chore on top ("ze krijgen er weer een administratieve klus bij")
    "klus", "klussen", "chore",
    # litter and mail that piles up ("pick up less rubbish", "fewer emails")
    "rubbish", "litter", "emails", "e-mails", "mails",
    # break-ins and theft ("inbraken in de bergingen", "burglaries")
    "inbraak", "inbraken", "burglar", "break-in", "diefstal", "theft",
    # objections and appeals that pile up ("meer bezwaren", "more appeals")
    "bezwaren", "bezwaarschriften", "objections", "appeals",
    # a rise in what people pay, empty or idle capacity, failures, double work, penalties
    "verhoging", "verhogingen", "stijging", "stijgingen", "increase", "hike", "leeg", "lege",
    "empty", "idle", "vacan",
    "uitval", "breakdown", "outage", "glitch", "dubbel", "duplicat", "boete", "fines", "admin",
    # a pile of work waiting ("de achterstand groeit", "the backlog grows")
    "achterstand", "backlog", "werkvoorraad", "workload", "stapel", "pile",
    # quarrels, doubts, collisions and nasty surprises ("minder ruzie", "fewer collisions")
    "ruzie", "conflict", "quarrel", "twijfel", "doubt", "argument", "aanrijding", "collision",
    "botsing", "verrassing", "surprise",
    # poison sprayed and idle hours in a timetable ("minder gif", "minder tussenuren")
    "gif", "pesticide", "bestrijdingsmiddel", "tussenuur", "tussenuren",
)  # fmt: skip
# Contact that someone keeps with others by doing it: calling, visiting, talking, walking by,
# asking. Done less ("wij bellen minder vaak", "de nachtdienst loopt minder langs", "officers
# ask fewer questions at the door") it is contact lost, not a burden gone, unless the doer is
# said to be spared it ("hoeven minder te bellen", "residents have to call less") or it was
# for nothing ("gaan minder vaak voor niks langs").
CONTACT_VERBS = frozenset((
    "bellen", "belt", "belde", "belden", "bezoeken", "bezoekt", "bezocht", "praten", "praat",
    "praatte", "spreken", "spreekt", "call", "calls", "called", "visit", "visits", "visited",
    "talk", "talks", "talked",
))  # fmt: skip
# Verbs of coming or walking that are contact only with "langs" after them ("lopen langs").
WALK_BY_VERBS = frozenset((
    "lopen", "loopt", "liep", "liepen", "komen", "komt", "kwam", "kwamen", "gaan", "gaat",
    "ging", "gingen",
))  # fmt: skip
WALK_BY = frozenset(("langs",))
# What may follow the "minder"/"less" after a contact verb for it to tell how often ("bellen
# minder vaak", "visit less often", "praten minder met ouders"); another word there is what
# is less ("bellen minder vrijuit").
CONTACT_LESS_AFTER = frozenset((
    "vaak", "often", "frequently", "langs", "met", "with", "to", "naar", "bij", "at", "dan", "than",
))  # fmt: skip
# Verbs of asking before the questions they ask ("ask fewer questions", "stellen minder vragen").
ASKING_VERBS = frozenset(("ask", "asks", "asked", "stellen", "stelt", "stelden"))
QUESTION_NOUNS = frozenset(("questions", "vragen"))
# Words before the doer's verb that say the doer is spared it, and words in the clause that say
# the contact was for nothing.
SPARED_WORDS = frozenset((
    "hoeven", "hoeft", "hoefde", "hoefden", "have", "has", "had", "need", "needs", "needed",
))  # fmt: skip
FOR_NOTHING_WORDS = frozenset((
    "niks", "niets", "nothing", "pointless", "needless", "unnecessary", "onnodig", "onnodige",
    "wasted", "zinloos", "zinloze", "nutteloos", "nutteloze",
))  # fmt: skip
# Farther or more often, before a burden ("verder lopen", "vaker bellen") or after it ("walk
# further", "wait longer"): more of it.
FARTHER_BEFORE = frozenset(("verder", "vaker", "further", "farther"))
FARTHER_AFTER = frozenset(("further", "farther", "longer"))
# Getting a burden ("de melders krijgen misschien ruzie met de buurt", "staff get complaints"):
# the verb right before it, with only these words between.
RECEIVING_VERBS = frozenset(
    ("krijgen", "krijgt", "kregen", "kreeg", "get", "gets", "getting", "got")
)
RECEIVED_BETWEEN = frozenset((
    "misschien", "mogelijk", "wellicht", "wel", "ook", "een", "veel", "vaak", "weer", "dan",
    "maybe", "probably", "also", "a", "lots", "of", "then", "again", "ook", "nog",
    # how much of it ("krijgt een enorme hoeveelheid ruis binnen", "gets a huge lot of calls")
    "enorme", "hoeveelheid", "grote", "flinke", "hoop", "huge", "lot", "amount",
))  # fmt: skip
RECEIVED_NOT = frozenset(("werk", "work", "vragen", "questions"))  # "krijgen werk": a job
# Verbs after a burden that say it grows ("de achterstand groeit", "the backlog goes up"): bad,
# as "meer"/"more" before it is.
GROWTH_RE = re.compile(
    r"^(?:(?:\w+\s+){0,3}?)(?:groeit|groeien|groeide|stijgt|stijgen|steeg|loopt\s+op|lopen\s+op|"
    r"liep\s+op|neemt\s+toe|nemen\s+toe|nam\s+toe|verdubbelt|verdubbeld|grows|grew|grown|"
    r"growing|rises|rose|risen|rising|increases|increased|doubles|doubled|(?:has\s+|have\s+)?"
    r"(?:gone|goes|went|go)\s+up|piles\s+up|piling\s+up|explod\w*|exploded)\b",
    re.IGNORECASE,
)
CONTRAST_RE = re.compile(
    r"^(?:maar|but|however|echter|alleen|toch|wel|tegelijk|tegelijkertijd|at the same time|"
    r"on the other hand|anderzijds|daarentegen)\b[,]?\s*",
    re.I,
)
# A point granted before a "maar"/"but" ("de adressen worden wel gehasht, maar ...", "they do
# get the broadcast, but ..."): the granted part and the objection are one effect, and it is
# the objection that counts.
CONCESSION_RE = re.compile(
    r"\b(?:wel|weliswaar|do|does|did|admittedly|indeed)\s+(?!not\b|niet\b|geen\b|no\b)\w",
    re.IGNORECASE,
)
CONTRAST_SPLIT_RE = re.compile(r"\s*(?:,\s*|\s)(?:maar|but|however|echter)\s+", re.I)
# A turn between two pieces the rules read as effects ("..., maar bij het spel lacht ze weer",
# "..., but ..."): two effects, not pieces of one (``joined_pieces``).
PIECES_TURNED_RE = re.compile(r"\b(?:maar|echter|terwijl|toch|but|however|while|though|yet)\b")
# What a sentence without a direction word says when it describes rather than tells an effect:
# a role ("de planners zijn verantwoordelijk voor het rooster"), a plan ("we willen het in alle
# bussen inzetten") or what the technology does ("het systeem meet ...", "the sensor records
# ...").
ROLE_RE = re.compile(
    r"\b(?:is|zijn|are|was|were|blijft|blijven|stays?)\s+(?:\w+\s+){0,2}?(?:verantwoordelijk|"
    r"eindverantwoordelijk|responsible|accountable|in charge|belast met|eigenaar|owner)\b",
    re.IGNORECASE,
)
PLAN_RE = re.compile(
    r"^(?:(?:en|and|ook|also|dus|so)\s+)?(?:we|wij|ik|i|(?:ons|onze|our)\s+[\w-]+|(?:de|het|the|our|onze|ons)\s+"
    r"[\w-]*?(?:gemeente|council|college|bestuur|board|provincie|province|ministerie|ministry|"
    r"organisatie|organisation|organization|municipality|waterschap|school|politie|police|"
    r"afdeling|department|team|dienst|service))\s+(?:willen|wil|"
    r"gaan|gaat|plannen|overwegen|overweegt|denken erover|want|wants|plan|plans|are planning|"
    r"is planning|are going|is going|intend|intends|hope|hopes|hopen)\b",
    re.IGNORECASE,
)
# How the case's paperwork is routed ("de boetes lopen via het CJIB", "fines are handled by the
# national agency"): a description of how it works, whatever words for burdens it holds.
ROUTED_RE = re.compile(
    r"^(?:(?:en|and|ook|also|de|het|the)\s+)*[\w'-]+(?:\s+[\w'-]+)?\s+(?:lopen|loopt|gaan|gaat)\s+"
    r"via\b|^(?:(?:and|also|the)\s+)*[\w'-]+(?:\s+[\w'-]+)?\s+(?:are|is)\s+(?:handled|processed|"
    r"routed|sent|collected)\s+(?:by|through|via)\b",
    re.IGNORECASE,
)
# What the project itself costs ("de licentie kost 20.000 euro per jaar", "it costs us 50,000
# euros a year", "we have a budget of ..."): background, not an effect on someone.
COST_RE = re.compile(
    r"\b(?:kost|kosten|kostte|costs?|cost us|budget)\b.{0,40}?(?:€|\beuro\b|\beuros\b|"
    r"\bEUR\b|\bfte\b|\d[\d.,]*\s*(?:k|duizend|miljoen|ton|million|thousand|mln)\b)|"
    r"\bbudget\s+(?:van|of)\b",
    re.IGNORECASE,
)
# Trust withheld, with "vertrouwen" as the verb and "niet" after its object ("inwoners
# vertrouwen de uitslag niet", "ze vertrouwen het apparaat niet meer") or none at all ("geen
# vertrouwen in de score"): a loss ("vertrouwen" alone is no direction word: "ze gaan op de
# app vertrouwen" is reliance).
DISTRUST_RE = re.compile(
    r"\b(?:vertrouwen|vertrouwt|vertrouwde|vertrouwden)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:niet|niets|niks|nooit)\b(?!\s+(?:alleen|meer\s+nodig))|"
    r"\b(?:geen|weinig|minder)\s+(?:\w+\s+)?vertrouwen\b|\bwantrouw",
    re.IGNORECASE,
)
# What something holds ("er staan ook faillissementen in", "there are old court files in it"):
# a description, unless a direction word makes it an effect.
CONTENTS_RE = re.compile(
    r"^(?:(?:en|and|ook|also|maar|but)\s+)?(?:er|there)\s+(?:staan|staat|zitten|zit|are|is)\b"
    r".*\b(?:in|erin|in it|in them|in there)\s*[.!]?$",
    re.IGNORECASE,
)
# What the model is fed, with or without a "not" ("nationality is not an input", "leeftijd is
# geen criterium", "postcode is one of the features"): how it works, the case.
INPUT_FACT_RE = re.compile(
    r"^(?:(?:en|and|maar|but)\s+)?(?:[\w'-]+\s+){1,4}?(?:is|are|zijn)\s+(?:not\s+|no\s+longer\s+|"
    r"niet\s+|geen\s+|een\s+|nog\s+)?(?:an?\s+|one\s+of\s+the\s+|(?:een\s+)?van\s+de\s+)?"
    r"(?:input|inputs|criterion|criteria|feature|features|variable|variables|invoer|criterium|"
    r"kenmerk|kenmerken|variabele|variabelen)\b[\s.!]*$",
    re.IGNORECASE,
)
DESCRIBING_VERBS = frozenset((
    "meet", "meten", "registreert", "registreren", "analyseert", "analyseren", "berekent",
    "berekenen", "voorspelt", "voorspellen", "koppelt", "koppelen", "combineert", "scant",
    "scannen", "detecteert", "herkent", "herkennen", "verzamelt", "verzamelen", "draait",
    "werkt", "gebruikt", "bestaat", "leest", "zet", "maakt", "stuurt", "toont",
    "measures", "measure", "records", "analyses", "analyzes", "calculates", "predicts",
    "combines", "links", "scans", "detects", "recognises", "recognizes", "collects", "runs",
    "works", "uses", "consists", "reads", "sends", "shows", "makes", "puts", "pulls",
))  # fmt: skip
# Verbs that say who decides or manages what ("de schoolleiding beslist welke vakken ...",
# "team leads manage the schedule"): a role, unless something turns it ("beslissen niet meer").
ROLE_VERBS = frozenset((
    "beslist", "beslissen", "bepaalt", "bepalen", "beheert", "beheren", "keurt", "keuren",
    "coördineert", "coordineert", "decides", "decide", "approves", "approve", "manages",
    "manage", "owns", "own", "coordinates", "coordinate", "oversees", "oversee",
))  # fmt: skip
# Words that open the object of a direction word ("profit from fewer delays", "blij met
# minder papier"): a comparative after them belongs to the object, it does not turn the word.
OBJECT_PREPOSITIONS = frozenset(
    ["from", "of", "by", "with", "to", "about", "van", "door", "met", "over", "aan", "bij"]
)
# Verbs that say how something seems, not what it does ("sound confident", "ogen netjes"): a good
# word after one is no gain when something bad follows in the same clause.
APPEARANCE_WORDS = frozenset((
    "sound", "sounds", "look", "looks", "seem", "seems", "appear", "appears", "klinken",
    "klinkt", "lijken", "lijkt", "ogen", "oogt", "overkomen", "komt", "komen",
))  # fmt: skip
# A statement judged by its predicate ("gerichter werken is voor behandelaars ook een nadeel",
# "faster work is a real downside for them"): the judgement decides, not the words before it; a
# negation in between ("is niet echt een nadeel") leaves it to the words.
JUDGED_AS_RE = re.compile(
    r"\b(?:is|zijn|was|waren|are|were|blijft|wordt|becomes?)\s+(?P<gap>(?:[\w'-]+\s+){0,4}?)"
    r"(?:een|a|an)\s+(?:(?:echt|groot|grote|real|big|serious|serieus|flink|flinke|extra)\s+)?"
    r"(?P<word>nadeel|voordeel|downside|upside|minpunt|pluspunt|drawback|benefit|risico|risk|"
    r"probleem|problem|winst|verbetering|improvement|gain|verlies|loss)\b",
    re.IGNORECASE,
)
JUDGED_NOT = frozenset(("niet", "not", "geen", "no", "never", "nooit", "nauwelijks", "hardly",
                        "isn't", "aren't"))  # fmt: skip
JUDGED_GOOD = frozenset(("voordeel", "upside", "pluspunt", "benefit", "winst", "verbetering",
                         "improvement", "gain"))  # fmt: skip
# Dutch particles of a separable verb, said at the end of its clause ("bewoners slapen vaker
# door", "in het buitengebied blijven ze achter"): read with the verb ("doorslapen",
# "achterblijven").
SEPARABLE_PARTICLES = frozenset(("door", "achter", "af", "uit", "mee", "weg", "terug", "aan"))
# A clause that opens by denying what follows up to its first comma or colon ("het is niet zo
# dat werkgevers er niets aan hebben: ...", "niet dat ze er minder werk aan hebben, eerder
# meer", "it's not that the drivers lose out, ..."): its direction is the opposite of what is
# denied.
DENIED_OPENING_RE = re.compile(
    r"^\W*(?:(?:maar|but|en|and)\W+)?(?:(?:het|'t)\s+is\s+(?:(?:ook|echt)\s+)?niet\s+(?:zo\s+)?dat|"
    r"niet\s+dat|(?:it'?s|it\s+is)\s+(?:(?:also|really)\s+)?not\s+(?:that|as\s+if)|not\s+that)\s+",
    re.IGNORECASE,
)

# What something cannot do, as the scope of a task ("the team handles what the bot can't",
# "staff pick up whatever the bot doesn't know", "het team doet wat de bot niet kan"): a
# division of work, not a loss; its "can't" weighs nothing.
WHAT_IT_CANNOT_RE = re.compile(
    r"\b(?:what|whatever|anything|wat|alles\s+wat|waar)\s+(?:(?:the|de|het|it|het\s+systeem)\s+)?"
    r"(?:\w+\s+){0,2}?(?:can'?t|cannot|can\s+not|doesn'?t|does\s+not|won'?t|(?:niet|nog\s+niet)"
    r"\s+(?:kan|weet|snapt|begrijpt)|kan\s+niet|weet\s+niet)"
    r"(?:\s+(?:do|handle|answer|know|solve|doen|aan|af|oplossen|beantwoorden)\b)?",
    re.IGNORECASE,
)
# A smaller or bigger chance said with an adjective ("een kleinere kans op wateroverlast", "a
# lower risk of flooding"): read as "minder"/"less" before it, which turns what follows.
SMALLER_CHANCE_RE = re.compile(
    r"\b(?:(kleinere|kleiner|kleine|lagere|lager|geringere|geringe)|smaller|lower|reduced)"
    r"(?=\s+(?:kans|kansen|risico|risico's|chance|chances|risk|risks|odds)\b)",
    re.IGNORECASE,
)
