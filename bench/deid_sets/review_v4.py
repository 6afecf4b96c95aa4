"""Held-out de-identification review set v4 for free-text ophthalmology notes.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the snippets of any other review set. The
only project files read were ``bench/deid_sets/score.py`` (for the format) and the docstring of
``bench/deid_sets/review_v3.py`` (lines 1-58, for the annotation conventions, which this set
follows). The de-identifier was not run on this set while it was written; the set was checked
only mechanically (every listed substring is found, no spans overlap, ``ruff``).

All people, numbers, addresses, plates, serials, links and contact details are invented; public
institutions (hospitals, insurers) are named only as ARGUABLE context.

Coverage
--------
Regions and naming traditions: the US (Hispanic, Vietnamese, Korean, Navajo and Haitian
families; IHS and Medicaid/Medicare paperwork), Mexico, Brazil, Germany, the Netherlands,
Sweden, Norway, Denmark, Finland, Iceland, Poland, Greece, Turkey, Egypt, Iran, Pakistan,
Bangladesh, Sri Lanka, Hong Kong and mainland China (romanised "CHAN Tai Man" style and
Chinese characters), Japan, Korea, Vietnam, the Philippines, Nigeria, Ghana, Ethiopia, Uganda,
Jamaica, Trinidad, Barbados, Haiti, Morocco (one city), Ireland (including Irish-language text), Scotland (including
Gaelic names), Wales (including Welsh-language text) and England. Scripts: Latin with
diacritics, Greek, Arabic (with Arabic-Indic digits), Bengali (with Bengali digits), Ge'ez,
Chinese, Japanese and Hangul.

Note types: clinic and referral letters, EHR/registration headers, flattened tables, injection
logs, theatre lists, triage and telephone notes, patient-portal and secure messages, SMS and
WhatsApp notes, discharge summaries, fax covers and letter footers, OCR'd scans (letter-spaced
text, broken words and lines, l/1 and O/0 confusions), dictation with lower-case names and
spoken punctuation, abbreviation-heavy jottings, screening-programme result letters,
imaging reports with operator initials, billing/invoice lines, driving-fitness notes and
device/implant records.

Annotation choices beyond the v3 conventions
--------------------------------------------
* National identity numbers used to identify the patient on a record (Dutch BSN, Swedish
  personnummer, Danish CPR, Finnish henkilötunnus, Icelandic kennitala, Polish PESEL, Turkish
  TC Kimlik, Egyptian national ID, Iranian national code, Pakistani CNIC, Sri Lankan NIC, Hong
  Kong HKID) are MRN, like the NHS/CHI numbers in v3. Hospital card, ticket, "Exp." (expediente),
  "Prontuário", "RG HC", HN and Pat.-ID numbers are MRN.
* INSURANCE also covers Mexican IMSS NSS, Brazilian Cartão SUS, German Versichertennummer, Dutch
  polisnummer, Greek AMKA, Iranian Tamin Ejtemaei numbers, PhilHealth PINs, Jamaican NHF cards,
  Ethiopian CBHI member IDs, Irish medical-card numbers, Japanese insurance-card and insurer
  numbers, and US Medicare MBI / group / member numbers.
* LICENSE also covers US NPI, German LANR, Dutch BIG, Polish PWZ, Brazilian CRM, Mexican cédula
  profesional, Philippine PRC, Pakistani PMDC, Sri Lankan SLMC, Ghanaian MDC and UK GOC numbers;
  only the number is marked (not "CRM-MG", "PMDC", "BIG").
* ACCOUNT also covers the German Fall-Nr., invoice/Rechnung/faktura/factuur numbers and the
  Philippine official-receipt ("OR no.") number; a number repeated as a payment reference is
  marked at each occurrence.
* ADDRESS: Mexican colonia, Philippine barangay, Ethiopian kebele/woreda/sub-city, Bangladeshi
  village/upazila/district, Pakistani sector, Vietnamese phường/quận, Chinese and Japanese
  city/district/ward (市, 区, -shi, -ku) and Hong Kong districts (Kowloon, Tsim Sha Tsui) are each
  their own span; the "Col.", "Brgy.", "Upazila", "Dist.", "Co.", "TP." labels are left out, but
  numbered units keep their label ("Kebele 07", "Phường 7", "Quận 10", "Mirpur-10", "Sector G-9/2"). A Japanese
  block number with its neighbourhood ("3-8-21 Kichijoji-honcho", 日吉2-14-7) is the street
  line. A Ghana Post GPS digital address (GA-183-8164) is ADDRESS. A city with its postal
  district number ("Dublin 14", "Kingston 6") is one ADDRESS span; a separate postcode (Eircode)
  is ZIP. A hyphenated town-suburb pair ("Duisburg-Marxloh") is two spans. Streets and cities
  named after people ("Adeola Odeku Street", "Lý Thường Kiệt", "Hồ Chí Minh") are ADDRESS, not NAME. Prefectures,
  provinces, governorates, states, islands-as-regions (Crete, Trinidad), Hong Kong itself and
  the Navajo Nation are treated like states/regions and are not marked. Clinic addresses in
  letterheads are marked like any other address.
* DATE also covers non-Gregorian dates (Solar Hijri "15 Esfand 1404", Islamic "1 Shawwal 1447",
  Ethiopian "Meskerem 12, 2019", Bengali "2 Falgun", Japanese era "昭和12年4月3日" and "R8.3.10"),
  spoken dates in dictation and OCR-garbled dates ("l4/O7/l96l"). The "E.C." suffix, weekday
  words ("viernes") and the trailing "r." of Polish dates are left out.
* AGE over 89 in Arabic-Indic or Bengali digits is marked as written; one snippet keeps an age
  of exactly 89 unmarked on purpose.
* NAME: honorifics and kinship titles from other languages are left out like "Dr" and "Mrs"
  (Frau, Herr, mw., mevr., dhr., Sra., Sr., Dra., Sayın, Hajiya, Alhaji, Opanyin, Lola, Mdm., 様,
  Κα, মোছাঃ, "Miss"). Reference initials "MK/sd" are two NAME spans. Nicknames in quotes or
  brackets ("Jun-Jun", "Emeka", "Jason") are separate NAME spans. Letter-spaced OCR names and
  names hyphen-broken across a line break are one span including the spacing or line break.
  Possessives are marked without "'s". A dictated "gonzalez comma rosa" is two spans. Words that
  are names in one place and ordinary words in another (Hope, Bill, Summer, Faith, Grace, Joy,
  Patience, Comfort, Precious, Blessing, Young, Story, Black, Dawn, Iris, Pat, Will, May, So)
  are marked only where they are names.
* URL: a patient- or visit-specific link is one URL span even when it contains a name.
  IP covers IPv6 as well as IPv4 (the port after a colon is left out).
* DEVICE: implant, home-monitor and loan-device serial numbers (an IOL serial printed next to a
  model such as SN60WF or ZCB00 is DEVICE; the model is not).
* ARGUABLE: hospital, clinic, care-home, health-board, insurer and programme names, and drug
  lot numbers in injection logs (not a person's identifier, but a cautious de-identifier may
  remove them).
* CLEAN and CLEAN_STRESS contain no identifier under these conventions; CLEAN_STRESS adds
  eponyms, biometry formula names (Barrett, Hoffer, Holladay, Kane), drug and device brands,
  four-part software versions, codes (ICD-10, CPT, SNOMED), fractions, doses, times, countries,
  states and regions, and name-like ordinary words.
"""

