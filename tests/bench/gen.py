#!/usr/bin/env python3
"""Generate a synthetic news corpus for the newsgraph benchmark.

    gen.py --mb 10 --out DIR [--seed N] [--jsonl]

Writes about MB megabytes (10^6 bytes) of articles into DIR: many *.txt files
sharded into subfolders of 1000 (DIR/00000/000000.txt, ...), or with --jsonl one
file DIR/corpus.jsonl of {"id","url","date","source","title","text"} records.

The output depends only on the seed and the size: the same seed gives the same
bytes, and a smaller corpus is a prefix of a larger one. The articles imitate the
styles of several news outlets (datelines, reprint headers, boilerplate lines)
and talk about summits, sessions, talks and visits of a population of people,
countries, cities and organizations.  New people keep appearing as the corpus
grows (officials are replaced, new deputies, envoys, lawmakers and analysts are
quoted) while a few leaders are mentioned very often, so the graph grows the way
a real news graph does.  Standard library only.
"""

import argparse
import json
import os
import random
import sys
from datetime import date, timedelta

# ------------------------------------------------------------------ data
# Country : capital : demonym : region of its personal names.
COUNTRIES = """
Afghanistan:Kabul:Afghan:ir Albania:Tirana:Albanian:we Algeria:Algiers:Algerian:ar
Andorra:Andorra la Vella:Andorran:la Angola:Luanda:Angolan:af Argentina:Buenos Aires:Argentine:la
Armenia:Yerevan:Armenian:ca Australia:Canberra:Australian:we Austria:Vienna:Austrian:we
Azerbaijan:Baku:Azerbaijani:ca Bahamas:Nassau:Bahamian:we Bahrain:Manama:Bahraini:ar
Bangladesh:Dhaka:Bangladeshi:sa Barbados:Bridgetown:Barbadian:we Belarus:Minsk:Belarusian:sl
Belgium:Brussels:Belgian:we Belize:Belmopan:Belizean:la Benin:Porto-Novo:Beninese:af
Bhutan:Thimphu:Bhutanese:sa Bolivia:La Paz:Bolivian:la Bosnia and Herzegovina:Sarajevo:Bosnian:sl
Botswana:Gaborone:Botswanan:af Brazil:Brasilia:Brazilian:la Brunei:Bandar Seri Begawan:Bruneian:se
Bulgaria:Sofia:Bulgarian:sl Burkina Faso:Ouagadougou:Burkinabe:af Burundi:Gitega:Burundian:af
Cambodia:Phnom Penh:Cambodian:se Cameroon:Yaounde:Cameroonian:af Canada:Ottawa:Canadian:we
Cape Verde:Praia:Cape Verdean:la Central African Republic:Bangui:Central African:af Chad:N'Djamena:Chadian:af
Chile:Santiago:Chilean:la China:Beijing:Chinese:cn Colombia:Bogota:Colombian:la
Comoros:Moroni:Comorian:ar Congo:Brazzaville:Congolese:af Costa Rica:San Jose:Costa Rican:la
Croatia:Zagreb:Croatian:sl Cuba:Havana:Cuban:la Cyprus:Nicosia:Cypriot:we
Czech Republic:Prague:Czech:sl Denmark:Copenhagen:Danish:no Djibouti:Djibouti:Djiboutian:ar
Dominican Republic:Santo Domingo:Dominican:la Ecuador:Quito:Ecuadorian:la Egypt:Cairo:Egyptian:ar
El Salvador:San Salvador:Salvadoran:la Equatorial Guinea:Malabo:Equatoguinean:af Eritrea:Asmara:Eritrean:af
Estonia:Tallinn:Estonian:no Eswatini:Mbabane:Swazi:af Ethiopia:Addis Ababa:Ethiopian:af
Fiji:Suva:Fijian:se Finland:Helsinki:Finnish:no France:Paris:French:we
Gabon:Libreville:Gabonese:af Gambia:Banjul:Gambian:af Georgia:Tbilisi:Georgian:ca
Germany:Berlin:German:we Ghana:Accra:Ghanaian:af Greece:Athens:Greek:we
Guatemala:Guatemala City:Guatemalan:la Guinea:Conakry:Guinean:af Guinea-Bissau:Bissau:Bissau-Guinean:af
Guyana:Georgetown:Guyanese:we Haiti:Port-au-Prince:Haitian:la Honduras:Tegucigalpa:Honduran:la
Hungary:Budapest:Hungarian:sl Iceland:Reykjavik:Icelandic:no India:New Delhi:Indian:sa
Indonesia:Jakarta:Indonesian:se Iran:Tehran:Iranian:ir Iraq:Baghdad:Iraqi:ar
Ireland:Dublin:Irish:we Israel:Jerusalem:Israeli:we Italy:Rome:Italian:we
Ivory Coast:Yamoussoukro:Ivorian:af Jamaica:Kingston:Jamaican:we Japan:Tokyo:Japanese:ea
Jordan:Amman:Jordanian:ar Kazakhstan:Astana:Kazakh:ca Kenya:Nairobi:Kenyan:af
Kiribati:Tarawa:I-Kiribati:se Kosovo:Pristina:Kosovar:we Kuwait:Kuwait City:Kuwaiti:ar
Kyrgyzstan:Bishkek:Kyrgyz:ca Laos:Vientiane:Lao:se Latvia:Riga:Latvian:no
Lebanon:Beirut:Lebanese:ar Lesotho:Maseru:Basotho:af Liberia:Monrovia:Liberian:af
Libya:Tripoli:Libyan:ar Liechtenstein:Vaduz:Liechtensteiner:we Lithuania:Vilnius:Lithuanian:no
Luxembourg:Luxembourg:Luxembourgish:we Madagascar:Antananarivo:Malagasy:af Malawi:Lilongwe:Malawian:af
Malaysia:Kuala Lumpur:Malaysian:se Maldives:Male:Maldivian:sa Mali:Bamako:Malian:af
Malta:Valletta:Maltese:we Mauritania:Nouakchott:Mauritanian:ar Mauritius:Port Louis:Mauritian:sa
Mexico:Mexico City:Mexican:la Moldova:Chisinau:Moldovan:sl Monaco:Monaco:Monegasque:we
Mongolia:Ulaanbaatar:Mongolian:ca Montenegro:Podgorica:Montenegrin:sl Morocco:Rabat:Moroccan:ar
Mozambique:Maputo:Mozambican:af Myanmar:Naypyidaw:Myanmar:se Namibia:Windhoek:Namibian:af
Nepal:Kathmandu:Nepali:sa Netherlands:Amsterdam:Dutch:we New Zealand:Wellington:New Zealand:we
Nicaragua:Managua:Nicaraguan:la Niger:Niamey:Nigerien:af Nigeria:Abuja:Nigerian:af
North Korea:Pyongyang:North Korean:ea North Macedonia:Skopje:Macedonian:sl Norway:Oslo:Norwegian:no
Oman:Muscat:Omani:ar Pakistan:Islamabad:Pakistani:sa Palestine:Ramallah:Palestinian:ar
Panama:Panama City:Panamanian:la Papua New Guinea:Port Moresby:Papua New Guinean:se Paraguay:Asuncion:Paraguayan:la
Peru:Lima:Peruvian:la Philippines:Manila:Filipino:se Poland:Warsaw:Polish:sl
Portugal:Lisbon:Portuguese:la Qatar:Doha:Qatari:ar Romania:Bucharest:Romanian:sl
Russia:Moscow:Russian:sl Rwanda:Kigali:Rwandan:af Samoa:Apia:Samoan:se
San Marino:San Marino:Sammarinese:we Saudi Arabia:Riyadh:Saudi:ar Senegal:Dakar:Senegalese:af
Serbia:Belgrade:Serbian:sl Seychelles:Victoria:Seychellois:af Sierra Leone:Freetown:Sierra Leonean:af
Singapore:Singapore:Singaporean:se Slovakia:Bratislava:Slovak:sl Slovenia:Ljubljana:Slovenian:sl
Somalia:Mogadishu:Somali:ar South Africa:Pretoria:South African:af South Korea:Seoul:South Korean:ea
South Sudan:Juba:South Sudanese:af Spain:Madrid:Spanish:la Sri Lanka:Colombo:Sri Lankan:sa
Sudan:Khartoum:Sudanese:ar Suriname:Paramaribo:Surinamese:we Sweden:Stockholm:Swedish:no
Switzerland:Bern:Swiss:we Syria:Damascus:Syrian:ar Taiwan:Taipei:Taiwanese:cn
Tajikistan:Dushanbe:Tajik:ir Tanzania:Dodoma:Tanzanian:af Thailand:Bangkok:Thai:se
Timor-Leste:Dili:Timorese:se Togo:Lome:Togolese:af Tonga:Nuku'alofa:Tongan:se
Trinidad and Tobago:Port of Spain:Trinidadian:we Tunisia:Tunis:Tunisian:ar Turkey:Ankara:Turkish:ca
Turkmenistan:Ashgabat:Turkmen:ca Tuvalu:Funafuti:Tuvaluan:se Uganda:Kampala:Ugandan:af
Ukraine:Kyiv:Ukrainian:sl United Arab Emirates:Abu Dhabi:Emirati:ar United Kingdom:London:British:we
United States:Washington:American:we Uruguay:Montevideo:Uruguayan:la Uzbekistan:Tashkent:Uzbek:ca
Vanuatu:Port Vila:Ni-Vanuatu:se Vatican:Vatican City:Vatican:la Venezuela:Caracas:Venezuelan:la
Vietnam:Hanoi:Vietnamese:se Yemen:Sanaa:Yemeni:ar Zambia:Lusaka:Zambian:af
Zimbabwe:Harare:Zimbabwean:af Burma:Naypyidaw:Burmese:se Dominica:Roseau:Dominican:we
Grenada:St. George's:Grenadian:we Saint Lucia:Castries:Saint Lucian:we Sao Tome and Principe:Sao Tome:Sao Tomean:la
Solomon Islands:Honiara:Solomon Islander:se Palau:Ngerulmud:Palauan:se Nauru:Yaren:Nauruan:se
Marshall Islands:Majuro:Marshallese:se Micronesia:Palikir:Micronesian:se Saint Kitts and Nevis:Basseterre:Kittitian:we
Antigua and Barbuda:Saint John's:Antiguan:we Saint Vincent and the Grenadines:Kingstown:Vincentian:we
Democratic Republic of the Congo:Kinshasa:Congolese:af
"""

