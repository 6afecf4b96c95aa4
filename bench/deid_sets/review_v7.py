"""Held-out de-identification review set v7 for free-text ophthalmology notes (messy EHR text).

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only
project text read was ``bench/deid_sets/score.py`` (for the format) and the docstring of
``bench/deid_sets/review_v3.py`` (for the annotation conventions, which are followed here). The
de-identifier was not run on this set while it was written, and score.py was not run on it.

All people, numbers, addresses, plates, serials, links and contact details are invented.

Snippets aim at the messiest real EHR text: copy-pasted OCT / visual-field / lab / biometry
headers, problem lists, medication lists with prescriber names, nursing flowsheet comments,
patient-portal messages written by patients and relatives (lower case, informal spelling,
text-speak), call-centre and switchboard notes, billing, claims and prior-authorisation
correspondence, referral faxes with fax banners, ophthalmic photography logs, research visit
notes, solicitors' and insurers' letters, EHR audit trails and snippets in which people's
names sit next to clinical eponyms (Graves, Amsler, Coats, Eales, Ahmed valve, Brown
syndrome, Best disease ...). English as written in the US, the UK (England, Scotland, Wales,
Northern Ireland), Ireland, Canada, Australia, New Zealand and India.

Annotation choices
------------------
The conventions of review_v3 are followed exactly (names without titles or post-nominals;
initials used as signatures or references are NAME; "Surname, Given" is one span; each town,
suburb or district is its own ADDRESS span and the postcode/ZIP/PIN/Eircode is ZIP; states,
provinces, countries and large regions are not marked; ages only over 89, as the bare number;
institution and insurer names are ARGUABLE). Choices beyond those conventions:

* US NPI numbers, Australian Medicare provider numbers and similar practitioner numbers are
  LICENSE (professional registration numbers).
* Research subject / screening / randomisation numbers that identify a participant are MRN
  (patient-ID numbers).
* Insurer claim and policy numbers (including motor and legal-expenses claims) are INSURANCE;
  Irish medical-card, Indian CGHS/ECHS/PM-JAY card and Australian DVA card numbers are
  INSURANCE.
* EHR user log-ins built from a person's name (``jmcallister``) are NAME.
* Fax banner "FROM:" / "TO:" numbers of a fax are FAX; a voice number in the same banner is
  PHONE.
* Bank sort codes and account numbers are ACCOUNT. Optical / deposit receipt and invoice numbers
  are ACCOUNT.
* Generational suffixes (``Jr.``) belong to the name; nicknames in quotes inside a name
  (``Clarence 'Buddy' Higgins``) are part of one span; a name inside a scanned-file name
  (``Referral_Hoang_Minh_Duc_...``) is marked without the underscores around it.
* "Isle of Skye" (an island area) is ARGUABLE rather than ADDRESS, as v3 did for "Western Isles";
  police force names and employers are ARGUABLE.
* Lot and kit numbers, study protocol numbers, MBS/CPT/HCPCS/ICD codes, claim batch numbers,
  page counts, four-part software versions and IOL / device model names are not identifiers and
  are left unmarked.
"""

