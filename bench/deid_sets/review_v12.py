"""Held-out de-identification review set v12 for free-text ophthalmology (retina service) notes.

Written on 2026-11-29 by an independent reviewer who did not see the de-identification rules, the
benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only project text
read was ``bench/deid_sets/score.py`` (for the file format) and the docstring of
``bench/deid_sets/review_v3.py`` (lines 1-58, for the annotation conventions, which are followed here).
Neither the de-identifier nor ``score.py`` was run on this set while it was written; the only checks
run were a syntax parse and a self-written script confirming that every annotated substring occurs in
its snippet as often as it is listed (first listing = first occurrence, as ``_gold`` does), that no two
gold spans overlap and that spans sit on word boundaries.

All people, numbers, addresses and contact details are invented (e-mail domains end in ``.example``).
The snippets imitate what a retina service's shared mailbox and electronic record receive in a month:
referral letters from optometrists and GPs, outpatient and discharge letters, injection, PDT and laser
records, OCT/FFA/ICGA/widefield/B-scan/electrodiagnostic reports, diabetic screening results, clinic
and theatre lists, nursing, ward handover and telephone notes, patient and family e-mails and portal
messages (informal, some in lower case), transport, interpreter, billing, insurer and reimbursement
correspondence, audit logs, CSV/HL7/DICOM export snippets, device and implant records, MDT, incident and
complaint notes, and two dictation transcripts (one with the date, hospital number, address and
postcode spelled out in words). English as written in the UK (England, Wales, Scotland, Northern
Ireland), Ireland, the US, Canada (including a little French), Australia, New Zealand, India, Sri Lanka,
Bangladesh, Nigeria, Zimbabwe, the Philippines and Singapore.

Annotation choices beyond review_v3's conventions
-------------------------------------------------
* Counties and districts (``Co. Galway``, ``Kottayam district``) are marked as the bare name
  (``Galway``, ``Kottayam``), like names without titles. US states, Canadian provinces and Australian
  states are not marked; Singapore is a country.
* Towns whose names are English words (Eye, Street, Normal, Hope, Paradise, Orange, Emerald, Battle,
  Deal, Wool, Ware, Bury, Reading, Gore, Sandy, Mold, Clones) are marked only where they are places;
  the same word used as an ordinary word or inside a practice name is left unmarked (practice names
  are ARGUABLE). Names that are words (Hope, Faith, Joy, Precious, Memory, Gift, Comfort, Blessing,
  Sunday, Iris, May, Reading) are marked only where they are names.
* A day-of-month alone referring to an appointment (``the 3rd``, marked ``3rd``) is a DATE; in
  ``wed 2 dec`` only ``2 dec`` is marked. Compact dates in exports (``19530917``) and ISO dates
  glued to a time (``2026-11-24T08:14:52Z``, marked ``2026-11-24``) are DATEs; spelled-out dates in
  dictation are DATEs.
* Singapore NRIC/FIN numbers used as the patient identifier are MRN. A RetinaScreen/diabetic-screening
  programme number and an HL7 PID identifier list are MRN. Registry record numbers, PACS accession
  numbers, e-RS UBRNs, booking, incident, complaint, IT-ticket, grader and interpreter reference
  numbers are ARGUABLE, not planted.
* INSURANCE also covers insurer claim and pre-authorisation numbers, DVA, ACC, RAMQ, Saskatchewan HSN,
  PSMAS/CIMAS medical-aid and HMO enrollee numbers. ACCOUNT covers invoices, statements, FIN, self-pay
  and reimbursement references. LICENSE also covers a US NPI and a medical-aid practice number.
* User names in audit logs (``ahmed.s.rahman``, ``kposey``) are NAME. HL7/DICOM person fields
  (``MUCHENJE^Tatenda``) are one NAME span.
* Drug lot/batch numbers, catalogue/REF numbers and UDI-DIs are model-level, not DEVICE; serial
  numbers of implants, home monitors, pacemakers, insulin pumps, CGM sensors/readers, lasers, cameras
  and OCT units are DEVICE (marked without the ``SN``/``serial`` label, keeping any letter prefix that
  is part of the number).
* A vehicle's plate is VEHICLE whoever owns it (patient, volunteer driver, police response car).
"""

