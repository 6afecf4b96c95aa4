"""Held-out de-identification review set v5 for free-text ophthalmology notes.

Written on 2026-11-28 by an independent reviewer who did not see the de-identification rules,
the benchmark (``bench/deid_eval.py``), the tests or the other review sets' snippets. The only
project files read were ``bench/deid_sets/score.py`` (for the data format) and the docstring of
``bench/deid_sets/review_v3.py`` (its annotation conventions, which this set follows). The
de-identifier was not run on this set while it was written, and score.py was not run on it.

All people, numbers, addresses, contact details, links and serials are invented (telephone
numbers mostly use ranges reserved for drama/fiction where a country has one; national numbers
such as NHS, CHI, H&C, OHIP, BC PHN and Australian Medicare are invented but given valid check
digits).

Coverage
--------
Regions: UK (England, Scotland, Wales, Northern Ireland), Ireland, US, Canada (Ontario, British
Columbia, Quebec, Manitoba), Australia, New Zealand, South Africa, India and Singapore.
Note types: outpatient clinic letters to GPs, EHR progress notes (SOAP), operation notes,
intravitreal injection clinic logs, glaucoma and medical-retina virtual clinic reviews,
diabetic eye screening grading reports, A&E/ED eye triage, paediatric/orthoptic/ROP notes,
telephone, SMS, WhatsApp and secure-message encounters, e-mail threads, discharge summaries,
optometrist referrals, MDT/tumour-board notes, audit-trail lines, scanned/OCR'd letters (with
O/0 and l/1 confusions and broken spacing), dictation with transcription errors and spelled-out
identifiers, free text from structured forms (CVI, consent, intake, prior authorisation,
pre-assessment), and copy-pasted tables (theatre lists, CSV exports, billing lines, registers).
Names cover British, Irish (fada, Ní/Mac/Ó), Welsh (ap), Scottish, Afro-Caribbean, West/East/
Southern African, Afrikaans (du, van der), South Asian (s/o, d/o), Chinese, Malay (bin/binti),
Tamil, Vietnamese, Korean, Japanese, Filipino, Pacific, Māori, Somali, Afghan, Polish, Greek,
Italian, Portuguese, Hispanic, French-Canadian, Jewish and Scandinavian backgrounds; they occur
at sentence start, after relationship words, in lists, in parentheses, in signatures, as
initials, in ALL CAPS, as "Surname, Given", in lower case, as possessives, and as words that
are also ordinary words (Will, May, Mark, Hope, Faith, Iris, Summer, Precious, Reading, Best,
Bright, Keeper, Dot); the same words also appear elsewhere as ordinary words.

Annotation choices (v3's conventions, plus)
-------------------------------------------
* Labels are outside spans: only the value of "NHS No. 485 777 3457", "GMC 4417862",
  "Member ID W219884301" is marked. A registration number whose letters are part of the number
  itself (HPCSA "MP 0712345", AHPRA "MED0001873245", SMC "M09876J") is marked whole.
* When any part of a person's name (given name or surname) recurs in a snippet, the parts are
  marked as separate spans so that every occurrence is marked once; a nickname in parentheses or
  quotes ("Patricia (Patty) Kowalski", "Raymond 'Bluey' Dunstan") is its own span.
* Staff log-in user names in audit trails ("hkaur01", "s.oconnell", "jmcallister") are NAME.
  Reference initials on two sides of a slash are two NAME spans.
* Pager numbers are PHONE; a telephone extension written after the number is inside the PHONE
  span ("0117 496 0023 ext 4471").
* Addresses of hospitals, practices and opticians (street line, town, postcode) are marked like
  any other address; the institution's name itself is ARGUABLE. "Dublin 16" (a Dublin postal
  district) is one town span; an Irish county written "Co. Donegal" is one span.
* An Australian Medicare provider number is LICENSE (a practitioner identifier); an Australian
  NDIS participant number, a DVA card number and an Indian PM-JAY beneficiary ID are INSURANCE.
* OCR-garbled identifiers (letters for digits, stray spaces) and identifiers dictated as words
  ("C as in Charlie 4 4 1 9 0 2 7", "fourth of July nineteen fifty two") are marked as written.
* Month+year ("11/2024", "Nov 2024") is DATE; appointment day/month without year ("4/11",
  "8 Dec", "15 Aug") is DATE; follow-up intervals written the same way ("4/12", "6/52") are not.
* A school name and a hospital workstation name ("EYE-OPD-PC07") are ARGUABLE, like a clinic name.
"""

from __future__ import annotations

