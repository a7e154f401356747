#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so the
# keyring tests talk to a real Secret Service. Installs Debian's gnome-keyring and dbus-x11
# when they are missing and we are allowed to (root); otherwise runs the command as it is and
# the keyring tests skip with the reason.
set -euo pipefail

if ! command -v gnome-keyring-daemon >/dev/null || ! command -v dbus-run-session >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing gnome-keyring and dbus-x11 for the keyring tests..." >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
        gnome-keyring dbus-x11 >/dev/null) || echo "could not install gnome-keyring" >&2
  fi
fi

if [ "${MASIV_IN_KEYRING_SESSION:-}" = 1 ]; then
  keyring_home=$(mktemp -d)
  export HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/.local/share" \
         XDG_CONFIG_HOME="$keyring_home/.config" XDG_CACHE_HOME="$keyring_home/.cache"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
  if daemon_env=$(printf 'throw-away\n' | gnome-keyring-daemon --unlock --components=secrets); then
    eval "$daemon_env"
    export GNOME_KEYRING_CONTROL MASIV_TEST_SECRET_SERVICE=1
  else
    echo "gnome-keyring-daemon did not start: keyring tests will be skipped." >&2
  fi
  set +e
  "$@"
  status=$?
  rm -rf "$keyring_home"
  exit $status
fi

if command -v gnome-keyring-daemon >/dev/null && command -v dbus-run-session >/dev/null; then
  MASIV_IN_KEYRING_SESSION=1 exec dbus-run-session -- "$0" "$@"
fi
echo "No Secret Service available: keyring tests will be skipped." >&2
exec "$@"
