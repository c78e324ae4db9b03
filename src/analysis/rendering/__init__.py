"""Rendering briefing notebooks with papermill, alone or in batches."""
