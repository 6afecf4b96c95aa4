"""Held-out de-identification review set v3 for free-text ophthalmology notes.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or any earlier review set; the only project
file read was ``bench/deid_sets/score.py``, for the format. The de-identifier was not run on
this set while it was written.

All people, numbers, addresses and contact details are invented. Snippets imitate clinic
letters, referrals, imaging reports, injection logs, theatre lists, nursing/triage notes,
telephone and e-mail notes, discharge summaries, structured headers, flattened tables and
short jottings from the UK (England, Scotland, Wales, Northern Ireland), Ireland, the US,
Canada, Australia, New Zealand, India, Singapore, South Africa, Nigeria and Kenya.

Annotation choices
------------------
* NAME: every person (patients, relatives, carers, interpreters, staff of any grade), marked
  without titles or honorifics (Dr, Mr, Mrs, Ms, Mme, Smt., Mdm, Encik, Puan, Chief, Sr, Baby
  Boy ...) and without post-nominals (MD, OD, RN, FBDO ...). Initials used as a signature or as
  a person's name (``SN``, ``jw``, ``AK/rs`` references) are NAME. "Surname, Given" and
  table cells like "JONES Barry" are one span. Relationship particles such as "bin", "binti",
  "s/o", "w/o" between two names split them into two spans; surname particles (van der, du,
  ap, Ní, Mac, Ó, de) belong to the name. When a surname recurs in a snippet, the given name
  and surname are marked as separate spans so that each occurrence is marked once.
* DATE: anything more specific than a year, including day/month without a year (``11/11``,
  ``14 Aug``) and month+year. Weekdays alone, times of day, bare years and durations are not
  marked. Follow-up intervals (6/52, 4/12, 2/7), Snellen/Ishihara fractions, refractions and
  gestational ages are not dates.
* AGE: only ages over 89, marked as just the number (``93``, ``ninety-three``); ages up to 89
  are left unmarked and count as clean text.
* MRN: hospital / unit / UR / folder / CR / UHID / MRD / IP / patient-ID numbers, and national
  patient numbers used as record numbers (NHS number, CHI, H&C, NZ NHI).
* INSURANCE: health-insurance, medical-aid, Medicare/Medicaid/MBI, health-card (OHIP, BC PHN),
  NHIF, NHIS, PM-JAY and group numbers. ACCOUNT: billing account, financial (FIN) / encounter
  billing and invoice numbers.
* LICENSE: driving-licence numbers and professional registration numbers (GMC, GOC, NMC, MCRN,
  AHPRA, NMBA, CPSO, HPCSA, MDCN, KMPDC, state licence, Indian medical council).
* DEVICE: serial numbers of implants and devices (not model names such as SN60WF or ZCB00).
* VEHICLE: registration plates and VINs. IP: IP addresses. URL: web links specific to a
  patient/visit. EMAIL: every e-mail address, personal or departmental. PHONE / FAX: every
  telephone or fax number, including switchboards and mobiles.
* ADDRESS: a street line (house number, flat/apartment/block, street, P.O. Box) is one span;
  each town, city, suburb, township, district or county is its own span; ZIP is the postcode
  alone. Countries, states, provinces, Australian states, Indian states and large regions are
  not marked. Singapore is treated as a country.
* ARGUABLE: hospital, clinic, practice, health-service, insurer/HMO names (some of which contain
  place or person names, e.g. "Chris Hani Baragwanath", "Dr. Rajendra Prasad Centre"), and one island
  council area ("Western Isles").
* Deliberate traps inside POSITIVE: a word that is a name in one place and an ordinary word in
  another ("With Rose (granddaughter) today. Rose bengal ...") is marked only where it is a name;
  "17/42 Barkly Street" and "MRD No. 45/2291" look like fractions but are identifiers; four-part
  numbers (IPs) sit next to acuity fractions and doses.
* CLEAN: eponymous diseases, signs, tests, instruments and procedures; drug, IOL and device
  brand names and models; services and departments; countries and regions; acuity and colour
  fractions, follow-up intervals, doses, times, clock-hour positions, laboratory values,
  refractions, biometry, four-part software versions; and ordinary words that are also names
  (Will, May, Hope, Mark, Iris, Rose, Reading, Brown, Best ...), used as words.
"""

