-- The 2nd International Conference on Learning Cities, Mexico City, 28-30 September 2015,
-- recorded in full from UIL's conference report (2016): agenda (Appendix 1), sessions with
-- the people in their roles, the bureau and drafting committee (Appendix 2), the outcome
-- documents and the award ceremony. Names, positions and dates are the report's; summaries
-- are written for the portal. The counts at the end make the migration fail on a mistake.

insert into conference (ordinal, year, theme, status, format, host_city_name, host_city_id, host_country_code,
                        starts_on, ends_on, time_zone, participants, participants_at_least, member_states,
                        organisers, hosting_organisations, sponsors, summary, award_year)
values (2, 2015, 'Building Sustainable Learning Cities', 'HELD', 'IN_PERSON', 'Mexico City',
        (select id from city where slug = 'mexico-city'), 'MX', date '2015-09-28', date '2015-09-30',
        'America/Mexico_City', 650, true, 95,
        E'UNESCO\nGovernment of Mexico City',
        E'Secretariat of Education of the Government of Mexico City\nUNESCO Office in Mexico\nMexican Commission for Cooperation with UNESCO (CONALMEX)\nUNESCO Institute for Lifelong Learning (UIL)',
        E'Festo Didactic Inc.\nKings Group',
        'Mayors, ministers, experts, private-sector partners and youth delegates met in Mexico City to ask how '
        || 'learning cities can make cities socially, economically and environmentally sustainable, days after '
        || 'the United Nations adopted the 2030 Agenda for Sustainable Development. The conference took stock of '
        || 'progress since Beijing 2013, opened the UNESCO Global Network of Learning Cities to membership, '
        || 'presented the first UNESCO Learning City Award to twelve cities and adopted the Mexico City Statement '
        || 'on Sustainable Learning Cities. The Guidelines for Building Learning Cities were launched and the youth '
        || 'delegates wrote a statement of their own.',
        2015);

-- Agenda (Appendix 1). The report gives start times; an item ends when the next one starts.
insert into conference_agenda_item (conference_id, day, starts_at, ends_at, venue, title, position)
select c.id, v.day, v.starts_at, v.ends_at, v.venue, v.title, v.position
from conference c,
 (values
  (date '2015-09-27', null::time, null::time, null::text, 'Arrival and registration', 1),
  (date '2015-09-28', time '09:30', time '10:45', 'Teatro de la Ciudad', 'Opening Ceremony', 1),
  (date '2015-09-28', time '10:45', time '11:00', 'Teatro de la Ciudad', 'Introduction to the Conference and Adoption of Conference Agenda', 2),
  (date '2015-09-28', time '11:00', time '11:15', null, 'Break', 3),
  (date '2015-09-28', time '11:15', time '12:30', 'Teatro de la Ciudad', 'UNESCO Learning City Award Ceremony', 4),
  (date '2015-09-28', time '12:30', time '14:30', null, 'Lunch', 5),
  (date '2015-09-28', time '14:30', time '15:45', 'Palacio de Minería', 'Plenary Session 1: Developing Sustainable Learning Cities Around the World', 6),
  (date '2015-09-28', time '15:45', time '16:15', null, 'Break', 7),
  (date '2015-09-28', time '16:15', time '17:30', 'Palacio de Minería', 'Plenary Session 2: Strengthening Partnerships and Networks for Developing Sustainable Learning Cities', 8),
  (date '2015-09-28', time '17:30', null, null, 'End', 9),
  (date '2015-09-28', time '20:00', null, null, 'Dinner', 10),
  (date '2015-09-29', time '09:30', time '10:45', 'Palacio de Minería', 'Plenary Session 3: Implementing the Key Features for Sustainable Learning Cities', 1),
  (date '2015-09-29', time '10:45', time '11:00', null, 'Break', 2),
  (date '2015-09-29', time '11:00', time '12:30', 'Palacio de Minería', 'Mayors'' Forum & Parallel Thematic Forums: (1) How Learning Cities Can Foster Global Citizenship and Environmental Stewardship (2) How Learning Cities Can Contribute to Health and Well-Being (3) How Learning Cities Can Stimulate Inclusive and Sustainable Economic Growth', 3),
  (date '2015-09-29', time '12:30', time '14:30', null, 'Lunch', 4),
  (date '2015-09-29', time '14:30', time '16:00', 'Palacio de Minería', 'Parallel Regional Forums', 5),
  (date '2015-09-29', time '16:00', time '16:30', null, 'Break', 6),
  (date '2015-09-29', time '16:30', time '17:00', 'Palacio de Minería', 'Adoption of the Mexico City Statement on Sustainable Learning Cities', 7),
  (date '2015-09-29', time '17:00', time '18:00', 'Palacio de Minería', 'Closing Ceremony', 8),
  (date '2015-09-29', time '18:00', null, null, 'End', 9),
  (date '2015-09-29', time '20:00', null, null, 'Dinner', 10),
  (date '2015-09-30', null, null, null, 'Study and cultural visits', 1)
 ) as v(day, starts_at, ends_at, venue, title, position)
where c.ordinal = 2;

-- Sessions, each scheduled by its agenda item.
insert into conference_session (conference_id, type, number, title, summary, agenda_item_id)
select c.id, v.type, v.number, v.title, v.summary,
       (select a.id from conference_agenda_item a
         where a.conference_id = c.id and a.day = v.day and a.starts_at = v.starts_at)
