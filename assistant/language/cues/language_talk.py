"""Talk about the language a message is written in (Dutch and English), said where someone
switches language for a message or hands the keyboard to a colleague: "even in het Nederlands
want dat typ ik sneller", "sorry, in English for a moment", "back to Dutch", "my colleague is
typing now, she doesn't read Dutch", "ik neem het weer over". None of it is an actor, an
effect, a value or an option; the items around it are read as usual."""

from __future__ import annotations

_LANGUAGE = (
    r"(?:(?:het\s+)?(?:nederlands|engels|dutch|english|frans|french|duits|german)|"
    r"nl\b)"
)
_SOMEONE = (
    r"(?:(?:my|a|our|mijn|een|onze?)\s+(?:\w+\s+)?(?:colleague|coworker|co-worker|collega|"
    r"teamgenoot|teammate|manager|leidinggevende|boss|baas)"
    r"(?:\s+(?:from|of|van|at|bij)\s+(?:the\s+|de\s+|het\s+)?[\w-]+(?:\s+[\w-]+){0,2}?)?"
    r"|(?:he|she|they|hij|zij|ze))"
)
# Writing in a language, for a while or with a reason ("even in het Nederlands want dit typ ik
# sneller", "in English because my colleagues read along", "I'll write this bit in Dutch").
_WRITING_IN = (
    r"(?:(?:i'?ll|i\s+will|let\s+me|ik)\s+(?:just\s+|even\s+|maar\s+)?(?:write|type|schrijf|typ|"
    r"switch\s+to|ga\s+over\s+op)\s+(?:this\s+(?:bit|part|one)\s+|dit\s+(?:stukje\s+|deel\s+)?)?"
    rf"(?:in\s+)?{_LANGUAGE}|"
    rf"(?:(?:even|maar|gewoon|just|quickly|for\s+a\s+moment|for\s+once)\s+)*(?:in|into)\s+{_LANGUAGE}"
    r"(?:\s+(?:for\s+a\s+(?:moment|bit|second)|even|nu|now|for\s+now))?)"
    r"(?:\s*,?\s*(?:want|omdat|because|since|as)\s+[^.!?]{0,80})?"
)
# The reason alone ("dit typ ik sneller", "that's quicker for me to type").
_FASTER = (
    r"(?:(?:dit|dat|het)\s+typ\s+ik\s+(?:veel\s+)?sneller|"
    r"(?:this|that|it)\s+(?:is|'s)\s+(?:much\s+)?(?:quicker|faster|easier)\s+(?:for\s+me\s+)?to\s+"
    r"(?:type|write))"
)
# Back to the session's language ("back to English, sorry about that", "terug naar het
# Nederlands", "weer in het Nederlands").
_BACK = (
    rf"(?:(?:and\s+|en\s+)?(?:back|terug|weer)\s+(?:to|naar|in)\s+{_LANGUAGE}"
    r"(?:\s*,?\s*(?:sorry|excuus|excuses)(?:\s+(?:about|for|voor)\s+(?:that|this|dat|dit))?)?)"
)
# A colleague at the keyboard, or the speaker taking it back ("my colleague from the education
# team is typing now", "she doesn't read Dutch well", "mijn collega typt even mee", "ik neem het
# weer over").
_KEYBOARD = (
    rf"(?:{_SOMEONE}\s+(?:is\s+|'s\s+)?(?:typing|writing|typt|schrijft|takes\s+over|neemt\s+(?:het\s+)?over)"
    r"(?:\s+(?:now|here|for\s+a\s+(?:moment|bit)|nu|even|mee|hier))*|"
    rf"{_SOMEONE}\s+(?:doesn'?t|does\s+not|can'?t|cannot|don'?t|leest|spreekt|kan)\s+(?:read|speak|write|"
    rf"geen|niet\s+(?:goed\s+)?(?:lezen|schrijven))?\s*{_LANGUAGE}(?:\s+(?:well|very\s+well|goed|lezen))?|"
    r"(?:ik|i'?ll|i\s+will|i)\s+(?:neem|take)\s+(?:het\s+|it\s+|the\s+keyboard\s+)?(?:weer\s+|"
    r"back\s+)?over(?:\s+(?:now|nu|again|weer|from\s+here))?)"
)
_THANKS = r"(?:(?:dank|dankje|dankjewel|bedankt|thanks|thank\s+you)\W+)?"
LANGUAGE_TALK = rf"(?:{_THANKS}(?:{_WRITING_IN}|{_FASTER}|{_BACK}|{_KEYBOARD}))"
