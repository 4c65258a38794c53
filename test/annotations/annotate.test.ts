import assert from 'node:assert/strict';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseDictionary, type Dictionary } from '../../src/core/annotations/dictionary';
import { spellingKey } from '../../src/core/text/spelling-key';
import { parseArticleFile } from '../../src/core/article/parse';

/** Our own story: a full name, then the surname alone; a caption that spells a name another way. */
const STORY = [
  'Ministers Meet on Fishing Rights',
  '',
  '2 May 2025, Norway, Tromsø: Fisheries Minister Anne-Marie Solberg arrives for the talks. (NTB via AP)',
  '',
  "Fisheries Minister Anne Marie Solberg met Iceland's Fisheries Minister Gunnar Magnusson in Tromsø on Friday.",
  '',
  'Anne Marie Solberg said the talks had gone well. Magnusson said Iceland would reply within a week.',
  '',
  '"We are close to a deal," Solberg said.',
  '',
].join('\n');

function annotate(text: string, dictionary?: Dictionary) {
  const file = parseArticleFile(text, { format: 'plain' });
  return annotateArticle(file.articles[0]!, file, dictionary ? { dictionary } : {});
}

function dictionaryOf(yaml: string): Dictionary {
  const parsed = parseDictionary(yaml);
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  return parsed.dictionary;
}

describe('annotation engine', () => {
  it('ties a surname to the full name it stands for, and gives the entity the fullest spelling the body uses', () => {
    const { entities } = annotate(STORY);
    const magnusson = entities.find((entity) => entity.canonical === 'Gunnar Magnusson')!;
    assert.deepEqual(
      magnusson.mentions.map((mention) => mention.text),
      ['Gunnar Magnusson', 'Magnusson'],
    );
    const solberg = entities.find((entity) => spellingKey(entity.canonical) === 'anne marie solberg')!;
    assert.equal(solberg.canonical, 'Anne Marie Solberg');
    assert.deepEqual(
      solberg.mentions.map((mention) => mention.text),
      ['Anne-Marie Solberg', 'Anne Marie Solberg', 'Anne Marie Solberg', 'Solberg'],
    );
  });

  it("reads the places of a caption's dateline, and the person with a role after it", () => {
    const text = [
      'Harbour Bridge Reopens',
      '',
      '3 April 2025, Estonia, Tallinn: City engineer Liis Tamm inspects the new deck joints with a torch. (Photo: Mart Kask/dpa)',
      '',
      '"We replaced every joint that had cracked in the frost," city engineer Liis Tamm told reporters.',
      '',
    ].join('\n');
    const { entities, quotes } = annotate(text);
    const typed = entities.map((entity) => `${entity.canonical}:${entity.type}`).sort();
    assert.deepEqual(typed, ['Estonia:place', 'Liis Tamm:person', 'Mart Kask:person', 'Tallinn:place']);
    assert.equal(quotes[0]!.speaker?.name, 'Liis Tamm');
  });

  it('attributes the quote to the canonical speaker and resolves dates against the caption date', () => {
    const { quotes, dates, date } = annotate(STORY);
    assert.equal(date?.value, '2025-05-02');
    assert.equal(quotes[0]!.speaker?.name, 'Anne Marie Solberg');
    assert.ok(dates.some((mention) => mention.text === 'Friday' && mention.value === '2025-05-02'));
  });

  it('lets the dictionary win: its canonical name, type and Wikidata id, its aliases (the surname follows), and its ignore list', () => {
    const dictionary = dictionaryOf(
      [
        'entities:',
        '  - name: Anne-Marie Solberg',
        '    type: person',
        '    aliases: [Anne Marie Solberg]',
        '    wikidata: Q123',
        'ignore: [NTB]',
        '',
      ].join('\n'),
    );
    const { entities, mentions } = annotate(STORY, dictionary);
    const solberg = entities.find((entity) => entity.canonical === 'Anne-Marie Solberg')!;
    assert.equal(solberg.wikidata, 'Q123');
    assert.deepEqual(
      solberg.mentions.map((mention) => [mention.text, mention.fromDictionary]),
      [
        ['Anne-Marie Solberg', true],
        ['Anne Marie Solberg', true],
        ['Anne Marie Solberg', true],
        ['Solberg', false],
      ],
    );
    assert.ok(!mentions.some((mention) => mention.text === 'NTB'));
  });

  it('reports a broken dictionary at its line and column', () => {
    const parsed = parseDictionary('entities:\n  - name: Kim Jong Un\n    type: human\n');
    assert.ok('problem' in parsed);
    assert.deepEqual(parsed.problem, {
      message: 'entity "Kim Jong Un" needs a type: person, organization, place, other',
      line: 2,
      column: 5,
    });
  });
});
