"""Transports to the Masiv gateway (HTTP, SMPP) and the local sandbox gateway. Qt-free."""