POSITIVE = [
    # --- referral letters from optometrists and GPs ---
    (
        "Referral from Hollis & Drew Opticians, 14 Market Place, Eye, Suffolk IP23 7AB. Tel 01379 871 442. "
        "Re: Mr Aldous Penhallow, DOB 03/07/1951, NHS No 487 215 9036, of 2 Chapel Lane, Brome, Eye IP23 8HJ. "
        "Sudden distortion left eye since 18th Oct. VA R 6/9 L 6/24, Amsler positive L. Please see within 2/52. "
        "Regards, Keturah Mbeki-Stone BSc MCOptom, GOC 01-31874.",
        [
            ("ADDRESS", "14 Market Place"),
            ("ADDRESS", "Eye"),
            ("ADDRESS", "Suffolk"),
            ("ZIP", "IP23 7AB"),
            ("PHONE", "01379 871 442"),
            ("NAME", "Aldous Penhallow"),
            ("DATE", "03/07/1951"),
            ("MRN", "487 215 9036"),
            ("ADDRESS", "2 Chapel Lane"),
            ("ADDRESS", "Brome"),
            ("ADDRESS", "Eye"),
            ("ZIP", "IP23 8HJ"),
            ("DATE", "18th Oct"),
            ("NAME", "Keturah Mbeki-Stone"),
            ("LICENSE", "01-31874"),
        ],
    ),
    (
        "Dear Doctor, I would be grateful if you would see Siobhán Ní Bhriain (DOB 22.11.1948), Cloonmore, Tuam, "
        "Co. Galway H54 XK27, mob 087 415 2260. Medical card no. 3317852K. Type 2 diabetic for 20 years; "
        "RetinaScreen graded referable maculopathy (M1) on 09/09/2026. Hosp no. GUH-0928174. "
        "Yours sincerely, Dr Cathal Mac Giolla Rua, MCRN 412873, Bishop Street Surgery, 6 Bishop St, Tuam. Tel 093 24 118.",
        [
            ("NAME", "Siobhán Ní Bhriain"),
            ("DATE", "22.11.1948"),
            ("ADDRESS", "Cloonmore"),
            ("ADDRESS", "Tuam"),
            ("ADDRESS", "Galway"),
            ("ZIP", "H54 XK27"),
            ("PHONE", "087 415 2260"),
            ("INSURANCE", "3317852K"),
            ("DATE", "09/09/2026"),
            ("MRN", "GUH-0928174"),
            ("NAME", "Cathal Mac Giolla Rua"),
            ("LICENSE", "412873"),
            ("ADDRESS", "6 Bishop St"),
            ("ADDRESS", "Tuam"),
            ("PHONE", "093 24 118"),
        ],
    ),
    (
        "Optometry referral (GOS18). Patient: WARRENDER, Tamsin  DOB 1962-04-30  Address: 41 Quarry Rise, Street, "
        "Somerset BA16 0QZ  Tel: 07700 918 266. Findings: new drusenoid PED R, no SRF on OCT (Topcon Maestro2). "
        "Referring optometrist: Ravindra Pillay-Hughes, GOC 01-40277, ClearSight Opticians, 9 High St, Street BA16 0EG.",
        [
            ("NAME", "WARRENDER, Tamsin"),
            ("DATE", "1962-04-30"),
            ("ADDRESS", "41 Quarry Rise"),
            ("ADDRESS", "Street"),
            ("ADDRESS", "Somerset"),
            ("ZIP", "BA16 0QZ"),
            ("PHONE", "07700 918 266"),
            ("NAME", "Ravindra Pillay-Hughes"),
            ("LICENSE", "01-40277"),
            ("ADDRESS", "9 High St"),
            ("ADDRESS", "Street"),
            ("ZIP", "BA16 0EG"),
        ],
    ),
    (
        "To the Retina Clinic, re Mr Oluwaseun Adebayo-Kuti, 58 yrs, 14 Adeniran Ogunsanya Street, Surulere, Lagos. "
        "Phone 0803 617 2294. NHIS no. NHIS/LAG/0419827. Seen 3rd November with floaters and a curtain OS; "
        "I suspect RRD. Kindly review. Dr Ngozi Okafor-Ibe, MDCN/R/58214, Festac Family Clinic, 22 Road, Festac Town.",
        [
            ("NAME", "Oluwaseun Adebayo-Kuti"),
            ("ADDRESS", "14 Adeniran Ogunsanya Street"),
            ("ADDRESS", "Surulere"),
            ("ADDRESS", "Lagos"),
            ("PHONE", "0803 617 2294"),
            ("INSURANCE", "NHIS/LAG/0419827"),
            ("DATE", "3rd November"),
            ("NAME", "Ngozi Okafor-Ibe"),
            ("LICENSE", "MDCN/R/58214"),
            ("ADDRESS", "22 Road"),
            ("ADDRESS", "Festac Town"),
        ],
    ),
    (
        "Referral - Deakin Eyecare. Pt: Brodie Quattromani, DOB 8 Feb 1957, Medicare 4418 27093 2 (ref 1), "
        "unit 3/117 Deakin Ave, Mildura VIC 3500, ph (03) 5021 7764. Proliferative DR OU, NVE superotemporal R. "
        "Last HbA1c 9.1%. Please book PRP. Optom: Fenella Caruana, AHPRA OPT0001847263. Fax (03) 5021 7799.",
        [
            ("NAME", "Brodie Quattromani"),
            ("DATE", "8 Feb 1957"),
            ("INSURANCE", "4418 27093 2"),
            ("ADDRESS", "unit 3/117 Deakin Ave"),
            ("ADDRESS", "Mildura"),
            ("ZIP", "3500"),
            ("PHONE", "(03) 5021 7764"),
            ("NAME", "Fenella Caruana"),
            ("LICENSE", "OPT0001847263"),
            ("FAX", "(03) 5021 7799"),
        ],
    ),
    (
        "Dear Colleague, Kindly see Mrs. Kalaivani Sundaramoorthy w/o Rajasekaran, aged 61, UHID 2026/OPD/558137, "
        "resident of No. 7, Periyar Nagar 2nd Cross, Tiruppur - 641 604, Tamil Nadu. Mobile +91 98430 27716. "
        "She has CSME OU. Fundus photo dated 17-10-2026 enclosed. With regards, Dr. P. Venkatachalapathy, "
        "Reg. No. TNMC 71842, Sri Murugan Eye Clinic.",
        [
            ("NAME", "Kalaivani Sundaramoorthy"),
            ("NAME", "Rajasekaran"),
            ("MRN", "2026/OPD/558137"),
            ("ADDRESS", "No. 7, Periyar Nagar 2nd Cross"),
            ("ADDRESS", "Tiruppur"),
            ("ZIP", "641 604"),
            ("PHONE", "+91 98430 27716"),
            ("DATE", "17-10-2026"),
            ("NAME", "P. Venkatachalapathy"),
            ("LICENSE", "TNMC 71842"),
        ],
    ),
    (
        "GP referral, e-RS UBRN 0417 2285 9036. Patient Mr Gethin ap Rhys, 88 Maes-y-Dre, Mold CH7 1NW. "
        "NHS 612 884 0375. Tel 01352 700 913. Sudden painless loss of vision R eye this morning (Tues 24/11), "
        "RAPD noted. ?CRAO. Sent directly to eye casualty. Dr Bethan Llewelyn-Ostrowski, GMC 7318824.",
        [
            ("NAME", "Gethin ap Rhys"),
            ("ADDRESS", "88 Maes-y-Dre"),
            ("ADDRESS", "Mold"),
            ("ZIP", "CH7 1NW"),
            ("MRN", "612 884 0375"),
            ("PHONE", "01352 700 913"),
            ("DATE", "24/11"),
            ("NAME", "Bethan Llewelyn-Ostrowski"),
            ("LICENSE", "7318824"),
        ],
    ),
    (
        "Referral: Ms Precious Chikwanha, 27 Hebert Chitepo St, Mutare, cell +263 77 418 3902, CIMAS member no. "
        "CM-2208714-01. Known hypertensive, BP 210/130 at clinic 12 Nov 2026, bilateral disc swelling, flame haems. "
        "Dr Tinashe Mavhunga, MDPCZ reg G/4471, Sakubva Medical Rooms.",
        [
            ("NAME", "Precious Chikwanha"),
            ("ADDRESS", "27 Hebert Chitepo St"),
            ("ADDRESS", "Mutare"),
            ("PHONE", "+263 77 418 3902"),
            ("INSURANCE", "CM-2208714-01"),
            ("DATE", "12 Nov 2026"),
            ("NAME", "Tinashe Mavhunga"),
            ("LICENSE", "G/4471"),
        ],
    ),
    (
        "Referral to Retina, patient Rizalina Dimaculangan-Yap, 67 y/o, Blk 12 Lot 9 Sampaguita St, Brgy. Malanday, "
        "Marikina City 1805. Contact 0917 552 8841. PhilHealth PIN 19-204518736-2. OCT 5 Oct 2026 shows ERM with "
        "lamellar hole OD. Referring MD: Dr. Joaquin Bautista-Lorenzo, PRC Lic. No. 0098417.",
        [
            ("NAME", "Rizalina Dimaculangan-Yap"),
            ("ADDRESS", "Blk 12 Lot 9 Sampaguita St"),
            ("ADDRESS", "Brgy. Malanday"),
            ("ADDRESS", "Marikina City"),
            ("ZIP", "1805"),
            ("PHONE", "0917 552 8841"),
            ("INSURANCE", "19-204518736-2"),
            ("DATE", "5 Oct 2026"),
            ("NAME", "Joaquin Bautista-Lorenzo"),
            ("LICENSE", "0098417"),
        ],
    ),
    (
        "Re: Hemi Tūhoe-Bright NHI ZKR5710, 14 Kowhai Street, Gore 9710. Ph 03 208 4451. Seen by me 02/11/26: "
        "reduced VA L 6/36, haemorrhagic CNV likely. Please see urgently. Thanks, Ana Fifita, Optometrist, "
        "ODOB reg 20-1187, Gore Eyecare.",
        [
            ("NAME", "Hemi Tūhoe-Bright"),
            ("MRN", "ZKR5710"),
            ("ADDRESS", "14 Kowhai Street"),
            ("ADDRESS", "Gore"),
            ("ZIP", "9710"),
            ("PHONE", "03 208 4451"),
            ("DATE", "02/11/26"),
            ("NAME", "Ana Fifita"),
            ("LICENSE", "20-1187"),
        ],
    ),
    (
        "Dear Dr Haldane, Thank you for seeing Mr Ahmed Hossain Talukder, 45, of House 18, Road 7, Sector 11, Uttara, "
        "Dhaka 1230 (mob. 01711-248093), with a two-week history of blurred vision OS after a cricket ball injury. "
        "Commotio retinae noted 21/10/2026. BMDC Reg. A-51827, Dr Farzana Akter Mitu.",
        [
            ("NAME", "Haldane"),
            ("NAME", "Ahmed Hossain Talukder"),
            ("ADDRESS", "House 18, Road 7, Sector 11"),
            ("ADDRESS", "Uttara"),
            ("ADDRESS", "Dhaka"),
            ("ZIP", "1230"),
            ("PHONE", "01711-248093"),
            ("DATE", "21/10/2026"),
            ("LICENSE", "A-51827"),
            ("NAME", "Farzana Akter Mitu"),
        ],
    ),
    (
        "Please see Mrs Chandrika Wijesekera, 112/4 Kandy Road, Kurunegala 60000, tel 037 222 6184, clinic no. "
        "KTH/EYE/26/10472, with suspected BRVO R since 28 Sept. Referred by Dr Lasantha Gunawardhana, SLMC 23184.",
        [
            ("NAME", "Chandrika Wijesekera"),
            ("ADDRESS", "112/4 Kandy Road"),
            ("ADDRESS", "Kurunegala"),
            ("ZIP", "60000"),
            ("PHONE", "037 222 6184"),
            ("MRN", "KTH/EYE/26/10472"),
            ("DATE", "28 Sept"),
            ("NAME", "Lasantha Gunawardhana"),
            ("LICENSE", "23184"),
        ],
    ),
    (
        "Referral (Ontario). Patient: Marguerite Beauchesne-Whitlock, OHIP 6620-417-953-XT, 3 Lighthouse Lane, "
        "Goderich ON N7A 2K9, 519-524-8813. DOB: Jan 14, 1944. Fluctuating vision OD, on Eylea q8w elsewhere, "
        "moved here Aug 2026. Referring: Dr. Ishaan Raghunathan, CPSO #118402. Fax 519-524-8899.",
        [
            ("NAME", "Marguerite Beauchesne-Whitlock"),
            ("INSURANCE", "6620-417-953-XT"),
            ("ADDRESS", "3 Lighthouse Lane"),
            ("ADDRESS", "Goderich"),
            ("ZIP", "N7A 2K9"),
            ("PHONE", "519-524-8813"),
            ("DATE", "Jan 14, 1944"),
            ("DATE", "Aug 2026"),
            ("NAME", "Ishaan Raghunathan"),
            ("LICENSE", "118402"),
            ("FAX", "519-524-8899"),
        ],
    ),
    (
        "Referral from Prairie Family Vision, 1604 E College Ave, Normal, IL 61761 (309-452-0178). Patient Dwayne "
        "Fairweather, DOB 11/30/1969, MRN 40017735, Medicaid ID 781402266. Diabetic, NPDR moderate OU, CSME OS. "
        "Dr. Lorraine Kowalczyk-Boateng, OD, IL license 042.0068813.",
        [
            ("ADDRESS", "1604 E College Ave"),
            ("ADDRESS", "Normal"),
            ("ZIP", "61761"),
            ("PHONE", "309-452-0178"),
            ("NAME", "Dwayne Fairweather"),
            ("DATE", "11/30/1969"),
            ("MRN", "40017735"),
            ("INSURANCE", "781402266"),
            ("NAME", "Lorraine Kowalczyk-Boateng"),
            ("LICENSE", "042.0068813"),
        ],
    ),
    (
        "Referral (polyclinic to SNEC-type retina service). Name: Tan Boon Huat Kelvin, NRIC S5428817H, "
        "Blk 227 Ang Mo Kio Ave 1, #09-1143, Singapore 560227, HP 9178 2053. 71 yo Chinese male, DM on insulin. "
        "DRP grading 14/10/2026: severe NPDR R. Referring MO: Dr Nurul Huda binte Zainal, MCR 13884F.",
        [
            ("NAME", "Tan Boon Huat Kelvin"),
            ("MRN", "S5428817H"),
            ("ADDRESS", "Blk 227 Ang Mo Kio Ave 1, #09-1143"),
            ("ZIP", "560227"),
            ("PHONE", "9178 2053"),
            ("DATE", "14/10/2026"),
            ("NAME", "Nurul Huda"),
            ("NAME", "Zainal"),
            ("LICENSE", "13884F"),
        ],
    ),
    (
        "SCI Gateway referral. CHI 2109473386. Mrs Morag Cunninghame-Ferrier, Tigh-na-Mara, 5 Shore Road, Cromarty "
        "IV11 8XL. Tel 01381 600 274. PMH: high myopia, RD repair L 2014. New shadow R since Saturday 21 Nov. "
        "Sender: Dr Alasdair Fotheringham, Black Isle Medical Group. GMC 6027731.",
        [
            ("MRN", "2109473386"),
            ("NAME", "Morag Cunninghame-Ferrier"),
            ("ADDRESS", "Tigh-na-Mara, 5 Shore Road"),
            ("ADDRESS", "Cromarty"),
            ("ZIP", "IV11 8XL"),
            ("PHONE", "01381 600 274"),
            ("DATE", "21 Nov"),
            ("NAME", "Alasdair Fotheringham"),
            ("LICENSE", "6027731"),
        ],
    ),
    (
        "Dear Dr Abeysinghe-Raman, re: Lachlan Woodhouse (DOB 19/06/1938), 28 Peisley St, Orange NSW 2800, "
        "ph 0412 907 336, MRN ORH1148206, DVA Gold Card NX281774. Geographic atrophy both eyes, now struggling to "
        "read. Requests low vision review. Kind regards, Sinead Okoro-Lane, orthoptist.",
        [
            ("NAME", "Abeysinghe-Raman"),
            ("NAME", "Lachlan Woodhouse"),
            ("DATE", "19/06/1938"),
            ("ADDRESS", "28 Peisley St"),
            ("ADDRESS", "Orange"),
            ("ZIP", "2800"),
            ("PHONE", "0412 907 336"),
            ("MRN", "ORH1148206"),
            ("INSURANCE", "NX281774"),
            ("NAME", "Sinead Okoro-Lane"),
        ],
    ),
    (
        "Referral - BC. Pt Arjun Sidhu-Lachance, PHN 9 118 402 765, 612 Wallace St, Hope BC V0X 1L0, "
        "604-869-3321. Seen in my clinic 10 Nov for flashes; small horseshoe tear 11 o'clock OD on my exam. "
        "Dr. Mireille Oyelaran, CPSBC 40817.",
        [
            ("NAME", "Arjun Sidhu-Lachance"),
            ("INSURANCE", "9 118 402 765"),
            ("ADDRESS", "612 Wallace St"),
            ("ADDRESS", "Hope"),
            ("ZIP", "V0X 1L0"),
            ("PHONE", "604-869-3321"),
            ("DATE", "10 Nov"),
            ("NAME", "Mireille Oyelaran"),
            ("LICENSE", "40817"),
        ],
    ),
    (
        "From: Ife Road Eye Centre. Re: Mr Babatunde Olaniyan-Ajayi, 72, of Plot 5, Ayetoro Layout, Oke-Fia, Osogbo, "
        "Osun State; phone 0706 338 1907. Hosp No OEC/2026/3391. He has advanced glaucoma OU with a dense VH OS since "
        "mid-October; B-scan 19.10.2026 flat retina. Dr Funmilayo Adeyemi-Cole, MDCN/R/60418.",
        [
            ("NAME", "Babatunde Olaniyan-Ajayi"),
            ("ADDRESS", "Plot 5, Ayetoro Layout"),
            ("ADDRESS", "Oke-Fia"),
            ("ADDRESS", "Osogbo"),
            ("PHONE", "0706 338 1907"),
            ("MRN", "OEC/2026/3391"),
            ("DATE", "19.10.2026"),
            ("NAME", "Funmilayo Adeyemi-Cole"),
            ("LICENSE", "MDCN/R/60418"),
        ],
    ),
    (
        "Kindly review Smt. Leelamma Varghese, 66, House No. XIV/228, Thekkekara, Changanassery, Kottayam district, "
        "Kerala 686101. Ph: 0481-242 7718, mob 94470 15263. IP No. 26-0034718. CRVO OD with macular oedema, "
        "onset ~12/10/26. Dr. Thomas Kuriakose Mathew, TCMC Reg 48113.",
        [
            ("NAME", "Leelamma Varghese"),
            ("ADDRESS", "House No. XIV/228, Thekkekara"),
            ("ADDRESS", "Changanassery"),
            ("ADDRESS", "Kottayam"),
            ("ZIP", "686101"),
            ("PHONE", "0481-242 7718"),
            ("PHONE", "94470 15263"),
            ("MRN", "26-0034718"),
            ("DATE", "12/10/26"),
            ("NAME", "Thomas Kuriakose Mathew"),
            ("LICENSE", "48113"),
        ],
    ),
    (
        "Hope, AR referral: patient Jolene Earnhardt-Vance, 907 S Hervey St, Hope, AR 71801, (870) 777-2164, "
        "DOB 02-17-1931, age 95. Medicare MBI 3QW7-HN4-KT62. Sudden vision loss OD, jaw claudication. ESR 88. "
        "Same-day please. Sent by Dr. Emeka Ugwu-Harrington, AR license E-6124.",
        [
            ("ADDRESS", "Hope"),
            ("NAME", "Jolene Earnhardt-Vance"),
            ("ADDRESS", "907 S Hervey St"),
            ("ADDRESS", "Hope"),
            ("ZIP", "71801"),
            ("PHONE", "(870) 777-2164"),
            ("DATE", "02-17-1931"),
            ("AGE", "95"),
            ("INSURANCE", "3QW7-HN4-KT62"),
            ("NAME", "Emeka Ugwu-Harrington"),
            ("LICENSE", "E-6124"),
        ],
    ),
    # --- outpatient letters ---
    (
        "Medical Retina Clinic, 17/11/2026. Dear Dr Pemberton-Achebe, I reviewed your patient Mr Desmond Oyelowo-Finch "
        "(Hosp No. K4471928, NHS 702 339 4158), 63 Pelham Road, Gravesend DA11 0HS. Diagnosis: R active nAMD. "
        "VA R 6/18 L 6/6. Plan: faricimab loading x4, next 15/12/2026. Yours sincerely, Miss Anjali Ramsaroop FRCOphth, "
        "Consultant Ophthalmologist. Typed by: hw",
        [
            ("DATE", "17/11/2026"),
            ("NAME", "Pemberton-Achebe"),
            ("NAME", "Desmond Oyelowo-Finch"),
            ("MRN", "K4471928"),
            ("MRN", "702 339 4158"),
            ("ADDRESS", "63 Pelham Road"),
            ("ADDRESS", "Gravesend"),
            ("ZIP", "DA11 0HS"),
            ("DATE", "15/12/2026"),
            ("NAME", "Anjali Ramsaroop"),
            ("NAME", "hw"),
        ],
    ),
    (
        "cc: Patient, Ms Honor Blackwood, Flat 6, Lantern Court, 2 Wharf Street, Deal CT14 6AF. "
        "Dear Ms Blackwood, I am writing to summarise today's visit on 26 November 2026. Your scan showed the fluid "
        "has resolved. We will extend your injections to every 10 weeks. If your vision suddenly worsens please ring "
        "the macular helpline on 01304 865 220 (Mon-Fri). Dr Kwabena Asante-Mensah, Specialty Registrar.",
        [
            ("NAME", "Honor"),
            ("NAME", "Blackwood"),
            ("ADDRESS", "Flat 6, Lantern Court, 2 Wharf Street"),
            ("ADDRESS", "Deal"),
            ("ZIP", "CT14 6AF"),
            ("NAME", "Blackwood"),
            ("DATE", "26 November 2026"),
            ("PHONE", "01304 865 220"),
            ("NAME", "Kwabena Asante-Mensah"),
        ],
    ),
    (
        "Clinic letter 24 Nov 2026 to Dr Yusuf Demirci, Clifton Road Surgery, Rugby. Re Mrs Gwendolyn Oduya, DOB "
        "05.05.1934 (age 92), 19 Bilton Lane, Dunchurch, Rugby CV22 6PX, MRN UHCW 3184472. Stable inactive CNV R; "
        "dry AMD L. Discharged to community optometrist, Kieran Ashdown-Nair at Specsavers Rugby. "
        "Dictated by Mr Rafael Anzoátegui, Consultant. DD 24/11/26, DT 26/11/26.",
        [
            ("DATE", "24 Nov 2026"),
            ("NAME", "Yusuf Demirci"),
            ("ADDRESS", "Rugby"),
            ("NAME", "Gwendolyn Oduya"),
            ("DATE", "05.05.1934"),
            ("AGE", "92"),
            ("ADDRESS", "19 Bilton Lane"),
            ("ADDRESS", "Dunchurch"),
            ("ADDRESS", "Rugby"),
            ("ZIP", "CV22 6PX"),
            ("MRN", "3184472"),
            ("NAME", "Kieran Ashdown-Nair"),
            ("NAME", "Rafael Anzoátegui"),
            ("DATE", "24/11/26"),
            ("DATE", "26/11/26"),
        ],
    ),
    (
        "RETINA CONSULT NOTE  Date of service: 11/18/2026  Pt: Cordelia Marchetti-Osei  MRN: 0058813204  "
        "FIN: 22-7731904  DOB: 09/03/1958. Address on file: 4410 Larkspur Dr, Apt 2B, Sandy, UT 84092. "
        "Home (801) 571-3390. PCP Dr. Haruto Whitfield. A/P: PDR OS with TRD threatening macula; plan PPV/MP/EL. "
        "Electronically signed by Bartholomew Nakashima-Reyes, MD 11/18/2026 16:42.",
        [
            ("DATE", "11/18/2026"),
            ("NAME", "Cordelia Marchetti-Osei"),
            ("MRN", "0058813204"),
            ("ACCOUNT", "22-7731904"),
            ("DATE", "09/03/1958"),
            ("ADDRESS", "4410 Larkspur Dr, Apt 2B"),
            ("ADDRESS", "Sandy"),
            ("ZIP", "84092"),
            ("PHONE", "(801) 571-3390"),
            ("NAME", "Haruto Whitfield"),
            ("NAME", "Bartholomew Nakashima-Reyes"),
            ("DATE", "11/18/2026"),
        ],
    ),
    (
        "Dear Dr Kaur-Templeton, Re: Jarrah Winmar, UR 7712048, DOB 30 Mar 1971, 8 Banksia Cres, Emerald QLD 4720. "
        "Jarrah attended on 20 November 2026 with his sister Kirra. Stable PDR post PRP. Next review in 4/12. "
        "Copy to: Central Highlands Healthcare, Emerald. Dr Maximilian Oduro, Ophthalmology Registrar.",
        [
            ("NAME", "Kaur-Templeton"),
            ("NAME", "Jarrah"),
            ("NAME", "Winmar"),
            ("MRN", "7712048"),
            ("DATE", "30 Mar 1971"),
            ("ADDRESS", "8 Banksia Cres"),
            ("ADDRESS", "Emerald"),
            ("ZIP", "4720"),
            ("NAME", "Jarrah"),
            ("DATE", "20 November 2026"),
            ("NAME", "Kirra"),
            ("ADDRESS", "Emerald"),
            ("NAME", "Maximilian Oduro"),
        ],
    ),
    (
        "Discharge summary. Name: Chinedu Obi-Nwankwo  Age/Sex: 54/M  Hospital No: UNTH/OPH/44718  Admitted "
        "16/11/2026  Discharged 19/11/2026. Procedure: PPV + SO for macula-off RRD OD. Next of kin: Adaeze "
        "Obi-Nwankwo (wife), 0812 449 6630, No 3 Ogui Road, Enugu. Surgeon: Dr Ikenna Eze-Madubuike.",
        [
            ("NAME", "Chinedu"),
            ("NAME", "Obi-Nwankwo"),
            ("MRN", "UNTH/OPH/44718"),
            ("DATE", "16/11/2026"),
            ("DATE", "19/11/2026"),
            ("NAME", "Adaeze"),
            ("NAME", "Obi-Nwankwo"),
            ("PHONE", "0812 449 6630"),
            ("ADDRESS", "No 3 Ogui Road"),
            ("ADDRESS", "Enugu"),
            ("NAME", "Ikenna Eze-Madubuike"),
        ],
    ),
    (
        "Clinical abstract - Mr. Rogelio Manalastas Jr., 70, of 221 Rizal Avenue Extension, Brgy. Poblacion, "
        "Tagum City, Davao del Norte 8100. Hosp. No. 2026-118472. Admitted 08 November 2026. Diagnosis: "
        "endophthalmitis OS post-cataract surgery (done elsewhere, 30 October 2026). Vitreous tap + intravitreal "
        "vancomycin 1 mg/ceftazidime 2.25 mg. Attending: Dra. Maricel Tolentino-Abad.",
        [
            ("NAME", "Rogelio Manalastas"),
            ("ADDRESS", "221 Rizal Avenue Extension"),
            ("ADDRESS", "Brgy. Poblacion"),
            ("ADDRESS", "Tagum City"),
            ("ZIP", "8100"),
            ("MRN", "2026-118472"),
            ("DATE", "08 November 2026"),
            ("DATE", "30 October 2026"),
            ("NAME", "Maricel Tolentino-Abad"),
        ],
    ),
    (
        "Dear Mr Reading, Thank you for referring Mrs Faith Oyinlola-Birch, 73 Oxford Road, Reading RG1 7LU, "
        "DOB 11-Jun-1949, Hosp No RBH2219374. She was reviewed on 23-Nov-2026. Reading is now impossible with the R eye. "
        "Yours, Dr Sunday Okonjo-Price.",
        [
            ("NAME", "Reading"),
            ("NAME", "Faith Oyinlola-Birch"),
            ("ADDRESS", "73 Oxford Road"),
            ("ADDRESS", "Reading"),
            ("ZIP", "RG1 7LU"),
            ("DATE", "11-Jun-1949"),
            ("MRN", "RBH2219374"),
            ("DATE", "23-Nov-2026"),
            ("NAME", "Sunday Okonjo-Price"),
        ],
    ),
    # --- injection and laser records ---
    (
        "IVT record 25/11/2026 | Pt: LOVEMORE Chirwa | Hosp no: PGH/26/20817 | Eye: L | Drug: aflibercept 2 mg/0.05 ml "
        "Lot 4G81K2 | Injector: Tafadzwa Nyoni (nurse injector) | Checked by: R.M. | Pre IOP 16, post 21 mmHg, "
        "CF to 1m confirmed. Next: 22/12/2026.",
        [
            ("DATE", "25/11/2026"),
            ("NAME", "LOVEMORE Chirwa"),
            ("MRN", "PGH/26/20817"),
            ("NAME", "Tafadzwa Nyoni"),
            ("NAME", "R.M."),
            ("DATE", "22/12/2026"),
        ],
    ),
    (
        "Injection clinic list Tue 24 Nov - Room 3 (Dr Ilse van der Merwe-Obi): 08:30 Pryce, Glenys (RX41187) R "
        "faricimab; 08:45 Mohammed Rafiqul Islam (RX40922) L bevacizumab; 09:00 Dymphna O'Halloran-Weiss (RX38815) "
        "B/L aflibercept 8 mg; 09:15 Piripi Tawhiri (RX41930) R ranibizumab biosimilar.",
        [
            ("DATE", "24 Nov"),
            ("NAME", "Ilse van der Merwe-Obi"),
            ("NAME", "Pryce, Glenys"),
            ("MRN", "RX41187"),
            ("NAME", "Mohammed Rafiqul Islam"),
            ("MRN", "RX40922"),
            ("NAME", "Dymphna O'Halloran-Weiss"),
            ("MRN", "RX38815"),
            ("NAME", "Piripi Tawhiri"),
            ("MRN", "RX41930"),
        ],
    ),
    (
        "Intravitreal injection - consent & procedure. Patient Ebenezer Quaye-Lindqvist, DOB 1946-12-02, "
        "MRN 000-771-4403. Consent signed 2026-11-19 by patient; witness Marigold Achterberg RN. Ozurdex 700 mcg R, "
        "batch E27730, inferotemporal. Operator Dr. Shreya Venkataraman-Cole. Complications: nil.",
        [
            ("NAME", "Ebenezer Quaye-Lindqvist"),
            ("DATE", "1946-12-02"),
            ("MRN", "000-771-4403"),
            ("DATE", "2026-11-19"),
            ("NAME", "Marigold Achterberg"),
            ("NAME", "Shreya Venkataraman-Cole"),
        ],
    ),
    (
        "PRP session 2 of 3, 13.11.2026. Name: Rahim Uddin Chowdhury s/o Abdul Karim Chowdhury. Reg No. BNSB-26-77014. "
        "Laser: Pascal 532 nm, 200 um, 20 ms, 1450 spots OS. Done by Dr Tahmina Sultana Rupa. Next session 27.11.2026.",
        [
            ("DATE", "13.11.2026"),
            ("NAME", "Rahim Uddin Chowdhury"),
            ("NAME", "Abdul Karim Chowdhury"),
            ("MRN", "BNSB-26-77014"),
            ("NAME", "Tahmina Sultana Rupa"),
            ("DATE", "27.11.2026"),
        ],
    ),
    (
        "Barrier laser OD for retinal tear, 20 Nov 26, by Dr Ciarán Ó Dálaigh. Patient Aoife Kavanagh-Bloom, "
        "MRN 4418275, Eircode D06 T2K8, mobile 086 330 7714. Review 2/52 with Dr Ó Dálaigh or SpR.",
        [
            ("DATE", "20 Nov 26"),
            ("NAME", "Ciarán"),
            ("NAME", "Ó Dálaigh"),
            ("NAME", "Aoife Kavanagh-Bloom"),
            ("MRN", "4418275"),
            ("ZIP", "D06 T2K8"),
            ("PHONE", "086 330 7714"),
            ("NAME", "Ó Dálaigh"),
        ],
    ),
    (
        "PDT record: verteporfin 6 mg/m2, BSA 1.82, 50 J/cm2, 83 s. Patient: Huang Meiling (Ms), NRIC T0218847C, "
        "case no. 26-SEH-03817. Date 09-Nov-2026. Nurse: Rosalind Kaur Gill. Avoid sunlight 48 h; contact "
        "6321 7740 if problems.",
        [
            ("NAME", "Huang Meiling"),
            ("MRN", "T0218847C"),
            ("MRN", "26-SEH-03817"),
            ("DATE", "09-Nov-2026"),
            ("NAME", "Rosalind Kaur Gill"),
            ("PHONE", "6321 7740"),
        ],
    ),
    (
        "Injection diary (patient-held card): 1st 03/08/26 Dr Mwale, 2nd 31/08/26 SN Chiedza, 3rd 28/09/26 SN Chiedza, "
        "4th 26/10/26 Dr Mwale, 5th 23/11/26 Dr Hwang. Name on card: Blessing Mukarati, hosp no 771204.",
        [
            ("DATE", "03/08/26"),
            ("NAME", "Mwale"),
            ("DATE", "31/08/26"),
            ("NAME", "Chiedza"),
            ("DATE", "28/09/26"),
            ("NAME", "Chiedza"),
            ("DATE", "26/10/26"),
            ("NAME", "Mwale"),
            ("DATE", "23/11/26"),
            ("NAME", "Hwang"),
            ("NAME", "Blessing Mukarati"),
            ("MRN", "771204"),
        ],
    ),
    (
        "Port delivery system refill-exchange 18 Nov 2026. Implant serial PDS-3U7718204 (R eye, implanted 14 May 2025). "
        "Patient Augustin Delacroix-Mbeki, MRN 88204417. Performed by Dr. Wilhelmina Fairbairn; assisted by "
        "Tomasz Wierzbicki, COA.",
        [
            ("DATE", "18 Nov 2026"),
            ("DEVICE", "PDS-3U7718204"),
            ("DATE", "14 May 2025"),
            ("NAME", "Augustin Delacroix-Mbeki"),
            ("MRN", "88204417"),
            ("NAME", "Wilhelmina Fairbairn"),
            ("NAME", "Tomasz Wierzbicki"),
        ],
    ),
    (
        "Micropulse laser for CSCR, L eye, 06/11/2026: 577 nm, 5% duty cycle, 1200 mW. Pt Prakash Jayawardena "
        "(MRN 5520-1184). Laser unit serial IQ577-0041872, service due. Operator: MK.",
        [
            ("DATE", "06/11/2026"),
            ("NAME", "Prakash Jayawardena"),
            ("MRN", "5520-1184"),
            ("DEVICE", "IQ577-0041872"),
            ("NAME", "MK"),
        ],
    ),
    # --- imaging reports ---
    (
        "OCT MACULA REPORT  Patient: Fitzgerald-Nwosu, Imelda  ID: 30018847  DOB: 27/01/1955  Scan date: 19/11/2026 "
        "Device: Spectralis (serial HRA-OCT 4413-0972)  Operator: ph  Findings OD: SRF subfoveal, CST 412 um. "
        "OS: dry. Reported by: Dr Gideon Amankwah-Roth 20/11/2026.",
        [
            ("NAME", "Fitzgerald-Nwosu, Imelda"),
            ("MRN", "30018847"),
            ("DATE", "27/01/1955"),
            ("DATE", "19/11/2026"),
            ("DEVICE", "4413-0972"),
            ("NAME", "ph"),
            ("NAME", "Gideon Amankwah-Roth"),
            ("DATE", "20/11/2026"),
        ],
    ),
    (
        "FFA/ICGA report. Mr Ezekiel Thackeray-Bose, Hosp No. M2207745, study 12-Nov-26. Fluorescein 20% 2.5 ml via R "
        "antecubital vein by Nurse Oona Flaherty. Polypoidal lesions on ICG, branching vascular network. "
        "Reporter: Dr Mei-Ling Courtenay. Images exported to PACS accession ACC7731084.",
        [
            ("NAME", "Ezekiel Thackeray-Bose"),
            ("MRN", "M2207745"),
            ("DATE", "12-Nov-26"),
            ("NAME", "Oona Flaherty"),
            ("NAME", "Mei-Ling Courtenay"),
        ],
    ),
    (
        "Ultra-widefield imaging (Optos California, unit s/n 0A7C-21984). Patient: Bongani-Silva, Ruth; UR 00917735; "
        "acquired 2026-11-23 14:05; photographer Yasmin El-Haddad. Peripheral lattice 2-4 o'clock OS, no breaks.",
        [
            ("DEVICE", "0A7C-21984"),
            ("NAME", "Bongani-Silva, Ruth"),
            ("MRN", "00917735"),
            ("DATE", "2026-11-23"),
            ("NAME", "Yasmin El-Haddad"),
        ],
    ),
    (
        "B-scan ultrasound 04 Nov 2026: dense vitreous haemorrhage OS, retina flat 360, no mass. Name Shanthi "
        "Rajapaksha-Mendis, MRN NEH 2184409, referred from Matara. Sonographer: Ishara Dissanayake. Reported by: Dr "
        "Hiran Senanayake.",
        [
            ("DATE", "04 Nov 2026"),
            ("NAME", "Shanthi Rajapaksha-Mendis"),
            ("MRN", "2184409"),
            ("ADDRESS", "Matara"),
            ("NAME", "Ishara Dissanayake"),
            ("NAME", "Hiran Senanayake"),
        ],
    ),
    (
        "OCT-A addendum - 'Walker, Ivy' (MRN 7730148, visit 26/11) - no CNV flow signal; compare with study of 1st Sept. "
        "Walker is colour-blind (Ishihara 3/17) - not relevant. Signed T. Abernethy-Chukwu.",
        [
            ("NAME", "Walker"),
            ("NAME", "Ivy"),
            ("MRN", "7730148"),
            ("DATE", "26/11"),
            ("DATE", "1st Sept"),
            ("NAME", "Walker"),
            ("NAME", "T. Abernethy-Chukwu"),
        ],
    ),
    (
        "Fundus autofluorescence, both eyes, 17 November. Patient Mr Isidore Kamara, hosp. no. 0041-8872-3. "
        "Hyperautofluorescent flecks consistent with Stargardt disease; ABCA4 testing requested from the genomics lab, "
        "sample ID linked to MRN. Genetic counsellor: Persephone Adjei (ext 4471, direct 0161 276 8814).",
        [
            ("DATE", "17 November"),
            ("NAME", "Isidore Kamara"),
            ("MRN", "0041-8872-3"),
            ("NAME", "Persephone Adjei"),
            ("PHONE", "0161 276 8814"),
        ],
    ),
    (
        "Electrodiagnostics (ERG/EOG) 10/11/2026 for Master Kofi Boateng-Hale (DOB 14/08/2017), MRN 55107298, "
        "accompanied by mother Abena Boateng-Hale, tel 07931 228 460. Clinical scientist: Dr Ruairí McAteer.",
        [
            ("DATE", "10/11/2026"),
            ("NAME", "Kofi"),
            ("NAME", "Boateng-Hale"),
            ("DATE", "14/08/2017"),
            ("MRN", "55107298"),
            ("NAME", "Abena"),
            ("NAME", "Boateng-Hale"),
            ("PHONE", "07931 228 460"),
            ("NAME", "Ruairí McAteer"),
        ],
    ),
    # --- diabetic screening results ---
    (
        "Diabetic Eye Screening result. Participant: Mrs Perpetua Nwachukwu, 5 Cowslip Close, Battle TN33 0XR. "
        "NHS number 439 018 7726. Screening date 02/11/2026 at Battle Health Centre. Grade R: R2 M1; L: R1 M0. "
        "Outcome: urgent referral to HES. Grader ID GR-0417 (Jacinta Oyebanji). Programme tel 0300 123 8870.",
        [
            ("NAME", "Perpetua Nwachukwu"),
            ("ADDRESS", "5 Cowslip Close"),
            ("ADDRESS", "Battle"),
            ("ZIP", "TN33 0XR"),
            ("MRN", "439 018 7726"),
            ("DATE", "02/11/2026"),
            ("NAME", "Jacinta Oyebanji"),
            ("PHONE", "0300 123 8870"),
        ],
    ),
    (
        "RetinaScreen letter: Dear Mr Fionnán Ó Briain, your retinal screening on 15 October 2026 at Nenagh Primary "
        "Care Centre found changes that need review. Your RetinaScreen number is RS-7718204. Please call Freephone "
        "1800 45 45 55 or email reschedule.retina@screen-ie.example if you cannot attend on 7 December 2026.",
        [
            ("NAME", "Fionnán Ó Briain"),
            ("DATE", "15 October 2026"),
            ("MRN", "RS-7718204"),
            ("PHONE", "1800 45 45 55"),
            ("EMAIL", "reschedule.retina@screen-ie.example"),
            ("DATE", "7 December 2026"),
        ],
    ),
    (
        "Teleretinal DR screen - Pt: Marisol Quintanilla-Hart, DOB 7/22/1966, MRN 61-330-0918, Medi-Cal CIN 93847116B. "
        "Read 11/20/26: moderate NPDR OU, no DME. Recommend ophthalmology in 3-6 mo. Camera: Topcon NW400 sn 7284310. "
        "Reader: Oyelaran, Damilola, OD.",
        [
            ("NAME", "Marisol Quintanilla-Hart"),
            ("DATE", "7/22/1966"),
            ("MRN", "61-330-0918"),
            ("INSURANCE", "93847116B"),
            ("DATE", "11/20/26"),
            ("DEVICE", "7284310"),
            ("NAME", "Oyelaran, Damilola"),
        ],
    ),
    (
        "DR screening camp, Sylhet, 21.11.2026: Sl 14 - Anwara Begum, F, 58, Vill. Dakshin Bhadeshwar, Golapganj, "
        "mob 01819-557031, ID SYL-DR-0914 - R3 both eyes, referred. Sl 15 - Md. Jubayer Ahmed, M, 49, ID SYL-DR-0915, "
        "mob 01711-904286 - R0.",
        [
            ("ADDRESS", "Sylhet"),
            ("DATE", "21.11.2026"),
            ("NAME", "Anwara Begum"),
            ("ADDRESS", "Vill. Dakshin Bhadeshwar"),
            ("ADDRESS", "Golapganj"),
            ("PHONE", "01819-557031"),
            ("MRN", "SYL-DR-0914"),
            ("NAME", "Md. Jubayer Ahmed"),
            ("MRN", "SYL-DR-0915"),
            ("PHONE", "01711-904286"),
        ],
    ),
    (
        "Screening outcome letter (NZ). Kia ora Wiremu Ngata-Prescott. Your diabetic retinal photos taken 30/10/2026 at "
        "Kaitaia show no retinopathy. NHI: LKB3905. Next photos due in 2 years. Queries: 0800 447 112, "
        "eyescreen.northland@hnz.example.",
        [
            ("NAME", "Wiremu Ngata-Prescott"),
            ("DATE", "30/10/2026"),
            ("ADDRESS", "Kaitaia"),
            ("MRN", "LKB3905"),
            ("PHONE", "0800 447 112"),
            ("EMAIL", "eyescreen.northland@hnz.example"),
        ],
    ),
    # --- clinic lists ---
    (
        "MR clinic list, Thu 26/11/2026, Dr Oyewole (Room 4):\n"
        "09:00  HARGREAVES, Neville  MRN 1184302  R nAMD  treat-extend\n"
        "09:15  SZCZEPANIK, Halina  MRN 0917735  L BRVO\n"
        "09:30  OKONKWO-LEE, Marcus  MRN 2048816  DMO\n"
        "09:45  FAIRBROTHER, Winifred (94)  MRN 0033197  GA\n"
        "10:00  DA SILVA-PEREIRA, Joao  MRN 1722409  CSCR",
        [
            ("DATE", "26/11/2026"),
            ("NAME", "Oyewole"),
            ("NAME", "HARGREAVES, Neville"),
            ("MRN", "1184302"),
            ("NAME", "SZCZEPANIK, Halina"),
            ("MRN", "0917735"),
            ("NAME", "OKONKWO-LEE, Marcus"),
            ("MRN", "2048816"),
            ("NAME", "FAIRBROTHER, Winifred"),
            ("AGE", "94"),
            ("MRN", "0033197"),
            ("NAME", "DA SILVA-PEREIRA, Joao"),
            ("MRN", "1722409"),
        ],
    ),
    (
        "Theatre list 27.11.26 (Mr Sandoval-Brennan): 1) Gladstone Mupfumira 0094418 R PPV/ERM peel; 2) Nkechi "
        "Udeh-Banks 0102277 L PPV gas for FTMH; 3) Bartek Zielinski 0088193 R SOR; 4) Theodora Papadakis-Noon 0110534 "
        "L PPV + endolaser. Anaesthetist: Dr Folake Adesanya. Scrub: Priyanka Deshmukh.",
        [
            ("DATE", "27.11.26"),
            ("NAME", "Sandoval-Brennan"),
            ("NAME", "Gladstone Mupfumira"),
            ("MRN", "0094418"),
            ("NAME", "Nkechi Udeh-Banks"),
            ("MRN", "0102277"),
            ("NAME", "Bartek Zielinski"),
            ("MRN", "0088193"),
            ("NAME", "Theodora Papadakis-Noon"),
            ("MRN", "0110534"),
            ("NAME", "Folake Adesanya"),
            ("NAME", "Priyanka Deshmukh"),
        ],
    ),
    # --- nursing and telephone notes ---
    (
        "Tel call 25/11 14:20 - daughter (Marigold Featherstonehaugh) rang re her mum Edna Featherstonehaugh, 96, "
        "hosp no 0031847: mum has red painful R eye since injection yesterday. Advised attend eye casualty now. "
        "Call-back no. 07488 301 992. - SN Okwuosa",
        [
            ("DATE", "25/11"),
            ("NAME", "Marigold"),
            ("NAME", "Featherstonehaugh"),
            ("NAME", "Edna"),
            ("NAME", "Featherstonehaugh"),
            ("AGE", "96"),
            ("MRN", "0031847"),
            ("PHONE", "07488 301 992"),
            ("NAME", "Okwuosa"),
        ],
    ),
    (
        "Nursing note 23/11/2026 10:05. Pt Mr Iwan Prosser-Dlamini attended for IVT, BP 168/92, BM 14.2. Lives alone "
        "at 4 Cwrt y Felin, Bala LL23 7AF; neighbour Gwilym Parry (07812 660 415) drives him. Key safe code not recorded. "
        "Signed: Rhiannon Tudor-Mensah RN, NMC 09I4471W.",
        [
            ("DATE", "23/11/2026"),
            ("NAME", "Iwan Prosser-Dlamini"),
            ("ADDRESS", "4 Cwrt y Felin"),
            ("ADDRESS", "Bala"),
            ("ZIP", "LL23 7AF"),
            ("NAME", "Gwilym Parry"),
            ("PHONE", "07812 660 415"),
            ("NAME", "Rhiannon Tudor-Mensah"),
            ("LICENSE", "09I4471W"),
        ],
    ),
    (
        "Phone triage: caller Mrs Hope Underwood (patient), DOB 12/12/1950, new floaters + flashes L x2 days, no curtain. "
        "Hope to attend RAU tomorrow 08:30. Her landline 01453 887 120 is broken, use mobile 07700 140 377. TK",
        [
            ("NAME", "Hope"),
            ("NAME", "Underwood"),
            ("DATE", "12/12/1950"),
            ("NAME", "Hope"),
            ("PHONE", "01453 887 120"),
            ("PHONE", "07700 140 377"),
            ("NAME", "TK"),
        ],
    ),
    (
        "Telephone clinic 20/11/26: spoke to Mr Grant Mbatha-Oakes on 027 551 8830. Vision stable. Reminded re "
        "appointment 04/12/26 in Timaru. Wife Lorna also on the line. NHI QTW8146. - Ngaire (CNS)",
        [
            ("DATE", "20/11/26"),
            ("NAME", "Grant Mbatha-Oakes"),
            ("PHONE", "027 551 8830"),
            ("DATE", "04/12/26"),
            ("ADDRESS", "Timaru"),
            ("NAME", "Lorna"),
            ("MRN", "QTW8146"),
            ("NAME", "Ngaire"),
        ],
    ),
    (
        "Post-op check call day 1 (PPV+gas L). Pt Baraka Otieno-Wells. Posturing face-down, pain 2/10, no vomiting. "
        "Gas bubble: C3F8 14% - NO flying, no N2O; wristband on. Next of kin Zawadi Otieno-Wells (sister) 0412 330 875. "
        "Discussed with Dr Magnusson. 19/11/2026 - Caoimhe.",
        [
            ("NAME", "Baraka"),
            ("NAME", "Otieno-Wells"),
            ("NAME", "Zawadi"),
            ("NAME", "Otieno-Wells"),
            ("PHONE", "0412 330 875"),
            ("NAME", "Magnusson"),
            ("DATE", "19/11/2026"),
            ("NAME", "Caoimhe"),
        ],
    ),
    (
        "Safeguarding/nursing: 93-year-old Mr Cuthbert Ogunleye brought by carer from Meadowbank Care Home, "
        "12 Orchard Way, Ware SG12 0JN (home tel 01920 468 233). Carer Ngozi Ibe states he pulls off eye shield. "
        "Cataract listed for 08 Jan.",
        [
            ("AGE", "93"),
            ("NAME", "Cuthbert Ogunleye"),
            ("ADDRESS", "12 Orchard Way"),
            ("ADDRESS", "Ware"),
            ("ZIP", "SG12 0JN"),
            ("PHONE", "01920 468 233"),
            ("NAME", "Ngozi Ibe"),
            ("DATE", "08 Jan"),
        ],
    ),
    (
        "phoned pt re cancelled clinic. no answer on 09 445 6721, left vm. tried son (rangi) on 021 088 4417 - "
        "will bring mum wed 2 dec. dr o'sullivan aware. jm 24/11",
        [
            ("PHONE", "09 445 6721"),
            ("NAME", "rangi"),
            ("PHONE", "021 088 4417"),
            ("DATE", "2 dec"),
            ("NAME", "o'sullivan"),
            ("NAME", "jm"),
            ("DATE", "24/11"),
        ],
    ),
    (
        "Ward 7 Eye nursing handover 22/11: Bed 3 - Mrs Yetunde Shittu-Warren, 2/7 post SB L, posture R side, "
        "IOP 19. Bed 5 - Mr Ferdinand Kowalski, 91, dense VH, on apixaban, review by Dr Ananthakrishnan. "
        "Bed 6 - Ms Juniper Ashcombe, endophthalmitis, hourly drops.",
        [
            ("DATE", "22/11"),
            ("NAME", "Yetunde Shittu-Warren"),
            ("NAME", "Ferdinand Kowalski"),
            ("AGE", "91"),
            ("NAME", "Ananthakrishnan"),
            ("NAME", "Juniper Ashcombe"),
        ],
    ),
    # --- patient and family e-mails and portal messages ---
    (
        "From: bernadette.quigley77@eirmail.example\nTo: retina.bookings@uhg-eye.example\nSent: 22 November 2026 21:47\n"
        "Subject: appt for my father\n\nhi, my dad Paddy Quigley (MRN 2287441) has his injection on the 3rd but he has "
        "no way in from Athenry. can ye move it to the 10th? my number is 085 227 4109. thanks, Bernie",
        [
            ("EMAIL", "bernadette.quigley77@eirmail.example"),
            ("EMAIL", "retina.bookings@uhg-eye.example"),
            ("DATE", "22 November 2026"),
            ("NAME", "Paddy Quigley"),
            ("MRN", "2287441"),
            ("DATE", "3rd"),
            ("ADDRESS", "Athenry"),
            ("DATE", "10th"),
            ("PHONE", "085 227 4109"),
            ("NAME", "Bernie"),
        ],
    ),
    (
        "Portal message from patient (Kwame Asiedu-Barnes, #8812047), 11/21/2026 6:02 PM: hey doc, the left eye "
        "is way blurrier since the shot on monday 11/16. is that normal?? im at 2219 Magnolia Trl, Decatur GA 30032 "
        "if someone can send the leaflet. cell 404-555-0178 is best. ty",
        [
            ("NAME", "Kwame Asiedu-Barnes"),
            ("MRN", "8812047"),
            ("DATE", "11/21/2026"),
            ("DATE", "11/16"),
            ("ADDRESS", "2219 Magnolia Trl"),
            ("ADDRESS", "Decatur"),
            ("ZIP", "30032"),
            ("PHONE", "404-555-0178"),
        ],
    ),
    (
        "email from pt: 'Dear eye clinic, i am writing for my grandmother mrs sushila devi agarwal, 92 years old. "
        "she got letter for 30 nov but she is in Jaipur till 15 december. please give date after that. her file "
        "number is AIIMS-RC-448120. regards rohit agarwal, rohit.agarwal.1994@inmail.example, +91 98290 44712'",
        [
            ("NAME", "sushila devi"),
            ("NAME", "agarwal"),
            ("AGE", "92"),
            ("DATE", "30 nov"),
            ("ADDRESS", "Jaipur"),
            ("DATE", "15 december"),
            ("MRN", "AIIMS-RC-448120"),
            ("NAME", "rohit"),
            ("NAME", "agarwal"),
            ("EMAIL", "rohit.agarwal.1994@inmail.example"),
            ("PHONE", "+91 98290 44712"),
        ],
    ),
    (
        "Subject: RE: eye drops\nHello Nurse Comfort, Thank you for calling yesterday. My husband Tobias Achterberg "
        "still cannot see well after the laser on 17/11. Can he have the bottle of Maxitrol posted to 5 Kerkstraat Lane, "
        "Paradise, NL A1L 2M3? Regards, Henrietta (h.achterberg@nfldmail.example, 709-782-4410)",
        [
            ("NAME", "Comfort"),
            ("NAME", "Tobias Achterberg"),
            ("DATE", "17/11"),
            ("ADDRESS", "5 Kerkstraat Lane"),
            ("ADDRESS", "Paradise"),
            ("ZIP", "A1L 2M3"),
            ("NAME", "Henrietta"),
            ("EMAIL", "h.achterberg@nfldmail.example"),
            ("PHONE", "709-782-4410"),
        ],
    ),
    (
        "Portal msg 24/11/2026 09:12 from 'joy mensah-clarke': morning, its joy. mums appointment letter (Dorcas "
        "Mensah-Clarke, hosp no. 5520918) says 1 dec but the text said 8 dec?? which one. also we moved - new "
        "address is 40 Saltwell Terrace, Gateshead NE8 4XB. ta",
        [
            ("DATE", "24/11/2026"),
            ("NAME", "joy"),
            ("NAME", "mensah-clarke"),
            ("NAME", "joy"),
            ("NAME", "Dorcas Mensah-Clarke"),
            ("MRN", "5520918"),
            ("DATE", "1 dec"),
            ("DATE", "8 dec"),
            ("ADDRESS", "40 Saltwell Terrace"),
            ("ADDRESS", "Gateshead"),
            ("ZIP", "NE8 4XB"),
        ],
    ),
    (
        "From: Mdm Lim Siew Hoon <siewhoon.lim52@sgmail.example>\nDate: Mon, 23 Nov 2026 07:58 +0800\n"
        "Dear Doctor, I cannot come on 1 Dec because my maid is away. My IC is S5207736D. Can reschedule to "
        "after 10 Dec? Call me 8126 4470. Thank you. Lim",
        [
            ("NAME", "Lim"),
            ("NAME", "Siew Hoon"),
            ("EMAIL", "siewhoon.lim52@sgmail.example"),
            ("DATE", "23 Nov 2026"),
            ("DATE", "1 Dec"),
            ("MRN", "S5207736D"),
            ("DATE", "10 Dec"),
            ("PHONE", "8126 4470"),
            ("NAME", "Lim"),
        ],
    ),
    # --- transport, interpreter and billing correspondence ---
    (
        "Patient transport booking ref PTS-884120. Pick-up: Mr Alfonso Breckenridge-Ude, 3 Tannery Row, Diss IP22 4LT, "
        "07:15 on 01/12/2026 for 09:00 injection. Wheelchair, escort (wife Perpetua). Driver: Stanislav Horvat, "
        "vehicle reg KX71 HGB. Booking line 0345 602 1199.",
        [
            ("NAME", "Alfonso Breckenridge-Ude"),
            ("ADDRESS", "3 Tannery Row"),
            ("ADDRESS", "Diss"),
            ("ZIP", "IP22 4LT"),
            ("DATE", "01/12/2026"),
            ("NAME", "Perpetua"),
            ("NAME", "Stanislav Horvat"),
            ("VEHICLE", "KX71 HGB"),
            ("PHONE", "0345 602 1199"),
        ],
    ),
    (
        "Community transport (NSW) confirmation: passenger Beryl Tonkin-Afolabi, 91, from 16 Rankin St, Bathurst 2795 "
        "to eye clinic 2 Dec 26, 7.45am. Vehicle: Toyota HiAce rego BT-42-KL. Volunteer driver Merv Doolan, licence "
        "no. 18447290. Contact Bathurst Community Transport 02 6331 4870.",
        [
            ("NAME", "Beryl Tonkin-Afolabi"),
            ("AGE", "91"),
            ("ADDRESS", "16 Rankin St"),
            ("ADDRESS", "Bathurst"),
            ("ZIP", "2795"),
            ("DATE", "2 Dec 26"),
            ("VEHICLE", "BT-42-KL"),
            ("NAME", "Merv Doolan"),
            ("LICENSE", "18447290"),
            ("PHONE", "02 6331 4870"),
        ],
    ),
    (
        "Interpreter request: language Tigrinya (male interpreter preferred). Patient Tesfay Gebremedhin, MRN "
        "40228817, appt 03/12/2026 10:30 retina clinic. Booked: Interpreter Semhar Haile, ID INT-55018, mob 07544 908 113. "
        "Requested by Oluchi, clinic clerk, ext 2207.",
        [
            ("NAME", "Tesfay Gebremedhin"),
            ("MRN", "40228817"),
            ("DATE", "03/12/2026"),
            ("NAME", "Semhar Haile"),
            ("PHONE", "07544 908 113"),
            ("NAME", "Oluchi"),
        ],
    ),
    (
        "Interpreter log: Cantonese via phone, 19 Nov 2026, 11:05-11:32. Interpreter no. 72215 (Ms Kwok Wai-Yee). "
        "Patient Chan Tak-Ming, UR 2290014. Consent for PPV discussed. Clinician: Dr Oluwatosin Hargreaves.",
        [
            ("DATE", "19 Nov 2026"),
            ("NAME", "Kwok Wai-Yee"),
            ("NAME", "Chan Tak-Ming"),
            ("MRN", "2290014"),
            ("NAME", "Oluwatosin Hargreaves"),
        ],
    ),
    (
        "INVOICE No. INV-2026-118804  Date: 24/11/2026. Bill to: Mr Dinesh Raghavan, 17 Clementi Ave 2, #04-33, "
        "Singapore 120017. Account no. 0088-44120-7. Item: intravitreal injection (ranibizumab) R, S$ 1,240.00. "
        "MediShield Life claim ref ML26-0933817. Enquiries: billing@eyeclinic-sg.example, 6472 1180.",
        [
            ("ACCOUNT", "INV-2026-118804"),
            ("DATE", "24/11/2026"),
            ("NAME", "Dinesh Raghavan"),
            ("ADDRESS", "17 Clementi Ave 2, #04-33"),
            ("ZIP", "120017"),
            ("ACCOUNT", "0088-44120-7"),
            ("INSURANCE", "ML26-0933817"),
            ("EMAIL", "billing@eyeclinic-sg.example"),
            ("PHONE", "6472 1180"),
        ],
    ),
    (
        "Billing query - Guarantor: Rosalind Vasquez-Ibarra, acct #A0073318842, 918 Pecan Hollow Rd, Round Rock, TX 78664. "
        "Claim for CPT 67028-RT DOS 10/27/2026 denied; primary Aetna member ID W281947736, group 0088142-0001. "
        "Please resubmit with NPI 1487702931. - Claims, ph 512-341-0092, fax 512-341-0095",
        [
            ("NAME", "Rosalind Vasquez-Ibarra"),
            ("ACCOUNT", "A0073318842"),
            ("ADDRESS", "918 Pecan Hollow Rd"),
            ("ADDRESS", "Round Rock"),
            ("ZIP", "78664"),
            ("DATE", "10/27/2026"),
            ("INSURANCE", "W281947736"),
            ("INSURANCE", "0088142-0001"),
            ("LICENSE", "1487702931"),
            ("PHONE", "512-341-0092"),
            ("FAX", "512-341-0095"),
        ],
    ),
    (
        "Private patient: pre-authorisation for Mrs Annelise du Plessis-Ward, Bupa membership 882 301 447 02, "
        "authorisation AUTH-7745120, for 3 x aflibercept injections starting 14/12/2026. Self-pay excess invoiced on "
        "account PP-41187. Secretary: Marnie Colquhoun, 0117 970 2284, marnie.colquhoun@privateeye.example.",
        [
            ("NAME", "Annelise du Plessis-Ward"),
            ("INSURANCE", "882 301 447 02"),
            ("INSURANCE", "AUTH-7745120"),
            ("DATE", "14/12/2026"),
            ("ACCOUNT", "PP-41187"),
            ("NAME", "Marnie Colquhoun"),
            ("PHONE", "0117 970 2284"),
            ("EMAIL", "marnie.colquhoun@privateeye.example"),
        ],
    ),
    (
        "PM-JAY claim: beneficiary Smt. Rukmini Bai Meena, PM-JAY ID PMJ7K44X19Q, Aadhaar-linked; procedure "
        "vitrectomy (package SE019A) on 16-11-2026 at empanelled hospital. Claim no. CLM/RJ/26/0918843. Bill no. "
        "RJ-EYE-B-55021. Address: Ward 12, Gandhi Nagar, Bundi 323001.",
        [
            ("NAME", "Rukmini Bai Meena"),
            ("INSURANCE", "PMJ7K44X19Q"),
            ("DATE", "16-11-2026"),
            ("INSURANCE", "CLM/RJ/26/0918843"),
            ("ACCOUNT", "RJ-EYE-B-55021"),
            ("ADDRESS", "Ward 12, Gandhi Nagar"),
            ("ADDRESS", "Bundi"),
            ("ZIP", "323001"),
        ],
    ),
    (
        "Statement of account: Patient Emmanuel Chukwuemeka Ibekwe. Account 3300-71842. HMO: enrollee no. "
        "HYG/0419/88172/A. Services 02/11/2026-20/11/2026: OCT x2, FFA x1, anti-VEGF x1. Balance NGN 184,500. "
        "Pay to the account at the hospital cashier or call 0909 118 3471.",
        [
            ("NAME", "Emmanuel Chukwuemeka Ibekwe"),
            ("ACCOUNT", "3300-71842"),
            ("INSURANCE", "HYG/0419/88172/A"),
            ("DATE", "02/11/2026"),
            ("DATE", "20/11/2026"),
            ("PHONE", "0909 118 3471"),
        ],
    ),
    (
        "Medical aid claim (Zimbabwe): member Gift Marufu, PSMAS no. 10447728-02, dependant Memory Marufu (wife). "
        "Invoice MUT-OPH-2026/3318 for laser 05.11.2026. Practice no. 0298441. Address: 9 Fern Valley Rd, Mutare.",
        [
            ("NAME", "Gift"),
            ("NAME", "Marufu"),
            ("INSURANCE", "10447728-02"),
            ("NAME", "Memory"),
            ("NAME", "Marufu"),
            ("ACCOUNT", "MUT-OPH-2026/3318"),
            ("DATE", "05.11.2026"),
            ("LICENSE", "0298441"),
            ("ADDRESS", "9 Fern Valley Rd"),
            ("ADDRESS", "Mutare"),
        ],
    ),
    (
        "ACC claim (NZ): claimant Tamati Rewi-Holloway, claim no. 10076638214, injury date 14/09/2026 (paintball to R eye, "
        "commotio retinae + macular hole). ACC45 lodged by Dr Yvette Scholtz, MCNZ 48812. Claimant address 61 Ruru Rd, "
        "Taupō 3330.",
        [
            ("NAME", "Tamati Rewi-Holloway"),
            ("INSURANCE", "10076638214"),
            ("DATE", "14/09/2026"),
            ("NAME", "Yvette Scholtz"),
            ("LICENSE", "48812"),
            ("ADDRESS", "61 Ruru Rd"),
            ("ADDRESS", "Taupō"),
            ("ZIP", "3330"),
        ],
    ),
    (
        "Driving / DVLA: Mr Lindsay Hockaday-Osei, licence no. HOCKA610128L99RT, informed 25/11/2026 that he does not meet "
        "the field standard (Esterman 96/120 with central defect). Letter sent to 7 Tollgate Close, Bury BL9 6QE.",
        [
            ("NAME", "Lindsay Hockaday-Osei"),
            ("LICENSE", "HOCKA610128L99RT"),
            ("DATE", "25/11/2026"),
            ("ADDRESS", "7 Tollgate Close"),
            ("ADDRESS", "Bury"),
            ("ZIP", "BL9 6QE"),
        ],
    ),
    (
        "Parking/transport reimbursement (Ireland): Mrs Nóirín de Búrca, claim for 4 trips Clones-Cavan, car reg "
        "182-MN-4471, Oct-Nov 2026. Medical card 4418271L. Pay to IBAN on file, ref TRV-20933.",
        [
            ("NAME", "Nóirín de Búrca"),
            ("ADDRESS", "Clones"),
            ("ADDRESS", "Cavan"),
            ("VEHICLE", "182-MN-4471"),
            ("DATE", "Oct-Nov 2026"),
            ("INSURANCE", "4418271L"),
            ("ACCOUNT", "TRV-20933"),
        ],
    ),
    # --- audit and export snippets ---
    (
        "audit_log 2026-11-24T08:14:52Z user=ahmed.s.rahman src_ip=10.42.17.203 action=VIEW patient_mrn=7718823 "
        "record=OCT_2026-11-23 result=OK\n"
        "audit_log 2026-11-24T08:15:10Z user=ahmed.s.rahman src_ip=10.42.17.203 action=EXPORT patient_mrn=7718823 "
        "dest=//fs-eye02/exports/7718823_faf.zip",
        [
            ("DATE", "2026-11-24"),
            ("NAME", "ahmed.s.rahman"),
            ("IP", "10.42.17.203"),
            ("MRN", "7718823"),
            ("DATE", "2026-11-23"),
            ("DATE", "2026-11-24"),
            ("NAME", "ahmed.s.rahman"),
            ("IP", "10.42.17.203"),
            ("MRN", "7718823"),
            ("MRN", "7718823"),
        ],
    ),
    (
        'CSV export row: "40917733","OYELARAN-PIKE","Bolanle","1949-03-08","F","12 Kestrel Heights",'
        '"Wool","BH20 6DF","07865 330 271","nAMD R","2026-11-12","faricimab"',
        [
            ("MRN", "40917733"),
            ("NAME", "OYELARAN-PIKE"),
            ("NAME", "Bolanle"),
            ("DATE", "1949-03-08"),
            ("ADDRESS", "12 Kestrel Heights"),
            ("ADDRESS", "Wool"),
            ("ZIP", "BH20 6DF"),
            ("PHONE", "07865 330 271"),
            ("DATE", "2026-11-12"),
        ],
    ),
    (
        "Registry upload failed for record 2026-RET-0419 (patient UR 00811274, DOB 04/04/1940, postcode 3377). "
        "Client 192.168.40.77 -> server 203.0.113.58:443. Contact registry helpdesk at data@ausretinareg.example. "
        "Uploaded by: c.wickramasinghe",
        [
            ("MRN", "00811274"),
            ("DATE", "04/04/1940"),
            ("ZIP", "3377"),
            ("IP", "192.168.40.77"),
            ("IP", "203.0.113.58"),
            ("EMAIL", "data@ausretinareg.example"),
            ("NAME", "c.wickramasinghe"),
        ],
    ),
    (
        "HL7 ADT^A08 PID|1||M4418207^^^RVEH^MR~9031447712^^^NHS^NH||Delahunty-Achebe^Corrigan^J||19530917|M|||"
        "22 Lough Shore Rd^^Portadown^^BT62 1QA||028 3833 4471|||",
        [
            ("MRN", "M4418207"),
            ("MRN", "9031447712"),
            ("NAME", "Delahunty-Achebe^Corrigan^J"),
            ("DATE", "19530917"),
            ("ADDRESS", "22 Lough Shore Rd"),
            ("ADDRESS", "Portadown"),
            ("ZIP", "BT62 1QA"),
            ("PHONE", "028 3833 4471"),
        ],
    ),
    (
        "DICOM header dump: (0010,0010) PatientName = MUCHENJE^Tatenda; (0010,0020) PatientID = HRE-0041187; "
        "(0010,0030) PatientBirthDate = 19780611; (0008,0020) StudyDate = 20261119; (0018,1000) DeviceSerialNumber = "
        "CZM-5000-41872; (0008,0090) ReferringPhysicianName = Ndlovu^Sipho; StationName = OCT-RM2.",
        [
            ("NAME", "MUCHENJE^Tatenda"),
            ("MRN", "HRE-0041187"),
            ("DATE", "19780611"),
            ("DATE", "20261119"),
            ("DEVICE", "CZM-5000-41872"),
            ("NAME", "Ndlovu^Sipho"),
        ],
    ),
    (
        "Image link shared with external reviewer (expires 7 days): https://imaging.retina-portal.example/share/"
        "v/8f3k2q-19a7-44ce?pid=5530182 - sent by Dr Ffion Hughes-Abara to pascal.nguyen-tremblay@uqam-eye.example "
        "on 25/11/2026.",
        [
            ("URL", "https://imaging.retina-portal.example/share/v/8f3k2q-19a7-44ce?pid=5530182"),
            ("NAME", "Ffion Hughes-Abara"),
            ("EMAIL", "pascal.nguyen-tremblay@uqam-eye.example"),
            ("DATE", "25/11/2026"),
        ],
    ),
    (
        "Data-quality report 30/11/26: duplicate records found - (a) MRN 6620417 'Ngozi Adaora Eke' DOB 02/02/1961 and "
        "(b) MRN 6620471 'Ngozi A. Eke' DOB 02/02/1961; both at 4 Linden Grove, Hexham NE46 3PQ. Merged by IT (ticket "
        "INC0884127) - analyst nkemi.obasi.",
        [
            ("DATE", "30/11/26"),
            ("MRN", "6620417"),
            ("NAME", "Ngozi Adaora Eke"),
            ("DATE", "02/02/1961"),
            ("MRN", "6620471"),
            ("NAME", "Ngozi A. Eke"),
            ("DATE", "02/02/1961"),
            ("ADDRESS", "4 Linden Grove"),
            ("ADDRESS", "Hexham"),
            ("ZIP", "NE46 3PQ"),
            ("NAME", "nkemi.obasi"),
        ],
    ),
    (
        "Home monitoring alert: ForeseeHome device SN FH-2207841 (patient Isaac Levitan-Addo, MRN 3391047) flagged "
        "change OS on 21 Nov 2026 02:14. Device registered to 88 Wexford Ct, Hummelstown, PA 17036; monitoring centre "
        "1-888-555-0142. Patient informed by Kayla Brandt-Osei, tech.",
        [
            ("DEVICE", "FH-2207841"),
            ("NAME", "Isaac Levitan-Addo"),
            ("MRN", "3391047"),
            ("DATE", "21 Nov 2026"),
            ("ADDRESS", "88 Wexford Ct"),
            ("ADDRESS", "Hummelstown"),
            ("ZIP", "17036"),
            ("PHONE", "1-888-555-0142"),
            ("NAME", "Kayla Brandt-Osei"),
        ],
    ),
    (
        "MRI safety check before orbital MRI: Mr Olumide Fagbenle, MRN 2019773, has a pacemaker (serial PJN718204R) "
        "and an insulin pump (serial NG-4471208). Cardiac physiologist Dr Saoirse Kinsella contacted 23/11. "
        "Not MRI-conditional - CT instead.",
        [
            ("NAME", "Olumide Fagbenle"),
            ("MRN", "2019773"),
            ("DEVICE", "PJN718204R"),
            ("DEVICE", "NG-4471208"),
            ("NAME", "Saoirse Kinsella"),
            ("DATE", "23/11"),
        ],
    ),
    (
        "Implant card transcribed: Ahmed Valve FP7, SN 8R44172 (L eye, 12 Mar 2024, Mr Okoye). Patient Seun "
        "Abiodun-Grey now presents with tube exposure. Also IOL (SN60WF 21.0 D) serial 117044281.017 in same eye.",
        [
            ("DEVICE", "8R44172"),
            ("DATE", "12 Mar 2024"),
            ("NAME", "Okoye"),
            ("NAME", "Seun Abiodun-Grey"),
            ("DEVICE", "117044281.017"),
        ],
    ),
    (
        "CGM reader linked to portal: FreeStyle sensor serial 0M00A7KX4T, reader serial MAWGF11247 - patient "
        "Chiamaka Obiora-Lund, MRN 8830211. Diabetes nurse Philippa Oduya, 01752 431 908.",
        [
            ("DEVICE", "0M00A7KX4T"),
            ("DEVICE", "MAWGF11247"),
            ("NAME", "Chiamaka Obiora-Lund"),
            ("MRN", "8830211"),
            ("NAME", "Philippa Oduya"),
            ("PHONE", "01752 431 908"),
        ],
    ),
    (
        "Argus II follow-up: implant serial 11-2284 (R eye, implanted 06/2019). Patient Harlan Whitcombe, 90, "
        "MRN 00418822. Video processing unit serial VPU-40718. Next check 15 March 2027.",
        [
            ("DEVICE", "11-2284"),
            ("DATE", "06/2019"),
            ("NAME", "Harlan Whitcombe"),
            ("AGE", "90"),
            ("MRN", "00418822"),
            ("DEVICE", "VPU-40718"),
            ("DATE", "15 March 2027"),
        ],
    ),
    # --- dictation transcripts ---
    (
        "dictation start. letter to doctor amara nwachukwu-fox at the bridge street practice, copy to patient. "
        "re mister lionel birtwistle date of birth fourteenth of february nineteen forty three hospital number "
        "k as in kilo seven seven one nine four zero two. seen today the twenty third of november. "
        "he lives at number nine prospect hill, looe, post code p l thirteen one e z. new paragraph. stable "
        "macular scar left eye full stop. dictation end. transcribed by bw.",
        [
            ("NAME", "amara nwachukwu-fox"),
            ("NAME", "lionel birtwistle"),
            ("DATE", "fourteenth of february nineteen forty three"),
            ("MRN", "k as in kilo seven seven one nine four zero two"),
            ("DATE", "twenty third of november"),
            ("ADDRESS", "number nine prospect hill"),
            ("ADDRESS", "looe"),
            ("ZIP", "p l thirteen one e z"),
            ("NAME", "bw"),
        ],
    ),
    (
        "Voice-recognition draft (uncorrected): Thank you for referring Mrs Grace Oteng-Ferris who is ninety one. "
        "She attended with her son Kojo on the 20th of Nov. Her phone number is oh seven nine six six, four four one, "
        "two zero eight. Plan: observe. Dr Hollis (dictated, not read).",
        [
            ("NAME", "Grace Oteng-Ferris"),
            ("AGE", "ninety one"),
            ("NAME", "Kojo"),
            ("DATE", "20th of Nov"),
            ("PHONE", "oh seven nine six six, four four one, two zero eight"),
            ("NAME", "Hollis"),
        ],
    ),
    # --- MDT, governance, research ---
    (
        "Ocular oncology MDT 18/11/2026: (1) Olamide Fashola-Krause, 41, MRN 3301882 - choroidal naevus vs melanoma, "
        "thickness 2.4 mm; monitor. (2) Ewart Pennington-Mbah, MRN 3300419 - refer to Dr Leibowitz at the tertiary "
        "centre, fax 0114 271 3399.",
        [
            ("DATE", "18/11/2026"),
            ("NAME", "Olamide Fashola-Krause"),
            ("MRN", "3301882"),
            ("NAME", "Ewart Pennington-Mbah"),
            ("MRN", "3300419"),
            ("NAME", "Leibowitz"),
            ("FAX", "0114 271 3399"),
        ],
    ),
    (
        "Incident report IR-26-4471: wrong-eye consent form nearly used for patient Ms Clementine Adu-Boahen "
        "(MRN 5501928) on 12/11/2026; stopped at WHO time-out by ODP Mateusz Kaczmarek. Reporter: Sr Bernadette Oyelade.",
        [
            ("NAME", "Clementine Adu-Boahen"),
            ("MRN", "5501928"),
            ("DATE", "12/11/2026"),
            ("NAME", "Mateusz Kaczmarek"),
            ("NAME", "Bernadette Oyelade"),
        ],
    ),
    (
        "Complaint acknowledgement, ref PALS/26/3318. Dear Mr Okwudili Nnamdi-Harper, 71 Foxglove Road, Hull HU5 2TR, "
        "we received your email of 16 November regarding the cancelled injection. Ms Harriet Lowther, Patient Experience.",
        [
            ("NAME", "Okwudili Nnamdi-Harper"),
            ("ADDRESS", "71 Foxglove Road"),
            ("ADDRESS", "Hull"),
            ("ZIP", "HU5 2TR"),
            ("DATE", "16 November"),
            ("NAME", "Harriet Lowther"),
        ],
    ),
    (
        "Research: MACULA-2 trial participant, NHS no. 621 447 0983 held on consent log only. "
        "Consented 05/11/2026 by research nurse Temperance Adeyinka; PI Prof. Radhika Suresh-Bell.",
        [
            ("MRN", "621 447 0983"),
            ("DATE", "05/11/2026"),
            ("NAME", "Temperance Adeyinka"),
            ("NAME", "Radhika Suresh-Bell"),
        ],
    ),
    (
        "ROP screening (NICU) 24/11/2026: Baby of Chipo Mandaza, twin 2, GA 27+3, BW 890 g, NICU no. PGH-N-26-0917. "
        "Stage 2 zone II no plus R; stage 1 L. Review 1/52. Examiner: Dr Rutendo Chigwedere.",
        [
            ("DATE", "24/11/2026"),
            ("NAME", "Chipo Mandaza"),
            ("MRN", "PGH-N-26-0917"),
            ("NAME", "Rutendo Chigwedere"),
        ],
    ),
    (
        "Genetics: pedigree - proband Lindiwe Mahlangu-Reid (b. 03/1988), mother Thandeka (affected, RP), maternal "
        "uncle Sibusiso (affected). Sample sent 09/11/2026. Lab contact genetics.retina@genlab.example.",
        [
            ("NAME", "Lindiwe Mahlangu-Reid"),
            ("DATE", "03/1988"),
            ("NAME", "Thandeka"),
            ("NAME", "Sibusiso"),
            ("DATE", "09/11/2026"),
            ("EMAIL", "genetics.retina@genlab.example"),
        ],
    ),
    # --- short jottings and miscellany ---
    (
        "seen w/ granddaughter Iris. Iris clamp not needed. VA 6/12.",
        [("NAME", "Iris")],
    ),
    (
        "pt says rob from the pharmacy gave her the wrong drops. 0771 440 2186",
        [("NAME", "rob"), ("PHONE", "0771 440 2186")],
    ),
    (
        "Msg for Dr Baines: Mrs Cheddar-Ross's daughter Willow called, pls ring back 07903 550 418 after 4pm.",
        [("NAME", "Baines"), ("NAME", "Cheddar-Ross"), ("NAME", "Willow"), ("PHONE", "07903 550 418")],
    ),
    (
        "Chattogram camp list: 7. Nurul Alam Siddiqui, 66, Halishahar H/E Block K Road 3, mob 01816 227 390.",
        [
            ("ADDRESS", "Chattogram"),
            ("NAME", "Nurul Alam Siddiqui"),
            ("ADDRESS", "Halishahar H/E Block K Road 3"),
            ("PHONE", "01816 227 390"),
        ],
    ),
    (
        "Fax cover: To Dr Emeka Adichie-Moore, fax 020 7946 0813. From Retina Secretaries, fax 020 7946 0820. "
        "Pages 3. Re: MRN 2207714.",
        [
            ("NAME", "Emeka Adichie-Moore"),
            ("FAX", "020 7946 0813"),
            ("FAX", "020 7946 0820"),
            ("MRN", "2207714"),
        ],
    ),
    (
        "Colombo clinic: Mr W.A.D. Nishantha Perera, 32/1 Galle Rd, Dehiwala, tel 011 271 8845, clinic no 26/RC/3318, "
        "appt 07.12.2026.",
        [
            ("NAME", "W.A.D. Nishantha Perera"),
            ("ADDRESS", "32/1 Galle Rd"),
            ("ADDRESS", "Dehiwala"),
            ("PHONE", "011 271 8845"),
            ("MRN", "26/RC/3318"),
            ("DATE", "07.12.2026"),
        ],
    ),
    (
        "Cebu referral: Ma. Cristina Sarmiento-Uy, 1144 Gen. Maxilom Ave, Cebu City 6000, 0932 118 4720, "
        "for vitrectomy; follow-up 12/09/26 (Dec 9).",
        [
            ("NAME", "Ma. Cristina Sarmiento-Uy"),
            ("ADDRESS", "1144 Gen. Maxilom Ave"),
            ("ADDRESS", "Cebu City"),
            ("ZIP", "6000"),
            ("PHONE", "0932 118 4720"),
            ("DATE", "12/09/26"),
            ("DATE", "Dec 9"),
        ],
    ),
    (
        "Chitungwiza clinic, 11 Nov: Mrs Fortunate Zvobgo, Stand 4471 Unit L, Seke, Chitungwiza, cell 0772 318 449, "
        "vision R 6/60 after RD.",
        [
            ("ADDRESS", "Chitungwiza"),
            ("DATE", "11 Nov"),
            ("NAME", "Fortunate Zvobgo"),
            ("ADDRESS", "Stand 4471 Unit L"),
            ("ADDRESS", "Seke"),
            ("ADDRESS", "Chitungwiza"),
            ("PHONE", "0772 318 449"),
        ],
    ),
    (
        "Parent letter: Dear Mr and Mrs Featherby, Oscar's follow-up for Coats disease is on Tuesday 8 December 2026 "
        "at 2.15pm. Please bring his glasses.",
        [("NAME", "Featherby"), ("NAME", "Oscar"), ("DATE", "8 December 2026")],
    ),
    (
        "Occupational health: Constable Ruby Adebanjo-Marsh, response car YK19 OPF, "
        "fit to drive after CSCR resolved (VA 6/5 each eye), review 02/2027.",
        [
            ("NAME", "Ruby Adebanjo-Marsh"),
            ("VEHICLE", "YK19 OPF"),
            ("DATE", "02/2027"),
        ],
    ),
    (
        "Canada: Mme Ghislaine Thibodeau-N'Diaye, RAMQ THIG 4712 1588, 1187 rue des Érables, Rimouski QC G5L 3V8, "
        "tél. 418-722-0934. Injection OD le 19 nov 2026.",
        [
            ("NAME", "Ghislaine Thibodeau-N'Diaye"),
            ("INSURANCE", "THIG 4712 1588"),
            ("ADDRESS", "1187 rue des Érables"),
            ("ADDRESS", "Rimouski"),
            ("ZIP", "G5L 3V8"),
            ("PHONE", "418-722-0934"),
            ("DATE", "19 nov 2026"),
        ],
    ),
    (
        "Saskatchewan: Mr Everett Moosomin-Clarke, HSN 880 447 213, Box 118, Moose Jaw SK S6H 4N9, 306-693-2281. "
        "Taxi voucher issued, plate 918 KXR.",
        [
            ("NAME", "Everett Moosomin-Clarke"),
            ("INSURANCE", "880 447 213"),
            ("ADDRESS", "Box 118"),
            ("ADDRESS", "Moose Jaw"),
            ("ZIP", "S6H 4N9"),
            ("PHONE", "306-693-2281"),
            ("VEHICLE", "918 KXR"),
        ],
    ),
    (
        "Patient-specific link for results: https://myeye.health-portal.example/r/LQ8D-22K7 (for Aroha Pomare only). "
        "Login help: 0800 938 441.",
        [
            ("URL", "https://myeye.health-portal.example/r/LQ8D-22K7"),
            ("NAME", "Aroha Pomare"),
            ("PHONE", "0800 938 441"),
        ],
    ),
    (
        "Telehealth: video visit URL https://vc.eyecare-au.example/join/7741-2209-kb sent to Mr Ngaio Strickland "
        "(ngaio.strick@bigpond.example) for 01/12/2026 3pm AEDT.",
        [
            ("URL", "https://vc.eyecare-au.example/join/7741-2209-kb"),
            ("NAME", "Ngaio Strickland"),
            ("EMAIL", "ngaio.strick@bigpond.example"),
            ("DATE", "01/12/2026"),
        ],
    ),
    (
        "Remote access warning: login for user kposey from 81.2.69.160 (unrecognised) at 02:13; account locked. "
        "Previous login 10.8.0.14 on 22/11.",
        [("NAME", "kposey"), ("IP", "81.2.69.160"), ("IP", "10.8.0.14"), ("DATE", "22/11")],
    ),
    (
        "Police request (Section 29) re: vehicle VIN 1HGCV2F39NA018847, driver Mr Darnell Okafor-Bright, collision "
        "26/10/2026; asks whether retinal findings affected driving. Forwarded to Caldicott guardian.",
        [
            ("VEHICLE", "1HGCV2F39NA018847"),
            ("NAME", "Darnell Okafor-Bright"),
            ("DATE", "26/10/2026"),
        ],
    ),
    (
        "Sick certificate: This is to certify that Mr Oladipo Ayinde-Grant was examined on 23rd Nov 2026 and is unfit "
        "for work until 07/12/2026 following vitrectomy. Dr Temitope Bankole-Smart, MDCN/R/71920.",
        [
            ("NAME", "Oladipo Ayinde-Grant"),
            ("DATE", "23rd Nov 2026"),
            ("DATE", "07/12/2026"),
            ("NAME", "Temitope Bankole-Smart"),
            ("LICENSE", "MDCN/R/71920"),
        ],
    ),
    (
        "Nurse practitioner note: Jun Hao (son) translating for Mr Goh Kah Wee, 90 yrs, S1847730B, Blk 52 Lengkok Bahru "
        "#11-402 S(150052). Son HP 9330 1187.",
        [
            ("NAME", "Jun Hao"),
            ("NAME", "Goh Kah Wee"),
            ("AGE", "90"),
            ("MRN", "S1847730B"),
            ("ADDRESS", "Blk 52 Lengkok Bahru #11-402"),
            ("ZIP", "150052"),
            ("PHONE", "9330 1187"),
        ],
    ),
    (
        "Medicaid transport: member ID 4471-882-09 (Delphine Broussard), pickup 2408 Rue Royale, Breaux Bridge LA 70517, "
        "12/03/2026 0700. Vehicle plate 847 CXT, driver Anselm Guidry.",
        [
            ("INSURANCE", "4471-882-09"),
            ("NAME", "Delphine Broussard"),
            ("ADDRESS", "2408 Rue Royale"),
            ("ADDRESS", "Breaux Bridge"),
            ("ZIP", "70517"),
            ("DATE", "12/03/2026"),
            ("VEHICLE", "847 CXT"),
            ("NAME", "Anselm Guidry"),
        ],
    ),
    (
        "Locum handover: pls review Mr May's OCT (MRN 0932218) - May is 97 and lives alone in Birr (Eircode R42 KX93).",
        [("NAME", "May"), ("MRN", "0932218"), ("NAME", "May"), ("AGE", "97"), ("ADDRESS", "Birr"), ("ZIP", "R42 KX93")],
    ),
]

