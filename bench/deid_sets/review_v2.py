"""Held-out de-identification review set v2 for free-text ophthalmology notes.

Written by an independent reviewer (a helper session started by the project), 2026-11-28, without
reading the rules (``src/mmfundusclip/text/deid.py``, ``_name_lexicon.py``), their tests,
``bench/deid_eval.py`` or the earlier set ``review_v1``; only ``score.py`` (the format) and the
``KINDS`` tuple were seen. All snippets are invented; any resemblance to real people, numbers or
addresses is accidental (phone numbers use reserved/fictional ranges where one exists).

Annotation choices
------------------
* NAME: any person (patient, relative, carer, clinician, nurse, optometrist, GP, secretary),
  marked without the title (``Dr``, ``Mrs``, ``Sister``) and without a possessive ``'s``;
  given name + surname is one span; ``Surname, Given`` is one span; initials used as a
  person's name or signature (``JK``, ``R.T.``) are NAME; a bare first name of a relative is NAME.
  Post-nominals (FRCOphth, MBBS) are not part of the span.
* DATE: any date more specific than a year (day+month, month+year, full dates in any
  format, incl. ``DOB``); the whole date expression is one span; weekday names alone, bare years,
  times and appointment intervals (``6/52``, ``4 weeks``) are not identifiers.
* AGE: only ages over 89, just the number. Ages of 89 and under are left unmarked and their
  redaction counts as a false positive.
* PHONE / FAX: the number only (not ``ext`` or labels); a mobile is PHONE.
* EMAIL, URL, IP: the whole address.
* MRN: hospital / NHS / CHI / UR / UHID / unit / record / clinic-file numbers.
* ACCOUNT: billing, invoice or bank-style account numbers.
* INSURANCE: insurer member / policy numbers, Medicare / Medicaid / health-card numbers (incl.
  Canadian provincial health cards and Australian Medicare/DVA numbers).
* ADDRESS: street lines (house number + street, flat/building lines) as one span; each
  town / city / suburb / county / district as its own span. Countries, US states, Canadian
  provinces, Australian states and Indian states are not marked.
* ZIP: postcodes, ZIP codes, Eircodes, PIN codes.
* DEVICE: device / implant / instrument serial numbers.
* LICENSE: GMC/GOC/NMC/AHPRA/medical-council/CPSO registration numbers, NPI, driving-licence
  numbers, certificate numbers.
* VEHICLE: number plates and VINs.
* ARGUABLE: hospital, practice, clinic and trust names (some contain a town name, which is then
  not separately marked); their redaction is not counted as an error.
"""

