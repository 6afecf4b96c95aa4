"""Held-out de-identification review set v8 for free-text ophthalmology notes: uncommon genres.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only
project text read was ``bench/deid_sets/score.py`` (for the file format) and the module
docstring of ``bench/deid_sets/review_v3.py`` (its lines 1-58, for the annotation conventions,
which this set follows). Neither the de-identifier nor ``score.py`` was run on this set while it
was written; the only checks run were a syntax check and a small script confirming that every
annotated substring occurs in its snippet at least as often as it is listed (counted the way
``score.py``'s ``_gold`` counts) and that each listed occurrence is the intended one.

All people, numbers, addresses and contact details are invented (street, suburb and town names
are real places or plausible ones; house numbers, postcodes and people are made up).

Theme
-----
Note genres that clinic-letter sets seldom cover, from the UK (England, Scotland, Wales),
Ireland, the US, Canada, Australia, New Zealand, South Africa, Singapore and India: letters to
GPs, referrals from optometrists (GOS18, e-referrals, faxed forms), operation notes, theatre
lists, appointment/booking/recall lists (pipes, tabs, semicolons, fixed columns), OCR'd scanned
referrals (broken spacing, l/1 and O/0 confusions, also inside some identifiers), spreadsheet
and CSV exports, HL7 v2 messages, FHIR JSON fragments, e-mail threads with signatures and quoted
replies, speech-to-text dictation without punctuation or capitals (identifiers spoken as words),
nursing handovers, anti-VEGF injection logs, diabetic eye screening grading reports, low-vision,
sight-impairment and disability certification forms, transport, parking and interpreter
bookings, telephone message slips, prescriptions, dispensing labels and pharmacy faxes,
complaint letters and patient-portal messages. Names of many origins (Igbo, Yoruba, Akan, Zulu,
Xhosa, Sotho, Afrikaans, Maori, Samoan, Tongan, Irish, Scottish, Welsh, Polish, Vietnamese,
Chinese, Malay, Tamil, Telugu, Kannada, Malayalam, Bengali, Punjabi, Hindi, Urdu, Dari,
Tigrinya, Somali, Inuit, Oji-Cree, Lakota, Navajo, Filipino ...), names that are English words
(Hope, Joy, Faith, Precious, Sunday, Frost, Brand, Reading, Wells, Bush, Pike, Sage, May, Rose,
June, Dot, Fortune ...), lower-case names in informal text, towns that are English words (Ware,
Street, Deal, Sandwich, Wool, March, Hope, Bath, Diss, Trim, Young, Orange, Eden, Bright, Sale,
Normal, Mobile, Liberty, Independence, Opportunity, George, Cardigan ...), a town that is also a
colleague's given name in the same letter (George), and clinical eponyms next to people who
share the name (Graves disease / Dr Abigail Graves, Hess chart / Wendell Hess, Horner syndrome /
Clement Horner, Bell's palsy / Hugh Bell, Marcus Gunn pupil / a nurse called Marcus) or near
other names (Weiss ring, Coats-like, Usher syndrome, Charles Bonnet, Fuchs, Hollenhorst,
Krukenberg, Ahmed valve; Best disease in CLEAN_STRESS).

Annotation choices beyond review_v3
-----------------------------------
* review_v3's kind for registration plates and VINs is ``VEHICLE``; that name is used here.
* HL7 v2: a name in component notation (``OKAFOR^Chinwe^Adaeze^^Mrs``) is one NAME span up to
  the last name component (prefix/title components are left out); a street component, a town
  component and a postcode component are separate ADDRESS / ADDRESS / ZIP spans; compact
  timestamps (``20261112093015``, ``19580226``) are DATE as a whole token, time included.
  Message control IDs, order/accession/placer numbers, facility codes and local practitioner
  codes are ARGUABLE.
* FHIR JSON: ``family`` and each ``given`` value are separate NAME spans; a ``text``/``display``
  full name is one span; ISO date-times (``2026-12-08T13:30:00-05:00``) are DATE as a whole
  token; a patient id inside a reference (``Patient/ZKT4410``) is marked without the
  ``Patient/`` prefix; a patient-specific portal link is one URL span even when it contains the
  MRN (the MRN elsewhere is marked on its own). Code-system URLs, OIDs and LOINC/SNOMED codes are
  not identifiers.
* Spoken identifiers in dictation are marked as spoken: ``k as in kilo seven seven four one zero
  nine`` (MRN), ``fourteenth of june nineteen forty one`` (DATE), ``nine eight four five ...``
  (PHONE), ``ninety one`` (AGE). The leading "the" of "the twentieth of november" is left out.
* OCR: identifiers are marked exactly as they appear, OCR errors and broken spacing included
  (``1 2/04/1951``, ``3l55 48291 1 - 2``, ``Hamish 0'Loughlin``, ``9 8 4 3 1 0 7 7 2 6``).
* In date-times written with a clock time outside compact/ISO tokens (e-mail headers
  "16 November 2026 08:12", "11/19/2026 9:47 PM") only the date part is marked.
* Irish "Co. Wicklow" style counties: the county name is marked without "Co.". Townlands,
  villages, districts and First Nations communities are ADDRESS like towns. A Singapore
  postcode written ``S(65O1O7)`` is marked as the six characters inside the brackets.
* LICENSE also covers US NPI and DEA numbers (also an NPI used as a FHIR Practitioner id or in
  an HL7 XCN component), optometry registrations (ODOB, AHPRA OPT) and interpreter credentials
  (NAATI, NRPSI).
* MRN also covers patient-specific case, client and certificate numbers of screening
  programmes, blindness commissions and disability boards. INSURANCE also covers government
  scheme numbers (CGHS card, NIHB client ID, Saskatchewan HSN, Irish medical card) and a
  provincial health-card number used as a FHIR patient id. ACCOUNT also covers hospital bill and
  equipment invoice numbers.
* DEVICE also covers serial numbers of retinal cameras and home-monitoring devices recorded in
  a report or export (not model names such as TRC-NW8, CR-2 AF or Optos Daytona).
* Login names (``jdouglas``, ``dmarwick``, ``locum.optom.hsingh``) are NAME. A health-card
  expiry month+year is DATE.
* A surname that recurs only inside different full forms ("Imran Siddiqui" ... "I. Siddiqui")
  is marked as one span per form, without
  review_v3's given-name/surname split (which is needed only where a surname also stands
  alone after its full form); a surname standing alone each time ("Mr Lancaster" twice) is
  listed once per occurrence.
* E-mail addresses containing a name are one EMAIL span; the name inside is not marked again.
* Telephone extensions and bleep numbers without a full number ("Ext 4418", "Bleep 722"), drug
  batch/lot numbers, DICOM study UIDs, booking/job/trip/complaint/prior-authorisation reference
  numbers, pharmacy Rx numbers and an HL7 payer-plan code are ARGUABLE.
* Ages 89 and under stay unmarked (as in review_v3), and so do numbers over 89 that are not ages
  (ESR 94, Esterman 96 points, tokens 101-104).
"""

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = []

# --- clinic letters to GPs -------------------------------------------------------------------
POSITIVE += [
    (
        "Dr Hannah Whitlock\n"
        "Meadowbank Surgery, Ware\n"
        "\n"
        "Re: Mr Desmond Achterberg, DOB 03/02/1947, NHS No 485 777 3456\n"
        "\n"
        "Dear Colleague,\n"
        "I reviewed this gentleman in the medical retina clinic today. The left eye has a further "
        "recurrence of subretinal fluid from his neovascular AMD and I have restarted aflibercept 2 mg "
        "on a treat-and-extend regimen. Visual acuity was 6/12 right and 6/24 left. If there are any "
        "concerns please contact my secretary.\n"
        "\n"
        "Yours sincerely,\n"
        "Mr Oluwaseun Adeyemi FRCOphth\n"
        "Consultant Ophthalmologist",
        [
            ("NAME", "Hannah Whitlock"),
            ("ADDRESS", "Ware"),
            ("NAME", "Desmond Achterberg"),
            ("DATE", "03/02/1947"),
            ("MRN", "485 777 3456"),
            ("NAME", "Oluwaseun Adeyemi"),
        ],
    ),
    (
        "Dr Siobhán Ní Bhriain\n"
        "The Square Medical Centre, Trim\n"
        "\n"
        "Re: Pádraig Mac Giolla Phádraig, d.o.b. 29/08/1938, MRN 0718832\n"
        "\n"
        "Dear Doctor,\n"
        "Thank you for referring this gentleman, who has a dense posterior subcapsular cataract on the "
        "right with BCVA 6/36; I have listed him for right phaco/IOL. The left eye has early Fuchs "
        "endothelial dystrophy with guttae but a clear cornea. He will receive a date from our waiting "
        "list office.\n"
        "Kind regards,\n"
        "Ms Gráinne Ó Súilleabháin\n"
        "Consultant Ophthalmic Surgeon",
        [
            ("NAME", "Siobhán Ní Bhriain"),
            ("ADDRESS", "Trim"),
            ("NAME", "Pádraig Mac Giolla Phádraig"),
            ("DATE", "29/08/1938"),
            ("MRN", "0718832"),
            ("NAME", "Gráinne Ó Súilleabháin"),
        ],
    ),
    (
        "ORANGE EYE SPECIALISTS, Orange NSW\n"
        "\n"
        "Dr Tamsin Faulkner-Reid\n"
        "Hilltops Family Practice, Young NSW\n"
        "\n"
        "Re: Bernard Kowalczyk   Medicare 2953 71840 2/1\n"
        "\n"
        "He attended today with his wife Dot. The right eye shows a superotemporal branch retinal vein "
        "occlusion with macular oedema, CRT 486 um, VA 6/24. I started intravitreal bevacizumab 1.25 mg "
        "today and will repeat it monthly for three doses. BP was 168/94 in the rooms; please review "
        "his antihypertensives.\n"
        "\n"
        "Dr Vikram Raghunathan",
        [
            ("ADDRESS", "Orange"),
            ("NAME", "Tamsin Faulkner-Reid"),
            ("ADDRESS", "Young"),
            ("NAME", "Bernard Kowalczyk"),
            ("INSURANCE", "2953 71840 2/1"),
            ("NAME", "Dot"),
            ("NAME", "Vikram Raghunathan"),
        ],
    ),
    (
        "Northland Eye Service\n"
        "\n"
        "Dr Mere Tautahi, Kensington Medical Centre\n"
        "\n"
        "RE: Wiremu Hohaia Te Rangi   NHI ZKM4821   Kamo\n"
        "\n"
        "Kia ora koe,\n"
        "He was reviewed in the diabetic eye clinic. He has severe non-proliferative diabetic "
        "retinopathy in both eyes with IRMA in all four quadrants on the left (4-2-1 rule met), and I "
        "have booked PRP to the left eye next week. HbA1c is 88 mmol/mol. His moko Hemi drives him to "
        "appointments.\n"
        "\n"
        "Ngā mihi,\n"
        "Dr Fiona McAllister, Ophthalmology Registrar",
        [
            ("NAME", "Mere Tautahi"),
            ("NAME", "Wiremu Hohaia Te Rangi"),
            ("MRN", "ZKM4821"),
            ("ADDRESS", "Kamo"),
            ("NAME", "Hemi"),
            ("NAME", "Fiona McAllister"),
        ],
    ),
    (
        "Dr Lwazi Hendricks, Ophthalmologist, George\n"
        "08/09/2026\n"
        "\n"
        "Dear Dr George Mokoena\n"
        "\n"
        "RE: Mrs Nomvula Dlamini, Discovery Health medical aid no. 318 442 907\n"
        "\n"
        "Thank you for sending this 62-year-old lady with HIV on TLD (CD4 41). She has CMV retinitis in "
        "zone 1 of the right eye threatening the fovea. I gave intravitreal ganciclovir 2 mg today and "
        "started oral valganciclovir 900 mg bd. Please check her FBC and creatinine weekly.",
        [
            ("NAME", "Lwazi Hendricks"),
            ("ADDRESS", "George"),
            ("DATE", "08/09/2026"),
            ("NAME", "George Mokoena"),
            ("NAME", "Nomvula Dlamini"),
            ("INSURANCE", "318 442 907"),
        ],
    ),
    (
        "Dear Doctor,\n"
        "\n"
        "RE: MDM LIM AH MOY   Age 91   Hospital No. SGH-E-2045117\n"
        "\n"
        "Thank you for your referral. This 91-year-old lady has bilateral pseudoexfoliation glaucoma. "
        "IOP today was 28 mmHg OD and 19 mmHg OS on Xalacom. I have added Simbrinza to the right eye and "
        "will see her again in 6 weeks with a visual field. Her daughter-in-law, Ms Chua Bee Leng, "
        "accompanies her.\n"
        "\n"
        "Yours sincerely\n"
        "Dr Ravindran s/o Muthusamy, Glaucoma Service",
        [
            ("NAME", "LIM AH MOY"),
            ("AGE", "91"),
            ("MRN", "SGH-E-2045117"),
            ("AGE", "91"),
            ("NAME", "Chua Bee Leng"),
            ("NAME", "Ravindran"),
            ("NAME", "Muthusamy"),
        ],
    ),
    (
        "To,\n"
        "Dr. K. Meenakshisundaram, MBBS\n"
        "Sri Ranga Clinic, Erode\n"
        "\n"
        "Ref: MRD No. 58/1129\n"
        "Patient: Smt. Saraswathi Ammal, 67 yrs, F, of Salem\n"
        "\n"
        "Respected Sir,\n"
        "The above patient was examined today. Vision RE CF 2m, LE 6/60. Mature cataract both "
        "eyes, RE > LE; B-scan shows attached retina. Advised RE SICS with PCIOL under PM-JAY. Kindly "
        "continue her metformin and amlodipine.\n"
        "Dr. Anitha Selvaraj, MS (Ophth)",
        [
            ("NAME", "K. Meenakshisundaram"),
            ("ADDRESS", "Erode"),
            ("MRN", "58/1129"),
            ("NAME", "Saraswathi Ammal"),
            ("ADDRESS", "Salem"),
            ("NAME", "Anitha Selvaraj"),
        ],
    ),
    (
        "Prairie Retina Associates, Moose Jaw SK\n"
        "November 3, 2026\n"
        "\n"
        "Dr. Kwame Asante-Boateng\n"
        "\n"
        "Re: Lorne Gustafson   HSN 782 941 335\n"
        "\n"
        "Dear Colleague,\n"
        "This gentleman presented with a right inferotemporal horseshoe tear and a shallow subclinical "
        "detachment, which I treated with barrier laser today. He should avoid heavy lifting for a week "
        "and return at once if he notices a curtain or new floaters.\n"
        "Sincerely,\n"
        "Harjit Sandhu, MD FRCSC",
        [
            ("ADDRESS", "Moose Jaw"),
            ("DATE", "November 3, 2026"),
            ("NAME", "Kwame Asante-Boateng"),
            ("NAME", "Lorne Gustafson"),
            ("INSURANCE", "782 941 335"),
            ("NAME", "Harjit Sandhu"),
        ],
    ),
    (
        "Patient: Darnell Whitfield-Hayes   DOB: 04/17/1962   MRN: 00736152\n"
        "\n"
        "Dear Dr. Okonjo,\n"
        "\n"
        "I saw your patient in follow-up for proliferative diabetic retinopathy. Both eyes have "
        "regressed neovascularization after PRP and there is no macular edema. He lives alone in "
        "Normal, IL and relies on neighbors for rides. Insurance: member ID XOH884120377.\n"
        "\n"
        "Best regards,\n"
        "Rachel Liebowitz, MD, Retina Service",
        [
            ("NAME", "Darnell Whitfield-Hayes"),
            ("DATE", "04/17/1962"),
            ("MRN", "00736152"),
            ("NAME", "Okonjo"),
            ("ADDRESS", "Normal"),
            ("INSURANCE", "XOH884120377"),
            ("NAME", "Rachel Liebowitz"),
        ],
    ),
    (
        "Dear Dr Baird\n"
        "\n"
        "CHI 1507398824   Mrs Morag Sutherland, Wick\n"
        "\n"
        "Diagnosis: 1. Giant cell arteritis, biopsy positive   2. Left arteritic AION\n"
        "\n"
        "She was seen urgently with jaw claudication and sudden loss of vision in the left eye. ESR was "
        "94 and CRP 71, and she was started on IV methylprednisolone. Her son asked that "
        "correspondence also go to calum.sutherland@btinternet.com.\n"
        "\n"
        "Dr Ishbel Gillies, Specialty Doctor\n"
        "IG/kmc",
        [
            ("NAME", "Baird"),
            ("MRN", "1507398824"),
            ("NAME", "Morag Sutherland"),
            ("ADDRESS", "Wick"),
            ("EMAIL", "calum.sutherland@btinternet.com"),
            ("NAME", "Ishbel Gillies"),
            ("NAME", "IG/kmc"),
        ],
    ),
    (
        "Re: Ms Coral Baptiste-Nwosu, Hosp No. Y0442871\n"
        "Address: Flat 3, 17 Leigh Road, Street\n"
        "\n"
        "Dear Dr Wells,\n"
        "Thank you for referring this young woman with a three-day history of a painful, photophobic "
        "right eye. She has acute anterior uveitis with 3+ cells and fibrin; she is HLA-B27 positive "
        "with a history of back pain. I have started Pred Forte hourly and cyclopentolate.\n"
        "Yours sincerely,\n"
        "Miss Priyanka Venkataraman, Uveitis Fellow",
        [
            ("NAME", "Coral Baptiste-Nwosu"),
            ("MRN", "Y0442871"),
            ("ADDRESS", "Flat 3, 17 Leigh Road"),
            ("ADDRESS", "Street"),
            ("NAME", "Wells"),
            ("NAME", "Priyanka Venkataraman"),
        ],
    ),
    (
        "Dear Dr Nguyen,\n"
        "RE: Mr Thanh Van Pham (94 y.o.)   UR 0651932\n"
        "\n"
        "I reviewed him at the Sale outreach clinic with his son interpreting. Vision is 6/60 in "
        "each eye from geographic atrophy. He is no longer safe to drive and I have notified VicRoads; "
        "his car (rego 1XK 7PQ) is to be sold.\n"
        "Regards,\n"
        "A/Prof Gemma Ratcliffe",
        [
            ("NAME", "Nguyen"),
            ("NAME", "Thanh Van Pham"),
            ("AGE", "94"),
            ("MRN", "0651932"),
            ("ADDRESS", "Sale"),
            ("VEHICLE", "1XK 7PQ"),
            ("NAME", "Gemma Ratcliffe"),
        ],
    ),
    (
        "To: Sister in charge, Zola Clinic, Soweto\n"
        "From: Eye Clinic, Helen Joseph Hospital\n"
        "Date: 2026/10/19\n"
        "\n"
        "Patient: Thabo Sithole   Hosp no: 11408823   Cell: 072 418 9930\n"
        "\n"
        "Diagnosis: bilateral advanced glaucoma (C/D 0.9 OU), IOP 32/30 on arrival. Please dispense "
        "timolol 0.5% bd and make sure that he collects acetazolamide 250 mg qid from pharmacy. Review "
        "at our clinic in 6/52.\n"
        "Dr N. Mahlangu (Reg)",
        [
            ("ADDRESS", "Soweto"),
            ("DATE", "2026/10/19"),
            ("NAME", "Thabo Sithole"),
            ("MRN", "11408823"),
            ("PHONE", "072 418 9930"),
            ("NAME", "N. Mahlangu"),
        ],
    ),
]

