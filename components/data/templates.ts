// React reads of storage/templates.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { listTemplates } from '@/storage/templates';
import type { Template } from '@/utils/model/schemas';

/** Every template, kept live; `undefined` while loading. */
export function useTemplates(): Template[] | undefined {
  return useLiveQuery(listTemplates, []);
}