POSITIVE = [
    # ---------------- UK clinic / referral letters ----------------
    (
        "Dear Dr Okonkwo, I reviewed Mrs Margaret Ellison (DOB 14/06/1948, Hosp No. RTH0048213) in the "
        "Medical Retina clinic on 03/11/2026.",
        [
            ("NAME", "Okonkwo"),
            ("NAME", "Margaret Ellison"),
            ("DATE", "14/06/1948"),
            ("MRN", "RTH0048213"),
            ("DATE", "03/11/2026"),
        ],
    ),
    (
        "NHS number 485 777 3456. Address: 17 Wellington Crescent, Headingley, Leeds LS6 3PQ.",
        [
            ("MRN", "485 777 3456"),
            ("ADDRESS", "17 Wellington Crescent"),
            ("ADDRESS", "Headingley"),
            ("ADDRESS", "Leeds"),
            ("ZIP", "LS6 3PQ"),
        ],
    ),
    (
        "Thank you for referring this 93-year-old gentleman, Mr Harold Pickering, with sudden painless loss "
        "of vision in the right eye.",
        [("AGE", "93"), ("NAME", "Harold Pickering")],
    ),
    (
        "Baker reports that the floaters have settled since the barrier laser, and there are no new flashes.",
        [("NAME", "Baker")],
    ),
    (
        "She was seen with her daughter, Priya, who kindly translated for her.",
        [("NAME", "Priya")],
    ),
    (
        "cc: Dr A. Fitzgerald, GP, The Limes Surgery; Ms J. Adeyemi, Optometrist",
        [("NAME", "A. Fitzgerald"), ("NAME", "J. Adeyemi")],
    ),
    (
        "Yours sincerely, Mr Rajesh Venkataraman FRCOphth, Consultant Ophthalmic Surgeon",
        [("NAME", "Rajesh Venkataraman")],
    ),
    (
        "Dictated but not signed. Typed by: Bev Hollins (medical secretary) on 24.11.26.",
        [("NAME", "Bev Hollins"), ("DATE", "24.11.26")],
    ),
    (
        "I saw your patient Mr Wood today. Mr Wood has a dense nuclear sclerotic cataract in the left eye "
        "and would like to proceed with surgery.",
        [("NAME", "Wood"), ("NAME", "Wood")],
    ),
    (
        "Re: Grace Mills, DOB 02.03.1957, 41 Orchard Way, Didcot, Oxfordshire OX11 7HB",
        [
            ("NAME", "Grace Mills"),
            ("DATE", "02.03.1957"),
            ("ADDRESS", "41 Orchard Way"),
            ("ADDRESS", "Didcot"),
            ("ADDRESS", "Oxfordshire"),
            ("ZIP", "OX11 7HB"),
        ],
    ),
    (
        "Will Hardcastle attended alone today and drove himself to clinic despite advice.",
        [("NAME", "Will Hardcastle")],
    ),
    (
        "Mrs Mahmoud's glaucoma appears stable; her IOP today was 16 mmHg in both eyes on Ganfort nocte.",
        [("NAME", "Mahmoud")],
    ),
    (
        "Her son Kwabena (tel. 07946 118 230) is the main contact and manages her drops.",
        [("NAME", "Kwabena"), ("PHONE", "07946 118 230")],
    ),
    (
        "This lady, now 91, lives alone in sheltered housing in Bognor Regis and has stopped driving.",
        [("AGE", "91"), ("ADDRESS", "Bognor Regis")],
    ),
    (
        "Patient: CHAUDHRY, Imran   Hosp No: K0983321   NHS No: 943 476 5919   Clinic date: 17-Nov-2026",
        [("NAME", "CHAUDHRY, Imran"), ("MRN", "K0983321"), ("MRN", "943 476 5919"), ("DATE", "17-Nov-2026")],
    ),
    (
        "Kind regards, Dr Eleanor Swift, ST5 Ophthalmology, on behalf of Professor Bashir",
        [("NAME", "Eleanor Swift"), ("NAME", "Bashir")],
    ),
    (
        "Rose continues to use Rose Bengal-free lubricants and reports her eyes feel better since March.",
        [("NAME", "Rose")],
    ),
    (
        "Mark Fenwick denies any headache or jaw claudication, and his ESR and CRP were normal.",
        [("NAME", "Mark Fenwick")],
    ),
    (
        "Referral from Specsavers Truro (optometrist Kerenza Penhaligon, GOC 01-29384) dated 6th October 2026.",
        [("NAME", "Kerenza Penhaligon"), ("LICENSE", "01-29384"), ("DATE", "6th October 2026")],
    ),
    (
        "Dr Ng and I discussed the options with Mr and Mrs Oyelaran-Smith at length.",
        [("NAME", "Ng"), ("NAME", "Oyelaran-Smith")],
    ),
    (
        "He lives at Flat 4, 112 Cowley Road, Oxford OX4 1JE with his partner, Dominic.",
        [("ADDRESS", "Flat 4, 112 Cowley Road"), ("ADDRESS", "Oxford"), ("ZIP", "OX4 1JE"), ("NAME", "Dominic")],
    ),
    (
        "Consultant: Miss Hannah O'Rourke-Byrne   Secretary: Tel 0117 496 0822, Fax 0117 496 0823",
        [("NAME", "Hannah O'Rourke-Byrne"), ("PHONE", "0117 496 0822"), ("FAX", "0117 496 0823")],
    ),
    (
        "Hunter was brought by his mum, Stacey, after a paintball injury to the left eye on Saturday 21st November.",
        [("NAME", "Hunter"), ("NAME", "Stacey"), ("DATE", "Saturday 21st November")],
    ),
    (
        "Faith declined the offer of a second opinion and would prefer to stay under Mr Lim's care.",
        [("NAME", "Faith"), ("NAME", "Lim")],
    ),
    (
        "CHI number 0103451234. GP: Dr F. MacLeod, Portree Medical Centre, Isle of Skye IV51 9BZ.",
        [("MRN", "0103451234"), ("NAME", "F. MacLeod"), ("ADDRESS", "Isle of Skye"), ("ZIP", "IV51 9BZ")],
    ),
    (
        "Amber has been using atropine 0.01% since her last visit on 14 August and her myopia has not progressed.",
        [("NAME", "Amber"), ("DATE", "14 August")],
    ),
    (
        "He is registered with the DVLA (driver number HARRI654312J99AB) and we have advised him to inform them.",
        [("LICENSE", "HARRI654312J99AB")],
    ),
    (
        "He arrived in his own car, registration LK19 XTV, and was advised not to drive home after dilation.",
        [("VEHICLE", "LK19 XTV")],
    ),
    (
        "Signed, JK (orthoptist)",
        [("NAME", "JK")],
    ),
    (
        "Florence, aged 97, was found to have bilateral geographic atrophy; her niece Mrs Beatrice Quayle has LPA.",
        [("NAME", "Florence"), ("AGE", "97"), ("NAME", "Beatrice Quayle")],
    ),
    (
        "I would be grateful if Mr Khan could be seen by the oculoplastic team. His wife Nasreen has a copy of "
        "this letter.",
        [("NAME", "Khan"), ("NAME", "Nasreen")],
    ),
    (
        "seen today with son raj, pt mrs kaur says the vision in the right eye is blurry for 2 weeks",
        [("NAME", "raj"), ("NAME", "kaur")],
    ),
    (
        "MR PATRICK O'SULLIVAN, 9 ST MARY'S TERRACE, CARDIFF CF10 1AB - ATTENDED EYE CASUALTY 22/11/2026",
        [
            ("NAME", "PATRICK O'SULLIVAN"),
            ("ADDRESS", "9 ST MARY'S TERRACE"),
            ("ADDRESS", "CARDIFF"),
            ("ZIP", "CF10 1AB"),
            ("DATE", "22/11/2026"),
        ],
    ),
    (
        "Private patient: Bupa membership number 88451209; invoice account 00347812.",
        [("INSURANCE", "88451209"), ("ACCOUNT", "00347812")],
    ),
    (
        "Dr Young and Dr Green both reviewed the fields and agree there is progression superotemporally.",
        [("NAME", "Young"), ("NAME", "Green")],
    ),
    (
        "Letter copied to: patient; Dr S. Thirunavukkarasu (GP); Ms L. Brennan, Community Optometrist, "
        "Boots Opticians Wigan",
        [("NAME", "S. Thirunavukkarasu"), ("NAME", "L. Brennan")],
    ),
    (
        "Mrs Oduya's husband, Femi, rang on 0208 123 4567 to say she has been admitted to Lewisham Hospital.",
        [("NAME", "Oduya"), ("NAME", "Femi"), ("PHONE", "0208 123 4567")],
    ),
    (
        "Ahmed tolerated the procedure well. Ahmed will return in 4 weeks for a pressure check.",
        [("NAME", "Ahmed"), ("NAME", "Ahmed")],
    ),
    (
        "The patient, Ms Ioana Popescu, is a 34-year-old interpreter from Bucharest who now lives in Luton.",
        [("NAME", "Ioana Popescu"), ("ADDRESS", "Bucharest"), ("ADDRESS", "Luton")],
    ),
    # ---------------- imaging / field / device reports ----------------
    (
        "OCT macula, Spectralis SN 1702-44981. Patient: WONG, Mei Ling. MRN 00731562. Scan date 21-Oct-2026. "
        "Operator: KH.",
        [
            ("DEVICE", "1702-44981"),
            ("NAME", "WONG, Mei Ling"),
            ("MRN", "00731562"),
            ("DATE", "21-Oct-2026"),
            ("NAME", "KH"),
        ],
    ),
    (
        "Humphrey 24-2 SITA Standard performed on 5 Jan 2026 for Mr D'Souza; reliability acceptable "
        "(FL 1/14, FP 3%, FN 2%).",
        [("DATE", "5 Jan 2026"), ("NAME", "D'Souza")],
    ),
    (
        "Optos widefield images (camera serial OPT-CA-000917) captured by photographer Ciaran Duffy, 2026-10-30 14:02.",
        [("DEVICE", "OPT-CA-000917"), ("NAME", "Ciaran Duffy"), ("DATE", "2026-10-30")],
    ),
    (
        "IOLMaster 700 biometry - Name: van der Merwe, Pieter; ID 6620174; Exam 11/09/2026; AL 24.61 mm, "
        "K1 43.25 D, K2 44.00 D.",
        [("NAME", "van der Merwe, Pieter"), ("MRN", "6620174"), ("DATE", "11/09/2026")],
    ),
    (
        "Implanted: Tecnis ZCB00 +21.5 D, serial number 2410758831, right eye, 19 Nov 2026, surgeon TR.",
        [("DEVICE", "2410758831"), ("DATE", "19 Nov 2026"), ("NAME", "TR")],
    ),
    (
        "Image export failed; workstation 10.41.8.122 could not reach the PACS server at 10.41.2.15.",
        [("IP", "10.41.8.122"), ("IP", "10.41.2.15")],
    ),
    (
        "Fundus photos for grading uploaded to https://retinagrading.example-nhs.uk/case/55120-ab by "
        "technician D. Osei.",
        [("URL", "https://retinagrading.example-nhs.uk/case/55120-ab"), ("NAME", "D. Osei")],
    ),
    (
        "Pentacam report (device S/N 70023-1198): Kmax 58.2 D right eye, consistent with progressive keratoconus "
        "- for CXL. Pt: Tobias Ferreira-Lund.",
        [("DEVICE", "70023-1198"), ("NAME", "Tobias Ferreira-Lund")],
    ),
    (
        "Visual field (Octopus G-programme) 04/02/2026, patient LEE, SUNG-MIN, unreliable - repeat.",
        [("DATE", "04/02/2026"), ("NAME", "LEE, SUNG-MIN")],
    ),
    (
        "Tonometer calibration: iCare IC200 serial 2218-00437 checked by Sister Mwangi on 01/11/26.",
        [("DEVICE", "2218-00437"), ("NAME", "Mwangi"), ("DATE", "01/11/26")],
    ),
    (
        "ERG/VEP performed by clinical scientist Dr Ruth Abernethy; results reported to Mr Castellanos.",
        [("NAME", "Ruth Abernethy"), ("NAME", "Castellanos")],
    ),
    (
        "Diabetic eye screening: graded R1M0 bilaterally by grader Andrea Pellegrini, screening ID "
        "DES-0049218, 29/10/2026.",
        [("NAME", "Andrea Pellegrini"), ("MRN", "DES-0049218"), ("DATE", "29/10/2026")],
    ),
    # ---------------- injection clinic ----------------
    (
        "Intravitreal aflibercept 2 mg left eye, injection no. 14. Given by Nurse Practitioner Siobhan Gallagher "
        "at 10:45 on 12 Feb. Next due 12/03/2026.",
        [("NAME", "Siobhan Gallagher"), ("DATE", "12 Feb"), ("DATE", "12/03/2026")],
    ),
    (
        "Faricimab RE. Time out completed with Ade (HCA) and Bronwen (injector). Povidone 5% applied.",
        [("NAME", "Ade"), ("NAME", "Bronwen")],
    ),
    (
        "Mr Gordon Pryce, 94, attends monthly for ranibizumab; transport booked via his carer Denise on 01632 960 418.",
        [("NAME", "Gordon Pryce"), ("AGE", "94"), ("NAME", "Denise"), ("PHONE", "01632 960 418")],
    ),
    (
        "IVT log 13/11/2026: pt ROBINSON, Keith (RXH 2210987), L eye, Eylea, injector MB, checked by SS.",
        [("DATE", "13/11/2026"), ("NAME", "ROBINSON, Keith"), ("MRN", "RXH 2210987"), ("NAME", "MB"), ("NAME", "SS")],
    ),
    (
        "Treat-and-extend interval increased to 10 weeks. Patient asked whether Dr Patel-Hughes could do the "
        "next injection.",
        [("NAME", "Patel-Hughes")],
    ),
    (
        "Ozurdex implant right eye for CRVO macular oedema; lot checked, batch 4471 expiry fine; consent by "
        "Mr Adebayo Ogunleye-Wright taken on 20th Nov 2026.",
        [("NAME", "Adebayo Ogunleye-Wright"), ("DATE", "20th Nov 2026")],
    ),
    # ---------------- nursing / triage / telephone ----------------
    (
        "Drops instilled by SN Kowalczyk. Pt's husband Tomasz waiting in reception, mobile 07700 900482.",
        [("NAME", "Kowalczyk"), ("NAME", "Tomasz"), ("PHONE", "07700 900482")],
    ),
    (
        "Triage call 08:15 from Mrs Agnieszka Nowak-Lewandowska, c/o red painful eye since Sunday. Callback "
        "0161 496 0731.",
        [("NAME", "Agnieszka Nowak-Lewandowska"), ("PHONE", "0161 496 0731")],
    ),
    (
        "Telephoned patient's wife (Joan) re: post-op drops; she confirmed he is using Maxitrol QDS.",
        [("NAME", "Joan")],
    ),
    (
        "Phone call from Boots pharmacist Declan re: Mr Oakes - out of stock of Xalatan; advised Latanoprost "
        "generic is fine.",
        [("NAME", "Declan"), ("NAME", "Oakes")],
    ),
    (
        "Eye casualty triage: 23 y/o male, chemical splash at work (cement) at 07:30. Triaged by RN Chidi "
        "Eze, irrigated to pH 7.5.",
        [("NAME", "Chidi Eze")],
    ),
    (
        "Tel consultation 16/11: spoke to patient's daughter-in-law, Mrs Sunita Rao, on +44 7911 123456; "
        "DNA'd twice, new appointment sent.",
        [("DATE", "16/11"), ("NAME", "Sunita Rao"), ("PHONE", "+44 7911 123456")],
    ),
    (
        "Nursing note: Visual acuity checked by Sarah-Jane. Patient anxious; husband Brian stayed during "
        "the procedure.",
        [("NAME", "Sarah-Jane"), ("NAME", "Brian")],
    ),
    (
        "Left voicemail for Ms Bright at 15:40 re: results; no answer on landline 01865 555 2234.",
        [("NAME", "Bright"), ("PHONE", "01865 555 2234")],
    ),
    (
        "Pt called back. Confirmed identity (name, DOB 30/01/1939, first line of address 6 Church Lane). "
        "Advised to attend ECLO.",
        [("DATE", "30/01/1939"), ("ADDRESS", "6 Church Lane")],
    ),
    (
        "Safeguarding: child brought by grandmother Mrs Ivy Partridge; mother (Chantelle) not contactable.",
        [("NAME", "Ivy Partridge"), ("NAME", "Chantelle")],
    ),
    # ---------------- discharge summaries ----------------
    (
        "Discharge summary. Name: Fergus McAllister. Admitted 02/09/2026, discharged 04/09/2026 following "
        "vitrectomy for macula-off RD. Consultant: Miss E. Harrington.",
        [("NAME", "Fergus McAllister"), ("DATE", "02/09/2026"), ("DATE", "04/09/2026"), ("NAME", "E. Harrington")],
    ),
    (
        "Inpatient stay for orbital cellulitis (Ward 7B). Discharging doctor: Dr Olamide Bankole-Ajayi, "
        "bleep via switchboard. Date of discharge: Monday 9 November 2026.",
        [("NAME", "Olamide Bankole-Ajayi"), ("DATE", "Monday 9 November 2026")],
    ),
    (
        "Follow-up arranged with Mr Abernathy's team in 2/52. TTOs: chloramphenicol QDS 2 weeks. Summary "
        "sent to Dr Herrera, Parkside Surgery, 3 Elm Road, Hove BN3 2TT.",
        [
            ("NAME", "Abernathy"),
            ("NAME", "Herrera"),
            ("ADDRESS", "3 Elm Road"),
            ("ADDRESS", "Hove"),
            ("ZIP", "BN3 2TT"),
        ],
    ),
    # ---------------- emails pasted into records ----------------
    (
        "From: lucy.chambers@nhs.net Sent: 14 November 2026 09:12 To: eye.referrals@uhb.nhs.uk Subject: "
        "urgent referral - Mr Tariq Mahmood",
        [
            ("EMAIL", "lucy.chambers@nhs.net"),
            ("DATE", "14 November 2026"),
            ("EMAIL", "eye.referrals@uhb.nhs.uk"),
            ("NAME", "Tariq Mahmood"),
        ],
    ),
    (
        "Hi Tom, could you squeeze Mrs Achterberg into Thursday's list? She's had a vitreous haemorrhage. "
        "Thanks, Priyanka",
        [("NAME", "Tom"), ("NAME", "Achterberg"), ("NAME", "Priyanka")],
    ),
    (
        "Email from patient (g.hastings1952@btinternet.com): 'The new drops sting terribly, can I go back to "
        "the old ones?' Reply sent by Glaucoma CNS Yusuf.",
        [("EMAIL", "g.hastings1952@btinternet.com"), ("NAME", "Yusuf")],
    ),
    (
        "-----Original Message----- From: Okafor Chinwe (RTH) Sent: 03 November 2026 17:45 Subject: RE: "
        "Results for J.P.",
        [("NAME", "Okafor Chinwe"), ("DATE", "03 November 2026"), ("NAME", "J.P.")],
    ),
    (
        "Please reply to ophthalmology.secretaries@nhs.net quoting reference MRN 77-10432-1.",
        [("EMAIL", "ophthalmology.secretaries@nhs.net"), ("MRN", "77-10432-1")],
    ),
    (
        "Dear Dr Hollis, many thanks - I've booked her for the 7th Dec. Best wishes, Marguerite",
        [("NAME", "Hollis"), ("DATE", "7th Dec"), ("NAME", "Marguerite")],
    ),
    # ---------------- US ----------------
    (
        "Patient: Jonathan R. Whitaker  DOB: 07/22/1961  MRN: 4471-0923  Acct #: 90021877341",
        [("NAME", "Jonathan R. Whitaker"), ("DATE", "07/22/1961"), ("MRN", "4471-0923"), ("ACCOUNT", "90021877341")],
    ),
    (
        "Insurance: BlueCross BlueShield, member ID XQH884215903. Secondary: Medicare MBI 1EG4-TE5-MK73.",
        [("INSURANCE", "XQH884215903"), ("INSURANCE", "1EG4-TE5-MK73")],
    ),
    (
        "Mrs. Dolores Santiago-Rivera, 1142 Maple Ave Apt 3B, Springfield, IL 62704. Phone (217) 555-0148.",
        [
            ("NAME", "Dolores Santiago-Rivera"),
            ("ADDRESS", "1142 Maple Ave Apt 3B"),
            ("ADDRESS", "Springfield"),
            ("ZIP", "62704"),
            ("PHONE", "(217) 555-0148"),
        ],
    ),
    (
        "Referred by Dr. Kwame Asante-Boateng, OD. Fax: 617-555-0199.",
        [("NAME", "Kwame Asante-Boateng"), ("FAX", "617-555-0199")],
    ),
    (
        "HPI: Mr. Lopez is a 67 yo Hispanic male with PDR OU s/p PRP who presents for f/u. Wife Guadalupe accompanies.",
        [("NAME", "Lopez"), ("NAME", "Guadalupe")],
    ),
    (
        "Attending: Gabriel Stein, MD. Resident: Chloe Nakamura, MD. Scribe: T. Brooks.",
        [("NAME", "Gabriel Stein"), ("NAME", "Chloe Nakamura"), ("NAME", "T. Brooks")],
    ),
    (
        "Pt is a 102 y/o female from a nursing home in Scottsdale, AZ, brought in by EMS for eye pain.",
        [("AGE", "102"), ("ADDRESS", "Scottsdale")],
    ),
    (
        "NPI 1467582913 - Dr. Rebecca Tsai, Cornea Service. Patient portal: https://mychart.example.org/visit?id=88213",
        [("LICENSE", "1467582913"), ("NAME", "Rebecca Tsai"), ("URL", "https://mychart.example.org/visit?id=88213")],
    ),
    (
        "Medicaid ID 00917443826; pt lives at 5 Birch Hollow Rd, Bangor, ME 04401 with her grandson Tyler.",
        [
            ("INSURANCE", "00917443826"),
            ("ADDRESS", "5 Birch Hollow Rd"),
            ("ADDRESS", "Bangor"),
            ("ZIP", "04401"),
            ("NAME", "Tyler"),
        ],
    ),
    (
        "Driver's license #D123-4567-8901 was photocopied for the low-vision DMV form; vehicle VIN 1HGCM82633A004352.",
        [("LICENSE", "D123-4567-8901"), ("VEHICLE", "1HGCM82633A004352")],
    ),
    (
        "Cataract surgery OD on 10/15/2026 by Dr. Nguyen. Post-op day 1 seen by Dr. Abramowitz.",
        [("DATE", "10/15/2026"), ("NAME", "Nguyen"), ("NAME", "Abramowitz")],
    ),
    (
        "SMITH, JOHN A   DOB 3/4/1950   Visit 11/23/2026   Encounter #E55012934   Billing acct 7781-2230",
        [
            ("NAME", "SMITH, JOHN A"),
            ("DATE", "3/4/1950"),
            ("DATE", "11/23/2026"),
            ("MRN", "E55012934"),
            ("ACCOUNT", "7781-2230"),
        ],
    ),
    (
        "Spoke w/ pt's son Marcus at 312.555.0187, he will bring her to Northwestern on Tues 12/1.",
        [("NAME", "Marcus"), ("PHONE", "312.555.0187"), ("DATE", "12/1")],
    ),
    (
        "Glaucoma flowsheet, 1 Jan 2025 - 30 Jun 2026, pt: DeShawn Williams, Aetna ID W228814573.",
        [("DATE", "1 Jan 2025"), ("DATE", "30 Jun 2026"), ("NAME", "DeShawn Williams"), ("INSURANCE", "W228814573")],
    ),
    (
        "Hope Castillo, COT, performed the refraction; Dr. King reviewed.",
        [("NAME", "Hope Castillo"), ("NAME", "King")],
    ),
    (
        "Pt requests records be mailed to 2300 W Elm St, Suite 410, Dallas, TX 75201.",
        [("ADDRESS", "2300 W Elm St, Suite 410"), ("ADDRESS", "Dallas"), ("ZIP", "75201")],
    ),
    (
        "Pt dropped off by Uber; plate 7TRX482 (CA) noted by security after a fall in the parking lot.",
        [("VEHICLE", "7TRX482")],
    ),
    (
        "Tele-ophthalmology session from 172.16.4.201 disconnected; pt Ms. Begay re-joined from the Chinle "
        "clinic tablet.",
        [("IP", "172.16.4.201"), ("NAME", "Begay"), ("ADDRESS", "Chinle")],
    ),
    (
        "Macular hole repair planned for Dec 14, 2026. Consent witnessed by Kimberly Sato, RN.",
        [("DATE", "Dec 14, 2026"), ("NAME", "Kimberly Sato")],
    ),
    (
        "Montgomery is doing well post-DSAEK and reports reading the newspaper again.",
        [("NAME", "Montgomery")],
    ),
    # ---------------- Irish ----------------
    (
        "Ms Aoife Ní Bhriain, MRN 2291847, attended the Royal Victoria Eye and Ear Hospital on 9th October 2026.",
        [("NAME", "Aoife Ní Bhriain"), ("MRN", "2291847"), ("DATE", "9th October 2026")],
    ),
    (
        "Address: 4 Ard na Gréine, Ballincollig, Co. Cork, P31 X2Y7.",
        [("ADDRESS", "4 Ard na Gréine"), ("ADDRESS", "Ballincollig"), ("ADDRESS", "Co. Cork"), ("ZIP", "P31 X2Y7")],
    ),
    (
        "GP: Dr Seán Ó Murchú, tel 021 487 3301. Medical Council reg. no. 412873.",
        [("NAME", "Seán Ó Murchú"), ("PHONE", "021 487 3301"), ("LICENSE", "412873")],
    ),
    (
        "Pádraig was reviewed with his mother Máire; VHI member no. 1023-884-551.",
        [("NAME", "Pádraig"), ("NAME", "Máire"), ("INSURANCE", "1023-884-551")],
    ),
    (
        "Mr Fitzpatrick from Tullamore, Co. Offaly, 90 years old, presented with a painful blind left eye.",
        [("NAME", "Fitzpatrick"), ("ADDRESS", "Tullamore"), ("ADDRESS", "Co. Offaly"), ("AGE", "90")],
    ),
    (
        "Kindly contact Niamh in the eye clinic office on +353 1 664 4600 or niamh.doherty@hse.ie.",
        [("NAME", "Niamh"), ("PHONE", "+353 1 664 4600"), ("EMAIL", "niamh.doherty@hse.ie")],
    ),
    (
        "He crashed his car (reg 161-D-48213) last week; the Gardaí asked whether his vision met the standard.",
        [("VEHICLE", "161-D-48213")],
    ),
    (
        "Seen at the Mater on 02/10/26 by Ms Ciara Mac Giolla Phádraig, registrar.",
        [("DATE", "02/10/26"), ("NAME", "Ciara Mac Giolla Phádraig")],
    ),
    # ---------------- Australian ----------------
    (
        "Medicare No. 2953 71846 1; DVA file QX123456; UR 0098214.",
        [("INSURANCE", "2953 71846 1"), ("INSURANCE", "QX123456"), ("MRN", "0098214")],
    ),
    (
        "Mr Bruce Tamblyn, 27 Wattle Grove, Toowoomba QLD 4350, was reviewed at the Queensland Eye Institute.",
        [("NAME", "Bruce Tamblyn"), ("ADDRESS", "27 Wattle Grove"), ("ADDRESS", "Toowoomba"), ("ZIP", "4350")],
    ),
    (
        "AHPRA registration MED0001234567 - Dr Leanne Cho, ophthalmologist, Parramatta.",
        [("LICENSE", "MED0001234567"), ("NAME", "Leanne Cho"), ("ADDRESS", "Parramatta")],
    ),
    (
        "G'day Dr Kowalski - Jarrah (Aboriginal liaison officer) can be reached on 0412 345 678 to help with "
        "transport for Uncle Reggie.",
        [("NAME", "Kowalski"), ("NAME", "Jarrah"), ("PHONE", "0412 345 678"), ("NAME", "Reggie")],
    ),
    (
        "Referral from Dr Nikolaidis, Footscray, ph (03) 9689 2211, fax (03) 9689 2299, re: Mrs Thi Hoa Tran.",
        [
            ("NAME", "Nikolaidis"),
            ("ADDRESS", "Footscray"),
            ("PHONE", "(03) 9689 2211"),
            ("FAX", "(03) 9689 2299"),
            ("NAME", "Thi Hoa Tran"),
        ],
    ),
    (
        "Outreach clinic at Alice Springs 18/08/2026: 14 patients screened; Mr Japaljarri had trachoma scarring (TS).",
        [("ADDRESS", "Alice Springs"), ("DATE", "18/08/2026"), ("NAME", "Japaljarri")],
    ),
    (
        "Unit 5/28 Beach Rd, Glenelg SA 5045 - patient's postal address; mobile 0498 765 432.",
        [("ADDRESS", "Unit 5/28 Beach Rd"), ("ADDRESS", "Glenelg"), ("ZIP", "5045"), ("PHONE", "0498 765 432")],
    ),
    (
        "Private health fund: Medibank, membership 6104428815. Account number 33021-7 for the gap payment.",
        [("INSURANCE", "6104428815"), ("ACCOUNT", "33021-7")],
    ),
    # ---------------- Indian ----------------
    (
        "Patient Name: Smt. Lakshmi Subramanian, Age/Sex: 67/F, UHID: AEH/2026/118457, Mob: +91 98450 12763.",
        [("NAME", "Lakshmi Subramanian"), ("MRN", "AEH/2026/118457"), ("PHONE", "+91 98450 12763")],
    ),
    (
        "Address: Flat 12, Sai Krupa Apartments, 3rd Cross, Jayanagar, Bengaluru 560041.",
        [
            ("ADDRESS", "Flat 12, Sai Krupa Apartments, 3rd Cross"),
            ("ADDRESS", "Jayanagar"),
            ("ADDRESS", "Bengaluru"),
            ("ZIP", "560041"),
        ],
    ),
    (
        "Seen by Dr. Mohammed Irfan Qureshi (Reg. No. KMC 78412) along with fellow Dr. Ananya Bhattacharjee.",
        [("NAME", "Mohammed Irfan Qureshi"), ("LICENSE", "KMC 78412"), ("NAME", "Ananya Bhattacharjee")],
    ),
    (
        "MR No. 2026-04-33187. Pt Shri Ramesh Chand Yadav, S/o Late Shri Hari Ram Yadav, R/o Village Khedi, "
        "Dist. Sikar.",
        [
            ("MRN", "2026-04-33187"),
            ("NAME", "Ramesh Chand Yadav"),
            ("NAME", "Hari Ram Yadav"),
            ("ADDRESS", "Village Khedi"),
            ("ADDRESS", "Sikar"),
        ],
    ),
    (
        "Mature cataract both eyes; counselled along with attendant (wife) Kamla Devi. Camp at Madurai on 15.10.2026.",
        [("NAME", "Kamla Devi"), ("ADDRESS", "Madurai"), ("DATE", "15.10.2026")],
    ),
    (
        "Ayushman Bharat card no. 48-3311-0927-6655 verified at registration counter by Ms. Fathima.",
        [("INSURANCE", "48-3311-0927-6655"), ("NAME", "Fathima")],
    ),
    (
        "Opinion sought from Dr. Venkatesh (retina) - reply: 'Please do FFA and book PRP with Dr. Sen.'",
        [("NAME", "Venkatesh"), ("NAME", "Sen")],
    ),
    (
        "Pt Gurpreet Singh Dhillon, 92 yrs, resident of Ludhiana, brought by grandson Arjun; ph 0161-2456789.",
        [
            ("NAME", "Gurpreet Singh Dhillon"),
            ("AGE", "92"),
            ("ADDRESS", "Ludhiana"),
            ("NAME", "Arjun"),
            ("PHONE", "0161-2456789"),
        ],
    ),
    (
        "Discharge card: Mast. Aditya Kulkarni, DOA 12-11-2026, DOD 14-11-2026, IP No. 55873.",
        [("NAME", "Aditya Kulkarni"), ("DATE", "12-11-2026"), ("DATE", "14-11-2026"), ("MRN", "55873")],
    ),
    # ---------------- Canadian ----------------
    (
        "OHIP 5584-392-017-AB. Mr. Jean-François Tremblay, 88 rue Saint-Denis, Montréal QC H2X 3K8.",
        [
            ("INSURANCE", "5584-392-017-AB"),
            ("NAME", "Jean-François Tremblay"),
            ("ADDRESS", "88 rue Saint-Denis"),
            ("ADDRESS", "Montréal"),
            ("ZIP", "H2X 3K8"),
        ],
    ),
    (
        "CPSO #0987654. Dr. Harpreet Sandhu, ph 905-555-0172 ext 4411.",
        [("LICENSE", "0987654"), ("NAME", "Harpreet Sandhu"), ("PHONE", "905-555-0172")],
    ),
    (
        "Pt resides in Thunder Bay; referred by optometrist Dr. Wapachee of Moose Factory for suspected "
        "CRAO on 2026-11-02.",
        [("ADDRESS", "Thunder Bay"), ("NAME", "Wapachee"), ("ADDRESS", "Moose Factory"), ("DATE", "2026-11-02")],
    ),
    (
        "Chart #CH-0091772. Seen by Dr. Marie-Ève Gagnon and Dr. Liam O'Connell on November 20th, 2026.",
        [
            ("MRN", "CH-0091772"),
            ("NAME", "Marie-Ève Gagnon"),
            ("NAME", "Liam O'Connell"),
            ("DATE", "November 20th, 2026"),
        ],
    ),
    (
        "BC PHN 9876 543 210. Nurse Gail Thunderchild applied the shield and eye pad.",
        [("INSURANCE", "9876 543 210"), ("NAME", "Gail Thunderchild")],
    ),
    # ---------------- structured headers and flattened tables ----------------
    (
        "Surname: ABERCROMBIE | Forename(s): Lachlan James | DOB: 19/12/1944 | Sex: M | NHS: 401 023 2137",
        [("NAME", "ABERCROMBIE"), ("NAME", "Lachlan James"), ("DATE", "19/12/1944"), ("MRN", "401 023 2137")],
    ),
    (
        "Date | Eye | Drug | Injector || 02/10/2026 | R | Eylea | GH || 30/10/2026 | R | Eylea | PD",
        [("DATE", "02/10/2026"), ("NAME", "GH"), ("DATE", "30/10/2026"), ("NAME", "PD")],
    ),
    (
        "Next of kin: Mr Desmond Achebe (husband)   Tel: 0113 496 0055   Relationship: spouse",
        [("NAME", "Desmond Achebe"), ("PHONE", "0113 496 0055")],
    ),
    (
        "Clinician\tRole\tDate\nA. Okoro\tRegistrar\t11 Nov\nB. Lindqvist\tConsultant\t18 Nov",
        [("NAME", "A. Okoro"), ("DATE", "11 Nov"), ("NAME", "B. Lindqvist"), ("DATE", "18 Nov")],
    ),
    (
        "Pt ID: 0049218; Name: Zhang Wei; D.O.B.: 1951-05-08; Referrer: Dr H. Shapiro; Priority: Urgent",
        [("MRN", "0049218"), ("NAME", "Zhang Wei"), ("DATE", "1951-05-08"), ("NAME", "H. Shapiro")],
    ),
    (
        "VA RE 6/9 LE 6/60 | IOP 14/32 | Seen by: Dr Moon | Date: 09/11/2026 | Plan: SLT LE",
        [("NAME", "Moon"), ("DATE", "09/11/2026")],
    ),
    (
        "Clinic list Thu 26/11: 09:00 Holloway M; 09:15 Szabo K; 09:30 Nwachukwu O; 09:45 Bird T.",
        [("DATE", "26/11"), ("NAME", "Holloway M"), ("NAME", "Szabo K"), ("NAME", "Nwachukwu O"), ("NAME", "Bird T")],
    ),
    (
        "Address line 1: Rose Cottage; Address line 2: Nether Stowey; Town: Bridgwater; Postcode: TA5 1LL",
        [("ADDRESS", "Rose Cottage"), ("ADDRESS", "Nether Stowey"), ("ADDRESS", "Bridgwater"), ("ZIP", "TA5 1LL")],
    ),
    (
        "Registered blind (SI) - CVI certificate no. CVI/2026/00871 signed by Mr Al-Hashimi on 25 Oct 2026.",
        [("LICENSE", "CVI/2026/00871"), ("NAME", "Al-Hashimi"), ("DATE", "25 Oct 2026")],
    ),
    (
        "Referrer: Sandra Bullock-Jones (Optom), GOC 01-44120; practice email optom@highstreeteyes.co.uk",
        [("NAME", "Sandra Bullock-Jones"), ("LICENSE", "01-44120"), ("EMAIL", "optom@highstreeteyes.co.uk")],
    ),
    # ---------------- more letters, varied phrasing ----------------
    (
        "Mrs Cohen-Levi brought her own list of questions, which we went through together.",
        [("NAME", "Cohen-Levi")],
    ),
    (
        "According to his carer, Mr Fairweather has been bumping into door frames on the left side.",
        [("NAME", "Fairweather")],
    ),
    (
        "Olusegun explained that his father also went blind from glaucoma in his sixties.",
        [("NAME", "Olusegun")],
    ),
    (
        "Dr Bianchi kindly performed the anterior chamber tap, which was positive for HSV PCR.",
        [("NAME", "Bianchi")],
    ),
    (
        "Kaito underwent squint surgery (right MR recession 5 mm) under Mr Dunmore on 1st October.",
        [("NAME", "Kaito"), ("NAME", "Dunmore"), ("DATE", "1st October")],
    ),
    (
        "Ms Esperanza de la Cruz attends the uveitis clinic; her rheumatologist is Dr Sokolova at the Royal Free.",
        [("NAME", "Esperanza de la Cruz"), ("NAME", "Sokolova")],
    ),
    (
        "I have asked Sister Bernadette to arrange a repeat field test before Mr Hardy's next visit.",
        [("NAME", "Bernadette"), ("NAME", "Hardy")],
    ),
    (
        "Her husband's name is Winston; he is himself blind from RP and they both rely on their neighbour, Mrs Appiah.",
        [("NAME", "Winston"), ("NAME", "Appiah")],
    ),
    (
        "Mr Hassan bin Abdullah, a 45-year-old taxi driver, presented with sudden diplopia on right gaze.",
        [("NAME", "Hassan bin Abdullah")],
    ),
    (
        "Mr Frost noticed a curtain coming down over the vision of his right eye while gardening on 27 Nov.",
        [("NAME", "Frost"), ("DATE", "27 Nov")],
    ),
    (
        "Heidi von Hahn was reviewed in the neuro-ophthalmology clinic; the disc swelling has resolved.",
        [("NAME", "Heidi von Hahn")],
    ),
    (
        "Ms Summer Lake is keen to have refractive lens exchange privately.",
        [("NAME", "Summer Lake")],
    ),
    (
        "Mrs Short's cousin, Dr Amit Joshi, phoned to ask about the biopsy result.",
        [("NAME", "Short"), ("NAME", "Amit Joshi")],
    ),
    (
        "We have written to Mr Rich, the patient's solicitor, at 22 Bedford Row, London WC1R 4JS.",
        [("NAME", "Rich"), ("ADDRESS", "22 Bedford Row"), ("ADDRESS", "London"), ("ZIP", "WC1R 4JS")],
    ),
    (
        "Sophia-Rose and her twin, Isla, both have bilateral congenital cataracts; their father Callum had the "
        "same at birth.",
        [("NAME", "Sophia-Rose"), ("NAME", "Isla"), ("NAME", "Callum")],
    ),
    (
        "Dr Al-Rashid, Dr Menon and I met the family on 19 November 2026.",
        [("NAME", "Al-Rashid"), ("NAME", "Menon"), ("DATE", "19 November 2026")],
    ),
    (
        "Previously under Mr Jakobsen at Aarhus before moving to Harrogate in May 2024.",
        [("NAME", "Jakobsen"), ("ADDRESS", "Aarhus"), ("ADDRESS", "Harrogate"), ("DATE", "May 2024")],
    ),
    (
        "Following his fall, Mr Fortescue-Smythe sustained a hyphaema; INR 3.1 on warfarin.",
        [("NAME", "Fortescue-Smythe")],
    ),
    (
        "Optometrist: Mr Chukwuemeka Obi, Vision Express, tel 01224 555 781, GOC 01-33675.",
        [("NAME", "Chukwuemeka Obi"), ("PHONE", "01224 555 781"), ("LICENSE", "01-33675")],
    ),
    (
        "Pt's partner Alex (they/them) helped with instilling drops; Alex will ring if the pain worsens.",
        [("NAME", "Alex"), ("NAME", "Alex")],
    ),
    (
        "Letter dictated by Dr P. K. Ramaswamy, typed 23/11/2026 (PKR/sh).",
        [("NAME", "P. K. Ramaswamy"), ("DATE", "23/11/2026"), ("NAME", "PKR"), ("NAME", "sh")],
    ),
    (
        "Given that Mrs Petrov is 96 and frail, we agreed not to pursue trabeculectomy.",
        [("NAME", "Petrov"), ("AGE", "96")],
    ),
    (
        "Reviewed by Jamal (ANP) and discussed with Dr Whitfield on call; plan to return tomorrow at 9am.",
        [("NAME", "Jamal"), ("NAME", "Whitfield")],
    ),
    (
        "Patient Wanjiru Kamau travelled from Nairobi for a second opinion, currently staying with her sister in "
        "Croydon.",
        [("NAME", "Wanjiru Kamau"), ("ADDRESS", "Nairobi"), ("ADDRESS", "Croydon")],
    ),
    (
        "Mr Street lives on Street Lane in Roundhay and walks to the bus stop without a cane.",
        [("NAME", "Street"), ("ADDRESS", "Street Lane"), ("ADDRESS", "Roundhay")],
    ),
    (
        "Booked for phaco + IOL LE with Mr Szymański 08/01/2027; pre-op assessment with Nurse Dlamini 18/12/2026.",
        [("NAME", "Szymański"), ("DATE", "08/01/2027"), ("NAME", "Dlamini"), ("DATE", "18/12/2026")],
    ),
    (
        "Mrs Begum (interpreter: Mr Rahman, Sylheti) understood the risks and signed consent form 1.",
        [("NAME", "Begum"), ("NAME", "Rahman")],
    ),
    (
        "The retinal detachment was repaired by Mr Foster on the 3rd of March; oil removal planned for June 2027.",
        [("NAME", "Foster"), ("DATE", "3rd of March"), ("DATE", "June 2027")],
    ),
    (
        "Pt states she is 99 years old; daughter Gwen confirms the date of birth as 12 April 1927.",
        [("AGE", "99"), ("NAME", "Gwen"), ("DATE", "12 April 1927")],
    ),
    (
        "Dr. Yamamoto-Richards' note of Oct 3 documents a relative afferent pupillary defect on the right.",
        [("NAME", "Yamamoto-Richards"), ("DATE", "Oct 3")],
    ),
    (
        "Candice phoned to cancel as her mother, Mrs Evadne Campbell, is in hospital in Kingston.",
        [("NAME", "Candice"), ("NAME", "Evadne Campbell"), ("ADDRESS", "Kingston")],
    ),
    (
        "Dr Bose's registrar, Dr Oluwaseun Adewale, saw the patient in ED at 02:30.",
        [("NAME", "Bose"), ("NAME", "Oluwaseun Adewale")],
    ),
    (
        "OPD card: name ELIZABETH ANNE CARTWRIGHT, hosp no 0284471, ward 12, consultant MR S PATEL",
        [("NAME", "ELIZABETH ANNE CARTWRIGHT"), ("MRN", "0284471"), ("NAME", "S PATEL")],
    ),
    (
        "Pt is a 58-year-old retired farmer from Ballymena, Co. Antrim; H&C number 320 456 7890.",
        [("ADDRESS", "Ballymena"), ("ADDRESS", "Co. Antrim"), ("MRN", "320 456 7890")],
    ),
    (
        "Virtual clinic outcome letter sent by post to 15 Hawthorn Drive, Newton Mearns, Glasgow G77 5QR.",
        [("ADDRESS", "15 Hawthorn Drive"), ("ADDRESS", "Newton Mearns"), ("ADDRESS", "Glasgow"), ("ZIP", "G77 5QR")],
    ),
    (
        "Received scanned referral from Dr. Haddad's office (fax 514-555-0163) on 11/19/2026.",
        [("NAME", "Haddad"), ("FAX", "514-555-0163"), ("DATE", "11/19/2026")],
    ),
    (
        "Nurse note: Mrs Nakashima-Bell's BP 168/94 pre-injection; discussed with Dr Oyelowo who was happy to proceed.",
        [("NAME", "Nakashima-Bell"), ("NAME", "Oyelowo")],
    ),
    (
        "The patient's GP, Dr Wilhelmina Oduro, kindly faxed the medication list to 0121 555 0999.",
        [("NAME", "Wilhelmina Oduro"), ("FAX", "0121 555 0999")],
    ),
    (
        "Lower case free text from kiosk: name john doherty dob 4 july 1952 attending for eye drops check",
        [("NAME", "john doherty"), ("DATE", "4 july 1952")],
    ),
    (
        "Per Dr. Friedman, repeat OCT-A in 3 months. Questions to eyeclinic.scheduling@example-health.org or "
        "(646) 555-0110.",
        [("NAME", "Friedman"), ("EMAIL", "eyeclinic.scheduling@example-health.org"), ("PHONE", "(646) 555-0110")],
    ),
    (
        "Dr Gallo (locum) and Staff Nurse Rhiannon Pugh checked the laser key and safety goggles before the session.",
        [("NAME", "Gallo"), ("NAME", "Rhiannon Pugh")],
    ),
    (
        "Trust IT: the OCT export PC (IP 192.168.40.17) was reimaged; serial on the Cirrus unit is 5000-6142.",
        [("IP", "192.168.40.17"), ("DEVICE", "5000-6142")],
    ),
    (
        "Mr Andersson's account with the private wing (acct no. PW-221087) remains unpaid.",
        [("NAME", "Andersson"), ("ACCOUNT", "PW-221087")],
    ),
    (
        "AXA Health policy PX-4411-908 covers the cataract surgery; pre-authorisation code sent to Mrs Wilde.",
        [("INSURANCE", "PX-4411-908"), ("NAME", "Wilde")],
    ),
    (
        "Bishop remains on the waiting list for DMEK; he was told to expect a call in the new year.",
        [("NAME", "Bishop")],
    ),
    (
        "Contact lens clinic: seen by Eilidh (CL optometrist), lens parameters unchanged; next review with "
        "Mr Drummond.",
        [("NAME", "Eilidh"), ("NAME", "Drummond")],
    ),
    (
        "Dr Oliveira-Santos requested the records be sent to the clinic in Porto as the patient is relocating "
        "on 30.12.2026.",
        [("NAME", "Oliveira-Santos"), ("ADDRESS", "Porto"), ("DATE", "30.12.2026")],
    ),
    (
        "Patient Xu Mingyu (徐明宇), interpreter Mandarin, visual acuity 6/18 RE.",
        [("NAME", "Xu Mingyu"), ("NAME", "徐明宇")],
    ),
    (
        "Signature: ___ Ms E. Kovács, Advanced Nurse Practitioner (Medical Retina), NMC PIN 09A1234E",
        [("NAME", "E. Kovács"), ("LICENSE", "09A1234E")],
    ),
    (
        "Dear Patrick and Maureen, thank you for your letter about your son Ciarán's appointment.",
        [("NAME", "Patrick"), ("NAME", "Maureen"), ("NAME", "Ciarán")],
    ),
    (
        "Orthoptic report (L. Fairbairn, Orthoptist): Cardiff cards 6/12 equivalent both eyes; Lang stereo positive.",
        [("NAME", "L. Fairbairn")],
    ),
    (
        "Can Dr Lal please see Mr. Tan from Bukit Timah next week - he has a recurrent pterygium.",
        [("NAME", "Lal"), ("NAME", "Tan"), ("ADDRESS", "Bukit Timah")],
    ),
    (
        "Mr Said said that his vision was worse in bright sunlight.",
        [("NAME", "Said")],
    ),
    (
        "Video consultation link sent by text: https://meet.example-nhs.net/eyeclinic/room/7782?pt=KL - "
        "patient joined late from her daughter's phone.",
        [("URL", "https://meet.example-nhs.net/eyeclinic/room/7782?pt=KL")],
    ),
    (
        "At 95 Mrs Rosalind Achterberg-Voss remains remarkably independent and still does her own drops.",
        [("AGE", "95"), ("NAME", "Rosalind Achterberg-Voss")],
    ),
    (
        "Home OCT readings are visible to the team at www.homevision-example.com/patients/hk-20931 (login via "
        "Dr Kaur-Sandhu).",
        [("URL", "www.homevision-example.com/patients/hk-20931"), ("NAME", "Kaur-Sandhu")],
    ),
    (
        "Oct 2026 visit: Dr Moreau added dorzolamide; Jan 2027 visit with Dr Moreau again to check IOP.",
        [("DATE", "Oct 2026"), ("NAME", "Moreau"), ("DATE", "Jan 2027"), ("NAME", "Moreau")],
    ),
]

