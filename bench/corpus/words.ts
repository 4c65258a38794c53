/**
 * The raw material of the benchmark corpus: invented people, real places,
 * wire agencies, and sentence templates written for Copydesk. Templates
 * use straight marks (`"`, `'`); the composer turns them curly for the
 * stories that use curly quotes. `{slot}` names are filled in by
 * `compose.ts`; a capitalised slot (`{Org}`) starts a sentence.
 */

export const FIRST_NAMES = [
  'Ana',
  'Tomás',
  'Sigrid',
  'Kwame',
  'Mei',
  'Lucía',
  'Piotr',
  'Aylin',
  'Jonas',
  'Fatima',
  'Rui',
  'Ingrid',
  'Dmytro',
  'Chiara',
  'Olumide',
  'Hana',
  'Mateo',
  'Zoë',
  'Søren',
  'Łukasz',
  'Amira',
  'Joaquín',
  'Elif',
  'Nikos',
  'Priya',
  'Ólafur',
  'Grace',
  'Kenji',
  'Marta',
  'Arjun',
  'Leila',
  'Björn',
  'Camila',
  'Yusuf',
  'Renée',
  'Stefan',
  'Nadia',
  'Mihai',
  'Ewa',
  'Diego',
  'Ngozi',
  'Liam',
  'Sofía',
  'Aleksander',
  'Yara',
  'Henrik',
  'Beatriz',
  'Tariq',
  'Agnieszka',
  'Paulo',
  'Ioana',
  'Emre',
  'Jana',
  'Thabo',
];

/** Surnames; some with a spelling variant that captions use (accents dropped, hyphen added), as scraped copy does. */
export const SURNAMES: ReadonlyArray<readonly [string, string?]> = [
  ['Ruiz'],
  ['Okafor'],
  ['Lindqvist'],
  ['Nowak'],
  ['Ferreira'],
  ['Yılmaz', 'Yilmaz'],
  ['Haddad'],
  ['Kowalczyk'],
  ['Mensah'],
  ['Brennan'],
  ['Takahashi'],
  ['Moreau'],
  ['Petrenko'],
  ['Esposito'],
  ['Halvorsen'],
  ['Quispe'],
  ['Castellanos'],
  ['Ahmadi'],
  ['Dimitriou'],
  ['Van der Berg', 'van der Berg'],
  ['Sánchez-Vidal', 'Sanchez Vidal'],
  ['Nguyễn', 'Nguyen'],
  ['Jóhannsdóttir', 'Johannsdottir'],
  ['Müller', 'Mueller'],
  ['Kovačević', 'Kovacevic'],
  ['Ó Briain', "O'Brien"],
  ['Al-Masri', 'al-Masri'],
  ['Sørensen', 'Sorensen'],
  ['Wiśniewska', 'Wisniewska'],
  ['Da Silva', 'da Silva'],
  ['Kim Min-jun', 'Kim Min Jun'],
  ['Popescu'],
  ['Adeyemi'],
  ['Lund'],
  ['Rahman'],
  ['Fischer'],
  ['Bianchi'],
  ['Oyelaran'],
  ['Marchetti'],
  ['Šimić', 'Simic'],
  ['Villanueva'],
  ['Kaczmarek'],
  ['Ibsen'],
];

export interface Place {
  readonly country: string;
  readonly city: string;
  readonly region: string;
}

