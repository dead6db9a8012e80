// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.

/**
 * The lock table of persistd: a pure state machine, no I/O and no clock.
 * Each resource (a folder's real path) has at most one holder and a FIFO
 * queue of waiters. Every method takes the current time and returns the
 * {@linkcode LockEvent}s it caused (grants, timeouts, lease expiries); the
 * server turns those into file locks and replies, and calls
 * {@linkcode LockTable.advance} at {@linkcode LockTable.nextDeadline}.
 *
 * @example Two owners taking turns
 * ```ts
 * import { LockTable } from "./lock_table.ts";
 *
 * const table = new LockTable();
 * const a = table.acquire("/data/runs", 1, 0);
 * const b = table.acquire("/data/runs", 2, 0);
 * console.log(a.events[0].type, b.events.length); // granted 0
 * const events = table.release(a.ticket.id, 10);
 * console.log(events[0].type, events[0].ticket.owner); // granted 2
 * ```
 *
 * @module
 */

/** One request for a lock: waiting in a queue or holding. */
export interface LockTicket {
  /** Unique, increasing id (the lock id on the wire). */
  readonly id: number;
  /** The resource (a folder's real path). */
  readonly resource: string;
  /** Who asked (the server's connection number). */
  readonly owner: number;
  /** When it asked. */
  readonly requestedAt: number;
  /** When it stops waiting; `Infinity` for no limit. */
  readonly deadline: number;
  /** When it was granted; `undefined` while waiting. */
  grantedAt: number | undefined;
  /**
   * When its lease ends; `Infinity` when leases are off, while waiting, and
   * from the grant until `renew()` starts the lease.
   */
  leaseUntil: number;
}

/** Something that happened to a ticket as a result of a table operation. */
export type LockEvent =
  | {
    /** The ticket became the holder of its resource. */
    type: "granted";
    /** The ticket. */
    ticket: LockTicket;
  }
  | {
    /** The ticket's wait ended at its deadline; it is gone from the table. */
    type: "timedOut";
    /** The ticket. */
    ticket: LockTicket;
    /** Who held the resource at that moment. */
    holder: LockTicket | undefined;
  }
  | {
    /** The holder's lease ran out; it is gone from the table. */
    type: "expired";
    /** The ticket. */
    ticket: LockTicket;
  };

/** A resource's holder and queue. */
export interface ResourceState {
  /** The resource. */
  readonly resource: string;
  /** The holder, if any. */
  readonly holder: LockTicket | undefined;
  /** The waiters, first in line first. */
  readonly waiters: readonly LockTicket[];
}

/** Options for {@linkcode LockTable}. */
export interface LockTableOptions {
  /**
   * How long a holder keeps a lock without renewing it, in milliseconds;
   * `0` means leases never run out (a lock ends with its owner).
   *
   * @default {0}
   */
  leaseTimeout?: number;
}

interface Queue {
  resource: string;
  holder: LockTicket | undefined;
  waiters: LockTicket[];
}

/**
 * FIFO lock queues per resource, with deadlines for waiters and optional
 * leases for holders. See the module documentation.
 *
 * @example A waiter that times out
 * ```ts
 * import { LockTable } from "./lock_table.ts";
 * const table = new LockTable();
 * table.acquire("/d", 1, 0);
 * table.acquire("/d", 2, 0, 100);
 * console.log(table.nextDeadline()); // 100
 * console.log(table.advance(100).map((e) => e.type)); // ["timedOut"]
 * ```
 */
export class LockTable {
  #queues = new Map<string, Queue>();
  #tickets = new Map<number, LockTicket>();
  #byOwner = new Map<number, Set<number>>();
  #nextId = 1;
  #leaseTimeout: number;

  /**
   * Constructs a new {@linkcode LockTable}.
   *
   * @param options The lease timeout.
   */
  constructor(options: LockTableOptions = {}) {
    const { leaseTimeout = 0 } = options;
    if (!(leaseTimeout >= 0)) {
      throw new RangeError(
        `Cannot create the lock table: the lease timeout must be 0 or more milliseconds, got ${leaseTimeout}`,
      );
    }
    this.#leaseTimeout = leaseTimeout;
  }

