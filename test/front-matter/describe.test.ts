import assert from 'node:assert/strict';
import { annotateArticle } from '../../src/core/annotations/annotate';
import { parseArticleFile } from '../../src/core/article/parse';
import { describeArticle } from '../../src/core/front-matter/describe';

/** Our own story: a caption that ends with its place and date, an acronym, nationality adjectives. */
const STORY = [
  'Ministers Open Fishing Talks in Brussels',
  '',
  'Norwegian Fisheries Minister Anne Marie Solberg speaks to reporters at the European Union headquarters in Brussels, 12 March 2025. (EPA)',
  '',
  'Norwegian and Icelandic ministers opened talks with the European Union in Brussels on Wednesday.',
  '',
  'The EU wants a deal before the summer, officials said.',
  '',
].join('\n');

function metadataOf(text: string) {
  const file = parseArticleFile(text, { format: 'plain' });
  const article = file.articles[0]!;
  return describeArticle(article, file, annotateArticle(article, file));
}

describe('what the front-matter says about an article', () => {
  it('takes the dateline from a caption that ends with its place and date', () => {
    assert.deepEqual(metadataOf(STORY).dateline, { place: 'Brussels', date: '2025-03-12' });
  });

  it('lists an organisation once under its full name, its acronym folded in', () => {
    const organizations = metadataOf(STORY).organizations ?? [];
    assert.ok(organizations.includes('European Union'), JSON.stringify(organizations));
    assert.ok(!organizations.includes('EU'), JSON.stringify(organizations));
  });

  it('lists no nationality adjective among the places', () => {
    const places = (metadataOf(STORY).places ?? []).map((place) => (typeof place === 'string' ? place : place.name));
    assert.ok(places.includes('Brussels'), JSON.stringify(places));
    assert.ok(!places.some((place) => /Norwegian|Icelandic/.test(place)), JSON.stringify(places));
  });

  it("lists the photo agency under credits, not among the story's organisations", () => {
    const metadata = metadataOf(STORY);
    assert.deepEqual(metadata.credits, ['EPA']);
    assert.ok(!(metadata.organizations ?? []).includes('EPA'), JSON.stringify(metadata.organizations));
  });

  it('lists a region named before the word "region" as a place, and no compound of regions', () => {
    const story = STORY.replace(
      'The EU wants',
      'Boats from the Nordland region joined. Both sides back Euro-Atlantic integration. The EU wants',
    );
    const metadata = metadataOf(story);
    const places = (metadata.places ?? []).map((place) => (typeof place === 'string' ? place : place.name));
    assert.ok(places.includes('Nordland'), JSON.stringify(places));
    const everything = JSON.stringify([metadata.places, metadata.organizations, metadata.people]);
    assert.ok(!everything.includes('Euro-Atlantic'), everything);
  });
});
