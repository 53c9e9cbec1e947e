import { useId } from 'react';
import type { CreatorDetail } from '@/utils/model/views';
import { platformName } from '@/utils/format';
import { primaryAccount } from '@/utils/templates/context';

/** The campaign a message is about: the one chosen (null for none, or one they are not in), else their most recent. */
export function effectiveCampaignId(detail: CreatorDetail, chosen: string | null | undefined): string | null {
  if (chosen !== undefined) return chosen && detail.campaigns.some((c) => c.id === chosen) ? chosen : null;
  return detail.campaigns[0]?.id ?? null;
}

export function effectiveAccountId(detail: CreatorDetail, chosen: string | null): string | null {
  if (chosen && detail.accounts.some((a) => a.account.id === chosen)) return chosen;
  return primaryAccount(detail.accounts)?.account.id ?? null;
}

interface Props {
  detail: CreatorDetail;
  accountId: string | null;
  campaignId: string | null;
  onAccount: (id: string) => void;
  onCampaign: (id: string | null) => void;
}

/** Which of the creator's accounts and campaigns fill in `account.*`, `campaign.*` and `results.*`. */
export function ContextPickers({ detail, accountId, campaignId, onAccount, onCampaign }: Props) {
  const id = useId();
  return (
    <div className="templates-pickers">
      {detail.accounts.length > 1 && (
        <div className="templates-field">
          <label htmlFor={`${id}-account`}>Account</label>
          <select id={`${id}-account`} className="input" value={accountId ?? ''} onChange={(e) => onAccount(e.target.value)}>
            {detail.accounts.map(({ account }) => (
              <option key={account.id} value={account.id}>
                @{account.handle} ({platformName(account.platform)})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="templates-field">
        <label htmlFor={`${id}-campaign`}>Campaign</label>
        <select id={`${id}-campaign`} className="input" value={campaignId ?? ''} onChange={(e) => onCampaign(e.target.value || null)}>
          <option value="">No campaign</option>
          {detail.campaigns.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        {detail.campaigns.length === 0 && <p className="templates-hint">{detail.creator.displayName} is not in any campaign yet.</p>}
      </div>
    </div>
  );
}
