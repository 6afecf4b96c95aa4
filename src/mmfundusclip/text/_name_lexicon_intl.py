"""International name lexicon for the de-identifier (generated data, do not edit by hand).

Source: the person-name lists of Faker 40.63.0 (MIT licence, Copyright (c) 2012 Daniele Faraglia),
86 locales. Kept: Latin-script parts of at least 3 letters (split at spaces and hyphens), minus every
name already in ``_name_lexicon`` (1990 US Census) and every entry whose lower-case form is a lower-case word
of Debian's ``wamerican`` list (its proper nouns do not count); those are kept apart as weak names. Result:
14929 given names, 16503 surnames (a name in both lists is kept as given only), and 22 weak
given names: the words among en_US's common given names (frequency-weighted, from US Social Security data). Regenerate with
``scripts/make_name_lexicon_intl.py``.

Faker's licence, which covers the name lists this data comes from:

    Copyright (c) 2012 Daniele Faraglia

    Permission is hereby granted, free of charge, to any person obtaining a copy
    of this software and associated documentation files (the "Software"), to deal
    in the Software without restriction, including without limitation the rights
    to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
    copies of the Software, and to permit persons to whom the Software is
    furnished to do so, subject to the following conditions:

    The above copyright notice and this permission notice shall be included in
    all copies or substantial portions of the Software.

    THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
    IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
    FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
    AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
    LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
    OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN
    THE SOFTWARE.
"""

GIVEN_NAMES = """
Aaaqil Aaban Aabid Aachal Aada Aadam Aaden Aadhya Aadi Aadil Aafiya Aage Aagot Aahana Aahil Aalam Aalee Aalim Aaliyah
Aamil Aamir Aamirah Aanuoluwapo Aapo Aaqil Aarav Aarif Aarini Aariz Aarna Aarnav Aarne Aaro Aarush Aaryan Aarón Aashi
Aashif Aashir Aasif Aasim Aatif Aatiq Aatos Aaus Aayan Aayush Aazim Aba Abaan Abagail Abayomi Abb Abbi Abbigail Abbos
Abdalla Abdelatif Abdelkader Abdellah Abderaouf Abderrahmane Abdi Abdiel Abdihakim Abdirahman Abdiş Abdu Abduaziz
Abduboriy Abdulbekir Abdulgazi Abdulhamid Abdulkadir Abdullahi Abdulloh Abdulmenaf Abdulsemet Abdumalik Abdurahmon
Abdurrahman Abdón Abdülahat Abdülcemal Abdülhadi Abdülkerim Abdülsamed Abdürreşit Abebi Abednego Abeer Abeiku Abela
Abelardo Abelone Abena Abeni Abha Abhimanyu Abhiram Abid Abie Abigael Abigaili Abigale Abigayle Abigaíl Abilio Abina
Abiodun Abiona Abiye Abosede Abror Abubakar Abubakr Abuzar Abyasa Acar Acarkan Acey Achiel Achieng Achille Achim
Achsah Acie Aclan Acy Adaeze Adak Adal Adalbert Adalyn Adalynn Adamaris Adasal Adda Addi Addisyn Addyson Addý Ade
Adebiyi Adebowale Adebukola Adedayo Adedeji Adekitan Adekola Adekunle Adel Adelard Adelardo Adelasia Adelbert Adeleke
Adelgunde Adelheid Adelin Adelinde Adelmo Adelyn Adelynn Adelía Adem Adenike Adeniyi Adeolu Adeoti Adepeju Aderopo
Adesewa Adeshina Adesoji Adesua Adetayo Adetoke Adetoun Adeyi Adhiarja Adhra Adi Adia Adiarja Adiela Adigun Adika
Adikara Adil Adila Adilene Adimu Adin Adinata Adis Adison Aditya Adlai Adlan Adline Admir Adnan Adolf Adolfine Adolphe
Adolphus Adomas Adonis Adora Adoración Adrain Adriaan Adriano Adriel Adrienn Adrija Adrijana Adrián Adriána Adron
Adrían Adríana Adríel Adunni Advaith Advay Advik Advika Adviye Adweta Adwoa Adya Adyson Adán Adèle Adéla Adélaïde
Adíel Adólf Adıgün Aedan Aedin Aengus Aenne Afaq Afer Aferdita Affie Afia Afife Afil Afiq Afolarin Afonso Afra Afrim
Afruza Aftin Afua Agapito Agastya Agata Agathe Aggie Aggrey Agim Agla Aglaia Agnar Agne Agnea Agnesa Agnese Agness
Agneta Agnete Agni Agnieszka Agnolo Agnos Agnès Agnė Agostina Agostino Agris Agron Agus Agusta Agustus Agustín Agáta
Agða Ahat Ahmet Ahsen Ahter Ahti Aicha Aidan Aideen Aiden Aidyn Aiga Aigars Aija Aijuka Aila Ailbhe Aili Ailis Ailish
Aimable Aime Aimo Aimé Aimée Aina Ainara Aine Aino Ainoa Ainsley Ainārs Airi Aishani Aishling Aisling Aislinn Aistis
Aisyah Aitana Aitor Aivar Aivaras Aivars Aiyana Aiyanna Ajala Ajan Ajani Ajda Ajeng Ajiman Ajimat Ajimin Ajiono Ajla
Ajna Ajoke Akalan Akanmu Akar Akarsana Akatay Akay Akbaş Akboğa Akcivan Akdora Akdurmuş Akeelah Akeem Akgöl Akgüneş
Aki Akif Akinkunmi Akinlabi Akinwale Akinyi Akira Akise Akkerman Akmal Akmaner Akmaral Akobir Akos Akosua Akoth Akram
Aksay Aksel Akseli Akshay Aksoy Aksöğüt Aktemür Akua Akumaa Akumu Akver Akwasi Akwesi Akyıldız Akçabay Akçasu Aköz
Akınal Ala Alaaddin Alabama Alabezek Alade Aladin Aladino Alaeddin Alain Alambana Alamiro Alamu Alanalp Alani Alannah
Alanta Alanzo Alara Alastair Alattin Alaya Alaz Albeiro Alberico Alberte Albertus Albion Albulena Alby Albín Albína
Alcan Alcee Alcide Alcides Alcie Alcira Aldair Aldar Aldemar Alderano Aldin Aldis Aldný Aldona Aldonza Aldís Alea
Aleah Aleck Aleena Aleix Alek Aleks Aleksandar Aleksander Aleksandr Aleksandra Aleksandras Aleksandrs Aleksanteri
Aleksei Aleksej Aleksi Alen Alenka Aleodor Alessandro Alessia Alessio Aletta Alexandar Alexande Alexandr Alexandrea
Alexandrie Alexandrina Alexandro Alexandros Alexandru Alexandría Alexe Alexei Alexej Alexi Alexina Alexus Alexys
Alexzander Alexía Alexíus Aleš Alf Alfa Alferd Alfie Alfio Alfons Alfonse Alfonsina Alfonz Alfreð Alfréd Alfrēds
Alfífa Algernon Algie Algirdas Algot Algış Aliabbas Aliana Alicja Aliihsan Alijah Alika Alin Alinur Alirio Aliro Alis
Aliseydi Alisson Alistair Alistar Alister Alivia Aliya Aliyah Aliyu Alize Alizée Alja Aljaž Aljoša Alka Alkor
Allahverdi Allana Allean Alli Allisson Allyssa Allý Almar Almasi Almast Almaz Almedia Almendra Almer Almina Almir
Almira Almudena Almus Almut Almuth Almyra Alois Aloisia Alojz Alojzia Alojzij Alojzija Aloma Alondra Alonza Aloys
Aloyse Aloysius Aloïs Alparslan Alpcan Alpheus Alphonce Alphons Alphonsine Alphonsus Alpin Alpsü Alrekur Alrún Alsoy
Altie Altin Altoğan Altuğ Altınbike Altınkaya Altınçiçek Altınışın Alvah Alvan Alvar Alve Alveiro Alvena Alver Alverda
Alvia Alvie Alvilda Alvira Alvy Alvīne Alwilda Alwin Alwina Alwine Aly Alya Alys Alyssia Alyvia Alzina Alícia Alída
Alína Alís Alísa Alīda Alışık Alžbeta Alžběta Ama Amadea Amadeo Amadeus Amahle Amaia Amaira Amalie Amalija Amalía
Amancio Amandine Amando Amani Amara Amarachi Amare Amari Amarilis Amarion Amaris Amaru Amasa Amaury Amaç Ambar Ambers
Ambre Ambróz Amedeo Amedeu Amel Amela Amelie Amelija Amelía Americo Amerigo Amiah Amil Amilía Aminatu Amine Amirah
Amit Amiya Amiyah Amleto Amma Amoke Amol Amondi Amope Amor Amra Amre Amri Amrita Amruta Amya Amza Amália Amélia Amélie
América Américo Amílcar Amír Amíra Amý Amālija Anabela Anabella Anabelle Anacleto Anahera Anahi Anahis Anahí Anaida
Anais Analia Analía Anamika Ananias Anar Anargül Anaru Anas Anasa Anastacio Anastasie Anastasio Anastasios Anastasía
Anastatia Anastazja Anastázie Anatol Anatole Anatoli Anatolie Anatolij Anay Anaëlle Anaís Anaïs Anca Ancel Ancil
Ancizar Ancuța Anda Andile Andiç Andjela Andjelina Andon Andor Andrada Andrae Andreea Andrei Andreia Andrej Andreja
Andrejka Andrejs Andrena Andrey Andrešs Andri Andrian Andrija Andrin Andrina Andris Andrius Andrzej Andrá András André
Andréa Andréas Andrée Andrés Andwele Anděla Ane Anej Anel Anemona Anes Aneta Anete Anett Anetta Anežka Anfernee Anfinn
Angalia Angantýr Angavu Angelino Angelíka Anggabaya Anghel Anghelina Angi Angèle Angélica Angélique Anica Anice Anicet
Anie Aniela Anikó Anina Anirudh Anis Aniya Aniyah Anișoara Anjali Anjolaoluwa Anka Anke Ankica Anmol Annabella Annah
Annak Annalena Annaliese Annalise Annalísa Annamária Annar Annarr Annas Annastacia Annedore Annegret Annegrete
Annekatrin Anneke Annel Anneleen Annelene Anneli Annelie Annelies Annelise Annelore Annelí Annemette Annemie Annemijn
Anner Annerose Annes Annet Anney Anni Annibale Annica Annick Anniina Annija Annikki Annina Annukka Anny Annía Anný
Anom Anona Anoni Anouk Ansaldo Ansel Anselm Anselma Ansgar Ansh Ansis Ansora Anssi Antal Antanas Antero Anthoney Antim
Antje Anto Antoaneta Antoin Antonela Antonella Antonello Antoni Antonie Antonieta Antonija Antonin Antonino Antonios
Antoniu Antonius Antons Antonía Antonín Antoníus Antoon Antoņina Antra Antti Antun Antwain Antwon Antònia Antónia
António Antônio Anu Anunciación Anusha Anuța Anvar Anvi Anyango Anyelo Anyi Aníbal Aníka Anína Aníta Anđa Anđela Anže
Aodhan Aoibheann Aoibhin Aoibhinn Aoife Aongus Apaydın Apisara Apolena Apolinar Apolline Apollo Apollonia Apostolos
Apríl Aqil Aquiles Arabella Aradhana Arah Aral Araminta Aran Aranka Aras Arba Arben Arbey Arbie Arbnor Arcan Arda
Ardeth Ardian Ardit Ardita Ardyce Ardís Areli Arely Arey Arezki Argemiro Argie Argono Argu Arham Ari Ariadna Arian
Aribert Aric Ariela Ariella Arielė Arietta Arif Arifcan Arijus Arike Ariki Arild Arilíus Arin Arina Arinbjörg
Arinbjörn Arinola Aris Arisa Arisara Aristide Aristides Aristița Arizona Arja Arjun Arkadiusz Arkie Arkut Arlan Arland
Arlet Arleth Arley Arlin Arlind Arlington Arlis Arlo Arly Arlyn Armahan Arman Armandas Armande Armands Armani Armelle
Armend Armenía Armin Arminas Arminta Armond Arna Arnald Arnaldo Arnaldur Arnar Arnas Arnau Arnaud Arnaude Arnav
Arnberg Arnbergur Arnbjörg Arnbjörn Arnborg Arnd Arndís Arndór Arne Arnes Arnfinna Arnfinnur Arnfreyr Arnfried
Arnfríður Arngeir Arngerður Arngils Arngrímur Arngunnur Arnheiður Arnhildur Arnie Arnika Arnim Arnis Arnkatla Arnkell
Arnlaug Arnlaugur Arnleif Arnleifur Arnljót Arnljótur Arnlín Arnmundur Arnmóður Arnoddur Arnoldas Arnolds Arnošt
Arnrós Arnrún Arnsteinn Arnulf Arnviður Arnór Arnóra Arnúlfur Arnþrúður Arnþór Arnþóra Aroa Aroha Aronas Arpağ Arpád
Arra Arran Arrie Arsenie Arsenio Arsim Arsipatra Arta Artan Artanto Artawan Artelia Artemio Artemisa Arther Arthor
Arthúr Arto Arttu Artturi Artur Arturs Artúr Artūras Artūrs Aru Arunima Arusi Arvel Arvid Arvil Arvo Arvydas Arvīds
Arya Aryan Aryana Aryanna Arziye Arzu Aránzazu Aría Aríanna Aríel Aríella Arín Arína Arís Aríus Arıel Arıkol Arıpınar
Arısoy Arūnas Asad Asael Asafe Asake Asalet Asali Asani Asanti Asatira Asbjørn Ascensión Asdrubal Asger Ashlene
Ashling Ashlynn Ashtyn Asif Asila Asilbek Asiman Asirwada Asirwanda Askja Asko Askur Aslan Aslanhan Aslijan Asliye
Asma Asmadi Asman Asmianto Asmini Asmira Asmuni Ason Aspar Assa Assar Assia Assumpta Asta Astrit Asu Asunción Aswani
Asírí Asım Ataahua Atabala Atagün Atalay Atalía Atamoğlan Atanur Atasagun Atatöre Atena Atenulf Atfat Atgun Atha
Athanasios Atharv Atheel Athman Athuman Athumani Ati Atiena Atieno Atila Atilhan Atilio Atinuke Atit Atiyye Atla
Atlanta Atli Atma Atmaja Atnan Attaf Atte Atticus Attie Attila Attilio Attracta Atılgan Aubra Aubree Aubrie Aud Aude
Audley Audriana Audrianna Audrina Audrius Audy Augustas Augusto Augusts Augustín Aukusti Aulikki Aulis Aune Aunyaporn
Auraq Aurel Aurelian Aureliana Aureliano Aurelien Aurelija Aurica Aurică Aurilla Aurimas Aurthur Aurélia Aurélie
Aurélien Aurėja Ausma Austar Austen Austine Austmann Austmar Auston Austra Austri Austyn Auther Authur Auðbergur
Auðbert Auðbjörg Auðbjörn Auðbjört Auðdís Auðgeir Auðkell Auðlín Auðmundur Auðna Auðný Auðrún Auðun Auðunn Auður
Auðólfur Aušra Aušrinė Avah Avelino Averi Averie Averil Avgust Avi Avie Avni Avon Avram Avunç Avşin Awadil Awamil
Awamiri Awan Awani Awero Awesi Awhina Awj Awlya Awmar Awrad Axel Axelle Axelma Axelía Axenia Axinte Aya Ayaan Ayamin
Ayan Ayasun Ayaydın Aybet Aybora Aycagül Aydan Aydar Ayden Aydin Aydinç Ayduru Aydın Aydınbey Ayelén Aygutalp Aygönenç
Aygül Aygün Ayhan Ayinde Ayinke Aykut Aykutalp Ayla Ayleen Aylil Aylin Aylla Ayman Aymen Aymeric Aynilhayat Aynur
Aynımah Ayodeji Ayodele Ayoka Aypar Aysar Ayse Aysel Aysema Aysevim Aysoy Aysu Aysuna Aytek Ayten Aytuna Aytöz Ayu
Ayub Ayush Ayushman Ayvas Ayyaruk Ayyubi Ayçan Ayülker Ayşan Ayşeana Ayşenur Azaan Azad Azade Azahar Azahara Azaria
Azariah Azban Azeeb Azeglio Azeneth Azettin Aziza Azize Azizi Azra Azul Açıkel Açılay Aída Aïcha Aðalberg Aðalbergur
Aðalbert Aðalbjörg Aðalbjörn Aðalbjört Aðalborg Aðalborgar Aðaldís Aðalfríður Aðalgeir Aðalheiður Aðalmundur Aðalráður
Aðalrós Aðalsteina Aðalsteinn Aðalsteinunn Aðalveig Aðólf Aþena Ağa Ağahadi Ağakişi Ağamalı Ağamusa Ağaxan Ağbegim
Ağca Ağmur Aşhan Aşir Baaba Baahir Baaizeed Baaqee Baaqir Baaree Baashir Baasim Baasit Baba Babar Babasola Babatunji
Babawale Babett Babyboy Baccio Bachittar Badawi Badegül Badr Bagas Baghyawati Bagiya Bagus Bagya Baha Bahaa Bahaddin
Bahadurjit Bahadır Bahari Bahati Bahittin Bahiy Bahtinur Bahuraksa Bahuwarna Bahuwirya Baiba Bailee Bailie Bairbel
Bairbre Bairon Bajragin Bajram Bakari Bakda Bakhshi Baki Bakiadi Bakianto Bakidin Bakijan Bakiman Bakiono Bakti
Baktiadi Baktianto Baktiono Bala Balamantri Balangga Balapati Balatekin Balaxanım Balca Baldassare Baldey Baldomero
Baldrún Balduino Baldur Baldvin Baldvina Baleegh Balendra Balhaar Bali Balidin Balijan Balinda Baljiwan Ballı Baltasar
Baltaş Balthasar Balvan Balveer Balz Balázs Bama Bambad Bambang Banara Banawa Banawi Bancar Bandile Banjeet Banü Baqar
Baqir Barak Baraka Barasa Barbora Barbro Barbu Barbára Barica Baris Bariş Barkha Barnabás Barnie Barraq Barri Barsen
Bartek Bartholomäus Bartolomej Bartolomeo Bartolomeu Bartolomé Barði Barışcan Bas Basaam Basarab Baseer Basem Bashaar
Bashaarat Bashar Basharat Basheer Basheerah Bashkim Basilio Basim Basir Basriye Bassam Bassí Bastiaan Bastián Bastían
Basım Batal Batool Baturay Batırhan Baudelio Baudouin Baugur Baydu Baykan Baylee Baylie Bayman Bayram Bayron Bayruhan
Baytal Bayzettin Bazam Bağdat Bağdaş Başay Başhan Başok Beadie Beate Beatrijs Beatrix Beauden Bebba Beda Bedi Bediriye
Bedri Bedřich Begga Begim Begoña Behbud Behiza Behrem Behruz Beinir Beinteinn Beitir Bekan Bekbay Bekim Bekir Bektaşi
Bela Belarmino Belgizar Belisario Belkize Bellisan Belo Belén Bena Benas Bendegúz Benedek Benedicte Benedicto Benedikt
Benedikta Benedikte Benedita Benek Bengibay Bengt Bengta Beni Beniamin Benice Benicio Benidikt Benidikta Benigna
Benigno Benjaman Benjamen Benjamim Benjamine Benjamín Benji Benjiman Benjman Benjámin Benna Benney Benno Benný Benol
Benone Benoný Benoît Benta Bente Bentey Benthe Bentína Benvenuto Benía Benício Beníta Benóní Benóný Beppe Bera Berat
Beray Berdie Beren Berend Berent Berezat Bergdís Bergfinnur Bergfríður Bergheiður Berghildur Berghreinn Bergjón
Berglaug Berglind Bergljót Berglín Bergmannía Bergmar Bergmundur Bergný Bergrán Bergrín Bergrós Bergrún Bergsteinn
Bergsveinn Bergur Bergvin Bergþór Bergþóra Berit Beriye Berkal Berki Berksay Bernabé Bernadett Bernardita Bernd
Bernfried Bernhardine Bernharð Bernharður Berni Bernt Bernward Bernódus Bernódía Berra Berran Berrin Bersi Bertalan
Bertel Berthe Bertil Bertina Berto Bertold Berton Besart Besarta Besey Beshte Besim Besin Besnik Besse Bessi Bessí
Beste Bestla Betania Betanía Betha Bethan Bethzy Betina Betsý Bett Betti Bettyjane Bettylou Bettý Betúel Beyda
Beyhatun Beyler Beyonce Beyzade Bezek Beáta Beňadik Bhanumati Bhavani Bhavika Bhavini Bhavna Bhavya Bhekani Bhekisisa
Bhekizizwe Bhekokwakhe Biagio Bianka Bibiana Bibisora Bibiána Bibuwa Bican Bidayet Biddie Bieke Bienvenida Bil Bilaal
Bilal Bilay Bilender Bilgen Bilginur Bilgütay Bilha Biljana Bilkay Bilkisu Bilol Biltaş Bimala Bina Binay Binbaşar
Binışık Birben Birdella Birger Birgid Birgir Birgitt Birgitta Birgitte Birgül Birkir Birna Birnir Birousk Birsan
Birsen Birta Birte Birtha Birthe Birtie Birtingur Birtir Birtna Biruta Biserka Bishakha Bitül Bizhan Bişar Bjargar
Bjargdís Bjargey Bjargheiður Bjarghildur Bjarglind Bjargmundur Bjargþór Bjarkan Bjarkar Bjarkey Bjarki Bjarklind
Bjarma Bjarmar Bjarmi Bjarnar Bjarndís Bjarne Bjarney Bjarnfinnur Bjarnfreður Bjarnfríður Bjarngerður Bjarnharður
Bjarnheiður Bjarnhildur Bjarnhéðinn Bjarni Bjarnlaug Bjarnlaugur Bjarnleifur Bjarnrún Bjarnsteinn Bjarnveig Bjarnólfur
Bjarný Bjarnþrúður Bjarnþór Bjarnþóra Bjartey Bjartmann Bjartmar Bjartmey Bjartur Bjartþór Bjorn Bjólan Bjólfur Björg
Björgey Björgheiður Björghildur Björgmundur Björgvin Björgólfur Björgúlfur Björk Björn Björney Björnfríður Björnólfur
Björt Bjørg Bjørn Bladimir Blahoslav Blanaid Blanchie Blandine Blanduzia Blanka Blathnaid Blaž Blažej Blažena Blerim
Blerina Blerta Bluette Bláey Blædís Blængur Blær Blævar Blín Blíða Blómey Boban Bobba Bobur Bodhi Bodil Bodo Boel
Bogdana Bogdís Bogga Boghildur Bogi Boglárka Bogomir Bohdan Bohdana Bohumil Bohumila Bohumír Bohuslav Bohuslava Bohuš
Bojan Bolatito Boleslav Bolli Boluwatife Boma Bonface Boniface Bonifác Bonu Borahan Borataş Borbála Borgar Borgdís
Borghildur Borgný Borgrún Borgúlfur Borgþór Borgþóra Borris Borut Borys Bosibori Botnía Botond Bouchra Boynak Boysie
Bozbağ Bozena Bozerk Boztaş Boði Boğatimur Bořivoj Boštjan Božena Božica Božidara Božo Bradyn Braeden Braedon Braelyn
Braghildur Bragi Brahim Braiden Bram Bramwel Brandan Branddís Brandin Brandur Brandyn Branislav Branislava Branka
Branko Braulio Bravin Brayan Brayden Braydon Braylen Braylon Brea Breandan Breda Breeda Breege Breffni Breki Brencis
Brendah Brenden Brennon Breno Breonna Bresi Brestir Bria Brianda Brid Bridgit Bridie Briek Brielle Brieuc Briget
Brighid Brigita Brigitta Brijesh Brilyant Brimar Brimdís Brimhildur Brimi Brimir Brimrún Brinley Brion Brionna Brisa
Brit Brita Britny Brittnay Brittnee Brittnie Brjánn Broddi Brona Bronach Bronagh Bronislava Bronwen Brooklyn Brooklynn
Bror Broņislava Brunhild Brunhilde Bryana Brycen Brylee Bryn Bryndís Brynfríður Bryngeir Bryngerður Brynheiður
Brynhildur Brynja Brynjar Brynjólfur Brynjúlfur Brynlee Brynleifur Brynný Brynsteinn Bryntýr Brynþór Bryony Bryton Brá
Brák Brândușa Bríana Bríanna Bríet Brígida Brími Brăduț Bucur Buddie Budi Buel Buelah Buenaventura Buhari Bujar
Bukurije Bulunç Buna Bunmi Buraid Burak Burakhan Burckhard Burcuhan Buren Burghard Burim Burkard Burkhard Burkney
Burkni Burnice Burnie Burrel Burç Busara Busisiwe Buyrukhan Buşra Bylgja Byrdie Bystrík Bálint Bára Bárbara Bárður
Bärbel Bæring Bæringur Bæron Béatrice Béatrix Béla Bénédicte Bérengère Bérénice Bíbí Bína Bóas Bóel Bói Bót Bóthildur
Bótólfur Börje Börkur Börteçin Böðvar Bøje Børge Búi Búri Büget Bünyamün Büreyre Büşranur Bănel Bērends Bērtulis
Błażej Břetislav Cabbar Cabir Caden Cael Caetana Cagak Cager Cahal Cahan Cahangir Cahir Cahya Cahyadi Cahyanto Cahyo
Cahyono Caiden Cailin Cailum Cailyn Caio Cait Caitlynn Caitriona Caius Cajsa Caket Cakrabirawa Cakrabuana Cakrajiya
Cakrawala Cakrawangsa Calcedonio Caldonia Calebe Caleigh Calisto Calixta Calixto Calla Calleigh Callum Calogero Calum
Calvince Cambria Camil Camillo Camillus Camilo Camisha Camren Camron Camryn Canan Canberk Candela Candelas Candeniz
Candido Candrakanta Canfeza Cangür Canice Cannie Cannur Canseven Cansin Cantemir Cantez Canur Caoilfhionn Caoimhe
Caoimhin Caolain Caolan Caomhan Capa Capitola Cappie Capucine Caragh Caraka Carine Carleigh Carlijn Carlito Carmenza
Carminho Carolien Carra Carren Carsen Carsten Carub Cas Casemiro Casen Casian Casiana Casimer Casimiro Caspar Cassius
Cataleya Cathal Catharina Catheriona Cathrin Cathrina Cathriona Catia Catinca Catrin Catrine Catrinel Catriona Catur
Caturangga Cauã Cauê Cavad Cavid Cavit Cawisadi Cawisono Cawuk Cayadi Cayden Caydence Cayetana Cayetano Caylee Cazimir
Ceara Cebesoy Cebrián Cecep Cecilie Cecilija Cecilio Cecilía Cecília Cedide Cedrin Ceferino Ceil Celal Celene Celestia
Celestino Celie Celilay Celso Cem Cemal Cemalettin Cemani Cemeti Cemil Cemiyle Cemplunk Cena Cenan Cengiz Cengkal
Cengkir Centa Centrine Cerasela Cercis Cesare Cetin Cevale Cevheri Ceyhun Ceyla Ceylin Ceylon Ceyran Cezar Cezara
Cezary Cezayir Chaaya Chabane Chadd Chadrick Chaifah Chaim Chaitaly Chaitanya Chaiwut Chaka Chakradev Chakradhar
Chakrika Chalisa Chalmer Chamali Chaman Chameli Champak Chanakya Chanchal Chandani Chandran Chandresh Chanez Changaz
Chanie Chanikan Chaniya Channie Channing Chanya Charan Charle Charlee Charlesh Charlize Charlotta Charlottie Charls
Charly Charo Charos Charvi Chashida Chasmum Chatresh Chatura Chauncy Chausiki Chavvi Chawin Chawish Chayanin Chayapat
Chaz Che Chebet Chege Chelangat Chelo Chelsi Chelsy Chema Chepkemoi Chepkoech Chepkorir Cheragh Cherif Cherith
Cherotich Cherrelle Cheruiyot Chessie Chestina Cheusi Cheyanne Chiamaka Chiara Chibuzo Chidimma Chigozie Chijioke
Chimere Chinedu Chinelo Chinyere Chipukizi Chiraz Chita Chizoba Chloie Chloé Chloë Chlóe Chrissie Christabel
Christelle Christer Christiaan Christianne Christion Christl Christof Christofer Christoffer Christop Christoph
Christophe Christos Chucho Chuki Chukwudi Chukwuemeka Chus Chuy Chyna Chynna Châu Cian Cianan Ciaobella Ciaran Ciarra
Ciarrai Cici Cielo Cihan Cihandide Ciji Cilla Cilli Cillian Cilly Cindoruk Cinta Cinthya Cintia Cinzia Ciprian
Cipriana Ciriaco Ciril Cirino Cirkeline Ciro Ciríaco Citlali Citlalli Citra Claas Clabe Claes Clarabelle Clarance
Clarisse Clarnce Clas Claudina Claudiu Claudius Claudy Clavs Clearence Cleda Clell Clella Clemence Clemie Clemma
Clemon Cleola Cleon Cleone Cleophas Cleto Cleva Cleve Clevie Clide Cliffie Cliodhna Cliona Clive Clodagh Clodomiro
Cloe Clothilde Clotilda Clovis Cloé Clyda Clydie Clytie Clàudia Cláudia Cláudio Cläre Clémence Clément Clémentine
Clímaco Coby Codey Codie Codin Codrin Codrina Codruț Codruța Coleton Colie Coline Colins Collince Colm Colomba Colten
Coluccio Colum Columba Conal Conall Conan Concepción Concepta Conchur Conleth Conny Conor Conradin Conrado Consolata
Constantin Constantina Constanza Constanze Constança Constanța Contina Coraima Coralia Coraline Corda Cordaro Cordella
Cordula Corean Corentin Coriolano Cormac Corneille Cornel Cornelio Cornelious Cornelis Corneliu Cornie Corsin Cosima
Cosimo Cosmas Cosmin Cosmina Cosmo Costache Costel Coty Courteney Courtland Coşkun Coşqun Crenguța Crescencia Cressie
Crete Crin Crina Crissie Cristea Cristhian Cristhofer Cristian Cristiana Cristiano Cristián Cristofer Cristofor
Cristóbal Csaba Csilla Csongor Ctibor Ctirad Cuba Cuheyna Cuman Curdin Curro Custodia Cvetka Cvetko Cydney Cyntha
Cyprian Cyprián Cyriel Cyrill Cyrille Czeslaw Cándida Cándido Cátia Cäcilia Cäcilie Cécile Cédric Célestin Célestine
Célia Célina Céline César Côme Cümşüd Cüneyit Cýrus Călin Cătălin Cătălina Daamin Daan Daanish Daanyaal Daawood Dabbah
Dabir Dace Dacian Daciana Dacin Dadap Dadaş Dadi Dafina Dafne Dag Dagbjartur Dagbjörg Dagbjört Dagel Dagfari Dagfinnur
Dagfríður Daggeir Daggrós Dagheiður Daghfal Dagmann Dagmara Dagmey Dagný Dagnýr Dagobert Dagoberto Dagrún Dagur Dagþór
Dahiana Dai Daiana Daiga Daija Daijah Dainess Dainis Dainius Daire Dairine Dairo Daisha Daisie Daisye Daiyaan Daja
Dajana Dakhil Dakoda Dakotah Daksh Daksha Dakshesh Dalaja Dalan Dalbert Dalbir Daldís Daler Dalibor Dalili Dalima
Daliman Dalimin Daliono Dalkılıç Dalla Dalli Dallilja Dallin Dalmann Dalmar Dalmas Dalrós Dalvin Dalía Damar Damarcus
Damari Damarion Dameer Dameon Damienne Damife Damijan Damini Damir Damián Damjan Damjana Damlanur Damond Damu Damurah
Damyanti Danang Dancan Dancun Dandre Daneen Danelíus Daney Danfríður Danheiður Danhildur Danielius Danijel Danijela
Danique Danish Daniswara Danitza Danival Danièle Daniël Danjuma Danniel Danson Danu Danuja Danuše Dany Danía Daníel
Daníela Daníella Daníval Danış Daphné Daquan Daragh Darain Dardan Darian Dariana Dariati Darien Darija Darijan Darika
Darimin Darina Darinka Darion Daris Dariusz Darja Darko Darl Darlyne Darmaji Darman Darmana Darmanto Darold Darpan
Darragh Darran Darri Darrian Darrien Darrion Darrius Darry Darryle Darryll Darryn Darsh Darsirah Dartono Daru Daruna
Darvin Darwyn Dary Daryani Daryle Daryn Darío Daríus Dasa Dashawn Dasia Dastageer Daud Daudi Daunte Davante Davi
Davian Davide Davion Davnet Davon Davonta Davonte Davor Davorin Davíð Dawid Dawud Dax Daxton Dayamai Dayami Dayana
Dayanara Dayar Dayita Dayne Dayse Dayyaan Daðey Daði Daðína Dağistan Deaglan Deante Dearbhail Dearbhaile Dearbhla
Deasia Deborrah Debóra Decebal Declan Dedric Deepa Deha Deiby Deicy Deion Deirbhile Deisy Deividas Dejah Dejan Dejon
Dejuan Delfín Deliah Delil Delina Dellar Delle Dellia Dellie Delmas Delmus Delos Delphin Delton Delvin Delwin Dema
Demario Demarion Demeter Demetri Demetric Demetrio Demetrios Demi Demian Demilade Demirbüken Demiriz Demirok
Demiryürek Demond Demonte Demus Dendý Deniis Denine Denisa Deniz Denizalp Denkel Denzel Denzell Denzil Deníel Deondre
Deonta Deontae Deonte Dequan Derald Dereck Dereon Deric Derik Derkay Derl Derly Dermot Dermott Deron Derrek Derrell
Derval Dervilla Dervla Derwin Derya Deryanur Deryl Desean Deshaun Desi Desirée Dessa Destany Destin Destinee Destiney
Destini Destry Detlef Detlev Dev Devan Devansh Devante Deven Devi Devika Deviner Devonta Devontae Devonte Devyn Deward
Dewi Dex Deyanira Dezider Dezső Dezzie Değer Değmeer Dhriti Dhruv Diah Diallo Dianah Diandra Diar Diarmaid Diarmuid
Dicie Dicy Dida Didda Didier Didina Diederik Dierk Diethard Diethelm Diether Dietlind Dietlinde Dietmar Digdaya Dijana
Dijon Diken Dilan Dilara Dilcan Dilder Dildora Dilfeza Dilhuş Dilja Diljá Dillan Dillie Dilnoz Dilnur Dilsitan Dilşad
Dilşat Dimaz Dimitri Dimitrina Dimitrios Dimmblá Dimmey Dincer Dinda Dinis Dinu Dinçkol Dinçsü Diogo Dionicio Dionigi
Dionisia Dionte Dionýz Dipa Dipta Dirican Dirja Dirlik Dismas Dita Ditmar Ditte Divya Diya Diyor Diyora Diána Diðrik
Diāna Djamel Djuana Djuna Dmitri Dobromila Dobroslav Dobroslava Dochia Docia Dofri Doina Dola Dolli Dollye Dolphine
Dolphus Dolun Dom Domagoj Domantas Domas Domen Domenick Domhnall Domingos Dominik Dominika Dominyka Dominykas Domnica
Donaciano Donagh Donal Donat Donata Donatas Donatella Donatello Donavan Donavon Dondre Donell Donia Donie Doniyor
Donnacha Donncha Dono Donough Donta Dontae Doralisa Dorathea Dorcus Dorel Doriana Dorien Dorin Dorina Dorinel Dorit
Dorita Dorle Dorli Dorota Dorotea Doroteja Dorothe Dorothee Dorothée Dorottya Dorte Dorthe Doru Dorukhan Dosha Doshia
Doshie Dosia Dossie Dounia Dovilė Dovud Dovydas Doyinsola Doğanalp Doğannur Doğanşah Doğuhan Draga Dragan Dragana
Dragica Dragoș Dragutin Drahomír Drahomíra Drahoslav Drahoslava Drajat Drauma Draumey Draupnir Draven Dražen Dreki
Drengur Drilon Drita Driton Droplaug Drífa Drótt Dröfn Duard Dubán Ducu Dufgus Dufþakur Dugfús Duha Duilio Duje Duma
Dumisani Dumisile Dumitra Dumitrana Dumitru Dunia Dunja Dunyo Durab Duracan Durdali Durdona Durell Durgadin Durmuşali
Durna Durodola Durrell Dursadiye Dursun Duruk Duruöz Durward Durwood Dusan Dustan Dustyn Duuk Duván Duwayne Duyguhan
Duyên Dušan Dušanka Dvalinn Dwaine Dwan Dwane Dwi Dwyane Dylano Dyllan Dylon Dymphna Dympna Dzidra Dzintars Dzintra
Dániel Dávid Dáša Dæja Débora Déborah Dénes Désiré Désirée Día Díana Díanna Díma Dís Dísa Dísella Díómedes Dóa Dómald
Dómaldi Dómaldur Dómhildur Dónald Dónaldur Dór Dóra Dórey Dóri Dóris Dórothea Dórótea Dóróthea Dósóþeus Dögg Dögun
Dölensoy Döner Dörte Dörthe Dúa Dúfa Dúi Dúna Dúnn Dündaralp Dünya Dünyamalı Dürrüşehvar Dýrborg Dýrfinna Dýri Dýrleif
Dýrley Dýrmundur Dýrunn Dārta Dāvis Dũng Dương Eadaoin Eamon Eamonn Ean Eanna Eathel Eavan Eba Ebba Ebbe Ebbi Ebbie
Eben Ebeneser Ebenezer Eber Eberg Ebonney Ebuakil Ebuka Ecaterina Ecegül Ecemiş Eckehard Eckhard Ecrin Edaviye Edd
Eddah Edel Edelbert Edelgard Edelmiro Edeltraud Edeltraut Edeltrud Edgaras Edgard Edgars Edgübay Edhitha Edi Edier
Edil Edilberto Edilma Edilon Edilson Edin Edina Edinah Edinson Edisson Edita Editha Edla Edmon Edmonia Ednah Edoardo
Edon Edona Edouard Edrie Edsel Edu Eduar Eduard Eduarda Eduards Edvard Edvardas Edvin Edvinas Edvīns Edw Edwar Edílon
Edīte Eelis Eemeli Eemil Eerik Eero Eesaa Eesha Eetu Eeva Efe Efemía Effa Efil Eflâtun Efraím Efraín Efrem Efrén Efser
Eftimia Eftimie Ega Egedía Egenur Eggrún Eggþór Egidijus Egil Egill Egils Egla Eglė Egon Egzon Egzona Ehan Ehrenfried
Ehrentraud Ehrhard Ehsaas Ehsan Eidvilė Eija Eijaz Eik Eikar Eila Eilis Eilish Eilífur Eimantas Eimear Eimer Eimhear
Einar Einari Einbjörg Eindís Einer Einey Einfríður Einhildur Einir Eino Einrún Einvarður Einína Einþór Eir Eira
Eiravati Eirdís Eirfinna Eirik Eirný Eiríka Eiríkur Eirún Eitel Eithan Eithel Eithne Eivin Eivind Eivor Eiðar Eiðný
Eiðunn Eiður Eja Ejaz Ejlaal Eka Ekaja Ekalinga Ekani Ekansh Ekanta Ekantika Ekapad Ekaraj Ekaterina Ekavir Ekbal
Ekber Ekene Ekiya Ekkehard Ekkehart Ekmel Eko Ekow Ekrem Ekta Ekundayo Ekundu Eladio Elaf Elamiye Elariz Elberg
Elberta Elbridge Elby Elcira Elcy Eldar Eldbjörg Eldey Eldgrímur Eldjárn Eldlilja Eldmar Eldrún Eldur Eldór Elea
Eleazar Electa Eleina Elektra Elemér Elenborg Elentínus Eleodoro Eleonóra Eleuterio Elex Elfa Elfar Elfi Elfida Elfie
Elfráður Elfur Elgie Elgün Elhan Eliabeth Eliakimu Elian Eliane Elianna Elick Eliecer Elien Eliette Eliezer Elif
Elifnur Eliga Eligah Elige Eligia Eligio Elihu Eliisa Elimar Elinborg Eline Elinór Elio Eliona Eliot Eliott Elis
Elisabet Elisabeta Elisabete Elisabetha Elisabetta Elisaveta Elita Eliud Elizabeta Elizabete Elizah Elize Eliáš Eliška
Elka Elkana Elladio Ellar Elle Ellert Ellery Elley Elliana Ellinor Ellisif Elliði Ellín Ellís Ellý Elman Elmar Elmeri
Elmidar Elmina Elmir Elmire Elmyra Elmārs Elnur Eloah Elodie Elof Eloi Elon Elona Elonzo Elosy Eloá Eloísa Eloïse
Elphas Elpidio Els Elsabet Elsbeth Elsebeth Elsworth Elsí Elsý Elta Elturan Eluh Elvan Elvana Elvar Elver Elvi Elvire
Elvy Elvíra Elvý Elvīra Elwin Elwira Elwyn Elxan Elyas Elyssa Elzada Elzbieta Elzie Elçin Eléa Eléna Eléonore Elí Elía
Elíana Elías Elíeser Elímar Elín Elína Elínbergur Elínbet Elínbjörg Elínbjört Elínborg Elíndís Elíngunnur Elínheiður
Elínmundur Elínrós Elíná Elínór Elírós Elís Elísa Elísabet Elísabeth Elöve Elīna Elşad Elżbieta Emal Emaline Eman
Emanoil Emanuela Emanuele Emanuella Emanuelly Emanuil Emanúel Emas Embla Embrek Embuh Emeka Emelie Emelyne Emelía
Emelíana Emelína Emer Emeralda Emese Emett Emiel Emigdio Emilce Emilian Emiliana Emiliano Emilien Emilija Emilis
Emilly Emilse Emilía Emilíana Emilíanna Emilý Emin Emina Emine Emiro Emirşan Emiş Emmaculate Emmah Emmalee Emmanuelle
Emmanúel Emmet Emmi Emmit Emmý Emong Emperatriz Empluk Emran Emre Emrullah Emry Emy Emília Emý Emīlija Emīls Enar
Encarna Encarnación Encarnita Endah Endra Endre Endrit Ene Enea Eneka Enes Enfes Engelbert Engilbert Engilbjartur
Engilbjört Engiljón Engill Engilráð Engilrós Engin Enginiz Engla Enika Enikő Eniola Enis Enith Enja Enna Ennio Enno
Enock Enok Enrico Enrika Ensar Ensari Ensio Enteng Enver Enya Enzi Enzio Enzo Enóla Eoghan Eoin Eola Eowyn Ephantus
Ephraim Ephram Ephriam Epifanio Eppie Epsie Eral Eraldo Erasmus Erastus Eraycan Erbay Erbil Ercan Ercihan Erdal
Erdemer Erdibay Erdmute Erdogan Erdursun Erem Eremia Eren Erenalp Erensoy Eres Ergener Erginel Ergönül Ergül Ergün
Erhard Erie Erikas Erina Erinçer Erion Eris Eriş Erkan Erkinel Erkki Erksoy Erkılıç Erla Erland Erlar Erle Erlen
Erlendur Erling Erlingur Erlín Ermanis Ermanno Ermenegildo Ermes Ermina Ermutlu Ernestas Ernests Ernestó Ernir Erny
Ernő Erol Eron Eroğul Erpur Ersel Erseç Ertan Erten Ertuncay Ertün Erva Ervaniye Ervín Erwan Eryk Erykah Eryıldız
Erzsébet Eröz Erşat Esa Esau Esben Esco Esekíel Esenbay Esengün Esentürk Esequiel Esfandyar Eshan Eshana Esi Esila
Esja Esjar Esker Eskil Eskinalp Esko Eslemnur Esley Esma Esmanperi Esmarelda Esmee Esmira Esmée Esna Esneider Esparta
Espartaco Espen Espiridión Esra Essa Essi Estefan Estefani Estefania Estefany Estefanía Estel Estera Esteri Estevan
Estiawan Estie Estiono Estiva Estiven Eston Esupofo Eszter Etela Etelka Etelvina Ethelbert Ethen Ethie Ethna Ethne
Ethyle Etibar Etiqad Etizaaz Etna Ettore Euan Eudora Eufemía Eufrosina Eugen Eugine Eugène Eugénia Eugénie Eulalie
Eulogio Eulália Eunan Eunika Euphemia Eusebiu Eustace Eustaquio Eustațiu Eutimio Eutropio Evald Evaldas Evalena
Evaline Evalyne Evamaria Evance Evander Evangelia Evangelos Evanghelina Evaristo Evcimen Evde Evelena Evelien Eveliina
Evelio Evelína Everet Everline Everlyne Evertt Evey Evfemía Evgenía Evi Evija Evlalía Evrim Evrimer Evy Evíta Ewan
Ewatomi Ewelina Ewin Exa Exequiel Eyberg Eybjörg Eybjört Eydan Eydís Eyfríður Eygerður Eygló Eyhildur Eyja Eyjalín
Eyjólfur Eylaugur Eyleif Eyleifur Eylín Eymar Eymundur Eyríkur Eyrós Eyrún Eysteinn Eyvar Eyveig Eyvindur Eyvör Eyyub
Eyyüp Eyþrúður Eyþór Eyþóra Ezgin Ezgütekin Ezio Ezzard Eðna Eðvald Eðvar Eðvarð Eşim Eşref Faas Fabia Fabiana Fabien
Fabienne Fabio Fabián Fabiënne Fabrice Fabricio Fabrisíus Fabrizia Facundo Fadekemi Faderera Fadil Fadile Fadime
Fadıla Fahari Fahmi Fahrullah Fainche Faiq Faisa Faizah Faizan Faize Falak Falan Falgeir Falguni Falko Falon Falur
Fami Famil Fanaka Fannar Fannberg Fanndís Fanney Fanngeir Fanni Fannlaug Fannye Fanný Faqid Faraj Faraja Farangiz
Faras Farhan Farhiya Farhod Farhunnisa Farid Farida Farijika Fariq Fariz Fariza Faron Farouk Faruk Farzona Fathonah
Fatigül Fatih Fatiha Fatime Fatinur Fatma Fatmanur Fatmir Fatmire Faton Fatteh Fatuma Faustas Fayette Fayize Fazil
Fazli Fazul Feargal Fearghal Febe Febi Febrún Fedde Feden Federica Federigo Fehim Fehintola Fehmiye Feisal Feliciana
Felicie Felicien Feliks Felista Felister Felistus Felizitas Fella Fema Femke Fengur Fenna Fenne Fenni Fenrir Ferahdiba
Ferat Feraye Ferd Ferdi Ferdinando Ferdínand Feremez Ferenc Fergal Ferhan Ferhat Feriel Ferihan Ferinaz Ferman Fermuta
Fermín Fernand Ferney Ferny Ferre Fersan Fertram Feruza Feryas Ferzi Festus Fetullah Feyha Feykir Feyruz Feyzin Feza
Fiachra Fiamma Fibikemi Fidan Fidaye Fidelis Fidelma Fidencio Fidvi Fien Fiene Fiifi Fikayomi Fildan Filipa Filipe
Filippa Filippo Filippus Filippía Filipía Filit Filiz Filofteia Filoména Fimar Finbar Finbarr Finian Finna Finnbjörg
Finnbjörk Finnbjörn Finnboga Finnbogi Finnborg Finndís Finnfríður Finngeir Finnjón Finnlaug Finnlaugur Finnrós Finnur
Finnvarður Finola Fintan Fiodor Fionan Fionna Fionntan Fionnuala Fionnula Fiorella Fiorenzo Fiorino Firdavs Firdevis
Firdovsi Firman Firmin Firudin Fisnik Fitan Fitim Fitnat Fito Fitore Fitria Fitriani Fiyaz Fjalar Fjalldís Fjarki
Fjolla Fjóla Fjólar Fjólmundur Fjölnir Fjölvar Fjörnir Flamur Flannan Flavie Flavio Flaviu Fleda Fleeta Flem Fleur
Floare Floarea Flonnie Floortje Flore Florea Florent Florentin Florentine Florența Floriana Floriane Florica Floridor
Florie Florim Florina Floris Florián Flosi Flurin Flurina Flóki Flóra Flórent Flóvent Foch Fodil Folashade Folda Folke
Folker Folkert Folu Forni Fortunata Fossmar Fotima Fouzia Frado Franca Franci Francia Francies Francisc Franciscus
Franciska Francisquita Franciszek Francy Franjo Franka Frankline Franklín Franky Frans Fransiska František Františka
Franziska François Françoise Frančišek Frauke Frede Frederico Frederik Frederika Frederike Frederikke Frederique Fredi
Fredie Fredo Fredrik Fredrika Fredy Fregn Freia Freja Fresia Freya Freybjörn Freydís Freygarður Freygerður Freyja
Freylaug Freyleif Freymar Freymundur Freymóður Freyr Freysteinn Freyviður Freyþór Fricis Fridah Fridolin Fridrich
Friedbert Friedemann Frieder Friedericke Friederike Friedhelm Friedhilde Friedhold Friedl Friedlinde Friedo Frigg
Frithjof Friðberg Friðbergur Friðbert Friðbjörg Friðbjörn Friðbjört Friðborg Friðdís Friðdóra Friðey Friðfinna
Friðfinnur Friðgeir Friðgerður Friðjón Friðjóna Friðlaug Friðlaugur Friðleif Friðleifur Friðlín Friðmann Friðmar
Friðmey Friðmundur Friðný Friðrik Friðrika Friðrikka Friðrós Friðrún Friðsemd Friðsteinn Friður Friðveig Friðvin
Friðþjófur Friðþór Friðþóra Frode Froilán Frona Fronia Fronie Fronnie Frosti Frostrós Frusina Fryderyk Frán Fránn Frár
Frédéric Frédérique Frímann Fríða Fríður Fróði Fróðmar Fróðný Fuad Fulgencio Fulvio Fuma Funi Fura Fuzayl Fuzuli
Fylkir Fynn Fábio Fáfnir Fálki Fátima Félicie Féline Félix Fía Fídes Fífa Fífill Fólki Fönn Fúsi Fügen Füzuli Gabe
Gabi Gabin Gabino Gabrielius Gabrielly Gabriël Gabríel Gabríela Gabríella Gaby Gada Gadang Gading Gaduh Gael Gaetano
Gagan Gaia Gaida Gaige Gaiman Gaja Galak Galang Galar Galdur Galih Galilea Galiono Galip Galo Galuh Galur Galvarino
Gamalíel Gaman Gamani Gamanto Gambira Gamblang Gambo Ganda Gandewa Gandi Ganep Ganga Gangsa Gangsar Gani Ganimete
Ganiye Ganjaran Gantar Gara Garan Garang Garda Garech Gareth Garibaldi Garima Garold Garpur Garreth Garri Garvan
Garðar Gaspare Gasti Gastone Gastón Gathoni Gatis Gatot Gatra Gaui Gauja Gaukur Gaurang Gaurangi Gaurav Gauri Gaurika
Gautam Gautami Gauthildur Gauti Gautrekur Gautur Gautviður Gavan Gaven Gavyn Gawati Gayathri Gaylen Gaylon Gazel
Gazmend Gaël Gaëlle Gaëtan Gašpar Gbadebo Gbolahan Gbowoade Geanina Gearld Gearoid Gediminas Gedion Geert Geetika
Gefjun Gefn Geir Geira Geirarður Geirbjörg Geirdís Geirfinna Geirfinnur Geirfríður Geirharður Geirhildur Geirhjörtur
Geirhvatur Geiri Geirlaug Geirlaugur Geirleifur Geirlöð Geirmundur Geirný Geirríður Geirröður Geirrún Geirtryggur
Geirvaldur Geirólfur Geirþjófur Geirþrúður Geisli Gejza Gelengül Gellir Gelsomina Gelu Gencaslan Geneviève Genevra
Gennaro Genovefa Genta Gençay Gențiana Geo Geoff Geoffroy Geofrey Georg Georganna Georgel Georgeta Georgian Georgios
Georgía Geovanni Geovanny Gerarda Gerardine Gerardus Geraud Geray Gerd Gerdi Gereon Gerfried Gergely Gergő Gerhild
Gerlind Gerlinde Germana Germán Gernot Gerold Gerolf Geronimo Gerrit Gert Gerta Gerti Gertraud Gertraude Gertraut
Gertrúda Gervasio Gerwin Gery Gerða Gerðar Gerður Gerónimo Gesa Gesare Gesche Gesine Gestheiður Gestný Gestrún Gestur
Geta Gethera Getrude Geza Ghaalib Ghaazi Ghaffaar Ghafoor Ghaith Ghalib Ghaliyati Ghanee Ghanem Ghani Ghannam Ghasaan
Ghauth Ghawth Ghayoor Ghazalan Ghazanfar Ghazanfer Ghazawan Ghazi Ghazzal Ghenadie Gheorghe Gheorghiță Gherghina
Ghilas Ghislain Ghiyaath Ghiyath Ghiță Ghufran Ghulaam Ghulam Ghunayn Ghusharib Ghusun Ghutayf Giacinto Giacobbe
Giacomo Giada Giampaolo Giampiero Gian Giana Giancarlo Gianfrancesco Gianfranco Gianina Gianluca Gianluigi Gianmarco
Gianni Gianpaolo Gianpietro Gicu Gică Giedrius Giedrė Giel Giesela Gifty Gijs Gilang Gildardo Gillý Gilmar Gils
Gilslaug Gintarė Ginyas Gioacchino Gioachino Gioele Gioffre Gion Gionata Giorgia Giorgian Giorgiana Giorgio Giosuè
Giovani Giovanny Girik Girindra Girish Girolamo Girtha Gisa Gisbert Gislinde Gisselle Gissunn Gissur Gisèle Gitau
Githinji Gitonga Gitta Gitte Giulia Giuliana Giulietta Giulio Giuseppa Giustino Giz Gizela Gizella Gizem Gizur
Gjaflaug Gjúki Gladyce Glauco Glendon Glenwood Glenys Gloría Gló Glóa Glóbjört Glódís Glóey Glói Glóð Glúmur Gneisti
Gná Gnúpur Gnýr Goda Godelieva Godelieve Godofredo Goffredo Gohar Goldia Goma Goncafer Goncalo Gonçalo Gopal Goran
Gorazd Gordana Gorm Gottfrid Gotthard Gotthilf Gotthold Gottlob Gottskálk Gottsveinn Goyo Goði Goðmundur Gracelyn
Graciana Graciano Graeme Grainne Grani Grania Grankell Graydon Grayling Grazia Graziella Grațian Grațiana Grațiela
Greca Grecia Grega Greger Greggory Gregorian Grein Greipur Greppur Gret Gretar Grete Gretel Grethe Gretl Grettir
Greyson Griet Grieta Grigore Gro Grzegorz Grégoire Grégory Grélöð Grét Gréta Grétar Gríma Grímar Grímey Grímheiður
Grímhildur Grímkell Grímlaugur Grímnir Grímur Grímólfur Grímúlfur Gróa Grēta Gudula Guenter Gugu Gugulethu Guilherme
Guiomar Guiseppe Gulab Gulfaam Gulfam Gullbrá Gullveig Gullý Gulshan Gulzar Gumercindo Gumi Gumma Gunar Gunbir Gunborg
Gunda Gundel Gundhild Gundi Gundolf Gundula Guneet Guney Gunhild Gunilla Gunita Gunnar Gunnberg Gunnbjörg Gunnbjörn
Gunnbjört Gunnborg Gunndís Gunndór Gunndóra Gunnel Gunnella Gunnfinna Gunnfríður Gunngeir Gunnhallur Gunnharða
Gunnheiður Gunnhildur Gunnjóna Gunnlaug Gunnlaugur Gunnleif Gunnleifur Gunnlöð Gunnröður Gunnrún Gunnsteinn Gunnur
Gunnvaldur Gunnveig Gunnvör Gunnólfur Gunnóli Gunný Gunnþór Gunnþóra Gunnþórunn Gunta Guntars Guntis Guntram Gunvor
Gunārs Gurli Gurrý Gusta Gustaaf Gustaf Gustas Gustav Gustave Gustavus Gustaw Gusti Gustie Gustáv Gusztáv Gutti
Guttormur Guus Guusje Guðberg Guðbergur Guðbjarni Guðbjartur Guðbjörg Guðbjörn Guðbjört Guðborg Guðbrandur Guðdís
Guðfinna Guðfinnur Guðfreður Guðfríður Guðgeir Guðjón Guðjóna Guðlaug Guðlaugur Guðleif Guðleifur Guðleikur Guðlín
Guðmann Guðmar Guðmey Guðmon Guðmunda Guðmundur Guðmundína Guðni Guðný Guðráður Guðríður Guðröður Guðrún Guðsteina
Guðsteinn Guðvarður Guðveig Guðveigur Guðvin Guðþór Gwenael Gwenaëlle Gwendolen Gwendoline Gyda Gylfi Gyrðir Gytis
Gytta Gytė Gyula Gyða Gyðja Gyðríður Gyöngyi György Györgyi Győző Gzim Gábor Gæfa Gæflaug Génesis Gérald Géraldine
Gérard Géza Gía Gídeon Gígja Gígjar Gísela Gísla Gísley Gísli Gíslný Gíslrún Gíslunn Gíslína Gíta Góa Gógó Gói Gök
Gökay Gökbudun Göken Gökhan Göknur Gökperi Göksev Gökten Gökçe Gökçebalan Gökçil Göli Gönen Gönül Göran Görgünay
Görklü Görsev Gösta Göte Götz Gözel Gözem Gúa Gústaf Gústav Gücal Gül Gülay Gülağa Gülbala Gülbani Gülbeyan Gülbiye
Gülcegün Güldam Gülder Güldünya Gülel Gülenay Güler Gülev Güleğen Gülfari Gülfeza Gülgen Gülgüzel Gülhisar Gülinaz
Gülkadın Güllühan Gülmira Gülmisal Gülnar Gülnaz Gülnaziye Gülnur Gülper Gülsalın Gülselin Gülsen Gülseren Gülsevil
Gülsiye Gülsü Gülsüm Gültac Gülten Gülter Gülxar Gülzadiye Gülzar Gülçe Gülçin Gülözge Gülüs Gülüstan Gülüş Gülşa
Gülşahin Gülşeref Gümüştekin Günar Günay Günaydin Günden Gündüz Gündüzalp Günebakan Güneri Güngördü Güngören Günkurt
Günsel Günser Günter Günther Günver Günşen Gürarda Gürcüye Gürelcem Gürsal Gürten Güverçin Güzey Güçal Güçlüer
Güçyeter Gýgjar Gýmir Habiba Habibe Habibu Habil Haciali Hacile Hadassa Hadassah Hadda Haddi Haddur Haddý Hadi Hadicha
Hadija Hadithi Hadiza Hadjer Hadrey Hadrien Hafberg Hafbjörg Hafborg Hafdís Hafey Hafgrímur Hafiz Hafliða Hafliði
Haflína Hafnar Hafni Hafný Hafrós Hafrún Hafsa Hafsat Hafshah Hafsteina Hafsteinn Hafþór Hafþóra Hafıza Hagalín
Hagbarður Hagbert Haiba Haiden Hailee Hailie Hairyanto Hajnalka Hajo Hakan Hakeem Haki Hakikat Hakim Haleigh Halenur
Hali Halid Halidun Halie Halil Halim Halima Halisi Haliye Halla Hallbera Hallbjörg Hallbjörn Hallborg Halldís Halldór
Halldóra Hallfreður Hallfríður Hallgarður Hallgeir Hallgerður Hallgils Hallgrímur Hallgunnur Hallkatla Hallkell
Hallmann Hallmar Hallmundur Hallný Hallrún Hallsteinn Hallur Hallvarður Hallveig Hallvör Hallþór Haluk Hamar Hami
Hamima Hamis Hamish Hamisi Hamiyet Hamp Hampus Hamsini Hamza Hamzah Hanbiken Hanedan Hani Hania Hanife Hanim Hanja
Hannabel Hannchen Hanne Hannele Hannes Hanni Hannibal Hanno Hanns Hannu Hanny Hanora Hansa Hansgeorg Hansjoachim
Hansjörg Hansjürg Hansjürgen Hanspeter Hansruedi Hanss Hansueli Hansultan Hansína Haralamb Haralambie Harald Haraldur
Harambee Harbinaz Hardana Hardi Hardik Hari Harijs Harimurti Harinakshi Harini Harish Harita Hariz Harja Harjasa
Harjaya Harl Harlen Harlene Harlie Harlon Harnail Harol Haroldo Haron Harpa Harri Harrie Harro Harrý Harsana Harsanto
Harsaya Harshil Hartaka Hartana Hartmut Hartmuth Harto Hartvig Haruko Harun Haruna Harve Harvie Harvy Hasbek Hasel
Hasgül Hashiki Hasim Hasna Hasret Hasso Hasta Hatem Hatice Hatima Hatin Hauksteinn Haukur Haukvaldur Hauwa Hauður Hava
Havali Havse Hawa Hawehindi Hayali Hayat Haydée Hayel Haylee Hayleigh Haylie Hayret Hayrünnisa Hazeem Hazelle Hazine
Hazle Hazrat Heba Heber Hedda Hedi Hedvig Hedviga Hedvika Hedí Hege Heidelinde Heidelore Heidemarie Heiderose Heidrun
Heikir Heikki Heiko Heilmóður Heimir Heimo Heinfried Heini Heino Heinrekur Heisi Heitor Heiða Heiðar Heiðarr Heiðberg
Heiðbert Heiðbjörg Heiðbjörk Heiðbjört Heiðbrá Heiðdís Heiðlaug Heiðlindur Heiðlóa Heiðmann Heiðmar Heiðmundur Heiðný
Heiðrekur Heiðrós Heiðrún Heiður Heiðveig Hekima Hekime Hekla Hekmet Hektor Helan Heleen Helfried Helge Helgi Heli
Helinä Heliodoro Hella Hellena Hellevi Hellmut Hellmuth Helma Helmar Helmi Helmtrud Helmut Helmút Heloisa Heloise
Heloísa Helvi Helyn Helén Heléne Helēna Hema Hemal Hemang Hemangini Hemani Hemi Hemmert Hendra Hendri Hendrik
Hendrikka Henery Henife Henk Henner Henni Hennie Henny Henný Henretta Henri Henric Henricus Henrieta Henrik Henrika
Henrike Henrikki Henriks Henrique Henryk Henríetta Henrý Hera Heracleea Heraclio Heraldo Herberto Herbjörg Herbjörn
Herbjört Herborg Herdis Herdís Herfinnur Herfríður Hergeir Hergerður Hergill Hergils Heribert Herjólfur Herlaug
Herlaugur Herleifur Herlinde Herluf Hermanis Hermanni Hermenegildo Herminda Herminio Hermon Hermundur Hermína Hermóður
Hernan Hernando Herney Hernán Hershell Hersilía Hersir Hersteinn Hersveinn Heru Hervar Hervarður Hervin Hervé Hervör
Herwig Heryanto Herþrúður Hesbon Hessie Hesti Hetty Heva Heyvetullah Hezekiah Hezniye Hezron Hezzie Hicham Hicran
Hidaya Hidde Hideo Hidir Hilah Hilal Hilaríus Hilayda Hildah Hildar Hildburg Hildegart Hildegund Hildegunde
Hildibergur Hildibjörg Hildibrandur Hildigeir Hildigerður Hildiglúmur Hildigunnur Hildimar Hildimundur Hilding
Hildingur Hildir Hildiríður Hildisif Hildiþór Hildur Hilkka Hillevi Hilmar Hilmer Hilmir Hiltraud Hiltrud Himawan
Himinbjörg Himri Hindal Hinet Hinewai Hinrich Hinrik Hinrika Hinrikka Hipólito Hiral Hiroshi Hitesh Hiçsönmez Hjallkár
Hjalmar Hjalmer Hjalta Hjalte Hjaltey Hjalti Hjarnar Hjálmar Hjálmdís Hjálmey Hjálmfríður Hjálmgeir Hjálmgerður
Hjálmrós Hjálmrún Hjálmtýr Hjálmur Hjálmveig Hjálmþór Hjördis Hjördís Hjörfríður Hjörleif Hjörleifur Hjörný
Hjörtfríður Hjörtur Hjörtþór Hjörvar Hlaðgerður Hleiðar Hlini Hljómur Hlynur Hlédís Hlégestur Hlér Hlíf Hlífar Hlín
Hlíðar Hlíðberg Hlökk Hlöðmundur Hlöður Hlöðvarður Hlöðver Hnefill Hnikar Hnikarr Hoani Hocine Hodari Holgeir Holger
Holti Homero Honora Honoré Horatio Horațiu Horea Horia Hortenzia Horymír Hosie Hosteen Houcine Houda Hoàng Hoşkadem
Hrafn Hrafna Hrafnar Hrafnbergur Hrafnborg Hrafndís Hrafney Hrafngerður Hrafnheiður Hrafnhildur Hrafnkatla Hrafnkell
Hrafnlaug Hrafntinna Hrafntýr Hrannar Hrappur Hraunar Hraundís Hredhaan Hrefna Hreggviður Hreimur Hreindís Hreinn
Hreiðar Hreiðmar Hringur Hritik Hrollaugur Hrolleifur Hrund Hrvoje Hrærekur Hrímnir Hróaldur Hróar Hróbjartur Hrói
Hrólfdís Hrólfur Hrómundur Hróðgeir Hróðmar Hróðný Hróðvar Hróðólfur Hrönn Hrútur Huban Hubertine Hubertus Hudavent
Hugberg Hugbjörg Hugbjört Hugborg Hugdís Hughie Hugi Huginn Hugleikur Hugljúf Hugrún Hugues Huguette Hugó Huia Huld
Huldah Huldar Huldrún Huldís Humaira Humaiya Humayra Humoyun Hunalp Hunor Hurbert Hurican Hurşide Hussein Huxley Huy
Huzaifa Huzuri Hvannar Hvönn Hyltir Hylur Hynek Hyrum Hákon Hákonía Háleygur Hálfdan Hálfdán Hámundur Hárekur
Hárlaugur Hásteinn Hávar Hávarr Hávarður Håkan Håkon Håvard Hængur Hænir Héctor Héloïse Hélène Héðinn Híram Hólm
Hólmar Hólmbert Hólmbjörg Hólmdís Hólmfastur Hólmfríður Hólmgeir Hólmgrímur Hólmkell Hólmsteinn Hólmþór Hóseas Hödd
Högna Högni Hörn Hörður Höskuldur Höður Húbert Húgó Húmi Húnbjörg Húnbogi Húndís Húngerður Húni Húnn Húnröður Hüda
Hükümdar Hülya Hümeyra Hürdoğan Hürmet Hüryaşar Hürüyet Hüseyin Hüseyn Hüseynqulu Hüsmen Hüsnühâl Hıfzullah Hưng Hương
Iacob Iain Iancu Ianis Iara Iasmina Ibaad Iben Ibeth Ibidapo Ibironke Ibn Ibolya Ibraaheem Ibraheem Ibrani Ibrohim
Ibun Ibán Ica Icey Icha Icie Idabelle Idamae Idda Idika Idrees Idris Idriz Idun Idık Ieremia Iesa Ieshia Ieva Ifa
Ifeanyi Ifechukwu Ifeoma Ifora Iftikhaar Iftikhar Ifunanya Ige Ignace Ignacy Ignas Ignatius Ignatz Ignaz Ignazio Ignác
Ignė Igor Igors Ihab Ihaia Ihsaan Ihsan Ihtesham Ihtiram Ihtishaam Ihtsham Iida Iiris Iisakki Ijaya Ijli Ika Ikbal
Ikenna Ikeoluwa Iker Ikhlaas Ikhsan Ikin Ikraam Ikram Ikramah Ikrimah Ikshita Ilah Ilan Ilari Ilaria Ilarie Ilarion
Ildefonso Ildiko Ildikó Ildız Ilenia Ilga Ilgı Ilhan Ilias Ilie Ilija Ilinca Ilir Ilja Ilka Ilkka Illugi Illya Ilma
Ilmari Ilmur Ilmārs Ilo Ilonka Ilsa Ilyas Ilyes Ilze Imane Imani Imanol Imants Imany Imara Imaran Imene Imer Imke
Immanuel Immanúel Immo Immý Imo Imogen Imona Imran Imre Imrich Imron Inaya Inda Indah Indali Indi Indiana Indie Indra
Indrajit Indrek Indriði Indriķis Indrė Indy Indía Indíana Indíra Ine Inese Ineta Ing Ingalill Ingberg Ingbert Ingdís
Ingeburg Ingegerd Ingegärd Ingela Ingelise Ingelore Ingemar Ingetraud Ingetraut Ingey Ingheiður Inghildur Ingi
Ingiberg Ingibergur Ingibert Ingibjartur Ingibjörg Ingibjörn Ingibjört Ingiborg Ingifinna Ingifríður Ingigerður
Ingilaug Ingileif Ingileifur Ingilín Ingimagn Ingimar Ingimaría Ingimunda Ingimundur Ingiríður Ingirós Ingisól
Ingivaldur Ingiveig Ingiþór Ingjaldur Ingmar Ingo Ingolf Ingrida Ingried Ingrún Ingrīda Inguna Ingunn Ingvaldur Ingvar
Ingveldur Ingvi Ingólfur Ingþór Inioluwa Inka Inken Inkeri Inmaculada Inna Inocencio Inocențiu Insa Inta Intan Inès
Inés Inês Ināra Ioan Ioana Ioanina Ioannis Iolanda Ionel Ionela Ionelia Ionică Ionuț Iosefina Iosif Ippazio Iretioluwa
Irfan Iriana Iridenta Iridian Irine Irinel Irja Irl Irmantas Irmela Irmeli Irmengard Irmhild Irmi Irmingard Irmtraud
Irmtraut Irmtrud Irmý Irnanto Irpa Irsad Irungu Irva Irven Irwan Irya Iryna Irène Irén Iréne Irēna Irıs Isaack Isaak
Isabela Isabelly Isac Isack Isadore Isai Isak Isaline Isam Isamar Isaque Isaya Isaías Ise Iseoluwa Isfandiyor Isha
Ishaan Ishani Ishanvi Ishita Ishola Ishwar Isidor Isidora Isidore Isidoro Isla Islom Ismaël Ismet Ismo Ismoil Ismık
Isolde Isolina Issack Issi Istvan István Ita Itanya Ituri Itzel Itziar Iulia Iulian Iuliana Iuliu Iurie Iustin Iustina
Iustinian Ivah Ivanka Ivanna Ivano Ivar Ivars Iver Iveta Ivica Ivka Ivo Ivona Ivone Ivor Iván Iwan Iwo Iwona Iyabode
Iyadunni Iyana Iyanna Iymona Iza Izaaz Izabela Izabella Izabelle Izabelė Izaiah Izayah Ize Izidor Izora Iztok Iða
Iðunn Iñaki Iľja Işin Işıkay Işıman Işın Jaabir Jaafar Jaak Jaakko Jaan Jaana Jaanus Jabal Jabari Jabbaar Jabbar Jabez
Jabir Jabr Jabulani Jace Jacek Jacey Jacintha Jackline Jacky Jacobine Jacopo Jad Jaden Jader Jadiel Jadon Jadranka
Jadyn Jaeda Jaeden Jael Jaelyn Jaelynn Jaeman Jafar Jafet Jaffer Jaga Jagapati Jagaraga Jagat Jagdish Jagrati Jagvi
Jahangir Jahanzeb Jahdami Jahdari Jaheem Jaheim Jahi Jahiem Jahir Jahiz Jahm Jahongir Jai Jaida Jaiden Jaider Jaidyn
Jailene Jailyn Jaiman Jair Jairaj Jairo Jairus Jais Jajuan Jaka Jakayla Jaki Jakob Jakobe Jakobs Jakobína Jakop Jakov
Jakub Jalaal Jalal Jaleel Jalees Jalen Jalia Jalil Jalissa Jaliyah Jalmari Jalol Jalon Jalsa Jalyn Jalynn Jamalia
Jamarcus Jamari Jamarion Jameel Jamil Jamin Jamir Jamiya Jamshid Jamya Janaki Janani Janeta Janez Jangwa Janiah Janic
Janick Janin Janiya Janiyah Janja Jankat Janko Janne Janneth Janni Jannik Jannika Jannis Jano Janos Janosch Januja
Janusz Janya Japhet Japheth Jaquan Jaquelin Jarad Jaren Jaret Jarett Jari Jarkko Jarl Jarlath Jarleth Jarmila Jarmo
Jarne Jarno Jarolím Jaromír Jaromíra Jaron Jaroslav Jaroslava Jaroslaw Jarrad Jarret Jaruthip Jaruwan Jarwa Jarwadi
Jarwi Jarún Jarþrúður Jase Jasen Jasiah Jasin Jasiri Jaslene Jaslyn Jasmani Jasmijn Jasmina Jasminka Jasmit Jasmyn
Jasmyne Jasmín Jasna Jasur Jaswadi Jati Jatin Jatmiko Javan Javen Javi Javiera Javion Javohir Javon Javonte Jax Jaxen
Jaxon Jaxson Jaxton Jaya Jayadi Jayce Jaycee Jaycie Jaycob Jayda Jaydan Jayde Jayden Jaydin Jaydon Jayeng Jayla Jaylah
Jaylan Jaylee Jayleen Jaylen Jaylene Jaylin Jaylinn Jaylon Jaylyn Jaylynn Jaymes Jayvion Jayvon Jazlene Jazlyn Jazlynn
Jazmyn Jazmyne Jazmín Jaël Jeannot Jeanny Jeb Jebet Jecinta Jedediah Jedidah Jedidiah Jeet Jeevika Jef Jeferson Jefri
Jeison Jeisson Jekaterina Jelagat Jelani Jele Jelena Jelita Jelka Jelle Jelte Jemal Jemima Jemimah Jemma Jemutai
Jenaro Jenel Jenetta Jenilee Jenipher Jenný Jens Jensína Jente Jenő Jep Jepchirchir Jepchumba Jepkemoi Jepkoech
Jepkorir Jepkosgei Jeppe Jeptha Jeptoo Jerad Jeramiah Jeramie Jered Jerel Jereme Jeremey Jeremi Jeremias Jeremie
Jeremías Jerguš Jerilynn Jerimiah Jerimy Jerker Jermain Jerman Jermey Jermiah Jernej Jerneja Jerod Jeroen Jeronimo
Jerono Jerop Jerotich Jerrad Jerrel Jerrilyn Jerson Jerusha Jeruto Jeryl Jerzy Jerónimo Jerôme Jes Jesca Jesper Jessy
Jessye Jessý Jesús Jethro Jetmir Jeton Jevgeni Jevon Jezups Jhalak Jhan Jhoan Jhoana Jhon Jhonatan Jhonny Jhony Jil
Jimena Jinawi Jindra Jindřich Jindřiška Jinjuta Jinnie Jinthe Jip Jiri Jitka Jitrin Jiřina Jiří Joacim Joakim Joannes
Joao Joaquim Joaquín Joash Jobst Jocelyne Jocelynn Jochem Jochen Jochum Joell Joep Joerg Joeri Joeseph Joffrey Johan
Johann Johannah Johans Johathan Johney Johnpaul Johny Joko Jokūbas Jolana Jolanta Jolanthe Jolette Jolien Jolijn
Jolina Jolán Jonatan Jonny Jono Jonás Jonáš Joojo Joona Joonas Joonatan Joost Joppe Joram Joran Jordana Jordi Jordin
Jordy Jordyn Jordán Joren Joretta Joris Jorja Jorma Jorn Jort Jorunn Jory Jorūnė Jos Josefiina Josefin Josefita
Joselin Joseline Joseluis Josep Josepha Josephat Josephus Joshuah Josiane Josianne Josiephine Josip Josipa Joso
Josphat Josse Jossie Josua Josué Josy José Josée Joséphine Jouko Jouni Jovana Jovani Jovanni Jovanny Jovany Jovina
Joyline Jozef Jozefína Jozo João Joé Joël Joëlle Joško Jožef Jožefa Jožica Jua Juanito Judit Judita Judyth Juelz
Juergen Juha Juhana Juhani Juho Jukka Julieth Julija Julijana Julious Julisa Julita Juliusz Julián Juluis Juma Jumaane
Jumadi Jumari Juna Juni Junia Junius Juozas Juraj Jure Jurgen Jurgita Juri Jurij Juris Jurre Jussi Justas Justen
Justinas Justiniani Justo Juston Justyn Justyna Justína Jusuf Juul Juulia Juuso Juvenal Juwan Juwon Jyoti Jyrki Jytte
Ján János Járnbrá Járngerður Járngrímur Játgeir Játmundur Játvarður Jázmin Jérémie Jérémy Jérôme Jéssica Jóa Jóakim
Jóann Jóanna Jódís Jóel Jófríður Jóhann Jóhanna Jóhannes Jói Jólín Jómar Jómundur Jón Jóna Jónanna Jónar Jónas
Jónasína Jónatan Jónbjörg Jónbjörn Jónbjört Jóndís Jóndór Jóndóra Jóney Jónfríður Jóngeir Jóngerð Jónheiður Jónhildur
Jóninna Jónmundur Jónný Jónsteinn Jónída Jónína Jóný Jónþór Jóra Jórlaug Jórunn Jóríður Jósafat Jósavin Jósebína Jósef
Jósefín Jósefína Jósep Jósteinn Jósúa Jóvin Józef József Jökla Jökull Jökulrós Jörfi Jörg Jörgen Jörgína Jörmundur
Jörn Jörri Jörundur Jörvar Jörvi Jørgen Júdea Júdit Júlia Július Júlí Júlía Júlían Júlíana Júlíanna Júlíetta Júlírós
Júlíus Júní Júnía Júníana Júníus Júrek Jürg Jürgen Jüri Jānis Jāzeps Jēkabs Jēkaubs Jędrzej Jūla Jūle Jūlija Jūlijs
Kaamil Kaan Kaaren Kaarina Kaarlo Kaashif Kaat Kaazim Kabeer Kabir Kabiru Kachela Kacper Kacung Kada Kade Kadeem Kaden
Kadence Kader Kadijah Kadin Kadir Kadri Kadyn Kadınana Kaeden Kael Kaela Kaelyn Kaelynn Kafeel Kahina Kahir Kahlil
Kahu Kahurangi Kaia Kaiden Kaija Kailee Kailey Kailyn Kaique Kairav Kaisa Kaitlynn Kaiya Kaj Kaja Kajen Kajetan Kajji
Kajsa Kajus Kakali Kaktus Kalbi Kaldi Kaleb Kaleem Kaleema Kaleena Kalel Kalen Kalene Kalervo Kalevi Kalgay Kalie
Kalim Kalina Kaliyah Kalla Kalle Kalmann Kalmar Kalpit Kaltrina Kaluwa Kalvin Kamal Kamar Kamari Kamaria Kamau Kambali
Kamden Kameron Kamidin Kamiel Kamil Kamila Kamilla Kamilly Kamma Kamolchanok Kamora Kamran Kamren Kamron Kamryn Kamya
Kamí Kanak Kanda Kandef Kani Kanini Kanpulat Kanye Kaombwe Kapagan Kapitola Kaprasíus Kapítóla Karaamat Karabaş Karaca
Karaer Karakucak Karama Karanbay Karani Karanja Karataş Karcan Kardelen Kardi Karel Karimah Kariman Karimi Karis
Karitas Kariuki Karja Karkur Karlee Karles Karley Karlfried Karlheinz Karli Karlie Karlijn Karlinna Karlo Karlotta
Karlukhan Karlína Karlīna Karman Karna Karola Karolien Karoliina Karolin Karolina Karolis Karolína Karsa Karsana
Karson Karsyn Karta Karter Kartika Karvel Karya Karyme Karí Karín Karína Karítas Karó Karólín Karólína Kasam Kasen
Kashan Kashangaki Kashif Kashish Kashvi Kasim Kasimir Kasiran Kasiyah Kaskazi Kason Kaspars Kassidy Kassim Kastriot
Kastíel Kasusra Kata Katalin Katalina Katana Katariina Katarina Katarzyna Katarína Katarínus Katarīna Katcha Katelijne
Katerina Katerína Kateřina Katherinne Kathinka Katica Katinka Katja Katla Katleen Katlin Katlynn Katri Katrien
Katriina Katrijn Katrin Katrine Katriona Katrín Katrína Katrīna Katty Kató Katý Kauko Kauri Kauthar Kaver Kavon Kavurt
Kavya Kawaca Kawaya Kawkab Kawthar Kayagün Kayden Kaydence Kaygusuz Kaylah Kaylan Kaylen Kayley Kayli Kaylie Kaylin
Kaylyn Kaylynn Kayrabay Kaysan Kayson Kayun Kayıt Kazi Kazim Kazimierz Kazimír Kazuo Kazım Kaðlín Kaşif Keagan Kealan
Keandre Keanna Keano Keanu Keara Keelan Keenen Keeva Kefser Kegan Keijo Keion Keji Kelan Kelby Kelcie Keld Kelechi
Kelis Kellan Kellen Kellý Kelsea Kelâmi Kem Kemal Kemba Kemboi Kemuma Kemunto Kenan Kenari Kendell Kenedy Kenes Kenji
Kenley Kenn Kennedi Kennet Kennth Kenter Kenth Kenyangi Kenza Kenzie Kenzo Keon Keran Kerim Kerime Kerman Kerttu
Kerubo Keshaun Keshawn Kete Ketilbjörg Ketilbjörn Ketilfríður Ketill Ketilríður Kevan Kevon Keya Keyaan Keyla Keyon
Keyshawn Kezban Kezia Keziah Khaalid Khaan Khadidja Khadija Khaled Khalid Khamani Khamisi Khanyisile Khari Khiry Khloe
Khoa Kiaan Kiah Kian Kiandra Kianna Kiano Kiapo Kiaran Kiarie Kiarra Kibafupia Kibar Kibet Kibibi Kiburi Kiddý Kieran
Kieron Kierra Kifaye Kijana Kijani Kike Kikelomo Kiki Kiljan Kilonzo Kilían Kimani Kimanzi Kimathi Kimbilio Kimeu
Kimmo Kimora Kimutai Kimya Kinaya Kinga Kinte Kinubi Kinuthia Kinyanjui Kinyua Kiojah Kioko Kipchirchir Kipchumba
Kipenzi Kipepeo Kipkemboi Kipkemoi Kipkirui Kipkoech Kipkorir Kipkosgei Kipkurui Kiplagat Kiplangat Kiplimo Kipngeno
Kipngetich Kipras Kiprono Kiprop Kiprotich Kipruto Kipsang Kiptoo Kipyegon Kiramettin Kiri Kirsi Kirsti Kirstine
Kirsty Kirstín Kirt Kirui Kisima Kitan Kitti Kittý Kiume Kiwara Kiya Kiyasi Kiyoshi Kjalar Kjallakur Kjalvör Kjaran
Kjartan Kjarval Kjeld Kjell Kjersti Kjetil Kjárr Kjói Klaas Klas Klaudia Klaudie Klavdija Klavs Klea Klemen Klemens
Klement Klementína Klemenz Kleópatra Kliment Kloe Klothilde Kládía Klára Kläre Klængur Knud Knut Knute Knörr Knútur
Kobe Koby Kocabaş Koda Kodchaporn Kody Koech Koen Koenraad Kofi Koggi Koha Kojo Koko Kolawole Kolbeinn Kolbjörg
Kolbjörn Kolbrá Kolbrún Kolby Koldan Koldís Kole Kolfinna Kolfinnur Kolfreyja Kolgríma Kolgrímur Kolka Kolmar Koloman
Kolskeggur Kolten Kolton Kolur Kolviður Koncagül Konguralp Konkordía Konner Konnor Konný Konradi Konradus Konráð
Konstantin Konstantinos Konstanty Konstantínus Konstanze Konštantín Kopan Kora Koray Korbin Korbinian Kordell Kordula
Korede Korinna Korir Korka Korkmazalp Kormlöð Kormákur Kornel Kornelia Kornelija Kornelius Kornelía Kornelíus Kornél
Kornélia Korugan Kosgei Kosisochukwu Kotryna Kotuz Kovu Koçak Koçkan Koðrán Koşukhan Kraki Kreszentia Kreszenz
Kriemhild Krish Krisha Kristall Kristaps Kristberg Kristbergur Kristbjörg Kristbjörn Kristborg Kristdór Kristens
Kristensa Krister Kristers Kristey Kristfinnur Kristfríður Kristgeir Kristgerður Kristiaan Kristiane Kristien
Kristiina Kristijan Kristinn Kristián Kristiāna Kristjan Kristjana Kristján Kristjón Kristjóna Kristlaug Kristlaugur
Kristleifur Kristlind Kristlín Kristmann Kristmar Kristmundur Kristný Kristof Kristoffer Kristrós Kristrún Krists
Kristupas Kristvaldur Kristvarður Kristveig Kristvin Kristvina Kristíana Kristíanna Kristín Kristína Kristóf Kristófer
Kristólína Kristýna Kristþór Kristþóra Krisztina Krisztián Krisztofer Kritika Krišjānis Krišs Krištof Krummi Krystian
Kryštof Krzysztof Kría Ksawery Ksenija Kuchanua Kuddusi Kujoe Kujtim Kullervo Kulnun Kumral Kumush Kunaporn Kuncara
Kunibert Kunigunda Kunigunde Kuno Kunta Kunthara Kuria Kurnia Kurunzi Kushtrim Kusiima Kustaa Kusuma Kutay Kutgün
Kutun Kveldúlfur Kvetoslav Kvetoslava Květa Květoslava Kwabena Kwadwo Kwaku Kwamboka Kwame Kwamena Kwasi Kweku Kweli
Kwesi Kya Kyalo Kyan Kyano Kyara Kylah Kylan Kyleigh Kylene Kylian Kyllian Kyllikki Kymani Kyree Kyrie Kyson Kálmán
Kár Kára Kári Károly Kâmil Kâzime Käte Käthe Käthi Kåre Kæja Kévim Kévin Kókó Kópur Köker Köktaş Könül Kösemen Kübran
Künkyi Kürşad Kārlis Kęstutis Kılıçbay Kınel Kırat Kırgız Kısmet Kıvılcım Kızıl Kızıltunç Laban Labeeb Labib Labinot
Labuh Lachlan Lada Ladarius Ladina Ladislau Ladislaus Ladislav Ladislava Ladli Laeeq Laetitia Lafe Lahiah Laia Laika
Lailah Lailati Laimonis Lainey Laini Laiq Laisha Laith Lajita Lajlaj Lajos Laken Laksana Laksh Lakshit Lakshmi Lalita
Lalla Lalo Laly Lamarcus Lamberto Lameck Lamine Lamonte Lanang Landan Landen Landyn Langalibalele Langat Langgeng
Lanjar Lantar Laoise Laora Laqeet Laquan Laras Laron Lars Lascăr Lasmanto Lasmono Lasse Lassi Laswi Laszlo Lateef
Latif Latifah Latika Latrell Laufar Laufey Laufheiður Laufhildur Lauga Laugey Laugheiður Laugi Laurance Laurens
Laurenz Laurenția Laurențiu Laurian Lauriane Laurin Laurina Lauris Laurita Laurits Lauritz Laurynas Laus Laust Lautaro
Lavanya Lavar Lavínia Lavīze Lawrance Lawrencia Laylah Laylo Layth Laziz Lazăr Lazım Laçın Laëtitia Laíla Laís Leala
Leander Leano Leart Ledion Ledün Leela Leen Leeroy Leevi Lega Legawa Leider Leidy Leifur Leiknir Leikný Leire Leitha
Leiðólfur Lejla Leke Lekha Lelar Lella Lem Lembah Lemmie Lempi Lenah Lene Leni Lenin Lenka Lenn Lennard Lennart
Lennarth Lennert Lenon Lenord Lenwood Leocadia Leocadio Leokadia Leonce Leoncio Leonhard Leoni Leonid Leonidas Leons
Leontin Leontina Leontīne Leonóra Leopolda Leopoldina Leopoldine Leordean Leoš Lere Lerze Lesana Lesly Lesta Leszek
Lethia Leticija Letizia Letiția Letta Letícia Leva Levar Levente Levern Levie Levina Levon Levoslav Leví Lex Lexi
Lexis Lexus Leydi Leyla Leyli Leyre Lezize Leïla Leó León Leóna Leónidas Leónóra Leópold Lhanzey Liam Lian Lias Liban
Libardo Liberto Libia Libni Libor Libuša Libuše Liceth Licia Lică Liddie Lidie Lidija Lidwina Lidya Lieke Liene Liepa
Liesa Liesbet Liesbeth Lieschen Liesel Lieselot Lieve Lieven Lieze Lige Ligita Liisa Lilah Lilburn Liliane Lilianna
Lilie Lilija Lilijana Lilita Lilja Liljana Liljar Liljurós Liljá Lill Lillemor Lillianna Lillý Lilo Lilou Lilyan
Lilyana Lilyanna Lilý Liman Limar Limazah Linah Linas Lindah Lindar Lindbergh Linddís Lindita Linet Lingný Linna
Linnéa Lintang Linus Lio Lioara Lioba Lipika Liridon Liridona Lirim Lirjan Lisandro Lisanne Lisbet Liselott Liselotte
Liseth Lissi Lissie Lissy Listalín Litha Littie Litzy Liv Liva Livio Liviu Liwia Liya Liyaaqat Liyaqat Lize Lizete
Lizz Lizzy Ljiljana Ljubica Ljubisa Ljubov Ljudmila Ljósbjörg Ljósbrá Ljósálfur Ljótunn Ljótur Ljúfur Lockie Loda
Lodewijk Lodovico Loek Loes Lofn Loftur Loftveig Logey Logi Lohit Loice Lokbrá Loke Loki Lolla Lollie Londisizwe
Londiwe Londyn Lonie Lonzo Lopa Loran Lorayne Lorcan Loredana Lorelai Loreto Loretto Lorik Lorin Lorne Lorrayne Lossie
Lota Lotfi Lothar Lotta Lotte Lotti Louana Louane Louanna Loui Louisiana Louka Loula Louna Lourenço Lousie Lova Lovey
Lovina Lovis Lovisa Lovre Lovro Lovísa Lowie Loïc Loïs Loðmundur Luan Luara Luay Luberta Lubomír Luboš Lucca Lucențiu
Lucetta Lucette Luchino Lucho Lucian Lucija Lucindy Lucious Lucrezia Lucreția Lucrețiu Lucía Luda Ludger Ludivine
Ludmila Ludmilla Ludo Ludolf Ludovic Ludovica Ludovico Ludovicus Ludvig Ludvik Ludvík Ludwina Luděk Luej Luena Lugenia
Luhung Luigia Luigina Luisana Luisina Luitgard Luiza Lujza Luka Lukasz Lukita Lukka Lukman Lukáš Lulah Lular Lulie
Luljeta Lulla Luluh Lulut Lulzim Luminița Lumír Lundi Lungile Lunna Luqmaan Luqman Lurana Lurena Lurhur Lut Lutf
Lutfan Lutfi Lutgarde Lutgardis Lutgart Luthfi Lutie Luuk Luverne Luvinia Luwar Luwes Luyanda Luzia Luzie Luzius
Luzmira Luís Luísa Lwandile Lya Lyam Lydell Lydiah Lydiane Lydianne Lydie Lydía Lykke Lylah Lyna Lyngar Lyngheiður
Lynley Lysiane Lár Lára Lárensína Lárent Lárentíus Láretta Lárey Lárus László Lázaro Lâle Lâm Læla Lærke Léa Léana
Léandre Léane Léna Léo Léon Léonard Léonce Léone Léonie Léontine Léopold Lér Lía Líba Líf Lífdís Lín Lína Línberg
Línbjörg Líndís Líneik Líney Línhildur Líni Lísa Lísabet Lísandra Lísbet Lísebet Lív Lívia Lóa Lóreley Lórens Lórenz
Lúcia Lúcía Lúkas Lúna Lúsinda Lúsía Lúter Lúther Lúvísa Lúísa Lúðvíg Lúðvík Lúðvíka Lüfen Lütfi Lýdia Lýdie Lýdía
Lýtingur Lýður Lăcrămioara Lėja Lība Līga Līna Līza Lūcija Maahir Maaike Maajid Maalik Maanas Maanav Maaria Maarit
Maarten Maartje Maawiya Maaz Maazin Mabad Mabell MacKenzie Macarena Macaria Macario Macauley Macel Maceo Macharia Maci
Macide Maciej Macs Madaha Madalena Madalynn Madani Madara Maddalena Maddison Maddý Madelief Madelynn Madhav Madhavi
Madilyn Madilynn Madina Madini Madisen Madisyn Madiyan Madleina Madlen Madoa Madora Madyan Madyson Maebell Maebelle
Mael Maeva Maeve Maftuna Magalie Magarete Magdaline Magdaléna Magdolna Magga Maggey Maggy Maggý Magna Magndís Magne
Magnea Magnes Magney Magnfríður Magngeir Magnheiður Magnhildur Magni Magnús Magnúsína Magný Magnþór Magnþóra Magret
Magrit Magðalena Mahad Mahala Mahali Mahalie Mahaz Mahbeer Mahboob Mahbub Mahdee Mahdi Mahdy Maheen Mahesa Mahfooz
Mahfud Mahfuj Mahfuz Mahi Mahigül Mahika Mahir Mahja Mahlon Mahmud Mahmut Mahnaz Mahsun Mahter Mahulena Maicol Maie
Maighread Maija Maik Maike Maiken Maikol Maila Maimuna Maimunah Maina Maingi Mairead Mairin Mairtin Maisa Maisy Maite
Maitê Maivi Maiya Maj Maja Majani Majd Majdi Majdy Majeed Majella Majken Majvor Makai Makaila Makala Makan Makara
Makarena Makau Makayla Makeen Makena Makenna Makenzie Makhi Makini Makokha Makori Maks Maksim Maksimiljan Maksur
Maksymilian Maksüde Makunga Makuta Makuu Mal Mala Malachi Malachy Malak Malakai Malaki Malaya Malea Maleah Malen
Malene Malgorzata Maliah Malio Malissie Maliyah Maliza Malla Malle Mallorie Malou Malte Malthe Malu Malva Malvin
Malvína Malwina Malía Malín Mamadou Maman Mame Mamen Mamun Manaaki Manaf Manah Manaia Manan Manawa Manbir Manca Mandla
Mandlakhe Manel Manerva Manervia Manford Manfred Manfreð Manila Manilla Manja Mannie Manola Manole Manolo Manon
Mansurali Mantas Manthan Mantė Manu Manuelita Manuella Manuelle Manuél Manya Manúel Manúela Maqsud Maraea Maralyn
Maras Marbjörn Marchello Marcheta Marcin Marcio Marcu Mardís Maree Mareen Mareike Mareikura Mareile Mareks Marel
Marela Mareli Marella Marely Marese Marey Marfríður Marga Margana Margaretha Margarethe Margarida Margaritha Margaréta
Margaud Margaux Margeir Margita Margitta Margoth Margreth Margrethe Margretta Margrieta Margrit Margrith Margrjet
Margrét Margrímur Margueritte Margunnur Margus Marguy Marheiður Mariadi Mariane Mariangela Marianita Maricel Maricica
Mariechen Marieke Mariele Marieluise Marija Marijan Marijana Marijke Marijn Marijón Marika Marikó Marilena Marilla
Mariluz Marinela Marinella Marinette Marinka Marinus Marinó Marioara Mariola Marise Marisel Maristela Marit Maritta
Marius Mariusz Mariyah Marián Marja Marjaana Marjan Marjana Marjanca Marjani Marjatta Marjeta Marjo Marjona Marjukka
Marjut Marjón Markas Markell Markku Markrún Markéta Markó Markús Markþór Marland Marlaug Marlee Marleigh Marleny
Marlie Marlies Marliese Marlis Marlise Marly Marlyse Marlène Marlén Marlín Marlís Marnita Marnix Marolyn Maron Maroof
Maroš Marri Marrion Marsa Marsellíus Marselía Marselína Marsibil Marsilía Marsito Marsudi Marsý Martaka Martana
Martani Marteinn Martez Marthe Marthen Martijn Martika Martim Martirio Martta Martti Martyn Martynas Martí Martín
Martína Maruša Marwa Marwata Maryadi Maryanto Maryline Marylène Maryse Maryvonne Marzena Marí María Maríam Marían
Maríana Maríanna Marías Marín Marína Marínella Marínó Maríon Marís Marísa Marísól Marít Maríuerla Maríus Marólína Marý
Masao Masar Masika Masinde Massiel Massimiliano Massimo Massinissa Masume Matea Matei Matej Mateja Mateus Mateusz
Matevž Matheo Matheus Mathijs Mathys Mathéo Mathías Mati Matic Matie Matija Matiu Matjaž Mato Matouš Mattea Matthea
Matthieu Matthijs Matthilda Matthildur Matthäus Matthía Matthías Matti Mattias Mattye Mattéo Mattíana Mattías Mattína
Mattý Matunda Matyáš Matéo Matías Matúš Matěj Matīss Maua Mauno Mauri Mauricette Maurilio Maurits Mauritz Maurizio
Maurus Maurycy Mavie Mavuno Maxence Maxi Maxime Maximiano Maximilian Maximiliano Maximilien Maximilián Maximillian
Maximino Maximus Maxwel Maxx Mayerly Maykol Maymie Maynur Maysa Mayte Mazlum Maël Maëlle Maëlys Maëva Maía Maídís
Maísól Maïté Maşide Maša Maža Mbithi Mboya Mbugua Mburu Mcebisi Mckayla Meabh Mearl Mechthild Mechthilde Mechtild
Mecide Mecit Medard Medora Medėja Meelis Meera Mees Mefarettin Mefharet Megha Meghana Mehdi Mehdiqulu Mehdiye Mehin
Mehman Mehmed Mehmet Mehmetzahir Mehrigül Mehrimoh Meibh Meik Meike Meinhard Meinolf Meinrad Meja Mekhala Mekhi Mekkin
Mekkinó Mekkín Melaha Melanine Melbourne Melek Meleknur Melichar Melihcan Melikkan Melitta Melker Melkorka Melkíor
Melkólmur Mell Melle Melrakki Melrós Melvine Melvyn Melwin Melánia Melûl Memili Memphis Menachem Menfeat Mengi Mengüç
Menişan Mensalder Meral Merba Merche Mercyline Merdi Mereana Merel Meret Merete Merethe Mergim Meriem Merijn Merike
Merim Merita Merja Merkúr Merl Mert Mertel Merton Merva Merve Mervi Mervyn Mery Meryem Meryeme Merzuk Meshack Messíana
Mestur Mesude Mesut Metehan Metha Methúsalem Metin Metinkaya Metka Metod Metrine Metta Mette Mettie Metúsalem Meveddet
Mevlüdiye Mevlüt Mey Meyhanim Meyransa Meyvant Mezide Meşhur Miah Micael Micayla Miceal Michail Michala Michaël Michał
Micheala Michela Michelangelo Micheletto Michelotto Michial Michiel Michèle Mickael Mickaël Micky Mie Mieke Miel
Mieszko Miglė Miguela Miguelangel Miha Mihael Mihaela Mihai Mihail Mihajlo Mihels Mihhail Mihin Mihkel Mihnea Mihrab
Mihriye Mihály Miia Miika Mijo Mik Mikael Mikaelína Mikaere Mikaila Mikal Mikala Mikalah Mikayla Mikayıl Mikeal
Mikhail Mikjáll Mikkael Mikkalína Mikkel Mikko Miklós Mikołaj Mikuláš Mikyas Milada Milana Milas Milay Milcah
Mildinberg Mildríður Milena Milica Milka Milkah Milla Millaray Mille Millý Milorad Milos Miloslav Miloslava Milota
Milou Milovan Miloš Miluše Milán Mima Mimmi Mimoza Mimy Mindaugas Minenhle Minervia Minibe Minney Minný Minodora
Minoru Mintie Mio Mioara Miodrag Mirabela Miran Miray Mirbadin Mircea Mirco Mirdza Mireia Mirela Miriah Miriama Mirja
Mirjam Mirjami Mirjana Mirko Mirlinda Miro Mirona Mironshoh Miroslav Miroslava Miroslaw Miroslawa Mirra Mirriam Mirsad
Mirte Mirthe Mirtie Miruna Miryam Misael Mischa Mishat Mislav Misra Missie Missouri Misuli Mitali Mitchelle Mitesh
Mitică Mitra Mitruț Mitzy Miya Miyesser Mizhir Miķelis Miłosz Mjalldís Mjallhvít Mjaðveig Mjöll Mjöllnir Mjölnir
Mkarkara Mladen Mlungisi Mnqobi Moa Modena Modris Modupe Moesha Mofifoluwa Mogens Mohamad Mohamedi Mohamud Mohand
Mohini Mohinur Mohlaroyim Moisés Mojca Mojisola Mojisoluwa Mojmír Moli Momanyi Monalisa Monicah Monis Monja Monna
Monserrat Mont Montel Montie Montrell Montserrat Moraa Moradeke Morayo Mordechai Moreen Morenike Morgane Morine
Morolake Morten Mosi Mosinmileoluwa Mossie Mosunmola Motunrayo Mouloud Mounir Mourad Moureen Mourib Mourine Moussa
Moyosore Mrihani Mthokozisi Muarra Mubina Mucahit Muchiri Muema Mueni Mufide Mugambi Mugdha Mugendi Muggur Mugo Mugur
Mugurel Muhallil Muhamed Muhamet Muhammadali Muhammadamin Muhammadamir Muhammadayub Muhammadaziz Muhammadrizo
Muhammadsafo Muhammadsodiq Muhammadsolih Muhammadumar Muhammadyasin Muhammadyusuf Muhammadziyo Muhammed Muhammet
Muharrem Muhazzim Muhima Muhip Muhiye Muhsina Muhyettin Muia Muireann Muiruri Muizza Mujde Mujur Mukbile Mukhwana
Muktedir Mulele Muli Mulwa Mulya Mulyanto Mulyono Mumbi Mumo Mumpuni Mumtoz Munda Mundheiður Mundhildur Mundína Munene
Mungai Muni Muninn Munisa Munyao Munyoki Murad Murat Muratcan Murielle Muriithi Murilo Murimi Murithi Muriuki Murl
Murod Mursalina Mursinin Mursita Murti Musa Musafet Musaffa Musau Musee Musembi Musfira Mushtariy Musila Muslim
Muslima Mustafo Mustapha Mustika Mustofa Musyoka Musyoki Mutai Mutasım Muthama Muthengi Muthoka Muthoni Muthui Mutia
Mutie Mutinda Mutiso Mutisya Mutluhan Mutua Mutuku Mutunga Muturi Muvaffak Muvahhide Muxlisa Muxtar Muzaffer Muzayyana
Muzdahir Muzdalifa Muzhir Mwamini Mwanajuma Mwanamisi Mwangangi Mwangi Mwaniki Mwanzia Mwasaa Mwaura Mwende Mwendwa
Mwezi Mwikali Mwiti Mya Myah Mychal Mykel Myla Mylee Mylie Mylène Myranda Myrkvi Myrra Myrtha Myrthe Mzamo Mábil
Málfríður Málhildur Málmfríður Mánadís Máney Máni Már Mára Márcio Mária Mário Márk Márta Márton Márus Mátyás Máté
Máxima Máximo Märta Märtha Måns Mårten Mégane Mélanie Mélina Mélissa Mélodie Mía Mías Mímir Mínerva Mír Míra Míranda
Mítra Míó Módís Móeiður Móey Móheiður Móna Mónica Mónika Móníka Móri Móric Mórits Móses Móði Möhsim Mörk Mörður Múli
Mübariz Mübetcel Mücellib Mücevher Müferrih Müfit Müjde Mükramin Mükrüme Mülayim Mülâyim Mümtaz Mümtaze Münezzer Münif
Müret Mürit Müsemma Müslum Müslüm Müveddet Müzekker Müğber Müşkünaz Müşüre Mýr Mýra Mýrkjartan Mýrún Māra Māris
Mārtiņš Mārīte Mădălin Mădălina Mălina Mărioara Măriuca Naadir Naail Naajy Naasih Naasir Naathim Naazhim Nabeeh Nabeel
Nabhan Nabigh Nabih Nabil Nabila Nacer Nachiket Nacio Nadeem Nades Nadeschda Nadeshda Nadežda Nadhir Nadim Nadin Nadja
Nadr Nadège Nadía Naděžda Nae Naeem Nael Nafasat Nafees Nafesa Nafii Nafile Nafis Nafula Naglis Nahashon Nahiara Nahla
Nahuel Naiara Naib Naide Naim Naima Naimh Naja Najair Najam Najee Najeeb Najib Najuma Najwa Naki Nakif Nakip Naksh
Nakul Nalar Naliaka Nallely Nalân Namiq Namon Nand Nandini Nando Nanie Nanjala Nanna Nanni Nanný Nansý Naoimh Naoise
Naom Naomh Naomy Naomí Napoleone Naradi Narcis Narciso Narfi Narhanim Narimane Narji Narıngül Nas Nasab Naser Nashipie
Nasiba Nasim Nasir Nasiru Nasra Nasrullah Nassim Nastja Nasuf Nat Natalee Natalija Natalio Natalja Nataly Natalía
Natan Natanael Nataniel Nataníel Natasa Natascha Natasja Natasza Nataša Natașa Nate Natella Nath Nathalia Nathaly
Nathanaël Nathari Nathasha Nathen Natiq Nattawun Natália Natálie Natālija Naud Nautica Naveen Nawal Nayara Nayaret
Nayareth Nayeli Nayely Nayfa Nayibe Nayil Naz Nazaret Nazende Nazi Nazim Nazimet Nazir Nazlihan Nazlim Nazlı Nazmi
Nazıdil Naël Naïm Naómí Nağı Ndegwa Nderitu Ndirangu Nduku Ndumiso Ndunge Ndungu Nduta Nea Nealie Neasa Nebih Nebiha
Nebojsa Necati Necdat Nechifor Necilal Necmettin Necva Nedas Nedda Nedjma Neelima Neema Nefaret Nefiye Neftalí Neha
Nehemiah Nehip Neider Neisti Neja Nejc Nejdet Nekesa Nel Nela Nelah Nelcy Nele Nelie Nelima Nelio Nelli Nello Nellý
Nels Nelsy Nelu Nelya Nemanja Nenad Nenna Nenni Neo Neola Neppie Neptúnus Neptün Nerea Neriban Nerijus Nerim Neringa
Nermin Nesfe Nesip Neslinur Neslisah Nesrine Nessa Nete Netra Netta Nevaeh Neval Neveah Nevenka Nevgin Nevio Nevise
Nevsal Nevsale Neyran Nezengül Nezihi Nezize Neşrin Neža Ngaire Ngamia Nganga Ngari Ngeni Ngigi Ngozi Ngugi Nhiên
Nhlanhla Nial Niall Niamh Niara Nibaldo Nicanor Nicat Niccolò Nichakarn Nichifor Nichola Nicholaus Nicholus Nicklaus
Niclas Nico Nicoară Nicodemo Nicodim Nicolae Nicolaie Nicolaj Nicolaus Nicoleta Nicoletta Nicoline Nicolás Nicolò Nicu
Niculina Niculiță Nicușor Nicuță Nidhi Nidra Niek Niels Nienke Nigar Nigesa Nihad Nihai Nihal Nihan Niharika Niilo
Niina Nik Nika Nikanor Nikau Nikhil Nikko Niklas Niklaus Niko Nikodem Nikol Nikola Nikolai Nikolaj Nikolajs Nikolaos
Nikolas Nikolaus Nikolett Nikoletta Nikolina Nikora Niks Nikulás Nikíta Nikólína Nikša Nilam Nilcan Nile Nili Nilima
Nilo Nils Nilufar Nim Nimakoah Nimrat Ninetta Ninioluwa Ninna Ninnie Ninoska Ninthe Nira Niracha Nirgül Nirja Nisa
Nitara Nitesh Nives Niyaga Niyaz Niyazi Niyilolawa Niðbjörg Niğmet Njabulo Njagi Njenga Njeri Njeru Njiru Njogu Njoki
Njoroge Njozi Njue Njuguna Njála Njáll Njóla Njörður Nkazimulo Nkiruka Nnamdi Nneka Noa Noam Nobantu Nobie Nobuhle
Noeleen Noeline Noemie Noemí Nohely Nohora Noirin Nojus Nokulunga Nolberto Noleen Nolia Nolie Nollaig Nomagugu
Nomalanga Noman Nomasonto Nomathalente Nomathemba Nomcebo Nomthandazo Nomusa Nomvula Nonhlanhla Nonie Nonjabulo Nonni
Nonso Noor Noora Noortje Noppakao Norbey Nore Noreta Noretta Norica Norina Norita Normann Normunds Norval Norðmann
Notburga Nothando Noud Nour Nout Novi Novruz Noxolo Nozibusiso Nozima Nozizwe Noé Noémi Noémie Noël Noëlla Noëlle
Noëmi Nqobizitha Nrima Ntimi Nuala Nugraha Nuhu Nula Nunzio Nura Nural Nuran Nuray Nurbanu Nurcan Nurda Nurdeniz
Nuretdin Nurettin Nurey Nurgil Nurhayet Nuri Nuria Nuriat Nuriya Nuriyet Nurkan Nurlan Nurlana Nurmelek Nurmuhammad
Nurseda Nurser Nursim Nurtaç Nurten Nuru Nurul Nurulla Nurullah Nurveren Nury Nurşan Nutcha Nutkrita Nutwadee Nuyan
Nuša Nwabudike Nya Nyaboke Nyaga Nyah Nyakundi Nyamai Nyambura Nyana Nyanchama Nyasi Nyasia Nyawira Nylah Nynke Nyoka
Nyoman Nyongesa Nyoni Nyota Nyree Nyuki Nzioka Nzomo Nádia Nándor Náttmörður Náttsól Náttúlfur Nélida Néstor Níels
Níls Nína Níní Nóa Nóam Nóel Nói Nóni Nóra Nóri Nótt Nóvember Nökkvi Númi Núria Nübar Nüdret Nürice Nýbjörg Nývarð
Oana Oba Obaid ObaniJesu Obe Obed Obianuju Obie Obinna Ochieng Octa Octav Octavian Octaviana Octavie Octaviu Octavius
Océane Odalis Odalys Odda Oddbergur Oddbjörg Oddbjörn Oddfreyja Oddfreyr Oddfríður Oddgeir Oddgerður Oddhildur Oddi
Oddie Oddkell Oddlaug Oddleif Oddleifur Oddmar Oddný Oddrún Oddsteinn Oddur Oddvar Oddveig Oddvör Oddþór Odeline
Odhiambo Odhran Odie Odika Odile Odin Odina Odkanlı Odongo Oduor Odus Oeshi Ofeliya Offie Oganer Ogechi Ogooluwa Oguş
Oisin Oiva Ojas Ojasvi Okanay Okbay Oke Okechukwu Okello Okey Okgüçlü Okoth Okseven Okta Oktavía Oktavíus Okto Októ
Októvía Októvíus Oktüremiş Okumu Okyalaz Oladare Oladimeji Olaf Olajumoke Olakunle Olalla Olan Oland Olanrewaju
Olansile Olar Olasunmbo Olav Olavi Olca Oldağ Oldrich Oldřich Ole Oleg Olegario Olena Oley Olfert Olgeir Olgierd Olie
Olimpian Olimpiu Oline Olivert Olivie Olivija Olivine Oliviu Olivér Oliwer Oliwier Olle Olli Ollý Olof Ololade Oloo
Olov Oluchi Olufunke Olufunmilayo Olumorotimi Oluoch Oluwafemi Oluwagbemiga Oluwakemi Oluwamumibori Oluwamuyiwa
Oluwasanmi Oluwasegun Oluwole Oluş Olwen Olwethu Olívia Omaca Omair Omaira Omaja Omari Omarion Omeir Omie Omina Omisha
Omkaar Omobobola Omobolanle Omodunni Omolabake Omolara Omondi Omosalewa Omotara Omotayo Omotola Omotoun Omowumi Omran
Omya Onat Ondieki Ondrej Ondřej Onesmus Oneta Ongay Oni Onkar Onni Onnie Onofre Onuker Onur Onurcan Onursu Onveer
Onyango Onyinye Oona Oonagh Opan Opha Ophélie Opiyo Opung Opwonya Oqtay Orah Oran Oranlı Orazio Orduxan Orelia Orene
Oreofe Orestas Oreste Orfelina Orfeus Orfhlaith Orgün Orhan Oriana Orie Orilla Orin Orinder Orion Oris Orka Orla
Orlagh Orlaigh Orlaith Orland Orlena Orley Orlin Orlo Orma Ormar Ormheiður Ormhildur Ormur Orna Ornella Orra Orren
Orri Orrie Orrin Orsolya Orson Ortak Ortansa Ortrud Ortrun Ortwin Oruç Orvar Orvel Orvil Orvin Orvokki Orxan Orçin Osa
Osama Osbaldo Osha Osie Osiyo Oskar Oskari Oskars Oskár Osmo Osogo Ossama Ossi Ossian Osunleke Osvald Osvalds Oswin
Otabek Otakar Otay Otfried Othel Othmar Otho Otieno Otkatla Otkell Otmar Oto Otri Otta Ottavio Ottfried Otti Ottie
Ottilia Ottilie Ottis Ottmar Ottokar Ottomar Ottone Ottó Otur Otávio Otília Otýlie Otīlija Ouanes Ouma Oussama Outi
Ove Ovid Ovidio Ovidiu Ovila Oviya Owais Owethu Owino Owuor Oxana Oyenike Oyindasola Oymak Oysha Ozana Ozansü Ozioma
Ozy Ozzie Oğulbaş Oğurata Oğuzman Oļģerts Oľga Paavo Pabla Paca Pachongruk Paco Pacífica Pada Padma Padmi Padraic
Padraig Padraigh Padraigin Pahal Paiman Pairlee Paityn Paker Pakjira Paksu Pallavi Palle Pallie Paloma Pambe Pamfil
Panagachie Panait Panca Pancho Pandu Panfilo Pangeran Pangestu Panini Panji Pankrác Pannawich Panya Paoletta Paolo
Paralee Paramita Paraschiva Pardi Paride Parin Parlee Parmes Parsa Parth Parvez París Pascaline Pascuala Pasi Paskalia
Pasqual Pastora Patchaploy Patcharaporn Patrek Patrekur Patric Patricie Patricija Patrik Patrisía Patrizia Patrizio
Patryk Patrícia Pattamon Pattapon Pattatomporn Pau Paule Paulica Paulien Pauliina Paulius Paulo Paulína Paulīna Pauric
Pavani Pavao Pavel Pavla Pavlína Pavol Pawan Pawel Paweł Paye Payten Paşa Peadar Peader Pearla Pearley Peder Pedró
Peem Peeter Pehlil Pekka Pekkan Pelaji Pelle Pembesin Penina Peninah Pentti Pepijn Pepita Pepito Peren Perinur Peris
Perkasa Perley Perlita Permelia Permun Pernilla Pernille Pershing Pertti Pervaiz Pesent Peta Petar Petr Petrana Petras
Petre Petrea Petrică Petrișor Petrona Petronela Petronella Petros Petru Petruț Petruța Petrína Petrónella Petrós
Petrún Petrúnella Petter Petteri Phanice Phelim Phelix Phenphitcha Pheobe Phileine Philemon Philipp Philippa
Philippine Philis Philo Philomene Phineas Phubes Phúc Phương Piaras Pien Pierangelo Pierette Piergiorgio Piergiuseppe
Pierina Pierluigi Piermaria Piero Pierpaolo Pierrette Piersanti Piet Pieter Pietra Pietro Piia Pijus Pili Pim Pinkey
Pintusorn Piotr Pippa Pirahmet Piran Piret Pirjo Pirkko Pirmin Piroska Pitipat Pius Pjetur Ples Pleun Pleșu Plinio
Pluma Plácido Polad Polina Pollie Pollý Polona Polonca Pompeo Pompilia Pompiliu Pomponio Poncio Pontus Pooja Popobawa
Pornchanok Poul Povilas Praba Prabawa Prabowo Prabu Prakosa Prames Pranata Pranav Pranawa Praneel Pranit Prasetya
Prasetyo Pratyush Pravoslav Prayitna Prayoga Prayogo Preben Predrag Priit Prima Primitiva Primitivo Prisca Priscah
Priscillah Prisha Priska Priya Profira Prudencia Prudencio Prudie Przemysław Pría Príor Puji Puk Pumbaa Puntira Puput
Purificación Purwa Purwadi Purwanto Pushti Puspa Puti Putri Putu Pál Pála Páldís Páley Pálfríður Pálhanna Pálheiður
Pálhildur Páll Pálmar Pálmey Pálmfríður Pálmi Pálrún Pálín Pálína Pánfilo Päivi Päivikki Pär Pål Pénélope Péter
Pétrína Pétrún Pétur Pía Pío Pünhan Pürçek Pătru Pēteris Přemysl Qaadir Qaasim Qabeel Qabil Qadar Qadeer Qadi Qadim
Qadir Qahtan Qaim Qais Qalib Qamar Qani Qanit Qaratel Qareeb Qarin Qaseem Qasid Qasif Qasim Qasım Qatadah Qawee Qay
Qays Qiyas Qori Qoşqar Quadir Quang Qudamah Quddoos Qudoos Quinten Quinter Quinty Quique Quirino Qulam Qulu Qumru
Qurban Qusay Qushi Qutaybah Qutb Qutub Raaghib Raagini Raahil Raakin Raamis Raamiz Raashid Raatib Rabah Rabar
Rabbaanee Rabbani Rabbiye Rabea Rabecca Rabee Rabi Rabiah Rabih Rabit Racha Rachana Rachid Rachida Rachit Rachita
Rachèle Radek Radeke Raden Radha Radhee Radhika Radi Radika Radim Radit Raditya Radka Radmila Rado Radomír Radoslav
Radoslava Radosław Radovan Radovana Radu Radvilė Radúz Raed Raees Raegan Raekwon Raelyn Raelynn Raewyn Raf Rafa
Rafaella Rafan Rafay Rafaél Rafaël Rafał Rafe Rafee Rafeek Rafeeq Raffael Raffaela Raffaella Raffaellino Raffaello
Rafi Rafia Rafid Rafih Rafila Rafiq Rafn Rafnar Rafney Rafnhildur Rafnkell Raghav Ragheb Raghib Ragna Ragnar Ragnbjörg
Ragner Ragney Ragnfríður Ragnheiður Ragnhild Ragnhildur Ragúel Rahab Raharja Rahat Rahayu Raheel Raheem Rahel Rahiye
Rahma Rahmat Rahmet Rahmi Rahsaan Rahul Raiden Raihan Raija Raik Raili Raimo Raimondo Raimonds Raimund Raimundo Raissa
Raivis Raivo Rajab Rajata Rajeshri Rajko Rakeem Rakel Rakide Raksha Ralf Raluca Rama Ramadan Ramadhan Ramazan Ramid
Ramil Raminta Ramiz Ramunė Ramzi Ramón Ramóna Ramūnas Ranbir Rance Randalín Randolf Randver Randíður Randý Rangga Rani
Rania Ranka Rannva Rannveig Rannver Ranveer Raoul Raphaela Raphaël Raphaëlle Raquan Rareș Ras Rasa Rashaad Rashaan
Rashawn Rashidi Rasim Rasma Rasmus Rastislav Rasul Ratchanon Ratih Ratna Rauno Ravi Ravy Rawiri Rayaan Rayan Rayana
Rayhona Rayla Raymund Raynard Rayne Rayshawn Rayyona Rayén Razi Razı Raúl Rebeka Rebekka Rebihat Recep Recepali Reet
Refet Refik Refur Reginal Reginbaldur Reginbjörg Reginn Regitse Regitze Regula Regína Regīna Rehaan Rehema Rehime
Reidar Reidun Reifnir Reijo Reimar Reimund Reinald Reinar Reine Reinel Reingard Reinhild Reinhilde Reinis Reino Rejane
Reksa Rella Relu Remazan Rembrandt Remi Remigio Remo Remus Remzi Renaat Renada Renan Rendy Rengül Reni Rens Renske
Renzo Renáta René Renée Reshoni Resi Respati Restu Resulcan Reto Rettie Reubin Revza Rexhep Reyansh Reyhan Reyn
Reynald Reynar Reyndís Reynheiður Reynhildur Reynir Reyr Rezin Rezzak Rhavi Rheta Rhian Rhianna Rhianne Rhys Riad Rian
Rianna Rica Riccardo Ricciotti Richardt Richárd Rida Ridhi Ridwan Rigmor Rigo Rihanna Rihards Riikka Riina Riitta Rik
Rika Rikharð Rikharður Rikka Rikke Riku Rilla Rillie Rimantė Rinaldo Rinda Rini Rino Rinor Risalet Risasi Rishi Risper
Risto Ritt Ritva Riya Riyad Riza Riziki Rizki Rizvan Ričardas Ričards Robbe Robertas Robertina Robiya Robley Rochdi
Rochus Rocío Rodah Roderic Roderich Rodica Rodolphe Roel Roeland Roena Rohaan Rohat Roise Roisin Rojnu Rojus Rok Rokas
Roko Roksana Rolandas Rolands Roldán Rolla Rollande Rollie Romane Romanița Romello Romie Romina Romolo Romuald
Romualdas Romulus Romy Román Roméo Ronal Ronaldo Rondal Ronin Ronith Ronja Ronke Rono Rony Ronya Roope Rorí Rosabelle
Rosaleen Rosalinde Rosalía Rosamel Rosarie Rosco Rosel Roselinde Roselyne Rosevelt Rosey Rosi Rosl Rosman Rosmarie
Rossa Rostislav Roswell Roswita Roswitha Rotich Rotraud Rotraut Rouven Roxelana Roza Rozalia Rozalija Roziya Rozália
Rua Ruairi Ruari Rubani Rubiela Rubén Rudecindo Rudi Rudolfo Rudra Rudīte Ruedi Ruffus Rufino Ruggero Rugilė Ruhide
Ruhiu Ruhsat Ruhshona Ruhugül Rui Ruie Rukia Rumaysa Rumeysa Rungo Runi Runný Runólfur Ruperta Ruperto Ruqayya Ruqiya
Rushil Ruslan Rusman Rusnė Rusul Ruta Rute Ruthild Ruwaihim Ruxanda Ruxandra Ruy Ruzica Ruža Ružena Ružica Ryker Rylan
Rylee Ryleigh Ryley Rylie Rym Ryma Ryne Ryszard Rytis Rytė Rza Rán Ráðgeir Ráðhildur Ráðvarður Réginald Régine Régis
Régulo Réka Rémi Rémy Ríkarður Ríkey Ríkharð Ríkharður Rín Ríta Ríó Róbert Róberta Róbjörg Rólant Róman Rómeó Rómulo
Rós Rósa Rósalind Rósanna Rósant Rósar Rósberg Rósbjörg Rósborg Róselía Rósenberg Rósey Rósfríður Róshildur Rósi
Rósinberg Rósinkar Rósinkara Rósinkrans Rósinkransa Róska Róslaug Róslind Róslinda Róslín Rósmann Rósmary Rósmarý
Rósmunda Rósmundur Rósný Róza Rózsa Róża Röfn Rögn Rögnvald Rögnvaldur Rögnvar Rökkvi Röskva Röya Röyal Röðull Rúbar
Rúben Rúbý Rúdólf Rún Rúna Rúnar Rúndís Rúnhildur Rúrik Rúrí Rútur Rübeyda Rüdiger Rüknettin Rümeysa Rüşen Răducu
Răzvan Rıfkıye Rūdolfs Rūta Růžena Saabir Saadat Saadiq Saafir Saahir Saaiq Saajid Saal Saalih Saalim Saanvi Saaqib
Saar Saara Saariyah Sabah Sabahat Saban Sabar Sabari Sabas Sabastian Sabbir Sabeeh Sabih Sabihe Sabil Sabiq Sabir
Saboor Sabri Sabrína Sabur Saburah Sabína Sabır Sachi Sada Sadaka Sadan Sadao Sadaqat Sadat Saddam Sadeed Sadeti Sadia
Sadik Sadiki Sadina Sadiq Sadittin Sadiye Sadıq Safet Safia Safina Safinaz Safiri Safiya Safta Safura Safír Sahil
Sahin Sahir Sahra Sai Saida Saidi Saiful Saige Saim Sair Sairah Saire Saka Sakari Sakarías Sakina Sakip Saksham Sakti
Sakura Salah Salbjörg Saldís Salgerður Salih Salim Salima Salimah Salimet Salka Salkın Salma Salman Salmann Salmar
Salný Salohiddin Salomea Salomey Salomé Salomón Salsabila Salud Salurbay Salvar Salvi Salvör Salwa Salín Salína Salóme
Salómon Samahat Samaksh Samama Samandar Samanta Samar Samarth Samesh Sami Samiah Samie Samina Samir Samiya Samiyah
Samo Samsul Samu Samuele Samuli Samurtay Samuël Samwel Samweli Samy Samúel Sanaa Sanai Sanavber Sanaya Sancak Sandalio
Sandel Sandile Sandis Sandri Sandrine Sandro Sandu Sandur Sanela Sani Sanije Sanita Saniya Saniyah Sanja Sanjar Sanna
Sanne Sanni Sannie Sante Santeri Santino Santía Sanur Sanya Sançar Saoirse Saood Sapa Saphira Sarabi Sarafina Sarahi
Sardor Sargın Sariah Sarmīte Sarpkın Sarrah Sarthak Sarunporn Sarvan Sarvar Sarvinoz Sarya Sarína Sarıcabay Sasa
Sascha Saskia Sathvik Satrettin Satu Saturnino Satya Satıa Saulius Saumu Saumya Sauti Sava Savak Savana Savanah
Saverio Saveta Savilla Savina Savion Savni Savon Saxi Sayalı Saydam Saygın Sayin Sayrak Sayın Saçı Saïd Saúl Sağcan
Sağıt Saša Sašo Scarleth Scarlette Seamus Seana Seanan Seaneen Seanna Sebastiaan Sebastiano Sebastien Sebastijan
Sebastián Sebastião Sebastjan Sebastían Sebattin Sebigül Seblâ Sedat Sedife Sedrick Sefanía Sefer Segilola Segismundo
Seha Sehel Seif Seifur Seija Seimur Sejda Selah Selaheddin Selatin Selcan Selcen Seler Selim Selime Selin Seline Selja
Selka Selmer Selmin Selvi Selâtin Selçuk Sem Semaj Semat Semender Semenica Semine Semir Semra Semrin Senad Senan
Sencar Seneca Seniha Senne Senol Senora Senta Senía Seona Seosamh Sep Sepp Seppe Seppo Septi Septíma Seracettin
Serafín Serah Seraina Serda Sereina Serezli Serfinaz Sergei Sergej Sergey Sergiu Sergius Serhatmehmet Serine Serkan
Serma Sernur Serol Serpil Servinaz Servác Sesar Seselía Sesil Sesilía Sessa Sesselja Sesselía Sessilía Setya Sevara
Sevcan Sevdi Sevdinar Seve Severiano Severina Severine Severo Severín Sevgen Sevginur Sevican Sevil Sevim Sevinc
Sevinch Sevindik Sevla Sevsevil Seydo Seye Seyfulla Seyfullah Seyhan Seyithan Seymur Seyran Seyyide Sezal Sezen
Sezginbaş Seçgül Seçme Shaban Shadrack Shafter Shahina Shahnoza Shahriyor Shahzod Shahzoda Shakila Shamar Shamsuddeen
Shanequa Shania Shaniece Shaniya Shannen Shaquan Shaquille Shardae Sharday Sharde Sharif Sharman Shatara Shauneen
Shaurya Shawnte Shaylee Sheamus Shedrick Sheela Sheelagh Shehu Sheilla Sheillah Shekoni Shelbi Shelbie Shelva Shelvia
Shelvie Shem Shemar Shep Sherree Sheyla Shianne Shida Shinead Shirleyann Shirlie Shivani Shivansh Shohjahon Shohrux
Shoji Shpresa Shqipe Shravya Shreya Shukrona Shyann Shyanne Shyheim Sian Sibbie Sibel Sibilla Sibille Sibonelo
Sibongile Sibusisiwe Sibusiso Sibylla Sibylle Sidar Siddharth Siddie Sidiq Sidki Sidonia Sidónia Sie Siebe Siegbert
Sieghard Sieglinde Siegmar Siegmund Siegrid Siegried Siegrun Siegward Siem Sien Siena Sienna Sif Sifa Sifuna Sigbergur
Sigbert Sigbjartur Sigbjörn Sigdís Sigdór Sigdóra Sigfastur Sigfinnur Sigfreður Sigfrid Sigfrido Sigfried Sigfríð
Sigfríður Sigfús Sigga Sigge Siggeir Siggerður Sighvatur Sigismund Sigita Sigjón Siglaugur Siglinde Sigmann Sigmar
Sigmunda Sigmundur Signa Signar Signhildur Signý Sigri Sigrun Sigríkur Sigríður Sigrún Sigsteinn Sigtryggur Sigtýr
Sigur Sigurbaldur Sigurberg Sigurbergur Sigurbirna Sigurbjarni Sigurbjartur Sigurbjörg Sigurbjörn Sigurbjört Sigurborg
Sigurbrandur Sigurbára Sigurd Sigurdríf Sigurdrífa Sigurdís Sigurdór Sigurdóra Sigurey Sigurfinna Sigurfinnur
Sigurfljóð Sigurgeir Sigurgeira Sigurgestur Sigurgrímur Sigurgísli Sigurhanna Sigurhans Sigurhelga Sigurhildur
Sigurhjörtur Sigurjón Sigurjóna Sigurkarl Sigurlaug Sigurlaugur Sigurleif Sigurleifur Sigurlilja Sigurlinn Sigurlinni
Sigurliði Sigurlás Sigurlín Sigurlína Sigurmann Sigurmar Sigurmon Sigurmunda Sigurmundur Sigurnanna Sigurnýas
Sigurnýjas Siguroddur Sigurpáll Sigurrós Sigursteina Sigursteinn Sigursveinn Sigurunn Sigurvaldi Sigurveig Sigurvin
Sigurvina Sigurást Sigurásta Sigurða Sigurður Siguróli Sigurósk Sigurþór Sigurþóra Sigvaldi Sigvard Sigvarður Sigyn
Sigþrúður Sigþór Sigþóra Sihawukele Siim Siiri Sijuade Siku Sil Sila Silanur Sile Silfa Silfrún Silfá Silja Silje
Silka Silke Silla Sille Silli Silondile Silvano Silvestro Silvian Silviana Silvie Silvija Silvio Silviu Silvo Silvía
Simber Simen Simi Similoluwa Simina Simion Simisola Simiyu Simmie Simo Simonas Simonetta Simphiwe SimphiweyiNkosi
Simten Simão Simón Sinaida Sinan Sinda Sindre Sindri Sinead Sini Sinică Sinikka Sinisa Siniša Sintija Siobain Sioban
Siobhain Siofra Sione Siper Siphesihle Sirac Sirap Siri Sirje Sirkka Siro Sirpa Sirra Sirrý Siska Sisko Sissel
Sithembiso Siti Sitiwat Sittik Sittikorn Siv Sivert Sixten Sixto Siya Siyabonga Sjafnar Sjoerd Sjöfn Skafti Skaidrīte
Skapti Skarpheiður Skarphéðinn Skefill Skeggi Skender Skjöldur Skolastika Skorri Skugga Skuggi Skuld Skyla Skylar
Skyler Skær Skæringur Skírnir Skíði Skúla Skúli Skúlína Skúta Sladjana Slamet Slavica Slavisa Slavka Slavko Slavomír
Slavomíra Slavěna Slawomir Slobodan Sláva Slávka Smaranda Smiltė Smiður Smyrill Smári Sneha Sneider Snezana Snježana
Snjáfríður Snjáka Snjófríður Snjóki Snjólaug Snjólaugur Snjólfur Snorra Snorri Snæbjartur Snæbjörg Snæbjörn Snæbjört
Snæborg Snæbrá Snædís Snæfríður Snæhólm Snælaug Snælaugur Snær Snæringur Snærós Snærún Snævar Snævarr Snæþór Snót
Soffanías Soffía Sofi Sofiane Sofie Sofija Sofía Soleh Soliha Soline Solma Solmaz Solon Solveig Solvej Solvita Solène
Somadina Somtochukwu Sonad Sondre Songurkan Songül Sonji Sonnur Sonný Sophanías Sophronia Sophus Sophy Soraia Sorana
Sorawut Sorcha Soren Sorin Sorina Sosimo Souad Soufiane Souma Soumia Sowande Soydaner Soykan Soykut Soyselçuk Soňa
Spartakus Speranța Sphiwe Sporði Spói Srečko Staffan Stana Stanca Stancu Stanislaus Stanislav Stanislava Stanislaw
Stanisław Stanka Stapi Starkaður Starri Staņislavs Stef Stefaan Stefana Stefano Stefanía Steffi Stefnir Stefán
Stefánný Steina Steinar Steinarr Steinbergur Steinbjörg Steinbjörn Steinborg Steindís Steindór Steindóra Steiney
Steinfinnur Steinfríður Steingerður Steingrímur Steinhildur Steini Steinkell Steinlaug Steinmann Steinmar Steinmóður
Steinn Steinrós Steinröður Steinrún Steinunn Steinvarður Steinvör Steinólfur Steinþór Steinþóra Stela Stelian Steliana
Stellah Stellan Steluța Sten Stephene Stephon Sterre Stevan Stian Stien Stig Stijn Stilla Stina Stirnir Stiven Stjarna
Stjepan Stojan Stormur Sture Sturla Sturlaugur Sturri Styr Styrbjörn Styrgerður Styrkár Styrmir Styrr Stéphan Stéphane
Stéphanie Stígheiður Stígrún Stígur Stína Stórólfur Suat Subomi Subutiye Suci Sudi Sudiksha Suhani Sula Suleiman Sulhi
Sultane Sumarliði Sumarlína Sumarrós Sumayya Sunay Sune Sunel Sungara Sunna Sunnefa Sunneva Sunniva Sunníva Supasit
Supasita Suphi Surya Susam Susanita Suse Susi Sussanne Sussie Suus Suvakit Suvi Suwijuk Suzana Suze Suğra Svafa Svafar
Svala Svali Svalrún Svan Svana Svanberg Svanbergur Svanbjörg Svanbjörn Svanbjört Svanborg Svandís Svaney Svanfríður
Svangeir Svanheiður Svanhildur Svanhvít Svanhólm Svani Svanlaug Svanlaugur Svanmundur Svanrós Svante Svanur Svanþrúður
Svanþór Svatopluk Svatoslav Svava Svavar Svea Svein Sveina Sveinar Sveinberg Sveinbjartur Sveinbjörg Sveinbjörn
Sveinborg Sveindís Sveiney Sveinfríður Sveingerður Sveinhildur Sveinjón Sveinlaug Sveinlaugur Sveinmar Sveinn Sveinrós
Sveinrún Sveinsína Sveinungi Sveinveig Sveinþór Sven Svend Svenja Svenning Sverre Sverrir Svetozár Sváfnir Svätopluk
Svölnir Svörfuður Světlana Swala Swaleh Swantje Swen Swetlana Syahrini Sybilla Sybille Sydell Sydnee Sydni Sydnie
Sylas Sylgja Sylivia Sylke Sylvaine Sylvana Sylvania Sylvanus Sylviane Sylvianne Sylvio Sylvère Sylvía Sylwia Symone
Synnøve Sys Szabolcs Szilveszter Szilvia Szilárd Szymon Sándor Sára Sânziana Sæberg Sæbergur Sæbjörg Sæbjörn Sæbjört
Sæborg Sædís Sæfinna Sæfríður Sæhildur Sæi Sælaug Sælaugur Sæmann Sæmunda Sæmundur Sæný Sær Særós Særún Sæsól Sæunn
Sævald Sævaldur Sævar Sævarr Sævin Sævör Sæþór Sébastien Sérgio Séverin Séverine Sía Sílvia Símon Símonía Sírnir Sírus
Sísí Síta Sívar Sófus Sófónías Sókrates Sól Sóla Sólberg Sólbergur Sólbjartur Sólbjörg Sólbjörn Sólbjört Sólborg
Sólbrá Sólbrún Sóldís Sóldögg Sóley Sólfríður Sólgerður Sólhildur Sólimann Sólkatla Sóllilja Sólmar Sólmundur Sólný
Sólon Sólrós Sólrún Sólveig Sólver Sólvin Sólvör Sólín Sónata Sónia Sökmen Sölmundur Sölva Sölvar Sölvey Sölvi Sölvína
Sönke Sören Sörli Söyler Sözer Søren Sørine Søs Súla Súsan Súsanna Sübhan Sücaettin Süha Süheyda Sükrü Süleyla
Süleyman Sümerya Sümeyye Süner Süsen Süvari Süzer Sýrus Sıla Sırriye Sıylıhan Taahaa Taahir Taaj Taalib Taamir Taanish
Taariq Taban Tabassum Tabea Tabish Tabita Taciddin Tadas Tade Tadeen Tadej Tadeja Tadeo Tadeusz Tadeáš Tadhg Tafazal
Tagangül Tage Taha Tahaw Tahawwur Taheem Tahir Tahj Tahmaseb Tahmeed Tahmid Tahoor Tahseen Taial Taimur Taine Taisir
Taisto Taj Taja Tajammal Tajammul Tajudinn Tajus Takatifu Tal Tala Talal Talan Talat Talayer Talen Talha Talhah Tali
Talib Talibe Taliyah Tallie Talía Talıb Tamam Tamanna Tamati Tamaydın Tamaşa Tambika Tamia Tamilla Tamu Tamya Tamás
Tanak Tanay Tanbay Tandoğdu Tandri Tane Taneli Tangaroa Tanguy Tangül Tanhan Tanimu Tanish Taniya Taniyah Tanmayi
Tanpınar Tanses Tansev Tansığ Tantri Tanveer Tanvi Tanyolaç Tanyu Tanía Tanır Tapani Tapio Taraji Tarak Tarancı
Tarfaan Tarfur Tarik Tariq Tariyel Tarja Tarmo Tartış Taru Tarzícius Tasdik Tasnim Tassilo Tasvir Taswir Tatia
Tatianna Tatjana Tatsuo Tatu Tatyanna Taufan Taufik Tauno Taurean Taurus Tautvydas Tavaris Tavian Tavion Tavon Tawkeel
Taya Tayaydın Taygan Tayla Taylak Tayler Tayshaun Tayyibe Tayyip Taçnur Taşar Taşkan Teagan Teber Tecimer Tecla Teddie
Tedi Teea Teela Teemu Teerth Teetat Teguh Teija Teitný Teitur Teja Tejas Tejs Tekbay Tekecan Tekiner Tekla Teknaz
Teksoy Telemaco Telim Tella Tellervo Telly Telman Telmo Telse Temidayo Temime Temir Temirhan Temistocle Temizkal
Temuçin Tenika Tenis Tennessee Tenvir Tenzin Teo Teobaldo Teodor Teodors Teodosia Teodosio Teofil Teohari Teona
Terance Tercan Tere Terell Teresiah Teresía Tereza Terezija Terhi Terje Terlan Tero Terttu Teréz Terézia Teun Teuta
Teuvo Tevin Tevs Tex Texanna Texas Texie Teybet Teymur Teymuraz Teymurçin Tezcan Tezol Teófila Teófilo Thabani Thabisa
Thabisile Thabiti Thaddäus Thalente Thales Thanatcha Thandazile Thandeka Thandiwe Thando Theadore Thedore Thekla
Thembeka Thembekile Thembile Thembisile Theodis Theodocia Theodoor Theodor Theodoro Theodoros Theodosia Theodór
Theodóra Theophil Theophile Theres Therman Therése Theódór Theódóra Thiago Thiare Thibaud Thibaut Thibo Thijmen Thijn
Thijs Thilo Thinhinane Thomás Thoralf Thorben Thorberg Thore Thorsten Thorwald Thos Thuo Thure Thursa Thuthukile Thyra
Thành Théa Théo Théodore Théophile Thérèse Thór Tiago Tiare Tiarna Tiarnan Tiarra Tibe Tiberia Tiberiu Tibo Tibor
Tiburcio Ticen Tichomír Tiegan Tiia Tiina Tiit Tiiu Tijl Tijmen Tijn Tijs Til Tilden Tilen Tilla Tillmann Tilmann Tilo
Timbul Timea Timmie Timmothy Timo Timon Timotei Timotej Timoteo Timothée Timur Timurtaş Timéo Tinca Tincuța Tindar
Tindra Tindri Tindur Tineke Tiney Tinie Tinna Tinne Tinni Tinnie Tino Tira Tirdad Tirsa Tirta Tirtayasa Tirza Tishie
Tishk Titas Titi Titilayo Titin Tito Tivadar Tiziana Tiziano Tiğin Tjaldur Tjaša Tjörfi Tjörvi Tobe Tobiasz Tobiáš
Tobías Todda Todor Todsawun Tofiq Toivo Toker Toki Toktuğ Tokunbo Toköz Tola Tolli Tollie Tolonbay Tolulope Toluwanimi
Tomasz Tomaž Tomie Tomislav Tommaso Tommi Tomo Tomori Tomris Tomurcuk Tomàs Tomás Tomáš Tomé Tonguç Tonicha Tonino
Tonje Tonni Tonny Toomas Topias Topuz Toralf Torben Torbjörg Torbjörn Torbjørn Tord Torey Torfey Torfheiður Torfhildur
Torfi Torgny Torhan Toriano Torill Torquato Torry Torsten Toshio Tove Tovuz Toño Toğan Toğrul Trae Traian Traude
Traudel Traudl Traugott Trausti Traute Travon Trayvon Tre Tremayne Trenten Trever Trevin Trevion Trevon Treyton
Treyvon Tri Triin Trilby Trine Trini Triona Tripti Tristana Tristen Tristian Tristin Triston Tristán Triveni Triya
Troels Trond Trostan Trude Trumaine Trung Tryggva Tryggvi Tryggvína Trystan Tránsito Trú Trúmann Trīne Tsuma Tuana
Tudora Tudorița Tudosia Tuere Tufani Tugiman Tui Tuija Tukufu Tule Tulia Tulio Tullio Tulun Tumas Tumi Tunahan Tunar
Tunchanok Tunguç Tunradee Tunçboğa Tunçkılıç Tuomas Tuomo Turabi Tural Turan Turcein Ture Turgut Turid Turlough Turvi
Turxan Tutkucan Tutkun Tuukka Tuula Tuuli Tuulia Tuulikki Tuur Tuva Tuyuğ Tuğcan Tuğrulhan Tuğtaş Tuğçe Twan Tycho
Tygo Tyla Tymon Tymoteusz Tyquan Tyreek Tyreese Tyrek Tyreke Tyrel Tyrese Tyrfingur Tyrik Tyrin Tyriq Tyrique Tyrus
Tyshawn Tânia Téo Tía Tíbrá Tímea Tími Tímon Tímoteus Tímóteus Tína Tístran Tóbías Tóbý Tói Tóka Tóki Tómas Tór Tóta
Tõnu Törel Tùng Tükelalp Tülay Tülin Tümer Tümkurt Tünde Türabi Türcan Türkalp Türkan Türkmen Türknur Tüzeer Tüzenur
Týr Týra Tınal Ubaadah Ubadah Ubaid Ubaidah Ubaldo Ubay Ubayd Ubaydullah Ubbi Uberlinda Uberto Ubika Ucchal Uche
Uchenna Uchita Uda Udant Udarsh Udeen Udeera Udo Udyati Ueli Uffe Ufukay Uggi Ugla Ugnė Ugo Ugolino Uhban Ujamaa
Ujunwa Ulakbey Uldis Ulduz Ulf Ulfat Uli Ulises Ulla Ulrica Ulrik Ulrika Ultan Ulu Uludağ Uluman Ulutay Uluğbey Ulva
Ulya Uma Umaarah Umair Umande Umang Umar Umay Umaya Umberto Umi Ummahani Umman Umoja Umut Umutcan Umuşan Undine Undína
Unggul Uni Unjani Unna Unnar Unnati Unnbjörg Unnbjörn Unndís Unndór Unni Unnsteinn Unnur Unnþór Uno Uolevi Upadhriti
Upasna Upik Upkaar Upma Ura Uraltay Urbain Urfan Urhan Uriah Uriel Urijah Urishilla Urmas Urmi Uroš Urrab Urs Ursel
Ursina Urszula Urte Urvashi Urvi Urðar Urður Urša Urška Uršuľa Uschi Ushan Ushindi Usiku Usman Usmon Usyi Uta Utama
Utkarsh Utkucan Uwe Uxi Uyanser Uygun Uzbay Uzima Uzsoy Uçan Uçbeyi Uğan Uğur Uğurkan Uğurtan Vacibe Vadim Vafir Vagn
Vagna Vagnbjörg Vagnfríður Vahar Vahid Vahittin Vaida Vaidas Vaishnavi Vajèn Vaka Vakarė Vakris Vakur Vala Valary
Valberg Valbergur Valbjörg Valbjörk Valbjörn Valbjört Valborg Valbrandur Valdemar Valdheiður Valdi Valdimar Valdis
Valdís Valdór Valeh Valentijn Valentim Valentín Valentína Valentínus Valentīna Valerij Valerija Valeriu Valería
Valeska Valey Valfríður Valgarð Valgarður Valgeir Valgerða Valgerður Valhildur Valija Valinda Valka Vallary Vallaður
Vallý Valmar Valmundur Valný Valon Valrós Valrún Valsteinn Valter Valtteri Valtýr Valur Valva Valère Valèria Valér
Valéria Valérie Valéry Valíant Valý Valþrúður Valþór Vamakshi Vander Vanja Vannie Vansha Vanya Vaqif Varenya Vargın
Varlık Varmar Varsha Varvara Vasana Vasarė Vasatika Vasco Vasif Vasil Vasile Vasilica Vasilică Vassie Vassilios
Vasudha Vasyl Vatnar Vavrinec Vaysal Vazeh Vecide Vedant Vedat Vedhika Vedika Vedran Veera Veerle Veeti Vefia Vegard
Veig Veigar Veigur Veijo Veikko Veis Veli Velitdin Vello Velta Venancio Venceslás Vendela Vendelín Vendula Venera
Veneranda Veniamin Venie Venla Vere Vergil Verim Verl Verle Verlin Verlon Verlyn Vermundur Vernelle Verneri Vernharð
Vernharður Vero Veronicah Versa Verónica Verónika Veróníka Vesa Vesna Vessie Vestar Vestmar Vetrarrós Veturliði Veva
Vezat Vezrife Vibeka Vic Vicenția Vicențiu Vicie Victoire Victoriano Victorine Victoría Victória Vicy Vid Vidadi Vidar
Vide Vidhi Vieroslava Viesturs Vigdís Vigfús Viggo Viggó Vigilija Vignir Vigný Vigo Vigri Vigtýr Vigur Vihaan Viivi
Vija Vikar Viking Viktor Viktoria Viktorie Viktorija Viktors Viktoría Viktória Vilberg Vilbergur Vilbert Vilbjörn
Vilbogi Vilborg Vilbrandur Vildane Vilde Vildís Vilfríður Vilgeir Vilgerður Vilgot Vilhelm Vilhelmiina Vilhelmina
Vilhelmína Vilhjálmur Vilho Vili Viliam Vilis Vilius Viljami Viljar Viljem Vilji Viljo Villads Ville Villi Villimey
Vilmar Vilmer Vilmos Vilmundur Vilnis Vilný Viltė Vilém Viman Vinaya Vinbjörg Vincenc Vincentio Vincențiu Vinciane
Vineta Viney Vinicio Vinicius Vinie Vinjar Vinko Vinný Vino Vinsen Vinsý Vinzenz Vinícius Violetta Viorel Viorela
Viorica Vira Viraj Virdie Virge Virgel Virgia Virgill Virginie Virginía Virgle Viridiana Virman Virpi Virág Visar
Visarion Visitación Visvaldis Vitali Vitalija Vitalis Vitor Vittoria Vittorio Vitus Vitória Vivaan Viveka Vivi Viviane
Vivianne Viðar Viðja Viļums Vjekoslav Vjollca Vlad Vladimir Vladimír Vladimíra Vladislav Vladislavs Vlado Vlaicu
Vlasta Vlastimil Vlora Vlădelina Voichița Voicu Vojtech Vojtěch Voldemārs Volkan Volkhard Volkmar Vollie Volney
Vonetta Voney Vopni Vordís Vorm Vratislav Vratko Vreneli Vrinda Vrishti Vritti Vuokko Vurğun Vusumuzi Vyanjana
Vytautas Vytė Václav Váli Vápni Vár Vâlâ Vân Väinö Vébjörg Vébjörn Védís Végeir Végerður Vékell Vélaug Vélaugur
Vémundur Véný Véronique Vésteinn Víbekka Víctor Víf Vífill Vígdögg Víggunnur Víglundur Vígmar Vígmundur Vígsteinn
Vígþór Víkingur Vísa Vít Vítor Vítězslav Víðar Víðir Víóla Víóletta Víťazoslav Vöggur Völundur Vörður Vöttur Vüqar
Vüsal Vėjūnė Věra Waahid Waail Waajid Waceera Wachira Wadee Wadood Wafa Wafae Wafeeq Wafi Wafiq Wafula Wahab Wahb
Wahban Waheed Wahhaab Wahhaaj Wahyu Waida Waimarie Wainaina Waino Wairimu Wakeeta Wakiman Walburga Waldemar Waldtraut
Walentina Walfried Walid Walli Waltraut Waltrud Waluyo Wamalwa Wambua Wambugu Wambui Wamwema Wangari Wangila Wangui
Wani Wanja Wanjala Wanjiku Wanjiru Wanjohi Wannes Wanyama Wanyonyi Warda Wardaya Wardi Warhi Waridi Warinder Warjas
Warji Warre Warsa Warsita Warta Waseme Wasin Wasis Wassaya Wassim Watika Waverly Wawan Waweru Wayde Waymon Wazir Weddy
Weena Wekesa Wenceslao Wenche Wencke Wende Wendelin Wendolin Wenke Wera Wesonga Westin Wibke Widisha Widya Wiebke
Wieslaw Wigbert Wikitoria Wiktor Wilfrid Wilfrido Wilfried Wilfriede Wilhelmine Wilhelmus Wiliam Willaim Willam Willem
Willfried Willi Williard Willibald Willibert Willum Wilman Wilmar Wiltrud Wim Winda Windell Winfried Winni Winny
Winthrop Wira Wirda Wiremu Wishi Wisnu Witold Wladimir Wojciech Woldemar Wolfhard Woodroe Wout Wouter Wriddhish
Wridesh Wulan Wuraola Wycliff Wycliffe Wálter Xalak Xalid Xaliq Xamis Xanana Xander Xankişi Xanlar Xanım Xaver Xavi
Xena Ximena Xiti Xobeen Xolid Xosrov Xudaverdi Xudayar Xudu Xumar Xuân Xzavier Xénia Yaa Yaakov Yaaseen Yachana Yacine
Yada Yadavi Yadid Yadiel Yadigar Yafi Yafir Yaghnam Yagnesh Yago Yahia Yahir Yahvi Yahya Yahyaa Yahyo Yahşi Yahşikan
Yair Yaiza Yakobo Yalazabay Yalgın Yaltırak Yalçın Yalın Yaman Yamar Yameen Yamid Yamile Yamilet Yamilex Yamin Yamini
Yana Yanara Yance Yandel Yanet Yaneth Yani Yanick Yanik Yanina Yanis Yanisa Yankı Yann Yannic Yannick Yannik Yannis
Yaqeen Yaqoot Yaqub Yar Yara Yareli Yaretzi Yargı Yaritza Yasaar Yasan Yaseen Yasemen Yasemin Yash Yashasvi Yashawini
Yashem Yashica Yashoda Yashodhara Yashvi Yasin Yasina Yasinta Yasir Yasmeen Yasmina Yasmín Yasna Yasser Yassin Yassine
Yasti Yatan Yathrib Yatin Yauvani Yavuz Yawar Yawer Yayak Yazan Yazeed Yazganalp Yazgül Yazmin Yazmín Yağın Yağızkurt
Yaşar Yaşattin Yda Yecid Yeferson Yehuda Yeimy Yeison Yejide Yekbun Yekda Yelesen Yeneral Yeni Yenifer Yenny Yeny
Yepelek Yeraz Yergha Yerko Yerson Yertan Yesica Yesid Yesoob Yessi Yessica Yetişal Yetunde Yewande Yeşil Yfke Yigit
Yilmaz Yina Yineth Yinthe Ylenia Ylfa Ylfur Ylja Ylur Ylva Ylvi Ylvie Ymir Yngvar Yngve Yngvi Ynja Yoan Yoann Yocelyn
Yochana Yoel Yohan Yohana Yohane Yolal Yolima Yonatan Yonathan Yono Yordan Yoruç Yosef Yoselin Yoshio Yoshita Yosma
Youba Youcef Younes Youri Yousra Youssef Yrja Yrjö Yrkill Yrsa Ysaline Yudy Yug Yuli Yulia Yuliana Yulieth Yulisa
Yulissa Yuly Yuni Yunis Yunita Yunt Yunus Yurani Yurany Yurdanur Yurdaser Yureed Yurem Yuridia Yurtgüven Yurtseven
Yurttaş Yury Yusif Yussuf Yusuf Yutika Yuvraj Yvan Yves Yvon Yésica Yéssica Yönetmen Yücel Yücelen Yümun Yıldır Yıldız
Yılma Zaafir Zaahid Zaahir Zaakir Zabir Zablon Zac Zacarías Zach Zacharia Zacharie Zackariya Zadie Zaeem Zaenab Zafar
Zafeer Zafir Zafrul Zahaar Zaharia Zaheer Zahfer Zahi Zahid Zahir Zahnya Zahra Zahri Zahro Zahrun Zahur Zaib Zaid
Zaiden Zain Zainab Zainabu Zaira Zaire Zaitra Zaituni Zakaria Zakariyo Zakary Zakaría Zakarías Zakayo Zakhele Zakir
Zakiyaxon Zaliha Zalindra Zalán Zaman Zamfir Zamfira Zamin Zamiq Zamir Zamira Zaniyah Zansi Zara Zarar Zaraza Zaria
Zariah Zarina Zarna Zashil Zauqi Zaur Zavier Zavion Zaweel Zayan Zayd Zayden Zaynab Zayne Zayyan Zayyir Zbigniew
Zbyněk Zdenka Zdenko Zdeněk Zdeňka Zdislava Zdravko Zeb Zebirce Zebulon Zechariah Zeferino Zehaan Zehnia Zehra
Zehranur Zejna Zekayi Zeke Zeki Zela Zelha Zelia Zeljko Zelpha Zemfira Zemzem Zenas Zende Zennun Zenovia Zenta Zenzele
Zenzile Zerafet Zerdad Zeride Zettie Zevlüde Zewad Zeynal Zeynelabidin Zeynep Zeyno Zeynulla Zhane Ziba Zibuyile
Ziedonis Ziggy Zigmund Zigrīda Zihni Zikmund Zilfa Zillah Zilmil Zilpah Zilpha Zimran Zinal Zineb Zinhle Zinnura
Zinnure Zion Zipporah Ziya Ziyaettin Zizi Zlatica Zlatko Zoa Zoey Zofija Zoie Zoja Zollie Zoltan Zoltán Zophanías
Zophonías Zoral Zoran Zorica Zorka Zoé Zoë Zsanett Zsigmond Zsolt Zsombor Zsuzsanna Zsófia Zuba Zubayr Zubeyde Zuhri
Zulaikha Zulfa Zumaridi Zunilda Zuwayhir Zuwena Zuzana Zvonka Zvonko Zwatie Zélie Zóphanías Zóphonías Zöhrehan Züfer
Züheyla Zülbiye Züleyxa Zülfüye Zülgarni Zümre Zümrüd Ábel Ádám África Ágata Ágatha Ágnes Águeda Ágúst Ágústa Ágústína
Áki Ákos Álex Álfar Álfdís Álfey Álfgeir Álfgerður Álfgrímur Álfheiður Álfhildur Álfrós Álfrún Álfsól Álfur Álfþór
Álvaro Ámbar Ámundi Ángel Ángela Ángeles Ánh Árbjartur Árbjörg Árbjörn Árbjört Árdís Árelía Árelíus Árgeir Árgils
Árlaug Ármann Ármey Árna Árndís Árney Árnheiður Árni Árnína Árný Áron Árpád Ársæl Ársæll Ársól Árveig Árvök Áróra Árún
Árþóra Ása Ásberg Ásbergur Ásbjörg Ásbjörn Ásborg Ásdís Ásfríður Ásgautur Ásgeir Ásgerður Ásgils Ásgrímur Áshildur Ási
Áskatla Áskell Ásla Áslaug Áslaugur Ásleif Áslákur Ásmar Ásmundur Ásný Ásrós Ásröður Ásrún Ást Ásta Ástbjörg Ástbjörn
Ástbjört Ástdís Ástfríður Ástgeir Ástgerður Ástheiður Ásthildur Ástmar Ástmundur Ástráður Ástríkur Ástríður Ástrós
Ástrún Ástvald Ástvaldur Ástvar Ástveig Ástvin Ástþrúður Ástþór Ástþóra Ásvaldur Ásvarður Ásvör Ásólfur Ásþór Áurea
Âdem Âlemşah Ângela Ângelo Änne Åbjørn Åge Åke Åsa Åse Ægileif Ægir Æsa Æsgerður Æsir Ævar Ævarr Çakar Çakırca Çaltı
Çalım Çamok Çapkan Çavuldur Çağa Çağdan Çağlar Çağlasın Çağveren Çelem Çelikkan Çelikyürek Çerçi Çetinsu Çeviköz
Çevregül Çilga Çimnaz Çinerk Çingiz Çisem Çokan Çolpan Çopur Çoğay Çıdal Çıvgın Èric Édgar Édith Édouard Élisabeth
Élise Élodie Éléonore Émile Émilie Éric Érica Étienne Éva Ëakumbu Ían Ída Ígor Íma Ími Ína Íngrid Íren Írena Íris
Írunn Ísabel Ísabella Ísadóra Ísafold Ísak Ísalind Ísar Ísarr Ísbjörg Ísbjörn Ísdís Íseldur Ísey Ísfold Ísgeir
Ísgerður Íshildur Ísidór Ísis Íslaug Ísleif Ísleifur Ísmael Ísmar Ísmey Ísold Ísrael Ísrún Íssól Ísveig Ísól Ísólfur
Ítalo Íunn Íva Ívan Ívar Íñigo Óda Ófeigur Ófelía Óla Ólafur Ólafía Ólafína Ólavía Óli Óliver Ólivía Ólína Ólíver Ólöf
Ómar Ómi Ósa Óscar Ósk Óskar Ósvald Ósvaldur Ósvífur Ótta Óttar Óttarr Óðinn Öge Ögmunda Ögmundur Ögn Ögri Ökkaş
Öktürk Ölnir Ölrún Ölveig Ölver Ölvir Ömer Ömriye Ömür Öncel Öndólfur Önel Öngen Önsal Önundur Örbrún Örfiye Örik
Örjan Örk Örlaugur Örlygur Örn Örnólfur Örvar Öryürek Ösp Össur Östen Över Övün Öxar Özakan Özalpsan Özaslan Özay
Özbay Özbilek Özbilge Özdal Özdeş Özdil Özdoğdu Özel Özerdinç Özertem Özge Özger Özgün Özgür Özinal Özkent Özkutlu
Özlem Özlü Özokçu Özpetek Özpınar Özsözlü Öztek Öztürk Özyurt Özçam Özüdoğru Öğet Øivind Øjvind Ørni Øvli Øystein
Øyvind Úddi Úlfa Úlfar Úlfdís Úlfey Úlfgeir Úlfheiður Úlfhildur Úlfhéðinn Úlfkell Úlfljótur Úlfrún Úlftýr Úlfur Úlla
Úlrik Úna Úndína Úranus Úranía Úrsula Úrsúla Übeydullah Üge Ülfet Ülke Ülküdeş Ülküm Ülle Ülvi Ümid Ümmahan Ümmet
Ümmühan Ümray Ünal Ünek Ünlen Ünsever Ünübol Ürfettin Ürper Üsame Üstün Üzer Üzeyir Üçgül Ýja Ýma Ýmir Ýrar Ýrr Þalía
Þangbrandur Þeba Þengill Þeyr Þeódís Þeódóra Þinur Þiðrandi Þiðrik Þjálfi Þjóstar Þjóstólfur Þjóðann Þjóðbjörg
Þjóðbjörn Þjóðgeir Þjóðhildur Þjóðleifur Þjóðmar Þjóðrekur Þjóðvarður Þjóðólfur Þoka Þorberg Þorbergur Þorbjörg
Þorbjörn Þorbrandur Þorfinna Þorfinnur Þorgarður Þorgautur Þorgeir Þorgerður Þorgestur Þorgils Þorgnýr Þorgríma
Þorgrímur Þorgísl Þorkatla Þorkell Þorlaug Þorlaugur Þorleif Þorleifur Þorleikur Þorlákur Þormar Þormundur Þormóður
Þorri Þorsteina Þorsteinn Þorstína Þorvaldur Þorvar Þorvarður Þrastar Þrymur Þrá Þráinn Þrándur Þróttur Þröstur Þrúða
Þrúðmar Þrúður Þula Þura Þurí Þuríður Þurý Þyri Þyrnir Þyrí Þór Þóra Þóranna Þórar Þórarinn Þórarna Þórbergur Þórbjörg
Þórbjörn Þórdís Þórelfa Þórelfur Þórey Þórfríður Þórgnýr Þórgrímur Þórgunna Þórgunnur Þórhaddur Þórhalla Þórhalli
Þórhallur Þórhanna Þórheiður Þórhildur Þórir Þórkatla Þórlaug Þórlaugur Þórleif Þórleifur Þórlindur Þórmar Þórmundur
Þórný Þórodda Þóroddur Þórormur Þórsteina Þórsteinn Þórsteinunn Þórstína Þórunn Þórveig Þórvör Þórða Þórður Þórólfur
Þórörn Þöll Þúfa Ādams Ādolfs Ārija Ąžuolas Đuro Đurđica Ērika Ēriks Ēvalds Ğanim Ģederts Ģirts İbiş İbrahim İde
İdiris İhsan İkiz İklim İlalmış İlbek İldem İldeş İlgi İlham İlim İlkbahar İlkim İlkin İlklima İlmafer İlper İlqar
İlsu İlteriş İlyas İmam İmge İmran İmren İmrihan İnançlı İncifir İnqilab İnsaf İntihap İntiqam İntizar İrfan İsa İsak
İslam İslime İsmayıl İsmet İsra İsrafil İvecen İxtiyar İyiyürek İzel İzgü İçimbike İşcan Ľubica Ľubomír Ľubomíra Ľubor
Ľuboslav Ľuboslava Ľuboš Ľudmila Ľudomil Ľudomila Ľudovít Łukasz Şaban Şabettin Şadıman Şafii Şahat Şahdiye Şahin
Şahinbey Şahinder Şahlar Şahmar Şahmettin Şahnaz Şahnuray Şahıgül Şakir Şali Şamiha Şamil Şamxal Şanlı Şavki Şayan
Şazime Şefi Şefiye Şehamet Şehreban Şehza Şekim Şelâle Şemsettin Şemsinisa Şendoğan Şenkal Şennur Şerafeddin Şeref
Şerman Şevket Şevketfeza Şeyda Şide Şilan Şinasi Şirin Şirivan Şirzad Şuayp Şöhret Şükri Şüküfe Şükür Şıxı Šarlota
Šarūnas Šime Šimon Špela Štefan Štefanija Štefica Štefka Štefánia Štěpán Štěpánka Šárka Žan Žaneta Žanis Željka Željko
Želmíra Žemyna Žiga Žigmund Živa Živilė Žofia Žofie Žygimantas Əbdül Əflatun Əhliman Əli Əliş Əmin Əmir Ərtoğrul Əyyub
Șerban Ștefan Ștefana Ștefania
"""

SURNAMES = """
Aages Aalto Aaltonen Aalts Aanei Aarden Aarts Aas Aasa Aasmäe Aavik Ababei Abada Abascal Abatantuono Abba Abbad Abbadh
Abbagnale Abbaslı Abbasov Abbasova Abbassi Abbes Abbosov Abdelaziz Abdellaoui Abdelli Abdiaziz Abdifatah Abdikadir
Abdille Abdinoor Abdou Abdow Abduazizov Abduboriyov Abdulhamidov Abdulla Abdullaoğlu Abdullayeva Abdullohov
Abdumalikov Abdurahmonov Abella Abellán Aberhart Abiola Abičić Aboraa Abou Abouda Aboukir Abrafi Abrahamsen
Abrahamsson Abrahám Abrahámová Abramov Abramović Abrassart Abrorov Abubakrov Abuga Aburto Abwao Accardo Acedo Acerbi
Acero Achaorainn Acharya Achberger Achbergerová Acheampong Achison Achleitner Achola Achour Achouri Ackerl Acuña
Adadia Adamec Adamecová Adamová Adamu Adasme Adebisi Adegbite Adegoke Adelaar Adelakun Adels Adelusi Ademiluyi Ader
Aderibigbe Aderogba Adesiyan Adetokunbo Adeyemi Adeyemo Adhastair Adhiambo Adinolfi Adisa Adolfsson Adoma Adomah
Adomako Adongo Adow Adriaansen Adriaensdr Adriaense Adriaensen Adriaenssens Adriansyah Adrovic Adryaens Adríans
Adríels Adu Adusei Adutwum Adutwumwaa Adwubi Adíels Adólfs Adžijević Aebi Aeby Aedo Aeije Aelftrud Aerts Aertsz
Afanasjev Afirifa Afoakwa Afolabi Afolayan Afonja Afrakomaa Afruzova Agazzi Aggarwal Agnars Agnesi Agnis Agostinelli
Agovic Agrawal Aguado Agudelo Agudo Aguiló Agullo Agurto Agustí Agyapomaa Agyapong Agyare Agyei Agyeiwaa Agyemang
Agüero Ahearne Aherne Ahlberg Ahlgren Ahlin Ahlqvist Ahlström Ahluwalia Ahmadi Ahmadov Ahokas Ahola Ahonen Ahortor
Ahuja Aichholzer Aichinger Aidicín Aigner Ailpín Ailín Aindriais Aindriú Ainmneach Ainsboro Airaksinen Airchinnigh
Airligh Airmeas Airt Aissani Aissaoui Aitigín Ajao Ajayi Ajello Ajewole Akbarov Akdeniz Akelis Akello Akgündüz Akhtar
Akinrinola Akmalov Akmačić Akoaa Akobirov Akoto Akowua Aksu Akyaa Akyeampomaa Akyeampong Akyena Akça Akçay Alabi
Alanen Alanko Alarcón Alastroim Alatalo Alberdi Albero Alberola Albertini Alboni Albornoz Albu Albuquerque Alcalde
Alcalá Alcolea Alcántar Alcántara Alcázar Aldars Aldobrandi Alegre Alegría Aleksandrov Alekseev Alemannië Alemany
Alemdar Alemán Alenburg Alexanders Alexandersson Alexs Alfieri Alfonsi Alfreds Alfredsson Alfreðs Aliaga Alighieri
Alinurov Alio Aliyev Aliyeva Alković Alksne Alksnis Allal Allali Allans Allas Allemanië Allende Allendes Aller Allerby
Allik Allmhúráin Almagià Almagro Almansa Almars Almazán Almgren Almonacid Almqvist Aloba Aloisio Alonzi Aloo Alpaidis
Alreks Alsina Altenwerth Altera Altmann Aluoch Alvars Alvear Alvins Alzate Alzinova Amaldi Amalrada Amanović Amat
Ambani Ambrasas Ambrožič Ameur Amhalghaidh Amhlaigh Amhlaoigh Amhlaoimh Amidžić Amigó Aminova Amirayeva Amirov
Ammaniti Ammari Amoa Amoako Amoakowaa Amoanimaa Amoasi Amoit Amores Amorim Amorós Ampadu Ampofo Ampofowaa Ampoma
Amponsa Amponsah Ampuero Amrane Amrani Amrein Amrouche Amstel Amírs Anabadha Anand Anarqızı Anastasi Anciaux Anderberg
Anderl Andersson Andorful Andrašek Andrašík Andrašíková Andreassen Andreasson Andreev Andreotti Andreozzi Andreu
Andriani Andries Andrijašević Andrijević Andráš Andrášik Andrášiková Andrášová Andrén Anekvorakul Anele Anfinns
Angantýrs Angarita Angeli Angerer Anggraini Anggriawan Angiolello Angis Anglada Anguillara Anguissola Anguita Angwenyi
Anichini Anima Anisayeva Anissimov Aničić Anjos Ankra Ankunding Annarrs Annars Annels Annraoi Annsboro Annus Anokye
Anraoi Ansa Ansboro Ansems Ansomaa Ansomah Ansorova Antalová Antelami Anthonys Antikainen Antić Antolković Antonacci
Antonetti Antonini Antonioni Antonić Antonov Antonsen Antonsson Anttila Anttonen Antunes Antwi Antwiwaa Antón Antúnez
Anvarov Anyanwu Anyona Aodha Aodhchain Aodhchaoin Aodhgáin Aodháin Aogáin Aoidh Aoko Aonghais Aonghuis Aonghusa
Apablaza Aparecida Apine Apinis Apiyo Apondi Aporti Appelman Appia Appiah Apsīte Apsītis Apte Arab Aracena Aragonés
Aragão Aragón Aramburu Arancibia Araneda Arans Aravena Araya Arazlı Araújo Arboleda Arco Arcos Ardelean Ardianto
Ardila Arens Arents Argan Argentero Argenti Argurio Ariasso Aribi Ariens Arifcanov Arinbjörns Ariosto Ariza Ariño
Arjona Arkel Armellini Armendáriz Armengol Arnaiz Arnal Arnalds Arnars Arnbergs Arnbjörns Arndórs Arnesen Arnfinns
Arnfreyrs Arngeirs Arngríms Arnkells Arnlaugs Arnleifs Arnljóts Arnmunds Arnmóðs Arnodds Arnould Arnsberg Arnsteinns
Arnviðs Arnórs Arnúlfs Arnþórs Aro Aroca Arons Aronsson Arora Aros Arranz Arregui Arriagada Arribas Arro Arslan Arsoy
Arths Arthúrs Artigas Artner Artáin Artúir Artúrs Arula Arvidsson Aryani Arzulu Aránguiz Arévalo Aríels Asadov Asaels
Asamoa Asamoah Asante Asantewaa Asare Aschauer Aschman Asenjo Asensio Asenso Asiama Asiedu Asieduwaa Asikainen
Asilayeva Asilbekov Aslanova Asmanova Asmiraeva Asmundo Aspars Asplund Asprucci Assche Asselin Assem Assunção Asten
Astete Astuti Ata Ataa Atakişioğlu Atienza Atlis Attia Atwal Atzler Aubert Aufderhar Augustsson Auinger Aulenti Auma
Aumann Aun Auniņa Auniņš Aus Austars Austermühle Austmanns Austmars Austris Autio Auvinen Auwera Auziņa Auziņš
Auðbergs Auðberts Auðbjörns Auðgeirs Auðkells Auðmunds Auðunns Auðuns Auðólfs Avendaño Avilés Avogadro Avoirt Avotiņa
Avotiņš Awadh Awinja Awino Awodiran Awolowo Awuah Awuor Axels Axelsson Axundlu Axundov Axundova Ayad Ayadi Ayanda
Ayandokun Ayieko Ayize Aylinova Ayllón Ayoola Ayubov Ayuma Ayuso Azcona Azizov Azizova Aznar Azorin Azzouz Azócar
Aðalbergs Aðalberts Aðalbjörns Aðalborgars Aðalgeirs Aðalmunds Aðalráðs Aðalsteinns Aðólfs Ağaoğlu Ağayeva Baafi Baah
Baalen Baawia Babanlı Babati Babato Babayeva Babbo Babey Babić Babič Babjak Babjaková Babka Babtunde Babu Bacha
Bachinger Bachler Bacosi Badal Badami Badan Badel Badoer Badoglio Badu Badía Baele Baelen Baena Baere Baert Baeten
Baetens Baets Baeyens Baggio Baghdadi Baglioni Bahamonde Bahamondes Baharia Baharlı Bahl Bahloul Bahna Bahno Bahnová
Bahon Bahri Bahringer Bailly Bailís Bairéad Baisceir Bajaj Bajamonti Bajan Bajardi Bajc Bajwa Bakare Bakhouche Bakhti
Baksa Bakshi Bakıxanov Bal Balaguer Balakrishnan Balan Balasubramanian Balatinac Balay Balbi Balbo Baldauf Baldick
Baldvins Baldwins Balinčić Balistreri Balić Baljak Balla Ballester Balmat Balode Balodis Balogun Balotelli Baltasars
Baltiņš Baláž Balážová Bambis Bamidele Bamiloye Bandello Bandeville Bandi Banerjee Banik Baničević Banko Bann Bannáin
Banovac Bansal Bantwini Banville Banzer Banáin Baoighealláin Baoighill Baoill Bappa Baquero Barac Baracca Barad Baral
Baranka Baranková Baranov Baranová Baraza Barać Barbarigo Barberini Barbero Barberá Barbey Barbier Barbieux Barbir
Barbić Barcaccia Barcella Barceló Barents Barese Baresi Barešić Bargetze Baria Barillaro Barillon Barić Baričević
Barišić Barkholz Barković Barnaba Barneville Baroffio Barok Baroková Barongo Barozzi Barracco Barragán Barral Barranco
Barreda Barrena Barrnette Barría Barsanti Barthelemy Bartl Bartoletti Bartoli Bartovič Bartovičová Bartoš Bartošová
Bartošík Bartošíková Barušić Bary Barzini Barðis Baró Baróid Barón Barún Basadonna Basak Bascuñán Bashirian Bassis
Bastiaanse Bastiaense Bastida Bastidas Bastin Bastíans Bastías Basu Bataglia Batalla Batchelar Batliner Batlle Batra
Batrac Batrnek Batta Battelli Battisti Baudoux Baudry Bauduin Baugs Bausch Baustert Bauwens Bauzà Bava Bavaud Bave
Bawa Baya Bayeni Bayo Bayona Bayramov Bayón Bazin Bazjak Bazzi Baños Bañuelos Bača Bačak Bačić Bağırov Bağırova Baňa
Baňas Baňasová Baňo Baša Bašić Baška Baško Bašková Bašnec Bašo Bašová Beacháin Beaglaoich Beagáin Beahan Beakey
Beannuille Bearnáin Beartlaigh Bearáin Beasty Beaujean Bebić Beccaria Beccheria Bech Becht Bechtelar Beckers Beckius
Bednár Bednárik Bednáriková Bednárová Bednář Bednářová Beeck Beeckman Beeckmans Beek Beernaert Beernink Beffa Beffort
Beggan Begonja Beguin Begum Behl Behruzov Beieren Beigg Beijring Beinirs Beinteinns Beirgin Beirn Beissel Beitirs Beka
Bekaert Bekans Bekbergen Belaid Belaidi Belarbi Belbachir Belda Bele Beletić Belhadj Beljajev Belkacem Belkacemi
Belkadi Belkheir Belkhiri Bellemans Belletini Bellido Bellini Bellocchio Bellucci Bellò Belmans Belmar Belov Belošević
Belpere Beltrán Bembo Benabdellah Benahmed Benaicha Benaissa Benali Benamar Benamara Benameur Benaouda Benavent
Benavente Benavídez Benchapatranon Bencheikh Benedikts Benet Beneš Benešová Bengtsson Benidikts Benigni Benić
Benjamíns Benmoussa Benonýs Bensaid Bensalah Bensalem Benslimane Bentheim Benthin Benussi Benyahia Benyamina Benyoucef
Benziane Benítez Benónís Benónýs Benčić Beoláin Beourgeois Beraković Beranová Berberat Berchem Berchtold Berendse
Berengario Berenguer Berents Bergant Bergdahl Bergfinns Berghe Berghmans Berghreinns Bergjóns Bergkvist Bergmanns
Bergmars Bergmunds Bergnaum Bergoglio Bergqvist Bergsteinns Bergsten Bergstrand Bergström Bergsveinns Bergvall
Bergvins Bergþórs Berkahn Berkane Berkani Berkel Berkum Berlusconi Bermejo Bermingham Berminghim Bermúdez Bernaards
Bernad Bernardić Bernardová Bernasconi Bernat Bernetti Berney Bernhards Bernharðs Bernicia Bernini Bernis Bernolák
Bernoláková Berntsen Berntsson Berrocal Berrè Berríos Bersani Berscheid Bersis Bertels Bertelsen Bertemes Bertho
Bertilsson Bertoli Bertolucci Bertoni Bertoša Bertrams Bertrán Bervoets Beránek Beránková Besançon Besençon Besnard
Bessis Besson Betancur Betschart Bettahar Bettendorff Bettin Bettoni Betúels Beuchat Beuret Beurret Bevc Beyens
Bezemer Bezić Bezjak Bezák Bezáková Beňa Beňo Beňová Beňuš Beňuška Beňušková Beňušová Bhagat Bhailis Bhailís Bhaird
Bhaitéir Bhaldraithe Bhalla Bhandari Bhardwaj Bhargava Bhasin Bhat Bhatnagar Bhattacharyya Bhatti Bhavsar Bheacháin
Bheannuille Bheatha Bhebhe Bhedleni Bheithigh Bhejelibomvu Bhembe Bhengu Bhensela Bhiadhtaigh Bhial Bhiocáire
Bhloscaigh Bhosc Bhovungana Bhreitheamhain Bhreithimh Bhriain Bhríde Bhua Bhulbh Bhulf Bhungane Bhuí Bháin Bhál Bia
Biacháin Biagi Biagiotti Biaidh Bianchini Biasta Biataigh Bibisorayeva Bicek Biceková Bichler Bie Biedermann Bielik
Bieliková Bieri Bierstraten Biesenbos Biesty Biezenbos Biggen Bignami Bignardi Bii Bijelić Bijlsma Bikelwayo Bikwayo
Bilbao Bilek Bileková Bilgin Bilir Bilka Bilko Bilková Billung Bilolov Binaghi Binda Bingula Binner Bintner Bintz
Bionáin Biorainn Bioráin Bir Birgen Birgirs Birkeland Birkirs Birkić Birn Birnirs Birtings Birtirs Birtić Birzniece
Birznieks Biró Bishell Biswas Bitschnau Biver Biwer Biwott Bixio Biyase Biyela Bizjak Bićanić Bičak Bičanić Bjargars
Bjargmunds Bjargþórs Bjarkans Bjarkars Bjarkis Bjarmars Bjarmis Bjarnars Bjarnfinns Bjarnfreðs Bjarnharðs Bjarnhéðinns
Bjarnis Bjarnlaugs Bjarnleifs Bjarnsteinns Bjarnólfs Bjarnþórs Bjartmanns Bjartmars Bjarts Bjartþórs Bjeliš Bjólans
Bjólfs Björgmunds Björgvins Björgólfs Björgúlfs Björklund Björkman Björns Björnólfs Blaak Blagaić Blaho Blahová
Blanchet Blanda Blanes Blasco Blasi Blatnik Blauensteiner Blazquez Blažejová Blažek Blažević Blažič Blažičko Blažková
Blees Bleijenberg Blewanus Blin Blioscáin Blixt Bloemendaal Blokland Blomgren Blomkvist Blommaert Blomme Blomqvist
Blondeel Blondel Blondiau Blonk Blowick Bláca Bláha Bláhová Bláthmhaic Blázquez Blængs Blærs Blævars Blümel Boada
Boadi Boadu Boaga Boahen Boakye Boakyewaa Boase Boatemaa Boatemaah Boaten Boateng Bobal Bobanović Bobula Bobulová
Boburov Bobuľa Bobuľová Bocca Boccaccio Boccherini Boccioni Bocelli Bochud Bodaicín Bodart Boddaugh Bodhlaeir Bodhlaer
Bodnár Bodoni Bodson Boechat Boeck Boeckx Boers Boeser Boetet Boezio Bogadi Bogaert Bogaerts Bogdanov Bogdán Bogis
Bogisich Bognár Bogović Bogáin Bohlander Bohlin Bohnbach Bohórquez Boiardo Boichat Boillat Boily Boitani Boito Boix
Bojanić Boke Bolaños Boldù Bolghuidhir Bolguidhir Boljkovac Bolkesteijn Bollen Bolliger Bollis Bolnbach Bolzmann
Bolívar Bolčević Bombieri Bompiani Bonatti Bonaventura Bonaya Bonbach Bondarenko Bondra Bondrová Bondt Bondumier
Bonino Bonnin Bonolis Bonsra Bonsu Bont Bonte Bonueva Bonvin Bonvini Booden Boogaerts Boonen Boonpungbaramee Bophela
Bor Bora Borah Borak Borbély Borde Borek Boreková Boreland Borgars Borghese Borgia Borgström Borgúlfs Borgþórs Borik
Boriková Borisová Borissov Boriš Borišová Borka Borko Borková Borojević Borovský Borový Borošak Borra Borrani Borrell
Borremans Borromeo Borromini Borroni Borrás Borsellino Borsiere Bortacháin Boru Borzomì Borík Boríková Bosilj Bosio
Bosire Bosman Bosmans Bossche Bosshard Bossi Bossuyt Boström Bosurgi Bosák Bosáková Botella Botham Botica Botić
Bottaro Botteron Botticelli Bottigliero Bouabdellah Bouafia Boualem Bouali Bouaziz Boubekeur Boucetta Bouchama
Bouchareb Bouchat Bouchet Bouchez Bouckaert Boucsein Boudart Boudewijns Boudiaf Boudjemaa Boudraa Bouguerra Bouhuizen
Boukhalfa Boukhari Boukhatem Boulogne Boumaza Boumediene Bounab Bourgondië Bourguignon Bourquard Boussaid Boutaleb
Bouthoorn Bouvet Bouvier Bouwhuisen Bouziane Bouzid Bouzidi Boven Bovene Bovenen Bovet Bovy Bowater Boyabenyathi Boyse
Boðis Boška Bošnjak Bošnjaković Bošňák Bošňáková Božanić Božanović Božiković Božić Božič Božičević Božičković Bracke
Bradden Bradić Bradtke Bradáin Brae Braem Bragadin Bragaglia Bragis Bragt Brahier Brahimi Brahmbhatt Brahmi Brajković
Brakus Bralić Bramante Brambilla Branaola Brancaccio Branciforte Brandenburger Brandić Brandner Brandstetter
Brandstätter Brandtner Branković Brannelly Braoin Braonáin Brar Brasseur Brassil Bračun Brcko Breanndáin Breasail
Breasláin Breathnach Bregar Breheny Breisleáin Breitenberg Brekis Brenen Bresciani Bresis Bresnehan Bresse Brestirs
Bresé Breugel Breugelensis Breugelmans Breukeleveen Breukelveen Brezina Brezinová Brezjan Breznik Briain Briand
Brianáin Briartaigh Bric Briccialdi Briceño Brichard Brichese Bridson Briede Briedis Briel Briemer Briere Brievingh
Brimars Brimirs Brimis Briody Brisee Briseño Brislane Brisleáin Britvec Brizee Briútean Brjánns Brlas Brlek Brletić
Broberg Broddis Brodin Broeck Broeckx Broeders Broek Broekhoven Broeshart Broggini Broic Broin Brolcháin Brolin
Bronder Broquet Broschi Brosnacháin Broughan Brouwers Broy Brož Brožová Bru Bruacháin Bruadair Bruadar Bruchem Brugman
Brugnaro Bruic Bruijn Bruijne Bruiséal Brumleve Bruneel Brunel Brunelleschi Brunello Brunos Brunovská Brunovský
Brunswijk Bruscantini Bruun Bruycker Bruyn Bruyne Bruyninckx Bruynzeels Bruyère Bruška Bruško Brušková Bryngeirs
Brynjars Brynjólfs Brynjúlfs Brynleifs Brynsteinns Bryntýrs Brynþórs Brádaigh Bráonáin Brännström Bräuer Bréanáin
Brímis Bríonáin Brógáin Bróithe Brún Buachalla Buadha Buadhacháin Buadhaigh Buaile Buchberger Buchegger Buchinger
Buchler Buchner Buckridge Budai Budaqlı Budhlaeir Budig Budiman Budiyanto Buelens Buendía Bugnon Bugueño Buick Buijs
Builtéir Buisson Buitléir Buitrago Bujard Bukhosini Bukovec Bukovská Bukovský Bukvić Buljan Bulle Bultot Bulzoni Bumb
Bundi Bungić Bunić Bunlerngsri Bunlupong Bunschoten Bunčić Buonauro Burbano Burcardo Burchill Bureš Burešová
Burgstaller Burić Burknis Burnach Burri Burtscher Burčul Buršić Buscetta Busienei Busoni Busquets Butala Butković
Butkus Butselaar Buttimer Buttimore Buuren Buyse Buysse Buytelaar Buzov Bučanac Bučar Bušljeta Bwire Bylund Byström
Bácaeir Bácaer Báez Báidh Báin Bán Bánová Bárcena Bárta Bártová Bárðs Báth Bäck Bäckman Bäckström Bähr Bär Bärer
Bättig Bærings Bærons Bègue Béagáin Béalatún Béarra Béataigh Bédard Bégin Béguelin Béice Béireach Béland Bélanger
Bélisle Bérubé Bétancourt Bílek Bílková Bóis Bórik Bóriková Bórquez Bótólfs Bôrik Bôriková Bõstrov Böck Böhler Böhm
Bökenkamp Börjesson Börks Börner Bösch Böðvars Bøe Bùi Búis Búrc Búrca Búris Büchel Bühler Bühlmann Bürger Bērziņa
Bērziņš Cabanillas Cabañas Cabbarlı Cabeza Cabhail Cabibbo Cabo Caboto Cabraigh Cabrero Cabrini Cabán Caccianemico
Caccioppoli Cadden Caddow Cadefau Cadenas Cadhain Cadhla Cadhlaigh Cadorna Caetani Cafarchia Caffarelli Cafferkey
Cafferky Cafferty Cafraigh Cafua Cafuk Cagnin Cagnotto Cahalane Cahillane Caibe Caicedo Caidín Cailpín Cailín Caimbeul
Caimbéal Cainero Caingne Cainnigh Cairbre Cairealláin Caironi Caiside Caisleáin Caislin Caisín Caithir Caithlín
Caitigín Calaigh Calarco Calatayud Calbhaigh Calbo Caldeira Calderón Calgari Callanáin Callebaut Callegari Callegaro
Calleja Callens Callewaert Calligan Callinan Cally Calláin Calnáin Caluza Calvet Calvey Camalov Camanni Cambier
Camicione Camilleri Camino Camiscione Cammel Campano Campenhout Campillo Campise Campoy Camuccini Camus Canainn Canali
Cancino Candaux Candia Canet Canetta Canevascini Canil Canna Cannan Canniffe Cannizzaro Canova Cantillo Cantimori
Cantón Cantú Caobhacáin Caobháin Caochlaigh Caochlaí Caocháin Caodhla Caodháin Caoidheáin Caoile Caoileáin Caoillidhe
Caoilte Caoimh Caoin Caoindealbháin Caoinigh Caoinleáin Caola Caollaidhe Caollaí Caoláin Caomháin Caomhánach
Caomhánaigh Caona Caonaigh Caotháin Caoáin Caparrós Capdevila Capecchi Capek Capeková Capelle Capka Capko Capková
Caplis Cappelli Capples Capua Capuaigh Capuana Caracciolo Carbaire Carbajo Carbery Carbó Cardano Cardon Cardozo
Carducci Carfagna Carić Carlier Carlsson Carluis Carmaig Carneiro Carnera Carnero Carnotte Carocci Carosone Carpaccio
Carragher Carragáin Carraidhin Carraud Carraux Carre Carretero Carreño Carreón Carrghamhna Carrghamhne Carriera Carrig
Carrigy Carrizo Carrión Carro Carráin Cartes Carthy Cartáin Cartúr Carullo Carville Carúin Carún Casa Casadei
Casagrande Casaide Casal Casaleggio Casalodi Casals Casanovas Casarin Casarlaigh Casellati Cashen Casier Casini
Cassart Cassarà Cassen Casserley Casserly Cassiano Cassin Castañeda Castaño Castejón Casteleyn Castell Castellitto
Castells Castelló Castilla Castioni Castrillo Castrillón Casárez Catailín Catalá Catalán Catenazzi Cathail Cathala
Cathaláin Cathaoir Cathasaigh Cathbhaid Cathbhuadha Cathbhuadhaigh Cathbhuaidh Cathláin Cathmhaoil Catháin Cattaneo
Cattigan Cattin Caudron Caune Cavalcante Cavalcanti Cavanna Cavieres Cazorla Cañas Cañellas Cañete Cañizares Cea
Ceafarcaigh Ceallabhuí Ceallacháin Ceallaigh Ceallbhuí Ceamharcaigh Ceanainn Ceannabháin Ceannaigh Ceanndubháin
Ceannduibh Ceannfhaola Ceannfhaolaidh Ceanntabhail Ceapóg Cearbhaill Cearbhalláin Cearbhláin Cearbháin Cearmada
Cearnaigh Cearr Cearrúcáin Cearrúin Cearáin Ceatharnaigh Cebekhulu Cebisa Ceci Cecils Ceirisc Ceiriúcháin
Ceithearnaigh Celma Celmiņa Celmiņš Celms Cendron Cenge Centek Centeková Ceocháin Ceoinín Ceorais Ceothach Ceothánach
Ceothánaigh Cerar Ceravolo Cerdá Cerdán Cerezo Ceri Cerquiglini Cerro Cerutti Cervera Cervántez Cerón Cesaroni
Cesarotti Ceschi Cesnak Cesnaková Cestarić Ceulemans Ceuppens Ceárna Chacha Chacón Chada Chadha Chagwe Chahal Chaib
Chaihirankarn Chaisatit Chakrabarti Chakraborty Chalupka Chalupková Chamane Chand Chander Chandía Changawa Chaoin
Chaoui Chapelle Chappuis Chapuis Charef Charlier Charoensuksopol Charosova Charpié Charrier Chatriand Chatriant
Chatterjee Chatáin Chaudet Chaudhari Chaudhary Chaudhuri Chaudry Chauhan Chauveau Chauvet Chavarría Chawla Cheara
Chebii Cheboi Chebon Checa Chechi Cheda Cheema Cheikh Chelagat Chelimo Chellaoua Chemtai Chemutai Chenangat Chenaux
Chengo Chepchirchir Chepchumba Chepkemboi Chepkirui Chepkosgei Chepkurui Chepkwemoi Chepkwony Chepngeno Chepngetich
Cheptoo Chergui Cherian Cheriet Cherifi Cherono Cherop Cherubini Cherutich Cheruto Chesang Chesire Chevalley
Chevallier Chevresson Chevrolet Cheyech Chhabra Chiappetta Chibani Chibi Chibini Chigi Chikh Chiliza Chindamo Chinnici
Chirchir Chittolini Chloig Choda Choeychuen Choille Choinnigh Chokshi Chomba Chomhghaill Chomsri Chonco Chopard Chopra
Choque Chotzen Choudhary Choudhry Chovan Chovanec Chovanecová Chovanová Chowitunkit Chrappa Chrappová Christiaens
Christians Christoffersen Christophers Chrodtrud Chrosáin Chrétien Chudík Chudíková Chukwu Chumba Chumo Chávez
Ciabháin Ciampi Cianaigh Ciani Cianáin Ciaragáin Ciaraigh Ciarba Ciardha Ciardhubháin Ciarmhacáin Ciarmhaic Ciaráin
Ciarúcáin Cibane Cibhil Cibin Cibula Cibulka Cibulová Cibuľa Cibuľka Cibuľková Cicala Cichorius Cicilia Cid Ciganović
Cignaroli Cigán Cigánik Cigániková Cigánová Cigáň Cigáňová Cik Cikotic Cilea Cilibrasi Cill Cillartráin Cilltráin
Cillín Cimarosa Cimini Cindrić Cinnseala Cinnseamáin Cinnéide Cinnéir Cintrón Ciollabháin Cioltráin Cionnaigh
Cionnaith Cionnfhaola Cioráin Ciosáin Ciosóg Ciothaigh Ciothóg Cisterna Cisternas Civaschi Ciúinín Ciúrtáin Claesdr
Claesen Claesner Claessens Claesson Claeys Clafferty Claffey Claimhín Claochlaoigh Claochlaí Claonáin Claridge Classon
Clavero Clavin Clees Clenaghan Clerc Clerck Clercq Clerkin Clery Clinten Clocharta Clochartaigh Clochasaigh Clogherty
Cloherty Clohessey Clohessy Cloney Cloonan Cloone Clooney Clootwijck Closset Cluanaigh Cluanáin Clunies Clárach Cléir
Cléirchín Cléireacháin Cléirigh Clúin Clúmháin Clúnáin Cnuacháin Cnáimhsighe Cnáimhsí Cnáimhín Coardi Cobhthaigh Cobo
Cochláin Cociarelli Codina Coene Coenen Cofré Cogley Cohalan Coholan Coighin Coigil Coigligh Coigny Coile Coileáin
Coiligeáin Coiligh Coillte Coillín Coiléir Coilín Coimín Coincheanainn Coineoil Coineáin Coineóil Coingheallaigh
Coingheallá Coinghialla Coinghiallaigh Coinghíola Coinne Coinneacháin Coinneirtinne Coinneáin Coinnich Coinnigh
Coinnleáin Coinnéir Coinnér Coinnín Coinín Coirbín Coirnín Coisdeala Coisdealbha Coisteala Coistealbhaigh Coitir
Coitirigh Colbach Colfer Colhoun Colinet Colić Colla Collaigh Collao Collart Collaráin Collata Colleneler Colleran
Collet Collignon Collina Collinder Colling Collodi Colly Colláin Colmáin Colom Coloma Colomer Colot Colpaert Colreavy
Coluim Columbo Colón Comair Comar Comartún Comber Combi Comboni Combre Comencini Comeriato Comhdhain Comhghaill
Comhghain Comhraí Comisky Comisso Comman Commins Comní Comolli Compère Comte Comyn Comáin Conacha Conagail Conaill
Conaire Conallta Conalláin Conaola Conaonaigh Conaráin Conaty Conbhae Conbhaigh Conbhaí Conbhuaidh Conbhuidhe Conbhuí
Conbhá Conbá Conceição Concharraige Conchobhair Conchoille Conchradha Conchubhair Conchúir Condoleo Condren Conduibh
Condún Conefrey Conesa Confhaola Confraoich Congail Conghaile Conghamhna Coninck Conleágha Conluain Conláin Conmara
Conmee Conmhacháin Conmhaoil Conmhaí Conmhaídhe Conmhuí Conmy Conmí Connachtaigh Connachton Connachtáin Connacháin
Connaghy Connaigh Connallta Connaughton Connbhuí Connchamháin Conneeley Conneely Connellan Connghamhna Connmhacháin
Connmhaigh Connmhaí Connole Connollaigh Connáin Connóil Connól Connúcháin Conole Conra Conrach Conradi Conraoi Conree
Conry Consaidín Contarini Conter Conthra Contra Contrafatto Conáin Conámha Conóil Conúcháin Cooksley Coolahan Coolen
Coonan Coppens Corbacho Corbat Corboz Corbáin Corcora Corcoráin Corcos Cordier Corduff Coredo Coret Coreth Corish
Corlaigh Corless Cormacáin Cormaic Cormican Cormick Cormy Cornelisse Cornelissen Cornelisz Cornez Cornil Cornut Cornuz
Corominas Corpataux Corput Corra Corracháin Corradi Corradáin Corragáin Corraidh Corraidhin Corraigh Corrdhuibh
Corredor Correr Corrghamhna Corridan Corráin Corstiaens Cortés Corvalán Cosandey Coscair Cosendey Cosgair Cosgrave
Cosman Cossiga Cossy Costagáin Costalonga Costanzi Coste Costela Costelloe Cosáin Coterlet Coulon Counihan Courcey
Cournane Courtenay Courvoisier Coutts Couturier Couvreur Cowely Cragg Crahan Crahay Craidheáin Craith Crampsey
Crampsie Crangle Cranley Cranly Craobháin Creag Creagáin Crean Creedon Cregan Crehan Creimín Cremer Cremin Cremonesi
Crespi Cretton Crevar Crevoisier Criado Criagáin Cribbons Crilly Crimín Crinion Criomhthain Criostóir Criostúir
Crisafulli Crispi Cristoforetti Crivelli Crneković Crnković Croad Croal Crohan Croidheáin Croithín Crolly Crona
Cronelly Cronly Crosbie Crossan Crosáin Crota Crotaigh Cruacháin Cruadhlaoich Cruces Crucháin Crudden Cruitín Cryan
Crábháin Cráibhín Créadaigh Créagáin Críodáin Críogáin Críonáin Cródhal Cróil Cróinín Crónallaigh Crónghaile Crúis
Crúz Csonka Cuacach Cuag Cuagáin Cuaig Cualáin Cuana Cuanacháin Cuanaigh Cuanna Cuannaigh Cuanáin Cuarnáin Cuarta
Cubillos Cuda Cuddihy Cuenca Cuervo Cuffe Cugia Cuideagáin Cuideagánaigh Cuidithe Cuigeannaigh Cuijck Cuileamhain
Cuileannáin Cuileanáin Cuilinn Cuill Cuilleáin Cuilliudha Cuilliú Cuillín Cuilín Cuimilín Cuimín Cuineáin Cuinn
Cuinneacháin Cuinneagáin Cuinneáin Cuinnleáin Cuinnéir Cuirc Cuireáin Cuirleáin Cuirreáin Cuirrín Cuirtéir Cuirtéis
Cukon Culhane Culi Cullaigh Cullinane Culloty Culot Cumascaigh Cumhail Cumhaill Cumiskey Cumisky Cummerata Cummiskey
Cummisky Cundari Cunnaidh Cunnane Cunneen Cunny Curatoli Curdaigh Curdy Curnane Curneen Curnyn Curraidh Curraidhin
Curraoin Curráin Curtáin Cusano Cutrufo Cutuli Cuvarlı Cuvelier Cuyper Cuypers Cuyvers Cuzzocrea Cuéllar Cvenić
Cvetković Cvetnić Cvitan Cvrtila Cwalile Cyprich Cyprichová Cába Cáceres Cádáin Cámara Cánovas Cápa Cárcamo Cárdenas
Cárthaigh Câmara Céadagáin Céadaigh Céide Céidigh Céileachair Céilleachair Céirín Céitig Céitinn Céitín Cérúcáin
Céspedes Cíger Cígerová Cíobháin Cíobhánaigh Cíoráin Cíosóg Cíosóig Círríc Cógáin Cómair Córdoba Córdova Córrain Cózar
Côté Cúilriabhaigh Cúirnín Cúise Cúlacháin Cúláin Cúndúin Cúndún Cúnúin Cúnún Cúrnáin Cúrsa Cīrule Cīrulis Daako
Daakoaa Daal Dabhoireann Dabhráin Dabháin Dabo Dabukke Dach Dachgelder Dachgeldt Dachgelt Dada Daeid Daele Daems
Dagane Dagbjarts Dagfaris Dagfinns Daggeirs Daghnáin Dagmanns Dagnýrs Dags Dagsburg Dagþórs Dahir Dahlqvist Dahlström
Dahlén Dahm Dahmane Dahmani Daibheid Daibhidh Daibhíd Daibhín Daiken Daimhín Dalal Dalberts Daleiden Dalem Dalerov
Dallaire Dallapé Dallara Dallinger Dallis Dalmanns Dalmars Dalmau Daltún Dalvins Dalziel Damanik Damijanić Damirov
Damjanović Damjans Damme Danachair Dancák Dancáková Dandolo Daneková Dangl Danielsen Danielsson Danilov Danivals
Danková Danninger Dano Danová Dans Danso Dantes Daníels Danívals Dančiak Dančiaková Dančák Dančáková Daochain Daoda
Daola Daoud Daoudi Dar Dardel Dardenne Dargáin Darmody Darnau Darojković Darris Dasey Dasgupta Dass Datta Dautanec
Dautović Davern Davidsson Davitt Davoren Davíðs Davõdov Dawick Dayal Daza Daðis Dağlı Daňa Daňko Daňková Daňo Daňová
Deacair Deacy Deagánaigh Deargáin Dearmada Dearáin Dease Deasmhumhna Deasy Deaueroux Debelić Debeljak Debnár Debnárová
Debroux Debruyne Deceuninck Dechamps Deckers Deckow Declerck Declercq Decock Deconinck Decoster Deegadan Deehan Deeley
Deely Deeney Deeny Deery Degroote Degryse Degueldre Dehmel Dehon Deigan Deignan Deirg Dej Dejardin Dejonghe Dekeyser
Dekýš Dekýšová Deladoëy Delaere Delahaye Delahunty Delannoy Delap Delargy Delattre Delaunay Delcourt Delcroix Deledda
Deleu Delforge Delfosse Delhaye Delhez Dellucci Delmotte Deloughrey Deloughry Delporte Deltour Delvaux Delvigne
Delwayo Delèze Deman Demanet Demaret Demeulenaere Demeyer Demeyere Demir Demirel Demmendaal Demoulin Demuynck Demšar
Denesik Deng Dengg Denihan Denissov Dennenberg Denys Deníels Deo Deol Deoraidhin Deoráin Depero Depoorter Deprez
Depuydt Derbal Derežić Derkaoui Derouiche Derradji Derrig Derycke Desbiens Descamps Deschênes Descombes Deshmukh
Deshpande Deshusses Desio Desmedt Desmet Dessart Dessel Dessy Detaille Dethier Detournay Detry Detti Deutschmann
Devally Devanney Devaux Devenney Devereux Devery Devečka Devečková Devillers Devilly Devolder Devoy Devriendt Dewaele
Dewan Dewez Dewilde Dewitte Dewulf Deágha Deághdha Deák Deáková Deže Dhadho Dhaliwal Dhar Dhawan Dhiarmada Dhillon
Dhingra Dhondt Dhonncha Dhonnchadha Dhonnchaidh Dhorchaidh Dhuarcáin Dhubhghail Dhubhghaill Dhuibh Dhuibhir Dhuinn
Dhuinneabháin Dhuinnshlé Dhuinnshléibhe Dháibhidh Dháibhis Dhé Dhúirnín Diaconescu Diaconu Diaf Diarmada Dib Dibbert
Dibiasi Dicki Didović Dierckx Dierick Dierickx Diesbach Diesbergen Dietl Dieu Dieudonné Dif Diffin Diffley Diggin
Dighe Dignan Dijck Dijk Dijkman Dijkstra Dijoux Dikane Dildorova Dillane Dillen Dilnozova Dilnurova Dima Dimba Dimbane
Dimbani Dinabantu Dinamarca Dinangwe Dindela Dindi Dingila Dinneen Dinwa Diolain Dioláin Diolúin Diolún Dionún Dioráin
Diothchain Diothcháin Dippel Dircken Direáin Dirnberger Dirrane Dirven Disdero Diskin Ditschlerin Divenney Diviney
Dixit Diyorayeva Diyorov Dizdar Diéguez Diðriks Djebbar Djellal Djellouli Djoudi Dlaba Dlabane Dlabazane Dladla
Dlakadla Dlakela Dlamane Dlambula Dlamdaka Dlamini Dlamlenze Dlangamandla Dlawuza Dlebenkomo Dlodlo Dlomo Dludla
Dludlu Dlungwana Dmitriev Dobbelaere Dobbin Dobes Dobler Dobre Dobrić Dobšinská Dobšinský Dochartaigh Dochioiu Dockx
Docquier Doesburg Dofris Doghair Dogherty Doglioni Doibhilin Doighre Doingeard Doirnín Dokkum Dolainn Dolenc Doležal
Doležalová Dolinar Dolinšek Dolić Dollis Domhnaigh Domhnaill Domhnalláin Dominiković Dominiks Dominković Dommelen
Doménech Domínguez Donagher Donaire Donaoile Donarelli Donatoni Doncabe Donchadha Donchú Donda Dongen Donghaile
Dongoran Donini Doniyorov Donkor Donnabháin Donnagáin Donnan Donnay Donnchadha Donnchaidh Donnchú Donndhubhartaigh
Donndubhartaigh Donnghaile Donnghusa Donnáin Donoso Dony Donà Dončević Dooey Doogan Doohan Dooly Dooren Doorhof Doorn
Doornhem Doorty Doppler Doraí Dorcha Dorchaidh Dorchaidhe Dorchaigh Dorcháin Dordan Dordáin Dorfer Dorka Dorko Dorková
Dornan Dorot Dorotová Dorová Dorrian Dorsman Doshi Dossetti Dossi Dostert Dostál Dostálová Doudigan Doumont Dovara
Dovudov Dower Dowerg Dowey Dowley Dočolomanská Dočolomanský Draaisma Draghi Dragičević Dragobratović Dragojević Drajna
Drajnová Drakulić Drandić Draupnirs Draxler Dražić Drekis Drengs Drenthe Dretvić Drian Driesen Driessche Driessen
Drisceoil Drobná Drobný Droguett Drohan Droighneáin Droma Droney Droppa Droppová Drotár Drotárová Droz Drozdov
Druacháin Druart Drubin Drummy Druso Dríscín Drócháin Dróna Drónaidhe DuBuque Dua Duah Duarcáin Duba Dubandlela
Dubazane Dubey Dubha Dubhabhoireann Dubhagáin Dubhaigh Dubhartaigh Dubhchain Dubhda Dubhdháin Dubhdábhoireann
Dubhghaill Dubhgáin Dubhlaigh Dubhlainn Dubhlaoich Dubhluachra Dubhláin Dubhradáin Dubhshláine Dubhthaigh Dubhuidhe
Dubháin Dubnička Dubovečak Dubovská Dubovský Dubé Duchêne Dudeková Dudik Dudka Dudko Dudková Dudo Dudok Dudoková
Dudová Dudás Dudík Dudíková Duez Dueñas Dufie Dufrane Dufrasne Dufþaks Dugal Dugar Duhamel Duhig Duhy Duibhealla
Duibheannaigh Duibhfhinn Duibhgeadáin Duibhgeannaigh Duibhgeannáin Duibhghealla Duibhghiolla Duibhginn Duibhir
Duibhleanna Duibhlearga Duibhne Duibhthe Duibhín Duibhínn Duigeannaigh Duignan Duigneáin Duilearga Duilleáin Duineacha
Duinn Duinneacha Duinneacháin Duinnléi Duinnshlé Duinnshléibhe Duinnín Duirnín Duithche Duivenvoorde Duivenvoorden
Dujardin Dujmović Dukada Dukić Dula Dulbecco Dulchaointigh Dulla Dullová Dulohery Dulová Dumakude Dumanlı Dumisa
Dumitrescu Dumortier Dumoulin Duncáin Dunge Dunleavey Dunny Dunshléibhe Dunworth Dunyoeva Duodo Dupré Duquesne
Durdonova Durdu Durdík Durdíková Durieux Durkan Durmuş Durnan Durnin Durning Duroux Durrihy Dury Durán Duse Duska
Dusko Dusková Dussart Dussen Dusík Dusíková Dutka Dutko Dutková Dutrieux Dutt Dutta Duvanel Duvančić Duvenvoirde
Duvivier Duyaza Duyvenvoorde Duze Duša Dušek Dušeková Dušička Dušičková Duška Duško Dušková Dušová Dvalinns Dvojak
Dvonč Dvončová Dvorská Dvorský Dvořák Dvořáková Dwala Dwamena Dzene Dzenis Dzurjanin Dzurjaninová Dáibhid Dáibhidh
Dáibhis Dáibhís Dáid Dála Dálaigh Dán Dánová Dávidová Dávila Déadaigh Déid Déide Déise Déiseach Déisigh Délèze Díaz
Díez Díghe Díochon Díocháin Díomasaigh Díscín Dóláin Dómaldis Dómalds Dónalds Dórs Döhn Döring Dörr Dörschner Dúda
Dúgáin Dúinsméarach Dúis Dúlaigh Dúnadhaighe Dúnaighe Dúnaí Dúnlaing Dúnláing Dúnns Dúnáin Dúnúrta Dúraí Dúrcháin
Dúrcáin Dúška Dünser Dýris Dýrmunds Dūmiņa Dūmiņš Džapo Eachaidh Eachain Eachmharcaigh Eacháin Ealanaidh Easboig Ebbis
Ebenesers Ebenezers Ebergs Eberharter Eberl Eberth Echevarría Echeverría Eckbauer Eco Edberg Edilons Edlinger Edlund
Edström Edun Edvards Edvardsen Edvardsson Edvins Edílons Eeckhout Eelman Eerden Eerenbeemt Effertz Efraíms Egea
Eggerts Eggþórs Egills Egisheim Egli Eglinton Eglīte Eglītis Egorov Eibhir Eibl Eichberger Eichenberger Eichinger
Eichmann Eigenwillig Eijkelboom Eijndhoven Eijssel Eikars Eilfirt Eilífs Einars Einarsson Einaudi Einirs Einvarðs
Einþórs Eiríks Eischen Eisl Eiteagáin Eitheagáin Eivers Eivins Eiðars Eiðs Ekai Ekal Ekberg Ekdahl Ekelund Ekeno
Ekholm Ekidor Ekiru Ekitela Eklöf Ekman Ekstrand Ekström Ekwueme Elatlı Elbergs Elberts Elbertse Eldars Eldgríms
Eldjárns Eldmars Eldons Elds Eldórs Elfars Elfráðs Elgueta Eliassen Eliasson Elifova Elimars Elinórs Ellerts Ellingsen
Elliðis Elmars Elo Elofsson Eloranta Elorza Elsemulder Elsen Elsenaar Elvars Elvins Elzas Elíesers Elímars Elínbergs
Elínmunds Elínórs Emanuelli Emanuelsson Emanúels Emard Embden Embreks Emils Emilsson Eminov Emmanúels Emmelen Emmen
Emuria Encina Ender Endrizzi Engberg Engdahl Engeland Engelen Engilberts Engilbjarts Engiljóns Engills Engl Englebert
Engström Engvall Enoks Enríquez Enschot Entringer Enzinger Eochadha Eochagáin Eochaidh Eocháin Eoghain Eoinín Eraslan
Erber Erceg Ercegović Erdoğan Eregae Ergotić Erhout Erices Erics Ericsson Eriks Eriksson Erjavec Erkkilä Erlacher
Erlandsson Erlars Erlends Erlings Erm Ernestós Erni Ernirs Ernits Ernser Ernsts Eronen Erons Erpelding Erps Errani
Errigo Ertaş Erupe Erve Ervine Eršek Eržen Escolano Escribano Escrivá Esekon Esekíels Esinyen Esjars Eskelinen Eskola
España Español Espejo Esras Esson Estay Este Estefans Esteve Estévez Eterović Etyang Etzler Etzold Eugster Evalds
Evelingen Evensen Everaert Everde Evoy Evrard Evéquoz Ewoi Exposito Expósito Eyanae Eybergs Eyjólfs Eylaugs Eyleifs
Eymars Eymunds Eynde Eyríks Eysteinns Eyvars Eyvazalı Eyvazlı Eyvinds Eyþórs Eze Ezeugo Eáin Eðvalds Eðvars Eðvarðs
Eóinín Eóthach Fabbri Fabianová Fabijanić Fabiánová Fabra Fabregat Fabrizi Fabuš Fabušová Fachtna Fadden Fadel Fadian
Fadipe Faes Fagerström Faggiani Fagiani Fagotto Fagunwa Faherty Faircheallaigh Fairhall Faivre Fajimi Fajnor Fajnorová
Fakazi Fakude Falabi Falcó Falcón Faleti Falgeirs Falier Fallaci Fallamháin Falloppio Faloye Fals Falvey Fanisa
Fannars Fannbergs Fanngeirs Fannon Fantini Fantoni Fantozzi Fanucci Faodhagáin Faoite Faoláin Faragó Faranda
Farangizova Faranáin Farell Farhodov Farinelli Farizayeva Farizov Farkašovská Farkašovský Farland Farnan Farnese
Farnon Farragher Farrissey Farrissy Farry Farré Farzonova Farías Fasasi Fatha Fathaigh Fatharta Fathartaigh Fattori
Fauconnier Faugno Faull Faure Favata Favre Fazekas Faúndez Fašiang Fašiangová Fealy Fearachair Fearacháin Fearadhaigh
Fearchair Feardhaigh Fearghail Fearghaile Fearghaíosa Fearghusa Fearraidhe Fearraigh Fearraí Fearáin Fechant Fechner
Federici Fedorov Fedorová Fedotov Feehan Feenstra Feeny Feest Fehan Fehilly Fehringer Fehér Feichtenschlager Feichter
Feichtinger Feichtner Feiereisen Feighery Feigl Feijoo Feil Feinen Feirtéar Feithín Fekete Felban Felber Feldek
Feldeková Feliu Felixs Fellah Fellinger Fellner Feltgen Feltz Feltzer Fenelon Fengs Fenighty Fenlon Fennelly Fennessey
Fenning Fenrirs Fenya Fercher Ferdinands Ferdínands Ferenac Ferm Fermi Fernández Feron Ferrabosco Ferrada Ferragamo
Ferragni Ferran Ferrand Ferrando Ferraris Ferrata Ferrazzi Ferreras Ferreyra Ferriter Ferrucci Ferrán Ferrández
Ferrándiz Ferstl Fertrams Feruzova Feyder Feykirs Feys Fhailghigh Fhaoláin Fhearadhaigh Fhearchair Fheargail
Fhearghail Fhearghaile Fhearghusa Fhearraigh Fheorais Fhiachra Fhinn Fhinneachtaigh Fhinnéin Fhionghuin Fhionnachta
Fhionnachtaigh Fhionnghaile Fhionnlaich Fhionnlaoich Fhionntaigh Fhionáin Fhir Fhlaithbheartaigh Fhlaithimh
Fhlannagáin Fhlannchadha Fhlannáin Fhloinn Fhuallaigh Fhualáin Fhíontaigh Fhógartaigh Fiacha Fiachna Fiacháin Fiaich
Fialová Fiannachta Fiannachtaigh Fiannaidh Fiannaidhe Fiannaigh Fibonacci Fica Fichtinger Ficino Fico Ficová Fiebig
Fieramosca Fiere Fierens Figheadóra Figueras Figuerola Fihlela Filali Filangieri Filar Filatov Filban Filbin Filbín
Filc Filcová Filipek Filipeková Filipič Filipko Filipková Filipović Filipová Filippelli Filippini Filippov Filips
Filipčić Filogamo Filzi Filípek Filípeková Finegan Finetti Finka Finková Finnbjörns Finnbogis Finneachta Finneadha
Finneran Finngeirs Finnjóns Finnlaugs Finns Finnthighearn Finnucane Finnvarðs Finotto Finucane Finzi Fiodhabhra Fiol
Fionnachta Fionnachtaigh Fionnagáin Fionnalláin Fionndhubhcáin Fionnghaile Fionnghalaigh Fionnghusa Fionnlaoich
Fionnmhacáin Fionntáin Fionnáin Fioravanti Fiorucci Firbhisigh Firdavsev Firgantoro Firmansyah Firtéar Fischbach
Fischetti Fithchealla Fithcheallaigh Fittipaldi Fitzmartin Fitzsimons Fišer Fišerová Fjalars Fjarkis Fjodorov Fjólars
Fjólmunds Fjölnirs Fjölvars Fjörnirs Flaas Flabháin Flahive Flaiano Flaithbhearta Flaithbheartaigh Flaitheamháin
Flaithearta Flaithimh Flaithimhín Flaitile Flament Flammang Flanagáin Flannabhra Flannagáin Flannchadha Flannelly
Flannghaile Flantz Flathamháin Flatharta Flathartaigh Flatley Fleche Flego Fleischhacker Flemmings Fliegner Flink
Floch Floinn Flosis Flárta Flókis Flórents Flórez Flóvents Flückiger Foa Foconi Fodhladha Fofie Fogazzaro Fogaça Fogaš
Fogašová Foghludha Foghlú Foghlúdha Foidl Folan Folch Foletti Folkesson Folliero Fomin Fonck Fondo Fonjallaz Foody
Forero Forgáč Forgáčová Foriwaa Forjan Forkin Formbach Fornaciari Fornis Fors Forsell Forsgren Forslund Forstner
Fortuny Fortuyn Forza Foscari Foser Fossmars Fosu Fosua Fotimayeva Foucart Foucher Fouquet Foyle Foà Fracci Frainclín
Frami Franceschi Franch Francillon Franecki Franek Franeková Franić Franičević Franjić Frankhuizen Franklíns Franková
Frano Franová Franscini Franssen Fransson Franušić Franzese Franzs Franzén Fras Fraňa Fraňo Fraňová Fraňvá Freaney
Frederiksen Fredes Fredriks Fredriksen Fredriksson Freeley Freeney Freeth Freil Freis Frema Fremie Frescobaldi
Freudenberger Freudenthaler Freybjörns Freygarðs Freymars Freymunds Freymóðs Freyrs Freysteinns Freyviðs Freyþórs
Friberg Frid Friederich Friedli Friedrichs Friehus Frighil Friis Frimer Frimerová Frimpomaa Frithile Fritzs Friðbergs
Friðberts Friðbjörns Friðfinns Friðgeirs Friðjóns Friðlaugs Friðleifs Friðmanns Friðmars Friðmunds Friðriks Friðs
Friðsteinns Friðvins Friðþjófs Friðþórs Friščić Frketić Frolov Frommelt Froschauer Frostis Frutos Fránns Frárs Frère
Fréchette Fréin Frías Frímanns Fróðis Fróðmars Fröhlich Fröschl Frühwirth Ftorek Ftoreková Ftáčnik Ftáčniková Fuada
Fuadacháin Fuallaigh Fualáin Fuartháin Fuaruisce Fuaráin Fuente Fuentealba Fuenzalida Fuertes Fuhrmann Fujiati Fuli
Fundi Funis Funnell Furda Furlan Furrer Fusani Fuseli Fuster Fuzaylov Fuček Fylkirs Fábián Fábregas Fáfnirs Fágáin
Fáilbhe Fálkis Fárta Fátharta Féichín Féinneadha Féith Fífills Fíona Fíonartaigh Fógarta Fógartaigh Fóghladha Fólkis
Fóráin Förster Fúraigh Fúsis Fülöp Füreder Fürst Fırat Gaasch Gaba Gabadela Gabaldón Gabba Gabbana Gabela Gabhacháin
Gabhann Gabhezi Gabhisa Gabhláin Gabháin Gabrieli Gabriels Gabrielsson Gabriyelov Gabríels Gabud Gacem Gachanja
Gacheri Gacheru Gachoki Gacháin Gadda Gade Gadhra Gadlela Gaels Gaete Gafraigh Gagashe Gaggini Gagné Gagys Gahan
Gahleitner Gaiatto Gaibhre Gaibhtheacháin Gailius Gailliúin Gaillín Gailys Gaine Gairbhe Gairbhia Gairbhighe Gairbhín
Gaito Gaitán Gaičiūnas Gaižauskas Gajardo Gakii Galdames Galdikas Galds Galeati Galenzone Galešić Galgallo Galgalo
Galiazzo Galijn Galik Galiková Galilei Galić Galland Gallart Gallchobhair Gallchóir Galleguillos Gallen Galler Gallet
Gallez Gallivan Gallogly Galláin Galović Galtarossa Galu Galuppi Galvani Galvis Galván Galáin Galán Galík Galíková
Gamalíels Gambu Gambuse Gamede Gamhna Gamhnáin Gamsjäger Ganesan Ganesh Gangemi Gangl Ganguly Ganly Gaoith Gaoithín
Gaora Garaidh Garavan Garba Garbháin Garcés García Garde Garety Garg Gargallo Gargan Garibaldis Garmendia Garnier
Garobbio Garozzo Garps Garraghy Garrahy Garrihy Garrone Gartlan Garzoni Garzón Garðars Gasa Gascón Gasela Gashi Gasmi
Gasperi Gassner Gastel Gastélum Gathogo Gatháin Gati Gatica Gatimu Gatsheni Gattringer Gatwiri Gaudin Gaudreault Gauis
Gauks Gautis Gautreks Gauts Gautviðs Gavaghan Gavalier Gavalierová Gavenda Gavendová Gavican Gavigan Gaviria Gavorník
Gavorníková Gavrilov Gaya Gaynard Gaytán Gazu Gašparovič Gašparovičová Gašparová Gažo Gažová Gcaba Gcaleka Gcugcwa
Gcumisa Gcwabe Gcwensa Gealabháin Gealagáin Gealbháin Geannáin Geany Geanáin Gearabháin Gearachaigh Gearailt
Gearchaigh Geard Geargáin Gearty Gebashe Gebhezi Gedeza Gedi Geenen Geens Geeraerts Geerling Geerts Geertsen Geest
Geffen Gegić Geherty Gehringer Geimhridh Geirarðs Geirfinns Geirharðs Geirhjörts Geirhvats Geiris Geirlaugs Geirleifs
Geirmunds Geirröðs Geirs Geirtryggs Geirvalds Geirólfs Geirþjófs Geisel Geislis Geißler Gelabert Geldens Gelder
Gelemanović Gellemeyer Gelli Gellirs Gemen Gemert Gemito Gence Geneart Genechten Genefaas Gengeshe Genot Gentileschi
Gentili Gentilini Georgescu Georgs Gepa Gera Geralds Gerarghty Gerassimov Gerhold Geris Gerrits Gerritse Gerritsen
Gerðars Gestel Gests Geudens Geuens Gevaert Geárd Gfeller Ghabhann Ghailing Ghallóglaigh Gharbi Gheimhridh Gheorghiu
Gherbi Ghille Ghilleathain Ghirr Ghoerle Ghoill Ghose Ghosh Ghuala Ghunna Giacconi Giacometti Giammusso Gianetti
Gianinazzi Giannelli Giannetti Giannotti Giannuzzi Gianvecchio Gibert Gibilisco Gibne Gichana Gicheru Gichohi Gichuhi
Gichuki Gichuru Gielen Gierschner Gieß Gigaba Giger Gigli Giguère Gikonyo Gilabert Gilardoni Gilbane Gilberts Gilbride
Gilduff Gilgunn Gilhooly Gillain Gilleathain Gillet Gillic Gillick Gillièron Gilliéron Gilliúin Gillooly Gillín
Gilmars Gilsenan Gimeno Giménez Gindl Giner Ginese Ginesio Ginevan Gineá Ging Gininda Ginkel Ginneadha Ginneke Ginneá
Ginneádha Ginnitty Ginnity Gintalas Ginty Ginzburgas Gioballáin Giobaláin Gioberti Giobláin Giobúin Giobún Giolitti
Giolla Giollagáin Giollarnáth Giollarua Giollaruaidhe Giolláin Gionnachtaigh Gionnáin Gionáin Giorgetti Giovine
Giradello Giralt Giraud Girona Girschner Girvan Girón Giselmeyer Gislason Giss Gitahi Gitari Githaiga Giulietti Giunti
Givern Gizs Gjúkis Glaisne Glasnović Glasáin Glatz Glavan Glavin Glavor Gleannáin Gleasure Gleichner Gliasáin Gligora
Glineur Glionnáin Glionáin Glod Gloden Glodt Gloin Gloinn Gloinne Gloor Glostéir Gláibhín Gláimhín Glóis Glúms Glück
Gmeiner Gnatz Gneistis Gnodde Gnímh Gnúps Gnýrs Goba Gobhann Gobhozi Gobáin Gocník Gocníková Godana Godard Godart
Godec Godefroid Goderts Godet Godfroid Godide Godinić Godínez Goedert Goedhart Goel Goerens Goergen Goerle Goethals
Goethem Goetzinger Goffaux Goffin Goffinet Gogan Gogarty Gogáin Goibín Goicoechea Goill Goillidhe Goilín Goireachtaigh
Goje Gokhale Gola Goldoni Goldrick Gole Golgi Golino Gollan Gollner Gollum Golláin Golob Golubev Golubić Gomboc Gomila
Gomis Gona Gontšarov Gonzaga Gonzáles González Gonçalves Goossens Goovaerts Gorbunov Gorczany Gorenc Gorevan Gorey
Gori Gorjup Gorlitz Gormáin Gosch Gosset Gossiaux Goswami Gothraidh Gotić Gotsholo Gottardi Gotti Gottskálks
Gottsveinns Goudriaan Goulden Gour Govaerts Govarts Govoni Govorčinović Goyaerts Goyal Goyvaerts Gozzano Gozzi Goðis
Goðmunds Goñi Graaf Grabher Grabner Gracin Gradenigo Grae Graeve Grahams Grahn Graindorge Graith Grallaigh Gramhna
Gramsci Granatelli Granath Granberg Grandjean Granis Grankells Granlund Granström Gras Grassl Gratie Grattan Gratz
Gratzer Gratzl Gravensande Gravina Grba Grbac Greadaigh Grealaigh Grealish Greally Greanacháin Gredičak Greef Greehy
Greelish Greely Greenfelder Greenholt Gregersen Greggio Gregori Gregorič Gregorová Gregors Gregov Greguš Gregušová
Greij Greips Greisch Gremese Gren Grennan Grepps Gretars Grethen Grettirs Grewal Grgić Grgurević Grgurić Grgurovac
Grialais Griallais Grianna Grianra Grianáin Griesser Grifeo Grifín Grigoriev Grimani Grinius Grinsven Grisoni Gritsch
Gritti Groarke Grob Groenendaal Groenestein Grojean Gromov Grondel Grondelle Gronskis Groof Groogan Groot Groote
Grosjean Growney Groß Gruagáin Grubišić Gruijl Gruijter Gruil Grundner Gruson Grznár Grznárová Gráda Grádaigh Grádha
Gráinne Grálaigh Grállaigh Grás Gréacháin Gréil Gréill Gréine Grétars Gríbhthín Grífín Grímars Grímkells Grímlaugs
Grímnirs Gríms Grímólfs Grímúlfs Gríobhtha Gríobhtháin Gríofa Gríofha Grönlund Grönroos Gröttner Grünberger Grüner
Grünwald Grňa Grňová Gržetić Gržinčić Gschaider Gschwandtner Gstrein Gstöhl Guaire Guairim Gual Gualandi Guarana
Guarato Guardia Guariento Guarneri Gubain Gubben Guberović Gubeshe Gubhela Gubhuza Gubulundu Gubéran Gucci Gude Gudelj
Guellec Guendouz Guerfi Guerreiro Guessoum Guggenberger Guglielmi Gugushe Gugán Guha Guibert Guibhir Guicciardini
Guichard Guidhir Guidone Guidotti Guihan Guijarro Guilbert Guilfoyle Guillarmod Guillet Guillon Guillou Guillén Guillí
Guinane Guinevan Guiney Guinizzelli Guinnane Guinness Guiot Guiry Guit Guitart Guithín Gulan Gulati Gulbrandsen
Gulcher Gule Gulgowski Guliwe Gullberg Gullery Gullotta Gulotta Gulyás Guma Gumbi Gumede Gumis Gumprich Gunarto
Gunawan Gundersen Gunnars Gunnarsson Gunnbergs Gunnbjörns Gunndórs Gunngeirs Gunnhalls Gunnlaugs Gunnleifs Gunnröðs
Gunnsteinns Gunnvalds Gunnólfs Gunnólis Gunnþórs Gunpf Gure Gusev Gusikowski Gussoni Gustafsson Gustavs Gustavsson
Gute Gutiérrez Gutknecht Gutkowski Gutmann Guttis Guttorms Guyo Guyon Guyot Guzmán Guérin Guðbergs Guðbjarnis
Guðbjarts Guðbjörns Guðbrands Guðfinns Guðfreðs Guðgeirs Guðjóns Guðlaugs Guðleifs Guðleiks Guðmanns Guðmars Guðmons
Guðmunds Guðnis Guðráðs Guðröðs Guðsteinns Guðvarðs Guðveigs Guðvins Guðþórs Guštin Gwacela Gwagwa Gwala Gwamanda
Gwanyana Gwija Gxabhashe Gyamfi Gyamfiaa Gyasi Gyasiwaa Gylfis Gyrðirs Gábháin Gáibhtheacháin Gáibhín Gáineard Gál
Gálik Gáliková Gálová Gálvez Gámez Gánaird Gárate Gáspár Gärtner Géaran Géaráin Géibheannaigh Géibhinn Géidigh Gélinas
Gídeons Gígjars Gíontaigh Gíslis Góis Gómez Göransson Göschl Gúnáin Gústafs Gústavs Gülen Güçlü Gýgjars Gýmirs Haan
Haapala Haapanen Haapaniemi Haarlem Haataja Haavisto Haberl Habha Habibi Habibov Habibova Hablák Habláková Habpanom
Habšuda Habšudová Hachemi Hackl Haddis Haddouche Hadds Hadebe Haderer Hadhlairt Hadhra Hadichayeva Hadijayeva Hadjadj
Hadji Hadrović Hadžić Haeften Haengreve Haering Hafbergs Hafgríms Hafliðis Hafnars Hafnis Hafsteinns Hafþórs Hagalíns
Hagara Hagarová Hagbarðs Hagberts Hagendoorn Hagenes Hagman Hagström Hahessy Haibheartaigh Haichir Haicéad Haid
Haidhleart Haidinger Hailgheanáin Hailgheasa Hailpín Hailín Haimhirgín Hainaut Hainchín Haindl Hainifín Hainion
Hainligh Hainmhireach Hainmneach Hainthín Hainzl Hainín Hairbheasaigh Hairmeasaigh Hairmheasaigh Hairt Hairtnéada
Haiseadha Haithbheartaigh Haithchir Haitheasa Hajdu Haji Hak Hakis Hakkarainen Hakker Halake Halambek Halapir Halder
Halidov Halimah Hallacháin Hallahan Hallanan Hallbergs Hallbjörns Halldórs Halleux Hallfreðs Hallgarðs Hallgeirs
Hallgren Hallgríms Hallik Hallin Hallissey Hallkells Hallmanns Hallmars Hallmhúráin Hallmunds Hallsteinns Hallvarðs
Hallþórs Halme Halmhain Halonen Halpen Halsdorf Haluška Halušková Halvarsson Halák Haláková Halász Hamadi Hamadouche
Hamaland Hamars Hamdani Hamdi Hamidi Hamlaoui Hammadi Hammar Hammarström Hammerer Hammerl Hamoudi Hamzaoui Hanafin
Hanak Hanaková Hanbury Handa Handayani Hande Handl Hane Haneberg Hanegraaff Hanek Haneková Hangala Hanka Hankard Hanko
Hanková Hanluain Hanly Hannagáin Hannaidh Hanncard Hannecart Hannibals Hannlaoigh Hannracháin Hannraoi Hannula
Hanrachtaigh Hanraoi Hanratty Hanssen Hanssens Hansson Hanus Hanusek Hanuseková Hanuska Hanusková Hanusová Hanuška
Hanušková Hanzel Hanzelová Hanák Hanáková Hançer Hanúsek Hanúseková Hanúska Hanúsková Hanžek Haodha Haodhgáin Haogáin
Haoidhne Haoilbheard Haoileáin Haolláin Haoláin Haonghuis Haonghusa Harahoe Haralds Haraldsson Haran Harapin Harcáin
Hardiansyah Haren Hargadon Hargadáin Hargan Hargáin Hariyah Harju Harkin Harloff Harnett Harrachtáin Harragáin Harrer
Harrihy Harrys Harrýs Harta Hartagáin Hartati Hartikainen Hartmanns Hartvigs Harvan Harvanová Harvánek Harváneková
Haryanti Haryanto Hasanah Hasanov Haselaar Haslauer Haslinger Haspengouw Hassanah Hassani Hastey Hastie Hastuti
Hattinger Hauffer Hauks Hauksteinns Haukvalds Haumer Haupert Hausberger Hautala Hautamäki Haverinen Haverty Havlíček
Havlíčková Havran Havranka Havranko Havranková Havranová Hawe Hayer Hayre Hayrioğlu Hazenveld Haňak Haňaková Haňák
Haňáková Haščák Haščáková Heachadha Heachthigheirn Headhra Heaffy Heaghra Heaghráin Heallaigh Heaphy Hearbhaird
Hearbhard Hearcáin Hearghail Hearghaile Hearnáin Hearráin Hearáin Heathcote Heavey Hebenstreit Hechenberger Hecke
Heckett Hedderman Hedigan Hedström Heeb Heelan Heeney Heere Heerenveen Heerkens Heerschop Hefferon Hegde Hegedüs
Hegedűs Heggarty Hegmann Hehir Hehl Heibhrín Heichthigheirn Heideagáin Heiderscheid Heidhin Heidrich Heifearnáin
Heifrín Heigheartaigh Heigl Heijden Heijman Heijmans Heijmen Heikirs Heikkilä Heilmóðs Heilíre Heimhrín Heimirs Heindl
Heinonen Heinreks Heinrichs Heinsalu Heinsoo Heintze Heinzl Heireamhóin Heirens Heisis Heiskanen Heislin Heissenberger
Heiteagáin Heithchir Heithir Heiðarrs Heiðars Heiðbergs Heiðberts Heiðlinds Heiðmanns Heiðmars Heiðmunds Heiðreks
Hekker Hektors Helaoire Helenius Helery Helgesson Helgis Helin Hellberg Hellemans Hellevoort Hellgren Hellström
Helmerhorst Helminen Helmúts Helsen Hely Hemert Hemetsberger Hemma Hemmen Hemmerts Hempenstall Henao Henck Hendrickx
Hendriks Hendrikse Henebry Heneghan Henegouwen Heney Hengen Henin Hennebry Hennelley Hennelly Henningsson Henrard
Henriksson Henrion Henrotte Henrys Henríquez Henrýs Henschel Henst Hentschel Heochach Heochadha Heochaidh Heodhasa
Heodhusa Heoghain Heoghanáin Hepenstall Heraghty Heras Heraty Herberts Herbjörns Herceg Herck Heremans Heretik
Heretiková Hereward Herfinns Hergeirs Hergills Heripon Herity Herjólfs Herlaugs Herleifs Herlufs Hermanns Hermans
Hermansen Hermansson Hermighausen Hermiston Hermosilla Hermunds Hermóðs Hernon Hernádez Hernández Herout Herranz
Herrero Hersirs Herstal Hersteinns Hersveinns Hertrampf Hervars Hervarðs Hervia Hervins Hervás Hesbaye Heser Heskin
Hessel Hethur Hettner Heuertz Heusden Heuvel Hever Hewson Hexspoor Heyden Heydrich Heylen Heymans Heyne Heyvaert Heß
Hećimović Hečko Hečková Hhoyiyane Hiarfhlaithe Hiarfhlatha Hiarnáin Hiceadha Hicidhe Hicí Hicín Hicóg Hidayanto
Hidayat Hierro Hietala Hietanen Hifearnáin Highne Higueras Hilberts Hildars Hildibergs Hildibrands Hildigeirs
Hildiglúms Hildimars Hildimunds Hildings Hildirs Hildiþórs Hilll Hillow Hilmars Hilmerová Hilmirs Hilpert Hilti
Hiltunen Himmelbauer Himris Hindeberg Hinić Hinneirghe Hinney Hinnéirghe Hinriks Hinterberger Hinteregger
Hinterleitner Hinéirigh Hinéirí Hiocóg Hiolláin Hioláin Hionnghaile Hiorbhaird Hiorbhard Hirschmann Hirthe Hirvonen
Hishon Histon Hjallkárs Hjalmarsson Hjaltis Hjarnars Hjelm Hjort Hjálmars Hjálmgeirs Hjálms Hjálmtýrs Hjálmþórs
Hjörleifs Hjörts Hjörtþórs Hjörvars Hlabangane Hlabisa Hladká Hladký Hlatshwayo Hlaváč Hlaváčik Hlaváčiková Hlaváčová
Hleiðars Hlela Hlengwa Hlinis Hlinka Hlinková Hliník Hliníková Hljóms Hlomuka Hlongwa Hlongwane Hlophe Hlubi Hlumakazi
Hlyns Hlégests Hlérs Hlífars Hlíðars Hlíðbergs Hlöðmunds Hlöðs Hlöðvarðs Hlöðvers Hnefills Hnikarrs Hnikars Hoarau
Hoare Hoareau Hochleitner Hochreiter Hodak Hodel Hodhráin Hodkiewicz Hodža Hodžić Hodžová Hoecke Hoedemakers Hoeger
Hoek Hoeks Hoelen Hoevel Hoeven Hofbauer Hofinger Hofstätter Hoibicín Hoirbheaird Hoirbheard Hoirchinnigh Hoireabaird
Hoireabhaird Hoireabhard Hoireachtaigh Hoiscín Hoistín Hoisín Hokkanen Holappa Holdaway Holgeirs Holgers Holgersson
Holguín Holič Holiček Holičeková Holička Holičková Holičová Hollaráin Hollaus Hollywood Holláin Hollúin Holmqvist
Holmström Holohan Holopainen Holsten Holthuis Holtis Holubec Holubecová Holubek Holubeková Holubka Holubko Holubková
Holubová Holuby Holvoet Holzapfel Holzinger Holzknecht Holzmann Holík Holíková Holíček Holíčeková Holúbek Holúbeková
Holúbok Holčík Holčíková Homenick Honan Hondeveld Honkanen Hoog Hoogers Hoogh Hoppenbrouwer Hora Horcáin Hore Horemans
Horgáin Hormazábal Hornich Hornig Horvat Horvatek Horvatinec Horvatić Horváth Horváthová Horák Horáková Horáček
Horáčková Hosae Hosp Hosseini Hostaden Hoste Hotz Houari Houben Houdijk Hougardy Houracháin Hourican Hourigan
Hourihane Houteveen Hoz Hoza Hozjan Hozová Hočevar Hošták Hoštáková Hošťák Hošťáková Hrabar Hrafnars Hrafnbergs
Hrafnkells Hrafns Hrafntýrs Hranić Hranj Hrannars Hrapps Hrastinski Hraunars Hraško Hrašková Hrdlička Hrdličková
Hreggviðs Hreims Hreinns Hreiðars Hreiðmars Hren Hrianka Hrianková Hribar Hribernik Hric Hricová Hrings Hrmo Hrmová
Hroboň Hroboňová Hrollaugs Hrolleifs Hrovat Hrubá Hrubý Hruška Hrušková Hrušovská Hrušovský Hrvojić Hræreks Hrímnirs
Hróalds Hróars Hróbjarts Hróis Hrólfs Hrómunds Hróðgeirs Hróðmars Hróðvars Hróðólfs Hrúts Hršak Hrženjak Huaillearan
Huaithne Huaithnín Hualla Huallacháin Huallaigh Huart Huba Huberts Huberty Hubin Hubmann Hubová Hudec Hudecová Hudáček
Hudáčeková Huel Huels Huemer Huet Hufnagl Hugbergs Huginns Hugis Hugleiks Hugos Huguet Hugós Huhtala Huidhir Huiginn
Huigín Huijben Huijbrechts Huijs Huijzing Huirthille Huiscín Huisman Huitseacháin Huka Huldars Huljev Hulle Hulláin
Hulshouts Hulskes Hulst Hult Hulten Humayrova Humblet Humer Humoyunov Hunerik Huotari Huovinen Hupka Hupková Hurdail
Hurmholtaigh Hurthuile Hus Huska Husnjak Husová Husák Husáková Husár Husárová Husťák Husťáková Hutagalung Hutapea
Hutasoit Huter Hutta Hutterer Huttová Huttunen Huurdeman Huuskonen Huxleys Huybrechts Huyghe Huys Huysmans Hučko
Hučková Hušek Hušeková Huška Hušo Hušová Hušták Huštáková Hušťák Hušťáková Hvannars Hyls Hyltirs Hynman Hyttinen
Hytönen Hyvärinen Hyvönen Hágáin Hágúrtaigh Háilíosa Háinle Háinlí Hájek Hájková Hákons Háleygs Hálfdans Hálfdáns
Hámunds Hánusaigh Háreks Hárlaigh Hárlaugs Hásteinns Hávarrs Hávars Hávarðs Häfliger Hägg Hägglund Häggström Häkkinen
Hämmerle Hämäläinen Hänel Hänninen Häring Härkönen Härm Häusler Håkansson Hængs Hænirs Héadtromáin Héaghráin Héalaigh
Héalaithe Héamhthaigh Héanacháin Héanagáin Héanaigh Hébert Héideáin Héigcheartaigh Héigearta Héigeartaigh
Héigheartaigh Héighne Héighnigh Héighniú Héil Héilidhe Héiligh Héilí Héimhthigh Héimhín Héineacháin Héinrí Héiní Hénrí
Héðinns Hícín Híde Híghne Híomhair Hírams Hóbáin Hódhra Hódhráin Hóghartaigh Hógáin Hóir Hólmars Hólmberts Hólmfasts
Hólmgeirs Hólmgríms Hólmkells Hólms Hólmsteinns Hólmþórs Hór Hóra Hórdha Hóráin Hödl Höfer Höfig Höfler Högberg
Höglinger Höglund Högnis Höller Hölzenbecher Hölzl Höning Hörl Hörle Hörmann Hörðs Höskulds Hövel Höðs Húberts Húbáin
Húgós Húmis Húnbogis Húnis Húnns Húnröðs Húrdail Hús Húska Húsková Húsová Húšek Húšeková Húška Hübel Hübner Hürlimann
Hüseynli Hüseynov Hüseynova Hüseynoğlu Hütter Iacobucci Iadanza Iago Iannelli Iannotti Iannucci Iannuzzi Iarla
Iasachta Iascaire Ibacache Ibañez Ibikunle Iborra Ibrohimov Ibáñez Iforayeva Iglesia Ignac Ignatjev Igoe Ihalainen
Ihejirika Ihnačák Ihnačáková Ikhlef Ikonen Ilijić Ilinović Ilić Iljin Illugis Illés Ilori Ilupeju Ilves Imali Imbert
Imhof Iminza Immanúels Immonen Imonova Impastato Impe Imrichová Imronov Indriðis Infantino Ingbergs Ingibergs
Ingiberts Ingibjarts Ingibjörns Ingileifs Ingimagns Ingimars Ingimunds Ingis Ingivalds Ingiþórs Ingjalds Ingmars
Ingoldsby Ingvalds Ingvars Ingvarsson Ingvis Ingólfs Ingþórs Iniesta Inneirghe Innocenti Innseadún Inostroza Intaum
Interiano Interminei Interminelli Inzaghi Inzunza Iomaire Ionescu Ioniță Ionrachtaigh Ioppi Iqbal Irawan Ireri Iriarte
Iroha Isah Isaksen Isaksson Isella Isern Isfandiyorov Islomov Ismaels Ismoilov Israelsson Issak Issis Iswahyudi Iten
Iturra Ivandić Ivanov Ivanović Ivančan Ivarsson Ivask Ivaška Ivašková Ivšić Iwu Iyanda Iyengar Iyer Iymonova Iñiguez
Iústás Jaakkola Jaakson Jaanson Jaatinen Jaceps Jacobsson Jacot Jacquemart Jacquemin Jacquot Jacuzzi Jadot Jadoul
Jafari Jafets Jagarinec Jagečić Jaggi Jahongirov Jailani Jaiyeola Jakab Jakis Jakobsen Jakobson Jakobsson Jakopec
Jakopović Jakops Jakovac Jaković Jakovlev Jakovljević Jakuba Jakubec Jakubecová Jakubek Jakubeková Jakubka Jakubko
Jakubková Jakubová Jakubík Jakubíková Jakubček Jakubčeková Jakubčo Jakubčová Jakubčík Jakubčíková Jakupić Jakuš
Jakúbek Jakúbeková Jalakas Jali Jalolov Jalonen Jalovec Jalovecová Jamasijadu Jamile Jamils Jamnik Jamshidov Jandl
Jandová Janek Janeková Janeček Janečeková Janečka Janečko Janečková Janežič Janisch Jank Janka Jankauskas Janková
Janová Janočko Janočková Janoš Janošek Janošeková Janoška Janoško Janošková Janošo Janošová Jans Jansdr Janse Jansse
Janssens Jantošovič Jantošovičová Januar Janák Janáková Janík Janíková Janča Janček Jančeková Jančo Jančová Jaque Jarc
Jarls Jaroš Jarošová Jarso Jaskolski Jasminova Jasons Jasprica Jast Jauhiainen Jauk Jaume Jaunzema Jaunzems Javohirov
Javornik Jayaraman Jaén Jdotte Jedľovská Jedľovský Jefimov Jefwa Jeggij Jegorov Jehle Jeitz Jekel Jelavić Jelen Jelimo
Jelić Jellyman Jelínek Jelínková Jemeli Jemrić Jendek Jendeková Jenewein Jenko Jennis Jenssen Jepkemboi Jepkemei
Jepkirui Jepkogei Jepleting Jepngetich Jeppsson Jerde Jereb Jerič Jerković Jermakov Jerusalem Jeršov Jespers Jespersen
Jessel Ježek Ježková Jha Jhaveri Jibela Jibril Jilani Jili Jillo Jimale Jiménez Jimínez Jiyane Jochems Jochums Jockel
Jode Jofré Johal Johannessen Johannesson Johnsson Jokela Jokinen Jokiwe Jomini Jomo Jonasson Jonata Jonatová
Jonckheere Jonge Jonghe Jonjić Jonker Jonkman Jonsson Joos Joosten Jopich Jordá Jorlink Jorquera Jorrisen Josefsson
Joshuas Josipović Jovanovac Jovanovic Jovanović Jove Jover Jovinelli Jović Jozić Juen Jugovac Juhanson Juhkam Juhlin
Juhász Jukić Julians Juliá Julliard Jumba Jumiège Junas Junasová Junck Juncken Juncker Jungfer Jungwirth Junitz Junken
Juntunen Junás Junásová Junáš Junášová Juqula Jureková Juretić Jureško Jurina Jurinová Jurić Jurišić Jurjević Jurka
Jurko Jurković Jurkovič Jurkovičová Jurková Jurlina Jurrijens Juráš Jurášová Jurík Juríková Jurča Jurčina Jurčinová
Jurčić Jurčo Jurčová Jussila Juvara Juvonen Juárez Jáno Jánová Jánoš Jánoška Jánoško Jánošková Jánošová Jánošík
Jánošíková Jáquez Járngríms Játgeirs Játmunds Játvarðs Jáuregui Jäckel Jäger Jäggi Jähn Jäkel Jänes Jäntsch Jäntti
Järv Järve Järvelä Järvenpää Järvi Järvinen Jääskeläinen Jóakims Jóanns Jódar Jóels Jóhanns Jóis Jómars Jómunds Jónars
Jónatans Jónbjörns Jóndórs Jóngeirs Jónmunds Jóns Jónsteinns Jónás Jónþórs Jósafats Jósavins Jósefs Jóseps Jósteinns
Jósúas Jóvins Jõe Jõesaar Jõgi Jöbstl Jökulls Jönsson Jörfis Jörgens Jörgensen Jörmunds Jörris Jörunds Jörvars Jörvis
Jørgensen Júlíans Júlís Júnís Júreks Jürgens Jürgenson Jürisson Jüttner Kaari Kaasik Kaay Kaberia Kabui Kaburu Kabus
Kadak Kadakia Kaddour Kaddouri Kadenge Kadi Kadija Kadlecová Kadzo Kageha Kagendo Kager Kagwiria Kahindi Kahinu
Kahlina Kahr Kaikkonen Kaimenyi Kaindl Kaingu Kainulainen Kainz Kairu Kairys Kajs Kajuju Kakai Kakalis Kakar Kalama
Kalamees Kalan Kalanjoš Kalazić Kalcher Kalda Kaldis Kalebs Kalekye Kalinin Kalis Kaliská Kaliský Kalita Kaliňák
Kaliňáková Kaljula Kaljurand Kaljuste Kaljuvee Kallaste Kallen Kallert Kallio Kalm Kalmanns Kalmans Kalmars Kalmus
Kalniņa Kalniņš Kaloki Kaltenbrunner Kaltenböck Kaltenegger Kalume Kalvaitis Kalvelis Kalvėnas Kalēja Kalējs Kamalanon
Kamande Kamathi Kambs Kamdar Kamel Kamene Kamper Kamronov Kanana Kananu Kandie Kanerva Kangethe Kangley Kangogo Kangro
Kangur Kaniak Kaniaková Kaniški Kanja Kankaanpää Kannan Kant Kantola Kanyi Kapadia Kapeller Kapur Kar Karadeniz
Karagić Karamarko Karambu Karels Karge Kargl Karhu Karhunen Karier Karikari Karims Karjalainen Karks Karlberg Karlis
Karlović Karlsen Karlsson Karlström Karmelić Karner Karnik Karpe Karpov Karppinen Karrer Karro Karttunen Karu Karuga
Karul Karulová Karuri Karuza Karvels Karvinen Karvonen Karwitha Karz Kas Kasak Kase Kasel Kasemaa Kasemets Kashyap
Kask Kaspers Kassulke Kasteelen Kastelic Kastíels Kasyoka Kathagen Kathambi Kathure Katić Katona Kattai Katós
Kauffmann Kauliņa Kauliņš Kaupas Kauppila Kauppinen Kaur Kautzer Kauzlarić Kaučič Kavaliauskas Kavasch Kavaschová
Kawira Kazakov Kazik Kaziková Kazlauskas Kazungu Kazík Kazíková Kaņepa Kaņeps Kašpar Kašparová Keady Kealey Keally
Kealty Kealy Keany Keapock Keary Keaveney Keaveny Kebaili Kebir Keeffe Keehan Keenaghan Keenahan Keer Keery Keevers
Keightley Keijser Keijzer Keinänen Keitany Kelder Keleković Kelečić Kelić Kello Kellová Kelo Kelová Keltenie Kelvey
Kemei Kempen Kemppainen Kendi Kendrová Kenga Kenis Kenlan Kenlon Kenneally Kennellan Kensy Keníž Kenížová Keogan Keogh
Keoghan Keoghane Keohan Keohane Keplinger Ker Kerans Kerekes Kereković Kerger Kerin Kerins Kerkhof Kerkhofs Kerluke
Kermody Kerová Kerrisk Kerschbaum Kerschbaumer Kerschen Kertzmann Kerville Kerwick Keränen Keskinen Keskitalo Kesküla
Ketel Keter Ketilbjörns Ketills Ketola Ketting Kettunen Keudel Kevane Keville Kevo Khaba Khabalidaka Khaemba Khaldi
Khalif Khalsa Khambule Khamis Khanna Khanyeza Khanyile Khaphela Khare Khathi Khathide Khathini Khatri Khawula Khelif
Khelifa Khelifi Khelil Kheswa Khezokhulu Khisa Kholose Khomo Khonjwayo Khosini Khosla Khoza Khuba Khubisa Khuboni
Khukhuza Khulu Khuluse Khumalo Khumbuza Khurana Khuyameni Khuzwayo Khwane Khwela Kiama Kibe Kibiwot Kibiwott Kiboi
Kibor Kieber Kiehn Kiema Kierane Kierans Kigen Kihara Kihn Kiik Kiil Kiilu Kiio Kiiru Kiis Kiisk Kijnder Kikas Kikkas
Kilawee Kilback Kilbane Kilbride Kilcoyne Kilday Kildea Kilduff Kilfoyle Kilgallen Kilgallon Kilhooly Kiljans Kilk
Killilea Killooly Killoran Killoughry Kilmartin Kilmore Kilonzi Kilpeläinen Kilroe Kilíans Kimachu Kimaiyo Kimanthi
Kimaru Kimeli Kimemia Kimosop Kimotho Kimtai Kinaghan Kinahan Kinet Kingori Kiniry Kinkela Kinlan Kinlen Kinnane
Kinnegan Kinnerk Kinnon Kinnunen Kinny Kinoti Kinsch Kint Kintziger Kinya Kiogora Kipkemei Kipkogei Kipleting Kiptanui
Kiptui Kiptum Kipyego Kiragu Kirchmair Kirillov Kirimi Kirinčić Kirke Kirlin Kirpenstein Kirs Kirsipuu Kirss Kirwa
Király Kis Kisel Kisela Kiselová Kiseľ Kiseľa Kiseľová Kisilu Kisman Kissane Kisseljov Kitheka Kithinji Kithome Kiti
Kitonga Kitprapa Kitsao Kittakun Kituku Kitumaini Kitur Kitzler Kitzmann Kiuru Kivelä Kivilo Kivimäe Kivimäki Kivinen
Kiviniemi Kivistik Kivistö Kivuva Kiška Kjalars Kjallaks Kjarans Kjartans Kjarvals Kjeldsen Kjellberg Kjárrs Kjær
Kjóis Klaarwater Klammer Klanac Klapač Klapačová Klapka Klapko Klapková Klapp Klapáč Klapáčová Klarin Klarić Klashorst
Klasić Klasson Klausen Klausner Kleibrink Kleijse Klemenzs Klemenčič Klemt Klepáč Klepáčová Klerks Kleybrink Kligl
Klijn Klimeková Klimko Klimkovič Klimkovičová Klimková Klimo Klimov Klimová Klimáček Klimáčeková Klingelhöfer Kližan
Kližanová Klocker Klocko Kloiber Klokoč Klokočová Klomp Klopačka Klopačková Kloppert Klængs Knappe Kneafsey Kneip Knez
Knezović Knežević Kniha Knihová Knockaert Knoers Knuf Knutsson Knörrs Knúts Kobal Kobelt Kobia Kobielsky Kobielská
Kobielský Koc Kocan Kocian Kocianová Kocijančić Kocjančič Kocka Kocková Kocová Kocsis Kocur Kocák Kocáková Kocúr
Kocúrik Kocúriková Kocúrová Kodrič Koelpin Koeman Kof Kofler Koggis Kogler Kogo Kohli Kohnen Kohv Koistinen Koit
Koitla Koivisto Koivula Koivunen Kok Kokalj Kokanović Kokk Kokko Kokkonen Kokol Kokorić Kolade Kolarec Kolarič
Kolbeinns Kolbjörns Kolega Kolehmainen Kolen Kolenc Kolesnik Kolesár Kolesárová Kolfinns Kolgríms Kolić Kolk Kollmann
Kollár Kollárová Kolm Kolmars Kolnik Kolniková Kolník Kolníková Kols Kolskeggs Kolster Kolviðs Kolár Kolárová Kolář
Kolářová Komarov Kombe Kombo Komen Komljenović Komora Komulainen Konda Kondratjev Konečná Konečný Kongchayasukawut
Kongsri Koning Konings Konopelski Konopková Konovalov Konrád Konrádová Konráðs Konsbruck Konstantinov Kont Konttinen
Konôpka Konôpková Kooij Kool Koome Koomson Koort Kopa Kopecká Kopecký Kopjar Koponen Kopová Koppa Koppel Koppensteiner
Koppová Korec Korecová Koren Koret Korichi Kormáks Korol Koros Korošec Korpal Korpela Korpi Korsman Korstman
Kortelainen Kortman Korts Korutürk Korčák Korčáková Kos Kosanović Koshy Kosi Kosić Koskei Koskela Koskinen Kosoko
Kosonen Kostanić Kostelac Kosten Kostin Kostková Kostolzin Kostrec Kostrecová Kota Kothari Kotian Kotianová Kotkas
Kotnik Kotov Kotulič Kotuličová Koubová Kouidri Kovacek Kovalčík Kovalčíková Kovanen Kovač Kovaček Kovačević Kovačić
Kovačič Kovaľ Kovaľová Kovács Kováč Kováčik Kováčiková Kováčová Kovář Kovářová Koya Koza Kozey Kozlov Kozma Kozmon
Kozmonová Kozová Kozák Kozáková Kozáček Kozáčeková Kozáčik Kozáčiková Koðráns Koč Kočevar Kočiš Kočišová Kočka Kočko
Kočková Kočová Košir Koški Koščević Koželj Krabbe Krack Krainer Krainz Krajcar Krajcik Krajnc Krajíček Krajíčeková
Krajči Krajčiová Krajčo Krajčovič Krajčovičová Krajčová Krajčí Krajčíová Krajčír Krajčírová Krakis Kralj Kraljević
Kraljić Kramar Kramarić Kramberger Krammer Kramár Kramárová Kranjc Krasnohorská Krasnohorský Krastiņa Krastiņš
Kratochvíl Kratochvílová Kraushaar Krausová Kraxner Krecke Kreidl Kreiger Krein Kreiner Krejčová Kremser Krenn
Kresonja Kreusel Kreuzer Kriegl Kriens Krieva Krieviņa Krieviņš Krievs Kriisa Krishnamurthy Kristalls Kristbergs
Kristbjörns Kristdórs Kristensen Kristensson Kristfinns Kristgeirs Kristians Kristiansen Kristiansson Kristinns
Kristjáns Kristjóns Kristlaugs Kristleifs Kristmanns Kristmars Kristmunds Kristofers Kristoffersen Kristoffersson
Kristvalds Kristvarðs Kristvins Kristófers Kristþórs Krittayanukoon Krivec Krištofová Križan Križanová Krogh Kroker
Kronberger Kronenberg Kronsteiner Krop Kropilák Kropiláková Kroták Krotáková Krpan Kruglov Krummis Kruns Krupová
Kruschwitz Krznarić Král Králik Králiková Králová Krásnohorská Krásnohorský Kráľ Kráľovič Kráľovičová Kráľová Kríž
Krížik Krížiková Krížová Krõlov Kröll Krúpa Krúpová Krčelić Krēsliņa Krēsliņš Kršanac Krūmiņa Krūmiņš Krūze Krželj
Kshlerin Kub Kuba Kubec Kubecová Kubek Kubeková Kubheka Kubiček Kubičeková Kubička Kubičko Kubičková Kubko Kubková
Kubo Kubová Kubík Kubíková Kubíček Kubíčeková Kubíčková Kudrjavtsev Kuffa Kuffová Kuhar Kuhic Kuijc Kuijpers
Kuilenburg Kuipers Kuisma Kuit Kujala Kujundžić Kukkonen Kukučka Kulikov Kulkarni Kulmala Kumer Kumi Kumpulainen
Kumsoontorn Kumushova Kuna Kunac Kunda Kunde Kundová Kundu Kundziņa Kundziņš Kunen Kunene Kungu Kuningas Kunka Kunková
Kunová Kuosmanen Kupa Kuphal Kupka Kupko Kupková Kupová Kupsjak Kurg Kurgat Kurian Kurki Kurm Kurniawan Kuronen
Kurtoić Kuruc Kurucová Kurui Kuruvilla Kurvits Kurzmann Kus Kusch Kusen Kusi Kusiwaa Kuska Kusková Kusmawati Kusová
Kusumo Kuswandari Kuswoyo Kutch Kutsar Kuus Kuuse Kuusela Kuusik Kuusisto Kuusk Kuvalis Kuveždić Kuzmin Kuzmić
Kuznetsov Kučera Kučerová Kučić Kuša Kuška Kušková Kušnír Kušnírová Kušo Kušová Kuščević Kveldúlfs Kvist Kwaadland
Kwaakye Kwaakyewaa Kwartemaa Kwarteng Kwemoi Kweyama Kyei Kyeiwaa Kyerewaa Kyllönen Kyne Kysel Kysela Kyselová Kyseľ
Kyseľa Kyseľová Káris Kárová Kárs Kázik Káziková Käfer Kägi Kähkönen Kälin Källström Kämäräinen Kärki Kärkkäinen
Kärner Käser Käsper Käster Käär Käärik Kóps Kôstka Kôstková Kõiv Köberl Köck Köhler Kölbl Köll König Kössler Köster
Kúbek Kúbeková Kús Kúska Kúsková Kúsová Kúš Kúšová Kühnert Küng Kütt Kārkliņa Kārkliņš Kısakürek Kļaviņa Kļaviņš Kříž
Křížová Laakkonen Laakso Laaksonen Laan Laane Laanemets Laar Laarhoven Laarse Laas Labado Labaš Labbé Labhra Labhradha
Labhrú Labinjan Labonté Labra Labuda Labudová Laca Lachmann Lachnáin Lachtnáin Lacka Lackner Lacko Lacková Laco Lacová
Ladavac Ladeck Ladhradha Laenen Laer Laere Laet Laffray Lagat Lagerweij Laghmainn Lagler Lagos Lagzdiņa Lagzdiņš Lah
Lahaye Lahiffe Lahmar Laht Lahtinen Lahy Laib Laideáin Laidhe Laidhigh Laidhin Laidhléis Laighin Laighnigh Laiho
Lailasari Lailligh Lailliú Laimer Laimhbheartaigh Lainn Laithbheartaigh Laithimh Laithmhe Laitinen Lajčiak Lajčiaková
Lajčák Lajčáková Lakatos Lakaza Lakehal Lakhal Lakhdari Lakošeljac Laks Laksita Laksmiwati Laliberté Lall Lallaidh
Lallaigh Lallemand Lalor Laloux Lamač Lamačová Lambe Lambers Lamberts Lamborghini Lambot Lambotte Lambrechts Lambregt
Lamesch Lamhna Lammas Lammens Lammer Lammi Lamore Lampinen Lampl Lamprecht Lamri Lamula Lanagáin Lancisi Lande
Landeghem Landl Landström Lanfranchi Langa Langeni Langern Langevoort Langosh Langworth Lanka Lankinen Lankle Lanners
Lansink Laochdha Laodhóg Laoghaire Laoghóg Laoi Laoidh Laoidhe Laoidhigh Laoingsigh Laoithe Laon Laouar Lappalainen
Lapsa Lapáin Larbi Larcher Larcáin Lardinois Lardner Largan Largey Laribi Larivière Larouche Larrañaga Larrea Larsson
Lasa Lasić Lassen Lassila Lassnig Lata Lathaigh Lathrope Latier Latreche Lattuada Latupono Latvala Laufars Laugis
Laukkanen Launay Laur Laurenson Laureys Lauridsen Laurila Lauritzs Lauwers Lavallée Lavan Lavell Lavrič Lawal Laylova
Lazcano Lazizov Lazuardi Leacy Leagha Leallaigh Leamhna Leannon Leannáin Learmonth Leathaigh Leathlobhair Leavey Leban
Lebar Lebedev Lebon Lebreton Lebrón Lebsack Leclercq Lecocq Lecomte Leconte Lecoq Leddin Leddon Lede Ledent Ledner
Ledwich Ledwith Leeb Leemans Leemput Leene Leeney Leeuw Leeuwen Lefort Lefèbvre Lefèvre Legnante Legović Legrain
Leguit Lehane Lehikoinen Lehiste Leht Lehtimäki Lehtinen Lehtla Lehtmets Lehtola Lehtonen Leibetseder Leidhin Leidhinn
Leifs Leighin Leighinn Leiknirs Leino Leinonen Leitgeb Leithner Leiðólfs Lelas Lelei Leleu Lelijveld Lelièvre Leloup
Lemayian Lemaître Lembede Lember Lemmens Lemonnier Lempereur Lenaerts Lenaghan Leneghan Lenehan Lengauer Lengyel Lenić
Lennane Lennartsson Lensen Leonardi Leonards Leoncavallo Leonhards Leonhartsberger Leopardi Lepik Lepistö Lepp Leppik
Leppänen Lepšík Lepšíková Lercari Lercher Lertsattayanusak Leruth Lesch Lesjak Leskinen Leskovar Lesná Lesný Lestari
Letelier Lether Letová Lettiere Lettner Leunberger Leuschke Leutgeb Leuven Levís Lewa Leyden Leydon Leys Leysen Leyton
Leágha Leão Leóid Leópolds Leós Lešić Lešković Lešnik Leščić Lhoir Liadhain Liagha Liaghain Liain Liathaigh Liatháin
Liber Libert Liblik Lichtenegger Licul Liddane Liddy Lideadha Lidström Lidén Liebelt Liekens Liendert Liepiņa Liepiņš
Lier Lierde Lieshout Lievens Lighe Ligorio Ligtvoet Liguori Liimatainen Liiv Liiva Liivak Liivamägi Lijn Likar Liljars
Liljegren Lillemets Lillo Limbourg Limburg Limón Lindars Lindau Lindbergs Lindblad Lindblom Lindfors Lindh Lindinger
Lindkvist Lindmark Lindorfer Lindqvist Lindroos Lindskog Lindström Lindvall Lindén Linnane Linny Linschoten Linskey
Linster Lintner Liodáin Lionacháin Lionnáin Liostún Liović Lipa Lipka Lipko Lipková Lipová Lippens Lippomano Lipponen
Lipták Liptáková Lisica Lisická Lisický Littel Littizzetto Litva Litvová Liukkonen Liverotti Lizama Lizana Liégeois
Liénard Liška Lišková Ljubetić Ljubić Ljubičić Ljung Ljungberg Ljunggren Ljungqvist Ljósálfs Ljóts Ljúfs Llabrés Lladó
Lledó Llobet Llopis Llorens Llorente Lloret Lluch Lobos Lochlainn Lochlann Lochnáin Lochráin Lochtnáin Loep Logar
Loghan Loginov Logis Loibhéad Loibl Loideáin Loididh Loidl Loineacháin Loingscigh Loingse Loingseacháin Loingsigh
Loinn Loinne Loinnigh Loinnsge Loinnsgigh Loirgneáin Loiseau Loj Loja Lojek Lojeková Lojen Lojka Lojko Lojková Lojová
Lokis Lokk Lollobrigida Lombroso Lomgaigh Lommert Lomp Lonagáin Lonargáin Londoño Londra Londáin Lonen Longaigh Longan
Longhena Longode Longáin Lonndra Lonndraigh Lonndún Lonnradh Lonnáin Lonáin Loock Loorits Looveren Looy Lorang Lorca
Lorch Lorcáin Lordan Loreal Loredan Lorencin Lorent Lorreijn Losa Losatapornpipit Losekann Lotharingen Loucif
Loughnane Loughrey Loughry Lounis Loureiro Louws Lovrić Lowney Loðmunds Luachra Luag Luain Luaire Luaithrinn Luanaigh
Luasa Luasaigh Lubelo Lubhaing Lubina Lubinová Luboch Lubowitz Lucciano Lucel Lucena Lucitt Lucić Luddy Ludhóg Ludonga
Ludovisi Ludvigs Lueilwitz Luengo Luettgen Luger Lughadha Lughbhadha Luht Luibhéad Luik Luin Luineacháin Luinenburg
Luinigh Luitgardis Luján Lukhele Lukin Lukinić Lukić Lukk Lukstiņa Lukstiņš Lukács Lukáč Lukáčová Lukša Lukšić Lukšová
Lumbasi Lumbreras Lumi Lumiste Lumumba Lunaigh Lundblad Lundh Lundholm Lundis Lundkvist Lundmark Lundon Lundqvist
Lundström Lunham Lunney Lunny Lupták Luptáková Lupáin Luqe Luque Lurgáin Luria Lussu Lustenberger Lutgen Lutholoni
Luthra Luthuli Luts Luttenberger Lutterveld Luukkonen Luvuno Luxardo Luxemburg Luyckx Luyssel Luyten Luzi Lučić
Lwandle Lyden Lynchechaun Lynchehaun Lyne Lyng Lyngars Lynskey Lysaght Láimhín Lámháin Lárents Lárs Lás Lása Lásaidhe
Lähteenmäki Lätt Lääne Lääts Léadús Léanacháin Léger Léineacháin Léis Léith Lérs Létourneau Lévesque Lévy Lévêque
Línbergs Línis Líonacháin Líthe Líška Líšková Lócháin Lógáin Lóndra Lónáin López Lórdáin Lórenzs Lõhmus Löchel Löf
Löffler Löfgren Lönn Lövgren Löwer Lúbhaing Lúbhóg Lúing Lúiséad Lúnam Lúndra Lúters Lúthers Lúðvígs Lúðvíks Lúóg Lübs
Lüscher Lüthi Lýtings Lýðs Lāce Lācis Līce Līcis Lūse Lūsis Maalim Maaren Maasgouw Maasik Maaswinkel Maath Mabanga
Mabaso Mabhena Mabhodla Mabhoko Mabika Mabizela Mabuya Mabuyakhulu Mabuza MacAdoo MacAleavy MacAllen MacAloon
MacAnally MacArt MacArthur MacBreen MacBride MacCaffrey MacCann MacCartan MacCarthy MacCarville MacClenaghan MacCole
MacComisky MacConachy MacConnaghy MacCool MacCormack MacCrohan MacCurtin MacDermott MacDevitt MacDonagh MacDonald
MacDonnell MacDougall MacDowell MacDwyer MacDyer MacEgan MacElgunn MacEver MacEvoy MacFadden MacFall MacFaull MacGee
MacGeehan MacGill MacGilligan MacGing MacGinley MacGinnitty MacGinnity MacGinty MacGloin MacGlynn MacGovern MacGreal
MacGroarty MacGuinness MacGurk MacHale MacHenry MacHugh MacInerney MacInnes MacKay MacKenna MacKeown MacKevitt
MacLysaght MacMahon MacMonagle MacMorrow MacMullan MacMullen MacNabb MacNaboe MacNaboola MacNally MacNamara MacNamee
MacNeela MacNeill MacNelis MacNulty MacPherson MacPhilbin MacShea MacSweeney MacTiernan MacVeagh MacVeigh MacWilliams
Maca Macan Macasa Maccanelli Macejkovic Maceková Machata Machatová Macher Machnáč Machnáčová Machová Macháin Macháček
Macháčeková Macháčková Macingwane Macka Macken Mackesey Mackle Mackovič Mackovičová Macková Macnamee Maco Macová
Macrea Macías Madadháin Madagáin Madaidh Madaidhe Madaidhin Madan Madaoin Madar Madariaga Madarová Madej Madejová
Madela Maderna Maderno Madhubuti Madi Madiba Madide Madinaeva Madinane Madisson Madlala Madlanduna Madlula Madondo
Madonsela Madu Maduma Maduna Madunić Madziba Madáin Maertens Maestre Maeyer Mafobo Maftunova Mafuleka Mafulela
Magagula Magalhães Magann Magar Magauran Magaña Mageba Mageean Magennis Magennity Mageto Maggioli Maggis Maghanga
Maginn Magić Magnani Magngeirs Magnis Magnþórs Magolwana Magombo Magononde Magoza Magrassi Magrath Magubane Maguidhir
Magujwa Magutshwa Magwaza Magyar Magáin Magál Magálová Mahajan Mahal Mahamba Mahamed Mahamud Maharaj Mahat Mahaye
Mahdiev Mahe Mahedy Mahendra Maheswara Mahieu Mahlaba Mahlalela Mahlangu Mahlase Mahlinza Mahlobo Mahmoudi Mahmudov
Mahmudova Mahnet Mahulube Mahy Maicín Maidana Maidla Maidín Maierhofer Maillard Maille Maillot Mainchín Maingín
Mainichín Mainnín Mainín Mairhofer Maitha Maithnín Maithya Maitiú Maiyo Majcen Majdan Majdanová Majdenić Majdán
Majdánová Majerus Majeská Majeský Majoka Majola Majorana Majozi Majstorović Majumdar Makans Makarov Makhanya
Makhathini Makhaye Makhaza Makhedama Makhlouf Makhloufi Makhoba Makhubo Makhulukhulu Makhunga Makinde Makinwa Makkonen
Mako Makovac Makovec Makovecová Makovica Makovická Makovický Maková Makový Maksimov Makulu Makungu Malacarne
Malachovská Malachovský Malakova Malambule Malaparte Malatesta Malembe Malenchini Maletić Malevu Malfait Malherbe
Malhotra Malikova Malina Malinen Malinga Malinová Malipiero Malki Mallick Mallien Malmgren Malmqvist Malmström Malnar
Maloba Malowney Maloča Malpighi Malsen Maltais Maluki Maluleka Malá Malíšek Malíšeková Malóid Malõšev Malý Mamani
Mamba Mamić Mammen Mamo Mamojka Mamojková Mamula Manacháin Manacorda Manana Mancebo Mand Mandal Mandala Mandasari
Mander Manderscheid Mandl Manfreds Manfreðs Mangal Mangale Mangat Mangcamane Mangede Mangel Mangen Mangena Mangethe
Mangunsong Mani Manjón Mannan Manne Manninen Mannoia Manntáin Manolesso Manqele Manríquez Mansa Mansilla Manso
Mansouri Mansveld Mansvelt Mansız Mante Mantegazza Mantegna Mantshinga Mantáin Manullang Manunta Manyoni Manzezulu
Manzini Manzoni Manço Manúels Maoil Maoilchiaráin Maoilchéir Maoilchéire Maoilcéir Maoildhia Maoileacháin Maoileagáin
Maoileala Maoileanaigh Maoilearca Maoileoghain Maoileoin Maoileáin Maoilfheabhail Maoilia Maoiliadh Maoiligeáin
Maoilmhiadhaigh Maoilmhichíl Maoilmhín Maoilriain Maoilshearcaigh Maoiléadaigh Maoiléide Maoilín Maoineacháin Maoinigh
Maoir Maol Maolagáin Maolalaidh Maolalaigh Maolalla Maolallaidh Maolallaigh Maolchaoine Maolchatha Maolchathaigh
Maolchraoibhe Maoldhomhnaigh Maoldomhnaigh Maoldúin Maolfhabhail Maolfhachtna Maolfhábhail Maolfhábhaill Maolghuala
Maolmhochóirghe Maolmhuaidh Maolmhudhóg Maolmhuire Maolmuaidh Maolriagháin Maolriain Maolruaidh Maolruaidhe Maolruana
Maolruanaigh Maolruanaí Maoltuile Maoláin Maonagail Maonaigh Maongail Maonghaile Maothagáin Maouche Maphalala Maphanga
Maphindela Maphisa Mapholoba Maphumulo Maquet Marambio Maranga Marangoni Maranáin Marasović Marazzi Maraš Marbjörns
Marbun Marcacci Marcacháin Marcaigh Marceron Marchal Marcinek Marcineková Marcinko Marcinková Marcinová Mardešić
Mardhiyah Mardones Marduras Marec Marechal Mareková Marels Marenzio Maretić Mareček Marečeková Mareš Marešová Marfell
Margeirs Margitová Margraf Margreiter Margríms Marien Marijanović Marijóns Marinetti Maringer Marinković Marinović
Marinós Maripuu Maritim Mariánová Mariën Mariño Marić Maričević Marjanović Marjonova Marjóns Markanjević Markkanen
Markl Marklund Markovac Marković Markovič Markovičová Marková Markoš Markošová Markuš Markušová Markós Markþórs
Marlier Marnach Marnan Marnáin Maroa Marolt Marons Marošová Marpaung Marquet Marqués Marren Marrinan Marris Marroquín
Marsili Martain Marteinns Marthens Martikainen Martinec Martinecová Martineková Martinić Martinka Martinko Martinkovič
Martinkovičová Martinková Martinović Martinovič Martinovičová Martinová Martinsson Martinák Martináková Martinček
Martinčeková Martinčević Martić Martorell Martová Marttila Marttinen Martáň Martáňová Martínez Marušić Marvins Marxer
Maryamova Maryati Marzorati Maréchal Marínós Maršić Marťan Marťanová Maržić Masai Masango Masarik Masariková Masaryk
Masaryková Masarík Masaríková Mascagni Mascareñas Mascaró Mascheroni Maseko Masese Masha Mashaba Mashasha Mashimane
Mashinini Mashiya Masibekela Masikane Masila Masilela Masina Masinga Maslo Maslov Maslová Masná Masný Masondo Maspero
Massart Masseron Masset Massin Massé Mastandrea Masuku Masár Masárik Masáriková Masárová Matagne Matahlija Matamala
Matana Matano Matara Matelot Mateos Mater Materne Mateu Mateša Mathaba Mathebela Mathebula Matheka Mathenge Mathenjwa
Mathetha Mathghamhna Mathiasen Mathibela Mathiesen Mathisen Mathol Mathonsi Mathot Mathula Mathunjwa Mathurin Mathwasa
Mathy Mathúna Matiaško Matiašková Matijaš Matijević Matikainen Matilainen Matile Matinawin Matić Matko Matković
Matokanović Maton Matoušek Matoušková Matovina Matošević Mattarella Matteotti Matthys Matthäi Mattila Mattsson Matulin
Matulić Maturana Matvejev Matějka Matějková Maulana Maundu Maureira Mauréry Mauréryová Mauti Mavela Mavra Mavrič
Mavundla Mavuso Mawanda Maweu Mawewe Mawia Mawira Maxs Mayaka Mayasari Mayerhofer Mayert Mayeza Mayise Mayisela Mayol
Mayr Mayrhofer Maza Mazalankosi Mazibuko Mazilescu Maziya Mazouz Mazouzi Mazwi Mazzacurati Mazzanti Mazzi Mazzini
Mazzocchi Maćešić Maček Mačeková Mačko Mačkovič Mačkovičová Mačková Mačo Maďar Maďara Maďarič Maďaričová Maďarová
Maďár Maďárová Mašek Mašková Mbaabu Mbae Mbaka Mbamali Mbanjwa Mbatha Mbatshazwa Mbeje Mbekwa Mbembe Mbende Mbhele
Mbhense Mbhobho Mbhodwe Mbhulangwe Mbili Mbithe Mbiti Mbogo Mbokazi Mboko Mbonambi Mbonane Mbongwa Mbongwe Mbotho
Mboyisa Mbui Mbula Mbulaze Mbulazi Mbuli Mbungela Mbunjwa Mbuthia Mbutho Mbuvi Mbuyazi Mbuyisa Mbuyise McAdams
McAleavy McAleenan McAleer McAlinney McAlister McAloon McAlunny McAnally McAndrew McAnulty McArdle McAreavey McAtee
McAteer McAuley McAuliffe McAveigh McBreen McBride McBrien McCabe McCadam McCadden McCafferky McCafferty McCaffrey
McCaffry McCahill McCall McCallion McCallum McCann McCardle McCarney McCarra McCarron McCartan McCarte McCarthy
McCarville McCaughan McCaughey McCaul McCauley McCausland McCay McClean McClelland McCloskey McClure McCluskey
McColgan McColl McCollam McComiskey McConaghey McConaghy McConnell McConnon McCooey McCool McCorkill McCorley
McCormick McCorry McCourt McCoy McCracken McCrann McCrea McCready McCreanor McCrory McCrossan McCrudden McCullagh
McCullough McCumiskey McCumisky McCurdy McCurley McCurtin McCusker McDade McDaeid McDaid McDermod McDermott McDevitt
McDonagh McDonald McDougald McDowall McDowell McDunphy McDwyer McDyer McElduff McElgunn McElhattin McEllistrim McElnay
McElnea McElroe McElroy McElwaine McElwee McEnaney McEneaney McEnry McEntaggart McEntee McEvaddy McEvilly McEvoy
McEwen McFadden McFall McFarland McFarlane McFaull McGahey McGalligly McGann McGarraghy McGarrigle McGarry McGarvey
McGauran McGaw McGeady McGee McGeehan McGeoghegan McGeown McGerr McGettigan McGettrick McGill McGillicuddy McGilligan
McGilly McGilroy McGinley McGinnitty McGinty McGirl McGirr McGivern McGlinchey McGlinchy McGloin McGlynn McGoff
McGoldrick McGonagle McGough McGourty McGovern McGowan McGowern McGrane McGrath McGreal McGregor McGrenehan McGroarty
McGrory McGruddie McGruddy McGuigan McGuill McGuinn McGuinness McGuire McGuirk McGuirl McGurk McHale McHarry McHenry
McHugh McIldownie McIlroe McIlroy McIlwee McIneely McInerney McInnes McIntosh McIntyre McIsaac McIvor McKaigue McKay
McKee McKeegan McKeever McKelvey McKendry McKeniry McKenna McKenny McKenzie McKeogh McKeon McKeown McKernon McKevitt
McKie McKiernan McKillop McKing McKinley McKinney McKinnon McKnight McLachlan McLaughlin McLaverty McLean McLeer
McLeese McLeigh McLeod McLoon McLoone McLoughlin McMacken McMahon McManaway McManus McMaster McMenamin McMillan
McMonagle McMorrow McMullen McMurray McMurrough McNabb McNaboe McNally McNamara McNamee McNaughton McNea McNealy McNee
McNeely McNeill McNelis McNevin McNicholas McNicholl McNill McNulty McPartland McPartlin McPartlon McPherson McPhilbin
McPhillips McPolin McQuade McQuaid McQueen McQuilkan McQuillan McQuillen McQuin McQuinn McRann McReady McRoarty McRory
McShane McSharry McSheehy McTeague McTernan McTiernan McTigue McVeagh McVeigh McVicker McVitty McWalter Mcambe Mcambi
Mcanco Mcanyana Mchunu Mcoyi Mcusi Mcwaye Mdaka Mdakane Mdladla Mdlalose Mdlanyoka Mdlenevu Mdletshe Mdluli Mdlumbi
Mdonswa Mdotshana Mdunge Meachair Meadhra Meadhraí Meadóg Mealláin Meanman Meara Meardha Mearlaigh Mearáin Mebarki
Mecheri Medač Meddah Medhurst Medici Medić Medjahed Medvecká Medvecký Medvedev Medveď Medveďová Meenaghan Meenan Meer
Meeres Meersman Meert Meester Meeus Meeusen Meftah Megantara Megaw Mehigan Mehloluhlaza Mehrimohova Mehrojov Meidhir
Meidhreach Meijer Meili Meindl Meirligh Meirnigh Meisch Meiscill Meitheagáin Meixner Meić Mejía Mejías Mekkinós Melady
Melander Meldon Melero Melet Melican Melicharová Melicher Melicherová Melicherík Melicheríková Melicherčík
Melicherčíková Melichár Melichárek Melicháreková Melichárová Melis Melkíors Melkólms Mella Mellado Mellet Melnik
Melrakkis Meléndez Memela Memon Mende Mendizábal Mendonça Mendès Mengolo Mennea Menon Mens Mensa Mensah Mensalders
Menthonnex Menton Mentzel Menza Menziwa Menéndez Menšík Menšíková Merabet Merah Mercadante Mercader Mercalli
Mercantini Mercati Mercks Merckx Mergen Merila Meriläinen Merisi Merkaš Merkx Merkúrs Mernagh Merrigan Mersch Merzoug
Merzougui Mesarić Mesbah Mescall Mesić Meskill Messaoudi Mestdagh Metella Methavorakul Methúsalems Mets Metúsalems
Meucci Meulen Meurant Meurisse Meusburger Meyiwa Meyvants Mezei Meziane Meziani Mezzetta Meádhra Meádhraí Meára
Meáraidh Meáraí Mečiar Mečiarová Mfeka Mfusi Mgabadeli Mgabhi Mgasela Mgazi Mgcaleka Mgenge Mgilija Mgobhozi Mgwaba
Mhadaidh Mhaoil Mhaoir Mhayise Mheana Mhilidh Mhlabandlovu Mhlambo Mhlanga Mhlangu Mhlanya Mhlongo Mhlongwane Mhlophe
Mhlungu Mhuircheartaigh Mhuire Mhuiris Mháirtín Mháistir Mhártain Mhíleadha Mhílidh Mhóir Miadha Miadhacháin Miadhaigh
Mianaigh Mianáin Micca Michalech Michalechová Michalek Michaleková Michalica Michalicová Michalka Michalko Michalková
Michalík Michalíková Michaux Michelangeli Micheletti Micheni Michiels Michielsen Michálech Michálechová Michálek
Micháleková Michálik Micháliková Middelkoop Middlemiss Midhe Mielcarek Mies Miettinen Migliaccio Migwi Mihalik
Mihaliková Mihalić Mihaljević Mihalík Mihalíková Mihelič Mihelčić Mihhailov Mihić Mihoubi Mihálik Miháliková Mijsberg
Mikaels Mikić Mikjálls Mikk Mikkaels Mikkels Mikkola Mikkonen Miklavčič Miklečić Mikloš Mikloško Miklošková Miklošová
Miklík Miklíková Mikulandra Mikulec Mikulák Mikuláková Mikulík Mikulíková Mikulčić Mikuš Mikušová Mikúš Mikúšová
Milanesi Milanova Milatić Mildinbergs Miletić Milevoj Milina Miličić Millea Millán Milléadha Milmo Miloslavić Milotić
Milotová Miloudi Milovac Milroy Miltenburg Miléadha Mimica Mimouni Mimun Minayo Minet Minhas Miniati Minihan Minihane
Minne Minogue Mináč Mináčová Mionacháin Miočić Mir Miralles Miranov Miriti Mironov Mironshohov Mirosavljević Mirt Miró
Miscell Mishra Misicher Misiko Mispelen Missoni Mistry Mistrík Mistríková Mistéal Mital Mitei Mitschke Mittal Mitter
Mitteregger Mitterer Mitterlehner Mittermayr Mičetić Mišak Miše Mišković Mišík Mišíková Mjadu Mjoli Mjwara Mjöllnirs
Mjölnirs Mkhabela Mkhandlela Mkhathini Mkhatshwa Mkhithi Mkhize Mkhokeleleki Mkholo Mkhonza Mkhumbuzi Mkhungo
Mkhwananzi Mlaba Mlakar Mlalane Mlalazi Mlambo Mlangatshe Mlangeni Mlawula Mlinar Mlinarič Mlondo Mlotshwa Mlungwana
Mlynár Mlynárik Mlynáriková Mlynárová Mmboga Mmbone Mnangat Mnangwe Mncube Mncwabe Mncwanga Mngadi Mngoma Mngomezulu
Mnguni Mngwemkhulu Mngwengwe Mnikathi Mnisi Mnomiya Mnqamu Mnqayi Mnquhe Mntambo Mntimande Mntungwa Mnyamande Mnyandu
Mnyoni Mocanu Moccia Mocenigo Mocháin Mochóirghe Mochóraigh Modhráin Modi Modiano Modig Modigliani Modrić Modugno Mody
Moenen Moens Moensendijk Moerman Moes Moet Mofardin Mogaka Mogeni Mogere Mogherini Moghráin Mogire Mogáin Mohammadi
Mohammedi Mohanty Mohaupt Moher Mohinurova Mohlaroyimova Moidhe Moilanen Moinéal Moisio Moithide Mojžiš Mojžišová
Mokadem Mokaya Mokhtari Mokrane Mokrani Mokroš Mokrošová Mokua Mol Molano Molegraaf Molen Molenaar Molesini Molin
Moliner Molins Molis Molnár Molraoghain Momberg Monacháin Monagle Mondaca Mondadori Mondaini Mondise Mondragón
Monduzzi Moneta Monfort Mongan Mongare Monghaile Mongáin Monicelli Monnard Monnet Monney Mononen Monsalve Montalbán
Montalcini Montalti Montanari Montanariello Montandon Montanelli Montaña Montañez Montaño Montecchi Montecino
Montecinos Montesano Montesinos Montessori Monteverdi Moone Moonen Moosbrugger Moraes Morahan Moraleda Morand Morandi
Morandini Morante Morar Morara Morard Morata Moravcová Moravec Moravecová Moravčík Moravčíková Morawo Morcillo Moreels
Morellato Morera Moresi Morgagni Morgans Moric Moricová Moritzs Morić Morlacchi Mornane Morosini Morová Moroz Morpurgo
Morricone Morrin Morrocco Morsli Mortati Mortier Morucci Morvan Moráin Morán Moscarda Moschino Mosciski Mosemann
Moseti Mosis Moslavac Mostefaoui Motha Mothair Motháin Motte Mottet Mottiez Moturi Motyková Motyčka Motyčková Moulay
Moulin Moura Moureau Mousel Moussaoui Moyano Mozart Močibob Mpangazitha Mpanza Mphahlwa Mphankomo Mphazima Mphemba
Mphephethwa Mpikela Mpila Mpofana Mpumuza Mpungose Mpunzana Mqadi Mqungebe Mrak Mraoiligh Mraović Mrazek Mrazeková
Mrazko Mrazková Mrazová Mráz Mrázik Mráziková Mrázka Mrázko Mrázková Mrázová Mríosáin Msamkhulu Msane Msani Mseleku
Mshazi Mshengu Mshibe Mshikela Mshikila Mshiyane Msibi Msimang Msindazwe Msokazi Msomi Msuthu Msuya Msweli Mthabela
Mthalane Mthanti Mthembu Mthethwa Mthimkhulu Mthinti Mthiya Mthiyane Mthombeni Mthonti Mtimande Mtolo Mtshali
Mtumaseli Mtuswa Muadaigh Muange Muaráin Muasya Mubinova Muchai Muchangi Muchemi Mucheru Muchira Muchoki Muchová
Muchui Mudden Mude Mudgway Mudri Mudronja Muendo Muga Mugabháin Muggs Mugure Mugáin Muhammadaliyev Muhammadaminov
Muhammadamirov Muhammadayubov Muhammadazizov Muhammadov Muhammadrizoyev Muhammadsafoev Muhammadsodiqov Muhammadsolihov
Muhammadumarov Muhammadyasinov Muhammadyusupov Muhammadziyoev Muhia Muhonen Muhonja Muhoro Muhovic Muhr Muhsinova
Muhumed Muichille Muigai Muighe Muijs Muilcín Muilleagáin Muilleoir Muilligh Muimhneacháin Muimhnigh Muimi Muinde
Muindi Muineacháin Muineóg Muinghíle Muinilligh Muinneacháin Muinníle Muircheartaigh Muireadhaigh Muireagáin Muireáin
Muireán Muirgeáin Muirgheasa Muirgheasáin Muirighthe Muiris Muirithe Muirneacháin Muirthile Muirthín Muizzova Mukami
Mukherjee Mukhopadhyay Mukiri Mukoya Muktar Mukundi Mulcair Mulders Mulei Mulet Mulgrave Mulgrew Mulhare Mulinge
Mulkerrin Mullaghan Mullala Mullaly Mullany Mullarkey Mullery Mullooly Mullooney Mulloughney Mulláin Mulongo Mulqueen
Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvany Mulvenna Mulvin Mulvy Mulyani Muláin Mumba Mumbe Mumbua
Mumtozova Munari Mundia Munga Munguti Munguía Muninns Munis Munisayeva Munnelly Munshi Munster Munyi Munyiva Munyua
Munywoki Muoki Mur Muracháin Murachú Murae Murage Muraguri Murangiri Muraoile Muratori Muratovic Muraya Murazik
Murchadha Murchaidhe Murcháin Murchú Murcia Mureithi Murgaš Murgašová Murghaile Murialdo Murigi Murin Murinová Muriset
Muriungi Murnane Murnin Murnáin Murodov Murraigh Murri Murrihy Mursalinaeva Murthuile Murthy Murty Muru Murugi Murunga
Murungi Murín Murínová Musatti Musaxanlı Musfirayeva Mushtariyeva Musi Musil Musili Musilová Musimbi Muslimaeva
Muslimov Mustafayev Mustapić Mustač Mustonen Musumba Musungu Musy Musya Musyimi Mutahi Mutanu Mutegi Mutembei Mutemi
Mutethia Muteti Muthami Muthee Mutheu Muthiani Muthike Muthini Muthomi Muthuri Muti Mutindi Mutio Mutti Mutugi Mutuma
Mutune Mutungi Mutwiri Muuo Muxlisayeva Muxtaroğlu Muya Muynck Muzayyanova Muzdalifayeva Muñiz Muñoz Muğanlı Mušćet
Mužina Mužić Mvelase Mveni Mvubu Mvuyana Mwadime Mwai Mwaka Mwakio Mwalimu Mwamburi Mwandla Mwania Mwanza Mwathi
Mwelase Mwema Mwenda Mwendia Mwero Mwihaki Mwinyi Mwinzi Mwirigi Mwita Mwololo Mwongela Mwongeli Mydlo Mydlová Myeni
Myeza Myklebust Myllymäki Myrkvis Mzila Mzilankatha Mzileni Mzimela Mzizi Mzobe Mzolo Mzomba Mzoneli Mzukase Mzulwini
Mzungu Mác Mácka Mácková Mácová Mághnuis Máille Máirtín Málóid Mánis Mármol Márquez Márs Mártan Máthúna Máček Máčeková
Máčik Máčiková Mäder Mäe Mäenpää Mäeots Mäesalu Mägi Mäkelä Mäki Mäkinen Mälzer Mänd Mändla Männik Männiste Männistö
Mäntylä Määttä Månsson Mårtensson Méaláid Méalóid Méalóide Ménard Méndez Mészáros Mídhia Míléada Mímirs Mínguez
Míocháin Míodhacháin Míodhcháin Míonáin Mírs Míós Móiníol Móirín Móracháin Mórdha Móricová Móris Móráin Móðis Mõttus
Möchlichen Mölder Möller Mörth Mörðs Møller Múgica Múlis Múrnáin Múñiz Mühlbacher Mühlberger Mühlböck Mühle Mülichen
Müller Müllerová Müllner Mürk Müür Müürsepp Mýrkjartans Nababan Nabwire Naccari Nadal Nadi Nadig Nadkarni Naessens
Nafuna Nagar Nagarajan Nagele Nagi Nagl Nagys Naibei Naidu Naik Naili Nailín Nainggolan Nais Najmudin Nakhumicha Nakić
Nala Nallon Nalty Namaga Nanda Nandisa Nandwa Nangle Naoidheanáin Napitupulu Narain Narang Narasimhan Narayan
Narayanan Narfis Narpati Narula Narušis Narváez Nasambu Nascimento Naserian Nashiruddin Nasimiyu Nasri Nasyiah
Nasyidah Natanaels Natans Nataníels Natarajan Natsir Natt Natta Naujokas Naumov Nausėda Navara Navarová Navarria Navez
Navone Navrátil Navrátilová Nayak Nayar Nazareth Nazari Nazarov Načinović Nağıoğlu Ncala Ncama Ncanana Ncongwane Ncube
Ncusi Ncwaba Ncwane Ndaba Ndabandaba Ndabansele Ndabase Ndabezitha Ndambuki Ndandali Ndanu Ndawo Ndawonde Ndege Ndichu
Ndiema Ndima Ndimande Ndinda Ndinisa Ndiritu Ndiwa Ndiyema Ndlala Ndlandla Ndlangamandla Ndlanya Ndlanzi Ndlela
Ndlondlo Ndlovu Ndolo Ndondakusuka Ndonga Ndoro Ndosi Nduati Nduli Ndunda Ndwandwe Ndwiga Neabhail Neacail Neachtain
Neancól Nearaigh Nebot Necci Nederlotharingen Nedermeijer Nedić Nedjar Neehan Neelan Neelin Neenan Neerachapong Negele
Negrón Neilan Neilian Neira Neirynck Neistis Nek Neligan Nelis Nelissen Nemcová Nemes Nemeș Nene Nennis Nenzi Nerger
Nes Neto Nette Neubacher Neugebauer Neuhauser Neuhold Neulinger Neumayer Neumayr Neumeister Neumüller Neuner Neureiter
Neureuther Neuschäfer Neustrië Neuteboom Neuville Neuwirth Neuzerling Nevado Nevala Nevalainen Neve Neven Nevárez
Neyens Neylon Ngala Ngao Ngaruiya Ngatia Ngazitha Ngcamane Ngcamu Ngcemu Ngcobo Ngcolosi Ngei Ngema Ngeno Ngetich
Ngiba Ngidi Ngige Ngina Ngobese Ngobisi Ngomane Ngome Ngonini Ngotho Ngotsha Ngubane Ngubeni Ngui Ngumbao Ngungunyana
Ngunjiri Ngure Ngwane Ngwazi Ngwekazi Ngwenya Nhlabathi Nhlane Nhlanhlampofu Nhlapho Nhleko Nhlengethwa Niadh Niaidh
Niallagáin Niallghais Niallghuis Nialláin Nianáin Niatháin Nibali Nicaise Nicolau Nicolini Nicolucci Niederl Niemeier
Niemelä Nieminen Nienow Niermann Nieuwenhuijsen Nieuwstraten Nievo Nigam Nigg Niggli Nihoe Niiranen Niit Nijman Nijs
Nikanors Nikiforov Nikitin Niklasson Nikolaev Nikolais Nikolić Nikula Niland Nilufarova Nimac Nimwegen Ninalowo
Niocail Niocláis Niquille Niscoromni Niskanen Nissinen Nistor Nitra Nitrová Nitti Nitto Nitzsche Nizet Niño Nišević
Nižetić Nižnanská Nižnanský Nižnánsky Nižnánská Nižňanská Nižňanský Niță Njambi Njapha Njau Njihia Njiki Njinji Njoka
Njoku Njomane Njuki Njálls Njörðs Nkabinde Nkala Nkamzwayo Nkansa Nkansah Nkatha Nkirote Nkomo Nkomose Nkomoye
Nkonyeni Nkosi Nkrumah Nkumane Nkundlande Nkwakha Nkwali Nkwaliyenkosi Nkwanyana Nnamani Nodanga Nodlomo Nogantshi
Nogueira Nogués Nohlmans Nolcini Nollee Nolty Nombela Nombhoco Nomndayi Nomvuma Nondaba Nondlela Nonduma Nongalaza
Nongalo Nonis Nonkosi Nonkululeko Nonnis Nontanda Nontuli Nonyana Noordeloos Noordijk Noordmark Noort Noot Norac
Noraidh Norambuena Norberts Norbiato Nordgren Nordio Nordlander Nordlund Nordqvist Nordström Norgren Nori Norlin
Norling Normanns Norramon Norrman Norry Northeim Norén Norðmanns Nosbusch Nosiglia Nota Notarbartolo Notová Nouar Noui
Nouri Nousiainen Novaes Novais Novaro Novikov Novitasari Novosel Novota Novotná Novotný Novák Nováková Nowanqa
Nozimova Nozulu Nqumela Nsele Nsia Nsibande Nsibanyoni Nsindane Nsukuza Ntaka Ntamonde Ntanzi Ntenga Nthenya Nthiga
Nti Ntiamoa Ntim Ntinyari Ntombela Ntsele Ntshalintshali Ntshangase Ntshingila Ntshiza Ntuli Nuadhain Nuadhan Nualláin
Nuanáin Nuffel Nugnes Nugroho Nulty Nunne Nur Nuraini Nurdiyanti Nuriyeva Nurk Nurm Nurmi Nurminen Nurmuhammadov Nus
Nussbaumer Nusslé Nuut Nuutinen Nuwenhijsen Nuwenhuijzen Nuwenhuse Nuwenhuysen Nuyts Nußbaumer Nuñez Nwachukwu Nwosu
Nxamalala Nxasana Nxele Nxumalo Nyaako Nyaakoaa Nyabuti Nyabuto Nyagaka Nyaguthii Nyakio Nyale Nyamawi Nyambane
Nyambose Nyambu Nyame Nyamu Nyamweya Nyanda Nyandeni Nyangaresi Nyangau Nyangweso Nyantakyi Nyathi Nyawa Nyawo
Nyawokhulu Nyawose Nyazitla Nyembe Nyembezi Nyeuwenhuysen Nygren Nygård Nyhan Nyide Nykänen Nylander Nylund Nylén
Nyoike Nyokabi Nyokayebululu Nyongwana Nys Nyssen Nyström Nzai Nzama Nzamela Nzau Nzilani Nzima Nzimande Nzimase
Nzioki Nzisa Nzuki Nzuza Nádhraigh Nájera Nálepka Nálepková Náradhaigh Náraigh Náttmörðs Náttúlfs Näf Nägele Näscher
Näslund Næss Néill Németh Nóams Nóels Nógla Nóis Nónis Nóris Nóvembers Nôta Nôtová Nõmm Nõmme Nõmmik Nöbauer Nökkvis
Nørgaard Núin Númis Núnáin Núñez Nüsslin Nývarðs Němcová Němec Němeček Němečková Obama Obara Obare Obasanjo Obeng
Oberbrunner Oberhauser Oberhofer Oberleitner Obermayr Obermüller Oberndorfer Oberweis Obi Obiero Obonyo Obradović
Obratov Obuya Obšut Obšutová Ocaña Ochola Ochten Oddbergs Oddbjörns Oddfreyrs Oddgeirs Oddis Oddkells Oddleifs Oddmars
Oddsteinns Oddvars Oddþórs Odera Odero Oderwald Odescalchi Odetola Odinaeva Odinga Odira Odiwuor Odobašić Odoyo Odunsi
Oduori Oehri Oemencs Oennen Oestrovsky Oever Offredi Ofner Ofori Ofosu Ogada Ogbuehi Ogega Oger Ogeto Ogindan Oginga
Oginni Ogola Ogolla Ogulana Ogunbamigbe Ogunbiyi Ogunbo Ogunde Ogunleye Ogunwobi Ogunyeye Ogutu Ogweno Ohlsson Oibicín
Oikarinen Oilifir Oinonen Oirchinnigh Oireachtaigh Oirschot Oistigín Oisín Oitir Ojala Ojanen Ojaste Ojiambo Ojo Ojua
Ojukwu Ojwang Okafor Okech Okeke Okelo Okemwa Oketch Okeyo Okinyi Okongo Okonkwo Okoro Oks Oksanen Oktaviani Októs
Okuku Okuneva Okyere Olabode Oladipupo Olafs Olaiya Olasupo Olate Olausson Olave Olavs Olawale Olaya Olesk Olgeirs
Olguín Oliboni Olivers Oliverts Olivetti Olivárez Olivé Ollikainen Ollila Ollivier Olmedo Olofsson Olowokeere Oloyede
Olst Olthof Olubode Olugbayila Olujimi Olukotun Olukunga Olusanya Oluwagbemi Olykan Oláh Omani Ombasa Ombati Ombui
Omidina Ominova Omma Ommeren Omojola Omollo Omolo Omotoso Omwenga Omweri Omwoyo Ondari Ondiek Onditi Ondrašík
Ondrašíková Ondrejka Ondrejko Ondrejkovič Ondrejkovičová Ondrejková Ondricka Ondrus Ondrusek Ondruseková Ondruš
Ondrušek Ondrušeková Ondruška Ondruško Ondrušková Ondrušová Ondráš Ondrášek Ondrášeková Ondrášik Ondrášiková Ondrášová
Ondrúšek Ondrúšeková Onge Ongeri Onio Onisto Onjengenyamazane Onoh Onsongo Onwuka Onyancha Onyiego Ooko Oommen Ooms
Ooste Oosten Oostendorp Oosterhek Oosterhout Oostveen Ooyen Oparinde Opazo Opizzi Opluštil Opluštilová Opmans Opoku
Opondo Opper Oppong Oprea Opuku Oralaigh Oras Orav Orban Orbanić Orbán Ordóñez Orengo Orešković Org Orina Orjuela
Orleans Orlić Orlov Orlović Orlík Orlíková Ormars Ormeño Orms Orn Orosz Orrego Orsós Ortese Ortmann Ortolani Ortuño
Orucov Orvars Orwa Oršolić Oršoš Oršulić Oscair Oscuro Osei Osgair Oshin Oshodi Osiemo Osinski Osiyeva Oskarsson Osoro
Ospelt Ospino Ossandón Ossani Osses Ossipov Ossola Osterhoudt Ostermann Ostinelli Osuntokun Otabekov Oti Otiende Otiwa
Otkells Otmani Otris Ots Ottino Ottosson Ottós Otuo Otčenáš Otčenášová Ouali Ouchene Oude Oudewater Ouellet Ouko Ouwel
Ouwerkerk Ovadia Overdijk Overeem Overgaard Oversteeg Owiti Owokoniran Owolabi Owoyemi Owusu Owusuwaa Oyadiran Oyaifo
Oyarce Oyaro Oyarzo Oyarzún Oyekan Oyeniyi Oyetoro Oyeyemi Oyinlola Oyoo Oyshayeva Oyugi Oza Ozimec Oñate Očenáš
Očenášová Paal Paananen Paap Paas Paavilainen Paavola Pabón Paccot Pacelli Pacetti Pacher Pachler Pachoud Pacillo
Pacocha Pacomio Padberg Padden Padmanabhan Padmasari Padovano Padrón Paegle Paepe Paffrath Pagac Paganini Pagliaro
Pagnotto Pagès Pai Paier Paillet Paimo Pajer Pajerová Paju Pajula Pajunen Pajur Pakarinen Palan Palastri Palau Palić
Palka Palkovič Palkovičová Palková Palla Palladio Pallarès Pallo Pallová Palman Palmgren Palmqvist Palo Palomar
Palombi Palomäki Palov Palovič Palovičová Palovová Palová Palovčík Palovčíková Paltrinieri Palu Paluch Paluchová
Palúch Palúchová Pamić Pammer Panatta Panchal Pandey Pandit Pandurić Pandya Panicucci Panov Panzera Paoletti Paor
Papafava Papak Paparić Papetti Paquay Paquot Paradi Pareja Parejo Parekh Pareto Parijs Parini Parisian Parkkinen
Parmar Parmentier Parmitano Parpinel Parraguez Parri Partanen Partlainn Paruta Parviainen Parys Parzer Paré Pasanen
Paschoud Pasman Pasolini Pasqua Pasquier Passalacqua Passchiers Pastine Pastoors Pastén Pasuk Pataki Patberg Paten
Pathak Patil Patiño Patla Patreks Patricks Patriks Pattyn Paucek Pauer Pauko Pauková Paulauskas Paulik Pauliková
Paulitsch Pauliček Pauličeková Paulovič Paulovičová Paulsson Paulík Paulíková Paulíček Paulíčeková Pausini Pauw
Pauwels Pavanello Pavarotti Pavelek Paveleková Pavelić Pavelka Pavelko Pavelková Pavelová Pavert Pavez Pavin Pavić
Pavičić Pavka Pavko Pavković Pavková Pavlikovská Pavlikovský Pavliková Pavlin Pavlič Pavliček Pavličeková Pavličko
Pavlo Pavlov Pavlović Pavlovič Pavlovičová Pavlovová Pavlová Pavlík Pavlíková Pavlíček Pavlíčeková Pavolová Pavuk
Pavón Pavúk Pavúková Payet Pazos Paúk Paúková Paľa Paľka Paľko Paľková Paľo Paľov Paľovová Paľová Paľovčík Paľovčíková
Paľuch Paľuchová Paľúch Paľúchová Pašek Pašeková Paška Paško Pašková Peano Peatáin Pechel Pecotić Pederiva Pedersoli
Pedišić Pedrazzini Pedrero Pedroni Pedrós Peeters Peham Peharda Pehkonen Peinado Peircín Peiró Peitrequin Peixoto
Pekkala Pekkarinen Pelikán Pelikánová Pelkonen Pelli Pellicer Pellico Pelser Peltola Peltonen Peltoniemi Peláez Pendl
Penić Pennanen Pennetta Penttilä Penttinen Penz Perak Peral Peranda Perano Perck Perelló Pergande Pergolesi Peri
Perini Perić Perišić Perko Perkov Perković Permadi Permata Permchart Perner Peron Peronne Perozzo Peroš Perret Perrier
Perrono Perrot Pers Persico Persijn Persson Pertile Pertini Pertiwi Pertl Peruzzi Peruško Perälä Perčić Pesendorfer
Pesonen Petek Peterlik Peterse Petersson Petitjean Petralli Petrassi Petrauskas Petrić Petričević Petrocelli Petrov
Petrovická Petrovický Petrović Petrovič Petrová Petrucelli Petruzzi Petruška Petrušková Pettai Pettersen Pettersson
Petz Peukert Pezzali Peña Peñaloza Peñalver Peñas Pečnik Pečur Peša Pešić Peška Peško Pešková Pfannerstill Pfleger
Phakathi Phakathwayo Phartholáin Phathwayo Phayre Phearsain Phetha Phethela Phewa Phikela Philban Philbin Philbín
Philib Philippart Phillipsen Phingoshe Phoseka Phoswa Phungula Phusilarungrueng Phuthini Phádraig Pháidín Phártholáin
Phártoláin Phóil Piacentini Pianduangsri Piane Piazzi Piccand Piccinni Piccio Pichler Pichpandecha Piché Pieber
Pierard Pierrard Pierret Pieters Pietilä Pietrangeli Piette Pigafetta Pignatti Pihelgas Pihl Pihlak Piho Piir
Piirainen Piirsalu Pika Pikatsingkorn Pikec Pikk Piková Pilbín Piljek Pillai Pillay Pilz Pimenta Pinamonte Pincheira
Pincherle Pineau Pingle Pinho Pinilla Pininfarina Pintar Pintarić Pintarič Pintor Pintér Pinzón Piogóid Piotáin
Piovani Piquer Pirandello Pirard Pirc Pircher Pire Pirelli Pirinen Pirker Pirlot Pirnat Piron Pirotte Pirson Pisacane
Pisaroni Pison Pistoletto Pitanuwat Pitkänen Pizzamano Pizzetti Pizziol Piérard Piña Piñeiro Piñol Pišút Pišútová
Pjets Pkemoi Pla Plana Plantak Plantard Plantek Plas Platini Plattner Platzer Plaucha Plauchová Plavec Plavecová
Plavucha Plavuchová Plažanin Plch Plchová Plekancová Plekanec Pletschette Pleše Plešivcová Plešivec Ploeg Ploom Pluijm
Pléimeann Pléimionn Poblete Pochet Pocius Podhradská Podhradský Podkonická Podkonický Podniece Podnieks Poelmans
Poerio Pogačnik Pohjola Pointner Pokas Pokorná Pokorný Pokos Pokuaa Polani Polauaypon Polesel Polet Polfliet Poliak
Poliaková Polis Polić Poljak Poljakov Polla Pollet Pollich Pollák Polláková Polonijo Polović Polpo Polzer Polák
Poláková Pomaa Pomares Pombo Pometta Poncelet Ponci Poncin Pongpanitch Pongrac Pont Pontecorvo Ponti Poom Poos Popescu
Popov Popović Poppel Porcel Porcellato Poropat Porta Portero Portilla Portmann Porubjak Porubjaková Porzio Posalee
Posch Poslon Pospíšil Pospíšilová Postl Pothanun Potier Potočnik Poucke Poulain Pouros Pouw Povilonis Powlowski Poza
Pozder Pozo Pozuelo Pozzecco Poška Požega Praagh Prabhakar Prabhu Prachayaroch Pradana Pradhan Pradipta Praet Praga
Prakalpawong Prakasa Prakash Pranowo Prantl Praoidheáil Prasasta Prashad Prastuti Prat Pratama Pratesi Prati Pratiwi
Prats Praxmarer Prayoonhong Preda Predovan Predovic Preiß Prelec Prem Prempeh Prenner Preočanin Prial Pribanić Priede
Priedīte Priedītis Priego Primožič Prinsen Priondargás Priondragáis Priongalóid Priselac Priuli Procacci Procházka
Procházková Prodi Prohaska Proietti Proinnsias Proost Prosacco Prouse Prpić Prskalo Prtenjača Pruschke Pruul Pruvost
Pryal Prévost Príors Pröll Puccini Pucher Puchner Pudjiastuti Puerta Puhakka Puharić Puirséal Pujadas Pujol Pukk
Pukluš Puklušová Pulci Pulgar Puljiz Pulk Pulkkinen Pundel Puntigam Punz Pupák Pupáková Puranen Puri Puriņa Puriņš
Purmale Purmals Purnawati Purohit Purwanti Puspasari Puspita Putinja Putra Puusepp Puustinen Puška Puškarić Pušková
Puškár Puškárová Pușcașu Páez Páidín Páirceir Pálka Pálls Pálmars Pálmis Pásztor Pärn Pärna Pärnpuu Pärtel Pärtzelt
Pääkkönen Pålsson Pépin Pérez Péts Póil Põder Põdra Põld Põldma Põldmaa Põllu Pölitz Pöll Pöllänen Pölzl Pöschl
Pühringer Püvi Pērkona Pērkons Qabiloğlu Qafarov Qarabağlı Qasımov Qomazitha Qoçulu Qoşalı Quaide Qualter Quartey
Quartier Quasimodo Queally Queenane Querini Quero Querol Quigney Quillinan Quilty Quinlivan Quinny Quinteros Quintus
Quirke Quirós Quispe Quitzon Quiñones Quiñónez Qurbanlı Qurbanov Qutqaşınlı Qwabe Raadik Raag Raamat Raatikainen
Rabbitte Rabhartaigh Rabhi Rabhlaigh Rabia Rabitsch Rabl Rachedi Rachtagáin Rackham Radelić Rademaker Radhakrishnan
Radin Radinović Radisch Radić Radl Radman Radojković Radolović Radović Radočaj Radošević Raemdonck Raes Raeymaekers
Rafaels Rafnars Rafnkells Rafns Raftis Raghaill Raghaille Raghallaigh Raghavan Raghna Raghnaill Ragnars Raguž Ragúels
Rahal Rahija Rahilly Rahimah Rahmani Rahmawati Rahmoune Rahmouni Rai Raidma Raifearta Raifteirí Raighill Raighilligh
Raighle Raighne Raight Raigne Rais Raith Raithbheartaigh Raithile Raj Rajagopal Rajagopalan Rajala Rajan Rajasa Rajh
Rajn Raju Rajčić Rak Rakela Rakovan Rakovanová Raková Rakuljić Raljević Rallaigh Ramachandran Ramaekers Ramaker
Ramakrishnan Raman Ramanathan Ramaswamy Ramazzotti Ramdani Ramdedovic Ramesh Ramis Ramsauer Ramírez Ramšak Randhawa
Randmaa Randoja Randvers Ranganathan Rannvers Ranta Rantala Rantanen Raol Rapin Rapisardi Rappaz Rapraz Rascón Rask
Raspor Rastelli Rastija Rastoder Rastogi Ratemo Rathaile Rathallaigh Ratke Ratta Rattigan Raud Raudsepp Rauhala
Raurica Rauter Rautiainen Rautio Ravaglioli Raval Ravn Rayel Rayhonova Raynaud Rayyonova Rađenović Rašeta Rašić Ražov
Reachtabhair Reachtabhra Reachtagáin Reachtain Reachtair Reachtaire Reachtar Reachtúire Reanacháin Reannacháin Reavy
Rebane Rebić Rebolledo Rebollo Recer Recers Rechberger Reckinger Redi Redican Redl Reede Reen Rege Regge Reginbalds
Reginns Reguera Rehorst Reicher Reichl Reichmann Reidars Reifnirs Reig Reijers Reimars Reimes Reinars Reinbacher
Reindl Reinger Reinharts Reinholds Reinikainen Reinisch Reinprecht Reinsalu Reinthaler Reischl Reising Reisner
Reitbauer Reiterer Reithil Reithofer Reitinger Rek Remacle Remmel Rempel Renault Rendulić Rendón Renehan Rengifo
Renier Rensi Renson Rentería Repiská Repiský Repo Requena Resanović Resnik Respighi Reséndez Retamal Retamales
Rettenbacher Reynaert Reynalds Reynars Reynaud Reynders Reynell Reynirs Reynoldson Reyrs Rezende Rezig Rhatigan
Rhattigan Rheineck Riabhaigh Riada Riagáin Riain Riallaigh Riardáin Riascos Riba Ribarić Ribas Ribera Ribes Ribić
Ribičić Ricart Riccati Richardová Richtár Richtárová Ricolfi Ridire Riedl Riedler Riedmann Riegler Riekstiņa Riekstiņš
Riem Riener Rienzo Riepl Riera Rieser Riet Rietveld Riffo Rigaux Righi Riha Rihová Riihimäki Riikonen Rijcken
Rijetković Rijks Rijn Rijnsbergen Rijntjes Rijthoven Rikharðs Rincón Ringhofer Rinn Rinne Rinner Rintala Rioba
Riocaird Riolláin Riou Ripoll Rippin Riquelme Risek Risma Rismondo Rissanen Risteard Ritacca Ritoša Rius Riveros
Rivière Riyanti Rizzoli Ričko Riša Riška Riško Rišková Rišo Rišová Roarke Roarty Roba Robadey Robbrechts Robel
Robertsson Robhacháin Robhartaigh Robi Robiyayeva Rocamora Rocca Roccabonella Roce Rocher Roda Rodacháin Rodaigh Rodaí
Rodrígez Rodríguez Rodríquez Rodáin Roeck Roelandt Roels Roero Roessink Rogahn Rogiers Rogner Rogošić Rohleder
Rohrmoser Roht Rohtla Roháč Roháček Roháčeková Roháčik Roháčiková Roháčová Roibín Roig Roijen Roithleáin Rojek
Rojeková Rojka Rojko Rojková Rojnić Rolfs Rolfson Rollinger Rolón Romagnoli Romaguera Romanens Romanov Romančík
Romančíková Rombaut Rombouts Romeu Romijn Romiti Rompaey Ronalds Ronayne Roncalli Ronkainen Ronoh Roo Roob Roodesteijn
Rooij Roosen Roosenboom Roosileht Roover Rop Ropero Rosell Roselló Rosemann Rosengren Rosenqvist Rosero Rosiello
Rosinová Roskoth Rosmini Roso Rosová Rosseel Rosselat Rosselet Rossellat Rosselli Rossellini Rosselló Rossini Rossmann
Rossum Rosén Rothallaigh Rothlainn Rottensteiner Rotteveel Rottiers Roukes Roura Rousseaux Rousselet Rousset
Rouwenhorst Rouwhorst Rovira Royo Rozas Roze Roziyayeva Rozman Rozīte Rozītis Rožič Rožman Ruacháin Ruadhainn
Ruadhcháin Ruadháin Ruaidhe Ruaidhinn Ruaidhrí Ruaidhín Ruairc Ruanadha Ruanaidhe Ruanaí Ruanáin Rubben Rubbia Rubene
Rubenis Ruberto Rubeša Rubilar Rubinić Rubík Rubíková Rudaigh Rudden Rudkins Rudolfs Rudzīte Rudzītis Ruecker Ruelle
Ruffini Rugut Ruhshonova Ruijs Ruiséal Ruiter Rukavina Rumaysayeva Rumjantsev Rumora Runis Runolfsdottir Runolfsson
Runte Runólfs Ruotsalainen Rupnik Ruppersberger Ruqiyayeva Rus Rusko Rusková Rusnák Rusnáková Rusová Rusticucci Rusňak
Rusňák Rusňáková Rutar Ruto Rutten Rutto Ruud Ruus Ruuskanen Ruwa Ruz Ružička Ružičková Rybníček Rybníčeková Rybár
Rybárik Rybáriková Rybárová Ryck Rycke Rydén Ryle Rynn Rynne Rys Rysová Rytkönen Ryynänen Ryš Ryša Ryška Ryško Ryšková
Ryšová Rácz Rághaill Ráighle Ráighne Ráinne Ránaigh Ráðgeirs Ráðvarðs Rädel Räisänen Räsänen Rätsep Räty Réagáin
Réamoinn Réamonn Réill Ríkarðs Ríkharðs Ríle Río Ríogh Ríoghbhardáin Ríogáin Ríordáin Ríos Rís Ríós Róberts Rócháin
Ródenas Róisde Róiste Rólants Róláin Róm Rómans Rómeós Rómová Rónáin Rósants Rósars Rósbergs Rósenbergs Rósinbergs
Rósinkars Rósis Rósmanns Rósmunds Röck Rögnvalds Rögnvars Röhrdanz Röhricht Rökkvis Römer Rönkkö Rörricht Rössler
Röðulls Rønning Rúbars Rúbens Rúdólfs Rúfus Rúfusová Rúnaidhe Rúnars Rúnú Rúriks Rúts Rúáin Rüegg Rüütel Rýs Rýsová
Růžička Růžičková Saadi Saare Saarela Saarinen Saastamoinen Sabater Sabbatini Sabbe Sabela Sabelo Sabharwal Sabinova
Sabljak Sabotic Sabrinova Sachar Sachdev Sachdeva Saci Sacristán Sacré Saddamov Sadiqov Sadiyeva Sadıxov Sadıxova
Saefullah Saelens Saffi Safinayeva Safitri Safiyeva Safo Safoaa Safronov Safírs Sagar Sagese Sagmeister Sagnelli
Sagredo Saha Sahli Sahlin Sahni Sahota Sahraoui Saidani Saidov Saidova Saina Saini Sainio Saitoti Sakalauskas Sakarya
Sakač Sakinayeva Saks Saksen Sakwa Salahudin Salaj Salajka Salajková Salajová Salako Salamoğlu Salandra Salat Salata
Salcher Saldaña Saldivia Saldías Salet Salgari Salhi Salieri Sallinen Salm Salmanns Salmars Salmela Salmen Salmerón
Salminen Salohiddinov Salom Salomaa Salomonsson Salonen Salopek Salu Salumets Salumäe Salvars Salvemini Salvini Salvà
Salz Salzmann Salómons Sama Samandarov Samel Samele Samelová Sameya Sameľ Sameľová Saminova Samirov Samirova Samiyeva
Sammer Sammon Samoei Samosir Sampaio Sampath Samper Samra Samsonová Samsons Samuelová Samuelsson Samyn Samúels San
Sandanezwe Sandels Sandgren Sandhu Sandris Sandström Sandvik Sangha Sanghvi Sanguineti Sangwani Sangweni Sanhueza
Sanitra Sanitrová Sanjarov Sankar Sankaran Sanmartín Sansoni Sansonnens Santamaría Santander Santen Santi Santibáñez
Santillán Santner Santorio Santoso Sanudo Sanz Saoraidhe Saors Saoudi Saptono Saputra Saraceno Saracino Saraf Saragat
Saragih Sarap Sarapuu Sardelić Sardorov Sarin Sarkar Sarma Sarna Sarneel Sarpong Sarraf Sarsfield Saruni Sarv Sarvarov
Sarvinozova Sas Sastre Sastry Sathe Satherley Satriani Satta Sauber Saudan Sauli Saulīte Saulītis Saura Sauro Sauvage
Saveljev Savolainen Savorgnan Sawayn Sawe Sawhney Saxena Saxis Saxo Sayah Sayyid Sbarbaro Scaduto Scalaidhe Scalaighe
Scalera Scalfaro Scallaigh Scallan Scallon Scally Scamarcio Scanaill Scandone Scanláin Scannail Scannaill Scannláin
Scaramucci Scardino Scarfoglio Scarlatti Scarpa Scarpetta Scarponi Scealláin Schaack Schachinger Schachner Schaden
Schagen Schakelaar Schamberger Schandl Schantl Scharinger Scharroo Schartner Schartz Schatteleijn Schatzl Schaus
Scheffers Scheibe Scheidegger Scheidl Schellekens Schelvis Schenkel Schepens Schepers Schepper Scherms Scherz Scherzer
Scheucher Scheuermann Schevinghuizen Schiaparelli Schicchi Schiefer Schiestl Schilcher Schilt Schiltz Schimpl Schinagl
Schinke Schinner Schinnerl Schintgen Schlager Schlatter Schlauchin Schleich Schlesser Schlögl Schmeler Schmidinger
Schmidl Schmidtke Schmied Schmiedecke Schmiedt Schmölzer Schnabl Schneeberger Schnyder Schokman Scholtes Scholtz
Schomber Schon Schoofs Schoonbroodt Schotte Schottin Schou Schouten Schowalter Schrammel Schrant Schranz Schrempf
Schrenk Schrijver Schrik Schrittwieser Schroeff Schryver Schröder Schuchhardt Schuijt Schulist Schulten Schumm
Schummer Schuppe Schutter Schuurmans Schuylenborch Schwaiger Schwaighofer Schwartsbach Schwarzinger Schwarzl Schwass
Schweighofer Schweinfurt Schwendinger Schwital Schyns Schädler Schäfer Schär Schärer Schöberl Schöffmann Schöller
Schön Schönauer Schönberger Schönland Schöpf Schüler Schüller Schürch Schütz Scialpi Scolaidhe Scolaighe Scolaí
Scollaigh Scollan Scolláin Scribhín Scuylenborchs Scéacháin Seachnasaigh Seafraidh Seafraigh Seally Seanacháin
Seanaigh Seanainn Seanlaoich Seanáin Searcaigh Searlóg Searraigh Seasnáin Sebastians Sebastíans Seco Sedano Seddiki
Seddio Sedlar Sedliak Sedliaková Sedlák Sedláková Sedláček Sedláčková Seebacher Segebahn Segerson Segersun Segerszoen
Seghers Segni Segrè Seguel Seguí Sehgal Seibhleáin Seibhlin Seibhlín Seifs Seighin Seil Seims Seinín Seip Seireadáin
Seiser Seitheacháin Seithneacháin Seitric Seiwald Sekera Sekerová Sekhon Selami Sele Selecká Selecký Sels Sembathwa
Semenov Semialjac Semitecolo Sen Sengupta Sengwayo Seničić Senko Senková Senouci Seochfhradha Seochrú Seoighe Seoin
Seppä Seppälä Seppänen Sepúlveda Serao Serem Sergejev Serlupi Sermonti Serraglio Serwaa Seršić Sesars Seshadri Sesils
Sestig Sethi Setiawan Setrick Setty Sevarova Sevillano Sevinchova Sevrin Sezer Sezgin Seághain Seáin Seč Sečová Sforza
Sgalambro Sgarbi Sgulla Shabalala Shabane Shabangu Shaffrey Shahinova Shahnozova Shahriyorov Shahzodov Shailer Shamase
Shamhráin Shandu Shangase Shange Shankar Shanker Shanny Sharaf Shariff Sharry Shazi Sheane Sheerin Sheil Sheitric
Shelembe Shengele Shenoy Sheoinín Shere Shetty Shezi Shibase Shiel Shiels Shikuku Shinga Shitric Shiúrdáin Shiúrtáin
Shoba Shohjahonov Shohruxov Shombela Shoyisa Shozi Shroff Shukla Shukronova Shómais Siacais Siadhacháin Siadhail
Siaghail Siardáin Sibal Sibalukhulu Sibanda Sibaya Sibeko Sibhene Sibhleáin Sibilia Sibindi Sibisi Sibiya Sibul
Sidheáil Sidi Sidler Sidor Sidorov Sidorová Siebenaler Sieberer Siegl Siele Siering Siffredi Sigagu Sigbergs Sigberts
Sigbjarts Sigbjörns Sigdórs Sigegede Sigei Sigerson Sigfasts Sigfinns Sigfreðs Siggeirs Sighvats Sigjóns Sigl Siglaugs
Sigmanns Sigmars Sigmunds Signars Sigris Sigrist Sigríks Sigs Sigsteinns Sigtryggs Sigtýrs Sigurbalds Sigurbergs
Sigurbjarnis Sigurbjarts Sigurbjörns Sigurbrands Sigurdórs Sigurfinns Sigurgeirs Sigurgests Sigurgríms Sigurgíslis
Sigurhjörts Sigurjóns Sigurkarls Sigurlaugs Sigurleifs Sigurlinnis Sigurliðis Sigurmanns Sigurmars Sigurmons
Sigurmunds Sigurodds Sigurpálls Sigursteinns Sigursveinns Sigurvaldis Sigurvins Sigurðs Sigurólis Sigurþórs Sigvaldis
Sigvarðs Sigþórs Sihombing Sihotang Sihvonen Sijadu Sikhakhane Sikhosana Sikhunyana Sikirić Sikk Sikobi Sikuku Sikwayo
Silangwe Sild Siliņa Siliņš Sillanpää Sillaots Sillaste Sillis Silm Silvennoinen Simanjuntak Simba Simbolon Simelane
Simeoin Simeoni Simic Simić Simoens Simola Simonen Simonis Simonič Simonová Simonsson Simó Simões Sinaga Sindris
Sinema Singhal Sinisi Sinožić Siochfhradha Siochrú Sionacháin Sionainn Sionnaigh Sionáin Sioradáin Sipilä Siqueira
Sirait Sireelert Siregar Sirel Siripaiboo Sirotić Sirviö Sirén Sisask Sishangwe Sishi Sishiya Sismondi Sitati Sith
Sithenjwa Sithole Sithombo Sithuli Sitienei Sitolotolo Sitompul Sitorus Sittisaowapak Situma Situmorang Sivertsen
Siwele Sixtus Siyaya Siyeshe Siún Siúrdáin Sjafnars Sjöberg Sjöblom Sjödin Sjögren Sjöholm Sjölander Sjölin Sjölund
Sjöstedt Sjöstrand Sjöström Skaftis Skally Skaptis Skarphéðinns Skeahan Skeffington Skefills Skeggis Skehan
Skenderovic Skivington Skjölds Sklenica Sklenicová Sklenička Skleničková Sklenka Sklenková Sklenár Sklenárik
Sklenáriková Sklenárová Sklár Sklárová Skog Skoglund Skok Skokan Skokanová Skorris Skov Skrijelj Skuggis Skuja Skujiņa
Skujiņš Skupnjak Skutecká Skutecký Skærings Skærs Skírnirs Skíðis Sköld Skúlis Skútas Sladonja Slaetsdochter Slagmolen
Slamon Slatara Slavík Slavíková Slašťan Slašťanová Slegers Slimani Slingerland Slivka Slivko Slivková Sloboda
Slobodník Slobodníková Slobodová Sloot Slota Slotová Slovinec Slovinecová Slovák Slováková Slowey Sluaghdháin Slyne
Slámáin Sléibhín Smealáin Smedt Smeede Smeets Smet Smets Smirnoff Smirnov Smitham Smiðs Smoković Smolić Smoláin Smrek
Smreková Smullen Smyrills Smál Smáris Snauwaert Snjókis Snjólaugs Snjólfs Snorris Snæbjarts Snæbjörns Snæhólms
Snælaugs Snærings Snærs Snævarrs Snævars Snæþórs Sobarzo Sobolev Sobota Sobowale Sobrero Sobrino Soderini Sodhi Soduba
Soest Soffici Soi Soini Soininen Soita Sokač Sokhela Sokhulu Sokhwebula Sokić Sokk Sokolov Sokolová Sola Solana
Solanki Soldo Solej Solejová Solera Solheim Solihayeva Solimena Sollima Solomun Solovjov Solsona Soltani Solé Solís
Som Somacháin Soman Somboni Somfula Sommaruga Somogyi Somoza Sompisi Sondini Sondisa Songiya Soni Sonnino Sonnleitner
Sonqandile Sontuli Sood Sooksawang Soolachán Soolaghan Soos Soosaar Soosalu Soots Soranzo Sorattanachai Sordi Sorgatz
Sorger Sorić Sorokin Sosnáin Sothole Sotobe Soudani Soukupová Southee Sowman Soyinka Soylu Soós Sošić Spaan Spaendonc
Spaendonck Spallanzani Spanevello Spanhaak Spealáin Speijer Spelman Speri Sperl Spiegl Spieß Spinka Spinola Spiolláin
Spioláin Spoláin Sporer Sporðis Spreeuw Spreeuwel Spreitzer Spreuwel Sprong Sproģe Sproģis Spruit Spruyt Spáin Spóis
Spörri Squarcione Sraffa Sridhar Srinivas Srinivasan Srisoontorn Srivastava Sršen Stac Stace Stadelmann Stadlbauer
Stael Staelens Staglieno Stamrood Standaert Standún Stanić Staničić Stankevičius Stanleys Stančin Staněk Stapis
Staquet Starkaðs Starkenberg Starosta Starostová Starris Starčević Stas Stassin Staudacher Staude Staudinger Staunton
Staňková Stecher Steckel Steenbakkers Steenbeek Stefanelli Stefans Steffensen Stefnirs Stefáns Stehr Steichen Steidl
Steinacher Steinarrs Steinars Steinbacher Steinbauer Steinbergs Steinbjörns Steinböck Steindl Steindórs Steinfinns
Steingríms Steininger Steinis Steinkellner Steinkells Steinlechner Steinmanns Steinmars Steinmeiern Steinmóðs Steinns
Steinröðs Steinvarðs Steinwender Steinólfs Steinþórs Stejskal Stejskalová Stelzl Stenlund Stenström Stepanov Sterckx
Sterkman Stettler Stettyn Steuber Steuer Steurer Stey Steyaert Stibhin Stichter Stiebitz Stiedemann Stiegler Stiffel
Stifter Stinis Stiofáin Stipanović Stiperski Stirnirs Stockhammer Stockinger Stodolová Stoffelsz Stoiber Stoica
Stoices Stojanov Stojnić Stojčević Stolnik Stolze Stondún Stook Stopar Stoppani Storladi Stošić Straaten Stracke
Stradivari Straková Stralen Strangio Strauß Strazdiņa Strazdiņš Stražičić Streich Strid Striebitz Strigt Strigter
Strijker Strik Strinavić Strnad Strnadová Strnisko Strnisková Strobl Strohmaier Strohmayer Strohmeier Stroobants
Strosin Ström Strömberg Strøm Strýček Strýčeková Stucchi Stucki Stuivenberg Stummer Stundún Stupalo Sturlas Sturlaugs
Sturris Styrbjörns Styrkárs Styrmirs Styrrs Styrs Ståhl Stígs Stín Stóc Stórólfs Stöckl Stöckli Stöger Stückler Stütz
Stănescu Suartini Subramaniam Subramanian Suciu Sudiati Suhonen Suibhne Suijker Suinvorde Suipéal Sujjaboriboon
Sukhenai Sule Sulg Sultanlı Sultanov Sumarliðis Sumayyeva Sundaram Sundell Sundin Sundqvist Sundström Suomalainen
Suominen Suppan Sur Sura Suraprachit Suraprasert Surać Sureda Suresh Suri Surian Suryatmi Suryono Susa Susanti Sutinen
Sutt Suur Suvorov Suwarno Suárez Sušnik Svafars Svahn Svalis Svanbergs Svanbjörns Svangeirs Svanhólms Svanis Svanlaugs
Svanmunds Svans Svantesson Svanþórs Svavars Svedberg Sveinars Sveinbergs Sveinbjarts Sveinbjörns Sveinjóns Sveinlaugs
Sveinmars Sveinns Sveinungis Sveinþórs Svends Svensson Sverres Sverrirs Svetličić Svobodová Svrbík Svrbíková Sváfnirs
Svärd Svölnirs Svörfuðs Swaminathan Swamy Swaniawski Swazi Swennen Swinnen Synnott Syombua Syrjälä Szabó Szalai
Szekeres Szilágyi Székely Szücs Szőke Szűcs Sáenz Sáez Sáirséal Sámel Sámelová Sámeľ Sámeľová Sánchez Sárközi Säde
Säuberlich Sæbergs Sæbjörns Sæis Sælaugs Sæmanns Sæmunds Særs Sæther Sævalds Sævarrs Sævars Sævins Sæþórs Séagha
Séamuis Séartha Séguin Símons Síocháin Síoda Síomóin Síoráin Síothcháin Sírnirs Sírín Síthigh Síththe Sívars Sólbergs
Sólbjarts Sólbjörns Sólimanns Sólmars Sólmunds Sólons Sólvers Sólvins Söderberg Södergren Söderholm Söderlund Söderman
Söderqvist Söderström Söding Sölmunds Sölvars Sölvis Sölzer Sörens Sörensen Sörlis Sööt Søndergaard Sørensen
Súilleabháin Súilliobháin Süleymanlı Süleymanov Süßebier Sýkora Sýkorová Taal Tabacu Tabet Taboada Tacchini Taccola
Taferner Tafuri Tagliafierro Tahraoui Tahri Taibi Taichligh Taidhg Taipale Tak Takala Takkelenburg Takyi Takács Talbi
Taleb Taliani Taliercio Talpaš Talpašová Talts Talwar Talıblı Talıbov Tamarit Tamba Tamberg Tamborini Tamburello
Tamburi Tamburini Tamhais Tamm Tamme Tammerijn Tammik Tamminen Tampubolon Tamsma Tandon Tandris Taneja Tangen Tanghe
Tangney Tanskanen Tanui Tanzer Tanzini Tapdıqlı Tapdıqoğlu Tarantini Tarassov Tarchetti Tarfs Tarhan Tarihoran
Tarlaigh Tarpaigh Tarpey Tartini Tarus Tarvainen Tasca Taskinen Tasso Tassoni Tata Tatar Tatarka Tatarková Tatarová
Tatár Tatárka Tatárová Taucher Tavčar Tawia Teahan Teangana Teangnaí Tebaldi Techer Teder Teearu Teesalu Tehan
Teimhneáin Teits Tejedor Tejera Tejero Telesio Temirov Temmerman Tencalla Tepeš Teras Terer Terlević Ternan Terragni
Terrón Teruel Tervo Terzić Terán Tesař Teufl Teuling Teunissen Tevetoğlu Texier Textor Tešija Thabekhulu Thabethe
Thabizolo Thaidhg Thaker Thakur Thalhammer Thaller Thaman Thamrin Thanel Thango Thantananont Thein Thela Thembekwayo
Thembela Thenjwayo Theodórs Theunis Theuri Theys Theódórs Thiarnáin Thighearnaigh Thighearnáin Thilmany Thinnes
Thirion Thiry Thobeni Thoirbhealaigh Thoirdhealbhaigh Thomassen Thomka Thommen Thomáis Thonon Thorbergs Thorcail
Thorens Thors Thorén Thout Thoya Thoyana Thréinfhear Thréinfhir Thuathail Thuathaláin Thuku Thulin Thuliswayo Thumbela
Thumbeza Thuranira Thurner Thusi Thusini Thwala Thygesen Thys Thámhais Théraulaz Thériault Thómais Thórs Thöny Tiainen
Tianvarich Tiarnaigh Tiarnáin Tiba Tichá Tichý Tiefenbacher Tielemans Tiepolo Tighearna Tighearnaigh Tighearnáin
Tihhomirov Tiihonen Tiik Tiits Tikka Tikkanen Tilk Tillmanno Timek Timeková Timka Timková Timmermans Timofejev Timonen
Timoney Timony Tindars Tindris Tinds Tinguely Tinnis Tintzmann Tiobraide Tiomanaidh Tiomanaigh Tiománaidhe Tiománaí
Tirabassi Tirie Tirkkonen Tirop Tirpák Tirpáková Tisaj Tischler Titipatrayunyong Titov Tiwaa Tiwari Tjalds Tjörfis
Tjörvis Tlustek Toal Todsapornpitakul Toft Togher Togliatti Tognazzi Tohall Toirbhealaigh Toivanen Toivonen Toić
Tolain Toldo Tolin Tolj Tollis Tolonen Tolosa Toloza Tolvanen Tomana Tomanek Tomanová Tomaník Tomaníková Tomaselli
Tomasetti Tomaň Tomaňová Tomašek Tomašeková Tomaška Tomaško Tomašková Tomažič Tomei Tomek Tomeková Tomescu Tomeček
Tomečeková Tomečka Tomečko Tomečková Tomhnair Tomingas Tomić Tomičić Tomka Tomková Tomljanović Tommaseo Tomáis Tománek
Tománeková Tomášek Tomášeková Tomášik Tomášiková Tomáška Tomáško Tomášková Tomášová Tomšič Tonc Toninelli Tonisto
Tonnis Tonra Tonui Toolan Toolin Toolis Toom Tooman Toome Tooming Toomsalu Toor Topić Toplak Topoľská Topoľský Torfis
Torfs Torlonia Tormaigh Tormay Tormey Tormo Tornatore Toroitich Torp Torphy Torralba Torrecilla Torrens Torricelli
Torrijos Torstensson Toscani Toscanini Toselli Tosi Toso Tosto Totino Totić Totwiller Touati Toubeau Touil Toumi
Tournay Towett Tozzi Tozzo Traetta Trantow Traoin Traore Trapanese Tratnik Trattner Trauner Trausch Traustis Travaglia
Travaglio Traversa Travia Trbović Treabhair Treasaigh Treasaí Trebbi Treboux Treccani Trei Treial Treier Tremonti
Trenor Trentin Trentini Treoigh Tresoldi Treutel Treves Trevisan Trevisani Treviño Trezzini Treó Treóigh Trgovčić
Triall Trierweiler Trikasemmart Trillini Trillo Trimmel Trincavelli Trinkl Tripathi Triplat Tristans Trlík Trlíková
Trnski Trobbiani Troch Trofimov Troisi Trommler Tropea Trostans Trub Truben Trubenová Trubin Trummer Trupiano Trupp
Trussardi Trutanić Truu Tryggvis Tréinfhear Trépanier Tröst Trúmanns Trüb Tschentscher Tsvetkov Tuachair Tuairisc
Tuairisg Tuama Tuamáin Tuaraisce Tuaruisce Tuataigh Tuathaigh Tuathail Tuathaill Tuathaláin Tuathalín Tuathlainn
Tubridy Tudela Tudić Tuijl Tuile Tuimlin Tuisk Tuithof Tukane Tuksar Tukur Tumis Tungkasethakul Tuohey Tuomi Tuominen
Tuovinen Tupá Tupý Tur Turallı Turati Turchetta Turchi Turci Turesson Turina Turiņa Turiņš Turmes Turongkinanon
Turpeinen Turraoin Turrini Turudić Turunen Turčinov Turčok Turčoková Tutty Tuul Tuulik Tuwei Tuzzolino Tuđa Tušek
Tuškan Tveit Tweneboa Twidle Twohey Twohig Twumasi Tyrfings Táilliúir Támhais Täht Tähtinen Täsche Téacháin
Téidheacháin Téllez Tímis Tímons Tístrans Tóibín Tóis Tókis Tóláin Tórpaigh Tórrez Tórs Tóth Tõnisson Törnqvist Török
Türk Týrs Tůma Tůmová Uaid Uaithne Uaitéir Ualghairg Uallacháin Ualtair Ubaldi Ubbis Udeh Udinese Udinesi Uggis Ughi
Ugrinić Uibhrín Uibo Uidhir Uidhlinn Uiginn Uilcín Uit Uittenbosch Ukić Uldry Ullmann Ulrichs Ultaigh Umarov Ungaretti
Uniacke Uniaque Unis Unnars Unnbjörns Unndórs Unnsteinns Unnþórs Unruoch Unt Unterberger Unterweger Uotila Upadhyay
Uphaus Uphuis Uphus Uppal Uram Uramová Urb Urbanová Urbany Urblík Urblíková Urbonas Ureña Urlić Urra Urzúa Uría Urías
Urðars Usada Usamah Usmonov Utami Uus Uusitalo Uustalu Uwais Uxis Uyainah Uğurlu Ušić Vaati Vabaza Vacek Vaci Vacková
Vaes Vaessen Vagns Vaher Vaht Vahter Vahtra Vaidya Vaillant Vainio Vaino Vajcik Vajciková Vajcík Vajcíková Vajda
Vajdová Vaks Valach Valachovič Valachovičová Valachová Valbergs Valbjörns Valbrands Valbuena Valcárcel Valdebenito
Valdemars Valderrama Valdimars Valdés Valdórs Valenciano Valent Valentić Valentová Valentínová Valentíns Valette
Valgarðs Valge Valgeirs Valguarnera Valier Valjetić Valk Valkama Valkonen Vall Vallaðs Vallenduuk Vallet Vallin Valls
Vallée Vallélian Vallés Valmarana Valmars Valmunds Vals Valsteinns Valters Valtonen Valtýrs Valušek Valušeková Valuška
Valušková Valíants Valíček Valíčeková Valþórs Vanaga Vanags Vanbrabant Vandaele Vandamme Vandecasteele Vandekerckhove
Vandenbergh Vandenberghe Vandenbroucke Vandenbussche Vandendriessche Vandeputte Vanderheyden Vanderstraeten Vandevelde
Vandewalle Vaneková Vangisa Vanhee Vanhoutte Vanhove Vanneste Vansteenkiste Vanvitelli Vaněk Vaquero Varano Varas
Vares Varik Varis Varkey Varma Varmars Vartiainen Varty Varughese Vasa Vasari Vasconcelos Vasiliev Vaska Vasko Vasková
Vasseur Vastenhouw Vastraedsd Vatnars Vattimo Vavrinecová Vaňková Vašek Vašeková Vaška Vaško Vašková Veas Vecellio
Vecoli Veen Veenendaal Veenstra Vegt Veigars Veigs Veiver Veić Vejar Velandia Velde Velden Velderman Veloso Velthoven
Veltman Veltroni Velzen Velásquez Velázquez Velďák Velďáková Ven Vendetti Venditti Vendrell Venier Venkataraman
Venkatesh Venrooy Venturi Venäläinen Verbeeck Verbeek Verbeke Verbiest Verbist Verboom Verboven Verbruggen Verbrugghe
Vercammen Vercauteren Vercelloni Vercoe Vercruysse Verdejo Verdier Verdonck Verdone Verdun Verdú Vereecke Vereecken
Verelst Verfaillie Verga Vergassola Vergauwen Vergeer Vergerio Verhaar Verhaegen Verhaeghe Verhagen Verharen Verheij
Verhelst Verheuvel Verheyden Verheyen Verhoeven Verhulst Verkade Verlinden Verma Vermandois Vermeersch Vermeil Vermeir
Vermeire Vermeiren Vermeulen Vermeylen Vermunds Vernharðs Verri Vers Verschuere Verschueren Verschut Versluijs
Verstappen Verstraete Verstraeten Vertoor Vertooren Vervaeke Vervaet Vervoort Verwimp Verwoert Vesel Veselová Veselá
Veselý Veski Vespa Vespucci Vestars Vestergaard Vesterinen Vesterlund Vestin Vestmars Veterník Veterníková Vethayasas
Veturliðis Veum Vezi Vezzali Viaene Viana Vianello Viberg Vicen Vicena Vicencio Vicenová Vicens Vidaković Vidas Videla
Vidic Vidmar Vidoni Vidov Vidović Vidovič Vienne Vierdag Vig Viggós Vigliotti Vigneron Vignirs Vignon Vigorelli Vigris
Vigs Vigtýrs Viik Viira Viitala Viitanen Vik Vikars Viklund Viks Vikström Vilain Vilakazi Vilalta Vilanova Vilaplana
Vilar Vilbergs Vilberts Vilbjörns Vilbogis Vilbrands Vilches Vilciņa Vilciņš Vilgeirs Vilhelms Vilhelmsson Vilhjálms
Viljanen Viljars Viljevac Viljis Vilks Vill Villablanca Villadicani Villagra Villagrán Villagómez Villalonga Villamil
Villamizar Villarosa Villarroel Villaseñor Villaverde Villemson Villena Villis Vilmars Vilmunds Vincents Vincetić
Vinck Vincze Vinjars Vink Vinogradov Vinyuvanichkul Virgills Virk Virta Virtanen Visintini Vismara Visnapuu Vissers
Viswanathan Vitasović Vittadello Vitturi Vivaldi Vives Viviani Vizcaíno Viðars Viña Viñas Višňovská Višňovský Vižintin
Vlaanderen Vlach Vlachovič Vlachovičová Vlachová Vladislavić Vlaeminck Vlassov Vlašić Vleugels Vliet Vlk Vlková Vlna
Vlnka Vlnková Vlnová Vlček Vlčková Vodopivec Voet Vohra Voinea Voisin Vojković Vojtek Vojteková Vojtka Vojtko Vojtková
Volarević Volarić Volcke Volkov Vollbrecht Volta Volterra VonRueden Vonlanthen Voorde Voorhout Voorst Voortman Vopnis
Vora Vorkapić Vorms Vorobjov Voronin Voutilainen Vozar Vozila Vozár Vozárová Vrabcová Vrabec Vrabelj Vrablec
Vrablecová Vrancken Vranckx Vranić Vranken Vrban Vretenar Vrhovec Vries Vroege Vrome Vsiliauskas Vugdelija Vugec
Vuille Vuk Vukman Vukobratović Vuković Vukušić Vuljak Vumisa Vundla Vunisa Vuorela Vuori Vuorinen Vuyst Vučetić Vučin
Vučković Vyas Vydarená Vydarený Vális Vápnis Váradi Váska Vásková Vásquez Vávra Vávrová Vázquez Vähi Väisänen Väli
Välimäki Väyrynen Väänänen Vébjörns Végeirs Vékells Vélaugs Vélez Véliz Vémunds Vésteinns Vézina Vífills Víglunds
Vígmars Vígmunds Vígsteinns Vígþórs Víkings Vítek Vítková Víðars Víðirs Võsu Vöggs Völunds Vörðs Vörös Vötts Vīksna
Vītola Vītoliņa Vītoliņš Vītols Waarbeek Waardeloo Waas Wable Wabomba Wabwile Wabwire Wacana Waderle Wadhwa Waelchi
Waele Wagenknecht Wagenvoort Waghorn Wagle Wahlberg Wahlgren Wahlström Wahome Wahyudin Wahyuni Waithaka Waithera
Waithira Wakhungu Wakio Wako Wal Walcher Walder Walderade Wali Walia Wallaert Walle Wallgren Wallén Walshe Walsteijn
Waltl Waltrade Wamaitha Wamboi Wambura Wampach Wamuyu Wandera Wandl Wanga Wangai Wangare Wangechi Wangeci Wanger
Wanijiku Wanjau Wanje Wanjira Wanjugu Wannapaitoonsri Wantz Wanyoike Wanza Wanzala Wario Warnier Waruguru Warui
Wasendlunkulu Wasike Wasita Waskita Wasonga Wassenaar Wastuti Wasunun Waswa Wathelet Watsica Wattiez Wauters Wauthier
Wavinya Wawira Wawire Wayua Webby Wechselberger Wechuli Weeldenburg Weerdenburg Weerdt Weever Wegmann Wegscheider
Wehrli Weidinger Weigl Weihmann Weijland Weijters Weimann Weinhage Weinhold Weissenböck Weissnat Weiß Wel Wela Welf
Wellens Weninger Wennberg Wensen Wenzl Werd Werdes Werl Wernecke Werners Weru Wesack Wessex Westerbeek Westerburg
Westermann Westfalen Weterink Wettstein Wever Weydert Weyland Weylant Weyrich Weza Whelehan Wiafe Wiberg Wibisono
Wibowo Wicht Wickerode Widhalm Widiastuti Widmann Widodo Widén Wiedner Wiek Wiel Wieloch Wies Wiesbauer Wieser
Wiesinger Wigman Wijaya Wijayanti Wijk Wijland Wiklund Wikström Wilcken Wildschut Wilfinger Wilhelms Wilhelmsson
Willaert Willame Willards Willekens Willemsen Willigen Willums Wilmart Wilmet Wilmont Wilmotte Wilms Wilmsen Wiltzius
Wimolnot Winandy Winarno Winarsih Winberg Windhager Windisch Windler Winnrich Wintheiser Winther Wipstrik Wirz Wisoky
Wisozk Wittenboer Wittmann Wiza Wohlgemut Wohlmuth Wohlwend Wolffel Wolfsdr Wolfswinkel Wolzak Wooning Woudenberg
Woulfe Wouters Woutersz Wratt Wrynn Wuckert Wulandari Wunderink Wurzer Wurzinger Wutke Wuyts Wynants Wähner Wéry
Wögerbauer Wöhrer Wüthrich Xaba Xakimov Xala Xhakaza Ximba Xolidov Xolo Xulu Yaamoa Yadav Yahaya Yahi Yahiaoui Yahyoev
Yakub Yaqubov Yasinaeva Yasinov Yasminova Yatich Yator Yawson Yeboa Yeboah Yego Yegon Yei Yengwa Yengwayo Yepes Yeyeye
Yildirim Yirenkyi Ylinen Ylitalo Yls Ylönen Ymirs Yngvars Yngvis Yohannan Yorulmaz Youprasert Yousfi Yrkills Yudas
Yulianti Yuliarti Yundt Yuniar Yunusov Yusifoğlu Yusifqızı Yuste Yusupov Yáñez Yüksel Yıldırım Yılmaz Zaal Zabaleta
Zabarella Zaccagnini Zaccardo Zacchia Zacco Zachar Zachara Zachariaš Zachariašová Zachariáš Zachariášová Zacharová
Zaguri Zahharov Zahroyeva Zaidi Zaitsev Zajacová Zajc Zakariyoev Zakinja Zakiyaxonova Zakrajšek Zalokar Zamengo
Zamorani Zampa Zanazzo Zangerl Zanichelli Zanoški Zanzi Zaoui Zarinova Zariņa Zariņš Zarlino Zauner Zawadi Zayidov
Zaynabova Zaķe Zaķis Zbinden Zboncak Zeba Zebec Zecchini Zechmeister Zechner Zedillo Zeemans Zeffirelli Zehetner
Zeilinger Zeimes Zeimet Zeiner Zeldenrust Zelić Zeltiņa Zeltiņš Zemanová Zemlak Zemljič Zengin Zenner Zenteno Zenz
Zeroual Zerrouki Zetterberg Zetticci Zettl Zevenboom Zgorelec Ziane Ziani Zichichi Zidane Ziegert Zieme Ziemele
Ziemelis Zigo Zigová Zijl Zijlemans Zijlmans Zikhungwini Zima Zimka Zimková Zimová Zingg Zinnurova Zirme Zirne Zirnis
Ziro Zitouni Zmaić Zobel Zoppetti Zoppetto Zorbach Zorko Zorlu Zorman Zorrilla Zotter Zouaoui Zrilić Zrinski Zubairu
Zubayrov Zubek Zubeková Zubka Zubko Zubková Zubrík Zubríková Zubčić Zuidweg Zuijdveld Zujev Zulaika Zulauf Zulkarnain
Zuluaga Zupanc Zupančič Zvaigzne Zver Zvirbule Zvirbulis Zwaben Zwart Zwijsen Zwindrecht Záborská Záborský Zárate
Zänker Zöchling Zöhrer Zúbek Zúbeková Zúbrik Zúbriková Zúñiga Zürcher Zālīte Zālītis Ádhaimh Ághas Águila Ágústs Ákis
Álamo Álfars Álfgeirs Álfgríms Álfs Álfþórs Álvarez Ámundis Ánusaigh Árbjarts Árbjörns Árgeirs Ármanns Árnis Ársælls
Ásbergs Ásbjörns Ásgauts Ásgeirs Ásgríms Ásis Áskells Áslaugs Ásláks Ásmars Ásmunds Ásröðs Ástbjörns Ástgeirs Ástmars
Ástmunds Ástráðs Ástríks Ástvalds Ástvars Ástvins Ástþórs Ásvalds Ásvarðs Ásólfs Ásþórs Átha Ávalos Ávila Åberg Ågren
Åkerlund Åkerman Åkesson Åsberg Åslund Åström Ægirs Æsirs Ævarrs Ævars Çamurcuoğlu Çetin Çingizoğlu Çorlu Éanaigh Éil
Émond Énrí Íans Ígors Ímis Íomhair Íosa Íosóg Ísaks Ísarrs Ísars Ísbjörns Íselds Ísgeirs Ísidórs Ísleifs Ísmaels
Ísmars Ísraels Ísólfs Ívans Ívars ÓBroinín Ófeigs Ógáin Ólafs Ólis Ólivers Ólívers Ómars Ómis Órdenes Óskars Ósvalds
Ósvífs Óttarrs Óttars Óðinns Õispuu Õun Õunapuu Öberg Öcalan Ögmunds Ögris Öhman Öhri Ölnirs Ölvers Ölvirs Öndólfs
Önunds Örlaugs Örlygs Örns Örnólfs Örvars Öss Östberg Österberg Östling Östlund Östman Öxars Ødegård Østergaard Úddis
Úgó Úlfars Úlfgeirs Úlfhéðinns Úlfkells Úlfljóts Úlfs Úlftýrs Úlriks Ülker Ýmirs Ýrars Þangbrands Þengills Þeyrs Þins
Þiðrandis Þiðriks Þjálfis Þjóstars Þjóstólfs Þjóðanns Þjóðbjörns Þjóðgeirs Þjóðleifs Þjóðmars Þjóðreks Þjóðvarðs
Þjóðólfs Þorbergs Þorbjörns Þorbrands Þorfinns Þorgarðs Þorgauts Þorgeirs Þorgests Þorgnýrs Þorgríms Þorgísls Þorkells
Þorlaugs Þorleifs Þorleiks Þorláks Þormars Þormunds Þormóðs Þorris Þorsteinns Þorvalds Þorvars Þorvarðs Þrastars Þryms
Þráinns Þránds Þrótts Þrösts Þrúðmars Þyrnirs Þórarinns Þórars Þórbergs Þórbjörns Þórgnýrs Þórgríms Þórhadds Þórhallis
Þórhalls Þórirs Þórlaugs Þórleifs Þórlinds Þórmars Þórmunds Þórodds Þórorms Þórs Þórsteinns Þórðs Þórólfs Þórörns
Ābele Ābola Āboliņa Āboliņš Ābols Ćorić Ćosić Ćurić Čagalj Čapka Čapko Čapkovič Čapkovičová Čapková Čapla Čaplovič
Čaplovičová Čapľa Čargonja Čarnogurská Čarnogurský Čech Čechová Čeh Čekovská Čekovský Čermák Čermáková Černe Černoch
Černochová Černá Černík Černíková Černý Červený Červeň Červeňová Česnek Česneková Čiernaová Čiernik Čierniková Čierny
Čizmić Čiš Čižmešija Čobrda Čobrdová Čop Čotić Čović Čubrić Čudić Čuk Čukman Čulina Čuljak Čupić Čuček Ďaďo Ďaďová
Ďorko Ďorková Ďurek Ďureková Ďurica Ďuricová Ďuriš Ďurišová Ďurka Ďurko Ďurkovič Ďurkovičová Ďurkovská Ďurkovský Ďuro
Ďurovič Ďurovičová Ďurovský Ďurovskýová Ďurová Ďurča Ďurčo Ďurčová Ďutka Ďutková Ďuško Đurašević Đurinić İbrahimli
İbrahimov İbrahimova İbrahimoğlu İdrisli İdrisoğlu İhsanoğlu İldırımoğlu İnönü İsaxanlı İsmayılqızı Ľupták Ľuptáková
Říha Říhová Şafak Şahbuzlu Şahsuvarlı Şama Şamilov Şamiloğlu Şener Şensoy Şükürlü Şükürov Şıxlı Šalajka Šalajková
Šalić Šantić Šargač Šarić Šarkan Šarkanová Šarlija Šebo Šebová Šegović Šelendić Šeparović Šestak Šestan Ševtšenko
Ševčík Ševčíková Šibalić Šidlo Šidlová Šima Šimara Šimek Šimeková Šimić Šimičić Šimka Šimko Šimková Šimo Šimonovič
Šimonovičová Šimonová Šimončič Šimončičová Šimová Šimunić Šimunović Šimík Šimíková Šinkovec Šinković Šipek Šipić Šitum
Škantár Škantárová Škara Škoda Škoviera Škovierová Škriniar Škriniarová Škrlin Škrnički Škrtić Škugor Škultéty
Škultétyová Škunca Šlahor Šlahorová Šlivka Šlivková Šmajda Šmajdová Šmid Šmíd Šmídová Šokčević Šoltés Šoltésová Šoltýs
Šoltýsová Šošić Šoštarić Špika Špilár Špilárová Špišić Špoljarić Špralja Štefanec Štefanka Štefanko Štefanková
Štefanovič Štefanovičová Štefanová Štefović Štefunko Štefunková Štefánek Štefáneková Štefánik Štefániková Štifanić
Štimac Štrba Štrbac Štrbová Štrljić Štrukelj Šturlan Štěpánek Štěpánková Štšerbakov Šulc Šulcová Šunjić Šupraha Šuran
Šurbek Šurina Šurka Šurková Šuňavcová Šuňavec Šuštar Švec Švecová Švehla Švehlová Šverko Šváb Švábová Šváby Šťastná
Šťastný Ťapák Ťapáková Ťažká Ťažký Žabjačan Žagar Železnik Železník Železníková Žerjav Žeželić Žibert Žic Žigmundová
Žigo Žigová Žiković Živić Živković Žižek Žnidaršič Žufika Žugec Žukauskas Žukov Žunec Županić Žuravljov Žuvela Žužić
Žák Žáková Ədiloğlu Əlioğlu Əlixanlı Əliyeva Əmirli Əmirov Əmirova Əylisli
"""

WEAK_GIVEN_NAMES = """
Brad Brandy Chad Colleen Derrick Destiny Diamond Hector Martin Melody Patty Peter Randy Raven Rick Roger Savannah
Sierra Terry Tony Troy Victor
"""
