// What the user is told once a seen post is linked to its deliverable: by the popup on a post page
// and by a feed chip. No imports beyond types: feed chips run in content scripts.
import type { PostLinkResult as LinkResult } from '@/utils/model/views';

const FIELD_NAMES = { views: 'views', likes: 'likes', comments: 'comments' } as const;

/** “Linked to “Reel on X”: published and verified. Its likes, comments are in the results of “Spring”.” */
export function linkedMessage(result: { title: string; filled: LinkResult['filled'] }): string {
  const { filled } = result;
  const what = filled && filled.fields.length > 0 ? ` Its ${filled.fields.map((f) => FIELD_NAMES[f]).join(', ')} are in the results of “${filled.campaignName}”.` : '';
  return `Linked to “${result.title}”: published and verified.${what}`;
}
