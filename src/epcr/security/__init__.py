"""Protecting patient records on a device that will be lost one day: accounts, keys, roles, audit chain."""
