"""Held-out de-identification review set v10 for free-text ophthalmology notes.

Written on 2026-11-29 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the snippets of any other review set. The
only project text read was ``bench/deid_sets/score.py`` (for the file format) and the module
docstring of ``bench/deid_sets/review_v3.py`` (lines 1-58, for the annotation conventions, which
this set follows). Neither the de-identifier nor ``score.py`` was run on this set while it was
written; the only checks run were a syntax check and small self-written scripts over this file
alone (every annotated substring occurs in its snippet as often as it is listed, counts per kind,
and a scan for digit strings left unannotated).

All people, numbers, addresses and contact details are invented (some identifier numbers were
given valid check digits so that they look real). Snippets imitate what an eye department's
records contain, roughly as a random sample would: clinic letters to and from GPs, optometrists
and other hospitals; outpatient progress notes; referral triage; operation notes; injection
clinic logs and lists; imaging and device reports (OCT, angiography, visual fields, biometry);
diabetic eye screening letters; discharge summaries; nursing, handover and telephone notes;
patient portal messages and e-mails; prior authorisations, invoices, claims and eligibility
checks; audit and access logs; CSV/TSV exports; HL7 v2 and FHIR JSON; and dictation
transcripts. English as written in the UK (England, Scotland, Wales, Northern Ireland),
Ireland, the US, Canada, Australia, New Zealand, South Africa, India, Singapore, Nigeria and the
Caribbean (Jamaica, Trinidad, Barbados, St Lucia), with names of many origins (including names
that are also English words or eponyms, lower-case names in informal text, hyphenated and
particle names), towns whose names are ordinary words (Sale, Reading, Hope, Normal, Orange,
Independence, Paradise, George, Herbert, Sunshine, Nelson, Stoke), and identifiers with and
without labels.

Annotation choices
------------------
The conventions of ``review_v3`` are followed (kinds, spans, titles and post-nominals left out,
ages only over 89, follow-up intervals and acuity fractions not dates, each town its own
ADDRESS span, postcode alone as ZIP, countries/states/provinces not marked, Singapore treated
as a country). Choices beyond them:

* Generational suffixes ("Jr.") are left out of the NAME span like post-nominals; a nickname in
  quotes inside a full name ("Leslie 'Les' Cartwright") stays inside the one span.
* Login names built from a person's name in audit logs (``rbhattacharjee``, ``j.wilkinson``)
  are NAME, extending the rule for initials.
* US NPI numbers and Australian Medicare provider numbers are LICENSE (professional
  identifiers); council-prefixed registration numbers are marked as the number
  with any letters that belong to it ("MP 0718842", "MDCN/R/44718"), not the council name.
* DVA file, ACC claim, RAMQ, MSI, MCP, HSN, NHF, NHIS and PM-JAY numbers are INSURANCE;
  the Australian IHI, the US VA ICN and screening-programme client IDs are MRN; OHIP billing
  claim numbers and invoice numbers are ACCOUNT.
* Spoken identifiers in dictation (spelled-out record numbers, a spelled surname, a spoken
  postcode, spoken dates and ages) are marked with their usual kinds.
* HL7/ISO time stamps (``20260315083012``, ``2026-10-11T21:04:55Z``) are one DATE span with the
  time; a day range ("9–11 June 2026") is one DATE span.
* Addresses of practices and hospitals (street line, town, postcode) are marked like patients'
  addresses; "Co. Waterford" is marked as the county name only; "Kingston 6" (a Jamaican postal
  district) is one ADDRESS span; Singapore block, street and unit is one ADDRESS span.
* ARGUABLE holds hospital, clinic, practice, programme, insurer and health-district names
  (several contain a town or a person's name), businesses named after people or towns (a
  solicitors' firm, an employer, optician practices), and reference numbers that point to a
  record but are not a listed kind (an imaging accession number, a pharmacy prescription
  number, a donor-tissue ID, a research subject ID, a staff code, appointment IDs).
* Patients from some letters reappear in later exports (same identifiers), as in real data.
"""