# --- referrals and letters from optometrists --------------------------------------------------
POSITIVE += [
    (
        "GOS 18 REFERRAL\n"
        "From: Kestrel Opticians, Diss\n"
        "Optometrist: Jade Okoro-Bennett MCOptom\n"
        "Patient: Mr Reginald Hope   DOB 06/06/1944   NHS 601 233 8845\n"
        "\n"
        "Reason: R VA dropped from 6/9 to 6/18 over six months, metamorphopsia on Amsler, drusen and "
        "?subretinal fluid on OCT. Suspect wet AMD - please see under the fast-track pathway. Patient "
        "is hopeful; his daughter Faith will bring him.",
        [
            ("ADDRESS", "Diss"),
            ("NAME", "Jade Okoro-Bennett"),
            ("NAME", "Reginald Hope"),
            ("DATE", "06/06/1944"),
            ("MRN", "601 233 8845"),
            ("NAME", "Faith"),
        ],
    ),
    (
        "Optometry referral\n"
        "To: Dr Anand Krishnaswamy, Ophthalmologist\n"
        "From: Bree Callaghan, Optometrist (AHPRA OPT0001837561)\n"
        "\n"
        "Re: Mrs Gwenda Pike, 81, of Gilgandra. Medicare 4120 55913 1\n"
        "\n"
        "Routine check today: IOP 34 R / 17 L (iCare), right disc cupping 0.8 with an inferior notch and "
        "a superior arcuate defect on the 24-2. Please see within 2 weeks.",
        [
            ("NAME", "Anand Krishnaswamy"),
            ("NAME", "Bree Callaghan"),
            ("LICENSE", "OPT0001837561"),
            ("NAME", "Gwenda Pike"),
            ("ADDRESS", "Gilgandra"),
            ("INSURANCE", "4120 55913 1"),
        ],
    ),
    (
        "Dear Dr. Oyelaran-Smith,\n"
        "I am referring Ms. Tanis Beardy, 34, of Cranberry Portage, MB, whom I examined on Oct 21/26 "
        "at our Flin Flon office. She has bilateral optic disc swelling with headaches that are worse "
        "lying down; BP 142/90. ?IIH. She can be reached through her sister Raven.\n"
        "Best,\n"
        "Dr. Marc-André Lévesque, OD\n"
        "Flin Flon Vision Care",
        [
            ("NAME", "Oyelaran-Smith"),
            ("NAME", "Tanis Beardy"),
            ("ADDRESS", "Cranberry Portage"),
            ("DATE", "Oct 21/26"),
            ("ADDRESS", "Flin Flon"),
            ("NAME", "Raven"),
            ("NAME", "Marc-André Lévesque"),
        ],
    ),
    (
        "Referral - Lakeside Family Eyecare\n"
        "Dr. Kimberly Nakashima-Ortiz, OD\n"
        "\n"
        "Pt: JOHNSON, Tyrese   DOB 08-22-1971   Ins: Molina Medicaid #M44021937\n"
        "\n"
        "Findings: center-involving diabetic macular edema OD, CST 412 um on OCT, VA 20/60. A1c 9.8%. "
        "Please schedule with Dr. Hollis Brand at your Mequon office.",
        [
            ("NAME", "Kimberly Nakashima-Ortiz"),
            ("NAME", "JOHNSON, Tyrese"),
            ("DATE", "08-22-1971"),
            ("INSURANCE", "M44021937"),
            ("NAME", "Hollis Brand"),
            ("ADDRESS", "Mequon"),
        ],
    ),
    (
        "eRef: Optometrist to Ophthalmology\n"
        "Referrer: Aroha Wihongi, Optometrist, Wairarapa EyeCare\n"
        "Pt: Leslie Frost   NHI: HRT7736   Masterton\n"
        "\n"
        "Q: Hollenhorst plaque seen at the R inferotemporal arcade; no symptoms; R VA 6/6, no field "
        "defect. GP aware. Please triage for the TIA pathway.",
        [
            ("NAME", "Aroha Wihongi"),
            ("NAME", "Leslie Frost"),
            ("MRN", "HRT7736"),
            ("ADDRESS", "Masterton"),
        ],
    ),
    (
        "Community optometry referral (CUES)\n"
        "Patient: Iris Baker, Bath. Tel 01225 331 907.\n"
        "Optometrist: Tomasz Wiśniewski, Bathwick Eyecare.\n"
        "History: flashes and a shower of floaters in the R eye since Monday. Weiss ring R, tobacco "
        "dust (Shafer sign) positive, no tear seen with the Volk lens. Please see same day for "
        "indented examination.\n"
        "Signed TW",
        [
            ("NAME", "Iris Baker"),
            ("ADDRESS", "Bath"),
            ("PHONE", "01225 331 907"),
            ("NAME", "Tomasz Wiśniewski"),
            ("NAME", "TW"),
        ],
    ),
    (
        "OPTOMETRIST REFERRAL\n"
        "Practice: Spectacle Warehouse, Paarl\n"
        "Optometrist: Riaan du Plessis\n"
        "Patient: Elsabé van der Merwe   Medical aid: Bonitas 0049 2217 85   Date: 2026-11-04\n"
        "Complaint: gradual blur in both eyes, ?cataract vs maculopathy. Also bilateral Krukenberg "
        "spindles and mid-peripheral transillumination defects - pigment dispersion. IOP 27/25 "
        "(Perkins). Kindly assess.",
        [
            ("ADDRESS", "Paarl"),
            ("NAME", "Riaan du Plessis"),
            ("NAME", "Elsabé van der Merwe"),
            ("INSURANCE", "0049 2217 85"),
            ("DATE", "2026-11-04"),
        ],
    ),
    (
        "Optometry referral - Northland Vision Center, Liberty, MO\n"
        "Referring: Dr. Carmen Villanueva, OD\n"
        "\n"
        "Patient Wendell Hess (DOB 5/9/1958) reports new vertical diplopia, worse looking down and left. "
        "The Hess chart shows right superior oblique underaction; Parks three-step test consistent with "
        "a right fourth nerve palsy. No ptosis, pupils equal.",
        [
            ("ADDRESS", "Liberty"),
            ("NAME", "Carmen Villanueva"),
            ("NAME", "Wendell Hess"),
            ("DATE", "5/9/1958"),
        ],
    ),
    (
        "Referral letter\n"
        "From: Ruairí Kavanagh, Optometrist, Bray, Co. Wicklow\n"
        "To: Eye Casualty, Royal Victoria Eye and Ear Hospital\n"
        "Re: Precious Adebayo-Walsh, DOB 12/12/2001, mob 087 441 2093\n"
        "Contact lens wearer (monthly silicone hydrogel, sleeps in them) with a painful red R eye for "
        "2/7 and a 2.5 mm paracentral infiltrate with an overlying epithelial defect - ?microbial "
        "keratitis, ?Acanthamoeba. Lens case sent with her.",
        [
            ("NAME", "Ruairí Kavanagh"),
            ("ADDRESS", "Bray"),
            ("ADDRESS", "Wicklow"),
            ("NAME", "Precious Adebayo-Walsh"),
            ("DATE", "12/12/2001"),
            ("PHONE", "087 441 2093"),
        ],
    ),
]

# --- operation notes ------------------------------------------------------------------------
POSITIVE += [
    (
        "OPERATION NOTE\n"
        "Patient: Kenneth Oduya   Hosp No: RJ2-4418093   Date: 18/11/2026\n"
        "Surgeon: Mr Imran Siddiqui   Scrub: Sunday Adeleke\n"
        "Procedure: R phacoemulsification + IOL, topical + intracameral anaesthesia\n"
        "IOL: Alcon SN60WF +21.5 D, serial no. 14582739041 (IOLMaster 700, SRK/T, target -0.25)\n"
        "Findings: 4+ nuclear sclerosis, small pupil - Malyugin ring 6.25 used. Uncomplicated. "
        "Intracameral cefuroxime 1 mg/0.1 ml.\n"
        "Post-op: Maxidex qds 4/52, chloramphenicol qds 2/52.\n"
        "Signed: I. Siddiqui",
        [
            ("NAME", "Kenneth Oduya"),
            ("MRN", "RJ2-4418093"),
            ("DATE", "18/11/2026"),
            ("NAME", "Imran Siddiqui"),
            ("NAME", "Sunday Adeleke"),
            ("DEVICE", "14582739041"),
            ("NAME", "I. Siddiqui"),
        ],
    ),
    (
        "OPERATION REPORT - Vitreoretinal\n"
        "Name: FAAMAUSILI, Losa   UR: 2207715   Date of surgery: 06/11/2026\n"
        "Surgeon: Dr Eamon Prendergast   GA\n"
        "Operation: L 23G PPV, endolaser, 20% SF6\n"
        "Findings: macula-off superotemporal RD, PVR grade B, two U-tears at 1 and 2 o'clock.\n"
        "Posturing: right cheek to pillow 50 min/h x 5/7. No air travel, no nitrous oxide.\n"
        "Follow-up: surgeon's rooms in Box Hill, day 1.",
        [
            ("NAME", "FAAMAUSILI, Losa"),
            ("MRN", "2207715"),
            ("DATE", "06/11/2026"),
            ("NAME", "Eamon Prendergast"),
            ("ADDRESS", "Box Hill"),
        ],
    ),
    (
        "Op note - L trabeculectomy with MMC 0.2 mg/ml x 2 min\n"
        "Pt: Goh Siew Lan (F/72)   MRN 4017-33-2081   DOS: 11 Nov 2026\n"
        "Surgeon: A/Prof Harvinder Kaur Gill; Asst: Dr Benedict Ong\n"
        "Fornix-based flap (Khaw technique), 3 x 4 mm scleral flap, 10-0 nylon releasable sutures x 2, "
        "peripheral iridectomy. AC formed, bleb diffuse, Seidel negative.\n"
        "Plan: Pred Forte 2-hourly, Vigamox qid. Review POD1 in clinic.",
        [
            ("NAME", "Goh Siew Lan"),
            ("MRN", "4017-33-2081"),
            ("DATE", "11 Nov 2026"),
            ("NAME", "Harvinder Kaur Gill"),
            ("NAME", "Benedict Ong"),
        ],
    ),
    (
        "PREOPERATIVE DIAGNOSIS: Full-thickness macular hole, right eye.\n"
        "PROCEDURE: 25-gauge pars plana vitrectomy, ILM peel with Brilliant Blue G, 14% C3F8.\n"
        "SURGEON: Marisol Echeverría-Cruz, MD\n"
        "DATE OF SERVICE: 11/09/2026\n"
        "PATIENT: Ethel Mae Crouch, MRN 8830217, age 92.\n"
        "The patient tolerated the procedure well and will position face-down for 3 days; her "
        "granddaughter will stay with her in Mobile, AL.",
        [
            ("NAME", "Marisol Echeverría-Cruz"),
            ("DATE", "11/09/2026"),
            ("NAME", "Ethel Mae Crouch"),
            ("MRN", "8830217"),
            ("AGE", "92"),
            ("ADDRESS", "Mobile"),
        ],
    ),
    (
        "OT NOTES  |  Date: 03/11/2026  |  OT-2\n"
        "Name: Ramesh Chand Yadav  S/o Shri Hari Ram  Age/Sex: 66/M  Reg. No: 2026/ASP/045512\n"
        "Dist. Ghazipur\n"
        "Surgeon: Dr. Pooja Tripathi\n"
        "Procedure: LE MSICS + PCIOL 22.0 D (rigid PMMA, batch AC/24/1187); peribulbar block\n"
        "Intra-op: small capsulorhexis, converted to can-opener; no PCR.",
        [
            ("DATE", "03/11/2026"),
            ("NAME", "Ramesh Chand Yadav"),
            ("NAME", "Hari Ram"),
            ("MRN", "2026/ASP/045512"),
            ("ADDRESS", "Ghazipur"),
            ("NAME", "Pooja Tripathi"),
        ],
    ),
    (
        "Operation: Bilateral medial rectus recession 5.0 mm (hang-back)\n"
        "Patient: Amara-Rose Quigley, 4y, Hosp No K8830144\n"
        "Parents: separated - both to receive letters; Dad, Dwayne Okello, lives in Hope, "
        "Derbyshire\n"
        "Date: 10/11/2026   Surgeon: Miss Rosalind Achebe\n"
        "Oculocardiac reflex on traction of the R MR - HR 48, settled on release. Rose bengal not used.",
        [
            ("NAME", "Amara-Rose Quigley"),
            ("MRN", "K8830144"),
            ("NAME", "Dwayne Okello"),
            ("ADDRESS", "Hope"),
            ("ADDRESS", "Derbyshire"),
            ("DATE", "10/11/2026"),
            ("NAME", "Rosalind Achebe"),
        ],
    ),
    (
        "THEATRE NOTE   Date 31/10/2026\n"
        "Pt: Sipho Ndlovu, 27M, folder no. 6620 0419 31 - assaulted with a bottle in Mthatha.\n"
        "Surgeon: Dr Zanele Khumalo\n"
        "Procedure: primary repair of R corneoscleral laceration (zone II), prolapsed uvea reposited, "
        "10-0 nylon x 9 cornea, 8-0 Vicryl sclera. IV ceftazidime + vancomycin.\n"
        "Next of kin: sister, 083 771 4420.",
        [
            ("DATE", "31/10/2026"),
            ("NAME", "Sipho Ndlovu"),
            ("MRN", "6620 0419 31"),
            ("ADDRESS", "Mthatha"),
            ("NAME", "Zanele Khumalo"),
            ("PHONE", "083 771 4420"),
        ],
    ),
    (
        "Op note: L levator advancement, 19 Nov 2026\n"
        "Patient: Mr Clement Horner, DOB 14/05/1950, Hosp no. 7720-118\n"
        "Surgeon: Ms Tabitha Oyinlola-Brooks\n"
        "Indication: aponeurotic ptosis (MRD1 0.5 mm), levator function 14 mm. Not Horner syndrome - "
        "pupils equal and apraclonidine test negative.",
        [
            ("DATE", "19 Nov 2026"),
            ("NAME", "Clement Horner"),
            ("DATE", "14/05/1950"),
            ("MRN", "7720-118"),
            ("NAME", "Tabitha Oyinlola-Brooks"),
        ],
    ),
]

