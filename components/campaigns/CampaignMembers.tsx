import { useId, useState } from 'react';
import { ErrorNotice, SavedNotice } from '@/components/form/FormNotice';
import { useRosterSearch } from '@/components/app/useRosterSearch';
import { addCreatorToCampaign, setCampaignLandingUrl, type CampaignPerson } from '@/storage/campaigns';
import { searchRoster } from '@/storage/creators';
import { type RosterMatch } from '@/utils/model/views';
import { InvalidFieldError, storageErrorMessage } from '@/utils/model/errors';
import type { Campaign } from '@/utils/model/schemas';
import { statusLabel } from '@/utils/format';
import { currentTime } from './FormField';
import { MemberCard } from './MemberCard';

// The creators in a campaign, and adding more from the roster.

/** The landing page, saved with the campaign when the field is left (blur) or Enter is pressed. */
function useLandingPage(campaign: Campaign): { value: string; set: (value: string) => void; save: () => void; error: string | null } {
  const [value, setValue] = useState(campaign.landingUrl);
  const [error, setError] = useState<string | null>(null);
  const save = () => {
    if (value.trim() === campaign.landingUrl || `https://${value.trim()}` === campaign.landingUrl) return;
    setError(null);
    setCampaignLandingUrl(campaign.id, value, currentTime()).catch((e: unknown) =>
      setError(e instanceof InvalidFieldError ? 'Enter a full web address, such as https://example.com/spring.' : storageErrorMessage(e)),
    );
  };
  return { value, set: setValue, save, error };
}

const searchTen = (query: string) => searchRoster(query, 10);

function AddCreator({ campaign }: { campaign: Campaign }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const matches = useRosterSearch(query, searchTen);
  const members = new Set(campaign.creators.map((m) => m.creatorId));

  const add = async (match: RosterMatch) => {
    setBusy(true);
    setMessage(null);
    try {
      await addCreatorToCampaign(campaign.id, match.creatorId, currentTime());
      setQuery('');
      setMessage({ tone: 'ok', text: `Added ${match.displayName}. Set their fee, deliverables and promo code below.` });
    } catch (error) {
      setMessage({ tone: 'error', text: `Not added: ${storageErrorMessage(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="campaign-add">
      <label htmlFor={`${id}-search`}>Add a creator from your roster</label>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        placeholder="Name or @handle"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setMessage(null);
        }}
      />
      {matches?.length === 0 && <p role="status">No creator on your roster matches “{query.trim()}”.</p>}
      {matches && matches.length > 0 && (
        <ul className="campaign-add__results" aria-label="Matching creators">
          {matches.map((m) => (
            <li key={m.creatorId}>
              {members.has(m.creatorId) ? (
                <span>
                  {m.displayName} <span className="campaign-muted">(already in this campaign)</span>
                </span>
              ) : (
                <button type="button" className="button button--link" disabled={busy} onClick={() => void add(m)}>
                  Add {m.displayName}
                </button>
              )}{' '}
              <span className="campaign-muted">
                {m.handles.map((h) => `@${h}`).join(', ')} · {statusLabel(m.status)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <SavedNotice notice={message} />
      <ErrorNotice notice={message} />
    </div>
  );
}

export function CampaignMembers({ campaign, people }: { campaign: Campaign; people: Record<string, CampaignPerson> }) {
  const id = useId();
  const landing = useLandingPage(campaign);
  return (
    <section className="campaign-section" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Creators</h3>
      <AddCreator campaign={campaign} />
      {campaign.creators.length === 0 ? (
        <p className="campaign-empty">No creators in this campaign yet.</p>
      ) : (
        <>
          <div className="campaign-field">
            <label htmlFor={`${id}-landing`}>Landing page for tracked links</label>
            <input
              id={`${id}-landing`}
              type="url"
              autoComplete="off"
              placeholder="e.g. https://example.com/spring"
              aria-describedby={`${id}-landing-hint${landing.error ? ` ${id}-landing-error` : ''}`}
              aria-invalid={landing.error ? true : undefined}
              value={landing.value}
              onChange={(e) => landing.set(e.target.value)}
              onBlur={landing.save}
              onKeyDown={(e) => e.key === 'Enter' && landing.save()}
            />
            {landing.error && (
              <p id={`${id}-landing-error`} className="campaign-error">
                {landing.error}
              </p>
            )}
            <p id={`${id}-landing-hint`} className="campaign-hint">
              The brand’s page the creators link to. Each creator’s link adds their own UTM parameters, so your analytics can tell their visits apart.
            </p>
          </div>
          <ul className="campaign-members">
            {campaign.creators.map((member) => (
              <li key={member.creatorId}>
                <MemberCard campaign={campaign} member={member} person={people[member.creatorId]} landing={landing.value} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