POSITIVE: list[tuple[str, list[tuple[str, str]]]] = [
    # ------------------------------------------------------------------ UK / Ireland clinic letters
    (
        "Dear Dr Okonkwo-Bell,\nRe: Margaret Elsie THORNTON, DOB 17/06/1930, NHS No. 485 777 3457, "
        "Hosp No. K0543219\n14 Wensley Drive, Chapel Allerton, Leeds LS7 3QJ\n"
        "I reviewed Mrs Thornton, now 94, in the medical retina clinic on 14 March 2025. Her left "
        "eye has a disciform scar (VA 6/60); the right remains dry AMD at 6/12. No treatment is indicated.",
        [
            ("NAME", "Okonkwo-Bell"),
            ("NAME", "Margaret Elsie"),
            ("NAME", "THORNTON"),
            ("DATE", "17/06/1930"),
            ("MRN", "485 777 3457"),
            ("MRN", "K0543219"),
            ("ADDRESS", "14 Wensley Drive"),
            ("ADDRESS", "Chapel Allerton"),
            ("ADDRESS", "Leeds"),
            ("ZIP", "LS7 3QJ"),
            ("NAME", "Thornton"),
            ("AGE", "94"),
            ("DATE", "14 March 2025"),
        ],
    ),
    (
        "Dear Dr MacLeod\nMr Alasdair Iain Gillies (CHI 2304768814), 3/1 47 Novar Drive, Hyndland, "
        "Glasgow G12 9TZ, attended the glaucoma clinic on 5th June. IOP 24/26 on Xalatan. I have added "
        "Cosopt b.d. and will see him in 4/12.\nYours sincerely\nFiona Rennie\nConsultant Ophthalmologist, "
        "GMC 4417862",
        [
            ("NAME", "MacLeod"),
            ("NAME", "Alasdair Iain Gillies"),
            ("MRN", "2304768814"),
            ("ADDRESS", "3/1 47 Novar Drive"),
            ("ADDRESS", "Hyndland"),
            ("ADDRESS", "Glasgow"),
            ("ZIP", "G12 9TZ"),
            ("DATE", "5th June"),
            ("NAME", "Fiona Rennie"),
            ("LICENSE", "4417862"),
        ],
    ),
    (
        "Annwyl Dr Pritchard / Dear Dr Pritchard,\nRe: Dafydd ap Rhys, d.o.b. 11.04.1958, Hosp. No. "
        "B1209874, Ty Gwyn, Heol y Bryn, Llandeilo SA19 6AB.\nDafydd was seen in the cataract "
        "pre-assessment clinic today. Biometry AL 23.41 mm R, 23.38 mm L. Listed for right phaco + IOL "
        "(SN60WF +21.0 D). His wife Gwenllian will drive him on the day.",
        [
            ("NAME", "Pritchard"),
            ("NAME", "Pritchard"),
            ("NAME", "Dafydd"),
            ("NAME", "ap Rhys"),
            ("DATE", "11.04.1958"),
            ("MRN", "B1209874"),
            ("ADDRESS", "Ty Gwyn, Heol y Bryn"),
            ("ADDRESS", "Llandeilo"),
            ("ZIP", "SA19 6AB"),
            ("NAME", "Dafydd"),
            ("NAME", "Gwenllian"),
        ],
    ),
    (
        "Re: Ciarán O'Hagan, H&C 392 718 4403, 22 Glen Road, Belfast BT11 8BU, Tel 028 9649 6031.\n"
        "Seen in Eye Casualty at the RVH 09/12/24 with a right corneal abrasion (fingernail from "
        "granddaughter Orla). Chloramphenicol ointment q.d.s. 1/52. No follow-up needed.\n"
        "Signed: K. McCrory, ST4",
        [
            ("NAME", "Ciarán O'Hagan"),
            ("MRN", "392 718 4403"),
            ("ADDRESS", "22 Glen Road"),
            ("ADDRESS", "Belfast"),
            ("ZIP", "BT11 8BU"),
            ("PHONE", "028 9649 6031"),
            ("DATE", "09/12/24"),
            ("NAME", "Orla"),
            ("NAME", "K. McCrory"),
        ],
    ),
    (
        "Dear Dr Fitzgerald,\nThank you for referring Siobhán Ní Bhriain (MRN 0456789), 93 Rosemount "
        "Park, Ballinteer, Dublin 16, D16 W2K7, mobile 087 555 0193. She is an 82-year-old retired "
        "teacher with bilateral pseudoexfoliation and IOPs of 27 and 31 mmHg. I have started "
        "latanoprost nocte and arranged SLT.\nYours sincerely,\nÉamonn Ó Murchú, FRCSI (MCRN 412345)",
        [
            ("NAME", "Fitzgerald"),
            ("NAME", "Siobhán Ní Bhriain"),
            ("MRN", "0456789"),
            ("ADDRESS", "93 Rosemount Park"),
            ("ADDRESS", "Ballinteer"),
            ("ADDRESS", "Dublin 16"),
            ("ZIP", "D16 W2K7"),
            ("PHONE", "087 555 0193"),
            ("NAME", "Éamonn Ó Murchú"),
            ("LICENSE", "412345"),
        ],
    ),
    (
        "Private patient - VHI Healthcare member no. 60482193. Mr Tadhg Kiely, 7 Lower Glanmire Road, "
        "Cork T23 KX81. Account ref 4471-2093. Seen at the Bon Secours 21/01/2025 for a second opinion "
        "on his epiretinal membrane; metamorphopsia is mild and he does not want surgery yet.",
        [
            ("INSURANCE", "60482193"),
            ("NAME", "Tadhg Kiely"),
            ("ADDRESS", "7 Lower Glanmire Road"),
            ("ADDRESS", "Cork"),
            ("ZIP", "T23 KX81"),
            ("ACCOUNT", "4471-2093"),
            ("DATE", "21/01/2025"),
        ],
    ),
    (
        "Dear Dr Adeyemi\nRe: Mr Winston Augustus Campbell, 90, 41b Coldharbour Lane, Brixton, London "
        "SE5 9NR\nAccompanied by his niece, Marcia Campbell-Reid, who is his main carer (07700 900461). "
        "He has active neovascular AMD in the left eye and has agreed to a loading course of aflibercept.",
        [
            ("NAME", "Adeyemi"),
            ("NAME", "Winston Augustus Campbell"),
            ("AGE", "90"),
            ("ADDRESS", "41b Coldharbour Lane"),
            ("ADDRESS", "Brixton"),
            ("ADDRESS", "London"),
            ("ZIP", "SE5 9NR"),
            ("NAME", "Marcia Campbell-Reid"),
            ("PHONE", "07700 900461"),
        ],
    ),
    (
        "cc: Dr H. Chaudhry, Moorside Surgery, fax 0161 496 0871\n"
        "    Ms Beatrice Onyango, Specialist Nurse (Low Vision), beatrice.onyango@nhs.net\n"
        "    Patient",
        [
            ("NAME", "H. Chaudhry"),
            ("FAX", "0161 496 0871"),
            ("NAME", "Beatrice Onyango"),
            ("EMAIL", "beatrice.onyango@nhs.net"),
        ],
    ),
    (
        "I have advised Mr Gareth Pugh (driving licence PUGH9805127GW9AB) that his binocular field does "
        "not meet the DVLA standard and that he must stop driving and inform the DVLA himself. He drives "
        "a white Transit van, reg. YR68 KFD, for work. Esterman: 87 points tested, 14 missed centrally.",
        [
            ("NAME", "Gareth Pugh"),
            ("LICENSE", "PUGH9805127GW9AB"),
            ("VEHICLE", "YR68 KFD"),
        ],
    ),
    (
        "Secretary: Dawn Hollis, tel 0117 496 0023 ext 4471 (switchboard 0117 496 0000), fax 0117 496 "
        "0099. Please quote hospital number BRI-3300917 on all correspondence.",
        [
            ("NAME", "Dawn Hollis"),
            ("PHONE", "0117 496 0023 ext 4471"),
            ("PHONE", "0117 496 0000"),
            ("FAX", "0117 496 0099"),
            ("MRN", "BRI-3300917"),
        ],
    ),
    (
        "She was driving (car reg 191-D-23817) when she first noticed the inferior field loss. I have "
        "told Bríd Ní Chonaill not to drive until the repeat Esterman field on 02/12.",
        [
            ("VEHICLE", "191-D-23817"),
            ("NAME", "Bríd Ní Chonaill"),
            ("DATE", "02/12"),
        ],
    ),
    (
        "Mr Bishnu Bahadur Gurung, 92, ex-Gurkha, from Aldershot, attends with his grandson Prakash who "
        "interprets (Nepali). Bilateral pseudophakia, posterior capsule opacification R; YAG today.",
        [
            ("NAME", "Bishnu Bahadur Gurung"),
            ("AGE", "92"),
            ("ADDRESS", "Aldershot"),
            ("NAME", "Prakash"),
        ],
    ),
    (
        "Rahima Begum, 66, attended with a Sylheti interpreter via LanguageLine. She lives in "
        "Whitechapel with her daughter Shirin and struggles with eye drops; Xalacom changed to a "
        "preservative-free option.",
        [
            ("NAME", "Rahima Begum"),
            ("ADDRESS", "Whitechapel"),
            ("NAME", "Shirin"),
        ],
    ),
    # ------------------------------------------------------------------ US EHR / SOAP notes
    (
        "S: 94 y/o F w/ hx of GA OU presents for 3-mo f/u, accompanied by daughter Patricia (Patty) "
        "Kowalski. Pt reports incr difficulty reading mail.\nO: VA cc 20/200 OD, 20/400 OS. IOP 14/15.\n"
        "A/P: Advanced GA OU, no CNV. Referred to low vision (Dr. Amara Nwosu). RTC 6 mo.\n"
        "MRN 00482913 | DOB 07/22/1930 | Enc 11/03/2024",
        [
            ("AGE", "94"),
            ("NAME", "Patricia"),
            ("NAME", "Patty"),
            ("NAME", "Kowalski"),
            ("NAME", "Amara Nwosu"),
            ("MRN", "00482913"),
            ("DATE", "07/22/1930"),
            ("DATE", "11/03/2024"),
        ],
    ),
    (
        "CC: blurry vision OS x 2 wks\nHPI: 58 yo M (Luis Alberto Mendoza-Ruiz) w/ DM2, A1c 9.8, "
        "presents from Dr. Greenbaum's office. Pt's wife Rosa at bedside interpreting (Spanish).\n"
        "Plan: OCT + FA today; anti-VEGF if CSME. Pt's cell (786) 555-0142. Insurance: Humana Gold Plus "
        "member ID H44819302, group 0079215.",
        [
            ("NAME", "Luis Alberto Mendoza-Ruiz"),
            ("NAME", "Greenbaum"),
            ("NAME", "Rosa"),
            ("PHONE", "(786) 555-0142"),
            ("INSURANCE", "H44819302"),
            ("INSURANCE", "0079215"),
        ],
    ),
    (
        "Medicare MBI 4TW8-JK2-QN61; secondary AARP supplement. Beneficiary: HOLLOWAY, DOROTHY J, 96, "
        "1187 Maple Ridge Ct, Sun City Center, FL 33573. Pt prefers to be called Dot. Hx: Fuchs "
        "dystrophy OU, s/p DMEK OD. Small dot hemorrhage noted OS.",
        [
            ("INSURANCE", "4TW8-JK2-QN61"),
            ("NAME", "HOLLOWAY, DOROTHY J"),
            ("AGE", "96"),
            ("ADDRESS", "1187 Maple Ridge Ct"),
            ("ADDRESS", "Sun City Center"),
            ("ZIP", "33573"),
            ("NAME", "Dot"),
        ],
    ),
    (
        "Electronically signed by: Jonathan R. Whitfield, OD - Ohio Optometry License OE.0412377 - "
        "03/18/2025 16:42 EDT",
        [
            ("NAME", "Jonathan R. Whitfield"),
            ("LICENSE", "OE.0412377"),
            ("DATE", "03/18/2025"),
        ],
    ),
    (
        "Encounter FIN 4400912345 / Acct# 7789-002314. Guarantor: Deshawn Marcus Freeman (father). "
        "Pt: Jaylen Freeman, 11 yo, seen for failed school vision screen. Cyclo refraction OD +3.50 "
        "+0.75 x 090, OS +3.25 sph.",
        [
            ("ACCOUNT", "4400912345"),
            ("ACCOUNT", "7789-002314"),
            ("NAME", "Deshawn Marcus"),
            ("NAME", "Freeman"),
            ("NAME", "Jaylen"),
            ("NAME", "Freeman"),
        ],
    ),
    (
        "ED Triage 02:17 - 34 yo restrained driver, airbag deployment, L eye pain. EMS report: vehicle "
        "2016 Honda Civic, OH plate JKR 4417, VIN 2HGFC2F59GH512804. Pt name Kayla Brooks, arrived via "
        "Medic 12. Seidel neg, no hyphema.",
        [
            ("VEHICLE", "JKR 4417"),
            ("VEHICLE", "2HGFC2F59GH512804"),
            ("NAME", "Kayla Brooks"),
        ],
    ),
    (
        "Patient sent MyChart message via https://mychart.summitvieweye.org/MyChart/Messaging/Thread?id="
        "88213457 re: new floaters since Sunday. Called back at (614) 555-0178, no curtain, no flashes. "
        "Advised same-day DFE. - Tammy Ruiz, COT",
        [
            ("URL", "https://mychart.summitvieweye.org/MyChart/Messaging/Thread?id=88213457"),
            ("PHONE", "(614) 555-0178"),
            ("NAME", "Tammy Ruiz"),
        ],
    ),
    (
        "Telehealth visit conducted via https://summitview.zoom.us/j/93318827741?pwd=Tk9xZ2 ; patient "
        "located at home (connected from IP 73.162.48.201). Provider: Rebecca Ashworth-Lin, MD.",
        [
            ("URL", "https://summitview.zoom.us/j/93318827741?pwd=Tk9xZ2"),
            ("IP", "73.162.48.201"),
            ("NAME", "Rebecca Ashworth-Lin"),
        ],
    ),
    (
        "PATIENT: NGUYEN, THI LAN   DOB: 1938-05-19   MRN: 2231-0094\n"
        "ADDRESS: 4410 S. Buckner Blvd Apt 212, Dallas, TX 75227\n"
        "PCP: Dr. Oyelaran   PHONE: 214-555-0136",
        [
            ("NAME", "NGUYEN, THI LAN"),
            ("DATE", "1938-05-19"),
            ("MRN", "2231-0094"),
            ("ADDRESS", "4410 S. Buckner Blvd Apt 212"),
            ("ADDRESS", "Dallas"),
            ("ZIP", "75227"),
            ("NAME", "Oyelaran"),
            ("PHONE", "214-555-0136"),
        ],
    ),
    (
        "Medicaid # 41882930C (NY). Mother Ms. Yesenia Cruz consents for EUA. Child: Mateo "
        "Cruz-Batista, 3 y/o, esotropia 30 PD. Scheduled 4/9 with Dr. Feldstein.",
        [
            ("INSURANCE", "41882930C"),
            ("NAME", "Yesenia Cruz"),
            ("NAME", "Mateo Cruz-Batista"),
            ("DATE", "4/9"),
            ("NAME", "Feldstein"),
        ],
    ),
    (
        "spoke w/ dr. patel (retina fellow) re: pt in bed 14 - page 555-0187 if VA drops. pt's son anil at bedside.",
        [
            ("NAME", "patel"),
            ("PHONE", "555-0187"),
            ("NAME", "anil"),
        ],
    ),
    (
        "IOL implanted: Tecnis ZCB00 +20.5 D, SN 2087543019. Label scanned to chart. Surgeon: Mark "
        "Hanrahan, MD. Assist: Grace Oduya, CST. Wound Seidel negative.",
        [
            ("DEVICE", "2087543019"),
            ("NAME", "Mark Hanrahan"),
            ("NAME", "Grace Oduya"),
        ],
    ),
    (
        "Mailing address: P.O. Box 1187, Kayenta, AZ 86033. Pt reports no phone at home; contact via "
        "sister Loretta Begay (928) 555-0119. Diabetic eye exam: no DR OU. Next retinal camera visit in "
        "12 months.",
        [
            ("ADDRESS", "P.O. Box 1187"),
            ("ADDRESS", "Kayenta"),
            ("ZIP", "86033"),
            ("NAME", "Loretta Begay"),
            ("PHONE", "(928) 555-0119"),
        ],
    ),
    (
        "ID verified at check-in: TX DL 41827735. Pt: Hector Villarreal Garza. Here for YAG capsulotomy OS.",
        [
            ("LICENSE", "41827735"),
            ("NAME", "Hector Villarreal Garza"),
        ],
    ),
    (
        "Pt requests results be emailed to grandson: t.abernathy.jr@gmail.com. HIPAA release on file "
        "signed 10/2/24 by Eunice Abernathy (pt), age 98.",
        [
            ("EMAIL", "t.abernathy.jr@gmail.com"),
            ("DATE", "10/2/24"),
            ("NAME", "Eunice Abernathy"),
            ("AGE", "98"),
        ],
    ),
    (
        "CSN: 1029384756 (encounter). Lakisha Monroe, 47, seen for HSV keratitis follow-up; dendrite "
        "healed, taper ganciclovir gel.",
        [
            ("ACCOUNT", "1029384756"),
            ("NAME", "Lakisha Monroe"),
        ],
    ),
    # ------------------------------------------------------------------ Canada
    (
        "Dear Dr. Tremblay,\nRe: Genevieve Lalonde-Roy, OHIP 4567-123-452-MK, 88 Rideau Terrace, "
        "Ottawa, ON K1M 2C2, tel. 613-555-0164.\nThank you for this referral for recurrent "
        "pterygium OD. Sincerely,\nDr. Arjun Bhattacharya, CPSO #87210",
        [
            ("NAME", "Tremblay"),
            ("NAME", "Genevieve Lalonde-Roy"),
            ("INSURANCE", "4567-123-452-MK"),
            ("ADDRESS", "88 Rideau Terrace"),
            ("ADDRESS", "Ottawa"),
            ("ZIP", "K1M 2C2"),
            ("PHONE", "613-555-0164"),
            ("NAME", "Arjun Bhattacharya"),
            ("LICENSE", "87210"),
        ],
    ),
    (
        "BC PHN 9123 456 798. Patient: Kevin Wai-Kit Wong, 1488 W 12th Ave, Vancouver BC V6H 1L3. Fax "
        "consult notes to Dr. S. Dhaliwal at 604-555-0198.",
        [
            ("INSURANCE", "9123 456 798"),
            ("NAME", "Kevin Wai-Kit Wong"),
            ("ADDRESS", "1488 W 12th Ave"),
            ("ADDRESS", "Vancouver"),
            ("ZIP", "V6H 1L3"),
            ("NAME", "S. Dhaliwal"),
            ("FAX", "604-555-0198"),
        ],
    ),
    (
        "RAMQ: LAVM 5403 1218. Mrs Marie-Claude Lavoie, aged 91, from Trois-Rivières, seen with her son "
        "Étienne. Full-thickness macular hole OD, stage 4; offered vitrectomy with ILM peel.",
        [
            ("INSURANCE", "LAVM 5403 1218"),
            ("NAME", "Marie-Claude Lavoie"),
            ("AGE", "91"),
            ("ADDRESS", "Trois-Rivières"),
            ("NAME", "Étienne"),
        ],
    ),
    (
        "Telephone consult from the nursing station at Norway House (RN Cheryl Muswagon, 204-555-0133). "
        "Pt: Darren Keeper, 45 M, chemical splash L eye (bleach), irrigated to pH 7.0. Advised "
        "fluorescein check and chloramphenicol; medevac not required.",
        [
            ("ADDRESS", "Norway House"),
            ("NAME", "Cheryl Muswagon"),
            ("PHONE", "204-555-0133"),
            ("NAME", "Darren Keeper"),
        ],
    ),
    # ------------------------------------------------------------------ Australia
    (
        "Dear Dr Nguyen,\nRe: Mrs Thi Hoa Tran, UR 7732104, Medicare 2951 48320 1, 14/27 Gordon Street, "
        "Footscray VIC 3011.\nThank you for referring Mrs Tran with a dense nuclear cataract in the "
        "right eye. Kind regards,\nDr Sarah Whitlock, FRANZCO (AHPRA MED0001873245)",
        [
            ("NAME", "Nguyen"),
            ("NAME", "Thi Hoa"),
            ("NAME", "Tran"),
            ("MRN", "7732104"),
            ("INSURANCE", "2951 48320 1"),
            ("ADDRESS", "14/27 Gordon Street"),
            ("ADDRESS", "Footscray"),
            ("ZIP", "3011"),
            ("NAME", "Tran"),
            ("NAME", "Sarah Whitlock"),
            ("LICENSE", "MED0001873245"),
        ],
    ),
    (
        "DVA Gold Card QX904512. Mr Raymond 'Bluey' Dunstan, 92, Vietnam veteran, lives alone in "
        "Bundaberg. Transport booked via DVA (0491 570 156). Bilateral GA; registered legally blind.",
        [
            ("INSURANCE", "QX904512"),
            ("NAME", "Raymond"),
            ("NAME", "Bluey"),
            ("NAME", "Dunstan"),
            ("AGE", "92"),
            ("ADDRESS", "Bundaberg"),
            ("PHONE", "0491 570 156"),
        ],
    ),
    (
        "Advised Ms Kylie Anne Brennan that she does not currently meet the Austroads standard for a "
        "private licence. Her Queensland driver licence no. 081 442 917; vehicle 612 KXR. Notification "
        "to the Department of Transport to follow.",
        [
            ("NAME", "Kylie Anne Brennan"),
            ("LICENSE", "081 442 917"),
            ("VEHICLE", "612 KXR"),
        ],
    ),
    (
        "Fax: (07) 5550 1288 | Ph: (07) 5550 1280\nGold Coast Eye Specialists - referral from Dr Liam "
        "O'Sullivan, Provider No. 2447819A",
        [
            ("FAX", "(07) 5550 1288"),
            ("PHONE", "(07) 5550 1280"),
            ("NAME", "Liam O'Sullivan"),
            ("LICENSE", "2447819A"),
        ],
    ),
    (
        "Outreach eye clinic, Katherine. Seen with Aboriginal Health Practitioner Selina Daniels. Pt: "
        "Jacob Lansen, DOB 03/11/1961, HRN 0451289. Trachoma screen negative; pterygium OD encroaching "
        "3 mm; for excision with conjunctival autograft.",
        [
            ("ADDRESS", "Katherine"),
            ("NAME", "Selina Daniels"),
            ("NAME", "Jacob Lansen"),
            ("DATE", "03/11/1961"),
            ("MRN", "0451289"),
        ],
    ),
    (
        "Gap payment: billing account 3300-7712-0045; Bupa member 845512903. Mrs Eleanor Voss agreed to "
        "the quoted out-of-pocket fee for left phaco.",
        [
            ("ACCOUNT", "3300-7712-0045"),
            ("INSURANCE", "845512903"),
            ("NAME", "Eleanor Voss"),
        ],
    ),
    # ------------------------------------------------------------------ New Zealand
    (
        "Kia ora Dr Henare,\nRe: Aroha Mereana Tipene, NHI ZKT4821, 12 Kowhai Street, Te Awamutu 3800. "
        "Ph 027 555 0148.\nAroha was reviewed in the diabetic eye service on 19/08/2025 and has "
        "moderate NPDR without maculopathy.\nNgā mihi,\nDr Hamish Blackwood",
        [
            ("NAME", "Henare"),
            ("NAME", "Aroha"),
            ("NAME", "Mereana Tipene"),
            ("MRN", "ZKT4821"),
            ("ADDRESS", "12 Kowhai Street"),
            ("ADDRESS", "Te Awamutu"),
            ("ZIP", "3800"),
            ("PHONE", "027 555 0148"),
            ("NAME", "Aroha"),
            ("DATE", "19/08/2025"),
            ("NAME", "Hamish Blackwood"),
        ],
    ),
    (
        "Tongan interpreter (Sione Taufa) present. Pt Mele Fifita, 67, from Ōtāhuhu, Southern Cross "
        "member no. 80012457. Left RRD macula-on; for vitrectomy tomorrow, posture right side down.",
        [
            ("NAME", "Sione Taufa"),
            ("NAME", "Mele Fifita"),
            ("ADDRESS", "Ōtāhuhu"),
            ("INSURANCE", "80012457"),
        ],
    ),
    (
        "NZTA medical certificate: driver licence DK457812, Rawiri Tautahi. Binocular VA 6/9, fields "
        "full. Vehicle rego LMN482 noted on form. Signed Dr Priya Raghunathan, MCNZ 31245.",
        [
            ("LICENSE", "DK457812"),
            ("NAME", "Rawiri Tautahi"),
            ("VEHICLE", "LMN482"),
            ("NAME", "Priya Raghunathan"),
            ("LICENSE", "31245"),
        ],
    ),
    (
        "Admitted by RN Maricel Dela Cruz. Pt: Losaline Vaipulu, 58, for L DCR. INR 1.1 (done 6 Oct). "
        "Aspirin withheld 7/7.",
        [
            ("NAME", "Maricel Dela Cruz"),
            ("NAME", "Losaline Vaipulu"),
            ("DATE", "6 Oct"),
        ],
    ),
    # ------------------------------------------------------------------ South Africa
    (
        "Re: Mr Sipho Ndlovu, Folder no. 87-44120, medical aid: Discovery Health, member no. 201345678, "
        "dependant 01.\nAddress: 2231 Mokoena Street, Orlando West, Soweto, 1804. Cell: 082 555 0143.\n"
        "Diagnosis: advanced POAG, C/D 0.9 both eyes.",
        [
            ("NAME", "Sipho Ndlovu"),
            ("MRN", "87-44120"),
            ("INSURANCE", "201345678"),
            ("ADDRESS", "2231 Mokoena Street"),
            ("ADDRESS", "Orlando West"),
            ("ADDRESS", "Soweto"),
            ("ZIP", "1804"),
            ("PHONE", "082 555 0143"),
        ],
    ),
    (
        "Referred by optometrist Anri du Plessis (Stellenbosch). Pt: Pieter Johannes van der Merwe, 90, "
        "retired farmer from Ceres. Dense brunescent cataract OS, VA HM.\nDr Thandeka Mokoena, HPCSA "
        "MP 0712345",
        [
            ("NAME", "Anri du Plessis"),
            ("ADDRESS", "Stellenbosch"),
            ("NAME", "Pieter Johannes van der Merwe"),
            ("AGE", "90"),
            ("ADDRESS", "Ceres"),
            ("NAME", "Thandeka Mokoena"),
            ("LICENSE", "MP 0712345"),
        ],
    ),
    (
        "Please fax results to 021 555 0166 (Sr R. Jacobs, sister in charge). Pt Fatima Isaacs, 12 "
        "Rosmead Ave, Kenilworth, Cape Town 7708.",
        [
            ("FAX", "021 555 0166"),
            ("NAME", "R. Jacobs"),
            ("NAME", "Fatima Isaacs"),
            ("ADDRESS", "12 Rosmead Ave"),
            ("ADDRESS", "Kenilworth"),
            ("ADDRESS", "Cape Town"),
            ("ZIP", "7708"),
        ],
    ),
    (
        "Mr Bongani Zulu, taxi driver (minibus reg. ND 482-117), asks for a letter for his PrDP renewal. "
        "VA 6/6 OD, 6/9 OS; fields full to confrontation. Letter given.",
        [
            ("NAME", "Bongani Zulu"),
            ("VEHICLE", "ND 482-117"),
        ],
    ),
    # ------------------------------------------------------------------ India
    (
        "UHID: SVN-2025-0045671 | Name: Smt. Lakshmi Narayanan | Age/Sex: 91/F | Addr: 14, 2nd Cross, "
        "Malleshwaram, Bengaluru 560003 | Mob: 98450 12345\nC/O: DV OU. Dx: Mature cataract OD. "
        "Adv: SICS OD under PBA. Attender: son Ramesh.",
        [
            ("MRN", "SVN-2025-0045671"),
            ("NAME", "Lakshmi Narayanan"),
            ("AGE", "91"),
            ("ADDRESS", "14, 2nd Cross"),
            ("ADDRESS", "Malleshwaram"),
            ("ADDRESS", "Bengaluru"),
            ("ZIP", "560003"),
            ("PHONE", "98450 12345"),
            ("NAME", "Ramesh"),
        ],
    ),
    (
        "Patient covered under PM-JAY, beneficiary ID PMJ7H2K9Q4; Ayushman card verified. Name: Mohd. "
        "Irfan Qureshi s/o Abdul Rashid Qureshi, R/o H.No. 4-2-118, Sultan Bazar, Hyderabad 500095.",
        [
            ("INSURANCE", "PMJ7H2K9Q4"),
            ("NAME", "Mohd. Irfan"),
            ("NAME", "Qureshi"),
            ("NAME", "Abdul Rashid"),
            ("NAME", "Qureshi"),
            ("ADDRESS", "H.No. 4-2-118"),
            ("ADDRESS", "Sultan Bazar"),
            ("ADDRESS", "Hyderabad"),
            ("ZIP", "500095"),
        ],
    ),
    (
        "Dr. K. Venkatesh Subramanian, MS (Ophth), KMC Reg. No. 63127\nDISCHARGE SUMMARY: Mr. Tharun "
        "Gowda, 34 M, IP No. 2025/18823, DOA 12.02.2025, DOD 14.02.2025. Fall from two-wheeler (bike "
        "KA-05-HX-4821), full-thickness lid laceration R upper lid repaired in layers.",
        [
            ("NAME", "K. Venkatesh Subramanian"),
            ("LICENSE", "63127"),
            ("NAME", "Tharun Gowda"),
            ("MRN", "2025/18823"),
            ("DATE", "12.02.2025"),
            ("DATE", "14.02.2025"),
            ("VEHICLE", "KA-05-HX-4821"),
        ],
    ),
    (
        "Insurance: Star Health, policy no. P/141117/01/2025/004512, TPA approval pending. Pt email: "
        "deepa.iyer84@yahoo.co.in. Mother-in-law Kamala accompanies.",
        [
            ("INSURANCE", "P/141117/01/2025/004512"),
            ("EMAIL", "deepa.iyer84@yahoo.co.in"),
            ("NAME", "Kamala"),
        ],
    ),
    (
        "Godavari Netra Seva, Old Agra Road, Nashik 422002. Ph: 0253-2574 110 | Fax: 0253-2574 119\n"
        "OPD timings 9 am to 1 pm.",
        [
            ("ADDRESS", "Old Agra Road"),
            ("ADDRESS", "Nashik"),
            ("ZIP", "422002"),
            ("PHONE", "0253-2574 110"),
            ("FAX", "0253-2574 119"),
        ],
    ),
    (
        "Bill No. OPB/25/118273, paid Rs 4,500 (UPI). Pt Sushila Bai, 63, for LASIK? No - high "
        "myopia with thin cornea; advised ICL evaluation instead.",
        [
            ("ACCOUNT", "OPB/25/118273"),
            ("NAME", "Sushila Bai"),
        ],
    ),
    (
        "e-prescription link sent to patient: https://erx.netrasetu.in/p/NS25-0091337 (Mr Aftab Alam). "
        "Moxifloxacin 0.5% 6 times a day, prednisolone acetate 1% 4 times a day.",
        [
            ("URL", "https://erx.netrasetu.in/p/NS25-0091337"),
            ("NAME", "Aftab Alam"),
        ],
    ),
    # ------------------------------------------------------------------ Singapore
    (
        "Patient: Tan Wei Ling (Ms), 90 yo Chinese F, Blk 456 Ang Mo Kio Ave 10 #08-1234, Singapore "
        "560456. HP: 9123 4567. NOK: son Lim Jun Jie (9876 5432). Attending: Dr Goh Kian Seng "
        "(SMC Reg No. M09876J).",
        [
            ("NAME", "Tan Wei Ling"),
            ("AGE", "90"),
            ("ADDRESS", "Blk 456 Ang Mo Kio Ave 10 #08-1234"),
            ("ZIP", "560456"),
            ("PHONE", "9123 4567"),
            ("NAME", "Lim Jun Jie"),
            ("PHONE", "9876 5432"),
            ("NAME", "Goh Kian Seng"),
            ("LICENSE", "M09876J"),
        ],
    ),
    (
        "Puan Nurul Aisyah binti Rahman, 52, from Woodlands, accompanied by husband Encik Muhammad "
        "Faizal bin Osman. Car SKX 4521 H at Carpark B - season parking waived per MSW.",
        [
            ("NAME", "Nurul Aisyah"),
            ("NAME", "Rahman"),
            ("ADDRESS", "Woodlands"),
            ("NAME", "Muhammad Faizal"),
            ("NAME", "Osman"),
            ("VEHICLE", "SKX 4521 H"),
        ],
    ),
    (
        "Mr Murugan s/o Pillai, 94, Tamil-speaking, interpreter Ms Kavitha. Integrated Shield policy no. "
        "GE-IS-7730192. Hx: PDR OU, s/p PRP; now vitreous haemorrhage L.",
        [
            ("NAME", "Murugan"),
            ("NAME", "Pillai"),
            ("AGE", "94"),
            ("NAME", "Kavitha"),
            ("INSURANCE", "GE-IS-7730192"),
        ],
    ),
    (
        "A&E: fishhook injury L upper lid; Mr Rajendran s/o Muthusamy, 46, work permit holder; employer "
        "contact Mr Lee (6555 0132). Hook removed by advance-and-cut; tetanus given.",
        [
            ("NAME", "Rajendran"),
            ("NAME", "Muthusamy"),
            ("NAME", "Lee"),
            ("PHONE", "6555 0132"),
        ],
    ),
    # ------------------------------------------------------------------ operation notes
    (
        "OPERATION NOTE\nPatient: BHATTI, Rukhsana  Hosp no: RWA 7741023  Date: 03/04/2025\n"
        "Surgeon: Mr P. Kallarackal  Assistant: Dr Chiamaka Eze  Anaesthetist: Dr T. Lindqvist\n"
        "Procedure: R phaco + IOL, sub-Tenon's block 2% lidocaine 4 mL.\n"
        "IOL: AcrySof SN60WF +22.5D, serial no. 12904477016. Uneventful. Post-op: Maxitrol q.d.s. 2/52.",
        [
            ("NAME", "BHATTI, Rukhsana"),
            ("MRN", "RWA 7741023"),
            ("DATE", "03/04/2025"),
            ("NAME", "P. Kallarackal"),
            ("NAME", "Chiamaka Eze"),
            ("NAME", "T. Lindqvist"),
            ("DEVICE", "12904477016"),
        ],
    ),
    (
        "Procedure: Ahmed FP7 valve implantation OS, superotemporal. Device serial AV7-0931552. Patch "
        "graft: processed pericardium. Surgeon: Alejandra Ibáñez, MD; Fellow: Omar Haddad, MD. Pt: "
        "Harold 'Hal' Brennan, 91, MRN 10983342.",
        [
            ("DEVICE", "AV7-0931552"),
            ("NAME", "Alejandra Ibáñez"),
            ("NAME", "Omar Haddad"),
            ("NAME", "Harold"),
            ("NAME", "Hal"),
            ("NAME", "Brennan"),
            ("AGE", "91"),
            ("MRN", "10983342"),
        ],
    ),
    (
        "Op note 22/07/2025 - 25G PPV, ERM/ILM peel (Brilliant Blue), 20% SF6 OD. Surgeon Dr Mei-Ling "
        "Chua; assistant Dr Rhys Evans (reg). Pt: Vincenzo Marchetti, UR 0098813. Posture face-down "
        "50 min/hr for 3/7. Do not fly.",
        [
            ("DATE", "22/07/2025"),
            ("NAME", "Mei-Ling Chua"),
            ("NAME", "Rhys Evans"),
            ("NAME", "Vincenzo Marchetti"),
            ("MRN", "0098813"),
        ],
    ),
    (
        "Surgeon: Dr. Fathima Beevi; Scrub: Sr. Jessy Thomas; Pt: Ponnusamy K., 72/M, MRD No. 11/20934. "
        "SICS + PCIOL (rigid PMMA 6.0 mm, +21.0 D) OS under peribulbar. IOL serial 0419-223781.",
        [
            ("NAME", "Fathima Beevi"),
            ("NAME", "Jessy Thomas"),
            ("NAME", "Ponnusamy K."),
            ("MRN", "11/20934"),
            ("DEVICE", "0419-223781"),
        ],
    ),
    (
        "Pre-op checklist: pacemaker in situ (Medtronic Azure, serial RNZ412897H) - bipolar diathermy "
        "only. Consent confirmed by Ewa Nowakowska, ST2. Patient Krzysztof Nowakowski, 78.",
        [
            ("DEVICE", "RNZ412897H"),
            ("NAME", "Ewa Nowakowska"),
            ("NAME", "Krzysztof Nowakowski"),
        ],
    ),
    (
        "Implant log | Patient | Item | Serial\nLeft | Mr C. Abernethy | Baerveldt BG101-350 | 2V81104\n"
        "Right | Mr C. Abernethy | PreserFlo MicroShunt | PF2408871",
        [
            ("NAME", "C. Abernethy"),
            ("DEVICE", "2V81104"),
            ("NAME", "C. Abernethy"),
            ("DEVICE", "PF2408871"),
        ],
    ),
    # ------------------------------------------------------------------ injection clinic logs
    (
        "IVT log 11/02/2025 | Pt: AKHTAR Nasreen | RTH 0651234 | L eye | Faricimab 6 mg/0.05 mL | "
        "Injector: NP Joanne Tait | Checker: HCA Ben | VA 6/12 (+2) | IOP post 18",
        [
            ("DATE", "11/02/2025"),
            ("NAME", "AKHTAR Nasreen"),
            ("MRN", "RTH 0651234"),
            ("NAME", "Joanne Tait"),
            ("NAME", "Ben"),
        ],
    ),
    (
        "Injection 14 of treat-and-extend: aflibercept 2 mg R eye. Extend to 10/52. Injected by MO'C, "
        "checked by PD. Next appt Tues 4/11 (already booked). MRN 0773152.",
        [
            ("NAME", "MO'C"),
            ("NAME", "PD"),
            ("DATE", "4/11"),
            ("MRN", "0773152"),
        ],
    ),
    (
        "13:05 Pt Anjali Mehta-Shah ID'd by name + DOB (19/06/1949) + wristband (MRN 4419821). Consent "
        "form 4 signed. Povidone 5%. Vabysmo OS. VA post-inj: HM. Discharged 13:40 with husband Kiran.",
        [
            ("NAME", "Anjali Mehta-Shah"),
            ("DATE", "19/06/1949"),
            ("MRN", "4419821"),
            ("NAME", "Kiran"),
        ],
    ),
    (
        "Bed | Patient | UR | Drug | Eye\n1 | Papadopoulos, Eleni | 204518 | Eylea 8 mg | R\n"
        "2 | Hussein, Abdirahman | 207733 | Lucentis | L\n3 | Walker, June (99) | 199012 | Eylea | R",
        [
            ("NAME", "Papadopoulos, Eleni"),
            ("MRN", "204518"),
            ("NAME", "Hussein, Abdirahman"),
            ("MRN", "207733"),
            ("NAME", "Walker, June"),
            ("AGE", "99"),
            ("MRN", "199012"),
        ],
    ),
    (
        "Inj #23 OD - bevacizumab 1.25 mg/0.05 mL. Pt: Gloria Esperanza Díaz. Dr. Kaminski. Called pt's "
        "daughter Marisol at 305-555-0121 re: missed appt 8/14.",
        [
            ("NAME", "Gloria Esperanza Díaz"),
            ("NAME", "Kaminski"),
            ("NAME", "Marisol"),
            ("PHONE", "305-555-0121"),
            ("DATE", "8/14"),
        ],
    ),
    (
        "Injection clinic: Hope Wilson (pt) brought by her friend Faith. Aflibercept L. Hope is losing "
        "hope about driving again. VA L 6/24. Will review in 8/52.",
        [
            ("NAME", "Hope"),
            ("NAME", "Wilson"),
            ("NAME", "Faith"),
            ("NAME", "Hope"),
        ],
    ),
    # ------------------------------------------------------------------ virtual clinic reviews
    (
        "Glaucoma Virtual Review - 27/05/2025\nPatient: Mr Kwame Asante-Boateng (NHS 943 476 5919)\n"
        "HFA 24-2 SITA Fast: MD -4.21 dB R, -6.88 dB L; stable vs 11/2024. OCT RNFL: superotemporal "
        "thinning L. IOP 17/19 on Lumigan.\nOutcome: stable, continue; next VC 6/12.\nReviewed by: "
        "Niamh Costello (Band 7 Optometrist, GOC 01-27783).",
        [
            ("DATE", "27/05/2025"),
            ("NAME", "Kwame Asante-Boateng"),
            ("MRN", "943 476 5919"),
            ("DATE", "11/2024"),
            ("NAME", "Niamh Costello"),
            ("LICENSE", "01-27783"),
        ],
    ),
    (
        "MR virtual clinic: OCT both eyes from 03.03.25 reviewed. Dry. Extend interval to 12 weeks. Pt: "
        "O'Donnell, Bridget, 89.",
        [
            ("DATE", "03.03.25"),
            ("NAME", "O'Donnell, Bridget"),
        ],
    ),
    (
        "OCT images imported from community hub (Spectralis, device serial HRA-24-5518) at 10.14.22.187; "
        "pt: Sandeep Singh Gill. Grader: A. Whitaker. No fluid; continue 16-weekly.",
        [
            ("DEVICE", "HRA-24-5518"),
            ("IP", "10.14.22.187"),
            ("NAME", "Sandeep Singh Gill"),
            ("NAME", "A. Whitaker"),
        ],
    ),
    (
        "Patient-specific VF report: https://pacs.stlukes-eye.ie/viewer?study=1.2.826.0.1.3680043.8.498."
        "1127&pid=0773152 - progression on GPA at 3 consecutive tests; bring forward to face-to-face.",
        [
            ("URL", "https://pacs.stlukes-eye.ie/viewer?study=1.2.826.0.1.3680043.8.498.1127&pid=0773152"),
        ],
    ),
    # ------------------------------------------------------------------ diabetic screening
    (
        "DESP Grading Report\nSubject: Ayodele Olusegun Bankole | NHS No: 401 023 7783 | DOB: 23-Jan-1966 "
        "| GP: Dr Y. Haq, Riverside Medical Practice\nCamera: Topcon TRC-NW8 (SN 3841207) | Site: Mobile "
        "unit 2, supermarket car park, Wythenshawe\nR: R1M0P0  L: R2M1P0  Outcome: refer routine to HES "
        "(M1)\nPrimary grader: DW  Secondary: SFM",
        [
            ("NAME", "Ayodele Olusegun Bankole"),
            ("MRN", "401 023 7783"),
            ("DATE", "23-Jan-1966"),
            ("NAME", "Y. Haq"),
            ("DEVICE", "3841207"),
            ("ADDRESS", "Wythenshawe"),
            ("NAME", "DW"),
            ("NAME", "SFM"),
        ],
    ),
    (
        "SiDRP report, visit 02/10/2025: Pt Chua Mei Xin. Moderate NPDR OU, no DMO. Refer to SOC within "
        "4 months. Graded by Siti Hajar (trained grader).",
        [
            ("DATE", "02/10/2025"),
            ("NAME", "Chua Mei Xin"),
            ("NAME", "Siti Hajar"),
        ],
    ),
    (
        "Teleophthalmology screening camp, Kanchipuram, 15 Aug. Images uploaded: "
        "https://tele.netrasetu.in/cases/KPM-2025-08811 . Pt: Saraswathi Ammal, 68, diabetic 12 yrs. "
        "Grader comment: PDR L - urgent referral.",
        [
            ("ADDRESS", "Kanchipuram"),
            ("DATE", "15 Aug"),
            ("URL", "https://tele.netrasetu.in/cases/KPM-2025-08811"),
            ("NAME", "Saraswathi Ammal"),
        ],
    ),
    (
        "Remote site grading: Pt Noeline Barnes, 54. Camera: Canon CR-2 AF, SN 1804AF2293. R: mild "
        "NPDR; L: ungradable (cataract). Re-screen 12/12.",
        [
            ("NAME", "Noeline Barnes"),
            ("DEVICE", "1804AF2293"),
        ],
    ),
    (
        "Teleretinal screen (EyePACS) - Pt ID 7710-2234; DOB 9/17/63; read by Dr. Chen Ying; no DR OU; rescreen 1 yr.",
        [
            ("MRN", "7710-2234"),
            ("DATE", "9/17/63"),
            ("NAME", "Chen Ying"),
        ],
    ),
    # ------------------------------------------------------------------ A&E / ED triage
    (
        "ED Triage 03:42 - 27M, chemical injury (oven cleaner) R eye at home, 19 Cranbrook Road, Ilford "
        "IG1 4PJ. pH 9 -> irrigated 2 L Hartmann's -> pH 7.5. Brought in by partner Jordan. Tetanus UTD. "
        "Eye reg Dr Okoro bleeped.",
        [
            ("ADDRESS", "19 Cranbrook Road"),
            ("ADDRESS", "Ilford"),
            ("ZIP", "IG1 4PJ"),
            ("NAME", "Jordan"),
            ("NAME", "Okoro"),
        ],
    ),
    (
        "ED triage, 11:20: Patrick Joseph (PJ) Moriarty, 94, nursing home resident (Tralee), fall, "
        "periorbital haematoma L, ?orbital floor #. CT orbits requested. NOK: nephew Donal 087 555 0127.",
        [
            ("NAME", "Patrick Joseph"),
            ("NAME", "PJ"),
            ("NAME", "Moriarty"),
            ("AGE", "94"),
            ("ADDRESS", "Tralee"),
            ("NAME", "Donal"),
            ("PHONE", "087 555 0127"),
        ],
    ),
    (
        "ED: 19M, hit in R eye by cricket ball. Hyphaema 2 mm. Pt Jarrah Williams, 28 Beach Rd, Coogee "
        "NSW 2034, mob 0412 555 017. Strict bed rest, atropine, Pred Forte.",
        [
            ("NAME", "Jarrah Williams"),
            ("ADDRESS", "28 Beach Rd"),
            ("ADDRESS", "Coogee"),
            ("ZIP", "2034"),
            ("PHONE", "0412 555 017"),
        ],
    ),
    (
        "Casualty: Pt Lwazi Mthembu, 31, assault (sjambok) - lid laceration involving margin L upper lid. "
        "Pt from Khayelitsha. Folder 2025/004471. Referred to eye registrar Dr Naidoo.",
        [
            ("NAME", "Lwazi Mthembu"),
            ("ADDRESS", "Khayelitsha"),
            ("MRN", "2025/004471"),
            ("NAME", "Naidoo"),
        ],
    ),
    (
        "Security note: pt's vehicle (silver Toyota Camry, lic. plate 8DKM291, California) left in "
        "ambulance bay, moved to lot C. Pt Guadalupe Hernández aware.",
        [
            ("VEHICLE", "8DKM291"),
            ("NAME", "Guadalupe Hernández"),
        ],
    ),
    (
        "Triage CTAS 2: sudden painless vision loss OD x1 h, 73 yo F. Pt: Helga Sørensen. ?CRAO - "
        "ophtho on call paged (Dr Amit Bose, 416-555-0109). Ontario health card 5584-213-903-TX.",
        [
            ("NAME", "Helga Sørensen"),
            ("NAME", "Amit Bose"),
            ("PHONE", "416-555-0109"),
            ("INSURANCE", "5584-213-903-TX"),
        ],
    ),
    (
        "ATTENDANCE: 02/11/2025 23:58  PATIENT: O'SULLIVAN-HUGHES, CAOIMHE  DOB: 17/08/2001  ADDR: "
        "FLAT 3, 88 ST MARY'S ROAD, SOUTHAMPTON, SO14 0BH. PC: glass fragment R eye at nightclub.",
        [
            ("DATE", "02/11/2025"),
            ("NAME", "O'SULLIVAN-HUGHES, CAOIMHE"),
            ("DATE", "17/08/2001"),
            ("ADDRESS", "FLAT 3, 88 ST MARY'S ROAD"),
            ("ADDRESS", "SOUTHAMPTON"),
            ("ZIP", "SO14 0BH"),
        ],
    ),
    # ------------------------------------------------------------------ paediatric / orthoptic
    (
        "Orthoptic report: Amelia-Rose Fairbrother (aged 4), attended with mum Kerry and Nan. VA (Kay "
        "pictures) R 0.200, L 0.400 logMAR. Cover test: small R ET near. Patching 2 h/day R. School: "
        "St Aidan's Primary.",
        [
            ("NAME", "Amelia-Rose Fairbrother"),
            ("NAME", "Kerry"),
        ],
    ),
    (
        "Mum (Mrs Chidinma Okafor) reports that Tobenna, 6, rubs his eyes constantly. VKC with Trantas "
        "dots; started Ikervis. Tobenna's younger sister Adaeze is also under Dr Hartley.",
        [
            ("NAME", "Chidinma Okafor"),
            ("NAME", "Tobenna"),
            ("NAME", "Tobenna"),
            ("NAME", "Adaeze"),
            ("NAME", "Hartley"),
        ],
    ),
    (
        "ROP screen (NICU): Baby of Aaliyah Jenkins, GA 27+3, corrected 34+1, BW 890 g. Zone II stage 2, "
        "no plus. Repeat 1/52. Hosp no 77123904. Screener: Dr Balasubramanian / JK.",
        [
            ("NAME", "Aaliyah Jenkins"),
            ("MRN", "77123904"),
            ("NAME", "Balasubramanian"),
            ("NAME", "JK"),
        ],
    ),
    (
        "Safeguarding: bilateral multilayer retinal haemorrhages in a 5-month-old. Discussed with social "
        "worker Lerato Khumalo (011 555 0176) and paediatrician Dr Ivanova. Child: Liam Botha. Mother: "
        "Chantelle Botha.",
        [
            ("NAME", "Lerato Khumalo"),
            ("PHONE", "011 555 0176"),
            ("NAME", "Ivanova"),
            ("NAME", "Liam"),
            ("NAME", "Botha"),
            ("NAME", "Chantelle"),
            ("NAME", "Botha"),
        ],
    ),
    (
        "School nurse (Ms. Bishop) emailed a vision screening referral from k.bishop@westfieldschools.org "
        "for Xavier Thompson, grade 2, failed Spot screener; refer to peds ophtho, Dr. Lin.",
        [
            ("NAME", "Bishop"),
            ("EMAIL", "k.bishop@westfieldschools.org"),
            ("NAME", "Xavier Thompson"),
            ("NAME", "Lin"),
        ],
    ),
    (
        "Baby Ananya, 8 months, d/o Suresh Reddy & Lavanya, PIN 500081, brought for RB screening - "
        "leukocoria noticed in a flash photo by grandmother.",
        [
            ("NAME", "Ananya"),
            ("NAME", "Suresh Reddy"),
            ("NAME", "Lavanya"),
            ("ZIP", "500081"),
        ],
    ),
    (
        "Orthoptist: Sian Morgan-Tuhiwai. Child: Manaia Eruera (7), from Gisborne, attended with his "
        "kuia. 8 PD X(T) near, well controlled. Bangerter filter discussed.",
        [
            ("NAME", "Sian Morgan-Tuhiwai"),
            ("NAME", "Manaia Eruera"),
            ("ADDRESS", "Gisborne"),
        ],
    ),
    # ------------------------------------------------------------------ telephone / secure message / email
    (
        "Telephone consultation 10:15 - spoke to patient's daughter, Mrs Sunita Chauhan (07700 900318), "
        "with verbal consent from Mr Harjit Singh Chauhan. Dad's vision stable on drops. Confirmed next "
        "appt 8 Dec.",
        [
            ("NAME", "Sunita"),
            ("NAME", "Chauhan"),
            ("PHONE", "07700 900318"),
            ("NAME", "Harjit Singh"),
            ("NAME", "Chauhan"),
            ("DATE", "8 Dec"),
        ],
    ),
    (
        "Secure message from patient (portal, sent 5/6/2025 9:02 PM): 'Hi Dr Sato, this is Evelyn Marsh - "
        "my right eye has been red since Monday and my husband Walt thinks it's pink eye. Can I use the "
        "old Tobradex?' Reply by Renee K., RN: please do not; appt tomorrow 8:30.",
        [
            ("DATE", "5/6/2025"),
            ("NAME", "Sato"),
            ("NAME", "Evelyn Marsh"),
            ("NAME", "Walt"),
            ("NAME", "Renee K."),
        ],
    ),
    (
        "From: Claire Dubois <claire.dubois@hse.ie>\nSent: 14 November 2025 09:12\nTo: Eye Clinic "
        "Bookings <eyebookings.suh@hse.ie>\nSubject: Re: Mr Eoin Brady MRN 0891244 - cancellation\n"
        "He can't attend Friday; his son drives him from Ballina. Could you offer another slot?",
        [
            ("NAME", "Claire Dubois"),
            ("EMAIL", "claire.dubois@hse.ie"),
            ("DATE", "14 November 2025"),
            ("EMAIL", "eyebookings.suh@hse.ie"),
            ("NAME", "Eoin Brady"),
            ("MRN", "0891244"),
            ("ADDRESS", "Ballina"),
        ],
    ),
    (
        "Phone call via TIS interpreter (Arabic) to pt Yusuf Al-Hashimi on 0491 570 110: reminded of "
        "cataract surgery 09/09, fasting from 06:00. Pt confirmed.",
        [
            ("NAME", "Yusuf Al-Hashimi"),
            ("PHONE", "0491 570 110"),
            ("DATE", "09/09"),
        ],
    ),
    (
        "Phoned Dr. Kowalczyk's office (tel 905-555-0182, fax 905-555-0183) - they will fax the visual "
        "field printouts. Spoke with receptionist Brenda.",
        [
            ("NAME", "Kowalczyk"),
            ("PHONE", "905-555-0182"),
            ("FAX", "905-555-0183"),
            ("NAME", "Brenda"),
        ],
    ),
    (
        "Pt's son sent fundus photos on WhatsApp (+91 98860 44721). Name: Venkataramana Rao, 93 yrs. VA: "
        "CF 1 m OU. Advised to come to OPD on Monday.",
        [
            ("PHONE", "+91 98860 44721"),
            ("NAME", "Venkataramana Rao"),
            ("AGE", "93"),
        ],
    ),
    (
        "SMS reminder sent to 072 555 0188 for Mrs Nomvula Dlamini (appointment 03 March, 08:00). "
        "Undelivered - try next of kin Themba (husband).",
        [
            ("PHONE", "072 555 0188"),
            ("NAME", "Nomvula Dlamini"),
            ("DATE", "03 March"),
            ("NAME", "Themba"),
        ],
    ),
    (
        "Booking link sent to pt by SMS: https://bookings.eyecare.nhs.uk/r/K7PX2Q (Mr Oliver Hartigan). "
        "Offered Saturday list.",
        [
            ("URL", "https://bookings.eyecare.nhs.uk/r/K7PX2Q"),
            ("NAME", "Oliver Hartigan"),
        ],
    ),
    (
        "Pt uploaded Amsler grid photos to https://drive.google.com/file/d/1aZx9KqP0vL3mN8/view - asked "
        "her to use the hospital portal instead. Pt: Colleen Fraser-Moyo.",
        [
            ("URL", "https://drive.google.com/file/d/1aZx9KqP0vL3mN8/view"),
            ("NAME", "Colleen Fraser-Moyo"),
        ],
    ),
    (
        "Pt Ji-hoon Choi requested records; sent secure link "
        "https://records.pacificvisioncenter.com/share/7f3a9c21-b0de-4c5a-9e11 (expires 48 h).",
        [
            ("NAME", "Ji-hoon Choi"),
            ("URL", "https://records.pacificvisioncenter.com/share/7f3a9c21-b0de-4c5a-9e11"),
        ],
    ),
    (
        "Hodan Warsame attended with her brother Abdirizak; Somali interpreter joined by phone on "
        "0300 555 0142. Acute angle closure R resolved after laser PI.",
        [
            ("NAME", "Hodan Warsame"),
            ("NAME", "Abdirizak"),
            ("PHONE", "0300 555 0142"),
        ],
    ),
    # ------------------------------------------------------------------ discharge summaries
    (
        "DISCHARGE SUMMARY\nName: Edwin Ashdown   Ward: Nightingale   Hosp No: M2209938\nAdmitted: "
        "18/10/2025  Discharged: 21/10/2025\nDx: Orbital cellulitis R (post-septal), IV ceftriaxone + "
        "metronidazole.\nTTO: co-amoxiclav 625 mg t.d.s. 7/7. Eye clinic 1/52.\nDischarging doctor: "
        "Dr Sinéad Harte, FY2",
        [
            ("NAME", "Edwin Ashdown"),
            ("MRN", "M2209938"),
            ("DATE", "18/10/2025"),
            ("DATE", "21/10/2025"),
            ("NAME", "Sinéad Harte"),
        ],
    ),
    (
        "Discharge Instructions: Harriet Okonjo-Mensah, 95, s/p L ECCE (complicated, vitreous loss). "
        "Follow up with Dr. Brenner on 12/23 at 10:40. Home health RN Lorraine (347) 555-0155. Medicare "
        "MBI 7PQ2-RV4-HN38.",
        [
            ("NAME", "Harriet Okonjo-Mensah"),
            ("AGE", "95"),
            ("NAME", "Brenner"),
            ("DATE", "12/23"),
            ("NAME", "Lorraine"),
            ("PHONE", "(347) 555-0155"),
            ("INSURANCE", "7PQ2-RV4-HN38"),
        ],
    ),
    (
        "DISCHARGE SUMMARY - Name: Mrs. Parveen Banu, Age: 58 Yrs, Sex: F, IP No.: 25-07741, Ward: "
        "Female General. Address: No. 12, Anna Salai Lane, Triplicane, Chennai - 600005. Ph: 044-2855 "
        "3310. Consultant: Dr. R. Anand Kumar (TNMC Reg. No. 87651).",
        [
            ("NAME", "Parveen Banu"),
            ("MRN", "25-07741"),
            ("ADDRESS", "No. 12, Anna Salai Lane"),
            ("ADDRESS", "Triplicane"),
            ("ADDRESS", "Chennai"),
            ("ZIP", "600005"),
            ("PHONE", "044-2855 3310"),
            ("NAME", "R. Anand Kumar"),
            ("LICENSE", "87651"),
        ],
    ),
    (
        "Discharged home to Toowoomba with wife Margaret. GP Dr Fiona Leach (fax 07 5550 1944). "
        "Endophthalmitis post-IVT: intravitreal vancomycin 1 mg/0.1 mL + ceftazidime 2.25 mg/0.1 mL "
        "given 02/06.",
        [
            ("ADDRESS", "Toowoomba"),
            ("NAME", "Margaret"),
            ("NAME", "Fiona Leach"),
            ("FAX", "07 5550 1944"),
            ("DATE", "02/06"),
        ],
    ),
    # ------------------------------------------------------------------ optometrist referrals
    (
        "GOS 18 referral - From: Rajesh Patel BSc MCOptom, Patel & Rowe Opticians, 212 High Street, "
        "Sutton Coldfield B72 1AX, T 0121 496 0456, GOC 01-31928.\nPatient: Mrs Yvonne Castellino, 61. "
        "IOPs 32/29 (iCare), discs 0.7/0.8, Van Herick grade 1 both eyes. Urgent ?angle closure.",
        [
            ("NAME", "Rajesh Patel"),
            ("ADDRESS", "212 High Street"),
            ("ADDRESS", "Sutton Coldfield"),
            ("ZIP", "B72 1AX"),
            ("PHONE", "0121 496 0456"),
            ("LICENSE", "01-31928"),
            ("NAME", "Yvonne Castellino"),
        ],
    ),
    (
        "Referral from Aoife Gallagher, optometrist, Main Street, Letterkenny, Co. Donegal (074 555 "
        "0192). Pt: Séamus Mac Giolla Bhríde, 74, sudden floaters + flashes R; shafer sign positive. "
        "Seen in practice 30/09.",
        [
            ("NAME", "Aoife Gallagher"),
            ("ADDRESS", "Main Street"),
            ("ADDRESS", "Letterkenny"),
            ("ADDRESS", "Co. Donegal"),
            ("PHONE", "074 555 0192"),
            ("NAME", "Séamus Mac Giolla Bhríde"),
            ("DATE", "30/09"),
        ],
    ),
    (
        "Optometric referral: Dr. Ji-woo Park, OD (College of Optometrists of Ontario reg. #4471) - pt "
        "Samuel Adebayo-Clarke, DOB 1979-12-02, OHIP 6612-887-346-PL. Pigmented choroidal lesion OS, "
        "3 DD, orange pigment, subretinal fluid.",
        [
            ("NAME", "Ji-woo Park"),
            ("LICENSE", "4471"),
            ("NAME", "Samuel Adebayo-Clarke"),
            ("DATE", "1979-12-02"),
            ("INSURANCE", "6612-887-346-PL"),
        ],
    ),
    (
        "Dear Doctor, I would be grateful if you could see Ms Harpreet Kaur Sandhu (DOB 04/05/1988, ph "
        "0491 570 159) regarding keratoconus progression (Kmax 56.2 -> 58.9 D in 12 months on Pentacam). "
        "Kind regards, Tom Beaumont, Optometrist, Specsavers Parramatta, AHPRA OPT0001234567.",
        [
            ("NAME", "Harpreet Kaur Sandhu"),
            ("DATE", "04/05/1988"),
            ("PHONE", "0491 570 159"),
            ("NAME", "Tom Beaumont"),
            ("LICENSE", "OPT0001234567"),
        ],
    ),
    (
        "Optometrist referral - Z. Cassim (Optom.), 45 Main Rd, Claremont, Cape Town. Pt: Mrs Gadija "
        "Samuels, 68, VA 6/60 OD. Medical aid: GEMS, no. 004512238. Fax 021 555 0143.",
        [
            ("NAME", "Z. Cassim"),
            ("ADDRESS", "45 Main Rd"),
            ("ADDRESS", "Claremont"),
            ("ADDRESS", "Cape Town"),
            ("NAME", "Gadija Samuels"),
            ("INSURANCE", "004512238"),
            ("FAX", "021 555 0143"),
        ],
    ),
    (
        "Referred by: Mr. Abhishek Jain, Optometrist, Jain Opticals, MG Road, Indore. Pt: Kum. Riya "
        "Verma, 16 yrs, rapidly progressing myopia (-6.25 -> -7.75 DS in 1 yr). Mobile: 94250 18833.",
        [
            ("NAME", "Abhishek Jain"),
            ("ADDRESS", "MG Road"),
            ("ADDRESS", "Indore"),
            ("NAME", "Riya Verma"),
            ("PHONE", "94250 18833"),
        ],
    ),
    # ------------------------------------------------------------------ MDT notes
    (
        "Ocular Oncology MDT 12/06/2025. Present: Prof. Imran Rashid (chair), Dr L. Fennimore "
        "(radiology), Ms Adebola Ogun (CNS), Dr Pietro Conti (histopath). Patient: GRAINGER, Olive (96), "
        "NHS 612 450 8834 - choroidal melanoma L, 11 mm basal, 4.2 mm thick. Plaque vs enucleation "
        "discussed; for discussion with daughter Helen.",
        [
            ("DATE", "12/06/2025"),
            ("NAME", "Imran Rashid"),
            ("NAME", "L. Fennimore"),
            ("NAME", "Adebola Ogun"),
            ("NAME", "Pietro Conti"),
            ("NAME", "GRAINGER, Olive"),
            ("AGE", "96"),
            ("MRN", "612 450 8834"),
            ("NAME", "Helen"),
        ],
    ),
    (
        "Uveitis/rheum joint clinic: Tomasz Zieliński, 38, HLA-B27+, recurrent AAU. Rheumatology "
        "consultant Dr Ngozi Eze-Williams agrees to start adalimumab; QuantiFERON negative (drawn "
        "02/02/2025).",
        [
            ("NAME", "Tomasz Zieliński"),
            ("NAME", "Ngozi Eze-Williams"),
            ("DATE", "02/02/2025"),
        ],
    ),
    (
        "Neuro-ophth conference 3/19: 24 yo F (Brianna Kowalewski) w/ IIH, papilledema grade 3, LP "
        "OP 38 cmH2O. On Diamox 500 mg BID. Neurosurgery (Dr. Abdi Warsame) to consider shunt.",
        [
            ("DATE", "3/19"),
            ("NAME", "Brianna Kowalewski"),
            ("NAME", "Abdi Warsame"),
        ],
    ),
    (
        "RB tumour board, 07-Jan-2025: Master Arjun Yadav, 2 yrs, Group D RB OD. Father Ramesh Yadav "
        "(farmer, from Gorakhpur) consents for IAC. Oncologist: Dr Sneha Kulkarni.",
        [
            ("DATE", "07-Jan-2025"),
            ("NAME", "Arjun"),
            ("NAME", "Yadav"),
            ("NAME", "Ramesh"),
            ("NAME", "Yadav"),
            ("ADDRESS", "Gorakhpur"),
            ("NAME", "Sneha Kulkarni"),
        ],
    ),
    # ------------------------------------------------------------------ audit trail lines
    (
        "2025-03-14 09:22:07 | user: hkaur01 (Kaur, Harleen) | VIEW | pt MRN 4419821 | ws EYE-OPD-PC07 | 10.24.6.118",
        [
            ("DATE", "2025-03-14"),
            ("NAME", "hkaur01"),
            ("NAME", "Kaur, Harleen"),
            ("MRN", "4419821"),
            ("IP", "10.24.6.118"),
        ],
    ),
    (
        "[14/11/2025 16:03:55] PRINT clinic letter by jmcallister from 172.16.40.22 - recipient Dr F. "
        "Osei (GP), fax 0131 496 0742",
        [
            ("DATE", "14/11/2025"),
            ("NAME", "jmcallister"),
            ("IP", "172.16.40.22"),
            ("NAME", "F. Osei"),
            ("FAX", "0131 496 0742"),
        ],
    ),
    (
        "Audit: record accessed 'break-glass' by Dr Tunde Bakare, reason: 'urgent - pt unconscious in "
        "ED'. Client IP 192.168.10.45; session ended 01:14.",
        [
            ("NAME", "Tunde Bakare"),
            ("IP", "192.168.10.45"),
        ],
    ),
    (
        "2025-11-02 22:41:10 EDIT VA field (6/9 -> 6/18) pt_id=00981245 user=s.oconnell src=10.0.3.57 "
        "app_ver=4.12.0.118",
        [
            ("DATE", "2025-11-02"),
            ("MRN", "00981245"),
            ("NAME", "s.oconnell"),
            ("IP", "10.0.3.57"),
        ],
    ),
    (
        "Login from 2001:db8:4a2:17::9c by user mwhitlock (Whitlock, Marguerite) at 07:58; 2FA code sent "
        "by SMS to 07700 900774.",
        [
            ("IP", "2001:db8:4a2:17::9c"),
            ("NAME", "mwhitlock"),
            ("NAME", "Whitlock, Marguerite"),
            ("PHONE", "07700 900774"),
        ],
    ),
    (
        "ePrescribing: timolol 0.5% e/d b.d. issued for Rebecca Goldberg (DOB 30/01/1957); sent to "
        "pharmacy fax 020 7946 0137 at 14:12.",
        [
            ("NAME", "Rebecca Goldberg"),
            ("DATE", "30/01/1957"),
            ("FAX", "020 7946 0137"),
        ],
    ),
    (
        "03/02/2025 08:15:33 CST | Chart opened | User: TORRES, MIGUEL A (COA) | Pt: 30077412 | Terminal 10.88.1.203",
        [
            ("DATE", "03/02/2025"),
            ("NAME", "TORRES, MIGUEL A"),
            ("MRN", "30077412"),
            ("IP", "10.88.1.203"),
        ],
    ),
    (
        "Home monitoring upload: ForeseeHome device S/N FH-220914-0033 synced from 98.214.77.6 for pt "
        "Bernadette Quigley; alert: none.",
        [
            ("DEVICE", "FH-220914-0033"),
            ("IP", "98.214.77.6"),
            ("NAME", "Bernadette Quigley"),
        ],
    ),
    # ------------------------------------------------------------------ scanned / OCR'd letters
    (
        "Dear Dr Ramaswamy.\nRe: Mrs Ol1ve Pembert0n DOB 1 2/0 3/1 9 3 3 H0sp N0 P1l98 22 3\n"
        "22 Ash1eigh Cl0se, Harrogate HG2 8LE\nI saw th1s 92 year 0ld lady in the c1inic t0day.",
        [
            ("NAME", "Ramaswamy"),
            ("NAME", "Ol1ve Pembert0n"),
            ("DATE", "1 2/0 3/1 9 3 3"),
            ("MRN", "P1l98 22 3"),
            ("ADDRESS", "22 Ash1eigh Cl0se"),
            ("ADDRESS", "Harrogate"),
            ("ZIP", "HG2 8LE"),
            ("AGE", "92"),
        ],
    ),
    (
        "Scanned document (page 2 of 3) - ...ontinued from previous page\nPatient: Abimbola Fashola   "
        "Tel: O2O 7946 O5l8\nemail: abi.fashola@ outlook.com",
        [
            ("NAME", "Abimbola Fashola"),
            ("PHONE", "O2O 7946 O5l8"),
            ("EMAIL", "abi.fashola@ outlook.com"),
        ],
    ),
    (
        "|| CONSULTANT OPHTHALM0LOGIST || Tel 01632 960 441 || Fax 01632 960 442 ||\nDr. Rhiannon Beddoes "
        "MB BCh FRCOphth\nPt: MR GLYN HOWELLS 57 CWMDARE RD ABERDARE CF44 8TL",
        [
            ("PHONE", "01632 960 441"),
            ("FAX", "01632 960 442"),
            ("NAME", "Rhiannon Beddoes"),
            ("NAME", "GLYN HOWELLS"),
            ("ADDRESS", "57 CWMDARE RD"),
            ("ADDRESS", "ABERDARE"),
            ("ZIP", "CF44 8TL"),
        ],
    ),
    (
        "FAX COVER SHEET   To: Lakeside Retina Associates   Fax#: (312)555-0190\nFrom: Dr. Nadia "
        "Petrovic   Pages: 4   Re: WASHINGTON, GEORGE T. - DOB O8/14/1947",
        [
            ("FAX", "(312)555-0190"),
            ("NAME", "Nadia Petrovic"),
            ("NAME", "WASHINGTON, GEORGE T."),
            ("DATE", "O8/14/1947"),
        ],
    ),
    (
        "SHRI RAM NETRALAYA   Regd. No. MMC 2009/03/1187\nPt: Shri. Gopal Krishna Deshpande, Age 90 "
        "yrs, R/o Flat 7, Shivneri Apts, Kothrud, Pune-411038. Dx: NVG OS.",
        [
            ("LICENSE", "2009/03/1187"),
            ("NAME", "Gopal Krishna Deshpande"),
            ("AGE", "90"),
            ("ADDRESS", "Flat 7, Shivneri Apts"),
            ("ADDRESS", "Kothrud"),
            ("ADDRESS", "Pune"),
            ("ZIP", "411038"),
        ],
    ),
    (
        "Fax from: Meadowbank Eye Centre, fax no. +65 6555 0191. Attn: Dr Haruto Sasaki. Re: Tharindu "
        "Perera, 41, for second opinion on CSCR.",
        [
            ("FAX", "+65 6555 0191"),
            ("NAME", "Haruto Sasaki"),
            ("NAME", "Tharindu Perera"),
        ],
    ),
    # ------------------------------------------------------------------ dictation
    (
        "Dictated but not read. Mr Dennis Oaks [?Oakes] was seen in clinic today with his wife, Sheila. "
        "He has a right macular whole [hole] which is full thickness, stage three. I have listed him for "
        "a vitrectomy, I'll M peel and gas. Dictated by M. Farrukh, transcribed by lw.",
        [
            ("NAME", "Dennis Oaks"),
            ("NAME", "Oakes"),
            ("NAME", "Sheila"),
            ("NAME", "M. Farrukh"),
            ("NAME", "lw"),
        ],
    ),
    (
        "the patient Missus Precious Moyo full stop new paragraph she has been using her latanoprost "
        "drops every night comma but reports stinging full stop signed Doctor Abu Bakar Siddique",
        [
            ("NAME", "Precious Moyo"),
            ("NAME", "Abu Bakar Siddique"),
        ],
    ),
    (
        "Re Mister Terence Bright, B R I G H T, date of birth is the fourth of July nineteen fifty two, "
        "hospital number is C as in Charlie 4 4 1 9 0 2 7. Address 16 Ferndale Avenue, Hull, H U 5 2 Q "
        "T. The red reflex was bright and the media clear.",
        [
            ("NAME", "Terence Bright"),
            ("NAME", "B R I G H T"),
            ("DATE", "fourth of July nineteen fifty two"),
            ("MRN", "C as in Charlie 4 4 1 9 0 2 7"),
            ("ADDRESS", "16 Ferndale Avenue"),
            ("ADDRESS", "Hull"),
            ("ZIP", "H U 5 2 Q T"),
        ],
    ),
    (
        "Patient is a ninety-one-year-old white female, Mrs. Rosalind Fairweather, referred by Dr. Carl "
        "Nguyen-Hart for decreased vision. She lives at twelve forty Elm Street in Hartford with her "
        "daughter.",
        [
            ("AGE", "ninety-one"),
            ("NAME", "Rosalind Fairweather"),
            ("NAME", "Carl Nguyen-Hart"),
            ("ADDRESS", "twelve forty Elm Street"),
            ("ADDRESS", "Hartford"),
        ],
    ),
    (
        "Thank you for referring this pleasant 96 year old gentleman, Mr Stavros Georgiou, who attends "
        "with his daughter Eleni. Fundoscopy showed soft drusen. Review with Dr Mac Kinnon, sorry, "
        "Dr MacKinnon, in three months.",
        [
            ("AGE", "96"),
            ("NAME", "Stavros Georgiou"),
            ("NAME", "Eleni"),
            ("NAME", "Mac Kinnon"),
            ("NAME", "MacKinnon"),
        ],
    ),
    # ------------------------------------------------------------------ structured-form free text
    (
        "CVI Part 1 - Consultant: Dr Olusola Adekunle. Patient: Gordon Hardcastle, 99 Meersbrook Road, "
        "Sheffield S8 9HU. Consents to share with the local authority (Sheffield City Council) and RNIB. "
        "Preferred contact: 0114 496 0582, email g.hardcastle@btinternet.com.",
        [
            ("NAME", "Olusola Adekunle"),
            ("NAME", "Gordon Hardcastle"),
            ("ADDRESS", "99 Meersbrook Road"),
            ("ADDRESS", "Sheffield"),
            ("ZIP", "S8 9HU"),
            ("PHONE", "0114 496 0582"),
            ("EMAIL", "g.hardcastle@btinternet.com"),
        ],
    ),
    (
        "Intake form free text - Reason for visit: 'glaucoma check, my last one was Nov 2024' | Emergency "
        "contact: Marcus Bell (brother), 404-555-0163 | PMH: Bell's palsy, lagophthalmos L.",
        [
            ("DATE", "Nov 2024"),
            ("NAME", "Marcus Bell"),
            ("PHONE", "404-555-0163"),
        ],
    ),
    (
        "Allergies: penicillin (rash). Carer: Shirley Tanaka (mother). NDIS participant no. 430 812 771. "
        "Needs wheelchair-accessible room.",
        [
            ("NAME", "Shirley Tanaka"),
            ("INSURANCE", "430 812 771"),
        ],
    ),
    (
        "Consent form 1 - Procedure: L trabeculectomy with MMC 0.2 mg/mL. Risks discussed incl. blebitis, "
        "hypotony. Interpreter: Hamid Karimi (Dari). Patient: Ms Zarghuna Ahmadzai.",
        [
            ("NAME", "Hamid Karimi"),
            ("NAME", "Zarghuna Ahmadzai"),
        ],
    ),
    (
        "CNIB referral - client: Marjorie Ellen Fitzpatrick, 93; address 402-1150 Bay St, Toronto ON "
        "M5S 2B2; phone 416-555-0120; preferred format: large print.",
        [
            ("NAME", "Marjorie Ellen Fitzpatrick"),
            ("AGE", "93"),
            ("ADDRESS", "402-1150 Bay St"),
            ("ADDRESS", "Toronto"),
            ("ZIP", "M5S 2B2"),
            ("PHONE", "416-555-0120"),
        ],
    ),
    (
        "Prior auth form - Plan: Aetna Choice POS II; Member ID: W219884301; Group #: 0842216-10-009; "
        "Subscriber: Javier Ortega-Luna; Drug: Eylea HD 8 mg; Dx: H35.3211.",
        [
            ("INSURANCE", "W219884301"),
            ("INSURANCE", "0842216-10-009"),
            ("NAME", "Javier Ortega-Luna"),
        ],
    ),
    (
        "Pre-assessment: lives alone in sheltered housing (warden Mrs Pat Dobbs 01632 960 118). Drives - "
        "Vauxhall Corsa reg. WP17 HZC; advised not to drive for 1/52. Anticoag: apixaban, continue.",
        [
            ("NAME", "Pat Dobbs"),
            ("PHONE", "01632 960 118"),
            ("VEHICLE", "WP17 HZC"),
        ],
    ),
    (
        "Invoice no. INV-0047712 (self-pay), Mr Declan Rourke, for refractive lens exchange L; balance to "
        "be settled by 30/11/2025.",
        [
            ("ACCOUNT", "INV-0047712"),
            ("NAME", "Declan Rourke"),
            ("DATE", "30/11/2025"),
        ],
    ),
    # ------------------------------------------------------------------ copy-pasted tables
    (
        "Theatre list - Eye Day Unit, Thu\n# | Name | Hosp No | Age | Procedure\n1 | SHAH, Meera | R448102 "
        "| 67 | R phaco\n2 | DOHERTY, Francis | R390117 | 91 | L phaco\n3 | ADEBAYO, Funmilayo | R512066 | "
        "59 | L trab\n4 | WILLIS, Kenneth | R287731 | 88 | R DSAEK",
        [
            ("NAME", "SHAH, Meera"),
            ("MRN", "R448102"),
            ("NAME", "DOHERTY, Francis"),
            ("MRN", "R390117"),
            ("AGE", "91"),
            ("NAME", "ADEBAYO, Funmilayo"),
            ("MRN", "R512066"),
            ("NAME", "WILLIS, Kenneth"),
            ("MRN", "R287731"),
        ],
    ),
    (
        'mrn,name,dob,eye,va\n6671203,"Ferreira, Ana Paula",1952-03-08,OD,0.30\n'
        '6671388,"Kim, Seo-yeon",1984-11-21,OS,0.10',
        [
            ("MRN", "6671203"),
            ("NAME", "Ferreira, Ana Paula"),
            ("DATE", "1952-03-08"),
            ("MRN", "6671388"),
            ("NAME", "Kim, Seo-yeon"),
            ("DATE", "1984-11-21"),
        ],
    ),
    (
        "Time | Patient | Mobile | Notes\n08:30 | Bruce Tully | 0491 570 006 | post-op wk 1\n08:45 | "
        "Ngaire Hohaia | 0491 570 313 | IOP check\n09:00 | Ahmed Siddiqui | 0491 570 737 | Ahmed valve "
        "review",
        [
            ("NAME", "Bruce Tully"),
            ("PHONE", "0491 570 006"),
            ("NAME", "Ngaire Hohaia"),
            ("PHONE", "0491 570 313"),
            ("NAME", "Ahmed Siddiqui"),
            ("PHONE", "0491 570 737"),
        ],
    ),
    (
        "CPT | Description | Acct | Charge\n92134 | OCT retina | 88-2231907 | $68.00\n67028 | Intravitreal "
        "injection | 88-2231907 | $112.50\nJ0178 | aflibercept 2 mg | 88-2231907 | $1,850.00\nPatient: "
        "Okafor-Lindqvist, Tobias | Guarantor acct 88-2231907",
        [
            ("ACCOUNT", "88-2231907"),
            ("ACCOUNT", "88-2231907"),
            ("ACCOUNT", "88-2231907"),
            ("NAME", "Okafor-Lindqvist, Tobias"),
            ("ACCOUNT", "88-2231907"),
        ],
    ),
    (
        "Sl | Reg No | Name | Age/Sex | Village\n1 | 45012 | Kamla Devi | 95/F | Rampur Khurd\n"
        "2 | 45013 | Bhagwan Das | 70/M | Sirsa",
        [
            ("MRN", "45012"),
            ("NAME", "Kamla Devi"),
            ("AGE", "95"),
            ("ADDRESS", "Rampur Khurd"),
            ("MRN", "45013"),
            ("NAME", "Bhagwan Das"),
            ("ADDRESS", "Sirsa"),
        ],
    ),
    (
        "Staff on call | Reg. no. | Cell\nDr Sbu Mahlangu | HPCSA MP 0823411 | 083 555 0171\n"
        "Sr Ilze Pretorius | SANC 14056722 | 076 555 0129",
        [
            ("NAME", "Sbu Mahlangu"),
            ("LICENSE", "MP 0823411"),
            ("PHONE", "083 555 0171"),
            ("NAME", "Ilze Pretorius"),
            ("LICENSE", "14056722"),
            ("PHONE", "076 555 0129"),
        ],
    ),
    (
        "Date       | VA R  | VA L  | IOP R/L | Notes\n04/03/2025 | 6/9   | 6/12  | 16/18   | seen by JT\n"
        "17/06/2025 | 6/9   | 6/18  | 21/24   | seen by Dr Whetu Paki",
        [
            ("DATE", "04/03/2025"),
            ("NAME", "JT"),
            ("DATE", "17/06/2025"),
            ("NAME", "Whetu Paki"),
        ],
    ),
    # ------------------------------------------------------------------ names that are also words
    (
        "Brought by his support worker Will. Will reports that Mr Jean-Baptiste Étienne will need "
        "hospital transport next time. Rose bengal staining of the inferior cornea.",
        [
            ("NAME", "Will"),
            ("NAME", "Will"),
            ("NAME", "Jean-Baptiste Étienne"),
        ],
    ),
    (
        "Mrs May Brown attended with her son Mark; reviewed by Dr Best (locum). Best corrected VA 6/9 R. "
        "Will mark the site for YAG; may need a repeat.",
        [
            ("NAME", "May Brown"),
            ("NAME", "Mark"),
            ("NAME", "Best"),
        ],
    ),
    (
        "Colin Reading, 71, from Reading, needs a new reading add (+2.75); cataract not yet visually significant.",
        [
            ("NAME", "Colin"),
            ("NAME", "Reading"),
            ("ADDRESS", "Reading"),
        ],
    ),
    (
        "Iris Chamberlain (45) - pigment dispersion, Krukenberg spindle, iris TIDs. Iris-claw IOL not an option.",
        [
            ("NAME", "Iris Chamberlain"),
        ],
    ),
    (
        "Summer Nakamura-Jones, 19, contact lens keratitis (Acanthamoeba suspected) after swimming in "
        "the summer holidays. PHMB 0.02% hourly.",
        [
            ("NAME", "Summer Nakamura-Jones"),
        ],
    ),
    (
        "NB: MR HUSSAIN'S DAUGHTER (AYESHA) IS THE MAIN CONTACT - 07700 900552. HE IS HARD OF HEARING.",
        [
            ("NAME", "HUSSAIN"),
            ("NAME", "AYESHA"),
            ("PHONE", "07700 900552"),
        ],
    ),
    (
        "Mr CHEUNG Ka Wai (Kevin) - surname Cheung. Seen 15/10. Declined injection today; wants to "
        "discuss with his wife.",
        [
            ("NAME", "CHEUNG Ka Wai"),
            ("NAME", "Kevin"),
            ("NAME", "Cheung"),
            ("DATE", "15/10"),
        ],
    ),
    (
        "Pt: Joy Mensah-Bonsu; accompanied by Grace (sister). Blepharitis: lid hygiene, doxycycline 40 mg "
        "od for 3/12. Joy was pleased with the result of the chalazion I&C.",
        [
            ("NAME", "Joy"),
            ("NAME", "Mensah-Bonsu"),
            ("NAME", "Grace"),
            ("NAME", "Joy"),
        ],
    ),
]

