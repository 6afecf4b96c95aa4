"""Data: CSV readers, datasets that count what they skip, fundus transforms, synthetic fundus data."""
