"""A generative model plays the user of a scenario from its persona and facts.

The model sees the persona and facts (``prompts/simulator/en/user.j2``) and the conversation so
far, with the roles turned round (the assistant's replies are its input), and writes the user's
next message. It ends the conversation by writing ``DONE``, or the turn limit does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.errors import AssistantError
from assistant.evals.persona import SimulatedUser
from assistant.llm.base import ChatMessage, ChatModel
from assistant.paths import PROJECT_ROOT

SIMULATOR_PROMPTS = PROJECT_ROOT / "prompts" / "simulator"
LANGUAGE_NAMES = {"nl": "Dutch", "en": "English"}
DONE_RE = re.compile(r"\bDONE\b\W*$")
SPEAKER_RE = re.compile(r"^\s*(?:user|gebruiker|me|ik)\s*:\s*", re.I)
NEEDS_MODEL = "needs a generative model that can play a user"
MAX_TOKENS = 300  # a user's message is short; the default reply length would only cost time


class NoUserModel(AssistantError):
    """A simulated-user scenario without a model that can play the user."""

    def __init__(self, backend: str) -> None:
        super().__init__(
            f"This scenario {NEEDS_MODEL}; the {backend} backend cannot",
            "run it with --backend ollama, or give --user-model TAG so that an Ollama model "
            "plays the user",
        )


def can_play_user(model: ChatModel) -> bool:
    """A model plays a user when it generates text and can hold its output to a form: the guided
    backend generates nothing and the embedded one cannot keep to instructions."""
    return model.generative and model.structured_output


def render_prompt(user: SimulatedUser, language: str) -> str:
    from assistant.method.templates import PromptLibrary

    return PromptLibrary(SIMULATOR_PROMPTS).render(
        "user",
        "en",
        persona=user.persona,
        facts=user.facts,
        language_name=LANGUAGE_NAMES[language],
    )


def clean(reply: str) -> tuple[str, bool]:
    """The message to send and whether the user is done."""
    text = SPEAKER_RE.sub("", reply.strip()).strip().strip('"“”')
    done = bool(DONE_RE.search(text))
    return DONE_RE.sub("", text).strip(), done


class UserSimulator:
    """Writes the user's messages one at a time; ``turns`` reads the replies as they come."""

    def __init__(self, model: ChatModel, user: SimulatedUser, language: str) -> None:
        self.model = model
        self.user = user
        self.system = render_prompt(user, language)

    def next_message(self, opening: str, exchanges: list[tuple[str, str]]) -> tuple[str, bool]:
        messages = [ChatMessage(role="system", content=self.system)]
        messages.append(ChatMessage(role="user", content=opening or "(The assistant waits.)"))
        for said, reply in exchanges:
            messages.append(ChatMessage(role="assistant", content=said or "(nothing)"))
            messages.append(ChatMessage(role="user", content=reply))
        return clean(self.model.prompt(messages, max_tokens=MAX_TOKENS).text())

    def turns(self, opening: str, exchanges: list[tuple[str, str]]) -> Iterator[str]:
        """The user's messages; ``exchanges`` is filled by the caller after each of them."""
        for _ in range(self.user.max_turns):
            text, done = self.next_message(opening, exchanges)
            if text:
                yield text
            if done or not text:
                return
