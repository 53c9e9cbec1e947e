import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatesPage } from '@/components/templates/TemplatesPage';
import { senderDetails } from '@/utils/browser/sender-store';
import { starterId } from '@/utils/templates/starters';
import { withFreshDatabase } from '../../../helpers/db';
import { seedAna } from '../../../helpers/creator-detail-seed';

const db = withFreshDatabase();

async function showPage() {
  render(<TemplatesPage />);
  await screen.findByRole('heading', { level: 3, name: 'Edit “First outreach”' });
}

const list = () => screen.getByRole('navigation', { name: 'Templates' });
const editor = () => screen.getByRole('form', { name: /^Edit “/ });
const preview = () => screen.getByRole('region', { name: 'Preview' });
const warnings = () => within(preview()).getByRole('group', { name: 'Check before sending' });

async function previewFor(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.type(within(preview()).getByLabelText('Preview for'), name.slice(0, 3));
  await user.click(await within(preview()).findByRole('button', { name }));
}

describe('TemplatesPage', () => {
  it('starts with the five starter templates, the first one open', async () => {
    await showPage();
    const items = within(list()).getAllByRole('button').filter((b) => b.classList.contains('templates-list__item'));
    expect(items.map((b) => b.querySelector('.templates-list__name')!.textContent)).toEqual([
      'First outreach',
      'Follow-up',
      'Thank-you with results',
      'Gift or early access',
      'Ambassador invitation',
    ]);
    // Each named once: a starter's kind is its name, so the list does not say it twice.
    expect(items.map((b) => b.textContent)).toEqual(['First outreach', 'Follow-up', 'Thank-you with results', 'Gift or early access', 'Ambassador invitation']);
    expect(items[0]).toHaveAttribute('aria-current', 'true');
    expect(within(editor()).getByLabelText('Kind')).toHaveDisplayValue('First outreach');
    expect((within(editor()).getByLabelText('Message') as HTMLTextAreaElement).value).toContain('Your recent post stayed with me: "{{post.caption}}"');
    expect(await db().templates.count()).toBe(5);
  });

  it('creates a template: name, kind, subject, and variables inserted at the cursor', async () => {
    const user = userEvent.setup();
    await showPage();
    await user.click(within(list()).getByRole('button', { name: 'New template' }));
    const form = await screen.findByRole('form', { name: 'Edit “New template”' });
    const name = within(form).getByLabelText('Name');
    expect(name).toHaveFocus();
    await user.clear(name);
    await user.type(name, 'Launch gift');
    await user.selectOptions(within(form).getByLabelText('Kind'), 'gift');
    await user.type(within(form).getByLabelText('Subject'), 'For you, ');
    await user.click(screen.getByRole('button', { name: 'Insert {{creator.firstName}}: First name' }));
    const body = within(form).getByLabelText('Message');
    await user.type(body, 'Hi , thanks!');
    // Put the cursor after "Hi " and insert there.
    (body as HTMLTextAreaElement).setSelectionRange(3, 3);
    await user.click(screen.getByRole('button', { name: 'Insert {{creator.firstName}}: First name' }));
    expect(body).toHaveValue('Hi {{creator.firstName}}, thanks!');
    expect(body).toHaveFocus();
    expect((body as HTMLTextAreaElement).selectionStart).toBe('Hi {{creator.firstName}}'.length);
    expect(within(list()).getByRole('button', { name: 'New template Custom · unsaved changes' })).toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Save template' }));
    expect(await within(form).findByRole('status')).toHaveTextContent('Saved');
    const saved = (await db().templates.toArray()).find((t) => t.name === 'Launch gift');
    expect(saved).toMatchObject({ kind: 'gift', subject: 'For you, {{creator.firstName}}', body: 'Hi {{creator.firstName}}, thanks!' });
    expect(within(list()).getByRole('button', { name: 'Launch gift Gift or early access' })).toHaveAttribute('aria-current', 'true');
  });

  it('says why a template cannot be saved, on the field', async () => {
    const user = userEvent.setup();
    await showPage();
    await user.clear(within(editor()).getByLabelText('Name'));
    await user.click(within(editor()).getByRole('button', { name: 'Save template' }));
    // The save is checked asynchronously: wait for its answer on the field.
    await waitFor(() => expect(within(editor()).getByLabelText('Name')).toHaveAccessibleDescription('Name: give the template a name.'));
    expect(within(editor()).getByRole('alert')).toHaveTextContent('Not saved');
    expect((await db().templates.get(starterId('first_outreach')))!.name).toBe('First outreach');
  });

  it('edits a template; the draft survives switching to another one', async () => {
    const user = userEvent.setup();
    await showPage();
    await user.type(within(editor()).getByLabelText('Subject'), ' today');
    expect(within(list()).getByRole('button', { name: /First outreach/ })).toHaveTextContent(/^First outreach unsaved changes$/);
    await user.click(within(list()).getByRole('button', { name: /Follow-up/ }));
    await screen.findByRole('heading', { name: 'Edit “Follow-up”' });
    await user.click(within(list()).getByRole('button', { name: /First outreach/ }));
    expect(await within(editor()).findByLabelText('Subject')).toHaveValue('An idea for you, {{creator.firstName}} today');
    await user.click(within(editor()).getByRole('button', { name: 'Save template' }));
    await within(editor()).findByText('Saved');
    expect((await db().templates.get(starterId('first_outreach')))!.subject).toBe('An idea for you, {{creator.firstName}} today');
  });

  it('duplicates, and deletes only after confirming; a deleted starter can be added back', async () => {
    const user = userEvent.setup();
    await showPage();
    await user.click(within(editor()).getByRole('button', { name: 'Duplicate' }));
    expect(await screen.findByRole('heading', { name: 'Edit “First outreach (copy)”' })).toBeInTheDocument();
    expect(await db().templates.count()).toBe(6);

    await user.click(within(list()).getByRole('button', { name: /^Follow-up/ }));
    await user.click(await within(editor()).findByRole('button', { name: 'Delete…' }));
    const confirm = within(editor()).getByRole('group', { name: /Delete “Follow-up”\?/ });
    expect(within(confirm).getByRole('button', { name: 'Delete template' })).toHaveFocus();
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(await db().templates.get(starterId('follow_up'))).toBeDefined();
    expect(within(editor()).getByRole('button', { name: 'Delete…' })).toHaveFocus();

    await user.click(within(editor()).getByRole('button', { name: 'Delete…' }));
    await user.click(within(editor()).getByRole('button', { name: 'Delete template' }));
    expect(await screen.findByText('Deleted “Follow-up”.')).toBeInTheDocument();
    expect(within(list()).getByRole('heading', { name: 'Your templates' })).toHaveFocus();
    expect(await db().templates.get(starterId('follow_up'))).toBeUndefined();

    await user.click(await within(list()).findByRole('button', { name: 'Add back “Follow-up”' }));
    expect(await screen.findByRole('heading', { name: 'Edit “Follow-up”' })).toBeInTheDocument();
    expect(await db().templates.get(starterId('follow_up'))).toMatchObject({ kind: 'follow_up' });
    expect(within(list()).queryByRole('button', { name: /Add back/ })).toBeNull();
  });

  it('previews with example values until a creator is picked', async () => {
    await showPage();
    const message = within(preview()).getByRole('figure', { name: 'Message with example values' });
    expect(message).toHaveTextContent('Subject: An idea for you, Ana');
    expect(message).toHaveTextContent('Hi Ana,');
    expect(within(preview()).queryByRole('group', { name: 'Check before sending' })).toBeNull();
  });

  it('previews for a saved creator, warning about what would be empty for them and about typos', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    await showPage();
    await previewFor(user, 'Ana Lima');
    const message = await within(preview()).findByRole('figure', { name: 'Message to Ana Lima' });
    expect(message).toHaveTextContent('Hi Ana,');
    // Her most recent captured post.
    expect(message).toHaveTextContent('Your recent post stayed with me: "Packing with @brand #ad" (https://www.instagram.com/p/newer)');
    // Nobody filled in their own details yet.
    expect(warnings()).toHaveTextContent('{{sender.name}} (your name) is empty for Ana Lima, in the message. Fill it in under “Your details” on the Templates page.');
    expect(warnings()).toHaveTextContent('{{brand.name}} (brand name) is empty for Ana Lima, in the message.');

    const body = within(editor()).getByLabelText('Message');
    await user.clear(body);
    await user.type(body, 'Hi {{{{creator.fistName}} in {{{{creator.location}}');
    expect(warnings()).toHaveTextContent('{{creator.fistName}} is not a variable, so it stays as written. Did you mean {{creator.firstName}}?');
    expect(warnings()).toHaveTextContent('{{creator.location}} (location) is empty for Ana Lima, in the message. Add it on their page.');
    expect(within(preview()).getByRole('figure', { name: 'Message to Ana Lima' })).toHaveTextContent('Hi {{creator.fistName}} in');
  });

  it('shows a caption with markup as text, never as HTML', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    await db().posts.update('instagram:newer', { caption: '<img src=x onerror="alert(1)"><b>bold</b>' });
    const { container } = render(<TemplatesPage />);
    await screen.findByRole('heading', { name: 'Edit “First outreach”' });
    await previewFor(user, 'Ana Lima');
    const message = await within(preview()).findByRole('figure', { name: 'Message to Ana Lima' });
    expect(message).toHaveTextContent('"<img src=x onerror="alert(1)"><b>bold</b>"');
    expect(container.querySelector('img, b')).toBeNull();
  });

  it('saves your details, and the preview signs with them', async () => {
    const user = userEvent.setup();
    await seedAna(db());
    await showPage();
    const form = screen.getByRole('form', { name: 'Your details' });
    await user.type(within(form).getByLabelText('Your email'), 'sam@');
    await user.click(within(form).getByRole('button', { name: 'Save your details' }));
    expect(within(form).getByLabelText('Your email')).toHaveAccessibleDescription('Email: enter a full address such as name@example.com, or leave it empty.');
    expect(await senderDetails.get()).toMatchObject({ email: '' });

    await user.type(within(form).getByLabelText('Your email'), 'northwind.example');
    await user.type(within(form).getByLabelText('Your name'), 'Sam Rivera');
    await user.type(within(form).getByLabelText('Your job title'), 'Partnerships lead');
    await user.type(within(form).getByLabelText('Brand name'), 'Northwind');
    await user.type(within(form).getByLabelText('Brand website'), ' northwind.example ');
    await user.click(within(form).getByRole('button', { name: 'Save your details' }));
    await waitFor(() => expect(within(form).getByRole('status')).toHaveTextContent('Saved'));
    expect(await senderDetails.get()).toEqual({ name: 'Sam Rivera', email: 'sam@northwind.example', title: 'Partnerships lead', brandName: 'Northwind', website: 'northwind.example' });

    await previewFor(user, 'Ana Lima');
    const message = await within(preview()).findByRole('figure', { name: 'Message to Ana Lima' });
    expect(message).toHaveTextContent("I'm Sam Rivera from Northwind.");
    expect(message).toHaveTextContent('Partnerships lead, Northwind');
    expect(within(preview()).queryByText(/\{\{sender\.name\}\}/)).toBeNull();
  });
});

