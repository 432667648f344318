"""Sync on docking: the protocol both sides speak, and the device's client engine."""
