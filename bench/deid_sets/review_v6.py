"""Development de-identification review set v6 for free-text ophthalmology notes.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules, the
benchmark (``bench/deid_eval.py``), the tests or the snippets of any other review set. The only project
files read were ``bench/deid_sets/score.py`` (for the data format) and the docstring of
``bench/deid_sets/review_v3.py`` (lines 1-58, for the annotation conventions, which this set follows).
The de-identifier was not run on this set while it was written. It is meant as a development set: its
misses may be used to improve the rules, after which it no longer measures held-out performance.

All people, numbers, addresses, contact details, vehicles, devices and accounts are invented; hospital,
clinic, practice and insurer names are invented or generic. Telephone numbers mostly use drama/fiction
ranges (UK 07700 900xxx, 0113/0161 496 xxxx, US/Canada 555-01xx, Australia 0491 570 xxx) or 555 blocks.

Coverage
--------
Regions: UK (England, Scotland, Wales, Northern Ireland), Ireland, the US, Canada (Ontario, Quebec, BC,
Alberta, Manitoba, Nova Scotia, Nunavut), Australia (incl. a remote NT community and Aboriginal health
services), New Zealand (Maori and Pasifika patients), South Africa, India and Singapore.
Note types: letters with letterheads, reference lines and cc lists; EHR encounter summaries and structured
headers; problem lists; medication reconciliation; intravitreal injection and laser logs; theatre/OR
records with team lists; implant records; imaging (FFA, OCT, B-scan) reports; diabetic eye screening
reports and failsafe lists; referral triage queues; telephone, portal, secure-chat and e-mail messages;
nursing and ward notes; discharge summaries; safeguarding, social and bereavement notes; research consent
and e-consent notes; EHR audit-trail and portal sign-in lines; billing, invoices, prior authorisation and
insurance claims; driving-fitness forms; fax cover sheets; OCR text of scanned and faxed documents;
speech-recognition dictation.

Annotation choices beyond v3's conventions
------------------------------------------
* Letterhead addresses, telephone and fax numbers of hospitals, practices and pharmacies are marked like
  any other (ADDRESS / ZIP / PHONE / FAX). A town, city, suburb, village, district or county named anywhere
  (a department heading such as "Retina clinic, Chennai", where a relative lives, where an injury happened)
  is ADDRESS. "Dublin 2", "Co. Down", "Dadar (W)", "Sankarankovil taluk" and "Jayanagar 4th Block" are one
  span each; a street named on its own ("Hosur Road", "Oldham Street") is ADDRESS; house names, "RD 2",
  "RR 2", "Stand 4412, Zone 6", "Blk ... #07-221" and dormitory block/room belong to the street-line span.
  Highways (N2), countries, states, provinces and regions are not marked.
* Login names and user IDs in audit trails and chat logs (``hwong2``, ``nurul.a``, ``olubh1970``) are NAME.
  A nickname in quotes is its own NAME span. A name inside an e-mail address or URL is covered only by
  that EMAIL/URL span. Titles and ranks that stand for a person ("The Major") are not marked.
* Trial participant / screening numbers, vision-centre IDs, clinic IDs and reading-centre case numbers are
  MRN. A number read out in dictation ("k as in kilo four four ...") and a date in words ("first of march
  nineteen thirty one") are marked whole.
* Claim and case numbers (insurance, workers' compensation, NZ ACC, PM-JAY case, Singapore claim ref) are
  ACCOUNT; policy, member, card and beneficiary numbers (GMS medical card, Vhi, DVA Gold Card, NIHB, ECHS,
  RAMQ, MSI, Manitoba PHIN, PM-JAY ID) are INSURANCE. Professional registrations include NRCPD, GOC dispensing
  optician, NMC PIN, ODOB and Singapore MCR numbers (LICENSE).
* DEVICE covers serial numbers of implants and also of clinic equipment (cameras, lasers, OCT, cross-linking
  lamp, insulin pump, cochlear implant), plus identifiers of implanted tissue or prostheses (donor cornea and
  pericardial patch tissue IDs, ocular prosthesis ID). Drug batch numbers and device/seed lot numbers are not
  marked; they are listed in ARGUABLE.
* Not marked: study and protocol numbers (IRAS, NCT), CPT/MBS/ICD/SNOMED codes, workstation and device host
  names (``EYE-OPD-07``, ``iPad-Retina-3``), bed and room numbers inside a hospital or care home, and brand
  names that contain a place (Boston KPro, Optos California, Heidelberg Spectralis).
* OCR errors are kept as scanned (``O2/O8/1935``, ``Stockp0rt``, ``70l2284``); the garbled string is the span.
* Dates: every day/month, month/year and full date is marked, including the date part of ISO timestamps in
  logs; the date embedded in a DVLA-style licence number is covered by the LICENSE span only. No bare month
  names are used. A doctor's name inside a practice letterhead ("DR N. MOODLEY INC.") is NAME; an initial
  plus a recurring surname for a second person ("K. Venkataraman", the patient's husband) is kept as one
  span.
* ARGUABLE also holds care homes, a hostel, an employer, a pharmacy chain, a law firm, a council children's
  service and a health agency, in addition to hospitals, clinics, practices and insurers.
* Deliberate traps: a patient whose surname is an eponym (Mrs Horner without Horner syndrome, Lorna BEST with
  Best disease); names that are words used both ways in one snippet (Will/will, Rose/rose bengal, Mark/mark,
  Summer/summer, Hope/hope, Little/little, Long/long, Brown/brown, Gray/grey); a guide dog's name (not
  marked); ages of 88 and 89 next to ages over 89; four-part software versions and codes in clean text.
"""

ARGUABLE = [
    "Kingsmere Eye Unit",
    "Kingsmere General Hospital",
    "Abington Park Surgery",
    "LOCHSIDE EYE CLINIC",
    "Ardmore Community Hospital",
    "Ullapool Medical Practice",
    "MOURNE AREA HOSPITAL",
    "Royal Liffey Eye & Ear Hospital",
    "The Glen Medical Centre",
    "Ysbyty Cwm Tawe",
    "Hallam Opticians",
    "Glodwick Health Centre",
    "Knowsley children's services",
    "BRIDGE STREET SURGERY",
    "Castlefields Surgery",
    "Vision Plus",
    "Hawthorn Lodge",
    "Vhi",
    "Cascadia Eye Associates",
    "Medicare Part B",
    "AARP Medicare Supplement",
    "Lakeshore Retina",
    "Walgreens",
    "Retina Consultants of Tidewater",
    "Bayside Manor Skilled Nursing",
    "Anthem Blue Cross PPO",
    "Clearview Family Eyecare",
    "Mountain West Eye Surgeons",
    "Ridgeline Compounding",
    "Prairie Vision Center",
    "Lone Star Injury Counsel LLP",
    "Kaiser",
    "Bayview Ophthalmology Associates",
    "Thorncliffe Family Health Team",
    "H\u00f4pital du Sacr\u00e9-Coeur",
    "Eastbank Eye Specialists",
    "Westgate Family Clinic",
    "Medibank",
    "Royal Coral Coast Hospital",
    "Aboriginal Community Controlled Health Service",
    "Te Whatu Ora",
    "Kingsbury Medical Chambers",
    "Kingsbury",
    "Discovery Health Medical Scheme",
    "GEMS",
    "KAVERI NETRALAYA",
    "Kuriakose Eye Clinic",
    "Guide Dogs",
    "Harley Vision Partners LLP",
    "Bupa Global",
    "St Anselm's hostel",
    "Northfield Eye Institute",
    "Riverbend Family Practice",
    "Specsavers Paddington",
    "Star Health",
    "Delta Sheet Metal",
    "Kawerau Medical Centre",
    "Laya Healthcare",
    "Bonitas",
    "Vision Australia",
    # drug batch and device / seed lot numbers
    "KX4521B",
    "KX4530A",
    "LM0073F",
    "2291-C",
    "8F42D1",
    "RB2291X",
    "4471-B",
    "VX-2287",
]

