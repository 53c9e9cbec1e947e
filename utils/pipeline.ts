/** Pipeline stages, in order (DESIGN.md). Ambassador is a flag on top, not a stage. */
export const DEFAULT_STAGES = [
  'prospect',
  'shortlisted',
  'contacted',
  'replied',
  'negotiating',
  'contracted',
  'content_in_progress',
  'published',
  'paid',
  'nurturing',
  'declined',
  'archived',
] as const;
