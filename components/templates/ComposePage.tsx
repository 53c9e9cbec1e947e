import { useEffect, useId, useState } from 'react';
import { type CreatorDetail } from '@/utils/model/views';
import { useCreatorDetail } from '@/components/data/creator-detail';
import { storageErrorMessage } from '@/utils/model/errors';
import { logOutreach, type OutreachChannel } from '@/storage/outreach';
import type { Template } from '@/utils/model/schemas';
import { ensureStarterTemplates } from '@/storage/templates';
import { useTemplates } from '@/components/data/templates';
import type { SenderDetails } from '@/utils/model/sender';
import { buildContext } from '@/utils/templates/context';
import { pickTemplate } from '@/utils/templates/pick';
import { render, type TemplateText } from '@/utils/templates/render';
import { kindLabel, starterOf } from '@/utils/templates/starters';
import { ContextPickers, effectiveAccountId, effectiveCampaignId } from './ContextPickers';
import { FollowUpOffer } from './FollowUpOffer';
import { BEFORE_CONTACT, StageOffer } from './StageOffer';
import { RenderWarnings } from './RenderWarnings';
import { SendActions } from './SendActions';
import { useSenderDetails } from './SenderDetailsForm';
import './templates.css';
import { creatorHref } from '@/utils/routes';

// Writing to one creator (`#/compose/<creatorId>?template=…&campaign=…`): a template filled in for
// them, editable before sending, what would read wrong, and three ways to send. Each send goes on
// their timeline and offers a follow-up reminder.

export interface ComposePageProps {
  /** The creator to write to, from `#/compose/<creatorId>`. */
  creatorId: string;
  /** `?template=`: a template id, or a kind such as `follow_up` (its starter); the first outreach by default. */
  template?: string;
  /** `?campaign=`: the campaign for `campaign.*` and `results.*`; by default their most recent campaign. */
  campaignId?: string;
}

const STARTER_PREFIX = 'starter:';

interface Current {
  /** The select's value: a template id, or `starter:<kind>` for a starter that is not saved. */
  value: string;
  templateId: string | null;
  text: TemplateText;
}

function currentOf(templates: Template[], chosen: string | null, requested: string | undefined): Current | null {
  const saved = chosen ? templates.find((t) => t.id === chosen) : undefined;
  if (saved) return { value: saved.id, templateId: saved.id, text: saved };
  const starter = chosen?.startsWith(STARTER_PREFIX) ? starterOf(chosen.slice(STARTER_PREFIX.length)) : null;
  if (starter) return { value: `${STARTER_PREFIX}${starter.kind}`, templateId: null, text: starter };
  const { choice } = pickTemplate(templates, requested);
  if (!choice) return null;
  return choice.source === 'saved'
    ? { value: choice.template.id, templateId: choice.template.id, text: choice.template }
    : { value: `${STARTER_PREFIX}${choice.starter.kind}`, templateId: null, text: choice.starter };
}

