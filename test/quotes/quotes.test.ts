import assert from 'node:assert/strict';
import { parseArticleFile } from '../../src/core/article/parse';
import { tagEntities } from '../../src/core/entities';
import { attributeQuotes } from '../../src/core/quotes/attribute';
import { findQuoteSpans } from '../../src/core/quotes/find-quotes';
import type { Quote } from '../../src/core/quotes/model';

/** Our own story in the sample's shape, with each way news copy attributes a quote. */
const STORY = [
  'Fishermen Block Harbour Over Quotas',
  '',
  '"We have been fishing these waters for three generations," said Lars Henriksen, who chairs the local association.',
  '',
  'Norway\'s fisheries minister, Ingrid Dahl, said: "The quotas follow the scientific advice and will not change."',
  '',
  'Henriksen said the boats would stay "as long as it takes" and added that the association "will not be bullied by Oslo".',
  '',
  'Dahl met the fishermen on Tuesday. "This is a difficult season for everyone," she told reporters.',
  '',
  '"We are listening.',
  '',
  '"But the fish stocks come first," Dahl said.',
  '',
  'The harbour master called it "a calm protest", according to the coastguard. Locals brought "koffee" and buns.',
  '',
].join('\n');

function quotes(text = STORY): Quote[] {
  const file = parseArticleFile(text, { format: 'plain' });
  const article = file.articles[0]!;
  return attributeQuotes(
    findQuoteSpans(article, text),
    article,
    text,
    tagEntities(
      text,
      article.blocks.flatMap((block) => block.prose),
    ),
  );
}

describe('quotes', () => {
  it('finds every quotation of two words or more, straight or curly, and no single quoted word', () => {
    const found = quotes().map((quote) => quote.text);
    assert.deepEqual(found, [
      'We have been fishing these waters for three generations,',
      'The quotas follow the scientific advice and will not change.',
      'as long as it takes',
      'will not be bullied by Oslo',
      'This is a difficult season for everyone,',
      'We are listening. But the fish stocks come first,',
      'a calm protest',
    ]);
  });

  it('joins a quote that runs over paragraphs: no closing mark, a new opening mark', () => {
    const running = quotes().find((quote) => quote.text.startsWith('We are listening'))!;
    assert.equal(running.parts.length, 2);
    assert.equal(STORY.slice(running.start, running.start + 1), '"');
    assert.equal(STORY.slice(running.end - 1, running.end), '"');
  });

  it('spans a quote from its opening mark to its closing mark, in curly copy too', () => {
    const curly = STORY.replace(/"([^"]*)"/g, '\u201C$1\u201D');
    const first = quotes(curly)[0]!;
    assert.equal(curly.slice(first.start, first.end), '\u201CWe have been fishing these waters for three generations,\u201D');
  });

  it('names the speaker after the quote, before it, across an apposition, by pronoun and for a continuing quote', () => {
    const speakers = quotes().map((quote) => (quote.speaker ? `${quote.speaker.name} (${quote.speaker.attribution})` : '-'));
    assert.deepEqual(speakers, [
      'Lars Henriksen (after)',
      'Ingrid Dahl (before)',
      'Lars Henriksen (before)',
      'Lars Henriksen (continuing)',
      'Ingrid Dahl (pronoun)',
      'Ingrid Dahl (after)',
      speakers[6]!,
    ]);
  });

  it('gives no speaker when the copy names none', () => {
    const text = 'Storm Hits Coast\n\nResidents described "a wall of water" reaching the road.\n';
    assert.deepEqual(
      quotes(text).map((quote) => quote.speaker),
      [undefined],
    );
  });

  it('carries the speaker on to a quote that opens the next sentence of the same paragraph, but not past another name', () => {
    const text = [
      'Bridge Reopens to Cyclists',
      '',
      '"We replaced every joint that had cracked," city engineer Liis Tamm told reporters. "It should now last another thirty years."',
      '',
      '"The deck is new," Tamm said, and the mayor, Jaan Kask, agreed. "It was overdue."',
      '',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((quote) => [quote.text, quote.speaker?.name, quote.speaker?.attribution]),
      [
        ['We replaced every joint that had cracked,', 'Liis Tamm', 'after'],
        ['It should now last another thirty years.', 'Liis Tamm', 'continuing'],
        ['The deck is new,', 'Liis Tamm', 'after'],
        ['It was overdue.', undefined, undefined],
      ],
    );
  });

  it('names a speaker as fully as the article writes the name, where the tagger caught only part of it', () => {
    const text = [
      'Ferry Fire Contained',
      '',
      'Chief officer Tor Arne Haugland led the evacuation, and port engineer Pieter van den Berg inspected the hull.',
      '',
      '"Everyone was off within forty minutes," Haugland said.',
      '',
      '"The hull is sound," Van den Berg said.',
      '',
      '"It is too early to say what caused it," the Norwegian Maritime Authority said.',
      '',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((quote) => quote.speaker?.name),
      ['Tor Arne Haugland', 'Pieter van den Berg', 'Norwegian Maritime Authority'],
    );
  });

  it("gives no speaker to a quote from someone unnamed, nor the last speaker's: a place in the subject is where they are", () => {
    const text = [
      'Storm Hits Coast',
      '',
      '"The roads are closed," council leader Fiona MacLeod said.',
      '',
      '"It was the loudest night I can remember," a hotel manager in Inverlocht said.',
      '',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((quote) => quote.speaker?.name),
      ['Fiona MacLeod', undefined],
    );
  });

  it('passes over a nearer person of the other sex for "she", when one further back is plainly a woman', () => {
    const text = [
      'Storm Hits Coast',
      '',
      'Council leader Fiona MacLeod toured the harbour with the engineer Alasdair Grant. "He gave me his word," she said.',
      '',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((quote) => [quote.speaker?.name, quote.speaker?.attribution]),
      [['Fiona MacLeod', 'pronoun']],
    );
  });

  it('reads the speaker before a quote from a pronoun, from the sentence\'s first speech verb, and from the name a "who" stands for', () => {
    const text = [
      'Drought Grips Porto Serrano',
      '',
      'Water engineer Marta Ribeiro inspected the dam on Monday. She said: "The level falls every day."',
      '',
      'The Southern Water Company said it had cut pressure overnight but warned that some homes "could be dry by Friday".',
      '',
      'Mayor José Carlos da Silva, who has called the drought "the worst in a century", asked residents to save water.',
      '',
    ].join('\n');
    assert.deepEqual(
      quotes(text).map((quote) => [quote.speaker?.name, quote.speaker?.attribution]),
      [
        ['Marta Ribeiro', 'pronoun'],
        ['Southern Water Company', 'before'],
        ['José Carlos da Silva', 'before'],
      ],
    );
  });
});
