"""The Qt-free domain, one package per job in the order data flows: a list (`lists`) → a
message (`text`) → a stored campaign (`store`) → the run (`engine`) → the report
(`reports`), under the contact rules (`law`) and the user's `settings`.

Lower packages never import higher ones: lists and text ← store ← law ← engine, reports and
settings ← the use cases at this level (`campaigns`, `drafts`, `startup`, `test_message`,
`overview`: what the user reads, `actions`: what a campaign's state allows), which the CLI
and the GUI both call.
`usertypes` (the program's enums) and `logs` are leaves any package may import. Nothing
here imports Qt or `gui`/`cli`."""
