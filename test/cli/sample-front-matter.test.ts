import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { needsSample, SAMPLE } from './sample-file';
import { cleanUp, copydesk, makeFolder, parseJson } from './helpers';

/** The first line of the second story (1-based): the sample's two articles, split as an editor would. */
const SECOND_STORY_LINE = 58;

interface Metadata {
  headline: string;
  datePublished: string;
  dateline: { place: string; date: string };
  credits: string[];
  people: string[];
  organizations: string[];
  places: string[];
  dates: Array<{ text: string; value?: string }>;
  quotes: Array<{ speaker?: string; text: string }>;
}

function frontMatterOf(path: string): Metadata {
  const text = readFileSync(path, 'utf8');
  const block = /^---\n([\s\S]*?)\n---\n/.exec(text);
  assert.ok(block, `no front-matter at the top of ${path}`);
  return parseYaml(block[1]!) as Metadata;
}

/** Each story of the sample with the front-matter `copydesk fix --front-matter` gives it. */
describe('front-matter and annotations of the scraped sample, split into its two stories', function () {
  let folder: string;
  let stories: [Metadata, Metadata];

  before(function () {
    needsSample(this);
    folder = makeFolder();
    const lines = readFileSync(SAMPLE, 'utf8').split('\n');
    writeFileSync(join(folder, 'summit.txt'), lines.slice(0, SECOND_STORY_LINE - 1).join('\n'));
    writeFileSync(join(folder, 'accession.txt'), lines.slice(SECOND_STORY_LINE - 1).join('\n'));
    const run = copydesk(['fix', '--front-matter', 'summit.txt', 'accession.txt'], { cwd: folder });
    assert.equal(run.code, 0, run.stderr);
    stories = [frontMatterOf(join(folder, 'summit.txt')), frontMatterOf(join(folder, 'accession.txt'))];
  });

  after(() => folder && cleanUp(folder));

  it('dates and places each story from its own caption, with its credits', () => {
    assert.deepEqual(
      stories.map((story) => [story.datePublished, story.dateline.place, story.dateline.date, story.credits]),
      [
        ['2023-09-14', 'Uglegorsk, Russia', '2023-09-14', ['KCNA via YNA/dpa']],
        ['2024-06-25', 'Luxembourg', '2024-06-25', ['EPA']],
      ],
    );
  });

  it('lists the people, organisations and places an editor would, and nothing the tagger made up', () => {
    const [summit, accession] = stories;
    for (const person of ['Kim Jong Un', 'Vladimir Putin', 'Sergei Shoigu', 'Dmitry Peskov', 'Anatoly Antonov', 'Kim Young-ho'])
      assert.ok(summit.people.includes(person), `${person} in ${summit.people.join(', ')}`);
    for (const person of ['Olga Stefanishyna', 'Denys Shmyhal', 'Hadja Lahbib', 'Janos Boka'])
      assert.ok(accession.people.includes(person), `${person} in ${accession.people.join(', ')}`);
    for (const place of ['North Korea', 'Russia', 'Uglegorsk', 'Vladivostok', 'Pyongyang'])
      assert.ok(summit.places.includes(place), `${place} in ${summit.places.join(', ')}`);
    for (const place of ['Ukraine', 'Luxembourg', 'Moldova', 'Hungary', 'Bosnia and Herzegovina'])
      assert.ok(accession.places.includes(place), `${place} in ${accession.places.join(', ')}`);
    for (const organization of ['KCNA', 'Kremlin'])
      assert.ok(summit.organizations.includes(organization), `${organization} in ${summit.organizations.join(', ')}`);
    for (const organization of ['European Union', 'NATO'])
      assert.ok(accession.organizations.includes(organization), `${organization} in ${accession.organizations.join(', ')}`);
    // Slips the tagger once made here: an adjective or a compass point as a place, a surname as a place, a credit as an organisation.
    const listed = stories.flatMap((story) => [...story.people, ...story.organizations, ...story.places]);
    for (const slip of ['Russian', 'North Korean', 'Ukrainian', 'West', 'North', 'Euro-Atlantic', 'EPA'])
      assert.ok(!listed.includes(slip), `${slip} listed`);
    assert.ok(
      !summit.places.includes('Biden') && !summit.organizations.includes('Amur'),
      JSON.stringify([summit.places, summit.organizations]),
    );
  });

  it("resolves each story's relative dates against its own date", () => {
    const resolved = stories.map((story) => Object.fromEntries(story.dates.map((date) => [date.text, date.value])));
    assert.equal(resolved[0]!.Wednesday, '2023-09-13');
    assert.equal(resolved[1]!.Tuesday, '2024-06-25');
  });

  it("gives the quotes their speakers, Kim's toast among them, and takes no quoted single word for a quote", () => {
    const speakers = stories.map((story) => [...new Set(story.quotes.flatMap((quote) => (quote.speaker ? [quote.speaker] : [])))]);
    assert.deepEqual(speakers[0], ['KCNA', 'Kim Jong Un', 'US State Department', 'Anatoly Antonov', 'Kim Young-ho']);
    assert.deepEqual(speakers[1], ['Denys Shmyhal', 'Hadja Lahbib', 'Olga Stefanishyna', 'Janos Boka']);
    assert.equal(stories[0].quotes.filter((quote) => !quote.speaker).length, 0);
    assert.ok(!stories[0].quotes.some((quote) => quote.text === 'pelmeni'));
  });

  it('validates against the schema: lint finds no front-matter problem in either story', () => {
    const run = copydesk(['lint', 'summit.txt', 'accession.txt', '--format', 'json'], { cwd: folder });
    const problems = parseJson(run).flatMap((report) => report.messages.filter((message) => message.ruleId.startsWith('front-matter')));
    assert.deepEqual(problems, []);
  });
});
