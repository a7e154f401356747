"""Message text: the GSM 03.38 alphabet, characters/encoding/parts under each part rule,
smart encoding, and merge fields (`{Nombre}`).

Imports nothing else of `core` but `usertypes`; Qt-free and pure (no I/O)."""