POSITIVE = [
    # ---------------------------------------------------------------- UK (NHS) ----------
    (
        "Dear Dr Patel,\nRe: Mrs Eileen Hargreaves, DOB 14/02/1938, NHS No 186 091 3903\n"
        "I reviewed Mrs Hargreaves in the Medical Retina clinic on 3 March 2025; the right CNV remains inactive.",
        [
            ("NAME", "Patel"),
            ("NAME", "Eileen"),
            ("NAME", "Hargreaves"),
            ("DATE", "14/02/1938"),
            ("MRN", "186 091 3903"),
            ("NAME", "Hargreaves"),
            ("DATE", "3 March 2025"),
        ],
    ),
    (
        "Patient: OKONKWO, Chiamaka   Hosp No: RM2290417   DOB: 1961-09-23   Clinic: Glaucoma (Mr Fairweather)",
        [("NAME", "OKONKWO, Chiamaka"), ("MRN", "RM2290417"), ("DATE", "1961-09-23"), ("NAME", "Fairweather")],
    ),
    (
        "Date | Eye | Drug | Injector\n07/01/25 | LE | aflibercept 2mg | SN (ANP)\n04/02/25 | LE | aflibercept 2mg | Dr Mwangi",
        [("DATE", "07/01/25"), ("NAME", "SN"), ("DATE", "04/02/25"), ("NAME", "Mwangi")],
    ),
    (
        "List 2, Theatre 4 (am): 1. Brian Cole, 79M, R phaco + IOL, hosp no 7712093. "
        "2. Agnieszka Nowak-Wiśniewska, 66F, L trab + MMC, hosp no 7720115. "
        "Surgeon Ms Ahluwalia; anaesthetist Dr de Villiers.",
        [
            ("NAME", "Brian Cole"),
            ("MRN", "7712093"),
            ("NAME", "Agnieszka Nowak-Wiśniewska"),
            ("MRN", "7720115"),
            ("NAME", "Ahluwalia"),
            ("NAME", "de Villiers"),
        ],
    ),
    (
        "Eye Casualty triage 02:15. 34M, oven-cleaner splash to L eye at work, irrigated 2 L, pH 7.5 after. "
        "Brought in by partner Dean Whitlock, contact 07700 900418. Seen by ENP Roisin.",
        [("NAME", "Dean Whitlock"), ("PHONE", "07700 900418"), ("NAME", "Roisin")],
    ),
    (
        "Tel call from daughter (Sharon) 11/11 - mum has run out of Cosopt and the GP surgery wants a hospital letter. "
        "Advised to ring the Glaucoma Helpline on 0161 701 4433. LT",
        [("NAME", "Sharon"), ("DATE", "11/11"), ("PHONE", "0161 701 4433"), ("NAME", "LT")],
    ),
    (
        "Advised not to drive. He holds a Group 2 licence (driver number WHITL702164DW9AB) and must inform the DVLA himself.",
        [("LICENSE", "WHITL702164DW9AB")],
    ),
    (
        "Discharge summary, Ward 7 (Ophthalmology). Mr Terence O'Donnell was admitted 21/08/2024 with right "
        "endophthalmitis after cataract surgery and discharged 27/08/2024 on hourly Pred Forte. "
        "GP: Dr F. Lindqvist, Ashgrove Surgery.",
        [("NAME", "Terence O'Donnell"), ("DATE", "21/08/2024"), ("DATE", "27/08/2024"), ("NAME", "F. Lindqvist")],
    ),
    (
        "GOS18 referral from Kelly Marsh MCOptom (GOC 01-23817), Specsavers Hexham: 58F with IOPs 28/30 mmHg and suspicious discs.",
        [("NAME", "Kelly Marsh"), ("LICENSE", "01-23817")],
    ),
    (
        "Mrs Patricia Ann Lowther\n14 Brackenwood Close\nWhickham\nNewcastle upon Tyne\nNE16 5XQ",
        [
            ("NAME", "Patricia Ann Lowther"),
            ("ADDRESS", "14 Brackenwood Close"),
            ("ADDRESS", "Whickham"),
            ("ADDRESS", "Newcastle upon Tyne"),
            ("ZIP", "NE16 5XQ"),
        ],
    ),
    (
        "CHI 0206471238. Alasdair MacLeod, 78, from Stornoway, was referred through the Western Isles teleophthalmology link.",
        [("MRN", "0206471238"), ("NAME", "Alasdair MacLeod"), ("ADDRESS", "Stornoway")],
    ),
    (
        "Email from patient (jackie.fenwick62@btinternet.com) at 09:12: 'still seeing the floaters and a grey curtain at the top'. "
        "Called back by Sr Adebayo-Okafor and told to attend today.",
        [("EMAIL", "jackie.fenwick62@btinternet.com"), ("NAME", "Adebayo-Okafor")],
    ),
    (
        "Orthoptic review: Harvey (dob 02.05.2019) attended with his mum, Gemma Yates. VA with glasses 0.200 R, 0.100 L "
        "(Kay pictures). Patching 2 hrs/day to continue. H. Bhatt, Orthoptist",
        [("NAME", "Harvey"), ("DATE", "02.05.2019"), ("NAME", "Gemma Yates"), ("NAME", "H. Bhatt")],
    ),
    (
        "OCT macula (Spectralis) 12-Jun-2024, operator jw, patient ID 00873321. R: CST 298 µm, SRF resolved. L: GA stable.",
        [("DATE", "12-Jun-2024"), ("NAME", "jw"), ("MRN", "00873321")],
    ),
    (
        "Her son Rhodri ap Gwilym came along to translate, although Mrs Gwenllian ap Gwilym prefers to speak Welsh.",
        [("NAME", "Rhodri ap Gwilym"), ("NAME", "Gwenllian ap Gwilym")],
    ),
    (
        "Security note: patient's car (reg LK68 FNV) left in the ambulance bay while she was dilated; porter Stelian moved it.",
        [("VEHICLE", "LK68 FNV"), ("NAME", "Stelian")],
    ),
    (
        "pt dilated ++ tell mr pearson he cant drive home, wife collecting at 4",
        [("NAME", "pearson")],
    ),
    (
        "H&C No. 342 366 7125. Ciaran McGlinchey, a taxi driver from Derry, attends with recurrent herpetic keratitis.",
        [("MRN", "342 366 7125"), ("NAME", "Ciaran McGlinchey"), ("ADDRESS", "Derry")],
    ),
    (
        "Our ref: AK/rs   Your ref: JB\nDictated 14/10/24 by Mr A. Kapoor, Consultant Ophthalmic Surgeon; typed 17/10/24.",
        [
            ("NAME", "AK"),
            ("NAME", "rs"),
            ("NAME", "JB"),
            ("DATE", "14/10/24"),
            ("NAME", "A. Kapoor"),
            ("DATE", "17/10/24"),
        ],
    ),
    (
        "Pre-op assessment 18/09/2024 (nurse Bernadette). INR 2.3 on 16/09, warfarin continued after discussion with haematology.",
        [("DATE", "18/09/2024"), ("NAME", "Bernadette"), ("DATE", "16/09")],
    ),
    (
        "Okafor reports two weeks of diplopia on right gaze. Dr Bailey's impression is a partial sixth nerve palsy.",
        [("NAME", "Okafor"), ("NAME", "Bailey")],
    ),
    (
        "Present at MDT: Mo, Priya, Dr Lee, JK and the glaucoma specialist nurse (Hannah Clough).",
        [("NAME", "Mo"), ("NAME", "Priya"), ("NAME", "Lee"), ("NAME", "JK"), ("NAME", "Hannah Clough")],
    ),
    (
        "NMC PIN 12A3456E. Injection performed by Sister Joy Bishop under PGD; no complications.",
        [("LICENSE", "12A3456E"), ("NAME", "Joy Bishop")],
    ),
    (
        "Flat 2, 61 Heaton Moor Road, Stockport SK4 4HY. Lives alone; her nephew Will Hunter checks on her daily.",
        [
            ("ADDRESS", "Flat 2, 61 Heaton Moor Road"),
            ("ADDRESS", "Stockport"),
            ("ZIP", "SK4 4HY"),
            ("NAME", "Will Hunter"),
        ],
    ),
    (
        "Reviewed by Mr Oluwaseun Adeyemi (GMC 7065432), locum consultant, on the 5th of January.",
        [("NAME", "Oluwaseun Adeyemi"), ("LICENSE", "7065432"), ("DATE", "5th of January")],
    ),
    (
        "Fax back to the practice on 01904 726 118, att. Dr Rachel Fenn.",
        [("FAX", "01904 726 118"), ("NAME", "Rachel Fenn")],
    ),
    (
        "Visual field operator: Lucy; reliability poor (FP 22%). Repeat booked for 9 Dec with Tomasz.",
        [("NAME", "Lucy"), ("DATE", "9 Dec"), ("NAME", "Tomasz")],
    ),
    (
        "Cataract waiting list letter: MR DAVID BROWN, 9 CHURCH LANE, LITTLE BUDWORTH, CW6 9EY. Listed L phaco, priority P3.",
        [("NAME", "DAVID BROWN"), ("ADDRESS", "9 CHURCH LANE"), ("ADDRESS", "LITTLE BUDWORTH"), ("ZIP", "CW6 9EY")],
    ),
    (
        "Safeguarding: mother (Chelsea Dunne, 19) did not bring Kai to the last three ROP follow-ups; health visitor informed.",
        [("NAME", "Chelsea Dunne"), ("NAME", "Kai")],
    ),
    (
        "Sorry, I meant Mrs Begum in bay 3, not Mrs Bibi; Shahida Begum is the one for the left vitrectomy.",
        [("NAME", "Begum"), ("NAME", "Bibi"), ("NAME", "Shahida Begum")],
    ),
    (
        "A 96-year-old lady from a care home in Bridlington with bilateral dry AMD and Charles Bonnet hallucinations.",
        [("AGE", "96"), ("ADDRESS", "Bridlington")],
    ),
    (
        "Diabetic eye screening: R2 M1 left, referred urgently. Grader: K. Szymańska. Patient NHS no. 996 030 8243.",
        [("NAME", "K. Szymańska"), ("MRN", "996 030 8243")],
    ),
    # ---------------------------------------------------------------- US -----------------
    (
        "CHIEF COMPLAINT: 72 y/o F, Mrs. Dolores Figueroa-Ramírez, MRN 004518822, here for IVI f/u OS. "
        "Referred by Nathan Greenberg, MD (retina), (617) 555-0134.",
        [
            ("NAME", "Dolores Figueroa-Ramírez"),
            ("MRN", "004518822"),
            ("NAME", "Nathan Greenberg"),
            ("PHONE", "(617) 555-0134"),
        ],
    ),
    (
        "Insurance: BCBS PPO  Member ID: XJH884120337  Group #: 0049381  Acct #: 7720019834  DOS: 04/17/2025",
        [("INSURANCE", "XJH884120337"), ("INSURANCE", "0049381"), ("ACCOUNT", "7720019834"), ("DATE", "04/17/2025")],
    ),
    (
        "Medicare MBI 1EG4-TE5-MK72; secondary Medicaid ID KT48213M. Pt is a 91 yo retired machinist from Yonkers, NY.",
        [("INSURANCE", "1EG4-TE5-MK72"), ("INSURANCE", "KT48213M"), ("AGE", "91"), ("ADDRESS", "Yonkers")],
    ),
    (
        "Address on file: 2210 W. Division St, Apt 3B, Chicago, IL 60622-4417. Home 773-555-0198, cell (312) 555-0176.",
        [
            ("ADDRESS", "2210 W. Division St, Apt 3B"),
            ("ADDRESS", "Chicago"),
            ("ZIP", "60622-4417"),
            ("PHONE", "773-555-0198"),
            ("PHONE", "(312) 555-0176"),
        ],
    ),
    (
        "MyChart message 3/14/25 from patient's wife Linda: 'Frank says the right eye is blurry again since Tuesday.' "
        "Routed to Dr. Oyelaran-Smith.",
        [("DATE", "3/14/25"), ("NAME", "Linda"), ("NAME", "Frank"), ("NAME", "Oyelaran-Smith")],
    ),
    (
        "OPERATIVE NOTE. Date of surgery: 09/22/2024. Surgeon: Rebecca Thornton, MD. Assistant: Kwame Asante, MD (PGY-3). "
        "Implant: Tecnis ZCB00 21.0 D, serial no. 2204718653. Anesthesia: MAC/topical.",
        [("DATE", "09/22/2024"), ("NAME", "Rebecca Thornton"), ("NAME", "Kwame Asante"), ("DEVICE", "2204718653")],
    ),
    (
        "FAX TO: Dr. Amir Haddad, Valley Retina Associates, fax (559) 555-0112. RE: GARCIA, MARIA L (DOB 11/30/1949). Pages: 4",
        [("NAME", "Amir Haddad"), ("FAX", "(559) 555-0112"), ("NAME", "GARCIA, MARIA L"), ("DATE", "11/30/1949")],
    ),
    (
        "PT NAME: WASHINGTON, DESHAWN T   DOB: 07/04/1988   PCP: CHEN, LI-WEI MD",
        [("NAME", "WASHINGTON, DESHAWN T"), ("DATE", "07/04/1988"), ("NAME", "CHEN, LI-WEI")],
    ),
    (
        "Home OCT monitor serial NV-HO-004417 last uploaded from 73.162.88.19 on 2/2/2025; no alerts.",
        [("DEVICE", "NV-HO-004417"), ("IP", "73.162.88.19"), ("DATE", "2/2/2025")],
    ),
    (
        "Video visit link sent: https://telehealth.uchealth.org/join/8f3k2q9x. Jerome Baptiste joined late from his car.",
        [("URL", "https://telehealth.uchealth.org/join/8f3k2q9x"), ("NAME", "Jerome Baptiste")],
    ),
    (
        "Lives with her granddaughter, Kayleigh, in a trailer outside Bakersfield and still drives despite 20/200 OU.",
        [("NAME", "Kayleigh"), ("ADDRESS", "Bakersfield")],
    ),
    (
        "Hmong interpreter Xiong Pao Vang used by phone. Tropicamide 1% and phenylephrine 2.5% OU instilled at 1345.",
        [("NAME", "Xiong Pao Vang")],
    ),
    (
        "Attestation: I saw and examined the patient. Lauren Beck, OD, license OD-11293 (TX).",
        [("NAME", "Lauren Beck"), ("LICENSE", "OD-11293")],
    ),
    (
        "ROP exam, NICU bed 12: Baby Boy Nguyen (twin B), GA 26+3, BW 780 g. Mother Thi Hoa Nguyen consented. Zone II stage 2, no plus.",
        [("NAME", "Nguyen"), ("NAME", "Thi Hoa Nguyen")],
    ),
    (
        "Iris Underwood returns for her 6-week check; iris neovascularization has regressed after PRP.",
        [("NAME", "Iris Underwood")],
    ),
    (
        "Seen Aug 3, 2024 and again 8/17/24 for a macula-on RD OS, repaired by Dr. Koenigsberg with SB + PPV.",
        [("DATE", "Aug 3, 2024"), ("DATE", "8/17/24"), ("NAME", "Koenigsberg")],
    ),
    (
        "VA Eye Clinic: Veteran Marcus Delaney, seen 10-Oct-2024 for service-connected field loss after blast TBI.",
        [("NAME", "Marcus Delaney"), ("DATE", "10-Oct-2024")],
    ),
    (
        "Per police report the vehicle (VIN 1HGCM82633A004352) was struck on the driver side; airbag injury caused the hyphema.",
        [("VEHICLE", "1HGCM82633A004352")],
    ),
    (
        "Encounter FIN 5100239918; pt phoned from 212.555.0147 asking about the bill for the Lucentis.",
        [("ACCOUNT", "5100239918"), ("PHONE", "212.555.0147")],
    ),
    (
        "Pt requests records be sent to her new ophthalmologist: Dr. Min-jun Park, 4500 Oak Grove Blvd, Suite 210, Sacramento, CA 95841.",
        [
            ("NAME", "Min-jun Park"),
            ("ADDRESS", "4500 Oak Grove Blvd, Suite 210"),
            ("ADDRESS", "Sacramento"),
            ("ZIP", "95841"),
        ],
    ),
    (
        "Scribe note: documentation by tb for Dr. Sorensen; reviewed and signed 1/9/2025 14:02.",
        [("NAME", "tb"), ("NAME", "Sorensen"), ("DATE", "1/9/2025")],
    ),
    (
        "Emergency contact: Rich Young (son-in-law) 505-555-0163; patient is hard of hearing.",
        [("NAME", "Rich Young"), ("PHONE", "505-555-0163")],
    ),
    # ---------------------------------------------------------------- Ireland ------------
    (
        "Eye Clinic, Mater Misericordiae University Hospital. Ms Aoife Ní Bhriain, MRN 1184527, seen 22/05/2024. GMS medical card 0456732T.",
        [("NAME", "Aoife Ní Bhriain"), ("MRN", "1184527"), ("DATE", "22/05/2024"), ("INSURANCE", "0456732T")],
    ),
    (
        "Address: 3 Glenageary Park, Dún Laoghaire, Co. Dublin, A96 K7N2.",
        [
            ("ADDRESS", "3 Glenageary Park"),
            ("ADDRESS", "Dún Laoghaire"),
            ("ADDRESS", "Co. Dublin"),
            ("ZIP", "A96 K7N2"),
        ],
    ),
    (
        "Dear Dr Ó Súilleabháin, thank you for referring Seán Mac Giolla Phádraig, aged 93, with bilateral dense cataracts.",
        [("NAME", "Ó Súilleabháin"), ("NAME", "Seán Mac Giolla Phádraig"), ("AGE", "93")],
    ),
    (
        "Signed: Dr Niamh Costigan, MCRN 412873, Specialist Registrar in Ophthalmology, RVEEH.",
        [("NAME", "Niamh Costigan"), ("LICENSE", "412873")],
    ),
    (
        "If the pain worsens she can ring the eye casualty nurse on (01) 708 3921 or text Eimear on 087 555 0192.",
        [("PHONE", "(01) 708 3921"), ("NAME", "Eimear"), ("PHONE", "087 555 0192")],
    ),
    (
        "Insurer: VHI, policy no. 0098214573. Farmer from outside Ballinasloe, Co. Galway; splinter injury to R cornea on 2nd Nov.",
        [("INSURANCE", "0098214573"), ("ADDRESS", "Ballinasloe"), ("ADDRESS", "Co. Galway"), ("DATE", "2nd Nov")],
    ),
    (
        "Niall's wife rang to cancel; he is in Cork University Hospital with a chest infection.",
        [("NAME", "Niall")],
    ),
    # ---------------------------------------------------------------- Australia / NZ -----
    (
        "UR 4471902 | SURNAME: NGATA | GIVEN: Hemi Wiremu | DOB 05/11/1952 | Medicare 2953 41826 1",
        [
            ("MRN", "4471902"),
            ("NAME", "NGATA"),
            ("NAME", "Hemi Wiremu"),
            ("DATE", "05/11/1952"),
            ("INSURANCE", "2953 41826 1"),
        ],
    ),
    (
        "NHI ZAC5361. Mere Tūhoe-Parata of Rotorua was referred by her optometrist with diabetic maculopathy both eyes.",
        [("MRN", "ZAC5361"), ("NAME", "Mere Tūhoe-Parata"), ("ADDRESS", "Rotorua")],
    ),
    (
        "Lives at 17/42 Barkly Street, St Kilda VIC 3182 with her partner (Jodie), who will instil the drops.",
        [("ADDRESS", "17/42 Barkly Street"), ("ADDRESS", "St Kilda"), ("ZIP", "3182"), ("NAME", "Jodie")],
    ),
    (
        "Reviewed by Dr Thanh Truong (AHPRA MED0001827364), consultant, Royal Victorian Eye and Ear Hospital.",
        [("NAME", "Thanh Truong"), ("LICENSE", "MED0001827364")],
    ),
    (
        "Whānau contact: aunty Ngaire on 021 555 0173, she drives him to every appointment.",
        [("NAME", "Ngaire"), ("PHONE", "021 555 0173")],
    ),
    (
        "Intravitreal log 28.01.2025, R eye, faricimab 6 mg, injector C. McAllister RN (NMBA NMW0001746523).",
        [("DATE", "28.01.2025"), ("NAME", "C. McAllister"), ("LICENSE", "NMW0001746523")],
    ),
    (
        "Pt | UR | Proc | Surg\nJONES Barry | 3318820 | L phaco+IOL | Khoo\nPAPADOPOULOS Eleni | 3320947 | R PPV/gas | Khoo",
        [
            ("NAME", "JONES Barry"),
            ("MRN", "3318820"),
            ("NAME", "Khoo"),
            ("NAME", "PAPADOPOULOS Eleni"),
            ("MRN", "3320947"),
            ("NAME", "Khoo"),
        ],
    ),
    (
        "Discharged home to Ōtāhuhu, Auckland 1062 on 9/3/25; follow-up in the Greenlane eye clinic in 1/52.",
        [("ADDRESS", "Ōtāhuhu"), ("ADDRESS", "Auckland"), ("ZIP", "1062"), ("DATE", "9/3/25")],
    ),
    (
        "Outreach clinic at Fitzroy Crossing with AHW Dennis Cox. Raelene Bedford has trichiasis; surgery booked 14 Aug.",
        [("ADDRESS", "Fitzroy Crossing"), ("NAME", "Dennis Cox"), ("NAME", "Raelene Bedford"), ("DATE", "14 Aug")],
    ),
    (
        "Phone (03) 9929 8011 was disconnected; updated mobile 0412 555 378 per Mrs Kowalczyk.",
        [("PHONE", "(03) 9929 8011"), ("PHONE", "0412 555 378"), ("NAME", "Kowalczyk")],
    ),
    (
        "Tane Walker, 17, rugby ball to L eye Saturday, hyphema 2 mm; his coach Hone drove him in from Hamilton.",
        [("NAME", "Tane Walker"), ("NAME", "Hone"), ("ADDRESS", "Hamilton")],
    ),
    # ---------------------------------------------------------------- Canada -------------
    (
        "Carte santé / health card 5621-448-093-MK. Mme Geneviève Bouchard-Lapointe, vue le 2025-01-09 en clinique de rétine.",
        [("INSURANCE", "5621-448-093-MK"), ("NAME", "Geneviève Bouchard-Lapointe"), ("DATE", "2025-01-09")],
    ),
    (
        "Mailing address: 88 rue Saint-Denis, app. 4, Montréal QC H2X 3K7.",
        [("ADDRESS", "88 rue Saint-Denis, app. 4"), ("ADDRESS", "Montréal"), ("ZIP", "H2X 3K7")],
    ),
    (
        "PHN 9698 658 215. Jaspreet Kaur Sandhu (prefers 'Jazz') from Surrey, BC, presents with a painful red left eye.",
        [("INSURANCE", "9698 658 215"), ("NAME", "Jaspreet Kaur Sandhu"), ("NAME", "Jazz"), ("ADDRESS", "Surrey")],
    ),
    (
        "Electronically signed by Ravi Menon, MD FRCSC, CPSO #87342, on Nov 18, 2024 at 16:40.",
        [("NAME", "Ravi Menon"), ("LICENSE", "87342"), ("DATE", "Nov 18, 2024")],
    ),
    (
        "Flown in from Iqaluit with medical escort (sister, Annie Kilabuk) for urgent macula-on detachment repair.",
        [("ADDRESS", "Iqaluit"), ("NAME", "Annie Kilabuk")],
    ),
    (
        "Please call the daughter, Ms. Hope Desjardins, at 416-555-0187 before booking; Dad does not answer unknown numbers.",
        [("NAME", "Hope Desjardins"), ("PHONE", "416-555-0187")],
    ),
    # ---------------------------------------------------------------- India --------------
    (
        "UHID 1022334455 | Name: Mr. K. Venkataraman | Age/Sex: 67/M | Dept: Cornea | Date: 12-07-2024",
        [("MRN", "1022334455"), ("NAME", "K. Venkataraman"), ("DATE", "12-07-2024")],
    ),
    (
        "MRD No. 45/2291. Smt. Lakshmi Devi w/o Ramesh Babu, r/o H.No. 4-2-118, Kacheguda, Hyderabad 500027. Camp patient.",
        [
            ("MRN", "45/2291"),
            ("NAME", "Lakshmi Devi"),
            ("NAME", "Ramesh Babu"),
            ("ADDRESS", "H.No. 4-2-118"),
            ("ADDRESS", "Kacheguda"),
            ("ADDRESS", "Hyderabad"),
            ("ZIP", "500027"),
        ],
    ),
    (
        "Refraction by optometrist Ms. Fathima Beevi. Surgeon: Dr. Sanjay Kulkarni, Reg. No. MMC 2009/04/1734.",
        [("NAME", "Fathima Beevi"), ("NAME", "Sanjay Kulkarni"), ("LICENSE", "2009/04/1734")],
    ),
    (
        "PM-JAY ID PMJ4T7Q2K verified at the counter; cataract package booked for 03/02/2025.",
        [("INSURANCE", "PMJ4T7Q2K"), ("DATE", "03/02/2025")],
    ),
    (
        "Attendant (son) Mohd. Irfan Qureshi, mob. +91 98400 12345, to be contacted for post-op instructions.",
        [("NAME", "Mohd. Irfan Qureshi"), ("PHONE", "+91 98400 12345")],
    ),
    (
        "CR No. 202400458711. Dr. Rajendra Prasad Centre, OPD room 6. Pt referred from Gaya district hospital.",
        [("MRN", "202400458711"), ("ADDRESS", "Gaya")],
    ),
    (
        "pt from bhagalpur, village pradhan brought him, vision PL+ PR accurate, ? mature cataract both eyes",
        [("ADDRESS", "bhagalpur")],
    ),
    (
        "Fundus photographs and OCT reports e-mailed to drmeenakshi.iyer@gmail.com as requested by the referring doctor.",
        [("EMAIL", "drmeenakshi.iyer@gmail.com")],
    ),
    (
        "Master Arjun, 6 yrs, s/o Suresh Reddy, came with his grandmother; atropine 0.01% for myopia started on 15.08.2023.",
        [("NAME", "Arjun"), ("NAME", "Suresh Reddy"), ("DATE", "15.08.2023")],
    ),
    (
        "Tel: 044-2827 1616. Dr. Anand's unit, Sankara Nethralaya; patient Mrs. Padmavathi Subramanian to come fasting.",
        [("PHONE", "044-2827 1616"), ("NAME", "Anand"), ("NAME", "Padmavathi Subramanian")],
    ),
    (
        "Follow-up: Sunny Kapoor, 44M, traumatic cataract OS after a cricket ball injury, operated by DR. ARORA.",
        [("NAME", "Sunny Kapoor"), ("NAME", "ARORA")],
    ),
    # ---------------------------------------------------------------- Singapore ----------
    (
        "SNEC Retina clinic. Pt Tan Ah Kow, 94, Hokkien-speaking, accompanied by daughter-in-law (Mdm Lim Siew Hoon).",
        [("NAME", "Tan Ah Kow"), ("AGE", "94"), ("NAME", "Lim Siew Hoon")],
    ),
    (
        "Residential address: Blk 345 Ang Mo Kio Ave 3, #08-1234, Singapore 560345. HP: +65 9123 4567.",
        [("ADDRESS", "Blk 345 Ang Mo Kio Ave 3, #08-1234"), ("ZIP", "560345"), ("PHONE", "+65 9123 4567")],
    ),
    (
        "Encik Muhammad Hafiz bin Abdullah, 52, lorry driver, diabetic; wife Puan Siti Nurhaliza binti Osman present.",
        [("NAME", "Muhammad Hafiz"), ("NAME", "Abdullah"), ("NAME", "Siti Nurhaliza"), ("NAME", "Osman")],
    ),
    (
        "Mr Gurdev Singh s/o Karam Singh, case no. 24-0088123, listed for R DMEK on 11 April.",
        [("NAME", "Gurdev Singh"), ("NAME", "Karam Singh"), ("MRN", "24-0088123"), ("DATE", "11 April")],
    ),
    (
        "Pt's son Jun Wei emailed photos of the eyelid lesion from junwei.lim88@outlook.sg on 20/6.",
        [("NAME", "Jun Wei"), ("EMAIL", "junwei.lim88@outlook.sg"), ("DATE", "20/6")],
    ),
    # ---------------------------------------------------------------- South Africa -------
    (
        "Groote Schuur Hospital folder no. 40023187. Sipho Mthembu, 45, penetrating injury L eye after an assault in Khayelitsha.",
        [("MRN", "40023187"), ("NAME", "Sipho Mthembu"), ("ADDRESS", "Khayelitsha")],
    ),
    (
        "Medical aid: Discovery Health, member no. 183446219; main member Mr Pieter van der Merwe (husband).",
        [("INSURANCE", "183446219"), ("NAME", "Pieter van der Merwe")],
    ),
    (
        "Dr L. Naidoo (HPCSA MP 0612345), St John Eye Hospital, Chris Hani Baragwanath Academic Hospital.",
        [("NAME", "L. Naidoo"), ("LICENSE", "MP 0612345")],
    ),
    (
        "Home: 12 Jacaranda Ave, Bryanston, Sandton, 2191. Cell 082 555 0147.",
        [
            ("ADDRESS", "12 Jacaranda Ave"),
            ("ADDRESS", "Bryanston"),
            ("ADDRESS", "Sandton"),
            ("ZIP", "2191"),
            ("PHONE", "082 555 0147"),
        ],
    ),
    (
        "Nomvula Dlamini brought her grandson Lwazi, who has had a white pupil in photos since the summer.",
        [("NAME", "Nomvula Dlamini"), ("NAME", "Lwazi")],
    ),
    (
        "Hendrik du Plessis se oog is beter; seen with Dr. du Toit, who agrees to stop the steroid drops.",
        [("NAME", "Hendrik du Plessis"), ("NAME", "du Toit")],
    ),
    (
        "Precious Ndlovu, HIV+ on TLD, CD4 212; CMV retinitis zone 1 OD. Clinic sister: Thandeka.",
        [("NAME", "Precious Ndlovu"), ("NAME", "Thandeka")],
    ),
    # ---------------------------------------------------------------- Nigeria ------------
    (
        "Hospital No: UCH/OPH/23/4512. Chief (Mrs) Folasade Adeyemi-Bello, 61, a trader from Ibadan, on timolol 0.5% BD.",
        [("MRN", "UCH/OPH/23/4512"), ("NAME", "Folasade Adeyemi-Bello"), ("ADDRESS", "Ibadan")],
    ),
    (
        "NHIS No. 00923-441-77 (HMO: Hygeia). Enrolee to pay 10% of spectacle cost.",
        [("INSURANCE", "00923-441-77")],
    ),
    (
        "Seen and discussed with Dr Chukwuemeka Obi (MDCN 41762), consultant ophthalmologist.",
        [("NAME", "Chukwuemeka Obi"), ("LICENSE", "41762")],
    ),
    (
        "Referred from PHC Ogbomoso by CHEW Babatunde; mother's phone 0803 555 0199.",
        [("ADDRESS", "Ogbomoso"), ("NAME", "Babatunde"), ("PHONE", "0803 555 0199")],
    ),
    (
        "Sunday Okon, 29M, okada rider, corneal ulcer OS after an insect flew into the eye; brother Godswill paid the deposit.",
        [("NAME", "Sunday Okon"), ("NAME", "Godswill")],
    ),
    (
        "BLESSING EZE, 8 YRS, FROM NSUKKA. VERNAL KERATOCONJUNCTIVITIS, BOTH EYES. REVIEW IN 2/52.",
        [("NAME", "BLESSING EZE"), ("ADDRESS", "NSUKKA")],
    ),
    # ---------------------------------------------------------------- Kenya --------------
    (
        "IP No. 2024/08812, KNH Ward 4C. Wanjiru Kamau, 38F, from Thika; post-op day 1 after R trabeculectomy.",
        [("MRN", "2024/08812"), ("NAME", "Wanjiru Kamau"), ("ADDRESS", "Thika")],
    ),
    (
        "NHIF no. 8392017 confirmed; SHA registration pending. Next of kin: Patience Wambui (sister), 0722 555 123.",
        [("INSURANCE", "8392017"), ("NAME", "Patience Wambui"), ("PHONE", "0722 555 123")],
    ),
    (
        "Operating surgeon: Dr Otieno Odhiambo (KMPDC reg. A11472). Assistant: Kiprotich.",
        [("NAME", "Otieno Odhiambo"), ("LICENSE", "A11472"), ("NAME", "Kiprotich")],
    ),
    (
        "Postal address: P.O. Box 4561-00200, Nairobi. Tel +254 722 555 608.",
        [("ADDRESS", "P.O. Box 4561"), ("ZIP", "00200"), ("ADDRESS", "Nairobi"), ("PHONE", "+254 722 555 608")],
    ),
    (
        "Trachoma outreach, Narok: TT surgery on Mr Ole Sankale's left upper lid by Nurse Chepkoech.",
        [("ADDRESS", "Narok"), ("NAME", "Ole Sankale"), ("NAME", "Chepkoech")],
    ),
]

