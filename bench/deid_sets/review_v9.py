"""Held-out de-identification review set v9 for free-text ophthalmology notes.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only
project text read was ``bench/deid_sets/score.py`` (for the file format) and the module
docstring of ``bench/deid_sets/review_v3.py`` (its first 58 lines: the annotation conventions,
followed here). Neither the de-identifier nor ``score.py`` was run on this set while it was
written; the only checks run were a syntax parse and a script confirming that every annotated
substring occurs in its snippet as often as it is listed.

All people, numbers, addresses and contact details are invented. The theme is ordinary,
everyday retina and general ophthalmology clinic documentation as busy clinicians type it:
SOAP progress notes; history of presenting complaint with family and social history
(relatives, carers, neighbours, employers, schools); past ocular history with earlier
surgeons and hospitals; medication reconciliation; consent and capacity discussions;
telephone encounters; results letters; referral triage; paediatric and ROP notes (parents,
siblings, birth details); uveitis and neuro-ophthalmology work-ups; eye casualty notes
(injuries at work, road traffic collisions, assaults, with places, vehicles and police);
retinal detachment and diabetic retinopathy follow-up; structured headers; and messages
written by patients and relatives (lower case, Taglish, Malay). English as written in the US,
the UK, Ireland, Canada, Australia, New Zealand, South Africa, Nigeria, Kenya, the Philippines
and Malaysia. Names of many origins, including names that are English words (Hope, Grace,
Patience, Sunday, June, Sky, River, Power, Best, Bishop, Deal), double-barrelled and hyphenated
names, names with particles, lower-case names; towns whose names are English words (Street,
March, Reading, Ware, Deal, Sale, Hope, Young, Orange, Normal, Mobile, Paradise, Temple,
Bethlehem, Rosebud); names next to eponyms (Horner, Best, Fuchs, Graves, Marcus Gunn).

Annotation choices beyond review_v3's conventions
-------------------------------------------------
* DATE: a weekday in front of a date is left out of the span ("Thurs 5 March" -> "5 March").
  Dates written in words ("twenty-first of October", "fifth of September") are DATE. A month
  alone ("since March") is not a date. ISO dates and day-month-only dates are DATE.
* AGE: an age of 89 is deliberately present and unmarked; 90 and above are marked.
* MRN: national identity numbers used to identify the patient in a note header (South African
  ID number, Malaysian MyKad IC) are MRN, as are screening-programme IDs, in-patient (IP)
  numbers, clinic folder numbers, HRN, IHS chart numbers and Malaysian RN numbers.
* LICENSE: US NPI and DEA numbers count as professional registration numbers; PRC (Philippines)
  and HPCSA "MP" numbers likewise.
* INSURANCE: Irish medical-card numbers, Australian DVA card numbers, workers'-compensation /
  WorkCover claim numbers and US group numbers. ACCOUNT: encounter numbers and private invoices.
* NAME: nicknames are marked ("Dazza", "Hannes", "Jun-jun"); a generational suffix is part of
  the name ("Cresencio Abellana Jr."). Kinship and honorific words (Lola, Whaea, gogo, Puan,
  En., Encik, Sr, Master, Baby Boy/Girl) are excluded. The Malaysian particle "a/l" (like
  "s/o") splits two names. A two-word Chinese or Malay given name is one span.
* ADDRESS: a street named without a house number ("Fore Street", "Ikorodu Road", "Meadow
  Rise"), a named house or farm ("The Cottage", "Tyddyn Isaf", "Kurrajong Downs", "Heron's
  Reach"), a barangay ("Brgy. San Isidro"), a Malaysian taman and a reserve ("Six Nations") are
  ADDRESS. Places where an event happened (assault or crash site, workplace, a previous
  surgeon's town) are marked like a home address. An Irish county ("Mayo") is marked without
  "Co.". Provinces such as Rizal, Cebu or Perak are not marked, nor are numbered or national
  highways (N4, I-35, SH6, Federal Highway).
* VEHICLE (review_v3's kind for registration plates) is used for every plate.
* ARGUABLE (besides hospitals, clinics, practices, pharmacies and insurers): employers, schools,
  care homes, markets, police stations, police reference / collar / occurrence-book numbers,
  drug and implant batch or lot numbers, prior-authorisation references, and store numbers.
* Deliberate traps inside POSITIVE: a word that is a town and then an ordinary word or a date
  ("March", "Hope", "Deal", "Reading"), a surname that is then an eponym ("Dr Horner ...
  ?Horner syndrome", "Ruby Best ... Best disease", "Graham Fuchs ... Fuchs dystrophy"), a name
  that is also a month ("June"), fraction-looking addresses and record numbers ("3/41 Banksia
  St", "22/771904", "2026/04471"), an IP address beside acuities.

Maintainer's note (2026-11-29): while this file was being formatted, the formatter's diff output
showed about a dozen of its positive snippets and clean sentences before it was first scored. No
rule was written from them, but the set is not as cleanly held out as review_v10.
"""

