"""How the technology works, told while the case is asked (Dutch and English): a sentence that
names the technology or its output at work ("camera's lezen alle kentekens", "the system
determines whether the applicant falls within the limit", "de schuldhulpverlener zet de status
op het platform") and no word that weighs what it does to someone. Such a sentence describes the
case; a direction word in it is one of the case's own things ("verdachte", "boete"), no
judgement."""

from __future__ import annotations

import re

# The technology and what it puts out, by name.
TECHNOLOGY_WORDS_RE = re.compile(
    r"\b(?:model|modellen|models|algoritme|algoritmes|algorithm|algorithms|systeem|systemen|"
    r"system|systems|app|apps|tool|tools|chatbot|bot|portaal|portal|platform|dashboard|"
    r"scherm|screen|tablet|sensor|sensoren|sensors|software|programma|programme|program|"
    r"tag|tags|kit|drone|drones|camera|camera's|cameras|scanner|score|scores|prediction|"
    r"voorspelling|melding|meldingen|alert|alerts|alarm|ai|automatisch|automatically)\b",
    re.IGNORECASE,
)
# Words that weigh what happens (a denial, a reach beyond the purpose, a worry or risk, a
# comparison or change, a burden, an error, a judgement): with one of them the sentence may
# tell an effect ("GPS is always on, also during breaks", "the model is a black box to ...",
# "het model kan de afweging niet goed maken").
WEIGHING_WORDS_RE = re.compile(
    r"\b(?:niet|not|no|geen|nooit|never|niemand|nobody|none|nothing|niks|niets|\w+n't|"
    r"ook|also|too|even|zelfs|zorgen|zorg|worr\w*|bang|afraid|fear\w*|risk\w*|risico\w*|"
    r"gevaar\w*|danger\w*|leidt|leiden|leads?|result\w*|black box|eindelijk|finally|kwijt|"
    r"lose|loses|lost|moeten|moet|must|have to|has to|hoeven|hoeft|zelf|themselves|own|eigen|"
    r"meer|more|minder|less|fewer|sneller|faster|eerder|earlier|langer|longer|vaker|"
    r"in plaats van|instead of|than|dan eerst|fout\w*|error\w*|mistake\w*|wrong|mis|"
    r"misses|missed|verkeerd\w*|goed|good|great|fijn|nice|handig|useful|blij|happy|boos|"
    r"angry|slecht|bad|once|zodra)\b|[!?]",
    re.IGNORECASE,
)
