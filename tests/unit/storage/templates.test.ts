import { describe, expect, it } from 'vitest';
import { InvalidFieldError } from '@/utils/model/errors';
import {
  addStarterTemplate,
  createTemplate,
  deleteTemplate,
  duplicateTemplate,
  ensureStarterTemplates,
  getTemplate,
  listTemplates,
  missingStarters,
  updateTemplate,
} from '@/storage/templates';
import { STARTER_TEMPLATES, starterId } from '@/utils/templates/starters';
import { withFreshDatabase } from '../../helpers/db';

const db = withFreshDatabase();
const T = Date.UTC(2026, 10, 20, 9);

describe('starter templates', () => {
  it('are seeded once, on first use', async () => {
    expect(await ensureStarterTemplates(T)).toBe(5);
    expect(await ensureStarterTemplates(T + 1)).toBe(0);
    const templates = await listTemplates();
    expect(templates.map((t) => t.kind)).toEqual(['first_outreach', 'follow_up', 'thank_you', 'gift', 'ambassador_invitation']);
    expect(templates[0]).toMatchObject({ id: starterId('first_outreach'), name: 'First outreach', subject: STARTER_TEMPLATES[0]!.subject, createdAt: T });
  });

  it('seeded from two pages at once, still make one of each', async () => {
    await Promise.all([ensureStarterTemplates(T), ensureStarterTemplates(T)]);
    expect(await db().templates.count()).toBe(5);
  });

  it('stay deleted, even when all are deleted, and can be added back as they were', async () => {
    await ensureStarterTemplates(T);
    await updateTemplate(starterId('gift'), { body: 'My own words' }, T + 1);
    await deleteTemplate(starterId('gift'));
    await deleteTemplate(starterId('follow_up'));
    expect(missingStarters(await listTemplates()).map((s) => s.kind)).toEqual(['follow_up', 'gift']);

    await db().templates.clear();
    expect(await ensureStarterTemplates(T + 2)).toBe(0);
    expect(await db().templates.count()).toBe(0);

    const back = await addStarterTemplate('gift', T + 3);
    expect(back).toMatchObject({ id: starterId('gift'), body: STARTER_TEMPLATES.find((s) => s.kind === 'gift')!.body, createdAt: T + 3 });
    // Adding back one the user still has changes nothing.
    await updateTemplate(starterId('gift'), { name: 'Gifting' }, T + 4);
    expect(await addStarterTemplate('gift', T + 5)).toMatchObject({ name: 'Gifting' });
    expect(await db().templates.count()).toBe(1);
  });

  it('are not added over a restored backup’s own templates', async () => {
    await createTemplate({ name: 'From my backup', kind: 'custom', subject: '', body: 'Hi' }, T);
    expect(await ensureStarterTemplates(T)).toBe(0);
    expect((await listTemplates()).map((t) => t.name)).toEqual(['From my backup']);
  });
});

describe('template CRUD', () => {
  it('creates, updates, duplicates and deletes', async () => {
    const created = await createTemplate({ name: '  Launch invite ', kind: 'gift', subject: 'For {{creator.firstName}}', body: 'Hello' }, T);
    expect(await getTemplate(created.id)).toEqual({ id: created.id, name: 'Launch invite', kind: 'gift', subject: 'For {{creator.firstName}}', body: 'Hello', createdAt: T, updatedAt: T });

    const updated = await updateTemplate(created.id, { body: 'Hello {{creator.firstName}}', kind: 'follow_up' }, T + 1);
    expect(updated).toMatchObject({ name: 'Launch invite', kind: 'follow_up', body: 'Hello {{creator.firstName}}', createdAt: T, updatedAt: T + 1 });

    const copy = await duplicateTemplate(created.id, T + 2);
    const second = await duplicateTemplate(created.id, T + 3);
    expect(copy).toMatchObject({ name: 'Launch invite (copy)', kind: 'follow_up', body: 'Hello {{creator.firstName}}', createdAt: T + 2 });
    expect(second.name).toBe('Launch invite (copy 2)');
    expect(copy.id).not.toBe(created.id);

    await deleteTemplate(created.id);
    expect(await getTemplate(created.id)).toBeNull();
    expect((await listTemplates()).map((t) => t.name).sort()).toEqual(['Launch invite (copy 2)', 'Launch invite (copy)']);
  });

  it('refuses a template without a name or with an unknown kind, naming the field, and saves nothing', async () => {
    await expect(createTemplate({ name: ' ', kind: 'custom', subject: '', body: '' }, T)).rejects.toThrow('Name: give the template a name.');
    const t = await createTemplate({ name: 'Ok', kind: 'custom', subject: '', body: '' }, T);
    const error = await updateTemplate(t.id, { kind: 'spam', name: '' }, T + 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidFieldError);
    expect((error as InvalidFieldError).problems.map((p) => p.field)).toEqual(['name', 'kind']);
    expect(await getTemplate(t.id)).toMatchObject({ name: 'Ok', kind: 'custom', updatedAt: T });
    await expect(updateTemplate('gone', { name: 'x' }, T)).rejects.toThrow('This template no longer exists');
  });

  it('keeps a kind it does not know (from a newer version) when other fields are edited', async () => {
    await db().templates.add({ id: 'future', name: 'Future', kind: 'press_kit', subject: '', body: '', createdAt: T, updatedAt: T });
    expect(await updateTemplate('future', { name: 'Press kit' }, T + 1)).toMatchObject({ name: 'Press kit', kind: 'press_kit' });
  });

  it('lists by kind, first outreach first, then by name', async () => {
    await createTemplate({ name: 'Zed', kind: 'custom', subject: '', body: '' }, T);
    await createTemplate({ name: 'B thanks', kind: 'thank_you', subject: '', body: '' }, T);
    await createTemplate({ name: 'A thanks', kind: 'thank_you', subject: '', body: '' }, T);
    await createTemplate({ name: 'Hello', kind: 'first_outreach', subject: '', body: '' }, T);
    expect((await listTemplates()).map((t) => t.name)).toEqual(['Hello', 'A thanks', 'B thanks', 'Zed']);
  });
});
