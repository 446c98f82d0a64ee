"""The web UI (Gradio 6): ``assistant.ui.app.build_app(services)``; ``ethics-assistant serve``."""
