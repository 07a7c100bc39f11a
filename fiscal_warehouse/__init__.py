"""Tooling of the fiscal warehouse: seed validation, provenance checks, publishing."""
