-- V103: which countries and territories UNESCO works with (C6). Pickers of where a city can be offer
-- only these; every other ISO 3166-1 code stays in the table, so the records already made in them
-- (a city, an account, a conference) keep their country.
--
-- MEMBER_STATE: UNESCO's 194 Member States, the 193 Members of the United Nations less Israel and
--   Liechtenstein, with the Cook Islands, Niue and Palestine (UNESCO, "Member States", as of the
--   readmission of the United States in July 2023).
-- ASSOCIATE_MEMBER: territories admitted as Associate Members, by the ISO code of the territory.
--   UNESCO counts 12; the 11 below are confirmed by the General Conference decisions on record
--   (Anguilla 2013, Aruba 1987, British Virgin Islands 1983, Cayman Islands 1999, Curaçao 2011,
--   Faroes 2009, Macao 1995, Montserrat 2015, New Caledonia 2017, Sint Maarten 2011, Tokelau 2001).
--   The twelfth could not be confirmed from a reliable source here: add it with an update of this
--   column in a later migration.

alter table country add column unesco_membership varchar(20)
  check (unesco_membership in ('MEMBER_STATE', 'ASSOCIATE_MEMBER'));

update country set unesco_membership = 'MEMBER_STATE' where code in (
  'AD', 'AE', 'AF', 'AG', 'AL', 'AM', 'AO', 'AR', 'AT', 'AU', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF',
  'BG', 'BH', 'BI', 'BJ', 'BN', 'BO', 'BR', 'BS', 'BT', 'BW', 'BY', 'BZ', 'CA', 'CD', 'CF', 'CG',
  'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM',
  'DO', 'DZ', 'EC', 'EE', 'EG', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FM', 'FR', 'GA', 'GB', 'GD', 'GE',
  'GH', 'GM', 'GN', 'GQ', 'GR', 'GT', 'GW', 'GY', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IN', 'IQ',
  'IR', 'IS', 'IT', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KZ',
  'LA', 'LB', 'LC', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MG', 'MH',
  'MK', 'ML', 'MM', 'MN', 'MR', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NE', 'NG', 'NI',
  'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PG', 'PH', 'PK', 'PL', 'PS', 'PT', 'PW',
  'PY', 'QA', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SI', 'SK', 'SL', 'SM',
  'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SY', 'SZ', 'TD', 'TG', 'TH', 'TJ', 'TL', 'TM', 'TN', 'TO',
  'TR', 'TT', 'TV', 'TZ', 'UA', 'UG', 'US', 'UY', 'UZ', 'VC', 'VE', 'VN', 'VU', 'WS', 'YE', 'ZA',
  'ZM', 'ZW');

update country set unesco_membership = 'ASSOCIATE_MEMBER' where code in (
  'AI', 'AW', 'CW', 'FO', 'KY', 'MO', 'MS', 'NC', 'SX', 'TK', 'VG');
