import assert from 'node:assert/strict';
import { resolveRules } from '../../src/core/config/config';
import { lintText } from '../../src/core/lint';
import { SAMPLE_ARTICLE } from '../../src/server/warm-up';

// The sample warms up only the paths it goes through: it must keep going
// through the rules and the annotation engine a real article needs.
describe("the server's warm-up article", () => {
  const result = lintText(SAMPLE_ARTICLE, 'plain', resolveRules({}));
  const [article] = result.file.articles;
  const annotations = result.annotations(article!);

  it('is one article with a caption block, whose repeated caption and site marker the rules find', () => {
    assert.equal(result.file.articles.length, 1);
    const rules = new Set(result.findings.map((finding) => finding.ruleId));
    assert.ok(rules.has('duplicate-caption'), [...rules].join(', '));
    assert.ok(rules.has('scrape-artifact'), [...rules].join(', '));
  });

  it('has a person, a place and an organisation, dates resolved against its own date, and a quote with its speaker', () => {
    const types = new Set(annotations.entities.map((entity) => entity.type));
    for (const type of ['person', 'place', 'organization'] as const) assert.ok(types.has(type), `no ${type} in ${[...types].join(', ')}`);
    assert.equal(annotations.date?.value, '2025-03-14');
    assert.ok(annotations.dates.some((date) => date.relative && date.value === '2025-03-14'), 'Friday resolved against the caption date');
    assert.ok(annotations.dates.some((date) => date.value === '2025-04-02'), 'a full date');
    assert.ok(annotations.quotes.some((quote) => quote.speaker?.name === 'Marco Keller'), JSON.stringify(annotations.quotes.map((quote) => quote.speaker?.name)));
  });
});
