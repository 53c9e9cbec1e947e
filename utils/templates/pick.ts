// Which template the compose page starts with, from the address (`?template=<id or kind>`). Pure.
import type { Template } from '@/utils/model/schemas';
import { isTemplateKind, starterId, starterOf, type StarterKind, type StarterTemplate } from './starters';

export type TemplateChoice =
  | { source: 'saved'; template: Template }
  /** The user has no template of that kind any more: the starter's text, not saved. */
  | { source: 'starter'; starter: StarterTemplate };

export const DEFAULT_KIND: StarterKind = 'first_outreach';

/**
 * The template asked for: by id; or, by kind, the starter of that kind if the user still has it, else
 * their first template of that kind, else the starter's text. Without a request (or for an id that
 * no longer exists), the first outreach. `missing` says an id was asked for and not found.
 */
export function pickTemplate(templates: Template[], requested: string | undefined): { choice: TemplateChoice | null; missing: boolean } {
  const byId = requested ? templates.find((t) => t.id === requested) : undefined;
  if (byId) return { choice: { source: 'saved', template: byId }, missing: false };
  const asKind = requested && isTemplateKind(requested) ? requested : null;
  const kind = asKind ?? DEFAULT_KIND;
  const saved = (kind !== 'custom' && templates.find((t) => t.id === starterId(kind))) || templates.find((t) => t.kind === kind);
  const missing = Boolean(requested) && !asKind;
  if (saved) return { choice: { source: 'saved', template: saved }, missing };
  const starter = starterOf(kind);
  return { choice: starter ? { source: 'starter', starter } : null, missing };
}