export const PLACES: readonly Place[] = [
  { country: 'Chile', city: 'Valparaíso', region: 'the central coast' },
  { country: 'Chile', city: 'Antofagasta', region: 'the Atacama desert' },
  { country: 'Peru', city: 'Arequipa', region: 'the southern Andes' },
  { country: 'Portugal', city: 'Porto', region: 'the Douro valley' },
  { country: 'Spain', city: 'Bilbao', region: 'the Basque Country' },
  { country: 'Norway', city: 'Tromsø', region: 'the Arctic north' },
  { country: 'Sweden', city: 'Malmö', region: 'the south of the country' },
  { country: 'Poland', city: 'Gdańsk', region: 'the Baltic coast' },
  { country: 'Germany', city: 'Leipzig', region: 'Saxony' },
  { country: 'Italy', city: 'Bari', region: 'Apulia' },
  { country: 'Greece', city: 'Thessaloniki', region: 'the north of the country' },
  { country: 'Türkiye', city: 'İzmir', region: 'the Aegean coast' },
  { country: 'Ghana', city: 'Kumasi', region: 'the Ashanti region' },
  { country: 'Nigeria', city: 'Ibadan', region: 'the south-west' },
  { country: 'Kenya', city: 'Mombasa', region: 'the coast' },
  { country: 'South Africa', city: 'Durban', region: 'KwaZulu-Natal' },
  { country: 'India', city: 'Pune', region: 'Maharashtra' },
  { country: 'Japan', city: 'Sendai', region: 'the Tohoku region' },
  { country: 'South Korea', city: 'Busan', region: 'the south-east' },
  { country: 'Vietnam', city: 'Da Nang', region: 'the central coast' },
  { country: 'Canada', city: 'Halifax', region: 'Nova Scotia' },
  { country: 'Mexico', city: 'Monterrey', region: 'the north of the country' },
  { country: 'Brazil', city: 'Recife', region: 'the north-east' },
  { country: 'Iceland', city: 'Akureyri', region: 'the north coast' },
  { country: 'Romania', city: 'Cluj-Napoca', region: 'Transylvania' },
  { country: 'Croatia', city: 'Split', region: 'Dalmatia' },
];

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Photo credits as wire captions end: agency, agency via agency, photographer/agency. `{photographer}` gets a name. */
export const CREDITS = [
  'Reuters',
  'AP Photo/{photographer}',
  'EFE via dpa',
  'AFP',
  'EPA',
  'ANSA via dpa',
  'Photo: {photographer}/dpa',
  'NTB/{photographer}',
  'TT News Agency via AP',
  'Getty Images',
  '{photographer}/Reuters',
  'PAP via dpa',
  'Lusa/EPA',
  'AA via Reuters',
  'Kyodo via AP',
];

/** Site furniture scrapers leave on a line of its own. */
export const MARKERS = ['TT', 'Advertisement', 'Read more', 'Share this article', 'Photo', 'Skip advertisement'];

/** Wire agencies in a body dateline: `PORTO, Portugal (AP) —`. */
export const DATELINE_AGENCIES = ['AP', 'Reuters', 'AFP', 'dpa', 'EFE'];

/** Roles as a title before a name (`Transport Minister Ana Ruiz`); lower-cased after one (`Ruiz, the transport minister`). */
export const ROLES = [
  'Transport Minister',
  'Finance Minister',
  'Mayor',
  'Prime Minister',
  'Health Minister',
  'Energy Minister',
  'Interior Minister',
  'Opposition Leader',
  'Regional Governor',
  'Deputy Mayor',
  'Economy Minister',
  'Environment Minister',
  'Labour Minister',
];

export const ORGANISATIONS = [
  'the national statistics office',
  'the central bank',
  'the regional council',
  'the port authority',
  "the transport workers' union",
  'the chamber of commerce',
  'the environment agency',
  'the audit court',
  'the national weather service',
  "the farmers' association",
  'the health ministry',
  'the city council',
  'the competition authority',
  "the employers' federation",
  'the electricity regulator',
];

