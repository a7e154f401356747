; Inno Setup 6 script: the Windows installer of Masiv Desktop from the PyInstaller folder.
;
; Build (from the repository root, after `pyinstaller installer\masiv_desktop.spec`):
;   ISCC /DAppVersion=0.1.0 installer\windows\masiv-desktop.iss
; AppVersion must be pyproject.toml's version: the release workflow and installer/README.md
; pass it with /D; without /D the default below is used (tests keep it equal to pyproject's).
; Output: dist\masiv-desktop-<version>-windows-x64-setup.exe
;
; Per-user install without administrator rights (PrivilegesRequired=lowest): the program goes
; to %LOCALAPPDATA%\Programs\Masiv Desktop, shortcuts to the user's Start menu and desktop.
; The user's data (campaigns, settings, logs) is not in that folder and survives uninstalling.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Masiv Desktop"
#define AppExe "masiv-desktop.exe"
#define CliExe "masiv.exe"
#define BundleDir "..\..\dist\masiv-desktop"
#define IconFile "..\..\build\masiv-desktop.ico"

[Setup]
; A fixed AppId: upgrades replace the installed version instead of installing beside it.
AppId={{6E2B7C1A-3D4F-4E8B-9A51-2C7D0F3B8E64}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Masiv
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=masiv-desktop-{#AppVersion}-windows-x64-setup
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "spanish"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#BundleDir}\{#AppExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\{#CliExe}"; DestDir: "{app}"; Flags: ignoreversion
Source: "{#BundleDir}\_internal\*"; DestDir: "{app}\_internal"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Libraries of the previous version that this one no longer has.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
