import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { PipelineBoard } from '@/components/pipeline/PipelineBoard';
import { loadBoard, moveToStage } from '@/storage/pipeline';
import { saveViewedProfile } from '@/storage/profiles';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import { withFreshDatabase } from '../../../helpers/db';
import { plutoReading } from '../../../helpers/readings';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);

async function saveCreator(handle: string, name: string, now = T): Promise<string> {
  const reading = plutoReading({ handle, url: `https://www.instagram.com/${handle}/`, displayName: { value: name, source: 'meta' } });
  return (await saveViewedProfile(reading, { now })).creatorId;
}

const column = (name: string) => screen.getByRole('region', { name });
const cardIn = (columnName: string, creator: string) => within(column(columnName)).getByRole('link', { name: creator }).closest('li')!;
const stageOf = async (creatorId: string) => (await db().creators.get(creatorId))?.status;
const timelineOf = async (creatorId: string) =>
  (await db().interactions.where('creatorId').equals(creatorId).toArray()).filter((i) => i.type === 'status_change').map((i) => i.details);
/** Our own polite live region (dnd-kit adds an assertive one of its own for drags). */
const politeStatus = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'polite')!;
const dndAnnouncement = () => screen.getAllByRole('status').find((el) => el.getAttribute('aria-live') === 'assertive')!;

async function renderBoard() {
  render(<PipelineBoard />);
  await screen.findByRole('region', { name: 'Prospect' });
}

describe('PipelineBoard', () => {
  it('shows a column per stage with its count, and each card’s name, handles, followers, fit, tags and marks', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await db().creators.update(pluto, { status: 'contacted', tags: ['travel', 'trains'], ambassador: true });
    await db().accounts.update('instagram:pluto__travel', { fitScore: 72.4 });
    await saveCreator('ana', 'Ana');
    await saveCreator('bo', 'Bo');
    await renderBoard();

    expect(screen.getByRole('heading', { level: 2, name: 'Pipeline' })).toBeInTheDocument();
    const regions = screen.getAllByRole('region');
    expect(regions.map((r) => r.querySelector('h3 span')!.textContent)).toEqual(DEFAULT_STAGES.map((s) => s.charAt(0).toUpperCase() + s.slice(1).replace(/_/g, ' ')));
    expect(within(column('Shortlisted')).getByRole('heading')).toHaveTextContent('Shortlisted 2 creators');
    expect(within(column('Contacted')).getByRole('heading')).toHaveTextContent('Contacted 1 creator');
    expect(within(column('Prospect')).getByRole('heading')).toHaveTextContent('Prospect 0 creators');
    expect(column('Prospect')).toHaveTextContent('No creators in this stage');

    const card = cardIn('Contacted', 'Pluto');
    expect(within(card).getByRole('link', { name: 'Pluto' })).toHaveAttribute('href', `#/creator/${encodeURIComponent(pluto)}`);
    expect(card).toHaveTextContent('@pluto__travel Instagram');
    expect(card).toHaveTextContent('2,362 followers');
    expect(card).toHaveTextContent('Fit 72/100');
    expect(within(card).getByRole('list', { name: 'Tags' })).toHaveTextContent('traveltrains');
    expect(card).toHaveTextContent('Ambassador');
    expect(cardIn('Shortlisted', 'Ana')).not.toHaveTextContent('Ambassador');
    expect(cardIn('Shortlisted', 'Ana')).toHaveTextContent('Fit not scored');
  });

  it('keeps creators in no known stage in an “Other” column', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await db().creators.update(pluto, { status: 'on_hold' });
    await renderBoard();
    expect(within(column('Other')).getByRole('heading')).toHaveTextContent('Other 1 creator');
    expect(cardIn('Other', 'Pluto')).toHaveTextContent('Status: On hold');
  });

  it('moves a card with the keyboard through its Move form, saves it, announces it and keeps focus on the card', async () => {
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();

    const toggle = within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Move Pluto' });
    toggle.focus();
    await user.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const select = screen.getByRole('combobox', { name: 'Stage for Pluto' });
    expect(select).toHaveFocus();
    expect(within(select).getAllByRole('option')).toHaveLength(DEFAULT_STAGES.length);
    await user.selectOptions(select, 'contacted');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Move' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(within(column('Contacted')).queryByRole('link', { name: 'Pluto' })).toBeInTheDocument());
    expect(within(column('Shortlisted')).queryByRole('link', { name: 'Pluto' })).not.toBeInTheDocument();
    expect(within(column('Contacted')).getByRole('heading')).toHaveTextContent('Contacted 1 creator');
    expect(await stageOf(pluto)).toBe('contacted');
    expect(await timelineOf(pluto)).toEqual([{ from: 'shortlisted', to: 'contacted' }]);
    expect(politeStatus()).toHaveTextContent('Pluto moved to Contacted.');
    await waitFor(() => expect(within(cardIn('Contacted', 'Pluto')).getByRole('button', { name: 'Move Pluto' })).toHaveFocus());
    expect(screen.queryByRole('combobox', { name: 'Stage for Pluto' })).not.toBeInTheDocument();
  });

  it('closes the Move form with Escape, moving nothing', async () => {
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();
    await user.click(within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Move Pluto' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage for Pluto' }), 'declined');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('combobox', { name: 'Stage for Pluto' })).not.toBeInTheDocument();
    expect(within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Move Pluto' })).toHaveFocus();
    expect(await stageOf(pluto)).toBe('shortlisted');
  });

  it('says in words why a move failed, and leaves the card where it was', async () => {
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();
    vi.spyOn(db().interactions, 'add').mockRejectedValueOnce(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    await user.click(within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Move Pluto' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stage for Pluto' }), 'contacted');
    await user.click(screen.getByRole('button', { name: 'Move' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Pluto was not moved. Your disk is full, so nothing was saved and nothing was lost.');
    expect(cardIn('Shortlisted', 'Pluto')).toBeInTheDocument();
    expect(await stageOf(pluto)).toBe('shortlisted');
  });

  it('follows changes made elsewhere', async () => {
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();
    expect(cardIn('Shortlisted', 'Pluto')).toBeInTheDocument();
    await act(() => moveToStage(pluto, 'replied', T + 1));
    await waitFor(() => expect(within(column('Replied')).getByRole('link', { name: 'Pluto' })).toBeInTheDocument());
    await act(() => db().creators.delete(pluto));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Pluto' })).not.toBeInTheDocument());
  });
});