POSITIVE += [
    # ---------------------------------------------------------------- mixed styles -------
    (
        "FFA 0930 on 06/03/2025: leakage from a juxtafoveal CNV OD. Fluorescein given by Tamsin (photographer); "
        "mild nausea only. Reported by A. Rahman.",
        [("DATE", "06/03/2025"), ("NAME", "Tamsin"), ("NAME", "A. Rahman")],
    ),
    (
        "Ahmed valve FP7 implanted, serial 7291046. Tube in AC, patch graft from donor cornea. Surgeon: Mr Ahmed Siddiqui.",
        [("DEVICE", "7291046"), ("NAME", "Ahmed Siddiqui")],
    ),
    (
        "Argus II retinal prosthesis, implant S/N 0427-A, reprogrammed in clinic; patient (Mr Victor Hale) reports better door-finding.",
        [("DEVICE", "0427-A"), ("NAME", "Victor Hale")],
    ),
    (
        "PreserFlo inserted R eye 30/04/2024 (SN 2310-88176). Bleb diffuse at 1/52. Seen by Fellow Dr Giulia Romano.",
        [("DATE", "30/04/2024"), ("DEVICE", "2310-88176"), ("NAME", "Giulia Romano")],
    ),
    (
        "Retinal camera upload failed from 10.24.3.117; images re-sent by the screener, Dawn, after the network reset.",
        [("IP", "10.24.3.117"), ("NAME", "Dawn")],
    ),
    (
        "Patient-uploaded photos: https://photos.eyecare-portal.net/u/55821/lids-2025-02 (link expires in 7 days).",
        [("URL", "https://photos.eyecare-portal.net/u/55821/lids-2025-02")],
    ),
    (
        "Invoice INV-2024-008871 raised to the patient's account (A/c 00451239) for the private cataract package.",
        [("ACCOUNT", "INV-2024-008871"), ("ACCOUNT", "00451239")],
    ),
    (
        "Discharge: Ms Grace Field, 33, uveitis (HLA-B27+). To continue Pred Forte 1% 2-hourly. Next appt 12th December 2024 with Dr Mensah.",
        [("NAME", "Grace Field"), ("DATE", "12th December 2024"), ("NAME", "Mensah")],
    ),
    (
        "Nursing note 21:40: Mrs Wójcik (bay 2) anxious overnight, husband Zbigniew stayed until 8pm. Eye pad and shield intact.",
        [("NAME", "Wójcik"), ("NAME", "Zbigniew")],
    ),
    (
        "He is ninety-three and lives independently; his carer Mary-Rose calls in twice a day.",
        [("AGE", "ninety-three"), ("NAME", "Mary-Rose")],
    ),
    (
        "Telephone triage by Ade (band 6): 2 days of flashes, new floaters, no curtain. Booked into the 08:30 slot on 17 Feb.",
        [("NAME", "Ade"), ("DATE", "17 Feb")],
    ),
    (
        "To: glaucoma.referrals@nhs.net\nCc: m.oconnor3@nhs.net\nSubject: urgent pressure check for Mrs Ramsbottom",
        [("EMAIL", "glaucoma.referrals@nhs.net"), ("EMAIL", "m.oconnor3@nhs.net"), ("NAME", "Ramsbottom")],
    ),
    (
        "From: Kavita Sharma <kavita.sharma@optimeyes.co.uk>\nSent: 02 October 2024 16:11\nIs the Ozurdex for Mr Stone still on for Friday?",
        [
            ("NAME", "Kavita Sharma"),
            ("EMAIL", "kavita.sharma@optimeyes.co.uk"),
            ("DATE", "02 October 2024"),
            ("NAME", "Stone"),
        ],
    ),
    (
        "Discussed with Mr Long, consultant on call, who will see her first on the list tomorrow.",
        [("NAME", "Long")],
    ),
    (
        "Mr Hunter's son (Paul) says the patient fell at home last month and hit the right brow.",
        [("NAME", "Hunter"), ("NAME", "Paul")],
    ),
    (
        "Ward round: Patel, Rasheed; Nwosu-Ellis, Ifeoma; Kaczmarek, Jan. All for 2-hourly drops overnight.",
        [("NAME", "Patel, Rasheed"), ("NAME", "Nwosu-Ellis, Ifeoma"), ("NAME", "Kaczmarek, Jan")],
    ),
    (
        "Consent taken by Dr Zhao Yiming for R PPV, cryo and C3F8; the patient's brother, Zhao Yifan, interpreted.",
        [("NAME", "Zhao Yiming"), ("NAME", "Zhao Yifan")],
    ),
    (
        "Injection diary - left eye: 5/1/24 Eylea (GD), 2/2/24 Eylea (GD), 1/3/24 Eylea (MHF), interval now 6/52.",
        [("DATE", "5/1/24"), ("NAME", "GD"), ("DATE", "2/2/24"), ("NAME", "GD"), ("DATE", "1/3/24"), ("NAME", "MHF")],
    ),
    (
        "Dear Colleague, I saw your patient Mr. O'Neill-Murphy on 19 January. He is 90 and remarkably well.",
        [("NAME", "O'Neill-Murphy"), ("DATE", "19 January"), ("AGE", "90")],
    ),
    (
        "Known to Dr Hakimi in the neuro-ophthalmology service; last MRI in June 2023 was unchanged.",
        [("NAME", "Hakimi"), ("DATE", "June 2023")],
    ),
    (
        "Visited by community eye nurse Karen Ashworth at 7 Mill View, Hebden Bridge HX7 8AB; drops technique poor.",
        [("NAME", "Karen Ashworth"), ("ADDRESS", "7 Mill View"), ("ADDRESS", "Hebden Bridge"), ("ZIP", "HX7 8AB")],
    ),
    (
        "Correspondence copied to: Dr S. Mahmood, Thornbury Medical Centre, Bradford.",
        [("NAME", "S. Mahmood"), ("ADDRESS", "Bradford")],
    ),
    (
        "Consultant: Miss Ayesha Chaudhry FRCOphth   Secretary: Debbie   Direct line: 0113 392 7788   Fax: 0113 392 7790",
        [("NAME", "Ayesha Chaudhry"), ("NAME", "Debbie"), ("PHONE", "0113 392 7788"), ("FAX", "0113 392 7790")],
    ),
    (
        "With Rose (granddaughter) today. Rose bengal staining not done; fluorescein shows punctate erosions.",
        [("NAME", "Rose")],
    ),
    (
        "Mark Ellison, 47, welder, presents with a metallic FB on the L cornea; rust ring removed with a burr.",
        [("NAME", "Mark Ellison")],
    ),
    (
        "The patient, May Tan, says she may have missed two weeks of drops while in Malaysia.",
        [("NAME", "May Tan")],
    ),
    (
        "DOB: 29-Feb-1944  Sex: F  NHS: 628 194 8211  Ethnicity: White Irish  Next appt: 3/4/25 (virtual)",
        [("DATE", "29-Feb-1944"), ("MRN", "628 194 8211"), ("DATE", "3/4/25")],
    ),
    (
        "Imaging: Optos ultra-widefield 2025.03.11, tech: RM. Peripheral RPE changes and a 1 DD naevus at 8 o'clock.",
        [("DATE", "2025.03.11"), ("NAME", "RM")],
    ),
    (
        "Injection no. 31, R eye, 11 Nov 2024. Consent by phone with daughter-in-law Anjali as patient has dementia.",
        [("DATE", "11 Nov 2024"), ("NAME", "Anjali")],
    ),
    (
        "Post-op day 1 note (Ms Fatuma Hassan): VA 6/18 R, IOP 14, wound Seidel negative. Reviewed by SHO Burak Yılmaz.",
        [("NAME", "Fatuma Hassan"), ("NAME", "Burak Yılmaz")],
    ),
    (
        "Driving: she holds a Queensland licence, no. 084 297 316, and was told to notify the Department of Transport.",
        [("LICENSE", "084 297 316")],
    ),
    (
        "Hospital number K0834571 was merged with K0291117 after the duplicate registration on 8/8/22.",
        [("MRN", "K0834571"), ("MRN", "K0291117"), ("DATE", "8/8/22")],
    ),
    (
        "Mrs d'Souza and her husband want to discuss the left eye before the 12/02 list; Dr Fernandes will call them.",
        [("NAME", "d'Souza"), ("DATE", "12/02"), ("NAME", "Fernandes")],
    ),
    (
        "Hx per grandmother (Abuela Carmen): Mateo, 3, rubbed his eyes constantly since moving to Phoenix in Sept 2024.",
        [("NAME", "Carmen"), ("NAME", "Mateo"), ("ADDRESS", "Phoenix"), ("DATE", "Sept 2024")],
    ),
    (
        "Referral triaged by Professor Lindiwe Mokoena as urgent; clinic coordinator (Faith) to book within 2/52.",
        [("NAME", "Lindiwe Mokoena"), ("NAME", "Faith")],
    ),
    (
        "Biometry signed off by orthoptist Ewa Zielińska; IOLMaster serial 1312-4478 recalibrated on 07/07/2024.",
        [("NAME", "Ewa Zielińska"), ("DEVICE", "1312-4478"), ("DATE", "07/07/2024")],
    ),
    (
        "patient ravinder kaur missed her appt again, 3rd DNA, discharge back to GP per policy",
        [("NAME", "ravinder kaur")],
    ),
    (
        "Seen jointly with Professor Al-Hashimi; Dr Abu Bakar to arrange PDT once the ICGA is reported.",
        [("NAME", "Al-Hashimi"), ("NAME", "Abu Bakar")],
    ),
    (
        "Pacemaker (serial PJD 612874 S) noted, so MRI orbits was changed to CT; Dr Eriksson aware.",
        [("DEVICE", "PJD 612874 S"), ("NAME", "Eriksson")],
    ),
    (
        "URGENT: 92 yr old, sudden loss of vision R eye this am, jaw claudication. ESR 88. Started on pred 60 mg by Dr Vasquez.",
        [("AGE", "92"), ("NAME", "Vasquez")],
    ),
    (
        "Child's school nurse (Mrs. Sandra Okoye) phoned from Brixton re: failed vision screen 6/12 R, 6/6 L.",
        [("NAME", "Sandra Okoye"), ("ADDRESS", "Brixton")],
    ),
    (
        "Private patient, Bupa membership no. 61825539. Has Addison disease; steroid cover arranged with endocrinology (Dr Fitzgerald).",
        [("INSURANCE", "61825539"), ("NAME", "Fitzgerald")],
    ),
    (
        "Amended 02/05/2025 by mbrown: wrong eye recorded in the letter, corrected to LEFT.",
        [("DATE", "02/05/2025"), ("NAME", "mbrown")],
    ),
    (
        "Interpreter booked (Somali) - Abdirahman Warsame, for 14:00 on Thursday 6 March.",
        [("NAME", "Abdirahman Warsame"), ("DATE", "6 March")],
    ),
    (
        "Seen by Bill; he thinks this is a recurrent erosion rather than HSV. Will discuss with Faisal tomorrow.",
        [("NAME", "Bill"), ("NAME", "Faisal")],
    ),
    (
        "Next of kin: Yaw Boateng (brother), 14 Kingsley Road, Hounslow TW3 1QB, tel 020 8570 5512.",
        [
            ("NAME", "Yaw Boateng"),
            ("ADDRESS", "14 Kingsley Road"),
            ("ADDRESS", "Hounslow"),
            ("ZIP", "TW3 1QB"),
            ("PHONE", "020 8570 5512"),
        ],
    ),
    (
        "US ref: MRN 7734-2019-88, DOB Jan 5 1941; pt Esther Goldblum, moving to live with her son Avi in Boca Raton, FL 33431.",
        [
            ("MRN", "7734-2019-88"),
            ("DATE", "Jan 5 1941"),
            ("NAME", "Esther Goldblum"),
            ("NAME", "Avi"),
            ("ADDRESS", "Boca Raton"),
            ("ZIP", "33431"),
        ],
    ),
]

