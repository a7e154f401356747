"""Transports to the Masiv gateway, by protocol: `http` (the documented HTTP API v4), `smpp`
(SMPP 3.4), and `sandbox` (both, locally on 127.0.0.1, for demos and tests).

At this level what every protocol shares: the gateway's codes (`codes`), what a transport
reports (`outcomes`), the `Transport` protocol the engine drives (`transport`) and errors a
caller must handle before any request (`errors`). Imports only the Qt-free leaves of `core`
(`logs`, `usertypes`, `text` for SMPP); never the engine, the store or Qt."""