function Composer({ detail, templates, sender, requested, campaign }: { detail: CreatorDetail; templates: Template[]; sender: SenderDetails; requested?: string; campaign?: string }) {
  const id = useId();
  const { creator } = detail;
  const [openedAt] = useState(() => Date.now());
  const [chosen, setChosen] = useState<string | null>(null);
  const [accountChoice, setAccountChoice] = useState<string | null>(null);
  const [campaignChoice, setCampaignChoice] = useState<string | null | undefined>(campaign);
  const [edits, setEdits] = useState<{ key: string; subject?: string; body?: string } | null>(null);
  const [sent, setSent] = useState<{ interactionId: string; at: number; done: string; stage: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const current = currentOf(templates, chosen, requested);
  const missing = !chosen && pickTemplate(templates, requested).missing;
  const accountId = effectiveAccountId(detail, accountChoice);
  const campaignId = effectiveCampaignId(detail, campaignChoice);
  const rendered = render(current?.text ?? { subject: '', body: '' }, buildContext(detail, { sender, now: openedAt, accountId, campaignId }));
  // Edits belong to what they were made on: choosing another template, account or campaign starts over.
  const key = `${current?.value ?? ''}|${accountId ?? ''}|${campaignId ?? ''}`;
  const own = edits?.key === key ? edits : null;
  const subject = own?.subject ?? rendered.subject;
  const body = own?.body ?? rendered.body;
  const account = detail.accounts.find((a) => a.account.id === accountId)?.account ?? null;
  const unsavedStarter = current && current.templateId === null ? current.value : null;

  /** Log what was sent at `at` (when the user chose to send it). */
  const send = async (channel: OutreachChannel, done: string, at: number) => {
    setError(null);
    try {
      const interaction = await logOutreach({ creatorId: creator.id, templateId: current?.templateId ?? null, channel, subject, body }, at);
      setSent({ interactionId: interaction.id, at: interaction.at, done, stage: creator.status });
    } catch (e) {
      setError(`Not logged on the timeline: ${storageErrorMessage(e)}`);
    }
  };
  /** Put text on the clipboard; false (and a message saying what to do) when the browser refuses. */
  const copy = async (text: string): Promise<boolean> => {
    setError(null);
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      setError('Could not copy: the browser did not allow it. Select the text and copy it yourself (Ctrl+C, or ⌘C on a Mac).');
      return false;
    }
  };
  const copyMessage = async (at: number) => {
    if (await copy(body)) await send('copy', 'Copied the message to the clipboard.', at);
  };

  return (
    <>
      <div className="templates-compose__choices">
        <div className="templates-field">
          <label htmlFor={`${id}-template`}>Template</label>
          <select id={`${id}-template`} className="input" value={current?.value ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {!current && <option value="">No template</option>}
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {kindLabel(t.kind) === t.name ? t.name : `${t.name} (${kindLabel(t.kind)})`}
              </option>
            ))}
            {unsavedStarter && <option value={unsavedStarter}>{starterOf(unsavedStarter.slice(STARTER_PREFIX.length))?.name} (starter, not saved)</option>}
          </select>
          {missing && <p className="templates-hint">The template in the link no longer exists, so the first outreach is shown.</p>}
          <p className="templates-hint">
            Choosing another template replaces your edits. <a href="#/templates">Edit your templates</a>
          </p>
        </div>
        <ContextPickers detail={detail} accountId={accountId} campaignId={campaignId} onAccount={setAccountChoice} onCampaign={setCampaignChoice} />
      </div>
      <RenderWarnings rendered={rendered} creatorName={creator.displayName} />
      <div className="templates-field">
        <label htmlFor={`${id}-subject`}>Subject</label>
        <input id={`${id}-subject`} className="input" value={subject} onChange={(e) => setEdits({ ...own, key, subject: e.target.value })} />
      </div>
      <div className="templates-field">
        <label htmlFor={`${id}-body`}>Message</label>
        <textarea id={`${id}-body`} className="input templates-body" rows={14} value={body} onChange={(e) => setEdits({ ...own, key, body: e.target.value })} />
      </div>
      <SendActions
        creator={creator}
        account={account}
        subject={subject}
        body={body}
        onSend={(channel, done, at) => void send(channel, done, at)}
        onCopy={(at) => void copyMessage(at)}
        onCopySubject={() => void copy(subject)}
      />
      {error && (
        <p role="alert" className="templates-error">
          {error}
        </p>
      )}
      {sent && <FollowUpOffer key={sent.interactionId} creatorId={creator.id} creatorName={creator.displayName} interactionId={sent.interactionId} sentAt={sent.at} done={sent.done} />}
      {sent && BEFORE_CONTACT.has(sent.stage) && <StageOffer key={`stage-${sent.interactionId}`} creatorId={creator.id} creatorName={creator.displayName} from={sent.stage} />}
    </>
  );
}

/** Write to one creator from a template, send it, and log it. */
export function ComposePage({ creatorId, template, campaignId }: ComposePageProps) {
  const headingId = useId();
  const detail = useCreatorDetail(creatorId);
  const templates = useTemplates();
  const sender = useSenderDetails();
  const [seedError, setSeedError] = useState<string | null>(null);
  // Wait for the starters on first use, so the page does not start from an unsaved copy of one.
  const [seeded, setSeeded] = useState(false);

  useEffect(() => {
    ensureStarterTemplates(Date.now())
      .catch((error: unknown) => setSeedError(storageErrorMessage(error)))
      .finally(() => setSeeded(true));
  }, []);

  if (detail === null) {
    return (
      <section className="templates-page" aria-labelledby={headingId}>
        <h2 id={headingId}>Creator not found</h2>
        <p>This creator is not on your roster: they may have been merged into another creator or deleted.</p>
        <p>
          <a href="#/roster">Back to the roster</a>
        </p>
      </section>
    );
  }
  const loading = !seeded || detail === undefined || templates === undefined || sender === undefined;
  return (
    <section className="templates-page templates-compose" aria-labelledby={headingId} aria-busy={loading || undefined}>
      {detail && (
        <p className="templates-back">
          <a href={creatorHref(detail.creator.id)}>← {detail.creator.displayName}</a>
        </p>
      )}
      <h2 id={headingId}>{detail ? `Write to ${detail.creator.displayName}` : 'Write to a creator'}</h2>
      {seedError && (
        <p role="alert" className="templates-error">
          The starter templates could not be added: {seedError}
        </p>
      )}
      {loading ? (
        <p role="status">Loading…</p>
      ) : (
        <Composer key={`${creatorId}|${template ?? ''}|${campaignId ?? ''}`} detail={detail} templates={templates} sender={sender} requested={template} campaign={campaignId} />
      )}
    </section>
  );
}
