// Copyright 2026 the persist authors. MIT license.
// This module is browser compatible.
// MessagePack bytes written straight into one growing buffer, with the
// smallest format for each value as @msgpack/msgpack 3.1 chooses it (the
// chest's files were first written by that library, and their bytes must
// not change): the codec walks a value once and writes it, instead of
// building a copy of it for the library to walk again.

const textEncoder = new TextEncoder();

/** The largest header of an extension (ext 32: marker, length, type). */
export const EXT_HEADER_MAX = 6;

/** The largest header of an array (array 32: marker, length). */
export const ARRAY_HEADER_MAX = 5;

/** A growing buffer of MessagePack bytes. */
export class MsgWriter {
  /** The bytes written: `bytes` up to `pos`. */
  bytes: Uint8Array<ArrayBuffer>;
  #view: DataView;
  /** Where the next byte goes. */
  pos = 0;

  constructor(size = 4096) {
    this.bytes = new Uint8Array(size);
    this.#view = new DataView(this.bytes.buffer);
  }

  /** Makes room for `n` more bytes. */
  room(n: number): void {
    if (this.pos + n > this.bytes.length) this.#grow(n);
  }

  #grow(n: number): void {
    let size = this.bytes.length * 2;
    while (size < this.pos + n) size *= 2;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes.subarray(0, this.pos));
    this.bytes = bytes;
    this.#view = new DataView(bytes.buffer);
  }

  /** Appends one byte. */
  byte(b: number): void {
    this.room(1);
    this.bytes[this.pos++] = b;
  }

  /** Appends bytes. */
  raw(data: Uint8Array): void {
    this.room(data.length);
    this.bytes.set(data, this.pos);
    this.pos += data.length;
  }

  /** `nil`. */
  nil(): void {
    this.byte(0xc0);
  }

  /** `true` or `false`. */
  boolean(value: boolean): void {
    this.byte(value ? 0xc3 : 0xc2);
  }

  /** A number: the smallest integer format for safe integers, else float 64. */
  number(x: number): void {
    this.room(9);
    const b = this.bytes;
    const v = this.#view;
    const p = this.pos;
    if (Number.isSafeInteger(x)) {
      if (x >= 0) {
        if (x < 0x80) {
          b[p] = x;
          this.pos = p + 1;
        } else if (x < 0x100) {
          b[p] = 0xcc;
          b[p + 1] = x;
          this.pos = p + 2;
        } else if (x < 0x10000) {
          b[p] = 0xcd;
          v.setUint16(p + 1, x);
          this.pos = p + 3;
        } else if (x < 0x100000000) {
          b[p] = 0xce;
          v.setUint32(p + 1, x);
          this.pos = p + 5;
        } else {
          b[p] = 0xcf;
          v.setUint32(p + 1, x / 0x100000000);
          v.setUint32(p + 5, x);
          this.pos = p + 9;
        }
      } else if (x >= -0x20) {
        b[p] = 0xe0 | (x + 0x20);
        this.pos = p + 1;
      } else if (x >= -0x80) {
        b[p] = 0xd0;
        v.setInt8(p + 1, x);
        this.pos = p + 2;
      } else if (x >= -0x8000) {
        b[p] = 0xd1;
        v.setInt16(p + 1, x);
        this.pos = p + 3;
      } else if (x >= -0x80000000) {
        b[p] = 0xd2;
        v.setInt32(p + 1, x);
        this.pos = p + 5;
      } else {
        b[p] = 0xd3;
        v.setUint32(p + 1, Math.floor(x / 0x100000000));
        v.setUint32(p + 5, x);
        this.pos = p + 9;
      }
      return;
    }
    b[p] = 0xcb;
    v.setFloat64(p + 1, x);
    this.pos = p + 9;
  }

  /**
   * A string, in UTF-8. A lone surrogate (only RegExp sources carry one
   * here) is written as the library writes it: as three bytes in strings
   * of up to 50 code units, as U+FFFD in longer ones.
   */
  string(text: string): void {
    const n = text.length;
    this.room(5 + 3 * n);
    const b = this.bytes;
    const head = n < 32 ? 1 : n < 0x100 ? 2 : n < 0x10000 ? 3 : 5;
    let p = this.pos + head;
    let k = 0;
    for (; k < n; k++) {
      const c = text.charCodeAt(k);
      if (c >= 0x80) break;
      b[p++] = c;
    }
    if (k === n) {
      this.#stringHeader(n);
      this.pos = p;
      return;
    }
    const length = utf8Length(text);
    this.#stringHeader(length);
    if (n > 50) {
      textEncoder.encodeInto(text, b.subarray(this.pos, this.pos + length));
      this.pos += length;
    } else {
      this.pos = encodeUtf8(text, b, this.pos);
    }
  }

  #stringHeader(length: number): void {
    const b = this.bytes;
    const p = this.pos;
    if (length < 32) {
      b[p] = 0xa0 + length;
      this.pos = p + 1;
    } else if (length < 0x100) {
      b[p] = 0xd9;
      b[p + 1] = length;
      this.pos = p + 2;
    } else if (length < 0x10000) {
      b[p] = 0xda;
      this.#view.setUint16(p + 1, length);
      this.pos = p + 3;
    } else if (length < 0x100000000) {
      b[p] = 0xdb;
      this.#view.setUint32(p + 1, length);
      this.pos = p + 5;
    } else {
      throw new RangeError(`Too long string: ${length} bytes in UTF-8`);
    }
  }

  /** The header of an array of `n` items. */
  arrayHeader(n: number): void {
    this.room(5);
    this.pos = this.#arrayHeaderAt(this.pos, n);
  }

  #arrayHeaderAt(p: number, n: number): number {
    const b = this.bytes;
    if (n < 16) {
      b[p] = 0x90 + n;
      return p + 1;
    }
    if (n < 0x10000) {
      b[p] = 0xdc;
      this.#view.setUint16(p + 1, n);
      return p + 3;
    }
    if (n < 0x100000000) {
      b[p] = 0xdd;
      this.#view.setUint32(p + 1, n);
      return p + 5;
    }
    throw new RangeError(`Too large array: ${n}`);
  }

  /** The header of a map of `n` entries. */
  mapHeader(n: number): void {
    this.room(5);
    const b = this.bytes;
    const p = this.pos;
    if (n < 16) {
      b[p] = 0x80 + n;
      this.pos = p + 1;
    } else if (n < 0x10000) {
      b[p] = 0xde;
      this.#view.setUint16(p + 1, n);
      this.pos = p + 3;
    } else if (n < 0x100000000) {
      b[p] = 0xdf;
      this.#view.setUint32(p + 1, n);
      this.pos = p + 5;
    } else {
      throw new RangeError(`Too large map object: ${n}`);
    }
  }

  /** The header of an extension of `type` whose payload is `size` bytes. */
  extHeader(type: number, size: number): void {
    this.room(EXT_HEADER_MAX);
    this.pos = this.#extHeaderAt(this.pos, type, size);
  }

  #extHeaderAt(p: number, type: number, size: number): number {
    const b = this.bytes;
    switch (size) {
      case 1:
        b[p] = 0xd4;
        break;
      case 2:
        b[p] = 0xd5;
        break;
      case 4:
        b[p] = 0xd6;
        break;
      case 8:
        b[p] = 0xd7;
        break;
      case 16:
        b[p] = 0xd8;
        break;
      default:
        if (size < 0x100) {
          b[p] = 0xc7;
          b[++p] = size;
        } else if (size < 0x10000) {
          b[p] = 0xc8;
          this.#view.setUint16(p + 1, size);
          p += 2;
        } else if (size < 0x100000000) {
          b[p] = 0xc9;
          this.#view.setUint32(p + 1, size);
          p += 4;
        } else {
          throw new RangeError(`Too large extension object: ${size}`);
        }
    }
    this.#view.setInt8(p + 1, type);
    return p + 2;
  }

  /** An extension with its payload. */
  ext(type: number, payload: Uint8Array): void {
    this.extHeader(type, payload.length);
    this.raw(payload);
  }

  /**
   * Leaves room for a header of at most `max` bytes before content whose
   * size or count is not known yet; {@linkcode endExt} or
   * {@linkcode endArray} then writes the header and moves the content up
   * against it.
   *
   * @returns Where the header goes.
   */
  begin(max: number): number {
    this.room(max);
    const at = this.pos;
    this.pos += max;
    return at;
  }

  /** Ends an extension of `type` begun at `at` with `begin(EXT_HEADER_MAX)`. */
  endExt(at: number, type: number): void {
    const start = at + EXT_HEADER_MAX;
    this.#close(start, this.#extHeaderAt(at, type, this.pos - start));
  }

  /** Ends an array of `n` items begun at `at` with `begin(ARRAY_HEADER_MAX)`. */
  endArray(at: number, n: number): void {
    this.#close(at + ARRAY_HEADER_MAX, this.#arrayHeaderAt(at, n));
  }

  /** Moves the content at `start` back to `to`, where the header ends. */
  #close(start: number, to: number): void {
    if (to < start) {
      this.bytes.copyWithin(to, start, this.pos);
      this.pos -= start - to;
    }
  }

  /** A timestamp (extension -1) of a valid Date, in its shortest form. */
  timestamp(date: Date): void {
    const ms = date.getTime();
    let sec = Math.floor(ms / 1e3);
    let nsec = (ms - sec * 1e3) * 1e6;
    const carry = Math.floor(nsec / 1e9);
    sec += carry;
    nsec -= carry * 1e9;
    this.room(15);
    const v = this.#view;
    if (sec >= 0 && nsec >= 0 && sec <= 0x400000000 - 1) {
      if (nsec === 0 && sec <= 0x100000000 - 1) {
        this.extHeader(-1, 4);
        v.setUint32(this.pos, sec);
        this.pos += 4;
      } else {
        this.extHeader(-1, 8);
        v.setUint32(this.pos, (nsec << 2) | ((sec / 0x100000000) & 0x3));
        v.setUint32(this.pos + 4, sec & 0xffffffff);
        this.pos += 8;
      }
    } else {
      this.extHeader(-1, 12);
      v.setUint32(this.pos, nsec);
      v.setUint32(this.pos + 4, Math.floor(sec / 0x100000000));
      v.setUint32(this.pos + 8, sec);
      this.pos += 12;
    }
  }

  /** A copy of the bytes written. */
  result(): Uint8Array {
    return this.bytes.slice(0, this.pos);
  }
}