# --- theatre lists --------------------------------------------------------------------------
POSITIVE += [
    (
        "THEATRE LIST - Eye Day Unit, Theatre 2 - Thursday 19/11/2026 - AM   Surgeon: Mr R. Castellanos\n"
        "#  Hosp No   Name                   Age  Procedure                  Eye  Notes\n"
        "1  M0018823  ABERNETHY, Gordon      78   Phaco + IOL (SN60WF 22.0)  R    ?latex allergy\n"
        "2  M0290017  SMITH, Wilfred John    93   Phaco + IOL (MX60 20.0)    R    deaf, daughter Pam to stay\n",
        [
            ("DATE", "19/11/2026"),
            ("NAME", "R. Castellanos"),
            ("MRN", "M0018823"),
            ("NAME", "ABERNETHY, Gordon"),
            ("MRN", "M0290017"),
            ("NAME", "SMITH, Wilfred John"),
            ("AGE", "93"),
            ("NAME", "Pam"),
        ],
    ),
    (
        "OR SCHEDULE   Mon 11/16/2026   ROOM 7 (Ophthalmology)\n"
        "Time\tMRN\tPatient\tSurgeon\tProcedure\tCPT\n"
        "0730\t10448821\tMcCray, Lucille\tPatel, A\tCE/IOL OD\t66984\n"
        "1030\t10621149\tLightfoot, Winona\tOkafor, E\tStrab 2 muscle\t67312\n",
        [
            ("DATE", "11/16/2026"),
            ("MRN", "10448821"),
            ("NAME", "McCray, Lucille"),
            ("NAME", "Patel, A"),
            ("MRN", "10621149"),
            ("NAME", "Lightfoot, Winona"),
            ("NAME", "Okafor, E"),
        ],
    ),
    (
        "Theatre list Tues 17th Nov - Mr Fennelly\n"
        "1. Bridget Mulcahy 80y, L phaco - on apixaban, stopped x2/7\n"
        "2. Tadhg Ó Ceallaigh 57y, R Ahmed valve - brittle diabetic, 1st on list\n"
        "3. Hugh Bell 90y, R phaco - old Bell's palsy L side with lagophthalmos, tape lid",
        [
            ("DATE", "17th Nov"),
            ("NAME", "Fennelly"),
            ("NAME", "Bridget Mulcahy"),
            ("NAME", "Tadhg Ó Ceallaigh"),
            ("NAME", "Hugh Bell"),
            ("AGE", "90"),
        ],
    ),
    (
        "Day Surgery OT 4   24/11/2026\n"
        "No Name                      Age Sex Op\n"
        "01 SITI NURHALIZA BTE OSMAN  61  F   LE phaco/IOL\n"
        "02 KANNAN S/O PERUMAL        97  M   LE phaco/IOL (GA standby)\n",
        [
            ("DATE", "24/11/2026"),
            ("NAME", "SITI NURHALIZA"),
            ("NAME", "OSMAN"),
            ("NAME", "KANNAN"),
            ("NAME", "PERUMAL"),
            ("AGE", "97"),
        ],
    ),
    (
        "Outreach cataract list, Bethlehem - 2026-11-21\n"
        "1) Mrs Mamello Tsotetsi, folder 44-0921, RE\n"
        "2) Mr Jan Steyn, folder 44-0937, LE (Afrikaans-speaking; daughter interprets)\n",
        [
            ("ADDRESS", "Bethlehem"),
            ("DATE", "2026-11-21"),
            ("NAME", "Mamello Tsotetsi"),
            ("MRN", "44-0921"),
            ("NAME", "Jan Steyn"),
            ("MRN", "44-0937"),
        ],
    ),
]

# --- appointment, booking and recall lists ---------------------------------------------------
POSITIVE += [
    (
        "MR CLINIC - Dr Abiodun - Wed 25/11/2026\n"
        "Time  | Hosp No | Name               | Type\n"
        "08:30 | W441902 | Reading, Martin    | FU inj\n"
        "09:15 | W611093 | Oyelowo, Temitope  | New CSR\n",
        [
            ("NAME", "Abiodun"),
            ("DATE", "25/11/2026"),
            ("MRN", "W441902"),
            ("NAME", "Reading, Martin"),
            ("MRN", "W611093"),
            ("NAME", "Oyelowo, Temitope"),
        ],
    ),
    (
        "Appt\tSurname\tGiven\tSuburb\tClinic\n"
        "09:10\tMcLeod\tAlasdair\tMount Isa\tRetina outreach\n"
        "09:30\tBarnabas\tJoy\tCloncurry\tRetina outreach\n",
        [
            ("NAME", "McLeod"),
            ("NAME", "Alasdair"),
            ("ADDRESS", "Mount Isa"),
            ("NAME", "Barnabas"),
            ("NAME", "Joy"),
            ("ADDRESS", "Cloncurry"),
        ],
    ),
    (
        "DAY SHEET   Dr. F. Yazdani   2026-11-30   Vernon satellite clinic\n"
        "TIME  PATIENT                  HCN\n"
        "0900  BEAULIEU, Rémi           9 014 337 812\n"
        "0940  WHITEHORSE, Sharon       9 033 902 771\n",
        [
            ("NAME", "F. Yazdani"),
            ("DATE", "2026-11-30"),
            ("ADDRESS", "Vernon"),
            ("NAME", "BEAULIEU, Rémi"),
            ("INSURANCE", "9 014 337 812"),
            ("NAME", "WHITEHORSE, Sharon"),
            ("INSURANCE", "9 033 902 771"),
        ],
    ),
    (
        "OPD Token List - Retina - 16-11-2026\n"
        "Tkn | Name          | Age/Sex | Place\n"
        "101 | Lakshmamma    | 72/F    | Tumkur\n"
        "104 | Nagaraju K.V. | 91/M    | Bengaluru\n",
        [
            ("DATE", "16-11-2026"),
            ("NAME", "Lakshmamma"),
            ("ADDRESS", "Tumkur"),
            ("NAME", "Nagaraju K.V."),
            ("AGE", "91"),
            ("ADDRESS", "Bengaluru"),
        ],
    ),
    (
        "Booking office - cancellations to fill, Fri 27 Nov:\n"
        "Ring Ms Kezia Lovelock 01632 960 118 (prefers pm) - offer the 10:20 slot\n"
        "Ring Ray Winterbottom (son Carl holds LPA) - he is deaf, use text relay 18001 01632 960 743\n",
        [
            ("DATE", "27 Nov"),
            ("NAME", "Kezia Lovelock"),
            ("PHONE", "01632 960 118"),
            ("NAME", "Ray Winterbottom"),
            ("NAME", "Carl"),
            ("PHONE", "01632 960 743"),
        ],
    ),
    (
        "RECALL LIST - Glaucoma\n"
        "ACCT    NAME                  EMAIL\n"
        "554301  Delgado, Marisela     mdelgado88@gmail.com\n"
        "560214  Littlefield, Summer   summerlf@outlook.com\n",
        [
            ("ACCOUNT", "554301"),
            ("NAME", "Delgado, Marisela"),
            ("EMAIL", "mdelgado88@gmail.com"),
            ("ACCOUNT", "560214"),
            ("NAME", "Littlefield, Summer"),
            ("EMAIL", "summerlf@outlook.com"),
        ],
    ),
    (
        "Paediatric ophthalmology clinic\n"
        "MRN;Child;Eircode\n"
        "7720441;Zainab Adeyemi;R93 X3C1\n"
        "7731186;Summer-Lee Connors;R95 PH71\n",
        [
            ("MRN", "7720441"),
            ("NAME", "Zainab Adeyemi"),
            ("ZIP", "R93 X3C1"),
            ("MRN", "7731186"),
            ("NAME", "Summer-Lee Connors"),
            ("ZIP", "R95 PH71"),
        ],
    ),
    (
        "Parking concession - frequent attender (anti-VEGF)\n"
        "Patient: Mrs Theodora Vasquez-Hill   Hosp no K718822\n"
        "Vehicle reg: LK19 XWP   Second vehicle (son Callum): WF68 ODE\n"
        "Valid to 31/05/2027. Blue Badge holder. Issued by reception (Sunita).",
        [
            ("NAME", "Theodora Vasquez-Hill"),
            ("MRN", "K718822"),
            ("VEHICLE", "LK19 XWP"),
            ("NAME", "Callum"),
            ("VEHICLE", "WF68 ODE"),
            ("DATE", "31/05/2027"),
            ("NAME", "Sunita"),
        ],
    ),
]

# --- telephone message slips -----------------------------------------------------------------
POSITIVE += [
    (
        "Eye casualty triage line 01632 960 991 (staffed 08:00-20:00); fax urgent referrals to "
        "01632 960 990 with the VA and IOP if known.",
        [("PHONE", "01632 960 991"), ("FAX", "01632 960 990")],
    ),
    (
        "Tel msg: left a message for the patient's daughter on 0412 887 301 about rebooking the "
        "injection; no answer on the home phone (07) 3846 2215.",
        [("PHONE", "0412 887 301"), ("PHONE", "(07) 3846 2215")],
    ),
    (
        "Attender not reachable on 98450 33127; alternate number 080-2663 4471 (neighbour). Review "
        "post-op day 7 pending.",
        [("PHONE", "98450 33127"), ("PHONE", "080-2663 4471")],
    ),
    (
        "Voicemail from Lorna at (414) 555-0199: her mother's eye drops were not ready at the pharmacy "
        "and she has been without them for two days. Please call back.",
        [("NAME", "Lorna"), ("PHONE", "(414) 555-0199")],
    ),
    (
        "texted mam's new mobile 087 993 1402 to confirm tuesday's 09:40 slot with the orthoptist - "
        "reply received, she'll bring his glasses",
        [("PHONE", "087 993 1402")],
    ),
]

# --- OCR'd scanned and faxed referrals -------------------------------------------------------
POSITIVE += [
    (
        "REFERRA L LETTER  (scanned)\n"
        "Patient : Mr Ambrose Kettleby      D.O.B : 1 2/04/1951\n"
        "Addres s: 27 Church Lane , Sandwich , Kent CT13 9EL\n"
        "\n"
        "Dear Co1league,\n"
        "I wou1d be gratefu1 if you cou1d see this 75 year o1d gent1eman with a 3 month hist0ry of "
        "b1urred visi0n in his 1eft eye and distorti0n of straight 1ines.\n"
        "Yours sincere1y\n"
        "Dr Chloe Ashworth-Patel\n"
        "The Ho1low Lane Surgery",
        [
            ("NAME", "Ambrose Kettleby"),
            ("DATE", "1 2/04/1951"),
            ("ADDRESS", "27 Church Lane"),
            ("ADDRESS", "Sandwich"),
            ("ADDRESS", "Kent"),
            ("ZIP", "CT13 9EL"),
            ("NAME", "Chloe Ashworth-Patel"),
        ],
    ),
    (
        "SPEC1ALIST REFERRAL\n"
        "To: Dr Hamish 0'Loughlin , 0phthalmo1ogist\n"
        "Re : Mrs Doreen Matlock   DOB 0 9/0 9/1937   Medicare No. 3l55 48291 1 - 2\n"
        "Eden NSW 2551\n"
        "Reason : ? retina1 vein occ1usion L eye , sudden 1oss of vision 0n waking . BP 17O/95 .\n"
        "Dr S.K.",
        [
            ("NAME", "Hamish 0'Loughlin"),
            ("NAME", "Doreen Matlock"),
            ("DATE", "0 9/0 9/1937"),
            ("INSURANCE", "3l55 48291 1 - 2"),
            ("ADDRESS", "Eden"),
            ("ZIP", "2551"),
            ("NAME", "S.K."),
        ],
    ),
    (
        "FAX FR0M : Sai Nethra Eye Care   +91 422 245 7781   1 8-10-2026 14:22   P. 01\n"
        "REFERRAL\n"
        "Name : Mrs. Vasanthi Krishnamurthy    Age : 6 8    Sex : F\n"
        "Address : Coimbatore - 641 002\n"
        "Cell : 9 8 4 3 1 0 7 7 2 6\n"
        "Provisional Diagnosis : Rt eye CRA0 ( central retina1 artery occ1usion ) , 0nset 5 hrs\n"
        "Kind1y do the need fu1.  Dr. R. Ba1aji , MS , D0",
        [
            ("FAX", "+91 422 245 7781"),
            ("DATE", "1 8-10-2026"),
            ("NAME", "Vasanthi Krishnamurthy"),
            ("ADDRESS", "Coimbatore"),
            ("ZIP", "641 002"),
            ("PHONE", "9 8 4 3 1 0 7 7 2 6"),
            ("NAME", "R. Ba1aji"),
        ],
    ),
    (
        "*** FAX ***   T0: Retina Consu1tants   FAX: (505) 555-0198\n"
        "FR0M: Desert Sage Family Medicine\n"
        "DATE: 1O/3O/2O26\n"
        "RE: Yazzie , Loretta    D0B O4/11/1966    MRN : 0O4471926\n"
        "P1ease eva1uate f0r PDR with new vitre0us hem0rrhage 0S . Pt has n0 ph0ne at h0me ; "
        "c0ntact thr0ugh c1inic .\n"
        "Insurance : IHS / Medicaid ID 1O7742283",
        [
            ("FAX", "(505) 555-0198"),
            ("DATE", "1O/3O/2O26"),
            ("NAME", "Yazzie , Loretta"),
            ("DATE", "O4/11/1966"),
            ("MRN", "0O4471926"),
            ("INSURANCE", "1O7742283"),
        ],
    ),
    (
        "GOS18   |_| Urgent   |X| Routine\n"
        "Patient surname: FORTUNE    Forename(s): Lily-Mae\n"
        "Date of birth: |0|3|1|1|2|0|1|5|\n"
        "Address: 6 Primrose Cl0se, Looe PL13 1HX\n"
        "Practice: Seaview Opticians\n"
        "Optometrist: Marcin Zieliński\n"
        "Reason: ?papi11oedema - b/l b1urred disc margins, n0 SVP, headaches on waking.",
        [
            ("NAME", "FORTUNE"),
            ("NAME", "Lily-Mae"),
            ("DATE", "0|3|1|1|2|0|1|5"),
            ("ADDRESS", "6 Primrose Cl0se"),
            ("ADDRESS", "Looe"),
            ("ZIP", "PL13 1HX"),
            ("NAME", "Marcin Zieliński"),
        ],
    ),
    (
        "R EFERRAL  T O  EYE  CL INIC\n"
        "Name : Ana Falaniko    NHI : JQD 4418\n"
        "D0B : 2 7 / 0 6 / 1 9 7 9\n"
        "Add : Ota ra , Auck1and 2023\n"
        "Known diabetic since 2009 , HbA1c 97 . N0 retina1 screening f0r 4 years . P1ease see .",
        [
            ("NAME", "Ana Falaniko"),
            ("MRN", "JQD 4418"),
            ("DATE", "2 7 / 0 6 / 1 9 7 9"),
            ("ADDRESS", "Ota ra"),
            ("ADDRESS", "Auck1and"),
            ("ZIP", "2023"),
        ],
    ),
    (
        "C0NSULTATI0N REQUEST\n"
        "Patient: Elisapee Kilabuk    DOB: 1989-O7-15\n"
        "Health Card #: 1 1 8 4 4 9 0 7 2 (NU)\n"
        "Community: Pangnirtung , NU   X0A 0R0\n"
        "Referring: Nurse-in-charge, P. Ikkidluak RN\n"
        "Reason: R eye penetrating injury with fishing h0ok 0n 1 4 Nov . Medevac requested .",
        [
            ("NAME", "Elisapee Kilabuk"),
            ("DATE", "1989-O7-15"),
            ("INSURANCE", "1 1 8 4 4 9 0 7 2"),
            ("ADDRESS", "Pangnirtung"),
            ("ZIP", "X0A 0R0"),
            ("NAME", "P. Ikkidluak"),
            ("DATE", "1 4 Nov"),
        ],
    ),
    (
        "Dr Fionnuala Keane, Birr\n"
        "Fax: O57 912 O449\n"
        "\n"
        "Re: Mrs Attracta Dooley, Clonfinlough\n"
        "D.O.B. O3/O8/l94l    Medical Card No. 4418829B\n"
        "\n"
        "This 85 yr 0ld 1ady has 1ost vision in her right eye over a week . She is on warfarin . "
        "P1ease see at your ear1iest c0nvenience .",
        [
            ("NAME", "Fionnuala Keane"),
            ("ADDRESS", "Birr"),
            ("FAX", "O57 912 O449"),
            ("NAME", "Attracta Dooley"),
            ("ADDRESS", "Clonfinlough"),
            ("DATE", "O3/O8/l94l"),
            ("INSURANCE", "4418829B"),
        ],
    ),
    (
        "MEMO (scanned)\n"
        "To : Dr Chia  |  Eye Centre\n"
        "Fr : Dr Nirmala d/o Rajoo , Bukit Batok Polyclinic\n"
        "Pt : Ong Boon Keat , 67 , Case N0 : PC-22O81193\n"
        "Addr : B1k 1O7 Bukit Batok West Ave 6 , #O9-221 , S(65O1O7)\n"
        "Fundus ph0to DR screening : R severe NPDR , L m0derate NPDR , ?DME R . Kind1y review .",
        [
            ("NAME", "Chia"),
            ("NAME", "Nirmala"),
            ("NAME", "Rajoo"),
            ("NAME", "Ong Boon Keat"),
            ("MRN", "PC-22O81193"),
            ("ADDRESS", "B1k 1O7 Bukit Batok West Ave 6 , #O9-221"),
            ("ZIP", "65O1O7"),
        ],
    ),
]

