import assert from 'node:assert/strict';
import { parseDocument } from 'yaml';
import { markEntity, markNotEntity, setArticleDate, setSpeaker, type MarkResult } from '../../src/core/front-matter/mark';
import { readEditorAnnotations } from '../../src/core/article/front-matter';
import { articleDate } from '../../src/core/dates/article-date';
import { parseArticleFile } from '../../src/core/article/parse';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { annotationRecords } from '../../src/core/annotations/export';
import { cleanUp, copydesk, makeFolder } from '../cli/helpers';

const STORY =
  'Ferry Returns to Island Route\n\nThe ferry Solund sailed from Bergen on Monday, harbour master Ola Nilsen said.\n\n"We have never seen the sea this high," Nilsen said.\n';

/** A block the editor wrote by hand: their own field, comments, quoting, a flow list. */
const EDITED = [
  '---',
  "slug: ferry-returns   # the editor's own field",
  "headline: 'Ferry Returns to Island Route'",
  '',
  '# picked by the desk',
  'keywords: [ferries, storms]',
  '---',
  STORY,
].join('\n');

function marked(result: MarkResult): string {
  assert.equal(result.kind, 'marked', result.kind === 'refused' ? result.reason : '');
  return (result as { text: string }).text;
}

function annotationsOf(text: string) {
  return readEditorAnnotations(parseArticleFile(text, { format: 'plain' }));
}

