"""Reading a user's message: what it asks (intents, asides) and what it holds (case details,
actors, effects, values, options), by rules or by a model's structured output."""