# Other cities : country.
CITIES = """
Saint Petersburg:Russia Kazan:Russia Sochi:Russia Novosibirsk:Russia Yekaterinburg:Russia
Vladivostok:Russia Nizhny Novgorod:Russia Kaliningrad:Russia Ufa:Russia Samara:Russia
Almaty:Kazakhstan Shymkent:Kazakhstan Karaganda:Kazakhstan Aktau:Kazakhstan Turkestan:Kazakhstan
Samarkand:Uzbekistan Bukhara:Uzbekistan Khiva:Uzbekistan Namangan:Uzbekistan Osh:Kyrgyzstan
Cholpon-Ata:Kyrgyzstan Khujand:Tajikistan Gomel:Belarus Brest:Belarus Vitebsk:Belarus
Grodno:Belarus Mogilev:Belarus Ganja:Azerbaijan Gyumri:Armenia Batumi:Georgia
Kutaisi:Georgia Lviv:Ukraine Odesa:Ukraine Kharkiv:Ukraine Dnipro:Ukraine
Shanghai:China Guangzhou:China Shenzhen:China Tianjin:China Qingdao:China
Xiamen:China Hangzhou:China Chengdu:China Wuhan:China Xi'an:China
Urumqi:China Harbin:China Kunming:China Hong Kong:China Macao:China
Mumbai:India Bengaluru:India Chennai:India Kolkata:India Hyderabad:India
Goa:India Ahmedabad:India Lahore:Pakistan Karachi:Pakistan Peshawar:Pakistan
Chittagong:Bangladesh Kandy:Sri Lanka Osaka:Japan Kyoto:Japan Hiroshima:Japan
Nagoya:Japan Sapporo:Japan Busan:South Korea Incheon:South Korea Jeju:South Korea
Ho Chi Minh City:Vietnam Da Nang:Vietnam Surabaya:Indonesia Bali:Indonesia Bandung:Indonesia
Cebu:Philippines Davao:Philippines Penang:Malaysia Chiang Mai:Thailand Phuket:Thailand
Yangon:Myanmar Siem Reap:Cambodia Istanbul:Turkey Izmir:Turkey Antalya:Turkey
Bursa:Turkey Mashhad:Iran Isfahan:Iran Shiraz:Iran Tabriz:Iran
Jeddah:Saudi Arabia Mecca:Saudi Arabia Dammam:Saudi Arabia Dubai:United Arab Emirates Sharjah:United Arab Emirates
Basra:Iraq Erbil:Iraq Mosul:Iraq Aleppo:Syria Homs:Syria
Alexandria:Egypt Sharm el-Sheikh:Egypt Luxor:Egypt Casablanca:Morocco Marrakesh:Morocco
Tangier:Morocco Oran:Algeria Benghazi:Libya Misrata:Libya Sfax:Tunisia
Lagos:Nigeria Kano:Nigeria Port Harcourt:Nigeria Johannesburg:South Africa Cape Town:South Africa
Durban:South Africa Mombasa:Kenya Kisumu:Kenya Dar es Salaam:Tanzania Zanzibar:Tanzania
Arusha:Tanzania Goma:Democratic Republic of the Congo Lubumbashi:Democratic Republic of the Congo Abidjan:Ivory Coast Douala:Cameroon
Port Sudan:Sudan Omdurman:Sudan Bulawayo:Zimbabwe Timbuktu:Mali Kumasi:Ghana
New York:United States Los Angeles:United States Chicago:United States San Francisco:United States Houston:United States
Miami:United States Boston:United States Seattle:United States Atlanta:United States Denver:United States
Toronto:Canada Montreal:Canada Vancouver:Canada Calgary:Canada Quebec City:Canada
Sao Paulo:Brazil Rio de Janeiro:Brazil Salvador:Brazil Belo Horizonte:Brazil Manaus:Brazil
Cordoba:Argentina Rosario:Argentina Guadalajara:Mexico Monterrey:Mexico Cancun:Mexico
Medellin:Colombia Cartagena:Colombia Cali:Colombia Valparaiso:Chile Guayaquil:Ecuador
Santa Cruz:Bolivia Cusco:Peru Maracaibo:Venezuela Punta del Este:Uruguay Manchester:United Kingdom
Edinburgh:United Kingdom Glasgow:United Kingdom Birmingham:United Kingdom Liverpool:United Kingdom Cardiff:United Kingdom
Belfast:United Kingdom Munich:Germany Hamburg:Germany Frankfurt:Germany Cologne:Germany
Dresden:Germany Leipzig:Germany Marseille:France Lyon:France Strasbourg:France
Nice:France Bordeaux:France Milan:Italy Naples:Italy Florence:Italy
Venice:Italy Turin:Italy Barcelona:Spain Valencia:Spain Seville:Spain
Bilbao:Spain Porto:Portugal Geneva:Switzerland Zurich:Switzerland Davos:Switzerland
Lausanne:Switzerland Salzburg:Austria Rotterdam:Netherlands The Hague:Netherlands Antwerp:Belgium
Gothenburg:Sweden Bergen:Norway Aarhus:Denmark Tampere:Finland Krakow:Poland
Gdansk:Poland Wroclaw:Poland Brno:Czech Republic Cluj-Napoca:Romania Thessaloniki:Greece
Plovdiv:Bulgaria Novi Sad:Serbia Split:Croatia Dubrovnik:Croatia Tartu:Estonia
Haifa:Israel Tel Aviv:Israel Gaza:Palestine Aqaba:Jordan Sydney:Australia
Melbourne:Australia Brisbane:Australia Perth:Australia Auckland:New Zealand Christchurch:New Zealand
"""

