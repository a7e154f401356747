"""Message text: the GSM 03.38 alphabet, characters/encoding/parts under each part rule,
smart encoding, merge fields (`{Nombre}`), and what to call a character (`char_names`).

Imports nothing else of `core` but `usertypes` and `words` (character names are marked for
translation); Qt-free and pure (no I/O)."""