POSITIVE = [
    # ------------------------------------------------------------------ UK and Ireland
    (
        "Kingsmere Eye Unit, Outpatients Level 2\n"
        "Kingsmere General Hospital, 212 Wellington Road, Northampton NN1 4QT\n"
        "Tel 01604 496021 | Fax 01604 496099 | eye.secretaries@kingsmere.nhs.uk\n\n"
        "Dictated: 03/11/2026   Typed: 07/11/2026   Ref: RHB/tk\n\n"
        "Dr Olusegun Adeyemi\nAbington Park Surgery\n4 Park Avenue North\nNorthampton NN3 2HT\n\n"
        "Dear Dr Adeyemi\n\n"
        "Re: Mrs Hyacinth WALCOTT   DOB 19/02/1938   NHS No 487 221 9034   Hosp No K0093317\n"
        "Flat 6, Carey Court, 18 Lower Mounts, Northampton NN1 3DE\n\n"
        "Diagnosis: bilateral neovascular AMD, LE disciform scar. Plan: continue faricimab RE, 12-weekly.\n\n"
        "I saw this 88-year-old lady with her daughter Marcia today. Mrs Walcott reports stable reading vision with "
        "her Optelec magnifier. VA 6/12 RE, 3/60 LE. OCT RE dry. She has missed two appointments because of "
        "transport; Marcia can be reached on 07700 900427 and has asked that letters go to her as well.\n\n"
        "Yours sincerely\n\n"
        "Mr Rhodri Hughes-Bevan FRCOphth\nConsultant Ophthalmologist, GMC 4482913\n\n"
        "cc: Mrs Walcott (patient); Ms Marcia Walcott (daughter), same address",
        [
            ("ADDRESS", "212 Wellington Road"),
            ("ADDRESS", "Northampton"),
            ("ZIP", "NN1 4QT"),
            ("PHONE", "01604 496021"),
            ("FAX", "01604 496099"),
            ("EMAIL", "eye.secretaries@kingsmere.nhs.uk"),
            ("DATE", "03/11/2026"),
            ("DATE", "07/11/2026"),
            ("NAME", "RHB"),
            ("NAME", "tk"),
            ("NAME", "Olusegun"),
            ("NAME", "Adeyemi"),
            ("ADDRESS", "4 Park Avenue North"),
            ("ADDRESS", "Northampton"),
            ("ZIP", "NN3 2HT"),
            ("NAME", "Adeyemi"),
            ("NAME", "Hyacinth"),
            ("NAME", "WALCOTT"),
            ("DATE", "19/02/1938"),
            ("MRN", "487 221 9034"),
            ("MRN", "K0093317"),
            ("ADDRESS", "Flat 6, Carey Court, 18 Lower Mounts"),
            ("ADDRESS", "Northampton"),
            ("ZIP", "NN1 3DE"),
            ("NAME", "Marcia"),
            ("NAME", "Walcott"),
            ("NAME", "Marcia"),
            ("PHONE", "07700 900427"),
            ("NAME", "Rhodri Hughes-Bevan"),
            ("LICENSE", "4482913"),
            ("NAME", "Walcott"),
            ("NAME", "Marcia"),
            ("NAME", "Walcott"),
        ],
    ),
    (
        "LOCHSIDE EYE CLINIC - Ardmore Community Hospital, Station Brae, Fort William PH33 6BS\n"
        "Telephone 01397 555610 . Fax 01397 555611\n\n"
        "22 September 2026\n\n"
        "Patient: Morag Catriona MacLEOD   CHI 1507331842\n"
        "Address: Tigh na Mara, 3 Shore Street, Ullapool IV26 2UJ\n\n"
        "Dear Dr Munro,\n\n"
        "Mrs MacLeod is 93 and lives alone; her son Calum (mobile 07700 900318) visits from Inverness at weekends. "
        "She attended with her neighbour, Mrs Effie Mackenzie. Both eyes show advanced geographic atrophy with "
        "foveal involvement. I have completed a CVI (severely sight impaired) and referred her to the Highland "
        "sensory team. She would like to keep reading the Gaelic hymnal with a CCTV magnifier.\n\n"
        "With best wishes,\n\nDr Eilidh Fraser\nSpecialty Doctor, GMC 7120458\n\n"
        "cc: Mrs MacLeod; Ullapool Medical Practice",
        [
            ("ADDRESS", "Station Brae"),
            ("ADDRESS", "Fort William"),
            ("ZIP", "PH33 6BS"),
            ("PHONE", "01397 555610"),
            ("FAX", "01397 555611"),
            ("DATE", "22 September 2026"),
            ("NAME", "Morag Catriona"),
            ("NAME", "MacLEOD"),
            ("MRN", "1507331842"),
            ("ADDRESS", "Tigh na Mara, 3 Shore Street"),
            ("ADDRESS", "Ullapool"),
            ("ZIP", "IV26 2UJ"),
            ("NAME", "Munro"),
            ("NAME", "MacLeod"),
            ("AGE", "93"),
            ("NAME", "Calum"),
            ("PHONE", "07700 900318"),
            ("ADDRESS", "Inverness"),
            ("NAME", "Effie Mackenzie"),
            ("NAME", "Eilidh Fraser"),
            ("LICENSE", "7120458"),
            ("NAME", "MacLeod"),
        ],
    ),
    (
        "MOURNE AREA HOSPITAL - OPHTHALMOLOGY\n"
        "Re: Declan \u00d3 Murch\u00fa (d.o.b. 05/08/1990)   H&C No: 398 112 7745\n"
        "27 Glenvale Park, Newry, Co. Down BT34 1QA   Mob 07700 900915\n\n"
        "Seen in eye casualty 17/10/2026 at 23:20. Chemical injury (lime mortar) to RE while working on a site near "
        "Warrenpoint. Irrigated to pH 7.0 with 4 L Hartmann's. Roper-Hall grade II. Seen by Dr Niamh McAteer (ST2) "
        "with Mr Q. Okonkwo on call. Declan's partner, Ciara, drove him in; his van (reg. NFZ 4821) is in the A&E "
        "car park and he was advised not to drive.\n"
        "Plan: G. chloramphenicol, G. Maxidex, oral vitamin C, review ECC 19/10.",
        [
            ("NAME", "Declan"),
            ("NAME", "\u00d3 Murch\u00fa"),
            ("DATE", "05/08/1990"),
            ("MRN", "398 112 7745"),
            ("ADDRESS", "27 Glenvale Park"),
            ("ADDRESS", "Newry"),
            ("ADDRESS", "Co. Down"),
            ("ZIP", "BT34 1QA"),
            ("PHONE", "07700 900915"),
            ("DATE", "17/10/2026"),
            ("ADDRESS", "Warrenpoint"),
            ("NAME", "Niamh McAteer"),
            ("NAME", "Q. Okonkwo"),
            ("NAME", "Declan"),
            ("NAME", "Ciara"),
            ("VEHICLE", "NFZ 4821"),
            ("DATE", "19/10"),
        ],
    ),
    (
        "Royal Liffey Eye & Ear Hospital\n"
        "9 Harcourt Terrace, Dublin 2, D02 WK71 . T: 01 555 0140 . F: 01 555 0141\n\n"
        "12.10.2026\n\n"
        "Dr Cathal Mac Donncha\nThe Glen Medical Centre, Main Street, Ballinasloe, Co. Galway H53 Y7K2\n\n"
        "RE: Siobh\u00e1n N\u00ed Bhriain, DOB 23.06.1957, MRN 0442187, GMS medical card 1187643K\n\n"
        "A Chara,\n\n"
        "Ms N\u00ed Bhriain attended the glaucoma clinic today. IOP 24 mmHg RE and 27 mmHg LE on Lumigan, with "
        "progression on the Humphrey 24-2 LE. I have offered SLT to both eyes and she has agreed. She asked whether "
        "her son, Ois\u00edn, could come with her next time as she finds the train journey difficult. Her mobile "
        "is 087 555 0193.\n\n"
        "Is mise le meas,\n\n"
        "Dr Aoibheann Kavanagh MRCSI (Ophth)\nMCRN 412873",
        [
            ("ADDRESS", "9 Harcourt Terrace"),
            ("ADDRESS", "Dublin 2"),
            ("ZIP", "D02 WK71"),
            ("PHONE", "01 555 0140"),
            ("FAX", "01 555 0141"),
            ("DATE", "12.10.2026"),
            ("NAME", "Cathal Mac Donncha"),
            ("ADDRESS", "Main Street"),
            ("ADDRESS", "Ballinasloe"),
            ("ADDRESS", "Co. Galway"),
            ("ZIP", "H53 Y7K2"),
            ("NAME", "Siobh\u00e1n"),
            ("NAME", "N\u00ed Bhriain"),
            ("DATE", "23.06.1957"),
            ("MRN", "0442187"),
            ("INSURANCE", "1187643K"),
            ("NAME", "N\u00ed Bhriain"),
            ("NAME", "Ois\u00edn"),
            ("PHONE", "087 555 0193"),
            ("NAME", "Aoibheann Kavanagh"),
            ("LICENSE", "412873"),
        ],
    ),
    (
        "Ysbyty Cwm Tawe - Ophthalmology. DVLA fitness to drive (supplementary report)\n"
        "Patient: Gareth Emrys PRITCHARD   DOB 01/04/1961   Hosp No: W2281746\n"
        "Driving licence number: PRITC604011GE9XY\n"
        "Vehicles: HGV registration CY68 FKD; own car registration CU21 XAW\n\n"
        "Binocular Esterman 120-point field: 6 points missed within the central 20 degrees; fails the Group 2 "
        "standard. VA 6/9 RE, 6/6 LE with correction. Mr Pritchard was told on 02/09/2026 that he must inform "
        "the DVLA and must not drive his lorry in the meantime; he understood. Conversation witnessed by staff "
        "nurse Bethan Rhys-Jones.",
        [
            ("NAME", "Gareth Emrys"),
            ("NAME", "PRITCHARD"),
            ("DATE", "01/04/1961"),
            ("MRN", "W2281746"),
            ("LICENSE", "PRITC604011GE9XY"),
            ("VEHICLE", "CY68 FKD"),
            ("VEHICLE", "CU21 XAW"),
            ("NAME", "Pritchard"),
            ("DATE", "02/09/2026"),
            ("NAME", "Bethan Rhys-Jones"),
        ],
    ),
    (
        "GOS18 referral - received 14 Aug, triaged 15 Aug\n"
        "From: Priyanka Solanki BSc MCOptom, GOC 01-34872, Hallam Opticians, 311 Ecclesall Road, Sheffield S11 8NX, "
        "tel 0114 496 0733\n"
        "Patient: Tomasz Wi\u015bniewski, DOB 29.01.1979, 14 Abbeydale Grange, Sheffield S7 1QW, tel 07700 900554 "
        "(Polish speaker, interpreter needed)\n"
        "Reason: raised IOP 31/33 mmHg (Goldmann), C/D 0.7/0.8, Van Herick grade 1 both eyes.\n"
        "Triage (Dr Lin Zhou): urgent glaucoma clinic within 2/52; book Polish interpreter - Agnieszka from the "
        "language line did well last time.",
        [
            ("DATE", "14 Aug"),
            ("DATE", "15 Aug"),
            ("NAME", "Priyanka Solanki"),
            ("LICENSE", "01-34872"),
            ("ADDRESS", "311 Ecclesall Road"),
            ("ADDRESS", "Sheffield"),
            ("ZIP", "S11 8NX"),
            ("PHONE", "0114 496 0733"),
            ("NAME", "Tomasz Wi\u015bniewski"),
            ("DATE", "29.01.1979"),
            ("ADDRESS", "14 Abbeydale Grange"),
            ("ADDRESS", "Sheffield"),
            ("ZIP", "S7 1QW"),
            ("PHONE", "07700 900554"),
            ("NAME", "Lin Zhou"),
            ("NAME", "Agnieszka"),
        ],
    ),
    (
        "THEATRE RECORD - Main Eye Theatre 3   Date of operation: 06/05/2026\n"
        "Patient: KOWALCZYK, Halina   Hosp No: RX4471920   NHS: 401 772 5586   Age 91\n"
        "Procedure: RE phacoemulsification + IOL + capsular tension ring (pseudoexfoliation)\n"
        "Team: Surgeon Miss Adaeze Nwankwo-Clarke (Cons); Assistant Dr Tobias Lindqvist (ST6); Anaesthetist "
        "Dr Rajiv Menon; Scrub: Grace Tuilagi; Circulating: Liam Fairclough (ODP); Runner: SW\n"
        "WHO checklist: sign in 09:02, time out 09:14 (read by GT), sign out 09:51\n"
        "Anaesthesia: sub-Tenon's 4 mL lidocaine 2%\n"
        "Implant: Alcon AcrySof SN60WF +22.0 D, S/N 12735501018; Morcher CTR type 14, lot 2291-C\n"
        "Complications: none. Post-op G. Maxitrol qds 4/52. Discharged home with daughter (Ewa) at 11:30.",
        [
            ("DATE", "06/05/2026"),
            ("NAME", "KOWALCZYK, Halina"),
            ("MRN", "RX4471920"),
            ("MRN", "401 772 5586"),
            ("AGE", "91"),
            ("NAME", "Adaeze Nwankwo-Clarke"),
            ("NAME", "Tobias Lindqvist"),
            ("NAME", "Rajiv Menon"),
            ("NAME", "Grace Tuilagi"),
            ("NAME", "Liam Fairclough"),
            ("NAME", "SW"),
            ("NAME", "GT"),
            ("DEVICE", "12735501018"),
            ("NAME", "Ewa"),
        ],
    ),
    (
        "INTRAVITREAL INJECTION LOG - Prosser, Dilys (Hosp No 0099-41872), LE nAMD\n"
        "Date       | Eye | Drug             | Injector   | Batch   | VA   | Next\n"
        "02/06/2026 | L   | Aflibercept 2 mg | AJ         | KX4521B | 6/18 | 8/52\n"
        "28/07/2026 | L   | Aflibercept 2 mg | NP (nurse) | KX4530A | 6/18 | 8/52\n"
        "22/09/2026 | L   | Aflibercept 8 mg | AJ         | LM0073F | 6/24 | 6/52\n"
        "Comment (22 Sep): fluid recurrence on OCT, switched to high dose per Dr Anjali Joshi. "
        "Husband Emlyn asks for Thursday slots because of his dialysis.",
        [
            ("NAME", "Prosser, Dilys"),
            ("MRN", "0099-41872"),
            ("DATE", "02/06/2026"),
            ("NAME", "AJ"),
            ("DATE", "28/07/2026"),
            ("NAME", "NP"),
            ("DATE", "22/09/2026"),
            ("NAME", "AJ"),
            ("DATE", "22 Sep"),
            ("NAME", "Anjali Joshi"),
            ("NAME", "Emlyn"),
        ],
    ),
    (
        "NHS DIABETIC EYE SCREENING PROGRAMME - GRADING OUTCOME\n"
        "Name: ANWAR, Mohammed Rafiq   NHS No: 612 334 8870   DOB: 30-Mar-1975\n"
        "Address: 61 Whitworth Street West, Oldham OL8 1RE   GP: Dr S. Chaudhry, Glodwick Health Centre\n"
        "Screening date: 11-Aug-2026   Camera: Topcon TRC-NW400, serial 1284077   Photographer: Kerry-Ann Boateng\n"
        "Primary grader: C. Atherton   Secondary grader: Z. Hussain   Arbitration: not required\n"
        "Outcome: R2 M1 (RE), R1 M0 (LE). Refer to HES, routine-urgent (13 weeks). Letters to patient and GP "
        "sent 14-Aug-2026.",
        [
            ("NAME", "ANWAR, Mohammed Rafiq"),
            ("MRN", "612 334 8870"),
            ("DATE", "30-Mar-1975"),
            ("ADDRESS", "61 Whitworth Street West"),
            ("ADDRESS", "Oldham"),
            ("ZIP", "OL8 1RE"),
            ("NAME", "S. Chaudhry"),
            ("DATE", "11-Aug-2026"),
            ("DEVICE", "1284077"),
            ("NAME", "Kerry-Ann Boateng"),
            ("NAME", "C. Atherton"),
            ("NAME", "Z. Hussain"),
            ("DATE", "14-Aug-2026"),
        ],
    ),
    (
        "Telephone encounter 10:40 - call from pt's daughter-in-law (Shazia) re appointment letter for Mr Abdul "
        "Ghaffar (d.o.b 11/11/1944, MRN 22017734). She says he now lives with them at 8 Alum Rock Road, Saltley, "
        "Birmingham B8 1JB and letters have been going to the old flat. Demographics updated; new contact "
        "07700 900762. Transport booked for 04/12. - jl (booking clerk)",
        [
            ("NAME", "Shazia"),
            ("NAME", "Abdul Ghaffar"),
            ("DATE", "11/11/1944"),
            ("MRN", "22017734"),
            ("ADDRESS", "8 Alum Rock Road"),
            ("ADDRESS", "Saltley"),
            ("ADDRESS", "Birmingham"),
            ("ZIP", "B8 1JB"),
            ("PHONE", "07700 900762"),
            ("DATE", "04/12"),
            ("NAME", "jl"),
        ],
    ),
    (
        "SAFEGUARDING - paediatric ophthalmology (restricted entry)\n"
        "Child: Kayden-Lee MARSH, 4 yrs, DOB 14/03/2022, NHS 723 118 4409\n"
        "Mother: Chantelle Marsh. Mother's partner: Dean Colley (not the biological father). "
        "Address: 22 Peartree Close, Kirkby, Liverpool L32 7TG\n"
        "Fundoscopy under sedation 09/11/2026 (Mr Ibrahim Al-Khatib): multilayer retinal haemorrhages extending to "
        "the ora serrata in both eyes, retinoschisis RE, no papilloedema. Photographed with RetCam (unit serial "
        "RC3-004419). Discussed with Dr Folasade Ilori (named doctor) and Ruth Akinola, social worker, Knowsley "
        "children's services, 0151 496 0842. Police (DC Hollins) informed. Ward sister on duty: Dawn. Chantelle was "
        "told the findings at 16:10 with a nurse present.",
        [
            ("NAME", "Kayden-Lee"),
            ("NAME", "MARSH"),
            ("DATE", "14/03/2022"),
            ("MRN", "723 118 4409"),
            ("NAME", "Chantelle"),
            ("NAME", "Marsh"),
            ("NAME", "Dean Colley"),
            ("ADDRESS", "22 Peartree Close"),
            ("ADDRESS", "Kirkby"),
            ("ADDRESS", "Liverpool"),
            ("ZIP", "L32 7TG"),
            ("DATE", "09/11/2026"),
            ("NAME", "Ibrahim Al-Khatib"),
            ("DEVICE", "RC3-004419"),
            ("NAME", "Folasade Ilori"),
            ("NAME", "Ruth Akinola"),
            ("PHONE", "0151 496 0842"),
            ("NAME", "Hollins"),
            ("NAME", "Dawn"),
            ("NAME", "Chantelle"),
        ],
    ),
    (
        "CERTIFICATE OF VISION IMPAIRMENT (CVI) - scanned document, OCR text follows\n"
        "Part 1: Certificate\n"
        "Patient's name: DOREEN MAY ELL1S\n"
        "Date of birth: O2/O8/1935    Age: ninety-one\n"
        "Address: 14 Haze1 Grove, Bramhall, Stockp0rt SK7 4JH\n"
        "Telephone: 0161 496 0O73\n"
        "NHS number: 4O1 883 2197\n"
        "I consider that this person is: [X] Sight impaired  [ ] Severely sight impaired\n"
        "Signed: ____ Dr P. Varghese    GMC No: 70l2284    Date of examination: l9/1O/2026\n"
        "Part 3: Lives alone [ ]  Lives with others [X] husband, Stanley (registered blind 2019)",
        [
            ("NAME", "DOREEN MAY ELL1S"),
            ("DATE", "O2/O8/1935"),
            ("AGE", "ninety-one"),
            ("ADDRESS", "14 Haze1 Grove"),
            ("ADDRESS", "Bramhall"),
            ("ADDRESS", "Stockp0rt"),
            ("ZIP", "SK7 4JH"),
            ("PHONE", "0161 496 0O73"),
            ("MRN", "4O1 883 2197"),
            ("NAME", "P. Varghese"),
            ("LICENSE", "70l2284"),
            ("DATE", "l9/1O/2026"),
            ("NAME", "Stanley"),
        ],
    ),
    (
        "EPR ACCESS AUDIT - patient 00418837 (Bibi, Roshan)\n"
        "2026-10-14 09:12:44  hwong2 (Wong, Helen - Orthoptist)  VIEW   Clinic letter   ws EYE-OPD-07  10.24.117.36\n"
        "2026-10-14 09:13:02  hwong2                             PRINT  Clinic letter   ws EYE-OPD-07  10.24.117.36\n"
        "2026-10-15 22:47:19  mkeane (Keane, Michael - Porter)   VIEW   Demographics    ws WARD-C4-02  10.24.98.211\n"
        "2026-10-16 08:05:51  SYSTEM  HL7 ADT^A08 from PAS 10.1.0.15, address updated\n"
        "Flag raised 16/10/2026 by the IG officer (Sunita Rao): porter access not linked to a care episode.",
        [
            ("MRN", "00418837"),
            ("NAME", "Bibi, Roshan"),
            ("DATE", "2026-10-14"),
            ("NAME", "hwong2"),
            ("NAME", "Wong, Helen"),
            ("IP", "10.24.117.36"),
            ("DATE", "2026-10-14"),
            ("NAME", "hwong2"),
            ("IP", "10.24.117.36"),
            ("DATE", "2026-10-15"),
            ("NAME", "mkeane"),
            ("NAME", "Keane, Michael"),
            ("IP", "10.24.98.211"),
            ("DATE", "2026-10-16"),
            ("IP", "10.1.0.15"),
            ("DATE", "16/10/2026"),
            ("NAME", "Sunita Rao"),
        ],
    ),
    (
        "DISCHARGE SUMMARY - Ophthalmology, Ward 7 (Eye)\n"
        "Patient: Mr Winston Augustus FERGUS   Hosp No: T0392217   NHS: 498 007 2314   DOB: 07/07/1932 (94 y)\n"
        "Admitted: 21/10/2026   Discharged: 27/10/2026   Consultant: Prof Anand Swaminathan\n\n"
        "Diagnosis: acute post-operative endophthalmitis LE, day 5 after phaco on 16/10/2026. Vitreous tap and "
        "intravitreal vancomycin 1 mg/0.1 mL + ceftazidime 2.25 mg/0.1 mL. Culture: Staph. epidermidis.\n"
        "Social: lives with his wife Ivy (main carer) at 3 Jubilee Cottages, Chipping Norton OX7 5NP; Ivy can "
        "instil drops. District nurse referral faxed to 01608 555274.\n"
        "Follow-up: Prof Swaminathan's clinic 03/11. Discharging doctor: Dr Sade Ogunleye (FY2).",
        [
            ("NAME", "Winston Augustus FERGUS"),
            ("MRN", "T0392217"),
            ("MRN", "498 007 2314"),
            ("DATE", "07/07/1932"),
            ("AGE", "94"),
            ("DATE", "21/10/2026"),
            ("DATE", "27/10/2026"),
            ("NAME", "Anand"),
            ("NAME", "Swaminathan"),
            ("DATE", "16/10/2026"),
            ("NAME", "Ivy"),
            ("ADDRESS", "3 Jubilee Cottages"),
            ("ADDRESS", "Chipping Norton"),
            ("ZIP", "OX7 5NP"),
            ("NAME", "Ivy"),
            ("FAX", "01608 555274"),
            ("NAME", "Swaminathan"),
            ("DATE", "03/11"),
            ("NAME", "Sade Ogunleye"),
        ],
    ),
    (
        "RESEARCH CONSENT - HORIZON-GA (IRAS 334127, site 014)\n"
        "Participant: Bernard Okwuosa   Screening no. HZ-014-0087   Hosp No 5512983\n"
        "Consent taken 04/02/2026 by Lucy Tremayne (research optometrist, GOC 01-29914); witnessed by Olamide "
        "Fashola (research nurse). Mr Okwuosa read PIS v4.2 and consent form v3.1 and had time to ask questions. "
        "He agreed to the optional genetic sample and to being contacted about future studies by e-mail "
        "(bernie.okw@gmail.com). Copy given to participant, original filed in the ISF, copy to notes.",
        [
            ("NAME", "Bernard"),
            ("NAME", "Okwuosa"),
            ("MRN", "HZ-014-0087"),
            ("MRN", "5512983"),
            ("DATE", "04/02/2026"),
            ("NAME", "Lucy Tremayne"),
            ("LICENSE", "01-29914"),
            ("NAME", "Olamide Fashola"),
            ("NAME", "Okwuosa"),
            ("EMAIL", "bernie.okw@gmail.com"),
        ],
    ),
    (
        "Pre-assessment (nurse-led) 18/08/2026 - Mrs Precious Mahlangu, 76, listed for LE phaco.\n"
        "Home: Flat B, 17 Brook Street, Hexham NE46 1ER. Allergies: penicillin (rash), Elastoplast. "
        "Anticoagulant: apixaban, do not stop. BP 148/86, CBG 9.1 mmol/L. Hearing aid L.\n"
        "NOK: son Tendai Mahlangu, 07700 900113 (lives in Newcastle). Anxious; would prefer a female surgeon.\n"
        "Completed by: Sr Joy Adeyinka RN",
        [
            ("DATE", "18/08/2026"),
            ("NAME", "Precious"),
            ("NAME", "Mahlangu"),
            ("ADDRESS", "Flat B, 17 Brook Street"),
            ("ADDRESS", "Hexham"),
            ("ZIP", "NE46 1ER"),
            ("NAME", "Tendai"),
            ("NAME", "Mahlangu"),
            ("PHONE", "07700 900113"),
            ("ADDRESS", "Newcastle"),
            ("NAME", "Joy Adeyinka"),
        ],
    ),
    (
        "LASER CLINIC LIST - Room 4, Nd:YAG / SLT (Ellex Tango, serial TG-22-10418)\n"
        "Date: 25/11/2026   Operator: Mr Chukwuemeka Obi   Laser protection supervisor on site: Jas\n"
        "1. PATEL, Hansaben - 1019283 - YAG capsulotomy RE, 2.1 mJ x 34 shots, total 71.4 mJ\n"
        "2. O'SULLIVAN, Mary Bridget - 2204419 - SLT LE 360 degrees, 0.8 mJ x 100\n"
        "3. NGUYEN, Van Thanh - 1873302 - YAG PI LE at 11 o'clock, 4.0 mJ\n"
        "4. DNA - LEWIS-HOPE, Trevor - 2301876 - rebooked\n"
        "Post-laser IOP checks at 1 h by Vicky (HCA).",
        [
            ("DEVICE", "TG-22-10418"),
            ("DATE", "25/11/2026"),
            ("NAME", "Chukwuemeka Obi"),
            ("NAME", "Jas"),
            ("NAME", "PATEL, Hansaben"),
            ("MRN", "1019283"),
            ("NAME", "O'SULLIVAN, Mary Bridget"),
            ("MRN", "2204419"),
            ("NAME", "NGUYEN, Van Thanh"),
            ("MRN", "1873302"),
            ("NAME", "LEWIS-HOPE, Trevor"),
            ("MRN", "2301876"),
            ("NAME", "Vicky"),
        ],
    ),
    (
        "FUNDUS FLUORESCEIN ANGIOGRAPHY REPORT\n"
        "Patient: Ms Oluwaseun Adebayo-Lewis   MRN 88102734   DOB 15/12/1984   Study date 02/07/2026\n"
        "Device: Heidelberg Spectralis HRA+OCT, serial SPX-2018-0453\n"
        "Referrer: Dr Hamish Ogilvy (uveitis). Photographer: Tom\u00e1s Herrera. Reported by Dr Mei-Ling Koh, "
        "GMC 7093316.\n"
        "Findings: late leakage from both discs and fern-like perivascular staining of the venules; no capillary "
        "non-perfusion. Impression: retinal vasculitis. Suggest HLA-A29, QuantiFERON and ACE. Fluorescein 20% "
        "2.5 mL via left antecubital cannula; no reaction.",
        [
            ("NAME", "Oluwaseun Adebayo-Lewis"),
            ("MRN", "88102734"),
            ("DATE", "15/12/1984"),
            ("DATE", "02/07/2026"),
            ("DEVICE", "SPX-2018-0453"),
            ("NAME", "Hamish Ogilvy"),
            ("NAME", "Tom\u00e1s Herrera"),
            ("NAME", "Mei-Ling Koh"),
            ("LICENSE", "7093316"),
        ],
    ),
    (
        "Orthoptic assessment 13/05/2026 - Aarav Mehta (age 6), attended with his dad (Nikhil) and baby sister "
        "Anaya. Hosp No P0228815.\n"
        "Cover test: R esotropia 25 PD near, 18 PD distance with glasses. Lang stereo negative, Frisby not "
        "achieved. VA (Kay pictures) 0.400 RE, 0.100 LE. Plan: patch RE 2 h/day, review 6/52 with Anne-Marie.",
        [
            ("DATE", "13/05/2026"),
            ("NAME", "Aarav Mehta"),
            ("NAME", "Nikhil"),
            ("NAME", "Anaya"),
            ("MRN", "P0228815"),
            ("NAME", "Anne-Marie"),
        ],
    ),
    (
        "Ocular genetics clinic - proband Rhys Llewellyn-Davies (DOB 11/01/2004, MRN G0041187), RPGR-related RP.\n"
        "Family: maternal uncle Gethin (affected, died 2019); mother Carys (carrier, mild tapetal-like reflex); "
        "sister Ffion, 15, untested.\n"
        "Consent to share results with relatives obtained. Carys will contact Gethin's daughter, Lowri Price, "
        "who asked to be e-mailed at lowri.price@btinternet.com about cascade testing.",
        [
            ("NAME", "Rhys Llewellyn-Davies"),
            ("DATE", "11/01/2004"),
            ("MRN", "G0041187"),
            ("NAME", "Gethin"),
            ("NAME", "Carys"),
            ("NAME", "Ffion"),
            ("NAME", "Carys"),
            ("NAME", "Gethin"),
            ("NAME", "Lowri Price"),
            ("EMAIL", "lowri.price@btinternet.com"),
        ],
    ),
    (
        "FAX  27-NOV-2026 14:02  FROM: BRIDGE STREET SURGERY  +44 1223 555019  "
        "TO: EYE REFERRALS  +44 1223 555388  P.1/2\n"
        "Dear Colleague,\n"
        "Re: Ms Amara KAMARA, dob 22.05.1966, 71 Mill Road, Cambridge CB1 2AZ, tel 07700 900 644\n"
        "Sudden painless loss of vision R eye this morning, 'like a curtain'. Background high myopia (-9.00 DS). "
        "Please see today.\n"
        "Yours, Dr P\u00e1draig Whelan (GP)   GMC 6122784",
        [
            ("DATE", "27-NOV-2026"),
            ("FAX", "+44 1223 555019"),
            ("FAX", "+44 1223 555388"),
            ("NAME", "Amara KAMARA"),
            ("DATE", "22.05.1966"),
            ("ADDRESS", "71 Mill Road"),
            ("ADDRESS", "Cambridge"),
            ("ZIP", "CB1 2AZ"),
            ("PHONE", "07700 900 644"),
            ("NAME", "P\u00e1draig Whelan"),
            ("LICENSE", "6122784"),
        ],
    ),
    (
        "ECC triage 02:14. jordan blake-hussain, 19, punched outside a bar on Oldham Street around midnight. "
        "VA 6/9 RE, HM LE. Hyphaema 2 mm LE, IOP 34. Brought in by girlfriend (Tia) who has his phone. "
        "Police aware (crime reference given to patient). Seen by dr okafor, d/w on-call reg.",
        [
            ("NAME", "jordan blake-hussain"),
            ("ADDRESS", "Oldham Street"),
            ("NAME", "Tia"),
            ("NAME", "okafor"),
        ],
    ),
    (
        "PALS / complaint response - draft for Chief Executive's signature\n"
        "Dear Mr Szab\u00f3,\n"
        "Thank you for your e-mail of 2 October (from laszlo.szabo1958@outlook.com) about the cancellation of your "
        "wife's cataract operation on 29 September. I am sorry that Mrs Erzs\u00e9bet Szab\u00f3 was sent home after "
        "fasting for seven hours. Ms Hollie Brandreth, matron for ophthalmology, has reviewed what happened; a new "
        "date of 17 November has been offered and our booking team (0115 496 0218) will confirm in writing to "
        "5 Trent Boulevard, West Bridgford, Nottingham NG2 5BB.\n"
        "Prepared by: K. Osei-Bonsu, Patient Experience",
        [
            ("NAME", "Szab\u00f3"),
            ("DATE", "2 October"),
            ("EMAIL", "laszlo.szabo1958@outlook.com"),
            ("DATE", "29 September"),
            ("NAME", "Erzs\u00e9bet"),
            ("NAME", "Szab\u00f3"),
            ("NAME", "Hollie Brandreth"),
            ("DATE", "17 November"),
            ("PHONE", "0115 496 0218"),
            ("ADDRESS", "5 Trent Boulevard"),
            ("ADDRESS", "West Bridgford"),
            ("ADDRESS", "Nottingham"),
            ("ZIP", "NG2 5BB"),
            ("NAME", "K. Osei-Bonsu"),
        ],
    ),
    (
        "Clinic note - deaf patient, BSL. Interpreter: Gemma Hartley-Stone (NRCPD reg. 10457), booked via "
        "the agency. Patient Mr Rowan Kettleborough, MRN 3318842, attended with his partner Nkechi. "
        "Usher syndrome type 2A, fields constricted to 12 degrees. Discussed mobility training and a long cane; "
        "Rowan prefers messages by text to 07700 900587 rather than phone calls.",
        [
            ("NAME", "Gemma Hartley-Stone"),
            ("LICENSE", "10457"),
            ("NAME", "Rowan"),
            ("NAME", "Kettleborough"),
            ("MRN", "3318842"),
            ("NAME", "Nkechi"),
            ("NAME", "Rowan"),
            ("PHONE", "07700 900587"),
        ],
    ),
    (
        "Eye clinic note. Mrs Nuala Fitzgibbon, 71, CRVO LE, asks when she can drive again. Irish driving "
        "licence no. 409813275; car 222-G-18743. VA LE 6/36. Advised not to drive until reviewed. Private cover: "
        "Vhi member no. 8812 4471; she will claim the injections through them. Husband Seamus waiting outside. "
        "Next review 08/01/2027 with Dr O'Higgins.",
        [
            ("NAME", "Nuala Fitzgibbon"),
            ("LICENSE", "409813275"),
            ("VEHICLE", "222-G-18743"),
            ("INSURANCE", "8812 4471"),
            ("NAME", "Seamus"),
            ("DATE", "08/01/2027"),
            ("NAME", "O'Higgins"),
        ],
    ),
    (
        "Cc list (auto-generated):\n"
        "1. GP: Dr Bola Akintola-Reid, Castlefields Surgery, 2 Chapel Lane, Runcorn WA7 2HQ\n"
        "2. Optometrist: Mr Hamza Qureshi, Vision Plus, 88 High Street, Widnes WA8 6QW\n"
        "3. Patient: Ms Faith Olaniyan, 40 Cherry Tree Walk, Halton Lea, Runcorn WA7 2UX\n"
        "4. Macular nurse: Sr Carol Wright-Mbeki\n"
        "5. File",
        [
            ("NAME", "Bola Akintola-Reid"),
            ("ADDRESS", "2 Chapel Lane"),
            ("ADDRESS", "Runcorn"),
            ("ZIP", "WA7 2HQ"),
            ("NAME", "Hamza Qureshi"),
            ("ADDRESS", "88 High Street"),
            ("ADDRESS", "Widnes"),
            ("ZIP", "WA8 6QW"),
            ("NAME", "Faith Olaniyan"),
            ("ADDRESS", "40 Cherry Tree Walk"),
            ("ADDRESS", "Halton Lea"),
            ("ADDRESS", "Runcorn"),
            ("ZIP", "WA7 2UX"),
            ("NAME", "Carol Wright-Mbeki"),
        ],
    ),
    (
        "Problem list (EPR) - FAIRWEATHER, Iris Margaret, 90 y, MRN 7701845\n"
        "1. Bilateral pseudophakia (RE 2014, LE 03/2016)\n"
        "2. Chronic angle-closure glaucoma LE - laser PI 2012; iris bombe resolved\n"
        "3. Fuchs endothelial dystrophy RE - DMEK listed; booked 12 Jan\n"
        "4. Dementia (mild) - consent via daughter Rosalind (LPA health & welfare)\n"
        "5. Falls x2 this year - lives at Hawthorn Lodge care home, Room 14",
        [
            ("NAME", "FAIRWEATHER, Iris Margaret"),
            ("AGE", "90"),
            ("MRN", "7701845"),
            ("DATE", "03/2016"),
            ("DATE", "12 Jan"),
            ("NAME", "Rosalind"),
        ],
    ),
    (
        "Ward 7 nursing note 21:30. Mr Stanislav Horvat, bed 12, post vitrectomy + gas (C3F8) RE. Posturing face "
        "down 50 min/h, tolerating. Pain 2/10. IOP 19 at 20:00 (checked by Dr Meenakshi Pillai). Son Luka visited "
        "and took his car keys home. Gas wristband on; told not to fly or go above 300 m. Signed: Kwame (RN).",
        [
            ("NAME", "Stanislav Horvat"),
            ("NAME", "Meenakshi Pillai"),
            ("NAME", "Luka"),
            ("NAME", "Kwame"),
        ],
    ),
    (
        "Portal message (patient > eye department), received Sun 11:58\n"
        "From: Abimbola Shittu <bimbo.shittu@yahoo.co.uk>\n"
        "Hi, this is about my mum Mrs Comfort Shittu, hospital number 2290416. Her drops (Cosopt) ran out and the "
        "GP says the eye clinic must prescribe. She lives at 19 Rye Lane, Peckham, London SE15 5EW. Could someone "
        "ring me on 07700 900 209? Thank you, Bimbo\n"
        "Reply Mon: prescription sent to GP, copy to patient. - Helena (glaucoma secretary)",
        [
            ("NAME", "Abimbola"),
            ("NAME", "Shittu"),
            ("EMAIL", "bimbo.shittu@yahoo.co.uk"),
            ("NAME", "Comfort"),
            ("NAME", "Shittu"),
            ("MRN", "2290416"),
            ("ADDRESS", "19 Rye Lane"),
            ("ADDRESS", "Peckham"),
            ("ADDRESS", "London"),
            ("ZIP", "SE15 5EW"),
            ("PHONE", "07700 900 209"),
            ("NAME", "Bimbo"),
            ("NAME", "Helena"),
        ],
    ),
    # ------------------------------------------------------------------ United States
    (
        "ENCOUNTER SUMMARY - Cascadia Eye Associates, Retina\n"
        "Patient: Delgado, Marisol R   MRN: 00722814   DOB: 06/14/1949   Age: 77 y.o.   Sex: F\n"
        "FIN: 4402199183   Visit date: 10/02/2026   Provider: Benjamin Oyelowo, MD   PCP: Jessica Tran-Nguyen, DO\n"
        "Primary insurance: Medicare Part B, MBI 4TR7-KJ2-PQ18   Secondary: AARP Medicare Supplement, member "
        "ID 882147301-11\n"
        "Address: 1719 W Cullerton St Apt 2R, Chicago, IL 60608   Home: (312) 555-0164   Cell: (773) 555-0191\n"
        "Preferred language: Spanish (interpreter Lupe M.)\n\n"
        "CC: f/u PDR OU s/p PRP. HPI: 77F with T2DM x 25 yrs, A1c 8.9%. Notes floaters OS x 1 wk.\n"
        "Exam: VA cc 20/40 OD, 20/200 OS. IOP 15/17 (Tono-Pen). Fundus OS: fresh VH inferiorly.\n"
        "A/P: 1. VH OS 2/2 PDR - bevacizumab OS today, consider PPV if no clearing in 4-6 wks.",
        [
            ("NAME", "Delgado, Marisol R"),
            ("MRN", "00722814"),
            ("DATE", "06/14/1949"),
            ("ACCOUNT", "4402199183"),
            ("DATE", "10/02/2026"),
            ("NAME", "Benjamin Oyelowo"),
            ("NAME", "Jessica Tran-Nguyen"),
            ("INSURANCE", "4TR7-KJ2-PQ18"),
            ("INSURANCE", "882147301-11"),
            ("ADDRESS", "1719 W Cullerton St Apt 2R"),
            ("ADDRESS", "Chicago"),
            ("ZIP", "60608"),
            ("PHONE", "(312) 555-0164"),
            ("PHONE", "(773) 555-0191"),
            ("NAME", "Lupe M."),
        ],
    ),
    (
        "PROCEDURE NOTE: Intravitreal injection OS\n"
        "Pt: Harold T. Whitcomb Jr.   MRN 5580127   DOS 03/17/2026\n"
        "Indication: CRVO with CME OS. Consent: pt has moderate dementia; consent signed by son Rafael Whitcomb "
        "(health care proxy), who was present. Time-out performed with tech Shaniqua Bell.\n"
        "Drug: aflibercept 2 mg/0.05 mL, lot 8F42D1. "
        "Betadine 5%, lid speculum, 30g needle 4.0 mm post limbus inferotemporal. CF at 3 ft post-injection, "
        "IOP 22. Next: 5 wks. - S. Kulkarni, MD",
        [
            ("NAME", "Harold T."),
            ("NAME", "Whitcomb"),
            ("MRN", "5580127"),
            ("DATE", "03/17/2026"),
            ("NAME", "Rafael"),
            ("NAME", "Whitcomb"),
            ("NAME", "Shaniqua Bell"),
            ("NAME", "S. Kulkarni"),
        ],
    ),
    (
        "OPERATIVE REPORT\n"
        "PATIENT: JEFFERSON, LORETTA MAE        MRN: 0044187213        ACCT: 7719004462\n"
        "DATE OF SURGERY: 08/21/2026        SURGEON: Aleksander Nowicki, MD\n"
        "ASSISTANT: Priya Ramaswamy, MD (PGY-3)    ANESTHESIA: MAC + retrobulbar, Kevin O'Donnell, CRNA\n"
        "CIRCULATOR: Marisa Fontaine, RN    SCRUB: DeShawn Pruitt, CST\n"
        "PROCEDURE: Ahmed glaucoma valve FP7, left eye, with pericardial patch graft\n"
        "IMPLANT: Ahmed FP7, S/N 7G21543; Tutoplast pericardium, tissue ID TP-0822-4471\n"
        "FINDINGS: NVG OS after CRVO, IOP 44 preop. Tube placed in AC bevel up, 2.5 mm. EBL minimal.\n"
        "Pt tolerated well; to PACU. Daughter (Tamika) updated in waiting room at 10:52.",
        [
            ("NAME", "JEFFERSON, LORETTA MAE"),
            ("MRN", "0044187213"),
            ("ACCOUNT", "7719004462"),
            ("DATE", "08/21/2026"),
            ("NAME", "Aleksander Nowicki"),
            ("NAME", "Priya Ramaswamy"),
            ("NAME", "Kevin O'Donnell"),
            ("NAME", "Marisa Fontaine"),
            ("NAME", "DeShawn Pruitt"),
            ("DEVICE", "7G21543"),
            ("DEVICE", "TP-0822-4471"),
            ("NAME", "Tamika"),
        ],
    ),
    (
        "MyChart message thread\n"
        "11/21/2026 8:14 PM - Brandon Whitehorse (MRN 3310478) wrote:\n"
        "Hi Dr. Kowalczyk, my right eye is still red 3 days after the shot and there's a new black spot. "
        "Should I come in? I can't drive, my wife Shawna would bring me. You can call 505-555-0148.\n"
        "11/21/2026 9:02 PM - Monique Ferreira, RN (on call) wrote:\n"
        "Hi Brandon, please go to the ER now or call the on-call line; do not wait until Monday. "
        "Details of the visit: https://mychart.cascadiaeye.org/visits/88412?tk=Zq8Lm2Rt\n"
        "11/22/2026 7:40 AM - Dr. Kowalczyk reviewed; seen in ER, no endophthalmitis.",
        [
            ("DATE", "11/21/2026"),
            ("NAME", "Brandon"),
            ("NAME", "Whitehorse"),
            ("MRN", "3310478"),
            ("NAME", "Kowalczyk"),
            ("NAME", "Shawna"),
            ("PHONE", "505-555-0148"),
            ("DATE", "11/21/2026"),
            ("NAME", "Monique Ferreira"),
            ("NAME", "Brandon"),
            ("URL", "https://mychart.cascadiaeye.org/visits/88412?tk=Zq8Lm2Rt"),
            ("DATE", "11/22/2026"),
            ("NAME", "Kowalczyk"),
        ],
    ),
    (
        "TELEHEALTH VISIT (video) - Lakeshore Retina\n"
        "Link: https://telehealth.lakeshoreretina.com/room/KWL-4471-QX\n"
        "Patient identity verified (name + DOB 02/28/1958). Patient location: home, 2231 Sheridan Rd, Evanston, "
        "IL 60201. Connection from 73.44.128.19; dropped once, reconnected from 73.44.128.22.\n"
        "Participants: Gloria Estrada (patient), her niece Yaretzi (helping with the camera), Dr. Kateryna "
        "Kowalski.\n"
        "Amsler grid held by niece: new distortion upper half OD. Plan: in-person OCT within 48 h.",
        [
            ("URL", "https://telehealth.lakeshoreretina.com/room/KWL-4471-QX"),
            ("DATE", "02/28/1958"),
            ("ADDRESS", "2231 Sheridan Rd"),
            ("ADDRESS", "Evanston"),
            ("ZIP", "60201"),
            ("IP", "73.44.128.19"),
            ("IP", "73.44.128.22"),
            ("NAME", "Gloria Estrada"),
            ("NAME", "Yaretzi"),
            ("NAME", "Kateryna Kowalski"),
        ],
    ),
    (
        "MEDICATION RECONCILIATION - completed 06/09/2026 by Trevor Nakamura, PharmD\n"
        "Pt: Okonkwo-Bailey, Ngozi   DOB 09/30/1971   MRN 2218875\n"
        "Source: pt + pharmacy fill history (Walgreens, 1550 N Western Ave, Chicago, ph (773) 555-0127)\n"
        "- latanoprost 0.005% 1 gtt OU qhs - taking\n"
        "- Combigan 1 gtt OU bid - taking, ran out x 2 wks\n"
        "- Rhopressa 0.02% 1 gtt OS qhs - NOT taking (cost)\n"
        "- metformin 1000 mg bid; lisinopril 20 mg daily; atorvastatin 40 mg\n"
        "- prednisolone acetate 1% - completed\n"
        "Allergies: sulfa (hives). Copay assistance form faxed to (312) 555-0189.",
        [
            ("DATE", "06/09/2026"),
            ("NAME", "Trevor Nakamura"),
            ("NAME", "Okonkwo-Bailey, Ngozi"),
            ("DATE", "09/30/1971"),
            ("MRN", "2218875"),
            ("ADDRESS", "1550 N Western Ave"),
            ("ADDRESS", "Chicago"),
            ("PHONE", "(773) 555-0127"),
            ("FAX", "(312) 555-0189"),
        ],
    ),
    (
        "FAX COVER SHEET\n"
        "To: Retina Consultants of Tidewater     Fax: (757) 555-0198\n"
        "From: Bayside Manor Skilled Nursing, 880 Shore Dr, Virginia Beach, VA 23455   Fax: (757) 555-0134   "
        "Phone: (757) 555-0133\n"
        "Date: 04/03/2026   Pages: 4 (incl. cover)\n"
        "Re: resident Eula Mae Pettigrew, age 96, DOB 01/12/1930, room 118B\n"
        "Message: Resident's nephew (Mr. Cornelius Pettigrew) requests transfer of injection care closer to the "
        "facility. Attached: MAR, face sheet, Medicaid ID 910044827. Please call Charge Nurse LaToya at ext. on "
        "main line.",
        [
            ("FAX", "(757) 555-0198"),
            ("ADDRESS", "880 Shore Dr"),
            ("ADDRESS", "Virginia Beach"),
            ("ZIP", "23455"),
            ("FAX", "(757) 555-0134"),
            ("PHONE", "(757) 555-0133"),
            ("DATE", "04/03/2026"),
            ("NAME", "Eula Mae"),
            ("NAME", "Pettigrew"),
            ("AGE", "96"),
            ("DATE", "01/12/1930"),
            ("NAME", "Cornelius"),
            ("NAME", "Pettigrew"),
            ("INSURANCE", "910044827"),
            ("NAME", "LaToya"),
        ],
    ),
    (
        "DMV MEDICAL/VISION REPORT (scanned; typed portions)\n"
        "Applicant: Raymond Earl Dupree   Driver license no.: T61448821   DOB: 07/04/1955\n"
        "Address: 412 Bellwood Ave, Richmond, VA 23224\n"
        "Best corrected acuity: 20/50 OD, 20/30 OS, 20/30 OU. Horizontal field 110 degrees binocular.\n"
        "Recommendation: daylight driving only; outside mirrors both sides.\n"
        "Examiner: Lakshmi Narayanan, OD   Virginia license no. 0632-008841   Date: 05/19/2026",
        [
            ("NAME", "Raymond Earl Dupree"),
            ("LICENSE", "T61448821"),
            ("DATE", "07/04/1955"),
            ("ADDRESS", "412 Bellwood Ave"),
            ("ADDRESS", "Richmond"),
            ("ZIP", "23224"),
            ("NAME", "Lakshmi Narayanan"),
            ("LICENSE", "0632-008841"),
            ("DATE", "05/19/2026"),
        ],
    ),
    (
        "ED OPHTHALMOLOGY CONSULT 03:10\n"
        "32M, restrained driver in MVC at ~01:30; airbag deployment. Vehicle: silver 2014 "
        "Honda Civic, CA plate 8KZM412 (per CHP report in chart). Passenger (Jaime Salcedo, 29) being seen in "
        "trauma bay 2.\n"
        "Pt: Luis Alberto Fuentes   MRN 61-22-4870\n"
        "Exam: VA 20/25 OD, 20/400 OS. OS: 360 subconj heme, layered hyphema 1.5 mm. Seidel neg. "
        "CT: no open globe, medial wall fx OS. Plan: shield, head of bed 30, Pred Forte q2h. d/w attending "
        "Dr. Ng.",
        [
            ("VEHICLE", "8KZM412"),
            ("NAME", "Jaime Salcedo"),
            ("NAME", "Luis Alberto Fuentes"),
            ("MRN", "61-22-4870"),
            ("NAME", "Ng"),
        ],
    ),
    (
        "PRIOR AUTHORIZATION REQUEST - faricimab (Vabysmo) J2777\n"
        "Member: Chandrasekhar, Venkat   DOB 12/02/1961   Member ID: XEH884129075   Group: 004417-02\n"
        "Plan: Anthem Blue Cross PPO   Claim #: 26-0310-778412   Patient account: PA-55018824\n"
        "Dx: H35.3211 exudative AMD, RE, with active CNV. Prior therapy: bevacizumab x 6 (step therapy met).\n"
        "Prescriber: Hyun-Woo Park, MD   State license: A148872 (CA)   Office fax (408) 555-0166\n"
        "Submitted 01/08/2026 by Tiffany (billing).",
        [
            ("NAME", "Chandrasekhar, Venkat"),
            ("DATE", "12/02/1961"),
            ("INSURANCE", "XEH884129075"),
            ("INSURANCE", "004417-02"),
            ("ACCOUNT", "26-0310-778412"),
            ("ACCOUNT", "PA-55018824"),
            ("NAME", "Hyun-Woo Park"),
            ("LICENSE", "A148872"),
            ("FAX", "(408) 555-0166"),
            ("DATE", "01/08/2026"),
            ("NAME", "Tiffany"),
        ],
    ),
    (
        "NICU - ROP SCREENING EXAM\n"
        "Baby Boy Ramirez (twin A)   MRN 90022418   DOB 09/30/2026   GA at birth 25+3 wks, BW 710 g\n"
        "PMA today 32+1 wks (exam 11/09/2026). Mother: Yesenia Ramirez, cell 915-555-0172; dad (Oscar) present.\n"
        "OD: zone II posterior, stage 2, no plus. OS: zone II, stage 1. Plan: re-examine in 1 wk.\n"
        "Examiner: Folake Adesanya, MD. Nurse: Brittany H.",
        [
            ("NAME", "Ramirez"),
            ("MRN", "90022418"),
            ("DATE", "09/30/2026"),
            ("DATE", "11/09/2026"),
            ("NAME", "Yesenia"),
            ("NAME", "Ramirez"),
            ("PHONE", "915-555-0172"),
            ("NAME", "Oscar"),
            ("NAME", "Folake Adesanya"),
            ("NAME", "Brittany H."),
        ],
    ),
    (
        "Clinic note: 102-year-old woman (Mrs. Henrietta Vogel) brought by her granddaughter Summer Vogel-Reyes for "
        "a second opinion on cataract surgery. Lives independently in a senior apartment. "
        "VA 20/200 OU, dense brunescent NS 4+. Discussed risks at 102 candidly; she wants to read large-print "
        "again. Plan: LE first, MAC, Malyugin ring on hand.",
        [
            ("AGE", "102"),
            ("NAME", "Henrietta"),
            ("NAME", "Vogel"),
            ("NAME", "Summer"),
            ("NAME", "Vogel-Reyes"),
            ("AGE", "102"),
        ],
    ),
    (
        "CONTACT LENS PRESCRIPTION\n"
        "Patient: Tran, Bao-Ngoc   DOB 04/17/1998   Exam date: 02/11/2026   Expires: 02/11/2027\n"
        "OD: Acuvue Oasys 8.4 / 14.0 / -4.25   OS: Acuvue Oasys 8.4 / 14.0 / -4.75\n"
        "Wear schedule: daily wear, replace every 2 weeks. No sleeping in lenses.\n"
        "Prescriber: Daniel Okafor-Smith, OD   TX license 11427   Clearview Family Eyecare, 6100 Westheimer Rd "
        "Ste 140, Houston, TX 77057, tel (713) 555-0105, fax (713) 555-0106",
        [
            ("NAME", "Tran, Bao-Ngoc"),
            ("DATE", "04/17/1998"),
            ("DATE", "02/11/2026"),
            ("DATE", "02/11/2027"),
            ("NAME", "Daniel Okafor-Smith"),
            ("LICENSE", "11427"),
            ("ADDRESS", "6100 Westheimer Rd Ste 140"),
            ("ADDRESS", "Houston"),
            ("ZIP", "77057"),
            ("PHONE", "(713) 555-0105"),
            ("FAX", "(713) 555-0106"),
        ],
    ),
    (
        "Uveitis follow-up. Ms. Ayaan Warsame (MRN 4418230), 41, bilateral granulomatous panuveitis. Returned from "
        "Somalia recently; household contact of her brother Abdirahman, treated for pulmonary TB. QuantiFERON "
        "positive 10/14/2026. Started RIPE per ID (Dr. Sorensen) before escalating steroid. Interpreter: Hodan "
        "(Somali, in person). Husband Mohamed prefers calls at 612-555-0183.",
        [
            ("NAME", "Ayaan Warsame"),
            ("MRN", "4418230"),
            ("NAME", "Abdirahman"),
            ("DATE", "10/14/2026"),
            ("NAME", "Sorensen"),
            ("NAME", "Hodan"),
            ("NAME", "Mohamed"),
            ("PHONE", "612-555-0183"),
        ],
    ),
    (
        "Secure chat log (exported)\n"
        "[09:41] jmorales@ucvision.org: is 14B (Mr. Abernathy) ok to go after the PPV or does he need a post-op "
        "IOP check?\n"
        "[09:43] rkhanna@ucvision.org: check at 1 pm please, gas fill. His wife Dolores asked about driving home - "
        "she's driving, fine.\n"
        "[09:44] system: message delivered to device 10.88.14.203 (iPad-Retina-3)\n"
        "[09:50] jmorales@ucvision.org: ok, Dolores has the posturing sheet.",
        [
            ("EMAIL", "jmorales@ucvision.org"),
            ("NAME", "Abernathy"),
            ("EMAIL", "rkhanna@ucvision.org"),
            ("NAME", "Dolores"),
            ("IP", "10.88.14.203"),
            ("EMAIL", "jmorales@ucvision.org"),
            ("NAME", "Dolores"),
        ],
    ),
    (
        "Interpreter-assisted visit (Spanish, in person: Rosa Elena Quintanilla, certified). Patient Mar\u00eda de los "
        "\u00c1ngeles Guti\u00e9rrez, 58, lives at 3120 Cesar Chavez St, San Antonio, TX 78207. Graves orbitopathy, "
        "CAS 4/7, proptosis 24 mm OD. Discussed teprotumumab vs IV methylprednisolone. Her sister Guadalupe will "
        "bring her to the infusions.",
        [
            ("NAME", "Rosa Elena Quintanilla"),
            ("NAME", "Mar\u00eda de los \u00c1ngeles Guti\u00e9rrez"),
            ("ADDRESS", "3120 Cesar Chavez St"),
            ("ADDRESS", "San Antonio"),
            ("ZIP", "78207"),
            ("NAME", "Guadalupe"),
        ],
    ),
    (
        "PATIENT STATEMENT - Mountain West Eye Surgeons\n"
        "Statement date: 09/30/2026   Account no.: 0011-884127   Invoice: INV-2026-044718\n"
        "Bill to: Clifford R. Baptiste, PO Box 1187, Bozeman, MT 59771\n"
        "Service 08/12/2026 YAG capsulotomy OS (66821) - insurance paid - patient balance $142.60\n"
        "Questions: billing@mwes-billing.com or (406) 555-0110. Pay online: https://pay.mwes-billing.com/a/0011884127",
        [
            ("DATE", "09/30/2026"),
            ("ACCOUNT", "0011-884127"),
            ("ACCOUNT", "INV-2026-044718"),
            ("NAME", "Clifford R. Baptiste"),
            ("ADDRESS", "PO Box 1187"),
            ("ADDRESS", "Bozeman"),
            ("ZIP", "59771"),
            ("DATE", "08/12/2026"),
            ("EMAIL", "billing@mwes-billing.com"),
            ("PHONE", "(406) 555-0110"),
            ("URL", "https://pay.mwes-billing.com/a/0011884127"),
        ],
    ),
    (
        "IMPLANT RECORD - Boston KPro type I, right eye\n"
        "Recipient: Wendell Yazzie   MRN 44-1187   Date of implant: 05/06/2026\n"
        "Device: Boston KPro Type I, aphakic, serial KP1-26-0931; back plate PMMA 8.5 mm\n"
        "Donor cornea: tissue ID LB26-11873 (eye bank); Kontur bandage CL 16 mm\n"
        "Surgeon: Rebecca Tsosie-Harjo, MD. Card given to patient and to his daughter, Ahiga.",
        [
            ("NAME", "Wendell Yazzie"),
            ("MRN", "44-1187"),
            ("DATE", "05/06/2026"),
            ("DEVICE", "KP1-26-0931"),
            ("DEVICE", "LB26-11873"),
            ("NAME", "Rebecca Tsosie-Harjo"),
            ("NAME", "Ahiga"),
        ],
    ),
    (
        "Pharmacy phone note 2:35 PM: compounding pharmacy (Ridgeline Compounding) called re: fortified vancomycin "
        "25 mg/mL for pt GRAYSON, Mae-Belle (DOB 11/03/1939). Rx clarified with Dr. Abimbola Fagbemi; courier to "
        "deliver to 77 Ridgeline Ct, Asheville NC 28803 by 6 PM. Pharmacist: Jordan Wexler. Pharmacy fax "
        "(828) 555-0147. -kt",
        [
            ("NAME", "GRAYSON, Mae-Belle"),
            ("DATE", "11/03/1939"),
            ("NAME", "Abimbola Fagbemi"),
            ("ADDRESS", "77 Ridgeline Ct"),
            ("ADDRESS", "Asheville"),
            ("ZIP", "28803"),
            ("NAME", "Jordan Wexler"),
            ("FAX", "(828) 555-0147"),
            ("NAME", "kt"),
        ],
    ),
    (
        "INFORMED CONSENT - cataract surgery with IOL, right eye\n"
        "I, Ernestine Beaulieu, understand ... (pre-printed text omitted in export)\n"
        "Lens selected: Tecnis Symfony ZXR00 +20.5 D (toric not indicated). Patient signature: [signed] "
        "Date: 07/22/2026 Time: 10:05\n"
        "Witness: Kenji Watanabe, COA   Surgeon: Olumide Bankole-Hart, MD\n"
        "Patient is 92 and hard of hearing; consent read aloud by her grandson, Marcus Beaulieu.",
        [
            ("NAME", "Ernestine"),
            ("NAME", "Beaulieu"),
            ("DATE", "07/22/2026"),
            ("NAME", "Kenji Watanabe"),
            ("NAME", "Olumide Bankole-Hart"),
            ("AGE", "92"),
            ("NAME", "Marcus"),
            ("NAME", "Beaulieu"),
        ],
    ),
    (
        "OUTSIDE RECORDS (OCR of faxed pages, quality poor)\n"
        "P3/7  FROM:(2O5) 555-O139  TO: MED REC  O9/16/2O26 16:4l\n"
        "Pt: BOUDREAUX, Thibodeaux? [illegible] first name: CL4RENCE   DOB: 0l/22/1947\n"
        "Hx: NAION OD 2O24; ... acuity 2O/7O OD ... Signed: Ashwin Raghunathan, MD",
        [
            ("FAX", "(2O5) 555-O139"),
            ("DATE", "O9/16/2O26"),
            ("NAME", "BOUDREAUX, Thibodeaux"),
            ("NAME", "CL4RENCE"),
            ("DATE", "0l/22/1947"),
            ("NAME", "Ashwin Raghunathan"),
        ],
    ),
    (
        "Neuro-ophthalmology. Ms. Chen is a 34-year-old with RRMS referred by Dr. Chen (no relation) at the MS "
        "center. Dr. Chen's note of 03/02 describes optic neuritis OS. Today: VA 20/20 OD, 20/30 OS, RAPD OS, "
        "color 10/14 OS on Ishihara. OCT RNFL 72 um OS. Discussed with Jonah Feldstein-Katz (fellow).",
        [
            ("NAME", "Chen"),
            ("NAME", "Chen"),
            ("NAME", "Chen"),
            ("DATE", "03/02"),
            ("NAME", "Jonah Feldstein-Katz"),
        ],
    ),
    (
        "RESIDENT SIGN-OUT 11/30 (night float)\n"
        "- Rm 712: Haskins, Dwayne - open globe OS repaired today (Dr. Lindgren), on IV moxi; check Seidel q AM\n"
        "- Rm 718: Abara, Chinonso - orbital cellulitis, vanc/zosyn, CT AM, mom (Ifeoma) at bedside\n"
        "- ED pending: pt named Hope Castellano, 27, chemical splash (bleach) at work - irrigation done, pH 7.2\n"
        "Covering: Will Brennan (PGY-2), pager via operator.",
        [
            ("DATE", "11/30"),
            ("NAME", "Haskins, Dwayne"),
            ("NAME", "Lindgren"),
            ("NAME", "Abara, Chinonso"),
            ("NAME", "Ifeoma"),
            ("NAME", "Hope Castellano"),
            ("NAME", "Will Brennan"),
        ],
    ),
    (
        "RESEARCH NOTE - NCT05512847 (DRCR-style protocol), visit 6\n"
        "Participant ID 021-0447; initials on CRF: M-T-O. Consent re-affirmed 10/20/2026 (v5.0) by study coordinator "
        "Esperanza Villalobos; PI: Arun Sethuraman, MD. Participant Mr. Tobias Ochieng reports no AEs. Stipend "
        "card reloaded ($50).",
        [
            ("MRN", "021-0447"),
            ("NAME", "M-T-O"),
            ("DATE", "10/20/2026"),
            ("NAME", "Esperanza Villalobos"),
            ("NAME", "Arun Sethuraman"),
            ("NAME", "Tobias Ochieng"),
        ],
    ),
    (
        "ADVANCE BENEFICIARY NOTICE (ABN) - scanned\n"
        "A. Notifier: Prairie Vision Center, 2200 N Main St, Sioux Falls, SD 57104, (605) 555-0120\n"
        "B. Patient name: Delbert Ostrowski   C. Identification number: MBI 7QX3-HK9-WT42\n"
        "D. Refraction (92015) - Medicare does not pay for refraction. Estimated cost $45.00\n"
        "Option 1 checked. Signature: [signed]   Date: 06/30/2026",
        [
            ("ADDRESS", "2200 N Main St"),
            ("ADDRESS", "Sioux Falls"),
            ("ZIP", "57104"),
            ("PHONE", "(605) 555-0120"),
            ("NAME", "Delbert Ostrowski"),
            ("INSURANCE", "7QX3-HK9-WT42"),
            ("DATE", "06/30/2026"),
        ],
    ),
    (
        "Letter from attorney (scanned, filed under correspondence)\n"
        "Re: our client Ms. Kimberly Ann Draper - injury of 02/14/2026 - your patient\n"
        "Please forward all records including photographs. The accident involved a 2019 Ford F-150, VIN "
        "1FTEW1EP4KFA28813, which struck our client's vehicle (VIN 2T1BURHE0JC074152) at a stop sign.\n"
        "Counsel: Gerald P. Hathaway, Esq., Lone Star Injury Counsel LLP, 500 Commerce St Ste 1200, Dallas, TX 75202; "
        "ghathaway@lonestarinjury.com; fax 214-555-0190\n"
        "HIM note: release requires patient authorization (Draper signature) - request returned 03/01/2026.",
        [
            ("NAME", "Kimberly Ann"),
            ("NAME", "Draper"),
            ("DATE", "02/14/2026"),
            ("VEHICLE", "1FTEW1EP4KFA28813"),
            ("VEHICLE", "2T1BURHE0JC074152"),
            ("NAME", "Gerald P. Hathaway"),
            ("ADDRESS", "500 Commerce St Ste 1200"),
            ("ADDRESS", "Dallas"),
            ("ZIP", "75202"),
            ("EMAIL", "ghathaway@lonestarinjury.com"),
            ("FAX", "214-555-0190"),
            ("NAME", "Draper"),
            ("DATE", "03/01/2026"),
        ],
    ),
    (
        "Triage call (ophthalmic tech line): caller is Bill Marchetti, husband of pt Frances Marchetti (DOB "
        "3/9/1944). States she 'can't see the TV' since yesterday evening, L eye, no pain. Hx: wet AMD, last Eylea "
        "OS 10/28. Advised same-day visit; appt 1:15 PM with Dr. Abernethy-Singh. Call back # 630-555-0114.",
        [
            ("NAME", "Bill"),
            ("NAME", "Marchetti"),
            ("NAME", "Frances"),
            ("NAME", "Marchetti"),
            ("DATE", "3/9/1944"),
            ("DATE", "10/28"),
            ("NAME", "Abernethy-Singh"),
            ("PHONE", "630-555-0114"),
        ],
    ),
    (
        "HOSPITAL PARKING / ACCESS (front desk note). Pt Darnell Whitaker, dilated today, will not drive. His car "
        "(Georgia tag RHX 4471, black Nissan Altima) can stay in lot C overnight. Ride: sister Patrice, "
        "404-555-0176.",
        [
            ("NAME", "Darnell Whitaker"),
            ("VEHICLE", "RHX 4471"),
            ("NAME", "Patrice"),
            ("PHONE", "404-555-0176"),
        ],
    ),
    (
        "Oculoplastics - photo consent & pre-op: Ms. Lily-Rose Abernathy-Kwan (DOB 05/05/1990, MRN 3377102) for "
        "bilateral upper blepharoplasty. External photos uploaded to https://imaging.pacificoculoplastics.com/case/"
        "3377102-2026-06 by photographer Sunny Dhillon. Visual field taped/untaped: 22 degree superior gain OU. "
        "Insurance: Kaiser, member 000188412773.",
        [
            ("NAME", "Lily-Rose Abernathy-Kwan"),
            ("DATE", "05/05/1990"),
            ("MRN", "3377102"),
            ("URL", "https://imaging.pacificoculoplastics.com/case/3377102-2026-06"),
            ("NAME", "Sunny Dhillon"),
            ("INSURANCE", "000188412773"),
        ],
    ),
    # ------------------------------------------------------------------ Canada
    (
        "Bayview Ophthalmology Associates\n"
        "1450 Bayview Ave, Suite 310, Toronto ON M4G 3B2  |  T 416-555-0142  |  F 416-555-0143\n\n"
        "November 4, 2026\n\n"
        "Dr. Harjit Dhaliwal\nThorncliffe Family Health Team\n"
        "45 Overlea Blvd, Toronto ON M4H 1C3\nFax: 416-555-0178\n\n"
        "RE: Genevi\u00e8ve LAFLEUR-TREMBLAY   DOB 1963-08-19   OHIP 5584-227-913-BK\n\n"
        "Dear Harjit,\n\n"
        "Thank you for referring Genevi\u00e8ve, a 63-year-old teacher, with intermittent diplopia. Findings are in "
        "keeping with a decompensated left fourth nerve palsy; Parks-Bielschowsky three-step positive. I have "
        "given her a Fresnel prism and will see her again in 3 months.\n\n"
        "Sincerely,\n\nMei Tanaka-Roberts, MD, FRCSC\nCPSO #84412\n\ncc: patient (by portal)",
        [
            ("ADDRESS", "1450 Bayview Ave, Suite 310"),
            ("ADDRESS", "Toronto"),
            ("ZIP", "M4G 3B2"),
            ("PHONE", "416-555-0142"),
            ("FAX", "416-555-0143"),
            ("DATE", "November 4, 2026"),
            ("NAME", "Harjit"),
            ("NAME", "Dhaliwal"),
            ("ADDRESS", "45 Overlea Blvd"),
            ("ADDRESS", "Toronto"),
            ("ZIP", "M4H 1C3"),
            ("FAX", "416-555-0178"),
            ("NAME", "Genevi\u00e8ve"),
            ("NAME", "LAFLEUR-TREMBLAY"),
            ("DATE", "1963-08-19"),
            ("INSURANCE", "5584-227-913-BK"),
            ("NAME", "Harjit"),
            ("NAME", "Genevi\u00e8ve"),
            ("NAME", "Mei Tanaka-Roberts"),
            ("LICENSE", "84412"),
        ],
    ),
    (
        "Consultation - Retina, Vancouver\n"
        "Pt: Thunderchild, Darlene   PHN 9698 445 213   NIHB client no. 5440118901   Chart 00-771-24\n"
        "Address: 2870 E 4th Ave, Vancouver BC V5M 1K8   Tel 604-555-0187\n"
        "Referred by Dr. Arash Moradi (optometrist). 58F, T2DM, severe NPDR OU with centre-involving DME OD. "
        "Plan: anti-VEGF OD; NIHB coverage for travel from the reserve confirmed with band health worker "
        "Corinne Sampson. Next visit 2026-12-03.",
        [
            ("ADDRESS", "Vancouver"),
            ("NAME", "Thunderchild, Darlene"),
            ("INSURANCE", "9698 445 213"),
            ("INSURANCE", "5440118901"),
            ("MRN", "00-771-24"),
            ("ADDRESS", "2870 E 4th Ave"),
            ("ADDRESS", "Vancouver"),
            ("ZIP", "V5M 1K8"),
            ("PHONE", "604-555-0187"),
            ("NAME", "Arash Moradi"),
            ("NAME", "Corinne Sampson"),
            ("DATE", "2026-12-03"),
        ],
    ),
    (
        "Note de consultation (dossier bilingue) - Clinique d'ophtalmologie, H\u00f4pital du Sacr\u00e9-Coeur\n"
        "Patient: Gagnon, Jean-Fran\u00e7ois   RAMQ: GAGJ 5807 1512   No. dossier: 2044871\n"
        "Seen 2026-09-15 with his spouse Marie-\u00c8ve. Acute angle closure OS, IOP 58. Laser PI OS done by "
        "Dr Thi Lan Pham; YAG Abraham lens. Contact: 514-555-0169, jfgagnon58@videotron.ca",
        [
            ("NAME", "Gagnon, Jean-Fran\u00e7ois"),
            ("INSURANCE", "GAGJ 5807 1512"),
            ("MRN", "2044871"),
            ("DATE", "2026-09-15"),
            ("NAME", "Marie-\u00c8ve"),
            ("NAME", "Thi Lan Pham"),
            ("PHONE", "514-555-0169"),
            ("EMAIL", "jfgagnon58@videotron.ca"),
        ],
    ),
    (
        "Alberta - Medical examination for a driver (ophthalmology section)\n"
        "Driver: Kulwinder Kaur Sandhu   Operator's licence no. 158842-907   Class 1 (commercial)\n"
        "Address: 118 Taralake Way NE, Calgary AB T3J 0A2\n"
        "Acuity: 6/6 OD, 6/12 OS corrected. Horizontal field 150 degrees. Colour: 11/14 Ishihara (protan). "
        "Meets the Class 1 standard. Examiner: Dr. Oluwatoyin Balogun, CPSA reg. 022176. Date 2026-07-07.",
        [
            ("NAME", "Kulwinder Kaur Sandhu"),
            ("LICENSE", "158842-907"),
            ("ADDRESS", "118 Taralake Way NE"),
            ("ADDRESS", "Calgary"),
            ("ZIP", "T3J 0A2"),
            ("NAME", "Oluwatoyin Balogun"),
            ("LICENSE", "022176"),
            ("DATE", "2026-07-07"),
        ],
    ),
    (
        "Nova Scotia - eye care outreach, nursing note. Visited Mr. Angus MacKinnon, 97, at home (RR 2, 1184 "
        "Shore Rd, Baddeck NS B0E 1B0) with his caregiver Leanne. MSI no. 0044 182 977. Drops: Xalatan OU qhs, "
        "partly remembered; set up a blister pack with the pharmacy. Wife Flora passed away earlier this year. "
        "Next home visit booked with Nurse Practitioner Kyle Doucette.",
        [
            ("NAME", "Angus MacKinnon"),
            ("AGE", "97"),
            ("ADDRESS", "RR 2, 1184 Shore Rd"),
            ("ADDRESS", "Baddeck"),
            ("ZIP", "B0E 1B0"),
            ("NAME", "Leanne"),
            ("INSURANCE", "0044 182 977"),
            ("NAME", "Flora"),
            ("NAME", "Kyle Doucette"),
        ],
    ),
    (
        "Winnipeg eye clinic - triage of e-referrals, 2026-11-02\n"
        "1) Ahmadi, Farzaneh (PHIN 118-442-907) - floaters + flashes OD x 2 d - URGENT same day\n"
        "2) Kowalchuk, Bohdan (PHIN 209-118-774) - drusen, stable - routine 6 mo\n"
        "3) Ducharme, Th\u00e9r\u00e8se (PHIN 331-079-552) - 'sudden loss' per referral letter, no details - "
        "call referrer Dr. Sipho Nkosi 204-555-0161\n"
        "Triaged by: AO (optometrist) / reviewed MJ (staff)",
        [
            ("ADDRESS", "Winnipeg"),
            ("DATE", "2026-11-02"),
            ("NAME", "Ahmadi, Farzaneh"),
            ("INSURANCE", "118-442-907"),
            ("NAME", "Kowalchuk, Bohdan"),
            ("INSURANCE", "209-118-774"),
            ("NAME", "Ducharme, Th\u00e9r\u00e8se"),
            ("INSURANCE", "331-079-552"),
            ("NAME", "Sipho Nkosi"),
            ("PHONE", "204-555-0161"),
            ("NAME", "AO"),
            ("NAME", "MJ"),
        ],
    ),
    # ------------------------------------------------------------------ Australia
    (
        "Eastbank Eye Specialists\n"
        "Suite 5, 210 Victoria Parade, East Melbourne VIC 3002  |  Ph (03) 9555 0148  |  Fax (03) 9555 0149\n"
        "\n"
        "14 October 2026\n\n"
        "Dr Tran Minh Khoa\nWestgate Family Clinic\n12 Barkly Street, Footscray VIC 3011\n\n"
        "Dear Dr Tran,\n\n"
        "Re: Mrs Georgia Papadopoulos, DOB 03/03/1950, UR 1184772, Medicare 2428 77813 1 (ref 2)\n"
        "Unit 4/17 Hopkins Street, Footscray VIC 3011. Mobile 0491 570 156\n\n"
        "I reviewed Georgia today for her diabetic macular oedema. Her daughter Eleni interpreted (Greek). VA "
        "6/12 RE, 6/9 LE. OCT CST 412 microns RE. I have recommended a course of faricimab RE; she is eligible "
        "under the PBS. She also has early Fuchs dystrophy, not yet visually significant.\n\n"
        "Kind regards,\n\nDr Alistair Wong-Henderson FRANZCO\nAHPRA MED0002288417\n\n"
        "cc: Ms Eleni Papadopoulos (daughter), eleni.papa@bigpond.com",
        [
            ("ADDRESS", "Suite 5, 210 Victoria Parade"),
            ("ADDRESS", "East Melbourne"),
            ("ZIP", "3002"),
            ("PHONE", "(03) 9555 0148"),
            ("FAX", "(03) 9555 0149"),
            ("DATE", "14 October 2026"),
            ("NAME", "Tran"),
            ("NAME", "Minh Khoa"),
            ("ADDRESS", "12 Barkly Street"),
            ("ADDRESS", "Footscray"),
            ("ZIP", "3011"),
            ("NAME", "Tran"),
            ("NAME", "Georgia"),
            ("NAME", "Papadopoulos"),
            ("DATE", "03/03/1950"),
            ("MRN", "1184772"),
            ("INSURANCE", "2428 77813 1"),
            ("ADDRESS", "Unit 4/17 Hopkins Street"),
            ("ADDRESS", "Footscray"),
            ("ZIP", "3011"),
            ("PHONE", "0491 570 156"),
            ("NAME", "Georgia"),
            ("NAME", "Eleni"),
            ("NAME", "Alistair Wong-Henderson"),
            ("LICENSE", "MED0002288417"),
            ("NAME", "Eleni"),
            ("NAME", "Papadopoulos"),
            ("EMAIL", "eleni.papa@bigpond.com"),
        ],
    ),
    (
        "Outreach eye clinic, remote NT community - visiting team notes\n"
        "Pt: Jimmy Japaljarri Martin, approx 60, HRN 00-448-127. Lives at House 27, Warlkurra community via the "
        "clinic post box. Trachoma screening: TT present LE, 3 lashes touching. Epilation done; listed for "
        "bilamellar tarsal rotation at the next surgical visit. Interpreter: his niece Jessica Nampijinpa. "
        "Clinic RN: Bronwyn (ph 08 8955 0127). Eye team: Dr Siddharth Rao, orthoptist Kiri.",
        [
            ("NAME", "Jimmy Japaljarri Martin"),
            ("MRN", "00-448-127"),
            ("ADDRESS", "House 27"),
            ("ADDRESS", "Warlkurra"),
            ("NAME", "Jessica Nampijinpa"),
            ("NAME", "Bronwyn"),
            ("PHONE", "08 8955 0127"),
            ("NAME", "Siddharth Rao"),
            ("NAME", "Kiri"),
        ],
    ),
    (
        "Driver licence medical - Queensland (vision section)\n"
        "Name: Connor James O'Rourke   Qld DL no. 078 412 993   DOB 22/11/1984\n"
        "Address: 9 Jacaranda Cres, Toowoomba QLD 4350\n"
        "Monocular since penetrating injury LE (2019). RE 6/6, field full on Esterman. Meets the private standard; "
        "not fit for a commercial licence. Heavy rigid vehicle (rego 812-XKQ) to be driven by another employee. "
        "Examiner: Dr Anh Thu Vo, 21/09/2026.",
        [
            ("NAME", "Connor James O'Rourke"),
            ("LICENSE", "078 412 993"),
            ("DATE", "22/11/1984"),
            ("ADDRESS", "9 Jacaranda Cres"),
            ("ADDRESS", "Toowoomba"),
            ("ZIP", "4350"),
            ("VEHICLE", "812-XKQ"),
            ("NAME", "Anh Thu Vo"),
            ("DATE", "21/09/2026"),
        ],
    ),
    (
        "DVA / private billing note (Sydney day surgery)\n"
        "Patient: Mr Reginald 'Reggie' Featherstone, 93, Gold Card NX4471208, Medicare 5119 44871 2\n"
        "Procedure: LE phaco + IOL (item 42702) on 19/08/2026, Dr Farah Haddad. Account: 2026-08-77104. "
        "Medibank member 40887213 (spouse Peggy's policy) declined - DVA billed. Reggie lives at 6/22 Pacific "
        "Hwy, Hornsby NSW 2077; home phone (02) 5550 1823.",
        [
            ("ADDRESS", "Sydney"),
            ("NAME", "Reginald"),
            ("NAME", "Reggie"),
            ("NAME", "Featherstone"),
            ("AGE", "93"),
            ("INSURANCE", "NX4471208"),
            ("INSURANCE", "5119 44871 2"),
            ("DATE", "19/08/2026"),
            ("NAME", "Farah Haddad"),
            ("ACCOUNT", "2026-08-77104"),
            ("INSURANCE", "40887213"),
            ("NAME", "Peggy"),
            ("NAME", "Reggie"),
            ("ADDRESS", "6/22 Pacific Hwy"),
            ("ADDRESS", "Hornsby"),
            ("ZIP", "2077"),
            ("PHONE", "(02) 5550 1823"),
        ],
    ),
    (
        "Perth eye hospital - theatre list, Thursday 12 November 2026, Theatre 2 (Mr Wiremu Hetaraka)\n"
        "08:00  LUCAS, Shirley Anne   UR 0772184   RE phaco/IOL   88 yrs   LA\n"
        "08:45  NGUYEN, Thi Hoa       UR 1048827   LE phaco/IOL + iStent inject W   71 yrs\n"
        "09:30  BRIGHT, Hunter        UR 1190032   LE PPV/MP/gas for MH   64 yrs\n"
        "10:30  MOHAMMADI, Reza       UR 0933781   RE trab + MMC   55 yrs\n"
        "Anaesthetist: Dr Kavitha Subramaniam. Scrub: Brodie, Chanel. Anaesthetic nurse: Precious M.",
        [
            ("ADDRESS", "Perth"),
            ("DATE", "12 November 2026"),
            ("NAME", "Wiremu Hetaraka"),
            ("NAME", "LUCAS, Shirley Anne"),
            ("MRN", "0772184"),
            ("NAME", "NGUYEN, Thi Hoa"),
            ("MRN", "1048827"),
            ("NAME", "BRIGHT, Hunter"),
            ("MRN", "1190032"),
            ("NAME", "MOHAMMADI, Reza"),
            ("MRN", "0933781"),
            ("NAME", "Kavitha Subramaniam"),
            ("NAME", "Brodie"),
            ("NAME", "Chanel"),
            ("NAME", "Precious M."),
        ],
    ),
    (
        "Intravitreal injection record (Adelaide clinic)\n"
        "Pt: Robert 'Bob' Kowalski   UR 3318270   DOB 15/06/1946\n"
        "Date: 02/10/2026  Eye: R  Drug: ranibizumab biosimilar 0.5 mg  Batch: RB2291X  Injector: Dr Ngaire Walsh\n"
        "Assist: Emily (RN). Pre-IOP 16, post 24 at 5 min, CF. Next 6 wks. Wife Barbara drove. "
        "Daughter Kylie asked for reports to kylie.kowalski@outlook.com.au.",
        [
            ("ADDRESS", "Adelaide"),
            ("NAME", "Robert"),
            ("NAME", "Bob"),
            ("NAME", "Kowalski"),
            ("MRN", "3318270"),
            ("DATE", "15/06/1946"),
            ("DATE", "02/10/2026"),
            ("NAME", "Ngaire Walsh"),
            ("NAME", "Emily"),
            ("NAME", "Barbara"),
            ("NAME", "Kylie"),
            ("EMAIL", "kylie.kowalski@outlook.com.au"),
        ],
    ),
    (
        "Diabetic retinopathy screening - Aboriginal Community Controlled Health Service (Tas.)\n"
        "Client: Tanisha Burgess   DOB 01/07/1989   Clinic ID ACH-4471   Medicare 3308 11472 1\n"
        "Camera: Topcon Maestro2 s/n 8C11275, non-mydriatic. Images: ungradable LE (small pupil), R0M0 RE.\n"
        "Aboriginal health worker: Shane Mundy. Grader: Dr Lorraine Teoh (remote read 05/11/2026).\n"
        "Recall: dilated exam at next visit; text reminder to 0412 555 018.",
        [
            ("NAME", "Tanisha Burgess"),
            ("DATE", "01/07/1989"),
            ("MRN", "ACH-4471"),
            ("INSURANCE", "3308 11472 1"),
            ("DEVICE", "8C11275"),
            ("NAME", "Shane Mundy"),
            ("NAME", "Lorraine Teoh"),
            ("DATE", "05/11/2026"),
            ("PHONE", "0412 555 018"),
        ],
    ),
    (
        "Canberra - Telehealth eye consult (GP with patient, specialist remote)\n"
        "Video link: https://vc.healthdirect.example.au/meet/ophth-0388-ZK7 (single use)\n"
        "Patient: Priyanka Venkataraman, 29, 38 weeks pregnant, headache + blurred vision. Ph 0491 570 993. "
        "GP: Dr Hamish Blackwood (Weston Creek). BP 162/104. Photos of fundi sent from GP PC 192.168.40.17: "
        "bilateral serous RDs, no disc swelling - pre-eclampsia. Transferred to birthing suite.",
        [
            ("ADDRESS", "Canberra"),
            ("URL", "https://vc.healthdirect.example.au/meet/ophth-0388-ZK7"),
            ("NAME", "Priyanka Venkataraman"),
            ("PHONE", "0491 570 993"),
            ("NAME", "Hamish Blackwood"),
            ("ADDRESS", "Weston Creek"),
            ("IP", "192.168.40.17"),
        ],
    ),
    (
        "Ward note - Royal Coral Coast Hospital, Ophthalmology, 14/08/2026 22:15\n"
        "Mr Tevita Fifita (UR 2204471), orbital floor fracture RE after fall from ladder in Cairns. Diplopia on "
        "upgaze. Seen by reg Dr Oliver Hunt. Wife Mele and son Sione at bedside; Mele's mobile 0438 555 201. "
        "NBM from midnight for ORIF tomorrow (Mr Hamid Rahimi).",
        [
            ("DATE", "14/08/2026"),
            ("NAME", "Tevita Fifita"),
            ("MRN", "2204471"),
            ("ADDRESS", "Cairns"),
            ("NAME", "Oliver Hunt"),
            ("NAME", "Mele"),
            ("NAME", "Sione"),
            ("NAME", "Mele"),
            ("PHONE", "0438 555 201"),
            ("NAME", "Hamid Rahimi"),
        ],
    ),
    # ------------------------------------------------------------------ New Zealand
    (
        "Te Whatu Ora - Ophthalmology Outpatients, Whakatane\n"
        "Patient: Aroha Ngata   NHI ZKD4417   DOB 17/02/1966\n"
        "Address: 412 Waiotahe Valley Road, RD 2, \u014cp\u014dtiki 3198   Ph (07) 555 0132, mob 021 555 0193\n\n"
        "Kia ora Dr Henare,\n\n"
        "Aroha came with her whanau (husband Rawiri and moko Tama) for her DR review. Maculopathy RE has "
        "improved after three injections. HbA1c 71. She would like her next appointments on the same day as the "
        "renal clinic. Fax for the practice: (07) 555 0133.\n\n"
        "Nga mihi,\nDr Sarah Lindqvist-Tane, MCNZ 31672",
        [
            ("ADDRESS", "Whakatane"),
            ("NAME", "Aroha"),
            ("NAME", "Ngata"),
            ("MRN", "ZKD4417"),
            ("DATE", "17/02/1966"),
            ("ADDRESS", "412 Waiotahe Valley Road, RD 2"),
            ("ADDRESS", "\u014cp\u014dtiki"),
            ("ZIP", "3198"),
            ("PHONE", "(07) 555 0132"),
            ("PHONE", "021 555 0193"),
            ("NAME", "Henare"),
            ("NAME", "Aroha"),
            ("NAME", "Rawiri"),
            ("NAME", "Tama"),
            ("FAX", "(07) 555 0133"),
            ("NAME", "Sarah Lindqvist-Tane"),
            ("LICENSE", "31672"),
        ],
    ),
    (
        "Retinal screening (NZ) - grading report\n"
        "Name: FALEOLO, Sefo   NHI: PQR8820   Screening date: 03-Mar-2026   Site: mobile van, Otara\n"
        "R3 M1 RE (new vessels elsewhere), R2 M0 LE. Referred urgent to hospital eye service.\n"
        "Grader: Mereana Walker (senior grader). Van camera serial CR2-AF-10471.\n"
        "Patient contact via daughter Losa, 022 555 0178; Samoan speaker.",
        [
            ("NAME", "FALEOLO, Sefo"),
            ("MRN", "PQR8820"),
            ("DATE", "03-Mar-2026"),
            ("ADDRESS", "Otara"),
            ("NAME", "Mereana Walker"),
            ("DEVICE", "CR2-AF-10471"),
            ("NAME", "Losa"),
            ("PHONE", "022 555 0178"),
        ],
    ),
    (
        "Christchurch ED referral 01:20: 'pt Liam Ryder-Smith 24, hit in eye by squash ball, hyphaema'. NHI "
        "YTR5531. Lives at Flat 3, 48 Matai Street, Riccarton, Christchurch 8041. Flatmate Hemi is taking him "
        "home. Review eye clinic 09:00. - Dr Amelia Fonoti",
        [
            ("ADDRESS", "Christchurch"),
            ("NAME", "Liam Ryder-Smith"),
            ("MRN", "YTR5531"),
            ("ADDRESS", "Flat 3, 48 Matai Street"),
            ("ADDRESS", "Riccarton"),
            ("ADDRESS", "Christchurch"),
            ("ZIP", "8041"),
            ("NAME", "Hemi"),
            ("NAME", "Amelia Fonoti"),
        ],
    ),
    (
        "NZ driver licence - eyesight certificate (optometrist)\n"
        "Applicant: Jun-ho Lee   Licence no. DL472915 (version 118)   DOB 30/06/1995\n"
        "Address: 17 Kauri Street, Hamilton 3216. Car rego LKM456. Passes 6/12 binocular with correction. "
        "Certified by: Anjali Prasad, optometrist, ODOB reg. 20-4471, 08/04/2026.",
        [
            ("NAME", "Jun-ho Lee"),
            ("LICENSE", "DL472915"),
            ("DATE", "30/06/1995"),
            ("ADDRESS", "17 Kauri Street"),
            ("ADDRESS", "Hamilton"),
            ("ZIP", "3216"),
            ("VEHICLE", "LKM456"),
            ("NAME", "Anjali Prasad"),
            ("LICENSE", "20-4471"),
            ("DATE", "08/04/2026"),
        ],
    ),
    # ------------------------------------------------------------------ South Africa
    (
        "DR N. MOODLEY INC. - OPHTHALMOLOGIST\n"
        "HPCSA MP 0712345\n"
        "Kingsbury Medical Chambers, 9 Wilderness Road, Claremont, Cape Town, 7708\n"
        "Tel 021 555 0147 | Fax 086 555 0148 | rooms@moodleyeye.co.za\n\n"
        "3 November 2026\n\n"
        "Re: Mr Pieter-Hendrik van der Merwe (DOB 1958/04/12), Discovery Health Medical Scheme, membership "
        "44129870, dependant 00\n\n"
        "Dear Dr Jacobs\n\n"
        "Mr van der Merwe was seen with his wife, Annelie. He has a macula-off RRD LE. Vitrectomy is booked for "
        "tomorrow at Kingsbury; pre-authorisation has been requested. He farms near Riebeek-Kasteel and will stay "
        "with his son Ruan in Durbanville for the posturing period.\n\n"
        "Kind regards\nDr Nalini Moodley",
        [
            ("NAME", "N."),
            ("NAME", "MOODLEY"),
            ("LICENSE", "0712345"),
            ("ADDRESS", "9 Wilderness Road"),
            ("ADDRESS", "Claremont"),
            ("ADDRESS", "Cape Town"),
            ("ZIP", "7708"),
            ("PHONE", "021 555 0147"),
            ("FAX", "086 555 0148"),
            ("EMAIL", "rooms@moodleyeye.co.za"),
            ("DATE", "3 November 2026"),
            ("NAME", "Pieter-Hendrik"),
            ("NAME", "van der Merwe"),
            ("DATE", "1958/04/12"),
            ("INSURANCE", "44129870"),
            ("NAME", "Jacobs"),
            ("NAME", "van der Merwe"),
            ("NAME", "Annelie"),
            ("ADDRESS", "Riebeek-Kasteel"),
            ("NAME", "Ruan"),
            ("ADDRESS", "Durbanville"),
            ("NAME", "Nalini"),
            ("NAME", "Moodley"),
        ],
    ),
    (
        "Eye Clinic, district hospital (Gauteng) - new patient card\n"
        "Folder no: 26/118472   Name: SITHOLE Nomvula Precious   Age: 91   Sex: F\n"
        "Address: Stand 4412, Zone 6, Diepkloof, Soweto, 1862   Cell: 082 555 0149 (grandson Sibusiso)\n"
        "Complaint: 'eyes are white' both sides x 2 yrs. VA HM OU. Mature cataracts OU. No diabetes (HGT 5.4). "
        "For SICS LE on the next list. Seen: Sr Nokuthula Dube / Dr Kagiso Molefe.",
        [
            ("MRN", "26/118472"),
            ("NAME", "SITHOLE Nomvula Precious"),
            ("AGE", "91"),
            ("ADDRESS", "Stand 4412, Zone 6"),
            ("ADDRESS", "Diepkloof"),
            ("ADDRESS", "Soweto"),
            ("ZIP", "1862"),
            ("PHONE", "082 555 0149"),
            ("NAME", "Sibusiso"),
            ("NAME", "Nokuthula Dube"),
            ("NAME", "Kagiso Molefe"),
        ],
    ),
    (
        "Trauma referral (Eastern Cape). Patient: Lwazi Mbeki, 34M, passenger in a minibus taxi (reg. EC 214-778 "
        "per SAPS) that overturned on the N2 near Mthatha on 27/12/2026. Open globe RE, zone 1. Folder "
        "MT-0044812. Brother Xolani (073 555 0192) is with him. Transfer accepted by Dr Refilwe Mokoena, "
        "eye registrar on call.",
        [
            ("NAME", "Lwazi Mbeki"),
            ("VEHICLE", "EC 214-778"),
            ("ADDRESS", "Mthatha"),
            ("DATE", "27/12/2026"),
            ("MRN", "MT-0044812"),
            ("NAME", "Xolani"),
            ("PHONE", "073 555 0192"),
            ("NAME", "Refilwe Mokoena"),
        ],
    ),
    (
        "Paediatric ophthalmology - retinoblastoma MDT (Johannesburg), 18/06/2026\n"
        "Child: Amahle Khumalo, 2 yrs, hospital no. 8874120. Leukocoria RE noted in a phone photo by her aunt "
        "(Zanele). Group D RE, group A LE. Plan: IV chemo + focal therapy; EUA q4wks. Mother Thandeka Khumalo "
        "consented with a Zulu interpreter (Mr Bongani Ntuli). Social worker: Ms Grace Sefara, ext via switchboard "
        "011 555 0100.",
        [
            ("ADDRESS", "Johannesburg"),
            ("DATE", "18/06/2026"),
            ("NAME", "Amahle"),
            ("NAME", "Khumalo"),
            ("MRN", "8874120"),
            ("NAME", "Zanele"),
            ("NAME", "Thandeka"),
            ("NAME", "Khumalo"),
            ("NAME", "Bongani Ntuli"),
            ("NAME", "Grace Sefara"),
            ("PHONE", "011 555 0100"),
        ],
    ),
    (
        "Medical aid pre-authorisation (Durban) - GEMS, membership no. 00411287, dependant 02 (spouse)\n"
        "Patient: Mrs Devi Govender, 66, 14 Lotus Road, Reservoir Hills, Durban, 4091\n"
        "Procedure: LE phaco + IOL (ICD-10 H25.1), theatre 12/03/2026. Account no. DGE-2026-03-1142. "
        "Surgeon: Dr Yusuf Essop (HPCSA MP 0588412). Contact for queries: Farzana, 031 555 0133.",
        [
            ("ADDRESS", "Durban"),
            ("INSURANCE", "00411287"),
            ("NAME", "Devi Govender"),
            ("ADDRESS", "14 Lotus Road"),
            ("ADDRESS", "Reservoir Hills"),
            ("ADDRESS", "Durban"),
            ("ZIP", "4091"),
            ("DATE", "12/03/2026"),
            ("ACCOUNT", "DGE-2026-03-1142"),
            ("NAME", "Yusuf Essop"),
            ("LICENSE", "0588412"),
            ("NAME", "Farzana"),
            ("PHONE", "031 555 0133"),
        ],
    ),
    (
        "Eye clinic security incident (Pretoria): Patient's car, white Toyota Corolla reg. HJ 41 KL GP, broken into "
        "in the outpatient parking while she was dilated. Patient Mrs Magdalena (Lenie) Botha, folder 0077184, "
        "informed; her son-in-law Wikus collected her. Incident no. logged with security; Sr Palesa Maseko "
        "completed the form.",
        [
            ("ADDRESS", "Pretoria"),
            ("VEHICLE", "HJ 41 KL GP"),
            ("NAME", "Magdalena"),
            ("NAME", "Lenie"),
            ("NAME", "Botha"),
            ("MRN", "0077184"),
            ("NAME", "Wikus"),
            ("NAME", "Palesa Maseko"),
        ],
    ),
    # ------------------------------------------------------------------ India
    (
        "KAVERI NETRALAYA - OPD CASE SHEET\n"
        "UHID: KN-2026-0448127   MRD No.: 118/4471   Bill No.: OP/26/118754   Date: 21-07-2026\n"
        "Name: Smt. Lakshmi Venkataraman   Age/Sex: 68/F   W/o: Sri K. Venkataraman\n"
        "Address: No. 14, 3rd Cross, 5th Main, Jayanagar 4th Block, Bengaluru 560011, Karnataka\n"
        "Mobile: +91 98450 12237   Referred by: Dr M. S. Hegde (camp)\n"
        "c/o: diminution of vision LE x 6 months. VA 6/60 LE, 6/9 RE. NS grade 3 LE. Adv: LE SICS + PCIOL; "
        "PM-JAY beneficiary ID: PMJ-KA-7744-1290. Seen by Dr Raghavendra Rao, KMC Reg. No. 88123.",
        [
            ("MRN", "KN-2026-0448127"),
            ("MRN", "118/4471"),
            ("ACCOUNT", "OP/26/118754"),
            ("DATE", "21-07-2026"),
            ("NAME", "Lakshmi"),
            ("NAME", "Venkataraman"),
            ("NAME", "K. Venkataraman"),
            ("ADDRESS", "No. 14, 3rd Cross, 5th Main"),
            ("ADDRESS", "Jayanagar 4th Block"),
            ("ADDRESS", "Bengaluru"),
            ("ZIP", "560011"),
            ("PHONE", "+91 98450 12237"),
            ("NAME", "M. S. Hegde"),
            ("INSURANCE", "PMJ-KA-7744-1290"),
            ("NAME", "Raghavendra Rao"),
            ("LICENSE", "88123"),
        ],
    ),
    (
        "DISCHARGE SUMMARY - free cataract camp, Tirunelveli district\n"
        "Name: Lakshmamma w/o Late Venkatappa, 72 yrs, IP No. 26-C-00871\n"
        "Village: Kuruvikulam, Sankarankovil taluk, PIN 627754\n"
        "DOA 04/02/2026, surgery 05/02/2026: LE MSICS + PCIOL (Aurolab, +21.0 D), DOD 06/02/2026.\n"
        "Attender: son Murugan (cell 94430 55172). Surgeon: Dr S. Arulmozhi, TNMC Reg 77412.",
        [
            ("ADDRESS", "Tirunelveli"),
            ("NAME", "Lakshmamma"),
            ("NAME", "Venkatappa"),
            ("MRN", "26-C-00871"),
            ("ADDRESS", "Kuruvikulam"),
            ("ADDRESS", "Sankarankovil taluk"),
            ("ZIP", "627754"),
            ("DATE", "04/02/2026"),
            ("DATE", "05/02/2026"),
            ("DATE", "06/02/2026"),
            ("NAME", "Murugan"),
            ("PHONE", "94430 55172"),
            ("NAME", "S. Arulmozhi"),
            ("LICENSE", "77412"),
        ],
    ),
    (
        "Retina clinic, Chennai - progress note 09.09.2026\n"
        "Mr. Abdul Rasheed, 59, MRN 2201873. PDR OU, s/p PRP. Today NVD regression OD. Intravitreal bevacizumab "
        "OS given. Son Irfan wants reports on WhatsApp at +91 90030 41187. Next visit after Ramzan. - Dr. "
        "Janani Sundaram",
        [
            ("ADDRESS", "Chennai"),
            ("DATE", "09.09.2026"),
            ("NAME", "Abdul Rasheed"),
            ("MRN", "2201873"),
            ("NAME", "Irfan"),
            ("PHONE", "+91 90030 41187"),
            ("NAME", "Janani Sundaram"),
        ],
    ),
    (
        "Referral letter (Kerala)\n"
        "From: Dr Thomas Kuriakose, MBBS DO, Kuriakose Eye Clinic, Near St. Mary's Church, Kottayam 686001, "
        "ph 0481 255 0173\nTo: The Cornea Services\n"
        "Kindly see Mrs. Mariamma Varghese, 61, with a non-healing corneal ulcer RE after paddy-field injury "
        "(likely fungal). On natamycin 5% hourly x 10 days. Her son Jijo will accompany (9847 055 128). "
        "Dated 11/03/2026.",
        [
            ("NAME", "Thomas"),
            ("NAME", "Kuriakose"),
            ("ADDRESS", "Near St. Mary's Church"),
            ("ADDRESS", "Kottayam"),
            ("ZIP", "686001"),
            ("PHONE", "0481 255 0173"),
            ("NAME", "Mariamma Varghese"),
            ("NAME", "Jijo"),
            ("PHONE", "9847 055 128"),
            ("DATE", "11/03/2026"),
        ],
    ),
    (
        "PM-JAY pre-authorisation - vitreoretinal surgery (Pune)\n"
        "Beneficiary: Sunil Dattatray Patil   PM-JAY ID: PMJ-MH-1120-8874   Ration card linked\n"
        "Case no.: CASE/MH/26/0448712 (claim)   Hospital bill ref: IP-26-11872\n"
        "Dx: TRD LE involving macula, PDR. Package: vitrectomy + EL + silicone oil.\n"
        "Treating doctor: Dr Ashwini Kulkarni, MMC Reg. 2009/04/1173. Submitted 30.06.2026 by Mr Ganesh (TPA desk).",
        [
            ("ADDRESS", "Pune"),
            ("NAME", "Sunil Dattatray Patil"),
            ("INSURANCE", "PMJ-MH-1120-8874"),
            ("ACCOUNT", "CASE/MH/26/0448712"),
            ("ACCOUNT", "IP-26-11872"),
            ("NAME", "Ashwini Kulkarni"),
            ("LICENSE", "2009/04/1173"),
            ("DATE", "30.06.2026"),
            ("NAME", "Ganesh"),
        ],
    ),
    (
        "NICU ROP screening (Delhi)\n"
        "B/o Sunita Yadav (twin 2), UHID 26N-004471, DOB 14.10.2026, GA 28 wks, BW 980 g\n"
        "Exam 11.11.2026: Zone II stage 3 with plus OU - APROP not seen. Laser (diode) OU under sedation today. "
        "Father Rakesh Yadav counselled in Hindi; consent taken. Screening by Dr Neha Bhatnagar.",
        [
            ("NAME", "Sunita"),
            ("NAME", "Yadav"),
            ("MRN", "26N-004471"),
            ("DATE", "14.10.2026"),
            ("DATE", "11.11.2026"),
            ("NAME", "Rakesh"),
            ("NAME", "Yadav"),
            ("NAME", "Neha Bhatnagar"),
        ],
    ),
    (
        "Tele-ophthalmology vision centre upload log\n"
        "2026-08-03 10:14 IST  VC-02 Sitapur (tech: Pooja Verma) uploaded 4 images for pt Ramkali Devi, 70F, "
        "VC ID VC2-001187 from 117.212.44.9\n"
        "2026-08-03 11:02 IST  reading by Dr Imran Siddiqui: RE cataract, LE glaucoma suspect (CDR 0.8) - "
        "refer base hospital; report link https://tele.netraseva.example.in/r/VC2-001187-0803",
        [
            ("DATE", "2026-08-03"),
            ("ADDRESS", "Sitapur"),
            ("NAME", "Pooja Verma"),
            ("NAME", "Ramkali Devi"),
            ("MRN", "VC2-001187"),
            ("IP", "117.212.44.9"),
            ("DATE", "2026-08-03"),
            ("NAME", "Imran Siddiqui"),
            ("URL", "https://tele.netraseva.example.in/r/VC2-001187-0803"),
        ],
    ),
    (
        "Army hospital eye OPD, note: Sub. Maj. (Retd) Gurdev Singh Dhillon, 90 yrs, ECHS card no. DL-0044-18812. "
        "Dependant: wife Smt. Harbans Kaur (also card holder). Bilateral pseudophakia, PCO LE - Nd:YAG capsulotomy "
        "done. The Major was accompanied by grandson Jaskaran (98140 22718).",
        [
            ("NAME", "Gurdev Singh Dhillon"),
            ("AGE", "90"),
            ("INSURANCE", "DL-0044-18812"),
            ("NAME", "Harbans Kaur"),
            ("NAME", "Jaskaran"),
            ("PHONE", "98140 22718"),
        ],
    ),
    (
        "Consent (bilingual, Marathi/English) for intravitreal injection, Mumbai\n"
        "I, Shri Prakash Vasant Joshi, aged 63, resident of B-402, Shanti Sadan CHS, Gokhale Road, Dadar (W), "
        "Mumbai 400028, give consent for injection ranibizumab in my right eye. Witness: Mrs Sneha Joshi (daughter). "
        "Doctor: Dr Farhan Merchant. Date: 17/05/2026.",
        [
            ("ADDRESS", "Mumbai"),
            ("NAME", "Prakash Vasant"),
            ("NAME", "Joshi"),
            ("ADDRESS", "B-402, Shanti Sadan CHS, Gokhale Road"),
            ("ADDRESS", "Dadar (W)"),
            ("ADDRESS", "Mumbai"),
            ("ZIP", "400028"),
            ("NAME", "Sneha"),
            ("NAME", "Joshi"),
            ("NAME", "Farhan Merchant"),
            ("DATE", "17/05/2026"),
        ],
    ),
    (
        "Hyderabad - glaucoma clinic follow-up call log: called pt Mr. Syed Mustafa Hussaini (MRN LV-7712004) on "
        "040-2555-0187 on 02-Dec; no answer. Called alternate no. (nephew Ameer) 99890 41277 - informed of "
        "missed review. Rebooked 09-Dec. Caller: Swathi (PRO).",
        [
            ("ADDRESS", "Hyderabad"),
            ("NAME", "Syed Mustafa Hussaini"),
            ("MRN", "LV-7712004"),
            ("PHONE", "040-2555-0187"),
            ("DATE", "02-Dec"),
            ("NAME", "Ameer"),
            ("PHONE", "99890 41277"),
            ("DATE", "09-Dec"),
            ("NAME", "Swathi"),
        ],
    ),
    # ------------------------------------------------------------------ Singapore
    (
        "Singapore - Eye Centre clinic letter\n"
        "Date: 05 Aug 2026\n"
        "Dear Dr Lim Boon Huat,\n"
        "Re: Mdm Tan Siew Lan (NRIC on file), Hosp No. SEC2204471, DOB 12/09/1948\n"
        "Blk 512 Bedok North Ave 3 #07-221, Singapore 460512. HP: +65 9555 0123\n"
        "Mdm Tan was seen with her daughter Ms Jacqueline Goh. She has bilateral PCV; PDT with verteporfin was "
        "done to the RE today. Please continue her metformin; HbA1c 7.1%.\n"
        "Yours sincerely, Dr Kavitha d/o Ramasamy, MCR M12345A",
        [
            ("DATE", "05 Aug 2026"),
            ("NAME", "Lim Boon Huat"),
            ("NAME", "Tan"),
            ("NAME", "Siew Lan"),
            ("MRN", "SEC2204471"),
            ("DATE", "12/09/1948"),
            ("ADDRESS", "Blk 512 Bedok North Ave 3 #07-221"),
            ("ZIP", "460512"),
            ("PHONE", "+65 9555 0123"),
            ("NAME", "Tan"),
            ("NAME", "Jacqueline Goh"),
            ("NAME", "Kavitha"),
            ("NAME", "Ramasamy"),
            ("LICENSE", "M12345A"),
        ],
    ),
    (
        "A&E eye referral (Singapore). Encik Mohd Faizal bin Rahmat, 41, lorry driver, alkali splash RE at a "
        "worksite in Tuas. Vehicle he drives: GBC 4471 K. Irrigated 6 L, pH 7.5. Wife Puan Nurul Huda binte "
        "Ismail on 8555 0142. Seen by Dr Ong Wei Jie (MO), d/w Dr Selvaraj s/o Muthusamy (registrar).",
        [
            ("NAME", "Mohd Faizal"),
            ("NAME", "Rahmat"),
            ("ADDRESS", "Tuas"),
            ("VEHICLE", "GBC 4471 K"),
            ("NAME", "Nurul Huda"),
            ("NAME", "Ismail"),
            ("PHONE", "8555 0142"),
            ("NAME", "Ong Wei Jie"),
            ("NAME", "Selvaraj"),
            ("NAME", "Muthusamy"),
        ],
    ),
    (
        "Migrant worker eye injury - occupational case (Singapore)\n"
        "Patient: MD RAHMAN Habibur, 29, Bangladeshi, work permit holder\n"
        "Lives in dormitory: 2 Tuas South Avenue 7, Block C, Room 3-14, Singapore 637600\n"
        "Employer contact: Mr Chua Kok Hwee (safety officer), kh.chua@tuasfab.com.sg, 6555 0118\n"
        "Injury 22/04/2026: metallic IOFB LE while grinding without goggles. PPV + IOFB removal 23/04/2026.",
        [
            ("NAME", "MD RAHMAN Habibur"),
            ("ADDRESS", "2 Tuas South Avenue 7, Block C, Room 3-14"),
            ("ZIP", "637600"),
            ("NAME", "Chua Kok Hwee"),
            ("EMAIL", "kh.chua@tuasfab.com.sg"),
            ("PHONE", "6555 0118"),
            ("DATE", "22/04/2026"),
            ("DATE", "23/04/2026"),
        ],
    ),
    (
        "Polyclinic DR screening (SiDRP) - reading centre audit line\n"
        "2026-06-11 15:22:08 +08  grader: nurul.a (Nurul Aisyah)  case DRS-26-448190  pt: LEE Ah Kow, 74M  "
        "result: moderate NPDR OU, refer 3-4 months  client 172.16.220.45\n"
        "2026-06-11 15:40:51 +08  QA: dr.chong (Chong Mei Fen) agreed",
        [
            ("DATE", "2026-06-11"),
            ("NAME", "nurul.a"),
            ("NAME", "Nurul Aisyah"),
            ("MRN", "DRS-26-448190"),
            ("NAME", "LEE Ah Kow"),
            ("IP", "172.16.220.45"),
            ("DATE", "2026-06-11"),
            ("NAME", "dr.chong"),
            ("NAME", "Chong Mei Fen"),
        ],
    ),
    (
        "Nursing note (eye ward, Singapore). Mr Goh Teck Seng, 93, post-op day 1 trabeculectomy LE. Confused "
        "overnight; daughter-in-law Mrs Pauline Goh stayed. Foreign domestic helper (Marites) will instil drops at "
        "home - taught technique today. Discharge to Blk 88 Toa Payoh Lor 4 #11-05, Singapore 310088.",
        [
            ("NAME", "Teck Seng"),
            ("NAME", "Goh"),
            ("AGE", "93"),
            ("NAME", "Pauline"),
            ("NAME", "Goh"),
            ("NAME", "Marites"),
            ("ADDRESS", "Blk 88 Toa Payoh Lor 4 #11-05"),
            ("ZIP", "310088"),
        ],
    ),
    # ------------------------------------------------------------------ mixed note types, all regions
    (
        "Medical retina virtual clinic (image review, no patient present) - 19/11/2026\n"
        "Reviewer: Dr Chiamaka Eze (MR fellow). Images by: Aled P.\n"
        "1. HORNER, Gwendolyn  H/N 3017742  RE nAMD - dry, extend to 10/52\n"
        "2. BEST, Lorna (sister of Mrs Best-Ainsworth, same clinic) H/N 3120088 - vitelliform lesion stable\n"
        "3. Iqbal, Nasreen  H/N 2771093  LE PED enlarging - face-to-face within 2/52\n"
        "Note: Mrs Horner does not have Horner syndrome; the ptosis in her referral is aponeurotic. Lorna's Best "
        "disease (BEST1) is confirmed on genetic testing.",
        [
            ("DATE", "19/11/2026"),
            ("NAME", "Chiamaka Eze"),
            ("NAME", "Aled P."),
            ("NAME", "HORNER, Gwendolyn"),
            ("MRN", "3017742"),
            ("NAME", "BEST"),
            ("NAME", "Lorna"),
            ("NAME", "Best-Ainsworth"),
            ("MRN", "3120088"),
            ("NAME", "Iqbal, Nasreen"),
            ("MRN", "2771093"),
            ("NAME", "Horner"),
            ("NAME", "Lorna"),
        ],
    ),
    (
        "dictation transcript (speech recognition, unedited): dictated by dr sarah o'neill consultant "
        "ophthalmologist regarding mrs doris blackwood date of birth first of march nineteen thirty one hospital "
        "number k as in kilo four four one eight two nine. mrs blackwood is now ninety five and attends with her "
        "carer joanne who tells me she has been putting the drops in the wrong eye full stop new paragraph",
        [
            ("NAME", "sarah o'neill"),
            ("NAME", "doris"),
            ("NAME", "blackwood"),
            ("DATE", "first of march nineteen thirty one"),
            ("MRN", "k as in kilo four four one eight two nine"),
            ("NAME", "blackwood"),
            ("AGE", "ninety five"),
            ("NAME", "joanne"),
        ],
    ),
    (
        "Low vision assessment (ECLO note). Mr Desmond Achterberg, 90, registered SSI. Lives with his guide dog "
        "Bramble at 11 Ferry Lane, Topsham, Exeter EX3 0JH. Son Will will collect the CCTV magnifier on Friday; "
        "Will's number is 07700 900 376. Referred to Guide Dogs for a new harness and to the local talking "
        "newspaper. Will review in 3 months. - Rose (ECLO)",
        [
            ("NAME", "Desmond Achterberg"),
            ("AGE", "90"),
            ("ADDRESS", "11 Ferry Lane"),
            ("ADDRESS", "Topsham"),
            ("ADDRESS", "Exeter"),
            ("ZIP", "EX3 0JH"),
            ("NAME", "Will"),
            ("NAME", "Will"),
            ("PHONE", "07700 900 376"),
            ("NAME", "Rose"),
        ],
    ),
    (
        "Cornea clinic. With Rose (granddaughter) today. Rose bengal and fluorescein staining of the inferior "
        "third, Schirmer 3 mm at 5 min RE. Mrs Marjorie Kingsley-Brown has Sj\u00f6gren syndrome (Ro positive). "
        "Mark (husband) asked about costs. Mark the punctal plug site on the diagram. Plan: Hylo-Forte, "
        "punctal plugs lower lids, review 8/52.",
        [
            ("NAME", "Rose"),
            ("NAME", "Marjorie Kingsley-Brown"),
            ("NAME", "Mark"),
        ],
    ),
    (
        "PRIVATE PATIENT INVOICE\n"
        "Harley Vision Partners LLP, 44 Wimpole Street, London W1G 8SD, accounts@harleyvision.co.uk\n"
        "Invoice no. HVP-26-001873   Date 28/08/2026   Patient account 0044187\n"
        "Patient: Sheikh Omar Al-Mansoori, c/o Flat 9, 3 Park Lane Place, London W1K 1PN\n"
        "Insurer: Bupa Global, membership 77213458-01; pre-auth obtained.\n"
        "Items: consultation; OCT; bilateral femtosecond laser cataract surgery with trifocal IOLs (self-pay top-up).",
        [
            ("ADDRESS", "44 Wimpole Street"),
            ("ADDRESS", "London"),
            ("ZIP", "W1G 8SD"),
            ("EMAIL", "accounts@harleyvision.co.uk"),
            ("ACCOUNT", "HVP-26-001873"),
            ("DATE", "28/08/2026"),
            ("ACCOUNT", "0044187"),
            ("NAME", "Omar Al-Mansoori"),
            ("ADDRESS", "Flat 9, 3 Park Lane Place"),
            ("ADDRESS", "London"),
            ("ZIP", "W1K 1PN"),
            ("INSURANCE", "77213458-01"),
        ],
    ),
    (
        "Adult safeguarding (eye casualty). Ms Kerry-Louise Bampton, 31, blow-out fracture LE, says she 'walked "
        "into a door'. Disclosed later to Sr Amina Yusuf that her partner (Craig Dunmore) hit her. Referred to "
        "IDVA (Natasha) with consent. Current address withheld - staying at a refuge; contact ONLY via the IDVA "
        "on 0300 555 0147. Do not share information with Mr Dunmore if he calls.",
        [
            ("NAME", "Kerry-Louise Bampton"),
            ("NAME", "Amina Yusuf"),
            ("NAME", "Craig"),
            ("NAME", "Dunmore"),
            ("NAME", "Natasha"),
            ("PHONE", "0300 555 0147"),
            ("NAME", "Dunmore"),
        ],
    ),
    (
        "Social note. Mr Piotr 'Pete' Zieli\u0144ski, NFA - currently at St Anselm's hostel, 2 Canal Walk, "
        "Leicester LE1 3FE (key worker Dionne, 0116 496 0315). Missed three glaucoma appointments. Agreed that "
        "letters go to the hostel and texts to his mobile 07700 900 812 (pay-as-you-go). Drops kept by hostel staff.",
        [
            ("NAME", "Piotr"),
            ("NAME", "Pete"),
            ("NAME", "Zieli\u0144ski"),
            ("ADDRESS", "2 Canal Walk"),
            ("ADDRESS", "Leicester"),
            ("ZIP", "LE1 3FE"),
            ("NAME", "Dionne"),
            ("PHONE", "0116 496 0315"),
            ("PHONE", "07700 900 812"),
        ],
    ),
    (
        "e-Consent record - UK eye biobank\n"
        "Participant: Chidinma Okafor-Reilly, DOB 02/12/1979, NHS 445 190 8832\n"
        "Consent completed online 14/09/2026 at 20:41 from IP 86.14.203.77 (device: Android tablet).\n"
        "Personal link: https://consent.eyebiobank.example.org.uk/p/7Hq2-Lm9x-0044\n"
        "Confirmation e-mailed to chidi.or@gmail.com; witness not required. Checked by research nurse Tobi "
        "Adewale 15/09/2026.",
        [
            ("NAME", "Chidinma Okafor-Reilly"),
            ("DATE", "02/12/1979"),
            ("MRN", "445 190 8832"),
            ("DATE", "14/09/2026"),
            ("IP", "86.14.203.77"),
            ("URL", "https://consent.eyebiobank.example.org.uk/p/7Hq2-Lm9x-0044"),
            ("EMAIL", "chidi.or@gmail.com"),
            ("NAME", "Tobi Adewale"),
            ("DATE", "15/09/2026"),
        ],
    ),
    (
        "Phone message (Cork eye clinic): Mrs Breda Lynch rang 10:15 - her husband Donal (MRN 0553187) is "
        "'seeing flashing lights' since last night, RE. Address on file 14 Ard na Gr\u00e9ine, Douglas, Cork "
        "T12 X8P4 confirmed. Advised to come to the eye emergency department today. Call back 021 555 0164. "
        "Taken by: Gr\u00e1inne (reception).",
        [
            ("ADDRESS", "Cork"),
            ("NAME", "Breda"),
            ("NAME", "Lynch"),
            ("NAME", "Donal"),
            ("MRN", "0553187"),
            ("ADDRESS", "14 Ard na Gr\u00e9ine"),
            ("ADDRESS", "Douglas"),
            ("ADDRESS", "Cork"),
            ("ZIP", "T12 X8P4"),
            ("PHONE", "021 555 0164"),
            ("NAME", "Gr\u00e1inne"),
        ],
    ),
    (
        "EHR ACCESS LOG (break-the-glass) - Northfield Eye Institute\n"
        "User: PATTERSON, GREG (Ophthalmic Technician)  User ID: gpatterson\n"
        "Patient: HALVERSON, INGRID  MRN: 002-771-8840\n"
        "Reason entered: 'checking on neighbor'\n"
        "Timestamp: 2026-05-02 23:14:07 CDT  Workstation IP: 10.210.4.66  Session: Citrix\n"
        "Compliance follow-up assigned to: Renata Oyelaran, Privacy Officer (r.oyelaran@northfieldeye.org)",
        [
            ("NAME", "PATTERSON, GREG"),
            ("NAME", "gpatterson"),
            ("NAME", "HALVERSON, INGRID"),
            ("MRN", "002-771-8840"),
            ("DATE", "2026-05-02"),
            ("IP", "10.210.4.66"),
            ("NAME", "Renata Oyelaran"),
            ("EMAIL", "r.oyelaran@northfieldeye.org"),
        ],
    ),
    (
        "OCT MACULA REPORT\n"
        "Name: Szymanski, Walter J.   MRN 7740218   DOB 10/10/1934   Age 92   Scan date 11/05/2026\n"
        "Device: Cirrus HD-OCT 6000, serial 6000-12847, software 11.5.2.54532\n"
        "Technician: Marisol V.   Interpreting physician: Gwendolyn Achebe-Morris, MD\n"
        "OD: CST 288 um, subretinal fluid resolved. OS: CST 341 um, intraretinal cysts - increased from 11/2025.",
        [
            ("NAME", "Szymanski, Walter J."),
            ("MRN", "7740218"),
            ("DATE", "10/10/1934"),
            ("AGE", "92"),
            ("DATE", "11/05/2026"),
            ("DEVICE", "6000-12847"),
            ("NAME", "Marisol V."),
            ("NAME", "Gwendolyn Achebe-Morris"),
            ("DATE", "11/2025"),
        ],
    ),
    (
        "Proxy access granted (patient portal). Patient: Leonard Abrams (MRN 5512904), 95. Proxy: daughter Ruth "
        "Abrams-Feld, ruth.af@comcast.net, phone (617) 555-0150. Proxy form scanned 07/07/2026. Invitation link "
        "sent: https://portal.bostonvisioncare.org/proxy/invite/ZK77-41P. Approved by HIM (Desiree).",
        [
            ("NAME", "Leonard"),
            ("NAME", "Abrams"),
            ("MRN", "5512904"),
            ("AGE", "95"),
            ("NAME", "Ruth"),
            ("NAME", "Abrams-Feld"),
            ("EMAIL", "ruth.af@comcast.net"),
            ("PHONE", "(617) 555-0150"),
            ("DATE", "07/07/2026"),
            ("URL", "https://portal.bostonvisioncare.org/proxy/invite/ZK77-41P"),
            ("NAME", "Desiree"),
        ],
    ),
    (
        "B-SCAN ULTRASOUND (ocular oncology)\n"
        "Pt: Amos Whitfield   Acct 6620-04418   Exam 03/24/2026   Ordering: Dr. Hollis\n"
        "OS: dome-shaped choroidal mass, 9.8 x 11.2 mm base, 4.1 mm height, low internal reflectivity, "
        "vascularity present; no extrascleral extension. Consistent with choroidal melanoma (COMS medium).\n"
        "Mr. Whitfield's wife Cecilia was present for the discussion. Sonographer: Yuki Tanabe, CDOS.",
        [
            ("NAME", "Amos"),
            ("NAME", "Whitfield"),
            ("ACCOUNT", "6620-04418"),
            ("DATE", "03/24/2026"),
            ("NAME", "Hollis"),
            ("NAME", "Whitfield"),
            ("NAME", "Cecilia"),
            ("NAME", "Yuki Tanabe"),
        ],
    ),
    (
        "Plaque brachytherapy record: I-125 COMS 16 mm plaque, plaque serial PLQ-16-0092, seeds lot 4471-B. "
        "Inserted 04/06/2026, removed 04/10/2026. Physicist: Dmitri Volkov, PhD. Radiation oncologist: "
        "Adaeze Chukwu, MD. Patient Amos Whitfield instructed to keep 2 m from his grandchildren (Ezra, Maisie).",
        [
            ("DEVICE", "PLQ-16-0092"),
            ("DATE", "04/06/2026"),
            ("DATE", "04/10/2026"),
            ("NAME", "Dmitri Volkov"),
            ("NAME", "Adaeze Chukwu"),
            ("NAME", "Amos Whitfield"),
            ("NAME", "Ezra"),
            ("NAME", "Maisie"),
        ],
    ),
    (
        "Nursing note, Honolulu eye clinic: Pt Keoni Kahananui (MRN 8100472), 66, s/p trab OS day 7. Auntie "
        "Leilani drives him from Waianae; address 87-1204 Farrington Hwy, Waianae HI 96792. Bleb diffuse, "
        "Seidel neg. Sutures lysed x1 by Dr. Alapaki Nohea. Next visit 12/01.",
        [
            ("ADDRESS", "Honolulu"),
            ("NAME", "Keoni Kahananui"),
            ("MRN", "8100472"),
            ("NAME", "Leilani"),
            ("ADDRESS", "Waianae"),
            ("ADDRESS", "87-1204 Farrington Hwy"),
            ("ADDRESS", "Waianae"),
            ("ZIP", "96792"),
            ("NAME", "Alapaki Nohea"),
            ("DATE", "12/01"),
        ],
    ),
    (
        "Referral triage queue - general ophthalmology (exported 10/19/2026)\n"
        "Priority | Patient | DOB | Reason | Referring\n"
        "1 | Abernathy, Clyde | 02/02/1936 | CRAO OD 6 h ago | ED, Dr. Farouk\n"
        "2 | Ruiz-Campos, Daniela | 07/23/2001 | contact lens ulcer OS | UC, PA Kessler\n"
        "3 | Baker, Faith | 11/11/1952 | cataract, glare | Dr. Baker (PCP, no relation)\n"
        "4 | Cook, Hunter | 01/30/2018 | failed school screen | Nurse Cook (mother)",
        [
            ("DATE", "10/19/2026"),
            ("NAME", "Abernathy, Clyde"),
            ("DATE", "02/02/1936"),
            ("NAME", "Farouk"),
            ("NAME", "Ruiz-Campos, Daniela"),
            ("DATE", "07/23/2001"),
            ("NAME", "Kessler"),
            ("NAME", "Baker"),
            ("NAME", "Faith"),
            ("DATE", "11/11/1952"),
            ("NAME", "Baker"),
            ("NAME", "Cook"),
            ("NAME", "Hunter"),
            ("DATE", "01/30/2018"),
            ("NAME", "Cook"),
        ],
    ),
    (
        "OPERATIVE NOTE (Ottawa) - 2026-10-06\n"
        "Patient: Nakamura-Brisebois, Yumi   Chart 440-1187   OHIP 9912-447-018-XA\n"
        "Procedure: RE PreserFlo MicroShunt with MMC 0.2 mg/mL x 2 min. Implant serial PF-8H2271.\n"
        "Surgeon: Dr. Olamide Adebisi; Fellow: Dr. \u00c9tienne Roy; Anesthesia: Dr. Grace Liu (topical + sedation); "
        "Nurses: Sylvie, Mandeep. Patient's partner (Anik) to drive; pt's licence is suspended for vision anyway.",
        [
            ("ADDRESS", "Ottawa"),
            ("DATE", "2026-10-06"),
            ("NAME", "Nakamura-Brisebois, Yumi"),
            ("MRN", "440-1187"),
            ("INSURANCE", "9912-447-018-XA"),
            ("DEVICE", "PF-8H2271"),
            ("NAME", "Olamide Adebisi"),
            ("NAME", "\u00c9tienne Roy"),
            ("NAME", "Grace Liu"),
            ("NAME", "Sylvie"),
            ("NAME", "Mandeep"),
            ("NAME", "Anik"),
        ],
    ),
    (
        "DISCHARGE LETTER - Ophthalmology (Brisbane)\n"
        "To: Dr Fiona McTavish, Riverbend Family Practice, Fax (07) 3555 0187\n"
        "Patient: Mr Hemi Walker-Tuhoe, DOB 29/05/1971, UR 0044812, 33 Latrobe Terrace, Paddington QLD 4064\n"
        "Admission 02/11/2026 - 05/11/2026: acute bacterial keratitis LE (Pseudomonas, contact lens wearer).\n"
        "Discharge meds: G. ofloxacin hourly by day, G. atropine 1% bd. Follow-up: cornea clinic 07/11/2026.\n"
        "cc: patient; Ms Tia Walker (partner); optometrist Mr Brendan Yeo, Specsavers Paddington",
        [
            ("ADDRESS", "Brisbane"),
            ("NAME", "Fiona McTavish"),
            ("FAX", "(07) 3555 0187"),
            ("NAME", "Hemi Walker-Tuhoe"),
            ("DATE", "29/05/1971"),
            ("MRN", "0044812"),
            ("ADDRESS", "33 Latrobe Terrace"),
            ("ADDRESS", "Paddington"),
            ("ZIP", "4064"),
            ("DATE", "02/11/2026"),
            ("DATE", "05/11/2026"),
            ("DATE", "07/11/2026"),
            ("NAME", "Tia Walker"),
            ("NAME", "Brendan Yeo"),
        ],
    ),
    (
        "Complaint e-mail forwarded to eye department (Auckland)\n"
        "From: Mereana Paki <mereana.paki@xtra.co.nz>  Sent: Tue 3/11/2026 9:12 p.m.\n"
        "Kia ora, my koro Hone Paki (NHI ABC2451) has waited 11 months for his cataract surgery. He is 90 and "
        "can't see to read his Bible any more. We live at 9 Pohutukawa Drive, Mangere Bridge, Auckland 2022. "
        "Please call me on 027 555 0144. Nga mihi, Mereana",
        [
            ("ADDRESS", "Auckland"),
            ("NAME", "Mereana"),
            ("NAME", "Paki"),
            ("EMAIL", "mereana.paki@xtra.co.nz"),
            ("DATE", "3/11/2026"),
            ("NAME", "Hone"),
            ("NAME", "Paki"),
            ("MRN", "ABC2451"),
            ("AGE", "90"),
            ("ADDRESS", "9 Pohutukawa Drive"),
            ("ADDRESS", "Mangere Bridge"),
            ("ADDRESS", "Auckland"),
            ("ZIP", "2022"),
            ("PHONE", "027 555 0144"),
            ("NAME", "Mereana"),
        ],
    ),
    (
        "Patient transport booking (UK): Mrs Gladys Okonedo, 99, wheelchair user, LE injection 14:20 on "
        "Thursday 3 December. Collection from 4 Bishop's Walk, Lichfield WS13 6DT. Escort: granddaughter Precious "
        "Okonedo-Hart. Contract taxi reg. WN71 KCX, driver Barry. Booking ref held by transport office.",
        [
            ("NAME", "Gladys Okonedo"),
            ("AGE", "99"),
            ("DATE", "3 December"),
            ("ADDRESS", "4 Bishop's Walk"),
            ("ADDRESS", "Lichfield"),
            ("ZIP", "WS13 6DT"),
            ("NAME", "Precious Okonedo-Hart"),
            ("VEHICLE", "WN71 KCX"),
            ("NAME", "Barry"),
        ],
    ),
    (
        "Trauma (Bengaluru): 24M, Mr Karthik Gowda, fell from motorcycle KA 05 MN 4821 on Hosur Road, no helmet. "
        "Lid laceration involving the canaliculus RE. Brought by friend (Naveen). Address 221, 7th Main, BTM 2nd "
        "Stage, Bengaluru 560076. Repair with Mini Monoka stent under GA by Dr Deepa Shenoy on 19-09-2026.",
        [
            ("ADDRESS", "Bengaluru"),
            ("NAME", "Karthik Gowda"),
            ("VEHICLE", "KA 05 MN 4821"),
            ("ADDRESS", "Hosur Road"),
            ("NAME", "Naveen"),
            ("ADDRESS", "221, 7th Main"),
            ("ADDRESS", "BTM 2nd Stage"),
            ("ADDRESS", "Bengaluru"),
            ("ZIP", "560076"),
            ("NAME", "Deepa Shenoy"),
            ("DATE", "19-09-2026"),
        ],
    ),
    (
        "Portal sign-in history (patient-facing account)\n"
        "Account holder: Olumide Balogun-Hart  Portal user: olubh1970\n"
        "2026-11-02 07:44  success  2001:db8:3c4d:15::1a2f  Safari/iOS\n"
        "2026-11-02 07:45  viewed letter 'Clinic letter - glaucoma'\n"
        "2026-11-09 22:10  failed (password)  203.0.113.88\n"
        "2026-11-09 22:11  success  203.0.113.88\n",
        [
            ("NAME", "Olumide Balogun-Hart"),
            ("NAME", "olubh1970"),
            ("DATE", "2026-11-02"),
            ("IP", "2001:db8:3c4d:15::1a2f"),
            ("DATE", "2026-11-02"),
            ("DATE", "2026-11-09"),
            ("IP", "203.0.113.88"),
            ("DATE", "2026-11-09"),
            ("IP", "203.0.113.88"),
        ],
    ),
    (
        "Independent prescribing record - glaucoma nurse-led clinic\n"
        "Prescriber: Sr Margaret Oduya RN, NMC PIN 98I2741E (V300). Patient: Mr Tariq Mahmood, H/N 0770184. "
        "Changed Xalacom to Ganfort UD because of preservative intolerance. IOP 17/18. Supervising consultant: "
        "Mr Pradeep Venugopal. Next: 4/12, date to be sent.",
        [
            ("NAME", "Margaret Oduya"),
            ("LICENSE", "98I2741E"),
            ("NAME", "Tariq Mahmood"),
            ("MRN", "0770184"),
            ("NAME", "Pradeep Venugopal"),
        ],
    ),
    (
        "Spectacle dispensing (hospital optical dept). Child: Amelia-Grace Winterbottom, 5, H/N P4471180. Rx: RE "
        "+5.50/-1.00 x 180, LE +6.00/-1.25 x 175. Frames: Miraflex; dispensed by Jenna Okoro FBDO, GOC D-11874. "
        "Mum (Stacey) signed the NHS voucher (GOS3).",
        [
            ("NAME", "Amelia-Grace Winterbottom"),
            ("MRN", "P4471180"),
            ("NAME", "Jenna Okoro"),
            ("LICENSE", "D-11874"),
            ("NAME", "Stacey"),
        ],
    ),
    (
        "MRI safety check (pre-orbit MRI). Mr Conall Devereux, 58, MRN 4418721. Implants: cochlear implant R "
        "(Cochlear Nucleus, serial 4418-CI-22875) - MR conditional with magnet removal; pacemaker: none; "
        "metallic foreign body history: welder - orbital X-ray clear 12/06/2026. Checked by radiographer "
        "Hannah Meier.",
        [
            ("NAME", "Conall Devereux"),
            ("MRN", "4418721"),
            ("DEVICE", "4418-CI-22875"),
            ("DATE", "12/06/2026"),
            ("NAME", "Hannah Meier"),
        ],
    ),
    (
        "Medication reconciliation on admission (eye ward)\n"
        "Patient: Mrs Nirmala Chaudhary, 73, H/N 2207741. Source: GP summary + patient's own drugs.\n"
        "Insulin pump (Medtronic MiniMed 780G, serial NG4471208H) - patient self-manages; CGM Guardian 4.\n"
        "Apixaban 5 mg bd, bisoprolol 2.5 mg od, G. Xalatan nocte LE, G. Lacri-Lube nocte.\n"
        "Reconciled by: Oliver Grant-Asante, pharmacist, 21/04/2026.",
        [
            ("NAME", "Nirmala Chaudhary"),
            ("MRN", "2207741"),
            ("DEVICE", "NG4471208H"),
            ("NAME", "Oliver Grant-Asante"),
            ("DATE", "21/04/2026"),
        ],
    ),
    (
        "NOD cataract audit export (row)\n"
        "site=EYE-NW;op_date=2026-03-17;pt=1123874;age_at_op=89;surgeon_grade=ST4;surgeon=KAPOOR R;"
        "iol_model=ZCB00;iol_power=21.5;iol_serial=1874402215;pcr=N;va_post=0.10;exported_by=a.musa;ws=10.30.8.14",
        [
            ("DATE", "2026-03-17"),
            ("MRN", "1123874"),
            ("NAME", "KAPOOR R"),
            ("DEVICE", "1874402215"),
            ("NAME", "a.musa"),
            ("IP", "10.30.8.14"),
        ],
    ),
    (
        "Theatre incident report (near miss, no harm). Date: 09/10/2026. Wrong IOL power retrieved (+21.0 instead "
        "of +12.0 D) for patient LEONG, Mei Ling (H/N 3310874) - detected at the second IOL check by scrub "
        "practitioner AB. Surgeon: Mr Tunde Bakare. Reported by: Danielle Fairbrother (theatre coordinator). "
        "Datix ref. on file.",
        [
            ("DATE", "09/10/2026"),
            ("NAME", "LEONG, Mei Ling"),
            ("MRN", "3310874"),
            ("NAME", "AB"),
            ("NAME", "Tunde Bakare"),
            ("NAME", "Danielle Fairbrother"),
        ],
    ),
    (
        "Bereavement note. We were informed by his son Ebenezer that Mr Kofi Mensah-Bonsu (H/N 2204118) died on "
        "14 July 2026 at home. Outstanding clinic appointments cancelled; letters suppressed. Corneal donation: "
        "the family consented; eye retrieval by the eye bank team (Siobhan Lacey) on 15/07/2026.",
        [
            ("NAME", "Ebenezer"),
            ("NAME", "Kofi Mensah-Bonsu"),
            ("MRN", "2204118"),
            ("DATE", "14 July 2026"),
            ("NAME", "Siobhan Lacey"),
            ("DATE", "15/07/2026"),
        ],
    ),
    (
        "Ocular prosthetics. Patient Mr Terrence Ng'ang'a, 47, enucleated LE (trauma). New custom prosthesis "
        "fitted 10/02/2026 by ocularist Beatrice Lowery; prosthesis ID OP-26-0411, orbital implant (porous, 20 "
        "mm) serial 20-MP-77412. Hygiene advice given. Wife Wanjiru present.",
        [
            ("NAME", "Terrence Ng'ang'a"),
            ("DATE", "10/02/2026"),
            ("NAME", "Beatrice Lowery"),
            ("DEVICE", "OP-26-0411"),
            ("DEVICE", "20-MP-77412"),
            ("NAME", "Wanjiru"),
        ],
    ),
    (
        "Interpreter booking (Mandarin) for glaucoma clinic 15/12: patient Mr Zhang Jianguo, H/N 3318004, and "
        "his wife Ms Wang Xiuying. Interpreter Mr Chen Hao confirmed by the language service; telephone backup "
        "0207 946 0188. Booked by: Priti (clinic co-ordinator).",
        [
            ("DATE", "15/12"),
            ("NAME", "Zhang Jianguo"),
            ("MRN", "3318004"),
            ("NAME", "Wang Xiuying"),
            ("NAME", "Chen Hao"),
            ("PHONE", "0207 946 0188"),
            ("NAME", "Priti"),
        ],
    ),
    (
        "GP e-mail to eye clinic\n"
        "From: Dr Ifeanyi Chukwuma <i.chukwuma@nhs.net>\nTo: eyeclinic.admin@nhs.net\nDate: 16 Oct 2026 08:02\n"
        "Subject: Urgent - Mrs WILLOUGHBY, Beatrice (NHS 401 339 6612)\n"
        "Hi both, Beatrice rang our practice saying her left eye has gone 'misty' and painful overnight. She is 93 "
        "and had cataract surgery with you three days ago. Can you see her today? Her grandson Alfie will drive. "
        "Photos she sent: https://files.ashgroveSurgery.example/shared/bw-1610/eye.jpg\n"
        "Ifeanyi",
        [
            ("NAME", "Ifeanyi"),
            ("NAME", "Chukwuma"),
            ("EMAIL", "i.chukwuma@nhs.net"),
            ("EMAIL", "eyeclinic.admin@nhs.net"),
            ("DATE", "16 Oct 2026"),
            ("NAME", "WILLOUGHBY"),
            ("NAME", "Beatrice"),
            ("MRN", "401 339 6612"),
            ("NAME", "Beatrice"),
            ("AGE", "93"),
            ("NAME", "Alfie"),
            ("URL", "https://files.ashgroveSurgery.example/shared/bw-1610/eye.jpg"),
            ("NAME", "Ifeanyi"),
        ],
    ),
    (
        "Diabetic eye screening (Wales) - failsafe list\n"
        "JONES, Rhiannon  NHS 712 440 1893  last screened 03/2024  ! overdue\n"
        "AP IORWERTH, Dafydd  NHS 712 118 0477  DNA x2  letter to 12 Heol y Bont, Llanrwst LL26 0BN\n"
        "EVANS, Carwyn  NHS 712 993 4410  deceased 20/08/2026 - remove\n"
        "Checked by: Sioned (failsafe officer)",
        [
            ("NAME", "JONES, Rhiannon"),
            ("MRN", "712 440 1893"),
            ("DATE", "03/2024"),
            ("NAME", "AP IORWERTH, Dafydd"),
            ("MRN", "712 118 0477"),
            ("ADDRESS", "12 Heol y Bont"),
            ("ADDRESS", "Llanrwst"),
            ("ZIP", "LL26 0BN"),
            ("NAME", "EVANS, Carwyn"),
            ("MRN", "712 993 4410"),
            ("DATE", "20/08/2026"),
            ("NAME", "Sioned"),
        ],
    ),
    (
        "PRP laser log (PASCAL, serial PSC-11-2093)\n"
        "24/06/2026  Mr Arjun Suresh  LE  session 2/3  1180 spots, 200 um, 20 ms, 380 mW  operator HK\n"
        "08/07/2026  Mr Arjun Suresh  LE  session 3/3  1320 spots, 200 um, 20 ms, 400 mW  operator HK\n"
        "Complaints: aching after session 2; paracetamol. Driving: his wife Divya drives on laser days.",
        [
            ("DEVICE", "PSC-11-2093"),
            ("DATE", "24/06/2026"),
            ("NAME", "Arjun Suresh"),
            ("NAME", "HK"),
            ("DATE", "08/07/2026"),
            ("NAME", "Arjun Suresh"),
            ("NAME", "HK"),
            ("NAME", "Divya"),
        ],
    ),
    (
        "Clinic letter (extract, Leeds): 'I saw Summer today with her mother, Mrs April Gallagher. Summer is 7 "
        "and has intermittent exotropia; control is good for distance. Mrs Gallagher would prefer to avoid "
        "surgery for now. I will see Summer again in the summer holidays, 6 months from now.' - Miss Ngozi "
        "Eze-Whitley, consultant paediatric ophthalmologist",
        [
            ("ADDRESS", "Leeds"),
            ("NAME", "Summer"),
            ("NAME", "April"),
            ("NAME", "Gallagher"),
            ("NAME", "Summer"),
            ("NAME", "Gallagher"),
            ("NAME", "Summer"),
            ("NAME", "Ngozi Eze-Whitley"),
        ],
    ),
    (
        "Research consent note (US). Study: NEI-funded AMD genetics registry. Subject: Fitzgerald, Loretta "
        "(MRN 2209981), 91. Legally authorized representative: son Patrick Fitzgerald (POA on file). eConsent "
        "link https://redcap.midwestvision.example.edu/surveys/?s=KXL8PQ4 completed 10/01/2026 from 24.17.88.130. "
        "Coordinator: Ama Boateng.",
        [
            ("NAME", "Fitzgerald, Loretta"),
            ("MRN", "2209981"),
            ("AGE", "91"),
            ("NAME", "Patrick Fitzgerald"),
            ("URL", "https://redcap.midwestvision.example.edu/surveys/?s=KXL8PQ4"),
            ("DATE", "10/01/2026"),
            ("IP", "24.17.88.130"),
            ("NAME", "Ama Boateng"),
        ],
    ),
    (
        "Patient Name: O'DRISCOLL, Fionnuala | MRN: 70-44-1883 | FIN: 260041877 | DOB: 1944-02-29 | Age: 82 Y\n"
        "Location: EYE-OPD Room 6 | Attending: Abhishek Varma, MD | Resident: Claire Dubois-Ng, MD\n"
        "Admit/Visit: 11/17/2026 08:40 | Financial class: Medicare | Guarantor: O'Driscoll, Brendan (son)\n"
        "Emergency contact: Brendan O'Driscoll (917) 555-0111, 22 Bay Ridge Pkwy, Brooklyn, NY 11209",
        [
            ("NAME", "O'DRISCOLL, Fionnuala"),
            ("MRN", "70-44-1883"),
            ("ACCOUNT", "260041877"),
            ("DATE", "1944-02-29"),
            ("NAME", "Abhishek Varma"),
            ("NAME", "Claire Dubois-Ng"),
            ("DATE", "11/17/2026"),
            ("NAME", "O'Driscoll"),
            ("NAME", "Brendan"),
            ("NAME", "Brendan"),
            ("NAME", "O'Driscoll"),
            ("PHONE", "(917) 555-0111"),
            ("ADDRESS", "22 Bay Ridge Pkwy"),
            ("ADDRESS", "Brooklyn"),
            ("ZIP", "11209"),
        ],
    ),
    (
        "Dr Gray reviewed the grey reflex in the baby with Ms Brown, whose own brown irides were noted. Mr Little "
        "had little pain after the block; Mrs Long's long axial length (27.9 mm) needs a low-power lens. "
        "Dr Hope has little hope that the graft will clear. - Clinic jottings, Dr Winter's list, 02/02/2026",
        [
            ("NAME", "Gray"),
            ("NAME", "Brown"),
            ("NAME", "Little"),
            ("NAME", "Long"),
            ("NAME", "Hope"),
            ("NAME", "Winter"),
            ("DATE", "02/02/2026"),
        ],
    ),
    (
        "SCOTTISH DIABETIC RETINOPATHY SCREENING - result letter (copy)\n"
        "Mr Alasdair Gunn, 7 Kirk Wynd, Kirriemuir DD8 4BQ   CHI 0503481126\n"
        "Dear Mr Gunn, your eye screening photographs taken on 20/01/2026 showed background retinopathy only "
        "(R1 M0). You will be invited again in 2 years. If you have any questions please phone 01382 555 740.\n"
        "Screener: Kirsty-Ann Robb",
        [
            ("NAME", "Alasdair"),
            ("NAME", "Gunn"),
            ("ADDRESS", "7 Kirk Wynd"),
            ("ADDRESS", "Kirriemuir"),
            ("ZIP", "DD8 4BQ"),
            ("MRN", "0503481126"),
            ("NAME", "Gunn"),
            ("DATE", "20/01/2026"),
            ("PHONE", "01382 555 740"),
            ("NAME", "Kirsty-Ann Robb"),
        ],
    ),
    (
        "Nursing note - visiting eye team, Iqaluit. Elisapee Kilabuk, 79, with her daughter Annie as "
        "interpreter (Inuktitut). Medevac for trab review in Ottawa arranged for 2026-06-22. NIHB client "
        "no. 1009447812. Contact via health centre 867-555-0140.",
        [
            ("ADDRESS", "Iqaluit"),
            ("NAME", "Elisapee Kilabuk"),
            ("NAME", "Annie"),
            ("ADDRESS", "Ottawa"),
            ("DATE", "2026-06-22"),
            ("INSURANCE", "1009447812"),
            ("PHONE", "867-555-0140"),
        ],
    ),
    (
        "OCR - archived typed letter (1998), re-scanned for the record\n"
        "DEAR DR. FEATHERST0NEHAUGH,\n"
        "RE: MASTER DANIEL ROBERT QUINN, D.O.B. 3RD JUNE 1991, OF 6 LABURNUM AVENUE, WALLSEND, NE28 8RS.\n"
        "THIS LITTLE BOY HAS AN ACCOMMODATIVE ESOTROPIA. I HAVE PRESCRIBED +3.50 DS OU ...\n"
        "YOURS SINCERELY, J. R. MACFARLANE, CONSULTANT OPHTHALMOLOGIST",
        [
            ("NAME", "FEATHERST0NEHAUGH"),
            ("NAME", "DANIEL ROBERT QUINN"),
            ("DATE", "3RD JUNE 1991"),
            ("ADDRESS", "6 LABURNUM AVENUE"),
            ("ADDRESS", "WALLSEND"),
            ("ZIP", "NE28 8RS"),
            ("NAME", "J. R. MACFARLANE"),
        ],
    ),
    (
        "Star Health cashless request (Chennai) - policy no. P/181100/01/2026/004471, member ID SH-7712-0044\n"
        "Insured: Mr Venkatesh Iyer; patient: his mother Smt. Kamala Iyer, 92, LE phaco. Estimate Rs 48,000. "
        "IP no. 26/11287, bill ref CHN-IP-0098721. Hospital TPA desk: tpa.desk@netrachennai.example.in, "
        "fax 044-2555-0191.",
        [
            ("ADDRESS", "Chennai"),
            ("INSURANCE", "P/181100/01/2026/004471"),
            ("INSURANCE", "SH-7712-0044"),
            ("NAME", "Venkatesh"),
            ("NAME", "Iyer"),
            ("NAME", "Kamala"),
            ("NAME", "Iyer"),
            ("AGE", "92"),
            ("MRN", "26/11287"),
            ("ACCOUNT", "CHN-IP-0098721"),
            ("EMAIL", "tpa.desk@netrachennai.example.in"),
            ("FAX", "044-2555-0191"),
        ],
    ),
    (
        "Workers' compensation - eye injury (US). Claimant: Tyrone McAllister, DOB 08/08/1988. Employer: Delta "
        "Sheet Metal. Carrier claim no. WC-26-0088127 (adjuster Pamela Sturgis, fax 225-555-0161). Injury 01/05/2026: "
        "metal shaving OD at work, rust ring removed with Alger brush. Return to work with safety glasses.",
        [
            ("NAME", "Tyrone McAllister"),
            ("DATE", "08/08/1988"),
            ("ACCOUNT", "WC-26-0088127"),
            ("NAME", "Pamela Sturgis"),
            ("FAX", "225-555-0161"),
            ("DATE", "01/05/2026"),
        ],
    ),
    (
        "Renal/eye joint car park permit (UK). Patient: Mr Emmanuel Asante, H/N 3308821, attending both renal "
        "dialysis and the eye clinic. Vehicle: blue Ford Focus, reg. BD15 ZRT; second vehicle (daughter Akosua's) "
        "reg. YF20 HNL. Permit valid 01/01/2027 - 30/06/2027. Issued by: Estates (Lorraine).",
        [
            ("NAME", "Emmanuel Asante"),
            ("MRN", "3308821"),
            ("VEHICLE", "BD15 ZRT"),
            ("NAME", "Akosua"),
            ("VEHICLE", "YF20 HNL"),
            ("DATE", "01/01/2027"),
            ("DATE", "30/06/2027"),
            ("NAME", "Lorraine"),
        ],
    ),
    (
        "ACC referral (NZ) - eye injury. Client: Tamati Rewiri, NHI KLM3310. ACC claim no. 10047718832. Injury "
        "at a kapa haka practice, poked in eye (corneal abrasion RE). GP: Dr Naomi Fifield, Kawerau Medical "
        "Centre, fax (07) 555 0190. Follow-up with optometrist Aisha Karim if not healed in 48 h.",
        [
            ("NAME", "Tamati Rewiri"),
            ("MRN", "KLM3310"),
            ("ACCOUNT", "10047718832"),
            ("NAME", "Naomi Fifield"),
            ("FAX", "(07) 555 0190"),
            ("NAME", "Aisha Karim"),
        ],
    ),
    (
        "Irish private hospital invoice summary: patient Mr Liam O'Brien (MRN 0883124), O'Brien's account "
        "no. SJE-44-11873; insurer Laya Healthcare, policy 4471 9920 18. Procedure 04/09/2026: LE vitrectomy. "
        "Address: Apt 12, The Maltings, Bow Lane, Kilkenny R95 D2X7. Consultant: Ms Deirdre Ni Cheallaigh.",
        [
            ("NAME", "Liam"),
            ("NAME", "O'Brien"),
            ("MRN", "0883124"),
            ("NAME", "O'Brien"),
            ("ACCOUNT", "SJE-44-11873"),
            ("INSURANCE", "4471 9920 18"),
            ("DATE", "04/09/2026"),
            ("ADDRESS", "Apt 12, The Maltings, Bow Lane"),
            ("ADDRESS", "Kilkenny"),
            ("ZIP", "R95 D2X7"),
            ("NAME", "Deirdre Ni Cheallaigh"),
        ],
    ),
    (
        "Uveitis MDT attendance 24/09/2026: Dr Farida Rahimi (chair, ophthalmology), Dr Owen Pritchard-Lee "
        "(rheumatology), Dr Hui Min Teo (neuroradiology), Sr Bernadette Quigley (uveitis CNS), Kofi (pharmacy), "
        "minutes: Lauren. Cases: (1) Ms Yasmin El-Sayed, MRN 4471882 - Behcet disease, switch to infliximab; "
        "(2) Mr Callum Fraser, MRN 3310917 - VKH, taper prednisolone.",
        [
            ("DATE", "24/09/2026"),
            ("NAME", "Farida Rahimi"),
            ("NAME", "Owen Pritchard-Lee"),
            ("NAME", "Hui Min Teo"),
            ("NAME", "Bernadette Quigley"),
            ("NAME", "Kofi"),
            ("NAME", "Lauren"),
            ("NAME", "Yasmin El-Sayed"),
            ("MRN", "4471882"),
            ("NAME", "Callum Fraser"),
            ("MRN", "3310917"),
        ],
    ),
    (
        "Singapore - insurance claim form (ophthalmology section). Insured: Mr Rajendran s/o Palaniappan, policy "
        "no. IP-5512-0877-44 (Integrated Shield plan). Admission 03/03/2026 for RE RRD, scleral buckle. Attending: "
        "Dr Cheryl Yeo Hui Ling, MCR 14471Z. Claim ref: CLM-SG-26-118472.",
        [
            ("NAME", "Rajendran"),
            ("NAME", "Palaniappan"),
            ("INSURANCE", "IP-5512-0877-44"),
            ("DATE", "03/03/2026"),
            ("NAME", "Cheryl Yeo Hui Ling"),
            ("LICENSE", "14471Z"),
            ("ACCOUNT", "CLM-SG-26-118472"),
        ],
    ),
    (
        "Johannesburg optometry referral (faxed): To Eye Dept, fax 011 555 0177. From: Lerato Mahlaba, optometrist, "
        "HPCSA OP 0044712, Rosebank. Patient: Mr Jabulani Zungu, 56, IOP 32/34, C:D 0.8. Medical aid: Bonitas "
        "no. 118447201. Tel 072 555 0118.",
        [
            ("ADDRESS", "Johannesburg"),
            ("FAX", "011 555 0177"),
            ("NAME", "Lerato Mahlaba"),
            ("LICENSE", "0044712"),
            ("ADDRESS", "Rosebank"),
            ("NAME", "Jabulani Zungu"),
            ("INSURANCE", "118447201"),
            ("PHONE", "072 555 0118"),
        ],
    ),
    (
        "Query string from an exported web form (stored verbatim in the referral):\n"
        "https://refer.eyenet.example.co.uk/submit?pt=smith,%20john&dob=1950-07-14&nhs=4012231987&gp=G84412\n"
        "Submitted from 81.2.69.160 by the practice nurse (Tracey Holbrook).",
        [
            (
                "URL",
                "https://refer.eyenet.example.co.uk/submit?pt=smith,%20john&dob=1950-07-14&nhs=4012231987&gp=G84412",
            ),
            ("IP", "81.2.69.160"),
            ("NAME", "Tracey Holbrook"),
        ],
    ),
    (
        "Day-case list annotations (Melbourne): 'Mrs Nguyen's son (Duc) will wait in the car - mobile 0412 555 "
        "417.' 'Mr Abboud, 100 today! Cake from the nurses.' 'Ms Yilmaz - needs Turkish interpreter, booked "
        "(Serkan).' 'Mr O'Loughlin - on warfarin, INR 2.4 this morning.'",
        [
            ("ADDRESS", "Melbourne"),
            ("NAME", "Nguyen"),
            ("NAME", "Duc"),
            ("PHONE", "0412 555 417"),
            ("NAME", "Abboud"),
            ("AGE", "100"),
            ("NAME", "Yilmaz"),
            ("NAME", "Serkan"),
            ("NAME", "O'Loughlin"),
        ],
    ),
    (
        "Keratoconus - corneal cross-linking consent and device log. Patient: Ms Zainab Qureshi-Oduya, 19, H/N "
        "5509178. UV-X 2000 lamp serial UVX-2000-1187, run time 10 min at 9 mW/cm2 (accelerated). Riboflavin "
        "(VibeX Rapid) batch VX-2287. Consent witnessed by her mother, Mrs Halima Qureshi. Surgeon: Mr Femi Adeola.",
        [
            ("NAME", "Zainab Qureshi-Oduya"),
            ("MRN", "5509178"),
            ("DEVICE", "UVX-2000-1187"),
            ("NAME", "Halima Qureshi"),
            ("NAME", "Femi Adeola"),
        ],
    ),
    (
        "Child protection / education liaison (Australia): Jayden Tuipulotu, 9, Medicare 6221 40871 3, legally "
        "blind (ROP). Mum Salote Tuipulotu asked for a report for the school's vision support teacher (Ms Kelly "
        "Armstrong). Report e-mailed 12/05/2026 to salote.t@gmail.com with consent. Vision Australia referral made.",
        [
            ("NAME", "Jayden"),
            ("NAME", "Tuipulotu"),
            ("INSURANCE", "6221 40871 3"),
            ("NAME", "Salote"),
            ("NAME", "Tuipulotu"),
            ("NAME", "Kelly Armstrong"),
            ("DATE", "12/05/2026"),
            ("EMAIL", "salote.t@gmail.com"),
        ],
    ),
    (
        "US VA eye clinic note: Veteran Clarence 'Buck' Holloway, 94, Korea-era. "
        "Address 1800 Old Post Rd, Apt 14, Lawton, OK 73505. Driver's license surrendered; his "
        "truck (Oklahoma tag LKR-412) sold. Daughter Glenda Holloway-Price is POA: (580) 555-0168.",
        [
            ("NAME", "Clarence"),
            ("NAME", "Buck"),
            ("NAME", "Holloway"),
            ("AGE", "94"),
            ("ADDRESS", "1800 Old Post Rd, Apt 14"),
            ("ADDRESS", "Lawton"),
            ("ZIP", "73505"),
            ("VEHICLE", "LKR-412"),
            ("NAME", "Glenda"),
            ("NAME", "Holloway-Price"),
            ("PHONE", "(580) 555-0168"),
        ],
    ),
]

