import { useEffect, useState } from 'react';
import { formatDate } from '@/utils/format';
import { contactWords } from '@/utils/team';
import type { TeamSeen } from '@/utils/model/views';
import type { PopupApi } from './popup-api';

/**
 * "Already in touch" for a creator on the roster who was contacted: when, and with which template
 * (the same words as their feed chip), so no one writes to them twice. Nothing when they were not
 * contacted, or the roster cannot say. In a team, when the card's team lines already say who contacted
 * them and when, this says nothing (one line per fact).
 */
export function InTouchNotice({ api, accountId, team }: { api: PopupApi; accountId: string; team?: TeamSeen }) {
  const saidByTeam = team !== undefined && contactWords(team) !== null;
  const [line, setLine] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        const state = await api.contactState?.(accountId);
        if (!live || !state?.saved || state.lastContactedAt === null) return;
        setLine(`Already in touch: last contacted ${formatDate(state.lastContactedAt)}${state.lastTemplate ? ` with “${state.lastTemplate}”` : ''}.`);
      } catch {
        // The background did not answer: the rest of the popup stands.
      }
    })();
    return () => {
      live = false;
    };
  }, [api, accountId]);
  if (!line || saidByTeam) return null;
  return (
    <p className="popup__message" role="status">
      {line}
    </p>
  );
}
