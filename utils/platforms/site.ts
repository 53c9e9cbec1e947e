// What the rest of the extension knows about a platform, kept in the platform's own folder
// (`utils/platforms/<name>/site.ts`) and listed once in ./sites.ts: the manifest's host permissions,
// its content script's matches, the context menu, CSV import and export, the message links of
// templates and every place that names the platform read it from there. Plain data: it imports nothing.

export interface SiteFacts<P extends string = string> {
  platform: P;
  /** As the user reads it ("TikTok"). */
  name: string;
  /** The platform's own domains; a subdomain of one is the platform's too. */
  domains: readonly string[];
  /** Host permissions: the manifest asks for these and nothing else. */
  hostPatterns: readonly string[];
  /** Where the platform's content script runs. */
  contentMatches: readonly string[];
  /** Links that can be profiles ("Save @handle to shortlist"); the click checks the URL with the adapter. */
  profileLinkPatterns: readonly string[];
  /** A profile's address as the site itself links to it (CSV import and export). */
  profileUrl(handle: string): string;
  /** The profile's address for a message link, from a handle already encoded for a URL. */
  messageProfileUrl(encodedHandle: string): string;
  /** A link that opens a conversation with the account, or null and why (the profile is opened instead). */
  messages: { url(encodedHandle: string): string } | { url: null; note: string | null };
  /** What people write in a CSV "platform" column or header for it, lowercased, letters only; longest first. */
  csvAliases: readonly string[];
  /** What a valid handle looks like, when one does not. */
  handleHint: string;
}
