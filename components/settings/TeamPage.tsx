import { useEffect, useId, useState, type FormEvent } from 'react';
import { browser } from 'wxt/browser';
import { syncNow } from '@/storage/sync/member';
import { checkMembership, checkTeamForm, createTeam, normalizeServer, TeamAccessError, type ServerRequest } from '@/storage/sync/team-access';
import { originPattern, teamConfig, type TeamConfig } from '@/utils/browser/team-store';
import { TeamStatusLine } from '@/components/app/TeamStatusLine';
import { Field } from '@/components/form/Field';

interface Form {
  url: string;
  db: string;
  user: string;
  password: string;
}

const EMPTY: Form = { url: '', db: '', user: '', password: '' };

/** Requests to the team server, signed as the member (the server's address may carry a path). */
function serverRequest(server: string, form: Form): ServerRequest {
  const auth = `Basic ${btoa(unescape(encodeURIComponent(`${form.user}:${form.password}`)))}`;
  return (path, init = {}) =>
    fetch(`${server}${path}`, {
      method: init.method ?? 'GET',
      body: init.body,
      headers: { Authorization: auth, Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
      credentials: 'omit',
    });
}

/** One of the team form's inputs, on the form kit (label, hint tied to the input). */
function TeamField({ label, value, onChange, type = 'text', hint, autoComplete }: { label: string; value: string; onChange: (v: string) => void; type?: string; hint?: string; autoComplete?: string }) {
  const id = useId();
  return (
    <Field id={id} label={label} hint={hint} className="team-field">
      {(props) => <input {...props} type={type} value={value} onChange={(e) => onChange(e.target.value)} autoComplete={autoComplete} required />}
    </Field>
  );
}

/**
 * The options page's Team page: join a team (server, database, user name, password), create one
 * (a server admin: creates the database and installs the roles and rules), or leave (the roster stays
 * here). The server's host is asked for at the click, so installs without a team keep today's permissions.
 */
export function TeamPage() {
  const [config, setConfig] = useState<TeamConfig | null | undefined>(undefined);
  const [form, setForm] = useState<Form>(EMPTY);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    void teamConfig.get().then(setConfig);
    return teamConfig.watch(setConfig);
  }, []);

  const set = (key: keyof Form) => (value: string) => setForm((f) => ({ ...f, [key]: value }));

  async function submit(creating: boolean) {
    setError(null);
    setNotice(null);
    const problem = checkTeamForm(form);
    if (problem) {
      setError(problem);
      return;
    }
    const server = normalizeServer(form.url);
    const db = form.db.trim();
    const who = { ...form, user: form.user.trim() };
    // First, while the click still counts as the user's: the permission to reach that server only.
    let granted = false;
    try {
      granted = await browser.permissions.request({ origins: [originPattern(server)] });
    } catch (e) {
      setError(`Creator Scout could not ask for access to ${new URL(server).origin}: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    if (!granted) {
      setError(`Creator Scout needs your permission to reach ${new URL(server).origin} to sync with the team. Nothing was changed.`);
      return;
    }
    setBusy(true);
    try {
      const request = serverRequest(server, who);
      if (creating) await createTeam(request, server, db);
      const { role, name } = await checkMembership(request, server, db);
      await teamConfig.set({ url: server, db, user: name, password: who.password, role, joinedAt: Date.now() });
      setForm(EMPTY);
      setNotice(creating ? `Team “${db}” created. You are its admin; add members on the server with the roles ${db}:editor and ${db}:viewer.` : `You joined the team “${db}”.`);
      syncNow();
    } catch (e) {
      setError(e instanceof TeamAccessError ? e.message : `Joining the team failed: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function leave() {
    setError(null);
    await teamConfig.clear();
    setNotice('You left the team. Your roster stays on this computer; it no longer syncs.');
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const creating = (event.nativeEvent as SubmitEvent).submitter?.getAttribute('value') === 'create';
    void submit(creating);
  };

  return (
    <section aria-labelledby="team-heading" className="team-page">
      <h2 id="team-heading">Team</h2>
      {config === undefined ? (
        <p role="status">Loading…</p>
      ) : config ? (
        <>
          <p>
            You are in the team <strong>{config.db}</strong> on {config.url} as <strong>{config.user}</strong> ({config.role}).
          </p>
          {config.role === 'viewer' && <p>As a viewer you see the team’s roster; changes you make stay on this computer (the server refuses them).</p>}
          <TeamStatusLine className="team-page__status" />
          <p className="team-page__actions">
            <button type="button" onClick={() => syncNow()}>
              Sync now
            </button>{' '}
            <button type="button" onClick={() => void leave()}>
              Leave the team
            </button>
          </p>
        </>
      ) : (
        <form onSubmit={onSubmit} aria-describedby="team-intro" noValidate>
          <p id="team-intro">
            Share one roster with your team through your team’s Apache CouchDB server. Creators, accounts, timelines, templates, agreements, campaigns,
            deliverables and team reminders sync; personal reminders and your preferences stay on this computer. Your password is kept in this browser’s
            extension storage, never in backups or exports.
          </p>
          <TeamField label="Server address" value={form.url} onChange={set('url')} type="url" hint="For example https://couch.example.com" autoComplete="url" />
          <TeamField label="Team database" value={form.db} onChange={set('db')} hint="The database the team shares, for example acme-scouting" />
          <TeamField label="User name" value={form.user} onChange={set('user')} autoComplete="username" />
          <TeamField label="Password" value={form.password} onChange={set('password')} type="password" autoComplete="current-password" />
          <p className="team-page__actions">
            <button type="submit" value="join" disabled={busy}>
              Join the team
            </button>{' '}
            <button type="submit" value="create" disabled={busy}>
              Create the team (server admin)
            </button>
          </p>
        </form>
      )}
      {busy && <p role="status">Checking with the team server…</p>}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
