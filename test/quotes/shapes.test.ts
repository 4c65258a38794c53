import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import { speakerMention, type Quote } from '../../src/core/quotes/model';

/** Each quote of a one-story text as `words → speaker (the words naming them, their kind)`. */
function attributions(paragraphs: readonly string[], format: 'plain' | 'markdown' = 'plain'): string[] {
  const text = ['Harbour Council Splits Over Pilot Rota', '', ...paragraphs.flatMap((paragraph) => [paragraph, ''])].join('\n');
  const file = parseArticleFile(text, { format });
  return file.articles.flatMap((article) => annotateArticle(article, file).quotes).map((quote) => described(quote, text));
}

function described(quote: Quote, text: string): string {
  const mention = speakerMention(quote);
  const words = mention ? ` (${text.slice(mention.start, mention.end)}, ${mention.kind})` : '';
  return `${quote.text.slice(0, 24).trim()} → ${quote.speaker?.name ?? '-'}${words}`;
}

describe('quote attribution in the shapes news copy uses', () => {
  it("reads honorifics and titles as part of the speaker's words, and gives the full name the article uses", () => {
    assert.deepEqual(
      attributions([
        'Daniel Hart, the harbour master, and Sen. Lisa Moreau met the pilots on Monday.',
        '"We have a rota that works," Mr. Hart said.',
        '"It has to be fair to the night crews," said Sen. Moreau.',
        'Dr. Ingrid Solberg, who chairs the pilots\' union, was less sure. "Nobody asked us," Dr. Solberg said.',
      ]),
      [
        'We have a rota that work → Daniel Hart (Mr. Hart, named)',
        'It has to be fair to the → Lisa Moreau (Sen. Moreau, named)',
        'Nobody asked us, → Ingrid Solberg (Dr. Solberg, named)',
      ],
    );
  });

  it('reads "Q," S said and "Q," said S, the X of Y, with the apposition left out of the speaker', () => {
    assert.deepEqual(
      attributions([
        '"The ships will sail at dawn," Marta Ribeiro said.',
        '"The pilots are ready," said Tomasz Wilk, the head of the harbour authority.',
        '"We need two more boats," said the chief engineer of the port, Pieter Jansen.',
      ]),
      [
        'The ships will sail at d → Marta Ribeiro (Marta Ribeiro, named)',
        'The pilots are ready, → Tomasz Wilk (Tomasz Wilk, named)',
        'We need two more boats, → Pieter Jansen (Pieter Jansen, named)',
      ],
    );
  });

  it('attributes a partial quote inside reported speech, a single word included', () => {
    assert.deepEqual(
      attributions(['Harbour master Daniel Hart called the plan "a gift to the night crews" and said the old rota was "unworkable".']),
      ['a gift to the night crew → Daniel Hart (Daniel Hart, named)', 'unworkable → Daniel Hart (Daniel Hart, named)'],
    );
  });

  it('resolves a pronoun by the sex that given names and honorifics tell, and the subject of the sentence before', () => {
    assert.deepEqual(
      attributions([
        'Mr. Okafor met the union leader, Agnes Lind, on Tuesday. Lind said the talks had gone well.',
        '"We found a date for the vote," she said.',
        'Okafor left before the end of the meeting. "I have a ferry to catch," he told reporters.',
      ]),
      ['We found a date for the → Agnes Lind (she, pronoun)', 'I have a ferry to catch, → Okafor (he, pronoun)'],
    );
  });

  it('keeps the words of a pronoun with no safe antecedent, but gives no name', () => {
    assert.deepEqual(attributions(['The pilots met on the quay. "We are not going back," they said.']), [
      'We are not going back, → - (they, pronoun)',
    ]);
  });

  it('reports a description as an unnamed speaker, and no name for it', () => {
    assert.deepEqual(
      attributions(['"The rota stays as it is," a spokeswoman for the harbour authority said.', '"We will not comment," officials said.']),
      [
        'The rota stays as it is, → - (a spokeswoman for the harbour authority, description)',
        'We will not comment, → - (officials, description)',
      ],
    );
  });

  it('never takes a weekday, a bare title or a party name for a speaker', () => {
    const speakers = attributions([
      'The vote was held on Tuesday. "It was close," Tuesday said.',
      '"We will appeal," the Minister said.',
      '"The rota is unfair," Labour said.',
    ]);
    assert.deepEqual(
      speakers.map((line) => line.split(' → ')[1]!.split(' (')[0]),
      ['-', '-', '-'],
    );
  });

  it('takes no scare-quoted word, show title or slogan standing outside any attribution for a quote', () => {
    assert.deepEqual(
      attributions([
        'The so-called "night rota" began in May, and pilots now call their boat the "Sleeper".',
        'The dispute featured on the television show "Harbour Lives", and protesters carried banners reading "Fair Shifts Now".',
        '"The night rota cost us two pilots," said Daniel Hart.',
      ]),
      ['The night rota cost us t → Daniel Hart (Daniel Hart, named)'],
    );
  });

  it('ends an unclosed quote where its own attribution begins', () => {
    assert.deepEqual(
      attributions([
        'Parents have organised lessons in the parish hall, where “the heating works better than in the school, headteacher Agata Sroka said.',
      ]),
      ['the heating works better → Agata Sroka (Agata Sroka, named)'],
    );
  });
});

describe('the example with a quote that never closes', () => {
  it('gives the headteacher her words, and leaves her attribution out of them (examples/school-roof.article)', () => {
    const text = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'school-roof.article'), 'utf8');
    const file = parseArticleFile(text, { format: 'plain' });
    const quotes = annotateArticle(file.articles[0]!, file).quotes;
    const unclosed = quotes.find((quote) => quote.text.startsWith('the heating works'))!;
    assert.equal(unclosed.text, 'the heating works better than in the school,');
    assert.equal(unclosed.speaker?.name, 'Agata Sroka');
    assert.equal(text.slice(unclosed.speaker!.span.start, unclosed.speaker!.span.end), 'Agata Sroka');
  });
});