from __future__ import annotations

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # ---------------------------------------------------------------- UK and Ireland
    (
        """Dear Doctor,
Re: Mrs Winifred Ashdown, DOB 14/02/1931, Hosp No RK0448213
Thank you for referring this 94-year-old lady with a Coats-like exudative picture in the left eye. VA 6/18 R, 6/60 L. Seen in the Medical Retina clinic on 03/11/2026; OCT shows subretinal exudate and fluid. We will start aflibercept and review 6/52.
Yours sincerely,
Mr Tobias Rennard FRCOphth
cc: Wythenshawe Eye Clinic, fax 0161 291 4470""",
        [
            ("NAME", "Winifred Ashdown"),
            ("DATE", "14/02/1931"),
            ("MRN", "RK0448213"),
            ("AGE", "94"),
            ("DATE", "03/11/2026"),
            ("NAME", "Tobias Rennard"),
            ("FAX", "0161 291 4470"),
        ],
    ),
    (
        """Eye casualty triage 07:40 Sat 21 Feb 2026. Pt: Euan Strachan (CHI 1203561237), lives in Perth. Sudden painless loss of vision R eye on waking; RAPD R, cherry-red spot, no emboli seen. ESR/CRP sent to exclude GCA. Next of kin: wife Ishbel 01738 552 019.""",
        [
            ("DATE", "21 Feb 2026"),
            ("NAME", "Euan Strachan"),
            ("MRN", "1203561237"),
            ("ADDRESS", "Perth"),
            ("NAME", "Ishbel"),
            ("PHONE", "01738 552 019"),
        ],
    ),
    (
        """Clinic letter - Ysbyty Gwynedd Eye Unit
Patient: Gwenllian ap Rhys   Hosp no: G774120
Address: Tŷ Gwyn, 6 Ffordd Caergybi, Llangefni LL77 7PL
Diagnosis: bilateral primary open angle glaucoma; IOP 24/26 on latanoprost. HVF 24-2 shows progression OS. Plan SLT left, review 2/12.
Dictated by Dr Siôn Pritchard-Evans""",
        [
            ("NAME", "Gwenllian ap Rhys"),
            ("MRN", "G774120"),
            ("ADDRESS", "Tŷ Gwyn, 6 Ffordd Caergybi"),
            ("ADDRESS", "Llangefni"),
            ("ZIP", "LL77 7PL"),
            ("NAME", "Siôn Pritchard-Evans"),
        ],
    ),
    (
        """Royal Victoria Hospital - Eye Outpatients
Mr Cathal McAleese, H&C 320 447 1187, of Maghera, Co. Londonderry.
Seen 9-Jan-2026 for review of left macula-off RRD repaired with 23G PPV, 360° laser and C3F8. Retina flat, gas absorbed. Posturing complete. Discharged to his optometrist Ms Roisin Quigg, Quigg Eyecare, tel 028 7964 2210.""",
        [
            ("NAME", "Cathal McAleese"),
            ("MRN", "320 447 1187"),
            ("ADDRESS", "Maghera"),
            ("ADDRESS", "Londonderry"),
            ("DATE", "9-Jan-2026"),
            ("NAME", "Roisin Quigg"),
            ("PHONE", "028 7964 2210"),
        ],
    ),
    (
        """IVT log - Bay 3 - Thu 05/03/26
Pt: DESAI, Harshad   MRN 60219834
Eye: LE   Drug: aflibercept 2 mg/0.05 ml   Batch KX4471B   Inj #14   Interval 8/52 (T&E)
Injector: nurse practitioner Bernadette Oyelaran-Marsh, NMC 02H1477E
Pre-injection IOP 16, post 34 -> 19 at 15 min. No complications. Next: 30/04/26.""",
        [
            ("DATE", "05/03/26"),
            ("NAME", "DESAI, Harshad"),
            ("MRN", "60219834"),
            ("NAME", "Bernadette Oyelaran-Marsh"),
            ("LICENSE", "02H1477E"),
            ("DATE", "30/04/26"),
        ],
    ),
    (
        """Telephone note 14:20 - called by daughter (Precious Adebanjo-Taylor, 07931 448 205) re her mum Comfort Adebanjo. Mum says she is 'seeing zig-zag lines' since Sunday, after cataract op on 17/10. Advised to attend eye casualty today, booked 16:00. - kt (ECLO)""",
        [
            ("NAME", "Precious Adebanjo-Taylor"),
            ("PHONE", "07931 448 205"),
            ("NAME", "Comfort Adebanjo"),
            ("DATE", "17/10"),
            ("NAME", "kt"),
        ],
    ),
    (
        """NHS Diabetic Eye Screening Programme - South Tyneside
Mr Lindon Harbottle
Flat 2, 19 Ocean Road
South Shields
NE33 2HT

NHS number: 720 551 6641

Dear Mr Harbottle,
Your screening photographs taken on 18 November 2026 show background retinopathy (R1) in both eyes and no maculopathy (M0). We will invite you again in 12 months. If you have any questions, call the screening office on 0191 404 1082.""",
        [
            ("NAME", "Lindon"),
            ("NAME", "Harbottle"),
            ("ADDRESS", "Flat 2, 19 Ocean Road"),
            ("ADDRESS", "South Shields"),
            ("ZIP", "NE33 2HT"),
            ("MRN", "720 551 6641"),
            ("NAME", "Harbottle"),
            ("DATE", "18 November 2026"),
            ("PHONE", "0191 404 1082"),
        ],
    ),
    (
        """OPERATION NOTE
Patient: Teodora Wiśniewska   Date of surgery: 11.06.2026   Surgeon: Mr A. Sethuraman
Procedure: Right phaco + IOL. Sub-Tenon's 4 ml 2% lidocaine. Main incision 2.4 mm temporal. Capsulorhexis 5.2 mm with trypan blue. IOL: Alcon SN60WF +21.0 D, SN 11935482019, lot 2419987. Uneventful.
Post-op: Maxitrol qds 4/52. Review 2/52 with optometrist.
Sticker: Wiśniewska T, F, 03/05/1952""",
        [
            ("NAME", "Teodora"),
            ("NAME", "Wiśniewska"),
            ("DATE", "11.06.2026"),
            ("NAME", "A. Sethuraman"),
            ("DEVICE", "11935482019"),
            ("NAME", "Wiśniewska T"),
            ("DATE", "03/05/1952"),
        ],
    ),
    (
        """GOS 18 referral
From: Priya Chakraborty-Hale BSc MCOptom, GOC 01-28841, Bright Eyes Opticians
To: Royal Berkshire Eye Clinic
Patient: Mr Kwabena Owusu-Ansah, DOB 22/07/1961, 7 Shinfield Rise, Reading RG6 1PA
Reason: IOP R 31 L 29 (Goldmann), C/D 0.7/0.6, family history of glaucoma (brother). Suprathreshold field defects. Please see routinely.""",
        [
            ("NAME", "Priya Chakraborty-Hale"),
            ("LICENSE", "01-28841"),
            ("NAME", "Kwabena Owusu-Ansah"),
            ("DATE", "22/07/1961"),
            ("ADDRESS", "7 Shinfield Rise"),
            ("ADDRESS", "Reading"),
            ("ZIP", "RG6 1PA"),
        ],
    ),
    (
        """DISCHARGE SUMMARY - Eye Ward (Ward 24)
Name: Horace Blenkinsop (aged 96)   MRN: M0048211   Discharged: 2026-08-06
Diagnosis: endophthalmitis L eye 5 days post-phaco. Vitreous tap + intravitreal vancomycin 1 mg/0.1 ml and ceftazidime 2.25 mg/0.1 ml on admission. Cultures: Staph epidermidis.
GP: Dr Nneka Ellison-Burke, The Maltings Surgery, Bury St Edmunds.
Follow-up: eye clinic 1/52. Contact: Sister Joy Tembo, ward 24.""",
        [
            ("NAME", "Horace Blenkinsop"),
            ("AGE", "96"),
            ("MRN", "M0048211"),
            ("DATE", "2026-08-06"),
            ("NAME", "Nneka Ellison-Burke"),
            ("ADDRESS", "Bury St Edmunds"),
            ("NAME", "Joy Tembo"),
        ],
    ),
    (
        """From: dot.hebblethwaite@btinternet.com
To: eyeclinic.bookings@uhbw.nhs.uk
Subject: my eye injection
Hello, I'm Dorothy Hebblethwaite and I can't make my eye injection on Tuesday 24 March. My neighbour normally drives me but her car (reg KM19 XTB) is off the road. Could you ring me on 0117 968 2204? Thank you, Dot""",
        [
            ("EMAIL", "dot.hebblethwaite@btinternet.com"),
            ("EMAIL", "eyeclinic.bookings@uhbw.nhs.uk"),
            ("NAME", "Dorothy Hebblethwaite"),
            ("DATE", "24 March"),
            ("VEHICLE", "KM19 XTB"),
            ("PHONE", "0117 968 2204"),
            ("NAME", "Dot"),
        ],
    ),
    (
        """2026-05-14 09:12:44 user=rbhattacharjee role=Consultant action=VIEW record=MRN 3308812 (PRENDERGAST, Olwen) ip=10.44.7.213 ws=EYE-OPD-07
2026-05-14 09:40:19 user=hwu2 role=Optometrist action=EDIT field=IOP_R ip=10.44.7.58""",
        [
            ("DATE", "2026-05-14"),
            ("NAME", "rbhattacharjee"),
            ("MRN", "3308812"),
            ("NAME", "PRENDERGAST, Olwen"),
            ("IP", "10.44.7.213"),
            ("DATE", "2026-05-14"),
            ("NAME", "hwu2"),
            ("IP", "10.44.7.58"),
        ],
    ),
    (
        """A&E eye: 34M, welder, FB R cornea, rust ring removed w/ burr. seen by me + sam (SHO). pt's partner jodie waiting outside. Chloramphenicol oint qds 1/52. GP: Castle Mead Medical Centre, Trowbridge. MRN 51149903. - ah""",
        [
            ("NAME", "sam"),
            ("NAME", "jodie"),
            ("ADDRESS", "Trowbridge"),
            ("MRN", "51149903"),
            ("NAME", "ah"),
        ],
    ),
    (
        """ROP screening - NICU, Birmingham Women's. Baby Boy Mensah-Whitfield (twin 2), born 2026-02-11 at 26+3 weeks, BW 780 g. Exam today (PMA 32+3): zone II stage 2, no plus, both eyes. Re-screen 1/52. Mother: Akosua Mensah-Whitfield, 07380 554 916.""",
        [
            ("NAME", "Mensah-Whitfield"),
            ("DATE", "2026-02-11"),
            ("NAME", "Akosua"),
            ("NAME", "Mensah-Whitfield"),
            ("PHONE", "07380 554 916"),
        ],
    ),
    (
        """Dear Dr Hartigan,
Re: Mr Reginald Tenby, of Bath
Reginald has Posner-Schlossman syndrome of the right eye. Gonioscopy showed a Sampaolesi line inferiorly and the IOP was 44 on 12 Sept with fine KPs. I have started Diamox SR 250 mg bd and dexamethasone 0.1% qds. Please check his U&Es in 2/52.
Yours sincerely,
Miss Hilary Posner, Consultant Glaucoma Surgeon""",
        [
            ("NAME", "Hartigan"),
            ("NAME", "Reginald"),
            ("NAME", "Tenby"),
            ("ADDRESS", "Bath"),
            ("NAME", "Reginald"),
            ("DATE", "12 Sept"),
            ("NAME", "Hilary Posner"),
        ],
    ),
    (
        """CVI completed 21/10/2025 for Mrs Gladys Ward (93), severely sight impaired (VA CF both eyes, geographic atrophy). Copy to Sensory Services, Kirklees Council, and to GP. Patient consents to share with RNIB. Lives alone in Cleckheaton; daughter Pauline Ward visits daily. Signed: consultant, GMC 7049912.""",
        [
            ("DATE", "21/10/2025"),
            ("NAME", "Gladys Ward"),
            ("AGE", "93"),
            ("ADDRESS", "Cleckheaton"),
            ("NAME", "Pauline Ward"),
            ("LICENSE", "7049912"),
        ],
    ),
    (
        """Patient portal message (PKB) 03/01/2026 23:51
From: Tariq Mahmood-Qureshi
Hi, my left eye is still red and gritty since the injection on 29 Dec. Is that normal? Also my number has changed - it's now 07712 604 381.
-- Reply (Nurse Specialist K. Amankwah-Boateng): Hi Tariq, some redness after an injection is common and usually settles within a week, but if the eye becomes painful or your vision drops please come to eye casualty straight away.""",
        [
            ("DATE", "03/01/2026"),
            ("NAME", "Tariq"),
            ("NAME", "Mahmood-Qureshi"),
            ("DATE", "29 Dec"),
            ("PHONE", "07712 604 381"),
            ("NAME", "K. Amankwah-Boateng"),
            ("NAME", "Tariq"),
        ],
    ),
    (
        """Theatre list - Eye Day Unit - Mon 16 Nov 2026
Time\tName\tHosp No\tDOB\tProcedure
08:30\tBEVAN, Mervyn\t7712094\t02/12/1949\tR phaco/IOL (ZCB00 +19.5)
09:15\tSZABÓ, Levente\t7698114\t29/01/1935\tR DSAEK
10:00\tKAUR, Jaspreet\t7731905\t10/10/1977\tL phaco/IOL (SN6AT4 toric)""",
        [
            ("DATE", "16 Nov 2026"),
            ("NAME", "BEVAN, Mervyn"),
            ("MRN", "7712094"),
            ("DATE", "02/12/1949"),
            ("NAME", "SZABÓ, Levente"),
            ("MRN", "7698114"),
            ("DATE", "29/01/1935"),
            ("NAME", "KAUR, Jaspreet"),
            ("MRN", "7731905"),
            ("DATE", "10/10/1977"),
        ],
    ),
    (
        """Optometry referral (SCI Gateway) 07.05.2026
From: Kirsty Dalgleish, Optometrist, Specsavers Falkirk
Patient: Mr Andrzej Kaczmarek, CHI 2908670453, Grangemouth
Findings: pigmented lesion L fundus, about 3 DD, with orange pigment and subretinal fluid on OCT - ?choroidal melanoma. Urgent referral, patient informed. Mob 07455 019 283.""",
        [
            ("DATE", "07.05.2026"),
            ("NAME", "Kirsty Dalgleish"),
            ("NAME", "Andrzej Kaczmarek"),
            ("MRN", "2908670453"),
            ("ADDRESS", "Grangemouth"),
            ("PHONE", "07455 019 283"),
        ],
    ),
    (
        """Subject access request received 2026-06-30 from Hollis & Reeve Solicitors on behalf of Mr Barnaby Quartermaine (NHS 485 309 2773). Records requested for the last three years, including OCT images. Sent by secure e-mail to l.reeve@hollisreeve.co.uk. Handled by: Records Officer Danuta Wróblewska.""",
        [
            ("DATE", "2026-06-30"),
            ("NAME", "Barnaby Quartermaine"),
            ("MRN", "485 309 2773"),
            ("EMAIL", "l.reeve@hollisreeve.co.uk"),
            ("NAME", "Danuta Wróblewska"),
        ],
    ),
    (
        """Consent form 4 - interpreter used: Mr Mehmet Yıldırım (Turkish, face to face). Patient Ayşe Demirtaş has capacity. Procedure: intravitreal ranibizumab R eye; risks explained including endophthalmitis (about 1 in 2000), retinal detachment and raised IOP. Witness: HCA Liberty Osei.""",
        [
            ("NAME", "Mehmet Yıldırım"),
            ("NAME", "Ayşe Demirtaş"),
            ("NAME", "Liberty Osei"),
        ],
    ),
    (
        """From: Dr Imogen Stavrou <imogen.stavrou@nhs.net>
To: uveitis.mdt@mft.nhs.uk
Subject: MDT - patient for discussion
Could we discuss Ms Fenella Hargreaves-Obi, 41, MRN 10993427, HLA-B27 positive AAU with new CME OS (CST 512 µm)? Adalimumab is being considered and rheumatology agree.
Imogen""",
        [
            ("NAME", "Imogen"),
            ("NAME", "Stavrou"),
            ("EMAIL", "imogen.stavrou@nhs.net"),
            ("EMAIL", "uveitis.mdt@mft.nhs.uk"),
            ("NAME", "Fenella Hargreaves-Obi"),
            ("MRN", "10993427"),
            ("NAME", "Imogen"),
        ],
    ),
    (
        """Dear Mr Pennington,
Following your Esterman visual field test on 2 April 2026 I am sorry to tell you that your field does not meet the DVLA standard for driving. You must stop driving and inform the DVLA (your driver number is PENNI 704118 DJ9QW on the form we have completed with you). We will repeat the test in six months.
Yours sincerely,
Dr Yusra Al-Haddad, Glaucoma Fellow""",
        [
            ("NAME", "Pennington"),
            ("DATE", "2 April 2026"),
            ("LICENSE", "PENNI 704118 DJ9QW"),
            ("NAME", "Yusra Al-Haddad"),
        ],
    ),
    (
        """Medical retina virtual clinic 22/09/26 - grader: Sunniva Halvorsen. OCT R: dry, CST 268; L: new SRF, CST 341 (was 290 last time). VA 6/9 R, 6/12 L (0.30 logMAR). Outcome: bring forward L aflibercept to next available slot (within 2/52). Letter to GP, Llanelli.""",
        [
            ("DATE", "22/09/26"),
            ("NAME", "Sunniva Halvorsen"),
            ("ADDRESS", "Llanelli"),
        ],
    ),
    (
        """Orthoptic assessment - Child: Oscar Petrossian-Hale (DOB 14.09.2021). Attended with grandmother, Mrs Araxi Petrossian. Cover test: R ET 20Δ near, 14Δ distance. Cardiff acuity cards 0.4 R / 0.2 L. Patching 2 h/day. School: St Mungo's Primary, Pollokshields.""",
        [
            ("NAME", "Oscar Petrossian-Hale"),
            ("DATE", "14.09.2021"),
            ("NAME", "Araxi Petrossian"),
            ("ADDRESS", "Pollokshields"),
        ],
    ),
    (
        """PALS contact: Mr Desmond Achterberg rang unhappy that his wife Marjolein's cataract surgery was cancelled twice (6th and 27th April). He says she is 91 and can no longer read. Patient number 4408127. Escalated to the ophthalmology service manager.""",
        [
            ("NAME", "Desmond Achterberg"),
            ("NAME", "Marjolein"),
            ("DATE", "6th"),
            ("DATE", "27th April"),
            ("AGE", "91"),
            ("MRN", "4408127"),
        ],
    ),
    (
        """Royal Victoria Eye and Ear Hospital
Re: Seosamh Ó Briain, MRN 1049923, 12 Bóthar na Trá, Galway H91 X2E4
Dear Dr Ní Mhurchú,
Your patient attended on 17th January 2026. He has neovascular AMD in the left eye (VA 6/24, subretinal fluid and a small haemorrhage) and we have commenced faricimab, loading with four monthly injections.
Is mise le meas,
Dr Fiachra Dunleavy, MCRN 402218""",
        [
            ("NAME", "Seosamh Ó Briain"),
            ("MRN", "1049923"),
            ("ADDRESS", "12 Bóthar na Trá"),
            ("ADDRESS", "Galway"),
            ("ZIP", "H91 X2E4"),
            ("NAME", "Ní Mhurchú"),
            ("DATE", "17th January 2026"),
            ("NAME", "Fiachra Dunleavy"),
            ("LICENSE", "402218"),
        ],
    ),
    (
        """SMS sent 08:02 to 087 446 1290: 'Hi Aoife, reminder of your eye appt at Cork University Hospital Eye Dept on Wed 11/02 at 10:15. Reply Y to confirm.' Delivered.""",
        [
            ("PHONE", "087 446 1290"),
            ("NAME", "Aoife"),
            ("DATE", "11/02"),
        ],
    ),
    (
        """Diabetic RetinaScreen - grading outcome
Client: Bríd Nic Giolla Phádraig   Client ID: DRS0488127   DOB: 23-05-1958
Address: Dungarvan, Co. Waterford X35 KD72
Outcome: R1M1 right (referable maculopathy) -> refer to treatment centre (UHW).""",
        [
            ("NAME", "Bríd Nic Giolla Phádraig"),
            ("MRN", "DRS0488127"),
            ("DATE", "23-05-1958"),
            ("ADDRESS", "Dungarvan"),
            ("ADDRESS", "Waterford"),
            ("ZIP", "X35 KD72"),
        ],
    ),
    (
        """Invoice No. BEC-88410 to VHI Healthcare, member no. 0447712X. Patient: Declan Mac Giolla Bhríde, Booterstown, Co. Dublin. Procedure: bilateral SLT on 14/04/2026, consultant Prof. Órla Ní Fhlannagáin, MCRN 019224.""",
        [
            ("ACCOUNT", "BEC-88410"),
            ("INSURANCE", "0447712X"),
            ("NAME", "Declan Mac Giolla Bhríde"),
            ("ADDRESS", "Booterstown"),
            ("ADDRESS", "Dublin"),
            ("DATE", "14/04/2026"),
            ("NAME", "Órla Ní Fhlannagáin"),
            ("LICENSE", "019224"),
        ],
    ),
    (
        """UHL Eye Dept - theatre booking form. Name: Pádraig Ó Súilleabháin-Hayes, MRN 02217765, address: Cnoc na Rí, Patrickswell, Co. Limerick, mob 086 702 4413. Procedure: L ERM peel + ILM peel with Brilliant Blue G, SF6 gas. Date: 19/11/2026.""",
        [
            ("NAME", "Pádraig Ó Súilleabháin-Hayes"),
            ("MRN", "02217765"),
            ("ADDRESS", "Cnoc na Rí"),
            ("ADDRESS", "Patrickswell"),
            ("ADDRESS", "Limerick"),
            ("PHONE", "086 702 4413"),
            ("DATE", "19/11/2026"),
        ],
    ),
    (
        """Visiting ophthalmologist clinic, Balfour Hospital: Mr Magnus Flett, 92, from Quoyloo near Stromness. Wet AMD R, VA 6/36; travels by ferry for injections - consider treat-and-extend. - Dr Eilidh Sinclair-Rendall""",
        [
            ("NAME", "Magnus Flett"),
            ("AGE", "92"),
            ("ADDRESS", "Quoyloo"),
            ("ADDRESS", "Stromness"),
            ("NAME", "Eilidh Sinclair-Rendall"),
        ],
    ),
    (
        """Consultation 12-Oct-2026 10:20, Hightown Surgery
Patient: Ms Pearl Abiodun-Hayes   DOB 18-Feb-1932 (94y)   NHS 943 210 0073
History: sore red L eye 2/7, photophobia, reduced vision. Examination: ciliary injection, irregular pupil. Plan: same-day referral to eye casualty (spoke to on-call, Dr Lalita Ramkissoon). Problem: ?anterior uveitis.""",
        [
            ("DATE", "12-Oct-2026"),
            ("NAME", "Pearl Abiodun-Hayes"),
            ("DATE", "18-Feb-1932"),
            ("AGE", "94"),
            ("MRN", "943 210 0073"),
            ("NAME", "Lalita Ramkissoon"),
        ],
    ),
    (
        """Letter from Mrs Iona Petrakis of Wells: 'I would like to complain that I waited four hours in eye casualty on 28 May with my husband Spiros, who had a painful red eye, and nobody told us what was happening.' Signed Iona Petrakis. Tel 01749 670 228.""",
        [
            ("NAME", "Iona Petrakis"),
            ("ADDRESS", "Wells"),
            ("DATE", "28 May"),
            ("NAME", "Spiros"),
            ("NAME", "Iona Petrakis"),
            ("PHONE", "01749 670 228"),
        ],
    ),
    (
        """Mrs Anjali Sharma-Kendrick
9 Nantwich Road
Crewe CW2 6AP

Dear Mrs Sharma-Kendrick,
As you are pregnant and have type 1 diabetes, you are invited for extra eye screening. Appointment: Wednesday 14 January 2026, 11:40, Leighton Hospital eye screening suite. To rearrange, call 01270 612 344 or email mcht.desp@nhs.net.
Screening Office""",
        [
            ("NAME", "Anjali"),
            ("NAME", "Sharma-Kendrick"),
            ("ADDRESS", "9 Nantwich Road"),
            ("ADDRESS", "Crewe"),
            ("ZIP", "CW2 6AP"),
            ("NAME", "Sharma-Kendrick"),
            ("DATE", "14 January 2026"),
            ("PHONE", "01270 612 344"),
            ("EMAIL", "mcht.desp@nhs.net"),
        ],
    ),
    (
        """[Dictation] ... letter to the GP please ... the patient is Mr Eustace Pemberton-Hughes, date of birth fourth of July nineteen thirty-three, so he's ninety-three, lives in Maidstone, postcode M-E-fourteen, five-T-Q, hospital number seven seven four, two two nine one. He has Fuchs' dystrophy and now bullous keratopathy on the left, full stop. I have listed him for a left DSAEK, full stop, new paragraph ...""",
        [
            ("NAME", "Eustace Pemberton-Hughes"),
            ("DATE", "fourth of July nineteen thirty-three"),
            ("AGE", "ninety-three"),
            ("ADDRESS", "Maidstone"),
            ("ZIP", "M-E-fourteen, five-T-Q"),
            ("MRN", "seven seven four, two two nine one"),
        ],
    ),
    (
        """Handover eye ward 19:30 - bed 4 winston (RD repair, face-down posturing 50 min/hr), bed 6 mrs agnieszka nowak-brennan (acute angle closure, IV acetazolamide due 22:00, pilocarpine 2% given), bed 9 for discharge am, drops explained, daughter collecting. - handed over by dee to marcus.""",
        [
            ("NAME", "winston"),
            ("NAME", "agnieszka nowak-brennan"),
            ("NAME", "dee"),
            ("NAME", "marcus"),
        ],
    ),
    (
        """Locum optometrist booking confirmed: Tomasz Zielinski-Frost, GOC 01-40917, for the HES glaucoma clinic, Mon 7 Sept and Tue 8 Sept 2026. Invoice to be sent to locums@eyeagencyuk.co.uk.""",
        [
            ("NAME", "Tomasz Zielinski-Frost"),
            ("LICENSE", "01-40917"),
            ("DATE", "7 Sept"),
            ("DATE", "8 Sept 2026"),
            ("EMAIL", "locums@eyeagencyuk.co.uk"),
        ],
    ),
    (
        """Dear Dr Mark Ellery,
I reviewed Mrs Rose Cheverton in clinic today. She has marked ocular surface staining (Oxford grade 3) and a Schirmer of 3 mm at 5 minutes. I will mark her for punctal plugs and will see her again after they are inserted. She asked for results to her email, rose.chev@gmail.com.
Dr Will Ashcombe""",
        [
            ("NAME", "Mark Ellery"),
            ("NAME", "Rose Cheverton"),
            ("EMAIL", "rose.chev@gmail.com"),
            ("NAME", "Will Ashcombe"),
        ],
    ),
    (
        """Community optometry (MECS) record: Mr Gideon Ashworth, 4 Castleton Road, Hope, Hope Valley S33 6RD. Presenting: flashes L eye, no new floaters. Dilated: no tear, PVD L. Advice given, SOS. Optometrist: Farah Qadir, GOC 01-33745.""",
        [
            ("NAME", "Gideon Ashworth"),
            ("ADDRESS", "4 Castleton Road"),
            ("ADDRESS", "Hope"),
            ("ADDRESS", "Hope Valley"),
            ("ZIP", "S33 6RD"),
            ("NAME", "Farah Qadir"),
            ("LICENSE", "01-33745"),
        ],
    ),
    (
        """Vision screening (age 4-5) - Child: Alfie-James Boateng-Wright, Reception class, Little London Primary (Leeds LS7). Result: R 0.375 logMAR, L 0.100 - referral to orthoptics. Parent e-mail: shanice.b92@hotmail.co.uk.""",
        [
            ("NAME", "Alfie-James Boateng-Wright"),
            ("ADDRESS", "Leeds"),
            ("ZIP", "LS7"),
            ("EMAIL", "shanice.b92@hotmail.co.uk"),
        ],
    ),
    (
        """MSH|^~\\&|HEYEX|RBHEYE|EPR|RBH|202609141022||ORU^R01|0009981|P|2.4
PID|1||6612047^^^RBH^MRN~9017734256^^^NHS^NH||GRUFFYDD^Eluned^Mair^^Mrs||19470312|F|||Bryn Awel^2 Heol y Nant^Cwmbran^^NP44 3TS||01633 874 410
OBR|1||OCT-26-55812|OCT MACULA^^L|||202609140955|||||||||C2077^OKONJO-ADEBAYO^Folake
OBX|1|TX|CST^Central subfield thickness||R 281 um; L 344 um||||||F
OBX|2|TX|DEVICE^Device||Spectralis SN 44108827||||||F""",
        [
            ("DATE", "202609141022"),
            ("MRN", "6612047"),
            ("MRN", "9017734256"),
            ("NAME", "GRUFFYDD^Eluned^Mair"),
            ("DATE", "19470312"),
            ("ADDRESS", "Bryn Awel^2 Heol y Nant"),
            ("ADDRESS", "Cwmbran"),
            ("ZIP", "NP44 3TS"),
            ("PHONE", "01633 874 410"),
            ("DATE", "202609140955"),
            ("NAME", "OKONJO-ADEBAYO^Folake"),
            ("DEVICE", "44108827"),
        ],
    ),
    (
        """nhs_no,hosp_no,surname,forename,clinic_date,outcome
4010232137,RK0448213,ASHDOWN,Winifred,2026-11-03,F/U 6/52
6128849318,60219834,DESAI,Harshad,2026-11-03,F/U 8/52""",
        [
            ("MRN", "4010232137"),
            ("MRN", "RK0448213"),
            ("NAME", "ASHDOWN"),
            ("NAME", "Winifred"),
            ("DATE", "2026-11-03"),
            ("MRN", "6128849318"),
            ("MRN", "60219834"),
            ("NAME", "DESAI"),
            ("NAME", "Harshad"),
            ("DATE", "2026-11-03"),
        ],
    ),
    (
        """Image link for the corneal MDT (expires after the meeting): https://share.eyeimaging-nhs.uk/c/8f3KQ2x7/ashdown-w-2026-11 - slit-lamp photos and AS-OCT. Please do not forward outside the trust.""",
        [
            ("URL", "https://share.eyeimaging-nhs.uk/c/8f3KQ2x7/ashdown-w-2026-11"),
        ],
    ),
    (
        """Implant record - iStent inject W (2 stents) placed nasally during L phaco, serial 4471-0293-18, lot 25H0117. Patient: Oluwafemi Adeyinka-Sowande, surgery 11/02/2026. Implant card given to patient; copy scanned.""",
        [
            ("DEVICE", "4471-0293-18"),
            ("NAME", "Oluwafemi Adeyinka-Sowande"),
            ("DATE", "11/02/2026"),
        ],
    ),
    (
        """Clinic note: seen with his son. Happy with the result of the left cataract surgery, VA 6/6 unaided. Discharged. - Dr C. Mbeki-Oduya""",
        [
            ("NAME", "C. Mbeki-Oduya"),
        ],
    ),
    (
        """Glaucoma clinic 04/08/2026: IOP 17/18 on Ganfort, fields stable, continue. Patient asks that letters go to her new address, 11 Bramble Walk, Sale.""",
        [
            ("DATE", "04/08/2026"),
            ("ADDRESS", "11 Bramble Walk"),
            ("ADDRESS", "Sale"),
        ],
    ),
    # ---------------------------------------------------------------- US, Canada, Caribbean
    (
        """RETINA CONSULT - 10/14/2025
Pt: Delmar T. Washington Jr.   MRN 004418273   Acct 9921003847
Ins: Medicare MBI 3HT7-QW2-RN48
Ref by: Kathleen O'Rourke-Diaz, OD (NPI 1487702196), Lakeview Vision Center, Chicago
HPI: 67 yo M with PDR OU s/p PRP OD 2019, new VH OS. VA 20/40 OD, HM OS. IOP 15/17. B-scan OS: attached retina, dense VH.
Plan: anti-VEGF OS today (bevacizumab 1.25 mg/0.05 mL), consider PPV if no clearing in 4-6 wk.""",
        [
            ("DATE", "10/14/2025"),
            ("NAME", "Delmar T. Washington"),
            ("MRN", "004418273"),
            ("ACCOUNT", "9921003847"),
            ("INSURANCE", "3HT7-QW2-RN48"),
            ("NAME", "Kathleen O'Rourke-Diaz"),
            ("LICENSE", "1487702196"),
            ("ADDRESS", "Chicago"),
        ],
    ),
    (
        """Phone msg 2:45p 7/2 - pt's wife Marybeth Kowalczyk (cell 412-863-0187) calling for husband Stan. Reports curtain over L eye since this AM, flashes x2 days. Hx RRD OD 2021. Told to come to ER now; Dr. Abernathy on call notified. -T. Nguyen, COT""",
        [
            ("DATE", "7/2"),
            ("NAME", "Marybeth Kowalczyk"),
            ("PHONE", "412-863-0187"),
            ("NAME", "Stan"),
            ("NAME", "Abernathy"),
            ("NAME", "T. Nguyen"),
        ],
    ),
    (
        """Billing inquiry - Guarantor: Lorraine Pettibone, 88 Sycamore Hollow Rd, Chagrin Falls, OH 44022. Patient account 40-118823-7, invoice INV-2026-004471 for CPT 67028 (intravitreal injection) + J0178 x2 mg. Primary: Anthem BCBS member ID YRK884129036, group 0072145. Balance $212.40 after adjustment. LM 05/02/26 - jc""",
        [
            ("NAME", "Lorraine Pettibone"),
            ("ADDRESS", "88 Sycamore Hollow Rd"),
            ("ADDRESS", "Chagrin Falls"),
            ("ZIP", "44022"),
            ("ACCOUNT", "40-118823-7"),
            ("ACCOUNT", "INV-2026-004471"),
            ("INSURANCE", "YRK884129036"),
            ("INSURANCE", "0072145"),
            ("DATE", "05/02/26"),
            ("NAME", "jc"),
        ],
    ),
    (
        """Procedure: Ahmed FP7 valve implantation OS, 09/22/2025. Device serial no. FP7-224417-03, lot 99180A. Pericardial patch graft over tube. Anesthesia: MAC + retrobulbar block, 4 mL 2% lidocaine. Surgeon: Evangeline Pruitt-Okoye MD.""",
        [
            ("DATE", "09/22/2025"),
            ("DEVICE", "FP7-224417-03"),
            ("NAME", "Evangeline Pruitt-Okoye"),
        ],
    ),
    (
        """Glaucoma Clinic (TWH)
Patient: Marie-Ève Tremblay-Nakamura   OHIP 5563-214-872-KT   Chart #: TW0092215
Referred by Dr. Gurpreet Sandhu (CPSO #88412), Brampton.
Visit 2026-01-12: IOP 21/19 on Cosopt; OCT RNFL 71/78 µm. Continue. RTC 4 mo.""",
        [
            ("NAME", "Marie-Ève Tremblay-Nakamura"),
            ("INSURANCE", "5563-214-872-KT"),
            ("MRN", "TW0092215"),
            ("NAME", "Gurpreet Sandhu"),
            ("LICENSE", "88412"),
            ("ADDRESS", "Brampton"),
            ("DATE", "2026-01-12"),
        ],
    ),
    (
        """Note de triage / Triage note - 14 mars 2026
Nom: Jean-Baptiste Lévesque, RAMQ LEVJ 4503 1219, de Saint-Hyacinthe, tél. 450-774-2093
Douleur OG, photophobie, AV 20/200 OG. Ulcère cornéen chez un porteur de lentilles. Culture + collyres fortifiés q1h.""",
        [
            ("DATE", "14 mars 2026"),
            ("NAME", "Jean-Baptiste Lévesque"),
            ("INSURANCE", "LEVJ 4503 1219"),
            ("ADDRESS", "Saint-Hyacinthe"),
            ("PHONE", "450-774-2093"),
        ],
    ),
    (
        """Retina referral triage (fax received 2025-12-03)
PHN 9876 512 340; Lapu-Lapu Dimaculangan, 63 M; Vancouver.
Referring: Dr. Hemi Pōtae-Stewart, Kelowna, fax 250-762-0045.
Triage: macula-on RD inferotemporal OD on Optos -> urgent, see within 24 h. Called pt 14:05, booked tomorrow 08:30.""",
        [
            ("DATE", "2025-12-03"),
            ("INSURANCE", "9876 512 340"),
            ("NAME", "Lapu-Lapu Dimaculangan"),
            ("ADDRESS", "Vancouver"),
            ("NAME", "Hemi Pōtae-Stewart"),
            ("ADDRESS", "Kelowna"),
            ("FAX", "250-762-0045"),
        ],
    ),
    (
        """{"resourceType":"Patient","identifier":[{"system":"urn:oid:2.16.840.1.113883.3.4421","value":"MR-00912274"}],"name":[{"family":"Bergstrom-Achebe","given":["Linnea","Ruth"]}],"gender":"female","birthDate":"1934-12-19","telecom":[{"system":"phone","value":"+1 (651) 429-8107"},{"system":"email","value":"linnea.ba@outlook.com"}],"address":[{"line":["1457 Grand Ave Apt 2B"],"city":"Saint Paul","state":"MN","postalCode":"55105"}]}""",
        [
            ("MRN", "MR-00912274"),
            ("NAME", "Bergstrom-Achebe"),
            ("NAME", "Linnea"),
            ("NAME", "Ruth"),
            ("DATE", "1934-12-19"),
            ("PHONE", "+1 (651) 429-8107"),
            ("EMAIL", "linnea.ba@outlook.com"),
            ("ADDRESS", "1457 Grand Ave Apt 2B"),
            ("ADDRESS", "Saint Paul"),
            ("ZIP", "55105"),
        ],
    ),
    (
        """{"resourceType":"Device","identifier":[{"type":{"text":"Serial Number"},"value":"OCT-HS2-40087731"}],"manufacturer":"Heidelberg Engineering","modelNumber":"SPECTRALIS HRA+OCT","version":[{"value":"6.16.8.0"}],"location":{"display":"Wills Eye Imaging Suite 3"},"patient":{"reference":"Patient/MRN-3381204","display":"Okwuosa, Ifeanyi"}}""",
        [
            ("DEVICE", "OCT-HS2-40087731"),
            ("MRN", "MRN-3381204"),
            ("NAME", "Okwuosa, Ifeanyi"),
        ],
    ),
    (
        """MSH|^~\\&|EPIC|WILMERSB|OPHTH|JHH|20260315083012||ADT^A04|MSG00044|P|2.5.1
PID|1||44718820^^^JHH^MR~W229184057^^^AETNA^HP||MCCLENDON^TYRELL^JAMAL||19900622|M|||3307 Greenmount Ave^^Baltimore^MD^21218||(410)366-2045^PRN^PH~^NET^Internet^tjmcclendon90@gmail.com|||||882104471^^^JHH^AN
PV1|1|O|WILMER^RET2^^||||1336801234^KRISHNAMURTHY^ANAND^^^DR|||OPH""",
        [
            ("DATE", "20260315083012"),
            ("MRN", "44718820"),
            ("INSURANCE", "W229184057"),
            ("NAME", "MCCLENDON^TYRELL^JAMAL"),
            ("DATE", "19900622"),
            ("ADDRESS", "3307 Greenmount Ave"),
            ("ADDRESS", "Baltimore"),
            ("ZIP", "21218"),
            ("PHONE", "(410)366-2045"),
            ("EMAIL", "tjmcclendon90@gmail.com"),
            ("ACCOUNT", "882104471"),
            ("LICENSE", "1336801234"),
            ("NAME", "KRISHNAMURTHY^ANAND"),
        ],
    ),
    (
        """Interpreter: Spanish, Sra. Guadalupe Ybarra-Cienfuegos. Patient: Nicolás Altamirano Peña, 58 y/o, MRN 2207-5519. Dx: CRVO OS with macular edema. s/p Eylea #3 on 3/20. Today: CST 305 -> 262. Continue q4wk.""",
        [
            ("NAME", "Guadalupe Ybarra-Cienfuegos"),
            ("NAME", "Nicolás Altamirano Peña"),
            ("MRN", "2207-5519"),
            ("DATE", "3/20"),
        ],
    ),
    (
        """VA Eye Clinic - Veteran: Sgt. (ret.) Cornelius 'Neil' Abernathy-Stokes, age 92, ICN 1012884471V338120. Dx: bilateral pseudophakia, PCO OD -> YAG capsulotomy OD 2/9/26, 3.2 mJ x 48 shots. Lives in Normal, IL with son Darnell.""",
        [
            ("NAME", "Cornelius 'Neil' Abernathy-Stokes"),
            ("AGE", "92"),
            ("MRN", "1012884471V338120"),
            ("DATE", "2/9/26"),
            ("ADDRESS", "Normal"),
            ("NAME", "Darnell"),
        ],
    ),
    (
        """FAX - Prior Authorization Request
To: UnitedHealthcare Pharmacy PA, fax 1-866-940-7328
From: Retina Consultants of the Carolinas, Dr. Priyanka Iyengar-Walsh, NPI 1659483027, phone 704-355-1180
Member: Hazel Treadwell-Mbeki, DOB 08/23/1951, Member ID 948211037-01
Drug: faricimab-svoa 6 mg IVT OS q8-16 wk, HCPCS J2777. Dx H35.3221. Prior trial of bevacizumab x6 (01/2025-07/2025) failed: persistent IRF, CST 388.""",
        [
            ("FAX", "1-866-940-7328"),
            ("NAME", "Priyanka Iyengar-Walsh"),
            ("LICENSE", "1659483027"),
            ("PHONE", "704-355-1180"),
            ("NAME", "Hazel Treadwell-Mbeki"),
            ("DATE", "08/23/1951"),
            ("INSURANCE", "948211037-01"),
            ("DATE", "01/2025"),
            ("DATE", "07/2025"),
        ],
    ),
    (
        """MyChart msg from pt (Bo Hendrix) 11/03 9:47pm: hey doc its bo again. the floaters are way worse + theres like a gray shadow at the bottom of my right eye?? I'm in Tulsa visiting my sister, can't get back till friday.
-- reply by triage RN 11/04 07:12: Bo, please go to an ER today and tell them you may have a retinal detachment.""",
        [
            ("NAME", "Bo"),
            ("NAME", "Hendrix"),
            ("DATE", "11/03"),
            ("NAME", "bo"),
            ("ADDRESS", "Tulsa"),
            ("DATE", "11/04"),
            ("NAME", "Bo"),
        ],
    ),
    (
        """FLUORESCEIN ANGIOGRAPHY REPORT
Patient: Yevgenia Rabinowitz-Cole   MRN 55120873   Acct 7713094418   DOS 2026-02-17
Camera: Topcon TRC-50DX (serial 5221487); 5 mL 10% fluorescein IV, no reaction.
Findings OS: lacy hyperfluorescence in early frames with late leakage, consistent with classic CNV, subfoveal. OD: drusen, window defects.
Reading physician: Bartholomew Achebe-Lindqvist, MD""",
        [
            ("NAME", "Yevgenia Rabinowitz-Cole"),
            ("MRN", "55120873"),
            ("ACCOUNT", "7713094418"),
            ("DATE", "2026-02-17"),
            ("DEVICE", "5221487"),
            ("NAME", "Bartholomew Achebe-Lindqvist"),
        ],
    ),
    (
        """Peds ophtho f/u - Kennedy Oyelowo-Park (3 yo) with mom Faith. Congenital NLDO OD, probing 5/12/26 successful, no further epiphora. Family lives in Independence, MO. Mom email faith.oyelowopark@yahoo.com. RTC prn.""",
        [
            ("NAME", "Kennedy Oyelowo-Park"),
            ("NAME", "Faith"),
            ("DATE", "5/12/26"),
            ("ADDRESS", "Independence"),
            ("EMAIL", "faith.oyelowopark@yahoo.com"),
        ],
    ),
    (
        """ED - chemical injury OU (oven cleaner). Pt ID verified by driver's license: Leandro Fitzwilliam-Okoro, WA DL FITZWLO512Q9. pH 11 -> irrigated 6 L NS until pH 7.5. Roper-Hall grade II OD. MRN 3012-77814.""",
        [
            ("NAME", "Leandro Fitzwilliam-Okoro"),
            ("LICENSE", "FITZWLO512Q9"),
            ("MRN", "3012-77814"),
        ],
    ),
    (
        """patient_id,last_name,first_name,dob,eye,drug,inj_date,va_logmar,cst_um
EYE-104422,Vasquez-Trinh,Marguerite,1946-03-30,OS,aflibercept 2mg,2026-07-08,0.48,312
EYE-104422,Vasquez-Trinh,Marguerite,1946-03-30,OS,aflibercept 2mg,2026-08-19,0.40,287
EYE-108713,Lowenstein,Abe,1931-10-02,OD,faricimab 6mg,2026-08-19,0.70,354""",
        [
            ("MRN", "EYE-104422"),
            ("NAME", "Vasquez-Trinh"),
            ("NAME", "Marguerite"),
            ("DATE", "1946-03-30"),
            ("DATE", "2026-07-08"),
            ("MRN", "EYE-104422"),
            ("NAME", "Vasquez-Trinh"),
            ("NAME", "Marguerite"),
            ("DATE", "1946-03-30"),
            ("DATE", "2026-08-19"),
            ("MRN", "EYE-108713"),
            ("NAME", "Lowenstein"),
            ("NAME", "Abe"),
            ("DATE", "1931-10-02"),
            ("DATE", "2026-08-19"),
        ],
    ),
    (
        """Telehealth visit link sent: https://telehealth.northshoreeye.org/join/v/7Hq2-KM8Z-pt44718 to pt (roxy.db@icloud.com) for 06/11/2026 10:40 CT. If audio fails call 847-570-3301.""",
        [
            ("URL", "https://telehealth.northshoreeye.org/join/v/7Hq2-KM8Z-pt44718"),
            ("EMAIL", "roxy.db@icloud.com"),
            ("DATE", "06/11/2026"),
            ("PHONE", "847-570-3301"),
        ],
    ),
    (
        """pre-op call: spoke w/ pt's daughter-in-law rosa (pt doesn't speak english), confirmed NPO after midnight, arrival 0615, ride = son miguel. pt on eliquis - held x48h per dr. feldstein. procedure 8/14 L PPV/MP for FTMH. - jl rn""",
        [
            ("NAME", "rosa"),
            ("NAME", "miguel"),
            ("NAME", "feldstein"),
            ("DATE", "8/14"),
            ("NAME", "jl"),
        ],
    ),
    (
        """Eligibility check 2026-09-02 for Tobiah Greenbaum: Medicaid (NY) CIN KT48213R, plan Fidelis Care, member ID 40012288173. Secondary: Medicare Part B, MBI 7KA2-XN4-PD91. PCP: Dr. Shoshana Mizrahi, Brooklyn.""",
        [
            ("DATE", "2026-09-02"),
            ("NAME", "Tobiah Greenbaum"),
            ("INSURANCE", "KT48213R"),
            ("INSURANCE", "40012288173"),
            ("INSURANCE", "7KA2-XN4-PD91"),
            ("NAME", "Shoshana Mizrahi"),
            ("ADDRESS", "Brooklyn"),
        ],
    ),
    (
        """CONTACT LENS PRESCRIPTION
Patient: Brayden Whitlock-Sayeed   DOB: 02/29/2004
OD: Acuvue Oasys 8.4 / 14.0 / -3.25   OS: 8.4 / 14.0 / -3.50 -0.75 x 180
Expires one year from exam date 07/15/2026
Prescriber: Nadia Khoury-Lambert, OD - TX license #6042, 2410 Broadway, Lubbock TX 79401, ph 806-744-0921""",
        [
            ("NAME", "Brayden Whitlock-Sayeed"),
            ("DATE", "02/29/2004"),
            ("DATE", "07/15/2026"),
            ("NAME", "Nadia Khoury-Lambert"),
            ("LICENSE", "6042"),
            ("ADDRESS", "2410 Broadway"),
            ("ADDRESS", "Lubbock"),
            ("ZIP", "79401"),
            ("PHONE", "806-744-0921"),
        ],
    ),
    (
        """Outreach eye clinic - Moose Factory. Pt: Sarah Wapachee-Linklater, OHIP 4427-883-196-AB. DR screening: moderate NPDR OU, DMO OS. Teleretinal images sent to the reading centre in Timmins. Next outreach visit in 6 months.""",
        [
            ("ADDRESS", "Moose Factory"),
            ("NAME", "Sarah Wapachee-Linklater"),
            ("INSURANCE", "4427-883-196-AB"),
            ("ADDRESS", "Timmins"),
        ],
    ),
    (
        """Rockyview Eye Clinic. Date of visit: Nov. 3, 2026
Patient: Dwayne Two Young Men, 71. Address: Box 118, Morley AB T0L 1N0.
Dx: pseudoexfoliation glaucoma OD, cataract OU. IOP 28/17 on Xalacom. Plan SLT OD, cataract surgery after.""",
        [
            ("DATE", "Nov. 3, 2026"),
            ("NAME", "Dwayne Two Young Men"),
            ("ADDRESS", "Box 118"),
            ("ADDRESS", "Morley"),
            ("ZIP", "T0L 1N0"),
        ],
    ),
    (
        """Dear Dr. MacNeil,
I saw Mr. Angus Ruairidh MacIsaac (MSI 0041 882 917, QEII unit #1187720) on January 29, 2026. He has meibomian gland dysfunction with evaporative dry eye and anterior blepharitis; TBUT 4 s, Schirmer normal. I have advised warm compresses, lid hygiene and doxycycline 40 mg daily for three months. He lives in Mabou and would prefer follow-up closer to home.
Sincerely,
Geneviève Boudreau-LeBlanc, MD FRCSC""",
        [
            ("NAME", "MacNeil"),
            ("NAME", "Angus Ruairidh MacIsaac"),
            ("INSURANCE", "0041 882 917"),
            ("MRN", "1187720"),
            ("DATE", "January 29, 2026"),
            ("ADDRESS", "Mabou"),
            ("NAME", "Geneviève Boudreau-LeBlanc"),
        ],
    ),
    (
        """Pt Keoni Kahananui-Fujimoto, 88, from Hilo (mailing: PO Box 1083, Hilo HI 96721). Flew to Oʻahu for PDT. Verteporfin 6 mg/m² BSA 1.9. Spot 5600 µm, 83 s. Ride: niece Leilani 808-935-2274.""",
        [
            ("NAME", "Keoni Kahananui-Fujimoto"),
            ("ADDRESS", "Hilo"),
            ("ADDRESS", "PO Box 1083"),
            ("ADDRESS", "Hilo"),
            ("ZIP", "96721"),
            ("NAME", "Leilani"),
            ("PHONE", "808-935-2274"),
        ],
    ),
    (
        """DICTATION
This is doctor Wendell Armitage dictating a clinic note on patient Felicity Crump, C-R-U-M-P, medical record number six six four, one one two, zero eight. Date of service October first, twenty twenty-six. Ms. Crump is a pleasant ninety-one-year-old woman with narrow angles and a plateau iris configuration on UBM, period. Plan: YAG peripheral iridotomy both eyes, right first, period. End of dictation.""",
        [
            ("NAME", "Wendell Armitage"),
            ("NAME", "Felicity"),
            ("NAME", "Crump"),
            ("NAME", "C-R-U-M-P"),
            ("MRN", "six six four, one one two, zero eight"),
            ("DATE", "October first, twenty twenty-six"),
            ("NAME", "Crump"),
            ("AGE", "ninety-one"),
        ],
    ),
    (
        """Study visit: phase 3 GA trial, subject 104-0273 (site 104). Screening visit today; FAF lesion area 7.4 mm². Site coordinator: Desiree Pankhurst, desiree.pankhurst@midwestretina.com, 614-442-8830 x211.""",
        [
            ("NAME", "Desiree Pankhurst"),
            ("EMAIL", "desiree.pankhurst@midwestretina.com"),
            ("PHONE", "614-442-8830"),
        ],
    ),
    (
        """Trauma consult: MVC, airbag deployment, L hyphema 30%, IOP 38. EMS report: driver, 2019 Honda Civic, VIN 2HGFC2F59KH504418, plate CA 8KTR227. Pt: Dominique Ashby-Reyes, 24F. Sister Jacqueline in waiting room.""",
        [
            ("VEHICLE", "2HGFC2F59KH504418"),
            ("VEHICLE", "8KTR227"),
            ("NAME", "Dominique Ashby-Reyes"),
            ("NAME", "Jacqueline"),
        ],
    ),
    (
        """Portal access log: account owner Ferdinand Oyelaran (proxy for his mother, MRN 30044812) logged in 2026-10-11T21:04:55Z from 73.162.48.209 and downloaded the visit summary (ERG report). Second login from 2601:646:8a00:1e0::3b4.""",
        [
            ("NAME", "Ferdinand Oyelaran"),
            ("MRN", "30044812"),
            ("DATE", "2026-10-11T21:04:55Z"),
            ("IP", "73.162.48.209"),
            ("IP", "2601:646:8a00:1e0::3b4"),
        ],
    ),
    (
        """Low vision rehab intake - Mrs. Opal Hutchins-Ferreira, 90, widowed, lives alone at 3 Magnolia Ct, Hope, AR 71801. Dx: geographic atrophy OU, VA 20/400 OU. Reads with 6x stand magnifier. Daughter Ruby lives in Texarkana.""",
        [
            ("NAME", "Opal Hutchins-Ferreira"),
            ("AGE", "90"),
            ("ADDRESS", "3 Magnolia Ct"),
            ("ADDRESS", "Hope"),
            ("ZIP", "71801"),
            ("NAME", "Ruby"),
            ("ADDRESS", "Texarkana"),
        ],
    ),
    (
        """Referral letter dated 15 Oct 2026 from Dr. Siobhan Kavanagh-Power, Family Practice, Paradise NL, fax 709-782-3320. Re: Cyril Hann, MCP 118 225 904 077, age 93. Sudden onset binocular diplopia with R ptosis and a dilated R pupil - please see urgently (?PComm aneurysm, CT angiogram ordered).""",
        [
            ("DATE", "15 Oct 2026"),
            ("NAME", "Siobhan Kavanagh-Power"),
            ("ADDRESS", "Paradise"),
            ("FAX", "709-782-3320"),
            ("NAME", "Cyril Hann"),
            ("INSURANCE", "118 225 904 077"),
            ("AGE", "93"),
        ],
    ),
    (
        """Neuro-ophth: Ms. Adie Horner - L Horner syndrome confirmed on apraclonidine testing; not an Adie tonic pupil. MRI/MRA neck ordered to rule out carotid dissection. MRN 1188-2046. Email adie.horner79@gmail.com.""",
        [
            ("NAME", "Adie Horner"),
            ("MRN", "1188-2046"),
            ("EMAIL", "adie.horner79@gmail.com"),
        ],
    ),
    (
        """Oculoplastics post-op 1 wk: s/p L lower lid Mohs (BCC) reconstruction with Hughes tarsoconjunctival flap on 06/03/26. Pt Wilfred Ingersoll doing well. Flap division planned 07/08/26. Pt's caregiver: Hope Ingersoll-Baines, 423-876-1192.""",
        [
            ("DATE", "06/03/26"),
            ("NAME", "Wilfred Ingersoll"),
            ("DATE", "07/08/26"),
            ("NAME", "Hope Ingersoll-Baines"),
            ("PHONE", "423-876-1192"),
        ],
    ),
    (
        """Transport note: pt drove himself to his dilated exam despite counselling - vehicle a blue Ford F-150, plate TX KJR-4418. Daughter (Celestine, 832-409-1172) to drive him home.""",
        [
            ("VEHICLE", "KJR-4418"),
            ("NAME", "Celestine"),
            ("PHONE", "832-409-1172"),
        ],
    ),
    (
        """Cirrus HD-OCT 5000 SN 5000-21488 | export host 10.210.3.77 | Patient: DeShawn Lafleur-Ortiz | PID 00-4471-382 | DOB 1983/11/06 | Exam 2026/02/19 14:22 | Macular Cube 512x128 OD SS 8/10 | CST 244 µm | ILM-RPE thickness map attached""",
        [
            ("DEVICE", "5000-21488"),
            ("IP", "10.210.3.77"),
            ("NAME", "DeShawn Lafleur-Ortiz"),
            ("MRN", "00-4471-382"),
            ("DATE", "1983/11/06"),
            ("DATE", "2026/02/19"),
        ],
    ),
    (
        """Incident IR-2026-0912: during PPV on 9/30/2026 the Constellation vitrectomy console (serial 1406-88217) displayed error 'IOP compensation fault'. Case completed with the backup unit (serial 1406-90431). Biomed notified. Reporter: OR RN Bethany Kowalski-Lopes.""",
        [
            ("DATE", "9/30/2026"),
            ("DEVICE", "1406-88217"),
            ("DEVICE", "1406-90431"),
            ("NAME", "Bethany Kowalski-Lopes"),
        ],
    ),
    (
        """Genetic testing report - Proband: Calloway, Jasper (DOB 2011-04-19). Result: pathogenic RPGR ORF15 variant, X-linked RP. Mother Tamsin Calloway (carrier, tapetal-like reflex). Maternal grandfather blind by 40. Ordering provider: Dr. Anneliese Vogt-Hampton, St. Louis.""",
        [
            ("NAME", "Calloway, Jasper"),
            ("DATE", "2011-04-19"),
            ("NAME", "Tamsin Calloway"),
            ("NAME", "Anneliese Vogt-Hampton"),
            ("ADDRESS", "St. Louis"),
        ],
    ),
    (
        """Compounding pharmacy label: bevacizumab 1.25 mg/0.05 mL, Rx #7710493 for KAMAU-REYES, ESPERANZA, DOB 03/02/1950. Lot B26-0441, BUD 14 days refrigerated. Ship to: Retina Institute, 1601 NE 15th St Ste 200, Fort Lauderdale FL 33304.""",
        [
            ("NAME", "KAMAU-REYES, ESPERANZA"),
            ("DATE", "03/02/1950"),
            ("ADDRESS", "1601 NE 15th St Ste 200"),
            ("ADDRESS", "Fort Lauderdale"),
            ("ZIP", "33304"),
        ],
    ),
    (
        """Referral by fax from Swift Current, 2026-07-07: Mr. Reinhold Schellenberg, 85, HSN 774 118 902, from Herbert SK. Progressive ptosis OU, variable diplopia; ice pack test positive -> ?ocular myasthenia. AChR antibodies sent. Please see in the Saskatoon neuro-ophthalmology clinic.""",
        [
            ("ADDRESS", "Swift Current"),
            ("DATE", "2026-07-07"),
            ("NAME", "Reinhold Schellenberg"),
            ("INSURANCE", "774 118 902"),
            ("ADDRESS", "Herbert"),
            ("ADDRESS", "Saskatoon"),
        ],
    ),
    (
        """claim_no,health_no,ver,pt_name,dob,svc_date,fee_code,dx,amount
C26-004418,7734120095,QR,SINGH HARJIT KAUR,19600915,20260112,G435,365,15.55
C26-004419,1188243602,,OKAFOR CHIOMA,19791130,20260113,E154,370,120.00""",
        [
            ("ACCOUNT", "C26-004418"),
            ("INSURANCE", "7734120095"),
            ("NAME", "SINGH HARJIT KAUR"),
            ("DATE", "19600915"),
            ("DATE", "20260112"),
            ("ACCOUNT", "C26-004419"),
            ("INSURANCE", "1188243602"),
            ("NAME", "OKAFOR CHIOMA"),
            ("DATE", "19791130"),
            ("DATE", "20260113"),
        ],
    ),
    (
        """Portal: 'hi dr. sato this is summer reyes-lindqvist, my contacts r making my eyes burn since i switched solutions, can i come in thurs?'
Staff reply: 'Hi Summer, Dr. Sato has openings Thu 2:15 or 3:40. Please stop wearing the lenses until you are seen.' - Hunter B., front desk""",
        [
            ("NAME", "sato"),
            ("NAME", "summer reyes-lindqvist"),
            ("NAME", "Summer"),
            ("NAME", "Sato"),
            ("NAME", "Hunter B."),
        ],
    ),
    (
        """University Hospital of the West Indies - Eye Clinic
Name: Desmond Alphonso Campbell-Grant   Docket no: 229-41-87
Address: 14 Hope Road, Kingston 6   Tel: 876-399-1182 (cell)
NHF card: 1004887215
Dx: POAG OU, advanced OS (C/D 0.95). On timolol 0.5% bd + latanoprost nocte. IOP 19/23. Trab OS booked 12 March 2026.""",
        [
            ("NAME", "Desmond Alphonso Campbell-Grant"),
            ("MRN", "229-41-87"),
            ("ADDRESS", "14 Hope Road"),
            ("ADDRESS", "Kingston 6"),
            ("PHONE", "876-399-1182"),
            ("INSURANCE", "1004887215"),
            ("DATE", "12 March 2026"),
        ],
    ),
    (
        """Port of Spain General - Ophthalmology. 03/07/2026. Mr. Ramnarine Persad-Boodoo, 62, of San Juan, Trinidad. Hosp reg # POS-88-140227. Diabetic, R vitreous haemorrhage, listed for PPV. Informant: wife Savitri.""",
        [
            ("DATE", "03/07/2026"),
            ("NAME", "Ramnarine Persad-Boodoo"),
            ("ADDRESS", "San Juan"),
            ("MRN", "POS-88-140227"),
            ("NAME", "Savitri"),
        ],
    ),
    (
        """QEH eye clinic - telephone reminder log 19 Aug 2026: called Mrs. Ermintrude Yearwood at 246-428-7713, no answer; message left with next of kin. Address on file: Chapel Gap, Bank Hall, St. Michael BB11124.""",
        [
            ("DATE", "19 Aug 2026"),
            ("NAME", "Ermintrude Yearwood"),
            ("PHONE", "246-428-7713"),
            ("ADDRESS", "Chapel Gap"),
            ("ADDRESS", "Bank Hall"),
            ("ADDRESS", "St. Michael"),
            ("ZIP", "BB11124"),
        ],
    ),
    (
        """Victoria Hospital Eye Clinic: Ms Marie-Claire Joseph-Alcindor, 47, of Castries. Hospital no. VH/26/00412. Diabetic maculopathy L; Avastin L today. Sick note given for 25/01 to 27/01.""",
        [
            ("NAME", "Marie-Claire Joseph-Alcindor"),
            ("ADDRESS", "Castries"),
            ("MRN", "VH/26/00412"),
            ("DATE", "25/01"),
            ("DATE", "27/01"),
        ],
    ),
    (
        """Post-op day 1 note: L phaco uneventful, IOP 14, AC deep, 1+ cells. Continue Pred Forte qid, Vigamox qid. F/u 1 wk. Dr. Villalobos""",
        [
            ("NAME", "Villalobos"),
        ],
    ),
    # ---------------------------------------------------------------- Australia and New Zealand
    (
        """Dr Fatima Rahimi-Costa
Knox Family Medical, 214 Dorset Rd, Boronia VIC 3155
Fax (03) 9762 4419   Provider No. 2417739B
5 March 2026
Dear Doctor,
Re: Mr Kostas Papadimitriou. Medicare 2953 18404 1 (IRN 2)
Kostas reports glare when driving at night and difficulty reading the paper. His acuity with glasses is 6/18 right and 6/12 left. Please assess for cataract surgery.
Kind regards""",
        [
            ("NAME", "Fatima Rahimi-Costa"),
            ("ADDRESS", "214 Dorset Rd"),
            ("ADDRESS", "Boronia"),
            ("ZIP", "3155"),
            ("FAX", "(03) 9762 4419"),
            ("LICENSE", "2417739B"),
            ("DATE", "5 March 2026"),
            ("NAME", "Kostas"),
            ("NAME", "Papadimitriou"),
            ("INSURANCE", "2953 18404 1"),
            ("NAME", "Kostas"),
        ],
    ),
    (
        """Royal Victorian Eye and Ear Hospital - Medical Retina Clinic
UR: 0884213   Name: NGUYEN, Thi Thu Hà   DOB: 02.09.1952
Addr: 3/17 Barkly St, Footscray
Interpreter: Vietnamese (Mr Trần Văn Lộc)
Visit 14.01.2026: R eye PCV on ICGA, PDT + aflibercept. VA R 6/24, L 6/7.5.""",
        [
            ("MRN", "0884213"),
            ("NAME", "NGUYEN, Thi Thu Hà"),
            ("DATE", "02.09.1952"),
            ("ADDRESS", "3/17 Barkly St"),
            ("ADDRESS", "Footscray"),
            ("NAME", "Trần Văn Lộc"),
            ("DATE", "14.01.2026"),
        ],
    ),
    (
        """DVA Gold Card holder - file no. NX204471. Mr Leslie 'Les' Cartwright, 94, lives in Orange NSW. Bilateral pseudophakia, R CRAO 2024; L VA 6/9. Transport: DVA taxi booked via 1800 238 111.""",
        [
            ("INSURANCE", "NX204471"),
            ("NAME", "Leslie 'Les' Cartwright"),
            ("AGE", "94"),
            ("ADDRESS", "Orange"),
            ("PHONE", "1800 238 111"),
        ],
    ),
    (
        """IVI list - Mater Eye, Sat 21/11/26
1. MOHAMMED, Abdirahman   UR M2299104   L Vabysmo #6   q12w
2. O'SULLIVAN-TAUPO, Mere   UR M2301177   R Eylea #21   q8w
Nurse injector: Brooke Tamihana RN (AHPRA NMW0001827493)""",
        [
            ("DATE", "21/11/26"),
            ("NAME", "MOHAMMED, Abdirahman"),
            ("MRN", "M2299104"),
            ("NAME", "O'SULLIVAN-TAUPO, Mere"),
            ("MRN", "M2301177"),
            ("NAME", "Brooke Tamihana"),
            ("LICENSE", "NMW0001827493"),
        ],
    ),
    (
        """Op note 02/06/2026 - Surgeon: Dr Iris Pemberton-Waaka. Procedure: L phaco/IOL with iris hooks x4 for floppy iris (tamsulosin); Malyugin ring considered. IOL Tecnis ZCB00 +22.0 D, serial 1047728815. Patient Mrs Dawn Kettleborough.""",
        [
            ("DATE", "02/06/2026"),
            ("NAME", "Iris Pemberton-Waaka"),
            ("DEVICE", "1047728815"),
            ("NAME", "Dawn Kettleborough"),
        ],
    ),
    (
        """Outreach eye team visit - Yuendumu, 9–11 June 2026. Trichiasis screen: Jampijinpa, Wanta (approx. 70s), R upper lid TT, epilation done; referred for TT surgery in Alice Springs. Health worker: Ms Lorraine Napaljarri-Ross.""",
        [
            ("ADDRESS", "Yuendumu"),
            ("DATE", "9–11 June 2026"),
            ("NAME", "Jampijinpa, Wanta"),
            ("ADDRESS", "Alice Springs"),
            ("NAME", "Lorraine Napaljarri-Ross"),
        ],
    ),
    (
        """Tax invoice INV-77120 - Eye Surgeons Adelaide. Patient: Anastasia Kouris, St Peters SA. Medicare 4112 87348 2/1. Health fund: Bupa, membership 11884207. Item 42702 (cataract) - fee $2,250.00, rebate $598.55. Account no. ESA-20998. Date of service 17/09/2026. Enquiries: accounts@eyesurgeonsadl.com.au""",
        [
            ("ACCOUNT", "INV-77120"),
            ("NAME", "Anastasia Kouris"),
            ("ADDRESS", "St Peters"),
            ("INSURANCE", "4112 87348 2"),
            ("INSURANCE", "11884207"),
            ("ACCOUNT", "ESA-20998"),
            ("DATE", "17/09/2026"),
            ("EMAIL", "accounts@eyesurgeonsadl.com.au"),
        ],
    ),
    (
        """Discharge summary - Sir Charles Gairdner Hospital. Pt: Blessing Chikwanha, 36F, UR 7720184, from Morley, admitted 03-02-2026 with L post-septal orbital cellulitis on CT. IV ceftriaxone + flucloxacillin. Discharged 08-02-2026 on oral Augmentin 7/7. GP: Dr Ashok Pillai.""",
        [
            ("NAME", "Blessing Chikwanha"),
            ("MRN", "7720184"),
            ("ADDRESS", "Morley"),
            ("DATE", "03-02-2026"),
            ("DATE", "08-02-2026"),
            ("NAME", "Ashok Pillai"),
        ],
    ),
    (
        """Te Whatu Ora - Waikato, Eye Department
5 August 2026
Dr Aroha Tūhoe-Bennett, Claudelands Medical Centre
Re: Wiremu Te Rangi NGATAI, NHI KRT4828, Hamilton
Kia ora Aroha,
Thank you for referring Wiremu with proliferative diabetic retinopathy. He had PRP to the right eye today, 1500 burns, and will return in four weeks for the left.
Ngā mihi""",
        [
            ("DATE", "5 August 2026"),
            ("NAME", "Aroha"),
            ("NAME", "Tūhoe-Bennett"),
            ("NAME", "Wiremu"),
            ("NAME", "Te Rangi NGATAI"),
            ("MRN", "KRT4828"),
            ("ADDRESS", "Hamilton"),
            ("NAME", "Aroha"),
            ("NAME", "Wiremu"),
        ],
    ),
    (
        """Retinal screening result letter - 12/10/2026 - To: Mrs Losa Faleolo, 3 Taupata St, Ōtara, Auckland 2023. NHI ZHP7315. Result: R2 (moderate NPDR) right, R1 left, M0. You have been referred to the eye clinic. Questions: retinal.screening@middlemore.co.nz.""",
        [
            ("DATE", "12/10/2026"),
            ("NAME", "Losa Faleolo"),
            ("ADDRESS", "3 Taupata St"),
            ("ADDRESS", "Ōtara"),
            ("ADDRESS", "Auckland"),
            ("ZIP", "2023"),
            ("MRN", "ZHP7315"),
            ("EMAIL", "retinal.screening@middlemore.co.nz"),
        ],
    ),
    (
        """ACC claim - eye injury at work (sawdust FB + corneal abrasion). Claim no. 10044872219. Worker: Tane Hohaia-Smith, DOB 07/07/1991, of Cambridge. Employer: Waipā Timber. Fluorescein +, FB removed, chloramphenicol. Contact 021 448 3091.""",
        [
            ("INSURANCE", "10044872219"),
            ("NAME", "Tane Hohaia-Smith"),
            ("DATE", "07/07/1991"),
            ("ADDRESS", "Cambridge"),
            ("PHONE", "021 448 3091"),
        ],
    ),
    (
        """Dictated 14/4 - Dr Moshe Gutnick: 'Seen today at the Whyalla visiting clinic, Mrs Beryl Oppermann, ninety-four, lives in Whyalla Norrie. Both eyes dense brunescent cataract, hand movements only. She wants surgery. Her son Kurt will bring her. Book at Port Augusta.'""",
        [
            ("DATE", "14/4"),
            ("NAME", "Moshe Gutnick"),
            ("ADDRESS", "Whyalla"),
            ("NAME", "Beryl Oppermann"),
            ("AGE", "ninety-four"),
            ("ADDRESS", "Whyalla Norrie"),
            ("NAME", "Kurt"),
            ("ADDRESS", "Port Augusta"),
        ],
    ),
    (
        """Referral - Mr Darcy Whelan-Nguyen, 50 Raymond St, Sale VIC 3850. Optometrist: Jemima Harcourt (Sale Eyecare, AHPRA OPT0001592270). Findings: RAPD L, optic disc pallor L, VA L 6/36, Ishihara 3/17 L. ?compressive lesion. Urgent MRI requested.""",
        [
            ("NAME", "Darcy Whelan-Nguyen"),
            ("ADDRESS", "50 Raymond St"),
            ("ADDRESS", "Sale"),
            ("ZIP", "3850"),
            ("NAME", "Jemima Harcourt"),
            ("LICENSE", "OPT0001592270"),
        ],
    ),
    (
        """From: hemi@kaitaiaoptom.co.nz
To: eye.referrals@northlanddhb.org.nz
Re: Pt Hineāmaru Kingi (NHI ZHB6089), 64, DM2 for 20 yrs - photos attached show NVD R. She lives 40 min north of Kaitaia at Awanui and has no car, so please ring her daughter on 027 502 6631.
Hemi Tūrei, Optometrist""",
        [
            ("EMAIL", "hemi@kaitaiaoptom.co.nz"),
            ("EMAIL", "eye.referrals@northlanddhb.org.nz"),
            ("NAME", "Hineāmaru Kingi"),
            ("MRN", "ZHB6089"),
            ("ADDRESS", "Kaitaia"),
            ("ADDRESS", "Awanui"),
            ("PHONE", "027 502 6631"),
            ("NAME", "Hemi Tūrei"),
        ],
    ),
    (
        """phoned pt 17/3 re post-op (L trab 2 days ago) - spoke to wife mereana, says he's got a headache + nausea, vision blurry. told to come in to ED now. pt: Hori Parata, NHI PKX4401. - ngaire (CNS)""",
        [
            ("DATE", "17/3"),
            ("NAME", "mereana"),
            ("NAME", "Hori Parata"),
            ("MRN", "PKX4401"),
            ("NAME", "ngaire"),
        ],
    ),
    (
        """ur,surname,given,suburb,postcode,inj_date,eye,organism
1190553,Okeke,Chukwuemeka,Sunshine,3020,2026-03-03,L,Strep mitis
1172210,Brown,Heather,Hope Valley,5090,2026-03-29,L,culture neg""",
        [
            ("MRN", "1190553"),
            ("NAME", "Okeke"),
            ("NAME", "Chukwuemeka"),
            ("ADDRESS", "Sunshine"),
            ("ZIP", "3020"),
            ("DATE", "2026-03-03"),
            ("MRN", "1172210"),
            ("NAME", "Brown"),
            ("NAME", "Heather"),
            ("ADDRESS", "Hope Valley"),
            ("ZIP", "5090"),
            ("DATE", "2026-03-29"),
        ],
    ),
    (
        """Referral triage. Address: 4 Tasman St, Nelson 7010. Pt: Nelson Tuipulotu, 55, NHI MJQ9926. Presumed ocular toxoplasmosis R, active lesion adjacent to an old scar; started Bactrim DS + prednisone 40 mg after 3 days. GP in Stoke.""",
        [
            ("ADDRESS", "4 Tasman St"),
            ("ADDRESS", "Nelson"),
            ("ZIP", "7010"),
            ("NAME", "Nelson Tuipulotu"),
            ("MRN", "MJQ9926"),
            ("ADDRESS", "Stoke"),
        ],
    ),
    (
        """Genetics clinic letter 30 Sept 2026: Miss Matilda Best, 19, has a confirmed BEST1 variant c.73C>T - autosomal dominant Best vitelliform macular dystrophy. Her father, Graham Best (also affected), attended. The family lives in Launceston. EOG Arden ratio 1.2.""",
        [
            ("DATE", "30 Sept 2026"),
            ("NAME", "Matilda Best"),
            ("NAME", "Graham Best"),
            ("ADDRESS", "Launceston"),
        ],
    ),
    (
        """Westmead Children's - Ophthalmology. 4/8/2026. Child: Zaid Haddad-Morrison, DOB 15/5/2019, MRN 1M44019. Medicare 2210 58837 1 (IRN 3). Mum: Layla Haddad, layla.h.m@bigpond.com. Findings: intermittent exotropia, good control. Review 6/12.""",
        [
            ("DATE", "4/8/2026"),
            ("NAME", "Zaid Haddad-Morrison"),
            ("DATE", "15/5/2019"),
            ("MRN", "1M44019"),
            ("INSURANCE", "2210 58837 1"),
            ("NAME", "Layla Haddad"),
            ("EMAIL", "layla.h.m@bigpond.com"),
        ],
    ),
    (
        """{"resourceType":"Patient","identifier":[{"type":{"text":"Medicare Number"},"value":"6103 22475 1"},{"type":{"text":"IHI"},"value":"8003 6080 0004 1122"},{"type":{"text":"MRN"},"value":"RBH0071849"}],"name":[{"family":"Tjapaltjarri","given":["Clifford"]}],"birthDate":"1949-01-08","address":[{"line":["Lot 7 Kintore St"],"city":"Katherine","state":"NT","postalCode":"0850"}],"telecom":[{"system":"phone","value":"08 8972 1044"}]}""",
        [
            ("INSURANCE", "6103 22475 1"),
            ("MRN", "8003 6080 0004 1122"),
            ("MRN", "RBH0071849"),
            ("NAME", "Tjapaltjarri"),
            ("NAME", "Clifford"),
            ("DATE", "1949-01-08"),
            ("ADDRESS", "Lot 7 Kintore St"),
            ("ADDRESS", "Katherine"),
            ("ZIP", "0850"),
            ("PHONE", "08 8972 1044"),
        ],
    ),
    (
        """timestamp\tuser\tpatient_ur\taction\tsource_ip
2026-10-03 08:14:22\tj.wilkinson\t1177204\tOPEN_IMAGE\t172.16.40.18
2026-10-03 23:02:10\tsvc_backup\t*\tBACKUP\t172.16.0.4
2026-10-04 02:45:07\tm.oduya\t1180456\tOPEN_IMAGE\t203.45.118.72""",
        [
            ("DATE", "2026-10-03"),
            ("NAME", "j.wilkinson"),
            ("MRN", "1177204"),
            ("IP", "172.16.40.18"),
            ("DATE", "2026-10-03"),
            ("IP", "172.16.0.4"),
            ("DATE", "2026-10-04"),
            ("NAME", "m.oduya"),
            ("MRN", "1180456"),
            ("IP", "203.45.118.72"),
        ],
    ),
    (
        """hi eye clinic, it's jess from the nowra optometrist again - pt Kalani Brightwater (dob 2/11/84) still hasn't had an appt for her retinal detachment review post op, her surgeon was dr pham at sydney eye. ph me on 4421 7702 or her on 0448 330 127. ta, jess""",
        [
            ("NAME", "jess"),
            ("ADDRESS", "nowra"),
            ("NAME", "Kalani Brightwater"),
            ("DATE", "2/11/84"),
            ("NAME", "pham"),
            ("PHONE", "4421 7702"),
            ("PHONE", "0448 330 127"),
            ("NAME", "jess"),
        ],
    ),
    (
        """IOLMaster 700 (SN 1312-40771) - Biometry 2026-06-02
Patient: Hadley, Winsome (F)   DOB 1936-02-11   PID 00771238
OD AL 23.41 mm   K1 43.12 D @ 178°   K2 44.05 D @ 88°   ACD 2.91 mm   LT 4.80 mm   WTW 11.6 mm
OS AL 23.55 mm   K1 43.30 D @ 5°   K2 43.98 D @ 95°   ACD 2.88 mm
IOL (Barrett Universal II, A 119.0): SA60AT +21.5 D -> -0.21 D
Operator: K. Ramdhanie""",
        [
            ("DEVICE", "1312-40771"),
            ("DATE", "2026-06-02"),
            ("NAME", "Hadley, Winsome"),
            ("DATE", "1936-02-11"),
            ("MRN", "00771238"),
            ("NAME", "K. Ramdhanie"),
        ],
    ),
    (
        """Home monitoring: ForeseeHome device serial FH2-118847 registered 2026-09-14 to Mr Alasdair Kerr-Mabena (UR 2290418) of Bright, VIC. Alert threshold exceeded 2026-10-02 -> urgent OCT booked.""",
        [
            ("DEVICE", "FH2-118847"),
            ("DATE", "2026-09-14"),
            ("NAME", "Alasdair Kerr-Mabena"),
            ("MRN", "2290418"),
            ("ADDRESS", "Bright"),
            ("DATE", "2026-10-02"),
        ],
    ),
    # ---------------------------------------------------------------- South Africa, India, Singapore, Nigeria
    (
        """St John Eye Hospital, Chris Hani Baragwanath - outpatient card
Name: Sipho Mthembu-Dlamini   Folder no: 26-114892
Address: Orlando West, Soweto   Medical aid: none (state patient)
Dx: CMV retinitis OS zone 1 - IVT ganciclovir 2 mg started 2026/04/02. CD4 48. Referred from Zola Clinic.
Dr Thandeka Nkosi-van Wyk (HPCSA MP 0718842)""",
        [
            ("NAME", "Sipho Mthembu-Dlamini"),
            ("MRN", "26-114892"),
            ("ADDRESS", "Orlando West"),
            ("ADDRESS", "Soweto"),
            ("DATE", "2026/04/02"),
            ("NAME", "Thandeka Nkosi-van Wyk"),
            ("LICENSE", "MP 0718842"),
        ],
    ),
    (
        """Private practice letter, George, 11 May 2026.
Dear Colleague,
Re: Mrs Elmarie Steyn-Fourie. Medical aid: Discovery Health, member no. 301447229, dependant code 01.
Mrs Steyn-Fourie has Fuchs endothelial dystrophy with morning blur; central pachymetry 648 µm. I recommend DMEK in the right eye first. She was accompanied by her husband George.
Kind regards,
Dr Jan-Hendrik du Plessis""",
        [
            ("ADDRESS", "George"),
            ("DATE", "11 May 2026"),
            ("NAME", "Elmarie"),
            ("NAME", "Steyn-Fourie"),
            ("INSURANCE", "301447229"),
            ("NAME", "Steyn-Fourie"),
            ("NAME", "George"),
            ("NAME", "Jan-Hendrik du Plessis"),
        ],
    ),
    (
        """Groote Schuur eye casualty 02h15 23/12/2025: Luthando Ngqakayi, 29M, assault with a bottle, L globe rupture (360° chemosis, hyphema, VA LP). Primary repair tonight. Folder 0088142-9. Lives at 22 NY 78, Gugulethu. Brother Xolani waiting.""",
        [
            ("DATE", "23/12/2025"),
            ("NAME", "Luthando Ngqakayi"),
            ("MRN", "0088142-9"),
            ("ADDRESS", "22 NY 78"),
            ("ADDRESS", "Gugulethu"),
            ("NAME", "Xolani"),
        ],
    ),
    (
        """Claim rejected: Bonitas member 0081224913, patient Precious Mokoena (dep 02), ICD-10 H33.0, tariff 3037 (vitrectomy). Practice: Retina Associates Pretoria, Menlyn. Date of service 2026-01-22. Account ref RAP-2026-1187. Contact billing: 012 348 7710, claims@retinapta.co.za.""",
        [
            ("INSURANCE", "0081224913"),
            ("NAME", "Precious Mokoena"),
            ("ADDRESS", "Menlyn"),
            ("DATE", "2026-01-22"),
            ("ACCOUNT", "RAP-2026-1187"),
            ("PHONE", "012 348 7710"),
            ("EMAIL", "claims@retinapta.co.za"),
        ],
    ),
    (
        """Inkosi Albert Luthuli Central Hospital - glaucoma clinic 16.03.2026. Mr Devan Govender-Naidoo, 67, hosp no IALCH 2201847, from Westville, Durban. Trab L 2024, bleb functioning, IOP 11. Next visit 6/12. - Dr Nomvula Zulu""",
        [
            ("DATE", "16.03.2026"),
            ("NAME", "Devan Govender-Naidoo"),
            ("MRN", "2201847"),
            ("ADDRESS", "Westville"),
            ("ADDRESS", "Durban"),
            ("NAME", "Nomvula Zulu"),
        ],
    ),
    (
        """Mthatha outreach, 12 Aug 2026. Nomalanga Jiba (41F, folder MTH-0091182) from Ngqeleni. Bilateral advanced keratoconus with acute hydrops R. Referred to Dr Ayanda Qwabe at Frere Hospital, East London.""",
        [
            ("ADDRESS", "Mthatha"),
            ("DATE", "12 Aug 2026"),
            ("NAME", "Nomalanga Jiba"),
            ("MRN", "MTH-0091182"),
            ("ADDRESS", "Ngqeleni"),
            ("NAME", "Ayanda Qwabe"),
            ("ADDRESS", "East London"),
        ],
    ),
    (
        """OP card - Sri Venkateswara Eye Hospital
UHID: SVEH-2026-004417
Name: Smt. Pushpavalli Ramasamy W/o Shri Kandasamy   Age/Sex: 58/F
Address: No. 12, 3rd Cross, Gandhi Nagar, Tiruppur - 641603, Tamil Nadu
C/o diminution of vision both eyes x 6 months. Dx: immature senile cataract OU + NPDR OU. Adv: SICS RE under peribulbar block.
PM-JAY ID: TN4K7Q2P9""",
        [
            ("MRN", "SVEH-2026-004417"),
            ("NAME", "Pushpavalli Ramasamy"),
            ("NAME", "Kandasamy"),
            ("ADDRESS", "No. 12, 3rd Cross"),
            ("ADDRESS", "Gandhi Nagar"),
            ("ADDRESS", "Tiruppur"),
            ("ZIP", "641603"),
            ("INSURANCE", "TN4K7Q2P9"),
        ],
    ),
    (
        """Discharge Summary - Shroff Charity Eye Hospital, Daryaganj
Patient: Mohd. Irfan Qureshi S/o Mohd. Rafiq Qureshi, 44/M, CR No. 260418872
Address: Ballimaran, Delhi-110006
DOA 02/11/2025
Diagnosis: post-traumatic endophthalmitis LE (firecracker injury). PPV + intravitreal antibiotics.
Consultant: Dr. Anjali Bhardwaj-Menon (DMC Regn. 44871)""",
        [
            ("ADDRESS", "Daryaganj"),
            ("NAME", "Mohd. Irfan Qureshi"),
            ("NAME", "Mohd. Rafiq Qureshi"),
            ("MRN", "260418872"),
            ("ADDRESS", "Ballimaran"),
            ("ADDRESS", "Delhi"),
            ("ZIP", "110006"),
            ("DATE", "02/11/2025"),
            ("NAME", "Anjali Bhardwaj-Menon"),
            ("LICENSE", "44871"),
        ],
    ),
    (
        """Email 7 Jan 2026 from jacob.kuriakose@gmail.com (son, in Dubai): 'My father Mathew Kuriakose had RD surgery on 29 Dec. He is 91 and diabetic. Our address is Puthenpurayil House, Kottayam Road, Pala, Kerala 686575. Please send the discharge summary to this email.'""",
        [
            ("DATE", "7 Jan 2026"),
            ("EMAIL", "jacob.kuriakose@gmail.com"),
            ("ADDRESS", "Dubai"),
            ("NAME", "Mathew Kuriakose"),
            ("DATE", "29 Dec"),
            ("AGE", "91"),
            ("ADDRESS", "Puthenpurayil House, Kottayam Road"),
            ("ADDRESS", "Pala"),
            ("ZIP", "686575"),
        ],
    ),
    (
        """Eye camp, village Rampur Khurd, Tehsil Sikandrabad, Dist. Bulandshahr - 22.02.2026. Screened 214. Pt no. 118: ramkali devi w/o late shri hari ram, 70F, mature cataract RE, referred to base hospital. Mob of son: 9837 204 118.""",
        [
            ("ADDRESS", "Rampur Khurd"),
            ("ADDRESS", "Sikandrabad"),
            ("ADDRESS", "Bulandshahr"),
            ("DATE", "22.02.2026"),
            ("NAME", "ramkali devi"),
            ("NAME", "hari ram"),
            ("PHONE", "9837 204 118"),
        ],
    ),
    (
        """Consultation note, 5 Oct 2026. Patient Mr. Rustom Feroze Batliwala, 90 yrs, UHID MB-00441872, residing at Pali Hill, Bandra West, Mumbai 400050. Dx: NAION OS; ESR 22, CRP 3 - GCA unlikely. Seen with his daughter, who is a physician.""",
        [
            ("DATE", "5 Oct 2026"),
            ("NAME", "Rustom Feroze Batliwala"),
            ("AGE", "90"),
            ("MRN", "MB-00441872"),
            ("ADDRESS", "Pali Hill"),
            ("ADDRESS", "Bandra West"),
            ("ADDRESS", "Mumbai"),
            ("ZIP", "400050"),
        ],
    ),
    (
        """Eales' disease follow-up - 18/06/2026. Sri Subhankar Chattopadhyay, 31 M, Reg. No. RIO/26/11873, of 27/3 Bosepara Lane, Kolkata. Vitreous haemorrhage LE resolving; laser PRP to ischaemic areas. Mantoux 18 mm. ATT started by Dr. Debjani Sengupta (WBMC 61177).""",
        [
            ("DATE", "18/06/2026"),
            ("NAME", "Subhankar Chattopadhyay"),
            ("MRN", "RIO/26/11873"),
            ("ADDRESS", "27/3 Bosepara Lane"),
            ("ADDRESS", "Kolkata"),
            ("NAME", "Debjani Sengupta"),
            ("LICENSE", "61177"),
        ],
    ),
    (
        """Ocular oncology - Baby Harini Saravanan, 14 months, UHID CH-26-118203. Father: Saravanan Murugesan, +91 98400 31127. Address: 3/41, Kamarajar Street, Chennai. Group D retinoblastoma OD; intra-arterial chemotherapy planned 2/12/2025 with melphalan 3 mg.""",
        [
            ("NAME", "Harini Saravanan"),
            ("MRN", "CH-26-118203"),
            ("NAME", "Saravanan Murugesan"),
            ("PHONE", "+91 98400 31127"),
            ("ADDRESS", "3/41, Kamarajar Street"),
            ("ADDRESS", "Chennai"),
            ("DATE", "2/12/2025"),
        ],
    ),
    (
        """Clinic note 08/05/2026 - Mdm Tan Ah Moi, 93 y.o., MRN 2041877. Address: Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412. NOK: grandson Marcus Lim Wei Jie, 8822 6013. VA 6/60 RE (dense PSC), 6/12 LE. Plan phaco RE; MediShield Life claim, Medisave deduction authorised.""",
        [
            ("DATE", "08/05/2026"),
            ("NAME", "Tan Ah Moi"),
            ("AGE", "93"),
            ("MRN", "2041877"),
            ("ADDRESS", "Blk 412 Ang Mo Kio Ave 10, #08-1123"),
            ("ZIP", "560412"),
            ("NAME", "Marcus Lim Wei Jie"),
            ("PHONE", "8822 6013"),
        ],
    ),
    (
        """Polyclinic DR screening 2026-03-11: Encik Rosli bin Abdullah, 61, Blk 217 Bedok North St 1 #05-88, Singapore 460217. Tel 9688 1042. Grading: moderate NPDR R, mild L, no DMO. Refer SNEC routine. Grader: Nur Syafiqah binte Rahmat.""",
        [
            ("DATE", "2026-03-11"),
            ("NAME", "Rosli"),
            ("NAME", "Abdullah"),
            ("ADDRESS", "Blk 217 Bedok North St 1 #05-88"),
            ("ZIP", "460217"),
            ("PHONE", "9688 1042"),
            ("NAME", "Nur Syafiqah"),
            ("NAME", "Rahmat"),
        ],
    ),
    (
        """Memo - Dr Ong Kah Hwee (SMC M12744A) to Ms Priyadarshini d/o Sivakumar, HP 8123 0447, re her son's myopia control: atropine 0.05% nocte started in January; axial length OD 24.61 -> 24.72 mm in six months. Please reply to priya.siva@singnet.com.sg.""",
        [
            ("NAME", "Ong Kah Hwee"),
            ("LICENSE", "M12744A"),
            ("NAME", "Priyadarshini"),
            ("NAME", "Sivakumar"),
            ("PHONE", "8123 0447"),
            ("EMAIL", "priya.siva@singnet.com.sg"),
        ],
    ),
    (
        """appt_id\tname\tmobile\tappt_dt\tclinic
A-7712\tCHUA Boon Keng\t9338 2041\t2026-12-03 09:10\tGlaucoma
A-7713\tSITI Nurhaliza binte Osman\t8720 4419\t2026-12-03 09:25\tCornea""",
        [
            ("NAME", "CHUA Boon Keng"),
            ("PHONE", "9338 2041"),
            ("DATE", "2026-12-03"),
            ("NAME", "SITI Nurhaliza"),
            ("NAME", "Osman"),
            ("PHONE", "8720 4419"),
            ("DATE", "2026-12-03"),
        ],
    ),
    (
        """LUTH Guinness Eye Centre - Clinic Note
Date: 12th February, 2026
Name: Mrs. Oluwakemi Adeyemi-Bankole   Hosp. No: LUTH/EYE/26/0447   Age: 54
Address: 18, Adeniran Ogunsanya Street, Surulere, Lagos.
NHIS No: 0411-2207-3318
Complaint: gradual painless blurring both eyes. IOP 32/34 mmHg, CDR 0.8/0.9. Impression: POAG. Plan: timolol 0.5% BD, VF, OCT.
Seen by Dr. Chukwudi Eze-Nwosu (MDCN/R/44718)""",
        [
            ("DATE", "12th February, 2026"),
            ("NAME", "Oluwakemi Adeyemi-Bankole"),
            ("MRN", "LUTH/EYE/26/0447"),
            ("ADDRESS", "18, Adeniran Ogunsanya Street"),
            ("ADDRESS", "Surulere"),
            ("ADDRESS", "Lagos"),
            ("INSURANCE", "0411-2207-3318"),
            ("NAME", "Chukwudi Eze-Nwosu"),
            ("LICENSE", "MDCN/R/44718"),
        ],
    ),
    (
        """Re: Malam Sani Garba, 66M, of Angwan Rimi, Kafanchan; hosp no. GHK/0447/26. Referred by Dr. Hadiza Yusuf-Danjuma, General Hospital Kafanchan, to the Consultant Ophthalmologist, ABUTH Zaria. Onchocerciasis-endemic area; sclerosing keratitis OU, VA CF 1 m. Ivermectin taken at CDTI 2025. Kindly see. Tel 0706 118 2290. 03/03/2026.""",
        [
            ("NAME", "Sani Garba"),
            ("ADDRESS", "Angwan Rimi"),
            ("ADDRESS", "Kafanchan"),
            ("MRN", "GHK/0447/26"),
            ("NAME", "Hadiza Yusuf-Danjuma"),
            ("PHONE", "0706 118 2290"),
            ("DATE", "03/03/2026"),
        ],
    ),
    (
        """From: ibiso.georgewest@yahoo.com
Sent: Mon 20 Apr 2026
Subject: My mother's eye surgery bill
Good morning. I am Ibiso George-West. My mother Mrs Tamunoibi George (UPTH hosp no. 44-18277) had trabeculectomy on 9/4/2026. Her account number is UPTH-BIL-26-3310. I paid ₦185,000 by transfer. Please confirm. My line is 0812 334 7719.""",
        [
            ("EMAIL", "ibiso.georgewest@yahoo.com"),
            ("DATE", "20 Apr 2026"),
            ("NAME", "Ibiso George-West"),
            ("NAME", "Tamunoibi George"),
            ("MRN", "44-18277"),
            ("DATE", "9/4/2026"),
            ("ACCOUNT", "UPTH-BIL-26-3310"),
            ("PHONE", "0812 334 7719"),
        ],
    ),
    (
        """UCH Eye Bank - donor cornea log. Donor: late Pa Ezekiel Adewale Ogunleye, 78M, died 14/07/2026 02:40 at home, Bodija, Ibadan. Next of kin consent: son Oluwaseun Ogunleye. Cornea UCH-EB-26-031 -> recipient Mrs. Funmilayo Adesina, hosp no. 22-08817, PK the next day.""",
        [
            ("NAME", "Ezekiel Adewale Ogunleye"),
            ("DATE", "14/07/2026"),
            ("ADDRESS", "Bodija"),
            ("ADDRESS", "Ibadan"),
            ("NAME", "Oluwaseun Ogunleye"),
            ("NAME", "Funmilayo Adesina"),
            ("MRN", "22-08817"),
        ],
    ),
    (
        """HUMPHREY FIELD ANALYZER II-i   Serial: 750i-48817   SW 5.1.2
Patient: Okoro-Fenwick, Adanna   ID: 1049928   DOB: 07-22-1971
Test: Central 24-2 SITA Standard   Date: 03-14-2026   Time: 10:41
Fixation losses 1/14, FP 3%, FN 2%   VFI 88%   MD -5.12 dB (P<1%)   PSD 6.40 dB (P<0.5%)
GHT: Outside normal limits   Stimulus III, White   Pupil 3.8 mm   VA 20/25   RX +1.50 DS
Technician: LJ""",
        [
            ("DEVICE", "750i-48817"),
            ("NAME", "Okoro-Fenwick, Adanna"),
            ("MRN", "1049928"),
            ("DATE", "07-22-1971"),
            ("DATE", "03-14-2026"),
            ("NAME", "LJ"),
        ],
    ),
]

