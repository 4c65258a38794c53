// What the server does in the moment after `initialize`, while the editor
// registers its features before it sends the first article: it gets ready
// what every article needs and nothing else. Parsing the entity model and
// compiling chrono-node's patterns were about 140 ms of CPU that the first
// article waited for (on the 2-core machine); done here, they cost nothing
// extra when the article comes at once (it would have paid the same) and
// save that time when the editor is slow to send it, as VS Code is while a
// window starts. Reading a whole sample article instead was tried: it warmed
// more code but cost more than it saved when the article came at once.
import { readDates } from '../core/dates/chrono';
import { entityModel } from '../core/entities/index';

/** A line with dates of several kinds; chrono runs every pattern it has on any text, so all of them compile. */
const DATED_LINE = 'Two weeks ago, on Friday 14 March 2025, the talks resumed; a deal is due within three days, by next month.';
const ITS_DATE = new Date(Date.UTC(2025, 2, 14, 12));

/** Parses the entity model and compiles the date patterns; next to nothing once they are. */
export function warmUp(): void {
  entityModel();
  // V8 runs a pattern's first reading of a short text from bytecode and compiles it to machine code on the second.
  readDates(DATED_LINE, ITS_DATE);
  readDates(DATED_LINE, ITS_DATE);
}
