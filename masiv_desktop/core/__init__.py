"""Qt-free domain: phones, message text, import, store, engine, reports, settings."""
