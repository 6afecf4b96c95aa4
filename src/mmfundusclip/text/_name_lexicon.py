"""Name lexicon for the de-identifier (generated data, do not edit by hand).

Source: the 1990 US Census name frequency files (public domain, US Government work) as shipped in the
``names`` 0.3.0 package on PyPI (``dist.female.first``, ``dist.male.first``, ``dist.all.last``). Kept:
every given name (5494), and the 20000 most frequent surnames (about 78 % of the 1990 population), minus every
entry that is also a lower-case English word in Debian's ``wamerican`` word list (``/usr/share/dict/words``:
"may", "will", "iris", "brown", "best", ...), because a lexicon hit on such a word is not evidence of a name.
Result: 4817 given names, 17792 surnames, one string each, space-separated, title case.

Regenerate: ``pip download names==0.3.0 --no-deps --no-binary :all:``, ``apt-get install wamerican``, then
read the three files, drop entries whose lower-case form is in the word list, title-case, sort, and write.
"""

GIVEN_NAMES = """
Aaron Abbie Abby Abdul Abe Abel Abigail Abraham Abram Ada Adah Adalberto Adaline Adam Adan Addie Adela Adelaida
Adelaide Adele Adelia Adelina Adeline Adell Adella Adelle Adena Adina Adolfo Adolph Adria Adrian Adriana Adriane
Adrianna Adrianne Adrien Adriene Adrienne Afton Agatha Agnes Agnus Agripina Agueda Agustin Agustina Ahmad Ahmed Ai
Aida Aiko Aileen Ailene Aimee Aisha Aja Akiko Akilah Al Alaina Alaine Alan Alana Alane Alanna Alayna Alba Albert
Alberta Albertha Albertina Albertine Alberto Albina Alda Alden Aldo Alease Alec Alecia Aleen Aleida Aleisha
Alejandra Alejandrina Alejandro Alena Alene Alesha Aleshia Alesia Alessandra Aleta Aletha Alethea Alethia Alex Alexa
Alexander Alexandra Alexandria Alexia Alexis Alfonso Alfonzo Alfred Alfreda Alfredia Alfredo Ali Alia Alica Alice
Alicia Alida Alina Alisa Alise Alisha Alishia Alisia Alison Alissa Alita Alix Aliza Alla Allan Alleen Allegra Allen
Allena Allene Allie Alline Allison Allyn Allyson Alma Almeda Almeta Alona Alonso Alonzo Alphonse Alphonso Alta
Altagracia Altha Althea Alton Alva Alvaro Alvera Alverta Alvin Alvina Alyce Alycia Alysa Alyse Alysha Alysia Alyson
Alyssa Amada Amado Amal Amalia Amanda Amberly Ambrose Amee Amelia America Ami Amie Amiee Amina Amira Ammie Amos
Amparo Amy Ana Anabel Analisa Anamaria Anastacia Anastasia Andera Anderson Andra Andre Andrea Andreas Andree Andres
Andrew Andria Andy Anette Angela Angele Angelena Angeles Angelia Angelica Angelika Angelina Angeline Angelique
Angelita Angella Angelo Angelyn Angie Angila Angla Anglea Anh Anibal Anika Anisa Anisha Anissa Anita Anitra Anja
Anjanette Anjelica Ann Anna Annabel Annabell Annabelle Annalee Annalisa Annamae Annamaria Annamarie Anne Anneliese
Annelle Annemarie Annett Annetta Annette Annice Annie Annika Annis Annita Annmarie Anthony Antione Antionette
Antoine Antoinette Anton Antone Antonetta Antonette Antonia Antonietta Antonina Antonio Antony Antwan Anya Apolonia
April Apryl Ara Araceli Aracelis Aracely Arcelia Archie Ardath Ardelia Ardell Ardella Ardelle Arden Ardis Ardith
Aretha Argelia Argentina Ariana Ariane Arianna Arianne Arica Arie Ariel Arielle Arla Arlean Arleen Arlen Arlena
Arlene Arletha Arletta Arlette Arlie Arlinda Arline Arlyne Armand Armanda Armandina Armando Armida Arminda Arnetta
Arnette Arnita Arnold Arnoldo Arnulfo Aron Arron Arthur Artie Arturo Arvilla Asa Asha Ashanti Ashely Ashlea Ashlee
Ashleigh Ashley Ashli Ashlie Ashly Ashlyn Ashton Asia Asley Assunta Astrid Asuncion Athena Aubrey Audie Audra Audrea
Audrey Audria Audrie Audry Augusta Augustina Augustine Augustus Aundrea Aurea Aurelia Aurelio Aurora Aurore Austin
Ava Avelina Avery Avis Avril Awilda Ayako Ayana Ayanna Ayesha Azalee Azucena Azzie Babara Babette Bailey Bambi Bao
Barabara Barbar Barbara Barbera Barbie Barbra Bari Barrett Barrie Barry Bart Barton Basilia Bea Beata Beatrice
Beatris Beatriz Beaulah Bebe Becki Beckie Becky Belen Belia Belinda Belkis Bella Belva Ben Benedict Benita Benito
Benjamin Bennett Bennie Benny Benton Berenice Berna Bernadette Bernadine Bernard Bernarda Bernardina Bernardine
Bernardo Berneice Bernetta Bernice Bernie Berniece Bernita Bert Berta Bertha Bertie Bertram Bess Bessie Beth
Bethanie Bethann Bethany Bethel Betsey Betsy Bette Bettie Bettina Betty Bettyann Bettye Beula Beulah Bev Beverlee
Beverley Beverly Bianca Bibi Billi Billie Billye Birgit Blaine Blair Blake Blanca Blanche Blondell Blythe Bo Bobbi
Bobbie Bobbye Bobette Bok Bonita Booker Boris Boyce Boyd Bradford Bradley Bradly Brady Branda Brande Brandee Branden
Brandi Brandie Brandon Brant Breana Breann Breanna Breanne Bree Brenda Brendan Brendon Brenna Brent Brenton Bret
Brett Brian Briana Brianna Brianne Brice Bridget Bridgett Bridgette Brigette Brigid Brigida Brigitte Brinda Britany
Britney Britni Britt Britta Brittaney Brittani Brittanie Brittany Britteny Brittney Brittni Brittny Brock Broderick
Bronwyn Brooke Bruce Bruna Brunilda Bruno Bryan Bryanna Bryant Bryce Brynn Bryon Buena Buffy Buford Bula Bulah Burl
Burma Burt Burton Byron Caitlin Caitlyn Calandra Caleb Calista Callie Calvin Camelia Cameron Cami Camie Camila
Camilla Camille Cammie Cammy Candace Candance Candelaria Candi Candice Candida Candie Candis Candra Candyce Cara
Caren Carey Cari Caridad Carie Carin Carina Carisa Carissa Carita Carl Carla Carlee Carleen Carlena Carlene Carletta
Carley Carli Carlie Carline Carlita Carlo Carlos Carlota Carlotta Carlton Carly Carlyn Carma Carman Carmel Carmela
Carmelia Carmelina Carmelita Carmella Carmelo Carmen Carmina Carmon Carola Carolann Carole Carolee Carolin Carolina
Caroline Caroll Carolyn Carolyne Carolynn Caron Caroyln Carri Carrie Carrol Carroll Carson Carter Cary Caryl Carylon
Caryn Casandra Casey Casie Casimira Cassandra Cassaundra Cassey Cassi Cassidy Cassie Cassondra Cassy Catalina
Catarina Caterina Catharine Catherin Catherina Catherine Cathern Catheryn Cathey Cathi Cathie Cathleen Cathrine
Cathryn Cathy Catina Catrice Catrina Cayla Cecelia Cecil Cecila Cecile Cecilia Cecille Cecily Cedric Cedrick Celena
Celeste Celestina Celestine Celia Celina Celinda Celine Celsa Ceola Cesar Chadwick Chae Chan Chana Chanda Chandra
Chanel Chanell Chanelle Chang Chantal Chantay Chante Chantel Chantell Chantelle Chara Charis Charise Charissa
Charisse Charita Charla Charleen Charlena Charlene Charles Charlesetta Charlette Charley Charlie Charline Charlott
Charlotte Charlsie Charlyn Charmain Charmaine Charolette Chas Chasidy Chasity Chassidy Chau Chauncey Chaya Chelsea
Chelsey Chelsie Cher Chere Cheree Cherelle Cheri Cherie Cherilyn Cherise Cherly Cherlyn Cherri Cherrie Cherryl Chery
Cheryl Cheryle Cheryll Chester Chet Cheyenne Chia Chieko Ching Chiquita Chloe Chong Chris Chrissy Christa Christal
Christeen Christel Christena Christene Christi Christia Christian Christiana Christiane Christie Christin Christina
Christine Christinia Christoper Christopher Christy Chrystal Chu Chun Chung Ciara Cicely Ciera Cierra Cinda
Cinderella Cindi Cindie Cindy Cinthia Cira Clair Claire Clara Clare Clarence Claretha Claretta Claribel Clarice
Clarinda Clarine Claris Clarisa Clarissa Clarita Clark Classie Claud Claude Claudette Claudia Claudie Claudine
Claudio Clayton Clelia Clemencia Clemente Clementina Clementine Clemmie Cleo Cleopatra Cleora Cleotilde Cleta Cletus
Cleveland Clifford Clifton Clint Clinton Clora Clorinda Clotilde Clyde Codi Cody Colby Cole Coleen Coleman Colene
Coletta Colette Colin Collen Collene Collette Collin Colton Columbus Concepcion Concetta Concha Conchita Connie
Conrad Constance Consuela Consuelo Contessa Cora Coralee Coralie Corazon Cordelia Cordell Cordia Cordie Coreen
Corene Coretta Corey Cori Corie Corina Corine Corinna Corinne Corliss Cornelia Cornelius Cornell Corrie Corrin
Corrina Corrine Corrinne Cortez Cortney Cory Courtney Craig Creola Cris Criselda Crissy Crista Cristal Cristen
Cristi Cristie Cristin Cristina Cristine Cristobal Cristopher Cristy Cruz Crysta Crystle Cuc Curtis Cyndi Cyndy
Cynthia Cyril Cyrstal Cyrus Cythia Dacia Dagmar Dagny Daina Daine Daisey Dakota Dalene Dalia Dalila Dallas Dalton
Damaris Damian Damien Damion Damon Dan Dana Danae Dane Danelle Danette Dani Dania Danial Danica Daniel Daniela
Daniele Daniell Daniella Danielle Danika Danille Danilo Danita Dann Danna Dannette Dannie Dannielle Danny Dante
Danuta Danyel Danyell Danyelle Daphine Daphne Dara Darby Darcel Darcey Darci Darcie Darcy Darell Daren Daria Darin
Dario Darius Darla Darleen Darlena Darlene Darline Darnell Daron Darrel Darrell Darren Darrick Darrin Darron Darryl
Darwin Daryl Dave David Davida Davina Davis Dawna Dawne Dayle Dayna Daysi Deadra Deana Deandra Deandre Deandrea
Deane Deangelo Deann Deanna Deanne Debbi Debbie Debbra Debby Debera Debi Debora Deborah Debra Debrah Debroah Dede
Dedra Dee Deeann Deeanna Deedee Deedra Deena Deetta Deidra Deidre Deirdre Deja Del Delaine Delana Delbert Delcie
Delena Delfina Delia Delicia Delila Delilah Delinda Delisa Della Delma Delmar Delmer Delmy Delois Deloise Delora
Deloras Delores Deloris Delorse Delpha Delphia Delphine Delsie Demarcus Demetra Demetria Demetrice Demetrius Dena
Denae Deneen Denese Denice Denis Denise Denisha Denisse Denita Denna Dennis Dennise Denny Denver Denyse Deon Deonna
Derek Derick Deshawn Desirae Desiree Desmond Despina Dessie Detra Devin Devon Devona Devora Devorah Dewayne Dewey
Dewitt Dexter Dia Dian Diana Diane Diann Dianna Dianne Diedra Diedre Diego Dierdre Digna Dillon Dina Dinah Dino
Dinorah Dion Dione Dionna Dionne Divina Dixie Dodie Dollie Dolores Doloris Domenic Domenica Dominga Domingo Dominic
Dominica Dominick Dominique Dominque Domitila Domonique Dona Donald Donella Donetta Donette Dong Donita Donn Donna
Donnell Donnetta Donnette Donnie Donny Donovan Donte Donya Dora Dorathy Dorcas Doreatha Doreen Dorene Doretha
Dorethea Doretta Dori Doria Dorian Dorie Dorinda Dorine Doris Dorla Dorotha Dorothea Dorothy Dorris Dorsey Dortha
Dorthea Dorthey Dorthy Dottie Doug Douglas Douglass Dovie Doyle Dreama Drema Drucilla Drusilla Duane Dudley Dulce
Dulcie Duncan Dusti Dustin Dwain Dwana Dwayne Dwight Dyan Dylan Earle Earlean Earleen Earlene Earlie Earline
Earnestine Eartha Easter Eboni Ebonie Eda Edda Eddie Edelmira Eden Edgar Edgardo Edie Edison Edith Edmond Edmund
Edmundo Edna Edra Edris Eduardo Edward Edwardo Edwin Edwina Edyth Edythe Effie Efrain Efren Ehtel Eileen Eilene Ela
Eladia Elaina Elaine Elana Elane Elanor Elayne Elba Elbert Elda Elden Eldon Eldora Eldridge Eleanor Eleanora
Eleanore Elease Elena Elene Eleni Elenor Elenora Elenore Eleonor Eleonora Eleonore Elfreda Elfrieda Elfriede Eli
Elia Eliana Elias Elicia Elida Elidia Elijah Elin Elina Elinor Elinore Elisa Elisabeth Elise Eliseo Elisha Elissa
Eliz Eliza Elizabet Elizabeth Elizbeth Elizebeth Elke Ella Ellamae Ellan Ellen Ellena Elli Ellie Elliot Elliott
Ellis Ellsworth Elly Ellyn Elma Elmer Elmira Elmo Elna Elnora Elodia Elois Eloisa Eloise Elouise Eloy Elroy Elsa
Elsie Elsy Elton Elva Elvera Elvia Elvie Elvin Elvina Elvira Elvis Elwanda Elwood Elyse Elza Ema Emanuel Emelda
Emelia Emelina Emeline Emely Emerita Emerson Emiko Emil Emile Emilee Emilia Emilie Emilio Emily Emma Emmaline
Emmanuel Emmett Emmie Emmitt Emmy Emogene Emory Ena Enda Enedina Eneida Enid Enoch Enola Enrique Enriqueta Epifania
Erasmo Eric Erica Erich Erick Ericka Erik Erika Erin Erinn Erlene Erlinda Erline Erma Ermelinda Erminia Erna Ernest
Ernestina Ernestine Ernesto Ernie Errol Ervin Erwin Eryn Esmeralda Esperanza Essie Esta Esteban Estefana Estela
Estell Estella Estelle Esther Estrella Etha Ethan Ethel Ethelene Ethelyn Ethyl Etsuko Etta Ettie Eufemia Eugena
Eugene Eugenia Eugenie Eugenio Eula Eulah Eulalia Eun Euna Eunice Eura Eusebia Eusebio Eustolia Eva Evalyn Evan
Evangelina Evangeline Evelia Evelin Evelina Eveline Evelyn Evelyne Evelynn Everett Everette Evette Evia Evie Evita
Evon Evonne Ewa Exie Ezekiel Ezequiel Ezra Fabian Fabiola Fae Fallon Fannie Farah Farrah Fatima Fatimah Faustina
Faustino Fausto Faviola Fay Faye Fe Federico Felecia Felica Felice Felicia Felicidad Felicita Felicitas Felipa
Felipe Felisa Felisha Felix Felton Ferdinand Fermin Fermina Fernanda Fernande Fernando Ferne Fidel Fidela Fidelia
Filiberto Filomena Fiona Flavia Fleta Fletcher Flo Flor Florance Florence Florencia Florencio Florene Florentina
Florentino Floretta Floria Florida Florinda Florine Florrie Flossie Floy Floyd Fonda Forrest Fran France Francene
Frances Francesca Francesco Franchesca Francie Francina Francine Francis Francisca Francisco Francoise Frankie
Franklin Franklyn Fransisca Fred Freda Fredda Freddie Freddy Frederic Frederica Frederick Fredericka Fredia Fredric
Fredrick Fredricka Freeda Freida Frida Frieda Fritz Fumiko Gabriel Gabriela Gabriele Gabriella Gabrielle Gail Galen
Galina Garfield Garnett Garrett Garry Garth Gary Gaston Gavin Gaye Gayla Gayle Gaylene Gaylord Gaynell Gaynelle
Gearldine Gema Gemma Gena Genaro Geneva Genevie Genevieve Genevive Genia Genna Gennie Genny Genoveva Geoffrey
Georgann George Georgeann Georgeanna Georgene Georgetta Georgette Georgia Georgiana Georgiann Georgianna Georgianne
Georgie Georgina Georgine Gerald Geraldine Geraldo Geralyn Gerard Gerardo Gerda Geri Germaine German Gerri Gerry
Gertha Gertie Gertrud Gertrude Gertrudis Gertude Ghislaine Gia Gianna Gidget Gigi Gil Gilbert Gilberte Gilberto
Gilda Gillian Gilma Gina Ginette Ginny Gino Giovanna Giovanni Gisela Gisele Giselle Gita Giuseppe Giuseppina Gladis
Glady Gladys Glayds Glenda Glendora Glenn Glenna Glennie Glennis Glinda Gloria Glynda Glynis Golda Goldie Gonzalo
Gordon Gracia Gracie Graciela Grady Graham Graig Granville Grayce Grazyna Greg Gregg Gregoria Gregorio Gregory Greta
Gretchen Gretta Gricelda Grisel Griselda Grover Guadalupe Gudrun Guillermina Guillermo Gus Gussie Gustavo Gwen
Gwenda Gwendolyn Gwenn Gwyn Gwyneth Hae Hai Hailey Hal Haley Halina Halley Hallie Han Hana Hanh Hanna Hannah
Hannelore Hans Harlan Harland Harley Harold Harriet Harriett Harriette Harris Harrison Harvey Hassan Hassie Hattie
Haydee Hayden Hayley Haywood Hedwig Hedy Hee Heide Heidi Heidy Heike Helaine Helen Helena Helene Helga Hellen
Henrietta Henriette Henry Herbert Heriberto Herlinda Herma Herman Hermelinda Hermila Hermina Hermine Herminia
Herschel Hershel Herta Hertha Hester Hettie Hiedi Hien Hilaria Hilario Hilary Hilda Hilde Hildegard Hildegarde
Hildred Hillary Hilma Hilton Hipolito Hiram Hiroko Hisako Hoa Hobert Holley Holli Hollie Hollis Hong Horace Horacio
Hortencia Hortense Hortensia Hosea Houston Howard Hoyt Hsiu Hubert Huey Hugh Hugo Hui Hulda Humberto Huong Hwa Hye
Hyman Hyo Hyon Hyun Ian Ida Idalia Idell Idella Iesha Ignacia Ignacio Ike Ila Ilana Ilda Ileana Ileen Ilene Iliana
Illa Ilona Ilse Iluminada Ima Imelda Imogene Ina India Indira Inell Ines Inez Inga Inge Ingeborg Inger Ingrid
Inocencia Iola Iona Ione Ira Iraida Irena Irene Irina Irish Irma Irmgard Irvin Irving Irwin Isa Isaac Isabel Isabell
Isabella Isabelle Isadora Isaiah Isaias Isaura Isela Isiah Isidra Isidro Isis Ismael Isobel Israel Isreal Issac Iva
Ivan Ivana Ivelisse Ivette Ivey Ivonne Izetta Izola Ja Jacalyn Jacelyn Jacinda Jacinta Jacinto Jackeline Jackelyn
Jacki Jackie Jacklyn Jackqueline Jackson Jaclyn Jacob Jacqualine Jacque Jacquelin Jacqueline Jacquelyn Jacquelyne
Jacquelynn Jacques Jacquetta Jacqui Jacquie Jacquiline Jacquline Jacqulyn Jada Jadwiga Jae Jaime Jaimee Jaimie Jake
Jaleesa Jalisa Jama Jamaal Jamal Jamar Jame Jamee Jamel James Jamey Jami Jamie Jamika Jamila Jamison Jammie Jan Jana
Janae Janay Jane Janean Janee Janeen Janel Janell Janella Janelle Janene Janessa Janet Janeth Janett Janetta Janette
Janey Jani Janice Janie Janiece Janina Janine Janis Janise Janita Jann Janna Jannet Jannette Jannie January Janyce
Jaqueline Jaquelyn Jared Jarod Jarrett Jarrod Jarvis Jasmin Jason Jaunita Javier Jaye Jayme Jaymie Jayna Jayne
Jayson Jazmin Jazmine Jc Jean Jeana Jeane Jeanelle Jeanene Jeanett Jeanetta Jeanette Jeanice Jeanie Jeanine
Jeanmarie Jeanna Jeanne Jeannetta Jeannette Jeannie Jeannine Jed Jeff Jefferey Jefferson Jeffery Jeffie Jeffrey
Jeffry Jen Jena Jenae Jene Jenee Jenell Jenelle Jenette Jeneva Jeni Jenice Jenifer Jeniffer Jenine Jenise Jenna
Jennefer Jennell Jennette Jenni Jennie Jennifer Jenniffer Jennine Jenny Jerald Jeraldine Jeramy Jere Jeremiah Jeremy
Jeri Jerica Jerilyn Jerlene Jermaine Jerold Jerome Jeromy Jerrell Jerri Jerrica Jerrie Jerrod Jerrold Jerry Jesenia
Jesica Jess Jesse Jessenia Jessi Jessia Jessica Jessie Jessika Jestine Jesus Jesusa Jesusita Jetta Jettie Jewell Ji
Jill Jillian Jim Jimmie Jin Jina Jinny Jo Joan Joana Joane Joanie Joann Joanna Joanne Joannie Joaquin Joaquina
Jocelyn Jodee Jodi Jodie Jody Joe Joeann Joel Joella Joelle Joellen Joesph Joetta Joette Joey Johana Johanna Johanne
Johna Johnathan Johnathon Johnetta Johnette Johnie Johnna Johnnie Johnny Johnsie Johnson Joi Joie Jolanda Joleen
Jolene Jolie Joline Jolyn Jolynn Jon Jona Jonah Jonas Jonathan Jonathon Jone Jonell Jonelle Jong Joni Jonie Jonna
Jonnie Jordan Jordon Jorge Jose Josef Josefa Josefina Josefine Joselyn Joseph Josephina Josephine Josette Joshua
Josiah Josie Joslyn Jospeh Josphine Josue Jovan Jovita Joya Joyce Joycelyn Joye Juan Juana Juanita Jude Judi Judie
Judith Judson Judy Jule Julee Julene Jules Juli Julia Julian Juliana Juliane Juliann Julianna Julianne Julie
Julieann Juliet Julieta Julietta Juliette Julio Julissa Julius June Jung Junie Junita Junko Justa Justin Justina
Justine Jutta Ka Kacey Kaci Kacie Kacy Kai Kaila Kaitlin Kaitlyn Kala Kaleigh Kaley Kali Kallie Kalyn Kam Kamala
Kami Kamilah Kandace Kandi Kandice Kandis Kandra Kandy Kanesha Kanisha Kara Karan Kareem Kareen Karen Karena Karey
Kari Karie Karima Karin Karina Karine Karisa Karissa Karl Karla Karleen Karlene Karly Karlyn Karmen Karol Karole
Karoline Karolyn Karon Karren Karri Karrie Karry Kary Karyl Karyn Kasandra Kasey Kasha Kasi Kasie Kassandra Kassie
Kate Katelin Katelyn Katelynn Katerine Kathaleen Katharina Katharine Katharyn Kathe Katheleen Katherin Katherina
Katherine Kathern Katheryn Kathey Kathi Kathie Kathleen Kathlene Kathline Kathlyn Kathrin Kathrine Kathryn Kathryne
Kathy Kathyrn Kati Katia Katie Katina Katlyn Katrice Katrina Kattie Katy Kay Kayce Kaycee Kaye Kayla Kaylee Kayleen
Kayleigh Kaylene Kazuko Kecia Keeley Keely Keena Keenan Keesha Keiko Keila Keira Keisha Keith Keitha Keli Kelle
Kellee Kelley Kelli Kellie Kelly Kellye Kelsey Kelsi Kelsie Kelvin Kemberly Kena Kenda Kendal Kendall Kendra
Kendrick Keneth Kenia Kenisha Kenna Kenneth Kennith Kenny Kent Kenton Kenya Kenyatta Kenyetta Kera Keren Keri Kermit
Kerri Kerrie Kerry Kerstin Kesha Keshia Keturah Keva Keven Kevin Khadijah Khalilah Kia Kiana Kiara Kiera Kiersten
Kiesha Kieth Kiley Kim Kimber Kimberely Kimberlee Kimberley Kimberli Kimberlie Kimberly Kimbery Kimbra Kimi Kimiko
Kina Kindra Kip Kira Kirby Kirk Kirsten Kirstie Kirstin Kisha Kittie Kiyoko Kizzie Kizzy Klara Korey Kori Kortney
Kory Kourtney Kraig Kris Krishna Krissy Krista Kristal Kristan Kristeen Kristel Kristen Kristi Kristian Kristie
Kristin Kristina Kristine Kristle Kristofer Kristopher Kristy Kristyn Krysta Krystal Krysten Krystin Krystina
Krystle Krystyna Kum Kurt Kurtis Kyla Kyle Kylee Kylie Kym Kymberly Kyoko Kyong Kyra Kyung Lacey Lachelle Laci Lacie
Lacresha Ladawn Ladonna Lael Lahoma Lai Laila Laine Lajuana Lakeesha Lakeisha Lakendra Lakenya Lakesha Lakeshia
Lakia Lakiesha Lakisha Lakita Lala Lamar Lamonica Lamont Lan Lana Landon Lanell Lanelle Lanette Lang Lani Lanie
Lanita Lannie Lanny Lanora Laquanda Laquita Lara Larae Laraine Laree Larhonda Larisa Larissa Larita Laronda Larraine
Larry Larue Lasandra Lashanda Lashandra Lashaun Lashaunda Lashawn Lashawna Lashawnda Lashay Lashell Lashon Lashonda
Lashunda Lasonya Latanya Latarsha Latasha Latashia Latesha Latia Laticia Latina Latisha Latonia Latonya Latoria
Latosha Latoya Latoyia Latrice Latricia Latrina Latrisha Launa Laura Lauralee Lauran Laure Laureen Lauren Laurena
Laurence Laurene Lauretta Laurette Lauri Laurice Laurie Laurinda Laurine Lauryn Lavada Lavelle Lavenia Lavera Lavern
Laverna Laverne Laveta Lavette Lavina Lavinia Lavon Lavona Lavonda Lavone Lavonia Lavonna Lavonne Lawana Lawanda
Lawanna Lawerence Lawrence Layla Layne Lazaro Le Leah Leana Leandra Leandro Leann Leanna Leanne Leanora Leatha
Leatrice Lecia Leda Leeann Leeanna Leeanne Leena Leesa Leia Leida Leif Leigh Leigha Leighann Leila Leilani Leisa
Leisha Lekisha Lela Lelah Leland Lelia Lemuel Len Lena Lenard Lenita Lenna Lennie Lenny Lenora Lenore Leo Leola
Leoma Leon Leona Leonard Leonarda Leonardo Leone Leonel Leonia Leonida Leonie Leonila Leonor Leonora Leonore
Leontine Leopoldo Leora Leota Lera Leroy Les Lesa Lesha Lesia Leslee Lesley Lesli Leslie Lessie Lester Leta Letha
Leticia Letisha Letitia Lettie Letty Levi Lewis Lexie Lezlie Li Lia Liana Liane Lianne Libbie Libby Librada Lida
Lidia Lieselotte Ligia Lila Lili Lilia Lilian Liliana Lilla Lilli Lillia Lilliam Lillian Lilliana Lillie Lilly Lin
Lina Lincoln Linda Lindsay Lindsey Lindsy Lindy Linette Ling Linh Linn Linnea Linnie Lino Linsey Linwood Lionel Lisa
Lisabeth Lisandra Lisbeth Lise Lisette Lisha Lissa Lissette Lita Livia Liz Liza Lizabeth Lizbeth Lizeth Lizette
Lizzette Lizzie Lloyd Logan Loida Lois Loise Lola Lolita Loma Lon Lona Londa Loni Lonna Lonnie Lonny Lora Loraine
Loralee Lorean Loree Loreen Lorelei Loren Lorena Lorene Lorenza Lorenzo Loreta Loretta Lorette Lori Loria Loriann
Lorie Lorilee Lorina Lorinda Lorine Loris Lorita Lorna Lorraine Lorretta Lorri Lorriane Lorrie Lorrine Lory Lottie
Lou Louann Louanne Louella Louetta Louie Louis Louisa Louise Loura Lourdes Lourie Louvenia Lovella Lovetta Lovie
Lowell Loyce Loyd Lu Luana Luann Luanna Luanne Luba Lucas Luci Lucia Luciana Luciano Lucie Lucien Lucienne Lucila
Lucile Lucilla Lucille Lucina Lucinda Lucio Lucius Lucrecia Lucretia Lucy Ludie Ludivina Lue Luella Luetta Luigi
Luis Luisa Luise Luke Lula Lulu Luna Lupe Lupita Lura Lurlene Lurline Luther Luvenia Luz Lyda Lydia Lyla Lyle Lyman
Lyn Lynda Lyndia Lyndon Lyndsay Lyndsey Lynell Lynelle Lynetta Lynette Lynn Lynna Lynne Lynnette Lynsey Lynwood
Mabel Mabelle Mable Mac Machelle Macie Mack Mackenzie Macy Madalene Madaline Madalyn Maddie Madelaine Madeleine
Madelene Madeline Madelyn Madge Madie Madison Madlyn Madonna Mae Maegan Mafalda Magali Magaly Magan Magaret Magda
Magdalen Magdalena Magdalene Magen Maggie Mahalia Mai Maia Maida Maile Maira Maire Maisha Maisie Majorie Makeda
Malcolm Malcom Malena Malia Malik Malika Malinda Malisa Malissa Malka Mallie Mallory Malorie Malvina Mamie Mammie
Mana Manda Mandi Mandie Mandy Manie Manuel Manuela Mao Mara Maragaret Maragret Maranda Marc Marcel Marcela Marcelene
Marcelina Marceline Marcelino Marcell Marcella Marcelle Marcellus Marcelo Marcene Marchelle Marci Marcia Marcie
Marco Marcos Marcus Marcy Mardell Maren Marg Margaret Margareta Margarete Margarett Margaretta Margarette Margarite
Margarito Margart Marge Margene Margeret Margert Margery Marget Margherita Margie Margit Margo Margorie Margot
Margret Margrett Marguerita Marguerite Margurite Margy Marhta Mari Mariah Mariam Marian Mariana Marianela Mariann
Marianna Marianne Mariano Maribel Maribeth Marica Maricela Maricruz Marie Mariel Mariela Mariella Marielle Marietta
Mariette Mariko Marilee Marilou Marilu Marilyn Marilynn Marin Marinda Mario Marion Maris Marisa Marisela Marisha
Marisol Marissa Marita Maritza Marivel Marjorie Marjory Marketta Markita Markus Marla Marlana Marleen Marlen Marlena
Marlene Marline Marlo Marlon Marlyn Marlys Marna Marni Marnie Marquerite Marquetta Marquita Marquitta Marsha
Marshall Marta Marth Martha Marti Martina Martine Marty Marva Marvella Marvin Marvis Marx Mary Marya Maryalice
Maryam Maryann Maryanna Maryanne Marybelle Marybeth Maryellen Maryetta Maryjane Maryjo Maryland Marylee Marylin
Maryln Marylou Marylouise Marylyn Marylynn Maryrose Masako Matha Mathew Mathilda Mathilde Matilda Matilde Matthew
Mattie Maud Maude Maudie Maura Maureen Maurice Mauricio Maurine Maurita Mauro Mavis Maxie Maximina Maximo Maxine
Maxwell Maya Maybell Maybelle Maye Mayme Maynard Mayola Mayra Mazie Mckenzie Mckinley Meagan Meaghan Mechelle Meda
Mee Megan Meggan Meghan Meghann Mei Mel Melaine Melani Melania Melanie Melany Melba Melda Melia Melida Melina
Melinda Melisa Melissa Melissia Melita Mellie Mellisa Mellissa Melodee Melodi Melodie Melonie Melony Melva Melvin
Melvina Melynda Mendy Mercedes Mercedez Meredith Meri Merideth Meridith Merilyn Merissa Merle Merlene Merlin Merlyn
Merna Merri Merrie Merrilee Merrill Mertie Mervin Meryl Mia Micaela Micah Micha Michael Michaela Michaele Michal
Michale Micheal Michel Michele Michelina Micheline Michell Michelle Michiko Micki Mickie Miesha Migdalia Mignon
Miguel Miguelina Mika Mikaela Mikel Miki Mikki Mila Milagro Milagros Milan Milda Mildred Milford Milissa Millard
Millicent Millie Milly Milo Milton Mimi Mina Minda Mindi Mindy Minerva Ming Minh Minna Minnie Minta Miquel Mira
Miranda Mireille Mirella Mireya Miriam Mirian Mirna Mirta Mirtha Misha Missy Misti Mistie Mitch Mitchel Mitchell
Mitsue Mitsuko Mittie Mitzi Mitzie Miyoko Modesta Modesto Mohamed Mohammad Mohammed Moira Moises Mollie Molly Mona
Monet Monica Monika Monique Monnie Monroe Monserrate Monte Monty Mora Morgan Moriah Morris Morton Mose Moses Moshe
Mozell Mozella Mozelle Mui Muoi Muriel Murray Myesha Myles Myong Myra Myriam Myrl Myrle Myrna Myron Myrta Myrtice
Myrtie Myrtis Myung Na Nada Nadene Nadia Nadine Naida Nakesha Nakia Nakisha Nakita Nam Nan Nana Nancee Nancey Nanci
Nancie Nancy Nanette Nannette Nannie Naoma Naomi Napoleon Narcisa Natacha Natalia Natalie Natalya Natasha Natashia
Nathalie Nathan Nathanael Nathanial Nathaniel Natisha Natividad Natosha Neal Necole Ned Neda Nedra Neely Neida Neil
Nelda Nelia Nelida Nell Nella Nelle Nellie Nelly Nelson Nena Nenita Neoma Neomi Nereida Nerissa Nery Nestor Neta
Nettie Neva Nevada Neville Nga Ngan Ngoc Nguyet Nia Nichelle Nichol Nicholas Nichole Nicholle Nicki Nickie Nickolas
Nickole Nicky Nicol Nicola Nicolas Nicolasa Nicole Nicolette Nicolle Nida Nidia Niesha Nieves Nigel Niki Nikia
Nikita Nikki Nikole Nila Nilda Nilsa Nina Ninfa Nisha Nita Noah Nobuko Noe Noelia Noella Noelle Noemi Nohemi Nola
Nolan Noma Nona Nora Norah Norbert Norberto Noreen Norene Noriko Norine Norma Norman Normand Norris Nubia Nydia Nyla
Obdulia Ocie Octavia Octavio Oda Odelia Odell Odessa Odette Odilia Odis Ofelia Ok Ola Olen Olene Oleta Olevia Olga
Olimpia Olin Olinda Oliva Oliver Olivia Ollie Olympia Oma Omar Omer Ona Oneida Onie Onita Ophelia Ora Oralee Oralia
Oren Oretha Orlando Orpha Orval Orville Oscar Ossie Osvaldo Oswaldo Otelia Otha Otilia Otis Otto Ouida Owen Ozell
Ozella Ozie Pablo Paige Palma Palmer Palmira Pam Pamala Pamela Pamelia Pamella Pamila Pamula Pandora Paola Paris
Parker Parthenia Particia Pasquale Patria Patrica Patrice Patricia Patrick Patrina Patti Pattie Paul Paula Paulene
Pauletta Paulette Paulina Pauline Paulita Paz Pearle Pearlene Pearlie Pearline Pedro Peggie Peggy Pei Penelope
Penney Penni Pennie Percy Perla Perry Pete Petra Petrina Petronila Phebe Phil Philip Phillip Phillis Philomena Phung
Phuong Phylicia Phylis Phyliss Phyllis Pia Piedad Pierre Pilar Pok Polly Porfirio Porsche Porsha Portia Preston
Pricilla Priscila Priscilla Providencia Pura Qiana Queenie Quentin Quiana Quincy Quinn Quintin Quinton Quyen Rachael
Rachal Racheal Rachel Rachele Rachell Rachelle Racquel Rae Raeann Raelene Rafael Rafaela Raguel Raina Raisa Raleigh
Ralph Ramiro Ramon Ramona Ramonita Rana Ranae Randa Randal Randall Randee Randell Randi Randolph Ranee Raphael
Raquel Rashad Rasheeda Rashida Raul Raye Rayford Raylene Raymon Raymond Raymonde Raymundo Rayna Rea Reagan Reanna
Reatha Reba Rebbeca Rebbecca Rebeca Rebecca Rebecka Rebekah Reda Reena Refugia Refugio Regan Regena Regenia Reggie
Regina Reginald Regine Reginia Reid Reiko Reina Reinaldo Reita Rema Remedios Remona Rena Renae Renaldo Renata Renate
Renato Renay Renda Rene Renea Renee Renetta Renita Renna Ressie Reta Retha Retta Reuben Reva Rex Rey Reyes Reyna
Reynalda Reynaldo Rheba Rhett Rhiannon Rhoda Rhona Rhonda Ria Ricarda Ricardo Richard Richelle Richie Rickey Ricki
Rickie Ricky Rico Rigoberto Rikki Riley Rima Rina Risa Rita Riva Rivka Robbi Robbie Robbin Robby Robbyn Robena
Robert Roberta Roberto Robt Robyn Rocco Rochel Rochell Rochelle Rocio Roderick Rodger Rodney Rodolfo Rodrick Rodrigo
Rogelio Roland Rolanda Rolande Rolando Rolf Rolland Roma Romana Romelia Romeo Romona Ron Rona Ronald Ronda Roni
Ronna Ronni Ronnie Ronny Roosevelt Rory Rosa Rosalba Rosalee Rosalia Rosalie Rosalina Rosalind Rosalinda Rosaline
Rosalva Rosalyn Rosamaria Rosamond Rosana Rosann Rosanna Rosanne Rosaria Rosario Rosaura Roscoe Roseann Roseanna
Roseanne Roselee Roselia Roseline Rosella Roselle Roselyn Rosemarie Rosena Rosenda Rosendo Rosetta Rosia Rosie
Rosina Rosio Rosita Roslyn Ross Rossana Rossie Rowena Roxana Roxane Roxann Roxanna Roxanne Roxie Roxy Roy Royce
Rozanne Rozella Ruben Rubi Rubie Rubin Rubye Rudolf Rudolph Rudy Rueben Rufina Rufus Rupert Russ Russel Russell Ruth
Rutha Ruthann Ruthanne Ruthe Ruthie Ryan Ryann Sabina Sabine Sabra Sabrina Sacha Sachiko Sade Sadie Sadye Sal Salena
Salina Salley Sallie Salome Salvador Salvatore Sam Samantha Samara Samatha Samella Samira Sammie Sammy Samual Samuel
Sana Sanda Sandee Sandi Sandie Sandra Sanford Sanjuana Sanjuanita Sanora Santa Santana Santiago Santina Santo Santos
Sara Sarah Sarai Saran Sarina Sarita Sasha Saturnina Sau Saul Saundra Scarlett Scot Scott Scottie Scotty Sean
Sebastian Sebrina Seema Selena Selene Selina Selma Sena Senaida September Serafina Serena Sergio Serina Serita Seth
Setsuko Seymour Sha Shae Shaina Shakia Shakira Shakita Shala Shalanda Shalon Shalonda Shameka Shamika Shan Shana
Shanae Shanda Shandi Shandra Shane Shaneka Shanel Shanell Shanelle Shani Shanice Shanika Shaniqua Shanita Shanna
Shannan Shannon Shanon Shanta Shantae Shantay Shante Shantel Shantell Shantelle Shanti Shaquana Shaquita Shara
Sharan Sharda Sharee Sharell Sharen Shari Sharice Sharie Sharika Sharilyn Sharita Sharla Sharleen Sharlene Sharmaine
Sharolyn Sharon Sharonda Sharri Sharron Sharyl Sharyn Shasta Shaun Shauna Shaunda Shaunna Shaunta Shaunte Shavon
Shavonda Shavonne Shawana Shawanda Shawanna Shawn Shawna Shawnda Shawnee Shawnna Shawnta Shay Shayla Shayna Shayne
Shea Sheba Sheena Sheila Sheilah Shela Shelba Shelby Sheldon Shelia Shella Shelley Shelli Shellie Shelly Shelton
Shemeka Shemika Shena Shenika Shenita Shenna Shera Sheree Sherell Sheri Sherice Sheridan Sherie Sherika Sherill
Sherilyn Sherise Sherita Sherlene Sherley Sherly Sherlyn Sherman Sheron Sherrell Sherri Sherrie Sherril Sherrill
Sherron Sherryl Sherwood Shery Sheryl Sheryll Shiela Shila Shiloh Shira Shirely Shirl Shirlee Shirleen Shirlene
Shirley Shirly Shizue Shizuko Shon Shona Shonda Shondra Shonna Shonta Shoshana Shu Shyla Sid Sidney Signe Sigrid
Silas Silva Silvana Silvia Sima Simon Simona Simone Simonne Sina Sindy Siobhan Sirena Siu Sixta Skye Slyvia Socorro
Sofia Soila Solange Soledad Solomon Somer Sommer Sona Sondra Sonia Sonja Sonya Soo Sook Sophia Sophie Soraya Spencer
Stacee Stacey Staci Stacia Stacie Stacy Stan Stanford Stanley Stanton Starla Starr Stasia Stefan Stefani Stefania
Stefanie Stefany Steffanie Stella Stepanie Stephaine Stephan Stephane Stephani Stephania Stephanie Stephany Stephen
Stephenie Stephine Stephnie Steve Steven Stevie Stewart Stuart Su Suanne Sudie Sueann Suellen Suk Sulema Sumiko
Sunday Sunni Susan Susana Susann Susanna Susannah Susanne Susie Susy Suzan Suzann Suzanna Suzanne Suzette Suzi Suzie
Suzy Svetlana Sybil Syble Sydney Sylvester Sylvia Sylvie Synthia Syreeta Ta Tabatha Tabetha Tabitha Tai Taina Taisha
Tajuana Takako Takisha Talia Talisha Talitha Tama Tamala Tamar Tamara Tamatha Tambra Tameika Tameka Tamekia Tamela
Tamera Tamesha Tami Tamica Tamie Tamika Tamiko Tamisha Tammara Tammera Tammi Tammie Tammy Tamra Tana Tandra Tandy
Taneka Tanesha Tangela Tania Tanika Tanisha Tanja Tanna Tanya Tara Tarah Taren Tari Tarra Tarsha Taryn Tasha Tashia
Tashina Tasia Tatiana Tatum Tatyana Taunya Tawana Tawanda Tawanna Tawna Tawnya Taylor Tayna Ted Teddy Teena Tegan
Teisha Telma Temeka Temika Tempie Tena Tenesha Tenisha Tennie Tennille Teodora Teodoro Teofila Tera Tereasa Terence
Teresa Terese Teresia Teresita Teressa Teri Terica Terina Terisa Terra Terrance Terrell Terrence Terresa Terri
Terrie Terrilyn Tesha Tess Tessa Tessie Thad Thaddeus Thalia Thanh Thao Thea Theda Thelma Theo Theodora Theodore
Theola Theresa Therese Theresia Theressa Theron Thersa Thi Thomas Thomasena Thomasina Thomasine Thora Thresa Thu
Thurman Thuy Tia Tiana Tianna Tien Tiera Tierra Tiesha Tifany Tiffaney Tiffani Tiffanie Tiffany Tiffiny Tijuana
Tilda Tillie Tim Timika Timmy Timothy Tina Tinisha Tisa Tish Tisha Titus Tobi Tobias Tobie Toby Toccara Tod Todd Toi
Tomas Tomasa Tomeka Tomi Tomika Tomiko Tommie Tommy Tommye Tomoko Tona Tonda Tonette Toney Toni Tonia Tonie Tonisha
Tonita Tonja Tonya Tora Tori Torie Torri Torrie Tory Tosha Toshia Toshiko Tova Towanda Toya Tracee Tracey Traci
Tracie Tracy Tran Trang Travis Treasa Treena Trena Trent Trenton Tresa Tressa Tressie Treva Trevor Trey Tricia Trina
Trinh Trinidad Trish Trisha Trista Tristan Trudi Trudie Trudy Trula Truman Tu Tuan Tula Tuyet Twana Twanda Twanna
Twila Twyla Ty Tyesha Tyisha Tyler Tynisha Tyra Tyree Tyrell Tyron Tyrone Tyson Ula Ulrike Ulysses Un Una Ursula
Usha Ute Vada Val Valarie Valda Valencia Valene Valentin Valentina Valeri Valeria Valerie Valery Vallie Valorie
Valrie Vance Vanda Vanesa Vanessa Vanetta Vania Vanita Vanna Vannesa Vannessa Vashti Vasiliki Vaughn Veda Velda
Velia Vella Velma Velva Vena Venessa Venetta Venice Venita Vennie Venus Veola Vera Verda Verdell Verdie Verena
Vergie Verla Verlene Verlie Verline Vern Verna Vernell Vernetta Vernia Vernice Vernie Vernita Vernon Verona Veronica
Veronika Veronique Versie Vertie Vesta Veta Vicenta Vicente Vickey Vicki Vickie Vicky Victoria Victorina Vida Viki
Vikki Vilma Vina Vince Vincent Vincenza Vincenzo Vinita Vinnie Violeta Violette Virgen Virgie Virgil Virgilio
Virgina Virginia Vita Vito Vivan Vivian Viviana Vivien Vivienne Von Voncile Vonda Vonnie Wai Wallace Wally Walter
Walton Waltraud Wanda Waneta Wanetta Wanita Warner Wava Waylon Wayne Wei Weldon Wendell Wendi Wendie Wendolyn Wendy
Wenona Werner Wes Wesley Weston Whitley Whitney Wilber Wilbert Wilbur Wilburn Wilda Wiley Wilford Wilfred Wilfredo
Wilhelmina Wilhemina Willa Willard Willena Willene Willetta Willette Willia William Williams Willian Willie
Williemae Willis Willodean Willy Wilma Wilmer Wilson Wilton Winford Winfred Winifred Winnie Winnifred Winona Winston
Wm Wonda Woodrow Wyatt Wynell Wynona Xavier Xenia Xiao Xiomara Xochitl Xuan Yadira Yaeko Yael Yahaira Yajaira Yan
Yang Yanira Yasmin Yasmine Yasuko Yee Yelena Yer Yesenia Yessenia Yetta Yevette Yi Ying Yoko Yolanda Yolande Yolando
Yolonda Yong Yoshie Yoshiko Youlanda Yu Yuette Yuki Yukiko Yuko Yulanda Yun Yung Yuonne Yuri Yuriko Yvette Yvone
Yvonne Zachariah Zachary Zachery Zack Zackary Zada Zaida Zana Zandra Zane Zelda Zella Zelma Zena Zenaida Zenia
Zenobia Zetta Zina Zita Zoe Zofia Zoila Zola Zona Zonia Zora Zoraida Zula Zulema Zulma
"""