# Given names and surnames by region (made-up combinations are the point).
GIVEN = {
    "sl": "Sergei Sergey Vladimir Dmitry Alexander Aleksandr Maria Anna Olga Yelena Igor Andrei Mikhail Nikolai Viktor Pavel Yuri Boris Tatiana Natalia Oleg Maxim Roman Ivan Alexei Svetlana Irina Vadim Kirill Anatoly Piotr Tomasz Jan",
    "ca": "Kassym-Jomart Nursultan Shavkat Sadyr Emomali Serdar Ilham Nikol Askar Murat Yerlan Timur Aibek Dilshod Rustam Bakhtiyor Zhanna Aigerim Gulnara Dinara Nurlan Marat Erzhan Almaz Kanat Recep Mevlut Hakan Ayse Elif",
    "ar": "Mohammed Ahmed Abdullah Ali Hassan Hussein Omar Khalid Faisal Sultan Tariq Youssef Ibrahim Mahmoud Mustafa Fatima Aisha Layla Noura Salim Hamad Saud Nasser Karim Walid Samir Adel Jamal Rania Hind",
    "ir": "Hossein Abbas Javad Mohammad Reza Hassan Ebrahim Masoud Ali Akbar Mehdi Saeed Amir Farhad Hamid Kamal Nasrullah Zarina Sirojiddin Rahmatullah Ahmad Abdul Hamidullah Karim Fawad Parviz Davron Firuz Shirin Maryam",
    "sa": "Narendra Rahul Subrahmanyam Rajnath Amit Nirmala Sushma Imran Shehbaz Bilawal Asif Sheikh Ranil Mahinda Gotabaya Pushpa Sher Ram Vijay Anil Sunil Priya Deepak Arjun Kavita Sanjay Manoj Ishaq Mian Nawaz",
    "cn": "Xi Yi Qiang Keqiang Jinping Wenbo Huaying Lijian Ning Chunying Jiechi Yang Jianguo Xiaoming Wei Hong Lei Ming Jun Hua Fang Tao Bin Gang Hui Jing Dong Zhiwei Kai Yuan",
    "ea": "Fumio Shinzo Yoshimasa Taro Yoko Kenji Hiroshi Takeshi Akira Yuki Haruto Moon Yoon Park Kim Sung Min Ji Hyun Jae Dong Seok Young Eun Kyung Hye Tae Woo Chul Ho",
    "se": "Joko Prabowo Retno Anwar Mahathir Lee Hsien Ferdinand Rodrigo Hun Prayuth Srettha Min Aung Nguyen Pham Tran Le Vivian Maria Jose Teodoro Ismail Sabri Saifuddin Marsudi Bongbong Enrique Rizal Juan Ramon",
    "af": "Cyril Paul William Uhuru Yoweri Abiy Bola Muhammadu Nana Macky Felix Emmerson Hage Samia Jakaya Moussa Amina Ngozi Kwame Kofi Thabo Jacob Naledi Chidi Oluwaseun Wanjiru Kipchoge Tendai Fatou Aminata",
    "we": "John James Robert Michael David Richard Thomas Mark Emmanuel Olaf Angela Annalena Rishi Boris Keir Antony Joe Kamala Justin Mélanie Pedro Giorgia Mario Charles Ursula Josep Jens Stephen Catherine Sarah",
    "la": "Luiz Jair Alberto Javier Gustavo Gabriel Andres Manuel Nicolas Miguel Carlos Rafael Sebastian Alejandro Marcelo Lula Ignacio Fernando Dilma Cristina Juan Jorge Ricardo Diego Pablo Ana Lucia Carmen Rosa Eduardo",
    "no": "Mette Jonas Sanna Magdalena Ulf Erna Stefan Lars Anders Jens Kaja Ingrida Gitanas Edgars Alar Sauli Alexander Pekka Heikki Juha Mikko Annika Kristjan Karin Henrik Niels Bjorn Sven Gunnar Astrid",
}
SURNAMES = {
    "sl": "Ivanov Petrov Sidorov Smirnov Kuznetsov Popov Sokolov Lebedev Kozlov Novikov Morozov Volkov Solovyov Vasiliev Zaitsev Pavlov Semyonov Golubev Vinogradov Bogdanov Vorobyov Fyodorov Mikhailov Belyaev Tarasov Belov Komarov Orlov Kiselev Makarov Andreev Kovalev Ilyin Gusev Titov Kuzmin Kudryavtsev Baranov Kulikov Alekseev Stepanov Yakovlev Sorokin Sergeev Romanov Zakharov Borisov Korolev Gerasimov Ponomarev Grigoriev Lazarev Medvedev Ershov Nikitin Sobolev Ryabov Polyakov Tsvetkov Danilov",
    "ca": "Tokayev Nazarbayev Mirziyoyev Japarov Rahmon Berdimuhamedov Aliyev Pashinyan Tileuberdi Nurtleu Kosherbayev Saidov Norov Kulov Abdrakhmanov Suleimenov Akhmetov Ismailov Karimov Yusupov Rakhimov Sultanov Mamytov Temirbekov Zhaksybekov Omarov Baimukhamedov Kadyrov Ibragimov Tashiev Abdullayev Huseynov Mammadov Bayramov Mirzoyan Grigoryan Sargsyan Petrosyan Hakobyan Avetisyan Kaldarov Iskakov Bekov Dzhumabaev Sadykov Zhumaliev Erdogan Cavusoglu Fidan Akar Yilmaz Demir Sahin Celik Ozturk Aydin Kaya Arslan Dogan Kilic Aslan",
    "ar": "Al-Saud Al-Thani Al-Nahyan Al-Sabah Al-Khalifa Abdel-Fattah Aboul-Gheit Shoukry Al-Sisi Al-Assad Mikati Aoun Berri Safadi Al-Sudani Hussein Abdelaziz Tebboune Bourita Saied Jerandi Al-Burhan Dagalo Qasim Mansour Haddad Khoury Nasser Salem Karam Rahman Saleh Farouk Hamdan Bakr Othman Ashour Fahmy Hegazy Zaki Darwish Masri Tamimi Hashem Obeid Jaber Khalil Ayoub Suleiman Anwar Yassin Barakat Habib Najjar Sabbagh Kanaan Shami Halabi Rifai",
    "ir": "Raisi Rouhani Zarif Amir-Abdollahian Araghchi Pezeshkian Khamenei Larijani Ghalibaf Kanaani Bagheri Velayati Mottaki Rahimi Hosseini Mousavi Karimi Rezaei Jafari Ahmadi Hashemi Sadeghi Moradi Nazari Ghani Karzai Abdullah Muttaqi Mujahid Haqqani Baradar Akhund Stanekzai Rasuli Muhriddin Zokirzoda Rasulzoda Kholiqzoda Sharifzoda Nazarzoda Davlatov Rahimzoda Safarov Mirzoev Qodirov Shokirov Hamidov Ashurov Saidzoda Tursunov Kurbanov Olimov Nabiev Zoirov Jalilov Valiev Azimov Sharipov Kamolov",
    "sa": "Modi Gandhi Jaishankar Singh Shah Sitharaman Swaraj Doval Khan Sharif Bhutto Zardari Dar Wickremesinghe Rajapaksa Sirisena Dahal Deuba Oli Hasina Momen Haque Chowdhury Rahman Kumar Sharma Verma Gupta Patel Reddy Nair Iyer Menon Rao Das Bose Mukherjee Chatterjee Banerjee Joshi Mehta Kapoor Malhotra Bhatia Qureshi Abbasi Malik Butt Chaudhry Mirza Siddiqui Hussain Akhtar Rana Gilani Niazi Jatoi Baloch Afridi",
    "cn": "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Shen Yao Qin Fu Zhong Tan Fan Jin Shi Kong Bai Qian",
    "ea": "Kishida Abe Hayashi Kono Motegi Suga Ishiba Kamikawa Iwaya Tanaka Suzuki Takahashi Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Shimizu Yamazaki Mori Ikeda Hashimoto Ishikawa Ogawa Okada Goto Maeda Fujita Sakamoto Endo Aoki Jae-in Suk-yeol Jin Chung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong Yoo Ko Moon Yang Son Bae",
    "se": "Widodo Subianto Marsudi Ibrahim Mohamad Loong Marcos Duterte Manet Chan-o-cha Thavisin Hlaing Phuc Chinh Son Thuy Balakrishnan Manalo Locsin Santos Reyes Cruz Bautista Ocampo Garcia Mendoza Torres Tomas Andrada Castillo Villanueva Ramos Aquino Navarro Rahman Abdullah Hamid Osman Yusof Ismail Aziz Latif Hassan Razak Tan Lim Goh Ong Teo Ng Wong Phan Vu Dang Bui Do Ho Ngo Duong Luong Vo",
    "af": "Ramaphosa Ruto Kenyatta Museveni Ahmed Tinubu Buhari Akufo-Addo Sall Tshisekedi Mnangagwa Hichilema Hassan Kikwete Mahamat Mohammed Okonjo-Iweala Nkrumah Annan Mbeki Zuma Pandor Okafor Adeyemi Balogun Mensah Owusu Boateng Asante Diallo Traore Keita Coulibaly Ndiaye Diop Fall Sow Kamara Bangura Mwangi Otieno Kamau Wanjala Njoroge Achieng Mutua Banda Phiri Mwale Tembo Moyo Ncube Dube Sibanda Nkosi Dlamini Khumalo Ndlovu Zulu Mahlangu",
    "we": "Smith Johnson Williams Brown Jones Miller Davis Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Harris Clark Lewis Walker Hall Allen Young King Wright Scott Green Baker Adams Nelson Carter Mitchell Roberts Turner Phillips Campbell Parker Evans Edwards Collins Stewart Morris Murphy Cook Rogers Morgan Cooper Peterson Reed Bailey Macron Scholz Merkel Baerbock Sunak Starmer Blinken Biden Trudeau Meloni",
    "la": "Silva Santos Oliveira Souza Lima Pereira Ferreira Costa Rodrigues Almeida Nascimento Carvalho Gomes Martins Araujo Ribeiro Barbosa Rocha Dias Moreira Lopez Gonzalez Hernandez Perez Sanchez Ramirez Flores Rivera Morales Ortiz Gutierrez Chavez Ramos Ruiz Alvarez Mendoza Castro Vargas Fernandez Jimenez Romero Herrera Medina Aguilar Vega Maduro Petro Boric Milei Obrador Sheinbaum Arce Lasso Bukele Noboa Fernandez Rousseff Bolsonaro Vieira Amorim",
    "no": "Frederiksen Store Marin Andersson Kristersson Solberg Lofven Rasmussen Stoltenberg Niinisto Stubb Kallas Karis Simonyte Nauseda Rinkevics Landsbergis Tsahkna Valtonen Haavisto Billstrom Eide Huitfeldt Lokke Hansen Nielsen Jensen Pedersen Larsen Sorensen Johansson Karlsson Nilsson Eriksson Larsson Olsson Persson Svensson Gustafsson Pettersson Jonsson Lindberg Virtanen Korhonen Makinen Nieminen Hamalainen Laine Heikkinen Koskinen Jarvinen Lehtonen Tamm Saar Sepp Kask Ozols Berzins Kazlauskas",
}