  /** The lease timeout in milliseconds (`0`: no leases). */
  get leaseTimeout(): number {
    return this.#leaseTimeout;
  }

  /** How many tickets (holders and waiters) the table holds. */
  get size(): number {
    return this.#tickets.size;
  }

  /**
   * Asks for the lock on `resource`. It is granted at once when nobody holds
   * or waits for it; otherwise the ticket joins the end of the queue, unless
   * `timeout` is `0`, in which case it times out at once and is not kept.
   *
   * @param resource The resource.
   * @param owner Who asks.
   * @param now The current time in milliseconds.
   * @param timeout How long to wait, in milliseconds (`Infinity`: no limit).
   * @returns The ticket and the events (`granted` or `timedOut`, or none).
   */
  acquire(
    resource: string,
    owner: number,
    now: number,
    timeout: number = Infinity,
  ): { ticket: LockTicket; events: LockEvent[] } {
    if (!(timeout >= 0)) {
      throw new RangeError(
        `Cannot queue for "${resource}": the timeout must be 0 or more milliseconds, got ${timeout}`,
      );
    }
    const ticket: LockTicket = {
      id: this.#nextId++,
      resource,
      owner,
      requestedAt: now,
      deadline: now + timeout,
      grantedAt: undefined,
      leaseUntil: Infinity,
    };
    let queue = this.#queues.get(resource);
    if (queue === undefined) {
      queue = { resource, holder: undefined, waiters: [] };
      this.#queues.set(resource, queue);
    }
    if (queue.holder === undefined && queue.waiters.length === 0) {
      this.#track(ticket);
      this.#grant(queue, ticket, now);
      return { ticket, events: [{ type: "granted", ticket }] };
    }
    if (timeout === 0) {
      return {
        ticket,
        events: [{ type: "timedOut", ticket, holder: queue.holder }],
      };
    }
    this.#track(ticket);
    queue.waiters.push(ticket);
    return { ticket, events: [] };
  }

  /**
   * Drops a ticket: a holder releases its lock (the next waiter is granted),
   * a waiter leaves its queue. Unknown ids are ignored.
   *
   * @param id The ticket id.
   * @param now The current time in milliseconds.
   * @returns The events caused (a grant to the next waiter, or timeouts of
   * waiters whose deadline has passed).
   */
  release(id: number, now: number): LockEvent[] {
    const events: LockEvent[] = [];
    this.#drop(id, now, events);
    return events;
  }

