// Which counts a profile has, named as its platform names them: YouTube has subscribers and videos
// and no following; TikTok adds total likes. One list, so the popup and the in-page badge never
// call the same number two names. Pure and tiny: the badge ships in every content script.
import type { CountField, Extraction } from '@/utils/model/reading';
import type { Platform } from '@/utils/model/reading';

/** "followers", or "subscribers" on YouTube, for sentences ("2,362 followers"). */
export function followersWord(platform: Platform): string {
  return platform === 'youtube' ? 'subscribers' : 'followers';
}

/** A profile's counts as [label, field], leaving out those its platform does not have. */
export function profileCountRows(reading: Pick<Extraction, 'platform' | 'counts'>): Array<[string, CountField]> {
  const youtube = reading.platform === 'youtube';
  const rows: Array<[string, CountField]> = [[youtube ? 'Subscribers' : 'Followers', reading.counts.followers]];
  // YouTube shows no following count: leave it out rather than show a dash for a thing that does not exist.
  if (!youtube) rows.push(['Following', reading.counts.following]);
  rows.push([youtube ? 'Videos' : 'Posts', reading.counts.posts]);
  if (reading.platform === 'tiktok') rows.push(['Likes', reading.counts.likes]);
  return rows;
}
