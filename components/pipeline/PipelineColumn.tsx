import { useDroppable } from '@dnd-kit/core';
import { memo } from 'react';
import type { BoardCard, BoardColumn } from '@/storage/pipeline';
import { statusLabel } from '@/utils/format';
import { columnDropId, type ColumnDropData } from './board-dnd';
import { PipelineCard, type CardActions } from './PipelineCard';

/** A column's title: the stage's name, or "Other" for creators in no known stage. */
export function columnLabel(column: Pick<BoardColumn, 'stage'>): string {
  return column.stage === null ? 'Other' : statusLabel(column.stage);
}

interface Props {
  column: BoardColumn;
  /** The card whose Move form is open, if it is in this column (so other columns need not re-render). */
  openMoveFor: string | null;
  actions: CardActions;
}

/**
 * One stage of the board, a drop target as a whole (an empty column too). "Other" is not a stage,
 * so nothing can be dropped on it: its creators can only leave it.
 */
export function PipelineColumn({ column, openMoveFor, actions }: Props) {
  const stage = column.stage;
  const data: ColumnDropData | undefined = stage === null ? undefined : { stage };
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage ?? '(other)'), data, disabled: stage === null });
  const label = columnLabel(column);
  const labelId = `pipeline-column-${stage ?? '(other)'}`;
  const count = column.cards.length;
  return (
    <section
      ref={setNodeRef}
      className={isOver ? 'pipeline-column pipeline-column--over' : 'pipeline-column'}
      aria-labelledby={labelId}
      data-pipeline-stage={stage ?? ''}
    >
      <h3 className="pipeline-column__title">
        <span id={labelId}>{label}</span>{' '}
        <span className="pipeline-column__count">
          {count}
          <span className="sr-only">{count === 1 ? ' creator' : ' creators'}</span>
        </span>
      </h3>
      {count === 0 ? <p className="pipeline-column__empty">No creators in this stage</p> : <CardList cards={column.cards} openMoveFor={openMoveFor} actions={actions} />}
    </section>
  );
}

/** Memoized apart from the column, which re-renders whenever a drag passes over it. */
const CardList = memo(function CardList({ cards, openMoveFor, actions }: { cards: BoardCard[]; openMoveFor: string | null; actions: CardActions }) {
  return (
    <ul className="pipeline-column__cards">
      {cards.map((card) => (
        <PipelineCard key={card.id} card={card} moveOpen={openMoveFor === card.id} actions={actions} />
      ))}
    </ul>
  );
});
