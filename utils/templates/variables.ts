// The variables an outreach template can use, e.g. `{{creator.firstName}}`. Each has a label and
// an example for the help list, and a hint that says what to do when it would come out empty for a
// creator (a message that reads "Hi ," is worse than no template). Pure.

export const VARIABLE_GROUPS = ['creator', 'account', 'post', 'brand', 'sender', 'campaign', 'results', 'today'] as const;
export type VariableGroup = (typeof VARIABLE_GROUPS)[number];

export interface VariableDefinition {
  name: string;
  group: VariableGroup;
  label: string;
  /** What it looks like filled in, for the help list and the preview before a creator is picked. */
  example: string;
  /** What to do so it is no longer empty: a sentence. */
  whenEmpty: string;
}

const ADD_ON_CREATOR_PAGE = 'Add it on their page.';
const CAPTURE_POST = 'No post of theirs has been captured yet: open one of their posts with the extension to record it.';
const SAVE_ACCOUNT = 'They have no saved account yet.';
const YOUR_DETAILS = 'Fill it in under “Your details” on the Templates page.';
const PICK_CAMPAIGN = 'Pick a campaign they are in.';
const ENTER_RESULTS = 'Enter their results for this campaign on the campaign’s page.';

export const VARIABLES = [
  { name: 'creator.name', group: 'creator', label: 'Full name', example: 'Ana Lima', whenEmpty: ADD_ON_CREATOR_PAGE },
  { name: 'creator.firstName', group: 'creator', label: 'First name', example: 'Ana', whenEmpty: ADD_ON_CREATOR_PAGE },
  { name: 'creator.location', group: 'creator', label: 'Location', example: 'Lisbon', whenEmpty: ADD_ON_CREATOR_PAGE },
  { name: 'creator.email', group: 'creator', label: 'Email', example: 'ana@example.com', whenEmpty: ADD_ON_CREATOR_PAGE },
  { name: 'account.handle', group: 'account', label: 'Handle', example: '@ana.lima', whenEmpty: SAVE_ACCOUNT },
  { name: 'account.platform', group: 'account', label: 'Platform', example: 'Instagram', whenEmpty: SAVE_ACCOUNT },
  { name: 'account.followers', group: 'account', label: 'Followers', example: '12,400', whenEmpty: 'Their follower count has not been seen yet: open their profile with the extension.' },
  { name: 'account.profileUrl', group: 'account', label: 'Profile link', example: 'https://www.instagram.com/ana.lima', whenEmpty: SAVE_ACCOUNT },
  { name: 'post.caption', group: 'post', label: 'Recent post’s caption (shortened)', example: 'Lisbon by tram: the 28 line at sunrise, before the crowds', whenEmpty: CAPTURE_POST },
  { name: 'post.url', group: 'post', label: 'Recent post’s link', example: 'https://www.instagram.com/p/C1a2b3', whenEmpty: 'Their most recent captured post has no link.' },
  { name: 'post.date', group: 'post', label: 'Recent post’s date', example: 'Nov 16, 2026', whenEmpty: 'The date of their most recent captured post is not known.' },
  { name: 'post.likes', group: 'post', label: 'Recent post’s likes', example: '520', whenEmpty: 'The likes of their most recent captured post were not shown on the page.' },
  { name: 'brand.name', group: 'brand', label: 'Brand name', example: 'Northwind', whenEmpty: YOUR_DETAILS },
  { name: 'brand.website', group: 'brand', label: 'Brand website', example: 'northwind.example', whenEmpty: YOUR_DETAILS },
  { name: 'sender.name', group: 'sender', label: 'Your name', example: 'Sam Rivera', whenEmpty: YOUR_DETAILS },
  { name: 'sender.email', group: 'sender', label: 'Your email', example: 'sam@northwind.example', whenEmpty: YOUR_DETAILS },
  { name: 'sender.title', group: 'sender', label: 'Your job title', example: 'Partnerships lead', whenEmpty: YOUR_DETAILS },
  { name: 'campaign.name', group: 'campaign', label: 'Campaign name', example: 'Spring launch', whenEmpty: PICK_CAMPAIGN },
  { name: 'campaign.hashtags', group: 'campaign', label: 'Campaign hashtags', example: '#northwind #springlaunch', whenEmpty: 'Add hashtags to the campaign’s brief, or pick a campaign they are in.' },
  { name: 'campaign.dates', group: 'campaign', label: 'Campaign dates', example: 'Mar 1 – 31, 2027', whenEmpty: 'Set the campaign’s start and end dates, or pick a campaign they are in.' },
  { name: 'results.views', group: 'results', label: 'Their views', example: '48,200', whenEmpty: ENTER_RESULTS },
  { name: 'results.clicks', group: 'results', label: 'Their clicks', example: '1,310', whenEmpty: ENTER_RESULTS },
  { name: 'results.sales', group: 'results', label: 'Their sales', example: '86', whenEmpty: ENTER_RESULTS },
  { name: 'results.revenue', group: 'results', label: 'Their revenue', example: '€4,300.00', whenEmpty: ENTER_RESULTS },
  { name: 'results.roi', group: 'results', label: 'Their ROI', example: '190%', whenEmpty: 'Enter their fee and the revenue they brought in this campaign.' },
  { name: 'today', group: 'today', label: 'Today’s date', example: 'Nov 20, 2026', whenEmpty: '' },
] as const satisfies readonly VariableDefinition[];

export type VariableName = (typeof VARIABLES)[number]['name'];

/** Every variable's value as text; '' when it is not known for this creator. */
export type TemplateContext = Readonly<Record<VariableName, string>>;

const BY_LOWER_NAME = new Map<string, VariableDefinition & { name: VariableName }>(VARIABLES.map((v) => [v.name.toLowerCase(), v]));

/**
 * The variable a name written in a template stands for, or null. Forgiving about case and spaces
 * (`{{ Creator.FirstName }}` works), so that only real typos are reported.
 */
export function variableNamed(written: string): (VariableDefinition & { name: VariableName }) | null {
  return BY_LOWER_NAME.get(written.replace(/\s+/g, '').toLowerCase()) ?? null;
}

/** How a variable is written in a template. */
export function placeholder(name: string): string {
  return `{{${name}}}`;
}

/** The example values, as a context: the preview before a creator is picked. */
export const EXAMPLE_CONTEXT: TemplateContext = Object.fromEntries(VARIABLES.map((v) => [v.name, v.example])) as Record<VariableName, string>;

/** A context with every variable empty. */
export const EMPTY_CONTEXT: TemplateContext = Object.fromEntries(VARIABLES.map((v) => [v.name, ''])) as Record<VariableName, string>;

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The variable an unknown name was probably meant to be ("creator.fistName" → "creator.firstName"), or null. */
export function suggestVariable(written: string): VariableName | null {
  const typed = written.replace(/\s+/g, '').toLowerCase();
  if (!typed) return null;
  let best: { name: VariableName; distance: number } | null = null;
  for (const v of VARIABLES) {
    const candidate = v.name.toLowerCase();
    // "firstName" alone, without its group, is a common slip.
    const distance = candidate.endsWith(`.${typed}`) ? 1 : editDistance(typed, candidate);
    if (!best || distance < best.distance) best = { name: v.name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 5)) ? best.name : null;
}