POSITIVE = [
    # --- SOAP / progress notes -------------------------------------------------------------
    (
        "S: Mrs Patricia Ogunleye, 71, attends with her daughter Funmi for R eye AMD review. Reports "
        "wavy lines on Amsler since 3 Feb. O: VA R 6/18 L 6/9. OCT: SRF R. A: active nAMD R. "
        "P: aflibercept 2 mg R today, review 4/52. Next appt booked 14/03/2026. Dr K. Fenwick-Hale",
        [
            ("NAME", "Patricia Ogunleye"),
            ("NAME", "Funmi"),
            ("DATE", "3 Feb"),
            ("DATE", "14/03/2026"),
            ("NAME", "K. Fenwick-Hale"),
        ],
    ),
    (
        "Pt: RAMIREZ, Luz Marina  DOB: 07/22/1948  MRN: 00738215  Acct#: 5512098734  Insurance: "
        "Medicare MBI 4TR7-GH2-JK81. Referred by Dr. Alan Whitcombe, OD, Fresno. Chief complaint: "
        "floaters OS x 2 days.",
        [
            ("NAME", "RAMIREZ, Luz Marina"),
            ("DATE", "07/22/1948"),
            ("MRN", "00738215"),
            ("ACCOUNT", "5512098734"),
            ("INSURANCE", "4TR7-GH2-JK81"),
            ("NAME", "Alan Whitcombe"),
            ("ADDRESS", "Fresno"),
        ],
    ),
    (
        "S: 52 y/o M w/ PDR OU s/p PRP, here for f/u. Missed last 2 appts - lost ride (works at Tyson "
        "plant in Springdale). O: VA 20/80 OD, 20/50 OS. NVD OD. A/P: Avastin OD today; PRP fill-in "
        "OS next visit 11/19. Medicaid ID AR77201934. Pt: Juan Pablo Cifuentes, cell (479) 555-0126. "
        "Spanish interpreter Yesenia (video).",
        [
            ("ADDRESS", "Springdale"),
            ("DATE", "11/19"),
            ("INSURANCE", "AR77201934"),
            ("NAME", "Juan Pablo Cifuentes"),
            ("PHONE", "(479) 555-0126"),
            ("NAME", "Yesenia"),
        ],
    ),
    (
        "S: Ongoing floaters L. Adalimumab 40 mg fortnightly since Feb 2025, tolerating. O: AC 0.5+ "
        "cells L, vitreous haze 1+. CMO L 412 um. A: intermediate uveitis L, active. P: Ozurdex L. "
        "Liaise with rheum Dr Minh-Thu Pham (Westmead). Pt: Kirrily Ashcombe, UR 0557182.",
        [
            ("DATE", "Feb 2025"),
            ("NAME", "Minh-Thu Pham"),
            ("NAME", "Kirrily Ashcombe"),
            ("MRN", "0557182"),
        ],
    ),
    (
        "S: F/u CSCR OD. Pt (Graham Fuchs, 44, trader) reports stress at work. O: SRF persisting 4 mo. "
        "Corneal guttae OU (early Fuchs dystrophy, incidental). A/P: consider half-dose PDT. RTC 6 wk. "
        "Dr. Lindqvist",
        [("NAME", "Graham Fuchs"), ("NAME", "Lindqvist")],
    ),
    (
        "S: 39F teacher at Lincoln Elementary, c/o eye strain, flashes OD x1 wk. O: VA 20/20 OU, DFE: "
        "lattice w/ atrophic hole OD 10:00, no SRF. A/P: barricade laser OD today. Work note faxed to "
        "principal Mr. Dale Hutchins (fax 402-555-0180). Pt email: j.osei.lincoln@gmail.com. "
        "Pt Josephine Osei-Bonsu.",
        [
            ("NAME", "Dale Hutchins"),
            ("FAX", "402-555-0180"),
            ("EMAIL", "j.osei.lincoln@gmail.com"),
            ("NAME", "Josephine Osei-Bonsu"),
        ],
    ),
    (
        "DMO clinic: Mr Sunday Okonkwo-Baines, 54, bus driver (Arriva). R DMO CST 412 -> 298 after 3 "
        "loading doses. DVLA: binocular field needed - Esterman booked 21 Jan. Pt prefers email: "
        "sunday.ob@btinternet.com.",
        [
            ("NAME", "Sunday Okonkwo-Baines"),
            ("DATE", "21 Jan"),
            ("EMAIL", "sunday.ob@btinternet.com"),
        ],
    ),
    (
        "DR clinic: Ms Morag Sinclair-Fyfe, CHI 1506629874, 48 Seafield Road, Buckie AB56 1RT. T1DM "
        "since childhood, pump (Medtronic 780G, serial NG4412098H). HbA1c 58. R2 M0 both. Review 4/12. "
        "Copy: Dr Euan Gillanders, Buckie.",
        [
            ("NAME", "Morag Sinclair-Fyfe"),
            ("MRN", "1506629874"),
            ("ADDRESS", "48 Seafield Road"),
            ("ADDRESS", "Buckie"),
            ("ZIP", "AB56 1RT"),
            ("DEVICE", "NG4412098H"),
            ("NAME", "Euan Gillanders"),
            ("ADDRESS", "Buckie"),
        ],
    ),
    (
        "Mrs Winifred Deal, from Deal (Kent), attended 1/12 early as VA dropped. Good deal of SRF on OCT. Re-treat.",
        [("NAME", "Winifred"), ("NAME", "Deal"), ("ADDRESS", "Deal")],
    ),
    (
        "F/u DR. Mr. Cresencio Abellana Jr., 66, from Talisay City, Cebu. Post-PRP OU, stable. VA OD "
        "20/40, OS 20/60. Next f/u 3 mos. Contact granddaughter Kyla 0932 555 7781, "
        "kylaabellana@yahoo.com.",
        [
            ("NAME", "Cresencio Abellana Jr."),
            ("ADDRESS", "Talisay City"),
            ("NAME", "Kyla"),
            ("PHONE", "0932 555 7781"),
            ("EMAIL", "kylaabellana@yahoo.com"),
        ],
    ),
    (
        "TED clinic (joint with Dr Hollis, endo): Mrs Beverley Graves, 52, Graves' disease dx Jan 2025. "
        "CAS 4/7. Selenium started. IV methylpred protocol from 05/01/2027. Contact: "
        "bev.graves@icloud.com, 07700 900 853.",
        [
            ("NAME", "Hollis"),
            ("NAME", "Beverley Graves"),
            ("DATE", "Jan 2025"),
            ("DATE", "05/01/2027"),
            ("EMAIL", "bev.graves@icloud.com"),
            ("PHONE", "07700 900 853"),
        ],
    ),
    (
        "Verbal consent for first IVT (faricimab) R. Pt Kwabena Asante-Darko's main worry: pain. "
        "Explained. Daughter Abena present. PIL given. Will start loading doses; next 3 Dec, then "
        "31 Dec, then 28 Jan.",
        [
            ("NAME", "Kwabena Asante-Darko"),
            ("NAME", "Abena"),
            ("DATE", "3 Dec"),
            ("DATE", "31 Dec"),
            ("DATE", "28 Jan"),
        ],
    ),
    (
        "Imaging: Optos images from satellite clinic not syncing - workstation 10.22.14.7 (Forum). IT "
        "ticket raised with Ravinder. Pt Fenella Quarshie, MRN 7730-2219, images from 13/11 "
        "re-exported. VA 6/9 R, 6/12 L.",
        [
            ("IP", "10.22.14.7"),
            ("NAME", "Ravinder"),
            ("NAME", "Fenella Quarshie"),
            ("MRN", "7730-2219"),
            ("DATE", "13/11"),
        ],
    ),
    (
        "RAPD L (Marcus Gunn). Pt Marcus Ellery-Tan asked what that meant; explained. MRI orbits booked.",
        [("NAME", "Marcus Ellery-Tan")],
    ),
    (
        "Ruby Best, 9, with mum Hazel. Known Best disease (BEST1 mutation confirmed). VA 6/9 R, 6/12 L. "
        "Vitelliform lesions both maculae, no CNV. Annual review; next Nov 2027.",
        [("NAME", "Ruby Best"), ("NAME", "Hazel"), ("DATE", "Nov 2027")],
    ),
    (
        "Pt lives in March (Cambs), PE15 9JX. Seen 3 March 2026; next in March 2027 for annual DR screen.",
        [
            ("ADDRESS", "March"),
            ("ZIP", "PE15 9JX"),
            ("DATE", "3 March 2026"),
            ("DATE", "March 2027"),
        ],
    ),
    (
        "Mr Ifeanyi Okoro, Reading (RG30 2BH). Reading glasses +2.50. Reading speed reduced on MNREAD.",
        [("NAME", "Ifeanyi Okoro"), ("ADDRESS", "Reading"), ("ZIP", "RG30 2BH")],
    ),
    # --- HPC, family and social history ------------------------------------------------------
    (
        "HPC: 58yo man, works as a forklift driver at Dunnes depot in Ballincollig, noticed curtain "
        "over L vision yesterday evening while watching the hurling. FHx: brother Seamus had RD repair "
        "in Cork in 2011 (Mr Ó Briain). Lives at 4 Sráid an Mhuilinn, Macroom, P12 W2K8 with wife "
        "Eimear. Mob 087 241 6630.",
        [
            ("ADDRESS", "Ballincollig"),
            ("NAME", "Seamus"),
            ("ADDRESS", "Cork"),
            ("NAME", "Ó Briain"),
            ("ADDRESS", "4 Sráid an Mhuilinn"),
            ("ADDRESS", "Macroom"),
            ("ZIP", "P12 W2K8"),
            ("NAME", "Eimear"),
            ("PHONE", "087 241 6630"),
        ],
    ),
    (
        "SHx: widower, lives alone in a bungalow on Meadow Rise, Street (Somerset). Neighbour Pam "
        "checks on him daily and drives him to clinic. Ex-smoker, 2 units/wk. Stopped driving since "
        "March. Daughter Lorraine in Perth (WA), ph +61 8 5550 2713.",
        [
            ("ADDRESS", "Meadow Rise"),
            ("ADDRESS", "Street"),
            ("NAME", "Pam"),
            ("NAME", "Lorraine"),
            ("ADDRESS", "Perth"),
            ("PHONE", "+61 8 5550 2713"),
        ],
    ),
    (
        "HPC: 81yo retired wheat farmer from Young NSW, lives on property 'Kurrajong Downs', Boorowa Rd. "
        "Wife June (carer). Sudden painless loss vision L on 23 Sep while mustering sheep. Previously "
        "seen by Dr Ravi Thambiah in Wagga 2022. Medicare 4129 88301 5 / 2. DVA Gold card QX204417.",
        [
            ("ADDRESS", "Young"),
            ("ADDRESS", "Kurrajong Downs"),
            ("ADDRESS", "Boorowa Rd"),
            ("NAME", "June"),
            ("DATE", "23 Sep"),
            ("NAME", "Ravi Thambiah"),
            ("ADDRESS", "Wagga"),
            ("INSURANCE", "4129 88301 5"),
            ("INSURANCE", "QX204417"),
        ],
    ),
    (
        "HPC: 9-yr-old Chidera, brought by father Mr Emeka Anozie (trader, Onitsha Main Market) with "
        "2/7 hx of red painful R eye after being hit by a catapult stone at school (Christ the King "
        "Primary, Awka). Teacher Mrs Obiageli Nwosu witnessed. Address: 7 Zik Avenue, Amawbia. "
        "Phone 0806 555 7734.",
        [
            ("NAME", "Chidera"),
            ("NAME", "Emeka Anozie"),
            ("ADDRESS", "Awka"),
            ("NAME", "Obiageli Nwosu"),
            ("ADDRESS", "7 Zik Avenue"),
            ("ADDRESS", "Amawbia"),
            ("PHONE", "0806 555 7734"),
        ],
    ),
    (
        "SHx: lives alone in unit, 3/41 Banksia St, Sale VIC 3850. Neighbour (Bev) does shopping. "
        "Ex-shearer. Drives to Sale shops only. Son Craig in Traralgon.",
        [
            ("ADDRESS", "3/41 Banksia St"),
            ("ADDRESS", "Sale"),
            ("ZIP", "3850"),
            ("NAME", "Bev"),
            ("ADDRESS", "Sale"),
            ("NAME", "Craig"),
            ("ADDRESS", "Traralgon"),
        ],
    ),
    (
        "HPC: Pt found by neighbor (Mr. Bishop) wandering, VA CF OU. Lives alone at 301 Old Mill Rd, "
        "Paradise, CA 95969 since the fire. Nephew Dusty Kincaid (530-555-0175) is emergency contact. "
        "Pt: Earl Vandersloot, DOB 1/3/1939.",
        [
            ("NAME", "Bishop"),
            ("ADDRESS", "301 Old Mill Rd"),
            ("ADDRESS", "Paradise"),
            ("ZIP", "95969"),
            ("NAME", "Dusty Kincaid"),
            ("PHONE", "530-555-0175"),
            ("NAME", "Earl Vandersloot"),
            ("DATE", "1/3/1939"),
        ],
    ),
    (
        "HPC: 47M roofer, nail gun injury OS at job site 2210 Kessler Blvd, Indianapolis on 9/14/2026. "
        "Penetrating injury, Seidel +. Employer (Hoosier Roofing LLC) workers' comp claim "
        "#WC-2026-118734. Pt Darnell Washington-Pryor, DL# 4410-22-8871. Wife Keisha (317) 555-0170.",
        [
            ("ADDRESS", "2210 Kessler Blvd"),
            ("ADDRESS", "Indianapolis"),
            ("DATE", "9/14/2026"),
            ("INSURANCE", "WC-2026-118734"),
            ("NAME", "Darnell Washington-Pryor"),
            ("LICENSE", "4410-22-8871"),
            ("NAME", "Keisha"),
            ("PHONE", "(317) 555-0170"),
        ],
    ),
    (
        "Hx from carer: Mr Alfred Quigley is ninety-three and still does the crossword daily; macular "
        "hole L first noticed on the fifth of September. Carer Rhona (agency) present.",
        [
            ("NAME", "Alfred Quigley"),
            ("AGE", "ninety-three"),
            ("DATE", "fifth of September"),
            ("NAME", "Rhona"),
        ],
    ),
    (
        "Seen with Grace (interpreter, Tigrinya) and pt's niece Hope. Both happy with plan; hope to avoid surgery.",
        [("NAME", "Grace"), ("NAME", "Hope")],
    ),
    (
        "Pt's wife (Patience) manages drops. Patience needed with instilling - arthritic hands.",
        [("NAME", "Patience")],
    ),
    (
        "Pt's carer (Blessing, agency) unsure of drops. Rewrote regime on chart.",
        [("NAME", "Blessing")],
    ),
    # --- past ocular history -----------------------------------------------------------------
    (
        "POH: R phaco+IOL 2017 at Musgrove Park (Mr Desmond Akintola-Price), L phaco 2019 Yeovil. YAG "
        "capsulotomy R on 12th October 2021. Previously under Miss Hegarty's glaucoma clinic until she "
        "retired. Optician: Jenna at Specsavers Taunton.",
        [
            ("NAME", "Desmond Akintola-Price"),
            ("ADDRESS", "Yeovil"),
            ("DATE", "12th October 2021"),
            ("NAME", "Hegarty"),
            ("NAME", "Jenna"),
            ("ADDRESS", "Taunton"),
        ],
    ),
    (
        "Baerveldt 350 implanted L 2025 (Ms Habibah Yeoh, George Town). Device serial BV350-8820174. "
        "Now tube exposure sup-temp; pt Tan Ah Kow, 89, for patch graft. Son Tan Boon Seng, "
        "017-555 9922.",
        [
            ("NAME", "Habibah Yeoh"),
            ("ADDRESS", "George Town"),
            ("DEVICE", "BV350-8820174"),
            ("NAME", "Tan"),
            ("NAME", "Ah Kow"),
            ("NAME", "Tan"),
            ("NAME", "Boon Seng"),
            ("PHONE", "017-555 9922"),
        ],
    ),
    (
        "Seen in Letterkenny clinic last wk by Dr Ní Fhlatharta; results to follow.",
        [("ADDRESS", "Letterkenny"), ("NAME", "Ní Fhlatharta")],
    ),
    (
        "Pt moved to Swift Current, SK - transferring care to Dr Obinna Ukachi there.",
        [("ADDRESS", "Swift Current"), ("NAME", "Obinna Ukachi")],
    ),
    (
        "Optician report attached (Ms Ng, Boots Hemel). Agree with findings.",
        [("NAME", "Ng"), ("ADDRESS", "Hemel")],
    ),
    # --- medication reconciliation -------------------------------------------------------------
    (
        "Med rec (phoned Terrigal Pharmacy, spoke to pharmacist Hamish Tuilagi 02 4385 1172): "
        "latanoprost 0.005% nocte OU, Cosopt bd OU, metformin 1 g bd, apixaban 5 mg bd. Pt Mrs Dorothy "
        "Wenham (UR 3310927) confirms she stopped Diamox on 9/11. Medicare 2953 41876 2.",
        [
            ("NAME", "Hamish Tuilagi"),
            ("PHONE", "02 4385 1172"),
            ("NAME", "Dorothy Wenham"),
            ("MRN", "3310927"),
            ("DATE", "9/11"),
            ("INSURANCE", "2953 41876 2"),
        ],
    ),
    (
        "Meds (from GP summary, Woodlands Surgery, printed 18-Nov-26): ramipril 5 mg od, atorvastatin "
        "40 mg on, Lantus 22 units nocte, NovoRapid sliding scale, aspirin 75 mg. Allergies: penicillin "
        "(rash). Pt Eustace Oyelaran-Baptiste, NHS 612 449 0827. Checked with wife Marcia over phone "
        "0121 496 0733.",
        [
            ("DATE", "18-Nov-26"),
            ("NAME", "Eustace Oyelaran-Baptiste"),
            ("MRN", "612 449 0827"),
            ("NAME", "Marcia"),
            ("PHONE", "0121 496 0733"),
        ],
    ),
    (
        "Med rec: brimonidine 0.2% TID OU, dorzolamide-timolol BID OU, Rhopressa qHS OS. Oral: "
        "lisinopril 20, metformin ER 1000. Rx to Walgreens fax 605-555-0121. Pt Harlan Two Bulls, "
        "Rosebud SD 57570, IHS chart # 3308812.",
        [
            ("FAX", "605-555-0121"),
            ("NAME", "Harlan Two Bulls"),
            ("ADDRESS", "Rosebud"),
            ("ZIP", "57570"),
            ("MRN", "3308812"),
        ],
    ),
    (
        "Called pt's pharmacy (CVS #4471, 919-555-0143) - Durezol PA still pending. Left VM for pt.",
        [("PHONE", "919-555-0143")],
    ),
    (
        "Prior auth for Humira submitted to UnitedHealthcare, member ID 918447203-01, ref# PA-7720019. "
        "Pt Alondra Becerra-Lum, DOB 5/30/1990. Dx: non-infectious panuveitis (H44.113). Specialty "
        "pharmacy: Accredo (fax 877-555-0146).",
        [
            ("INSURANCE", "918447203-01"),
            ("NAME", "Alondra Becerra-Lum"),
            ("DATE", "5/30/1990"),
            ("FAX", "877-555-0146"),
        ],
    ),
    (
        "Rx: Diamox 500 mg ER BID #60. Prescriber: Helena Voskuijlen, MD, DEA BV4471208, NPI 1730492258. "
        "Pt: Trinity Oakes-Mwangi, DOB 03-17-1999.",
        [
            ("NAME", "Helena Voskuijlen"),
            ("LICENSE", "BV4471208"),
            ("LICENSE", "1730492258"),
            ("NAME", "Trinity Oakes-Mwangi"),
            ("DATE", "03-17-1999"),
        ],
    ),
    # --- consent and capacity ----------------------------------------------------------------
    (
        "Consent for R PPV/ERM peel discussed with Mr Wiremu Tipene and his whānau (son Hēmi, "
        "daughter-in-law Kiri). Risks incl. cataract, RD 1-2%, endophthalmitis 1/1000, need for "
        "posturing. NHI ZKT4821. Consent form signed 19 Aug 2026. Surgeon: Dr Aleksandra Wiśniewska.",
        [
            ("NAME", "Wiremu Tipene"),
            ("NAME", "Hēmi"),
            ("NAME", "Kiri"),
            ("MRN", "ZKT4821"),
            ("DATE", "19 Aug 2026"),
            ("NAME", "Aleksandra Wiśniewska"),
        ],
    ),
    (
        "Capacity assessment: Mrs Ivy Chadwick-Moore, 94, lives at Larkhill Nursing Home, Bishop's "
        "Stortford. Lacks capacity for decision re L vitrectomy; best interests meeting with son Graham "
        "(LPA for health) and key worker Precious Moyo on 2/12/2026. Agreed to proceed.",
        [
            ("NAME", "Ivy Chadwick-Moore"),
            ("AGE", "94"),
            ("ADDRESS", "Bishop's Stortford"),
            ("NAME", "Graham"),
            ("NAME", "Precious Moyo"),
            ("DATE", "2/12/2026"),
        ],
    ),
    (
        "Consent: Mr Rhodri ap Gwilym, for L trabeculectomy with MMC. Welsh-speaking; wife Eirlys "
        "translated some terms. Discussed hypotony, bleb leak, infection, failure. Pt asked to postpone "
        "till after lambing; agreed 14 March 2027. Farm: Tyddyn Isaf, Llanuwchllyn, Bala LL23 7UB. "
        "Tel 01678 540 219.",
        [
            ("NAME", "Rhodri ap Gwilym"),
            ("NAME", "Eirlys"),
            ("DATE", "14 March 2027"),
            ("ADDRESS", "Tyddyn Isaf"),
            ("ADDRESS", "Llanuwchllyn"),
            ("ADDRESS", "Bala"),
            ("ZIP", "LL23 7UB"),
            ("PHONE", "01678 540 219"),
        ],
    ),
    (
        "Informed consent obtained for OS PPV/MP/ILM peel. Risks reviewed incl. cataract progression, "
        "RD, endophthalmitis (~1/2000), need for face-down positioning. Pt Gloria Esperanza Villalobos "
        "signed; witness Tamika Grant, RN. Aetna member ID W228417703, group 0871245-010. Surgery date "
        "12/08/2026, arrive 6:30 AM at ASC. Hosp acct 4471029938.",
        [
            ("NAME", "Gloria Esperanza Villalobos"),
            ("NAME", "Tamika Grant"),
            ("INSURANCE", "W228417703"),
            ("INSURANCE", "0871245-010"),
            ("DATE", "12/08/2026"),
            ("ACCOUNT", "4471029938"),
        ],
    ),
    (
        "Consent for EUA + cryo R (Coats disease). Pt: Nolan Beaulieu-Whitehorse, 6. Consent signed by "
        "mother Kateri Whitehorse; father Luc Beaulieu aware by phone (306-555-0183). Lives in Prince "
        "Albert, SK S6V 2B4. Health card 112 447 803.",
        [
            ("NAME", "Nolan Beaulieu-Whitehorse"),
            ("NAME", "Kateri Whitehorse"),
            ("NAME", "Luc Beaulieu"),
            ("PHONE", "306-555-0183"),
            ("ADDRESS", "Prince Albert"),
            ("ZIP", "S6V 2B4"),
            ("INSURANCE", "112 447 803"),
        ],
    ),
    (
        "Consent for L cataract + Ozurdex via Mandarin interpreter Wang Lifen. Pt Zhou Guoqiang, 78. "
        "Son Zhou Haoran (0411 555 390) present. Understood risks incl. CMO flare-up.",
        [
            ("NAME", "Wang Lifen"),
            ("NAME", "Zhou"),
            ("NAME", "Guoqiang"),
            ("NAME", "Zhou"),
            ("NAME", "Haoran"),
            ("PHONE", "0411 555 390"),
        ],
    ),
    (
        "Consent: Sr Bríd Ní Mhaoláin (religious sister, Presentation Convent, Tuam) for R PPV for "
        "non-clearing VH. Next of kin: Sr Philomena Cusack, 093 555 2417. Theatre date 07/01/2027.",
        [
            ("NAME", "Bríd Ní Mhaoláin"),
            ("ADDRESS", "Tuam"),
            ("NAME", "Philomena Cusack"),
            ("PHONE", "093 555 2417"),
            ("DATE", "07/01/2027"),
        ],
    ),
    (
        "Remote consent (video) for R PPV: pt Olusegun Bamidele-Hart in Milton Keynes, witness daughter "
        "Temi. Consent form e-signed via https://esign.mkeye.co.uk/d/5Q8X-22NR; copy to "
        "olusegun.bh@gmail.com. Date for surgery 13/01/2027.",
        [
            ("NAME", "Olusegun Bamidele-Hart"),
            ("ADDRESS", "Milton Keynes"),
            ("NAME", "Temi"),
            ("URL", "https://esign.mkeye.co.uk/d/5Q8X-22NR"),
            ("EMAIL", "olusegun.bh@gmail.com"),
            ("DATE", "13/01/2027"),
        ],
    ),
    # --- telephone encounters --------------------------------------------------------------------
    (
        "Tel call 10:40 - daughter Marie-Josée Tremblay-Gagnon (613-555-0148) calling re her mother "
        "Thérèse Gagnon's Eylea appt; transport from Orléans fell through. Rebooked for Thurs 5 March. "
        "OHIP 5584-201-339-KT confirmed. - RN L. Desrosiers",
        [
            ("NAME", "Marie-Josée Tremblay-Gagnon"),
            ("PHONE", "613-555-0148"),
            ("NAME", "Thérèse Gagnon"),
            ("ADDRESS", "Orléans"),
            ("DATE", "5 March"),
            ("INSURANCE", "5584-201-339-KT"),
            ("NAME", "L. Desrosiers"),
        ],
    ),
    (
        "Phone note 11/02/26 3:15 PM: Spoke w/ Ethel Marchetti (pt is 96) re missed injection. Lives at "
        "Sunrise of Naperville; aide Consuela will bring her Tues. Son Vincent (POA) 630-555-0110 OK'd. "
        "- M. Oduya, LPN",
        [
            ("DATE", "11/02/26"),
            ("NAME", "Ethel Marchetti"),
            ("AGE", "96"),
            ("NAME", "Consuela"),
            ("NAME", "Vincent"),
            ("PHONE", "630-555-0110"),
            ("NAME", "M. Oduya"),
        ],
    ),
    (
        "ttc mrs hennessy re FFA results - no answer, VM left. try again tmrw. jb",
        [("NAME", "hennessy"), ("NAME", "jb")],
    ),
    (
        "Phone triage 07:55: Mr Gerald Ampofo-Shaw, 63, rang from work (Royal Mail depot, Didcot) - "
        "sudden shower of floaters L + flashes since 06:30. Told to attend eye cas now. Wife Julie will "
        "drive. Callback 01235 960 144. - Triage nurse Siân Probert",
        [
            ("NAME", "Gerald Ampofo-Shaw"),
            ("ADDRESS", "Didcot"),
            ("NAME", "Julie"),
            ("PHONE", "01235 960 144"),
            ("NAME", "Siân Probert"),
        ],
    ),
    (
        "Tel: En. Muthusamy a/l Ramasamy (RN SDP0182277) called - Ozurdex appt clash with his "
        "daughter's wedding on 12 Dis. Rescheduled to 19/12/2026. Contact: 016-555 3309. Lives Taman "
        "Sri Andalas, Klang.",
        [
            ("NAME", "Muthusamy"),
            ("NAME", "Ramasamy"),
            ("MRN", "SDP0182277"),
            ("DATE", "12 Dis"),
            ("DATE", "19/12/2026"),
            ("PHONE", "016-555 3309"),
            ("ADDRESS", "Taman Sri Andalas"),
            ("ADDRESS", "Klang"),
        ],
    ),
    (
        "Tel: Mrs Folasade Adeyemi-Johnson called from Ibadan - unable to buy Lucentis (cost). Discussed "
        "bevacizumab as alternative. Husband Dr Femi Adeyemi-Johnson (MDCN 31872) will come with her on "
        "3rd Dec. Phone +234 809 555 1133.",
        [
            ("NAME", "Folasade Adeyemi-Johnson"),
            ("ADDRESS", "Ibadan"),
            ("NAME", "Femi Adeyemi-Johnson"),
            ("LICENSE", "31872"),
            ("DATE", "3rd Dec"),
            ("PHONE", "+234 809 555 1133"),
        ],
    ),
    (
        "Phone: Mrs Kathleen Power rang, ran out of Maxidex. Told to get from local chemist (Hickey's, "
        "Clonmel). GP Dr Lorcan Fitzpatrick 052 555 1290 to issue script. Next appt 19/1. - Dervla",
        [
            ("NAME", "Kathleen Power"),
            ("ADDRESS", "Clonmel"),
            ("NAME", "Lorcan Fitzpatrick"),
            ("PHONE", "052 555 1290"),
            ("DATE", "19/1"),
            ("NAME", "Dervla"),
        ],
    ),
    (
        "Phoned Mrs Mere Hōhaia-Walker re missed appt 6/11. She's been at tangi in Kaikohe for her "
        "brother. Rebooked 20 Nov. Whaea Ani (aunty) will drive. Cell 027 555 4408.",
        [
            ("NAME", "Mere Hōhaia-Walker"),
            ("DATE", "6/11"),
            ("ADDRESS", "Kaikohe"),
            ("DATE", "20 Nov"),
            ("NAME", "Ani"),
            ("PHONE", "027 555 4408"),
        ],
    ),
    (
        "Called pt w/ FA results 11/20 - no leakage, CNV inactive. Extend to q10w. Pt Beatrice "
        "Lam-Okoye verified with DOB 8/16/1947 and address 2209 Magnolia Ave, Mobile, AL 36607.",
        [
            ("DATE", "11/20"),
            ("NAME", "Beatrice Lam-Okoye"),
            ("DATE", "8/16/1947"),
            ("ADDRESS", "2209 Magnolia Ave"),
            ("ADDRESS", "Mobile"),
            ("ZIP", "36607"),
        ],
    ),
    (
        "Tel: Mrs Anneke du Plessis (wife) phoned re husband Gerhard du Plessis - still seeing flashes "
        "after retinopexy on 17/11. Advised to come in tomorrow. Farm near Bethlehem, FS. "
        "Cell 082 555 7720.",
        [
            ("NAME", "Anneke"),
            ("NAME", "du Plessis"),
            ("NAME", "Gerhard"),
            ("NAME", "du Plessis"),
            ("DATE", "17/11"),
            ("ADDRESS", "Bethlehem"),
            ("PHONE", "082 555 7720"),
        ],
    ),
    (
        "Phone: Mum (Shardae Kelly-Tamou) asking if Baby Kobe's ROP check can be moved from 4 Dec to "
        "following week - family moving from Logan to Ipswich. New address 6 Brassall St, Ipswich QLD "
        "4305. Ph 0491 570 983.",
        [
            ("NAME", "Shardae Kelly-Tamou"),
            ("NAME", "Kobe"),
            ("DATE", "4 Dec"),
            ("ADDRESS", "Logan"),
            ("ADDRESS", "Ipswich"),
            ("ADDRESS", "6 Brassall St"),
            ("ADDRESS", "Ipswich"),
            ("ZIP", "4305"),
            ("PHONE", "0491 570 983"),
        ],
    ),
    (
        "Triage: 90 yo F, fell at home in Bexhill, periorbital bruise, VA unchanged 6/12. Daughter "
        "Marion (01424 960 335) to collect.",
        [("AGE", "90"), ("ADDRESS", "Bexhill"), ("NAME", "Marion"), ("PHONE", "01424 960 335")],
    ),
    # --- results letters -----------------------------------------------------------------------
    (
        "Dear Dr Okafor-Lane,\nRe: Mr Trevor Rusk, DOB 02.05.1957, NHS No 485 772 3016, 27 Wheelwright "
        "Lane, Ash Green, Coventry CV7 9HN\nThank you for referring this gentleman. His fluorescein "
        "angiogram on 22/09/26 showed late leakage from a small occult membrane.",
        [
            ("NAME", "Okafor-Lane"),
            ("NAME", "Trevor Rusk"),
            ("DATE", "02.05.1957"),
            ("MRN", "485 772 3016"),
            ("ADDRESS", "27 Wheelwright Lane"),
            ("ADDRESS", "Ash Green"),
            ("ADDRESS", "Coventry"),
            ("ZIP", "CV7 9HN"),
            ("DATE", "22/09/26"),
        ],
    ),
    (
        "Dear Mr Nakamura-Singh,\nYour blood tests from 19 October came back: your ACE and lysozyme were "
        "mildly raised and the chest CT showed enlarged lymph nodes, which fits with sarcoidosis. "
        "Dr Éloïse Bergeron (respirology, 514-555-0177 ext 4402) will contact you. Please continue Pred "
        "Forte 4x/day in the left eye.\nYours sincerely, Dr Farid Haddad-Mercier",
        [
            ("NAME", "Nakamura-Singh"),
            ("DATE", "19 October"),
            ("NAME", "Éloïse Bergeron"),
            ("PHONE", "514-555-0177 ext 4402"),
            ("NAME", "Farid Haddad-Mercier"),
        ],
    ),
    (
        "Dear Ms. Holmberg,\nYour OCT angiography from your visit on June 3 is now available in MyChart: "
        "https://mychart.lakeshoreeye.org/results/OCTA/7731204. Your next appointment is Tuesday, "
        "July 14, 2026 at 10:30 AM with Dr. Oluwadamilare Fashola. Call 414-555-0158 with questions.",
        [
            ("NAME", "Holmberg"),
            ("DATE", "June 3"),
            ("URL", "https://mychart.lakeshoreeye.org/results/OCTA/7731204"),
            ("DATE", "July 14, 2026"),
            ("NAME", "Oluwadamilare Fashola"),
            ("PHONE", "414-555-0158"),
        ],
    ),
    (
        "Dear Ms Achterberg-Lindqvist,\nYour genetic test (sent 4 June) found two changes in the ABCA4 "
        "gene, which confirms Stargardt disease. Your brother Lars may wish to be tested; our genetic "
        "counsellor Fiona Beaton can arrange this (0113 496 0581, fiona.beaton@nhs.net).\nBest wishes,\n"
        "Dr Mercy Ofori-Atta",
        [
            ("NAME", "Achterberg-Lindqvist"),
            ("DATE", "4 June"),
            ("NAME", "Lars"),
            ("NAME", "Fiona Beaton"),
            ("PHONE", "0113 496 0581"),
            ("EMAIL", "fiona.beaton@nhs.net"),
            ("NAME", "Mercy Ofori-Atta"),
        ],
    ),
    (
        "The Medical Director\nEye Foundation Hospital, Ikeja\n\nRe: Master Oluwatobiloba "
        "Adewuyi-Hassan (Hosp. No. EFH/P/2291), aged 6\nThe visual evoked potentials done on 12 August "
        "2026 were within normal limits. Parents (Mr & Mrs Adewuyi-Hassan, 14 Allen Avenue, Ikeja; "
        "0802 555 4410) have been counselled.\nDr Ifeoma Chukwu-Eze",
        [
            ("ADDRESS", "Ikeja"),
            ("NAME", "Oluwatobiloba"),
            ("NAME", "Adewuyi-Hassan"),
            ("MRN", "EFH/P/2291"),
            ("DATE", "12 August 2026"),
            ("NAME", "Adewuyi-Hassan"),
            ("ADDRESS", "14 Allen Avenue"),
            ("ADDRESS", "Ikeja"),
            ("PHONE", "0802 555 4410"),
            ("NAME", "Ifeoma Chukwu-Eze"),
        ],
    ),
    (
        "Kepada Dr Ooi Chin Hock, Klinik Ooi, 23 Jalan Sultan Idris Shah, 30000 Ipoh, Perak.\nRe: Encik "
        "Lim Kok Wai, RN IPH2204417, seen 05/11/2026. Severe NPDR OU with CSME OS. Plan anti-VEGF OS. "
        "Thank you. Dr Kavitha Ramachandran",
        [
            ("NAME", "Ooi Chin Hock"),
            ("ADDRESS", "23 Jalan Sultan Idris Shah"),
            ("ZIP", "30000"),
            ("ADDRESS", "Ipoh"),
            ("NAME", "Lim Kok Wai"),
            ("MRN", "IPH2204417"),
            ("DATE", "05/11/2026"),
            ("NAME", "Kavitha Ramachandran"),
        ],
    ),
    (
        "Results: Toxo IgG pos, IgM neg. Dx: toxoplasma retinochoroiditis L. Start Septrin + pred. Pt "
        "Mercy Wairimu Gitau, Thika, ph 0799 555 402. Review 02 Jan 2027. Dr. Hassan Abdalla Noor.",
        [
            ("NAME", "Mercy Wairimu Gitau"),
            ("ADDRESS", "Thika"),
            ("PHONE", "0799 555 402"),
            ("DATE", "02 Jan 2027"),
            ("NAME", "Hassan Abdalla Noor"),
        ],
    ),
    (
        "Diabetic Eye Screening Programme\nDate of screening: 7th August 2026\nScreening ID: "
        "DES-4471-2209\nName: Abdulkadir Farah Warsame\nAddress: Flat 12, Ash House, Northolt Road, "
        "South Harrow, HA2 0EN\nResult: R1M1 right, R0M0 left - referral to Hillingdon eye clinic "
        "(routine).",
        [
            ("DATE", "7th August 2026"),
            ("MRN", "DES-4471-2209"),
            ("NAME", "Abdulkadir Farah Warsame"),
            ("ADDRESS", "Flat 12, Ash House, Northolt Road"),
            ("ADDRESS", "South Harrow"),
            ("ZIP", "HA2 0EN"),
        ],
    ),
    (
        "Letter for school (Rosebank Primary): Zara Ahmed-Kowalski (Year 3, class teacher Mr Oakes) has "
        "amblyopia of her left eye and will wear a patch for 2 hours each day. Please seat her near the "
        "front. Signed orthoptist Hollie Fenn, 27/11/2026.",
        [
            ("NAME", "Zara Ahmed-Kowalski"),
            ("NAME", "Oakes"),
            ("NAME", "Hollie Fenn"),
            ("DATE", "27/11/2026"),
        ],
    ),
    # --- referral triage -------------------------------------------------------------------------
    (
        "Referral triage 03/11: optom referral from Bayview Optometry (Leonie Marsh, GOC 01-29871) re "
        "'sudden drop VA L, ?CRVO'. Pt Kevin Dunphy, 66, tel 07700 900 614. Triage: urgent, see within "
        "1/52. Triaged by AP.",
        [
            ("DATE", "03/11"),
            ("NAME", "Leonie Marsh"),
            ("LICENSE", "01-29871"),
            ("NAME", "Kevin Dunphy"),
            ("PHONE", "07700 900 614"),
            ("NAME", "AP"),
        ],
    ),
    (
        "eConsult triage - from PCP Bethany Kowalczyk, NP (NPI 1548273960) re 72F 'new floaters + "
        "flashes OS since Sunday'. Pt Delores Pruitt, Ph 502-555-0162, 8811 Shelbyville Rd Apt 4C, "
        "Louisville KY 40222. Dispo: same-day DFE. - tk",
        [
            ("NAME", "Bethany Kowalczyk"),
            ("LICENSE", "1548273960"),
            ("NAME", "Delores Pruitt"),
            ("PHONE", "502-555-0162"),
            ("ADDRESS", "8811 Shelbyville Rd Apt 4C"),
            ("ADDRESS", "Louisville"),
            ("ZIP", "40222"),
            ("NAME", "tk"),
        ],
    ),
    (
        "Referral: Dr Niamh Ní Chonaill, Main St Surgery, Kiltimagh, Co. Mayo. Re: Pádraig Ó "
        "Súilleabháin, DOB 1/1/1949, 'The Cottage', Cloonfane, Kiltimagh F12 K7P3. PMH: T2DM, CKD3. "
        "Please see re gradual loss of central vision L. Medical card no. 2210457M.",
        [
            ("NAME", "Niamh Ní Chonaill"),
            ("ADDRESS", "Kiltimagh"),
            ("ADDRESS", "Mayo"),
            ("NAME", "Pádraig Ó Súilleabháin"),
            ("DATE", "1/1/1949"),
            ("ADDRESS", "The Cottage"),
            ("ADDRESS", "Cloonfane"),
            ("ADDRESS", "Kiltimagh"),
            ("ZIP", "F12 K7P3"),
            ("INSURANCE", "2210457M"),
        ],
    ),
    (
        "Referral triage: from Dr Oscar Lindgren (Ochre Medical Centre, Orange) re Mrs Faye "
        "Buchanan-Reid, DOB 14/09/1951, Medicare 2297 55610 3. Hx: L VA drop 6/9 -> 6/36 over 1/12, "
        "metamorphopsia. Triage cat 1 (<1 wk). Booked 02/12 with Dr Sameer Qadri. Pt notified by SMS "
        "to 0455 555 208.",
        [
            ("NAME", "Oscar Lindgren"),
            ("ADDRESS", "Orange"),
            ("NAME", "Faye Buchanan-Reid"),
            ("DATE", "14/09/1951"),
            ("INSURANCE", "2297 55610 3"),
            ("DATE", "02/12"),
            ("NAME", "Sameer Qadri"),
            ("PHONE", "0455 555 208"),
        ],
    ),
    (
        "Referral from: Tessa Grünewald, OD, Clear Vue Eyecare, 77 Main St, Normal, IL 61761, ph "
        "309-555-0112, fax 309-555-0113, tgrunewald@clearvue-eyecare.com. Re: pt Abdirahman Hersi, DOB "
        "02/28/1979. Reason: NVE OD, HbA1c 11.2.",
        [
            ("NAME", "Tessa Grünewald"),
            ("ADDRESS", "77 Main St"),
            ("ADDRESS", "Normal"),
            ("ZIP", "61761"),
            ("PHONE", "309-555-0112"),
            ("FAX", "309-555-0113"),
            ("EMAIL", "tgrunewald@clearvue-eyecare.com"),
            ("NAME", "Abdirahman Hersi"),
            ("DATE", "02/28/1979"),
        ],
    ),
    (
        "F/u 6/52. If VA drops below 6/36 pt to ring the eye line 01632 960 442. Letter to GP Dr Mark "
        "Sale, Sale Health Centre.",
        [("PHONE", "01632 960 442"), ("NAME", "Mark Sale")],
    ),
    (
        "cc: Dr Gurpreet Kaur Dhillon (family MD), 2250 Bovaird Dr E, Unit 14, Brampton ON L6R 0W3, fax "
        "905-555-0166\ncc: Dr Yusuf Abdi-Warsame (rheumatology), yusuf.abdiwarsame@rheumcare.ca\nRe: "
        "Harjit Singh Grewal, OHIP 7712-440-981-XP, DOB 1963-02-18",
        [
            ("NAME", "Gurpreet Kaur Dhillon"),
            ("ADDRESS", "2250 Bovaird Dr E, Unit 14"),
            ("ADDRESS", "Brampton"),
            ("ZIP", "L6R 0W3"),
            ("FAX", "905-555-0166"),
            ("NAME", "Yusuf Abdi-Warsame"),
            ("EMAIL", "yusuf.abdiwarsame@rheumcare.ca"),
            ("NAME", "Harjit Singh Grewal"),
            ("INSURANCE", "7712-440-981-XP"),
            ("DATE", "1963-02-18"),
        ],
    ),
    # --- paediatrics and ROP -----------------------------------------------------------------------
    (
        "ROP screen. Baby Girl Adaeze Nwachukwu-Bello, twin 2, born 28+3/40 on 17/07/2026, BW 1040 g. "
        "Mother Chiamaka, father Ikenna. Twin 1 (brother Kamsi) also screened. Findings: R zone II "
        "stage 2 no plus; L zone II stage 1. Rv 1/52. Hosp no. K4409183.",
        [
            ("NAME", "Adaeze Nwachukwu-Bello"),
            ("DATE", "17/07/2026"),
            ("NAME", "Chiamaka"),
            ("NAME", "Ikenna"),
            ("NAME", "Kamsi"),
            ("MRN", "K4409183"),
        ],
    ),
    (
        "Paeds: Liam O'Sullivan-Kwame, 7, referred by school nurse at St Brigid's NS, Ballyfermot after "
        "failing vision screen (6/24 R). Mum Joanne says he squints at the whiteboard. Older sister "
        "Tegan wears glasses. Cyclo refraction R +4.50, L +1.00. Plan glasses + patching 2h/day. Review "
        "12/01/27.",
        [
            ("NAME", "Liam O'Sullivan-Kwame"),
            ("ADDRESS", "Ballyfermot"),
            ("NAME", "Joanne"),
            ("NAME", "Tegan"),
            ("DATE", "12/01/27"),
        ],
    ),
    (
        "ROP screening NICU HKL 02/09/2026. Baby of Nur Aisyah binti Kamarudin, GA 27+5, BW 890 g. "
        "Twin A. Stage 3 zone II with plus R -> for laser today. Parents consented (father Mohd Firdaus "
        "bin Zulkifli, 019-555 4471). RN HKL26-117734.",
        [
            ("DATE", "02/09/2026"),
            ("NAME", "Nur Aisyah"),
            ("NAME", "Kamarudin"),
            ("NAME", "Mohd Firdaus"),
            ("NAME", "Zulkifli"),
            ("PHONE", "019-555 4471"),
            ("MRN", "HKL26-117734"),
        ],
    ),
    (
        "Paeds: Lethabo Mahlangu, 4, brought by gogo (grandmother) Elizabeth Mahlangu from Mamelodi "
        "East. Leukocoria L noticed in flash photo at cousin's birthday 02 Oct. RetCam: L exophytic "
        "mass, ?retinoblastoma. Urgent EUA. Mother works in Joburg, cell 073 555 8802. Clinic folder no. "
        "22/771904.",
        [
            ("NAME", "Lethabo"),
            ("NAME", "Mahlangu"),
            ("NAME", "Elizabeth"),
            ("NAME", "Mahlangu"),
            ("ADDRESS", "Mamelodi East"),
            ("DATE", "02 Oct"),
            ("ADDRESS", "Joburg"),
            ("PHONE", "073 555 8802"),
            ("MRN", "22/771904"),
        ],
    ),
    (
        "ROP discharge letter. Baby Theo Kaczmarek-Achterberg, born 23 weeks + 6 at Liverpool Women's, "
        "DOB 04/04/2026. Treated with bilateral ranibizumab 0.2 mg on 15/05/2026. Now vascularised zone "
        "III. Mum Agnieszka, dad Joost. Health visitor: Bernadette Cloke. Follow-up with orthoptics at "
        "Alder Hey in 6/12.",
        [
            ("NAME", "Theo Kaczmarek-Achterberg"),
            ("DATE", "04/04/2026"),
            ("DATE", "15/05/2026"),
            ("NAME", "Agnieszka"),
            ("NAME", "Joost"),
            ("NAME", "Bernadette Cloke"),
        ],
    ),
    (
        "ROP screening, Pumwani NBU 08/10/2026. Baby of Akinyi Atieno (mother, 19 yrs), GA 30 wks, BW "
        "1.2 kg, O2 for 3 wks. Zone II stage 1 OU, no plus. Rv 2/52. Mother's phone 0701 555 662. "
        "Home: Mathare North, Nairobi.",
        [
            ("DATE", "08/10/2026"),
            ("NAME", "Akinyi Atieno"),
            ("PHONE", "0701 555 662"),
            ("ADDRESS", "Mathare North"),
            ("ADDRESS", "Nairobi"),
        ],
    ),
    (
        "ROP exam 10/30: Baby Boy Hernández-Oyelowo (twin B), PMA 34+2. Zone II stage 2, pre-plus OD. "
        "Parents Maricela and Tunde updated at bedside. MRN 88104772. F/u 1 wk. - Dr. Sato",
        [
            ("DATE", "10/30"),
            ("NAME", "Hernández-Oyelowo"),
            ("NAME", "Maricela"),
            ("NAME", "Tunde"),
            ("MRN", "88104772"),
            ("NAME", "Sato"),
        ],
    ),
    (
        "ROP: Baby Saoirse Mac Giolla Phádraig, born 26/40 at the Rotunda on 30 June, BW 780 g. Mother "
        "Aisling (from Navan). Stage 3 zone II plus OU on 11/08 - laser done. MRN 3390127.",
        [
            ("NAME", "Saoirse Mac Giolla Phádraig"),
            ("DATE", "30 June"),
            ("NAME", "Aisling"),
            ("ADDRESS", "Navan"),
            ("DATE", "11/08"),
            ("MRN", "3390127"),
        ],
    ),
    (
        "ROP screening Fabella 10/10/2026: Baby Boy of Jenelyn Tolentino, 33 wks, BW 1.4 kg. Immature "
        "retina zone II OU. Next exam 10/24/2026. Father: Mark Anthony Tolentino (0947 555 8824), from "
        "Tondo.",
        [
            ("DATE", "10/10/2026"),
            ("NAME", "Jenelyn"),
            ("NAME", "Tolentino"),
            ("DATE", "10/24/2026"),
            ("NAME", "Mark Anthony"),
            ("NAME", "Tolentino"),
            ("PHONE", "0947 555 8824"),
            ("ADDRESS", "Tondo"),
        ],
    ),
    (
        "Safeguarding: 3-month-old, retinal haemorrhages multilayer OU on RetCam. Discussed with Dr "
        "Ferguson-Adu (paeds) and social worker Kelly-Ann Marsh (01632 960 518). Infant: Mason Tyler "
        "Rook, DOB 18/08/2026. Lives with mother Chantelle Rook and her partner (Kyle Denning) at 71 "
        "Beech Grove, Worksop S80 2DW.",
        [
            ("NAME", "Ferguson-Adu"),
            ("NAME", "Kelly-Ann Marsh"),
            ("PHONE", "01632 960 518"),
            ("NAME", "Mason Tyler"),
            ("NAME", "Rook"),
            ("DATE", "18/08/2026"),
            ("NAME", "Chantelle"),
            ("NAME", "Rook"),
            ("NAME", "Kyle Denning"),
            ("ADDRESS", "71 Beech Grove"),
            ("ADDRESS", "Worksop"),
            ("ZIP", "S80 2DW"),
        ],
    ),
    # --- uveitis and neuro-ophthalmology ----------------------------------------------------------
    (
        "Uveitis w/u for Ms. Shanice Holloway-Reed (MRN 41-998-207): HLA-B27 pos, ACE 48, QuantiFERON "
        "neg, RPR nonreactive, CXR clear 10/02/2026. Rheum referral to Dr. Priyanka Venkataraman at 1440 "
        "Peachtree Industrial Blvd, Suite 210, Duluth, GA 30097. Fax 770-555-0193.",
        [
            ("NAME", "Shanice Holloway-Reed"),
            ("MRN", "41-998-207"),
            ("DATE", "10/02/2026"),
            ("NAME", "Priyanka Venkataraman"),
            ("ADDRESS", "1440 Peachtree Industrial Blvd, Suite 210"),
            ("ADDRESS", "Duluth"),
            ("ZIP", "30097"),
            ("FAX", "770-555-0193"),
        ],
    ),
    (
        "Neuro-ophth: 34F, BMI 38, headaches and TVOs. Papilloedema grade 3 OU. MRV 14/1 normal. LP "
        "(Dr Tolu Adebanjo) opening pressure 38 cmH2O. Start acetazolamide 500 mg bd. Pt Blessing "
        "Ehigiator, Hosp No. 2271-0043, mob +44 7700 900 381. Works nights at Asda in Erdington.",
        [
            ("DATE", "14/1"),
            ("NAME", "Tolu Adebanjo"),
            ("NAME", "Blessing Ehigiator"),
            ("MRN", "2271-0043"),
            ("PHONE", "+44 7700 900 381"),
            ("ADDRESS", "Erdington"),
        ],
    ),
    (
        "Referred by Dr Horner (GP, Ilkley) ?Horner syndrome L. Hx: neck manipulation by chiropractor "
        "6/7 ago. Anisocoria greater in dark, apraclonidine test positive. Urgent CTA neck to r/o "
        "dissection. Pt: Gareth Pennington-Smythe, 44.",
        [
            ("NAME", "Horner"),
            ("ADDRESS", "Ilkley"),
            ("NAME", "Gareth Pennington-Smythe"),
        ],
    ),
    (
        "Pt Rommel Dimaculangan, 38/M, tricycle driver from Tondo, Manila. Granulomatous panuveitis OU, "
        "mutton-fat KPs, Busacca nodules. IGRA positive, CXR: R upper lobe infiltrates. Referred to "
        "DOTS at the Brgy. 105 health centre. Wife Marites, 0999 555 1203. Next check-up Dec 9.",
        [
            ("NAME", "Rommel Dimaculangan"),
            ("ADDRESS", "Tondo"),
            ("ADDRESS", "Manila"),
            ("ADDRESS", "Brgy. 105"),
            ("NAME", "Marites"),
            ("PHONE", "0999 555 1203"),
            ("DATE", "Dec 9"),
        ],
    ),
    (
        "Pt Wanjiru Kamau, 41, referred from Nyeri with bitemporal hemianopia. MRI: pituitary "
        "macroadenoma. Neurosurg (Dr Kipchumba Rotich) at KNH. Sister Njeri accompanying, 0733 555 218. "
        "NHIF 40882193.",
        [
            ("NAME", "Wanjiru Kamau"),
            ("ADDRESS", "Nyeri"),
            ("NAME", "Kipchumba Rotich"),
            ("NAME", "Njeri"),
            ("PHONE", "0733 555 218"),
            ("INSURANCE", "40882193"),
        ],
    ),
    (
        "ON R, 29F. MRI brain 3 lesions periventricular - ?MS. Neuro referral to Dr Ngaire Te Whata "
        "(Auckland). AQP4/MOG sent 17/5. Pt: Sky Ruawai-Hamilton, 22 Kowhai Ave, Feilding 4702. Mob 021 "
        "555 0199. Partner River.",
        [
            ("NAME", "Ngaire Te Whata"),
            ("ADDRESS", "Auckland"),
            ("DATE", "17/5"),
            ("NAME", "Sky Ruawai-Hamilton"),
            ("ADDRESS", "22 Kowhai Ave"),
            ("ADDRESS", "Feilding"),
            ("ZIP", "4702"),
            ("PHONE", "021 555 0199"),
            ("NAME", "River"),
        ],
    ),
    (
        "91 yo F (Mildred Sorensen) w/ sudden vision loss OD this AM, jaw claudication, scalp tenderness. "
        "ESR 96, CRP 11.2. Pale swollen disc OD. IV methylpred 1 g started. TA bx scheduled w/ Dr. "
        "Whitfield-Ong 11/24. Daughter Kay at bedside, ph 319-555-0137.",
        [
            ("AGE", "91"),
            ("NAME", "Mildred Sorensen"),
            ("NAME", "Whitfield-Ong"),
            ("DATE", "11/24"),
            ("NAME", "Kay"),
            ("PHONE", "319-555-0137"),
        ],
    ),
    (
        "Spoke w/ Dr Nair re ?GCA. ESR 68, CRP 41. Started pred 60 mg. TAB booked w/ vascular (Mr Bright) Fri.",
        [("NAME", "Nair"), ("NAME", "Bright")],
    ),
    (
        "CMV retinitis R zone 1, CD4 42. On TLD since 11 Jan 2026. Pt Thandiwe Ndlovu-Mthembu, folder "
        "4410277, clinic card from Gugulethu CHC. Ganciclovir intravitreal today. Sister Lindiwe "
        "(072 555 9031) to bring pt on Monday.",
        [
            ("DATE", "11 Jan 2026"),
            ("NAME", "Thandiwe Ndlovu-Mthembu"),
            ("MRN", "4410277"),
            ("NAME", "Lindiwe"),
            ("PHONE", "072 555 9031"),
        ],
    ),
    (
        "Uveitis/Behçet's: Mr Yusuf Karadağ, 33, oral ulcers, pathergy +, HLA-B51 pos. Occlusive retinal "
        "vasculitis L. Start azathioprine + infliximab (Homerton Hub). Wife Elif; interpreter (Turkish) "
        "Sevgi Arslan. Lives 44b Stoke Newington High St, London N16 7PL. Mob 07700 900 119.",
        [
            ("NAME", "Yusuf Karadağ"),
            ("NAME", "Elif"),
            ("NAME", "Sevgi Arslan"),
            ("ADDRESS", "44b Stoke Newington High St"),
            ("ADDRESS", "London"),
            ("ZIP", "N16 7PL"),
            ("PHONE", "07700 900 119"),
        ],
    ),
    (
        "Discussed with Dr Lovejoy-Nakamura on call; agrees no need for urgent CT.",
        [("NAME", "Lovejoy-Nakamura")],
    ),
    # --- eye casualty: assaults, work, roads ---------------------------------------------------------
    (
        "Eye cas 02:15. 24M assaulted outside the Crown & Anchor on Fore Street, Hertford at approx "
        "23:30 on 31/10. Punched by known assailant ('Dazza'). Police present: PC Rhiannon Beddow, "
        "collar no. 4417, crime ref 41/87732/26. O/E hyphaema 2 mm R, IOP 34. Pt Connor Mulrooney, 19 "
        "Ashbourne Court, SG13 7QF.",
        [
            ("ADDRESS", "Fore Street"),
            ("ADDRESS", "Hertford"),
            ("DATE", "31/10"),
            ("NAME", "Dazza"),
            ("NAME", "Rhiannon Beddow"),
            ("NAME", "Connor Mulrooney"),
            ("ADDRESS", "19 Ashbourne Court"),
            ("ZIP", "SG13 7QF"),
        ],
    ),
    (
        "RTC on the N4 near Carrick-on-Shannon at ~17:00 yesterday: restrained front-seat passenger in a "
        "2014 Toyota Corolla reg 141-LM-2087 driven by husband Declan Feeney. Airbag deployed. R "
        "periorbital laceration, globe intact, no RAPD. Gardaí informed. Pt: Mairéad Feeney, DOB "
        "30/04/1972, MRN 0923341.",
        [
            ("ADDRESS", "Carrick-on-Shannon"),
            ("VEHICLE", "141-LM-2087"),
            ("NAME", "Declan"),
            ("NAME", "Feeney"),
            ("NAME", "Mairéad"),
            ("NAME", "Feeney"),
            ("DATE", "30/04/1972"),
            ("MRN", "0923341"),
        ],
    ),
    (
        "Mr Sipho Khumalo (ID 6805125432081, Discovery Health member no. 301442918) presented via Chris "
        "Hani Bara casualty after a taxi rank altercation in Diepkloof on Sat 08/08. Blunt trauma. VA R "
        "HM. B-scan: RD R. Sister Nomsa Zulu to book theatre. Next of kin: wife Zanele 082 555 0134.",
        [
            ("NAME", "Sipho Khumalo"),
            ("MRN", "6805125432081"),
            ("INSURANCE", "301442918"),
            ("ADDRESS", "Diepkloof"),
            ("DATE", "08/08"),
            ("NAME", "Nomsa Zulu"),
            ("NAME", "Zanele"),
            ("PHONE", "082 555 0134"),
        ],
    ),
    (
        "Casualty, 19/04/2026, 21:40. 28-yr-old male boda boda rider, alleged assault at Kawangware "
        "stage by passenger; hit with a rock to L eye. OB no. 34 recorded at Kilimani Police Station. "
        "VA L HM, hyphaema 50%, IOP 48. Pt Kevin Mutua Kioko, tel 0712 555 340, resides Riruta "
        "Satellite, Nairobi. Motorbike reg KMFB 214Q.",
        [
            ("DATE", "19/04/2026"),
            ("ADDRESS", "Kawangware"),
            ("NAME", "Kevin Mutua Kioko"),
            ("PHONE", "0712 555 340"),
            ("ADDRESS", "Riruta Satellite"),
            ("ADDRESS", "Nairobi"),
            ("VEHICLE", "KMFB 214Q"),
        ],
    ),
    (
        "Eye cas: 38M, grinding steel at work (Hartwell Fabrications, Unit 7 Foundry Trading Estate, "
        "Barnsley S71 1LP) without goggles, FB sensation R. Rust ring removed with burr. Supervisor Dean "
        "Hobbs aware. Pt: Tomasz Wróblewski, DOB 11/6/1987, tel 07700 900 207.",
        [
            ("ADDRESS", "Unit 7 Foundry Trading Estate"),
            ("ADDRESS", "Barnsley"),
            ("ZIP", "S71 1LP"),
            ("NAME", "Dean Hobbs"),
            ("NAME", "Tomasz Wróblewski"),
            ("DATE", "11/6/1987"),
            ("PHONE", "07700 900 207"),
        ],
    ),
    (
        "RTA: 35M, okada passenger, collided with a danfo bus on Ikorodu Road near Ojota, 22/06/2026. "
        "Lid laceration R involving canaliculus. Bus reg KJA 447 XC. Police: SP Adewale Ogunbiyi, Ojota "
        "division. Pt Ibrahim Danjuma Musa, next of kin brother Sani 0813 555 6601.",
        [
            ("ADDRESS", "Ikorodu Road"),
            ("ADDRESS", "Ojota"),
            ("DATE", "22/06/2026"),
            ("VEHICLE", "KJA 447 XC"),
            ("NAME", "Adewale Ogunbiyi"),
            ("ADDRESS", "Ojota"),
            ("NAME", "Ibrahim Danjuma Musa"),
            ("NAME", "Sani"),
            ("PHONE", "0813 555 6601"),
        ],
    ),
    (
        "Chemical injury: 31M, pool chemical (chlorine) splash at work, aquatic centre, Bundaberg. "
        "Irrigated 2L NS, pH 7.5. Roper-Hall grade II R. WorkCover claim no. 04127788. Pt Jayden "
        "Tuhiwai-Hartley, 17 Bourbong St, Bundaberg Central QLD 4670. Ph 0491 570 156.",
        [
            ("ADDRESS", "Bundaberg"),
            ("INSURANCE", "04127788"),
            ("NAME", "Jayden Tuhiwai-Hartley"),
            ("ADDRESS", "17 Bourbong St"),
            ("ADDRESS", "Bundaberg Central"),
            ("ZIP", "4670"),
            ("PHONE", "0491 570 156"),
        ],
    ),
    (
        "ED consult: 22F unrestrained driver, MVC on I-35 at exit 127 ~02:00. Vehicle: 2011 Honda Civic, "
        "TX plate KJR-4471. Orbital floor fx L, entrapment. Pt Destiny Alvarado-Ruiz, MRN 60021447, FIN "
        "3340918826. Mother Yolanda en route from Temple.",
        [
            ("VEHICLE", "KJR-4471"),
            ("NAME", "Destiny Alvarado-Ruiz"),
            ("MRN", "60021447"),
            ("ACCOUNT", "3340918826"),
            ("NAME", "Yolanda"),
            ("ADDRESS", "Temple"),
        ],
    ),
    (
        "Eye cas: 5F, bitten by neighbour's dog (staffie) at 22 Holly Road, Gorleston at ~16:00 today. "
        "Upper lid laceration L through margin. Mum Kayleigh Brundle present; dad Jordan on way. "
        "Safeguarding checked - no concerns. DOB 09/02/2021. PAS no. JPH1102934.",
        [
            ("ADDRESS", "22 Holly Road"),
            ("ADDRESS", "Gorleston"),
            ("NAME", "Kayleigh Brundle"),
            ("NAME", "Jordan"),
            ("DATE", "09/02/2021"),
            ("MRN", "JPH1102934"),
        ],
    ),
    (
        "Eye cas: 12M, struck by hockey stick at school (Westgate College) this am. Teacher Ms Aiyana "
        "Redcloud brought him; mum Tracy-Lee Van Wyk arriving from Pinetown. Corneal abrasion R, no "
        "hyphaema. Chloramphenicol oint. Pt: Ethan Van Wyk.",
        [
            ("NAME", "Aiyana Redcloud"),
            ("NAME", "Tracy-Lee"),
            ("NAME", "Van Wyk"),
            ("ADDRESS", "Pinetown"),
            ("NAME", "Ethan"),
            ("NAME", "Van Wyk"),
        ],
    ),
    (
        "RTA: motorcyclist vs car, Federal Highway near Subang Jaya, 3/10/2026 ~19:00. Car WXY 4521 "
        "(driver fled). L open globe, zone 1. Police report Balai Polis Subang Jaya. Pt Arjun a/l "
        "Subramaniam, 24, IC 020714-10-6621. Mother Puan Letchumi 012-555 4420.",
        [
            ("ADDRESS", "Subang Jaya"),
            ("DATE", "3/10/2026"),
            ("VEHICLE", "WXY 4521"),
            ("NAME", "Arjun"),
            ("NAME", "Subramaniam"),
            ("MRN", "020714-10-6621"),
            ("NAME", "Letchumi"),
            ("PHONE", "012-555 4420"),
        ],
    ),
    (
        "Records request received 24/11/2026 from DC Morwenna Trebilcock, Devon & Cornwall Police "
        "(morwenna.trebilcock@dc.police.uk) re pt Jago Penrose (assault victim 01/11/2026, St Ives). "
        "Consent form signed by pt. Forwarded to medical secretary Lowenna.",
        [
            ("DATE", "24/11/2026"),
            ("NAME", "Morwenna Trebilcock"),
            ("EMAIL", "morwenna.trebilcock@dc.police.uk"),
            ("NAME", "Jago Penrose"),
            ("DATE", "01/11/2026"),
            ("ADDRESS", "St Ives"),
            ("NAME", "Lowenna"),
        ],
    ),
    (
        "Outreach eye clinic, Tennant Creek, 18/08/2026. Seen with AHW Jacinta Nakamarra. Pt: Rosie "
        "Napurrurla, 58, T2DM. Bilateral PDR; PRP R done on portable laser. Needs Alice Springs transfer "
        "for vitrectomy L. Clinic chart HRN 60-4417.",
        [
            ("ADDRESS", "Tennant Creek"),
            ("DATE", "18/08/2026"),
            ("NAME", "Jacinta Nakamarra"),
            ("NAME", "Rosie Napurrurla"),
            ("ADDRESS", "Alice Springs"),
            ("MRN", "60-4417"),
        ],
    ),
    # --- retinal detachment, DR follow-up, theatre -----------------------------------------------------
    (
        "RD f/u day 14 post R PPV/C3F8 (op 1/12/26, Mr Ashok Raghunathan). Gas bubble 40%. Retina flat "
        "360. Posturing compliant per wife Gwen. Pt may fly only after gas gone. Next: 15 Dec 09:10 with "
        "Sr Bronwyn Pugh.",
        [
            ("DATE", "1/12/26"),
            ("NAME", "Ashok Raghunathan"),
            ("NAME", "Gwen"),
            ("DATE", "15 Dec"),
            ("NAME", "Bronwyn Pugh"),
        ],
    ),
    (
        "DR screening, Kisumu outreach 06/06/2026. Mr Otieno Ochieng Odhiambo, 62, T2DM x 15 yrs, HbA1c "
        "9.8%. R3A R, R2 L, M1 OU. Plan PRP R. Referred to JOOTRH eye unit. NHIF no. 8812347, phone "
        "0722 555 901. Accompanied by grandson Brian Omondi.",
        [
            ("ADDRESS", "Kisumu"),
            ("DATE", "06/06/2026"),
            ("NAME", "Otieno Ochieng Odhiambo"),
            ("INSURANCE", "8812347"),
            ("PHONE", "0722 555 901"),
            ("NAME", "Brian Omondi"),
        ],
    ),
    (
        "OPD Ophtha, 14 Oct 2026. Pt: Ma. Cristina dela Paz-Villanueva, 57/F, from Brgy. San Isidro, "
        "Antipolo City, Rizal. PhilHealth 12-050873119-4. C/C blurring OU x 6 mos. FBS 182. Impression: "
        "moderate NPDR OU with CSME OD. Plan: FA, anti-VEGF OD. Companion: husband Rodolfo (0917 555 "
        "2840). Seen by Dr. Jerome Macaraeg, PRC Lic. 0112457.",
        [
            ("DATE", "14 Oct 2026"),
            ("NAME", "Ma. Cristina dela Paz-Villanueva"),
            ("ADDRESS", "Brgy. San Isidro"),
            ("ADDRESS", "Antipolo City"),
            ("INSURANCE", "12-050873119-4"),
            ("NAME", "Rodolfo"),
            ("PHONE", "0917 555 2840"),
            ("NAME", "Jerome Macaraeg"),
            ("LICENSE", "0112457"),
        ],
    ),
    (
        "Klinik Mata, HSB. 21/7/2026. Puan Siti Khadijah binti Abdul Rahman, IC 650814-02-5518, RN "
        "HSB0049182. Known DM/HPT. Referred from KK Bandar Baharu for VH L. B-scan: retina flat. For PPV "
        "L, listed under Dr Lim Wei Sheng. Contact anak: Muhammad Hafiz 012-555 8812.",
        [
            ("DATE", "21/7/2026"),
            ("NAME", "Siti Khadijah"),
            ("NAME", "Abdul Rahman"),
            ("MRN", "650814-02-5518"),
            ("MRN", "HSB0049182"),
            ("NAME", "Lim Wei Sheng"),
            ("NAME", "Muhammad Hafiz"),
            ("PHONE", "012-555 8812"),
        ],
    ),
    (
        "Eye clinic, LUTH Idi-Araba. 04-Sep-2026. Mr Chukwuemeka Obi, 45, civil servant (FMoH Abuja), "
        "c/o progressive painless loss of vision OU. IOP 42/38, CDR 0.9/0.8. Hosp no. LUTH/OPH/26/1187. "
        "NHIS 0044-7821-33. Address: 12 Adeniran Ogunsanya St, Surulere, Lagos. Phone 0803 555 2190. "
        "Seen with Dr Ngozi Eze-Okonkwo.",
        [
            ("DATE", "04-Sep-2026"),
            ("NAME", "Chukwuemeka Obi"),
            ("MRN", "LUTH/OPH/26/1187"),
            ("INSURANCE", "0044-7821-33"),
            ("ADDRESS", "12 Adeniran Ogunsanya St"),
            ("ADDRESS", "Surulere"),
            ("ADDRESS", "Lagos"),
            ("PHONE", "0803 555 2190"),
            ("NAME", "Ngozi Eze-Okonkwo"),
        ],
    ),
    (
        "Macula-on RD L, superotemporal U-tear. Listed for PPV tomorrow am with Mr Van Rensburg. NBM from midnight.",
        [("NAME", "Van Rensburg")],
    ),
    (
        "Post-op L PPV/SO (5000 cSt). VA L CF. Discussed DVLA: monocular now; R VA 6/6, field OK - may "
        "continue driving (licence no. MACHE610128RJ9LX) but must inform insurer. Pt Ross MacHenry, 1 "
        "Burnside Cottages, Dalkeith EH22 1QR. Oil removal in 3/12.",
        [
            ("LICENSE", "MACHE610128RJ9LX"),
            ("NAME", "Ross MacHenry"),
            ("ADDRESS", "1 Burnside Cottages"),
            ("ADDRESS", "Dalkeith"),
            ("ZIP", "EH22 1QR"),
        ],
    ),
    (
        "Day 1 post-op R phaco/IOL: AcrySof SN60WF +21.5 D, serial 12994831044. Cornea clear, AC deep, "
        "IOP 17. Pt Mr Bartholomew Nkemelu very pleased. Rv with optom Suzanne in 4/52. Surgeon: Ms "
        "Oyinkansola Adeyemi.",
        [
            ("DEVICE", "12994831044"),
            ("NAME", "Bartholomew Nkemelu"),
            ("NAME", "Suzanne"),
            ("NAME", "Oyinkansola Adeyemi"),
        ],
    ),
    (
        "IVT log 28/10/26 Room 3: (1) Harold Fitzgibbon RE faricimab, batch 7045821; (2) Norma Kiplagat "
        "LE aflibercept 8 mg; (3) Ahmed Al-Shammari RE ranibizumab biosimilar. Injector: ANP Catrin "
        "Howells. Checked by TM.",
        [
            ("DATE", "28/10/26"),
            ("NAME", "Harold Fitzgibbon"),
            ("NAME", "Norma Kiplagat"),
            ("NAME", "Ahmed Al-Shammari"),
            ("NAME", "Catrin Howells"),
            ("NAME", "TM"),
        ],
    ),
    (
        "Op note 30/09/2026. Surgeon: Mr Jonathan Achebe-Wright. Assist: Dr Priya Sundaralingam. "
        "Anaesth: Dr Oisín Breathnach. Pt: Valerie Oduya, hosp no 5512-8804. Procedure: L 23G PPV, 360 "
        "laser, C2F6 16%. Encircling band 240 placed, Watzke sleeve. Implant log: band lot 22G4417 (no "
        "serial).",
        [
            ("DATE", "30/09/2026"),
            ("NAME", "Jonathan Achebe-Wright"),
            ("NAME", "Priya Sundaralingam"),
            ("NAME", "Oisín Breathnach"),
            ("NAME", "Valerie Oduya"),
            ("MRN", "5512-8804"),
        ],
    ),
    (
        "IOL implant card: Tecnis ZCB00 +20.0 D, SN 4412098831, implanted OD 06/17/2026 by Dr. Rebecca "
        "Ampadu-Stein. Pt: Winston Okoli. Card given to pt.",
        [
            ("DEVICE", "4412098831"),
            ("DATE", "06/17/2026"),
            ("NAME", "Rebecca Ampadu-Stein"),
            ("NAME", "Winston Okoli"),
        ],
    ),
    (
        "Retina list 24-11-2026 pm (Dr Mbeki-Ferreira):\n1. 14:00 PATEL, Hemlata - UR 8810231 - Eylea "
        "L\n2. 14:15 O'DONOGHUE, Fintan - UR 8810477 - OCT only\n3. 14:30 NGUYEN, Van Thanh - UR "
        "7714520 - FFA\n4. 14:45 WILLIAMS-BOATENG, Akosua - UR 9902113 - new PDR",
        [
            ("DATE", "24-11-2026"),
            ("NAME", "Mbeki-Ferreira"),
            ("NAME", "PATEL, Hemlata"),
            ("MRN", "8810231"),
            ("NAME", "O'DONOGHUE, Fintan"),
            ("MRN", "8810477"),
            ("NAME", "NGUYEN, Van Thanh"),
            ("MRN", "7714520"),
            ("NAME", "WILLIAMS-BOATENG, Akosua"),
            ("MRN", "9902113"),
        ],
    ),
    (
        "Mr Chinedu Okafor-Brennan, HGV driver with Eddie Stobart. Field defect from PRP; advised to "
        "notify DVLA (licence OKAFO702158C99KL). Supervisor Gav Pickering aware. Review 16/02/27 with "
        "visual fields.",
        [
            ("NAME", "Chinedu Okafor-Brennan"),
            ("LICENSE", "OKAFO702158C99KL"),
            ("NAME", "Gav Pickering"),
            ("DATE", "16/02/27"),
        ],
    ),
    (
        "Private pt invoice INV-26-04417 sent to Mr Laurence Templeton-Ashby, 'Heron's Reach', 4 Quay "
        "Lane, Wells-next-the-Sea NR23 1HF. Bupa membership 77204419 - pre-auth code B-118872 for L "
        "vitrectomy 09 Dec.",
        [
            ("ACCOUNT", "INV-26-04417"),
            ("NAME", "Laurence Templeton-Ashby"),
            ("ADDRESS", "Heron's Reach"),
            ("ADDRESS", "4 Quay Lane"),
            ("ADDRESS", "Wells-next-the-Sea"),
            ("ZIP", "NR23 1HF"),
            ("INSURANCE", "77204419"),
            ("DATE", "09 Dec"),
        ],
    ),
    (
        "DNA x2. Letter sent to 14 Cobden Terrace, Hexham. Discharge to optom if DNA again.",
        [("ADDRESS", "14 Cobden Terrace"), ("ADDRESS", "Hexham")],
    ),
    (
        "Reviewed with consultant (KW). Plan agreed.",
        [("NAME", "KW")],
    ),
    (
        "Pt is 103 (!), lives independently. VA 6/18 OU.",
        [("AGE", "103")],
    ),
    (
        "Pt prefers female doctor - booked with Dr Oyedepo.",
        [("NAME", "Oyedepo")],
    ),
    (
        "Pt from Hope, BC (V0X 1L0) - 3 h drive; prefers Friday clinics. Hope to consolidate injections to q8w.",
        [("ADDRESS", "Hope"), ("ZIP", "V0X 1L0")],
    ),
    # --- telehealth, e-mail, patient-written messages ----------------------------------------------------
    (
        "Virtual review via AttendAnywhere, link https://attend.vc/waiting/nw-eye/9KQ2-TR77 sent to pt's "
        "email bushra.qureshi71@outlook.com. Home monitoring device (ForeseeHome) serial FH-0082217 last "
        "synced from 86.14.202.9 on 26/11. Alerts L eye x2. VA by home chart 6/12. Pt Bushra Qureshi.",
        [
            ("URL", "https://attend.vc/waiting/nw-eye/9KQ2-TR77"),
            ("EMAIL", "bushra.qureshi71@outlook.com"),
            ("DEVICE", "FH-0082217"),
            ("IP", "86.14.202.9"),
            ("DATE", "26/11"),
            ("NAME", "Bushra Qureshi"),
        ],
    ),
    (
        "From: angelaw.brierley62@gmail.com\nSent: 3 November 2026 21:14\nTo: "
        "retina.bookings@northdownseye.nhs.uk\nSubject: Appointment\nHello, I have to cancel my mum's "
        "appointment on 10 Nov as she's had a fall. Her name is Joan Brierley, hospital number "
        "RD4-228817. Please ring me on 07700 900 992. Angela",
        [
            ("EMAIL", "angelaw.brierley62@gmail.com"),
            ("DATE", "3 November 2026"),
            ("EMAIL", "retina.bookings@northdownseye.nhs.uk"),
            ("DATE", "10 Nov"),
            ("NAME", "Joan Brierley"),
            ("MRN", "RD4-228817"),
            ("PHONE", "07700 900 992"),
            ("NAME", "Angela"),
        ],
    ),
    (
        "hi dr chen its me rosa from last wk, the injection eye is still sore and red and i cant see out "
        "of it properly, is that normal?? my son marco can drive me in tmrw if u need to see me. my "
        "number is 0412 555 073. thanks rosa dimaggio",
        [
            ("NAME", "chen"),
            ("NAME", "rosa"),
            ("NAME", "marco"),
            ("PHONE", "0412 555 073"),
            ("NAME", "rosa dimaggio"),
        ],
    ),
    (
        "Good pm doc, si Jun-jun po ito, apo ni Lola Remedios Bautista. Nag-blurred na naman po yung "
        "right eye niya since kahapon. Pwede po ba siya ipa-check bukas? Ito po number ko 0928 555 6107. "
        "Salamat po Dra. Santos.",
        [
            ("NAME", "Jun-jun"),
            ("NAME", "Remedios Bautista"),
            ("PHONE", "0928 555 6107"),
            ("NAME", "Santos"),
        ],
    ),
    (
        "Hi Dr. Abernathy, this is Wendell Okpara. I had my shot on the twenty-first of October and since "
        "yesterday I see a black curtain on the top part of my right eye. My wife Lorna says I should "
        "call. I'm at 4410 Bluebonnet Ln, Round Rock and my cell is 512 555 0199. Thank you.",
        [
            ("NAME", "Abernathy"),
            ("NAME", "Wendell Okpara"),
            ("DATE", "twenty-first of October"),
            ("NAME", "Lorna"),
            ("ADDRESS", "4410 Bluebonnet Ln"),
            ("ADDRESS", "Round Rock"),
            ("PHONE", "512 555 0199"),
        ],
    ),
    (
        "Message from patient: 'Dr. Castellanos - I got the letter about my appointment on Dec 4th but I "
        "will be in Tucson visiting my sister Inez until Dec 12. Can I move it? You can email me at "
        "r.okwuosa.fam@gmail.com. - Rosalind Okwuosa'",
        [
            ("NAME", "Castellanos"),
            ("DATE", "Dec 4th"),
            ("ADDRESS", "Tucson"),
            ("NAME", "Inez"),
            ("DATE", "Dec 12"),
            ("EMAIL", "r.okwuosa.fam@gmail.com"),
            ("NAME", "Rosalind Okwuosa"),
        ],
    ),
    (
        "Salam doktor, saya anak kepada pesakit Rokiah binti Yusof. Mak saya nampak gelap sebelah kiri "
        "sejak semalam. Boleh datang klinik esok? No tel saya 013-555 7716. Terima kasih - Farah",
        [
            ("NAME", "Rokiah"),
            ("NAME", "Yusof"),
            ("PHONE", "013-555 7716"),
            ("NAME", "Farah"),
        ],
    ),
    (
        "Hello, this is Ahanu Bearchild. I live on the Six Nations reserve near Ohsweken and can't get a "
        "ride for Thursday's shot. My cousin Wren can take me Nov 26 instead. Phone 519-555-0191. Thanks.",
        [
            ("NAME", "Ahanu Bearchild"),
            ("ADDRESS", "Six Nations"),
            ("ADDRESS", "Ohsweken"),
            ("NAME", "Wren"),
            ("DATE", "Nov 26"),
            ("PHONE", "519-555-0191"),
        ],
    ),
    (
        "Its tina from 3 wk ago, my eye drops ran out can u send script to the chemist pls",
        [("NAME", "tina")],
    ),
    # --- structured headers ----------------------------------------------------------------------------------
    (
        "Patient: Ms Olamide Fashanu-Reeve | DOB 29/02/1964 | Hosp No: N0738291 | NHS: 402 118 9375 | "
        "Addr: 5 The Maltings, Ware, SG12 9QE | Tel: 01920 960 882 | GP: Dr Cormac Twomey, Priory "
        "Surgery",
        [
            ("NAME", "Olamide Fashanu-Reeve"),
            ("DATE", "29/02/1964"),
            ("MRN", "N0738291"),
            ("MRN", "402 118 9375"),
            ("ADDRESS", "5 The Maltings"),
            ("ADDRESS", "Ware"),
            ("ZIP", "SG12 9QE"),
            ("PHONE", "01920 960 882"),
            ("NAME", "Cormac Twomey"),
        ],
    ),
    (
        "Name: KOWALSKI-NAKASHIMA, Brenda J. | DOB: 4/9/1958 | MRN: 2200-4417-88 | Enc #: 771204553 | "
        "Ins: BCBS IL XOF884471220 | PCP: Raymond Ekwueme, MD | Addr: 915 W Roscoe St #2R, Chicago IL "
        "60657 | Cell: 773-555-0104",
        [
            ("NAME", "KOWALSKI-NAKASHIMA, Brenda J."),
            ("DATE", "4/9/1958"),
            ("MRN", "2200-4417-88"),
            ("ACCOUNT", "771204553"),
            ("INSURANCE", "XOF884471220"),
            ("NAME", "Raymond Ekwueme"),
            ("ADDRESS", "915 W Roscoe St #2R"),
            ("ADDRESS", "Chicago"),
            ("ZIP", "60657"),
            ("PHONE", "773-555-0104"),
        ],
    ),
    (
        "Pt: Mr Nguyen Van Hoa  UR: 4481023  DOB: 12.12.1944  Addr: 88 Canley Vale Rd, Canley Heights "
        "NSW 2166  Ph: (02) 9726 5519  NOK: dtr Linh (0433 555 902)  Medicare 3307 19482 1  DVA: N/A",
        [
            ("NAME", "Nguyen Van Hoa"),
            ("MRN", "4481023"),
            ("DATE", "12.12.1944"),
            ("ADDRESS", "88 Canley Vale Rd"),
            ("ADDRESS", "Canley Heights"),
            ("ZIP", "2166"),
            ("PHONE", "(02) 9726 5519"),
            ("NAME", "Linh"),
            ("PHONE", "0433 555 902"),
            ("INSURANCE", "3307 19482 1"),
        ],
    ),
    (
        "Name: Johannes Petrus (Hannes) van der Westhuizen | ID: 5203045066087 | Med aid: Bonitas "
        "11204477, dep. code 01 | Address: Plot 41, Rietfontein Rd, Brits, 0250 | Cell: 083 555 6120 | "
        "Referring: Dr A. Naidoo (MP 0667721)",
        [
            ("NAME", "Johannes Petrus"),
            ("NAME", "Hannes"),
            ("NAME", "van der Westhuizen"),
            ("MRN", "5203045066087"),
            ("INSURANCE", "11204477"),
            ("ADDRESS", "Plot 41, Rietfontein Rd"),
            ("ADDRESS", "Brits"),
            ("ZIP", "0250"),
            ("PHONE", "083 555 6120"),
            ("NAME", "A. Naidoo"),
            ("LICENSE", "0667721"),
        ],
    ),
    (
        "Name: Chebet Jepkosgei Kiprono | IP No: 2026/04471 | Age: 57 | Res: Kapsoya, Eldoret | Tel: "
        "0720 555 318 | NOK: Husband - Philemon Kiprono | Ward: Eye ward bed 6 | Adm: 14/11/2026",
        [
            ("NAME", "Chebet Jepkosgei"),
            ("NAME", "Kiprono"),
            ("MRN", "2026/04471"),
            ("ADDRESS", "Kapsoya"),
            ("ADDRESS", "Eldoret"),
            ("PHONE", "0720 555 318"),
            ("NAME", "Philemon"),
            ("NAME", "Kiprono"),
            ("DATE", "14/11/2026"),
        ],
    ),
    (
        "Name: BALAGTAS, Rizaldy Jr. Manalo | Age/Sex: 92/M | Hosp #: 2026-118842 | Add: 15 Sampaguita "
        "St., Brgy. Malanday, Marikina City | Contact: 0918 555 2264 (dtr Rowena) | PhilHealth: "
        "19-201447889-0",
        [
            ("NAME", "BALAGTAS, Rizaldy Jr. Manalo"),
            ("AGE", "92"),
            ("MRN", "2026-118842"),
            ("ADDRESS", "15 Sampaguita St."),
            ("ADDRESS", "Brgy. Malanday"),
            ("ADDRESS", "Marikina City"),
            ("PHONE", "0918 555 2264"),
            ("NAME", "Rowena"),
            ("INSURANCE", "19-201447889-0"),
        ],
    ),
    # --- audit, remote care, billing ---------------------------------------------------------------------
    (
        "Audit trail: Pt Okwudili Nnaji's OCT (VA 6/9 R, 6/6 L) opened from 172.16.40.23 on 23/11 by Dr "
        "McArdle; access appropriate (direct care).",
        [
            ("NAME", "Okwudili Nnaji"),
            ("IP", "172.16.40.23"),
            ("DATE", "23/11"),
            ("NAME", "McArdle"),
        ],
    ),
    (
        "Eye cas: 19M driver of ute (reg HLT482) rolled on SH6 near Murchison 21/11. Windscreen glass FB "
        "L cornea, Seidel neg. Passenger (mate Tane Rāwiri) uninjured. Pt Corey Mataira, NHI ZXQ5519, "
        "lives 3 Fairfax St, Murchison.",
        [
            ("VEHICLE", "HLT482"),
            ("ADDRESS", "Murchison"),
            ("DATE", "21/11"),
            ("NAME", "Tane Rāwiri"),
            ("NAME", "Corey Mataira"),
            ("MRN", "ZXQ5519"),
            ("ADDRESS", "3 Fairfax St"),
            ("ADDRESS", "Murchison"),
        ],
    ),
    (
        "Telehealth: Healthdirect video link https://vcc.healthdirect.org.au/t/ballarat-eye?k=77QXD2 sent "
        "to Mrs Verna Pickles (97) and her carer Shanelle. VA on home chart 6/24 R. Billing: Medicare "
        "telehealth item, account 20466719.",
        [
            ("URL", "https://vcc.healthdirect.org.au/t/ballarat-eye?k=77QXD2"),
            ("NAME", "Verna Pickles"),
            ("AGE", "97"),
            ("NAME", "Shanelle"),
            ("ACCOUNT", "20466719"),
        ],
    ),
    (
        "Paid N15,000 for OCT, receipt no. RCT-0048812. Pt Alhaji Garba Usman Dikko (hosp no. "
        "ABUTH/26/7731), Zaria. Dense VH L, B-scan flat. Son Aminu 0706 555 1189.",
        [
            ("ACCOUNT", "RCT-0048812"),
            ("NAME", "Garba Usman Dikko"),
            ("MRN", "ABUTH/26/7731"),
            ("ADDRESS", "Zaria"),
            ("NAME", "Aminu"),
            ("PHONE", "0706 555 1189"),
        ],
    ),
]

