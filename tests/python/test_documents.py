"""The source documents are the reports byte-for-byte, as the manifest records them."""

import csv
import hashlib

from conftest import PROJECT_DIR

DOCUMENTS = PROJECT_DIR / "documents"


def manifest() -> dict[str, str]:
    entries = {}
    for line in (DOCUMENTS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, name = line.split(maxsplit=1)
        entries[name] = digest
    return entries


def test_every_document_matches_the_manifest():
    entries = manifest()
    documents = [path.name for path in DOCUMENTS.iterdir() if path.suffix in (".txt", ".pdf")]
    assert sorted(entries) == sorted(documents)
    for name, digest in entries.items():
        assert hashlib.sha256((DOCUMENTS / name).read_bytes()).hexdigest() == digest, name


def test_report_register_cites_the_documents_by_their_hash():
    with open(PROJECT_DIR / "seeds" / "reports.csv", encoding="utf-8", newline="") as handle:
        reports = list(csv.DictReader(handle))
    assert len(reports) == 7
    assert {row["source_document"]: row["source_sha256"] for row in reports} == manifest()
