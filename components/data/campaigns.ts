// React reads of storage/campaigns.ts, kept live with useLiveQuery (`undefined` while loading).
import { useLiveQuery } from 'dexie-react-hooks';
import { type CampaignSummary, type CampaignView, type PerformanceData, listCampaigns, loadCampaign, loadPerformanceData } from '@/storage/campaigns';

export function useCampaignList(): CampaignSummary[] | undefined {
  return useLiveQuery(listCampaigns, []);
}

/** `undefined` while loading, `null` when the campaign does not exist. */
export function useCampaign(campaignId: string): CampaignView | null | undefined {
  return useLiveQuery(() => loadCampaign(campaignId), [campaignId]);
}

export function usePerformanceData(): PerformanceData | undefined {
  return useLiveQuery(loadPerformanceData, []);
}
