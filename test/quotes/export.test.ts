import assert from 'node:assert/strict';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { annotationRecords, shiftRecords, toBrat, type AnnotationRecord } from '../../src/core/annotations/export';
import { parseArticleFile } from '../../src/core/article/parse';

const STORY = [
  'Pilots Vote to End Harbour Strike',
  '',
  'Harbour pilots voted on Wednesday to end their strike, said Ingrid Solberg, who leads their union.',
  '',
  '"We have what we asked for," Ms. Solberg said.',
  '',
  '"It took nine days," she added.',
  '',
  '"The ships can come in," a spokeswoman for the port said.',
  '',
].join('\n');

function records(text: string, format: 'plain' | 'markdown' = 'plain'): AnnotationRecord[] {
  const file = parseArticleFile(text, { format });
  return annotationRecords(file, (article) => annotateArticle(article, file));
}

describe('quote annotations as exported', () => {
  it('gives each quote its canonical speaker and the words naming them, with what they are', () => {
    const quotes = records(STORY).filter((record) => record.kind === 'quote');
    assert.deepEqual(
      quotes.map((quote) => [quote.speaker, STORY.slice(quote.speakerStart!, quote.speakerEnd!), quote.speakerKind]),
      [
        ['Ingrid Solberg', 'Ms. Solberg', 'named'],
        ['Ingrid Solberg', 'she', 'pronoun'],
        [null, 'a spokeswoman for the port', 'description'],
      ],
    );
  });

  it("shifts the speaker's words with the quote, for a file read with its byte order mark", () => {
    const quote = records(STORY).find((record) => record.kind === 'quote')!;
    const shifted = shiftRecords([quote], 1)[0]!;
    assert.deepEqual(
      [shifted.start, shifted.speakerStart, shifted.speakerEnd, shifted.parts![0]!.start],
      [quote.start + 1, quote.speakerStart! + 1, quote.speakerEnd! + 1, quote.parts![0]!.start + 1],
    );
  });

  it("links each quote to its speaker's words in brat, one Speaker annotation a place", () => {
    const ann = toBrat(STORY, records(STORY));
    const quote = /^(T\d+)\tQuote \d+ \d+\t"We have what we asked for,"$/m.exec(ann)!;
    const speaker = /^(T\d+)\tSpeaker (\d+) (\d+)\tMs\. Solberg$/m.exec(ann)!;
    assert.equal(STORY.slice(Number(speaker[2]), Number(speaker[3])), 'Ms. Solberg');
    assert.match(ann, new RegExp(`^R\\d+\\tSpeaker Arg1:${quote[1]} Arg2:${speaker[1]}$`, 'm'));
    assert.equal(ann.match(/\tSpeaker \d+ \d+\ta spokeswoman for the port$/gm)?.length, 1);
  });
});

describe('a Markdown blockquote whose quote runs over two paragraphs', () => {
  const text = [
    '# Fishermen Block the Harbour',
    '',
    'The minister answered the fishermen on Tuesday.',
    '',
    '> "The quotas follow the scientific advice.',
    '>',
    '> "They will not change this year," Ingrid Dahl said.',
    '',
  ].join('\n');

  it('is one quote whose words and parts hold none of the `>` markup', () => {
    const file = parseArticleFile(text, { format: 'markdown' });
    const [quote, ...others] = annotateArticle(file.articles[0]!, file).quotes;
    assert.deepEqual(others, []);
    assert.equal(quote!.text, 'The quotas follow the scientific advice. They will not change this year,');
    for (const part of quote!.parts) assert.doesNotMatch(text.slice(part.start, part.end), />/);
    assert.equal(quote!.speaker?.name, 'Ingrid Dahl');
  });

  it('is exported to brat as the words of each paragraph with their marks, no `>` among them', () => {
    const ann = toBrat(text, records(text, 'markdown'));
    const quote = /^T\d+\tQuote ([\d ;]+)\t(.*)$/m.exec(ann)!;
    assert.equal(quote[2], '"The quotas follow the scientific advice. "They will not change this year,"');
    assert.equal(quote[1]!.split(';').length, 2);
  });
});
