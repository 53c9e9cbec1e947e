import { useId } from 'react';
import type { Platform } from '@/utils/model/reading';
import { PLATFORMS } from '@/utils/model/reading-fields';
import { platformName, statusLabel } from '@/utils/format';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import type { OwnerFilter, RosterFilters } from '@/utils/roster-filters';
import { sameMember } from '@/utils/team';
import { tierLabel } from '@/utils/scoring/tier';
import { TIERS, type Tier } from '@/utils/model/tiers';

function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

function numberOrNull(text: string, scale = 1): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n / scale : null;
}

function Checks<T extends string>({ legend, options, label, selected, onChange }: { legend: string; options: readonly T[]; label: (o: T) => string; selected: T[]; onChange: (next: T[]) => void }) {
  return (
    <fieldset className="filter-group">
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o} className="settings-check">
          <input type="checkbox" checked={selected.includes(o)} onChange={(e) => onChange(toggle(selected, o, e.target.checked))} />
          {label(o)}
        </label>
      ))}
    </fieldset>
  );
}

/** An owner filter as a <select> value: "", "mine", "unowned" or "member:<name>". */
function ownerValue(filter: OwnerFilter | undefined): string {
  if (!filter) return '';
  return filter.kind === 'member' ? `member:${filter.name}` : filter.kind;
}

function ownerFilterOf(value: string): OwnerFilter {
  if (value === 'mine' || value === 'unowned') return { kind: value };
  if (value.startsWith('member:')) return { kind: 'member', name: value.slice('member:'.length) };
  return null;
}

/** In a team: whose creators to show. */
function OwnerSelect({ id, filter, team, onChange }: { id: string; filter: OwnerFilter | undefined; team: TeamChoices; onChange: (next: OwnerFilter) => void }) {
  const others = team.teammates.filter((name) => !sameMember(name, team.actor));
  return (
    <div className="filter-group">
      <label htmlFor={`${id}-owner`}>Owner</label>{' '}
      <select id={`${id}-owner`} className="input" value={ownerValue(filter)} onChange={(e) => onChange(ownerFilterOf(e.target.value))}>
        <option value="">Everyone’s</option>
        <option value="mine">Mine</option>
        <option value="unowned">Unowned</option>
        {others.map((name) => (
          <option key={name} value={`member:${name}`}>
            {name}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The user's team name and their teammates; absent when they are in no team (then no owner filter). */
export interface TeamChoices {
  actor: string;
  teammates: string[];
}

/** Every filter of the roster, each labelled; ranges accept an empty bound (no limit). */
export function RosterFiltersPanel({ filters, tags, onChange, team }: { filters: RosterFilters; tags: string[]; onChange: (next: RosterFilters) => void; team?: TeamChoices }) {
  const id = useId();
  const set = (patch: Partial<RosterFilters>) => onChange({ ...filters, ...patch });
  const range = (label: string, key: 'fit' | 'engagement', scale: number, unit: string) => {
    const min = key === 'fit' ? filters.fitMin : filters.engagementMin;
    const max = key === 'fit' ? filters.fitMax : filters.engagementMax;
    const show = (v: number | null) => (v === null ? '' : String(Math.round(v * scale * 100) / 100));
    return (
      <fieldset className="filter-group">
        <legend>{label}</legend>
        <label htmlFor={`${id}-${key}-min`}>From</label>
        <input
          id={`${id}-${key}-min`}
          className="input input--small"
          type="number"
          min={0}
          step="any"
          value={show(min)}
          onChange={(e) => set(key === 'fit' ? { fitMin: numberOrNull(e.target.value) } : { engagementMin: numberOrNull(e.target.value, scale) })}
        />
        <label htmlFor={`${id}-${key}-max`}>to</label>
        <input
          id={`${id}-${key}-max`}
          className="input input--small"
          type="number"
          min={0}
          step="any"
          value={show(max)}
          onChange={(e) => set(key === 'fit' ? { fitMax: numberOrNull(e.target.value) } : { engagementMax: numberOrNull(e.target.value, scale) })}
        />
        <span className="muted">{unit}</span>
      </fieldset>
    );
  };
  return (
    <div className="filters">
      {team && <OwnerSelect id={id} filter={filters.owner} team={team} onChange={(owner) => set({ owner })} />}
      <Checks<Platform> legend="Platform" options={PLATFORMS} label={platformName} selected={filters.platforms} onChange={(platforms) => set({ platforms })} />
      <Checks<Tier> legend="Tier" options={TIERS} label={tierLabel} selected={filters.tiers} onChange={(tiers) => set({ tiers })} />
      <Checks<string> legend="Stage" options={DEFAULT_STAGES} label={statusLabel} selected={filters.statuses} onChange={(statuses) => set({ statuses })} />
      {tags.length > 0 && <Checks<string> legend="Tags" options={tags} label={(t) => t} selected={filters.tags} onChange={(next) => set({ tags: next })} />}
      {range('Fit', 'fit', 1, 'of 100')}
      {range('Engagement', 'engagement', 100, '%')}
      <label className="settings-check">
        <input type="checkbox" checked={filters.toVetOnly} onChange={(e) => set({ toVetOnly: e.target.checked })} />
        Only creators to vet
      </label>
    </div>
  );
}
