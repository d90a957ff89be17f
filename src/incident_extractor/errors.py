"""Errors that reach the user: each has a code and says what to do."""

from __future__ import annotations


class IncidentsError(Exception):
    """An error with a stable code, shown to the user as one line on stderr."""

    code = "E000"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


class ModelNotFound(IncidentsError):
    code = "E001"


class UsageError(IncidentsError):
    code = "E002"