POSITIVE = [
    (
        (
            "Northern Navajo Medical Center, Eye Clinic. PT: BEGAY, LORETTA A.   DOB 03/14/1958   IHS chart "
            "104-33-871. Seen with daughter Shaylene Yazzie, who interpreted in Navajo. Mailing: HC 58 Box 412, "
            "Chinle, AZ 86503. Home ph (928) 555-0147."
        ),
        [
            ("NAME", "BEGAY, LORETTA A."),
            ("DATE", "03/14/1958"),
            ("MRN", "104-33-871"),
            ("NAME", "Shaylene Yazzie"),
            ("ADDRESS", "HC 58 Box 412"),
            ("ADDRESS", "Chinle"),
            ("ZIP", "86503"),
            ("PHONE", "(928) 555-0147"),
        ],
    ),
    (
        (
            "Teleretinal diabetic screen. Images captured by H. Tsosie (tech). Patient Harrison Nez, 61, grade R2 "
            "OU, refer. Camera s/n 3F0-22817 at 10.52.7.118 uploaded 4 fields per eye. Grader: dkb."
        ),
        [
            ("NAME", "H. Tsosie"),
            ("NAME", "Harrison Nez"),
            ("DEVICE", "3F0-22817"),
            ("IP", "10.52.7.118"),
            ("NAME", "dkb"),
        ],
    ),
    (
        (
            "Phone note 2:40 pm - pt's grandson Tyrell Benally called: family truck (AZ plate CXK 4471) broke down, "
            "cannot bring grandma Ruth to Gallup for PRP on 4/22. Call back 505-555-0183."
        ),
        [
            ("NAME", "Tyrell Benally"),
            ("VEHICLE", "CXK 4471"),
            ("NAME", "Ruth"),
            ("ADDRESS", "Gallup"),
            ("DATE", "4/22"),
            ("PHONE", "505-555-0183"),
        ],
    ),
    (
        (
            "Grandmother Elsie Yazzie (age 101 per family; the census card says 99) lives near Shiprock without a "
            "phone; CHR Jolene Tso visits weekly and will bring her on 05/18/2026."
        ),
        [
            ("NAME", "Elsie Yazzie"),
            ("AGE", "101"),
            ("AGE", "99"),
            ("ADDRESS", "Shiprock"),
            ("NAME", "Jolene Tso"),
            ("DATE", "05/18/2026"),
        ],
    ),
    (
        (
            "Driver rehab referral - adapted pickup VIN 1FTFW1ET5DFC10312, owner Marcus Yellowhair, Window Rock, AZ "
            "86515. Binocular field meets the state standard."
        ),
        [("VEHICLE", "1FTFW1ET5DFC10312"), ("NAME", "Marcus Yellowhair"), ("ADDRESS", "Window Rock"), ("ZIP", "86515")],
    ),
    (
        (
            "JVN imaging report. Site: Crownpoint. Patient: Tsinajinnie, Marvin. DOB 10/10/1962. Reader: R. Chee, "
            "OD. Result: moderate NPDR OU, no DMO; refer within 3 months."
        ),
        [("ADDRESS", "Crownpoint"), ("NAME", "Tsinajinnie, Marvin"), ("DATE", "10/10/1962"), ("NAME", "R. Chee")],
    ),
    (
        (
            "FAX COVER. To: Eye Clinic, fax (505) 555-0177. From: Dr. Darlene Etsitty, Tuba City. Pages: 4. RE: "
            "Wilson Benally, DOB 6/9/1948 - VF and OCT enclosed."
        ),
        [
            ("FAX", "(505) 555-0177"),
            ("NAME", "Darlene Etsitty"),
            ("ADDRESS", "Tuba City"),
            ("NAME", "Wilson Benally"),
            ("DATE", "6/9/1948"),
        ],
    ),
    (
        (
            "Fundus photos for second opinion: https://drive.example.com/folders/1A9xQ_yazzie_fundus (shared with "
            "Dr. Nakai, read-only)."
        ),
        [("URL", "https://drive.example.com/folders/1A9xQ_yazzie_fundus"), ("NAME", "Nakai")],
    ),
    (
        (
            "Self-pay estimate for Shirley Whitehorse: guarantor acct 4400-218-93; encounter billing # E-55012-88; "
            "questions to billing 1-866-555-0123."
        ),
        [
            ("NAME", "Shirley Whitehorse"),
            ("ACCOUNT", "4400-218-93"),
            ("ACCOUNT", "E-55012-88"),
            ("PHONE", "1-866-555-0123"),
        ],
    ),
    (
        (
            "Paciente: Hernández Ramírez, María Guadalupe  |  Edad: 72  |  Idioma: español  |  Medicaid ID "
            "71-284-5539-A  |  Cuenta 0098123345  |  Tel. cel. 312-555-0162"
        ),
        [
            ("NAME", "Hernández Ramírez, María Guadalupe"),
            ("INSURANCE", "71-284-5539-A"),
            ("ACCOUNT", "0098123345"),
            ("PHONE", "312-555-0162"),
        ],
    ),
    (
        (
            "Dear Dr. Villarreal, I am referring Mr. José Luis Ortega (DOB 11/02/1961) with PDR OU. His wife "
            "Yesenia prefers calls in Spanish at (956) 555-0129. Address: 1418 W. Nolana Ave, Apt 6, McAllen, TX "
            "78504. Sincerely, Rebecca Saldívar, OD, NPI 1538274610"
        ),
        [
            ("NAME", "Villarreal"),
            ("NAME", "José Luis Ortega"),
            ("DATE", "11/02/1961"),
            ("NAME", "Yesenia"),
            ("PHONE", "(956) 555-0129"),
            ("ADDRESS", "1418 W. Nolana Ave, Apt 6"),
            ("ADDRESS", "McAllen"),
            ("ZIP", "78504"),
            ("NAME", "Rebecca Saldívar"),
            ("LICENSE", "1538274610"),
        ],
    ),
    (
        (
            "dictated: patient is a 68 year old hispanic female accompanied by her son ramon and daughter-in-law "
            "lupe, who report glare at night. dictated by dr. alvarez, transcribed by kp on 9/30."
        ),
        [("NAME", "ramon"), ("NAME", "lupe"), ("NAME", "alvarez"), ("NAME", "kp"), ("DATE", "9/30")],
    ),
    (
        (
            "this is doctor hoffmann dictating on patient gonzalez comma rosa period date of service march third "
            "twenty twenty six period chief complaint floaters left eye period"
        ),
        [("NAME", "hoffmann"), ("NAME", "gonzalez"), ("NAME", "rosa"), ("DATE", "march third twenty twenty six")],
    ),
    (
        (
            "ID verified at check-in: TX DL 04418273, Ms. Yolanda Treviño-Garza (exp 2029). Dilated; driven home by "
            "her brother Beto."
        ),
        [("LICENSE", "04418273"), ("NAME", "Yolanda Treviño-Garza"), ("NAME", "Beto")],
    ),
    (
        (
            "Home-monitoring app sync from 2001:db8:85a3::8a2e:370:7334 failed twice; device serial AL-47-30028; "
            "patient Óscar Beltrán asked to re-pair it."
        ),
        [("IP", "2001:db8:85a3::8a2e:370:7334"), ("DEVICE", "AL-47-30028"), ("NAME", "Óscar Beltrán")],
    ),
    (
        (
            "Interpreter (Vietnamese) Ms. Trần Thị Hoa present by video. Pt Nguyen Van Minh, 79, c/o blurred vision "
            "OS for 3 weeks. Son Nguyen Quoc Bao (cell 714-555-0138) drives him from Westminster, CA 92683."
        ),
        [
            ("NAME", "Trần Thị Hoa"),
            ("NAME", "Nguyen Van Minh"),
            ("NAME", "Nguyen Quoc Bao"),
            ("PHONE", "714-555-0138"),
            ("ADDRESS", "Westminster"),
            ("ZIP", "92683"),
        ],
    ),
    (
        (
            "Portal message from Pham Thi Lan: 'Bac si oi, my drop bottle is empty, can pharmacy refill? I am at "
            "9261 Bolsa Ave #12.' Thread: https://mychart.example-health.org/msg/4481-77QZ  Replied - AK"
        ),
        [
            ("NAME", "Pham Thi Lan"),
            ("ADDRESS", "9261 Bolsa Ave #12"),
            ("URL", "https://mychart.example-health.org/msg/4481-77QZ"),
            ("NAME", "AK"),
        ],
    ),
    (
        (
            "Security alert: portal account for Tran, Mai Anh accessed from 203.0.113.58 at 02:14; reset link sent "
            "to maianh.tran@mail.example.com."
        ),
        [("NAME", "Tran, Mai Anh"), ("IP", "203.0.113.58"), ("EMAIL", "maianh.tran@mail.example.com")],
    ),
    (
        (
            "Korean interpreter (Sunny Cho) used. Pt KIM, JI-HOON (goes by 'Jason'), 58M, MRN 55210934, fell at his "
            "dry-cleaning store on 2/14/2026. Wife Park Soo-yeon: soo.park88@mailbox.example.com"
        ),
        [
            ("NAME", "Sunny Cho"),
            ("NAME", "KIM, JI-HOON"),
            ("NAME", "Jason"),
            ("MRN", "55210934"),
            ("DATE", "2/14/2026"),
            ("NAME", "Park Soo-yeon"),
            ("EMAIL", "soo.park88@mailbox.example.com"),
        ],
    ),
    (
        (
            "Nursing home consult. Mrs. Lee Bok-soon is a 94 y/o Korean-speaking woman with bilateral mature "
            "cataract. Niece and caregiver Grace Han consents. Facility: Sunrise Terrace, 3300 Wilshire Blvd, Los "
            "Angeles, CA 90010."
        ),
        [
            ("NAME", "Lee Bok-soon"),
            ("AGE", "94"),
            ("NAME", "Grace Han"),
            ("ADDRESS", "3300 Wilshire Blvd"),
            ("ADDRESS", "Los Angeles"),
            ("ZIP", "90010"),
        ],
    ),
    (
        "f/u Mrs. Choi (Hyun-joo) next Tues, drops w/ son Danny, cell 213.555.0174",
        [("NAME", "Choi"), ("NAME", "Hyun-joo"), ("NAME", "Danny"), ("PHONE", "213.555.0174")],
    ),
    (
        "jh kim (OCT tech) - rescan OS, motion artefact on first pass. pt mrs park happy to wait.",
        [("NAME", "jh kim"), ("NAME", "park")],
    ),
    (
        "환자: 박수연 (여, 58세), 주소 서울특별시 강남구 테헤란로 152, 연락처 010-2345-6789. 당뇨망막병증 의뢰.",
        [
            ("NAME", "박수연"),
            ("ADDRESS", "서울특별시"),
            ("ADDRESS", "강남구"),
            ("ADDRESS", "테헤란로 152"),
            ("PHONE", "010-2345-6789"),
        ],
    ),
    (
        (
            "Pt Daniel Kwon's CA DL D4471829 copied for the DMV vision form; his Corolla 8KZT302 was towed from lot "
            "C while he was dilated."
        ),
        [("NAME", "Daniel Kwon"), ("LICENSE", "D4471829"), ("VEHICLE", "8KZT302")],
    ),
    (
        (
            "Medicare MBI 1EG4-TE5-MK73; secondary Blue Cross group 00827, member XJH448120031. Guarantor: Anthony "
            "Russo, 220 Orchard St, Apt 4F, New York, NY 10002."
        ),
        [
            ("INSURANCE", "1EG4-TE5-MK73"),
            ("INSURANCE", "00827"),
            ("INSURANCE", "XJH448120031"),
            ("NAME", "Anthony Russo"),
            ("ADDRESS", "220 Orchard St, Apt 4F"),
            ("ADDRESS", "New York"),
            ("ZIP", "10002"),
        ],
    ),
    (
        (
            "Encounter 2026-03-09 | Provider: Emily Chang, MD | PCP: Raúl Espinoza, PA-C | Pt: Ramos, Ana Lucía | "
            "MRN E0042213 | FIN 7700231945 | DOB 1953-08-27"
        ),
        [
            ("DATE", "2026-03-09"),
            ("NAME", "Emily Chang"),
            ("NAME", "Raúl Espinoza"),
            ("NAME", "Ramos, Ana Lucía"),
            ("MRN", "E0042213"),
            ("ACCOUNT", "7700231945"),
            ("DATE", "1953-08-27"),
        ],
    ),
    (
        (
            "ForeseeHome monitor S/N FH2019-33872 shipped to 4107 Magnolia Dr, Tallahassee, FL 32303 for pt Earl "
            "Jenkins; training call booked."
        ),
        [
            ("DEVICE", "FH2019-33872"),
            ("ADDRESS", "4107 Magnolia Dr"),
            ("ADDRESS", "Tallahassee"),
            ("ZIP", "32303"),
            ("NAME", "Earl Jenkins"),
        ],
    ),
    (
        (
            "Susvimo port delivery implant, serial 0021-77841, refilled 2026-01-30 for Mrs. Dorothy Wainwright, 93, "
            "who tolerated it well."
        ),
        [("DEVICE", "0021-77841"), ("DATE", "2026-01-30"), ("NAME", "Dorothy Wainwright"), ("AGE", "93")],
    ),
    (
        (
            "Sterling Baptiste, 58, from Port-au-Prince, speaks Haitian Creole; interpreter Wilner Jean-Louis "
            "joined via the language line 1-800-555-0110."
        ),
        [
            ("NAME", "Sterling Baptiste"),
            ("ADDRESS", "Port-au-Prince"),
            ("NAME", "Wilner Jean-Louis"),
            ("PHONE", "1-800-555-0110"),
        ],
    ),
    (
        (
            "May Lwin Oo (Burmese, arrived last year) attended with her resettlement case worker Will Tapsell, "
            "will.tapsell@resettle-example.org, who will arrange transport."
        ),
        [("NAME", "May Lwin Oo"), ("NAME", "Will Tapsell"), ("EMAIL", "will.tapsell@resettle-example.org")],
    ),
    (
        (
            "INSTITUTO MEXICANO DEL SEGURO SOCIAL - Nota de referencia. Nombre: CASTAÑEDA RUIZ XIMENA. NSS: 4218 63 "
            "1547-2. Domicilio: Calle Tlaxcala 148, int. 3, Col. Roma Sur, Cuauhtémoc, C.P. 06760, Ciudad de "
            "México. Tel. 55 5264 1187. Fecha: 03/02/2026. Médico: Dr. Alejandro Villaseñor Ortiz, Céd. Prof. "
            "7894512."
        ),
        [
            ("NAME", "CASTAÑEDA RUIZ XIMENA"),
            ("INSURANCE", "4218 63 1547-2"),
            ("ADDRESS", "Calle Tlaxcala 148, int. 3"),
            ("ADDRESS", "Roma Sur"),
            ("ADDRESS", "Cuauhtémoc"),
            ("ZIP", "06760"),
            ("ADDRESS", "Ciudad de México"),
            ("PHONE", "55 5264 1187"),
            ("DATE", "03/02/2026"),
            ("NAME", "Alejandro Villaseñor Ortiz"),
            ("LICENSE", "7894512"),
        ],
    ),
    (
        (
            "Inyección intravítrea OD | bevacizumab 1.25 mg/0.05 ml | Lote ABX2291 | 14-ene-2026 | Dra. Sofía "
            "Peralta | Px: Juan Carlos Méndez Luna, Exp. 2025-004471"
        ),
        [
            ("DATE", "14-ene-2026"),
            ("NAME", "Sofía Peralta"),
            ("NAME", "Juan Carlos Méndez Luna"),
            ("MRN", "2025-004471"),
        ],
    ),
    (
        (
            "Paciente femenina de 91 años, originaria de Juchitán, Oaxaca, acompañada por su nieta Itzel, quien "
            "traduce del zapoteco. Catarata madura AO."
        ),
        [("AGE", "91"), ("ADDRESS", "Juchitán"), ("NAME", "Itzel")],
    ),
    (
        (
            "WhatsApp 10:12 - la Sra. Guadalupe (mamá de Emiliano Rojas) envía foto de la receta desde el +52 1 33 "
            "1987 6420; viven en Zapopan, Jal. Se le cita el viernes 13 de marzo."
        ),
        [
            ("NAME", "Guadalupe"),
            ("NAME", "Emiliano Rojas"),
            ("PHONE", "+52 1 33 1987 6420"),
            ("ADDRESS", "Zapopan"),
            ("DATE", "13 de marzo"),
        ],
    ),
    (
        (
            "Clínica de Retina del Norte, Av. Constitución 2050 Ote., Monterrey, N.L. 64000. Tel (81) 8348-2200, "
            "Fax (81) 8348-2210. Atendió: Dr. Héctor Garza Leal."
        ),
        [
            ("ADDRESS", "Av. Constitución 2050 Ote."),
            ("ADDRESS", "Monterrey"),
            ("ZIP", "64000"),
            ("PHONE", "(81) 8348-2200"),
            ("FAX", "(81) 8348-2210"),
            ("NAME", "Héctor Garza Leal"),
        ],
    ),
    (
        (
            "HOSPITAL  GENERAL  DE  MÉXICO\nNombre:  R O S A R I O   P É R E Z\nExpediente:  1 2 3 4 5 6 7\nDx: DR "
            "proliferativa AO"
        ),
        [("NAME", "R O S A R I O   P É R E Z"), ("MRN", "1 2 3 4 5 6 7")],
    ),
    (
        (
            "Prontuário: 4471203 | Paciente: João Pedro da Silva Nascimento | Cartão SUS: 898 0012 3456 7891 | "
            "Nasc.: 22/07/1949 | End.: Rua Augusta, 1508, apto 72 - Consolação - São Paulo/SP - CEP 01304-001 | "
            "Tel.: (11) 98765-4321"
        ),
        [
            ("MRN", "4471203"),
            ("NAME", "João Pedro da Silva Nascimento"),
            ("INSURANCE", "898 0012 3456 7891"),
            ("DATE", "22/07/1949"),
            ("ADDRESS", "Rua Augusta, 1508, apto 72"),
            ("ADDRESS", "Consolação"),
            ("ADDRESS", "São Paulo"),
            ("ZIP", "01304-001"),
            ("PHONE", "(11) 98765-4321"),
        ],
    ),
    (
        (
            "Prezada Dra. Fernanda Albuquerque, encaminho a Sra. Luíza Carvalho Menezes, 67 anos, para avaliação de "
            "glaucoma. Filha: Bianca (bianca.menezes@correio.example.br). Atenciosamente, Dr. Rafael Toledo - "
            "CRM-MG 48.217"
        ),
        [
            ("NAME", "Fernanda Albuquerque"),
            ("NAME", "Luíza Carvalho Menezes"),
            ("NAME", "Bianca"),
            ("EMAIL", "bianca.menezes@correio.example.br"),
            ("NAME", "Rafael Toledo"),
            ("LICENSE", "48.217"),
        ],
    ),
    (
        (
            "HOSPITAL DAS CLÍNICAS - LAUDO DE OCT\nPaciente : ANTÔNIO  CARLOS  FERREIRA\nRG HC : 3 3 9 1 0 2 7 F\n"
            "Data exame: 0 5/0 1/2 0 2 6\nOperador : ms"
        ),
        [
            ("NAME", "ANTÔNIO  CARLOS  FERREIRA"),
            ("MRN", "3 3 9 1 0 2 7 F"),
            ("DATE", "0 5/0 1/2 0 2 6"),
            ("NAME", "ms"),
        ],
    ),
    (
        (
            "Relato: paciente bateu o carro (placa BRA2E19) após midríase; acompanhante Sr. Wellington Souza, tel. "
            "(21) 3321-0456. Orientado a não dirigir por 24 h."
        ),
        [("VEHICLE", "BRA2E19"), ("NAME", "Wellington Souza"), ("PHONE", "(21) 3321-0456")],
    ),
    (
        (
            "Paciente Raimunda Gomes dos Santos: laudo disponível em "
            "https://laudos.tele-oftalmo-example.com.br/exame/884213?chave=f9c2 (último acesso do IP 187.45.201.9)."
        ),
        [
            ("NAME", "Raimunda Gomes dos Santos"),
            ("URL", "https://laudos.tele-oftalmo-example.com.br/exame/884213?chave=f9c2"),
            ("IP", "187.45.201.9"),
        ],
    ),
    (
        (
            "Ceratoprótese Boston tipo I (serial KP1-08871) implantada OD em 18/11/2025 no Sr. Severino Lima; "
            "revisão com lente de contato terapêutica."
        ),
        [("DEVICE", "KP1-08871"), ("DATE", "18/11/2025"), ("NAME", "Severino Lima")],
    ),
    (
        (
            "Universitäts-Augenklinik - Arztbrief\nPatient: Obermeier, Jürgen, geb. 12.03.1941\nPatienten-Nr.: "
            "20418873 / Fall-Nr.: 6104458812\nVersicherung: AOK Bayern, Vers.-Nr. K482917365\nAnschrift: "
            "Lindwurmstr. 88, 80337 München"
        ),
        [
            ("NAME", "Obermeier, Jürgen"),
            ("DATE", "12.03.1941"),
            ("MRN", "20418873"),
            ("ACCOUNT", "6104458812"),
            ("INSURANCE", "K482917365"),
            ("ADDRESS", "Lindwurmstr. 88"),
            ("ZIP", "80337"),
            ("ADDRESS", "München"),
        ],
    ),
    (
        (
            "Sehr geehrte Frau Kollegin Dr. med. Wendt, wir berichten über Ihre Patientin Frau Hannelore Schäfer "
            "(96 J.), die sich am 4. Februar 2026 notfallmäßig vorstellte. Mit freundlichen Grüßen, PD Dr. Matthias "
            "Krüger, Oberarzt. Tel. 089 4400-53811, Fax 089 4400-53822"
        ),
        [
            ("NAME", "Wendt"),
            ("NAME", "Hannelore Schäfer"),
            ("AGE", "96"),
            ("DATE", "4. Februar 2026"),
            ("NAME", "Matthias Krüger"),
            ("PHONE", "089 4400-53811"),
            ("FAX", "089 4400-53822"),
        ],
    ),
    (
        (
            "Fahreignung: Visus bds. 0,5; Gesichtsfeld nach Esterman ausreichend. Führerschein-Nr. B072RRE2I55, "
            "Kennzeichen M-KL 4821. Herr Dieter Hahn wurde über die Auflagen aufgeklärt."
        ),
        [("LICENSE", "B072RRE2I55"), ("VEHICLE", "M-KL 4821"), ("NAME", "Dieter Hahn")],
    ),
    (
        "re: pat. frau yildiz-becker, tochter meltem ruft an 0176 2233 4189, termin 17.4. bitte verschieben. bg",
        [("NAME", "yildiz-becker"), ("NAME", "meltem"), ("PHONE", "0176 2233 4189"), ("DATE", "17.4."), ("NAME", "bg")],
    ),
    (
        "Bitte Befund per Fax an die Praxis Dr. Öztürk: +49 (0)30 2345 6789-9, z. Hd. Frau Nilüfer Öztürk-Kaya.",
        [("NAME", "Öztürk"), ("FAX", "+49 (0)30 2345 6789-9"), ("NAME", "Nilüfer Öztürk-Kaya")],
    ),
    (
        (
            "Rezept: Timolol 0,5 % AT 1-0-1. Versicherte: Wendler, Gisela, geb. 05.11.1936, Kasse: Techniker "
            "Krankenkasse, Vers.-Nr. M228461093. Arzt-Nr. (LANR) 123456601."
        ),
        [("NAME", "Wendler, Gisela"), ("DATE", "05.11.1936"), ("INSURANCE", "M228461093"), ("LICENSE", "123456601")],
    ),
    (
        (
            "Technik: OCT-Export nach PACS (AE OPH_OCT1, 172.16.8.21:104) fehlgeschlagen; Pat.-ID 20419902 manuell "
            "nachgetragen. - hs"
        ),
        [("IP", "172.16.8.21"), ("MRN", "20419902"), ("NAME", "hs")],
    ),
    (
        (
            "Einladung Patientenportal: https://portal.augenklinik-example.de/einladung/7H3K-9QP2 - an Herrn "
            "Wolfgang Brandt, w.brandt@t-online.example.de"
        ),
        [
            ("URL", "https://portal.augenklinik-example.de/einladung/7H3K-9QP2"),
            ("NAME", "Wolfgang Brandt"),
            ("EMAIL", "w.brandt@t-online.example.de"),
        ],
    ),
    (
        (
            "Rechnung Nr. 2026/11483 (IGeL-Leistung: OCT) an Frau Petra Hoffmann; Zahlung per Überweisung, "
            "Verwendungszweck 2026/11483."
        ),
        [("ACCOUNT", "2026/11483"), ("NAME", "Petra Hoffmann"), ("ACCOUNT", "2026/11483")],
    ),
    (
        (
            "OCT (Spectralis) 22.01.2026, Untersucher: KW. Befundung: Dr. Selin Arslan. Patient: Klaus-Dieter "
            "Rösler, 79 J., trockene AMD bds."
        ),
        [("DATE", "22.01.2026"), ("NAME", "KW"), ("NAME", "Selin Arslan"), ("NAME", "Klaus-Dieter Rösler")],
    ),
    (
        (
            "Frau Emine Demir (Dolmetscherin: Tochter Zeynep) aus Duisburg-Marxloh stellt sich zur Kontrolle nach "
            "Vitrektomie vor."
        ),
        [("NAME", "Emine Demir"), ("NAME", "Zeynep"), ("ADDRESS", "Duisburg"), ("ADDRESS", "Marxloh")],
    ),
    (
        (
            "Verwijsbrief oogheelkunde. Betreft: mw. A.J. (Anneke) van den Berg-Smit, geb. 02-09-1952, BSN "
            "123456782, Prinsengracht 263-2, 1016 GV Amsterdam. Polisnummer Zilveren Kruis 837461920. Huisarts: dr. "
            "P. de Vries, tel. 020-555 1234."
        ),
        [
            ("NAME", "A.J."),
            ("NAME", "Anneke"),
            ("NAME", "van den Berg-Smit"),
            ("DATE", "02-09-1952"),
            ("MRN", "123456782"),
            ("ADDRESS", "Prinsengracht 263-2"),
            ("ZIP", "1016 GV"),
            ("ADDRESS", "Amsterdam"),
            ("INSURANCE", "837461920"),
            ("NAME", "P. de Vries"),
            ("PHONE", "020-555 1234"),
        ],
    ),
    (
        (
            "OCT-macula ODS, 14 januari 2026. Laborant: JvdM. Bevindingen: actieve CNV OS. Beelden: "
            "https://beeld.oogzorg-example.nl/viewer?study=1.2.826.0.1.3680043.8.498.99127  Patiëntnummer 7703215."
        ),
        [
            ("DATE", "14 januari 2026"),
            ("NAME", "JvdM"),
            ("URL", "https://beeld.oogzorg-example.nl/viewer?study=1.2.826.0.1.3680043.8.498.99127"),
            ("MRN", "7703215"),
        ],
    ),
    (
        (
            "Mevr. Joke Bakker mag na de injectie niet zelf rijden; zoon Sem haalt haar op (auto, kenteken "
            "GZ-482-K). Bereikbaar op 06-1234 5678."
        ),
        [("NAME", "Joke Bakker"), ("NAME", "Sem"), ("VEHICLE", "GZ-482-K"), ("PHONE", "06-1234 5678")],
    ),
    (
        (
            "Iris Vermeulen (dochter) says her mother's iris looks darker since starting latanoprost. Mother: "
            "Wilhelmina Vermeulen-Jansen, 91, lives alone in Zwolle."
        ),
        [("NAME", "Iris Vermeulen"), ("NAME", "Wilhelmina Vermeulen-Jansen"), ("AGE", "91"), ("ADDRESS", "Zwolle")],
    ),
    (
        (
            "Ontslagbrief aan huisarts dr. M. Kuipers (m.kuipers@hapraktijk-example.nl) betreffende dhr. Bram de "
            "Groot uit Vlaardingen, ontslagen op 3 maart 2026 na ablatiochirurgie."
        ),
        [
            ("NAME", "M. Kuipers"),
            ("EMAIL", "m.kuipers@hapraktijk-example.nl"),
            ("NAME", "Bram de Groot"),
            ("ADDRESS", "Vlaardingen"),
            ("DATE", "3 maart 2026"),
        ],
    ),
    (
        (
            "Verantwoordelijk oogarts: Yasmina El Idrissi, BIG 49012345601; optometrist Lotte Smit (BIG "
            "89034567230) deed de visusbepaling."
        ),
        [
            ("NAME", "Yasmina El Idrissi"),
            ("LICENSE", "49012345601"),
            ("NAME", "Lotte Smit"),
            ("LICENSE", "89034567230"),
        ],
    ),
    (
        "Declaratie: factuurnummer 7001-2284-05 voor DBC glaucoom, mevr. Fatma Aydın; herinnering verstuurd.",
        [("ACCOUNT", "7001-2284-05"), ("NAME", "Fatma Aydın")],
    ),
    (
        (
            "Bericht van mevr. Soekarnie Ramsaran via de app: 'mijn oog is rood sinds zaterdag'. Teruggebeld op "
            "0612 345 678, komt morgen."
        ),
        [("NAME", "Soekarnie Ramsaran"), ("PHONE", "0612 345 678")],
    ),
    (
        (
            "Remiss till ögonkliniken. Patient: Sjöberg, Mikael, personnr 19470812-3396. Adress: Götgatan 14 B, 118 "
            "46 Stockholm. Tel 070-123 45 67. Remitterande: Karin Lindqvist, leg. läkare, Vårdcentral Skogås."
        ),
        [
            ("NAME", "Sjöberg, Mikael"),
            ("MRN", "19470812-3396"),
            ("ADDRESS", "Götgatan 14 B"),
            ("ZIP", "118 46"),
            ("ADDRESS", "Stockholm"),
            ("PHONE", "070-123 45 67"),
            ("NAME", "Karin Lindqvist"),
        ],
    ),
    (
        (
            "Körkort: patienten (Hassan Abdi, 71) uppfyller ej synfältskraven; anmälan skickad. Körkortsnr "
            "20014587, bil KFT 27H står kvar på parkeringen."
        ),
        [("NAME", "Hassan Abdi"), ("LICENSE", "20014587"), ("VEHICLE", "KFT 27H")],
    ),
    (
        (
            "Pas. Ingrid Løvold (92 år) fra Tromsø bor alene; nabo Arne Solheim har nøkkel. Kontakt datter Sigrid "
            "på +47 912 34 567. Time 23.03.2026 kl 09:15."
        ),
        [
            ("NAME", "Ingrid Løvold"),
            ("AGE", "92"),
            ("ADDRESS", "Tromsø"),
            ("NAME", "Arne Solheim"),
            ("NAME", "Sigrid"),
            ("PHONE", "+47 912 34 567"),
            ("DATE", "23.03.2026"),
        ],
    ),
    (
        (
            "Digital konsultasjon: https://helse-example.no/konsultasjon/9f3a-22b1 - pasient Ole Kristian Haugen, "
            "Bergen, ønsker videotime."
        ),
        [
            ("URL", "https://helse-example.no/konsultasjon/9f3a-22b1"),
            ("NAME", "Ole Kristian Haugen"),
            ("ADDRESS", "Bergen"),
        ],
    ),
    (
        (
            "CPR 120345-1847 - Freja Kjærgaard, Nørrebrogade 52, 3. tv, 2200 København N. Øjenlæge: Lars Holm. "
            "Faktura nr. 2026-0417-88."
        ),
        [
            ("MRN", "120345-1847"),
            ("NAME", "Freja Kjærgaard"),
            ("ADDRESS", "Nørrebrogade 52, 3. tv"),
            ("ZIP", "2200"),
            ("ADDRESS", "København"),
            ("NAME", "Lars Holm"),
            ("ACCOUNT", "2026-0417-88"),
        ],
    ),
    (
        (
            "Potilas Aino Virtanen, hetu 150938-128K, osoite Hämeenkatu 21 A 5, 33200 Tampere. Puh. 040 712 3456. "
            "Lähettäjä: Jukka Mäkinen."
        ),
        [
            ("NAME", "Aino Virtanen"),
            ("MRN", "150938-128K"),
            ("ADDRESS", "Hämeenkatu 21 A 5"),
            ("ZIP", "33200"),
            ("ADDRESS", "Tampere"),
            ("PHONE", "040 712 3456"),
            ("NAME", "Jukka Mäkinen"),
        ],
    ),
    (
        "Guðrún Sigurðardóttir, kt. 120347-2389, Reykjavík - send photos of the naevus to her son Einar.",
        [("NAME", "Guðrún Sigurðardóttir"), ("MRN", "120347-2389"), ("ADDRESS", "Reykjavík"), ("NAME", "Einar")],
    ),
    (
        "IOL: Tecnis ZCB00 +21.5 D, SN 4782619083 (sticker in notes). Surgeon: Kjell Andersen; scrub: pn.",
        [("DEVICE", "4782619083"), ("NAME", "Kjell Andersen"), ("NAME", "pn")],
    ),
    (
        (
            "List 11/03: (1) Sánchez Morales, Rocío - PPV + gas, no flying; (2) Begum, Nasima - EUA; (3) Johansson, "
            "Erik - Ahmed FP7, S/N 0456721."
        ),
        [
            ("DATE", "11/03"),
            ("NAME", "Sánchez Morales, Rocío"),
            ("NAME", "Begum, Nasima"),
            ("NAME", "Johansson, Erik"),
            ("DEVICE", "0456721"),
        ],
    ),
    (
        (
            "Skierowanie do poradni okulistycznej. Pacjent: Krzysztof Wiśniewski, PESEL 45061204571, zam. ul. "
            "Marszałkowska 84/92 m. 117, 00-514 Warszawa. Lekarz kierujący: lek. Agnieszka Zając, PWZ 2914563. "
            "Data: 12.05.2026 r."
        ),
        [
            ("NAME", "Krzysztof Wiśniewski"),
            ("MRN", "45061204571"),
            ("ADDRESS", "ul. Marszałkowska 84/92 m. 117"),
            ("ZIP", "00-514"),
            ("ADDRESS", "Warszawa"),
            ("NAME", "Agnieszka Zając"),
            ("LICENSE", "2914563"),
            ("DATE", "12.05.2026"),
        ],
    ),
    (
        (
            "Telefon od córki p. Bożeny Kowalczyk (tel. 601 234 567): mama ma nagły ból oka od wczoraj. Przyjechała "
            "z sąsiadem, p. Tadeuszem; samochód WE 7R442 na parkingu."
        ),
        [("NAME", "Bożeny Kowalczyk"), ("PHONE", "601 234 567"), ("NAME", "Tadeuszem"), ("VEHICLE", "WE 7R442")],
    ),
    (
        "Pacjentka lat 94, zam. Kraków, ul. Długa 17/3; krople podaje opiekunka, pani Halina.",
        [("AGE", "94"), ("ADDRESS", "Kraków"), ("ADDRESS", "ul. Długa 17/3"), ("NAME", "Halina")],
    ),
    (
        "Faktura VAT nr FV/2026/03/1187 za badanie OCT; płatnik: Marek Zieliński, konto pacjenta 4410-2281.",
        [("ACCOUNT", "FV/2026/03/1187"), ("NAME", "Marek Zieliński"), ("ACCOUNT", "4410-2281")],
    ),
    (
        "Mr Kowalczyk (Jan) attended alone. Mr Kowalczyk's driving licence K0791205 noted for the DVLA form.",
        [("NAME", "Kowalczyk"), ("NAME", "Jan"), ("NAME", "Kowalczyk"), ("LICENSE", "K0791205")],
    ),
    (
        (
            "Patient: Eleni Papadopoulou, AMKA 12035112345, Odos Ermou 45, 105 63 Athina. Tel. +30 210 321 4455. "
            "Referred by Dr. Dimitrios Alexiou (d.alexiou@iatreio-example.gr)."
        ),
        [
            ("NAME", "Eleni Papadopoulou"),
            ("INSURANCE", "12035112345"),
            ("ADDRESS", "Odos Ermou 45"),
            ("ZIP", "105 63"),
            ("ADDRESS", "Athina"),
            ("PHONE", "+30 210 321 4455"),
            ("NAME", "Dimitrios Alexiou"),
            ("EMAIL", "d.alexiou@iatreio-example.gr"),
        ],
    ),
    (
        "Ασθενής: Γεώργιος Κωνσταντίνου, 93 ετών, από τη Θεσσαλονίκη. Καταρράκτης ΑΟ, προγραμματίζεται χειρουργείο.",
        [("NAME", "Γεώργιος Κωνσταντίνου"), ("AGE", "93"), ("ADDRESS", "Θεσσαλονίκη")],
    ),
    (
        "Κα Μαρία Νικολάου, τηλ. 6944 123 456, Πάτρα - ζητά αλλαγή ραντεβού.",
        [("NAME", "Μαρία Νικολάου"), ("PHONE", "6944 123 456"), ("ADDRESS", "Πάτρα")],
    ),
    (
        "Mr Spyros Antonopoulos, aged ninety-one, from Heraklion, Crete; private billing acct PB-22719.",
        [("NAME", "Spyros Antonopoulos"), ("AGE", "ninety-one"), ("ADDRESS", "Heraklion"), ("ACCOUNT", "PB-22719")],
    ),
    (
        "Loaned vision-monitoring tablet (serial DMPX93KLQ1GC) to Dimitra Kostopoulou; to be returned by 30/06.",
        [("DEVICE", "DMPX93KLQ1GC"), ("NAME", "Dimitra Kostopoulou"), ("DATE", "30/06")],
    ),
    (
        (
            "Hasta: Ayşe Yılmaz, TC Kimlik No: 10987654321, Doğum tarihi: 14.06.1950. Adres: Bağdat Cad. No: 312 D: "
            "7, Kadıköy/İstanbul 34728. Cep: 0532 412 78 90. Yakını: oğlu Mehmet Yılmaz."
        ),
        [
            ("NAME", "Ayşe"),
            ("NAME", "Yılmaz"),
            ("MRN", "10987654321"),
            ("DATE", "14.06.1950"),
            ("ADDRESS", "Bağdat Cad. No: 312 D: 7"),
            ("ADDRESS", "Kadıköy"),
            ("ADDRESS", "İstanbul"),
            ("ZIP", "34728"),
            ("PHONE", "0532 412 78 90"),
            ("NAME", "Mehmet"),
            ("NAME", "Yılmaz"),
        ],
    ),
    (
        (
            "Epikriz - Beyoğlu Göz EAH. Op: fakoemülsifikasyon + GİL (SN60WF 21.0 D, seri no. 12873549.041). "
            "Cerrah: Op. Dr. Emine Çelik. Taburcu: 09.01.2026. Refakatçi 34 ABC 127 plakalı araçla geldi."
        ),
        [("DEVICE", "12873549.041"), ("NAME", "Emine Çelik"), ("DATE", "09.01.2026"), ("VEHICLE", "34 ABC 127")],
    ),
    (
        "SMS gönderildi: Sayın Mehmet Öztürk, 16 Mart 2026 saat 10:30 göz kontrolünüz vardır. Bilgi: 0212 555 44 33",
        [("NAME", "Mehmet Öztürk"), ("DATE", "16 Mart 2026"), ("PHONE", "0212 555 44 33")],
    ),
    (
        "Pt: Gülsüm Koç. Seen 1 Feb; laser 8 Feb; review Mar 2026 with fields.",
        [("NAME", "Gülsüm Koç"), ("DATE", "1 Feb"), ("DATE", "8 Feb"), ("DATE", "Mar 2026")],
    ),
    (
        (
            "Referral: Mr. Mohamed Abdel-Rahman El-Sayed, 58, national ID 26701150102345, from Shubra El Kheima, "
            "Qalyubia. Mobile +20 100 234 5678. Referring doctor: Dr. Nour Hamdy."
        ),
        [
            ("NAME", "Mohamed Abdel-Rahman El-Sayed"),
            ("MRN", "26701150102345"),
            ("ADDRESS", "Shubra El Kheima"),
            ("PHONE", "+20 100 234 5678"),
            ("NAME", "Nour Hamdy"),
        ],
    ),
    (
        (
            "Triage (Arabic note copied in): المريضة هدى محمود، العمر ٩٢ سنة، من القاهرة - sudden painless loss of "
            "vision OD this morning."
        ),
        [("NAME", "هدى محمود"), ("AGE", "٩٢"), ("ADDRESS", "القاهرة")],
    ),
    (
        "Please reply to Dr. Hoda Mahmoud, Kasr Al Ainy, fax +20 2 2364 1100, hoda.mahmoud@kasr-example.eg",
        [("NAME", "Hoda Mahmoud"), ("FAX", "+20 2 2364 1100"), ("EMAIL", "hoda.mahmoud@kasr-example.eg")],
    ),
    (
        (
            "Patient Abdallah Mostafa Ibrahim (triple name as on ID card) from Minya; son Karim drives him (plate ب "
            "ص ق 4521)."
        ),
        [("NAME", "Abdallah Mostafa Ibrahim"), ("ADDRESS", "Minya"), ("NAME", "Karim"), ("VEHICLE", "ب ص ق 4521")],
    ),
    (
        (
            "Farabi Eye Hospital - consult. Patient: Shirin Ahmadi, national code 0071234567, Apt 4, No. 17, "
            "Golestan Alley, Vali-Asr St, Tehran 1965914411. Husband Farhad Tehrani: 0912 345 6789."
        ),
        [
            ("NAME", "Shirin Ahmadi"),
            ("MRN", "0071234567"),
            ("ADDRESS", "Apt 4, No. 17, Golestan Alley, Vali-Asr St"),
            ("ADDRESS", "Tehran"),
            ("ZIP", "1965914411"),
            ("NAME", "Farhad Tehrani"),
            ("PHONE", "0912 345 6789"),
        ],
    ),
    (
        (
            "Follow-up booked for 15 Esfand 1404 with Dr. Maryam Hosseini-Nejad; Tamin Ejtemaei insurance no. "
            "2219-8834-01."
        ),
        [("DATE", "15 Esfand 1404"), ("NAME", "Maryam Hosseini-Nejad"), ("INSURANCE", "2219-8834-01")],
    ),
    (
        "Maryam Rezaei (maryam.rezaei1360@mail-example.ir) asks whether her father, 93, can have surgery in Mashhad.",
        [
            ("NAME", "Maryam Rezaei"),
            ("EMAIL", "maryam.rezaei1360@mail-example.ir"),
            ("AGE", "93"),
            ("ADDRESS", "Mashhad"),
        ],
    ),
    (
        (
            "FFA: fluorescein 10% 5 ml IV, no reaction. Photographer: MK/sd. Reported by Dr S. Rahman. Pt Kaveh "
            "Mirzaei, ID 60021948."
        ),
        [("NAME", "MK"), ("NAME", "sd"), ("NAME", "S. Rahman"), ("NAME", "Kaveh Mirzaei"), ("MRN", "60021948")],
    ),
    (
        (
            "OPD slip. Name: Muhammad Imran Qureshi s/o Abdul Ghafoor. CNIC 37405-6123456-9. MR No. 2026/18842. "
            "Address: House 12, Street 7, Sector G-9/2, Islamabad. Cell 0300-5123456."
        ),
        [
            ("NAME", "Muhammad Imran Qureshi"),
            ("NAME", "Abdul Ghafoor"),
            ("MRN", "37405-6123456-9"),
            ("MRN", "2026/18842"),
            ("ADDRESS", "House 12, Street 7"),
            ("ADDRESS", "Sector G-9/2"),
            ("ADDRESS", "Islamabad"),
            ("PHONE", "0300-5123456"),
        ],
    ),
    (
        "Saima Bibi w/o Zahid Hussain, 45, from Mardan; referring doctor Dr. Asif Khattak, PMDC 12345-P.",
        [
            ("NAME", "Saima Bibi"),
            ("NAME", "Zahid Hussain"),
            ("ADDRESS", "Mardan"),
            ("NAME", "Asif Khattak"),
            ("LICENSE", "12345-P"),
        ],
    ),
    (
        (
            "Inj. Avastin 1.25 mg OD - 15/03/2026 - Pt: Nasreen Akhtar d/o Ghulam Rasool - MR# 77-2026-1123 - by "
            "Dr. Fatima Zaidi (PMDC 45621-P)."
        ),
        [
            ("DATE", "15/03/2026"),
            ("NAME", "Nasreen Akhtar"),
            ("NAME", "Ghulam Rasool"),
            ("MRN", "77-2026-1123"),
            ("NAME", "Fatima Zaidi"),
            ("LICENSE", "45621-P"),
        ],
    ),
    (
        (
            "Pt Zubair Ahmed Siddiqui lives at House R-214, Block 13-D/2, Gulshan-e-Iqbal, Karachi 75300. Neighbour "
            "Mr. Aslam keeps a key."
        ),
        [
            ("NAME", "Zubair Ahmed Siddiqui"),
            ("ADDRESS", "House R-214, Block 13-D/2"),
            ("ADDRESS", "Gulshan-e-Iqbal"),
            ("ADDRESS", "Karachi"),
            ("ZIP", "75300"),
            ("NAME", "Aslam"),
        ],
    ),
    (
        "Surgery postponed until after 1 Shawwal 1447 at the family's request (son Tariq Mahmood to confirm).",
        [("DATE", "1 Shawwal 1447"), ("NAME", "Tariq Mahmood")],
    ),
    (
        (
            "Video clinic link sent to Mr Farouk: https://zoom.us/j/93415527801?pwd=Qm9uZ2FyZGVu (nephew Tariq will "
            "help him join)."
        ),
        [("NAME", "Farouk"), ("URL", "https://zoom.us/j/93415527801?pwd=Qm9uZ2FyZGVu"), ("NAME", "Tariq")],
    ),
    (
        (
            "Ticket. Patient: Rokeya Begum, 63, w/o Abul Kalam. Village Char Kukri, Upazila Lalmohan, Dist. Bhola. "
            "Mob 01711-234567. Reg. No. IIEI-26-045512."
        ),
        [
            ("NAME", "Rokeya Begum"),
            ("NAME", "Abul Kalam"),
            ("ADDRESS", "Char Kukri"),
            ("ADDRESS", "Lalmohan"),
            ("ADDRESS", "Bhola"),
            ("PHONE", "01711-234567"),
            ("MRN", "IIEI-26-045512"),
        ],
    ),
    (
        (
            "Pt Shahidul Islam, rickshaw puller, from Mirpur-10, Dhaka 1216; OD injured with a bamboo stick on 2 "
            "Falgun (15 Feb). Brother Jahangir Alam 01819-445566."
        ),
        [
            ("NAME", "Shahidul Islam"),
            ("ADDRESS", "Mirpur-10"),
            ("ADDRESS", "Dhaka"),
            ("ZIP", "1216"),
            ("DATE", "2 Falgun"),
            ("DATE", "15 Feb"),
            ("NAME", "Jahangir Alam"),
            ("PHONE", "01819-445566"),
        ],
    ),
    (
        "রোগী: মোছাঃ রহিমা খাতুন, বয়স ৯৫, গ্রাম: চরফ্যাশন। দুই চোখে ছানি।",
        [("NAME", "রহিমা খাতুন"), ("AGE", "৯৫"), ("ADDRESS", "চরফ্যাশন")],
    ),
    (
        (
            "Clinic card. Name: W.M. Chandrika Kumari Wijesinghe. NIC 196854312V. Address: 45/3, Temple Road, "
            "Maharagama. Tel 077 123 4567. Clinic No. NEH/26/3391."
        ),
        [
            ("NAME", "W.M. Chandrika Kumari Wijesinghe"),
            ("MRN", "196854312V"),
            ("ADDRESS", "45/3, Temple Road"),
            ("ADDRESS", "Maharagama"),
            ("PHONE", "077 123 4567"),
            ("MRN", "NEH/26/3391"),
        ],
    ),
    (
        (
            "Tharindu Jayasuriya (son) consented on behalf of his mother, Mrs. Perera, aged 90. Tamil interpreter: "
            "Ms. Thevaki Sivakumar."
        ),
        [("NAME", "Tharindu Jayasuriya"), ("NAME", "Perera"), ("AGE", "90"), ("NAME", "Thevaki Sivakumar")],
    ),
    (
        "Pt: Jayasuriya Mudiyanselage Nimal Bandara, farmer, Polonnaruwa; wife Kumari; mobile 071-234 5678.",
        [
            ("NAME", "Jayasuriya Mudiyanselage Nimal Bandara"),
            ("ADDRESS", "Polonnaruwa"),
            ("NAME", "Kumari"),
            ("PHONE", "071-234 5678"),
        ],
    ),
    (
        "Mrs. Selvarani Thevarajah from Jaffna, referred by Dr. K. Ganeshan (SLMC 14872) for a dense PSC.",
        [("NAME", "Selvarani Thevarajah"), ("ADDRESS", "Jaffna"), ("NAME", "K. Ganeshan"), ("LICENSE", "14872")],
    ),
    (
        (
            "Hong Kong Eye Hospital. Name: CHAN Tai Man (陳大文)  HKID: A123456(7)  HN: HN26014553  Sex/Age: M/67  "
            "Addr: Flat C, 12/F, Block 3, Lok Fu Estate, Kowloon. Tel: 9123 4567."
        ),
        [
            ("NAME", "CHAN Tai Man"),
            ("NAME", "陳大文"),
            ("MRN", "A123456(7)"),
            ("MRN", "HN26014553"),
            ("ADDRESS", "Flat C, 12/F, Block 3, Lok Fu Estate"),
            ("ADDRESS", "Kowloon"),
            ("PHONE", "9123 4567"),
        ],
    ),
    (
        (
            "Discharged 2026-02-19. FU 6/52 with Dr WONG Siu Ming. Daughter Cheung Ka Yan (Mrs Lee) to collect "
            "drops; contact cheungky@inbox.example.hk."
        ),
        [
            ("DATE", "2026-02-19"),
            ("NAME", "WONG Siu Ming"),
            ("NAME", "Cheung Ka Yan"),
            ("NAME", "Lee"),
            ("EMAIL", "cheungky@inbox.example.hk"),
        ],
    ),
    (
        "患者：张晓玲，女，93岁，住址：上海市徐汇区漕溪北路88号3室，电话 138 1234 5678。",
        [
            ("NAME", "张晓玲"),
            ("AGE", "93"),
            ("ADDRESS", "上海市"),
            ("ADDRESS", "徐汇区"),
            ("ADDRESS", "漕溪北路88号3室"),
            ("PHONE", "138 1234 5678"),
        ],
    ),
    (
        (
            "Pt Li Wei (surname Li), Zhang Xiaoling's husband, joined the tele-consult from Shenzhen via "
            "https://meet.example-tele.cn/r/LW-20260311-7Q on 11 Mar."
        ),
        [
            ("NAME", "Li"),
            ("NAME", "Wei"),
            ("NAME", "Li"),
            ("NAME", "Zhang Xiaoling"),
            ("ADDRESS", "Shenzhen"),
            ("URL", "https://meet.example-tele.cn/r/LW-20260311-7Q"),
            ("DATE", "11 Mar"),
        ],
    ),
    (
        (
            "OT list 28/2 (HKEH): 1. LAM Wing Sze 林詠詩 - L phaco; 2. NG Chi Keung - R PPV. Surgeon Dr YEUNG; "
            "anaesthetist Dr So."
        ),
        [
            ("DATE", "28/2"),
            ("NAME", "LAM Wing Sze"),
            ("NAME", "林詠詩"),
            ("NAME", "NG Chi Keung"),
            ("NAME", "YEUNG"),
            ("NAME", "So"),
        ],
    ),
    (
        "Record-sharing audit: viewed from 10.112.4.33 by Dr Kwong; patient ref. HN24099812.",
        [("IP", "10.112.4.33"), ("NAME", "Kwong"), ("MRN", "HN24099812")],
    ),
    (
        "Mdm. CHEUNG Mei Ling (張美玲). Addr: Rm 1203, 12/F, Wing On Plaza, 62 Mody Road, Tsim Sha Tsui, Kowloon.",
        [
            ("NAME", "CHEUNG Mei Ling"),
            ("NAME", "張美玲"),
            ("ADDRESS", "Rm 1203, 12/F, Wing On Plaza, 62 Mody Road"),
            ("ADDRESS", "Tsim Sha Tsui"),
            ("ADDRESS", "Kowloon"),
        ],
    ),
    (
        (
            "BN Lê Văn Tám, 90 tuổi, địa chỉ 25 Lý Thường Kiệt, Phường 7, Quận 10, TP. Hồ Chí Minh; SĐT 0903 456 "
            "789. Đục thể thủy tinh hai mắt."
        ),
        [
            ("NAME", "Lê Văn Tám"),
            ("AGE", "90"),
            ("ADDRESS", "25 Lý Thường Kiệt"),
            ("ADDRESS", "Phường 7"),
            ("ADDRESS", "Quận 10"),
            ("ADDRESS", "Hồ Chí Minh"),
            ("PHONE", "0903 456 789"),
        ],
    ),
    (
        (
            "紹介状 患者氏名：田中 浩（タナカ ヒロシ）様、昭和12年4月3日生（88歳）。住所：〒223-0061 "
            "神奈川県横浜市港北区日吉2-14-7。"
        ),
        [
            ("NAME", "田中 浩"),
            ("NAME", "タナカ ヒロシ"),
            ("DATE", "昭和12年4月3日"),
            ("ZIP", "223-0061"),
            ("ADDRESS", "横浜市"),
            ("ADDRESS", "港北区"),
            ("ADDRESS", "日吉2-14-7"),
        ],
    ),
    (
        (
            "Patient: YAMAMOTO Keiko, 3-8-21 Kichijoji-honcho, Musashino-shi 180-0004. Insurance card no. 4512-0088 "
            "(insurer 01130012). Visit R8.3.10."
        ),
        [
            ("NAME", "YAMAMOTO Keiko"),
            ("ADDRESS", "3-8-21 Kichijoji-honcho"),
            ("ADDRESS", "Musashino-shi"),
            ("ZIP", "180-0004"),
            ("INSURANCE", "4512-0088"),
            ("INSURANCE", "01130012"),
            ("DATE", "R8.3.10"),
        ],
    ),
    (
        (
            "Orthoptist Sato H. did the Hess chart; the patient's wife Haruko will phone from 03-5678-1234. "
            "Referral faxed to the clinic on 0422-21-9876."
        ),
        [("NAME", "Sato H."), ("NAME", "Haruko"), ("PHONE", "03-5678-1234"), ("FAX", "0422-21-9876")],
    ),
    (
        "みなとみらい眼科クリニック 院長 鈴木一郎  TEL 045-123-4567  FAX 045-123-4568",
        [("NAME", "鈴木一郎"), ("PHONE", "045-123-4567"), ("FAX", "045-123-4568")],
    ),
    (
        "Mrs Watanabe Fumiko, 98, lives alone in Kamakura; her care manager Ms Ito will bring her.",
        [("NAME", "Watanabe Fumiko"), ("AGE", "98"), ("ADDRESS", "Kamakura"), ("NAME", "Ito")],
    ),
    (
        (
            "Eye OPD. Patient: DELA CRUZ, MA. CRISTINA S., 55 y/o, Brgy. San Isidro, Antipolo City, Rizal 1870. "
            "PhilHealth PIN 12-050123456-7. Contact: Rodel Bautista (partner) 0917 123 4567."
        ),
        [
            ("NAME", "DELA CRUZ, MA. CRISTINA S."),
            ("ADDRESS", "San Isidro"),
            ("ADDRESS", "Antipolo City"),
            ("ZIP", "1870"),
            ("INSURANCE", "12-050123456-7"),
            ("NAME", "Rodel Bautista"),
            ("PHONE", "0917 123 4567"),
        ],
    ),
    (
        (
            "PRC Lic. No. 0098765 - Dr. Marites Villanueva-Reyes, OD. Pt Ernesto 'Jun-Jun' Manalo, jeepney plate "
            "NXY 4821, seen 3/5/2026 after a road crash."
        ),
        [
            ("LICENSE", "0098765"),
            ("NAME", "Marites Villanueva-Reyes"),
            ("NAME", "Ernesto"),
            ("NAME", "Jun-Jun"),
            ("NAME", "Manalo"),
            ("VEHICLE", "NXY 4821"),
            ("DATE", "3/5/2026"),
        ],
    ),
    (
        (
            "Text from Marites: 'Doc, si Lola Conchita po hindi makakita, pwede po ba bukas?' - Conchita "
            "Reyes-Santos, 96, Brgy. Poblacion, Tanauan, Batangas."
        ),
        [
            ("NAME", "Marites"),
            ("NAME", "Conchita"),
            ("NAME", "Conchita"),
            ("NAME", "Reyes-Santos"),
            ("AGE", "96"),
            ("ADDRESS", "Poblacion"),
            ("ADDRESS", "Tanauan"),
        ],
    ),
    (
        (
            "Teleconsult via https://telekonsulta.example.ph/room/PGH-EYE-5512 with Dr. Jose Miguel Aquino; "
            "PhilHealth member Rosario Dizon (PIN 19-201234567-8)."
        ),
        [
            ("URL", "https://telekonsulta.example.ph/room/PGH-EYE-5512"),
            ("NAME", "Jose Miguel Aquino"),
            ("NAME", "Rosario Dizon"),
            ("INSURANCE", "19-201234567-8"),
        ],
    ),
    (
        (
            "Screening camera at the Bagong Silang health centre (IP 192.168.10.45) failed to upload for pt Jomar "
            "Pascual."
        ),
        [("IP", "192.168.10.45"), ("NAME", "Jomar Pascual")],
    ),
    (
        "OR no. 0045871 (official receipt) issued to Ma. Luisa Gatchalian for the OCT, PHP 1,500.",
        [("ACCOUNT", "0045871"), ("NAME", "Ma. Luisa Gatchalian")],
    ),
    (
        (
            "Referral from Dr. Babatunde Adeyemi (MDCN/R/58213) re Mrs. Adaeze Nwosu, 52, of 14 Adeola Odeku "
            "Street, Victoria Island, Lagos. NHIS no. NHIS/LG/0045127. Phone 0803 123 4567."
        ),
        [
            ("NAME", "Babatunde Adeyemi"),
            ("LICENSE", "MDCN/R/58213"),
            ("NAME", "Adaeze Nwosu"),
            ("ADDRESS", "14 Adeola Odeku Street"),
            ("ADDRESS", "Victoria Island"),
            ("ADDRESS", "Lagos"),
            ("INSURANCE", "NHIS/LG/0045127"),
            ("PHONE", "0803 123 4567"),
        ],
    ),
    (
        (
            "Blessing (sister) and Goodluck Okafor (husband) accompanied Precious Okafor, 34, for a VA check after "
            "the chemical splash."
        ),
        [("NAME", "Blessing"), ("NAME", "Goodluck"), ("NAME", "Okafor"), ("NAME", "Precious"), ("NAME", "Okafor")],
    ),
    (
        (
            "Chukwuemeka Eze ('Emeka'), trader at Onitsha Main Market, DOB 01/10/1970, hospital billing account "
            "0045-7781-2290."
        ),
        [
            ("NAME", "Chukwuemeka Eze"),
            ("NAME", "Emeka"),
            ("ADDRESS", "Onitsha"),
            ("DATE", "01/10/1970"),
            ("ACCOUNT", "0045-7781-2290"),
        ],
    ),
    (
        (
            "LAGOS UNIVERSITY TEACHING HOSPITAL\nDept of Ophthalmology\nDate: 2nd March, 2026\nDear Sir,\nRE: MR. "
            "OLUWASEUN ADEBAYO-JOHNSON (Hosp. No. 0741125)"
        ),
        [("DATE", "2nd March, 2026"), ("NAME", "OLUWASEUN ADEBAYO-JOHNSON"), ("MRN", "0741125")],
    ),
    (
        "Hajiya Aisha Bello, 60, from Kano; husband Alhaji Musa Danjuma. Tel. 0805 987 6543.",
        [("NAME", "Aisha Bello"), ("ADDRESS", "Kano"), ("NAME", "Musa Danjuma"), ("PHONE", "0805 987 6543")],
    ),
    (
        "Invoice INV-2026-004418 - Mr. Ikechukwu Obi paid NGN 45,000 by POS; receipt given.",
        [("ACCOUNT", "INV-2026-004418"), ("NAME", "Ikechukwu Obi")],
    ),
    (
        "Consent for EUA witnessed by Ngozi (staff nurse) and Olumide (porter); mother signed.",
        [("NAME", "Ngozi"), ("NAME", "Olumide")],
    ),
    (
        (
            "INTRAVITREAL LOG | Date 07-Jan-2026 | Pt: Okonkwo, Ifeoma | MRN 3318820 | Eye OS | aflibercept 2 mg | "
            "Lot 4K7J2 | Injector: TvdL | Checked: rb |"
        ),
        [("DATE", "07-Jan-2026"), ("NAME", "Okonkwo, Ifeoma"), ("MRN", "3318820"), ("NAME", "TvdL"), ("NAME", "rb")],
    ),
    (
        (
            "Korle Bu Teaching Hospital, Eye Centre. Name: Akosua Mensah, 61. NHIS card 08123456. Digital address "
            "GA-183-8164, Dansoman, Accra. Tel 024 412 3456. Son: Kwame Asante."
        ),
        [
            ("NAME", "Akosua Mensah"),
            ("INSURANCE", "08123456"),
            ("ADDRESS", "GA-183-8164"),
            ("ADDRESS", "Dansoman"),
            ("ADDRESS", "Accra"),
            ("PHONE", "024 412 3456"),
            ("NAME", "Kwame Asante"),
        ],
    ),
    (
        (
            "Comfort Owusu and her twin Patience brought their grandfather, Opanyin Yaw Boateng, 97, from Kumasi. "
            "Seen by Dr. Efua Sarpong (MDC/RN/10452)."
        ),
        [
            ("NAME", "Comfort Owusu"),
            ("NAME", "Patience"),
            ("NAME", "Yaw Boateng"),
            ("AGE", "97"),
            ("ADDRESS", "Kumasi"),
            ("NAME", "Efua Sarpong"),
            ("LICENSE", "MDC/RN/10452"),
        ],
    ),
    (
        (
            "Driving licence DL-GR-0412-88731 presented for the eye test; Kofi Ampofo reads 6/9 each eye. Vehicle "
            "GR 2241-22."
        ),
        [("LICENSE", "DL-GR-0412-88731"), ("NAME", "Kofi Ampofo"), ("VEHICLE", "GR 2241-22")],
    ),
    (
        "Hope Adjei rang to rebook; we hope to see her within 2/52. Mobile 020 555 8143.",
        [("NAME", "Hope Adjei"), ("PHONE", "020 555 8143")],
    ),
    (
        (
            "Menelik II Hospital - Ophthalmology. Patient: Tigist Alemu Bekele, 48, Kebele 07, Woreda 03, Bole "
            "sub-city, Addis Ababa. Card no. 0042718. Phone +251 91 123 4567. Appointment: Meskerem 12, 2019 E.C."
        ),
        [
            ("NAME", "Tigist Alemu Bekele"),
            ("ADDRESS", "Kebele 07"),
            ("ADDRESS", "Woreda 03"),
            ("ADDRESS", "Bole"),
            ("ADDRESS", "Addis Ababa"),
            ("MRN", "0042718"),
            ("PHONE", "+251 91 123 4567"),
            ("DATE", "Meskerem 12, 2019"),
        ],
    ),
    (
        (
            "TT surgery log, Amhara region: case 114 - Abebe Kebede (M), Dangila woreda; surgeon Mekdes Tesfaye; "
            "CBHI member ID 0715-22-0931; operated 04/06/2026."
        ),
        [
            ("NAME", "Abebe Kebede"),
            ("ADDRESS", "Dangila"),
            ("NAME", "Mekdes Tesfaye"),
            ("INSURANCE", "0715-22-0931"),
            ("DATE", "04/06/2026"),
        ],
    ),
    (
        "ታካሚ፡ አበበች ታደሰ፣ ዕድሜ 92፣ አዲስ አበባ። ሁለቱም ዓይኖች ሞራ።",
        [("NAME", "አበበች ታደሰ"), ("AGE", "92"), ("ADDRESS", "አዲስ አበባ")],
    ),
    (
        (
            "Referred from Bahir Dar by Dr. Yonas Girma (yonas.girma@hospital-example.et); pt Almaz Haile, 37, card "
            "no. BDR-0198834."
        ),
        [
            ("ADDRESS", "Bahir Dar"),
            ("NAME", "Yonas Girma"),
            ("EMAIL", "yonas.girma@hospital-example.et"),
            ("NAME", "Almaz Haile"),
            ("MRN", "BDR-0198834"),
        ],
    ),
    (
        (
            "Delroy Campbell, 66, of 27 Hope Road, Kingston 6; NHF card 0012345678; cell (876) 555-0199; daughter "
            "Keisha keeps in touch from abroad."
        ),
        [
            ("NAME", "Delroy Campbell"),
            ("ADDRESS", "27 Hope Road"),
            ("ADDRESS", "Kingston 6"),
            ("INSURANCE", "0012345678"),
            ("PHONE", "(876) 555-0199"),
            ("NAME", "Keisha"),
        ],
    ),
    (
        (
            "Marisol Pierre-Ramdeen, 44, from San Fernando, Trinidad; Sagicor policy SGC-T-884213; e-mail "
            "marisol.pr@mail-example.tt"
        ),
        [
            ("NAME", "Marisol Pierre-Ramdeen"),
            ("ADDRESS", "San Fernando"),
            ("INSURANCE", "SGC-T-884213"),
            ("EMAIL", "marisol.pr@mail-example.tt"),
        ],
    ),
    (
        (
            "Insurance claim, motor accident (VIN JN1AZ4EH7DM123456): Keisha Bascombe, Lot 14 Cherry Grove, St. "
            "John BB20045, Barbados, sustained a hyphaema OS."
        ),
        [
            ("VEHICLE", "JN1AZ4EH7DM123456"),
            ("NAME", "Keisha Bascombe"),
            ("ADDRESS", "Lot 14 Cherry Grove"),
            ("ADDRESS", "St. John"),
            ("ZIP", "BB20045"),
        ],
    ),
    (
        (
            "Nurse's note, Montego Bay: Mr. Winston Clarke, 90, brought in by neighbour Miss Pearl. Lives at 5 "
            "Union Street, Montego Bay."
        ),
        [
            ("ADDRESS", "Montego Bay"),
            ("NAME", "Winston Clarke"),
            ("AGE", "90"),
            ("NAME", "Pearl"),
            ("ADDRESS", "5 Union Street"),
            ("ADDRESS", "Montego Bay"),
        ],
    ),
    (
        "Pt Savitri Ramnarine of Chaguanas, DOB 19-Aug-1957; son Vishnu drives a taxi (PH 4477).",
        [
            ("NAME", "Savitri Ramnarine"),
            ("ADDRESS", "Chaguanas"),
            ("DATE", "19-Aug-1957"),
            ("NAME", "Vishnu"),
            ("VEHICLE", "PH 4477"),
        ],
    ),
    (
        (
            "Royal Victoria Eye and Ear Hospital. Pt: Siobhán Ní Bhriain, 8 Páirc na Coille, Bóthar na Trá, "
            "Gaillimh H91 X2C4. MRN 0887123. Medical card no. 1234567A. GP: Dr Pádraig Ó Súilleabháin. Mob 087 123 "
            "4567."
        ),
        [
            ("NAME", "Siobhán Ní Bhriain"),
            ("ADDRESS", "8 Páirc na Coille, Bóthar na Trá"),
            ("ADDRESS", "Gaillimh"),
            ("ZIP", "H91 X2C4"),
            ("MRN", "0887123"),
            ("INSURANCE", "1234567A"),
            ("NAME", "Pádraig Ó Súilleabháin"),
            ("PHONE", "087 123 4567"),
        ],
    ),
    (
        (
            "Phone call from Niamh Fitzgerald's carer, Faith, about a taxi to clinic; Niamh is 99 and lives in "
            "Ballinasloe. Carer's car reg 191-G-12345 given for the parking permit."
        ),
        [
            ("NAME", "Niamh"),
            ("NAME", "Fitzgerald"),
            ("NAME", "Faith"),
            ("NAME", "Niamh"),
            ("AGE", "99"),
            ("ADDRESS", "Ballinasloe"),
            ("VEHICLE", "191-G-12345"),
        ],
    ),
    (
        "Cuireadh litir chuig Seán Mac Giolla Phádraig, Baile an Fheirtéaraigh, Co. Chiarraí. Fón: 066 915 6123.",
        [
            ("NAME", "Seán Mac Giolla Phádraig"),
            ("ADDRESS", "Baile an Fheirtéaraigh"),
            ("ADDRESS", "Chiarraí"),
            ("PHONE", "066 915 6123"),
        ],
    ),
    (
        (
            "Driving licence 123456789 - Ms Aoife Byrne, Dundrum, Dublin 14, Eircode D14 X6P2; wants cataract "
            "surgery before renewing."
        ),
        [
            ("LICENSE", "123456789"),
            ("NAME", "Aoife Byrne"),
            ("ADDRESS", "Dundrum"),
            ("ADDRESS", "Dublin 14"),
            ("ZIP", "D14 X6P2"),
        ],
    ),
    (
        (
            "Pat rang (Patrick Doherty, 47, welder) - metal FB OS since lunchtime; colleague Bill Novak driving him "
            "in, 07700 900461. Triaged by FO."
        ),
        [
            ("NAME", "Pat"),
            ("NAME", "Patrick Doherty"),
            ("NAME", "Bill Novak"),
            ("PHONE", "07700 900461"),
            ("NAME", "FO"),
        ],
    ),
    (
        (
            "NHS GG&C, Gartnavel. CHI 0507451234. Hamish MacLeod, 14/2 Dumbarton Road, Partick, Glasgow G11 6AB. "
            "Next of kin: wife Morag (tel 0141 496 0183)."
        ),
        [
            ("MRN", "0507451234"),
            ("NAME", "Hamish MacLeod"),
            ("ADDRESS", "14/2 Dumbarton Road"),
            ("ADDRESS", "Partick"),
            ("ADDRESS", "Glasgow"),
            ("ZIP", "G11 6AB"),
            ("NAME", "Morag"),
            ("PHONE", "0141 496 0183"),
        ],
    ),
    (
        (
            "Advised Mr Euan McGregor (92) to inform the DVLA - fields fail the standard; licence no. "
            "MCGRE407091EJ9AB. He has stopped driving his Volvo (SG64 XKD). Copy to GP Dr Isla Fraser, Portree."
        ),
        [
            ("NAME", "Euan McGregor"),
            ("AGE", "92"),
            ("LICENSE", "MCGRE407091EJ9AB"),
            ("VEHICLE", "SG64 XKD"),
            ("NAME", "Isla Fraser"),
            ("ADDRESS", "Portree"),
        ],
    ),
    (
        (
            "Phone consult with Mòrag NicLeòid, Tobha Mòr; her nephew Calum (mob 07700 900318) will collect the "
            "drops from the Balivanich pharmacy."
        ),
        [
            ("NAME", "Mòrag NicLeòid"),
            ("ADDRESS", "Tobha Mòr"),
            ("NAME", "Calum"),
            ("PHONE", "07700 900318"),
            ("ADDRESS", "Balivanich"),
        ],
    ),
    (
        "Ninewells referral: Mrs Agnes Doig, 89, 3/1 Lochee Road, Dundee DD2 2AB. CHI 2811369012. Wet AMD OS.",
        [
            ("NAME", "Agnes Doig"),
            ("ADDRESS", "3/1 Lochee Road"),
            ("ADDRESS", "Dundee"),
            ("ZIP", "DD2 2AB"),
            ("MRN", "2811369012"),
        ],
    ),
    (
        (
            "Ysbyty Gwynedd - Llythyr clinig / Clinic letter. Annwyl Dr Gwenllian Pritchard, Re: Dafydd Llewellyn "
            "ap Rhys, DOB 30/11/1939, NHS 485 777 3456, Tŷ Gwyn, Lôn Isaf, Llanberis, Caernarfon LL55 4UR."
        ),
        [
            ("NAME", "Gwenllian Pritchard"),
            ("NAME", "Dafydd Llewellyn ap Rhys"),
            ("DATE", "30/11/1939"),
            ("MRN", "485 777 3456"),
            ("ADDRESS", "Tŷ Gwyn, Lôn Isaf"),
            ("ADDRESS", "Llanberis"),
            ("ADDRESS", "Caernarfon"),
            ("ZIP", "LL55 4UR"),
        ],
    ),
    (
        (
            "Rhys ap Gwilym brought his mam, Bethan; he asked us to email him at rhys.apgwilym@post.example.cymru. "
            "Review 2/3 at 14:00."
        ),
        [
            ("NAME", "Rhys ap Gwilym"),
            ("NAME", "Bethan"),
            ("EMAIL", "rhys.apgwilym@post.example.cymru"),
            ("DATE", "2/3"),
        ],
    ),
    (
        "Apwyntiad: 12 Mawrth 2026 am 10:15, Clinig Llygaid. Enw: Gwilym Huws, 4 Stryd Fawr, Bala LL23 7AB.",
        [
            ("DATE", "12 Mawrth 2026"),
            ("NAME", "Gwilym Huws"),
            ("ADDRESS", "4 Stryd Fawr"),
            ("ADDRESS", "Bala"),
            ("ZIP", "LL23 7AB"),
        ],
    ),
    (
        "Optometrist Cerys Rowlands (GOC 01-23456), Llandeilo; fax 01558 823 901 for urgent referrals.",
        [("NAME", "Cerys Rowlands"), ("LICENSE", "01-23456"), ("ADDRESS", "Llandeilo"), ("FAX", "01558 823 901")],
    ),
    (
        (
            "Dawn Pritchard, HCA, escorted the patient to the laser room. Patient Ffion Morgan, of Aberystwyth, "
            "signed consent before the clinic opened at dawn."
        ),
        [("NAME", "Dawn Pritchard"), ("NAME", "Ffion Morgan"), ("ADDRESS", "Aberystwyth")],
    ),
    (
        (
            "THEATRE 4 - Tue list (Mr Aziz)\n1. HOSSEINI, Reza  62  R phaco+IOL  MRN 8812034\n2. O'BRIEN, Maeve  94 "
            " L phaco  MRN 8812177  latex allergy\n3. TRAN, Duc Anh  71  R trab  MRN 8790021\nAnaesth: Dr Nakamura "
            "/ ODP Kofi"
        ),
        [
            ("NAME", "Aziz"),
            ("NAME", "HOSSEINI, Reza"),
            ("MRN", "8812034"),
            ("NAME", "O'BRIEN, Maeve"),
            ("AGE", "94"),
            ("MRN", "8812177"),
            ("NAME", "TRAN, Duc Anh"),
            ("MRN", "8790021"),
            ("NAME", "Nakamura"),
            ("NAME", "Kofi"),
        ],
    ),
    (
        (
            "DISCHARGE SUMMARY\nName: Adebayo, Folasade   Hosp No: K1927730   Adm: 02/02/2026   Disch: 05/02/2026\n"
            "Procedure: R RD repair (SB + cryo). Discharged to daughter Funmi's home, Flat 3, 22 Coldharbour Lane, "
            "Brixton, London SE5 9NR."
        ),
        [
            ("NAME", "Adebayo, Folasade"),
            ("MRN", "K1927730"),
            ("DATE", "02/02/2026"),
            ("DATE", "05/02/2026"),
            ("NAME", "Funmi"),
            ("ADDRESS", "Flat 3, 22 Coldharbour Lane"),
            ("ADDRESS", "Brixton"),
            ("ADDRESS", "London"),
            ("ZIP", "SE5 9NR"),
        ],
    ),
    (
        (
            "Diabetic Eye Screening Programme - result letter. Dear Mr Gurpreet Singh Sandhu, your screening on 19 "
            "Jan 2026 showed background retinopathy (R1M0). Screener: J. Okoro; grader: AH. NHS No 943 476 5919."
        ),
        [
            ("NAME", "Gurpreet Singh Sandhu"),
            ("DATE", "19 Jan 2026"),
            ("NAME", "J. Okoro"),
            ("NAME", "AH"),
            ("MRN", "943 476 5919"),
        ],
    ),
    (
        (
            "Dr. K. Osei-Bonsu\nEye Clin ic, 4th fl oor\nRe: Ms Abena  Owu-\nsu, D.O.B. l4/O7/l96l\nThank y ou for "
            "see ing this lady"
        ),
        [("NAME", "K. Osei-Bonsu"), ("NAME", "Abena  Owu-\nsu"), ("DATE", "l4/O7/l96l")],
    ),
    (
        (
            "T e l :  0 2 0  7 9 4 6  0 1 2 3     F a x :  0 2 0  7 9 4 6  0 1 2 4\nY o u r s  s i n c e r e l y ,  "
            "M .  P a t e l"
        ),
        [("PHONE", "0 2 0  7 9 4 6  0 1 2 3"), ("FAX", "0 2 0  7 9 4 6  0 1 2 4"), ("NAME", "M .  P a t e l")],
    ),
    (
        "rv 2/52 - vmbl os, ?rd. pt rang fr 0161 496 0721, wife jules says he fell. bk 2moro am w/ mr lindqvist. jb",
        [("PHONE", "0161 496 0721"), ("NAME", "jules"), ("NAME", "lindqvist"), ("NAME", "jb")],
    ),
    (
        (
            "[Secure msg] From: summer.haddad@eyeclinic-example.org To: retina-team@eyeclinic-example.org - Summer "
            "here; can someone look at Mr Osei's OCT from this morning? "
            "https://pacs.eyeclinic-example.org/view/acc/RT-2026-118742"
        ),
        [
            ("EMAIL", "summer.haddad@eyeclinic-example.org"),
            ("EMAIL", "retina-team@eyeclinic-example.org"),
            ("NAME", "Summer"),
            ("NAME", "Osei"),
            ("URL", "https://pacs.eyeclinic-example.org/view/acc/RT-2026-118742"),
        ],
    ),
    (
        "Bill (husband) queried the bill for the OCT; account 55-120-7734 settled at the front desk on 28/01.",
        [("NAME", "Bill"), ("ACCOUNT", "55-120-7734"), ("DATE", "28/01")],
    ),
    (
        (
            "Seen with Grace and Joy (twin granddaughters); Mrs Nakato is 95 and hard of hearing. Grace's number: "
            "+256 772 123456."
        ),
        [
            ("NAME", "Grace"),
            ("NAME", "Joy"),
            ("NAME", "Nakato"),
            ("AGE", "95"),
            ("NAME", "Grace"),
            ("PHONE", "+256 772 123456"),
        ],
    ),
    (
        "Mr Young (aged 90) laughed that his eyes are 'not as young as they were'. Wife Hope sat in.",
        [("NAME", "Young"), ("AGE", "90"), ("NAME", "Hope")],
    ),
    (
        (
            "Mrs Story told her story: she fell on the steps at her son's flat in Marrakesh; son Youssef e-mailed "
            "the CT report from youssef.story@mail-example.ma."
        ),
        [("NAME", "Story"), ("ADDRESS", "Marrakesh"), ("NAME", "Youssef"), ("EMAIL", "youssef.story@mail-example.ma")],
    ),
    (
        "Dr Black reviewed: fundus unremarkable, no black spots reported by the patient (Mrs Ana Paula Brown).",
        [("NAME", "Black"), ("NAME", "Ana Paula Brown")],
    ),
    (
        "MDT present: Osei (chair), Mwangi, Kowalski, Tanaka and student Aarav; minutes LB.",
        [
            ("NAME", "Osei"),
            ("NAME", "Mwangi"),
            ("NAME", "Kowalski"),
            ("NAME", "Tanaka"),
            ("NAME", "Aarav"),
            ("NAME", "LB"),
        ],
    ),
    (
        "Carer Ewa from the agency (tel 0113 496 0555) instils the drops twice a day; Amara's son collects repeats.",
        [("NAME", "Ewa"), ("PHONE", "0113 496 0555"), ("NAME", "Amara")],
    ),
    (
        "Baerveldt BG101-350 serial 3410572 - tube under scleral patch graft. Assistant: Dr Obi. Pt Danuta Nowak.",
        [("DEVICE", "3410572"), ("NAME", "Obi"), ("NAME", "Danuta Nowak")],
    ),
]