  /**
   * Drops every ticket of `owner`, as when its connection closes.
   *
   * @param owner The owner.
   * @param now The current time in milliseconds.
   * @returns The dropped tickets, and the events caused for others.
   */
  releaseOwner(
    owner: number,
    now: number,
  ): { tickets: LockTicket[]; events: LockEvent[] } {
    const ids = [...(this.#byOwner.get(owner) ?? [])];
    const tickets = ids.map((id) => this.#tickets.get(id)!);
    const events: LockEvent[] = [];
    for (const id of ids) this.#drop(id, now, events);
    return { tickets, events: events.filter((e) => e.ticket.owner !== owner) };
  }

  /**
   * Restarts the lease of a holder.
   *
   * @param id The ticket id.
   * @param now The current time in milliseconds.
   * @returns The new end of the lease (`Infinity` without leases), or
   * `undefined` when the ticket is not a holder.
   */
  renew(id: number, now: number): number | undefined {
    const ticket = this.#tickets.get(id);
    if (ticket?.grantedAt === undefined) return undefined;
    ticket.leaseUntil = this.#leaseTimeout > 0
      ? now + this.#leaseTimeout
      : Infinity;
    return ticket.leaseUntil;
  }

  /**
   * Applies the passage of time: holders whose lease has ended lose the lock,
   * waiters whose deadline has passed leave their queue, and freed locks go
   * to the next waiters.
   *
   * @param now The current time in milliseconds.
   * @returns The events, in order.
   */
  advance(now: number): LockEvent[] {
    const events: LockEvent[] = [];
    for (const queue of [...this.#queues.values()]) {
      const holder = queue.holder;
      if (holder !== undefined && holder.leaseUntil <= now) {
        this.#untrack(holder);
        queue.holder = undefined;
        events.push({ type: "expired", ticket: holder });
      }
      const waiting = queue.waiters;
      queue.waiters = [];
      for (const ticket of waiting) {
        if (ticket.deadline <= now) {
          this.#untrack(ticket);
          events.push({ type: "timedOut", ticket, holder: queue.holder });
        } else {
          queue.waiters.push(ticket);
        }
      }
      this.#promote(queue, now, events);
    }
    return events;
  }

  /**
   * The earliest time at which {@linkcode LockTable.advance} has something to
   * do: a waiter's deadline or a lease's end.
   *
   * @returns The time in milliseconds, or `undefined` when nothing is due.
   */
  nextDeadline(): number | undefined {
    let next = Infinity;
    for (const ticket of this.#tickets.values()) {
      next = Math.min(
        next,
        ticket.grantedAt === undefined ? ticket.deadline : ticket.leaseUntil,
      );
    }
    return next === Infinity ? undefined : next;
  }

  /**
   * Looks up a ticket.
   *
   * @param id The ticket id.
   * @returns The ticket, if it still holds or waits.
   */
  get(id: number): LockTicket | undefined {
    return this.#tickets.get(id);
  }

  /**
   * The held or awaited resources, in the order they were first asked for.
   *
   * @returns One entry per resource.
   */
  resources(): ResourceState[] {
    return [...this.#queues].map(([resource, queue]) => ({
      resource,
      holder: queue.holder,
      waiters: [...queue.waiters],
    }));
  }

  #drop(id: number, now: number, events: LockEvent[]): void {
    const ticket = this.#tickets.get(id);
    if (ticket === undefined) return;
    this.#untrack(ticket);
    const queue = this.#queues.get(ticket.resource)!;
    if (queue.holder === ticket) {
      queue.holder = undefined;
    } else {
      queue.waiters.splice(queue.waiters.indexOf(ticket), 1);
    }
    this.#promote(queue, now, events);
  }

  #promote(queue: Queue, now: number, events: LockEvent[]): void {
    while (queue.holder === undefined && queue.waiters.length > 0) {
      const next = queue.waiters.shift()!;
      if (next.deadline <= now) {
        this.#untrack(next);
        events.push({ type: "timedOut", ticket: next, holder: undefined });
        continue;
      }
      this.#grant(queue, next, now);
      events.push({ type: "granted", ticket: next });
    }
    if (queue.holder === undefined && queue.waiters.length === 0) {
      this.#queues.delete(queue.resource);
    }
  }

  #grant(queue: Queue, ticket: LockTicket, now: number): void {
    queue.holder = ticket;
    ticket.grantedAt = now;
    // The lease starts with renew(), when the holder has what it waited
    // for (the server: the folder's .lock flock). A holder still waiting
    // for that is bounded by its deadline, not by the lease.
    ticket.leaseUntil = Infinity;
  }

  #track(ticket: LockTicket): void {
    this.#tickets.set(ticket.id, ticket);
    let ids = this.#byOwner.get(ticket.owner);
    if (ids === undefined) {
      ids = new Set();
      this.#byOwner.set(ticket.owner, ids);
    }
    ids.add(ticket.id);
  }

  #untrack(ticket: LockTicket): void {
    this.#tickets.delete(ticket.id);
    const ids = this.#byOwner.get(ticket.owner);
    ids?.delete(ticket.id);
    if (ids?.size === 0) this.#byOwner.delete(ticket.owner);
  }
}
