"""What the installer builds share: the version, the names of the outputs, the Windows icon.

Imported by `masiv_desktop.spec` (PyInstaller), `build_linux.sh` (through `python
installer/buildinfo.py version`) and the tests, so the spec, the Linux tarball and the Inno
Setup script cannot disagree on a name. Standard library only: it runs before anything is
installed.
"""

from __future__ import annotations

import struct
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "masiv-desktop"
"""The desktop program's executable and the bundle folder (`dist/masiv-desktop/`)."""
CLI_NAME = "masiv"
"""The command line's executable, in the same folder."""
DISPLAY_NAME = "Masiv Desktop"
PUBLISHER = "Masiv"
BUNDLE_ID = "com.masiv.desktop"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICONS_DIR = ROOT / "resources" / "icons"
WINDOWS_ICON = ROOT / "build" / "masiv-desktop.ico"
"""Made by the spec on Windows from the PNGs; the Inno Setup script uses it too."""


def version() -> str:
    """The project's version, from pyproject.toml (the one place it is written)."""
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version_tuple() -> tuple[int, int, int, int]:
    """`1.2.3` as (1, 2, 3, 0) for Windows' file version; a suffix like `rc1` is dropped."""
    numbers = []
    for piece in version().split(".")[:4]:
        digits = "".join(c for c in piece if c.isdigit()) or "0"
        numbers.append(int(digits))
    while len(numbers) < 4:
        numbers.append(0)
    return numbers[0], numbers[1], numbers[2], numbers[3]


def write_ico(target: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> Path:
    """A Windows .ico made of the PNG icons as they are (Vista+ reads PNG entries), so
    neither Pillow nor a committed binary is needed."""
    images = [(size, (ICONS_DIR / f"{APP_NAME}-{size}.png").read_bytes()) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, data in images:
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(header + entries + blobs)
    return target


if __name__ == "__main__":
    if sys.argv[1:] == ["version"]:
        print(version())
    elif sys.argv[1:2] == ["ico"] and len(sys.argv) == 3:
        print(write_ico(Path(sys.argv[2])))
    else:
        sys.exit("usage: buildinfo.py version | ico TARGET.ico")
