-- V2: reference data - countries/territories and National Commissions for UNESCO.
--
-- country: all 249 officially assigned ISO 3166-1 alpha-2 codes (upper case), one row each.
--   Names: short names from Unicode CLDR (as shipped with OpenJDK 17), code list cross-checked
--   against Debian iso-codes 4.15 (iso_3166-1.json). A few names follow the ISO/UN short form
--   instead (e.g. Republic of Korea, Türkiye, Palestine, Democratic Republic of the Congo,
--   Taiwan, Province of China); apostrophes are plain ASCII.
--   region: UNESCO regional group as used for UNESCO programmes (Arab States = the 19 States
--   of the UNESCO Arab States region; Djibouti, Somalia and Comoros are in AFRICA).
--   Territories are placed by geography; judgement calls are commented on their row.
--
-- national_commission: one row per country. Real English names where known (UNESCO National
--   Commissions directory and the publications of the commissions), otherwise the generic form
--   National Commission of <name_en> for UNESCO. Email is deliberately left NULL.

insert into country (code, name_en, name_fr, name_es, region) values
  ('AD', 'Andorra', 'Andorre', 'Andorra', 'EUROPE_NORTH_AMERICA'),
  ('AE', 'United Arab Emirates', 'Émirats arabes unis', 'Emiratos Árabes Unidos', 'ARAB_STATES'),
  ('AF', 'Afghanistan', 'Afghanistan', 'Afganistán', 'ASIA_PACIFIC'),
  ('AG', 'Antigua and Barbuda', 'Antigua-et-Barbuda', 'Antigua y Barbuda', 'LATIN_AMERICA_CARIBBEAN'),
  ('AI', 'Anguilla', 'Anguilla', 'Anguila', 'LATIN_AMERICA_CARIBBEAN'),
  ('AL', 'Albania', 'Albanie', 'Albania', 'EUROPE_NORTH_AMERICA'),
  ('AM', 'Armenia', 'Arménie', 'Armenia', 'EUROPE_NORTH_AMERICA'),
  ('AO', 'Angola', 'Angola', 'Angola', 'AFRICA'),
  ('AQ', 'Antarctica', 'Antarctique', 'Antártida', 'LATIN_AMERICA_CARIBBEAN'),  -- judgement call: uninhabited; nearest continent is South America (Antarctic Peninsula)
  ('AR', 'Argentina', 'Argentine', 'Argentina', 'LATIN_AMERICA_CARIBBEAN'),
  ('AS', 'American Samoa', 'Samoa américaines', 'Samoa Americana', 'ASIA_PACIFIC'),
  ('AT', 'Austria', 'Autriche', 'Austria', 'EUROPE_NORTH_AMERICA'),
  ('AU', 'Australia', 'Australie', 'Australia', 'ASIA_PACIFIC'),
  ('AW', 'Aruba', 'Aruba', 'Aruba', 'LATIN_AMERICA_CARIBBEAN'),
  ('AX', 'Åland Islands', 'Îles Åland', 'Islas Åland', 'EUROPE_NORTH_AMERICA'),
  ('AZ', 'Azerbaijan', 'Azerbaïdjan', 'Azerbaiyán', 'EUROPE_NORTH_AMERICA'),
  ('BA', 'Bosnia and Herzegovina', 'Bosnie-Herzégovine', 'Bosnia y Herzegovina', 'EUROPE_NORTH_AMERICA'),
  ('BB', 'Barbados', 'Barbade', 'Barbados', 'LATIN_AMERICA_CARIBBEAN'),
  ('BD', 'Bangladesh', 'Bangladesh', 'Bangladés', 'ASIA_PACIFIC'),
  ('BE', 'Belgium', 'Belgique', 'Bélgica', 'EUROPE_NORTH_AMERICA'),
  ('BF', 'Burkina Faso', 'Burkina Faso', 'Burkina Faso', 'AFRICA'),
  ('BG', 'Bulgaria', 'Bulgarie', 'Bulgaria', 'EUROPE_NORTH_AMERICA'),
  ('BH', 'Bahrain', 'Bahreïn', 'Baréin', 'ARAB_STATES'),
  ('BI', 'Burundi', 'Burundi', 'Burundi', 'AFRICA'),
  ('BJ', 'Benin', 'Bénin', 'Benín', 'AFRICA'),
  ('BL', 'Saint Barthélemy', 'Saint-Barthélemy', 'San Bartolomé', 'LATIN_AMERICA_CARIBBEAN'),
  ('BM', 'Bermuda', 'Bermudes', 'Bermudas', 'EUROPE_NORTH_AMERICA'),  -- judgement call: North Atlantic, not Caribbean; grouped with North America
  ('BN', 'Brunei', 'Brunei', 'Brunéi', 'ASIA_PACIFIC'),
  ('BO', 'Bolivia', 'Bolivie', 'Bolivia', 'LATIN_AMERICA_CARIBBEAN'),
  ('BQ', 'Bonaire, Sint Eustatius and Saba', 'Bonaire, Saint-Eustache et Saba', 'Bonaire, San Eustaquio y Saba', 'LATIN_AMERICA_CARIBBEAN'),
  ('BR', 'Brazil', 'Brésil', 'Brasil', 'LATIN_AMERICA_CARIBBEAN'),
  ('BS', 'Bahamas', 'Bahamas', 'Bahamas', 'LATIN_AMERICA_CARIBBEAN'),
  ('BT', 'Bhutan', 'Bhoutan', 'Bután', 'ASIA_PACIFIC'),
  ('BV', 'Bouvet Island', 'Île Bouvet', 'Isla Bouvet', 'AFRICA'),  -- judgement call: uninhabited sub-Antarctic island; nearest inhabited land is southern Africa
  ('BW', 'Botswana', 'Botswana', 'Botsuana', 'AFRICA'),
  ('BY', 'Belarus', 'Biélorussie', 'Bielorrusia', 'EUROPE_NORTH_AMERICA'),
  ('BZ', 'Belize', 'Belize', 'Belice', 'LATIN_AMERICA_CARIBBEAN'),
  ('CA', 'Canada', 'Canada', 'Canadá', 'EUROPE_NORTH_AMERICA'),
  ('CC', 'Cocos (Keeling) Islands', 'Îles Cocos', 'Islas Cocos', 'ASIA_PACIFIC'),
  ('CD', 'Democratic Republic of the Congo', 'République démocratique du Congo', 'República Democrática del Congo', 'AFRICA'),
  ('CF', 'Central African Republic', 'République centrafricaine', 'República Centroafricana', 'AFRICA'),
  ('CG', 'Congo', 'Congo', 'Congo', 'AFRICA'),
  ('CH', 'Switzerland', 'Suisse', 'Suiza', 'EUROPE_NORTH_AMERICA'),
  ('CI', 'Côte d''Ivoire', 'Côte d''Ivoire', 'Côte d''Ivoire', 'AFRICA'),
  ('CK', 'Cook Islands', 'Îles Cook', 'Islas Cook', 'ASIA_PACIFIC'),
  ('CL', 'Chile', 'Chili', 'Chile', 'LATIN_AMERICA_CARIBBEAN'),
  ('CM', 'Cameroon', 'Cameroun', 'Camerún', 'AFRICA'),
  ('CN', 'China', 'Chine', 'China', 'ASIA_PACIFIC'),
  ('CO', 'Colombia', 'Colombie', 'Colombia', 'LATIN_AMERICA_CARIBBEAN'),
  ('CR', 'Costa Rica', 'Costa Rica', 'Costa Rica', 'LATIN_AMERICA_CARIBBEAN'),
  ('CU', 'Cuba', 'Cuba', 'Cuba', 'LATIN_AMERICA_CARIBBEAN'),
  ('CV', 'Cabo Verde', 'Cap-Vert', 'Cabo Verde', 'AFRICA'),
  ('CW', 'Curaçao', 'Curaçao', 'Curazao', 'LATIN_AMERICA_CARIBBEAN'),
  ('CX', 'Christmas Island', 'Île Christmas', 'Isla de Navidad', 'ASIA_PACIFIC'),
  ('CY', 'Cyprus', 'Chypre', 'Chipre', 'EUROPE_NORTH_AMERICA'),
  ('CZ', 'Czechia', 'Tchéquie', 'Chequia', 'EUROPE_NORTH_AMERICA'),
  ('DE', 'Germany', 'Allemagne', 'Alemania', 'EUROPE_NORTH_AMERICA'),
  ('DJ', 'Djibouti', 'Djibouti', 'Yibuti', 'AFRICA'),
  ('DK', 'Denmark', 'Danemark', 'Dinamarca', 'EUROPE_NORTH_AMERICA'),
  ('DM', 'Dominica', 'Dominique', 'Dominica', 'LATIN_AMERICA_CARIBBEAN'),
  ('DO', 'Dominican Republic', 'République dominicaine', 'República Dominicana', 'LATIN_AMERICA_CARIBBEAN'),
  ('DZ', 'Algeria', 'Algérie', 'Argelia', 'ARAB_STATES'),
  ('EC', 'Ecuador', 'Équateur', 'Ecuador', 'LATIN_AMERICA_CARIBBEAN'),
  ('EE', 'Estonia', 'Estonie', 'Estonia', 'EUROPE_NORTH_AMERICA'),
  ('EG', 'Egypt', 'Égypte', 'Egipto', 'ARAB_STATES'),
  ('EH', 'Western Sahara', 'Sahara occidental', 'Sáhara Occidental', 'ARAB_STATES'),  -- judgement call: not a UNESCO member; lies between Morocco and Mauritania
  ('ER', 'Eritrea', 'Érythrée', 'Eritrea', 'AFRICA'),
  ('ES', 'Spain', 'Espagne', 'España', 'EUROPE_NORTH_AMERICA'),
  ('ET', 'Ethiopia', 'Éthiopie', 'Etiopía', 'AFRICA'),
  ('FI', 'Finland', 'Finlande', 'Finlandia', 'EUROPE_NORTH_AMERICA'),
  ('FJ', 'Fiji', 'Fidji', 'Fiyi', 'ASIA_PACIFIC'),
  ('FK', 'Falkland Islands (Malvinas)', 'Îles Malouines (Falkland)', 'Islas Malvinas (Falkland)', 'LATIN_AMERICA_CARIBBEAN'),
  ('FM', 'Micronesia', 'Micronésie', 'Micronesia', 'ASIA_PACIFIC'),
  ('FO', 'Faroe Islands', 'Îles Féroé', 'Islas Feroe', 'EUROPE_NORTH_AMERICA'),
  ('FR', 'France', 'France', 'Francia', 'EUROPE_NORTH_AMERICA'),
  ('GA', 'Gabon', 'Gabon', 'Gabón', 'AFRICA'),
  ('GB', 'United Kingdom', 'Royaume-Uni', 'Reino Unido', 'EUROPE_NORTH_AMERICA'),
  ('GD', 'Grenada', 'Grenade', 'Granada', 'LATIN_AMERICA_CARIBBEAN'),
  ('GE', 'Georgia', 'Géorgie', 'Georgia', 'EUROPE_NORTH_AMERICA'),
  ('GF', 'French Guiana', 'Guyane française', 'Guayana Francesa', 'LATIN_AMERICA_CARIBBEAN'),
  ('GG', 'Guernsey', 'Guernesey', 'Guernesey', 'EUROPE_NORTH_AMERICA'),
  ('GH', 'Ghana', 'Ghana', 'Ghana', 'AFRICA'),
  ('GI', 'Gibraltar', 'Gibraltar', 'Gibraltar', 'EUROPE_NORTH_AMERICA'),
  ('GL', 'Greenland', 'Groenland', 'Groenlandia', 'EUROPE_NORTH_AMERICA'),  -- territory of Denmark; geographically North America
  ('GM', 'Gambia', 'Gambie', 'Gambia', 'AFRICA'),
  ('GN', 'Guinea', 'Guinée', 'Guinea', 'AFRICA'),
  ('GP', 'Guadeloupe', 'Guadeloupe', 'Guadalupe', 'LATIN_AMERICA_CARIBBEAN'),
  ('GQ', 'Equatorial Guinea', 'Guinée équatoriale', 'Guinea Ecuatorial', 'AFRICA'),
  ('GR', 'Greece', 'Grèce', 'Grecia', 'EUROPE_NORTH_AMERICA'),
  ('GS', 'South Georgia and the South Sandwich Islands', 'Géorgie du Sud-et-les Îles Sandwich du Sud', 'Islas Georgia del Sur y Sandwich del Sur', 'LATIN_AMERICA_CARIBBEAN'),  -- judgement call: uninhabited; South Atlantic, next to the Falkland Islands
  ('GT', 'Guatemala', 'Guatemala', 'Guatemala', 'LATIN_AMERICA_CARIBBEAN'),
  ('GU', 'Guam', 'Guam', 'Guam', 'ASIA_PACIFIC'),
  ('GW', 'Guinea-Bissau', 'Guinée-Bissau', 'Guinea-Bisáu', 'AFRICA'),
  ('GY', 'Guyana', 'Guyana', 'Guyana', 'LATIN_AMERICA_CARIBBEAN'),
  ('HK', 'Hong Kong', 'Hong Kong', 'Hong Kong', 'ASIA_PACIFIC'),
  ('HM', 'Heard Island and McDonald Islands', 'Îles Heard-et-MacDonald', 'Islas Heard y McDonald', 'ASIA_PACIFIC'),  -- judgement call: uninhabited Australian external territory
  ('HN', 'Honduras', 'Honduras', 'Honduras', 'LATIN_AMERICA_CARIBBEAN'),
  ('HR', 'Croatia', 'Croatie', 'Croacia', 'EUROPE_NORTH_AMERICA'),
  ('HT', 'Haiti', 'Haïti', 'Haití', 'LATIN_AMERICA_CARIBBEAN'),
  ('HU', 'Hungary', 'Hongrie', 'Hungría', 'EUROPE_NORTH_AMERICA'),
  ('ID', 'Indonesia', 'Indonésie', 'Indonesia', 'ASIA_PACIFIC'),
  ('IE', 'Ireland', 'Irlande', 'Irlanda', 'EUROPE_NORTH_AMERICA'),
  ('IL', 'Israel', 'Israël', 'Israel', 'EUROPE_NORTH_AMERICA'),
  ('IM', 'Isle of Man', 'Île de Man', 'Isla de Man', 'EUROPE_NORTH_AMERICA'),
  ('IN', 'India', 'Inde', 'India', 'ASIA_PACIFIC'),
  ('IO', 'British Indian Ocean Territory', 'Territoire britannique de l''océan Indien', 'Territorio Británico del Océano Índico', 'AFRICA'),  -- judgement call: Chagos Archipelago; sovereignty being transferred to Mauritius
  ('IQ', 'Iraq', 'Irak', 'Irak', 'ARAB_STATES'),
  ('IR', 'Iran', 'Iran', 'Irán', 'ASIA_PACIFIC'),
  ('IS', 'Iceland', 'Islande', 'Islandia', 'EUROPE_NORTH_AMERICA'),
  ('IT', 'Italy', 'Italie', 'Italia', 'EUROPE_NORTH_AMERICA'),
  ('JE', 'Jersey', 'Jersey', 'Jersey', 'EUROPE_NORTH_AMERICA'),
  ('JM', 'Jamaica', 'Jamaïque', 'Jamaica', 'LATIN_AMERICA_CARIBBEAN'),
  ('JO', 'Jordan', 'Jordanie', 'Jordania', 'ARAB_STATES'),
  ('JP', 'Japan', 'Japon', 'Japón', 'ASIA_PACIFIC'),
  ('KE', 'Kenya', 'Kenya', 'Kenia', 'AFRICA'),
  ('KG', 'Kyrgyzstan', 'Kirghizstan', 'Kirguistán', 'ASIA_PACIFIC'),
  ('KH', 'Cambodia', 'Cambodge', 'Camboya', 'ASIA_PACIFIC'),
  ('KI', 'Kiribati', 'Kiribati', 'Kiribati', 'ASIA_PACIFIC'),
  ('KM', 'Comoros', 'Comores', 'Comoras', 'AFRICA'),
  ('KN', 'Saint Kitts and Nevis', 'Saint-Christophe-et-Niévès', 'San Cristóbal y Nieves', 'LATIN_AMERICA_CARIBBEAN'),
  ('KP', 'Democratic People''s Republic of Korea', 'République populaire démocratique de Corée', 'República Popular Democrática de Corea', 'ASIA_PACIFIC'),
  ('KR', 'Republic of Korea', 'République de Corée', 'República de Corea', 'ASIA_PACIFIC'),
  ('KW', 'Kuwait', 'Koweït', 'Kuwait', 'ARAB_STATES'),
  ('KY', 'Cayman Islands', 'Îles Caïmans', 'Islas Caimán', 'LATIN_AMERICA_CARIBBEAN'),
  ('KZ', 'Kazakhstan', 'Kazakhstan', 'Kazajistán', 'ASIA_PACIFIC'),
  ('LA', 'Laos', 'Laos', 'Laos', 'ASIA_PACIFIC'),
  ('LB', 'Lebanon', 'Liban', 'Líbano', 'ARAB_STATES'),
  ('LC', 'Saint Lucia', 'Sainte-Lucie', 'Santa Lucía', 'LATIN_AMERICA_CARIBBEAN'),
  ('LI', 'Liechtenstein', 'Liechtenstein', 'Liechtenstein', 'EUROPE_NORTH_AMERICA'),
  ('LK', 'Sri Lanka', 'Sri Lanka', 'Sri Lanka', 'ASIA_PACIFIC'),
  ('LR', 'Liberia', 'Liberia', 'Liberia', 'AFRICA'),
  ('LS', 'Lesotho', 'Lesotho', 'Lesoto', 'AFRICA'),
  ('LT', 'Lithuania', 'Lituanie', 'Lituania', 'EUROPE_NORTH_AMERICA'),
  ('LU', 'Luxembourg', 'Luxembourg', 'Luxemburgo', 'EUROPE_NORTH_AMERICA'),
  ('LV', 'Latvia', 'Lettonie', 'Letonia', 'EUROPE_NORTH_AMERICA'),
  ('LY', 'Libya', 'Libye', 'Libia', 'ARAB_STATES'),
  ('MA', 'Morocco', 'Maroc', 'Marruecos', 'ARAB_STATES'),
  ('MC', 'Monaco', 'Monaco', 'Mónaco', 'EUROPE_NORTH_AMERICA'),
  ('MD', 'Moldova', 'Moldavie', 'Moldavia', 'EUROPE_NORTH_AMERICA'),
  ('ME', 'Montenegro', 'Monténégro', 'Montenegro', 'EUROPE_NORTH_AMERICA'),
  ('MF', 'Saint Martin (French part)', 'Saint-Martin (partie française)', 'San Martín (parte francesa)', 'LATIN_AMERICA_CARIBBEAN'),
  ('MG', 'Madagascar', 'Madagascar', 'Madagascar', 'AFRICA'),
  ('MH', 'Marshall Islands', 'Îles Marshall', 'Islas Marshall', 'ASIA_PACIFIC'),
  ('MK', 'North Macedonia', 'Macédoine du Nord', 'Macedonia del Norte', 'EUROPE_NORTH_AMERICA'),
  ('ML', 'Mali', 'Mali', 'Mali', 'AFRICA'),
  ('MM', 'Myanmar', 'Myanmar', 'Myanmar', 'ASIA_PACIFIC'),
  ('MN', 'Mongolia', 'Mongolie', 'Mongolia', 'ASIA_PACIFIC'),
  ('MO', 'Macao', 'Macao', 'Macao', 'ASIA_PACIFIC'),
  ('MP', 'Northern Mariana Islands', 'Îles Mariannes du Nord', 'Islas Marianas del Norte', 'ASIA_PACIFIC'),
  ('MQ', 'Martinique', 'Martinique', 'Martinica', 'LATIN_AMERICA_CARIBBEAN'),
  ('MR', 'Mauritania', 'Mauritanie', 'Mauritania', 'ARAB_STATES'),
  ('MS', 'Montserrat', 'Montserrat', 'Montserrat', 'LATIN_AMERICA_CARIBBEAN'),
  ('MT', 'Malta', 'Malte', 'Malta', 'EUROPE_NORTH_AMERICA'),
  ('MU', 'Mauritius', 'Maurice', 'Mauricio', 'AFRICA'),
  ('MV', 'Maldives', 'Maldives', 'Maldivas', 'ASIA_PACIFIC'),
  ('MW', 'Malawi', 'Malawi', 'Malaui', 'AFRICA'),
  ('MX', 'Mexico', 'Mexique', 'México', 'LATIN_AMERICA_CARIBBEAN'),
  ('MY', 'Malaysia', 'Malaisie', 'Malasia', 'ASIA_PACIFIC'),
  ('MZ', 'Mozambique', 'Mozambique', 'Mozambique', 'AFRICA'),
  ('NA', 'Namibia', 'Namibie', 'Namibia', 'AFRICA'),
  ('NC', 'New Caledonia', 'Nouvelle-Calédonie', 'Nueva Caledonia', 'ASIA_PACIFIC'),
  ('NE', 'Niger', 'Niger', 'Níger', 'AFRICA'),
  ('NF', 'Norfolk Island', 'Île Norfolk', 'Isla Norfolk', 'ASIA_PACIFIC'),
  ('NG', 'Nigeria', 'Nigeria', 'Nigeria', 'AFRICA'),
  ('NI', 'Nicaragua', 'Nicaragua', 'Nicaragua', 'LATIN_AMERICA_CARIBBEAN'),
  ('NL', 'Netherlands', 'Pays-Bas', 'Países Bajos', 'EUROPE_NORTH_AMERICA'),
  ('NO', 'Norway', 'Norvège', 'Noruega', 'EUROPE_NORTH_AMERICA'),
  ('NP', 'Nepal', 'Népal', 'Nepal', 'ASIA_PACIFIC'),
  ('NR', 'Nauru', 'Nauru', 'Nauru', 'ASIA_PACIFIC'),
  ('NU', 'Niue', 'Niue', 'Niue', 'ASIA_PACIFIC'),
  ('NZ', 'New Zealand', 'Nouvelle-Zélande', 'Nueva Zelanda', 'ASIA_PACIFIC'),
  ('OM', 'Oman', 'Oman', 'Omán', 'ARAB_STATES'),
  ('PA', 'Panama', 'Panama', 'Panamá', 'LATIN_AMERICA_CARIBBEAN'),
  ('PE', 'Peru', 'Pérou', 'Perú', 'LATIN_AMERICA_CARIBBEAN'),
  ('PF', 'French Polynesia', 'Polynésie française', 'Polinesia Francesa', 'ASIA_PACIFIC'),
  ('PG', 'Papua New Guinea', 'Papouasie-Nouvelle-Guinée', 'Papúa Nueva Guinea', 'ASIA_PACIFIC'),
  ('PH', 'Philippines', 'Philippines', 'Filipinas', 'ASIA_PACIFIC'),
  ('PK', 'Pakistan', 'Pakistan', 'Pakistán', 'ASIA_PACIFIC'),
  ('PL', 'Poland', 'Pologne', 'Polonia', 'EUROPE_NORTH_AMERICA'),
  ('PM', 'Saint Pierre and Miquelon', 'Saint-Pierre-et-Miquelon', 'San Pedro y Miquelón', 'EUROPE_NORTH_AMERICA'),  -- territory of France; off the coast of Canada
  ('PN', 'Pitcairn Islands', 'Îles Pitcairn', 'Islas Pitcairn', 'ASIA_PACIFIC'),
  ('PR', 'Puerto Rico', 'Porto Rico', 'Puerto Rico', 'LATIN_AMERICA_CARIBBEAN'),  -- territory of the United States; Caribbean
  ('PS', 'Palestine', 'Palestine', 'Palestina', 'ARAB_STATES'),
  ('PT', 'Portugal', 'Portugal', 'Portugal', 'EUROPE_NORTH_AMERICA'),
  ('PW', 'Palau', 'Palaos', 'Palaos', 'ASIA_PACIFIC'),
  ('PY', 'Paraguay', 'Paraguay', 'Paraguay', 'LATIN_AMERICA_CARIBBEAN'),
  ('QA', 'Qatar', 'Qatar', 'Catar', 'ARAB_STATES'),
  ('RE', 'Réunion', 'La Réunion', 'Reunión', 'AFRICA'),
  ('RO', 'Romania', 'Roumanie', 'Rumanía', 'EUROPE_NORTH_AMERICA'),
  ('RS', 'Serbia', 'Serbie', 'Serbia', 'EUROPE_NORTH_AMERICA'),
  ('RU', 'Russia', 'Russie', 'Rusia', 'EUROPE_NORTH_AMERICA'),
  ('RW', 'Rwanda', 'Rwanda', 'Ruanda', 'AFRICA'),
  ('SA', 'Saudi Arabia', 'Arabie saoudite', 'Arabia Saudí', 'ARAB_STATES'),
  ('SB', 'Solomon Islands', 'Îles Salomon', 'Islas Salomón', 'ASIA_PACIFIC'),
  ('SC', 'Seychelles', 'Seychelles', 'Seychelles', 'AFRICA'),
  ('SD', 'Sudan', 'Soudan', 'Sudán', 'ARAB_STATES'),
  ('SE', 'Sweden', 'Suède', 'Suecia', 'EUROPE_NORTH_AMERICA'),
  ('SG', 'Singapore', 'Singapour', 'Singapur', 'ASIA_PACIFIC'),
  ('SH', 'Saint Helena, Ascension and Tristan da Cunha', 'Sainte-Hélène, Ascension et Tristan da Cunha', 'Santa Elena, Ascensión y Tristán de Acuña', 'AFRICA'),
  ('SI', 'Slovenia', 'Slovénie', 'Eslovenia', 'EUROPE_NORTH_AMERICA'),
  ('SJ', 'Svalbard and Jan Mayen', 'Svalbard et Jan Mayen', 'Svalbard y Jan Mayen', 'EUROPE_NORTH_AMERICA'),
  ('SK', 'Slovakia', 'Slovaquie', 'Eslovaquia', 'EUROPE_NORTH_AMERICA'),
  ('SL', 'Sierra Leone', 'Sierra Leone', 'Sierra Leona', 'AFRICA'),
  ('SM', 'San Marino', 'Saint-Marin', 'San Marino', 'EUROPE_NORTH_AMERICA'),
  ('SN', 'Senegal', 'Sénégal', 'Senegal', 'AFRICA'),
  ('SO', 'Somalia', 'Somalie', 'Somalia', 'AFRICA'),
  ('SR', 'Suriname', 'Suriname', 'Surinam', 'LATIN_AMERICA_CARIBBEAN'),
  ('SS', 'South Sudan', 'Soudan du Sud', 'Sudán del Sur', 'AFRICA'),
  ('ST', 'São Tomé and Príncipe', 'Sao Tomé-et-Principe', 'Santo Tomé y Príncipe', 'AFRICA'),
  ('SV', 'El Salvador', 'Salvador', 'El Salvador', 'LATIN_AMERICA_CARIBBEAN'),
  ('SX', 'Sint Maarten (Dutch part)', 'Saint-Martin (partie néerlandaise)', 'Sint Maarten (parte neerlandesa)', 'LATIN_AMERICA_CARIBBEAN'),
  ('SY', 'Syria', 'Syrie', 'Siria', 'ARAB_STATES'),
  ('SZ', 'Eswatini', 'Eswatini', 'Esuatini', 'AFRICA'),
  ('TC', 'Turks and Caicos Islands', 'Îles Turques-et-Caïques', 'Islas Turcas y Caicos', 'LATIN_AMERICA_CARIBBEAN'),
  ('TD', 'Chad', 'Tchad', 'Chad', 'AFRICA'),
  ('TF', 'French Southern Territories', 'Terres australes françaises', 'Territorios Australes Franceses', 'AFRICA'),  -- judgement call: Indian Ocean islands administered from Reunion
  ('TG', 'Togo', 'Togo', 'Togo', 'AFRICA'),
  ('TH', 'Thailand', 'Thaïlande', 'Tailandia', 'ASIA_PACIFIC'),
  ('TJ', 'Tajikistan', 'Tadjikistan', 'Tayikistán', 'ASIA_PACIFIC'),
  ('TK', 'Tokelau', 'Tokelau', 'Tokelau', 'ASIA_PACIFIC'),
  ('TL', 'Timor-Leste', 'Timor oriental', 'Timor-Leste', 'ASIA_PACIFIC'),
  ('TM', 'Turkmenistan', 'Turkménistan', 'Turkmenistán', 'ASIA_PACIFIC'),
  ('TN', 'Tunisia', 'Tunisie', 'Túnez', 'ARAB_STATES'),
  ('TO', 'Tonga', 'Tonga', 'Tonga', 'ASIA_PACIFIC'),
  ('TR', 'Türkiye', 'Türkiye', 'Türkiye', 'EUROPE_NORTH_AMERICA'),
  ('TT', 'Trinidad and Tobago', 'Trinité-et-Tobago', 'Trinidad y Tobago', 'LATIN_AMERICA_CARIBBEAN'),
  ('TV', 'Tuvalu', 'Tuvalu', 'Tuvalu', 'ASIA_PACIFIC'),
  ('TW', 'Taiwan, Province of China', 'Taïwan (province de Chine)', 'Taiwán (provincia de China)', 'ASIA_PACIFIC'),  -- not a UNESCO member; ISO 3166-1 short name
  ('TZ', 'Tanzania', 'Tanzanie', 'Tanzania', 'AFRICA'),
  ('UA', 'Ukraine', 'Ukraine', 'Ucrania', 'EUROPE_NORTH_AMERICA'),
  ('UG', 'Uganda', 'Ouganda', 'Uganda', 'AFRICA'),
  ('UM', 'United States Minor Outlying Islands', 'Îles mineures éloignées des États-Unis', 'Islas Ultramarinas Menores de los Estados Unidos', 'ASIA_PACIFIC'),  -- judgement call: mostly Pacific atolls (Navassa Island is in the Caribbean)
  ('US', 'United States', 'États-Unis', 'Estados Unidos', 'EUROPE_NORTH_AMERICA'),
  ('UY', 'Uruguay', 'Uruguay', 'Uruguay', 'LATIN_AMERICA_CARIBBEAN'),
  ('UZ', 'Uzbekistan', 'Ouzbékistan', 'Uzbekistán', 'ASIA_PACIFIC'),
  ('VA', 'Vatican City', 'État de la Cité du Vatican', 'Ciudad del Vaticano', 'EUROPE_NORTH_AMERICA'),
  ('VC', 'Saint Vincent and the Grenadines', 'Saint-Vincent-et-les-Grenadines', 'San Vicente y las Granadinas', 'LATIN_AMERICA_CARIBBEAN'),
  ('VE', 'Venezuela', 'Venezuela', 'Venezuela', 'LATIN_AMERICA_CARIBBEAN'),
  ('VG', 'British Virgin Islands', 'Îles Vierges britanniques', 'Islas Vírgenes Británicas', 'LATIN_AMERICA_CARIBBEAN'),
  ('VI', 'United States Virgin Islands', 'Îles Vierges des États-Unis', 'Islas Vírgenes de los Estados Unidos', 'LATIN_AMERICA_CARIBBEAN'),  -- territory of the United States; Caribbean
  ('VN', 'Vietnam', 'Viêt Nam', 'Vietnam', 'ASIA_PACIFIC'),
  ('VU', 'Vanuatu', 'Vanuatu', 'Vanuatu', 'ASIA_PACIFIC'),
  ('WF', 'Wallis and Futuna', 'Wallis-et-Futuna', 'Wallis y Futuna', 'ASIA_PACIFIC'),
  ('WS', 'Samoa', 'Samoa', 'Samoa', 'ASIA_PACIFIC'),
  ('YE', 'Yemen', 'Yémen', 'Yemen', 'ARAB_STATES'),
  ('YT', 'Mayotte', 'Mayotte', 'Mayotte', 'AFRICA'),
  ('ZA', 'South Africa', 'Afrique du Sud', 'Sudáfrica', 'AFRICA'),
  ('ZM', 'Zambia', 'Zambie', 'Zambia', 'AFRICA'),
  ('ZW', 'Zimbabwe', 'Zimbabwe', 'Zimbabue', 'AFRICA');

