"""Text that is not about the case: markup, instructions to the assistant and complaints. It is
never recorded as an item; the reply says what was left out."""

from __future__ import annotations

import re

from assistant.language.cues.grammar import CONTRACTION_RE, CONTRACTIONS, ITS_CONTRACTION_RE
from assistant.language.cues.noise import (
    ATTENDANCE_RE,
    ATTENDEE_RE,
    CHAT_SPEAKER_RE,
    COMPLAINT_ADDRESSED_RE,
    COMPLAINT_LEAD_WORDS,
    COMPLAINT_RE,
    COMPLAINT_REMARK_WORDS,
    COMPLAINT_SENTENCE_WORDS,
    COMPLAINT_WORD_RE,
    DOC_TITLE_RE,
    GREETING_LEAD_RE,
    GREETING_RE,
    HEADING_LINE_RE,
    INSTRUCTION_RE,
    LABEL_BARE_RE,
    LABEL_EQUALS_RE,
    LEAD_IN_RE,
    LETTER_SALUTATION_RE,
    MAIL_HEADER_RE,
    MAIL_SALUTATION_RE,
    MAIL_SENDER_RE,
    MARKUP_RE,
    NAME_TITLE,
    NUMBER_WORDS,
    OF_COURSE_TYPED_RE,
    OWN_AFFAIRS_RE,
    OWN_SIDE_RE,
    OWN_SIDE_WORD_RE,
    PART_HEADING_RE,
    PASTE_LEAD_RE,
    QUOTE_MARK_RE,
    REQUEST_TO_ASSISTANT_RE,
    SALUTATION_RE,
    SIGN_OFF_RE,
    SPEAKER_AGAIN,
    SPOKEN_COMMA_RE,
    STEP_HEADING_RE,
    THANKS_AHEAD_RE,
    WORD_POINTERS,
)
from assistant.language.cues.organisations import ORGANISATION_SHORTHAND_RE, ORGANISATION_SHORTHANDS
from assistant.language.cues.people_in_sentences import PEOPLE_SHORTHAND_RE, PEOPLE_SHORTHANDS
from assistant.language.cues.side_remarks import EMOTICON_RE, HESITATION_RE, LAUGH_ASIDE_RE
from assistant.language.textparts import word_count
from assistant.method.reading.actor_lists import names_present
from assistant.method.reading.segments import split_sentences

MAX_SHOWN = 60
SIGNED_WORDS = 3  # "Dank, groet Marieke" alone is a sign-off; "thanks" alone agrees
GREETED_WORDS = 2  # "Hoi allemaal, de ouders en de school": a greeting before what is said
OWN_TEXT_WORDS = 6  # a line this long after a blank line below a signature is text again


def strip_noise(text: str) -> tuple[str, list[str]]:
    """The message without markup and without sentences that instruct the assistant or
    complain; and those sentences (shortened), to say they were ignored."""
    ignored: list[str] = []
    kept: list[str] = []
    text = LAUGH_ASIDE_RE.sub(". ", without_emoticons(text))  # "X, haha Y": "haha Y" apart
    text = HESITATION_RE.sub("", text)  # "hmm also the neighbours ...": the neighbours
    text = HEADING_LINE_RE.sub(_heading, text)
    lines = _without_mail_frame(MARKUP_RE.sub(" ", text).splitlines(), ignored)
    lines = _without_inline_frame(_without_letter_frame(lines, ignored), ignored)
    for line in lines:
        pieces = split_sentences(line) if line.strip() else []
        noise = [p for p in pieces if _not_about_the_case(p)]
        if not noise:
            kept.append(line)
            continue
        ignored.extend(_short(p) for p in noise)
        rest = [p for p in pieces if p not in noise]
        if rest:
            kept.append(" ".join(p if p[-1:] in ".!?" else p + "." for p in rest))
    result = "\n".join(kept).strip()
    return re.sub(r"[ \t]{2,}", " ", result), ignored


def _heading(match: re.Match[str]) -> str:
    """A markdown heading line as a label ("## Actoren" -> "Actoren:"), dropped when it only
    names a part of a document ("## Case", "### Status"), else its words."""
    said = MARKUP_RE.sub("", match.group("text") or match.group("bold")).strip(" \t:")
    if STEP_HEADING_RE.match(said):
        return f"{said}:"
    if PART_HEADING_RE.match(said) or not said:
        return ""
    return said  # "**Good**" over bullets: a direction heading as before


def _not_about_the_case(sentence: str) -> bool:
    """An instruction, a complaint, the speaker's own affairs or a request to the assistant
    that names no item ("Vul maar aan als het moet.", "Now I'd like the summary")."""
    if INSTRUCTION_RE.search(sentence) or REQUEST_TO_ASSISTANT_RE.search(sentence):
        return True
    return complaint(sentence) or own_affairs(sentence)


