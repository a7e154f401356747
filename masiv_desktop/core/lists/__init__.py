"""Recipient lists: reading a sheet (xlsx, xls, ods, CSV), finding the phone column, reading
each phone and the verdict per row.

The first step of the pipeline (a list → a message → a stored campaign → the engine →
reports). Imports nothing else of `core` but `usertypes`; Qt-free."""