from conference c,
 (values
  ('OPENING_CEREMONY', null::int, null::text, date '2015-09-28', time '09:30',
   'Chaired by the Mayor of Mexico City in the Teatro de la Ciudad, the opening tied learning cities to the '
   || 'Sustainable Development Goals that the UN General Assembly had just adopted, above all SDG 4 on lifelong '
   || 'learning for all and SDG 11 on inclusive, safe and sustainable cities. Speakers from UNESCO, Beijing, '
   || 'Mexico City, the education ministries of Mexico and Brazil, and the philosopher Gilles Lipovetsky spoke '
   || 'about political commitment, learning without breaks between the stages of education, and learning as '
   || 'the ground on which cities thrive. Participants then approved the agenda and confirmed the bureau.'),
  ('AWARD_CEREMONY', null, null, date '2015-09-28', time '11:15',
   'The first UNESCO Learning City Award was presented in the Teatro de la Ciudad. UIL launched the case '
   || 'studies of twelve learning cities and the Guidelines for Building Learning Cities, opened the UNESCO '
   || 'Global Network of Learning Cities to membership and launched the Award, which went to twelve cities '
   || 'from all five UNESCO regions for their progress in putting the Key Features of Learning Cities into practice.'),
  ('PLENARY', 1, 'Developing Sustainable Learning Cities around the World', date '2015-09-28', time '14:30',
   'Different views on how mayors, education leaders and experts can use the learning city concept. '
   || 'The speakers covered the legal and financial footing of Mexico City''s learning programmes, the national '
   || 'framework of the Republic of Korea and evidence that its learning cities do better than others, the case '
   || 'of UN-Habitat for people-centred urban policy, and China''s national policy and planned index of learning '
   || 'cities. Participants agreed that learning cities must put people at the centre and give empowerment, '
   || 'social cohesion and culture the same weight as economic growth.'),
  ('PLENARY', 2, 'Strengthening Partnerships and Networks for Developing Sustainable Learning Cities', date '2015-09-28', time '16:15',
   'How city governments and their partners can run sustainable learning cities together. A deputy mayor, '
   || 'a global civil-society network and two companies described shared platforms for partners, networks '
   || 'between cities, bridges between education and industry, and technology partnerships. Participants '
   || 'agreed that partnerships and networks at several levels drive innovation, but that no single model '
   || 'fits every city.'),
  ('PLENARY', 3, 'Implementing the Key Features of Sustainable Learning Cities', date '2015-09-29', time '09:30',
   'How cities and their partners can measure and evaluate their progress as learning cities. The speakers '
   || 'presented Beijing''s evaluation index, the UNESCO Institute for Statistics'' view of data for the SDGs, '
   || 'Melton''s monitoring and reporting framework, city-level education monitoring in Germany and the OECD''s '
   || 'work on skills. The session concluded that sound monitoring and evaluation, led by governments with '
   || 'stakeholders from every sector and adapted from the Key Features of Learning Cities to local priorities, '
   || 'is what turns political commitments into concrete, evidence-based strategies.'),
  ('MAYORS_FORUM', null, 'Lifelong Learning for All is our Cities'' Future', date '2015-09-29', time '11:00',
   'Mayors and deputy mayors from Ireland, Japan, Brazil, Jamaica, the Republic of Korea and Greece compared '
   || 'how they build learning cities. They stressed inclusion, learning open to all and accountability to '
   || 'citizens. They found the Guidelines for Building Learning Cities useful, above all on access for all and '
   || 'on coordinating stakeholders, and recommended monitoring progress and holding learning festivals to keep '
   || 'the momentum.'),
  ('THEMATIC_FORUM', 1, 'How Learning Cities can Foster Global Citizenship and Environmental Stewardship', date '2015-09-29', time '11:00',
   'How cities can offer learning that builds global citizenship and care for the environment, for children '
   || 'and adults alike. The speakers discussed local skills to face climate change, a real voice for young '
   || 'people, the weight of citizen action in cities and learning across administrative borders. The forum '
   || 'proposed adding a fifth pillar, learning to transform, to the four pillars of learning of the Delors Report.'),
  ('THEMATIC_FORUM', 2, 'How Learning Cities can Contribute to Health and Well-Being', date '2015-09-29', time '11:00',
   'How learning can improve the health and well-being of all city dwellers, in line with SDG 3. Examples '
   || 'ranged from Mexico City''s SaludArte programme for schoolchildren to Shanghai''s community health courses, '
   || 'with research on the health risks of city life. The forum concluded that fast urban growth calls for '
   || 'learning about health at every age.'),
  ('THEMATIC_FORUM', 3, 'How Learning Cities can Stimulate Inclusive and Sustainable Economic Growth', date '2015-09-29', time '11:00',
   'How lifelong learning can drive inclusive, sustainable growth and decent work (SDG 8). Speakers from '
   || 'companies, an education association, an NGO and a municipality covered early skills, teacher training in '
   || 'technology, support for entrepreneurs and learning for a hundred thousand people a year in Konya. '
   || 'Participants agreed that learning for all goes hand in hand with inclusive growth and helps cities face '
   || 'youth unemployment, migration and technological change.'),
  ('REGIONAL_FORUM', 1, 'Africa', date '2015-09-29', time '14:30',
   'The forum named the obstacles African cities meet - illiteracy, poverty, conflict and migration from rural '
   || 'areas - and their assets, such as decisions taken locally and community learning centres rooted in local '
   || 'knowledge. Participants asked for recognition and sustainable funding of non-formal learning, priority for '
   || 'vulnerable young people in informal settlements, awareness-raising, national and city policies, more '
   || 'regional consultation and a definition of the learning city that fits the region.'),
  ('REGIONAL_FORUM', 2, 'Arab States', date '2015-09-29', time '14:30',
   'The forum saw environmental challenges as a spur to innovation and called for systematic, holistic '
   || 'approaches that reconnect learning cities with the region''s long tradition of learning, from its ancient '
   || 'university towns. The Jeera project of the Arab Education Forum in Amman was presented. Participants wished '
   || 'for an Arab regional framework for lifelong learning and for forums between regions.'),
  ('REGIONAL_FORUM', 3, 'Asia and the Pacific', date '2015-09-29', time '14:30',
   'Examples from Balanga, Bangkok, Hangzhou and Namyangju showed what local lifelong learning policies achieve, '
   || 'such as Namyangju''s guarantee of learning places within ten, twenty and thirty minutes of every home and '
   || 'Hangzhou''s learning points within a fifteen-minute walk. Participants valued learning festivals, exchange '
   || 'between urban and rural areas and online courses, and proposed a regional branch of the network.'),
  ('REGIONAL_FORUM', 4, 'Europe and North America', date '2015-09-29', time '14:30',
   'The forum called for inclusive, diverse learning cities with solutions fitted to local conditions. It heard '
   || 'about Swansea''s entrepreneurial city region, the Urban Big Data Centre in Glasgow, San Francisco''s Vision '
   || '2025 for public education, Cork''s Lifelong Learning Festival and EcCoWell approach, and the intercultural '
   || 'work of the Israeli Learning City Network, and recommended partnerships between cities.'),
  ('REGIONAL_FORUM', 5, 'Latin America and the Caribbean', date '2015-09-29', time '14:30',
   'Participants agreed that political will, steady municipal support and empowered communities make learning '
   || 'cities succeed, and discussed quality education as a way to reduce crime. Young people from disadvantaged '
   || 'backgrounds told how learning had changed their lives, and the forum saw such testimonies as a strong tool '
   || 'for shaping learning cities.'),
  ('CLOSING_CEREMONY', null, null, date '2015-09-29', time '17:00',
   'The conference closed on its second day, after participants had adopted the Mexico City Statement on '
   || 'Sustainable Learning Cities.')
 ) as v(type, number, title, day, starts_at, summary)
where c.ordinal = 2;

-- Cities named in the sessions, linked to their profiles.
insert into conference_session_city (session_id, city_id)
select s.id, city.id
from conference c
join conference_session s on s.conference_id = c.id
join (values
  ('OPENING_CEREMONY', null::int, 'mexico-city'), ('OPENING_CEREMONY', null, 'beijing'),
  ('AWARD_CEREMONY', null, 'melton'), ('AWARD_CEREMONY', null, 'sorocaba'), ('AWARD_CEREMONY', null, 'beijing'),
  ('AWARD_CEREMONY', null, 'bahir-dar'), ('AWARD_CEREMONY', null, 'espoo'), ('AWARD_CEREMONY', null, 'cork'),
  ('AWARD_CEREMONY', null, 'amman'), ('AWARD_CEREMONY', null, 'mexico-city'), ('AWARD_CEREMONY', null, 'ybycui'),
  ('AWARD_CEREMONY', null, 'balanga'), ('AWARD_CEREMONY', null, 'namyangju'), ('AWARD_CEREMONY', null, 'swansea'),
  ('PLENARY', 1, 'mexico-city'),
  ('PLENARY', 2, 'espoo'),
  ('PLENARY', 3, 'beijing'), ('PLENARY', 3, 'melton'),
  ('MAYORS_FORUM', null, 'sorocaba'),
  ('THEMATIC_FORUM', 2, 'mexico-city'),
  ('REGIONAL_FORUM', 1, 'bahir-dar'),
  ('REGIONAL_FORUM', 2, 'amman'),
  ('REGIONAL_FORUM', 3, 'balanga'), ('REGIONAL_FORUM', 3, 'namyangju'),
  ('REGIONAL_FORUM', 4, 'swansea'), ('REGIONAL_FORUM', 4, 'cork'),
  ('REGIONAL_FORUM', 5, 'ybycui')
 ) as v(type, number, city_slug) on v.type = s.type and v.number is not distinct from s.number
join city on city.slug = v.city_slug
where c.ordinal = 2;

