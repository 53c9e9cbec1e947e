// Addresses of the options page's routes that campaign pages link or navigate to. The compose page
// (written elsewhere) reads `template` and `campaign` from the query after `?`.

export function campaignHref(campaignId: string): string {
  return `#/campaigns/${encodeURIComponent(campaignId)}`;
}

export function campaignReportHref(campaignId: string): string {
  return `${campaignHref(campaignId)}/report`;
}

export function creatorHref(creatorId: string): string {
  return `#/creator/${encodeURIComponent(creatorId)}`;
}

/** Thank a creator and show them their results in one campaign. */
export function thankYouHref(creatorId: string, campaignId: string): string {
  return `#/compose/${encodeURIComponent(creatorId)}?template=thank_you&campaign=${encodeURIComponent(campaignId)}`;
}

/** Invite a creator to be an ambassador. */
export function ambassadorInvitationHref(creatorId: string): string {
  return `#/compose/${encodeURIComponent(creatorId)}?template=ambassador_invitation`;
}
