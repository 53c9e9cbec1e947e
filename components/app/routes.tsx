import { lazy, type ReactNode } from 'react';
import { RosterPage } from '@/components/roster/RosterPage';
import type { Route } from './useHashRoute';

// The options page's pages, one entry each: the address it answers (`parse`, from the hash's path
// parts and query), its label in the navigation (if it is a section), the section it belongs to
// otherwise, and the page itself. The links to it are built by utils/routes.ts. Adding a page is
// one entry here and its Route variant in ./useHashRoute.ts.

// The roster is where the options page opens, so it comes with the page; every other page is loaded
// when first visited, which keeps what the roster waits for small.
const AgreementDocument = lazy(() => import('@/components/agreements/AgreementDocument').then((m) => ({ default: m.AgreementDocument })));
const AgreementEditor = lazy(() => import('@/components/agreements/AgreementEditor').then((m) => ({ default: m.AgreementEditor })));
const AgreementsPage = lazy(() => import('@/components/agreements/AgreementsPage').then((m) => ({ default: m.AgreementsPage })));
const CalendarPage = lazy(() => import('@/components/calendar/CalendarPage').then((m) => ({ default: m.CalendarPage })));
const CampaignPage = lazy(() => import('@/components/campaigns/CampaignPage').then((m) => ({ default: m.CampaignPage })));
const CampaignReport = lazy(() => import('@/components/campaigns/CampaignReport').then((m) => ({ default: m.CampaignReport })));
const CampaignsPage = lazy(() => import('@/components/campaigns/CampaignsPage').then((m) => ({ default: m.CampaignsPage })));
const TopPerformersPage = lazy(() => import('@/components/campaigns/TopPerformersPage').then((m) => ({ default: m.TopPerformersPage })));
const CreatorDetail = lazy(() => import('@/components/creator/CreatorDetail').then((m) => ({ default: m.CreatorDetail })));
const ImportExportPage = lazy(() => import('@/components/import-export/ImportExportPage').then((m) => ({ default: m.ImportExportPage })));
const PipelineBoard = lazy(() => import('@/components/pipeline/PipelineBoard').then((m) => ({ default: m.PipelineBoard })));
const RemindersPage = lazy(() => import('@/components/reminders/RemindersPage').then((m) => ({ default: m.RemindersPage })));
const ComposePage = lazy(() => import('@/components/templates/ComposePage').then((m) => ({ default: m.ComposePage })));
const TemplatesPage = lazy(() => import('@/components/templates/TemplatesPage').then((m) => ({ default: m.TemplatesPage })));
const BadgeSettings = lazy(() => import('@/components/settings/BadgeSettings').then((m) => ({ default: m.BadgeSettings })));
const FeedChipSettings = lazy(() => import('@/components/settings/BadgeSettings').then((m) => ({ default: m.FeedChipSettings })));
const WelcomePage = lazy(() => import('@/components/settings/WelcomePage').then((m) => ({ default: m.WelcomePage })));
const TeamPage = lazy(() => import('@/components/settings/TeamPage').then((m) => ({ default: m.TeamPage })));
const BrandProfileEditor = lazy(() => import('@/components/settings/BrandProfileEditor').then((m) => ({ default: m.BrandProfileEditor })));

type Page = Route['page'];
type RouteOf<P extends Page> = Extract<Route, { page: P }>;

export interface RouteEntry {
  page: Page;
  /** The route this entry answers for the hash's path parts and query, or null. */
  parse(parts: readonly string[], query: URLSearchParams): Route | null;
  /** Its label in the navigation, for a section. */
  nav?: string;
  /** The section it belongs to, for a page that is not one. */
  section?: Page;
  render(route: Route): ReactNode;
}

function entry<P extends Page>(e: {
  page: P;
  parse(parts: readonly string[], query: URLSearchParams): RouteOf<P> | null;
  nav?: string;
  section?: Page;
  render(route: RouteOf<P>): ReactNode;
}): RouteEntry {
  return e as unknown as RouteEntry;
}