CLEAN: list[str] = [
    "Visual acuity 6/9 right and 6/12 left unaided, improving to 6/6 and 6/9 with pinhole.",
    "Intraocular pressures 18 mmHg right and 21 mmHg left by Goldmann applanation at 10:40.",
    "Anterior segments quiet with deep and quiet anterior chambers.",
    "Mild nuclear sclerotic cataract in both eyes, not yet visually significant.",
    "Dilated fundus examination showed no retinal tears or detachment.",
    "Optic discs healthy with cup-to-disc ratios of 0.3 bilaterally.",
    "The macula is flat with a normal foveal reflex.",
    "No diabetic retinopathy in either eye; annual screening to continue.",
    "Moderate non-proliferative diabetic retinopathy in the right eye with scattered blot haemorrhages.",
    "OCT shows centre-involving diabetic macular oedema with central subfield thickness of 412 microns.",
    "Subretinal fluid has resolved after the third loading injection.",
    "We will extend the treatment interval by two weeks as the macula is dry.",
    "She reports new distortion in the left eye over the past week.",
    "He was advised to use the Amsler grid at home and to call if it changes.",
    "Visual fields show a dense superior arcuate defect in the left eye.",
    "Gonioscopy revealed open angles to ciliary body band in all quadrants.",
    "Central corneal thickness was 512 microns right and 508 microns left.",
    "Started latanoprost 0.005% one drop at night in both eyes.",
    "Target pressure set at below 16 mmHg given the degree of field loss.",
    "Selective laser trabeculoplasty was offered as first-line treatment and the patient agreed.",
    "Post-operative day one: clear cornea, formed anterior chamber, IOL well centred.",
    "Mild corneal oedema with a few Descemet folds, expected to settle.",
    "Continue chloramphenicol four times daily for two weeks and dexamethasone as per leaflet.",
    "Posterior capsule opacification is reducing vision; YAG capsulotomy arranged.",
    "Biometry completed with optical axial length measurement and keratometry.",
    "The patient has been listed for right cataract surgery under local anaesthetic.",
    "Risks including infection, bleeding, retinal detachment and loss of vision were discussed.",
    "Written consent was obtained and a copy given to the patient.",
    "Marked the right eye with an arrow above the brow.",
    "Presented with a red painful eye, photophobia and reduced vision for two days.",
    "Fluorescein staining showed a dendritic ulcer centrally.",
    "Started topical ganciclovir gel five times daily.",
    "Anterior chamber cells 2+ with fine keratic precipitates inferiorly.",
    "Diagnosed with acute anterior uveitis; started dexamethasone 0.1% hourly and cyclopentolate 1% twice daily.",
    "Reviewed after a week: cells reduced to trace, taper steroid over four weeks.",
    "Corneal abrasion from a fingernail injury, epithelial defect 3 mm.",
    "Chemical injury irrigated with two litres of saline until pH neutral.",
    "Limbal ischaemia less than one clock hour; grade 2 injury.",
    "Subconjunctival haemorrhage with no other findings; reassured.",
    "Blood pressure checked in clinic and was 162/94 mmHg; advised to see the GP.",
    "Flashes and floaters for three days; no tears found on indentation.",
    "Posterior vitreous detachment confirmed with a Weiss ring.",
    "Warned about symptoms of retinal detachment and advised to return urgently.",
    "Macula-on retinal detachment from a horseshoe tear at the superotemporal periphery.",
    "Listed for vitrectomy and gas tamponade tomorrow morning.",
    "Posturing advice given; no flying or travel to altitude while gas is in the eye.",
    "The gas bubble is now less than half the vitreous cavity.",
    "Silicone oil removal planned in three months.",
    "Visual acuity has improved to 6/18 after the epiretinal membrane peel.",
    "She has geographic atrophy with no evidence of neovascular change.",
    "Counselled on the AREDS2 supplement and smoking cessation.",
    "Referred to the low vision service for magnifiers and lighting advice.",
    "Eligible for certification as severely sight impaired; discussed and agreed.",
    "Child attends with both parents; cooperative with examination.",
    "Cycloplegic refraction shows moderate hypermetropia with anisometropia.",
    "Glasses prescribed for full-time wear and review in four months.",
    "Occlusion therapy two hours a day to the better-seeing eye.",
    "Cover test shows a small angle esotropia at near, controlled with glasses.",
    "Stereopsis is present at 120 seconds of arc.",
    "Retinopathy of prematurity screening: zone II, stage 1, no plus disease.",
    "Repeat screening in two weeks as per guidelines.",
    "Blocked nasolacrimal duct; advised massage and review at twelve months of age.",
    "Chalazion of the left upper lid, warm compresses for six weeks.",
    "Basal cell carcinoma of the lower lid; excision biopsy with frozen section margins.",
    "Ptosis with good levator function; listed for anterior levator advancement.",
    "Lagophthalmos 3 mm with inferior punctate keratopathy.",
    "Thyroid eye disease, clinical activity score 2 of 7, inactive.",
    "Orbital CT showed no fracture and no retrobulbar haematoma.",
    "Diplopia in upgaze only; orthoptic assessment requested.",
    "Sixth nerve palsy likely microvascular; check glucose and blood pressure.",
    "Optic disc swelling bilaterally; urgent MRI and lumbar puncture requested.",
    "Relative afferent pupillary defect on the right.",
    "Colour vision reduced on the right with 10 of 17 plates correct.",
    "Temporal artery biopsy arranged and high-dose steroids started the same day.",
    "ESR 78 mm/hr and CRP 64 mg/L.",
    "HbA1c 68 mmol/mol, improved from last year.",
    "She is on apixaban for atrial fibrillation; no need to stop for cataract surgery.",
    "The patient prefers to be seen on a weekday morning.",
    "No known drug allergies.",
    "Patient did not attend the last two appointments; letter sent to re-book.",
    "The patient was informed that they must not drive until reviewed.",
    "Discussed the results with the patient and their family member today.",
    "Virtual review of imaging: stable, no change from the previous visit.",
    "Fundus photographs were of adequate quality for grading.",
    "Ungradable images due to small pupils; refer for slit lamp examination.",
    "Intravitreal injection given under aseptic technique after povidone-iodine.",
    "Counting fingers vision immediately post injection, improving to baseline within an hour.",
    "No signs of endophthalmitis at the one-week check.",
    "Topical antibiotics are not required after intravitreal injection.",
    "Follow up in four weeks with OCT prior to the next injection.",
    "Continue the current treat-and-extend regimen.",
    "Discharged from the eye clinic back to the care of the community optometrist.",
    "The optometrist noted raised pressures on two occasions.",
    "Referral triaged as routine by the consultant.",
    "Emergency referral accepted by the on-call registrar.",
    "Seen by the nurse practitioner in the minor eye conditions clinic.",
    "The ward nurse reports the patient has been comfortable overnight.",
    "Multidisciplinary team agreed on primary enucleation.",
    "Histology confirmed an epithelioid melanoma with clear margins.",
    "Genetic testing was offered and the patient wishes to think about it.",
    "Audit of complications showed a posterior capsule rupture rate below one percent.",
    "All members of the team introduced themselves before the procedure.",
    "The procedure was explained in plain language and all questions were answered.",
]

