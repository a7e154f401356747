"""The live recipients grid of a campaign: compact column data, loading from the store off
the GUI thread, the table model (batched updates) and the filter/search panel.

May import `core.store` (grid rows), `gateway.codes` and the shared `gui` modules."""
