"""Held-out de-identification review set v11 for free-text ophthalmology notes.

Written on 2026-11-29 by an independent reviewer who did not see the de-identification rules, the
benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only project text
read was ``bench/deid_sets/score.py`` (for the file format) and the module docstring of
``bench/deid_sets/review_v3.py`` (lines 1-58, for the annotation conventions, which are followed here).
Neither the de-identifier nor ``score.py`` was run on this set while it was written; the only checks run
were a syntax check and a small script confirming that every annotated substring occurs in its snippet as
often as it is listed, that no two planted spans overlap and that no planted span starts or ends inside a
word (except, on purpose, the date part of ISO timestamps).

All people, numbers, addresses and contact details are invented (check digits of NHS, CHI, H&C, NHI,
Medicare, PHN, OHIP, NRIC and HKID numbers were made valid so that the numbers look real). The snippets imitate a
records officer's random audit sample of one year of an eye department's records: medical retina,
glaucoma, cataract, oculoplastic, paediatric/orthoptic, neuro-ophthalmology, uveitis and emergency eye
letters and notes; operation, injection and theatre records; imaging and screening reports; referrals and
triage; discharge summaries; nursing notes and telephone messages; patient e-mails, portal and SMS
messages; consent and safeguarding notes; research visits; billing, claims and insurer correspondence;
audit trails; exported CSV/TSV tables and theatre lists; dictation transcripts; and one-line jottings.
They come from the UK (England, Scotland, Wales, Northern Ireland), Ireland, the US, Canada, Australia,
New Zealand, South Africa, India, Pakistan, Ghana, Kenya, Singapore, Malaysia, Hong Kong, Jamaica,
Trinidad and Barbados, with names of many origins (surname particles, hyphenated names, names in
informal lower case such as ``gavin`` or ``dervla``, names that are also English words such as Precious,
Cardinal or Graves, names absent from common name lists), small towns and towns whose names are English
words (Street, Sale, Orange, Penal, Song, Holland, Gore, Truth or Consequences), identifier numbers with and
without labels, and dates in many formats (ISO, US and day-first numeric, dotted, spelled out, Malay month
names, day/month only, month/year only).

Annotation choices beyond review_v3's conventions
-------------------------------------------------
* National identity numbers written in the record as the patient's identifier (South African ID number,
  Pakistani CNIC, Singapore NRIC, Hong Kong HKID) and the Irish IHI are MRN, like NHS/CHI/NHI numbers.
* Claim, pre-authorisation, quotation and receipt numbers are ACCOUNT (with invoice and bill numbers);
  the member / card / policy numbers of the insurer or scheme are INSURANCE.
* Serial numbers of imaging machines and screening cameras, and donor-cornea / graft tissue numbers, are
  DEVICE (like implant serials); lot and batch numbers are not marked anywhere.
* Login user names built from a person's name (``bnaidu``) are NAME, as are participant initials
  (``R.T.M.``) and sign-off initials (``JMcK``, ``FF/mc`` as two spans).
* Dictation: a spelled-out name (``C-H-O``), a spoken record number (``H as in hotel 4 4 1 9 0 2 7``) or a
  spoken date is one span of its kind.
* ISO timestamps: only the date part (``2026-05-02`` of ``2026-05-02T13:44:09Z``) is marked; weekdays next
  to dates are left out; telephone extensions (``x214``) are left out of the PHONE span.
* Relationship particles ``w/o``, ``s/o``, ``binte``, ``anak`` split names like ``bin``; honorifics
  ``Smt.``, ``Shri``, ``ji``, ``Begum``, ``Madam``, ``Mdm``, ``Encik``, ``Sister`` and ``Baby Girl`` are
  left out; ``Ah Ma`` (grandmother) and ``Koro`` (grandfather) are not names.
* Irish counties are marked with their prefix (``Co. Cork``); a Barbadian parish (``St. James``) is
  marked like a county; Hong Kong is treated like Singapore (not marked) while its districts are
  ADDRESS; an Islamabad sector (``F-7/2``), a GhanaPost digital address (``AK-287-4419``), a plot number
  and a house name (``Tigh na Mara``) are ADDRESS. Regions (Connemara, Isle of Skye) are ARGUABLE.
* A town named on its own as the place of a clinic or outreach visit ("Outreach clinic at Orange") is
  ADDRESS; a town inside a named practice, clinic or school in ARGUABLE is not marked.
* ARGUABLE: practice, clinic, care-agency, interpreting-service, school and insurer / scheme names (some
  contain place words), plus two regions.
* Ages follow review_v3: only ages over 89 are AGE (``97``, ``ninety four``, ``102``); ``89 years``,
  ``27-year-old`` and other ages up to 89 stay unmarked inside POSITIVE snippets.
* CLEAN_STRESS avoids month+year expiry dates (they would be DATE under these conventions).
"""