CLEAN = [
    "VA 6/9 R, 6/12 L unaided. IOP 16 and 18 mmHg. Anterior segments quiet. Dilated fundoscopy: flat "
    "retina 360, no breaks seen.",
    "Patient reports gradual blurring of near vision over the past year, worse in dim light. No flashes "
    "or floaters. No pain.",
    "Drusen and pigmentary change at both maculae consistent with intermediate AMD. Advised on smoking "
    "cessation and a diet rich in leafy greens.",
    "Left eye injected with aflibercept under topical anaesthesia and povidone-iodine 5%. No "
    "complications. Post-injection IOP 22 mmHg at 10 minutes, optic disc perfused.",
    "Cataract surgery was uneventful. Posterior capsule intact, IOL in the bag. Continue drops four times "
    "daily for four weeks.",
    "Discussed the risks of retinal detachment surgery, including failure needing further surgery, raised "
    "pressure, cataract and a small risk of infection.",
    "Telephone review: patient managing drops well, eye comfortable, vision improving. No red-flag "
    "symptoms. Keep planned follow-up.",
    "OCT shows reduction in intraretinal fluid compared with last visit. Central subfield thickness down "
    "from 445 to 310 microns.",
    "Mild non-proliferative diabetic retinopathy in both eyes with no maculopathy. Return to annual screening.",
    "Child cooperative with examination. Cover test: small left esotropia for near, controlled for "
    "distance. Prescribe full cycloplegic correction.",
    "Anterior chamber cells 2+ in the right eye, no hypopyon, keratic precipitates inferiorly. Start "
    "intensive topical steroid and cycloplegic.",
    "Optic discs pink with healthy rims, cup-disc ratio 0.3 both eyes. Visual fields full to confrontation.",
    "Patient advised to keep the head face down for fifty minutes in every hour for one week.",
    "Fluorescein angiogram: early hyperfluorescent lesion with late leakage, consistent with a classic "
    "choroidal neovascular membrane.",
    "Sudden onset of floaters in the left eye three days ago. Examination shows a posterior vitreous "
    "detachment with no retinal tear.",
    "Corneal abrasion stained with fluorescein, approximately 3 mm, central. Lubricant and antibiotic "
    "ointment prescribed. Return if not improving in 48 hours.",
    "Referral reason: raised intraocular pressure noted at routine sight test, with a suspicious disc appearance.",
    "Lives with spouse, independent with daily activities, does not drive. Non-smoker, no alcohol.",
    "Family history of glaucoma in a parent. No known family history of retinal disease.",
    "Premature infant screened for retinopathy of prematurity: immature vascularisation in zone II, no "
    "disease. Rescreen in two weeks.",
    "Vitreous haemorrhage obscuring the fundal view. B-scan ultrasound shows attached retina. Observe "
    "and review in two weeks.",
    "Medications reviewed; eye drops unchanged. Oral anticoagulant continued, no need to stop before "
    "intravitreal injection.",
    "Swollen optic discs bilaterally with obscuration of vessels. Urgent neuroimaging and lumbar "
    "puncture requested via the medical team.",
    "Full-thickness macular hole in the right eye. Offered vitrectomy with internal limiting membrane "
    "peel and gas. Patient wishes to think about it.",
    "Red reflex present and symmetrical in both eyes. No squint. Fixes and follows well.",
    "Patient anxious about injections; discussed numbing drops and what to expect. Happy to proceed at the next visit.",
    "Retina flat under oil. Plan removal of oil in three months, combined with cataract surgery.",
    "Laser retinopexy applied around the horseshoe tear, two to three rows of confluent burns. Advised "
    "to return immediately with any new symptoms.",
    "Blunt trauma to the right eye; small hyphaema, no open globe, pressure normal. Rest, shield at "
    "night, topical steroid.",
    "No clinical evidence of endophthalmitis. Wound sealed, anterior chamber formed.",
    "Your scan shows the fluid has dried, so the gap between injections can be extended.",
    "Thank you for seeing this lady with a gradual painless reduction of vision in both eyes, likely cataract.",
    "Advised not to fly or travel to high altitude while gas is in the eye. Gas wristband applied.",
    "Hydroxychloroquine screening: no evidence of retinal toxicity on OCT and autofluorescence. Continue "
    "annual monitoring.",
    "Visual field shows an inferior arcuate defect in the left eye, matching superior rim thinning.",
    "the eye is a bit gritty but no worse, drops going in fine, thanks for asking",
    "Triage: painless sudden loss of vision in one eye for two hours. Advised immediate attendance at the "
    "emergency eye service.",
    "Eyelid laceration not involving the margin or canaliculus. Closed with interrupted sutures.",
    "Review in the medical retina clinic in eight weeks with OCT on arrival.",
    "Consent discussion held with patient and parent present; questions answered; written information provided.",
]