SURNAMES = """
Aaron Aarons Aasen Abad Abadie Abarca Abbas Abbate Abbott Abdallah Abdo Abdul Abdullah Abe Abeita Abel Abell Abels
Abercrombie Abernathy Abernethy Abeyta Ables Abner Abney Abraham Abrahams Abrahamson Abram Abramowitz Abrams
Abramson Abrego Abreu Abril Abron Absher Abshire Abston Acevedo Aceves Achenbach Acheson Acker Ackerman Ackermann
Ackerson Ackles Ackley Acklin Ackman Acord Acosta Acree Acton Acuff Acuna Adair Adam Adamczyk Adame Adamek Adames
Adamo Adams Adamski Adamson Adan Adcock Adcox Addington Addis Addison Addy Adelman Adelson Aden Aderholt Adger
Adkins Adkinson Adkison Adkisson Adler Adolph Adorno Adrian Agan Agarwal Agee Ager Agin Agnew Agostini Agosto Aguayo
Aguero Aguiar Aguila Aguilar Aguilera Aguinaga Aguinaldo Aguirre Aguon Agustin Ahart Ahearn Ahern Ahl Ahlers
Ahlstrom Ahmad Ahmed Ahn Ahner Aho Ahrens Ahumada Aichele Aiello Aiken Aikens Aikin Ainsworth Aitchison Aitken Akbar
Ake Aker Akers Akey Akins Akridge Alaimo Alam Alameda Alamo Alanis Alaniz Alarcon Alatorre Alba Alban Albanese
Albano Albarado Albarran Albaugh Albee Alber Albers Alberson Albert Alberti Alberto Alberts Albertson Alberty Albin
Albrecht Albright Albritton Albro Albury Alcala Alcantar Alcantara Alcaraz Alcazar Alcocer Alcock Alcorn Alcott
Aldaco Aldana Aldape Alday Alden Alderete Alderson Aldrich Aldridge Alegria Alejandre Alejandro Alejo Alejos Aleman
Alers Aleshire Alessi Alex Alexander Alexandre Alexis Alfano Alfaro Alfonso Alford Alfred Algarin Alger Ali Alicea
Aliff Alix Alkire Allain Allaire Allan Allard Allbright Allbritton Alldredge Allee Alleman Allen Allender
Allensworth Alles Alleyne Allgood Allie Alligood Alling Allis Allison Allman Allmon Alloway Allred Allshouse Allsop
Allsup Allums Allyn Alm Almaguer Almanza Almanzar Almaraz Almazan Almeida Almendarez Almodovar Almon Almonte Alongi
Alonso Alonzo Alpert Alphin Alsop Alston Alsup Altamirano Althoff Althouse Altieri Altizer Altman Altom Alton Alva
Alvarado Alvardo Alvarenga Alvares Alvarez Alverez Alverson Alves Alvey Alvis Alvord Amado Amador Amaker Aman Amann
Amar Amaral Amaro Amato Amaya Ambler Ambriz Ambrose Ambrosino Ambrosio Amburgey Amedee Amendola Ament Amerson Ames
Amey Amezcua Amezquita Amick Amico Amidon Amin Amis Ammann Ammerman Ammon Ammons Amo Amodeo Amon Amore Amoroso Amos
Amsler Amundsen Amundson Amy Anaya Ancheta Anchondo Anders Andersen Anderson Anderton Andes Anding Andino Andrade
Andre Andreas Andreasen Andres Andresen Andress Andrew Andrews Andrus Andrzejewski Andujar Anello Ang Ange Angeles
Angell Angelo Anglin Anguiano Angulo Angus Anker Ankney Annis Annunziata Ansari Ansell Anselmo Ansley Anson Anspach
Anstett Anthony Antle Antley Antoine Anton Antone Antonelli Antonio Antonucci Antunez Anwar Anzaldua Anzalone Aoki
Aparicio Apel Apgar Apo Apodaca Aponte Appel Appell Apperson Applebaum Appleby Applegate Appleton Applewhite Applin
Appling April Aquilar Aquino Aquirre Aragon Arai Araiza Arakaki Araki Arambula Arana Aranda Arango Arant Araujo
Arbogast Arbour Arbuckle Arcand Arce Arceneaux Arceo Archambault Archey Archibald Archie Archuleta Arciniega Arcuri
Ard Arden Ardis Ardito Ardoin Ardon Arechiga Arehart Arel Arellano Arend Arends Arendt Arent Arevalo Argento Argo
Arguelles Arguello Argueta Arispe Arizmendi Arledge Arline Armand Armas Armbruster Armendariz Armenta Armentrout
Armer Armes Armijo Armistead Armitage Armour Armstead Armstrong Armwood Arndt Arner Arneson Arnett Arnette Arney
Arno Arnold Arnone Arnott Arnwine Arocha Arocho Aron Aronson Arp Arpin Arredondo Arreguin Arrellano Arreola Arrey
Arriaga Arrieta Arrington Arriola Arrowood Arruda Arsenault Arteaga Arter Arterburn Arthur Arthurs Artiaga Artis
Artman Artrip Artz Arvidson Arvin Arviso Arvizu Arwood Ary Arzate Arzola Asaro Asay Asbell Asberry Asbury Ascencio
Asencio Ashbaugh Ashbrook Ashburn Ashby Ashcraft Ashcroft Ashe Asher Ashford Ashley Ashlock Ashman Ashmore Ashton
Ashurst Ashworth Askins Asmus Asper Astle Aston Astorga Astudillo Asuncion Atchison Atchley Aten Atencio Ater
Atherton Athey Atkin Atkins Atkinson Atkison Atnip Attaway Atteberry Attebery Atterberry Attwood Atwater Atwell
Atwood Au Aube Aubin Aubrey Aubry Aubuchon Auclair Aucoin Audet Audette Auer Auerbach Auguste Augustin Augustine
Augustus Auld Ault Aultman Auman Aumiller Aurand Aust Austin Austria Auten Authement Auton Autrey Autry Auvil Auxier
Auyeung Auzenne Avallone Avalos Avans Avant Avelar Avendano Avent Avera Averett Averill Avery Avey Avila Aviles
Avilez Avilla Avina Avis Avitia Awad Axelson Axford Axtell Ayala Aybar Aycock Ayer Ayers Aylward Ayon Ayotte Ayoub
Ayres Azar Azevedo Aziz Baade Babb Babbitt Babcock Baber Babich Babin Babineau Babineaux Babst Baca Bacchus Baccus
Bach Bachand Bachelder Bacher Bachman Bachmann Bachus Backes Backhaus Backlund Backman Backstrom Backus Bacote
Badalamenti Baden Bader Badgett Badgley Badilla Badillo Baehr Baer Baez Baeza Bagby Baggett Baggs Baginski Bagley
Bagwell Baham Bahe Bahena Bahr Baier Bailes Bailey Baillargeon Baillie Baily Bain Bainbridge Baine Baines Bains
Bainter Bair Baird Baisden Baisley Baity Bak Bakewell Bakke Bakken Bakker Bakos Balas Balboa Balbuena Balch Balcom
Balderas Balderrama Baldree Baldridge Balducci Baldwin Balentine Baley Balfour Balke Ballance Ballantyne Ballard
Ballenger Ballentine Ballesteros Ballew Balliet Ballinger Ballou Ballow Ballweg Balmer Balog Balogh Balsamo Balser
Baltazar Baltes Baltimore Baltz Baltzell Balzer Banach Banas Bancroft Banda Baney Banfield Bangert Banh Bankhead
Bankston Bannerman Bannon Banta Banton Banuelos Baptista Baptiste Bara Barahona Barajas Baran Baranowski Baratta
Barba Barbagallo Barbara Barbe Barbeau Barbee Barbera Barbieri Barbosa Barbour Barboza Barcelo Barcenas Barcia
Barclay Barco Barcomb Barcus Barden Bardin Bardsley Bardwell Barefield Barela Barfield Barga Bargas Barger Bargo
Barham Barhorst Baril Barile Barkley Barkman Barksdale Barlett Barlow Barlowe Barmore Barna Barnaby Barnard Barner
Barnes Barnett Barnette Barnhardt Barnhart Barnhill Barnhouse Barnum Barnwell Baro Barone Baros Barr Barra Barragan
Barras Barratt Barraza Barre Barreiro Barrentine Barrera Barreras Barret Barreto Barrett Barrick Barrie Barrientes
Barrientez Barrientos Barriere Barriga Barringer Barrington Barris Barron Barros Barroso Barrs Barrus Barry Barstow
Bart Barta Bartee Bartel Bartell Bartels Bartelt Barth Barthel Bartholomew Bartlett Bartley Bartling Bartlow Bartman
Barto Bartolome Barton Bartos Bartow Bartram Bartsch Bartz Barwick Basaldua Bascom Basel Basham Bashaw Bashir Basile
Basinger Baskerville Baskett Baskin Basler Basnight Basquez Bassett Bassham Bassler Bastarache Bastian Bastien
Batchelder Batchelor Bateman Batey Batie Batista Batiste Bator Batres Batson Batt Battaglia Battey Battin Battista
Battiste Batton Batts Baty Batz Bauch Baucom Bauder Baudoin Bauer Baugh Baugher Baughman Baughn Baum Bauman Baumann
Baumbach Baumeister Baumer Baumert Baumgardner Baumgart Baumgarten Baumgartner Baur Bautista Baver Bax Baxley Baxter
Bayard Bayer Bayerl Bayes Bayles Bayless Baylis Bayliss Baylor Bayne Baynes Baysinger Bazaldua Bazan Baze Bazemore
Bazile Beacham Beachum Beadle Beadles Beahm Beaird Beal Beale Bealer Beall Beals Beaman Beamer Beamon Beane Bearce
Bearden Beardsley Beasley Beason Beaton Beattie Beatty Beaty Beaubien Beauchamp Beauchemin Beauchesne Beaudet
Beaudette Beaudin Beaudoin Beaudry Beauford Beaufort Beaulieu Beaumont Beaupre Beauregard Beauvais Beazley Bebout
Becerra Becerril Bechard Becher Bechtel Bechtol Bechtold Beckel Becker Beckert Beckett Beckford Beckham Beckles
Beckley Beckman Beckmann Beckner Beckstead Beckwith Becnel Becraft Becton Bedard Bedell Bedford Bedgood Bednar
Bednarz Bedolla Bedoya Bedwell Beebe Beecham Beecher Beede Beedle Beegle Beehler Beekman Beeks Beeler Beem Beeman
Beene Beerman Beery Beesley Beeson Begay Begaye Beggs Begley Behan Behler Behling Behm Behn Behne Behnke Behr
Behrends Behrendt Behrens Beier Beil Beiler Beirne Bejarano Belair Beland Belanger Belcher Belden Belding Belew
Belfiore Belford Belgarde Belgrave Belin Belisle Beliveau Belk Belknap Bella Bellamy Bellanger Bellantoni Bellard
Beller Bellew Belli Bellinger Bellino Bellis Belliveau Bellman Bello Bellomy Belmont Belmonte Belote Belser Belton
Beltran Beltz Belue Belville Belvin Belz Bembry Bemis Ben Benally Benard Benavides Benavidez Benbow Bence Bencomo
Benda Bendel Benedetti Benedetto Benedict Benefiel Benefield Benes Benevides Benfer Benfield Benford Benge Bengtson
Benham Benites Benitez Benito Benjamin Benn Benner Bennet Bennett Bennette Benning Benninger Benningfield Bennington
Benny Beno Benoit Bensen Benson Bentley Bently Bento Benton Bentz Benz Benzing Bequette Beran Berard Berardi Berends
Berens Beres Beresford Bergan Berge Bergen Berger Bergeron Bergerson Bergeson Bergevin Bergey Berggren Bergh Bergin
Berglund Bergman Bergmann Bergquist Bergren Bergstrom Beringer Berk Berke Berkeley Berkey Berkley Berkman Berkowitz
Berlanga Berlin Berman Bermudes Bermudez Bernabe Bernal Bernard Bernardi Bernardini Bernardino Bernardo Berndt
Berner Bernhard Bernhardt Bernier Berning Berns Bernstein Berrian Berrier Berrios Berryhill Berryman Bert Berta
Berthelot Berthiaume Berthold Berti Bertin Bertolini Bertram Bertrand Bertsch Berube Berumen Berwick Besaw Beshears
Bess Besser Bessette Bessey Bessler Bester Betances Betancourt Bethea Bethel Bethune Bettencourt Bettis Betton Betts
Betty Betz Beus Bevan Bever Beveridge Beverly Bevers Bevilacqua Bevill Beville Bevins Bevis Bewley Bey Beyer Beyers
Bezanson Bhakta Bhatia Bhatt Bianchi Bianco Bibb Bibbins Bibbs Bibby Bibeau Bibler Bice Bickel Bickerstaff Bickett
Bickford Bickham Bickley Bicknell Biddle Bidwell Bieber Biehl Bieker Biel Bielecki Bien Bierman Biermann Biffle
Bigby Bigelow Biggers Biggerstaff Biggins Biggs Bigham Bigler Bigley Bilbo Bilbrey Bilderback Biles Bilger Biller
Billie Billingsley Billington Billiot Billips Billman Billups Bilodeau Bilski Bilyeu Binette Binford Bing Bingaman
Bingham Bingman Binion Binkley Binney Binns Biondi Biondo Birchfield Birdsall Birdsell Birdsong Birdwell Birge Birk
Birkholz Birkland Birmingham Birnbaum Birney Biro Biron Birt Bisbee Bischof Bischoff Biscoe Bise Bish Bissell
Bissett Bissette Bisson Bissonette Bissonnette Bitner Bitting Bittinger Bittle Bittner Bivens Bivins Bivona Bixby
Bixler Bizier Bizzell Bjerke Bjork Bjorklund Blackburn Blackerby Blackford Blackledge Blackman Blackmer Blackmon
Blackmore Blackshear Blackshire Blackstock Blackston Blackstone Blackwelder Blackwell Blackwood Blagg Blaha Blain
Blaine Blair Blais Blaisdell Blaise Blake Blakeley Blakely Blakeman Blakemore Blakeney Blaker Blakes Blakeslee
Blakey Blakley Blakney Blalock Blanc Blanchard Blanche Blanchette Blanco Blandford Blanding Blandon Blane Blaney
Blanford Blankenship Blankinship Blansett Blanton Blas Blaser Blasingame Blasko Blass Blassingame Blatt Blau Blauser
Blauvelt Blay Blaylock Blazek Blea Bleau Blecha Bledsoe Bleich Blevins Blewett Blick Bloch Blocher Blocker Blodgett
Blohm Blom Blomberg Blomquist Bloodsaw Bloodworth Bloomberg Bloomfield Bloomquist Blose Bloss Blosser Blough Blouin
Blount Blubaugh Bluford Bluhm Blum Blumberg Blume Blumenthal Blumer Blundell Bly Blythe Boan Boardman Boatner
Boatright Boatwright Boaz Bobadilla Bobb Bobbitt Bober Bobo Bocanegra Bock Bockelman Bockman Bodden Boddie Boddy
Boden Bodenhamer Bodie Bodiford Bodin Bodine Bodnar Bodner Boe Boeding Boehm Boehman Boehme Boehmer Boelter Boer
Boerger Boerner Boes Boese Boettcher Bogan Bogar Bogard Bogardus Bogart Bogdan Bogen Boger Bogert Boggan Boggess
Boggs Bogle Bogner Bogue Bohan Bohanan Bohannan Bohannon Bohanon Bohl Bohlen Bohler Bohm Bohman Bohn Bohner Bohnert
Bohnsack Bohon Bohr Bohrer Boice Boissonneault Boisvert Boivin Bojorquez Bolan Boland Bolander Bolanos Bolden
Bolding Bolds Boldt Bolduc Bolen Boler Boley Bolger Bolick Bolin Boling Bolinger Bolivar Boller Bolles Bollin
Bolling Bollinger Bollman Bolte Bolten Bolton Boltz Bolyard Boman Bomar Bomberger Bona Bonanno Bonaparte Bonar Bondi
Bondurant Bondy Bonelli Bonenfant Bonet Bonetti Bonfiglio Bongiorno Bonham Bonhomme Bonifacio Bonilla Bonin Bonk
Bonn Bonneau Bonnell Bonner Bonnett Bonnette Bonney Bono Bonomo Bontrager Booe Booher Booker Bookman Bookout Boomer
Boone Boose Boothby Boothe Bopp Borba Borchardt Borchers Borchert Bordeau Bordeaux Bordelon Borden Bordner Borel
Borelli Boren Borg Borgen Borger Borges Borgman Borgmann Boris Borja Borjas Bork Borkholder Borkowski Borland Borman
Bormann Bornstein Boros Borowski Borquez Borrego Borrelli Borrero Borror Borst Borton Bortz Borum Borunda Bos
Bosarge Bosch Bosco Bose Boser Boshears Bosket Bosley Bosque Bosse Bosserman Bost Bostic Bostick Boston Bostrom
Bostwick Boswell Bosworth Botelho Botello Bothwell Botkin Botsford Bott Botta Bottomley Bottorff Botts Bou Bouchard
Boucher Bouck Boudreau Boudreaux Bouffard Boughner Boughton Bouie Bouknight Boulanger Boulay Bouldin Bouley Boulton
Boulware Bourassa Bourbeau Bourdeau Bourdon Bourg Bourgault Bourget Bourgoin Bourke Bourland Bourn Bourne Bourque
Bourquin Bousquet Boutin Bouton Boutte Boutwell Bova Bove Bovee Bowden Bowe Bowen Bowens Bowerman Bowersox Bowes
Bowie Bowker Bowlby Bowles Bowley Bowlin Bown Bowne Bowser Bowyer Boyce Boyd Boyden Boydston Boydstun Boyer Boyers
Boyes Boyett Boyette Boyington Boykin Boykins Boylan Boyland Boyle Boyles Boynton Boysen Boyster Boyter Bozarth
Bozek Bozeman Braaten Braatz Brabham Bracamonte Bracco Bracero Bracewell Bracey Brack Brackett Brackin Brackins
Brackman Bracy Bradberry Bradburn Bradbury Braddock Braddy Braden Bradfield Bradford Bradham Bradish Bradley
Bradshaw Bradsher Bradt Bradway Bradwell Brady Brafford Braga Bragdon Bragg Braggs Braham Brainard Brainerd
Braithwaite Brakebill Braley Braman Bramblett Brame Bramlett Brammer Branam Branan Branco Brandel Brandenburg
Brandes Brandl Brandon Brandow Brandt Branham Brann Brannan Brannen Brannigan Brannon Brannum Branscome Branscum
Branson Branstetter Brant Brantley Brantner Branton Branum Brase Brasel Brasfield Brashear Brashears Brassard
Brassell Brassfield Braswell Bratcher Brathwaite Bratt Bratten Bratton Braud Brauer Brault Braun Braunstein Brawley
Brawner Braxton Brayton Brazeal Brazell Brazelton Braziel Brazil Breault Breaux Breazeale Brecht Breckenridge Breece
Breeden Breedlove Breen Breese Brehm Brehmer Breit Breitenstein Brekke Breland Bremer Bremner Brendel Brendle
Breneman Brennan Brenneman Brennen Brenner Brent Brenton Brescia Breshears Breslin Bresnahan Bressler Breton Brett
Bretz Breuer Breunig Brewington Brewster Brewton Brey Brian Brice Briceno Bricker Brickey Brickhouse Brickley
Brickman Brickner Bridgeforth Bridgeman Bridger Bridgers Bridgewater Bridgman Bridwell Brien Brierly Briese Brigance
Briganti Briggs Brigham Brighton Brigman Brignac Briles Briley Brill Brimage Brimer Brimmer Brindle Brindley
Brinegar Briner Brinker Brinkerhoff Brinkley Brinkman Brinkmann Brinn Brinson Brinton Briones Brisco Briscoe Briseno
Brissette Brisson Brister Bristol Bristow Brite Brito Britt Brittain Britten Brittian Brittingham Britton Brixey
Brizendine Broadbent Broaddus Broadhead Broadhurst Broadnax Broadus Broadwater Broadway Broadwell Broady Brobst
Broce Brochu Brock Brockett Brockington Brockman Brockway Brodbeck Brode Broder Broderick Brodersen Brodeur Brodie
Brodsky Brody Brogden Brogdon Brokaw Broman Bromberg Bromley Bronk Bronner Bronson Bronstein Brooke Brooker Brookes
Brookins Brookman Brookover Brookshire Broome Broomfield Brophy Brose Brosius Brosnan Bross Brotherton Brott
Brotzman Brough Broughton Brouillard Brouillette Broussard Brousseau Brouwer Browder Brower Browne Brownell
Brownfield Brownlee Brownlow Broxton Broyles Brubaker Bruce Bruch Bruck Brucker Bruckner Bruder Brueggemann Bruen
Bruening Bruggeman Brugger Bruhn Brumback Brumbaugh Brumbelow Brumfield Brumit Brumley Brummer Brummett Brummitt
Brun Brundage Brundidge Brune Bruneau Brunell Brunelle Bruner Brunetti Brungardt Bruni Bruning Brunk Brunner Bruno
Bruns Brunson Brunswick Brunton Bruss Brust Bruton Bryan Bryant Bryce Bryd Bryden Bryer Bryner Bryson Brzezinski
Brzozowski Bubb Bublitz Bucci Buch Buchan Buchanan Buchanon Bucher Buchheit Buchholtz Buchholz Buchman Bucholtz
Bucholz Buckelew Bucker Buckingham Buckland Bucklew Buckley Bucklin Buckman Buckmaster Buckner Buckwalter Bucy Buda
Budd Budde Budzinski Bueche Buehler Buell Buelow Buendia Bueno Buenrostro Buentello Buerger Buettner Buffington
Bufford Buffum Bufkin Buford Bugarin Bugbee Bugg Buggs Buhl Buhler Buhr Bui Buie Buitron Buker Bukowski Bulger
Bulkley Bullard Bullen Buller Bullington Bullins Bullis Bulloch Bulluck Bulter Bumgardner Bumgarner Bumpus Bunce
Bundick Bundy Bunge Bunger Bunn Bunnell Buntin Bunton Bunyard Buono Buras Burbach Burbage Burbank Burbridge Burch
Burcham Burchard Burchell Burchett Burchette Burchfield Burciaga Burd Burdett Burdette Burdge Burdick Burdine
Burditt Burford Burgan Burge Burges Burgess Burgett Burgin Burgoon Burgos Burgoyne Burk Burkart Burke Burkes Burket
Burkett Burkey Burkhalter Burkhardt Burkhart Burkhead Burkholder Burkley Burks Burleigh Burleson Burlew Burley
Burling Burlingame Burlison Burman Burmeister Burnam Burnell Burnes Burnett Burnette Burney Burnham Burnley Burnside
Burpee Burpo Burrage Burrell Burress Burrier Burrill Burris Burriss Burritt Burrough Burroughs Burrowes Burrus
Burruss Burse Burson Burt Burtch Burton Burts Burwell Busbee Busch Buscher Buse Buser Busey Bushard Bushee Bushey
Bushnell Bushong Bushway Busick Buske Buskirk Bussard Busse Bussell Bussey Bussiere Bustamante Bustillos Bustos
Buswell Buteau Butera Buterbaugh Butkovich Butner Buttars Butterfield Butterworth Buttler Buttram Buttrey Butz
Buxton Buzard Buzbee Buzzell Byard Byars Byas Bybee Byer Byerly Byers Byfield Byford Byington Byler Bynoe Bynum
Byram Byrd Byrge Byrne Byrnes Byrns Byrom Byron Byrum Caba Caballero Caban Cabaniss Cabe Cabell Cabello Cabezas
Cabot Cabral Cabrales Cabrera Caceres Cacho Caddell Cade Cadena Cadieux Cadiz Cadle Cadogan Cadorette Cadwallader
Cadwell Cady Caesar Caffee Caffey Caffrey Caggiano Cagle Cagney Cahill Cahoon Cai Cail Cain Caine Caines Caison
Cajigas Calabrese Calabro Calahan Calaway Calcagni Calcote Calder Caldera Calderon Calderone Calderwood Caldwell
Cale Cales Caley Calfee Calhoon Calhoun Cali Calkins Callaghan Callaham Callahan Callan Callanan Callas Callaway
Calle Callejas Callen Callender Calles Callicoat Callier Callihan Callis Callison Calloway Calton Calvert Calvillo
Calvin Calvo Calzada Camacho Camara Camarena Camargo Camarillo Cambell Cambra Cambridge Cambron Camden Cameron
Camire Cammack Cammarata Campa Campagna Campana Campanella Campanelli Campas Campbell Campfield Campion Campisi
Campo Campos Campuzano Canada Canaday Canady Canale Canales Canas Canavan Canchola Candelaria Candelario Candler
Canela Canfield Cangelosi Canipe Canizales Cann Cannaday Cannady Cannella Cano Cansler Cantara Canterbury Cantero
Cantin Cantley Cantrell Cantu Cantwell Canty Canup Cao Caouette Capasso Capehart Capel Caperton Capetillo Caplan
Caple Caples Caplinger Capo Capobianco Capone Capozzi Capp Cappello Capps Capra Caprio Capuano Caputo Carabajal
Caraballo Caraveo Carbajal Carballo Carbaugh Carberry Carbin Carbonaro Carbone Carbonell Cardella Cardello Carden
Cardenas Carder Cardiel Cardillo Cardin Cardinale Cardona Cardone Cardoso Cardoza Cardwell Carew Carey Cargile
Cargill Carico Carignan Carillo Carini Carino Carl Carlberg Carle Carleton Carley Carlile Carlin Carlino Carlisle
Carlo Carlock Carlon Carlos Carls Carlsen Carlson Carlton Carlucci Carlyle Carmack Carman Carmean Carmen Carmichael
Carmody Carmon Carmona Carmouche Carn Carnahan Carneal Carnegie Carnell Carner Carnes Carnevale Carney Caro Carolan
Carolina Caroll Carollo Caron Carone Carothers Carpentier Carper Carpino Carpio Carr Carranza Carrara Carrasco
Carrasquillo Carraway Carreiro Carrell Carreno Carreon Carrera Carreras Carrero Carrick Carrico Carriere Carrigan
Carrillo Carrington Carrizales Carrol Carroll Carron Carrow Carrozza Carruth Carruthers Carson Carstarphen Carstens
Carstensen Carswell Cartagena Carte Cartee Carter Cartier Cartwright Carty Caruso Caruthers Carvajal Carvalho
Carwell Carwile Cary Casado Casados Casady Casale Casanova Casares Casarez Casas Casavant Casazza Cascio Casella
Casey Cashin Cashion Cashman Cashwell Casiano Casias Casillas Casimir Caskey Casler Casner Cason Casper Casperson
Cass Cassady Cassano Cassara Cassel Cassell Cassella Casselman Cassidy Cassity Casson Castagna Castaldo Castaneda
Castano Castanon Casteel Castellano Castellanos Castelli Castello Castellon Castiglia Castiglione Castile Castille
Castilleja Castillo Castillon Castleberry Castleman Casto Caston Castonguay Castorena Castrejon Castro Caswell
Catalan Catalano Cataldo Catania Catanzaro Cate Cates Cathcart Cathey Catlett Catlin Cato Catoe Caton Catron Catt
Caudell Caudill Caudillo Caudle Caufield Caughey Caulder Cauley Caulfield Caulkins Causby Causey Cauthen Cavaliere
Cavallaro Cavallo Cavanagh Cavanaugh Cavazos Cavender Caver Caverly Cavin Caviness Cavins Cavitt Cawley Cawthon
Cayer Caylor Cayton Caywood Cazares Cearley Ceasar Ceaser Ceballos Cecena Cecere Cecil Cedeno Cedillo Ceja Celaya
Celentano Celestin Celestine Celis Cendejas Ceniceros Centeno Cepeda Cephas Cephus Cerda Cerna Cerny Ceron Cerrato
Cerrone Cervantes Cervantez Cesar Cespedes Cessna Cevallos Cha Chabot Chace Chacko Chacon Chadbourne Chadwell
Chadwick Chaffee Chaffin Chaffins Chafin Chagnon Chagoya Chai Chaidez Chaires Chairez Chaisson Chalfant Chalker
Chalmers Chamberland Chamberlin Chamblee Chambless Chambliss Chamlee Chamness Chamorro Champine Champlin Champney
Chan Chancey Chaney Chang Channell Chao Chapa Chaparro Chapdelaine Chapell Chapin Chaplin Chapman Chappel Chappell
Chappelle Chapple Chaput Charboneau Charbonneau Charest Charette Charland Charlebois Charles Charleston Charlesworth
Charley Charlie Charlton Charney Charon Charpentier Charron Chartier Chartrand Chason Chasse Chastain Chasteen
Chatfield Chatham Chatman Chatmon Chatterton Chau Chaudhry Chausse Chauvin Chavarria Chavers Chaves Chavez Chavira
Chavis Chea Cheatham Cheatwood Chee Cheeseman Cheesman Cheever Chen Chenard Chenault Cheney Cheng Chenier Chenoweth
Chery Cheshire Chesley Chesney Chesnut Chesser Chesson Chester Cheung Chevalier Chevez Chewning Chiang Chiaramonte
Chiarello Chiasson Chichester Chico Chicoine Chidester Chien Chiesa Chilcote Childers Childress Childs Chilson
Chilton Ching Chinn Chiodo Chipman Chipps Chirico Chisholm Chism Chisolm Chittenden Chittum Chitty Chitwood Chiu
Chivers Chmielewski Chmura Cho Choate Choe Choi Chojnacki Chon Chong Choquette Chou Choudhury Chouinard Chowdhury
Choy Chretien Chrisman Christ Christensen Christenson Christian Christiano Christiansen Christianson Christie
Christman Christmas Christner Christofferse Christofferso Christopher Christopherso Christy Chronister Chu Chubb
Chumbley Chumley Chun Chung Chunn Chupp Churchill Churchwell Cianciolo Ciccone Cicero Cienfuegos Cieslak Cifuentes
Cilley Cimino Cintron Cioffi Ciotti Cipolla Cipriani Cipriano Cirillo Cirilo Cisco Cisneros Cissell Cistrunk Claar
Claassen Clabaugh Claborn Claflin Claiborne Clair Claire Clairmont Clancy Clanton Clapp Clardy Clare Clark Clarke
Clarkson Clary Classen Clatterbuck Claude Claudio Claunch Claus Clausen Clausing Clauson Claussen Clawson Claxton
Clayborn Clayborne Claybrooks Claycomb Claypool Claypoole Clayson Clayton Claytor Cleary Cleek Clegg Cleghorn
Cleland Clem Clemens Clemente Clements Clemmer Clemmons Clemons Clendening Clermont Cleveland Clevenger Clevinger
Clewis Clifford Clift Clifton Climer Clinard Cline Clinger Clingerman Clingman Clinkscales Clinton Clodfelter Cloer
Cloninger Clontz Clopton Clore Closson Clough Clouse Clouser Cloutier Clow Clower Clowers Cloyd Clubb Cluff Clukey
Clune Clute Clyburn Clyde Clymer Clyne Coady Coakley Coan Coates Coaxum Cobb Cobbins Cobbs Coberly Coble Cobos
Coburn Coca Cochran Cochrane Cockburn Cockerham Cockrell Cockrum Coco Coddington Coder Cody Coe Coelho Coello Coen
Cofer Coffelt Coffey Coffield Coffman Cofield Cogan Cogar Cogburn Cogdell Cogdill Coger Coggin Coggins Coghill
Coghlan Cogswell Cohan Cohee Cohen Cohn Cohrs Coker Cokley Colangelo Colbert Colburn Colby Colclough Coldiron
Coldwell Cole Colegrove Colella Coleman Coles Coletti Coley Colgan Colin Coll Collado Collard Collazo Collett
Collette Colletti Colley Colligan Collin Collings Collins Collinson Collinsworth Collis Collison Collman Collum
Colman Colmenero Colombo Colorado Colosimo Colpitts Colquitt Colson Colston Colter Colton Colucci Columbia Columbus
Colunga Colvard Colvin Colwell Colyer Comacho Combest Comeau Comeaux Comerford Comiskey Como Compton Comstock Conant
Conard Conatser Conaway Conboy Concannon Concepcion Conde Conder Condie Condit Condon Condra Condrey Condron Conerly
Coney Conforti Congdon Conger Conigliaro Coniglio Conkle Conklin Conkling Conlan Conlee Conley Conlin Conlon Conn
Connally Connell Connelly Conner Conners Connery Connolly Connor Connors Conover Conrad Conroy Considine Constance
Constantine Constantino Conte Conti Contreras Convery Conway Conwell Conyer Conyers Coogan Cooke Cooksey Cookson
Coolbaugh Cooley Coolidge Coombs Coomer Coomes Cooney Coonrod Cooperman Cooter Coover Copas Copeland Copenhaver
Copher Coplan Copland Copley Coplin Copp Coppa Coppage Coppedge Coppin Coppinger Copple Coppock Coppola Cora Corbeil
Corbell Corbett Corbin Corbitt Corbo Corby Corchado Corcoran Cordeiro Cordell Corder Cordero Cordes Cordle Cordoba
Cordova Cordray Corea Corey Coria Coriell Corker Corkery Corl Corle Corlett Corlew Corley Corliss Cormack Corman
Cormier Cornejo Cornelison Cornelius Cornell Cornett Cornette Cornish Cornman Cornwall Cornwell Coronado Coronel
Corpuz Corr Corrado Corrales Correa Correia Correll Corrigan Corriveau Corry Corsi Corso Corson Cort Cortes Cortese
Cortez Cortina Cortinas Cortright Corum Corvin Corwin Cory Coryell Cosby Cosentino Cosenza Cosey Cosgrove Cosme
Cosner Cosper Coss Cossette Cossey Costa Costales Costantino Costanza Costanzo Costas Costello Coster Costigan
Costilla Costillo Costin Costner Coston Cota Cothern Cothran Cothren Cotner Coto Cotta Cotten Cottingham Cottle
Cottman Cotto Cottone Cottrell Cottrill Couey Coughlan Coughlin Coulombe Coulson Coulston Coulter Cournoyer Coursey
Courson Courtemanche Courter Courtney Courtois Courtright Courville Coury Cousar Coutee Couto Couts Coutu Couture
Covarrubias Covell Covelli Coverdale Covin Covington Cowan Cowans Cowart Cowden Cowell Cowen Cowger Cowgill Cowherd
Cowie Cowles Cowley Cowman Coyle Coyne Cozad Cozart Crabb Crabill Crabtree Cracraft Craddock Crader Crafton Craig
Craighead Crain Craine Cramer Crampton Crandall Crandell Craner Craney Cranford Cranmer Cranor Cranston Crary Crase
Craver Crawford Crawley Crayton Creager Creagh Creasey Creasman Creason Creasy Credle Cree Creech Creekmore Creger
Creighton Cremeans Crenshaw Crepeau Crespin Crespo Cressey Cresswell Creswell Cribb Cribbs Crichton Criddle Crider
Crigger Crigler Crim Crimmins Criner Cripe Crippen Cripps Crisci Crisler Crisman Crispin Criss Crissman Crist
Cristobal Criswell Critchfield Critchlow Crites Crittenden Crittendon Crivello Croce Crocker Crockett Crofoot Croft
Croker Croley Croll Cromartie Cromer Cromley Crompton Cromwell Cron Cronan Cronin Cronk Crooker Croom Crooms Crosby
Crose Croskey Crosland Crosley Crossen Crossett Crossland Crossley Crosslin Crossman Crossno Crosson Crosswhite
Croston Croswell Croteau Crothers Crotts Crotty Crouse Crowder Crowe Crowell Crowl Crowley Crownover Crowson
Crowther Croxton Croy Croyle Cruce Crudup Cruickshank Crum Crumbley Crume Crumley Crump Crumpler Crumpton Crumrine
Crunk Cruse Crutcher Crutchfield Cruz Cruzado Cryer Cuadra Cuadrado Cubbage Cuccia Cudd Cuddy Cude Cudjoe Cudney
Cuellar Cuesta Cueto Cueva Cuevas Cuffee Cuffie Culberson Culbert Culbertson Culbreath Culbreth Cullen Cullens
Culler Culley Culligan Cullinan Cullins Cullison Cullum Cully Culotta Culp Culpepper Culver Culwell Cumberbatch
Cumberland Cumbie Cummingham Cummings Cummins Cundiff Cuneo Cunha Cunniff Cunningham Cuomo Cupp Cupples Cupps Curci
Curcio Cureton Curiel Curlee Curley Curnutt Curran Curren Currence Currey Currie Currier Currin Curtin Curtis
Curtiss Curto Curtsinger Cusack Cushing Cushman Cusick Cusson Custer Custis Custodio Cusumano Cuthbert Cuthbertson
Cutler Cutlip Cutrer Cutright Cutshall Cutshaw Cutts Cuyler Cybulski Cypert Cyphers Cyr Cyrus Czajkowski Czapla
Czarnecki Czech Czerwinski Dabbs Dabney Dabrowski Dacosta Dacus Daddario Dade Dagenais Daggett Dagostino Dahl
Dahlberg Dahle Dahlen Dahlgren Dahlin Dahlke Dahlquist Dahlstrom Dahmen Dahms Daigle Daigneault Daigre Dail Dailey
Dake Dalby Dalessandro Dalessio Daley Dalke Dall Dallas Dalley Dalrymple Dalton Daluz Daly Dalzell Damato Dambrosio
Dameron Damian Damiani Damiano Damico Damm Dammann Damon Damore Dampier Damron Dan Dana Danaher Dancy Dandrea
Dandridge Dane Danek Danford Danforth Dang Dangelo Dangerfield Daniel Daniell Daniels Danielson Danis Danko Danley
Dann Danna Dannenberg Danner Danos Dansby Dansereau Dant Dantin Dantonio Dantzler Danz Danzy Dao Darbonne Darby
Darcy Dardar Darden Dargan Darland Darley Darlington Darnall Darnell Darosa Darr Darrah Darrell Darrington Darrow
Darst Darville Darwin Das Dasher Dashiell Dashner Dasilva Dattilo Daubert Daugherty Daughtery Daughtrey Daughtridge
Daughtry Daulton Daum Dauphinais Davalos Dave Daves Davey David Davids Davidson Davie Davies Davila Davilla Davin
Davis Davison Davisson Davy Daw Dawe Dawes Dawkins Dawley Daws Dawson Daye Dayton Deady Deakins Dealba Deanda Deane
Deangelis Deangelo Dearborn Deardorff Dearing Dearman Dearmond Deas Deason Deatherage Deaton Deaver Deavers Debellis
Deberry Deblois Debnam Deboer Debolt Debord Debose Debusk Decarlo Decaro Decastro Decesare Dechant Decicco Deckard
Decker Deckert Declue Decola Decosta Decoteau Dedeaux Dedman Dedmon Dedrick Dee Deegan Deel Deemer Deen Deere
Deering Dees Deese Deeter Defalco Defazio Defelice Defeo Defilippo Defoor Deford Deforge Defrancisco Defranco
Defreitas Degarmo Degen Degennaro Degeorge Degnan Degraff Degraffenreid Degraw Degregorio Degroat Degroot Deguzman
Dehaan Dehart Dehaven Deherrera Dehn Dehner Dehoyos Deines Deitch Deitz Dejarnette Dejean Dejesus Dejohn Dejong
Dekker Delacerda Delacruz Delafuente Delagarza Delahoussaye Delamora Delancey Delaney Delano Delany Delao Delapaz
Delapena Delariva Delarosa Delatorre Delatte Delaughter Delaune Delavega Delbosque Delcambre Delcastillo Delcid
Delee Deleo Deleon Delfino Delgadillo Delgado Delia Delima Delisle Delk Delker Dellinger Delmonte Deloach Deloatch
Deloera Deloney Delong Delorenzo Delorme Delosreyes Delossantos Delozier Delp Delph Delreal Delrio Delrosario
Delsignore Deltoro Deluca Delucia Deluna Delvalle Delvecchio Demaio Demar Demarco Demaree Demarest Demaria Demaris
Demars Demartini Demartino Demasi Dematteo Demby Demello Demelo Dement Demeo Demers Demery Deming Demko Demmer
Demming Demoss Demott Demps Dempsey Dempster Demuth Denault Denby Dendy Dengler Denham Denis Denison Denk Denker
Denman Denmark Denn Dennard Dennehy Dennen Dennett Denney Dennie Denning Dennis Dennison Denniston Denny Densmore
Denson Denton Denzer Depalma Depasquale Depaul Depaz Depew Depp Depriest Depue Depuy Deramus Dermody Deroche Derosa
Derose Derosier Derossett Derouen Derr Derrickson Derrico Derry Derryberry Dery Desai Desalvo Desanti Desantiago
Desantis Desch Deschamp Deschamps Deschenes Descoteaux Deshazo Deshields Deshong Deshotel Desiderio Desilets Desilva
Desimone Desir Desjardins Deskins Deslauriers Desmarais Desmond Desoto Desousa Desouza Despain Despres Desrochers
Desroches Desrosiers Destefano Detrick Dettman Detweiler Detwiler Deutsch Devane Devaney Devaughn Devault Deveau
Dever Devera Devereaux Devers Deville Devine Devinney Devita Devito Devitt Devlin Devoe Devore Devos Devries Dewald
Dewall Dewalt Dewar Dewees Deweese Dewey Dewitt Dewolf Dewolfe Dewoody Dews Dexter Dey Deyo Deyoung Diana Dias Diaz
Dibella Dibenedetto Dibiase Diblasi Dicarlo Dicken Dickens Dickenson Dickerman Dickerson Dickert Dickinson Dickison
Dickman Dickson Dicus Didomenico Didonato Diebold Diederich Diedrich Diego Diehl Diemer Diener Diep Dierking Dierks
Dietrich Dietrick Dietz Diez Difiore Difranco Digby Digennaro Diggins Diggs Digiacomo Digiovanni Digirolamo
Digregorio Dilbeck Dilday Dildy Dileo Dillard Dille Diller Dilley Dillinger Dillingham Dillion Dillman Dillon Dillow
Dilorenzo Dilworth Dimaggio Dimarco Dimartino Dimas Dimatteo Dimattia Dimauro Dimick Dimmick Dimond Dinan Dinapoli
Dinardo Dineen Dinger Dinges Dingess Dingle Dingler Dingman Dingus Dinh Dinkel Dinkins Dinsmore Dinwiddie Dion
Dionisio Dionne Diorio Dipalma Dipaola Dipaolo Dipasquale Dipietro Direnzo Dirksen Disalvo Disanto Dishman Dishon
Disla Dismuke Dismukes Disney Dison Distefano Dittman Dittmar Dittmer Dittrich Ditullio Dively Divito Dix Dixion
Dixon Dixson Dizon Doak Doan Doane Dobbins Dobbs Dobos Dobson Doby Dockery Dockins Dodd Dodds Dodgen Dodrill Dodson
Doering Doerr Dogan Doggett Doherty Dohrmann Doi Doiron Dolan Dolby Dolce Dolezal Dolin Dollard Dollinger Dolloff
Dolph Dolson Doman Dombroski Dombrowski Domenech Domenico Domingo Domingue Domingues Dominguez Dominick Dominique
Dominquez Dominy Donaghy Donahoe Donahue Donald Donaldson Donalson Donati Donato Donegan Donelson Doner Dones Doney
Dong Donis Donley Donlon Donmoyer Donnell Donnellan Donnelly Donner Donofrio Donoghue Donoho Donohoe Donohue Donovan
Doody Doolan Dooley Doolin Doolittle Dorado Doran Dorazio Dore Dorey Dorfman Dorgan Doria Doris Dority Dorman Dorn
Dorner Dorothy Dorr Dorrance Dorris Dorrough Dorsch Dorsett Dorsey Dortch Dorton Dosch Doss Dossantos Dossett Dostal
Doster Dostie Doten Dotson Dotts Doty Doubleday Doucet Doucette Doud Dougan Dougherty Douglas Douglass Douthit
Douthitt Dover Doverspike Dow Dowd Dowdell Dowden Dowdle Dowe Dowell Dowler Dowling Downard Downes Downey Downie
Doxey Doyal Doyle Doyon Dozier Draeger Drago Dragoo Drakeford Drane Drapeau Draper Draughn Draves Drayer Drayton
Drees Dreher Dreiling Drennan Drennen Drennon Dressler Drewes Drewry Drews Drexler Dreyer Driggers Driggs Drinkard
Drinnon Driscoll Driskell Driskill Drolet Drost Drouin Drozd Drucker Drumheller Drumm Drummond Drury Dryden Drye
Drysdale Du Duarte Dubay Dube Dubin Dubinsky Dublin Dubois Dubose Dubreuil Dubuc Dubuisson Dubuque Duby Duca Ducan
Ducharme Duchene Duchesne Ducker Duckett Ducksworth Duckworth Duclos Ducote Duda Dudash Dudek Dudley Duell Duenas
Duerr Dufault Duffey Duffield Duffin Duffy Dufour Dufrene Dufresne Dugan Dugas Duggan Dugger Duggins Duguay Duhart
Duhon Dulac Dulaney Duley Dulin Dumais Dumas Dummer Dumond Dumont Dunagan Dunavant Dunaway Dunbar Duncan Duncanson
Dundas Dunfee Dunford Dungan Dunham Dunigan Dunkel Dunkelberger Dunkin Dunkle Dunkley Dunklin Dunlap Dunleavy Dunlop
Dunmire Dunmore Dunn Dunnam Dunne Dunneback Dunnigan Dunphy Dunson Dunston Dunton Duong Duplantis Duplessis Dupont
Duppstadt Dupras Dupre Dupree Duprey Dupuis Dupuy Duque Duquette Duran Durand Durant Durante Durazo Durbin Durden
Duren Durfee Durgan Durgin Durham Durkee Durkin Durocher Duron Durr Durrah Durrant Durrett Durso Durst Duryea Dusek
Dussault Dustin Dutcher Dutil Dutra Dutton Duval Duvall Dvorak Dwight Dwyer Dy Dyal Dyar Dyck Dycus Dyess Dykema
Dykstra Dysart Dyson Dziedzic Eaddy Eades Eadie Eads Eady Eagan Eaglin Eaker Eakes Eakin Eakins Ealey Ealy Eames
Eanes Eargle Earhart Earle Earles Earley Earnhardt Earnshaw Earp Earwood Easley Eason Eastburn Eastep Easter
Easterday Easterling Easterwood Eastham Eastin Eastland Eastman Easton Eastridge Eastwood Eatman Eatmon Eaton Ebbert
Ebel Ebeling Eberhard Eberhardt Eberhart Eberle Eberly Ebersole Ebert Ebling Ebner Ebron Eby Eccles Eccleston
Echavarria Echevarria Echeverria Echols Eck Eckard Eckart Eckel Eckenrode Ecker Eckert Eckhardt Eckhart Eckhoff
Eckler Eckles Eckley Ecklund Eckman Eckstein Ector Eddie Eddings Eddington Eddins Eddleman Edelen Edelman Edelson
Edelstein Eden Edenfield Edens Eder Edgar Edgell Edgerly Edgerton Edgin Edgington Edick Edie Edinger Edington Edison
Edler Edman Edmiston Edmond Edmonds Edmondson Edmonson Edmunds Edmundson Edney Edson Edward Edwards Edwin Eells
Efird Egan Egbert Eger Egerton Eggen Egger Eggers Eggert Eggleston Eguia Ehlers Ehlert Ehmann Ehrenberg Ehret
Ehrhardt Ehrhart Ehrlich Eich Eichelberger Eicher Eichhorn Eichler Eichner Eichorn Eickhoff Eide Eidson Eiland Eiler
Eilerman Eilers Eisele Eisen Eisenbarth Eisenberg Eisenhart Eisenhauer Eisenhower Eisenman Eisenstein Eisner Ek
Eklund Ekstrom Elam Elamin Elbert Eldred Eldredge Eldridge Elem Eley Elgin Elia Elias Eliason Elie Elizalde Elizondo
Elkin Elkins Ellard Elledge Ellefson Ellenberger Ellenburg Ellender Eller Ellerbe Ellerbee Ellerman Ellett Ellinger
Ellingson Ellingsworth Ellington Elliot Elliott Ellis Ellison Elliston Ellman Ellsworth Ellwood Ellzey Elmer Elmore
Elrod Elsass Elsberry Elsea Elser Elsey Elsner Elson Elston Elswick Elton Elwell Elwood Ely Elzey Elzy Emanuel
Emberton Embree Embrey Embry Emerick Emerson Emert Emig Emigh Emmanuel Emmer Emmerich Emmert Emmett Emmons Emond
Emory Emrich Emrick Encarnacion Encinas Enciso Enders Endicott Endo Endres Endsley Eng Engebretson Engel Engelbrecht
Engelhardt Engelke Engelman Engelmann Engels Engen Enger England Engle Englehart Engleman Engler Englert Engles
English Englund Engman Engram Engstrom Enloe Enlow Ennis Eno Enoch Enochs Enos Enright Enriquez Ensley Ensminger
Ensor Entrekin Entwistle Enyeart Eoff Epley Epling Epp Epperly Epperson Eppinger Eppler Epps Epstein Erazo Erb Erbe
Erby Erdman Erdmann Erhardt Erhart Ericksen Erickson Ericson Eriksen Erikson Erlandson Erler Ernest Ernst Errico
Erskine Ertel Ertl Ervin Erving Erwin Escalante Escalera Escalona Escamilla Escarcega Escobar Escobedo Escoto
Escudero Eshelman Eshleman Eskew Eskridge Eslick Eslinger Espada Espana Esparza Esperanza Espey Espinal Espino
Espinosa Espinoza Espiritu Espitia Esposito Esqueda Esquer Esquibel Esquivel Essary Esser Essex Estabrook Esteban
Estell Estelle Estep Estepp Esterly Estes Esteves Estevez Estey Estill Estrada Estrella Etchison Etheredge Etheridge
Etherton Ethier Ethridge Etienne Etter Ettinger Etzel Eubank Eubanks Eudy Eugene Euler Eure Eurich Eury Eusebio
Eustice Evan Evangelista Evanoff Evans Evatt Eveland Evelyn Evenson Everett Everette Everhart Everitt Everly Everman
Evers Eversole Everson Evert Everton Everts Evins Ewald Ewalt Ewart Ewell Ewen Ewert Ewing Exley Exline Exum Eyler
Eyman Eyre Ezell Ezzell Fabela Faber Fabian Fabiano Fabre Fabrizio Fabry Facer Fackler Fader Fagan Fager Fagg Fagin
Fagundes Fahey Fahy Failla Fairbairn Fairbank Fairbanks Fairchild Faircloth Fairfax Fairfield Fairley Fairman
Fairweather Faison Fajardo Falbo Falco Falcone Fales Falgoust Falgout Falk Falkner Faller Fallin Fallis Fallon
Falzone Fambro Fancher Fane Fanelli Fankhauser Fann Fannin Fansler Fant Farah Farber Farfan Fargo Farhat Faria
Farias Faris Farish Farkas Farley Farlow Farner Farney Farnham Farnsworth Farnum Farquhar Farr Farrand Farrar Farrel
Farrell Farrelly Farren Farrer Farrier Farrington Farrior Farris Farrish Farwell Fasano Fasching Fason Fassett
Faucett Faucette Faucher Faught Faul Faulk Faulkner Faulks Fauntleroy Faust Fauver Fava Favela Favreau Faw Fawcett
Fay Fazio Feagin Fearn Fearon Feaster Featherston Featherstone Febus Fecteau Feddersen Fedele Feder Federico Fedler
Fedor Feeley Feely Feemster Feeney Fegan Fegley Feher Fehr Feinberg Feingold Feinstein Feist Felan Feld Felder
Feldman Feldmann Feldstein Feldt Felice Feliciano Felipe Felix Feliz Felker Fellers Fellman Felten Feltman Feltner
Felton Felty Fenderson Fendley Feng Fenimore Fenley Fenn Fennell Fenner Fenske Fenster Fenstermacher Fenstermaker
Fenton Fentress Fenwick Ferber Ferdinand Ferebee Fergerson Fergus Ferguson Ferland Fermin Fernald Fernandes
Fernandez Fernando Ferrante Ferranti Ferrara Ferrari Ferraro Ferree Ferreira Ferrel Ferrell Ferrer Ferrera Ferreri
Ferrero Ferretti Ferri Ferrier Ferriera Ferrigno Ferrill Ferrin Ferris Ferro Ferron Fessenden Fessler Festa Fett
Fetterman Fetty Fetzer Feuerstein Fewell Fiala Fichter Fick Fickes Ficklin Fidler Fiecke Fiedler Fielden Fierro
Fierros Fifer Fifield Figaro Figeroa Figgs Figueiredo Figueredo Figueroa Fike Fikes Filer Filip Filkins Fillion
Fillman Fillmore Filson Fimbres Finamore Finan Fincham Fincher Finck Findlay Findley Finkbeiner Finke Finkel
Finkelstein Finkle Finklea Finlay Finlayson Finley Finn Finnegan Finnell Finnerty Finney Finnie Fiore Fiorentino
Fiorillo Fiorini Fiorito Fiqueroa Firestone Firkins Fisch Fischer Fiscus Fishback Fishburn Fishel Fishman Fisk Fiske
Fitch Fitchett Fite Fitts Fitz Fitzgerald Fitzgibbon Fitzgibbons Fitzhugh Fitzmaurice Fitzpatrick Fitzsimmons
Fitzwater Fizer Flach Flagg Flaherty Flanagan Flanary Flanders Flanery Flanigan Flannagan Flannery Flannigan Flatt
Flaugher Flavin Fleckenstein Fleeman Fleener Fleenor Fleetwood Fleischer Fleischman Fleischmann Fleisher Fleishman
Fleming Flemings Flemister Flemming Flesher Fleshman Fletcher Fleury Flickinger Flinchbaugh Flinchum Flinn Flippen
Flippo Flohr Flor Florence Flores Florez Florian Florio Flory Flournoy Floyd Fludd Fluellen Fluharty Fluitt Fluker
Flury Flynn Flynt Flythe Fobbs Focht Fodor Foerster Fogarty Fogel Fogg Fogle Fogleman Foland Folden Foley Folger
Folkerts Folkes Follansbee Follett Follis Follmer Folmar Folse Folsom Foltz Fomby Fonda Fondren Fong Fonseca
Fontaine Fontana Fontanez Fontenot Fontes Fonville Foor Foos Foote Foran Forand Forbes Forbis Forbus Forbush Forcier
Forde Fordham Fordyce Foret Forgey Forgione Forman Forney Forrest Forrester Forsberg Forshee Forsman Forst Forster
Forsyth Forsythe Fortenberry Fortier Fortin Fortino Fortner Fortney Fortson Fortuna Fortunato Fosdick Foshee Foskey
Foss Fossett Fossum Foti Fouch Fouche Foulds Foulk Foulks Fournier Fouse Foushee Foust Fout Foutch Fouts Foutz
Fowler Fowles Fowlkes Foxwell Foxworth Foxx Foy Foye Frady Fraga Fragoso Fraher Frahm Frailey Fraire Fraise Fraizer
Frakes Fraley Fralick Frampton France Frances Francis Francisco Franck Franco Francois Frandsen Franke Frankel
Franklin Franko Franqui Fransen Franson Frantz Franz Franzen Frary Frase Fraser Frasher Frasier Frasure Frates
Frausto Frawley Frazee Frazer Frazier Freas Frechette Fred Freda Frederick Fredericks Fredericksen Frederickson
Fredette Fredrick Fredricks Fredrickson Freeborn Freel Freeland Freels Freese Fregoso Frei Freitag Freitas Fremont
Frenette Frenzel Frerichs Frese Freshour Fresquez Fretwell Freudenburg Freund Frew Frey Frias Frick Fricke Fricks
Friday Friddle Fridley Friedel Friedland Friedlander Friedman Friedrich Friel Frierson Friese Friesen Frigo Friley
Frink Frisbee Frisbie Frisby Frisch Frisina Frison Fritch Frith Fritsch Fritsche Fritts Fritz Fritze Fritzler
Frizzell Froehlich Froelich Froman Fromm Fronk Fruge Fryar Frye Fryman Fu Fuchs Fuell Fuentes Fuentez Fugate Fuhr
Fuhrman Fujii Fujimoto Fujita Fujiwara Fulbright Fulcher Fulford Fulgham Fulghum Fulk Fulkerson Fulks Fullbright
Fullen Fullerton Fullilove Fullmer Fullwood Fulmer Fulmore Fulp Fulton Fults Fultz Funari Funches Funchess
Funderburg Funderburk Funes Fung Funke Funkhouser Fuqua Fuquay Furey Furguson Furlow Furman Furness Furr Furst
Furtado Fusco Fuselier Fuson Fussell Fuston Futch Futral Futrell Fye Fyfe Fyffe Gabaldon Gabbard Gabbert Gabel
Gabler Gabor Gabriel Gabriele Gabrielson Gadberry Gadbois Gadd Gaddis Gaddy Gadsden Gadson Gaertner Gaeta Gaffney
Gafford Gagliano Gagliardi Gagne Gagner Gagnier Gagnon Gahagan Gaier Gailey Gaillard Gainer Gaines Gainey Gaiser
Gaitan Gaither Gajewski Galan Galante Galarza Galasso Galaviz Galaz Galbraith Galbreath Galdamez Galeana Galeano
Galentine Galey Galgano Galiano Galicia Galindo Galipeau Gallager Gallagher Gallaher Gallardo Gallaway Galle Gallego
Gallegos Galles Galli Gallien Galligan Galliher Gallimore Gallion Gallman Gallo Galloway Gallucci Gallup Galusha
Galvan Galvez Galvin Galyean Galyon Gama Gamache Gambill Gambino Gamblin Gamboa Gambrel Gambrell Gamez Gamino
Gammage Gammill Gammon Gammons Gan Gandara Gandhi Gandy Ganey Ganley Gann Gannaway Gannon Gano Gans Gant Gantt Gantz
Ganz Gao Gaona Garay Garbarino Garber Garbutt Garceau Garces Garcia Gard Gardea Gardella Gardenhire Gardin Gardiner
Gardner Garduno Garett Garey Garfield Garfinkel Gargano Garibay Garica Gariepy Garlick Garling Garlock Garlow Garman
Garmon Garneau Garnes Garnett Garney Garnica Garofalo Garon Garoutte Garr Garrard Garraway Garren Garretson Garrett
Garrick Garrido Garriga Garriott Garris Garrity Garrow Garry Garst Garten Garth Gartland Gartman Gartner Garton
Garver Garvey Garvin Garwood Gary Garza Garzon Gasaway Gascon Gaskell Gaskill Gaskin Gaskins Gaspar Gaspard Gasper
Gass Gassaway Gasser Gassett Gast Gastelum Gaston Gately Gatewood Gatlin Gatling Gatson Gatti Gattis Gatto Gatton
Gaudet Gaudette Gaudreau Gauger Gaughan Gaul Gaulke Gault Gauna Gauntt Gause Gauthier Gautier Gautreau Gautreaux
Gauvin Gaver Gavin Gaw Gayden Gaydos Gayhart Gayle Gaylor Gaylord Gayman Gaymon Gaynor Gaytan Gayton Gazaway Gean
Gearhart Gearheart Geary Gebhard Gebhardt Gebhart Gebo Geddes Geddie Geer Geesey Gehl Gehlert Gehring Gehrke Geib
Geibel Geier Geiger Geil Geis Geise Geiser Geisler Geissler Geist Gelb Gelinas Geller Gelman Gemmill Genao Gendreau
Gendron Genest Gengler Geno Genova Genovese Genthner Gentner Geoghegan George Georges Gephart Gerace Geraci Geraghty
Gerald Gerard Gerardi Gerber Gerdes Geren Gerena Gerhard Gerhardt Gerhart Gerke Gerken Gerlach Gerling Germain
German Germann Germano Germany Gerner Gero Gerow Gerrard Gerrish Gerrity Gerry Gerson Gerst Gerstein Gerstner Gerth
Gertz Gervais Gess Gessner Getchell Geter Gethers Gettinger Getty Gettys Getz Geyer Ghee Ghent Gholson Gholston
Giambrone Giancola Giannini Giannone Giardina Gibb Gibbens Gibbs Gibby Giblin Gibney Gibson Giddens Giddings Gideon
Gidley Gidney Gies Giese Giesen Giffin Gifford Giglio Gigliotti Giguere Gil Gilbert Gilbertson Gilbreath Gilchrist
Gilcrease Gildea Gilden Gilder Gildersleeve Gile Giles Gilfillan Gilford Gilham Gilkes Gilkey Gillam Gillan Gilland
Gillard Gilleland Gillen Gillenwater Gilles Gillespie Gillett Gillette Gilley Gillham Gilliam Gillian Gilliard
Gillie Gillies Gilligan Gilliland Gillingham Gillins Gillis Gillison Gillispie Gillman Gillmore Gillock Gillon
Gillum Gilman Gilmartin Gilmer Gilmore Gilmour Gilpin Gilreath Gilroy Gilson Gilstrap Giltner Gilyard Gimbel Gimenez
Ginder Gines Gingerich Gingras Gingrich Ginn Ginsberg Ginsburg Ginter Ginther Ginyard Gioia Giordano Giorgi Gipe
Gipson Giraldo Girard Girardi Giron Girouard Giroux Girton Gish Gisi Gittens Giuliani Giuliano Giunta Giusti Givan
Gladding Gladney Gladson Gladstone Glancy Glanton Glantz Glanz Glasco Glaser Glasgow Glasper Glaspie Glasscock
Glasser Glassman Glatt Glaude Glazer Gleason Gleaton Gleaves Gledhill Gleeson Glenn Glennon Glessner Glick Glickman
Glidden Glidewell Glines Glisson Gloria Gloster Glover Glowacki Gluck Glynn Gobeil Gobel Gober Gobert Gobin Goble
Gochenour Godbey Godbold Godbolt Godbout Godby Goddard Godfrey Godin Godina Godines Godinez Godley Godoy Godsey
Godwin Goebel Goehring Goering Goetsch Goetz Goff Goforth Goggans Goggin Goggins Goguen Goheen Goin Goines Goins
Gokey Goldberg Goldblatt Goldenberg Golder Goldfarb Goldie Golding Goldman Goldner Goldsberry Goldsborough Goldsby
Goldschmidt Goldstein Goldston Goley Golightly Goll Golla Golliday Golson Golston Golub Gomer Gomes Gomez Goncalves
Gonce Gongora Gonsales Gonsalez Gonsalves Gonser Gonyea Gonzalas Gonzales Gonzalez Gooch Goodale Goodall Goode
Goodell Gooden Goodenough Goodfellow Goodin Gooding Goodlett Goodloe Goodlow Goodman Goodner Goodrich Goodridge
Goodrow Goodrum Goodsell Goodson Goodspeed Goodwin Goodwyn Goodyear Googe Goolsby Goosby Gorby Gordan Gorden
Gordillo Gordon Gordy Gorecki Goree Gorham Goris Gorman Gormley Gorney Gorrell Gorski Gorsuch Gorton Gose Gosha
Goshorn Goslin Gosnell Gosney Goss Gossage Gossard Gosselin Gosser Gossett Gossman Gotcher Gothard Goto Gott
Gottfried Gottlieb Gottschalk Goucher Goudeau Goudreau Goudy Gough Gouin Goulart Gould Goulding Goulet Goulette
Gourdine Gourley Gouveia Govan Gove Govea Gow Gowan Gowans Gowdy Gowen Gower Gowin Gowins Goyette Goza Graber
Grabill Grable Grabowski Gracey Gracia Graddy Grado Grady Graf Graff Graffam Grafton Gragg Graham Grahm Graig
Grainger Grajeda Grammer Gran Granado Granados Granata Granberry Granda Grandberry Grande Granderson Grandison
Grandstaff Grandy Graney Granger Granier Granillo Grantham Granville Grasser Grassi Grasso Grasty Gratton Grau
Gravatt Gravelle Gravitt Gravley Gravois Graybeal Graybill Grayson Graziani Graziano Greaney Grear Greathouse
Greaves Greco Greear Greek Greeley Greenawalt Greenbaum Greenberg Greenblatt Greene Greenfield Greenhalgh Greenhaw
Greenhill Greenidge Greenland Greenlaw Greenleaf Greenlee Greenly Greenman Greeno Greenough Greenspan Greenstein
Greenwald Greenwalt Greenway Greenwell Greenwood Greer Greeson Gregg Greggs Grego Gregoire Gregor Gregorio Gregory
Gregson Greig Greiner Grell Gremillion Grenier Grenz Gresham Gress Greve Grice Grider Gridley Grieco Griego Grier
Gries Griffen Griffeth Griffey Griffie Griffing Griffis Griffith Griffiths Grigg Griggs Grigsby Grijalva Grillo
Grimaldi Grimaldo Grimley Grimm Grimmett Grimshaw Grimsley Grindle Grindstaff Griner Grinnell Grinstead Grisby Grise
Grisham Grissett Grissom Griswold Gritton Grizzard Grizzle Groat Groce Groen Groesbeck Groff Grogan Grogg Groh
Groleau Grondin Groner Groover Gros Grose Groseclose Grosse Grossi Grossman Grosso Grosvenor Grosz Grote Groth
Grothe Grover Grubb Grubbs Grube Gruber Grullon Grund Grundy Grunewald Grunwald Gruver Gryder Guadalupe Guajardo
Gualtieri Guan Guardado Guardiola Guarino Guay Gudino Guel Guenther Guercio Guerette Guerin Guernsey Guerra Guerrera
Guerrero Guerrette Guerrier Guerriero Guerro Guertin Guevara Guffey Guglielmo Guice Guida Guidi Guido Guidry
Guilford Guill Guillaume Guillemette Guillen Guillermo Guilliams Guillory Guillot Guillotte Guimond Guin Guinan
Guinn Guinyard Guion Guiterrez Guitierrez Guizar Gula Gulbranson Gulick Gulledge Gullett Gullette Gullickson Gullion
Gullo Gumbs Gumm Gump Gunderson Gundlach Gunn Gunnell Gunnells Gunnels Gunter Gunther Guo Gupta Gupton Gurganus
Gurley Gurrola Gurule Guse Gusman Guss Gustafson Gustavson Gustin Guth Guthridge Guthrie Gutierez Gutierres
Gutierrez Gutirrez Gutman Gutowski Gutshall Guyer Guyette Guynn Guyton Guzik Guzman Guzzi Gwaltney Gwin Gwinn Gwyn
Gwynn Haack Haag Haak Haakenson Haar Haas Haase Haber Haberman Habib Hackbarth Hackett Hackler Hackman Hackworth
Haddad Hadden Haddix Haddox Haden Hadfield Hadley Hadlock Hadnot Hadsell Haefner Hafer Haffey Haffner Hafford Hafley
Hafner Haga Hagaman Hagan Hagans Hagar Hagberg Hage Hagedorn Hageman Hagemann Hagen Hager Hagerman Hagerty Haggerty
Haggins Hagins Hagler Haglund Hagood Hagopian Hagstrom Hague Hagwood Hagy Hahn Hahne Haider Haig Haigh Haight
Haigler Haile Hailey Hain Haines Haire Hairston Haislip Haith Hajek Hakala Halbert Halcomb Haldeman Haley Halfacre
Halford Haliburton Halladay Hallam Hallberg Halle Hallenbeck Haller Hallett Halley Hallford Halliburton Halliday
Halligan Hallinan Hallman Hallock Halloran Halloway Hallowell Hallum Halperin Halpern Halpin Halsey Halstead Halsted
Halterman Haltom Halton Halverson Halvorsen Halvorson Hamada Haman Hamann Hamblen Hambleton Hamblin Hambly Hambrick
Hambright Hamburg Hamby Hamdan Hamed Hamel Hamer Hames Hamid Hamil Hamill Hamilton Hamler Hamlett Hamlin Hamm
Hammack Hamman Hammel Hammes Hammett Hammill Hammitt Hammon Hammond Hammonds Hammons Hammontree Hamner Hamon Hampson
Hampton Hamrick Han Hance Hanchett Hancock Handel Handley Haner Hanes Haney Hanford Hanke Hankerson Hankins
Hankinson Hanley Hanlin Hanlon Hann Hanna Hannaford Hannah Hannan Hanneman Hanner Hanney Hannigan Hanning Hannon
Hannum Hanover Hanrahan Hans Hansard Hanscom Hansel Hansell Hanselman Hansen Hansford Hanshaw Hansley Hanson Happel
Hara Harada Haralson Harari Harbaugh Harber Harbert Harbin Harbison Harbour Harbuck Hardage Hardaway Hardcastle
Hardee Hardeman Hardesty Hardie Hardiman Hardin Harding Hardison Hardman Hardnett Hardrick Hardt Hardwick Harewood
Harford Harger Hargett Hargis Hargrave Hargraves Hargreaves Hargrove Haris Harjo Harker Harkey Harkins Harkleroad
Harkless Harkness Harlan Harland Harless Harley Harlow Harman Harmer Harmon Harn Harnden Harned Harner Harney
Harnish Harnois Haro Harold Harpe Harper Harpole Harpster Harr Harrah Harrel Harrell Harrelson Harrigan Harrill
Harriman Harring Harrington Harris Harrison Harriss Harrod Harrold Harrop Harshaw Harshbarger Harshman Harte Harter
Hartfield Hartford Hartig Hartigan Hartin Harting Hartl Hartle Hartley Hartline Hartman Hartmann Hartness Hartnett
Harton Hartsell Hartsfield Hartshorn Hartsock Hartt Hartung Hartwell Hartwick Hartwig Harty Hartz Hartzell Hartzler
Hartzog Harvard Harvell Harvey Harvill Harville Harvin Harward Harwell Harwood Hasan Hasbrouck Hasegawa Hashimoto
Haskell Haskett Haskin Haskins Haslam Hasler Haslett Hass Hassan Hasse Hassel Hassell Hassen Hassett Hassinger
Hassler Hasson Hastings Haston Hatchell Hatcher Hatchett Hatfield Hathaway Hathcock Hathorn Hatley Hatmaker Hatt
Hattaway Hatten Hatton Hau Haubert Haubrich Hauck Hauer Haug Hauge Haugen Haugh Haughey Haught Haughton Haugland
Hauk Haun Haupt Hauptman Hause Hauser Hausman Hausmann Havard Havel Haveman Havener Haviland Hawbaker Hawes Hawke
Hawkes Hawkin Hawkins Hawkinson Hawley Hawn Haworth Hawthorne Hayashi Haycraft Haydel Hayden Haydon Hayek Hayes
Haygood Hayhurst Hayles Hayman Hayne Hayner Haynes Haynie Hayse Hayslett Hayter Hayton Hayward Haywood Hayworth
Hazelip Hazeltine Hazelton Hazelwood Hazen Hazlett Hazlewood Hazley Hazzard Heacock Headen Headlee Headley Headrick
Heald Healey Healy Heaney Hearn Hearne Hearns Hearon Hearst Heasley Heatherly Heaton Heavener Heavner Hebb Heberling
Hebert Hebron Hecht Heckard Heckart Heckathorn Heckel Hecker Heckman Heckstall Hedberg Hedden Hedgepeth Hedin Hedley
Hedlund Hedman Hedrick Hedstrom Heenan Heer Heeter Heffernan Heffington Heffner Heffron Hefley Heflin Hefner Hegarty
Heger Hegg Hegland Hegwood Heid Heide Heidel Heidelberg Heideman Heiden Heidenreich Heider Heidler Heidrick Heidt
Heier Heikkinen Heil Heilig Heilman Heim Heiman Heimann Heimbach Heims Hein Heine Heineman Heinemann Heinen Heiner
Heinlein Heinrich Heins Heintz Heintzelman Heinz Heise Heiser Heisler Heiss Heitman Heitmann Heitz Heitzman Heldt
Helfer Helfrich Helgeson Helland Hellard Helle Heller Hellickson Hellman Hellwig Helman Helmer Helmers Helmick
Helmuth Helsel Helsley Helstrom Helt Helton Helvey Helwig Helzer Hembree Hemby Hemenway Hemingway Hemmer Hempel
Hemphill Hempstead Henault Hendershot Henderson Hendley Hendon Hendren Hendrick Hendricks Hendrickson Hendrix Hendry
Henegar Heng Henke Henkel Henkle Henley Henline Henn Henne Hennen Hennessey Hennessy Hennig Hennigan Henning
Henninger Hennings Hennis Henrich Henrichs Henricks Henrickson Henriksen Henriques Henriquez Henry Hensel Hensen
Henshaw Henslee Hensler Hensley Henson Hentges Henthorn Henton Hentz Hepburn Hepler Hepner Hepp Heppner Hepworth
Herbert Herbst Herdon Heredia Hereford Hering Herlihy Herman Hermann Hermanson Hermes Hermosillo Hern Hernadez
Hernandes Hernandez Herndon Herod Herold Heroux Herr Herrell Herren Herrera Herrick Herrin Herrington Herrman
Herrmann Herrod Herron Hersey Hersh Hershberger Hershey Hershman Hersom Hertel Hertzler Hertzog Hervey Herz Herzberg
Herzig Herzog Heskett Heslin Hess Hesse Hesser Hession Hessler Hesson Hester Heston Hetherington Hetrick Hettinger
Hetzel Heuer Heuser Hewes Hewett Hewitt Hewlett Heyer Heyman Heyward Heywood Hiatt Hibbard Hibbert Hibbitts Hibbler
Hibbs Hibler Hibner Hice Hickerson Hickle Hicklin Hickman Hickmon Hickok Hickox Hickson Hidalgo Hiebert Hier Hiers
Hiett Higa Higbee Higby Higdon Higgin Higginbotham Higgins Higginson Higgs Higham Highfill Highsmith Hight Hightower
Higley Higuchi Higuera Hilaire Hilario Hilbert Hilburn Hild Hildebrand Hildebrandt Hildebrant Hilderbrand Hildreth
Hile Hileman Hiles Hilger Hillard Hille Hillen Hillenbrand Hiller Hillery Hilley Hillhouse Hilliard Hilliker Hillis
Hillman Hillyard Hillyer Hilson Hiltner Hilton Hilty Hiltz Hilyard Himes Hinch Hinckley Hinderliter Hindle Hindman
Hine Hiner Hinerman Hines Hinkel Hinkle Hinkley Hinkson Hinman Hinnant Hinnenkamp Hinojos Hinojosa Hinrichs Hinshaw
Hinson Hinton Hintz Hintze Hinz Hinze Hiott Hipp Hipple Hipps Hirai Hirano Hird Hirsch Hirschman Hirsh Hirst Hirt
Hirth Hise Hiser Hisey Hisle Hitchcock Hitchens Hite Hites Hitt Hittle Hitz Hively Hix Hixon Hixson Hoadley Hoag
Hoagland Hoaglin Hoang Hoar Hoban Hobart Hobbs Hobdy Hobgood Hobson Hoch Hochstetler Hockaday Hockenberry
Hockensmith Hocker Hockett Hockman Hocutt Hoda Hodapp Hodder Hodgdon Hodge Hodges Hodgin Hodgins Hodgkins Hodgkinson
Hodgson Hodnett Hodo Hodson Hoefer Hoeft Hoehn Hoehne Hoekstra Hoelscher Hoeppner Hoerner Hoerr Hoey Hofer Hoff
Hoffer Hoffman Hoffmann Hofman Hofmann Hofmeister Hofstetter Hoge Hogg Hoggan Hoggard Hoggatt Hogge Hogle Hoglund
Hogsett Hogue Hohl Hohman Hohn Hoisington Hokanson Hoke Holahan Holbert Holbrook Holcomb Holcombe Holden Holderman
Holdren Holdsworth Holeman Holen Holford Holgate Holguin Holifield Holiman Holl Holladay Holland Hollander
Hollandsworth Hollar Hollars Hollaway Holle Holleman Hollen Hollenbeck Holleran Holley Holliday Hollie Hollier
Hollifield Holliman Hollinger Hollingshead Hollingsworth Hollins Hollis Hollister Hollman Holloman Hollomon Hollon
Holloway Hollowell Holm Holman Holmberg Holmes Holmgren Holmquist Holmstrom Holoman Holquin Holscher Holsey
Holsinger Holst Holstein Holston Holt Holte Holter Holthaus Holtman Holton Holts Holtz Holtzclaw Holtzman Holub
Holyfield Holz Holzer Holzman Hom Homan Honaker Honda Honea Honeycutt Hong Honig Honore Hooley Hooper Hoopes Hoose
Hooser Hoosier Hooten Hooton Hoover Hopkin Hopkins Hopp Hoppe Hoppes Hopps Hopson Hopwood Horace Horak Horan Hord
Horgan Horman Hornback Hornbeck Hornberger Hornbuckle Horne Horner Horney Hornick Horning Hornsby Hornung Hornyak
Horowitz Horrell Horrocks Horsley Horst Horstman Horta Horton Horvath Horwitz Hosea Hosey Hosford Hosier Hoskin
Hosking Hoskins Hoskinson Hosler Hosley Hosmer Hoss Hostetler Hostetter Hotaling Hotard Hotchkiss Hott Hottinger Hou
Houchens Houchin Houchins Houck Houde Hough Houghtaling Houghton Houk Houle Houlihan Houpt Houseknecht Housel
Houseman Houser Housley Housman Houston Houtz Hovey Hovis Howard Howarth Howe Howell Howells Hower Howerton Howery
Howes Howey Howie Howington Howland Howle Howlett Howley Howse Howser Howton Howze Hoxie Hoy Hoye Hoyer Hoyle Hoyos
Hoyt Hruby Hruska Hsieh Hsu Hu Hua Huang Huard Hubbard Hubbell Hubbert Hubble Hubbs Huber Hubert Hubler Hubner Huck
Huckabee Huckaby Huckins Hucks Huckstep Hudak Huddleston Hudgens Hudgins Hudkins Hudnall Hudock Hudson Hudspeth
Huebner Huerta Huertas Huey Huffaker Huffer Huffine Huffman Hufford Huffstetler Hufnagel Huges Huggard Huggins Hugh
Hughes Hughey Hughley Hughs Hugley Hugo Huguley Huhn Hui Huie Huitt Huizar Huizenga Hukill Hulbert Hulett Huling
Hulings Hullinger Hulme Huls Hulse Hulsey Hultgren Hultman Hults Humbert Hume Humes Humiston Hummel Hummell Hummer
Humphery Humphrey Humphreys Humphries Hund Hundley Hundt Huneycutt Hungate Hungerford Hunley Hunn Hunnicutt Hunsaker
Hunsberger Hunsicker Hunsinger Hunsucker Huntington Huntley Huntsberry Hunziker Huot Hupp Hurd Hurlbert Hurlburt
Hurlbut Hurley Hurn Hursey Hurst Hurtado Hurtt Hurwitz Husby Huse Huseby Huseman Huskey Huskins Husman Huson Huss
Hussain Hussey Hust Husted Huston Hutchcraft Hutchens Hutcherson Hutcheson Hutchings Hutchins Hutchinson Hutchison
Huth Hutsell Hutson Hutt Hutter Hutto Hutton Hutzler Hux Huynh Hwang Hy Hyatt Hyde Hyden Hyder Hyer Hyland Hyler
Hylton Hyman Hymel Hymes Hynes Hyre Hysell Hyslop Hyun Iacovelli Ibanez Ibarra Ibrahim Icenhour Ickes Iddings Ide
Ifill Iglesias Ignacio Igo Ihle Ikard Ikeda Ikner Iler Iles Iliff Im Imai Iman Imel Imes Imhoff Imler Immel Inabinet
Ince Ines Infante Ingalls Inge Ingersoll Ingham Ingle Ingles Inglis Ingraham Ingram Ingrassia Iniguez Inman Innes
Innis Inniss Inoue Inouye Insley Iorio Ippolito Iraheta Irby Ireland Irick Irion Irish Irizarry Irvin Irvine Irving
Irwin Isaac Isaacs Isaacson Isabel Isabell Isabelle Isakson Isbell Isenberg Isenhour Iser Isham Ishee Ishida Ishii
Ishmael Islam Islas Isler Isley Ismail Isom Ison Israel Isreal Issa Issac Ito Ivers Iversen Iverson Ivery Ives Ivey
Ivie Iwamoto Izaguirre Izquierdo Izzi Izzo Jablonski Jacinto Jackman Jackson Jaco Jacob Jacobi Jacobo Jacobs
Jacobsen Jacobson Jacobus Jacoby Jacques Jacquet Jacquez Jaeger Jaffe Jager Jagger Jaggers Jahn Jahnke Jaime Jaimes
Jain Jakes Jakubowski Jalbert Jamal Jamar Jamerson James Jameson Jamieson Jamison Jan Janda Jandreau Janelle Janes
Jang Janicki Janik Janis Janke Jankowski Janney Janousek Jansen Janson Janssen Jansson Jantz Jantzen January Janus
Janzen Jaques Jaquez Jara Jaramillo Jarboe Jardine Jared Jarman Jarmon Jarnagin Jarnigan Jarosz Jarrard Jarrell
Jarrells Jarrett Jarvis Jasinski Jasmin Jason Jasso Jauregui Javier Jaworski Jayne Jaynes Jean Jeanbaptiste Jeanes
Jeanlouis Jeanpierre Jefcoat Jeffcoat Jefferies Jeffers Jefferson Jeffery Jefferys Jeffords Jeffrey Jeffreys
Jeffries Jelinek Jelks Jellison Jemison Jenkin Jenkins Jenkinson Jenks Jenner Jennette Jenney Jenning Jennings Jenny
Jensen Jenson Jent Jeon Jeppesen Jepsen Jepson Jeremiah Jerez Jernigan Jerome Jerry Jeske Jess Jesse Jessee Jessen
Jessie Jessop Jessup Jesus Jeter Jett Jetton Jewell Jewett Jhonson Jiang Jiles Jim Jimenes Jimenez Jimerson Jiminez
Jimison Jimmerson Jin Jinks Jiron Jo Joachim Jobe Joe Johannes Johannsen Johansen Johanson Johansson Johnsen Johnson
Johnston Johnstone Johson Joines Jolicoeur Jolin Jolley Jolliff Joly Jonas Jone Jones Jonson Joplin Jordahl Jordan
Jorden Jordon Jorge Jorgensen Jorgenson Jose Joseph Josephs Josephson Josey Joshi Joshua Joslin Joslyn Jost Joubert
Jourdan Jowers Jowett Joyal Joyce Joyner Jozwiak Juan Juarez Judah Judd Jude Judkins Judon Judson Judy Juergens
Juhasz Juhl Jules Julia Julian Juliano Julien Julius July Jun June Juneau Jung Junious Junkin Junkins Jurado Jurek
Jurgens Jurgensen Jusino Justin Justiniano Justis Justus Kaba Kaczmarek Kaczor Kadlec Kaelin Kagan Kahl Kahle Kahler
Kahn Kail Kain Kaiser Kalb Kaler Kalinowski Kalish Kallas Kalman Kam Kamen Kamin Kaminski Kaminsky Kamm Kammer
Kammerer Kamp Kamps Kan Kanagy Kane Kaneshiro Kang Kangas Kania Kanode Kanter Kantner Kantor Kao Kapinos Kaplan
Kapoor Kapp Kappel Kappler Karam Karas Karcher Kardos Karg Karim Karl Karle Karlin Karls Karlson Karn Karnes Karns
Karp Karpinski Karr Karst Karsten Kash Kaspar Kasper Kass Kasten Kaster Kastner Kates Kato Katz Katzer Katzman
Kauffman Kaufman Kaufmann Kaul Kautz Kavanagh Kavanaugh Kawakami Kawamoto Kawamura Kay Kaya Kaye Kaylor Kays Kayser
Kea Keach Keagle Kean Keane Keaney Kear Kearney Kearns Kearse Keasler Keating Keaton Keck Kee Keeble Keebler Keech
Keefe Keefer Keegan Keele Keeler Keeley Keely Keenan Keene Keeney Keenum Kees Keese Keesee Keesler Keeter Keeton
Keever Keffer Kegler Kegley Kehl Kehoe Keifer Keil Keim Keiper Keiser Keisler Keister Keith Keithley Keitt Kelch
Kelemen Kell Kellam Kellar Kelleher Kellems Keller Kellerman Kellett Kelley Kelliher Kelling Kellison Kellner
Kellogg Kells Kellum Kelly Kelm Kelsch Kelsey Kelso Kelson Keltner Kelton Kelty Kemble Kemmer Kemmerer Kemp Kemper
Kempf Kempton Kendall Kendig Kendrick Kendricks Kenna Kennamer Kennard Kennedy Kennell Kennelly Kennemer Kenner
Kennerly Kennerson Kennett Kenney Kennison Kennon Kenny Kensinger Kent Kenworthy Kenyon Keo Keough Keown Kephart
Kepler Kepley Kepner Keppler Kerber Kerby Kerfoot Kerley Kerlin Kern Kernan Kerner Kerney Kerns Kerr Kerrick
Kerrigan Kerry Kersey Kersh Kershaw Kershner Kersten Kerstetter Kerwin Kesler Kesner Kessel Kessinger Kessler Kester
Kesterson Kestner Ketcham Ketchum Ketner Ketron Ketter Ketterer Ketterman Kettler Kettner Keyes Keyser Khalil Khang
Khoury Kibbe Kibby Kibler Kidd Kidwell Kiefer Kieffer Kiel Kiely Kier Kiernan Kiesel Kiesling Kifer Kiger Kight
Kiker Kilbourn Kilbourne Kilburn Kilby Kile Kiley Kilgo Kilgore Kilian Kilkenny Killam Killebrew Killeen Killen
Killgore Killian Killinger Killingsworth Killion Killough Kilmer Kilpatrick Kilroy Kim Kimball Kimbell Kimber
Kimberlin Kimberling Kimberly Kimble Kimbler Kimbrel Kimbrell Kimbro Kimbrough Kime Kimes Kimmel Kimmell Kimmons
Kimpel Kimsey Kimura Kimzey Kinard Kincade Kincaid Kincannon Kincer Kinch Kincheloe Kinchen Kindel Kindig Kingery
Kingrey Kingsbury Kingsley Kingston Kinkade Kinkead Kinkel Kinlaw Kinley Kinman Kinnaird Kinnaman Kinnard Kinne
Kinnear Kinner Kinney Kinnison Kinsella Kinser Kinsey Kinsler Kinsley Kinslow Kintzel Kinyon Kinzel Kinzer Kipp
Kirby Kirch Kircher Kirchner Kirchoff Kirk Kirkendall Kirkendoll Kirkham Kirkland Kirkley Kirklin Kirkman
Kirkpatrick Kirksey Kirkwood Kirsch Kirschbaum Kirschner Kirst Kirtley Kirts Kirven Kirwan Kirwin Kiser Kish Kisner
Kissee Kissel Kissell Kissinger Kissner Kist Kistler Kistner Kitchin Kitson Kitt Kittel Kittelson Kitterman
Kittinger Kittle Kittleson Kittredge Kittrell Kitts Kivett Kivi Kizer Klahn Klapper Klar Klass Klassen Klatt Klaus
Klawitter Kleckner Kleiber Kleiman Klein Kleiner Kleinman Kleinschmidt Kleist Klem Klemm Klepper Kleven Klick
Kliebert Klima Klimas Klimek Kline Kling Klingbeil Klingensmith Klinger Klingler Klink Klock Klopp Klos Kloss
Kloster Klosterman Klotz Kluesner Klug Knaack Knapp Knarr Knauer Knauf Knaus Knauss Knecht Kneeland Knepp Knepper
Knickerbocker Knighten Knighton Knipe Knipp Knisely Knisley Knobel Knobloch Knop Knopf Knopp Knorr Knott Knotts
Knouse Knowles Knowlton Knox Knudsen Knudson Knudtson Knupp Knuth Knutsen Knutson Ko Kobayashi Kober Koch Kocher
Koehler Koehn Koeller Koenig Koepke Koepp Koerner Koester Koffler Koga Kogan Koger Kogut Koh Kohan Kohl Kohler
Kohlmeier Kohn Kohr Kohut Kolar Kolb Kollar Koller Kollman Kolodziej Komar Kondo Konen Kong Konieczny Konopka Konrad
Kontos Koo Koon Koonce Koons Koontz Koop Koopman Kopec Kopecky Kopf Kopp Korando Korhonen Korman Korn Kornegay Kort
Korte Korth Kosinski Koski Koss Kost Koster Kostka Kott Kotter Kouba Koury Kovac Kovach Kovacs Koval Kovar Kowal
Kowalczyk Kowaleski Kowalewski Kowalski Kowalsky Kozak Koziol Kozlowski Kraatz Krach Kraemer Kraft Krahn Krajewski
Kraker Kral Krall Kramer Kramp Krantz Kranz Kratochvil Kratz Kratzer Kraus Krause Krauss Kravetz Kravitz Krawczyk
Krebs Krebsbach Kreger Krehbiel Kreider Kreitzer Krell Kremer Kreps Kresge Kress Kretschmer Kreutzer Krick Kriebel
Krieg Krieger Krier Krikorian Kriner Kring Krishnan Kriss Kriz Krizan Kroeger Kroeker Kroger Krogman Krohn Krok Krol
Kroll Krom Kromer Kron Kroon Kropf Kropp Krouse Krout Krueger Krug Kruger Krull Krum Krumm Krupa Krupp Kruse Ku
Kubala Kubiak Kubik Kubota Kucera Kucharski Kuebler Kuehl Kuehn Kuehner Kuester Kugler Kuhl Kuhlman Kuhlmann Kuhn
Kuhns Kuiper Kujawa Kujawski Kukla Kukowski Kula Kulas Kulick Kulik Kulikowski Kull Kulp Kulpa Kumar Kummer Kump
Kung Kunkel Kunkle Kuntz Kunz Kunze Kuo Kurek Kurland Kurt Kurth Kurtz Kurz Kushner Kuss Kuster Kutcher Kutz
Kuykendall Kuzma Kwak Kwan Kwiatkowski Kwok Kwon Kwong Kyle Kyler Kyles Kyser Kyte Kyzer Labadie Labarbera Labarge
Labarre Labat Labbe Labelle Laberge Lablanc Labombard Labonte Laborde Labounty Laboy Labrador Labrecque Labrie
Labriola Lacasse Lacayo Lacefield Lacey Lach Lachance Lachapelle Lacher Laclair Lacombe Lacoste Lacour Lacourse
Lacroix Lacross Ladd Ladner Ladouceur Ladson Ladue Laduke Ladwig Lafave Lafayette Lafever Lafferty Laffey Laffoon
Laflamme Lafleur Lafollette Lafon Lafond Lafontaine Laforce Laforest Laforge Lafortune Lafountain Lafrance
Lafreniere Lagarde Lagasse Lage Lago Lagrange Lagrone Laguerre Laguna Lagunas Lahey Lahman Lahr Lahti Lai Lail Laine
Lainez Laing Laird Lajoie Lakey Lakin Lal Laliberte Lalli Lally Lalonde Lamanna Lamantia Lamar Lamarche Lamarr
Lamarre Lamay Lambdin Lamberson Lambert Lamberth Lamberton Lambeth Lambrecht Lambright Lamere Lamkin Lamm Lammers
Lamon Lamons Lamont Lamontagne Lamoreaux Lamothe Lamotte Lamoureux Lampe Lampert Lamphear Lamphere Lampkin Lampkins
Lampley Lampman Lamson Lamy Lancaster Lanclos Lanctot Landa Landau Landaverde Landeros Landers Landes Landgraf
Landin Landis Landman Lando Landon Landreneau Landreth Landrum Landry Landwehr Landy Laney Lanford Lang Langan
Langdon Lange Langenfeld Langer Langevin Langford Langham Langhorne Langlais Langley Langlinais Langlois Langner
Langston Langton Langworthy Lanham Lanier Lanigan Lankford Lanning Lannon Lanoue Lanphear Lansberry Lansford Lansing
Lantigua Lantz Lanz Lanza Lao Lapan Lape Laperle Lapham Lapierre Lapine Lapinski Laplant Laplante Lapoint Lapointe
Laporte Lapp Lappin Laprade Lara Larabee Laramie Lareau Lares Largent Larimer Larimore Larios Lariviere Larkin
Larkins Larmon Larocca Larocco Laroche Larochelle Larock Larocque Larosa Larose Larrabee Larrick Larrison Larry
Larsen Larson Larue Lary Lasalle Lasater Laseter Lashbrook Lasher Lashley Laskey Lasko Laskowski Lasky Lasley
Lasseter Lassiter Laster Lastra Latham Lathan Lathem Lathrop Latimer Latimore Latorre Latour Latshaw Latson Latta
Lattea Lattimer Lattimore Lattin Lau Laub Laubach Lauber Lauderdale Lauer Laufer Laughlin Laughton Laura Laureano
Laurence Laurent Lauria Laurie Lauritsen Lauritzen Laursen Laury Lauterbach Lauver Laux Lauzon Lavalle Lavallee
Lavalley Lavallie Lavelle Laverdiere Lavergne Laverriere Laverty Lavery Lavigne Lavin Lavine Lavoie Lawerence Lawhon
Lawhorn Lawing Lawler Lawley Lawlor Lawrence Lawrie Lawry Lawson Lawton Lawver Laxson Laxton Layden Layfield Laymon
Layne Layton Lazar Lazaro Lazarus Lazenby Lazo Lazzaro Le Leachman Leadbetter Leahy Leake Leal Leaman Leamon Leanos
Lear Leard Leary Leasure Leath Leatham Leatherman Leatherwood Leavell Leavitt Leavy Lebaron Lebeau Lebel Leber
Leblanc Lebo Leboeuf Lebouef Lebow Lebowitz Lebron Lebrun Lechner Lechuga Leclair Leclaire Leclerc Lecompte Lecroy
Lecuyer Leday Ledbetter Leddy Lederer Lederman Ledesma Ledet Ledezma Ledford Ledgerwood Ledonne Ledoux Leduc Leeder
Leedom Leeds Leedy Leeman Leep Leeper Leeson Leet Lefebre Lefebvre Lefever Lefevre Leff Leffel Leffler Lefkowitz
Lefler Leflore Leftwich Legaspi Legault Legendre Leger Legere Legette Legg Legge Leggett Legler Legrand Legros
Lehman Lehmann Lehn Lehner Lehoux Lehr Lehto Leib Leibowitz Leigh Leighton Leighty Leija Leiker Leininger Leiser
Leishman Leist Leister Leitch Leite Leiter Leith Leitner Leiva Lejeune Leland Leleux Lema Lemaire Lemanski Lemaster
Lemasters Lemay Lembo Lemelin Lemelle Lemen Lemieux Leming Lemire Lemke Lemley Lemmer Lemmon Lemmons Lemoine Lemond
Lemos Lemus Lenahan Lenard Lenhardt Lenhart Lenihan Lenk Lennon Lennox Lenoir Lenox Lentini Lentz Lenz Leo Leon
Leonard Leonardo Leone Leonetti Leong Leonhardt Leopold Leos Lepage Lepe Lepley Lepore Leppert Lerch Lerma Lerman
Lerner Leroux Leroy Lesage Lescarbeau Lesh Lesher Lesko Lesley Leslie Lesniak Lesperance Lessard Lessman Lester
Lesure Letcher Letchworth Letellier Letendre Leto Letourneau Letson Lett Letts Leu Leung Levan Levasseur Levay
Leveille Levell Levenson Leventhal Leveque Leverett Leverette Levesque Levey Levi Levin Levine Levingston Levins
Levinson Levis Levitt Levron Lew Lewallen Lewandowski Lewellen Lewellyn Lewin Lewis Lewter Ley Leyba Leyva Lezama
Lheureux Li Liang Liao Libbey Libby Liberatore Licata Licht Lichtenstein Licon Liddell Liddle Lieb Lieber Lieberman
Liedtke Lietz Liggett Liggins Lightfoot Lightle Lightner Lightsey Lighty Ligon Lile Liles Lilienthal Lillard Liller
Lilley Lillibridge Lillie Lillis Lilly Lim Lima Limbaugh Limon Limones Lin Linares Linch Linck Lincoln Lind Lindahl
Lindamood Lindauer Lindberg Linde Lindell Lindeman Lindemann Lindenberg Linder Linderman Lindgren Lindholm Lindley
Lindner Lindo Lindquist Lindsay Lindsey Lindsley Lindstrom Linebarger Lineberger Lineberry Linehan Ling Lingenfelter
Lingerfelt Lingle Linhart Lininger Linke Linkous Linn Linneman Linney Lino Linquist Linscott Linsey Linsley
Linthicum Linton Lintz Linville Linzy Lipari Lipe Lipford Lipinski Lipman Lipp Lippert Lippincott Lippman Lipps
Lipscomb Lipsey Lipsky Lipson Liptak Lipton Lirette Liriano Lis Lisenby Lish Lisi Lisk Liska Liss Lister Liston
Litchfield Litchford Litherland Littell Litten Litteral Littlefield Littlejohn Littles Littleton Litton Littrell
Litwin Litz Liu Livengood Liverman Livermore Livesay Livingston Livingstone Lizarraga Lizotte Llanas Llanes
Llewellyn Lloyd Loaiza Loar Lobato Lobb Lobdell Lobel Lobo Locascio Loch Locher Lochner Lockard Locke Lockett
Lockhart Locklear Locklin Lockman Lockridge Lockwood Lococo Loden Loder Loe Loeb Loeffler Loehr Loera Loesch Loewen
Lofgren Lofland Loflin Loftin Loftis Lofton Loftus Logan Loggins Logsdon Logston Logue Loh Lohman Lohmann Lohr Lohse
Loiacono Loiselle Loken Lokey Lokken Lollar Lolley Lollis Loman Lomanto Lomas Lomax Lombard Lombardi Lombardo Lomeli
Lomonaco London Londono Lonergan Loney Longacre Longenecker Longfellow Longino Longley Longmire Longmore Longnecker
Longo Longoria Longshore Longstreet Longwell Longworth Lonon Loo Loomis Looper Loos Loper Lopez Lopiccolo Lopp
Lopresti Lor Lora Loranger Loredo Lorence Lorentz Lorentzen Lorenz Lorenzen Lorenzo Loring Lorusso Losada Losee
Losey Losh Losoya Lossett Lott Lotts Lotz Lou Loucks Louden Loudermilk Loudon Lough Loughlin Loughman Loughran Louie
Louis Lounsbury Louque Louviere Lovato Loveday Lovejoy Lovelace Lovelady Loveland Lovell Lovern Lovett Lovette Lovin
Lovingood Lovins Lowder Lowe Lowell Lowenstein Lowenthal Lowery Lowman Lown Lowrance Lowrey Lowrie Lowry Lowther Loy
Loya Loyd Loyola Loza Lozada Lozano Lozier Lozoya Lu Lubin Luby Luc Luca Lucarelli Lucas Lucchesi Luce Lucero Lucey
Lucht Lucia Luciani Luciano Lucien Lucier Lucio Lucius Lucke Luckett Luckey Lucus Lucy Luczak Luczynski Ludlow
Ludlum Ludwick Ludwig Luebbert Luebke Lueck Luedtke Luellen Luera Lueras Luevano Luff Luft Lugo Lui Luis Luiz Lujan
Lukas Lukasik Luke Luken Lukens Luker Lukes Lum Luman Lumley Lummus Lumpkin Lumpkins Lumsden Luna Lunceford Lund
Lundahl Lundberg Lunde Lundeen Lundell Lundgren Lundin Lundquist Lundstrom Lundy Lunn Lunsford Lunt Luo Luoma Luong
Luongo Luper Lupien Lupo Luppino Lupton Lurie Lurry Lusby Luse Lusk Lussier Lustig Luter Luther Luton Lutterman
Luttrell Lutz Luu Lux Luz Ly Lyall Lybarger Lyda Lydick Lydon Lyke Lykes Lykins Lyle Lyles Lyman Lymon Lynam Lynde
Lynn Lyon Lyons Lytle Lytton Maag Maas Mabe Maberry Mabery Mabie Mabon Mabrey Mabry Macaluso Macarthur Macaulay
Macdonald Macdougall Macedo Macek Macey Macfarlane Macgregor Mach Macha Machado Machen Machin Machuca Macias
Maciejewski Maciel Macintyre Mack Mackay Macke Mackenzie Mackey Mackie Mackin Mackinnon Mackley Macklin Macko
Mackowiak Maclachlan Maclean Maclennan Macleod Maclin Macmillan Macneil Macomber Macon Macpherson Macrae Macri Macy
Maday Maddix Maddock Maddocks Maddox Maddux Maddy Mader Madera Madewell Madigan Madison Madore Madrid Madril Madriz
Madruga Madry Madsen Madson Mae Maeda Maes Maestas Maez Maffei Magallanes Magallon Magana Magdaleno Magee Mager
Magers Maggard Maggi Maggio Magill Maginnis Maglio Maglione Magner Magness Magno Magnus Magnuson Magnusson Magoon
Magruder Maguire Magwood Mah Mahaffey Mahan Mahaney Mahar Maher Maheu Maheux Mahle Mahler Mahlum Mahmood Mahmoud
Mahn Mahon Mahone Mahoney Mahony Mahood Mahr Mahurin Mai Maier Maillet Mailloux Maine Maines Mainor Maio Maiorano
Mair Maisch Maisonet Maitland Majeski Majewski Majka Mak Makela Maki Makin Makowski Makris Malan Maland Malave
Malbon Malbrough Malchow Malcolm Malcom Maldanado Maldonado Malec Malek Maley Malick Malik Malin Malinowski Malizia
Malkin Mallery Mallett Mallette Malley Mallon Mallory Malloy Malm Malmberg Malo Malone Maloney Maloof Malott Maloy
Malpass Maltby Malveaux Maly Manahan Manalo Mance Mancha Manchester Mancia Mancilla Mancini Mancino Mancuso Mandel
Mandell Manders Mandeville Mandujano Maner Maness Maney Manfredi Mang Mangan Mangano Mangels Manges Mangino Mangold
Mangrum Mangual Mangum Mangus Manhart Manigault Manion Manis Maniscalco Manjarrez Manke Mankin Manley Mann Manney
Mannings Mannino Mannion Mannix Manno Mannon Manns Manos Manrique Manriquez Manseau Mansell Mansfield Manske Manson
Mansour Mansur Manthey Mantooth Mantz Manuel Manus Manwaring Manz Manzanares Manzano Manzella Manzer Manzi Manzo Mao
Mapes Mapp Mara Marable Marano Maranto Marasco Maravilla Marburger Marbury Marc Marcano Marcantel Marcantonio
Marceau Marcell Marcello Marcellus Marchan Marchand Marchant Marchese Marchetti Marcial Marciano Marcil Marciniak
Marco Marconi Marcos Marcotte Marcoux Marcucci Marcum Marcus Marcy Marden Mardis Marek Marenco Maresca Marez
Margolis Marguez Mariani Mariano Maricle Marie Marin Marinelli Marinello Marinez Maring Marini Marino Marion
Mariotti Maris Mariscal Markel Markert Markey Markham Markland Markle Markley Marko Markovich Markowitz Markowski
Markus Marlar Marlatt Marler Marlette Marley Marlow Marlowe Marmol Marmolejo Marmon Marone Maroney Marotta Marple
Marquardt Marquart Marques Marquette Marquez Marr Marra Marrero Marriner Marriott Marro Marron Marrone Marroquin
Marrs Marrufo Marsala Marsden Marshall Marshburn Marson Marston Marte Martel Martell Martelli Martello Marti Martina
Martindale Martine Martineau Martinek Martinelli Martines Martinez Martino Martinsen Martinson Martone Martucci
Marty Martz Marvin Marx Mary Marzano Mascarenas Mascorro Maselli Maser Mashburn Masi Maske Maskell Massa Massaro
Masse Massenburg Massengale Massengill Massey Massie Massingale Massingill Masson Masten Masterson Mastin Maston
Mastrangelo Mastro Mastroianni Mastropietro Masuda Mata Matamoros Matas Matchett Mateer Mateo Mathena Matheney
Matheny Mather Matherly Matherne Mathers Mathes Matheson Mathew Mathews Mathewson Mathias Mathieson Mathieu Mathis
Mathison Matias Matis Matlock Matney Matos Matranga Matson Matsuda Matsui Matsumoto Matsumura Matta Matteo Mattera
Mattern Matteson Matthes Matthew Matthews Matthias Matthies Mattia Mattice Mattie Mattingly Mattis Mattison Mattoon
Mattos Mattox Mattson Matula Matus Matz Matzke Mauch Mauck Mauer Maughan Mauk Mauldin Maule Maultsby Mauney Maupin
Maurer Maurice Mauricio Mauriello Maurin Mauro Maury Maus Maust Mauzy Maxey Maxfield Maxham Maxie Maxon Maxson
Maxwell Maya Mayberry Maye Mayer Mayers Mayes Mayfield Mayhall Mayhew Mayhugh Mayle Maynard Mayne Maynes Maynor
Mayon Mayorga Mays Maysonet Mayton Mayville Mayweather Maziarz Mazon Mazur Mazurek Mazza Mazzarella Mazzariello
Mazzei Mazzella Mazzeo Mazzola Mazzone Mcabee Mcadams Mcadoo Mcadory Mcafee Mcaleer Mcalexander Mcalister Mcallister
Mcalpin Mcalpine Mcanally Mcandrew Mcandrews Mcanulty Mcardle Mcarthur Mcatee Mcateer Mcauley Mcauliffe Mcavoy
Mcbean Mcbee Mcbeth Mcbrayer Mcbride Mcbroom Mcbryde Mcburney Mccaa Mccabe Mccafferty Mccaffery Mccaffrey Mccain
Mccaleb Mccall Mccalla Mccallister Mccallum Mccammon Mccampbell Mccandless Mccane Mccann Mccants Mccardle Mccargo
Mccarley Mccarroll Mccarron Mccart Mccarter Mccarthy Mccartney Mccarty Mccarver Mccarville Mccary Mccaskill
Mccasland Mccaslin Mccaughey Mccauley Mccaulley Mccaw Mccay Mcchesney Mcchristian Mcclain Mcclaine Mcclanahan
Mcclaran Mcclary Mcclaskey Mcclay Mcclean Mccleary Mccleery Mcclellan Mcclelland Mcclendon Mcclenton Mccleskey
Mcclintock Mcclinton Mccloskey Mccloud Mccloy Mccluney Mcclung Mcclure Mcclurg Mccluskey Mcclusky Mccoin Mccoll
Mccollister Mccollom Mccollough Mccollum Mccomas Mccomb Mccombs Mcconkey Mcconnel Mcconnell Mcconville Mccool Mccord
Mccorkle Mccormack Mccormick Mccorvey Mccourt Mccowan Mccown Mccoy Mccracken Mccrady Mccrae Mccraney Mccranie
Mccrary Mccraw Mccray Mccrea Mccready Mccreary Mccree Mccreery Mccreight Mccright Mccrimmon Mccrory Mccroskey Mccroy
Mccubbin Mccue Mccuen Mccullar Mccullen Mccullers Mcculley Mcculloch Mccullough Mccullum Mccully Mccumber Mccune
Mccurdy Mccurley Mccurry Mccusker Mccutchen Mccutcheon Mcdade Mcdaniel Mcdaniels Mcdavid Mcdavis Mcdermott Mcdevitt
Mcdill Mcdole Mcdonagh Mcdonald Mcdonell Mcdonnell Mcdonough Mcdorman Mcdougal Mcdougald Mcdougall Mcdougle Mcdowell
Mcduff Mcduffie Mcduffy Mceachern Mceachin Mcelfresh Mcelhaney Mcelhannon Mcelligott Mcelrath Mcelroy Mcelvain
Mcelveen Mcelwain Mcelwee Mcelyea Mcentee Mcentire Mcevoy Mcewan Mcewen Mcfadden Mcfaddin Mcfall Mcfalls Mcfarland
Mcfarlane Mcfarlin Mcfarren Mcfee Mcferren Mcgaha Mcgahan Mcgahey Mcgann Mcgarity Mcgarrity Mcgarry Mcgarvey Mcgary
Mcgaugh Mcgaughey Mcgee Mcgeehan Mcgehee Mcgeorge Mcghee Mcghie Mcgill Mcginley Mcginn Mcginnis Mcginty Mcglade
Mcglinchey Mcglone Mcglothin Mcglothlin Mcglown Mcglynn Mcgoldrick Mcgonagle Mcgonigal Mcgough Mcgovern Mcgowan
Mcgowen Mcgown Mcgrady Mcgrail Mcgrane Mcgrath Mcgraw Mcgray Mcgreevy Mcgregor Mcgrew Mcgriff Mcgruder Mcguffin
Mcguigan Mcguinness Mcguire Mcgurk Mchale Mchaney Mchenry Mchone Mchugh Mcilrath Mcilvain Mcilwain Mcinerney Mcinnis
Mcintire Mcintosh Mcinturff Mcintyre Mciver Mcjunkin Mckain Mckamey Mckay Mckean Mckechnie Mckee Mckeehan Mckeel
Mckeen Mckeever Mckellar Mckeller Mckelvey Mckelvy Mckenna Mckenney Mckenny Mckenzie Mckeon Mckeown Mckernan Mckey
Mckibben Mckie Mckillip Mckim Mckinley Mckinney Mckinnie Mckinnis Mckinnon Mckinsey Mckinstry Mckinzie Mckissack
Mckissick Mckittrick Mcknight Mckown Mckoy Mclachlan Mclain Mclamb Mclane Mclaren Mclaughlin Mclaurin Mclawhorn
Mclean Mclellan Mclelland Mclemore Mclendon Mclennan Mcleod Mcleroy Mclin Mcloud Mcloughlin Mcmahan Mcmahon Mcmakin
Mcmanis Mcmann Mcmanus Mcmartin Mcmaster Mcmasters Mcmath Mcmeans Mcmichael Mcmillan Mcmillen Mcmiller Mcmillian
Mcmillin Mcmillion Mcmillon Mcminn Mcmonagle Mcmorris Mcmorrow Mcmullan Mcmullen Mcmullin Mcmunn Mcmurray Mcmurry
Mcmurtry Mcnab Mcnabb Mcnair Mcnally Mcnamara Mcnamee Mcnary Mcnatt Mcnaughton Mcneal Mcnealy Mcnear Mcneel Mcneeley
Mcneely Mcnees Mcneese Mcneil Mcneill Mcneilly Mcnelly Mcnemar Mcnerney Mcnett Mcnew Mcnicholas Mcnichols Mcniel
Mcniff Mcninch Mcnish Mcnitt Mcnulty Mcnutt Mcpeak Mcpeek Mcpeters Mcphail Mcphearson Mcphee Mcpheeters Mcpherson
Mcquade Mcquaid Mcquaig Mcquay Mcqueary Mcqueen Mcquillen Mcquinn Mcquire Mcquiston Mcrae Mcraney Mcray Mcree
Mcreynolds Mcroberts Mcroy Mcshan Mcshane Mcsherry Mcspadden Mcswain Mcsween Mcsweeney Mctaggart Mcvay Mcveigh Mcvey
Mcvicker Mcwhirter Mcwhorter Mcwilliams Meacham Meachum Meade Meader Meador Meadors Meads Meagher Mealey Meaney
Meany Mears Meas Mease Meaux Mebane Mecham Mechling Medders Medeiros Medel Medellin Mederos Medford Medina Medlin
Medlock Medrano Medved Mee Meece Meehan Meekins Meeks Meese Mefford Mehaffey Mehl Mehta Mei Meidinger Meier Meighan
Meigs Meikle Meiners Meinhardt Meis Meisel Meiser Meisner Meissner Meister Mejia Mejias Mejorado Melancon Melanson
Melara Melby Melcher Melchior Melchor Meldrum Mele Melendez Melendrez Melendy Melgar Melgoza Meli Melia Melillo
Melin Mellen Mellinger Mello Mellon Mellor Mellott Melnick Melo Melson Melton Meltzer Melville Melvin Mena Menard
Menchaca Mendel Mendell Mendelsohn Mendelson Mendenhall Mendes Mendez Mendieta Mendiola Mendivil Mendonca Mendosa
Mendoza Menefee Menendez Meneses Meng Mengel Menges Menjivar Menke Mentzer Menzel Menzies Mera Meraz Mercado Merced
Mercedes Mercer Mercier Mercuri Mercurio Meredith Mericle Merida Merideth Meriwether Merkel Merkle Merkley Merle
Merlin Merlino Merlo Mero Merrell Merriam Merrick Merrifield Merrill Merriman Merritt Merriweather Merrow Merryman
Mershon Mertens Mertz Merwin Merz Meserve Messer Messerly Messersmith Messick Messina Messinger Messmer Messner
Mesta Mestas Metcalf Metcalfe Metheny Metivier Metoyer Mettler Metts Metz Metzgar Metzger Metzinger Metzler Meunier
Meurer Meyer Meyerhoff Meyers Meyerson Meza Micco Miceli Michael Michaelis Michaels Michaelson Michalak Michalec
Michalik Michalski Michaud Micheals Michel Michell Michels Michelson Michie Mick Mickel Mickelsen Mickelson Mickens
Mickle Middaugh Middendorf Middlebrook Middlebrooks Middleton Midgett Midgette Midgley Midkiff Miele Mielke Mier
Miera Miers Miesner Mifflin Migliore Mignone Miguel Migues Mijares Mika Mikel Mikell Mikels Mikesell Mikkelsen
Mikkelson Mikula Milam Milan Milano Milardo Milazzo Milbourn Milbrandt Milburn Milewski Miley Milford Milian
Militello Millan Millar Millard Millay Millen Millender Millett Millette Millhouse Millican Milligan Millikan
Milliken Millikin Milliman Millington Milliron Millis Millman Millner Millsap Millsaps Millwood Milne Milner Milo
Milone Milsap Milstead Miltenberger Milton Mimms Mims Mina Minard Minarik Minaya Mincey Minch Minchew Mincy Minder
Ming Mingo Mingus Minich Minick Minier Minix Minjares Minner Minnich Minnick Minnis Minter Minto Minton Mintz
Minyard Mirabal Miraglia Miramontes Miranda Mireles Miron Mishler Mishoe Miskell Misner Mistretta Mitcham Mitchel
Mitchell Mitchem Mitchener Mitchum Mitton Mitzel Miura Mixon Mixson Miyamoto Miyashiro Mize Mizell Mizelle Mizer
Mizrahi Moak Moberg Moberly Mobley Modica Modlin Modzelewski Moe Moeller Moen Moffat Moffatt Moffet Moffett Moffit
Moffitt Mogensen Mohamed Mohammad Mohammed Mohan Mohler Mohn Mohney Mohr Moir Moise Mojica Molden Moldenhauer Moler
Molina Molinar Molinari Molinaro Moline Molino Molitor Moller Mollett Mollica Molloy Molnar Molock Moloney Molter
Molyneux Monaco Monaghan Monahan Monarrez Moncada Moncayo Moncrief Monday Mondor Mondragon Mondy Mone Monette Mong
Monge Mongeau Mongillo Monico Monier Moniz Monn Monnier Monreal Monroe Monroy Monsen Monson Monsour Montag Montagna
Montague Montalto Montalvo Montana Montanez Montano Monte Monteiro Monteith Montejano Monteleone Montelongo
Montemayor Montenegro Montero Montes Montez Montford Montgomery Monti Montiel Montijo Montilla Montoya Monty Montz
Monzo Monzon Moodie Mook Mooney Mooneyham Mooneyhan Moore Moorefield Moorehead Moorer Moores Moorhead Moorhouse
Moorman Mora Morabito Morado Moraga Morais Morales Moralez Moran Morano Morant Moreau Moree Morefield Morehead
Morehouse Moreira Morejon Morel Moreland Morell Morelli Morello Morelock Morena Morency Moreno Moretti Moretz Morey
Morfin Morford Morgan Morganti Morgenstern Mori Moriarty Morillo Morin Moring Moris Morison Morissette Morita Moritz
Mork Morlan Morley Morlock Morman Morneau Morningstar Moro Morones Moroney Moronta Morphis Morrell Morrill Morris
Morrisey Morrison Morriss Morrissette Morrissey Morrone Morse Mort Mortensen Mortenson Mortimer Morton Morvant Mosby
Mosca Moscato Mose Moseley Mosely Moser Moses Mosher Moshier Mosier Moskowitz Mosley Mosqueda Mosquera Mosser
Mossman Mosteller Mota Moten Moton Motsinger Mott Motta Motter Motyka Motz Moua Moulder Moulton Moultrie Moultry
Mounce Mousseau Mouton Mouzon Mowbray Mowen Mowery Mowrer Mowrey Mowry Moxley Moy Moya Moye Moyer Moyers Moyes
Moylan Moyle Moynihan Mozee Mozingo Mraz Mroz Mrozek Mucci Mucha Mudd Mudge Mueller Muench Muhammad Mui Muir
Muirhead Muise Mujica Mukai Mulcahy Mulder Muldoon Muldowney Muldrow Mulford Mulhall Mulhern Mulholland Mulkey
Mullan Mullane Mullaney Mullen Mullenax Mullenix Mullens Muller Mullett Mullican Mulligan Mullikin Mullin Mullinax
Mullings Mullinix Mullins Mullis Mulloy Mulvaney Mulvey Mulvihill Mumaw Mumford Mumm Mumma Mumme Mummert Muncie
Muncy Mund Munday Mundell Munden Mundo Mundt Mundy Munez Munford Munger Mungia Mungo Munguia Muniz Munk Munn Munos
Munoz Munro Munroe Munsch Munsell Munsey Munson Muntz Munz Murakami Murawski Murch Murchison Murdoch Murdock Murff
Murguia Muriel Murillo Murley Muro Murph Murphey Murphree Murphy Murr Murrah Murray Murrell Murrieta Murrill Murrin
Murrow Murry Murtagh Murtha Musgrave Musgrove Musial Musick Musselman Musselwhite Musser Musso Musson Mustafa Musto
Mutch Mutchler Muth Muto Myatt Myer Myers Myerson Myhre Myler Myles Mynatt Myres Myrick Myricks Myrie Myron
Mysliwiec Na Naber Nabors Naccarato Nace Nadeau Nadel Nader Nadler Nagao Nagata Nagel Nagle Nagy Nair Najar Najera
Nakagawa Nakamoto Nakamura Nakano Nakashima Nakasone Nakata Nakayama Nale Nall Nalley Nalls Nally Nam Nance Nanney
Nantz Napier Naples Napoleon Napoles Napoli Napolitano Napper Nappi Naquin Naranjo Narcisse Nardi Nardone Naron
Narron Narvaez Nash Nason Nass Nassar Nasser Natale Natali Nathan Nathaniel Nathanson Natividad Natoli Nau Naughton
Naugle Nault Nauman Naumann Nava Navarette Navarra Navarre Navarrete Navarrette Navarro Navas Nawrocki Naylor
Nazario Neace Neagle Neal Neale Nealey Nealon Nealy Neary Nease Neathery Neaves Nebeker Nebel Neblett Necaise Ned
Nedd Nee Neece Needham Neel Neeley Neely Neer Nees Neese Neff Negrete Negri Negrin Negron Neher Nehls Nehring Neidig
Neihoff Neil Neill Neilsen Neilson Neiman Nell Nelligan Nellis Nelms Nelsen Nelson Nembhard Nemec Nemeth Neri Nero
Nesbit Nesbitt Nesler Nesmith Ness Nester Nestor Neth Netherton Nettleton Netto Netzer Neu Neubauer Neubert Neufeld
Neuhaus Neuman Neumann Nevarez Nevels Nevers Neves Neveu Neville Nevin Nevins Nevitt Nevius Newberg Newbern Newberry
Newbill Newbold Newburn Newbury Newby Newcomb Newcombe Newell Newhall Newhouse Newkirk Newland Newlin Newlon Newman
Newnam Newport Newquist Newsom Newsome Newson Ney Nez Ng Ngo Nguyen Niblett Nicastro Nichol Nicholas Nicholes
Nicholls Nichols Nicholson Nickell Nickelson Nickens Nickerson Nicklas Nickols Nickson Nicodemus Nicol Nicola
Nicolai Nicolas Nicolay Nicoletti Nicoll Nicolosi Nicosia Nida Niebuhr Niehaus Nielsen Nielson Nieman Niemann
Niemeyer Niemi Niemiec Nies Nieto Nieves Nigro Niles Nilles Nilsen Nilson Nilsson Nimmo Nimmons Nims Nino Nipp
Nisbet Nisbett Nishida Nishimura Nissen Nitta Nitz Niven Nivens Nixon Noack Noah Noakes Noblitt Nocera Nock Noda Noe
Noell Noga Noggle Noguera Nokes Nolan Noland Nolasco Nold Nolen Noles Nolette Nolin Noll Nolley Nolte Nolting Noonan
Noone Noonkester Norberg Norby Norcross Nord Nordberg Norden Nordin Nordman Nordquist Nordstrom Noren Norfleet
Noriega Norman Normand Normandin Norred Norrell Norris Norsworthy Northcutt Northington Northrop Northrup Northup
Norton Norvell Norwood Nosal Noto Nott Nottingham Nourse Novack Novak Novello Novick Novoa Novotny Nowacki Nowak
Nowakowski Nowell Nowicki Nowlin Noyes Noyola Nuckolls Nuckols Nugent Nunes Nunez Nunley Nunn Nunnally Nuno Nusbaum
Nuss Nussbaum Nutt Nuttall Nutter Nuzzo Nyberg Nye Nygaard Nyman Nyquist Nystrom Oakes Oakley Oakman Oates Oatman
Obando Obanion Obannon Ober Oberg Oberlander Oberle Oberlin Oberry Oboyle Obregon Obrian Obrien Obryan Obryant
Obyrne Ocallaghan Ocampo Ocasio Occhipinti Oceguera Ochoa Ochs Oconnell Oconner Oconnor Odaniel Oday Oddo Odea
Odegaard Odell Oden Odle Odom Odoms Odonnell Odonoghue Odowd Odriscoll Odum Oehler Oestreich Ofarrell Offutt Ogan
Ogara Ogata Ogawa Ogburn Ogden Ogg Ogilvie Oglesby Ogletree Ogorman Ogrady Ogren Ohagan Ohalloran Ohanlon Ohara
Ohare Ohearn Ohl Ohler Ohlinger Ohlsen Ohlson Ohman Oja Ojeda Okamoto Okane Okeefe Okelley Okelly Olague Olander
Olaughlin Oldaker Oldenburg Oldfield Oldham Olds Olea Oleary Oles Olesen Oleson Olguin Olin Olinger Oliphant Oliva
Olivar Olivares Olivarez Olivarria Olivas Oliveira Oliver Olivera Oliveras Oliveri Oliverio Oliveros Olivier
Olivieri Olivo Oller Ollie Ollis Ollison Olmeda Olmo Olmos Olmstead Olmsted Olney Oloughlin Olsen Olson Olsson
Olszewski Olvera Omalley Oman Omar Omara Omeara Onan Oneal Oneil Oneill Oney Ong Oniel Onken Ono Onorato Ontiveros
Ooten Opitz Opp Oppenheim Oppenheimer Opperman Oquendo Oquinn Oram Orbison Orcutt Ordaz Ordonez Orduna Ordway Orear
Oreilly Orellana Orem Oren Orenstein Oritz Orlandi Orlando Orlowski Orman Orme Ormiston Ormond Ormsby Orndorff
Ornelas Ornellas Orner Orona Oropeza Oros Orosco Orourke Orozco Orr Orrell Orris Orsini Orso Orta Ortega Ortego
Ortegon Ortez Orth Ortis Ortiz Ortner Orton Orvis Orzechowski Osborn Osborne Osbourn Osbourne Osburn Osby Oscar
Osgood Oshaughnessy Oshea Oshields Oshiro Oslund Osman Osmond Osorio Osornio Ospina Ostby Osteen Oster Osterberg
Osterhout Osterman Ostler Ostlund Ostrander Ostrom Ostrow Ostrowski Osullivan Osuna Oswald Oswalt Ota Otani Otero
Otey Otis Otoole Ott Otte Otten Otterson Ottinger Ottley Ottman Otto Otts Otwell Oubre Ouellette Ouimet Ousley Outen
Outland Outten Ouzts Ovalle Ovellette Overbay Overbeck Overbey Overby Overcash Overholt Overlock Overman Overstreet
Overton Overturf Oviedo Owen Owenby Owens Owensby Owings Ownby Owsley Oxendine Oxley Oyama Oyer Oyler Oyola Ozment
Ozuna Pablo Pabon Pabst Pacheco Pacifico Packard Paden Padgett Padilla Padillo Padro Padron Padua Padula Paek Paez
Paff Pafford Pagano Pagel Pahl Paige Paik Paille Paine Paiva Paiz Pak Palacio Palacios Paladino Palafox Palazzolo
Palen Palermo Palko Palladino Palma Palmateer Palmatier Palmer Palmeri Palmieri Palmisano Palmore Palmquist
Palomares Palombo Palomo Palos Palumbo Pam Pancoast Pando Panek Panella Pangburn Pangle Paniagua Pankey Pankratz
Pannell Panos Pantano Pantoja Panton Paolini Paolucci Papadopoulos Pape Papenfuss Papineau Papke Papp Pappalardo
Pappas Paquet Paquette Paquin Parada Paradis Paradiso Paramore Paras Parchman Pardee Pardo Pardue Paredes Paredez
Parente Parenteau Parenti Parham Parikh Paris Parise Pariseau Parisi Parisien Parke Parker Parkerson Parkes Parkey
Parkhill Parkhurst Parkin Parkins Parkinson Parkison Parkman Parlier Parlin Parman Parmelee Parmenter Parmer Parmley
Parnell Paro Parodi Parr Parra Parramore Parrett Parrino Parris Parrish Parrott Parshall Partain Partee Parten
Partida Partin Partington Partlow Parton Parvin Pascal Pascale Pascarella Paschall Paschke Pasco Pascoe Pascua
Pascual Pasillas Pasko Pasley Pasquale Passarelli Passmore Pasternak Pastore Pastrana Patague Patao Patchell Patchen
Patchett Patel Patenaude Paterson Patillo Patin Patino Patnaude Patnode Paton Patricio Patrick Patridge Patt Pattee
Patten Patterson Patti Pattillo Pattison Patton Paugh Paul Pauley Pauli Paulin Pauline Pauling Paulino Paulk Paull
Pauls Paulsen Paulson Paulus Pauly Pautz Pavlik Pavon Pavone Pawlak Pawlowicz Pawlowski Paxson Paxton Payan Payeur
Paylor Payne Paynter Payson Payton Paz Peabody Peachey Peake Pearce Pearcy Pearlman Pearman Pearsall Pearse Pearson
Peart Peaslee Peasley Peavey Peavler Peavy Peay Pecinovsky Peckham Pecor Pecora Pecoraro Peden Pedersen Pederson
Pedigo Pedone Pedraza Pedrick Pedro Pedrosa Pedroza Peebles Peele Peeler Peeples Peery Peet Peete Peets Pegg Pegram
Peguero Pegues Pehrson Peiffer Peil Peirce Pelaez Pelayo Pelchat Pelfrey Pelham Pelkey Pell Pellegrin Pellegrini
Pellegrino Peller Pellerin Pelletier Pelley Pellham Pellot Peloquin Peltier Pelton Peltz Peluso Pelzer Pemberton
Pena Penaflor Penaloza Pendarvis Pendelton Pender Pendergast Pendergraft Pendergrass Pendergrast Pendleton Pendley
Peng Penick Penix Penland Penley Penman Penn Pennebaker Pennell Penner Penney Penniman Pennington Pennock
Pennypacker Penrod Penrose Penson Pentecost Penton Penwell Pepe Pepin Peplinski Pera Perales Peralez Peralta Peraza
Percival Percy Perdomo Perdue Perea Pereda Pereira Perera Peres Pereyra Perez Perham Perillo Perin Perine Perino
Perkins Perkinson Perl Perlman Permenter Perna Pernell Pero Perone Perras Perrault Perreault Perreira Perri Perrigo
Perrin Perrine Perro Perrodin Perron Perrone Perrotta Perry Perryman Persaud Persinger Perz Pesce Pesina Pestana
Pete Peterkin Peterman Petermann Petersen Peterson Petillo Petit Petitt Petree Petrella Petrey Petri Petrick Petrie
Petrillo Petrin Petro Petroff Petrone Petrosky Petrovich Petrucci Petrus Petry Pettaway Pettengill Petterson Pettey
Petti Pettie Petties Pettiford Pettigrew Pettis Pettit Pettitt Pettry Pettus Pettway Pettyjohn Petway Pewitt Peyton
Pfaff Pfannenstiel Pfarr Pfau Pfeffer Pfeifer Pfeiffer Pfeil Pfister Phair Pham Phan Phaneuf Phares Pharr Pharris
Phelan Phelps Phifer Philbrick Philbrook Philip Philippe Philipps Philips Phillip Phillippi Phillips Philpot
Philpott Philson Philyaw Phinney Phipps Phu Phung Piatt Picard Piccirillo Pichardo Piche Pichon Pickard Pickel
Pickell Pickens Pickering Pickett Picklesimer Pickney Pickrell Picou Pidgeon Piedra Piekarski Pieper Piercy Pierre
Pierro Pierson Pietrzak Pietsch Pifer Pigford Pigg Piggott Pigott Piland Pilcher Pilger Pilkington Pilla Pillsbury
Pilon Pimental Pimentel Pina Pinard Pinckney Pincus Pinder Pineda Pinedo Pinegar Pineiro Piner Pinero Pinette
Pinheiro Pinkard Pinkerton Pinkett Pinkham Pinkley Pinkney Pinkston Pinner Pinney Pinnix Pinnock Pino Pinon Pinson
Pinter Pinzon Pio Piotrowski Pipkin Pipkins Pippen Pires Pirkle Pirtle Pisani Pisano Piscitelli Pitchford Pitcock
Pitkin Pitman Pitre Pitt Pittard Pittenger Pitter Pittman Pitts Pittsley Pitzen Pitzer Pixley Pizano Pizarro Pizzo
Placencia Plaisance Plaisted Planas Plante Plascencia Plasencia Plata Plath Platt Platz Pleasants Pledger Plemmons
Plemons Pless Pletcher Ploof Plotkin Plotner Plott Plouffe Plourde Plowden Plumlee Plumley Plummer Plunkett Plyler
Poarch Poch Poche Poe Poff Poffenberger Pogue Pohl Pohlman Pohlmann Poindexter Poirier Poissant Poisson Poitra
Poitras Pokorny Polak Polanco Poland Polansky Polasek Polen Polhemus Poli Policastro Polito Politte Polizzi Polk
Pollack Pollak Pollard Polley Pollitt Pollman Pollock Polly Polson Polster Polston Polzin Pomerleau Pomeroy Pompa
Pompey Pon Ponce Pons Ponte Pontius Ponton Poole Pooler Pooley Poon Poore Poorman Poovey Popa Popham Popovich Popp
Poppe Porath Porcaro Porche Porras Porterfield Portillo Portis Porto Portugal Portwood Posada Posey Posner Pospisil
Postell Postma Poston Poteat Poteet Poteete Pothier Pottorff Potts Potvin Pou Poudrier Pough Poulin Pouliot Poulos
Poulsen Poulson Poulton Pouncy Pounders Powe Powell Powley Poyner Poynor Poynter Poythress Prada Prado Prager Prahl
Prall Prange Prasad Prater Prather Prato Pratt Preas Preble Preciado Predmore Preece Preiss Prejean Premo
Prendergast Prentice Prentiss Prescott Preslar Presler Presley Presnell Pressler Pressley Pressnell Presson
Presswood Preston Prestridge Prestwood Prettyman Preuss Preusser Prevatte Prevost Prewett Prewitt Pribble Prichard
Prichett Prickett Priddy Pridemore Pridgen Pridmore Priebe Priester Priestley Prieto Prill Primeaux Primm Primo
Primus Principato Prindle Prine Pringle Prins Printz Prinz Prioleau Priolo Prisco Pritchard Pritchett Pritt Pritts
Privett Privette Probst Prochaska Prochnow Procopio Procter Proffitt Profitt Prokop Propes Propp Propst Prosperie
Prosser Proto Proulx Prout Prouty Provencal Provencher Provenzano Prowell Pruden Prudhomme Prue Pruett Pruitt
Pruneda Prunty Pryce Pryor Przybylski Pua Pucci Puccio Puckett Puente Puentes Puga Pugh Pugliese Puglisi Pugsley
Puig Pulaski Puleo Pulice Pulido Pullen Pulliam Pullin Pullins Pullman Pullum Puls Pulsifer Pulver Pumphrey Pung
Purcell Purdie Purdom Purdue Purdy Purifoy Purington Purkey Purnell Purpura Pursel Pursell Pursley Purtell Purvis
Puryear Pusey Putman Putnam Putney Putz Pyatt Pyburn Pye Pylant Pyle Pyles Pyne Pyron Quach Quackenbush Quade Qualls
Quam Quan Quandt Quarles Quarterman Quast Quattlebaum Quayle Queener Quellette Querry Quesada Quesenberry
Quesinberry Quevedo Quezada Quigley Quijada Quijano Quiles Quillen Quimby Quin Quincy Quinlan Quinn Quinney Quinones
Quinonez Quint Quintal Quintana Quintanar Quintanilla Quintero Quinto Quinton Quirion Quiroga Quiros Quiroz
Quisenberry Quist Quon Raab Raabe Raap Raasch Rabago Rabb Rabe Raber Rabideau Rabin Rabinowitz Rabon Raby Racette
Rachal Rachel Racine Rackers Rackley Rada Radabaugh Radcliff Radcliffe Radel Rademacher Rader Radford Radke Radley
Radosevich Radtke Rae Rael Rafael Raff Raffa Raffaele Rafferty Raftery Ragan Rager Raggs Ragin Ragland Raglin
Ragsdale Ragusa Rahe Rahm Rahman Rahn Raiford Railey Railsback Raimondi Rainbolt Raine Rainer Raines Rainey
Rainville Raker Rakestraw Rakowski Raleigh Raley Rall Ralls Ralph Ralston Ramage Rambert Rambo Ramer Rameriz Ramey
Raminez Ramires Ramirez Ramm Ramon Ramos Ramsay Ramsdell Ramsey Rana Ranallo Ranck Rancourt Rand Randall Randazzo
Randel Randell Randle Randles Rando Randolph Raney Rangel Ranieri Rankin Rankins Ranney Ransdell Ransome Ranson Rao
Raper Raphael Raposa Raposo Rapoza Rapp Rappaport Rappold Rarick Rasberry Rasch Rasco Rascoe Rascon Rasheed Rashid
Raskin Rasmussen Rasnake Rasnick Rasor Rast Ratchford Ratcliff Ratcliffe Rath Rathbone Rathbun Rathburn Rathjen
Ratley Ratliff Ratner Ratti Ratzlaff Rau Raub Rauch Raulston Rausch Rauscher Rawley Rawlings Rawlins Rawlinson Rawls
Rawson Raya Raybon Rayborn Rayburn Rayes Rayfield Rayford Raygoza Rayl Raymer Raymo Raymond Rayner Raynes Raynor
Rayo Razo Rea Reade Reagan Reagle Reale Reames Reardon Rearick Reasoner Reasor Reaves Reavis Reay Rebello Rebelo
Reber Rech Recinos Recio Reck Recker Reda Redd Reddick Reddin Redding Reddington Reddy Reder Redfern Redfield
Redford Redick Reding Redinger Redington Redman Redmon Redmond Redner Redondo Redrick Redus Redwine Reece Reeder
Reep Rees Reese Reeser Regalado Regan Reger Regina Regis Regner Regnier Rego Rehberg Rehkop Rehm Rehn Reiber Reich
Reichard Reichel Reichenbach Reichert Reichling Reichman Reid Reider Reidy Reif Reiff Reigle Reiley Reilley Reilly
Reily Reimann Reimer Reimers Reina Reinecke Reiner Reinert Reinhard Reinhardt Reinhart Reinhold Reinke Reinoso
Reiser Reisinger Reisman Reiss Reiter Reith Reitz Reliford Relyea Remaley Rembert Remer Remick Remillard Remington
Remley Remmers Rempe Remy Renard Renaud Rencher Renda Rendon Rene Reneau Renfro Renfroe Renfrow Renick Renken Renn
Renner Rennick Rennie Renninger Reno Renshaw Rentas Renteria Rentschler Rentz Renwick Reny Renz Renzi Repass
Replogle Repp Reppert Resch Resendez Resendiz Reser Resh Resler Resnick Ressler Rester Restivo Resto Restrepo Retana
Retherford Rethman Rettig Retzlaff Reulet Reuter Reveles Revell Revilla Revis Rew Rex Rexford Rexroad Rey Reyer
Reyes Reyna Reynold Reynolds Reynosa Reynoso Reza Rezendes Rhames Rheaume Rhee Rhein Rhem Rhine Rhinehart Rhoades
Rhoads Rhode Rhoden Rhodes Rhone Rhoten Rhoton Rhymer Rhyne Rhynes Ribble Ribeiro Ricard Ricardo Ricca Riccardi
Ricci Ricciardi Riccio Ricco Richard Richards Richardson Richarson Richart Richburg Riche Richerson Richert Richeson
Richey Richie Richins Richison Richman Richmond Richter Rickard Rickards Rickel Ricker Rickert Ricketson Rickett
Ricketts Rickey Rickman Rico Riddell Ridder Riddick Ridenhour Ridenour Rideout Ridgeway Ridgley Ridgway Ridinger
Ridings Ridley Ridlon Ridout Riebe Ried Riedel Rieder Riegel Rieger Riehl Riehle Rieke Riel Riemer Riendeau Ries
Riese Riess Rieth Rieves Riffe Riffel Rigby Rigdon Rigg Riggin Riggins Riggio Riggle Riggleman Riggs Rigney Rigsby
Rikard Riker Riley Rimer Rimmer Rinaldi Rincon Rine Rinehart Riner Rines Riney Ringgold Ringler Ringo Rinker Rio
Riojas Riordan Rios Rioux Ripley Rippel Rippeon Rippey Rippy Risch Rish Rishel Risher Risinger Risley Risner Risser
Rist Ristau Rister Rita Ritch Ritchey Ritchie Ritenour Riter Rittenberry Rittenhouse Ritter Ritz Ritzer Ritzman
Rivard Rivas Rivenbark Rivenburg Rivera Riveria Rivero Rives Riviera Rix Rizer Rizo Rizzi Rizzo Rizzuto Ro Roa
Roache Roane Roark Robards Robb Robbins Robbs Roberge Roberson Robert Roberto Roberts Robertson Robeson Robey
Robichaud Robichaux Robicheaux Robidoux Robie Robillard Robinett Robinette Robinson Robison Robitaille Robledo
Robles Robson Roby Roca Rocchio Rocco Rocha Roche Rocheleau Rochelle Rochester Rochon Rockett Rockey Rockwell
Rockwood Rodarte Rodas Rodden Roddy Roden Roder Roderick Rodes Rodger Rodgers Rodiguez Rodkey Rodman Rodney
Rodreguez Rodrigez Rodrigue Rodrigues Rodriguez Rodriguz Rodrique Rodriques Rodriquez Roeder Roehl Roemer Roepke
Roesch Roesler Roesner Roessler Rogalski Rogan Rogerson Rogge Rogowski Rohan Rohde Rohe Rohn Rohr Rohrbach Rohrbaugh
Rohrer Rojas Rojo Roland Roldan Rolen Rolf Rolfe Rolfes Roling Rolland Rolle Rollin Rollings Rollins Rollison
Rollman Rollo Roloff Rolon Rolph Rolston Romain Romano Romanowski Romans Rome Romeo Romer Romero Romig Romine Rommel
Romo Romriell Ronald Ronan Rondeau Rondon Rone Roney Ronk Ronning Ronquillo Rooker Rooney Roop Roos Roosa Roose
Roosevelt Roper Ropp Roque Roquemore Rorie Ros Rosa Rosado Rosales Rosalez Rosamond Rosario Rosas Rosati Rosato
Rosborough Roscoe Roseberry Roseboro Roselli Roseman Rosemond Rosen Rosenau Rosenbalm Rosenbaum Rosenberg
Rosenberger Rosenberry Rosenblatt Rosenbloom Rosenblum Rosendahl Rosenfeld Rosenfield Rosenow Rosenstein Rosenthal
Rosenzweig Roser Rosinski Rosner Rosol Ross Rossbach Rosser Rossetti Rossi Rossignol Rossiter Rossman Rosso Rosson
Rossow Rost Rotella Roten Rotenberry Roth Rothe Rothenberg Rother Rothermel Rothman Rothrock Rothschild Rothstein
Rothwell Rotondo Rotter Rottman Rotz Roudebush Roughton Rouillard Rouleau Roundtree Roundy Rountree Rourke Rousey
Roush Rousseau Roussel Routh Routt Roux Rowan Rowden Rowe Rowell Rowen Rowland Rowlands Rowles Rowlett Rowley Rowse
Rowsey Roy Royall Roybal Royce Roye Royer Royse Royster Royston Rozar Rozek Rozell Rozier Rozzi Ruane Ruano Ruark
Rubalcaba Rubalcava Ruben Rubenstein Rubin Rubino Rubinstein Rubio Ruch Ruck Rucker Ruckman Rucks Rudd Ruddell
Ruddick Rudisill Rudnick Rudnicki Rudolf Rudolph Rudy Rueb Rueda Ruel Ruelas Rueter Ruf Rufener Ruffin Ruffner Rufus
Rugg Ruggeri Ruggerio Ruggieri Ruggiero Ruggles Rugh Ruhl Ruhland Ruis Ruiz Ruley Rumbaugh Rumfelt Rumley Rummel
Rumph Rumsey Rundell Rundle Runge Runion Runk Runkle Runyan Runyon Rupe Rupert Rupp Ruppe Ruppert Rusch Rushford
Rushin Rushton Rusin Rusnak Russ Russel Russell Russo Rustad Rustin Rutan Ruth Rutherford Rutkowski Rutland Rutledge
Rutt Rutter Rutz Ruvalcaba Ruybal Ruyle Ruzicka Ryals Ryan Ryans Ryant Ryba Ryberg Rybicki Ryckman Rydberg Ryder
Ryer Ryerson Ryland Ryles Ryman Rymer Saad Saari Saathoff Saavedra Saba Sabado Sabala Sabatini Sabatino Sabb Sabbagh
Sabella Sabia Sabin Sabine Sabo Sabol Sacco Sachs Sackett Saddler Sadler Sadowski Sae Saechao Saenz Saephan Saez
Saffold Safford Sagers Sailer Sain Saine Sainz Sais Saito Saiz Sak Sakai Sakamoto Sala Saladin Saladino Salamanca
Salamone Salas Salazar Salcedo Salcido Saldana Saldivar Saleem Saleh Salem Salerno Salgado Salguero Saliba Salinas
Saling Salisbury Sallee Salley Salls Salmeron Salmi Salo Salomon Salsbury Salters Saltsman Saltz Saltzman Salvador
Salvaggio Salvato Salvatore Salyer Salyers Salzer Salzman Sam Samaniego Samayoa Samford Sammons Samons Samora
Sampley Sampsell Sampson Sams Samsel Samson Samuel Samuels Samuelson Sanabria Sanborn Sanches Sanchez Sancho
Sandberg Sande Sandefur Sandell Sanden Sanderlin Sanderson Sandford Sandidge Sandifer Sandiford Sandin Sandler
Sandlin Sandor Sandoval Sandoz Sandquist Sandridge Sandstrom Sandusky Sanfilippo Sanford Sanger Sangster Sanjuan
Sankey Sanks Sanmiguel Sanner Sano Sanon Sanor Sanroman Sansbury Sansom Sanson Sansone Sant Santa Santacruz
Santamaria Santana Santangelo Santee Santelli Santiago Santibanez Santillan Santillanes Santillo Santini Santistevan
Santo Santora Santore Santoro Santos Santoyo Santucci Sao Sapien Sapienza Sapp Sappington Sarabia Saragosa Saravia
Sardina Sargeant Sargent Sarmiento Sarno Sarratt Sarris Sartain Sartin Sartor Sartori Sarver Sarvis Sasaki Sasse
Sasser Sasso Satchell Satcher Saterfiel Sather Sato Satter Satterfield Satterlee Satterwhite Sattler Sauceda Saucedo
Sauer Sauers Saul Sauls Saulsberry Saulsbury Saulter Saulters Saum Saunders Sauseda Sauter Sautter Sauve Savala
Savard Savarese Savell Saville Savino Savoie Savoy Sawicki Sawin Sawtelle Saxon Saxton Sayer Sayers Sayler Sayles
Saylor Saylors Sayre Scaggs Scaglione Scaife Scala Scalf Scalia Scalise Scalzo Scanlan Scanlon Scannell Scarberry
Scarborough Scarbrough Scarlett Scarpelli Scates Schaaf Schaal Schacher Schacht Schachter Schade Schaefer Schaeffer
Schafer Schaff Schaffer Schaffner Schaible Schalk Schall Schaller Schank Schantz Schanz Schaper Scharf Scharff
Schatz Schaub Schauer Schechter Scheck Schecter Scheel Scheele Scheer Scheerer Scheetz Scheffel Scheffer Scheffler
Scheiber Scheid Scheidt Schell Scheller Schenck Schendel Schenk Scher Scherer Schermerhorn Scherr Scherrer Scheu
Scheuerman Schewe Schexnayder Schiavo Schiavone Schick Schieber Schiefelbein Schier Schiff Schiffer Schiffman Schild
Schildgen Schilke Schill Schillaci Schiller Schilling Schillinger Schimke Schimmel Schindler Schipper Schippers
Schirmer Schiro Schisler Schlater Schlecht Schlegel Schleicher Schlemmer Schlenker Schlesinger Schley Schlichting
Schloss Schlosser Schlueter Schluter Schmeling Schmeltzer Schmelzer Schmid Schmidt Schmit Schmitt Schmitz Schmoll
Schmucker Schnabel Schneck Schneider Schnell Schnieders Schober Schoch Schock Schoen Schoenberg Schoenberger
Schoenfeld Schoenrock Schofield Scholes Scholl Scholten Scholz Schoolcraft Schooler Schooley Schoonmaker Schoonover
Schorr Schott Schrack Schrader Schram Schramm Schrantz Schrecengost Schreck Schreffler Schreiber Schreier Schreiner
Schrimsher Schriver Schrock Schroder Schroeder Schroer Schroeter Schrom Schroth Schroyer Schrum Schrupp Schubert
Schuck Schueler Schuelke Schueller Schuette Schuetz Schug Schuh Schuldt Schuler Schull Schuller Schulman Schulte
Schultheis Schultz Schulz Schulze Schumacher Schumaker Schuman Schumann Schupp Schurman Schuster Schutt Schutte
Schutz Schuyler Schwab Schwabe Schwager Schwalm Schwan Schwandt Schwanke Schwartz Schwartzkopf Schwarz Schweiger
Schweigert Schweitzer Schweizer Schwenk Schwindt Schwing Scianna Scioneaux Sciortino Scipio Sclafani Scofield
Scoggin Scoggins Scogin Scoles Scott Scotti Scotto Scoville Scranton Scriber Scribner Scriven Scrivner Scroggins
Scroggs Scruggs Scudder Scuderi Scully Scurlock Seaberg Seabolt Seaborn Seabrook Seabrooks Seager Seagle Seagraves
Seale Seales Sealey Sealy Seamans Seamon Seamons Searcy Searfoss Searight Searle Searles Searls Sease Seaton Seaver
Seavey Seawell Seawright Seay Sebastian Sebring Sechrist Secor Secrest Secrist Seda Seddon Seder Sedgwick Sedillo
Sedlacek Sedlak Seeber Seefeldt Seeger Seeley Seelig Seely Seelye Seeman Seery Seese Seevers Segal Segarra Segars
Seger Segers Segovia Segraves Segrest Seguin Segundo Segura Seibel Seiber Seibert Seibold Seidel Seidell Seiden
Seidl Seidman Seifert Seigel Seigler Seiler Seim Seiter Seitz Selby Selden Selders Seldon Selfridge Selig Sellars
Selleck Sellman Sellner Selman Selph Selvidge Selzer Seman Semmes Semon Semple Sena Senecal Senegal Seng Senger Senn
Sensabaugh Senter Senters Seo Sepe Sepeda Sepulveda Sequeira Serafin Sergent Serio Serna Serpa Serra Serrano Serrato
Servais Servantes Servin Sesco Sessoms Sessums Sester Seth Setliff Seto Setser Setzer Severin Severino Severns
Severson Severt Sevier Sevigny Sevilla Sevin Sevy Seward Sewell Seybert Seyler Seymore Seymour Shabazz Shackelford
Shackleford Shaddix Shadle Shadrick Shadwick Shaeffer Shafer Shaffer Shahan Shahid Shain Shakespeare Shamblin Shambo
Shamburger Shanahan Shand Shane Shaner Shankle Shankles Shanklin Shanley Shannon Shapiro Sharber Sharer Sharkey
Sharma Sharon Sharpe Sharpless Sharpton Sharrow Shatley Shattuck Shatzer Shaughnessy Shaul Shaw Shawgo Shawver Shay
Shea Shead Sheaffer Sheahan Shealey Shealy Sheard Shearin Sheats Sheckler Shedd Sheedy Sheehan Sheehy Sheeley Sheely
Sheeran Sheetz Sheffer Sheffey Sheffield Shehan Sheilds Shelburne Shelby Sheldon Sheley Shellenbarger Shellenberger
Shelley Shellhammer Shellman Shelly Shelor Shelton Shen Shenk Shepard Shepardson Sheperd Shephard Shepler Shepley
Sheppard Sher Sherburne Sherer Sheridan Sherk Sherlock Sherman Sherrard Sherrell Sherrer Sherrick Sherrill Sherrod
Sherron Sherrow Sherwin Sherwood Sheth Shetler Shetley Shevlin Shew Shewmaker Shibata Shick Shier Shiffer Shifflett
Shiflet Shiflett Shih Shimer Shimizu Shimkus Shimp Shinault Shingleton Shinkle Shinn Shipe Shipley Shipman Shipp
Shippee Shippy Shipton Shirey Shirley Shiroma Shisler Shive Shively Shives Shoaf Shockey Shockley Shoemake Shoffner
Shofner Sholar Sholes Shoop Shope Shor Shorey Shortridge Shortt Shotts Shotwell Shoults Shoultz Shoup Shouse Shover
Showalter Shrader Shreffler Shreve Shrewsbury Shriner Shriver Shropshire Shrout Shroyer Shrum Shryock Shubert Shue
Shuey Shufelt Shuff Shuford Shugart Shuler Shull Shulman Shultis Shults Shultz Shumake Shumaker Shuman Shumate
Shumpert Shumway Shunk Shupe Shupp Shurtleff Shurtz Shuster Shute Shutt Shuttleworth Shutts Sias Sibert Sibley
Sibrian Sica Sicard Siciliano Sickels Sickler Siddiqui Sidebottom Siders Sidhu Sidney Sidwell Sieben Sieber Siebert
Sieck Siefert Sieg Siegel Siegfried Siegle Siegrist Siemens Siems Sievers Sievert Siewert Sifford Sifuentes Sigala
Sigel Siggers Sigler Sigman Sigmon Sigmund Signorelli Sikes Sikora Sikorski Silas Silber Silberman Silcox Siler
Siller Silva Silvas Silveira Silvera Silverberg Silverman Silvernail Silverstein Silvester Silvestre Silvestri
Silvey Silvia Silvis Simard Simas Simcox Simek Simental Simeon Simeone Simien Simkins Simmerman Simmon Simmonds
Simmons Simms Simoes Simon Simonds Simone Simoneau Simoneaux Simonetti Simons Simonsen Simonson Simonton Simpkins
Simpson Simson Sinclair Sindelar Sinegal Sines Singh Singletary Singleterry Singley Sinha Siniard Sinkler Sinn
Sinnott Sinquefield Sipe Sipes Siple Sipos Sipp Sippel Sipple Sirianni Sirmans Sirois Sisco Sisemore Sisk Sisler
Sisneros Sison Sisson Sisto Sistrunk Sitton Sitz Siu Sizemore Sjogren Skaggs Skalski Skeen Skeens Skeete Skelley
Skelly Skelton Skiba Skidmore Skiles Skillern Skillings Skillman Skinner Skipworth Sklar Skoog Skow Skowronski
Slabaugh Slade Slagle Slama Slane Slape Slaten Slater Slaton Slattery Slaugh Slaven Slavens Slavin Slawson Slayden
Slayton Slemp Sletten Slevin Slezak Slifer Sliger Sligh Slinkard Sliva Sloan Sloane Sloat Slocum Slocumb Slone Sloss
Slovak Slover Slowik Sluder Slusher Sluss Slusser Slye Smail Smalley Smalling Smallwood Smartt Smathers Smead
Smedley Smelcer Smelley Smelser Smeltzer Smidt Smither Smitherman Smithers Smithey Smithson Smithwick Smits Smoak
Smolen Smoot Smotherman Smtih Smyth Smythe Snapp Snavely Snay Snead Snedeker Sneed Snell Sneller Snelling Snelson
Snively Snoddy Snodgrass Snook Snowden Snyder Soares Sobel Socha Soderberg Soderlund Soderquist Sohn Soileau Sok
Sokol Sokoloski Sokolowski Solano Solares Solari Solberg Solem Soler Solis Soliz Sollars Solley Soloman Solomon
Solorio Solorzano Solt Soltero Soltis Soltys Solum Soluri Somers Somerville Sommer Sommerfield Sommers Sommerville
Sones Songer Sonnenberg Sonnier Sonntag Sontag Soo Soper Sorensen Sorenson Sorg Sorge Soria Soriano Sorrell Sorrells
Sorrentino Sosa Sosebee Sotelo Soto Sotomayor Sottile Soucie Soucy Souder Souders Soukup Soule Soules Souliere Sousa
Southall Southard Souther Southerland Southwell Southwick Southwood Southworth Souza Sova Sowa Sowards Sowder
Sowders Sowell Soza Spada Spadafora Spadaro Spady Spaeth Spafford Spagnola Spagnoli Spahn Spahr Spain Spainhour
Spalding Spangler Spann Spano Sparacino Sparano Sparkman Sparling Spataro Spatz Spaulding Speakman Spearman Speas
Specht Speciale Spector Speece Speegle Speer Speers Speicher Speidel Speier Speight Speights Speirs Spellman Spence
Spencer Spengler Spenser Sperber Sperling Spero Sperry Speth Spicer Spicher Spiegel Spieker Spielman Spier Spiers
Spigner Spiker Spillane Spiller Spillers Spillman Spina Spindler Spinella Spinelli Spink Spinks Spinney Spino Spiro
Spitler Spitz Spitzer Spiva Spivey Splawn Spofford Spohn Sponaugle Sponsler Spooner Spotts Spradley Spradlin
Spradling Spraggins Sprague Sprankle Spratt Sprayberry Sprenger Spriggs Springer Springfield Sproles Sproul Sprouse
Sprow Spruell Spruill Spurgeon Spurgin Spurlin Spurling Spurlock Spurr Spurrier Squier Sroka Staab Staats Stabile
Stacey Stach Stackhouse Stackpole Stacy Stadler Stafford Stager Stagg Staggs Stagner Stahl Stahlman Stahly Stahr
Staiger Stainbrook Stalcup Stalder Staley Stallard Stallcup Staller Stallings Stallman Stallworth Stalnaker Stalter
Stalvey Stam Stamand Stamant Stambaugh Stamey Stamm Stamper Stampley Stanback Stanberry Stancil Standifer Standish
Standley Standridge Stanek Stanfield Stanfill Stanford Stang Stange Stanger Stangl Stanhope Stankiewicz Stanko
Stanley Stannard Stansberry Stansbury Stansel Stansell Stansfield Stanton Stapleton Stapp Starbuck Starcher Starke
Starkes Starkey Starks Starkweather Starner Starnes Starns Starr Starrett Staten Statler Staton Staub Stauber Staudt
Stauffer Stavros Stayer Stayton Stclair Stcyr Steadham Steadman Stearn Stearns Stebbins Stec Steck Stecker Stedman
Steele Steelman Steen Steenberg Steere Steeves Stefan Stefanski Steffan Steffen Steffens Steffes Steffey Stegall
Steger Stegman Stegner Stehle Steib Steiger Steigerwald Steil Steimle Steinbach Steinbeck Steinberg Steinberger
Steiner Steinfeldt Steinhauer Steinhoff Steinke Steinman Steinmetz Steitz Stell Stella Steller Stelling Stelly
Stelzer Stembridge Stemple Stenberg Stender Stengel Stenger Stennett Stennis Stenson Stephan Stephen Stephens
Stephenson Stepney Stepp Steptoe Sternberg Sterrett Stetler Stetson Steve Steven Stevens Stevenson Stever Steverson
Steves Steveson Stewart Stgeorge Stgermain Sthilaire Stice Stich Stickel Stickland Stickles Stickley Stickney
Stidham Stiefel Stier Stiffler Stigall Stiger Stillings Stillman Stillwell Stilson Stiltner Stilwell Stimpson
Stimson Stinchcomb Stine Stiner Stines Stingley Stinnett Stinson Stipe Stirling Stites Stith Stitt Stiver Stivers
Stiverson Stjames Stjean Stjohn Stlaurent Stlouis Stmartin Stober Stockard Stockbridge Stockdale Stocker Stockman
Stockstill Stockton Stockwell Stoddard Stoddart Stodola Stoehr Stoffel Stogner Stokely Stokley Stoll Stolle Stoller
Stollings Stolp Stolte Stoltenberg Stoltz Stoltzfus Stolz Stonebraker Stoneburner Stonecipher Stoneking Stoneman
Stonge Stookey Storch Storck Storer Storie Stormer Storrs Stotler Stott Stotts Stoudt Stouffer Stough Stoughton
Stovall Stover Stowe Stowell Stowers Stpeter Stpierre Stracener Strachan Strack Strader Stradford Stradley Strahan
Straka Straker Straley Strandberg Strang Strasser Strate Stratford Stratman Stratton Straub Straube Strauch
Straughter Straus Strausbaugh Strauser Strauss Strawbridge Strawn Strawser Strayer Strayhorn Streater Strecker
Streeter Streetman Streicher Streit Strey Stribling Stricker Strickland Strickler Stricklin Striegel Strine
Stringfellow Stringfield Stringham Striplin Strobel Stroble Strock Stroh Strohl Strohm Strom Stromain Stroman
Stromberg Strope Strother Strothers Stroud Stroup Stroupe Strouse Strout Strouth Strozier Strub Struble Strunk
Struthers Stryker Stthomas Stuart Stubblefield Stubbs Stuber Stucker Stuckey Stucky Studdard Studebaker Studer
Studley Stukes Stull Stults Stultz Stumbaugh Stumpf Stupka Sturdevant Sturdivant Sturges Sturgill Sturgis Sturm
Sturtevant Sturtz Stutes Stutler Stutts Stutz Stutzman Stwart Styer Styers Styons Styron Su Suarez Suazo Suber
Sublett Suda Sudduth Suess Sugarman Sugg Suggs Sugrue Suh Suhr Suiter Suitt Sullins Sullivan Sulzer Sumler Sumlin
Summa Summerall Summerfield Summerford Summerlin Summerville Summey Summitt Summy Sumner Sumpter Sumrall Sumter Sund
Sunday Sundberg Sunde Sunderland Sunderman Sundquist Suniga Sunseri Surace Surber Surette Surles Surratt Surrett
Sussman Sustaita Sutcliffe Suter Sutera Sutherland Sutliff Sutphin Sutter Sutterfield Suttle Suttles Sutton Suzuki
Svendsen Svoboda Swader Swafford Swaim Swanberg Swaney Swanger Swanigan Swann Swanner Swanson Swarey Swart Swarthout
Swarts Swartwood Swartz Swasey Swatzell Swayne Swayze Swearengin Swearingen Sweatman Sweatt Sweeney Sweeny Sweeting
Sweetman Sweetser Sweitzer Swensen Swenson Swett Swick Swider Swiderski Swigart Swiger Swigert Swihart Swilley
Swindell Swinehart Swiney Swinford Swingle Swink Swinney Swinson Swint Swinton Switzer Swoboda Swofford Swoope Swope
Swopes Sy Sydnor Sydow Syed Sykes Sykora Sylva Sylvain Sylvester Sylvestre Sylvia Symonds Symons Synder Syring
Syverson Szabo Szczepanski Szeto Szymanski Ta Tabares Tabarez Tabb Taber Tabor Tabron Tacey Tacker Tackett Tackitt
Tadlock Taff Tafolla Tafoya Taft Tagg Taggart Tague Tai Taing Tait Takacs Takahashi Talamantes Talamantez Talarico
Talavera Talbert Talbot Talbott Talcott Taliaferro Talkington Tallant Tallent Talley Tallman Talmadge Talmage Talton
Talty Tamayo Tamez Tammaro Tamplin Tamura Tanaka Tandy Tanguay Tankersley Tanksley Tann Tannehill Tannenbaum Tanouye
Tansey Tant Tao Taormina Tapia Tapley Taplin Tapp Tappan Tapper Tapscott Tarango Tarantino Taranto Tarbell Tarbox
Tardif Tardiff Tarin Tarkington Tarleton Tarnowski Tarpley Tarr Tarrance Tarrant Tartaglia Tartt Tarver Tarvin
Tarwater Tash Tasker Tassone Tate Tatham Tatman Tatom Tatro Tatum Taub Taube Tauber Taul Taulbee Taunton Tavares
Tavarez Tavera Taveras Tawney Tay Taylor Teachout Teague Teamer Teasley Tebo Tedder Tedeschi Tedesco Tedford Tedrick
Tedrow Teegarden Teel Teeple Teer Teets Tefft Teitelbaum Teixeira Tejada Tejeda Telfer Telford Telles Tellez Tellier
Tellis Tello Temme Templeman Templeton Templin Tena Teneyck Tengan Tennant Tenney Tennison Tennyson Tenorio Tepper
Teran Terhune Terpstra Terranova Terrazas Terrell Terrill Terrio Terrones Terwilliger Tesch Teske Tessier Testa
Testerman Teston Teter Teti Tetrault Tetreault Tetterton Tetzlaff Tevis Tew Tewell Tewksbury Tews Texeira Thach
Thacker Thai Thakkar Thaler Thames Thao Tharp Tharpe Thaxton Thayer Theberge Thedford Theis Theisen Theiss Thelen
Theobald Theodore Theriault Theriot Theroux Therrien Thetford Theus Thibault Thibeau Thibeault Thibodaux Thibodeau
Thibodeaux Thiede Thiel Thiele Thielen Thieme Thierry Thies Thiessen Thigpen Thill Thole Thom Thoma Thoman Thomas
Thomason Thomasson Thome Thompkins Thompson Thoms Thomsen Thomson Thomure Thor Thoreson Thorington Thornberry
Thornburg Thorne Thornell Thornhill Thornley Thornsberry Thornton Thorp Thorpe Thorsen Thorson Thorton Thrailkill
Threadgill Threatt Threet Threlkeld Throckmorton Throop Thurber Thurlow Thurman Thurmond Thurston Tiano Tibbetts
Tibbits Tibbitts Tibbs Tice Tichenor Tidd Tidmore Tidwell Tiedeman Tiedemann Tieman Tiemann Tienda Tiernan Tierney
Tietjen Tieu Tiffany Tift Tiggs Tighe Tigner Tignor Tijerina Tilford Tilghman Tillery Tillett Tilley Tillinghast
Tillis Tillison Tillman Tillmon Tillotson Tillson Tilly Tilman Tilson Tilton Timberlake Timko Timlin Timm Timmer
Timmerman Timmins Timmons Timms Timothy Timpson Tims Tinajero Tinch Tincher Tindal Tindall Tindell Tindle Tineo
Tiner Tingley Tinkham Tinner Tinney Tinnin Tinoco Tinsley Tipler Tippett Tippetts Tippins Tippit Tipps Tipton Tirado
Tirrell Tisdale Titcomb Titsworth Titus Tobar Tober Tobey Tobias Tobin Tobler Tocci Tocco Todaro Todd Toenjes Tokarz
Tolan Toland Tolar Tolbert Toledo Tolentino Toler Toles Toliver Tolle Tollefson Toller Tolleson Tollett Tolley
Tollison Tolliver Tolman Tolson Toma Toman Tomas Tomasek Tomasello Tomasini Tomaszewski Tomberlin Tomblin Tomczak
Tomita Tomko Tomlin Tomlinson Tompkins Tompson Tomson Tondreau Toney Tonkin Tonn Toohey Tooker Tookes Toole Tooley
Toombs Toomer Toomey Toon Toone Toothaker Toothman Tope Topete Topham Topp Topper Topps Torain Torbert Torbett Tores
Torgersen Torgerson Torian Toribio Torkelson Toro Torpey Torrance Torre Torrence Torres Torrey Torrez Toscano Tosh
Tostado Toth Totten Touchet Touchette Toupin Toups Tourville Tousant Tousignant Toussaint Tovar Towe Towell Towery
Towle Towler Towles Towne Towner Townes Townley Townsel Townsend Townsley Townson Towry Toye Tozier Tracey Tracy
Trafton Trahan Traina Trainor Tramel Trammell Tran Transue Trantham Trapani Trapp Trask Traub Trautman Traver
Travers Traverso Travis Trawick Traxler Traylor Traynor Traywick Treacy Treadaway Treadway Treadwell Treanor
Treaster Treece Treese Trego Tregre Treiber Trejo Tremaine Tremblay Trembley Tremper Trent Trepanier Tressler
Trevathan Trevino Trevizo Trew Trexler Triana Triano Tribble Triche Trieu Trigg Triggs Trimble Trimm Trinh Trinidad
Trinkle Triplett Tripp Trisler Tristan Tritt Trivedi Trivett Trivette Troche Trogdon Troia Troiano Trojan
Trojanowski Trollinger Trombetta Trombley Trombly Troncoso Trosclair Trosper Trost Trostle Trotman Trott Trotta
Trottier Troup Troutman Troutt Trowbridge Trowell Trower Troxel Troxell Troxler Troyer Truax Truby Trudeau Trudel
Trudell Trueblood Truelove Trueman Truesdale Truesdell Truett Truex Truitt Trujillo Trull Truluck Truman Trumbauer
Trumble Trumbo Trumbull Truong Trussell Tryon Tsai Tsan Tsang Tsao Tschida Tse Tseng Tso Tsosie Tu Tubb Tubbs Tubman
Tucci Tudor Tuel Tuggle Tull Tuller Tulley Tullis Tullius Tulloch Tullos Tully Tuma Tumlin Tung Tunison Tunnell
Tunney Tunstall Tuohy Tupper Turberville Turbeville Turcios Turco Turcotte Turek Turgeon Turk Turley Turlington
Turman Turmelle Turnage Turnbow Turnbull Turney Turnipseed Turpen Turpin Tusing Tussey Tuten Tuthill Tutino Tutt
Tuttle Twedt Tweedie Twellman Twiford Twigg Twiggs Twilley Twitchell Twitty Twombly Twomey Tworek Twyman Tye Tyer
Tygart Tyler Tylor Tynan Tyndall Tyner Tynes Tyra Tyre Tyree Tyrell Tyrrell Tyson Tyus Uchida Uecker Ugalde Ugarte
Uhl Uhlig Uhlman Uhrich Uhrig Ulibarri Ullery Ullman Ulloa Ullrich Ulm Ulmer Ulrey Ulrich Umana Umberger Umstead
Underdahl Underdown Underhill Underwood Ung Ungar Unger Unknow Unrein Unruh Unzueta Upchurch Updegraff Updike Upham
Upshaw Upson Upton Urbanek Urbaniak Urbano Urbanski Urbina Uren Urena Ureno Uresti Uriarte Urias Uribe Urich Urick
Urquhart Urrutia Ursery Urso Uselton Usrey Usry Ussery Utecht Utley Utsey Utt Utterback Utz Uy Vaca Vacca Vaccaro
Vachon Vaden Vadnais Vail Vaillancourt Valadez Valasquez Valazquez Valderas Valdes Valdez Valdivia Valdovinos
Valencia Valenta Valente Valenti Valentin Valentino Valenza Valenzuela Valera Valerio Valero Valez Valiente
Valladares Valle Vallecillo Vallee Vallejo Vallejos Vallery Valles Valletta Valliere Vallo Vallone Valtierra
Valverde Valvo Vanallen Vanalstyne Vanarsdale Vanatta Vanauken Vanbrunt Vanburen Vanbuskirk Vancamp Vance Vancleave
Vancuren Vandegrift Vandemark Vandenberg Vandenbosch Vanderbilt Vanderburg Vanderford Vandergriff Vandergrift
Vanderhoff Vanderhoof Vanderlinden Vandermark Vandermeer Vanderpool Vandervort Vandeusen Vandeventer Vandine
Vandiver Vandoren Vandorn Vandusen Vandyke Vandyne Vanegas Vanek Vanetten Vanfleet Vang Vangilder Vangorder
Vanguilder Vangundy Vanhook Vanhoose Vanhorn Vanhorne Vanhouten Vanhoy Vankeuren Vankirk Vanlandingham Vanleer
Vanleuven Vanmatre Vanmeter Vann Vannatta Vannatter Vanness Vannest Vannorman Vannote Vannoy Vanostrand Vanover
Vanpelt Vansant Vanscoy Vanscyoc Vansickle Vanslyke Vantassel Vantassell Vanvalkenburg Vanwagenen Vanwagoner Vanwart
Vanwingerden Vanwinkle Vanwormer Vanwyk Vanzandt Vanzant Vaquera Vara Varela Varga Vargas Varghese Vargo Varley
Varnado Varnell Varner Varney Varnum Varona Vartanian Vasbinder Vashon Vasques Vasquez Vass Vassallo Vassar Vasser
Vasta Vath Vaugh Vaughan Vaughn Vaughns Vaught Vautour Vavra Vawter Vaz Vazquez Veach Veale Veasey Veasley Veatch
Veazey Vecchio Vedder Vega Vegas Veiga Veilleux Veillon Veit Veitch Veith Vela Velarde Velasco Velasques Velasquez
Velazco Velazquez Velez Veliz Vella Veloz Veltri Venable Venegas Veney Venezia Veneziano Venne Venters Ventimiglia
Vento Ventura Venuti Ver Vera Veras Vercher Verde Verdi Verdin Verdugo Verduzco Vereen Veres Vergara Verne Verner
Vernon Verret Verrett Verrill Versace Verville Vesely Vesey Vess Vestal Vester Vetter Vezina Viars Viator Vibbert
Vicari Vicente Vicini Vick Vickers Vickery Vicknair Vickrey Victoria Victorino Vida Vidal Vidales Vidaurri Vides
Vidrine Vidrio Vieira Viens Viera Vierra Viers Vigna Vigue Vila Viles Villacorta Villafane Villagomez Villagran
Villalba Villalobos Villalon Villalpando Villalta Villalvazo Villani Villanueva Villanveva Villar Villareal
Villarreal Villasenor Villatoro Villeda Villegas Villela Villeneuve Villicana Villines Viloria Vince Vincent Vinci
Vining Vinson Vinton Vinyard Vinzant Violette Viramontes Virden Virgen Virgil Viruet Visconti Visser Vita Vitagliano
Vitale Vitela Vitiello Vito Vivanco Viveiros Viverette Viveros Vivian Viviano Vivier Vizcaino Vizcarra Vizcarrondo
Vo Voegele Voelker Vogan Vogel Vogelsang Voges Vogl Vogler Vogt Voight Voigt Voit Volk Volker Volkert Volkman Voll
Vollmer Volpe Volz Vonderheide Vong Voorhees Voorhies Voorhis Vorce Voris Vos Vosburg Vosburgh Vose Voss Vossen
Votaw Voth Vowell Voyles Vrabel Vreeland Vrieze Vroman Vrooman Vu Vue Vuong Wachtel Wachter Wada Waddell Waddington
Waddy Wadkins Wadley Wadlington Wadsworth Wafford Wagaman Wagar Wageman Wagener Waggener Waggoner Wagner Wagnon
Wagstaff Waguespack Wahl Waid Wainscott Wainwright Waite Waites Wakefield Wakeland Wakeman Walberg Walborn Walburn
Walch Walck Walcott Walczak Wald Walden Waldman Waldner Waldon Waldorf Waldrep Waldrip Waldron Waldrop Waldroup
Waldrup Waldschmidt Walkins Walko Walkowiak Walkup Walla Wallace Wallach Wallen Waller Walley Wallick Wallin Wallis
Wallner Walmsley Walpole Walrath Walraven Walser Walsh Walson Walston Walt Walter Walters Walthall Walther Waltman
Walton Waltrip Walz Wampler Wamsley Wanamaker Wang Wann Wannamaker Wansley Warburton Wardell Wardlaw Wardle Wardlow
Wardwell Wareham Warf Warfel Warfield Warford Wargo Waring Wark Warkentin Warlick Warman Warne Warner Warnick Warnke
Warnock Warr Warrick Warriner Warrington Warshaw Warthen Warwick Washam Washburn Washington Wasilewski Wasinger
Wasmund Wason Wass Wasser Wasserman Wasson Watanabe Waterbury Waterfield Waterhouse Waterman Watford Wathen Watkin
Watkins Watley Watlington Watson Wattenbarger Watters Watterson Waugh Waxman Waybright Wayland Wayman Waymire Wayne
Wayt Weakley Weast Weatherall Weatherby Weatherford Weatherholt Weatherholtz Weatherly Weathersby Weatherspoon
Weatherwax Webb Webber Weber Webre Webster Wechsler Weddington Weddle Wedeking Wedel Wedgeworth Weeden Weedman
Weekes Weekley Weems Weese Weesner Wegener Wegman Wegner Wehmeyer Wehner Wehr Wehrle Wei Weibel Weide Weideman
Weidler Weidman Weidner Weigand Weigel Weigle Weikel Weil Weiland Weiler Weimer Wein Weinberg Weinberger Weiner
Weingarten Weingartner Weinman Weinmann Weinstein Weinstock Weintraub Weirich Weis Weisberg Weise Weisel Weiser
Weisgerber Weishaar Weisinger Weisman Weisner Weiss Weisser Weissinger Weissman Weist Weisz Weitz Weitzel Weitzman
Welborn Welcher Weldon Weldy Welk Welke Welker Wellborn Welle Weller Welles Welliver Wellman Wellons Welsch Welton
Welty Wendel Wendell Wendland Wendler Wendling Wendt Wenger Wengerd Wenner Wentworth Wentz Wentzel Wenz Wenzel
Werner Wert Werth Werts Wertz Wescott Wesley Wesner Wesolowski Wess Wessel Wessels Wesson Westberg Westberry
Westbrook Westbrooks Westbury Westcott Westendorf Wester Westerberg Westerfield Westerlund Westerman Westervelt
Westfall Westfield Westgate Westhoff Westlake Westley Westling Westlund Westman Westmoreland Weston Westover
Westphal Westra Westrick Wetherbee Wetherby Wetherell Wetherington Wethington Wetmore Wetzel Wetzler Wexler Weyand
Weyandt Weyant Weyer Weymouth Whalen Whaley Whang Wharton Whatley Wheatley Wheaton Wheelock Whelan Whelchel Wheless
Wherry Whetsel Whetzel Whicker Whidden Whiddon Whigham Whipkey Whipple Whisenant Whisenhunt Whisler Whisman Whisnant
Whitacre Whitaker Whitbeck Whitby Whitcher Whitchurch Whitcomb Whiteaker Whited Whitefield Whitehair Whitehead
Whitehill Whitehorn Whitehouse Whitehurst Whiteley Whitely Whiteman Whitesel Whitesell Whiteside Whitesides
Whitfield Whitford Whitham Whitis Whitlatch Whitley Whitlock Whitlow Whitman Whitmarsh Whitmer Whitmire Whitmore
Whitner Whitney Whitsett Whitsitt Whitson Whitt Whittaker Whitted Whittemore Whitten Whittenburg Whittier
Whittingham Whittington Whitton Whitty Whitworth Whobrey Whorley Whorton Whyte Wible Wickersham Wickham Wickline
Wicklund Wickman Wickstrom Wideman Widener Widger Widman Widmer Widner Wiebe Wiechmann Wieczorek Wiedeman Wiedemann
Wiedman Wiegand Wieland Wiens Wier Wiersma Wiese Wiesner Wiest Wigfall Wiggin Wiggins Wigginton Wiggs Wightman
Wigington Wigley Wigton Wike Wilbanks Wilber Wilbert Wilborn Wilbourn Wilbur Wilburn Wilcher Wilcox Wilcoxen
Wilcoxon Wilcoxson Wilczynski Wilde Wilderman Wildermuth Wildes Wildey Wilding Wildman Wiley Wilfong Wilford Wilham
Wilhelm Wilhite Wilhoit Wilhoite Wiliams Wilk Wilke Wilken Wilkens Wilkenson Wilker Wilkerson Wilkes Wilkey Wilkie
Wilkin Wilkins Wilkinson Wilks Willaims Willams Willard Willbanks Willcox Wille Willeford Willems Willer Willet
Willett Willette Willey Willhite William Williams Williamson Willie Williford Willilams Willimas Willingham Willis
Willison Willits Willman Willmon Willms Willner Willoughby Willsey Willson Wilmer Wilmes Wilmore Wilmot Wilmoth
Wilner Wilsey Wilson Wilton Wiltse Wiltshire Wiltz Wimberly Wimbish Wimbley Wimbush Wimer Wimmer Wimsatt Winans
Winborne Winburn Winbush Winchell Winchester Winder Winders Windham Windle Windley Windom Windsor Winebarger
Winebrenner Winegar Winer Winfield Winford Winfree Winfrey Wingard Wingate Wingert Wingerter Winget Wingfield
Wingler Wingo Wingrove Wininger Winkel Winkelman Winkfield Winkle Winkleman Winkler Winkles Winland Winn Winnett
Winnie Winningham Winsett Winship Winslow Winsor Winstead Winston Wint Winton Wireman Wirt Wirth Wirtz Wiseman
Wisener Wishart Wishon Wisner Wisneski Wisniewski Witcher Witek Witham Witherell Witherington Witherspoon Withrow
Witkowski Witman Witmer Witt Witte Witten Wittenberg Witter Wittig Wittman Wittmer Wittrock Witzel Wix Wixom Wixon
Woerner Wofford Wohlers Wohlgemuth Wojciechowski Wojcik Wojtowicz Wolak Wolbert Wolcott Wold Wolfe Wolfenbarger
Wolff Wolfgang Wolfgram Wolfinger Wolford Wolfson Wolk Wolken Woll Wollard Wolski Wolter Wolters Wolverton Womac
Womack Wommack Wong Woodall Woodard Woodberry Woodburn Woodbury Woodby Woodell Woodfin Woodford Woodham Woodhouse
Woodie Woodley Woodmansee Woodring Woodrow Woodruff Woodrum Woodside Woodson Woodward Woodworth Woodyard Woolard
Woolbright Wooldridge Woolery Wooley Woolf Woolfolk Woolford Woolley Woolridge Woolsey Woolum Woolverton Woolwine
Woomer Woosley Wooster Wooten Wooton Wootton Worcester Worden Worley Wormley Worrall Worrell Worsham Worsley Wortham
Worthen Worthey Worthington Worthley Wortman Wotring Wozniak Wray Wrenn Wrigley Wrobel Wroblewski Wroten Wu Wuest
Wulf Wulff Wunder Wunderlich Wunsch Wurm Wurst Wurster Wurth Wyant Wyatt Wyble Wyche Wyckoff Wycoff Wydra Wyer
Wygant Wylie Wyllie Wyman Wymer Wymore Wynkoop Wynn Wynne Wynter Wyrick Wyse Wysocki Wysong Wyss Xavier Xie Xiong Xu
Yaeger Yager Yagi Yale Yamada Yamaguchi Yamamoto Yamasaki Yamashita Yan Yancey Yancy Yandell Yanes Yanez Yang Yantis
Yao Yaple Yarber Yarborough Yarbro Yarbrough Yardley Yarger Yarnall Yarnell Yarrington Yates Yau Yazzie Ybanez
Ybarra Yeager Yearby Yearta Yearwood Yeary Yeater Yeates Yeaton Yedinak Yee Yeh Yeldell Yelle Yellowhair Yelton
Yelverton Yeomans Yepez Yerby Yerger Yerkes Yetman Yetter Yeung Yi Yim Yin Yingling Yingst Yoakum Yockey Yocom Yocum
Yoder Yohe Yohn Yoho Yokley Yokota Yokoyama Yokum Yong Yonker Yoo Yoon Yopp York Yorke Yoshida Yoshioka Yost Yother
Youmans Younan Younce Youngberg Youngblood Youngman Youngquist Youngs Younker Younkin Yount Younts Yousef Yow Yowell
Yu Yuan Yuen Yuhas Yun Yung Yunker Yutzy Yzaguirre Zabala Zabel Zabriskie Zacarias Zacharias Zachary Zachery Zack
Zackery Zager Zahler Zahm Zahn Zahradnik Zajac Zajicek Zak Zakrzewski Zalenski Zaleski Zalewski Zamarripa Zambrana
Zambrano Zamor Zamora Zamorano Zamudio Zanchez Zander Zanders Zane Zang Zank Zapata Zapien Zaragoza Zarate Zartman
Zastrow Zavala Zawacki Zayas Zazueta Zebrowski Zeck Zeh Zehnder Zehner Zehr Zeiger Zeigler Zeiler Zeitler Zeitz
Zelaya Zeledon Zell Zeller Zellers Zellmer Zellner Zeman Zendejas Zeng Zeno Zenon Zeolla Zepeda Zerangue Zerbe
Zeringue Zermeno Zerr Zhang Zhao Zheng Zhou Zhu Zick Zickefoose Ziebarth Ziegler Zielinski Zielke Ziemann Ziemba
Ziemer Zigler Zimmer Zimmerman Zimmermann Zink Zinke Zinn Ziolkowski Zirkle Zito Zoeller Zoll Zoller Zollinger Zook
Zorn Zuber Zubia Zuchowski Zucker Zuckerman Zuehlke Zukowski Zullo Zumwalt Zuniga Zupan Zurcher Zurita Zweifel Zwick
Zwilling Zylstra
"""