CLEAN: list[str] = [
    "Right eye: quiet white eye, clear cornea, deep and quiet anterior chamber, pupil round and reactive, lens NS2.",
    "Fundus: cup-to-disc ratio 0.4 both eyes with a healthy neuroretinal rim, flat macula and attached periphery.",
    "Patient reports intermittent blurring when reading, worse at the end of the day; no flashes or floaters.",
    "Plan: continue preservative-free lubricants four times daily and warm compresses twice daily; review in the nurse-led clinic.",
    "OCT shows a small pocket of subretinal fluid nasal to the fovea with no intraretinal cysts.",
    "The patient was counselled about the risks of cataract surgery, including posterior capsule rupture, infection and retinal detachment, and wishes to proceed.",
    "No relative afferent pupillary defect. Colour vision full on both sides.",
    "Dilated examination declined today as the patient drove to clinic; rebooked for a dilated assessment.",
    "Visual fields are stable compared with the previous two tests, with no progression on event analysis.",
    "She has been using her drops regularly and has had no side effects apart from mild stinging on instillation.",
    "Post-operative day one: comfortable, wound sealed, mild corneal oedema, AC cells 1+, IOL well centred.",
    "Advised to return immediately if he notices a curtain, a shower of floaters or a sudden loss of vision.",
    "The injection was given under aseptic conditions after povidone-iodine and placement of a lid speculum.",
    "Referral accepted for the medical retina service at routine priority.",
    "Diabetic review: no retinopathy in either eye and no maculopathy; annual screening to continue.",
    "The child fixes and follows well with each eye and objects equally to occlusion of either eye.",
    "Lids: mild anterior blepharitis with collarettes; meibomian glands capped.",
    "pt happy, vision much better, drops finished, no pain, discharged to optom.",
    "Discussed selective laser trabeculoplasty versus continuing drops; the patient prefers to try laser first.",
    "Telephone consultation: the patient confirms the eye is less red and the pain has settled.",
    "No driving until the gas bubble has fully absorbed; avoid air travel and nitrous oxide anaesthesia meanwhile.",
    "The eye was padded and shielded at the end of the procedure and the patient returned to the ward.",
    "Corneal topography shows inferior steepening consistent with progressive ectasia.",
    "Gonioscopy: open angles to the ciliary body band in all quadrants with no peripheral anterior synechiae.",
    "The patient is happy with the outcome and has been discharged back to the care of the community optometrist.",
    "Electrodiagnostic tests have been requested to assess macular and generalised retinal function.",
    "She was seen with her husband, who helps with her drops each evening.",
    "Symptoms consistent with posterior vitreous detachment; no retinal tear seen on indentation.",
    "Taper the steroid drops over four weeks as per the printed schedule and stop.",
    "Consent was confirmed and the surgical safety checklist completed before the start of surgery.",
    "According to the patient, her diabetes control has improved and her blood pressure is now well controlled.",
    "Unable to obtain a reliable field today because of fatigue; will repeat at the next visit.",
    "Mild ptosis on the left with good levator function and a normal skin crease.",
    "Both optic discs are pink and well defined with spontaneous venous pulsation.",
    "Thank you for seeing this gentleman, who has noticed distortion in his right eye for about a month.",
    "The nursing team reinforced drop technique using a practice bottle before he went home.",
    "No neovascularisation of the iris or angle.",
    "Laser was applied in a modified grid pattern sparing the foveal avascular zone.",
    "Please continue the current treatment and refer back if the vision deteriorates.",
    "Patient did not attend; a further appointment will be sent and the GP informed.",
]