POSITIVE = [
    # --- United Kingdom -------------------------------------------------------------------
    (
        "Medical Retina Clinic\nDate of clinic: 14/01/2026\n"
        "Re: Mr Ambrose Tuckwell-Fane  DOB 03/08/1939  Hosp No. RK4471920  NHS No. 943 903 5293\n"
        "12 Wheelwright Close, Much Wenlock, Shropshire TF13 6QJ\n\n"
        "Dear Dr Oyelaran,\nThank you for your ongoing care of Mr Tuckwell-Fane, who attended with his "
        "daughter Philippa. Right eye 6/18, left 6/60 eccentric. OCT shows active CNV OD with SRF; we have "
        "listed him for aflibercept 2 mg, loading x3. Next appointment 11/02/2026.\n\nYours sincerely,\n\n"
        "Dr Lowri Abernethy-Pugh\nSpecialty Registrar in Ophthalmology, GMC 7391284\ncc: Severn Edge Surgery",
        [
            ("DATE", "14/01/2026"),
            ("NAME", "Ambrose"),
            ("NAME", "Tuckwell-Fane"),
            ("DATE", "03/08/1939"),
            ("MRN", "RK4471920"),
            ("MRN", "943 903 5293"),
            ("ADDRESS", "12 Wheelwright Close"),
            ("ADDRESS", "Much Wenlock"),
            ("ADDRESS", "Shropshire"),
            ("ZIP", "TF13 6QJ"),
            ("NAME", "Oyelaran"),
            ("NAME", "Tuckwell-Fane"),
            ("NAME", "Philippa"),
            ("DATE", "11/02/2026"),
            ("NAME", "Lowri Abernethy-Pugh"),
            ("LICENSE", "7391284"),
        ],
    ),
    (
        "Glaucoma FU 02.03.26 - Mrs Isla Drummond-Baird (CHI 0209519940), 17 Craigievar Crescent, Kinross "
        "KY13 8PW. POAG both eyes on Ganfort nocte. IOP 19/17 (GAT), HFA 24-2 stable, MD -4.2/-6.8 dB. "
        "Husband Calum drives her in. Continue; review 6/12 with fields. JMcK",
        [
            ("DATE", "02.03.26"),
            ("NAME", "Isla Drummond-Baird"),
            ("MRN", "0209519940"),
            ("ADDRESS", "17 Craigievar Crescent"),
            ("ADDRESS", "Kinross"),
            ("ZIP", "KY13 8PW"),
            ("NAME", "Calum"),
            ("NAME", "JMcK"),
        ],
    ),
    (
        "INJ LOG | Bay 3 | 27/05/2026\n"
        "09:05 | HAWKRIDGE, Dennis | RX3308127 | OS | Eylea 2mg | Lot 4K7201B | Inj: NS\n"
        "09:20 | MBEKI-LOWE, Charmaine | RX3310455 | OD | Vabysmo 6mg | Lot W0931C | Inj: NS\n"
        "09:40 | Ó BRAONÁIN, Róisín | RX2987714 | OU | ranibizumab biosimilar 0.5mg | Lot 23F55 | Inj: AGR\n"
        "IOP post: all <30. Checked by Nell Sandoval-Hirst.",
        [
            ("DATE", "27/05/2026"),
            ("NAME", "HAWKRIDGE, Dennis"),
            ("MRN", "RX3308127"),
            ("NAME", "NS"),
            ("NAME", "MBEKI-LOWE, Charmaine"),
            ("MRN", "RX3310455"),
            ("NAME", "NS"),
            ("NAME", "Ó BRAONÁIN, Róisín"),
            ("MRN", "RX2987714"),
            ("NAME", "AGR"),
            ("NAME", "Nell Sandoval-Hirst"),
        ],
    ),
    (
        "Tel msg 16:40 Fri - pt's son rang (gavin) re mum's appt, Mrs Pedley-Marsh, hosp no K0093318. Says "
        "she can't get to Shrewsbury for 9th Oct, asks for Telford instead. Call back on 07938 614207 or "
        "landline 01952 774 390 after 6. - msg taken by kerry-ann, eye clinic reception",
        [
            ("NAME", "gavin"),
            ("NAME", "Pedley-Marsh"),
            ("MRN", "K0093318"),
            ("ADDRESS", "Shrewsbury"),
            ("DATE", "9th Oct"),
            ("ADDRESS", "Telford"),
            ("PHONE", "07938 614207"),
            ("PHONE", "01952 774 390"),
            ("NAME", "kerry-ann"),
        ],
    ),
    (
        "SAFEGUARDING NOTE (paediatric eye clinic) 21/07/2026\nChild: Kaiden Rowe-Ashby, DOB 14/02/2021, "
        "NHS 662 219 6931. Attended with maternal grandmother (Mrs Bernadette Ashby), not with mother "
        "(Shannon Rowe) as planned. Bilateral subconjunctival haemorrhages and a periorbital bruise R > L; "
        "no retinal haemorrhages on dilated examination by consultant. Explanation (fell off sofa) "
        "inconsistent with pattern. Discussed with named nurse for safeguarding, Gillian Oduya. Referral "
        "made to children's social care by phone. School: Hollin Lane Primary. Current address: "
        "41 Lapwing Walk, Brinnington, Stockport SK5 8BQ.",
        [
            ("DATE", "21/07/2026"),
            ("NAME", "Kaiden Rowe-Ashby"),
            ("DATE", "14/02/2021"),
            ("MRN", "662 219 6931"),
            ("NAME", "Bernadette Ashby"),
            ("NAME", "Shannon Rowe"),
            ("NAME", "Gillian Oduya"),
            ("ADDRESS", "41 Lapwing Walk"),
            ("ADDRESS", "Brinnington"),
            ("ADDRESS", "Stockport"),
            ("ZIP", "SK5 8BQ"),
        ],
    ),
    (
        "Re: Driving - Mr Ruairidh Penhallow, DOB 22.11.1958, driving licence PENHA511228R99KT. Binocular "
        "Esterman today (08/04/2026): 3 defects in central 20 degrees, fails the standard for Group 1. I have "
        "advised him he must not drive and must notify DVLA himself. He tells me his car (silver estate, "
        "reg WF17 OXD) will be used by his wife Demelza. Signed: Dr Femi Adeyinka-Holt, Consultant "
        "Ophthalmologist, GMC 6120847.",
        [
            ("NAME", "Ruairidh Penhallow"),
            ("DATE", "22.11.1958"),
            ("LICENSE", "PENHA511228R99KT"),
            ("DATE", "08/04/2026"),
            ("VEHICLE", "WF17 OXD"),
            ("NAME", "Demelza"),
            ("NAME", "Femi Adeyinka-Holt"),
            ("LICENSE", "6120847"),
        ],
    ),
    (
        "OPERATION NOTE  Date: 10 Feb 2026  Theatre 2\nPatient: ESTHER NAKIBUUKA-FROST  MRN W2204781\n"
        "Surgeon: Mr P. Valderrama (GMC 4478120)  Assistant: Dr Zainab Qureshi-Lindqvist\n"
        "Procedure: R phaco + IOL. Alcon SN60WF 21.0 D, serial no. 11843027015, lot 2406A118. Healon GV, "
        "trypan blue. Uncomplicated. Cefuroxime 1 mg/0.1 ml intracameral.\nPost-op: Maxitrol QDS 4/52. "
        "Review 2/52 community optom - Sight Line Opticians, Hexham, tel 01434 608 225.",
        [
            ("DATE", "10 Feb 2026"),
            ("NAME", "ESTHER NAKIBUUKA-FROST"),
            ("MRN", "W2204781"),
            ("NAME", "P. Valderrama"),
            ("LICENSE", "4478120"),
            ("NAME", "Zainab Qureshi-Lindqvist"),
            ("DEVICE", "11843027015"),
            ("ADDRESS", "Hexham"),
            ("PHONE", "01434 608 225"),
        ],
    ),
    (
        "Eye casualty 03/06/26 23:10. 34M, angle grinder without goggles, FB R cornea 7 o'clock, rust ring. "
        "Removed with 25G needle + burr. Lives Station Terrace, Rhayader LD6 5BT, works at a sawmill in "
        "Llanwrtyd Wells. Contact 07845 221 906. Seen by Dr Carys ap Ifan.",
        [
            ("DATE", "03/06/26"),
            ("ADDRESS", "Station Terrace"),
            ("ADDRESS", "Rhayader"),
            ("ZIP", "LD6 5BT"),
            ("ADDRESS", "Llanwrtyd Wells"),
            ("PHONE", "07845 221 906"),
            ("NAME", "Carys ap Ifan"),
        ],
    ),
    (
        "H&C 383 070 7738 | Mr Padraig McAteer-Quinn | 9 Glenmachan Mews, Ballyhackamore, Belfast BT4 2NU | "
        "GP Dr S. Fyffe, Knock Medical Practice | Referral: sudden painless loss of vision LE on 18/12/2025; "
        "CRAO confirmed, cherry red spot. Stroke team contacted same day, ESR/CRP sent to exclude GCA.",
        [
            ("MRN", "383 070 7738"),
            ("NAME", "Padraig McAteer-Quinn"),
            ("ADDRESS", "9 Glenmachan Mews"),
            ("ADDRESS", "Ballyhackamore"),
            ("ADDRESS", "Belfast"),
            ("ZIP", "BT4 2NU"),
            ("NAME", "S. Fyffe"),
            ("DATE", "18/12/2025"),
        ],
    ),
    (
        "AUDIT TRAIL - record K7718204\n"
        "2026-09-14 08:02:11  VIEW   Okafor, Chinelo (ST4)      ws 10.112.40.17\n"
        "2026-09-14 08:05:37  EDIT   Okafor, Chinelo (ST4)      ws 10.112.40.17   field: IOP_R 28->26\n"
        "2026-09-15 22:47:03  VIEW   Brannigan, Declan (Pharm)  vpn 81.144.203.119",
        [
            ("MRN", "K7718204"),
            ("DATE", "2026-09-14"),
            ("NAME", "Okafor, Chinelo"),
            ("IP", "10.112.40.17"),
            ("DATE", "2026-09-14"),
            ("NAME", "Okafor, Chinelo"),
            ("IP", "10.112.40.17"),
            ("DATE", "2026-09-15"),
            ("NAME", "Brannigan, Declan"),
            ("IP", "81.144.203.119"),
        ],
    ),
    (
        "From: margo.quenby58@btinternet.com\nSent: 12 August 2026 07:14\n"
        "To: eyeclinic.bookings@wyrevalley.nhs.uk\nSubject: appt for my husband Ted\n\n"
        "hello, my husband edward quenby (hosp number Q3019472) has his injection on 20 Aug but we are away "
        "in Filey that week, could it be moved to 27 Aug or the first week of September. our number is "
        "01253 880 431. thank you, Margo",
        [
            ("EMAIL", "margo.quenby58@btinternet.com"),
            ("DATE", "12 August 2026"),
            ("EMAIL", "eyeclinic.bookings@wyrevalley.nhs.uk"),
            ("NAME", "Ted"),
            ("NAME", "edward quenby"),
            ("MRN", "Q3019472"),
            ("DATE", "20 Aug"),
            ("ADDRESS", "Filey"),
            ("DATE", "27 Aug"),
            ("PHONE", "01253 880 431"),
            ("NAME", "Margo"),
        ],
    ),
    (
        "NHS Diabetic Eye Screening Programme - Result letter\nDate: 05/11/2025\n"
        "Ms Folasade Ikpeme-Garvey\nFlat 6, Corvedale House, 88 Wharf Street\nBoston\nLincolnshire PE21 6DX\n"
        "NHS Number: 750 561 8431   Screening date: 22/10/2025\n"
        "Result: R1 M0 both eyes - background retinopathy, no referral needed. We will invite you again in "
        "12 months. If you have questions call the programme office on 01205 362 914 or email "
        "lincs.des.admin@nhs.net.",
        [
            ("DATE", "05/11/2025"),
            ("NAME", "Folasade Ikpeme-Garvey"),
            ("ADDRESS", "Flat 6, Corvedale House, 88 Wharf Street"),
            ("ADDRESS", "Boston"),
            ("ADDRESS", "Lincolnshire"),
            ("ZIP", "PE21 6DX"),
            ("MRN", "750 561 8431"),
            ("DATE", "22/10/2025"),
            ("PHONE", "01205 362 914"),
            ("EMAIL", "lincs.des.admin@nhs.net"),
        ],
    ),
    (
        "Private patient - Bupa membership no. 7731 0452 86, authorisation 4418-2093\n"
        "Invoice INV-26-01873 raised 30/04/2026 for bilateral upper lid blepharoplasty (OPCS C13.1).\n"
        "Patient: Mrs Henrietta Solanke-Whitby, 3 The Paddocks, Tetbury GL8 8HW, tel 01666 503 782.\n"
        "Surgeon: Miss Yasmin El-Haddad FRCOphth.",
        [
            ("INSURANCE", "7731 0452 86"),
            ("ACCOUNT", "4418-2093"),
            ("ACCOUNT", "INV-26-01873"),
            ("DATE", "30/04/2026"),
            ("NAME", "Henrietta Solanke-Whitby"),
            ("ADDRESS", "3 The Paddocks"),
            ("ADDRESS", "Tetbury"),
            ("ZIP", "GL8 8HW"),
            ("PHONE", "01666 503 782"),
            ("NAME", "Yasmin El-Haddad"),
        ],
    ),
    (
        "DISCHARGE SUMMARY - Vitreoretinal\nName: Torquil MACINNES  CHI: 1703446658  Ward 4B\n"
        "Admitted 09-Jan-2026, discharged 11-Jan-2026\nDiagnosis: macula-off RRD LE. Procedure 09/01: 23G "
        "PPV, cryo, 16% C3F8. Posture: right cheek to pillow 50 min/hr for 7 days.\n"
        "Home: Tigh na Mara, Ardvasar, Isle of Skye IV45 8RS. Next of kin: Morag MacInnes (wife) "
        "01471 844 307.\nFollow-up VR clinic 2/52. Discharging doctor: A. Szczepańska, FY2.",
        [
            ("NAME", "Torquil MACINNES"),
            ("MRN", "1703446658"),
            ("DATE", "09-Jan-2026"),
            ("DATE", "11-Jan-2026"),
            ("DATE", "09/01"),
            ("ADDRESS", "Tigh na Mara"),
            ("ADDRESS", "Ardvasar"),
            ("ZIP", "IV45 8RS"),
            ("NAME", "Morag MacInnes"),
            ("PHONE", "01471 844 307"),
            ("NAME", "A. Szczepańska"),
        ],
    ),
    (
        "GOS18 referral from Clearview Optometrists, 14 Fore Street, Liskeard PL14 3AB, "
        "email referrals@clearviewoptom.co.uk\nPatient: Wilfred Trebilcock, DOB 30/06/1947, Chy an Gwel, "
        "Dobwalls PL14 6JQ.\nRefraction stable. R disc haemorrhage 5 o'clock, IOP (iCare) 27/19. Suspect "
        "NTG/POAG R>L. Routine referral please.\nOptometrist: Lamorna Jenkin, GOC 01-31874",
        [
            ("ADDRESS", "14 Fore Street"),
            ("ADDRESS", "Liskeard"),
            ("ZIP", "PL14 3AB"),
            ("EMAIL", "referrals@clearviewoptom.co.uk"),
            ("NAME", "Wilfred Trebilcock"),
            ("DATE", "30/06/1947"),
            ("ADDRESS", "Chy an Gwel"),
            ("ADDRESS", "Dobwalls"),
            ("ZIP", "PL14 6JQ"),
            ("NAME", "Lamorna Jenkin"),
            ("LICENSE", "01-31874"),
        ],
    ),
    (
        "[Dictation, auto-transcribed, not yet checked] letter to doctor Hamish Greig comma Golspie Medical "
        "Practice full stop re colon Mrs Senga Mowat comma date of birth fourth of April nineteen thirty-one "
        "comma hospital number H as in hotel 4 4 1 9 0 2 7 new paragraph I saw this ninety four year old lady "
        "today with her niece Elspeth comma who lives with her at 6 Harbour Road comma Brora full stop vision "
        "6 slash 36 right comma 6 slash 24 left full stop dense brunescent cataract right eye full stop I "
        "think she would benefit from surgery under local new paragraph kind regards Dr Anand Vishwakarma",
        [
            ("NAME", "Hamish Greig"),
            ("NAME", "Senga Mowat"),
            ("DATE", "fourth of April nineteen thirty-one"),
            ("MRN", "H as in hotel 4 4 1 9 0 2 7"),
            ("AGE", "ninety four"),
            ("NAME", "Elspeth"),
            ("ADDRESS", "6 Harbour Road"),
            ("ADDRESS", "Brora"),
            ("NAME", "Anand Vishwakarma"),
        ],
    ),
    (
        "export_cataract_audit_q1.csv (2 rows)\n"
        "hosp_no,nhs_no,surname,forename,dob,postcode,op_date,eye,iol_serial,surgeon_gmc\n"
        "B5519302,4592216202,Ollerenshaw,Gwendolen,1940-12-05,DE45 1LR,2026-01-13,R,18840266002,7180093\n"
        "B4408865,7519202402,Kowalczyk,Bożena,1936-03-28,DE4 3NH,2026-03-17,R,21517704026,4023318",
        [
            ("MRN", "B5519302"),
            ("MRN", "4592216202"),
            ("NAME", "Ollerenshaw"),
            ("NAME", "Gwendolen"),
            ("DATE", "1940-12-05"),
            ("ZIP", "DE45 1LR"),
            ("DATE", "2026-01-13"),
            ("DEVICE", "18840266002"),
            ("LICENSE", "7180093"),
            ("MRN", "B4408865"),
            ("MRN", "7519202402"),
            ("NAME", "Kowalczyk"),
            ("NAME", "Bożena"),
            ("DATE", "1936-03-28"),
            ("ZIP", "DE4 3NH"),
            ("DATE", "2026-03-17"),
            ("DEVICE", "21517704026"),
            ("LICENSE", "4023318"),
        ],
    ),
    (
        "Neuro-ophthalmology clinic, 17 March 2026\nDear Dr Kaczmarek-Boyce,\nRe: Miss Tallulah Ekwueme, "
        "29 Larkspur Rise, Great Ayton, Middlesbrough TS9 6PF. Hosp no. J1198842.\nThank you for referring "
        "this 27-year-old with headaches and bilateral disc swelling. MRI/MRV (11/03/2026) normal; LP opening "
        "pressure 36 cmH2O. Impression: IIH. Started acetazolamide 250 mg bd, titrating. Weight management "
        "referral made. I will see her again in 6 weeks with repeat OCT and HVF 24-2.\nWith best wishes, "
        "Dr Oluwaseun Adebambo-Park, Consultant Neuro-ophthalmologist",
        [
            ("DATE", "17 March 2026"),
            ("NAME", "Kaczmarek-Boyce"),
            ("NAME", "Tallulah Ekwueme"),
            ("ADDRESS", "29 Larkspur Rise"),
            ("ADDRESS", "Great Ayton"),
            ("ADDRESS", "Middlesbrough"),
            ("ZIP", "TS9 6PF"),
            ("MRN", "J1198842"),
            ("DATE", "11/03/2026"),
            ("NAME", "Oluwaseun Adebambo-Park"),
        ],
    ),
    (
        "Nursing note, day case unit 19/08/26: Mrs Winifred Olabode-Sykes, 97, for L phaco under LA. Hard of "
        "hearing (aid in R ear). Escort: carer from Brightwater Homecare, named carer Jolene, mobile "
        "07519 338 042. Pt lives alone at 2 Cobbler's Yard, Sandbach CW11 1EZ. Obs stable, BM 7.8, consented "
        "by surgeon. Sedation declined.",
        [
            ("DATE", "19/08/26"),
            ("NAME", "Winifred Olabode-Sykes"),
            ("AGE", "97"),
            ("NAME", "Jolene"),
            ("PHONE", "07519 338 042"),
            ("ADDRESS", "2 Cobbler's Yard"),
            ("ADDRESS", "Sandbach"),
            ("ZIP", "CW11 1EZ"),
        ],
    ),
    (
        "Patient portal message - received Sun 04/10/2026 21:52\nFrom: Dev Raghunathan (hospital no. "
        "E6602914)\nHi, my left eye has had a dark curtain coming across from the top since this afternoon "
        "and lots of new floaters. Is this urgent? I had a retinal tear lasered in July. I can be reached on "
        "+44 7402 995 118.\nTriage reply (4 Oct 22:10, on-call SHO Ngozi Ibekwe-Carlisle): yes urgent - please "
        "attend eye casualty now.",
        [
            ("DATE", "04/10/2026"),
            ("NAME", "Dev Raghunathan"),
            ("MRN", "E6602914"),
            ("PHONE", "+44 7402 995 118"),
            ("DATE", "4 Oct"),
            ("NAME", "Ngozi Ibekwe-Carlisle"),
        ],
    ),
    (
        "Consent discussion 25/03/2026 for R trabeculectomy with MMC. Interpreter (Sylheti) Mr Abdul Muqit "
        "Chowdhury, booked via LanguageLine. Patient Mrs Rokeya Begum-Talukdar, hosp no. L3390271, understood "
        "risks incl. hypotony, bleb leak, infection, cataract. Daughter Shapla present and translated written "
        "info. Consent form 1 signed. Surgeon: Mr Lachlan Fairweather.",
        [
            ("DATE", "25/03/2026"),
            ("NAME", "Abdul Muqit Chowdhury"),
            ("NAME", "Rokeya Begum-Talukdar"),
            ("MRN", "L3390271"),
            ("NAME", "Shapla"),
            ("NAME", "Lachlan Fairweather"),
        ],
    ),
    (
        "FAX - URGENT  To: Hollybank Surgery, fax 01792 551 884  From: Eye Unit, fax 01792 703 249, tel "
        "01792 703 250\nDate 07/07/2026  Pages 2\nRe: Gethin Pryce-Morgan, d.o.b. 16.01.1962 - suspected GCA, "
        "please start prednisolone 60 mg today and arrange bloods; TAB booked 09/07/2026.",
        [
            ("FAX", "01792 551 884"),
            ("FAX", "01792 703 249"),
            ("PHONE", "01792 703 250"),
            ("DATE", "07/07/2026"),
            ("NAME", "Gethin Pryce-Morgan"),
            ("DATE", "16.01.1962"),
            ("DATE", "09/07/2026"),
        ],
    ),
    (
        "Referral triage - pasted from shared spreadsheet, week of 2 Feb 2026\n"
        "Ref rec'd | Patient | Hosp no | Source | Triage | Contact\n"
        "02/02 | Pryderi Vaughan-Lloyd | M7730192 | optom (GOC 01-40771) | urgent 2/52 | p.vaughanlloyd@outlook.com\n"
        "03/02 | Eunice Adjei-Barwuah | M7730415 | GP | routine | 01745 582 217",
        [
            ("DATE", "2 Feb 2026"),
            ("DATE", "02/02"),
            ("NAME", "Pryderi Vaughan-Lloyd"),
            ("MRN", "M7730192"),
            ("LICENSE", "01-40771"),
            ("EMAIL", "p.vaughanlloyd@outlook.com"),
            ("DATE", "03/02"),
            ("NAME", "Eunice Adjei-Barwuah"),
            ("MRN", "M7730415"),
            ("PHONE", "01745 582 217"),
        ],
    ),
    (
        "Telephone triage 12/12/2025: Mrs Gwyneth Hollis-Eke from Street (Somerset) - 'flashing lights and a "
        "cobweb' L eye x2 days. Booked urgent slot at Yeovil tomorrow. Mobile 07462 018 355. Postcode "
        "BA16 0QX.",
        [
            ("DATE", "12/12/2025"),
            ("NAME", "Gwyneth Hollis-Eke"),
            ("ADDRESS", "Street"),
            ("ADDRESS", "Somerset"),
            ("ADDRESS", "Yeovil"),
            ("PHONE", "07462 018 355"),
            ("ZIP", "BA16 0QX"),
        ],
    ),
    # --- Ireland --------------------------------------------------------------------------
    (
        "Department of Ophthalmology, 2 Dec 2025\nRe: Diarmuid Ó Súilleabháin, DOB 11/05/1949, MRN 0417732, "
        "Knocknagree Road, Millstreet, Co. Cork P51 KT9C\nDear Dr Ní Chonchúir,\nDiarmuid "
        "attended today with his son. VA R 6/24, L 6/9. OCT: intraretinal fluid R. Commence faricimab; "
        "he has a medical card (GMS no. 3318274M) so no charge. Next visit 06/01/2026.\nYours sincerely,\n"
        "Dr Eoghan Fitzmaurice, MCRN 421937",
        [
            ("DATE", "2 Dec 2025"),
            ("NAME", "Diarmuid"),
            ("NAME", "Ó Súilleabháin"),
            ("DATE", "11/05/1949"),
            ("MRN", "0417732"),
            ("ADDRESS", "Knocknagree Road"),
            ("ADDRESS", "Millstreet"),
            ("ADDRESS", "Co. Cork"),
            ("ZIP", "P51 KT9C"),
            ("NAME", "Ní Chonchúir"),
            ("NAME", "Diarmuid"),
            ("INSURANCE", "3318274M"),
            ("DATE", "06/01/2026"),
            ("NAME", "Eoghan Fitzmaurice"),
            ("LICENSE", "421937"),
        ],
    ),
    (
        "Uveitis clinic note 15-06-2026. Síofra Ní Fhlaithearta (31F), Rossaveel, Connemara, Co. Galway "
        "H91 E2P8 - HLA-B27+ AAU R, 3rd episode. AC 3+ cells, fibrin. Pred Forte hourly, cyclopentolate 1% bd. "
        "Ph 091 508 774. Rheum (Dr Colm Hernon) aware.",
        [
            ("DATE", "15-06-2026"),
            ("NAME", "Síofra Ní Fhlaithearta"),
            ("ADDRESS", "Rossaveel"),
            ("ADDRESS", "Co. Galway"),
            ("ZIP", "H91 E2P8"),
            ("PHONE", "091 508 774"),
            ("NAME", "Colm Hernon"),
        ],
    ),
    (
        "Claim form - Irish Life Health member no. 55820147-03; claim ref CLM/2026/118402. Procedure: "
        "intravitreal injection x1 on 3rd March 2026. Consultant: Prof. Aoife "
        "Kilbride (MCRN 019984). Patient: Fionnuala Breathnach-Dunne, 14 Seapoint Avenue, Monkstown, "
        "Co. Dublin A94 R6K2.",
        [
            ("INSURANCE", "55820147-03"),
            ("ACCOUNT", "CLM/2026/118402"),
            ("DATE", "3rd March 2026"),
            ("NAME", "Aoife Kilbride"),
            ("LICENSE", "019984"),
            ("NAME", "Fionnuala Breathnach-Dunne"),
            ("ADDRESS", "14 Seapoint Avenue"),
            ("ADDRESS", "Monkstown"),
            ("ADDRESS", "Co. Dublin"),
            ("ZIP", "A94 R6K2"),
        ],
    ),
    (
        "phone call 11:20 - dervla (pt's sister) rang, pt Séamus Goggin-Reilly post op day 1 R phaco, eye v "
        "painful overnight + vomiting. Advised come straight to the eye casualty. They're driving from Cabra, "
        "~20 min. sister's mob 085 774 2031. HN 2290415. - Noeleen, CNM2",
        [
            ("NAME", "dervla"),
            ("NAME", "Séamus Goggin-Reilly"),
            ("ADDRESS", "Cabra"),
            ("PHONE", "085 774 2031"),
            ("MRN", "2290415"),
            ("NAME", "Noeleen"),
        ],
    ),
    (
        "ED ophthalmic referral 29/12/2025 02:15. 7yo boy, Oisín Mac Giolla Bhríde, fireworks injury L eye, "
        "hyphaema 2 mm, IOP 31. Family from Burtonport, holidaying in Bundoran. Mother Gráinne contactable "
        "087 955 0317. Transferred to eye unit by ambulance.",
        [
            ("DATE", "29/12/2025"),
            ("NAME", "Oisín Mac Giolla Bhríde"),
            ("ADDRESS", "Burtonport"),
            ("ADDRESS", "Bundoran"),
            ("NAME", "Gráinne"),
            ("PHONE", "087 955 0317"),
        ],
    ),
    (
        "Orthoptic report 14/09/2026 - Ciara-Beth O'Loughlin (age 4), IHI 2948117053. R accommodative "
        "esotropia 25 PD near / 14 PD distance without glasses; with +3.50 DS OU, 4 PD esophoria. VA (Kay "
        "pictures) R 0.275, L 0.175. Mum (Aisling O'Loughlin) asked that reports be emailed to "
        "aisling.oloughlin.home@gmail.com.",
        [
            ("DATE", "14/09/2026"),
            ("NAME", "Ciara-Beth"),
            ("NAME", "O'Loughlin"),
            ("MRN", "2948117053"),
            ("NAME", "Aisling"),
            ("NAME", "O'Loughlin"),
            ("EMAIL", "aisling.oloughlin.home@gmail.com"),
        ],
    ),
    (
        "Discharged 17-Apr-26 following L DMEK for Fuchs endothelial dystrophy. Positioning supine 48 h. "
        "Patient: Brendan Tobin-Kehoe, MRN 3308126, address: Tinnock Lodge, Dunmore East, Co. Waterford "
        "X91 FY38. Dx by: Dr Maeve Culhane. GP: Dr P. Ó Ceallaigh, Tramore.",
        [
            ("DATE", "17-Apr-26"),
            ("NAME", "Brendan Tobin-Kehoe"),
            ("MRN", "3308126"),
            ("ADDRESS", "Tinnock Lodge"),
            ("ADDRESS", "Dunmore East"),
            ("ADDRESS", "Co. Waterford"),
            ("ZIP", "X91 FY38"),
            ("NAME", "Maeve Culhane"),
            ("NAME", "P. Ó Ceallaigh"),
            ("ADDRESS", "Tramore"),
        ],
    ),
    (
        "Dictated 23/02/26, typed 02/03/26 (FF/mc). Re: Kitty (Catherine) Lenihan, 93, of Clonakilty - "
        "attended with grandson Rory. Pseudophakic both eyes since 2011. Now c/o glare; dense PCO both eyes. "
        "YAG capsulotomy R today, L in 4/52. Lives independently; still drives to Mass in Rosscarbery.",
        [
            ("DATE", "23/02/26"),
            ("DATE", "02/03/26"),
            ("NAME", "FF"),
            ("NAME", "mc"),
            ("NAME", "Kitty"),
            ("NAME", "Catherine"),
            ("NAME", "Lenihan"),
            ("AGE", "93"),
            ("ADDRESS", "Clonakilty"),
            ("NAME", "Rory"),
            ("ADDRESS", "Rosscarbery"),
        ],
    ),
    (
        "Mallow clinic list 20 Mar 2026 - 09:30 Tadhg Ó Briain-Walsh (MRN 0883312) - diabetic review; 09:45 "
        "Peig Hennessy-Leahy (MRN 0774109) - post-op check; 10:00 Jer Twomey (MRN 0912866) - new pt, ?PXF. "
        "Clinic mobile 087 204 6618.",
        [
            ("ADDRESS", "Mallow"),
            ("DATE", "20 Mar 2026"),
            ("NAME", "Tadhg Ó Briain-Walsh"),
            ("MRN", "0883312"),
            ("NAME", "Peig Hennessy-Leahy"),
            ("MRN", "0774109"),
            ("NAME", "Jer Twomey"),
            ("MRN", "0912866"),
            ("PHONE", "087 204 6618"),
        ],
    ),
    # --- United States --------------------------------------------------------------------
    (
        "PROGRESS NOTE - Retina\nPt: Delphine Broussard-Thibodeaux   MRN: 004718226   FIN: 7720194851\n"
        "DOB: 02/17/1944   DOS: 03/05/2026\nAddr: 118 Bayou Teche Rd, Breaux Bridge, LA 70517   Ph (337) 332-6814\n"
        "Ins: Medicare MBI 3TW7-HK2-PE58\n"
        "CC: f/u nAMD OS. VA 20/50 OD, 20/80 OS. OCT OS: SRF resolved. Plan: aflibercept 2 mg OS today, extend "
        "to q8w. RTC 8 wks.\nElectronically signed: Thomas Guidry-Nguyen, MD 03/05/2026 14:22",
        [
            ("NAME", "Delphine Broussard-Thibodeaux"),
            ("MRN", "004718226"),
            ("ACCOUNT", "7720194851"),
            ("DATE", "02/17/1944"),
            ("DATE", "03/05/2026"),
            ("ADDRESS", "118 Bayou Teche Rd"),
            ("ADDRESS", "Breaux Bridge"),
            ("ZIP", "70517"),
            ("PHONE", "(337) 332-6814"),
            ("INSURANCE", "3TW7-HK2-PE58"),
            ("NAME", "Thomas Guidry-Nguyen"),
            ("DATE", "03/05/2026"),
        ],
    ),
    (
        "STATEMENT  Account #: 30-5518-0092  Statement date: 07/31/2026\n"
        "Guarantor: Marisol Quintanilla-Obi, 4471 W Saguaro Vista Dr, Apt 212, Tucson, AZ 85745\n"
        "Patient: Benicio Quintanilla-Obi (dependent)\n"
        "DOS 06/12/2026  92004 comprehensive eye exam  $245.00\n"
        "Primary: Aetna member ID W418552093, group 0078841\n"
        "Balance due $49.00 by 08/30/2026. Pay online: https://pay.desertvisionbilling.com/acct/30-5518-0092 "
        "Questions: Billing Office (520) 694-3318, Mon-Fri.",
        [
            ("ACCOUNT", "30-5518-0092"),
            ("DATE", "07/31/2026"),
            ("NAME", "Marisol"),
            ("NAME", "Quintanilla-Obi"),
            ("ADDRESS", "4471 W Saguaro Vista Dr, Apt 212"),
            ("ADDRESS", "Tucson"),
            ("ZIP", "85745"),
            ("NAME", "Benicio"),
            ("NAME", "Quintanilla-Obi"),
            ("DATE", "06/12/2026"),
            ("INSURANCE", "W418552093"),
            ("INSURANCE", "0078841"),
            ("DATE", "08/30/2026"),
            ("URL", "https://pay.desertvisionbilling.com/acct/30-5518-0092"),
            ("PHONE", "(520) 694-3318"),
        ],
    ),
    (
        "Video visit 10/14/2026 (link sent: https://telehealth.lakeshoreeye.org/room/pt-88241kq?tok=7f3a91). "
        "Pt Ardith Van Wagenen, 71, at home in Holland, MI. Follow-up for ocular myasthenia; ptosis improved on "
        "pyridostigmine 60 mg tid. No diplopia. Ice test previously positive. Next in-person visit 01/20/2027 "
        "with Dr Rosalind Achterberg.",
        [
            ("DATE", "10/14/2026"),
            ("URL", "https://telehealth.lakeshoreeye.org/room/pt-88241kq?tok=7f3a91"),
            ("NAME", "Ardith Van Wagenen"),
            ("ADDRESS", "Holland"),
            ("DATE", "01/20/2027"),
            ("NAME", "Rosalind Achterberg"),
        ],
    ),
    (
        "MyChart message from: Lamont Witherspoon-Hale <lamontwh1962@aol.com>  Sent 2/9/26 6:03 AM\n"
        "Dr. Okonjo - my pressure readings on the home tonometer are 24 and 26 this week even with the drops. "
        "Should I come in sooner than March 30? My cell is 404-718-2259. Thanks, Lamont",
        [
            ("NAME", "Lamont"),
            ("NAME", "Witherspoon-Hale"),
            ("EMAIL", "lamontwh1962@aol.com"),
            ("DATE", "2/9/26"),
            ("NAME", "Okonjo"),
            ("DATE", "March 30"),
            ("PHONE", "404-718-2259"),
            ("NAME", "Lamont"),
        ],
    ),
    (
        "OPERATIVE REPORT\nDate of surgery: 11/18/2025\nPatient: HOLLOWAY, Jerome T.  MRN 11-204-778\n"
        "Surgeon: Priyanka Venkataraman-Sloane, MD   Assistant: Caleb Yoder, MD (PGY-3)\n"
        "Procedure: Ahmed FP7 glaucoma drainage device, OS, superotemporal, with pericardial patch graft.\n"
        "Implant: Ahmed FP7, serial no. FP7-2511-04872; patch graft tissue ID TP-88120-3.\n"
        "EBL minimal. Complications: none.",
        [
            ("DATE", "11/18/2025"),
            ("NAME", "HOLLOWAY, Jerome T."),
            ("MRN", "11-204-778"),
            ("NAME", "Priyanka Venkataraman-Sloane"),
            ("NAME", "Caleb Yoder"),
            ("DEVICE", "FP7-2511-04872"),
            ("DEVICE", "TP-88120-3"),
        ],
    ),
    (
        "ED Ophthalmology consult 01/03/2026 0215\n92 y/o F from Sunnyvale Manor ALF (Boise, ID 83704) BIBA "
        "after fall, L periorbital ecchymosis, L lower lid laceration involving margin, canaliculus intact on "
        "probing. Globe intact, VA CF 3 ft OS (baseline 20/60). CT orbits: no fx. Repair at bedside. Pt name "
        "Ottilie Grunewald-Baptiste, MRN E00893317. Contact daughter Vera (208) 377-4016.",
        [
            ("DATE", "01/03/2026"),
            ("AGE", "92"),
            ("ADDRESS", "Boise"),
            ("ZIP", "83704"),
            ("NAME", "Ottilie Grunewald-Baptiste"),
            ("MRN", "E00893317"),
            ("NAME", "Vera"),
            ("PHONE", "(208) 377-4016"),
        ],
    ),
    (
        "PRIOR AUTHORIZATION REQUEST - faricimab-svoa (Vabysmo) 6 mg intravitreal, J2777\n"
        "Member: Ruthanne Kowalski-Diallo  DOB 09/23/1950  Member ID: XEH884502117  Group: 22K-40917\n"
        "Plan: Blue Cross Blue Shield of Illinois\n"
        "Dx: H35.3211 exudative AMD, R eye, active CNV. Prior: bevacizumab x6 with persistent IRF.\n"
        "Prescriber: Anselm Okafor-Reyes, MD, Illinois license 036.118472; office fax (847) 492-3306, "
        "phone (847) 492-3300.\nRequested: 12 months.",
        [
            ("NAME", "Ruthanne Kowalski-Diallo"),
            ("DATE", "09/23/1950"),
            ("INSURANCE", "XEH884502117"),
            ("INSURANCE", "22K-40917"),
            ("NAME", "Anselm Okafor-Reyes"),
            ("LICENSE", "036.118472"),
            ("FAX", "(847) 492-3306"),
            ("PHONE", "(847) 492-3300"),
        ],
    ),
    (
        "Access log export (HIM) - patient MRN 006620571\nts,user,role,action,src_ip\n"
        "2026-05-02T13:44:09Z,Hadley Strom,Scribe,open_chart,172.20.14.88\n"
        "2026-05-02T13:51:30Z,Hadley Strom,Scribe,sign_note,172.20.14.88\n"
        "2026-05-03T02:17:55Z,Quentin Abara,Resident,open_chart,73.162.41.209",
        [
            ("MRN", "006620571"),
            ("DATE", "2026-05-02"),
            ("NAME", "Hadley Strom"),
            ("IP", "172.20.14.88"),
            ("DATE", "2026-05-02"),
            ("NAME", "Hadley Strom"),
            ("IP", "172.20.14.88"),
            ("DATE", "2026-05-03"),
            ("NAME", "Quentin Abara"),
            ("IP", "73.162.41.209"),
        ],
    ),
    (
        "ROP exam - NICU, 08/21/2026\nBaby Girl Yazzie (twin A), MRN 7714025, GA 25+4, BW 710 g, PMA 33+1. "
        "Mother: Shandiin Yazzie, Chinle, AZ 86503; cell 928-674-2318.\nOD: zone II posterior, stage 3, plus. "
        "OS: zone II, stage 2, pre-plus.\nPlan: bilateral bevacizumab 0.625 mg today per protocol; re-exam 1 wk. "
        "Consent obtained by phone w/ mother, witnessed by RN Lorena Tsosie.",
        [
            ("DATE", "08/21/2026"),
            ("NAME", "Yazzie"),
            ("MRN", "7714025"),
            ("NAME", "Shandiin"),
            ("NAME", "Yazzie"),
            ("ADDRESS", "Chinle"),
            ("ZIP", "86503"),
            ("PHONE", "928-674-2318"),
            ("NAME", "Lorena Tsosie"),
        ],
    ),
    (
        "FAX COVER SHEET\nTo: Dr. Imogen Strickland-Ayala, Cascade Neuro-Ophthalmology   Fax: (503) 281-7740\n"
        "From: Valley Retina Associates   Fax: (541) 686-9015   Phone: (541) 686-9000\n"
        "Date: April 6, 2026   Pages: 4\nRe: Ezekiel Mwangi-Thornbury, DOB 12/01/1978 - visual fields and OCT "
        "RNFL as requested.\nCONFIDENTIAL: If received in error please notify the sender and destroy.",
        [
            ("NAME", "Imogen Strickland-Ayala"),
            ("FAX", "(503) 281-7740"),
            ("FAX", "(541) 686-9015"),
            ("PHONE", "(541) 686-9000"),
            ("DATE", "April 6, 2026"),
            ("NAME", "Ezekiel Mwangi-Thornbury"),
            ("DATE", "12/01/1978"),
        ],
    ),
    (
        "DMV Vision Report completed 05/19/2026 for Harlan Pettibone, NY driver license 418 552 907, DOB "
        "07/04/1939. Corrected VA 20/40 OU, horizontal field 140 degrees. Meets standard; restriction B "
        "(corrective lenses). Examiner: Marguerite Osei-Tutu, OD, NY license 008417.",
        [
            ("DATE", "05/19/2026"),
            ("NAME", "Harlan Pettibone"),
            ("LICENSE", "418 552 907"),
            ("DATE", "07/04/1939"),
            ("NAME", "Marguerite Osei-Tutu"),
            ("LICENSE", "008417"),
        ],
    ),
    (
        "Dear Dr. Weatherall,\nI saw our mutual patient Kaimana Akana-Freitas (MRN 55-019-362) on Sept 9, 2026. "
        "Her VKH remains quiet on adalimumab 40 mg q2wk and mycophenolate 1.5 g bid; prednisone tapered to 5 mg. "
        "FA: no leakage. I'll see her again in 3 months. She has moved to 2290 Kalanianaole Hwy, Hilo, HI 96720."
        "\nSincerely, Leilani Kahananui, MD",
        [
            ("NAME", "Weatherall"),
            ("NAME", "Kaimana Akana-Freitas"),
            ("MRN", "55-019-362"),
            ("DATE", "Sept 9, 2026"),
            ("ADDRESS", "2290 Kalanianaole Hwy"),
            ("ADDRESS", "Hilo"),
            ("ZIP", "96720"),
            ("NAME", "Leilani Kahananui"),
        ],
    ),
    (
        "IMAGING REPORT - Spectralis OCT macula, OU\nPatient: Bartholomew Iwu | MRN 8830147 | DOB 1961-10-30 | "
        "Exam 2026-06-25 | Device S/N 1128-HRA-04417\nFindings: OD CST 412 um with cystoid spaces; OS 268 um, "
        "normal foveal contour.\nInterpreted by: Fenella Thorsby-Akande, MD",
        [
            ("NAME", "Bartholomew Iwu"),
            ("MRN", "8830147"),
            ("DATE", "1961-10-30"),
            ("DATE", "2026-06-25"),
            ("DEVICE", "1128-HRA-04417"),
            ("NAME", "Fenella Thorsby-Akande"),
        ],
    ),
    (
        "Research visit - Week 52, protocol ELEVATE-GA (sponsor study 2291-003). Participant initials R.T.M. "
        "Visit date 9/15/2026. Enrolled at the Scranton site. Coordinator: Jolie Szymanski, ph 570-342-8810 "
        "x214. BCVA 71 letters OD; FAF lesion area 8.4 mm2. No AEs.",
        [
            ("NAME", "R.T.M."),
            ("DATE", "9/15/2026"),
            ("ADDRESS", "Scranton"),
            ("NAME", "Jolie Szymanski"),
            ("PHONE", "570-342-8810"),
        ],
    ),
    (
        "Phone note: Pt's wife (Dolores) called at 1430 - pt Virgil Ashcombe s/p PK OD 10/02 c/o sudden "
        "increased redness and 'seeing a line'. Dr. Mbatha notified; pt to come in today at 4. Callback "
        "573-881-0296. DL",
        [
            ("NAME", "Dolores"),
            ("NAME", "Virgil Ashcombe"),
            ("DATE", "10/02"),
            ("NAME", "Mbatha"),
            ("PHONE", "573-881-0296"),
            ("NAME", "DL"),
        ],
    ),
    (
        "Informed consent - PRP laser OS. Spanish interpreter (Rogelio Barrientos) by phone. Patient Maria de "
        "los Ángeles Zepeda-Cruz, DOB 3/28/1967, MRN 9012287, verbalized understanding. Witness: Tamsin Oduro, "
        "RN. 12/11/2025 09:40.",
        [
            ("NAME", "Rogelio Barrientos"),
            ("NAME", "Maria de los Ángeles Zepeda-Cruz"),
            ("DATE", "3/28/1967"),
            ("MRN", "9012287"),
            ("NAME", "Tamsin Oduro"),
            ("DATE", "12/11/2025"),
        ],
    ),
    (
        "This is Dr. Nkemdirim Ozoemena dictating a clinic note on Anneliese Fairbanks-Cho, C-H-O, medical "
        "record number 7 3 0 2 1 9 8, date of service November 4th 2025. She is a pleasant ninety-one-year-old "
        "woman from Grand Junction here for follow-up of her geographic atrophy, period. Vision is stable, "
        "period. Plan, return in six months, period. End of dictation.",
        [
            ("NAME", "Nkemdirim Ozoemena"),
            ("NAME", "Anneliese Fairbanks-Cho"),
            ("NAME", "C-H-O"),
            ("MRN", "7 3 0 2 1 9 8"),
            ("DATE", "November 4th 2025"),
            ("AGE", "ninety-one"),
            ("ADDRESS", "Grand Junction"),
        ],
    ),
    (
        "Security/incident note: Pt (Cornelius Abernathy-Vos, MRN 3317762) left eye clinic after dilation and "
        "was seen driving from lot C in a gray pickup, Texas plate LKV-4418, VIN 1FTEW1EP5MKD41872. Charge "
        "nurse Bettina Graves called pt on 512-447-0931 to advise; no answer. Reported per policy 06/30/2026.",
        [
            ("NAME", "Cornelius Abernathy-Vos"),
            ("MRN", "3317762"),
            ("VEHICLE", "LKV-4418"),
            ("VEHICLE", "1FTEW1EP5MKD41872"),
            ("NAME", "Bettina Graves"),
            ("PHONE", "512-447-0931"),
            ("DATE", "06/30/2026"),
        ],
    ),
    (
        "Dear Dr. Candelaria,\nThank you for referring Mr. Esteban Archuleta-Begay (DOB 5/16/1953; MRN "
        "66-004187) from Truth or Consequences, NM 87901. He has pseudoexfoliation glaucoma OU, IOP 31/24 on "
        "three agents. SLT OS next month. Please fax records to (575) 894-3391 or email "
        "glaucoma.referrals@riograndeeye.org.\nSincerely, Natalia Ortiz-Chee, MD, NM license MD2011-0418",
        [
            ("NAME", "Candelaria"),
            ("NAME", "Esteban Archuleta-Begay"),
            ("DATE", "5/16/1953"),
            ("MRN", "66-004187"),
            ("ADDRESS", "Truth or Consequences"),
            ("ZIP", "87901"),
            ("FAX", "(575) 894-3391"),
            ("EMAIL", "glaucoma.referrals@riograndeeye.org"),
            ("NAME", "Natalia Ortiz-Chee"),
            ("LICENSE", "MD2011-0418"),
        ],
    ),
    # --- Canada ---------------------------------------------------------------------------
    (
        "Re: Gurpreet Kaur Dhaliwal, DOB 1958-02-14, OHIP 1865 365 587 KT\n"
        "2217 Chinguacousy Rd, Unit 9, Brampton ON L6Y 4R2\n"
        "Thank you for referring Mrs. Dhaliwal as a glaucoma suspect. IOP 23/25, CCT 538/541, OCT RNFL "
        "borderline inferiorly OS. Fields full. Observe; repeat fields in 4 months.\n"
        "Yours truly, Dr. Sébastien Lavoie-Mensah, FRCSC, CPSO #118204",
        [
            ("NAME", "Gurpreet Kaur"),
            ("NAME", "Dhaliwal"),
            ("DATE", "1958-02-14"),
            ("INSURANCE", "1865 365 587 KT"),
            ("ADDRESS", "2217 Chinguacousy Rd, Unit 9"),
            ("ADDRESS", "Brampton"),
            ("ZIP", "L6Y 4R2"),
            ("NAME", "Dhaliwal"),
            ("NAME", "Sébastien Lavoie-Mensah"),
            ("LICENSE", "118204"),
        ],
    ),
    (
        "Triage 21 Jan 2026. PHN 9910 587 656. Wendell Cardinal, 66, from Merritt, referred by Dr Ng for sudden "
        "diplopia - R CN VI palsy, likely vasculopathic. BP 172/98, HbA1c 8.1%. Triage: semi-urgent, book within "
        "2 weeks. Contact via daughter Tanis 250-378-6142.",
        [
            ("DATE", "21 Jan 2026"),
            ("INSURANCE", "9910 587 656"),
            ("NAME", "Wendell Cardinal"),
            ("ADDRESS", "Merritt"),
            ("NAME", "Ng"),
            ("NAME", "Tanis"),
            ("PHONE", "250-378-6142"),
        ],
    ),
    (
        "Consultation note, 2026-08-03. Patient: Hélène Beauchemin-Nakamura, RAMQ BEAH 5862 1417. Address: "
        "5520 rue Sherbrooke Ouest, app. 14, Montréal QC H4A 1W3. Keratoconus OU, progression OS (Kmax +1.6 D "
        "in 12 months); epi-off CXL OS planned. Tel. 514 489-2203.",
        [
            ("DATE", "2026-08-03"),
            ("NAME", "Hélène Beauchemin-Nakamura"),
            ("INSURANCE", "BEAH 5862 1417"),
            ("ADDRESS", "5520 rue Sherbrooke Ouest, app. 14"),
            ("ADDRESS", "Montréal"),
            ("ZIP", "H4A 1W3"),
            ("PHONE", "514 489-2203"),
        ],
    ),
    (
        "Moose Jaw eye clinic note 12-Nov-2025: Jarrett Bellegarde (Sask HSN 771 204 886), from Fort "
        "Qu'Appelle. Workplace alkali splash L eye, irrigated to pH 7.5. Roper-Hall grade II. Review tomorrow. "
        "WCB claim # 4417-2291-60.",
        [
            ("ADDRESS", "Moose Jaw"),
            ("DATE", "12-Nov-2025"),
            ("NAME", "Jarrett Bellegarde"),
            ("INSURANCE", "771 204 886"),
            ("ADDRESS", "Fort Qu'Appelle"),
            ("ACCOUNT", "4417-2291-60"),
        ],
    ),
    (
        "From: Theodora MacNeil-Abiola <teddy.macneil@eastlink.ca>\nTo: retina office\n"
        "Date: Thu, 19 Feb 2026\nHi - my mother Agnes MacNeil (age 90) has her Eylea on Mon 23 Feb but there is "
        "a storm coming to Glace Bay. Can we reschedule? Her health card is 0044 118 273. You can call me at "
        "902-849-3317. - Teddy",
        [
            ("NAME", "Theodora MacNeil-Abiola"),
            ("EMAIL", "teddy.macneil@eastlink.ca"),
            ("DATE", "19 Feb 2026"),
            ("NAME", "Agnes MacNeil"),
            ("AGE", "90"),
            ("DATE", "23 Feb"),
            ("ADDRESS", "Glace Bay"),
            ("INSURANCE", "0044 118 273"),
            ("PHONE", "902-849-3317"),
            ("NAME", "Teddy"),
        ],
    ),
    (
        "Oculoplastics OR booking - Lorne Flett, from Flin Flon, MB. R lower lid BCC: Mohs then reconstruction "
        "(Hughes tarsoconjunctival flap), 2 stages. Stage 1 booked Jan 27, 2026; stage 2 about 4 weeks later. "
        "Travel via northern patient transport. Phone 204-687-3391.",
        [
            ("NAME", "Lorne Flett"),
            ("ADDRESS", "Flin Flon"),
            ("DATE", "Jan 27, 2026"),
            ("PHONE", "204-687-3391"),
        ],
    ),
    (
        "Visit 2026-07-09 | Pt: Oyelowo, Kehinde | AHCIP 42071-8830 | 18 Sunridge Cres SE, Medicine Hat AB "
        "T1B 2K6 | POAG OU | IOP 16/15 on Rocklatan | SLT OD planned | MD: Ingrid Halvorsen-Kaur (CPSA 014471)",
        [
            ("DATE", "2026-07-09"),
            ("NAME", "Oyelowo, Kehinde"),
            ("INSURANCE", "42071-8830"),
            ("ADDRESS", "18 Sunridge Cres SE"),
            ("ADDRESS", "Medicine Hat"),
            ("ZIP", "T1B 2K6"),
            ("NAME", "Ingrid Halvorsen-Kaur"),
            ("LICENSE", "014471"),
        ],
    ),
    (
        "Teleophthalmology read 30/03/2026: images from Iqaluit (camera s/n TRC-NW400-7731) for Pauloosie "
        "Akavak-Nowdlak. Moderate NPDR OU, no CSME. Recommend retinal photos in 12 months. Reader: Claire "
        "Ouellette-Baig.",
        [
            ("DATE", "30/03/2026"),
            ("ADDRESS", "Iqaluit"),
            ("DEVICE", "TRC-NW400-7731"),
            ("NAME", "Pauloosie Akavak-Nowdlak"),
            ("NAME", "Claire Ouellette-Baig"),
        ],
    ),
    (
        "Ministry medical report: Reginald Ashdown-Kwan, Ontario DL A2281-44175-60714, plate CKRZ 418. "
        "Homonymous hemianopia after L occipital stroke (Feb 2026) - does not meet the vision standard. "
        "Mandatory report filed 16 Mar 2026.",
        [
            ("NAME", "Reginald Ashdown-Kwan"),
            ("LICENSE", "A2281-44175-60714"),
            ("VEHICLE", "CKRZ 418"),
            ("DATE", "Feb 2026"),
            ("DATE", "16 Mar 2026"),
        ],
    ),
    # --- Australia ------------------------------------------------------------------------
    (
        "24 March 2026\nDr Ruth Papadimitriou-Evans\nLygon Family Medical, 310 Lygon St, Brunswick East VIC 3057\n"
        "Dear Doctor,\nRe: Mr Stavros Kalogeropoulos, DOB 19/09/1946, UR 2084471, Medicare 6631 25889 4\n"
        "He has moderate NPDR with centre-involving DMO in the left eye (CST 388 um). We commenced aflibercept "
        "today under the PBS. Please ask him to bring his Webster pack to the next visit on 21/04/2026.\n"
        "Kind regards,\nDr Hamid Rezaei-Tan, FRANZCO (AHPRA MED0001728406)",
        [
            ("DATE", "24 March 2026"),
            ("NAME", "Ruth Papadimitriou-Evans"),
            ("ADDRESS", "310 Lygon St"),
            ("ADDRESS", "Brunswick East"),
            ("ZIP", "3057"),
            ("NAME", "Stavros Kalogeropoulos"),
            ("DATE", "19/09/1946"),
            ("MRN", "2084471"),
            ("INSURANCE", "6631 25889 4"),
            ("DATE", "21/04/2026"),
            ("NAME", "Hamid Rezaei-Tan"),
            ("LICENSE", "MED0001728406"),
        ],
    ),
    (
        "Outreach clinic at Orange 11/06/2026 - Warrick Dunnett-Moore, 58, from Molong NSW 2866. R cataract "
        "(NS3+), VA 6/36. Listed for R phaco in Dubbo. Mobile 0428 771 306. Aboriginal Liaison Officer: Shenae "
        "Dargin.",
        [
            ("ADDRESS", "Orange"),
            ("DATE", "11/06/2026"),
            ("NAME", "Warrick Dunnett-Moore"),
            ("ADDRESS", "Molong"),
            ("ZIP", "2866"),
            ("ADDRESS", "Dubbo"),
            ("PHONE", "0428 771 306"),
            ("NAME", "Shenae Dargin"),
        ],
    ),
    (
        "Emergency eye: 66M from Sale, Vic, whipper-snipper injury R eye 14 Jan. Corneal abrasion + small "
        "non-penetrating FB removed. Chloramphenicol oc QID 5/7. UR S0483317. GP Dr Lindqvist, Maffra.",
        [
            ("ADDRESS", "Sale"),
            ("DATE", "14 Jan"),
            ("MRN", "S0483317"),
            ("NAME", "Lindqvist"),
            ("ADDRESS", "Maffra"),
        ],
    ),
    (
        "Retinal screening outreach - Kalgoorlie, 2026-02-17. Camera: Topcon TRC-NW8, s/n 1572044.\n"
        "Tjarra Wongawol (HRN K448120): R2 OU, refer.\nBeryl Ashwin-Yarran (HRN K301976): R1 OU, rescreen "
        "12 mths.\nScreener: Kirrily Hoang.",
        [
            ("ADDRESS", "Kalgoorlie"),
            ("DATE", "2026-02-17"),
            ("DEVICE", "1572044"),
            ("NAME", "Tjarra Wongawol"),
            ("MRN", "K448120"),
            ("NAME", "Beryl Ashwin-Yarran"),
            ("MRN", "K301976"),
            ("NAME", "Kirrily Hoang"),
        ],
    ),
    (
        "TAX INVOICE #QE-2026-40417   Date: 08/05/2026\nBill to: Mrs Noelene Fitzgibbon, 22/41 Esplanade, "
        "Hervey Bay QLD 4655\nMedicare no. 3725 85802 5\nItem 42738 (intravitreal injection) $385.00\n"
        "Paid by EFTPOS, receipt R-118207.\nPractice fax (07) 4124 6639",
        [
            ("ACCOUNT", "QE-2026-40417"),
            ("DATE", "08/05/2026"),
            ("NAME", "Noelene Fitzgibbon"),
            ("ADDRESS", "22/41 Esplanade"),
            ("ADDRESS", "Hervey Bay"),
            ("ZIP", "4655"),
            ("INSURANCE", "3725 85802 5"),
            ("ACCOUNT", "R-118207"),
            ("FAX", "(07) 4124 6639"),
        ],
    ),
    (
        "Discharge summary, 03/09/2026. Ms Saoirse Wilde-Marsden, URN 00617204. Admitted with endophthalmitis "
        "L eye 5 days after cataract surgery (operated 27/08/2026 at a private day-surgery in Launceston). "
        "Vitreous tap + intravitreal vancomycin 1 mg/ceftazidime 2.25 mg. Cultures: Staph epidermidis. VA at "
        "discharge 6/60. GP: Dr Benedikt Aalto, fax (03) 6224 8815.",
        [
            ("DATE", "03/09/2026"),
            ("NAME", "Saoirse Wilde-Marsden"),
            ("MRN", "00617204"),
            ("DATE", "27/08/2026"),
            ("ADDRESS", "Launceston"),
            ("NAME", "Benedikt Aalto"),
            ("FAX", "(03) 6224 8815"),
        ],
    ),
    (
        "Nurse phone follow-up 26/11/25 - mum (Kylie-Anne Pham) reports Jaxon still rubbing L eye, discharge "
        "improving on chloramphenicol. Advised review with GP if not settled in 48 h. - Bronwyn, RN",
        [
            ("DATE", "26/11/25"),
            ("NAME", "Kylie-Anne Pham"),
            ("NAME", "Jaxon"),
            ("NAME", "Bronwyn"),
        ],
    ),
    (
        "Referral - Optometrist: Caitlin Yunupingu-Shaw (AHPRA OPT0001904472), Nhulunbuy NT 0880. Patient: "
        "Djalu Marika, HRN 0091745. Bilateral pterygium encroaching on the visual axis R. Please consider "
        "excision with autograft at your eye clinic. Contact: caitlin.ys@eastarnhemoptom.com.au",
        [
            ("NAME", "Caitlin Yunupingu-Shaw"),
            ("LICENSE", "OPT0001904472"),
            ("ADDRESS", "Nhulunbuy"),
            ("ZIP", "0880"),
            ("NAME", "Djalu Marika"),
            ("MRN", "0091745"),
            ("EMAIL", "caitlin.ys@eastarnhemoptom.com.au"),
        ],
    ),
    (
        "SMS reminder log 2026-10-05 10:00: to 0417 553 208 - 'Hi Desmond, your eye appt is Tue 13 Oct 2026 "
        "9:15am. Confirm: https://remind.illawarraeye.com.au/c/Xq83Lm2' Delivered.",
        [
            ("DATE", "2026-10-05"),
            ("PHONE", "0417 553 208"),
            ("NAME", "Desmond"),
            ("DATE", "13 Oct 2026"),
            ("URL", "https://remind.illawarraeye.com.au/c/Xq83Lm2"),
        ],
    ),
    (
        "Intravitreal consent 02/02/2026. Pt: Ah Kum Leong-Barnard, 95 yo, from Queanbeyan. Moderate dementia; "
        "consent given by enduring guardian (daughter) Mei Ling Leong. Procedure: aflibercept 2 mg R eye.",
        [
            ("DATE", "02/02/2026"),
            ("NAME", "Ah Kum Leong-Barnard"),
            ("AGE", "95"),
            ("ADDRESS", "Queanbeyan"),
            ("NAME", "Mei Ling Leong"),
        ],
    ),
    (
        "To Medical Review - re: Spiros Antonakis-Doyle, licence no. 048 771 392 - bilateral advanced glaucoma, "
        "Esterman 76/120 with central defects. Not fit for a private licence. Plate (reported by family) "
        "1KX 4TR. Dr Anjali Wickramasinghe (AHPRA MED0002219387)",
        [
            ("NAME", "Spiros Antonakis-Doyle"),
            ("LICENSE", "048 771 392"),
            ("VEHICLE", "1KX 4TR"),
            ("NAME", "Anjali Wickramasinghe"),
            ("LICENSE", "MED0002219387"),
        ],
    ),
    (
        "Seen with his son today. Reviewed again on 14/3 - drops continued.",
        [("DATE", "14/3")],
    ),
    # --- New Zealand ----------------------------------------------------------------------
    (
        "Hokitika outreach clinic 07/05/2026 - Ngaio Te Rangi-Parata, NHI MUR0741, 14 Revell St, Hokitika 7810. "
        "Diabetic: R2 M1 right eye, refer to MR clinic. Whanau contact: son Rawiri 021 744 3918.",
        [
            ("ADDRESS", "Hokitika"),
            ("DATE", "07/05/2026"),
            ("NAME", "Ngaio Te Rangi-Parata"),
            ("MRN", "MUR0741"),
            ("ADDRESS", "14 Revell St"),
            ("ADDRESS", "Hokitika"),
            ("ZIP", "7810"),
            ("NAME", "Rawiri"),
            ("PHONE", "021 744 3918"),
        ],
    ),
    (
        "Acute eye referral from Whakatāne ED, 18 Aug 2026 03:40: Tamati Hohaia (NHI YTL0421), 44, cement burn "
        "both eyes. Irrigated 4 L, pH 7. Transfer to Tauranga eye dept. ED registrar: Dr Francesca Bellweather.",
        [
            ("ADDRESS", "Whakatāne"),
            ("DATE", "18 Aug 2026"),
            ("NAME", "Tamati Hohaia"),
            ("MRN", "YTL0421"),
            ("ADDRESS", "Tauranga"),
            ("NAME", "Francesca Bellweather"),
        ],
    ),
    (
        "From: pania.whitcombe@xtra.co.nz\nSubject: Re: your eye appointment\nKia ora, yes Koro (my grandad, "
        "Hemi Whitcombe, NHI KVN2176) can come on 9 Dec. We live at 301 Alexandra St, Te Awamutu 3800. "
        "Nga mihi, Pania",
        [
            ("EMAIL", "pania.whitcombe@xtra.co.nz"),
            ("NAME", "Hemi Whitcombe"),
            ("MRN", "KVN2176"),
            ("DATE", "9 Dec"),
            ("ADDRESS", "301 Alexandra St"),
            ("ADDRESS", "Te Awamutu"),
            ("ZIP", "3800"),
            ("NAME", "Pania"),
        ],
    ),
    (
        "Operation record 2026-04-21. PK L eye for keratoconus with hydrops scarring. Recipient: Losaline "
        "Taufa, NHI MMR3595. Donor cornea tissue no. NZEB-26-0417. Surgeon: Mr Aleksander Nowicki "
        "(MCNZ 38114). Interrupted 10-0 nylon x16.",
        [
            ("DATE", "2026-04-21"),
            ("NAME", "Losaline Taufa"),
            ("MRN", "MMR3595"),
            ("DEVICE", "NZEB-26-0417"),
            ("NAME", "Aleksander Nowicki"),
            ("LICENSE", "38114"),
        ],
    ),
    (
        "Glaucoma review 16.10.26: Mrs Faafetai Leaupepe-Ioane, 89 years. Advanced POAG OU, trab R (2017). IOP "
        "11/18 on Cosopt L. Daughter Malia will drive her. Address updated: 12 Mungavin Ave, Porirua 5022.",
        [
            ("DATE", "16.10.26"),
            ("NAME", "Faafetai Leaupepe-Ioane"),
            ("NAME", "Malia"),
            ("ADDRESS", "12 Mungavin Ave"),
            ("ADDRESS", "Porirua"),
            ("ZIP", "5022"),
        ],
    ),
    (
        "Retinal screening result, 28 January 2026: Struan McCaw, 6 Hokonui Dr, Gore - photos ungradeable R "
        "(cataract), L R0. Refer for slit-lamp examination.",
        [
            ("DATE", "28 January 2026"),
            ("NAME", "Struan McCaw"),
            ("ADDRESS", "6 Hokonui Dr"),
            ("ADDRESS", "Gore"),
        ],
    ),
    (
        "Results viewer audit\n2026-07-30 14:02  bnaidu (Bhavesh Naidu, Registrar)  OPEN OCT  NHI TWX8045  from "
        "10.208.3.76\n2026-07-31 01:55  external login, "
        "tmoana (Tania Moana, CNS)  from 122.57.209.14",
        [
            ("DATE", "2026-07-30"),
            ("NAME", "bnaidu"),
            ("NAME", "Bhavesh Naidu"),
            ("MRN", "TWX8045"),
            ("IP", "10.208.3.76"),
            ("DATE", "2026-07-31"),
            ("NAME", "tmoana"),
            ("NAME", "Tania Moana"),
            ("IP", "122.57.209.14"),
        ],
    ),
    # --- South Africa ---------------------------------------------------------------------
    (
        "Dear Doctor,\nMrs Dlamini-Mkhize (folder 4417023) had cyclodiode to the L eye for neovascular glaucoma "
        "on 14/05/2026; IOP now 22 mmHg and the eye is comfortable. Please continue her insulin and refer back if "
        "pain recurs.\nKind regards, Dr Thabo Mokoena (HPCSA MP 0719482)",
        [
            ("NAME", "Dlamini-Mkhize"),
            ("MRN", "4417023"),
            ("DATE", "14/05/2026"),
            ("NAME", "Thabo Mokoena"),
            ("LICENSE", "MP 0719482"),
        ],
    ),
    (
        "Pre-authorisation: Discovery Health medical aid no. 338102447, patient Anri du Toit (dependant 01). "
        "Auth ref 26-PA-771903 for L phaco + toric IOL (ICD-10 H25.1, tariff 3005).",
        [("INSURANCE", "338102447"), ("NAME", "Anri du Toit"), ("ACCOUNT", "26-PA-771903")],
    ),
    (
        "Casualty 31/12/2025 22:50 - assault, R orbital floor blow-out fracture with entrapment on upgaze. "
        "Forced duction positive. Maxillofacial team consulted. Lives in Soweto.",
        [("DATE", "31/12/2025"), ("ADDRESS", "Soweto")],
    ),
    (
        "Paediatric cataract list: 2-year-old with bilateral congenital cataract; L lensectomy + anterior "
        "vitrectomy, left aphakic. Contact lens fitting arranged. Mom's email chantelle.engel@telkomsa.net.",
        [("EMAIL", "chantelle.engel@telkomsa.net")],
    ),
    (
        "Clinic card: Trudie Smit-Mabaso, ID no. 4106232424086, Plot 17, Kameeldrift East. Diabetes 20 yrs; PDR "
        "both eyes, PRP completed 2025.",
        [
            ("NAME", "Trudie Smit-Mabaso"),
            ("MRN", "4106232424086"),
            ("ADDRESS", "Plot 17"),
            ("ADDRESS", "Kameeldrift East"),
        ],
    ),
    (
        "Telephonic triage 05/05/26 - Sister Mmathapelo Sebola (Seshego clinic) re a 61-year-old man with a "
        "sudden painful red L eye, haloes and vomiting. Likely acute angle closure. Advised acetazolamide 500 mg "
        "stat if available and transfer to Polokwane.",
        [("DATE", "05/05/26"), ("NAME", "Mmathapelo Sebola"), ("ADDRESS", "Polokwane")],
    ),
    (
        "Theatre list 2026-09-08: VAN DER MERWE, Hendrik J. - R evisceration + orbital implant (porous "
        "polyethylene 20 mm, SN MP2026-0884). GA.",
        [("DATE", "2026-09-08"), ("NAME", "VAN DER MERWE, Hendrik J."), ("DEVICE", "MP2026-0884")],
    ),
    # --- India ----------------------------------------------------------------------------
    (
        "OPD SLIP - UHID: 2026/OPH/118204  Date: 12-01-2026\nName: Smt. Lakshmi Ammal w/o Late Shri Venkatesan, "
        "67/F, Tiruvottiyur, Chennai - 600019. Mob: 98412 20771\nComplaint: diminished vision OU x 1 yr. "
        "Dx: IMSC OU. Adv: SICS OD with PCIOL.",
        [
            ("MRN", "2026/OPH/118204"),
            ("DATE", "12-01-2026"),
            ("NAME", "Lakshmi Ammal"),
            ("NAME", "Venkatesan"),
            ("ADDRESS", "Tiruvottiyur"),
            ("ADDRESS", "Chennai"),
            ("ZIP", "600019"),
            ("PHONE", "98412 20771"),
        ],
    ),
    (
        "DISCHARGE SUMMARY | IP No. 26-0041187 | Bhukya Ramulu, 58 Y/M | PM-JAY ID PMJAY-TS-3UK8V2Q7X | "
        "DOA 03/03/2026 DOD 05/03/2026 | L SICS + PCIOL (Aurolab 21.5 D, Sl. No. A2503-118274) | stable.",
        [
            ("MRN", "26-0041187"),
            ("NAME", "Bhukya Ramulu"),
            ("INSURANCE", "PMJAY-TS-3UK8V2Q7X"),
            ("DATE", "03/03/2026"),
            ("DATE", "05/03/2026"),
            ("DEVICE", "A2503-118274"),
        ],
    ),
    (
        "From: rohan.iyengar.blr@gmail.com\nDear Doctor, my father is due for his field test. He stays with me now. "
        "Please send the appointment to my number +91 98451 22730. Regards, Rohan",
        [("EMAIL", "rohan.iyengar.blr@gmail.com"), ("PHONE", "+91 98451 22730"), ("NAME", "Rohan")],
    ),
    (
        "Outreach eye camp, Sonpur, 18.02.2026 - Kalavati Devi, 72F, w/o Ram Lakhan Mahto: mature cataract R, "
        "referred to base hospital.",
        [("ADDRESS", "Sonpur"), ("DATE", "18.02.2026"), ("NAME", "Kalavati Devi"), ("NAME", "Ram Lakhan Mahto")],
    ),
    (
        "Mr. Kuruvilla underwent R PPV + EL + SO for PDR with TRD on 9/10/2026. Silicone oil removal planned after "
        "3 months. Kindly continue insulin.",
        [("NAME", "Kuruvilla"), ("DATE", "9/10/2026")],
    ),
    (
        "Cashless pre-auth - Star Health member ID STH-44718902; patient Ritika Sehgal, 34F, for R RRD repair "
        "(scleral buckle). Hospital claim no. CL-DL-220826-04.",
        [("INSURANCE", "STH-44718902"), ("NAME", "Ritika Sehgal"), ("ACCOUNT", "CL-DL-220826-04")],
    ),
    (
        "Call log 10:15 am - Gill ji ka beta (Manpreet) called from Moga, papa ki aankh mein injection ke baad "
        "dard hai. Advised come to OPD today. - Simran, counsellor",
        [("NAME", "Gill"), ("NAME", "Manpreet"), ("ADDRESS", "Moga"), ("NAME", "Simran")],
    ),
    (
        "DR-AI validation study visit, 30/01/2026: participant consented in Tamil; fundus images on a "
        "smartphone-based camera (serial RMD-FOP-2201-0461). No adverse events.",
        [("DATE", "30/01/2026"), ("DEVICE", "RMD-FOP-2201-0461")],
    ),
    (
        "Bill No. LKO/OPH/26/03318 dt. 11.04.2026 - Naseem Bano - Phaco + foldable IOL Rs 24,500; drops Rs 1,180. "
        "Paid cash. Receipt no. 884419.",
        [("ACCOUNT", "LKO/OPH/26/03318"), ("DATE", "11.04.2026"), ("NAME", "Naseem Bano"), ("ACCOUNT", "884419")],
    ),
    # --- Pakistan -------------------------------------------------------------------------
    (
        "Islamabad, 14 May 2026. Re: Mr. Zulfiqar Ahmed Abbasi, MR# 26-11874, CNIC 61101-4471820-3, sector F-7/2. "
        "Cell 0300-5128847. R CRVO with macular oedema; bevacizumab started, review 4/52.",
        [
            ("ADDRESS", "Islamabad"),
            ("DATE", "14 May 2026"),
            ("NAME", "Zulfiqar Ahmed Abbasi"),
            ("MRN", "26-11874"),
            ("MRN", "61101-4471820-3"),
            ("ADDRESS", "F-7/2"),
            ("PHONE", "0300-5128847"),
        ],
    ),
    (
        "Sehat card claim - Nusrat Parveen, card SSP-PB-3301-88742, L phaco on 26-06-2026.",
        [("NAME", "Nusrat Parveen"), ("INSURANCE", "SSP-PB-3301-88742"), ("DATE", "26-06-2026")],
    ),
    (
        "From: ayesha.siddiqui.khi@hotmail.com - Sir, my mother (Begum Razia Siddiqui) is 91 and has sticky eyes "
        "after her cataract surgery, is this normal?",
        [("EMAIL", "ayesha.siddiqui.khi@hotmail.com"), ("NAME", "Razia Siddiqui"), ("AGE", "91")],
    ),
    (
        "OT record 19/11/2025: R frontalis sling (silicone rod, lot SR-2251; pack serial 00418827) for CPEO "
        "ptosis. Uneventful.",
        [("DATE", "19/11/2025"), ("DEVICE", "00418827")],
    ),
    # --- Ghana ----------------------------------------------------------------------------
    (
        "Re: Madam Akosua Serwaa Ofori-Atta, Folder EYE/26/04417, NHIS 08812274, GhanaPost AK-287-4419, Bantama. "
        "Advanced glaucoma OU; trabeculectomy R planned.",
        [
            ("NAME", "Akosua Serwaa Ofori-Atta"),
            ("MRN", "EYE/26/04417"),
            ("INSURANCE", "08812274"),
            ("ADDRESS", "AK-287-4419"),
            ("ADDRESS", "Bantama"),
        ],
    ),
    (
        "Phone msg: Mr Kofi Boakye-Dankwa called, his timolol finished and the pharmacy has none. Call back "
        "055 730 4412. - nurse Efua",
        [("NAME", "Kofi Boakye-Dankwa"), ("PHONE", "055 730 4412"), ("NAME", "Efua")],
    ),
    (
        "From: nanaesi.quaye@yahoo.com\nGood morning. Please my father Ebenezer Quaye was booked for surgery on "
        "19 March but he is on admission at another hospital. Kindly reschedule. Esi",
        [("EMAIL", "nanaesi.quaye@yahoo.com"), ("NAME", "Ebenezer Quaye"), ("DATE", "19 March"), ("NAME", "Esi")],
    ),
    (
        "NHIS claim - Claim ID GH-EYE-26-07731; member NHIS 09941183; service date 2026-05-11; H40.1 POAG; "
        "timolol 0.5% x1.",
        [("ACCOUNT", "GH-EYE-26-07731"), ("INSURANCE", "09941183"), ("DATE", "2026-05-11")],
    ),
    # --- Kenya ----------------------------------------------------------------------------
    (
        "Re: Mrs Wanjiru Kamau-Ndegwa, NHIF No. 4418027, of Kahawa Sukari. Tel 0722 519 844. Bilateral "
        "cataract, R worse; SICS R booked.\nDr. Otieno Okoth-Wambua (KMPDC A11874)",
        [
            ("NAME", "Wanjiru Kamau-Ndegwa"),
            ("INSURANCE", "4418027"),
            ("ADDRESS", "Kahawa Sukari"),
            ("PHONE", "0722 519 844"),
            ("NAME", "Otieno Okoth-Wambua"),
            ("LICENSE", "A11874"),
        ],
    ),
    (
        "Casualty 4/1/2026: boda-boda accident, rider 24M, motorcycle KMFE 418H, R open globe zone 2. Shield, IV "
        "antibiotics, to theatre.",
        [("DATE", "4/1/2026"), ("VEHICLE", "KMFE 418H")],
    ),
    (
        "OPD: Chepkoech Jeptoo, 52F, SHA member no. SHA-8820-4417-1 - HZO L with keratitis and AAU; acyclovir "
        "800 mg 5x/day, prednisolone acetate qid.",
        [("NAME", "Chepkoech Jeptoo"), ("INSURANCE", "SHA-8820-4417-1")],
    ),
    (
        "cataract_outcomes.tsv\nname\tage\tsex\tpre_VA\tpost_VA\nNjeri Wambui\t71\tF\tHM\t6/12\n"
        "Musa Hassan Abdi\t93\tM\tCF\t6/18\nChebet Rotich\t64\tF\tPL\t6/60",
        [("NAME", "Njeri Wambui"), ("NAME", "Musa Hassan Abdi"), ("AGE", "93"), ("NAME", "Chebet Rotich")],
    ),
    # --- Singapore ------------------------------------------------------------------------
    (
        "Re: Mdm Seah Gek Bee (NRIC S1573414J), Blk 417 Tampines St 42, #08-1163, Singapore 520417.\nBRVO OD with "
        "macular oedema; ranibizumab started.\nDr Rajasegaran s/o Muthusamy (MCR M14427H)",
        [
            ("NAME", "Seah Gek Bee"),
            ("MRN", "S1573414J"),
            ("ADDRESS", "Blk 417 Tampines St 42, #08-1163"),
            ("ZIP", "520417"),
            ("NAME", "Rajasegaran"),
            ("NAME", "Muthusamy"),
            ("LICENSE", "M14427H"),
        ],
    ),
    (
        "Grading report 2026-05-30: Nur Aisyah binte Rahmat - moderate NPDR OU, refer to specialist clinic "
        "within 4 weeks.",
        [("DATE", "2026-05-30"), ("NAME", "Nur Aisyah"), ("NAME", "Rahmat")],
    ),
    (
        "Final bill No. 26B0041872 - Integrated Shield policy 0071-4418-220 (Great Eastern); Medisave deduction "
        "approved.",
        [("ACCOUNT", "26B0041872"), ("INSURANCE", "0071-4418-220")],
    ),
    (
        "Nurse clinic 11/09/26: Ah Ma (Mdm Lim Ah Moi, 96) came with helper Wati. Cannot instil drops properly; "
        "taught again, family to buy a drop aid.",
        [("DATE", "11/09/26"), ("NAME", "Lim Ah Moi"), ("AGE", "96"), ("NAME", "Wati")],
    ),
    (
        "Portal audit 2026-08-19: login by account holder from 118.200.61.44; report downloaded via "
        "https://portal.eastsideeye.sg/r/88f1c2e0-4a17",
        [("DATE", "2026-08-19"), ("IP", "118.200.61.44"), ("URL", "https://portal.eastsideeye.sg/r/88f1c2e0-4a17")],
    ),
    # --- Malaysia -------------------------------------------------------------------------
    (
        "5 Ogos 2026 - Re: Encik Muhammad Hafizuddin bin Zainal Abidin, RN 0044718, Bayan Lepas. Tel 012-387 4419. "
        "Severe NPDR both eyes; PRP R started.",
        [
            ("DATE", "5 Ogos 2026"),
            ("NAME", "Muhammad Hafizuddin"),
            ("NAME", "Zainal Abidin"),
            ("MRN", "0044718"),
            ("ADDRESS", "Bayan Lepas"),
            ("PHONE", "012-387 4419"),
        ],
    ),
    (
        "Guarantee letter request - policy U4418-22709, PPV + SO. Patient Loh Chee Keong, 17 Jalan SS 2/24, "
        "Petaling Jaya.",
        [
            ("INSURANCE", "U4418-22709"),
            ("NAME", "Loh Chee Keong"),
            ("ADDRESS", "17 Jalan SS 2/24"),
            ("ADDRESS", "Petaling Jaya"),
        ],
    ),
    (
        "Nyalau anak Jimbun, 72M, from Song, Kapit - pterygium excision + conjunctival autograft L. Son Jonathan "
        "Nyalau to bring him back in 1/52.",
        [
            ("NAME", "Nyalau"),
            ("NAME", "Jimbun"),
            ("ADDRESS", "Song"),
            ("ADDRESS", "Kapit"),
            ("NAME", "Jonathan Nyalau"),
        ],
    ),
    (
        "Email from kliniktan.ipoh@gmail.com: please see Mr Wong Kwai Fun, 90 yrs, sudden vision loss L since this "
        "morning.",
        [("EMAIL", "kliniktan.ipoh@gmail.com"), ("NAME", "Wong Kwai Fun"), ("AGE", "90")],
    ),
    # --- Hong Kong ------------------------------------------------------------------------
    (
        "Patient: LEUNG Wing Sze, HN04417283(2), HKID P779213(5), Sham Shui Po. Tel 9136 2284. PCV L eye; PDT + "
        "aflibercept.",
        [
            ("NAME", "LEUNG Wing Sze"),
            ("MRN", "HN04417283(2)"),
            ("MRN", "P779213(5)"),
            ("ADDRESS", "Sham Shui Po"),
            ("PHONE", "9136 2284"),
        ],
    ),
    (
        "INVOICE No. HK-EYE-2026-0883 | 2 Sep 2026 | Bupa (Asia) member no. 4417-0882-19 | OCT macula HK$1,400",
        [("ACCOUNT", "HK-EYE-2026-0883"), ("DATE", "2 Sep 2026"), ("INSURANCE", "4417-0882-19")],
    ),
    (
        "A&E referral: KWOK Yuk Lan, 102, elderly home resident, Tuen Mun. R eye pain, IOP 58, shallow AC - AACG.",
        [("NAME", "KWOK Yuk Lan"), ("AGE", "102"), ("ADDRESS", "Tuen Mun")],
    ),
    (
        "From: sherman.tsang.hk@gmail.com - my father (HN05530117(4)) cannot come on 16/1 because of his dialysis.",
        [("EMAIL", "sherman.tsang.hk@gmail.com"), ("MRN", "HN05530117(4)"), ("DATE", "16/1")],
    ),
    # --- Caribbean ------------------------------------------------------------------------
    (
        "Kingston, 17 Nov 2025. Re: Miss Carmeline Ebanks-Whyte, Half Way Tree. NHF card 22018874. Bilateral "
        "pseudophakia, PCO L; YAG arranged.",
        [
            ("ADDRESS", "Kingston"),
            ("DATE", "17 Nov 2025"),
            ("NAME", "Carmeline Ebanks-Whyte"),
            ("ADDRESS", "Half Way Tree"),
            ("INSURANCE", "22018874"),
        ],
    ),
    (
        "Mr Deonarine Ramkissoon-Baptiste, 66, from Penal - NVG R after CRVO, IOP 48; cyclodiode + bevacizumab. "
        "Wife: (868) 647-2219.",
        [("NAME", "Deonarine Ramkissoon-Baptiste"), ("ADDRESS", "Penal"), ("PHONE", "(868) 647-2219")],
    ),
    (
        "Ms Shonelle Inniss, Oxnards, St. James BB23028 - keratoconus; scleral lens fitting. "
        "shonelle.inniss@caribsurf.net",
        [
            ("NAME", "Shonelle Inniss"),
            ("ADDRESS", "Oxnards"),
            ("ADDRESS", "St. James"),
            ("ZIP", "BB23028"),
            ("EMAIL", "shonelle.inniss@caribsurf.net"),
        ],
    ),
    (
        "Sagicor claim - cert. no. 0044-188207; treating doctor fax (876) 952-8840; claim ref SLJ-26-449102.",
        [("INSURANCE", "0044-188207"), ("FAX", "(876) 952-8840"), ("ACCOUNT", "SLJ-26-449102")],
    ),
    (
        "Licensing medical - Mr Anil Maharaj-Kowlessar, driver's permit 118-4402, vehicle PDK 2291 - fit to drive. "
        "14.08.2026.",
        [("NAME", "Anil Maharaj-Kowlessar"), ("LICENSE", "118-4402"), ("VEHICLE", "PDK 2291"), ("DATE", "14.08.2026")],
    ),
    # --- short jottings -------------------------------------------------------------------
    ("Pt seen by Dr Okwuosa today; agrees with plan.", [("NAME", "Okwuosa")]),
    ("Letter dictated 6/1, typed 8/1 - awaiting signature.", [("DATE", "6/1"), ("DATE", "8/1")]),
    ("Husband (Walter) to collect her after the laser at 3 pm.", [("NAME", "Walter")]),
    ("Left voicemail on 0121 783 5526 re cancelled clinic; will try again tomorrow.", [("PHONE", "0121 783 5526")]),
    ("DNA x2 (last 19 Oct). Discharge to GP per policy.", [("DATE", "19 Oct")]),
    ("Post-op drops explained to daughter-in-law, Precious, who will instil them.", [("NAME", "Precious")]),
    (
        "IOL exchange: explanted lens returned to manufacturer with serial 7720148391 for analysis.",
        [("DEVICE", "7720148391")],
    ),
    ("Registrar (Dr Hosseini-Fard) reviewed fields; no change since the last visit.", [("NAME", "Hosseini-Fard")]),
    ("New address: 5 Kowhai Lane, Ōtaki.", [("ADDRESS", "5 Kowhai Lane"), ("ADDRESS", "Ōtaki")]),
    ("Copy of report to optometrist: frontdesk@tidelineoptical.co.nz", [("EMAIL", "frontdesk@tidelineoptical.co.nz")]),
    ("Booked for YAG on Thurs 5/3 with Mr Achebe-Lund.", [("DATE", "5/3"), ("NAME", "Achebe-Lund")]),
    ("Elderly lady, aged 99, brought by ambulance after a fall; no ocular injury.", [("AGE", "99")]),
    ("Glasses voucher issued; school nurse Mrs Pillay informed.", [("NAME", "Pillay")]),
    ("Home visit to Flat 2, 9 Quarry Hill for drop assessment.", [("ADDRESS", "Flat 2, 9 Quarry Hill")]),
    ("Interpreter (Tigrinya) Mr Habte joined by phone.", [("NAME", "Habte")]),
]