describe('Your details while the page loads', () => {
  it('keeps what the user typed when the form moves beside a template that opens, and when the stored details arrive later', async () => {
    const user = userEvent.setup();
    // No templates yet (the starters were added once and deleted): the form is on its own.
    await fakeBrowser.storage.local.set({ 'templates.startersSeeded.v1': true });
    render(<TemplatesPage />);
    const alone = await screen.findByRole('form', { name: 'Your details' });
    await user.type(within(alone).getByLabelText('Your name'), 'Sam Rivera');

    // A template opens: the form moves beside the editor, with the name still in it.
    await user.click(within(list()).getByRole('button', { name: 'New template' }));
    await screen.findByRole('form', { name: 'Edit “New template”' });
    const beside = screen.getByRole('form', { name: 'Your details' });
    expect(within(beside).getByLabelText('Your name')).toHaveValue('Sam Rivera');

    // Details stored meanwhile (a slow first read, another tab) do not overwrite what was typed.
    await senderDetails.set({ name: 'Old Name', email: '', title: '', brandName: 'Oldco', website: '' });
    await waitFor(() => expect(within(preview()).getByLabelText('Preview for')).toBeInTheDocument());
    await user.type(within(beside).getByLabelText('Brand name'), 'Northwind');
    expect(within(beside).getByLabelText('Your name')).toHaveValue('Sam Rivera');
    await user.click(within(beside).getByRole('button', { name: 'Save your details' }));
    await waitFor(() => expect(within(beside).getByRole('status')).toHaveTextContent('Saved'));
    expect(await senderDetails.get()).toMatchObject({ name: 'Sam Rivera', brandName: 'Northwind' });
  });
});
