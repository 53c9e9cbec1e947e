import type { Active, ClientRect, DroppableContainer, Over, SensorContext } from '@dnd-kit/core';
import { describe, expect, it } from 'vitest';
import {
  boardCollisionDetection,
  boardKeyboardCoordinates,
  columnDropId,
  createBoardAnnouncements,
  moveForDrop,
} from '@/components/pipeline/board-dnd';

// The board's drag-and-drop rules as plain functions. The whole path (Space, arrows, Space) is
// also driven through dnd-kit's keyboard sensor in pipeline.test.tsx.

const active = (id: string, name: string, status: string) => ({ id, data: { current: { name, status } } }) as unknown as Active;
const over = (stage: string) => ({ id: columnDropId(stage), data: { current: { stage } } }) as unknown as Over;

describe('moveForDrop', () => {
  it('asks to move a card dropped on another column', () => {
    expect(moveForDrop({ active: active('c1', 'Pluto', 'shortlisted'), over: over('contacted') })).toEqual({ creatorId: 'c1', stage: 'contacted' });
  });

  it('asks for nothing when the card is dropped back on its own column or outside every column', () => {
    expect(moveForDrop({ active: active('c1', 'Pluto', 'shortlisted'), over: over('shortlisted') })).toBeNull();
    expect(moveForDrop({ active: active('c1', 'Pluto', 'shortlisted'), over: null })).toBeNull();
  });
});

describe('announcements', () => {
  it('say what happens, in the order a screen reader user needs it', () => {
    const say = createBoardAnnouncements();
    const pluto = active('c1', 'Pluto', 'shortlisted');
    expect(say.onDragStart({ active: pluto })).toBe('Picked up Pluto, in Shortlisted.');
    // dnd-kit reports the card's own column right after pick-up: that must not talk over "Picked up".
    expect(say.onDragOver({ active: pluto, over: over('shortlisted') })).toBeUndefined();
    expect(say.onDragOver({ active: pluto, over: over('contacted') })).toBe('Pluto is over Contacted.');
    expect(say.onDragOver({ active: pluto, over: null })).toBe('Pluto is not over a stage.');
    expect(say.onDragOver({ active: pluto, over: over('shortlisted') })).toBe('Pluto is back over Shortlisted, where it already is.');
    expect(say.onDragEnd({ active: pluto, over: over('content_in_progress') })).toBe('Pluto moved to Content in progress.');
    expect(say.onDragEnd({ active: pluto, over: over('shortlisted') })).toBe('Pluto stays in Shortlisted.');
    expect(say.onDragEnd({ active: pluto, over: null })).toBe('Pluto was dropped outside the stages and stays in Shortlisted.');
    expect(say.onDragCancel({ active: pluto, over: null })).toBe('Moving Pluto was cancelled. Pluto stays in Shortlisted.');
  });
});

/** Three columns 280 px wide with 20 px gaps, like the board lays them out. */
const COLUMNS = ['prospect', 'shortlisted', 'contacted'].map((stage, i) => ({
  id: columnDropId(stage),
  rect: { left: i * 300, top: 100, width: 280, height: 2000, right: i * 300 + 280, bottom: 2100 } satisfies ClientRect,
}));

function sensorContext(collisionRect: ClientRect, overStage: string | null): SensorContext {
  const containers = COLUMNS.map((c) => ({ id: c.id, disabled: false }) as unknown as DroppableContainer);
  return {
    collisionRect,
    over: overStage ? over(overStage) : null,
    droppableRects: new Map(COLUMNS.map((c) => [c.id, c.rect])),
    droppableContainers: Object.assign(containers, { getEnabled: () => containers }),
  } as unknown as SensorContext;
}

const card = (left: number, top = 150): ClientRect => ({ left, top, width: 260, height: 80, right: left + 260, bottom: top + 80 });
const press = (code: string) => new KeyboardEvent('keydown', { code, cancelable: true });
const moveWith = (code: string, rect: ClientRect, overStage: string | null) =>
  boardKeyboardCoordinates(press(code), { active: 'c1', currentCoordinates: { x: rect.left, y: rect.top }, context: sensorContext(rect, overStage) });

describe('keyboard dragging', () => {
  it('jumps a whole column per arrow key, keeping the card at its height', () => {
    expect(moveWith('ArrowRight', card(310), 'shortlisted')).toEqual({ x: 610, y: 150 });
    expect(moveWith('ArrowDown', card(310), 'shortlisted')).toEqual({ x: 610, y: 150 });
    expect(moveWith('ArrowLeft', card(310), 'shortlisted')).toEqual({ x: 10, y: 150 });
    expect(moveWith('ArrowUp', card(310), 'shortlisted')).toEqual({ x: 10, y: 150 });
  });

  it('stops at the first and the last column, and ignores other keys', () => {
    expect(moveWith('ArrowLeft', card(10), 'prospect')).toBeUndefined();
    expect(moveWith('ArrowRight', card(610), 'contacted')).toBeUndefined();
    expect(moveWith('KeyA', card(310), 'shortlisted')).toBeUndefined();
  });

  it('from a gap between columns, goes to the nearest column in the arrow’s direction', () => {
    const inGap = { left: 155, top: 150, width: 260, height: 80, right: 415, bottom: 230 }; // centre x = 285, in the gap
    expect(moveWith('ArrowRight', inGap, null)).toEqual({ x: 310, y: 150 });
    expect(moveWith('ArrowLeft', inGap, null)).toEqual({ x: 10, y: 150 });
  });
});

describe('collision detection', () => {
  const args = (collisionRect: ClientRect, pointerCoordinates: { x: number; y: number } | null) => {
    const context = sensorContext(collisionRect, null);
    return {
      active: active('c1', 'Pluto', 'shortlisted'),
      collisionRect,
      droppableRects: context.droppableRects,
      droppableContainers: context.droppableContainers.getEnabled(),
      pointerCoordinates,
    };
  };

  it('picks the column under the pointer', () => {
    expect(boardCollisionDetection(args(card(10), { x: 650, y: 300 })).map((c) => c.id)).toEqual([columnDropId('contacted')]);
  });

  it('without a pointer (keyboard), picks the column holding the card’s centre, even far down a tall column', () => {
    expect(boardCollisionDetection(args(card(310, 1900), null)).map((c) => c.id)).toEqual([columnDropId('shortlisted')]);
    expect(boardCollisionDetection(args(card(155), null))).toEqual([]);
  });
});