POSITIVE = [
    # ---------------- copy-pasted imaging / device headers ----------------
    (
        "CIRRUS HD-OCT 5000 SN 5000-21873 | Macular Cube 512x128 | Pt: OKONKWO, CHIDINMA A | DOB: 03/17/1958 | "
        "MRN: 004418273 | Exam: 11/02/2026 14:22 | Operator: tlw | Workstation 10.22.4.117 | Signal 8/10",
        [
            ("DEVICE", "5000-21873"),
            ("NAME", "OKONKWO, CHIDINMA A"),
            ("DATE", "03/17/1958"),
            ("MRN", "004418273"),
            ("DATE", "11/02/2026"),
            ("NAME", "tlw"),
            ("IP", "10.22.4.117"),
        ],
    ),
    (
        "HFA3 860-41882 SITA Standard 24-2 ** Patient: Brennan, Padraig Joseph ** ID: 2219884 ** DOB 14-08-1940 ** "
        "Test date 27-11-2026 ** Rx used +2.75 DS ** FL 2/14 FP 3% FN 6% ** GHT Outside normal limits ** tech: S. Oduya",
        [
            ("DEVICE", "860-41882"),
            ("NAME", "Brennan, Padraig Joseph"),
            ("MRN", "2219884"),
            ("DATE", "14-08-1940"),
            ("DATE", "27-11-2026"),
            ("NAME", "S. Oduya"),
        ],
    ),
    (
        "IOLMaster 700 (S/N 1411107) biometry export — VASQUEZ-MORA, LUCIA / PID 88120473 / 2026-11-19 / "
        "AL OD 23.41 mm OS 23.55 mm / K1 43.12 D @ 178 / ACD 3.02 / formula Barrett Universal II / "
        "exported to 10.40.7.12 by rchaudhry",
        [
            ("DEVICE", "1411107"),
            ("NAME", "VASQUEZ-MORA, LUCIA"),
            ("MRN", "88120473"),
            ("DATE", "2026-11-19"),
            ("IP", "10.40.7.12"),
            ("NAME", "rchaudhry"),
        ],
    ),
    (
        "PHOTO LOG 14/10/2026 | Optos California SN 7J-00418 | UR 2231907 | NGUYEN Thi Hoa | F | wide-field colour + "
        "FAF OU | ph: JD | exported to PACS node 172.16.40.21 | notes: pt photophobic, 3 attempts",
        [
            ("DATE", "14/10/2026"),
            ("DEVICE", "7J-00418"),
            ("MRN", "2231907"),
            ("NAME", "NGUYEN Thi Hoa"),
            ("NAME", "JD"),
            ("IP", "172.16.40.21"),
        ],
    ),
    (
        "Fundus photography log (Topcon TRC-50DX s/n 3381207) — 09:10 Rangi Whaanga, NHI PQR8812, FFA both eyes, "
        "fluorescein 500 mg IV, nausea at 40 s; 09:45 Ioana Constantinescu, NHI LMX2047, colour only; photographer "
        "Hemi Walker. Images on share \\\\imaging\\ffa\\2026-11-24.",
        [
            ("DEVICE", "3381207"),
            ("NAME", "Rangi Whaanga"),
            ("MRN", "PQR8812"),
            ("NAME", "Ioana Constantinescu"),
            ("MRN", "LMX2047"),
            ("NAME", "Hemi Walker"),
            ("DATE", "2026-11-24"),
        ],
    ),
    (
        "Spectralis HRA+OCT SN 40218-HRA / Heidelberg Eye Explorer 1.10.4.0 / pt OYELARAN, Babatunde / "
        "exam 5 Nov 2026 / reviewed ASM / export failed, retry from 10.8.15.203",
        [
            ("DEVICE", "40218-HRA"),
            ("NAME", "OYELARAN, Babatunde"),
            ("DATE", "5 Nov 2026"),
            ("NAME", "ASM"),
            ("IP", "10.8.15.203"),
        ],
    ),
    (
        "Pentacam AXL sn 62214408 | Nadia Haddad | DOB 1987-06-02 | Belin/Ambrosio D 3.41 | Kmax 54.2 D | "
        "suspect keratoconus OD | ref Dr Rami Haddad (no relation) for CXL",
        [
            ("DEVICE", "62214408"),
            ("NAME", "Nadia"),
            ("NAME", "Haddad"),
            ("DATE", "1987-06-02"),
            ("NAME", "Rami"),
            ("NAME", "Haddad"),
        ],
    ),
    (
        "ECG/biometry trolley PC at IP 10.61.2.9 rebooted; OCT angio scans for Ms Rukhsana Begum "
        "(MRN 6620194) from 20/11 re-queued. Logged by IT helpdesk agent Conor Fitzgerald.",
        [
            ("IP", "10.61.2.9"),
            ("NAME", "Rukhsana Begum"),
            ("MRN", "6620194"),
            ("DATE", "20/11"),
            ("NAME", "Conor Fitzgerald"),
        ],
    ),
    # ---------------- labs / headers ----------------
    (
        "LAB: ESR 68 mm/hr (H), CRP 4.2 mg/dL (H) — collected 11/20/2026 07:55 — Ordering: ROSENTHAL, DAVID M — "
        "Pt: Bartholomew Okafor — Acct 661204977 — FIN 2026-118844",
        [
            ("DATE", "11/20/2026"),
            ("NAME", "ROSENTHAL, DAVID M"),
            ("NAME", "Bartholomew Okafor"),
            ("ACCOUNT", "661204977"),
            ("ACCOUNT", "2026-118844"),
        ],
    ),
    (
        "Quantiferon-TB Gold Plus: POSITIVE (Nil 0.05, TB1-Nil 1.82). Pt HUSSAIN, Zainab; Hosp No. D448120; "
        "requested by Dr Olumide Bankole for ?TB uveitis; reported 23.11.2026 by consultant microbiologist "
        "Dr Anjali Deshpande.",
        [
            ("NAME", "HUSSAIN, Zainab"),
            ("MRN", "D448120"),
            ("NAME", "Olumide Bankole"),
            ("DATE", "23.11.2026"),
            ("NAME", "Anjali Deshpande"),
        ],
    ),
    (
        "MRI ORBITS W/WO — Accession 26-MR-0044187 — Patient: Gutiérrez Salas, Ernesto — MRN 3318-4402 — "
        "Exam date Nov 14 2026 — IMPRESSION: enhancement of the L optic nerve sheath c/w optic neuritis. "
        "Dictated by: Sarah-Jane Whitlock, MD; transcribed by kpl",
        [
            ("NAME", "Gutiérrez Salas, Ernesto"),
            ("MRN", "3318-4402"),
            ("DATE", "Nov 14 2026"),
            ("NAME", "Sarah-Jane Whitlock"),
            ("NAME", "kpl"),
        ],
    ),
    (
        "HbA1c 9.4% (79 mmol/mol) [ref <48] — Sample rec'd 02-Nov-2026 — Patient MURPHY Eileen, H&C No. "
        "332 118 4470 — GP: Dr Seán Ó Gallchóir, Ballymena Health Centre",
        [
            ("DATE", "02-Nov-2026"),
            ("NAME", "MURPHY Eileen"),
            ("MRN", "332 118 4470"),
            ("NAME", "Seán Ó Gallchóir"),
        ],
    ),
    # ---------------- problem lists / med lists ----------------
    (
        "PROBLEM LIST — ESPINOZA-REYES, MARIA GUADALUPE (MRN 7730-1184-2)\n"
        "• POAG OU, severe stage (dx 04/2019)\n"
        "• s/p trab OS 08/14/2022 (Dr. Kwame Asante-Darko)\n"
        "• Type 2 DM, A1c 8.1\n"
        "• Hx Bell palsy L 2015\n"
        "• Fuchs endothelial dystrophy OU\n"
        "• Lives at 1187 W Calle Sonora, Apt 4B, Tucson AZ 85705; son Rogelio is HCP",
        [
            ("NAME", "ESPINOZA-REYES, MARIA GUADALUPE"),
            ("MRN", "7730-1184-2"),
            ("DATE", "04/2019"),
            ("DATE", "08/14/2022"),
            ("NAME", "Kwame Asante-Darko"),
            ("ADDRESS", "1187 W Calle Sonora, Apt 4B"),
            ("ADDRESS", "Tucson"),
            ("ZIP", "85705"),
            ("NAME", "Rogelio"),
        ],
    ),
    (
        "ACTIVE MEDICATIONS (as of 10/30/2026)\n"
        "1. latanoprost 0.005% 1 gtt OU qhs — Rx: Priya Venkataraman, MD (NPI 1639428815)\n"
        "2. timolol 0.5% 1 gtt OU bid — Rx: Venkataraman, P\n"
        "3. metformin 500 mg PO bid — Rx: Gordon T. Halvorsen, DO\n"
        "4. atorvastatin 20 mg PO qd — Rx: HALVORSEN G\n"
        "5. prednisolone acetate 1% taper — Rx: J. Oyelaran-Smith",
        [
            ("DATE", "10/30/2026"),
            ("NAME", "Priya Venkataraman"),
            ("LICENSE", "1639428815"),
            ("NAME", "Venkataraman, P"),
            ("NAME", "Gordon T. Halvorsen"),
            ("NAME", "HALVORSEN G"),
            ("NAME", "J. Oyelaran-Smith"),
        ],
    ),
    (
        "Current meds (pt-reported, reconciled by pharm tech Aoife Kavanagh 24/11/26): Xalatan nocte both eyes "
        "(Dr Brendan Quigley), Hylo-Forte qds, warfarin per INR clinic (Dr Marguerite Okoro), amlodipine 5 mg. "
        "Allergies: sulfa (rash), Elastoplast.",
        [
            ("NAME", "Aoife Kavanagh"),
            ("DATE", "24/11/26"),
            ("NAME", "Brendan Quigley"),
            ("NAME", "Marguerite Okoro"),
        ],
    ),
    (
        "Problem list (copied fwd from 2024 note, pls update!!): 1) NPDR mod OU 2) CSME OD - anti-VEGF since "
        "Mar 2024 3) CKD3 (renal: Dr Farhan Siddiqui) 4) lives with daughter Yasmin at 9 Wentworth Court, "
        "Rotherham S60 2BQ 5) DNACPR in place - discussed w/ son Imran 12/09",
        [
            ("DATE", "Mar 2024"),
            ("NAME", "Farhan Siddiqui"),
            ("NAME", "Yasmin"),
            ("ADDRESS", "9 Wentworth Court"),
            ("ADDRESS", "Rotherham"),
            ("ZIP", "S60 2BQ"),
            ("NAME", "Imran"),
            ("DATE", "12/09"),
        ],
    ),
    (
        "MEDICATION ADMINISTRATION — 11/27/2026 — cyclopentolate 1% + phenylephrine 2.5% OU x2 given 0810, 0820 "
        "by Marisol Quintanilla RN; verified by Daniel Ben-Ami RN. Pt MOORE, Willard (age 97) tolerated well.",
        [
            ("DATE", "11/27/2026"),
            ("NAME", "Marisol Quintanilla"),
            ("NAME", "Daniel Ben-Ami"),
            ("NAME", "MOORE, Willard"),
            ("AGE", "97"),
        ],
    ),
    (
        "Discharge meds: chloramphenicol 0.5% qds L 1/52, Maxidex qds L taper over 4/52 — TTO checked by "
        "pharmacist Oluwaseun Adebayo-Williams (GPhC 2081174). Pt: Agnieszka Zielińska, hosp no 40022817.",
        [
            ("NAME", "Oluwaseun Adebayo-Williams"),
            ("LICENSE", "2081174"),
            ("NAME", "Agnieszka Zielińska"),
            ("MRN", "40022817"),
        ],
    ),
    # ---------------- nursing flowsheet comments ----------------
    (
        "02/11/2026 0630 RN note: Pt (Wiremu Tane Parata, NHI ZKT4418) resting, L eye shield insitu post PPV. "
        "IOP 18 on iCare (S/N TA01-778213). Wife Mereana at bedside overnight. Analgesia given per chart. — hk RN",
        [
            ("DATE", "02/11/2026"),
            ("NAME", "Wiremu Tane Parata"),
            ("MRN", "ZKT4418"),
            ("DEVICE", "TA01-778213"),
            ("NAME", "Mereana"),
            ("NAME", "hk"),
        ],
    ),
    (
        "Flowsheet comment 22:40 — pt face-down positioning compliance poor, keeps lying on back to watch TV. "
        "Son (Kieran) phoned, asked us to ring him on 087 442 9918 if dad refuses again. Pt Francis Xavier "
        "Doherty, 92, MRN 0771245. Will escalate to Dr Nwachukwu in am. /mb",
        [
            ("NAME", "Kieran"),
            ("PHONE", "087 442 9918"),
            ("NAME", "Francis Xavier Doherty"),
            ("AGE", "92"),
            ("MRN", "0771245"),
            ("NAME", "Nwachukwu"),
            ("NAME", "mb"),
        ],
    ),
    (
        "Triage 0915: pt Abdul-Rahman Choudhury, hosp no. RWJ4418826, brought in by grandson Tanvir. Chemical "
        "splash (bleach) L eye at home at 08:40, irrigated 2L, pH 7.5 post. Tanvir's mob 07911 123 456.",
        [
            ("NAME", "Abdul-Rahman Choudhury"),
            ("MRN", "RWJ4418826"),
            ("NAME", "Tanvir"),
            ("NAME", "Tanvir"),
            ("PHONE", "07911 123 456"),
        ],
    ),
    (
        "Nursing handover 1900: bay 3 bed 2 — Mrs Evangelina Dela Cruz-Santos, 94, post R enucleation day 1, "
        "orbital implant (SN 0418-22719) — dressing dry. Interpreter (Tagalog) Rowena booked for 10am ward round. "
        "Handed to Precious Ndlovu RN.",
        [
            ("NAME", "Evangelina Dela Cruz-Santos"),
            ("AGE", "94"),
            ("DEVICE", "0418-22719"),
            ("NAME", "Rowena"),
            ("NAME", "Precious Ndlovu"),
        ],
    ),
    (
        "Vital signs/flowsheet: BP 182/96 (rechecked 176/94), HR 88, BM 11.2. Pt Lorcan Ó Briain (MRN 55-0912-3) "
        "anxious re injection. Cannot contact NOK (wife Úna) on 01 555 0147 — no answer x2. D.Ferreira SN",
        [
            ("NAME", "Lorcan Ó Briain"),
            ("MRN", "55-0912-3"),
            ("NAME", "Úna"),
            ("PHONE", "01 555 0147"),
            ("NAME", "D.Ferreira"),
        ],
    ),
    (
        "Falls risk: HIGH. 96 yr old gentleman, bilat cataract + AMD, uses walking frame. Pt name: Reginald "
        "Atherton-Blake. NOK: niece Philippa, mob 0423 555 917. Bed alarm serial BA-55120-7 fitted. — Tamsin (EN)",
        [
            ("AGE", "96"),
            ("NAME", "Reginald Atherton-Blake"),
            ("NAME", "Philippa"),
            ("PHONE", "0423 555 917"),
            ("DEVICE", "BA-55120-7"),
            ("NAME", "Tamsin"),
        ],
    ),
    # ---------------- patient portal messages ----------------
    (
        "hi its sunita, rajesh's daughter. dad (rajesh kumar malhotra) ran out of the cosopt drops on sat and the "
        "chemist on 41 rosebery ave wont give more without a script. can dr fernandes send one pls?? my number is "
        "0412 555 873. thx",
        [
            ("NAME", "sunita"),
            ("NAME", "rajesh"),
            ("NAME", "rajesh kumar malhotra"),
            ("ADDRESS", "41 rosebery ave"),
            ("NAME", "fernandes"),
            ("PHONE", "0412 555 873"),
        ],
    ),
    (
        "kia ora, this is aroha from the diabetic eye screening on thursday. i think i left my glasses in room 3?? "
        "theyre purple. can someone ring me 021 448 7720 or email arohatew@xtra.co.nz. ngā mihi, Aroha Te Whata",
        [
            ("NAME", "aroha"),
            ("PHONE", "021 448 7720"),
            ("EMAIL", "arohatew@xtra.co.nz"),
            ("NAME", "Aroha Te Whata"),
        ],
    ),
    (
        "Dr Kowalczyk i have been seeing floaters n flashes since last nite in my left eye like a curtain?? is this "
        "the thing u warned me about. my husband Dwayne can bring me in tmrw. -- Tammy Lynn Buckner (my cell "
        "417-555-2290)",
        [
            ("NAME", "Kowalczyk"),
            ("NAME", "Dwayne"),
            ("NAME", "Tammy Lynn Buckner"),
            ("PHONE", "417-555-2290"),
        ],
    ),
    (
        "MyChart message from patient: 'hello i got a bill for $340 for my eye pressure test on 10/2 but my "
        "insurance should of covered it?? my member id is W88412-0073 and acct on the bill is 7741209. "
        "thank you, Deshawn Pettiford'",
        [
            ("DATE", "10/2"),
            ("INSURANCE", "W88412-0073"),
            ("ACCOUNT", "7741209"),
            ("NAME", "Deshawn Pettiford"),
        ],
    ),
    (
        "message via patient portal (sent by carer on behalf of mum): mum is Bridget Houlihan she is 91 and "
        "cant manage the eyedrop bottles anymore, her hands are bad with arthritis. can the nurse ring me "
        "Carmel on 086 118 2244. we are in Ballincollig now not Mallow. thanks a million",
        [
            ("NAME", "Bridget Houlihan"),
            ("AGE", "91"),
            ("NAME", "Carmel"),
            ("PHONE", "086 118 2244"),
            ("ADDRESS", "Ballincollig"),
            ("ADDRESS", "Mallow"),
        ],
    ),
    (
        "namaste doctor, my father Shri Gopal Krishna Bhatt was operated on 3rd Oct for cataract. now his eye is "
        "red n watering since 2 days. pls advise urgently. his UHID is 26-0091744. my whatsapp +91 99001 47218 - "
        "Vinay",
        [
            ("NAME", "Gopal Krishna Bhatt"),
            ("DATE", "3rd Oct"),
            ("MRN", "26-0091744"),
            ("PHONE", "+91 99001 47218"),
            ("NAME", "Vinay"),
        ],
    ),
    (
        "RE: appt — hiya, can i change my sons appt (Jayden-Lee Carmichael, dob 4/3/2019) to after school? he "
        "has his patching check with the orthoptist Beverley. our new address is 56b Glenfield Crescent, "
        "Paisley PA2 8TR. cheers, Shannon",
        [
            ("NAME", "Jayden-Lee Carmichael"),
            ("DATE", "4/3/2019"),
            ("NAME", "Beverley"),
            ("ADDRESS", "56b Glenfield Crescent"),
            ("ADDRESS", "Paisley"),
            ("ZIP", "PA2 8TR"),
            ("NAME", "Shannon"),
        ],
    ),
    (
        "portal msg: 'Good morning. I am writing for my grandmother Mrs. Tran Thi Mai (DOB 1930). She is 96 "
        "and the new glasses from your optical shop make her dizzy. Receipt no. OPT-227184. Please call my "
        "mobile 0438 555 602 after 3pm. Regards, Kevin Tran'",
        [
            ("NAME", "Tran Thi Mai"),
            ("AGE", "96"),
            ("ACCOUNT", "OPT-227184"),
            ("PHONE", "0438 555 602"),
            ("NAME", "Kevin Tran"),
        ],
    ),
    (
        "u guys cancelled my injection AGAIN. this is the 3rd time. i drove 2 hrs from Kamloops. my name is "
        "Dakota Whitehorse and my phone is 250-555-0183. i want to talk to somebody in charge",
        [
            ("ADDRESS", "Kamloops"),
            ("NAME", "Dakota Whitehorse"),
            ("PHONE", "250-555-0183"),
        ],
    ),
    (
        "Hi Dr. Abernathy-Cole, sending pics of my sons eye from tonight (red and gooey), uploaded here: "
        "https://share.example-photos.com/s/Qx7Lm2pR9?u=lmatsumoto. He is 5. -Leiko Matsumoto",
        [
            ("NAME", "Abernathy-Cole"),
            ("URL", "https://share.example-photos.com/s/Qx7Lm2pR9?u=lmatsumoto"),
            ("NAME", "Leiko Matsumoto"),
        ],
    ),
    # ---------------- call-centre / telephone notes ----------------
    (
        "CALL CTR 0817h — caller: Mehmet Yıldız (son) re father Hüseyin Yıldız, appt 3 Dec w/ Dr Abernethy "
        "cancelled by clinic; rebooked 16-Dec-2026 at the main site. Cb no. 07700 900 418. Verified DOB + postcode "
        "CF24 3NP. -- agent KLM",
        [
            ("NAME", "Mehmet"),
            ("NAME", "Yıldız"),
            ("NAME", "Hüseyin"),
            ("NAME", "Yıldız"),
            ("DATE", "3 Dec"),
            ("NAME", "Abernethy"),
            ("DATE", "16-Dec-2026"),
            ("PHONE", "07700 900 418"),
            ("ZIP", "CF24 3NP"),
            ("NAME", "KLM"),
        ],
    ),
    (
        "Telephone encounter 11/24/2026 3:12 PM: Pt's wife Consuelo called, pt (Arturo Benavides, MRN 2290417) "
        "vomiting + severe L eye pain since lunch, halos. Advised ED now. Triage RN: Whitney Adair. "
        "Call-back # (915) 555-0134.",
        [
            ("DATE", "11/24/2026"),
            ("NAME", "Consuelo"),
            ("NAME", "Arturo Benavides"),
            ("MRN", "2290417"),
            ("NAME", "Whitney Adair"),
            ("PHONE", "(915) 555-0134"),
        ],
    ),
    (
        "Switchboard msg for Mr Rajaratnam: Dr Folasade Ogunleye from Eye Casualty rang re his pt Mrs Kwong "
        "Mei-Ling — pls call back on 020 7946 0321 before 5.",
        [
            ("NAME", "Rajaratnam"),
            ("NAME", "Folasade Ogunleye"),
            ("NAME", "Kwong Mei-Ling"),
            ("PHONE", "020 7946 0321"),
        ],
    ),
    (
        "Answering service 02:47 — caller Brett Nowicki, states he's the pt's partner (pt: Jamie Ostrowski, "
        "DOB 7/22/1991), eye 'blew up' after fireworks. On-call Dr. Imani Boateng paged via 312-555-0176; "
        "callback 773-555-0112.",
        [
            ("NAME", "Brett Nowicki"),
            ("NAME", "Jamie Ostrowski"),
            ("DATE", "7/22/1991"),
            ("NAME", "Imani Boateng"),
            ("PHONE", "312-555-0176"),
            ("PHONE", "773-555-0112"),
        ],
    ),
    (
        "Booking centre note: Pt Eilidh Sutherland (CHI 0904562218) declined appt on 09/12 as no transport from "
        "Thurso; offered Wick outreach clinic instead. Contact via daughter Kirsty 07700 900 771. BM",
        [
            ("NAME", "Eilidh Sutherland"),
            ("MRN", "0904562218"),
            ("DATE", "09/12"),
            ("ADDRESS", "Thurso"),
            ("ADDRESS", "Wick"),
            ("NAME", "Kirsty"),
            ("PHONE", "07700 900 771"),
            ("NAME", "BM"),
        ],
    ),
    (
        "Phone call to pt's home 1530: spoke with home-care worker (Precious) at 12 Kauri Street, Te Atatū South, "
        "Auckland 0610. Pt Sione Tupou Fifita asleep. Reminded re 2/52 post-op check. Landline 09 555 4471.",
        [
            ("NAME", "Precious"),
            ("ADDRESS", "12 Kauri Street"),
            ("ADDRESS", "Te Atatū South"),
            ("ADDRESS", "Auckland"),
            ("ZIP", "0610"),
            ("NAME", "Sione Tupou Fifita"),
            ("PHONE", "09 555 4471"),
        ],
    ),
    (
        "Rec'd voicemail 8:05 from 'Marguerite' at Dr. Lachance's office (514-555-0163) re RAMQ card for pt "
        "Jean-Philippe Bouchard: new card no. BOUJ 7704 1215, exp 2030. Updated demographics. -ntm",
        [
            ("NAME", "Marguerite"),
            ("NAME", "Lachance"),
            ("PHONE", "514-555-0163"),
            ("NAME", "Jean-Philippe Bouchard"),
            ("INSURANCE", "BOUJ 7704 1215"),
            ("NAME", "ntm"),
        ],
    ),
    # ---------------- billing / prior authorisation / claims ----------------
    (
        "PRIOR AUTHORIZATION REQUEST — aflibercept 2 mg (J0178) OD q8wk\n"
        "Member: Harold J. Whitcombe   DOB 1/9/1934   Age: 92\n"
        "Plan: Keystone Senior Advantage  Member ID: KSA8847120913  Group: 00471-B\n"
        "Requesting provider: Dr. Naomi Feldstein, NPI 1184772093\n"
        "Phone 610-555-0148 Fax 610-555-0149",
        [
            ("NAME", "Harold J. Whitcombe"),
            ("DATE", "1/9/1934"),
            ("AGE", "92"),
            ("INSURANCE", "KSA8847120913"),
            ("INSURANCE", "00471-B"),
            ("NAME", "Naomi Feldstein"),
            ("LICENSE", "1184772093"),
            ("PHONE", "610-555-0148"),
            ("FAX", "610-555-0149"),
        ],
    ),
    (
        "Medicare claim: item 42740 x1 (intravitreal inj) — Pt: Kostas Papadimitriou, Medicare 2953 41870 2, "
        "DVA Gold card NX447129. Provider no. 2448170K. Invoice #A-00938172. Claimed 28/11/2026.",
        [
            ("NAME", "Kostas Papadimitriou"),
            ("INSURANCE", "2953 41870 2"),
            ("INSURANCE", "NX447129"),
            ("LICENSE", "2448170K"),
            ("ACCOUNT", "A-00938172"),
            ("DATE", "28/11/2026"),
        ],
    ),
    (
        "DENIAL NOTICE: Claim for CPT 67028 x2 DOS 10/06/2026 denied — reason CO-197 (precert absent). Patient "
        "LaToya Brooks-Hammond, Medicaid ID 44871290C, guarantor acct 0090-441872. Appeal to be faxed to "
        "1-888-555-0191 within 60 days. Billing contact: Renee Castellanos.",
        [
            ("DATE", "10/06/2026"),
            ("NAME", "LaToya Brooks-Hammond"),
            ("INSURANCE", "44871290C"),
            ("ACCOUNT", "0090-441872"),
            ("FAX", "1-888-555-0191"),
            ("NAME", "Renee Castellanos"),
        ],
    ),
    (
        "Superbill — Pt: Khoury, Elias N. | MBI 1EG4-TE5-MK73 | Secondary: AARP Supp. #3318847201 | Enc# "
        "E-26-55170 | Dx H35.3211, H40.1131 | Rendering: Mei-Xing Lau OD (TX lic. 8817)",
        [
            ("NAME", "Khoury, Elias N."),
            ("INSURANCE", "1EG4-TE5-MK73"),
            ("INSURANCE", "3318847201"),
            ("ACCOUNT", "E-26-55170"),
            ("NAME", "Mei-Xing Lau"),
            ("LICENSE", "8817"),
        ],
    ),
    (
        "Re: Claim for Ms Siobhán Ní Dhonnchadha, Policy No. 3318-0472-19, Membership 88104733. Date of procedure "
        "07/05/2026 (R phaco + IOL, Tecnis ZCB00 +21.5 D, IOL serial 1947781204). Please forward the consultant's "
        "invoice INV-44172 and Medical Council No. 402218 to claims@vhi-example.ie.",
        [
            ("NAME", "Siobhán Ní Dhonnchadha"),
            ("INSURANCE", "3318-0472-19"),
            ("INSURANCE", "88104733"),
            ("DATE", "07/05/2026"),
            ("DEVICE", "1947781204"),
            ("ACCOUNT", "INV-44172"),
            ("LICENSE", "402218"),
            ("EMAIL", "claims@vhi-example.ie"),
        ],
    ),
    (
        "Pre-auth (cashless) — Star Health policy 11/220045/88/2026 — insured: Mrs Kamala Devi Pillai, age 90 — "
        "PM-JAY ID not applicable — estimated cost Rs 38,500 for L SICS + PCIOL — TPA query: pls attach "
        "discharge summary signed by Dr. R. Subramaniam (TNMC 66120). Hospital bill no. KEH/IP/4471.",
        [
            ("INSURANCE", "11/220045/88/2026"),
            ("NAME", "Kamala Devi Pillai"),
            ("AGE", "90"),
            ("NAME", "R. Subramaniam"),
            ("LICENSE", "66120"),
            ("ACCOUNT", "KEH/IP/4471"),
        ],
    ),
    (
        "Statement of account — Acct No. 55-104-8821 — Mr Declan Fitzpatrick, 3 Ard na Gréine, Ennis, Co. Clare "
        "V95 K2P4 — balance €185.00 for OCT on 14 Sept — medical card no. 7720 4418 1B does not cover private "
        "scans.",
        [
            ("ACCOUNT", "55-104-8821"),
            ("NAME", "Declan Fitzpatrick"),
            ("ADDRESS", "3 Ard na Gréine"),
            ("ADDRESS", "Ennis"),
            ("ADDRESS", "Co. Clare"),
            ("ZIP", "V95 K2P4"),
            ("DATE", "14 Sept"),
            ("INSURANCE", "7720 4418 1B"),
        ],
    ),
    (
        "Coding query from HIM (Roxanne Delacroix): encounter FIN 7200184430 for pt Oyelowo, Funmilayo — laterality "
        "missing on H34.8310. Please addend. Reply to him.coding@stlukes-example.org.",
        [
            ("NAME", "Roxanne Delacroix"),
            ("ACCOUNT", "7200184430"),
            ("NAME", "Oyelowo, Funmilayo"),
            ("EMAIL", "him.coding@stlukes-example.org"),
        ],
    ),
    (
        "CGHS card 4418-2207-91 (beneficiary: Col. (Retd) Harbhajan Singh Sandhu, 93 yrs) — ECHS polyclinic "
        "referral no. not required. Credit bill no. ECHS/26/11/0088 raised.",
        [
            ("INSURANCE", "4418-2207-91"),
            ("NAME", "Harbhajan Singh Sandhu"),
            ("AGE", "93"),
            ("ACCOUNT", "ECHS/26/11/0088"),
        ],
    ),
    (
        "OHIP billing error: card 4532-281-947-KT version code invalid for Ms. Adaeze Nwosu-Bennett on "
        "2026-10-28; re-submitted under billing no. 022187 (Dr. Ruth Abramowitz). Ref batch 88120.",
        [
            ("INSURANCE", "4532-281-947-KT"),
            ("NAME", "Adaeze Nwosu-Bennett"),
            ("DATE", "2026-10-28"),
            ("LICENSE", "022187"),
            ("NAME", "Ruth Abramowitz"),
        ],
    ),
    # ---------------- referral faxes ----------------
    (
        "FAX FROM: Riverside Medical Practice, 22 Hollins Lane, Marple, Stockport SK6 6AW  Tel 0161 496 0732  "
        "Fax 0161 496 0733\nTO: Eye Casualty, Stepping Hill  RE: Mrs Doreen Ashworth  DOB 09.04.1931  "
        "NHS No 485 777 3456\nDear Colleague, 94 y/o lady, sudden painless loss of vision R eye since Tues am. "
        "Query CRAO. Yours, Dr P. Lindqvist",
        [
            ("ADDRESS", "22 Hollins Lane"),
            ("ADDRESS", "Marple"),
            ("ADDRESS", "Stockport"),
            ("ZIP", "SK6 6AW"),
            ("PHONE", "0161 496 0732"),
            ("FAX", "0161 496 0733"),
            ("NAME", "Doreen Ashworth"),
            ("DATE", "09.04.1931"),
            ("MRN", "485 777 3456"),
            ("AGE", "94"),
            ("NAME", "P. Lindqvist"),
        ],
    ),
    (
        "*** FAX *** 2026-11-03 16:41 FROM: 604 555 0197 TO: 604 555 0288 P.1/3\nReferral to Retina — Pt: "
        "Jaswinder Singh Gill, PHN 9087 452 113, DOB 1949-02-28, 3320 Kingsway Ave, Burnaby BC V5H 1Z4. "
        "Referring: Dr. Erin MacPherson (CPSBC 31872).",
        [
            ("DATE", "2026-11-03"),
            ("FAX", "604 555 0197"),
            ("FAX", "604 555 0288"),
            ("NAME", "Jaswinder Singh Gill"),
            ("INSURANCE", "9087 452 113"),
            ("DATE", "1949-02-28"),
            ("ADDRESS", "3320 Kingsway Ave"),
            ("ADDRESS", "Burnaby"),
            ("ZIP", "V5H 1Z4"),
            ("NAME", "Erin MacPherson"),
            ("LICENSE", "31872"),
        ],
    ),
    (
        "Nov 21 2026 09:14AM  HP LaserJet FAX  (02) 9555 0142  p. 2 of 4\n...pt Mrs Aurelia Constantinou (Medicare "
        "4417 22190 3) has had 3 episodes of amaurosis fugax this week; carotid doppler booked. Please see urgently. "
        "Kind regards, Dr Tariq Al-Masri, Shop 4/118 Forest Rd, Hurstville NSW 2220. Ph (02) 9555 0141.",
        [
            ("DATE", "Nov 21 2026"),
            ("FAX", "(02) 9555 0142"),
            ("NAME", "Aurelia Constantinou"),
            ("INSURANCE", "4417 22190 3"),
            ("NAME", "Tariq Al-Masri"),
            ("ADDRESS", "Shop 4/118 Forest Rd"),
            ("ADDRESS", "Hurstville"),
            ("ZIP", "2220"),
            ("PHONE", "(02) 9555 0141"),
        ],
    ),
    (
        "Optometrist referral (faxed 0113 496 0188): Re Miss Keeley-Ann Firth, 17 Sycamore Grove, Horsforth, "
        "Leeds LS18 5AQ. VA 6/9 R 6/60 L, RAPD L, disc swelling L. Please see within 24h. Optom: Nirmala "
        "Ratnasingham, GOC 01-22817.",
        [
            ("FAX", "0113 496 0188"),
            ("NAME", "Keeley-Ann Firth"),
            ("ADDRESS", "17 Sycamore Grove"),
            ("ADDRESS", "Horsforth"),
            ("ADDRESS", "Leeds"),
            ("ZIP", "LS18 5AQ"),
            ("NAME", "Nirmala Ratnasingham"),
            ("LICENSE", "01-22817"),
        ],
    ),
    (
        "REFERRAL (rec'd by fax from 022-2555-7781 on 18/11/2026)\nTo: Cornea Services\nPt: Mr. Pramod Shivaji "
        "Jadhav, 47 M, Flat 12, Shanti Kunj CHS, LBS Marg, Ghatkopar (W), Mumbai 400086.\nC/o: fungal keratitis "
        "OD after vegetative trauma. Kindly do the needful. Dr. Sneha Kulkarni (MMC Reg. 2011/04/1187)",
        [
            ("FAX", "022-2555-7781"),
            ("DATE", "18/11/2026"),
            ("NAME", "Pramod Shivaji Jadhav"),
            ("ADDRESS", "Flat 12, Shanti Kunj CHS, LBS Marg"),
            ("ADDRESS", "Ghatkopar (W)"),
            ("ADDRESS", "Mumbai"),
            ("ZIP", "400086"),
            ("NAME", "Sneha Kulkarni"),
            ("LICENSE", "2011/04/1187"),
        ],
    ),
    (
        "Fax cover: To Dr. Olamide Fashola, Neuro-ophth | Fax: (416) 555-0129 | From: Lakeshore Family Health Team, "
        "fax (416) 555-0177 | Pages: 5 | Re: pt Magdalena Nowak-Szymańska, OHIP 6120-449-338-QA | CONFIDENTIAL",
        [
            ("NAME", "Olamide Fashola"),
            ("FAX", "(416) 555-0129"),
            ("FAX", "(416) 555-0177"),
            ("NAME", "Magdalena Nowak-Szymańska"),
            ("INSURANCE", "6120-449-338-QA"),
        ],
    ),
    (
        "RECEIVED 11/25/2026 14:03 FROM 5185550166 — Dear Dr. Zhou, I am referring Mr. Lamar Whitfield Jr. "
        "(DOB 02/02/1929, age 97) for diminishing vision. He resides at 88 Delaware Ave Apt 3, Albany NY 12209. "
        "Regards, Cynthia Oduya-Mensah, NP",
        [
            ("DATE", "11/25/2026"),
            ("FAX", "5185550166"),
            ("NAME", "Zhou"),
            ("NAME", "Lamar Whitfield Jr."),
            ("DATE", "02/02/1929"),
            ("AGE", "97"),
            ("ADDRESS", "88 Delaware Ave Apt 3"),
            ("ADDRESS", "Albany"),
            ("ZIP", "12209"),
            ("NAME", "Cynthia Oduya-Mensah"),
        ],
    ),
    # ---------------- research visit notes ----------------
    (
        "STUDY VISIT 6 (Wk 52) — protocol OPH-2207 — Subject 014-0087 (initials R.M.T.)\nConsented by: Dr. Anaïs "
        "Thibodeau. Coordinator: Gurpreet Dhillon.\nBCVA ETDRS OD 71 letters, OS 58. Next visit 09-Jan-2027. "
        "OHIP 5521-448-910-KB on file.",
        [
            ("MRN", "014-0087"),
            ("NAME", "R.M.T."),
            ("NAME", "Anaïs Thibodeau"),
            ("NAME", "Gurpreet Dhillon"),
            ("DATE", "09-Jan-2027"),
            ("INSURANCE", "5521-448-910-KB"),
        ],
    ),
    (
        "Research note: screening no. SCR-0441, randomised 12 Nov to arm B. AE log: mild IOP rise (26 mmHg) day 7. "
        "Participant Ms Hana Kobayashi-Reid contacted by study nurse Oluchi Eze on 0131 496 0822. eCRF entered "
        "from 10.120.5.44.",
        [
            ("MRN", "SCR-0441"),
            ("DATE", "12 Nov"),
            ("NAME", "Hana Kobayashi-Reid"),
            ("NAME", "Oluchi Eze"),
            ("PHONE", "0131 496 0822"),
            ("IP", "10.120.5.44"),
        ],
    ),
    (
        "Home-monitoring study: participant 22-117 (Mr. Bongani Zulu) tablet device ID HM-TAB-0098321 last synced "
        "2026-11-26 from IP 203.0.113.58; 3 missed tests. Remote dashboard: https://study.example-oct.org/p/22-117. "
        "PI: Dr. Charlotte Ashby-Nkemelu",
        [
            ("MRN", "22-117"),
            ("NAME", "Bongani Zulu"),
            ("DEVICE", "HM-TAB-0098321"),
            ("DATE", "2026-11-26"),
            ("IP", "203.0.113.58"),
            ("URL", "https://study.example-oct.org/p/22-117"),
            ("NAME", "Charlotte Ashby-Nkemelu"),
        ],
    ),
    (
        "AREDS-style grading (reading centre): eye ID 0331-L, grader KV, adjudicator Teodora Marinescu; baseline "
        "photo 21-Mar-2025 vs yr 1. Drusen area increased. Enrolled participant: Ngaire Pōtiki (NHI CFT3321).",
        [
            ("NAME", "KV"),
            ("NAME", "Teodora Marinescu"),
            ("DATE", "21-Mar-2025"),
            ("NAME", "Ngaire Pōtiki"),
            ("MRN", "CFT3321"),
        ],
    ),
    (
        "Trial pharmacy: kit no. 5521 dispensed to subject 003-019 (Okoye, Ifeanyi) on 11/18/2026; accountability "
        "checked by Esperanza Villalobos, PharmD (lic. RPH.0044718). Dose: 0.05 mL IVT.",
        [
            ("MRN", "003-019"),
            ("NAME", "Okoye, Ifeanyi"),
            ("DATE", "11/18/2026"),
            ("NAME", "Esperanza Villalobos"),
            ("LICENSE", "RPH.0044718"),
        ],
    ),
    # ---------------- legal / insurance letters ----------------
    (
        "Our ref: DMH/7734/RTA  Your ref: claim 55018273\nRe: Our client Mr Tomasz Wiśniewski, d.o.b. 22 June 1979, "
        "of Flat 3, 18 Clarendon Place, Leamington Spa CV32 5QN — road traffic collision of 4 March 2026 (his "
        "vehicle reg. YK19 HZP). We request a medico-legal report concerning the left orbital floor fracture. "
        "Please contact Ms Felicity Barrington-Hale on 01926 880 417 or f.barrington-hale@harcourtlaw.co.uk.",
        [
            ("NAME", "DMH"),
            ("INSURANCE", "55018273"),
            ("NAME", "Tomasz Wiśniewski"),
            ("DATE", "22 June 1979"),
            ("ADDRESS", "Flat 3, 18 Clarendon Place"),
            ("ADDRESS", "Leamington Spa"),
            ("ZIP", "CV32 5QN"),
            ("DATE", "4 March 2026"),
            ("VEHICLE", "YK19 HZP"),
            ("NAME", "Felicity Barrington-Hale"),
            ("PHONE", "01926 880 417"),
            ("EMAIL", "f.barrington-hale@harcourtlaw.co.uk"),
        ],
    ),
    (
        "WORKERS' COMP — Claimant: Rubén Ochoa-Villanueva, Claim # WC-26-0887143, Employer: Tri-County Welding. "
        "Injury: metallic FB L cornea 10/29/2026. Adjuster Kimberly Strand, fax 503-555-0172, email "
        "kstrand@example-mutual.com. Claimant's driver license OR 7712044.",
        [
            ("NAME", "Rubén Ochoa-Villanueva"),
            ("INSURANCE", "WC-26-0887143"),
            ("DATE", "10/29/2026"),
            ("NAME", "Kimberly Strand"),
            ("FAX", "503-555-0172"),
            ("EMAIL", "kstrand@example-mutual.com"),
            ("LICENSE", "7712044"),
        ],
    ),
    (
        "Dear Sir/Madam, I act for the Estate of the late Mr Cornelius van der Merwe (date of death 01/08/2026, aged "
        "99). Kindly provide copies of his ophthalmic records, hospital number 0044-7721, to Pillay & Naidoo "
        "Solicitors, PO Box 2281, Dunedin 9054. Yours faithfully, Anand Pillay",
        [
            ("NAME", "Cornelius van der Merwe"),
            ("DATE", "01/08/2026"),
            ("AGE", "99"),
            ("MRN", "0044-7721"),
            ("ADDRESS", "PO Box 2281"),
            ("ADDRESS", "Dunedin"),
            ("ZIP", "9054"),
            ("NAME", "Anand Pillay"),
        ],
    ),
    (
        "DVLA: advised pt Mr Gareth Llewellyn-Price (DL no. LLEWE703154G99AB) that with binocular field defect he "
        "must not drive and must inform DVLA. He drove himself today, car reg CX21 TBN parked in bay 14. "
        "Documented with witness Staff Nurse Bethan Rees.",
        [
            ("NAME", "Gareth Llewellyn-Price"),
            ("LICENSE", "LLEWE703154G99AB"),
            ("VEHICLE", "CX21 TBN"),
            ("NAME", "Bethan Rees"),
        ],
    ),
    (
        "ACC claim (NZ) — injury date 19/10/2026 — claimant Tama Rāwiri Ngata, ACC45 no. KZ44817 — L eye "
        "penetrating injury (fencing wire). Employer vehicle LKT482. Case manager: Julia Wesseling, "
        "julia.wesseling@example-acc.govt.nz",
        [
            ("DATE", "19/10/2026"),
            ("NAME", "Tama Rāwiri Ngata"),
            ("INSURANCE", "KZ44817"),
            ("VEHICLE", "LKT482"),
            ("NAME", "Julia Wesseling"),
            ("EMAIL", "julia.wesseling@example-acc.govt.nz"),
        ],
    ),
    (
        "Subpoena duces tecum re: State v. Marcus Delaney — produce all records of treating ophthalmologist for "
        "Keisha Marie Donovan (DOB 05/30/1998) incl. photographs of 08/17/2026. Served on custodian of records, "
        "1400 Harbor Blvd Ste 210, Oxnard CA 93035.",
        [
            ("NAME", "Marcus Delaney"),
            ("NAME", "Keisha Marie Donovan"),
            ("DATE", "05/30/1998"),
            ("DATE", "08/17/2026"),
            ("ADDRESS", "1400 Harbor Blvd Ste 210"),
            ("ADDRESS", "Oxnard"),
            ("ZIP", "93035"),
        ],
    ),
    (
        "Motor insurer letter: Our insured's vehicle (VIN JTDKB20U597884415, reg. 191-D-22817) collided with your "
        "patient Mr Ciarán Mac Giolla Phádraig on 02/10/2026. Please quote claim ref MTR-88120-IE. Contact "
        "Fionnuala Breathnach, fax 01 555 0199.",
        [
            ("VEHICLE", "JTDKB20U597884415"),
            ("VEHICLE", "191-D-22817"),
            ("NAME", "Ciarán Mac Giolla Phádraig"),
            ("DATE", "02/10/2026"),
            ("INSURANCE", "MTR-88120-IE"),
            ("NAME", "Fionnuala Breathnach"),
            ("FAX", "01 555 0199"),
        ],
    ),
    # ---------------- vehicles / ED / trauma ----------------
    (
        "HPI: 34M restrained driver, MVC on I-95 ~2300 last night, airbag deployment; EMS run sheet lists vehicle "
        "VIN 1FTFW1E58NFA04417, plate Mass. 4TRX92. c/o blurred vision OS, hyphema 2 mm. Pt name Dmitri Volkonsky.",
        [
            ("VEHICLE", "1FTFW1E58NFA04417"),
            ("VEHICLE", "4TRX92"),
            ("NAME", "Dmitri Volkonsky"),
        ],
    ),
    (
        "Police request (PC Hardeep Bains, Thames Valley): pt Callum Ritchie seen in eye casualty after assault; "
        "suspect vehicle reg noted by pt as 'RV68 LMU, silver Astra'. Pt consents to disclosure. Photos taken by "
        "medical photography (Joanne Pickering).",
        [
            ("NAME", "Hardeep Bains"),
            ("NAME", "Callum Ritchie"),
            ("VEHICLE", "RV68 LMU"),
            ("NAME", "Joanne Pickering"),
        ],
    ),
    (
        "Hospital transport booking: pt Mr Ravindra Naidu, MRN 33017742, wheelchair; pick-up 07:30 from 5/22 Jacaranda "
        "Drive, Toowong QLD 4066; vehicle QFA-88K, driver Kylie. Return after dilated exam.",
        [
            ("NAME", "Ravindra Naidu"),
            ("MRN", "33017742"),
            ("ADDRESS", "5/22 Jacaranda Drive"),
            ("ADDRESS", "Toowong"),
            ("ZIP", "4066"),
            ("VEHICLE", "QFA-88K"),
            ("NAME", "Kylie"),
        ],
    ),
    (
        "Fitness-to-drive form (India): applicant Mohammed Irfan Qureshi, DL No. KA05 20110004417, vehicle KA 05 MN "
        "4417, BCVA 6/6 OU, fields full, colour normal (Ishihara 17/17). Certified by Dr. Vidya Raghavan.",
        [
            ("NAME", "Mohammed Irfan Qureshi"),
            ("LICENSE", "KA05 20110004417"),
            ("VEHICLE", "KA 05 MN 4417"),
            ("NAME", "Vidya Raghavan"),
        ],
    ),
    (
        "Parking/security incident 11/22: visitor car (Ontario plate CBTR 718) blocking ambulance bay; owner "
        "identified as Mr. Theodore Kapoor-Lindgren visiting pt in Eye ward. Security officer M. Oyinlola.",
        [
            ("DATE", "11/22"),
            ("VEHICLE", "CBTR 718"),
            ("NAME", "Theodore Kapoor-Lindgren"),
            ("NAME", "M. Oyinlola"),
        ],
    ),
    # ---------------- URLs / e-mail / IT ----------------
    (
        "Video visit link for Ms Thandiwe Mokoena: https://telehealth.eyecare-example.com/join/8f3k-29qx?pid=447193 — "
        "sent via SMS to +61 412 555 019 on 25 Nov. If link fails, use dial-in.",
        [
            ("NAME", "Thandiwe Mokoena"),
            ("URL", "https://telehealth.eyecare-example.com/join/8f3k-29qx?pid=447193"),
            ("PHONE", "+61 412 555 019"),
            ("DATE", "25 Nov"),
        ],
    ),
    (
        "Audit trail: chart of FERREIRA, ANA PAULA (MRN 00917734) opened 11/26/2026 02:14 from 192.168.88.41 by user "
        "jmcallister; break-the-glass reason 'ED consult'. Flagged by privacy office.",
        [
            ("NAME", "FERREIRA, ANA PAULA"),
            ("MRN", "00917734"),
            ("DATE", "11/26/2026"),
            ("IP", "192.168.88.41"),
            ("NAME", "jmcallister"),
        ],
    ),
    (
        "From: Kavita Reddy <kavita.reddy@northshoreeye.org>\nSent: Tuesday, 17 November 2026 10:02\nTo: Retina "
        "Scheduling <retina.sched@northshoreeye.org>\nCc: Liam O'Driscoll\nSubject: RE: pt Abimbola Adeyemi-Jones — "
        "move inj to next wk?\nCan we push her Eylea to 24/11? She is at her sister's in Wollongong until then.",
        [
            ("NAME", "Kavita Reddy"),
            ("EMAIL", "kavita.reddy@northshoreeye.org"),
            ("DATE", "17 November 2026"),
            ("EMAIL", "retina.sched@northshoreeye.org"),
            ("NAME", "Liam O'Driscoll"),
            ("NAME", "Abimbola Adeyemi-Jones"),
            ("DATE", "24/11"),
            ("ADDRESS", "Wollongong"),
        ],
    ),
    (
        "Results released to portal: https://mychart.example-health.org/MyChart/Visits/VisitDetails?csn=8812047713 "
        "(pt Winifred Ogunbiyi, 95). Pt's proxy (grandson Tobenna) has access.",
        [
            ("URL", "https://mychart.example-health.org/MyChart/Visits/VisitDetails?csn=8812047713"),
            ("NAME", "Winifred Ogunbiyi"),
            ("AGE", "95"),
            ("NAME", "Tobenna"),
        ],
    ),
    (
        "E-consult attachment uploaded by referrer (Dr Huong Pham): OCT PDF at "
        "https://refer.example-eyenet.com.au/case/55120/att/2 — login from 121.44.208.17. Pt: Bui Van Thanh, "
        "UR 7704412.",
        [
            ("NAME", "Huong Pham"),
            ("URL", "https://refer.example-eyenet.com.au/case/55120/att/2"),
            ("IP", "121.44.208.17"),
            ("NAME", "Bui Van Thanh"),
            ("MRN", "7704412"),
        ],
    ),
    (
        "Patient feedback form (online, submitted from 86.44.19.203): 'Nurse Ailbhe was lovely but waited 4 hours.' "
        "Name given: Dympna Gallagher, email dympnag1952@example.ie, tel 091 555 448.",
        [
            ("IP", "86.44.19.203"),
            ("NAME", "Ailbhe"),
            ("NAME", "Dympna Gallagher"),
            ("EMAIL", "dympnag1952@example.ie"),
            ("PHONE", "091 555 448"),
        ],
    ),
    (
        "Teleophthalmology (DR screening camp, Dharwad): images of Smt. Renuka Basavaraj Patil uploaded to "
        "http://tele.example-eye.in/upload?camp=DWD26&pid=00871 from camp laptop 10.0.0.37; grader Dr. Abhishek Joshi.",
        [
            ("ADDRESS", "Dharwad"),
            ("NAME", "Renuka Basavaraj Patil"),
            ("URL", "http://tele.example-eye.in/upload?camp=DWD26&pid=00871"),
            ("IP", "10.0.0.37"),
            ("NAME", "Abhishek Joshi"),
        ],
    ),
    (
        "pls see email below from pt's son:\n> From: rohan.mehta.88@gmail.com\n> my mom Usha Mehta (91) has "
        "appt on 12/3 but we r travelling. can we do 12/17 instead? her acct # 44-0918-2270",
        [
            ("EMAIL", "rohan.mehta.88@gmail.com"),
            ("NAME", "Usha Mehta"),
            ("AGE", "91"),
            ("DATE", "12/3"),
            ("DATE", "12/17"),
            ("ACCOUNT", "44-0918-2270"),
        ],
    ),
    (
        "Secure message log: Dr. Benedikt Hauser to dept inbox glaucoma@example-eyeinstitute.ca re pt Alisha "
        "Mahabir-Ramdial — 'IOP 38 on max meds, needs tube'. Sent from 142.58.77.9.",
        [
            ("NAME", "Benedikt Hauser"),
            ("EMAIL", "glaucoma@example-eyeinstitute.ca"),
            ("NAME", "Alisha Mahabir-Ramdial"),
            ("IP", "142.58.77.9"),
        ],
    ),
    # ---------------- devices / implants ----------------
    (
        "IMPLANT RECORD: Ahmed valve FP7, SN 2447-18830. Patient: Fatima Zahra El-Amrani, DOB 12/12/1961. Surgeon: "
        "Ingrid Solberg. Date of implant 20-Oct-2026.",
        [
            ("DEVICE", "2447-18830"),
            ("NAME", "Fatima Zahra El-Amrani"),
            ("DATE", "12/12/1961"),
            ("NAME", "Ingrid Solberg"),
            ("DATE", "20-Oct-2026"),
        ],
    ),
    (
        "Op note addendum: IOL AcrySof IQ SN60WF 21.0 D, serial no. 24618830.017 (sticker in notes). Pt Eamon "
        "Brophy. Scrub nurse Nkechi Uzor, circulating Hamish Grant. Phaco Centurion s/n 1104-77213.",
        [
            ("DEVICE", "24618830.017"),
            ("NAME", "Eamon Brophy"),
            ("NAME", "Nkechi Uzor"),
            ("NAME", "Hamish Grant"),
            ("DEVICE", "1104-77213"),
        ],
    ),
    (
        "Pt has cardiac pacemaker (Medtronic Azure, serial RNB448120S) — MRI orbits not possible; CT instead. "
        "Cardiology contact: Dr Oyebanji Lawal. Pt: Mr Norbert Esterhuizen, aged 91.",
        [
            ("DEVICE", "RNB448120S"),
            ("NAME", "Oyebanji Lawal"),
            ("NAME", "Norbert Esterhuizen"),
            ("AGE", "91"),
        ],
    ),
    (
        "Loaner home tonometer iCare HOME2 S/N TH-2208841 issued to Giulia Bernasconi on 11/16/2026; return by "
        "12/14/2026. Deposit receipt no. R-0045512.",
        [
            ("DEVICE", "TH-2208841"),
            ("NAME", "Giulia Bernasconi"),
            ("DATE", "11/16/2026"),
            ("DATE", "12/14/2026"),
            ("ACCOUNT", "R-0045512"),
        ],
    ),
    (
        "Keratoprosthesis (Boston KPro type I) device no. BK1-0871 implanted L; pt Moana Fa'amausili, NHI "
        "XHW4470, reviewed by Prof. Desmond Whitaker. Bandage CL 16 mm Kontur.",
        [
            ("DEVICE", "BK1-0871"),
            ("NAME", "Moana Fa'amausili"),
            ("MRN", "XHW4470"),
            ("NAME", "Desmond Whitaker"),
        ],
    ),
    # ---------------- eponym / ordinary-word traps ----------------
    (
        "Referred by Dr. Harold Graves for thyroid eye disease (Graves orbitopathy), CAS 4/7. Pt Dolores Amsler, "
        "67F, reports Amsler grid distortion OD. Daughter Hope drives her; hope to treat with IV steroids.",
        [
            ("NAME", "Harold Graves"),
            ("NAME", "Dolores Amsler"),
            ("NAME", "Hope"),
        ],
    ),
    (
        "Mr Coates (not Coats disease!) — Leonard Coates, 71, has exudative RD OS; Dr Eales queried Eales disease "
        "but vasculitis w/u negative.",
        [
            ("NAME", "Coates"),
            ("NAME", "Leonard"),
            ("NAME", "Coates"),
            ("NAME", "Eales"),
        ],
    ),
    (
        "pt's wife (Grace) says he 'can't see the telly' — grace period for drops explained. Mr Ebenezer "
        "Mensah-Bonsu, actually 96 per ID. hosp no K-447120.",
        [
            ("NAME", "Grace"),
            ("NAME", "Ebenezer Mensah-Bonsu"),
            ("AGE", "96"),
            ("MRN", "K-447120"),
        ],
    ),
    (
        "Keith Brown, 8M, L Brown syndrome confirmed on orthoptic assessment (Hess chart by orthoptist Iris "
        "Fairweather). Iris normal, no heterochromia. Mum Stacey present.",
        [
            ("NAME", "Keith Brown"),
            ("NAME", "Iris Fairweather"),
            ("NAME", "Stacey"),
        ],
    ),
    (
        "Best disease (vitelliform) in Ms Faith Bestwick, 23; genetic test for BEST1 sent. Family friend Ernest Best "
        "had told her it runs in families. Counselled by genetic counsellor Will Okonjo. Will review 3/12.",
        [
            ("NAME", "Faith Bestwick"),
            ("NAME", "Ernest Best"),
            ("NAME", "Will Okonjo"),
        ],
    ),
    (
        "Dr Fuchs-Lehmann (locum) noted Fuchs dystrophy with guttae; pt Wilhelmina Descemet-Hart (unusual name, "
        "checked ID) listed for DMEK. Reading glasses +2.50.",
        [
            ("NAME", "Fuchs-Lehmann"),
            ("NAME", "Wilhelmina Descemet-Hart"),
        ],
    ),
    (
        "Horner syndrome L (ptosis 2 mm, miosis), apraclonidine test +ve. Pt: Horner, Augustine P. — yes the same "
        "name, pt amused. Carotid dissection excluded by Dr Marcus Gunnarsson; no Marcus Gunn pupil.",
        [
            ("NAME", "Horner, Augustine P."),
            ("NAME", "Marcus Gunnarsson"),
        ],
    ),
    (
        "Sunny Akhtar (pt, 44) has Adie tonic pupil R; sunny days worsen glare. Seen with wife Rosemary. Rose "
        "bengal staining neg. Schirmer 12 mm.",
        [
            ("NAME", "Sunny Akhtar"),
            ("NAME", "Rosemary"),
        ],
    ),
    (
        "Stargardt pt Parker Reading-Hughes attends with brother Tennyson; ABCA4 confirmed. Reading speed 80 wpm. "
        "Pt's GP is Dr Lowell Stargard.",
        [
            ("NAME", "Parker Reading-Hughes"),
            ("NAME", "Tennyson"),
            ("NAME", "Lowell Stargard"),
        ],
    ),
    (
        "Behçet uveitis flare — Mrs Ayşe Demirtaş on infliximab (Remicade); her brother Behçet Demirtaş is also "
        "affected. Rheumatologist is Dr Selin Karaca. Next infusion 02/12/2026.",
        [
            ("NAME", "Ayşe Demirtaş"),
            ("NAME", "Behçet Demirtaş"),
            ("NAME", "Selin Karaca"),
            ("DATE", "02/12/2026"),
        ],
    ),
    # ---------------- clinic letters / misc ----------------
    (
        "CHI 1203438817\nMrs Morag Catriona MacLeod, 7 Tobermory Road, Portree, Isle of Skye IV51 9EX\nSeen in clinic "
        "18 Nov. Now 93 and living alone; Snellen 6/36 R, 6/12 L. Her nephew Calum MacLeod (tel 01478 612 554) will "
        "accompany next time.",
        [
            ("MRN", "1203438817"),
            ("NAME", "Morag Catriona"),
            ("NAME", "MacLeod"),
            ("ADDRESS", "7 Tobermory Road"),
            ("ADDRESS", "Portree"),
            ("ZIP", "IV51 9EX"),
            ("DATE", "18 Nov"),
            ("AGE", "93"),
            ("NAME", "Calum"),
            ("NAME", "MacLeod"),
            ("PHONE", "01478 612 554"),
        ],
    ),
    (
        "UHID: MH-2026-0448172  IP No: 26/11842  Name: Smt. Lakshmi Narayanan Iyer  Age/Sex: 91 Y/F  W/o Late Sri "
        "T. Narayanan Iyer  Addr: No. 12, 4th Cross, Malleswaram, Bengaluru 560003  Mob: +91 98450 33718  "
        "DOA: 19/11/2026  DOD: 21/11/2026  Consultant: Dr. Shalini Hegde (KMC Reg. 48211)",
        [
            ("MRN", "MH-2026-0448172"),
            ("MRN", "26/11842"),
            ("NAME", "Lakshmi Narayanan Iyer"),
            ("AGE", "91"),
            ("NAME", "T. Narayanan Iyer"),
            ("ADDRESS", "No. 12, 4th Cross"),
            ("ADDRESS", "Malleswaram"),
            ("ADDRESS", "Bengaluru"),
            ("ZIP", "560003"),
            ("PHONE", "+91 98450 33718"),
            ("DATE", "19/11/2026"),
            ("DATE", "21/11/2026"),
            ("NAME", "Shalini Hegde"),
            ("LICENSE", "48211"),
        ],
    ),
    (
        "Theatre list Thu — 1. O'SULLIVAN Peadar 0091772 R phaco LA; 2. NAKAMURA Yuki 0088410 L trab + MMC GA; "
        "3. ADEBISI-COLE Temitope 0102284 R EUA. Surgeon: Mr Aurelio Santangelo. Anaesth: Dr Petra Novotná.",
        [
            ("NAME", "O'SULLIVAN Peadar"),
            ("MRN", "0091772"),
            ("NAME", "NAKAMURA Yuki"),
            ("MRN", "0088410"),
            ("NAME", "ADEBISI-COLE Temitope"),
            ("MRN", "0102284"),
            ("NAME", "Aurelio Santangelo"),
            ("NAME", "Petra Novotná"),
        ],
    ),
    (
        "Injection log 26/11: OD aflibercept #14 — pt Hamid Rezaei-Tabrizi (URN 4471002) — batch on sticker — "
        "performed by ANP Joanna Kowalewska (NMC 09I4417E) — post-inj IOP 21, CF vision, discharged w/ wife.",
        [
            ("DATE", "26/11"),
            ("NAME", "Hamid Rezaei-Tabrizi"),
            ("MRN", "4471002"),
            ("NAME", "Joanna Kowalewska"),
            ("LICENSE", "09I4417E"),
        ],
    ),
    (
        "cc: Dr. Venkat Subbaraman, 2201 Lakeshore Rd W, Oakville ON L6L 1H1 (fax 905-555-0110); Mrs. Gwendolyn "
        "Arbuthnot (pt), 1020 Bay St Unit 1507, Toronto M5S 3A6.",
        [
            ("NAME", "Venkat Subbaraman"),
            ("ADDRESS", "2201 Lakeshore Rd W"),
            ("ADDRESS", "Oakville"),
            ("ZIP", "L6L 1H1"),
            ("FAX", "905-555-0110"),
            ("NAME", "Gwendolyn Arbuthnot"),
            ("ADDRESS", "1020 Bay St Unit 1507"),
            ("ADDRESS", "Toronto"),
            ("ZIP", "M5S 3A6"),
        ],
    ),
    (
        "Low vision assessment: 98-year-old widower, lives in sheltered housing at Flat 21, Cedar Court, Armagh "
        "BT61 7QA. Pt Wilfred Hanna; warden Orla McCann 028 3752 9914. Magnifier Eschenbach 4x issued.",
        [
            ("AGE", "98"),
            ("ADDRESS", "Flat 21, Cedar Court"),
            ("ADDRESS", "Armagh"),
            ("ZIP", "BT61 7QA"),
            ("NAME", "Wilfred Hanna"),
            ("NAME", "Orla McCann"),
            ("PHONE", "028 3752 9914"),
        ],
    ),
    (
        "CVI (certificate of vision impairment) completed for Mr Akinwale Ogundipe, NHS 401 223 9186, address 34 "
        "Windrush Sq, Brixton, London SW2 1EF. Signed by consultant Dr Helena Marchetti, GMC 7031184, on 27.11.26.",
        [
            ("NAME", "Akinwale Ogundipe"),
            ("MRN", "401 223 9186"),
            ("ADDRESS", "34 Windrush Sq"),
            ("ADDRESS", "Brixton"),
            ("ADDRESS", "London"),
            ("ZIP", "SW2 1EF"),
            ("NAME", "Helena Marchetti"),
            ("LICENSE", "7031184"),
            ("DATE", "27.11.26"),
        ],
    ),
    (
        "Interpreter log: Somali interpreter Faadumo Warsame (agency) for pt Abdirahman Hirsi Mohamed, "
        "MRN 61-22904; consent for L vitrectomy explained; pt signed 25/11/2026.",
        [
            ("NAME", "Faadumo Warsame"),
            ("NAME", "Abdirahman Hirsi Mohamed"),
            ("MRN", "61-22904"),
            ("DATE", "25/11/2026"),
        ],
    ),
    (
        "Safeguarding: child Kaiden Rowe-Hensley (DOB 30/06/2022) with bilateral retinal haemorrhages; mother "
        "Chantelle Rowe, partner Dean Hensley. SW Priyanka Gill 01632 960 418 informed; MASH referral made.",
        [
            ("NAME", "Kaiden Rowe-Hensley"),
            ("DATE", "30/06/2022"),
            ("NAME", "Chantelle Rowe"),
            ("NAME", "Dean Hensley"),
            ("NAME", "Priyanka Gill"),
            ("PHONE", "01632 960 418"),
        ],
    ),
    (
        "Ward round 27/11 — Prof. Ramachandran (RR), SpR Okafor-Bello, FY1 Ng; pt Mrs Edith Pemberton (ninety-"
        "four) — endophthalmitis L improving. RR/cn",
        [
            ("DATE", "27/11"),
            ("NAME", "Ramachandran"),
            ("NAME", "RR"),
            ("NAME", "Okafor-Bello"),
            ("NAME", "Ng"),
            ("NAME", "Edith Pemberton"),
            ("AGE", "ninety-four"),
            ("NAME", "RR"),
            ("NAME", "cn"),
        ],
    ),
    (
        "Mrs Edith Pemberton is ninety-four and lives with her son Gerald at 2 Mill Lane, Hebden Bridge HX7 8AD.",
        [
            ("NAME", "Edith Pemberton"),
            ("AGE", "ninety-four"),
            ("NAME", "Gerald"),
            ("ADDRESS", "2 Mill Lane"),
            ("ADDRESS", "Hebden Bridge"),
            ("ZIP", "HX7 8AD"),
        ],
    ),
    (
        "Clinic letter — Re: Bashir Ahmadzai, d.o.b. 11/04/1955, Hosp No. W0082217, 41 Canal Street, Ardwick, "
        "Manchester M12 6HP. Diagnosis: neovascular glaucoma R, PDR. Plan: anti-VEGF + PRP. Dictated AK/rs.",
        [
            ("NAME", "Bashir Ahmadzai"),
            ("DATE", "11/04/1955"),
            ("MRN", "W0082217"),
            ("ADDRESS", "41 Canal Street"),
            ("ADDRESS", "Ardwick"),
            ("ADDRESS", "Manchester"),
            ("ZIP", "M12 6HP"),
            ("NAME", "AK"),
            ("NAME", "rs"),
        ],
    ),
    (
        "Eye casualty: pt Ross McGlinchey (CHI 2107884412), assaulted, orbital blowout L. Lives 14/2 "
        "Dumbarton Rd, Partick, Glasgow G11 6PA. Police officer PC Ewan Drummond informed.",
        [
            ("NAME", "Ross McGlinchey"),
            ("MRN", "2107884412"),
            ("ADDRESS", "14/2 Dumbarton Rd"),
            ("ADDRESS", "Partick"),
            ("ADDRESS", "Glasgow"),
            ("ZIP", "G11 6PA"),
            ("NAME", "Ewan Drummond"),
        ],
    ),
    (
        "Diabetic retinopathy screening (DESP) result letter: Dear Mr Kofi Boateng-Addo, your photos taken on "
        "03/11/2026 show background retinopathy (R1M0). Call 0300 555 0188 with queries. Programme ID DES-448812.",
        [
            ("NAME", "Kofi Boateng-Addo"),
            ("DATE", "03/11/2026"),
            ("PHONE", "0300 555 0188"),
            ("MRN", "DES-448812"),
        ],
    ),
    (
        "Paeds ortho note: Ava-Grace Tawhiri (DOB 15/01/2021) patching 2 h/day; VA 0.3 logMAR R. Mum Ngaio says she "
        "rips the patch off at kōhanga. Orthoptist: Isobel Crichton. Lives Hastings 4120.",
        [
            ("NAME", "Ava-Grace Tawhiri"),
            ("DATE", "15/01/2021"),
            ("NAME", "Ngaio"),
            ("NAME", "Isobel Crichton"),
            ("ADDRESS", "Hastings"),
            ("ZIP", "4120"),
        ],
    ),
    (
        "GP letter (Qld): Re: Shirley Anne Wollaston, 90 y.o., 7 Bunya Pine Cres, Nambour 4560, Medicare 5120 "
        "88473 1. Please review ?GCA — jaw claudication, ESR 92. Dr Rohan de Silva, provider 4471882T.",
        [
            ("NAME", "Shirley Anne Wollaston"),
            ("AGE", "90"),
            ("ADDRESS", "7 Bunya Pine Cres"),
            ("ADDRESS", "Nambour"),
            ("ZIP", "4560"),
            ("INSURANCE", "5120 88473 1"),
            ("NAME", "Rohan de Silva"),
            ("LICENSE", "4471882T"),
        ],
    ),
    (
        "US ED note: Pt Jorge Luis Cabrera, 58, DOB 9/14/1968, address 4021 N Kedzie Ave #2, Chicago IL 60618, BCBS "
        "ID XOF882104719, group 2240871. Chief complaint: 'eye got hit by bungee cord'.",
        [
            ("NAME", "Jorge Luis Cabrera"),
            ("DATE", "9/14/1968"),
            ("ADDRESS", "4021 N Kedzie Ave #2"),
            ("ADDRESS", "Chicago"),
            ("ZIP", "60618"),
            ("INSURANCE", "XOF882104719"),
            ("INSURANCE", "2240871"),
        ],
    ),
    (
        "Consent witnessed by Nomvula Khumalo (HCA). Pt Perpetua Obiageli Nwankwo gave verbal consent for photos; "
        "husband Chinedu unable to attend. Sig: P.O.N. 11/21/26",
        [
            ("NAME", "Nomvula Khumalo"),
            ("NAME", "Perpetua Obiageli Nwankwo"),
            ("NAME", "Chinedu"),
            ("NAME", "P.O.N."),
            ("DATE", "11/21/26"),
        ],
    ),
    (
        "Retinal detachment urgent add-on: Tiago Fernandes-Lopes, 36, mac-on RD L, listed 28/11 2nd on list. "
        "Pt's phone 0412 555 760; partner Joaquim on 0412 555 761. Booked by Keisha (waiting list).",
        [
            ("NAME", "Tiago Fernandes-Lopes"),
            ("DATE", "28/11"),
            ("PHONE", "0412 555 760"),
            ("NAME", "Joaquim"),
            ("PHONE", "0412 555 761"),
            ("NAME", "Keisha"),
        ],
    ),
    (
        "Fax rec'd 13:22 from optom (fax 09 555 2231): 'Pls see Mrs Sushila Prasad urgently, wet AMD OS, 6/24.' "
        "Prasad household tel 09 555 2290. Triage: urgent 2/52 — LW",
        [
            ("FAX", "09 555 2231"),
            ("NAME", "Sushila"),
            ("NAME", "Prasad"),
            ("NAME", "Prasad"),
            ("PHONE", "09 555 2290"),
            ("NAME", "LW"),
        ],
    ),
    (
        "Pt: Kim Soo-jin (김수진), F, MRN 20-558127. Husband Park Jun-ho translating. Allergic to iodine. Dr. Agarwal "
        "(retina) and Dr. Lindqvist-Obi (uveitis) co-managing.",
        [
            ("NAME", "Kim Soo-jin"),
            ("NAME", "김수진"),
            ("MRN", "20-558127"),
            ("NAME", "Park Jun-ho"),
            ("NAME", "Agarwal"),
            ("NAME", "Lindqvist-Obi"),
        ],
    ),
    (
        "Nursing comment: pt refusing drops, says 'Dr. Mukherjee told me I dont need them'. Confirmed w/ Dr. "
        "Anirban Mukherjee that pt should continue. Daughter-in-law Rituparna on +91 90070 55128 informed.",
        [
            ("NAME", "Mukherjee"),
            ("NAME", "Anirban"),
            ("NAME", "Mukherjee"),
            ("NAME", "Rituparna"),
            ("PHONE", "+91 90070 55128"),
        ],
    ),
    (
        "Cataract pre-assessment: Mr Thomas Ekow Quaye, 90, lives alone at 71 Victoria Road, Surbiton KT6 4JX; "
        "neighbour Mrs Pauline Ridgeway has key. Pt's BP 168/92. Pre-op nurse: Olga Petrenko.",
        [
            ("NAME", "Thomas Ekow Quaye"),
            ("AGE", "90"),
            ("ADDRESS", "71 Victoria Road"),
            ("ADDRESS", "Surbiton"),
            ("ZIP", "KT6 4JX"),
            ("NAME", "Pauline Ridgeway"),
            ("NAME", "Olga Petrenko"),
        ],
    ),
    (
        "Eye ward whiteboard copy: B1 SHAH Jayantilal 93 — R CRAO, B2 EMPTY, B3 O'NEILL Teresa — L endophth, "
        "B4 MUSA Halima — post PPV posture. NIC: Cath.",
        [
            ("NAME", "SHAH Jayantilal"),
            ("AGE", "93"),
            ("NAME", "O'NEILL Teresa"),
            ("NAME", "MUSA Halima"),
            ("NAME", "Cath"),
        ],
    ),
    (
        "Optical dispensing: new specs for Olufunke Adesanya-Price, Rx R -4.25/-0.75x180 L -3.75 DS add +2.25; "
        "frames Ray-Ban RB5154. Invoice no. 7731045. Collect from 41 High St, Rugby CV21 3BW. Dispensed by FBDO "
        "Martin Keogh.",
        [
            ("NAME", "Olufunke Adesanya-Price"),
            ("ACCOUNT", "7731045"),
            ("ADDRESS", "41 High St"),
            ("ADDRESS", "Rugby"),
            ("ZIP", "CV21 3BW"),
            ("NAME", "Martin Keogh"),
        ],
    ),
    (
        "Bed manager: transfer of pt Zbigniew Kaczmarek (MRN 8840193) from St Vincent's to eye ward; ambulance "
        "rego YBK-441; ETA 1600; handover from RN Tanvi Srinivasan (AHPRA NMW0001884120).",
        [
            ("NAME", "Zbigniew Kaczmarek"),
            ("MRN", "8840193"),
            ("VEHICLE", "YBK-441"),
            ("NAME", "Tanvi Srinivasan"),
            ("LICENSE", "NMW0001884120"),
        ],
    ),
    (
        "Hx from pt: worked as long-haul trucker till 2019 (CDL revoked due to vision — licence no. D4417-20881-"
        "55120, Illinois). Pt: Clarence 'Buddy' Higgins, 93, widowed. VA HM OU.",
        [
            ("LICENSE", "D4417-20881-55120"),
            ("NAME", "Clarence 'Buddy' Higgins"),
            ("AGE", "93"),
        ],
    ),
    (
        "Pt portal: 'dear eye clinic my name is olumide adeyemi i live at flat 5b, 22 granby st, leicester le1 6fb "
        "and i have not recieved my appointment letter. my nhs number is 612 448 9912'",
        [
            ("NAME", "olumide adeyemi"),
            ("ADDRESS", "flat 5b, 22 granby st"),
            ("ADDRESS", "leicester"),
            ("ZIP", "le1 6fb"),
            ("MRN", "612 448 9912"),
        ],
    ),
    (
        "Eye bank: donor cornea for pt Lucía Fernández-Ortiz (recipient ID R-26-0871) — tissue on sticker; "
        "donor age 58. Surgeon Dr. Pieter Groenewald. Surgery 12/01/2026.",
        [
            ("NAME", "Lucía Fernández-Ortiz"),
            ("MRN", "R-26-0871"),
            ("NAME", "Pieter Groenewald"),
            ("DATE", "12/01/2026"),
        ],
    ),
    (
        "SMS reminder log: 'Hi Nirmal, reminder of your eye appt on Mon 30 Nov 9:40am at Level 2. Reply Y to "
        "confirm.' sent to 0421 555 381 — delivered. Reply from pt: 'Y thx. will my wife Harjit come in w/ me?'",
        [
            ("NAME", "Nirmal"),
            ("DATE", "30 Nov"),
            ("PHONE", "0421 555 381"),
            ("NAME", "Harjit"),
        ],
    ),
    (
        "Neuro-ophth letter: Dear Dr Ó Ceallaigh, I saw your patient Aisling Ní Mhurchú (DOB 3/3/1992, MRN "
        "A0771224) with IIH. LP opening pressure 34 cmH2O. She lives at 12 Sráid an Mhuilinn, Galway H91 X2C4.",
        [
            ("NAME", "Ó Ceallaigh"),
            ("NAME", "Aisling Ní Mhurchú"),
            ("DATE", "3/3/1992"),
            ("MRN", "A0771224"),
            ("ADDRESS", "12 Sráid an Mhuilinn"),
            ("ADDRESS", "Galway"),
            ("ZIP", "H91 X2C4"),
        ],
    ),
    (
        "Complaint (PALS): Mr Desmond Achterberg (aged 95) states he waited 6 h; son Hendrik "
        "Achterberg, hendrik.achterberg@example.nl, requests call on +31 6 5555 0412.",
        [
            ("NAME", "Desmond"),
            ("NAME", "Achterberg"),
            ("AGE", "95"),
            ("NAME", "Hendrik"),
            ("NAME", "Achterberg"),
            ("EMAIL", "hendrik.achterberg@example.nl"),
            ("PHONE", "+31 6 5555 0412"),
        ],
    ),
    (
        "Retinopathy of prematurity screen: Baby of Tahmina Akter (twin 1), NICU MRN 26N-00418, 29+3 wks GA, "
        "zone II stage 2 no plus. Next exam 1/52. Neonatologist Dr Jia Hui Tan.",
        [
            ("NAME", "Tahmina Akter"),
            ("MRN", "26N-00418"),
            ("NAME", "Jia Hui Tan"),
        ],
    ),
    (
        "Post-op check-in call (Canada): spoke to pt Amara Okonjo-Fraser at 780-555-0154; lives 10245 82 Ave NW, "
        "Edmonton T6E 2A3. Alberta PHN 33018-4471. Drops correct. No red flags. — C. Boucher RN",
        [
            ("NAME", "Amara Okonjo-Fraser"),
            ("PHONE", "780-555-0154"),
            ("ADDRESS", "10245 82 Ave NW"),
            ("ADDRESS", "Edmonton"),
            ("ZIP", "T6E 2A3"),
            ("INSURANCE", "33018-4471"),
            ("NAME", "C. Boucher"),
        ],
    ),
    (
        "Scanned doc index: 'Referral_Hoang_Minh_Duc_2026-11-09.pdf' — pt Hoang Minh Duc, MRN 7011928, uploaded "
        "by medical records clerk Bernadette Ogle.",
        [
            ("NAME", "Hoang_Minh_Duc"),
            ("DATE", "2026-11-09"),
            ("NAME", "Hoang Minh Duc"),
            ("MRN", "7011928"),
            ("NAME", "Bernadette Ogle"),
        ],
    ),
    (
        "Optometry note (Chennai): Pt Thiru. K. Arumugam, 92 yrs, PIN 600041, Thiruvanmiyur; grandson Karthik "
        "accompanied. Ayushman card 4412-7780-1193. Ref to Dr. Meenakshi Sundaram for YAG capsulotomy.",
        [
            ("ADDRESS", "Chennai"),
            ("NAME", "K. Arumugam"),
            ("AGE", "92"),
            ("ZIP", "600041"),
            ("ADDRESS", "Thiruvanmiyur"),
            ("NAME", "Karthik"),
            ("INSURANCE", "4412-7780-1193"),
            ("NAME", "Meenakshi Sundaram"),
        ],
    ),
    (
        "Letter from pt's solicitor (NI): Re our client Mrs Roisin McAteer, 18 Glen Road, Newry BT34 2QP; accident "
        "on 9 Aug 2026 involving bus reg. DLZ 4417. Kindly forward records to Conleth Hughes, fax 028 3025 6611.",
        [
            ("NAME", "Roisin McAteer"),
            ("ADDRESS", "18 Glen Road"),
            ("ADDRESS", "Newry"),
            ("ZIP", "BT34 2QP"),
            ("DATE", "9 Aug 2026"),
            ("VEHICLE", "DLZ 4417"),
            ("NAME", "Conleth Hughes"),
            ("FAX", "028 3025 6611"),
        ],
    ),
    (
        "Prior auth portal entry: case https://pa.example-payer.com/cases/PA26-558102 opened for Latisha Greenberg "
        "(member 88410-2276-01) by office mgr Yolanda Price; faxed LMN to 1-800-555-0133.",
        [
            ("URL", "https://pa.example-payer.com/cases/PA26-558102"),
            ("NAME", "Latisha Greenberg"),
            ("INSURANCE", "88410-2276-01"),
            ("NAME", "Yolanda Price"),
            ("FAX", "1-800-555-0133"),
        ],
    ),
    (
        "WiFi access for visiting ophthalmologist Dr Ekaterina Volkova granted: guest IP 10.200.14.88, MAC not "
        "recorded. She is reviewing pt Percival Ashdown-Moss (aged 101) at 14:00.",
        [
            ("NAME", "Ekaterina Volkova"),
            ("IP", "10.200.14.88"),
            ("NAME", "Percival Ashdown-Moss"),
            ("AGE", "101"),
        ],
    ),
    (
        "Clinic outcome form: pt Alinta Jarrah Watson, DOB 21/04/1984, 15 Stuart Hwy, Katherine NT 0850; "
        "outreach clinic, Aboriginal health worker Lowanna Briggs present. Trachoma screen neg.",
        [
            ("NAME", "Alinta Jarrah Watson"),
            ("DATE", "21/04/1984"),
            ("ADDRESS", "15 Stuart Hwy"),
            ("ADDRESS", "Katherine"),
            ("ZIP", "0850"),
            ("NAME", "Lowanna Briggs"),
        ],
    ),
    (
        "Admin note: Mr Yusuf Abdullahi's travel claim — taxi from Toxteth to clinic 3x, receipts total £54. "
        "Bank details NOT to be stored in EHR (sort code 40-77-12, acct 55120448).",
        [
            ("NAME", "Yusuf Abdullahi"),
            ("ADDRESS", "Toxteth"),
            ("ACCOUNT", "40-77-12"),
            ("ACCOUNT", "55120448"),
        ],
    ),
]