export interface Topic {
  /** Noun phrases for what the story is about, lower case, with their article. */
  readonly subjects: readonly string[];
  /** Headline templates, title case as wire headlines are. */
  readonly headlines: readonly string[];
  readonly facts: readonly string[];
  /** Quotable words, without quotation marks or closing punctuation. */
  readonly quotes: readonly string[];
  /** What a caption shows, after its dateline and before its credit; ends with a full stop. */
  readonly captions: readonly string[];
  readonly crossheads: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    subjects: ['the rail tunnel', 'the new rail line', 'the high-speed link', 'the night train service', 'the tram extension'],
    headlines: [
      '{Country} Approves Rail Tunnel After a Decade of Delays',
      '{City} Tram Extension Opens Two Years Late and Over Budget',
      'Night Trains Return to {Region} as Operators Bet on Slower Travel',
      'Rail Strike Halts Freight Across {Country} as Talks Collapse',
      'Engineers Find Cracks in {City} Rail Bridge Weeks Before Opening',
    ],
    facts: [
      'The line will cut the journey between {city} and the capital from {n} hours to just over {n2}, according to the operator.',
      'Construction crews have bored through {big} metres of rock since work began in {year}.',
      'Freight operators say {pct} of the goods moved through {region} still travel by road because the old line cannot carry heavy trains.',
      'The first trains are due to run in {month} {year2}, although the operator has missed three earlier deadlines.',
      "A review ordered by {org} found that the tunnel's ventilation system had been designed for lighter traffic than the line now expects.",
      'Passenger numbers on the existing route rose by {pct} last year, the highest increase since records began.',
      'The carriages, built in {year}, will be refitted with sleeping compartments and a dining car.',
    ],
    quotes: [
      'A railway is a promise that outlives the government that makes it',
      'We will not open a line that we are not sure is safe',
      'Every lorry we take off the road is a lorry that does not wear out our bridges',
      'The trains are full, and they are full because people want them',
      'Nobody should have to choose between a long drive and an expensive flight',
    ],
    captions: [
      'Workers inspect the tracks inside the unfinished tunnel near {city}.',
      'A freight train waits at a signal outside {city} station during the strike.',
      'Passengers board the first night train of the season at {city} central station.',
      '{person} ({side}) speaks with engineers at the construction site in {region}.',
    ],
    crossheads: ['Years of delay', 'Freight first', 'Sleeping cars', 'On track'],
  },
  {
    subjects: ['the port expansion', 'the new container terminal', 'the shipping corridor', 'the harbour dredging'],
    headlines: [
      '{Country} Signs Deal to Expand {City} Port as Trade Shifts',
      'Dock Workers Strike at {City} Over Night Shifts',
      'Container Terminal at {City} Opens to the First Ships',
      'Shipping Lines Avoid {City} as Harbour Silts Up',
    ],
    facts: [
      'The terminal can handle {big} containers a year, about {pct} more than the old quay.',
      'Dredgers will deepen the channel by {n} metres so that larger ships can enter at low tide.',
      'Three shipping lines have already moved their weekly calls to ports further along {region}.',
      'The port authority said the expansion would create {n3} permanent jobs and about {big} during construction.',
      'Ships waited an average of {n} hours to berth last year, against {n2} hours five years earlier.',
      'Refrigerated cargo, mostly fruit and fish, now makes up more than a third of the traffic through {city}.',
    ],
    quotes: [
      'A port that cannot take the big ships is a port that is slowly closing',
      'We are not against the new terminal, we are against losing the night shift',
      'The ships will come back when the channel is deep enough and not a day before',
      'This quay has fed the city for a hundred years',
    ],
    captions: [
      'Container cranes stand idle at the port of {city} during a strike by dock workers.',
      'A cargo ship enters the harbour of {city} at dawn.',
      '{person} ({side}) tours the new container terminal in {city}.',
      'Dredging barges work in the shipping channel outside {city}.',
    ],
    crossheads: ['Deeper water', 'Night shifts', 'Lost cargo'],
  },
  {
    subjects: ['the budget', 'the tax reform', 'the pension bill', 'the spending plan'],
    headlines: [
      '{Country} Parliament Passes Budget After All-Night Session',
      'Pension Bill Splits {Country} Coalition Days Before the Vote',
      'Protesters Fill {City} Streets Against Tax Reform',
      '{Country} Cuts Growth Forecast and Delays Spending Plan',
    ],
    facts: [
      'The budget foresees a deficit of {dec} per cent of economic output, down from {dec2} per cent this year.',
      'Lawmakers approved the bill by {n3} votes to {n4} after a debate that lasted more than {n} hours.',
      '{Org} now expects the economy to grow by {dec} per cent next year, less than it forecast in {month}.',
      'The reform raises the retirement age by {n} months a year until it reaches 67 in {year2}.',
      'Opposition parties have said they will challenge the law in the constitutional court.',
      'Public debt stood at {pct} of economic output at the end of last year, according to {org}.',
      'The government has promised to spend {money} on hospitals and schools over the next four years.',
    ],
    quotes: [
      'This budget asks the most from those who can give the most',
      'We were elected to take hard decisions, not to postpone them',
      'A pension is not a gift, it is a promise that people paid for',
      'The numbers simply do not add up',
      'We will vote against it today and we will repeal it when we can',
    ],
    captions: [
      'Lawmakers vote on the budget in the parliament in {city}.',
      'Demonstrators hold banners during a march against the pension reform in {city}.',
      '{person} ({side}) arrives for a cabinet meeting in {city}.',
    ],
    crossheads: ['Deficit target', 'Opposition anger', 'The vote'],
  },
  {
    subjects: ['the heatwave', 'the drought', 'the floods', 'the storm', 'the wildfires'],
    headlines: [
      'Floods Force Thousands From Their Homes in {Region}',
      '{Country} Declares Emergency as Wildfires Spread Near {City}',
      'Drought Leaves {Region} Reservoirs at Record Low',
      'Storm Cuts Power to {Big} Homes Across {Country}',
    ],
    facts: [
      'Rivers in {region} rose by more than {n} metres in {n2} hours, the weather service said.',
      'Firefighters were battling {n} separate fires on {weekday} night, helped by {n2} aircraft.',
      'Reservoirs that supply {city} were at {pct} of capacity, the lowest level for the time of year since {year}.',
      'About {big} homes were without electricity on {weekday} morning, the grid operator said.',
      'Farmers in {region} say they have lost most of the harvest and have asked the government for emergency aid.',
      'The weather service has issued its highest warning for {n} provinces and expects more rain on {weekday2}.',
      'Schools in {city} will stay closed until at least {weekday} while engineers inspect the buildings.',
    ],
    quotes: [
      'The water came in through the doors in minutes and there was nothing we could do',
      'We have never seen the river this high in the forty years we have lived here',
      'The fire was moving faster than the trucks could follow it',
      'Our priority now is to get people back into their homes before winter',
      'This is no longer a once-in-a-century event',
    ],
    captions: [
      'Residents wade through a flooded street in {city}.',
      'A firefighter sprays water on a burning hillside near {city}.',
      'The dry bed of a reservoir outside {city} is seen from the air.',
      'Rescue workers carry an elderly woman from her flooded house in {region}.',
      '{person} ({side}) visits an evacuation centre in {city}.',
    ],
    crossheads: ['Rising water', 'Emergency aid', 'Warnings ignored', 'After the fire'],
  },
  {
    subjects: ['the hospital', 'the vaccination campaign', 'the new clinic', 'the health reform'],
    headlines: [
      '{City} Hospital Closes Emergency Ward Over Staff Shortage',
      'Nurses Walk Out Across {Country} in Dispute Over Pay',
      '{Country} Opens Vaccination Centres as Flu Cases Rise',
      'Waiting Lists in {Region} Reach a Ten-Year High',
    ],
    facts: [
      'The hospital treated {big} patients in its emergency department last year.',
      'About {big} operations were postponed during the two-day strike, the health ministry said.',
      'The number of patients waiting more than six months for treatment rose by {pct} in a year.',
      'The government has offered nurses a rise of {dec} per cent; the union is asking for {n} per cent.',
      'Three clinics in {region} have closed since {year} because they could not find doctors.',
      'Flu cases doubled in the first week of {month}, {org} said.',
    ],
    quotes: [
      'We cannot run an emergency ward with half the doctors it needs',
      'Nurses are not asking for a favour, they are asking to be able to pay their rent',
      'Patients are waiting longer than at any time I can remember',
      'The vaccine is free, it is safe and it keeps people out of hospital',
    ],
    captions: [
      'Nurses hold placards outside the main hospital in {city} during a strike.',
      'A doctor examines a patient at a clinic in {region}.',
      '{person} ({side}) speaks to staff at the emergency department in {city}.',
    ],
    crossheads: ['Short of staff', 'Pay talks', 'Long waits'],
  },
  {
    subjects: ['the wind farm', 'the solar park', 'the power line', 'the gas pipeline', 'the nuclear plant'],
    headlines: [
      '{Country} Approves Offshore Wind Farm Near {City}',
      'Power Prices in {Country} Fall to a Three-Year Low',
      'Residents Fight Power Line Through {Region}',
      '{Country} Extends Life of Its Oldest Nuclear Plant',
    ],
    facts: [
      'The wind farm will have {n} turbines and enough capacity to supply {big} homes.',
      'Wholesale electricity prices fell by {pct} in {month}, the regulator said.',
      'The line would run {n3} kilometres through farmland and two nature reserves in {region}.',
      "The plant supplies about {pct} of the country's electricity and was due to close in {year2}.",
      'Solar panels produced more power than coal for the first time in {month}, according to {org}.',
      'The project has been delayed by {n} years of planning appeals.',
    ],
    quotes: [
      'We are not against clean energy, we are against a pylon outside every window',
      'Cheap power is the best industrial policy a country can have',
      'Every turbine we build is a tanker of gas we do not have to buy',
      'Closing the plant now would mean burning more coal, not less',
    ],
    captions: [
      'Wind turbines turn off the coast near {city}.',
      'Workers install solar panels on a field in {region}.',
      '{person} ({side}) visits the control room of the power plant near {city}.',
      'Protesters gather in front of the regional parliament in {city} against the planned power line.',
    ],
    crossheads: ['Cheaper power', 'Local anger', 'Years of appeals'],
  },
  {
    subjects: ['the housing plan', 'the rent cap', 'the new district', 'the housing shortage'],
    headlines: [
      '{City} Caps Rents as Housing Costs Soar',
      '{Country} Plans {Big} New Homes to Ease Shortage',
      'Students in {City} Sleep in Tents as Rents Climb',
      'Builders Warn Rent Cap Will Stall New Homes in {Country}',
    ],
    facts: [
      'Average rents in {city} have risen by {pct} in five years, far faster than wages.',
      'The plan would allow {big} homes to be built on former industrial land by {year2}.',
      'Under the cap, rents on new contracts may not rise by more than {dec} per cent a year.',
      'About {big} people are on the waiting list for social housing in {region}.',
      'Building permits fell by {pct} last year as interest rates rose, {org} said.',
      'The city council voted {n3} to {n4} in favour of the measure on {weekday}.',
    ],
    quotes: [
      'A nurse should be able to live in the city where she works',
      'You do not build more homes by telling builders they cannot make money',
      'We have been looking for a flat for eight months',
      'This is the biggest housing programme this city has seen since the 1970s',
    ],
    captions: [
      'Cranes tower over a construction site in the new district of {city}.',
      'Students put up tents outside the university in {city} in protest at rising rents.',
      '{person} ({side}) presents the housing plan at the town hall in {city}.',
    ],
    crossheads: ['Rising rents', 'Building slows', 'Waiting lists'],
  },
  {
    subjects: ['the fishing quota', 'the harvest', 'the farm subsidy', 'the cod stock'],
    headlines: [
      'Fishermen in {Region} Protest Over Cuts to Cod Quota',
      '{Country} Farmers Block Roads Over Subsidy Cuts',
      'Olive Harvest in {Region} Falls by Half After Dry Summer',
      'Scientists Warn Cod Stock Off {City} Is Near Collapse',
    ],
    facts: [
      'The quota for next year was cut by {pct}, the largest reduction in a decade.',
      'Tractors blocked {n} motorways around {city} on {weekday}, police said.',
      'The harvest in {region} fell to {big} tonnes, from {big2} tonnes a year earlier.',
      'Researchers counted {pct} fewer young fish in the spawning grounds than in {year}.',
      'Subsidies make up about a third of the income of a typical family farm in {region}, according to {org}.',
      'Diesel prices for farmers will rise by {dec} cents a litre from {month}.',
    ],
    quotes: [
      'The sea has fed this town for three hundred years and now we are told to stay in port',
      'If the science says the fish are not there, we cannot catch what is not there',
      'We feed the country and we are treated like a problem',
      'One bad summer we can survive, three in a row we cannot',
    ],
    captions: [
      'Fishing boats are moored in the harbour of {city} during a protest.',
      'Farmers drive tractors along a motorway near {city}.',
      'A worker harvests olives on a farm in {region}.',
      '{person} ({side}) meets farmers at a market in {region}.',
    ],
    crossheads: ['Empty nets', 'Tractors on the road', 'A poor harvest'],
  },
  {
    subjects: ['the data centre', 'the chip factory', 'the broadband rollout', 'the tech park'],
    headlines: [
      'Chipmaker Picks {City} for New Factory',
      '{Region} Data Centres Strain Local Water Supply',
      '{Country} Promises Fast Broadband in Every Village by {Year2}',
      'Tech Park Near {City} Draws {Big} Jobs',
    ],
    facts: [
      'The factory will cost {money} and employ {big} people when it reaches full output.',
      "Data centres in {region} used {pct} of the area's electricity last year.",
      'About {pct} of rural homes still cannot get a connection faster than 30 megabits a second.',
      'The government will pay about a quarter of the cost of the plant from a fund set up in {year}.',
      'Water use by the centres rose by {pct} in two years, the environment agency said.',
    ],
    quotes: [
      'This is the largest foreign investment our region has ever seen',
      'They promised us jobs, and what we got is a fence and a humming noise',
      'A village without broadband is a village the young people leave',
      'We chose {city} because of its engineers, not because of its subsidies',
    ],
    captions: [
      'A worker in protective clothing walks through a clean room at the plant near {city}.',
      'Servers are seen inside a data centre in {region}.',
      '{person} ({side}) lays the foundation stone of the chip factory near {city}.',
    ],
    crossheads: ['Jobs and water', 'The last mile', 'Public money'],
  },
  {
    subjects: ['the museum', 'the festival', 'the restored theatre', 'the stadium'],
    headlines: [
      '{City} Museum Reopens After Five-Year Restoration',
      'Film Festival in {City} Draws Record Crowds',
      '{Country} Returns Looted Statues to {Country2}',
      'Fans Fill New Stadium in {City} for First Match',
    ],
    facts: [
      'The restoration cost {money}, about twice the original estimate.',
      'More than {big} visitors came in the first week, the organisers said.',
      'The statues were taken from a temple in {year} and sold to collectors abroad.',
      'The stadium holds {big} spectators and has a roof that closes in {n} minutes.',
      "The museum's collection of {big} objects will be shown in rotating exhibitions.",
      'Tickets for the opening weekend sold out within {n} hours.',
    ],
    quotes: [
      'These objects belong to the people whose ancestors made them',
      'It took five years, but the building looks as it did in 1910',
      'A city needs places where people meet without having to buy anything',
      'I have waited my whole life to watch a match here',
    ],
    captions: [
      'Visitors look at paintings in the restored main hall of the museum in {city}.',
      'Fans cheer during the first match at the new stadium in {city}.',
      '{person} ({side}) and museum director {fullname} unveil a statue in {city}.',
      'Actors pose on the red carpet at the film festival in {city}.',
    ],
    crossheads: ['A long restoration', 'Coming home', 'Full house'],
  },
];

