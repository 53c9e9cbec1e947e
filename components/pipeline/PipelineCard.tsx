import { useDraggable, type DraggableAttributes } from '@dnd-kit/core';
import { Options } from '@/components/form/Options';
import { memo, useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { BoardCard } from '@/storage/pipeline';
import { ObservedNumber } from '@/components/creator/ObservedNumber';
import { platformName, statusLabel } from '@/utils/format';
import { DEFAULT_STAGES } from '@/utils/pipeline';
import type { CardDragData } from './board-dnd';
import { creatorHref } from '@/utils/routes';

/** What a card can ask the board to do. One stable object for every card, so memoized cards stay memoized. */
export interface CardActions {
  move(card: BoardCard, stage: string): void;
  openMove(creatorId: string | null): void;
}

/** The DOM id of a card, so the board can put focus back on it after it changes column. */
export function cardElementId(creatorId: string): string {
  return `pipeline-card-${creatorId}`;
}

/** What a card's drag carries: the card itself, for the overlay and the move. */
export interface CardDragPayload extends CardDragData {
  card: BoardCard;
}

/** Marks the control that gets focus back after a move. */
export type FocusTarget = 'move' | 'drag';
const DRAG_HANDLE: FocusTarget = 'drag';
const MOVE_TOGGLE: FocusTarget = 'move';

interface Props {
  card: BoardCard;
  moveOpen: boolean;
  actions: CardActions;
}

/**
 * A card on the board. This thin wrapper is the part dnd-kit re-renders whenever a drag starts,
 * crosses a column or ends (every draggable listens to that); the card's content below is memoized
 * (useBoard keeps unchanged cards identical), so a drag re-renders hundreds of <li>s and not their
 * contents.
 */
export function PipelineCard({ card, moveOpen, actions }: Props) {
  const data: CardDragPayload = { name: card.displayName, status: card.status, card };
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data });
  return (
    <li
      ref={setNodeRef}
      id={cardElementId(card.id)}
      className={isDragging ? 'pipeline-card pipeline-card--dragging' : 'pipeline-card'}
      // Focusable from script only: the fallback target when focus returns to a moved card.
      tabIndex={-1}
      {...listeners}
    >
      <CardContent card={card} moveOpen={moveOpen} actions={actions} handleRef={setActivatorNodeRef} handleAttributes={attributes} />
    </li>
  );
}

interface ContentProps extends Props {
  handleRef: (element: HTMLElement | null) => void;
  handleAttributes: DraggableAttributes;
}

const CardContent = memo(function CardContent({ card, moveOpen, actions, handleRef, handleAttributes }: ContentProps) {
  const name = card.displayName;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const closeMove = () => {
    actions.openMove(null);
    toggleRef.current?.focus();
  };
  return (
    <>
      <div className="pipeline-card__top">
        <button
          type="button"
          className="pipeline-card__handle"
          ref={handleRef}
          {...handleAttributes}
          aria-label={`Drag ${name}`}
          data-focus-target={DRAG_HANDLE}
        >
          <span aria-hidden="true">⠿</span>
        </button>
        <a className="pipeline-card__name" href={creatorHref(card.id)}>
          {name}
        </a>
      </div>
      {(card.ambassador || card.toVet) && (
        <p className="pipeline-card__marks">
          {card.ambassador && <span className="pipeline-card__mark pipeline-card__mark--ambassador">Ambassador</span>}
          {card.toVet && <span className="pipeline-card__mark">To vet</span>}
        </p>
      )}
      {card.accounts.length > 0 && (
        <ul className="pipeline-card__accounts">
          {card.accounts.map((account) => (
            <li key={`${account.platform}:${account.handle}`}>
              @{account.handle} <span className="pipeline-card__muted">{platformName(account.platform)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className="pipeline-card__figures">
        <span>
          {card.followers === null ? (
            'Followers unknown'
          ) : (
            <>
              <ObservedNumber count={{ value: card.followers, precision: card.followersPrecision }} /> followers
            </>
          )}
        </span>
        <span>{card.fitScore === null ? 'Fit not scored' : `Fit ${Math.round(card.fitScore)}/100`}</span>
      </p>
      {card.tags.length > 0 && (
        <ul className="pipeline-card__tags" aria-label="Tags">
          {card.tags.map((tag, i) => (
            // Imported tags may repeat: the position keeps keys unique.
            <li key={`${i}:${tag}`}>{tag}</li>
          ))}
        </ul>
      )}
      {!(DEFAULT_STAGES as readonly string[]).includes(card.status) && (
        <p className="pipeline-card__muted">Status: {statusLabel(card.status)}</p>
      )}
      <button
        type="button"
        ref={toggleRef}
        className="button button--link pipeline-card__move"
        aria-label={`Move ${name}`}
        aria-expanded={moveOpen}
        data-focus-target={MOVE_TOGGLE}
        onClick={() => (moveOpen ? closeMove() : actions.openMove(card.id))}
      >
        Move…
      </button>
      {moveOpen && <MoveForm card={card} onMove={(stage) => actions.move(card, stage)} onCancel={closeMove} />}
    </>
  );
});

/** Moving without dragging: pick a stage, then confirm (a <select> that moved on change would move the card on every arrow key in some browsers). */
function MoveForm({ card, onMove, onCancel }: { card: BoardCard; onMove: (stage: string) => void; onCancel: () => void }) {
  const known = (DEFAULT_STAGES as readonly string[]).includes(card.status);
  const [stage, setStage] = useState(known ? card.status : '');
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (stage) onMove(stage);
  };
  const escape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  const selectId = `${cardElementId(card.id)}-stage`;
  return (
    // Escape anywhere in the form closes it, as it would a menu.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <form className="pipeline-card__move-form" onSubmit={submit} onKeyDown={escape}>
      <label htmlFor={selectId} className="sr-only">
        Stage for {card.displayName}
      </label>
      <select id={selectId} ref={selectRef} value={stage} onChange={(event) => setStage(event.target.value)}>
        {!known && (
          <option value="" disabled>
            Choose a stage
          </option>
        )}
        <Options values={DEFAULT_STAGES} label={(s) => statusLabel(s)} />
      </select>
      <button type="submit" className="button button--primary" disabled={!stage}>
        Move
      </button>
      <button type="button" className="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

/** The card as it follows the pointer: just enough to recognise it. */
export function CardPreview({ card }: { card: BoardCard }) {
  return (
    <div className="pipeline-card pipeline-card--preview" aria-hidden="true">
      <strong>{card.displayName}</strong>
      {card.accounts[0] && <span className="pipeline-card__muted"> @{card.accounts[0].handle}</span>}
    </div>
  );
}