CLEAN_STRESS = [
    "Coats disease L with exudative detachment; Best vitelliform lesion excluded. Stargardt flecks absent. ERG normal.",
    "VKH suspected (Vogt-Koyanagi-Harada): serous RDs OU, poliosis, dysacusis. Start pred 1 mg/kg.",
    "Eylea 2 mg/0.05 mL OS, Lucentis 0.5 mg OD previously; switched to Vabysmo 6 mg. Next q8w.",
    "IOP 32/28 mmHg on Goldmann, CCT 512/520 um. Start latanoprost 0.005% nocte OU; Cosopt if no response.",
    "VA RE 6/60, LE 6/9 (logMAR 1.00 / 0.18). Pinhole 6/24. Near N12 with +2.50 add. 20/400 OD on the Snellen chart.",
    "ICD-10 H35.3211, CPT 67028 and 92134. OPCS C79.4 for PPV, C82.1 for laser.",
    "Diagnosed with type 2 diabetes in 2009, first laser 2014, cataract surgery 2019 and 2021.",
    "R2 M1 right, R1 M0 left (English screening grading). ETDRS level 47 right, 35 left.",
    "ROP: zone II stage 3 with plus, ICROP3. Treated with ranibizumab 0.2 mg in 0.02 mL.",
    "SUN grading: AC cells 2+, flare 1+, vitreous haze 0.5+. Dalen-Fuchs nodules absent, Busacca nodules on iris.",
    "HbA1c 64 mmol/mol (8.0%), eGFR 54, ESR 42 mm/hr, CRP 18 mg/L, ACE 72 U/L, lysozyme 11.4 mg/L.",
    "Reading glasses +2.00 helpful. Reading speed 80 wpm on MNREAD. Hope to improve with a magnifier.",
    "Will review in 4/52; may need PRP fill-in. Mark the axis before toric IOL insertion at 175 degrees.",
    "Iris: no Lisch nodules; Koeppe nodules at pupil margin. Rose bengal staining of conjunctiva positive.",
    "Horner syndrome excluded with apraclonidine 0.5%; Adie tonic pupil confirmed with dilute pilocarpine 0.1%.",
    "Purtscher-like retinopathy in pancreatitis; Terson syndrome after SAH; Roth spots with endocarditis.",
    "Implanted Alcon AcrySof IQ SN60WF 21.0 D; IOLMaster 700 AL 23.41 mm; SRK/T and Barrett Universal II formulas.",
    "Imaging on Heidelberg Spectralis, Optos California and Zeiss Cirrus 5000; Humphrey 24-2 SITA Fast.",
    "Silicone oil 1000 cSt; C3F8 14%; SF6 20%; 240 band and 277 sponge; 23G/25G trocars on Constellation.",
    "Follow-up 6/12, 3/7 history of redness, drops 2/24 hourly, then qds for 1/52.",
    "Baerveldt 350 tube, Ahmed FP7 valve and PreserFlo MicroShunt discussed; iStent inject W at phaco.",
    "Methotrexate 20 mg weekly, folic acid 5 mg weekly, adalimumab 40 mg fortnightly, mycophenolate 1 g bd.",
    "Sale of the house is going through so the family will move closer; asked for a grace period before "
    "the second eye.",
    "Brown syndrome right eye; Duane type 1 left; Moebius excluded. Parks three-step test done.",
    "Argyll Robertson pupils; TPPA reactive, RPR 1:32. Neurosyphilis protocol per GUM.",
    "Irvine-Gass CMO after phaco: ketorolac qds and prednisolone acetate 1% qds for 6 weeks.",
    "Weiss ring present; Shafer sign negative. Schlemm canal open on gonioscopy, Shaffer grade 4, van Herick grade 3.",
    "Kayser-Fleischer ring absent; sunflower cataract absent. Wilson disease unlikely.",
    "Hollenhorst plaque at inferotemporal arcade; carotid Doppler requested; Amsler grid issued.",
    "Fuchs endothelial dystrophy grade 3; DMEK versus DSAEK discussed. Descemet folds on day 1.",
    "Tolosa-Hunt vs cavernous sinus thrombosis; Miller Fisher variant considered; Parinaud signs absent.",
    "Frank haemorrhage in the vitreous; bill the procedure under the retina code; will chase the B-scan.",
    "Tap and inject: vancomycin 1 mg/0.1 mL and ceftazidime 2.25 mg/0.1 mL intravitreal, 1 in 1000 risk quoted.",
    "Ishihara 17/17 both eyes; colour vision normal. Stereo 60 seconds of arc on TNO; Frisby positive.",
    "Optic nerve head drusen on autofluorescence; no Foster Kennedy pattern; Uhthoff phenomenon with exercise.",
    "Deal with the left eye first; the right will follow in March if the left has settled.",
    "Jones test positive; Schirmer 4 mm at 5 min; Bell phenomenon good; Marcus Gunn jaw winking absent.",
    "Amber discharge; hazel irides; olive-shaped lesion at 7 o'clock; Elschnig spots and Siegrist "
    "streaks with BP 220/130.",
    "Hertel exophthalmometry 22/24 at base 104; Graves orbitopathy CAS 3/7; EUGOGO mild.",
    "OCT software version 4.2.0.11, firmware 1.12.4.2, normative database 2.1; Berlin oedema resolving on the scan.",
]

