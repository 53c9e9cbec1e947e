// After reminders change in an extension page, ask the background to bring the browser's alarms in
// line with the database (it also does so at start-up, on install and update, and every few minutes).
import { sendRequest } from '@/utils/browser/messaging';

export async function requestReminderSync(): Promise<void> {
  try {
    await sendRequest('syncReminders', {});
  } catch (error) {
    // The background re-syncs on its own within minutes; nothing is lost if this message is.
    console.warn('Creator Scout: could not reach the background to schedule reminders', error);
  }
}
