import { useId, useState } from 'react';
import { CreatorSearchSelect } from '@/components/app/CreatorSearchSelect';
import { useCreatorDetail } from '@/components/data/creator-detail';
import type { RosterMatch } from '@/utils/model/views';
import type { SenderDetails } from '@/utils/model/sender';
import { buildContext } from '@/utils/templates/context';
import { render, type Rendered, type TemplateText } from '@/utils/templates/render';
import { EXAMPLE_CONTEXT } from '@/utils/templates/variables';
import { ContextPickers, effectiveAccountId, effectiveCampaignId } from './ContextPickers';
import { RenderWarnings } from './RenderWarnings';

function RenderedMessage({ rendered, label }: { rendered: Rendered; label: string }) {
  return (
    <figure className="templates-message" aria-label={label}>
      <p className="templates-message__subject">
        <span className="templates-muted">Subject: </span>
        {rendered.subject || <em className="templates-muted">(no subject)</em>}
      </p>
      <div className="templates-message__body">{rendered.body}</div>
    </figure>
  );
}

function CreatorPreview({ creatorId, template, sender, now }: { creatorId: string; template: TemplateText; sender: SenderDetails; now: number }) {
  const detail = useCreatorDetail(creatorId);
  const [accountChoice, setAccountChoice] = useState<string | null>(null);
  const [campaignChoice, setCampaignChoice] = useState<string | null | undefined>(undefined);
  if (detail === undefined) return <p role="status">Loading the creator…</p>;
  if (detail === null) return <p role="alert">This creator is no longer on your roster.</p>;
  const accountId = effectiveAccountId(detail, accountChoice);
  const campaignId = effectiveCampaignId(detail, campaignChoice);
  const rendered = render(template, buildContext(detail, { sender, now, accountId, campaignId }));
  const name = detail.creator.displayName;
  return (
    <>
      <ContextPickers detail={detail} accountId={accountId} campaignId={campaignId} onAccount={setAccountChoice} onCampaign={setCampaignChoice} />
      <RenderWarnings rendered={rendered} creatorName={name} />
      <RenderedMessage rendered={rendered} label={`Message to ${name}`} />
    </>
  );
}

/** The template being edited, filled in for a creator the user picks (or with example values until then). */
export function TemplatePreview({ template, sender, now }: { template: TemplateText; sender: SenderDetails; now: number }) {
  const id = useId();
  const [creator, setCreator] = useState<RosterMatch | null>(null);
  return (
    <section className="templates-section templates-preview" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Preview</h3>
      <CreatorSearchSelect label="Preview for" selected={creator} onSelect={setCreator} />
      {creator ? (
        <CreatorPreview key={creator.creatorId} creatorId={creator.creatorId} template={template} sender={sender} now={now} />
      ) : (
        <>
          <p className="templates-hint">With example values. Pick a creator from your roster to see their message and what would be missing.</p>
          <RenderWarnings rendered={render(template, EXAMPLE_CONTEXT)} creatorName={null} />
          <RenderedMessage rendered={render(template, EXAMPLE_CONTEXT)} label="Message with example values" />
        </>
      )}
    </section>
  );
}