CLEAN = [
    "Vision is stable in both eyes and the patient reports no new floaters or flashes.",
    "Intraocular pressure was 16 mmHg right and 18 mmHg left by applanation.",
    "Anterior segment quiet, no cells or flare, clear lens in the right eye.",
    "Dilated fundus examination shows scattered dot and blot haemorrhages in all four quadrants.",
    "OCT shows subretinal fluid temporal to the fovea in the left eye.",
    "Plan: intravitreal anti-VEGF left eye today, review in four weeks.",
    "The patient was counselled about the risks of endophthalmitis, raised pressure and retinal detachment.",
    "Consent signed for left phacoemulsification with lens implant under topical anaesthesia.",
    "Post-operative day one: cornea clear, anterior chamber formed, lens well centred.",
    "Continue dexamethasone drops four times a day for two weeks then taper.",
    "Visual field shows an early superior arcuate defect in the right eye.",
    "Optic discs are pink with a cup-to-disc ratio of about 0.4 in each eye.",
    "No relative afferent pupillary defect; colour vision full with both eyes.",
    "The patient reports gritty, burning eyes that are worse in the evening.",
    "Meibomian gland dysfunction with capped glands along both lower lids.",
    "Advised warm compresses, lid hygiene and preservative-free lubricants.",
    "Mild ptosis on the left with good levator function.",
    "Cover test shows a small-angle esotropia for near, straight for distance.",
    "Cycloplegic refraction confirms moderate hypermetropia; glasses prescribed.",
    "Patching two hours a day for the amblyopic eye was explained to the parents.",
    "The child fixes and follows well with either eye.",
    "Corneal abrasion stained with fluorescein; chloramphenicol ointment started.",
    "No foreign body seen after lid eversion; the abrasion is healing.",
    "Pain settled overnight and the epithelial defect has closed.",
    "Keratitis is responding to hourly antibiotic drops; scrape sent for culture.",
    "Patient is a contact lens wearer and has been advised to stop wearing lenses until healed.",
    "The macula is flat and there are no retinal tears on indentation.",
    "Posterior vitreous detachment with a Weiss ring; no retinal breaks on indentation.",
    "Laser retinopexy was applied around the horseshoe tear in three rows.",
    "Gas bubble is filling about half of the vitreous cavity; posturing continues.",
    "Retina attached under oil; removal planned in about three months.",
    "Panretinal photocoagulation completed in the inferior half today.",
    "Proliferative diabetic retinopathy with new vessels on the disc in the right eye.",
    "HbA1c remains high; the patient has been asked to see the diabetes nurse.",
    "Blood pressure at clinic was raised and the GP has been informed by letter.",
    "Central retinal vein occlusion with macular oedema in the left eye.",
    "Arteriovenous nipping and silver wiring are consistent with long-standing hypertension.",
    "Sudden painless loss of vision in one eye; urgent same-day assessment arranged.",
    "Temporal artery biopsy requested and oral steroids started while awaiting the result.",
    "Inflammatory markers are raised and the scalp is tender over the temple.",
    "Anterior uveitis with fine keratic precipitates and two-plus cells.",
    "Steroid drops hourly and a dilating drop at night were prescribed.",
    "Pressure rose after starting steroids, so a beta-blocker was added.",
    "Trabeculectomy bleb is diffuse and mildly elevated with no leak.",
    "Selective laser trabeculoplasty was offered as first-line treatment.",
    "Drops are causing red eyes; a switch to a preservative-free preparation was made.",
    "The patient struggles to instil drops because of arthritis; a drop aid was provided.",
    "Gonioscopy shows open angles with pigment in the trabecular meshwork.",
    "Narrow angles in both eyes; laser iridotomy recommended.",
    "Acute angle closure: pressure 58 mmHg, cornea hazy, pupil mid-dilated.",
    "Pressure fell to 22 mmHg after intravenous acetazolamide and topical treatment.",
    "Thyroid eye disease with lid retraction and mild proptosis; no optic neuropathy.",
    "Orbital imaging requested to assess the extraocular muscles.",
    "Diplopia in upgaze only; prisms tried in clinic with some benefit.",
    "Sixth nerve palsy on the right, probably microvascular; review in six weeks.",
    "Papilloedema with headaches worse on lying down; neurology opinion requested.",
    "Visual acuity recorded with the patient's own distance glasses.",
    "Pinhole improves the vision by two lines in the left eye.",
    "Near vision reads small print comfortably with reading glasses.",
    "Cataract is affecting night driving and reading; the patient would like surgery.",
    "Biometry repeated because of a large difference in axial length between the eyes.",
    "Posterior capsule opacification treated with laser capsulotomy.",
    "Floaters after the laser are expected and should settle.",
    "Stable geographic atrophy; no treatment indicated at present.",
    "Advised to check each eye separately with a grid at home every week.",
    "Low vision referral made for magnifiers and lighting advice.",
    "The patient is eligible for certification as sight impaired.",
    "Registered blind; lives with family who help with daily tasks.",
    "Chalazion on the upper lid for two months; incision and curettage offered.",
    "Lesion on the lower lid with rolled edges and telangiectasia; biopsy booked.",
    "Watery eye since the winter; syringing showed a patent drainage system.",
    "Blocked nasolacrimal duct in an infant; massage taught and review in six months.",
    "Conjunctivitis with watery discharge and tender preauricular node; likely viral.",
    "Hand hygiene advised and towels should not be shared at home.",
    "Allergic conjunctivitis with giant papillae; mast cell stabiliser started.",
    "Pterygium encroaching on the cornea by two millimetres; observe.",
    "Subconjunctival haemorrhage, painless; blood pressure normal, reassured.",
    "Episcleritis settled with lubricants and a short course of oral anti-inflammatories.",
    "Scleritis with severe boring pain; rheumatology review requested.",
    "The patient declined injections today and will think about the options.",
    "Interpreter used throughout the consultation by telephone.",
    "Carer present and helped with the history.",
    "Patient arrived late because of transport problems; seen at the end of clinic.",
    "Did not attend; a new appointment will be sent.",
    "Discharged back to the community optometrist with advice.",
    "Review in the virtual glaucoma clinic with fields and disc imaging.",
    "Images were of good quality and gradable in both eyes.",
    "Ungradable images due to small pupils; the patient will be invited to a slit-lamp clinic.",
    "Background retinopathy only; annual screening continues.",
    "Referable maculopathy: exudate within one disc diameter of the centre of the fovea.",
    "Newborn red reflex present and symmetrical in both eyes.",
    "Retinopathy of prematurity stage one, zone two; review next week.",
    "Keratoconus progressing on topography; cross-linking discussed.",
    "Graft clear with no signs of rejection; continue steroid drops daily.",
    "Endothelial cell count lower than last year but the cornea remains clear.",
    "Herpes zoster involving the tip of the nose; oral antivirals started.",
    "Ocular surface is dry after radiotherapy; punctal plugs inserted.",
    "The patient was reassured that the vision loss is not related to the cataract surgery.",
    "Letter dictated and copied to the patient.",
    "Sehschärfe rechts stabil, Augeninnendruck normal, Kontrolle in drei Monaten.",
    "Agudeza visual estable; se indica continuar con las gotas lubricantes.",
    "Pressão intraocular controlada com colírio; retorno em seis meses.",
    "Geen nieuwe klachten; de druk is goed geregeld met één druppel per dag.",
    "Göz içi basıncı normal; kontrol üç ay sonra.",
    "Ostrość wzroku bez zmian; zalecono dalsze stosowanie kropli.",
]

