-- The twelve recipients of the inaugural UNESCO Learning City Award (2nd ICLC, Mexico City, 2015).
-- Their public profiles (figures, membership dates) are completed by the directory migrations.
insert into city (slug, name, country_code) values
 ('melton',      'Melton',      'AU'),
 ('sorocaba',    'Sorocaba',    'BR'),
 ('beijing',     'Beijing',     'CN'),
 ('bahir-dar',   'Bahir Dar',   'ET'),
 ('espoo',       'Espoo',       'FI'),
 ('cork',        'Cork',        'IE'),
 ('amman',       'Amman',       'JO'),
 ('mexico-city', 'Mexico City', 'MX'),
 ('ybycui',      'Ybycuí',      'PY'),
 ('balanga',     'Balanga',     'PH'),
 ('namyangju',   'Namyangju',   'KR'),
 ('swansea',     'Swansea',     'GB');