-- People, each once (deduplicated by slug), with the position the report gives them.
insert into conference_person (slug, name, honorific, description) values
 ('miguel-angel-mancera-espinosa', 'Miguel Ángel Mancera Espinosa', 'Mr', 'Mayor of Mexico City'),
 ('qian-tang', 'Qian Tang', 'Mr', 'Assistant Director-General for Education, UNESCO'),
 ('xiaoming-wang', 'Xiaoming Wang', 'Mr', 'Deputy Secretary-General of Beijing'),
 ('alejandra-barrales-magdaleno', 'Alejandra Barrales Magdaleno', 'Ms', 'Minister of Education of Mexico City'),
 ('rodolfo-tuiran', 'Rodolfo Tuirán', 'Mr', 'Vice-Minister of Education, Mexico'),
 ('paulo-gabriel-soledade-nacif', 'Paulo Gabriel Soledade Nacif', 'Mr', 'Vice-Minister of Education, Brazil'),
 ('gilles-lipovetsky', 'Gilles Lipovetsky', 'Mr', 'Philosopher and writer, France'),
 ('arne-carlsen', 'Arne Carlsen', 'Mr', 'Director of the UNESCO Institute for Lifelong Learning'),
 ('nuria-sanz', 'Nuria Sanz', 'Ms', 'Head of the UNESCO Office in Mexico and UNESCO Representative to Mexico'),
 ('raul-valdes-cotera', 'Raúl Valdes-Cotera', 'Mr', 'Senior Programme Specialist, UNESCO Institute for Lifelong Learning'),
 ('sophie-ramsey', 'Sophie Ramsey', 'Ms', 'Mayor of the City of Melton, Australia'),
 ('antonio-carlos-pannunzio', 'Antonio Carlos Pannunzio', 'Mr', 'Mayor of Sorocaba, Brazil'),
 ('tesfaye-shiferaw', 'Tesfaye Shiferaw', 'Mr', 'Vice-President of Research and Community Services, Bahir Dar University, Ethiopia'),
 ('sampo-suihko', 'Sampo Suihko', 'Mr', 'Deputy Mayor of Education and Cultural Services, Espoo, Finland'),
 ('willie-mcauliffe', 'Willie McAuliffe', 'Mr', 'Chair of the Cork Lifelong Learning Festival Organizing Committee, Ireland'),
 ('samer-khair-ahmad-khrino', 'Samer Khair Ahmad Khrino', 'Mr', 'Director of Cultural Affairs, Amman Municipality, Jordan'),
 ('maria-del-carmen-benitez-diaz', 'María del Carmen Benítez Díaz', 'Ms', 'Mayor of Ybycuí, Paraguay'),
 ('jose-enrique-s-garcia-iii', 'Jose Enrique S. Garcia III', 'Mr', 'Mayor of Balanga, Philippines'),
 ('jong-sun-kim', 'Jong-Sun Kim', 'Ms', 'Chief of the Lifelong Learning Centre, Namyangju Institute of Lifelong Education, Republic of Korea'),
 ('clive-lloyd', 'Clive Lloyd', 'Mr', 'Councillor for St Thomas and Cabinet Member for Transformation and Performance, City and County of Swansea'),
 ('jorge-sequeira', 'Jorge Sequeira', 'Mr', 'Director of the UNESCO Regional Bureau of Education for Latin America and the Caribbean (OREALC/UNESCO Santiago)'),
 ('jose-ramon-amieva-galvez', 'José Ramón Amieva Gálvez', 'Mr', 'Minister, Ministry of Social Development of Mexico City'),
 ('youngwha-kee', 'Youngwha Kee', 'Ms', 'President, National Institute for Lifelong Education (NILE), Republic of Korea'),
 ('mariko-sato', 'Mariko Sato', 'Ms', 'Chief, UN-HABITAT Bangkok'),
 ('jiantong-liu', 'Jiantong Liu', 'Mr', 'Deputy Director-General, Department of Vocational and Adult Education, Ministry of Education, China'),
 ('judith-james', 'Judith James', 'Ms', 'Head of Strategic Regional Collaboration, Swansea University, United Kingdom'),
 ('sandra-morrison', 'Sandra Morrison', 'Ms', 'President, International Council for Adult Education (ICAE)'),
 ('nader-imani', 'Nader Imani', 'Mr', 'CEO and Head of Global Education, Festo Didactic Inc., Germany'),
 ('ariel-pacecca', 'Ariel Pacecca', 'Mr', 'Education Director, Microsoft Mexico'),
 ('walter-hirche', 'Walter Hirche', 'Mr', 'President of the Expert Committee on Education, German Commission for UNESCO'),
 ('cuizhu-zhang', 'Cuizhu Zhang', 'Ms', 'Deputy Director, Beijing Research Centre for the Learning City, Beijing Academy of Educational Sciences, China'),
 ('silvia-montoya', 'Silvia Montoya', 'Ms', 'Director, UNESCO Institute for Statistics'),
 ('peter-blunden', 'Peter Blunden', 'Mr', 'Executive Officer of the City of Melton Community Learning Board, Melton City Council, Australia'),
 ('martin-noack', 'Martin Noack', 'Mr', 'Senior Project Manager, Bertelsmann Stiftung, Germany'),
 ('andreas-schleicher', 'Andreas Schleicher', 'Mr', 'Director for Education and Skills, Organisation for Economic Co-operation and Development (OECD)'),
 ('criona-ni-dhalaigh', 'Criona Ní Dhálaigh', 'Ms', 'Lord Mayor of Dublin, Ireland'),
 ('masao-omori', 'Masao Omori', 'Mr', 'Mayor of Okayama, Japan'),
 ('wynter-mcintosh', 'Wynter McIntosh', 'Mr', 'Mayor of Lucea and Chair of Hanover Parish Council, Jamaica'),
 ('yunsig-kim', 'Yunsig Kim', 'Mr', 'Mayor of Siheung City, Republic of Korea'),
 ('dimitrios-deligiannis', 'Dimitrios Deligiannis', 'Mr', 'Deputy Mayor of Larissa, Greece'),
 ('jose-carlos-tenorio', 'José Carlos Tenorio', 'Mr', 'Executive Secretary, International Council for Local Environmental Initiatives (ICLEI), Mexico'),
 ('hayley-macquire', 'Hayley MacQuire', 'Ms', 'Capacity Support and Advocacy Adviser, Asia South Pacific Association for Basic and Adult Education (ASPBAE), Australia'),
 ('ana-puhac', 'Ana Puhac', 'Ms', 'Student at University College London and member of the Earth in Brackets advocacy group, Croatia'),
 ('andre-muller', 'André Müller', 'Mr', 'Coordinator and Senior Adviser, Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR), Germany'),
 ('sofia-leticia-morales-garza', 'Sofia Leticia Morales Garza', 'Ms', 'Technical Secretary, Federal Administration of Educational Services of Mexico City'),
 ('jose-siri', 'Jose Siri', 'Mr', 'Research Fellow in Urban Health, United Nations University International Institute for Global Health (UNU-IIGH)'),
 ('charmaine-picardo', 'Charmaine Picardo', 'Ms', 'Sexual Reproductive Health and Rights Ambassador, Southern Africa HIV and AIDS Information Dissemination Service (SAfAIDS), Zimbabwe'),
 ('qiang-wu', 'Qiang Wu', 'Mr', 'Executive Vice-President, Shanghai Academy of Educational Sciences (SAES), China'),
 ('sylvia-beatriz-ortega', 'Sylvia Beatriz Ortega', 'Ms', 'Director-General, Colegio de Bachilleres, Mexico'),
 ('antonio-e-sanchez-garcia', 'Antonio E. Sánchez García', 'Mr', 'Corporate Affairs and Public Policy Director, Intel Mexico'),
 ('wassilios-emmanuel-fthenakis', 'Wassilios Emmanuel Fthenakis', 'Mr', 'President, Didacta Association, Germany'),
 ('shaji-baby-john', 'Shaji Baby John', 'Mr', 'Chairman and Managing Director, Kings Group of Companies, India'),
 ('nicole-dattwyler-suarez', 'Nicole Dättwyler Suárez', 'Ms', 'Entrepreneurship Training Leader, Acción Emprendedora, Chile'),
 ('ahmet-koseoglu', 'Ahmet Köseoğlu', 'Mr', 'Head of Press and Public Relations Department, Konya Metropolitan Municipality, Turkey'),
 ('gugulethu-t-ndebele', 'Gugulethu T. Ndebele', 'Ms', 'Chief Executive Officer, Save the Children, South Africa'),
 ('narciso-matos', 'Narciso Matos', 'Mr', 'Pro-Rector, Polytechnic University, Mozambique'),
 ('saida-abouid', 'Saïda Abouid', 'Ms', 'Consultant, Morocco'),
 ('moses-ngware', 'Moses Ngware', 'Mr', 'Research Scientist and Head of Education Research Programme, African Population and Health Research Centre (APHRC), Kenya'),
 ('ibrahima-bah-lalya', 'Ibrahima Bah-Lalya', 'Mr', 'Coordinator, Working Group on Non-Formal Education, Association for the Development of Education in Africa (ADEA), Burkina Faso'),
 ('abdel-rahamane-baba-moussa', 'Abdel Rahamane Baba-Moussa', 'Mr', 'Professor, University of Porto-Novo, Benin'),
 ('malak-zaalouk', 'Malak Zaalouk', 'Ms', 'Professor and Director, Middle East Institute for Higher Education, American University in Cairo, Egypt'),
 ('serene-huleileh', 'Serene Huleileh', 'Ms', 'Chairwoman of the Board, Arab Education Forum, Jordan'),
 ('tariq-al-olaimy', 'Tariq Al Olaimy', 'Mr', 'Co-Founder, 3BL Associates, Bahrain'),
 ('jin-yang', 'Jin Yang', 'Mr', 'Director-General, Central Institute for Vocational and Technical Education, Ministry of Education, China'),
 ('vallop-suwandee', 'Vallop Suwandee', 'Mr', 'Chairman of the Advisers to the Governor of Bangkok, Thailand'),
 ('zhengpin-lu', 'Zhengpin Lu', 'Mr', 'Director, Executive Office of Hangzhou Municipal Steering Committee of Learning City Construction, China'),
 ('katarina-popovic', 'Katarina Popovic', 'Ms', 'Secretary-General, International Council for Adult Education (ICAE)'),
 ('tina-neylon', 'Tina Neylon', 'Ms', 'Coordinator, Cork Lifelong Learning Festival, Ireland'),
 ('orna-mager', 'Orna Mager', 'Ms', 'Head of the Multi-Disciplinary Centre for Learning Cities, Modi''in Municipality, Israel'),
 ('richard-carranza', 'Richard Carranza', 'Mr', 'Superintendent, San Francisco Unified School District, United States of America'),
 ('catherine-m-lido', 'Catherine M. Lido', 'Ms', 'Research Fellow, Urban Big Data Centre, University of Glasgow, United Kingdom'),
 ('luis-maria-scasso', 'Luis María Scasso', 'Mr', 'Special Adviser to the Secretary-General for Lifelong Learning, Organization of Ibero-American States (OEI)'),
 ('giovanna-de-melo', 'Giovanna de Melo', 'Ms', 'International Relations Manager, Executive Office of Planning, Coordination and Evaluation, Jabotão dos Guararapes, Brazil'),
 ('alexandra-pelaez-botero', 'Alexandra Peláez Botero', 'Ms', 'Deputy Mayor for Education, Culture, Participation, Recreation and Sports, Medellín, Colombia'),
 ('graciela-messina', 'Graciela Messina', 'Ms', 'Researcher, Pan-American Institute for Senior Business Management (IPADE), Mexico'),
 ('marcelo-gonzalez-tachiquin', 'Marcelo González Tachiquín', 'Mr', 'Minister, Ministry of Education, Culture and Sports of Chihuahua, Mexico'),
 ('freddy-mbonimpa', 'Freddy Mbonimpa', 'Mr', 'Mayor, Bujumbura City Council, Burundi'),
 ('haya-alwad', 'Haya Alwad', 'Ms', 'Deputy Minister of Education'),
 ('kamjorn-tatiyakavi', 'Kamjorn Tatiyakavi', 'Mr', 'Permanent Secretary for Education'),
 ('trine-bendix-knudsen', 'Trine Bendix Knudsen', 'Ms', 'Secretary-General of the Danish Adult Education Association'),
 ('sylvia-schmelkes', 'Sylvia Schmelkes', 'Ms', null),
 ('angela-brown-burke', 'Angela Brown-Burke', 'Ms', 'Mayor of Kingston, Jamaica'),
 ('aliou-sow', 'Aliou Sow', 'Mr', 'Coordinator of the Working Group on Books and Learning Materials (WGBLM), Association for the Development of Education in Africa (ADEA)')