CLEAN_STRESS: list[str] = [
    "VA 6/9 RE, 6/12 LE; pinhole 6/6 both. IOP 18/21 mmHg at 10:40. Review 4/52.",
    "Ishihara 17/17 OU; Amsler grid distortion superonasal to fixation OS. Next visit 6/12.",
    "Aflibercept 2 mg/0.05 mL, Lot 4X22918, injected inferotemporally 3.5 mm behind the limbus; IOP 42 then 18 at 10 min.",
    "IOL: Alcon SN60WF +21.5 D, A-constant 119.0; AL 23.41 mm, K1 43.12 @ 178, K2 44.05 @ 88.",
    "Fuchs endothelial dystrophy with confluent guttae; pachymetry 612 µm OD, 598 µm OS; Descemet membrane endothelial keratoplasty discussed.",
    "Posner-Schlossman syndrome versus Vogt-Koyanagi-Harada considered; Behçet disease unlikely (pathergy negative, HLA-B51 negative).",
    "HbA1c 64 mmol/mol (8.0%), eGFR 58, BP 142/86, BMI 31.2, cholesterol 5.4 mmol/L.",
    "Humphrey 24-2 SITA Fast: MD -3.42 dB, PSD 4.10 dB, VFI 94%, GHT borderline; fixation losses 2/13.",
    "Software: Spectralis 6.16.8.0, Cirrus 11.5.2, HFA 5.1.2, OCT angiography module 1.9.3.4.",
    "Diagnosed 2014, latanoprost from 2016, trabeculectomy 2019, cataract surgery 2022.",
    "ETDRS letters 72 OD and 58 OS (20/40 equivalent); logMAR 0.30 and 0.58.",
    "Refraction: OD -2.25/-0.75 x 180, OS -2.50/-1.00 x 175, add +2.50.",
    "Prednisolone acetate 1% 2-hourly for 1/52 then qds 1/52, tds 1/52, bd 1/52, od 1/52, then stop.",
    "Grading R2 M1 P0 right and R1 M0 left; ETDRS level 47; Wisconsin grading not applicable.",
    "Shafer sign 2+, Weiss ring present; Lincoff rules suggest a break near 11 o'clock; Goldmann three-mirror used.",
    "CPT 67028, 92134, J0178; ICD-10 H35.3211, E11.3412; HCPCS Q5124; MBS item 42738.",
    "Acetazolamide 250 mg qds with potassium 600 mg bd; mannitol 20% 1 g/kg over 45 minutes.",
    "Drainage devices: Ahmed FP7, Baerveldt BG 101-350, Ex-PRESS P-50, iStent inject W, XEN 45.",
    "Reading glasses +2.00 help; she enjoys reading and gardening and walks to the shops daily.",
    "There is hope of stable vision; reading glasses bought on sale at a pharmacy are no substitute for a sight test.",
    "Normal pupils, orange-red reflex, and independence with drops is the goal before discharge.",
    "C/D 0.85 with an inferior notch; disc haemorrhage at 7 o'clock; RNFL 68 µm (1st percentile).",
    "Differential: Coats disease, Eales disease, Stargardt disease, Best disease, Sorsby fundus dystrophy.",
    "Marcus Gunn pupil L; Adie tonic pupil excluded with 0.125% pilocarpine; Horner syndrome confirmed with apraclonidine 0.5%.",
    "Snellen 20/200 OD improving to 20/80 with pinhole; near N12 at 33 cm; Jaeger J5.",
    "Treat-and-extend from 4/52 to 16/52 in 2-week steps; currently on 10/52.",
    "Laser 532 nm, 200 µm spot, 0.1 s, 180-220 mW, 1,450 burns PRP OD; YAG 3.2 mJ x 48 shots.",
    "Intracameral cefuroxime 1 mg/0.1 ml; intravitreal vancomycin 1 mg/0.1 ml and ceftazidime 2.25 mg/0.1 ml.",
    "Cross-linking: riboflavin 0.1%, UVA 9 mW/cm2 for 10 min (5.4 J/cm2), epithelium-off, thinnest pachymetry 420 µm.",
    "Sterile batch 220419-B, autoclave cycle 4471, indicator passed; phaco handpiece reprocessed.",
    "CRP 3 mg/L, ESR 22 mm/hr, platelets 412 x10^9/L; temporal artery ultrasound halo sign negative.",
    "Managed according to NICE TA294, TA346 and NG82.",
    "Kestenbaum rule, Hering's law, Sherrington's law; Maddox rod 8Δ exo; Worth 4-dot fusion at near.",
    "Follow-up 3/12 with HVF and OCT RNFL; sooner if IOP above 25 mmHg.",
    "78-year-old retired teacher, ex-smoker of 20 pack-years, lives with his wife.",
    "Hess chart: right SO underaction; Bielschowsky head tilt positive to the right; Parks three-step test suggests right SO palsy.",
    "Injection no. 23 in the left eye; 41 injections across both eyes since 2017.",
    "Conjunctival swab: Chlamydia NAAT negative, HSV PCR negative, adenovirus PCR Ct 24.1.",
    "Tono-Pen 22, iCare 19, Perkins 20; CCT 540 µm.",
    "Rose bengal staining 3/9 (van Bijsterveld), tear break-up time 4 s, Schirmer I 6 mm at 5 min; Herbert pits and Arlt line noted.",
]

