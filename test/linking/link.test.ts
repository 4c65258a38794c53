import assert from 'node:assert/strict';
import type { EntityType, Mention } from '../../src/core/entities/mention';
import { linkChoices, linkInWords, linkMentions, shippedLinkTable, type EntityToLink } from '../../src/core/linking';
import { officeKinds, officesDisagree } from '../../src/core/linking/offices';
import { localCues } from '../../src/core/linking/cues';

/** The entities of `text` as the linker is handed them: each listed name, at each place it stands, one entity per name. */
function entitiesOf(text: string, names: ReadonlyArray<[string, EntityType, string?]>): EntityToLink[] {
  return names.map(([name, type, canonical]) => {
    const mentions: Mention[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1))
      mentions.push({ start: at, end: at + name.length, text: name, type });
    return { canonical: canonical ?? name, type, mentions };
  });
}

function qidsOf(text: string, names: ReadonlyArray<[string, EntityType, string?]>, wikidata?: string): string[] {
  const entities = entitiesOf(text, names).map((e, i) => (i === 0 && wikidata !== undefined ? { ...e, wikidata } : e));
  const links = linkMentions(text, entities, { datelines: [], credits: [] }, shippedLinkTable());
  return entities.map((e) => links.get(e.mentions[0]!)?.qid ?? '-');
}

describe('the linker', () => {
  it('links a party by its members’ name only where the story names its country', () => {
    const us = 'Democrats in Atlanta said the United States needed the bill.';
    assert.deepEqual(
      qidsOf(us, [
        ['Democrats', 'organization'],
        ['Atlanta', 'place'],
        ['United States', 'place'],
      ]),
      ['Q29552', 'Q23556', 'Q30'],
    );
    assert.deepEqual(qidsOf('Democrats said the bill would pass.', [['Democrats', 'organization']]), ['-']);
  });

  it('tells the German Greens from the other Greens by the story’s country', () => {
    const text = 'The Greens in Berlin backed Chancellor Olaf Scholz as Germany debated the budget.';
    assert.deepEqual(
      qidsOf(text, [
        ['Greens', 'organization'],
        ['Germany', 'place'],
      ]),
      ['Q49766', 'Q183'],
    );
  });

  it('never takes Georgia for the canned coffee, even when it is typed as an organisation', () => {
    assert.deepEqual(qidsOf('Georgia said it would sign.', [['Georgia', 'organization']]), ['-']);
  });

  it('gives a company’s brand name to the company, and a product to the brand', () => {
    const text = 'Coca-Cola said profits rose. Shops sold more Fanta than Coca-Cola Zero.';
    assert.deepEqual(qidsOf(text, [['Coca-Cola', 'organization']]), ['Q3295867']);
    assert.deepEqual(qidsOf('A can of Coca-Cola cost more.', [['Coca-Cola', 'other']]), ['Q2813']);
  });

  it('lets the dictionary’s QID win over the table', () => {
    assert.deepEqual(qidsOf('Georgia voted on Tuesday.', [['Georgia', 'place']], 'Q1428'), ['Q1428']);
  });

  it('links nothing where the editor cleared the link, whatever the table knows', () => {
    assert.deepEqual(qidsOf('Georgia voted on Tuesday.', [['Georgia', 'place']], ''), ['-']);
  });

  it('offers every namesake the table knows for a name of a type, with its description, for a code action to choose from', () => {
    const choices = linkChoices('Georgia', 'place').map((item) => `${item.qid} ${item.description}`);
    assert.deepEqual(choices, ['Q230 country in Western Asia', 'Q1428 state of United States of America']);
    assert.equal(
      linkInWords({ qid: 'Q7747', source: 'table', description: 'President of Russia (since 2012, as of 2022)' }),
      'President of Russia (since 2012, as of 2022) · Q7747',
    );
  });

  it('links a lone surname to the full name the entity has', () => {
    const text = 'Kim toured the site with Russia and North Korea officials.';
    assert.deepEqual(
      qidsOf(text, [
        ['Kim', 'person', 'Kim Jong Un'],
        ['North Korea', 'place'],
      ]),
      ['Q56226', 'Q423'],
    );
  });

  it('leaves a person unlinked when nothing in the story points at their country', () => {
    assert.deepEqual(qidsOf('Park Jin spoke at the meeting.', [['Park Jin', 'person']]), ['-']);
  });
});

describe('offices and cues', () => {
  it('reads a prime minister as a head of government, not also a minister', () => {
    assert.deepEqual([...officeKinds('Prime Minister of Ukraine')], ['head of government']);
    assert.deepEqual([...officeKinds('Defense Minister')], ['minister']);
  });

  it('says a minister and a member of parliament of one name are two people, a foreign minister and a minister of European affairs maybe one', () => {
    assert.equal(officesDisagree('unification minister', 'Member of National Assembly of South Korea'), true);
    assert.equal(officesDisagree('Foreign Minister', 'Minister of European Affairs, Belgium'), false);
  });

  it('reads a region’s kind beside its name, a qualifier after a comma and a title before a name', () => {
    const text = 'Rain hit the Moscow region.\nLONDON, Ontario (Reuters) - The trade minister, Ann Lee, said so.';
    const at = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length });
    assert.equal(localCues(text, at('Moscow')).region, true);
    assert.equal(localCues(text, at('LONDON')).qualifier, 'Ontario');
    assert.equal(localCues(text, at('LONDON')).datelineCity, true);
    assert.equal(localCues(text, at('Ann Lee')).title, 'The trade minister');
  });
});
