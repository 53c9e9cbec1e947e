// React reads of storage/pipeline.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { type BoardColumn, type BoardState, readBoard } from '@/storage/pipeline';

/** The board, kept live: a save or an edit anywhere (popup, badge, another tab) re-renders it. `undefined` while loading. */
export function useBoard(): BoardState | undefined {
  // One querier per component, remembering the last board it read so the next one can share with it.
  const [querier] = useState(() => {
    let previous: BoardColumn[] | null = null;
    return async () => {
      const state = await readBoard(previous);
      previous = state.columns ?? previous;
      return state;
    };
  });
  return useLiveQuery(querier, [querier]);
}