# --- spreadsheet and CSV exports -------------------------------------------------------------
POSITIVE += [
    (
        "hosp_no,surname,forename,eye,drug\nQ774102,ADEBAYO,Folake,R,Eylea 2mg\nQ805561,FINCH,Robin,L,Vabysmo 6mg\n",
        [
            ("MRN", "Q774102"),
            ("NAME", "ADEBAYO"),
            ("NAME", "Folake"),
            ("MRN", "Q805561"),
            ("NAME", "FINCH"),
            ("NAME", "Robin"),
        ],
    ),
    (
        '"PatientID","Name","City","State","Zip","Dx"\n'
        '"A-22910","Boone, Patience R.","Chesapeake","VA","23322","H35.3211"\n'
        '"A-22988","Hardcastle, Miles","Opportunity","WA","99216","H40.1131"\n',
        [
            ("MRN", "A-22910"),
            ("NAME", "Boone, Patience R."),
            ("ADDRESS", "Chesapeake"),
            ("ZIP", "23322"),
            ("MRN", "A-22988"),
            ("NAME", "Hardcastle, Miles"),
            ("ADDRESS", "Opportunity"),
            ("ZIP", "99216"),
        ],
    ),
    (
        "patient_id,name,field,operator,device_sn\n"
        "HRN 661204,Wurramarrba Nancy,macula,jdouglas,TRC-NW8-4411802\n"
        "HRN 661298,Bush Trevor,disc,jdouglas,TRC-NW8-4411802\n",
        [
            ("MRN", "661204"),
            ("NAME", "Wurramarrba Nancy"),
            ("NAME", "jdouglas"),
            ("DEVICE", "4411802"),
            ("MRN", "661298"),
            ("NAME", "Bush Trevor"),
            ("NAME", "jdouglas"),
            ("DEVICE", "4411802"),
        ],
    ),
    (
        "Sl,Baby,UHID,GA_wk,BW_g,DOB,Zone/Stage,Plan\n"
        "1,B/O Fathima Beevi,KTM26-33812,29+4,1120,2026-09-30,Z2 S2 no plus,Review 1 wk\n"
        "2,B/O Anjali Menon (Twin 1),KTM26-33990,27+6,890,2026-10-02,Z1 S3 plus - A-ROP,Laser today\n",
        [
            ("NAME", "Fathima Beevi"),
            ("MRN", "KTM26-33812"),
            ("DATE", "2026-09-30"),
            ("NAME", "Anjali Menon"),
            ("MRN", "KTM26-33990"),
            ("DATE", "2026-10-02"),
        ],
    ),
    (
        "Surname;Initials;MedAidNo;Scheme\nPillay;R.K.;900118442;GEMS\nvan Wyk;J.;40023371-01;Medshield\n",
        [
            ("NAME", "Pillay"),
            ("NAME", "R.K."),
            ("INSURANCE", "900118442"),
            ("NAME", "van Wyk"),
            ("NAME", "J."),
            ("INSURANCE", "40023371-01"),
        ],
    ),
    (
        "ts,src_ip,patient_id,modality,study_uid\n"
        "2026-11-23 08:14:02,10.12.40.117,W441902,OCT,1.2.826.0.1.3680043.9.7721.1\n"
        "2026-11-23 08:15:40,10.12.40.118,W508713,OP,1.2.826.0.1.3680043.9.7721.2\n",
        [
            ("DATE", "2026-11-23"),
            ("IP", "10.12.40.117"),
            ("MRN", "W441902"),
            ("DATE", "2026-11-23"),
            ("IP", "10.12.40.118"),
            ("MRN", "W508713"),
        ],
    ),
]

# --- HL7 v2 messages -------------------------------------------------------------------------
POSITIVE += [
    (
        "MSH|^~\\&|PAS|RVEEH|EYEIMG|RVEEH|20261112093015||ADT^A04|MSG00471123|P|2.4\n"
        "PID|1||7740213^^^RVEEH^MR||OKAFOR^Chinwe^Adaeze^^Mrs||19580226|F|||"
        "^^Luton^^LU1 3RS^GBR\n"
        "PV1|1|O|EYE^RETINA^01||||C3344^MENSAH^Kofi^^^Dr|||OPH\n",
        [
            ("DATE", "20261112093015"),
            ("MRN", "7740213"),
            ("NAME", "OKAFOR^Chinwe^Adaeze"),
            ("DATE", "19580226"),
            ("ADDRESS", "Luton"),
            ("ZIP", "LU1 3RS"),
            ("NAME", "MENSAH^Kofi"),
        ],
    ),
    (
        "MSH|^~\\&|FORUM|EYECLINIC|EPR|TRUST|202610281422||ORU^R01|88213|P|2.5.1\n"
        "PID|||M2271904^^^TRUST^MR||BRAITHWAITE^Hilda^May||19340103|F\n"
        "OBX|1|TX|VA-R^Visual acuity right||6/18||||||F\n"
        "OBX|2|NM|IOP-R^IOP right||21|mmHg|||||F\n"
        "OBX|3|TX|COMMENT||Pt aged 92, hard of hearing. Dtr Glenys on 01423 771 209.||||||F\n",
        [
            ("DATE", "202610281422"),
            ("MRN", "M2271904"),
            ("NAME", "BRAITHWAITE^Hilda^May"),
            ("DATE", "19340103"),
            ("AGE", "92"),
            ("NAME", "Glenys"),
            ("PHONE", "01423 771 209"),
        ],
    ),
    (
        "MSH|^~\\&|CERNER|EYEHOSP|||20261120111500||SIU^S12|SIU-30917|P|2.3\n"
        "SCH||APT447812||||ROUTINE|INJECTION|||^^30^20261203091500\n"
        "PID|1||00921554^^^EH^MRN||DE LA CRUZ^Marites^Santos||19600412|F|||^^Winnipeg^MB\n"
        "AIP|1||40031^KAMINSKI^Teresa^^^DR|ATTENDING\n",
        [
            ("DATE", "20261120111500"),
            ("DATE", "20261203091500"),
            ("MRN", "00921554"),
            ("NAME", "DE LA CRUZ^Marites^Santos"),
            ("DATE", "19600412"),
            ("ADDRESS", "Winnipeg"),
            ("NAME", "KAMINSKI^Teresa"),
        ],
    ),
    (
        "PID|1||E0034418^^^MAIN^MR||WASHINGTON^Cornelius^T||19470304|M|||^^Jackson^MS^39206\n"
        "PV1|1|O|RETINA||||1740288312^ABERNATHY-COLE^Joy^^^MD\n"
        "IN1|1|MCR|00112|MEDICARE|||||||||||||SEL||||||||||||||||||||||1EG4-TE5-MK73\n",
        [
            ("MRN", "E0034418"),
            ("NAME", "WASHINGTON^Cornelius^T"),
            ("DATE", "19470304"),
            ("ADDRESS", "Jackson"),
            ("ZIP", "39206"),
            ("LICENSE", "1740288312"),
            ("NAME", "ABERNATHY-COLE^Joy"),
            ("INSURANCE", "1EG4-TE5-MK73"),
        ],
    ),
    (
        "OBX|1|FT|NOTE^Clinic note||Seen with son Dev (works nights, call after 4pm on 0161 496 0822). "
        "Mrs Bhatt reports Charles Bonnet hallucinations (sees small people in Victorian dress). No "
        "psychosis. Reassured.||||||F\n"
        "PID|1||K33021^^^MFT^MR||BHATT^Kusum||19400818|F\n",
        [
            ("NAME", "Dev"),
            ("PHONE", "0161 496 0822"),
            ("NAME", "Bhatt"),
            ("MRN", "K33021"),
            ("NAME", "BHATT^Kusum"),
            ("DATE", "19400818"),
        ],
    ),
    (
        "MSH|^~\\&|OCT-GW|EYE-WS-14|PACS|RADS|20261117154502||ORM^O01|77410|P|2.3\n"
        "NTE|1||Study pushed from 10.41.7.22 (Spectralis, room 4) by tech dmarwick\n"
        "PID|1||H9920117^^^GCH^MR||ROUX^Anneliese||19881106|F\n"
        "ORC|NW|ORD77410||||||||||0455^FERREIRA^Tiago\n",
        [
            ("DATE", "20261117154502"),
            ("IP", "10.41.7.22"),
            ("NAME", "dmarwick"),
            ("MRN", "H9920117"),
            ("NAME", "ROUX^Anneliese"),
            ("DATE", "19881106"),
            ("NAME", "FERREIRA^Tiago"),
        ],
    ),
]

# --- FHIR JSON fragments ---------------------------------------------------------------------
POSITIVE += [
    (
        '{"resourceType": "Patient", "id": "pat-88213", "identifier": [{"system": '
        '"https://fhir.nhs.uk/Id/nhs-number", "value": "9434765870"}], "name": [{"family": "Ashcroft", '
        '"given": ["Winifred", "Joy"], "prefix": ["Mrs"]}], '
        '"birthDate": "1936-04-09", "address": [{"line": ["3 Orchard Way"], "city": '
        '"March", "postalCode": "PE15 8AP"}]}',
        [
            ("MRN", "9434765870"),
            ("NAME", "Ashcroft"),
            ("NAME", "Winifred"),
            ("NAME", "Joy"),
            ("DATE", "1936-04-09"),
            ("ADDRESS", "3 Orchard Way"),
            ("ADDRESS", "March"),
            ("ZIP", "PE15 8AP"),
        ],
    ),
    (
        '{"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": '
        '"http://loinc.org", "code": "79892-3", "display": "Right eye intraocular pressure"}]}, '
        '"subject": {"reference": "Patient/ZKT4410", "display": "Hemi Rangitoto"}, '
        '"effectiveDateTime": "2026-11-06T10:14:00+13:00", "performer": [{"display": '
        '"Nurse Kataraina Whaanga"}], "valueQuantity": {"value": 24, "unit": "mmHg"}, "note": '
        '[{"text": "Goldmann applanation; patient says drops ran out on Tuesday"}]}',
        [
            ("MRN", "ZKT4410"),
            ("NAME", "Hemi Rangitoto"),
            ("DATE", "2026-11-06T10:14:00+13:00"),
            ("NAME", "Kataraina Whaanga"),
        ],
    ),
    (
        '{"resourceType": "Appointment", "id": "appt-5512", "status": "booked", "start": '
        '"2026-12-08T13:30:00-05:00", "serviceType": [{"text": "Intravitreal injection"}], '
        '"participant": [{"actor": {"reference": "Patient/MRN-30418872", "display": '
        '"Oyelaran, Babatunde"}, "status": "accepted"}, {"actor": {"reference": '
        '"Practitioner/1619224470", "display": "Dr. Siobhan McGrath-Levy"}, "status": "accepted"}], '
        '"comment": "Pt requests Yoruba interpreter; call daughter 267-555-0113", '
        '"patientInstruction": "Check in online: https://mychart.penneye.org/appt/5512?pid=30418872"}',
        [
            ("DATE", "2026-12-08T13:30:00-05:00"),
            ("MRN", "30418872"),
            ("NAME", "Oyelaran, Babatunde"),
            ("LICENSE", "1619224470"),
            ("NAME", "Siobhan McGrath-Levy"),
            ("PHONE", "267-555-0113"),
            ("URL", "https://mychart.penneye.org/appt/5512?pid=30418872"),
        ],
    ),
    (
        '{"resourceType":"Patient","identifier":[{"type":{"text":"Medicare Number"},'
        '"value":"5501 88214 2","period":{"end":"2029-03"}},{"type":{"text":"UR"},"value":"88-120-441"}],'
        '"name":[{"use":"official","family":"Okeke-Nwachukwu","given":["Bartholomew"]}],'
        '"gender":"male","birthDate":"1968-10-31","address":[{"text":"Broken Hill NSW"}]}',
        [
            ("INSURANCE", "5501 88214 2"),
            ("DATE", "2029-03"),
            ("MRN", "88-120-441"),
            ("NAME", "Okeke-Nwachukwu"),
            ("NAME", "Bartholomew"),
            ("DATE", "1968-10-31"),
            ("ADDRESS", "Broken Hill"),
        ],
    ),
    (
        '{"resourceType":"DiagnosticReport","status":"final","code":{"text":"Fundus autofluorescence"},'
        '"subject":{"reference":"Patient/ON-6638201947","display":"Kwan, Esther"},'
        '"issued":"2026-11-19T16:02:00-05:00","resultsInterpreter":[{"display":"Prakash Venugopal MD"}],'
        '"conclusion":"Parafoveal hyperautofluorescent ring consistent with hydroxychloroquine '
        'toxicity. Patient informed by phone. Rheumatologist Dr. Abigail Stein at Sunnybrook copied."}',
        [
            ("INSURANCE", "ON-6638201947"),
            ("NAME", "Kwan, Esther"),
            ("DATE", "2026-11-19T16:02:00-05:00"),
            ("NAME", "Prakash Venugopal"),
            ("NAME", "Abigail Stein"),
        ],
    ),
    (
        '{"resourceType":"MedicationRequest","status":"active","medicationCodeableConcept":{"text":'
        '"Latanoprost 0.005% eye drops, 1 drop nocte both eyes"},"subject":{"display":"Ayesha Ebrahim",'
        '"identifier":{"system":"urn:za:medicalaid:discovery","value":"DH 110 482 337"}},'
        '"authoredOn":"2026-11-12","requester":{"display":"Dr Yusuf Cassim"},"note":[{"text":'
        '"Deliver to her home in Bo-Kaap, Cape Town; contact 021 424 7718"}]}',
        [
            ("NAME", "Ayesha Ebrahim"),
            ("INSURANCE", "DH 110 482 337"),
            ("DATE", "2026-11-12"),
            ("NAME", "Yusuf Cassim"),
            ("ADDRESS", "Bo-Kaap"),
            ("ADDRESS", "Cape Town"),
            ("PHONE", "021 424 7718"),
        ],
    ),
    (
        '{"resourceType":"AuditEvent","recorded":"2026-11-21T22:47:09Z","action":"R","agent":[{"who":'
        '{"display":"locum.optom.hsingh"},"requestor":true,"network":{"address":"172.16.88.41",'
        '"type":"2"}}],"source":{"observer":{"display":"EyeRecord EPR"}},"entity":[{"what":{"reference":'
        '"https://fhir.eyehosp.org.au/Patient/UR2204417"},"description":"Record of Ms Zara Petrovic '
        'opened from home VPN; off-roster access flagged"}]}',
        [
            ("DATE", "2026-11-21T22:47:09Z"),
            ("NAME", "locum.optom.hsingh"),
            ("IP", "172.16.88.41"),
            ("URL", "https://fhir.eyehosp.org.au/Patient/UR2204417"),
            ("NAME", "Zara Petrovic"),
        ],
    ),
]

