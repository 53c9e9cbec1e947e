// @vitest-environment jsdom
// (The background reads navigator.userAgent.)
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerMessageHandlers } from '@/entrypoints/background/messages';
import { resetTeamMemberForTests, startTeamMember } from '@/storage/team';
import { withFreshDatabase } from '../../../helpers/db';
import { joinTeamAs } from '../../../helpers/team';
import { plutoReading } from '../../../helpers/readings';

// The background woken by a message reads who the user is in their team before it writes: the
// save it makes for the popup is owned by that member, and its answers carry what the team sees.

const db = withFreshDatabase();
const NOW = Date.UTC(2026, 10, 20, 10);
let stop: Array<() => void> = [];
afterEach(() => {
  stop.forEach((fn) => fn());
  resetTeamMemberForTests();
});

const popupSender = () => ({ id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') });

async function send(type: string, data: unknown) {
  const answers = await fakeBrowser.runtime.onMessage.trigger({ id: 1, type, data, timestamp: NOW }, popupSender());
  return answers.find(Boolean) as { res?: unknown; err?: { message: string } };
}

describe('the background and the team member', () => {
  it('saves as the member of the team joined, and answers with the owner', async () => {
    await joinTeamAs('maya');
    // As the background's start-up does, without waiting: the handlers wait for it.
    void startTeamMember(db());
    stop = registerMessageHandlers(() => NOW);
    const saved = (await send('saveProfile', { reading: plutoReading() })).res as { creatorId: string };
    expect((await db().creators.get(saved.creatorId))?.owner).toBe('maya');
    const state = await send('accountState', { accountId: 'instagram:pluto__travel' });
    expect(state.res).toMatchObject({ saved: true, team: { actor: 'maya', owner: 'maya', contact: null } });
  });

  it('in no team, saves without an owner and answers without team lines', async () => {
    void startTeamMember(db());
    stop = registerMessageHandlers(() => NOW);
    const saved = (await send('saveProfile', { reading: plutoReading() })).res as { creatorId: string };
    expect(await db().creators.get(saved.creatorId)).not.toHaveProperty('owner');
    expect((await send('accountState', { accountId: 'instagram:pluto__travel' })).res).not.toHaveProperty('team');
  });
});
