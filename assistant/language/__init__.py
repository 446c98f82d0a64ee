"""Words above the domain model: the one label table, the one module of cue words, text
splitting, stemming and language detection, in Dutch and English."""
