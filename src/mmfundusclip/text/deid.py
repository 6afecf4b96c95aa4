"""De-identification of clinical notes: find the HIPAA Safe Harbor identifiers and replace them.

Every note is de-identified before any other stage (caption writer, LLM, validator, model card) sees
it. :class:`Deidentifier` finds identifier spans of the kinds in :data:`KINDS` and replaces each with
a typed placeholder (``[NAME]``, ``[DATE]``, ...); :class:`Redacted` carries the new text and a count
per kind, never the values.

Why our own recognizers and no library (measured by a colleague, see the issue): presidio-analyzer
with its offline ``NoOpNlpEngine`` missed names, street addresses, city/state/ZIP and ages over 89
on a sample note and scored the record number at 0.01; its e-mail recognizer reaches for the
network through ``tldextract`` on first use, and it pulls in spaCy. spaCy's English NER models are
not on PyPI from their authors and philter-lite needs NLTK data that is not on PyPI either. A
phone-number library (``phonenumbers``) validates numbers against real numbering plans, so it
rejects the fictitious 555 numbers of our synthetic records and any mistyped number, where a
de-identifier must over-remove. So this module is pure standard library: precompiled regular
expressions for the structured kinds, and for names a set of rules without an NER model:

* context cues: titles (``Dr``, ``Mrs``, ...), labels (``Patient:``, ``Name:``, ``seen by``,
  ``signed``, ``cc:``, ``Dear``), relatives (``her daughter``), degrees after a name (``, MD``;
  ``OD`` only after a comma or dotted, since ``OD`` is also the right eye), a name at the start of a
  sentence followed by ``is a``/``presents``/...;
* a lexicon of given names and surnames (1990 US Census, public domain; :mod:`._name_lexicon`; and Faker's
  86 locales, :mod:`._name_lexicon_intl`) for a given name followed by a capitalised word, a capitalised word
  followed by a surname, or a given name alone (neither lexicon holds lower-case English words);
* weak names, also English words ("John", "Smith", "Grace", "Hill"; a curated list in :mod:`._name_lexicon`):
  a capitalised given + surname pair mid-sentence or before a verb, or one after a cue; lower-case
  lexicon names after "pt", a relative or a title ("pt john smith");
* names the lexicon does not know, by their shape and context: an unknown capitalised pair opening a sentence
  before a verb of a person ("Tom Bird will drive her home", "X Y reports"), or after a common cue word and
  ending there ("Letter from X Y enclosed"), unless a word is an organisation's or has a disease/drug suffix;
  two or three lower-case words after "pt" or a relative that are not ordinary words of a note ("pt x y seen");
  a capitalised stop word as a surname after a title or a given name ("Dr. Street", "Bob Street"), and lexicon
  names that are stop words ("Jun", "June", "Will") before a name;
* initials as a name or signature: after a title or "by"/"signed" ("Dr JS", "seen by J.S."), or closing a line
  ("/JS", "-- JS", "JS/ab"), unless they spell an eye abbreviation, a test or a service ("by OCT", "by GP");
* propagation: every token of a name found once in a note is removed wherever else it occurs;
* ``extra_names``: names the caller knows (a patient-name column) are removed anywhere.

Notes of other layouts and countries: staff after a role ("RN Chidi Eze", "Ade (HCA)", "L. Fairbairn, Orthoptist"),
e-mail greetings and sign-offs ("Hi Tom,", "Thanks, Priyanka"), initials after a role or in a typist reference
("injector MB", "(PKR/sh)"), cells under a person column of a tab or pipe table, "09:15 Szabo K" clinic lists, form
fields ("Forename(s):"), CJK names in brackets or a name field, Indian honorifics as titles (Smt., Shri, Mast., Kum.);
one capitalised word opening a sentence only before a verb that a person does ("Olusegun explained", "Amber has been
using"). Places: Irish counties and Eircodes, Australian state + postcode, Indian PIN codes and "Village"/"Dist."
units, streets in capitals, "Unit 5/28 Beach Rd", "Town:" fields, a titled person's town ("Mr Tan from X", "Dr Y,
Footscray, ph ..."), a described person's town ("a farmer from X"). Numbers by their label in other countries
(DVA, Medibank, OHIP, BC PHN, Ayushman Bharat, UHID, H&C, KMC, CPSO, Irish Medical Council, a DVLA driver number,
an Irish registration); ages 90-130 after "Mr X, 94," / "is 96" / "At 95 Mrs" / "92 yrs". "Follow-up 4/12" (n/7,
n/12 after f/u, next, due) is an interval, not a date.

Places without a state or postcode are taken after a residence cue ("lives in Ashby", "moved from Tralee",
"originally from ..."), never a country, a state, a ward or an acronym; and towns of 5000 people or more
(GeoNames, :mod:`._place_lexicon`) anywhere, with a postcode beside them in other countries' layouts. Numbers of
five digits or more after any number word ("Nr.", "No.", "card") or an unknown register's acronym ("PESEL",
"CPR") are record numbers when no specific rule claims them (code systems and trial numbers excepted). Licence and certificate numbers
(``LICENSE``: "driver's license", "DL#", "certificate no.", "GMC number") and vehicle identifiers (``VEHICLE``:
"reg"/"registration"/"plate" and a plate in capitals, or a 17-character VIN) are the Safe Harbor identifiers
#11 and #12.

Clinical capitalised words are guarded by a stop list (headings, anatomy, tests, drugs) and by a
list of eponyms in their clinical phrases ("Roth spots", "Marcus Gunn pupil", "Humphrey 24-2"),
which only a title can override ("Dr. Roth" is a person). Overlapping candidates are resolved by
kind priority (e-mail over URL, ZIP over address, any structured kind over a name), the lower one
keeping only its uncovered pieces.

No network, no model, no data download: the default instance is built once and reused (the
lexicon loads in about 20 ms on first use); ``find`` takes 2-3 ms on an 800-character note on one
CPU core (``bench/deid_eval.py`` measured 290-440 notes/s on a shared 2-core machine).
"""

from __future__ import annotations

import ipaddress
import re
import threading
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from ._deid_fields import ISO_DATETIME, hl7_fields, json_fields, ocr_digits, table_columns

__all__ = ["KINDS", "Deidentifier", "Redacted", "Span", "deidentify"]

KINDS: tuple[str, ...] = (
    "NAME",
    "DATE",
    "AGE",
    "PHONE",
    "FAX",
    "EMAIL",
    "MRN",
    "ACCOUNT",
    "INSURANCE",
    "ADDRESS",
    "ZIP",
    "URL",
    "IP",
    "DEVICE",
    "LICENSE",
    "VEHICLE",
)

# Resolution order of overlapping candidates: a lower number is painted first and keeps its span.
# Structured kinds with unambiguous syntax go first; names last, because a name rule can fire on a
# capitalised word that a structured rule explains better (the city of "Austin, TX 78701").
_PRIORITY: dict[str, int] = {
    "EMAIL": 0,
    "URL": 1,
    "IP": 2,
    "DATE": 3,
    "DEVICE": 4,
    "LICENSE": 4,
    "VEHICLE": 4,
    "INSURANCE": 5,
    "ACCOUNT": 5,
    "MRN": 5,
    "PHONE": 6,
    "FAX": 6,
    "AGE": 7,
    "ZIP": 8,
    "ADDRESS": 9,
    "NAME": 10,
}
_GENERIC_ID_PRIORITY = 11  # the catch-all long number yields to everything
_LABELLED_ID_PRIORITY = 10  # a number after a number word or an unknown register's acronym yields to the known kinds

_PLACEHOLDER = re.compile(r"\[(?:" + "|".join(KINDS) + r")\]")
_WORD = re.compile(r"[^\W\d_]+")


def _split_words(text: str) -> list[str]:
    """The blank-separated words of ``text`` (word lists written as one string)."""
    return text.split()


def _first_words(*sources: str) -> frozenset[str]:
    """Every lower-case word written in regex sources: a superset of the words a match can start with.

    Used to gate slow case-insensitive alternations: they are tried only where such a word starts,
    which makes a 600-character note about ten times faster than scanning every position.
    """
    return frozenset(w.lower() for src in sources for w in re.findall(r"[A-Za-zÀ-ÿ]+", src))


