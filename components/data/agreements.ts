// React reads of storage/agreements.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { database } from '@/storage/db';
import { type AgreementContext, type AgreementRow, type CampaignChoice, listAgreements, listCampaignChoices, loadAgreement } from '@/storage/agreements';

/** The agreements list, live. `undefined` while loading. */
export function useAgreementList(): AgreementRow[] | undefined {
  return useLiveQuery(listAgreements, []);
}

/** An agreement, live. `undefined` while loading, `null` when it does not exist. */
export function useAgreement(agreementId: string): AgreementContext | null | undefined {
  return useLiveQuery(() => loadAgreement(agreementId), [agreementId]);
}

export function useCampaignChoices(): CampaignChoice[] | undefined {
  return useLiveQuery(listCampaignChoices, []);
}

/** A creator's id and name (for the builder's fixed creator); null when there is no such creator. */
export function useCreatorName(creatorId: string | undefined): { id: string; displayName: string } | null | undefined {
  return useLiveQuery(async () => {
    if (!creatorId) return null;
    const creator = await database().creators.get(creatorId);
    return creator ? { id: creator.id, displayName: creator.displayName } : null;
  }, [creatorId]);
}
