/** A new record id: random, so ids made in two browsers of a team never collide. */
export function newId(): string {
  return crypto.randomUUID();
}