def _gated(rx: re.Pattern[str], first: frozenset[str], text: str, words: dict[str, list[int]]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``rx`` that start where a word of ``first`` starts.

    ``words`` maps each lower-case word of ``text`` to its start offsets.
    """
    out: list[re.Match[str]] = []
    end = -1
    for pos in sorted(p for w in first.intersection(words) for p in words[w]):
        if pos >= end:
            m = rx.match(text, pos)
            if m:
                out.append(m)
                end = m.end()
    return out


@dataclass(frozen=True)
class Span:
    """One identifier: its kind and character offsets ``[start, end)`` into the input text."""

    kind: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"Span kind {self.kind!r} is not one of {', '.join(KINDS)}")
        if not 0 <= self.start < self.end:
            raise ValueError(f"Span offsets must satisfy 0 <= start < end, got start={self.start} end={self.end}")


@dataclass(frozen=True)
class Redacted:
    """A de-identified text and how many identifiers of each kind were removed (never the values)."""

    text: str
    kinds: Counter[str]


# --------------------------------------------------------------------------------------------------
# Character classes. Python's ``re`` has no \p{Lu}; build the Latin-1 + Latin Extended-A/B letters.
_LATIN = (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))  # Latin-1 to Extended-B, and Extended Additional (Vietnamese)
_UP = "A-Z" + "".join(c for c in map(chr, _LATIN) if c.isupper() and c.isalpha())
_LOW = "a-z" + "".join(c for c in map(chr, _LATIN) if c.islower() and c.isalpha())
_NAMEPART = rf"[{_UP}](?:[{_LOW}]+(?:[{_UP}][{_LOW}]+|[{_UP}]{{2,}})?|[{_UP}]+)?"  # Smith, McDonald, MacLEOD, SMITH, J
_TOKEN = re.compile(
    rf"(?<![\w\[@/])(?:(?:O|D|L|d|l)['’])?{_NAMEPART}(?:[-‐](?:{_NAMEPART}|[{_LOW}]+))*(?:['’][{_UP}][{_LOW}]+)?(?![\w@]|['’]?\])"
)
# Lower-case particles allowed inside a name ("Ludwig van Beethoven", "Maria de la Cruz").
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "del",
        "della",
        "di",
        "da",
        "dos",
        "das",
        "du",
        "le",
        "la",
        "el",
        "al",
        "bin",
        "ben",
        "ibn",
        "ter",
        "ten",
        "y",
        "zu",
        "ní",
        "nic",
        "mac",
        "st",
        "st.",
    ]
)

# --------------------------------------------------------------------------------------------------
# Words that are capitalised in clinical notes and are not names (compared in lower case). A name
# rule stops at (or rejects) such a word. Eponyms that are also surnames (Weiss, Wilson, Gunn) are
# deliberately absent: they are guarded by their clinical phrases in _PROTECTED instead.
_STOP = frozenset(
    [
        "mdm",
        "encik",
        "puan",
        "smt",
        "shri",
        "shrimati",
        "kumari",
        "thiru",
        "tmt",
        "kum",
        "mast",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "per",
        "via",
        "as",
        "if",
        "than",
        "then",
        "so",
        "no",
        "not",
        "yes",
        "none",
        "nil",
        "is",
        "was",
        "are",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "shall",
        "should",
        "may",
        "might",
        "can",
        "could",
        "must",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "it",
        "his",
        "her",
        "their",
        "our",
        "your",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "who",
        "whom",
        "which",
        "what",
        "when",
        "where",
        "why",
        "how",
        "all",
        "any",
        "some",
        "each",
        "every",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "such",
        "colleague",
        "colleagues",
        "madam",
        "sirs",
        "mr",
        "mrs",
        "ms",
        "miss",
        "mx",
        "dr",
        "drs",
        "prof",
        "professor",
        "doctor",
        "sir",
        "dame",
        "rev",
        "nurse",
        "sister",
        "patient",
        "patients",
        "pt",
        "pts",
        "name",
        "names",
        "surname",
        "family",
        "given",
        "first",
        "last",
        "full",
        "middle",
        "initial",
        "initials",
        "date",
        "dob",
        "dos",
        "age",
        "aged",
        "sex",
        "gender",
        "male",
        "female",
        "man",
        "woman",
        "boy",
        "girl",
        "gentleman",
        "lady",
        "child",
        "adult",
        "mrn",
        "id",
        "no",
        "number",
        "acct",
        "account",
        "policy",
        "member",
        "insurance",
        "plan",
        "group",
        "medicare",
        "medicaid",
        "ssn",
        "nhs",
        "phone",
        "tel",
        "telephone",
        "fax",
        "cell",
        "mobile",
        "pager",
        "email",
        "e-mail",
        "address",
        "street",
        "city",
        "state",
        "zip",
        "postcode",
        "md",
        "do",
        "od",
        "os",
        "ou",
        "phd",
        "mbbs",
        "mbchb",
        "frcs",
        "frcophth",
        "facs",
        "rn",
        "np",
        "pa",
        "pa-c",
        "coa",
        "cot",
        "comt",
        "cra",
        "mph",
        "msc",
        "bsc",
        "dphil",
        "right",
        "left",
        "both",
        "bilateral",
        "bilaterally",
        "eye",
        "eyes",
        "re",
        "le",
        "be",
        "od/os",
        "fellow",
        "history",
        "hx",
        "hpi",
        "cc",
        "chief",
        "complaint",
        "present",
        "presenting",
        "illness",
        "past",
        "medical",
        "surgical",
        "ocular",
        "social",
        "family",
        "medications",
        "medication",
        "meds",
        "allergies",
        "allergy",
        "nkda",
        "review",
        "systems",
        "ros",
        "exam",
        "examination",
        "assessment",
        "plan",
        "impression",
        "impressions",
        "diagnosis",
        "diagnoses",
        "dx",
        "differential",
        "findings",
        "finding",
        "result",
        "results",
        "report",
        "reports",
        "note",
        "notes",
        "letter",
        "referral",
        "reason",
        "summary",
        "conclusion",
        "conclusions",
        "comment",
        "comments",
        "recommendation",
        "recommendations",
        "procedure",
        "procedures",
        "technique",
        "indication",
        "indications",
        "consent",
        "discussion",
        "follow-up",
        "followup",
        "follow",
        "return",
        "recall",
        "rtc",
        "next",
        "visit",
        "visits",
        "clinic",
        "department",
        "service",
        "unit",
        "hospital",
        "center",
        "centre",
        "institute",
        "university",
        "school",
        "college",
        "ophthalmology",
        "optometry",
        "retina",
        "retinal",
        "glaucoma",
        "cornea",
        "corneal",
        "cataract",
        "uveitis",
        "neuro-ophthalmology",
        "oculoplastics",
        "pediatric",
        "paediatric",
        "emergency",
        "general",
        "medicine",
        "internal",
        "primary",
        "care",
        "vision",
        "visual",
        "acuity",
        "va",
        "bcva",
        "ucva",
        "ph",
        "pinhole",
        "iop",
        "tonometry",
        "pressure",
        "pupils",
        "pupil",
        "rapd",
        "apd",
        "anterior",
        "posterior",
        "segment",
        "chamber",
        "lens",
        "iris",
        "conjunctiva",
        "sclera",
        "lids",
        "lid",
        "lashes",
        "adnexa",
        "fundus",
        "fundi",
        "disc",
        "discs",
        "optic",
        "nerve",
        "cup",
        "macula",
        "macular",
        "fovea",
        "foveal",
        "vessels",
        "vessel",
        "periphery",
        "peripheral",
        "vitreous",
        "choroid",
        "choroidal",
        "retinal",
        "pigment",
        "epithelium",
        "rpe",
        "nfl",
        "rnfl",
        "gcl",
        "oct",
        "octa",
        "fa",
        "ffa",
        "icg",
        "icga",
        "faf",
        "af",
        "cfp",
        "uwf",
        "sd-oct",
        "ss-oct",
        "b-scan",
        "a-scan",
        "ultrasound",
        "photo",
        "photos",
        "photograph",
        "photographs",
        "photography",
        "image",
        "images",
        "imaging",
        "scan",
        "scans",
        "angiography",
        "angiogram",
        "fluorescein",
        "indocyanine",
        "autofluorescence",
        "fundoscopy",
        "ophthalmoscopy",
        "biomicroscopy",
        "gonioscopy",
        "perimetry",
        "field",
        "fields",
        "visual-field",
        "hvf",
        "sita",
        "standard",
        "fast",
        "normal",
        "abnormal",
        "unremarkable",
        "stable",
        "improved",
        "improving",
        "worse",
        "worsening",
        "unchanged",
        "new",
        "old",
        "mild",
        "moderate",
        "severe",
        "proliferative",
        "nonproliferative",
        "non-proliferative",
        "npdr",
        "pdr",
        "dme",
        "csme",
        "cme",
        "dry",
        "wet",
        "exudative",
        "nonexudative",
        "neovascular",
        "geographic",
        "atrophy",
        "drusen",
        "edema",
        "oedema",
        "haemorrhage",
        "hemorrhage",
        "hemorrhages",
        "haemorrhages",
        "exudate",
        "exudates",
        "microaneurysms",
        "cotton",
        "wool",
        "spots",
        "spot",
        "detachment",
        "tear",
        "hole",
        "membrane",
        "erm",
        "vmt",
        "cnv",
        "cnvm",
        "rvo",
        "brvo",
        "crvo",
        "rao",
        "brao",
        "crao",
        "amd",
        "armd",
        "dr",
        "rd",
        "diabetes",
        "diabetic",
        "diabetes-mellitus",
        "type",
        "grade",
        "stage",
        "level",
        "class",
        "category",
        "score",
        "hypertension",
        "hypertensive",
        "hyperlipidemia",
        "asthma",
        "copd",
        "ckd",
        "cad",
        "chf",
        "afib",
        "htn",
        "dm",
        "dm2",
        "t2dm",
        "t1dm",
        "treatment",
        "therapy",
        "injection",
        "injections",
        "intravitreal",
        "laser",
        "prp",
        "focal",
        "grid",
        "vitrectomy",
        "ppv",
        "surgery",
        "surgical",
        "operation",
        "postop",
        "post-op",
        "preop",
        "pre-op",
        "anesthesia",
        "topical",
        "drops",
        "gtt",
        "anti-vegf",
        "vegf",
        "steroid",
        "steroids",
        "dose",
        "dosing",
        "mg",
        "ml",
        "mmhg",
        "um",
        "µm",
        "micron",
        "microns",
        "aflibercept",
        "ranibizumab",
        "bevacizumab",
        "faricimab",
        "brolucizumab",
        "pegcetacoplan",
        "avacincaptad",
        "avastin",
        "lucentis",
        "eylea",
        "vabysmo",
        "beovu",
        "ozurdex",
        "iluvien",
        "yutiq",
        "retisert",
        "jetrea",
        "luxturna",
        "syfovre",
        "izervay",
        "susvimo",
        "byooviz",
        "cimerli",
        "pavblu",
        "kenalog",
        "triesence",
        "xalatan",
        "lumigan",
        "travatan",
        "zioptan",
        "vyzulta",
        "rhopressa",
        "rocklatan",
        "alphagan",
        "combigan",
        "cosopt",
        "azopt",
        "trusopt",
        "simbrinza",
        "timoptic",
        "diamox",
        "pred",
        "forte",
        "durezol",
        "lotemax",
        "maxitrol",
        "tobradex",
        "vigamox",
        "zymaxid",
        "ocuflox",
        "restasis",
        "xiidra",
        "cequa",
        "systane",
        "refresh",
        "muro",
        "atropine",
        "cyclogyl",
        "mydriacyl",
        "tropicamide",
        "phenylephrine",
        "paremyd",
        "alcaine",
        "plaquenil",
        "hydroxychloroquine",
        "humira",
        "metformin",
        "insulin",
        "lantus",
        "ozempic",
        "jardiance",
        "eliquis",
        "xarelto",
        "coumadin",
        "warfarin",
        "aspirin",
        "lipitor",
        "atorvastatin",
        "norvasc",
        "lisinopril",
        "prednisone",
        "latanoprost",
        "timolol",
        "brimonidine",
        "dorzolamide",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "today",
        "tomorrow",
        "yesterday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "am",
        "pm",
        "noon",
        "morning",
        "afternoon",
        "evening",
        "night",
        "daily",
        "weekly",
        "monthly",
        "yearly",
        "annual",
        "annually",
        "dilated",
        "undilated",
        "dilation",
        "mydriasis",
        "fundus-photo",
        "colour",
        "color",
        "red",
        "free",
        "red-free",
        "quality",
        "good",
        "fair",
        "poor",
        "adequate",
        "gradable",
        "ungradable",
        "artifact",
        "artefact",
        "media",
        "opacity",
        "reading",
        "reader",
        "graded",
        "grader",
        "technician",
        "tech",
        "photographer",
        "imaging-center",
        "reports",
        "denies",
        "states",
        "presents",
        "presented",
        "complains",
        "notes",
        "noted",
        "describes",
        "returns",
        "returned",
        "seen",
        "examined",
        "reviewed",
        "discussed",
        "advised",
        "counselled",
        "counseled",
        "instructed",
        "educated",
        "agrees",
        "continue",
        "continued",
        "start",
        "started",
        "stop",
        "stopped",
        "increase",
        "decrease",
        "change",
        "changed",
        "refer",
        "referred",
        "signed",
        "electronically",
        "dictated",
        "transcribed",
        "attending",
        "resident",
        "fellow",
        "consultant",
        "physician",
        "provider",
        "surgeon",
        "optometrist",
        "ophthalmologist",
        "clinician",
        "practitioner",
        "specialist",
        "team",
        "staff",
        "dear",
        "sincerely",
        "regards",
        "thanks",
        "thank",
        "yours",
        "faithfully",
        "truly",
        "kind",
        "best",
        "warm",
        "cc",
        "re:",
        "subject",
        "education",
        "instructions",
        "handout",
        "portal",
        "record",
        "records",
        "chart",
        "charts",
        "file",
        "files",
        "page",
        "pages",
        "total",
        "mean",
        "average",
        "median",
        "maximum",
        "minimum",
        "max",
        "min",
        "range",
        "ratio",
        "cdr",
        "c/d",
        "c:d",
        "upper",
        "lower",
        "superior",
        "inferior",
        "nasal",
        "temporal",
        "central",
        "paracentral",
        "quadrant",
        "quadrants",
        "sector",
        "arcade",
        "arcades",
        "vein",
        "veins",
        "artery",
        "arteries",
        "arteriole",
        "arterioles",
        "venule",
        "venules",
        "clear",
        "quiet",
        "deep",
        "formed",
        "round",
        "reactive",
        "brisk",
        "sluggish",
        "flat",
        "attached",
        "healthy",
        "pink",
        "sharp",
        "trace",
        "few",
        "several",
        "multiple",
        "scattered",
        "numerous",
        "diffuse",
        "focal",
        "confluent",
        "positive",
        "negative",
        "present",
        "absent",
        "suspected",
        "suspect",
        "possible",
        "probable",
        "likely",
        "unlikely",
        "ok",
        "okay",
        "na",
        "n/a",
        "nos",
        "unspecified",
        "other",
        "unknown",
        "see",
        "above",
        "below",
        "also",
        "again",
    ]
)

# Eponyms and devices in their clinical use (case-insensitive). A span covered by one of these is
# never taken as a name by the lexicon, propagation or weak-cue rules; a title still wins.
_EPONYM_NOUNS = (
    r"spots?|disease|syndrome|dystrophy|dystrophies|rings?|signs?|pupils?|pearls|streaks|lines?|dots?|nodules?|"
    r"membrane|layer|cells?|fibers|fibres|canal|space|test|testing|grids?|charts?|plates|lens|lenses|"
    r"perimetry|perimeter|tonometer|tonometry|tonometers|fields?|visual\s+fields?|retinopathy|reflex|phenomenon|"
    r"ulcer|degeneration|striae|pits|papilla|spindle|capsule|glaucoma|hereditary|congenital|type|valve|implant|"
    r"shunt|tube|lamp|contact\s+lens|goniolens|analy[sz]er|anomaly|opacity|keratitis|uveitis|neuropathy|"
    r"scale|classification|criteria|law|method|procedure|operation|vitrectomy|scleral|body|bodies|"
    r"hemorrhages?|haemorrhages?|exudates?|arcade|sheathing|pattern|macular\s+dystrophy|fundus|amaurosis|"
    r"24-2|30-2|10-2|sita|\d+-\d+|ratio|retraction\s+syndrome|formula|universal|brush|iridotomy\s+lens"
    r"|cards?|acuity\s+cards?|acuity|endothelial(?:\s+(?:corneal\s+)?dystrophy)?|(?:tarso(?:conjunctival)?\s+)?flap|tarsoconjunctival\s+flap"
)
_EPONYM_HEADS = (
    "Roth|Coats|Best|Stargardt|Eales|Purtscher|Berlin|Terson|Vogt|Harada|Behçet|Behcet|Sjögren|Sjogren|Graves|"
    "Marfan|Wilson|Fuchs|Kearns|Sayre|Leber|Bruch|Schlemm|Descemet|Bowman|Goldmann|Snellen|Amsler|Humphrey|Hruby|"
    "Ishihara|Schirmer|Seidel|Tenon|Zinn|Henle|Müller|Muller|Mueller|Elschnig|Siegrist|Hollenhorst|Gunn|Horner|"
    "Adie|Holmes|Duane|Parinaud|Usher|Stickler|Wagner|Alport|Bietti|Sorsby|Doyne|Irvine|Gass|Susac|Hippel|Lindau|"
    "Sturge|Weber|Wyburn|Mason|Norrie|Gaucher|Fabry|Hurler|Ehlers|Danlos|Weill|Marchesani|Axenfeld|Rieger|Peters|"
    "Posner|Schlossman|Chandler|Mooren|Salzmann|Thygeson|Reis|Bücklers|Meesmann|Schnyder|Lisch|Paton|Uhthoff|"
    "Pulfrich|Haab|Arlt|Herbert|Trantas|Cloquet|Wieger|Schwalbe|Sampaolesi|Shafer|Hirschberg|Krimsky|"
    "Bielschowsky|Maddox|Worth|Titmus|Farnsworth|Pelli|Robson|Bailey|Lovie|Jaeger|Placido|Scheimpflug|Herick|"
    "Spaeth|Shaffer|Perkins|Schiotz|Schiøtz|Koeppe|Zeiss|Sussman|Watzke|Allen|Lincoff|Kjer|Weiss|Mittendorf|"
    "Bergmeister|Krukenberg|Kayser|Fleischer|Vossius|Hudson|Stähli|Stahli|Ferry|Cogan|Kestenbaum|Foster|Kennedy|"
    "Bonnet|Argyll|Robertson|Marcus|Tay|Sachs|Niemann|Pick|Goldenhar|Crouzon|Apert|Down|Turner|Lowe|Hallermann|"
    "Streiff|Peter|Frisby|Lang|Randot|Teller|Cardiff|Hess|Lancaster|Ahmed|Baerveldt|Molteno|Krupin|Express|"
    # EOG, lacrimal surgery and IOL power formulas
    "Arden|Lester|Jones|Barrett|Hoffer|Holladay|Haigis|Kane|Olsen|"
    # laser and foreign-body instruments, glaucoma implants
    "Abraham|Alger|Paul|"
    # eyelid reconstruction
    "Hughes|Cutler|Beard|Tenzel|Mustarde"
)
# Names of tests, devices, syndromes, microbes and makers that are clinical on their own.
_STANDALONE = (
    r"Marcus[- ]Gunn|Argyll[- ]Robertson|Foster[- ]Kennedy|Charles[- ]Bonnet|Holmes[- ]Adie|Kearns[- ]Sayre"
    r"|Vogt[- ]Koyanagi(?:[- ]Harada)?|Von[- ]Hippel(?:[- ]Lindau)?|Sturge[- ]Weber|Irvine[- ]Gass|Tay[- ]Sachs"
    r"|Niemann[- ]Pick|Ehlers[- ]Danlos|Weill[- ]Marchesani|Axenfeld[- ]Rieger|Posner[- ]Schlossman"
    r"|Kayser[- ]Fleischer|Watzke[- ]Allen|Pelli[- ]Robson|Bailey[- ]Lovie|Van[- ]Herick|Wyburn[- ]Mason"
    r"|Stargardt|Purtscher|Behçet|Behcet|Sjögren|Sjogren|Humphrey|Goldmann|Snellen|Amsler|Ishihara|Hruby"
    r"|Hollenhorst|Elschnig|Siegrist|Mittendorf|Bergmeister|Krukenberg|Spectralis|Heidelberg|Optos|Topcon"
    r"|Cirrus|Stratus|Octopus|Optovue|Nidek|Tono-?Pen|iCare|Icare|Volk|Zeiss|Canon|Kowa|Haag[- ]Streit|Clarus"
    r"|Eidon|Visucam|Daytona|California|Silverstone|Pentacam|Scheimpflug|Farnsworth|Titmus|Candida|Aspergillus"
    r"|Fusarium|Acanthamoeba|Pseudomonas|Staphylococcus|Streptococcus|Toxoplasma|Toxocara|Bartonella|Treponema"
    r"|Alcon|Bausch|Allergan|Genentech|Novartis|Regeneron|Roche|Bayer|AcrySof|Tecnis|PanOptix|Vivity|Symfony"
    r"|Sheridan[- ]Gardiner|Kay[- ](?:pictures|picture[ -]test)|Lea[- ](?:symbols|numbers|grating|chart)|Keeler"
    r"|Rose[- ]Bengal|Lissamine(?:[- ]Green)?|Sonksen(?:[- ]Silver)?|Cambridge[- ]crowding|Glasgow[- ]acuity|Bagolini|Lang[- ]stereo|Worth[- ]4[- ]dot"
    r"|Johnson[ \t]*(?:&|and)[ \t]*Johnson|Hoffer[- ]Q"
    r"|Ayushman[- ]Bharat"
    # greetings that read like names: Irish "A Chara" (dear friend), Māori "Kia ora", "Ngā mihi", "Tēnā koe"
    r"|A[ \t]+Chara|Kia[ \t]+ora|Ng[aā][ \t]+mihi(?:[ \t]+nui)?|T[eē]n[aā][ \t]+(?:koe|korua|koutou)|Monoka"  # India's health-insurance scheme; both words are given names in the lexicon
)
_PROTECTED = re.compile(
    # eponym (possessive, hyphenated chains allowed) followed by its clinical noun
    rf"\b(?:{_EPONYM_HEADS})(?:['’]s?|s['’])?(?:[-‐ ](?:{_EPONYM_HEADS})(?:['’]s?)?)*\s+(?:{_EPONYM_NOUNS})\b"
    # phrases that are clinical on their own
    r"|\b(?:" + _STANDALONE + r")\b",
    re.IGNORECASE,
)
_PROTECTED_FIRST = _first_words(_EPONYM_HEADS, _STANDALONE)
_EPONYM_HEAD_WORDS = frozenset(h.lower() for h in _EPONYM_HEADS.split("|"))


# --------------------------------------------------------------------------------------------------
# Name cues.
_TITLE = re.compile(
    r"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Drs|Prof|Professor|Doctor|Sr|Sra|Srta|Herr|Frau|Mme|Mlle|Sir|Dame|Rev"
    r"|MR|MRS|MS|MISS|DR|PROF|Smt|SMT|Shri|SHRI|Shrimati|Kumari|Thiru|Tmt|Selvi|Mdm|MDM|Madam|Encik|Puan)"
    r"(?:\.|(?=\s))\s*"
    r"|(?<![\w.])(?:Kum|Mast|Km)\.\s*"  # Kumari, Master: only dotted ("Mast cell", "Kum" alone are not titles)
)
_STRONG_LABELS = (
    r"(?:nurse|sister)\s+in\s+charge|pharmacist(?:\s+check)?|operator|my\s+name\s+is|I\s+am|(?:patient|pt|client)['’]?s?\s+(?:full\s+)?name|(?:full|first|last|given|family|middle|maiden)\s+name|name|surname"
    r"|signed(?:\s+by)?|electronically\s+signed(?:\s+by)?|e-?signed(?:\s+by)?|dictated\s+by|transcribed\s+by"
    r"|authori[sz]ed\s+by|verified\s+by|approved\s+by|dear|cc|c\.c\.|sincerely|regards|kind\s+regards"
    r"|best\s+regards|yours\s+sincerely|yours\s+faithfully|yours\s+truly|emergency\s+contact|next\s+of\s+kin|nok"
    r"|guardian|mother['’]s\s+maiden\s+name|referring\s+(?:physician|doctor|provider|optometrist|clinician|md)"
    r"|primary\s+care\s+(?:physician|provider|doctor)|pcp|attending(?:\s+physician)?|surgeon|reading\s+physician"
    r"|interpreting\s+physician|photographer|technician|optometrist|ophthalmologist|physician|provider|consultant"
    r"|re|attn|attention|to\s+whom|interpreter|translator|chaperone|witness|scribe|social\s+worker|case\s+manager"
    r"|scrub|circulating|circulator|runner|covering|(?:laser\s+protection\s+)?supervisor(?:\s+on\s+site)?"
    r"|(?:primary|secondary)\s+grader|grader|screener"
    r"|(?:anaesthetic|anesthetic|scrub|staff|charge|ward)\s+nurse|member|subscriber|beneficiary|applicant"
    r"|examiner|injector|assistant|(?:ward\s+)?sister\s+on\s+duty|ward\s+sister|nurse|clerk|receptionist|helper|reception"
    r"|(?:clinic\s+|booking\s+)?co-?ordinator|(?:checked|images|photos)\s+by"
)
_WEAK_LABELS = (
    r"patient|pt|client|referred\s+by|referral\s+from|seen\s+by|examined\s+by|reviewed\s+by|read\s+by"
    r"|interpreted\s+by|performed\s+by|evaluated\s+by|followed\s+by|managed\s+by|treated\s+by|by|with|to|from|for"
    r"|accompanied\s+by|discussed\s+with|spoke\s+(?:with|to)|called|contact(?:ed)?|informed|told|per|ring|rang"
    r"|son|daughter|wife|husband|mother|father|brother|sister|spouse|partner|fianc[ée]e?|caregiver|carer"
    r"|grandson|granddaughter|grandmother|grandfather|grandchild|niece|nephew|aunt|uncle|cousin|friend"
    r"|neighbou?r|stepson|stepdaughter|son-in-law|daughter-in-law|boyfriend|girlfriend|mum|mom|mam|dad|twin|attendant"
)
_LABEL = re.compile(
    rf"(?<![\w])(?:(?P<strong>{_STRONG_LABELS})|(?P<weak>{_WEAK_LABELS}))\b(?P<colon>[ \t]*[:#=,][ \t]*\n?[ \t]*|[ \t]*\n[ \t]*|[ \t]*\([ \t]*|[ \t]+)",
    re.IGNORECASE,
)
# Degrees written after a name. OD and DO are also "right eye" and a verb, so they need a comma or dots.
_DEGREE = re.compile(
    r"(?P<deg>M\.D\.|MD|D\.O\.|DO|O\.D\.|OD|Ph\.?D\.?|DPhil|MBBS|MBChB|MB\s?BS|FRCS(?:Ed|C|I)?|FRCOphth"
    r"|MRCOphth|FRANZCO|FEBO|FACS|FAAO|DNB|MS\s?Ophth|RN|NP|PA-C|COA|COT|COMT|CRA|OCT-C|MPH|MSc|DrPH)(?![\w-])"
)
_VERB_AFTER_NAME = re.compile(
    r"[ \t]*(?:,[ \t]*(?:a|an)[ \t]+\d|(?:is|was)[ \t]+(?:a|an)[ \t]+(?:\d|[a-z]+[- ]year)|is|was|has|had|presents|presented"
    r"|returns|returned|reports|reported|comes|came|attended|attends|denies|denied|states|stated|complains"
    r"|complained|underwent|notes|noted|describes|described|agrees|agreed|consented|declined|arrived|tolerated"
    r"|remains|continues|wishes|prefers|understands|lives|works)\b"
)
# An age right after a name: "Alasdair MacLeod, 78, from Stornoway", "Sunny Kapoor, 44M, ...", "X Y, 6 yrs,"
_AGE_AFTER_NAME = re.compile(
    r"[ \t]*,[ \t]*(?:aged?[ \t]+)?\d{1,3}(?:[ \t]*(?:[MFmf]|yo|y/o|yrs?|years?(?:[ \t]+old)?|-year-old))?"
    r"(?=[ \t]*[,;)]|[ \t]+(?:from|of|with|who|presents|attends|male|female|man|woman|boy|girl)\b)"
)
# The same after one word opening a sentence, an age between commas or before "from": "Mateo, 3, rubbed his eyes".
_AGE_AFTER_SOLO = re.compile(
    r"[ \t]*,[ \t]*\d{1,3}(?:[ \t]*(?:[MFmf]|yo|y/o|yrs?|years?(?:[ \t]+old)?))?"
    r"(?:[ \t]*,|[ \t]+(?:from|with|who|presents|attends)\b)"
)
_LABEL_FIRST = _first_words(_STRONG_LABELS, _WEAK_LABELS)
# A header name "SURNAME, GIVEN [MIDDLE]" after a name label, or opening a line before a date of birth:
# "Name: SMITH, JOHN", "Patient: OKORO, NGOZI  MRN 5521907", "Hartley, Rose (DOB 02/03/1950)".
_HW = rf"[{_UP}][{_UP}{_LOW}'’\-]*[{_UP}{_LOW}]"
_HEADER_ID_AFTER = (
    r"\(?[ \t]*(?i:d\.?o\.?b\b|born\b|date[ \t]+of[ \t]+birth|mrn\b|nhs\b|hosp(?:ital)?[ \t]+(?:no|number)\b)"
)
_HEADER_CORE = (
    rf"(?P<n>{_HW}[ \t]*,[ \t]*{_HW}(?:[ \t](?!{_HEADER_ID_AFTER}){_HW}|[ \t][{_UP}]\.?(?![\w]))?)"
    rf"(?:[ \t]*(?P<id>{_HEADER_ID_AFTER})|(?P<end>[ \t]*(?m:$)|[ \t]{{2,}}(?=\S)|[ \t]*[,;|(]))"
)
_HEADER_LABELS = r"(?:(?:patient|pt)['’]?s?[ \t]+|full[ \t]+|last[ \t]+|family[ \t]+)?name|surname|patient|pt|re"
# tried at label words; without a colon the surname must be in capitals ("pt ROBINSON, Keith (RXH ...)")
_HEADER_NAME = re.compile(
    rf"(?P<label>(?i:{_HEADER_LABELS}))(?:[ \t]*[:\-][ \t]*|[ \t]+(?=[{_UP}]{{3}}[{_UP}'’\-]*[ \t]*,)){_HEADER_CORE}"
)
_HEADER_LINE = re.compile(rf"(?m:^)[ \t]*(?P<label>){_HEADER_CORE}")  # a line opening with the name
_HEADER_FIRST = _first_words(_HEADER_LABELS)
_HEADER_ID_FIRST = frozenset(["dob", "d", "born", "birth", "mrn", "nhs", "hosp", "hospital"])
# "Role: Given Surname, MD" or a line opening with a name and a degree: the surname may be a word ("Rao").
_NW = rf"(?:(?:O|D)['’])?[{_UP}][{_LOW}]+(?:[{_UP}][{_LOW}]+)?(?:[-‐][{_UP}]?[{_LOW}]+)*(?:['’][{_UP}][{_LOW}]+)?"
_ROLE_NAME_BEFORE = re.compile(
    r"(?:^[ \t]*|(?<![\w])(?i:fellow|resident|registrar|consultant|attending|surgeon|optometrist|orthoptist|nurse"
    r"|technician|photographer|scribe|author|reviewer|grader|physician|provider|clinician|trainee|doctor|intern"
    r"|student|observer|assistant|ophthalmologist|ana?esthetist|house[ \t]+officer|sho|spr)[ \t]*:[ \t]*)"
    rf"(?P<n>{_NW}(?:[ \t]+{_NW}){{1,2}})[ \t]*,[ \t]*$"
)
# Plural titles spread over a list: "Drs Patel and Okafor", "Drs Lee, Shah and Obi".
_PLURAL_TITLES = frozenset(["drs", "messrs", "profs", "mmes"])
_LIST_SEP = re.compile(r"[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
# Titles of nursing staff: the same name forms as after "Mr", but never a role word ("Nurse Practitioner").
_ROLE_TITLE = re.compile(r"(?<![\w.])(?:Nurse|Sister|Matron)[ \t]+(?=[A-Z])")
_DAY_MONTH_WORDS = frozenset(
    _split_words(
        """monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
    september october november december"""
    )
)
# A clinician's verb of seeing before an unknown capitalised pair: "I saw Anil Mehta today", "asked to see X Y."
_SEE_CUE = re.compile(
    r"(?:saw|see|seeing|review|reviewed|reviewing|examined|examine|assessed|assess|met)[ \t]+(?=[A-Z])"
)
_SEE_FIRST = frozenset(_split_words("saw see seeing review reviewed reviewing examined examine assessed assess met"))
# After "dr", "mr", "ms" in lower case (also diabetic retinopathy, MR imaging, multiple sclerosis) an unknown
# lower-case word is a surname only before a verb of a person: "mr obi rang", "dr mehta called back".
_LOWER_TITLE_VERB = re.compile(
    r"[ \t]+(?:rang|rung|called|phoned|telephoned|emailed|wrote|writes|said|says|asked|asks|agreed|agrees|advised"
    r"|attended|saw|wants|wanted|thinks|thought|telephoned|requested|requests)\b"
)
# "pt is Nkechi Okafor": after these labels and "is", capitalised words are taken as a name.
_IS_LABELS = frozenset({"patient", "pt", "client", "name"})  # "her husband's name is Winston"
_IS_AFTER = re.compile(r"(?:is|was)[ \t]+(?:called[ \t]+|named[ \t]+)?(?=[A-Z])")
# Titles as dictation software writes them ("doctor amelia frost", "mister venkatesh iyer", "dear miss osei-bonsu";
# "miss" only after "dear").
_SPOKEN_TITLE = re.compile(r"(?<![\w.])(?:doctor|mister|missus|madam|madame|dear[ \t]+miss)[ \t]+(?=[a-z])")
_SPOKEN_TITLE_FIRST = frozenset(["doctor", "mister", "missus", "madam", "madame", "miss"])
# Titles in lower case ("seen by dr patel", "mrs jones"); "miss" is left out (a verb).
_LOWER_TITLE = re.compile(r"(?<![\w.])(?:mr|mrs|ms|mx|dr|prof)\.?[ \t]+(?=[a-z])")
_LOWER_NOT_SURNAME = frozenset(
    ["seen", "today", "here", "again", "came", "said", "says", "reports", "review", "drove", "gave", "gives", "who"]
)
_LOWER_WORD = re.compile(rf"[{_LOW}][{_LOW}'’]*(?:-[{_LOW}][{_LOW}'’]*)*(?![\w'’\-])")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*|\s[\-–—|]\s+)$")  # also after " - " and " | " separators

# Stop words that can never be part of a name, even after a title or a given name (function words, pronouns,
# eye abbreviations, days and times). Other capitalised stop words can be surnames there: "Dr. Street",
# "Mr Page", "Bob Street", "Dr Jun Reddy" (a given name that is also a month).
_NEVER_NAME = frozenset(
    _split_words(
        """a an the and or but nor of in on at to for from by with without per via as if than then so no not yes none nil
    is was are were be been has have had do does did will would shall should may might can could must he she they we
    you i it his her their our your its this that these those there here who whom which what when where why how all
    any some each every both either neither other another such colleague colleagues madam sirs sir mr mrs ms miss mx
    dr drs prof professor doctor dame rev patient patients pt pts name names md od os ou re le be phd right left eye
    eyes bilateral today tomorrow yesterday monday tuesday wednesday thursday friday saturday sunday am pm noon
    morning afternoon evening night above below also again see ok okay na nos dear sincerely regards thanks thank
    yours cc"""
    )
)
# Verbs that follow a person, not a disease or a device: an unknown capitalised pair opening a sentence before
# one of these is a name ("Tom Bird will drive her home", "Aino Rogers reports blurred vision").
_PERSON_VERB = re.compile(
    r"[ \t]+(?:reports|complains|complained|denies|states|stated|agrees|agreed|consented"
    r"|attended|attends|arrived|understands|wishes|prefers|drove|brought|accompanied|accompanies|telephoned|phoned"
    r"|says|said|feels|felt|noticed|notices|would[ \t]+like|wants"
    r"|rang|rings|texted|emailed|e-mailed|messaged|wrote|asked|asks|called[ \t]+(?:to|about|back|again|the)"
    r"|presents|presented|underwent|(?:was|has[ \t]+been|is[ \t]+being)[ \t]+(?:seen|reviewed|examined|assessed)"
    r"|did[ \t]+not[ \t]+(?:attend|come)|failed[ \t]+to[ \t]+attend|DNA(?:['’]?d)?(?![\w'’])|was[ \t]+DNA"
    r"|(?:will|would|can|could|may|might|should|is[ \t]+going[ \t]+to|has[ \t]+agreed[ \t]+to|is[ \t]+able[ \t]+to)"
    r"[ \t]+(?:[a-z]+[ \t]+)?(?:her|him|them|me|us|the[ \t]+patient|pt|home|back|in|up)\b"
    r"|(?:is|was)[ \t]+(?:a|an)[ \t]+\d"
    r"|(?:is|was)[ \t]+(?:her|his|the[ \t]+patient['’]s|pt['’]s)[ \t]+(?:son|daughter|wife|husband|mother|father"
    r"|brother|sister|partner|carer|caregiver|friend|neighbou?r|niece|nephew|grandson|granddaughter|gp|optometrist))\b"
)
# Words of organisations and clinical phrases: an unknown capitalised pair holding one of these is not a person.
_NOT_PERSON_WORDS = frozenset(
    _split_words(
        """opticians optician optometrists pharmacy pharmacies surgery practice associates partners group ltd llc inc plc
    trust foundation labs laboratory laboratories pharmaceuticals health healthcare services society association
    council board network alliance company corporation hospice infirmary road avenue lane drive close court
    syndrome disease retinopathy maculopathy dystrophy degeneration sclerosis gravis pigmentosa herpes zoster simplex
    sickle giant acute chronic angle closure branch occlusion thyroid capsule floaters flashes painful blurred foreign
    body trauma injury orbital stye ptosis squint amblyopia nystagmus myopia hyperopia presbyopia pterygium pinguecula
    epiretinal serous sarcoid unit ward community optometry figure fig table appendix section page chapter annex
    one two three four five six seven eight nine ten led lead transport experience liaison advice advocacy feedback
    pathway portal records safety participation transfer flow information support access team department estates
    optos logmar etdrs snellen"""
    )
)
# Suffixes of disease, procedure and drug names: "Retinitis Pigmentosa", "Birdshot Chorioretinopathy".
_MED_SUFFIX = (
    "mycin",
    "cillin",
    "floxacin",
    "olol",
    "prost",
    "amide",
    "asone",
    "olone",
    "azole",
    "ine",
    "ide",
    "ate",
    "ase",
    "ium",
    "itis",
    "osis",
    "pathy",
    "ectomy",
    "otomy",
    "ostomy",
    "plasty",
    "trophy",
    "plasia",
    "aemia",
    "emia",
    "mab",
    "cept",
    "oma",
    "osa",
    "ensis",
    "ism",
)
# Lower-case words that follow "pt" or a relative and are not names ("pt feels better", "daughter very
# supportive", "son lives nearby"): verbs, adverbs and adjectives of notes. With _STOP and the suffix test of
# _lower_unknown they keep an unknown lower-case pair from being read as a name.
_COMMON_LOWER = frozenset(
    _split_words(
        """feels feel felt sees see saw says say said wants want needs need uses use takes take took wears wear gets get
    got likes like drives drive drove works work lives live lived goes go went comes come came knows know thinks think
    keeps keep finds find found tries try makes make made looks look gives give gave tells tell told asks ask asked
    puts put seems seem becomes become became brings bring brought leaves leave left runs run helps help hopes hope
    prefers prefer understands understand remains remain stays stay visits visit calls call reads read writes write
    very quite rather really just still also only even already always never often sometimes usually otherwise well
    better worse best fine good bad happy unhappy keen reluctant anxious worried upset nervous calm pleased
    satisfied content comfortable uncomfortable tired unwell sick ill alone together nearby away home back out up
    down off over under around about into onto upon too much more less most least many lots lot bit little big small
    non self own same different new old young elderly frail independent dependent compliant noncompliant adherent
    blind deaf mobile immobile able unable aware unaware present absent asymptomatic symptomatic stable unstable
    said asked agreed wishes hoped hoping planning plans plan booked due overdue late early soon now currently
    recently previously initially finally still yet once twice supportive helpful concerned informed happy sad"""
    )
)
# What may follow a lower-case name after "pt" or a relative: the end of the clause or a verb of a person.
_LOWER_NAME_END = re.compile(
    r"[ \t]*(?:[.,;:!?)\n]|$|\((?:son|daughter|wife|husband|mother|father|brother|sister|partner|carer|friend)"
    r"|(?:seen|reports|reported|is|was|has|had|presents|presented|attended|attends|came|comes|returns|returned"
    r"|states|stated|says|said|agrees|agreed|denies|denied|complains|present|here|today|and|who|will|would)\b)"
)
# Staff roles and their abbreviations: never a name or a place themselves ("Consultant Ophthalmic Surgeon").
_ROLE_WORDS = frozenset(
    _split_words(
        """consultant registrar fellow surgeon ophthalmic ophthalmologist optometrist orthoptist optician nurse sister
    matron technician tech photographer scribe interpreter translator chaperone pharmacist porter receptionist
    secretary student observer assistant anaesthetist anesthetist doctor gp physician clinician injector coordinator
    co-ordinator manager administrator clerk midwife therapist physiotherapist dietitian officer worker practitioner
    specialist lead director trainee resident intern sho spr hca hcsw rn sn en rgn cns odp anp enp sas paramedic
    paramedics ems ambulance staff team neuro-ophthalmologist ophthalmologists"""
    )
)
# Staff abbreviations before a name: "SN Kowalczyk", "RN Chidi Eze", "Glaucoma CNS Yusuf", "HCA Ade".
_STAFF_ABBR = frozenset(_split_words("rn sn en rgn hca hcsw cns odp anp enp np"))
_STAFF_NAME_AFTER = re.compile(rf"[ \t]+[{_UP}][{_LOW}]")
# A staff role before a name (case as written): "RN Chidi Eze", "pharmacist Declan", "orthoptist Ruth".
_STAFF_BEFORE = re.compile(
    r"(?<![\w.])(?:RN|SN|EN|RGN|HCA|HCSW|CNS|ODP|ANP|ENP|NP"
    r"|(?i:pharmacist|orthoptist|optician|injector|porter|receptionist|secretary|paramedic|physio|physiotherapist"
    r"|coordinator|co-ordinator|scrub[ \t]+nurse|staff[ \t]+nurse|nurse[ \t]+specialist|specialist[ \t]+nurse|student"
    r"|trainee|fellow|registrar|house[ \t]+officer)|DC|Sgt\.?|(?i:sergeant|constable|detective))"
    r"[ \t]+(?=[A-Z])"
)
_STAFF_FIRST = frozenset(
    _split_words(
        """rn sn en rgn hca hcsw cns odp anp enp np pharmacist orthoptist optician injector porter receptionist secretary
    paramedic physio physiotherapist coordinator co ordinator scrub staff nurse specialist student trainee fellow registrar
    house dc sgt sergeant constable detective"""
    )
)
# A name and a role or relation in brackets after it: "Ade (HCA)", "Bronwen (injector)", "Jarrah (liaison officer)".
_ROLE_PAREN = re.compile(
    r"\([ \t]*(?:[A-Za-z\-'’]+[ \t]+){0,3}(?i:hca|hcsw|rn|sn|en|rgn|cns|odp|anp|enp|np|sho|spr|fy[12]|st[1-8]|reg"
    r"|registrar|consultant|fellow|nurse|sister|matron|injector|orthoptist|optometrist|optician|technician|tech"
    r"|photographer|scribe|interpreter|translator|chaperone|pharmacist|porter|receptionist|secretary|student|observer"
    r"|assistant|surgeon|anaesthetist|anesthetist|ophthalmologist|gp|doctor|officer|worker|coordinator|co-ordinator"
    r"|manager|carer|caregiver|son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|partner|friend"
    r"|neighbou?r|niece|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|twin|guardian"
    r"|son-in-law|daughter-in-law|attendant|relative|next[ \t]+of[ \t]+kin|nok|staff|clerk|helper|volunteer|driver"
    r"|coach|teacher|runner|scrub|eclo|rn|ecp|sho)[ \t]*\)"
)
_LOWER_INITIALS_BEFORE = re.compile(r"(?:^|[\-–—/|;,+&][ \t]*|[.!?][ \t]+|\band[ \t]+)(?P<v>[a-z]{2,12})[ \t]*$")
# A relation in brackets before a name: "attendant (wife) Kamla Devi".
_PAREN_RELATIVE = re.compile(
    r"\((?i:son|daughter|wife|husband|mother|father|mum|mom|dad|brother|sister|partner|friend|neighbou?r|niece"
    r"|nephew|grandson|granddaughter|grandmother|grandfather|aunt|uncle|cousin|twin|guardian|son-in-law"
    r"|daughter-in-law|carer|attendant)\)[ \t]+(?=[A-Z])"
)
# E-mail greetings and sign-offs: "Hi Tom,", "Hello Dr Ray", "Thanks, Priyanka", "Best wishes,\nMarguerite".
_GREETING = re.compile(
    r"(?<![\w])(?<![\w]['’])(?:Hi|Hello|Hey|Hiya|Morning|Afternoon|Evening|G['’]day|Dear)[ \t]+(?=[A-Z])"
)  # a quote may open the message: "Staff reply: 'Hi Summer, ..."
_SIGN_OFF = re.compile(
    r"(?:Thanks[ \t]+again|Thanks|Thank[ \t]+you|Many[ \t]+thanks|Best[ \t]+wishes|Best[ \t]+regards|Best|Cheers|Regards"
    r"|Kind[ \t]+regards|Warm[ \t]+regards|With[ \t]+thanks|All[ \t]+the[ \t]+best|Take[ \t]+care|Thx|Ta"
    r"|Ng[aā][ \t]+mihi|Kia[ \t]+ora|Noho[ \t]+ora[ \t]+mai)"
    r"[ \t]*[,!\-–]?[ \t]*\n?[ \t]*(?=[A-Z])"
)
# The same in lower case, as texted or typed in a hurry: "hi mel,", "hey rangi -", "cheers\nnick".
_LOWER_GREETING = re.compile(
    r"(?<![\w])(?<![\w]['’])(?:hi|hello|hey|hiya|dear)[ \t]+(?P<v>[a-z][a-z'’\-]{1,20})(?=[ \t]*(?:[,!:;]|[\-–][ \t]|$|\n))"
    r"|(?<![\w'’])(?i:cheers|thanks|thank[ \t]+you|regards|ta|thx)[ \t]*[,!\-–]?[ \t]*(?:\n|\|)[ \t]*"
    r"(?P<s>[a-z][a-z'’\-]{1,20})[ \t]*(?=\n|\||$)",
    re.MULTILINE,
)
_NAME_BEFORE_PHONE = re.compile(
    rf"(?<![\w'’\-])(?P<n>[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?(?:[ \t][{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?)?),[ \t]+"
    r"(?:on[ \t]+|at[ \t]+)?"
    r"(?P<p>\+?\(?\d[\d \-()]{6,}\d)(?![\w/]|\.\d)"
)
_IRISH_PARTICLES = frozenset(["Ní", "Ó", "Ni", "O", "Mac", "Nic", "Uí", "Mhic", "Bean"])
_NAME_AGE_PAREN = re.compile(
    rf"(?<![\w'’\-])(?P<n>[{_UP}][{_LOW}'’]*(?:-[{_UP}][{_LOW}]+)?(?:[ \t]+[{_UP}][{_LOW}'’]*(?:-[{_UP}][{_LOW}]+)?){{1,3}})"
    r"[ \t]*\([ \t]*\d{1,3}[ \t]*(?:[MFmf]|y/?o|yrs?|years?(?:[ \t]+old)?)[ \t]*[,)]"
)
_LOWER_GREETING_FIRST = frozenset(_split_words("hi hello hey hiya dear cheers thanks thank regards ta thx"))
_SIGN_OFF_FIRST = frozenset(
    _split_words("thanks thank many best cheers regards kind warm with all take thx ta nga ngā kia noho")
)
_GREETING_FIRST = frozenset(_split_words("hi hello hey hiya morning afternoon evening g dear"))
_NAME_CLOSES = re.compile(r"[ \t]*(?:[.!]?[ \t]*(?:$|\n)|[,;]|\(|[ \t]+(?:and|&)[ \t]+[A-Z])")
_AND_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+(?=[A-Z])")
# Initials after a role or a signing comma: "injector MB", "surgeon TR", "Signed, JK"; typist references
# in brackets or after "Ref": "(PKR/sh)", "Our ref: AB/cd".
_INITIALS_ROLE = re.compile(
    r"(?<![\w])(?i:surgeon|injector|operator|assistant|anaesthetist|anesthetist|scrub|signed|checked[ \t]+by|witness)"
    r"[ \t]*[,:]?[ \t]+(?P<v>[A-Z]{2,3})(?![\w&/]|\.\w)"
)
_INITIALS_ROLE_FIRST = frozenset(
    _split_words("surgeon injector operator assistant anaesthetist anesthetist scrub signed checked witness")
)
_INITIALS_REF = re.compile(r"(?P<v>[A-Z]{2,4}/[a-z]{2,4})(?![\w/])")
_SLASH_LOWER = re.compile(r"/[a-z]{2,4}(?![\w/])")
_REF_BEFORE = re.compile(r"(?:\(|(?i:\bref(?:erence)?\.?)[ \t]*:?[ \t]*)$")
# Dotted initials ending a clause: "Results for J.P.", "copied to A.B.;".
_DOTTED_END = re.compile(r"(?P<v>[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)(?=[ \t]*(?:$|\n|[,;)]))")
# Clinic lists: a time, then "Surname Initial" ("09:15 Szabo K; 09:30 Bird T.").
_TIME_SURNAME_INITIAL = re.compile(
    rf"(?<![\w:])(?:[01]?\d|2[0-3])[:.][0-5]\d[ \t]+(?:-[ \t]+)?(?P<n>{_NW}(?:[ \t]+{_NW})?[ \t]+[A-Z]\.?)"
    r"(?=[ \t]*(?:[;,|]|$|\n))"
)
_ROW_PIECE = re.compile(r"(?:(?!\|\|)[^\n|]|(?<!\|)\|(?!\|))+")
_EMPTY = re.compile("")
_TIME_GATE = re.compile(r"\d[:.][0-5]\d[ \t]+(?:-[ \t]+)?[A-Z][a-z]+[ \t]+[A-Z]\b")
_LIST_NOT_NAME = frozenset(
    _split_words(
        """room bay ward theatre clinic list session eye zone area pod desk suite floor block wing level lane unit group
    team stage grade type phase table bed chair station slot break lunch coffee admin meeting teaching huddle"""
    )
)
# Name fields of forms: "Forename(s): Lachlan James", "First name: Ana", "Surname: Ó Briain | DOB ...".
_NAME_FIELD = re.compile(
    r"(?<![\w])(?i:fore(?:name|names|name\(s\))|(?:first|given|christian|other|middle|preferred)[ \t]+(?:names?|name\(s\))"
    r"|known[ \t]+as|surname|family[ \t]+name|last[ \t]+name|patient[ \t]+name|name)[ \t]*[:=][ \t]*"
)
_NAME_FIELD_FIRST = frozenset(
    _split_words(
        "forename forenames first given christian other middle preferred known surname family last patient name"
    )
)
# Chinese, Japanese and Korean characters: in a name field or in brackets after a name ("Xu Mingyu (徐明宇)").
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_CJK_NAME = re.compile(rf"(?P<v>[{_CJK}]{{2,6}}(?:[ \t\u00b7\u30fb][{_CJK}]{{1,6}})?)")
_CJK_GATE = re.compile(rf"[{_CJK}]")
# Tables: a header row naming a person column, then rows whose cell in that column is a name or initials.
_PERSON_COLUMN = re.compile(
    r"(?i:clinician|injector|surgeon|operator|name|patient|staff|nurse|doctor|consultant|initials|signed|signature"
    r"|(?:seen|checked|reviewed|performed|done|graded|entered)[ \t]+by|by|grader|technician|photographer|assistant|scrub"
    r"|anaesthetist|anesthetist|optometrist|orthoptist|author|user|scribe|clinician[ \t]+name|staff[ \t]+name)"
)
_CELL_NAME = re.compile(
    rf"(?:[A-Z]{{2,3}}|(?:[A-Z]\.[ \t]?){{1,3}}{_NW}|{_NW}(?:[ \t]+{_NW}){{0,2}}|{_HW}[ \t]*,[ \t]*{_HW}|{_NW}[ \t]+[A-Z]\.?)"
)
# Languages: "interpreter Mandarin" names the language, not the interpreter.
_LANGUAGES = frozenset(
    _split_words(
        """mandarin cantonese hakka hokkien punjabi urdu hindi bengali bangla gujarati tamil telugu malayalam kannada
    marathi sinhala nepali polish romanian arabic farsi persian dari pashto kurdish sorani kurmanji turkish somali
    tigrinya amharic oromo swahili yoruba igbo hausa twi french spanish portuguese italian german dutch russian
    ukrainian lithuanian latvian estonian bulgarian czech slovak hungarian albanian greek vietnamese thai korean
    japanese tagalog malay indonesian bsl asl makaton english welsh irish gaelic hebrew yiddish sylheti teochew
    shona ndebele zulu xhosa sotho tswana afrikaans ilocano cebuano maori samoan tongan fijian inuktitut cree ojibwe
    navajo kriol"""
    )
)
# Verbs that only a person does, after one capitalised word opening a sentence ("Olusegun explained that ...",
# "Amber has been using atropine", "Florence, aged 97, was ..."): enough for a name with no other cue.
_SOLO_VERB = re.compile(
    r"(?:[ \t]*,[ \t]*(?:aged?[ \t]+\d|a[ \t]+\d+[- ]year|who[ \t]+is[ \t]+\d)"
    r"|[ \t]+(?:reports|reported|explained|explains|declined|declines|underwent|denies|denied|complains|complained"
    r"|states|stated|says|said|feels|felt|noticed|notices|wishes|prefers|understands|agreed|agrees|consented"
    r"|attended|arrived|drove|wants|wanted|tells|told[ \t]+(?:us|me)|would[ \t]+(?:like|prefer)|rang|phoned"
    r"|telephoned|emailed|was[ \t]+brought|(?:is|was)[ \t]+accompanied|was[ \t]+told|is[ \t]+keen|is[ \t]+worried"
    r"|is[ \t]+anxious|(?:was|has[ \t]+been)[ \t]+(?:seen|reviewed|examined|assessed)[ \t]+with[ \t]+(?:his|her|their)"
    r"|has[ \t]+been[ \t]+(?:using|taking|putting|instilling|wearing|attending|struggling|finding|noticing|complaining)"
    r"|continues[ \t]+to[ \t]+(?:use|take|wear|attend|instil|drive|work|report|complain|notice|struggle|find|feel)"
    r"|remains[ \t]+on[ \t]+(?:the[ \t]+|our[ \t]+)?(?:waiting|transplant|surgical|injection)[ \t]+list"
    r"|and[ \t]+(?:her|his|their)[ \t]+(?:twin|sister|brother|mother|father|mum|dad|husband|wife|partner|son"
    r"|daughter|carer|parents?)"
    r"|(?:is|was)[ \t]+(?:a|an)[ \t]+\d+[- ]year)\b)"
)
# Short lower-case words of notes after a relative that are not names ("with son dna.", "daughter nok").
_LOWER_NOT_NAME = frozenset(_split_words("dna dnr nok tbc tba abroad overseas away present absent deceased ok"))
# Nouns that report, state and explain in notes without being a person named there.
_NOT_SUBJECT = frozenset(
    _split_words(
        """letter referral report reports notes note record records email message scan result results family parents
    staff team school nursery everyone everybody someone somebody nobody anyone mum mom mam dad mummy daddy referrer
    caller writer author reader teacher police ambulance vision history examination exam review plan assessment
    incident episode event problem symptom symptoms issue error fall injury complaint concern reaction effect change
    changes improvement deterioration attack relapse recurrence flare"""
    )
)
_NOT_SUBJECT_SUFFIX = ("ology", "ics", "ery", "acy", "ist", "ian")
# A name and a role after a comma: "(L. Fairbairn, Orthoptist)", "Ruth Okafor, Staff Nurse".
_ROLES_AFTER = (
    r"Orthoptist|Optometrist|Ophthalmologist|Consultant|Registrar|Fellow|Nurse|Sister|Technician|Photographer"
    r"|Pharmacist|Optician|Surgeon|Anaesthetist|Anesthetist|Scribe|Interpreter|Staff[ \t]+Nurse|Charge[ \t]+Nurse"
    r"|Specialist[ \t]+Nurse|Nurse[ \t]+Specialist|Nurse[ \t]+Practitioner|Healthcare[ \t]+Assistant|HCA|RN|CNS|ODP"
    r"|Secretary|Receptionist|orthoptist|optometrist|ophthalmologist|staff[ \t]+nurse|pharmacist|optician|photographer"
)
_NAME_ROLE_AFTER = re.compile(rf"(?<![\w.])(?P<n>(?:[A-Z]\.[ \t]?){{1,3}}{_NW}|{_NW}[ \t]+{_NW})$")
_COMMA_ROLE = re.compile(rf",[ \t]*(?:{_ROLES_AFTER})\b")
_ROLE_AFTER_FIRST = _first_words(_ROLES_AFTER)
# Where a form field's name ends: a cell bar, a semicolon, a comma, the line's end, a wide gap or a bracket.
# What staff do, before "by:" in a form ("Checked by: Sioned", "Photos taken by: Aled P."; not "Issued by: Estates").
_STAFF_ACT = re.compile(
    r"(?i:\b(?:checked|images|photos|photographs|prepared|reported|completed|booked|triaged|graded|taken|done"
    r"|performed|reviewed|seen|signed|verified|witnessed|scribed|typed|dictated|entered|recorded|administered"
    r"|instilled|injected|tested|measured|refracted|screened|counselled|counseled|consented|examined))[ \t]+$"
)
_FIELD_END = re.compile(r"[ \t]*(?:\||;|,|$|\n|\(|[ \t]{2,}\S)")
_FIELD_OR_SENTENCE_END = re.compile(r"[ \t]*(?:\||;|,|$|\n|\(|[ \t]{2,}\S|\.(?:[ \t]|$))")
# History headings written as dotted pairs, not initials ("O.E.", "F.H.").
_NOTE_HEADS = frozenset(_split_words("oe fh sh pmh poh dh hpc pc rx dx tx hx sx fx"))
_TITLE_FIRST = frozenset(_split_words("mr mrs ms miss mx dr prof"))
_RELATIVES = frozenset(
    _split_words(
        """son daughter wife husband mother father brother sister spouse partner fiance fiancee fiancé fiancée caregiver
    carer grandson granddaughter grandmother grandfather grandchild niece nephew aunt uncle cousin friend neighbour
    neighbor stepson stepdaughter son-in-law daughter-in-law boyfriend girlfriend mum mom mam dad twin attendant"""
    )
)
# Initials used as a name or signature: "seen by JS", "reviewed by J.S.", "Dr JS", "/JS" or "JS/ab" closing a
# line. Two or three capitals, undotted and unspaced, or each with its full stop.
_INITIALS = r"(?:[A-Z]{2,3}|[A-Z]\.[ \t]?[A-Z]\.(?:[ \t]?[A-Z]\.)?)"
_INITIALS_CUE = re.compile(
    r"(?:(?<![\w.])(?:Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?[ \t]+"
    r"|(?<![\w])(?i:(?:(?:seen|reviewed|examined|signed|dictated|typed|transcribed|checked|verified|authori[sz]ed"
    r"|approved|reported|read|graded|performed|done|entered|written|completed|scanned|imaged|photographed|taken"
    r"|counsell?ed|consented|injected|treated|discussed|countersigned|co-signed|cosigned)[ \t]+)?by"
    r"|signed|signature|initials|initialled|countersigned|clinician|reviewer|grader|author)"
    r"(?:[ \t]*[:\-][ \t]*|[ \t]+)"
    r"|(?<![\w])(?i:operator|op|tech|technician|photographer|scribe|typist|orthoptist|imager|reader)[ \t]*[:\-][ \t]*)"
    rf"(?P<v>{_INITIALS}(?:/[a-z]{{2,3}})?)(?![\w&/]|\.\w)"
)
# A signature closing its line: "/JS", "-- JS", "JS/ab" (author/typist).
_INITIALS_SIG = re.compile(
    rf"(?m:(?:(?<=[ \t])|^)(?:/|--?|–|—|~)[ \t]*(?P<v>{_INITIALS})[ \t]*$|^[ \t]*(?P<v2>[A-Z]{{2,3}}/[a-z]{{2,3}})[ \t]*$)"
)
# Capital-letter groups after such cues that are clinical or organisational, not initials.
_ACRONYMS = frozenset(
    _split_words(
        """gp gps ent ed er ae icu itu hdu ccu ot pt rn np pa md do od os ou ct mri mra mrv cta us uss ecg ekg eeg emg
    erg eog vep mferg pcr esr crp fbc cbc lft lfts ue bmp tft tfts inr hba ldl hdl bp hr rr nhs mdt sho spr reg fy
    hca acp cns ana anca ace ige igg slt alt yag prp pdt tto vf vfs hvf oct fa icg faf iop va bcva cf hm lp nlp pl
    npl ucl ucla usa uk eu who cdc fda nice aao rcophth iol cl rgp scl hcl lasik prk ppv sb rd pvd vh erm mh cme
    dme csr amd pdr npdr bdr crvo brvo crao brao aion naion gca ms nmo tb hiv hsv vzv cmv ebv hpv ibd ra sle
    dm htn mi af cva tia copd ckd ivt po iv im sc prn od bd bid tds tid qds qid qd qhs hs stat am pm etc ie eg
    nb ps cc fyi asap tba tbc nad nkda ems"""
    )
)
_SIGNING_CUE = re.compile(
    r"(?:dr|mr|mrs|ms|miss|mx|prof)\b|(?:\w+[ \t]+)?(?:sign|dictat|typed|transcrib|initial|countersign|co-?sign|author)"
)
_EYE_ABBREVIATIONS = frozenset(_split_words("od os ou re le be va md do dr mr ms rn np pa pt ot dm ct"))
# Refused even after a signing cue: roles and notes' abbreviations ("Signed by SHO", "/PS").
_ROLE_ACRONYMS = frozenset(_split_words("eg ie nb am pm uk us ps sho spr reg gp gps fy hca acp cns mdt ent rn ems"))
_INITIALS_FIRST = frozenset(
    _split_words(
        """dr mr mrs ms miss mx prof by signed signature initials initialled countersigned clinician reviewer grader
    author operator op tech technician photographer scribe typist orthoptist imager reader our your"""
    )
)
# Letter references: "Our ref: AK/rs", "Your ref: JB" (the writer's and the typist's initials).
_REF_INITIALS = re.compile(
    rf"(?i:our|your)[ \t]+(?i:ref(?:erence)?)\.?[ \t]*[:\-]?[ \t]*(?P<v>{_INITIALS}(?:/[a-z]{{2,3}})?)(?![\w&])"
)
# Lower-case initials or a user name after an operator or audit cue: "operator jw", "documentation by tb for
# Dr X", "Amended 02/05/2025 by mbrown:", "scribe: kd".
_USER_CUE = re.compile(
    r"(?<![\w\-])(?:(?P<op>(?i:operator|tech|technician|photographer|scribe|typist|imager|grader|reader|user"
    r"|user[ \t]*id|portal[ \t]+user|username|login|exported_by|entered_by|qa))(?![\w])"
    r"[ \t]*[:\-=]?[ \t]*"
    r"|(?i:documentation|documented|entered|amended|edited|updated|created|modified|logged|recorded|uploaded"
    r"|scribed|typed|authored)(?:[ \t]+[^\n.;:,]{1,30}?)?[ \t]+by[ \t]+)"  # "Amended 02/05/2025 by"
    r"(?P<v>[a-z](?:[a-z0-9._]{0,14}[a-z0-9]))(?=[ \t]*(?:[,;:.)/|(]|$)|[ \t]+(?:for|on|at|and)\b|[ \t]+\w+=)",
    re.MULTILINE,
)
# Initials after a staff role and a colon: "Injector: TvdL", "Checked: rb", "Untersucher: KW", "scrub: pn",
# "minutes LB" (a role word and a colon, or "minutes"/"witness" and a space).
_ROLE_INITIALS = re.compile(
    r"(?<![\w])(?i:injector|injected|checked|checker|check|scrub|assistant|surgeon|ana?esthetist|anaesth|screener"
    r"|grader|reader|examiner|laborant|untersucher|operator|operador|nurse|tech|technician|photographer|scribe|typist"
    r"|chair|witness|witnessed|verified|verifier|counsellor|counselor|orthoptist|optometrist|performed|done|minutes"
    r"|signed|sig|initials|by|inj)(?:[ \t]*:[ \t]*|[ \t]+(?=[A-Z][A-Za-z]{1,3}[ \t]*(?:[|;,.)]|$)))"
    r"(?P<v>[A-Z][a-z]{0,3}[A-Z]{1,2}|[A-Z]{2,3}|[a-z]{2,3})(?=[ \t]*(?:[|;,.)]|$))",
    re.MULTILINE,
)
_ROLE_INITIALS_FIRST = frozenset(
    _split_words(
        """injector injected checked checker check scrub assistant surgeon anesthetist anaesthetist anaesth screener
    grader reader examiner laborant untersucher operator operador nurse tech technician photographer scribe typist
    chair witness witnessed verified verifier counsellor counselor orthoptist optometrist performed done minutes
    signed sig initials by inj"""
    )
)
# Lower-case initials closing a note, after the end of a sentence or a dash: "... bitte verschieben. bg",
# "w/ mr lindqvist. jb", "- hs".
_CLOSING_INITIALS = re.compile(
    r"(?:[.!?][ \t]+|[ \t][\-–—~/][ \t]*)(?P<v>[a-z]{2,3}|[A-Z][a-z]?[A-Z][a-z]?[A-Z]?)[ \t]*\Z"
)  # "... with fields. JMcK", "Callback 573-881-0296. DL"
# People present at a meeting: "MDT present: Osei (chair), Mwangi, Kowalski, Tanaka and student Aarav".
_PRESENT_LIST = re.compile(
    r"(?i:present(?:[ \t]+at[ \t]+[\w&]+)?|attendees|attending|in[ \t]+attendance)[ \t]*:[ \t]*(?P<list>[^\n.;]+)"
)
# "Surname, Given" items of a list separated by semicolons: "Ward round: Patel, Rasheed; Nwosu-Ellis, Ifeoma;
# Kaczmarek, Jan." (two such items at least, so "Leeds, Yorkshire; ..." alone is not taken).
_SEMI_LIST_ITEM = re.compile(
    rf"(?:(?<=[:;])|(?m:^))[ \t]*(?P<n>{_NW},[ \t]+{_NW}(?:[ \t]+{_NW})?)(?=[ \t]*(?:;|\.(?:\s|$)|$))", re.MULTILINE
)
# A given name as written in lists and brackets: "Venkat", "Hyun-joo", "Jean-Luc".
_GIVEN_WORD = rf"[{_UP}][{_LOW}]+(?:-[{_UP}]?[{_LOW}]+)?"
# "Surname, Given" after a colon, a list number or a time: "Member: Chandrasekhar, Venkat", "1) Ahmadi, Farzaneh",
# "09:30  BRIGHT, Hunter", "Rm 718: Abara, Chinonso" (one of the two words must be in the name lexicon).
_SURNAME_GIVEN_AFTER = re.compile(
    rf"(?:(?<=:)|(?<=\))|(?m:^)[ \t]*(?:\d{{1,3}}[.)]|[\-•*])?|\d{{1,2}}:\d{{2}})[ \t]+"
    rf"(?P<n>(?P<sur>{_HW}),[ \t]+(?P<given>{_GIVEN_WORD}))(?![\w\-])",
    re.MULTILINE,
)
# A nickname in quotes between the given name and the surname: "Robert 'Bob' Kowalski", "Clarence 'Buck' Holloway".
_QUOTED_NICK = re.compile(
    rf"(?<![\w\-])(?P<g>{_NW})[ \t]+['‘’\"“](?P<k>{_GIVEN_WORD})['‘’\"”][ \t]+(?P<s>{_NW})(?![\w\-])"
)
# A parent or spouse named after a relationship particle: "d/o Ramasamy", "s/o Palaniappan", "w/o Late Venkatappa",
# "bin Rahmat", "binte Ismail".
_KIN_PARTICLE = re.compile(
    rf"(?<![\w/])(?:[sdwhSDWH]/[oO]|[Bb]in|[Bb]inti|[Bb]inte|[Bb]te|[Ss]on[ \t]+of|[Dd]aughter[ \t]+of|[Ww]ife[ \t]+of)"
    rf"[ \t]+(?:(?:[Ll]ate|[Ll]t\.?|[Ss]ri|[Ss]hri|[Ss]mt\.?|[Mm]r\.?|[Mm]rs\.?)[ \t]+)?(?P<n>{_NW}(?:[ \t]+{_NW}){{0,2}})"
)
# A single capitalised word, then a staff role in brackets: "Swathi (PRO)", "Rose (ECLO)", "Sioned (failsafe officer)".
_ROLE_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:[a-z]+[ \t]+)?(?:"
    + "|".join(sorted(_ROLE_WORDS | _STAFF_ABBR | {"pro", "eclo", "odp", "failsafe"}))
    + r"|pgy-?\d)\)",
    re.IGNORECASE,
)
# A user name after a log time stamp and before "(Surname, Given": "09:12:44  hwong2 (Wong, Helen - Orthoptist)".
_LOG_USER = re.compile(
    r"\d{2}:\d{2}:\d{2}(?:[ \t]+[+\-]\d{2}(?::?\d{2})?)?[ \t]+(?P<v>[a-z][a-z0-9._]{1,20}[a-z0-9])[ \t]+\("
)
# After a name: a nickname in brackets or quotes ("Mrs. Choi (Hyun-joo)", "Jaspreet Sandhu (prefers 'Jazz')").
_NICKNAME_AFTER = re.compile(
    rf"[ \t]*\((?:(?:prefers|known[ \t]+as|called|aka|a\.k\.a\.|nickname)[ \t]+)?['‘’\"“]?"
    rf"(?P<v>{_GIVEN_WORD})['‘’\"”]?\)"
)
# A capitalised pair, then a relation in brackets: "Iris Vermeulen (daughter) says", "Ewa Nowak (carer)".
_RELATION_IN_BRACKETS = re.compile(
    r"[ \t]*\((?:her|his|their|the[ \t]+patient['’]s|pt['’]s)?[ \t]*(?:" + "|".join(sorted(_RELATIVES)) + r")\)",
    re.IGNORECASE,
)
_USER_FIRST = frozenset(
    _split_words(
        """operator tech technician photographer scribe typist imager grader reader user username login exported
    entered_by qa portal documentation documented
    entered amended edited updated created modified logged recorded uploaded scribed typed authored"""
    )
)

# --------------------------------------------------------------------------------------------------
# Dates. Month names are matched case-insensitively and then required to start with a capital
# (the verb "may", "mar", "dec" for decreased stay).
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
_YEAR = r"(?:(?:1[89]|20)\d{2}|['’]\d{2})"
_DATE_WORDS = re.compile(
    rf"(?<![\w])(?:"
    rf"(?:(?-i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?,?\s+)?(?P<m1>{_MONTH})\.?[\s\-/]+{_DAY}(?:(?:,\s*|\s+|-|/|\.)(?:{_YEAR}|\d{{2}}(?![\d:])))?"
    rf"|(?:(?-i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?,?\s+)?"
    rf"(?:{_DAY})(?:\s+of)?[\s\-/.]+(?P<m2>{_MONTH})\.?(?:(?:,\s*|\s+|-|/|\.)(?:{_YEAR}|\d{{2}}(?![\d:])))?"
    rf"|(?P<m3>{_MONTH})\.?,?[\s\-/]+{_YEAR}"
    rf")(?![\w])",
    re.IGNORECASE,
)
_DATE_NUM = re.compile(
    r"(?<![\w/.\-:])(?:"
    r"(?P<a>\d{1,2})(?P<s>[/.\-])(?P<b>\d{1,2})(?P=s)(?P<y>\d{4}|\d{2})"  # 03/14/1962, 14.03.62
    r"|(?P<iy>(?:1[89]|20)\d{2})(?P<s2>[/.\-])(?P<im>\d{1,2})(?P=s2)(?P<id>\d{1,2})"  # 1962-03-14
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|(?P<mm>0?[1-9]|1[0-2])[/\-.](?P<my>(?:19|20)\d{2})"  # 03/2019
    r")(?![\w/]|[.\-:]\d)"
)
# A day and month with no cue ("booked for 04/12", "review ECC 19/10", "sign-out 11/30"): only forms a clinical
# fraction does not take. Visual acuity is 6/x or 20/x, intervals n/7, n/12, n/52 have no leading zero, and
# IOP, blood pressure, cup-disc and scores are excluded by the words before (_BARE_DM_NOT_BEFORE) and after.
_BARE_DM = re.compile(
    r"(?<![\w/.\-:+#])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\w/]|[.\-:,]\d|[ \t]*(?i:mm|%|cm|od|os|ou|re|le|ishihara|plates?|hrr|correct|letters|points|mg|mcg|ug|iu|u|units?|ml"
    r"|hours?|hrs?|hrly|hourly|history|hx|nodes?|losses|shots)\b)"
)
_BARE_DM_NOT_BEFORE = re.compile(
    r"(?i:\b(?:od|os|ou|re|le|right|left|eyes?|snellen|n|bed|room|bay|chapter|case|unit|flat|apt|suite|ward|no"
    r"|number)[ \t:#.=]{0,3}$"
    r"|\b(?:losses|fl|fp|fn|schirmer|cv|goldmann|tonopen|hertel|nodes|pain|colou?r|iop|iops|ta|tapp|tp|gat|icare|tonometry|pressures?|bp|b/p|va|vas|acuity|vision|c:d|cdr|c/d|ratio|score|scored"
    r"|plates?|ishihara|hrr|grade|stage|page|pp?|pg|sheet|in|x|every|q|for\s+(?:\d|one|two|three|four|six)|rr|hr"
    r"|pulse|sats?|gcs|apgar|mmhg|refraction|rx|ref|dose|doses|cycle|cycles|shots|then)\b[^\n\d]{0,12}$"
    r"|\d[^\n\d]{0,5}$)"
)
_DATE_CUE_SHORT = re.compile(
    r"(?i:\b(?:on|dated?|since|from|until|till|seen|visit|dos|dob|d\.o\.b\.?|born|admitted|discharged|returned"
    r"|f/u|follow-up|next|last|due|scheduled|appointment|appt|reviewed|examined|injected|treated|operated"
    r"|consultation|consult|telephoned|clinic|letter"
    r"|performed|scanned|imaged|photographed|phoned|attended|booked|dictated|typed|faxed|emailed|sent|received"
    r"|by|before|after|list|review|w/c|week\s+of|wk\s+of"
    r"|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\b\.?[:,\s]{1,3})"
    r"(?P<v>\d{1,2}/\d{1,2}(?!\s*(?:OD|OS|OU|vision|VA)\b)|\d{8}|\d{6})(?![\w/]|[.\-]\d)"
)
# Cues before a follow-up interval in the clinic's notation: n/7 days, n/52 weeks, n/12 months.
_INTERVAL_CUE = re.compile(r"(?i:f/u|follow-up|next|due|review|after|by|before)\b")
_INTERVAL_BEFORE = re.compile(r"(?i:\b(?:next|f/u|follow[ \-]?up|review|in|every|recall)\b[^\n\d]{0,10}$)")
_WEEKDAY_START = re.compile(r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b)")
# "seen again on the 3rd": a day of the month, unless a noun follows ("on the 2nd injection").
_DATE_ON_THE = re.compile(
    r"(?i:\bon[ \t]+the[ \t]+)(?P<v>(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th))\b"
    r"(?![ \t]+(?!(?:and|at|or|of|in|for|with|by|when|but|to|as|until|then|after|before|we|she|he|they|i)\b)[a-z])"
)
# A holiday with its year ("Christmas 2020"): the holiday is a day of that year.
_HOLIDAY_YEAR = re.compile(
    r"(?<![\w])(?:Christmas(?:[ \t]+(?:Day|Eve))?|Xmas|Easter(?:[ \t]+(?:Sunday|Monday))?|Thanksgiving|Hallowe['’]?en"
    r"|New[ \t]+Year['’]?s(?:[ \t]+(?:Day|Eve))?|Boxing[ \t]+Day|Hanukkah|Chanukah|Diwali|Passover|Eid(?:[ \t]+al-\w+)?"
    r"|Independence[ \t]+Day|Memorial[ \t]+Day|Labou?r[ \t]+Day|Valentine['’]?s[ \t]+Day|St\.?[ \t]+Patrick['’]?s[ \t]+Day"
    r"|Good[ \t]+Friday|Bonfire[ \t]+Night|Guy[ \t]+Fawkes(?:[ \t]+Night)?|Hogmanay)"
    r"(?:[ \t]+(?:of[ \t]+)?|,[ \t]*)(?:19|20)\d{2}(?![\w])"
)

# Dates as dictation software writes them: "the fourteenth of june nineteen forty one", "march third nineteen fifty
# five", "november twenty fifth", "dec 2" (lower-case month abbreviations that are no word: not may, mar, oct).
_ORDINAL_WORD = (
    r"(?:(?:twenty|thirty)[ \t-]+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh"
    r"|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth"
)
_UNITS = r"one|two|three|four|five|six|seven|eight|nine"
_MONTH_WORD = r"january|february|march|april|may|june|july|august|september|october|november|december"
_TEENS = r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_YEAR_WORDS = (
    rf"(?:nineteen|twenty)[ \t]+(?:(?:{_TENS})(?:[ \t-]+(?:{_UNITS}))?|{_TEENS}|oh[ \t]+(?:{_UNITS})|hundred)"
    rf"|two[ \t]+thousand(?:[ \t]+and)?(?:[ \t]+(?:{_TEENS}|{_UNITS}|twenty(?:[ \t-]+(?:{_UNITS}))?))?"
)
_SPOKEN_DATE = re.compile(
    rf"(?i:(?<![\w])(?:(?:the[ \t]+)?(?:{_ORDINAL_WORD})[ \t]+of[ \t]+(?:{_MONTH_WORD})"
    rf"|(?:{_MONTH_WORD})[ \t]+(?:the[ \t]+)?(?:{_ORDINAL_WORD}))(?:[ \t,]+(?:{_YEAR_WORDS}))?(?![\w])"
    r"|(?<![\w])(?:jan|feb|apr|jun|jul|aug|sept?|nov|dec)\.?[ \t]+(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
    r"(?![\w/:.]|[ \t]*(?:mg|ml|mm|days?|weeks?|months?|years?|x|times|hours?|h)\b))"
)
# Numbers as dictation software writes them: five digit words or more ("k as in kilo four four one eight two nine",
# "oh two seven four four one three nine nine two"), a record number unless the words before name a phone,
# an insurance or health-card scheme, or a serial number.
_SPOKEN_D = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
_SPOKEN_DIGIT = rf"(?:(?:double|triple)[ \t]+{_SPOKEN_D}|{_SPOKEN_D})"
_SPOKEN_NUMBER = re.compile(
    rf"(?i:(?<![\w])(?:[a-z][ \t]+as[ \t]+in[ \t]+[a-z]+[ \t]+)?{_SPOKEN_DIGIT}"
    rf"(?:,?[ \t]+(?:(?:slash|dash|hyphen)[ \t]+)?{_SPOKEN_DIGIT}){{4,}}(?![\w]))"
)
_SPOKEN_DIGIT_WORDS = frozenset(_split_words("zero oh one two three four five six seven eight nine"))
_SPOKEN_NUMBER_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("DEVICE", re.compile(r"(?i:\bserial)")),
    (
        "INSURANCE",
        re.compile(r"(?i:\b(?:medicare|medicaid|insurance|health[ \t]+(?:services|card)|medical[ \t]+aid|policy))"),
    ),
    ("PHONE", re.compile(r"(?i:\b(?:phone|phoned|mobile|cell|ring|call|reached|contact|telephone|number[ \t]+is)\b)")),
)
# Ages over 89: only the number is replaced ("a [AGE]-year-old").
_AGE = re.compile(
    r"(?<![\w.])(?P<n1>\d{2,3})(?:[ \t]*|-)(?:years?|yrs?|y)(?:[ \t]*|-)(?:old\b|o\b|/o|\.o\.?|of\s+age\b)"
    r"|(?<![\w])(?:aged?|age\s+of|at\s+age)[ \t]*[:=]?[ \t]*(?P<n2>\d{2,3})(?=[ \t]*(?:y|yrs?|yo)\b|(?![\w%]|\.\d))"
    r"|(?<![\w.])(?P<n3>\d{2,3})[ \t]?(?:male|female|man|woman|gentleman|lady)\b",
    re.IGNORECASE,
)

# Phones. One pattern for the shapes, then a digit count per shape; fax or phone by the last cue.
_PHONE = re.compile(
    r"(?<![\w+/.\-])(?P<num>"
    r"\+\s?\d{1,3}(?:[\s.\-]?\(0\))?(?:[\s.\-/]{0,2}\(?\d{1,5}\)?){2,6}"  # +44 (0)20 7946 0958
    r"|00\d{1,3}(?:[\s.\-/]{1,2}\(?\d{1,8}\)?){2,6}"  # 0049 30 1234567
    r"|(?:1[\s.\-])?\(\d{3}\)[\s.\-]{0,2}\d{3}[\s.\-]?\d{4}"  # (555) 123-4567
    r"|(?:1[\s.\-])?\d{3}[\s.\-]\d{3}[\s.\-]\d{4}"  # 555-123-4567, 555.123.4567
    r"|\(0\d{1,4}\)[\s\-]?\d{2,5}(?:[\s\-]\d{2,5}){0,3}"  # (03) 9123 4567
    r"|0\d{1,4}(?:[\s\-/]\d{2,8}){1,4}"  # 020 7946 0958, 01 23 45 67 89
    r"|[2-9]\d{9}"  # 5551234567
    r"|[6-9]\d{4}[\s\-]\d{5}|[6-9]\d{3}[\s\-]\d{3}[\s\-]\d{3}"  # Indian mobiles: 98140 22718, 9847 055 128
    r")(?:[ \t]*(?:x|ext\.?|extension)[ \t]*\d{1,6})?(?![\w/]|[.\-]\d)",
    re.IGNORECASE,
)
_PHONE_CUE_SHORT = re.compile(
    r"(?i:\b(?:tel|telephone|phone|ph|cell|mobile|mob|pager|beeper|fax|facsimile|call|contact)\b\.?(?:\s*(?:no\.?|number|#))?)"
    r"[:\s#.]{0,3}(?P<num>\d{3}[\s.\-]\d{4}|\d{4}[\s.\-]\d{3,4})(?![\w/]|[.\-]\d)"
)
# Any number of 7 to 15 digits after a telephone label, in any national layout: "Tel (81) 8348-2200",
# "tel. 601 234 567", "Puh. 040 712 3456", "cel. 55 5264 1187", "Handy 0176 2233 4189".
_PHONE_LABELLED = re.compile(
    r"(?<![\w])(?i:tel|tel[eé]fono|telefone|telefon|telephone|phone|ph|mob|mobile|cell|cel|celular|handy|tlf|tfn|puh"
    r"|cep|fax|facsimile|whatsapp|sms)\.?(?:[ \t]*(?:no\.?|number|nr\.?|#))?[ \t]*[:.]?[ \t]*"
    r"(?P<num>\+?\(?\d[\d \t()\-./]{5,20}\d)(?![\w]|[.\-]\d)"
)
_PHONE_LABELLED_FIRST = frozenset(
    _split_words("tel teléfono telefono telefone telefon telephone phone ph mob mobile cell cel celular handy tlf tfn")
    + _split_words("puh cep fax facsimile whatsapp sms")
)
_FAX_CUE = re.compile(r"(?i:fax|facsimile|\bf\s*:)")
_PHONE_CUE = re.compile(r"(?i:tel|phone|\bph\b|cell|mobile|\bmob\b|pager|\bcall|\b[pt]\s*:)")

_EMAIL = re.compile(r"(?<![\w.+\-'])[A-Za-z0-9][A-Za-z0-9._%+'\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*\.)+[A-Za-z]{2,24}\b")
_TLDS = (
    "com|org|net|edu|gov|mil|int|io|co|us|uk|de|fr|nl|es|it|ch|at|be|se|no|dk|fi|ie|au|nz|ca|jp|cn|in|br|mx|pl|pt"
    "|info|biz|health|care|clinic|hospital|med|eu|app|ai|me|tv|ly|gl"
)
_URL = re.compile(
    r"(?<![\w@])(?:(?:https?|ftp|sftp)://[^\s<>\"'\]\[]+"
    r"|www\.[^\s<>\"'\]\[]+"
    rf"|(?:[A-Za-z0-9](?:[A-Za-z0-9\-]{{0,61}}[A-Za-z0-9])?\.)+(?:{_TLDS})(?![\w\-@])(?::\d{{2,5}})?(?:/[^\s<>\"'\]\[]*)?)",
    re.IGNORECASE,
)
_IPV4 = re.compile(
    r"(?<![\w.])(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(?![\w]|\.\d)"
)
# Words before a four-part software version ("version 10.4.2.118", "Spectralis software 6.16.8.0", "v1.2.0.3").
_VERSION_BEFORE = re.compile(
    r"(?i:\b(?:version|ver|software|firmware|build|release|patch|explorer|eyesuite|spectralis|cirrus|forum|hfa|module"
    r"|v)\b\.?|\"version\"[ \t]*:[ \t]*\[?\{?[ \t]*\"value\"[ \t]*:[ \t]*\")[ \t]*"
    r"(?:(?:to|is|was|of)[ \t]+)?v?$"
)
_IPV6 = re.compile(
    r"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}(?:[0-9A-Fa-f]{0,4}|\d{1,3}(?:\.\d{1,3}){3})(?:%\w+)?(?![\w:])"
)
_MAC = re.compile(r"(?<![\w:\-])[0-9A-Fa-f]{2}(?P<s>[:\-])(?:[0-9A-Fa-f]{2}(?P=s)){4}[0-9A-Fa-f]{2}(?![\w:\-])")

# Record-type numbers: a cue, then a value that holds at least one digit.
_ID_VALUE = (
    r"(?P<v>#?(?:[A-Za-z]{1,6}-){0,2}(?-i:[A-Z]{2,6}/){0,3}[A-Za-z]{0,6}[ \-/]?\d[\dA-Za-z\-/.]*(?:[ \t]\d{3,}){0,3}"
    r"(?:[ \t]\d(?=[ \t]*(?:[;,)]|\.(?:\s|$)|$)))?)"
)
_ID_CUES: tuple[tuple[str, str], ...] = (
    (
        "INSURANCE",
        r"(?:policy|member(?:ship)?|subscriber|insurance|insurer|ins\.?|medicare|medicaid|beneficiary|group|grp|plan"
        r"|health\s+plan|coverage|payer|payor|claim|mbi|hicn|bcbs|cigna|aetna|humana|united\s*healthcare|kaiser"
        # other countries' schemes and funds: UK/Irish private insurers, Australian DVA and funds, Canadian provincial
        # plans (OHIP, BC PHN, RAMQ), Indian schemes (Ayushman Bharat / PM-JAY, ABHA, CGHS, ESIC)
        r"|bupa|axa(?:\s+ppp)?|aviva|vitality|simplyhealth|vhi|laya|irish\s+life(?:\s+health)?|medibank|hcf|nib"
        r"|(?:private\s+)?health\s+fund|dva(?:\s+(?:file|card|gold\s+card|white\s+card))?|ohip|ramq|msp"
        r"|(?:bc\s+)?phn|personal\s+health|health\s+card|medical\s+card|gms(?:\s+card)?"
        r"|ayushman\s+bharat(?:\s+card)?|pm-?jay|abha|cghs|esic?)"
        r"(?:\s*/\s*(?:policy|member|subscriber|group|plan))*(?:\s+(?:id|no\.?|number|num|#|nr))*",
    ),
    (
        "ACCOUNT",
        r"(?:acct|account|acc|(?:billing|invoice|guarantor)(?:\s+(?:acct|account))?|encounter|enc|visit|fin|financial"
        r"|inv|receipt|bill(?:\s+ref)?)"
        r"(?:\s+(?:id|no\.?|number|num|#|nr))*",
    ),
    (
        "MRN",
        r"(?:mrn|mr\s*#|mr\s+no\.?|med(?:ical)?\.?\s+rec(?:ord)?\.?|hospital|hosp\.?|patient|pt\.?|chart|record|unit|nhs|chi"
        r"|empi|urn|ur|case|accession|acc\s*#|ssn|social\s+security|sin|ihi|hcn|person|client"
        # Indian hospital numbers (UHID, IP/OP number), Northern Ireland's Health and Care number
        r"|study|exam|uhid|(?:ip|op|ipd|opd)(?=\s+(?:no|number|#))|h\s*&\s*c|nhi)(?:\s+(?:id|no\.?|number|num|#|nr|identifier))*",
    ),
    (
        "DEVICE",
        # a lot number only of an implant ("IOL lot #"): a drug's or a consumable's lot names no patient
        r"(?:s/n|sn|(?:camera|device|unit|machine|scanner|laser|pump)\s+serial|serial|ser\.?|device|udi"
        r"|(?:iol|implant|lens|shunt|valve|stent)\s+lot|imei|meid"
        r"|asset(?:\s+tag)?|implant|pacemaker|iol|model\s+serial)"
        r"(?:\s+(?:id|no\.?|number|num|#|nr|identifier|serial))*",
    ),
    (
        # Certificate and licence numbers (Safe Harbor #11): driving licence, professional registration, certificates.
        "LICENSE",
        r"(?:(?:driver['’]?s?|driving|medical|state|professional|nursing|pharmacy|pilot['’]?s?|firearms?|business)\s+)?"
        r"licen[cs]e(?!\s*(?:plates?|tag)\b)(?:\s*#|\s+(?:id\b|no\.?|number|num|nr))*"
        r"|d\.?l\.?(?:\s*#|\s+(?:no\.?|number|num))*"
        r"|(?:(?:birth|death|marriage|board|professional|registration|training)\s+)?certificate(?:\s*#|\s+(?:id|no\.?|number|num|nr))*"
        r"|cert\.?(?:\s*#|\s+(?:no\.?|number|num))+"
        r"|driver['’]?s?\s+(?:no\.?|number)|dvla(?:\s+(?:no\.?|number|driver\s+number))?"
        # professional registers: UK, Irish Medical Council, Indian state councils, Canadian colleges, US NPI
        r"|(?:(?:irish\s+)?medical\s+council|imc|kmc|mmc|dmc|tnmc|mci|nmc|gmc|goc|hcpc|ahpra|npi|dea|upin|cpso|cpsbc|cpsa"
        r"|cpsm|cpsns|cmq|mcrn|hpcsa(?:\s+(?:mp|op|dp|pr))?|mdcn|kmpdc|mcr|mcnz|nmba|nrcpd|odob|pmdc|bmdc|slmc)"
        r"(?:\s+(?:registration|regn?\.?))?(?:\s*#|\s+(?:id|no\.?|number|num|nr))*",
    ),
)
# A cue word alone ("patient", "visit", "device") is too common: they need a number word, a colon or
# '#'. These bare cues are specific enough to stand alone before a number.
_BARE_ID_CUES = {
    "mrn",
    "ssn",
    "acct",
    "s/n",
    "sn",
    "udi",
    "imei",
    "mbi",
    "hicn",
    "nhs",
    "empi",
    "urn",
    "fin",
    "serial",
    "policy",
    "medicare",
    "medicaid",
    "account",
    "membership",
    "uhid",
    "nhi",
    "invoice",
    "receipt",
    "bill ref",
}
# Scheme and register names that stand alone before their number ("OHIP 5584-392-017-AB", "KMC 78412").
_BARE_ID_CUE_RE = re.compile(
    r"(?:bupa|axa|axa ppp|aviva|vhi|laya|medibank|hcf|nib|dva(?: \w+)*|ohip|ramq|msp|(?:bc )?phn|health card"
    r"|medical card|gms card|ayushman bharat(?: card)?|pm-?jay|abha|cghs|esic?|h ?& ?c|uhid|kmc|mmc|dmc|tnmc|mci|imc"
    r"|cpso|cpsbc|cpsa|cpsm|cpsns|cmq|mcrn|hpcsa(?: (?:mp|op|dp|pr))?|mdcn|kmpdc|mcr|mcnz|nmba|nrcpd|odob|pmdc|bmdc|slmc"
    r"|(?:camera|device|unit|machine|scanner|laser|pump) serial"
    r"|(?:billing|invoice|guarantor) (?:acct|account))"
)
_WORD_BEFORE_NUMBER = re.compile(r"([A-Za-z]+)[ \t]")  # "MP 0712345" (a register's letters) but not "of 120"
_ID_WORDS = frozenset(_split_words("card file no id reg number num member membership policy client"))
_AMOUNT = re.compile(r"\d{1,3}(?:,\d{3})*\.\d{2}")
_ID_RE: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (
        kind,
        re.compile(rf"(?<![\w/])(?P<cue>{cue})(?P<sep>[ \t]*[:#=./]?[ \t]*(?:is[ \t]+)?)" + _ID_VALUE, re.IGNORECASE),
    )
    for kind, cue in _ID_CUES
)
# Licence cues that stand alone before a number ("driver's license D1234567", "GMC 7654321"); "DL" and
# "certificate" need a number word, '#' or ':' ("mg/dL" and "certificate of attendance" are not identifiers).
_BARE_LICENSE_CUE = re.compile(
    r"licen[cs]e$|\bregn?\.?$|\bregistration$|^(?:gmc|nmc|goc|hcpc|ahpra|npi|dea|upin|mcrn|hpcsa|mdcn|kmpdc|mcr|mcnz|nmba"
    r"|nrcpd|odob|pmdc|bmdc|slmc|tnmc|kmc|mmc|dmc|imc|mci|cpso|cpsbc|cpsa|cpsm|cpsns|cmq)\b"
)
# Vehicle identifiers (Safe Harbor #12): a registration/plate cue and a plate in capitals (letters and
# digits, 4-8 of them, perhaps in groups: "AB12 CDE", "7ABC123", "KLR-4821"), or a 17-character VIN.
_VEHICLE = re.compile(
    r"(?i:(?<![\w/])(?P<cue>(?:(?:vehicle|car|van|truck|lorry|motorbike|motorcycle)\s+)?"
    r"(?:reg(?:istration)?\.?(?:\s+(?:mark|plate|no\.?|number|#))*"
    r"|(?:licen[cs]e\s+|number\s+|registration\s+|reg\.?\s+)?plates?(?:\s+(?:no\.?|number|#))*)"
    r"|vin(?:\s+(?:no\.?|number|#))*|vehicle\s+identification\s+number|chassis\s+(?:no\.?|number)"
    # Australian "rego", US state "tag", and a vehicle named right before its plate ("motorcycle KA 05 MN 4821",
    # "Vehicle he drives: GBC 4471 K")
    r"|rego|(?:[a-z]+\s+)?tag|(?:vehicle|car|van|truck|lorry|motorbike|motorcycle|scooter|taxi|jeepney|bike)"
    r"(?:\s+(?:he|she|they)\s+drives)?))"
    r"[ \t]*[:#=.]?[ \t]*(?:is[ \t]+)?"
    r"(?P<v>[A-Z0-9]{1,17}(?:[ \-][A-Z0-9]{1,4}){0,3})(?![\w\-])"
)
_VEHICLE_FIRST = frozenset(
    ["reg", "registration", "plate", "plates", "vin", "chassis", "vehicle", "rego", "tag", "car", "van", "truck"]
    + ["lorry", "motorbike", "motorcycle", "scooter", "taxi", "jeepney", "bike"]
)


def _plate(value: str) -> int:
    """Length of the plate or VIN at the start of ``value`` (0 if none): 4-10 letters and digits, both present."""
    if len(value) == 17 and value.isalnum() and not value.isdigit() and not value.isalpha():
        return 17  # a VIN
    best = 0
    for m in re.finditer(r"[ \-]|$", value):
        head = value[: m.start()]
        alnum = sum(c.isalnum() for c in head)
        if alnum > 10:
            break  # Indian plates have 10: "KA 05 MN 4821"
        if alnum >= 4 and any(c.isdigit() for c in head) and any(c.isalpha() for c in head):
            best = m.start()
    return best


_SSN = re.compile(r"(?<![\w\-])\d{3}-\d{2}-\d{4}(?![\w\-])")
# A record number with a letter prefix: "RXH2210987", "A-1234567", "RXH 2210987" (a spaced prefix is checked apart).
_GENERIC_ID = re.compile(r"(?<![\w.,\-/])(?:(?P<p>[A-Z]{2,4})[ \t])?(?:[A-Z]{1,3}-?)?\d{7,}(?![\w]|[.,]\d)")
# A UK (DVLA) driving licence number: 5 letters of the surname (9-padded), 6 digits, 2 initials, a digit, 2 letters.
_UK_DRIVER_NO = re.compile(r"(?<![\w])[A-Z9]{5}\d{6}[A-Z9]{2}\d[A-Z]{2}(?![\w])")
# An Irish vehicle registration: year (2-3 digits), county letters, serial ("161-D-48213", "08-KY-1234").
_IE_PLATE_GATE = re.compile(r"-[A-Z]{1,2}-\d")
_IE_PLATE = re.compile(
    r"(?<![\w\-])\d{2,3}-(?:C|CE|CN|CW|D|DL|G|KE|KK|KY|L|LD|LH|LK|LM|LS|MH|MN|MO|OY|RN|SO|T|TN|TS|W|WD|WH|WX|WW)"
    r"-\d{1,6}(?![\w\-])"
)
# A serial number named before its value: "serial on the Cirrus unit is 5000-6142", "serial number of the pump: X1".
_SERIAL_OF = re.compile(
    r"(?i:\b(?:serial|s/n)(?:[ \t]+(?:number|no\.?))?[ \t]+(?:on|of|for)[ \t]+(?:the[ \t]+|this[ \t]+|that[ \t]+|his[ \t]+"
    r"|her[ \t]+)?(?:[\w\-]+[ \t]+){0,3}?(?:is|was|reads|=|:)[ \t]*)"
    r"(?P<v>[A-Za-z]{0,6}-?\d[\dA-Za-z\-/]*\d|[A-Za-z]{0,6}-?\d)"
)
_UDI = re.compile(r"\(01\)\d{14}(?:\(\d{2}\)[\w\-]+)+")

# Addresses.
_STATES_ABBR = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA"
    "|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT"
)
_STATES_FULL = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois"
    "|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri"
    "|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington"
    "|West Virginia|Wisconsin|Wyoming|Ontario|Quebec|British Columbia|Alberta|Manitoba|Nova Scotia"
)
_ZIP5 = r"\d{5}(?:-\d{4})?"
_UK_POST = r"[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}"
_CA_POST = r"[A-Z]\d[A-Z][ \t]?\d[A-Z]\d"
# Later words may carry a French/Spanish particle or elision: "Coeur d'Alene", "Havre de Grace".
_CITY = (
    # "McAllen", "DeKalb", "LaGrange": one inner capital after a short prefix
    rf"(?P<city>(?:(?:St|Ft|Mt)\.?[ \t]+)?[{_UP}](?:[{_LOW}]{{1,2}}[{_UP}])?[{_LOW}'’.\-]+"
    rf"(?:[ \t\-](?:(?:de|du|des|del|la|le)[ \t]+)?(?:[dl]['’])?[{_UP}][{_LOW}'’.\-]+){{0,2}})"
)
_CITY_STATE = (  # with a ZIP first, so "42nd St, New York, NY 10036" is not read as "St, New York"
    re.compile(
        rf"(?<![\w]){_CITY},?[ \t]+(?:(?P<abbr>{_STATES_ABBR})\.?|(?P<full>{_STATES_FULL})),?[ \t]+"
        rf"(?P<zip>{_ZIP5}|{_CA_POST})(?![\w])"
    ),
    re.compile(rf"(?<![\w]){_CITY},[ \t]+(?P<full>{_STATES_FULL})(?P<abbr>)(?P<zip>)(?![\w])"),
)
_CITY_POST = re.compile(rf"(?<![\w]){_CITY},?[ \t]+(?P<zip>{_UK_POST})(?![\w])")
_ZIP_CUE = re.compile(
    rf"(?i:\b(?:zip|zip\s*code|postal\s*code|post\s*code|postcode|plz|cp)\b)[ \t]*[:#]?[ \t]*(?P<zip>{_ZIP5}|(?i:{_UK_POST}|{_CA_POST}))(?![\w])"
)
_EU_ZIP_CITY = re.compile(
    rf"(?<![\w\-])(?P<zip>(?:[A-Z]{{1,2}}-)?\d{{4,5}})[ \t]+(?P<city>[{_UP}][{_LOW}]+(?:[ \t\-][{_UP}][{_LOW}]+)?)(?![\w])"
)
_STREET_SUFFIX = (
    r"Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Parkway|Pkwy"
    r"|Circle|Cir|Highway|Hwy|Square|Sq|Close|Crescent|Cres|Trail|Trl|Row|Alley|Plaza|Loop|Pike|Gardens|Grove|Mews|Parade|Pde"
    r"|Hill|Park|Walk|Rise|Green|Heights|Path|Run|Crossing|Point|Pt|Ridge|View|Commons|Broadway|Turnpike|Tpke|Expressway"
)
# A second suffix word after a first one ("Elm Grove Rd", "Park Lane Road"); not "Dr", "Pt", "St" (a title,
# "patient", "Saint").
_STREET_SUFFIX_2 = r"Street|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Way|Close|Court|Ct|Place|Terrace|Crescent|Boulevard|Blvd"
_UNIT = r"(?:,?[ \t]*(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Room|Rm|Bldg|Building|#)\.?[ \t]*#?[ \t]*[\w\-]+)?"
_STREET_NUM_FIRST = (
    rf"\d{{1,6}}[A-Za-z]?(?:-\d{{1,4}})?[ \t]+(?:(?:N|S|E|W|NE|NW|SE|SW|North|South|East|West)\.?[ \t]+)?"
    rf"(?:(?:[{_UP}][\w'’\-]*|\d{{1,3}}(?:st|nd|rd|th))\.?[ \t]+){{1,4}}?(?:{_STREET_SUFFIX})\b"
    rf"(?:[ \t]+(?:{_STREET_SUFFIX_2})\b)?\.?"
    rf"(?:[ \t]+(?:N|S|E|W|NE|NW|SE|SW)\b\.?)?{_UNIT}"
)
_STREET_CORE = re.compile(_STREET_NUM_FIRST)
_STREET = re.compile(
    rf"(?<![\w\-/.]){_STREET_NUM_FIRST}"
    rf"|(?<![\w])P\.?[ \t]?O\.?[ \t]*Box[ \t]+\d+"
    rf"|(?<![\w])[{_UP}][{_LOW}]+(?:straße|strasse|str\.|weg|gasse|allee|platz|ring|damm|laan|straat|gracht|vej|gatan|gade)"
    rf"[ \t]+\d{{1,4}}[a-z]?"
    rf"|(?<![\w])(?:Rue|Via|Viale|Corso|Piazza|Calle|Avenida|Rua|Paseo|Carrer|Boulevard|Chemin|Allée)[ \t]+"
    rf"(?:[\w'’\-]+[ \t]+){{0,4}}?\d{{1,4}}[a-z]?(?![\w])"
)
# The number first, tried only where a house number starts: "18 Rue des Lilas", "7 Via Roma", "3 Calle de la Paz".
_STREET_ROMANCE = re.compile(
    rf"(?<![\w\-/.])\d{{1,4}}[a-z]?,?[ \t]+(?:Rue|Via|Viale|Corso|Piazza|Calle|Avenida|Rua|Paseo|Carrer|Chemin|Allée"
    rf"|Impasse|Place|Avenue|Boulevard|rue|avenue|boulevard|chemin|impasse|allée)[ \t]+(?:(?:de|du|des|del|della|di|da|la|le|les|dos|das)[ \t]+|[dl]['’])*"
    rf"[{_UP}][\w'’\-]*(?:[ \t]+[{_UP}][\w'’\-]*){{0,2}}"
)
_STREET_GATE = re.compile(
    r"(?<![\d\w])\d{1,6}[A-Za-z]?(?:-\d{1,4})?[ \t]+(?:[NSEW]\.?[ \t]+|North |South |East |West )?"
    r"(?:[A-Z\d]|(?:rue|avenue|boulevard|chemin|impasse|allée)[ \t])"
)
_STREET_OTHER_HINTS = (
    "Box",
    "BOX",
    "stra",
    "str.",
    "weg",
    "gasse",
    "allee",
    "platz",
    "ring",
    "damm",
    "laan",
    "gracht",
    "vej",
    "gat",
    "Rue",
    "Via",
    "Viale",
    "Corso",
    "Piazza",
    "Calle",
    "Avenida",
    "Rua",
    "Paseo",
    "Carrer",
    "Boulevard",
    "Chemin",
    "All",
)
_STREET_OTHER_GATE = re.compile("|".join(map(re.escape, _STREET_OTHER_HINTS)))
_ADDRESS_LINE = re.compile(
    r"(?i:\b(?:(?:home|mailing|postal|street|current|permanent)\s+)?(?:address|addr|residence|resides\s+at|lives\s+at)\b)"
    r"(?:[ \t]+(?i:updated|changed|corrected|confirmed|now|on[ \t]+file)\b)?[ \t]*[:\-]?[ \t]*"
)
_NEXT_FIELD = re.compile(r"[ \t]{3,}|[ \t|](?:Tel|Ph|Phone|Mob|Mobile|Cell|Fax|E-?mail|DOB|D\.O\.B|NHS|MRN|Hosp)\b")
# Lower-case words that end an address written in running text ("Lives at 12 Mill Lane with her son").
_ADDRESS_TAIL = re.compile(r"[ \t]+(?:with|and|since|for|who|which|where|until|but|alone|together|near|from)\b")
# A town named without a state or postcode after a residence cue: "lives in Ashby with her son", "moved from
# Tralee", "originally from Coeur d'Alene", "resident of Little Snoring". The cue's filler words are lower case
# ("lives alone in", "lives with her son in"), the place capitalised; "lives in a care home" has no place.
# A place name: capitalised words, with particles ("Stratford-upon-Avon", "Sault Ste. Marie", "Isle of Skye").
_PLACE_PAT = (
    rf"(?:(?:St|Ft|Mt)\.?[ \t]+|(?:Isle|Isles|Vale|Forest)[ \t]+of[ \t]+(?:the[ \t]+)?)?[{_UP}][{_LOW}'’]+"
    rf"(?:(?:(?:-(?:on|upon|in|by|under|le|la|les|sur|the|de|en|am|an|der|au|aux|du|des|di|da|do|el))+-"
    rf"|[ \t\-](?:(?:de|du|des|del|la|le|upon)[ \t]+)?(?:[dl]['’])?)"
    rf"(?:(?:St|Ste|Mt|Ft)\.|[{_UP}][{_LOW}'’]+)){{0,3}}"
)
_TOWN_CUE = re.compile(
    r"(?<![\w])(?i:"
    r"(?:lives|living|live|lived|resides|residing|resided|settled|stays|staying|based|grew[ \t]+up|raised|born|retired)"
    r"(?-i:(?:[ \t]+[a-z'’]+){0,4}?)[ \t]+(?:in|near|outside|around)"
    r"|(?:moved|moving|relocated|relocating|emigrated|immigrated)(?:[ \t]+(?:here|back|over|down|up|away|recently|home))?"
    r"[ \t]+(?:from|to)"
    r"|(?:is|was|are|came|comes|originally|hails?|visiting|returned|arrived|back|travell?ed|flew|drove|commutes?"
    r"|commuted)(?:[ \t]+(?:here|back|over|recently|originally|home|in|up|down|all[ \t]+the[ \t]+way))?[ \t]+from"
    r"|(?:resident|native|town|village|city|hometown)[ \t]+of"
    r"|(?-i:(?:[Ee]ye[ \t]+)?(?:unit|hospital|infirmary|clinic|practice|surgery|centre|center|department|hospice|home"
    r"|[Cc]amp|[Oo]utreach|[Cc]linic))[ \t]+(?:in|near|at)"
    # a person described by a noun, then "from": "a retired farmer from X", "a 34-year-old interpreter from X"
    r"|(?-i:(?:man|woman|male|female|gentleman|lady|boy|girl|child|baby|infant|toddler|teenager|student|pensioner"
    r"|retiree|refugee|migrant|visitor|tourist|farmer|teacher|driver|worker|labourer|laborer|builder|engineer"
    r"|interpreter|family|couple)[ \t]+(?:originally[ \t]+)?from)"
    r")[ \t]+(?:the[ \t]+)?"
    rf"(?P<place>{_PLACE_PAT})(?![\w\-])"
)
_LIVES_CUE = re.compile(r"(?i:lives|living|live|resides|residing|based|settled)\b")
# A town of the GeoNames lexicon after a bare preposition: "from Stornoway", "outside Bakersfield", "of Rotorua",
# "home to Ōtāhuhu" (the residence cues above need a verb; notes often give only the preposition).
_PREP_PLACE = re.compile(
    rf"(?<![\w\-])(?:from|in|at|to|near|outside|of|around|ex)[ \t]+(?P<place>{_PLACE_PAT})(?![\w\-])"
)
_PREP_FIRST = frozenset(_split_words("from in at to near outside of around ex"))
# A postcode next to a town of the lexicon, in the layouts of other countries: before it ("2200 Kolding",
# "00-514 Warszawa", "118 46 Stockholm", "1016 GV Amsterdam") or after it ("Karachi 75300", "Tehran 1965914411").
_PC = r"\d{4,6}|\d{3}[ \t]\d{2}|\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{3}-\d{4}|\d{10}"
# A town of the lexicon as an element of an address written on one line: after a comma, a slash or a dash, before
# one ("Nørrebrogade 52, Bergen, ...", "Kadıköy/İstanbul", "apto 72 - Consolação - São Paulo/SP"); a number must
# stand earlier on the line (the street's), so a town in running text after a comma is left to the other rules.
_LISTED_PLACE = re.compile(
    rf"(?:,|/|[ \t][\-–][ \t])[ \t]*(?P<place>{_PLACE_PAT})(?=[ \t]*(?:[,./;]|[ \t][\-–][ \t]|$))", re.MULTILINE
)
# Towns that are English words (``_word_towns``) and where the layout says they stand.
_WORD_TOWN = re.compile(r"(?<![\w\-'’])(?P<t>[A-Z][a-z]{2,}(?:[ \t][A-Z][a-z]{2,})?)(?![\w\-'’])")
_WORD_TOWN_STATE = re.compile(
    rf"(?:,[ \t]*|[ \t]+)(?:{_STATES_ABBR}|NSW|VIC|QLD|SA|TAS|ACT|Vic|Qld|Tas|Co\.?[ \t]+[A-Z][a-z]+)(?![\w])"
)
_WORD_TOWN_COUNTY = re.compile(rf"[ \t]*\([ \t]*[{_UP}][{_LOW}]+(?:shire)?[ \t]*\)")  # "Street (Somerset)"
_WORD_TOWN_POST = re.compile(rf"(?:,[ \t]*|[ \t]+)(?:{_UK_POST}|\d{{5}}(?:-\d{{4}})?|\d{{4}})(?![\w\-/.:])")
_FIELD_LABEL_WORDS = frozenset(
    _split_words("date mobile phone home fax tel cell time page room unit suite level ward bed")
)
_RESIDENCE_BEFORE = re.compile(
    r"(?i:\b(?:lives|living|lived|resides|residing|resident|moved|moving|relocated|home|address|based))[ \t]+"
    r"(?:(?:in|at|to|near|of|out[ \t]+at)[ \t]+)?$"
)
_OF_AFTER_NAME = re.compile(r",[ \t]*of[ \t]+$")  # "Mr Reginald Tenby, of Bath"
_WORD_TOWN_END = re.compile(r"[ \t]*(?:[,;.)|]|$|\n)")
_LINE_END_AFTER = re.compile(r"[ \t]*(?:$|\n|\||[ \t]{2,})")
_TITLE_OR_PRACTICE = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+[A-Z]|\b(?:Surgery|Practice|Clinic|Centre|Center|Health|Hospital"
    r"|Medical|Opticians?|Optometrists?|Pharmacy|Eye|Eyecare)\b)"
)
_STREET_SUFFIX_WORD = re.compile(rf"\d+[A-Za-z]?[ \t]+(?:[A-Z][a-z]+[ \t]+){{1,3}}(?:{_STREET_SUFFIX})\b")
# A place closing a header field after a person's titled name, and "of <place>" after a name and an age.
_CLOSING_PLACE = re.compile(
    rf",[ \t]*(?P<p>[{_UP}][{_LOW}]+(?:[ \t\-][{_UP}][{_LOW}]+){{0,2}})(?=[ \t]*(?:$|\n|\||[ \t]{{2,}}\S|[ \t]-[ \t]))",
    re.MULTILINE,
)
_TITLED_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Mdm)\.?[ \t]+[{_UP}]")
_FIELD_SEPARATOR = re.compile(r"\||[ \t]{3,}")
_AGE_OF_PLACE = re.compile(
    rf",[ \t]*\d{{1,3}}[ \t]*(?:[MFmf]|yo|yrs?|years?)?,?[ \t]+of[ \t]+(?P<p>[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+){{0,2}})"
    r"(?=[ \t]*(?:[,.;)]|$))"
)
# The last word of a town's name that says it is a place ("Hervey Bay", "Hebden Bridge", "Glen Waverley Heights").
_PLACE_FEATURES = frozenset(
    _split_words(
        """bay bridge beach falls heights park harbour harbor springs spring hill hills creek valley point lake lakes
    island isle city town village vale port mount head heath downs wells ford green cove bluff"""
    )
)
# Cities whose postal districts are numbered: "Dublin 2", "Dublin 6W" (Ireland), "Kingston 10" (Jamaica).
_POSTAL_DISTRICT = re.compile(
    r"(?<![\w])(?:Dublin[ \t]+(?:6W|1[0-8]|2[0246]|[1-9])|Kingston[ \t]+(?:1\d|20|[1-9]))(?![\w.,]\d|[ \t]+(?:days?|weeks?|months?|years?|times|hours?|mins?)\b)"
)
_SG_POST = re.compile(r"(?<![\w])Singapore[ \t]*,?[ \t]*(?P<zip>\d{6})(?!\d)")  # "Singapore 460512"
_LONE_PLACE = re.compile(rf"(?<![\w\-'’])(?P<place>{_PLACE_PAT})(?![\w\-])")
_ZIP_TOWN = re.compile(rf"(?<![\w.,/\-])(?P<zip>{_PC})[ \t]+(?P<place>{_PLACE_PAT})(?![\w\-])")
_TOWN_ZIP = re.compile(rf"(?<![\w\-])(?P<place>{_PLACE_PAT}),?[ \t]+(?P<zip>{_PC})(?![\w]|[.,:/\-]\d)")
# Capitalised words after a town that make it part of an institution's name ("Leeds General Infirmary"),
# which is not the patient's town (and is ARGUABLE in the review sets).
_INSTITUTION_AFTER = re.compile(
    r"[ \t]+(?:Eye|Hospital|Hospitals|General|Royal|University|Infirmary|Clinic|Medical|Health|Centre|Center|College"
    r"|School|Institute|Teaching|Memorial|Community|District|County|Regional|City|Children's|Children’s|Trust"
    r"|NHS|Road|Street|Avenue|Lane|Way)\b"
)
_TOWN_FIRST = _first_words(
    "unit hospital infirmary clinic practice surgery centre center department hospice eye home camp outreach"
    " travelled traveled flew drove commute commutes commuted man woman male female gentleman lady boy girl child baby"
    " infant toddler teenager student pensioner retiree refugee migrant visitor tourist farmer teacher driver worker"
    " labourer laborer builder engineer interpreter family couple"
    " lives living live lived resides residing resided settled stays staying based grew raised born retired moved moving"
    " relocated relocating emigrated immigrated is was are came comes originally hail hails visiting returned arrived"
    " back resident native town village city hometown"
)
# Places in a hospital or a kind of home, not a town: "came from Casualty", "moved from Recovery".
_NOT_PLACE_WORDS = frozenset(
    _split_words(
        """casualty theatre theater theatres ward wards recovery outpatients inpatients accommodation housing home homes
    bungalow flat flats apartment hospice community abroad overseas resus triage icu itu hdu clinic clinics business
    wellness fear hope denial pain poverty comfort care holiday holidays vacation leave work service services
    department dept team firm retina glaucoma cornea oculoplastics paediatrics pediatrics neurology medical eye eyes
    ophthalmology optometry orthoptics christmas easter weekend weekends night nights lunchtime school university
    college toyota honda nissan mazda subaru suzuki hyundai volvo audi mercedes puan encik tuan cik alcon zeiss topcon
    nidek heidelberg optos rayner hoya bausch tecnis"""
    )
)
# ("-ness" is left out: "Skegness", "Inverness", "Sheerness".)
_NOT_PLACE_SUFFIX = ("ed", "tion", "sion", "ment", "ity", "ism", "ous", "ive", "able", "ible", "ful", "less")
# Where a one-word town after "lives in" may end: the clause, or a phrase of company or time.
_TOWN_END = re.compile(r"[ \t]*(?:[.,;:!?)\n]|$|(?:with|and|since|for|near|where|alone|now|until)\b)")
# Countries and regions: a place that is not a Safe Harbor identifier ("moved from India", "lives in Wales").
_COUNTRIES = frozenset(
    _split_words(
        """afghanistan africa albania algeria america argentina armenia asia australia austria bangladesh belarus belgium
    bolivia bosnia brazil britain bulgaria burma cambodia cameroon canada caribbean chile china colombia congo croatia
    cuba cyprus czechia denmark ecuador egypt england eritrea estonia ethiopia europe finland france georgia germany
    ghana greece guatemala guyana haiti holland honduras hungary iceland india indonesia iran iraq ireland israel italy
    jamaica japan jordan kazakhstan kenya korea kosovo kurdistan kuwait latvia lebanon libya lithuania luxembourg
    malawi malaysia mali malta mexico moldova mongolia morocco mozambique myanmar nepal netherlands nicaragua niger
    nigeria norway oman pakistan palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda
    scotland senegal serbia sierra singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
    tanzania thailand tibet trinidad tunisia turkey uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen
    zambia zimbabwe"""
    )
)
# Regions and provinces at least as large as a state: not Safe Harbor identifiers ("originally from Kashmir").
_REGIONS = frozenset(
    _split_words(
        """kashmir punjab bengal gujarat kerala sindh balochistan baluchistan rajasthan maharashtra bihar assam goa
    karnataka odisha orissa telangana andhra tamil sylhet catalonia andalusia andalucia galicia basque bavaria
    saxony tuscany sicily sardinia lombardy calabria brittany normandy provence corsica anatolia kurdistan siberia
    scandinavia balkans caucasus patagonia transylvania flanders wallonia silesia lapland crete queensland tasmania
    guangdong sichuan yunnan fujian mindanao luzon java sumatra borneo bali zanzibar darfur tigray oromia amhara
    kabylie punjabi vic qld nsw tas"""
    )
) | frozenset(["tamil nadu", "uttar pradesh", "madhya pradesh", "andhra pradesh", "west bengal", "middle east"])
_STATE_CUT = re.compile(rf",?[ \t]+(?:{_STATES_ABBR}|{_STATES_FULL})\b|[ \t]+{_ZIP5}\b|[ \t]+{_UK_POST}\b")
_AGE_GATE = re.compile(r"(?<!\d)(?:9\d|1[0-2]\d|130)(?![\d.]\d|\d)")
_AGE_BEFORE = re.compile(r"(?i:(?:aged?|age\s+of|at\s+age)[ \t]*[:=]?[ \t]*)$")
# "Patient is 92.", "who is 93", "now 91": a number from 90 after these words, not followed by a unit.
_AGE_IS_BEFORE = re.compile(
    r"(?:(?i:\b(?:(?:patient|pt|he|she|who)[ \t]*,?[ \t]*(?:is|was)|now|turned|turns))"
    rf"|(?<![\w])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Smt|Shri)\.?[ \t]+[{_UP}][\w'’\-]+(?:[ \t]+[{_UP}][\w'’\-]+)?[ \t]+(?:is|was|turned))"
    r"[ \t]+$"
)
# More wordings of an age over 89 (the number must still be 90-130 and read as an age):
# "92 yrs", "91y" (a unit of years, not "years ago"); "Mr Gordon Pryce, 94," (a titled or lexicon name, a comma,
# the number, a comma); "At 95 Mrs X ..." (then a title or a pronoun).
_AGE_YRS_AFTER = re.compile(
    r"(?:[ \t]*(?:yrs?|years?)|[ \t]?y)\b(?![ \t]*(?:ago|since|later|earlier|before|after|previously|prior|post)\b)(?![\-/]|[ \t]*old)"
)
_AGE_NAME_BEFORE = re.compile(
    rf"(?<![\w])(?P<t>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Smt|Shri|Pt|pt|Patient)\.?[ \t]+)?(?P<n>[{_UP}][\w'’\-]+(?:[ \t]+[{_UP}][\w'’\-]+){{0,3}})"
    r"(?:[ \t]*\([^()\n]{1,30}\))?[ \t]*,[ \t]*$"  # "Leonard Abrams (MRN 5512904), 95."
)
_AGE_NAME_AFTER = re.compile(
    r"[ \t]*(?:,|;|\)|\.(?:\s|$)|[ \t]+(?:and|who|with|is|was|has|lives|attends|presented|presents|today|now)\b)"
)
_AGE_AT_BEFORE = re.compile(r"(?<![\w])[Aa]t[ \t]+$")
_AGE_AT_AFTER = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Smt|Shri)\b|(?:he|she|this[ \t]+(?:lady|gentleman|man|woman|patient)"
    r"|the[ \t]+patient|our[ \t]+patient|my[ \t]+patient)\b)"
)
_AGE_IS_AFTER = re.compile(
    r"(?![\w%°/]|\.\d|[ \t]*(?:%|°|/|x\b|mm|mg|kg|lbs?\b|bpm|cm|ml|mcg|µ|beats|times|per\b|over\b|percent))"
)
_AGE_SEX_AFTER = re.compile(r"[MF](?![\w/])")  # "94M with PDR"
# Years in other languages after the number ("91 años", "96 J.", "92 år", "lat 94" before it, "93岁", "90 tuổi").
_AGE_UNIT_AFTER = re.compile(
    r"[ \t]*(?:años|anos|an(?:s|i)\b|anni|jahre\b|j\.|jaar|år|lat\b|yaş|tuổi|ετών|χρονών|岁|歳|سنة|ans\b)", re.I
)
_AGE_WORD_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:edad|alter|wiek|lat|ålder|alder|leeftijd|âge|età|idade|yaş|umur|ηλικία|العمر|বয়স|ዕድሜ))[ \t]*[:=]?[ \t]*$"
)
# A person named by a relation or a pronoun, a comma, then the number, then a comma ("her father, 93, can ...").
_AGE_RELATION_BEFORE = re.compile(
    r"(?i:(?<![\w])(?:father|mother|husband|wife|partner|son|daughter|sister|brother|aunt|uncle|grandmother"
    r"|grandfather|grandma|grandad|granny|neighbour|neighbor|patient|pt|lady|gentleman|man|woman|widow|widower))"
    r"[ \t]*,[ \t]*$"
)
# A name (titled or of the lexicon) then "(92)" or "is 99": "Mr Euan McGregor (92)", "Niamh is 99 and".
_AGE_PAREN_NAME_BEFORE = re.compile(
    rf"(?<![\w])(?P<t>(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Smt|Shri)\.?[ \t]+)?(?P<n>[{_UP}][\w'’\-]+(?:[ \t]+[{_UP}][\w'’\-]+){{0,3}})"
    r"[ \t]*(?:\([ \t]*|(?:is|was|turned|turns)[ \t]+)$"
)
_TEMP_BEFORE = re.compile(r"(?i:temp\w*|t)[ \t]*[:=]?[ \t]*$")
# Ages over 89 in words: "a ninety two year old", "aged ninety-two", "one hundred and one years old".
_NUM_WORD_AGE = (
    rf"(?:ninety(?:[- ](?:{_UNITS}))?|(?:one|a)[ \t]+hundred(?:[ \t]+(?:and[ \t]+)?(?:{_UNITS}|ten|eleven|twelve"
    r"|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))?)"
)
_AGE_WORDS = re.compile(
    rf"(?i:(?:(?<![\w\-])(?:aged?[ \t]+|age[ \t]+of[ \t]+|(?:is|was|now|turned|turns)[ \t]+)|['’]s[ \t]+|,[ \t]*)"
    rf"(?P<w1>{_NUM_WORD_AGE})(?![\w\-])"
    rf"|(?<![\w\-])(?P<w2>{_NUM_WORD_AGE})(?:[ \t]*|-)(?:years?|yrs?)(?:[ \t]*|-)(?:old|of[ \t]+age)\b"
    rf"|(?<![\w\-])(?P<w3>{_NUM_WORD_AGE})[ \t\-]+(?:male|female|man|woman|gentleman|lady)\b)"
)


def _town(text: str, start: int, end: int, lives: bool = False) -> tuple[int, int] | None:
    """The town in ``text[start:end]`` after a residence cue, without trailing clinical words; None for a
    state, a country, an acronym or a stop word ("moved from Lucentis", "lives in Texas", "lives in the UK").

    ``lives`` (after "lives in", "based in", ...): one capitalised word that is also an English word is a town
    when the clause ends after it ("Lives in Reading with her son"), unless it is a day, a month or a function
    word."""
    words = list(re.finditer(r"\S+", text[start:end]))
    while words and words[-1].group().lower().strip("'’") in _STOP and len(words) > 1:
        words.pop()  # "Leeds General" (Infirmary): keep the town
    if not words:
        return None
    first = words[0].group().lower()
    stop_town = (  # "Lives in Reading with her son"
        lives
        and len(words) == 1
        and first not in _NEVER_NAME
        and first not in _DAY_MONTH_WORDS
        and first not in _NOT_PLACE_WORDS
        and _TOWN_END.match(text, start + words[0].end())
    )
    if first in _STOP and first not in _PLACE_PREFIXES and not stop_town:
        return None
    if _PROTECTED.match(text, start):
        return None
    name = " ".join(w.group() for w in words)
    low = name.lower().replace("-", " ")
    if any(w in _NOT_PLACE_WORDS or (len(w) >= 5 and w.endswith(_NOT_PLACE_SUFFIX)) for w in low.split()):
        return None  # "came from Casualty", "lives in Sheltered Accommodation"
    if name in _STATE_NAMES or low in _COUNTRIES or low.split()[-1] in _COUNTRIES or name.isupper():
        return None
    if low in _REGIONS or low.split()[-1] in _REGIONS:
        return None  # "originally from Kashmir": larger than a state
    return start, start + words[-1].end()


def _AGE_BEFORE_START(text: str, pos: int) -> int:  # noqa: N802 - reads as the constant it replaces
    m = _AGE_BEFORE.search(text, max(0, pos - 14), pos)
    return m.start() if m else pos


_LONG_DIGITS = re.compile(r"\d{7,}")
_ANY_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d(?:\D*\d){3}")
_FIVE_DIGITS = re.compile(r"\d(?:\D*\d){4}")
# Numbers of five digits or more named as numbers in any scheme the cue lists above do not know: after a number
# word ("Reg. No. IIEI-26-045512", "Fall-Nr.: 6104458812", "Clinic No. NEH/26/3391", "card 08123456") or right
# after a register's acronym ("PESEL 12345678901", "CPR 120345-1847", "NIC 196854312V", "PMDC 12345-P").
_ID_TAIL = r"(?P<v>[A-Z]{0,5}[/\-]?\d[\dA-Z]*(?:(?:[ \-/.(]|\)[ \-/.]?)[A-Z]{0,3}\d[\dA-Z]*){0,6}(?:-[A-Z])?\)?)"
_NUMBER_WORD_ID = re.compile(
    r"(?<![\w])(?i:no|nr|n[º°o]|num|number|nummer|numer|numero|número|numéro|id|card|pin|reg|ref)\.?"
    rf"[ \t]*[:#.]?[ \t]*{_ID_TAIL}(?![\w])"
)
_ACRONYM_ID = re.compile(rf"(?<![\w/.\-])(?P<a>[A-Z]{{2,6}})(?:[ \t]*[:#][ \t]*|[ \t]+){_ID_TAIL}(?![\w])")
# Code systems: their codes are clinical, not identifiers ("CPT 67028", "SNOMED 232000008", "ICD-10 H35.3211").
_CODE_SYSTEMS = frozenset(
    _split_words(
        "icd cpt snomed loinc hcpcs atc ndc opcs read ctv icpc drg hrg iras nct isrctn eudract rec irb lot batch"
    )
)
_TRIAL_ID = re.compile(r"(?:NCT|ISRCTN)\d{8}(?!\d)")
_CODE_BEFORE = re.compile(r"([A-Za-z]+)(?:-?\d{1,2})?(?:[ \t]*(?:ct|code|codes))?[ \t]*[:#]?[ \t]*$")
_NUMBER_WORD_FIRST = frozenset(
    _split_words("no nr num number nummer numer numero número numéro id card pin reg ref nº n°")
)
_UNIT_AFTER = re.compile(r"[ \t]*(?:mm|µm|um|mg|mcg|ml|cm|kg|mmhg|d\b|dpt|%|x\b|years?|yrs?|days?|weeks?|units?)", re.I)
_TLD_HINT = re.compile(rf"[A-Za-z0-9]\.(?:{_TLDS})\b")
_IPV6_GATE = re.compile(r"(?:[0-9A-Fa-f]{1,4}:){3}|::")
_UK_POST_GATE = re.compile(_UK_POST)
# A UK postcode on its own (a letter's address block): the strict shape, with its space.
_UK_POST_BARE = re.compile(r"(?<![\w/.\-])[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?[ \t]+\d[ABD-HJLNP-UW-Z]{2}(?![\w])")
# A street without a house number, followed by ", Town": "Kings Lane, Hove BN3 1AA", "Flat 3, Rosebank House, ...".
_STREET_NONUM = re.compile(
    rf"(?<![\w])(?:[{_UP}][{_LOW}'’\-]+[ \t]+){{1,3}}(?:Lane|Road|Street|Avenue|Close|Drive|Way|Court|House|Crescent"
    rf"|Gardens|Terrace|Place|Mews|Grove|Square|Cottage|Farm)\b(?=[ \t]*,[ \t]*(?P<city>[{_UP}][{_LOW}]+(?:[ \t\-][{_UP}][{_LOW}]+)?))"
)
_ADDRESS_BLOCK_LINE = re.compile(
    rf"[ \t]*(?:\d{{1,5}}[A-Za-z]?[ \t]+)?[{_UP}][{_LOW}'’.\-]*(?:[ \t,]+[{_UP}\d][\w'’.\-]*){{0,5}},?[ \t]*"
)
# Addresses of other countries and layouts.
_STREET_CAPS = re.compile(  # a street in capitals: "9 ST MARY'S TERRACE"
    r"(?<![\w\-/.])\d{1,6}[A-Z]?[ \t]+(?:[A-Z][A-Z'’\-]*[ \t]+){1,4}?(?:STREET|ST|ROAD|RD|AVENUE|AVE|LANE|LN|DRIVE|COURT"
    r"|PLACE|WAY|TERRACE|CLOSE|CRESCENT|GARDENS|GROVE|PARK|SQUARE|HILL|MEWS|ROW|WALK|BOULEVARD|HIGHWAY)(?![\w'’])"
)
_CAPS_CITY_POST = re.compile(
    rf",[ \t]*(?P<city>[A-Z][A-Z'’\-]{{2,}}(?:[ \t][A-Z][A-Z'’\-]{{2,}}){{0,2}}),?[ \t]+{_UK_POST}(?![\w])"
)
# A flat or unit before a street: "Flat 4, 112 Cowley Road", "Unit 5/28 Beach Rd" (Australian unit/number).
_CAPS_STREET_WORDS = frozenset(
    _split_words(
        """street st road rd avenue ave lane ln drive court place way terrace close crescent gardens grove park square hill
    mews row walk boulevard highway"""
    )
)
_UNIT_WORDS = frozenset(_split_words("flat apartment apt unit suite shop lot"))
_AU_STATES = frozenset(_split_words("qld nsw vic sa wa tas nt act"))
_SIX_DIGITS = re.compile(r"\d{6}")
_UNIT_BEFORE = re.compile(
    r"(?<![\w])(?:Flat|Apartment|Apt|Unit|Suite|Shop|Lot)\.?[ \t]+\w{1,5}(?:[ \t]*,[ \t]*|/)(?=\d)"
)
# An Irish county ("Co. Cork", "Co Offaly") and the town before it ("Ballymena, Co. Antrim").
# (without its dot only after a comma or at a line start: "Co Codamol" is a drug)
_COUNTY = re.compile(rf"Co(?P<dot>\.)?[ \t]+(?P<c>[{_UP}][{_LOW}]+)(?![\w'’\-])")
_COUNTY_BEFORE = re.compile(r"(?:^|,)[ \t]*$")
_TOWN_COUNTY = re.compile(rf"(?<![\w])(?P<t>[{_UP}][{_LOW}'’]+(?:[ \t][{_UP}][{_LOW}'’]+)?),[ \t]*$")
# An Eircode: a routing key and four characters mixing letters and digits ("P31 X2Y7", "D02 AF30").
_EIRCODE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?P<u>[0-9AC-FHKNPRTV-Y]{4})(?![\w])")
# An Australian state and 4-digit postcode, with the town before it: "Toowoomba QLD 4350".
_AU_POST = re.compile(
    rf"(?<![\w])(?:(?P<city>[{_UP}][{_LOW}'’\-]+(?:[ \t][{_UP}][{_LOW}'’\-]+){{0,2}})[ \t]+)?"
    r"(?:QLD|NSW|VIC|SA|WA|TAS|NT|ACT|Qld|Vic|Tas)[ \t]+(?P<zip>\d{4})(?![\w])"
)
# An Indian PIN code after a town and a comma ("Jayanagar, Bengaluru 560041") or a PIN label.
_IN_PIN = re.compile(
    rf"(?:,[ \t]*(?P<city>[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+)?)[ \t]*[-–]?[ \t]*|(?i:\bpin(?:[ \t]*code)?)[ \t]*[:\-]?[ \t]*)$"
)
# Indian administrative units: "Village Khedi", "Dist. Sikar", "Tehsil Phagi", "Taluk Hosur".
_ADMIN_UNIT = re.compile(
    r"(?<![\w])(?:Village|Vill\.|Dist\.|Distt\.?|District|Tehsil|Teh\.|Taluka?|Tq\.|Mandal)[ \t]*[:\-]?[ \t]*"
    rf"(?P<p>[{_UP}][{_LOW}]+(?:[ \t][{_UP}][{_LOW}]+)?)"
)
_ADMIN_NOT = frozenset(
    _split_words("nurse nurses general hospital council court hall green surgery practice judge level")
)
# A form field naming a place: "Town: Bridgwater", "City: Leeds", "Suburb: Glenelg".
_PLACE_FIELD = re.compile(
    rf"(?<![\w])(?i:post[ \t]*town|town|city|suburb|locality|village)[ \t]*:[ \t]*(?P<place>{_PLACE_PAT})"
)
# A person and the place they come from or work: "Mr Tan from Bukit Timah", "Dr Wapachee of Moose Factory".
_TITLE_PLACE = re.compile(
    rf"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?:[{_UP}][\w'’\-]+[ \t]+){{0,2}}[{_UP}][\w'’\-]+"
    rf"[ \t]+(?:from|of|at)[ \t]+(?:the[ \t]+)?(?P<place>{_PLACE_PAT})(?![\w\-])"
)
# A clinician's town after the name: "Dr Nikolaidis, Footscray, ph ...", "Dr Leanne Cho, ophthalmologist, Parramatta."
_TITLE_NAME_TOWN = re.compile(
    rf"(?<![\w.])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+(?:[{_UP}][\w'’\-]+[ \t]+){{0,2}}[{_UP}][\w'’\-]+,[ \t]*"
    rf"(?:(?P<role>[a-z]+|GP)[ \t]*,[ \t]*)?(?P<place>[{_UP}][{_LOW}'’]+(?:[ \t][{_UP}][{_LOW}'’]+)?)"
    r"(?:(?=[ \t]*,[ \t]*(?i:ph\b|tel\b|phone|fax|mob|[tp]:))|(?P<end>\.?[ \t]*(?:$|\n)))"
)
# A city with a US state abbreviation after "in"/"from": "a nursing home in Scottsdale, AZ" (ambiguous ones left out).
_STATE_AFTER_COMMA = re.compile(
    r", (?:AZ|AK|AR|CA|CT|FL|IA|IL|KS|KY|MI|MN|MO|MT|NC|ND|NE|NH|NJ|NM|NV|NY|OH|RI|SC|SD|TN|TX|UT|VT|WA|WI|WV|WY)\b"
)
_IN_CITY_STATE = re.compile(
    rf"(?<![\w])(?:in|from|near)[ \t]+{_CITY},[ \t]+(?:AZ|AK|AR|CA|CT|FL|IA|IL|KS|KY|MI|MN|MO|MT|NC|ND|NE|NH|NJ|NM|NV"
    r"|NY|OH|RI|SC|SD|TN|TX|UT|VT|WA|WI|WV|WY)(?![\w])"
)
# A street without a number after "lives on", and a place after a street: "lives on Kings Lane in Roundhay".
_LIVES_ON = re.compile(
    rf"(?i:\b(?:lives|living|resides|residing)[ \t]+(?:on|at))[ \t]+(?P<st>(?:[{_UP}][{_LOW}'’\-]+[ \t]+){{1,3}}"
    r"(?:Lane|Road|Street|Avenue|Close|Drive|Way|Court|Crescent|Gardens|Terrace|Place|Mews|Grove|Square|Rise|Row|Walk))\b"
)
_STREET_IN = re.compile(rf"[ \t]+in[ \t]+(?P<place>{_PLACE_PAT})(?![\w\-])")
_FLAT = re.compile(r"(?<![\w])(?:Flat|Apartment|Apt|Unit|Suite)\.?[ \t]+\w{1,5}(?=[ \t]*,)")
# First words of place names that are also stop words ("New York", "West Lafayette").
_PLACE_PREFIXES = frozenset(
    [
        "new",
        "north",
        "south",
        "east",
        "west",
        "upper",
        "lower",
        "fort",
        "mount",
        "port",
        "san",
        "santa",
        "los",
        "las",
        "el",
        "la",
        "le",
    ]
)
_FULL_STATES = frozenset(w for x in _STATES_FULL.split("|") for w in x.split())
_STATE_NAMES = frozenset(_STATES_FULL.split("|"))
_STATE_WORDS_LOWER = frozenset(w.lower() for w in _STATES_ABBR.split("|")) | frozenset(
    w.split()[0].lower() for w in _STATES_FULL.split("|")
)
_STATE_FULL_LOWER = frozenset(w.lower() for w in _STATES_FULL.split("|"))
_AU_STATE_ABBR = frozenset(_split_words("vic nsw qld tas act wa sa nt"))
_STATE_WORDS_ANY = _STATE_WORDS_LOWER | _AU_STATE_ABBR  # US, Canadian and Australian
# "d\.?l\.?" reads as two one-letter words, "licen[cs]e" as "licen", "cs", "e"
_ID_FIRST = _first_words(*(c for _k, c in _ID_CUES)) | {"dl", "membership", "license", "licence"}
_DATE_CUE_FIRST = _first_words(
    _DATE_CUE_SHORT.pattern,
    "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed weds thu thur thurs fri sat sun",
)
_HOLIDAY_FIRST = frozenset(
    ["christmas", "xmas", "easter", "thanksgiving", "halloween", "hallowe", "new", "boxing", "hanukkah", "chanukah"]
    + ["diwali", "passover", "eid", "independence", "memorial", "labor", "labour", "valentine", "valentines", "st"]
    + ["good", "bonfire", "guy", "hogmanay"]
)
_STREET_NONUM_FIRST = frozenset(
    ["lane", "road", "street", "avenue", "close", "drive", "way", "court", "house", "crescent", "gardens", "terrace"]
    + ["place", "mews", "grove", "square", "cottage", "farm"]
)
_PHONE_CUE_FIRST = _first_words(_PHONE_CUE_SHORT.pattern)
_ZIP_CUE_FIRST = _first_words("zip code postal post postcode plz cp")
_ADDRESS_FIRST = _first_words(_ADDRESS_LINE.pattern)
_MONTH_WORDS = frozenset(
    [
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ]
)
_DATE_BEFORE = re.compile(
    rf"(?:(?-i:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?)\.?,?\s+)?(?:{_DAY}(?:\s+of)?[\s\-/.]+)?$",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames (title case), minus the stop words: the 1990 US Census lexicon and the
    international one (Faker's 86 locales; ``_name_lexicon_intl``)."""
    from . import _name_lexicon as census
    from . import _name_lexicon_intl as intl

    # The international lists also hold places used as names ("Texas", "Holland", "Bali"): dropped from them,
    # so that "lives in Texas" stays; the census names that are places ("Georgia", "Jordan") are kept as before.
    places = _COUNTRIES | _REGIONS | frozenset(p.lower() for p in _STATES_FULL.split("|"))

    def intl_ok(n: str) -> bool:
        return n.lower() not in places

    given = frozenset(
        n for n in (*census.GIVEN_NAMES.split(), *filter(intl_ok, intl.GIVEN_NAMES.split())) if n.lower() not in _STOP
    )
    sur = frozenset(
        n
        for n in (*census.SURNAMES.split(), *filter(intl_ok, intl.SURNAMES.split()))
        if n.lower() not in _STOP and n not in given
    )
    return given, sur


@lru_cache(maxsize=1)
def _towns() -> frozenset[str]:
    """Names of towns of 5000 people or more (GeoNames ``cities5000``; ``_place_lexicon``), minus stop words."""
    from ._place_lexicon import TOWNS

    return frozenset(t for t in TOWNS.splitlines() if t and t.lower() not in _STOP)


@lru_cache(maxsize=1)
def _word_towns() -> frozenset[str]:
    """Towns whose names are English words ("Reading", "Mobile", "Deal"; ``_place_lexicon.WORD_TOWNS``): taken
    only where the layout says a town stands."""
    from ._place_lexicon import WORD_TOWNS

    return frozenset(t for t in WORD_TOWNS.splitlines() if t)


@lru_cache(maxsize=1)
def _english_words() -> frozenset[str]:
    """Lower-case English words (Debian ``wamerican``; ``_english_words``) that are no name of the lexicons."""
    from ._english_words import WORDS

    given, sur = _lexicon()
    wgiven, wsur = _weak_lexicon()
    names = {n.lower() for n in (*given, *sur, *wgiven, *wsur)}
    return frozenset(w for w in WORDS.split() if w not in names)


def _long_english_word(low: str) -> bool:
    """An English word of six letters or more that no name list knows ("invoice", "please"). Shorter words are
    too often names the lexicons dropped because they are words too ("Tan", "Flora", "Ameer")."""
    return len(low) >= 6 and low in _english_words()


@lru_cache(maxsize=1)
def _weak_lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """Given names and surnames that are also English words ("John", "Smith", "Grace", "Hill"): weak evidence."""
    from ._name_lexicon import WEAK_GIVEN_NAMES, WEAK_SURNAMES
    from ._name_lexicon_intl import WEAK_GIVEN_NAMES as WEAK_GIVEN_INTL

    given, sur = _lexicon()
    raw_given = (*WEAK_GIVEN_NAMES.split(), *WEAK_GIVEN_INTL.split())  # "Peter", "Martin", "Victor"
    wgiven = frozenset(n for n in raw_given if n.lower() not in _STOP and n not in given)
    wsur = frozenset(n for n in WEAK_SURNAMES.split() if n.lower() not in _STOP and n not in sur)
    return wgiven, wsur


@lru_cache(maxsize=1)
def _stop_given_names() -> frozenset[str]:
    """Names of the lexicon sources that are also stop words ("Jun", "June", "Will", "April")."""
    from ._name_lexicon import GIVEN_NAMES, SURNAMES, WEAK_GIVEN_NAMES

    raw = (*GIVEN_NAMES.split(), *WEAK_GIVEN_NAMES.split(), *SURNAMES.split())
    return frozenset(n for n in raw if n.lower() in _STOP and n.lower() not in _NEVER_NAME)


@lru_cache(maxsize=1)
def _never_given_names() -> frozenset[str]:
    """Given names that are also words never taken as a name on their own ("Will", "Sunday")."""
    from ._name_lexicon import GIVEN_NAMES, WEAK_GIVEN_NAMES

    raw = (*GIVEN_NAMES.split(), *WEAK_GIVEN_NAMES.split())
    return frozenset(n for n in raw if n.lower() in _NEVER_NAME and len(n) >= 3)


@dataclass
class _Tok:
    start: int
    end: int
    word: str
    lower: str
    caps: bool  # all capitals, two letters or more
    initial: bool  # one capital letter, perhaps with a full stop after it
    stop: bool
    protected: bool
    given: bool
    surname: bool
    wgiven: bool = False  # a given name that is also a word ("John", "Grace")
    wsur: bool = False  # a surname that is also a word ("Smith", "Hill")

    @property
    def givenish(self) -> bool:
        return self.given or self.wgiven

    @property
    def surish(self) -> bool:
        return self.surname or self.wsur

    @property
    def lexical(self) -> bool:
        """In the name lexicon, strong or weak."""
        return self.given or self.surname or self.wgiven or self.wsur


def _hyphen_given(word: str, given: frozenset[str], wgiven: frozenset[str]) -> bool:
    """A hyphenated given name whose parts are given names, one of them a strong one ("Sarah-Jane", "Sophia-Rose")."""
    if "-" not in word:
        return False
    parts = word.split("-")
    return all(p in given or p in wgiven for p in parts) and any(p in given for p in parts)


class _Doc:
    """Per-call view of one text: words, name-shaped tokens, protected spans, capitalised lines."""

    def __init__(
        self,
        text: str,
        words: dict[str, list[int]],
        given: frozenset[str],
        sur: frozenset[str],
        weak: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
        stop_names: frozenset[str] = frozenset(),
    ) -> None:
        self.text = text
        self.stop_names = stop_names
        wgiven, wsur = weak
        self.protected = [(m.start(), m.end()) for m in _gated(_PROTECTED, _PROTECTED_FIRST, text, words)]
        self._caps: list[tuple[int, int]] | None = None
        self._tok_ends: list[int] | None = None
        self.toks: list[_Tok] = []
        self.by_start: dict[int, int] = {}
        pi = 0
        prot = self.protected
        for m in _TOKEN.finditer(text):
            s, e, w = m.start(), m.end(), m.group()
            while pi < len(prot) and prot[pi][1] <= s:
                pi += 1
            is_prot = (pi < len(prot) and prot[pi][0] < e) or (w in _FULL_STATES and text[max(0, s - 2) : s] == ", ")
            initial = len(w) == 1
            if initial and e < len(text) and text[e] == ".":
                e += 1
            caps = len(w) > 1 and w.isupper()
            cap = w.title() if caps else w
            low = w.lower()
            self.by_start[s] = len(self.toks)
            stop = low in _STOP and not (initial and e > m.end())  # "A." is an initial, "A" an article
            self.toks.append(
                _Tok(
                    s,
                    e,
                    w,
                    low,
                    caps,
                    initial,
                    stop,
                    is_prot,
                    cap in given or ("-" in cap and _hyphen_given(cap, given, wgiven)),
                    cap in sur,
                    cap in wgiven,
                    cap in wsur,
                )
            )

    @property
    def tok_ends(self) -> list[int]:
        if self._tok_ends is None:
            self._tok_ends = [t.end for t in self.toks]
        return self._tok_ends

    def overlaps_protected(self, s: int, e: int) -> bool:
        return any(a < e and s < b for a, b in self.protected)

    def in_caps_line(self, pos: int) -> bool:
        """Is ``pos`` on a line written mostly in capitals (where an all-caps word can be a name)?"""
        if self._caps is None:
            self._caps = []
            start = 0
            for line in self.text.split("\n"):
                up = sum(map(str.isupper, line))
                low = sum(map(str.islower, line))
                if up >= 6 and up >= 4 * low:
                    self._caps.append((start, start + len(line)))
                start += len(line) + 1
        return any(a <= pos < b for a, b in self._caps)

    def nameish(self, t: _Tok, strong: bool) -> bool:
        """Can this token be part of a name? ``strong``: the context says a name follows."""
        if t.stop:
            return False
        if t.protected and not strong:
            return False
        # An all-caps word in mixed-case text is an acronym ("NPDR", "SD-OCT") unless it is a known name.
        return not t.caps or t.given or t.surname or self.in_caps_line(t.start)

    def gap_ok(self, a: _Tok, b: _Tok) -> bool:
        """Can tokens ``a`` and ``b`` belong to one name? (same line, spaces, particles, initial's dot)."""
        gap = self.text[a.end : b.start]
        if not gap:
            return False
        if gap.strip(" \t") == "":
            return len(gap) <= 3
        if "\n" in gap or len(gap) > 14:
            return False
        return all(w.lower() in _PARTICLES for w in gap.split())

    def surname_stop(self, t: _Tok) -> bool:
        """A capitalised stop word that can be a surname in a name context ("Street", "Page", "Sharp", "June")."""
        if t.caps and not self.in_caps_line(t.start):
            return False
        return (
            t.stop
            and not t.initial
            and not t.protected
            and t.word[:1].isupper()
            and (t.lower not in _NEVER_NAME or t.word in self.stop_names)
        )

    def stop_name(self, t: _Tok) -> bool:
        """A name of the lexicon that is also a stop word ("Jun", "June", "Will", "Page")."""
        if t.caps:
            return self.in_caps_line(t.start) and t.word.title() in self.stop_names
        return t.word in self.stop_names

    def unknown_pair(self, i: int, j: int | None = None, single: bool = False) -> bool:
        """Are tokens ``i..j`` (default: ``i`` and the next one) capitalised name-shaped words that end there?
        (``single``: one word is enough.)

        Each is capitalised (not all caps), neither a stop word nor protected, nor a word of an organisation or a
        disease ("Opticians", "Retinitis Pigmentosa"); the next token does not continue a capitalised phrase."""
        toks = self.toks
        if j is None:
            j = i + 1
        if j >= len(toks) or j < i or (j == i and not single):
            return False
        for k in range(i, j + 1):
            t = toks[k]
            if t.protected or t.caps or t.initial or len(t.word) < 2 or not t.word[0].isupper():
                return False
            if t.stop and not (k == i and self.stop_name(t)):
                return False  # a stop word ends it, except a first name that is one ("Jun Kaya")
            if t.lower in _NOT_PERSON_WORDS or t.lower in _COUNTRIES:
                return False
            if not t.lexical and (t.lower.endswith(_MED_SUFFIX) or _word_shaped(t.lower)):
                return False
            if k > i and not self.gap_ok(toks[k - 1], t):
                return False
        # "Royal Berkshire Hospital": part of a longer capitalised name (a short acronym after it is not: "X Y DNA'd")
        if j + 1 >= len(toks) or not self.gap_ok(toks[j], toks[j + 1]):
            return True
        nxt = toks[j + 1]
        return not nxt.word[0].isupper() or (nxt.caps and len(nxt.word) <= 4 and not self.in_caps_line(nxt.start))

    def particles_before(self, pos: int) -> int:
        """Start of lower-case particles right before ``pos`` ("van der" of "van der Berg")."""
        m = _PARTICLES_BEFORE.search(self.text, max(0, pos - 16), pos)
        return m.start() if m else pos

    def take(
        self, i: int, strong: bool, max_tokens: int = 4, allow_comma: bool = False, lenient: bool = False
    ) -> tuple[int, int] | None:
        """The name starting at token ``i``: consecutive name-ish tokens, at least one not an initial.

        ``lenient`` (after a title): the first token may be a capitalised stop word that can be a surname
        ("Dr. Street", "Mr Page"). After a given name, such a word is always taken ("Bob Street")."""
        toks = self.toks

        def ok(t: _Tok) -> bool:
            # After a title or a strong label an undotted capital letter is an initial ("Mrs A Jones"),
            # not the article "A" or the pronoun "I" (those stay if no name follows them).
            return self.nameish(t, strong) or (strong and t.initial and t.word.isupper())

        kept: set[int] = set()  # stop words taken as part of the name
        if i >= len(toks):
            return None
        if not ok(toks[i]):
            # "Dr. Street" (lenient: after a title); "Jun Reddy", "Will Smith": a name that is also a stop word,
            # followed by a name
            nxt_ok = i + 1 < len(toks) and self.gap_ok(toks[i], toks[i + 1]) and ok(toks[i + 1])
            if not ((lenient and self.surname_stop(toks[i])) or (self.stop_name(toks[i]) and nxt_ok)):
                return None
            kept.add(i)
        j = i
        comma_used = False
        while j + 1 < len(toks) and j - i + 1 < max_tokens:
            nxt = toks[j + 1]
            if not ok(nxt):
                # A surname that is also a word after a given name or the first part of a name in a strong
                # context ("Bob Street", "Mrs A Street", "Patient: Skip Street"), or a name that is a stop word
                # after a comma ("SCHWARZ, JUN").
                cur = toks[j]
                after_given = (cur.givenish and not cur.stop) or (cur.initial and any(t.givenish for t in toks[i:j]))
                first_of_strong = strong and j == i and (not cur.stop or cur.initial)
                if (after_given or first_of_strong) and self.surname_stop(nxt) and self.gap_ok(cur, nxt):
                    kept.add(j + 1)
                    j += 1
                elif self.stop_name(nxt):
                    gap = self.text[cur.end : nxt.start]
                    if self.gap_ok(cur, nxt) or (allow_comma and not comma_used and gap.strip(" \t") == ","):
                        comma_used = comma_used or "," in gap
                        kept.add(j + 1)
                        j += 1
                break
            if self.gap_ok(toks[j], nxt):
                j += 1
                continue
            # "Schmidt, Maria" after a label: surname, comma, given name(s)
            gap = self.text[toks[j].end : nxt.start]
            if allow_comma and not comma_used and gap.strip(" \t") == "," and (nxt.given or nxt.initial or strong):
                comma_used = True
                j += 1
                continue
            break
        while j > i and toks[j].stop and j not in kept:
            j -= 1  # "Dr Patel I think": the trailing "I" is the pronoun
        if all(t.initial for t in toks[i : j + 1]):
            return None
        return toks[i].start, toks[j].end


def _initials_ok(v: str, strict: bool = True) -> bool:
    """Initials, not an eye abbreviation, a test or a service ("by OCT", "Dr OD", "seen by ENT").

    ``strict=False`` (after a title, or a signature closing its line): only eye and degree abbreviations are
    refused, since there a test or a service is unlikely ("/AM", "Dr LP")."""
    letters = "".join(c for c in v.split("/")[0] if c.isalpha()).lower()
    if not strict:
        return letters not in _EYE_ABBREVIATIONS and letters not in _ROLE_ACRONYMS
    return letters not in _STOP and letters not in _ACRONYMS


_PARTICLES_BEFORE = re.compile(
    r"(?<![\w])(?:(?:" + "|".join(sorted(map(re.escape, _PARTICLES), key=len, reverse=True)) + r")[ \t]+){1,3}$",
    re.IGNORECASE,
)
_PARTICLES_AFTER = re.compile(
    r"(?:(?:" + "|".join(sorted(map(re.escape, _PARTICLES), key=len, reverse=True)) + r")[ \t]+){1,3}",
    re.IGNORECASE,
)


# --------------------------------------------------------------------------------------------------
class Deidentifier:
    """Find and replace identifiers; see the module docstring for the rules.

    ``extra_names``: names known for this record (e.g. a patient-name column), removed wherever
    they occur, whole (case-insensitive, either order) or token by token (whole words, any case; not inside a clinical
    eponym phrase such as "Best disease").
    ``kinds``: restrict to these kinds (default: all of :data:`KINDS`).
    """

    def __init__(self, extra_names: Iterable[str] = (), kinds: Iterable[str] | None = None) -> None:
        if isinstance(extra_names, str):
            raise TypeError("extra_names must be an iterable of names, not one string: pass [name] or (name,)")
        selected = tuple(KINDS) if kinds is None else tuple(kinds)
        unknown = [k for k in selected if k not in KINDS]
        if unknown:
            raise ValueError(f"unknown identifier kind(s) {unknown}; choose from {', '.join(KINDS)}")
        self.kinds: frozenset[str] = frozenset(selected)
        self._given, self._sur = _lexicon()
        self._weak = _weak_lexicon()
        self._lower_names = frozenset(n.lower() for n in (*self._given, *self._sur, *self._weak[0], *self._weak[1]))
        self._lower_strong = frozenset(n.lower() for n in (*self._given, *self._sur))
        self._lower_given = frozenset(n.lower() for n in (*self._given, *self._weak[0]))
        self._stop_given = _stop_given_names()
        self._never_given = _never_given_names()
        self._extra = self._compile_extra(extra_names)

    def _lexical_words(self, words: str, weak: bool = False) -> bool:
        """Is any word of ``words`` a strong-lexicon given name or surname ("Florence, 97," but not "Glaucoma, 95,")?
        With ``weak``, names that are also English words count too ("Hunter", "Rose")."""
        lexicons = (self._given, self._sur, *self._weak) if weak else (self._given, self._sur)
        return any(w in lex for w in words.split() for lex in lexicons)

    @staticmethod
    def _compile_extra(names: Iterable[str]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        full: list[str] = []
        tokens: set[str] = set()
        for name in names:
            if not isinstance(name, str):
                raise TypeError(f"extra_names must hold strings, got {type(name).__name__}: {name!r}")
            parts = [p for p in re.split(r"[\s,]+", name.strip()) if p]
            if not parts:
                continue
            esc = [re.escape(p) for p in parts]
            full.append(r"[\s,]+".join(esc))
            if len(esc) > 1:
                full.append(r"[\s,]+".join(reversed(esc)))  # "Schmidt, Maria"
            for p in parts:
                core = p.strip(".")
                if len(core) >= 2 and core.lower() not in _STOP:
                    tokens.add(core.lower())
        full_re = re.compile(r"(?<![\w])(?:" + "|".join(full) + r")(?![\w])", re.IGNORECASE) if full else None
        tok_re = (
            re.compile(
                r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(tokens, key=len, reverse=True))) + r")(?![\w])",
                re.IGNORECASE,
            )
            if tokens
            else None
        )
        return full_re, tok_re

    # ------------------------------------------------------------------------------------------
    def find(self, text: str) -> list[Span]:
        """Identifier spans in ``text``: sorted, non-overlapping, each of a kind in :data:`KINDS`."""
        if not isinstance(text, str):
            raise TypeError(f"Deidentifier.find expects a str, got {type(text).__name__}")
        if not text:
            return []
        cands: list[tuple[float, int, int, str]] = []  # (priority, start, end, kind)
        kinds = self.kinds

        def add(kind: str, start: int, end: int, prio: float | None = None) -> None:
            if kind in kinds and end > start:
                cands.append((_PRIORITY[kind] if prio is None else prio, start, end, kind))

        words: dict[str, list[int]] = {}
        for m in _WORD.finditer(text):
            words.setdefault(m.group().lower(), []).append(m.start())
        self._structured(text, words, add)
        ocr = ocr_digits(text)
        if ocr != text:  # scanned pages: "D.O.B. O3/O8/l94l", "Fax: O57 912 O449" read again with the digits restored
            ocr_words: dict[str, list[int]] = {}
            for m in _WORD.finditer(ocr):
                ocr_words.setdefault(m.group().lower(), []).append(m.start())
            self._structured(ocr, ocr_words, add)
        if "NAME" in kinds:
            self._names(text, words, add)
        return _resolve(text, cands)

    def redact(self, text: str) -> Redacted:
        """``text`` with every identifier replaced by ``[KIND]``, and the count per kind."""
        spans = self.find(text)
        parts: list[str] = []
        pos = 0
        counts: Counter[str] = Counter()
        for sp in spans:
            parts.append(text[pos : sp.start])
            parts.append(f"[{sp.kind}]")
            counts[sp.kind] += 1
            pos = sp.end
        parts.append(text[pos:])
        return Redacted("".join(parts), counts)

    # ------------------------------------------------------------------------------------------
    def _structured(self, text: str, words: dict[str, list[int]], add: _Add) -> None:
        if "@" in text:
            for m in _EMAIL.finditer(text):
                add("EMAIL", m.start(), m.end())
        if "://" in text or "www." in text or _TLD_HINT.search(text):
            for m in _URL.finditer(text):
                s, e = m.start(), m.end()
                while e > s and text[e - 1] in ".,;:!?)":
                    e -= 1
                if "." in text[s:e]:
                    add("URL", s, e)
        if text.count(".") >= 3:
            for m in _IPV4.finditer(text):
                if _VERSION_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                    continue  # "Eye Explorer 1.10.4.0", "firmware 2.4.0.118": a software version, not an address
                add("IP", m.start(), m.end())
        if text.count(":") >= 2 and _IPV6_GATE.search(text):
            for m in _IPV6.finditer(text):
                cand = m.group()
                try:
                    ipaddress.IPv6Address(cand.split("%")[0])
                except ValueError:
                    continue
                if sum(c.isalnum() for c in cand) >= 2:
                    add("IP", m.start(), m.end())
        if text.count(":") >= 5 or text.count("-") >= 5:
            for m in _MAC.finditer(text):
                add("DEVICE", m.start(), m.end())
        if "(01)" in text:
            for m in _UDI.finditer(text):
                add("DEVICE", m.start(), m.end())
        for kind, rx in _ID_RE:
            for m in _gated(rx, _ID_FIRST, text, words):
                cue = re.sub(r"\s+", " ", m.group("cue").lower())
                has_num_word = bool(re.search(r"(?:\bid|no\.?|number|num|#|nr|identifier|serial)$", cue))
                if kind == "LICENSE":
                    has_num_word = has_num_word or bool(_BARE_LICENSE_CUE.search(cue) or m.group("sep").strip())
                if not (has_num_word or cue in _BARE_ID_CUES or _BARE_ID_CUE_RE.fullmatch(cue)):
                    continue  # "Patient: ...", "ICD: H35.31", "IOL: 21.5 D" are not record numbers
                if (
                    m.start("v") == m.end("cue")
                    and not m.group("v").startswith("#")
                    and not (kind == "LICENSE" and cue.endswith("#"))
                ):
                    continue  # "SN60WF" is an IOL model, not "SN 60..."
                s, e = m.start("v"), m.end("v")
                while e > s and text[e - 1] in ".-/":
                    e -= 1
                if sum(c.isdigit() for c in text[s:e]) < 3 or _is_date_num(text, s, e):
                    continue
                word = _WORD_BEFORE_NUMBER.match(text, s, e)
                if (
                    word
                    and not (word.group(1).isupper() or word.group(1).lower() in _ID_WORDS)
                    or _AMOUNT.fullmatch(text, s, e)
                ):
                    continue  # "receipt of 120 tablets", "licence for 2024", "invoice 150.00": a word or an amount
                add(kind, s, e)
        if "|" in text and "^" in text:
            hl7_fields(text, add)
        if '":' in text or '" :' in text:
            json_fields(text, add)
        if "T" in text:
            for m in ISO_DATETIME.finditer(text):
                add("DATE", m.start(), m.end())
        if "\t" in text or "|" in text or ";" in text or text.count(",") >= 4:
            table_columns(text, add, _STOP)
        if len(_SPOKEN_DIGIT_WORDS.intersection(words)) >= 2:
            for m in _SPOKEN_NUMBER.finditer(text):
                before = text[max(0, m.start() - 60) : m.start()]
                kind = next((k for k, rx in _SPOKEN_NUMBER_KINDS if rx.search(before)), "MRN")
                add(kind, m.start(), m.end())
        if "VEHICLE" in self.kinds and not _VEHICLE_FIRST.isdisjoint(words):
            for m in _gated(_VEHICLE, _VEHICLE_FIRST, text, words):
                n = _plate(m.group("v"))
                if n:
                    add("VEHICLE", m.start("v"), m.start("v") + n)
        if "-" in text:
            for m in _SSN.finditer(text):
                add("MRN", m.start(), m.end())
        if _LONG_DIGITS.search(text):
            for m in _GENERIC_ID.finditer(text):
                s = m.start()
                if _TRIAL_ID.match(text, s):
                    continue  # "NCT05512847": a trial's registration, not a person's
                code = _CODE_BEFORE.search(text, max(0, s - 16), s)
                if code and code.group(1).lower() in _CODE_SYSTEMS:
                    continue  # "SNOMED 232000008", "CPT: 67028": a clinical code
                p = m.group("p")
                if p and (p.lower() in _ACRONYMS or p.lower() in _STOP or p.lower() in _STATE_WORDS_LOWER):
                    s = m.end("p") + 1  # "OCT 20230514": the prefix is a word, not part of the number
                add("MRN", s, m.end(), _GENERIC_ID_PRIORITY)
        if "(" in text:
            for m in _ID_IN_BRACKETS.finditer(text):  # "Mr Lancaster (K771203)", "(15, Down syndrome, K921180)"
                add("MRN", m.start("v"), m.end("v"), _LABELLED_ID_PRIORITY)
        if _FIVE_DIGITS.search(text):
            for m in _gated(_NUMBER_WORD_ID, _NUMBER_WORD_FIRST, text, words):
                self._labelled_id(text, m, add)
            for m in _ACRONYM_ID.finditer(text):
                a = m.group("a").lower()
                if a in _ACRONYMS or a in _STOP or a in _EYE_ABBREVIATIONS or a in _CODE_SYSTEMS:
                    continue
                if a in _STATE_WORDS_LOWER:
                    continue  # "TX 78504" is a state and a ZIP code
                if not re.search(
                    r"\d{7,}", m.group("v")
                ):  # seven digits in a row: the catch-all has it, prefix and all
                    self._labelled_id(text, m, add)
        for z in _SIX_DIGITS.finditer(text):
            m = _UK_DRIVER_NO.match(text, z.start() - 5) if z.start() >= 5 else None
            if m:
                add("LICENSE", m.start(), m.end())
        if "-" in text and _IE_PLATE_GATE.search(text):
            for m in _IE_PLATE.finditer(text):
                add("VEHICLE", m.start(), m.end())
        if "serial" in words or "/n" in text or "/N" in text:
            for m in _SERIAL_OF.finditer(text):
                if sum(c.isdigit() for c in m.group("v")) >= 3:
                    add("DEVICE", m.start("v"), m.end("v"))
        self._dates(text, words, add)
        for m in _AGE_GATE.finditer(text):  # a number from 90 to 130, then the age patterns around it
            s = m.start()
            am = _AGE.match(text, s) or _AGE.match(text, _AGE_BEFORE_START(text, s))
            if am:
                g = next(x for x in ("n1", "n2", "n3") if am.group(x))
                if am.start(g) == s:
                    add("AGE", s, m.end())
                    continue
            is_cued = _AGE_IS_BEFORE.search(text, max(0, s - 48), s) and _AGE_IS_AFTER.match(text, m.end())
            if not is_cued and (s == 0 or text[s - 1] not in "/.-+:"):
                if _AGE_YRS_AFTER.match(text, m.end()):
                    is_cued = True  # "92 yrs", "95 years"
                elif _AGE_AT_BEFORE.search(text, max(0, s - 4), s) and _AGE_AT_AFTER.match(text, m.end()):
                    is_cued = True  # "At 95 Mrs X remains independent"
                elif _AGE_NAME_AFTER.match(text, m.end()) and _AGE_IS_AFTER.match(text, m.end()):
                    nb = _AGE_NAME_BEFORE.search(text, max(0, s - 60), s)
                    if nb and (nb.group("t") or self._lexical_words(nb.group("n"))):
                        is_cued = True  # "Mr Gordon Pryce, 94, attends"
                    elif _AGE_RELATION_BEFORE.search(text, max(0, s - 24), s) and text[m.end() : m.end() + 1] == ",":
                        is_cued = True  # "her father, 93, can have surgery"
                    else:
                        pb = _AGE_PAREN_NAME_BEFORE.search(text, max(0, s - 60), s)
                        closes = text[s - 1] != "(" or text[m.end() : m.end() + 1] == ")"
                        if pb and closes and (pb.group("t") or self._lexical_words(pb.group("n"))):
                            is_cued = True  # "Mr Euan McGregor (92)", "Niamh is 99 and"
                if (
                    not is_cued
                    and _AGE_IS_AFTER.match(text, m.end())
                    and (_AGE_UNIT_AFTER.match(text, m.end()) or _AGE_WORD_BEFORE.search(text, max(0, s - 16), s))
                ):
                    is_cued = True  # "91 años", "96 J.", "lat 94", "edad: 93"
            sex_after = (
                _AGE_SEX_AFTER.match(text, m.end())
                and (s == 0 or not text[s - 1].isalnum())
                and not _TEMP_BEFORE.search(text, max(0, s - 12), s)
            )
            if is_cued or sex_after:
                add("AGE", s, m.end())
        if "ninety" in words or "hundred" in words:
            for m in _AGE_WORDS.finditer(text):
                g = next(x for x in ("w1", "w2", "w3") if m.group(x))
                add("AGE", m.start(g), m.end(g))
        self._phones(text, words, add)
        self._addresses(text, words, add)

    @staticmethod
    def _labelled_id(text: str, m: re.Match[str], add: _Add) -> None:
        """A labelled number (``_NUMBER_WORD_ID``, ``_ACRONYM_ID``) of five digits or more that is no date, time or
        measurement, as a record number that yields to every kind a specific rule finds."""
        s, e = m.start("v"), m.end("v")
        if text[s:e].count("(") < text[s:e].count(")"):
            e -= 1
        while e > s and text[e - 1] in " .-/(":
            e -= 1
        v = text[s:e]
        if sum(c.isdigit() for c in v) < 5 or _is_date_num(text, s, e) or _UNIT_AFTER.match(text, e):
            return
        if re.fullmatch(r"\d{1,2}[:.]\d{2}|\d+\.\d+", v):
            return  # a time or a decimal
        add("MRN", s, e, _LABELLED_ID_PRIORITY)

    def _dates(self, text: str, words: dict[str, list[int]], add: _Add) -> None:
        # Month names: try the pattern at the month, and at a day and weekday written before it.
        end = -1
        for pos in sorted(p for w in _MONTH_WORDS.intersection(words) for p in words[w]):
            if pos < end or not (text[pos].isupper() or text[max(0, pos - 4) : pos].rstrip()[-1:].isdigit()):
                continue  # a month in lower case only after a day: "dob 4 july 1952"
            before = _DATE_BEFORE.search(text, max(0, pos - 24), pos)
            best = None
            for start in {before.start() if before else pos, pos}:
                m = _DATE_WORDS.match(text, start)
                if m and m.end() > pos and (best is None or m.end() - m.start() > best.end() - best.start()):
                    best = m
            if best is None:
                continue
            month = best.group("m1") or best.group("m2") or best.group("m3")
            if not month[0].isupper() and not (best.group("m2") and re.search(r"\d{4}$", best.group())):
                continue  # "may", "mar" (but "dob 4 july 1952": a day, a month and a year)
            if month.isupper() and len(re.findall(r"\d+", best.group())) < 2:
                continue  # "OCT 3 months" is a scan; "14-OCT-2025" is a date
            add("DATE", best.start(), best.end())
            end = best.end()
        for m in _DATE_NUM.finditer(text):
            if m.group("a"):
                a, b = int(m.group("a")), int(m.group("b"))
                if not (1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)):
                    continue
            elif m.group("iy"):
                mo, d = int(m.group("im")), int(m.group("id"))
                if not (1 <= mo <= 12 and 1 <= d <= 31):
                    continue
            add("DATE", m.start(), m.end())
        for m in _gated(_DATE_CUE_SHORT, _DATE_CUE_FIRST, text, words):
            v = m.group("v")
            if "/" in v:
                a, b = (int(x) for x in v.split("/"))
                # after a weekday also day/month ("Tuesday 14/11"); 14/17 stays an Ishihara plate score
                dm = 13 <= a <= 31 and 1 <= b <= 12 and not (a == 24 and b == 7)  # day/month ("consultation 16/11")
                if not (1 <= a <= 12 and 1 <= b <= 31 or dm) or a == 20:  # 20/25 is a Snellen fraction
                    continue
                if b in (7, 12, 52) and (
                    _INTERVAL_CUE.match(m.group()) or _INTERVAL_BEFORE.search(text, max(0, m.start() - 16), m.start())
                ):
                    continue  # "Follow-up 4/12", "next 3/7": four months, three days, not a date
            elif len(v) == 8 and not (v[:2] in ("19", "20") or v[4:6] in ("19", "20")):
                continue
            add("DATE", m.start("v"), m.end("v"))
        if "/" in text:
            for m in _BARE_DM.finditer(text):
                ta, tb = m.group("a"), m.group("b")
                a, b = int(ta), int(tb)
                zero = ta[0] == "0" or tb[0] == "0"
                if zero:
                    ok = (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)
                else:  # 20/x is a Snellen fraction, x/24 hours, x/7 days, x/12 months
                    dm = 13 <= a <= 31 and not (a == 20 and b >= 10) and 1 <= b <= 12 and b not in (7, 12)
                    ok = dm or (10 <= a <= 12 and 13 <= b <= 31 and b != 24)
                before = _BARE_DM_NOT_BEFORE.search(text, max(0, m.start() - 24), m.start())
                if before and zero and before.group()[:1].isdigit():
                    before = None  # "sick note for 25/01 to 27/01": a range of dates, not a pair of pressures
                if not ok or (ta, tb) == ("24", "7") or before:
                    continue
                add("DATE", m.start(), m.end())
        if not _MONTH_WORDS.isdisjoint(words):
            for m in _SPOKEN_DATE.finditer(text):
                add("DATE", m.start(), m.end())
        if "the" in words:
            for m in _DATE_ON_THE.finditer(text):
                add("DATE", m.start("v"), m.end("v"))
        if _HOLIDAY_FIRST.intersection(words):
            for m in _HOLIDAY_YEAR.finditer(text):
                add("DATE", m.start(), m.end())

    def _phones(self, text: str, words: dict[str, list[int]], add: _Add) -> None:
        spans: list[tuple[int, int]] = []
        for m in _PHONE.finditer(text):
            num = m.group("num")
            digits = sum(c.isdigit() for c in num)
            if num.startswith("+"):
                ok = 8 <= digits <= 15
            elif num.startswith("00"):
                ok = 10 <= digits <= 17
            elif num.startswith("0") or num.startswith("(0"):
                ok = 9 <= digits <= 12 and any(c in num for c in " -/")
            else:
                ok = 10 <= digits <= 11
            if ok:
                spans.append((m.start(), m.end()))
        for m in _gated(_PHONE_CUE_SHORT, _PHONE_CUE_FIRST, text, words):
            spans.append((m.start("num"), m.end("num")))
        if not _PHONE_LABELLED_FIRST.isdisjoint(words):
            for m in _gated(_PHONE_LABELLED, _PHONE_LABELLED_FIRST, text, words):
                num = m.group("num").rstrip(" \t(-./")
                digits = sum(c.isdigit() for c in num)
                if 7 <= digits <= 15 and not _DATE_NUM.fullmatch(num) and "  " not in num.strip():
                    spans.append((m.start("num"), m.start("num") + len(num)))
        for s, e in spans:
            window = text[max(0, s - 40) : s]
            fax = [x.end() for x in _FAX_CUE.finditer(window)]
            tel = [x.end() for x in _PHONE_CUE.finditer(window)]
            kind = "FAX" if fax and (not tel or fax[-1] > tel[-1]) else "PHONE"
            add(kind, s, e)

    def _addresses(self, text: str, words: dict[str, list[int]], add: _Add) -> None:
        streets = []
        for g in _STREET_GATE.finditer(text):
            m = _STREET.match(text, g.start()) or _STREET_ROMANCE.match(text, g.start())
            if m and (not streets or m.start() >= streets[-1].end()):
                streets.append(m)
        if _STREET_OTHER_GATE.search(text):
            streets.extend(m for m in _STREET.finditer(text) if not text[m.start()].isdigit())
        for m in streets:
            add("ADDRESS", m.start(), m.end())
            si = _STREET_IN.match(text, m.end())  # "12 Mill Lane in Roundhay"
            if si:
                place = _town(text, si.start("place"), si.end("place"))
                if place:
                    add("ADDRESS", *place)
            # "Hauptstraße 12, 10115 Berlin": a postal code and city right after a street.
            mm = re.match(r"[ \t]*,[ \t]*", text[m.end() : m.end() + 4])
            if mm:
                z = _EU_ZIP_CITY.match(text, m.end() + mm.end())
                if z:
                    add("ZIP", z.start("zip"), z.end("zip"))
                    add("ADDRESS", z.start("city"), z.end("city"))
        if not _STATE_WORDS_LOWER.isdisjoint(words):
            done: list[tuple[int, int]] = []
            for m in (m for rx in _CITY_STATE for m in rx.finditer(text)):
                if any(a < m.end() and m.start() < b for a, b in done):
                    continue
                done.append((m.start(), m.end()))
                city_s, city_e = m.start("city"), m.end("city")
                # Drop leading words that are not part of a city ("Clinic Boston, MA": a stop word).
                for w in re.finditer(r"\S+", text[city_s:city_e]):
                    low = w.group().lower().strip(".")
                    if low not in _STOP or low in _PLACE_PREFIXES:
                        city_s += w.start()
                        break
                else:
                    continue
                zip_g = m.group("zip")
                if m.group("abbr") and not zip_g:
                    continue  # "Jane Roe, MD" / "Smith, PA": an abbreviation needs its ZIP
                add("ADDRESS", city_s, city_e)
                if zip_g:
                    add("ZIP", m.start("zip"), m.end("zip"))
        if _UK_POST_GATE.search(text):
            for m in _CITY_POST.finditer(text):
                if m.group("city").split()[-1].lower() in _NOT_PLACE_WORDS:
                    continue  # "Alcon SN60WF": a lens model, not a town and a postcode
                if m.group("city").split()[0].lower() not in _STOP:
                    add("ADDRESS", m.start("city"), m.end("city"))
                add("ZIP", m.start("zip"), m.end("zip"))
        for m in _gated(_ZIP_CUE, _ZIP_CUE_FIRST, text, words):
            add("ZIP", m.start("zip"), m.end("zip"))
        if _UK_POST_GATE.search(text):
            for m in _UK_POST_BARE.finditer(text):
                add("ZIP", m.start(), m.end())
                line_s = text.rfind("\n", 0, m.start()) + 1
                line_e = text.find("\n", m.end())
                if text[line_s : m.start()].strip() or text[m.end() : len(text) if line_e < 0 else line_e].strip():
                    continue
                # A postcode alone on its line ends a letter's address block: the lines above it (town,
                # county) are part of the address, up to a blank line, a title or a label.
                end = line_s - 1
                for _ in range(4):
                    if end <= 0:
                        break
                    start = text.rfind("\n", 0, end) + 1
                    line = text[start:end]
                    if (
                        not _ADDRESS_BLOCK_LINE.fullmatch(line)
                        or _TITLE.match(line.strip())
                        or _LABEL.match(line.strip())
                        or all(w.lower() in _STOP for w in _WORD.findall(line))  # "Fundus Photo" is a heading
                    ):
                        break
                    ls = start + len(line) - len(line.lstrip())
                    add("ADDRESS", ls, ls + len(line.strip()))
                    end = start - 1
        if "," in text and not _STREET_NONUM_FIRST.isdisjoint(words):
            for m in _STREET_NONUM.finditer(text):
                line_s = text.rfind("\n", 0, m.start()) + 1
                line_e = text.find("\n", m.end())
                line_e = len(text) if line_e < 0 else line_e
                after = text[m.end() : min(line_e, m.end() + 60)]
                flat = _FLAT.search(text, line_s, m.start())
                if not (flat or _UK_POST_BARE.search(after) or re.search(r"(?<!\d)\d{5}(?!\d)", after)):
                    continue  # "Retina Court, Room 3" is not an address without a postcode or a flat before it
                add("ADDRESS", m.start(), m.end())
                add("ADDRESS", m.start("city"), m.end("city"))
                if flat:
                    add("ADDRESS", flat.start(), flat.end())
        if not _TOWN_FIRST.isdisjoint(words):
            for m in _gated(_TOWN_CUE, _TOWN_FIRST, text, words):
                lives = bool(_LIVES_CUE.match(text, m.start()))
                place = _town(text, m.start("place"), m.end("place"), lives)
                if place:
                    add("ADDRESS", *place)
        self._other_places(text, words, streets, add)
        for m in _gated(_ADDRESS_LINE, _ADDRESS_FIRST, text, words):
            # After "Address:", the rest of the line up to the state or postal code (a state may stay).
            if text[m.end() - 1 : m.end() + 1].strip().startswith('"') or text[m.start() - 1 : m.start()] == '"':
                continue  # a JSON key ("address": [...]): json_fields reads its values
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            cut = re.search(r"[.;](?:\s|$)", text[m.end() : line_end])
            seg_end = m.end() + cut.start() if cut else line_end
            st = _STATE_CUT.search(text, m.end(), seg_end)
            if st:
                seg_end = st.start()
            nxt_field = _NEXT_FIELD.search(text, m.end(), seg_end)
            if nxt_field:  # "Address: 14 Hope Road, Kingston 6   Tel: ...": the address ends before the next field
                seg_end = nxt_field.start()
            digit = re.search(r"\d", text[m.end() : seg_end])
            if digit:  # "Lives at 221B Baker Street with her husband": the address ends before "with"
                tail = _ADDRESS_TAIL.search(text, m.end() + digit.end(), seg_end)
                if tail:
                    seg_end = tail.start()
            if re.search(r"\d", text[m.end() : seg_end]) and seg_end - m.end() >= 6:
                add("ADDRESS", m.end(), seg_end, _PRIORITY["ADDRESS"] + 1)

    def _other_places(self, text: str, words: dict[str, list[int]], streets: list[re.Match[str]], add: _Add) -> None:
        """Addresses of other countries and layouts: streets in capitals, flats and units, Irish counties and
        Eircodes, Australian and Indian postcodes, Indian administrative units, place fields, a person's town."""
        if any(c.isdigit() for c in text):
            caps_street = any(
                text[p : p + len(w)].isupper() for w in _CAPS_STREET_WORDS.intersection(words) for p in words[w]
            )
            for m in _STREET_CAPS.finditer(text) if caps_street else ():
                add("ADDRESS", m.start(), m.end())
            for p in (p for w in _UNIT_WORDS.intersection(words) for p in words[w]):
                m = _UNIT_BEFORE.match(text, p)
                sm = _STREET_CORE.match(text, m.end()) if m else None  # "Flat 4, 112 Cowley Road", "Unit 5/28 Beach Rd"
                if m and sm:
                    add("ADDRESS", m.start(), sm.end())
            if _UK_POST_GATE.search(text):
                for m in _CAPS_CITY_POST.finditer(text):
                    if m.group("city").lower() not in _ACRONYMS:
                        add("ADDRESS", m.start("city"), m.end("city"))
            for m in _EIRCODE.finditer(text):
                u = m.group("u")
                if m.start() and text[m.start() - 1].isalnum():
                    continue
                if any(c.isdigit() for c in u) and any(c.isalpha() for c in u):
                    add("ZIP", m.start(), m.end())
            for m in _AU_POST.finditer(text) if not _AU_STATES.isdisjoint(words) else ():
                place = _town(text, m.start("city"), m.end("city")) if m.group("city") else None
                if place:  # a town must stand before the state ("NSW 2000 mg" is no address)
                    add("ADDRESS", *place)
                    add("ZIP", m.start("zip"), m.end("zip"))
            for z in _SIX_DIGITS.finditer(text):
                s = z.start()
                if (s and text[s - 1].isalnum()) or text[s] == "0" or text[z.end() : z.end() + 1].isalnum():
                    continue
                before = text[max(0, s - 4) : s].rstrip(" \t-–:")
                if not before or not before[-1].isalpha():
                    continue  # a PIN follows a town or a PIN label, not a digit (phone numbers)
                m = _IN_PIN.search(text, max(0, s - 40), s)
                if m and m.group("city"):
                    place = _town(text, m.start("city"), m.end("city"))
                    if not place:
                        continue
                    add("ADDRESS", *place)
                if m:
                    add("ZIP", s, z.end())
        for p in words.get("co", ()):
            m = _COUNTY.match(text, p)
            if not m or (p and (text[p - 1].isalnum() or text[p - 1] in "&-")):
                continue
            if not m.group("dot") and not _COUNTY_BEFORE.search(text, max(0, p - 8), p):
                continue
            c = m.group("c").lower()
            if c not in _NOT_PERSON_WORDS and c not in _STOP and c not in ("limited", "operative", "op"):
                add("ADDRESS", p, m.end())
                tm = _TOWN_COUNTY.search(text, max(0, p - 48), p)  # "Ballymena, Co. Antrim"
                place = _town(text, tm.start("t"), tm.end("t")) if tm else None
                if place:
                    add("ADDRESS", *place)
        if not words.keys().isdisjoint(("village", "vill", "dist", "distt", "district", "tehsil", "teh", "taluk")) or (
            "taluka" in words or "tq" in words or "mandal" in words
        ):
            for m in _ADMIN_UNIT.finditer(text):
                ws = m.group("p").split()
                if ws[0].lower() in _ADMIN_NOT or ws[0].lower() in _STOP or ws[0].lower() in _NOT_PERSON_WORDS:
                    continue
                e = m.end() if len(ws) == 1 or ws[1].lower() not in _ADMIN_NOT else m.start("p") + len(ws[0])
                if not _PROTECTED.match(text, m.start("p")):
                    add("ADDRESS", m.start(), e)
        if ":" in text and not words.keys().isdisjoint(("town", "city", "suburb", "locality", "village", "post")):
            for m in _PLACE_FIELD.finditer(text):
                place = _town(text, m.start("place"), m.end("place"), lives=True)
                if place:
                    add("ADDRESS", *place)
        if _TITLE_FIRST.intersection(words):
            if not words.keys().isdisjoint(("from", "of", "at")):
                for m in _gated(_TITLE_PLACE, _TITLE_FIRST, text, words):
                    place = _town(text, m.start("place"), m.end("place"))
                    if place and not self._is_person_word(text[place[0] : place[1]]):
                        add("ADDRESS", *place)
            if "," in text:
                for m in _gated(_TITLE_NAME_TOWN, _TITLE_FIRST, text, words):
                    if m.group("end") is not None and not m.group("role"):
                        continue  # "Seen by Dr Smith, Retina." is a service; a role or a phone must be around it
                    if m.group("role") and m.group("role").lower() not in _ROLE_WORDS:
                        continue
                    place = _town(text, m.start("place"), m.end("place"))
                    if place and not self._is_person_word(text[place[0] : place[1]]):
                        add("ADDRESS", *place)
        if "," in text and _STATE_AFTER_COMMA.search(text):
            for m in _IN_CITY_STATE.finditer(text):
                place = _town(text, m.start("city"), m.end("city"))
                if place:
                    add("ADDRESS", *place)
        towns = _towns()
        if _FOUR_DIGITS.search(text):
            for rx in (_ZIP_TOWN, _TOWN_ZIP):
                for m in rx.finditer(text):
                    place = self._known_town(text, m.start("place"), m.group("place"), towns)
                    if not place or _UNIT_AFTER.match(text, m.end("zip")) or _DATE_NUM.fullmatch(m.group("zip")):
                        continue
                    if re.fullmatch(r"(?:19|20)\d\d", m.group("zip")) and rx is _ZIP_TOWN:
                        continue  # "a 2014 Honda Civic": a year
                    if rx is _ZIP_TOWN and (place[0] != m.start("place") or _STREET_CORE.match(text, m.start("zip"))):
                        continue  # "4502 Elm Grove Rd" is a street line, not postcode and town
                    if rx is _TOWN_ZIP and place[1] != m.end("place"):
                        continue  # the town must touch the postcode
                    add("ADDRESS", *place)
                    add("ZIP", m.start("zip"), m.end("zip"))
        if _ANY_DIGIT.search(text) and ("," in text or "/" in text or " - " in text):
            for m in _LISTED_PLACE.finditer(text):
                line_s = text.rfind("\n", 0, m.start()) + 1
                if not re.search(r"\d", text[max(line_s, m.start() - 80) : m.start()]):
                    continue
                place = self._known_town(text, m.start("place"), m.group("place"), towns)
                if place and place[1] == m.end("place"):
                    add("ADDRESS", *place)
        if "Singapore" in text:
            for m in _SG_POST.finditer(text):
                add("ZIP", m.start("zip"), m.end("zip"))
        self._word_town_places(text, add)
        if "," in text:
            self._closing_places(text, add)
        if "Dublin" in text or "Kingston" in text:
            for m in _POSTAL_DISTRICT.finditer(text):
                add("ADDRESS", m.start(), m.end())
        # a town of the lexicon anywhere: headings ("Retina clinic, Chennai"), "(Toowoomba clinic)"
        for m in _LONE_PLACE.finditer(text):
            place = self._known_town(text, m.start("place"), m.group("place"), towns)
            if not place:
                continue
            name = text[place[0] : place[1]]
            geographic = " " in name and name.rsplit(" ", 1)[1].lower() in _PLACE_FEATURES  # "Hervey Bay"
            if not geographic and self._lexical_words(name, weak=True):
                continue  # "Sydney", "Hamilton": a name too; the name rules decide
            add("ADDRESS", *place, _GENERIC_ID_PRIORITY)  # below every name found around it
        if not _PREP_FIRST.isdisjoint(words):
            for m in _gated(_PREP_PLACE, _PREP_FIRST, text, words):
                place = self._known_town(text, m.start("place"), m.group("place"), towns)
                if place:
                    add("ADDRESS", *place)
        if not words.keys().isdisjoint(("lives", "living", "resides", "residing")):
            for m in _LIVES_ON.finditer(text):
                add("ADDRESS", m.start("st"), m.end("st"))
                si = _STREET_IN.match(text, m.end())
                if si:
                    place = _town(text, si.start("place"), si.end("place"))
                    if place:
                        add("ADDRESS", *place)

    @staticmethod
    def _known_town(text: str, start: int, place: str, towns: frozenset[str]) -> tuple[int, int] | None:
        """The longest leading run of ``place``'s words that names a town of the lexicon, unless an institution's
        word follows it ("Leeds General Infirmary") or it is a country, a region or a word of a hospital."""
        ws = place.split()
        for k in range(len(ws), 0, -1):
            name = " ".join(ws[:k])
            if name not in towns:
                continue
            low = name.lower()
            if low in _COUNTRIES or low in _REGIONS or low in _NOT_PLACE_WORDS or low in _NOT_PERSON_WORDS:
                return None
            if low in _STATE_FULL_LOWER:
                return None  # "from Ontario": a province (there are towns of that name too)
            end = text.index(ws[k - 1], start) + len(ws[k - 1]) if k < len(ws) else start + len(place)
            if _INSTITUTION_AFTER.match(text, end) or _PROTECTED.match(text, start):
                return None
            return start, end
        return None

    def _is_person_word(self, words: str) -> bool:
        """A role or a name-lexicon word where a place was expected ("Dr Lee of Ophthalmology", "from Consultant")."""
        ws = words.split()
        return any(w.lower() in _ROLE_WORDS for w in ws)

    # ------------------------------------------------------------------------------------------
    def _names(self, text: str, words: dict[str, list[int]], add: _Add) -> None:
        doc = _Doc(text, words, self._given, self._sur, self._weak, self._stop_given)
        toks = doc.toks
        n = len(toks)
        found: list[tuple[int, int]] = []
        lower_found: list[tuple[int, int]] = []  # names in lower case ("pt john smith")

        def with_particles(pos: int) -> tuple[int, int | None]:
            """Token index at ``pos``, after any lower-case particles ("Mrs van Dijk")."""
            i = doc.by_start.get(pos)
            if i is None:
                pm = _PARTICLES_AFTER.match(text, pos)
                if pm:
                    i = doc.by_start.get(pm.end())
            return pos, i

        # 1. titles: "Dr. Weiss", "Mrs Maria Schmidt", "Mrs van Dijk"
        if any(c in text for c in "DMPSFHR"):
            for m in _TITLE.finditer(text):
                if "\n" in m.group():
                    continue  # "Seen by MR.\nVehicle ...": the next line is not the name
                start, i = with_particles(m.end())
                if i is not None:
                    # "Dr. Street": a surname that is also a word, after a title in mixed case ("DR" may be the diagnosis)
                    sp = doc.take(i, strong=True, lenient=not m.group().isupper() or doc.in_caps_line(m.start()))
                    if sp is None:
                        sp = self._day_given(doc, i)  # "Mr Sunday Adeyemi", "Dr Will Summers"
                    if sp:
                        found.append((min(start, sp[0]), sp[1]))
                        if m.group().strip().rstrip(".").lower() in _PLURAL_TITLES:
                            found.extend(self._title_list(doc, sp[1]))  # "Drs Patel and Okafor"
        # 1a. nursing titles: "Nurse Ji-woo Park", "Sister Adeyemi" (never "Nurse Practitioner")
        if "Nurse" in text or "Sister" in text or "Matron" in text:
            for m in _ROLE_TITLE.finditer(text):
                i = doc.by_start.get(m.end())
                if i is None:
                    continue
                t = toks[i]
                if t.lower in _NOT_PERSON_WORDS or t.lower in _NOT_PLACE_WORDS:
                    continue
                if not t.lexical and (t.lower.endswith(_MED_SUFFIX) or _word_shaped(t.lower)):
                    continue
                sp = doc.take(i, strong=True) or self._day_given(doc, i)
                if not sp:
                    continue
                k = doc.by_start.get(sp[0], i)
                parts = [x for x in toks[k:] if x.start < sp[1]]
                after = toks[k + len(parts)] if k + len(parts) < n else None
                if any(x.stop and not (x.given or x.surname) for x in parts[1:]):
                    continue  # "Nurse Led Clinic"
                if after is not None and doc.gap_ok(parts[-1], after) and after.word[0].isupper():
                    continue  # part of a longer capitalised phrase
                found.append(sp)
        # 1b. titles in lower case: "dr patel", "mrs jones"
        if "r" in text or "s" in text:
            for m in _LOWER_TITLE.finditer(text):
                low = self._lower_name(text, m.end(), title=True) or self._lower_title_unknown(text, m)
                if low:
                    found.append(low)
                    lower_found.append(low)
        # 1b'. titles spelled out by dictation software: "doctor peter onyango", "mister venkatesh iyer"
        if not _SPOKEN_TITLE_FIRST.isdisjoint(words):
            for m in _SPOKEN_TITLE.finditer(text):
                low = self._lower_spoken_name(text, m.end())
                if low:
                    found.append(low)
                    lower_found.append(low)
        # 1c. initials as a name or a signature: "seen by JS", "Dr J.S.", "/JS" closing a note
        if "by" in words or not _INITIALS_FIRST.isdisjoint(words):
            for m in _gated(_INITIALS_CUE, _INITIALS_FIRST, text, words):
                # After a title or a signing cue ("Signed:", "dictated by") and when dotted, a test or a service is
                # unlikely; after a plain "by", "by OCT" and "seen by ENT" are.
                cue_text = text[m.start() : m.start("v")].lower()
                if m.group("v").lower() in _STAFF_ABBR and _STAFF_NAME_AFTER.match(text, m.end("v")):
                    continue  # "by SN Kowalczyk": a staff nurse, named after it
                loose = "." in m.group("v") or bool(_SIGNING_CUE.match(cue_text))
                if _initials_ok(m.group("v"), strict=not loose):
                    found.append((m.start("v"), m.end("v")))
        if "ref" in words or "reference" in words:
            for m in _REF_INITIALS.finditer(text):
                if _initials_ok(m.group("v"), strict=False):
                    found.append((m.start("v"), m.end("v")))
        if not _ROLE_INITIALS_FIRST.isdisjoint(words):
            for m in _gated(_ROLE_INITIALS, _ROLE_INITIALS_FIRST, text, words):
                v = m.group("v")
                if m.group().lower().startswith("inj") and ":" not in m.group():
                    continue  # "INJ LOG |" is a heading; "Inj: NS" names the injector
                if v.lower() in _STOP or v.lower() in _ACRONYMS or v.lower() in _EYE_ABBREVIATIONS:
                    continue
                if v.lower() in _ROLE_ACRONYMS or (v.islower() and _plain_word(v)):
                    continue
                found.append((m.start("v"), m.end("v")))
        cm = _CLOSING_INITIALS.search(text)
        if cm:
            v = cm.group("v")
            if v not in _STOP and v not in _ACRONYMS and v not in _EYE_ABBREVIATIONS and v not in _ROLE_ACRONYMS:
                found.append((cm.start("v"), cm.end("v")))
        if "present" in words or "attendees" in words or "attending" in words or "attendance" in words:
            for m in _PRESENT_LIST.finditer(text):
                found.extend(self._present_names(doc, m.start("list"), m.end("list")))
        if not _USER_FIRST.isdisjoint(words):
            for m in _gated(_USER_CUE, _USER_FIRST, text, words):
                keyed = "=" in text[m.start() : m.start("v")] and m.group("v") not in _STOP  # "user=rbhattacharjee"
                if keyed or self._user_name(m.group("v"), operator=bool(m.group("op"))):
                    found.append((m.start("v"), m.end("v")))
        if "/" in text or "-" in text or "~" in text or "–" in text or "—" in text:
            for m in _INITIALS_SIG.finditer(text):
                g = "v" if m.group("v") else "v2"
                if _initials_ok(m.group(g), strict=False):
                    found.append((m.start(g), m.end(g)))
        # 2. labels: "Patient: Schmidt, Maria", "seen by Anand", "her daughter Anna"
        for m in _gated(_LABEL, _LABEL_FIRST, text, words):
            pos = m.end()
            if _TITLE.match(text, pos):
                continue  # the title rule has it
            label = m.group("strong") or m.group("weak")
            colon = m.group("colon")
            strong = bool(m.group("strong")) or ":" in colon
            is_m = _IS_AFTER.match(text, pos) if label.lower() in _IS_LABELS and not colon.strip() else None
            if is_m:
                # "pt is Nkechi Okafor": after "patient is" capitalised words are a name
                pos = is_m.end()
                strong = True
            start, i = with_particles(pos)
            if i is None:
                low = self._lower_name(text, pos, title=strong)
                if label.lower() in _IS_LABELS or label.lower() in _RELATIVES:
                    unk = self._lower_unknown(text, pos)  # "pt aditi harris seen", "daughter ji-woo nwosu."
                    if unk and (not low or unk[1] > low[1]):
                        low = unk
                    if not low and label.lower() in _RELATIVES:
                        low = self._lower_single(text, pos)  # "with son raj, pt ..."
                if low:
                    found.append(low)
                    lower_found.append(low)
                continue
            if is_m:
                sp = doc.take(i, strong=True)
                if sp and (toks[i].lexical or sum(1 for t in toks if sp[0] <= t.start < sp[1]) >= 2):
                    found.append(sp)
                continue
            if toks[i].lower in _ROLE_WORDS or toks[i].lower in _LANGUAGES:
                continue  # "Consultant Ophthalmic Surgeon", "interpreter Mandarin": a role, a language
            if label == "CC" and not toks[i].lexical:
                continue  # "CC: Floaters" is the chief complaint; "cc: Maria Schmidt" a copy
            if label.lower() == "re" and (
                ":" not in colon or not toks[i].lexical and toks[i].lower in _english_words()
            ):
                continue  # "Re: Driving - Mr X": the subject, not a name
            if m.group("weak"):
                cue = label.lower()
                t = toks[i]
                if (
                    t.lower in _NOT_PLACE_WORDS
                    or (t.lower in _NOT_PERSON_WORDS and not (t.given or t.surname))
                    or (re.match(r"[ \t]+\d", text[t.end : t.end + 3]) and cue not in _RELATIVES)
                ):
                    continue  # "from Ward 7", "referral from Community Optometry": a place ("wife Ishbel 01738 ...")
                if cue in (
                    "by",
                    "with",
                    "to",
                    "from",
                    "for",
                    "per",
                    "called",
                    "informed",
                    "told",
                    "contact",
                    "contacted",
                    "ring",
                    "rang",
                ):
                    # Very common words: accept only a lexicon name ("with Anna", not "with Avastin"), or an
                    # unknown capitalised pair that ends there ("Letter from Haruto Kuznetsov-Dubois enclosed").
                    t = toks[i]
                    if t.protected or t.lower in _COUNTRIES or t.lower in _REGIONS:
                        continue
                    if not t.lexical:
                        staff = (":" in colon or t.initial) and _STAFF_ACT.search(
                            text, max(0, m.start() - 40), m.start()
                        )
                        if cue == "by" and staff and not self._no_person_word(t):
                            # a form field "Completed by: Sioned", "Reported by A. Rahman": the name ends the field
                            sp = doc.take(i, strong=True, max_tokens=3)
                            ok = sp and _FIELD_OR_SENTENCE_END.match(text, sp[1])
                            if ok and self._plausible(doc, self._span_toks(doc, *sp)):
                                found.append(sp)
                            continue
                        if cue in ("to", "for") or not doc.unknown_pair(i):
                            continue
                        found.append((toks[i].start, toks[i + 1].end))
                        continue
                if not colon.strip() and not label[0].isupper() and toks[i].caps:
                    continue
            low = toks[i].lower
            if label.lower().endswith("by") and self._no_person_word(toks[i], words_too=":" in colon):
                continue  # "Checked by: Mum", "Checked by: Ward Manager"
            line_end = text.find("\n", m.start())
            if "\t" in colon and not _ANY_DIGIT.search(text[m.start() : line_end if line_end >= 0 else len(text)]):
                continue  # a table's heading row ("Time<TAB>Name<TAB>Hosp No"): table_columns reads the cells
            nxt = toks[i + 1] if i + 1 < len(toks) and doc.gap_ok(toks[i], toks[i + 1]) else None
            word_veto = (toks[i].caps or "\n" in colon) and nxt is None and _long_english_word(low)
            if not toks[i].lexical and (
                low in _NOT_PERSON_WORDS or not colon.strip() and ("-" not in low and _word_shaped(low) or word_veto)
            ):
                continue  # "Patient Experience", "PATIENT INVOICE", "patient\nPlease": no name, an English word
            sp = doc.take(i, strong=strong, allow_comma=True)
            if sp:
                found.append((min(start, sp[0]), sp[1]))
            elif label.lower() in _RELATIVES and self._unknown_single_name(doc, i):
                found.append((toks[i].start, toks[i].end))  # "wife Ishbel 01738 ...", "son Sibusiso"
        tok_ends = doc.tok_ends

        def tok_before(pos: int) -> int | None:
            """Index of the last token ending at or before ``pos``."""
            k = bisect_right(tok_ends, pos) - 1
            return k if k >= 0 else None

        # 3. degrees: "Jane Roe, MD", "J. Smith, OD" (OD and DO only after a comma or with dots)
        for m in _DEGREE.finditer(text):
            deg = m.group("deg")
            sep_m = re.search(r",?[ \t]*$", text[max(0, m.start() - 4) : m.start()])
            sep = sep_m.group() if sep_m else ""
            if not sep or (deg in ("OD", "DO") and "," not in sep):
                continue
            end = m.start() - len(sep)
            if "," in sep:
                role = self._role_name(doc, text, end)  # "Fellow: Anjali Rao, MD": the surname may be a word
                if role:
                    found.append(role)
                    continue
            j = tok_before(end)
            if j is None or toks[j].end != end or not doc.nameish(toks[j], strong=True):
                continue
            i = j
            while i - 1 >= 0 and j - i < 3 and doc.nameish(toks[i - 1], True) and doc.gap_ok(toks[i - 1], toks[i]):
                i -= 1
            if all(t.initial for t in toks[i : j + 1]):
                continue
            if deg in ("OD", "DO") and not any(t.lexical or t.initial for t in toks[i : j + 1]):
                continue  # "Lattice Degeneration, OD" is a finding in the right eye; "Jane Roe, OD" a person
            found.append((toks[i].start, toks[j].end))
        # 4. lexicon: given name + capitalised word; capitalised word + surname; "Surname, Given"
        for i, t in enumerate(toks):
            if t.stop or t.protected or t.initial:
                continue
            nxt = toks[i + 1] if i + 1 < n else None
            if nxt is None:
                break
            if t.given and not t.caps and not (nxt.caps and nxt.lower in _STATE_WORDS_ANY):
                k = i + 1
                while k < n and toks[k].initial and doc.gap_ok(toks[k - 1], toks[k]):
                    k += 1  # middle initials
                if k < n and doc.gap_ok(toks[k - 1], toks[k]) and doc.nameish(toks[k], False) and not toks[k].caps:
                    sp = doc.take(i, strong=False, max_tokens=4)
                    if sp:
                        found.append(sp)
                        continue
            caps_pair = t.caps and nxt.caps and t.givenish and (nxt.surname or nxt.given or nxt.wsur) and not nxt.stop
            if caps_pair and doc.gap_ok(t, nxt) and doc.in_caps_line(t.start):
                found.append((t.start, nxt.end))  # "JOHN SMITH" on a line in capitals
                continue
            word_then_surname = nxt.surname and not nxt.caps and not t.caps and doc.gap_ok(t, nxt)
            if (
                word_then_surname
                and doc.nameish(nxt, False)
                and doc.nameish(t, False)
                and (t.given or t.surname or not _sentence_start(text, t.start))
            ):
                found.append((t.start, nxt.end))
                continue
            if nxt.given and text[t.end : nxt.start] == ", " and t.surname and not t.caps and doc.nameish(nxt, False):
                found.append((t.start, nxt.end))
                continue
            # Weak names (also English words): a capitalised given + surname pair mid-sentence, one of them
            # weak ("Letter from John Smith", "with Grace Hill"); initials may stand between them.
            if t.givenish and not t.caps and not _sentence_start(text, t.start):
                k = i + 1
                while k < n and toks[k].initial and not toks[k].stop and doc.gap_ok(toks[k - 1], toks[k]):
                    k += 1
                if k < n and doc.gap_ok(toks[k - 1], toks[k]):
                    u = toks[k]
                    if u.surish and not (u.caps or u.stop or u.protected or u.initial) and (t.wgiven or u.wsur):
                        found.append((t.start, u.end))
        # 4b. a given name of the lexicon on its own, anywhere ("nurse Bernadette", "text Eimear on", "with
        #     Tomasz"): strong given names are not English words (both lexicons drop those), so a lone one is
        #     a person far more often than anything else; the weak ones ("Will", "Grace") need a cue.
        for i, t in enumerate(toks):
            if not t.given or t.caps or t.stop or t.protected or t.initial or len(t.word) < 3:
                continue
            if t.lower in _EPONYM_HEAD_WORDS:
                continue  # "Duane retraction syndrome", "Allen cards": an eponym alone needs a cue
            if t.lower in _COUNTRIES or t.lower in _REGIONS or t.lower in _STATE_FULL_LOWER:
                continue  # "Virginia license", "lived in Alberta": a place that is also a name needs a cue
            if len(t.word) <= 3 and text[t.end : t.end + 1] == ".":
                continue  # "Sub. Maj.": an abbreviation
            if self._plausible(doc, [t]):
                sp = doc.take(i, strong=False) or (t.start, t.end)
                nxt = toks[i + 1] if i + 1 < n else None
                if nxt is not None and nxt.caps and nxt.lower in _STATE_WORDS_ANY:
                    sp = (t.start, t.end)  # "Melbourne VIC 3002": the state is not part of the name
                found.append(sp)
        # 5. a name opening a sentence and followed by a verb: "Oluwaseun Adebayo is a 67-year-old"
        #    An unknown pair needs a verb of a person: "Tom Bird will drive her home", "Aino Rogers reports".
        for i, t in enumerate(toks):
            if t.protected or t.initial or t.caps or not _sentence_start(text, t.start):
                continue
            # "Will Summers was seen": a given name that is also a word never taken alone, before a name
            never_first = (
                t.word in self._never_given
                and i + 1 < n
                and doc.gap_ok(t, toks[i + 1])
                and doc.unknown_pair(i + 1, i + 1, single=True)
            )
            if never_first:
                if _PERSON_VERB.match(text, toks[i + 1].end):
                    found.append((t.start, toks[i + 1].end))
                continue
            if t.stop and not (doc.stop_name(t) and i + 1 < n and doc.nameish(toks[i + 1], False)):
                continue  # "Jun Torres is a 67-year-old": a given name that is also a month
            j = i
            while j + 1 < n and j - i < 2 and doc.gap_ok(toks[j], toks[j + 1]):
                nxt = toks[j + 1]
                if nxt.caps or not (doc.nameish(nxt, False) or (toks[j].givenish and doc.surname_stop(nxt))):
                    break
                j += 1
                if nxt.stop:
                    break  # "Faith Street": a surname that is a word ends the name
            if (
                j == i
                and (
                    _SOLO_VERB.match(text, t.end)
                    or _AGE_AFTER_SOLO.match(text, t.end)
                    and not (not t.lexical and t.lower in _english_words())
                )
                and self._solo_name(doc, t)
            ):
                # "Olusegun explained", "Rose continues to use", "Hunter was brought", "Mateo, 3, rubbed his eyes"
                found.append((t.start, t.end))
                continue
            verb = _VERB_AFTER_NAME.match(text, toks[j].end)
            person = _PERSON_VERB.match(text, toks[j].end)
            aged = j > i and _AGE_AFTER_NAME.match(text, toks[j].end)
            if not (verb or person or aged):
                continue
            lexical = any(x.given or x.surname for x in toks[i : j + 1]) or (
                j > i and toks[i].givenish and all(x.lexical or doc.surname_stop(x) for x in toks[i : j + 1])
            )  # "Grace Hill reports": two weak names before a verb
            # unknown capitalised words + a verb: only with an age after ("X Y is a 67-year-old"), or a pair of
            # name-shaped words before a verb of a person
            if (
                not lexical
                and not re.match(r"[ \t]*(?:,[ \t]*|(?:is|was)[ \t]+)(?:a|an)[ \t]+\d", text[toks[j].end :])
                and not ((person or aged) and j > i and doc.unknown_pair(i, j))
            ):
                continue
            found.append((t.start, toks[j].end))
        # 5b. after a clinician's verb of seeing: "I saw Anil Mehta again", "asked me to see Ahmet Yilmaz."
        if not _SEE_FIRST.isdisjoint(words):
            for m in _gated(_SEE_CUE, _SEE_FIRST, text, words):
                i = doc.by_start.get(m.end())
                if i is None:
                    continue
                for j in (i + 1, i + 2):
                    if doc.unknown_pair(i, j):
                        found.append((toks[i].start, toks[j].end))
                        break
        # 5c. header names: "Name: SMITH, JOHN", "Patient: BROWN, SARAH  DOB ...", "Hartley, Rose (DOB ...)"
        if "," in text:
            heads = _gated(_HEADER_NAME, _HEADER_FIRST, text, words)
            if "DOB" in text or "D.O.B" in text or not _HEADER_ID_FIRST.isdisjoint(words):
                heads += _HEADER_LINE.finditer(text)
            for m in heads:
                if self._header_ok(doc, m):
                    found.append((m.start("n"), m.end("n")))
        self._layout_names(doc, text, words, found)
        if found and _ANY_DIGIT.search(text):  # the number after a name taken by _NAME_BEFORE_PHONE is a phone
            taken = set(found)
            for m in _NAME_BEFORE_PHONE.finditer(text):
                if m.span("n") in taken:
                    add("PHONE", *m.span("p"))
        # 5d. a capitalised pair before a relation in brackets: "Iris Vermeulen (daughter) says"
        if "(" in text:
            for i in range(n - 1):
                a, b = toks[i], toks[i + 1]
                if (
                    doc.gap_ok(a, b)
                    and _RELATION_IN_BRACKETS.match(text, b.end)
                    and (
                        self._plausible(doc, [a, b])
                        or (
                            a.lower not in _NOT_PERSON_WORDS
                            and a.lower not in _ROLE_WORDS
                            and self._plausible(doc, [b])
                        )
                    )
                    and (not (a.caps or b.caps) or doc.in_caps_line(a.start))
                ):
                    found.append((a.start, b.end))
        if ";" in text and "," in text:
            items = [
                m
                for m in _SEMI_LIST_ITEM.finditer(text)
                if self._plausible(doc, [t for t in self._span_toks(doc, *m.span("n")) if not doc.stop_name(t)])
            ]
            if len(items) >= 2:
                found.extend(m.span("n") for m in items)
        if "," in text:
            for m in _SURNAME_GIVEN_AFTER.finditer(text):
                sur, given = m.group("sur"), m.group("given")
                parts = self._span_toks(doc, *m.span("n"))
                known = given in self._given or given in self._weak[0] or given in self._stop_given
                sur_known = sur.title() in self._sur or sur.title() in self._weak[1] or sur.title() in self._given
                placey = given.lower() in _REGIONS or given.lower() in _COUNTRIES or given in _towns()
                known = known or (sur_known and len(given) >= 4 and not _plain_word(given.lower()) and not placey)
                if known and self._plausible(doc, [t for t in parts if not doc.stop_name(t)], caps_ok=True):
                    found.append(m.span("n"))
        if "'" in text or "‘" in text or "’" in text or '"' in text or "“" in text:
            for m in _QUOTED_NICK.finditer(text):
                g = m.group("g")
                if g in self._given or g in self._weak[0] or any(s <= m.start() < e for s, e in found):
                    found.extend([m.span("g"), m.span("k"), m.span("s")])
        if "/" in text or "bin" in words or "binti" in words or "binte" in words or " of " in text:
            for m in _KIN_PARTICLE.finditer(text):
                toks_n = self._span_toks(doc, *m.span("n"))
                if toks_n and self._plausible(doc, toks_n):
                    found.append(m.span("n"))
        if "(" in text:
            for t in toks:
                odd = t.caps or t.stop or t.protected or len(t.word) < 3 or not t.word[:1].isupper()
                if odd and not (t.word in self._stop_given or (t.wgiven and not t.caps)):
                    continue  # a weak name ("Rose", "Dawn") may stand before a role; other odd words not
                if _ROLE_IN_BRACKETS.match(text, t.end) and (t.lexical or self._plausible(doc, [t])):
                    found.append((t.start, t.end))
        if ":" in text:
            for m in _LOG_USER.finditer(text):
                if m.group("v") not in _STOP:
                    found.append(m.span("v"))
        found = [(s, e) for s, e in found if not _only_places(text[s:e])]  # "Sri Lanka", "Trinidad"
        # 5e. a nickname in brackets right after a name found above: "Mrs. Choi (Hyun-joo)", "(prefers 'Jazz')"
        if "(" in text:
            for _s, e in list(found):
                nm = _NICKNAME_AFTER.match(text, e)
                if nm and self._nickname(nm):
                    found.append((nm.start("v"), nm.end("v")))
        # 6. propagation: each token of a found name, anywhere else in the note
        if found:
            seen: set[str] = set()
            for s, e in found:
                for t in toks:
                    if s <= t.start and t.end <= e and not t.initial and not t.stop and len(t.word) >= 2:
                        seen.add(t.word.lower())
            for s, e in lower_found:
                seen.update(w.group() for w in _LOWER_WORD.finditer(text, s, e) if w.group() not in _PARTICLES | _STOP)
            for t in toks:
                if t.lower in seen and not t.protected:
                    found.append((doc.particles_before(t.start), t.end))
        # 7. names known to the caller
        full_re, tok_re = self._extra
        if full_re is not None:
            for m in full_re.finditer(text):
                found.append((m.start(), m.end()))
        if tok_re is not None:
            for m in tok_re.finditer(text):
                if not doc.overlaps_protected(m.start(), m.end()):
                    found.append((m.start(), m.end()))
        for s, e in found:
            add("NAME", s, e)

    def _nickname(self, m: re.Match[str]) -> bool:
        """Is the bracketed word after a name a nickname? A given name of the lexicon ("(Jan)"), a hyphenated
        given name ("(Hyun-joo)"), or anything name-shaped after "prefers"/"known as" or in quotes ("'Jazz'")."""
        v = m.group("v")
        low = v.lower()
        if low in _STOP or low in _ROLE_WORDS or low in _RELATIVES or low in _LANGUAGES or low in _NOT_PERSON_WORDS:
            return False
        cued = m.group().strip("( \t")[:1] in "'‘’\"“" or not m.group().lstrip(" \t(")[:1].isupper()
        return v in self._given or v in self._weak[0] or "-" in v or cued

    def _present_names(self, doc: _Doc, start: int, end: int) -> list[tuple[int, int]]:
        """Names in a list of people present: items between commas and "and", each one to three capitalised
        words (a role word or a title before them, a bracketed role after them, are not part of the name)."""
        out = []
        for item in re.finditer(r"(?:(?![ \t]and[ \t])[^,&])+", doc.text[start:end]):
            piece = re.sub(r"\([^)]*\)", lambda g: " " * len(g.group()), item.group())
            piece = re.sub(r"^[ \t]*and[ \t]+", lambda g: " " * len(g.group()), piece)
            s0 = start + item.start()
            toks = [t for t in doc.toks if s0 <= t.start and t.end <= s0 + len(piece)]
            while toks and (toks[0].lower in _ROLE_WORDS or toks[0].stop or not toks[0].word[:1].isupper()):
                toks = toks[1:]  # "student Aarav", "the glaucoma specialist nurse"
            if not toks or len(toks) > 3 or any(not t.word[:1].isupper() for t in toks):
                continue
            if all(t.initial for t in toks) or any(t.protected for t in toks):
                continue
            if not self._plausible(doc, toks, caps_ok=len(toks) == 1 and 2 <= len(toks[0].word) <= 3):
                continue
            out.append((toks[0].start, toks[-1].end))
        return out

    def _word_town_places(self, text: str, add: _Add) -> None:
        """Towns named by English words, where the layout says a town stands: before a state or province
        abbreviation or a postcode ("Orange NSW", "Mobile, AL", "Reading RG1 8AB"), after a residence cue
        ("lives in Hope, Derbyshire"), or closing an address line after a name, a street or a practice
        ("Meadowbank Surgery, Ware", "Mrs Morag Sutherland, Wick")."""
        towns = _word_towns()
        for m in _WORD_TOWN.finditer(text):
            name = m.group("t")
            if name not in towns:
                two = name.rsplit(" ", 1)[0] if " " in name else None
                if two is None or two not in towns:
                    continue
                name = two
            s, e = m.start("t"), m.start("t") + len(name)
            label = name.lower() in _FIELD_LABEL_WORDS and re.match(r"[ \t:#.]*\d", text[e : e + 4])
            country = (name.lower() in _COUNTRIES or name.lower() in _REGIONS) and not _WORD_TOWN_STATE.match(text, e)
            if country or label:  # "Holland, MI" is a town
                continue  # "Lives in Wales", "Date 2026-07-07", "Mobile 0491 570 156"
            after, before = text[e : e + 16], text[max(0, s - 40) : s]
            line_start = (
                max(text.rfind("\n", 0, s), text.rfind(",", 0, max(0, s - 2)), text.rfind("|", 0, max(0, s - 2))) + 1
            )
            line = text[line_start:s]  # the comma-separated piece before this one
            if (
                _WORD_TOWN_STATE.match(after)
                or _WORD_TOWN_COUNTY.match(after)
                or _WORD_TOWN_POST.match(after)
                or (_RESIDENCE_BEFORE.search(before) and _WORD_TOWN_END.match(after))
                or (
                    _OF_AFTER_NAME.search(before)
                    and _TITLED_NAME.search(text, text.rfind("\n", 0, s) + 1, s)
                    and _WORD_TOWN_END.match(after)
                )
                or (
                    line.rstrip()[-1:] in (",", "|")
                    and (_LINE_END_AFTER.match(after) or after.lstrip().startswith("|"))
                    and (_TITLE_OR_PRACTICE.search(line) or _STREET_SUFFIX_WORD.search(line))
                )
            ):
                add("ADDRESS", s, e)

    def _lower_spoken_name(self, text: str, pos: int) -> tuple[int, int] | None:
        """Up to three lower-case words after a spoken title: names of the lexicon, or words that are no English
        word, stop word or acronym ("doctor peter onyango at", "madam tay geok hua case", "miss osei-bonsu")."""
        end, n, p = None, 0, pos
        while n < 3:
            m = _LOWER_WORD.match(text, p)
            if not m:
                break
            w = m.group().removesuffix("'s").removesuffix("’s")
            parts = w.split("-")
            known = all(x in self._lower_names for x in parts)
            if not known and (
                w in _STOP
                or w in _ACRONYMS
                or w in _ID_WORDS
                or _plain_word(w)
                or any(x in _english_words() for x in parts)
            ):
                break
            end, n = m.start() + len(w), n + 1
            gap = re.match(r"[ \t]{1,2}", text[m.end() : m.end() + 2])
            if not gap:
                break
            p = m.end() + gap.end()
        return (pos, end) if end else None

    def _closing_places(self, text: str, add: _Add) -> None:
        """A place the lexicons do not know, where only a place stands: closing a header field after a person's
        titled name ("Complainant: Mr Declan Hennessy, Tramore |"), or after a name and an age with "of"
        ("Mrs Gwenda Pike, 81, of Gilgandra.")."""
        for m in _AGE_OF_PLACE.finditer(text):
            if self._unknown_place_words(m.group("p")):
                add("ADDRESS", *m.span("p"))
        if not (_FIELD_SEPARATOR.search(text) or "\n" in text):
            return
        for m in _CLOSING_PLACE.finditer(text):
            piece_start = max(
                text.rfind("\n", 0, m.start()), text.rfind(",", 0, m.start()), text.rfind("|", 0, m.start())
            )
            if _TITLED_NAME.search(text, piece_start + 1, m.start()) and self._unknown_place_words(m.group("p")):
                add("ADDRESS", *m.span("p"))

    @staticmethod
    def _unknown_place_words(place: str) -> bool:
        """Words that can name a place: no English word (unless a town of that name), role, country or region."""
        if place in _towns() or place in _word_towns():
            return True
        for k, w in enumerate(place.split()):
            low = w.lower()
            if k and low in _PLACE_FEATURES:
                continue  # "Hebden Bridge"
            if low in _english_words() or low in _ROLE_WORDS or low in _NOT_PERSON_WORDS or low in _STOP:
                return False
            if low in _COUNTRIES or low in _REGIONS or low in _STATE_FULL_LOWER or low in _DAY_MONTH_WORDS:
                return False
        return True

    def _unknown_single_name(self, doc: _Doc, i: int) -> bool:
        """One capitalised word the lexicons do not know, after a relative: no English word, town, role, clinical
        or place word, and no capitalised phrase going on after it."""
        t = doc.toks[i]
        low = t.lower
        if t.caps or t.initial or t.protected or t.stop or len(low) < 3 or "-" in low:
            return False
        if low in _english_words() or t.word in _towns() or t.word in _word_towns() or low in _ROLE_WORDS:
            return False
        nxt = doc.toks[i + 1] if i + 1 < len(doc.toks) else None
        if nxt is not None and doc.gap_ok(t, nxt) and nxt.word[:1].isupper():
            return False
        return self._plausible(doc, [t])

    def _no_person_word(self, t: _Tok, words_too: bool = True) -> bool:
        """A role, relative or department, or (``words_too``: in a form field) an English word the lexicons do not
        know ("Reported by: Radiology", "Checked by: Mum", "Done by: Self"; "seen by Chandler Sawyer" stays)."""
        low = t.lower
        if low in _ROLE_WORDS or low in _RELATIVES or low in _NOT_PERSON_WORDS or low in _NOT_SUBJECT:
            return True
        return words_too and not t.lexical and (low in _english_words() or low.endswith(_NOT_SUBJECT_SUFFIX))

    def _user_name(self, v: str, operator: bool) -> bool:
        """Lower-case initials ("jw"; after an operator cue not a note's acronym: "operator oct") or a user name
        ("mbrown", "j.smith2", "kd_01": an initial and a surname, or with digits or dots) after a cue."""
        if v in _STOP or v in _EYE_ABBREVIATIONS:
            return False
        if len(v) <= 3:
            return v.isalpha() and not (operator and v in _ACRONYMS)
        if any(c.isdigit() or c in "._" for c in v):
            return True
        names = self._lower_names  # an initial or two, then a surname of at least 4 letters
        return any(len(v) - k >= 4 and v[k:] in names for k in (1, 2)) and not _plain_word(v)

    def _solo_name(self, doc: _Doc, t: _Tok) -> bool:
        """Can one capitalised word opening a sentence before a verb of a person be a name? (a name of the lexicon,
        weak or strong, or a word that is none of the nouns that do such things: "Letter states", "Mum reports")."""
        if t.caps or len(t.word) < 3 or t.lower in _NOT_SUBJECT or t.lower.endswith(_NOT_SUBJECT_SUFFIX):
            return False
        return self._plausible(doc, [t])

    def _plausible(self, doc: _Doc, parts: list[_Tok], caps_ok: bool = False) -> bool:
        """Can these tokens be a person's name where a cue says a name may stand? Not a stop, role, language, place,
        organisation or clinical word, nor (if the lexicon does not know it) shaped like an English word or a drug."""
        if not parts:
            return False
        for t in parts:
            low = t.lower
            if t.initial and t.end > t.start + 1:
                continue  # "A." is an initial
            if t.protected or t.stop or low in _NEVER_NAME or low in _ROLE_WORDS:
                return False
            if low in _LANGUAGES or low in _NOT_PERSON_WORDS or low in _NOT_PLACE_WORDS or low in _COUNTRIES:
                return False
            if low in _RELATIVES or low in _DAY_MONTH_WORDS or low in _REGIONS:
                return False
            if t.caps and not (caps_ok or doc.in_caps_line(t.start)):
                return False
            if not t.lexical and not t.initial and (low.endswith(_MED_SUFFIX) or _word_shaped(low)):
                return False
        return not all(t.initial for t in parts)

    def _span_toks(self, doc: _Doc, s: int, e: int) -> list[_Tok]:
        return [t for t in doc.toks if s <= t.start < e]

    def _layout_names(self, doc: _Doc, text: str, words: dict[str, list[int]], found: list[tuple[int, int]]) -> None:
        """Names placed by staff roles, brackets, greetings, sign-offs, tables, clinic lists and form fields."""
        toks = doc.toks
        tok_ends = doc.tok_ends

        def take_at(pos: int, max_tokens: int = 3, caps_ok: bool = False) -> tuple[int, int] | None:
            i = doc.by_start.get(pos)
            if i is None:
                return None
            sp = doc.take(i, strong=True, max_tokens=max_tokens)
            if sp and self._plausible(doc, self._span_toks(doc, *sp), caps_ok):
                return sp
            return None

        # staff roles before a name: "RN Chidi Eze", "Glaucoma CNS Yusuf", "pharmacist Declan"
        if not _STAFF_FIRST.isdisjoint(words):
            for m in _gated(_STAFF_BEFORE, _STAFF_FIRST, text, words):
                sp = take_at(m.end())
                # a capitalised role word ("Registrar Training Programme") needs a name of the lexicon after it
                titled = bool(sp) and m.group().strip().istitle()
                parts = self._span_toks(doc, *sp) if sp else []
                if titled and not any(t.givenish or t.surish for t in parts) and not (parts and parts[0].initial):
                    continue  # "Registrar Training Programme"; "Nurse Specialist K. Amankwah-Boateng" stays
                if sp:
                    k = bisect_right(tok_ends, sp[1]) - 1
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    if nxt is not None and doc.gap_ok(toks[k], nxt) and nxt.word[0].isupper() and not nxt.caps:
                        continue  # part of a longer capitalised phrase ("Registrar Training Programme")
                    found.append(sp)
        if "(" in text:
            # a name and its role or relation in brackets: "Ade (HCA)", "JK (orthoptist)"
            for m in _ROLE_PAREN.finditer(text):
                low = _LOWER_INITIALS_BEFORE.search(text, max(0, m.start() - 20), m.start())
                if low:  # "- jl (booking clerk)", "- ngaire (CNS)", "me + sam (SHO)": lower case signing a note
                    v = low.group("v")
                    relation = v in _RELATIVES or v in ("sis", "bro") or v in _english_words() or _plain_word(v)
                    if v not in _STOP and v not in _ACRONYMS and v not in _EYE_ABBREVIATIONS and not relation:
                        found.append(low.span("v"))
                    continue
                j = bisect_right(tok_ends, m.start()) - 1
                if j < 0 or text[toks[j].end : m.start()].strip():
                    continue
                t = toks[j]
                if t.caps and 2 <= len(t.word) <= 3 and not doc.in_caps_line(t.start):
                    if _initials_ok(t.word, strict=False) and t.lower not in _ACRONYMS:
                        found.append((t.start, t.end))
                    continue
                i = j
                while i > 0 and j - i < 2 and doc.gap_ok(toks[i - 1], toks[i]) and self._plausible(doc, [toks[i - 1]]):
                    i -= 1
                if self._plausible(doc, toks[i : j + 1]):
                    found.append((toks[i].start, t.end))
            for m in _PAREN_RELATIVE.finditer(text):  # "attendant (wife) Kamla Devi"
                sp = take_at(m.end())
                if sp:
                    found.append(sp)
        if not _LOWER_GREETING_FIRST.isdisjoint(words):
            for m in _LOWER_GREETING.finditer(text):
                g = "v" if m.group("v") else "s"
                w = m.group(g)
                if w in self._lower_names or not (
                    w in _STOP or w in _english_words() or _plain_word(w) or w in _ACRONYMS or w in _RELATIVES
                ):
                    found.append(m.span(g))
        # a name with its age and sex in brackets: "Síofra Ní Fhlaithearta (31F), Rossaveel", "Kennedy Park (3 yo)"
        if "(" in text:
            for m in _NAME_AGE_PAREN.finditer(text):
                parts = [t for t in self._span_toks(doc, *m.span("n")) if t.word not in _IRISH_PARTICLES]
                if len(parts) < 2 or any(t.protected or t.stop or t.lower in _ROLE_WORDS for t in parts):
                    continue
                if any(not t.lexical and t.lower in _english_words() for t in parts):
                    continue
                if self._plausible(doc, parts, caps_ok=True):
                    found.append(m.span("n"))
        # a name right before a phone number: "Please call me, Zodwa, on 078 220 6614", "My contact: Ajith, 9455 1180"
        if _ANY_DIGIT.search(text):
            for m in _NAME_BEFORE_PHONE.finditer(text):
                parts = self._span_toks(doc, *m.span("n"))
                if not parts or any(t.protected or t.caps for t in parts):
                    continue
                unknown = [t for t in parts if not t.lexical]
                if any(t.lower in _english_words() or t.word in _towns() for t in unknown):
                    continue
                if any(t.lower in _NOT_PERSON_WORDS or t.lower in _ROLE_WORDS or t.stop for t in parts):
                    continue
                if sum(c.isdigit() for c in m.group("p")) >= 7:
                    found.append(m.span("n"))
        # greetings and sign-offs of e-mails and letters: "Hi Tom,", "Dear Patrick and Maureen", "Thanks, Priyanka"
        greet = [m.end() for m in _gated(_GREETING, _GREETING_FIRST, text, words)]
        sign = [m.end() for m in _gated(_SIGN_OFF, _SIGN_OFF_FIRST, text, words) if _sentence_start(text, m.start())]
        for pos, closing in [(p, False) for p in greet] + [(p, True) for p in sign]:
            if _TITLE.match(text, pos):
                continue
            i = doc.by_start.get(pos)
            if closing and i is not None and toks[i].caps and 2 <= len(toks[i].word) <= 3:
                if _NAME_CLOSES.match(text, toks[i].end) and _initials_ok(toks[i].word, strict=True):
                    found.append((toks[i].start, toks[i].end))  # "Thanks, JK"
                continue
            sp = take_at(pos)
            while sp and _NAME_CLOSES.match(text, sp[1]):
                found.append(sp)
                am = _AND_NAME.match(text, sp[1])
                sp = take_at(am.end()) if am and not _TITLE.match(text, am.end()) else None
        # initials after a role or a signing comma; typist references
        for m in _gated(_INITIALS_ROLE, _INITIALS_ROLE_FIRST, text, words):
            if _initials_ok(m.group("v"), strict=True):
                found.append((m.start("v"), m.end("v")))
        if "/" in text and _SLASH_LOWER.search(text):
            for m in _INITIALS_REF.finditer(text):
                s = m.start()
                if s and text[s - 1].isalpha() or not _REF_BEFORE.search(text, max(0, s - 16), s):
                    continue
                if _initials_ok(m.group("v"), strict=True):
                    found.append((m.start("v"), m.end("v")))
        if "." in text:
            for m in _DOTTED_END.finditer(text):
                if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "._"):
                    continue
                letters = m.group("v").replace(".", "").replace(" ", "").lower()
                if (
                    _initials_ok(m.group("v"), strict=True)
                    and letters not in _NEVER_NAME
                    and letters not in _NOTE_HEADS
                ):
                    found.append((m.start("v"), m.end("v")))
        # clinic lists: "09:15 Szabo K; 09:30 Bird T."
        if _TIME_GATE.search(text):
            cands = []
            for m in _TIME_SURNAME_INITIAL.finditer(text):
                parts = self._span_toks(doc, m.start("n"), m.end("n"))
                if parts and parts[0].lower not in _LIST_NOT_NAME and self._plausible(doc, parts[:-1]):
                    cands.append((m.start("n"), m.end("n"), any(t.surish or t.givenish for t in parts[:-1])))
            found.extend((s, e) for s, e, lex in cands if lex or len(cands) >= 2)
        # form fields: "Forename(s): Lachlan James", "Name: 徐明宇"
        if ":" in text or "=" in text:
            for m in _gated(_NAME_FIELD, _NAME_FIELD_FIRST, text, words):
                cm = _CJK_NAME.match(text, m.end())
                if cm:
                    found.append((cm.start(), cm.end()))
                    continue
                i = doc.by_start.get(m.end())
                if i is None:
                    continue
                j = i
                while j + 1 < len(toks) and j - i < 3 and doc.gap_ok(toks[j], toks[j + 1]):
                    j += 1
                while j >= i and not _FIELD_END.match(text, toks[j].end):
                    j -= 1
                if j >= i and self._plausible(doc, toks[i : j + 1], caps_ok=True):
                    found.append((toks[i].start, toks[j].end))
        if not text.isascii() and _CJK_GATE.search(text):  # "Xu Mingyu (徐明宇)"
            for m in _CJK_NAME.finditer(text):
                if text[m.start() - 1 : m.start()] in ("(", "（") and text[m.end() : m.end() + 1] in (")", "）"):
                    found.append((m.start(), m.end()))
        if "\t" in text or "|" in text:
            found.extend(self._table_names(doc, text))
        if "," in text and not _ROLE_AFTER_FIRST.isdisjoint(words):  # "(L. Fairbairn, Orthoptist)"
            for r in _COMMA_ROLE.finditer(text):
                m = _NAME_ROLE_AFTER.search(text, max(0, r.start() - 48), r.start())
                if not m:
                    continue
                parts = self._span_toks(doc, m.start("n"), m.end("n"))
                if self._plausible(doc, parts) and any(t.initial or t.givenish or t.surish for t in parts):
                    found.append((m.start("n"), m.end("n")))

    def _table_names(self, doc: _Doc, text: str) -> list[tuple[int, int]]:
        """Cells under a person column of a tab- or pipe-separated table ("Injector", "Clinician", "Name")."""
        out: list[tuple[int, int]] = []
        rows = []
        pos = 0
        for line in text.split("\n"):
            if "\t" in line or "|" in line:
                rows.append((pos, line))
            elif rows and rows[-1][1]:
                rows.append((pos, ""))  # a line without cells ends a table
            pos += len(line) + 1
        # "||" also separates rows ("Date | Eye || 02/10 | R"); an empty row ends a table
        rows = [
            (s + c.start(), c.group()) for s, r in rows for c in (_ROW_PIECE.finditer(r) if r else [_EMPTY.match("")])
        ]
        col = None
        ncells = 0
        for start, row in rows:
            sep = "\t" if "\t" in row else "|" if "|" in row else None
            if sep is None:
                col = None
                continue
            cells = []
            pos = 0
            for c in row.split(sep):
                cells.append((start + pos, c))
                pos += len(c) + 1
            if col is not None and abs(len(cells) - ncells) <= 1 and col < len(cells):
                cs, c = cells[col]
                v = c.strip()
                if v and _CELL_NAME.fullmatch(v):
                    vs = cs + c.index(v)
                    parts = self._span_toks(doc, vs, vs + len(v))
                    if len(v) <= 3 and v.isupper() and v.isalpha():
                        if _initials_ok(v, strict=True):
                            out.append((vs, vs + len(v)))
                    elif self._plausible(doc, parts, caps_ok=True):
                        out.append((vs, vs + len(v)))
                continue
            heads = [c.strip() for _s, c in cells]
            if len(heads) >= 2 and not any(ch.isdigit() for ch in row):
                idx = [k for k, h in enumerate(heads) if _PERSON_COLUMN.fullmatch(h)]
                col, ncells = (idx[0], len(cells)) if idx else (None, 0)
        return out

    def _day_given(self, doc: _Doc, i: int) -> tuple[int, int] | None:
        """After a title: a day or month word, or a given name that is a word ("Will"), followed by a name."""
        toks = doc.toks
        t = toks[i]
        if t.caps or not (t.lower in _DAY_MONTH_WORDS or t.word in self._never_given):
            return None
        if i + 1 >= len(toks) or not doc.gap_ok(t, toks[i + 1]) or not toks[i + 1].word[0].isupper():
            return None
        sp = doc.take(i + 1, strong=True)
        return (t.start, sp[1]) if sp else None

    def _title_list(self, doc: _Doc, pos: int) -> list[tuple[int, int]]:
        """The other names of a list after a plural title: ", Shah and Obi" after "Drs Lee"."""
        out: list[tuple[int, int]] = []
        for _ in range(6):
            lm = _LIST_SEP.match(doc.text, pos)
            k = doc.by_start.get(lm.end()) if lm else None
            if lm is None or k is None:
                break
            sp = doc.take(k, strong=True, max_tokens=3)
            if sp is None:
                break
            out.append(sp)
            pos = sp[1]
            if "and" in lm.group() or "&" in lm.group():
                break
        return out

    def _role_name(self, doc: _Doc, text: str, end: int) -> tuple[int, int] | None:
        """A name ending at ``end`` (before ", MD") after a role label or opening its line: "Fellow: Anjali Rao"."""
        line_s = text.rfind("\n", 0, end) + 1
        m = _ROLE_NAME_BEFORE.search(text[line_s : end + 2].rstrip(" \t,") + ",")
        if not m:
            return None
        s, e = line_s + m.start("n"), line_s + m.end("n")
        parts = [t for t in doc.toks if s <= t.start < e]
        if not parts or parts[-1].end != e:
            return None
        first = parts[0]
        if first.stop and not (first.lexical or doc.stop_name(first)):
            return None
        if not first.lexical and (first.lower.endswith(_MED_SUFFIX) or _word_shaped(first.lower)):
            return None
        for t in parts:
            if t.protected or t.lower in _NEVER_NAME or t.lower in _NOT_PERSON_WORDS or t.lower in _COUNTRIES:
                return None
        return s, e

    def _header_ok(self, doc: _Doc, m: re.Match[str]) -> bool:
        """Are the words of a header name ("SMITH, JOHN") name-like? After "Re:", "Patient:" or "Pt:" with no
        identifier after it, each word must be a lexicon name or no stop word; at a line start a date of birth
        must follow."""
        label = (m.group("label") or "").lower()
        if not label and not m.group("id"):
            return False
        strict = not m.group("id") and label in ("re", "patient", "pt")
        parts = [t for t in doc.toks if m.start("n") <= t.start < m.end("n")]
        for t in parts:
            if t.initial:
                continue
            low = t.lower
            if t.protected or low in _NOT_PERSON_WORDS or low in _COUNTRIES or low in _ACRONYMS:
                return False
            never = low in _NEVER_NAME and t.word.title() not in self._never_given
            if never and (strict or low not in _DAY_MONTH_WORDS):  # a month only after a name label: "FORD, MAY"
                return False
            if t.stop and strict and not (t.lexical or doc.stop_name(t)):
                return False
            if strict and not t.lexical and (low.endswith(_MED_SUFFIX) or _word_shaped(low)):
                return False
        return len(parts) >= 2

    def _lower_title_unknown(self, text: str, m: re.Match[str]) -> tuple[int, int] | None:
        """A lower-case surname the lexicon does not know after a lower-case title: "mrs okafor rang"."""
        w = _LOWER_WORD.match(text, m.end())
        if not w:
            return None
        word = w.group()
        if len(word) < 3 or _plain_word(word) or word in _LOWER_NOT_SURNAME or word in _ACRONYMS:
            return None
        if word.endswith(_MED_SUFFIX) or word in _DAY_MONTH_WORDS:
            return None
        title = m.group().strip().rstrip(".")
        if title in ("mr", "ms", "dr") and not _LOWER_TITLE_VERB.match(text, w.end()):
            return None  # "dr changes", "ms relapse", "mr imaging"
        return w.start(), w.end()

    def _lower_name(self, text: str, pos: int, title: bool) -> tuple[int, int] | None:
        """A name written in lower case at ``pos`` ("pt john smith", "daughter mary-anne o'brien").

        Only words of the name lexicon (strong or weak) count. After a title or a strong label one such
        word is enough; after a weak cue a given name and one more name word, or one strong-lexicon word.
        """
        names: list[tuple[int, int, bool, bool]] = []  # start, end, given-ish, strong
        while len(names) < 3:
            m = _LOWER_WORD.match(text, pos)
            if not m or m.group() in _STOP:
                break
            parts = [p.replace("'", "").replace("’", "") for p in m.group().split("-")]
            if not all(p in self._lower_names and p not in _STOP for p in parts):
                break
            names.append(
                (m.start(), m.end(), parts[0] in self._lower_given, all(p in self._lower_strong for p in parts))
            )
            gap = re.match(r"[ \t]{1,2}", text[m.end() : m.end() + 2])
            if not gap:
                break
            pos = m.end() + gap.end()
        if not names:
            return None
        if names[0][2] and len(names) < 3:
            # After a known given name, one unknown surname (and its particles): "david okonkwo", "rafael de la cruz"
            gap = re.match(r"[ \t]{1,2}", text[names[-1][1] : names[-1][1] + 2])
            after = names[-1][1] + (gap.end() if gap else 0)
            pm = _PARTICLES_AFTER.match(text, after) if gap else None
            m = _LOWER_WORD.match(text, pm.end() if pm else after) if gap else None
            if m:
                w = m.group()
                if (
                    len(w) >= 3
                    and w not in _STOP
                    and w not in _LOWER_NOT_SURNAME
                    and not w.endswith(("ed", "ing", "ly"))
                    and not _VERB_AFTER_NAME.match(" " + w)
                ):
                    names.append((m.start(), m.end(), False, False))
        if (
            title
            or (len(names) >= 2 and names[0][2])
            or (len(names) == 1 and names[0][3] and names[0][1] - names[0][0] >= 3)
        ):
            return names[0][0], names[-1][1]
        return None

    def _lower_single(self, text: str, pos: int) -> tuple[int, int] | None:
        """One lower-case word after a relative that ends the clause and is not a word of notes: "with son raj,"."""
        w = _LOWER_WORD.match(text, pos)
        if not w or not re.match(r"[ \t]*(?:[,;)]|\.(?:\s|$)|$)", text[w.end() : w.end() + 3]):
            return None
        word = w.group()
        if len(word) < 3 or _plain_word(word) or word in _ACRONYMS or word in _LOWER_NOT_SURNAME:
            return None
        if _long_english_word(word):
            return None  # "son (driver)", "daughter interprets)", "twin granddaughters)": words, not a name
        if word in _DAY_MONTH_WORDS or word in _NEVER_NAME or word in _ROLE_WORDS or word in _RELATIVES:
            return None
        if word in _NOT_PLACE_WORDS or word in _NOT_PERSON_WORDS or word in _LOWER_NOT_NAME:
            return None
        return w.start(), w.end()

    def _lower_unknown(self, text: str, pos: int) -> tuple[int, int] | None:
        """Two or three lower-case words at ``pos`` after "pt" or a relative, whether or not the lexicon knows them
        ("pt aditi harris seen today", "daughter ji-woo nwosu."), when none of them is a stop word, a common word
        of notes or shaped like one ("-ed", "-ing", "-ly", ...), and the clause ends after them or a verb of a
        person follows."""
        spans: list[tuple[int, int, bool]] = []  # start, end, is a name word (not a particle)
        p = pos
        while len(spans) < 6:
            m = _LOWER_WORD.match(text, p)
            if not m:
                break
            w = m.group()
            if spans and w in _PARTICLES:
                spans.append((m.start(), m.end(), False))
            elif (_plain_word(w) or w in _english_words() or "'" in w or "’" in w) and w not in self._lower_names:
                break  # "son collects repeats", "pt doesn't speak english": words, not a name
            else:
                spans.append((m.start(), m.end(), True))
            gap = re.match(r"[ \t]{1,2}", text[m.end() : m.end() + 2])
            if not gap:
                break
            p = m.end() + gap.end()
        while spans and not spans[-1][2]:
            spans.pop()
        if not 2 <= sum(x[2] for x in spans) <= 3 or not _LOWER_NAME_END.match(text, spans[-1][1]):
            return None
        return spans[0][0], spans[-1][1]


