"""De-identifier benchmark: recall, precision and speed on synthetic ophthalmology notes.

    .venv/bin/python bench/deid_eval.py                      # CPU, 2000 notes, seed 0
    .venv/bin/python bench/deid_eval.py --notes 500 --seed 3 --json /tmp/deid.json

Generates visit notes, referral letters and imaging reports with realistic clinical text, plants
identifiers of every kind of ``mmfundusclip.text.deid.KINDS`` in varied formats and positions, keeps
the ground-truth spans, runs the default :class:`~mmfundusclip.text.deid.Deidentifier` and reports
per kind:

* ``planted``: identifiers planted; ``recall``: found under the same kind (a predicted span of that
  kind overlaps the planted one); ``any_kind``: overlapped by a prediction of any kind (what matters
  for safety); ``full``: every letter and digit of the planted value covered (nothing of it leaks);
* ``predicted`` and ``precision``: predicted spans of the kind that overlap a planted span of the
  same kind, over all predicted spans of the kind;
* clinical false positives: predictions that touch no planted identifier (their texts are listed);
* notes/s of ``find`` over all notes.

Honesty rules. The names planted come from pools written here, not from the recognizer's lexicon;
each planted name is flagged by whether its given name or surname is in that lexicon, and NAME
recall is reported for each group (``lex``: in the lexicon; ``wlex``: only in its weak list of names
that are also English words, "Grace Hill"; ``oov``: in neither). Some name contexts are ones the recognizer has no cue for
(``weak``), so they rely on the lexicon alone. Also planted: a title with an undotted initial
("Mrs A Jones"), lower-case names after "pt" and "daughter", names made of English words from a pool
written here (``WORD_GIVEN``/``WORD_SURNAMES``), ages over 89 in words ("aged ninety-two") or without
the usual cue ("now 95", "95M"). Cities, streets, domains and numbers are drawn at random. The clinical text is written to be hard (eponyms, drug and device names, Snellen fractions,
ICD-10 codes, ages under 90, family history) and is the same text that the tests use only in part.
Table to stdout, JSON to ``--json`` (default ``bench/results/deid_eval.json``).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from mmfundusclip.text.deid import KINDS, Deidentifier, _lexicon, _weak_lexicon

# ------------------------------------------------------------------------------------------------
# Name pools, written for the bench (international, with particles, hyphens and apostrophes). They
# are deliberately not drawn from the lexicon; whether each is covered by it is measured at run time.
GIVEN = """
Oluwaseun Chidinma Adaeze Kwabena Nnamdi Thandiwe Sipho Amara Zainab Yusuf Aisha Omar Leila Tariq Farida Hamid
Mehmet Elif Ayşe Emre Zeynep Giorgos Eleni Dimitris Katarzyna Wojciech Agnieszka Bartosz Jiří Zuzana Ondřej Ilse
Sven Ingrid Bjørn Astrid Lars Freja Mikko Aino Henrik Siobhán Niamh Ciarán Aoife Eoin Seamus Declan Bridget Maeve
Giulia Matteo Chiara Lorenzo Alessio Francesca Beatriz João Inês Tiago Rafael Lucía Alejandro Pilar Ignacio Xiomara
Guadalupe Itzel Rogelio Yolanda Ximena Jun Haruto Yui Sakura Kenji Hiroshi Mei Wei Xiaoling Jianhua Minh Thuy Quang
Ji-woo Seo-yeon Min-jun Hye-jin Priya Arjun Ananya Vikram Lakshmi Rohan Deepika Sanjay Aditi Nikhil Kavya Rahul
Olga Dmitri Svetlana Yulia Igor Natalia Anastasia Mikhail Tatiana Viktor Maria John James Linda Robert Patricia
Michael Jennifer David Elizabeth William Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel
Nancy Matthew Lisa Anthony Betty Donald Margaret Steven Sandra Paul Ashley Andrew Kimberly Joshua Emily Kenneth
Donna Kevin Michelle Brian Carol George Amanda Edward Melissa Ronald Deborah Timothy Stephanie Jason Rebecca
Jeffrey Laura Ryan Helen Jacob Sharon Gary Cynthia Nicholas Kathleen Eric Amy Stephen Shirley Jonathan Angela
Marguerite Thaddeus Ezekiel Philippa Leopold Ottilie Wilhelmina Cornelius Percival Rosalind Bartholomew Evangeline
"""
SURNAMES = """
Adebayo Okonkwo Mensah Boateng Nwosu Dlamini Khumalo Abubakar Haddad Nasser Khalil Farouk Yilmaz Demir Kaya Şahin
Papadopoulos Georgiou Kowalczyk Wiśniewski Zieliński Novotná Dvořák Horváth Lindqvist Johansson Andersen Virtanen
Korhonen O'Sullivan McGillicuddy Fitzgerald MacAonghusa Rossi Bianchi Esposito Ferreira Gonçalves
Carvalho Fernández Gutiérrez Castañeda Villanueva Quispe Mamani Tanaka Watanabe Kobayashi Yamaguchi Nakamura Zhang
Wang Liu Chen Nguyen Tran Pham Kim Park Choi Sharma Iyer Venkataraman Chatterjee Gupta Reddy Krishnamurthy Ivanova
Smirnov Kuznetsov Petrov Volkov Morozov Smith Johnson Williams Jones Garcia Miller Davis Rodriguez Martinez
Hernandez Lopez Gonzalez Wilson Anderson Taylor Moore Jackson Martin Lee Perez Thompson Harris Sanchez Clark
Ramirez Lewis Robinson Walker Hall Allen Wright Scott Torres Nguyen Adams Nelson Baker Campbell Mitchell Roberts
Carter Phillips Evans Turner Parker Collins Edwards Stewart Morris Murphy Cook Rogers Morgan Peterson Cooper Reed
Al-Rashid Ben-David Saint-Pierre Lefebvre Dubois Moreau Fournier Girard Bonnet Schneider
Fischer Weber Becker Hoffmann Schäfer Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann
Pemberton-Hughes Abernathy Featherstonehaugh Thistlewood Quigley Ashdown Blackwood Whitlock Okafor Oyelaran
"""
# Names that are also English words (written here, independently of the recognizer's weak list; some of
# them are not in it, so the bench measures how far that list reaches).
WORD_GIVEN = """
John Mark Frank Jack Bill Bob Rose Grace Harry Ken Tom Ray Joy Hope Faith Dawn Ruby Holly Daisy Hazel Violet
Penny Sandy Dusty Forrest Sunny Crystal Skip Buddy Duke Pepper
"""
WORD_SURNAMES = """
Smith Brown Miller White King Hall Young Baker Hill Cook Wood Green Long Price Bell Gray Ward Stone Hunt Black
Fox Lane Mason Porter Fisher Marsh Wells West Little Knight Walker Turner Cooper Glass Frost Snow Moon Bird
Lamb Booth Love Waters Rivers Sweet Strong Wise Noble Bishop Pepper Sparrow Meadows Street
"""
MIDDLE_INITIALS = "ABCDEFGHJKLMNPRSTW"

CITIES = """Springfield|Riverton|Fairview|Greenville|Salt Lake City|St. Louis|Winston-Salem|Ann Arbor|Baton Rouge|
Boise|Duluth|Eugene|Flagstaff|Green Bay|Harrisburg|Ithaca|Juneau|Kalamazoo|Laredo|Macon|Naperville|Ogden|Peoria|
Quincy|Reno|Savannah|Tacoma|Utica|Valdosta|Waco|Yakima|Zanesville|Cedar Rapids|Palo Alto|Fort Collins|
Coeur d'Alene|Port St. Lucie|Mount Vernon""".replace("\n", "").split("|")
STATES = ["IL", "MO", "NC", "MI", "LA", "ID", "MN", "OR", "AZ", "WI", "PA", "NY", "AK", "TX", "GA", "CA", "CO", "WA"]
STATE_FULL = ["Oregon", "Texas", "Ohio", "New York", "Georgia", "Colorado", "Minnesota", "Vermont"]
STREETS = """Main|Oak|Maple|Cedar|Elm|Washington|Lakeview|Hillcrest|Sunset|Park|Jefferson|Church|Mill|Highland|
Meadowbrook|Willow|Cherry Blossom|Old Mill|Martin Luther King Jr|Riverside|Prospect|Chestnut""".replace("\n", "").split(
    "|"
)
SUFFIXES = [
    "Street",
    "St.",
    "Avenue",
    "Ave",
    "Road",
    "Rd.",
    "Boulevard",
    "Blvd",
    "Lane",
    "Drive",
    "Court",
    "Way",
    "Place",
]
UK_TOWNS = ["Leeds", "Bristol", "Norwich", "York", "Cardiff", "Glasgow", "Oxford"]
DOMAINS = ["example.org", "mercy-eye.com", "retina-clinic.net", "uhospital.edu", "eyecare.co.uk", "augenklinik.de"]

