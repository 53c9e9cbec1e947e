import {
  KeyboardCode,
  pointerWithin,
  type Active,
  type Announcements,
  type Collision,
  type CollisionDetection,
  type DragEndEvent,
  type KeyboardCoordinateGetter,
  type Over,
  type ScreenReaderInstructions,
} from '@dnd-kit/core';
import { statusLabel } from '@/utils/format';

// The drag-and-drop rules of the pipeline board, kept apart from the components as plain
// functions so they can be tested without a layout engine (jsdom measures every box as 0×0).

/** What a draggable card carries. */
export interface CardDragData {
  name: string;
  status: string;
}

/** What a droppable column carries. */
export interface ColumnDropData {
  stage: string;
}

/** Droppable ids are prefixed so they can never be mistaken for a creator's id. */
export function columnDropId(stage: string): string {
  return `stage:${stage}`;
}

function cardOf(active: Pick<Active, 'data'>): CardDragData | null {
  const data = active.data.current as Partial<CardDragData> | undefined;
  return typeof data?.name === 'string' && typeof data.status === 'string' ? { name: data.name, status: data.status } : null;
}

function stageOf(over: Pick<Over, 'data'> | null): string | null {
  const data = over?.data.current as Partial<ColumnDropData> | undefined;
  return typeof data?.stage === 'string' ? data.stage : null;
}

export interface StageMove {
  creatorId: string;
  stage: string;
}

/** The move a drop asks for, or null when it asks for none (dropped outside the columns, or back on its own). */
export function moveForDrop({ active, over }: Pick<DragEndEvent, 'active' | 'over'>): StageMove | null {
  const card = cardOf(active);
  const stage = stageOf(over);
  if (!card || stage === null || stage === card.status) return null;
  return { creatorId: String(active.id), stage };
}

/**
 * What screen readers hear while a card is dragged (dnd-kit reads these out in its live region).
 * One set per board: it remembers the column last announced, because dnd-kit reports the card's
 * own column right after pick-up, which would talk over "Picked up …".
 */
export function createBoardAnnouncements(): Announcements {
  let lastStage: string | null = null;
  return {
    onDragStart({ active }) {
      const card = cardOf(active);
      lastStage = card?.status ?? null;
      return card ? `Picked up ${card.name}, in ${statusLabel(card.status)}.` : undefined;
    },
    onDragOver({ active, over }) {
      const card = cardOf(active);
      const stage = stageOf(over);
      if (!card || stage === lastStage) return undefined;
      lastStage = stage;
      if (stage === null) return `${card.name} is not over a stage.`;
      if (stage === card.status) return `${card.name} is back over ${statusLabel(stage)}, where it already is.`;
      return `${card.name} is over ${statusLabel(stage)}.`;
    },
    onDragEnd({ active, over }) {
      const card = cardOf(active);
      if (!card) return undefined;
      const stage = stageOf(over);
      if (stage === null) return `${card.name} was dropped outside the stages and stays in ${statusLabel(card.status)}.`;
      if (stage === card.status) return `${card.name} stays in ${statusLabel(stage)}.`;
      return `${card.name} moved to ${statusLabel(stage)}.`;
    },
    onDragCancel({ active }) {
      const card = cardOf(active);
      return card ? `Moving ${card.name} was cancelled. ${card.name} stays in ${statusLabel(card.status)}.` : undefined;
    },
  };
}

export const boardScreenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this creator to another stage, press Space to pick them up, use the arrow keys to choose a stage, ' +
    'and press Space again to drop them there. Escape cancels. The Move button does the same without dragging.',
};

interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

function centre(box: Box): { x: number; y: number } {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
}

function contains(box: Box, point: { x: number; y: number }): boolean {
  return point.x >= box.left && point.x <= box.left + box.width && point.y >= box.top && point.y <= box.top + box.height;
}

/**
 * Which column a dragged card is over: the one under the pointer; failing that (keyboard drags
 * have no pointer, or the pointer is in a gap) the one holding the centre of the dragged card.
 * Columns can be thousands of pixels tall, so "closest centre" would pick the wrong neighbour.
 */
export const boardCollisionDetection: CollisionDetection = (args) => {
  if (args.pointerCoordinates) {
    const underPointer = pointerWithin(args);
    if (underPointer.length > 0) return underPointer;
  }
  const point = centre(args.collisionRect);
  return args.droppableContainers.flatMap((container): Collision[] => {
    const rect = args.droppableRects.get(container.id);
    return rect && contains(rect, point) ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : [];
  });
};

/**
 * The column an arrow key leads to, among columns sorted left to right: the neighbour of the one
 * the card is over or, when it is over none (in a gap), the nearest one in the arrow's direction.
 */
function targetIndex(columns: Box[], overIndex: number, x: number, step: 1 | -1): number {
  if (overIndex >= 0) return overIndex + step;
  const firstRightOfCard = columns.findIndex((rect) => x < rect.left);
  const inside = columns.findIndex((rect) => x >= rect.left && x <= rect.left + rect.width);
  if (inside >= 0) return inside + step;
  const right = firstRightOfCard < 0 ? columns.length : firstRightOfCard;
  return step > 0 ? right : right - 1;
}

const NEXT: string[] = [KeyboardCode.Right, KeyboardCode.Down];
const PREVIOUS: string[] = [KeyboardCode.Left, KeyboardCode.Up];

/**
 * Keyboard dragging jumps a whole column per arrow key (right/down: next stage, left/up: previous)
 * instead of dnd-kit's default 25 px steps, which would take dozens of presses to cross a column.
 */
export const boardKeyboardCoordinates: KeyboardCoordinateGetter = (event, { context }) => {
  const step = NEXT.includes(event.code) ? 1 : PREVIOUS.includes(event.code) ? -1 : 0;
  const { collisionRect, droppableRects, droppableContainers, over } = context;
  if (step === 0 || !collisionRect) return undefined;
  event.preventDefault();
  const columns = droppableContainers
    .getEnabled()
    .flatMap((container) => {
      const rect = droppableRects.get(container.id);
      return rect ? [{ id: container.id, rect }] : [];
    })
    .sort((a, b) => a.rect.left - b.rect.left);
  const target = columns[targetIndex(columns.map((c) => c.rect), columns.findIndex((c) => c.id === over?.id), centre(collisionRect).x, step)];
  if (!target) return undefined;
  const { rect } = target;
  return {
    x: rect.left + (rect.width - collisionRect.width) / 2,
    // Keep the card at its height, inside the target column.
    y: Math.min(Math.max(collisionRect.top, rect.top), rect.top + Math.max(0, rect.height - collisionRect.height)),
  };
};
