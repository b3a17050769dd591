/** V8 keeps a slice of at least this many characters as a view into the string it was cut from. */
const SHORTEST_VIEW = 13;

/**
 * A copy of `text` that shares no memory with the string it was cut from. A slice of a document
 * kept in a table that outlives the document (an interned spelling, a remembered mention, a row
 * of the index page) would otherwise keep the whole document text alive, and a corpus run's
 * memory would grow with every document it reads.
 */
export function detach(text: string): string {
  return text.length < SHORTEST_VIEW ? text : (JSON.parse(JSON.stringify(text)) as string);
}