# --- e-mail threads and portal messages ------------------------------------------------------
POSITIVE += [
    (
        "From: Harriet Okwuosa <harriet.okwuosa@nhs.net>\n"
        "Sent: 16 November 2026 08:12\n"
        "To: Eye Clinic Bookings\n"
        "Subject: RE: urgent slot for Mr Lancaster\n"
        "\n"
        "Hi team,\n"
        "Could we squeeze Mr Lancaster (K771203) into Thursday's retina clinic? He has had a vitreous "
        "haemorrhage in his only seeing eye. His wife Joan says he can't come on Friday.\n"
        "Thanks,\n"
        "Ophthalmic Nurse Practitioner | Ext 4418 | Bleep 722",
        [
            ("NAME", "Harriet Okwuosa"),
            ("EMAIL", "harriet.okwuosa@nhs.net"),
            ("DATE", "16 November 2026"),
            ("NAME", "Lancaster"),
            ("NAME", "Lancaster"),
            ("MRN", "K771203"),
            ("NAME", "Joan"),
        ],
    ),
    (
        "hi mel,\n"
        "\n"
        "yep happy to see her - pls book ms tuipulotu (UR 0773126) into my tues list 1/12, she's the "
        "lady with the Coats-like telangiectasia and exudate. can you also ask tevita to bring her "
        "old glasses\n"
        "\n"
        "cheers\n"
        "nick\n"
        "Retinal Specialist | Cairns Eye Specialists\n"
        "\n"
        "> she rang from Gordonvale, says vision is worse in the R eye.",
        [
            ("NAME", "mel"),
            ("NAME", "tuipulotu"),
            ("MRN", "0773126"),
            ("DATE", "1/12"),
            ("NAME", "tevita"),
            ("NAME", "nick"),
            ("ADDRESS", "Gordonvale"),
        ],
    ),
    (
        "From: Tonya Greathouse <tgreathouse@bluegrasseye.com>\n"
        "To: Dr. Abdirahman Warsame\n"
        "Date: Tue, Nov 17, 2026 at 2:05 PM\n"
        "Subject: Fwd: prior auth denied - Eylea HD\n"
        "\n"
        "Humana denied the PA for Clifford Vance (member ID H44718293), ref # PA-2026-1147721. The "
        "appeal needs your letter of medical necessity by 11/24.\n"
        "\n"
        "Bluegrass Eye Consultants",
        [
            ("NAME", "Tonya Greathouse"),
            ("EMAIL", "tgreathouse@bluegrasseye.com"),
            ("NAME", "Abdirahman Warsame"),
            ("DATE", "Nov 17, 2026"),
            ("NAME", "Clifford Vance"),
            ("INSURANCE", "H44718293"),
            ("DATE", "11/24"),
        ],
    ),
    (
        "From: Orla Nic Gabhann <orla@specsireland-athlone.ie>\n"
        "Date: 20/11/2026\n"
        "Re: Kevin Ó Dálaigh - Athlone\n"
        "\n"
        "HGV driver (licence no. 070162 88421), failed the Esterman today - 12 missed points "
        "binocularly, probable bilateral glaucoma, IOP 31/29. Told not to drive until seen.",
        [
            ("NAME", "Orla Nic Gabhann"),
            ("EMAIL", "orla@specsireland-athlone.ie"),
            ("DATE", "20/11/2026"),
            ("NAME", "Kevin Ó Dálaigh"),
            ("ADDRESS", "Athlone"),
            ("LICENSE", "070162 88421"),
        ],
    ),
    (
        "Dear Dr Kuppusamy,\n"
        "\n"
        "Noted with thanks. We have rescheduled Mr Yeo Kah Seng (MRN 2201-887-43) to 04 Dec 2026, "
        "2.30pm, Retina Clinic, Level 3.\n"
        "\n"
        "Best regards,\n"
        "Nurul Huda Binte Jamaludin\n"
        "Patient Service Associate | nurul.huda.j@eyehealth.sg\n"
        "\n"
        "> Please bring forward this patient's review - new CNV in the L eye.",
        [
            ("NAME", "Kuppusamy"),
            ("NAME", "Yeo Kah Seng"),
            ("MRN", "2201-887-43"),
            ("DATE", "04 Dec 2026"),
            ("NAME", "Nurul Huda"),
            ("NAME", "Jamaludin"),
            ("EMAIL", "nurul.huda.j@eyehealth.sg"),
        ],
    ),
    (
        "hey rangi - the lady from te kuiti, mrs whetu hakaraia (nhi bcq1184), has a macula-on RD in "
        "the L eye, last ate at 0700. theatre coordinator says we can do her 2morrow am if you're ok? "
        "her mokopuna aroha is with her, 021 0833 4412.\n"
        "sam",
        [
            ("NAME", "rangi"),
            ("ADDRESS", "te kuiti"),
            ("NAME", "whetu hakaraia"),
            ("MRN", "bcq1184"),
            ("NAME", "aroha"),
            ("PHONE", "021 0833 4412"),
            ("NAME", "sam"),
        ],
    ),
    (
        "From: Dr. Shreya Bhattacharya <shreya.bhattacharya@gmail.com>\n"
        "Sub: Ref - Mr. Debashis Sengupta, UHID NR-2211904\n"
        "\n"
        "Sir, forwarding OCT scans (65 M, from Salt Lake, Kolkata). Half-dose PDT for chronic CSCR was "
        "done on 12 Sept. Please review and advise.\n"
        "Regds",
        [
            ("NAME", "Shreya Bhattacharya"),
            ("EMAIL", "shreya.bhattacharya@gmail.com"),
            ("NAME", "Debashis Sengupta"),
            ("MRN", "NR-2211904"),
            ("ADDRESS", "Salt Lake"),
            ("ADDRESS", "Kolkata"),
            ("DATE", "12 Sept"),
        ],
    ),
    (
        "Patient message via MyChart - 11/19/2026 9:47 PM\n"
        "From: Rosalind Pettigrew (MRN 61-004-2281)\n"
        '"hi, my eye is still really red after the shot on monday and theres a black curtain at the '
        'top. am I ok to wait til my appt on dec 2? my husband phil can drive."\n'
        "\n"
        "Reply - Jordan Akinyemi, COT: please come to the clinic this morning; a curtain can mean a "
        "retinal detachment.",
        [
            ("DATE", "11/19/2026"),
            ("NAME", "Rosalind Pettigrew"),
            ("MRN", "61-004-2281"),
            ("DATE", "dec 2"),
            ("NAME", "phil"),
            ("NAME", "Jordan Akinyemi"),
        ],
    ),
    (
        "From: Dr Abigail Graves <abigail.graves2@nhs.net>\n"
        "Subject: joint TED clinic\n"
        "\n"
        "Can we add Tiegan Marsh-Oduya (15, Down syndrome, K921180) to the joint thyroid eye disease "
        "clinic on 9 Dec? She has Graves disease with lid retraction and a CAS of 3/7, and needs an "
        "orthoptic assessment and Hess chart first. Mum Stacey-Ann prefers texts.\n"
        "AG",
        [
            ("NAME", "Abigail Graves"),
            ("EMAIL", "abigail.graves2@nhs.net"),
            ("NAME", "Tiegan Marsh-Oduya"),
            ("MRN", "K921180"),
            ("DATE", "9 Dec"),
            ("NAME", "Stacey-Ann"),
            ("NAME", "AG"),
        ],
    ),
    (
        "Return-Path: <kwame.boateng77@gmail.com>\n"
        "X-Originating-IP: [203.0.113.47]\n"
        "Subject: my mum's eye appointment\n"
        "\n"
        "Hello, my mother Akosua Boateng (hospital number RF-3318207) has her cataract operation on "
        "3rd December but we now live in Oldham, not at the old address. Please update.",
        [
            ("EMAIL", "kwame.boateng77@gmail.com"),
            ("IP", "203.0.113.47"),
            ("NAME", "Akosua Boateng"),
            ("MRN", "RF-3318207"),
            ("DATE", "3rd December"),
            ("ADDRESS", "Oldham"),
        ],
    ),
]

# --- speech-to-text dictation (no punctuation or capitals) -----------------------------------
POSITIVE += [
    (
        "this is doctor amelia frost dictating a clinic letter to doctor peter onyango at the lodge "
        "surgery regarding mrs gladys pemberton date of birth fourteenth of june nineteen forty one "
        "hospital number k as in kilo seven seven four one zero nine she attended today the twentieth "
        "of november with her son graham full stop new paragraph she reports that the vision in her "
        "left eye has been worse since the summer comma acuity six over thirty six left and six over "
        "nine right full stop there is a large disciform scar at the left macula",
        [
            ("NAME", "amelia frost"),
            ("NAME", "peter onyango"),
            ("NAME", "gladys pemberton"),
            ("DATE", "fourteenth of june nineteen forty one"),
            ("MRN", "k as in kilo seven seven four one zero nine"),
            ("DATE", "twentieth of november"),
            ("NAME", "graham"),
        ],
    ),
    (
        "okay dictation for patient name mister venkatesh iyer uhid two zero two six slash zero four "
        "four one eight age seventy two male came with complaints of diminution of vision both eyes "
        "since six months fundus shows bilateral drusen with geographic atrophy right eye advised "
        "amsler grid monitoring and review in doctor sunitha reddy's retina clinic on the first of "
        "december his mobile number nine eight four five zero one two three three seven",
        [
            ("NAME", "venkatesh iyer"),
            ("MRN", "two zero two six slash zero four four one eight"),
            ("NAME", "sunitha reddy"),
            ("DATE", "first of december"),
            ("PHONE", "nine eight four five zero one two three three seven"),
        ],
    ),
    (
        "op note for the theatre list of the nineteenth of november patient is lachlan mcgregor u r "
        "number three three zero one eight eight two procedure left phaco and i o l surgeon myself "
        "cameron pike assisted by doctor hoang lens was a tecnis one zcb zero zero plus twenty point "
        "five serial number one eight eight four two nine zero three three one uncomplicated "
        "intracameral cefuroxime given",
        [
            ("DATE", "nineteenth of november"),
            ("NAME", "lachlan mcgregor"),
            ("MRN", "three three zero one eight eight two"),
            ("NAME", "cameron pike"),
            ("NAME", "hoang"),
            ("DEVICE", "one eight eight four two nine zero three three one"),
        ],
    ),
    (
        "letter to the patient copy to g p dear miss osei-bonsu following your visit on the third of "
        "november i enclose the results of your visual field test which are stable compared with last "
        "year please continue the latanoprost drops at night if you need to contact us please ring the "
        "glaucoma helpline on oh one one four two seven one two nine oh four address for the copy "
        "fourteen ravenscroft gardens sheffield s eleven eight b x",
        [
            ("NAME", "osei-bonsu"),
            ("DATE", "third of november"),
            ("PHONE", "oh one one four two seven one two nine oh four"),
            ("ADDRESS", "fourteen ravenscroft gardens"),
            ("ADDRESS", "sheffield"),
            ("ZIP", "s eleven eight b x"),
        ],
    ),
    (
        "ophthalmology consult e d bed twelve patient jaylen brooks-whitaker twenty three year old male "
        "m r n four four seven one nine zero two paintball injury to the right eye without goggles "
        "hyphema grade one pressure twenty four no open globe on c t his mom tanisha brooks can be "
        "reached at five five five zero one six one discussed with attending doctor rebecca stoltzfus",
        [
            ("NAME", "jaylen brooks-whitaker"),
            ("MRN", "four four seven one nine zero two"),
            ("NAME", "tanisha brooks"),
            ("PHONE", "five five five zero one six one"),
            ("NAME", "rebecca stoltzfus"),
        ],
    ),
    (
        "dictating for doctor nowak re patient harold running bird date of birth march third nineteen "
        "fifty five health services number nine four two one eight eight three zero four seen at the "
        "la ronge clinic today november twenty fifth moderate non proliferative diabetic retinopathy "
        "both eyes no macular edema return in four months with photos cc doctor ashley mcleod",
        [
            ("NAME", "nowak"),
            ("NAME", "harold running bird"),
            ("DATE", "march third nineteen fifty five"),
            ("INSURANCE", "nine four two one eight eight three zero four"),
            ("ADDRESS", "la ronge"),
            ("DATE", "november twenty fifth"),
            ("NAME", "ashley mcleod"),
        ],
    ),
    (
        "dictation for mister johannes van rooyen folder number two two four four one nine eight from "
        "worcester he is a ninety one year old gentleman with bilateral pseudophakia and a left "
        "epiretinal membrane with metamorphopsia he does not want surgery his daughter marlene can be "
        "phoned on zero eight two four four one seven seven three eight",
        [
            ("NAME", "johannes van rooyen"),
            ("MRN", "two two four four one nine eight"),
            ("ADDRESS", "worcester"),
            ("AGE", "ninety one"),
            ("NAME", "marlene"),
            ("PHONE", "zero eight two four four one seven seven three eight"),
        ],
    ),
    (
        "to doctor niamh o'riordan comma castlebar full stop re colm mchale comma date of birth the "
        "second of february nineteen sixty comma m r n one one four four seven two new paragraph colm "
        "was seen in the oculoplastic clinic with a left lower lid lesion comma rolled pearly edges "
        "comma query b c c full stop biopsy booked",
        [
            ("NAME", "niamh o'riordan"),
            ("ADDRESS", "castlebar"),
            ("NAME", "colm"),
            ("NAME", "mchale"),
            ("DATE", "second of february nineteen sixty"),
            ("MRN", "one one four four seven two"),
            ("NAME", "colm"),
        ],
    ),
    (
        "voice note for the injection nurses kaye and bronwyn re mr ruka kereama who missed his "
        "aflibercept on monday he lives out at opotiki and his car broke down please rebook him for "
        "the twenty seventh of november and ring his niece on oh two seven four four one three nine "
        "nine two",
        [
            ("NAME", "kaye"),
            ("NAME", "bronwyn"),
            ("NAME", "ruka kereama"),
            ("ADDRESS", "opotiki"),
            ("DATE", "twenty seventh of november"),
            ("PHONE", "oh two seven four four one three nine nine two"),
        ],
    ),
    (
        "clinic note for madam tay geok hua case number one zero zero four six six eight two two "
        "right eye polypoidal choroidal vasculopathy on i c g a plan p d t plus aflibercept follow up "
        "with doctor kavitha at the ang mo kio clinic her grandson marcus tay will bring her contact "
        "nine one four four seven zero two eight",
        [
            ("NAME", "tay geok hua"),
            ("MRN", "one zero zero four six six eight two two"),
            ("NAME", "kavitha"),
            ("ADDRESS", "ang mo kio"),
            ("NAME", "marcus tay"),
            ("PHONE", "nine one four four seven zero two eight"),
        ],
    ),
]

