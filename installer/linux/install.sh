#!/bin/sh
# Add Masiv Desktop to this user's application menu, run from where the archive was unpacked.
# No administrator rights: writes only under ~/.local. Remove with: ./install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
icons=${XDG_DATA_HOME:-$HOME/.local/share}/icons/hicolor/256x256/apps
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/masiv-desktop.desktop" "$icons/masiv-desktop.png"
    echo "Masiv Desktop removed from the menu (its folder $here is left as it is)."
    exit 0
fi
mkdir -p "$apps" "$icons"
cp "$here/masiv-desktop.png" "$icons/masiv-desktop.png"
sed "s|^Exec=.*|Exec=\"$here/masiv-desktop\" %f|" "$here/masiv-desktop.desktop" \
    > "$apps/masiv-desktop.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
echo "Masiv Desktop is in the application menu. Command line: $here/masiv"
