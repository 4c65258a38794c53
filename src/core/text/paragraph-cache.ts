/**
 * What was read from each paragraph of a document, kept between edits so
 * that an edit re-reads only the paragraphs it touched. Entries are keyed
 * by what was read and the paragraph's own text (and anything else the
 * reading depends on), and hold results relative to the paragraph's start.
 *
 * Two readings are kept: the one in progress and the one before. An entry
 * the current reading asks for moves into it; whatever two readings in a
 * row did not ask for is forgotten, so memory follows the document's size.
 */
export class ParagraphCache {
  private current = new Map<string, unknown>();
  private previous = new Map<string, unknown>();

  /** Starts a new reading of the document (one per analysed version). */
  nextReading(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The result kept under `key`, else what `read` gives (then kept). */
  recall<T>(key: string, read: () => T): T {
    if (this.current.has(key)) return this.current.get(key) as T;
    const kept = this.previous.has(key) ? (this.previous.get(key) as T) : read();
    this.current.set(key, kept);
    return kept;
  }
}
