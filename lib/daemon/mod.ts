// Copyright 2026 the persist authors. MIT license.

/**
 * The client of persistd, the local lock daemon: FIFO write locks on
 * folders that are released when the client disconnects or dies, and
 * generated names. The wire protocol lives in `daemon/protocol.ts`.
 *
 * @module
 */

export {
  type AllocateNameOptions,
  type DaemonAcquireOptions,
  type DaemonLock,
  type DaemonStatusOptions,
  PersistdClient,
  type PersistdConnectOptions,
  type PersistdInfo,
  socketFromEnv,
} from "./client.ts";
export type {
  DaemonClientView,
  DaemonHolderView,
  DaemonResourceView,
  DaemonStatus,
  DaemonWaiterView,
} from "../../daemon/protocol.ts";
