import { describe, expect, it } from 'vitest';
import {
  setCampaignLandingUrl,
  addCreatorToCampaign,
  createCampaign,
  creatorCampaigns,
  importCampaignResults,
  listCampaigns,
  loadCampaign,
  makeAmbassador,
  removeCreatorFromCampaign,
  updateCampaignDetails,
  updateCampaignMember,
} from '@/storage/campaigns';
import { InvalidFieldError } from '@/utils/model/errors';
import { NO_RESULTS } from '@/utils/model/defaults';
import type { CampaignDetails } from '@/utils/campaigns/draft';
import { withFreshDatabase } from '../../helpers/db';
import { makeCampaign } from '../../helpers/records';
import { seedCreators } from '../../helpers/roster-data';

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20);

const details: CampaignDetails = {
  name: 'Spring Launch 2026',
  goal: 'sales',
  status: 'planned',
  startAt: Date.UTC(2026, 2, 1),
  endAt: Date.UTC(2026, 2, 31),
  budget: 5000,
  currency: 'EUR',
  brief: { deliverables: 'One reel', hashtags: ['spring'], disclosures: '#ad', deadlines: 'Draft by 10 March', dos: 'Show the product', donts: 'No competitors' },
};

async function seed() {
  return seedCreators([
    { name: 'Ana Lima', accounts: [{ platform: 'tiktok', handle: 'analima', followers: 250_000 }, { platform: 'instagram', handle: 'ana.lima', followers: 12_400 }] },
    { name: 'Bo Chen', accounts: [{ platform: 'youtube', handle: 'bochen', followers: 9_000 }] },
    { name: 'Cy', accounts: [] },
  ]);
}

async function errorOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to fail');
}