CLEAN_STRESS: list[str] = [
    "Fuchs endothelial dystrophy with confluent guttae; DMEK planned rather than penetrating keratoplasty.",
    "Marcus Gunn pupil on the right; Horner syndrome excluded with apraclonidine 0.5%.",
    "Adie tonic pupil confirmed with dilute pilocarpine 0.125%.",
    "Stargardt disease (ABCA4); advised to avoid vitamin A supplements.",
    "Best vitelliform macular dystrophy with an EOG Arden ratio of 1.2.",
    "Coats disease stage 2A treated with laser photocoagulation.",
    "Vogt-Koyanagi-Harada disease on prednisolone 60 mg and mycophenolate 1 g twice daily.",
    "Schirmer test 4 mm at 5 minutes; started Ikervis at night and Hylo-Forte four times a day.",
    "Seidel test negative; Amsler grid normal; Ishihara 17/17 each eye.",
    "Hess chart shows underaction of the left superior oblique; Bielschowsky head tilt positive to the left.",
    "Tecnis Symfony ZXR00 +21.5 D planned; IOLMaster 700 software 1.90.12.05.",
    "Eylea 2 mg/0.05 mL, Lucentis 0.5 mg/0.05 mL and Vabysmo 6 mg/0.05 mL are all on the formulary.",
    "Ozurdex 700 micrograms for retinal vein occlusion; Iluvien 190 micrograms for chronic DMO.",
    "Xalatan, Lumigan, Travatan and Monopost are prostaglandin analogues; Cosopt and Azarga are combinations.",
    "Humphrey 24-2 SITA Standard: MD -3.2 dB, PSD 4.1 dB, VFI 91%.",
    "Optos ultra-widefield imaging showed lattice degeneration at 2 o'clock.",
    "Heidelberg Spectralis OCT: central subfield 412 microns with intraretinal and subretinal fluid.",
    "Zeiss Cirrus 6000 and Topcon Maestro2 are both in the imaging suite.",
    "Baerveldt 350 tube placed in the sulcus; an Ahmed valve is reserved for inflamed eyes.",
    "iStent inject W and Hydrus Microstent were discussed as MIGS options.",
    "XEN 45 gel stent with MMC 0.2 mg/mL; PreserFlo MicroShunt as the alternative.",
    "Will review in 6/52 and may extend to 8/52 if the macula is dry.",
    "There is little hope of useful vision, so we will mark the eye and proceed with a cosmetic shell.",
    "Iris bombe with 360 degrees of posterior synechiae; rose bengal staining of the conjunctiva.",
    "Brown syndrome of the right eye; Duane retraction syndrome type 1 on the left.",
    "Reading glasses +2.50 DS; distance 6/6, near N5 at 40 cm.",
    "Bell's phenomenon present; lagophthalmos 2 mm with good Bell's.",
    "Terson syndrome after subarachnoid haemorrhage; Purtscher retinopathy excluded.",
    "Sjögren syndrome with Schirmer 2 mm; punctal plugs inserted into both lower puncta.",
    "Graves orbitopathy CAS 4/7; IV methylprednisolone 500 mg weekly for 6 weeks then 250 mg for 6 weeks.",
    "Behçet disease with occlusive retinal vasculitis; infliximab 5 mg/kg.",
    "Leber hereditary optic neuropathy m.11778G>A; idebenone 900 mg/day.",
    "Posner-Schlossman syndrome with an IOP of 48 mmHg and a few fine KPs.",
    "Fleischer ring and Vogt striae; epi-off cross-linking using the Dresden protocol.",
    "Patients from Queensland, Victoria and New South Wales are covered by the same state scheme.",
    "Trachoma remains endemic in parts of Ethiopia, South Sudan and remote Western Australia.",
    "The Ontario and British Columbia guidelines differ on diabetic screening intervals.",
    "Prevalence data from Punjab, Kerala and Tamil Nadu were pooled for the national survey.",
    "Previously treated in Scotland and Wales before moving to Northern Ireland.",
    "Rates of myopia in Singapore, Hong Kong and Taiwan are among the highest in the world.",
    "Post-op drops: Pred Forte 1% 2-hourly, chloramphenicol 0.5% q.d.s. and Acular t.d.s.",
    "Dilated with tropicamide 1% and phenylephrine 2.5% at 09:15; examined at 09:45.",
    "Refraction R -2.25/-0.75 x 180, L -2.00/-1.00 x 170; add +2.25.",
    "Biometry: AL 24.12 mm, K1 43.25 D, K2 44.00 D, ACD 3.12 mm; SRK/T +20.0 D.",
    "Acuity 20/400 OD and 20/25 OS; IOP 12/14 mmHg; follow up 4/12.",
    "Cardiff acuity cards at 50 cm gave 0.3 logMAR; Kay pictures 6/9 at 3 m.",
    "Lang stereotest II positive; TNO 120 seconds of arc; Frisby positive at 40 cm.",
    "Hirschberg 15 degrees esotropia; Krimsky 30 prism dioptres base out.",
    "Lester Jones tube placed after failed DCR; Jones I and II tests documented.",
    "Morgagnian cataract; Soemmering ring and Elschnig pearls on the posterior capsule.",
    "Kayser-Fleischer ring seen on gonioscopy; Wilson disease work-up requested.",
    "Stevens-Johnson syndrome with symblepharon; amniotic membrane ProKera applied.",
    "Triamcinolone 40 mg/mL, 0.1 mL sub-Tenon's at 10:30; version 2.3.0.17 of the EMR logged the entry.",
    "Miller Fisher syndrome with complete ophthalmoplegia and areflexia.",
    "Charles Bonnet syndrome explained; the patient was reassured about the visual hallucinations.",
    "Foster Kennedy syndrome ruled out on MRI; Anton syndrome considered and excluded.",
    "Argyll Robertson pupils with light-near dissociation; Parinaud syndrome excluded.",
    "Jack-in-the-box phenomenon with aphakic spectacles; Irvine-Gass CMO after phaco.",
    "Arlt line and Herbert pits in cicatricial trachoma; Dalen-Fuchs nodules in sympathetic ophthalmia.",
    "Outcomes are submitted to the IRIS Registry and the RCOphth National Ophthalmology Database.",
    "Koeppe nodules at the pupil margin and Busacca nodules on the iris surface.",
    "Supplied by Alcon, Bausch + Lomb, Santen and Théa; Clareon CNA0T0 +19.5 D in stock.",
]

ARGUABLE: list[str] = [
    "Moorside Surgery",
    "RVH",
    "VHI Healthcare",
    "Bon Secours",
    "Humana Gold Plus",
    "AARP",
    "Gold Coast Eye Specialists",
    "Bupa",
    "Southern Cross",
    "Discovery Health",
    "Star Health",
    "Godavari Netra Seva",
    "Riverside Medical Practice",
    "Patel & Rowe Opticians",
    "Specsavers Parramatta",
    "GEMS",
    "Jain Opticals",
    "Lakeside Retina Associates",
    "SHRI RAM NETRALAYA",
    "Meadowbank Eye Centre",
    "Sheffield City Council",
    "Aetna Choice POS II",
    "St Aidan's Primary",
    "College of Optometrists of Ontario",
    "Eye Day Unit",
    "Medic 12",
    "EYE-OPD-PC07",
]