# --- nursing handovers -----------------------------------------------------------------------
POSITIVE += [
    (
        "EYE WARD HANDOVER - nights to days 21/11/26\n"
        "A1 Mr Percival Onwuachi 88 - day 1 post R PPV/gas, posturing face down poorly, IOP 32 at "
        "0400, given Diamox 500 mg IV per the registrar.\n"
        "A2 Mrs June Almond 94 - admitted via EED with L endophthalmitis post injection, on hourly "
        "ofloxacin + ceftazidime drops. NOK son Terry.\n"
        "A3 empty\n"
        "Nurse in charge: Joy Mbeki-Harding",
        [
            ("DATE", "21/11/26"),
            ("NAME", "Percival Onwuachi"),
            ("NAME", "June Almond"),
            ("AGE", "94"),
            ("NAME", "Terry"),
            ("NAME", "Joy Mbeki-Harding"),
        ],
    ),
    (
        "SBAR - Ophthalmology ward 5B, 23/11 1900h\n"
        "S: Mr Clarence Baptiste, UR 4482019, 76yo, day 0 post L trabeculectomy\n"
        "B: anticoagulated (warfarin, INR 2.3)\n"
        "A: hyphaema 2 mm, IOP 9, bleb formed\n"
        "R: head up 45 degrees. Notify Dr Wojcik (reg) if pain. Daughter Opal collecting tomorrow to "
        "take him home to Bright.",
        [
            ("DATE", "23/11"),
            ("NAME", "Clarence Baptiste"),
            ("MRN", "4482019"),
            ("NAME", "Wojcik"),
            ("NAME", "Opal"),
            ("ADDRESS", "Bright"),
        ],
    ),
    (
        "RN handover 11/22 0700 - eye/ENT unit rm 14: Pt Delbert Yellowhorse, 67M, MRN 5502719, s/p "
        "L scleral buckle POD1, RAPD (Marcus Gunn pupil) noted L pre-op, pain 3/10 on Tylenol. Wife at "
        "bedside. Lives in Browning MT, 2 hr drive - SW consult for lodging; his pickup (MT plate "
        "38-4471B) is in visitor lot C. Handed to Marcus Obi RN.",
        [
            ("DATE", "11/22"),
            ("NAME", "Delbert Yellowhorse"),
            ("MRN", "5502719"),
            ("ADDRESS", "Browning"),
            ("VEHICLE", "38-4471B"),
            ("NAME", "Marcus Obi"),
        ],
    ),
    (
        "Ward 3 (Eye) handover 22/11/2026 night shift\n"
        "Bed 4: Mrs. Kamala Devi W/o Suresh Prasad, IP No. 26-11873, POD 1 RE SICS - mild corneal "
        "oedema, Tab Diamox given at 2 am.\n"
        "Bed 7: Master Aarav Gupta, 6 yrs, IP No. 26-11902, RE traumatic cataract (cricket ball) - "
        "pre-op, NBM from 12 midnight, consent by father.",
        [
            ("DATE", "22/11/2026"),
            ("NAME", "Kamala Devi"),
            ("NAME", "Suresh Prasad"),
            ("MRN", "26-11873"),
            ("NAME", "Aarav Gupta"),
            ("MRN", "26-11902"),
        ],
    ),
    (
        "day ward handover - bed 2 mrs brid o'shea (mrn 0419981) for R phaco, diabetic, BM 14.2 this "
        "am, dr kiely aware. bed 5 jimmy flanagan anxious, hard of hearing, daughter siobhan staying. "
        "bed 6 empty. nurse: ger",
        [
            ("NAME", "brid o'shea"),
            ("MRN", "0419981"),
            ("NAME", "kiely"),
            ("NAME", "jimmy flanagan"),
            ("NAME", "siobhan"),
            ("NAME", "ger"),
        ],
    ),
    (
        "Night report Eye Ward 14 - 2026/11/25\n"
        "1. Bongani Zulu (file 77 1204 88) - R ruptured globe repaired today, IV ceftazidime and "
        "vancomycin. Mother phoned at 19:40 from Pietermaritzburg.\n"
        "2. Gert Coetzee - L CRAO, 90 yrs, for ESR/CRP and carotid doppler.\n"
        "Sr. Nosipho Cele",
        [
            ("DATE", "2026/11/25"),
            ("NAME", "Bongani Zulu"),
            ("MRN", "77 1204 88"),
            ("ADDRESS", "Pietermaritzburg"),
            ("NAME", "Gert Coetzee"),
            ("AGE", "90"),
            ("NAME", "Nosipho Cele"),
        ],
    ),
]

# --- intravitreal injection clinic logs ------------------------------------------------------
POSITIVE += [
    (
        "INTRAVITREAL INJECTION LOG - Room 4 - 24/11/2026   Injector: Sr Adaeze Nwankwo\n"
        "No Hosp No  Patient           Eye Drug         Dose    Batch    Interval\n"
        "1  V203318  HOLDEN, Margery   R   aflibercept  2 mg    KT0934A  8/52\n"
        "2  V220019  MAY, Rose         L   aflibercept  2 mg    KT0934A  10/52\n",
        [
            ("DATE", "24/11/2026"),
            ("NAME", "Adaeze Nwankwo"),
            ("MRN", "V203318"),
            ("NAME", "HOLDEN, Margery"),
            ("MRN", "V220019"),
            ("NAME", "MAY, Rose"),
        ],
    ),
    (
        "Eylea clinic, Bundaberg outreach, 18/11/26\n"
        "- Dulcie Harrop UR 0671224 R eye #14 (q10w) - CMT stable at 262.\n"
        "- Mrs Nguyen Thi Hoa R eye - declined today, wants to discuss with her son Minh first; "
        "Vietnamese interpreter booked for next time.",
        [
            ("ADDRESS", "Bundaberg"),
            ("DATE", "18/11/26"),
            ("NAME", "Dulcie Harrop"),
            ("MRN", "0671224"),
            ("NAME", "Nguyen Thi Hoa"),
            ("NAME", "Minh"),
        ],
    ),
    (
        "Date\tMRN\tPatient\tEye\tDrug\tNDC\tLot\n"
        "11/13/2026\t7730021\tFontaine, Beau\tOD\tbevacizumab 1.25mg\t50242-060-01\tB4471C\n"
        "11/13/2026\t7731190\tWindwalker, Sage\tOU\tfaricimab 6mg\t50242-096-01\tF30917\n",
        [
            ("DATE", "11/13/2026"),
            ("MRN", "7730021"),
            ("NAME", "Fontaine, Beau"),
            ("DATE", "11/13/2026"),
            ("MRN", "7731190"),
            ("NAME", "Windwalker, Sage"),
        ],
    ),
    (
        "Intravitreal Inj. Register - 20/11/2026\n"
        "Sr | MR No      | Name                | Eye | Drug                | Payment\n"
        "1  | 41-22-0871 | Gurpreet Kaur Bains | RE  | Inj. Razumab 0.5 mg | CGHS card 88120044\n"
        "2  | 41-22-1149 | Mohd. Salim Ansari  | LE  | Inj. Accentrix      | Cash, bill no. 2026/INJ/5512\n",
        [
            ("DATE", "20/11/2026"),
            ("MRN", "41-22-0871"),
            ("NAME", "Gurpreet Kaur Bains"),
            ("INSURANCE", "88120044"),
            ("MRN", "41-22-1149"),
            ("NAME", "Mohd. Salim Ansari"),
            ("ACCOUNT", "2026/INJ/5512"),
        ],
    ),
    (
        "Nurse-led injection clinic, Palmerston North, 25/11/26 - RN Moana Tihema\n"
        "1) Graham Te Huia, NHI KRB3309 - L aflibercept, pre-IOP 14, post 22 at 10 min, ok to go.\n"
        "2) Enid Sparrow - R faricimab; small corneal abrasion from the speculum, chloramphenicol "
        "given. Home OCT device (serial NH-0042178) returned today.",
        [
            ("ADDRESS", "Palmerston North"),
            ("DATE", "25/11/26"),
            ("NAME", "Moana Tihema"),
            ("NAME", "Graham Te Huia"),
            ("MRN", "KRB3309"),
            ("NAME", "Enid Sparrow"),
            ("DEVICE", "NH-0042178"),
        ],
    ),
    (
        "IVT list 26/11/2026\n"
        "1. Chan Kok Leong, MRN 3318-2207, RE Eylea, 80 yo - accompanied by domestic helper Marites\n"
        "2. Rajeswari d/o Subramaniam, LE Lucentis - PCV, post PDT\n",
        [
            ("DATE", "26/11/2026"),
            ("NAME", "Chan Kok Leong"),
            ("MRN", "3318-2207"),
            ("NAME", "Marites"),
            ("NAME", "Rajeswari"),
            ("NAME", "Subramaniam"),
        ],
    ),
    (
        "Injection clinic incident log 12/11/2026 - wrong-eye near miss: Mr Adeleke Bankole (K402216) "
        "listed for R, consent and marking for L. Picked up at the WHO check by Staff Nurse Orla "
        "Devine. Datix 118842 raised.",
        [
            ("DATE", "12/11/2026"),
            ("NAME", "Adeleke Bankole"),
            ("MRN", "K402216"),
            ("NAME", "Orla Devine"),
        ],
    ),
]

# --- diabetic eye screening grading reports --------------------------------------------------
POSITIVE += [
    (
        "DIABETIC EYE SCREENING PROGRAMME - GRADING OUTCOME (North Yorkshire DESP)\n"
        "Subject: Mr Barnaby Thistlethwaite   DOB: 17/12/1963   Thirsk\n"
        "Screening date: 03/11/2026   Site: Thirsk Library (mobile unit)\n"
        "Camera: Canon CR-2 AF   Serial no. 6022117\n"
        "R: R1 M1 P0   L: R2 M0 P0   Outcome: refer to HES (routine, M1)\n"
        "Primary grader: Chantelle Ibe",
        [
            ("NAME", "Barnaby Thistlethwaite"),
            ("DATE", "17/12/1963"),
            ("ADDRESS", "Thirsk"),
            ("DATE", "03/11/2026"),
            ("DEVICE", "6022117"),
            ("NAME", "Chantelle Ibe"),
        ],
    ),
    (
        "Diabetic Retinopathy Screening - result letter\n"
        "Dear Mrs Kirsty MacLeod-Ferrie,   CHI: 2304719887\n"
        "Your photographs taken on 29 October 2026 at Broadford, Isle of Skye, show background "
        "retinopathy (R1) and no maculopathy (M0) in both eyes. You will be invited again in 12 months. "
        "If your address has changed (we have: Broadford IV49 9AB) please let us know.\n"
        "DRS Administrator: Fraser Munro",
        [
            ("NAME", "Kirsty MacLeod-Ferrie"),
            ("MRN", "2304719887"),
            ("DATE", "29 October 2026"),
            ("ADDRESS", "Broadford"),
            ("ADDRESS", "Broadford"),
            ("ZIP", "IV49 9AB"),
            ("NAME", "Fraser Munro"),
        ],
    ),
    (
        "Retinal screening report - Fitzroy Crossing clinic, 09/11/2026\n"
        "Client: Kaylene Cox-Ningali, HRN 552108, community: Bayulu\n"
        "Camera: Topcon NW400 (SN 1180443)\n"
        "Grading (tele-ophthalmology): R moderate NPDR with CSME; L mild NPDR, no DMO.\n"
        "Action: refer to visiting ophthalmologist.",
        [
            ("ADDRESS", "Fitzroy Crossing"),
            ("DATE", "09/11/2026"),
            ("NAME", "Kaylene Cox-Ningali"),
            ("MRN", "552108"),
            ("ADDRESS", "Bayulu"),
            ("DEVICE", "1180443"),
        ],
    ),
    (
        "TELERETINAL DIABETIC SCREENING - primary care site: Cheyenne River IHS Health Center\n"
        "Patient: Two Bulls, Marcella   DOB 06/02/1974   Eagle Butte\n"
        "Images acquired 10/27/2026 by Clinton Ducheneaux, camera Optos Daytona s/n 40-22915\n"
        "Read by: tele-optometry hub\n"
        "Findings: OD moderate NPDR, no CSME; OS severe NPDR (4-2-1 rule). Recommend ophthalmology "
        "referral within 1 month.",
        [
            ("NAME", "Two Bulls, Marcella"),
            ("DATE", "06/02/1974"),
            ("ADDRESS", "Eagle Butte"),
            ("DATE", "10/27/2026"),
            ("NAME", "Clinton Ducheneaux"),
            ("DEVICE", "40-22915"),
        ],
    ),
    (
        "Diabetic Eye Screening Wales - Results\n"
        "Name: Dafydd ap Rhys   DOB 09/03/1970   Cardigan SA43 1JW\n"
        "Screened 16/11/2026 at the Cardigan mobile unit; images graded by Bethan Llywelyn.\n"
        "Result: R0M0 right; R1M0 left. Recall 12 months.",
        [
            ("NAME", "Dafydd ap Rhys"),
            ("DATE", "09/03/1970"),
            ("ADDRESS", "Cardigan"),
            ("ZIP", "SA43 1JW"),
            ("DATE", "16/11/2026"),
            ("ADDRESS", "Cardigan"),
            ("NAME", "Bethan Llywelyn"),
        ],
    ),
    (
        "Diabetic RetinaScreen - grading report\n"
        "Client ID: DRS-448120   Name: Ultan Mac Donncha   Address: Carrowmore, Gort, Co. Galway\n"
        "Screened: 10/11/2026, Gort Primary Care Centre\n"
        "Grade: R3A (active proliferative) L eye - urgent referral to treatment centre.\n"
        "Grader: Zofia Grabowska\n"
        "View your images: https://myretinascreen.ie/c/DRS-448120/2026-11-10",
        [
            ("MRN", "DRS-448120"),
            ("NAME", "Ultan Mac Donncha"),
            ("ADDRESS", "Carrowmore"),
            ("ADDRESS", "Gort"),
            ("ADDRESS", "Galway"),
            ("DATE", "10/11/2026"),
            ("NAME", "Zofia Grabowska"),
            ("URL", "https://myretinascreen.ie/c/DRS-448120/2026-11-10"),
        ],
    ),
]