describe("the editor's annotations written to the front-matter", () => {
  it('creates the block and the annotations mapping on a file without front-matter', () => {
    const text = marked(markEntity(STORY, 'plain', 'Solund', 'organization'));
    assert.equal(text, `---\nannotations:\n  entities:\n    - text: Solund\n      type: organization\n---\n\n${STORY}`);
    assert.deepEqual(annotationsOf(text).entities, [{ text: 'Solund', type: 'organization' }]);
  });

  it("keeps every line of the editor's block byte for byte, and adds annotations last", () => {
    const text = marked(markNotEntity(EDITED, 'plain', ' Bergen '));
    const block = EDITED.slice(0, EDITED.indexOf('---\n', 4));
    assert.ok(text.startsWith(block), "the editor's lines are untouched");
    assert.equal(text.slice(block.length), `annotations:\n  notEntities:\n    - Bergen\n---\n${STORY}`);
  });

  it('adds to an existing flow list in its own style, and never twice', () => {
    const withList = EDITED.replace('keywords', 'annotations:\n  notEntities: [Harbour]  # not a name\nkeywords');
    const once = marked(markNotEntity(withList, 'plain', 'Bergen'));
    assert.match(once, /^ {2}notEntities: \[Harbour, Bergen\] # not a name$/m);
    assert.equal(marked(markNotEntity(once, 'plain', 'Bergen')), once);
  });

  it('gives each word one decision: marking replaces its type, "Not an Entity" takes the mark back, marking again undoes that', () => {
    const person = marked(markEntity(STORY, 'plain', 'Solund', 'person'));
    const place = marked(markEntity(person, 'plain', 'Solund', 'place'));
    assert.deepEqual(annotationsOf(place).entities, [{ text: 'Solund', type: 'place' }]);
    const unmarked = marked(markNotEntity(place, 'plain', 'Solund'));
    assert.deepEqual(annotationsOf(unmarked), { entities: [], notEntities: ['Solund'], speakers: [] });
    assert.ok(!unmarked.includes('entities:\n    -'), 'an emptied list is removed');
    const again = marked(markEntity(unmarked, 'plain', 'Solund', 'organization'));
    assert.deepEqual(annotationsOf(again), { entities: [{ text: 'Solund', type: 'organization' }], notEntities: [], speakers: [] });
  });

  it('takes an empty annotations field or list for a missing one, keeping its place', () => {
    const empty = `---\nannotations:\n  entities:\n  notEntities: [Harbour]\n---\n${STORY}`;
    const text = marked(markEntity(empty, 'plain', 'Solund', 'person'));
    assert.ok(text.startsWith('---\nannotations:\n  entities:\n    - text: Solund\n      type: person\n  notEntities: [Harbour]\n---\n'));
  });

  it("sets a quote's speaker, replacing an earlier choice for the same words", () => {
    const first = marked(setSpeaker(STORY, 'plain', 'never seen the sea', 'Kari Dahl'));
    const second = marked(setSpeaker(first, 'plain', 'never seen the sea', 'Ola Nilsen'));
    assert.deepEqual(annotationsOf(second).speakers, [{ quote: 'never seen the sea', speaker: 'Ola Nilsen' }]);
  });

  it("sets the article date as datePublished, in the schema's place, and replaces it where it stands", () => {
    const added = marked(setArticleDate(EDITED, 'plain', '2024-03-03'));
    assert.match(added, /^headline: 'Ferry Returns to Island Route'\ndatePublished: 2024-03-03\n\n# picked by the desk$/m);
    const file = parseArticleFile(added, { format: 'plain' });
    assert.equal(articleDate(file.articles[0]!, file)?.value, '2024-03-03');
    const quoted = added.replace('datePublished: 2024-03-03', 'datePublished: "2024-03-03"   # from the print edition');
    assert.equal(marked(setArticleDate(quoted, 'plain', '2024-03-04')), quoted.replace('2024-03-03', '2024-03-04'));
    assert.equal(setArticleDate(STORY, 'plain', '2024-02-30').kind, 'refused');
    assert.match(
      marked(setArticleDate(`---\ndatePublished:\nheadline: Ferry\n---\n${STORY}`, 'plain', '2024-03-03')),
      /^---\ndatePublished: 2024-03-03\nheadline: Ferry\n---\n/,
    );
  });

  it('keeps CRLF line endings and a byte order mark', () => {
    const crlf = `\uFEFF${EDITED.replace(/\n/g, '\r\n')}`;
    const text = marked(markEntity(crlf, 'plain', 'Solund', 'place'));
    assert.ok(text.startsWith('\uFEFF---\r\nslug: ferry-returns'));
    assert.ok(!/[^\r]\n/.test(text), 'every line ends in CRLF');
    assert.equal(parseDocument(text.slice(1).split('---')[1]!).errors.length, 0);
  });

  it('refuses, saying why: several articles, broken YAML, a block that is not a mapping, annotations that are not one', () => {
    const two = `${STORY}\n\nMuseum Reopens After Flood\n\nThe polar museum in Tromsø reopened on Saturday, director Sigrid Berg said.\n`;
    const reason = (result: MarkResult): string => (result.kind === 'refused' ? result.reason : 'marked');
    assert.match(reason(markNotEntity(two, 'plain', 'Bergen')), /2 articles: split them into files first/);
    assert.match(reason(markNotEntity(`---\nheadline: [oops\n---\n${STORY}`, 'plain', 'Bergen')), /not valid YAML/);
    assert.match(reason(markNotEntity(`---\n- a list\n---\n${STORY}`, 'plain', 'Bergen')), /not a mapping/);
    assert.match(reason(markNotEntity(`---\nannotations: yes\n---\n${STORY}`, 'plain', 'Bergen')), /annotations are not a mapping/);
    assert.match(
      reason(markNotEntity(`---\nannotations:\n  notEntities: Harbour\n---\n${STORY}`, 'plain', 'Bergen')),
      /notEntities is not a list/,
    );
    assert.match(reason(markEntity(STORY, 'plain', '  ', 'person')), /select/);
  });

  it('exports the spans an editor decided as confirmed, and only those', () => {
    const text = marked(
      setSpeaker(marked(markEntity(STORY, 'plain', 'Solund', 'organization')), 'plain', 'never seen the sea', 'Ola Nilsen'),
    );
    const file = parseArticleFile(text, { format: 'plain' });
    const records = annotationRecords(file, (article) => annotateArticle(article, file));
    const confirmed = records.filter((record) => record.confirmed).map((record) => `${record.kind}:${record.text}`);
    assert.deepEqual(confirmed, ['organization:Solund', 'quote:"We have never seen the sea this high,"']);
    assert.ok(
      records.some((record) => record.kind === 'place' && record.text === 'Bergen' && !('confirmed' in record)),
      'what the tagger found is not confirmed',
    );
  });

  it('copydesk annotate follows the decisions: an unmarked place is gone, a marked name is confirmed', () => {
    const text = marked(markNotEntity(marked(markEntity(STORY, 'plain', 'Solund', 'organization')), 'plain', 'Bergen'));
    const folder = makeFolder({ 'ferry.txt': text });
    try {
      const run = copydesk(['annotate', 'ferry.txt', '--format', 'jsonl'], { cwd: folder });
      assert.equal(run.code, 0, run.stderr);
      const records = run.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { kind: string; text: string; confirmed?: boolean });
      assert.ok(!records.some((record) => record.text === 'Bergen'));
      assert.deepEqual(
        records.find((record) => record.text === 'Solund'),
        { ...records.find((record) => record.text === 'Solund'), kind: 'organization', confirmed: true },
      );
    } finally {
      cleanUp(folder);
    }
  });
});