def without_emoticons(text: str) -> str:
    """The text without emoticons, emoji and chat laughs; one with text after it ends its
    sentence there ("meer tijd :) maar: inwoners ..." -> "meer tijd. maar: inwoners ...")."""

    def replace(match: re.Match[str]) -> str:
        before = match.string[: match.start()].rstrip()
        after = match.string[match.end() :].lstrip(" \t")
        if not before or not after or after[:1] in ".,;:!?\n" or before[-1:] in ".!?;:,":
            return ""
        return "."

    return EMOTICON_RE.sub(replace, text)


def complaint(sentence: str) -> bool:
    """A sentence that complains about the assistant ("dit werkt niet", "useless.", "you're
    annoying"), not one that judges what happens to people with a word of complaint."""
    said = COMPLAINT_RE.search(sentence)
    if said is not None:  # not inside a story ("als de app zegt ... en dat klopt niet, dan ...")
        opens = len(sentence[: said.start()].split()) <= COMPLAINT_LEAD_WORDS  # "nee dat ..."
        short = len(sentence.split()) <= COMPLAINT_SENTENCE_WORDS
        return opens or short or COMPLAINT_ADDRESSED_RE.search(sentence) is not None
    if COMPLAINT_WORD_RE.search(sentence) is None:
        return False
    short = len(sentence.split()) <= COMPLAINT_REMARK_WORDS
    return short or COMPLAINT_ADDRESSED_RE.search(sentence) is not None


def own_affairs(sentence: str) -> bool:
    """A sentence about the speaker's own working day or the assistant itself, not the case:
    what their boss wants ("my director wants this done by Friday"), a call or a distraction,
    a colleague's other project, a remark on the tool. Whether the session is saved is a
    question answered (``asides.privacy_question``), not an aside left out."""
    return OWN_AFFAIRS_RE.search(sentence) is not None


def _short(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= MAX_SHOWN else sentence[: MAX_SHOWN - 1] + "…"


def _without_mail_frame(lines: list[str], ignored: list[str]) -> list[str]:
    """Pasted text without its frame: the line that announces it, quote markers, header lines,
    who was there, and a salutation in front of its first line; the signature under it goes
    with the sign-off (``_without_letter_frame``)."""
    kept: list[str] = []
    lines = _attendance_joined(lines)
    quoted = any(QUOTE_MARK_RE.match(line) for line in lines)
    pasted = quoted or any(MAIL_HEADER_RE.match(line) or DOC_TITLE_RE.match(line) for line in lines)
    pasted = pasted or any(PASTE_LEAD_RE.match(line) for line in lines[:-1])  # "de mail:\n..."
    salute = False
    speakers = _attendees(lines)
    role = ""
    for line in lines:
        line = QUOTE_MARK_RE.sub("", line)
        line = _without_speakers(line, speakers) if speakers else line
        line = _without_chat_speaker(QUOTE_MARK_RE.sub("", line))
        sender = MAIL_SENDER_RE.match(line) if pasted else None
        if sender is not None or (pasted and MAIL_HEADER_RE.match(line)):
            role = sender.group("role").strip() if sender is not None else role
        elif role and line.strip():
            line = _by_the_writer(line, role)
        line = LETTER_SALUTATION_RE.sub("", line, count=1)  # "Dear team, we have received ..."
        if pasted and DOC_TITLE_RE.match(line):
            ignored.append(_short(line))  # "--- Projectplan 'X', versie 0.4 ---"
            continue
        if pasted and (MAIL_HEADER_RE.match(line) or PASTE_LEAD_RE.match(line)):
            if names_present(line):
                kept.append(line)  # "Aanwezig: Bas, de GGD": the organisations are involved
                continue
            ignored.append(_short(line))
            salute = True
            continue
        if salute and line.strip():  # "'Hoi, goed dat je dit oppakt. ...": quoted, greeted
            line = line.strip().lstrip("'\"\u2018\u201c")
            line, salute = MAIL_SALUTATION_RE.sub("", line, count=1), False
        kept.append(line)
    return kept


def _by_the_writer(line: str, role: str) -> str:
    """A line of a pasted mail under "From: Name (role)", labelled with that role where it
    speaks for the writer's own side, a sentence a line ("Honestly the drafts save me hours" ->
    "klantbehandelaar: Honestly the drafts save me hours"); other lines as they are."""
    if OWN_SIDE_WORD_RE.search(line) is None or ":" in line[:40]:
        return line
    said = split_sentences(line)
    return "\n".join(f"{role}: {s}" if OWN_SIDE_WORD_RE.search(s) else s for s in said)


def _without_chat_speaker(line: str) -> str:
    """A line of a pasted chat log without its time and speaker ("[09:14] Yvonne (KCC): ..."),
    with the speaker's role as its label where the line speaks for them ("[10:07] Sem (boa):
    we get there sooner" -> "boa: we get there sooner."), and ended as the utterance it is."""
    found = CHAT_SPEAKER_RE.match(line)
    if found is None:
        return line
    rest = line[found.end() :].rstrip()
    if rest and rest[-1] not in ".!?":
        rest += "."  # one chat message is one utterance: never joined to the next line
    role = (found.group("role") or "").strip()
    own = f"{role}: " if role and OWN_SIDE_RE.match(rest) else ""
    return f"{found.group('lead')}{own}{rest}"


def _attendees(lines: list[str]) -> re.Pattern[str] | None:
    """The first names of who was there in pasted minutes (on the line of who was there and the
    lines it goes on to after a comma), as labels in front of what they said, at the start of a
    line or after a sentence ("2. Anja: ...", "... weeks. Priya: people upload ..."); None
    without a line of who was there."""
    listed = [_present(lines, index) for index in range(len(lines))]
    names = [
        found.group("name")
        for present in listed
        for found in ATTENDEE_RE.finditer(re.sub(r"\([^)]*\)", "", present))
    ]
    if not names:
        return None
    spoken = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"(?:^(?P<lead>\s*(?:\d+[.)]\s*|[-*\u2022]\s*)?)|(?<=[.!?;]\s))(?:{NAME_TITLE})?"
        rf"(?:{spoken}){SPEAKER_AGAIN}\s*:\s*(?P<first>\S)"
    )


