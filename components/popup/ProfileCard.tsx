import type { Extraction } from '@/utils/model/reading';
import { textValue } from '@/utils/model/reading-fields';
import { platformName, statusLabel } from '@/utils/format';
import { profileCountRows } from '@/utils/profile-counts';
import type { ProfileStatus } from '@/utils/browser/messaging';
import { CountStat } from '../CountStat';
import { contactLine, ownerLine } from '@/utils/team';
import type { TeamSeen } from '@/utils/model/views';
import { EngagementSection, FitSection, GrowthLine, SignalsSection, TierLine } from './ScoreSections';
import { ViewRateSection } from './ViewRateSection';

/** What the page did not show, and why: partial data is shown as partial. */
function MissingList({ reading }: { reading: Extraction }) {
  const missing = [
    ...profileCountRows(reading).flatMap(([label, field]) => ('missing' in field ? [[label, field.missing] as const] : [])),
    ...(['displayName', 'bio'] as const).flatMap((key) => {
      const field = reading[key];
      return 'missing' in field ? [[key === 'bio' ? 'Bio' : 'Name', field.missing] as const] : [];
    }),
  ];
  if (missing.length === 0) return null;
  return (
    <section className="missing" aria-labelledby="missing-heading">
      <h2 id="missing-heading" className="section__title">
        Not shown on this page
      </h2>
      <ul className="plain">
        {missing.map(([label, reason]) => (
          <li key={label}>
            <strong>{label}:</strong> {reason}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** In a team: who looks after the creator and who on the team contacted them last. */
export function TeamLines({ team }: { team: TeamSeen }) {
  const contact = contactLine(team);
  return (
    <ul className="plain team-lines" aria-label="Your team">
      <li>{ownerLine(team)}</li>
      {contact && <li>{contact}</li>}
    </ul>
  );
}

interface ProfileCardProps {
  reading: Extraction;
  status: ProfileStatus | null;
  statusError: string | null;
  onSetBrandProfile: () => void;
}

export function ProfileCard({ reading, status, statusError, onSetBrandProfile }: ProfileCardProps) {
  const name = textValue(reading.displayName);
  const bio = textValue(reading.bio);
  const saved = status?.state.saved ? status.state : null;
  return (
    <article className="profile" aria-labelledby="profile-name" data-scored={status ? 'true' : 'false'}>
      <header>
        <h1 id="profile-name" className="profile__name">
          {name ?? `@${reading.handle}`}
          {reading.verified && (
            <span className="verified" title="Verified account">
              <span aria-hidden="true"> ✓</span>
              <span className="sr-only"> (verified)</span>
            </span>
          )}
        </h1>
        <p className="profile__handle">
          @{reading.handle} · {platformName(reading.platform)}
          {saved && <span className="chip chip--saved">Saved · {statusLabel(saved.creator.status)}</span>}
        </p>
      </header>
      {saved?.team && <TeamLines team={saved.team} />}
      {bio && <p className="profile__bio">{bio}</p>}
      <dl className="stats">
        {profileCountRows(reading).map(([label, field]) => (
          <CountStat key={label} label={label} field={field} />
        ))}
      </dl>
      {status && <GrowthLine growth={status.score.growth} platform={reading.platform} />}
      {status && <TierLine score={status.score} />}
      {!status && !statusError && (
        <p className="muted" role="status">
          Scoring…
        </p>
      )}
      {statusError && (
        <p className="error" role="alert">
          Scores unavailable: {statusError}
        </p>
      )}
      {status && <EngagementSection score={status.score} />}
      {status && <ViewRateSection viewRate={status.score.viewRate} platform={reading.platform} />}
      {status && <FitSection fit={status.score.fit} onSetBrandProfile={onSetBrandProfile} />}
      {status && <SignalsSection signals={status.score.signals} />}
      <MissingList reading={reading} />
    </article>
  );
}
