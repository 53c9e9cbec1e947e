import { describe, expect, it } from 'vitest';
import type { CreatorDetail } from '@/utils/model/views';
import type { Template } from '@/utils/model/schemas';
import { EMPTY_SENDER, type SenderDetails } from '@/utils/model/sender';
import { buildContext, clipCaption, formatRoi } from '@/utils/templates/context';
import { pickTemplate } from '@/utils/templates/pick';
import { render, variablesUsed } from '@/utils/templates/render';
import { dateInputValue } from '@/utils/date-input';
import { defaultFollowUpAt, fromDateInput, mailtoLink, messageLink } from '@/utils/templates/send';
import { STARTER_TEMPLATES, starterId } from '@/utils/templates/starters';
import { EMPTY_CONTEXT, EXAMPLE_CONTEXT, placeholder, suggestVariable, VARIABLES } from '@/utils/templates/variables';
import { accountRecord, campaignRecord, creatorRecord, DAY, postRecordOf, snapshotRecord, T } from '../../../helpers/creator-detail-seed';

const SENDER: SenderDetails = { name: 'Sam Rivera', email: 'sam@northwind.example', title: 'Partnerships lead', brandName: 'Northwind', website: 'northwind.example' };
const HOSTILE = 'Sunrise on the 28 tram <img src=x onerror="alert(1)"> and {{sender.name}}, before the crowds, with coffee from the corner place that opens at six on weekdays';

/** Ana Lima with everything known: two accounts, posts (a newer pinned one), a campaign with her results. */
function ana(): CreatorDetail {
  const instagram = accountRecord('ana', 'instagram', 'ana.lima', { followers: 12_400 });
  const tiktok = accountRecord('ana', 'tiktok', 'analima', { followers: 250_000 });
  return {
    creator: creatorRecord('ana', { displayName: 'Ana Lima', location: 'Lisbon', contact: { email: 'ana@example.com', other: '' } }),
    accounts: [
      { account: instagram, snapshots: [snapshotRecord(instagram.id, T - 20 * DAY, 11_000), snapshotRecord(instagram.id, T - 2 * DAY, 12_400)] },
      { account: tiktok, snapshots: [snapshotRecord(tiktok.id, T - 10 * DAY, 250_000, 1000)] },
    ],
    posts: [
      postRecordOf(instagram.id, 'pinned', T - DAY, { likes: 9 }, { pinned: true, caption: 'Pinned: my story' }),
      postRecordOf(instagram.id, 'newer', T - 4 * DAY, { likes: 500, comments: 20 }, { caption: HOSTILE }),
      postRecordOf(instagram.id, 'older', T - 15 * DAY, { likes: 300 }, { caption: 'Lisbon by tram' }),
    ],
    interactions: [],
    agreements: [],
    reminders: [],
    campaigns: [
      campaignRecord('spring', 'Spring launch', [{ creatorId: 'ana', fee: 1500, results: { views: 48_200, likes: null, comments: null, clicks: 1310, signups: null, sales: 86, revenue: 4300 } }], {
        brief: { deliverables: '', hashtags: ['northwind', '#springlaunch'], disclosures: '', deadlines: '', dos: '', donts: '' },
      }),
    ],
  };
}

/** Someone saved from a link: a name and nothing else. */
function stranger(): CreatorDetail {
  return { creator: creatorRecord('x', { displayName: 'Jo' }), accounts: [], posts: [], interactions: [], agreements: [], reminders: [], campaigns: [] };
}

