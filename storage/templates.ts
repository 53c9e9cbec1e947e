import { browser } from 'wxt/browser';
import { isTemplateKind, STARTER_TEMPLATES, starterId, TEMPLATE_KINDS, type StarterKind, type StarterTemplate } from '@/utils/templates/starters';
import { InvalidFieldError, type FieldProblem } from '@/utils/model/errors';
import { database } from './db';
import { newId } from '@/utils/model/ids';
import { TemplateSchema, type Template } from '@/utils/model/schemas';

// Outreach templates: the starters, seeded on first use, and the user's own. Starters have stable
// ids (`starter-first_outreach`…), so seeding twice, or from two pages at once, never makes two, and
// one that was deleted can be added back.

/** Set once the starters have been offered, so deleting them all does not bring them back unasked. */
const STARTERS_SEEDED_KEY = 'templates.startersSeeded.v1';

export interface TemplateInput {
  name: string;
  kind: string;
  subject: string;
  body: string;
}

const KIND_ORDER = new Map<string, number>(TEMPLATE_KINDS.map((k, i) => [k, i]));

/** Templates in the order the list shows them: by kind (first outreach first), then by name. */
export function sortTemplates(templates: Template[]): Template[] {
  const rank = (t: Template) => KIND_ORDER.get(t.kind) ?? TEMPLATE_KINDS.length;
  return [...templates].sort((a, b) => rank(a) - rank(b) || a.name.localeCompare(b.name) || a.createdAt - b.createdAt);
}

export async function listTemplates(): Promise<Template[]> {
  return sortTemplates(await database().templates.toArray());
}

export async function getTemplate(id: string): Promise<Template | null> {
  return (await database().templates.get(id)) ?? null;
}

/** What is wrong with a template as typed, one sentence per field; empty when it can be saved. */
export function templateProblems(input: TemplateInput, savedKind?: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.name.trim()) problems.push({ field: 'name', message: 'Name: give the template a name.' });
  else if (input.name.trim().length > 200) problems.push({ field: 'name', message: 'Name: at most 200 characters.' });
  // A kind from a newer version (or a backup) may stay as it is; a new choice must be one of ours.
  if (!isTemplateKind(input.kind) && input.kind !== savedKind) problems.push({ field: 'kind', message: 'Kind: choose one of the kinds in the list.' });
  if (input.subject.length > 500) problems.push({ field: 'subject', message: 'Subject: at most 500 characters.' });
  if (input.body.length > 20_000) problems.push({ field: 'body', message: 'Message: at most 20,000 characters.' });
  return problems;
}

function checked(input: TemplateInput, savedKind?: string): TemplateInput {
  const problems = templateProblems(input, savedKind);
  if (problems.length > 0) throw new InvalidFieldError(problems);
  return { name: input.name.trim(), kind: input.kind, subject: input.subject, body: input.body };
}

export async function createTemplate(input: TemplateInput, now: number): Promise<Template> {
  const template = TemplateSchema.parse({ id: newId(), ...checked(input), createdAt: now, updatedAt: now } satisfies Template);
  await database().templates.add(template);
  return template;
}

/** Save edits to a template. Throws InvalidFieldError (naming the field) when they cannot be saved. */
export async function updateTemplate(id: string, patch: Partial<TemplateInput>, now: number): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const template = await db.templates.get(id);
    if (!template) throw new Error('This template no longer exists: it may have been deleted in another tab.');
    const next = TemplateSchema.parse({ ...template, ...checked({ ...template, ...patch }, template.kind), updatedAt: now });
    await db.templates.put(next);
    return next;
  });
}

/** A copy of a template, named "… (copy)", to change without touching the original. */
export async function duplicateTemplate(id: string, now: number): Promise<Template> {
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const template = await db.templates.get(id);
    if (!template) throw new Error('This template no longer exists: it may have been deleted in another tab.');
    const names = new Set((await db.templates.toArray()).map((t) => t.name));
    const base = `${template.name} (copy)`.slice(0, 200);
    let name = base;
    for (let n = 2; names.has(name); n++) name = `${template.name} (copy ${n})`.slice(0, 200);
    const copy = TemplateSchema.parse({ ...template, id: newId(), name, createdAt: now, updatedAt: now });
    await db.templates.add(copy);
    return copy;
  });
}

export async function deleteTemplate(id: string): Promise<void> {
  await database().templates.delete(id);
}

function starterRecord(starter: StarterTemplate, now: number): Template {
  return TemplateSchema.parse({ id: starterId(starter.kind), name: starter.name, kind: starter.kind, subject: starter.subject, body: starter.body, createdAt: now, updatedAt: now } satisfies Template);
}

/**
 * Seed the starter templates the first time templates are used: only when the user has none (a
 * restored backup keeps its own) and never again after that. Returns how many were added.
 */
export async function ensureStarterTemplates(now: number): Promise<number> {
  if ((await browser.storage.local.get(STARTERS_SEEDED_KEY))[STARTERS_SEEDED_KEY] === true) return 0;
  const db = database();
  const added = await db.transaction('rw', db.templates, async () => {
    if ((await db.templates.count()) > 0) return 0;
    await db.templates.bulkAdd(STARTER_TEMPLATES.map((s) => starterRecord(s, now)));
    return STARTER_TEMPLATES.length;
  });
  await browser.storage.local.set({ [STARTERS_SEEDED_KEY]: true });
  return added;
}

/** Starters the user no longer has (deleted), which can be added back. */
export function missingStarters(templates: Template[]): StarterTemplate[] {
  const ids = new Set(templates.map((t) => t.id));
  return STARTER_TEMPLATES.filter((s) => !ids.has(starterId(s.kind)));
}

/** Add a starter back, as it first was. If the user still has it, it is returned unchanged. */
export async function addStarterTemplate(kind: StarterKind, now: number): Promise<Template> {
  const starter = STARTER_TEMPLATES.find((s) => s.kind === kind);
  if (!starter) throw new Error('There is no starter template of this kind.');
  const db = database();
  return db.transaction('rw', db.templates, async () => {
    const existing = await db.templates.get(starterId(kind));
    if (existing) return existing;
    const record = starterRecord(starter, now);
    await db.templates.add(record);
    return record;
  });
}
