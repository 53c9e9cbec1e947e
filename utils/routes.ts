// Addresses of the options page's pages (`options.html#/…`), built in one place so every link
// encodes ids the same way. components/app/useHashRoute.ts reads them back.
import { encodeText } from './text';

export function creatorHref(creatorId: string): string {
  return `#/creator/${encodeText(creatorId)}`;
}

/** Write to a creator, with a template and a campaign whose results to mention, if given. */
export function composeHref(creatorId: string, options: { template?: string; campaignId?: string } = {}): string {
  const query = new URLSearchParams();
  if (options.template) query.set('template', options.template);
  if (options.campaignId) query.set('campaign', options.campaignId);
  const search = query.toString();
  return `#/compose/${encodeText(creatorId)}${search ? `?${search}` : ''}`;
}

/** Thank a creator and show them their results in one campaign. */
export function thankYouHref(creatorId: string, campaignId: string): string {
  return composeHref(creatorId, { template: 'thank_you', campaignId });
}

/** Invite a creator to be an ambassador. */
export function ambassadorInvitationHref(creatorId: string): string {
  return composeHref(creatorId, { template: 'ambassador_invitation' });
}

export function agreementHref(agreementId: string): string {
  return `#/agreements/${encodeText(agreementId)}`;
}

export function agreementDocumentHref(agreementId: string): string {
  return `${agreementHref(agreementId)}/document`;
}

/** A new agreement, with the creator fixed when given. */
export function newAgreementHref(creatorId?: string): string {
  return creatorId ? `#/agreements/new?creator=${encodeText(creatorId)}` : '#/agreements/new';
}

export function campaignHref(campaignId: string): string {
  return `#/campaigns/${encodeText(campaignId)}`;
}

export function campaignReportHref(campaignId: string): string {
  return `${campaignHref(campaignId)}/report`;
}