on conflict (slug) do nothing;

-- The people in their roles in each session, with the affiliation given for that role.
insert into conference_participation (conference_id, session_id, person_id, role, affiliation, city_id, contribution, position)
select c.id, s.id, p.id, v.role, v.affiliation, city.id, v.contribution, v.position
from conference c
join (values
  -- Opening Ceremony
  ('OPENING_CEREMONY', null::int, 'miguel-angel-mancera-espinosa', 'CHAIR', 'Mayor of Mexico City', 'mexico-city', null::text, 1),
  ('OPENING_CEREMONY', null, 'qian-tang', 'SPEAKER', 'Assistant Director-General for Education, UNESCO', null,
   'Argued that sustainable development rests on people learning to live responsibly, and that cities can turn the global 2030 Agenda into local action.', 2),
  ('OPENING_CEREMONY', null, 'xiaoming-wang', 'SPEAKER', 'Deputy Secretary-General of Beijing', 'beijing',
   'Reported how Beijing, host of the first conference and a city of over 21 million people, has put the Beijing Declaration and the Key Features into practice.', 3),
  ('OPENING_CEREMONY', null, 'alejandra-barrales-magdaleno', 'SPEAKER', 'Minister of Education of Mexico City and Deputy Chair of the Conference', 'mexico-city',
   'Told how Mexico City learned from the 1985 earthquake to become fairer and more participatory, and why it wants to work with the network on technology, diversity and the environment.', 4),
  ('OPENING_CEREMONY', null, 'rodolfo-tuiran', 'SPEAKER', 'Vice-Minister of Education, Mexico', null,
   'Said the network shows what very different cities share, and that the political commitment of governments decides whether a culture of lifelong learning takes hold.', 5),
  ('OPENING_CEREMONY', null, 'paulo-gabriel-soledade-nacif', 'SPEAKER', 'Vice-Minister of Education, Brazil', null,
   'Presented Brazil''s new education strategy built around lifelong learning and asked cities to become places where people learn and teach together.', 6),
  ('OPENING_CEREMONY', null, 'gilles-lipovetsky', 'SPEAKER', 'Philosopher and writer, France', null,
   'Called for an end to the separation between stages of education, through cooperation of unions, employers, politicians and teachers, so that people can learn without interruption all their lives.', 7),
  ('OPENING_CEREMONY', null, 'miguel-angel-mancera-espinosa', 'SPEAKER', 'Mayor of Mexico City', 'mexico-city',
   'Welcomed the participants, described Mexico City as a city in transformation that wants to grow further as a learning city, and declared the conference open.', 8),
  ('OPENING_CEREMONY', null, 'arne-carlsen', 'SPEAKER', 'Director of the UNESCO Institute for Lifelong Learning and Secretary-General of the Conference', null,
   'Introduced the background and programme of the conference and the work of UIL on learning cities.', 9),
  -- UNESCO Learning City Award Ceremony
  ('AWARD_CEREMONY', null, 'nuria-sanz', 'MODERATOR', 'Head of the UNESCO Office in Mexico and UNESCO Representative to Mexico', null, null, 1),
  ('AWARD_CEREMONY', null, 'raul-valdes-cotera', 'SPEAKER', 'Senior Programme Specialist, UNESCO Institute for Lifelong Learning', null,
   'Presented two new UIL publications: the case studies of twelve learning cities and the Guidelines for Building Learning Cities.', 2),
  ('AWARD_CEREMONY', null, 'arne-carlsen', 'SPEAKER', 'Director of the UNESCO Institute for Lifelong Learning', null,
   'Explained what cities can contribute to sustainable development, opened the network to membership and launched the Award.', 3),
  ('AWARD_CEREMONY', null, 'qian-tang', 'AWARD_PRESENTER', 'Assistant Director-General for Education, UNESCO', null,
   'Presented the UNESCO Learning City Award 2015 to the representatives of the twelve cities.', 4),
  ('AWARD_CEREMONY', null, 'sophie-ramsey', 'AWARD_RECIPIENT', 'Mayor of the City of Melton', 'melton',
   'Received the Award for Melton, Australia, whose community learning plan for 2015 to 2018 was the first to name it a learning city.', 5),
  ('AWARD_CEREMONY', null, 'antonio-carlos-pannunzio', 'AWARD_RECIPIENT', 'Mayor of Sorocaba', 'sorocaba',
   'Received the Award for Sorocaba, Brazil, the only Brazilian recipient, which uses learning to strengthen participatory democracy and reach young people and excluded groups.', 6),
  ('AWARD_CEREMONY', null, 'xiaoming-wang', 'AWARD_RECIPIENT', 'Deputy Secretary-General of Beijing', 'beijing',
   'Received the Award for Beijing, China, which followed the first conference with a city action plan, model districts and an online learning platform.', 7),
  ('AWARD_CEREMONY', null, 'tesfaye-shiferaw', 'AWARD_RECIPIENT', 'Vice-President of Research and Community Services, Bahir Dar University', 'bahir-dar',
   'Received the Award for Bahir Dar, Ethiopia, where city and university began building a learning city together after the 2013 conference.', 8),
  ('AWARD_CEREMONY', null, 'sampo-suihko', 'AWARD_RECIPIENT', 'Deputy Mayor of Espoo', 'espoo',
   'Received the Award for Espoo, Finland, which builds its learning city through co-creation with residents, universities and companies.', 9),
  ('AWARD_CEREMONY', null, 'willie-mcauliffe', 'AWARD_RECIPIENT', 'Chair of the Cork Lifelong Learning Festival Organizing Committee', 'cork',
   'Received the Award for Cork, Ireland, whose free Lifelong Learning Festival has carried its learning city vision for more than a decade.', 10),
  ('AWARD_CEREMONY', null, 'samer-khair-ahmad-khrino', 'AWARD_RECIPIENT', 'Director of Cultural Affairs, Amman Municipality', 'amman',
   'Received the Award for Amman, Jordan, on behalf of its mayor; the city''s Jeera initiative links neighbourly life, learning spaces and culture.', 11),
  ('AWARD_CEREMONY', null, 'alejandra-barrales-magdaleno', 'AWARD_RECIPIENT', 'Minister of Education of Mexico City', 'mexico-city',
   'Received the Award for Mexico City, which makes social capital and learning from early childhood to higher education part of its public policy.', 12),
  ('AWARD_CEREMONY', null, 'maria-del-carmen-benitez-diaz', 'AWARD_RECIPIENT', 'Mayor of Ybycuí', 'ybycui',
   'Received the Award for Ybycuí, Paraguay, whose initiative for a learning town grew out of its participation in the 2013 conference.', 13),
  ('AWARD_CEREMONY', null, 'jose-enrique-s-garcia-iii', 'AWARD_RECIPIENT', 'Mayor of Balanga', 'balanga',
   'Received the Award for Balanga, Philippines, which pursues its vision of becoming a university town.', 14),
  ('AWARD_CEREMONY', null, 'jong-sun-kim', 'AWARD_RECIPIENT', 'Chief of the Lifelong Learning Centre, Namyangju Institute of Lifelong Education', 'namyangju',
   'Received the Award for Namyangju, Republic of Korea, which works to close the gaps in learning between its rural and urban areas.', 15),
  ('AWARD_CEREMONY', null, 'clive-lloyd', 'AWARD_RECIPIENT', 'Councillor for St Thomas and Cabinet Member for Transformation and Performance, City and County of Swansea', 'swansea',
   'Received the Award for Swansea, United Kingdom, which adopted the Beijing Declaration in 2013 and builds its learning city with partners.', 16),
  -- Plenary Session 1
  ('PLENARY', 1, 'jorge-sequeira', 'MODERATOR', 'Director of the UNESCO Regional Bureau of Education for Latin America and the Caribbean (OREALC/UNESCO Santiago)', null, null, 1),
  ('PLENARY', 1, 'jose-ramon-amieva-galvez', 'KEYNOTE_SPEAKER', 'Minister, Ministry of Social Development of Mexico City', 'mexico-city',
   'Named what keeps learning programmes effective and lasting - laws, steady funding and equal opportunity - and Mexico City''s use of the approach against poverty.', 2),
  ('PLENARY', 1, 'youngwha-kee', 'KEYNOTE_SPEAKER', 'President, National Institute for Lifelong Education (NILE), Republic of Korea', null,
   'Presented the legal and governance framework of learning cities in the Republic of Korea and a long-term study in which learning cities did better on regional output, crime and population loss.', 3),
  ('PLENARY', 1, 'mariko-sato', 'KEYNOTE_SPEAKER', 'Chief, UN-HABITAT Bangkok', null,
   'Argued that cities are central to the global sustainability agenda and called for new national urban policies, green urban planning and decisions that involve everyone.', 4),
  ('PLENARY', 1, 'jiantong-liu', 'KEYNOTE_SPEAKER', 'Deputy Director-General, Department of Vocational and Adult Education, Ministry of Education, China', null,
   'Reported China''s first national policy paper on learning cities (2014), an alliance of more than fifty cities, and a national index being built on the Key Features.', 5),
  -- Plenary Session 2
  ('PLENARY', 2, 'judith-james', 'MODERATOR', 'Head of Strategic Regional Collaboration, Swansea University, United Kingdom of Great Britain and Northern Ireland', null, null, 1),
  ('PLENARY', 2, 'sampo-suihko', 'KEYNOTE_SPEAKER', 'Deputy Mayor of Espoo, Finland', 'espoo',
   'Explained how Espoo gives networks and partners a common platform to tackle digitalisation, learner-centred learning and flexible learning spaces.', 2),
  ('PLENARY', 2, 'sandra-morrison', 'KEYNOTE_SPEAKER', 'President, International Council for Adult Education (ICAE)', null,
   'Spoke for ICAE about global agendas, networks between cities and keeping both the learner and each city''s identity at the centre.', 3),
  ('PLENARY', 2, 'nader-imani', 'KEYNOTE_SPEAKER', 'CEO and Head of Business Field Education, Festo Didactic Inc., Germany', null,
   'Presented Festo Didactic''s training in water technology as a bridge between education and industry that improves water supply and creates jobs.', 4),
  ('PLENARY', 2, 'ariel-pacecca', 'KEYNOTE_SPEAKER', 'Education Director, Microsoft Mexico', null,
   'Described partnerships of Microsoft''s CityNext initiative that use cloud, data and mobile tools to widen access to skills.', 5),
  -- Plenary Session 3
  ('PLENARY', 3, 'walter-hirche', 'MODERATOR', 'President of the Expert Committee on Education, German Commission for UNESCO', null, null, 1),
  ('PLENARY', 3, 'cuizhu-zhang', 'KEYNOTE_SPEAKER', 'Deputy Director, Beijing Research Centre for the Learning City, Beijing Academy of Educational Sciences, China', 'beijing',
   'Traced Beijing''s path as a learning city since 1999 and its evaluation index, refined with the Key Features, used to review performance and guide policy.', 2),
  ('PLENARY', 3, 'silvia-montoya', 'KEYNOTE_SPEAKER', 'Director, UNESCO Institute for Statistics', null,
   'Argued that investment in people in growing cities must be guided by good data, clear outcomes and benchmarks.', 3),
  ('PLENARY', 3, 'peter-blunden', 'KEYNOTE_SPEAKER', 'Executive Officer of the City of Melton Community Learning Board, Melton City Council, Australia', 'melton',
   'Showed how Melton tracks its progress with environmental scanning, benchmarks over time and its own evaluation and reporting framework.', 4),
  ('PLENARY', 3, 'martin-noack', 'KEYNOTE_SPEAKER', 'Senior Project Manager, Bertelsmann Stiftung, Germany', null,
   'Called for strong local networks and city-level monitoring of every stage of education, drawing on the Bertelsmann Stiftung''s work.', 5),
  ('PLENARY', 3, 'andreas-schleicher', 'KEYNOTE_SPEAKER', 'Director for Education and Skills and Special Adviser on Education Policy to the Secretary-General, OECD (video presentation)', null,
   'In a video, presented the OECD''s work on skills and called for closer links between learning and work, above all in large cities.', 6),
  -- Mayors' Forum
  ('MAYORS_FORUM', null, 'arne-carlsen', 'MODERATOR', 'Director of the UNESCO Institute for Lifelong Learning and Secretary-General of the Conference', null, null, 1),
  ('MAYORS_FORUM', null, 'criona-ni-dhalaigh', 'KEYNOTE_SPEAKER', 'Lord Mayor of Dublin, Ireland', null,
   'Described the learning city as one that empowers its people, welcomes diversity and gives everyone the means to take part in decisions.', 2),
  ('MAYORS_FORUM', null, 'masao-omori', 'KEYNOTE_SPEAKER', 'Mayor of Okayama, Japan', null,
   'Presented Okayama''s thirty-seven Kominkans, community centres offering learning advice and learning between generations.', 3),
  ('MAYORS_FORUM', null, 'antonio-carlos-pannunzio', 'KEYNOTE_SPEAKER', 'Mayor of Sorocaba, Brazil', 'sorocaba',
   'Described Sorocaba''s work to make learning more accessible and to mobilise every sector for social inclusion.', 4),
  ('MAYORS_FORUM', null, 'wynter-mcintosh', 'KEYNOTE_SPEAKER', 'Mayor of Lucea and Chair of Hanover Parish Council, Jamaica', null,
   'Stressed that municipalities owe their citizens accessibility and accountability.', 5),
  ('MAYORS_FORUM', null, 'yunsig-kim', 'KEYNOTE_SPEAKER', 'Mayor of Siheung City, Republic of Korea', null,
   'Argued that citizens, as learners, belong at the centre of the learning city and that the city must serve their needs.', 6),
  ('MAYORS_FORUM', null, 'dimitrios-deligiannis', 'KEYNOTE_SPEAKER', 'Deputy Mayor of Larissa, Greece', null,
   'Spoke about raising citizens'' participation in learning and in public life; Larissa was preparing a Lifelong Learning Week.', 7),
  -- Thematic Forum 1
  ('THEMATIC_FORUM', 1, 'mariko-sato', 'MODERATOR', 'Chief, UN-HABITAT Bangkok', null, null, 1),
  ('THEMATIC_FORUM', 1, 'jose-carlos-tenorio', 'KEYNOTE_SPEAKER', 'Executive Secretary, International Council for Local Environmental Initiatives (ICLEI), Mexico', null,
   'Called for stronger local skills to face climate threats, joining knowledge and resilience with solidarity and personal responsibility.', 2),
  ('THEMATIC_FORUM', 1, 'hayley-macquire', 'KEYNOTE_SPEAKER', 'Capacity Support and Advocacy Adviser, the Asia South Pacific Association for Basic and Adult Education (ASPBAE), Australia', null,
   'Insisted that young people have a real voice in the decisions that shape their lives and their cities.', 3),
  ('THEMATIC_FORUM', 1, 'ana-puhac', 'KEYNOTE_SPEAKER', 'Student at University College London and member of the Earth in Brackets advocacy group, Croatia', null,
   'Argued that citizens weigh heavily in urban development and climate action: cities act where states only talk.', 4),
  ('THEMATIC_FORUM', 1, 'andre-muller', 'KEYNOTE_SPEAKER', 'Coordinator and Senior Adviser, Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR) at the Federal Office for Building and Regional Planning (BBR), Germany', null,
   'Presented the Dialogues for Change initiative and urged learning cities to learn from others across administrative borders.', 5),
  -- Thematic Forum 2
  ('THEMATIC_FORUM', 2, 'sofia-leticia-morales-garza', 'MODERATOR', 'Technical Secretary, Federal Administration of Educational Services of Mexico City', null, null, 1),
  ('THEMATIC_FORUM', 2, 'alejandra-barrales-magdaleno', 'KEYNOTE_SPEAKER', 'Minister of Education, Mexico City', 'mexico-city',
   'Presented SaludArte, which gives children in disadvantaged areas of Mexico City healthy meals and workshops on health and well-being.', 2),
  ('THEMATIC_FORUM', 2, 'jose-siri', 'KEYNOTE_SPEAKER', 'Research Fellow in Urban Health, United Nations University International Institute for Global Health (UNU-IIGH)', null,
   'Showed how the growth of cities makes them key places for tackling health challenges.', 3),
  ('THEMATIC_FORUM', 2, 'charmaine-picardo', 'KEYNOTE_SPEAKER', 'Sexual Reproductive Health and Rights Ambassador, Southern Africa HIV and AIDS Information Dissemination Service (SAfAIDS), Zimbabwe', null,
   'Described health problems more frequent in cities, from obesity and mental illness to cholera, and their roots in housing, sanitation and sedentary life.', 4),
  ('THEMATIC_FORUM', 2, 'qiang-wu', 'KEYNOTE_SPEAKER', 'Executive Vice-President, Shanghai Academy of Educational Sciences (SAES), China', null,
   'Presented Shanghai''s community health courses, which help citizens manage their own health and care for others.', 5),
  -- Thematic Forum 3
  ('THEMATIC_FORUM', 3, 'sylvia-beatriz-ortega', 'MODERATOR', 'Director-General, Colegio de Bachilleres, Mexico', null, null, 1),
  ('THEMATIC_FORUM', 3, 'antonio-e-sanchez-garcia', 'KEYNOTE_SPEAKER', 'Corporate Affairs and Public Policy Director for Intel Mexico', null,
   'Stressed that preparing people for work must start early; Intel Mexico trains teachers in information and communication technology.', 2),
  ('THEMATIC_FORUM', 3, 'wassilios-emmanuel-fthenakis', 'KEYNOTE_SPEAKER', 'President, Didacta Association, Germany', null,
   'Argued for developing children''s competences early - at home, online and in community centres - as the key to sustainable growth.', 3),
  ('THEMATIC_FORUM', 3, 'shaji-baby-john', 'KEYNOTE_SPEAKER', 'Chairman and Managing Director, Kings Group of Companies, India', null,
   'Said that citizens who learn in every way can take responsibility for their communities and for the environment.', 4),
  ('THEMATIC_FORUM', 3, 'nicole-dattwyler-suarez', 'KEYNOTE_SPEAKER', 'Entrepreneurship Training Leader, Acción Emprendedora, Chile', null,
   'Introduced Acción Emprendedora, which trains, advises and mentors more than 3,000 new entrepreneurs a year.', 5),
  ('THEMATIC_FORUM', 3, 'ahmet-koseoglu', 'KEYNOTE_SPEAKER', 'Head of Press and Public Relations Department, Konya Metropolitan Municipality, Turkey', null,
   'Described how Konya offers learning to 100,000 citizens a year, from career advice to hobbies, for a more peaceful society.', 6),
  -- Regional Forum 1: Africa
  ('REGIONAL_FORUM', 1, 'gugulethu-t-ndebele', 'MODERATOR', 'Chief Executive Officer, Save the Children, South Africa', null, null, 1),
  ('REGIONAL_FORUM', 1, 'tesfaye-shiferaw', 'PANELLIST', 'Vice-President, Research and Community Services, Bahir Dar University, Ethiopia', 'bahir-dar', null, 2),
  ('REGIONAL_FORUM', 1, 'narciso-matos', 'PANELLIST', 'Pro-Rector, Polytechnic University, Mozambique', null, null, 3),
  ('REGIONAL_FORUM', 1, 'saida-abouid', 'PANELLIST', 'Consultant, Morocco', null, null, 4),
  ('REGIONAL_FORUM', 1, 'moses-ngware', 'PANELLIST', 'Research Scientist and Head of Education Research Programme, African Population and Health Research Centre (APHRC), Kenya', null, null, 5),
  ('REGIONAL_FORUM', 1, 'ibrahima-bah-lalya', 'PANELLIST', 'Coordinator, Working Group on Non-Formal Education, Association for the Development of Education in Africa (ADEA), Burkina Faso', null, null, 6),
  ('REGIONAL_FORUM', 1, 'abdel-rahamane-baba-moussa', 'PANELLIST', 'Professor, University of Porto-Novo, and Permanent Technical Secretary of the Ten-Year Plan for the Development of the Education Sector, Ministry of Education, Benin', null, null, 7),
  -- Regional Forum 2: Arab States
  ('REGIONAL_FORUM', 2, 'malak-zaalouk', 'MODERATOR', 'Professor and Director, Middle East Institute for Higher Education, American University in Cairo, Egypt', null, null, 1),
  ('REGIONAL_FORUM', 2, 'serene-huleileh', 'PANELLIST', 'Chairwoman of the Board, Arab Education Forum, Jordan', null, null, 2),
  ('REGIONAL_FORUM', 2, 'tariq-al-olaimy', 'PANELLIST', 'Co-Founder, 3BL Associates, Bahrain', null, null, 3),
  -- Regional Forum 3: Asia and the Pacific
  ('REGIONAL_FORUM', 3, 'jin-yang', 'MODERATOR', 'Director-General, Central Institute for Vocational and Technical Education, Ministry of Education, China', null, null, 1),
  ('REGIONAL_FORUM', 3, 'jose-enrique-s-garcia-iii', 'PANELLIST', 'Mayor of Balanga, Philippines', 'balanga', null, 2),
  ('REGIONAL_FORUM', 3, 'jong-sun-kim', 'PANELLIST', 'Chief of Lifelong Learning Centre, Namyangju Institute of Lifelong Education, Republic of Korea', 'namyangju', null, 3),
  ('REGIONAL_FORUM', 3, 'vallop-suwandee', 'PANELLIST', 'Chairman of the Advisers to the Governor of Bangkok, Thailand', null, null, 4),
  ('REGIONAL_FORUM', 3, 'zhengpin-lu', 'PANELLIST', 'Director, Executive Office of Hangzhou Municipal Steering Committee of Learning City Construction, Hangzhou, China', null, null, 5),
  -- Regional Forum 4: Europe and North America
  ('REGIONAL_FORUM', 4, 'katarina-popovic', 'MODERATOR', 'Secretary-General, International Council for Adult Education (ICAE)', null, null, 1),
  ('REGIONAL_FORUM', 4, 'tina-neylon', 'PANELLIST', 'Coordinator, Cork Lifelong Learning Festival, Ireland', 'cork', null, 2),
  ('REGIONAL_FORUM', 4, 'judith-james', 'PANELLIST', 'Head of Strategic Regional Collaboration, Swansea University, United Kingdom of Great Britain and Northern Ireland', null, null, 3),
  ('REGIONAL_FORUM', 4, 'orna-mager', 'PANELLIST', 'Head of the Multi-Disciplinary Centre for Learning Cities, Modi''in Municipality, Israel', null, null, 4),
  ('REGIONAL_FORUM', 4, 'richard-carranza', 'PANELLIST', 'Superintendent, San Francisco Unified School District, United States of America', null, null, 5),
  ('REGIONAL_FORUM', 4, 'catherine-m-lido', 'PANELLIST', 'Research Fellow, Urban Big Data Centre, University of Glasgow, United Kingdom of Great Britain and Northern Ireland', null, null, 6),
  -- Regional Forum 5: Latin America and the Caribbean
  ('REGIONAL_FORUM', 5, 'luis-maria-scasso', 'MODERATOR', 'Special Adviser to the Secretary-General for Lifelong Learning, Organization of Ibero-American States (OEI)', null, null, 1),
  ('REGIONAL_FORUM', 5, 'maria-del-carmen-benitez-diaz', 'PANELLIST', 'Mayor of Ybycuí, Paraguay', 'ybycui', null, 2),
  ('REGIONAL_FORUM', 5, 'giovanna-de-melo', 'PANELLIST', 'International Relations Manager, Executive Office of Planning, Coordination and Evaluation, Jabotão dos Guararapes, Brazil', null, null, 3),
  ('REGIONAL_FORUM', 5, 'alexandra-pelaez-botero', 'PANELLIST', 'Deputy Mayor for Education, Culture, Participation, Recreation and Sports, Medellín, Colombia', null, null, 4),
  ('REGIONAL_FORUM', 5, 'graciela-messina', 'PANELLIST', 'Researcher, Pan-American Institute for Senior Business Management (IPADE), Mexico', null, null, 5),
  ('REGIONAL_FORUM', 5, 'marcelo-gonzalez-tachiquin', 'PANELLIST', 'Minister, Ministry of Education, Culture and Sports of Chihuahua, Mexico', null, null, 6)
 ) as v(type, number, person_slug, role, affiliation, city_slug, contribution, position) on true
