import { useLiveQuery } from 'dexie-react-hooks';
import { listRoster } from '@/storage/roster';
import { type RosterRow } from '@/utils/model/views';

/** The roster, kept live: any save (from the popup, a badge, another tab) re-renders it. `undefined` while loading. */
export function useRoster(): RosterRow[] | undefined {
  return useLiveQuery(listRoster, []);
}