CLEAN = [
    # eponymous diseases, syndromes and signs
    "Fuchs endothelial dystrophy with confluent guttae; CCT 612 µm, so DMEK is favoured over phaco alone.",
    "Posner-Schlossman crisis suspected: IOP 46 mmHg OS with few fine KPs and an open angle.",
    "Coats disease in the left eye with telangiectatic vessels and exudate temporally; laser planned.",
    "Stargardt disease confirmed on ABCA4 testing; advised to avoid vitamin A supplements.",
    "Best disease, vitelliform stage, with a normal full-field ERG and an abnormal EOG (Arden ratio 1.3).",
    "Horner syndrome on the right: 2 mm ptosis, miosis, and reversal of anisocoria with apraclonidine.",
    "Marcus Gunn pupil on the left, estimated 0.6 log units with neutral density filters.",
    "Adie tonic pupil with light-near dissociation and sectoral palsy of the sphincter.",
    "Argyll Robertson pupils were noted, so treponemal serology has been requested.",
    "Charles Bonnet syndrome explained; the hallucinations are not a sign of mental illness.",
    "Stevens-Johnson syndrome in 2019 left her with severe dry eye and symblepharon inferiorly.",
    "Foster Kennedy syndrome is unlikely as both discs are swollen and there is no optic atrophy.",
    "Tolosa-Hunt syndrome is a diagnosis of exclusion; MRI with contrast is still awaited.",
    "Vogt-Koyanagi-Harada disease with bilateral serous detachments and poliosis.",
    "Leber hereditary optic neuropathy was excluded by mitochondrial DNA testing.",
    "Graves disease, clinical activity score 4/7, with restricted upgaze on the right.",
    "Sjögren syndrome: Schirmer 3 mm at 5 minutes in both eyes, anti-Ro positive.",
    "Behçet disease with occlusive retinal vasculitis; started on azathioprine by rheumatology.",
    "Down syndrome with keratoconus; corneal cross-linking considered once he can cooperate.",
    "Wilson disease with a faint Kayser-Fleischer ring visible only on gonioscopy.",
    "Marfan syndrome with superotemporal lens subluxation in both eyes.",
    "Sturge-Weber syndrome with a diffuse choroidal haemangioma and raised IOP on the right.",
    "Susac syndrome considered given branch arterial occlusions and hearing loss.",
    "Terson syndrome after the subarachnoid haemorrhage; dense vitreous haemorrhage OS.",
    "Purtscher-like retinopathy in the setting of acute pancreatitis.",
    "Krukenberg spindle and a Sampaolesi line support pigment dispersion.",
    "Vossius ring on the anterior lens capsule after blunt trauma.",
    "Roth spots in both eyes; the medical team has been asked to exclude endocarditis.",
    "Elschnig pearls on the posterior capsule; YAG capsulotomy offered.",
    "Mittendorf dot and a small Bergmeister papilla, both incidental.",
    "Duane retraction syndrome type 1 on the left with globe retraction on adduction.",
    "Brown syndrome on the right; no surgery needed as she has no head posture.",
    "Parinaud syndrome with upgaze palsy and convergence-retraction nystagmus.",
    "Hurler syndrome with corneal clouding; referred to the inherited metabolic team.",
    "Stickler syndrome: high myopia and a membranous vitreous, prophylactic 360 cryo discussed.",
    "Usher syndrome type 2 with retinitis pigmentosa and hearing aids.",
    "Bell's palsy with lagophthalmos; taped at night and using Lacri-Lube.",
    "Bell's phenomenon is intact, which is reassuring for corneal cover.",
    "Lisch nodules are present on both irides, consistent with NF1.",
    "Salzmann nodular degeneration at the superior limbus of the right cornea.",
    "Descemet membrane folds and mild stromal oedema on day 1.",
    "Tenon cyst over the bleb; needling with 5-FU considered.",
    "Schlemm canal seen on anterior segment OCT after the canaloplasty.",
    "Soemmerring ring in the aphakic eye behind an old sector iridectomy.",
    "Weiss ring present, confirming a posterior vitreous detachment.",
    "Shafer sign is negative and no retinal break was found on indentation.",
    "Morgagnian cataract in the left eye; listed for phaco with trypan blue.",
    # eponymous tests, instruments, procedures
    "Goldmann applanation 18/19 mmHg; CCT 548/552 µm.",
    "Humphrey 24-2 SITA Fast: MD -6.31 dB, PSD 7.02 dB, VFI 92%, with a superior arcuate defect.",
    "Esterman binocular field meets the driving standard with no central defects.",
    "Ishihara 17/17 OU; Farnsworth D-15 normal.",
    "Amsler grid shows metamorphopsia centrally in the right eye only.",
    "Pelli-Robson contrast sensitivity 1.35 R, 1.65 L.",
    "Cardiff Acuity Cards at 50 cm: 6/24 equivalent binocularly.",
    "Sheridan-Gardiner singles 6/9 each eye; crowded Keeler logMAR 0.2 R, 0.3 L.",
    "Near vision N5 with +2.50 readers; Jaeger J1 equivalent.",
    "Hess chart shows underaction of the left superior oblique.",
    "Lees screen confirms a right sixth nerve palsy, improving since last visit.",
    "Worth four-dot: fusion at near, suppression of the left eye at distance.",
    "Maddox rod 6 prism dioptres of exophoria; Maddox wing 2 dioptres of cyclotorsion.",
    "Frisby 55 seconds of arc, TNO 120 seconds of arc.",
    "Krimsky 30 dioptres of esotropia; Hirschberg about 15 degrees.",
    "Schirmer test without anaesthetic: 4 mm right, 6 mm left.",
    "Jones I test negative; syringing patent with no regurgitation.",
    "Seidel test positive at the side port; bandage contact lens applied.",
    "Van Herick grade 1 nasally; Shaffer grade 1 on gonioscopy.",
    "Perkins tonometer used as the child would not sit at the slit lamp.",
    "Fasanella-Servat procedure planned for the mild right ptosis.",
    "Lester Jones tube replaced under local anaesthetic.",
    "Baerveldt 350 tube placed in the sulcus; Ahmed valve considered but not used.",
    "Kahook Dual Blade goniotomy combined with phaco.",
    "Harada-Ito procedure for the excyclotorsion.",
    "Cionni ring sutured to the sclera; Malyugin ring used for the small pupil.",
    "Faden suture to the left medial rectus for the high AC/A ratio.",
    # brands, devices, models, numbers
    "AcrySof IQ SN60WF +21.0 D placed in the bag; Healon GV removed.",
    "Tecnis Synergy ZFR00V +19.5 D; Johnson & Johnson Vision rep not present.",
    "Axial length 23.45/23.61 mm, K1 43.25 D @ 90, K2 44.00 D @ 180, Barrett Universal II.",
    "Zeiss IOLMaster 700 and Pentacam both show regular astigmatism of 0.75 D.",
    "Heidelberg Eye Explorer 1.10.4.0 was updated, so the progression analysis had to be rerun.",
    "Cirrus HD-OCT 5000: RNFL average 68 µm, inferior thinning OD.",
    "Optos California ultra-widefield imaging showed no peripheral breaks.",
    "Eylea 2 mg/0.05 mL intravitreal, left eye, under povidone-iodine 5%.",
    "Vabysmo 6 mg given today; extended to 10-week interval.",
    "Lucentis biosimilar (Byooviz) switched for funding reasons.",
    "Ozurdex 700 µg implant for the persistent macular oedema after the CRVO.",
    "Iluvien is an option if the oedema recurs after the third Ozurdex.",
    "Syfovre is not available on the NHS for geographic atrophy.",
    "Luxturna gene therapy eligibility assessed for the RPE65 mutation.",
    "Tepezza infusions completed; proptosis reduced by 3 mm.",
    "Ganfort once daily at night, Simbrinza twice daily, Diamox SR 250 mg bd.",
    "Xalatan switched to Monopost because of preservative sensitivity.",
    "Timolol 0.25% bd and latanoprost 0.005% nocte OU.",
    "Pred Forte 1% QDS for 1/52, then TDS for 1/52, then stop.",
    "Chloramphenicol 0.5% Minims QDS for 2/7 after the FB removal.",
    "Acetazolamide 500 mg IV stat, then 250 mg QDS; check U&E.",
    "Ikervis nocte and Hylo-Forte five times a day.",
    "Atropine 1% once daily for the posterior synechiae.",
    "Oxervate eight times a day for eight weeks for the neurotrophic ulcer.",
    "Lumenis Selecta SLT, 100 shots over 360 degrees at 0.8 mJ.",
    "Constellation vitrectomy, 25 gauge, 20% SF6 fill, posture face down for 50 minutes per hour.",
    # fractions, intervals, values
    "VA 6/9 R, 6/12-2 L unaided, improving to 6/6 with pinhole.",
    "Snellen 20/40 OD and 20/25 OS with correction.",
    "BCVA 0.30 logMAR R, 0.12 logMAR L; 76 ETDRS letters in the better eye.",
    "Counting fingers at 1 metre R, hand movements L.",
    "Refraction R -2.25/-0.75 x 180, L -1.75/-1.00 x 10, add +2.25.",
    "Review in 6/52 with fields and OCT.",
    "Follow up 4-6/12 in the virtual glaucoma clinic.",
    "Post-op check at 2/7 by the nurse, then 4/52 with the optometrist.",
    "Cup-to-disc ratio 0.7 R, 0.5 L; ISNT rule broken inferiorly on the right.",
    "IOP 32/18 mmHg at 16:40, rechecked at 17:10: 28/17.",
    "CMT 412 µm, down from 538 µm before the loading doses.",
    "ROP stage 3 in zone II, 6 clock hours, with plus disease.",
    "Horseshoe tear at 10:30 o'clock treated with three rows of laser.",
    "BP 168/94, pulse 88 regular, CBG 11.2 mmol/L.",
    "ESR 94 mm/hr and CRP 112 mg/L; temporal artery biopsy requested.",
    "HbA1c 64 mmol/mol; R1M0 both eyes on screening photographs.",
    "An 89-year-old woman with wet AMD in the right eye and GA in the left.",
    "Aged 45, contact lens wearer, with a 3 mm paracentral ulcer.",
    "LOCS III: NO3 NC3 C2 P1.",
    "Batch 3 of 5 in the loading phase, left eye.",
    # services, departments, countries, regions
    "Referred from the Acute Referral Clinic to the Medical Retina Service.",
    "Paediatric Ophthalmology and Orthoptics will see him jointly.",
    "Eye Casualty is closed overnight; the on-call registrar covers by phone.",
    "Returned from Pakistan last month; no travel-related eye symptoms.",
    "Family originally from Nigeria; sickle status HbSC with peripheral sea-fan neovascularisation.",
    "Lived in East Africa as a child; no history suggestive of onchocerciasis.",
    "Grew up in the Caribbean and has had vitiligo since her teens.",
    "Moved here from the Philippines in her twenties; no family history of glaucoma.",
    # ordinary words that are also names
    "Will review in 4/12 with a repeat field.",
    "May need YAG capsulotomy if the posterior capsule opacification progresses.",
    "Hope to avoid surgery if the drops control the pressure.",
    "Mark the operative eye before sending for the patient.",
    "Iris bombe noted with a shallow peripheral chamber.",
    "Rose bengal and lissamine green show conjunctival staining.",
    "Reading glasses +2.50 help with the near tasks.",
    "Grace period for the glasses voucher has expired.",
    "Faith in the drops is low, so adherence was discussed at length.",
    "Patience is needed as the oedema can take months to settle.",
    "Summer allergies make the itching worse every year.",
    "Dawn phenomenon may explain the morning blood sugars.",
    "Young adult with a unilateral pale disc and no RAPD.",
    "Brown discolouration of the lens nucleus, NO4.",
    "Drew a diagram of the retina to explain the detachment to the family.",
    "Sunny days trigger the photophobia, so tinted lenses were advised.",
    "Guy ropes were the cause of the eye injury while camping.",
]

