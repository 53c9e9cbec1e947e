// Who uploaded a video, and who else is credited on it. Since 2025 a collaboration video names no
// single owner: the byline is "jazziiRed and 3 more" over an avatar stack, and a dialog lists every
// channel, the uploading channel first. The creator of the video is the uploader; the others are
// kept as collaborators. Shapes as in TeamPiped/rustypipe
// testfiles/video_details/video_details_collaborators.json (G78AnHpIw5w, 2026).
import type { Collaborator, MeasuredCount } from '@/utils/model/reading';
import { asString, at, shownCount, textOf } from '../page-data';
import { asArray, handleFromText, handleFromUrl, ytText } from './common';

const DIALOG_ITEMS = [
  'onTap', 'innertubeCommand', 'showDialogCommand', 'panelLoadingStrategy', 'inlineContent', 'dialogViewModel',
  'customContent', 'listViewModel', 'listItems',
] as const;
const AVATAR_LINK = ['leadingAccessory', 'avatarViewModel', 'endpoint', 'innertubeCommand', 'browseEndpoint', 'canonicalBaseUrl'] as const;
const TITLE_LINK = ['title', 'commandRuns', 0, 'onTap', 'innertubeCommand', 'browseEndpoint', 'canonicalBaseUrl'] as const;
// The verified check drawn after a channel's name in view models.
const VERIFIED_IMAGE = /CHECK_CIRCLE/;

// The rendered byline of a collaboration: ytd-video-owner-renderer with an avatar stack instead of
// one avatar (2025–2026).
const DOM_AVATAR_STACK = 'yt-avatar-stack-view-model, #avatar-stack';
const DOM_CHANNEL_LINKS = 'a[href^="/@"], a[href^="https://www.youtube.com/@"]';

export interface CollaborationOwner {
  uploader: Collaborator;
  verified: boolean | null;
  subscribers: MeasuredCount | null;
  collaborators: Collaborator[];
}

/** "@jazziiRed • 126K subscribers" → its parts. */
function subtitleParts(text: string | null): string[] {
  return text ? text.split(/\s+[•·]\s+/u).map((part) => part.trim()).filter(Boolean) : [];
}

/**
 * The channels a collaboration byline lists (videoOwnerRenderer.attributedTitle's dialog), uploader
 * first; null when the owner is a single channel.
 */
export function collaborationFromData(owner: unknown, lang: string | null): CollaborationOwner | null {
  for (const run of asArray(at(owner, 'attributedTitle', 'commandRuns'))) {
    const items = asArray(at(run, ...DIALOG_ITEMS));
    const people: Array<Collaborator & { verified: boolean; subscribers: MeasuredCount | null }> = [];
    for (const item of items) {
      const model = at(item, 'listItemViewModel');
      const parts = subtitleParts(ytText(at(model, 'subtitle')));
      const handle =
        handleFromUrl(asString(at(model, ...AVATAR_LINK))) ?? handleFromUrl(asString(at(model, ...TITLE_LINK))) ?? handleFromText(parts[0]);
      const name = ytText(at(model, 'title'));
      if (!handle && !name) continue;
      people.push({
        handle,
        name,
        verified: asArray(at(model, 'title', 'attachmentRuns')).some((a) =>
          asArray(at(a, 'element', 'type', 'imageType', 'image', 'sources')).some((s) => VERIFIED_IMAGE.test(asString(at(s, 'clientResource', 'imageName')) ?? '')),
        ),
        // The subscriber count is the part after the handle; a part we cannot read is left out.
        subscribers: parts.slice(1).map((p) => shownCount(p, 'json', lang)).find(Boolean) ?? null,
      });
    }
    if (people.length < 2) continue;
    const [first] = people;
    return {
      uploader: { handle: first!.handle, name: first!.name },
      verified: first!.verified,
      subscribers: first!.subscribers,
      collaborators: people.slice(0, 20).map(({ handle, name }) => ({ handle, name })),
    };
  }
  return null;
}

/**
 * The rendered byline of a collaboration: the owner block shows an avatar stack, and its name reads
 * "A and B", which is no channel's name. The channels it links to are the collaborators, in the
 * order shown (the uploader first); null for a single-channel owner.
 */
export function collaborationFromDom(ownerBlock: Element | null): CollaborationOwner | null {
  if (!ownerBlock?.querySelector(DOM_AVATAR_STACK)) return null;
  const seen = new Set<string>();
  const people: Collaborator[] = [];
  for (const link of ownerBlock.querySelectorAll(DOM_CHANNEL_LINKS)) {
    const handle = handleFromUrl(link.getAttribute('href'));
    if (!handle || seen.has(handle.toLowerCase())) continue;
    seen.add(handle.toLowerCase());
    // Avatar links name their channel in aria-label; text links in their text.
    people.push({ handle, name: asString(link.getAttribute('aria-label')) ?? textOf(link) });
  }
  return {
    uploader: people[0] ?? { handle: null, name: null },
    verified: null,
    subscribers: null,
    collaborators: people.length >= 2 ? people.slice(0, 20) : [],
  };
}
