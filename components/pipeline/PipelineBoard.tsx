import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
  type DragStartEvent,
  type KeyboardSensorOptions,
  type PointerSensorOptions,
} from '@dnd-kit/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { storageErrorMessage } from '@/utils/model/errors';
import { moveToStage, type BoardCard } from '@/storage/pipeline';
import { useBoard } from '@/components/data/pipeline';
import { statusLabel } from '@/utils/format';
import {
  boardCollisionDetection,
  boardKeyboardCoordinates,
  boardScreenReaderInstructions,
  createBoardAnnouncements,
  moveForDrop,
} from './board-dnd';
import { CardPreview, cardElementId, type CardActions, type CardDragPayload, type FocusTarget } from './PipelineCard';
import { PipelineColumn } from './PipelineColumn';
import './pipeline.css';

// Sensor options live outside the component: dnd-kit memoizes sensors by these objects' identity,
// and new sensors on every render would re-render every card on the board.
/** A few pixels of travel before a drag starts, so a click on a card's link or buttons stays a click. */
const POINTER_OPTIONS: PointerSensorOptions = { activationConstraint: { distance: 6 } };
const KEYBOARD_OPTIONS: KeyboardSensorOptions = { coordinateGetter: boardKeyboardCoordinates };

interface PendingFocus {
  creatorId: string;
  stage: string;
  target: FocusTarget;
}

/**
 * Put focus back on a moved card once it is in its new column: moving re-mounts the card there,
 * which would otherwise drop keyboard users at the top of the page. True once done.
 */
function focusMovedCard({ creatorId, stage, target }: PendingFocus): boolean {
  const card = document.getElementById(cardElementId(creatorId));
  if (!card || card.closest('[data-pipeline-stage]')?.getAttribute('data-pipeline-stage') !== stage) return false;
  (card.querySelector<HTMLElement>(`[data-focus-target="${target}"]`) ?? card).focus();
  return true;
}

function draggedCard(data: unknown): BoardCard | null {
  return (data as Partial<CardDragPayload> | undefined)?.card ?? null;
}

/** The pipeline: a column per stage, cards moved by drag and drop or with each card's Move form. */
export function PipelineBoard() {
  const state = useBoard();
  const columns = state?.columns ?? null;
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [openMoveFor, setOpenMoveFor] = useState<string | null>(null);
  const [dragged, setDragged] = useState<BoardCard | null>(null);
  const pendingFocus = useRef<PendingFocus | null>(null);
  const accessibility = useMemo(
    () => ({ announcements: createBoardAnnouncements(), screenReaderInstructions: boardScreenReaderInstructions }),
    [],
  );

  const sensors = useSensors(useSensor(PointerSensor, POINTER_OPTIONS), useSensor(KeyboardSensor, KEYBOARD_OPTIONS));

  const move = useCallback(async (card: BoardCard, stage: string, target: FocusTarget) => {
    setError(null);
    setAnnouncement(''); // so the same words said twice in a row are read out again
    const focus: PendingFocus = { creatorId: card.id, stage, target };
    // Set before the write: the live board may re-render with the moved card before the write's promise resolves.
    pendingFocus.current = focus;
    try {
      await moveToStage(card.id, stage, Date.now());
      if (target === 'move') setAnnouncement(`${card.displayName} moved to ${statusLabel(stage)}.`);
      if (pendingFocus.current === focus && focusMovedCard(focus)) pendingFocus.current = null;
    } catch (failure) {
      if (pendingFocus.current === focus) pendingFocus.current = null;
      setError(`${card.displayName} was not moved. ${storageErrorMessage(failure)}`);
    }
  }, []);

  useEffect(() => {
    if (pendingFocus.current && focusMovedCard(pendingFocus.current)) pendingFocus.current = null;
  }, [columns]);

  const actions = useMemo<CardActions>(
    () => ({
      move: (card, stage) => {
        setOpenMoveFor(null);
        void move(card, stage, 'move');
      },
      openMove: setOpenMoveFor,
    }),
    [move],
  );

  // Both read the card from the drag itself rather than from the board, so they never change and
  // DndContext does not re-render its hundreds of draggables each time the board does.
  const onDragStart = useCallback(({ active }: DragStartEvent) => {
    setOpenMoveFor(null);
    setDragged(draggedCard(active.data.current));
  }, []);

  const onDragEnd = useCallback(
    (event: DragEndEvent) => {
      setDragged(null);
      const request = moveForDrop(event);
      const card = draggedCard(event.active.data.current);
      if (request && card) void move(card, request.stage, 'drag');
    },
    [move],
  );

  // Only the column holding the open Move form needs to hear about it.
  const openMoveColumn = useMemo(
    () => (openMoveFor && columns ? columns.findIndex((column) => column.cards.some((c) => c.id === openMoveFor)) : -1),
    [columns, openMoveFor],
  );

  return (
    <div className="pipeline">
      <h2>Pipeline</h2>
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {(error ?? state?.error) && (
        <p className="pipeline__error" role="alert">
          {error ?? state?.error}
        </p>
      )}
      {state === undefined && <p role="status">Loading the pipeline…</p>}
      {columns && (
        <DndContext
          sensors={sensors}
          collisionDetection={boardCollisionDetection}
          accessibility={accessibility}
          onDragStart={onDragStart}
          onDragEnd={onDragEnd}
          onDragCancel={() => setDragged(null)}
        >
          <div className="pipeline__columns">
            {columns.map((column, index) => (
              <PipelineColumn
                key={column.stage ?? '(other)'}
                column={column}
                openMoveFor={index === openMoveColumn ? openMoveFor : null}
                actions={actions}
              />
            ))}
          </div>
          {/* The card follows the pointer in an overlay, so the columns' scrolling cannot clip it. No drop
              animation: the card is re-drawn in its new column as soon as the move is saved. */}
          <DragOverlay dropAnimation={null}>{dragged ? <CardPreview card={dragged} /> : null}</DragOverlay>
        </DndContext>
      )}
    </div>
  );
}
