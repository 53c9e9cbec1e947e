import { JSDOM } from 'jsdom';

export { listFixtures, type Fixture, type FixtureMeta } from '../harness/fixtures.ts';

/** Parse a saved page the way the browser would, without running its scripts. */
export function parsePage(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}
