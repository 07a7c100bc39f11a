"""Check the documents against their sha256 manifest (documents/SHA256SUMS) at every build.

Every figure cites a line of a document, so a document changed after its figures were transcribed
silently moves them. The manifest lists each document with its sha256 (the format of `sha256sum`);
reports.csv records the same sha256 for each report's source document. A report whose PDF is not
kept is listed by its text rendering (documents/rendered/<document>.txt).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from pathlib import Path

MANIFEST = "SHA256SUMS"
CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class DocumentProblem:
    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(CHUNK_BYTES):
            digest.update(chunk)
    return digest.hexdigest()


def read_manifest(path: Path) -> tuple[dict[str, str], list[DocumentProblem]]:
    """document name -> sha256, and the lines that are not `<64 hex digits>  <name>`."""
    listed, problems = {}, []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        sha256, _, name = line.partition("  ")
        if len(sha256) != 64 or not name or any(c not in "0123456789abcdef" for c in sha256):
            problems.append(
                DocumentProblem(f"documents/{MANIFEST}, line {number}", f"{line!r} is not '<sha256>  <file name>'")
            )
        else:
            listed[name] = sha256
    return listed, problems


def document_problems(data_root: Path) -> list[DocumentProblem]:
    """Every document that is missing, changed since it was recorded, or recorded differently."""
    documents, reports = data_root / "documents", data_root / "seeds" / "reports.csv"
    if not reports.exists():
        return []
    if not (documents / MANIFEST).exists():
        return [
            DocumentProblem(f"documents/{MANIFEST}", "missing: the sha256 of every source document is recorded there")
        ]
    listed, problems = read_manifest(documents / MANIFEST)
    with open(reports, encoding="utf-8-sig", newline="") as handle:
        rows = csv.DictReader(handle)
        for row in rows:
            document = row.get("source_document") or ""
            name = document if document in listed else f"rendered/{document}.txt"
            where = f"seeds/reports.csv, line {rows.line_num}, column source_sha256"
            if name not in listed:
                problems.append(
                    DocumentProblem(where, f"{document!r} (report {row['report_id']}) is not in documents/{MANIFEST}")
                )
            elif listed[name] != row.get("source_sha256"):
                problems.append(
                    DocumentProblem(
                        where,
                        f"{row.get('source_sha256')!r} differs from documents/{MANIFEST} ({listed[name]}) for {name}",
                    )
                )
    for name, recorded in listed.items():
        path = documents / name
        if not path.is_file():
            problems.append(DocumentProblem(f"documents/{name}", f"missing, though documents/{MANIFEST} lists it"))
        elif (actual := sha256_of(path)) != recorded:
            problems.append(
                DocumentProblem(
                    f"documents/{name}",
                    f"changed after it was recorded (sha256 {actual}, documents/{MANIFEST} has {recorded}); "
                    "restore it, or add the new version with make add-report",
                )
            )
    return problems
