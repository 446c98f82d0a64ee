"""The domain model at the bottom of the package: a guidance-ethics session (case, actors,
effects, values, handling options, transcript) and its versioned form. Imports nothing of ours."""
