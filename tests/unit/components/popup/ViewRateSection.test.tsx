import { render, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { Popup } from '@/components/popup/Popup';
import { adapterForUrl } from '@/utils/platforms/adapters';
import type { Extraction } from '@/utils/model/reading';
import { fakePopupApi } from '../../../helpers/popup-api';
import { listFixtures, parsePage } from '../../../helpers/fixtures';

// The popup on real saved pages whose grid or video shows views: the view rate on a channel's first
// visit, and on a watch page that video's own engagement, its collaborators and its live viewers.

// Parsing a whole saved page with jsdom takes seconds on a busy machine: once per page per file.
const parsed = new Map<string, Extraction>();
function readFixture(name: string): Extraction {
  const cached = parsed.get(name);
  if (cached) return cached;
  const fixture = listFixtures().find((f) => f.name === name)!;
  const url = new URL(fixture.meta.url);
  const reading = { ...adapterForUrl(url)!.extract(parsePage(fixture.html, fixture.meta.url), url), tookMs: 0 };
  parsed.set(name, reading);
  return reading;
}

function popupOn(name: string, overrides: Partial<Extraction> = {}) {
  const reading = { ...readFixture(name), ...overrides };
  const api = fakePopupApi({ currentTab: vi.fn(async () => ({ id: 7, url: reading.url })), readPage: vi.fn(async () => reading) });
  render(<Popup api={api} />);
  return reading;
}

const stat = (label: string) => screen.getByText(label, { selector: 'dt' }).nextElementSibling!;

beforeAll(() => {
  for (const name of ['instagram/ig-profile-pluto__travel-2025-ssr', 'tiktok/tt-profile-illojuan-2025-dom', 'youtube/yt-channel-OneMedia-es-2024', 'youtube/yt-browse-kurzgesagt-videos-2026', 'youtube/yt-watch-aespa-comments-entry-point-2023', 'youtube/yt-watch-collaboration-jazziiRed-2026', 'youtube/yt-watch-live-spacevideos-2022']) readFixture(name);
}, 60_000);

describe('view rate in the popup, first visit', () => {
  it('YouTube Videos tab: the rate with its formula and N, approximate because "25m" is rounded, no invented benchmark', async () => {
    popupOn('youtube/yt-browse-kurzgesagt-videos-2026');
    const section = await screen.findByRole('region', { name: 'View rate' });
    expect(section.querySelector('.big-figure')).toHaveTextContent(/^≈about \d+\.\d+%high confidence$/);
    expect(section).toHaveTextContent('Median views of the 12 most recent videos on the page ÷ subscribers');
    expect(section).toHaveTextContent('÷ ≈25M');
    expect(section).toHaveTextContent('N = 12');
    expect(section).toHaveTextContent('Approximate: subscribers shown to the nearest 1,000,000.');
    expect(section).toHaveTextContent('No published benchmark uses this formula, so none is shown.');
    // Engagement still says why it is not measured: the grid shows no likes or comments.
    expect(screen.getByRole('region', { name: 'Engagement' })).toHaveTextContent('Not measured yet.');
  });

  it('TikTok profile: the rate from the grid’s views, rounded views never shown as exact', async () => {
    popupOn('tiktok/tt-profile-illojuan-2025-dom');
    const section = await screen.findByRole('region', { name: 'View rate' });
    expect(section).toHaveTextContent('÷ followers');
    expect(section).toHaveTextContent('783,427');
    const used = within(section).getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(used.length).toBeGreaterThan(0);
    for (const line of used.filter((l) => !l.includes('skipped'))) expect(line).toMatch(/: ≈[\d.]+[KM] views$/);
  });

  it('on a YouTube channel’s home tab, says where to find it', async () => {
    popupOn('youtube/yt-channel-OneMedia-es-2024');
    const section = await screen.findByRole('region', { name: 'View rate' });
    expect(section).toHaveTextContent('Not measured. Open the channel’s Videos tab: it lists the latest videos with their views.');
  });

  it('is not shown where the page shows no views (an Instagram profile)', async () => {
    popupOn('instagram/ig-profile-pluto__travel-2025-ssr');
    await screen.findByRole('region', { name: 'Engagement' });
    expect(screen.queryByRole('region', { name: 'View rate' })).toBeNull();
  });
});

describe('a YouTube watch page in the popup', () => {
  it('late 2023: the video’s (likes + comments) ÷ views, approximate with "703K" comments', async () => {
    popupOn('youtube/yt-watch-aespa-comments-entry-point-2023');
    const section = await screen.findByRole('region', { name: 'Engagement of this post' });
    // (4,209,059 + 703,000) ÷ 255,522,287 = 1.92 %
    expect(section.querySelector('.big-figure')).toHaveTextContent('≈about 1.92%');
    expect(section).toHaveTextContent('(likes + comments) ÷ views of this video');
    expect(stat('Comments')).toHaveTextContent('≈703K');
  });

  it('a collaboration: saved under the uploader, the other channels listed', async () => {
    popupOn('youtube/yt-watch-collaboration-jazziiRed-2026');
    expect(await screen.findByRole('heading', { level: 1, name: 'Post by jazziiRed' })).toBeInTheDocument();
    expect(screen.getByTestId('collaborators')).toHaveTextContent(
      'A collaboration with @Xoliks97 (Xoliks), @vladde, @mr_mooncatcher (mooncatcher); saved under the uploader, @jazziiRed.',
    );
  });

  it('a live stream: live viewers as their own reading, views not shown rather than 0', async () => {
    // The popup shows a post only with its author's handle; this 2022 excerpt names the channel by a
    // /c/ URL alone (no handle), so the test gives it one, as a 2026 page's player data would.
    popupOn('youtube/yt-watch-live-spacevideos-2022', { handle: 'SpaceVideos' });
    await screen.findByText('Live viewers', { selector: 'dt' });
    expect(stat('Live viewers')).toHaveTextContent('681');
    expect(stat('Views')).toHaveTextContent(/^—not shown: A live stream shows how many are watching now/);
    expect(screen.getByRole('region', { name: 'Engagement of this post' })).toHaveTextContent('Not measured. The page does not show this post’s comments or views.');
  });
});