CLEAN = [
    "Vision stable in both eyes. No new symptoms. Continue current treatment interval.",
    "OCT shows persistent intraretinal cysts at the fovea; central subfield thickness increased since the last visit.",
    "Patient tolerated the injection well. No pain, no discharge, counting fingers confirmed before leaving.",
    "Dilated fundus examination: flat retina, no breaks, no haemorrhage, disc healthy.",
    "Discussed the risks of the procedure including infection, raised pressure, retinal detachment and cataract.",
    "Posture face down for most of the day and sleep on the right side for the next week.",
    "Diabetic control has improved; the patient now checks blood sugar four times a day.",
    "Patient prefers morning appointments and will come with a relative who drives.",
    "Reduced vision is mainly due to the cataract; the macula looks dry today.",
    "Gas bubble still present above the horizontal meridian; retina attached under the bubble.",
    "Advised to avoid heavy lifting and swimming until the next review.",
    "No change in the appearance of the naevus compared with the previous photographs.",
    "The patient lives alone and uses a magnifier for reading; referred to the low vision service.",
    "Thank you for asking me to see this gentleman with gradually worsening central distortion.",
    "Consent obtained for the right eye; site marked; time-out completed in theatre.",
    "Telephone follow-up: no redness, no pain, vision as before. Will keep the planned appointment.",
    "Recommend blood pressure review with the family doctor as several haemorrhages are present.",
    "Both eyes show mild background changes without maculopathy; annual screening advised.",
    "The patient asked whether she could continue driving; she meets the standard at present.",
    "Silicone oil removal planned once the retina has been stable for three months.",
    "Interpreter present throughout the consultation; the patient understood the plan.",
    "Transport arranged for the next two appointments; the patient uses a wheelchair.",
    "Drops reconciled with the patient; the old bottles were discarded.",
    "Fluorescein angiography showed late leakage consistent with an active membrane.",
    "Missed appointment; letter sent and a new date offered.",
    "the pt says the floaters are less annoying now and the flashes have stopped",
    "no pain, no photophobia, vision same as last time, happy to continue",
    "Family history of macular degeneration in a parent; advised to stop smoking.",
    "Clinic running about forty minutes late because of an emergency in theatre.",
    "Discharged to the community optometrist with advice to return if symptoms change.",
]

