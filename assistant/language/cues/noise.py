"""Text that is not about the case: instructions to the assistant, greetings, complaints, markup."""

from __future__ import annotations

import re

# Text that is not about the case: instructions to the assistant, greetings, complaints.
INSTRUCTION_RE = re.compile(
    r"\b(?:negeer|vergeet|ignore|forget|disregard)\s+(?:\w+\s+){0,3}(?:instructies|instructions|"
    r"regels|rules|prompt|opdracht)|\b(?:je bent nu|you are now|act as|doe alsof|pretend|"
    r"system prompt|systeemprompt|jailbreak|developer mode)\b|\b(?:schrijf|write|vertel|tell)\s+"
    r"(?:me\s+)?(?:een|a)\s+(?:gedicht|poem|mop|joke|verhaal|story)",
    re.IGNORECASE,
)
GREETING_RE = re.compile(
    r"^(?:hoi|hallo|hey|hi|hello|goedemorgen|goedemiddag|goedenavond|good morning|"
    r"good afternoon|dag|beste|dank je(?: wel)?|bedankt|thanks|thank you|top|mooi|super|"
    r"fijn|great|nice|cool|o ja|oh|oké|ok|okay|prima|ja|yes)\b[\s,!.:]*",
    re.IGNORECASE,
)
COMPLAINT_RE = re.compile(
    r"\b(?:je begrijpt (?:me|het) niet|dit werkt niet|dat klopt niet|wat een onzin|"
    r"slaat nergens op|you don'?t understand|this (?:doesn'?t|does not) work|useless|"
    r"nutteloos|waardeloos|irritant|annoying|stom|stupid)\b",
    re.IGNORECASE,
)
MARKUP_RE = re.compile(r"<[^>]{1,200}>|```[\s\S]*?```|\*\*|__|`|^#+\s*", re.MULTILINE)
