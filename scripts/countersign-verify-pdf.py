#!/usr/bin/python3
"""Check the signatures printed in a filed Countersign record PDF.

An auditor's tool that needs no Countersign code: only pdftotext (Debian's
poppler-utils) and Python 3 with PyNaCl (Debian's python3-nacl). It reads the
evidence block (countersign-pdf-evidence/1) that the report prints in its
"Record integrity" section, and checks every printed signature:

  - its Ed25519 signature holds for the printed payload bytes and the printed key;
  - a countersign-signature/2 payload names that same key (public_key);
  - its payload names the block's record (record_id).

docs/VERIFYING.md says what that proves and what it does not; the formats are
specified in docs/CANONICAL-JSON.md.

Exit status: 0 every signature holds; 3 the evidence is there but something
does not hold (a signature, a key, a record, a damaged block); 2 bad usage;
1 the file cannot be read, has no evidence block, or a tool is missing.
"""

import argparse
import base64
import binascii
import json
import re
import shutil
import subprocess
import sys

PROGRAM = "countersign-verify-pdf"
BLOCK_FORMAT = "countersign-pdf-evidence/1"
PAYLOAD_FORMATS = ("countersign-signature/1", "countersign-signature/2")
FIELDS = ("payload", "ed25519", "key")

EXIT_OK = 0
EXIT_CANNOT_READ = 1
EXIT_USAGE = 2
EXIT_NOT_INTACT = 3

# The lines of the block, as PdfEvidence::read (app/core/PdfEvidence.cpp) reads them.
RECORD_LINE = re.compile(r"^record:\s*([0-9]+)$")
HEAD_LINE = re.compile(r"^chain-head:\s*seq\s+([0-9]+)\s+hash\s+([0-9a-f]{64})$")
FIELD_LINE = re.compile(r"^signature\s+([0-9]+)\s+(payload|ed25519|key):\s*(\S*)$")
REVOKED_LINE = re.compile(r"^signature\s+([0-9]+)\s+revoked$")
BASE64_LINE = re.compile(r"^[A-Za-z0-9+/=]+$")


class CannotRead(Exception):
    """The file cannot be read, or holds no evidence block: exit 1."""


class DamagedBlock(Exception):
    """There is a block, but it is cut short or a field is not what the format says: exit 3."""


class Run:
    """The base64 lines found between one label and the next.

    The report wraps a run in lines of one width, the first line after the
    label setting it, and only the last line is shorter. A page's footer or
    running header that happens to be all base64 letters (a word like "Smoke")
    is shorter too, but never the last line before the next label: the report
    keeps a run's last line on the page of the label after it. So a line of
    another width that is not the last is left out.
    """

    def __init__(self, inline_value):
        self.inline_value = inline_value  # what stood after the label on its own line
        self.pieces = []

    def joined(self):
        text = self.inline_value
        if not self.pieces:
            return text
        width = len(self.pieces[0])
        for i, piece in enumerate(self.pieces):
            last = i == len(self.pieces) - 1
            if len(piece) == width or (last and len(piece) < width):
                text += piece
        return text


class Signature:
    def __init__(self, number, payload, ed25519, key, revoked):
        self.number = number
        self.payload = payload  # the exact bytes that were signed
        self.ed25519 = ed25519  # 64 bytes
        self.key = key  # 32 bytes, or empty when the signer no longer existed
        self.revoked = revoked


class Evidence:
    def __init__(self):
        self.record_id = None
        self.head_seq = None
        self.head_hash = None
        self.signatures = []


def decode(run, what, expected_size):
    try:
        if len(run) % 4 != 0:
            raise ValueError
        decoded = base64.b64decode(run, validate=True)
    except (ValueError, binascii.Error):
        raise DamagedBlock("%s is not base64" % what) from None
    if expected_size is not None and len(decoded) != expected_size:
        raise DamagedBlock("%s is %d bytes, not %d" % (what, len(decoded), expected_size))
    return decoded


