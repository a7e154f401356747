#!/usr/bin/env bash
# `make installer`: the Linux bundle of Masiv Desktop, self-tested, packed as .tar.gz (and .deb).
#
#   installer/build_linux.sh            # from the repository root
#   BUILD_PYTHON=/path/to/python3.12 installer/build_linux.sh
#
# 1. A build venv (build/venv-<python version>) with a Python >= 3.12 when one is found
#    (the bundle carries this interpreter; 3.11 needs the PySide6 work-around in gui/qtfix.py),
#    the program (pip install .) and PyInstaller.
# 2. Debian's xcb libraries Qt's xcb plugin needs (installed when missing and run as root),
#    or PyInstaller leaves them out and the bundle fails on a real desktop.
# 3. pyinstaller installer/masiv_desktop.spec -> dist/masiv-desktop/
# 4. dist/masiv-desktop/masiv-desktop --self-test, offscreen; the build fails if it fails.
# 5. dist/masiv-desktop-<version>-linux-x86_64.tar.gz (+ .deb when dpkg-deb exists).
# Prints the build time and the sizes. Outputs under build/ and dist/ (git-ignored).
set -euo pipefail

cd "$(dirname "$0")/.."
started=$(date +%s)
NAME=masiv-desktop
XCB_PACKAGES=(libxcb-keysyms1 libxcb-icccm4 libxcb-cursor0)

say() { printf '\n== %s\n' "$*"; }

find_python() {
    if [[ -n "${BUILD_PYTHON:-}" ]]; then echo "$BUILD_PYTHON"; return; fi
    local candidates=(python3.12 python3.13)
    if command -v pyenv >/dev/null 2>&1; then
        local root; root=$(pyenv root)
        candidates+=("$root"/versions/3.12*/bin/python3.12 "$root"/versions/3.13*/bin/python3.13)
    fi
    for candidate in "${candidates[@]}"; do
        if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 12))' 2>/dev/null; then
            echo "$candidate"; return
        fi
    done
    echo "warning: no Python >= 3.12 found; building with python3 (see installer/README.md)" >&2
    echo python3
}

