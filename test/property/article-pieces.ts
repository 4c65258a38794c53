// fast-check arbitraries for scraped news files: the pieces a scraper leaves
// (headlines, captions with datelines and credits, paragraphs with quotes,
// names and dates, crossheads, bylines, site markers, front-matter) put
// together in any order, repeated, with any line endings, and salted with
// what breaks naive code (runs of spaces and non-breaking spaces, lone
// carriage returns, control characters, emoji, non-Latin names, a BOM).
import fc from 'fast-check';

const NAMES = ['Liis Tamm', 'Kim Jong Un', 'Kim Jong-un', 'José Irarrázaval', 'Jose Irarrazaval', 'Владимир Путин', '李明', 'Aarav Shah'];
const PLACES = ['Tallinn', 'Rotterdam', 'Nowy Targ', 'Valparaíso', 'Pyongyang', 'Moscow-Pyongyang', 'Kyiv'];
const AGENCIES = ['(AP)', '(EPA)', '(KCNA via YNA/dpa)', '(Photo: Mart Kask/dpa)', '(Reuters)', '(TT)'];
const MARKERS = ['TT', 'Advertisement', 'Read more', '**Advertisement**', '[Read more](https://example.com)', 'Photo'];
const DATES = [
  'on Wednesday',
  '14 September 2023',
  'last week',
  'now',
  '2025-06-11',
  'Thursday’s storm',
  'the fourth quarter',
  'fiscal 2024',
];
const HOSTILE = [
  '\u00a0',
  '\t',
  '\r',
  '\u200b',
  '\u0000',
  '\u0007',
  '\u001b]0;TITLE\u0007',
  '\u202e',
  '\u2028',
  '😀',
  '\ufeff',
  '"',
  '“',
  '’',
  '«',
  '...',
  '---',
  '>',
  '\n::error file=/etc/passwd,line=1::injected',
];

const name = fc.constantFrom(...NAMES);
const place = fc.constantFrom(...PLACES);

/** A run of the whitespace scraped layouts pad with, short or pathologically long. */
const padding = fc.oneof(
  fc.constantFrom(' ', '  ', '\u00a0', ' \u00a0 '),
  fc.integer({ min: 50, max: 3000 }).chain((length) => fc.constantFrom(' '.repeat(length), '\u00a0'.repeat(length))),
);

const sentence = fc
  .tuple(name, fc.constantFrom('said', 'told reporters', 'added'), place, fc.constantFrom(...DATES))
  .map(([who, verb, where, when]) => `${who} ${verb} in ${where} ${when}.`);

const quote = fc.tuple(sentence, name, fc.constantFrom('"', '“', '\u2018')).map(([said, who, mark]) => {
  const close = mark === '"' ? '"' : mark === '“' ? '”' : '\u2019';
  return `${mark}${said}${close} ${who} said.`;
});

/** A quote opened and never closed, as scraped copy often has. */
const unclosedQuote = fc.tuple(sentence, name).map(([said, who]) => `“${said} than in the school, ${who} said.`);

const paragraph = fc
  .array(fc.oneof(sentence, quote, unclosedQuote), { minLength: 1, maxLength: 4 })
  .chain((parts) => fc.tuple(fc.constant(parts.join(' ')), fc.option(padding, { nil: undefined })))
  .map(([text, pad]) => (pad ? text.replace(' ', pad) : text));

const headline = fc
  .tuple(place, fc.constantFrom('Reopens to Cyclists', 'Workers Resume Talks', 'SOCCER - JAPAN GET LUCKY WIN'))
  .map(([p, rest]) => `${p} ${rest}`);

const caption = fc
  .tuple(fc.constantFrom('14 September 2023', '3 April 2025', 'June 11, 2025'), place, sentence, fc.constantFrom(...AGENCIES))
  .map(([date, where, text, credit]) => `${date}, ${where}: ${text} ${credit}`);

const photoBlock = fc
  .array(fc.oneof({ weight: 4, arbitrary: caption }, { weight: 1, arbitrary: fc.constantFrom(...MARKERS) }), { minLength: 1, maxLength: 4 })
  .map((lines) => lines.join('\n'));

const frontMatter = fc.constantFrom(
  '---\nheadline: "Ferry\'s Back"\ndatePublished: 2025-06-11\n---',
  "---\nheadline: 'Ferry''s Back'\n...",
  '---\n  note: kept\n---',
  '---\nheadline: [unclosed\n---',
  '---\nsummary: |\n  one\n\n  two\n---',
  '---\na: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n---',
  '---\nheadline: !!js/function "function () { return 1 }"\n---',
  '---\n"\\e]0;TITLE\\a": x\n"\\n::error file=/etc/passwd,line=1::injected": y\n---',
  '---\n---',
  '---\n# only a comment\n---',
);

const piece = fc.oneof(
  { weight: 5, arbitrary: paragraph },
  { weight: 2, arbitrary: photoBlock },
  { weight: 1, arbitrary: headline },
  { weight: 1, arbitrary: fc.constantFrom('‘Friendship’', 'Repairs Took a Month', 'By Jane Doe, Associated Press') },
  { weight: 1, arbitrary: fc.constantFrom(...MARKERS) },
  { weight: 1, arbitrary: fc.constantFrom('![The ferry at the quay](ferry-quay.jpg)', '> “A quote in a blockquote,', '> running on.”') },
);

/** One story: a headline, then pieces, some of them pasted again later. */
const story = fc
  .tuple(headline, fc.array(piece, { minLength: 1, maxLength: 8 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([title, pieces, repeats]) => {
    const repeated = repeats.map((index) => pieces[index % pieces.length]!);
    return [title, ...pieces, ...repeated, ...(repeats.length > 0 ? [title] : [])];
  });

/** Characters that break naive code, dropped at random places. */
function salt(text: string, positions: readonly number[], additions: readonly string[]): string {
  let salted = text;
  positions.forEach((position, i) => {
    const at = position % (salted.length + 1);
    salted = salted.slice(0, at) + additions[i % additions.length]! + salted.slice(at);
  });
  return salted;
}

/** A whole file of scraped copy: front-matter maybe, stories separated by blank lines, a line ending, salt. */
export const scrapedFile: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontMatter, { nil: undefined }),
    fc.array(story, { minLength: 1, maxLength: 3 }),
    fc.constantFrom('\n', '\r\n', '\r'),
    fc.array(fc.constantFrom('\n', '\n\n', '\n\n\n', '\n \n'), { minLength: 8, maxLength: 8 }),
    fc.array(fc.nat(), { maxLength: 6 }),
    fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 6 }),
    // A reader drops one byte order mark; a file saved twice by a careless tool has two.
    fc.constantFrom('', '\ufeff', '\ufeff\ufeff'),
  )
  .map(([front, stories, eol, gaps, positions, additions, bom]) => {
    const body = stories.map((pieces) => pieces.map((text, i) => text + gaps[i % gaps.length]!).join('\n')).join('\n\n\n');
    // Line endings first, so the salt's lone carriage returns survive among them.
    const text = salt(((front ? `${front}\n` : '') + body).replace(/\r\n|\r|\n/g, eol), positions, additions);
    return bom + text;
  });

/** Plain copy or Markdown. */
export const articleFormat = fc.constantFrom('plain' as const, 'markdown' as const);