/** Sentences that fit any story. */
export const GENERIC_FACTS = [
  '{Org} said on {weekday} that {subject} would cost about {money}, more than first estimated.',
  'Critics argue that {subject} has been held up for years by disputes over money and land.',
  'According to figures published by {org}, the number of complaints rose by {pct} in {year}.',
  '{Speaker} is due to meet regional leaders on {weekday} to discuss the next steps.',
  'The government has not said how it will pay for {subject}, and opposition parties have demanded a full costing.',
  'Talks between the two sides broke down on {weekday} and are due to resume next week.',
  'A poll published on {weekday} found that {pct} of voters supported {subject}, while {pct2} were against it.',
  'The decision follows months of protests in {city}, where residents collected {big} signatures against the plan.',
  'Officials in {city} said they had not been consulted before the announcement.',
  '{Speaker} said the details would be set out in a law to be presented to parliament in {month}.',
  'It was the {ordinal} time in {n} years that {subject} had been put to a vote.',
  'Neighbouring countries are watching {subject} closely, as several of them face similar problems.',
  'The European Commission has been asked to examine whether the plan breaks state aid rules.',
  'Local businesses said they would wait for the final details before deciding whether to invest.',
  '{Org} estimated that {subject} would add {dec} per cent to economic output over a decade.',
  'Union leaders said they would call a general strike on {weekday} if the government did not withdraw the plan.',
  'The project was first proposed in {year} but was shelved after a change of government.',
  'Prosecutors have opened an investigation into how the contracts were awarded, {org} confirmed.',
  'In {city}, reactions were mixed, with shopkeepers welcoming the news and residents worried about traffic.',
  'The announcement came a day after {person} met officials from {org} in {city}.',
  '{Speaker}, who took office in {year}, has made {subject} a central promise of the government.',
  'Previous attempts to tackle the problem failed because the money ran out, {org} said in a report.',
  'Opposition lawmakers walked out of the chamber on {weekday} in protest at the way the debate was cut short.',
  'The plan still needs the approval of the upper house, which is expected to vote in {month}.',
  'About {big} people took part in demonstrations in {city} and {n} other towns on {weekday}.',
  'The figures are provisional and will be revised in {month}, {org} said.',
  'Some experts say the real cost could be much higher, because prices for building materials have risen sharply.',
  'A spokesperson for {org} declined to comment on the details.',
  '{Speaker} had said in {month} that {subject} would be ready before the end of the year.',
  'The region has long complained that it receives less public investment than the capital.',
];