_MULTIWORD_COUNTRIES = frozenset(
    """sri lanka|hong kong|new zealand|south africa|saudi arabia|united kingdom|united states|costa rica|puerto rico
    |el salvador|sierra leone|burkina faso|ivory coast|north korea|south korea|papua new guinea|czech republic
    |dominican republic|trinidad and tobago|united arab emirates|south sudan|north macedonia|cape verde|san marino
    |new caledonia|solomon islands|marshall islands|faroe islands|cayman islands|hong kong sar""".replace("\n", "")
    .replace("    ", "")
    .split("|")
)


# A record number alone in brackets or closing a bracketed list: one or two capitals and six to eight digits.
_ID_IN_BRACKETS = re.compile(r"(?:\(|,[ \t])[ \t]*(?P<v>[A-Z]{1,2}\d{6,8})(?=[ \t]*\))")


def _is_date_num(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a numeric date with a valid day and month ("14.03.62", "1962-03-14"), not a
    record number of the same shape ("MRN 61-22-4870")?"""
    m = _DATE_NUM.fullmatch(text, start, end)
    if not m:
        return False
    if m.group("a"):
        a, b = int(m.group("a")), int(m.group("b"))
        return 1 <= a <= 31 and 1 <= b <= 31 and (a <= 12 or b <= 12)
    if m.group("iy"):
        return 1 <= int(m.group("im")) <= 12 and 1 <= int(m.group("id")) <= 31
    return True


def _census_names_lower() -> frozenset[str]:
    from . import _name_lexicon as census

    return frozenset(n.lower() for n in (*census.GIVEN_NAMES.split(), *census.SURNAMES.split()))


_CENSUS_NAMES_LOWER = _census_names_lower()


def _only_places(span: str) -> bool:
    """Is a name candidate only a country, a region or a US state ("Sri Lanka", "Trinidad", "Georgia")?"""
    low = " ".join(span.lower().split())
    if low in _MULTIWORD_COUNTRIES:
        return True
    words = [w for w in re.split(r"[\s,]+", low) if w]
    if not words or any(w in _CENSUS_NAMES_LOWER for w in words):
        return False  # "Jordan", "Georgia", "Virginia": names of people too, kept where a rule found them
    return all(w in _COUNTRIES or w in _REGIONS or (len(w) > 2 and w in _STATE_WORDS_LOWER) for w in words)


def _word_shaped(w: str) -> bool:
    """Does ``w`` end like an English noun, adjective or participle ("Sensitivity", "Sheltered")? ("-ing" is
    left out: "Xiaoming", "Jing")."""
    return len(w) >= 5 and w.endswith(_WORD_SUFFIX) and not w.endswith(("eed", "ied", "ing"))


def _plain_word(w: str) -> bool:
    """Is the lower-case word ``w`` an ordinary word of a note (so not a name)?"""
    if w in _STOP or w in _COMMON_LOWER or len(w) < 2:
        return True
    for part in w.split("-"):
        if len(part) >= 5 and part.endswith(_WORD_SUFFIX) and not part.endswith(("eed", "ied")):
            return True
        if len(part) >= 5 and part.endswith(_MED_SUFFIX):
            return True
    return False


_WORD_SUFFIX = ("ed", "ing", "ly", "tion", "sion", "ness", "ment", "ful", "less", "ous", "ive", "able", "ible", "ance")
_WORD_SUFFIX += ("ence", "ity", "ism", "ies", "est", "ise", "ize", "ised", "ized")

_Add = Callable[..., None]


def _sentence_start(text: str, pos: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, pos - 4) : pos])) or pos == 0


_SPLITTABLE = frozenset({"NAME", "ADDRESS"})


class _Intervals:
    """Disjoint half-open intervals kept sorted, so an overlap query costs a bisection, not a scan."""

    __slots__ = ("starts", "ends")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, s: int, e: int) -> None:
        i = bisect_left(self.starts, s)
        self.starts.insert(i, s)
        self.ends.insert(i, e)

    def overlapping(self, s: int, e: int) -> range:
        """Indices of the intervals that overlap ``[s, e)`` (ends are sorted as the intervals are disjoint)."""
        i = bisect_right(self.ends, s)
        j = bisect_left(self.starts, e, i)
        return range(i, j)

    def overlaps(self, s: int, e: int) -> bool:
        return bool(self.overlapping(s, e))

    def free_pieces(self, s: int, e: int) -> list[tuple[int, int]]:
        """The parts of ``[s, e)`` that no interval covers, in order."""
        pieces: list[tuple[int, int]] = []
        pos = s
        for k in self.overlapping(s, e):
            a, b = self.starts[k], self.ends[k]
            if pos < a:
                pieces.append((pos, a))
            pos = max(pos, b)
        if pos < e:
            pieces.append((pos, e))
        return pieces


def _resolve(text: str, cands: list[tuple[float, int, int, str]]) -> list[Span]:
    """Paint candidates in priority order; a later one keeps only what is still free.

    Placeholders already in the text ("[NAME]") are painted first, so a re-scan finds nothing in them.
    The painted intervals are disjoint and kept sorted, so each candidate costs a bisection.
    """
    taken = _Intervals()
    for m in _PLACEHOLDER.finditer(text):
        taken.add(m.start(), m.end())
    places = _Intervals()
    out: list[tuple[int, int, str]] = []
    # The kind breaks ties, so equal candidates resolve the same way in every process (set order follows the
    # per-process string hash): "KMPDC reg. A11472" is a LICENSE before it is a VEHICLE.
    for _prio, s, e, kind in sorted(set(cands), key=lambda c: (c[0], c[1] - c[2], c[1], c[3])):
        if kind not in _SPLITTABLE and taken.overlaps(s, e):
            continue  # a structured match cut by a better one was a false start ("01/02/2025 10" as a phone)
        if kind == "NAME" and places.overlaps(s, e):
            continue  # "Eugene, Georgia" is a place, not "Eugene" + a person called Georgia
        for ps, pe in taken.free_pieces(s, e):
            # trim blanks and keep only pieces that still hold a letter or digit
            while ps < pe and (text[ps].isspace() or text[ps] in ".,;:"):
                ps += 1
            while pe > ps and (text[pe - 1].isspace() or text[pe - 1] in ".,;:(-"):
                pe -= 1
            if not any(c.isalnum() for c in text[ps:pe]):
                continue
            out.append((ps, pe, kind))
            taken.add(ps, pe)
            if kind in ("ADDRESS", "ZIP"):
                places.add(ps, pe)
    out.sort()
    merged: list[Span] = []
    for s, e, kind in out:
        if merged and merged[-1].kind == kind and merged[-1].end >= s:
            merged[-1] = Span(kind, merged[-1].start, max(merged[-1].end, e))
        else:
            merged.append(Span(kind, s, e))
    return merged


_DEFAULT: Deidentifier | None = None
_DEFAULT_LOCK = threading.Lock()


def deidentify(text: str) -> Redacted:
    """Redact ``text`` with the module's default :class:`Deidentifier` (built once, on first use)."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = Deidentifier()
    return _DEFAULT.redact(text)