# --- low-vision, sight-impairment and disability certification --------------------------------
POSITIVE += [
    (
        "CERTIFICATE OF VISION IMPAIRMENT (CVI) - Part 1\n"
        "Patient: Ms Marjorie Evangeline Sutcliffe, Hebden Bridge\n"
        "DOB: 30/01/1935 (age 91)   NHS number: 944 118 2057\n"
        "I consider that this person is: [X] Sight impaired (partially sighted)  [ ] Severely sight "
        "impaired\n"
        "Certifying consultant: Mr Kwabena Asamoah-Boadu   Date of examination: 19/11/2026\n"
        "Part 2: BCVA R 6/60, L 3/60. Humphrey 24-2: MD -18 dB both eyes.",
        [
            ("NAME", "Marjorie Evangeline Sutcliffe"),
            ("ADDRESS", "Hebden Bridge"),
            ("DATE", "30/01/1935"),
            ("AGE", "91"),
            ("MRN", "944 118 2057"),
            ("NAME", "Kwabena Asamoah-Boadu"),
            ("DATE", "19/11/2026"),
        ],
    ),
    (
        "LOW VISION ASSESSMENT\n"
        "Client: Herbert Lindqvist, 89, Hervey Bay QLD. Referred by his ophthalmologist.\n"
        "Dx: bilateral geographic atrophy. Magnifier trial: Eschenbach 4x stand - reads N8 with effort; "
        "recommended Eschenbach Mobilux LED 5x; OrCam discussed. Daughter Ingrid to arrange funding "
        "through My Aged Care. Equipment invoice INV-26-08812.\n"
        "OT: Priya Mistry   Date: 12/11/2026",
        [
            ("NAME", "Herbert Lindqvist"),
            ("ADDRESS", "Hervey Bay"),
            ("NAME", "Ingrid"),
            ("ACCOUNT", "INV-26-08812"),
            ("NAME", "Priya Mistry"),
            ("DATE", "12/11/2026"),
        ],
    ),
    (
        "CERTIFICATE OF LEGAL BLINDNESS - State Division of Services for the Blind\n"
        "Applicant: Obadiah Pennington   DOB: 12/08/1951   Case #: CB-26-07781   Hope, AR\n"
        "Best-corrected acuity: OD 20/400, OS CF 3 ft. Central field < 20 degrees OU. End-stage POAG.\n"
        "Examining physician: Leticia Fairweather, MD   License AR E-2214\n"
        "Disability parking placard: vehicle VIN 1FTFW1E50MFA44172 (driven by wife).",
        [
            ("NAME", "Obadiah Pennington"),
            ("DATE", "12/08/1951"),
            ("MRN", "CB-26-07781"),
            ("ADDRESS", "Hope"),
            ("NAME", "Leticia Fairweather"),
            ("LICENSE", "E-2214"),
            ("VEHICLE", "1FTFW1E50MFA44172"),
        ],
    ),
    (
        "NCBI referral and Blind Welfare Allowance form\n"
        "Name: Bartley Ó Flaithearta   Address: Inis Meáin, Aran Islands, Co. Galway\n"
        "DOB 04/04/1931 (95 yrs)   Medical card 7730214R\n"
        "VA: R HM, L 1/60. Diagnosis: end-stage neovascular AMD both eyes.\n"
        "Certified by: Ms Deirdre Lenihan, Consultant Ophthalmologist.",
        [
            ("NAME", "Bartley Ó Flaithearta"),
            ("ADDRESS", "Inis Meáin"),
            ("ADDRESS", "Galway"),
            ("DATE", "04/04/1931"),
            ("AGE", "95"),
            ("INSURANCE", "7730214R"),
            ("NAME", "Deirdre Lenihan"),
        ],
    ),
    (
        "CNIB referral\n"
        "Client: Sunita Chaudhary-Bell, 44, Brampton ON L6Y 4R1\n"
        "Diagnosis: Stargardt disease (ABCA4), VA 20/200 OU, central scotomas.\n"
        "Requested: orientation and mobility, iPhone VoiceOver training, help with Ontario Disability "
        "Support Program forms. Plate of her car for the accessible permit: CBKR 418.\n"
        "Referring: Dr. Tobias Lindgren, CPSO #91327",
        [
            ("NAME", "Sunita Chaudhary-Bell"),
            ("ADDRESS", "Brampton"),
            ("ZIP", "L6Y 4R1"),
            ("VEHICLE", "CBKR 418"),
            ("NAME", "Tobias Lindgren"),
            ("LICENSE", "91327"),
        ],
    ),
    (
        "DISABILITY CERTIFICATE (Visual Impairment)\n"
        "Certificate No.: KA/BLR/VI/2026/11842\n"
        "This is to certify that Shri Manjunath Gowda S/o Shri Ramegowda, aged 38, R/o Vijayanagar, "
        "Mysuru, is a case of retinitis pigmentosa both eyes with BCVA RE 3/60, LE CF 1 m and "
        "fields < 10 degrees. Percentage of visual impairment: 100% (Category: Blindness).\n"
        "Chairperson, Medical Board: Dr. H. S. Prakash   Date: 17/11/2026",
        [
            ("MRN", "KA/BLR/VI/2026/11842"),
            ("NAME", "Manjunath Gowda"),
            ("NAME", "Ramegowda"),
            ("ADDRESS", "Vijayanagar"),
            ("ADDRESS", "Mysuru"),
            ("NAME", "H. S. Prakash"),
            ("DATE", "17/11/2026"),
        ],
    ),
    (
        "Blind Low Vision NZ - membership eligibility form\n"
        "Applicant: Huhana Te Moananui-Reid   NHI: DLT2290   DOB: 25/12/1948   Paraparaumu\n"
        "BCVA: R 6/60, L 6/36 (no improvement with pinhole). Diagnosis: diabetic maculopathy and PRP "
        "scarring. NZTA notified - not to drive; car rego MKT419.\n"
        "Certifying optometrist: Gaurav Malhotra (ODOB 40-4471)",
        [
            ("NAME", "Huhana Te Moananui-Reid"),
            ("MRN", "DLT2290"),
            ("DATE", "25/12/1948"),
            ("ADDRESS", "Paraparaumu"),
            ("VEHICLE", "MKT419"),
            ("NAME", "Gaurav Malhotra"),
            ("LICENSE", "40-4471"),
        ],
    ),
]

# --- transport and interpreter bookings ------------------------------------------------------
POSITIVE += [
    (
        "PATIENT TRANSPORT BOOKING - Eye Unit\n"
        "Patient: Mr Eustace Ogunleye-Price\n"
        "Pickup: 7 Lark Rise, Wool - ground-floor flat, key safe code given to crew verbally\n"
        "Appointment: 02/12/2026 09:20, Eye Outpatients, Dorchester\n"
        "Mobility: walks with frame, registered sight impaired, 1 escort (wife Precious)\n"
        "Booked by: ward clerk, ext 5521, ref PTS-4471128",
        [
            ("NAME", "Eustace Ogunleye-Price"),
            ("ADDRESS", "7 Lark Rise"),
            ("ADDRESS", "Wool"),
            ("DATE", "02/12/2026"),
            ("ADDRESS", "Dorchester"),
            ("NAME", "Precious"),
        ],
    ),
    (
        "TIS National booking confirmation\n"
        "Language: Dari   Mode: on-site\n"
        "Client: Mr Ghulam Sakhi Rahimi   UR 0744291\n"
        "Location: Eye Clinic, Level 2, Westmead   Date/time: 03/12/2026 10:30-11:30\n"
        "Interpreter: Farida Noorzai (NAATI 77120)",
        [
            ("NAME", "Ghulam Sakhi Rahimi"),
            ("MRN", "0744291"),
            ("ADDRESS", "Westmead"),
            ("DATE", "03/12/2026"),
            ("NAME", "Farida Noorzai"),
            ("LICENSE", "77120"),
        ],
    ),
    (
        "Medical Travel Request - NIHB\n"
        "Client: Norman Kakegamic   NIHB client ID 2030118842\n"
        "Community: Sandy Lake First Nation, ON P0V 1V0\n"
        "Travel to: Thunder Bay, retina clinic, 2026-12-09 (pre-op for vitrectomy)\n"
        "Escort approved: yes - daughter Alice (Oji-Cree interpreter)",
        [
            ("NAME", "Norman Kakegamic"),
            ("INSURANCE", "2030118842"),
            ("ADDRESS", "Sandy Lake"),
            ("ZIP", "P0V 1V0"),
            ("ADDRESS", "Thunder Bay"),
            ("DATE", "2026-12-09"),
            ("NAME", "Alice"),
        ],
    ),
    (
        "Interpreter request: ASL (Deaf, Usher syndrome type 1) - patient Esperanza Quintanilla-Moore, "
        "MRN 22-480117. Appt 12/04/2026 2:15 PM with Dr. Liam Okafor-Nielsen, Retina. Contact by VRS "
        "or text only: 323-555-0164. Ride: Access paratransit trip AP-9920771 from her home in Los "
        "Angeles. Telehealth back-up link: https://telehealth.eyeinst.org/join/EQM-0412-7731",
        [
            ("NAME", "Esperanza Quintanilla-Moore"),
            ("MRN", "22-480117"),
            ("DATE", "12/04/2026"),
            ("NAME", "Liam Okafor-Nielsen"),
            ("PHONE", "323-555-0164"),
            ("ADDRESS", "Los Angeles"),
            ("URL", "https://telehealth.eyeinst.org/join/EQM-0412-7731"),
        ],
    ),
    (
        "Interpreting booking ref INT-26-30918\n"
        "Language: Tigrinya (male interpreter requested)\n"
        "Patient: Mr Tesfay Gebremedhin, 58 Broad Street, Reading   Hosp no: T5509981\n"
        "Clinic: Glaucoma, 07/12/2026 14:00, Prince Charles Eye Unit\n"
        "Interpreter: Yonas Haile (NRPSI 18832)",
        [
            ("NAME", "Tesfay Gebremedhin"),
            ("ADDRESS", "58 Broad Street"),
            ("ADDRESS", "Reading"),
            ("MRN", "T5509981"),
            ("DATE", "07/12/2026"),
            ("NAME", "Yonas Haile"),
            ("LICENSE", "18832"),
        ],
    ),
    (
        "PPT REQUEST - Eastern Cape EMS\n"
        "Patient: Nomsa Gqirana, folder 4402219, from Tsolo\n"
        "To: Frere Hospital eye clinic, East London, 2026-12-07 (pre-op cataract)\n"
        "Escort: grandson. Family car (reg JFK 418 EC) unavailable.\n"
        "Requested by: Sr. Fikile Mtshali, Tsolo CHC",
        [
            ("NAME", "Nomsa Gqirana"),
            ("MRN", "4402219"),
            ("ADDRESS", "Tsolo"),
            ("ADDRESS", "East London"),
            ("DATE", "2026-12-07"),
            ("VEHICLE", "JFK 418 EC"),
            ("NAME", "Fikile Mtshali"),
        ],
    ),
]

# --- prescriptions, dispensing labels, pharmacy faxes ----------------------------------------
POSITIVE += [
    (
        "Hospital outpatient prescription (FP10HP)\n"
        "Patient: Ellen Whitmore-Adjei   Hosp No K330218   Crewkerne\n"
        "Dorzolamide 2%/timolol 0.5% (Cosopt) eye drops, 1 drop BD both eyes, 1 x 10 ml\n"
        "Latanoprost 50 micrograms/ml, 1 drop ON both eyes, 3 x 2.5 ml\n"
        "Prescriber: Dr Tobenna Uzoma   GMC 7320914\n"
        "Pharmacist check: AJ 26/11/2026",
        [
            ("NAME", "Ellen Whitmore-Adjei"),
            ("MRN", "K330218"),
            ("ADDRESS", "Crewkerne"),
            ("NAME", "Tobenna Uzoma"),
            ("LICENSE", "7320914"),
            ("NAME", "AJ"),
            ("DATE", "26/11/2026"),
        ],
    ),
    (
        "eRx sent 11/18/2026 14:07 to CVS #4471, Austin TX\n"
        "Pt: Ramírez-Ochoa, Guadalupe   DOB 1967-11-02\n"
        "prednisolone acetate 1% ophth susp, 1 gtt OD QID x 7d then taper, 10 mL, RF 0\n"
        "Prescriber: Nathaniel Kovacs, MD   NPI 1932047716   DEA BK4417720",
        [
            ("DATE", "11/18/2026"),
            ("ADDRESS", "Austin"),
            ("NAME", "Ramírez-Ochoa, Guadalupe"),
            ("DATE", "1967-11-02"),
            ("NAME", "Nathaniel Kovacs"),
            ("LICENSE", "1932047716"),
            ("LICENSE", "BK4417720"),
        ],
    ),
    (
        "Dr. Ashok Kumar Sharma, MS (Ophth), DMC Reg. No. 41882\n"
        "Shanti Netralaya, Lajpat Nagar-II, New Delhi\n"
        "Date: 27/11/2026\n"
        "Name: Smt. Kiran Bala Malhotra   Age: 64 yrs   Sex: F   OPD No: 26/88412\n"
        "Rx: 1. E/d Moxifloxacin 0.5% - 1 drop 4 times/day RE x 1 week\n"
        "2. E/d Prednisolone acetate 1% - 6 times/day RE, taper weekly\n"
        "3. E/d Nepafenac 0.1% - 3 times/day RE x 4 weeks. Dark glasses. No head bath x 1 week.",
        [
            ("NAME", "Ashok Kumar Sharma"),
            ("LICENSE", "41882"),
            ("ADDRESS", "Lajpat Nagar-II"),
            ("ADDRESS", "New Delhi"),
            ("DATE", "27/11/2026"),
            ("NAME", "Kiran Bala Malhotra"),
            ("MRN", "26/88412"),
        ],
    ),
    (
        "[DISPENSING LABEL]\n"
        "MDM ONG MEI HWA\n"
        "Brinzolamide 1% (Azopt) 5 ml - instil 1 drop into BOTH eyes 2 times a day\n"
        "Dispensed 20/11/2026   Rx No. 26-4471098\n"
        "Pharmacist: Siti Khadijah Binte Rahmat   Enquiries: 6227 9938",
        [
            ("NAME", "ONG MEI HWA"),
            ("DATE", "20/11/2026"),
            ("NAME", "Siti Khadijah"),
            ("NAME", "Rahmat"),
            ("PHONE", "6227 9938"),
        ],
    ),
    (
        "FAX - Rx renewal request\n"
        "To: Dr. Okonkwo-Lambert, fax 613-555-0151\n"
        "From: Bank Street Pharmacy\n"
        "Patient: Huguette Lachance-Obi, OHIP 2291 447 718 AB\n"
        "Current: Lumigan RC 0.01% 1 gtt qhs OU, last filled Oct 28. Please authorize 3 refills.\n"
        "Pharmacist: Jae-won Park, OCP #612233",
        [
            ("NAME", "Okonkwo-Lambert"),
            ("FAX", "613-555-0151"),
            ("NAME", "Huguette Lachance-Obi"),
            ("INSURANCE", "2291 447 718"),
            ("DATE", "Oct 28"),
            ("NAME", "Jae-won Park"),
            ("LICENSE", "612233"),
        ],
    ),
    (
        "Dispensed 24/11/26 Unichem, Taupō - timolol 0.5% e/d - Hone Tawhiri (NHI WPN3381) - 1 bottle "
        "- Rx Dr Saskia de Groot - delivered to his home (niece signed: Mihi)",
        [
            ("DATE", "24/11/26"),
            ("ADDRESS", "Taupō"),
            ("NAME", "Hone Tawhiri"),
            ("MRN", "WPN3381"),
            ("NAME", "Saskia de Groot"),
            ("NAME", "Mihi"),
        ],
    ),
]

# --- complaint letters and feedback ----------------------------------------------------------
POSITIVE += [
    (
        "PALS / Complaints Team\n"
        "From: Mrs Philippa Ashdown-Kerr, Deal\n"
        "23rd November 2026\n"
        "\n"
        "I am writing on behalf of my father, Mr Leonard Ashdown (hospital number D550127), who is 92. "
        "On 4 November he waited over five hours in the eye clinic without food, and was then told "
        "that his injection was cancelled because Dr Haverford's list was overbooked. He has wet "
        "macular degeneration and has now missed two injections. It has caused a great deal of worry.\n"
        "philippa.ak@gmail.com",
        [
            ("NAME", "Philippa Ashdown-Kerr"),
            ("ADDRESS", "Deal"),
            ("DATE", "23rd November 2026"),
            ("NAME", "Leonard Ashdown"),
            ("MRN", "D550127"),
            ("AGE", "92"),
            ("DATE", "4 November"),
            ("NAME", "Haverford"),
            ("EMAIL", "philippa.ak@gmail.com"),
        ],
    ),
    (
        "To the Office of the Health Ombudsman\n"
        "Re: complaint about Dr Rowan Ellery-Stone, ophthalmologist, Toowoomba\n"
        "\n"
        "My name is Lorraine Blackwood. On 8 September 2026 I had cataract surgery on my left eye with "
        "him. Afterwards I had a dropped nucleus and needed a second operation with another surgeon on "
        "15 September. I was never told about this risk. My Medicare number is 2208 41773 2.",
        [
            ("NAME", "Rowan Ellery-Stone"),
            ("ADDRESS", "Toowoomba"),
            ("NAME", "Lorraine Blackwood"),
            ("DATE", "8 September 2026"),
            ("DATE", "15 September"),
            ("INSURANCE", "2208 41773 2"),
        ],
    ),
    (
        "Patient Grievance Form - received 11/16/2026\n"
        "Complainant: Gwendolyn Marchetti-Boyd (patient)   Acct # 88-210447   Independence, MO\n"
        "Description: I was billed $1,840 for an OCT and 'retinal imaging' on 9/2/2026 that "
        "Dr. Farrokhzad told me was included. When I called the billing office I was "
        "hung up on. Also my Medicare Advantage ID W882104471 was entered wrong.",
        [
            ("DATE", "11/16/2026"),
            ("NAME", "Gwendolyn Marchetti-Boyd"),
            ("ACCOUNT", "88-210447"),
            ("ADDRESS", "Independence"),
            ("DATE", "9/2/2026"),
            ("NAME", "Farrokhzad"),
            ("INSURANCE", "W882104471"),
        ],
    ),
    (
        "Your Service Your Say - complaint ref. YSYS-2026-04417\n"
        "Complainant: Mr Declan Hennessy, Tramore\n"
        "On behalf of: his mother (d.o.b. 12/05/1934), MRN 0331845\n"
        "Summary: she has been on the cataract waiting list since March 2024 and can no longer read or "
        "recognise faces. She has had two falls.",
        [
            ("NAME", "Declan Hennessy"),
            ("ADDRESS", "Tramore"),
            ("DATE", "12/05/1934"),
            ("MRN", "0331845"),
            ("DATE", "March 2024"),
        ],
    ),
    (
        "Attention: The CEO\n"
        "Complaint regarding my grandmother, Gogo Sibongile Mthembu (hospital number 20 114 883), "
        "aged 96, who was sent home from the eye clinic on 2026-11-06 without her glaucoma drops. We "
        "live in Umlazi. She now has pain and cannot see. Please call me, Zodwa, on 078 220 6614.",
        [
            ("NAME", "Sibongile Mthembu"),
            ("MRN", "20 114 883"),
            ("AGE", "96"),
            ("DATE", "2026-11-06"),
            ("ADDRESS", "Umlazi"),
            ("NAME", "Zodwa"),
            ("PHONE", "078 220 6614"),
        ],
    ),
    (
        "Subject: Feedback - long waiting time at Eye Clinic\n"
        "I brought my mother, Mrs Parvathy Nair (MRN 2209-551-07), for her appointment on 17 Nov 2026 "
        "at 9.30am and we were only seen at 2.15pm. The doctor, Dr Wee, was very rushed and did not "
        "explain the laser. My contact: Ajith, 9455 1180, ajith.nair.sg@gmail.com.",
        [
            ("NAME", "Parvathy Nair"),
            ("MRN", "2209-551-07"),
            ("DATE", "17 Nov 2026"),
            ("NAME", "Wee"),
            ("NAME", "Ajith"),
            ("PHONE", "9455 1180"),
            ("EMAIL", "ajith.nair.sg@gmail.com"),
        ],
    ),
]

