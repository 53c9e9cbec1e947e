// The calendar as files: an iCalendar (.ics) file any calendar app imports (all-day events, one
// per item, stable UIDs so a re-import updates instead of duplicating) and a CSV for spreadsheets.
// Pure: the page turns the text into a download.
import ical from 'ical-generator';
import { localDate } from '@/utils/date-input';
import { csvText } from '@/utils/csv/export';
import { KIND_LABELS, type CalendarItem } from './events';
import { STAGE_LABELS } from '@/utils/deliverables/rules';

const UID_DOMAIN = 'creator-scout.invalid';

function description(item: CalendarItem): string {
  return [
    KIND_LABELS[item.kind],
    item.creatorName ? `Creator: ${item.creatorName}` : null,
    item.campaignName ? `Campaign: ${item.campaignName}` : null,
    item.stage ? `Status: ${STAGE_LABELS[item.stage]}` : null,
  ]
    .filter(Boolean)
    .join('\n');
}

/** The items as an iCalendar file (RFC 5545): all-day events on each item's local day. */
export function calendarIcs(items: readonly CalendarItem[], now: number): string {
  const calendar = ical({ name: 'Creator Scout', prodId: { company: 'Creator Scout', product: 'Content calendar', language: 'EN' } });
  for (const item of items) {
    calendar.createEvent({
      id: `${item.key}@${UID_DOMAIN}`,
      stamp: new Date(now),
      // Floating all-day dates: the day as the user sees it, whatever the calendar app's time zone.
      start: new Date(item.day),
      allDay: true,
      floating: true,
      summary: item.creatorName ? `${item.title} — ${item.creatorName}` : item.title,
      description: description(item),
      categories: [{ name: KIND_LABELS[item.kind] }],
    });
  }
  return calendar.toString();
}

export const CALENDAR_CSV_HEADER = ['Date', 'Type', 'Title', 'Creator', 'Campaign', 'Status', 'Overdue'];

/** The items as CSV, one row each, dates as YYYY-MM-DD (the user's calendar day). */
export function calendarCsv(items: readonly CalendarItem[]): string {
  return csvText(
    CALENDAR_CSV_HEADER,
    items.map((i) => [localDate(i.day), KIND_LABELS[i.kind], i.title, i.creatorName ?? '', i.campaignName ?? '', i.stage ? STAGE_LABELS[i.stage] : '', i.overdue ? 'yes' : 'no']),
  );
}
