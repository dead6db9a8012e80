// Copyright 2026 the persist authors. MIT license.

import assert from "node:assert/strict";
import { withAction } from "../../lib/fs/mod.ts";

Deno.test("withAction() names the action on an error Deno gives no class or code, such as EFBIG", () => {
  const raw = new Error("File too large (os error 27)");
  const wrapped = withAction(raw, 'Cannot write "a.npy"', "free disk space");
  assert.ok(wrapped instanceof Error);
  assert.equal(
    wrapped.message,
    'Cannot write "a.npy": File too large (os error 27); free disk space',
  );
  assert.equal(wrapped.cause, raw);
});

Deno.test("withAction() keeps the class and code of a Deno error, and leaves other errors alone", () => {
  const raw = Object.assign(new Deno.errors.NotFound("No such file"), {
    code: "ENOENT",
  });
  const wrapped = withAction(raw, 'Cannot read "x"') as Error & {
    code: string;
  };
  assert.ok(wrapped instanceof Deno.errors.NotFound);
  assert.equal(wrapped.code, "ENOENT");
  assert.equal(wrapped.message, 'Cannot read "x": No such file');
  const plain = new TypeError("not an OS error");
  assert.equal(withAction(plain, "Cannot do it"), plain);
});
