import { useEffect, useId, useState } from 'react';
import type { DeliverableChoice } from '@/utils/model/views';
import type { Extraction } from '@/utils/model/reading';
import { linkedMessage } from '@/utils/deliverables/linked';
import { STAGE_LABELS } from '@/utils/deliverables/rules';
import type { PopupApi } from './popup-api';

// On a post page of a creator on the roster: is this post one of their deliverables? Linking marks
// it published and verified and fills its numbers into the campaign's results.

export function LinkDeliverable({ api, reading, creatorId }: { api: PopupApi; reading: Extraction; creatorId: string }) {
  const id = useId();
  const post = reading.posts[0];
  const postId = post ? `${reading.platform}:${post.id}` : null;
  const [choices, setChoices] = useState<{ open: DeliverableChoice[]; linked: DeliverableChoice | null } | null>(null);
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!postId || !api.postDeliverables) return;
    let live = true;
    api.postDeliverables(creatorId, postId).then(
      (c) => {
        if (!live) return;
        setChoices(c);
        setChosen(c.open[0]?.id ?? '');
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, creatorId, postId]);

  if (!choices || !api.linkPost) return null;
  if (choices.linked) {
    return (
      <>
        <p className="save-area__note">
          This post is linked to the deliverable “{choices.linked.title}”{choices.linked.campaignName ? ` in “${choices.linked.campaignName}”` : ''}.
        </p>
        <p role="status">{message}</p>
      </>
    );
  }
  if (choices.open.length === 0) return null;

  const link = async () => {
    setError(null);
    try {
      setMessage(linkedMessage(await api.linkPost!(chosen, reading)));
      setChoices({ open: [], linked: choices.open.find((c) => c.id === chosen) ?? null });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <section className="save-area" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="save-area__note">
        Is this post one of their deliverables?
      </h2>
      <label htmlFor={`${id}-choice`}>Deliverable</label>
      <select id={`${id}-choice`} className="input" value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {choices.open.map((c) => (
          <option key={c.id} value={c.id}>
            {c.title}
            {c.campaignName ? ` — ${c.campaignName}` : ''} ({STAGE_LABELS[c.status]})
          </option>
        ))}
      </select>
      <button type="button" className="button button--primary" onClick={() => void link()}>
        Link this post
      </button>
      <p role="status">{message}</p>
      {error && <p role="alert">{error}</p>}
    </section>
  );
}
