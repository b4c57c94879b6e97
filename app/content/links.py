"""The link policy (DESIGN.md): the only place that decides whether a URL may open.

A link may open only if its scheme is https and its host is, or is a subdomain
of, a domain listed for the tool it belongs to; no user-info, no IP literal,
no explicit port, no punycode or non-ASCII look-alike unless that exact host is
listed. The validator and the UI both call `check_link`.

A link written in a guide's text must moreover be declared, that exact address,
in the guide's structure (`check_declared_link`): a translation can then never
add a link, whatever a Markdown parser makes of it.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urlsplit

_HOSTNAME_LABEL = re.compile(r"^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$")
# Invisible characters too (soft hyphen, zero-width, bidi controls, BOM): the address shown would not be the one opened.
_UNSAFE_CHARS = re.compile(r"[\s\x00-\x1f\x7f-\x9f\\\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
# Browsers read a host whose last label is a number (127.1, 0x7f.1, 2130706433) as IPv4.
_NUMERIC_LABEL = re.compile(r"^(?:0x[0-9a-f]*|[0-9]+)$")


class LinkVerdict(NamedTuple):
    url: str
    allowed: bool
    reason: str  # why it was refused; empty when allowed
    host: str = ""
    declared: bool = True  # False: a text links to an address its guide's structure does not declare


def _refuse(url: str, reason: str, host: str = "") -> LinkVerdict:
    return LinkVerdict(url, False, reason, host)


def email_address(href: str) -> str:
    """The address of a mailto: link ("" for any other link): shown to copy, never opened."""
    scheme, _, rest = href.partition(":")
    return rest.split("?", 1)[0] if scheme.lower() == "mailto" and "@" in rest else ""


def check_declared_link(url: str, allowed_domains: Iterable[str], declared: Collection[str]) -> LinkVerdict:
    """`check_link`, and the address must be one of `declared`, exactly as written."""
    verdict = check_link(url, allowed_domains)
    if verdict.allowed and url not in declared:
        reason = "this exact address is not declared in the guide's structure (guide.yaml 'links' or tools.yaml)"
        return LinkVerdict(url, False, reason, verdict.host, declared=False)
    return verdict


def is_valid_domain(domain: str) -> bool:
    """A domain as written in tools.yaml: lowercase ASCII labels, at least two."""
    labels = domain.split(".")
    return len(labels) >= 2 and all(_HOSTNAME_LABEL.match(label) for label in labels)


def is_public_suffix(domain: str) -> bool:
    """Whether anyone may register names under `domain` (com, co.uk, github.io): never an allowed domain.

    From the Public Suffix List bundled with `publicsuffixlist` (its ICANN and private sections;
    no network): a maintained list, updated with each release of the package.
    """
    return _public_suffixes().is_public(domain)


def _public_suffixes():
    global _SUFFIX_LIST  # parsed once (~40 ms), and only when a domain is checked
    if _SUFFIX_LIST is None:
        from publicsuffixlist import PublicSuffixList  # noqa: PLC0415

        _SUFFIX_LIST = PublicSuffixList()
    return _SUFFIX_LIST


_SUFFIX_LIST = None


def _is_ip_literal(host: str) -> bool:
    # urlsplit drops IPv6 brackets, so a colon left in the host means IPv6.
    return ":" in host or host.startswith("[") or bool(_NUMERIC_LABEL.match(host.rsplit(".", 1)[-1]))


def check_link(url: str, allowed_domains: Iterable[str]) -> LinkVerdict:
    """Decide whether `url` may be offered to the person."""
    return _check_link(url, tuple(d.lower() for d in allowed_domains))


@lru_cache(maxsize=4096)  # the same links recur in every language file
def _check_link(url: str, allowed: tuple[str, ...]) -> LinkVerdict:
    if not isinstance(url, str) or not url:
        return _refuse(str(url), "empty link")
    if _UNSAFE_CHARS.search(url):
        return _refuse(url, "link contains spaces, invisible or control characters, or backslashes")
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        return _refuse(url, f"malformed link ({exc})")
    scheme = parts.scheme.lower()
    if scheme in ("javascript", "file", "data", "vbscript", "blob"):
        return _refuse(url, f"{scheme}: links are never allowed")
    if scheme != "https":
        return _refuse(url, f"only https links are allowed, not {scheme or 'a relative link'}")
    if "@" in parts.netloc:
        return _refuse(url, "link carries a user name or password before the host")
    if port is not None:
        return _refuse(url, "link names an explicit port")
    host = (parts.hostname or "").lower()
    if not host:
        return _refuse(url, "link has no host")
    if host.endswith("."):
        return _refuse(url, "host ends with a dot", host)
    if _is_ip_literal(host):
        return _refuse(url, "link points at an IP address, not a domain", host)
    exact = host in allowed
    if not host.isascii() and not exact:
        return _refuse(url, f"host {host!r} uses non-ASCII letters (possible look-alike)", host)
    if any(label.startswith("xn--") for label in host.split(".")) and not exact:
        return _refuse(url, f"host {host} is punycode (possible look-alike)", host)
    if not exact and not any(host.endswith("." + domain) for domain in allowed):
        listed = ", ".join(allowed) if allowed else "none"
        return _refuse(url, f"host {host} is not an official domain (allowed: {listed})", host)
    return LinkVerdict(url, True, "", host)
