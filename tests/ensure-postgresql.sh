#!/usr/bin/env bash
# Runs a command after making sure a PostgreSQL server can be started by the tests
# (tests/helpers/postgres.py starts a throw-away one in a temp dir). Installs Debian's
# `postgresql` package when no server binaries are found and we are allowed to (root);
# otherwise runs the command as it is and the PostgreSQL tests skip with the reason
# (or fail, under CI).
set -euo pipefail

have_server() {
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || command -v initdb >/dev/null
}

if ! have_server; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing postgresql for the PostgreSQL store tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        postgresql >/dev/null) || echo "could not install postgresql" >&2
  else
    echo "No PostgreSQL server found: PostgreSQL tests will be skipped." >&2
  fi
fi

exec "$@"