join conference_session s on s.conference_id = c.id and s.type = v.type and s.number is not distinct from v.number
join conference_person p on p.slug = v.person_slug
left join city on city.slug = v.city_slug
where c.ordinal = 2;

-- The Bureau of the Conference and the Drafting Committee (Appendix 2), and its Secretary-General.
insert into conference_participation (conference_id, session_id, person_id, role, region, affiliation, city_id, position)
select c.id, null, p.id, v.role, v.region, v.affiliation, city.id, v.position
from conference c
join (values
  ('miguel-angel-mancera-espinosa', 'CONFERENCE_CHAIR', null::text, 'Mayor of Mexico City', 'mexico-city', 1),
  ('alejandra-barrales-magdaleno', 'DEPUTY_CHAIR', null, 'Minister of Education of Mexico City', 'mexico-city', 2),
  ('freddy-mbonimpa', 'VICE_CHAIR', 'AFRICA', 'Mayor, Bujumbura City Council', null, 3),
  ('haya-alwad', 'VICE_CHAIR', 'ARAB_STATES', 'Deputy Minister of Education', null, 4),
  ('kamjorn-tatiyakavi', 'VICE_CHAIR', 'ASIA_PACIFIC', 'Permanent Secretary for Education', null, 5),
  ('trine-bendix-knudsen', 'VICE_CHAIR', 'EUROPE_NORTH_AMERICA', 'Secretary-General of the Danish Adult Education Association', null, 6),
  ('paulo-gabriel-soledade-nacif', 'VICE_CHAIR', 'LATIN_AMERICA_CARIBBEAN', 'Vice-Minister of Education', null, 7),
  ('sylvia-schmelkes', 'GENERAL_RAPPORTEUR', null, null, null, 8),
  ('arne-carlsen', 'SECRETARY_GENERAL', null, 'Director of the UNESCO Institute for Lifelong Learning', null, 9),
  ('sophie-ramsey', 'DRAFTING_COMMITTEE_CHAIR', null, 'Mayor, Melton City, Australia', 'melton', 10),
  ('angela-brown-burke', 'DRAFTING_COMMITTEE_MEMBER', null, 'Mayor, Kingston, Jamaica', null, 11),
  ('aliou-sow', 'DRAFTING_COMMITTEE_MEMBER', null, 'Coordinator of the Working Group on Books and Learning Materials (WGBLM), Association for the Development of Education in Africa (ADEA)', null, 12),
  ('malak-zaalouk', 'DRAFTING_COMMITTEE_MEMBER', null, 'Professor of Practice and Director of the Middle East Institute for Higher Education, The American University in Cairo, Egypt', null, 13),
  ('jin-yang', 'DRAFTING_COMMITTEE_MEMBER', null, 'Director-General, Central Institute for Vocational and Technical Education, Ministry of Education, China', null, 14),
  ('katarina-popovic', 'DRAFTING_COMMITTEE_MEMBER', null, 'Secretary-General, International Council for Adult Education (ICAE)', null, 15),
  ('nader-imani', 'DRAFTING_COMMITTEE_MEMBER', null, 'CEO and Head of Global Education, Festo Didactic Inc., Germany', null, 16),
  ('luis-maria-scasso', 'DRAFTING_COMMITTEE_MEMBER', null, 'Special Adviser to the Secretary-General for Lifelong Learning, Organization of Ibero-American States (OEI), Paraguay', null, 17)
 ) as v(person_slug, role, region, affiliation, city_slug, position) on true