CLEAN = [
    "VA 6/9 RE, 6/12 LE unaided; pinhole 6/6 both eyes.",
    "IOP 18 mmHg RE and 21 mmHg LE by Goldmann applanation at 10:40.",
    "Anterior chamber deep and quiet, no cells or flare.",
    "Fundus: cup-to-disc ratio 0.4 both eyes, healthy neuroretinal rim, macula flat.",
    "Plan: continue latanoprost 0.005% one drop at night to both eyes, review in 4/12 with fields.",
    "72-year-old man with a two-week history of painless blurring in the left eye.",
    "No history of trauma, contact lens wear or recent ocular surgery.",
    "OCT shows subretinal fluid temporal to the fovea with a small pigment epithelial detachment.",
    "Intravitreal aflibercept 2 mg given to the right eye under topical anaesthesia with povidone-iodine 5%.",
    "After the injection the patient could count fingers and the optic disc was perfused.",
    "Next injection in 8 weeks; extend by 2 weeks at a time if the macula stays dry.",
    "Discussed the risk of endophthalmitis, about 1 in 2000 injections, and the warning signs.",
    "Advised to attend eye casualty immediately if the eye becomes painful or red or the vision drops.",
    "Dilated with tropicamide 1% and phenylephrine 2.5%.",
    "Visual field 24-2: reliable, early superior arcuate defect LE, MD -3.2 dB.",
    "Gonioscopy: open angles to ciliary body band for 360 degrees, no peripheral anterior synechiae.",
    "Cataract surgery listed for the left eye under local anaesthetic, target refraction -0.50 D.",
    "Biometry: axial length 23.41 mm RE and 23.38 mm LE; K1 43.50 D, K2 44.25 D.",
    "Uncomplicated phacoemulsification with in-the-bag IOL; wounds secure, no sutures.",
    "Post-op: dexamethasone 0.1% drops four times a day for 4 weeks, then stop.",
    "Day 1: VA 6/12, cornea clear, AC 1+ cells, IOL centred, IOP 19.",
    "Posterior capsule opacification is affecting vision; listed for YAG capsulotomy.",
    "Diabetic retinopathy grading: R1 M0 right, R2 M0 left; rescreen in 6 months.",
    "HbA1c 64 mmol/mol and blood pressure 142/88 on metformin and gliclazide.",
    "Pan-retinal photocoagulation to the left eye, 1500 burns, 200 micron spot, 20 ms.",
    "The laser was tolerated well apart from mild discomfort in the horizontal meridians.",
    "No rubeosis on gonioscopy and the pressure is normal.",
    "Fluorescein angiography shows late leakage consistent with classic choroidal neovascularisation.",
    "Right eye: macula-on superotemporal retinal detachment with a single horseshoe tear at 11 o'clock.",
    "Listed for vitrectomy, cryotherapy and SF6 gas tomorrow morning.",
    "Posture right side down for 5 days, 50 minutes in every hour.",
    "Do not fly or travel to high altitude while there is gas in the eye.",
    "The patient was told of the legal duty to inform the driving licensing authority.",
    "Vision meets the standard for driving with glasses.",
    "Child aged 4 with a convergent squint since age 2; family history of amblyopia.",
    "Cycloplegic refraction: +4.50 DS right, +5.00 DS left.",
    "Full hypermetropic correction prescribed; orthoptic review in 3 months.",
    "Patching of the right eye for 2 hours a day was explained to the parents.",
    "Cover test: small right esotropia at near, controlled for distance.",
    "Ocular motility full, no diplopia in any position of gaze.",
    "Pupils equal and reactive, no relative afferent pupillary defect.",
    "Colour vision full on pseudoisochromatic plates in both eyes.",
    "Bilateral optic disc swelling; urgent MRI and lumbar puncture requested through the medical team.",
    "Temporal artery biopsy arranged and oral prednisolone 60 mg daily started.",
    "ESR 78 mm/h and CRP 42 mg/L; jaw claudication reported.",
    "Red eye with photophobia and a 1 mm hypopyon; corneal scrape sent for culture.",
    "Started hourly levofloxacin drops, day and night, for 48 hours.",
    "Contact lens wearer, advised to stop lens wear and to bring the lens case for culture.",
    "Dendritic ulcer on fluorescein; aciclovir ointment five times a day.",
    "Blepharitis with meibomian gland dysfunction: warm compresses and lid hygiene twice daily.",
    "Dry eye with a tear break-up time of 4 seconds and inferior punctate staining.",
    "Chalazion of the left upper lid, for incision and curettage under local anaesthetic.",
    "Nodular basal cell carcinoma of the right lower lid; referred for excision with frozen-section control.",
    "Aponeurotic ptosis with good levator function; for anterior levator advancement.",
    "Watery eye: syringing patent with some reflux, suggesting partial nasolacrimal duct obstruction.",
    "Thyroid eye disease, clinical activity score 2/7, inactive; smoking cessation advised.",
    "Exophthalmometry 21 mm right and 19 mm left at a base of 100.",
    "Vasculopathic sixth nerve palsy, expected to recover within 3 months.",
    "Third nerve palsy with pupil involvement; CT angiogram requested today.",
    "Seen in the nurse-led glaucoma clinic; drop technique checked and improved.",
    "Adherence reviewed: the evening dose is missed about twice a week.",
    "Drop aid supplied and used correctly under supervision.",
    "Selective laser trabeculoplasty to 360 degrees, 100 shots at 0.8 mJ.",
    "Trabeculectomy with mitomycin C 0.2 mg/mL for 2 minutes under a fornix-based flap.",
    "Bleb diffuse and avascular, Seidel negative, IOP 9 mmHg.",
    "Laser suture lysis of one releasable suture performed.",
    "Progression of keratoconus documented on tomography; cross-linking recommended.",
    "Scleral contact lens fitting booked with the contact lens team.",
    "Corneal graft clear with no signs of rejection; continue topical steroid once daily.",
    "Endothelial cell count 1850 cells/mm2.",
    "Low vision assessment: a +12 D magnifier gave N8 reading at 10 cm.",
    "Eligible for certification as sight impaired; the benefits were explained.",
    "Referred to the rehabilitation officer for mobility and daily living skills.",
    "Lives alone and manages with help from family twice a week.",
    "Telephone consultation: no new symptoms, drops going well, keep the next appointment.",
    "Unable to reach the patient on two occasions; a letter has been sent to re-book.",
    "Did not attend; a second appointment offered in line with the policy for urgent patients.",
    "Triage: routine, book into the next available general clinic.",
    "Triage: urgent, to be seen within two weeks in the glaucoma service.",
    "The referral lacks acuity and pressure readings and was returned to the referrer for more information.",
    "Surgical safety checklist completed and the site marked above the right eye.",
    "Topical and intracameral lidocaine; comfortable throughout.",
    "Blood loss nil and no intraoperative complications.",
    "Discharged home with written instructions and the emergency contact number for the eye unit.",
    "The list started at 08:30 and the last case finished at 12:45.",
    "Consent signed after discussing infection, bleeding, retinal detachment and loss of vision.",
    "Anterior uveitis with 2+ cells, inferior keratic precipitates and posterior synechiae at 4 and 8 o'clock.",
    "HLA-B27 positive; referred to rheumatology for inflammatory back pain.",
    "Adalimumab started after screening for tuberculosis and hepatitis B.",
    "Full-thickness macular hole of 420 microns, for vitrectomy with ILM peel and gas.",
    "Epiretinal membrane with metamorphopsia; the patient prefers to wait.",
    "Central serous chorioretinopathy; advised to stop the steroid nasal spray.",
    "Retinal vein occlusion: check blood pressure, lipids, glucose and full blood count.",
    "Retinopathy of prematurity screening: zone III, stage 1, no plus disease; review in 2 weeks.",
    "Born at 27 weeks weighing 900 g; first screen at 31 weeks postmenstrual age.",
    "Interested in the trial and given the information sheet to read at home.",
    "Declined to take part in research; this will not affect care.",
    "Widefield colour photographs and autofluorescence of both eyes obtained.",
    "Autofluorescence shows a hyperautofluorescent ring around the fovea.",
    "Pattern ERG and full-field ERG requested.",
    "Safeguarding concerns were discussed with the named nurse; no further action needed at this stage.",
    "In the last quarter 98% of injections were given within 2 weeks of the planned interval.",
    "Patient is 89 and still drives short distances in daylight.",
]