CLEAN = [
    "Visual acuity 6/9 right, 6/12 left, improving with pinhole.",
    "IOP 17 mmHg OD and 19 mmHg OS by Goldmann applanation at 10:40.",
    "Anterior segment quiet, no cells or flare, deep and formed anterior chamber.",
    "Dilated fundus exam shows mild non-proliferative diabetic retinopathy without macular oedema.",
    "Cup-to-disc ratio 0.6 right and 0.7 left with inferior rim thinning on the left.",
    "OCT macula: central subfield thickness 312 microns, intraretinal fluid temporal to fovea.",
    "Plan: aflibercept 2 mg intravitreal injection left eye today, review in 4/52.",
    "Patient reports gradual blurring of distance vision over the past year, worse at night.",
    "No flashes, no floaters, no curtain, no pain, no redness.",
    "Advised to return immediately if sudden loss of vision or new floaters.",
    "Pupils equal and reactive, no relative afferent pupillary defect.",
    "Extraocular movements full, no diplopia in primary position.",
    "Lids and lashes: mild anterior blepharitis, meibomian gland dysfunction.",
    "Tear break-up time 5 seconds both eyes; punctate staining inferior cornea.",
    "Started on preservative-free lubricants four times daily and warm compresses.",
    "Humphrey 24-2 shows a superior arcuate defect in the left eye, reliable test.",
    "Gonioscopy: open angles to ciliary body band 360 degrees, no PAS.",
    "Phacoemulsification with in-the-bag IOL, uneventful, posterior capsule intact.",
    "Post-op day 1: cornea clear, AC 1+ cells, IOL centred, IOP 22.",
    "Continue dexamethasone drops four times daily for one week then taper over four weeks.",
    "Discussed risks of injection including infection, raised pressure and retinal detachment.",
    "Patient consented verbally and in writing after questions answered.",
    "Refraction: -2.25/-0.50 x 90 right, -1.75 DS left, add +2.50.",
    "Biometry axial length 24.12 mm right, 24.09 mm left; target emmetropia.",
    "Fluorescein angiography shows late leakage consistent with classic CNV.",
    "Colour vision full on Ishihara plates both eyes.",
    "Confrontation fields full to finger counting in all quadrants.",
    "Optic discs pink, well-defined margins, no swelling.",
    "Macula flat with drusen, no haemorrhage, no subretinal fluid.",
    "Peripheral retina flat 360 degrees with indentation, no breaks seen.",
    "Laser retinopexy applied around a horseshoe tear at 11 o'clock, three rows.",
    "Advised to avoid heavy lifting and swimming for two weeks.",
    "Triage category: urgent, to be seen within 24 hours.",
    "Nurse instilled tropicamide 1% both eyes at 09:20, dilated by 09:50.",
    "Patient tolerated the procedure well and left the department with a relative.",
    "Blood glucose 7.8 mmol/L, blood pressure 138/82 at the time of the visit.",
    "Referral accepted to the glaucoma clinic, routine priority.",
    "Emergency department note: corneal abrasion left eye from a fingernail, fluorescein positive.",
    "Chloramphenicol ointment four times daily for five days; no patching.",
    "Plan to repeat visual fields in six months and OCT of the nerve fibre layer.",
    "Family history of glaucoma in a parent; no family history of retinal disease.",
    "Smokes ten cigarettes a day; advised to stop given risk to the macula.",
    "Works as a delivery driver; discussed driving standards for vision.",
    "Interpreter used throughout the consultation.",
    "Herpes zoster ophthalmicus with Hutchinson sign, started oral aciclovir.",
    "Uveitis screen sent: full blood count, ACE, syphilis serology, chest X-ray.",
    "Patient is anxious about injections; offered topical anaesthetic gel and a stress ball.",
    "Visual acuity unchanged from the previous visit; stable disease.",
    "Macular hole stage 3, 420 microns, listed for vitrectomy and gas.",
    "Post-vitrectomy posturing face down for five days, fifty minutes in each hour.",
    "Bandage contact lens inserted for recurrent erosion; review in one week.",
    "Topography shows inferior steepening with asymmetric bowtie.",
    "Prescribed spectacles for reading; no ocular pathology found.",
    "Child fixes and follows with each eye, central steady and maintained.",
    "Cover test: small-angle esotropia at near, controlled at distance.",
    "Occlusion therapy two hours daily for the right eye.",
    "Cycloplegic refraction +3.50 DS both eyes.",
    "The telephone clinic was unable to reach the patient after two attempts; letter sent.",
    "Patient did not attend; second appointment offered as per policy.",
    "Consent form signed, site marked, allergies checked, WHO checklist completed.",
    "Local anaesthetic sub-Tenon block given without complication.",
    "Prescription sent to the community pharmacy electronically.",
    "Capsulotomy with YAG laser, 1.8 mJ, 42 shots, IOP checked one hour later.",
    "Endothelial cell count 2450 cells/mm2 right, 2380 left.",
    "Central corneal thickness 548 microns right and 552 left.",
    "Temporal artery biopsy booked; prednisolone 60 mg started today.",
    "Advised to keep a headache diary and return if symptoms worsen.",
    "Diabetic eye screening grade R2M1, referred to the hospital eye service.",
    "Patient prefers morning appointments because of public transport.",
    "Patient reports the drops sting but is using them twice daily as directed.",
    "Ptosis of the left upper lid, levator function 12 mm, no fatigability.",
    "Proptosis 22 mm right, 18 mm left on exophthalmometry.",
    "Orbital CT shows enlarged inferior and medial rectus muscles.",
    "Retinal vein occlusion with macular oedema; plan monthly injections for three months.",
    "Hyphema grade 1, head elevation and rest advised, review tomorrow.",
    "Eyelid laceration repaired under local anaesthetic with 6-0 sutures.",
    "Contact lens wearer with a peripheral infiltrate; cultures taken before antibiotics.",
    "Hourly moxifloxacin drops day and night for the first 48 hours.",
    "Vision is good enough for driving on today's assessment.",
    "Low vision aids demonstrated; referred to the eye clinic liaison officer.",
]

