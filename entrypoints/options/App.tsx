import { lazy, Suspense, useEffect, useRef } from 'react';
import { useHashRoute, type Route } from '@/components/app/useHashRoute';
import { DatabaseGate } from '@/components/app/DatabaseGate';
import { ErrorBoundary } from '@/components/app/ErrorBoundary';
import { RosterPage } from '@/components/roster/RosterPage';

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
const BrandProfileEditor = lazy(() => import('@/components/settings/BrandProfileEditor').then((m) => ({ default: m.BrandProfileEditor })));

const NAV: Array<{ page: Route['page']; href: string; label: string }> = [
  { page: 'roster', href: '#/roster', label: 'Roster' },
  { page: 'pipeline', href: '#/pipeline', label: 'Pipeline' },
  { page: 'reminders', href: '#/reminders', label: 'Reminders' },
  { page: 'templates', href: '#/templates', label: 'Templates' },
  { page: 'agreements', href: '#/agreements', label: 'Agreements' },
  { page: 'campaigns', href: '#/campaigns', label: 'Campaigns' },
  { page: 'calendar', href: '#/calendar', label: 'Calendar' },
  { page: 'top-performers', href: '#/top-performers', label: 'Top performers' },
  { page: 'import-export', href: '#/import-export', label: 'Import and export' },
  { page: 'brand', href: '#/brand', label: 'Brand profile' },
  { page: 'settings', href: '#/settings', label: 'Settings' },
];

/** The nav section a page belongs to. */
function sectionOf(route: Route): Route['page'] {
  switch (route.page) {
    case 'creator':
      return 'roster';
    case 'compose':
      return 'templates';
    case 'agreement':
    case 'agreement-document':
      return 'agreements';
    case 'campaign':
    case 'campaign-report':
      return 'campaigns';
    default:
      return route.page;
  }
}

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case 'roster':
      return <RosterPage />;
    case 'creator':
      return <CreatorDetail key={route.id} creatorId={route.id} />;
    case 'pipeline':
      return <PipelineBoard />;
    case 'import-export':
      return <ImportExportPage />;
    case 'reminders':
      return <RemindersPage />;
    case 'templates':
      return <TemplatesPage />;
    case 'compose':
      return <ComposePage key={route.creatorId} creatorId={route.creatorId} template={route.template ?? undefined} campaignId={route.campaignId ?? undefined} />;
    case 'agreements':
      return <AgreementsPage />;
    case 'agreement':
      return <AgreementEditor key={route.id ?? `new-${route.creatorId ?? ''}`} agreementId={route.id ?? undefined} creatorId={route.creatorId ?? undefined} />;
    case 'agreement-document':
      return <AgreementDocument agreementId={route.id} />;
    case 'campaigns':
      return <CampaignsPage />;
    case 'calendar':
      return <CalendarPage />;
    case 'campaign':
      return <CampaignPage key={route.id} campaignId={route.id} />;
    case 'campaign-report':
      return <CampaignReport key={route.id} campaignId={route.id} />;
    case 'top-performers':
      return <TopPerformersPage />;
    case 'brand':
      return <BrandProfileEditor />;
    case 'welcome':
      return <WelcomePage />;
    case 'settings':
      return (
        <section aria-labelledby="settings-heading">
          <h2 id="settings-heading">Settings</h2>
          <BadgeSettings />
          <FeedChipSettings />
        </section>
      );
    default:
      return (
        <section>
          <h2>Page not found</h2>
          <p>
            Nothing here. <a href="#/roster">Go to the roster</a>.
          </p>
        </section>
      );
  }
}

/** The page, as an error names it: with the record it shows. */
function pageName(route: Route): string {
  const id = 'id' in route && typeof route.id === 'string' ? route.id : 'creatorId' in route && typeof route.creatorId === 'string' ? route.creatorId : null;
  const page = NAV.find((item) => item.page === sectionOf(route))?.label ?? 'This page';
  return id === null ? `The ${page} page` : `The ${page} page of the record “${id.toWellFormed()}”`;
}

export function App() {
  const route = useHashRoute();
  const main = useRef<HTMLElement>(null);
  // Moving between pages moves keyboard and screen-reader focus to the new page.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [route]);

  return (
    <div className="app">
      <header className="app__bar">
        <img src="/icon/48.png" alt="" width={28} height={28} />
        <h1>Creator Scout</h1>
        <nav aria-label="Sections" className="app__nav">
          {NAV.map((item) => (
            <a key={item.page} href={item.href} aria-current={sectionOf(route) === item.page ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
      </header>
      <main className="app__main" ref={main} tabIndex={-1}>
        <DatabaseGate>
          <ErrorBoundary what={pageName(route)} resetKey={JSON.stringify(route)}>
            <Suspense fallback={<p role="status">Loading…</p>}>
              <Page route={route} />
            </Suspense>
          </ErrorBoundary>
        </DatabaseGate>
      </main>
    </div>
  );
}
