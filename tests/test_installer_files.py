"""installer/: what can be checked without building. The Inno Setup script, the release
workflow and the Linux build agree with the PyInstaller spec and pyproject on names, paths
and the version. (The builds themselves: `make installer`, and the release workflow.)"""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

from masiv_desktop.core.words import LANGUAGES
from masiv_desktop.resources_path import user_guide

ROOT = Path(__file__).resolve().parents[1]
INSTALLER = ROOT / "installer"
ISS = INSTALLER / "windows" / "masiv-desktop.iss"
SPEC = INSTALLER / "masiv_desktop.spec"
WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def load_buildinfo() -> ModuleType:
    spec = importlib.util.spec_from_file_location("buildinfo", INSTALLER / "buildinfo.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


buildinfo = load_buildinfo()


def iss_defines() -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', ISS.read_text(), re.MULTILINE))


def iss_setup() -> dict[str, str]:
    text = ISS.read_text().split("[Setup]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r"^(\w+)=(.*)$", text, re.MULTILINE))


def windows_path(relative: str) -> Path:
    """A path in the .iss, relative to the script's folder, as a resolved local path."""
    return (ISS.parent / relative.replace("\\", "/")).resolve()


def test_the_version_comes_from_pyproject() -> None:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        version = tomllib.load(handle)["project"]["version"]
    assert buildinfo.version() == version
    assert iss_defines()["AppVersion"] == version, \
        "the .iss default AppVersion must equal pyproject's (the workflow passes /D anyway)"
    assert iss_setup()["AppVersion"] == "{#AppVersion}"
    major, minor, patch, build = buildinfo.version_tuple()
    assert f"{major}.{minor}.{patch}" == re.sub(r"[^\d.].*$", "", version) and build == 0


def test_the_setup_packs_what_the_spec_builds() -> None:
    defines = iss_defines()
    spec = SPEC.read_text()
    assert defines["AppExe"] == f"{buildinfo.APP_NAME}.exe"
    assert defines["CliExe"] == f"{buildinfo.CLI_NAME}.exe"
    assert windows_path(defines["BundleDir"]) == ROOT / "dist" / buildinfo.APP_NAME
    assert windows_path(defines["IconFile"]) == buildinfo.WINDOWS_ICON
    # The spec names both executables and the folder from buildinfo, beside each other.
    assert "name=buildinfo.APP_NAME," in spec and "name=buildinfo.CLI_NAME," in spec
    assert spec.count('contents_directory="_internal"') == 2
    assert "_internal\\*" in ISS.read_text()
    for script in re.findall(r'analysis\("(\w+\.py)"\)', spec):
        assert (INSTALLER / script).is_file()


def test_the_setup_installs_per_user_with_shortcuts_and_an_uninstaller() -> None:
    setup, text = iss_setup(), ISS.read_text()
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert setup.get("Uninstallable", "yes") == "yes"
    assert windows_path(setup["OutputDir"]) == ROOT / "dist"
    assert re.search(r'^Name: "\{autoprograms\}\\\{#AppName\}"; Filename: "\{app\}\\\{#AppExe\}"',
                     text, re.MULTILINE)
    assert re.search(r'^Name: "\{autodesktop\}.*Tasks: desktopicon', text, re.MULTILINE)
    assert re.search(r'^Name: "desktopicon".*Flags: unchecked', text, re.MULTILINE)


def test_the_spec_bundles_resources_that_exist() -> None:
    patterns = re.findall(r'\("((?:resources|docs)/[^"]+)", "[^"]+"\)', SPEC.read_text())
    assert {"resources/icons/*.png", "resources/translations/*.qm",
            "resources/samples/*", "resources/guide/*.html"} <= set(patterns)
    for pattern in patterns:
        if not pattern.startswith("docs/screenshots"):
            assert list(ROOT.glob(pattern)), pattern


def test_the_spec_bundles_the_user_guide_in_every_language() -> None:
    bundled = {path for pattern in re.findall(r'\("(resources/guide/[^"]+)", "resources/guide"\)',
                                              SPEC.read_text())
               for path in ROOT.glob(pattern)}
    for language in LANGUAGES:
        assert user_guide(language) in bundled, language
        assert f'lang="{language}"' in user_guide(language).read_text(encoding="utf-8")


def workflow_steps() -> dict[str, str]:
    """Job name → its text (a minimal reader: PyYAML is not a dependency)."""
    text = WORKFLOW.read_text()
    assert "\t" not in text
    jobs = text.split("\njobs:\n", 1)[1]
    return dict(re.findall(r"^  (\w+):\n((?:    .*\n|\s*\n)*)", jobs, re.MULTILINE))


def test_the_workflow_builds_the_spec_and_the_setup() -> None:
    try:
        import yaml  # type: ignore[import-untyped]
    except ImportError:
        yaml = None
    if yaml is not None:
        parsed = yaml.safe_load(WORKFLOW.read_text())
        assert set(parsed["jobs"]) == {"windows", "linux"}
    jobs = workflow_steps()
    assert set(jobs) == {"windows", "linux"}
    windows, linux = jobs["windows"], jobs["linux"]
    assert "runs-on: windows-latest" in windows
    assert 'python-version: "3.12"' in windows and 'python-version: "3.12"' in linux
    assert "installer\\masiv_desktop.spec" in windows
    assert "installer\\windows\\masiv-desktop.iss" in windows
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in windows
    assert "python installer/buildinfo.py version" in windows
    assert "--self-test" in windows and "masiv-desktop-self-test.txt" in windows
    setup_name = "masiv-desktop-{#AppVersion}-windows-x64-setup"
    assert iss_setup()["OutputBaseFilename"] == setup_name
    assert "dist/masiv-desktop-*-windows-x64-setup.exe" in windows
    assert "run: make installer" in linux
    assert "dist/masiv-desktop-*-linux-*.tar.gz" in linux


def test_the_linux_build_names_match_the_workflow_and_the_make_target() -> None:
    script = (INSTALLER / "build_linux.sh").read_text()
    assert 'TARBALL=dist/$NAME-$VERSION-linux-$ARCH.tar.gz' in script
    assert "NAME=masiv-desktop" in script and buildinfo.APP_NAME == "masiv-desktop"
    assert "installer/masiv_desktop.spec" in script and '--self-test' in script
    assert "\tinstaller/build_linux.sh" in (ROOT / "Makefile").read_text()
    desktop = (INSTALLER / "linux" / "masiv-desktop.desktop").read_text()
    assert "Exec=masiv-desktop %f" in desktop and "Icon=masiv-desktop" in desktop


@pytest.mark.skipif(shutil.which("bash") is None, reason="no bash to check the scripts")
def test_the_shell_scripts_parse() -> None:
    for script in (INSTALLER / "build_linux.sh", INSTALLER / "linux" / "install.sh"):
        subprocess.run(["bash", "-n", str(script)], check=True)


def test_the_windows_icon_holds_every_png(tmp_path: Path) -> None:
    ico = buildinfo.write_ico(tmp_path / "app.ico")
    data = ico.read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(buildinfo.ICON_SIZES))
    for index, size in enumerate(buildinfo.ICON_SIZES):
        width, height, _c, _r, _p, _b, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index)
        assert width == height == (0 if size == 256 else size)
        png = (buildinfo.ICONS_DIR / f"masiv-desktop-{size}.png").read_bytes()
        assert data[offset:offset + length] == png