def read_evidence(text):
    """The evidence block read from a document's text (docs/CANONICAL-JSON.md)."""
    lines = text.replace("\f", "\n").split("\n")
    at = 0
    while at < len(lines) and lines[at].strip() != BLOCK_FORMAT:
        at += 1
    if at == len(lines):
        raise CannotRead("there is no evidence block (%s) in it" % BLOCK_FORMAT)

    evidence = Evidence()
    saw_end = False
    runs = {}  # signature number -> field -> Run
    revoked = set()
    open_run = None
    for line_number in range(at + 1, len(lines)):
        line = lines[line_number].strip()
        if line == "end":
            saw_end = True
            break
        m = RECORD_LINE.match(line)
        if m:
            evidence.record_id = int(m.group(1))
            open_run = None
            continue
        m = HEAD_LINE.match(line)
        if m:
            evidence.head_seq, evidence.head_hash = int(m.group(1)), m.group(2)
            open_run = None
            continue
        m = FIELD_LINE.match(line)
        if m:
            number, field = int(m.group(1)), m.group(2)
            fields = runs.setdefault(number, {})
            if field in fields:
                raise DamagedBlock("signature %d's %s is printed twice (text line %d)"
                                   % (number, field, line_number + 1))
            open_run = fields[field] = Run(m.group(3))
            continue
        m = REVOKED_LINE.match(line)
        if m:
            revoked.add(int(m.group(1)))
            open_run = None
            continue
        if open_run is not None and BASE64_LINE.match(line):
            open_run.pieces.append(line)
        # Anything else is the page around the block: a footer, a running header.
    if not saw_end:
        raise DamagedBlock('the evidence block has no "end" line: it is cut short')
    if evidence.record_id is None or evidence.head_seq is None:
        raise DamagedBlock("the evidence block does not name its record and chain head")

    for expected, number in enumerate(sorted(runs), start=1):
        if number != expected:
            raise DamagedBlock("the evidence block has no signature %d" % expected)
        fields = runs[number]
        who = "signature %d" % number
        for name in FIELDS:
            if name not in fields:
                raise DamagedBlock("%s has no %s" % (who, name))
        payload = decode(fields["payload"].joined(), who + " payload", None)
        ed25519 = decode(fields["ed25519"].joined(), who + " ed25519", 64)
        key_run = fields["key"].joined()
        key = decode(key_run, who + " key", 32) if key_run else b""
        evidence.signatures.append(Signature(number, payload, ed25519, key, number in revoked))
    if revoked and max(revoked) > len(evidence.signatures):
        raise DamagedBlock("the evidence block marks a signature it does not print as revoked")
    return evidence


def pdf_text(path):
    """What `pdftotext -layout` gives back of a PDF, the text the block is read from."""
    try:
        with open(path, "rb"):
            pass
    except OSError as error:
        raise CannotRead(error.strerror or str(error)) from None
    tool = shutil.which("pdftotext")
    if tool is None:
        raise CannotRead("pdftotext is missing: install poppler-utils (Debian package poppler-utils)")
    done = subprocess.run([tool, "-layout", "-enc", "UTF-8", path, "-"],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, check=False)
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip() or "exit status %d" % done.returncode
        raise CannotRead("pdftotext cannot read it: %s" % said)
    return done.stdout.decode("utf-8", "replace")


def text_file(path):
    try:
        with open(path, "rb") as f:
            return f.read().decode("utf-8", "replace")
    except OSError as error:
        raise CannotRead(error.strerror or str(error)) from None


