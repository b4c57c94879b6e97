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


def signed_pe(target: Path, certificate: Path, key: Path, chain: Path) -> Path:
    bundle = target.with_suffix(".chain.pem")
    bundle.write_bytes(certificate.read_bytes() + chain.read_bytes())
    subprocess.run(
        [shutil.which("osslsigncode"), "sign", "-certs", str(bundle), "-key", str(key), "-h", "sha256",
         "-in", str(UNSIGNED_PE), "-out", str(target)],
        check=True, capture_output=True,
    )  # fmt: skip
    return target


def trust_store(ca: Path):
    """A signify certificate store that trusts only our CA, in place of Microsoft's roots."""
    from app.verify.authenticode import _signify  # noqa: PLC0415 - same import fix as the app

    _signify()
    from signify.x509 import Certificate, CertificateStore  # noqa: PLC0415

    return CertificateStore(Certificate.from_pems(ca.read_bytes()), trusted=True)
