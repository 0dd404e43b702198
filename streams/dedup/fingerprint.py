"""Fingerprints of an article for exact and near-duplicate detection.

Takes an article's text and URL; emits the ``fingerprints`` object stored on the
enriched article: SHA-1 of the normalised text, SHA-1 of the canonical URL and
a MinHash signature over word shingles. The signature is kept as plain ints so
it can travel in JSON and the in-memory LSH index can be rebuilt from it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

from datasketch import LeanMinHash, MinHash

NUM_PERM = 64
SHINGLE_WORDS = 3
MINHASH_SEED = 1
MINHASH_SCHEME = "affine32"

_WORD = re.compile(r"\w+", re.UNICODE)
_ARCHIVE = re.compile(r"^https?://web\.archive\.org/web/\d+[a-z_]*/", re.IGNORECASE)
_SITE_ROOTS = ("/", "/index.php", "/index.html", "/index.htm", "/default.aspx")
_TRACKING = ("utm_", "fbclid", "gclid", "mc_cid", "mc_eid", "ref", "cmpid", "ncid")


def normalise_text(text: str) -> str:
    """Lower-case, NFKC-normalise and collapse punctuation and whitespace.

    Exact duplicates differ in whitespace, quotes and case far more often than
    in words, so the hash is taken over the word sequence only.
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(folded))


def words(text: str) -> list[str]:
    """Return the normalised words of ``text``."""
    return normalise_text(text).split()


def canonical_url(url: str | None) -> str | None:
    """Return a canonical form of ``url`` or None when there is nothing to key on.

    Archive wrappers, scheme, ``www.``, default ports, fragments, tracking
    parameters and trailing slashes do not change which page a URL names.
    """
    if not url or not url.strip():
        return None
    raw = _ARCHIVE.sub("", url.strip())
    if "://" not in raw:
        raw = "http://" + raw
    try:
        parts = urlsplit(raw)
        host = (parts.hostname or "").lower().removeprefix("www.")
        port = parts.port if parts.port not in (None, 80, 443) else None
    except ValueError:  # "urn:uuid:…" read as host "urn" and port "uuid:…"
        return None
    if not host:
        return None
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=False)
        if not k.lower().startswith(_TRACKING)
    ]
    path = parts.path.rstrip("/") or "/"
    netloc = f"{host}:{port}" if port else host
    tail = f"?{urlencode(sorted(query))}" if query else ""
    return f"{netloc}{path}{tail}"


def names_article(curl: str | None) -> bool:
    """Whether a canonical URL can name one article: a site's front page cannot."""
    if not curl:
        return False
    path = "/" + curl.split("/", 1)[1] if "/" in curl else "/"
    return path.split("?", 1)[0] not in _SITE_ROOTS or "?" in path


def sha1(value: str) -> str:
    """Hex SHA-1 of a UTF-8 string."""
    return hashlib.sha1(value.encode("utf-8")).hexdigest()


def shingles(tokens: Sequence[str], size: int = SHINGLE_WORDS) -> list[bytes]:
    """Word n-gram shingles; a text shorter than ``size`` is one shingle."""
    if len(tokens) < size:
        return [" ".join(tokens).encode("utf-8")] if tokens else []
    return [" ".join(tokens[i : i + size]).encode("utf-8") for i in range(len(tokens) - size + 1)]


def minhash_signature(tokens: Sequence[str]) -> list[int]:
    """MinHash signature (``NUM_PERM`` ints) over the word shingles of ``tokens``."""
    mh = MinHash(num_perm=NUM_PERM, seed=MINHASH_SEED)
    mh.update_batch(shingles(tokens))
    return [int(v) for v in mh.hashvalues]


def lean_minhash(signature: Sequence[int]) -> LeanMinHash:
    """Rebuild a datasketch LeanMinHash from a stored signature."""
    return LeanMinHash(seed=MINHASH_SEED, hashvalues=list(signature), scheme=MINHASH_SCHEME)


def signature_jaccard(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal slots)."""
    if not a or len(a) != len(b):
        return 0.0
    return sum(1 for x, y in zip(a, b, strict=True) if x == y) / len(a)


def fingerprint(text: str, url: str | None) -> dict[str, Any]:
    """Compute the ``fingerprints`` object of an enriched article.

    Args:
        text: Article body.
        url: Article URL, if any.

    Returns:
        ``{"text_sha1", "url_sha1", "minhash", "tokens"}``: ``tokens`` is the
        number of normalised words, which tells the clusterer whether the text
        is long enough for its hash to identify an article.
    """
    tokens = words(text)
    curl = canonical_url(url)
    return {
        "text_sha1": sha1(" ".join(tokens)),
        "url_sha1": sha1(curl) if curl and names_article(curl) else None,
        "minhash": minhash_signature(tokens),
        "tokens": len(tokens),
    }