STATEMENT_OPENING = 24  # how much of a statement's start tells it apart


def minuted_statements(text: str) -> tuple[str, ...]:
    """The openings (lower case) of what those present said in pasted minutes, after their
    name ("- Murat: scheelt per campagne ...", "Item 2 - Experiences. Ruud: investigators
    ..."); none without a line of who was there."""
    lines = text.splitlines()
    speakers = _attendees(lines)
    if speakers is None:
        return ()
    found = (m for line in lines for m in speakers.finditer(line))
    return tuple(m.string[m.start("first") :][:STATEMENT_OPENING].lower() for m in found)


def _present(lines: list[str], index: int) -> str:
    """The names on the line of who was there at ``index`` and on the lines it goes on to
    after a comma ("Aanwezig: Harm (directeur), Els (jurist),\nBart (IV)"); "" elsewhere."""
    listed = ATTENDANCE_RE.match(lines[index])
    if listed is None:
        return ""
    names = listed.group("names")
    for line in lines[index + 1 :]:
        if not names.rstrip().endswith(","):
            break
        names = f"{names} {line}"
    return names


def _attendance_joined(lines: list[str]) -> list[str]:
    """The lines with a line of who was there joined with the lines it goes on to after a
    comma ("Aanwezig: Harm (directeur), Els (jurist),\nBart (IV)" is one line)."""
    joined: list[str] = []
    for line in lines:
        before = joined[-1].rstrip() if joined else ""
        if ATTENDANCE_RE.match(before) and before.endswith(",") and line.strip():
            joined[-1] = f"{before} {line.strip()}"
        else:
            joined.append(line)
    return joined


def _without_speakers(line: str, speakers: re.Pattern[str]) -> str:
    """A line of minutes without the names of who said what ("2. Erik: de tolken ..." -> "2. de
    tolken ...", "... weken. Erik: de tolken ..." -> "... weken. De tolken ...")."""

    def plain(found: re.Match[str]) -> str:
        lead, first = found.group("lead"), found.group("first")
        return lead + first if lead is not None else first.upper()  # after a sentence

    return speakers.sub(plain, line)


def _without_letter_frame(lines: list[str], ignored: list[str]) -> list[str]:
    """Lines without a salutation ("Hoi,") and without a sign-off and the name lines below it
    ("Met vriendelijke groet, / Marieke de Boer / Directie Participatie")."""
    kept: list[str] = []
    signed = False
    for index, line in enumerate(lines):
        if signed and _after_signature(lines, index):
            signed = False  # the writer goes on below a pasted mail's signature
        if signed or (
            SIGN_OFF_RE.match(line) and (len(lines) > 1 or word_count(line) >= SIGNED_WORDS)
        ):
            signed = True
            if line.strip():
                ignored.append(_short(line))
            continue
        if SALUTATION_RE.match(line) and len(lines) > 1:
            continue
        kept.append(line)
    return kept


def _after_signature(lines: list[str], index: int) -> bool:
    """Whether line ``index`` starts the writer's own text again after a signature: a full
    sentence after a blank line ("Groet, Rob" / "" / "Ik ben beleidsadviseur en ...")."""
    line = lines[index]
    blank_before = index > 0 and not lines[index - 1].strip()
    return blank_before and word_count(line) >= OWN_TEXT_WORDS and line.rstrip()[-1:] in ".!?"