join conference_person p on p.slug = v.person_slug
left join city on city.slug = v.city_slug
where c.ordinal = 2;

-- Outcome documents.
insert into conference_document (conference_id, type, title, adopted_on, summary, position)
select c.id, v.type, v.title, v.adopted_on, v.summary, v.position
from conference c,
 (values
  ('STATEMENT', 'Mexico City Statement on Sustainable Learning Cities', date '2015-09-29',
   'Adopted by the participants of the conference, the statement puts learning cities at the service of the 2030 '
   || 'Agenda, in particular SDG 4 on lifelong learning and SDG 11 on sustainable cities. It acknowledges the '
   || 'challenges cities face, takes stock of progress since the Beijing Declaration and the Key Features of 2013, '
   || 'sets ten strategic directions for sustainable learning cities and addresses calls to action to participants, '
   || 'UNESCO, governments, regional organisations, the private sector, civil society and every citizen.', 1),
  ('GUIDELINES', 'Guidelines for Building Learning Cities', null::date,
   'Prepared by UIL with experts from all five UNESCO regions and drawing on the case studies of twelve learning '
   || 'cities, the guidelines were launched at the award ceremony. They give cities practical recommendations for '
   || 'every stage of becoming a learning city, in six areas of action to be adapted to each city, and list the '
   || 'support that the secretariat of the network at UIL will give: research, tools, a clearing house of practice, '
   || 'capacity development, peer learning and advocacy.', 2),
  ('YOUTH_STATEMENT', '3 x 3 x 3 x 3 Youth Statement on Learning Cities', null,
   'Written by the youth delegates UNESCO invited to the conference, the statement welcomes the holistic approach '
   || 'of learning cities and the youth-related directions of the Mexico City Statement. In groups of three points '
   || 'it sets out what young people recognise, what they ask of UNESCO, what they ask of local and national '
   || 'governments, and what they commit to themselves.', 3)
 ) as v(type, title, adopted_on, summary, position)
