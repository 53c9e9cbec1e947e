import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ComposePage } from '@/components/templates/ComposePage';
import { ensureStarterTemplates } from '@/storage/templates';
import { requestReminderSync } from '@/utils/browser/reminder-sync';
import { senderDetails } from '@/utils/browser/sender-store';
import { starterId } from '@/utils/templates/starters';
import { withFreshDatabase } from '../../../helpers/db';
import { seedAna, T } from '../../../helpers/creator-detail-seed';

vi.mock('@/utils/browser/reminder-sync', () => ({ requestReminderSync: vi.fn(async () => {}) }));

const db = withFreshDatabase();
// Links open other apps and tabs; jsdom cannot navigate, so stop it trying (React still sees the click).
const stopNavigation = (event: MouseEvent) => {
  if (event.target instanceof Element && event.target.closest('a')) event.preventDefault();
};

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T);
  document.addEventListener('click', stopNavigation);
  await seedAna(db());
  await senderDetails.set({ name: 'Sam Rivera', email: 'sam@northwind.example', title: 'Partnerships lead', brandName: 'Northwind', website: 'northwind.example' });
});

afterEach(() => {
  document.removeEventListener('click', stopNavigation);
  vi.useRealTimers();
});

async function compose(props: { creatorId?: string; template?: string; campaignId?: string } = {}) {
  render(<ComposePage creatorId={props.creatorId ?? 'ana'} template={props.template} campaignId={props.campaignId} />);
  await screen.findByLabelText('Message');
}
const subject = () => screen.getByLabelText('Subject') as HTMLInputElement;
const body = () => screen.getByLabelText('Message') as HTMLTextAreaElement;
const send = () => screen.getByRole('group', { name: 'Send' });