# International organizations: name, acronym (or ""), member countries (or "").
ORGS = [
    ("Collective Security Treaty Organization", "CSTO", "Armenia Belarus Kazakhstan Kyrgyzstan Russia Tajikistan"),
    ("Shanghai Cooperation Organization", "SCO", "China India Iran Kazakhstan Kyrgyzstan Pakistan Russia Tajikistan Uzbekistan Belarus"),
    ("Commonwealth of Independent States", "CIS", "Armenia Azerbaijan Belarus Kazakhstan Kyrgyzstan Moldova Russia Tajikistan Uzbekistan"),
    ("Eurasian Economic Union", "EAEU", "Armenia Belarus Kazakhstan Kyrgyzstan Russia"),
    ("Organization of Turkic States", "OTS", "Azerbaijan Kazakhstan Kyrgyzstan Turkey Uzbekistan"),
    ("BRICS", "", "Brazil Russia India China South Africa Egypt Ethiopia Iran United Arab Emirates"),
    ("Group of Twenty", "G20", "Argentina Australia Brazil Canada China France Germany India Indonesia Italy Japan Mexico Russia Saudi Arabia South Africa South Korea Turkey United Kingdom United States"),
    ("Group of Seven", "G7", "Canada France Germany Italy Japan United Kingdom United States"),
    ("North Atlantic Treaty Organization", "NATO", "United States Canada United Kingdom France Germany Italy Spain Poland Turkey Norway Denmark Netherlands Belgium Portugal Greece Romania Bulgaria Estonia Latvia Lithuania Finland Sweden"),
    ("European Union", "EU", "Austria Belgium Bulgaria Croatia Cyprus Czech Republic Denmark Estonia Finland France Germany Greece Hungary Ireland Italy Latvia Lithuania Luxembourg Malta Netherlands Poland Portugal Romania Slovakia Slovenia Spain Sweden"),
    ("Association of Southeast Asian Nations", "ASEAN", "Brunei Cambodia Indonesia Laos Malaysia Myanmar Philippines Singapore Thailand Vietnam"),
    ("African Union", "AU", "Algeria Angola Egypt Ethiopia Ghana Kenya Nigeria Rwanda Senegal South Africa Tanzania Uganda Zambia Zimbabwe Mali Niger Chad Sudan"),
    ("Arab League", "", "Algeria Bahrain Egypt Iraq Jordan Kuwait Lebanon Libya Morocco Oman Qatar Saudi Arabia Sudan Syria Tunisia United Arab Emirates Yemen"),
    ("Gulf Cooperation Council", "GCC", "Bahrain Kuwait Oman Qatar Saudi Arabia United Arab Emirates"),
    ("Organisation of Islamic Cooperation", "OIC", "Saudi Arabia Turkey Iran Pakistan Egypt Indonesia Malaysia Nigeria Qatar Kazakhstan Uzbekistan Azerbaijan"),
    ("Organization for Security and Co-operation in Europe", "OSCE", ""),
    ("United Nations", "UN", ""),
    ("UN Security Council", "", "United States Russia China France United Kingdom"),
    ("UN General Assembly", "", ""),
    ("World Health Organization", "WHO", ""),
    ("International Monetary Fund", "IMF", ""),
    ("World Bank", "", ""),
    ("World Trade Organization", "WTO", ""),
    ("Conference on Interaction and Confidence-Building Measures in Asia", "CICA", "Kazakhstan China Russia India Iran Turkey Azerbaijan Mongolia Pakistan Tajikistan"),
    ("Economic Cooperation Organization", "ECO", "Afghanistan Azerbaijan Iran Kazakhstan Kyrgyzstan Pakistan Tajikistan Turkey Turkmenistan Uzbekistan"),
    ("Union State of Russia and Belarus", "", "Russia Belarus"),
    ("Council of Europe", "", ""),
    ("Asia-Pacific Economic Cooperation", "APEC", "Australia Canada Chile China Indonesia Japan Malaysia Mexico New Zealand Peru Philippines Russia Singapore South Korea Thailand United States Vietnam"),
    ("Southern African Development Community", "SADC", "Angola Botswana Eswatini Lesotho Madagascar Malawi Mauritius Mozambique Namibia Seychelles South Africa Tanzania Zambia Zimbabwe"),
    ("Economic Community of West African States", "ECOWAS", "Benin Gambia Ghana Guinea Ivory Coast Liberia Nigeria Senegal Sierra Leone Togo"),
    ("Mercosur", "", "Argentina Brazil Paraguay Uruguay Bolivia"),
    ("Community of Latin American and Caribbean States", "CELAC", "Argentina Brazil Chile Colombia Cuba Mexico Peru Venezuela Bolivia Ecuador Uruguay"),
    ("Organization of American States", "OAS", ""),
    ("International Atomic Energy Agency", "IAEA", ""),
    ("Organization of the Petroleum Exporting Countries", "OPEC", "Algeria Angola Congo Equatorial Guinea Gabon Iran Iraq Kuwait Libya Nigeria Saudi Arabia United Arab Emirates Venezuela"),
    ("Nordic Council", "", "Denmark Finland Iceland Norway Sweden"),
    ("Eurasian Development Bank", "EDB", ""),
    ("Asian Infrastructure Investment Bank", "AIIB", ""),
    ("International Committee of the Red Cross", "ICRC", ""),
    ("UNESCO", "", ""),
]

