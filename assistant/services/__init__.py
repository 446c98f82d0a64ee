"""Services: the one way from the UI and CLI to the method, the knowledge and the adapters."""

from assistant.services.container import Services

__all__ = ["Services"]
