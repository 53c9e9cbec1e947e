// How records written by older versions of the database get the fields of newer ones. Used only by
// the upgrades in db.ts; each keeps everything the old record said.
import { emptyAgreementTerms, newCampaignCreator, REMINDER_DEFAULTS } from './defaults';
import { CAMPAIGN_GOALS, REMINDER_KINDS } from './schemas';

type Loose = Record<string, unknown>;

const isLoose = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);
const numberOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null);

/** Version 4: reminders have a kind from a fixed list, notes, a source, and notified/completed times. */
export function upgradeReminder(r: Loose): void {
  if (!(REMINDER_KINDS as readonly unknown[]).includes(r.kind)) r.kind = 'custom';
  r.notes ??= REMINDER_DEFAULTS.notes;
  r.source ??= { ...REMINDER_DEFAULTS.source };
  r.notifiedAt ??= null;
  r.completedAt ??= r.status === 'done' && typeof r.updatedAt === 'number' ? r.updatedAt : null;
}

/** Version 4: an agreement's free-form terms become structured; what does not fit is kept in notes. */
export function upgradeTerms(old: unknown): ReturnType<typeof emptyAgreementTerms> {
  const terms = isLoose(old) ? old : {};
  const currency = typeof terms.currency === 'string' && /^[A-Z]{3}$/.test(terms.currency) ? terms.currency : 'EUR';
  const { fee, currency: _currency, ...rest } = terms;
  const upgraded = { ...emptyAgreementTerms(currency), fee: numberOrNull(fee) };
  if (Object.keys(rest).length > 0) upgraded.notes = `From an earlier version of this agreement: ${JSON.stringify(rest)}`.slice(0, 20_000);
  return upgraded;
}

/** Version 4: campaigns have one goal from a fixed list, a brief, and full records for their creators. */
export function upgradeCampaign(k: Loose): void {
  const createdAt = typeof k.createdAt === 'number' ? k.createdAt : 0;
  const goal = typeof k.goal === 'string' ? k.goal : '';
  const known = (CAMPAIGN_GOALS as readonly string[]).includes(goal);
  k.goal = known ? goal : 'awareness';
  k.brief ??= { deliverables: '', hashtags: [], disclosures: '', deadlines: '', dos: known || !goal ? '' : `Goal (from an earlier version): ${goal}`, donts: '' };
  const members = Array.isArray(k.creators) ? k.creators.filter(isLoose) : [];
  k.creators = members
    .filter((m) => typeof m.creatorId === 'string')
    .map((m) =>
      newCampaignCreator(m.creatorId as string, createdAt, {
        fee: numberOrNull(m.fee),
        promoCode: typeof m.promoCode === 'string' ? m.promoCode.slice(0, 60) : '',
      }),
    );
}