CLEAN_STRESS = [
    "Fuchs endothelial dystrophy with guttae; DMEK preferred over DSAEK, Descemet membrane stripped 9 mm.",
    "Stargardt disease versus Best vitelliform dystrophy: ABCA4 and BEST1 panel requested.",
    (
        "Vogt-Koyanagi-Harada disease with Dalen-Fuchs nodules and a sunset-glow fundus; Sjögren and Behçet screens "
        "negative."
    ),
    "Kayser-Fleischer ring on gonioscopy; Wilson disease work-up with the hepatology team.",
    "Horner syndrome on the left: apraclonidine reversal test positive; Marcus Gunn pupil absent.",
    "Argyll Robertson pupils are rare now; Adie tonic pupil responds to dilute pilocarpine 0.125%.",
    "Coats disease versus Eales disease: Roth spots and Elschnig spots were not seen.",
    "Posner-Schlossman crisis: IOP 48 mmHg with a few fine KPs, settled on Cosopt and Pred Forte.",
    "Axenfeld-Rieger anomaly with posterior embryotoxon; Peters anomaly excluded on UBM.",
    "Berlin oedema after blunt trauma; Purtscher retinopathy and Terson syndrome considered.",
    "Schlemm canal, Tenon capsule, Bruch membrane and Bowman layer were labelled on the teaching slide.",
    "Goldmann applanation 21 mmHg; Tono-Pen 23 mmHg; iCare 24 mmHg; Perkins unavailable.",
    "Amsler grid distortion in the upper left quadrant; Ishihara 13/15 with each eye.",
    "Snellen 6/9 right, 6/36 left, pinhole 6/12; ETDRS 72 letters; 20/40 on the near card.",
    "Schirmer I 4 mm in 5 minutes; tear break-up time 5 s; Seidel test negative.",
    "Hess chart and Worth 4-dot at 6 m; Maddox rod shows 4 prism dioptres of exophoria; Bagolini lenses fused.",
    "Hertel exophthalmometry 21/23 at base 104; Watzke-Allen sign positive.",
    "Lucentis 0.5 mg, Eylea 2 mg, Vabysmo 6 mg and Beovu 6 mg were compared in the audit.",
    "Ozurdex 700 micrograms for uveitic CMO; Iluvien considered if steroid response is acceptable.",
    "Xalatan at night, Azopt bd and Alphagan tds; Rhopressa and Vyzulta not available locally.",
    "Restasis, Ikervis and Xiidra options for dry eye discussed; Hylo-Forte four times a day meanwhile.",
    "Maxitrol ointment at night after lid surgery; Diamox SR 250 mg bd for 48 hours.",
    "IOL: AcrySof IQ SN60WF +21.0 D; alternative Clareon CNA0T0 or Tecnis ZCB00; PanOptix declined.",
    "Vivity and Symfony extended-depth lenses were explained with their halo profiles.",
    "Barrett Universal II, Hill-RBF, Kane, SRK/T, Hoffer Q, Haigis and Holladay 1 formulas agreed within 0.25 D.",
    "IOLMaster 700 axial length 23.41 mm; Lenstar 23.43 mm; K1 43.25 D @ 12, K2 44.00 D @ 102.",
    "Humphrey 24-2 SITA Standard: MD -4.12 dB, PSD 5.87 dB, VFI 91%; Octopus G-pattern next time.",
    "Spectralis software 6.16.8.0 and Eyesuite 4.3.1.2 were updated; Optos California and Topcon Triton used.",
    "Cirrus 5000 RNFL average 82 microns; Pentacam Kmax 56.2 D; Zeiss Visante for the angle.",
    "Nd:YAG capsulotomy 1.8 mJ x 42 shots; SLT 0.9 mJ x 100 spots over 360 degrees.",
    "Ahmed FP7, Baerveldt 350 and Molteno plates compared; PreserFlo MicroShunt placed at 12 o'clock.",
    "Kelman phaco tip at 28 kHz, 450 mmHg vacuum, 35 cc/min aspiration; 2.2 mm incision at 110 degrees.",
    "Refraction -2.25/-0.75 x 180 right and -1.50 DS left; add +2.50 for near at 40 cm.",
    "Follow up 6/52, then 4/12; drops qds for 2/7, then bd; taper over 3/52.",
    "Bevacizumab 1.25 mg/0.05 ml and ranibizumab 0.5 mg/0.05 ml; 30G needle 3.5 mm behind the limbus.",
    "Clinic at 08:30, laser at 13:45, injection list 16:00-18:30; phone back at 17:15.",
    "ICD-10 H35.3211, H40.1131 and E11.3513; CPT 67028 and 92134; SNOMED 232000008.",
    "CRP 45 mg/L, ESR 88 mm/h, platelets 512 x 10^9/L; HbA1c 64 mmol/mol (8.0%).",
    "Faith in the treatment is low; we hope the next injection shows some grace in the response.",
    "Summer glare is troublesome; she will bill the cost of tinted lenses to her scheme.",
    "Pat the lids dry after cleaning; patience with the drops will bring comfort within a week.",
    ("We will mark the eye on the day; she may wish to bring a relative, and the mark will be checked at the huddle."),
    "Rose bengal and lissamine green staining; iris atrophy and iris transillumination defects noted.",
    "Best corrected acuity improved; Brown syndrome and Duane syndrome are on the differential.",
    "Reading speed improved with a dome magnifier; grey-brown dots seen at the limbus.",
    "Justice was done to the imaging: precious little drusen; a blessing that the fellow eye is clear.",
    "Trachoma grading (TF, TI, TS, TT, CO) in Ethiopia, Tigray and the Amhara highlands.",
    "River blindness remains a problem in parts of Nigeria, Ghana and the Sahel.",
    "Diabetic retinopathy prevalence is rising across Mexico, Brazil, Pakistan and Bangladesh.",
    "Teleretinal screening across the Navajo Nation, Arizona and New Mexico reduced referral delays.",
    "Sickle cell retinopathy is common in the Caribbean and West Africa; sea-fan neovascularisation seen.",
    "Pterygium is more common near the equator, for example in the Philippines, Sri Lanka and Queensland.",
    "Behçet uveitis is frequent in Turkey, Iran and along the old Silk Road.",
    "Travel to Scandinavia, Bavaria, the Scottish Highlands or Connacht is fine once the gas has gone.",
    "Vitamin A deficiency xerophthalmia is still seen in Sindh, Punjab, Upper Egypt and Mindanao.",
    "Hong Kong, Japan, Greece, Poland and the Netherlands report high myopia rates in school children.",
    "Myopia control: atropine 0.01% nightly, MiSight 1 day lenses and DIMS spectacle lenses.",
    "Graves orbitopathy on CAS 4/7; Hashimoto thyroiditis in the history; teprotumumab discussed.",
    "Sjögren syndrome with a Schirmer of 2 mm; Susac syndrome and Cogan syndrome considered and excluded.",
    "Leber hereditary optic neuropathy and Leber congenital amaurosis are different diseases.",
    (
        "Sherrington and Hering laws explain the deviation; the Park-Bielschowsky three-step test suggests a right "
        "fourth."
    ),
    ("Harada-Ito procedure, Knapp procedure, Hummelsheim and Jensen transpositions, Faden and Kestenbaum operations."),
    "Krukenberg spindle, Sampaolesi line, Khodadoust line, Arlt line and Herbert pits were shown to the trainees.",
    "Lisch nodules, Mittendorf dot, Bergmeister papilla, Siegrist streaks and the Hutchinson sign.",
    "Firmware 2.4.0.118 and Windows build 10.0.19045.4291 on the OCT workstation; DICOM port 104.",
    "Krimsky and Hirschberg tests at 33 cm; Lancaster red-green screen at the next visit.",
    "Avoid eye baths; the split-thickness graft looks nice and a mobile phone torch gave a clear reading.",
]

