// React reads of storage/creator-detail.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { loadCreatorDetail } from '@/storage/creator-detail';
import type { CreatorDetail } from '@/utils/model/views';

/** The creator's detail, kept live. `undefined` while loading, `null` when the creator does not exist. */
export function useCreatorDetail(creatorId: string): CreatorDetail | null | undefined {
  return useLiveQuery(() => loadCreatorDetail(creatorId), [creatorId]);
}
