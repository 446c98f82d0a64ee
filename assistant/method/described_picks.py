"""Proposals picked by what they are about where the words matched none ("I'll take the one
about keeping only totals", "die over een onafhankelijke check van het dashboard"): a proposal on
the table said in other words is found by meaning (multilingual-e5 vectors of the description
and of each proposal's title and text); a measure described that fits none of the option
proposals is noted as the user's own option, and the reply says so in one line."""

from __future__ import annotations

from assistant.domain.session import OPTION_KINDS, OptionKind, Session, Step
from assistant.language.textparts import strip_article, words
from assistant.method.changes import Changes, Tools
from assistant.method.reading.extraction import OptionDraft, extract_options
from assistant.method.reading.reading import Reading

# Measured on descriptions written for it (36 paraphrases of a shown proposal, 16 measures that
# fit none, Dutch and English): the mean of the title's and the whole text's cosine at least
# 0.86, and 0.04 ahead of the next proposal, took 19 of 36 paraphrases and no wrong one (0.03
# ahead took 20, but a sentence tried later in the browser, "een klankbordgroep met inwoners",
# then took "Altijd een mens bereikbaar", 0.033 ahead).
MEANING_FLOOR = 0.86
MEANING_MARGIN = 0.04
MIN_MEASURE_WORDS = 2  # "the one about privacy" names a value, not a measure of one's own


def take_described(tools: Tools, session: Session, reading: Reading, changes: Changes) -> None:
    """The proposals the unmatched descriptions of ``reading`` mean, added to its reference;
    among the options a measure that fits none becomes an option of the user's own (read with
    the message's other options); else the reply says no proposal is about it."""
    meant: list[int] = []
    for description in reading.unmatched_picks:
        number = meant_proposal(tools, session, description)
        own = _own_option(session, description) if number is None else None
        if number is not None:
            meant.append(number)
        elif own is not None:
            reading.options.append(own)
            changes.notice("own_option_from_pick", text=description)
        else:
            changes.notice("no_proposal_about", text=description)
    if meant:
        reading.reference = list(dict.fromkeys([*(reading.reference or []), *meant]))


def meant_proposal(tools: Tools, session: Session, description: str) -> int | None:
    """The number of the option proposal ``description`` means in other words ("keeping only
    totals" for "Store counts and averages only: ..."), when one stands out by meaning."""
    shown = [p for p in session.proposals if p.kind == "option"]
    if session.step != Step.OPTIONS or not shown:
        return None
    titles = [p.text.partition(":")[0] for p in shown]
    both = tools.suggester.text_similarity([description], titles + [p.text for p in shown])[0]
    scores = sorted(
        ((float(both[i] + both[len(shown) + i]) / 2, p.number) for i, p in enumerate(shown)),
        reverse=True,
    )
    ahead = scores[0][0] - (scores[1][0] if len(scores) > 1 else 0.0)
    return scores[0][1] if scores[0][0] >= MEANING_FLOOR and ahead >= MEANING_MARGIN else None


def _own_option(session: Session, description: str) -> OptionDraft | None:
    """The measure described as an option of the user's own ("a free choice between home and
    exam centre"), of the kind its words point to; None outside the options or for a bare word."""
    if session.step != Step.OPTIONS or len(words(strip_article(description))) < MIN_MEASURE_WORDS:
        return None
    focus = session.meta.get("options_focus")
    asked: OptionKind = focus if focus in OPTION_KINDS else "design"
    drafts = extract_options(description, asked)
    if len(drafts) != 1:
        return None  # read as more than one measure: said back, not guessed
    return drafts[0]
