-- The other International Conferences on Learning Cities, by their facts: host, dates, theme,
-- the outcome document adopted and the Award cycle presented. UIL completes them through the
-- portal's forms; the 7th is planned for 2027 with no host or dates announced yet.

insert into conference (ordinal, year, theme, status, format, host_city_name, host_city_id, host_country_code,
                        starts_on, ends_on, time_zone, participants, participants_at_least, member_states,
                        organisers, summary, award_year)
values
 (1, 2013, 'Lifelong learning for all: Inclusion, prosperity and sustainability in cities', 'HELD', 'IN_PERSON',
  'Beijing', (select id from city where slug = 'beijing'), 'CN', date '2013-10-21', date '2013-10-23',
  'Asia/Shanghai', 550, true, 102,
  E'UNESCO\nMinistry of Education of the People''s Republic of China\nBeijing Municipal Government',
  'The first conference opened the worldwide conversation on learning cities. Mayors, education leaders and '
  || 'experts asked how cities can make lifelong learning a lever for equity, social cohesion and lasting '
  || 'prosperity, and adopted the two texts that still guide the network: the Beijing Declaration on Building '
  || 'Learning Cities and the Key Features of Learning Cities.',
  null),
 (3, 2017, 'Global goals, local actions: Towards lifelong learning for all in 2030', 'HELD', 'IN_PERSON',
  'Cork', (select id from city where slug = 'cork'), 'IE', date '2017-09-18', date '2017-09-20',
  'Europe/Dublin', null, false, null, null,
  'The first conference held in Europe moved from global goals to local action: how cities can use lifelong '
  || 'learning to reach the Sustainable Development Goals by 2030. It adopted the Cork Call to Action for '
  || 'Learning Cities and presented the UNESCO Learning City Award 2017 to sixteen cities.',
  2017),
 (4, 2019, 'Inclusion – A principle for lifelong learning and sustainable cities', 'HELD', 'IN_PERSON',
  'Medellín', null, 'CO', date '2019-10-01', date '2019-10-03',
  'America/Bogota', null, false, null, null,
  'Devoted to inclusion, the fourth conference looked at people whose learning needs cities too often '
  || 'overlook, such as young people at risk, migrants, older people and those left out of the digital world. '
  || 'It adopted the Medellín Manifesto and presented the UNESCO Learning City Award 2019 to ten cities.',
  2019),
 (5, 2021, 'From emergency to resilience: Building healthy and resilient cities through learning', 'HELD', 'HYBRID',
  'Yeonsu', null, 'KR', date '2021-10-27', date '2021-10-30',
  'Asia/Seoul', null, false, null, null,
  'Held both on site and online during the COVID-19 pandemic, the fifth conference asked how learning can make '
  || 'cities healthier and better prepared for crises. It adopted the Yeonsu Declaration and presented the UNESCO '
  || 'Learning City Award 2021 to ten cities.',
  2021),
 (6, 2024, 'Learning cities at the forefront of climate action', 'HELD', 'IN_PERSON',
  'Jubail', null, 'SA', date '2024-12-03', date '2024-12-05',
  'Asia/Riyadh', null, false, null, null,
  'Hosted by Jubail, the sixth conference turned to climate action: how learning cities can build the '
  || 'awareness, skills and partnerships that fair and green urban life needs. The UNESCO Learning City Award '
  || '2024 was presented to ten cities.',
  2024),
 (7, 2027, null, 'PLANNED', null,
  null, null, null, null, null,
  'UTC', null, false, null, null,
  'The seventh conference is planned for 2027. Its host, dates and theme will be recorded here once they are announced.',
  null);

insert into conference_document (conference_id, type, title, adopted_on, summary, position)
select c.id, v.type, v.title, null, v.summary, v.position
from conference c
join (values
  (1, 'DECLARATION', 'Beijing Declaration on Building Learning Cities',
   'The founding text of the network: it affirms that lifelong learning is vital for the future of cities and '
   || 'commits those who adopt it to build learning cities. Cities joining the network pledge to adopt it.', 1),
  (1, 'FRAMEWORK', 'Key Features of Learning Cities',
   'A checklist of what a learning city achieves, builds and needs: its wider benefits, six major building '
   || 'blocks and the fundamental conditions for building it. Cities use it to plan and measure their progress, '
   || 'and the Award asks them to show progress on the building blocks.', 2),
  (3, 'CALL_TO_ACTION', 'Cork Call to Action for Learning Cities',
   'Sets out actions that learning cities can take at home to make lifelong learning for all a reality and to '
   || 'advance the Sustainable Development Goals locally by 2030.', 1),
  (4, 'MANIFESTO', 'Medellín Manifesto',
   'Commits learning cities to treat inclusion as a principle of lifelong learning and sustainable cities, with '
   || 'particular attention to the groups most often left behind.', 1),
  (5, 'DECLARATION', 'Yeonsu Declaration',
   'Commits learning cities to use learning to protect health and build resilience, drawing lessons from the '
   || 'COVID-19 crisis.', 1)
 ) as v(ordinal, type, title, summary, position) on v.ordinal = c.ordinal;

insert into conference_change (occurred_at, actor_name, conference_id, subject, subject_id, subject_label, action)
select now(), 'UIL records of the conferences', c.id, 'CONFERENCE', c.id,
       'International Conference on Learning Cities ' || c.year, 'IMPORTED'
from conference c where c.ordinal <> 2;