# ------------------------------------------------------------------------------------------------
# Extra identifiers (``--classic`` leaves them out): bare towns after a residence cue, initials used as a
# name or signature, vehicle plates/VINs and licence/certificate numbers. Written for the bench, drawn
# from their own random stream so the classic notes above stay the same, and planted at the end of a note.
# Some towns are hard on purpose (lower-case words or full stops inside: "Truth or Consequences").
BARE_TOWNS = """Kirkby Lonsdale|Tralee|Ashby|Bideford|Llandovery|Wagga Wagga|Bishop's Castle|Holmfirth|Enniscorthy|
Penzance|Moose Jaw|Truth or Consequences|Sault Ste. Marie|Villefranche-sur-Mer|Ballybunion|Market Harborough|
Newton-le-Willows|Stow-on-the-Wold|Castlebar|Tobermory|Nuneaton|Oamaru|Gympie|Kalgoorlie|Yellowknife|Whitehorse|
Mullingar|Dingle|Bad Homburg|Skibbereen|Portree|Tenby|Ulverston|Dunedin|Timaru|Broken Hill|Lac-Mégantic""".replace(
    "\n", ""
).split("|")
TOWN_CONTEXTS = [
    ("Lives in {t} with her son. ", "her son"),
    ("She moved from {t} last spring. ", ""),
    ("Originally from {t}. ", ""),
    ("He lives alone in {t}. ", ""),
    ("Resides in {t}, drives to clinic. ", ""),
    ("Recently relocated to {t}. ", ""),
    ("Her brother is visiting from {t}. ", ""),
    ("Grew up in {t} and worked on farms. ", ""),
    ("Resident of {t} for 30 years. ", ""),
]
INITIAL_CONTEXTS = [
    "Seen by {i}. ",
    "Images graded by {i}.\n",
    "Dictated by {i}\n",
    "Dr {i} reviewed the scans. ",
    "Plan as above.\n/{i}\n",
    "Signed: {i}\n",
    "Reviewed by {i} on the ward round. ",
    "-- {i}\n",
]
PLATE_CONTEXTS = [
    "Car reg {p} noted for the parking permit. ",
    "Vehicle registration: {p}\n",
    "Licence plate {p} recorded by security. ",
    "Drives a van, registration no. {p}. ",
    "Plate number {p} (hospital car park). ",
    "VIN {v}. ",
]
LICENSE_CONTEXTS = [
    "Driver's license: {d}\n",
    "DL# {d}. ",
    "Driving licence no. {uk}\n",
    "Medical license number {n}. ",
    "Certificate no. {c}\n",
    "Death certificate # {c}. ",
    "GMC number {g}\n",
]
# Clinical sentences near those cues that must survive (written for the bench, not copied from the tests).
EXTRA_CLINICAL = [
    "Lives in a nursing home near the hospital. ",
    "Moved from timolol drops to SLT in the spring. ",
    "Confirmed by OCT; seen by ENT for the sinus. ",
    "Reg insulin with meals; HbA1c stable. ",
    "She still drives; the licence is not affected by the field loss. ",
    "Registration for the low vision service completed. ",
    "Certificate of visual impairment discussed, not signed today. ",
    "Lives alone, independent, manages her own drops. ",
    "Came from theatre after the vitrectomy. ",
    "pt very pleased with the result. ",
    "Daughter very supportive, attends every visit. ",
    "Retinitis Pigmentosa diagnosed in childhood. ",
    "Referred by GP; reviewed by MDT. ",
]