describe('campaigns', () => {
  it('creates and updates a campaign, validated with the schema, naming the fields', async () => {
    const created = await createCampaign(details, NOW);
    expect(await db().campaigns.get(created.id)).toEqual({ ...details, id: created.id, landingUrl: '', creators: [], createdAt: NOW, updatedAt: NOW });

    const updated = await updateCampaignDetails(created.id, { ...details, status: 'active', budget: 6000 }, NOW + 1);
    expect(updated).toMatchObject({ status: 'active', budget: 6000, createdAt: NOW, updatedAt: NOW + 1 });

    const error = await errorOf(updateCampaignDetails(created.id, { ...details, name: '', currency: 'euro', brief: { ...details.brief, hashtags: ['x'.repeat(101)] } }, NOW + 2));
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems).toEqual([
      { field: 'name', message: 'Name is required.' },
      { field: 'brief.hashtags', message: 'Hashtags: each one can be at most 100 characters long.' },
      { field: 'currency', message: 'Currency: use a three-letter code such as EUR or USD.' },
    ]);
    // Nothing was saved.
    expect(await db().campaigns.get(created.id)).toMatchObject({ name: 'Spring Launch 2026', currency: 'EUR', updatedAt: NOW + 1 });
  });

  it('adds a creator with a tracked link set up, and puts it on their timeline', async () => {
    const ids = await seed();
    const campaign = await createCampaign(details, NOW);
    const member = await addCreatorToCampaign(campaign.id, ids['Ana Lima']!, NOW + 1, 500);
    expect(member).toMatchObject({
      creatorId: ids['Ana Lima'],
      fee: 500,
      // Source: the biggest account's platform.
      utm: { source: 'tiktok', medium: 'influencer', campaign: 'spring-launch-2026', content: 'ana-lima' },
      promoCode: '',
      results: NO_RESULTS,
      addedAt: NOW + 1,
    });
    const timeline = await db().interactions.where('creatorId').equals(ids['Ana Lima']!).toArray();
    expect(timeline).toEqual([
      expect.objectContaining({ type: 'campaign', at: NOW + 1, text: 'Added to the campaign “Spring Launch 2026”.', details: { campaignId: campaign.id } }),
    ]);
    // Twice is refused, and writes nothing more.
    expect(await errorOf(addCreatorToCampaign(campaign.id, ids['Ana Lima']!, NOW + 2))).toHaveProperty('message', 'Ana Lima is already in this campaign.');
    expect(await db().interactions.count()).toBe(1);
    expect((await db().campaigns.get(campaign.id))!.creators).toHaveLength(1);
  });

  it('gives each creator their own link content', async () => {
    const ids = await seedCreators([
      { name: 'Ana', accounts: [] },
      { name: 'ANA', accounts: [] },
    ]);
    const campaign = await createCampaign(details, NOW);
    await addCreatorToCampaign(campaign.id, ids.Ana!, NOW);
    const second = await addCreatorToCampaign(campaign.id, ids.ANA!, NOW);
    expect(second.utm).toEqual({ source: '', medium: 'influencer', campaign: 'spring-launch-2026', content: 'ana-2' });
  });

  it('removes a creator, and that goes on their timeline too', async () => {
    const ids = await seed();
    const campaign = await createCampaign(details, NOW);
    await addCreatorToCampaign(campaign.id, ids['Ana Lima']!, NOW);
    await addCreatorToCampaign(campaign.id, ids['Bo Chen']!, NOW);
    await removeCreatorFromCampaign(campaign.id, ids['Ana Lima']!, NOW + 5);
    expect((await db().campaigns.get(campaign.id))!.creators.map((m) => m.creatorId)).toEqual([ids['Bo Chen']]);
    const timeline = await db().interactions.where('[creatorId+at]').between([ids['Ana Lima']!, 0], [ids['Ana Lima']!, Infinity]).toArray();
    expect(timeline.map((i) => [i.type, i.text, i.details])).toEqual([
      ['campaign', 'Added to the campaign “Spring Launch 2026”.', { campaignId: campaign.id }],
      ['campaign', 'Removed from the campaign “Spring Launch 2026”.', { campaignId: campaign.id }],
    ]);
  });

  it('saves a creator’s fee, deliverables, link and results; refuses a promo code another creator has', async () => {
    const ids = await seed();
    const campaign = await createCampaign(details, NOW);
    const [ana, bo] = [ids['Ana Lima']!, ids['Bo Chen']!];
    await addCreatorToCampaign(campaign.id, ana, NOW);
    await addCreatorToCampaign(campaign.id, bo, NOW);
    await updateCampaignMember(campaign.id, ana, { promoCode: ' ANA15 ', fee: 500 }, NOW + 1);
    const saved = await updateCampaignMember(campaign.id, ana, { results: { ...NO_RESULTS, revenue: 1750 } }, NOW + 2);
    expect(saved).toMatchObject({ promoCode: 'ANA15', fee: 500, results: { revenue: 1750 }, resultsUpdatedAt: NOW + 2 });

    const duplicate = await errorOf(updateCampaignMember(campaign.id, bo, { promoCode: 'ana15' }, NOW + 3));
    expect((duplicate as InvalidFieldError).problems).toEqual([
      { field: 'promoCode', message: 'Promo code: “ana15” is already Ana Lima’s code in this campaign. Each creator needs their own, or their sales cannot be told apart.' },
    ]);
    const badLink = await errorOf(
      updateCampaignMember(campaign.id, bo, { deliverables: [{ id: 'd1', description: 'Reel', status: 'published', postUrl: 'not a link' }] }, NOW + 3),
    );
    expect((badLink as InvalidFieldError).problems).toEqual([
      { field: 'deliverables.0.postUrl', message: 'Deliverable 1: post link: paste the post’s full address, starting with https://, or leave it empty.' },
    ]);
    expect((await db().campaigns.get(campaign.id))!.creators[1]).toMatchObject({ promoCode: '', deliverables: [] });
  });

  it('imports results for several creators in one write, replacing or adding', async () => {
    await db().campaigns.add(
      makeCampaign({ id: 'k' }, [
        { creatorId: 'ana', fee: 500, results: { ...NO_RESULTS, clicks: 100, sales: 2, revenue: 300 } },
        { creatorId: 'bo', fee: 300 },
        { creatorId: 'cy' },
      ]),
    );
    await importCampaignResults('k', [{ creatorId: 'ana', results: { sales: 10, revenue: 1750 } }, { creatorId: 'bo', results: { revenue: 150 } }], 'replace', NOW);
    let creators = (await db().campaigns.get('k'))!.creators;
    expect(creators.map((m) => [m.creatorId, m.results.clicks, m.results.sales, m.results.revenue, m.resultsUpdatedAt])).toEqual([
      ['ana', 100, 10, 1750, NOW],
      ['bo', null, null, 150, NOW],
      ['cy', null, null, null, null],
    ]);
    await importCampaignResults('k', [{ creatorId: 'ana', results: { sales: 1, revenue: 50 } }], 'add', NOW + 1);
    creators = (await db().campaigns.get('k'))!.creators;
    expect(creators[0]!.results).toMatchObject({ clicks: 100, sales: 11, revenue: 1800 });
  });

  it('imports all or nothing: if one creator cannot be saved, no one’s results change', async () => {
    await db().campaigns.add(makeCampaign({ id: 'k' }, [{ creatorId: 'ana', results: { ...NO_RESULTS, revenue: 300 } }, { creatorId: 'bo' }]));
    const before = await db().campaigns.get('k');
    // A creator taken out of the campaign since the file was matched…
    const gone = await errorOf(importCampaignResults('k', [{ creatorId: 'ana', results: { revenue: 999 } }, { creatorId: 'zed', results: { revenue: 1 } }], 'replace', NOW));
    expect((gone as Error).message).toBe('One creator matched in the file is no longer in this campaign, so nothing was imported. Choose the file again.');
    // …or a number no record can hold.
    await expect(importCampaignResults('k', [{ creatorId: 'ana', results: { revenue: 999 } }, { creatorId: 'bo', results: { revenue: Infinity } }], 'replace', NOW)).rejects.toThrow();
    expect(await db().campaigns.get('k')).toEqual(before);
  });

  it('lists campaigns newest first with creators, spend and ROI', async () => {
    await db().campaigns.bulkAdd([
      makeCampaign({ id: 'old', name: 'Old', startAt: Date.UTC(2025, 0, 1) }, [{ creatorId: 'ana', fee: 300, results: { ...NO_RESULTS, revenue: 150 } }]),
      makeCampaign({ id: 'new', name: 'New', startAt: Date.UTC(2026, 0, 1) }, [
        { creatorId: 'ana', fee: 500, results: { ...NO_RESULTS, revenue: 1750 } },
        { creatorId: 'bo', fee: 300, results: { ...NO_RESULTS, revenue: 150 } },
      ]),
    ]);
    const list = await listCampaigns();
    expect(list.map((s) => [s.campaign.id, s.creators, s.spend, s.roi])).toEqual([
      ['new', 2, 800, (1900 - 800) / 800],
      ['old', 1, 300, -0.5],
    ]);
    expect((await creatorCampaigns('ana')).map((c) => [c.campaign.id, c.member.fee])).toEqual([
      ['new', 500],
      ['old', 300],
    ]);
  });

  it('loads a campaign with the names and biggest accounts of its creators', async () => {
    const ids = await seed();
    await db().campaigns.add(makeCampaign({ id: 'k' }, [{ creatorId: ids['Ana Lima']! }, { creatorId: 'deleted' }]));
    const view = await loadCampaign('k');
    expect(view!.people[ids['Ana Lima']!]).toMatchObject({ name: 'Ana Lima', onRoster: true, accounts: [{ handle: 'analima' }, { handle: 'ana.lima' }] });
    expect(view!.people.deleted).toMatchObject({ onRoster: false, accounts: [] });
    expect(await loadCampaign('nope')).toBeNull();
  });

  it('makes a creator an ambassador', async () => {
    const ids = await seed();
    await makeAmbassador(ids['Bo Chen']!, NOW);
    expect(await db().creators.get(ids['Bo Chen']!)).toMatchObject({ ambassador: true, updatedAt: NOW });
  });
});

describe('the landing page of tracked links', () => {
  it('is kept with the campaign, https when typed without a scheme, and refused when it is not a web address', async () => {
    await db().campaigns.add(makeCampaign({ id: 'k' }));
    expect((await setCampaignLandingUrl('k', ' shop.example.com/spring ', NOW)).landingUrl).toBe('https://shop.example.com/spring');
    await expect(setCampaignLandingUrl('k', 'not a page', NOW)).rejects.toBeInstanceOf(InvalidFieldError);
    expect((await db().campaigns.get('k'))?.landingUrl).toBe('https://shop.example.com/spring');
  });
});
