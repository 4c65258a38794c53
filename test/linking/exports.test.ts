import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cleanUp, copydesk, makeFolder } from '../cli/helpers';
import { jsonLdTemplate, needsSchemas, ninjsExamples, ninjsValidator } from './schemas';

/** Two invented wire stories in one file: a byline, datelines, a photo block pasted twice, linked names. */
const STORIES = join(import.meta.dirname, 'stories', 'two-stories.news.txt');

type Doc = Record<string, any>;
const lines = (stdout: string): Doc[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Doc);

describe('copydesk annotate --format ninjs and jsonld', function () {
  let folder: string;
  let path: string;
  before(function () {
    needsSchemas(this);
    folder = makeFolder();
    path = join(folder, 'stories.news.txt');
    copyFileSync(STORIES, path);
  });
  after(() => folder && cleanUp(folder));

  it('checks documents as IPTC does: its own 3.1 examples pass, a document of an unknown type fails', () => {
    const validate = ninjsValidator();
    for (const { name, document } of ninjsExamples()) assert.equal(validate(document), true, `${name}: ${JSON.stringify(validate.errors)}`);
    assert.equal(validate({ uri: 'http://example.com/1', type: 'article' }), false);
  });

  it('ninjs: one document a line per article, each valid ninjs 3.1', () => {
    const run = copydesk(['annotate', '--format', 'ninjs', 'stories.news.txt'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    const documents = lines(run.stdout);
    assert.equal(documents.length, 2);
    const validate = ninjsValidator();
    for (const document of documents) assert.equal(validate(document), true, JSON.stringify(validate.errors));
    const file = pathToFileURL(path).href;
    assert.deepEqual(
      documents.map((d) => d.uri),
      [`${file}#article-1`, `${file}#article-2`],
    );
  });

  it('ninjs: headline, dates, byline, dateline, plain body, and the names with their Wikidata URIs', () => {
    const [first, second] = lines(copydesk(['annotate', '--format', 'ninjs', 'stories.news.txt'], { cwd: folder }).stdout);
    assert.equal(first!.type, 'text');
    assert.deepEqual(first!.headlines, [{ role: 'main', value: 'Putin Hosts Kim in Vladivostok' }]);
    assert.equal(first!.versionCreated, '2023-09-14T00:00:00Z');
    assert.equal(first!.by, 'Mara Lindqvist');
    assert.match(first!.located, /^Vladivostok/);
    assert.match(first!.bodies[0].value, /^VLADIVOSTOK, Russia \(Reuters\) - Russian President/);
    assert.doesNotMatch(first!.bodies[0].value, /greets Kim Jong Un at the shipyard/);
    const person = (name: string) => first!.people.find((p: Doc) => p.name === name);
    assert.deepEqual(person('Vladimir Putin'), { name: 'Vladimir Putin', rel: 'about', uri: 'http://www.wikidata.org/entity/Q7747' });
    assert.equal(person('Kim Jong Un').uri, 'http://www.wikidata.org/entity/Q56226');
    assert.equal(person('Mara Lindqvist'), undefined, 'the byline names the author, not a subject');
    const place = first!.places.find((p: Doc) => p.name === 'Moscow');
    assert.deepEqual(place, { name: 'Moscow', rel: 'mentions', uri: 'http://www.wikidata.org/entity/Q649' });
    assert.ok(!first!.places.some((p: Doc) => /Russian|North Korean/.test(p.name)), 'no nationality is a place');
    const georgia = second!.places.find((p: Doc) => p.name === 'Georgia');
    assert.equal(georgia.uri, 'http://www.wikidata.org/entity/Q230');
  });

  it('ninjs: the photo block’s caption and credit, pasted twice, as one associated picture', () => {
    const [first] = lines(copydesk(['annotate', '--format', 'ninjs', 'stories.news.txt'], { cwd: folder }).stdout);
    assert.equal(first!.associations.length, 1);
    const [picture] = first!.associations;
    assert.equal(picture.type, 'picture');
    assert.deepEqual(picture.descriptions, [
      { role: 'caption', contentType: 'text/plain', value: 'Vladimir Putin greets Kim Jong Un at the shipyard.' },
    ]);
    assert.deepEqual(picture.infoSources, [{ name: 'Sputnik/AP', role: 'credit' }]);
    assert.equal(picture.uri, `${first!.uri}-picture-1`);
  });

  it('ninjs: the front-matter’s uri identifies the article', () => {
    const own = makeFolder({
      'story.news.txt': `---\nuri: https://news.example.com/2023/putin-kim\n---\n${readFileSync(STORIES, 'utf8').split('\n\n\n\n')[0]}\n`,
    });
    try {
      const [document] = lines(copydesk(['annotate', '--format', 'ninjs', 'story.news.txt'], { cwd: own }).stdout);
      assert.equal(document!.uri, 'https://news.example.com/2023/putin-kim');
      assert.equal(ninjsValidator()(document), true);
    } finally {
      cleanUp(own);
    }
  });

  it('jsonld: a schema.org NewsArticle shaped like the template, with about, mentions and sameAs', () => {
    const [first] = lines(copydesk(['annotate', '--format', 'jsonld', 'stories.news.txt'], { cwd: folder }).stdout);
    const template = jsonLdTemplate();
    assert.equal(first!['@context'], template['@context']);
    assert.equal(first!['@type'], 'NewsArticle');
    for (const key of ['headline', 'datePublished', 'dateline', 'author', 'articleBody', 'about', 'mentions'])
      assert.ok(key in template && key in first!, key);
    assert.equal(first!.datePublished, '2023-09-14');
    assert.deepEqual(first!.author, [{ '@type': 'Person', name: 'Mara Lindqvist' }]);
    assert.deepEqual(
      first!.about.find((thing: Doc) => thing.name === 'Vladimir Putin'),
      { '@type': 'Person', name: 'Vladimir Putin', sameAs: 'http://www.wikidata.org/entity/Q7747' },
    );
    assert.deepEqual(
      first!.mentions.find((thing: Doc) => thing.name === 'Reuters' || thing.name === 'China'),
      { '@type': 'Place', name: 'China', sameAs: 'http://www.wikidata.org/entity/Q148' },
    );
  });

  it('jsonl and brat carry the links: qid and uri on a record, a Wikidata normalization in the standoff', () => {
    const records = lines(copydesk(['annotate', '--format', 'jsonl', 'stories.news.txt'], { cwd: folder }).stdout);
    const putin = records.find((r) => r.text === 'Vladimir Putin');
    assert.equal(putin!.qid, 'Q7747');
    assert.equal(putin!.uri, 'http://www.wikidata.org/entity/Q7747');
    assert.ok(records.filter((r) => r.kind === 'person' && r.text === 'Mara Lindqvist').every((r) => !('qid' in r)));
    copydesk(['annotate', '--format', 'brat', 'stories.news.txt'], { cwd: folder });
    const ann = readFileSync(join(folder, 'stories.news.ann'), 'utf8');
    assert.match(ann, /^N\d+\tReference T\d+ Wikidata:Q7747\tVladimir Putin$/m);
  });
});