CLEAN = [
    "VA 6/9 right, 6/12 left. IOP 16 and 18 mmHg. Anterior segments quiet. Discs healthy, cup-to-disc 0.3 both.",
    "Dilated fundoscopy: flat retina 360 degrees, no breaks seen with indentation. Given retinal detachment warning.",
    "Continue latanoprost at night in both eyes. Review in the glaucoma clinic in six months with fields and OCT.",
    "Gritty, burning eyes worse in the evening. Meibomian gland dysfunction with capped glands. Warm compresses and "
    "lid hygiene advised.",
    "Post-operative day one after uncomplicated right phacoemulsification. Cornea clear, AC deep, IOL centred. "
    "Start topical steroid and antibiotic four times daily.",
    "OCT shows a full-thickness macular hole in the left eye. Discussed vitrectomy with gas tamponade and "
    "face-down posturing.",
    "Intravitreal injection performed under topical anaesthesia with povidone-iodine. Perception of light "
    "confirmed afterwards. No complications.",
    "Child cooperative with cycloplegic refraction. Small-angle esotropia for near, fully accommodative. Glasses "
    "to be worn full time.",
    "Drops instilled as prescribed; patient given written instructions and an eye shield for night-time use.",
    "Visual field shows an inferior arcuate defect in the right eye consistent with the superior rim notch seen "
    "clinically.",
    "Fluorescein angiography: late leakage from a subfoveal classic choroidal neovascular membrane.",
    "No relative afferent pupillary defect. Colour vision full on plates. Optic discs not swollen.",
    "Sudden painless loss of vision since this morning. Advised to attend the eye emergency service today.",
    "Discussed the risks of surgery including infection, bleeding, retinal detachment and the possibility of "
    "further procedures.",
    "Right lower lid ectropion with punctal eversion and chronic epiphora. Listed for a lateral tarsal strip.",
    "Anterior chamber cells 2+, flare 1+, keratic precipitates inferiorly. Intensify topical steroid and add a "
    "cycloplegic.",
    "Corneal abrasion stains with fluorescein; no foreign body, no infiltrate. Lubricant ointment and review if "
    "not improving.",
    "Patient prefers to wait before surgery as vision is adequate for daily activities at present.",
    "Telephone consultation: drops well tolerated, no redness or pain, vision stable. Keep the planned appointment.",
    "Fundus photographs gradable in both eyes; no diabetic retinopathy. Routine annual recall.",
    "Tear break-up time reduced. Punctal plugs discussed if symptoms persist despite lubricants.",
    "Gonioscopy: open angles with trabecular meshwork visible for 360 degrees in both eyes.",
    "Ptosis with good levator function. Margin reflex distance reduced on the right. Taped and untaped fields "
    "arranged.",
    "Double vision worse on looking to the left, with limited abduction of the left eye. Neurology opinion requested.",
    "The lens implant is well positioned and the posterior capsule is clear. Final refraction with the optometrist.",
    "Mild nuclear sclerosis in both eyes, not visually significant. Update the glasses prescription.",
    "Eye drop technique reviewed; able to instil independently after a demonstration.",
    "Discharged from clinic with advice to continue regular eye tests with a local optometrist.",
    "Bleb diffuse and moderately vascular, Seidel negative. Pressure well controlled without drops.",
    "Central serous chorioretinopathy resolving with less subretinal fluid. Advised to stop steroid creams.",
    "Upper lid swelling with tenderness but full eye movements and normal vision; treated as preseptal "
    "cellulitis with oral antibiotics.",
    "Vitreous haemorrhage obscures the fundus view. B-scan shows an attached retina.",
    "Parents counselled about amblyopia treatment and the importance of wearing the patch every day.",
    "Blood pressure and blood sugar checks recommended with the family doctor.",
    "Anti-VEGF treatment continued, extending the interval as the macula remains dry.",
    "Pain controlled after the procedure; paracetamol as required.",
    "Unable to measure visual acuity because of cognitive impairment; fixes and follows a light.",
    "Declined photographs today; will repeat at the next visit.",
    "Referral reviewed by the consultant and triaged as routine.",
    "Dendritic ulcer staining with fluorescein. Start topical antiviral five times a day.",
]

