"""Text: EMR records to captions (template writer here; LLM writers follow), prompt sets."""