ARGUABLE = [
    "The Limes Surgery",
    "Specsavers Truro",
    "Portree Medical Centre",
    "Boots Opticians Wigan",
    "Boots",
    "Lewisham Hospital",
    "Royal Victoria Eye and Ear Hospital",
    "Queensland Eye Institute",
    "Parkside Surgery",
    "Northwestern",
    "Mater",
    "Royal Free",
    "Vision Express",
    "RTH",
    "uhb",
    "hse",
    "Medibank",
    "Aetna",
    "BlueCross BlueShield",
    "Bupa",
    "AXA Health",
    "VHI",
    "Ward 7B",
    "ward 12",
    "DVA",
    "Medicare",
    "Medicaid",
    "OHIP",
    "Ayushman Bharat",
    "Chinle clinic",
]

CLEAN = [
    # eponymous diseases, signs and structures
    "Fuchs endothelial dystrophy with guttae centrally; advised hypertonic saline drops for morning blur.",
    "Stargardt disease confirmed genetically (ABCA4); flecks extend beyond the arcades.",
    "Best disease: vitelliform lesion at the fovea, EOG Arden ratio reduced.",
    "Coats disease with peripheral telangiectasia and exudation in the inferotemporal quadrant.",
    "Eales disease was considered but the workup was in keeping with sarcoid.",
    "Behçet disease with occlusive retinal vasculitis; rheumatology to start infliximab.",
    "Vogt-Koyanagi-Harada disease presenting with bilateral serous detachments and headache.",
    "Adie tonic pupil on the left, constricting to dilute pilocarpine 0.1%.",
    "Horner syndrome on the right with 2 mm ptosis; apraclonidine test positive.",
    "Marcus Gunn pupil noted on the left; swinging flashlight test repeated twice.",
    "Argyll Robertson pupils - syphilis serology requested.",
    "Leber hereditary optic neuropathy is in the differential given the family history.",
    "Sjögren syndrome with Schirmer test 3 mm at 5 minutes in both eyes.",
    "Graves orbitopathy, CAS 2/7, inactive; no compressive optic neuropathy.",
    "Hutchinson sign positive, so herpes zoster ophthalmicus with likely ocular involvement.",
    "Descemet membrane folds after surgery, expected to settle.",
    "Bowman layer scarring following previous PRK.",
    "Sub-Tenon triamcinolone 40 mg given under topical anaesthesia.",
    "Schlemm canal visible on gonioscopy with blood reflux.",
    "Krukenberg spindle on the endothelium and Sampaolesi line inferiorly.",
    "Haab striae noted in the left cornea, in keeping with congenital glaucoma.",
    "Vossius ring on the anterior lens capsule after the blunt injury.",
    "Elschnig pearls in the visual axis; YAG capsulotomy booked.",
    "Berlin oedema in the inferior retina, expected to resolve spontaneously.",
    "Roth spots in both fundi; blood cultures sent and medics informed.",
    "Weiss ring visible, confirming a posterior vitreous detachment.",
    "Shafer sign negative (no tobacco dust in the anterior vitreous).",
    "Seidel test negative at the wound site.",
    "Purtscher-like retinopathy after acute pancreatitis.",
    "Terson syndrome suspected after the subarachnoid haemorrhage; B-scan shows a flat retina.",
    "Posner-Schlossman syndrome with IOP 48 mmHg and a few fine keratic precipitates.",
    "Axenfeld-Rieger anomaly with posterior embryotoxon and iris strands.",
    "Mooren ulcer excluded; the peripheral keratitis is more likely rheumatoid.",
    "Duane syndrome type 1 on the left with globe retraction on adduction.",
    "Brown syndrome of the right eye, limited elevation in adduction.",
    "Stevens-Johnson syndrome with cicatricial conjunctivitis and symblepharon.",
    "Kayser-Fleischer ring seen on gonioscopy; hepatology aware of the Wilson disease.",
    "Bell's palsy with lagophthalmos; taping at night and ointment advised.",
    "Parkinson's disease limits her ability to instil drops; an Autodrop aid was given.",
    "Down syndrome with keratoconus; corneal cross-linking discussed with carers.",
    "Marfan syndrome with superotemporal lens subluxation.",
    "Susac syndrome considered given branch retinal artery occlusions and hearing loss.",
    "Irvine-Gass cystoid macular oedema after the cataract operation.",
    "Watzke-Allen test positive, consistent with a full thickness macular hole.",
    # tests, charts, instruments and devices (no serials)
    "Snellen acuity 6/9 right, 6/12 left, improving to 6/6 with pinhole.",
    "Visual acuity 20/40 OD and 20/25 OS with current glasses.",
    "Ishihara 17/17 right eye, 15/17 left eye.",
    "Goldmann applanation 18 mmHg right and 21 mmHg left at 11:20.",
    "Humphrey 24-2 SITA Fast: MD -4.2 dB, PSD 5.1 dB, GHT outside normal limits.",
    "Amsler grid shows metamorphopsia superonasally.",
    "Pelli-Robson contrast sensitivity 1.35 log units in each eye.",
    "Farnsworth D-15 shows a protan pattern.",
    "Hess chart shows underaction of the right superior oblique.",
    "Bagolini glasses: suppression of the left eye at near.",
    "Worth four dot: fuses at near, diplopia at distance.",
    "Cardiff acuity cards 0.4 logMAR at 50 cm.",
    "Sheridan Gardiner singles 6/9 each eye with crowding.",
    "Kay pictures 6/6 right and 6/9.5 left.",
    "Spectralis OCT shows subretinal fluid and a small PED.",
    "Cirrus OCT RNFL thinning inferiorly on the left.",
    "Optos imaging of both eyes shows peripheral laser scars only.",
    "Pentacam shows inferior steepening with Kmax 51 D.",
    "IOLMaster 700 biometry: AL 23.45 mm, ACD 3.1 mm; IOL power chosen 21.0 D.",
    "Tono-Pen reading 22 mmHg because she could not position at the slit lamp.",
    "Jones test not performed; syringing patent with no reflux.",
    "B-scan ultrasound: attached retina, no mass lesion.",
    # drugs, doses, intervals, times
    "Lucentis 0.5 mg right eye today, loading dose 2 of 3.",
    "Eylea 2 mg/0.05 mL intravitreal, interval extended to 8 weeks.",
    "Vabysmo (faricimab) 6 mg given with no complications.",
    "Start Xalatan one drop nocte to both eyes.",
    "Switch Lumigan to Cosopt because of hyperaemia.",
    "Alphagan BD added; warned about allergy.",
    "Pred Forte 1% hourly for one week then taper over 6 weeks.",
    "Maxitrol ointment at night for 2 weeks.",
    "G. chloramphenicol 0.5% QDS 1/52.",
    "Oral acetazolamide 250 mg QDS for 48 hours with potassium supplements.",
    "Review in 6/52 with fields and OCT disc.",
    "Follow-up 4/12 in the glaucoma clinic.",
    "Return in 3 months, sooner if symptoms worsen.",
    "Appointment booked for 10:30, arrive 20 minutes early for dilation.",
    "Dilated with tropicamide 1% and phenylephrine 2.5% at 14:05.",
    "Diagnosed with diabetes in 2012 and hypertension in 2018.",
    "Laser PRP 1500 burns, 200 ms, 300 mW, 200 micron spot.",
    "CDR 0.6 right, 0.7 left, with inferior notching on the left.",
    "HbA1c 64 mmol/mol, BP 142/88.",
    "She is 72 and lives with her husband, who drives her to appointments.",
    "An 84-year-old woman with wet AMD in the right eye.",
    "Aged 89, still reading the paper with a magnifier.",
    # words that are also names, used as ordinary words
    "Will review in the clinic once the OCT is done.",
    "Grace period for rebooking is two weeks after a missed appointment.",
    "Rose Bengal staining of the conjunctiva was positive.",
    "Mark the site before the patient goes to theatre.",
    "The patient's son drove her home after the procedure.",
    "Hope to stop the steroid drops at the next visit.",
    "May need a second injection if the fluid persists.",
    "Sandy sensation in both eyes, worse in the evening.",
    "Sterling silver jewellery was removed before the MRI orbits.",
    "Patient was frank about not using the drops since summer.",
    "Young adults with keratoconus are offered cross-linking.",
    "Green laser photocoagulation was applied to the leaking microaneurysms.",
    "King-Devick test was abnormal after the concussion.",
    "Carpenter syndrome is in the differential for the craniosynostosis.",
    "Wood lamp examination was unremarkable.",
    "Brown discolouration of the lens is typical of nuclear cataract.",
    "Faith in the drops was low, so adherence is poor.",
    "Amber tinted lenses may help with glare.",
    "Summer hay fever makes her allergic conjunctivitis worse.",
    "Dawn phenomenon affects his morning glucose readings.",
    "Joy at being able to read again after the cataract surgery.",
    "Hunter syndrome (MPS II) does not usually cause corneal clouding.",
    # capitalised phrases, services, departments, regions
    "Eye Casualty referred her to the Medical Retina clinic.",
    "Glaucoma Service virtual clinic: stable, continue current drops.",
    "Paediatric Orthoptics to see in 3 months for occlusion therapy.",
    "Low Vision Service referral made and Certificate of Visual Impairment explained.",
    "Emergency Department to refer any further episodes directly to the on-call ophthalmologist.",
    "Ophthalmic Imaging department will repeat the fluorescein angiogram.",
    "Rapid Access Cataract Pathway criteria met.",
    "Royal College of Ophthalmologists guidance on driving and visual fields was discussed.",
    "Patient is aware of the DVLA requirements and has stopped driving.",
    "She recently returned from India, where she had similar symptoms.",
    "He grew up in Nigeria and moved to the United Kingdom in 1998.",
    "Trachoma is still endemic in parts of Australia's Northern Territory.",
    "The patient is a tourist from Germany with travel insurance.",
    "Scotland and Wales run separate diabetic eye screening programmes.",
    "Ontario and Quebec have different coverage for eye examinations.",
    "Monday and Thursday clinics are for injections only.",
    "Pathology: Gram stain negative, cultures pending.",
    "Consent form 1 signed; risks including endophthalmitis discussed.",
    "Nil by mouth from midnight for general anaesthesia.",
    "Vision good, no complaints, drops well tolerated.",
    "Left eye: quiet, clear cornea, deep AC, IOL in the bag.",
    "Right eye: dense posterior subcapsular cataract.",
    "Plan: phacoemulsification with IOL to the right eye under local anaesthetic.",
    "Outcome: discharged to the community optometrist with annual checks.",
]


if __name__ == "__main__":
    print(len(POSITIVE), "positive snippets,", sum(len(m) for _, m in POSITIVE), "spans,", len(CLEAN), "clean")
