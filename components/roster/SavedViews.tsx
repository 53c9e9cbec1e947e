import { useEffect, useId, useState } from 'react';
import { savedViews, type SavedView } from '@/utils/browser/roster-views-store';

/** Save the current search, filters and sort under a name; apply or delete saved ones. */
export function SavedViews({ current, onApply }: { current: Omit<SavedView, 'name'>; onApply: (view: SavedView) => void }) {
  const id = useId();
  const [views, setViews] = useState<SavedView[]>([]);
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    void savedViews.list().then(setViews);
    return savedViews.watch(setViews);
  }, []);

  const save = async () => {
    if (!name.trim()) return setMessage('Name the view first.');
    await savedViews.save({ ...current, name: name.trim() });
    setMessage(`Saved view “${name.trim()}”.`);
    setName('');
  };

  return (
    <div className="saved-views">
      <label htmlFor={`${id}-views`}>Saved views</label>
      <select
        id={`${id}-views`}
        className="input input--inline"
        value=""
        onChange={(e) => {
          const view = views.find((v) => v.name === e.target.value);
          if (view) {
            onApply(view);
            setMessage(`Showing “${view.name}”.`);
          }
        }}
      >
        <option value="">{views.length ? 'Choose a view…' : 'No saved views yet'}</option>
        {views.map((v) => (
          <option key={v.name} value={v.name}>
            {v.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-name`} className="sr-only">
        Name for this view
      </label>
      <input id={`${id}-name`} className="input input--inline" placeholder="Name this view" value={name} onChange={(e) => setName(e.target.value)} />
      <button type="button" className="button" onClick={() => void save()}>
        Save view
      </button>
      {views.length > 0 && (
        <details className="saved-views__manage">
          <summary>Manage</summary>
          <ul className="plain">
            {views.map((v) => (
              <li key={v.name}>
                {v.name}{' '}
                <button type="button" className="button button--link" onClick={() => void savedViews.remove(v.name)}>
                  Delete view {v.name}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <span role="status" className="muted">
        {message}
      </span>
    </div>
  );
}