describe('ComposePage', () => {
  it('starts from the first outreach, filled in for the creator', async () => {
    await compose();
    expect(screen.getByRole('heading', { level: 2, name: 'Write to Ana Lima' })).toBeInTheDocument();
    expect(screen.getByLabelText('Template')).toHaveDisplayValue('First outreach');
    expect(subject()).toHaveValue('An idea for you, Ana');
    expect(body().value).toContain('Hi Ana,');
    expect(body().value).toContain("I'm Sam Rivera from Northwind. Your recent post stayed with me: \"Packing with @brand #ad\" (https://www.instagram.com/p/newer).");
    expect(body().value).toContain('Partnerships lead, Northwind');
  });

  it('warns about variables that come out empty for this creator', async () => {
    await senderDetails.set({ name: 'Sam Rivera', email: '', title: '', brandName: 'Northwind', website: '' });
    await compose();
    const warnings = await screen.findByRole('group', { name: 'Check before sending' });
    expect(warnings).toHaveTextContent('{{sender.title}} (your job title) is empty for Ana Lima, in the message.');
    expect(warnings).toHaveTextContent('{{brand.website}} (brand website) is empty for Ana Lima, in the message.');
  });

  it('copies the message, logs it on the timeline, and offers a follow-up five days later', async () => {
    const user = userEvent.setup();
    await compose();
    await user.clear(subject());
    await user.type(subject(), 'Hello from Northwind');
    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));

    expect(await screen.findByText('Copied the message to the clipboard. Logged on Ana Lima’s timeline.')).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toBe(body().value);
    const outreach = (await db().interactions.where('creatorId').equals('ana').toArray()).filter((i) => i.type === 'outreach' && i.at === T);
    expect(outreach).toHaveLength(1);
    expect(outreach[0]).toMatchObject({ text: `Hello from Northwind\n\n${body().value}`, details: { templateId: starterId('first_outreach'), channel: 'copy' } });
    expect((await db().creators.get('ana'))!.lastContactedAt).toBe(T);

    const date = screen.getByLabelText('Remind me to follow up on');
    expect(date).toHaveValue('2026-11-25');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByText(/You’ll be reminded to follow up with Ana Lima on Nov 25, 2026, 10:00 AM/)).toBeInTheDocument();
    const reminder = (await db().reminders.toArray()).find((r) => r.source.type === 'interaction');
    expect(reminder).toMatchObject({ creatorId: 'ana', kind: 'follow_up', status: 'pending', dueAt: Date.UTC(2026, 10, 25, 10), source: { id: outreach[0]!.id } });
    expect(requestReminderSync).toHaveBeenCalled();
  });

  it('offers to move a shortlisted creator to Contacted once the message is sent, and does it only when asked', async () => {
    const user = userEvent.setup();
    await db().creators.update('ana', { status: 'shortlisted' });
    await compose();
    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));
    const offer = await screen.findByRole('group', { name: 'Pipeline stage' });
    expect(offer).toHaveTextContent('Ana Lima is still at “Shortlisted”. Move them to “Contacted”?');
    expect((await db().creators.get('ana'))!.status).toBe('shortlisted');
    await user.click(within(offer).getByRole('button', { name: 'Move to Contacted' }));
    expect(await within(offer).findByText('Moved Ana Lima to Contacted. It is on their timeline.')).toBeInTheDocument();
    expect((await db().creators.get('ana'))!.status).toBe('contacted');
    const change = (await db().interactions.where('creatorId').equals('ana').toArray()).find((i) => i.type === 'status_change' && i.at === T);
    expect(change).toMatchObject({ details: { from: 'shortlisted', to: 'contacted' } });
  });

  it('does not offer a stage change to a creator already past the shortlist', async () => {
    const user = userEvent.setup();
    await compose();
    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));
    await screen.findByText('Copied the message to the clipboard. Logged on Ana Lima’s timeline.');
    expect(screen.queryByRole('group', { name: 'Pipeline stage' })).not.toBeInTheDocument();
  });

  it('lets the follow-up date be changed, or declined', async () => {
    const user = userEvent.setup();
    await compose();
    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));
    const date = await screen.findByLabelText('Remind me to follow up on');
    await user.clear(date);
    await user.type(date, '2026-12-01');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    await screen.findByText(/You’ll be reminded/);
    expect((await db().reminders.toArray()).find((r) => r.source.type === 'interaction')!.dueAt).toBe(Date.UTC(2026, 11, 1, 10));

    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));
    await user.click(await screen.findByRole('button', { name: 'No thanks' }));
    expect(screen.getByText('No follow-up reminder.')).toBeInTheDocument();
    expect((await db().reminders.toArray()).filter((r) => r.source.type === 'interaction')).toHaveLength(1);
    expect((await db().interactions.toArray()).filter((i) => i.type === 'outreach' && i.at === T)).toHaveLength(2);
  });

  it('refuses a follow-up date in the past', async () => {
    const user = userEvent.setup();
    await compose();
    await user.click(within(send()).getByRole('button', { name: 'Copy to clipboard' }));
    const date = await screen.findByLabelText('Remind me to follow up on');
    await user.clear(date);
    await user.type(date, '2026-11-01');
    await user.click(screen.getByRole('button', { name: 'Schedule' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Choose a date in the future');
    expect((await db().reminders.toArray()).filter((r) => r.source.type === 'interaction')).toHaveLength(0);
  });

  it('opens an email draft with everything encoded, and logs it', async () => {
    const user = userEvent.setup();
    await compose();
    await user.clear(subject());
    await user.type(subject(), 'Hi & welcome?');
    await user.clear(body());
    await user.type(body(), 'Line one{Enter}body=x&cc=evil@example.com #1 100%');
    const link = within(send()).getByRole('link', { name: 'Open email draft' });
    expect(link).toHaveAttribute(
      'href',
      'mailto:ana@example.com?subject=Hi%20%26%20welcome%3F&body=Line%20one%0D%0Abody%3Dx%26cc%3Devil%40example.com%20%231%20100%25',
    );
    await user.click(link);
    expect(await screen.findByText('Opened an email draft. Logged on Ana Lima’s timeline.')).toBeInTheDocument();
    expect((await db().interactions.toArray()).find((i) => i.type === 'outreach' && i.at === T)).toMatchObject({ details: { channel: 'email' } });
  });

  it('explains why there is no email draft when the creator has no email', async () => {
    await compose({ creatorId: 'bo' });
    const button = within(send()).getByRole('button', { name: 'Open email draft' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Bo Berg has no email saved. Add it on their page to send an email draft. Open Bo Berg’s page');
    expect(within(send()).queryByRole('link', { name: 'Open email draft' })).toBeNull();
  });

  it('opens the platform’s messages where it has them, else the profile, in a new tab', async () => {
    const user = userEvent.setup();
    await compose();
    // TikTok is her biggest account; TikTok has no link to a conversation.
    const tiktok = within(send()).getByRole('link', { name: 'Open TikTok profile' });
    expect(tiktok).toHaveAttribute('href', 'https://www.tiktok.com/@analima');
    expect(tiktok).toHaveAccessibleDescription(/TikTok has no link that opens a message/);

    await user.selectOptions(screen.getByLabelText('Account'), 'instagram:ana.lima');
    const instagram = within(send()).getByRole('link', { name: 'Open Instagram messages' });
    expect(instagram).toHaveAttribute('href', 'https://ig.me/m/ana.lima');
    expect(instagram).toHaveAttribute('target', '_blank');
    expect(instagram).toHaveAttribute('rel', 'noopener noreferrer');
    await user.click(instagram);
    expect(await screen.findByText('Opened Instagram messages. Logged on Ana Lima’s timeline.')).toBeInTheDocument();
    expect((await db().interactions.toArray()).find((i) => i.type === 'outreach' && i.at === T)).toMatchObject({ details: { channel: 'platform' } });
  });

  it('starts from the template kind in the address, with the campaign’s results', async () => {
    await db().campaigns.update('spring', {
      creators: [{ ...(await db().campaigns.get('spring'))!.creators[0]!, results: { views: 48_200, likes: null, comments: null, clicks: 1310, signups: null, sales: 86, revenue: 4300 } }],
    });
    await compose({ template: 'thank_you', campaignId: 'spring' });
    expect(screen.getByLabelText('Template')).toHaveDisplayValue('Thank-you with results');
    expect(screen.getByLabelText('Campaign')).toHaveDisplayValue('Spring launch');
    expect(subject()).toHaveValue('Thank you, and how Spring launch went');
    expect(body().value).toContain('Views: 48,200\nClicks: 1,310\nSales: 86\nRevenue: €4,300.00');
    // (4,300 − 500 fee) ÷ 500
    expect(body().value).toContain('Return on what we spent: 760%');
  });

  it('uses the starter’s text when the user deleted their template of that kind', async () => {
    await ensureStarterTemplates(T);
    await db().templates.delete(starterId('gift'));
    await compose({ template: 'gift' });
    expect(screen.getByLabelText('Template')).toHaveDisplayValue('Gift or early access (starter, not saved)');
    expect(subject()).toHaveValue('Something new from Northwind, for you first');
  });

  it('shows the message as text: markup in a caption is not HTML', async () => {
    await db().posts.update('instagram:newer', { caption: '<img src=x onerror="alert(1)">' });
    const { container } = render(<ComposePage creatorId="ana" />);
    await screen.findByLabelText('Message');
    expect(body().value).toContain('"<img src=x onerror="alert(1)">"');
    expect(container.querySelector('img')).toBeNull();
  });

  it('says so when the creator does not exist', async () => {
    render(<ComposePage creatorId="nobody" />);
    expect(await screen.findByRole('heading', { level: 2, name: 'Creator not found' })).toBeInTheDocument();
  });
});