# --- clinical text without identifiers -------------------------------------------------------
CLEAN: list[str] = [
    "Right eye: VA 6/9 unaided, 6/6 with pinhole. IOP 16 mmHg. Quiet anterior segment. Fundus: flat "
    "retina, healthy disc, cup-to-disc ratio 0.4.",
    "Plan: continue aflibercept at 10-week intervals and review with OCT at the next visit; extend "
    "by two weeks if the macula stays dry.",
    "Post-op day 1 after phaco: cornea clear, anterior chamber deep and quiet, IOL well centred in "
    "the bag, IOP 18. Continue dexamethasone drops four times a day for four weeks.",
    "Nursing handover: patient posturing well, no nausea, pain score 2/10, eye shield on overnight, "
    "observations stable.",
    "Grading outcome: background retinopathy right, no retinopathy left, no maculopathy. Routine annual recall.",
    "Low vision: reads N10 with a +4.00 DS reading addition; a 3x illuminated hand magnifier helped "
    "with labels and post.",
    "Theatre 1 - afternoon session - local anaesthetic list - six cases, all phacoemulsification "
    "with posterior chamber lens.",
    "eye,va_logmar,iop_mmhg,cst_um\nR,0.30,17,312\nL,0.10,15,268",
    "OBX|1|NM|IOP-L^IOP left||15|mmHg|10-21|N|||F",
    '{"resourceType": "Observation", "status": "final", "code": {"text": "Visual acuity left eye"}, '
    '"valueString": "6/12"}',
    "examination today shows a quiet eye with a well healed trabeculectomy bleb the pressure is "
    "twelve in the right and fourteen in the left continue current drops review in four months",
    "Thanks - I agree with the plan to switch to faricimab given the persistent intraretinal fluid. "
    "Happy to discuss at the next retina meeting.",
    "Examinati0n : VA 6/l2 R , 6/9 L . IOP l8 / l6 . Lens : ear1y nuc1ear sc1erosis . Fundus : no retinopathy .",
    "Risks discussed: infection (about 1 in 2000 injections), raised pressure, retinal detachment, "
    "cataract and bleeding. Patient wishes to proceed; written consent obtained.",
    "Ungradable image of the left eye because of a small pupil; slit-lamp biomicroscopy "
    "surveillance arranged instead of photography.",
    "Chloramphenicol 0.5% eye drops, 1 drop four times a day for 1 week, both eyes.",
    "Requires stretcher transport: unable to sit upright for more than 30 minutes after vitrectomy with gas.",
    "Consultation conducted with a professional interpreter by telephone; the patient confirmed "
    "understanding of the risks and benefits.",
    "We are sorry that the waiting time in clinic was longer than expected and have reviewed the "
    "booking templates for injection sessions.",
    "Peribulbar block, clear corneal incision at 110 degrees, continuous curvilinear capsulorhexis, "
    "hydrodissection, divide and conquer, IOL into the bag, stromal hydration, intracameral "
    "cefuroxime.",
    "Time | Session | Drug | Eye | Notes\n08:30 | injection | aflibercept | R | dry macula\n"
    "08:45 | injection | faricimab | L | small cyst",
    "Left eye: inferior retinal break treated with three rows of confluent laser; retina flat "
    "posteriorly. Advised to report new floaters, flashes or a shadow urgently.",
    "Patient reports glare when driving at night; VA 6/9 each eye; posterior subcapsular cataract "
    "more marked on the right. Listed for right cataract surgery.",
    "Diabetic maculopathy with hard exudates within one disc diameter of the fovea - refer to the "
    "hospital eye service within 13 weeks.",
    "Fluorescein angiography: late leakage from a classic choroidal neovascular membrane, "
    "subfoveal, with surrounding haemorrhage.",
    "The drops were explained and a demonstration given; the patient instilled them correctly "
    "with the help of a drop aid.",
    "No relative afferent pupillary defect. Colour vision full. Optic discs pink and healthy. "
    "Visual fields full to confrontation.",
    "Corneal abrasion 3 mm inferior paracentral, stained with fluorescein, no infiltrate. "
    "Chloramphenicol ointment and review in 48 hours if not improving.",
    "speaker says she cannot see the television clearly and struggles with faces comma the "
    "distortion is worse in the left eye full stop",
    "The macula is dry on OCT with no subretinal or intraretinal fluid; central subfield thickness "
    "is 248 microns and the interval will be extended.",
    "Orthoptic assessment: small esophoria for near, fully compensated, good binocular single "
    "vision, stereo 60 seconds of arc.",
    "Injection room checklist completed: correct eye marked, povidone-iodine 5% applied, sterile "
    "speculum inserted, time-out done.",
    "Dilated fundus examination: mild non-proliferative diabetic retinopathy in both eyes with "
    "scattered dot haemorrhages and no macular oedema.",
    "Transport: patient can walk short distances with a stick and needs an escort because of poor vision.",
    "The patient was advised not to drive until the vision in the better eye meets the legal "
    "standard, and understood this.",
    "Topical anaesthetic, lid speculum, 30-gauge needle 4 mm from the limbus inferotemporally, "
    "0.05 ml injected, optic disc perfused afterwards.",
    "Visual field: superior arcuate defect in the right eye matching inferior rim thinning; left field full.",
    "Repeat prescription: latanoprost one drop at night in both eyes, three bottles, no change to dose.",
    "Wound check at one week: sutures intact, wound healing well, no signs of infection; removal of sutures in clinic.",
    "The complaint has been investigated and the injection service has added extra sessions to reduce delays.",
]

# --- clinical text full of identifier look-alikes, none of them identifiers ------------------
CLEAN_STRESS: list[str] = [
    "Best disease (vitelliform macular dystrophy) confirmed: BEST1 variant c.73C>T; EOG Arden ratio "
    "1.2 in each eye; VA 6/12 and 6/9.",
    "Coats disease versus retinoblastoma: no calcification on B-scan, Shields stage 2B; treated with "
    "cryotherapy and laser.",
    "Marcus Gunn pupil on the left; Horner syndrome excluded with apraclonidine 0.5%; Adie pupil "
    "responds to pilocarpine 0.1%.",
    "Reading glasses +2.50 DS. She finds reading easier in bright light. Will consider a stronger "
    "add next time. May need a magnifier for medicine labels.",
    "IOL models on the consignment shelf: Tecnis ZCB00, Alcon SN60WF, AcrySof toric SN6AT4, Rayner "
    "RAO600C, Hoya Vivinex XY1, enVista MX60.",
    "Humphrey 24-2 SITA Standard: MD -6.42 dB, PSD 5.11 dB, VFI 84%, GHT outside normal limits; "
    "fixation losses 2/14, false positives 3%.",
    "Codes: ICD-10 H35.3211 and H40.1131; CPT 67028 and 92134; SNOMED CT 312903003; OPCS C79.4; MBS item 42738.",
    "IOP 21/19 mmHg at 09:30; CCT 538/541 um; C/D 0.7/0.6; VA 6/9-2 and 6/12+1; N8 at 33 cm.",
    "On latanoprost since 2019; SLT 360 degrees in 2022; trabeculectomy considered for next year if "
    "the fields progress.",
    "HbA1c 58 mmol/mol (7.5%); eGFR 61; BP 148/86; LDL 2.1 mmol/L; random glucose 11.4 mmol/L; urine ACR 3.2.",
    "Aflibercept 2 mg/0.05 ml; ranibizumab 0.5 mg/0.05 ml; faricimab 6 mg/0.05 ml; bevacizumab "
    "1.25 mg/0.05 ml; aflibercept 8 mg/0.07 ml.",
    "Follow-up in 6/52, then 3/12; post-op drops for 4/52; stop clopidogrel 7/7 pre-op; review at 1/12 with fields.",
    "Refraction R -2.25/-0.75 x 170, L -1.75/-1.00 x 10; add +2.50; PD 64/61; BVD 12 mm.",
    "Biometry: AL 23.41 mm, K1 43.25 D @ 178, K2 44.00 D @ 88, ACD 3.12 mm; Barrett Universal II "
    "target -0.18 D; Hoffer Q and Haigis agree within 0.25 D.",
    "Hess chart consistent with a right sixth nerve palsy; Bielschowsky head tilt negative; Parks "
    "three-step test done; Maddox rod 8 prism dioptres esophoria.",
    "Orange-tinted filters helped with glare. Peau d'orange skin and angioid streaks suggest pseudoxanthoma elasticum.",
    "Normal fundus, normal discs, normal maculae; a young patient with normal pressures and no family history.",
    "He has great hope for the new injections; his independence at home depends on reading vision "
    "and the opportunity to keep gardening.",
    "Mobile phone magnifier apps were demonstrated; talking watch and liquid-level indicator "
    "supplied; a bright desk lamp advised.",
    "Amsler grid: distortion superotemporally. Ishihara 17/17 each eye. Pelli-Robson 1.35 log units. "
    "Farnsworth D-15 pass.",
    "Stage 3 ROP in zone II with plus disease, treated with ranibizumab 0.1 mg; 32 weeks "
    "postmenstrual age; birth weight 1120 g; gestation 26+3.",
    "Imaging devices: Spectralis HRA+OCT software 6.16.8.0; Optos California; Zeiss Cirrus 6000; "
    "Topcon Maestro2; iCare IC200; HFA3 firmware 1.5.2.0.",
    "Grading: R2 M1 P0 / R3A M1 P1; ETDRS 53 letters; DRSS level 47; CRT 412 um; four-two-one rule met.",
    "Kayser-Fleischer ring absent; Vossius ring present after blunt trauma; Weiss ring on B-scan; "
    "Fleischer ring in keratoconus.",
    "Down syndrome with keratoconus; Marfan syndrome with ectopia lentis; Stickler syndrome type 1 "
    "with a membranous vitreous; Usher syndrome type 2.",
    "Bell's phenomenon intact; Charles Bonnet syndrome explained; Anton syndrome unlikely; Graves "
    "orbitopathy CAS 4/7, EUGOGO moderate-to-severe.",
    "Cataract set: Sinskey hook, Kuglen hook, Chang chopper, Utrata forceps, Vannas scissors, "
    "Barraquer speculum, Rycroft cannula, Fox shield.",
    "Goldmann V4e isopter constricted to 20 degrees; Esterman 96 points tested with 12 missed; "
    "hill of vision flattened.",
    "ESR 94 mm/h, CRP 71 mg/L, platelets 512 x10^9/L; temporal artery biopsy 14 mm with giant cells.",
    "Patient is 89 years old and independent; mobilises with a stick; lives with her daughter.",
    "OBX|4|NM|CST-R^Central subfield thickness right||312|um|||||F\nOBX|5|NM|VA-L^Visual acuity "
    "left (logMAR)||0.18||||||F",
    '{"code": {"coding": [{"system": "http://snomed.info/sct", "code": "267718000", "display": '
    '"Age-related macular degeneration"}]}, "bodySite": {"text": "right eye"}, "valueQuantity": '
    '{"value": 0.3, "unit": "logMAR"}}',
    "Glaucoma drops: Xalatan, Lumigan, Travatan, Cosopt, Azarga, Simbrinza, Rocklatan, Vyzulta, "
    "Combigan, Alphagan P, Trusopt, Diamox SR 250 mg.",
    "Sticky eye in a baby of 3 weeks; chlamydia PCR negative; chloramphenicol ointment; lacrimal sac massage taught.",
    "Bay 2, bed 14; Theatre 3; Room 4; Clinic B; Ward 7 - bed numbers only, day 2 after "
    "vitrectomy, posturing 50 minutes in the hour.",
    "eye,drug,dose_mg,interval_wk,va_etdrs\nOD,aflibercept,2,8,72\nOS,faricimab,6,12,65\nOU,bevacizumab,1.25,4,58",
    "Hazel iris with a small iris naevus at 7 o'clock; rose bengal staining of the conjunctiva; "
    "amber discoloration of the lens nucleus.",
    "Trim the lashes before vitrectomy; cotton wool pad and tape; bath time without getting water "
    "in the eye; wear a cardigan rather than a jumper over the head.",
    "Lunch: a sandwich at 12:00 before the afternoon list; nil by mouth from 06:00 for the morning "
    "list; clear fluids until 11:00.",
    "The grading deal with the reading centre covers 2024 to 2027; street lighting glare and frost "
    "on the windscreen make night driving hard for him.",
]

# --- substrings whose redaction is not counted either way ------------------------------------
ARGUABLE: list[str] = [
    # hospitals, clinics, practices, services, departments, agencies
    "Meadowbank Surgery",
    "The Square Medical Centre",
    "ORANGE EYE SPECIALISTS",
    "Hilltops Family Practice",
    "Northland Eye Service",
    "Kensington Medical Centre",
    "Sri Ranga Clinic",
    "Prairie Retina Associates",
    "Zola Clinic",
    "Helen Joseph Hospital",
    "Kestrel Opticians",
    "Flin Flon Vision Care",
    "Lakeside Family Eyecare",
    "Wairarapa EyeCare",
    "Bathwick Eyecare",
    "Spectacle Warehouse",
    "Northland Vision Center",
    "Royal Victoria Eye and Ear Hospital",
    "The Ho1low Lane Surgery",
    "Sai Nethra Eye Care",
    "Retina Consu1tants",
    "Desert Sage Family Medicine",
    "IHS",
    "Seaview Opticians",
    "Bukit Batok Polyclinic",
    "Sunnybrook",
    "Eye Clinic Bookings",
    "Cairns Eye Specialists",
    "Bluegrass Eye Consultants",
    "North Yorkshire DESP",
    "Thirsk Library",
    "Cheyenne River IHS Health Center",
    "Gort Primary Care Centre",
    "NCBI",
    "CNIB",
    "Blind Low Vision NZ",
    "State Division of Services for the Blind",
    "My Aged Care",
    "Ontario Disability Support Program",
    "TIS National",
    "Prince Charles Eye Unit",
    "Frere Hospital",
    "Tsolo CHC",
    "Eastern Cape EMS",
    "CVS #4471",
    "Shanti Netralaya",
    "Bank Street Pharmacy",
    "Unichem",
    "MyChart",
    "EyeRecord EPR",
    "VicRoads",
    "NZTA",
    # insurers, medical aids, schemes
    "Discovery Health",
    "Molina Medicaid",
    "Bonitas",
    "GEMS",
    "Medshield",
    "Humana",
    "Medicare Advantage",
    # island groups
    "Isle of Skye",
    "Aran Islands",
    # HL7 facility/application codes, message and order numbers, local staff and payer-plan codes
    "RVEEH",
    "MSG00471123",
    "C3344",
    "88213",
    "SIU-30917",
    "APT447812",
    "40031",
    "77410",
    "ORD77410",
    "0455",
    "GCH",
    "EYE-WS-14",
    "00112",
    "pat-88213",
    "appt-5512",
    # DICOM study UIDs
    "1.2.826.0.1.3680043.9.7721.1",
    "1.2.826.0.1.3680043.9.7721.2",
    # drug batch / lot numbers
    "AC/24/1187",
    "KT0934A",
    "B4471C",
    "F30917",
    # extensions, bleeps, booking / trip / complaint / authorisation / incident references,
    # pharmacy Rx number
    "Ext 4418",
    "Bleep 722",
    "ext 5521",
    "PA-2026-1147721",
    "PTS-4471128",
    "AP-9920771",
    "INT-26-30918",
    "YSYS-2026-04417",
    "Datix 118842",
    "26-4471098",
]