where c.ordinal = 2;

insert into conference_document_point (document_id, section, label, heading, text, position)
select d.id, v.section, v.label, v.heading, v.text, v.position
from conference c
join conference_document d on d.conference_id = c.id
join (values
  -- Mexico City Statement: ten strategic directions
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '1', null::text,
   'Let education and lifelong learning build global solidarity and a sense of personal and shared responsibility: citizens help make their communities safer, more resilient and inclusive, take part in decisions and hold those responsible to account.', 1),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '2', null,
   'Use lifelong learning to encourage care for the natural environment, action against climate change and sustainable ways of producing and consuming.', 2),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '3', null,
   'Offer varied and flexible learning about health so that people can look after their own health and support others, and shape city conditions that favour well-being.', 3),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '4', null,
   'Secure access to clean water, sanitation and energy, without which people cannot take part in learning.', 4),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '5', null,
   'Give everyone affordable learning, making good use of digital and other modern technologies, that equips them for decent work, an inclusive economy and full participation in society.', 5),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '6', null,
   'Put vulnerable people - among them indigenous groups, women, persons with disabilities, refugees and displaced people - at the heart of learning city work, and make sure everyone gains the literacy and basic skills needed to claim their rights.', 6),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '7', null,
   'Work across sectors such as health, culture, sport, transport, social welfare, urban planning, housing and tourism, in partnerships of government, business and civil society.', 7),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '8', null,
   'Treat young people as active, meaningful partners in creating learning cities.', 8),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '9', null,
   'Act on shared ethical values - respect for people and nature - and uphold the human rights of citizens, migrants, refugees and the people of neighbouring cities alike.', 9),
  ('Mexico City Statement on Sustainable Learning Cities', 'Strategic directions', '10', null,
   'Make culture and the arts pillars of the learning city, open to residents and visitors alike.', 10),
  -- Mexico City Statement: eight calls to action
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '1', 'Participants and learning cities',
   'Act as ambassadors for lifelong learning, and keep supporting and advising one another.', 11),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '2', 'UNESCO and its network',
   'Keep the network growing, inclusive, diverse and open to cities of every Member State that want to apply the Key Features; align it with other UN urban initiatives such as UN-Habitat and the Global Action Programme on Education for Sustainable Development, and use indicators from other bodies such as WHO.', 12),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '3', 'UNESCO',
   'Monitor the progress of learning cities, recognise the diversity of their experience and their excellent practice, and confer a UNESCO Learning City Award every two years on cities that advance the Key Features.', 13),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '4', 'Governments and cities',
   'Following the Guidelines for Building Learning Cities, pass supportive laws, coordinate every sector and fund quality, accessible lifelong learning at every level.', 14),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '5', 'Governments',
   'Back the involvement of young people in building learning cities.', 15),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '6', 'Regional education organisations',
   'Work with UIL on regional and international networks and partnerships of learning cities.', 16),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '7', 'Private sector and civil society',
   'Companies: make lifelong learning part of their responsibility for education. Civil society: help provide quality learning opportunities for all.', 17),
  ('Mexico City Statement on Sustainable Learning Cities', 'Calls to action', '8', 'All citizens',
   'Become active learners and help turn communities into learning environments with free and open access to reading, culture and the arts.', 18),
  -- Guidelines: six areas of action
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Planning', 'Develop a plan for becoming a learning city',
   'Have city leaders name the main issues, take stock of what already exists, build understanding through workshops, and write a concrete action plan with objectives and evaluation based on the Key Features, together with a city charter in line with national strategy.', 1),
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Involvement', 'Create a coordinated structure involving all stakeholders',
   'Set up a development committee across sectors, give every stakeholder a clear role, open a forum for citizens, ally with other cities, join the UNESCO network and stay close to the ministry of education.', 2),
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Celebration', 'Initiate and maintain the process with celebratory events',
   'Keep enthusiasm high with learning festivals where people gather, conferences with twin cities, media coverage and regular events that renew everyone''s interest.', 3),
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Accessibility', 'Make sure that learning is accessible to all citizens',
   'Inform and guide citizens, provide community learning spaces, answer learners'' needs, recognise non-formal learning, give flexible support to marginalised groups and help organisations become learning organisations.', 4),
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Monitoring and evaluation', 'Establish a monitoring and evaluation process to ensure learning city progress',
   'Define measures from the action plan and the Key Features, document the process and collect data, commission regular reports and share findings with all stakeholders.', 5),
  ('Guidelines for Building Learning Cities', 'Areas of action', 'Funding', 'Ensure sustainable funding',
   'Secure enough money for the core structure, share costs with partners of every kind, use the learning resources of all stakeholders, show the benefits through cost-benefit analysis and provide for marginalised groups.', 6),
  -- Youth statement: four groups of three
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We recognise', '1', null,
   'The holistic approach of learning cities, with lifelong learning as a basis for sustainable development.', 1),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We recognise', '2', null,
   'The importance of learning cities for the SDGs, above all SDG 4 and SDG 11.', 2),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We recognise', '3', null,
   'The role the Mexico City Statement gives young people as stakeholders, and its call on governments to support them.', 3),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on UNESCO', '1', null,
   'Support a youth working group within the UNESCO Global Network of Learning Cities.', 4),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on UNESCO', '2', null,
   'Enable young people to take part in activities that develop learning cities.', 5),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on UNESCO', '3', null,
   'Build young people''s capacity to lead change towards lifelong learning for all.', 6),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on local and national governments', '1', null,
   'Treat young people, especially marginalised youth, as co-creators of learning cities and their strategies.', 7),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on local and national governments', '2', null,
   'Give support, resources and legitimacy to youth-led research and projects, including on global citizenship, the environment, health and inclusive growth.', 8),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We call on local and national governments', '3', null,
   'Host local, regional and international youth meetings on learning cities.', 9),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We commit', '1', null,
   'To act as ambassadors of learning cities.', 10),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We commit', '2', null,
   'To promote lifelong learning with partners where we live and to lead start-up initiatives for skills for sustainable development.', 11),
  ('3 x 3 x 3 x 3 Youth Statement on Learning Cities', 'We commit', '3', null,
   'To bring our expertise and outlook to keeping cities places of learning for present and future generations.', 12)
 ) as v(document_title, section, label, heading, text, position) on v.document_title = d.title
