"""Masiv Desktop: bulk SMS campaigns through the Masiv (Estratec) SMS gateway."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("masiv-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
