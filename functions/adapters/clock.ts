import type { Clock } from '../domain/ports.ts';

export const systemClock: Clock = { now: () => new Date() };

/** A clock tests move by hand, to reach escalation and follow-up times without waiting. */
export class ManualClock implements Clock {
  #now: number;

  constructor(start: Date | string = new Date()) {
    this.#now = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.#now);
  }

  advance(ms: number): void {
    this.#now += ms;
  }

  set(to: Date | string): void {
    this.#now = new Date(to).getTime();
  }
}