def _without_inline_frame(lines: list[str], ignored: list[str]) -> list[str]:
    """Lines without a greeting in front of the first one ("Hoi allemaal, wij willen ...": left
    out silently, as a greeting of its own is) and without a sign-off or thanks at the end of
    the last one ("... Groetjes, Anne")."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if not filled:
        return lines
    kept = list(lines)
    first, last = filled[0], filled[-1]
    greeting = GREETING_LEAD_RE.match(kept[first])
    if greeting is not None and word_count(kept[first][greeting.end() :]) >= GREETED_WORDS:
        rest = kept[first][greeting.end() :]
        own = greeting.group().rstrip().endswith(".")  # "hey. parking team here": as typed
        kept[first] = rest if own else rest[:1].upper() + rest[1:]
    pieces = split_sentences(kept[last])
    cut = len(pieces)
    while cut > 1 and _signs_off(pieces[cut - 1]):
        cut -= 1
    if cut < len(pieces):
        ignored.extend(_short(p) for p in pieces[cut:])
        kept[last] = kept[last][: kept[last].rfind(pieces[cut])].rstrip()
    return kept


def _signs_off(sentence: str) -> bool:
    return bool(SIGN_OFF_RE.match(sentence) or THANKS_AHEAD_RE.match(sentence))


def greeting_only(sentence: str) -> bool:
    """A sentence that only greets or hands the case over ("hoi!", "Hierbij onze casus.")."""
    if LEAD_IN_RE.match(sentence):
        return True
    rest = sentence.strip()
    while (shorter := GREETING_RE.sub("", rest, count=1)) != rest:
        rest = shorter  # "helder, dank je"
    return not rest.strip(" ,.!:")


def with_spoken_commas(text: str) -> str:
    """``text`` with a comma said aloud and typed out by speech-to-text as a comma ("als ze vol
    zijn komma en dan ..." is "als ze vol zijn, en dan ..."), not in a number ("twee komma
    vijf")."""

    def comma(match: re.Match[str]) -> str:
        before, after = match.group("before"), match.group("after")
        number = (before.lower() in NUMBER_WORDS or before[-1:].isdigit()) and (
            after.strip().lower() in NUMBER_WORDS or after.strip()[:1].isdigit()
        )
        named = before.lower() in WORD_POINTERS  # "de komma staat verkeerd": the word itself
        return match.group(0) if number or named else f"{before},{after}"

    return SPOKEN_COMMA_RE.sub(comma, text)


def with_label_colons(text: str) -> str:
    """``text`` with a label typed with an equals sign as one with a colon ("users = the crew"
    is "users: the crew"), and one dictated right before a clause ("opties het algoritme ...")."""
    text = LABEL_BARE_RE.sub(lambda m: f"{m.group('lead')}{m.group('label')}: ", text)
    return LABEL_EQUALS_RE.sub(lambda m: f"{m.group('lead')}{m.group('label')}: ", text)


def with_of_course(text: str) -> str:
    """``text`` with "of course" typed as "off course" or in one word written right, so it
    reads as the filler it is ("and off course the gedeputeerde" names the gedeputeerde)."""
    return OF_COURSE_TYPED_RE.sub("of course", text)


def with_apostrophes(text: str) -> str:
    """English contractions typed without the apostrophe, with it ("families dont know theyre
    filmed" is "families don't know they're filmed"), so they read as verbs, not names."""

    def restore(match: re.Match[str]) -> str:
        word = match.group(0)
        full = CONTRACTIONS[word.lower()]
        return full[:1].upper() + full[1:] if word[:1].isupper() else full

    text = ITS_CONTRACTION_RE.sub(lambda m: m.group(0)[:2] + "'s", text)  # "its maybe good"
    return CONTRACTION_RE.sub(restore, text)


def people_spelled_out(text: str) -> str:
    """People written in chat shorthand spelled out ("lln worden gefilmd" is "leerlingen
    worden gefilmd", "older pts drop out" is "older patients drop out")."""

    def spell(match: re.Match[str]) -> str:
        word = match.group(0)
        full = PEOPLE_SHORTHANDS[word.lower()]
        return full[:1].upper() + full[1:] if word[:1].isupper() else full

    return PEOPLE_SHORTHAND_RE.sub(spell, text)


def organisations_spelled_out(text: str) -> str:
    """Public bodies in chat shorthand spelled out ("prov. fryslan" is "provincie fryslan")."""

    def spell(match: re.Match[str]) -> str:
        short = match.group("short")
        full = ORGANISATION_SHORTHANDS[short.lower()]
        return (full[:1].upper() + full[1:] if short[:1].isupper() else full) + " "

    return ORGANISATION_SHORTHAND_RE.sub(spell, text)