/**
 * jsdom lays nothing out (every box is 0×0 at 0,0), so dnd-kit could not tell one column from
 * another. Give the columns side-by-side boxes, everything inside a column a box inside it, and the
 * drag overlay the box dnd-kit placed it at (over the card it was picked up from), as a browser would.
 */
function layOutColumnsSideBySide() {
  const original = Element.prototype.getBoundingClientRect;
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const overlay = this.closest('.pipeline-card--preview')?.parentElement;
    if (overlay) {
      const { left, top, width, height } = overlay.style;
      return DOMRect.fromRect({ x: parseFloat(left), y: parseFloat(top), width: parseFloat(width), height: parseFloat(height) });
    }
    const columnElement = this.closest('[data-pipeline-stage]');
    if (!columnElement) return original.call(this);
    const index = [...document.querySelectorAll('[data-pipeline-stage]')].indexOf(columnElement);
    const left = index * 300;
    const box = columnElement === this ? { left, top: 100, width: 280, height: 600 } : { left: left + 10, top: 150, width: 260, height: 80 };
    return DOMRect.fromRect({ x: box.left, y: box.top, width: box.width, height: box.height });
  });
}

describe('PipelineBoard drag and drop (dnd-kit keyboard sensor)', () => {
  it('picks a card up with Space, moves it a column per arrow key, drops it with Space, and announces each step', async () => {
    layOutColumnsSideBySide();
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();

    within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Drag Pluto' }).focus();
    await user.keyboard('[Space]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Picked up Pluto, in Shortlisted.'));
    await user.keyboard('[ArrowRight]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto is over Contacted.'));
    await user.keyboard('[ArrowRight]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto is over Replied.'));
    await user.keyboard('[ArrowLeft]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto is over Contacted.'));
    await user.keyboard('[Space]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto moved to Contacted.'));

    await waitFor(() => expect(within(column('Contacted')).queryByRole('link', { name: 'Pluto' })).toBeInTheDocument());
    expect(await stageOf(pluto)).toBe('contacted');
    expect(await timelineOf(pluto)).toEqual([{ from: 'shortlisted', to: 'contacted' }]);
    await waitFor(() => expect(within(cardIn('Contacted', 'Pluto')).getByRole('button', { name: 'Drag Pluto' })).toHaveFocus());
  });

  it('drops onto an empty column', async () => {
    layOutColumnsSideBySide();
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();
    within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Drag Pluto' }).focus();
    await user.keyboard('[Space]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Picked up Pluto'));
    await user.keyboard('[ArrowLeft]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto is over Prospect.'));
    await user.keyboard('[Space]');
    await waitFor(() => expect(within(column('Prospect')).queryByRole('link', { name: 'Pluto' })).toBeInTheDocument());
    expect(column('Shortlisted')).toHaveTextContent('No creators in this stage');
    expect(await stageOf(pluto)).toBe('prospect');
  });

  it('cancels with Escape, moving nothing', async () => {
    layOutColumnsSideBySide();
    const user = userEvent.setup();
    const pluto = await saveCreator('pluto__travel', 'Pluto');
    await renderBoard();
    within(cardIn('Shortlisted', 'Pluto')).getByRole('button', { name: 'Drag Pluto' }).focus();
    await user.keyboard('[Space]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Picked up Pluto'));
    await user.keyboard('[ArrowRight]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Pluto is over Contacted.'));
    await user.keyboard('[Escape]');
    await waitFor(() => expect(dndAnnouncement()).toHaveTextContent('Moving Pluto was cancelled.'));
    expect(await stageOf(pluto)).toBe('shortlisted');
    expect(await timelineOf(pluto)).toEqual([]);
    expect((await loadBoard()).find((c) => c.stage === 'contacted')?.cards).toEqual([]);
  });
});
