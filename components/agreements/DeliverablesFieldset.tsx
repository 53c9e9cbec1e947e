import { DELIVERABLE_TYPES } from '@/utils/model/schemas';
import { Options } from '@/components/form/Options';
import type { DeliverableDraft } from '@/utils/agreements/draft';
import { DELIVERABLE_TYPE_LABELS, type DeliverableType } from '@/utils/agreements/labels';
import { PLATFORMS } from '@/utils/model/reading-fields';
import type { Platform } from '@/utils/model/reading';
import { platformName } from '@/utils/format';
import { TextField, type Edit, type FieldKit } from './field-kit';

// What the creator makes: one row per kind of deliverable, with where, how many and by when.

export function DeliverablesFieldset({ rows, edit, kit, newId }: { rows: DeliverableDraft[]; edit: Edit; kit: FieldKit; newId: () => string }) {
  const change = (index: number, patch: Partial<DeliverableDraft>) =>
    edit((d) => ({ deliverables: d.deliverables.map((row, i) => (i === index ? { ...row, ...patch } : row)) }));
  const add = () =>
    edit((d) => ({ deliverables: [...d.deliverables, { id: newId(), type: 'post', platform: d.deliverables.at(-1)?.platform ?? '', count: '1', dueDate: '', notes: '' }] }));
  const remove = (index: number) => edit((d) => ({ deliverables: d.deliverables.filter((_, i) => i !== index) }));

  return (
    <fieldset className="agreement-form__group">
      <legend>Deliverables</legend>
      {rows.length === 0 && <p className="form-field__hint">No deliverables yet: add what the creator will publish, where and by when.</p>}
      {rows.map((row, i) => {
        const name = `Deliverable ${i + 1}`;
        const field = (key: string) => `deliverables.${i}.${key}`;
        return (
          <fieldset key={row.id} className="agreement-form__row">
            <legend>{name}</legend>
            <div className="form-field">
              <label htmlFor={kit.id(field('type'))}>Type</label>
              <select id={kit.id(field('type'))} className="input" value={row.type} onChange={(e) => change(i, { type: e.target.value as DeliverableType })}>
                <Options values={DELIVERABLE_TYPES} label={(type) => DELIVERABLE_TYPE_LABELS[type]} />
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={kit.id(field('platform'))}>Platform</label>
              <select id={kit.id(field('platform'))} className="input" value={row.platform} onChange={(e) => change(i, { platform: e.target.value as Platform | '' })}>
                <option value="">Any</option>
                <Options values={PLATFORMS} label={(platform) => platformName(platform)} />
              </select>
            </div>
            <TextField kit={kit} field={field('count')} label="Count" type="number" value={row.count} onChange={(count) => change(i, { count })} />
            <TextField kit={kit} field={field('dueDate')} label="Due date" type="date" value={row.dueDate} onChange={(dueDate) => change(i, { dueDate })} />
            <TextField kit={kit} field={field('notes')} label="Notes" value={row.notes} placeholder="Talking points, link, hashtag…" onChange={(notes) => change(i, { notes })} wide />
            <p className="agreement-form__row-actions">
              <button type="button" className="button button--link" onClick={() => remove(i)}>
                Remove {name.toLowerCase()}
              </button>
            </p>
          </fieldset>
        );
      })}
      {kit.error('deliverables')}
      <p>
        <button type="button" className="button" onClick={add}>
          Add a deliverable
        </button>
      </p>
    </fieldset>
  );
}
