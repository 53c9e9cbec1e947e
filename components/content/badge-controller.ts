// Mounts the badge in a shadow root on profile pages, keeps it up to date and out of the way of the
// site's controls, and sends its actions to the background.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { render, type BadgeActions, type BadgeState } from '@/components/content/badge/badge';
import badgeCss from './badge/badge.css?inline';
import type { Extraction } from '@/utils/model/reading';
import { sendRequest } from '@/utils/browser/messaging';
import { badgeHiddenOn } from '@/utils/browser/settings';
import { place } from './placement';

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Extension context invalidated/.test(text)
    ? 'Creator Scout was updated: reload the page to use the badge.'
    : text;
}

export class BadgeController {
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private state: BadgeState | null = null;
  private hidden = false;
  private readonly actions: BadgeActions;

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly platform: Extraction['platform'],
  ) {
    this.actions = {
      toggle: () => this.update({ expanded: !this.state?.expanded }),
      save: () => void this.save(),
      openRoster: (creatorId) => void sendRequest('openRoster', { creatorId }).catch(() => {}),
      openBrandProfile: () => void sendRequest('openBrandProfile', {}).catch(() => {}),
      hideOnThisSite: () => void this.hideOnThisSite(),
    };
  }

  /** Read the user's per-site switch and follow its changes (from the options page or another tab). */
  async start(): Promise<void> {
    this.hidden = (await badgeHiddenOn.get()).includes(this.platform);
    const unwatch = badgeHiddenOn.watch((hiddenOn) => {
      this.hidden = hiddenOn.includes(this.platform);
      if (this.hidden) this.ui?.remove();
      else if (this.state) void this.show(this.state.reading);
    });
    this.ctx.onInvalidated(unwatch);
    let resizeTimer: number | undefined;
    this.ctx.addEventListener(window, 'resize', () => {
      clearTimeout(resizeTimer);
      resizeTimer = this.ctx.setTimeout(() => this.place(), 200);
    });
  }

  async show(reading: Extraction): Promise<void> {
    this.state = { reading, status: null, statusError: null, save: { kind: 'idle' }, expanded: this.state?.expanded ?? false };
    if (this.hidden) return;
    await this.mount();
    this.render();
    try {
      const status = await sendRequest('profileSeen', { reading });
      if (this.state?.reading === reading) this.update({ status });
    } catch (error) {
      if (this.state?.reading === reading) this.update({ statusError: messageOf(error) });
    }
  }

  hide(): void {
    this.state = null;
    this.ui?.remove();
  }

  private async mount(): Promise<void> {
    this.ui ??= await createShadowRootUi<HTMLElement>(this.ctx, {
      name: 'creator-scout-badge',
      position: 'inline',
      // First in <body>: floating, it is position: fixed anyway; docked, it sits above the page.
      anchor: 'body',
      append: 'first',
      css: badgeCss,
      // Closed: the page's scripts cannot read the badge (roster membership, fit) or reach its
      // buttons; they see an element, as the user sees a badge.
      mode: 'closed',
      // Keys typed in the badge must not trigger the site's own keyboard shortcuts.
      isolateEvents: ['keydown', 'keyup', 'keypress'],
      onMount: (container) => {
        const host = document.createElement('div');
        host.className = 'cs-host';
        container.append(host);
        // On the badge itself: keys do not leave the shadow root (isolateEvents above).
        host.addEventListener('keydown', (event) => {
          if (event.isTrusted && event.key === 'Escape' && this.state?.expanded) {
            this.update({ expanded: false });
            host.querySelector<HTMLElement>('[data-action="toggle"]')?.focus();
          }
        });
        return host;
      },
    });
    if (!this.ui.shadowHost.isConnected) this.ui.mount();
  }

  private update(patch: Partial<BadgeState>): void {
    if (!this.state) return;
    this.state = { ...this.state, ...patch };
    this.render();
  }

  private render(): void {
    const host = this.ui?.mounted;
    if (!host || !this.ui || !this.state || this.hidden) return;
    render(host, this.ui.shadow, this.state, this.actions);
    this.place();
  }

  /**
   * Float the badge in a free spot at the window's edge; when no spot is free, dock it at the top of
   * the page, in the page's flow, where it pushes content down instead of covering it.
   */
  private place(): void {
    const host = this.ui?.mounted;
    const shadowHost = this.ui?.shadowHost;
    if (!host || !shadowHost?.isConnected) return;
    // The host stays where it is (first in <body>): moving it would take keyboard focus away.
    host.classList.remove('cs-host--docked');
    if (place(document, host, shadowHost) === null) host.classList.add('cs-host--docked');
  }

  private async save(): Promise<void> {
    const reading = this.state?.reading;
    if (!reading || this.state?.save.kind === 'saving') return;
    this.update({ save: { kind: 'saving' } });
    try {
      const result = await sendRequest('saveProfile', { reading });
      this.update({ save: { kind: 'saved', creatorId: result.creatorId } });
    } catch (error) {
      this.update({ save: { kind: 'failed', message: messageOf(error) }, expanded: true });
    }
  }

  private async hideOnThisSite(): Promise<void> {
    await badgeHiddenOn.set([...(await badgeHiddenOn.get()), this.platform]);
  }
}