install_xcb_libraries() {
    local missing=()
    for package in "${XCB_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "ok installed" \
            || missing+=("$package")
    done
    if ((${#missing[@]} == 0)); then return; fi
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        say "installing ${missing[*]} (Qt's xcb plugin needs them in the bundle)"
        apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null \
            || { apt-get update >/dev/null && apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null; }
    else
        echo "warning: ${missing[*]} missing: the bundle will lack xcb libraries." \
             "Run: sudo apt-get install ${missing[*]}" >&2
    fi
}

if command -v dpkg-query >/dev/null; then install_xcb_libraries; fi

PYTHON=$(find_python)
PY_VERSION=$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
VENV=build/venv-$PY_VERSION
VERSION=$("$PYTHON" installer/buildinfo.py version)
ARCH=$(uname -m)
say "Masiv Desktop $VERSION: building with Python $PY_VERSION ($PYTHON) in $VENV"

if [[ ! -x $VENV/bin/python ]]; then "$PYTHON" -m venv "$VENV"; fi
"$VENV/bin/python" -m pip install --quiet --upgrade pip
rm -rf build/lib build/bdist.*   # setuptools' leftovers would put deleted modules back
"$VENV/bin/python" -m pip install --quiet --upgrade . "pyinstaller>=6.10"

say "pyinstaller installer/masiv_desktop.spec"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller installer/masiv_desktop.spec
BUNDLE=dist/$NAME
find "$BUNDLE" -xtype l -delete   # links PyInstaller left to the libraries the spec dropped

say "self-test of the frozen program (offscreen)"
QT_QPA_PLATFORM=offscreen "$BUNDLE/$NAME" --self-test
"$BUNDLE/masiv" --version
say "the frozen command line: masiv demo (the sample list on the built-in sandbox)"
rm -rf build/cli-demo
"$BUNDLE/masiv" --data-dir build/cli-demo demo >/dev/null 2>&1
"$BUNDLE/masiv" --data-dir build/cli-demo status 1

say "packing"
STAGE=build/package/$NAME-$VERSION
rm -rf build/package && mkdir -p "$STAGE"
cp -a "$BUNDLE/." "$STAGE/"
cp installer/linux/masiv-desktop.desktop "$STAGE/"
cp resources/icons/masiv-desktop-256.png "$STAGE/masiv-desktop.png"
cp installer/linux/install.sh "$STAGE/"
TARBALL=dist/$NAME-$VERSION-linux-$ARCH.tar.gz
tar -C build/package -cf - "$NAME-$VERSION" | gzip -9 > "$TARBALL"

DEB=""
if command -v dpkg-deb >/dev/null; then
    DEB_ARCH=$(dpkg --print-architecture)
    DEB_ROOT=build/package/deb
    mkdir -p "$DEB_ROOT/DEBIAN" "$DEB_ROOT/opt" "$DEB_ROOT/usr/bin" \
        "$DEB_ROOT/usr/share/applications" "$DEB_ROOT/usr/share/icons/hicolor"
    cp -a "$BUNDLE" "$DEB_ROOT/opt/$NAME"
    ln -s "/opt/$NAME/$NAME" "$DEB_ROOT/usr/bin/$NAME"
    ln -s "/opt/$NAME/masiv" "$DEB_ROOT/usr/bin/masiv"
    sed "s|^Exec=.*|Exec=$NAME %f|; s|^Icon=.*|Icon=$NAME|" installer/linux/masiv-desktop.desktop \
        > "$DEB_ROOT/usr/share/applications/$NAME.desktop"
    for size in 16 24 32 48 64 128 256; do
        mkdir -p "$DEB_ROOT/usr/share/icons/hicolor/${size}x${size}/apps"
        cp "resources/icons/$NAME-$size.png" \
           "$DEB_ROOT/usr/share/icons/hicolor/${size}x${size}/apps/$NAME.png"
    done
    mkdir -p "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps"
    cp "resources/icons/$NAME.svg" "$DEB_ROOT/usr/share/icons/hicolor/scalable/apps/$NAME.svg"
    cat > "$DEB_ROOT/DEBIAN/control" <<EOF
Package: $NAME
Version: $VERSION
Architecture: $DEB_ARCH
Maintainer: ${DEB_MAINTAINER:-Masiv Desktop maintainers <maintainers@masiv-desktop.invalid>}
Section: comm
Priority: optional
Installed-Size: $(du -sk "$DEB_ROOT" | cut -f1)
Depends: libc6, libxcb-cursor0, libxkbcommon-x11-0, libegl1, libfontconfig1, libdbus-1-3
Description: Bulk SMS campaigns through the Masiv (Estratec) SMS gateway
 From a spreadsheet to a delivery report: checks the list, sends each message once,
 follows every status and exports the report. Includes the masiv command line.
EOF
    DEB=dist/${NAME}_${VERSION}_${DEB_ARCH}.deb
    dpkg-deb --root-owner-group -Zxz --build "$DEB_ROOT" "$DEB" >/dev/null
fi

elapsed=$(( $(date +%s) - started ))
mib() { awk -v b="$1" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
say "done"
echo "build time:        $((elapsed / 60)) min $((elapsed % 60)) s (Python $PY_VERSION)"
echo "bundle on disk:    $(mib "$(du -sb "$BUNDLE" | cut -f1)")  ($BUNDLE/, $(find "$BUNDLE" -type f | wc -l) files)"
echo "compressed:        $(mib "$(stat -c %s "$TARBALL")")  ($TARBALL)"
if [[ -n $DEB ]]; then echo "debian package:    $(mib "$(stat -c %s "$DEB")")  ($DEB)"; fi