CLEAN_STRESS = [
    "Fuchs endothelial dystrophy with confluent guttae; DMEK versus DSAEK discussed.",
    "Coats disease with exudative retinal detachment treated with cryotherapy.",
    "Stargardt disease confirmed on ABCA4 testing; best corrected acuity 6/36.",
    "Best vitelliform macular dystrophy in a teenager; EOG Arden ratio 1.2.",
    "Leber hereditary optic neuropathy: idebenone started and genetic counselling offered.",
    "Behcet disease with occlusive retinal vasculitis.",
    "Vogt-Koyanagi-Harada disease with serous detachments; high-dose steroids given.",
    "Left Horner syndrome with anhidrosis; apraclonidine test positive.",
    "Adie tonic pupil with light-near dissociation and no Argyll Robertson features.",
    "Marcus Gunn jaw-winking ptosis present since infancy.",
    "Kayser-Fleischer ring seen on gonioscopy; hepatology aware.",
    "Krukenberg spindle and Sampaolesi line in pigment dispersion syndrome.",
    "Posner-Schlossman flare with IOP 46 mmHg, treated with Cosopt and Pred Forte.",
    "Irvine-Gass cystoid macular oedema 6 weeks after phaco; ketorolac started.",
    "Terson syndrome after subarachnoid haemorrhage; vitrectomy if it does not clear.",
    "Purtscher retinopathy after a chest compression injury.",
    "Duane retraction syndrome type 1; Brown syndrome excluded.",
    "Sturge-Weber syndrome with a diffuse choroidal haemangioma; IOP monitored.",
    "Marfan syndrome with superotemporal lens subluxation; Cionni ring planned.",
    "Stickler syndrome: prophylactic 360-degree cryotherapy discussed.",
    "Usher syndrome type 2 with hearing aids and retinitis pigmentosa.",
    "Sjogren syndrome, Schirmer 2 mm at 5 minutes; Hylo-Forte and Ikervis.",
    "Graves disease with lid retraction; Dalrymple and von Graefe signs present.",
    "Herbert pits and an Arlt line point to old trachoma.",
    "Horner-Trantas dots in vernal keratoconjunctivitis; ciclosporin drops started.",
    "Hudson-Stahli line and Fleischer ring seen at the slit lamp.",
    "Vossius ring on the anterior lens capsule after blunt trauma.",
    "Mittendorf dot and Bergmeister papilla noted as incidental findings.",
    "Elschnig spots and Siegrist streaks in malignant hypertension.",
    "Roth spots on fundoscopy; blood cultures and an echocardiogram requested.",
    "Hollenhorst plaque at an arteriolar bifurcation; carotid Doppler requested.",
    "Eylea 2 mg, Lucentis 0.5 mg, Vabysmo 6 mg, Beovu 6 mg, Ozurdex 700 micrograms, Iluvien 190 micrograms.",
    "Glaucoma drops: Xalatan, Lumigan, Ganfort, Cosopt, Azarga, Simbrinza, Rhokiinsa and Vyzulta.",
    "Devices: iStent inject W, Hydrus, XEN 45, PreserFlo, Ahmed FP7, Baerveldt 350 and the Paul glaucoma implant.",
    "IOLs: Tecnis ZCB00 +21.0 D, AcrySof SN60WF +19.5 D, Clareon Vivity, PanOptix, Symfony, Rayner RayOne EMV.",
    "Malyugin ring 6.25, Kahook dual blade, Morcher CTR, Healon GV, Viscoat and VisionBlue on the trolley.",
    "Imaging on Heidelberg Spectralis, Optos California, Zeiss Cirrus 6000, Topcon Triton and Oculus Pentacam.",
    "Humphrey 24-2 SITA Fast, Octopus G program, Esterman binocular field and Goldmann kinetic perimetry with I4e.",
    "Snellen 6/6, 6/9 and 6/60; Sloan 20/20, 20/40 and 20/400; logMAR 0.00, 0.30 and 1.00.",
    "Ishihara 17/17 both eyes, HRR plates normal, Farnsworth D-15 passed.",
    "Follow-up intervals used in this clinic: 2/7, 1/52, 6/52, 3/12 and 12/12.",
    "Prednisolone 1% hourly tapering by one drop a week; acetazolamide 250 mg qds; mannitol 20% at 1 g/kg.",
    "Refraction -3.25/-1.50 x 175 RE and -2.75/-1.25 x 10 LE, reading add +2.50.",
    "Tear at 1 o'clock, lattice from 10 to 2 o'clock, laser barricade for 360 degrees.",
    "OCT software updated to version 10.4.2.118 and the field analyser to 2.0.11.7.",
    "Clinic 08:30 to 13:00, injections from 14:00, theatre until 17:30 on Tuesday and Friday.",
    "Will she need surgery? May be; it will depend on the next OCT.",
    "Hope remains that vision will improve; mark the review on the calendar.",
    "Iris: rose-coloured new vessels at the pupil margin, no iris bombe.",
    "Travelled from Nigeria last month with no ocular symptoms during the flight.",
    "Referred through the Highlands and Islands teleophthalmology service in Scotland.",
    "Adenoviral conjunctivitis outbreaks were reported in Queensland and New South Wales this winter.",
    "Trachoma elimination programmes in Kenya, Ethiopia and the Northern Territory.",
    "Screening uptake is lower in rural Punjab and Kerala than in the cities.",
    "Originally from Ontario, later lived in Alberta, and now looked after in the Western Cape.",
    "Coding: ICD-10 H35.31, SNOMED CT 267718000, OPCS C79.4, CPT 67028, HRG BZ87A.",
    "Reference range 0.5-1.5, ratio 3:1, a 1 in 10,000 risk, white cells 4 x 10^9/L.",
    "There is a grace period of two weeks for re-booking; faith in the treatment is good; her joy was clear.",
    "Frank discussion about prognosis; amber, ruby and rusty deposits seen in the cornea.",
    "Wood lamp examination negative; Hunter syndrome considered and excluded as there is no corneal clouding.",
    "Kestenbaum, Faden, Harada-Ito, Jensen and Knapp procedures were reviewed at teaching.",
    "Amsler chart normal; Pelli-Robson contrast 1.65 log units.",
    "Tenon's capsule, Schlemm's canal, Descemet's membrane, Bowman's layer, Bruch's membrane and the annulus of Zinn.",
    "The dawn phenomenon shows on the CGM; summer hay fever worsens the allergic conjunctivitis.",
    "Dosing: 1.25 mg/0.05 mL bevacizumab, 0.5 mg/0.05 mL ranibizumab, 2 mg/0.05 mL aflibercept.",
    "Gestational age 32+4 weeks, postmenstrual age 36+1 weeks, birth weight 1.1 kg.",
]