ARGUABLE: list[str] = [
    # hospitals, clinics, practices, schools, programmes, insurers, health districts
    "Wythenshawe Eye Clinic",
    "Ysbyty Gwynedd",
    "Royal Victoria Hospital",
    "Quigg Eyecare",
    "South Tyneside",
    "Bright Eyes Opticians",
    "Royal Berkshire Eye Clinic",
    "The Maltings Surgery",
    "Castle Mead Medical Centre",
    "Birmingham Women's",
    "Kirklees Council",
    "Specsavers Falkirk",
    "St Mungo's Primary",
    "Royal Victoria Eye and Ear Hospital",
    "Cork University Hospital",
    "UHW",
    "VHI Healthcare",
    "UHL",
    "Balfour Hospital",
    "Hightown Surgery",
    "Leighton Hospital",
    "Little London Primary",
    "RBH",
    "Lakeview Vision Center",
    "Anthem BCBS",
    "TWH",
    "Heidelberg Engineering",
    "Wills Eye",
    "WILMER",
    "JHH",
    "AETNA",
    "UnitedHealthcare",
    "Retina Consultants of the Carolinas",
    "Fidelis Care",
    "Rockyview Eye Clinic",
    "QEII",
    "Retina Institute",
    "University Hospital of the West Indies",
    "Port of Spain General",
    "QEH",
    "Victoria Hospital Eye Clinic",
    "Knox Family Medical",
    "Royal Victorian Eye and Ear Hospital",
    "Mater Eye",
    "Eye Surgeons Adelaide",
    "Bupa",
    "Sir Charles Gairdner Hospital",
    "Te Whatu Ora - Waikato",
    "Claudelands Medical Centre",
    "Sale Eyecare",
    "Westmead Children's",
    "sydney eye",
    "St John Eye Hospital",
    "Chris Hani Baragwanath",
    "Zola Clinic",
    "Discovery Health",
    "Groote Schuur",
    "Bonitas",
    "Retina Associates Pretoria",
    "Inkosi Albert Luthuli Central Hospital",
    "IALCH",
    "Frere Hospital",
    "Sri Venkateswara Eye Hospital",
    "Shroff Charity Eye Hospital",
    "SNEC",
    "LUTH Guinness Eye Centre",
    "General Hospital Kafanchan",
    "ABUTH Zaria",
    "UPTH",
    "UCH Eye Bank",
    # businesses named after people or places
    "Hollis & Reeve Solicitors",
    "Waipā Timber",
    # record references that are not a listed kind
    "OCT-26-55812",
    "C2077",
    "104-0273",
    "7710493",
    "UCH-EB-26-031",
    "A-7712",
    "A-7713",
]