/** Quotable words that fit any story. */
export const GENERIC_QUOTES = [
  'We have waited long enough',
  'This is a good day for {city} and for the whole country',
  'Nobody can say we did not warn them',
  'We will look at the proposal carefully and give our answer next week',
  'It is not perfect, but it is a start',
  'People here feel that decisions are taken far away and without them',
  'We are ready to talk, but not at any price',
  'The money is there, what is missing is the will',
  'I do not think anyone expected it to happen this quickly',
  'We owe it to the next generation to get this right',
];

/** Ways a quote is attributed: after it, before it, across an apposition, or in part. `{q}` is the quote without marks. */
export const QUOTE_FRAMES = [
  '"{q}," {speaker} said.',
  '"{q}," {speaker} told reporters in {city}.',
  '"{q}," said {fullname}, {arole}.',
  '{Speaker} said: "{q}."',
  '{person} told a news conference on {weekday}: "{q}."',
  '"{q}," {country}\'s {role}, {fullname}, said in a statement.',
  '"{q}," {Org}\'s chief, {fullname}, said on {weekday}.',
  '{Speaker} described the situation as "{fragment}" and said the government would act.',
  '"{q}. {q2}," {speaker} said.',
  '"{q}," {speaker} said. "{q2}."',
];

export const GENERIC_CROSSHEADS = ['What happens next', 'Reaction', 'Background', 'Doubts', 'The cost', 'A long dispute'];
