"""Incidents: trigger phrases, event types, actor kinds and scope cues (pure helpers and their tables)."""