CLEAN_STRESS = [
    "Graves orbitopathy, clinical activity score 4/7, started IV methylprednisolone 500 mg weekly.",
    "Amsler grid shows metamorphopsia centrally; Watzke-Allen test positive.",
    "Fuchs endothelial dystrophy with confluent guttae; listed for DMEK with Descemet stripping.",
    "Best vitelliform macular dystrophy, BEST1 variant, electro-oculogram Arden ratio 1.2.",
    "Coats disease with telangiectatic vessels and exudation in the temporal periphery.",
    "Adie tonic pupil, light-near dissociation, pilocarpine 0.1% constricts.",
    "Horner syndrome confirmed with apraclonidine; Marcus Gunn pupil absent.",
    "Brown syndrome on the left with limited elevation in adduction.",
    "Stargardt disease with flecks and a dark choroid; ABCA4 testing requested.",
    "Behçet disease with occlusive retinal vasculitis; Vogt-Koyanagi-Harada considered and excluded.",
    "Posner-Schlossman syndrome, IOP 48 mmHg, few fine KPs, Krukenberg spindle absent.",
    "Kayser-Fleischer ring on gonioscopy, Wilson disease suspected, copper studies sent.",
    "Snellen 6/6, Ishihara 17/17, Humphrey 24-2 SITA Fast, Goldmann kinetic perimetry normal.",
    "Eylea 2 mg, Lucentis 0.5 mg, Vabysmo 6 mg and Beovu 6 mg discussed as options.",
    "Tecnis ZCB00 +21.5 D in the bag; AcrySof SN60WF as backup; Alcon Centurion phaco.",
    "Zeiss IOLMaster 700 and Haag-Streit Lenstar gave axial lengths within 0.05 mm.",
    "Software updated to version 6.0.2.81 on the Heidelberg Spectralis; firmware 2.4.1.",
    "Will review in 6/52; May need laser if Hope of spontaneous resolution fades.",
    "Iris atrophy and a Rose bengal positive cornea; Reading glasses +2.00.",
    "Patient travelled from Queensland and previously lived in Ontario, Punjab and Kerala.",
    "Referred from a clinic in Northern Ireland; previously treated in the Republic of Ireland.",
    "Holidaying in New South Wales, then flying to British Columbia for six months.",
    "Follow-up 4/12, 2/7 post-op check, 1/52 pressure check, 3/12 fields.",
    "Ratio 0.7 cup-disc, 20/40 vision, 1/60 at best, 3/60 with pinhole.",
    "Dose: prednisolone 1 mg/kg, max 60 mg; taper by 10 mg every 5 days.",
    "Timolol 0.5% 1 drop bd, Cosopt bd, Lumigan nocte, Diamox SR 250 mg bd.",
    "Ozurdex 700 microgram implant; Iluvien 190 microgram considered for chronic DMO.",
    "Argyll Robertson pupils, VDRL sent, treponemal antibodies pending.",
    "Hess chart and Bielschowsky head tilt test confirm a right superior oblique palsy.",
    "Mooren ulcer versus Terrien marginal degeneration; Schirmer test 4 mm.",
    "Stevens-Johnson syndrome sequelae with symblepharon; Sjögren syndrome ruled out.",
    "Purtscher retinopathy after chest compression; Terson syndrome after subarachnoid haemorrhage.",
    "Dalen-Fuchs nodules and Vossius ring noted in the trauma clinic.",
    "Tenon cyst over the bleb; Seidel test negative; Schlemm canal stent in situ.",
    "Grace period on the prescription, Faith in the plan, Sunny outlook, Will to continue.",
    "Mark the site, Bill the procedure code, Rob the patient of no time, Chase the results.",
    "Leber hereditary optic neuropathy mutation m.11778G>A; Leber congenital amaurosis excluded.",
    "Marfan syndrome with superotemporal lens subluxation; Ehlers-Danlos considered.",
    "Irvine-Gass cystoid macular oedema treated with ketorolac and Pred Forte.",
    "Foster Kennedy syndrome unlikely; Parinaud syndrome excluded on MRI.",
]

ARGUABLE = [
    "Riverside Medical Practice",
    "Stepping Hill",
    "Eye Casualty",
    "Keystone Senior Advantage",
    "Star Health",
    "Lakeshore Family Health Team",
    "Tri-County Welding",
    "Pillay & Naidoo Solicitors",
    "Ballymena Health Centre",
    "St Vincent's",
    "AARP",
    "BCBS",
    "RAMQ",
    "Thames Valley",
    "Isle of Skye",
    "Wick outreach clinic",
    "ECHS",
    "CGHS",
]
