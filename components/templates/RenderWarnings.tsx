import type { Rendered, TemplateField } from '@/utils/templates/render';
import { placeholder, suggestVariable, variableNamed } from '@/utils/templates/variables';

const PLACES: Record<TemplateField, string> = { subject: 'the subject', body: 'the message' };

/** "Their ROI" → "their ROI": a label in the middle of a sentence. */
function inSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

function whereText(where: TemplateField[]): string {
  return where.map((w) => PLACES[w]).join(' and ');
}

/**
 * What would read wrong if the message were sent as it is: variables that come out empty for this
 * creator (with what to do about each) and names that are not variables (typos).
 */
export function RenderWarnings({ rendered, creatorName }: { rendered: Pick<Rendered, 'empty' | 'unknown'>; creatorName: string | null }) {
  const { empty, unknown } = rendered;
  if (empty.length === 0 && unknown.length === 0) {
    return creatorName ? <p className="templates-ok">Every variable has a value for {creatorName}.</p> : null;
  }
  return (
    <div className="template-warnings" role="group" aria-label="Check before sending">
      <p className="template-warnings__title">Check before sending</p>
      <ul>
        {empty.map((use) => {
          const definition = variableNamed(use.name);
          return (
            <li key={`empty-${use.name}`}>
              <code>{placeholder(use.name)}</code> ({definition ? inSentence(definition.label) : use.name}) is empty{creatorName ? ` for ${creatorName}` : ''}, in {whereText(use.where)}.{' '}
              {definition?.whenEmpty}
            </li>
          );
        })}
        {unknown.map((name) => {
          const suggestion = suggestVariable(name);
          return (
            <li key={`unknown-${name}`}>
              <code>{placeholder(name)}</code> is not a variable, so it stays as written.
              {suggestion && (
                <>
                  {' '}
                  Did you mean <code>{placeholder(suggestion)}</code>?
                </>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
