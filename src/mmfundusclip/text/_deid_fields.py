"""Identifiers placed by the structure of an export rather than by the words around them.

Part of the de-identifier (:mod:`mmfundusclip.text.deid`): a cell under a "surname" heading, an HL7
PID-5 field or a FHIR ``"family"`` value is a name even when it is also a word or a town, so these
spans are painted before what values look like (``FIELD_PRIORITY``, after e-mail, URL and IP
only). Also the OCR re-read of scanned text (``ocr_digits``). Each function takes the text and the
de-identifier's ``add(kind, start, end, priority)`` callback.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["FIELD_PRIORITY", "ISO_DATETIME", "hl7_fields", "json_fields", "ocr_digits", "table_columns"]

Add = Callable[..., None]

# What a table heading, an HL7 field or a JSON key says a value is beats what the value looks like (a given name
# that is also a town: "Kemi" under "forename"); only e-mail, URL and IP addresses come first.
FIELD_PRIORITY = 2.5


# HL7 v2 segments (a line starting with a three-character segment id and "|") and what their fields hold, by field
# number as the standard counts them. CX: id^^^authority^type; XPN: family^given^middle; XCN: id^family^given;
# XAD: street^other^city^state^zip^country; XTN and TS: the whole first component.
_HL7_SEGMENT = re.compile(r"[A-Z][A-Z0-9]{2}\|")
_HL7_FIELDS: dict[tuple[str, int], str] = {
    ("PID", 2): "CX", ("PID", 3): "CX", ("PID", 4): "CX", ("PID", 5): "XPN", ("PID", 6): "XPN", ("PID", 7): "TS",
    ("PID", 9): "XPN", ("PID", 11): "XAD", ("PID", 13): "XTN", ("PID", 14): "XTN", ("PID", 18): "ACCOUNT",
    ("PID", 19): "CX", ("PID", 20): "LICENSE", ("PID", 29): "TS", ("NK1", 2): "XPN", ("NK1", 4): "XAD",
    ("NK1", 5): "XTN", ("NK1", 6): "XTN", ("PV1", 7): "XCN", ("PV1", 8): "XCN", ("PV1", 9): "XCN",
    ("PV1", 17): "XCN", ("PV1", 19): "ACCOUNT", ("ORC", 10): "XCN", ("ORC", 11): "XCN", ("ORC", 12): "XCN",
    ("OBR", 16): "XCN", ("OBR", 28): "XCN", ("OBR", 32): "XCN", ("OBR", 34): "XCN", ("IN1", 16): "XPN",
    ("IN1", 18): "TS", ("IN1", 19): "XAD", ("IN1", 36): "INSURANCE", ("IN1", 49): "INSURANCE", ("GT1", 3): "XPN",
    ("GT1", 5): "XAD", ("GT1", 6): "XTN", ("GT1", 7): "XTN",
}  # fmt: skip
_HL7_TS = re.compile(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?:\d{2,6}(?:\.\d+)?)?(?:[+-]\d{4})?")


def hl7_fields(text: str, add: Add) -> None:
    """Identifiers in HL7 v2 messages by their field: patient ids, names, birth dates, addresses, phones,
    doctors (id and name), insurance numbers; and every timestamp of a day or finer in any field."""
    pos = 0
    for line in text.replace("\r", "\n").split("\n"):
        start, pos = pos, pos + len(line) + 1
        if not _HL7_SEGMENT.match(line):
            continue
        seg, offs = line[:3], [0]
        offs += [i + 1 for i, ch in enumerate(line) if ch == "|"]
        fields = [(offs[k], (offs[k + 1] - 1) if k + 1 < len(offs) else len(line)) for k in range(len(offs))]
        for k, (fs, fe) in enumerate(fields):
            n = k + 1 if seg == "MSH" else k  # MSH-1 is the field separator itself
            if k == 0 or fs >= fe:
                continue
            typ = _HL7_FIELDS.get((seg, n))
            if typ is None and seg == "IN1" and n >= 5:
                typ = "INSURANCE"  # senders place policy and member numbers in various IN1 fields
            rep = fs
            for r in line[fs:fe].split("~"):
                comps, c0 = [], rep
                for c in r.split("^"):
                    comps.append((start + c0, start + c0 + len(c)))
                    c0 += len(c) + 1
                rep += len(r) + 1
                _hl7_value(line, start, typ, comps, add)


def _hl7_value(line: str, start: int, typ: str | None, comps: list[tuple[int, int]], add: Add) -> None:
    def val(i: int) -> str:
        return line[comps[i][0] - start : comps[i][1] - start] if i < len(comps) else ""

    def span(kind: str, first: int, last: int) -> None:
        idx = [i for i in range(first, min(last, len(comps) - 1) + 1) if val(i)]
        if idx:
            add(kind, comps[idx[0]][0], comps[idx[-1]][1], FIELD_PRIORITY)

    v0 = val(0)
    if _HL7_TS.fullmatch(v0):
        add("DATE", *comps[0], FIELD_PRIORITY)
        return
    if typ in ("CX", "ACCOUNT", "LICENSE", "INSURANCE"):
        if sum(ch.isdigit() for ch in v0) >= 3 and len(v0) >= 5:
            add("MRN" if typ == "CX" else typ, *comps[0], FIELD_PRIORITY)
    elif typ == "XPN":
        span("NAME", 0, 2)
    elif typ == "XCN":
        if sum(ch.isdigit() for ch in v0) >= 3:
            add("LICENSE", *comps[0], FIELD_PRIORITY)
        span("NAME", 1, 3)
    elif typ == "XAD":
        span("ADDRESS", 0, 1)
        span("ADDRESS", 2, 2)
        if any(ch.isdigit() for ch in val(4)):
            add("ZIP", *comps[4], FIELD_PRIORITY)
    elif typ == "XTN" and sum(ch.isdigit() for ch in line[comps[0][0] - start : comps[-1][1] - start]) >= 7:
        add("PHONE", comps[0][0], comps[-1][1], FIELD_PRIORITY)
    elif typ == "TS" and any(ch.isdigit() for ch in v0):
        add("DATE", *comps[0], FIELD_PRIORITY)


# FHIR and other JSON exports: identifiers by their key. A string value, or a list of them, after the key.
_JSON_STR = r'"(?:[^"\\\n]|\\.){1,80}"'
_JSON_KEYED = re.compile(
    rf'"(?P<key>family|given|text|line|city|district|postalCode|birthDate|deceasedDateTime|display)"[ \t]*:[ \t]*'
    rf"(?P<val>{_JSON_STR}|\[[ \t\n]*{_JSON_STR}(?:[ \t\n]*,[ \t\n]*{_JSON_STR})*[ \t\n]*\])"
)
_JSON_REF = re.compile(
    r'"reference"[ \t]*:[ \t]*"(?P<res>Patient|Practitioner|RelatedPerson|Person)/(?P<id>[^"/\s]{3,64})"'
)
_JSON_VALUE = re.compile(r'"value"[ \t]*:[ \t]*"(?P<v>[^"\n]{3,64})"')
_JSON_ID_BEFORE = re.compile(r'"(?:identifier|system|type)"')
_JSON_INSURANCE = re.compile(r"(?i:medicare|medicaid|insurance|insurer|member|policy|coverage|health[ \-]?card)")
_JSON_PHONE = re.compile(r'"system"[ \t]*:[ \t]*"(?:phone|fax|sms)"')
# An ISO 8601 date and time ("2026-12-08T13:30:00-05:00"): one date.
ISO_DATETIME = re.compile(
    r"(?<![\w\-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?(?![\w:])"
)


def json_fields(text: str, add: Add) -> None:
    """Identifiers in JSON exports (FHIR resources): names ("family", "given", the "display" of a reference to a
    person), addresses ("line", "city", "postalCode"), birth dates, the ids in references to a patient or
    practitioner, and identifier or telecom "value"s (MRN, insurance or phone by what the object says)."""
    for m in _JSON_KEYED.finditer(text):
        key = m.group("key")
        if key == "text" and not re.search(
            r'"name"[ \t]*:[ \t]*\[?[ \t\n]*\{[^{}]*$', text[max(0, m.start() - 200) : m.start()]
        ):
            continue  # "text" is a name only inside a "name" object
        if key == "display" and not _JSON_REF.search(text, max(0, m.start() - 120), m.start()):
            continue  # a display string of a code ("Intravitreal injection") is no name
        kind = {"line": "ADDRESS", "city": "ADDRESS", "district": "ADDRESS", "postalCode": "ZIP"}.get(key)
        kind = kind or ("DATE" if key in ("birthDate", "deceasedDateTime") else "NAME")
        for v in re.finditer(_JSON_STR, m.group("val")):
            s, e = m.start("val") + v.start() + 1, m.start("val") + v.end() - 1
            if kind == "NAME" and any(ch.isdigit() for ch in text[s:e]):
                continue
            add(kind, s, e, FIELD_PRIORITY)
    for m in _JSON_REF.finditer(text):
        v = m.group("id")
        if any(ch.isdigit() for ch in v):
            add(
                "LICENSE" if m.group("res") == "Practitioner" and v.isdigit() else "MRN",
                m.start("id"),
                m.end("id"),
                FIELD_PRIORITY,
            )
    for m in _JSON_VALUE.finditer(text):
        v = m.group("v")
        if sum(ch.isdigit() for ch in v) < 3 or re.fullmatch(r"\d+(?:\.\d+){2,3}", v):
            continue  # a version ("6.16.8.0"), not an identifier
        before = text[max(0, m.start() - 160) : m.start()]
        if _JSON_PHONE.search(before[-80:]):
            add("PHONE", m.start("v"), m.end("v"), FIELD_PRIORITY)
        elif _JSON_ID_BEFORE.search(before):
            obj = before[before.rfind("{") :] if "{" in before else before
            kind = "INSURANCE" if _JSON_INSURANCE.search(obj) else "MRN"
            add(kind, m.start("v"), m.end("v"), FIELD_PRIORITY)


# Column headings of exported tables and the kind of identifier their cells hold (headings are lower-cased, with
# "_" and "." read as blanks). A heading row has no digits; its cells are short.
_COLUMN_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(rx))
    for kind, rx in (
        (
            "NAME",
            r"(?:patient|pt|client|full|first|last|given|family|sur|fore|maiden|middle|baby|mother|father|nok"
            r"|next of kin|contact|carer|guardian)? ?names?|surname|forenames?|given|first|last|family|initials"
            r"|baby|mother|father|nok|next of kin|(?:seen|checked|reviewed|performed|done|graded|entered|exported"
            r"|injected|booked|triaged) ?by|user ?(?:name|id)?|login|operator|clinician|surgeon|grader|technician"
            r"|photographer|reviewer|author|prescriber|injector|optometrist|consultant",
        ),
        (
            "MRN",
            r"(?:hosp(?:ital)?|patient|pt|client|case|chart|folder|file|record|medical record|mr|ur|urn|uhid|nhi|nhs"
            r"|chi|hrn|mrn|crn|reg(?:istration)?|ip|op|study|subject|participant) ?(?:no|num|number|#|id)?"
            r"|patientid|hospno|hosp no|id",
        ),
        ("ADDRESS", r"(?:home |postal |street )?address|street|city|town|suburb|village|community|locality|residence"),
        ("ZIP", r"zip(?: ?code)?|post ?code|postal code|pin ?(?:code)?"),
        (
            "DATE",
            r"dob|d o b|date of birth|birth ?date|born|(?:svc|service|visit|appt|admission|discharge|exam) ?date|date",
        ),
        (
            "PHONE",
            r"(?:home |mobile |contact )?(?:phone|tel|telephone)(?: ?(?:no|number))?|mobile|cell|contact (?:no|number)",
        ),
        (
            "INSURANCE",
            r"medicare(?: ?(?:no|number))?|medicaid|med ?aid ?(?:no|number)?|medaidno|insurance(?: ?(?:no|id))?"
            r"|policy(?: ?(?:no|number))?|member(?:ship)? ?(?:no|id|number)?|hcn|health ?(?:card|no|number)(?: ?(?:no|number))?"
            r"|ohip|phn",
        ),
        ("EMAIL", r"e-?mail"),
        ("ACCOUNT", r"claim(?: ?(?:no|number|id))?|invoice(?: ?(?:no|number))?|account(?: ?(?:no|number))?|acct"),
    )
)
# A service account in a user column ("svc_backup", "system", "batch_job"): no person.
_SERVICE_ACCOUNT = re.compile(
    r"(?i:svc|sys|system|service|batch|cron|admin|root|backup|job|auto|interface)(?:[_.\-]\w+)*|\w+_(?:svc|job|backup|batch)"
)
_HEAD_CELL = re.compile(r"[A-Za-z][A-Za-z _./#()-]{0,30}")


def table_columns(text: str, add: Add, stop: frozenset[str] = frozenset()) -> None:
    """Cells under identifier headings in exported tables: tab, pipe, semicolon or comma separated, cells perhaps
    in double quotes ("hosp_no,surname,forename,eye,drug", "Surname<TAB>Given<TAB>Suburb", "| Hosp No | Name |").
    The heading says what a cell is, so a cell of a NAME column is a name even when it is also a word ("Joy",
    "Robin", "Reading, Martin"); number kinds need three digits."""
    lines = text.split("\n")
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    k = 0
    while k < len(lines):
        line = lines[k]
        sep = next((c for c in ("\t", "|", ";", ",") if line.count(c) >= (2 if c in "\t|" else 2)), None)
        cols = _heading(line, sep) if sep else None
        if not cols:
            k += 1
            continue
        width = len(_cells(line, sep))
        k += 1
        while k < len(lines) and lines[k].count(sep) >= 1:
            cells = _cells(lines[k], sep)
            if abs(len(cells) - width) > (0 if sep in ",;" else 1):
                break
            for col, kind in cols.items():
                if col >= len(cells):
                    continue
                cs, ce = cells[col]
                v = lines[k][cs:ce]
                if kind == "NAME":
                    ok = any(c.isalpha() for c in v) and not any(c.isdigit() for c in v) and v.lower() not in stop
                    ok = ok and not _SERVICE_ACCOUNT.fullmatch(v)
                elif kind in ("ADDRESS", "EMAIL"):
                    ok = any(c.isalpha() for c in v)
                elif kind in ("ZIP", "DATE"):
                    ok = any(c.isdigit() for c in v)
                else:
                    ok = sum(c.isdigit() for c in v) >= 3
                if ok:
                    add(kind, starts[k] + cs, starts[k] + ce, FIELD_PRIORITY)
            k += 1


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """Offsets of the stripped, unquoted cells of a table row (a separator inside double quotes is text)."""
    bounds, quoted, start = [], False, 0
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            bounds.append((start, i))
            start = i + 1
    bounds.append((start, len(line)))
    out = []
    for s, e in bounds:
        while s < e and line[s] in " \t\"'":
            s += 1
        while e > s and line[e - 1] in " \t\"'":
            e -= 1
        out.append((s, e))
    return out


def _heading(line: str, sep: str) -> dict[int, str] | None:
    """Column index -> kind for a heading row (no digits, short cells, at least one identifier heading)."""
    if any(c.isdigit() for c in line):
        return None
    cells = [line[s:e] for s, e in _cells(line, sep)]
    named = [c for c in cells if c]
    if len(named) < (2 if sep in "\t|" else 3) or not all(_HEAD_CELL.fullmatch(c) for c in named):
        return None
    cols = {}
    for i, c in enumerate(cells):
        h = re.sub(r"[ _.]+", " ", c.lower()).strip()
        kind = next((kind for kind, rx in _COLUMN_KINDS if rx.fullmatch(h)), None)
        if kind:
            cols[i] = kind
    return cols or None


# OCR reads 0 as O and 1 as l or I inside numbers. A run of digits and such letters with at least two digits
# and no other letter next to it is read with the digits restored (same length, so spans map one to one).
_OCR_RUN = re.compile(
    r"(?<![A-Za-z])(?=[0-9OolI/.\-]*\d[0-9OolI/.\-]*\d)(?=[0-9OolI/.\-]*[OolI])[0-9OolI](?:[0-9OolI/.\-]*[0-9OolI])?"
    r"(?![A-Za-z])"
)
_OCR_GATE = re.compile(r"\d[/.\-]?[OolI]|[OolI][/.\-]?\d")
_OCR_TABLE = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1"})


def ocr_digits(text: str) -> str:
    """``text`` with O/o read as 0 and l/I as 1 inside number-like runs ("O2/O8/l935" -> "02/08/1935")."""
    if not _OCR_GATE.search(text):
        return text
    return _OCR_RUN.sub(lambda m: m.group().translate(_OCR_TABLE), text)