# Curated by hand (not generated): common given names and surnames that are also English words, so the
# generated lists above dropped them. A hit on one of these is weak evidence: the de-identifier takes it
# only in a name-shaped context (a capitalised pair mid-sentence, a pair before a verb, or after a cue).
# Clinical words (Iris, Lens, Field, Cherry) and month or modal words (May, June, Will) are left out.
WEAK_GIVEN_NAMES = """
John Maria Mark Tom Frank Jack Bill Bob Rose Grace Harry Don Ken Pat Sue Ray Joy Hope Faith Amber Dawn Ruby Art
Gene Guy Ted Ben Jan Rob Jim Kim Carol Eve Holly Ivy Jade Pearl Daisy Heather Hazel Violet Olive Penny Sandy Rusty
Bud Chuck Dick Drew Earl Jerry Matt Max Nick Rich Rod Stan Wade Warren Sherry Ginger Misty Summer Autumn April
Charity Patience Mercy Dolly Lily Opal Jasmine Angel Christian Dean Grant Hunter Lance Miles Norm Rex Sonny Rocky
Bert Bobby Tommy Billy Jimmy Johnny Eugene Gary Mike Pete Phil Will Willy Roy Bruce Dale Glen Glenn Lee Joe Sally
Molly Polly Peggy Betty Kitty Bonnie Candy Crystal Precious Ebony Sterling Chase Cliff Clay Wren Robin Jay Sky
"""
WEAK_SURNAMES = """
Smith Brown Miller White Lee King Hall Young Baker Hill Cook Wood Green Wright Long Price Bell Gray Grey Ward Reed
Rice Stone Hunt Black Fox Rose Lane Park Ford Mason Carpenter Porter Hunter Fisher Butler Barnes Sanders Perry
Ross Howard Bishop Marsh Webb Wells West Banks Day Bush Burns Hart Little Sharp Crane Page Knight Walker Turner
Parker Carter Cooper Fletcher Shepherd Dean Gardner Weaver Spencer Tucker Webster Potter Glass Frost Snow Moody
Moon Bird Swan Wolf Lamb Booth Grant Hood Jordan Mills Woods Holland Rich Savage Bond Gill Love Cross Waters
Rivers Church Chase Cash Salmon Pike Fry Steel Stern Strong Sweet Tanner Thatcher Wise Noble Goodman Freeman
Brand Pope Major Friend Lord Bacon Cole Coleman Keys Small Short Buck Bull Stark Poole Read Fields Gold Golden
Brewer Miner Glover Hayes Drake Hawk Hawkins Nash Mayo Fowler Archer Dyer Hardy Walsh Cox Wells Jay Robin Gates
"""