const everyVariable = { subject: '', body: VARIABLES.map((v) => `${v.name}=${placeholder(v.name)}`).join('\n') };
const lines = (body: string) => Object.fromEntries(body.split('\n').map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

describe('render with a creator’s context', () => {
  it('fills in every variable', () => {
    const context = buildContext(ana(), { sender: SENDER, now: T, campaignId: 'spring', accountId: 'instagram:ana.lima' });
    const result = render(everyVariable, context);
    expect(lines(result.body)).toEqual({
      'creator.name': 'Ana Lima',
      'creator.firstName': 'Ana',
      'creator.location': 'Lisbon',
      'creator.email': 'ana@example.com',
      'account.handle': '@ana.lima',
      'account.platform': 'Instagram',
      'account.followers': '12,400',
      'account.profileUrl': 'https://www.instagram.com/ana.lima',
      'post.caption': 'Sunrise on the 28 tram <img src=x onerror="alert(1)"> and {{sender.name}}, before the crowds, with coffee from the…',
      'post.url': 'https://www.instagram.com/p/newer',
      'post.date': 'Nov 16, 2026',
      'post.likes': '500',
      'brand.name': 'Northwind',
      'brand.website': 'northwind.example',
      'sender.name': 'Sam Rivera',
      'sender.email': 'sam@northwind.example',
      'sender.title': 'Partnerships lead',
      'campaign.name': 'Spring launch',
      'campaign.hashtags': '#northwind #springlaunch',
      'campaign.dates': 'Oct 31 – Dec 10, 2026',
      'results.views': '48,200',
      'results.clicks': '1,310',
      'results.sales': '86',
      'results.revenue': '€4,300.00',
      // (4,300 − 1,500) ÷ 1,500
      'results.roi': '187%',
      today: 'Nov 20, 2026',
    });
    expect(result.empty).toEqual([]);
    expect(result.unknown).toEqual([]);
  });

  it('inserts values as text: markup and braces in a caption are not interpreted', () => {
    const context = buildContext(ana(), { sender: SENDER, now: T });
    const result = render({ subject: 'About {{post.caption}}', body: 'You wrote: {{post.caption}}' }, context);
    expect(result.body).toContain('<img src=x onerror="alert(1)">');
    // The caption's own "{{sender.name}}" is not filled in a second time.
    expect(result.body).toContain('and {{sender.name}},');
    expect(result.body).not.toContain('Sam Rivera');
    expect(result.unknown).toEqual([]);
  });

  it('uses the biggest account by default, with its count as the page showed it', () => {
    const context = buildContext(ana(), { sender: SENDER, now: T });
    expect(context['account.handle']).toBe('@analima');
    expect(context['account.platform']).toBe('TikTok');
    expect(context['account.followers']).toBe('250K');
  });

  it('says views a page showed rounded as it did ("1.2M"), like followers', () => {
    const detail = ana();
    const member = detail.campaigns[0]!.creators[0]!;
    detail.campaigns[0]!.creators[0] = { ...member, results: { ...member.results, views: 1_200_000 }, resultsPrecision: { views: 100_000 } };
    expect(buildContext(detail, { sender: SENDER, now: T, campaignId: 'spring' })['results.views']).toBe('1.2M');
  });

  it('leaves campaign and results empty without a campaign, or for one they are not in', () => {
    for (const campaignId of [undefined, 'winter']) {
      const context = buildContext(ana(), { sender: SENDER, now: T, campaignId });
      expect(context['campaign.name']).toBe('');
      expect(context['results.revenue']).toBe('');
    }
  });

  it('reports variables that come out empty, with where they are used', () => {
    const result = render(
      { subject: 'Hi {{creator.firstName}}, about {{post.caption}}', body: 'Hi {{ creator.firstName }},\nI saw {{post.caption}} ({{post.url}}).\n{{sender.name}}\n{{today}}' },
      buildContext(stranger(), { sender: EMPTY_SENDER, now: T }),
    );
    expect(result.empty).toEqual([
      { name: 'post.caption', where: ['subject', 'body'] },
      { name: 'post.url', where: ['body'] },
      { name: 'sender.name', where: ['body'] },
    ]);
    expect(result.subject).toBe('Hi Jo, about ');
    expect(result.body).toBe('Hi Jo,\nI saw  ().\n\nNov 20, 2026');
  });

  it('reports names that are not variables, leaves them as written, and suggests the likely one', () => {
    const result = render({ subject: '{{creator.fistName}}', body: 'Hi {{creator.fistName}} {{ Creator.FirstName }} {{brand}} {{}} {{ unclosed' }, EXAMPLE_CONTEXT);
    expect(result.unknown).toEqual(['creator.fistName', 'brand', '']);
    expect(result.body).toBe('Hi {{creator.fistName}} Ana {{brand}} {{}} {{ unclosed');
    expect(result.subject).toBe('{{creator.fistName}}');
    expect(suggestVariable('creator.fistName')).toBe('creator.firstName');
    expect(suggestVariable('firstName')).toBe('creator.firstName');
    expect(suggestVariable('results.roii')).toBe('results.roi');
    expect(suggestVariable('shoe size')).toBeNull();
  });

  it('keeps the subject on one line', () => {
    expect(render({ subject: 'A\n{{creator.name}}\r\nB', body: '' }, EXAMPLE_CONTEXT).subject).toBe('A Ana Lima B');
  });

  it('lists the variables a template uses', () => {
    expect(variablesUsed({ subject: '{{brand.name}}', body: '{{creator.firstName}} {{brand.name}} {{nope}}' })).toEqual(['brand.name', 'creator.firstName']);
  });
});

describe('the values’ formats', () => {
  it('clips a caption at a word boundary, on one line', () => {
    expect(clipCaption('short\n\ncaption')).toBe('short caption');
    const long = `${'word '.repeat(30)}end`;
    const clipped = clipCaption(long);
    expect(clipped.length).toBeLessThanOrEqual(121);
    expect(clipped).toMatch(/word…$/);
    expect(clipCaption('x'.repeat(300))).toBe(`${'x'.repeat(120)}…`);
  });

  it('says a return on investment the way people do', () => {
    expect(formatRoi(1.8667)).toBe('187%');
    expect(formatRoi(0.052)).toBe('5.2%');
    expect(formatRoi(-0.25)).toBe('-25%');
    expect(formatRoi(0)).toBe('0%');
  });
});

describe('starter templates', () => {
  it('covers every kind but custom, uses only real variables, and opens by name', () => {
    expect(STARTER_TEMPLATES.map((s) => s.kind)).toEqual(['first_outreach', 'follow_up', 'thank_you', 'gift', 'ambassador_invitation']);
    for (const starter of STARTER_TEMPLATES) {
      expect(render(starter, EXAMPLE_CONTEXT).unknown).toEqual([]);
      expect(starter.body.startsWith('Hi {{creator.firstName}},')).toBe(true);
      // Short: a message a creator reads in one go.
      expect(starter.body.split(/\s+/).length).toBeLessThan(130);
    }
  });

  it('names their recent post in the first outreach, and shares their own results in the thank-you', () => {
    const used = (kind: string) => variablesUsed(STARTER_TEMPLATES.find((s) => s.kind === kind)!);
    expect(used('first_outreach')).toContain('post.caption');
    expect(used('thank_you')).toEqual(expect.arrayContaining(['results.views', 'results.clicks', 'results.sales', 'results.revenue', 'results.roi']));
    const thanks = render(STARTER_TEMPLATES.find((s) => s.kind === 'thank_you')!, buildContext(ana(), { sender: SENDER, now: T, campaignId: 'spring' }));
    expect(thanks.body).toContain('Revenue: €4,300.00');
    expect(thanks.empty).toEqual([]);
  });
});

describe('pickTemplate', () => {
  const t = (id: string, kind: string, name = id): Template => ({ id, kind, name, subject: '', body: '', createdAt: T, updatedAt: T });
  const saved = [t('mine', 'follow_up'), t(starterId('follow_up'), 'follow_up'), t(starterId('first_outreach'), 'first_outreach')];

  it('finds a template by id, or the starter of a kind, else the first of that kind', () => {
    expect(pickTemplate(saved, 'mine').choice).toMatchObject({ source: 'saved', template: { id: 'mine' } });
    expect(pickTemplate(saved, 'follow_up').choice).toMatchObject({ source: 'saved', template: { id: starterId('follow_up') } });
    expect(pickTemplate([t('mine', 'follow_up')], 'follow_up').choice).toMatchObject({ template: { id: 'mine' } });
  });

  it('falls back to the starter’s text when the user has no template of that kind', () => {
    expect(pickTemplate([], 'gift').choice).toMatchObject({ source: 'starter', starter: { kind: 'gift' } });
  });

  it('starts with the first outreach, and says when the id asked for is gone', () => {
    expect(pickTemplate(saved, undefined)).toMatchObject({ choice: { template: { id: starterId('first_outreach') } }, missing: false });
    expect(pickTemplate(saved, 'deleted-id')).toMatchObject({ choice: { template: { id: starterId('first_outreach') } }, missing: true });
  });
});

describe('sending', () => {
  it('builds a mailto link that nothing in the message can break', () => {
    const link = mailtoLink('ana+pr@example.com', 'Hi & welcome?', 'Line one\nbody=x&cc=evil@example.com #1 100%');
    expect(link).toBe(
      'mailto:ana%2Bpr@example.com?subject=Hi%20%26%20welcome%3F&body=Line%20one%0D%0Abody%3Dx%26cc%3Devil%40example.com%20%231%20100%25',
    );
    const url = new URL(link);
    expect(url.searchParams.get('body')).toBe('Line one\r\nbody=x&cc=evil@example.com #1 100%');
    expect([...url.searchParams.keys()]).toEqual(['subject', 'body']);
  });

  it('opens Instagram messages; elsewhere the profile, saying why', () => {
    expect(messageLink({ platform: 'instagram', handle: 'ana.lima', url: 'https://www.instagram.com/ana.lima' })).toMatchObject({
      url: 'https://ig.me/m/ana.lima',
      opens: 'messages',
      label: 'Open Instagram messages',
      note: null,
    });
    const tiktok = messageLink({ platform: 'tiktok', handle: 'analima', url: 'https://www.tiktok.com/@analima' });
    expect(tiktok).toMatchObject({ url: 'https://www.tiktok.com/@analima', opens: 'profile', label: 'Open TikTok profile' });
    expect(tiktok.note).toMatch(/no link that opens a message/);
    // A stored address that is not a web page is never used as a link.
    expect(messageLink({ platform: 'x', handle: 'kiko', url: 'javascript:alert(1)' }).url).toBe('https://x.com/kiko');
  });

  it('suggests following up five days later at 10:00 local time, and reads a date input back', () => {
    const at = defaultFollowUpAt(T);
    expect(new Date(at).getHours()).toBe(10);
    expect(dateInputValue(at)).toBe(dateInputValue(T + 5 * DAY));
    const chosen = fromDateInput('2026-12-01')!;
    expect([new Date(chosen).getDate(), new Date(chosen).getMonth(), new Date(chosen).getHours()]).toEqual([1, 11, 10]);
    expect(fromDateInput('2026-02-30')).toBeNull();
    expect(fromDateInput('')).toBeNull();
  });
});

describe('contexts', () => {
  it('has every variable in the example and the empty context', () => {
    expect(Object.keys(EXAMPLE_CONTEXT).sort()).toEqual(VARIABLES.map((v) => v.name).sort());
    expect(Object.values(EMPTY_CONTEXT).every((v) => v === '')).toBe(true);
    expect(Object.values(EXAMPLE_CONTEXT).every((v) => v !== '')).toBe(true);
  });
});
