import { BrandProfileEditor } from '@/components/settings/BrandProfileEditor';
import { SenderDetailsForm, useSenderDetails } from '@/components/templates/SenderDetailsForm';
import './welcome.css';

/**
 * The first-run page, opened when the extension is installed (and linked from the empty roster):
 * the two things Creator Scout cannot guess — what the brand looks for (the fit score's criteria)
 * and who the messages come from — then how to start.
 */
export function WelcomePage() {
  const sender = useSenderDetails();
  return (
    <section className="welcome" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">Welcome to Creator Scout</h2>
      <p>
        Two things to set up, then you vet creators from the profile pages you already visit. Everything stays in this browser; you can change
        both later (<a href="#/brand">Brand profile</a>, <a href="#/templates">Templates</a>).
      </p>
      <ol className="welcome__steps">
        <li className="welcome__step">
          <h3>1. What your brand looks for</h3>
          <p className="muted">
            The fit score (0–100) compares each creator with these criteria. No fit is scored until you save them: the form starts from examples.
          </p>
          <BrandProfileEditor />
        </li>
        <li className="welcome__step">
          <h3>2. Who your messages come from</h3>
          <p className="muted">Outreach templates sign with these details.</p>
          <SenderDetailsForm stored={sender} />
        </li>
        <li className="welcome__step">
          <h3>3. Start vetting</h3>
          <p>
            Open a creator’s profile on Instagram, TikTok, YouTube, X or Bluesky: a small badge shows their numbers, and the Creator Scout button in
            the toolbar shows every score with its formula. Press <strong>Save to shortlist</strong>, then find them in your{' '}
            <a href="#/roster">roster</a>. Already keep a list? <a href="#/import-export">Import it from a CSV file</a>.
          </p>
        </li>
      </ol>
    </section>
  );
}