/** The UTF-8 length of `text`, a lone surrogate counting three bytes. */
function utf8Length(text: string): number {
  const n = text.length;
  let length = 0;
  for (let k = 0; k < n; k++) {
    const c = text.charCodeAt(k);
    if (c < 0x80) length++;
    else if (c < 0x800) length += 2;
    else if (
      c >= 0xd800 && c <= 0xdbff && k + 1 < n &&
      (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00
    ) {
      length += 4;
      k++;
    } else length += 3;
  }
  return length;
}

/** Writes `text` as UTF-8 at `p` (a lone surrogate as three bytes). */
function encodeUtf8(text: string, b: Uint8Array, p: number): number {
  const n = text.length;
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(k);
    if (c < 0x80) {
      b[p++] = c;
      continue;
    }
    if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
    } else {
      if (
        c >= 0xd800 && c <= 0xdbff && k + 1 < n &&
        (text.charCodeAt(k + 1) & 0xfc00) === 0xdc00
      ) {
        c = ((c & 0x3ff) << 10) + (text.charCodeAt(++k) & 0x3ff) + 0x10000;
        b[p++] = 0xf0 | (c >> 18);
        b[p++] = 0x80 | ((c >> 12) & 0x3f);
      } else {
        b[p++] = 0xe0 | (c >> 12);
      }
      b[p++] = 0x80 | ((c >> 6) & 0x3f);
    }
    b[p++] = 0x80 | (c & 0x3f);
  }
  return p;
}
