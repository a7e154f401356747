"""The live recipients grid of a campaign: compact column data, loading from the store off
the GUI thread, the table model (batched updates), the filter/search panel and the rows the
import refused.

May import `core.store` (grid rows), `core.reports.data` (refused rows), `core.labels`,
`gateway.codes` and the shared `gui` modules."""