ARGUABLE = [
    "Dunnes",
    "Musgrove Park",
    "Specsavers",
    "Terrigal Pharmacy",
    "Bayview Optometry",
    "Asda",
    "Crown & Anchor",
    "collar no. 4417",
    "crime ref 41/87732/26",
    "Tyson",
    "JOOTRH",
    "HSB",
    "Klinik Mata",
    "KK Bandar Baharu",
    "Discovery Health",
    "Chris Hani Bara",
    "LUTH Idi-Araba",
    "FMoH Abuja",
    "Sale Health Centre",
    "St Brigid's NS",
    "Woodlands Surgery",
    "Larkhill Nursing Home",
    "batch 7045821",
    "Sunrise of Naperville",
    "Hillingdon eye clinic",
    "Westmead",
    "CVS #4471",
    "Walgreens",
    "Aetna",
    "Onitsha Main Market",
    "Christ the King Primary",
    "KNH",
    "Royal Mail",
    "Main St Surgery",
    "Liverpool Women's",
    "Alder Hey",
    "Kilimani Police Station",
    "OB no. 34",
    "Hartwell Fabrications",
    "Hoosier Roofing LLC",
    "Rosebank Primary",
    "Gugulethu CHC",
    "HKL",
    "Pumwani NBU",
    "Klinik Ooi",
    "Presentation Convent",
    "Boots",
    "Arriva",
    "Devon & Cornwall Police",
    "UnitedHealthcare",
    "Accredo",
    "PA-7720019",
    "Homerton Hub",
    "Eye Foundation Hospital",
    "Hickey's",
    "Ochre Medical Centre",
    "Clear Vue Eyecare",
    "lot 22G4417",
    "Eddie Stobart",
    "Bupa",
    "pre-auth code B-118872",
    "Rotunda",
    "Fabella",
    "Lincoln Elementary",
    "Westgate College",
    "Balai Polis Subang Jaya",
    "Priory Surgery",
    "BCBS IL",
    "Bonitas",
    "Medicare MBI",
    "Healthdirect",
]
