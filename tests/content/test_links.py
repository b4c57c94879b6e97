import pytest

from app.content.links import check_link, is_valid_domain

SIGNAL = ("signal.org", "play.google.com")


@pytest.mark.parametrize(
    "url",
    [
        "https://signal.org/download/",
        "https://updates.signal.org/android/",
        "https://play.google.com/store/apps/details?id=org.thoughtcrime.securesms",
        "HTTPS://SIGNAL.ORG/",
    ],
)
def test_official_links_are_allowed(url):
    verdict = check_link(url, SIGNAL)
    assert verdict.allowed, verdict.reason


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://signal.org/", "only https"),
        ("javascript:alert(1)", "javascript: links are never allowed"),
        ("file:///etc/passwd", "file: links are never allowed"),
        ("data:text/html,hi", "data: links are never allowed"),
        ("https://signal.org.evil.example/", "not an official domain"),
        ("https://evilsignal.org/", "not an official domain"),
        ("https://signal.org@evil.example/", "user name or password"),
        ("https://user:pw@signal.org/", "user name or password"),
        ("https://93.184.216.34/", "IP address"),
        ("https://[2001:db8::1]/", "IP address"),
        ("https://2130706433/", "IP address"),
        ("https://0x7f.1/", "IP address"),
        ("https://xn--signl-9qa.org/", "punycode"),
        ("https://xn--sgnal-m3a.signal.org/", "punycode"),
        ("https://sіgnal.org/", "non-ASCII"),  # Cyrillic і
        ("https://signal.org:8443/", "explicit port"),
        ("https://signal.org./", "ends with a dot"),
        ("https://signal.org\\@evil.example/", "backslashes"),
        ("https://signal.org/ download", "spaces"),
        ("/relative/path", "only https"),
        ("", "empty"),
    ],
)
def test_hostile_links_are_refused_with_a_reason(url, why):
    verdict = check_link(url, SIGNAL)
    assert not verdict.allowed
    assert why in verdict.reason


def test_exactly_listed_punycode_host_is_allowed():
    assert check_link("https://xn--80ak6aa92e.com/", ["xn--80ak6aa92e.com"]).allowed


def test_domain_that_is_not_a_hostname_is_invalid():
    assert is_valid_domain("signal.org")
    assert not is_valid_domain("https://signal.org")
    assert not is_valid_domain("org")
    assert not is_valid_domain("Signal.org")