where c.ordinal = 2;

-- The record's origin, in its history.
insert into conference_change (occurred_at, actor_name, conference_id, subject, subject_id, subject_label, action)
select now(), 'UIL conference report (2016)', c.id, 'CONFERENCE', c.id, '2nd International Conference on Learning Cities', 'IMPORTED'
from conference c where c.ordinal = 2;

-- A mistyped slug or session above would silently drop rows: count what was loaded.
do $$
declare
  second_iclc bigint := (select id from conference where ordinal = 2);
  loaded int;
begin
  select count(*) into loaded from conference_agenda_item where conference_id = second_iclc;
  if loaded <> 22 then raise exception 'expected 22 agenda items, loaded %', loaded; end if;
  select count(*) into loaded from conference_session where conference_id = second_iclc;
  if loaded <> 15 then raise exception 'expected 15 sessions, loaded %', loaded; end if;
  select count(*) into loaded from conference_session where conference_id = second_iclc and agenda_item_id is null;
  if loaded <> 0 then raise exception '% sessions without their agenda item', loaded; end if;
  select count(*) into loaded from conference_session_city sc join conference_session s on s.id = sc.session_id
   where s.conference_id = second_iclc;
  if loaded <> 27 then raise exception 'expected 27 cities named in sessions, loaded %', loaded; end if;
  select count(*) into loaded from conference_person;
  if loaded <> 83 then raise exception 'expected 83 people, loaded %', loaded; end if;
  select count(*) into loaded from conference_participation where conference_id = second_iclc and session_id is not null;
  if loaded <> 91 then raise exception 'expected 91 roles in sessions, loaded %', loaded; end if;
  select count(*) into loaded from conference_participation where conference_id = second_iclc and session_id is null;
  if loaded <> 17 then raise exception 'expected 17 bureau roles, loaded %', loaded; end if;
  select count(*) into loaded from conference_participation
   where conference_id = second_iclc and role = 'AWARD_RECIPIENT' and city_id is not null;
  if loaded <> 12 then raise exception 'expected 12 award recipients with their city, loaded %', loaded; end if;
  select count(*) into loaded from conference_person p
   where not exists (select 1 from conference_participation r where r.person_id = p.id);
  if loaded <> 0 then raise exception '% people without a role', loaded; end if;
  select count(*) into loaded from conference_document_point pt join conference_document d on d.id = pt.document_id
   where d.conference_id = second_iclc;
  if loaded <> 36 then raise exception 'expected 36 document points, loaded %', loaded; end if;
end;
$$;
