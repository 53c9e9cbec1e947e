// Filling in an outreach template. Plain text in, plain text out: values are inserted as they are
// (a caption holding `<img onerror=…>` stays those characters), nothing is interpreted as HTML or
// as template syntax a second time. Pure.
import { variableNamed, type TemplateContext, type VariableName } from './variables';

export type TemplateField = 'subject' | 'body';

export interface TemplateText {
  subject: string;
  body: string;
}

/** A variable that comes out empty, and where the template uses it. */
export interface VariableUse {
  name: VariableName;
  where: TemplateField[];
}

export interface Rendered extends TemplateText {
  /** Variables that come out empty for this context, in the order they first appear. */
  empty: VariableUse[];
  /** Names in `{{…}}` that are not variables (typos), as written, in order. They are left in the text as written. */
  unknown: string[];
}

export type Segment = { type: 'text'; text: string } | { type: 'variable'; written: string; raw: string; name: VariableName | null };

// `{{` … `}}` with no braces inside: an unclosed `{{` is just text.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** A template's text split into plain text and `{{…}}` placeholders (known or not). */
export function parseTemplate(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ type: 'text', text: text.slice(last, match.index) });
    const written = match[1]!.trim();
    segments.push({ type: 'variable', written, raw: match[0], name: variableNamed(written)?.name ?? null });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ type: 'text', text: text.slice(last) });
  return segments;
}

/** The variables a template uses (known ones, each once). */
export function variablesUsed(template: TemplateText): VariableName[] {
  const names = new Set<VariableName>();
  for (const text of [template.subject, template.body]) {
    for (const s of parseTemplate(text)) if (s.type === 'variable' && s.name) names.add(s.name);
  }
  return [...names];
}

/** Fill in a template's subject and body for one creator, and say what would read wrong. */
export function render(template: TemplateText, context: TemplateContext): Rendered {
  const empty = new Map<VariableName, TemplateField[]>();
  const unknown = new Set<string>();
  const fill = (field: TemplateField, text: string): string =>
    parseTemplate(text)
      .map((segment) => {
        if (segment.type === 'text') return segment.text;
        if (!segment.name) {
          unknown.add(segment.written);
          return segment.raw;
        }
        const value = context[segment.name];
        if (!value) {
          const where = empty.get(segment.name) ?? [];
          if (!where.includes(field)) where.push(field);
          empty.set(segment.name, where);
        }
        return value;
      })
      .join('');
  const subject = fill('subject', template.subject).replace(/\s*[\r\n]+\s*/g, ' ');
  const body = fill('body', template.body);
  return { subject, body, empty: [...empty].map(([name, where]) => ({ name, where })), unknown: [...unknown] };
}
