"""Scope of practice as data: tables, their files, and the NEMSIS dConfiguration shape."""

from epcr.rules.scope.loading import ScopeTableError, load
from epcr.rules.scope.table import Decision, Grant, Kind, ScopeTable, Skill

__all__ = ["Decision", "Grant", "Kind", "ScopeTable", "ScopeTableError", "Skill", "load"]