ARGUABLE = [
    "Mater Misericordiae University Hospital",
    "RVEEH",
    "Royal Victorian Eye and Ear Hospital",
    "Cork University Hospital",
    "Specsavers Hexham",
    "Ashgrove Surgery",
    "Thornbury Medical Centre",
    "Western Isles",
    "Greenlane",
    "Valley Retina Associates",
    "BCBS",
    "VHI",
    "Bupa",
    "Discovery Health",
    "Hygeia",
    "SNEC",
    "KNH",
    "Groote Schuur Hospital",
    "St John Eye Hospital",
    "Chris Hani Baragwanath Academic Hospital",
    "Dr. Rajendra Prasad Centre",
    "Sankara Nethralaya",
    "PHC Ogbomoso",
    "Gaya district hospital",
    "VA Eye Clinic",
]

POSITIVE += [
    # ---------------------------------------------------------------- rarer identifier kinds
    (
        "Blue Badge / parking note: drop-off vehicle DA21 KHB (daughter's car) may wait in the eye unit bay during the laser.",
        [("VEHICLE", "DA21 KHB")],
    ),
    (
        "NSW plate CX-47-PL recorded by security after the patient's husband, Dimitri, reversed into the clinic bollard.",
        [("VEHICLE", "CX-47-PL"), ("NAME", "Dimitri")],
    ),
    (
        "Teleretinal images received from camera at 172.16.40.9 (outreach van) were ungradable; Ms Haruka Sato to repeat with dilation.",
        [("IP", "172.16.40.9"), ("NAME", "Haruka Sato")],
    ),
    (
        "Virtual clinic login issue: the home device (IP 86.142.17.203) could not reach the portal, so Sunita phoned instead.",
        [("IP", "86.142.17.203"), ("NAME", "Sunita")],
    ),
    (
        "Amsler home-monitoring results are visible at www.myeyetrack.com/patient/KL-30921/results for the next 30 days.",
        [("URL", "www.myeyetrack.com/patient/KL-30921/results")],
    ),
    (
        "Shared the scan with the patient's overseas ophthalmologist via https://share.retinaimg.io/s/Qz8mT4 (password sent separately).",
        [("URL", "https://share.retinaimg.io/s/Qz8mT4")],
    ),
    (
        "Referral letter faxed to +1 (905) 555-0138 (Dr. Osei's office) on 24/03/2025; confirmation received.",
        [("FAX", "+1 (905) 555-0138"), ("NAME", "Osei"), ("DATE", "24/03/2025")],
    ),
    (
        "Self-pay account 3300-5521-87 settled by card; receipt to be posted to 41 Ferry Road, Leith, EH6 4AG.",
        [("ACCOUNT", "3300-5521-87"), ("ADDRESS", "41 Ferry Road"), ("ADDRESS", "Leith"), ("ZIP", "EH6 4AG")],
    ),
    (
        "Patient billing no. 2024-OPH-77190 put on hold until the medical aid authorisation (auth for Sello Mokoena) is received.",
        [("ACCOUNT", "2024-OPH-77190"), ("NAME", "Sello Mokoena")],
    ),
    (
        "Centenarian: Ms Edna Pilkington, 101 years old, asks whether she can still have her cataract done.",
        [("NAME", "Edna Pilkington"), ("AGE", "101")],
    ),
    (
        "98F, nursing home resident, lower lid ectropion with exposure keratopathy; Mr Quigley to do a lateral tarsal strip.",
        [("AGE", "98"), ("NAME", "Quigley")],
    ),
    (
        "Husband (aged 95) is her main carer and cannot instil drops because of his own tremor.",
        [("AGE", "95")],
    ),
]