def check_signature(signature, record_id, nacl):
    """One printed signature checked: its line's fields, whether it holds, and the findings."""
    who = "signature %d" % signature.number
    findings = []
    payload = {}
    try:
        payload = json.loads(signature.payload.decode("utf-8"))
        if not isinstance(payload, dict):
            raise ValueError
    except ValueError:
        payload = {}
        findings.append("%s: its payload is not a JSON object in UTF-8" % who)

    if not signature.key:
        findings.append("%s: no signer's key is printed (its signer no longer existed)" % who)
        holds = False
    else:
        try:
            nacl.signing.VerifyKey(signature.key).verify(signature.payload, signature.ed25519)
            holds = True
        except nacl.exceptions.BadSignatureError:
            holds = False
            findings.append("%s: the Ed25519 signature does not hold for the printed payload and key" % who)

    payload_format = payload.get("format")
    if payload and payload_format not in PAYLOAD_FORMATS:
        findings.append('%s: its payload has the format "%s", which this script does not know'
                        % (who, payload_format))
    # A version 2 payload names the key it was made with: the printed key must be that
    # one, or a forger could print a key of their own beside a payload they signed with it.
    key_matches = True
    if "public_key" in payload:
        key_matches = payload["public_key"] == base64.b64encode(signature.key).decode("ascii")
        if not key_matches:
            findings.append("%s: the printed key is not the key its payload names" % who)
    elif payload_format == "countersign-signature/2":
        key_matches = False
        findings.append("%s: its countersign-signature/2 payload names no public_key" % who)
    same_record = payload.get("record_id") == str(record_id)
    if payload and not same_record:
        findings.append('%s: its payload is for record "%s", the block for record %d'
                        % (who, payload.get("record_id"), record_id))

    def field(name):
        value = payload.get(name)
        return value if isinstance(value, str) and value else "?"

    line = "%s: %s, %s (%s), %s, signed at %s: %s" % (
        who, field("role"), field("login"), field("printed_name"), field("meaning"),
        field("signed_at"), "valid" if not findings else "INVALID")
    if signature.revoked:
        line += ", revoked"
    return line, findings, (payload if payload else None)


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog=PROGRAM,
        description="Check the Ed25519 signatures printed in a Countersign record PDF's evidence "
                    "block, from the document's text alone (docs/VERIFYING.md).",
        epilog="Exit status: 0 every signature holds; 3 something does not hold; 2 bad usage; "
               "1 the file cannot be read or holds no evidence block.")
    parser.add_argument("file", metavar="FILE", help="the PDF (read with pdftotext -layout)")
    parser.add_argument("--text", action="store_true",
                        help="FILE is the document's text already (pdftotext's output), not a PDF")
    parser.add_argument("--payloads", action="store_true",
                        help="also print each signature's payload as JSON (the content digest, "
                             "the meaning, the chain head it pinned)")
    return parser.parse_args(argv)


def main(argv):
    arguments = parse_arguments(argv)
    try:
        import nacl.exceptions
        import nacl.signing
    except ImportError:
        print("%s: PyNaCl is missing: install python3-nacl (Debian package python3-nacl)" % PROGRAM,
              file=sys.stderr)
        return EXIT_CANNOT_READ

    path = arguments.file
    try:
        text = text_file(path) if arguments.text else pdf_text(path)
        evidence = read_evidence(text)
    except CannotRead as problem:
        print("%s: %s: %s" % (PROGRAM, path, problem), file=sys.stderr)
        return EXIT_CANNOT_READ
    except DamagedBlock as problem:
        print("FAILED: %s: %s" % (path, problem))
        print("PDF evidence NOT intact: %s" % path)
        return EXIT_NOT_INTACT

    findings = []
    for signature in evidence.signatures:
        line, found, payload = check_signature(signature, evidence.record_id, nacl)
        print(line)
        if arguments.payloads and payload is not None:
            print("    " + json.dumps(payload, ensure_ascii=False, sort_keys=True))
        findings += found
    for finding in findings:
        print("FAILED: %s" % finding)

    count = len(evidence.signatures)
    revoked = sum(1 for s in evidence.signatures if s.revoked)
    signatures = "1 signature" if count == 1 else "%d signatures" % count
    if revoked:
        signatures += " (%d revoked)" % revoked
    print("%s: record %d, %s, chain head seq %d hash %s, checked from the PDF's text alone" % (
        "PDF evidence NOT intact" if findings else "PDF evidence intact",
        evidence.record_id, signatures, evidence.head_seq, evidence.head_hash))
    return EXIT_NOT_INTACT if findings else EXIT_OK


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
