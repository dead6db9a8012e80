// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { type LockEvent, LockTable } from "../../daemon/lock_table.ts";

const summary = (events: LockEvent[]) =>
  events.map((e) => `${e.type}:${e.ticket.owner}`);

Deno.test("LockTable.acquire() grants a free resource at once", () => {
  const table = new LockTable();
  const { ticket, events } = table.acquire("/r", 1, 100);
  assert.deepEqual(summary(events), ["granted:1"]);
  assert.equal(ticket.grantedAt, 100);
  assert.equal(ticket.leaseUntil, Infinity);
  assert.equal(table.get(ticket.id), ticket);
});

Deno.test("LockTable grants waiters in FIFO order", () => {
  const table = new LockTable();
  const holder = table.acquire("/r", 1, 0).ticket;
  const waiters = [2, 3, 4, 5].map((owner, i) =>
    table.acquire("/r", owner, i + 1)
  );
  assert.ok(waiters.every((w) => w.events.length === 0));
  const order: number[] = [];
  let current = holder.id;
  for (let t = 10; t < 15; t++) {
    const events = table.release(current, t);
    if (events.length === 0) break;
    assert.equal(events.length, 1);
    order.push(events[0].ticket.owner);
    current = events[0].ticket.id;
  }
  assert.deepEqual(order, [2, 3, 4, 5]);
  assert.equal(table.size, 0);
  assert.deepEqual(table.resources(), []);
});

Deno.test("LockTable keeps resources independent", () => {
  const table = new LockTable();
  table.acquire("/a", 1, 0);
  const { events } = table.acquire("/b", 2, 0);
  assert.deepEqual(summary(events), ["granted:2"]);
});

Deno.test("LockTable.acquire() with timeout 0 on a held resource times out at once and keeps nothing", () => {
  const table = new LockTable();
  const holder = table.acquire("/r", 1, 0).ticket;
  const { ticket, events } = table.acquire("/r", 2, 5, 0);
  assert.deepEqual(events, [{ type: "timedOut", ticket, holder }]);
  assert.equal(table.get(ticket.id), undefined);
  assert.equal(table.size, 1);
});

Deno.test("LockTable.advance() times out waiters at their deadline, naming the holder", () => {
  const table = new LockTable();
  const holder = table.acquire("/r", 1, 0).ticket;
  const late = table.acquire("/r", 2, 0, 50).ticket;
  table.acquire("/r", 3, 0, 100);
  assert.equal(table.nextDeadline(), 50);
  assert.deepEqual(table.advance(49), []);
  const events = table.advance(50);
  assert.deepEqual(events, [{ type: "timedOut", ticket: late, holder }]);
  assert.equal(table.nextDeadline(), 100);
  assert.deepEqual(table.resources()[0].waiters.map((t) => t.owner), [3]);
});

Deno.test("LockTable.release() of a holder skips waiters already past their deadline", () => {
  const table = new LockTable();
  const holder = table.acquire("/r", 1, 0).ticket;
  table.acquire("/r", 2, 0, 10);
  table.acquire("/r", 3, 0);
  assert.deepEqual(summary(table.release(holder.id, 20)), [
    "timedOut:2",
    "granted:3",
  ]);
});

Deno.test("LockTable.release() of a waiter removes it from the queue only", () => {
  const table = new LockTable();
  const holder = table.acquire("/r", 1, 0).ticket;
  const w = table.acquire("/r", 2, 0).ticket;
  table.acquire("/r", 3, 0);
  assert.deepEqual(table.release(w.id, 1), []);
  assert.deepEqual(summary(table.release(holder.id, 2)), ["granted:3"]);
  assert.deepEqual(table.release(12345, 3), [], "unknown ids are ignored");
});

Deno.test("LockTable.releaseOwner() drops all of an owner's tickets and grants others", () => {
  const table = new LockTable();
  table.acquire("/a", 1, 0);
  table.acquire("/b", 1, 0);
  table.acquire("/a", 1, 0); // waits behind itself
  table.acquire("/a", 2, 0);
  table.acquire("/b", 3, 0);
  const { tickets, events } = table.releaseOwner(1, 5);
  assert.equal(tickets.length, 3);
  assert.deepEqual(summary(events).sort(), ["granted:2", "granted:3"]);
  assert.equal(table.size, 2);
});

Deno.test("LockTable leases start with renew() and expire unless renewed, passing the lock on", () => {
  const table = new LockTable({ leaseTimeout: 100 });
  const holder = table.acquire("/r", 1, 0).ticket;
  // Granted, but its holder still takes what it waited for (the flock).
  assert.equal(holder.leaseUntil, Infinity);
  assert.deepEqual(table.advance(1_000), []);
  assert.equal(table.renew(holder.id, 0), 100);
  table.acquire("/r", 2, 10);
  assert.equal(table.nextDeadline(), 100);
  assert.equal(table.renew(holder.id, 80), 180);
  assert.deepEqual(table.advance(150), []);
  assert.deepEqual(summary(table.advance(180)), ["expired:1", "granted:2"]);
  assert.equal(table.get(holder.id), undefined);
  assert.equal(table.resources()[0].holder?.owner, 2);
  assert.equal(table.resources()[0].holder?.leaseUntil, Infinity);
  assert.equal(table.renew(table.resources()[0].holder!.id, 185), 285);
});

Deno.test("LockTable.renew() refuses waiters and unknown tickets", () => {
  const table = new LockTable({ leaseTimeout: 100 });
  table.acquire("/r", 1, 0);
  const w = table.acquire("/r", 2, 0).ticket;
  assert.equal(table.renew(w.id, 5), undefined);
  assert.equal(table.renew(999, 5), undefined);
});

Deno.test("LockTable without leases has no deadline for holders", () => {
  const table = new LockTable();
  table.acquire("/r", 1, 0);
  assert.equal(table.nextDeadline(), undefined);
  assert.deepEqual(table.advance(1e12), []);
});

Deno.test("LockTable refuses negative timeouts and leases", () => {
  assert.throws(() => new LockTable({ leaseTimeout: -1 }), RangeError);
  assert.throws(() => new LockTable().acquire("/r", 1, 0, -1), RangeError);
  assert.throws(() => new LockTable().acquire("/r", 1, 0, NaN), RangeError);
});
