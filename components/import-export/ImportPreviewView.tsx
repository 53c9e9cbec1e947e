import { useId, type ReactNode } from 'react';
import { fieldLabel } from '@/utils/csv/fields';
import type { ImportPreview } from '@/utils/csv/preview';
import { creatorHref } from '@/utils/routes';

/** Lists longer than this show their first items and say how many more there are. */
const SHOWN = 100;

function lines(list: number[]): string {
  return list.length === 1 ? `line ${list[0]}` : `lines ${list.join(', ')}`;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

function PreviewList<T>({ title, items, empty, render }: { title: string; items: readonly T[]; empty: string; render: (item: T, index: number) => ReactNode }) {
  const id = useId();
  return (
    <section className="preview-list" aria-labelledby={id}>
      <h4 id={id}>
        {title} ({items.length.toLocaleString('en-US')})
      </h4>
      {items.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul>
          {items.slice(0, SHOWN).map(render)}
          {items.length > SHOWN && <li className="muted">…and {(items.length - SHOWN).toLocaleString('en-US')} more.</li>}
        </ul>
      )}
    </section>
  );
}

/** What an import would do: new creators, changes to saved ones, rejected rows and duplicates. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const rejectedRows = new Set(preview.rejected.map((r) => r.line)).size;
  return (
    <div className="import-preview">
      <p data-testid="preview-summary">
        {plural(preview.rowCount, 'row')} read: {plural(preview.newCreators.length, 'new creator')}, {plural(preview.updated.length, 'creator')} to update
        {preview.unchanged.length > 0 && `, ${plural(preview.unchanged.length, 'creator')} already up to date`}, {plural(rejectedRows, 'rejected row')},{' '}
        {plural(preview.duplicates.length, 'duplicate')}.
      </p>
      <PreviewList
        title="Rejected"
        items={preview.rejected}
        empty="No row is rejected."
        render={(r, i) => (
          <li key={i}>
            <strong>
              Line {r.line}, {fieldLabel(r.field)}:
            </strong>{' '}
            {r.reason}
          </li>
        )}
      />
      <PreviewList
        title="New creators"
        items={preview.newCreators}
        empty="No new creator."
        render={(c) => (
          <li key={c.lines.join('-')}>
            <strong>{c.name}</strong> — {c.accounts.join(', ')} <span className="muted">({lines(c.lines)})</span>
          </li>
        )}
      />
      <PreviewList
        title="Updated"
        items={preview.updated}
        empty="No saved creator changes."
        render={(u) => (
          <li key={u.creatorId}>
            <a href={creatorHref(u.creatorId)}>{u.name}</a> <span className="muted">({lines(u.lines)})</span>
            <ul>
              {u.changes.map((c, i) => (
                <li key={i}>
                  {c.field}: {c.change}
                </li>
              ))}
            </ul>
          </li>
        )}
      />
      <PreviewList
        title="Duplicates"
        items={preview.duplicates}
        empty="No account appears twice."
        render={(d, i) => (
          <li key={i}>
            Line {d.line} is the same account as line {d.sameAs} ({d.account}): merged into it.
          </li>
        )}
      />
    </div>
  );
}
