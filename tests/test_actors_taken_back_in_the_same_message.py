"""An actor named and taken back in the same message is no actor: the name said again after a
word that denies it ("geen leverancier", "not the vendor") or followed at once by words that
say it is not there ("de leverancier... nee sorry, die is er niet"); a name only said in its
denial, a denial that goes on ("niet alleen de buren") and people who are only said to lack
something stay (Dutch and English)."""

from __future__ import annotations

from method_fakes import read_in

from assistant.domain.session import Step
from assistant.method.reading.name_fragments import without_denied
from assistant.method.reading.reader import Reader


def _actors(reader: Reader, text: str, language: str) -> list[str]:
    technology = "een chatbot voor vergunningen" if language == "nl" else "a permit chatbot"
    return list(read_in(reader, text, (), language, technology, Step.ACTORS).actors)


def test_a_party_said_not_to_be_there_nl(message_reader: Reader) -> None:
    text = "Aanvragers, de leverancier... nee sorry die is er niet, en de jurist."
    actors = _actors(message_reader, text, "nl")
    assert "Aanvragers" in actors
    assert not any("everancier" in a for a in actors)


def test_a_party_denied_after_naming_it_en(message_reader: Reader) -> None:
    text = "Applicants, clerks and the vendor. Wait, not the vendor: we built it ourselves."
    actors = _actors(message_reader, text, "en")
    assert "Applicants" in actors
    assert not any("endor" in a for a in actors)


def test_a_denied_head_drops_the_longer_name() -> None:
    text = "de buren en de leverancier van de sensoren. Nee wacht, geen leverancier, dat doen wij."
    assert without_denied(["Buren", "Leverancier van de sensoren"], text) == ["Buren"]
    text = "the neighbours and the supplier of the sensors... no wait, there is none"
    assert without_denied(["Neighbours", "Supplier of the sensors"], text) == ["Neighbours"]


def test_a_name_only_said_in_its_denial_stays() -> None:
    assert without_denied(["Planners"], "niet de planners, ik bedoelde de teamleiders") == [
        "Planners"
    ]
    assert without_denied(["Drivers"], "not the drivers, I meant the dispatchers") == ["Drivers"]


def test_a_denial_that_goes_on_or_a_lack_stays() -> None:
    text = "De buren, niet alleen de buren maar ook de school. Ouders hebben geen auto."
    assert without_denied(["Buren", "School", "Ouders"], text) == ["Buren", "School", "Ouders"]
    text = "Parents and teachers. No parents were asked, not only the teachers."
    assert without_denied(["Parents", "Teachers"], text) == ["Parents", "Teachers"]