ARGUABLE = [
    "Northern Navajo Medical Center",
    "IHS",
    "Sunrise Terrace",
    "Blue Cross",
    "INSTITUTO MEXICANO DEL SEGURO SOCIAL",
    "Clínica de Retina del Norte",
    "HOSPITAL  GENERAL  DE  MÉXICO",
    "ABX2291",
    "HOSPITAL DAS CLÍNICAS",
    "Universitäts-Augenklinik",
    "AOK Bayern",
    "Techniker Krankenkasse",
    "Zilveren Kruis",
    "Vårdcentral Skogås",
    "Beyoğlu Göz EAH",
    "Kasr Al Ainy",
    "Farabi Eye Hospital",
    "Tamin Ejtemaei",
    "Hong Kong Eye Hospital",
    "HKEH",
    "みなとみらい眼科クリニック",
    "PhilHealth",
    "Bagong Silang health centre",
    "LAGOS UNIVERSITY TEACHING HOSPITAL",
    "NHIS",
    "4K7J2",
    "Korle Bu Teaching Hospital",
    "Menelik II Hospital",
    "CBHI",
    "NHF",
    "Sagicor",
    "Royal Victoria Eye and Ear Hospital",
    "NHS GG&C",
    "Gartnavel",
    "Ninewells",
    "Ysbyty Gwynedd",
]