# ------------------------------------------------------------------------------------------------
# Clinical text (must survive): ophthalmology visit notes, letters, imaging reports.
CLINICAL = [
    "Chief complaint: blurred vision in the right eye for 2 weeks.",
    "CC: Floaters OS, no flashes.",
    "Visual acuity: 20/40 OD, 20/25 OS with correction; pinhole 20/30 OD.",
    "VA 6/12 right, 6/9 left (Snellen).",
    "IOP 21 mmHg OD and 18 mmHg OS by Goldmann applanation at 10:30.",
    "Pupils equal, round, reactive; no RAPD.",
    "Cup-to-disc ratio 0.8 OD, 0.6 OS, with inferior rim thinning.",
    "Fundus: scattered dot-blot haemorrhages and hard exudates at the posterior pole.",
    "Roth spots noted in both eyes; work-up for endocarditis requested.",
    "Findings consistent with Coats disease, stage 2B.",
    "Family history of Stargardt disease (ABCA4) in a sibling.",
    "Bull's-eye maculopathy raises concern for Plaquenil toxicity; hydroxychloroquine 400 mg daily for 6 years.",
    "Marcus Gunn pupil on the left.",
    "Humphrey 24-2 SITA Standard: superior arcuate defect, MD -6.2 dB, PSD 7.1 dB.",
    "Humphrey visual field 10-2 stable compared with last year.",
    "OCT: central subfield thickness 412 µm, intraretinal cysts, no subretinal fluid.",
    "OCT-A shows a type 1 neovascular membrane.",
    "Drusen > 125 µm with pigmentary change: intermediate AMD (AREDS category 3).",
    "Geographic atrophy 3 disc diameters from the fovea, sparing the centre.",
    "Retinal tear at 2 o'clock with a small cuff of subretinal fluid; laser retinopexy performed.",
    "Horseshoe tear at 11 o'clock, lattice degeneration 360 degrees.",
    "Assessment: H35.31 nonexudative AMD; E11.319 diabetic retinopathy without macular edema.",
    "Codes: E11.3291, H34.8310, H40.1131, H33.001.",
    "Diagnosis: moderate NPDR, grade 2 on the ETDRS scale, without CSME.",
    "Plan: intravitreal aflibercept (Eylea) 2 mg OD every 8 weeks; return in 4 weeks.",
    "Received Avastin 1.25 mg/0.05 ml OS; tolerated well, IOP 14 after injection.",
    "Switched from Lucentis to Vabysmo after 6 injections.",
    "Continue latanoprost 0.005% qhs OU and Cosopt BID OS.",
    "Pred Forte QID OD taper over 4 weeks; Vigamox TID for 1 week.",
    "Cataract surgery OD with AcrySof SN60WF 21.5 D IOL, uneventful.",
    "Ahmed valve OS in 2019 with good pressure control.",
    "Eyes OD/OS/OU examined with a Volk 90D lens and Hruby lens.",
    "Amsler grid: metamorphopsia OS.",
    "Ishihara 14/14 OD, 13/14 OS.",
    "Weiss ring present, complete PVD OS.",
    "Kayser-Fleischer ring absent; Vossius ring noted after trauma.",
    "Elschnig spots and Siegrist streaks consistent with hypertensive choroidopathy.",
    "Purtscher retinopathy after a motor vehicle accident.",
    "Suspected Vogt-Koyanagi-Harada disease; Best disease excluded on genetic testing.",
    "Charles Bonnet syndrome discussed.",
    "Optos ultra-widefield images and Spectralis OCT acquired; Heidelberg HRA for angiography.",
    "Fluorescein angiography: late leakage from a classic CNV.",
    "A 67-year-old woman with type 2 diabetes for 15 years, HbA1c 8.2%.",
    "He is 54 years old and works as a driver.",
    "Age 72, never smoker.",
    "Patient reports gradual decrease in near vision since spring.",
    "Patient denies pain, photophobia or discharge.",
    "Mother: glaucoma. Father: AMD. Sister: type 1 diabetes.",
    "Brother had retinal detachment at age 40.",
    "Ocular history: LASIK OU in 2005, amblyopia OS.",
    "Medications: metformin 1000 mg BID, lisinopril 10 mg daily, aspirin 81 mg.",
    "Allergies: NKDA.",
    "BP 148/92 mmHg, pulse 78.",
    "Blood glucose 9.4 mmol/L; eGFR 58.",
    "Macular edema improved: CST 412 -> 298 µm after 3 loading doses.",
    "Image quality: good, gradable, 45-degree field centred on the macula.",
    "Both eyes: 7-field ETDRS photographs obtained.",
    "Impression: BRVO superotemporal OS with macular edema.",
    "Follow up in 3 months with OCT and fundus photos.",
    "Refer to retina service for consideration of PRP.",
    "Version 2.4.1 of the grading software was used.",
    "Photocoagulation spots 200 µm, 0.1 s, 180 mW, 1,250 burns.",
    "The study eye was randomised 1:1 to treatment.",
    "Dilated with tropicamide 1% and phenylephrine 2.5%.",
    "Schirmer test 8 mm at 5 minutes OU.",
    "Posner-Schlossman syndrome suspected during this flare.",
    "Lens: 2+ nuclear sclerosis OU; iris: normal.",
    "Vitreous: syneresis; no haemorrhage.",
    "Disc: pink, sharp margins, C/D 0.3.",
    "The macula is flat; foveal reflex present.",
    "Staging per the International Classification of Diabetic Retinopathy.",
    "Discussed risks, benefits and alternatives; consent signed.",
    "Counselled on AREDS2 supplements.",
    "Seen in the Retina Clinic, Eye Department, for review.",
]

NOTE_KINDS = ("visit", "referral", "imaging")


def _lexicon_flags() -> tuple[frozenset[str], frozenset[str]]:
    given, sur = _lexicon()
    return given, sur


def _weak_flags() -> frozenset[str]:
    wgiven, wsur = _weak_lexicon()
    return wgiven | wsur


@dataclass
class Note:
    text: str
    spans: list[tuple[str, int, int, str]] = field(default_factory=list)  # (kind, start, end, tag)


