"""Which evidence links may be checked at all: hosts on the allowed list (a host covers its subdomains, never a
look-alike) and addresses that are public (not private, loopback, link-local, multicast, reserved or unspecified,
IPv4 inside IPv6 included). Used by evidence.py before any request is sent."""
from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from urllib.parse import urlsplit

_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_LOCAL_NAT64 = ipaddress.ip_network("64:ff9b:1::/48")


def is_public_address(address: str) -> bool:
    """True when an IP address is on the public internet: False for private, loopback, link-local, multicast,
    reserved, unspecified and shared addresses, also inside IPv6 (IPv4-mapped, 6to4, NAT64); False for a
    text that is not an address."""
    try:
        ip = ipaddress.ip_address(address.strip().strip("[]").split("%", 1)[0])
    except ValueError:
        return False
    inner = [ip]
    if ip.version == 6:
        if ip.ipv4_mapped is not None:      # ::ffff:a.b.c.d is a.b.c.d
            inner = [ip.ipv4_mapped]
        if ip.sixtofour is not None:
            inner.append(ip.sixtofour)
        if ip in _NAT64:
            inner.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
        if ip in _LOCAL_NAT64:
            return False
    return all(_is_global(a) for a in inner)


def _is_global(ip) -> bool:
    local = (ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_multicast or ip.is_reserved
             or ip.is_unspecified or (ip.version == 6 and ip.is_site_local))
    return ip.is_global and not local


def ip_of(text: str):
    try:
        return ipaddress.ip_address(text)
    except ValueError:
        return None


def normal_host(entry: str) -> str:
    """A host-list entry or URL host in the form hosts are compared: lower case, no brackets, no trailing dot, IDNA."""
    text = entry.strip()
    if "://" in text:
        text = urlsplit(text).hostname or ""
    text = text.strip().strip("[]").lower().rstrip(".")
    text = text[2:] if text.startswith("*.") else text.lstrip(".")
    if not text or ip_of(text) is not None or text.isascii():
        return text
    try:
        return text.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def host_allowed(host: str, hosts: Iterable[str]) -> bool:
    """True when a host is one of the hosts or a subdomain of one (an IP address must be the same address)."""
    host = normal_host(host)
    ip = ip_of(host)
    for entry in map(normal_host, hosts):
        if not entry:
            continue
        entry_ip = ip_of(entry)
        if ip is not None or entry_ip is not None:
            if ip is not None and ip == entry_ip:
                return True
        elif host == entry or host.endswith("." + entry):
            return True
    return False
