"""Is a downloaded installer the genuine one? Pure Python (no Qt): used by the window and `karpear verify`."""

from app.verify.check import Cancelled, check_file
from app.verify.report import Kind, Reason, Report, SignerFinding, Verdict, reading_groups

__all__ = ["Cancelled", "Kind", "Reason", "Report", "SignerFinding", "Verdict", "check_file", "reading_groups"]
