// The templates a new user starts with, one per moment of the relationship. Written the way the
// best outreach reads (../shared/domain): short, personal, naming something of theirs, one clear
// ask, no hype; thank-yous share the creator's own results. Editable like any template, and can be
// added back after being deleted. Pure.

export const TEMPLATE_KINDS = ['first_outreach', 'follow_up', 'thank_you', 'gift', 'ambassador_invitation', 'custom'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];
export type StarterKind = Exclude<TemplateKind, 'custom'>;

export const KIND_LABELS: Record<TemplateKind, string> = {
  first_outreach: 'First outreach',
  follow_up: 'Follow-up',
  thank_you: 'Thank-you with results',
  gift: 'Gift or early access',
  ambassador_invitation: 'Ambassador invitation',
  custom: 'Custom',
};

export function isTemplateKind(value: string): value is TemplateKind {
  return (TEMPLATE_KINDS as readonly string[]).includes(value);
}

/** A kind's label; a kind this version does not know (from a newer one) reads as "Custom". */
export function kindLabel(kind: string): string {
  return isTemplateKind(kind) ? KIND_LABELS[kind] : KIND_LABELS.custom;
}

export interface StarterTemplate {
  kind: StarterKind;
  name: string;
  subject: string;
  body: string;
}

const signature = '{{sender.name}}\n{{sender.title}}, {{brand.name}}\n{{brand.website}}';

export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    kind: 'first_outreach',
    name: 'First outreach',
    subject: 'An idea for you, {{creator.firstName}}',
    body: `Hi {{creator.firstName}},

I'm {{sender.name}} from {{brand.name}}. Your recent post stayed with me: "{{post.caption}}" ({{post.url}}). I liked how you told it in your own words, and I think the people who follow you would like what we make.

Would you be open to making one piece with us, your way and for a fair fee? If so, I'll send a short brief and we can take it from there.

Thanks for reading,
${signature}`,
  },
  {
    kind: 'follow_up',
    name: 'Follow-up',
    subject: 'Following up, {{creator.firstName}}',
    body: `Hi {{creator.firstName}},

A short note in case my last message got buried. We'd still like to work with you on something that fits what you already make.

If now isn't a good time, just say so and I won't follow up again. If you'd like to hear more, I can send a one-page brief.

Thanks,
{{sender.name}}
{{brand.name}}`,
  },
  {
    kind: 'thank_you',
    name: 'Thank-you with results',
    subject: 'Thank you, and how {{campaign.name}} went',
    body: `Hi {{creator.firstName}},

Thank you for your part in {{campaign.name}}. We said we'd share how it went, so here are your numbers:

Views: {{results.views}}
Clicks: {{results.clicks}}
Sales: {{results.sales}}
Revenue: {{results.revenue}}
Return on what we spent: {{results.roi}}

What worked well from your side, and what could we do better next time? We'd be glad to work with you again.

With thanks,
{{sender.name}}
{{brand.name}}`,
  },
  {
    kind: 'gift',
    name: 'Gift or early access',
    subject: 'Something new from {{brand.name}}, for you first',
    body: `Hi {{creator.firstName}},

We have something new coming out soon and would like you to try it before anyone else. There are no strings attached: you don't need to post anything. If you like it, we'd love to hear what you think.

If you'd like one, reply with the address to send it to (and a size or colour, if it matters).

Warmly,
{{sender.name}}
{{brand.name}}`,
  },
  {
    kind: 'ambassador_invitation',
    name: 'Ambassador invitation',
    // No article before the brand: "a Acme Outdoors ambassador" reads wrong for half of all names.
    subject: 'Would you like to be an ambassador for {{brand.name}}?',
    body: `Hi {{creator.firstName}},

Working with you has been a highlight for our team, and we'd like to make it ongoing. We're inviting a small group of creators to be {{brand.name}} ambassadors.

In short, that means:
- a longer partnership instead of one-off posts, with the fee and terms agreed up front
- early access to new products, and a say in what we make next
- your own code to share with your audience

You'd keep full creative control, as always. If it sounds good, I'll send the details and we can go through them on a call.

${signature}`,
  },
];

/** The stable id of a starter template: seeding twice, or on two pages at once, never makes two. */
export function starterId(kind: StarterKind): string {
  return `starter-${kind}`;
}

export function starterOf(kind: string): StarterTemplate | null {
  return STARTER_TEMPLATES.find((s) => s.kind === kind) ?? null;
}
