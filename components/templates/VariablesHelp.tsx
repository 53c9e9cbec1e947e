import { useId } from 'react';
import { placeholder, VARIABLES, type VariableGroup } from '@/utils/templates/variables';

const GROUP_LABELS: Record<VariableGroup, string> = {
  creator: 'The creator',
  account: 'Their account',
  post: 'Their most recent post',
  brand: 'Your brand',
  sender: 'You',
  campaign: 'The campaign',
  results: 'Their results in the campaign',
  today: 'Date',
};

/** Every variable, with what it stands for; choosing one inserts it where the cursor was. */
export function VariablesHelp({ onInsert }: { onInsert: (token: string) => void }) {
  const id = useId();
  const groups = [...new Set(VARIABLES.map((v) => v.group))];
  return (
    <section className="templates-variables" aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>Variables</h4>
      <p className="templates-hint">Choose one to insert it where the cursor is in the subject or the message.</p>
      {groups.map((group) => (
        <div key={group} className="templates-variables__group">
          <p className="templates-variables__group-name" id={`${id}-${group}`}>
            {GROUP_LABELS[group]}
          </p>
          <ul aria-labelledby={`${id}-${group}`}>
            {VARIABLES.filter((v) => v.group === group).map((v) => (
              <li key={v.name}>
                <button type="button" className="templates-variable" aria-label={`Insert ${placeholder(v.name)}: ${v.label}`} onClick={() => onInsert(placeholder(v.name))}>
                  <code>{placeholder(v.name)}</code>
                </button>{' '}
                <span className="templates-muted">
                  {v.label}, e.g. “{v.example}”
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