MINISTRIES = [  # ministry, title of its head
    ("Foreign Ministry", "Foreign Minister"), ("Defense Ministry", "Defense Minister"),
    ("Ministry of Economy", "Economy Minister"), ("Finance Ministry", "Finance Minister"),
    ("Interior Ministry", "Interior Minister"), ("Ministry of Energy", "Energy Minister"),
    ("Trade Ministry", "Trade Minister"), ("Health Ministry", "Health Minister"),
    ("Ministry of Emergency Situations", "Emergency Situations Minister"),
    ("Ministry of Agriculture", "Agriculture Minister"), ("Justice Ministry", "Justice Minister"),
    ("Ministry of Transport", "Transport Minister"), ("Education Ministry", "Education Minister"),
]
TOP_POSTS = ["President", "Prime Minister", "Foreign Minister", "Defense Minister"]
MINOR_POSTS = [
    "Deputy Foreign Minister", "First Deputy Foreign Minister", "Deputy Defense Minister",
    "Deputy Prime Minister", "First Deputy Prime Minister", "ambassador", "envoy",
    "Secretary of the Security Council", "Chief of the General Staff", "presidential aide",
    "lawmaker", "senator", "Speaker of Parliament", "governor", "mayor", "central bank governor",
    "spokesperson for the Foreign Ministry", "presidential spokesman", "political analyst",
    "deputy head of the presidential administration", "trade representative", "chief negotiator",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
TOPICS = [
    "regional security", "the situation in Afghanistan", "trade and investment", "energy cooperation",
    "transport corridors", "climate change", "food security", "the fight against terrorism",
    "the digital economy", "migration", "water management", "cybersecurity", "nuclear safety",
    "the settlement in the Middle East", "drug trafficking", "cross-border cooperation",
    "industrial cooperation", "humanitarian ties", "tourism", "the situation in Ukraine",
    "the Black Sea grain deal", "arms control", "public health", "space exploration",
    "agriculture", "education exchanges", "payments in national currencies", "logistics",
]
MEETING_KINDS = [  # noun, who meets, weight
    ("summit", "heads of state", 5), ("meeting of foreign ministers", "foreign ministers", 4),
    ("meeting of defense ministers", "defense ministers", 2), ("session of the council", "heads of state", 2),
    ("ministerial meeting", "ministers", 2), ("heads of government meeting", "prime ministers", 2),
    ("forum", "delegations", 1), ("conference", "delegations", 1),
]
REPRINT_SITES = ["UrduPoint.com", "Eurasia Review.com", "ModernDiplomacy.eu", "TheAstanaTimes.com",
                 "DailySabah.com", "Trend.az", "Kun.uz", "Akipress.com", "Asia-Plus.tj", "News.am",
                 "Report.az", "Sputnik Globe.com", "BusinessRecorder.com", "DawnNews.com", "Hindustan Times.com"]
REPRINT_AGENCIES = ["Sputnik", "TASS", "Xinhua", "Reuters", "AFP", "Anadolu", "IRNA", "Kazinform", "APA"]
OUTLET_SITES = {"TASS": "tass.com", "BelTA": "eng.belta.by", "Reuters": "www.reuters.com",
                "AP": "apnews.com", "Xinhua": "english.news.cn", "AFP": "www.france24.com",
                "Kazinform": "www.inform.kz", "Anadolu": "www.aa.com.tr"}
BOILER_TOP = ["All news", "Politics", "World", "Share", "Print", "Projects", "Government Bodies",
              "Home > News > Politics", "Latest", "Most read", "Society", "Economy"]
BOILER_BOTTOM = ["Read also:", "Subscribe to our newsletter", "Share this article", "Tags: diplomacy, politics",
                 "Follow us on Telegram", "Related news", "Advertisement", "More on this topic",
                 "If you have found a spelling error, please, notify us by selecting that text and pressing Ctrl+Enter."]


def ordinal(n):
    if 11 <= n % 100 <= 13:
        return "%dth" % n
    return "%d%s" % (n, {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def join_and(items):
    if len(items) == 1:
        return items[0]
    return ", ".join(items[:-1]) + " and " + items[-1]


class Country:
    def __init__(self, name, capital, demonym, region):
        self.name, self.capital, self.demonym, self.region = name, capital, demonym, region
        self.cities = [capital]
        self.holders = {}   # post -> Person
        self.minor = []     # mentions of its minor people (preferential attachment)


class Person:
    def __init__(self, given, surname, country, post, org=None):
        self.given, self.surname, self.country, self.post, self.org = given, surname, country, post, org
        self.mentions = 0

    @property
    def name(self):
        return self.given + " " + self.surname


class World:
    """The population the articles talk about; it grows as articles are written."""

    def __init__(self, rng):
        self.rng = rng
        self.countries = []
        self.by_name = {}
        for entry in self._countries():
            name, capital, demonym, region = entry.split(":")
            c = Country(name, capital, demonym, region)
            self.countries.append(c)
            self.by_name[name] = c
        for city, country in self._cities():
            self.by_name[country].cities.append(city)
        self.given = {r: v.split() for r, v in GIVEN.items()}
        self.surnames = {r: v.split() for r, v in SURNAMES.items()}
        self.regions = sorted(self.given)
        self.orgs = []
        for name, acr, members in ORGS:
            ms = [self.by_name[m] for m in self._split_members(members)]
            self.orgs.append({"name": name, "acr": acr, "members": ms, "head": None})
        self.names = set()
        self.people = []      # every person ever created
        # Countries in the news follow a skewed popularity.
        self.country_weights = [1.0 / (1 + i) ** 0.6 for i in range(len(self.countries))]
        order = list(range(len(self.countries)))
        rng.shuffle(order)
        self.countries = [self.countries[i] for i in order]

    @staticmethod
    def _countries():
        """Splits COUNTRIES into "name:capital:demonym:region" entries."""
        out, cur = [], []
        for t in COUNTRIES.split():
            cur.append(t)
            if " ".join(cur).count(":") == 3:
                out.append(" ".join(cur))
                cur = []
        if cur:
            raise ValueError("bad country data: " + " ".join(cur))
        return out

    def _cities(self):
        """Splits CITIES into (city, country) pairs: a country name ends an entry."""
        out, city, cur = [], None, []
        for t in CITIES.split():
            if city is None:
                cur.append(t)
                if ":" in t:
                    head, _, rest = " ".join(cur).partition(":")
                    city, cur = head, [rest]
            else:
                cur.append(t)
            if city is not None and " ".join(cur) in self.by_name:
                out.append((city, " ".join(cur)))
                city, cur = None, []
        if cur or city:
            raise ValueError("bad city data near " + str(city))
        return out

    def _split_members(self, members):
        out, cur = [], []
        for t in members.split():
            cur.append(t)
            if " ".join(cur) in self.by_name:
                out.append(" ".join(cur))
                cur = []
        if cur:
            raise ValueError("unknown member: " + " ".join(cur))
        return out

    def country(self):
        return self.rng.choices(self.countries, weights=self.country_weights)[0]

    def new_person(self, country, post, org=None):
        rng = self.rng
        region = country.region if rng.random() < 0.8 else rng.choice(self.regions)
        for attempt in range(20):
            g = rng.choice(self.given[region])
            s = rng.choice(self.surnames[region])
            if attempt > 10:
                g = g + " " + rng.choice("ABDEGKLMNRSTV") + "."
            if region == "cn":
                g, s = s, g   # family name first: "Wang Yi"
            if (g, s) not in self.names:
                break
        self.names.add((g, s))
        p = Person(g, s, country, post, org)
        self.people.append(p)
        return p

    def holder(self, country, post):
        """The person who holds a post now; posts change hands now and then."""
        p = country.holders.get(post)
        turnover = 0.002 if post == "President" else 0.006
        if p is None or self.rng.random() < turnover:
            p = self.new_person(country, post)
            country.holders[post] = p
        return p

    def org_head(self, org):
        if org["head"] is None or self.rng.random() < 0.004:
            host = self.rng.choice(org["members"]) if org["members"] else self.country()
            org["head"] = self.new_person(host, "Secretary General", org)
        return org["head"]

    def minor_person(self, country, p_new):
        """A deputy, envoy, lawmaker or analyst: often new, sometimes seen before."""
        if country.minor and self.rng.random() >= p_new:
            p = self.rng.choice(country.minor)
        else:
            p = self.new_person(country, self.rng.choice(MINOR_POSTS))
        country.minor.append(p)
        return p


class Writer:
    """Writes one article at a time."""

    def __init__(self, world, rng):
        self.w, self.rng = world, rng
        self.seen = set()

    # -- names and places -------------------------------------------------
    def ref(self, p, style=None):
        """A mention of a person: full with title the first time, surname later."""
        rng = self.rng
        p.mentions += 1
        if p in self.seen and rng.random() < 0.8:
            return p.surname
        first = p not in self.seen
        self.seen.add(p)
        if p.org is not None:
            o = p.org
            forms = ["%s Secretary General %s" % (o["acr"] or "the " + o["name"], p.name),
                     "Secretary General of the %s %s" % (o["name"], p.name),
                     "%s, the Secretary General of the %s," % (p.name, o["acr"] or o["name"])]
            return rng.choice(forms)
        c, post = p.country, p.post
        if not first and rng.random() < 0.5:
            return p.name
        if post[0].islower():
            forms = ["%s, a %s %s," % (p.name, c.demonym, post),
                     "%s %s %s" % (c.demonym, post, p.name),
                     "%s, %s of %s," % (p.name, post, c.name)]
            if post.startswith("spokes"):
                forms = ["%s, the official %s" % (p.name, post.replace("spokesperson for", "spokesperson of")) + " of " + c.name + ",",
                         "%s %s %s" % (c.demonym, post.replace("spokesperson for the ", "") + " spokesperson", p.name)]
            return rng.choice(forms)
        forms = ["%s %s %s" % (c.demonym, post, p.name),
                 "%s %s %s" % (c.demonym, post, p.name),
                 "%s of %s %s" % (post, c.name, p.name),
                 "%s, the %s of %s," % (p.name, post, c.name),
                 "%s's %s %s" % (c.name, post, p.name),
                 "%s %s of %s" % (post, p.name, c.name)]
        return rng.choice(forms)

    def city_phrase(self, city, country):
        rng = self.rng
        if city != country.capital:
            return rng.choice(["%s" % city, "the %s city of %s" % (country.demonym, city),
                               "%s, %s" % (city, country.name)])
        return rng.choice(["%s" % city, "%s, the capital of %s" % (city, country.name),
                           "%s's capital %s" % (country.name, city), "the %s capital %s" % (country.demonym, city),
                           "the %s capital" % country.demonym])

    def when(self, event_day, pub_day):
        rng = self.rng
        delta = (event_day - pub_day).days
        if abs(delta) <= 6 and rng.random() < 0.6:
            return "on " + WEEKDAYS[event_day.weekday()]
        r = rng.random()
        if r < 0.4:
            return "on %s %d" % (MONTHS[event_day.month - 1], event_day.day)
        if r < 0.7:
            return "on %d %s" % (event_day.day, MONTHS[event_day.month - 1])
        return "on %s %d, %d" % (MONTHS[event_day.month - 1], event_day.day, event_day.year)

    def org_name(self, org, full=False):
        if org["acr"] and not full and self.rng.random() < 0.6:
            return org["acr"]
        return org["name"]

    # -- one article ---------------------------------------------------------
    def article(self, idx, pub_day, p_new):
        rng, w = self.rng, self.w
        self.seen = set()
        # The event.
        bilateral = rng.random() < 0.3
        if bilateral:
            a, b = w.country(), w.country()
            while b is a:
                b = w.country()
            host = b
            org = None
            kind = rng.choice(["talks", "official visit", "state visit", "working visit", "negotiations"])
            participants = [a, b]
        else:
            org = rng.choice(w.orgs[:16] * 3 + w.orgs)
            kind = rng.choices([k[0] for k in MEETING_KINDS], weights=[k[2] for k in MEETING_KINDS])[0]
            members = org["members"] or [w.country() for _ in range(6)]
            host = rng.choice(members)
            participants = list(dict.fromkeys(rng.sample(members, min(len(members), rng.randint(3, 8)))))
            if host not in participants:
                participants.insert(0, host)
        city = host.capital if rng.random() < 0.7 else rng.choice(host.cities)
        event_day = pub_day + timedelta(days=rng.randint(-3, 5))
        post = "President"
        if "foreign" in kind:
            post = "Foreign Minister"
        elif "defense" in kind:
            post = "Defense Minister"
        elif "government" in kind:
            post = "Prime Minister"
        elif bilateral and rng.random() < 0.5:
            post = rng.choice(["Foreign Minister", "Prime Minister"])
        leaders = [(c, w.holder(c, post)) for c in participants]
        outlet = rng.choices(["TASS", "BelTA", "Reuters", "AP", "Xinhua", "AFP", "Kazinform", "Anadolu", "reprint"],
                             weights=[5, 3, 4, 3, 3, 2, 2, 2, 3])[0]
        ev = {"org": org, "kind": kind, "host": host, "city": city, "day": event_day, "pub": pub_day,
              "leaders": leaders, "bilateral": bilateral, "post": post}

        title = self.headline(ev)
        paras = [self.dateline(ev, outlet) + self.lead(ev)]
        target = rng.randint(1900, 3900)
        size = len(paras[0]) + len(title)
        makers = [self.s_attendance, self.s_quote, self.s_bilateral, self.s_capital, self.s_apposition,
                  self.s_members, self.s_agenda, self.s_minor, self.s_history, self.s_quote, self.s_minor,
                  self.s_ministry]
        once = {self.s_members, self.s_capital, self.s_history, self.s_agenda}
        while size < target:
            k = rng.randint(1, 3)
            sents = []
            for _ in range(k):
                m = rng.choice(makers)
                if m in once:
                    makers = [x for x in makers if x is not m]
                sents.append(m(ev, p_new))
            para = " ".join(sents)
            paras.append(para)
            size += len(para) + 2
        body = "\n\n".join(paras).replace(",.", ".").replace(",,", ",")
        # Page furniture around the story.
        top, bottom = [], []
        if rng.random() < 0.4:
            top = rng.sample(BOILER_TOP, rng.randint(1, 4))
            if rng.random() < 0.5:
                top.append("%d %s %d, %02d:%02d" % (pub_day.day, MONTHS[pub_day.month - 1], pub_day.year,
                                                    rng.randint(0, 23), rng.randint(0, 59)))
        if rng.random() < 0.5:
            bottom = rng.sample(BOILER_BOTTOM, rng.randint(1, 3))
        if outlet == "reprint":
            site = rng.choice(REPRINT_SITES)
            head = " date %s %s\n\n%s\n\n%s\n\n" % (pub_day.isoformat(), site, title, title)
            text = head + body
            source = site
            url = "https://www.%s/news/%d" % (site.replace(" ", "").lower(), 100000 + idx)
        else:
            sub = ""
            if rng.random() < 0.5:
                t1, t2 = rng.sample(TOPICS, 2)
                sub = "\n" + rng.choice(["The sides will discuss %s and %s" % (t1, t2),
                                         "The key program envisages talks on %s and the signing of joint documents" % t1,
                                         "Participants are expected to adopt a statement on %s" % t1]) + "\n"
            text = "\n".join(top + [""]) + ("\n" if top else "") + title + "\n" + sub + "\n" + body
            source = outlet
            url = "https://%s/politics/%d" % (OUTLET_SITES[outlet], 1000000 + idx)
        if bottom:
            text += "\n\n" + "\n".join(bottom)
        if outlet not in ("reprint",) and rng.random() < 0.3:
            text += "\n\n\u00a9 %d %s. All rights reserved." % (pub_day.year, outlet)
        return {"id": "bench-%06d" % idx, "url": url, "date": pub_day.isoformat(), "source": source,
                "title": title, "text": text + "\n"}

    # -- pieces ------------------------------------------------------------
    def event_name(self, ev, full=False):
        if ev["bilateral"]:
            a, b = ev["leaders"][0][0], ev["leaders"][1][0]
            return "%s-%s %s" % (a.name, b.name, ev["kind"]) if ev["kind"] in ("talks", "negotiations") \
                else "the %s to %s" % (ev["kind"], b.name)
        return "the %s %s" % (self.org_name(ev["org"], full), ev["kind"])

    def headline(self, ev):
        rng = self.rng
        (c1, p1) = ev["leaders"][0]
        (c2, p2) = ev["leaders"][-1]
        if ev["bilateral"]:
            forms = ["%s, %s discuss %s" % (p1.surname, p2.surname, rng.choice(TOPICS)),
                     "%s %s to pay visit to %s" % (c1.demonym, ev["post"], c2.name),
                     "%s and %s hold talks in %s" % (c1.name, c2.name, ev["city"]),
                     "%s arrives in %s" % (p1.surname, ev["city"])]
        else:
            o = self.org_name(ev["org"])
            forms = ["%s arrives in %s to attend %s %s" % (p1.surname, ev["city"], o, ev["kind"]),
                     "%s %s opens in %s" % (o, ev["kind"], ev["city"]),
                     "%s attends %s %s in %s" % (p2.surname, o, ev["kind"], ev["city"]),
                     "%s leaders gather in %s" % (o, ev["city"]),
                     "%s %s to take part in %s %s" % (c1.demonym, ev["post"], o, ev["kind"])]
        t = rng.choice(forms)
        return t[0].upper() + t[1:]

    def dateline(self, ev, outlet):
        rng = self.rng
        pub = ev["pub"]
        city = ev["city"] if rng.random() < 0.7 else rng.choice(["MOSCOW", "MINSK", "BEIJING", "WASHINGTON", "LONDON", "ASTANA"]).title()
        CITY = city.upper()
        m, d, y = MONTHS[pub.month - 1], pub.day, pub.year
        if outlet == "TASS":
            return "%s, %s %d. /TASS/. " % (CITY, m, d)
        if outlet == "BelTA":
            return "%s, %d %s (BelTA) \u2014 " % (CITY, d, m)
        if outlet == "Reuters":
            return "%s, %s %d (Reuters) - " % (CITY, m, d)
        if outlet == "AP":
            return "%s, %s (AP) \u2014 " % (CITY, ev["host"].name)
        if outlet == "Xinhua":
            return "%s, %s %d (Xinhua) -- " % (CITY, m, d)
        if outlet == "AFP":
            return "%s (AFP) - " % CITY
        if outlet == "Kazinform":
            return "%s. %s %d. KAZINFORM \u2013 " % (CITY, m.upper(), d)
        if outlet == "Anadolu":
            return "%s, %s %d, %d (AA) - " % (CITY, m, d, y)
        return "%s (%s News / %s - %s %s, %d) " % (CITY, rng.choice(["UrduPoint", "Trend", "APA"]),
                                                 rng.choice(REPRINT_AGENCIES), ordinal(d), m, y)

    def lead(self, ev):
        rng = self.rng
        (c1, p1) = ev["leaders"][0]
        where = self.city_phrase(ev["city"], ev["host"])
        when = self.when(ev["day"], ev["pub"])
        if ev["bilateral"]:
            (c2, p2) = ev["leaders"][1]
            forms = [lambda: "%s held talks with %s in %s %s." % (self.ref(p1), self.ref(p2), where, when),
                     lambda: ("%s will pay %s %s to %s %s, the press service said." % (
                         self.ref(p1), "an" if ev["kind"][0] in "aeiou" else "a", ev["kind"], c2.name, when))
                     if "visit" in ev["kind"] else
                     "%s will hold %s with %s in %s %s." % (self.ref(p1), ev["kind"], self.ref(p2), where, when),
                     lambda: "%s and %s met in %s %s to discuss %s." % (self.ref(p1), self.ref(p2), where, when, rng.choice(TOPICS))]
        else:
            en = self.event_name(ev, full=True)
            forms = [lambda: "%s has arrived in %s to attend %s." % (self.ref(p1), where, en),
                     lambda: "%s will be held %s in %s." % (en[0].upper() + en[1:], when, where),
                     lambda: "%s opened in %s %s, bringing together the %s of the member states." % (en[0].upper() + en[1:], where, when,
                                                                                         dict((k[0], k[1]) for k in MEETING_KINDS)[ev["kind"]]),
                     lambda: "%s took part in %s in %s %s." % (self.ref(p1), en, where, when)]
        return rng.choice(forms)()

    def s_attendance(self, ev, p_new):
        rng = self.rng
        c, p = rng.choice(ev["leaders"])
        en = self.event_name(ev)
        r = rng.random()
        if r < 0.35:
            return "%s attended %s in person." % (self.ref(p), en)
        if r < 0.55:
            return "%s took part by video link from %s." % (self.ref(p), c.capital)
        if r < 0.7:
            return "%s is expected to attend %s %s." % (self.ref(p), en, self.when(ev["day"], ev["pub"]))
        if r < 0.8:
            return "%s did not attend %s, sending %s instead." % (
                self.ref(p), en, self.ref(self.w.minor_person(c, p_new)))
        if r < 0.9:
            return "%s boycotted %s over %s." % (c.name, en, rng.choice(TOPICS))
        return "%s plans to take part in %s, the %s %s said." % (self.ref(p), en, c.demonym,
                                                            rng.choice(["Foreign Ministry", "presidential press service", "embassy"]))

    def s_quote(self, ev, p_new):
        rng = self.rng
        c, p = rng.choice(ev["leaders"])
        t1, t2 = rng.sample(TOPICS, 2)
        q = rng.choice(['We discussed %s and agreed to strengthen cooperation on %s' % (t1, t2),
                        '%s is ready to deepen dialogue on %s' % (c.name, t1),
                        'The meeting was held in a constructive atmosphere, and we reached agreements on %s' % t1,
                        'Our countries share common approaches to %s' % t1,
                        'It is important to coordinate our efforts on %s and %s' % (t1, t2)])
        if rng.random() < 0.5:
            return '"%s," %s said.' % (q, self.ref(p))
        return '"%s," said %s.' % (q, self.ref(p))

    def s_bilateral(self, ev, p_new):
        rng = self.rng
        if len(ev["leaders"]) < 2:
            return self.s_quote(ev, p_new)
        (c1, p1), (c2, p2) = rng.sample(ev["leaders"], 2)
        return rng.choice([lambda: "On the sidelines of %s, %s met with %s." % (self.event_name(ev), self.ref(p1), self.ref(p2)),
                           lambda: "%s and %s held bilateral talks %s." % (self.ref(p1), self.ref(p2), self.when(ev["day"], ev["pub"])),
                           lambda: "%s also had a meeting with %s to discuss %s." % (self.ref(p1), self.ref(p2), rng.choice(TOPICS))])()

    def s_capital(self, ev, p_new):
        rng = self.rng
        c = rng.choice(self.w.countries)
        return rng.choice(["%s, the capital of %s, hosted a similar meeting %s." % (c.capital, c.name, rng.choice(["last year", "in 2019", "two years ago"])),
                           "Delegations from %s arrived in %s's capital %s the day before." % (c.name, ev["host"].name, ev["host"].capital),
                           "The next meeting will take place in %s, the %s capital." % (c.capital, c.demonym)])

    def s_apposition(self, ev, p_new):
        c, p = self.rng.choice(ev["leaders"])
        a = self.w.minor_person(c, p_new)
        return "%s, %s of %s, told reporters that %s would %s." % (
            a.name, a.post, c.name, self.ref(p), self.rng.choice(["raise the issue of " + self.rng.choice(TOPICS),
                                                                    "sign several documents", "meet the host later in the day"]))

    def s_members(self, ev, p_new):
        org = ev["org"] or self.rng.choice(self.w.orgs[:14])
        if not org["members"]:
            return "The %s brings together %d member states." % (org["name"], self.rng.randint(50, 193))
        names = [m.name for m in org["members"]]
        return self.rng.choice(["The %s includes %s." % (self.org_name(org), join_and(names)),
                                "Members of the %s are %s." % (self.org_name(org), join_and(names)),
                                "The %s comprises %s." % (org["name"], join_and(names))])

    def s_agenda(self, ev, p_new):
        t = self.rng.sample(TOPICS, 3)
        return "The agenda includes %s, %s and %s." % tuple(t)

    def s_minor(self, ev, p_new):
        rng = self.rng
        c, _ = rng.choice(ev["leaders"])
        a = self.w.minor_person(c if rng.random() < 0.7 else self.w.country(), p_new)
        return rng.choice([lambda: '"The talks have been productive," %s said.' % self.ref(a),
                           lambda: '%s said that %s remains a priority.' % (self.ref(a), rng.choice(TOPICS)),
                           lambda: 'According to %s, the sides will meet again %s.' % (self.ref(a), rng.choice(["next month", "in the autumn", "before the end of the year"]))])()

    def s_history(self, ev, p_new):
        rng = self.rng
        org = ev["org"]
        c = rng.choice(self.w.countries)
        y = ev["pub"].year - rng.randint(1, 12)
        if org:
            head = self.w.org_head(org)
            return rng.choice([lambda: "The previous %s %s was held in %s in %d." % (self.org_name(org), ev["kind"], c.capital, y),
                               lambda: "%s welcomed the participants." % self.ref(head)])()
        return "The two countries established diplomatic relations in %d." % (y - 20)

    def s_ministry(self, ev, p_new):
        rng = self.rng
        c, _ = rng.choice(ev["leaders"])
        ministry, title = rng.choice(MINISTRIES)
        head = self.w.holder(c, title)
        mname = rng.choice(["the %s %s" % (c.demonym, ministry), "%s's %s" % (c.name, ministry),
                            "the %s of %s" % (ministry, c.name)])
        return rng.choice([lambda: "%s%s said in a statement that %s was ready to host the next round." % (mname[0].upper(), mname[1:], c.name),
                           lambda: "The head of the %s %s, %s, also joined the delegation." % (c.demonym, ministry, head.name),
                           lambda: "%s said the %s would prepare proposals on %s." % (self.ref(head), ministry, rng.choice(TOPICS))])()


def generate(mb, seed):
    """Yields article records until about mb * 10^6 bytes of text are written."""
    rng = random.Random(seed)
    world = World(rng)
    writer = Writer(world, rng)
    limit = int(mb * 1e6)
    total = 0
    idx = 0
    day0 = date(2016, 1, 1)
    while total < limit:
        pub = day0 + timedelta(days=idx // 20)
        p_new = max(0.15, 0.6 * (1000.0 / (1000 + idx)) ** 0.25)
        rec = writer.article(idx, pub, p_new)
        total += len(rec["text"].encode("utf-8"))
        yield rec
        idx += 1
    sys.stderr.write("gen.py: %d articles, %d people, %.1f MB\n" % (idx, len(world.people), total / 1e6))


def main():
    ap = argparse.ArgumentParser(description="Generate a synthetic news corpus.")
    ap.add_argument("--mb", type=float, required=True, help="size in megabytes (10^6 bytes)")
    ap.add_argument("--out", required=True, help="output folder")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--jsonl", action="store_true", help="write one JSON Lines file instead of *.txt files")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.jsonl:
        with open(os.path.join(args.out, "corpus.jsonl"), "w", encoding="utf-8", newline="\n") as f:
            for rec in generate(args.mb, args.seed):
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    else:
        for i, rec in enumerate(generate(args.mb, args.seed)):
            sub = os.path.join(args.out, "%05d" % (i // 1000))
            if i % 1000 == 0:
                os.makedirs(sub, exist_ok=True)
            with open(os.path.join(sub, "%06d.txt" % i), "w", encoding="utf-8", newline="\n") as f:
                f.write(rec["text"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
