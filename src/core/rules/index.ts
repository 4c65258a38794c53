import dateWeekdayMismatch from './date-weekday-mismatch';
import duplicateCaption from './duplicate-caption';
import duplicatePhotoBlock from './duplicate-photo-block';
import frontMatterDate from './front-matter-date';
import frontMatterOutdated from './front-matter-outdated';
import frontMatterSchema from './front-matter-schema';
import frontMatterUnknownField from './front-matter-unknown-field';
import inconsistentName from './inconsistent-name';
import mixedQuotes from './mixed-quotes';
import repeatedHeadline from './repeated-headline';
import type { Rule } from './rule';
import scrapeArtifact from './scrape-artifact';
import unattributedQuote from './unattributed-quote';
import unbalancedQuote from './unbalanced-quote';
import whitespace from './whitespace';

/** Every rule, in the order the docs list them. */
export const RULES: readonly Rule<any>[] = [
  duplicateCaption,
  duplicatePhotoBlock,
  repeatedHeadline,
  scrapeArtifact,
  whitespace,
  mixedQuotes,
  unbalancedQuote,
  dateWeekdayMismatch,
  inconsistentName,
  unattributedQuote,
  frontMatterSchema,
  frontMatterUnknownField,
  frontMatterDate,
  frontMatterOutdated,
];