/** A section's own address: `#/<page>` and nothing more. */
function section<P extends Page>(page: P, nav: string | undefined, render: () => ReactNode): RouteEntry {
  return entry({ page, nav, parse: (parts) => (parts.length === 1 && parts[0] === page ? ({ page } as RouteOf<P>) : null), render });
}

/** In the order of the navigation. */
export const ROUTES: readonly RouteEntry[] = [
  section('roster', 'Roster', () => <RosterPage />),
  section('pipeline', 'Pipeline', () => <PipelineBoard />),
  section('reminders', 'Reminders', () => <RemindersPage />),
  section('templates', 'Templates', () => <TemplatesPage />),
  section('agreements', 'Agreements', () => <AgreementsPage />),
  section('campaigns', 'Campaigns', () => <CampaignsPage />),
  section('calendar', 'Calendar', () => <CalendarPage />),
  section('top-performers', 'Top performers', () => <TopPerformersPage />),
  section('import-export', 'Import and export', () => <ImportExportPage />),
  section('brand', 'Brand profile', () => <BrandProfileEditor />),
  section('team', 'Team', () => <TeamPage />),
  section('settings', 'Settings', () => (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <BadgeSettings />
      <FeedChipSettings />
    </section>
  )),
  section('welcome', undefined, () => <WelcomePage />),
  entry({
    page: 'creator',
    section: 'roster',
    parse: ([first, second, ...rest]) => (first === 'creator' && second && rest.length === 0 ? { page: 'creator', id: second } : null),
    render: (route) => <CreatorDetail key={route.id} creatorId={route.id} />,
  }),
  entry({
    page: 'compose',
    section: 'templates',
    parse: ([first, second, ...rest], query) =>
      first === 'compose' && second && rest.length === 0 ? { page: 'compose', creatorId: second, template: query.get('template'), campaignId: query.get('campaign') } : null,
    render: (route) => <ComposePage key={route.creatorId} creatorId={route.creatorId} template={route.template ?? undefined} campaignId={route.campaignId ?? undefined} />,
  }),
  entry({
    page: 'agreement',
    section: 'agreements',
    parse: ([first, second, ...rest], query) => {
      if (first !== 'agreements' || !second || rest.length > 0) return null;
      return second === 'new' ? { page: 'agreement', id: null, creatorId: query.get('creator') } : { page: 'agreement', id: second, creatorId: null };
    },
    render: (route) => <AgreementEditor key={route.id ?? `new-${route.creatorId ?? ''}`} agreementId={route.id ?? undefined} creatorId={route.creatorId ?? undefined} />,
  }),
  entry({
    page: 'agreement-document',
    section: 'agreements',
    parse: ([first, second, third, ...rest]) => (first === 'agreements' && second && third === 'document' && rest.length === 0 ? { page: 'agreement-document', id: second } : null),
    render: (route) => <AgreementDocument agreementId={route.id} />,
  }),
  entry({
    page: 'campaign',
    section: 'campaigns',
    parse: ([first, second, ...rest]) => (first === 'campaigns' && second && rest.length === 0 ? { page: 'campaign', id: second } : null),
    render: (route) => <CampaignPage key={route.id} campaignId={route.id} />,
  }),
  entry({
    page: 'campaign-report',
    section: 'campaigns',
    parse: ([first, second, third, ...rest]) => (first === 'campaigns' && second && third === 'report' && rest.length === 0 ? { page: 'campaign-report', id: second } : null),
    render: (route) => <CampaignReport key={route.id} campaignId={route.id} />,
  }),
];

export function routeEntry(route: Route): RouteEntry | undefined {
  return ROUTES.find((r) => r.page === route.page);
}

/** The nav section a page belongs to. */
export function sectionOf(route: Route): Page {
  return routeEntry(route)?.section ?? route.page;
}

/** The navigation: every section with a label, in order. */
export const NAV = ROUTES.flatMap((r) => (r.nav ? [{ page: r.page, href: `#/${r.page}`, label: r.nav }] : []));
