import { useId, useState } from 'react';
import { removeCreatorFromCampaign, type CampaignPerson } from '@/storage/campaigns';
import { storageErrorMessage } from '@/utils/model/errors';
import type { Campaign, CampaignCreator } from '@/utils/model/schemas';
import { MemberDeliverables } from './MemberDeliverables';
import { MemberResults } from './MemberResults';
import { currentTime } from './FormField';
import { TrackingLink } from './TrackingLink';
import { creatorHref } from '@/utils/routes';

// One creator in a campaign: fee and deliverables, their tracked link and promo code, their results.
// Each part is its own form, so saving one never discards what is being typed in another.

export function MemberCard({ campaign, member, person, landing }: { campaign: Campaign; member: CampaignCreator; person: CampaignPerson | undefined; landing: string }) {
  const id = useId();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = person?.name ?? 'A creator no longer on your roster';

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await removeCreatorFromCampaign(campaign.id, member.creatorId, currentTime());
    } catch (e) {
      setError(`Not removed: ${storageErrorMessage(e)}`);
      setBusy(false);
    }
  };

  return (
    <article className="campaign-member" aria-labelledby={`${id}-name`}>
      <header className="campaign-member__header">
        <h4 id={`${id}-name`}>
          {person?.onRoster ? <a href={creatorHref(member.creatorId)}>{name}</a> : name}
        </h4>
        {person && person.accounts.length > 0 && <span className="campaign-muted">{person.accounts.map((a) => `@${a.handle}`).join(', ')}</span>}
        {!confirming && (
          <button type="button" className="button button--link" onClick={() => setConfirming(true)}>
            Remove {name} from the campaign
          </button>
        )}
      </header>
      {confirming && (
        <div className="campaign-confirm" role="group" aria-label={`Remove ${name}?`}>
          <p>
            Remove {name} from “{campaign.name}”? Their fee, deliverables, tracked link, promo code and results in this campaign are deleted. It goes
            on their timeline.
          </p>
          <div className="campaign-actions">
            <button type="button" className="button button--primary" disabled={busy} onClick={() => void remove()}>
              Remove {name}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setConfirming(false)}>
              Keep {name}
            </button>
          </div>
        </div>
      )}
      {error && (
        <p role="alert" className="campaign-error">
          {error}
        </p>
      )}
      <MemberDeliverables campaign={campaign} member={member} name={name} />
      <TrackingLink campaign={campaign} member={member} person={person} landing={landing} />
      <MemberResults campaign={campaign} member={member} name={name} />
    </article>
  );
}