CLEAN_STRESS = [
    "Fuchs endothelial dystrophy with guttae; Descemet membrane endothelial keratoplasty discussed. Pachymetry "
    "612/598 um. IOP 14/15 mmHg (Goldmann).",
    "VA 6/9-2 RE, 6/24+1 LE; pinhole 6/6. Ishihara 17/17 OU. N5 at 33 cm with +2.50 add.",
    "Aflibercept 2 mg/0.05 mL, lot 4K7720C, injected OS at 14:35; next in 8/52 (treat-and-extend, q8w).",
    "Phaco OD: Alcon SN60WF +21.5 D, target -0.25; IOLMaster 700: AL 23.48 mm, K1 43.25 D @ 12, K2 44.10 D @ 102, "
    "ACD 3.12 mm (Barrett Universal II, Kane, Hoffer Q).",
    "Humphrey 24-2 SITA Fast: MD -12.41 dB, PSD 8.92 dB, VFI 71%, GHT outside normal limits; fixation losses 2/14.",
    "ICD-10 H35.3211, H40.1131, E11.3513; CPT 67028, 92134, 66984; HRG BZ34B; OPCS C79.4, C71.2.",
    "Grading: R2 M1 (right), R1 M0 (left); ETDRS level 53; AREDS category 3; Oxford grade II staining.",
    "Diamox SR 250 mg bd for 2/7, then stop. Mannitol 20% 1 g/kg IV over 30 min if IOP > 40.",
    "Best disease: vitelliform lesion, stage 2; EOG Arden ratio 1.3. Coats disease and Stargardt excluded.",
    "Will start Pred Forte 1% 2-hourly and cyclopentolate 1% bd. May need sub-Tenon triamcinolone 40 mg if no "
    "response.",
    "Iris: no rubeosis. Lens: brown cataract NO4 NC4 (LOCS III). Vitreous: Weiss ring. Hope to list for surgery soon.",
    "Reading glasses +2.75 DS; distance -1.25/-0.50 x 170 RE, -1.00/-0.75 x 15 LE. Prism 4 BI.",
    "Adalimumab 40 mg EOW; methotrexate 15 mg weekly with folic acid 5 mg; ESR 48 mm/h, CRP 62 mg/L, ACE 88 U/L, "
    "HLA-B27 positive.",
    "HbA1c 71 mmol/mol (8.6%), eGFR 44, BP 168/94, pulse 88, SpO2 98%, glucose 11.2 mmol/L, INR 2.4.",
    "Shaffer grade 3 superiorly, 2 inferiorly; Van Herick grade 2; Spaeth D40r; Sampaolesi line present.",
    "ROP stage 3 zone II with plus at 27+3 weeks GA, birthweight 890 g, PMA 34+0; treat within 48-72 h (ETROP type 1).",
    "Ahmed FP7 and Baerveldt BG 101-350 compared; opted for PreserFlo with MMC 0.2 mg/ml for 2 minutes.",
    "Horner syndrome excluded with apraclonidine 0.5%; Adie pupil with light-near dissociation; Argyll Robertson "
    "unlikely (TPHA negative).",
    "Hess chart: right superior oblique underaction; Parks-Bielschowsky three-step positive; Maddox rod 6 degrees "
    "excyclotorsion.",
    "Sale of the old Haag-Streit BQ 900 slit lamp went ahead; the new BM 900 has an imaging module. Normal "
    "service resumes.",
    "Orange-red fundus reflex; cotton wool spots x3 along the arcades; no flame haemorrhages. Wood's lamp not needed.",
    "Follow up 4/52, then 6/12, then 1/12 after laser; dilate on arrival with tropicamide 1% + phenylephrine 2.5% "
    "at 09:10.",
    "Diabetes diagnosed in 2008, laser in 2014 and 2019; on insulin since 2021.",
    "Ozurdex 700 micrograms (dexamethasone) OS; Iluvien 190 micrograms OD in 2022; IOP 21 mmHg afterwards.",
    "Herbert's pits and Arlt's line on eversion - old trachoma; TF/TI not active; no trichiasis.",
    "Schirmer I: 4 mm/5 min OD, 6 mm/5 min OS; TBUT 5 s; OSDI 38; SPEED score 14.",
    "Hertel 17/21 at base 104; CAS 4/7; TSH receptor antibodies raised; Rundle curve active phase.",
    "Vogt striae and Fleischer ring (keratoconus); Kayser-Fleischer ring absent; Kmax 58.4 D, thinnest "
    "pachymetry 438 um.",
    "Posner-Schlossman episode: IOP 46 mmHg, few fine KPs; Cosopt bd and prednisolone acetate 1% qds for 1/52.",
    "Lot numbers for the list: trypan blue LOT 24K118A, Healon GV batch 7731902, capsular tension ring 12/10 mm "
    "lot 5522-B.",
    "Topcon Maestro2, Optos California and Nidek RS-330 calibrated; Zeiss Cirrus 6000 firmware 1.10.0.0, "
    "Spectralis 6.16.7.0.",
    "Grace period for repeat prescriptions is seven days. Joy at the result was obvious. Faith in eye drops is low "
    "after a previous allergy.",
    "Stargardt disease (ABCA4), Sturge-Weber with choroidal haemangioma, Vogt-Koyanagi-Harada and Dalen-Fuchs "
    "nodules considered.",
    "Snellen 20/200 OD, 20/40 OS; LogMAR 1.00 and 0.30; ETDRS 35 and 72 letters; CF at 1 m; HM; PL; NPL.",
    "Bevacizumab 1.25 mg/0.05 mL; ranibizumab 0.5 mg; faricimab 6 mg; brolucizumab 6 mg; stored at 2-8 C.",
    "Hobbies: rugby, sailing and bowls; works night shifts; drives a forklift at the depot; plays the organ at church.",
    "Nystagmus: jerk, beating left, null point in right gaze; OKN symmetrical; Bagolini striated glasses: fusion; "
    "Worth 4 dot: 4 lights at near.",
    "YAG capsulotomy 1.8 mJ x 42 shots, total 75.6 mJ; IOP 18 mmHg at 1 h; apraclonidine 1% before laser.",
    "NEWS2 3, GCS 15/15, MMSE 24/30, PHQ-9 11; Clinical Frailty Scale 5; high falls risk.",
    "Marcus Gunn jaw-winking ptosis; Bell's phenomenon good; Jones I test negative; Seidel negative; "
    "Watzke-Allen sign positive.",
    "Grading software version 2.1.0.36 flagged 3 of 214 images as ungradeable; kappa 0.82 against the senior grader.",
    "Glare from street lights is a great deal worse at night; mould allergy; no hope of better vision without surgery.",
]

ARGUABLE = [
    "Severn Edge Surgery",
    "Hollin Lane Primary",
    "Sight Line Opticians",
    "Knock Medical Practice",
    "Isle of Skye",
    "Clearview Optometrists",
    "Golspie Medical Practice",
    "Brightwater Homecare",
    "LanguageLine",
    "Hollybank Surgery",
    "Bupa",
    "Irish Life Health",
    "Connemara",
    "Aetna",
    "Sunnyvale Manor ALF",
    "Blue Cross Blue Shield of Illinois",
    "Cascade Neuro-Ophthalmology",
    "Valley Retina Associates",
    "Lygon Family Medical",
    "Discovery Health",
    "Seshego clinic",
    "Star Health",
    "Great Eastern",
    "Sagicor",
    "NHIF",
    "NHIS",
]
