"""A real Windows PE, signed in the test by osslsigncode with a throwaway certificate authority."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pip

# A small genuine PE file that every Python environment has: pip's Windows launcher.
UNSIGNED_PE = Path(pip.__file__).parent / "_vendor" / "distlib" / "t64.exe"


def _openssl(*args: str, cwd: Path) -> None:
    subprocess.run(["openssl", *args], cwd=cwd, check=True, capture_output=True)


def code_signing_pair(folder: Path, publisher: str) -> tuple[Path, Path, Path]:
    """(CA certificate, signer certificate, signer key): a CA of ours vouching for `publisher`."""
    folder.mkdir(parents=True, exist_ok=True)
    _openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca.key", "-out", "ca.pem", "-days", "3",
             "-subj", "/CN=Throwaway Test CA", "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign", cwd=folder)  # fmt: skip
    _openssl("req", "-newkey", "rsa:2048", "-nodes", "-keyout", "signer.key", "-out", "signer.csr",
             "-subj", f"/CN={publisher}/O={publisher}", cwd=folder)  # fmt: skip
    (folder / "ext.cnf").write_text("extendedKeyUsage=codeSigning\nkeyUsage=critical,digitalSignature\n")
    _openssl("x509", "-req", "-in", "signer.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-CAcreateserial",
             "-out", "signer.pem", "-days", "3", "-extfile", "ext.cnf", cwd=folder)  # fmt: skip
    return folder / "ca.pem", folder / "signer.pem", folder / "signer.key"


WIXL = shutil.which("wixl")
_PACKAGE_SOURCE = """<?xml version="1.0" encoding="utf-8"?>
<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">
  <Product Id="*" Name="Example Messenger" Language="1033" Version="1.0.0" Manufacturer="Example"
           UpgradeCode="6f1c3a52-94c4-4c1e-9d07-0d3a3f1b7c01">
    <Package InstallerVersion="200" Compressed="yes"/>
    <Media Id="1" Cabinet="app.cab" EmbedCab="yes"/>
    <Directory Id="TARGETDIR" Name="SourceDir">
      <Directory Id="ProgramFilesFolder">
        <Directory Id="INSTALLDIR" Name="Example">
          <Component Id="Main" Guid="6f1c3a52-94c4-4c1e-9d07-0d3a3f1b7c02">
            <File Id="readme" Source="readme.txt"/>
          </Component>
        </Directory>
      </Directory>
    </Directory>
    <Feature Id="Complete" Level="1"><ComponentRef Id="Main"/></Feature>
  </Product>
</Wix>
"""


def unsigned_msi(target: Path) -> Path:
    """A small Windows Installer package built by msitools' wixl."""
    (target.parent / "readme.txt").write_text("hello\n")
    source = target.with_suffix(".wxs")
    source.write_text(_PACKAGE_SOURCE)
    subprocess.run([WIXL, "-o", str(target), str(source)], cwd=target.parent, check=True, capture_output=True)
    return target


def signed_pe(target: Path, certificate: Path, key: Path, chain: Path, unsigned: Path = UNSIGNED_PE) -> Path:
    """`unsigned` (a PE, or an MSI) signed with osslsigncode into `target`."""
    bundle = target.with_suffix(".chain.pem")
    bundle.write_bytes(certificate.read_bytes() + chain.read_bytes())
    subprocess.run(
        [shutil.which("osslsigncode"), "sign", "-certs", str(bundle), "-key", str(key), "-h", "sha256",
         "-in", str(unsigned), "-out", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip
    return target


def trust_store(ca: Path):
    """A signify certificate store that trusts only our CA, in place of Microsoft's roots."""
    from app.verify.authenticode import _signify  # noqa: PLC0415 - same import fix as the app

    _signify()
    from signify.x509 import Certificate, CertificateStore  # noqa: PLC0415

    return CertificateStore(Certificate.from_pems(ca.read_bytes()), trusted=True)