CLEAN_STRESS = [
    "Watzke-Allen test positive; Amsler grid shows metamorphopsia superonasally. Weiss ring seen on B-scan.",
    "Stargardt disease vs Best vitelliform dystrophy vs Sorsby fundus dystrophy; ERG pending.",
    "Irvine-Gass CMO after phaco; started ketorolac 0.5% QDS and dexamethasone 0.1% QDS for 4/52.",
    "Aflibercept 2 mg/0.05 ml R, faricimab 6 mg/0.05 ml L; Lot 7C21M9, Lot H44721; next in 8/52.",
    "VA R 6/9 (LogMAR 0.18) L 6/60 PH 6/24; N8 at 30 cm; IOP 17/23 mmHg (Goldmann) at 10:40.",
    "ETDRS letters 72 R, 41 L; CST 289 um R, 514 um L; DRSS level 47; grading R2 M1 / R3A M0.",
    "Spectralis HRA+OCT, Heyex 2.6.1.0; Cirrus 6000 software 11.5.2; Optos California; IOLMaster 700.",
    "IOL: SN60WF 21.5 D; Tecnis ZCB00 22.0 D; Artisan aphakia lens; capsular tension ring 12/10 mm.",
    "ICD-10 H35.3211 and E11.3513; CPT 67028 and 92134; OPCS C79.4 and C86.1; HRG BZ87A.",
    "HbA1c 64 mmol/mol (8.0%), eGFR 52, BP 148/86, BMI 31.2, cholesterol 5.4 mmol/L, INR 2.6.",
    "Diagnosed with diabetes in 1998, laser 2009, vitrectomy 2017; on insulin since 2012.",
    "Follow-up 6/52, then 3/12 if dry; next field test in 12/12. Posture 5/7. Drops 2/7 post-op.",
    "Ishihara 17/17 R, 9/17 L; Pelli-Robson 1.35; Esterman 120/120; Humphrey 24-2 SITA Fast MD -4.12 dB.",
    "Hollenhorst plaque at the inferotemporal bifurcation; Roth spots and Elschnig spots absent.",
    "Vogt-Koyanagi-Harada vs Behçet uveitis vs Eales disease; Mantoux and QuantiFERON sent.",
    "Purtscher retinopathy after trauma; Terson syndrome excluded; Berlin oedema inferiorly.",
    "Ozurdex 700 micrograms implant; Iluvien 190 micrograms; Yutiq 0.18 mg; Susvimo 100 mg/ml.",
    "Scleral buckle 240 band with 276 tyre; cryo x 6; C3F8 14%; SF6 20%; oil 5000 cSt; 23G and 25G ports.",
    "Pascal 532 nm, 200 um, 20 ms, 250 mW, 1200 spots; micropulse 577 nm 5% duty cycle.",
    "Please bring your reading glasses. Hope the drops help. Will review sooner if the eye is no better; May need a second injection.",
    "Orange-red lesion at the macula; emerald green fluorescence on autofluorescence; sandy-looking drusen.",
    "Grace period for the repeat prescription; no joy with the first drops; it is a battle to instil them.",
    "Mark the right eye; Bill the private insurer; Frank pus in the anterior chamber - hypopyon 2 mm.",
    "Iris bombe excluded; rose bengal staining negative; ruby laser not used; hazel irides; amber drops.",
    "Normal fundus left eye. Reading speed 80 wpm with a +4.00 add. Street lighting causes glare; Bath chair used for transfer; a good deal of glare at night.",
    "Left eye worse than right eye; both eyes treated; OD, OS, OU; RE/LE; R>L; L only.",
    "Scores: PHQ-9 of 4, NEI VFQ-25 composite 71, Katz ADL 6, clinical frailty scale 4, MoCA 26/30.",
    "Teprotumumab trial excluded; avacincaptad pegol 2 mg and pegcetacoplan 15 mg/0.1 ml discussed for GA.",
    "Device model FH-01 monitoring programme discussed; Argus II no longer supported; PDS refill due.",
    "Heidelberg Eye Explorer 1.10.4.0 and Forum 4.3.0.8 updated; REF 8065751776 (catalogue number, not a serial); UDI-DI 00380652456781.",
    "Hess chart normal; Worth four-dot fusion; Maddox rod; Jones test; Schirmer 12 mm in 5 minutes.",
]

ARGUABLE = [
    "Hollis & Drew Opticians",
    "Bishop Street Surgery",
    "ClearSight Opticians",
    "Festac Family Clinic",
    "Deakin Eyecare",
    "Sri Murugan Eye Clinic",
    "Gore Eyecare",
    "Sakubva Medical Rooms",
    "Prairie Family Vision",
    "Black Isle Medical Group",
    "Central Highlands Healthcare",
    "Ife Road Eye Centre",
    "Clifton Road Surgery",
    "Specsavers Rugby",
    "UHCW",
    "NEH",
    "RVEH",
    "Battle Health Centre",
    "Nenagh Primary Care Centre",
    "Meadowbank Care Home",
    "Bathurst Community Transport",
    "bridge street practice",
    "CIMAS",
    "PSMAS",
    "PhilHealth",
    "MediShield Life",
    "Aetna",
    "Bupa",
    "e-RS UBRN 0417 2285 9036",
    "PTS-884120",
    "INT-55018",
    "72215",
    "GR-0417",
    "PALS/26/3318",
    "IR-26-4471",
    "INC0884127",
    "ACC7731084",
    "2026-RET-0419",
]