-- Generic name for every country first (with the article where English needs one) ...
insert into national_commission (country_code, name)
select code,
       'National Commission of '
       || case when code in ('AE', 'AX', 'BS', 'CC', 'CD', 'CF', 'CG', 'CK', 'DO', 'FK', 'FO', 'GB', 'GM', 'IO', 'KM', 'KP', 'KR', 'KY', 'MH', 'MP', 'MV', 'NL', 'PH', 'PN', 'TC', 'TF', 'UM', 'US', 'VG', 'VI') then 'the ' else '' end
       || name_en || ' for UNESCO'
from country
order by code;

-- ... then the official English names that are known.
update national_commission set name = 'Austrian Commission for UNESCO' where country_code = 'AT';
update national_commission set name = 'Australian National Commission for UNESCO' where country_code = 'AU';
update national_commission set name = 'Bangladesh National Commission for UNESCO' where country_code = 'BD';
update national_commission set name = 'Bahrain National Commission for UNESCO' where country_code = 'BH';
update national_commission set name = 'Brazilian National Commission for UNESCO' where country_code = 'BR';
update national_commission set name = 'Canadian Commission for UNESCO' where country_code = 'CA';
update national_commission set name = 'Swiss Commission for UNESCO' where country_code = 'CH';
update national_commission set name = 'Chinese National Commission for UNESCO' where country_code = 'CN';
update national_commission set name = 'Colombian National Commission for Cooperation with UNESCO' where country_code = 'CO';
update national_commission set name = 'German Commission for UNESCO' where country_code = 'DE';
update national_commission set name = 'Estonian National Commission for UNESCO' where country_code = 'EE';
update national_commission set name = 'Egyptian National Commission for UNESCO' where country_code = 'EG';
update national_commission set name = 'Ethiopian National Agency for UNESCO' where country_code = 'ET';
update national_commission set name = 'Finnish National Commission for UNESCO' where country_code = 'FI';
update national_commission set name = 'French National Commission for UNESCO' where country_code = 'FR';
update national_commission set name = 'UK National Commission for UNESCO' where country_code = 'GB';
update national_commission set name = 'Hellenic National Commission for UNESCO' where country_code = 'GR';
update national_commission set name = 'Croatian Commission for UNESCO' where country_code = 'HR';
update national_commission set name = 'Indonesian National Commission for UNESCO' where country_code = 'ID';
update national_commission set name = 'Irish National Commission for UNESCO' where country_code = 'IE';
update national_commission set name = 'Israel National Commission for UNESCO' where country_code = 'IL';
update national_commission set name = 'Indian National Commission for Cooperation with UNESCO' where country_code = 'IN';
update national_commission set name = 'Iranian National Commission for UNESCO' where country_code = 'IR';
update national_commission set name = 'Italian National Commission for UNESCO' where country_code = 'IT';
update national_commission set name = 'Jamaica National Commission for UNESCO' where country_code = 'JM';
update national_commission set name = 'Jordan National Commission for Education, Culture and Science' where country_code = 'JO';
update national_commission set name = 'Japanese National Commission for UNESCO' where country_code = 'JP';
update national_commission set name = 'Kenya National Commission for UNESCO' where country_code = 'KE';
update national_commission set name = 'Korean National Commission for UNESCO' where country_code = 'KR';
update national_commission set name = 'Latvian National Commission for UNESCO' where country_code = 'LV';
update national_commission set name = 'Moroccan National Commission for Education, Sciences and Culture' where country_code = 'MA';
update national_commission set name = 'Mexican Commission for Cooperation with UNESCO' where country_code = 'MX';
update national_commission set name = 'Malaysian National Commission for UNESCO' where country_code = 'MY';
update national_commission set name = 'Mozambique National Commission for UNESCO' where country_code = 'MZ';
update national_commission set name = 'Netherlands National Commission for UNESCO' where country_code = 'NL';
update national_commission set name = 'Norwegian National Commission for UNESCO' where country_code = 'NO';
update national_commission set name = 'New Zealand National Commission for UNESCO' where country_code = 'NZ';
update national_commission set name = 'UNESCO National Commission of the Philippines' where country_code = 'PH';
update national_commission set name = 'Pakistan National Commission for UNESCO' where country_code = 'PK';
update national_commission set name = 'Qatar National Commission for Education, Culture and Science' where country_code = 'QA';
update national_commission set name = 'Commission of the Republic of Serbia for UNESCO' where country_code = 'RS';
update national_commission set name = 'Commission of the Russian Federation for UNESCO' where country_code = 'RU';
update national_commission set name = 'Saudi National Commission for Education, Culture and Science' where country_code = 'SA';
update national_commission set name = 'Swedish National Commission for UNESCO' where country_code = 'SE';
update national_commission set name = 'Thai National Commission for UNESCO' where country_code = 'TH';
update national_commission set name = 'Turkish National Commission for UNESCO' where country_code = 'TR';
update national_commission set name = 'U.S. National Commission for UNESCO' where country_code = 'US';
update national_commission set name = 'Viet Nam National Commission for UNESCO' where country_code = 'VN';
update national_commission set name = 'South African National Commission for UNESCO' where country_code = 'ZA';
update national_commission set name = 'Zambia National Commission for UNESCO' where country_code = 'ZM';
update national_commission set name = 'Zimbabwe National Commission for UNESCO' where country_code = 'ZW';