class NoteBuilder:
    """Appends text pieces and records where each planted identifier lands."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pos = 0
        self.spans: list[tuple[str, int, int, str]] = []

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.pos += len(text)

    def plant(self, kind: str, value: str, tag: str = "") -> None:
        self.spans.append((kind, self.pos, self.pos + len(value), tag))
        self.add(value)

    def fmt(self, template: str, **values: tuple[str, str, str]) -> None:
        """``template`` with ``{x}`` fields; each value is (kind, text, tag) or a plain string."""
        import string

        for literal, fname, _spec, _conv in string.Formatter().parse(template):
            self.add(literal)
            if fname is None:
                continue
            v = values[fname]
            if isinstance(v, str):
                self.add(v)
            else:
                self.plant(*v)

    def build(self) -> Note:
        return Note("".join(self.parts), self.spans)


class Generator:
    """Random identifiers in many formats, and notes that contain them."""

    def __init__(self, seed: int, extra: bool = True) -> None:
        self.r = random.Random(seed)
        self.extra = extra
        self.x = random.Random(seed * 7919 + 17)  # the extras' own stream: the classic notes do not change
        self.given = GIVEN.split()
        self.sur = [s.replace("_", " ") for s in SURNAMES.split()]
        lex_given, lex_sur = _lexicon_flags()
        self.lex_given, self.lex_sur = lex_given, lex_sur
        self.lex_weak = _weak_flags()
        self.word_given = WORD_GIVEN.split()
        self.word_sur = WORD_SURNAMES.split()

    # -- names -------------------------------------------------------------------------------
    def person(self) -> tuple[str, str, str]:
        r = self.r
        first, last = r.choice(self.given), r.choice(self.sur)
        if r.random() < 0.08:
            last = f"{last}-{r.choice(self.sur)}"
        if r.random() < 0.05:
            last = r.choice(["van der Berg", "de la Cruz", "Ní Bhriain", "van Dijk", "da Silva"])
        if r.random() < 0.12:  # a name made of English words: "Grace Hill", "Bill Cook"
            first, last = r.choice(self.word_given), r.choice(self.word_sur)
        if first in self.lex_given or last.split()[-1] in self.lex_sur:
            tag = "lex"
        elif first in self.lex_weak or last.split()[-1] in self.lex_weak:
            tag = "wlex"  # only the recognizer's weak list (names that are also words) knows it
        else:
            tag = "oov"
        return first, last, tag

    def name_phrase(self, b: NoteBuilder, role: str) -> tuple[str, str, str]:
        """Plant one name in one of many contexts; return (first, last, tag) for re-mentions."""
        r = self.r
        first, last, tag = self.person()
        full = f"{first} {last}"
        mi = f"{first} {r.choice(MIDDLE_INITIALS)}. {last}"
        if role == "patient":
            ctx = r.choice(
                [
                    ("Patient: {n}\n", full),
                    ("Patient name: {n}\n", f"{last}, {first}"),
                    ("Pt: {n}\n", full),
                    ("PATIENT NAME: {n}\n", f"{last.upper()}, {first.upper()}"),
                    ("Name: {n}\n", mi),
                    ("Re: {n}\n", full),
                    ("{n} is a 67-year-old with diabetes. ", full),
                    ("Mrs {n} attended today. ", last),
                    ("Mr. {n} returns for review. ", full),
                    ("Patient {n} presents for follow-up. ", full),
                    ("Mrs {n} attended today. ", f"{r.choice(MIDDLE_INITIALS)} {last}"),  # undotted initial
                    ("pt {n} seen today. ", f"{first.lower()} {last.lower()}"),  # lower case after "pt"
                    ("Seen today. {n} reports blurred vision. ", full),
                ]
            )
            tag = tag + ("/weak" if ctx[0].startswith(("Re:", "Seen today.")) else "")
        elif role == "doctor":
            ctx = r.choice(
                [
                    ("Seen by Dr. {n}. ", last),
                    ("Dr {n}, Retina Service\n", full),
                    ("Electronically signed by {n}, MD\n", full),
                    ("Signed: {n} MD\n", full),
                    ("Referring physician: {n}\n", f"Dr {full}"),
                    ("Referring optometrist: {n}, OD\n", full),
                    ("{n}, M.D., FRCOphth\n", mi),
                    ("Reading physician: {n}\n", full),
                    ("cc: {n}\n", full),
                    ("Dear Dr. {n},\n", last),
                    ("Sincerely,\n{n}\n", full),
                    ("Photographer: {n}\n", full),
                    ("Images reviewed by {n}. ", f"Dr {last}"),
                ]
            )
            if ctx[1].startswith("Dr ") and ctx[0] in ("Referring physician: {n}\n", "Images reviewed by {n}. "):
                lead = "Dr "
                b.add(ctx[0].split("{n}")[0] + lead)
                b.plant("NAME", ctx[1][len(lead) :], tag)
                b.add(ctx[0].split("{n}")[1])
                return first, last, tag
        else:  # relative or other person, some without any cue the recognizer knows
            ctx = r.choice(
                [
                    ("Accompanied by her daughter {n}. ", first),
                    ("His wife {n} gives the history. ", full),
                    ("Emergency contact: {n} (son)\n", full),
                    ("Next of kin: {n}\n", full),
                    ("Spoke with {n} by phone. ", full),
                    ("Interpreter {n} present. ", full),
                    ("{n} will drive her home. ", full),
                    ("Letter from {n} enclosed. ", full),
                    ("Seen with daughter {n}. ", f"{first.lower()} {last.lower()}"),
                ]
            )
            if ctx[0].startswith(("Interpreter", "{n} will")):
                tag += "/weak"
        pre, post = ctx[0].split("{n}")
        b.add(pre)
        b.plant("NAME", ctx[1], tag)
        b.add(post)
        return first, last, tag

    # -- structured kinds --------------------------------------------------------------------
    def date(self) -> str:
        r = self.r
        y, m, d = r.randint(1925, 2025), r.randint(1, 12), r.randint(1, 28)
        months = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]
        months += ["October", "November", "December"]
        mon = months[m - 1]
        return r.choice(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y}",
                f"{d:02d}.{m:02d}.{y}",
                f"{d}.{m}.{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}",
                f"{y}/{m:02d}/{d:02d}",
                f"{mon} {d}, {y}",
                f"{mon} {d} {y}",
                f"{d} {mon[:3]} {y}",
                f"{d}-{mon[:3].upper()}-{y}",
                f"{d} {mon} {y}",
                f"{mon[:3]}-{d}",
                f"{mon[:3]}. {d}",
                f"{d}th of {mon}",
                f"{mon} {y}",
                f"{m:02d}/{y}",
                f"{m:02d}-{d:02d}-{y % 100:02d}",
                f"{y}-{m:02d}-{d:02d}T{r.randint(7, 18):02d}:{r.choice(['00', '15', '30', '45'])}",
            ]
        )

    def age(self) -> tuple[str, str, str]:
        r = self.r
        n = str(r.randint(90, 104))
        if r.random() < 0.15:  # in words, or without the usual cue
            units = ["", "-one", "-two", " three", "-four", " five", "-six", "-seven", " eight", "-nine"]
            words = f"ninety{r.choice(units)}"
            return r.choice(
                [
                    ("aged ", words, ""),
                    ("a ", words, " year old man"),
                    ("a ", words, "-year-old woman"),
                    ("", f"{n}", "M"),
                    ("now ", f"{n}", ""),
                ]
            )
        pre, post = r.choice(
            [
                ("a ", "-year-old woman"),
                ("A ", " year old man"),
                ("", " y/o M"),
                ("", "yo F"),
                ("age ", ""),
                ("aged ", ""),
                ("Age: ", ""),
                ("", " years of age"),
                ("", " yrs old"),
                ("a ", "-yr-old"),
                ("a ", " y.o. female"),
            ]
        )
        return pre, n, post

    def phone(self, intl: bool | None = None) -> str:
        r = self.r
        a, b, c = r.randint(201, 989), r.randint(200, 999), r.randint(0, 9999)
        us = [
            f"{a}-{b}-{c:04d}",
            f"({a}) {b}-{c:04d}",
            f"{a}.{b}.{c:04d}",
            f"+1 {a} {b} {c:04d}",
            f"1-{a}-{b}-{c:04d}",
            f"{a}{b}{c:04d}",
            f"({a}){b}-{c:04d}",
            f"{a}-{b}-{c:04d} ext. {r.randint(1, 999)}",
        ]
        world = [
            f"+44 20 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
            f"+44 (0)161 {r.randint(200, 999)} {r.randint(1000, 9999)}",
            f"020 {r.randint(7000, 8999)} {r.randint(1000, 9999)}",
            f"07{r.randint(100, 999)} {r.randint(100000, 999999)}",
            f"+49 30 {r.randint(1000000, 9999999)}",
            f"0049 89 {r.randint(100000, 999999)}",
            f"+33 1 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"01 {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)}",
            f"+91 98{r.randint(100, 999)} {r.randint(10000, 99999)}",
            f"+61 3 {r.randint(9000, 9999)} {r.randint(1000, 9999)}",
            f"(03) {r.randint(9000, 9999)} {r.randint(1000, 9999)}",
            f"+81-3-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}",
        ]
        if intl is None:
            intl = r.random() < 0.4
        return r.choice(world if intl else us)

    def email(self, first: str, last: str) -> str:
        r = self.r
        import unicodedata

        def ascii_(s: str) -> str:
            return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")

        local = r.choice(
            [f"{ascii_(first)}.{ascii_(last)}", f"{ascii_(first)[0]}{ascii_(last)}{r.randint(1, 99)}", "eye.clinic"]
        )
        return f"{local}@{r.choice(DOMAINS)}"

    def number(self, letters: int = 0, digits: int = 8) -> str:
        r = self.r
        head = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(letters))
        return head + "".join(r.choice("0123456789") for _ in range(digits))

    def mrn(self) -> tuple[str, str]:
        r = self.r
        return r.choice(
            [
                ("MRN: ", self.number(0, 8)),
                ("MRN ", self.number(0, 7)),
                ("MRN: ", self.number(1, 7)),
                ("MR# ", self.number(0, 9)),
                ("Medical Record Number: ", self.number(2, 6)),
                ("Hospital No. ", self.number(1, 6)),
                ("Patient ID: ", f"{self.number(0, 3)}-{self.number(0, 4)}"),
                ("NHS No: ", f"{self.number(0, 3)} {self.number(0, 3)} {self.number(0, 4)}"),
                ("Chart #: ", self.number(0, 6)),
                ("SSN: ", f"{self.number(0, 3)}-{self.number(0, 2)}-{self.number(0, 4)}"),
                ("Unit number ", self.number(0, 7)),
            ]
        )

    def account(self) -> tuple[str, str]:
        return self.r.choice(
            [
                ("Acct #: ", self.number(0, 9)),
                ("Account No. ", self.number(0, 10)),
                ("Account number ", f"{self.number(2, 0)}-{self.number(0, 8)}"),
                ("Billing #: ", self.number(0, 8)),
                ("Encounter #: ", self.number(1, 9)),
                ("FIN: ", self.number(0, 10)),
                ("Visit ID: ", self.number(1, 8)),
            ]
        )

    def insurance(self) -> tuple[str, str]:
        return self.r.choice(
            [
                ("Policy/Member ID: ", f"{self.number(3, 0)}-{self.number(0, 5)}-{self.number(0, 2)}"),
                ("Member ID: ", self.number(3, 9)),
                ("Policy #: ", self.number(0, 10)),
                ("Subscriber ID ", self.number(1, 9)),
                ("Medicare ID: ", f"1EG4-TE5-MK{self.number(0, 2)}"),
                ("Insurance ID: ", self.number(2, 8)),
                ("Group #: ", self.number(0, 6)),
                ("Medicaid # ", self.number(2, 7)),
                ("Policy number: ", f"{self.number(2, 0)} {self.number(0, 8)}"),
            ]
        )

    def device(self) -> tuple[str, str]:
        r = self.r
        mac = ":".join(f"{r.randint(0, 255):02X}" for _ in range(6))
        return r.choice(
            [
                ("S/N: ", f"{self.number(2, 8)}"),
                ("serial no. ", self.number(1, 9)),
                ("Serial number ", f"{self.number(3, 0)}-{self.number(0, 6)}"),
                ("Device ID: ", self.number(2, 10)),
                ("UDI: ", f"(01)0{self.number(0, 13)}(17)2{self.number(0, 5)}(21){self.number(1, 6)}"),
                ("SN# ", self.number(0, 10)),
                ("IOL lot #: ", self.number(0, 8)),
                ("camera MAC address ", mac),
                ("Pacemaker serial: ", self.number(3, 6)),
            ]
        )

    def address(self, b: NoteBuilder) -> None:
        """Street, city and postal code as separate planted spans (the state may stay, per Safe Harbor)."""
        r = self.r
        num = str(r.randint(1, 9999))
        style = r.random()
        if style < 0.55:
            street = f"{num} {r.choice(['', 'N. ', 'W ', 'South '])}{r.choice(STREETS)} {r.choice(SUFFIXES)}"
            if r.random() < 0.3:
                street += r.choice([", Apt 4B", " Suite 210", ", Unit 12"])
            b.add(r.choice(["Address: ", "Home address: ", "Lives at ", "Residence: "]))
            b.plant("ADDRESS", street)
            b.add(", ")
            b.plant("ADDRESS", r.choice(CITIES))
            b.add(f", {r.choice(STATES)} ")
            b.plant("ZIP", f"{r.randint(10000, 99999)}" + (f"-{r.randint(1000, 9999)}" if r.random() < 0.2 else ""))
            b.add(".\n")
        elif style < 0.65:
            b.add("Mailing address: ")
            b.plant("ADDRESS", f"PO Box {r.randint(10, 9999)}")
            b.add(", ")
            b.plant("ADDRESS", r.choice(CITIES))
            b.add(f" {r.choice(STATES)} ")
            b.plant("ZIP", f"{r.randint(10000, 99999)}")
            b.add("\n")
        elif style < 0.75:
            b.add("Address: ")
            b.plant("ADDRESS", f"{num} {r.choice(STREETS)} {r.choice(['Road', 'Close', 'Crescent', 'Lane'])}")
            b.add(", ")
            b.plant("ADDRESS", r.choice(UK_TOWNS))
            b.add(" ")
            b.plant(
                "ZIP",
                f"{r.choice(['LS', 'BS', 'NR', 'YO', 'CF', 'G', 'OX'])}{r.randint(1, 20)} "
                f"{r.randint(1, 9)}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}{r.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            )
            b.add("\n")
        elif style < 0.85:
            b.add("Anschrift: ")
            b.plant("ADDRESS", f"{r.choice(['Haupt', 'Linden', 'Berg', 'Schiller'])}straße {r.randint(1, 120)}")
            b.add(", ")
            b.plant("ZIP", f"{r.randint(10000, 99999)}")
            b.add(" ")
            b.plant("ADDRESS", r.choice(["Berlin", "München", "Hamburg", "Köln", "Leipzig"]))
            b.add("\n")
        else:
            b.add("She moved from ")
            b.plant("ADDRESS", r.choice(CITIES))
            b.add(f", {r.choice(STATE_FULL)} last year. ")

    def url(self) -> str:
        r = self.r
        dom = r.choice(DOMAINS)
        return r.choice(
            [
                f"https://portal.{dom}/patient/{self.number(0, 6)}",
                f"http://{dom}/records?id={self.number(0, 7)}",
                f"www.{dom}/myeye",
                f"{dom}/images/{self.number(0, 5)}",
                f"https://{dom}",
            ]
        )

    def ip(self) -> str:
        r = self.r
        if r.random() < 0.6:
            return ".".join(str(r.randint(1, 254)) for _ in range(4))
        groups = [f"{r.randint(0, 0xFFFF):x}" for _ in range(8)]
        return r.choice([":".join(groups), f"2001:db8:{groups[2]}::{groups[7]}", f"fe80::{groups[5]}:{groups[6]}"])

    # -- notes -------------------------------------------------------------------------------
    def note(self) -> Note:
        r = self.r
        kind = r.choice(NOTE_KINDS)
        b = NoteBuilder()
        clin = r.sample(CLINICAL, r.randint(6, 10))
        title = {"visit": "OPHTHALMOLOGY VISIT NOTE\n", "referral": "REFERRAL LETTER\n", "imaging": "IMAGING REPORT\n"}
        b.add(title[kind])
        first, last, tag = self.name_phrase(b, "patient")
        b.add("DOB: ")
        b.plant("DATE", self.date())
        b.add("\n")
        pre, val = self.mrn()
        b.add(pre)
        b.plant("MRN", val)
        b.add("\n")
        if r.random() < 0.6:
            pre, val = self.insurance()
            b.add(pre)
            b.plant("INSURANCE", val)
            b.add(r.choice(["\n", "; "]))
        if r.random() < 0.5:
            pre, val = self.account()
            b.add(pre)
            b.plant("ACCOUNT", val)
            b.add("\n")
        b.add(r.choice(["Date of visit: ", "Exam date: ", "Seen on ", "Date: "]))
        b.plant("DATE", self.date())
        b.add("\n")
        self.name_phrase(b, "doctor")
        for k, sent in enumerate(clin):
            b.add(sent + (" " if r.random() < 0.6 else "\n"))
            if k == 1 and r.random() < 0.5:
                pre, n, post = self.age()
                b.add(f"She is {pre}" if pre in ("a ", "A ") else pre)
                b.plant("AGE", n)
                b.add(post + " with " + r.choice(["AMD. ", "glaucoma. ", "diabetes. "]))
            if k == 2 and r.random() < 0.5:
                self.name_phrase(b, "other")
            if k == 3 and r.random() < 0.7:
                b.add(r.choice(["Mrs. ", "Mr ", "Ms. "]))
                b.plant("NAME", last, tag)
                b.add(r.choice([" was counselled about the findings. ", " agrees with the plan. "]))
            if k == 4 and r.random() < 0.5:
                b.add(r.choice(["Last injection ", "Previous visit on ", "Next appointment: "]))
                b.plant("DATE", self.date())
                b.add(". ")
        if r.random() < 0.5:
            self.address(b)
        if r.random() < 0.7:
            b.add(r.choice(["Phone: ", "Tel ", "Cell: ", "Call ", "Contact number "]))
            b.plant("PHONE", self.phone())
            b.add(r.choice(["\n", ". "]))
        if r.random() < 0.35:
            b.add(r.choice(["Fax: ", "Fax No. ", "F: ", "fax "]))
            b.plant("FAX", self.phone())
            b.add("\n")
        if r.random() < 0.35:
            b.add(r.choice(["Email: ", "e-mail ", "Contact: "]))
            b.plant("EMAIL", self.email(first, last))
            b.add("\n")
        if r.random() < 0.25:
            b.add(r.choice(["Portal: ", "Images at ", "See "]))
            b.plant("URL", self.url())
            b.add(r.choice([" for details.\n", "\n"]))
        if r.random() < 0.25:
            b.add(r.choice(["Uploaded from workstation ", "Camera IP ", "PACS node "]))
            b.plant("IP", self.ip())
            b.add(".\n")
        if r.random() < 0.3:
            pre, val = self.device()
            b.add(r.choice(["Fundus camera ", "Implant record: ", "Device: "]) + pre)
            b.plant("DEVICE", val)
            b.add(".\n")
        if kind == "referral":
            self.name_phrase(b, "doctor")
        if r.random() < 0.2:
            b.add("Age under 90 stays: a 79-year-old sister, aged 85. ")
        if self.extra:
            self.extras(b)
        return b.build()

    # -- extras ------------------------------------------------------------------------------
    def extras(self, b: NoteBuilder) -> None:
        """Bare towns, initials, plates and licence numbers (tags x:town, x:initials, x:plate, x:licence)."""
        x = self.x
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

        def digits(k: int) -> str:
            return "".join(x.choice("0123456789") for _ in range(k))

        def letters(k: int) -> str:
            return "".join(x.choice(up) for _ in range(k))

        if x.random() < 0.4:
            b.add("\n")
            ctx, _ = x.choice(TOWN_CONTEXTS)
            pre, post = ctx.split("{t}")
            b.add(pre)
            b.plant("ADDRESS", x.choice(BARE_TOWNS), "x:town")
            b.add(post)
        if x.random() < 0.4:
            b.add("\n")
            k = x.choice([2, 2, 3])
            ini = letters(k)
            ini = x.choice([ini, ".".join(ini) + "."])
            pre, post = x.choice(INITIAL_CONTEXTS).split("{i}")
            b.add(pre)
            b.plant("NAME", ini, "x:initials")
            b.add(post)
        if x.random() < 0.25:
            b.add("\n")
            plate = x.choice(
                [
                    f"{letters(2)}{digits(2)} {letters(3)}",
                    f"{digits(1)}{letters(3)}{digits(3)}",
                    f"{letters(3)}-{digits(4)}",
                    f"{letters(3)} {digits(3)}",
                    f"{letters(1)}-{letters(2)} {digits(4)}",
                ]
            )
            vin = "".join(x.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(16)) + digits(1)
            ctx = x.choice(PLATE_CONTEXTS)
            pre, post = ctx.split("{v}" if "{v}" in ctx else "{p}")
            b.add(pre)
            b.plant("VEHICLE", vin if "{v}" in ctx else plate, "x:plate")
            b.add(post)
        if x.random() < 0.25:
            b.add("\n")
            values = {
                "d": x.choice([f"{letters(1)}{digits(7)}", f"{letters(1)}{digits(3)}-{digits(4)}-{digits(4)}"]),
                "uk": f"{letters(5)}{digits(6)}{letters(2)}{digits(1)}{letters(2)}",
                "n": f"{letters(2)}-{digits(6)}",
                "c": f"{x.randint(1990, 2025)}-{digits(6)}",
                "g": digits(7),
            }
            ctx = x.choice(LICENSE_CONTEXTS)
            key = ctx.split("{", 1)[1].split("}", 1)[0]
            pre, post = ctx.split("{" + key + "}")
            b.add(pre)
            b.plant("LICENSE", values[key], "x:licence")
            b.add(post)
        if x.random() < 0.5:
            b.add("\n" + x.choice(EXTRA_CLINICAL))


# ------------------------------------------------------------------------------------------------
def evaluate(notes: list[Note], deid: Deidentifier) -> dict:
    planted: Counter[str] = Counter()
    found_same: Counter[str] = Counter()
    found_any: Counter[str] = Counter()
    found_full: Counter[str] = Counter()
    predicted: Counter[str] = Counter()
    correct_pred: Counter[str] = Counter()
    by_tag: dict[str, Counter[str]] = defaultdict(Counter)
    by_extra: dict[str, Counter[str]] = defaultdict(Counter)
    misses: dict[str, Counter[str]] = defaultdict(Counter)
    false_pos: Counter[str] = Counter()
    wrong_kind_fp: Counter[str] = Counter()

    t0 = time.perf_counter()
    preds_all = [deid.find(n.text) for n in notes]
    elapsed = time.perf_counter() - t0

    for note, preds in zip(notes, preds_all, strict=True):
        text = note.text
        for kind, s, e, tag in note.spans:
            planted[kind] += 1
            over = [p for p in preds if p.start < e and s < p.end]
            same = any(p.kind == kind for p in over)
            found_same[kind] += same
            found_any[kind] += bool(over)
            covered = all(not text[i].isalnum() or any(p.start <= i < p.end for p in over) for i in range(s, e))
            found_full[kind] += covered
            if tag.startswith("x:"):
                by_extra[f"{tag} ({kind})"]["planted"] += 1
                by_extra[f"{tag} ({kind})"]["found"] += same
                by_extra[f"{tag} ({kind})"]["any"] += bool(over)
                by_extra[f"{tag} ({kind})"]["full"] += covered
            elif kind == "NAME":
                by_tag[tag]["planted"] += 1
                by_tag[tag]["found"] += bool(over)
                by_tag[tag]["full"] += covered
            if not covered:
                misses[kind][text[s:e]] += 1
        for p in preds:
            predicted[p.kind] += 1
            over = [sp for sp in note.spans if sp[1] < p.end and p.start < sp[2]]
            if any(sp[0] == p.kind for sp in over):
                correct_pred[p.kind] += 1
            elif over:
                wrong_kind_fp[f"{p.kind} on {over[0][0]}"] += 1
            else:
                ctx = text[max(0, p.start - 25) : p.end + 25].replace("\n", " ")
                false_pos[f"{p.kind}: {text[p.start : p.end]!r} in ...{ctx}..."] += 1

    kinds = {}
    for k in [*KINDS, *sorted(set(planted) - set(KINDS))]:  # a kind planted that the recognizer lacks: recall 0
        kinds[k] = {
            "planted": planted[k],
            "recall": found_same[k] / planted[k] if planted[k] else None,
            "any_kind_recall": found_any[k] / planted[k] if planted[k] else None,
            "full_removal": found_full[k] / planted[k] if planted[k] else None,
            "predicted": predicted[k],
            "precision": correct_pred[k] / predicted[k] if predicted[k] else None,
        }
    tot_planted = sum(planted.values())
    tot_pred = sum(predicted.values())
    return {
        "notes": len(notes),
        "chars": sum(len(n.text) for n in notes),
        "seconds": elapsed,
        "notes_per_s": len(notes) / elapsed if elapsed else None,
        "kinds": kinds,
        "overall": {
            "planted": tot_planted,
            "recall": sum(found_same.values()) / tot_planted,
            "any_kind_recall": sum(found_any.values()) / tot_planted,
            "full_removal": sum(found_full.values()) / tot_planted,
            "predicted": tot_pred,
            "precision": sum(correct_pred.values()) / tot_pred if tot_pred else None,
            "precision_any_kind": (tot_pred - sum(false_pos.values())) / tot_pred if tot_pred else None,
        },
        "name_by_lexicon": {
            t: {"planted": c["planted"], "any_kind_recall": c["found"] / c["planted"], "full": c["full"] / c["planted"]}
            for t, c in sorted(by_tag.items())
        },
        "extras": {
            t: {
                "planted": c["planted"],
                "recall": c["found"] / c["planted"],
                "any_kind_recall": c["any"] / c["planted"],
                "full": c["full"] / c["planted"],
            }
            for t, c in sorted(by_extra.items())
        },
        "clinical_false_positives": sum(false_pos.values()),
        "false_positive_examples": [f"{n}x {t}" for t, n in false_pos.most_common(25)],
        "wrong_kind": dict(wrong_kind_fp.most_common(20)),
        "missed_examples": {k: [f"{n}x {t!r}" for t, n in v.most_common(8)] for k, v in misses.items()},
    }


def _fmt(x: float | None) -> str:
    return "   -  " if x is None else f"{x:6.3f}"


def print_table(res: dict, out=sys.stdout) -> None:  # noqa: ANN001
    print(
        f"{'kind':10s} {'planted':>7s} {'recall':>7s} {'anykind':>7s} {'full':>7s} {'pred':>6s} {'prec':>7s}", file=out
    )
    for k, v in res["kinds"].items():
        print(
            f"{k:10s} {v['planted']:7d} {_fmt(v['recall'])} {_fmt(v['any_kind_recall'])} {_fmt(v['full_removal'])}"
            f" {v['predicted']:6d} {_fmt(v['precision'])}",
            file=out,
        )
    o = res["overall"]
    print(
        f"{'ALL':10s} {o['planted']:7d} {_fmt(o['recall'])} {_fmt(o['any_kind_recall'])} {_fmt(o['full_removal'])}"
        f" {o['predicted']:6d} {_fmt(o['precision'])}",
        file=out,
    )
    print(
        "\nNAME by lexicon coverage of the planted name (lex: given or surname in lexicon; wlex: only in the weak"
        " list of names that are also words; /weak: no cue):",
        file=out,
    )
    for t, v in res["name_by_lexicon"].items():
        print(
            f"  {t:10s} planted {v['planted']:5d}  any-kind recall {v['any_kind_recall']:.3f}  full {v['full']:.3f}",
            file=out,
        )
    if res.get("extras"):
        print("extras (planted at the end of a note; --classic leaves them out):", file=out)
        for t, v in res["extras"].items():
            print(
                f"  {t:22s} planted {v['planted']:5d}  recall {v['recall']:.3f}  any-kind {v['any_kind_recall']:.3f}"
                f"  full {v['full']:.3f}",
                file=out,
            )
    print(
        f"\nclinical false positives (touch no planted identifier): {res['clinical_false_positives']}"
        f"  | precision any kind {o['precision_any_kind']:.4f}",
        file=out,
    )
    for ex in res["false_positive_examples"][:15]:
        print("  ", ex, file=out)
    if res["wrong_kind"]:
        print("wrong kind (removed, but counted as another kind):", res["wrong_kind"], file=out)
    print("missed (not fully removed):", file=out)
    for k, v in res["missed_examples"].items():
        print(f"  {k}: {', '.join(v[:5])}", file=out)
    print(
        f"\n{res['notes']} notes, {res['chars'] / res['notes']:.0f} chars/note, {res['notes_per_s']:.0f} notes/s",
        file=out,
    )


def make_notes(n: int, seed: int, extra: bool = True) -> list[Note]:
    gen = Generator(seed, extra=extra)
    return [gen.note() for _ in range(n)]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--notes", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--json", default="bench/results/deid_eval.json")
    ap.add_argument("--show", type=int, default=0, help="print this many generated notes with their redaction")
    ap.add_argument(
        "--classic",
        action="store_true",
        help="leave out the extras (bare towns, initials, plates, licences): the notes of the first version",
    )
    args = ap.parse_args(argv)
    if args.notes < 1:
        ap.error("--notes must be at least 1")
    notes = make_notes(args.notes, args.seed, extra=not args.classic)
    deid = Deidentifier()
    for n in notes[: args.show]:
        print(n.text, "\n---\n", deid.redact(n.text).text, "\n=====", sep="")
    res = evaluate(notes, deid)
    res["seed"] = args.seed
    res["classic"] = args.classic
    print_table(res)
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=2, ensure_ascii=False))
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
